// Countdown to the next milestone: the server renders whole days; this refines it to the second. Whole days are
// counted down (a started day is not a day), the one rule of shared.web.DaysLeft, so the list's "days left" agrees.
(function () {
  'use strict';
  function pad(n) { return n < 10 ? '0' + n : '' + n; }
  function tick(el) {
    var target = Date.parse(el.getAttribute('data-countdown'));
    if (isNaN(target)) { return; }
    var left = Math.floor((target - Date.now()) / 1000);
    if (left <= 0) { el.textContent = el.getAttribute('data-over'); return false; }
    var days = Math.floor(left / 86400);
    var rest = left % 86400;
    el.textContent = days + ' ' + el.getAttribute('data-days') + ' ' +
      pad(Math.floor(rest / 3600)) + ':' + pad(Math.floor((rest % 3600) / 60)) + ':' + pad(rest % 60);
    return true;
  }
  document.addEventListener('DOMContentLoaded', function () {
    var els = Array.prototype.slice.call(document.querySelectorAll('[data-countdown]'));
    if (!els.length) { return; }
    els.forEach(tick);
    var timer = setInterval(function () {
      var running = els.map(tick).some(function (r) { return r; });
      if (!running) { clearInterval(timer); }
    }, 1000);
  });
})();

// A page re-rendered with an error summary (or a conflict) puts focus on it, so keyboard and screen-reader users
// start there; its links to fields focus the field itself, not only scroll to it.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('[role=alert][tabindex="-1"]');
    if (summary) { summary.focus(); }
  });
  document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('[role=alert] a[href^="#"]');
    if (!link) { return; }
    var field = document.getElementById(link.getAttribute('href').slice(1));
    if (!field) { return; }
    e.preventDefault();
    // a group (fieldset, div) is not focusable by itself: make it so, or focus would not move at all
    if (field.tabIndex < 0 && !field.hasAttribute('tabindex')) { field.setAttribute('tabindex', '-1'); }
    var panel = field.closest('details');
    if (panel) { panel.open = true; }
    field.focus();
    field.scrollIntoView({ block: 'center' });
  });
})();

// The checklist's live region: emptied when a save starts, so the next "saved" is announced again; says so when a
// save fails (htmx does not swap error responses, so the ticks on screen would otherwise look saved).
(function () {
  'use strict';
  function status() { return document.getElementById('checklist-status'); }
  function inChecklist(e) { return e.target && e.target.closest && e.target.closest('#checklist'); }
  document.addEventListener('htmx:beforeRequest', function (e) {
    if (inChecklist(e) && status()) { status().textContent = ''; }
  });
  function failed(e) {
    if (inChecklist(e) && status()) { status().textContent = status().getAttribute('data-error'); }
  }
  document.addEventListener('htmx:responseError', failed);
  document.addEventListener('htmx:sendError', failed);
})();

// Date inputs follow the browser's language (mm/dd/yyyy in an English browser): the chosen date is repeated beside
// the input as the portal writes dates, dd/MM/yyyy (and HH:mm for a date and time), so nobody misreads 05/06.
(function () {
  'use strict';
  function pad(n) { return n < 10 ? '0' + n : '' + n; }
  function show(input, echo) {
    var m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(input.value || '');
    echo.textContent = m ? m[3] + '/' + m[2] + '/' + m[1] + (m[4] ? ' ' + m[4] + ':' + m[5] : '') : '';
  }
  document.addEventListener('DOMContentLoaded', function () {
    var inputs = document.querySelectorAll('input[type=date], input[type=datetime-local]');
    Array.prototype.forEach.call(inputs, function (input) {
      var echo = document.createElement('span');
      echo.className = 'form-text date-echo d-block';
      // the input itself is announced with its value; this line is for the eye
      echo.setAttribute('aria-hidden', 'true');
      echo.setAttribute('data-date-for', input.id || '');
      var anchor = input.parentElement && input.parentElement.classList.contains('input-group') ? input.parentElement : input;
      anchor.insertAdjacentElement('afterend', echo);
      show(input, echo);
      input.addEventListener('input', function () { show(input, echo); });
      input.addEventListener('change', function () { show(input, echo); });
    });
  });
})();

// A button with data-confirm asks first (a step that reverses an earlier decision); without script the page's own
// warning beside the button says the same.
document.addEventListener('click', function (e) {
  'use strict';
  var button = e.target.closest && e.target.closest('button[data-confirm]');
  if (button && !window.confirm(button.getAttribute('data-confirm'))) {
    e.preventDefault();
  }
});
