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
