#!/usr/bin/env bash
# Builds the application's base image as a Docker-archive tar without a daemon or a registry:
# a minimal Debian (debootstrap, variant minbase, plus curl for the health check and
# ca-certificates) and a Java runtime made with jlink from the JDK that runs the build.
# Jib then layers the application on top (`./mvnw -Pimage package` → target/jib-image.tar).
#
#   deploy/image/build-base.sh OUTPUT.tar
#
# Environment: VITALIA_BASE_SUITE (default bookworm), VITALIA_BASE_MIRROR (default: debootstrap's),
# JAVA_HOME (the JDK whose jlink builds the runtime). Needs root (debootstrap) and python3.
# The tar is reused when it exists and its recipe (this script + the JDK version) is unchanged.
set -euo pipefail

out=${1:?usage: build-base.sh OUTPUT.tar}
suite=${VITALIA_BASE_SUITE:-bookworm}
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
here=$(cd "$(dirname "$0")" && pwd)
recipe=$( { cat "$0"; "$java_home/bin/java" -version 2>&1; echo "$suite"; } | sha256sum | cut -c1-16)

if [ -f "$out" ] && [ "$(cat "$out.recipe" 2>/dev/null)" = "$recipe" ]; then
	echo "[base-image] $out is up to date ($recipe)"
	exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/rootfs

echo "[base-image] debootstrap $suite (minbase)"
mirror=()
[ -n "${VITALIA_BASE_MIRROR:-}" ] && mirror=("$VITALIA_BASE_MIRROR")
debootstrap --variant=minbase --include=curl,ca-certificates,tzdata "$suite" "$root" "${mirror[@]}" >"$work/debootstrap.log" 2>&1 \
	|| { tail -n 30 "$work/debootstrap.log"; exit 1; }

echo "[base-image] jlink runtime from $java_home"
# the modules a Spring Boot application with JDBC, JMX metrics, TLS and JFR needs
"$java_home/bin/jlink" --output "$root/opt/java" --strip-debug --no-header-files --no-man-pages \
	--add-modules java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.management.rmi,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.sql.rowset,java.transaction.xa,java.xml,java.xml.crypto,jdk.crypto.cryptoki,jdk.crypto.ec,jdk.jfr,jdk.management,jdk.management.jfr,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs,jdk.localedata,jdk.httpserver,jdk.charsets
# default CDS archive of the runtime itself (start-up)
"$root/opt/java/bin/java" -Xshare:dump >/dev/null 2>&1 || true

# the unprivileged account the application runs as, and the directories it writes
chroot "$root" /usr/sbin/groupadd --system --gid 10001 vitalia
chroot "$root" /usr/sbin/useradd --system --uid 10001 --gid 10001 --home-dir /app --no-create-home --shell /usr/sbin/nologin vitalia
mkdir -p "$root/app/data" "$root/tmp"
chown -R 10001:10001 "$root/app/data"
chmod 1777 "$root/tmp"
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/var/log/* "$root"/usr/share/doc/* "$root"/usr/share/man/*

echo "[base-image] writing $out"
mkdir -p "$(dirname "$out")"
python3 "$here/docker_archive.py" "$root" "$out" vitalia-base:"$suite"
echo "$recipe" >"$out.recipe"
ls -l "$out"
