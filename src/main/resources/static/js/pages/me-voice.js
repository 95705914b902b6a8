/*
 * The young person's voice on their own page: what they want with each person they can see, whether their plan is
 * happening, whom they want at their meeting, messages with their coordinator, telling us about someone, and how
 * much they know about their family. Every word comes from the bundle (/api/me/words, in the page's language);
 * every person offered comes from /api/me/voice, which the server builds from the safeguarding module's view.
 */
LL.ready(async () => {
  const { api, h, fill } = LL;
  const [bundle, voice] = await Promise.all([LL.ownWords(), api("/api/me/voice")]);
  const { lang, t } = bundle;
  const day = (iso) => iso ? new Date(String(iso).slice(0, 10) + "T12:00:00")
      .toLocaleDateString(lang === "cy" ? "cy-GB" : "en-GB", { day: "numeric", month: "long", year: "numeric" }) : "";
  const time = (iso) => new Date(iso).toLocaleString(lang === "cy" ? "cy-GB" : "en-GB",
      { day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" });
  const newKey = () => (window.crypto && crypto.randomUUID ? crypto.randomUUID()
      : Date.now().toString(36) + Math.random().toString(36).slice(2));

  // ---- forms: an error summary at the top that links to the field, in the young person's words ----

  function clearProblem(form) {
    const summary = form.querySelector("[data-error-summary]");
    summary.hidden = true;
    fill(summary);
    form.querySelectorAll("[aria-invalid]").forEach((e) => e.removeAttribute("aria-invalid"));
  }

  function showProblem(form, e) {
    const field = e && e.field;
    const key = field && bundle.words["me.error." + field] ? "me.error." + field : "me.error.general";
    const target = field && (form.querySelector(`[data-field="${CSS.escape(field)}"]`)
        || form.querySelector(`[name="${CSS.escape(field)}"]`));
    if (target) target.setAttribute("aria-invalid", "true");
    const summary = form.querySelector("[data-error-summary]");
    fill(summary, h("h3", {}, t("me.error.summary")),
        h("ul", {}, h("li", {}, target && target.id ? h("a", { href: "#" + target.id }, t(key)) : t(key))));
    summary.hidden = false;
    summary.focus();
  }

  /** Sends a form; the same Idempotency-Key while the same values are sent again (a double tap). */
  function onSubmit(form, send) {
    let pending = null;
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      clearProblem(form);
      const saved = form.querySelector("[data-saved]");
      fill(saved);
      const button = form.querySelector("button[type=submit]");
      button.disabled = true;
      const values = LL.values(form);
      const sent = JSON.stringify(values);
      if (!pending || pending.sent !== sent) pending = { sent, key: newKey() };
      try {
        const message = await send(values, pending.key);
        pending = null;
        fill(saved, message || "");
      } catch (e) {
        showProblem(form, e);
      } finally {
        button.disabled = false;
      }
    });
  }

  function choice(name, value, label, checked, onchange) {
    const id = name + "-" + value;
    return h("label", { class: "me-choice", for: id },
        h("input", { type: "radio", id, name, value, checked, onchange }), " ", h("span", {}, label));
  }

  // ---- the coordinator, named ----

  const coordinator = voice.coordinator;
  fill(document.getElementById("messages-coordinator"),
      coordinator ? t("me.messages.coordinator", coordinator) : t("me.messages.nocoordinator"));
  if (coordinator) fill(document.getElementById("me-help"), t("me.help.named", coordinator));

  // ---- what you want with your people ----

  function showWishes() {
    const box = document.getElementById("wishes-list");
    if (!voice.people.length) {
      fill(box, h("p", {}, t("me.wishes.none")));
      return;
    }
    fill(box, h("div", { class: "me-wishes" }, voice.people.map((person) => {
      const said = h("p", { class: "me-said", role: "status" },
          person.saidOn ? t("me.wish.said", day(person.saidOn)) : "");
      const name = "wish-" + person.personId;
      const save = async (event) => {
        fill(said, t("me.saving"));
        try {
          const answer = await api("/api/me/wishes/" + encodeURIComponent(person.personId),
              { method: "PUT", json: { wish: event.target.value } });
          fill(said, t("me.wish.saved") + " " + t("me.wish.said", day(answer.saidOn)));
        } catch (e) {
          fill(said, t("me.error.general"));
        }
      };
      return h("fieldset", { class: "me-choices me-wish", "data-person": person.personId },
          h("legend", {}, person.name),
          ["IMPORTANT_TO_ME", "WANT_BACK_IN_TOUCH", "WANT_TO_KNOW_ABOUT", "NOT_NOW"].map((wish) =>
              choice(name, wish, t("me.wish." + wish), person.wish === wish, save)),
          said);
    })));
  }

  // ---- is your plan happening? ----

  function showHappening() {
    const box = document.getElementById("happening-list");
    if (!voice.plan.length) {
      fill(box, h("p", {}, t("me.happening.none")));
      return;
    }
    fill(box, h("p", {}, t("me.happening.lead")), voice.plan.map((part) => {
      const activity = bundle.words["me.activity." + part.activity] ? t("me.activity." + part.activity)
          : t("me.activity.OTHER");
      const said = h("p", { class: "me-said", role: "status" });
      const save = async (event) => {
        fill(said, t("me.saving"));
        try {
          await api("/api/me/plan/commitments/" + encodeURIComponent(part.commitmentId) + "/happening",
              { method: "PUT", json: { happening: event.target.value } });
          fill(said, t("me.happening.saved"));
        } catch (e) {
          fill(said, t("me.error.general"));
        }
      };
      return h("fieldset", { class: "me-choices me-happening", "data-commitment": part.commitmentId },
          h("legend", {}, t("me.commitment", activity, part.name, t("me.frequency." + part.frequency)),
              h("span", { class: "me-question" }, " " + t("me.happening.question"))),
          h("div", { class: "me-taps" }, ["YES", "PARTLY", "NO"].map((answer) =>
              choice("happening-" + part.commitmentId, answer, t("me.happening." + answer),
                  part.happening === answer, save))),
          said);
    }));
  }

  // ---- my meeting ----

  function showMeeting() {
    const chosen = new Set(voice.meeting ? voice.meeting.people.map((p) => p.personId) : []);
    const people = document.getElementById("meeting-people");
    fill(people, voice.people.length ? voice.people.map((person) => {
      const id = "meeting-" + person.personId;
      return h("label", { class: "me-choice", for: id },
          h("input", { type: "checkbox", id, name: "people", value: person.personId, "data-list": "",
            checked: chosen.has(person.personId) }), " ", h("span", {}, person.name));
    }) : h("p", {}, t("me.meeting.nobody")));
    const form = document.getElementById("meeting-form");
    if (voice.meeting && voice.meeting.say) form.elements.say.value = voice.meeting.say;
    onSubmit(form, async (values) => {
      await api("/api/me/meeting-wishes", { method: "PUT",
        json: { people: values.people || [], say: values.say || null } });
      return t("me.meeting.saved");
    });
  }

  // ---- messages ----

  let replyTo = null;

  async function showMessages() {
    const thread = await api("/api/me/messages");
    const list = document.getElementById("messages-list");
    if (!thread.messages.length) {
      fill(list, h("li", { class: "muted" }, t("me.messages.none")));
      return;
    }
    const byId = new Map(thread.messages.map((m) => [m.id, m]));
    const replies = new Map();
    thread.messages.filter((m) => m.replyTo && byId.has(m.replyTo)).forEach((m) => {
      if (!replies.has(m.replyTo)) replies.set(m.replyTo, []);
      replies.get(m.replyTo).push(m);
    });
    const item = (m) => h("li", { class: "me-message " + (m.fromYoungPerson ? "from-me" : "from-them"),
          "data-message": m.id },
        h("p", { class: "me-message-who" }, m.fromYoungPerson ? t("me.messages.you") : m.from,
            h("span", { class: "muted" }, " · " + time(m.sentAt))),
        m.text.split("\n").map((line) => h("p", {}, line)),
        m.fromYoungPerson && m.seen ? h("p", { class: "me-seen", "data-seen": "" }, "✓ " + t("me.messages.seen")) : null,
        !m.fromYoungPerson ? h("button", { type: "button", class: "secondary", onclick: () => {
          replyTo = m;
          const replying = document.getElementById("message-replying");
          fill(replying, t("me.messages.replying", m.text.length > 60 ? m.text.slice(0, 60) + "…" : m.text));
          replying.hidden = false;
          document.getElementById("message-text").focus();
        } }, t("me.messages.replyto")) : null,
        replies.has(m.id) ? h("ol", { class: "me-replies" }, replies.get(m.id).map(item)) : null);
    fill(list, thread.messages.filter((m) => !m.replyTo || !byId.has(m.replyTo)).map(item));
  }

  onSubmit(document.getElementById("message-form"), async (values, key) => {
    await api("/api/me/messages", { json: { text: values.text || null, replyTo: replyTo ? replyTo.id : null },
      idempotencyKey: key });
    document.getElementById("message-text").value = "";
    replyTo = null;
    document.getElementById("message-replying").hidden = true;
    await showMessages();
    return t("me.messages.sent");
  });

  // ---- tell us about someone ----

  async function showSuggestions() {
    const suggestions = await api("/api/me/suggestions");
    const list = document.getElementById("suggestions-list");
    if (!suggestions.length) {
      fill(list, h("li", { class: "muted" }, t("me.suggest.none")));
      return;
    }
    fill(list, suggestions.map((s) => h("li", { class: "me-suggestion", "data-answer": s.answer },
        h("p", { class: "me-suggestion-name" }, s.name + (s.relation ? " (" + s.relation + ")" : "")),
        h("p", { class: "muted" }, t("me.suggest.said", day(s.saidOn))),
        h("p", { class: "me-answer" }, t("me.suggest.answer." + s.answer)),
        s.words ? h("p", { class: "me-answer-words" }, t("me.suggest.words", s.words)) : null)));
  }

  onSubmit(document.getElementById("suggest-form"), async (values, key) => {
    await api("/api/me/suggestions", { json: values, idempotencyKey: key });
    document.getElementById("suggest-form").reset();
    await showSuggestions();
    return t("me.suggest.sent");
  });

  // ---- how much do you know about your family? ----

  function showFamily(rating) {
    if (rating) fill(document.getElementById("family-last"),
        t("me.family.last", t("me.family." + rating.rating), day(rating.saidOn)));
  }
  const family = document.getElementById("family-form");
  if (voice.familyKnowledge) {
    const box = family.querySelector(`input[name="rating"][value="${voice.familyKnowledge.rating}"]`);
    if (box) box.checked = true;
  }
  showFamily(voice.familyKnowledge);
  onSubmit(family, async (values, key) => {
    const rating = await api("/api/me/family-knowledge",
        { json: { rating: values.rating ? Number(values.rating) : null }, idempotencyKey: key });
    showFamily(rating);
    return t("me.family.saved");
  });

  showWishes();
  showHappening();
  showMeeting();
  await Promise.all([showMessages(), showSuggestions()]);
});
