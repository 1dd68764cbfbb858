// Starts the Chainrule exercise widgets once the page is parsed. Kept out of the page so a CSP can forbid inline scripts.
(function () {
  "use strict";
  function start() {
    if (typeof self.chainruleMain === "function") {
      self.chainruleMain([]);
    } else if (typeof console !== "undefined") {
      console.error("chainrule: /js/chainrule.js did not load; exercises stay read-only");
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
