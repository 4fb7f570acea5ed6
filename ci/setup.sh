#!/usr/bin/env bash
# Installs what ReLUSpec needs on a fresh Debian machine: a JDK 17, Maven, Z3 and cvc5 (KeY sends the proof goals it
# leaves open to Z3, then to cvc5; without Z3, float-dependent kernel contracts are reported NOT CHECKED, and CI fails
# without either), Chromium (the report test loads target/reluspec-report/index.html in headless Chromium) and
# Debian's Fashion-MNIST (the WUMA real-data experiments read it from /usr/share/datasets/fashion-mnist; MNIST itself
# is not packaged).
# Idempotent; installs only what is missing. Needs root (or sudo) only when something is missing.
set -euo pipefail

need=()
command -v javac >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v mvn   >/dev/null 2>&1 || need+=(maven)
command -v z3    >/dev/null 2>&1 || need+=(z3)
command -v cvc5  >/dev/null 2>&1 || need+=(cvc5)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -f /usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz ] || need+=(dataset-fashion-mnist)

if [ ${#need[@]} -gt 0 ]; then
  echo "ci/setup.sh: installing ${need[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${need[@]}"
fi

javac -version
z3 --version
cvc5 --version | sed -n 1p
mvn -v | sed -n 1p   # sed reads to the end: no SIGPIPE for mvn under pipefail
chromium --version
ls /usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz
