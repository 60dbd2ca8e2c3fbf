"""Alertmanager webhook that rolls a blue-green deployment back through HAProxy's runtime API.

A firing alert labelled rollback="true" names the failing colour; when that colour is serving,
the other colour is made ready first and the failing one is then put in maintenance (no moment
without a server, in-flight requests finish). Each action is logged as one JSON line.

    python3 rollback_webhook.py --listen 127.0.0.1:19095 --haproxy /run/haproxy.sock [--backend app]
    (--haproxy HOST:PORT for a TCP admin socket)
"""
import argparse
import json
import socket
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

COLOURS = ("blue", "green")


def haproxy(address: str, command: str) -> str:
    if ":" in address and not address.startswith("/"):
        host, port = address.rsplit(":", 1)
        sock = socket.create_connection((host, int(port)), timeout=5)
    else:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(5)
        sock.connect(address)
    with sock:
        # the runtime API ignores a command without its newline
        sock.sendall(command.encode() + b"\n")
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks).decode()


def serving(address: str, backend: str) -> set:
    """Colours whose server is in the READY admin state (srv_admin_state 0) in the backend."""
    lines = haproxy(address, "show servers state " + backend).splitlines()
    ready = set()
    for line in lines[2:]:
        fields = line.split()
        if len(fields) > 6 and fields[3] in COLOURS and fields[6] == "0":
            ready.add(fields[3])
    return ready


def make_handler(args):
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            try:
                payload = json.loads(body)
            except ValueError:
                self.send_response(400)
                self.end_headers()
                return
            for alert in payload.get("alerts", []):
                labels = alert.get("labels", {})
                colour = labels.get("color")
                if alert.get("status") != "firing" or labels.get("rollback") != "true" or colour not in COLOURS:
                    continue
                other = COLOURS[1 - COLOURS.index(colour)]
                if colour in serving(args.haproxy, args.backend):
                    haproxy(args.haproxy, f"set server {args.backend}/{other} state ready")
                    haproxy(args.haproxy, f"set server {args.backend}/{colour} state maint")
                    log({"action": "rollback", "from": colour, "to": other, "alert": labels.get("alertname")})
                else:
                    log({"action": "none", "colour": colour, "reason": "not serving", "alert": labels.get("alertname")})
            self.send_response(200)
            self.end_headers()

        def log_message(self, *_):
            pass

    return Handler


def log(entry: dict):
    entry["at"] = time.time()
    print(json.dumps(entry), flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--listen", default="0.0.0.0:9095")
    parser.add_argument("--haproxy", required=True)
    parser.add_argument("--backend", default="app")
    args = parser.parse_args()
    host, port = args.listen.rsplit(":", 1)
    server = ThreadingHTTPServer((host, int(port)), make_handler(args))
    log({"action": "listening", "on": args.listen})
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
