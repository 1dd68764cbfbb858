#!/usr/bin/env python3
"""Opens the harness page in headless Chromium (index.html?drive), lets drive.js type, check and submit, and
checks what the widget showed. Build the bundle first: cd /work/main && mvn -q -pl client install.

Usage: python3 run_harness.py   (exit status 0 when every expectation holds)"""
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from http.server import ThreadingHTTPServer

sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree
import serve  # noqa: E402

EXPECTATIONS = [
    ("the exercise is rendered and marked ready", lambda r: r["ready"]["main"] == "true"),
    ("broken page data names the bad field", lambda r: "'params.x'" in (r["ready"]["broken"] or "")),
    ("KaTeX renders the field label", lambda r: r["katexLabel"] is True),
    ("typing the finite-difference dP/dw2 shows correct",
     lambda r: r["typedCorrect"]["verdict"]["status"] == "correct" and r["typedCorrect"]["verdict"]["text"].startswith("✓")),
    ("typing a wrong dP/dw1 shows incorrect", lambda r: r["typedWrong"]["status"] == "incorrect"),
    ("emptying a field by typing clears its verdict", lambda r: r["typedEmpty"] == {"status": "", "text": ""}),
    ("Check marks an empty field invalid", lambda r: r["checkWithEmpty"]["dP/dw1"]["status"] == "invalid"),
    ("Check keeps the correct field correct", lambda r: r["checkWithEmpty"]["dP/dw2"]["status"] == "correct"),
    ("spaces around a number are accepted", lambda r: r["typedSpaces"]["status"] == "correct"),
    ("a non-number is invalid", lambda r: r["typedGarbage"]["status"] == "invalid"),
    ("Submit is disabled while the request runs", lambda r: r["submitDisabledWhileRunning"] is True),
    ("the submission result line counts correct fields",
     lambda r: r["submitted"]["result"] == {"status": "submitted", "text": "Submitted: 1 of 2 correct (score 50%)"}),
    ("server verdicts fill .verdict-server", lambda r: r["submitted"]["dP/dw2"]["status"] == "correct"
     and r["submitted"]["dP/dw2"]["text"].startswith("Server: ✓") and r["submitted"]["dP/dw1"]["status"] == "invalid"),
    ("Submit is enabled again afterwards", lambda r: r["submitted"]["submitEnabledAgain"] is True),
    ("the request is JSON with the CSRF header", lambda r: r["lastRequest"]["contentType"] == "application/json"
     and r["lastRequest"]["csrf"] == "harness-csrf-token"),
    ("the answers are sent exactly as typed", lambda r: json.loads(r["lastRequest"]["body"])
     == {"answers": {"dP/dw1": "1/0", "dP/dw2": r["typedCorrect"]["typed"]}}),
    ("a refused submission shows the server's message as an error",
     lambda r: r["refused"]["result"] == {"status": "error", "text": "The harness refuses this exercise on purpose."}),
    ("a refused submission keeps what was typed", lambda r: r["refused"]["keptTyped"] == "0.04"),
    ("a dropped connection shows a network error, keeps the answer and re-enables Submit",
     lambda r: r["dropped"]["result"]["status"] == "error" and "reach the server" in r["dropped"]["result"]["text"]
     and r["dropped"]["keptTyped"] == "0.5" and r["dropped"]["submitEnabledAgain"] is True),
]


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), serve.Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = "http://127.0.0.1:%d/index.html?drive" % server.server_address[1]
    profile = tempfile.mkdtemp(prefix="chainrule-harness-")
    try:
        dom = subprocess.run(
            ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--user-data-dir=" + profile, "--virtual-time-budget=10000", "--dump-dom", url],
            capture_output=True, text=True, timeout=120).stdout
    finally:
        server.shutdown()
        shutil.rmtree(profile, ignore_errors=True)
    match = re.search(r'<pre id="drive-report">(.*?)</pre>', dom, re.S)
    if not match:
        print("drive.js wrote no report; is target/classes/public/js/chainrule.js built?")
        return 1
    report = json.loads(html.unescape(match.group(1)))
    passed = failed = 0
    for name, test in EXPECTATIONS:
        try:
            ok = bool(test(report))
        except (KeyError, TypeError):
            ok = False
        print(("ok    " if ok else "FAIL  ") + name)
        passed, failed = passed + ok, failed + (not ok)
    print("instant check: %.2f ms per keystroke" % report.get("msPerInstantCheck", float("nan")))
    if failed:
        print(json.dumps(report, indent=1, ensure_ascii=False))
    print("harness: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
