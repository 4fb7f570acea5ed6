#!/usr/bin/env bash
# The main job (README "Check the theorem claims"): set up, build the runnable jar, and check every encoded claim
# over its default grid. Writes target/reluspec-report/claims.json and prints the claims table.
# Extra arguments go to `reluspec check --all`, e.g. --seed 7 --trials 1000000 --threads 2.
set -euo pipefail
cd "$(dirname "$0")/.."

bash ci/setup.sh
mvn -B -ntp -q package -DskipTests
java --add-modules jdk.incubator.vector -jar target/reluspec.jar check --all --json target/reluspec-report/claims.json "$@"
echo "report: target/reluspec-report/claims.json"
