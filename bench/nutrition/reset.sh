#!/usr/bin/env bash
# Puts the bench database back to where `mark` left it, so a POST run does not measure
# tables grown by the runs before it:
#   bench/nutrition/reset.sh mark DIR      remembers the time, the last gamification event
#                                          and the small per-member tables in DIR
#   bench/nutrition/reset.sh restore DIR   waits for the listeners to finish, deletes every
#                                          row written since the mark, puts the per-member
#                                          tables back, then VACUUM ANALYZE on them
#                                          (STALL: seconds without progress before giving
#                                          up the wait, 30)
# PSQL says how to reach the bench database (default: psql on 127.0.0.1 as postgres, the
# database vitalia_bench_diary). Deleting from the append-only gamification log needs
# session_replication_role, so a superuser; never point this at a database with real data.
set -euo pipefail
action=${1:?mark or restore}
dir=${2:?state directory}
PSQL=${PSQL:-psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d vitalia_bench_diary}
# the tables a diary entry changes in place (one row per member): copied whole
small="gamification_member notifications_food_day"

case "$action" in
mark)
	mkdir -p "$dir"
	$PSQL -Atc "select now()" > "$dir/time"
	$PSQL -Atc "select coalesce(max(seq), 0) from gamification_event" > "$dir/seq"
	for table in $small; do $PSQL -c "\\copy $table to '$dir/$table.copy'"; done
	;;
restore)
	time=$(cat "$dir/time")
	seq=$(cat "$dir/seq")
	waited=0
	# publications not yet completed and entries still in the diary's outbox (builds that
	# have one) are work the run caused: it must finish before the rows are deleted
	outstanding="select count(*) from event_publication where completion_date is null"
	if [ "$($PSQL -Atc "select to_regclass('nutrition_food_logged') is not null")" = t ]; then
		outstanding="select ($outstanding) + (select count(*) from nutrition_food_logged)"
	fi
	# waits while the listeners make progress; publications that stop moving (a listener
	# failed, e.g. no connection within the pool's timeout) are reported, then deleted too
	left=$($PSQL -Atc "$outstanding")
	still=0
	while [ "$left" != 0 ] && [ "$still" -lt "${STALL:-30}" ]; do
		sleep 1
		waited=$((waited + 1))
		now=$($PSQL -Atc "$outstanding")
		if [ "$now" = "$left" ]; then still=$((still + 1)); else still=0; fi
		left=$now
	done
	if [ "$left" = 0 ]; then
		echo "listeners done ${waited}s after the load ended"
	else
		echo "listeners stalled: $left event publications not completed ${waited}s after the load ended" \
			"($($PSQL -Atc "select string_agg(status || ' ' || n, ', ') from (select coalesce(status, '?') as status,
				count(*) as n from event_publication where completion_date is null group by 1) s"))"
	fi
	truncate=""
	for table in $small; do truncate+="truncate $table; \\copy $table from '$dir/$table.copy'
"; done
	$PSQL <<SQL
set session_replication_role = replica;
begin;
delete from nutrition_diary_entry where created_at >= '$time';
delete from gamification_award where event_seq > $seq;
delete from gamification_event where seq > $seq;
delete from notifications_inbox where created_at >= '$time';
delete from notifications_marker where created_at >= '$time';
delete from notifications_email where created_at >= '$time';
delete from event_publication where publication_date >= '$time';
$truncate
commit;
vacuum analyze nutrition_diary_entry, gamification_award, gamification_event, gamification_member,
	notifications_food_day, notifications_inbox, notifications_marker, notifications_email, event_publication;
SQL
	;;
*) echo "usage: $0 mark|restore DIR" >&2; exit 2 ;;
esac
