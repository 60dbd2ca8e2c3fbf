"""Runs the application image without a container engine, and adds its AOT cache layer.

    python3 image_root.py unpack IMAGE.tar ROOT
    python3 image_root.py run ROOT [--with OPTION]... [--without OPTION]... [--env NAME=VALUE]... [-- ARG...]
    python3 image_root.py exec ROOT [--env NAME=VALUE]... -- COMMAND [ARG...]
    python3 image_root.py add-layer IMAGE.tar FILE PATH
    python3 image_root.py drop-option IMAGE.tar OPTION

`unpack` extracts the layers of a Docker-archive image tar (what `jib:buildTar` writes) in order
into ROOT, owners, modes and times as stored, and keeps the image's configuration as ROOT.json.
`run` starts the image's entry point in ROOT the way a container engine would: as the image's
user, in its working directory, with only its environment (plus --env), JVM options inserted
after `java` (--with) or removed (--without), and ARGs appended. `exec` runs another command the
same way. Both need root: a chroot in a mount and PID namespace of their own (`unshare`), with
/proc mounted inside it (the JVM's launcher finds its libraries through /proc/self/exe) and gone
when the command ends. This process ends with the command, with its exit status; SIGTERM and
SIGINT sent to it are passed on to the command.

`add-layer` appends a layer holding FILE as PATH (root-owned, mode 0644, modified at 1 s after
the epoch as Jib's files are, gzip without a name or a time), so the same file gives the same
digest; `drop-option` removes OPTION from the entry point. Both rewrite IMAGE.tar in place.
"""
import gzip
import hashlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile

# Jib's <filesModificationTime>EPOCH_PLUS_SECOND</filesModificationTime>
FILE_TIME = 1


def read_archive(image):
    with tarfile.open(image) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        config = json.load(tar.extractfile(manifest[0]["Config"]))
    return manifest, config


def unpack(image, root):
    manifest, config = read_archive(image)
    os.makedirs(root, exist_ok=True)
    with tarfile.open(image) as archive:
        for layer in manifest[0]["Layers"]:
            # GNU tar: device nodes (the run needs /dev), numeric owners, modes and times as stored
            with archive.extractfile(layer) as data:
                extract(data, layer, root)
    with open(root.rstrip("/") + ".json", "w") as out:
        json.dump(config, out)


def extract(data, layer, root):
    command = ["tar", "-x", "-f", "-", "-C", root, "--numeric-owner", "-p", "--warning=no-unknown-keyword"]
    if layer.endswith(".gz"):
        command.insert(1, "-z")
    process = subprocess.Popen(command, stdin=subprocess.PIPE)
    shutil.copyfileobj(data, process.stdin, 1 << 20)
    process.stdin.close()
    if process.wait() != 0:
        sys.exit(f"image_root: extracting {layer} failed")


def namespace(root, config, extra_env, command):
    settings = config["config"]
    env = list(settings.get("Env", [])) + list(extra_env)
    user = settings.get("User") or "0:0"
    if ":" not in user:
        user += ":" + user
    return ["unshare", "--mount", "--pid", "--fork", "--kill-child=SIGTERM", "--mount-proc=" + os.path.join(root, "proc"),
            "chroot", "--userspec=" + user, root,
            "/usr/bin/env", "-i", "-C", settings.get("WorkingDir") or "/", *env, *command]


def load_config(root):
    with open(root.rstrip("/") + ".json") as config:
        return json.load(config)


def options(arguments):
    with_options, without, env = [], set(), []
    for i in range(0, len(arguments), 2):
        flag = arguments[i]
        if flag == "--":
            return with_options, without, env, arguments[i + 1:]
        if flag not in ("--with", "--without", "--env") or i + 1 >= len(arguments):
            break
        {"--with": with_options.append, "--without": without.add, "--env": env.append}[flag](arguments[i + 1])
    else:
        return with_options, without, env, []
    sys.exit(__doc__)


def run(root, arguments):
    config = load_config(root)
    with_options, without, env, args = options(arguments)
    entrypoint = list(config["config"]["Entrypoint"]) + list(config["config"].get("Cmd") or [])
    missing = without.difference(entrypoint)
    if missing:
        sys.exit(f"image_root: the entry point has no {sorted(missing)}: {entrypoint}")
    command = [entrypoint[0], *with_options, *[a for a in entrypoint[1:] if a not in without], *args]
    sys.exit(start(namespace(root, config, env, command)))


