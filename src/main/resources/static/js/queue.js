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
