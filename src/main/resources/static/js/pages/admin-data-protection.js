/*
 * Retention and erasure: the retention review (GET /api/retention/due) and the erasures coordinators asked for.
 * Erasing asks once more, naming who will be erased and saying it cannot be undone, with the reason to keep.
 */
LL.ready(async () => {
  const { api, h, fill, status, date } = LL;
  const requestsBody = document.querySelector("#requests tbody");
  const dueBody = document.querySelector("#due tbody");
  const panel = document.getElementById("confirm-panel");
  const heading = document.getElementById("confirm-heading");
  const form = document.getElementById("erase-form");
  const warning = document.getElementById("erase-warning");
  const eraseButton = document.getElementById("erase-button");
  const pageStatus = document.getElementById("page-status");
  let target = null;

  const nameOf = (r) => [r.givenName, r.familyName].filter(Boolean).join(" ") || "(no name)";
  const when = (iso) => new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "long", year: "numeric",
    hour: "2-digit", minute: "2-digit" });

  function eraseButtonFor(record, reason) {
    const name = nameOf(record);
    return h("button", { type: "button", class: "danger", "aria-label": "Erase " + name,
      onclick: () => confirm(record, reason) }, "Erase…");
  }

  function confirm(record, reason) {
    target = record;
    const name = nameOf(record);
    fill(heading, "Erase " + name);
    fill(warning, (record.youngPerson
        ? `${name}'s whole record will be erased: their network, plan, contacts and account, and everyone in no other network. `
        : `${name} will be erased from every network, the tracing index, exports and the young person's views. `)
        + "This cannot be undone.");
    form.elements.reason.value = reason || "";
    fill(eraseButton, "Yes, erase " + name);
    panel.hidden = false;
    heading.focus();
  }

  document.getElementById("erase-cancel").addEventListener("click", () => {
    target = null;
    panel.hidden = true;
  });

  LL.form(form, async (values) => {
    if (!target) return null;
    const path = (target.youngPerson ? "/api/young-people/" : "/api/people/") + encodeURIComponent(target.personId)
        + "/erasure";
    await api(path, { json: { reason: values.reason } });
    const name = nameOf(target);
    target = null;
    panel.hidden = true;
    await load();
    status(pageStatus, `${name} is erased.`, "ok");
    pageStatus.focus();
    return null;
  });

  async function decline(request) {
    await api("/api/erasure-requests/" + encodeURIComponent(request.personId), { method: "DELETE" });
    await load();
    status(pageStatus, `The erasure of ${nameOf(request)} is declined: the record stays as it was.`, "ok");
  }

  async function load() {
    const review = await api("/api/retention/due");
    const requests = review.erasureRequests;
    fill(document.getElementById("requests-caption"), requests.length
        ? `${requests.length} waiting for a decision` : "No erasure is waiting.");
    fill(requestsBody, requests.map((r) => h("tr", { "data-person": r.personId },
        h("td", {}, nameOf(r) + (r.youngPerson ? " (whole record)" : "")),
        h("td", {}, r.requestedBy),
        h("td", { class: "nowrap" }, when(r.requestedAt)),
        h("td", {}, r.reason || ""),
        h("td", { class: "actions" }, eraseButtonFor(r, r.reason),
            h("button", { type: "button", class: "secondary", "aria-label": "Decline erasing " + nameOf(r),
              onclick: () => decline(r) }, "Decline")))));
    const due = review.due;
    fill(document.getElementById("due-caption"), due.length
        ? `${due.length} due on or before ${date(review.today)}` : "Nothing is due.");
    fill(dueBody, due.map((d) => h("tr", { "data-person": d.personId },
        h("td", {}, nameOf(d)),
        h("td", {}, d.youngPerson ? "Young person's record" : "Person"),
        h("td", { class: "nowrap" }, date(d.retainUntil)),
        h("td", {}, d.basis + (d.erasureRequested ? " (erasure asked for)" : "")),
        h("td", {}, eraseButtonFor(d, "Retention period ended")))));
  }

  await load();
});
