/*
 * The workers' notification bell, in every page's header: the unread count on the button (announced to screen
 * readers), a panel listing the newest notifications, opened and closed with the button (aria-expanded), Escape or
 * a click elsewhere. Following a notification marks it read. The /notifications page shows the same list in full.
 * Every word comes from the API as text, never as HTML.
 */
(() => {
  const bell = document.getElementById("bell");
  if (!bell) return;
  const button = document.getElementById("bell-button");
  const panel = document.getElementById("bell-panel");
  const list = document.getElementById("bell-list");
  const count = document.getElementById("bell-count");
  const announce = document.getElementById("bell-announce");
  const pageList = document.getElementById("notifications-page-list");
  let lastUnread = null;

  function item(n) {
    const { h, date } = LL;
    const unread = !n.readAt && !n.resolved;
    const open = async (event) => {
      if (!unread) return;
      event.preventDefault();
      try { await LL.api("/api/notifications/" + encodeURIComponent(n.id) + "/read", { method: "POST" }); }
      catch (e) { /* the link still opens */ }
      window.location.assign(n.link);
    };
    const markRead = async () => {
      await LL.api("/api/notifications/" + encodeURIComponent(n.id) + "/read", { method: "POST" });
      await load();
    };
    return h("li", { class: "notification" + (unread ? " unread" : "") + (n.urgent ? " urgent" : ""),
        "data-kind": n.kind, "data-notification": n.id },
      n.urgent ? h("span", { class: "badge urgent-badge" }, "Urgent") : null,
      unread ? h("span", { class: "badge new-badge" }, "New") : null,
      n.resolved ? h("span", { class: "badge state-DONE" }, "Done") : null,
      " ", h("a", { href: n.link, onclick: open }, n.text),
      h("span", { class: "muted notification-when" },
        (n.due ? (n.taskState === "OVERDUE" ? "was due " : "due ") + date(n.due) + " · " : "") + "notified " + date(n.createdAt)),
      unread ? h("button", { type: "button", class: "secondary small", onclick: markRead,
        "aria-label": "Mark read: " + n.text }, "Mark read") : null);
  }

  function show(answer) {
    const unread = answer.unread;
    count.hidden = unread === 0;
    LL.fill(count, unread > 99 ? "99+" : String(unread));
    const words = unread === 0 ? "no unread notifications" : unread + " unread notification" + (unread === 1 ? "" : "s");
    button.setAttribute("aria-label", "Notifications: " + words);
    if (lastUnread !== unread) LL.fill(announce, "You have " + words + ".");
    lastUnread = unread;
    const items = answer.items.length ? answer.items.map(item)
        : [LL.h("li", { class: "muted" }, "Nothing yet: approvals, decisions and tasks that fall due appear here.")];
    LL.fill(list, answer.items.length ? answer.items.slice(0, 10).map(item) : items);
    if (pageList) LL.fill(pageList, items);
    bell.dataset.loaded = "true";
  }

  async function load() {
    bell.dataset.loaded = "false";
    try {
      show(await LL.api("/api/notifications"));
    } catch (e) {
      LL.fill(list, LL.h("li", { class: "muted" }, "Notifications could not be loaded: " + e.message));
      bell.dataset.loaded = "true";
    }
  }

  // While the panel is open it lies over the page: the page under it is inert (neither clickable nor focusable,
  // so no link is left half covered and half usable); a click on it closes the panel, as Escape does.
  const page = document.getElementById("main");

  function setOpen(open) {
    panel.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
    if (page) page.inert = open;
    if (open) load();
  }

  button.addEventListener("click", () => setOpen(panel.hidden));
  bell.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !panel.hidden) {
      setOpen(false);
      button.focus();
    }
  });
  document.addEventListener("click", (event) => {
    if (!panel.hidden && !bell.contains(event.target)) setOpen(false);
  });
  document.getElementById("bell-read-all").addEventListener("click", async () => {
    await LL.api("/api/notifications/read-all", { method: "POST" });
    await load();
  });
  const readAllPage = document.getElementById("notifications-read-all");
  if (readAllPage) readAllPage.addEventListener("click", async () => {
    await LL.api("/api/notifications/read-all", { method: "POST" });
    await load();
  });

  // The page itself is ready without the bell; the notifications page waits for its list.
  if (pageList) LL.ready(load); else load();
})();
