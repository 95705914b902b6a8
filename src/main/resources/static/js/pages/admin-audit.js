/*
 * The audit trail: filters over GET /api/audit chosen from lists (GET /api/audit/filters: users, young people, the
 * young person's network, actions in words), newest first, kept in the address so a view can be shared. Each entry
 * names its user, young person and person beside their ids ("erased" for someone erased).
 */
LL.ready(async () => {
  const { api, h, fill } = LL;
  const FILTERS = ["username", "action", "youngPersonId", "personId", "from", "to", "limit"];
  const form = document.getElementById("audit-form");
  const body = document.querySelector("#audit-entries tbody");
  const caption = document.getElementById("audit-caption");
  const youngPersonSelect = form.elements.youngPersonId;
  const personSelect = form.elements.personId;
  const personHint = document.getElementById("audit-personId-hint");
  let actionWords = new Map();

  const when = (iso) => {
    const d = new Date(iso);
    return LL.date(iso) + ", " + d.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  };

  /** A yyyy-mm-dd day as the instant its local midnight falls on; "to" takes the end of its day. */
  function instant(day, endOfDay) {
    const [y, m, d] = day.split("-").map(Number);
    return new Date(y, m - 1, d + (endOfDay ? 1 : 0)).toISOString();
  }

  function query(values) {
    const params = new URLSearchParams();
    for (const f of ["username", "action", "youngPersonId", "personId", "limit"]) if (values[f]) params.set(f, values[f]);
    if (values.from) params.set("from", instant(values.from, false));
    if (values.to) params.set("to", instant(values.to, true));
    return params;
  }

  function choices(select, list, chosen) {
    const blank = select.options[0];
    fill(select, blank, list.map((c) => h("option", { value: c.value, selected: c.value === chosen }, c.label)));
    if (chosen && !list.some((c) => c.value === chosen)) {
      select.append(h("option", { value: chosen, selected: true }, chosen)); // chosen in the address, no longer listed
    }
  }

  /** The people filter follows the young person chosen: their network, or nothing to choose. */
  async function peopleOf(youngPersonId, chosen) {
    if (!youngPersonId) {
      fill(personSelect, personSelect.options[0]);
      personSelect.disabled = true;
      personHint.hidden = false;
      return;
    }
    const filters = await api("/api/audit/filters?youngPersonId=" + encodeURIComponent(youngPersonId));
    choices(personSelect, filters.people, chosen);
    personSelect.disabled = false;
    personHint.hidden = true;
  }

  /** A name beside its id: "Robin Testbrook" linked to their page, the id below; "erased" for someone erased. */
  function named(id, name, href) {
    if (!id) return "";
    const label = name === "erased" ? h("em", { class: "erased" }, "erased")
        : name ? (href ? h("a", { href }, name) : h("span", {}, name)) : null;
    return [label, h("code", { class: "audit-id" }, id)];
  }

  /** A change's old and new values (administrators only see the trail): "town: Kettering → Rugby". */
  function changes(byField) {
    if (!byField) return "";
    return h("ul", { class: "changes" }, Object.entries(byField).map(([field, [before, after]]) =>
        h("li", {}, `${field}: ${before === null ? "(none)" : before} → ${after === null ? "(none)" : after}`)));
  }

  function alsoRead(actions) {
    if (!actions || !actions.length) return "";
    return h("p", { class: "also-read" }, "In the same page view: "
        + actions.map((a) => (actionWords.get(a) || a).toLowerCase()).join("; ") + ".");
  }

  async function show(values) {
    const entries = await api("/api/audit?" + query(values));
    const filtered = FILTERS.some((f) => f !== "limit" && values[f]);
    fill(caption, `${entries.length.toLocaleString("en-GB")} ${entries.length === 1 ? "entry" : "entries"}`
        + (filtered ? " matching the filters" : "") + (entries.length === (values.limit || 100) ? " (the newest shown; raise “At most” for more)" : ""));
    if (!entries.length) {
      fill(body, h("tr", {}, h("td", { colspan: 6, class: "muted" }, "No entries match.")));
      return entries.length;
    }
    // On a phone each row is a card: the column names (data-label) go beside the values; empty cells are left out.
    const cell = (label, content, className) => h("td", { "data-label": label,
      class: [className, content === "" || content === null ? "empty" : null].filter(Boolean).join(" ") || null }, content);
    const detail = (e) => (e.detail || e.alsoRead.length || e.changes)
        ? [e.detail || "", alsoRead(e.alsoRead), changes(e.changes)] : "";
    fill(body, entries.map((e) => h("tr", {},
        cell("When", h("time", { datetime: e.at }, when(e.at)), "nowrap"),
        cell("Who", e.userName ? [h("span", {}, e.userName), h("code", { class: "audit-id" }, e.username)] : e.username),
        cell("Action", h("span", { class: "action", title: e.action }, e.actionWords || LL.capitalised(e.action))),
        cell("Young person", named(e.youngPersonId, e.youngPersonName, "/young-people/" + encodeURIComponent(e.youngPersonId || ""))),
        cell("Person", named(e.personId, e.personName, e.personId && e.youngPersonId
            ? "/young-people/" + encodeURIComponent(e.youngPersonId) + "/people/" + encodeURIComponent(e.personId) : null)),
        cell("Detail", detail(e), "detail"))));
    return entries.length;
  }

  function remember(values) {
    const params = new URLSearchParams();
    for (const f of FILTERS) if (values[f] !== undefined && !(f === "limit" && values[f] === 100)) params.set(f, values[f]);
    const search = params.toString();
    history.replaceState(null, "", location.pathname + (search ? "?" + search : ""));
  }

  LL.form(form, async (values) => {
    const count = await show(values);
    remember(values);
    return `${count.toLocaleString("en-GB")} ${count === 1 ? "entry" : "entries"} shown below.`;
  });

  youngPersonSelect.addEventListener("change", () => peopleOf(youngPersonSelect.value, null)
      .catch((e) => LL.status(document.getElementById("page-status"), e.message, "error")));

  document.getElementById("audit-clear").addEventListener("click", async () => {
    form.reset();
    await peopleOf(null, null);
    remember({});
    await show(LL.values(form));
  });

  // Filters from the address, e.g. /admin/audit?username=casey&from=2026-03-01
  const given = new URLSearchParams(location.search);
  const filters = await api("/api/audit/filters");
  actionWords = new Map(filters.actions.map((a) => [a.value, a.label]));
  choices(form.elements.username, filters.users, given.get("username"));
  choices(form.elements.action, filters.actions, given.get("action"));
  choices(youngPersonSelect, filters.youngPeople, given.get("youngPersonId"));
  await peopleOf(given.get("youngPersonId"), given.get("personId"));
  for (const f of ["from", "to"]) if (given.has(f)) LL.setDate(form, f, given.get(f));
  if (given.has("limit")) form.elements.limit.value = given.get("limit");
  await show(LL.values(form));
});
