#!/usr/bin/env bash
# Start-up benchmark: time from launching the JVM to a healthy GET /api/health and to a ready
# GET /readyz, and the resident memory (RSS) once it is healthy and has idled for a while.
#
#   bench/startup/run.sh [h2|postgres] [jar|nocache|cache|image-nocache|image] [RUNS]
#
# jar:     java -jar target/vitalia-*.jar, no JVM options (how the application started before
#          issue 16)
# nocache: bin/vitalia (the extracted jar with the shipped JVM options) without the AOT cache
# cache:   bin/vitalia as shipped: the extracted jar, the shipped JVM options and the AOT cache
# image:   the container image (target/jib-image.tar) as a container engine starts it, with its
#          AOT cache: its layers unpacked once, its entry point run in a chroot as its user
#          (deploy/image/image_root.py, needs root)
# image-nocache: the same with -XX:AOTMode=off
#
# Each run starts on a database of its own (a fresh H2 file, or a fresh PostgreSQL database
# named after this process) and measures two starts: the first (all migrations and the starter
# food catalog) and a restart on the database the first one left.
# Build first: ./mvnw -B -q package -DskipTests -Dfrontend.skip=true (-Pimage for image*)
# Env: JAVA_HOME, PORT (18095), MANAGEMENT_PORT (18096), IDLE (seconds before RSS, 10).
set -euo pipefail
cd "$(dirname "$0")/../.."

mode=${1:-h2}
how=${2:-cache}
runs=${3:-3}
PORT=${PORT:-18095}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-18096}
IDLE=${IDLE:-10}
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
	export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=$(mktemp -d)
pid=
db=
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	[ -n "$db" ] && psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $db" >/dev/null 2>&1
	rm -rf "$work"
}
trap cleanup EXIT

case "$how" in
	jar) jars=(target/vitalia-*.jar); launch=("$java" -jar "${jars[0]}") ;;
	nocache) launch=(env JAVA_OPTS=-XX:AOTMode=off bin/vitalia) ;;
	cache) launch=(bin/vitalia) ;;
	image | image-nocache)
		python3 deploy/image/image_root.py unpack target/jib-image.tar "$work/root"
		java="python3 deploy/image/image_root.py exec $work/root -- java"
		launch=(python3 deploy/image/image_root.py run "$work/root")
		[ "$how" = image-nocache ] && launch+=(--with -XX:AOTMode=off)
		launch+=(--)
		;;
	*) echo "usage: $0 [h2|postgres] [jar|nocache|cache|image-nocache|image] [RUNS]" >&2; exit 2 ;;
esac
# the H2 files, seen from the JVM (the image's JVM sees its own root)
data=$work
[[ $how == image* ]] && data=/tmp

# one start: sets ms (to healthy), ready (ms to a ready /readyz: the context refreshed and the
# application runners done, when load balancers send traffic), cpu (CPU seconds the JVM had used
# when healthy) and rss (MiB after IDLE seconds)
start() {
	local begin
	begin=$(date +%s%N)
	"${launch[@]}" "${args[@]}" >>"$work/app.log" 2>&1 &
	pid=$!
	until curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1; do
		kill -0 "$pid" 2>/dev/null || { tail -n 40 "$work/app.log" >&2; exit 1; }
		sleep 0.02
	done
	ms=$(( ($(date +%s%N) - begin) / 1000000 ))
	# the image's JVM is the child of unshare, the child of image_root.py
	jvm=$pid
	[[ $how == image* ]] && jvm=$(pgrep -P "$(pgrep -P "$pid")")
	cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$jvm/stat")
	until curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1; do
		kill -0 "$pid" 2>/dev/null || { tail -n 40 "$work/app.log" >&2; exit 1; }
		sleep 0.02
	done
	ready=$(( ($(date +%s%N) - begin) / 1000000 ))
	sleep "$IDLE"
	rss=$(( $(awk '/VmRSS/ {print $2}' "/proc/$jvm/status") / 1024 ))
	kill "$pid"
	wait "$pid" 2>/dev/null || true
	pid=
}

# shellcheck disable=SC2086 # java is a command line for the image
echo "== $mode, $how, $($java -version 2>&1 | head -n1), load $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$runs"); do
	args=(--server.port="$PORT" --management.server.port="$MANAGEMENT_PORT")
	case "$mode" in
		h2) args+=(--spring.datasource.url="jdbc:h2:file:$data/db$run/vitalia;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH") ;;
		postgres)
			db=vitalia_startup_bench_$$_$run
			psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $db" -c "create database $db" >/dev/null
			args+=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" --spring.datasource.username=postgres)
			;;
		*) echo "usage: $0 [h2|postgres] [jar|nocache|cache|image-nocache|image] [RUNS]" >&2; exit 2 ;;
	esac
	load=$(cut -d' ' -f1-3 /proc/loadavg)
	start
	echo "run $run: first start $ms ms, ready $ready ms ($cpu s CPU), RSS $rss MiB (load before: $load)"
	load=$(cut -d' ' -f1-3 /proc/loadavg)
	start
	echo "run $run: restart     $ms ms, ready $ready ms ($cpu s CPU), RSS $rss MiB (load before: $load)"
	if [ "$mode" = postgres ]; then
		psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $db" >/dev/null
		db=
	fi
done
