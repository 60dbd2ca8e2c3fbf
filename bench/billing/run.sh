#!/usr/bin/env bash
# Load test of billing with wrk against a running Vitalia seeded with `seed-demo`:
#   1. GET /api/admin/members over the seeded members (pages, sorts, status filters, search);
#   2. webhook ingestion: distinct, Stripe-signed invoice.paid events for seeded
#      subscriptions, then a check that each was recorded once and no payment twice.
# Usage: bench/billing/run.sh   (see README.md for the set-up; settings from the environment)
set -euo pipefail

BASE_URL=${BASE_URL:-http://localhost:18083}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-60s}
WEBHOOK_WARMUP=${WEBHOOK_WARMUP:-30s}
RUNS=${RUNS:-2}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
ADMIN_EMAIL=${ADMIN_EMAIL:-bench-admin@vitalia.test}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-bench admin password 2026}
SECRET=${VITALIA_BILLING_WEBHOOK_SECRET:?set it to the webhook secret of the running app}
PSQL=${PSQL:-psql -h 127.0.0.1 -U postgres -d vitalia_bench_billing}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

TOKEN=$(curl -sf -X POST "$BASE_URL/api/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" | jq -r .accessToken)

: > "$WORK/members"
for page in 0 1 2 3 4 5 6 7 8 9 100 1000; do echo "/api/admin/members?page=$page&size=20" >> "$WORK/members"; done
for sort in name,asc registeredAt,desc periodEnd,asc status,asc; do echo "/api/admin/members?sort=$sort&size=20" >> "$WORK/members"; done
for status in ACTIVE PAST_DUE CANCELLED EXPIRED TRIALING NONE; do echo "/api/admin/members?status=$status&size=20" >> "$WORK/members"; done
for q in garc lop mart smith; do echo "/api/admin/members?q=$q&size=20" >> "$WORK/members"; done

echo "| endpoint | run | req/s | mean | p99 | non-2xx |"
echo "|---|---|---|---|---|---|"
PATHS_FILE="$WORK/members" TOKEN="$TOKEN" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s \
  -s "$HERE/../scheduling/paths.lua" "$BASE_URL" > /dev/null
for run in $(seq 1 "$RUNS"); do
  PATHS_FILE="$WORK/members" TOKEN="$TOKEN" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency \
    -s "$HERE/../scheduling/paths.lua" "$BASE_URL" > "$WORK/out"
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/out")
  mean=$(awk '/Latency/ && !done {print $2; done=1}' "$WORK/out")
  p99=$(awk '/ 99%/ {print $2}' "$WORK/out")
  non2xx=$(awk '/Non-2xx/ {print $5}' "$WORK/out")
  echo "| GET /api/admin/members | $run | $rps | $mean | $p99 | ${non2xx:-0} |"
done

# webhook ingestion: distinct invoice.paid events, each for a seeded subscription, signed
# just before each run (the app accepts a signature for 300 s)
$PSQL -Atc "select external_id, member_id, plan_id, price_id from billing_subscription where ended_at is null limit 20000" \
  > "$WORK/subscriptions"
before=$($PSQL -Atc "select count(*) from billing_payment")
events_before=$($PSQL -Atc "select count(*) from billing_webhook_event")
# warm-up: its own distinct events, stored like the measured ones (and checked with them)
python3 "$HERE/sign-events.py" "$WORK/subscriptions" "$SECRET" "${EVENTS_PER_RUN:-120000}" "warm-$(date +%s)" \
  > "$WORK/events"
EVENTS="$WORK/events" THREADS="$THREADS" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WEBHOOK_WARMUP" --timeout 10s \
  -s "$HERE/webhooks.lua" "$BASE_URL" > /dev/null
for run in $(seq 1 "$RUNS"); do
  python3 "$HERE/sign-events.py" "$WORK/subscriptions" "$SECRET" "${EVENTS_PER_RUN:-120000}" "$run-$(date +%s)" \
    > "$WORK/events"
  EVENTS="$WORK/events" THREADS="$THREADS" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency \
    -s "$HERE/webhooks.lua" "$BASE_URL" > "$WORK/out"
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/out")
  mean=$(awk '/Latency/ && !done {print $2; done=1}' "$WORK/out")
  p99=$(awk '/ 99%/ {print $2}' "$WORK/out")
  non2xx=$(awk '/Non-2xx/ {print $5}' "$WORK/out")
  echo "| POST /api/billing/webhooks/stripe | $run | $rps | $mean | $p99 | ${non2xx:-0} |"
done
after=$($PSQL -Atc "select count(*) from billing_payment")
events_after=$($PSQL -Atc "select count(*) from billing_webhook_event")
dupes=$($PSQL -Atc "select count(*) from (select external_id from billing_payment group by external_id having count(*) > 1) d")
echo
echo "webhook events stored: $((events_after - events_before)); payments added: $((after - before)); duplicated payment ids: $dupes"
