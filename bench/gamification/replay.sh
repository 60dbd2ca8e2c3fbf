#!/usr/bin/env bash
# Replay benchmark: fills the gamification event log of a running Vitalia (on PostgreSQL) with
# EVENTS synthetic actions, starts a real replay as the admin, and reports how long it took and
# the JVM heap in use while it ran (sampled every second from the management port).
# Usage: bench/gamification/replay.sh   (see README.md; every setting can be overridden)
set -euo pipefail

BASE_URL=${BASE_URL:-http://localhost:18084}
MANAGEMENT_URL=${MANAGEMENT_URL:-http://localhost:18184}
ADMIN_EMAIL=${ADMIN_EMAIL:-admin@bench.vitalia.app}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-vitalia bench admin password}
EVENTS=${EVENTS:-1000000}
PER_MEMBER=${PER_MEMBER:-100}
PSQL=${PSQL:-psql -h 127.0.0.1 -U postgres -d vitalia_bench_gamification}

echo "seeding $EVENTS events ($PER_MEMBER per member) unless already there"
$PSQL -v ON_ERROR_STOP=1 -q <<SQL
insert into gamification_event (source_id, member_id, type, occurred_at, local_date, payload)
select 'bench:' || g,
       ('00000000-0000-4000-8000-' || lpad(to_hex(g / $PER_MEMBER), 12, '0'))::uuid,
       case when g % $PER_MEMBER = 0 then 'LOGGED_IN'
            when g % $PER_MEMBER = 1 then 'PROFILE_COMPLETED'
            else 'FOOD_LOGGED' end,
       timestamptz '2026-01-01 08:00:00+01' + ((g % $PER_MEMBER) / 3) * interval '1 day'
           + (g % 3) * interval '4 hours',
       date '2026-01-01' + ((g % $PER_MEMBER) / 3),
       '{}'
from generate_series(0, $EVENTS - 1) g
where not exists (select 1 from gamification_event where source_id = 'bench:0');
analyze gamification_event;
SQL
$PSQL -At -c "select count(*) from gamification_event"

TOKEN=$(curl -sf -X POST "$BASE_URL/api/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" | jq -r .accessToken)
heap() {
  # the metrics endpoint asks for an admin token like the rest of the API
  curl -sf "$MANAGEMENT_URL/actuator/metrics/jvm.memory.used?tag=area:heap" -H "Authorization: Bearer $TOKEN" | jq '.measurements[0].value / 1048576 | floor'
}

echo "heap before: $(heap) MiB"
ID=$(curl -sf -X POST "$BASE_URL/api/admin/gamification/replay" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -d '{"dryRun":false}' | jq -r .id)
SAMPLES=()
while :; do
  STATUS=$(curl -sf "$BASE_URL/api/admin/gamification/replay/$ID" -H "Authorization: Bearer $TOKEN")
  SAMPLES+=("$(heap)")
  case $(jq -r .status <<<"$STATUS") in DONE|FAILED) break ;; esac
  sleep 1
done
jq -r '"status \(.status): \(.processedEvents) of \(.totalEvents) events, requested \(.requestedAt), finished \(.finishedAt)"' <<<"$STATUS"
python3 - "$STATUS" <<'PY'
import json, sys
from datetime import datetime
s = json.loads(sys.argv[1])
parse = lambda t: datetime.fromisoformat(t.replace('Z', '+00:00'))
print(f"replay took {(parse(s['finishedAt']) - parse(s['requestedAt'])).total_seconds():.1f} s "
      "(from the request, including the wait for a JobRunr worker to pick the job up)")
PY
printf 'heap in use while replaying (MiB, one sample a second): %s\n' "${SAMPLES[*]}"
