#!/usr/bin/env bash
# Food search and diary day view under load, against a running server set up as README.md
# describes. Usage: bench/nutrition/run.sh [search|diary] (both by default)
# Settings: BASE_URL (http://localhost:18081), TOKENS (target/bench-members.tokens),
# WARMUP (120s per endpoint), DURATION (30s), RUNS (2), CONNECTIONS (32), THREADS (2).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BASE_URL=${BASE_URL:-http://localhost:18081}
TOKENS=${TOKENS:-target/bench-members.tokens}
WARMUP=${WARMUP:-120s}
DURATION=${DURATION:-30s}
RUNS=${RUNS:-2}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
export TOKENS TOKEN
TOKEN=$(head -1 "$TOKENS")
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT

echo "$THREADS threads, $CONNECTIONS connections, $RUNS runs of $DURATION after a $WARMUP warm-up; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo '| endpoint | run | req/s | p50 | p90 | p99 | max | non-2xx or socket errors |'
echo '|---|---|---|---|---|---|---|---|'
for endpoint in ${1:-search diary}; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -s "$HERE/$endpoint.lua" "$BASE_URL" > /dev/null
  for run in $(seq 1 "$RUNS"); do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$HERE/$endpoint.lua" "$BASE_URL" > "$OUT"
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$endpoint" "$run" \
      "$(awk '/Requests\/sec/ {print $2}' "$OUT")" "$(awk '/^ +50%/ {print $2}' "$OUT")" \
      "$(awk '/^ +90%/ {print $2}' "$OUT")" "$(awk '/^ +99%/ {print $2}' "$OUT")" \
      "$(awk '/^    Latency/ {print $4; exit}' "$OUT")" "$(awk -F': ' '/non-2xx or socket errors/ {print $2}' "$OUT")"
  done
done
