// The engine benchmark written by hand in plain JavaScript: a micrograd-style scalar autodiff engine (each op builds
// its node with its local backward rule; backward() sorts topologically and walks back) and the same MLP as
// client/src/main/java/dev/chainrule/client/EngineBenchmark.java: 16 inputs, 3 layers of 16 tanh neurons, output the
// sum of squares. The yardstick the TeaVM builds are held to in docs/PERFORMANCE.md.
(function () {
  "use strict";

  function Value(data, inputs, backward) {
    this.data = data;
    this.grad = 0;
    this.inputs = inputs;
    this.backwardStep = backward;
  }
  Value.prototype.add = function (o) {
    var out = new Value(this.data + o.data, [this, o], null);
    var a = this, b = o;
    out.backwardStep = function () { a.grad += out.grad; b.grad += out.grad; };
    return out;
  };
  Value.prototype.mul = function (o) {
    var out = new Value(this.data * o.data, [this, o], null);
    var a = this, b = o;
    out.backwardStep = function () { a.grad += b.data * out.grad; b.grad += a.data * out.grad; };
    return out;
  };
  Value.prototype.tanh = function () {
    var x = this.data, t = Math.exp(-2 * Math.abs(x)), r = (1 - t) / (1 + t);
    var out = new Value(x < 0 ? -r : r, [this], null);
    var a = this;
    out.backwardStep = function () { a.grad += (1 - out.data * out.data) * out.grad; };
    return out;
  };
  Value.prototype.backward = function () {
    var order = [], seen = new Set(), stack = [[this, 0]];
    while (stack.length) { // iterative post-order, like the Java engine's Topology
      var top = stack[stack.length - 1], v = top[0];
      if (top[1] === 0) {
        if (seen.has(v)) { stack.pop(); continue; }
        seen.add(v);
      }
      if (top[1] < v.inputs.length) {
        stack.push([v.inputs[top[1]++], 0]);
      } else {
        stack.pop();
        order.push(v);
      }
    }
    for (var i = 0; i < order.length; i++) { order[i].grad = 0; }
    this.grad = 1;
    for (var j = order.length - 1; j >= 0; j--) {
      if (order[j].backwardStep) { order[j].backwardStep(); }
    }
  };

  function leaf(x) { return new Value(x, [], null); }
  function weight(l, r, c) { return (((l * 131 + r * 31 + c * 17) % 97) - 48) / 96; }
  function input(i) { return (((i * 37) % 23) - 11) / 11; }

  function once() {
    var x = [], i, l, r, c;
    for (i = 0; i < 16; i++) { x.push(leaf(input(i))); }
    var h = x;
    for (l = 0; l < 3; l++) {
      var next = [];
      for (r = 0; r < 16; r++) {
        var sum = leaf(0);
        for (c = 0; c < h.length; c++) { sum = sum.add(leaf(weight(l, r, c)).mul(h[c])); }
        next.push(sum.tanh());
      }
      h = next;
    }
    var out = leaf(0);
    for (i = 0; i < h.length; i++) { out = out.add(h[i].mul(h[i])); }
    out.backward();
    var check = out.data;
    for (i = 0; i < x.length; i++) { check += x[i].grad; }
    return check;
  }

  self.handWrittenBenchmark = function (iterations) {
    var check = 0;
    for (var k = 0; k < iterations; k++) { check = once(); }
    return check;
  };
})();
