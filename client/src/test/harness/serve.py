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
CLIENT_CSS = os.path.normpath(os.path.join(HERE, "..", "..", "main", "resources", "public", "css"))
# the lesson page's own stylesheet and math.js, read from the server module so the harness looks like the course
SITE_ASSETS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "server", "src", "main", "resources", "static",
                                            "assets"))
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


def number(text):
    try:
        value = float(text)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


def close(value, ref):
    return value is not None and abs(value - ref) <= 1e-6 + 0.02 * abs(ref)


def field_result(field, ok, message=None, credit=None, mistake=None, status=None):
    status = status or ("correct" if ok else "incorrect")
    return {"field": field, "status": status, "credit": (1.0 if ok else 0.0) if credit is None else credit,
            "message": message or ("Correct." if ok else "Not correct."), "mistake": mistake}


def grade_forward(answers):
    truth = {"q": 2 + -3, "f": (2 + -3) * 4}
    q = number(answers.get("q"))
    out = []
    for field in ("q", "f"):
        value = number(answers.get(field))
        if value is None:
            out.append(field_result(field, False, "Not a number.", status="invalid"))
        elif field == "f" and q is not None and not close(q, truth["q"]) and close(value, q * 4):
            out.append(field_result(field, True, "Correct, given your own values for the nodes before it."))
        else:
            out.append(field_result(field, close(value, truth[field])))
    return out


def grade_backward(answers):
    x, y, z = 1.0, 2.0, -2.0
    truth = {"df/dq": z, "df/dz": x + y, "df/dy": z, "df/dx": z}
    own_q = number(answers.get("df/dq"))
    out = []
    for field in ("df/dq", "df/dz", "df/dy", "df/dx"):
        value = number(answers.get(field))
        if value is None:
            out.append(field_result(field, False, "Not a number.", status="invalid"))
        elif field in ("df/dy", "df/dx") and own_q is not None and not close(own_q, z) and close(value, own_q):
            out.append(field_result(field, True, "Correct, given your own gradients for the nodes after it."))
        elif field == "df/dq" and close(value, -z):
            # the message leaves the explanation out on purpose: the page must add mistake.explanation
            out.append(field_result(field, False, "Not correct.", mistake={
                "id": "performance-sign-flipped", "explanation": "It looks like the sign of the gradient is flipped."}))
        else:
            out.append(field_result(field, close(value, truth[field])))
    return out


def sigmoid(v):
    return 1.0 / (1.0 + math.exp(-v))


