// Dossier form autosave. htmx posts the form on an "autosave" event; this script decides when: a few seconds after
// the last edit of an answer (not file pickers, which belong to their own upload forms, nor the submit ticks), and
// never racing a plain save: a pending autosave is cancelled, one in flight is waited for, so the version is current.
(function () {
  'use strict';
  var DELAY = 3000;
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('dossier-form');
    if (!form) { return; }
    var timer = null;
    function schedule(e) {
      var t = e.target;
      if (!t || t.form !== form || t.type === 'file' || t.name === 'declaration' || t.name === 'consent') { return; }
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
  });
})();
