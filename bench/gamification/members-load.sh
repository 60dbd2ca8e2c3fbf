# shellcheck shell=bash
# Shared by leaderboard.sh and progress.sh (sourced, not run): signing demo members in and
# measuring GETs made with their tokens in turn. Expects BASE_URL, THREADS, CONNECTIONS,
# CALLERS, PREFIX, DEMO_PASSWORD, HERE and WORK to be set.

login() { # <email> <password>
  curl -sf -X POST "$BASE_URL/api/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$2\"}" | jq -r .accessToken
}

# the CALLERS members demo-member0, demo-member<step>, demo-member<2 × step>, ...
caller() { # <index> <step>
  echo "$PREFIX-member$(($1 * $2))@demo.vitalia.app"
}

sign_in_callers() { # <step>: their tokens, one a line, into $WORK/tokens
  for i in $(seq 0 $((CALLERS - 1))); do login "$(caller "$i" "$1")" "$DEMO_PASSWORD"; done > "$WORK/tokens"
}

measure() { # <paths file> <duration>: wrk's report into $WORK/out
  TOKENS_FILE="$WORK/tokens" PATHS_FILE="$1" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --timeout 10s --latency \
    -s "$HERE/leaderboard.lua" "$BASE_URL" > "$WORK/out" 2>&1 || true
}

table_header() {
  echo "| endpoint | run | req/s | p50 | p99 | statuses | load average (1/5/15 min) after |"
  echo "|---|---|---|---|---|---|---|"
}

table_row() { # <endpoint> <run>: the last measure's row
  local rps p50 p99 statuses
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/out")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/out")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/out")
  statuses=$(awk '/^STATUS/ {printf "%s%s×%s", sep, $3, $2; sep=", "}' "$WORK/out")
  echo "| $1 | $2 | $rps | $p50 | $p99 | $statuses | $(uptime | sed 's/.*average: //') |"
}
