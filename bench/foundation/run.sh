#!/usr/bin/env bash
# Foundation benchmark: start-up time to healthy, RSS after start, and wrk throughput/latency
# on GET /api/health and GET /api/me (with a bearer token).
#
#   bench/foundation/run.sh [h2|postgres] [--startup-only]   (build first: ./mvnw -q package -DskipTests)
#
# Env: JAVA (default: the Temurin 25 JDK if present), PORT (18090), MANAGEMENT_PORT (PORT+100), WARMUP (seconds per
# endpoint, 150), DURATION (seconds per measured run, 30), CONNECTIONS (64), THREADS (2).
set -euo pipefail
cd "$(dirname "$0")/../.."

mode=${1:-postgres}
startup_only=${2:-}
JAVA=${JAVA:-$( [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && echo /usr/lib/jvm/temurin-25-jdk-amd64/bin/java || echo java )}
PORT=${PORT:-18090}
WARMUP=${WARMUP:-150}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
export VITALIA_MANAGEMENT_PORT=${MANAGEMENT_PORT:-$((PORT + 100))}
base="http://127.0.0.1:$PORT"
jar=$(ls target/vitalia-*.jar | head -n1)
work=$(mktemp -d)
pid=
db=
cleanup() {
	[ -n "$pid" ] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
	# only the database this run created, and only once its server has stopped
	[ -n "$db" ] && psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $db" >/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

args=(--server.port="$PORT" --server.tomcat.max-keep-alive-requests=-1)
export VITALIA_RATE_LIMIT_ANONYMOUS_PER_MINUTE=1000000000
export VITALIA_RATE_LIMIT_AUTHENTICATED_PER_MINUTE=1000000000
export VITALIA_RATE_LIMIT_REGISTRATION_PER_IP_PER_HOUR=1000000
export VITALIA_RATE_LIMIT_LOGIN_PER_IP_PER_MINUTE=1000000
case "$mode" in
	h2) args+=(--spring.datasource.url="jdbc:h2:file:$work/bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH") ;;
	postgres)
		# a name no one else uses: this run's own database, created here (failing if it
		# exists) and dropped on exit, so no other bench or person loses theirs
		name=vitalia_bench_foundation_$(date +%s)_$$
		psql -q -h 127.0.0.1 -U postgres -c "create database $name" >/dev/null
		db=$name
		args+=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" --spring.datasource.username=postgres)
		if redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then args+=(--spring.data.redis.url=redis://127.0.0.1:6379); fi
		;;
	*) echo "usage: $0 [h2|postgres]" >&2; exit 2 ;;
esac

echo "== $mode, $("$JAVA" -version 2>&1 | head -n1)"
start=$(date +%s%N)
"$JAVA" -jar "$jar" "${args[@]}" >"$work/app.log" 2>&1 &
pid=$!
until curl -sf "$base/api/health" >/dev/null; do
	kill -0 "$pid" 2>/dev/null || { tail -50 "$work/app.log"; exit 1; }
	sleep 0.1
done
echo "time to healthy: $(( ($(date +%s%N) - start) / 1000000 )) ms"
sleep 2
echo "RSS after start: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MiB"

[ "$startup_only" = --startup-only ] && exit 0

email="bench-$(date +%s%N)@example.com"
password="benchmark passphrase for vitalia"
curl -sf -X POST "$base/api/auth/register" -H 'Content-Type: application/json' \
	-d "{\"email\":\"$email\",\"password\":\"$password\",\"displayName\":\"Bench\"}" >/dev/null
token=$(curl -sf -X POST "$base/api/auth/login" -H 'Content-Type: application/json' \
	-d "{\"email\":\"$email\",\"password\":\"$password\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
# the access token lives 15 minutes by default; the runs below fit in that window per endpoint
measure() {
	local name=$1 path=$2; shift 2
	echo "-- $name: warm-up ${WARMUP}s"
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s "$@" "$base$path" >/dev/null
	for run in 1 2; do
		echo "-- $name: run $run (${DURATION}s, -t$THREADS -c$CONNECTIONS)"
		wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency "$@" "$base$path" \
			| grep -E 'Requests/sec|Latency  |99%|50%|Non-2xx|Socket errors'
	done
}
measure "GET /api/health" /api/health
measure "GET /api/me" /api/me -H "Authorization: Bearer $token"
echo "RSS after load: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MiB"
