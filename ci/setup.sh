#!/usr/bin/env bash
# Installs what ReLUSpec needs on a fresh Debian machine: a JDK 17 and Maven.
# Idempotent; installs only what is missing. Needs root (or sudo) only when something is missing.
set -euo pipefail

need=()
command -v javac >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v mvn   >/dev/null 2>&1 || need+=(maven)

if [ ${#need[@]} -gt 0 ]; then
  echo "ci/setup.sh: installing ${need[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${need[@]}"
fi

javac -version
mvn -v | sed -n 1p   # sed reads to the end: no SIGPIPE for mvn under pipefail
