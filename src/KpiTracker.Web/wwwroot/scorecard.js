// Keeps the scorecard's scores current without reloading the page: every few seconds it fetches the same page from the
// server and, when the rendered run differs from the one shown, swaps in the fresh scores region.
(function () {
  'use strict';
  var region = document.getElementById('scores');
  if (!region || !window.fetch || !window.DOMParser) { return; }
  var every = 5000;
  function poll() {
    fetch(window.location.pathname + window.location.search, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) { return; }
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('scores');
        if (fresh && fresh.getAttribute('data-run') !== region.getAttribute('data-run')) {
          region.innerHTML = fresh.innerHTML;
          region.setAttribute('data-run', fresh.getAttribute('data-run'));
        }
      })
      .catch(function () { /* the next poll tries again */ })
      .then(function () { window.setTimeout(poll, every); });
  }
  window.setTimeout(poll, every);
})();
