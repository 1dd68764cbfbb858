"""The browser half of the engine benchmark (docs/PERFORMANCE.md, "The engine in the browser").

Serves this folder and the client's build, opens index.html in headless Chromium in real time (DevTools pipe, no
virtual time) and prints the per-pass times of the hand-written JavaScript engine and the two TeaVM builds, with the
bundle sizes raw and gzipped. With --site URL it also times lesson pages of a running site until their widgets are
interactive (chainruleReady settled), for both builds, split into phases from the marks chainrule-boot.js leaves
(boot script running, build loaded, widgets mounted) and the page's navigation timing.

    mvn -q -o -pl grader,client -am process-classes     # builds the bundles
    python3 bench/browser/run_bench.py [--site http://localhost:7171/lessons/chain-rule] [--runs 7] [--no-engine]
"""
import gzip
import json
import os
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

ROOT = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(ROOT))
JS = os.path.join(REPO, "client", "target", "classes", "public", "js")
sys.path.insert(0, os.path.join(REPO, "client", "src", "test", "harness"))
from cdp import Chromium  # noqa: E402


class Handler(SimpleHTTPRequestHandler):
    def translate_path(self, path):
        path = path.split("?", 1)[0]
        if path.startswith("/js/"):
            return os.path.join(JS, os.path.basename(path))
        return os.path.join(ROOT, os.path.basename(path) or "index.html")

    def log_message(self, *args):
        pass


Handler.extensions_map = dict(SimpleHTTPRequestHandler.extensions_map, **{".wasm": "application/wasm",
                                                                          ".js": "text/javascript"})


def sizes():
    out = {}
    for name in ["chainrule.js", "chainrule.wasm", "chainrule-lab.js", "chainrule-lab.wasm",
                 "chainrule-wasm-runtime.js", "chainrule-boot.js", "chainrule-chart.js"]:
        if not os.path.exists(os.path.join(JS, name)):
            continue
        data = open(os.path.join(JS, name), "rb").read()
        out[name] = {"raw": len(data), "gzip": len(gzip.compress(data, 9))}
    return out


def engine(browser):
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        browser.open("http://127.0.0.1:%d/index.html" % server.server_address[1])
        if not browser.wait_for("!!window.benchResult", 300):
            raise SystemExit("the benchmark page did not finish")
        return browser.evaluate("window.benchResult")
    finally:
        server.shutdown()


# Milliseconds from navigation start: the server's response done, DOMContentLoaded, boot script running, the build
# loaded and compiled, the widgets mounted (the last three from chainrule-boot.js's marks; absent in older builds).
PHASES = """(function () {
  var nav = performance.getEntriesByType('navigation')[0] || {};
  function at(name) { var m = performance.getEntriesByName(name, 'mark')[0]; return m ? Math.round(m.startTime) : null; }
  return JSON.stringify({response: Math.round(nav.responseEnd || 0), dom: Math.round(nav.domContentLoadedEventEnd || 0),
    boot: at('chainrule-boot'), loaded: at('chainrule-loaded'), mounted: at('chainrule-mounted')});
})()"""


def median(values):
    values = sorted(v for v in values if v is not None)
    return round(values[len(values) // 2]) if values else None


def interactive(browser, url, target, runs=5):
    times = []
    phases = []
    for _ in range(runs):
        browser.open(url + ("&" if "?" in url else "?") + "client=" + target)
        browser.wait_for("!!window.chainruleReady", 30)
        browser.evaluate("window.chainruleReady.then(function () { window.readyAt = performance.now(); })")
        browser.wait_for("typeof window.readyAt === 'number'", 30)
        times.append(browser.evaluate("window.readyAt"))
        phases.append(json.loads(browser.evaluate(PHASES)))
    split = {key: median([p[key] for p in phases]) for key in phases[0]}
    return {"runs_ms": [round(t) for t in times], "median_ms": round(sorted(times)[len(times) // 2]),
            "median_phases_ms": split}


def main():
    site = sys.argv[sys.argv.index("--site") + 1] if "--site" in sys.argv else None
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5
    report = {"sizes": sizes()}
    browser = Chromium()
    try:
        if "--no-engine" not in sys.argv:
            report["engine"] = engine(browser)
        if site:
            report["interactive"] = {t: interactive(browser, site, t, runs) for t in ("js", "wasm")}
    finally:
        browser.close()
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
