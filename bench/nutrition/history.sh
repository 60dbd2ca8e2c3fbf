#!/usr/bin/env bash
# Gives every member with a diary a year of gamification history, as the listener would have
# logged it: five FOOD_LOGGED actions a day for the 365 days before today (1,825 per member;
# 3.7 million rows for seed-diary's 2,000 members plus 32 bench members). Run after seed-diary:
#   PSQL="psql -h 127.0.0.1 -U postgres -d vitalia_bench_diary" bench/nutrition/history.sh
# The diary bench then measures logging food for long-standing members, whose history the
# gamification listener reads with every batch.
set -euo pipefail
PSQL=${PSQL:-psql -h 127.0.0.1 -U postgres -d vitalia_bench_diary}
$PSQL -X -q -v ON_ERROR_STOP=1 <<'SQL'
insert into gamification_event (source_id, member_id, type, occurred_at, local_date, payload)
select 'history:' || m.member_id || ':' || d.n || ':' || k, m.member_id, 'FOOD_LOGGED',
       (current_date - d.n)::timestamp + make_interval(hours => 7 + 3 * k), current_date - d.n, '{"meal":"LUNCH"}'
from (select distinct account_id as member_id from nutrition_diary_entry) m,
     generate_series(1, 365) d(n), generate_series(0, 4) k
order by d.n desc, k, m.member_id;
vacuum analyze gamification_event;
SQL
$PSQL -X -Atc "select count(*) || ' gamification events for ' || count(distinct member_id) || ' members' from gamification_event"
