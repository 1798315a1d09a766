// Person form: the studies fieldset matters only for students. Hide it for other kinds
// (the server still validates: a program level is refused unless the person is a student).
(() => {
  const kind = document.querySelector("[data-person-kind]");
  const studies = document.querySelector("[data-student-fields]");
  if (!kind || !studies) return;
  const hasErrors = () => studies.querySelector(".errorlist") !== null;
  const update = () => { studies.hidden = kind.value !== "student" && !hasErrors(); };
  kind.addEventListener("change", update);
  update();
})();
