#!/usr/bin/env bash
# Reporting benchmark: seeds PAYMENTS payments into one month (billing_payment, via
# generate_series, on a database of its own), then against a running Vitalia on it:
#  1. requests the monthly financial report for that month and reports the time from start to
#     DONE (startedAt → finishedAt, the job's own time) and the heap sampled every second;
#  2. downloads /api/admin/payments/export for the month (all PAYMENTS rows) and reports the time,
#     the bytes, the row count and the heap sampled during it.
# Usage: bench/reporting/run.sh   (see README.md; every setting can be overridden)
set -euo pipefail
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

BASE_URL=${BASE_URL:-http://localhost:18085}
MANAGEMENT_URL=${MANAGEMENT_URL:-http://localhost:18185}
ADMIN_EMAIL=${ADMIN_EMAIL:-admin@bench.vitalia.app}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-vitalia bench admin password}
PAYMENTS=${PAYMENTS:-1000000}
MEMBERS=${MEMBERS:-200000}
YEAR=${YEAR:-2026}
MONTH=${MONTH:-1}
PSQL=${PSQL:-psql -h 127.0.0.1 -U postgres -d vitalia_bench_reporting}

FROM=$(printf '%04d-%02d-01' "$YEAR" "$MONTH")
echo "seeding $PAYMENTS payments of $MEMBERS members in $FROM's month unless already there"
$PSQL -v ON_ERROR_STOP=1 -q <<SQL
insert into billing_plan (id, code, name, description, period, trial_days, features, archived, created_at)
select '00000000-0000-4000-9000-000000000001', 'bench-monthly', 'Bench monthly', '', 'P1M', 0, '', false, now()
where not exists (select 1 from billing_plan where code = 'bench-monthly');
insert into billing_price (id, plan_id, version, amount, currency, created_at)
select '00000000-0000-4000-9000-000000000002', '00000000-0000-4000-9000-000000000001', 1, 9.99, 'EUR', now()
where not exists (select 1 from billing_price where id = '00000000-0000-4000-9000-000000000002');
insert into billing_member (id, email, display_name, search_text, locale, registered_at)
select ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, 'bench' || g || '@example.com',
       'Bench member ' || g, 'bench member ' || g, 'es', timestamptz '$FROM 00:00:00+01' - interval '60 days'
from generate_series(0, $MEMBERS - 1) g
where not exists (select 1 from billing_member where email = 'bench0@example.com');
insert into billing_subscription (id, member_id, plan_id, price_id, gateway, started_at, anchor_at, period_index,
       current_period_start, current_period_end, cancel_at_period_end, cancelled_at, ended_at, failed_attempts)
select ('00000000-0000-4000-7000-' || lpad(to_hex(g), 12, '0'))::uuid,
       ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid,
       '00000000-0000-4000-9000-000000000001', '00000000-0000-4000-9000-000000000002', 'sandbox',
       timestamptz '$FROM 00:00:00+01' - (g % 90) * interval '1 day', timestamptz '$FROM 00:00:00+01' - interval '90 days', 3,
       timestamptz '$FROM 00:00:00+01', timestamptz '$FROM 00:00:00+01' + interval '1 month', g % 10 = 0,
       case when g % 10 = 0 then timestamptz '$FROM 00:00:00+01' + interval '3 days' end,
       case when g % 25 = 0 then timestamptz '$FROM 00:00:00+01' + interval '10 days' end, 0
from generate_series(0, $MEMBERS - 1) g
where not exists (select 1 from billing_subscription where id = '00000000-0000-4000-7000-000000000000');
insert into billing_payment (id, subscription_id, member_id, plan_id, amount, currency, status, kind, period_index,
       external_id, refunded_amount, created_at)
select gen_random_uuid(), ('00000000-0000-4000-7000-' || lpad(to_hex(g % $MEMBERS), 12, '0'))::uuid,
       ('00000000-0000-4000-8000-' || lpad(to_hex(g % $MEMBERS), 12, '0'))::uuid,
       '00000000-0000-4000-9000-000000000001', 9.99, 'EUR',
       case when g % 20 = 0 then 'FAILED' else 'SUCCEEDED' end,
       case when g < $MEMBERS then 'INITIAL' else 'RENEWAL' end, 1, 'bench_' || g, 0,
       timestamptz '$FROM 00:00:00+01' + (g::double precision / $PAYMENTS) * interval '28 days'
from generate_series(0, $PAYMENTS - 1) g
where not exists (select 1 from billing_payment where external_id = 'bench_0');
insert into billing_refund (id, payment_id, amount, external_id, created_at)
select gen_random_uuid(), id, 2.00, 'bench_refund_' || external_id, created_at + interval '1 hour'
from billing_payment where external_id like 'bench_%' and status = 'SUCCEEDED' and random() < 0.01
and not exists (select 1 from billing_refund where external_id like 'bench_refund_%');
analyze billing_payment; analyze billing_refund; analyze billing_subscription;
SQL
$PSQL -At -c "select count(*) from billing_payment where created_at >= timestamptz '$FROM 00:00:00+01' and created_at < timestamptz '$FROM 00:00:00+01' + interval '1 month'"

TOKEN=$(curl -sf -X POST "$BASE_URL/api/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" | jq -r .accessToken)
heap() {
  curl -sf "$MANAGEMENT_URL/actuator/metrics/jvm.memory.used?tag=area:heap" -H "Authorization: Bearer $TOKEN" \
    | jq '.measurements[0].value / 1048576 | floor'
}

echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "heap before the report: $(heap) MiB"
ID=$(curl -sf -X POST "$BASE_URL/api/admin/reports" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -d "{\"type\":\"FINANCIAL_MONTHLY\",\"year\":$YEAR,\"month\":$MONTH}" | jq -r .id)
SAMPLES=()
while :; do
  REPORT=$(curl -sf "$BASE_URL/api/admin/reports/$ID" -H "Authorization: Bearer $TOKEN")
  SAMPLES+=("$(heap)")
  case $(jq -r .status <<<"$REPORT") in DONE|FAILED) break ;; esac
  sleep 1
