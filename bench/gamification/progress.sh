#!/usr/bin/env bash
# Progress page load test: GET /api/me/progress with wrk, as members with a year of awards of
# a rule that gives a point for every meal logged (2,190 awards each), against a running
# Vitalia on PostgreSQL seeded by `seed-demo`.
# Usage: bench/gamification/progress.sh [seed|run]   (see README.md)
#   seed: gives CALLERS demo members 2,190 awards each (six meals a day for the 365 days up to
#         today, one of them with a badge) straight into the current generation, with their
#         points total; once per database.
#   run:  warms up, then measures RUNS times and prints a Markdown table.
set -euo pipefail

MODE=${1:-run}
BASE_URL=${BASE_URL:-http://localhost:18084}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-60s}
RUNS=${RUNS:-2}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
CALLERS=${CALLERS:-20}
PREFIX=${PREFIX:-demo}
DEMO_PASSWORD=${DEMO_PASSWORD:-vitalia demo password 2026}
PSQL=${PSQL:-psql -h 127.0.0.1 -U postgres -d vitalia_bench_gamification}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# shellcheck source=bench/gamification/members-load.sh
. "$HERE/members-load.sh"
STEP=37

if [ "$MODE" = seed ]; then
  emails=$(for i in $(seq 0 $((CALLERS - 1))); do printf "'%s'," "$(caller "$i" "$STEP")"; done)
  $PSQL -v ON_ERROR_STOP=1 -q <<SQL
with callers as (
  select a.id from identity_account a where a.email in (${emails%,})
), generation as (
  select generation from gamification_state where id = 1
), awarded as (
  insert into gamification_award (generation, rule_code, member_id, occurrence, points, badge_code, awarded_at,
      event_seq)
  select g.generation, 'BENCH_MEAL_POINT', c.id, 'bench-meal:' || d || ':' || k, 1,
         case when d = 7 and k = 1 then 'WEEKLY_STREAK' end,
         current_date - 365 + d + time '07:00' + k * interval '2 hours', d * 10 + k
  from callers c, generation g, generate_series(1, 365) d, generate_series(1, 6) k
  on conflict do nothing
  returning generation, member_id, points
)
insert into gamification_member (generation, member_id, points, current_streak, longest_streak)
select generation, member_id, sum(points), 0, 0 from awarded group by generation, member_id
on conflict (generation, member_id) do update set points = gamification_member.points + excluded.points;
vacuum analyze gamification_award;
vacuum analyze gamification_member;
SQL
  $PSQL -At -c "select count(*), count(distinct member_id) from gamification_award where rule_code = 'BENCH_MEAL_POINT'" \
    | awk -F'|' '{print $1 " bench awards over " $2 " members"}'
  exit 0
fi

sign_in_callers "$STEP"
echo "/api/me/progress" > "$WORK/paths"
curl -sf -H "Authorization: Bearer $(head -1 "$WORK/tokens")" "$BASE_URL/api/me/progress" \
  | jq -r '"first caller: \(.points) points, \(.badges | length) badge(s), \(.recentAwards | length) recent awards"'

echo "warming up $WARMUP ($(uptime | sed 's/.*load/load/'))"
measure "$WORK/paths" "$WARMUP"
echo
table_header
for run in $(seq 1 "$RUNS"); do
  measure "$WORK/paths" "$DURATION"
  table_row "GET /api/me/progress" "$run"
done
