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
import cdp  # noqa: E402
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
    ("a dropped connection keeps the submission for later, keeps the answer and re-enables Submit",
     lambda r: r["dropped"]["result"]["status"] == "queued" and "saved in this browser" in r["dropped"]["result"]["text"]
     and r["dropped"]["keptTyped"] == "0.5" and r["dropped"]["submitEnabledAgain"] is True),
    # forward-pass: number fields, carried-forward values and the note about them
    ("forward-pass renders one input per node", lambda r: r["fwd"]["ready"] == "true" and r["fwd"]["inputs"] == ["q", "f"]),
    ("forward-pass: hand-computed values are correct", lambda r: r["fwd"]["correct"]["q"]["status"] == "correct"
     and r["fwd"]["correct"]["f"]["status"] == "correct"),
    ("forward-pass: a wrong value is incorrect", lambda r: r["fwd"]["incorrect"]["status"] == "incorrect"),
    ("forward-pass: f right for the learner's own q is correct, with the note shown",
     lambda r: r["fwd"]["carried"]["q"]["status"] == "incorrect" and r["fwd"]["carried"]["f"]["status"] == "correct"
     and "given your own values" in r["fwd"]["carried"]["f"]["text"] and r["fwd"]["carried"]["hidden"] is False),
    ("forward-pass: submitted, server verdicts shown", lambda r: r["fwd"]["submitted"]["result"]["status"] == "submitted"
     and r["fwd"]["submitted"]["f"]["text"].startswith("Server: ✓ Correct, given")),
    # backward-pass
    ("backward-pass: every finite-difference gradient is correct, no note",
     lambda r: r["bwd"]["allCorrect"] == ["correct"] * 4 and r["bwd"]["hintHiddenWhenAllRight"] is True
     and r["bwd"]["labels"] == 4),
    ("backward-pass: a gradient right given the learner's own upstream value is correct, and the note says so",
     lambda r: r["bwd"]["carried"]["dq"]["status"] == "incorrect" and r["bwd"]["carried"]["dx"]["status"] == "correct"
     and "given your own" in r["bwd"]["carried"]["dx"]["text"] and r["bwd"]["carried"]["hidden"] is False
     and "given your own upstream values" in r["bwd"]["carried"]["hint"]),
    ("backward-pass: the server's carried verdict keeps the note", lambda r: r["bwd"]["submittedCarried"]["hintHidden"] is False
     and r["bwd"]["submittedCarried"]["dx"]["status"] == "correct"),
    ("backward-pass: mistake.explanation is shown when the message lacks it",
     lambda r: r["bwd"]["mistake"] == {"status": "incorrect",
                                       "text": "Server: ✗ Not correct. It looks like the sign of the gradient is flipped."}),
    # layer
    ("layer: a textarea per field, as tall as the matrix, with the shape in label and placeholder",
     lambda r: r["lay"]["z1Control"]["tag"] == "TEXTAREA" and r["lay"]["z1Control"]["rows"] == "3"
     and r["lay"]["z1Control"]["placeholder"] == "3 rows of 2, e.g. 0.1 0.2; 0.3 0.4; 0.5 0.6"
     and r["lay"]["z1Control"]["label"].endswith("(3 × 2)")),
    ("layer: hand-computed z1, delta2 (rows on lines) and dU1 are correct",
     lambda r: all(v["status"] == "correct" for v in r["lay"]["correct"].values())),
    ("layer: one wrong entry is incorrect and counted", lambda r: r["lay"]["partial"]["status"] == "incorrect"
     and "3 of 4 entries" in r["lay"]["partial"]["text"]),
    ("layer: a transposed dU1 is named", lambda r: r["lay"]["transposed"]["status"] == "incorrect"
     and "transpose" in r["lay"]["transposed"]["text"]),
    ("layer: a ragged matrix is invalid", lambda r: r["lay"]["ragged"]["status"] == "invalid"),
    ("layer: the server's partial credit is shown", lambda r: r["lay"]["submitted"]["delta2"]["text"].endswith(
        "(partial credit 75%)") and r["lay"]["submitted"]["z1"]["status"] == "correct"),
    ("layer: matrices are sent as typed", lambda r: r["lay"]["sent"]["answers"]["delta2"].count(";") == 1
     and r["lay"]["sent"]["answers"]["dU1"].count(";") == 1),
    # derivative-expression
    ("formula: the usable names are listed and the input is monospace",
     lambda r: r["formula"]["hint"] == "You can use: w, x, z and sigmoid, tanh, relu, exp, log, max"
     and "mono" in r["formula"]["monospace"]),
    ("formula: z*(1-z) and an equivalent form are correct", lambda r: r["formula"]["correct"]["status"] == "correct"
     and r["formula"]["correctOtherForm"]["status"] == "correct"),
    ("formula: z is incorrect (sigma' as sigma)", lambda r: r["formula"]["wrong"]["status"] == "incorrect"),
    ("formula: an unknown name and a broken formula are invalid", lambda r: r["formula"]["unknownName"]["status"] == "invalid"
     and "'p'" in r["formula"]["unknownName"]["text"] and r["formula"]["unparsable"]["status"] == "invalid"),
    ("formula: the right constant is caught at the extra points drawn from `draws`",
     lambda r: r["formula"]["constant"]["status"] == "incorrect"),
    ("formula: submitted", lambda r: r["formula"]["submitted"]["field"]["status"] == "correct"),
    # choice
    ("choice: radios with name, value and label, no input[data-field], math typeset",
     lambda r: r["gates"]["wrapper"] and r["gates"]["inputsWithDataField"] == 0
     and [o["value"] for o in r["gates"]["radios"]] == ["add", "max", "mul"]
     and all(o["label"] and o["name"] for o in r["gates"]["radios"]) and r["gates"]["optionMath"] == 3),
    ("choice: a wrong option shows its feedback, the right one is correct",
     lambda r: r["gates"]["wrong"]["status"] == "incorrect" and "copies the upstream" in r["gates"]["wrong"]["text"]
     and r["gates"]["right"]["status"] == "correct"),
    ("choice: submitted as the option id", lambda r: r["gates"]["submitted"]["sent"] == {"answers": {"choice": "max"}}
     and r["gates"]["submitted"]["field"]["status"] == "correct"),
    ("choice (multiple): checkboxes; one of two true is incorrect, both correct, none clears",
     lambda r: r["facts"]["checkboxes"] == 3 and r["facts"]["oneOfTwo"]["status"] == "incorrect"
     and r["facts"]["both"]["status"] == "correct" and r["facts"]["none"] == {"status": "", "text": ""}),
    ("choice (multiple): the ids are sent joined by commas", lambda r: r["facts"]["sent"] == {"answers": {"choice": "sum,local"}}),
    # experiment
    ("experiment: Commit prediction, Run disabled until committed, no instant check",
     lambda r: r["resnet"]["commitText"] == "Commit prediction" and r["resnet"]["runDisabledAtFirst"] is True
     and r["resnet"]["plotBeforeCommit"] == 0 and r["resnet"]["notCheckedBeforeCommit"]["status"] == ""),
    ("experiment: an accepted prediction locks the choice and enables Run",
     lambda r: r["resnet"]["committed"]["runEnabled"] and r["resnet"]["committed"]["radiosLocked"]
     and r["resnet"]["committed"]["sent"] == {"answers": {"prediction": "same"}}
     and r["resnet"]["committed"]["field"]["status"] == "incorrect"),
    ("experiment: the run draws an accessible log-scale chart, series told apart by dashes",
     lambda r: r["resnet"]["chart"]["role"] == "img" and "logarithmic" in r["resnet"]["chart"]["label"]
     and r["resnet"]["chart"]["lines"] == 2 and len(set(r["resnet"]["chart"]["dashes"])) == 2
     and "plain" in r["resnet"]["chart"]["texts"] and "with shortcuts" in r["resnet"]["chart"]["texts"]),
    ("experiment: without shortcuts the first layer's gradient vanishes",
     lambda r: "plain: from " in r["resnet"]["chart"]["label"] and "10⁻" in r["resnet"]["chart"]["label"].split(
         "with shortcuts")[0]),
    ("experiment: an empty prediction is not taken and Run stays disabled",
     lambda r: r["paths"]["empty"]["result"]["status"] == "error" and r["paths"]["empty"]["runDisabled"] is True),
    ("experiment: paths-vs-backprop ends at width^depth paths and one multiplication per link",
     lambda r: r["paths"]["runEnabled"] and ("to %d (" % r["paths"]["expectedPaths"]) in r["paths"]["chart"]["label"]
     and ("to %d (" % r["paths"]["expectedLinks"]) in r["paths"]["chart"]["label"]),
    # experiment controls: explore the settings after the first run, never submitted
    ("experiment controls: none before the first run, then one row above the chart",
     lambda r: r["resnet"]["controlsBeforeRun"] == 0 and r["resnet"]["explore"]["placedBeforePlot"] is True
     and r["resnet"]["explore"]["stillOneControlsRow"] == 1 and bool(r["resnet"]["explore"]["legend"])),
    ("experiment controls: a labelled slider per setting but seed, then a checkbox for tanh, at the exercise's settings",
     lambda r: r["resnet"]["explore"]["controls"] == [
         {"setting": "depth", "type": "range", "min": "2", "max": "60", "value": "30", "label": "Depth (layers)",
          "valuetext": "30 layers", "shown": "30"},
         {"setting": "width", "type": "range", "min": "1", "max": "16", "value": "4",
          "label": "Width (neurons per layer)", "valuetext": "4 neurons per layer", "shown": "4"},
         {"setting": "tanh", "type": "checkbox", "min": "", "max": "", "value": False, "label": "tanh instead of sigmoid",
          "valuetext": None, "shown": None}]),
    ("experiment controls: the chart starts with one point per layer", lambda r: r["resnet"]["explore"]["pointsAtStart"] == [30, 30]),
    ("experiment controls: moving depth redraws the chart with that many layers, value and aria-valuetext follow",
     lambda r: r["resnet"]["explore"]["depthMoved"] and r["resnet"]["explore"]["atDepth12"]["points"] == [12, 12]
     and r["resnet"]["explore"]["atDepth12"]["control"]["valuetext"] == "12 layers"
     and r["resnet"]["explore"]["atDepth12"]["control"]["shown"] == "12"
     and "(layer = 12)" in r["resnet"]["explore"]["atDepth12"]["chart"]["label"]),
    ("experiment controls: the tanh checkbox re-runs the experiment", lambda r: r["resnet"]["explore"]["tanhFlipped"]
     and r["resnet"]["explore"]["withTanh"]["checked"] is True
     and r["resnet"]["explore"]["withTanh"]["chart"]["label"] != r["resnet"]["explore"]["atDepth12"]["chart"]["label"]),
    ("experiment controls: depth 60 x width 16 draws 60 points per series (its time: see the real-time pass)",
     lambda r: r["resnet"]["explore"]["largest"]["points"] == [60, 60]
     and r["resnet"]["explore"]["largest"]["pointsAfterRun"] == [60, 60]),
    ("experiment controls: moves queued together make one run, with the last value",
     lambda r: r["resnet"]["explore"]["sameFrame"]["shownAtOnce"] == "23"
     and r["resnet"]["explore"]["sameFrame"]["chartUnchangedAtOnce"] is True
     and r["resnet"]["explore"]["sameFrame"]["points"] == [23, 23]),
    ("experiment controls: reset goes back to the exercise's settings and chart",
     lambda r: r["resnet"]["explore"]["reset"]["points"] == [30, 30]
     and r["resnet"]["explore"]["reset"]["controls"] == r["resnet"]["explore"]["controls"]
     and r["resnet"]["explore"]["reset"]["chart"]["label"] == r["resnet"]["chart"]["label"]),
    ("experiment controls: paths-vs-backprop has depth and width sliders; moving them follows width^depth",
     lambda r: [(c["setting"], c["min"], c["max"], c["value"], c["label"], c["valuetext"]) for c in r["paths"]["controls"]]
     == [("depth", "1", "12", "8", "Depth (hidden layers)", "8 hidden layers"),
         ("width", "1", "8", "3", "Width (neurons per layer)", "3 neurons per layer")]
     and r["paths"]["explored"]["points"] == [6, 6]
     and ("to %d (" % r["paths"]["explored"]["expected"]["paths"]) in r["paths"]["explored"]["chart"]["label"]
     and ("to %d (" % r["paths"]["explored"]["expected"]["links"]) in r["paths"]["explored"]["chart"]["label"]),
    ("experiment controls: exploring sends nothing to the server", lambda r: r["resnet"]["explore"]["sentNothingWhileExploring"]
     and r["paths"]["sentNothingWhileExploring"]),
    ("drive.js ran every step without an exception", lambda r: not [k for k in r if k.startswith("error:")]),
]


