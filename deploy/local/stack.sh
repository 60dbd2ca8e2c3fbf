#!/usr/bin/env bash
# The compose topology as plain processes on loopback, for the proofs (no containers):
# HAProxy → blue/green application jars, Prometheus (2 s scrapes, the repository's rules),
# Alertmanager → rollback webhook → HAProxy runtime API.
#
#   deploy/local/stack.sh up                 HAProxy, Prometheus, Alertmanager, webhook
#   deploy/local/stack.sh app COLOR [PROFILES]  start blue|green (jar from target/), wait until ready
#   deploy/local/stack.sh switch COLOR       send new traffic to COLOR, drain the other
#   deploy/local/stack.sh stop-app COLOR
#   deploy/local/stack.sh status             HAProxy server states
#   deploy/local/stack.sh down               stop everything this script started
#
# Ports (loopback): HAProxy 28000 (stats/metrics 28405), blue 28080 (management 28081),
# green 28090 (management 28091), Prometheus 29090, Alertmanager 29093, webhook 29095.
# Environment: VITALIA_STACK_DIR (state, logs; default target/local-stack),
# VITALIA_STACK_DB_URL (default jdbc:postgresql://127.0.0.1:5432/vitalia_stack, created if missing),
# VITALIA_STACK_JAR (default target/vitalia-*.jar), JAVA_HOME.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
dir=${VITALIA_STACK_DIR:-$repo/target/local-stack}
db_url=${VITALIA_STACK_DB_URL:-jdbc:postgresql://127.0.0.1:5432/vitalia_stack}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
mkdir -p "$dir"

port_of() { case $1 in blue) echo 28080 ;; green) echo 28090 ;; *) echo "colour: blue|green" >&2; exit 2 ;; esac; }

haproxy_cmd() { python3 -c '
import socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall(sys.argv[2].encode() + b"\n")
out = b""
while (c := s.recv(65536)): out += c
sys.stdout.write(out.decode())' "$dir/haproxy.sock" "$1"; }

wait_http() { # URL SECONDS
	for _ in $(seq 1 "$2"); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 1; done
	echo "not answering after $2 s: $1" >&2; return 1
}

start() { # NAME COMMAND...
	local name=$1; shift
	if [ -f "$dir/$name.pid" ] && kill -0 "$(cat "$dir/$name.pid")" 2>/dev/null; then return 0; fi
	nohup "$@" >"$dir/$name.log" 2>&1 &
	echo $! >"$dir/$name.pid"
}

stop() { # NAME
	local pidfile=$dir/$1.pid
	[ -f "$pidfile" ] || return 0
	local pid; pid=$(cat "$pidfile")
	if kill -0 "$pid" 2>/dev/null; then
		kill "$pid"
		for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
		kill -9 "$pid" 2>/dev/null || true
	fi
	rm -f "$pidfile"
}

up() {
	sed -e "s#@SOCKET@#$dir/haproxy.sock#" "$repo/deploy/local/haproxy.cfg" >"$dir/haproxy.cfg"
	haproxy -c -q -f "$dir/haproxy.cfg"
	start haproxy haproxy -db -f "$dir/haproxy.cfg"
	# green waits in maintenance until a deployment (a config-file `disabled` would stay set: the
	# runtime API's "ready" does not clear it)
	for _ in $(seq 1 30); do [ -S "$dir/haproxy.sock" ] && break; sleep 0.5; done
	haproxy_cmd "set server app/green state maint"

	sed -e "s#@RULES@#$repo/deploy/prometheus/rules#" "$repo/deploy/local/prometheus.yml" >"$dir/prometheus.yml"
	start prometheus prometheus --config.file="$dir/prometheus.yml" --storage.tsdb.path="$dir/prometheus-data" \
		--web.listen-address=127.0.0.1:29090 --storage.tsdb.retention.time=1h
	start alertmanager prometheus-alertmanager --config.file="$repo/deploy/local/alertmanager.yml" \
		--storage.path="$dir/alertmanager-data" --web.listen-address=127.0.0.1:29093 --cluster.listen-address=
	start webhook python3 "$repo/deploy/haproxy/rollback_webhook.py" --listen 127.0.0.1:29095 --haproxy "$dir/haproxy.sock"
	wait_http http://127.0.0.1:29090/-/ready 60
	wait_http http://127.0.0.1:29093/-/ready 60
	wait_http http://127.0.0.1:28405/metrics 30
}

ensure_database() {
	case $db_url in
	jdbc:postgresql://*)
		local rest=${db_url#jdbc:postgresql://} hostport name
		hostport=${rest%%/*}; name=${rest#*/}; name=${name%%\?*}
		psql -h "${hostport%%:*}" -p "${hostport##*:}" -U postgres -tAc "select 1 from pg_database where datname = '$name'" | grep -q 1 \
			|| psql -h "${hostport%%:*}" -p "${hostport##*:}" -U postgres -qc "create database \"$name\""
		;;
	esac
}

app() { # COLOR [PROFILES]
	local colour=$1 profiles=${2:-} port; port=$(port_of "$colour")
	# a shared machine: refuse a port someone else holds rather than wait for a readiness that never comes
	if [ ! -f "$dir/app-$colour.pid" ] && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
		echo "port $port is already in use by another process" >&2
		return 1
	fi
	local jar=${VITALIA_STACK_JAR:-}
	if [ -z "$jar" ]; then for jar in "$repo"/target/vitalia-*.jar; do break; done; fi
	ensure_database
	# both colours share one signing key, so a token from blue is valid on green
	[ -f "$dir/jwt-secret" ] || head -c 48 /dev/urandom | base64 -w0 >"$dir/jwt-secret"
	SERVER_PORT=$port \
		MANAGEMENT_SERVER_PORT=$((port + 1)) MANAGEMENT_SERVER_ADDRESS=127.0.0.1 \
		VITALIA_MANAGEMENT_PORT=$((port + 1)) VITALIA_MANAGEMENT_ADDRESS=127.0.0.1 \
		SERVER_ADDRESS=127.0.0.1 \
		SPRING_DATASOURCE_URL=$db_url SPRING_DATASOURCE_USERNAME=${VITALIA_STACK_DB_USER:-postgres} \
		SPRING_PROFILES_ACTIVE=$profiles \
		VITALIA_JWT_SECRET=$(cat "$dir/jwt-secret") \
		VITALIA_RATE_LIMIT_ANONYMOUS_PER_MINUTE=1000000 \
		start "app-$colour" "$java" -Xmx384m -XX:TieredStopAtLevel=1 -jar "$jar"
	wait_http "http://127.0.0.1:$((port + 1))/actuator/health/readiness" "${VITALIA_STACK_START_TIMEOUT:-240}"
}

case ${1:-} in
up) up ;;
app) app "$2" "${3:-}" ;;
switch)
	other=green; [ "$2" = green ] && other=blue
	haproxy_cmd "set server app/$2 state ready"
	haproxy_cmd "set server app/$other state drain"
	;;
stop-app) stop "app-$2" ;;
status) haproxy_cmd "show servers state app" ;;
down)
	for name in webhook alertmanager prometheus haproxy app-green app-blue; do stop "$name"; done
	;;
*) sed -n '2,18p' "$0"; exit 2 ;;
esac
