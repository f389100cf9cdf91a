// The header's menu on a phone: folded behind one button so the page starts near the top of the screen. Without the script
// the button stays hidden and the menu open, as on a wide screen (the stylesheet folds it only under .folding).
(function () {
  'use strict';
  var header = document.getElementById('site-header');
  var button = document.getElementById('menu-toggle');
  if (!header || !button) {
    return;
  }
  header.classList.add('folding');
  button.hidden = false;
  function show(open) {
    header.classList.toggle('open', open);
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  }
  button.addEventListener('click', function () { show(!header.classList.contains('open')); });
  header.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && header.classList.contains('open')) {
      show(false);
      button.focus();
    }
  });
})();
