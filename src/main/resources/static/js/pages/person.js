/*
 * A person in a young person's network: where things stand (safety first), recording a contact in a few clicks,
 * the contact history, safety decisions, a status change by hand, and contact details only when asked for
 * (every read of them is audited).
 */
LL.ready(async () => {
  const { api, h, fill, capitalised, words, date, safetyBadge, status, Problem } = LL;
  const main = document.getElementById("main");
  const youngPersonId = main.dataset.youngPersonId;
  const youngName = main.dataset.youngPersonName;
  const personId = main.dataset.personId;
  const personName = main.dataset.personName;
  const base = "/api/young-people/" + encodeURIComponent(youngPersonId);
  const personBase = "/api/people/" + encodeURIComponent(personId);

  // The moves a coordinator may make by hand: the status machine's arrows (docs/plan-and-safety.md), without
  // IN_PLAN, ACTIVE and NOT_SAFE, which only the plan, contacts and safety decisions set.
  const MOVES = {
    IDENTIFIED: ["SEARCHING", "FOUND", "CONTACTED", "ENDED"],
    SEARCHING: ["FOUND", "CONTACTED", "ENDED"],
    FOUND: ["CONTACTED", "ENDED"],
    CONTACTED: ["AGREED", "DECLINED", "ENDED"],
    AGREED: ["DECLINED", "ENDED"],
    DECLINED: ["CONTACTED", "ENDED"],
    IN_PLAN: ["ENDED"],
    ACTIVE: ["ENDED"],
    NOT_SAFE: ["ENDED"],
    ENDED: ["IDENTIFIED"],
  };
  const TRACING = ["LETTER", "PHONE", "EMAIL", "SOCIAL_MEDIA", "VISIT", "THROUGH_RELATIVE"];
  const KIND_WORDS = {
    PHONE: "Phone call (tracing)", LETTER: "Letter (tracing)", EMAIL: "Email (tracing)",
    SOCIAL_MEDIA: "Social media (tracing)", VISIT: "Visit (tracing)", THROUGH_RELATIVE: "Through a relative (tracing)",
    CALL: "Phone or video call", MEETING: "Meeting or outing",
  };
  const OUTCOME_WORDS = { REACHED: "Reached them", REFERRED_FOR_SAFETY_CHECK: "Referred for a safety check" };
  const kindWords = (kind) => KIND_WORDS[kind] || capitalised(kind);
  const outcomeWords = (outcome) => (outcome ? OUTCOME_WORDS[outcome] || capitalised(outcome) : "");

  let safety = { status: "NOT_ASSESSED", current: null, history: [] };
  let progress = {};

  const contactForm = document.getElementById("contact-form");
  const safetyForm = document.getElementById("safety-form");
  const moveForm = document.getElementById("move-form");

  function today() {
    const d = new Date();
    return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
  }


  const worded = LL.worded;

  // ---- Where things stand -------------------------------------------------------------------------------------

  async function loadStanding() {
    const [safetyView, allProgress] = await Promise.all([
      api(personBase + "/safety?youngPersonId=" + encodeURIComponent(youngPersonId)),
      api(base + "/progress"),
    ]);
    safety = safetyView;
    progress = allProgress.find((p) => p.personId === personId) || {};
    fill(document.getElementById("safety-now"), safetyBadge(safety.status));
    fill(document.getElementById("status-now"), h("span", { class: "badge neutral" }, capitalised(progress.status)));
    fill(document.getElementById("last-contact"), progress.lastContact
        ? date(progress.lastContact) + ` (${progress.contacts} recorded)` : "None recorded");
    fill(document.getElementById("safety-current"), currentWords());
    main.dataset.safety = safety.status;
    showHistory();
    showMoves();
    offerWhatIsAllowed();
  }

  // ---- Only what this user may do now (issue 17) ----------------------------------------------------------------
  // The service says what the user may do (the safety view's "allowed", from the safeguarding module and the
  // caseload): a form it would refuse is not offered, and the reason stands in its place. The service still
  // refuses such a request; this is what the page shows, not the rule.
  function notOffered(form, id, text) {
    let note = document.getElementById(id);
    if (!note) {
      note = h("p", { id, class: "not-offered" });
      form.before(note);
    }
    note.textContent = text;
    note.hidden = !text;
    form.hidden = !!text;
  }

  function offerWhatIsAllowed() {
    const allowed = safety.allowed || {};
    notOffered(contactForm, "contact-not-offered", allowed.recordContact === false ? allowed.contactRefusal : null);
    document.getElementById("contact-hint").hidden = allowed.recordContact === false;
    const readOnly = allowed.changeRecord === false
        ? "Your role can read this record but not change it: the young person's coordinator changes it." : null;
    ["connection-form", "kin-form", "move-form"].forEach((id) => {
      const form = document.getElementById(id);
      if (form) notOffered(form, id + "-not-offered", readOnly);
    });
    const decisions = allowed.decisions || [];
    const select = safetyForm.elements.decision;
    for (const option of select.options) {
      option.hidden = option.disabled = !decisions.includes(option.value);
    }
    if (select.selectedOptions.length && select.selectedOptions[0].disabled) select.value = decisions[0] || "";
    notOffered(safetyForm, "safety-not-offered", decisions.length ? null
        : allowed.approvalBy || "Your role may not record safety decisions.");
    const hint = document.getElementById("decision-hint");
    hint.textContent = decisions.length === 1 && decisions[0] === "DO_NOT_CONTACT"
        ? "You can record do not contact at once: stopping contact never waits for anyone. " + (allowed.approvalBy || "")
        : "Only a social worker on the caseload (or an administrator) may approve contact or lift a do-not-contact "
          + "decision. Anyone working the case may record do not contact at once.";
  }
  // ---- end of what is allowed -----------------------------------------------------------------------------------

  function currentWords() {
    const c = safety.current;
    if (!c) {
      return `No safety decision yet. ${personName} may be traced, but contact with ${youngName} waits for a social `
          + "worker's approval (unless they were in touch at referral).";
    }
    if (safety.status === "CHECK_REQUIRED") {
      return `The last decision (${words(c.decision)}) expired on ${date(c.expiresOn)}: a social worker must decide again `
          + "before any contact.";
    }
    const parts = [LL.SAFETY_WORDS[safety.status] + " since " + date(c.decidedOn) + ", on the basis of "
        + words(c.basis) + "."];
    if (c.conditions) parts.push("Conditions: " + c.conditions + ".");
    if (safety.status === "DO_NOT_CONTACT") {
      parts.push(`Nothing may involve ${personName} while this stands: no contact with ${youngName}, no tracing attempts.`);
    }
    if (c.reviewOn) parts.push("Review on " + date(c.reviewOn) + ".");
    if (c.expiresOn) parts.push("Expires on " + date(c.expiresOn) + ".");
    return parts.join(" ");
  }

  function showHistory() {
    const body = document.querySelector("#safety-history tbody");
    if (!safety.history.length) {
      fill(body, h("tr", {}, h("td", { colspan: 4, class: "muted" }, "No decisions recorded.")));
      return;
    }
    fill(body, safety.history.map((d) => h("tr", {},
        h("td", {}, safetyBadge(d.decision)),
        h("td", {}, capitalised(d.basis)),
        h("td", {}, d.conditions ? h("p", {}, "Conditions: " + d.conditions) : null,
            d.reason ? h("p", { class: "muted" }, d.reason) : null),
        h("td", { class: "decided" }, h("p", {}, date(d.decidedOn)),
            d.decidedBy ? h("p", { class: "muted" }, "by " + d.decidedBy) : null,
            d.reviewOn ? h("p", {}, "Review " + date(d.reviewOn)) : null,
            d.expiresOn ? h("p", {}, "Expires " + date(d.expiresOn)) : null))));
  }

  function showMoves() {
    const select = document.getElementById("status");
    const moves = MOVES[progress.status] || [];
    LL.options(select, moves, null, "Choose…");
    moveForm.querySelector("button[type=submit]").disabled = !moves.length;
  }

  // ---- Details and the contact history ------------------------------------------------------------------------

  async function loadDetails() {
    const network = await api(base + "/network");
    showConnection(network);
    showKin(network);
    const person = network.people.find((p) => p.id === personId) || {};
    const connection = network.connections.find((c) => c.personId === personId) || {};
    document.getElementById("relationship-words").textContent = capitalised(connection.relationship) + " of "
        + youngName + " · " + capitalised(connection.category);
    const born = person.dateOfBirth ? date(person.dateOfBirth) : person.birthYear ? "in " + person.birthYear : null;
    const rows = [
      ["Known as", person.knownAs],
      ["Former family names", (person.formerFamilyNames || []).join(", ")],
      ["Born", born],
      ["Sex", person.sex ? capitalised(person.sex) : null],
      ["Deceased", person.deceased ? "Yes" : null],
      ["Town", person.town],
      ["Postcode", person.postcode],
      ["Relationship", connection.relationship],
      ["Category", capitalised(connection.category)],
      ["Contact at referral", capitalised(connection.baseline)],
      ["What " + youngName + " wants", connection.wish ? capitalised(connection.wish) : "Not said yet"],
      ["Source", connection.source ? capitalised(connection.source) : "Not recorded"],
      ["Hidden from " + youngName, connection.hiddenFromYoungPerson ? "Yes: not on their own page" : "No"],
      ["Added", connection.createdAt ? date(connection.createdAt) : null],
    ].filter(([, value]) => value);
    fill(document.getElementById("details"), rows.map(([term, value]) => h("div", {}, h("dt", {}, term), h("dd", {}, value))));
  }

  async function loadContacts() {
    const contacts = await api(base + "/contacts?personId=" + encodeURIComponent(personId));
    const body = document.querySelector("#contacts tbody");
    if (!contacts.length) {
      fill(body, h("tr", {}, h("td", { colspan: 6, class: "muted" }, "No contact recorded yet.")));
      return;
    }
    fill(body, contacts.map((c) => h("tr", {},
        h("td", {}, date(c.date)),
        h("td", {}, kindWords(c.kind)),
        h("td", {}, outcomeWords(c.outcome) || "–"),
        h("td", {}, TRACING.includes(c.kind) ? "Tracing attempt" : c.direct ? "Direct contact" : "Indirect contact"),
        h("td", {}, c.note || ""),
        h("td", {}, c.recordedBy || ""))));
  }

  // ---- Recording a contact ------------------------------------------------------------------------------------

  const kind = document.getElementById("kind");
  const outcome = document.getElementById("outcome");
  function outcomeFits() {
    // An outcome belongs to a tracing attempt only: the service refuses one for contact with the young person.
    const tracing = TRACING.includes(kind.value);
    outcome.disabled = !tracing;
    if (!tracing) outcome.value = "";
  }
  kind.addEventListener("change", outcomeFits);
  LL.setDate(contactForm, "date", today());

  /** The service's refusals, in plain words. */
  function plain(problem, formElement) {
    if (!(problem instanceof Problem)) return problem;
    let detail = null;
    if (problem.type === "/problems/do-not-contact") {
      detail = `Not recorded: a do-not-contact decision about ${personName} stands`
          + (safety.current ? " (decided " + date(safety.current.decidedOn) + ")" : "")
          + `. Nothing may involve them, not even a tracing attempt.`;
    } else if (problem.type === "/problems/approval-required") {
      detail = safety.status === "CHECK_REQUIRED"
          ? `Not recorded: the safety decision about ${personName} has expired. A social worker must decide again before contact with ${youngName}.`
          : `Not recorded: first contact between ${youngName} and ${personName} needs a safety approval, and there is none yet. `
            + "Ask the social worker to record one. (Your tracing attempts, such as a letter or a phone call, need none.)";
    } else if (problem.type === "/problems/impossible-status-move") {
      detail = "That change of status is not possible from here. " + problem.message;
    } else if (problem.status === 403) {
      detail = "You may not do this: " + problem.message;
    }
    if (!detail) return worded(problem, formElement);
    return new Problem(problem.status, { ...(problem.body || {}), detail, field: problem.type === "/problems/impossible-status-move" ? null : problem.field });
  }

  LL.form(contactForm, async (values, form, submit, submission) => {
    let event;
    try {
      event = await api(base + "/contacts", { json: { personId, ...values }, idempotencyKey: submission.idempotencyKey });
    } catch (e) {
      throw plain(e, form);
    }
    form.elements.note.value = "";
    await Promise.all([loadStanding(), loadContacts()]);
    return `Recorded: ${kindWords(event.kind)}${event.outcome ? ", " + outcomeWords(event.outcome).toLowerCase() : ""} on `
        + `${date(event.date)}. ${personName}'s status is now ${words(event.statusAfter)}.`;
  });

  // ---- Safety decisions ---------------------------------------------------------------------------------------

  LL.form(safetyForm, async (values, form, submit, submission) => {
    let decision;
    try {
      decision = await api(personBase + "/safety", { json: { youngPersonId, ...values },
        idempotencyKey: submission.idempotencyKey });
    } catch (e) {
      if (e instanceof Problem && e.status === 403) {
        // The service names who can decide ("ask Sam Okafor, the social worker for this young person").
        throw new Problem(403, { detail: e.message + " You can record do not contact yourself.", field: null });
      }
      throw worded(e, form);
    }
    form.reset();
    await loadStanding();
    return "Recorded: " + LL.SAFETY_WORDS[decision.decision] + " from " + date(decision.decidedOn) + ".";
  });

  // ---- Status by hand -----------------------------------------------------------------------------------------

  LL.form(moveForm, async (values, form) => {
    let answer;
    try {
      answer = await api(base + "/people/" + encodeURIComponent(personId) + "/status", { method: "PUT", json: values });
    } catch (e) {
      throw plain(e, form);
    }
    form.reset();
    await Promise.all([loadStanding(), loadContacts()]);
    return `${personName}'s status is now ${words(answer.status)}.`;
  });

  // ---- What the person is to the young person, and family links --------------------------------------------

  const connectionForm = document.getElementById("connection-form");
  const CHOICES = {
    category: ["FAMILY", "FORMER_CARER", "EDUCATION", "FRIEND", "PROFESSIONAL", "COMMUNITY"],
    baseline: ["REGULAR", "OCCASIONAL", "LOST_TOUCH", "BROKEN_DOWN", "NEVER_MET"],
    wish: ["IMPORTANT_TO_ME", "WANT_BACK_IN_TOUCH", "WANT_TO_KNOW_ABOUT", "NOT_NOW"],
    source: ["YOUNG_PERSON", "CASE_FILE", "FAMILY_MEMBER", "SEARCH"],
  };
  let connectionId = null;
  // The version of the connection the form shows: a save says so (If-Match), and is refused if someone else saved
  // in between.
  let connectionVersion = null;

  function showConnection(network) {
    const connection = network.connections.find((c) => c.personId === personId) || {};
    connectionId = connection.id;
    connectionVersion = connection.version;
    connectionForm.elements.relationship.value = connection.relationship || "";
    for (const [name, list] of Object.entries(CHOICES)) {
      const optional = name === "wish" || name === "source";
      LL.options(connectionForm.elements[name], list, connection[name], optional ? "Not said" : undefined);
    }
    connectionForm.elements.hiddenFromYoungPerson.checked = !!connection.hiddenFromYoungPerson;
  }

  LL.form(connectionForm, async (values, form) => {
    try {
      await api(base + "/connections/" + encodeURIComponent(connectionId), { method: "PATCH", json: values,
        ifMatch: connectionVersion });
    } catch (e) {
      if (!(e instanceof Problem) || e.status !== 412) throw worded(e, form);
      // Only the version moves on; the form keeps what was typed, so saving again is a choice made knowingly.
      const network = await api(base + "/network");
      const now = network.connections.find((c) => c.id === connectionId) || {};
      connectionVersion = now.version;
      throw LL.stale(e, form, now);
    }
    await loadDetails();
    return values.hiddenFromYoungPerson
        ? `Saved. ${personName} is hidden from ${youngName}'s own page, chart and plan.`
        : "Saved.";
  });

  const QUALIFIERS = {
    PARENT: ["BIRTH", "ADOPTIVE", "FOSTER", "STEP"], CHILD: ["BIRTH", "ADOPTIVE", "FOSTER", "STEP"],
    SIBLING: ["FULL", "HALF", "STEP"], PARTNER: ["CURRENT", "FORMER"],
  };
  const kinForm = document.getElementById("kin-form");
  const kinKind = kinForm.elements.kind;
  const fillQualifiers = () => LL.options(kinForm.elements.qualifier, QUALIFIERS[kinKind.value], QUALIFIERS[kinKind.value][0]);
  kinKind.addEventListener("change", fillQualifiers);
  fillQualifiers();

  /** "Jade is Robin's mother"-style lines for every kinship fact this person is part of. */
  function showKin(network) {
    const names = new Map(network.people.map((p) => [p.id, p.givenName + " " + (p.familyName || "")]));
    names.set(youngPersonId, youngName);
    const role = (kin, other) => {
      const qualifier = kin.qualifier && !["BIRTH", "FULL", "CURRENT"].includes(kin.qualifier) ? words(kin.qualifier) + " " : "";
      if (kin.kind === "PARENT") return qualifier + (kin.fromPersonId === other ? "parent" : "child");
      if (kin.kind === "SIBLING") return qualifier + "brother or sister";
      return qualifier + "partner";
    };
    const mine = network.kinship.filter((k) => k.fromPersonId === personId || k.toPersonId === personId);
    fill(document.getElementById("kin-list"), mine.length
        ? mine.map((k) => {
          const other = k.fromPersonId === personId ? k.toPersonId : k.fromPersonId;
          const link = other === youngPersonId ? youngName : h("a", {
            href: "/young-people/" + encodeURIComponent(youngPersonId) + "/people/" + encodeURIComponent(other) }, names.get(other) || "someone");
          return h("li", {}, link, " is " + personName + "'s " + role(k, other));
        })
        : h("li", { class: "muted" }, "No family links recorded yet."));
    const others = [[youngPersonId, youngName + " (the young person)"],
      ...network.people.filter((p) => p.id !== personId).map((p) => [p.id, names.get(p.id)])];
    fill(kinForm.elements.personId, h("option", { value: "" }, "Choose…"),
        others.map(([id, name]) => h("option", { value: id }, name)));
  }

  LL.form(kinForm, async (values, form, submit, submission) => {
    await api(personBase + "/kin", { json: values, idempotencyKey: submission.idempotencyKey });
    form.reset();
    fillQualifiers();
    await loadDetails();
    return "Family link recorded.";
  });

  // ---- Contact details, only when asked -----------------------------------------------------------------------

  const detailsForm = document.getElementById("contact-details-form");
  const showButton = document.getElementById("show-contact-details");
  let detailsVersion = null;
  showButton.addEventListener("click", async () => {
    const box = detailsForm.querySelector("[data-form-status]");
    showButton.disabled = true;
    try {
      const details = await api(personBase + "/contact-details");
      for (const field of ["phone", "email", "address"]) detailsForm.elements[field].value = (details && details[field]) || "";
      detailsVersion = details ? details.version : null;
      detailsForm.hidden = false;
      showButton.hidden = true;
      showButton.setAttribute("aria-expanded", "true");
      status(box, details && (details.phone || details.email || details.address) ? "" : "No contact details recorded yet.", "info");
      detailsForm.elements.phone.focus();
    } catch (e) {
      status(document.getElementById("page-status"), e.message, "error");
    } finally {
      showButton.disabled = false;
    }
  });
  document.getElementById("hide-contact-details").addEventListener("click", () => {
    detailsForm.reset();
    detailsForm.hidden = true;
    showButton.hidden = false;
    showButton.setAttribute("aria-expanded", "false");
    showButton.focus();
  });
  LL.form(detailsForm, async (values, form) => {
    let saved;
    try {
      saved = await api(personBase + "/contact-details", { method: "PUT", json: values, ifMatch: detailsVersion });
    } catch (e) {
      if (!(e instanceof Problem) || e.status !== 412) throw e;
      const now = await api(personBase + "/contact-details");
      detailsVersion = now.version;
      throw LL.stale(e, form, now);
    }
    detailsVersion = saved.version;
    return "Contact details saved.";
  });

  await Promise.all([loadStanding(), loadDetails(), loadContacts()]);
});
