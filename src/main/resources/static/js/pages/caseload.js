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

  LL.form(document.getElementById("refer-form"), async (values, form, submit, submission) => {
    const created = await api("/api/young-people", { json: values, idempotencyKey: submission.idempotencyKey });
    form.reset();
    await load();
    return `${created.givenName} ${created.familyName} is on your caseload.`;
  });

  await load();
});
