// Typesets every .math element (TeX in its text) with KaTeX. A lesson has a couple of hundred formulas: the page's
// own are set in slices of a few milliseconds, those on screen first, so the page and its exercise widgets stay
// responsive meanwhile; <html data-math="done"> says when all are set. The client calls chainruleRenderMath(root) after
// it adds math of its own, which is set at once.
(function () {
  "use strict";
  var SLICE_MS = 8;

  function render(el) {
    if (el.hasAttribute("data-math-rendered")) {
      return;
    }
    katex.render(el.textContent, el, {
      displayMode: el.classList.contains("math-display"),
      throwOnError: false
    });
    el.setAttribute("data-math-rendered", "");
  }

  function renderMath(root) {
    if (typeof katex === "undefined") {
      return;
    }
    var elements = (root || document).querySelectorAll(".math:not([data-math-rendered])");
    for (var i = 0; i < elements.length; i++) {
      render(elements[i]);
    }
  }

  function onScreen(el) {
    var box = el.getBoundingClientRect();
    return box.bottom >= 0 && box.top <= (window.innerHeight || document.documentElement.clientHeight);
  }

  function later(step) {
    if (window.requestIdleCallback) {
      window.requestIdleCallback(step, { timeout: 50 });
    } else {
      window.setTimeout(step, 0);
    }
  }

  function renderPage() {
    if (typeof katex === "undefined") {
      document.documentElement.setAttribute("data-math", "unavailable");
      return;
    }
    var all = Array.prototype.slice.call(document.querySelectorAll(".math:not([data-math-rendered])"));
    var first = all.filter(onScreen);
    var queue = first.concat(all.filter(function (el) { return first.indexOf(el) < 0; }));
    var next = 0;
    function step() {
      var until = Date.now() + SLICE_MS;
      do {
        if (next >= queue.length) {
          document.documentElement.setAttribute("data-math", "done");
          return;
        }
        render(queue[next++]);
      } while (Date.now() < until);
      later(step);
    }
    step();
  }

  window.chainruleRenderMath = renderMath;
  renderPage();
})();
