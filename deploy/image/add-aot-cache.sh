#!/usr/bin/env bash
# Run by `./mvnw -Pimage package` after Jib has written the image tar: makes the application's
# AOT cache for the image and adds it as the image's last layer (/app/vitalia.aot, which the entry
# point's -XX:AOTCache option names). A cache is valid only for the JVM build and the class path
# it was trained with, so the training run is the image itself: its layers unpacked into a
# throwaway root file system, its entry point started there (image_root.py: chroot as the image's
# user, its environment, its jlinked runtime, its class path) with -XX:AOTCacheOutput instead of
# -XX:AOTCache, on the image's embedded database inside that root, exiting once the context has
# refreshed. Needs root (chroot, unshare), as the base image does.
#
# A failed training run leaves a working image without the cache: the option is taken out of
# the entry point and the build warns (as bin/build-aot-cache does); ImageStartIT fails on CI.
#
#   deploy/image/add-aot-cache.sh IMAGE.tar [skip]
set -euo pipefail

image=${1:?usage: add-aot-cache.sh IMAGE.tar [skip]}
skip=${2:-false}
here=$(cd "$(dirname "$0")" && pwd)
option=-XX:AOTCache=/app/vitalia.aot

without_cache() {
	python3 "$here/image_root.py" drop-option "$image" "$option"
}

if [ "$skip" = true ]; then
	without_cache
	echo "[image-aot-cache] skipped (-Daot.skip=true); the image starts without an AOT cache"
	exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
started=$(date +%s)
python3 "$here/image_root.py" unpack "$image" "$root"
if ! python3 "$here/image_root.py" exec "$root" -- java -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
	without_cache
	echo "[image-aot-cache] the image's Java makes no AOT cache (JDK 25 or newer does); the image starts without one"
	exit 0
fi

# /tmp of the root is writable by the image's user; the database is the image's default one
# (/app/data), inside the throwaway root
if timeout --kill-after=30 600 python3 "$here/image_root.py" run "$root" --without "$option" \
	--with -XX:AOTCacheOutput=/tmp/vitalia.aot --with -Dspring.context.exit=onRefresh \
	-- --server.port=0 --management.server.port=0 >"$work/training.log" 2>&1 && [ -s "$root/tmp/vitalia.aot" ]; then
	python3 "$here/image_root.py" add-layer "$image" "$root/tmp/vitalia.aot" /app/vitalia.aot
	echo "[image-aot-cache] /app/vitalia.aot ($(( $(stat -c %s "$root/tmp/vitalia.aot") / 1048576 )) MiB) added to $image, $(( $(date +%s) - started )) s"
else
	mkdir -p "$(dirname "$image")"
	cp "$work/training.log" "$image.training.log"
	tail -n 30 "$work/training.log" >&2
	without_cache
	echo "[image-aot-cache] WARNING: the training run failed (log: $image.training.log); the image starts WITHOUT an AOT cache" >&2
fi
