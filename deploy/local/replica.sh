#!/usr/bin/env bash
# A throwaway PostgreSQL primary and its streaming replica on loopback ports other than 5432
# (never the shared cluster): for the replica routing tests and drills.
#
#   deploy/local/replica.sh up DIR [PRIMARY_PORT REPLICA_PORT]   initdb, start, pg_basebackup -R, start
#   deploy/local/replica.sh promote DIR                          stop the primary, promote the replica
#   deploy/local/replica.sh down DIR                             stop both, remove DIR
# Runs the servers as the postgres account when called as root (initdb refuses root).
set -euo pipefail

bin=$(dirname "$(readlink -f "$(command -v pg_ctl)")")
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cmd=${1:?usage: replica.sh up|promote|down DIR}
dir=${2:?DIR}
primary_port=${3:-15432}
replica_port=${4:-15433}

case $cmd in
up)
	mkdir -p "$dir"
	[ "$(id -u)" = 0 ] && chown postgres: "$dir"
	as_postgres "$bin/initdb" -D "$dir/primary" -U postgres -A trust --no-sync >"$dir/initdb.log"
	cat >>"$dir/primary/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $primary_port
unix_socket_directories = '$dir'
wal_level = replica
max_wal_senders = 4
fsync = off
CONF
	echo "host replication postgres 127.0.0.1/32 trust" >>"$dir/primary/pg_hba.conf"
	as_postgres "$bin/pg_ctl" -D "$dir/primary" -l "$dir/primary.log" -w start >/dev/null
	as_postgres "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$dir/replica" -R -X stream
	sed -i "s/^port = $primary_port/port = $replica_port/" "$dir/replica/postgresql.conf"
	as_postgres "$bin/pg_ctl" -D "$dir/replica" -l "$dir/replica.log" -w start >/dev/null
	;;
promote)
	as_postgres "$bin/pg_ctl" -D "$dir/primary" -m fast -w stop >/dev/null
	as_postgres "$bin/pg_ctl" -D "$dir/replica" -w promote >/dev/null
	;;
down)
	for server in replica primary; do
		if [ -f "$dir/$server/postmaster.pid" ]; then
			as_postgres "$bin/pg_ctl" -D "$dir/$server" -m immediate -w stop >/dev/null || true
		fi
	done
	rm -rf "$dir"
	;;
*) exit 2 ;;
esac
