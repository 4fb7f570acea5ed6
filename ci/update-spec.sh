#!/usr/bin/env bash
# Regenerates spec/claims/ (one entry per claim id, with current verdicts) from the code, with the settings that
# mvn verify checks against (seed 20261122, 200,000 trials per simulated point), the coverage table and the
# falsifier summary (budget 2000 per claim variant).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q package -DskipTests
rm -f spec/claims/*.md
java -jar target/reluspec.jar spec --out spec/claims
java -jar target/reluspec.jar list --coverage --markdown > spec/coverage.md
java -jar target/reluspec.jar falsify --all --budget 2000 --markdown --no-progress > spec/falsifier.md
