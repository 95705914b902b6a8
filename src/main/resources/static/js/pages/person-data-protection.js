/*
 * A person's data on their page: the basis for tracing them, the notices given and any objection, an erasure
 * asked for; recording a privacy notice or an objection; asking an administrator to erase them.
 */
LL.ready(async () => {
  const { api, h, fill, date } = LL;
  const main = document.getElementById("main");
  const personBase = "/api/people/" + encodeURIComponent(main.dataset.personId);
  const summary = document.getElementById("privacy-summary");
  const noticeForm = document.getElementById("notice-form");
  const KIND = { PRIVACY_NOTICE: "Privacy notice given", OBJECTION: "Objected" };

  function today() {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  }

  async function load() {
    const record = await api(personBase + "/data-protection");
    const items = [];
    if (record.tracingBasis) items.push(h("li", {}, "Basis for tracing: " + LL.capitalised(record.tracingBasis.basis)));
    if (record.objectedOn) items.push(h("li", { class: "warning" }, "Objected on " + date(record.objectedOn)
        + ": no tracing or contact"));
    for (const n of record.notices) {
      items.push(h("li", {}, `${KIND[n.kind]} on ${date(n.on)}` + (n.method ? ` (${LL.capitalised(n.method)})` : "")));
    }
    if (record.erasureRequest) items.push(h("li", { class: "warning" },
        "Erasure asked for by " + record.erasureRequest.requestedBy + ": waiting for an administrator"));
    if (!items.length) items.push(h("li", { class: "muted" }, "No notice recorded yet."));
    fill(summary, items);
  }

  LL.setDate(noticeForm, "on", today());
  LL.form(noticeForm, async (values) => {
    const body = { kind: values.kind, on: values.on, note: values.note };
    if (values.kind === "PRIVACY_NOTICE" || values.method) body.method = values.method;
    await api(personBase + "/notices", { json: body });
    await load();
    return values.kind === "OBJECTION" ? "Objection recorded: no further tracing or contact."
        : "Privacy notice recorded.";
  });

  LL.form(document.getElementById("erasure-form"), async (values, form) => {
    await api(personBase + "/erasure", { json: { reason: values.reason } });
    form.reset();
    await load();
    return "Asked: an administrator will decide. Until then they are kept from the young person's views.";
  });

  await load();
});
