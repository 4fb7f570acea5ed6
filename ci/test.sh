#!/usr/bin/env bash
# The test command (README "Run the tests"): set up, then unit tests (Surefire), theorem checks (Failsafe) and the
# claims table, all in `mvn verify`; ends with the Surefire/Failsafe counts.
set -euo pipefail
cd "$(dirname "$0")/.."

bash ci/setup.sh
status=0
bash proofs-checks/openjml/selftest.sh || status=1
mvn -B -ntp verify "$@" || status=$?

count() { # $1 = reports dir; prints "tests failures errors skipped" over the <testcase> elements of TEST-*.xml
  # (not the <testsuite> attributes: a class with both JUnit and jqwik tests gets one file whose attributes count
  # only the engine that ran last, 20 tests short in all)
  awk '/<testcase[ >]/ { t++ } /<failure[ >\/]/ { f++ } /<error[ >\/]/ { e++ } /<skipped[ >\/]/ { s++ }
       END { printf "%d %d %d %d\n", t, f, e, s }' $(ls "$1"/TEST-*.xml 2>/dev/null) /dev/null
}
read -r st sf se ss < <(count target/surefire-reports)
read -r it if_ ie is < <(count target/failsafe-reports)
echo
echo "Surefire (unit tests):         $st run, $sf failures, $se errors, $ss skipped"
echo "Failsafe (theorem checks):     $it run, $if_ failures, $ie errors, $is skipped"
echo "$((st + it - sf - se - if_ - ie - ss - is)) passed, $((sf + se + if_ + ie)) failed, $((ss + is)) skipped"
exit $status
