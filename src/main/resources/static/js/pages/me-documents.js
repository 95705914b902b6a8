/*
 * "Photos and letters" on the young person's own page: only what their coordinator shared with them and the
 * server let through (nothing about anyone kept from them is ever sent). A photo's title is its alternative text;
 * each is one large link to the picture or the letter.
 */
LL.ready(async () => {
  const { api, h, fill } = LL;
  const box = document.getElementById("documents");
  // Words and dates in the page's language (/api/me/words).
  const [{ t, date }, documents] = await Promise.all([LL.ownWords(), api("/api/me/documents")]);
  if (!documents.length) {
    fill(box, h("p", {}, t("me.documents.none")));
    return;
  }
  fill(box, h("ul", { class: "me-documents" }, documents.map((d) => h("li", { class: "me-document" },
      h("a", { href: d.content, "data-document": d.id, target: d.mediaType.startsWith("image/") ? "_blank" : null,
          rel: "noopener" },
          d.thumbnail
            ? h("img", { src: d.thumbnail, alt: d.title })
            : h("span", { class: "me-document-letter", "aria-hidden": "true" }, "✉"),
          h("span", { class: "me-document-title" }, d.title),
          h("span", { class: "me-document-when" }, date(d.date)))))));
});
