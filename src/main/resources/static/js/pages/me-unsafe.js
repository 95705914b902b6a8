/*
 * "I don't feel safe": on every page of a young person's own account. One tap posts /api/me/unsafe (every tap is
 * recorded; the service raises the urgent tasks at most once in half an hour) and opens the panel: who has been
 * told, that someone will be in touch today, and Childline and 999 as links to call. The panel's call links are in
 * the page itself, so they show even if the service cannot be reached.
 */
(() => {
  "use strict";
  const button = document.getElementById("unsafe-button");
  const panel = document.getElementById("unsafe-panel");
  if (!button || !panel) return;
  const told = document.getElementById("unsafe-told");
  const more = document.getElementById("unsafe-more");
  const moreStatus = document.getElementById("unsafe-more-status");
  let words = null;
  const wordsReady = LL.api("/api/me/words").then((b) => { words = b.words; }).catch(() => {});
  const t = (key, ...args) => {
    let text = (words && words[key]) || key;
    args.forEach((a, i) => { text = text.split("{" + i + "}").join(a); });
    return text;
  };
  const key = () => (window.crypto && crypto.randomUUID ? crypto.randomUUID()
      : Date.now().toString(36) + Math.random().toString(36).slice(2));

  function open() {
    panel.hidden = false;
    document.body.classList.add("unsafe-open");
    panel.focus();
  }

  button.addEventListener("click", async () => {
    button.disabled = true;
    await wordsReady;
    LL.fill(told, LL.h("p", {}, t("me.unsafe.sending")));
    open();
    try {
      const answer = await LL.api("/api/me/unsafe", { method: "POST", json: {}, idempotencyKey: key() });
      const lines = [];
      answer.coordinators.forEach((name) => lines.push(t("me.unsafe.told", name)));
      answer.socialWorkers.forEach((name) => lines.push(t("me.unsafe.told.social", name)));
      if (!lines.length) lines.push(t("me.unsafe.told.team"));
      lines.push(t("me.unsafe.next"));
      LL.fill(told, lines.map((line) => LL.h("p", { class: "unsafe-told-line" }, line)));
      panel.dataset.sent = "true";
    } catch (e) {
      LL.fill(told, LL.h("p", { class: "unsafe-failed" }, t("me.unsafe.failed")));
    } finally {
      button.disabled = false;
    }
  });

  more.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = more.elements.words.value.trim();
    if (!text) return;
    const send = more.querySelector("button[type=submit]");
    send.disabled = true;
    try {
      await LL.api("/api/me/unsafe", { method: "POST", json: { words: text }, idempotencyKey: key() });
      more.elements.words.value = "";
      LL.fill(moreStatus, t("me.unsafe.more.sent"));
    } catch (e) {
      LL.fill(moreStatus, t("me.unsafe.failed"));
    } finally {
      send.disabled = false;
    }
  });

  document.getElementById("unsafe-close").addEventListener("click", () => {
    panel.hidden = true;
    document.body.classList.remove("unsafe-open");
    button.focus();
  });
})();
