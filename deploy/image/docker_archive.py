"""Packs a root file system into a one-layer Docker-archive image tar (the `docker save` format
Jib reads through `tar://`), with the runtime settings the application image inherits.

    python3 docker_archive.py ROOTFS OUTPUT.tar NAME:TAG

Entries are sorted and their times clamped to SOURCE_DATE_EPOCH (default 0), so the same root
file system always gives the same layer digest.
"""
import hashlib
import io
import json
import os
import sys
import tarfile

rootfs, output, tag = sys.argv[1], sys.argv[2], sys.argv[3]
epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))


def clamp(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.mtime = min(info.mtime, epoch) if epoch else 0
    return info


layer = io.BytesIO()
with tarfile.open(fileobj=layer, mode="w", format=tarfile.PAX_FORMAT) as tar:
    for directory, dirs, files in os.walk(rootfs):
        dirs.sort()
        for name in sorted(dirs + files):
            path = os.path.join(directory, name)
            tar.add(path, arcname=os.path.relpath(path, rootfs), recursive=False, filter=clamp)
layer_bytes = layer.getvalue()
diff_id = "sha256:" + hashlib.sha256(layer_bytes).hexdigest()

config = {
    "architecture": "amd64",
    "os": "linux",
    "created": "1970-01-01T00:00:00Z",
    "config": {
        "User": "10001:10001",
        "WorkingDir": "/app",
        "Env": [
            "PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "JAVA_HOME=/opt/java",
            "LANG=C.UTF-8",
            "TZ=UTC",
        ],
        # ready = the readiness group (database up) on the management port; HAProxy and the
        # orchestrators use the same endpoint
        "Healthcheck": {
            "Test": [
                "CMD-SHELL",
                "curl -fsS -o /dev/null http://127.0.0.1:${VITALIA_MANAGEMENT_PORT:-8081}/actuator/health/readiness || exit 1",
            ],
            "Interval": 10_000_000_000,
            "Timeout": 3_000_000_000,
            "StartPeriod": 60_000_000_000,
            "Retries": 3,
        },
    },
    "rootfs": {"type": "layers", "diff_ids": [diff_id]},
    "history": [{"created": "1970-01-01T00:00:00Z", "created_by": "deploy/image/build-base.sh"}],
}
config_bytes = json.dumps(config, sort_keys=True).encode()
config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
layer_name = diff_id.split(":")[1] + "/layer.tar"
manifest = json.dumps([{"Config": config_name, "RepoTags": [tag], "Layers": [layer_name]}]).encode()

with tarfile.open(output, mode="w") as out:
    for name, data in ((layer_name, layer_bytes), (config_name, config_bytes), ("manifest.json", manifest)):
        info = tarfile.TarInfo(name)
        info.size = len(data)
        out.addfile(info, io.BytesIO(data))
print(f"{output}: {tag} layer {diff_id}")
