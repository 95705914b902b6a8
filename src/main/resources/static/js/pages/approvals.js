/* The social worker's start page: approvals waiting for them (first contacts, plan versions), safety decisions to
   review, and their other tasks. A plan version is approved here, after reading it. */
LL.ready(async () => {
  const { api, h, fill } = LL;
  const SAFETY = ["SAFETY_REVIEW", "SAFETY_EXPIRY"];

  function show(list, tasks, empty, reload) {
    fill(list, tasks.length ? tasks.map((t) => LLTasks.item(t, reload)) : h("li", { class: "muted" }, empty));
  }

  /** A plan version waiting: read it (the printable plan), then approve it. The version is the task id's last part. */
  function planItem(task) {
    const version = task.id.split(":").pop();
    const base = "/api/young-people/" + encodeURIComponent(task.youngPersonId);
    const item = LLTasks.item(task);
    item.append(" ", h("a", { href: base + "/plan.html", target: "_blank", rel: "noopener" },
        "Read version " + version + " (opens in a new tab)"), " ",
        h("button", { type: "button", class: "small", "data-approve": task.youngPersonId, onclick: async (event) => {
          event.target.disabled = true;
          try {
            const approval = await api(base + "/plan/versions/" + encodeURIComponent(version) + "/approval",
                { method: "POST", idempotencyKey: "approve-" + task.youngPersonId + "-" + version });
            await load();
            LL.status(document.getElementById("page-status"), "Approved plan version " + version + " for "
                + task.youngPersonName + " on " + LL.date(approval.approvedOn) + ".", "ok");
          } catch (e) {
            event.target.disabled = false;
            LL.status(document.getElementById("page-status"), e.message, "error");
          }
        } }, "Approve version " + version));
    return item;
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
    const plans = open.filter((t) => t.kind === "PLAN_APPROVAL");
    fill(document.getElementById("plan-approvals"), plans.length ? plans.map(planItem)
        : h("li", { class: "muted" }, "No plan is waiting for your approval."));
    show(document.getElementById("safety-reviews"), open.filter((t) => SAFETY.includes(t.kind)),
        "No safety decisions need reviewing in the next two weeks.", reload);
    show(document.getElementById("other-tasks"), mine.overdue.concat(mine.due)
        .filter((t) => !["APPROVAL_NEEDED", "PLAN_APPROVAL"].includes(t.kind) && !SAFETY.includes(t.kind)), "Nothing else is due.", reload);
  }

  await load();
});
