// Score sheet autosave. htmx posts the sheet on an "autosave" event; this script decides when: a few seconds after
// the last change, never racing a plain Save or Submit (a pending autosave is cancelled, one in flight is waited for,
// so the version posted is current). The status line is emptied when a save starts so the next one is announced.
(function () {
  'use strict';
  var DELAY = 2500;
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('sheet-form');
    if (!form || !form.hasAttribute('data-hx-post')) { return; }
    var timer = null;
    function schedule(e) {
      if (!e.target || e.target.form !== form) { return; }
      clearTimeout(timer);
      timer = setTimeout(function () { timer = null; form.dispatchEvent(new CustomEvent('autosave')); }, DELAY);
    }
    form.addEventListener('input', schedule);
    form.addEventListener('change', schedule);
    form.addEventListener('submit', function (e) {
      clearTimeout(timer);
      timer = null;
      if (form.classList.contains('htmx-request')) {
        e.preventDefault();
        var submitter = e.submitter;
        form.addEventListener('htmx:afterRequest', function () {
          if (submitter) { form.requestSubmit(submitter); } else { form.requestSubmit(); }
        }, { once: true });
      }
    });
    function failed(e) {
      if (e.target === form) {
        var status = document.getElementById('save-status');
        if (status) { status.textContent = status.getAttribute('data-error'); }
      }
    }
    document.addEventListener('htmx:responseError', failed);
    document.addEventListener('htmx:sendError', failed);
  });
})();
