// Dot voting: − / + buttons beside each count and a running "dots left". Without this file
// the ballot is a plain form of number inputs and the server checks the total.
(() => {
  const form = document.querySelector("[data-dot-vote]");
  if (!form) return;
  const budget = Number(form.dataset.budget) || 0;
  const left = form.querySelector("[data-dots-left]");
  const note = form.querySelector("[data-dots-note]");
  const inputs = Array.from(form.querySelectorAll("input[type=number]"));
  const count = (input) => Math.max(0, Math.floor(Number(input.value) || 0));
  const given = () => inputs.reduce((sum, input) => sum + count(input), 0);
  const messages = {
    none: form.dataset.noneLeft || "",
    over: form.dataset.overBudget || "",
  };
  const update = (message) => {
    const remaining = budget - given();
    if (left) left.textContent = String(Math.max(remaining, 0));
    if (note) note.textContent = message || (remaining < 0 ? messages.over : "");
  };
  form.querySelectorAll("button[data-step]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => {
      const input = document.getElementById(button.dataset.target);
      if (!input) return;
      const step = Number(button.dataset.step);
      if (step > 0 && given() >= budget) {
        update(messages.none);
        return;
      }
      input.value = String(Math.max(0, count(input) + step));
      update("");
    });
  });
  inputs.forEach((input) => input.addEventListener("input", () => update("")));
  update("");
})();
