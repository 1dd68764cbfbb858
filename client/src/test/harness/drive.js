// Drives the harness page when opened as index.html?drive: types answers, presses Check and Submit, and writes what
// the widget showed into <pre id="drive-report"> (read it with chromium --dump-dom). Not shipped.
// Every expected answer is computed here, by hand or by finite differences, never by the grader.
(function () {
  "use strict";
  if (location.search.indexOf("drive") < 0) return;

  // ---- the two-neuron network of the gradients exercise ----
  var params = {x: 1.5, w1: -0.3, w2: 0.8, d: 1};
  function sig(v) { return 1 / (1 + Math.exp(-v)); }
  function networkP(p) {
    var z = sig(p.w2 * sig(p.w1 * p.x));
    return -0.5 * (p.d - z) * (p.d - z);
  }
  function finiteDifference(name) {
    var h = 1e-6, up = Object.assign({}, params), down = Object.assign({}, params);
    up[name] += h; down[name] -= h;
    return (networkP(up) - networkP(down)) / (2 * h);
  }

  // ---- the 2-3-2 sigmoid network of the layer exercise (columns are samples) ----
  function matmul(a, b) {
    return a.map(function (row) {
      return b[0].map(function (_, j) {
        return row.reduce(function (s, v, k) { return s + v * b[k][j]; }, 0);
      });
    });
  }
  function transpose(a) { return a[0].map(function (_, j) { return a.map(function (row) { return row[j]; }); }); }
  function layerTruth() {
    var x = [[0.5, -1.0], [1.0, 0.2]], u1 = [[0.3, -0.6], [0.8, 0.1], [-0.4, 0.5]];
    var u2 = [[0.7, -0.2, 0.5], [-0.9, 0.4, 0.6]], d = [[1, 0], [0, 1]];
    var z1 = matmul(u1, x).map(function (r) { return r.map(sig); });
    var z2 = matmul(u2, z1).map(function (r) { return r.map(sig); });
    // P = -1/2 mean_s |d - z2|^2: the per-sample delta at layer 2 is (d - z2) * sigma'
    var delta2 = z2.map(function (r, i) { return r.map(function (z, s) { return (d[i][s] - z) * z * (1 - z); }); });
    var back = matmul(transpose(u2), delta2);
    var delta1 = back.map(function (r, i) { return r.map(function (v, s) { return v * z1[i][s] * (1 - z1[i][s]); }); });
    var du1 = matmul(delta1, transpose(x)).map(function (r) { return r.map(function (v) { return v / 2; }); });
    return {z1: z1, delta2: delta2, dU1: du1};
  }
  function matrixText(m, digits) {
    return m.map(function (r) { return r.map(function (v) { return v.toPrecision(digits); }).join(" "); }).join("; ");
  }

  var report = {};
  function q(selector) { return document.querySelector(selector); }
  function qa(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
  function field(section, name) { return q(section + ' [data-field="' + name + '"]:is(input, textarea)'); }
  function local(section, name) { return q(section + ' .verdict-local[data-field="' + name + '"]'); }
  function server(section, name) { return q(section + ' .verdict-server[data-field="' + name + '"]'); }
  function type(input, text) {
    input.value = text;
    input.dispatchEvent(new Event("input", {bubbles: true}));
  }
  function option(section, id) { return q(section + ' .exercise-field-choice input[value="' + id + '"]'); }
  function choose(section, ids) {
    qa(section + " .exercise-field-choice input").forEach(function (input) {
      var want = ids.indexOf(input.value) >= 0;
      if (input.checked !== want) input.click(); // a real click: fires change, as a learner's would
    });
  }
  function snap(el) { return el ? {status: el.getAttribute("data-status"), text: el.textContent} : null; }
  function sleep(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }
  async function waitFor(test) {
    for (var tries = 0; tries < 150 && !test(); tries++) await sleep(20);
  }
  // clears the result's status, clicks Submit and waits until the widget shows the outcome (not "pending")
  async function submitAndWait(section) {
    var result = q(section + " .exercise-result");
    result.setAttribute("data-status", "");
    q(section + " .exercise-submit").click();
    await waitFor(function () {
      var status = result.getAttribute("data-status");
      return status !== "" && status !== "pending";
    });
  }
  async function lastRequest() {
    return (await fetch("/harness/last-request")).json();
  }
  function finish() {
    var pre = document.createElement("pre");
    pre.id = "drive-report";
    pre.textContent = JSON.stringify(report, null, 1);
    document.body.appendChild(pre);
    document.body.setAttribute("data-drive", "done");
    // index.html?drive#exercise-resnet: afterwards only that exercise is shown, for a screenshot of it
    var target = location.hash && document.getElementById(location.hash.slice(1));
    if (target) {
      qa("main > *").concat([pre]).forEach(function (el) { if (el !== target) el.style.display = "none"; });
      window.scrollTo(0, 0);
    }
  }

  async function gradients() {
    var A = "#exercise-two-neuron-weights", R = "#exercise-refused";
    report.ready = {main: q(A).getAttribute("data-client-ready"), refused: q(R).getAttribute("data-client-ready"),
      broken: q("#exercise-broken").getAttribute("data-client-error")};
    report.katexLabel = !!q(A + " .graph-feedback-label .katex");  // graph kinds label their verdict lines
    var dw2 = finiteDifference("w2"), dw1 = finiteDifference("w1");
    report.expected = {"dP/dw2": dw2, "dP/dw1": dw1};

    type(field(A, "dP/dw2"), dw2.toPrecision(4));
    report.typedCorrect = {typed: dw2.toPrecision(4), verdict: snap(local(A, "dP/dw2"))};
    type(field(A, "dP/dw1"), String(dw1 * 1.5));
    report.typedWrong = snap(local(A, "dP/dw1"));
    type(field(A, "dP/dw1"), "");
    report.typedEmpty = snap(local(A, "dP/dw1"));
    q(A + " .exercise-check").click();
    report.checkWithEmpty = {"dP/dw1": snap(local(A, "dP/dw1")), "dP/dw2": snap(local(A, "dP/dw2"))};
    type(field(A, "dP/dw1"), " " + dw1.toPrecision(3) + " ");
    report.typedSpaces = snap(local(A, "dP/dw1"));
    type(field(A, "dP/dw1"), "1/0");
    report.typedGarbage = snap(local(A, "dP/dw1"));

    var runs = 200, started = performance.now();
    for (var i = 0; i < runs; i++) type(field(A, "dP/dw2"), (dw2 + i * 1e-9).toPrecision(12));
    report.msPerInstantCheck = (performance.now() - started) / runs;
    type(field(A, "dP/dw2"), dw2.toPrecision(4));

    q(A + " .exercise-submit").click();
    report.submitDisabledWhileRunning = q(A + " .exercise-submit").disabled;
    await waitFor(function () { return q(A + " .exercise-result").getAttribute("data-status") === "submitted"; });
    report.submitted = {result: snap(q(A + " .exercise-result")), "dP/dw1": snap(server(A, "dP/dw1")),
      "dP/dw2": snap(server(A, "dP/dw2")), submitEnabledAgain: !q(A + " .exercise-submit").disabled};
    report.lastRequest = await lastRequest();

    type(field(R, "dP/dw2"), "0.04");
    q(R + " .exercise-submit").click();
    await waitFor(function () { return q(R + " .exercise-result").getAttribute("data-status") === "error"; });
    report.refused = {result: snap(q(R + " .exercise-result")), keptTyped: field(R, "dP/dw2").value};
    var D = "#exercise-dropped";
    type(field(D, "dP/dw2"), "0.5");
    q(D + " .exercise-submit").click();
    await waitFor(function () { return q(D + " .exercise-result").getAttribute("data-status") === "error"; });
    report.dropped = {result: snap(q(D + " .exercise-result")), keptTyped: field(D, "dP/dw2").value,
      submitEnabledAgain: !q(D + " .exercise-submit").disabled};
  }

  async function forwardPass() {
    var F = "#exercise-fwd", r = report.fwd = {};
    var x = 2, y = -3, z = 4, qv = x + y, f = qv * z;
    r.ready = q(F).getAttribute("data-client-ready");
    r.inputs = qa(F + " input[data-field]").map(function (i) { return i.getAttribute("data-field"); });
    type(field(F, "q"), String(qv));
    type(field(F, "f"), String(f));
    r.correct = {q: snap(local(F, "q")), f: snap(local(F, "f"))};
    type(field(F, "f"), String(f + 3));
    r.incorrect = snap(local(F, "f"));
    // q off by one, f right for that q: f is correct given the learner's own q
    type(field(F, "q"), String(qv - 1));
    type(field(F, "f"), String((qv - 1) * z));
    r.carried = {q: snap(local(F, "q")), f: snap(local(F, "f")), hidden: q(F + " .exercise-hint").hidden,
      hint: q(F + " .exercise-hint").textContent};
    await submitAndWait(F);
    r.submitted = {result: snap(q(F + " .exercise-result")), q: snap(server(F, "q")), f: snap(server(F, "f")),
      hintHidden: q(F + " .exercise-hint").hidden};
  }

  async function backwardPass() {
    var B = "#exercise-bwd", r = report.bwd = {};
    var x = 1, y = 2, z = -2;
    function fOf(a, b, c) { return (a + b) * c; }
    var h = 1e-6;
    var truth = {"df/dq": z /* f = q z */, "df/dz": x + y,
      "df/dy": (fOf(x, y + h, z) - fOf(x, y - h, z)) / (2 * h), "df/dx": (fOf(x + h, y, z) - fOf(x - h, y, z)) / (2 * h)};
    r.ready = q(B).getAttribute("data-client-ready");
    r.labels = qa(B + " .graph-feedback-label .katex").length;
    Object.keys(truth).forEach(function (k) { type(field(B, k), truth[k].toPrecision(6)); });
    r.allCorrect = Object.keys(truth).map(function (k) { return snap(local(B, k)).status; });
    r.hintHiddenWhenAllRight = q(B + " .exercise-hint").hidden;
    // a wrong df/dq = 5, and df/dx = 5 * dq/dx = 5: right given the learner's own upstream gradient
    type(field(B, "df/dq"), "5");
    type(field(B, "df/dx"), "5");
    r.carried = {dq: snap(local(B, "df/dq")), dx: snap(local(B, "df/dx")), dy: snap(local(B, "df/dy")),
      hidden: q(B + " .exercise-hint").hidden, hint: q(B + " .exercise-hint").textContent};
    await submitAndWait(B);
    r.submittedCarried = {dx: snap(server(B, "df/dx")), hintHidden: q(B + " .exercise-hint").hidden};
    // the sign-flipped gradient: the fake server names the mistake but leaves its explanation out of the message
    type(field(B, "df/dq"), String(-z));
    type(field(B, "df/dx"), String(truth["df/dx"]));
    await submitAndWait(B);
    r.mistake = snap(server(B, "df/dq"));
  }

  async function layer() {
    var L = "#exercise-lay", r = report.lay = {};
    var t = layerTruth();
    r.ready = q(L).getAttribute("data-client-ready");
    var area = field(L, "z1");
    r.z1Control = {tag: area.tagName, rows: area.getAttribute("rows"), placeholder: area.getAttribute("placeholder"),
      label: q(L + ' label[for="' + area.id + '"]').textContent};
    r.dU1Placeholder = field(L, "dU1").getAttribute("placeholder");
    type(field(L, "z1"), matrixText(t.z1, 5));
    type(field(L, "delta2"), matrixText(t.delta2, 5).replace(/; /g, "\n")); // rows on lines work too
    type(field(L, "dU1"), matrixText(t.dU1, 5));
    r.correct = {z1: snap(local(L, "z1")), delta2: snap(local(L, "delta2")), dU1: snap(local(L, "dU1"))};
    var wrong = t.delta2.map(function (row) { return row.slice(); });
    wrong[1][0] += 0.5;
    type(field(L, "delta2"), matrixText(wrong, 5));
    type(field(L, "dU1"), matrixText(transpose(t.dU1), 5)); // 2 x 3 instead of 3 x 2: the transpose mistake
    r.partial = snap(local(L, "delta2"));
    r.transposed = snap(local(L, "dU1"));
    type(field(L, "z1"), "0.1 0.2; 0.3");
    r.ragged = snap(local(L, "z1"));
    type(field(L, "z1"), matrixText(t.z1, 5));
    await submitAndWait(L);
    r.submitted = {result: snap(q(L + " .exercise-result")), z1: snap(server(L, "z1")),
      delta2: snap(server(L, "delta2")), dU1: snap(server(L, "dU1"))};
    r.sent = JSON.parse((await lastRequest()).body);
  }

  async function formula() {
    var E = "#exercise-formula", r = report.formula = {};
    var w = 0.5, x = 1.2, zv = sig(w * x);
    r.ready = q(E).getAttribute("data-client-ready");
    r.hint = (q(E + " .field-hint") || {}).textContent;
    r.monospace = getComputedStyle(field(E, "dz/dp")).fontFamily;
    type(field(E, "dz/dp"), "z*(1-z)");
    r.correct = snap(local(E, "dz/dp"));
    type(field(E, "dz/dp"), "z * (1 - z) ^ 1");
    r.correctOtherForm = snap(local(E, "dz/dp"));
    type(field(E, "dz/dp"), "z");
    r.wrong = snap(local(E, "dz/dp"));
    type(field(E, "dz/dp"), "sigmoid(p)*(1-sigmoid(p))");
    r.unknownName = snap(local(E, "dz/dp"));
    type(field(E, "dz/dp"), "z*(1-");
    r.unparsable = snap(local(E, "dz/dp"));
    // the right number at the variant's own point, but a constant: only the extra points drawn from `draws` catch it
    type(field(E, "dz/dp"), (zv * (1 - zv)).toPrecision(8));
    r.constant = snap(local(E, "dz/dp"));
    type(field(E, "dz/dp"), "z*(1-z)");
    await submitAndWait(E);
    r.submitted = {result: snap(q(E + " .exercise-result")), field: snap(server(E, "dz/dp"))};
  }

  async function choice() {
    var C = "#exercise-gates", r = report.gates = {};
    r.ready = q(C).getAttribute("data-client-ready");
    r.wrapper = !!q(C + ' .exercise-field.exercise-field-choice[data-field="choice"]');
    r.inputsWithDataField = qa(C + " input[data-field]").length;
    r.radios = qa(C + ' input[type="radio"]').map(function (i) {
      return {name: i.name, value: i.value, label: !!q(C + ' label[for="' + i.id + '"]')};
    });
    r.optionMath = qa(C + " .option-text .katex").length;
    choose(C, ["add"]);
    r.wrong = snap(local(C, "choice"));
    choose(C, ["max"]);
    r.right = snap(local(C, "choice"));
    await submitAndWait(C);
    r.submitted = {result: snap(q(C + " .exercise-result")), field: snap(server(C, "choice")),
      sent: JSON.parse((await lastRequest()).body)};

    var M = "#exercise-facts", m = report.facts = {};
    m.checkboxes = qa(M + ' input[type="checkbox"]').length;
    choose(M, ["sum"]);
    m.oneOfTwo = snap(local(M, "choice"));
    choose(M, ["sum", "local"]);
    m.both = snap(local(M, "choice"));
    choose(M, []);
    m.none = snap(local(M, "choice"));
    choose(M, ["local", "sum"]);
    await submitAndWait(M);
    m.sent = JSON.parse((await lastRequest()).body);
    m.submitted = snap(server(M, "choice"));
  }

  function chartOf(section) {
    var svg = q(section + " .experiment-plot svg");
    if (!svg) return null;
    return {role: svg.getAttribute("role"), label: svg.getAttribute("aria-label"),
      lines: qa(section + " .experiment-plot svg polyline").length,
      dashes: qa(section + " .experiment-plot svg polyline").map(function (p) {
        return p.getAttribute("stroke-dasharray") || "solid";
      }),
      texts: qa(section + " .experiment-plot svg text").map(function (t) { return t.textContent; })};
  }

  async function experiment() {
    var X = "#exercise-resnet", r = report.resnet = {};
    r.ready = q(X).getAttribute("data-client-ready");
    r.commitText = q(X + " .exercise-submit").textContent;
    r.runDisabledAtFirst = q(X + " .experiment-run").disabled;
    r.noCheckButton = !q(X + " .exercise-check");
    q(X + " .experiment-run").click();
    r.plotBeforeCommit = q(X + " .experiment-plot").children.length;
    choose(X, ["same"]);
    r.notCheckedBeforeCommit = snap(local(X, "prediction"));
    await submitAndWait(X);
    r.committed = {result: snap(q(X + " .exercise-result")), field: snap(server(X, "prediction")),
      runEnabled: !q(X + " .experiment-run").disabled, radiosLocked: qa(X + " .exercise-field-choice input")
        .every(function (i) { return i.disabled; }), sent: JSON.parse((await lastRequest()).body)};
    r.controlsBeforeRun = qa(X + " .experiment-controls").length;
    var started = performance.now();
    q(X + " .experiment-run").click();
    r.msToRun = performance.now() - started;
    r.chart = chartOf(X);
    await explore(X, r);

    var P = "#exercise-paths", p = report.paths = {};
    await submitAndWait(P); // nothing selected: the server takes no prediction
    p.empty = {result: snap(q(P + " .exercise-result")), runDisabled: q(P + " .experiment-run").disabled};
    choose(P, ["exponential"]);
    await submitAndWait(P);
    p.runEnabled = !q(P + " .experiment-run").disabled;
    q(P + " .experiment-run").click();
    p.chart = chartOf(P);
    // paths from one input through `depth` fully connected layers of `width`: width^depth; backprop touches every
    // link once: per neuron (width - 1) two-input adds and one sigmoid link, plus the output's (width - 1) adds
    function expected(width, depth) {
      return {paths: Math.pow(width, depth), links: depth * width * (2 * (width - 1) + 1) + 2 * (width - 1)};
    }
    var e = expected(3, 8);
    p.expectedPaths = e.paths;
    p.expectedLinks = e.links;
    p.controls = controlsOf(P);
    var before = (await lastRequest()).body;
    await moveControl(P, "width", 4);
    await moveControl(P, "depth", 6);
    p.explored = {chart: chartOf(P), points: pointsPerSeries(P), expected: expected(4, 6)};
    p.sentNothingWhileExploring = (await lastRequest()).body === before;
  }

  // ---- an experiment's controls: sliders and a checkbox that re-run it and redraw the chart ----
  function controlsOf(section) {
    return qa(section + " .experiment-controls .experiment-control").map(function (c) {
      var input = c.querySelector("input"), label = q(section + ' label[for="' + input.id + '"]');
      var shown = c.querySelector(".experiment-control-value");
      return {setting: c.getAttribute("data-setting"), type: input.type, min: input.min, max: input.max,
        value: input.type === "checkbox" ? input.checked : input.value, label: label ? label.textContent : null,
        valuetext: input.getAttribute("aria-valuetext"), shown: shown ? shown.textContent : null};
    });
  }
  function control(section, setting) {
    return q(section + ' .experiment-control[data-setting="' + setting + '"] input');
  }
  // points drawn per series: each series is one <g> of polylines (more than one where a value is not plottable)
  function pointsPerSeries(section) {
    return qa(section + " .experiment-plot svg > g").map(function (g) {
      return Array.prototype.reduce.call(g.querySelectorAll("polyline"), function (n, line) {
        return n + line.getAttribute("points").trim().split(/\s+/).length;
      }, 0);
    });
  }
  function chartKey(section) {
    var svg = q(section + " .experiment-plot svg");
    return svg ? svg.getAttribute("aria-label") + "|" + pointsPerSeries(section).join(",") : "";
  }
  // moves a slider (or flips the checkbox) as a learner would, then waits for the chart to change
  async function moveControl(section, setting, value) {
    var input = control(section, setting), key = chartKey(section);
    if (input.type === "checkbox") {
      input.click();
    } else {
      input.value = String(value);
      input.dispatchEvent(new Event("input", {bubbles: true}));
    }
    await waitFor(function () { return chartKey(section) !== key; });
    return chartKey(section) !== key;
  }
  // times a run with the controls as they stand: Run is synchronous (a run and the redraw)
  function timeRuns(section, times) {
    var ms = [];
    for (var i = 0; i < times; i++) {
      var started = performance.now();
      q(section + " .experiment-run").click();
      ms.push(performance.now() - started);
    }
    ms.sort(function (a, b) { return a - b; });
    return {median: ms[Math.floor(times / 2)], max: ms[times - 1], runs: times};
  }

  async function explore(X, r) {
    var x = r.explore = {};
    x.controls = controlsOf(X);
    x.legend = (q(X + " .experiment-controls legend") || {}).textContent;
    x.placedBeforePlot = !!q(X + " .experiment-controls + .experiment-plot");
    x.pointsAtStart = pointsPerSeries(X);
    var before = (await lastRequest()).body;
    x.depthMoved = await moveControl(X, "depth", 12);
    x.atDepth12 = {points: pointsPerSeries(X), chart: chartOf(X), control: controlsOf(X)[0]};
    x.tanhFlipped = await moveControl(X, "tanh", 1);
    x.withTanh = {chart: chartOf(X), points: pointsPerSeries(X), checked: control(X, "tanh").checked};
    // the largest network the sliders allow
    await moveControl(X, "width", 16);
    await moveControl(X, "depth", 60);
    x.largest = {points: pointsPerSeries(X), controls: controlsOf(X), timing: {tanh: timeRuns(X, 7)}};
    await moveControl(X, "tanh", 0);
    x.largest.timing.sigmoid = timeRuns(X, 7);
    x.largest.pointsAfterRun = pointsPerSeries(X);
    // several moves before the page gets back to its event loop: one run, with the last value
    var key = chartKey(X);
    ["20", "21", "22", "23"].forEach(function (v) {
      control(X, "depth").value = v;
      control(X, "depth").dispatchEvent(new Event("input", {bubbles: true}));
    });
    x.sameFrame = {shownAtOnce: controlsOf(X)[0].shown, chartUnchangedAtOnce: chartKey(X) === key};
    await waitFor(function () { return chartKey(X) !== key; });
    x.sameFrame.points = pointsPerSeries(X);
    q(X + " .experiment-reset").click();
    await waitFor(function () { return pointsPerSeries(X)[0] === 30; });
    x.reset = {points: pointsPerSeries(X), controls: controlsOf(X), chart: chartOf(X)};
    x.sentNothingWhileExploring = (await lastRequest()).body === before;
    x.stillOneControlsRow = qa(X + " .experiment-controls").length;
  }

  waitFor(function () { return q('#exercise-two-neuron-weights[data-client-ready="true"]'); }).then(async function () {
    var steps = [gradients, forwardPass, backwardPass, layer, formula, choice, experiment];
    for (var i = 0; i < steps.length; i++) {
      try {
        await steps[i]();
      } catch (e) {
        report["error:" + steps[i].name] = String(e && e.stack || e);
      }
    }
    finish();
  });
})();
