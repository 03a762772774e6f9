#!/usr/bin/env bash
# Throughput and latency of POST /api/v1/predict (BG/NBD champion, bearer token) with wrk on 127.0.0.1.
# Usage: bench/api-predict.sh [DURATION=30s] [CONNECTIONS=64]. Needs wrk (apt-get install wrk), JDK 25 and Node 24
# (.ci/node24.sh: the server needs the production frontend bundle that `package` builds).
# After a 60 s warm-up (the JIT needs it: the first seconds run at a fraction of the steady rate), the first run
# saturates the server; the second paces 26 connections at one request per 10 ms each (timer slack: ~13 ms,
# so ~2,000 req/s; wrk2's fixed rate is not packaged in Debian) and reports latency at that rate. Server CPU per
# request comes from /proc.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-30s}
CONNECTIONS=${2:-64}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
HOME_DIR=$(mktemp -d /tmp/clvops-bench.XXXXXX)
PORT=${BENCH_PORT:-18080}
./mvnw -B -q -pl deploy -am package dependency:build-classpath -DskipTests -Dmdep.outputFile="$HOME_DIR/cp.txt" \
  -Dmdep.includeScope=test -Dclvops.node.folder="$(.ci/node24.sh)/bin" >/dev/null
# the packaged classes carry the production frontend token; target/classes alone would start Vaadin in dev mode
CP="deploy/target/test-classes:deploy/target/clvops.jar.original:$(cat "$HOME_DIR/cp.txt")"
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
cpu() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
run() {
  local before after out
  before=$(cpu)
  out=$(wrk "$@" --latency "$URL")
  after=$(cpu)
  echo "$out"
  echo "$out" | awk -v t=$((after - before)) '/requests in/ {printf "server CPU %.3f ms per request\n", t * 10 / $1}'
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}
echo "== warm-up 60 s"; wrk -t2 -c"$CONNECTIONS" -d60s -s bench/predict.lua "$URL" >/dev/null
echo "== saturation: $CONNECTIONS connections, $DURATION"
run -t2 -c"$CONNECTIONS" -d"$DURATION" -s bench/predict.lua
echo "== paced: 26 connections x 1 request per 10 ms (~2,000 req/s), $DURATION"
export PACE_MS=10; run -t2 -c26 -d"$DURATION" -s bench/predict-paced.lua
