/* The social worker's start page: approvals waiting for them, safety decisions to review, and their other tasks. */
LL.ready(async () => {
  const { api, h, fill } = LL;
  const SAFETY = ["SAFETY_REVIEW", "SAFETY_EXPIRY"];

  function show(list, tasks, empty, reload) {
    fill(list, tasks.length ? tasks.map((t) => LLTasks.item(t, reload)) : h("li", { class: "muted" }, empty));
  }

  async function load() {
    const mine = await api("/api/tasks");
    const open = mine.overdue.concat(mine.due, mine.upcoming);
    const reload = async (t) => {
      await LLTasks.markDone(t);
      await load();
      LL.status(document.getElementById("page-status"), "Marked done: " + t.what, "ok");
    };
    show(document.getElementById("approvals"), open.filter((t) => t.kind === "APPROVAL_NEEDED"),
        "No one is waiting for a safety decision.", reload);
    show(document.getElementById("safety-reviews"), open.filter((t) => SAFETY.includes(t.kind)),
        "No safety decisions need reviewing in the next two weeks.", reload);
    show(document.getElementById("other-tasks"), mine.overdue.concat(mine.due)
        .filter((t) => t.kind !== "APPROVAL_NEEDED" && !SAFETY.includes(t.kind)), "Nothing else is due.", reload);
  }

  await load();
});