done
python3 - "$REPORT" <<'PY'
import json, sys
from datetime import datetime
r = json.loads(sys.argv[1])
parse = lambda t: datetime.fromisoformat(t.replace('Z', '+00:00'))
print(f"report {r['status']}: started→finished {(parse(r['finishedAt']) - parse(r['startedAt'])).total_seconds():.2f} s, "
      f"requested→finished {(parse(r['finishedAt']) - parse(r['createdAt'])).total_seconds():.2f} s")
for c in (r.get('result') or {}).get('currencies', []):
    t = c['totals']
    print(f"  {c['currency']}: revenue {t['revenue']}, succeeded {t['succeededTransactions']}, failed {t['failedTransactions']}")
PY
printf 'heap in use while the report ran (MiB, one sample a second): %s\n' "${SAMPLES[*]}"

echo "heap before the export: $(heap) MiB"
( while sleep 1; do heap; done ) > $scratch/export-heap.txt &
SAMPLER=$!
START=$(date +%s.%N)
curl -sf "$BASE_URL/api/admin/payments/export?from=$FROM&to=$(date -d "$FROM + 1 month" +%F)" \
  -H "Authorization: Bearer $TOKEN" -o $scratch/payments.csv
END=$(date +%s.%N)
kill "$SAMPLER"
echo "export: $(python3 -c "print(f'{$END - $START:.2f}')") s, $(stat -c %s $scratch/payments.csv) bytes, $(($(wc -l < $scratch/payments.csv) - 1)) rows"
printf 'heap in use while exporting (MiB, one sample a second): %s\n' "$(tr '\n' ' ' < $scratch/export-heap.txt)"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
