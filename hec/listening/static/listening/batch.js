// Batch story entry: "Add a row" adds a row in place (no round trip) and puts the caret in
// its story box. Without this file the button asks the server for one more row instead;
// either way nothing typed is lost.
(() => {
  const form = document.querySelector("[data-batch-form]");
  if (!form) return;
  const total = form.querySelector("input[name=rows-TOTAL_FORMS]");
  const button = form.querySelector("button[name=add_row]");
  if (!total || !button) return;
  button.addEventListener("click", (event) => {
    const rows = form.querySelectorAll("fieldset.batch-row");
    const last = rows[rows.length - 1];
    if (!last) return;  // let the server add it
    event.preventDefault();
    const index = Number(total.value);
    const row = last.cloneNode(true);
    row.classList.remove("batch-row-error");
    row.querySelectorAll(".errorlist, [role=alert]").forEach((node) => node.remove());
    row.querySelectorAll("[name], [id], [for], [aria-describedby]").forEach((node) => {
      for (const attr of ["name", "id", "for", "aria-describedby"]) {
        const value = node.getAttribute(attr);
        if (value) node.setAttribute(attr, value.replace(/rows-\d+-/g, `rows-${index}-`));
      }
      node.removeAttribute("aria-invalid");
      if (node.tagName === "TEXTAREA" || (node.tagName === "INPUT" && node.type === "text")) {
        node.value = "";
      } else if (node.tagName === "SELECT") {
        const keep = node.name.endsWith("-language") || node.name.endsWith("-consent_method");
        if (!keep) node.selectedIndex = 0;
      }
    });
    const legend = row.querySelector("legend");
    if (legend && button.dataset.rowLabel) {
      legend.textContent = button.dataset.rowLabel.replace("0", String(index + 1));
    }
    last.after(row);
    total.value = String(index + 1);
    row.querySelector("textarea")?.focus();
  });
})();
