"""Alertmanager webhook that rolls a blue-green deployment back through HAProxy's runtime API.

A firing alert labelled rollback="true" names the failing colour; when that colour is serving
and the other one is running (its health check passes), the other colour is made ready first
and the failing one is then put in maintenance (no moment without a server, in-flight requests
finish). With nothing healthy to go back to, traffic stays where it is. Each action is logged as one JSON line.

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


def states(address: str, backend: str) -> dict:
    """Colour → (admin state, operational state) from `show servers state`: admin 0 = ready
    (taking traffic), operational 2 = running (its health check passes)."""
    result = {}
    for line in haproxy(address, "show servers state " + backend).splitlines()[2:]:
        fields = line.split()
        if len(fields) > 6 and fields[3] in COLOURS:
            result[fields[3]] = (int(fields[6]), int(fields[5]))
    return result


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
                state = states(args.haproxy, args.backend)
                if state.get(colour, (1, 0))[0] != 0:
                    log({"action": "none", "colour": colour, "reason": "not serving", "alert": labels.get("alertname")})
                elif state.get(other, (0, 0))[1] != 2:
                    # nothing healthy to go back to: leave traffic where it is, a person decides
                    log({"action": "none", "colour": colour, "reason": other + " is not running", "alert": labels.get("alertname")})
                else:
                    haproxy(args.haproxy, f"set server {args.backend}/{other} state ready")
                    haproxy(args.haproxy, f"set server {args.backend}/{colour} state maint")
                    log({"action": "rollback", "from": colour, "to": other, "alert": labels.get("alertname")})
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
    parser.add_argument("--initial-maint", help="colour to put in maintenance when HAProxy has just started with both ready")
    args = parser.parse_args()
    if args.initial_maint:
        # HAProxy may still be starting; a config-file `disabled` would survive "state ready", so the
        # idle colour is parked here, and only while both are ready (not after a webhook restart)
        for _ in range(60):
            try:
                if all(admin == 0 for admin, _ in states(args.haproxy, args.backend).values()):
                    haproxy(args.haproxy, f"set server {args.backend}/{args.initial_maint} state maint")
                    log({"action": "maint", "colour": args.initial_maint})
                break
            except OSError:
                time.sleep(1)
    host, port = args.listen.rsplit(":", 1)
    server = ThreadingHTTPServer((host, int(port)), make_handler(args))
    log({"action": "listening", "on": args.listen})
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
