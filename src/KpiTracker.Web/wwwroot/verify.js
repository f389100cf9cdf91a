// The verification table's "select all shown": ticks or clears every row's checkbox so the choice is visible. Without
// script the server still reads "select all shown" as every value on the page.
(function () {
  'use strict';
  var all = document.getElementById('select-all');
  if (!all) { return; }
  var rows = document.querySelectorAll('input[type=checkbox][name=item][form=verify-select]');
  all.addEventListener('change', function () {
    rows.forEach(function (box) { box.checked = all.checked; });
  });
  rows.forEach(function (box) {
    box.addEventListener('change', function () {
      if (!box.checked) { all.checked = false; }
    });
  });
})();
