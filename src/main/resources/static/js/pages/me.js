/*
 * The young person's own page: their people, their chart and their plan, in plain words. Everything comes from
 * the young person's own projection (/api/me/...), built on the server without anyone hidden from them, anyone
 * under a do-not-contact decision, or any private field: this page cannot show what it is never sent.
 */
LL.ready(async () => {
  const { api, h, fill } = LL;

  // Kind names for the groups, in the order a young person would look for them.
  const GROUPS = [
    ["FAMILY", "Family"],
    ["FORMER_CARER", "People who have cared for you"],
    ["FRIEND", "Friends"],
    ["EDUCATION", "From school or college"],
    ["COMMUNITY", "From your community"],
    ["PROFESSIONAL", "People who work with you"],
  ];

  // How often they are in touch now, said gently.
  const CONTACT_WORDS = {
    REGULAR: "You are in touch often",
    OCCASIONAL: "You are in touch now and then",
    LOST_TOUCH: "Not in touch at the moment",
    BROKEN_DOWN: "Not in touch at the moment",
    NEVER_MET: "You have not met yet",
  };

  function relationshipOf(person) {
    if (!person.relationship) return null;
    return "Your " + person.relationship.trim().replace(/^your\s+/i, "");
  }

  function card(person) {
    const marks = [];
    if (person.backInTouch) {
      marks.push(h("span", { class: "me-mark me-back", "data-back-in-touch": "" }, "Back in touch"));
    }
    if (person.deceased) {
      marks.push(h("span", { class: "me-mark me-remembered" }, "Remembered"));
    }
    return h("li", { class: "me-person" },
        h("span", { class: "me-person-name" }, person.name),
        relationshipOf(person) && h("span", { class: "me-person-relationship" }, relationshipOf(person)),
        !person.deceased && person.contact && h("span", { class: "me-person-contact" }, CONTACT_WORDS[person.contact] || ""),
        marks.length ? h("span", { class: "me-marks" }, marks) : null);
  }

  function showPeople(people) {
    const box = document.getElementById("people");
    if (!people.length) {
      fill(box, h("p", {}, "There is no one here yet. You and your coordinator can add the people who matter to you."));
      return;
    }
    const back = people.filter((p) => p.backInTouch).length;
    const groups = GROUPS.map(([category, heading]) => {
      const inGroup = people.filter((p) => p.category === category)
          .sort((a, b) => a.name.localeCompare(b.name));
      if (!inGroup.length) return null;
      const id = "group-" + category.toLowerCase();
      return h("section", { class: "me-group", "aria-labelledby": id },
          h("h3", { id }, heading, " ", h("span", { class: "me-count" }, "(" + inGroup.length + ")")),
          h("ul", { class: "own-people" }, inGroup.map(card)));
    });
    fill(box,
        h("p", {}, people.length === 1 ? "There is 1 person in your network." :
            `There are ${people.length} people in your network.`,
            back ? ` You are back in touch with ${back === 1 ? "1 of them" : back + " of them"}.` : ""),
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
        fill(box, h("p", { class: "me-no-plan" }, "You do not have a plan yet. When you and your coordinator agree one "
            + "with the people who matter to you, it will be here for you to read and print."));
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
      fill(box, h("p", { class: "muted" }, "Nothing has been shared with you here yet."));
      return;
    }
    fill(box, h("ul", { class: "me-notes" }, notes.map((note) => h("li", { class: "me-note" },
        h("p", { class: "me-note-date" }, LL.date(note.date)),
        note.text.split("\n").map((line) => h("p", {}, line))))));
  }

  const [network] = await Promise.all([api("/api/me/network"), showPlan(), showNotes()]);
  fill(document.getElementById("greeting"), "Hello, " + network.me.givenName);
  showPeople(network.people);
  LL.ownChart(document.getElementById("own-chart"), network.people, "ecomap");
  printButton();
});
