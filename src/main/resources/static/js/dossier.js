// Dossier form autosave. htmx posts the form on an "autosave" event; this script decides when: a few seconds after
// the last edit of an answer (not file pickers, which belong to their own upload forms, nor the submit ticks), and
// never racing a plain save: a pending autosave is cancelled, one in flight is waited for, so the version is current.
//
// Nothing typed is lost to another button: every form or link marked data-save-first (upload, remove a file,
// withdraw, preview) first saves what is typed through the same autosave, then goes on. Uploads do not leave the
// page at all: the file is posted with XMLHttpRequest (a progress bar, drag and drop), and the parts of the page the
// upload changes (the file list, what is missing, the message) are taken from the page the server answers with.
(function () {
  'use strict';
  var DELAY = 3000;
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('dossier-form');
    if (!form) { return; }
    var timer = null;
    var dirty = false;
    function tracked(t) {
      return t && t.form === form && t.type !== 'file' && t.name !== 'declaration' && t.name !== 'consent';
    }
    function schedule(e) {
      if (!tracked(e.target)) { return; }
      dirty = true;
      clearTimeout(timer);
      timer = setTimeout(function () { timer = null; form.dispatchEvent(new CustomEvent('autosave')); }, DELAY);
    }
    form.addEventListener('input', schedule);
    form.addEventListener('change', schedule);
    // what is on screen now is what this save carries; typing during the request makes the form dirty again
    form.addEventListener('htmx:beforeRequest', function () { dirty = false; });
    form.addEventListener('htmx:afterRequest', function (e) { if (!e.detail.successful) { dirty = true; } });
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

    /** Saves what is typed (if anything is unsaved), then calls next(saved): false if the save was refused. */
    function saveFirst(next) {
      var busy = form.classList.contains('htmx-request');
      if (!dirty && !busy) { next(true); return; }
      clearTimeout(timer);
      timer = null;
      form.addEventListener('htmx:afterRequest', function (e) {
        var text = e.detail.xhr ? e.detail.xhr.responseText : '';
        var ok = e.detail.successful && text.indexOf('text-danger') < 0;
        if (ok && dirty) { saveFirst(next); } else { next(ok); }
      }, { once: true });
      if (!busy) { form.dispatchEvent(new CustomEvent('autosave')); }
    }

    function replace(doc, id) {
      var fresh = doc.getElementById(id);
      var old = document.getElementById(id);
      if (fresh && old) { old.replaceWith(document.importNode(fresh, true)); }
    }

    function upload(uploadForm, submitter) {
      var input = uploadForm.elements.namedItem('file');
      if (!input || !input.files || !input.files.length) { uploadForm.submit(); return; }
      var box = document.getElementById(input.id + '-upload');
      var panel = box.querySelector('.upload-progress');
      var bar = panel.querySelector('progress');
      var text = panel.querySelector('.upload-progress-text');
      var data = new FormData(uploadForm);
      var xhr = new XMLHttpRequest();
      xhr.open('POST', uploadForm.action);
      xhr.upload.addEventListener('progress', function (p) {
        if (p.lengthComputable && p.total > 0) {
          bar.max = p.total;
          bar.value = p.loaded;
          text.textContent = Math.floor(100 * p.loaded / p.total) + '%';
        }
        uploadForm.dispatchEvent(new CustomEvent('dossier:upload-progress', { bubbles: true,
          detail: { loaded: p.loaded, total: p.total } }));
      });
      xhr.addEventListener('load', function () {
        var doc = new DOMParser().parseFromString(xhr.responseText, 'text/html');
        if (xhr.status >= 400 || !doc.getElementById('dossier-form')) {
          // the dossier is no longer editable (or the server refused): show the page it answered with
          window.location.assign(xhr.responseURL || window.location.pathname);
          return;
        }
        ['flash', input.id + '-upload', 'toc', 'completeness', 'file-forms'].forEach(function (id) { replace(doc, id); });
        var fresh = document.getElementById(input.id + '-upload');
        var hint = fresh && fresh.querySelector('.file-drop-hint');
        if (hint) { hint.hidden = false; }
        var message = document.querySelector('#flash .alert');
        if (message) { message.setAttribute('tabindex', '-1'); message.focus(); }
      });
      xhr.addEventListener('error', function () {
        // what was typed is saved: the plain page is safe to show again
        window.location.assign(window.location.pathname + '#' + input.id);
      });
      panel.hidden = false;
      text.textContent = '0%';
      if (submitter) { submitter.disabled = true; }
      xhr.send(data);
    }

    // before another form on the page posts (capture: before htmx or the browser act on it)
    document.addEventListener('submit', function (e) {
      var other = e.target;
      var how = other.getAttribute && other.getAttribute('data-save-first');
      if (!how) { return; }
      e.preventDefault();
      e.stopPropagation();
      var submitter = e.submitter;
      saveFirst(function (saved) {
        if (how === 'upload') { upload(other, submitter); } else if (saved) { other.submit(); }
      });
    }, true);
    document.addEventListener('click', function (e) {
      var link = e.target.closest && e.target.closest('a[data-save-first]');
      if (!link || e.ctrlKey || e.metaKey || e.shiftKey) { return; }
      e.preventDefault();
      saveFirst(function (saved) { if (saved) { window.location.assign(link.href); } });
    });

    // drag and drop onto a file question: the dropped file is uploaded like a picked one
    Array.prototype.forEach.call(document.querySelectorAll('.file-drop-hint'), function (h) { h.hidden = false; });
    function dropZone(e) { return e.target.closest && e.target.closest('.file-upload'); }
    document.addEventListener('dragover', function (e) {
      var zone = dropZone(e);
      if (!zone) { return; }
      e.preventDefault();
      zone.classList.add('file-drag');
    });
    document.addEventListener('dragleave', function (e) {
      var zone = dropZone(e);
      if (zone) { zone.classList.remove('file-drag'); }
    });
    document.addEventListener('drop', function (e) {
      var zone = dropZone(e);
      if (!zone || !e.dataTransfer || !e.dataTransfer.files.length) { return; }
      e.preventDefault();
      zone.classList.remove('file-drag');
      var input = zone.querySelector('input[type=file]');
      var files = new DataTransfer();
      files.items.add(e.dataTransfer.files[0]);
      input.files = files.files;
      var uploadForm = input.form;
      var button = zone.querySelector('button[form="' + uploadForm.id + '"]');
      uploadForm.requestSubmit(button);
    });
  });
})();

// A live count of words (against the question's limit, if any) and characters under each long answer.
(function () {
  'use strict';
  function count(counter) {
    var field = document.getElementById(counter.getAttribute('data-counter-for'));
    if (!field) { return; }
    var text = field.value || '';
    var words = (text.match(/\S+/g) || []).length;
    var limit = counter.getAttribute('data-limit');
    var over = limit && words > parseInt(limit, 10);
    counter.textContent = (limit ? words + ' / ' + limit : words) + ' ' + counter.getAttribute('data-words') + ' · ' +
      text.length + ' ' + counter.getAttribute('data-chars') + (over ? ' · ' + counter.getAttribute('data-over') : '');
    counter.classList.toggle('text-danger', !!over);
    counter.classList.toggle('fw-semibold', !!over);
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (!document.getElementById('dossier-form')) { return; }
    Array.prototype.forEach.call(document.querySelectorAll('.word-counter'), function (c) {
      c.hidden = false;
      count(c);
    });
    document.addEventListener('input', function (e) {
      var id = e.target && e.target.id;
      if (!id) { return; }
      var counter = document.querySelector('.word-counter[data-counter-for="' + id + '"]');
      if (counter) { count(counter); }
    });
  });
})();
