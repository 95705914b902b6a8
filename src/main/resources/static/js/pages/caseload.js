/* The caseload: young people assigned to the user, and the referral form. */
LL.ready(async () => {
  const { api, h, fill, capitalised, date } = LL;
  const body = document.querySelector("#caseload tbody");

  async function load() {
    const youngPeople = await api("/api/young-people");
    if (!youngPeople.length) {
      fill(body, h("tr", {}, h("td", { colspan: 5, class: "muted" }, "No young people yet. Refer one below.")));
      return;
    }
    youngPeople.sort((a, b) => (a.familyName + a.givenName).localeCompare(b.familyName + b.givenName));
    fill(body, youngPeople.map((yp) => h("tr", {},
        h("td", {}, h("a", { href: "/young-people/" + encodeURIComponent(yp.id) }, yp.givenName + " " + yp.familyName)),
        h("td", {}, yp.localId),
        h("td", {}, capitalised(yp.area)),
        h("td", {}, capitalised(yp.status)),
        h("td", {}, date(yp.referralDate)))));
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

  LL.form(document.getElementById("refer-form"), async (values, form, submit, submission) => {
    const consent = consentOf(form);
    const created = await api("/api/young-people", { json: values, idempotencyKey: submission.idempotencyKey });
    const recorded = await api("/api/young-people/" + encodeURIComponent(created.id) + "/consent",
        { method: "PUT", json: consent });
    form.reset();
    await load();
    return `${created.givenName} ${created.familyName} is on your caseload.`
        + (recorded.allowsWork ? "" : " Tracing and contact wait until consent is recorded.");
  });

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

  await Promise.all([load(), loadNotices()]);
});
