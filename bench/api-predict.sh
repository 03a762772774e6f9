#!/usr/bin/env bash
# Throughput and latency of POST /api/v1/predict (BG/NBD champion, bearer token) with wrk on 127.0.0.1.
# Usage: bench/api-predict.sh [DURATION=15s] [CONNECTIONS=64]. Needs wrk (apt-get install wrk) and JDK 25.
# wrk cannot hold a fixed request rate (wrk2 is not packaged in Debian): the second run uses 4 connections, a light
# closed-loop load, and reports its p99 as the latency at low load; the first saturates the server.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-15s}
CONNECTIONS=${2:-64}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
HOME_DIR=$(mktemp -d /tmp/clvops-bench.XXXXXX)
PORT=${BENCH_PORT:-18080}
./mvnw -B -q -pl deploy -am test-compile dependency:build-classpath -Dmdep.outputFile="$HOME_DIR/cp.txt" \
  -Dmdep.includeScope=test >/dev/null
CP="deploy/target/test-classes:deploy/target/classes:$(cat "$HOME_DIR/cp.txt")"
"$JAVA_HOME/bin/java" -Xmx1g -DCLVOPS_HOME="$HOME_DIR" -DCLVOPS_CONSOLE_LEVEL=WARN -cp "$CP" \
  dev.clvops.deploy.api.ApiPredictBenchmark --server.port="$PORT" --clvops.deploy.home="$HOME_DIR" \
  >"$HOME_DIR/server.out" 2>"$HOME_DIR/server.err" &
SERVER=$!
cleanup() { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$HOME_DIR"; }
trap cleanup EXIT
for _ in $(seq 1 300); do
  grep -q READY "$HOME_DIR/server.out" 2>/dev/null && break
  kill -0 $SERVER 2>/dev/null || { cat "$HOME_DIR/server.err" >&2; exit 1; }
  sleep 1
done
grep -q READY "$HOME_DIR/server.out" || { echo "server not ready in 300 s" >&2; exit 1; }
export TOKEN=$(cat "$HOME_DIR/bench-token")
URL="http://127.0.0.1:$PORT/api/v1/predict"
export BODY='{"total_orders": 4, "total_spent": 240.0, "avg_order_value": 60.0, "days_since_first_purchase": 300,
 "days_since_last_purchase": 20, "num_categories": 2, "acquisition_source": "organic", "return_rate": 0.05}'
echo "== sample answer"
curl -s -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$BODY" "$URL"; echo
echo "== warm-up 5 s"; wrk -t2 -c"$CONNECTIONS" -d5s -s bench/predict.lua "$URL" >/dev/null
echo "== saturation: $CONNECTIONS connections, $DURATION"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/predict.lua "$URL"
echo "== light load: 4 connections, $DURATION"
wrk -t1 -c4 -d"$DURATION" --latency -s bench/predict.lua "$URL"
