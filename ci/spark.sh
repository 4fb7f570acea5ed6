#!/usr/bin/env bash
# reluspec-spark on the embedded Spark, for a machine without a Spark installation:
#   bash ci/spark.sh [--master local[N]] check|falsify|experiment ARGS...
# (default master local[*]). With Spark installed, or on a cluster, use spark-submit instead (README, "Clusters").
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/target/reluspec-spark.jar"
classpath="$root/target/spark-classpath.txt"
if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -q -B -ntp package -DskipTests)
fi
if [ ! -f "$classpath" ]; then
  # Spark and what it needs, as resolved for this project (provided scope: the jar does not carry them)
  (cd "$root" && mvn -q -B -ntp dependency:build-classpath -Dmdep.includeScope=provided \
    -Dmdep.outputFile="$classpath")
fi
# the packages Spark 4 needs opened on Java 17, as in pom.xml (spark-submit adds the same)
opens=$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' "$root/pom.xml")
# shellcheck disable=SC2086
exec java $opens -cp "$jar:$(cat "$classpath")" org.reluspec.spark.SparkMain "$@"
