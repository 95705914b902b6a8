/* Tasks as the caseload and approvals pages show them: a state in words and a symbol, the date, what, and where
   to go to do it. Computed tasks lead to the page where the fact is recorded; written ones can be marked done. */
(() => {
  const STATE_WORDS = { OVERDUE: "Overdue", DUE: "Due", UPCOMING: "Coming up", DONE: "Done" };

  function target(task) {
    const base = "/young-people/" + encodeURIComponent(task.youngPersonId);
    if (task.personId) return base + "/people/" + encodeURIComponent(task.personId);
    if (task.kind === "PLAN_REVIEW" || task.kind.startsWith("FOLLOW_UP")) return base + "/plan";
    if (task.kind.startsWith("YOUNG_PERSON_")) return base + "#voice";
    return base;
  }

  /** One task as a list item; onDone (for written tasks) marks it done through the API. */
  function item(task, onDone) {
    const { h, date } = LL;
    const when = task.state === "DONE" ? "done " + date(task.doneOn) : date(task.due);
    return h("li", { class: "task task-" + task.state, "data-kind": task.kind, "data-task": task.id },
        h("span", { class: "badge task-state state-" + task.state }, STATE_WORDS[task.state] || task.state),
        " ", h("span", { class: "task-date" }, when), " ",
        h("a", { href: target(task) }, task.what),
        h("span", { class: "muted" }, " · " + task.youngPersonName),
        onDone && !task.computed && task.state !== "DONE"
          ? h("button", { type: "button", class: "secondary small", "data-done": task.id,
              onclick: () => onDone(task) }, "Mark done") : null);
  }

  /** Marks a written task done, under the version the page loaded. */
  async function markDone(task) {
    return LL.api("/api/young-people/" + encodeURIComponent(task.youngPersonId) + "/tasks/"
        + encodeURIComponent(task.id), { method: "PATCH", json: { done: true },
        ifMatch: task.version });
  }

  window.LLTasks = { item, markDone, target };
})();
