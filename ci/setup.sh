#!/usr/bin/env bash
# Installs what ReLUSpec needs on a fresh Debian machine: a JDK 17, Maven, Z3 (KeY sends the proof goals it leaves
# open to Z3; without it, float-dependent kernel contracts are reported NOT CHECKED, and CI fails) and Chromium (the
# report test loads target/reluspec-report/index.html in headless Chromium) and Debian's Fashion-MNIST (the WUMA
# real-data experiments read it from /usr/share/datasets/fashion-mnist; MNIST itself is not packaged).
# Idempotent; installs only what is missing. Needs root (or sudo) only when something is missing.
set -euo pipefail

need=()
command -v javac >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v mvn   >/dev/null 2>&1 || need+=(maven)
command -v z3    >/dev/null 2>&1 || need+=(z3)
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
mvn -v | sed -n 1p   # sed reads to the end: no SIGPIPE for mvn under pipefail
chromium --version
ls /usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz
