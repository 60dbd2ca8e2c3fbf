#!/usr/bin/env bash
# Recognition benchmark against a running Vitalia (see README.md for the set-up):
#   issue    — wrk POSTs /api/meal-photos (upload-URL issuance): req/s, mean, p99, non-2xx per run;
#   pipeline — PHOTOS photos uploaded at once and analysed through a Rekognition stub that
#              answers after STUB_DELAY_MS: time from the first upload to the last READY, and
#              the p99 of GET /api/health before (baseline) and during the run.
# Usage: bench/recognition/run.sh [all|issue|pipeline]   (settings from the environment)
set -euo pipefail

MODE=${1:-all}
BASE_URL=${BASE_URL:-http://localhost:18087}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-60s}
RUNS=${RUNS:-2}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
ADMIN_EMAIL=${ADMIN_EMAIL:-admin@bench.vitalia.app}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-vitalia bench admin password}
MEMBER_EMAIL=${MEMBER_EMAIL:-photos-member@bench.vitalia.app}
MEMBER_PASSWORD=${MEMBER_PASSWORD:-vitalia bench member password 2026}
PHOTOS=${PHOTOS:-200}
PHOTO=${PHOTO:-$(cd "$(dirname "$0")" && pwd)/plate.jpg}
UPLOAD_CONCURRENCY=${UPLOAD_CONCURRENCY:-16}
POLL_INTERVAL=${POLL_INTERVAL:-0.5}
DEADLINE=${DEADLINE:-120}
STUB_PORT=${STUB_PORT:-9411}
STUB_DELAY_MS=${STUB_DELAY_MS:-300}
HEALTH_BASELINE=${HEALTH_BASELINE:-15s}
HEALTH_CONNECTIONS=${HEALTH_CONNECTIONS:-4}
PSQL=${PSQL:-psql -h 127.0.0.1 -U postgres -d vitalia_bench_recognition}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
STUB_PID=
HEALTH_PID=
cleanup() {
  [ -n "$HEALTH_PID" ] && kill "$HEALTH_PID" 2> /dev/null || true
  [ -n "$STUB_PID" ] && kill "$STUB_PID" 2> /dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
SIZE_BYTES=$(stat -c %s "$PHOTO")
export SIZE_BYTES

json() { curl -s -H 'Content-Type: application/json' "$@"; }
login() { # email password -> access token (empty when refused)
  json -X POST "$BASE_URL/api/auth/login" -d "$(jq -n --arg e "$1" --arg p "$2" '{email: $e, password: $p}')" \
    | jq -r '.accessToken // empty'
}
issue() { # token -> one issued upload (photoId, uploadUrl, ...), or the problem
  json -X POST "$BASE_URL/api/meal-photos" -H "Authorization: Bearer $1" \
    -d "{\"contentType\":\"image/jpeg\",\"sizeBytes\":$SIZE_BYTES}"
}
psql_ok() { $PSQL -Atc 'select 1' > /dev/null 2>&1; }
now() { date +%s.%N; }

# The member: logs in, or registers and subscribes to a plan with PHOTO_ANALYSIS (made by
# the admin through the API, paid with the sandbox gateway's test card), as the tests do.
TOKEN=$(login "$MEMBER_EMAIL" "$MEMBER_PASSWORD")
if [ -z "$TOKEN" ]; then
  json -X POST "$BASE_URL/api/auth/register" -o /dev/null -w '' \
    -d "$(jq -n --arg e "$MEMBER_EMAIL" --arg p "$MEMBER_PASSWORD" '{email: $e, password: $p, displayName: "Bench Photos"}')"
  TOKEN=$(login "$MEMBER_EMAIL" "$MEMBER_PASSWORD")
  [ -n "$TOKEN" ] || { echo "cannot register or log in $MEMBER_EMAIL" >&2; exit 1; }
fi
if [ "$(issue "$TOKEN" | jq -r '.photoId // .code // empty')" = PLAN_REQUIRED ]; then
  ADMIN=$(login "$ADMIN_EMAIL" "$ADMIN_PASSWORD")
  [ -n "$ADMIN" ] || { echo "cannot log in the admin $ADMIN_EMAIL (start the app with VITALIA_ADMIN_EMAIL/PASSWORD)" >&2; exit 1; }
  PLAN=$(json -X POST "$BASE_URL/api/admin/plans" -H "Authorization: Bearer $ADMIN" -d "{\"code\":\"bench-photos-$(date +%s)\",
    \"name\":\"Bench photos\",\"description\":\"Photo analysis for the benchmark\",\"price\":{\"amount\":\"9.99\",\"currency\":\"EUR\"},
    \"period\":\"P1M\",\"trialDays\":0,\"features\":[\"PHOTO_ANALYSIS\",\"AI_SUMMARY\"]}" | jq -r .id)
  SESSION=$(json -X POST "$BASE_URL/api/me/subscription/checkout" -H "Authorization: Bearer $TOKEN" \
    -d "{\"planId\":\"$PLAN\"}" | jq -r .sessionId)
  json -X POST "$BASE_URL/api/billing/sandbox/sessions/$SESSION/pay" -o /dev/null \
    -d '{"cardNumber":"4242 4242 4242 4242","expMonth":12,"expYear":2034,"cvc":"123"}'
fi
probe=$(issue "$TOKEN")
[ -n "$(jq -r '.photoId // empty' <<< "$probe")" ] || { echo "the member cannot get an upload URL: $probe" >&2; exit 1; }

rows() { $PSQL -Atc "select count(*) from recognition_meal_photo"; }

issue_bench() {
  local before=
  psql_ok && before=$(rows)
  echo "Upload-URL issuance: $THREADS threads, $CONNECTIONS connections, $RUNS runs of $DURATION after a $WARMUP warm-up; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo '| endpoint | run | req/s | mean | p99 | non-2xx |'
  echo '|---|---|---|---|---|---|'
  TOKEN=$TOKEN wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -s "$HERE/issue.lua" "$BASE_URL" > /dev/null
  for run in $(seq 1 "$RUNS"); do
    TOKEN=$TOKEN wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$HERE/issue.lua" \
      "$BASE_URL" > "$WORK/out"
    local rps mean p99 non2xx other
    rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/out")
    mean=$(awk '/Latency/ && !done {print $2; done=1}' "$WORK/out")
    p99=$(awk '/ 99%/ {print $2}' "$WORK/out")
    non2xx=$(awk '/Non-2xx/ {print $5}' "$WORK/out")
    other=$(awk '/^STATUS/ && $2 !~ /^2/ {printf " %s×%s", $3, $2} /Socket errors/ {printf " %s", $0}' "$WORK/out")
    echo "| POST /api/meal-photos | $run | $rps | $mean | $p99 | ${non2xx:-0}$other |"
  done
  echo
  if [ -n "$before" ]; then
    echo "rows written to recognition_meal_photo (one per 201, warm-up included): $(($(rows) - before))"
  else
    echo "(PSQL unreachable: rows written not counted; each 201 inserts one recognition_meal_photo row)"
  fi
}

health() { # wrk output file -> "p99 (requests, non-2xx)"
  awk '/ 99%/ {p=$2} /requests in/ {n=$1} /Non-2xx/ {e=$5} END {printf "%s (%s requests, %s non-2xx)", p, n, e ? e : 0}' "$1"
}

pipeline_bench() {
  # the stub the app was started against (VITALIA_REKOGNITION_ENDPOINT), unless one is running
  if ! curl -s -o /dev/null "http://127.0.0.1:$STUB_PORT/"; then
    node "$HERE/../../frontend/e2e/rekognition-stub.mjs" "$STUB_PORT" "$STUB_DELAY_MS" > "$WORK/stub.log" 2>&1 &
    STUB_PID=$!
    for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$STUB_PORT/" && break; sleep 0.1; done
  fi
  echo "Pipeline: $PHOTOS photos of $SIZE_BYTES bytes, recogniser stub answering after $STUB_DELAY_MS ms, $UPLOAD_CONCURRENCY uploads at a time; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  wrk -t1 -c"$HEALTH_CONNECTIONS" -d"$HEALTH_BASELINE" --timeout 10s --latency "$BASE_URL/api/health" > "$WORK/health-before"

  # upload URLs first (not timed), as members' phones would ask for them one by one
  : > "$WORK/issued"
  for _ in $(seq 1 "$PHOTOS"); do
    issue "$TOKEN" | jq -r '"\(.photoId) \(.uploadUrl)"' >> "$WORK/issued"
  done
  cut -d' ' -f1 "$WORK/issued" > "$WORK/ids"

  # health sampled for the whole run; stopped (SIGINT makes wrk print its figures) at the end
  wrk -t1 -c"$HEALTH_CONNECTIONS" -d3600s --timeout 10s --latency "$BASE_URL/api/health" > "$WORK/health-during" &
  HEALTH_PID=$!
  sleep 1
  local start
  start=$(now)
  # each upload as the web app does it: PUT to the signed URL, then "uploaded"
  export TOKEN BASE_URL PHOTO
  xargs -P "$UPLOAD_CONCURRENCY" -L 1 sh -c '
    put=$(curl -s -o /dev/null -w "%{http_code}" -X PUT -H "Content-Type: image/jpeg" --data-binary @"$PHOTO" "$1")
    done=$(curl -s -o /dev/null -w "%{http_code}" -X POST -H "Authorization: Bearer $TOKEN" "$BASE_URL/api/meal-photos/$0/uploaded")
    echo "$put $done"' < "$WORK/issued" > "$WORK/uploads"
  local uploaded
  uploaded=$(now)

  # poll the photos not yet analysed until none is left or the deadline passes
  cp "$WORK/ids" "$WORK/pending"
  : > "$WORK/finished"
  while [ -s "$WORK/pending" ]; do
    sed "s|^|$BASE_URL/api/meal-photos/|" "$WORK/pending" \
      | xargs curl -s -H "Authorization: Bearer $TOKEN" -w '\n' \
      | jq -r 'select(.id != null) | "\(.id) \(.status)"' > "$WORK/polled"
    awk '$2 != "PENDING_UPLOAD" && $2 != "ANALYSING"' "$WORK/polled" >> "$WORK/finished"
    awk '$2 == "PENDING_UPLOAD" || $2 == "ANALYSING" {print $1}' "$WORK/polled" > "$WORK/pending"
    if awk -v s="$start" -v d="$DEADLINE" -v n="$(now)" 'BEGIN {exit !(n - s > d)}'; then
      echo "deadline of $DEADLINE s passed with $(wc -l < "$WORK/pending") photos still pending"
      break
    fi
    [ -s "$WORK/pending" ] && sleep "$POLL_INTERVAL"
  done
  local end
  end=$(now)
  kill -INT "$HEALTH_PID"
  wait "$HEALTH_PID" || true
  HEALTH_PID=

  echo '| figure | value |'
  echo '|---|---|'
  echo "| uploads: PUT status / uploaded status: count | $(sort "$WORK/uploads" | uniq -c | awk '{printf "%s / %s: %s; ", $2, $3, $1}')|"
  echo "| all uploads done after | $(awk -v a="$start" -v b="$uploaded" 'BEGIN {printf "%.2f s", b - a}') |"
  echo "| final statuses | $(cut -d' ' -f2 "$WORK/finished" | sort | uniq -c | awk '{printf "%s×%s ", $2, $1}')$([ -s "$WORK/pending" ] && echo "still pending×$(wc -l < "$WORK/pending")") |"
  echo "| first upload → last READY seen by polling (every $POLL_INTERVAL s) | $(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f s", b - a}') |"
  if psql_ok; then
    local last
    last=$($PSQL -Atc "select extract(epoch from max(analysed_at)) from recognition_meal_photo
      where id in ($(sed "s/.*/'&'/" "$WORK/ids" | paste -sd,))")
    echo "| first upload → last analysed_at (database) | $(awk -v a="$start" -v b="$last" 'BEGIN {printf "%.2f s", b - a}') |"
  fi
  echo "| GET /api/health p99 before (baseline, $HEALTH_BASELINE) | $(health "$WORK/health-before") |"
  echo "| GET /api/health p99 during the run | $(health "$WORK/health-during") |"
}

case "$MODE" in
  issue) issue_bench ;;
  pipeline) pipeline_bench ;;
  all) issue_bench; echo; pipeline_bench ;;
  *) echo "usage: $0 [all|issue|pipeline]" >&2; exit 2 ;;
esac
