#!/usr/bin/env bash
# Starts the built service against a scratch database on the local PostgreSQL server, runs the AWS
# conformance suite through its AWS-compatible endpoint (with the runner's Lambda functions on
# port 3901), and stops everything. Exit status: the conformance gate's.
set -euo pipefail
cd "$(dirname "$0")/.."
PGURL=${CONFORMANCE_PG:-postgres://postgres@127.0.0.1:5432}
DB="durastep_conformance_$$"
PORT=${CONFORMANCE_PORT:-18090}
psql "$PGURL/postgres" -qc "CREATE DATABASE $DB" >/dev/null
cleanup() {
  [ -n "${SERVICE_PID:-}" ] && kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null || true
  psql "$PGURL/postgres" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null || true
}
trap cleanup EXIT
node scripts/build.mjs
DATABASE_URL="$PGURL/$DB" LAMBDA_ENDPOINT=http://127.0.0.1:3901 PORT=$PORT node dist/serve.mjs > /tmp/durastep-conformance-service.log 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null || { echo "service did not start:"; cat /tmp/durastep-conformance-service.log; exit 1; }
node scripts/conformance-gate.mjs --endpoint "http://127.0.0.1:$PORT" --functions-port 3901
