// The entry form, loaded by the submission page only. Two things, both optional: without the script the page works as before.
// 1. Checks the value (and the numerator and denominator) as it is typed, with the ranges and the server's own messages that
//    the page rendered into data- attributes, and writes the messages beside the field in the markup of the server's errors.
//    The script has no text of its own; the server checks everything again on save and submit and stays the authority.
// 2. Uploads evidence through XMLHttpRequest to the form's own address (the same post, antiforgery token included), shows its
//    progress, then swaps in the fresh evidence list. If the request itself fails, the form is posted the ordinary way.
(function () {
  'use strict';

  // Each rule's message is in data-msg-<rule> on its field; the codes are the server's (DecimalInput and ValueRules).
  var codes = {
    'invalid': 'number.invalid', 'not-finite': 'number.not_finite', 'decimals': 'number.too_many_decimals',
    'out-of-range': 'number.out_of_range', 'below-min': 'value.below_min', 'above-max': 'value.above_max',
    'not-whole': 'value.not_whole', 'one-form': 'value.one_form', 'expected': 'soft.expected_range',
    'negative': 'numerator.negative', 'exceeds': 'numerator.exceeds_denominator', 'not-positive': 'denominator.not_positive',
    'red': 'analysis.required_red'
  };
  var notFinite = ['nan', '+nan', '-nan', 'infinity', '+infinity', '-infinity', 'inf', '+inf', '-inf', '\u221e', '+\u221e', '-\u221e'];

  function normalise(text) {
    return text
      .replace(/[\u0660-\u0669]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0x0660 + 48); })
      .replace(/[\u06F0-\u06F9]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0x06F0 + 48); })
      .replace(/\u066B/g, '.')
      .replace(/\u2212/g, '-');
  }

  // DecimalInput.TryParse: { empty }, { rule } or { number, text } where text is the number as the server writes it.
  function parse(input) {
    var s = normalise(input.value.trim());
    if (s === '') { return { empty: true }; }
    if (notFinite.indexOf(s.toLowerCase()) >= 0) { return { rule: 'not-finite' }; }
    var m = /^([+-]?)(\d*)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(s);
    if (!m || (m[2] === '' && m[3] === undefined)) { return { rule: 'invalid' }; }
    var fraction = m[3] || '', exponent = m[4] || '';
    var digits = (m[2] + fraction).replace(/^0+/, '');
    if (digits === '') { return { number: 0, text: '0' }; }
    if (exponent.replace(/^[+-]/, '').replace(/^0+/, '').length > 4) { return { rule: exponent.charAt(0) === '-' ? 'decimals' : 'out-of-range' }; }
    var scale = fraction.length - (exponent ? parseInt(exponent, 10) : 0);
    while (scale > 0 && digits.charAt(digits.length - 1) === '0') { digits = digits.slice(0, -1); scale--; }
    if (scale > Number(input.getAttribute('data-decimals') || 6)) { return { rule: 'decimals' }; }
    if (digits.length - scale > Number(input.getAttribute('data-integer-digits') || 14)) { return { rule: 'out-of-range' }; }
    if (scale < 0) { digits += new Array(1 - scale).join('0'); scale = 0; }
    if (digits.length < scale + 1) { digits = new Array(scale + 2 - digits.length).join('0') + digits; }
    var plain = scale === 0 ? digits : digits.slice(0, digits.length - scale) + '.' + digits.slice(digits.length - scale);
    var text = (m[1] === '-' ? '-' : '') + plain;
    return { number: Number(text), text: text };
  }

  function bound(input, name) {
    var x = parseFloat(input.getAttribute(name));
    return isNaN(x) ? null : x;
  }

  // A computed ratio as the server rounds and writes it: six decimals at most, no trailing zeros.
  function written(x) {
    return x.toFixed(6).replace(/\.?0+$/, '');
  }

  // The number as the user reads numbers: Arabic-Indic digits and "٫" when they chose them (data-digits on <body>).
  function inUserDigits(text) {
    if (document.body.getAttribute('data-digits') !== 'arab') { return text; }
    return String(text).replace(/[0-9]/g, function (d) { return String.fromCharCode(0x0660 + Number(d)); }).replace('.', '\u066B');
  }

  // The score the value would get, rounded as published (IndicatorScoring and ScoreRounding); null without the bounds.
  // Below the amber threshold its light is red and submitting needs an analysis (ValueRules.CheckAnalysis).
  function lightScore(input, x) {
    var direction = input.getAttribute('data-light-direction'), s;
    if (direction === 'range') {
      var r = input.getAttribute('data-light-range').split(' ').map(Number);
      s = x < r[1] ? 100 * (x - r[0]) / (r[1] - r[0]) : x > r[2] ? 100 * (r[3] - x) / (r[3] - r[2]) : 100;
    } else if (direction === 'up' || direction === 'down') {
      var l = bound(input, 'data-light-lower'), t = bound(input, 'data-light-target');
      s = 100 * (x - l) / (t - l);
    } else {
      return null;
    }

    return Math.round(Math.min(100, Math.max(0, s)) * 10 + 1e-9) / 10;
  }

  function given(input) {
    return !!input && input.value.trim() !== '';
  }

  function check(form) {
    var value = form.querySelector('[data-check=value]');
    if (!value) { return; }
    var numerator = form.querySelector('[data-check=numerator]');
    var denominator = form.querySelector('[data-check=denominator]');
    var found = { value: [], numerator: [], denominator: [] };
    function add(field, input, rule, soft, number) {
      var message = input.getAttribute('data-msg-' + rule);
      if (message !== null) { found[field].push({ code: codes[rule], text: message.replace('{0}', inUserDigits(number || '')), soft: !!soft }); }
    }
    function read(field, input) {
      if (!input) { return { empty: true }; }
      var parsed = parse(input);
      if (parsed.rule) { add(field, input, parsed.rule); }
      return parsed;
    }

    var v = read('value', value), n = read('numerator', numerator), d = read('denominator', denominator);
    var hard = function () { return found.value.length + found.numerator.length + found.denominator.length > 0; };
    var givesRatio = given(numerator) || given(denominator);
    var forms = (given(value) ? 1 : 0) + (givesRatio ? 1 : 0) + (given(form.querySelector('#field-likertMean')) ? 1 : 0);
    var number = v.text === undefined ? null : v.number, text = v.text;
    if (forms > 1) {
      add('value', value, 'one-form');
      number = null;
    } else if (givesRatio) {
      number = null;
      if (n.text !== undefined && d.text !== undefined) {
        var before = found.numerator.length + found.denominator.length;
        var min = bound(value, 'data-min');
        if (d.number <= 0) { add('denominator', denominator, 'not-positive'); }
        if (n.number < 0 && !(min !== null && min < 0)) { add('numerator', numerator, 'negative'); }
        else if (d.number > 0 && n.number > d.number && bound(value, 'data-max') === 100) { add('numerator', numerator, 'exceeds'); }
        if (found.numerator.length + found.denominator.length === before) {
          number = Math.round(100 * n.number / d.number * 1e6) / 1e6;
          text = written(number);
        }
      }
    }

    if (number !== null && !hard()) {
      var low = bound(value, 'data-min'), high = bound(value, 'data-max');
      if (value.getAttribute('data-whole') === 'true' && number !== Math.trunc(number)) { add('value', value, 'not-whole'); }
      else if (low !== null && number < low) { add('value', value, 'below-min'); }
      else if (high !== null && number > high) { add('value', value, 'above-max'); }
      var expectedLow = bound(value, 'data-expected-min'), expectedHigh = bound(value, 'data-expected-max');
      if (!hard() && ((expectedLow !== null && number < expectedLow) || (expectedHigh !== null && number > expectedHigh))) {
        add('value', value, 'expected', true, text);
      }
      var score = hard() ? null : lightScore(value, number);
      var analysis = form.querySelector('#field-analysis');
      if (score !== null && score < bound(value, 'data-light-amber') && analysis && analysis.value.trim() === '') {
        add('value', value, 'red', true, written(score));
      }
    }

    show(value, found.value);
    if (numerator) { show(numerator, found.numerator); }
    if (denominator) { show(denominator, found.denominator); }
  }

  // The server's markup for a field's errors: <div class="field-errors" id=… role="alert"><ul><li data-code=…>.
  function show(input, messages) {
    var id = input.id + '-error';
    var box = document.getElementById(id);
    var key = messages.map(function (m) { return m.code + ' ' + m.text; }).join('\n');
    if (box && box.getAttribute('data-client') === key) { return; }
    if (messages.some(function (m) { return !m.soft; })) { input.setAttribute('aria-invalid', 'true'); } else { input.removeAttribute('aria-invalid'); }
    if (messages.length === 0) {
      if (box) { box.parentNode.removeChild(box); }
      return;
    }

    if (!box) {
      box = document.createElement('div');
      box.id = id;
      box.className = 'field-errors';
      box.setAttribute('role', 'alert');
      input.parentNode.insertBefore(box, input.nextSibling);
    }

    var list = document.createElement('ul');
    messages.forEach(function (m) {
      var item = document.createElement('li');
      item.setAttribute('data-code', m.code);
      if (m.soft) { item.setAttribute('data-soft', 'true'); }
      item.textContent = m.text;
      list.appendChild(item);
    });
    box.textContent = '';
    box.appendChild(list);
    box.setAttribute('data-client', key);
  }

  var entry = document.getElementById('entry-form');
  if (entry) {
    entry.addEventListener('input', function (e) {
      if (e.target && e.target.hasAttribute && e.target.hasAttribute('data-check')) { check(entry); }
    });
  }

  var upload = document.getElementById('evidence-form');
  var progressBox = document.getElementById('evidence-progress-box');
  if (!upload || !progressBox || !window.XMLHttpRequest || !window.FormData || !window.DOMParser) { return; }

  upload.addEventListener('submit', function (e) {
    e.preventDefault();
    var bar = document.getElementById('evidence-progress');
    var text = document.getElementById('evidence-progress-text');
    var button = upload.querySelector('button[type=submit]');
    var said = -1;
    function percent(p) {
      bar.value = p;
      // The live region speaks at every tenth, not at every progress event.
      var step = p === 100 ? 100 : Math.floor(p / 10) * 10;
      if (step !== said) {
        said = step;
        text.textContent = text.getAttribute('data-msg-percent').replace('{0}', String(p));
      }
    }
    function finish(state) {
      bar.setAttribute('data-state', state);
      text.textContent = text.getAttribute('data-msg-' + state);
      button.disabled = false;
    }
    function ordinaryPost() {
      progressBox.hidden = true;
      button.disabled = false;
      HTMLFormElement.prototype.submit.call(upload);
    }

    var xhr = new XMLHttpRequest();
    progressBox.hidden = false;
    bar.setAttribute('data-state', 'uploading');
    button.disabled = true;
    percent(0);
    xhr.upload.addEventListener('progress', function (p) {
      if (p.lengthComputable && p.total > 0) { percent(Math.round(100 * p.loaded / p.total)); }
    });
    xhr.addEventListener('error', ordinaryPost);
    xhr.addEventListener('load', function () {
      if (xhr.status < 200 || xhr.status >= 300) { ordinaryPost(); return; }
      var fresh = new DOMParser().parseFromString(xhr.responseText, 'text/html');
      var files = fresh.getElementById('evidence-files');
      if (!files) {
        // Not the submission page (the session ended, say): go where the server sent the post.
        window.location.assign(xhr.responseURL || window.location.href);
        return;
      }

      document.getElementById('evidence-files').innerHTML = files.innerHTML;
      var old = document.getElementById('evidence-file-error');
      if (old) { old.parentNode.removeChild(old); }
      var error = fresh.getElementById('evidence-file-error');
      if (error) {
        document.getElementById('evidence-file').parentNode.appendChild(document.importNode(error, true));
        finish('failed');
        return;
      }

      // An upload changes the item, so the other forms' versions are taken from the fresh page: without them the next save,
      // submit or decision would be refused as a stale page.
      var versions = fresh.querySelectorAll('input[type=hidden][name$=".Version"]');
      for (var i = 0; i < versions.length; i++) {
        var mine = document.querySelector('input[type=hidden][name="' + versions[i].name + '"]');
        if (mine) { mine.value = versions[i].value; }
      }

      // The revisions table counts the current revision's files; take it from the fresh page too, so it agrees with the list.
      var revisions = fresh.getElementById('revisions');
      var shown = document.getElementById('revisions');
      if (revisions && shown) { shown.innerHTML = revisions.innerHTML; }

      upload.reset();
      percent(100);
      finish('done');
    });
    xhr.open('POST', upload.action);
    xhr.send(new FormData(upload));
  });
})();
