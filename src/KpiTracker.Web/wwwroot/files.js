// File fields in the page's language: the native control is hidden behind our button and our "no file chosen" words,
// which take the chosen file's name. Without the script the native control stays as the browser draws it.
(function () {
  'use strict';
  document.querySelectorAll('[data-file-pick]').forEach(function (pick) {
    var input = pick.querySelector('input[type=file]');
    var button = pick.querySelector('.file-button');
    var name = pick.querySelector('.file-name');
    if (!input || !button || !name) {
      return;
    }
    pick.classList.add('enhanced');
    button.hidden = false;
    name.hidden = false;
    input.addEventListener('change', function () {
      name.textContent = input.files && input.files.length ? input.files[0].name : name.getAttribute('data-none');
    });
  });
})();
