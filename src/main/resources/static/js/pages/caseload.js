/* The caseload: what needs attention first, then the young people with their stage, and the referral form. */
LL.ready(async () => {
  const { api, h, fill, capitalised, date } = LL;
  const body = document.querySelector("#caseload tbody");
  const attention = document.getElementById("needs-attention");

  /** A case handed over to this worker lately: who from, when, their note, and the young person's open tasks. */
  function handedOver(handover, open) {
    const theirs = open.filter((t) => t.youngPersonId === handover.youngPersonId);
    return h("li", { class: "task handover", "data-handover": handover.youngPersonId },
        h("span", { class: "badge" }, "Handed over"), " ",
        h("a", { href: "/young-people/" + encodeURIComponent(handover.youngPersonId) }, handover.youngPersonName),
        ": handed over to you by " + handover.fromName + " on " + date(handover.on) + ".",
        h("blockquote", { class: "handover-note" }, handover.note),
        h("p", { class: "muted" }, theirs.length ? theirs.length + (theirs.length === 1 ? " open task" : " open tasks")
            + " for " + handover.youngPersonName + " (those due are listed here; all are on their page)."
            : "No open tasks for them now."));
  }

  async function loadTasks() {
    const tasks = await api("/api/tasks");
    const open = tasks.overdue.concat(tasks.due);
    const handovers = (tasks.handovers || []).map((handover) => handedOver(handover,
        tasks.overdue.concat(tasks.due, tasks.upcoming)));
    if (!open.length && !handovers.length) {
      fill(attention, h("li", { class: "muted" }, "Nothing needs attention now."));
      return;
    }
    fill(attention, handovers.concat(open.map((task) => LLTasks.item(task, async (t) => {
      await LLTasks.markDone(t);
      await Promise.all([loadTasks(), load()]);
      LL.status(document.getElementById("page-status"), "Marked done: " + t.what, "ok");
    }))));
  }

  function counts(row) {
    const parts = [];
    if (row.overdue) parts.push(h("span", { class: "badge task-state state-OVERDUE" }, row.overdue + " overdue"));
    if (row.due) parts.push(h("span", { class: "badge task-state state-DUE" }, row.due + " due"));
    return parts.length ? parts : h("span", { class: "muted" }, "None due");
  }

  async function load() {
    const rows = await api("/api/caseload");
    if (!rows.length) {
      fill(body, h("tr", {}, h("td", { colspan: 6, class: "muted" }, "No young people yet.")));
      return;
    }
    fill(body, rows.map((row) => h("tr", { "data-young-person": row.id },
        h("td", {}, h("a", { href: "/young-people/" + encodeURIComponent(row.id) }, row.givenName + " " + row.familyName)),
        h("td", {}, row.localId),
        h("td", {}, capitalised(row.area)),
        h("td", { class: "stage" }, h("strong", {}, row.stageWords),
            row.stageSince ? h("span", { class: "muted" }, " since " + date(row.stageSince)) : null),
        h("td", {}, counts(row)),
        h("td", {}, date(row.referralDate)))));
  }

  /** The consent fields, kept out of the referral itself (data-skip) and recorded right after it. */
  function consentOf(form) {
    const from = form.elements.parentalConsentFrom.value.trim();
    const consent = {
      youngPersonAgreed: form.elements.youngPersonAgreed.checked,
      parentalConsent: form.elements.parentalConsent.value,
      lawfulBasis: form.elements.lawfulBasis.value,
    };
    if (from) consent.parentalConsentFrom = from;
    if (consent.parentalConsent === "GIVEN" && !from) {
      throw new LL.Problem(400, { detail: "Say who gave the consent", field: "parentalConsentFrom" });
    }
    return consent;
  }

  const refer = document.getElementById("refer-form");
  if (refer) {
    LL.form(refer, async (values, form, submit, submission) => {
      const consent = consentOf(form);
      const created = await api("/api/young-people", { json: values, idempotencyKey: submission.idempotencyKey });
      const recorded = await api("/api/young-people/" + encodeURIComponent(created.id) + "/consent",
          { method: "PUT", json: consent });
      form.reset();
      await load();
      return `${created.givenName} ${created.familyName} is on your caseload.`
          + (recorded.allowsWork ? "" : " Tracing and contact wait until consent is recorded.");
    });
  }

  /** People traced from outside the network still owed a privacy notice, nearest the one-month limit first. */
  async function loadNotices() {
    const { people } = await api("/api/notices/due");
    fill(document.getElementById("notices-caption"), people.length
        ? `${people.length} ${people.length === 1 ? "person" : "people"} to tell` : "Nobody is owed a notice.");
    fill(document.querySelector("#notices tbody"), people.map((p) => h("tr", { "data-person": p.personId },
        h("td", {}, p.youngPersonIds.length
            ? h("a", { href: "/young-people/" + encodeURIComponent(p.youngPersonIds[0]) + "/people/"
                + encodeURIComponent(p.personId) }, [p.givenName, p.familyName].filter(Boolean).join(" "))
            : [p.givenName, p.familyName].filter(Boolean).join(" ")),
        h("td", {}, date(p.obtainedOn)),
        h("td", {}, date(p.dueOn)),
        h("td", { class: p.overdue ? "overdue" : p.approaching ? "approaching" : "" },
            p.overdue ? `Overdue by ${-p.daysLeft} ${-p.daysLeft === 1 ? "day" : "days"}`
                : p.daysLeft === 0 ? "Due today" : `${p.daysLeft} ${p.daysLeft === 1 ? "day" : "days"} left`
                    + (p.approaching ? " (soon)" : "")))));
  }

  await Promise.all([loadTasks(), load(), loadNotices()]);
});
