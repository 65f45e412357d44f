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

// The filters would fill a phone's screen, and half a laptop's, before the first result: fold the less used ones
// unless one of them is set (then they stay open, so what narrows the list is in view).
document.addEventListener('DOMContentLoaded', () => {
  const more = document.getElementById('more-filters');
  if (more && more.dataset.set === '0') {
    more.open = false;
  }
});
