#!/usr/bin/env bash
# Food search, diary day view and food logging under load, against a running server set up
# as README.md describes. Usage: bench/nutrition/run.sh [search|diary|log] (search and diary
# by default: log writes, see below)
# Settings: BASE_URL (http://localhost:18081), TOKENS (target/bench-members.tokens),
# WARMUP (120s per endpoint), DURATION (30s), RUNS (2), CONNECTIONS (32), THREADS (2).
# `log` POSTs diary entries (log.lua) and puts the database back before each measured run
# (reset.sh, reaching it through PSQL), so every run starts from the same tables.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BASE_URL=${BASE_URL:-http://localhost:18081}
TOKENS=${TOKENS:-target/bench-members.tokens}
WARMUP=${WARMUP:-120s}
DURATION=${DURATION:-30s}
RUNS=${RUNS:-2}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
export TOKENS TOKEN FOODS
TOKEN=$(head -1 "$TOKENS")
OUT=$(mktemp)
STATE=$(mktemp -d)
trap 'rm -rf "$OUT" "$STATE"' EXIT

echo "$THREADS threads, $CONNECTIONS connections, $RUNS runs of $DURATION after a $WARMUP warm-up"
echo '| endpoint | run | req/s | mean | p50 | p90 | p99 | max | statuses or errors | load average |'
echo '|---|---|---|---|---|---|---|---|---|---|'
for endpoint in ${1:-search diary}; do
  if [ "$endpoint" = log ]; then
    # 50 foods of the public catalog, logged in grams
    FOODS="$STATE/foods"
    curl -sf -H "Authorization: Bearer $TOKEN" "$BASE_URL/api/foods?size=50" | jq -r '.content[].id' > "$FOODS"
    "$HERE/reset.sh" mark "$STATE/mark"
  fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -s "$HERE/$endpoint.lua" "$BASE_URL" > /dev/null
  for run in $(seq 1 "$RUNS"); do
    if [ "$endpoint" = log ]; then "$HERE/reset.sh" restore "$STATE/mark" >&2; fi
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$HERE/$endpoint.lua" "$BASE_URL" > "$OUT"
    if [ "$endpoint" = log ]; then
      errors="$(awk '/^STATUS/ {printf "%s%s×%s", sep, $2, $3; sep=", "}' "$OUT")$(awk -F'Socket errors: ' '/Socket errors/ {print "; socket " $2}' "$OUT")"
    else
      errors=$(awk -F': ' '/non-2xx or socket errors/ {print $2}' "$OUT")
    fi
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$endpoint" "$run" \
      "$(awk '/Requests\/sec/ {print $2}' "$OUT")" "$(awk '/^    Latency/ {print $2; exit}' "$OUT")" \
      "$(awk '/^ +50%/ {print $2}' "$OUT")" "$(awk '/^ +90%/ {print $2}' "$OUT")" \
      "$(awk '/^ +99%/ {print $2}' "$OUT")" "$(awk '/^    Latency/ {print $4; exit}' "$OUT")" "$errors" "$load"
  done
  if [ "$endpoint" = log ]; then "$HERE/reset.sh" restore "$STATE/mark" >&2; fi
done
