#!/usr/bin/env bash
# The test command (README "Run the tests"): set up, then unit tests (Surefire), theorem checks (Failsafe) and the
# claims table, all in `mvn verify`; ends with the Surefire/Failsafe counts.
set -euo pipefail
cd "$(dirname "$0")/.."

bash ci/setup.sh
status=0
mvn -B -ntp verify "$@" || status=$?

count() { # $1 = reports dir; prints "tests failures errors skipped" summed over TEST-*.xml
  local t=0 f=0 e=0 s=0 x
  for x in "$1"/TEST-*.xml; do
    [ -f "$x" ] || continue
    read -r a b c d < <(sed -n 's/.*<testsuite[^>]* tests="\([0-9]*\)"[^>]* errors="\([0-9]*\)"[^>]* skipped="\([0-9]*\)"[^>]* failures="\([0-9]*\)".*/\1 \4 \2 \3/p' "$x" | head -1)
    t=$((t + ${a:-0})); f=$((f + ${b:-0})); e=$((e + ${c:-0})); s=$((s + ${d:-0}))
  done
  echo "$t $f $e $s"
}
read -r st sf se ss < <(count target/surefire-reports)
read -r it if_ ie is < <(count target/failsafe-reports)
echo
echo "Surefire (unit tests):         $st run, $sf failures, $se errors, $ss skipped"
echo "Failsafe (theorem checks):     $it run, $if_ failures, $ie errors, $is skipped"
echo "$((st + it - sf - se - if_ - ie - ss - is)) passed, $((sf + se + if_ + ie)) failed, $((ss + is)) skipped"
exit $status