def run_command(root, arguments):
    with_options, without, env, command = options(arguments)
    if with_options or without or not command:
        sys.exit(__doc__)
    sys.exit(start(namespace(root, load_config(root), env, command)))


def start(command):
    """Runs command; SIGTERM and SIGINT go to the command in the namespace (unshare ignores them)."""
    process = subprocess.Popen(command)

    def forward(signum, frame):
        try:
            with open(f"/proc/{process.pid}/task/{process.pid}/children") as children:
                for child in children.read().split():
                    os.kill(int(child), signum)
        except (FileNotFoundError, ProcessLookupError):
            pass

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    return process.wait()


def rewrite(image, change):
    """Copies IMAGE with change(manifest, config, add) applied; add(name, fileobj, size) adds an entry."""
    manifest, config = read_archive(image)
    directory = os.path.dirname(os.path.abspath(image))
    with tempfile.NamedTemporaryFile(dir=directory, suffix=".tmp", delete=False) as out_file:
        try:
            with tarfile.open(image) as source, tarfile.open(fileobj=out_file, mode="w") as out:
                config_name = manifest[0]["Config"]
                for member in source.getmembers():
                    if member.name not in (config_name, "manifest.json"):
                        out.addfile(member, source.extractfile(member))

                def add(name, fileobj, size):
                    info = tarfile.TarInfo(name)
                    info.size, info.mode, info.mtime = size, 0o644, 0
                    out.addfile(info, fileobj)

                change(manifest, config, add)
                for name, data in ((config_name, json.dumps(config, separators=(",", ":")).encode()),
                                   ("manifest.json", json.dumps(manifest, separators=(",", ":")).encode())):
                    add(name, io.BytesIO(data), len(data))
            os.chmod(out_file.name, os.stat(image).st_mode & 0o777)
            os.replace(out_file.name, image)
        except BaseException:
            os.unlink(out_file.name)
            raise


def add_layer(image, file, path):
    path = path.strip("/")
    with tempfile.TemporaryFile() as layer, tempfile.TemporaryFile() as packed:
        with tarfile.open(fileobj=layer, mode="w", format=tarfile.PAX_FORMAT) as tar:
            parts = path.split("/")
            for depth in range(1, len(parts)):
                info = tarfile.TarInfo("/".join(parts[:depth]))
                info.type, info.mode, info.mtime = tarfile.DIRTYPE, 0o755, FILE_TIME
                tar.addfile(info)
            info = tar.gettarinfo(file, arcname=path)
            info.mode, info.mtime, info.uid, info.gid, info.uname, info.gname = 0o644, FILE_TIME, 0, 0, "", ""
            with open(file, "rb") as data:
                tar.addfile(info, data)
        diff_id = digest(layer)
        layer.seek(0)
        with gzip.GzipFile(filename="", mode="wb", fileobj=packed, compresslevel=1, mtime=0) as zipped:
            shutil.copyfileobj(layer, zipped, 1 << 20)
        name = digest(packed) + ".tar.gz"
        size = packed.tell()
        packed.seek(0)

        def change(manifest, config, add):
            add(name, packed, size)
            manifest[0]["Layers"].append(name)
            config["rootfs"]["diff_ids"].append("sha256:" + diff_id)
            config.setdefault("history", []).append(
                {"created": "1970-01-01T00:00:00Z", "created_by": "deploy/image/add-aot-cache.sh", "comment": "/" + path})

        rewrite(image, change)


def digest(fileobj):
    fileobj.seek(0)
    sha = hashlib.sha256()
    for chunk in iter(lambda: fileobj.read(1 << 20), b""):
        sha.update(chunk)
    return sha.hexdigest()


def drop_option(image, option):
    def change(manifest, config, add):
        config["config"]["Entrypoint"] = [a for a in config["config"]["Entrypoint"] if a != option]

    rewrite(image, change)


def main(argv):
    if len(argv) >= 3 and argv[0] == "unpack":
        unpack(argv[1], argv[2])
    elif len(argv) >= 2 and argv[0] == "run":
        run(argv[1], argv[2:])
    elif len(argv) >= 2 and argv[0] == "exec":
        run_command(argv[1], argv[2:])
    elif len(argv) == 4 and argv[0] == "add-layer":
        add_layer(argv[1], argv[2], argv[3])
    elif len(argv) == 3 and argv[0] == "drop-option":
        drop_option(argv[1], argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