def layer_truth():
    """z1, delta2, dU1 of the harness 2-3-2 sigmoid network, written out with plain lists (columns are samples)."""
    x = [[0.5, -1.0], [1.0, 0.2]]
    u1 = [[0.3, -0.6], [0.8, 0.1], [-0.4, 0.5]]
    u2 = [[0.7, -0.2, 0.5], [-0.9, 0.4, 0.6]]
    d = [[1, 0], [0, 1]]
    mm = lambda a, b: [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
    z1 = [[sigmoid(v) for v in row] for row in mm(u1, x)]
    z2 = [[sigmoid(v) for v in row] for row in mm(u2, z1)]
    delta2 = [[(d[i][s] - z2[i][s]) * z2[i][s] * (1 - z2[i][s]) for s in range(2)] for i in range(2)]
    u2t = [[u2[j][i] for j in range(2)] for i in range(3)]
    back = mm(u2t, delta2)
    delta1 = [[back[i][s] * z1[i][s] * (1 - z1[i][s]) for s in range(2)] for i in range(3)]
    xt = [[x[j][i] for j in range(2)] for i in range(2)]
    du1 = [[v / 2 for v in row] for row in mm(delta1, xt)]
    return {"z1": z1, "delta2": delta2, "dU1": du1}


def read_matrix(text):
    rows = [row.replace(",", " ").split() for row in (text or "").replace("\n", ";").split(";")]
    rows = [row for row in rows if row]
    try:
        return [[float(v) for v in row] for row in rows]
    except ValueError:
        return None


def grade_layer(answers):
    out = []
    for field, truth in layer_truth().items():
        typed = read_matrix(answers.get(field))
        if not typed or [len(r) for r in typed] != [len(r) for r in truth]:
            out.append(field_result(field, False, field + " has the wrong shape.", status="invalid"))
            continue
        flat = [(a, b) for ra, rb in zip(typed, truth) for a, b in zip(ra, rb)]
        right = sum(close(a, b) for a, b in flat)
        if right == len(flat):
            out.append(field_result(field, True))
        else:
            out.append(field_result(field, False, "Not correct: %d of %d entries are right." % (right, len(flat)),
                                    credit=right / len(flat)))
    return out


def grade_formula(answers):
    text = answers.get("dz/dp") or ""
    if not re.fullmatch(r"[\sA-Za-z0-9_.+\-*/^()]+", text) or re.search(r"[A-Za-z_]\w*", text) and any(
            name not in ("w", "x", "z", "sigmoid", "exp") for name in re.findall(r"[A-Za-z_]\w*", text)):
        return [field_result("dz/dp", False, "The formula uses names it may not use.", status="invalid")]
    for w, x in ((0.5, 1.2), (-1.3, 0.7), (1.9, -1.1), (0.2, 2.0)):
        z = sigmoid(w * x)
        try:
            value = eval(text.replace("^", "**"), {"__builtins__": {}}, {"w": w, "x": x, "z": z, "sigmoid": sigmoid,
                                                                         "exp": math.exp})
        except Exception:  # noqa: BLE001 - any failure is an unreadable formula
            return [field_result("dz/dp", False, "The formula does not parse.", status="invalid")]
        if not close(value, z * (1 - z)):
            return [field_result("dz/dp", False, "Not correct: at w = %g, x = %g it differs." % (w, x))]
    return [field_result("dz/dp", True, "Correct: your formula agrees with the gradient at 4 points.")]


CHOICES = {"gates": ("choice", {"max"}, {"add": "The add gate copies the upstream gradient to both inputs."}),
           "facts": ("choice", {"sum", "local"}, {}),
           "resnet": ("prediction", {"vanish"}, {}),
           "paths": ("prediction", {"exponential"}, {})}


def grade_choice(exercise, answers):
    field, right, feedback = CHOICES[exercise]
    chosen = {part.strip() for part in (answers.get(field) or "").split(",") if part.strip()}
    if not chosen:
        return [field_result(field, False, "Select an option.", status="invalid")]
    if chosen == right:
        return [field_result(field, True)]
    extra = [feedback[c] for c in sorted(chosen) if c in feedback]
    return [field_result(field, False, "Not correct. " + extra[0] if extra else "Not correct.")]


def grade_exercise(exercise, answers):
    if exercise == "fwd":
        return grade_forward(answers)
    if exercise == "bwd":
        return grade_backward(answers)
    if exercise == "lay":
        return grade_layer(answers)
    if exercise == "formula":
        return grade_formula(answers)
    if exercise in CHOICES:
        return grade_choice(exercise, answers)
    return [grade(field, text) for field, text in answers.items()]


def grade(field, text):
    value = number(text)
    if value is None:
        return field_result(field, False, "Not a number.", status="invalid")
    ok = close(value, reference(field.split("/")[1][1:]))  # "dP/dw2" -> "w2"
    return field_result(field, ok, "Within tolerance." if ok else "Not within tolerance.")


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
        if path.startswith("/assets/"):
            return self.send_file(os.path.join(SITE_ASSETS, os.path.basename(path)))
        if path.startswith("/css/"):
            return self.send_file(os.path.join(CLIENT_CSS, os.path.basename(path)))
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
            self.send_bytes(200, f.read(), "text/css" if file.endswith(".css") else "text/javascript")

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
        fields = grade_exercise(match.group(1), answers)
        score = sum(f["credit"] if f["status"] != "invalid" else 0 for f in fields) / len(fields)
        chain = all(f["status"] == "correct" and not f["message"].startswith("Correct, given") for f in fields)
        self.send_json(201, {"attempt": 12, "exercise": match.group(1), "variant": 1, "score": score,
                             "chainCorrect": chain, "fields": fields})


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    print("http://127.0.0.1:%d/" % server.server_address[1], flush=True)
    server.serve_forever()
