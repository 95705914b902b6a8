/*
 * The young person's own page: their people, their chart and their plan, in plain words. Everything comes from
 * the young person's own projection (/api/me/...), built on the server without anyone hidden from them, anyone
 * under a do-not-contact decision, or any private field: this page cannot show what it is never sent.
 */
LL.ready(async () => {
  const { api, h, fill } = LL;
  // Every word from the bundle (/api/me/words, in the page's language): me.group.*, me.contact.*, me.people.*…
  const { t, date } = await LL.ownWords();

  // The groups, in the order a young person would look for them; their names are me.group.<category>.
  const GROUPS = ["FAMILY", "FORMER_CARER", "FRIEND", "EDUCATION", "COMMUNITY", "PROFESSIONAL"];

  // How often they are in touch now, said gently: me.contact.<REGULAR|OCCASIONAL|LOST_TOUCH|BROKEN_DOWN|NEVER_MET>.
  const CONTACTS = new Set(["REGULAR", "OCCASIONAL", "LOST_TOUCH", "BROKEN_DOWN", "NEVER_MET"]);

  /** "Your grandmother": the relationship itself is as recorded (it is data), only "Your" is the page's word. */
  function relationshipOf(person) {
    if (!person.relationship) return null;
    return t("me.person.relationship", person.relationship.trim().replace(/^your\s+/i, ""));
  }

  function card(person) {
    const marks = [];
    if (person.backInTouch) {
      marks.push(h("span", { class: "me-mark me-back", "data-back-in-touch": "" }, t("me.person.back")));
    }
    if (person.deceased) {
      marks.push(h("span", { class: "me-mark me-remembered" }, t("me.person.remembered")));
    }
    return h("li", { class: "me-person" },
        h("span", { class: "me-person-name" }, person.name),
        relationshipOf(person) && h("span", { class: "me-person-relationship" }, relationshipOf(person)),
        !person.deceased && person.contact && h("span", { class: "me-person-contact" }, CONTACTS.has(person.contact) ? t("me.contact." + person.contact) : ""),
        marks.length ? h("span", { class: "me-marks" }, marks) : null);
  }

  function showPeople(people) {
    const box = document.getElementById("people");
    if (!people.length) {
      fill(box, h("p", {}, t("me.people.none")));
      return;
    }
    const back = people.filter((p) => p.backInTouch).length;
    const groups = GROUPS.map((category) => {
      const inGroup = people.filter((p) => p.category === category)
          .sort((a, b) => a.name.localeCompare(b.name));
      if (!inGroup.length) return null;
      const id = "group-" + category.toLowerCase();
      return h("section", { class: "me-group", "aria-labelledby": id },
          h("h3", { id }, t("me.group." + category), " ", h("span", { class: "me-count" }, "(" + inGroup.length + ")")),
          h("ul", { class: "own-people" }, inGroup.map(card)));
    });
    fill(box,
        h("p", {}, people.length === 1 ? t("me.people.one") : t("me.people.many", people.length),
            back ? " " + (back === 1 ? t("me.people.back.one") : t("me.people.back.many", back)) : ""),
        groups);
  }

  // "Print my plan" opens the printable plan and asks the browser to print it; without a script the link
  // still opens the plan, to print from the browser's menu.
  function printButton() {
    const link = document.getElementById("print-plan");
    link.addEventListener("click", (e) => {
      const plan = window.open(link.href, "_blank");
      if (!plan) return;
      e.preventDefault();
      plan.addEventListener("load", () => plan.print());
    });
  }

  // The printed plan is a whole HTML document: read it with DOMParser (which never runs scripts) and copy only
  // its words, into elements built here. Its headings move down a level under "Your plan".
  const COPIED = { H1: "h3", H2: "h3", H3: "h4", P: "p", UL: "ul", OL: "ol", LI: "li", SECTION: "div" };

  function copy(node) {
    const out = [];
    for (const child of node.children) {
      const tag = COPIED[child.tagName];
      if (!tag) continue;
      if (tag === "ul" || tag === "ol" || tag === "div") {
        out.push(h(tag, { class: tag === "div" ? "me-plan-person" : null }, copy(child)));
      } else {
        out.push(h(tag, { class: child.tagName === "H1" ? "me-plan-title" : null }, child.textContent.trim()));
      }
    }
    return out;
  }

  async function showPlan() {
    const box = document.getElementById("plan");
    let html;
    try {
      html = await api("/api/me/plan.html", { accept: "text/html" });
    } catch (e) {
      if (e.status === 404) {
        fill(box, h("p", { class: "me-no-plan" }, t("me.plan.none")));
        return;
      }
      throw e;
    }
    const planDocument = new DOMParser().parseFromString(html, "text/html");
    fill(box, h("div", { class: "me-plan" }, copy(planDocument.querySelector("main") || planDocument.body)));
    document.getElementById("plan-actions").hidden = false;
  }

  /** Notes the coordinator chose to share, already without anything about someone kept from this page. */
  async function showNotes() {
    const notes = await api("/api/me/notes");
    const box = document.getElementById("notes");
    if (!notes.length) {
      fill(box, h("p", { class: "muted" }, t("me.notes.none")));
      return;
    }
    fill(box, h("ul", { class: "me-notes" }, notes.map((note) => h("li", { class: "me-note" },
        h("p", { class: "me-note-date" }, date(note.date)),
        note.text.split("\n").map((line) => h("p", {}, line))))));
  }

  const [network] = await Promise.all([api("/api/me/network"), showPlan(), showNotes()]);
  fill(document.getElementById("greeting"), t("me.hello.name", network.me.givenName));
  showPeople(network.people);
  await LL.ownChart(document.getElementById("own-chart"), network.people, "ecomap");
  printButton();
});
