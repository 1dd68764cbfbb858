// Draws an experiment's result with uPlot (served from /vendor/uplot/, loaded only on pages with an experiment, after
// uPlot itself). The client hands over a plain spec as JSON:
//   { title, xLabel, yLabel, log: bool, series: [{ name, x: [...], y: [...] }], summary }
// Series are aligned on the union of their x values (a missing point is a gap); hovering shows every value in the
// legend, dragging across the plot zooms in, a double click zooms out. Colours, dashes and point shapes match the
// static SVG figure so the two read the same.
(function () {
  "use strict";
  var COLOURS = ["#1e4f91", "#c2410c", "#15803d", "#7c3aed"];
  var DASHES = [[], [8, 5], [2, 4], [12, 4, 3, 4]];

  function aligned(series, log) {
    var xs = [];
    series.forEach(function (s) {
      s.x.forEach(function (x) { if (xs.indexOf(x) < 0) { xs.push(x); } });
    });
    xs.sort(function (a, b) { return a - b; });
    var data = [xs];
    series.forEach(function (s) {
      var ys = xs.map(function () { return null; });
      for (var i = 0; i < Math.min(s.x.length, s.y.length); i++) {
        var y = s.y[i];
        ys[xs.indexOf(s.x[i])] = (y === null || !isFinite(y) || (log && y <= 0)) ? null : y;
      }
      data.push(ys);
    });
    return data;
  }

  var SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  function power(k) {
    var digits = String(Math.abs(k)).split("").map(function (d) { return SUPERSCRIPT[+d]; }).join("");
    return k === 0 ? "1" : k === 1 ? "10" : "10" + (k < 0 ? "⁻" : "") + digits;
  }

  function number(v) {
    if (v === null || v === undefined) { return "–"; }
    var a = Math.abs(v);
    if (a !== 0 && (a < 1e-3 || a >= 1e5)) { return v.toExponential(2).replace("-", "−"); }
    return String(+v.toPrecision(4)).replace("-", "−");
  }

  self.chainruleChart = function (target, specJson) {
    var spec = JSON.parse(specJson);
    while (target.firstChild) { target.removeChild(target.firstChild); }
    var width = Math.max(280, Math.min(720, (target.clientWidth || 640) - 8));
    var series = [{ label: spec.xLabel, value: function (u, v) { return number(v); } }];
    spec.series.forEach(function (s, k) {
      var many = s.x.length > 40;
      series.push({
        label: s.name,
        stroke: COLOURS[k % COLOURS.length],
        width: 2.2,
        dash: DASHES[k % DASHES.length],
        spanGaps: false,
        points: { show: !many, size: 7, width: 1.6, fill: "#fff" },
        value: function (u, v) { return shown(v); }
      });
    });
    // a log scale is drawn as log10 of the values on a linear scale, with ticks at whole powers of ten
    // (uPlot 1.6.30's own log axis loops forever on some ranges)
    var data = aligned(spec.series, spec.log);
    if (spec.log) {
      data = data.map(function (ys, k) {
        return k === 0 ? ys : ys.map(function (y) { return y === null ? null : Math.log10(y); });
      });
    }
    var lo = Infinity, hi = -Infinity;
    data.slice(1).forEach(function (ys) {
      ys.forEach(function (y) { if (y !== null) { lo = Math.min(lo, y); hi = Math.max(hi, y); } });
    });
    if (!(lo <= hi)) { lo = spec.log ? 1 : 0; hi = spec.log ? 10 : 1; }
    // a fixed y range in whole decades (log) or padded (linear): uPlot's own log ranging fails on flat data
    var yRange = spec.log
        ? [Math.floor(lo), Math.max(Math.ceil(hi), Math.floor(lo) + 1)]
        : (lo === hi ? [lo - 1, hi + 1] : [lo - (hi - lo) * 0.05, hi + (hi - lo) * 0.05]);
    var shown = function (v) { return number(spec.log && v !== null && v !== undefined ? Math.pow(10, v) : v); };
    var options = {
      width: width,
      height: Math.round(width * 0.5),
      title: spec.title || "",
      scales: { x: { time: false }, y: { range: function () { return yRange; } } },
      axes: [
        { label: spec.xLabel, stroke: "#3f4a5a", grid: { stroke: "#e3e8ef" } },
        spec.log ? { label: spec.yLabel, stroke: "#3f4a5a", grid: { stroke: "#e3e8ef" }, size: 64,
          splits: function (u, i, min, max) {
            var step = Math.max(1, Math.ceil((max - min) / 7)), ticks = [];
            for (var k = Math.ceil(min); k <= max; k += step) { ticks.push(k); }
            return ticks;
          },
          values: function (u, vals) { return vals.map(function (k) { return power(Math.round(k)); }); } }
        : { label: spec.yLabel, stroke: "#3f4a5a", grid: { stroke: "#e3e8ef" }, size: 64,
          values: function (u, vals) { return vals.map(number); } }
      ],
      cursor: { drag: { x: true, y: false } },
      legend: { live: true },
      series: series
    };
    var holder = document.createElement("div");
    holder.className = "chart-canvas";
    holder.setAttribute("role", "img");
    holder.setAttribute("aria-label", spec.summary || "");
    target.appendChild(holder);
    var chart = new self.uPlot(options, data, holder);
    target.chainruleChart = chart;
    return true;
  };
})();
