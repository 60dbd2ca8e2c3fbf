#!/usr/bin/env bash
# Leaderboard load test: GET /api/leaderboards/{weekly|monthly|all-time}?limit=100 with wrk
# against a running Vitalia on PostgreSQL seeded by `seed-demo` (50,000 members).
# Usage: bench/gamification/leaderboard.sh [seed|run]   (see README.md)
#   seed: logs gamified actions for every demo member (a first sign-in, a completed profile
#         and food on up to 28 consecutive days until today), opts every demo member in and
#         replays the log so awards, points and streaks follow the rules; once per database.
#   run:  warms up, then measures each period RUNS times and prints a Markdown table.
set -euo pipefail

MODE=${1:-run}
BASE_URL=${BASE_URL:-http://localhost:18084}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-90s}
RUNS=${RUNS:-2}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
CALLERS=${CALLERS:-20}
PERIODS=${PERIODS:-weekly monthly all-time} # the order the measured runs take
PREFIX=${PREFIX:-demo}
DEMO_PASSWORD=${DEMO_PASSWORD:-vitalia demo password 2026}
ADMIN_EMAIL=${ADMIN_EMAIL:-admin@bench.vitalia.app}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-vitalia bench admin password}
PSQL=${PSQL:-psql -h 127.0.0.1 -U postgres -d vitalia_bench_gamification}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# shellcheck source=bench/gamification/members-load.sh
. "$HERE/members-load.sh"

if [ "$MODE" = seed ]; then
  echo "logging actions of the $PREFIX members and opting them in (unless already done)"
  $PSQL -v ON_ERROR_STOP=1 -q <<SQL
with members as (
  select a.id, row_number() over (order by a.email) as n
  from identity_account a where a.email like '$PREFIX-member%@demo.vitalia.app'
), actions as (
  select m.id, 'LOGGED_IN' as type, 0 as day from members m
  union all select m.id, 'PROFILE_COMPLETED', 0 from members m
  union all select m.id, 'FOOD_LOGGED', d from members m, generate_series(0, 27) d where d <= m.n % 28
)
insert into gamification_event (source_id, member_id, type, occurred_at, local_date, payload)
select 'bench-lb:' || id || ':' || type || ':' || day, id, type,
       current_date - 27 + day + time '12:00' + case type when 'FOOD_LOGGED' then interval '1 hour' else interval '0' end,
       current_date - 27 + day, '{}'
from actions
where not exists (select 1 from gamification_event where source_id like 'bench-lb:%');
insert into gamification_settings (member_id, leaderboard_opt_in, updated_at)
select id, true, now() from identity_account where email like '$PREFIX-member%@demo.vitalia.app'
on conflict (member_id) do update set leaderboard_opt_in = true;
analyze gamification_event;
SQL
  ADMIN=$(login "$ADMIN_EMAIL" "$ADMIN_PASSWORD")
  ID=$(curl -sf -X POST "$BASE_URL/api/admin/gamification/replay" -H "Authorization: Bearer $ADMIN" \
    -H 'Content-Type: application/json' -d '{"dryRun":false}' | jq -r .id)
  until curl -sf "$BASE_URL/api/admin/gamification/replay/$ID" -H "Authorization: Bearer $ADMIN" \
      | jq -e '.status | test("DONE|FAILED")' > /dev/null; do sleep 2; done
  curl -sf "$BASE_URL/api/admin/gamification/replay/$ID" -H "Authorization: Bearer $ADMIN" \
    | jq -r '"replay \(.status): \(.processedEvents) events"'
  for table in gamification_award gamification_member gamification_settings; do $PSQL -q -c "vacuum analyze $table"; done
  $PSQL -At -F ' ' -c "select count(*) filter (where leaderboard_opt_in), count(*) from gamification_settings" \
    | awk '{print $1 " of " $2 " members with settings opted in"}'
  exit 0
fi

sign_in_callers 977
for period in weekly monthly all-time; do echo "/api/leaderboards/$period?limit=100" > "$WORK/$period"; done
cat "$WORK/weekly" "$WORK/monthly" "$WORK/all-time" > "$WORK/all"
TOKEN=$(head -1 "$WORK/tokens")
for period in weekly monthly all-time; do
  curl -sf -H "Authorization: Bearer $TOKEN" "$BASE_URL/api/leaderboards/$period?limit=100" \
    | jq -r --arg p "$period" '"\($p): \(.entries | length) entries, caller rank \(.me.rank) with \(.me.points) points"'
done

echo "warming up $WARMUP ($(uptime | sed 's/.*load/load/'))"
measure "$WORK/all" "$WARMUP"
echo
table_header
for period in $PERIODS; do
  for run in $(seq 1 "$RUNS"); do
    measure "$WORK/$period" "$DURATION"
    table_row "GET /api/leaderboards/$period?limit=100" "$run"
  done
done
