/*
 * Lifelong Links pages: the little the pages share.
 *  - LL.api: calls the JSON API with the session cookie and the CSRF token; an error answer becomes a Problem.
 *  - LL.h: builds DOM from data. Names and notes always go in as text, never as HTML.
 *  - LL.form: sends a form through a handler, shows a problem beside the field at fault, keeps what was typed;
 *    gives each submission an Idempotency-Key, kept while the same submission is sent again.
 *  - LL.stale: a 412 (someone else saved first) in words: what they changed; what was typed stays.
 */
(function () {
  "use strict";

  class Problem extends Error {
    constructor(status, body) {
      super((body && (body.detail || body.title)) || ("The service answered " + status));
      this.status = status;
      this.type = body && body.type;
      this.field = body && body.field;
      this.body = body;
    }
  }

  /** This page load's id, sent with each API call so the audit trail records the view once (issue 17). */
  const PAGE_VIEW = newKey();

  function csrfToken() {
    const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : null;
  }

  /**
   * Calls the API. options: method, json (a value to send as JSON), body + contentType (anything else),
   * accept; idempotencyKey (a POST that creates: sent again with the same key, it is answered without a second
   * record); ifMatch (the version the page loaded: a change refused with 412 if someone else saved since).
   * Answers the parsed JSON, the text, or null for 204.
   */
  async function api(path, options) {
    const o = options || {};
    const headers = { "Accept": o.accept || "application/json", "X-Requested-With": "XMLHttpRequest" };
    // One page view, one audit entry: every call this page load makes names the view (see docs/audit.md).
    headers["X-Page-View"] = PAGE_VIEW;
    if (o.idempotencyKey) headers["Idempotency-Key"] = o.idempotencyKey;
    if (o.ifMatch !== undefined && o.ifMatch !== null) headers["If-Match"] = '"' + o.ifMatch + '"';
    const method = o.method || (o.json !== undefined || o.body !== undefined ? "POST" : "GET");
    if (method !== "GET") {
      const token = csrfToken();
      if (token) headers["X-XSRF-TOKEN"] = token;
    }
    let body = o.body;
    if (o.json !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(o.json);
    } else if (o.contentType) {
      headers["Content-Type"] = o.contentType;
    }
    let response;
    try {
      response = await fetch(path, { method, headers, body, credentials: "same-origin" });
    } catch (e) {
      throw new Problem(0, { detail: "The service could not be reached. Check your connection and try again." });
    }
    if (response.status === 401) {
      // The session ended: sign in again and come back here.
      window.location.assign("/login?expired");
      throw new Problem(401, { detail: "Your session has ended: sign in again." });
    }
    const type = response.headers.get("Content-Type") || "";
    if (!response.ok) {
      let problem = null;
      if (type.includes("json")) {
        try { problem = await response.json(); } catch (e) { problem = null; }
      }
      throw new Problem(response.status, problem);
    }
    if (response.status === 204) return null;
    if (type.includes("json")) return response.json();
    return response.text();
  }

  /** h("p", {class: "x"}, "text", child...): an element; strings become text nodes, null and false are skipped. */
  function h(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name.startsWith("on") && typeof value === "function") {
        element.addEventListener(name.substring(2), value);
      } else if (value === true) {
        element.setAttribute(name, "");
      } else {
        element.setAttribute(name, String(value));
      }
    }
    append(element, children);
    return element;
  }

  function append(element, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }

  /** Replaces an element's content. */
  function fill(element, ...children) {
    element.replaceChildren();
    append(element, children);
    return element;
  }

  /** Shows a message in a status box; kind is ok, error, warning or info. Errors are announced at once. */
  function status(element, message, kind) {
    if (!element) return;
    element.className = "status " + (kind || "info");
    element.setAttribute("role", kind === "error" ? "alert" : "status");
    fill(element, message || "");
  }

  function clearErrors(form) {
    form.querySelectorAll(".field-error").forEach((e) => e.remove());
    form.querySelectorAll("[aria-invalid]").forEach((input) => {
      input.removeAttribute("aria-invalid");
      const described = (input.getAttribute("aria-describedby") || "").split(" ")
          .filter((id) => id && !id.endsWith("-error")).join(" ");
      if (described) input.setAttribute("aria-describedby", described); else input.removeAttribute("aria-describedby");
    });
  }

  /** The input a problem's field names: commitments[2].personId is data-field="commitments[2].personId" or name. */
  function inputFor(form, field) {
    if (!field) return null;
    const candidates = [field, field.replace(/\[\d+\]/g, "")];
    for (const name of candidates) {
      const found = form.querySelector(`[data-field="${CSS.escape(name)}"]`) ||
          form.querySelector(`[name="${CSS.escape(name)}"]`);
      // A three-part date is marked at its day input (the error summary links there too).
      if (found && found.tagName === "FIELDSET" && found.dataset.date !== undefined) {
        return found.querySelector('[data-part="day"]') || found;
      }
      if (found) return found;
    }
    return null;
  }

  /**
   * The control a problem's link goes to: the input itself, or for a group (a GOV.UK three-part date in a
   * fieldset data-field="dateOfBirth") its day input, dateOfBirth-day, else its first control.
   */
  function focusTargetFor(form, field) {
    const found = inputFor(form, field);
    if (!found || !found.matches("fieldset, div, [data-field]:not(input, select, textarea)")) return found;
    return found.querySelector(`[id="${CSS.escape(field + "-day")}"]`)
        || found.querySelector("input:not([type=hidden]), select, textarea");
  }

  /** Marks the field at fault: message below it, linked for screen readers; focus on it unless told not to. */
  function showFieldError(form, field, message, noFocus) {
    const input = focusTargetFor(form, field);
    if (!input) return false;
    // A field folded away in a closed <details> (a plan's commitment row) is opened to show its problem.
    for (let folded = input.closest("details"); folded; folded = folded.parentElement.closest("details")) {
      folded.open = true;
    }
    const id = (input.id || ("f-" + Math.random().toString(36).slice(2))) + "-error";
    if (!input.id) input.id = id.replace(/-error$/, "");
    const error = h("p", { class: "field-error", id }, message);
    const anchor = input.closest(".field") || input.closest("fieldset") || input;
    anchor.append(error);
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", ((input.getAttribute("aria-describedby") || "") + " " + id).trim());
    if (!noFocus) input.focus();
    return true;
  }

  // ---- The GOV.UK error summary (issue 17) ------------------------------------------------------------------
  /**
   * Every problem a Problem carries: the API lists them in errors [{field, detail}] (field and detail are the
   * first). One problem keeps the message the page may have put in its own words; several are each worded here.
   */
  function problemsOf(problem, formElement) {
    const listed = (problem.body && Array.isArray(problem.body.errors)) ? problem.body.errors : [];
    if (listed.length > 1) {
      return listed.map((e) => ({ field: e.field, detail: wordedText(e.detail || "", e.field, formElement) }));
    }
    return [{ field: problem.field, detail: problem.message }];
  }

  /**
   * Shows a problem the GOV.UK way: a summary box at the top of the form (role=alert, "There is a problem", a link
   * to each field at fault, focused), and each message beside its field. A problem with no field (a refusal) is
   * listed as words, without a link. The summary is the form's status box, moved to the top while it shows one.
   */
  function showProblem(formElement, box, caught) {
    const e = worded(caught, formElement);
    if (!(e instanceof Problem)) {
      status(box, "Something went wrong: " + e.message, "error");
      box.setAttribute("tabindex", "-1");
      box.focus();
      return;
    }
    const items = problemsOf(e, formElement).map((p) => {
      const marked = showFieldError(formElement, p.field, p.detail, true);
      if (!marked) return h("li", {}, p.detail);
      const target = focusTargetFor(formElement, p.field);
      return h("li", {}, h("a", { href: "#" + target.id, onclick: (event) => {
        event.preventDefault();
        target.focus();
        (target.closest(".field") || target.closest("fieldset") || target).scrollIntoView({ block: "center" });
      } }, p.detail));
    });
    if (!box.llHome) {
      box.llHome = document.createComment("form status");
      box.before(box.llHome);
    }
    formElement.prepend(box);
    box.className = "status error error-summary";
    box.setAttribute("role", "alert");
    box.setAttribute("tabindex", "-1");
    box.setAttribute("aria-labelledby", (formElement.id || "form") + "-problem-heading");
    fill(box, h("h2", { id: (formElement.id || "form") + "-problem-heading" }, "There is a problem"),
        h("ul", { class: "error-list" }, items));
    box.focus();
  }

  /**
   * Folds a form away behind its heading (a <details> whose summary is the heading), open when asked: a page of
   * several forms is not dozens of tab stops. A problem found in a folded form opens it (showFieldError).
   */
  function fold(formElement, open) {
    const heading = document.getElementById(formElement.getAttribute("aria-labelledby"));
    const details = h("details", { class: "form-fold", open: !!open, hidden: formElement.hidden || (heading && heading.hidden) });
    if (formElement.classList.contains("changes")) details.classList.add("changes");
    formElement.before(details);
    const summary = h("summary", {});
    if (heading) {
      heading.hidden = false;
      summary.append(heading);
    }
    details.append(summary, formElement);
    return details;
  }

  /** Puts a status box that showed a summary back where the page had it, as a plain status box. */
  function clearSummary(box) {
    if (box.llHome) box.llHome.after(box);
    box.classList.remove("error-summary");
    box.removeAttribute("aria-labelledby");
    box.removeAttribute("tabindex");
  }
  // ---- end of the error summary -------------------------------------------------------------------------------

  /** The form's values as an object: blanks left out, numbers for type=number, booleans for checkboxes; a
   * three-part date (fieldset data-date) as yyyy-mm-dd under its field, or a Problem naming the field if it is
   * partly filled or not a real date. */
  function values(form) {
    const result = {};
    for (const input of form.elements) {
      if (input.tagName === "FIELDSET" && input.dataset.date !== undefined && !input.disabled) {
        const iso = dateValue(input);
        if (iso) result[input.dataset.field] = iso;
        continue;
      }
      if (!input.name || input.disabled || input.type === "submit" || input.type === "button"
          || input.dataset.skip !== undefined) continue;
      if (input.type === "checkbox") {
        if (input.dataset.list !== undefined) {
          result[input.name] = result[input.name] || [];
          if (input.checked) result[input.name].push(input.value);
        } else {
          result[input.name] = input.checked;
        }
      } else if (input.type === "radio") {
        if (input.checked) result[input.name] = input.value;
      } else if (input.type === "file") {
        if (input.files.length) result[input.name] = input.files[0];
      } else if (input.multiple && input.tagName === "SELECT") {
        result[input.name] = Array.from(input.selectedOptions).map((o) => o.value);
      } else {
        const value = input.value.trim();
        if (value === "") continue;
        result[input.name] = input.type === "number" ? Number(value) : value;
      }
    }
    return result;
  }

  /**
   * A problem in the words of the form's labels: "dateOfBirth … is in the future" → "Date of birth … is in the
   * future", "givenName or familyName is required" → "Given name or family name is required".
   */
  function worded(problem, formElement) {
    if (!(problem instanceof Problem) || !formElement || !problem.message) return problem;
    const message = wordedText(problem.message, problem.field, formElement);
    if (message === problem.message) return problem;
    return new Problem(problem.status, { ...problem.body, detail: message });
  }

  /** One problem's text in the words of the form's labels (the field it names, if any, first). */
  function wordedText(text, field, formElement) {
    if (!formElement || !text) return text;
    const problem = { message: text, field };
    const labelOf = (input) => {
      if (input.tagName === "FIELDSET") { // a three-part date is named by its legend
        const legend = input.querySelector("legend");
        return legend ? legend.childNodes[0].textContent.trim() : null;
      }
      const label = input.id && formElement.querySelector(`label[for="${CSS.escape(input.id)}"]`);
      return label ? label.childNodes[0].textContent.trim().replace(/^Or (\w)/, (m, c) => c.toUpperCase()) : null;
    };
    let message = problem.message;
    const names = new Set();
    for (const input of formElement.querySelectorAll("[name], fieldset[data-date]")) {
      const name = input.name || input.dataset.field;
      // Only the API's camelCase names need words: "town" or "date" already are words.
      if (!name || !/[A-Z]/.test(name) || names.has(name)) continue;
      names.add(name);
      const words = labelOf(input);
      if (!words) continue;
      message = message.replace(new RegExp("\\b" + name + "\\b", "g"), words.toLowerCase());
    }
    if (problem.field && message.startsWith(problem.field)) {
      // commitments[1].activity: the input is found by its data-field (or its name without the index), and the
      // row's legend says which one ("Commitment 2: Activity is required").
      const input = inputFor(formElement, problem.field);
      const words = input && labelOf(input);
      if (words) {
        const legend = /\[\d+\]/.test(problem.field) && input.closest("fieldset")
            && input.closest("fieldset").querySelector("legend");
        message = (legend ? legend.textContent.trim() + ": " : "") + words + message.slice(problem.field.length);
      }
    }
    message = message.charAt(0).toUpperCase() + message.slice(1);
    return message;
  }

  /** A random UUID; crypto.randomUUID needs a secure context, so plain http off localhost builds one itself. */
  function newKey() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
  }

  /**
   * Sends a form through handler(values, form, submit, submission). The handler answers a message for success
   * (or nothing); a Problem it throws is shown beside the field at fault and in the form's status box. What was
   * typed stays in the form either way. submission.idempotencyKey is for the handler's POST: the same key while
   * the same values are sent again (a second click before the answer, a retry after a failure), a new one once
   * a submission succeeded or the values changed.
   */
  function form(formElement, handler) {
    const box = formElement.querySelector("[data-form-status]") || formElement.appendChild(h("div", { "data-form-status": "" }));
    let pending = null;
    formElement.addEventListener("submit", async (event) => {
      event.preventDefault();
      clearErrors(formElement);
      clearSummary(box);
      status(box, "", "info");
      const submit = event.submitter || formElement.querySelector("button[type=submit], button:not([type])");
      if (submit) { submit.disabled = true; submit.setAttribute("aria-busy", "true"); }
      let submission = {};
      try {
        const formValues = values(formElement);
        const sent = JSON.stringify(formValues);
        if (!pending || pending.sent !== sent) pending = { sent, key: newKey() };
        submission = { idempotencyKey: pending.key };
        const message = await handler(formValues, formElement, submit, submission);
        if (pending && pending.key === submission.idempotencyKey) pending = null;
        if (message) status(box, message, "ok");
      } catch (caught) {
        showProblem(formElement, box, caught);
      } finally {
        if (submit) { submit.disabled = false; submit.removeAttribute("aria-busy"); }
      }
    });
  }

  /**
   * A 412 in words: someone else saved this record after the page loaded it. current is the record as it is now
   * (the page asks for it again); the fields they changed are named by their labels in the form, with their new
   * values, so nothing typed needs to be thrown away. Saving again replaces their change (the page takes the
   * current version); changing the form first keeps both.
   */
  function stale(problem, formElement, current) {
    const changed = (problem.body && problem.body.changedFields) || [];
    const shown = (value) => {
      if (value === null || value === undefined || value === "") return "(blank)";
      if (value === true) return "yes";
      if (value === false) return "no";
      if (Array.isArray(value)) return value.length ? value.join(", ") : "(none)";
      return /^[A-Z_]+$/.test(String(value)) ? capitalised(value) : String(value);
    };
    const labelFor = (field) => {
      const input = formElement.querySelector(`[name="${CSS.escape(field)}"]`);
      // A list of checkboxes is named by its fieldset's legend, not by the first box's label.
      const legend = input && (input.type === "checkbox" || input.type === "radio")
          && input.closest("fieldset") && input.closest("fieldset").querySelector("legend");
      if (legend) return legend.textContent.trim();
      const label = input && input.id && formElement.querySelector(`label[for="${CSS.escape(input.id)}"]`);
      return label ? label.childNodes[0].textContent.trim() : capitalised(field.replace(/([A-Z])/g, "_$1"));
    };
    const lines = changed.filter((field) => current && field in current)
        .map((field) => `${labelFor(field)} is now “${shown(current[field])}”`);
    const detail = "Someone else changed this while you were editing: here is what changed. "
        + (lines.length ? lines.join("; ") + ". " : "")
        + "What you typed is still here: save again to replace their change with yours, or change it first.";
    return new Problem(412, { ...(problem.body || {}), detail, field: null });
  }

  /** Words for the service's upper-case values: WANT_BACK_IN_TOUCH → "want back in touch". */
  function words(value) {
    if (value === null || value === undefined) return "";
    return String(value).toLowerCase().replace(/_/g, " ");
  }

  function capitalised(value) {
    const w = words(value);
    return w.charAt(0).toUpperCase() + w.slice(1);
  }

  const SAFETY_WORDS = {
    NOT_ASSESSED: "Safety not yet agreed",
    APPROVED: "Safe to contact",
    WITH_CONDITIONS: "Contact with conditions",
    DO_NOT_CONTACT: "Do not contact",
    CHECK_REQUIRED: "Safety check required",
  };

  /** A person's safety status as a badge: a word and a symbol as well as a colour. */
  function safetyBadge(safety) {
    const key = safety || "NOT_ASSESSED";
    return h("span", { class: "badge safety-" + key, "data-safety": key }, SAFETY_WORDS[key] || capitalised(key));
  }

  /** 2026-12-02 → 2 December 2026: the one way the pages show a date (issue 17). */
  function date(iso) {
    if (!iso) return "";
    const d = new Date(String(iso).length === 10 ? iso + "T12:00:00" : iso);
    if (isNaN(d)) return String(iso);
    return d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  }

  // ---- GOV.UK date input (issue 17): Day, Month, Year in a fieldset data-field="<field>" data-date ----

  /** The three parts of a date fieldset. */
  function dateParts(fieldset) {
    const part = (name) => fieldset.querySelector(`[data-part="${name}"]`);
    return { day: part("day"), month: part("month"), year: part("year") };
  }

  /**
   * A date fieldset's value: yyyy-mm-dd, null when all three parts are blank; a Problem (422, naming the field, in
   * the words of its legend) when it is partly filled or no real date, such as 31 2 2026.
   */
  function dateValue(fieldset) {
    const parts = dateParts(fieldset);
    const typed = { day: parts.day.value.trim(), month: parts.month.value.trim(), year: parts.year.value.trim() };
    if (!typed.day && !typed.month && !typed.year) return null;
    const legend = fieldset.querySelector("legend");
    const name = legend ? legend.childNodes[0].textContent.trim() : capitalised(fieldset.dataset.field);
    const refuse = (detail) => new Problem(422, { field: fieldset.dataset.field, detail });
    const missing = ["day", "month", "year"].filter((p) => !typed[p]);
    if (missing.length) throw refuse(`${name} must include a ${missing.join(" and a ")}`);
    if (![typed.day, typed.month].every((v) => /^\d{1,2}$/.test(v)) || !/^\d{4}$/.test(typed.year)) {
      throw refuse(`${name} must be a real date, with the year in 4 figures, for example 27 3 2007`);
    }
    const [d, m, y] = [Number(typed.day), Number(typed.month), Number(typed.year)];
    const check = new Date(Date.UTC(y, m - 1, d));
    if (m < 1 || m > 12 || check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
      throw refuse(`${name} must be a real date: there is no ${d} ${m} ${y}`);
    }
    return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  }

  /** Fills a date fieldset (found by its field within container) from yyyy-mm-dd; blank for none. */
  function setDate(container, field, iso) {
    const fieldset = container.querySelector(`fieldset[data-date][data-field="${CSS.escape(field)}"]`);
    if (!fieldset) return;
    const parts = dateParts(fieldset);
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    parts.day.value = match ? String(Number(match[3])) : "";
    parts.month.value = match ? String(Number(match[2])) : "";
    parts.year.value = match ? match[1] : "";
  }

  /**
   * A date fieldset for a page's script, the same as the server's fragment (templates/date-input.html):
   * dateInput("startDate", "Start date", {id: "c1-startDate", value: "2026-03-04", optional: true}).
   */
  function dateInput(field, legend, options) {
    const o = options || {};
    const id = o.id || field;
    const part = (name, label, width, max) => h("div", { class: "date-part" },
        h("label", { for: `${id}-${name}` }, label),
        h("input", { type: "text", id: `${id}-${name}`, class: "date-" + width, "data-part": name,
          inputmode: "numeric", maxlength: max, autocomplete: "off", spellcheck: "false" }));
    const fieldset = h("fieldset", { class: "field date-input", "data-field": field, "data-date": "",
      "data-role": o.role || null, role: "group", "aria-describedby": `${id}-hint` },
        h("legend", {}, legend, o.optional ? h("span", { class: "hint" }, " (optional)") : null),
        h("p", { class: "hint", id: `${id}-hint` }, "For example, 27 3 2007"),
        h("div", { class: "date-parts" }, part("day", "Day", "day", 2), part("month", "Month", "month", 2),
            part("year", "Year", "year", 4)));
    if (o.value) setDate(h("div", {}, fieldset), field, o.value);
    return fieldset;
  }

  /** Options for a select from a list of values, with words as labels. */
  function options(select, list, chosen, blank) {
    fill(select, blank === undefined ? null : h("option", { value: "" }, blank),
        list.map((v) => h("option", { value: v, selected: v === chosen }, capitalised(v))));
  }

  // A page may have several scripts, each with its own LL.ready: the page is ready (for the browser tests and the
  // page-speed benchmark) when the document is parsed and every one of them has finished, not the first.
  let loading = 0;
  let parsed = document.readyState === "complete";
  if (!parsed) document.addEventListener("DOMContentLoaded", () => { parsed = true; settle(); });

  /**
   * A table or chart wider than its box scrolls sideways inside it; a keyboard user can only scroll a box that takes
   * focus, so a box that overflows becomes a named, focusable region, and one that fits is left out of the tab order.
   */
  function reachableScrollBoxes() {
    document.querySelectorAll(".table-wrap, .chart").forEach((box) => {
      const overflows = box.scrollWidth > box.clientWidth + 1;
      if (overflows && !box.hasAttribute("tabindex")) {
        const caption = box.querySelector("caption, svg > title");
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", (caption ? caption.textContent.trim() : "Table") + " (scrolls sideways)");
      } else if (!overflows && box.getAttribute("role") === "region") {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
      }
    });
  }
  new ResizeObserver(() => reachableScrollBoxes()).observe(document.documentElement);

  function settle() {
    if (parsed && loading === 0) {
      reachableScrollBoxes();
      window.LL_READY_AT = performance.now();
      document.body.dataset.ready = "true";
    }
  }

  /** Runs fn when the page is ready; a failure is shown in the page's main status box, not swallowed. */
  function ready(fn) {
    loading++;
    const run = async () => {
      try {
        await fn();
      } catch (e) {
        const box = document.getElementById("page-status");
        status(box, e.message, "error");
        if (box) box.focus();
      } finally {
        loading--;
        settle();
      }
    };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run); else run();
  }

  /**
   * The young person's pages' words in the page's language (/api/me/words), fetched once per page and shared by
   * its scripts: {lang, words, t(key, ...args)}; t fills {0}, {1}… as written in the bundle.
   */
  let ownWordsAsked = null;
  function ownWords() {
    if (!ownWordsAsked) {
      ownWordsAsked = api("/api/me/words").then((bundle) => ({
        lang: bundle.lang,
        words: bundle.words,
        t(key, ...args) {
          let text = bundle.words[key] || key;
          args.forEach((a, i) => { text = text.split("{" + i + "}").join(a); });
          return text;
        },
        /** 2026-03-04 → 4 March 2026 (4 Mawrth 2026 in Welsh). */
        date(iso) {
          const d = iso ? new Date(String(iso).length === 10 ? iso + "T12:00:00" : iso) : null;
          if (!d || isNaN(d)) return iso ? String(iso) : "";
          return d.toLocaleDateString(bundle.lang === "cy" ? "cy-GB" : "en-GB",
              { day: "numeric", month: "long", year: "numeric" });
        },
      }));
    }
    return ownWordsAsked;
  }

  window.LL = { api, h, fill, status, form, values, words, capitalised, safetyBadge, date, options, ready, Problem,
    SAFETY_WORDS, showFieldError, clearErrors, worded, stale, reachableScrollBoxes, ownWords, showProblem,
    clearSummary, fold, dateValue, setDate, dateInput, pageView: PAGE_VIEW };
})();
