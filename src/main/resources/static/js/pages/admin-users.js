/* Users and roles: every account, making one, changing roles, name and sign-in, unlocking, setting a password. */
LL.ready(async () => {
  const { api, h, fill, status } = LL;
  const ROLE_WORDS = { ADMIN: "Administrator", COORDINATOR: "Coordinator", SOCIAL_WORKER: "Social worker",
    MANAGER: "Manager", YOUNG_PERSON: "Young person" };
  const ORDER = Object.keys(ROLE_WORDS);
  const body = document.querySelector("#accounts tbody");
  const pageStatus = document.getElementById("page-status");
  const editPanel = document.getElementById("edit-user");
  const editForm = document.getElementById("edit-form");
  const passwordForm = document.getElementById("password-form");
  const newForm = document.getElementById("new-form");
  const youngPersonField = document.getElementById("young-person-field");
  const youngPersonSelect = document.getElementById("youngPersonId");
  let me = null;
  let accounts = [];
  let youngPeople = new Map();
  let editing = null;

  function when(iso) {
    return new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "long", year: "numeric",
      hour: "2-digit", minute: "2-digit" });
  }

  function isLocked(account) {
    return account.lockedUntil && new Date(account.lockedUntil) > new Date();
  }

  function roles(account) {
    return ORDER.filter((r) => account.roles.includes(r)).map((r) => ROLE_WORDS[r]).join(", ");
  }

  function signIn(account) {
    const parts = [];
    if (!account.enabled) parts.push(h("span", { class: "badge state-disabled" }, "Disabled"));
    if (isLocked(account)) {
      parts.push(h("span", { class: "badge state-locked" }, "Blocked from " + account.blockedAddresses.length
        + (account.blockedAddresses.length === 1 ? " address" : " addresses") + " until " + when(account.lockedUntil)));
    }
    if (!parts.length) parts.push(h("span", { class: "badge state-ok" }, "Can sign in"));
    return parts;
  }

  function row(account) {
    const youngPerson = account.youngPersonId && youngPeople.get(account.youngPersonId);
    return h("tr", { "data-username": account.username },
        h("th", { scope: "row" }, account.displayName || account.username,
            account.username === me.username ? h("span", { class: "hint" }, " (you)") : null,
            youngPerson ? h("div", { class: "hint" }, "Own account of " + youngPerson.givenName + " "
                + youngPerson.familyName) : null),
        h("td", {}, account.username),
        h("td", {}, roles(account)),
        h("td", { class: "sign-in-state" }, signIn(account)),
        h("td", { class: "row-actions" },
            isLocked(account) ? h("button", { type: "button", class: "secondary",
              "aria-label": "Unlock " + account.username, onclick: () => unlock(account) }, "Unlock") : null,
            h("button", { type: "button", class: "secondary", "aria-label": "Change " + account.username,
              onclick: () => edit(account) }, "Change")));
  }

  async function load() {
    accounts = await api("/api/users");
    fill(body, accounts.map(row));
  }

  async function unlock(account) {
    try {
      await api("/api/users/" + encodeURIComponent(account.username) + "/unlock", { method: "POST" });
      await load();
      status(pageStatus, account.username + " is unlocked and can sign in again.", "ok");
    } catch (e) {
      status(pageStatus, e.message, "error");
    }
    pageStatus.focus();
  }

  function edit(account) {
    editing = account;
    LL.clearErrors(editForm);
    LL.clearErrors(passwordForm);
    editForm.querySelectorAll("[data-form-status]").forEach((b) => status(b, "", "info"));
    passwordForm.querySelectorAll("[data-form-status]").forEach((b) => status(b, "", "info"));
    fill(document.getElementById("edit-heading"), "Change " + (account.displayName || account.username)
        + " (" + account.username + ")");
    editForm.elements.displayName.value = account.displayName || "";
    for (const box of editForm.querySelectorAll("input[name=roles]")) {
      box.checked = account.roles.includes(box.value);
      // A young person's own account holds that role alone: its roles are not for changing (left out when sent).
      box.disabled = Boolean(account.youngPersonId);
    }
    document.getElementById("edit-roles-fixed").hidden = !account.youngPersonId;
    document.getElementById("edit-enabled").checked = account.enabled;
    editForm.elements.email.value = account.email || "";
    document.getElementById("edit-email-field").hidden = Boolean(account.youngPersonId);
    passwordForm.reset();
    editPanel.hidden = false;
    document.getElementById("edit-heading").focus();
  }

  document.getElementById("edit-close").addEventListener("click", () => {
    editPanel.hidden = true;
    const button = body.querySelector(`tr[data-username="${CSS.escape(editing.username)}"] button[aria-label^=Change]`);
    if (button) button.focus();
  });

  LL.form(editForm, async (values) => {
    const changed = await api("/api/users/" + encodeURIComponent(editing.username), { method: "PATCH",
      json: { displayName: values.displayName || "", roles: values.roles, enabled: values.enabled,
        email: editing.youngPersonId ? undefined : (values.email || "") } });
    editing = changed;
    await load();
    return "Saved: " + changed.username + " now has the roles " + roles(changed)
        + (changed.enabled ? "." : ", and cannot sign in.");
  });

  LL.form(passwordForm, async (values, form) => {
    await api("/api/users/" + encodeURIComponent(editing.username) + "/password", { method: "PUT",
      json: { password: form.elements.password.value } });
    form.reset();
    return "The password of " + editing.username + " is changed.";
  });

  const youngPersonBox = document.getElementById("new-role-YOUNG_PERSON");
  youngPersonBox.addEventListener("change", () => { youngPersonField.hidden = !youngPersonBox.checked; });

  LL.form(newForm, async (values, form) => {
    const request = { username: values.username, password: form.elements.password.value,
      displayName: values.displayName, roles: values.roles, email: values.email || null };
    if (values.roles.includes("YOUNG_PERSON")) request.youngPersonId = values.youngPersonId || null;
    const created = await api("/api/users", { json: request });
    form.reset();
    youngPersonField.hidden = true;
    await load();
    return `${created.displayName} can now sign in as ${created.username} (${roles(created)}).`;
  });

  const [self, list, all] = await Promise.all([api("/api/me"), api("/api/young-people"), api("/api/users")]);
  me = self;
  youngPeople = new Map(list.map((yp) => [yp.id, yp]));
  list.sort((a, b) => (a.familyName + a.givenName).localeCompare(b.familyName + b.givenName));
  fill(youngPersonSelect, h("option", { value: "" }, "Choose the young person…"),
      list.map((yp) => h("option", { value: yp.id }, `${yp.familyName}, ${yp.givenName} (${yp.localId})`)));
  accounts = all;
  fill(body, accounts.map(row));
});
