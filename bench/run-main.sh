#!/usr/bin/env bash
# Runs one of the benchmark mains that live in a module's test sources (they are not run by the test suite).
# Usage: bench/run-main.sh MODULE CLASS [ARGS...]
#   e.g. bench/run-main.sh training dev.clvops.training.probabilistic.BtydFitBenchmark
# JVM options: BENCH_JAVA_OPTS (default -Xmx6g). Figures go to stdout; build output to stderr. Logging follows
# bench/logback.xml (INFO for clvops, WARN otherwise); override with -Dlogback.configurationFile in BENCH_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
MODULE=$1 CLASS=$2
shift 2
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64} OMP_WAIT_POLICY=PASSIVE
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -B -q -pl "$MODULE" -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$CP_FILE" >&2
# shellcheck disable=SC2086
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Dlogback.configurationFile=bench/logback.xml \
  ${BENCH_JAVA_OPTS:--Xmx6g} \
  -cp "$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$CP_FILE")" "$CLASS" "$@"
