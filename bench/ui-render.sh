#!/usr/bin/env bash
# Render time of every UI tab with 1,000,000 customers (issue #7 target: each tab within 1 s server time after
# warm-up). Loads a fresh platform through the real CLI and API, then drives headless Chromium over every tab.
#   1. generate 1M customers over 24 months, ingest them, train bgnbd + baseline, score every customer
#   2. refresh the analytics (API job "report"), write the PDF reports, run the drift monitor
#   3. UiRenderBenchmark: per tab the server time of the navigation (clvops_ui_navigation_seconds) and the
#      browser time until Vaadin is idle, after warm-up
# Usage: bench/ui-render.sh [WORKDIR] [CUSTOMERS]   (needs psql, chromium + chromedriver, ~4 GB of disk)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${1:-$(mktemp -d "${TMPDIR:-/tmp}/clvops-ui-bench.XXXXXX")}"
CUSTOMERS="${2:-1000000}"
export CLVOPS_HOME="$WORK/home" CLVOPS_DEMO=false CLVOPS_SCHEDULER=false
PORT="${CLVOPS_PORT:-8080}"
mkdir -p "$CLVOPS_HOME"
clvops() { "$ROOT/clvops" "$@"; }
sql() {
  local port; port="$(sed -n 4p "$CLVOPS_HOME/postgres/postmaster.pid")"
  psql -h localhost -p "$port" -U postgres -d postgres -Atc "$1"
}
"$ROOT/clvops" serve >"$WORK/serve.log" 2>&1 & SERVE=$!  # the launcher execs java: $! is the server
trap 'kill $SERVE 2>/dev/null; wait $SERVE 2>/dev/null || true' EXIT
until curl -fsS "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; do
  kill -0 $SERVE 2>/dev/null || { tail -20 "$WORK/serve.log" >&2; echo "clvops serve exited" >&2; exit 1; }
  sleep 1
done
PASSWORD="$(cat "$CLVOPS_HOME/initial-admin-password")"

if [ "$(sql "SELECT count(*) FROM analytics_runs WHERE status = 'COMPLETED'")" = 0 ]; then
  echo "== loading $CUSTOMERS customers" >&2
  clvops generate --customers "$CUSTOMERS" --months 24 --seed 11 --out "$WORK/orders.csv" --json >&2
  clvops ingest "$WORK/orders.csv" --json >&2
  clvops train --families bgnbd,baseline --json >/dev/null
  clvops score --family bgnbd --json >&2
  JOB=$(curl -fsS -u "admin:$PASSWORD" -X POST "http://localhost:$PORT/api/v1/jobs/report" \
    | python3 -c "import json,sys; print(json.load(sys.stdin)['id'])")
  until curl -fsS -u "admin:$PASSWORD" "http://localhost:$PORT/api/v1/jobs/$JOB" \
      | python3 -c "import json,sys; s=json.load(sys.stdin)['status']; sys.exit(0 if s in ('COMPLETED','FAILED') else 1)"
  do sleep 5; done
  clvops report all --json >&2
  clvops monitor --json >&2 || true
fi
CUSTOMER="$(sql "SELECT customer_id FROM customer_analytics WHERE run_id = (SELECT max(run_id) FROM analytics_runs
  WHERE status = 'COMPLETED') ORDER BY clv DESC NULLS LAST LIMIT 1")"
echo "== $(sql "SELECT count(*) FROM customers") customers; rendering every tab" >&2
"$ROOT/bench/run-main.sh" deploy dev.clvops.deploy.ui.UiRenderBenchmark "$PORT" admin "$PASSWORD" "$CUSTOMER" 5
