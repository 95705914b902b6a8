/* Caseloads: every young person with their coordinators and social workers; assigning and removing workers. */
LL.ready(async () => {
  const { api, h, fill, status, capitalised } = LL;
  const PATHS = { COORDINATOR: "coordinators", SOCIAL_WORKER: "social-workers" };
  const ROLE_WORDS = { COORDINATOR: "coordinator", SOCIAL_WORKER: "social worker" };
  const body = document.querySelector("#caseloads tbody");
  const pageStatus = document.getElementById("page-status");
  const form = document.getElementById("assign-form");
  const youngPersonSelect = document.getElementById("assign-youngPerson");
  const roleSelect = document.getElementById("assign-role");
  const workerSelect = document.getElementById("assign-worker");
  const filter = document.getElementById("filter");
  let youngPeople = [];
  let names = new Map();
  let accounts = [];

  const nameOf = (yp) => yp.givenName + " " + yp.familyName;
  const workerName = (username) => names.get(username) || username;

  function workers(yp, role) {
    const usernames = role === "COORDINATOR" ? yp.coordinators : yp.socialWorkers;
    if (!usernames.length) return h("span", { class: "muted" }, "None");
    return h("ul", { class: "plain workers" }, usernames.map((username) => h("li", {},
        h("span", {}, workerName(username)), " ",
        h("button", { type: "button", class: "link-button",
          "aria-label": `Remove ${workerName(username)} as ${ROLE_WORDS[role]} of ${nameOf(yp)}`,
          onclick: () => unassign(yp, role, username) }, "Remove"))));
  }

  function render() {
    const words = filter.value.trim().toLowerCase();
    const shown = youngPeople.filter((yp) => !words
        || (nameOf(yp) + " " + yp.familyName + " " + yp.localId).toLowerCase().includes(words));
    if (!shown.length) {
      fill(body, h("tr", {}, h("td", { colspan: 6, class: "muted" },
          youngPeople.length ? "No young person matches." : "No young people yet.")));
      return;
    }
    fill(body, shown.map((yp) => h("tr", { "data-young-person": yp.id },
        h("th", { scope: "row" }, h("a", { href: "/young-people/" + encodeURIComponent(yp.id) }, nameOf(yp))),
        h("td", {}, yp.localId),
        h("td", {}, capitalised(yp.area)),
        h("td", {}, workers(yp, "COORDINATOR")),
        h("td", {}, workers(yp, "SOCIAL_WORKER")),
        h("td", {}, h("button", { type: "button", class: "secondary", "aria-label": "Assign a worker to " + nameOf(yp),
          onclick: () => chooseForAssignment(yp) }, "Assign…")))));
  }

  function chooseForAssignment(yp) {
    youngPersonSelect.value = yp.id;
    document.getElementById("assign").scrollIntoView();
    workerSelect.focus();
  }

  function workerOptions() {
    const role = roleSelect.value;
    const chosen = workerSelect.value;
    const holders = accounts.filter((a) => a.roles.includes(role) && a.enabled)
        .sort((a, b) => (a.displayName || a.username).localeCompare(b.displayName || b.username));
    fill(workerSelect, h("option", { value: "" }, holders.length ? "Choose…" : "No account holds this role"),
        holders.map((a) => h("option", { value: a.username, selected: a.username === chosen },
            `${a.displayName || a.username} (${a.username})`)));
  }

  function replace(updated) {
    youngPeople = youngPeople.map((yp) => (yp.id === updated.id ? updated : yp));
    render();
  }

  async function unassign(yp, role, username) {
    try {
      const updated = await api(`/api/young-people/${encodeURIComponent(yp.id)}/${PATHS[role]}/${encodeURIComponent(username)}`,
          { method: "DELETE" });
      replace(updated);
      status(pageStatus, `${workerName(username)} is no longer ${ROLE_WORDS[role]} of ${nameOf(yp)}.`, "ok");
    } catch (e) {
      status(pageStatus, e.message, "error");
    }
    pageStatus.focus();
  }

  roleSelect.addEventListener("change", workerOptions);
  filter.addEventListener("input", render);

  LL.form(form, async (values) => {
    if (!values.youngPerson) throw new LL.Problem(400, { detail: "Choose the young person", field: "youngPerson" });
    if (!values.worker) throw new LL.Problem(400, { detail: "Choose the worker", field: "username" });
    const updated = await api(`/api/young-people/${encodeURIComponent(values.youngPerson)}/${PATHS[values.role]}/`
        + encodeURIComponent(values.worker), { method: "PUT" });
    replace(updated);
    return `${workerName(values.worker)} is now ${ROLE_WORDS[values.role]} of ${nameOf(updated)}.`;
  });

  [youngPeople, accounts] = await Promise.all([api("/api/young-people"), api("/api/users")]);
  names = new Map(accounts.map((a) => [a.username, a.displayName || a.username]));
  youngPeople.sort((a, b) => (a.familyName + a.givenName).localeCompare(b.familyName + b.givenName));
  fill(youngPersonSelect, h("option", { value: "" }, "Choose…"),
      youngPeople.map((yp) => h("option", { value: yp.id }, `${yp.familyName}, ${yp.givenName} (${yp.localId})`)));
  workerOptions();
  render();
});
