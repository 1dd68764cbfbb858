// The only client script a page links. Picks the build of the exercise client (WebAssembly GC where the browser
// supports it, JavaScript otherwise; "?client=js" or "?client=wasm" in the page address forces one), loads it, publishes
// its entry points the same way for both builds and starts the widgets. Kept out of the page so a CSP can forbid
// inline scripts: it adds only <script src> elements from its own folder.
//
// What it publishes:
//   window.chainruleGrade(variantJson, answersJson) -> verdict JSON (the grader without the DOM)
//   window.chainruleTarget = "js" | "wasm"           (which build runs; also <html data-chainrule-client="...">)
//   window.chainruleReady: a Promise of the target, settled once the widgets are mounted
//   window.chainruleLab = { attach(container) -> Promise of "" or a problem, preload() }: the lab build (experiments,
//     training lab, charts: chainrule-lab.js / chainrule-lab.wasm, same target as the page build), loaded only when
//     the page build first asks for it, never on pages without an experiment
//
// CSP: the JavaScript build needs only script-src 'self'. The Wasm build also needs 'wasm-unsafe-eval' (to compile the
// module) and, with TeaVM 0.15's runtime, 'unsafe-eval' (it builds the @JSBody bodies and JS glue with new Function).
// Without them loading the Wasm build fails and this falls back to the JavaScript build with a console warning.
(function () {
  "use strict";
  var TARGETS = { js: "js", wasm: "wasm" };
  var ATTRIBUTE = "data-chainrule-client";
  var own = document.currentScript;
  var folder = own && own.src ? own.src.replace(/[^/]*(?:[?#].*)?$/, "") : "/js/";
  var JS_BUILD = folder + "chainrule.js";
  var WASM_RUNTIME = folder + "chainrule-wasm-runtime.js";
  var WASM_BUILD = folder + "chainrule.wasm";
  var LAB_JS_BUILD = folder + "chainrule-lab.js";
  var LAB_WASM_BUILD = folder + "chainrule-lab.wasm";

  /** A User Timing mark (bench/browser/run_bench.py reads them to split the time to interactive). */
  function mark(name) {
    if (typeof performance !== "undefined" && typeof performance.mark === "function") {
      performance.mark(name);
    }
  }
  mark("chainrule-boot");

  function warn(message, error) {
    if (typeof console !== "undefined") {
      console.warn("chainrule: " + message + (error ? ": " + error : ""));
    }
  }

  /** "js" or "wasm" when the page address asks for one, otherwise null. */
  function requestedTarget() {
    var match = /[?&]client=([^&#]*)/.exec(window.location.search);
    if (!match) {
      return null;
    }
    var value = decodeURIComponent(match[1]).toLowerCase();
    if (!TARGETS.hasOwnProperty(value)) {
      warn("unknown ?client=" + value + "; choosing by browser support");
      return null;
    }
    return value;
  }

  // Feature tests as small modules: a GC struct type (0x5f, one immutable i8 field) and a function with a
  // try/catch_all block (exception handling, which TeaVM's Wasm GC code also needs).
  var GC_MODULE = [0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 95, 1, 120, 0];
  var EXCEPTIONS_MODULE = [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11];

  function supportsWasmGc() {
    try {
      return typeof WebAssembly === "object"
          && typeof WebAssembly.validate === "function"
          && typeof WebAssembly.compileStreaming === "function"
          && WebAssembly.validate(new Uint8Array(GC_MODULE))
          && WebAssembly.validate(new Uint8Array(EXCEPTIONS_MODULE));
    } catch (e) {
      return false;
    }
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.async = false;
      script.onload = function () { resolve(); };
      script.onerror = function () { reject(new Error(src + " did not load")); };
      document.head.appendChild(script);
    });
  }

  /** Resolves to { grade, main } from the JavaScript build (which defines the globals chainruleMain and chainruleGrade). */
  function loadJs() {
    return loadScript(JS_BUILD).then(function () {
      if (typeof self.chainruleMain !== "function" || typeof self.chainruleGrade !== "function") {
        throw new Error(JS_BUILD + " defined no entry points");
      }
      var grade = self.chainruleGrade;
      var main = self.chainruleMain;
      return { grade: grade, main: function () { main([]); } };
    });
  }

  /** Starts downloading the Wasm module while TeaVM's loader script is still on its way (it fetches the same URL). */
  function preloadWasm(build) {
    var link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.crossOrigin = "anonymous";
    link.href = build;
    document.head.appendChild(link);
  }

  function loadWasmModule(build) {
    if (!(self.TeaVM && self.TeaVM.wasmGC)) {
      preloadWasm(build);
    }
    var runtime = self.TeaVM && self.TeaVM.wasmGC ? Promise.resolve() : loadScript(WASM_RUNTIME);
    return runtime.then(function () {
      if (!self.TeaVM || !self.TeaVM.wasmGC || typeof self.TeaVM.wasmGC.load !== "function") {
        throw new Error(WASM_RUNTIME + " defined no TeaVM.wasmGC.load");
      }
      return self.TeaVM.wasmGC.load(build);
    });
  }

  /** Resolves to { grade, main } from the WebAssembly GC build (entry points on the instance's exports). */
  function loadWasm() {
    return loadWasmModule(WASM_BUILD).then(function (teavm) {
      var exports = teavm.exports;
      if (typeof exports.main !== "function" || typeof exports.chainruleGrade !== "function") {
        throw new Error(WASM_BUILD + " exports no entry points");
      }
      return {
        grade: function (variantJson, answersJson) { return exports.chainruleGrade(variantJson, answersJson); },
        main: function () { exports.main([]); }
      };
    });
  }

  var LOADERS = { js: loadJs, wasm: loadWasm };

  /** Resolves to attach(container) from the lab build's JavaScript form (the global chainruleLabAttach). */
  function loadLabJs() {
    return loadScript(LAB_JS_BUILD).then(function () {
      if (typeof self.chainruleLabMain !== "function" || typeof self.chainruleLabAttach !== "function") {
        throw new Error(LAB_JS_BUILD + " defined no entry points");
      }
      self.chainruleLabMain([]);
      return self.chainruleLabAttach;
    });
  }

  /** Resolves to attach(container) from the lab build's WebAssembly GC form. */
  function loadLabWasm() {
    return loadWasmModule(LAB_WASM_BUILD).then(function (teavm) {
      var exports = teavm.exports;
      if (typeof exports.main !== "function" || typeof exports.chainruleLabAttach !== "function") {
        throw new Error(LAB_WASM_BUILD + " exports no entry points");
      }
      exports.main([]);
      return function (container) { return exports.chainruleLabAttach(container); };
    });
  }

  var labLoading = null;

  /** The lab build, in the page build's target, loaded once; a failed load may be tried again. */
  function lab() {
    if (!labLoading) {
      labLoading = window.chainruleReady.then(function (target) {
        if (target !== "wasm") {
          return loadLabJs();
        }
        return loadLabWasm().catch(function (error) {
          warn("the WebAssembly lab build did not load, using the JavaScript one", error);
          return loadLabJs();
        });
      });
      labLoading.catch(function () { labLoading = null; });
    }
    return labLoading;
  }

  function load(target) {
    return LOADERS[target]().then(function (client) {
      return { target: target, client: client };
    });
  }

  function chooseAndLoad() {
    var requested = requestedTarget();
    var target = requested || (supportsWasmGc() ? "wasm" : "js");
    if (requested === "wasm" && !supportsWasmGc()) {
      warn("?client=wasm asked for WebAssembly GC, which this browser does not validate; trying anyway");
    }
    if (target === "js") {
      return load("js");
    }
    return load("wasm").catch(function (error) {
      warn("the WebAssembly build did not load, using the JavaScript build", error);
      return load("js");
    });
  }

  // Run as a classic script after the lesson's content (the server puts it in <body>, after <main>), this finds every
  // exercise section already parsed: the widgets need not wait for DOMContentLoaded, which also waits for the scripts
  // after this one (KaTeX and the typesetting of the lesson's math). Anywhere else, wait for the whole document.
  var CONTENT_PARSED = !!own && !own.async && !own.defer && !!document.body && document.body.contains(own);

  function domReady() {
    return new Promise(function (resolve) {
      if (document.readyState === "loading" && !CONTENT_PARSED) {
        document.addEventListener("DOMContentLoaded", function () { resolve(); });
      } else {
        resolve();
      }
    });
  }

  var loading = chooseAndLoad().then(function (loaded) {
    mark("chainrule-loaded");
    return loaded;
  });
  window.chainruleReady = Promise.all([loading, domReady()]).then(function (results) {
    var loaded = results[0];
    window.chainruleTarget = loaded.target;
    document.documentElement.setAttribute(ATTRIBUTE, loaded.target);
    window.chainruleGrade = loaded.client.grade;
    loaded.client.main();
    mark("chainrule-mounted");
    if (document.readyState === "loading") {
      // sections parsed after this script ran (none on the server's pages) are mounted too; main skips mounted ones
      document.addEventListener("DOMContentLoaded", function () { loaded.client.main(); });
    }
    return loaded.target;
  }, function (error) {
    if (typeof console !== "undefined") {
      console.error("chainrule: the exercise client did not load; exercises stay read-only: " + error);
    }
    throw error;
  });
  // an unhandled rejection would log a second error: the handler above has reported it
  window.chainruleReady.catch(function () {});
  window.chainruleLab = {
    attach: function (container) {
      return lab().then(function (attach) { return attach(container); });
    },
    preload: function () {
      lab().catch(function (error) { warn("the lab build did not load", error); });
    }
  };
})();
