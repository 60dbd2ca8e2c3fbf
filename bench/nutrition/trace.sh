#!/usr/bin/env bash
# What one POST /api/diary/entries costs the database: starts JAR on a fresh database with
# log_statement=all, registers a member, logs one food to warm up, then one more, and
# prints every statement PostgreSQL ran for the second one (request, outbox, listeners,
# event registry), grouped by backend (connection), with the transaction count.
#   bench/nutrition/trace.sh target/vitalia-0.1.0-SNAPSHOT.jar
# Settings: JAVA (java), PORT (18091; management port PORT+100), PGLOG (the server's log
# file, /var/log/postgresql/postgresql-15-main.log), SETTLE (seconds to wait for the
# listeners, 5). Needs a superuser on 127.0.0.1 (ALTER DATABASE ... SET log_statement).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
jar=${1:?jar}
JAVA=${JAVA:-java}
PORT=${PORT:-18091}
PGLOG=${PGLOG:-/var/log/postgresql/postgresql-15-main.log}
SETTLE=${SETTLE:-5}
db=vitalia_bench_diary_trace_$(date +%s)_$$
work=$(mktemp -d)
pid=
created=
cleanup() {
	[ -n "$pid" ] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
	[ -n "$created" ] && psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $db" >/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT
psql -q -h 127.0.0.1 -U postgres -c "create database $db" -c "alter database $db set log_statement = 'all'"
created=1
base=http://localhost:$PORT
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=postgres \
	SPRING_DATASOURCE_PASSWORD= VITALIA_MANAGEMENT_PORT=$((PORT + 100)) VITALIA_ACCESS_TOKEN_TTL=1h \
	"$JAVA" -jar "$jar" --server.port="$PORT" > "$work/app.log" 2>&1 &
pid=$!
until curl -sf "$base/api/health" > /dev/null; do
	kill -0 "$pid" 2> /dev/null || { tail -30 "$work/app.log"; exit 1; }
	sleep 0.5
done
"$HERE/members.sh" "$base" 1 "$work/member" > /dev/null
token=$(cat "$work/member.tokens")
food=$(curl -sf -H "Authorization: Bearer $token" "$base/api/foods?size=1" | jq -r '.content[0].id')
log_food() {
	curl -sf -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
		-d "{\"date\":\"$(date -u -d '2 days ago' +%F)\",\"meal\":\"LUNCH\",\"foodId\":\"$food\",\"grams\":120}" \
		"$base/api/diary/entries"
}
log_food
sleep "$SETTLE"
from=$(($(wc -l < "$PGLOG") + 1))
log_food
sleep "$SETTLE"
tail -n +"$from" "$PGLOG" | grep -F "@$db " | grep -E 'LOG:  (statement|execute)' \
	| grep -v -E 'jobrunr|pg_catalog|from event_publication where (completion_date is null|status)' > "$work/statements" || true
# statements by connection (backend pid), in order
awk '{ match($0, /\[[0-9]+\]/); backend = substr($0, RSTART, RLENGTH); sub(/.*LOG:  (statement|execute [^:]*): /, "");
	print backend "  " $0 }' "$work/statements"
echo "statements: $(wc -l < "$work/statements"), commits: $(grep -ciE ': (commit|end)$' "$work/statements" || true)"
