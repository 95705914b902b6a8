/* The audit trail: filters over GET /api/audit, newest first, kept in the address so a view can be shared. */
LL.ready(async () => {
  const { api, h, fill, capitalised } = LL;
  const ACTIONS = ["ACCESS_REFUSED", "ACCOUNT_LOCKED", "ACCOUNT_UNLOCKED", "ANALYSIS_READ", "AUDIT_READ",
    "CASES_IMPORTED", "CHART_READ", "CONNECTION_UPDATED", "CONTACT_DETAILS_READ", "CONTACT_DETAILS_UPDATED",
    "CONSENT_RECORDED", "CONTACT_RECORDED", "CONTACTS_READ", "DIRECTORY_DELETED", "DIRECTORY_IMPORTED", "ERASURE_DECLINED", "ERASURE_REQUESTED", "GEDCOM_EXPORTED",
    "GEDCOM_IMPORTED", "KIN_RECORDED", "MEETING_READ", "MEETING_SAVED", "NETWORK_EXPORTED", "NETWORK_READ",
    "OBJECTION_RECORDED", "OUTCOME_REPORT_READ", "OWN_NETWORK_READ", "PASSWORD_RESET", "PERSON_ADDED", "PERSON_CONNECTED", "PERSON_ERASED", "PERSON_READ",
    "PERSON_UPDATED", "PLAN_AGREED", "PLAN_PRINTED", "PLAN_READ", "PRIVACY_NOTICE_RECORDED", "PROGRESS_READ", "RELATIONSHIP_READ",
    "RETENTION_REVIEWED", "RETENTION_SET", "REVIEW_RECORDED", "REVIEWS_READ", "SAFETY_DECISION_RECORDED", "SAFETY_READ", "SIGN_IN_FAILED",
    "STATUS_CHANGED", "SUBJECT_ACCESS_DISCLOSED", "TRACE_SEARCHED", "TRACING_BASIS_RECORDED", "TRACING_INDEX_REBUILT", "USER_CREATED", "USER_UPDATED", "WORKER_ASSIGNED",
    "WORKER_UNASSIGNED", "YOUNG_PEOPLE_LISTED", "YOUNG_PERSON_CREATED", "YOUNG_PERSON_ERASED", "YOUNG_PERSON_READ",
    "YOUNG_PERSON_UPDATED"];
  const FILTERS = ["username", "action", "youngPersonId", "personId", "from", "to", "limit"];
  const form = document.getElementById("audit-form");
  const body = document.querySelector("#audit-entries tbody");
  const caption = document.getElementById("audit-caption");
  let youngPeople = new Map();

  fill(document.getElementById("audit-actions"), ACTIONS.map((a) => h("option", { value: a }, capitalised(a))));

  const when = (iso) => new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric",
    hour: "2-digit", minute: "2-digit", second: "2-digit" });

  /** A yyyy-mm-dd day as the instant its local midnight falls on; "to" takes the end of its day. */
  function instant(day, endOfDay) {
    const [y, m, d] = day.split("-").map(Number);
    return new Date(y, m - 1, d + (endOfDay ? 1 : 0)).toISOString();
  }

  function query(values) {
    const params = new URLSearchParams();
    if (values.username) params.set("username", values.username);
    if (values.action) params.set("action", values.action.toUpperCase().replace(/[\s-]+/g, "_"));
    if (values.youngPersonId) params.set("youngPersonId", values.youngPersonId);
    if (values.personId) params.set("personId", values.personId);
    if (values.from) params.set("from", instant(values.from, false));
    if (values.to) params.set("to", instant(values.to, true));
    if (values.limit) params.set("limit", values.limit);
    return params;
  }

  function youngPersonCell(id) {
    if (!id) return "";
    const yp = youngPeople.get(id);
    return yp ? h("a", { href: "/young-people/" + encodeURIComponent(id) }, yp.givenName + " " + yp.familyName)
        : h("code", {}, id);
  }

  /** A change's old and new values (administrators only see the trail): "town: Kettering → Rugby". */
  function changes(byField) {
    if (!byField) return "";
    return h("ul", { class: "changes" }, Object.entries(byField).map(([field, [before, after]]) =>
        h("li", {}, `${field}: ${before === null ? "(none)" : before} → ${after === null ? "(none)" : after}`)));
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
    fill(body, entries.map((e) => h("tr", {},
        h("td", { class: "nowrap" }, h("time", { datetime: e.at }, when(e.at))),
        h("td", {}, e.username),
        h("td", {}, h("span", { class: "action", title: e.action }, capitalised(e.action))),
        h("td", {}, youngPersonCell(e.youngPersonId)),
        h("td", {}, e.personId ? h("code", {}, e.personId) : ""),
        h("td", { class: "detail" }, e.detail || "", changes(e.changes)))));
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

  document.getElementById("audit-clear").addEventListener("click", async () => {
    form.reset();
    remember({});
    await show(LL.values(form));
  });

  // Filters from the address, e.g. /admin/audit?username=casey
  const given = new URLSearchParams(location.search);
  for (const f of FILTERS) if (given.has(f)) form.elements[f].value = given.get(f);

  const [list, accounts] = await Promise.all([api("/api/young-people"), api("/api/users")]);
  youngPeople = new Map(list.map((yp) => [yp.id, yp]));
  fill(document.getElementById("audit-usernames"), accounts.map((a) => h("option", { value: a.username },
      a.displayName || a.username)));
  await show(LL.values(form));
});
