// Typesets every .math element (TeX in its text) with KaTeX; the client calls chainruleRenderMath(root) after it adds math.
(function () {
  "use strict";
  function renderMath(root) {
    if (typeof katex === "undefined") {
      return;
    }
    var elements = (root || document).querySelectorAll(".math:not([data-math-rendered])");
    for (var i = 0; i < elements.length; i++) {
      var el = elements[i];
      katex.render(el.textContent, el, {
        displayMode: el.classList.contains("math-display"),
        throwOnError: false
      });
      el.setAttribute("data-math-rendered", "");
    }
  }
  window.chainruleRenderMath = renderMath;
  renderMath(document);
})();
