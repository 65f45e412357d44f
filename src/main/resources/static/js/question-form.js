// Question form: show only the limits that fit the chosen answer type. Without JavaScript every field stays visible
// and the server ignores the ones that do not fit.
document.addEventListener('DOMContentLoaded', () => {
  const kind = document.getElementById('kind');
  if (!kind) {
    return;
  }
  const update = () => {
    document.querySelectorAll('[data-for-kinds]').forEach((group) => {
      group.hidden = !group.dataset.forKinds.split(' ').includes(kind.value);
    });
  };
  kind.addEventListener('change', update);
  update();
});
