#!/usr/bin/env bash
# `reluspec prove` outside Maven's test phases: KeY is GPL and test-scope, so it is not in the shipped jar. This
# compiles the project, asks Maven for the test classpath, and runs the CLI on it. Arguments go to `reluspec prove`,
# e.g. `bash ci/prove.sh --contract CoordinateProjections --no-negative`.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test-classpath.txt
exec java -Xmx4g -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
    org.reluspec.cli.ReluSpecCommand prove "$@"
