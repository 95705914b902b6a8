/*
 * A young person's documents and photos, on the notes page: upload one (whom it is about, whether to share it with
 * the young person), the list with thumbnails and download links, and withdrawal of one uploaded in error.
 */
LL.ready(async () => {
  const { api, h, fill, date, capitalised, Problem } = LL;
  const main = document.getElementById("main");
  const base = "/api/young-people/" + encodeURIComponent(main.dataset.youngPersonId);
  const form = document.getElementById("document-form");
  const list = document.getElementById("document-list");

  const people = await api(base + "/progress");
  fill(document.getElementById("document-about"), people.length ? people.map((p) => h("label", {},
      h("input", { type: "checkbox", name: "about", value: p.personId, "data-list": "" }),
      " " + p.name + (p.relationship ? " (" + p.relationship + ")" : "")))
    : h("span", { class: "muted" }, "No one in the network yet."));

  function describe(d) {
    const about = d.about.length
      ? "about " + d.about.map((a) => a.name || "someone no longer in the network").join(", ") : null;
    return [capitalised(d.kind), date(d.date), about].filter(Boolean).join(" · ");
  }

  async function load() {
    const documents = await api(base + "/documents");
    if (!documents.length) {
      fill(list, h("li", { class: "muted" }, "No documents or photos yet."));
      return;
    }
    fill(list, documents.map((d) => {
      const link = base + "/documents/" + encodeURIComponent(d.id);
      return h("li", { class: "document", "data-document-id": d.id },
          d.thumbnail
            ? h("img", { src: link + "/thumbnail", alt: d.title, class: "document-thumbnail" })
            : h("span", { class: "document-icon", "aria-hidden": "true" }, d.mediaType === "application/pdf" ? "PDF" : "IMG"),
          h("div", { class: "document-text" },
              h("a", { href: link + "/content", class: "document-title" }, d.title),
              h("span", { class: "muted" }, describe(d)),
              d.reachesYoungPerson ? h("span", { class: "badge document-shared", "data-shared": "" },
                  "Shared with the young person") : null,
              d.shareWithYoungPerson && !d.reachesYoungPerson
                ? h("span", { class: "badge document-kept", "data-kept": "" },
                    "Marked to share, but not shown: it is about someone kept from the young person") : null),
          h("button", { type: "button", class: "secondary", onclick: () => withdraw(d) }, "Withdraw"));
    }));
  }

  async function withdraw(d) {
    if (!window.confirm("Withdraw “" + d.title + "”? It is taken off the record; the audit keeps that you did.")) return;
    try {
      await api(base + "/documents/" + encodeURIComponent(d.id), { method: "DELETE", ifMatch: d.version });
      LL.status(document.getElementById("page-status"), "“" + d.title + "” withdrawn.", "ok");
    } catch (e) {
      LL.status(document.getElementById("page-status"), e.message, "error");
    }
    await load();
    document.dispatchEvent(new CustomEvent("ll:documents-changed"));
  }

  LL.form(form, async (values, formElement) => {
    if (!values.file) throw new Problem(400, { detail: "Choose a file to upload", field: "file" });
    const data = new FormData();
    data.append("file", values.file);
    for (const name of ["title", "kind", "date"]) {
      if (values[name]) data.append(name, values[name]);
    }
    (values.about || []).forEach((id) => data.append("about", id));
    data.append("shareWithYoungPerson", values.shareWithYoungPerson ? "true" : "false");
    // A repeated upload of the same file answers the document already kept: no Idempotency-Key is needed.
    const saved = await api(base + "/documents", { body: data });
    formElement.reset();
    await load();
    document.dispatchEvent(new CustomEvent("ll:documents-changed"));
    return "“" + saved.title + "” is on the record" + (saved.shareWithYoungPerson ? " and shared with the young person." : ".");
  });

  await load();
});
