// Small progressive enhancements; every page works without this file.
document.addEventListener("keydown", (event) => {
  // "/" focuses the page's search box, as in many list-heavy apps.
  if (event.key === "/" && !["INPUT", "TEXTAREA", "SELECT"].includes(document.activeElement.tagName)) {
    const search = document.querySelector("input[type=search]:not([data-list-filter])");
    if (search) { event.preventDefault(); search.focus(); }
  }
});

// A long <select> (a chapter's people, its sessions: hec.core.widgets.QuickSelect marks it with
// data-filter) gets a box above it that narrows its options as you type; the select stays the
// field that is submitted. Options are removed, not hidden: phones' pickers ignore hidden ones.
const fold = (text) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

function addListFilter(select) {
  if (select.dataset.filterReady) return;
  select.dataset.filterReady = "1";
  const all = Array.from(select.options);
  const total = all.filter((o) => o.value).length;
  const box = document.createElement("input");
  box.type = "search";
  box.autocomplete = "off";
  box.placeholder = select.dataset.filter;
  box.setAttribute("aria-label", select.dataset.filter);
  box.setAttribute("data-list-filter", "");
  if (select.id) {
    box.id = select.id + "_filter";
    box.setAttribute("aria-controls", select.id);
  }
  const status = document.createElement("small");
  status.className = "list-filter-status";
  status.setAttribute("aria-live", "polite");
  box.addEventListener("input", () => {
    const words = fold(box.value.trim());
    const chosen = select.value;
    // the empty choice and the current choice always stay
    const kept = all.filter((o) => !o.value || o.value === chosen || fold(o.text).includes(words));
    select.replaceChildren(...kept);
    select.value = chosen; // re-inserting options may move the selection
    const shown = kept.filter((o) => o.value).length;
    status.textContent = words
      ? select.dataset.filterStatus.replace("%(shown)s", shown).replace("%(total)s", total)
      : "";
  });
  // Enter in the box must not submit the form half-filled
  box.addEventListener("keydown", (event) => { if (event.key === "Enter") event.preventDefault(); });
  select.before(box, status);
}

function addListFilters(root) {
  root.querySelectorAll("select[data-filter]").forEach(addListFilter);
}
addListFilters(document);
document.addEventListener("htmx:load", (event) => addListFilters(event.detail.elt));
