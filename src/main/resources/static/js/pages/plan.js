/*
 * A young person's Lifelong Links meeting, plan and reviews. Everything is read and written through the plan API;
 * the safety and status rules are the service's: the page only explains them and shows its refusals in plain words.
 */
LL.ready(async () => {
  const { api, h, fill, date, safetyBadge, status, Problem } = LL;
  const main = document.getElementById("main");
  const youngPersonId = main.dataset.youngPersonId;
  const youngPersonName = main.dataset.youngPersonName;
  const base = "/api/young-people/" + encodeURIComponent(youngPersonId);
  const versionParameter = new URLSearchParams(window.location.search).get("version");
  const askedVersion = versionParameter && /^\d+$/.test(versionParameter) ? versionParameter : null;

  const ACTIVITIES = {
    CALL: "Phone or video calls", MESSAGE: "Messages", CARD_OR_LETTER: "Cards or letters",
    MEETING: "Meetings or outings", FAMILY_EVENT: "Family events", HOLIDAY: "Holidays",
    OVERNIGHT_STAY: "Overnight stays", WORK_EXPERIENCE: "Work experience",
  };
  const FREQUENCIES = {
    WEEKLY: "Every week", FORTNIGHTLY: "Every two weeks", MONTHLY: "Every month",
    EVERY_FEW_MONTHS: "Every few months", TWICE_A_YEAR: "Twice a year", YEARLY: "Once a year",
    BIRTHDAYS_AND_FESTIVALS: "On birthdays and special days", ONCE: "Once",
  };
  const BASES = {
    COURT_ORDER: "a court order", LOCAL_AUTHORITY_REFUSAL: "the local authority's refusal",
    RISK_ASSESSMENT: "a risk assessment", YOUNG_PERSONS_WISH: "the young person's wish",
  };
  const HAPPENING = { YES: "Happening", PARTLY: "Partly happening", NO: "Not happening" };
  const APPROVED = new Set(["APPROVED", "WITH_CONDITIONS"]);
  const IN_TOUCH = new Set(["REGULAR", "OCCASIONAL"]);
  const WORKING = new Set(["IDENTIFIED", "SEARCHING", "FOUND", "CONTACTED"]);

  /** A 404 means "none yet" for the meeting and the plan. */
  const noneIfMissing = (promise) => promise.catch((e) => {
    if (e instanceof Problem && e.status === 404) return null;
    throw e;
  });

  const [network, progress, loadedMeeting, loadedPlan, loadedVersions, loadedReviews, askedPlan] = await Promise.all([
    api(base + "/network"), api(base + "/progress"), noneIfMissing(api(base + "/meeting")),
    noneIfMissing(api(base + "/plan")), api(base + "/plan/versions"), api(base + "/reviews"),
    askedVersion ? noneIfMissing(api(base + "/plan?version=" + encodeURIComponent(askedVersion))) : null,
  ]);
  let meeting = loadedMeeting;
  // The version of the meeting the form was filled from (0: none saved yet); a save is refused if someone else
  // saved in between.
  let meetingVersion = meeting ? meeting.version : 0;
  let current = loadedPlan;
  let versions = loadedVersions;
  let reviews = loadedReviews;
  let shown = askedPlan || current;
  /** Plan versions read so far, by number: reviews name the commitments of the version they reviewed. */
  const planVersions = new Map();
  const remember = (plan) => { if (plan) planVersions.set(plan.version, plan); };
  remember(current);
  remember(askedPlan);

  // One record per person: names from the network, relationship and baseline from their connection, the work's
  // status and safety from progress. The short name is the one the service's messages use.
  const people = new Map();
  const connections = new Map(network.connections.map((c) => [c.personId, c]));
  const progressOf = new Map(progress.map((p) => [p.personId, p]));
  for (const person of network.people) {
    const connection = connections.get(person.id) || {};
    const work = progressOf.get(person.id) || {};
    const fullName = [person.givenName, person.familyName].filter(Boolean).join(" ")
        + (person.knownAs ? ` (known as ${person.knownAs})` : "");
    people.set(person.id, {
      id: person.id, fullName, shortName: work.name || person.knownAs || person.givenName || person.familyName,
      relationship: connection.relationship || work.relationship, baseline: connection.baseline,
      safety: work.safety || "NOT_ASSESSED", status: work.status, deceased: person.deceased,
    });
  }
  const sortedPeople = [...people.values()].sort((a, b) => a.fullName.localeCompare(b.fullName));
  const labelOf = (p) => p.fullName + (p.relationship ? ` (${p.relationship})` : "");
  const personLink = (personId, text) => h("a", {
    href: "/young-people/" + encodeURIComponent(youngPersonId) + "/people/" + encodeURIComponent(personId),
  }, text);
  const inTouchAtReferral = (p) => IN_TOUCH.has(p.baseline);
  const barred = (p) => p.safety === "DO_NOT_CONTACT";
  const needsApproval = (p) => !APPROVED.has(p.safety) && (!inTouchAtReferral(p) || p.safety === "CHECK_REQUIRED");

  // Do-not-contact decisions in words: only those people's decisions are read, in parallel, and only while they
  // are a handful (beyond that the page says the decision stands without its date, rather than wait).
  const decisions = new Map();
  // The service's own words for why nothing may involve a barred person (the safety view's allowed.contactRefusal).
  const refusals = new Map();
  const barredPeople = sortedPeople.filter(barred);
  await Promise.all((barredPeople.length <= 10 ? barredPeople : []).map(async (p) => {
    const view = await api(`/api/people/${encodeURIComponent(p.id)}/safety?youngPersonId=${encodeURIComponent(youngPersonId)}`);
    if (view && view.current) decisions.set(p.id, view.current);
    if (view && view.allowed && view.allowed.contactRefusal) refusals.set(p.id, view.allowed.contactRefusal);
  }));

  function barredWords(p) {
    const decision = decisions.get(p.id);
    const why = decision ? ` (decided ${date(decision.decidedOn)}, on the basis of ${BASES[decision.basis] || LL.words(decision.basis)})` : "";
    return `Cannot be invited: a do-not-contact decision stands${why}.`;
  }

  /** The person a refusal is about: the first of the candidates whose name the service's message mentions. */
  function personIn(message, candidates) {
    const named = candidates.filter((p) => p && message.includes(p.shortName))
        .sort((a, b) => b.shortName.length - a.shortName.length);
    return named[0] || null;
  }

  /** Leaves out the API paths the service's messages mention for scripts: a coordinator needs the words. */
  const withoutApiPaths = (text) => String(text).replace(/\s*\((?:POST|PUT|GET|PATCH) \/api[^)]*\)/g, "");

  // ---------- 1. The meeting ----------
  const meetingForm = document.getElementById("meeting-form");

  function renderMeeting() {
    const box = document.getElementById("meeting-saved");
    if (!meeting) {
      fill(box, h("p", { class: "status info" }, "No meeting recorded yet. Fill in the date and who is invited below, then save."));
      return;
    }
    const names = (ids) => ids.length ? ids.map((id) => (people.get(id) ? people.get(id).fullName : "someone no longer in the network")).join(", ") : "no one recorded";
    fill(box, h("div", { class: "saved-meeting" },
        h("p", {}, h("strong", {}, "Saved: "), `the meeting is on ${date(meeting.date)}.`),
        h("dl", { class: "facts" },
            h("dt", {}, "Invited"), h("dd", {}, names(meeting.invited)),
            h("dt", {}, "Came"), h("dd", {}, names(meeting.attended)),
            h("dt", {}, "Others"), h("dd", {}, meeting.others.length ? meeting.others.join(", ") : "none recorded"),
            meeting.note ? [h("dt", {}, "Note"), h("dd", {}, meeting.note)] : null)));
  }

  function personChecks(list, name, chosen) {
    const element = document.getElementById(list);
    if (!sortedPeople.length) {
      fill(element, h("li", { class: "muted" }, "No one is in the network yet: add people on the Network tab first."));
      return;
    }
    fill(element, sortedPeople.map((p) => {
      const id = `${name}-${p.id}`;
      let hint = null;
      if (barred(p)) {
        hint = name === "invited" ? barredWords(p) : "Cannot be recorded: a do-not-contact decision stands.";
      } else if (!needsApproval(p) && !APPROVED.has(p.safety)) {
        hint = `No approval needed: in touch with ${youngPersonName} at referral.`;
      } else if (needsApproval(p)) {
        hint = p.safety === "CHECK_REQUIRED"
            ? "Their safety decision has expired: a social worker must decide again before they can come."
            : `Needs a social worker's safety approval first: not in touch with ${youngPersonName} at referral.`;
      }
      return h("li", { class: barred(p) ? "person-check barred" : "person-check" },
          h("input", { type: "checkbox", id, name, value: p.id, "data-list": "", disabled: barred(p),
            checked: !barred(p) && chosen.includes(p.id), "aria-describedby": hint ? id + "-hint" : null }),
          h("div", { class: "who" }, h("label", { for: id }, labelOf(p)), " ", safetyBadge(p.safety),
              hint ? h("p", { class: "hint", id: id + "-hint" }, hint) : null));
    }));
  }

  function fillMeetingForm() {
    LL.setDate(meetingForm, "date", meeting ? meeting.date : "");
    meetingForm.elements.others.value = meeting ? meeting.others.join("\n") : "";
    meetingForm.elements.note.value = meeting && meeting.note ? meeting.note : "";
    personChecks("invited-list", "invited", meeting ? meeting.invited : []);
    personChecks("attended-list", "attended", meeting ? meeting.attended : []);
  }

  /** The meeting's refusals in plain words, beside the list the person was ticked in. */
  function meetingProblem(e, body) {
    if (!(e instanceof Problem)) return e;
    if (e.type === "/problems/do-not-contact" || e.type === "/problems/approval-required") {
      const ticked = [...body.invited, ...body.attended].map((id) => people.get(id));
      const person = personIn(e.message, ticked)
          || ticked.find((p) => p && (e.type === "/problems/do-not-contact" ? barred(p) : needsApproval(p)));
      if (person) {
        const field = body.invited.includes(person.id) ? "invited" : "attended";
        const doing = field === "invited" ? "be invited" : "be recorded as at the meeting";
        const detail = e.type === "/problems/do-not-contact"
            ? `${person.fullName} cannot ${doing}: a do-not-contact decision stands. Untick them and save again.`
            : person.safety === "CHECK_REQUIRED"
                ? `${person.fullName} cannot ${doing} yet: their safety decision has expired and a social worker must decide again. Untick them for now, or ask the social worker.`
                : `${person.fullName} cannot ${doing} yet: they were not in touch with ${youngPersonName} at referral, so a social worker must record a safety approval first. Untick them for now, or ask the social worker.`;
        return new Problem(e.status, { type: e.type, field, detail });
      }
    }
    if (e.field === "attended" && e.status === 422) {
      return new Problem(e.status, { type: e.type, field: "attended", detail: `The meeting on ${date(body.date)} has not happened yet: record who came after it.` });
    }
    const errors = e.body && Array.isArray(e.body.errors)
        ? e.body.errors.map((one) => ({ field: one.field, detail: withoutApiPaths(one.detail || "") })) : undefined;
    return new Problem(e.status, { type: e.type, field: e.field, detail: withoutApiPaths(e.message), errors });
  }

  LL.form(meetingForm, async (values) => {
    const body = {
      date: values.date, invited: values.invited || [], attended: values.attended || [],
      others: (values.others || "").split("\n").map((line) => line.trim()).filter(Boolean), note: values.note || null,
    };
    try {
      meeting = await api(base + "/meeting", { method: "PUT", json: body, ifMatch: meetingVersion });
    } catch (e) {
      if (e instanceof Problem && e.status === 412) {
        const now = await api(base + "/meeting");
        meetingVersion = now.version;
        const names = (ids) => ids.map((id) => (people.get(id) ? people.get(id).fullName : "someone"));
        throw LL.stale(e, meetingForm, { ...now, invited: names(now.invited), attended: names(now.attended) });
      }
      throw meetingProblem(e, body);
    }
    meetingVersion = meeting.version;
    renderMeeting();
    return `The meeting on ${date(meeting.date)} is saved, with ${meeting.invited.length} ${meeting.invited.length === 1 ? "person" : "people"} invited.`;
  });

  // ---------- 2. The plan ----------
  const KEEPERS = { YOUNG_PERSON: youngPersonName + " themself", CARER: "Their carer (name below)",
    ROLE: "Someone in a role (name below)" };
  /** Who keeps a commitment going, in words. */
  function keeperWords(keeper) {
    if (!keeper) return "Not named yet";
    if (keeper.kind === "YOUNG_PERSON") return youngPersonName;
    if (keeper.kind === "CARER") return keeper.name + " (carer)";
    return keeper.name || "someone no longer in the network";
  }

  function commitmentTable(plan) {
    return h("div", { class: "table-wrap" }, h("table", { class: "commitments cards" },
        h("caption", {}, `What version ${plan.version} commits to`),
        h("thead", {}, h("tr", {}, ["Person", "Activity", "How often", "Starting", "Kept going by", "Next look", "Note"]
            .map((t) => h("th", { scope: "col" }, t)))),
        h("tbody", {}, plan.commitments.map((c) => {
          const person = people.get(c.personId);
          return h("tr", {},
              h("th", { scope: "row" }, person ? personLink(c.personId, person.fullName) : c.name,
                  c.relationship ? h("span", { class: "muted" }, ` (${c.relationship})`) : null,
                  person ? [" ", safetyBadge(person.safety)] : null),
              h("td", { "data-label": "Activity" }, ACTIVITIES[c.activity] || LL.capitalised(c.activity)),
              h("td", { "data-label": "How often" }, FREQUENCIES[c.frequency] || LL.capitalised(c.frequency)),
              h("td", { "data-label": "Starting" }, date(c.startDate)),
              h("td", { "data-label": "Kept going by" }, keeperWords(c.keeper)),
              h("td", { "data-label": "Next look" }, c.nextLookOn ? date(c.nextLookOn) : "–"),
              c.note ? h("td", { "data-label": "Note" }, c.note) : h("td", { class: "empty" }, ""));
        }))));
  }

  function renderPlan() {
    const box = document.getElementById("plan-shown");
    if (!shown) {
      fill(box, h("p", { class: "status info" }, askedVersion && current
          ? `There is no version ${askedVersion}. `
          : "No plan agreed yet. Agree the first version below, at or after the meeting."));
      if (askedVersion && current) box.firstChild.append(h("a", { href: "?#plan" }, "Show the current plan"));
    } else {
      const older = current && shown.version !== current.version;
      fill(box,
          h("h3", {}, older ? `Version ${shown.version} (an older version)` : `The current plan: version ${shown.version}`),
          older ? h("p", { class: "status warning" }, `This is not the current plan: version ${current.version} replaced it. `,
              h("a", { href: "?#plan" }, "Show the current plan")) : null,
          h("p", {}, `Agreed on ${date(shown.agreedOn)}`, shown.createdBy ? ` (recorded by ${shown.createdBy})` : "", "."),
          shown.summary ? h("blockquote", { class: "summary" }, shown.summary) : null,
          commitmentTable(shown));
    }
    const list = document.getElementById("plan-versions");
    if (!versions.length) {
      fill(list, h("p", { class: "muted" }, "None yet."));
    } else {
      fill(list, h("ul", { class: "versions" }, [...versions].sort((a, b) => b - a).map((v) => {
        const label = `Version ${v}` + (current && v === current.version ? " (current)" : "");
        return h("li", {}, shown && shown.version === v
            ? h("span", { "aria-current": "page" }, label + " — shown above")
            : h("a", { href: (current && v === current.version ? "?" : `?version=${v}`) + "#plan" }, "View " + label.charAt(0).toLowerCase() + label.slice(1)));
      })));
    }
    const print = document.getElementById("plan-print");
    if (!current) {
      fill(print, h("p", { class: "muted" }, "Once a plan is agreed, it can be printed here."));
    } else {
      fill(print,
          h("p", { class: "muted" }, `The current plan in plain words for ${youngPersonName} and the people in it: no safety reasons or conditions, no addresses, no one hidden from ${youngPersonName}.`),
          h("ul", { class: "plain print-links" },
              h("li", {}, h("a", { href: base + "/plan.html", target: "_blank", rel: "noopener" }, "Printable plan (opens in a new tab)")),
              h("li", {}, h("a", { href: base + "/plan.pdf", target: "_blank", rel: "noopener" }, "Plan as a PDF (opens in a new tab)"))));
    }
  }

  // Commitment rows: each a fieldset whose inputs carry data-field="commitments[i].name", renumbered on every
  // change, so a problem about the second commitment lands beside the second row's input.
  const planForm = document.getElementById("plan-form");
  const rowsBox = document.getElementById("commitment-rows");
  const addButton = document.getElementById("add-commitment");
  const announce = (text) => { document.getElementById("rows-announcement").textContent = text; };
  let rowCount = 0;
  const rows = () => [...rowsBox.querySelectorAll("fieldset.commitment")];

  function choice(values, labels, chosen, blank) {
    return [h("option", { value: "" }, blank),
      values.map((v) => h("option", { value: v, selected: v === chosen }, labels[v]))];
  }

  function addRow(commitment, focus) {
    const id = "commitment-" + (++rowCount);
    const c = commitment || {};
    const field = (role, label, input, hint) => h("div", { class: "field field-" + role },
        h("label", { for: `${id}-${role}` }, label, hint ? h("span", { class: "hint" }, " " + hint) : null), input);
    const personSelect = h("select", { id: `${id}-personId`, "data-role": "personId" },
        h("option", { value: "" }, "Choose a person…"),
        sortedPeople.map((p) => h("option", { value: p.id, disabled: barred(p), selected: p.id === c.personId },
            labelOf(p) + (barred(p) ? " — do not contact" : ""))));
    // A row from the agreed plan is one line and a "Change" control (its fields folded away, so the page is not
    // dozens of tab stops); a new row is open. A problem in a folded row opens it (LL.showFieldError).
    const row = h("fieldset", { class: "commitment" },
        h("legend", {}, "Commitment"),
        commitment ? h("p", { class: "commitment-words" }, commitmentWords(commitment)) : null,
        // A commitment with someone now under do not contact cannot be agreed again: the reason, in its place.
        commitment && people.get(commitment.personId) && barred(people.get(commitment.personId))
            ? h("p", { class: "not-offered" }, (refusals.get(commitment.personId)
                || "Do not contact: a decision stands.") + " Remove this commitment, or change who it is with.")
            : null,
        h("details", { class: "commitment-edit", open: !commitment },
        h("summary", {}, "Change"),
        h("div", { class: "commitment-grid" },
            field("personId", "Person", personSelect),
            field("activity", "Activity", h("select", { id: `${id}-activity`, "data-role": "activity" },
                choice(Object.keys(ACTIVITIES), ACTIVITIES, c.activity, "Choose an activity…"))),
            field("frequency", "How often", h("select", { id: `${id}-frequency`, "data-role": "frequency" },
                choice(Object.keys(FREQUENCIES), FREQUENCIES, c.frequency, "Choose how often…"))),
            LL.dateInput("startDate", "Start date", { id: `${id}-startDate`, role: "startDate", value: c.startDate }),
            field("note", "Note", h("input", { type: "text", id: `${id}-note`, "data-role": "note", value: c.note || null, autocomplete: "off" }), "(optional)"),
            field("keeper", "Who keeps it going", h("select", { id: `${id}-keeper`, "data-role": "keeper" },
                h("option", { value: "" }, "Not named yet"),
                Object.entries(KEEPERS).map(([v, words]) => h("option", { value: v, selected: c.keeper && c.keeper.kind === v }, words)),
                sortedPeople.map((p) => h("option", { value: "person:" + p.id, disabled: barred(p),
                  selected: c.keeper && c.keeper.kind === "NETWORK_PERSON" && c.keeper.personId === p.id }, labelOf(p)))),
                "(after the coordinator steps back)"),
            field("keeper.name", "Carer's name or role", h("input", { type: "text", id: `${id}-keeper.name`, "data-role": "keeper.name",
                value: c.keeper && c.keeper.kind !== "NETWORK_PERSON" ? c.keeper.name || null : null, autocomplete: "off" }),
                "(for a carer or a role)"),
            LL.dateInput("nextLookOn", "Next looked at", { id: `${id}-nextLookOn`, role: "nextLookOn",
                value: c.nextLookOn, optional: true })),
        h("div", { class: "actions" }, h("button", { type: "button", class: "secondary remove", "data-remove": "" }, "Remove"))));
    rowsBox.append(row);
    renumber();
    if (focus) personSelect.focus();
    return row;
  }

  function renumber() {
    const all = rows();
    all.forEach((row, index) => {
      row.querySelector("legend").textContent = `Commitment ${index + 1}`;
      row.querySelectorAll("[data-role]").forEach((input) => {
        input.dataset.field = `commitments[${index}].${input.dataset.role}`;
      });
      const remove = row.querySelector("[data-remove]");
      remove.setAttribute("aria-label", `Remove commitment ${index + 1}`);
      row.querySelector("summary").textContent = `Change commitment ${index + 1}`;
      remove.hidden = all.length === 1;
    });
    addButton.textContent = all.length ? "Add another commitment" : "Add a commitment";
  }

  rowsBox.addEventListener("click", (event) => {
    const remove = event.target.closest("[data-remove]");
    if (!remove) return;
    const row = remove.closest("fieldset.commitment");
    const index = rows().indexOf(row);
    row.remove();
    renumber();
    const left = rows();
    const next = left[Math.min(index, left.length - 1)];
    (next ? next.querySelector("select") : addButton).focus();
    announce(`Commitment ${index + 1} removed. ${left.length} ${left.length === 1 ? "commitment" : "commitments"} left.`);
  });
  addButton.addEventListener("click", () => {
    addRow(null, true);
    announce(`Commitment ${rows().length} added.`);
  });

  function resetPlanForm() {
    planForm.reset();
    rowsBox.replaceChildren();
    const start = current ? current.commitments : [];
    if (start.length) start.forEach((c) => addRow(c, false)); else addRow(null, false);
    planForm.elements.summary.value = current && current.summary ? current.summary : "";
  }

  /** Reads the rows, checking what the service would refuse without saying which row: the row is known here. */
  function commitmentsFromRows() {
    const seen = new Map();
    // Every row's problems at once (the GOV.UK error summary lists them all), not only the first.
    const found = [];
    const commitments = rows().map((row, index) => {
      const input = (role) => row.querySelector(`[data-role="${role}"]`);
      const value = (role) => input(role).value.trim();
      const n = index + 1;
      const refuse = (role, detail) => found.push({ field: `commitments[${index}].${role}`, detail });
      if (!value("personId")) refuse("personId", `Choose who commitment ${n} is with.`);
      if (!value("activity")) refuse("activity", `Choose an activity for commitment ${n}.`);
      if (!value("frequency")) refuse("frequency", `Choose how often commitment ${n} happens.`);
      // A three-part date: LL.dateValue refuses one partly filled or no real date; its problem joins the others.
      const dateOf = (role) => {
        try {
          return LL.dateValue(input(role));
        } catch (e) {
          if (!(e instanceof Problem)) throw e;
          refuse(role, e.message);
          return undefined;
        }
      };
      const startDate = dateOf("startDate");
      if (startDate === null) refuse("startDate", `Give the date commitment ${n} starts.`);
      const key = value("personId") + " " + value("activity");
      if (value("personId") && value("activity") && seen.has(key)) {
        refuse("activity", `Commitment ${n} repeats commitment ${seen.get(key) + 1}: the same activity with the same person. Change one, or remove it.`);
      }
      seen.set(key, index);
      const keeperChoice = value("keeper");
      let keeper = null;
      if (keeperChoice.startsWith("person:")) keeper = { kind: "NETWORK_PERSON", personId: keeperChoice.slice(7) };
      else if (keeperChoice === "YOUNG_PERSON") keeper = { kind: "YOUNG_PERSON" };
      else if (keeperChoice) {
        if (!value("keeper.name")) refuse("keeper.name", `Name the carer or the role who keeps commitment ${n} going.`);
        keeper = { kind: keeperChoice, name: value("keeper.name") };
      }
      return { personId: value("personId"), activity: value("activity"), frequency: value("frequency"),
        startDate, note: value("note") || null, keeper, nextLookOn: dateOf("nextLookOn") || null };
    });
    if (found.length) {
      throw new Problem(400, { type: "/problems/missing-field", field: found[0].field, detail: found[0].detail,
        errors: found });
    }
    return commitments;
  }

  /** The plan's refusals in plain words, beside the row of the person they are about. */
  function planProblem(e, commitments) {
    if (!(e instanceof Problem)) return e;
    if (e.status === 409 && e.field === "agreedOn") {
      return new Problem(e.status, { type: e.type, field: "agreedOn", detail: "A plan is agreed at the Lifelong Links meeting: save the meeting (step 1 above), dated on or before the day this plan is agreed, then agree the plan." });
    }
    if (e.field === "personId" || e.field === "commitments") {
      const candidates = commitments.map((c) => people.get(c.personId));
      const person = personIn(e.message, candidates);
      if (person) {
        const index = commitments.findIndex((c) => c.personId === person.id);
        let detail = withoutApiPaths(e.message);
        if (e.type === "/problems/do-not-contact") {
          detail = `${person.fullName} cannot be in the plan: a do-not-contact decision stands.`;
        } else if (e.type === "/problems/approval-required") {
          detail = person.safety === "CHECK_REQUIRED"
              ? `${person.fullName} cannot be in the plan yet: their safety decision has expired and a social worker must decide again.`
              : `${person.fullName} cannot be in the plan yet: they were not in touch with ${youngPersonName} at referral, so a social worker must record a safety approval first.`;
        } else if (e.type === "/problems/impossible-status-move") {
          detail = `${person.fullName} cannot be in the plan yet: they have not agreed to be involved. Record their agreement on their page first (a contact with the outcome “agreed to be involved”).`;
        }
        return new Problem(e.status, { type: e.type, field: `commitments[${index}].personId`, detail });
      }
    }
    const errors = e.body && Array.isArray(e.body.errors)
        ? e.body.errors.map((one) => ({ field: one.field, detail: withoutApiPaths(one.detail || "") })) : undefined;
    return new Problem(e.status, { type: e.type, field: e.field, detail: withoutApiPaths(e.message), errors });
  }

  LL.form(planForm, async (values, form, submit, submission) => {
    const commitments = commitmentsFromRows();
    const body = { agreedOn: values.agreedOn, summary: values.summary || null, commitments };
    let agreed;
    try {
      agreed = await api(base + "/plan", { json: body, idempotencyKey: submission.idempotencyKey });
    } catch (e) {
      throw planProblem(e, commitments);
    }
    current = agreed;
    shown = agreed;
    remember(agreed);
    versions = await api(base + "/plan/versions");
    if (askedVersion) window.history.replaceState(null, "", window.location.pathname + "#plan");
    for (const c of agreed.commitments) {
      const person = people.get(c.personId);
      if (person && !["IN_PLAN", "ACTIVE"].includes(person.status)) person.status = "IN_PLAN";
    }
    renderPlan();
    resetPlanForm();
    renderReviewForm();
    return `Version ${agreed.version} of the plan is agreed, with ${agreed.commitments.length} ${agreed.commitments.length === 1 ? "commitment" : "commitments"}.`;
  });

  // ---------- 3. Reviews ----------
  const reviewForm = document.getElementById("review-form");

  function commitmentWords(c) {
    const person = people.get(c.personId);
    return `${person ? person.fullName : c.name}: ${(ACTIVITIES[c.activity] || c.activity).toLowerCase()}, ${(FREQUENCIES[c.frequency] || c.frequency).toLowerCase()}`;
  }

  async function readReviewedVersions() {
    const missing = [...new Set(reviews.map((r) => r.planVersion).filter((v) => v && !planVersions.has(v)))];
    const plans = await Promise.all(missing.map((v) => noneIfMissing(api(base + "/plan?version=" + v))));
    plans.forEach(remember);
  }

  function renderReviews() {
    const body = document.querySelector("#review-table tbody");
    if (!reviews.length) {
      fill(body, h("tr", {}, h("td", { colspan: 5, class: "muted" }, "No reviews yet. The first is the referral review.")));
      return;
    }
    fill(body, reviews.map((r) => {
      const plan = r.planVersion ? planVersions.get(r.planVersion) : null;
      const byId = new Map(plan ? plan.commitments.map((c) => [c.id, c]) : []);
      const found = r.kind === "REFERRAL"
          ? `Overnight stays at referral: ${r.overnightStaysAtReferral ? "yes" : "no"}`
          : r.commitments.length
              ? h("ul", { class: "plain reviewed" }, r.commitments.map((rc) => h("li", {},
                  h("span", { class: "badge happening-" + rc.happening }, HAPPENING[rc.happening] || rc.happening), " ",
                  byId.has(rc.commitmentId) ? commitmentWords(byId.get(rc.commitmentId)) : "a commitment",
                  rc.note ? h("span", { class: "muted" }, ` — ${rc.note}`) : null)))
              : "No commitments reviewed";
      return h("tr", {},
          h("td", { "data-label": "Date" }, date(r.date)),
          h("td", { "data-label": "Review" }, r.kind === "REFERRAL" ? "Referral review" : `Review of plan version ${r.planVersion}`,
              h("span", { class: "muted" }, " by " + r.recordedBy)),
          h("td", { "data-label": "Family knowledge" }, `${r.familyKnowledge} out of 5`),
          h("td", { "data-label": "What was found" }, found),
          r.note ? h("td", { "data-label": "Note" }, r.note) : h("td", { class: "empty" }, ""));
    }));
  }

  function setKind(kind) {
    const referral = kind === "REFERRAL";
    const referralPart = document.getElementById("review-referral-part");
    const planPart = document.getElementById("review-plan-part");
    referralPart.hidden = !referral;
    referralPart.querySelectorAll("input").forEach((input) => { input.disabled = !referral; });
    planPart.hidden = kind !== "PLAN_REVIEW";
    planPart.disabled = kind !== "PLAN_REVIEW";
  }

  function renderReviewForm() {
    const hasReferral = reviews.some((r) => r.kind === "REFERRAL");
    const referralRadio = document.getElementById("review-kind-referral");
    const planRadio = document.getElementById("review-kind-plan");
    referralRadio.disabled = hasReferral;
    planRadio.disabled = !current;
    document.getElementById("review-kind-referral-hint").textContent = hasReferral
        ? "Already recorded: there is one referral review."
        : "The young person's rating when referred. Recorded once, before the plan.";
    document.getElementById("review-kind-plan-hint").textContent = current
        ? `Whether each commitment of the current plan (version ${current.version}) is happening.`
        : "Possible once a plan is agreed.";
    const kind = !hasReferral ? "REFERRAL" : current ? "PLAN_REVIEW" : null;
    referralRadio.checked = kind === "REFERRAL";
    planRadio.checked = kind === "PLAN_REVIEW";
    const list = document.getElementById("review-commitments");
    fill(list, current ? current.commitments.map((c, index) => {
      const id = "review-" + index;
      return h("div", { class: "review-commitment" },
          h("fieldset", { class: "happening" },
              h("legend", {}, commitmentWords(c)),
              h("div", { class: "checks" }, Object.entries({ YES: "Yes", PARTLY: "Partly", NO: "No" }).map(([value, label]) =>
                  h("label", {}, h("input", { type: "radio", name: "happening-" + c.id, value, "data-skip": "", id: `${id}-${value}` }), " " + label)))),
          h("div", { class: "field" }, h("label", { for: id + "-note" }, "Note ", h("span", { class: "hint" }, "(optional)")),
              h("input", { type: "text", id: id + "-note", "data-skip": "", "data-note-for": c.id, autocomplete: "off" })));
    }) : h("p", { class: "muted" }, "No plan yet."));
    setKind(kind);
    document.querySelector("#review-form button[type=submit]").disabled = !kind;
  }

  reviewForm.addEventListener("change", (event) => {
    if (event.target.name === "kind") setKind(event.target.value);
  });

  LL.form(reviewForm, async (values, form, submit, submission) => {
    const kind = values.kind;
    if (!kind) throw new Problem(400, { field: "kind", detail: "Choose which review this is." });
    const body = { kind, date: values.date, note: values.note || null,
      familyKnowledge: values.familyKnowledge === undefined ? undefined : Number(values.familyKnowledge) };
    if (body.familyKnowledge === undefined) {
      throw new Problem(400, { field: "familyKnowledge", detail: `Choose ${youngPersonName}'s rating, from 1 to 5.` });
    }
    if (kind === "REFERRAL") {
      body.overnightStaysAtReferral = Boolean(values.overnightStaysAtReferral);
    } else {
      body.commitments = current.commitments.map((c) => {
        const chosen = reviewForm.querySelector(`input[name="happening-${CSS.escape(c.id)}"]:checked`);
        if (!chosen) {
          throw new Problem(400, { field: "happening-" + c.id, detail: `Say whether this is happening: ${commitmentWords(c)}.` });
        }
        const note = reviewForm.querySelector(`[data-note-for="${CSS.escape(c.id)}"]`).value.trim();
        return { commitmentId: c.id, happening: chosen.value, note: note || null };
      });
    }
    let recorded;
    try {
      recorded = await api(base + "/reviews", { json: body, idempotencyKey: submission.idempotencyKey });
    } catch (e) {
      throw e instanceof Problem ? new Problem(e.status, { type: e.type, field: e.field, detail: withoutApiPaths(e.message) }) : e;
    }
    reviews = await api(base + "/reviews");
    await readReviewedVersions();
    renderReviews();
    reviewForm.reset();
    renderReviewForm();
    return `The ${recorded.kind === "REFERRAL" ? "referral review" : "plan review"} of ${date(recorded.date)} is recorded.`;
  });

  // Social workers read the work but do not record it (the API would answer 403): they get no forms.
  if (main.dataset.canChange !== "true") {
    document.querySelectorAll(".changes").forEach((element) => { element.hidden = true; });
    document.querySelector(".read-only-note").hidden = false;
  }
  // A step already recorded folds its form away behind its heading (fewer tab stops; open it to change it).
  LL.fold(meetingForm, !meeting);
  LL.fold(reviewForm, !reviews.length);
  renderMeeting();
  fillMeetingForm();
  renderPlan();
  resetPlanForm();
  await readReviewedVersions();
  renderReviews();
  renderReviewForm();
  if (window.location.hash) {
    const target = document.getElementById(window.location.hash.slice(1));
    if (target) target.scrollIntoView();
  }
  status(document.getElementById("page-status"), "", "info");
});
