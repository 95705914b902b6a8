/*
 * A young person's workspace: the network chart beside the list of everyone in it (with status and safety),
 * summary counts, and the form to add a person, which warns before saving when someone like them is already
 * recorded.
 */
LL.ready(async () => {
  const { api, h, fill, capitalised, date, safetyBadge, status } = LL;
  const main = document.getElementById("main");
  const youngPersonId = main.dataset.youngPersonId;
  const name = main.dataset.youngPersonName;
  const base = "/api/young-people/" + encodeURIComponent(youngPersonId);
  const personPage = (personId) => "/young-people/" + encodeURIComponent(youngPersonId) + "/people/"
      + encodeURIComponent(personId);

  const chart = document.getElementById("chart");
  const chartHint = document.getElementById("chart-hint");
  const list = document.getElementById("people");
  const filter = document.getElementById("filter");
  const count = document.getElementById("people-count");
  const summary = document.getElementById("summary");
  const form = document.getElementById("add-form");
  const duplicates = document.getElementById("duplicates");
  const added = document.getElementById("added");

  let view = "ecomap";
  let people = [];
  let inNetwork = new Set();
  let chartVersion = 0;


  const worded = LL.worded;

  // ---- The chart ----------------------------------------------------------------------------------------------

  chart.addEventListener("load", () => {
    chart.dataset.loaded = "true";
  });
  chart.addEventListener("error", () => {
    chart.dataset.loaded = "false";
    chart.alt = "The chart could not be drawn. Everyone in the network is listed beside it.";
  });

  function showChart() {
    const family = view === "family";
    delete chart.dataset.loaded;
    const query = (family ? "?view=family" : "?") + (family ? "&" : "") + "v=" + chartVersion;
    // An image sends no header: the page view goes in the address, so the chart's read joins the view's entry.
    chart.src = chart.dataset.src + query + "&pageView=" + encodeURIComponent(LL.pageView);
    const n = people.length;
    chart.alt = (family ? "Family tree (genogram)" : "Ecomap") + " of " + name + "'s network: " + n
        + (n === 1 ? " person" : " people") + ". The same people are listed beside the chart.";
    chartHint.textContent = family
        ? "The family tree shows how the family are related: squares are male, circles female."
        : "The ecomap shows everyone around " + name + ", closest contact in the middle.";
    document.getElementById("chart-png").href = chart.dataset.src.replace(/\.svg$/, ".png") + (family ? "?view=family" : "");
    document.getElementById("chart-pdf").href = chart.dataset.src.replace(/\.svg$/, ".pdf") + (family ? "?view=family" : "");
    document.querySelectorAll("[data-view]").forEach((button) =>
        button.setAttribute("aria-pressed", String(button.dataset.view === view)));
  }

  document.querySelectorAll("[data-view]").forEach((button) => button.addEventListener("click", () => {
    view = button.dataset.view;
    showChart();
  }));

  // ---- The list and the counts --------------------------------------------------------------------------------

  async function load() {
    const [network, progress] = await Promise.all([api(base + "/network"), api(base + "/progress")]);
    const byPerson = new Map(network.people.map((p) => [p.id, p]));
    const progressByPerson = new Map(progress.map((p) => [p.personId, p]));
    people = network.connections.map((c) => ({
      person: byPerson.get(c.personId) || { id: c.personId, givenName: "", familyName: "" },
      connection: c,
      progress: progressByPerson.get(c.personId) || {},
    }));
    people.sort((a, b) => (a.person.familyName + " " + a.person.givenName)
        .localeCompare(b.person.familyName + " " + b.person.givenName));
    inNetwork = new Set(people.map((p) => p.person.id));
    showSummary();
    showList();
    chartVersion++;
    showChart();
  }

  function fullName(person) {
    return [person.givenName, person.familyName].filter(Boolean).join(" ")
        + (person.knownAs ? " (" + person.knownAs + ")" : "");
  }

  function showSummary() {
    const safety = (key) => people.filter((p) => (p.progress.safety || "NOT_ASSESSED") === key).length;
    const reached = people.filter((p) => p.progress.reachedOn).length;
    const items = [
      [people.length, people.length === 1 ? "person in the network" : "people in the network", null],
      [safety("APPROVED") + safety("WITH_CONDITIONS"), "safe to contact (some with conditions)", "APPROVED"],
      [safety("NOT_ASSESSED") + safety("CHECK_REQUIRED"), "safety not yet agreed or to check again", "NOT_ASSESSED"],
      [safety("DO_NOT_CONTACT"), "do not contact", "DO_NOT_CONTACT"],
      [reached, "reached since referral", null],
    ];
    fill(summary, items.map(([n, words, key]) => h("li", { class: "tile" + (key ? " tile-" + key : "") },
        h("span", { class: "tile-number" }, String(n)), " ", h("span", { class: "tile-words" }, words))));
  }

  function matches(entry, text) {
    if (!text) return true;
    const haystack = [fullName(entry.person), entry.connection.relationship, capitalised(entry.connection.category),
      capitalised(entry.progress.status), LL.SAFETY_WORDS[entry.progress.safety || "NOT_ASSESSED"]]
        .join(" ").toLowerCase();
    return haystack.includes(text.toLowerCase());
  }

  function showList() {
    if (!people.length) {
      fill(list, h("li", { class: "muted" }, "No one yet. Add the people " + name + " mentions, and those in the case file."));
      count.textContent = "";
      return;
    }
    const text = filter.value.trim();
    const shown = people.filter((entry) => matches(entry, text));
    count.textContent = text ? `Showing ${shown.length} of ${people.length}.` : `${people.length} ${people.length === 1 ? "person" : "people"}, by family name.`;
    fill(list, shown.map((entry) => {
      const { person, connection, progress } = entry;
      return h("li", { class: "person", "data-person-id": person.id },
          h("div", { class: "person-line" },
              h("a", { href: personPage(person.id), class: "person-name" }, fullName(person)),
              safetyBadge(progress.safety)),
          h("div", { class: "person-meta" },
              h("span", {}, connection.relationship),
              h("span", {}, capitalised(connection.category)),
              h("span", { class: "badge neutral", title: "Where the work with them stands" },
                  capitalised(progress.status || "IDENTIFIED")),
              person.deceased ? h("span", { class: "muted" }, "Deceased") : null),
          h("div", { class: "person-meta muted" },
              progress.lastContact ? "Last contact " + date(progress.lastContact) : "No contact recorded",
              progress.contacts ? ` · ${progress.contacts} recorded` : ""));
    }));
  }

  filter.addEventListener("input", showList);

  // ---- Adding a person, and the duplicate warning -------------------------------------------------------------

  /** The form's values in the API's shape: former names as a list. */
  function newPerson(values) {
    const body = { ...values };
    if (body.formerFamilyNames) {
      body.formerFamilyNames = body.formerFamilyNames.split(",").map((s) => s.trim()).filter(Boolean);
    }
    return body;
  }

  function connectionOnly(values) {
    const { relationship, category, wish, source, baseline } = values;
    return { relationship, category, wish, source, baseline };
  }

  /** What the person's details say for a query of who may already be recorded: no connection fields. */
  function personOnly(values) {
    const { givenName, familyName, formerFamilyNames, knownAs, dateOfBirth, birthYear, sex, town, postcode } =
        newPerson(values);
    return { givenName, familyName, formerFamilyNames, knownAs, dateOfBirth, birthYear, sex, town, postcode };
  }

  function describe(candidate) {
    return [candidate.birthYear ? "born " + candidate.birthYear : null, candidate.town].filter(Boolean).join(", ");
  }

  const STRENGTH_WORDS = { strong: "Strong match", possible: "Possible match" };

  /**
   * One possible duplicate: how strong a match, what agrees and what differs (apart, so that a difference is not
   * lost among agreements), and what to do: open the page of someone already in this network, or, before saving,
   * connect someone from another network instead. The young person themself never comes back from the service.
   */
  function duplicateItem(d, offerConnect) {
    const who = [d.givenName, d.familyName].filter(Boolean).join(" ");
    const against = d.evidenceAgainst || [];
    let action = null;
    if (d.inThisNetwork) {
      action = h("p", { class: "in-network" }, "Already in " + name + "'s network: ",
          h("a", { href: personPage(d.personId) }, "open " + who + "'s page"), " rather than adding them again.");
    } else if (offerConnect && d.personId !== youngPersonId) {
      action = h("button", { type: "button", class: "secondary", onclick: (event) => connect(d, event.currentTarget) },
          "Connect this person instead");
    }
    return h("li", { class: "candidate", "data-person-id": d.personId, "data-strength": d.strength },
        h("p", { class: "candidate-name" },
            h("span", { class: "badge strength-" + d.strength }, STRENGTH_WORDS[d.strength] || capitalised(d.strength)),
            " Might be the same person as ", h("strong", {}, who),
            describe(d) ? " (" + describe(d) + ")" : "",
            d.doNotContact ? [" ", safetyBadge("DO_NOT_CONTACT")] : null),
        h("div", { class: "evidence" },
            h("div", { class: "evidence-for" }, h("p", { class: "evidence-label" }, "What agrees"),
                h("ul", { class: "reasons" }, (d.evidenceFor || []).map((r) => h("li", {}, r)))),
            h("div", { class: "evidence-against" }, h("p", { class: "evidence-label" }, "What differs"),
                against.length ? h("ul", { class: "reasons" }, against.map((r) => h("li", {}, r)))
                    : h("p", { class: "reasons muted" }, "Nothing recorded differs."))),
        action);
  }

  let checkTimer = null;
  let checkRun = 0;
  // What the warning shows now: the same answer again leaves it alone, so a button is not replaced under the pointer.
  let shownKey = "";

  function clearDuplicates() {
    shownKey = "";
    fill(duplicates);
  }

  function scheduleCheck() {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(checkDuplicates, 350);
  }

  async function checkDuplicates() {
    let values;
    try {
      values = LL.values(form);
    } catch (e) {
      return; // a date still being typed: check once it is whole (saving names what is wrong with it)
    }
    if (!values.givenName || !values.familyName) {
      clearDuplicates();
      return;
    }
    const run = ++checkRun;
    let answer;
    try {
      answer = await api(base + "/possible-duplicates", { json: personOnly(values) });
    } catch (e) {
      // A half-typed date or year is not worth a warning here: saving will say what is wrong with it.
      if (run === checkRun) clearDuplicates();
      return;
    }
    if (run !== checkRun) return;
    // The network can change in another tab: someone listed here is never offered a second connection.
    const likely = answer.possibleDuplicates.map((d) => (inNetwork.has(d.personId) ? { ...d, inThisNetwork: true } : d));
    if (!likely.length) {
      clearDuplicates();
      return;
    }
    const key = JSON.stringify(likely);
    if (key === shownKey) return;
    shownKey = key;
    fill(duplicates, h("div", { class: "status warning duplicates", role: "status" },
        h("p", {}, h("strong", {}, "⚠ Already recorded? "),
            "Check these people before saving: if one is the same person, connect them instead of adding a copy."),
        h("ul", { class: "plain candidates" }, likely.map((d) => duplicateItem(d, true)))));
  }

  async function connect(candidate, button) {
    const box = form.querySelector("[data-form-status]");
    button.disabled = true;
    LL.clearErrors(form);
    try {
      const values = LL.values(form);
      const answer = await api(base + "/people", { json: { personId: candidate.personId, ...connectionOnly(values) } });
      form.reset();
      clearDuplicates();
      status(box, "", "info");
      await load();
      showAdded(answer, [candidate.givenName, candidate.familyName].join(" "), true);
    } catch (e) {
      if (!(e instanceof LL.Problem)) throw e;
      e = worded(e, form);
      const marked = LL.showFieldError(form, e.field, e.message);
      status(box, (marked ? "Please correct the field marked below, then connect again: " : "") + e.message, "error");
    } finally {
      button.disabled = false;
    }
  }

  function showAdded(answer, who, connected) {
    const possible = answer.possibleDuplicates || [];
    fill(added,
        h("div", { class: "status ok", role: "status" }, who + (connected ? " is now connected to " : " is now in ")
            + name + "'s network. ", h("a", { href: personPage(answer.personId) }, "Open their page"), "."),
        possible.length ? h("div", { class: "status warning duplicates", role: "status" },
            h("p", {}, h("strong", {}, "⚠ Check: "), "they may be the same person as someone already recorded. Check before going further:"),
            h("ul", { class: "plain candidates" }, possible.map((d) => duplicateItem(d, false)))) : null);
  }

  ["givenName", "familyName", "knownAs", "formerFamilyNames", "dateOfBirth", "birthYear", "sex", "town"].forEach((field) => {
    // The date of birth is three inputs in a fieldset: it hears its parts' changes, and focusout for blur.
    const input = form.elements[field] || form.querySelector(`fieldset[data-field="${field}"]`);
    input.addEventListener("change", scheduleCheck);
    input.addEventListener(input.tagName === "FIELDSET" ? "focusout" : "blur", scheduleCheck);
  });

  LL.form(form, async (values, formElement, submit, submission) => {
    fill(added);
    let answer;
    try {
      answer = await api(base + "/people", { json: newPerson(values), idempotencyKey: submission.idempotencyKey });
    } catch (e) {
      throw worded(e, form);
    }
    form.reset();
    clearDuplicates();
    await load();
    showAdded(answer, values.givenName + " " + values.familyName, false);
    form.elements.givenName.focus();
    return null;
  });

  await load();
});
