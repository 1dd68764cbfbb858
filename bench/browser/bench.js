// Times the engine benchmark in this page, in one run: the hand-written JavaScript engine (engine-bench.js), the
// client's TeaVM JavaScript build and its WebAssembly GC build (both export chainruleBenchmark). Each gets the same
// warm-up, then ROUNDS rounds of ITERATIONS passes; the figure is the fastest round's time per pass (on a shared
// machine other work only ever adds time). The result lands in window.benchResult for run_bench.py.
(function () {
  "use strict";
  var ITERATIONS = 200, ROUNDS = 7, WARMUP = 600;

  function measure(run) {
    run(WARMUP);
    var best = Infinity, check = 0;
    for (var r = 0; r < ROUNDS; r++) {
      var start = performance.now();
      check = run(ITERATIONS);
      best = Math.min(best, (performance.now() - start) / ITERATIONS);
    }
    return { msPerPass: best, checksum: check };
  }

  async function main() {
    var result = {};
    var loadStart = performance.now();
    var teavm = await TeaVM.wasmGC.load("/js/chainrule.wasm");
    result.wasmLoadMs = performance.now() - loadStart;
    var wasm = teavm.exports.chainruleBenchmark;
    // interleaved twice, so a burst of load on the machine does not land on one engine only
    for (var pass = 0; pass < 2; pass++) {
      [["handWrittenJs", self.handWrittenBenchmark], ["teavmJs", self.chainruleBenchmark], ["teavmWasmGc", wasm]]
        .forEach(function (entry) {
          var m = measure(entry[1]);
          var kept = result[entry[0]];
          result[entry[0]] = !kept || m.msPerPass < kept.msPerPass ? m : kept;
        });
    }
    document.getElementById("report").textContent = JSON.stringify(result, null, 1);
    self.benchResult = result;
  }
  main().catch(function (e) { self.benchResult = { error: String(e) }; });
})();
