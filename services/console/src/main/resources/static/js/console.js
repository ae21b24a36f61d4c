/*
 * What the console's pages do in the browser; every page works without it, the server staying the judge.
 * - A calendar button beside every date input (input.date) that writes the chosen day as dd/mm/yyyy.
 * - Forms with novalidate: on submit, the mistakes that need no server (a required field left empty, a date that is
 *   no date, a number that is no whole number) are listed all at once in the summary (#form-problem) and next to
 *   their fields, in the markup the server uses, with the server's earlier messages on fields left as they were,
 *   and nothing is sent. Only the server judges what the page cannot see, so its messages alone never stop a send.
 * - The summary takes the focus when it shows; its links move the focus to their field.
 * - "Add a partner" (button.add-row) adds a row of inputs to a list such as plan.partners.
 * Texts come from the page (meta name="console-text"), in the page's language.
 */
(function () {
  'use strict';

  var texts = {};
  document.querySelectorAll('meta[name="console-text"]').forEach(function (meta) {
    texts[meta.dataset.key] = meta.content;
  });

  var WRITTEN_DAY = /^(\d{1,2})\s*[\/.\-]\s*(\d{1,2})\s*[\/.\-]\s*(\d{4})$/;
  var WRITTEN_MONTH = /^(\d{1,2})\s*[\/.\-]\s*(\d{4})$/;
  var ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
  var ISO_MONTH = /^(\d{4})-(\d{2})$/;
  var YEAR = /^\d{4}$/;
  var WHOLE_NUMBER = /^-?\d{1,15}$/;

  function isDay(year, month, day) {
    var date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }

  /** The ISO day of a written date (17/03/2022 or 2022-03-17), or null; months and years have no day. */
  function isoDay(text) {
    var m = WRITTEN_DAY.exec(text);
    if (m && isDay(+m[3], +m[2], +m[1])) {
      return m[3] + '-' + pad(m[2]) + '-' + pad(m[1]);
    }
    m = ISO_DAY.exec(text);
    return m && isDay(+m[1], +m[2], +m[3]) ? text : null;
  }

  /** Whether the text is a date as the API reads it: a day, a month or a year, written or ISO. */
  function isDate(text) {
    var m = WRITTEN_MONTH.exec(text) || ISO_MONTH.exec(text);
    if (m) {
      var month = WRITTEN_MONTH.test(text) ? +m[1] : +m[2];
      return month >= 1 && month <= 12;
    }
    return YEAR.test(text) || isoDay(text) !== null;
  }

  function pad(n) {
    return String(n).padStart(2, '0');
  }

  function enhanceDate(input) {
    if (input.dataset.picker) {
      return;
    }
    input.dataset.picker = 'yes';
    var box = input.parentElement;
    if (!box.classList.contains('date-box')) {
      box = document.createElement('span');
      box.className = 'date-box';
      input.parentElement.insertBefore(box, input);
      box.appendChild(input);
    }
    var picker = document.createElement('input');
    picker.type = 'date';
    picker.className = 'date-picker';
    picker.tabIndex = -1;
    picker.setAttribute('aria-hidden', 'true');
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'pick-date';
    button.setAttribute('aria-label', texts.pickDate + (input.labels && input.labels[0] ? ': ' + labelOf(input) : ''));
    button.title = texts.pickDate;
    button.innerHTML = '<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">'
      + '<path fill="currentColor" d="M4 0h2v2h4V0h2v2h2a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H2a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1'
      + 'h2zM3 6v8h10V6zm1 1h2v2H4zm3 0h2v2H7zm3 0h2v2h-2zM4 10h2v2H4zm3 0h2v2H7z"/></svg>';
    box.appendChild(button);
    box.appendChild(picker);
    button.addEventListener('click', function () {
      picker.value = isoDay(input.value.trim()) || '';
      if (typeof picker.showPicker === 'function') {
        try {
          picker.showPicker();
          return;
        } catch (e) {
          /* a browser that refuses: fall through to the field itself */
        }
      }
      picker.focus();
      picker.click();
    });
    picker.addEventListener('change', function () {
      var m = ISO_DAY.exec(picker.value);
      if (m) {
        input.value = m[3] + '/' + m[2] + '/' + m[1];
        input.dispatchEvent(new Event('input', {bubbles: true}));
        input.dispatchEvent(new Event('change', {bubbles: true}));
      }
      input.focus();
    });
  }

  /** The field's label as the page shows it, without the required mark. */
  function labelOf(control) {
    var label = control.labels && control.labels[0];
    if (!label) {
      return control.name;
    }
    var copy = label.cloneNode(true);
    copy.querySelectorAll('.required').forEach(function (mark) {
      mark.remove();
    });
    return copy.textContent.replace(/\s+/g, ' ').trim();
  }

  function controlOf(field) {
    return field.querySelector('input:not(.date-picker), select, textarea');
  }

  function unchanged(control) {
    if (control.tagName === 'SELECT') {
      return Array.prototype.every.call(control.options, function (o) {
        return o.selected === o.defaultSelected;
      });
    }
    return control.value === control.defaultValue;
  }

  /** The mistakes that can be seen without the server, by control. */
  function mistakes(form) {
    var found = [];
    form.querySelectorAll('.field').forEach(function (field) {
      var control = controlOf(field);
      if (!control || !control.name) {
        return;
      }
      var value = control.value.trim();
      var message = null;
      if (control.required && value === '') {
        message = control.tagName === 'SELECT' ? texts.requiredChoice : texts.required;
      } else if (value !== '' && control.classList.contains('date') && !isDate(value)) {
        message = texts.date;
      } else if (value !== '' && control.classList.contains('number') && !WHOLE_NUMBER.test(value)) {
        message = texts.wholeNumber;
      } else {
        var said = field.querySelector('.error');
        if (said && !said.dataset.page && unchanged(control)) {
          found.push({control: control, field: field, message: said.textContent, server: true});
        }
      }
      if (message) {
        found.push({control: control, field: field, message: message});
      }
    });
    return found;
  }

  function clearError(field) {
    var control = controlOf(field);
    field.classList.remove('invalid');
    var error = field.querySelector('.error');
    if (error) {
      error.remove();
    }
    if (control) {
      control.removeAttribute('aria-invalid');
      var described = (control.getAttribute('aria-describedby') || '')
        .split(/\s+/)
        .filter(function (id) {
          return id && id !== control.id + '-error';
        })
        .join(' ');
      if (described) {
        control.setAttribute('aria-describedby', described);
      } else {
        control.removeAttribute('aria-describedby');
      }
    }
  }

  function showError(mistake) {
    var control = mistake.control;
    var error = document.createElement('div');
    error.className = 'error';
    error.id = control.id + '-error';
    error.dataset.page = 'yes';
    error.textContent = mistake.message;
    mistake.field.appendChild(error);
    mistake.field.classList.add('invalid');
    control.setAttribute('aria-invalid', 'true');
    var described = (control.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    described.push(error.id);
    control.setAttribute('aria-describedby', described.join(' '));
  }

  function showSummary(summary, found) {
    summary.querySelector('.problems-title').textContent = found.length === 1
      ? texts.problemsOne
      : texts.problemsMany.replace('{0}', found.length);
    var list = summary.querySelector('.problems-list');
    list.textContent = '';
    found.forEach(function (mistake) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = '#' + mistake.control.id;
      link.textContent = labelOf(mistake.control) + ': ' + mistake.message;
      item.appendChild(link);
      list.appendChild(item);
    });
    summary.hidden = false;
    summary.focus();
  }

  function checkOnSubmit(form) {
    var summary = document.getElementById('form-problem');
    if (!summary) {
      return;
    }
    form.addEventListener('submit', function (event) {
      var found = mistakes(form);
      var seenHere = found.filter(function (mistake) {
        return !mistake.server;
      });
      if (seenHere.length === 0) {
        return;
      }
      event.preventDefault();
      form.querySelectorAll('.field').forEach(clearError);
      found.forEach(showError);
      showSummary(summary, found);
    });
  }

  function renumber(element, list, from, to) {
    var name = list + '[' + from + ']';
    var id = (list + '[' + from + '].').replace(/[^A-Za-z0-9]/g, '-');
    var newName = list + '[' + to + ']';
    var newId = (list + '[' + to + '].').replace(/[^A-Za-z0-9]/g, '-');
    ['name', 'data-row'].forEach(function (attribute) {
      var value = element.getAttribute(attribute);
      if (value) {
        element.setAttribute(attribute, value.split(name).join(newName));
      }
    });
    ['id', 'for', 'aria-describedby'].forEach(function (attribute) {
      var value = element.getAttribute(attribute);
      if (value) {
        element.setAttribute(attribute, value.split(id).join(newId));
      }
    });
  }

  function addRow(button) {
    var list = button.dataset.list;
    var form = button.form;
    var fields = Array.prototype.filter.call(form.querySelectorAll('.field[data-row]'), function (field) {
      return field.dataset.row.indexOf(list + '[') === 0;
    });
    if (fields.length === 0) {
      return;
    }
    var last = fields[fields.length - 1].dataset.row;
    var from = +last.substring(list.length + 1, last.length - 1);
    var to = from + 1;
    var lastRow = fields.filter(function (field) {
      return field.dataset.row === last;
    });
    var anchor = lastRow[lastRow.length - 1];
    var first = null;
    lastRow.forEach(function (field) {
      var copy = field.cloneNode(true);
      clearError(copy);
      copy.querySelectorAll('datalist, .pick-date, .date-picker').forEach(function (extra) {
        extra.remove();
      });
      [copy].concat(Array.prototype.slice.call(copy.querySelectorAll('*'))).forEach(function (element) {
        renumber(element, list, from, to);
      });
      copy.querySelectorAll('input, textarea').forEach(function (control) {
        control.value = '';
        control.defaultValue = '';
        delete control.dataset.picker;
      });
      copy.querySelectorAll('select').forEach(function (control) {
        control.selectedIndex = 0;
      });
      var number = copy.querySelector('.row-number');
      if (!number) {
        number = document.createElement('span');
        number.className = 'row-number';
        var label = copy.querySelector('label');
        label.insertBefore(number, label.children[1] || null);
      }
      number.textContent = ' ' + (to + 1);
      anchor.after(copy);
      anchor = copy;
      copy.querySelectorAll('input.date').forEach(enhanceDate);
      first = first || controlOf(copy);
    });
    if (first) {
      first.focus();
    }
  }

  function start() {
    document.querySelectorAll('input.date').forEach(enhanceDate);
    document.querySelectorAll('form.form[novalidate]').forEach(checkOnSubmit);
    document.querySelectorAll('button.add-row').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        addRow(button);
      });
    });
    var summary = document.getElementById('form-problem');
    if (summary) {
      summary.addEventListener('click', function (event) {
        var link = event.target.closest('a[href^="#"]');
        var target = link && document.getElementById(link.getAttribute('href').substring(1));
        if (target) {
          event.preventDefault();
          target.scrollIntoView({block: 'center'});
          target.focus();
        }
      });
      if (!summary.hidden) {
        summary.focus();
      }
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