# Virtual time (--virtual-time-budget, which keeps the run above quick and steady) stops performance.now() during
# work, so timings come from a second pass in real time over the DevTools pipe.
MAX_MS_LARGEST_RUN = 500


def real_time_report(url):
    browser = cdp.Chromium()
    try:
        browser.open(url)
        if not browser.wait_for("!!document.body && document.body.getAttribute('data-drive') === 'done'", 120):
            return None
        return json.loads(browser.evaluate("document.getElementById('drive-report').textContent"))
    finally:
        browser.close()


def timing_check(report):
    """Prints the real-time timings; true when the largest experiment runs and redraws fast enough."""
    try:
        timing = report["resnet"]["explore"]["largest"]["timing"]
    except (KeyError, TypeError):
        print("FAIL  real time: drive.js reported no timing")
        return False
    print("real time: instant check %.2f ms per keystroke; shortcut-gradients depth 60 x width 16, run + redraw: "
          "sigmoid median %.0f ms (max %.0f), tanh median %.0f ms (max %.0f) over %d runs each"
          % (report.get("msPerInstantCheck", float("nan")), timing["sigmoid"]["median"], timing["sigmoid"]["max"],
             timing["tanh"]["median"], timing["tanh"]["max"], timing["tanh"]["runs"]))
    ok = max(timing["sigmoid"]["max"], timing["tanh"]["max"]) < MAX_MS_LARGEST_RUN
    print(("ok    " if ok else "FAIL  ") + "real time: the largest experiment runs and redraws in under %d ms"
          % MAX_MS_LARGEST_RUN)
    return ok


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), serve.Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = "http://127.0.0.1:%d/index.html?drive" % server.server_address[1]
    profile = tempfile.mkdtemp(prefix="chainrule-harness-")
    try:
        dom = subprocess.run(
            ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--user-data-dir=" + profile, "--virtual-time-budget=30000", "--dump-dom", url],
            capture_output=True, text=True, timeout=120).stdout
        timed = real_time_report(url)
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
    ok = timing_check(timed)
    passed, failed = passed + ok, failed + (not ok)
    if failed:
        print(json.dumps(report, indent=1, ensure_ascii=False))
    print("harness: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
