#!/usr/bin/env bash
# End-to-end benchmark of the foundation, through the real CLI on a fresh embedded PostgreSQL:
#   1. ingest 1,000,000 generated order rows   -> prints rows/s (target >= 500k rows/s with validation)
#   2. feature snapshot over the whole generated store (1M customers over 60 months: about 6.2M order rows;
#      the 10M-order / 1M-customer target is measured by FeatureStoreBench, see bench/README.md)
# Usage: bench/foundation.sh [WORKDIR]   (needs psql for the in-database timings; ~3 GB of disk)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${1:-$(mktemp -d "${TMPDIR:-/tmp}/clvops-bench.XXXXXX")}"
export CLVOPS_HOME="$WORK/home" CLVOPS_DEMO=false
mkdir -p "$CLVOPS_HOME"
clvops() { "$ROOT/clvops" "$@"; }
sql() {
  local port; port="$(sed -n 4p "$CLVOPS_HOME/postgres/postmaster.pid")"
  psql -h localhost -p "$port" -U postgres -d postgres -Atc "$1"
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
# the whole bench shares one running postmaster: a server-less CLI command would stop it on exit
"$ROOT/clvops" serve >"$WORK/serve.log" 2>&1 & SERVE=$!  # the launcher execs java: $! is the server
trap 'kill $SERVE 2>/dev/null; wait $SERVE 2>/dev/null || true' EXIT
until curl -fsS "http://localhost:${CLVOPS_PORT:-8080}/actuator/health" >/dev/null 2>&1; do sleep 1; done

echo "== generating 1,000,000 customers over 60 months (about 6.2M order rows)" >&2
clvops generate --customers 1000000 --months 60 --seed 7 --out "$WORK/orders.csv" --json > "$WORK/generate.json"
ROWS=$(json "d['orderRows']" < "$WORK/generate.json")
head -n 1000001 "$WORK/orders.csv" > "$WORK/orders-1m.csv"
tail -n +1000002 "$WORK/orders.csv" | cat <(head -n 1 "$WORK/orders.csv") - > "$WORK/orders-rest.csv"

echo "== ingest of 1,000,000 rows" >&2
clvops ingest "$WORK/orders-1m.csv" --json > "$WORK/ingest-1m.json"
RUN=$(json "d['runId']" < "$WORK/ingest-1m.json")
SECS=$(sql "SELECT extract(epoch FROM finished_at - started_at) FROM ingest_runs WHERE run_id = $RUN")
python3 -c "print(f'ingest: 1,000,000 rows in {float(\"$SECS\"):.2f} s = {1e6/float(\"$SECS\"):,.0f} rows/s')"

echo "== ingest of the remaining $((ROWS - 1000000)) rows" >&2
clvops ingest "$WORK/orders-rest.csv" --json > "$WORK/ingest-rest.json"
ORDERS=$(sql "SELECT count(*) FROM orders")
LAST=$(sql "SELECT max(order_date) FROM orders")
CUTOFF=$(sql "SELECT (DATE '$LAST' - 180)::text")

echo "== feature snapshot over $ORDERS orders, cutoff $CUTOFF, horizon 180d" >&2
clvops features --cutoff "$CUTOFF" --horizon 180d --json > "$WORK/features.json"
SNAP=$(json "d['snapshotId'] if 'snapshotId' in d else d['id']" < "$WORK/features.json")
read -r CUSTOMERS FSECS <<<"$(sql "SELECT s.row_count, extract(epoch FROM e.end_time - e.start_time)
  FROM feature_snapshots s JOIN batch_job_execution e ON e.job_execution_id = s.job_execution_id
  WHERE s.snapshot_id = $SNAP" | tr '|' ' ')"
python3 -c "print(f'feature snapshot: {int(\"$ORDERS\"):,} orders, {int(\"$CUSTOMERS\"):,} customers in {float(\"$FSECS\"):.2f} s')"
