// Drives the harness page when opened as index.html?drive: types answers, presses Check and Submit, and writes what
// the widget showed into <pre id="drive-report"> (read it with chromium --dump-dom). Not shipped.
(function () {
  "use strict";
  if (location.search.indexOf("drive") < 0) return;

  // The network of the harness exercise, written again here so the expected answers do not come from the grader.
  var params = {x: 1.5, w1: -0.3, w2: 0.8, d: 1};
  function networkP(p) {
    var sig = function (v) { return 1 / (1 + Math.exp(-v)); };
    var z = sig(p.w2 * sig(p.w1 * p.x));
    return -0.5 * (p.d - z) * (p.d - z);
  }
  function finiteDifference(name) {
    var h = 1e-6, up = Object.assign({}, params), down = Object.assign({}, params);
    up[name] += h; down[name] -= h;
    return (networkP(up) - networkP(down)) / (2 * h);
  }

  var report = {};
  function q(selector) { return document.querySelector(selector); }
  function field(section, name) { return q(section + ' input[data-field="' + name + '"]'); }
  function local(section, name) { return q(section + ' .verdict-local[data-field="' + name + '"]'); }
  function server(section, name) { return q(section + ' .verdict-server[data-field="' + name + '"]'); }
  function type(input, text) {
    input.value = text;
    input.dispatchEvent(new Event("input", {bubbles: true}));
  }
  function snap(el) { return el ? {status: el.getAttribute("data-status"), text: el.textContent} : null; }
  function waitFor(test, then) {
    var tries = 0;
    (function poll() {
      if (test() || ++tries > 100) then(); else setTimeout(poll, 20);
    })();
  }
  function finish() {
    var pre = document.createElement("pre");
    pre.id = "drive-report";
    pre.textContent = JSON.stringify(report, null, 1);
    document.body.appendChild(pre);
    document.body.setAttribute("data-drive", "done");
  }

  var A = "#exercise-two-neuron-weights", R = "#exercise-refused";
  waitFor(function () { return q(A + '[data-client-ready="true"]'); }, function () {
    report.ready = {main: q(A).getAttribute("data-client-ready"), refused: q(R).getAttribute("data-client-ready"),
      broken: q("#exercise-broken").getAttribute("data-client-error")};
    report.katexLabel = !!q(A + " .exercise-field label .katex");
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
    waitFor(function () { return q(A + " .exercise-result").getAttribute("data-status") === "submitted"; }, function () {
      report.submitted = {result: snap(q(A + " .exercise-result")), "dP/dw1": snap(server(A, "dP/dw1")),
        "dP/dw2": snap(server(A, "dP/dw2")), submitEnabledAgain: !q(A + " .exercise-submit").disabled};
      fetch("/harness/last-request").then(function (r) { return r.json(); }).then(function (last) {
        report.lastRequest = last;
        type(field(R, "dP/dw2"), "0.04");
        q(R + " .exercise-submit").click();
        waitFor(function () { return q(R + " .exercise-result").getAttribute("data-status") === "error"; }, function () {
          report.refused = {result: snap(q(R + " .exercise-result")), keptTyped: field(R, "dP/dw2").value};
          var D = "#exercise-dropped";
          type(field(D, "dP/dw2"), "0.5");
          q(D + " .exercise-submit").click();
          waitFor(function () { return q(D + " .exercise-result").getAttribute("data-status") === "error"; }, function () {
            report.dropped = {result: snap(q(D + " .exercise-result")), keptTyped: field(D, "dP/dw2").value,
              submitEnabledAgain: !q(D + " .exercise-submit").disabled};
            finish();
          });
        });
      });
    });
  });
})();
