// Criteria form: keeps the total of the weights up to date while the committee types. Without JavaScript the server
// shows the total each time the form comes back.
document.addEventListener('DOMContentLoaded', () => {
  const total = document.getElementById('weight-total');
  const form = document.getElementById('crit-form');
  if (!total || !form) {
    return;
  }
  const update = () => {
    let sum = 0;
    form.querySelectorAll('[data-weight]').forEach((input) => {
      const value = input.value.trim();
      if (/^[+-]?\d+$/.test(value)) {
        sum += parseInt(value, 10);
      }
    });
    total.textContent = String(sum);
    total.classList.toggle('text-danger', sum !== 100);
    total.classList.toggle('fw-bold', sum !== 100);
  };
  form.addEventListener('input', (e) => {
    if (e.target.matches('[data-weight]')) {
      update();
    }
  });
});
