/*
 * Tracing: search network people and directory records with what is known, see why each result matches, and add
 * one to the young person's network (connecting a person already recorded, or making a new person from a
 * directory record).
 */
LL.ready(async () => {
  const { api, h, fill, capitalised, date, safetyBadge } = LL;
  const main = document.getElementById("main");
  const youngPersonId = main.dataset.youngPersonId;
  const name = main.dataset.youngPersonName;
  const base = "/api/young-people/" + encodeURIComponent(youngPersonId);
  const personPage = (personId) => "/young-people/" + encodeURIComponent(youngPersonId) + "/people/"
      + encodeURIComponent(personId);
  const form = document.getElementById("trace-form");
  const results = document.getElementById("results");
  const summary = document.getElementById("results-summary");

  const CATEGORIES = ["FAMILY", "FORMER_CARER", "EDUCATION", "FRIEND", "PROFESSIONAL", "COMMUNITY"];
  const BASELINES = ["REGULAR", "OCCASIONAL", "LOST_TOUCH", "BROKEN_DOWN", "NEVER_MET"];
  const WISHES = ["IMPORTANT_TO_ME", "WANT_BACK_IN_TOUCH", "WANT_TO_KNOW_ABOUT", "NOT_NOW"];

  const worded = LL.worded;

  // Who is already in this network, so a result can say so instead of offering to add them twice.
  let inNetwork = new Set();
  async function loadNetwork() {
    const network = await api(base + "/network");
    inNetwork = new Set(network.connections.map((c) => c.personId));
  }

  function fullName(c) {
    return [c.givenName, c.familyName].filter(Boolean).join(" ") || "No name recorded";
  }

  function facts(c) {
    const born = c.dateOfBirth ? "Born " + date(c.dateOfBirth) : c.birthYear ? "Born " + c.birthYear : null;
    return [born, sexOf(c.sex) ? capitalised(sexOf(c.sex)) : null, [c.town, c.postcode].filter(Boolean).join(" ") || null,
      c.knownAs ? "known as " + c.knownAs : null,
      (c.formerFamilyNames || []).length ? "formerly " + c.formerFamilyNames.join(", ") : null]
        .filter(Boolean).join(" · ");
  }

  /** Directory records give sex as free text ("F", "female"); the network records FEMALE, MALE, OTHER. */
  function sexOf(text) {
    if (!text) return undefined;
    const t = String(text).trim().toLowerCase();
    if (t.startsWith("f")) return "FEMALE";
    if (t.startsWith("m")) return "MALE";
    return undefined;
  }

  function field(id, label, control) {
    return h("div", { class: "field" }, h("label", { for: id }, label), control);
  }

  function select(id, nameAttr, list, blank, required) {
    const el = h("select", { id, name: nameAttr, required });
    LL.options(el, list, null, blank);
    return el;
  }

  function addForm(candidate, index, outcome) {
    const p = "add-" + index + "-";
    const el = h("form", { class: "stack add-form", novalidate: true, hidden: true, id: p + "form",
      "aria-label": "Add " + fullName(candidate) + " to " + name + "'s network" },
    h("div", { class: "form-row" },
        field(p + "relationship", "Relationship", h("input", { type: "text", id: p + "relationship", name: "relationship",
          autocomplete: "off", required: true })),
        field(p + "category", "Category", select(p + "category", "category", CATEGORIES, "Choose…", true)),
        field(p + "baseline", "Contact at referral", select(p + "baseline", "baseline", BASELINES, "Choose…", true)),
        field(p + "wish", "What " + name + " wants", select(p + "wish", "wish", WISHES, "Not said yet"))),
    h("div", { "data-form-status": "" }),
    h("div", { class: "actions" }, h("button", { type: "submit" }, "Add " + (candidate.givenName || "them")),
        h("button", { type: "button", class: "secondary", onclick: () => toggle(false) }, "Cancel")));
    const opener = h("button", { type: "button", class: "secondary", "aria-expanded": "false", "aria-controls": p + "form",
      onclick: () => toggle(el.hidden) }, `Add to ${name}'s network`);

    function toggle(open) {
      el.hidden = !open;
      opener.setAttribute("aria-expanded", String(open));
      if (open) el.elements.relationship.focus(); else opener.focus();
    }

    LL.form(el, async (values) => {
      const body = candidate.kind === "NETWORK_PERSON"
          ? { personId: candidate.personId, source: "SEARCH", ...values }
          : {
            givenName: candidate.givenName, familyName: candidate.familyName,
            formerFamilyNames: candidate.formerFamilyNames && candidate.formerFamilyNames.length ? candidate.formerFamilyNames : undefined,
            knownAs: candidate.knownAs || undefined,
            dateOfBirth: candidate.dateOfBirth || undefined,
            birthYear: candidate.dateOfBirth ? undefined : candidate.birthYear || undefined,
            sex: sexOf(candidate.sex), town: candidate.town || undefined, postcode: candidate.postcode || undefined,
            source: "SEARCH", ...values,
          };
      let answer;
      try {
        answer = await api(base + "/people", { json: body });
      } catch (e) {
        throw worded(e, el);
      }
      inNetwork.add(answer.personId);
      el.hidden = true;
      opener.remove();
      fill(outcome, h("div", { class: "status ok", role: "status" }, fullName(candidate) + " is now in " + name
          + "'s network. ", h("a", { href: personPage(answer.personId) }, "Open " + (candidate.givenName || "their")
          + "'s page"), "."),
      (answer.possibleDuplicates || []).length ? h("p", { class: "status warning" }, "They may already be recorded as "
          + answer.possibleDuplicates.map((d) => [d.givenName, d.familyName].filter(Boolean).join(" ") + " ("
              + d.strength + " match" + (d.inThisNetwork ? ", already in " + name + "'s network" : "") + ")").join(", ")
          + ": check before going on.") : null);
      outcome.querySelector("a").focus();
      return null;
    });
    return { opener, el };
  }

  const BANDS = [
    { band: "LIKELY", heading: "Likely matches", none: "No likely match." },
    { band: "POSSIBLE", heading: "Possible matches", none: "No possible match." },
    { band: "UNLIKELY", heading: "Unlikely matches", none: "" }];

  /** Keeps records with identical details together, at the place of the best of them, so they read as one set. */
  function groupedBestFirst(candidates) {
    const order = [];
    const groups = new Map();
    candidates.forEach((c) => {
      if (!groups.has(c.sameDetailsGroup)) {
        groups.set(c.sameDetailsGroup, []);
        order.push(c.sameDetailsGroup);
      }
      groups.get(c.sameDetailsGroup).push(c);
    });
    return order.map((group) => groups.get(group));
  }

  function held(c) {
    if (c.kind !== "NETWORK_PERSON") return "Held in the " + LL.words(c.directory).replace(/-/g, " ") + " directory";
    return "Held in " + (c.foundIn && c.foundIn.length ? c.foundIn.join(", ") : "a network outside your caseload");
  }

  function evidence(title, items, kind) {
    if (!items || !items.length) return null;
    return h("div", { class: "reasons-box reasons-" + kind }, h("p", { class: "reasons-title" }, title),
        h("ul", { class: "reasons" }, items.map((r) => h("li", {}, r))));
  }

  function result(c, index) {
    const network = c.kind === "NETWORK_PERSON";
    const outcome = h("div", { "aria-live": "polite" });
    let action;
    if (network && inNetwork.has(c.personId)) {
      action = h("p", {}, "Already in " + name + "'s network: ", h("a", { href: personPage(c.personId) }, "open their page"), ".");
    } else {
      const add = addForm(c, index, outcome);
      action = [h("div", { class: "actions" }, add.opener), add.el];
    }
    return h("li", { class: "result" + (c.doNotContact ? " result-dnc" : ""), "data-kind": c.kind, "data-band": c.band },
        h("div", { class: "result-head" },
            h("h4", {}, fullName(c)),
            h("span", { class: "strength strength-" + c.band.toLowerCase() }, c.strength)),
        h("p", { class: "result-kind" },
            h("span", { class: "badge neutral" }, network ? "Person in a network" : "Directory record"),
            " ", h("span", { class: "held-in" }, held(c)),
            c.doNotContact ? [" ", safetyBadge("DO_NOT_CONTACT"),
              h("span", { class: "dnc-words" }, " A do-not-contact decision stands about them: never contact them.")] : null),
        h("p", {}, facts(c) || "Nothing else recorded"),
        h("div", { class: "evidence" }, evidence("What agrees", c.evidenceFor, "for"),
            evidence("What does not agree", c.evidenceAgainst, "against")),
        action, outcome);
  }

  function band(candidates, spec, indexOf) {
    const sets = groupedBestFirst(candidates.filter((c) => c.band === spec.band));
    const count = sets.reduce((n, set) => n + set.length, 0);
    const items = sets.map((set) => set.length === 1 ? result(set[0], indexOf(set[0]))
        : h("li", { class: "same-details" },
            h("p", { class: "same-details-title" }, `${set.length} records with the same details: check which is the person`),
            h("ol", { class: "results" }, set.map((c) => result(c, indexOf(c))))));
    const list = h("ol", { class: "results", "data-band-list": spec.band }, items);
    if (spec.band === "UNLIKELY") {
      return count ? h("details", { class: "unlikely" },
          h("summary", {}, `${count} unlikely ${count === 1 ? "match" : "matches"} (usually someone else)`), list) : null;
    }
    return h("section", { class: "band", "aria-labelledby": "band-" + spec.band },
        h("h3", { id: "band-" + spec.band }, `${spec.heading} (${count})`), count ? list : h("p", { class: "muted" }, spec.none));
  }

  function show(candidates) {
    const counts = Object.fromEntries(BANDS.map((b) => [b.band, candidates.filter((c) => c.band === b.band).length]));
    const matches = (n, kind) => (n === 0 ? "no " + kind + " matches" : n + " " + kind + (n === 1 ? " match" : " matches"));
    summary.textContent = candidates.length
        ? LL.capitalised(matches(counts.LIKELY, "likely")) + " and " + matches(counts.POSSIBLE, "possible")
          + (counts.UNLIKELY ? "; " + matches(counts.UNLIKELY, "unlikely") + ", folded away below." : ".")
          + " A likely match is usually the person; a possible one is worth checking."
        : "No one matches. Try fewer details, another spelling, or an age instead of a date.";
    fill(results, candidates.length ? BANDS.map((spec) => band(candidates, spec, (c) => candidates.indexOf(c))) : null);
  }

  LL.form(form, async (values) => {
    let answer;
    try {
      answer = await api("/api/trace", { json: { ...values, youngPersonId, limit: 20 } });
    } catch (e) {
      throw worded(e, form);
    }
    show(answer.candidates);
    document.getElementById("results-heading").focus();
    return null;
  });

  await loadNetwork();
});
