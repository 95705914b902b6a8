/*
 * The plan page's follow-ups at 6 and 12 months (for each commitment of the current plan: is contact still
 * happening?) and whether the current plan version is approved by the social worker. Read and written through the
 * plan API; the service decides what is allowed (once each, commitments of the current plan, dates).
 */
LL.ready(async () => {
  const { api, h, fill, date, form, Problem } = LL;
  const main = document.getElementById("main");
  const base = "/api/young-people/" + encodeURIComponent(main.dataset.youngPersonId);
  const AT = { SIX_MONTHS: "6-month follow-up", TWELVE_MONTHS: "12-month follow-up" };
  const HAPPENING = { YES: "Yes", SOMETIMES: "Sometimes", NO: "No" };
  const ACTIVITIES = {
    CALL: "phone or video calls", MESSAGE: "messages", CARD_OR_LETTER: "cards or letters", MEETING: "meetings or outings",
    FAMILY_EVENT: "family events", HOLIDAY: "holidays", OVERNIGHT_STAY: "overnight stays", WORK_EXPERIENCE: "work experience",
  };
  const activity = (kind) => ACTIVITIES[kind] || kind.toLowerCase().replace(/_/g, " ");

  const noneIfMissing = (promise) => promise.catch((e) => {
    if (e instanceof Problem && e.status === 404) return null;
    throw e;
  });
  let [plan, followUps] = await Promise.all([noneIfMissing(api(base + "/plan")), api(base + "/follow-ups")]);
  // Six and twelve months on: folded behind its heading until asked for (the caseload's tasks say when it is due).
  const followUpForm = document.getElementById("follow-up-form");
  if (main.dataset.canChange !== "true") followUpForm.hidden = true;
  LL.fold(followUpForm, false);

  function showApproval() {
    const box = document.getElementById("plan-approval");
    if (!plan) { box.hidden = true; return; }
    box.hidden = false;
    box.textContent = plan.approval
      ? `Version ${plan.version} approved by ${plan.approval.approverName} (social worker) on ${date(plan.approval.approvedOn)}.`
      : `Version ${plan.version} is waiting for the social worker's approval (it is on their approvals page).`;
  }

  function showFollowUps() {
    const body = document.querySelector("#follow-up-table tbody");
    fill(body, followUps.length ? followUps.map((f) => h("tr", { "data-follow-up": f.at },
        h("td", { "data-label": "Date" }, date(f.date)),
        h("td", { "data-label": "Follow-up" }, AT[f.at] + " (plan version " + f.planVersion + ")"),
        h("td", { "data-label": "Contact still happening?" }, h("ul", { class: "plain" }, f.commitments.map((c) =>
            h("li", {}, `${c.name}, ${activity(c.activity)}: ${HAPPENING[c.happening]}` + (c.note ? ` (${c.note})` : ""))))),
        h("td", { "data-label": "Note" }, f.note || "")))
      : h("tr", {}, h("td", { colspan: 4, class: "muted" }, "No follow-up recorded yet.")));
    const done = new Set(followUps.map((f) => f.at));
    document.querySelectorAll("#follow-up-form input[name=at]").forEach((radio) => {
      radio.disabled = done.has(radio.value);
      const label = radio.closest("label");
      if (done.has(radio.value) && !label.querySelector(".hint")) label.append(h("span", { class: "hint" }, " (recorded)"));
    });
  }

  /** One fieldset per commitment of the current plan: yes, sometimes, no, and a note. */
  function showCommitments() {
    const box = document.getElementById("follow-up-commitments");
    if (!plan) {
      fill(box, h("p", { class: "muted" }, "There is no plan to follow up yet."));
      return;
    }
    fill(box, plan.commitments.map((c, index) => h("fieldset", { class: "follow-up-commitment", "data-commitment": c.id,
        "data-field": `commitments[${index}].happening` },
        h("legend", {}, `${c.name}: ${activity(c.activity)}`),
        h("div", { class: "checks" }, Object.entries(HAPPENING).map(([value, words]) => h("label", {},
            h("input", { type: "radio", name: "happening-" + c.id, value, "data-skip": "" }), " " + words))),
        h("div", { class: "field" }, h("label", { for: "follow-up-note-" + c.id }, "Note about " + c.name),
            h("input", { type: "text", id: "follow-up-note-" + c.id, "data-skip": "", "data-field": `commitments[${index}].note` })))));
  }

  form(document.getElementById("follow-up-form"), async (values, formElement, submit, submission) => {
    const commitments = [];
    for (const fieldset of formElement.querySelectorAll(".follow-up-commitment")) {
      const chosen = fieldset.querySelector("input[type=radio]:checked");
      if (!chosen) continue;
      const note = fieldset.querySelector("input[type=text]").value.trim();
      commitments.push({ commitmentId: fieldset.dataset.commitment, happening: chosen.value, ...(note ? { note } : {}) });
    }
    if (!values.at) throw new Problem(400, { field: "at", detail: "Choose which follow-up this is" });
    if (!commitments.length) {
      throw new Problem(400, { field: "commitments", detail: "Say for at least one commitment whether contact is still happening" });
    }
    const recorded = await api(base + "/follow-ups", { json: { at: values.at, date: values.date, note: values.note, commitments },
      idempotencyKey: submission.idempotencyKey });
    followUps = await api(base + "/follow-ups");
    showFollowUps();
    formElement.reset();
    return AT[recorded.at] + " recorded.";
  });

  showApproval();
  showFollowUps();
  showCommitments();
  if (main.dataset.canChange !== "true") {
    document.querySelectorAll("#follow-ups .changes").forEach((element) => { element.hidden = true; });
  }
});
