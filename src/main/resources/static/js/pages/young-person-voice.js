/*
 * The young person's own words on the workers' pages (from GET /api/young-people/{id}/voice, /suggestions and
 * /messages): on the workspace, their suggestions (with the duplicate check's matches, a do-not-contact match
 * flagged: workers only), "I don't feel safe" and the messages with their coordinator; on a person's page, their
 * latest wish about that person beside the coordinator's record; on the plan page, whom they want at the meeting and
 * what they want to say, their answers to "is it happening?" and their family knowledge ratings with dates.
 */
LL.ready(async () => {
  const { api, h, fill, date } = LL;
  const main = document.getElementById("main");
  const id = main.dataset.youngPersonId;
  const name = main.dataset.youngPersonName;
  const base = "/api/young-people/" + encodeURIComponent(id);
  const WISH = { IMPORTANT_TO_ME: "they are important to me", WANT_BACK_IN_TOUCH: "I want to be back in touch",
    WANT_TO_KNOW_ABOUT: "I want to know more about them", NOT_NOW: "not now" };
  const WANT = { BACK_IN_TOUCH: "to be back in touch", KNOW_ABOUT_THEM: "to know about them",
    NOT_NOW: "not now, but wanted us to know" };
  const HAPPENING = { YES: "yes", PARTLY: "partly", NO: "no" };
  const when = (iso) => new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "long", year: "numeric",
    hour: "2-digit", minute: "2-digit" });
  const needsVoice = document.getElementById("voice") || document.getElementById("voice-person")
      || document.getElementById("voice-plan");
  if (!needsVoice) return;
  const voice = await api(base + "/voice");

  // ---- a person's page ----
  const personBox = document.getElementById("voice-person");
  if (personBox) {
    const wish = voice.wishes.find((w) => w.personId === main.dataset.personId);
    if (wish) {
      fill(document.getElementById("voice-person-words"),
          h("p", { class: "own-words-quote", "data-own-wish": wish.wish }, "“" + WISH[wish.wish]
              + (wish.words ? ": " + wish.words : "") + "”, said on " + date(wish.saidOn) + "."),
          h("p", { class: "muted" }, "Recorded by the coordinator: "
              + (wish.coordinatorsView ? LL.words(wish.coordinatorsView) : "nothing yet") + "."));
      personBox.hidden = false;
    }
  }

  // ---- the plan page ----
  const meetingBox = document.getElementById("voice-meeting");
  if (meetingBox && voice.meeting) {
    fill(document.getElementById("voice-meeting-words"),
        h("p", {}, "Who they would like there: " + (voice.meeting.people.map((p) => p.name).join(", ") || "no one chosen")),
        voice.meeting.say ? h("p", { class: "own-words-quote" }, "What they want to say: “" + voice.meeting.say + "”") : null,
        h("p", { class: "muted" }, "Said on " + date(voice.meeting.saidOn) + "."));
    meetingBox.hidden = false;
  }
  const planBox = document.getElementById("voice-plan");
  if (planBox && (voice.happening.length || voice.familyKnowledge.length)) {
    fill(document.getElementById("voice-plan-words"),
        voice.happening.length ? h("ul", { class: "own-happening" }, voice.happening.map((a) =>
            h("li", { "data-commitment": a.commitmentId }, "With " + (a.personName || "someone") + ": is it happening? “"
                + HAPPENING[a.happening] + "”, said on " + date(a.saidOn)))) : null,
        voice.familyKnowledge.length ? h("p", { id: "own-family-knowledge" }, "How much they know about their family "
            + "(their own rating): " + voice.familyKnowledge.map((r) => r.rating + " on " + date(r.saidOn)).join("; ")
            + ".") : null);
    planBox.hidden = false;
    // Their latest rating feeds the next review: chosen in the review form unless someone chose already.
    const latest = voice.familyKnowledge[voice.familyKnowledge.length - 1];
    const radio = latest && document.getElementById("knowledge-" + latest.rating);
    if (radio && !document.querySelector('input[name="familyKnowledge"]:checked')) radio.checked = true;
  }

  // ---- the workspace ----
  if (!document.getElementById("voice")) return;
  fill(document.getElementById("voice-unsafe"), voice.unsafe.length ? h("div", { class: "status error", role: "note" },
      h("strong", {}, name + " said they do not feel safe: "),
      voice.unsafe.slice(0, 5).map((u) => when(u.saidAt) + (u.words ? " (“" + u.words + "”)" : "")).join("; "),
      ". The urgent task is on your caseload.") : null);

  async function showSuggestions() {
    const list = await api(base + "/suggestions");
    const box = document.getElementById("voice-suggestions");
    if (!list.length) {
      fill(box, h("li", { class: "muted" }, "Nothing yet."));
      return;
    }
    fill(box, list.map((s) => h("li", { class: "voice-suggestion", "data-suggestion": s.id, "data-state": s.state },
        h("p", {}, h("strong", {}, s.name), s.relation ? " (" + s.relation + ")" : "", ": wants " + WANT[s.want]
            + ", said on " + date(s.saidOn) + "."),
        s.more ? h("p", { class: "own-words-quote" }, "“" + s.more + "”") : null,
        s.state === "WAITING" ? waiting(s) : h("p", { class: "muted" }, s.state === "ACCEPTED"
            ? "Accepted: " + s.personName + (s.words ? ". Told them: “" + s.words + "”" : "")
            : "Answered: " + (s.answer === "LOOKING" ? "we will look" : "we will talk to them about this")
                + (s.words ? ". Told them: “" + s.words + "”" : "")))));
  }

  function waiting(s) {
    const matches = s.possibleMatches.map((m) => h("li", { "data-match": m.personId },
        m.doNotContact ? h("span", { class: "badge voice-dnc", "data-do-not-contact": "" }, "Do not contact") : null, " ",
        m.givenName + " " + m.familyName + (m.birthYear ? " (b. " + m.birthYear + ")" : "") + ": " + m.strength
            + " match" + (m.inThisNetwork ? ", already in this network" : ""),
        m.inThisNetwork ? h("button", { type: "button", class: "secondary small", onclick: () =>
            decide(s, { personId: m.personId }) }, "Accept as " + m.givenName) : null));
    return h("div", {},
        matches.length ? h("div", {}, h("p", {}, "Already recorded, perhaps the same person:"), h("ul", {}, matches))
            : h("p", { class: "muted" }, "No one already recorded matches this name."),
        h("p", { class: "actions" },
            h("a", { class: "button secondary small", href: "#add-heading" }, "Add them (with the duplicate check)"),
            h("button", { type: "button", class: "secondary small", onclick: () => decide(s, { answer: "LOOKING" }) },
                "Answer: we will look"),
            h("button", { type: "button", class: "secondary small", onclick: () =>
                decide(s, { answer: "TALK_TO_YOU" }) }, "Answer: we will talk about this")));
  }

  async function decide(s, body) {
    try {
      await api(base + "/suggestions/" + encodeURIComponent(s.id) + "/decision", { json: body });
      await showSuggestions();
    } catch (e) {
      LL.status(document.getElementById("page-status"), e.message, "error");
    }
  }

  async function showMessages() {
    const messages = await api(base + "/messages");
    const box = document.getElementById("voice-messages");
    fill(box, messages.length ? messages.map((m) => h("li", { class: "voice-message", "data-message": m.id },
        h("strong", {}, m.fromYoungPerson ? name : m.from), " · " + when(m.sentAt)
            + (m.replyTo ? " · a reply" : "") + (m.fromYoungPerson ? (m.seen ? " · read" : " · not read yet") : ""),
        h("p", {}, m.text))) : h("li", { class: "muted" }, "No messages yet."));
    if (messages.some((m) => m.fromYoungPerson && !m.seen)) {
      // The coordinator has now seen them (their "Seen"); a social worker only reads, and is refused (403).
      try {
        await api(base + "/messages/read", { method: "POST" });
        return showMessages();
      } catch (e) { /* not the coordinator */ }
    }
    return messages;
  }

  let last = null;
  LL.form(document.getElementById("voice-reply"), async (values, form, submit, submission) => {
    const messages = await api(base + "/messages");
    const theirs = messages.filter((m) => m.fromYoungPerson);
    last = theirs.length ? theirs[theirs.length - 1] : null;
    await api(base + "/messages", { json: { text: values.text || null, replyTo: last ? last.id : null },
      idempotencyKey: submission.idempotencyKey });
    form.reset();
    await showMessages();
    return "Sent to " + name + ".";
  });

  await Promise.all([showSuggestions(), showMessages()]);
});
