// The queue's "select all" box: shown only when scripts run; without it every row is ticked one by one.
document.addEventListener('DOMContentLoaded', () => {
  const all = document.getElementById('select-all');
  if (!all) {
    return;
  }
  const boxes = () => document.querySelectorAll('#queue tbody input[name="selected"]');
  all.hidden = false;
  all.addEventListener('change', () => boxes().forEach((b) => { b.checked = all.checked; }));
});

// On a phone the filters would fill the screen before the first result: fold the less used ones unless one is set.
document.addEventListener('DOMContentLoaded', () => {
  const more = document.getElementById('more-filters');
  if (more && more.dataset.set === '0' && window.matchMedia('(max-width: 767.98px)').matches) {
    more.open = false;
  }
});
