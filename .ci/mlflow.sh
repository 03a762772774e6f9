#!/usr/bin/env bash
# Starts or stops a throw-away MLflow tracking server for the MlflowModelRegistryIT.
#   eval "$(.ci/mlflow.sh start)"   -> exports CLVOPS_TEST_MLFLOW_URL and CLVOPS_TEST_MLFLOW_PID
#   .ci/mlflow.sh stop [pid]        -> stops it (pid defaults to $CLVOPS_TEST_MLFLOW_PID)
#   .ci/mlflow.sh install           -> only creates the cached venv
# Progress goes to stderr; only the export lines go to stdout.
set -euo pipefail

CACHE_DIR="${CLVOPS_CACHE:-$HOME/.cache/clvops}"
VENV="${CLVOPS_MLFLOW_VENV:-$CACHE_DIR/mlflow-venv}"
TIMEOUT="${CLVOPS_MLFLOW_TIMEOUT:-120}"

log() { echo "[mlflow.sh] $*" >&2; }

install_venv() {
  if [[ -x "$VENV/bin/mlflow" ]] && "$VENV/bin/python" -c 'import mlflow, psycopg2' 2>/dev/null; then
    log "mlflow already installed in $VENV ($("$VENV/bin/python" -c 'import mlflow; print(mlflow.__version__)'))"
    return
  fi
  log "creating venv $VENV and installing mlflow (takes a few minutes)"
  mkdir -p "$CACHE_DIR"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --upgrade pip >&2
  "$VENV/bin/pip" install --quiet mlflow psycopg2-binary >&2
  log "installed mlflow $("$VENV/bin/python" -c 'import mlflow; print(mlflow.__version__)')"
}

free_port() {
  "$VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

start_server() {
  install_venv
  local port work url pid
  port="$(free_port)"
  work="$(mktemp -d "${TMPDIR:-/tmp}/clvops-mlflow.XXXXXX")"
  url="http://127.0.0.1:$port"
  log "starting mlflow server on $url (data in $work, log in $work/server.log)"
  setsid "$VENV/bin/mlflow" server --host 127.0.0.1 --port "$port" \
    --backend-store-uri "sqlite:///$work/mlflow.db" \
    --serve-artifacts --artifacts-destination "$work/artifacts" \
    --workers 1 >"$work/server.log" 2>&1 </dev/null &
  pid=$!
  local waited=0
  until curl -fsS "$url/health" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then
      log "mlflow server exited early:"; tail -n 40 "$work/server.log" >&2; exit 1
    fi
    if (( waited >= TIMEOUT )); then
      log "mlflow server not healthy after ${TIMEOUT}s:"; tail -n 40 "$work/server.log" >&2
      kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
      exit 1
    fi
    sleep 1; waited=$((waited + 1))
  done
  log "mlflow server healthy after ${waited}s (pid $pid)"
  echo "export CLVOPS_TEST_MLFLOW_URL=$url"
  echo "export CLVOPS_TEST_MLFLOW_PID=$pid"
  echo "export CLVOPS_TEST_MLFLOW_DIR=$work"
}

stop_server() {
  local pid="${1:-${CLVOPS_TEST_MLFLOW_PID:-}}"
  if [[ -z "$pid" ]]; then log "no pid given and CLVOPS_TEST_MLFLOW_PID unset"; exit 1; fi
  # the server was started with setsid, so its pid is also its process-group id (gunicorn/uvicorn workers)
  kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 -- "-$pid" 2>/dev/null || true
  if [[ -n "${CLVOPS_TEST_MLFLOW_DIR:-}" && -d "$CLVOPS_TEST_MLFLOW_DIR" ]]; then rm -rf "$CLVOPS_TEST_MLFLOW_DIR"; fi
  log "mlflow server $pid stopped"
}

case "${1:-}" in
  start) start_server ;;
  stop) stop_server "${2:-}" ;;
  install) install_venv ;;
  *) echo "usage: $0 start|stop [pid]|install" >&2; exit 2 ;;
esac
