// The forms of an activity's steps, a little quicker in the page: rows of a held activity are added without sending
// the form, and a correction shows the chosen field's value at once. Without this script the same buttons ask the
// server, which answers with the same page.
(function () {
  'use strict';

  function renumber(row, index) {
    row.querySelectorAll('[name], [id], [for], [aria-describedby]').forEach(function (element) {
      ['name', 'id', 'for', 'aria-describedby'].forEach(function (attribute) {
        var value = element.getAttribute(attribute);
        if (value) {
          element.setAttribute(attribute, value.replace(/\[\d+\]/g, '[' + index + ']').replace(/-\d+-/g, '-' + index + '-'));
        }
      });
    });
  }

  function addRow(button) {
    var group = button.closest('fieldset.rows');
    var rows = group.querySelectorAll('fieldset.row');
    var last = rows[rows.length - 1];
    var row = last.cloneNode(true);
    renumber(row, rows.length);
    row.querySelectorAll('input, textarea').forEach(function (input) { input.value = ''; });
    row.querySelectorAll('select').forEach(function (select) { select.selectedIndex = 0; });
    row.querySelectorAll('.error').forEach(function (error) { error.remove(); });
    row.querySelectorAll('.invalid').forEach(function (field) { field.classList.remove('invalid'); });
    row.querySelectorAll('[aria-invalid]').forEach(function (input) { input.setAttribute('aria-invalid', 'false'); });
    row.querySelector('legend').textContent = group.getAttribute('data-legend').replace('{n}', rows.length + 1);
    last.after(row);
    var first = row.querySelector('input, select, textarea');
    if (first) {
      first.focus();
    }
  }

  function showChosenValue(select) {
    document.querySelectorAll('.correction-value').forEach(function (field) {
      var chosen = field.getAttribute('data-field') === select.value;
      field.hidden = !chosen;
      field.querySelectorAll('input, select, textarea').forEach(function (input) { input.disabled = !chosen; });
    });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('button.add-row');
    if (button) {
      event.preventDefault();
      addRow(button);
    }
  });

  var field = document.querySelector('select#field');
  if (field) {
    field.addEventListener('change', function () { showChosenValue(field); });
  }
})();
