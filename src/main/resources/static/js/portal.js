// Countdown to the next milestone: the server renders whole days; this refines it to the second.
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
    var panel = field.closest('details');
    if (panel) { panel.open = true; }
    field.focus();
    field.scrollIntoView({ block: 'center' });
  });
})();
