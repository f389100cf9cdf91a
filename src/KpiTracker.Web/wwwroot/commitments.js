// The commitments table: each value's ambition flags shown as it is typed, by the server's rule (AmbitionCheck): unambitious
// when worse than the current value or the trend's projection, out of reach when better than the best value of the last three
// cycles; "worse" and "better" follow the indicator's direction (for a range, the distance to the target band). The flags only
// inform; the server weighs the value again when it is proposed.
(function () {
  'use strict';

  function normalise(text) {
    return text
      .replace(/[\u0660-\u0669]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0x0660 + 48); })
      .replace(/[\u06F0-\u06F9]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0x06F0 + 48); })
      .replace(/\u066B/g, '.')
      .replace(/\u2212/g, '-')
      .trim();
  }

  function number(text) {
    var s = normalise(text || '');
    return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s) ? Number(s) : null;
  }

  // A number that grows as the value gets better (Betterness.Key).
  function key(data, value) {
    if (data.direction === 'up') { return value; }
    if (data.direction === 'down') { return -value; }
    var low = Number(data.low), high = Number(data.high);
    return -(value < low ? low - value : value > high ? value - high : 0);
  }

  function update(input) {
    var data = input.dataset;
    var value = number(input.value);
    var flags = document.getElementById(input.id + '-flags');
    if (!flags) { return; }
    var worseThan = function (name) { var other = number(data[name]); return other !== null && key(data, value) < key(data, other); };
    var unambitious = value !== null && (worseThan('current') || worseThan('projection'));
    var best = number(data.best);
    var outOfReach = value !== null && best !== null && key(data, value) > key(data, best);
    flags.querySelector('.flag-unambitious').hidden = !unambitious;
    flags.querySelector('.flag-out-of-reach').hidden = !outOfReach;
  }

  document.querySelectorAll('input.commitment-input').forEach(function (input) {
    input.addEventListener('input', function () { update(input); });
    update(input);
  });
})();
