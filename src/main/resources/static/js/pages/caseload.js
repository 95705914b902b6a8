/* The caseload: what needs attention first, then the young people with their stage, and the referral form. */
LL.ready(async () => {
  const { api, h, fill, capitalised, date } = LL;
  const body = document.querySelector("#caseload tbody");
  const attention = document.getElementById("needs-attention");

  async function loadTasks() {
    const tasks = await api("/api/tasks");
    const open = tasks.overdue.concat(tasks.due);
    if (!open.length) {
      fill(attention, h("li", { class: "muted" }, "Nothing needs attention now."));
      return;
    }
    fill(attention, open.map((task) => LLTasks.item(task, async (t) => {
      await LLTasks.markDone(t);
      await Promise.all([loadTasks(), load()]);
      LL.status(document.getElementById("page-status"), "Marked done: " + t.what, "ok");
    })));
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

  const refer = document.getElementById("refer-form");
  if (refer) {
    LL.form(refer, async (values, form, submit, submission) => {
      const created = await api("/api/young-people", { json: values, idempotencyKey: submission.idempotencyKey });
      form.reset();
      await load();
      return `${created.givenName} ${created.familyName} is on your caseload.`;
    });
  }

  await Promise.all([loadTasks(), load()]);
});
