#!/usr/bin/env python3
"""Harness server for the client widget: serves this folder, the built bundle under /js/, KaTeX under /katex/
(read from the katex webjar in ~/.m2), and a fake submissions API graded independently by finite differences.

Usage: python3 serve.py [PORT]   (PORT 0 or absent: a random free port; the chosen URL is printed)."""
import glob
import json
import math
import mimetypes
import os
import re
import sys
import zipfile
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

HERE = os.path.dirname(os.path.abspath(__file__))
BUNDLE = os.path.normpath(os.path.join(HERE, "..", "..", "..", "target", "classes", "public", "js"))
BOOT = os.path.normpath(os.path.join(HERE, "..", "..", "main", "resources", "public", "js"))
KATEX_JARS = sorted(glob.glob(os.path.expanduser("~/.m2/repository/org/webjars/npm/katex/*/katex-*.jar")))
SUBMISSION = re.compile(r"^/api/v1/exercises/([^/]+)/submissions$")
PARAMS = {"x": 1.5, "w1": -0.3, "w2": 0.8, "d": 1.0}
last_request = {}


def performance(p):
    sig = lambda v: 1.0 / (1.0 + math.exp(-v))
    y = sig(p["w1"] * p["x"])
    z = sig(p["w2"] * y)
    return -0.5 * (p["d"] - z) ** 2


def reference(name):
    h = 1e-6
    up, down = dict(PARAMS), dict(PARAMS)
    up[name] += h
    down[name] -= h
    return (performance(up) - performance(down)) / (2 * h)


def grade(field, text):
    try:
        value = float(text)
    except ValueError:
        return {"field": field, "status": "invalid", "message": "Not a number."}
    ref = reference(field.split("/")[1][1:])  # "dP/dw2" -> "w2"
    ok = abs(value - ref) <= 1e-6 + 0.02 * abs(ref)
    return {"field": field, "status": "correct" if ok else "incorrect",
            "message": "Within tolerance." if ok else "Not within tolerance."}


class Handler(SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=HERE, **kwargs)

    def log_message(self, fmt, *args):
        sys.stderr.write("harness: " + (fmt % args) + "\n")

    def send_bytes(self, status, body, content_type):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def send_json(self, status, value):
        self.send_bytes(status, json.dumps(value).encode(), "application/json")

    def do_GET(self):
        path = self.path.split("?")[0]
        if path.startswith("/js/"):
            name = os.path.basename(path)
            folder = BOOT if name == "chainrule-boot.js" else BUNDLE
            return self.send_file(os.path.join(folder, name))
        if path.startswith("/katex/") and KATEX_JARS:
            with zipfile.ZipFile(KATEX_JARS[-1]) as jar:
                version = os.path.basename(os.path.dirname(KATEX_JARS[-1]))
                entry = "META-INF/resources/webjars/katex/%s/dist/%s" % (version, path[len("/katex/"):])
                try:
                    body = jar.read(entry)
                except KeyError:
                    return self.send_error(404)
            return self.send_bytes(200, body, mimetypes.guess_type(entry)[0] or "application/octet-stream")
        if path == "/harness/last-request":
            return self.send_json(200, last_request)
        return super().do_GET()

    def send_file(self, file):
        if not os.path.isfile(file):
            return self.send_error(404)
        with open(file, "rb") as f:
            self.send_bytes(200, f.read(), "text/javascript")

    def do_POST(self):
        match = SUBMISSION.match(self.path)
        if not match:
            return self.send_json(404, {"error": {"code": "not_found", "message": "No such route.", "field": None}})
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        last_request.clear()
        last_request.update({"path": self.path, "contentType": self.headers.get("Content-Type"),
                             "csrf": self.headers.get("X-CSRF-Token"), "body": body.decode("utf-8")})
        if match.group(1) == "dropped":
            self.close_connection = True  # no reply at all: the browser sees a network error
            return
        if match.group(1) == "refused":
            return self.send_json(422, {"error": {"code": "refused", "field": None,
                                                  "message": "The harness refuses this exercise on purpose."}})
        answers = json.loads(body)["answers"]
        fields = [grade(field, text) for field, text in answers.items()]
        score = sum(f["status"] == "correct" for f in fields) / len(fields)
        self.send_json(201, {"attempt": 12, "exercise": match.group(1), "variant": 1, "score": score,
                             "fields": fields})


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    print("http://127.0.0.1:%d/" % server.server_address[1], flush=True)
    server.serve_forever()
