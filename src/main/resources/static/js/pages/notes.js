/* A young person's case notes and chronology: write a note, correct one (a new version), filter and print. */
LL.ready(async () => {
  const { api, h, fill, date } = LL;
  const main = document.getElementById("main");
  const base = "/api/young-people/" + encodeURIComponent(main.dataset.youngPersonId);
  const form = document.getElementById("note-form");
  const filter = document.getElementById("filter-form");
  const body = document.querySelector("#chronology tbody");
  const submitButton = document.getElementById("note-submit");
  const cancel = document.getElementById("note-cancel");
  let correcting = null;

  const people = await api(base + "/progress");
  const about = document.getElementById("note-about");
  fill(about, people.length ? people.map((p) => h("label", {},
      h("input", { type: "checkbox", name: "about", value: p.personId, "data-list": "" }),
      " " + p.name + (p.relationship ? " (" + p.relationship + ")" : "")))
    : h("span", { class: "muted" }, "No one in the network yet."));

  function query() {
    const parameters = new URLSearchParams();
    let chosen;
    try {
      chosen = LL.values(filter);
    } catch (e) {
      // A date still being typed: keep the view as it was; one that is no real date is marked beside it (focus
      // stays where the person is typing).
      LL.clearErrors(filter);
      if (!/must include/.test(e.message)) {
        const typing = document.activeElement;
        LL.showFieldError(filter, e.field, e.message);
        if (typing) typing.focus();
      }
      return null;
    }
    LL.clearErrors(filter);
    for (const [name, value] of Object.entries(chosen)) {
      if (value) parameters.set(name, value);
    }
    const text = parameters.toString();
    return text ? "?" + text : "";
  }

  async function load() {
    const q = query();
    if (q === null) return;
    document.getElementById("print-chronology").setAttribute("href", base + "/chronology.html" + q);
    const entries = await api(base + "/chronology" + q);
    if (!entries.length) {
      fill(body, h("tr", {}, h("td", { colspan: 4, class: "muted" }, "Nothing recorded in this view.")));
      return;
    }
    fill(body, entries.map((entry) => h("tr", { "data-kind": entry.kind },
        h("td", {}, date(entry.date)),
        h("td", { class: "chronology-what" }, entry.what),
        h("td", {}, entry.by || ""),
        h("td", {}, entry.kind === "NOTE"
          ? h("button", { type: "button", class: "secondary", onclick: () => correct(entry.ref) }, "Correct") : null))));
  }

  async function correct(noteId) {
    const note = await api(base + "/notes/" + encodeURIComponent(noteId));
    correcting = note;
    LL.setDate(form, "date", note.date);
    form.elements.text.value = note.text;
    form.elements.shareWithYoungPerson.checked = note.shareWithYoungPerson;
    const chosen = new Set(note.about.map((a) => a.personId));
    form.querySelectorAll("input[name=about]").forEach((box) => { box.checked = chosen.has(box.value); });
    fill(submitButton, "Save the correction (version " + (note.version + 1) + ")");
    cancel.hidden = false;
    form.elements.text.focus();
  }

  function stopCorrecting() {
    correcting = null;
    fill(submitButton, "Save the note");
    cancel.hidden = true;
  }
  cancel.addEventListener("click", () => { stopCorrecting(); form.reset(); });

  LL.form(form, async (values, formElement, submit, submission) => {
    let message;
    if (correcting) {
      const saved = await api(base + "/notes/" + encodeURIComponent(correcting.id),
          { method: "PUT", json: values, ifMatch: correcting.version });
      message = "Correction saved as version " + saved.version + ". The earlier version is kept.";
    } else {
      const saved = await api(base + "/notes", { json: values, idempotencyKey: submission.idempotencyKey });
      message = saved.shareWithYoungPerson ? "Note saved and shared with the young person." : "Note saved.";
    }
    stopCorrecting();
    formElement.reset();
    await load();
    return message;
  });

  filter.addEventListener("change", () => load());
  // A document uploaded or withdrawn on this page (documents.js) is in the chronology too.
  document.addEventListener("ll:documents-changed", () => load());
  await load();
});
