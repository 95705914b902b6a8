/*
 * A young person's workspace: the network chart across the page (zoom and move it with the buttons, the keys, the
 * mouse or a finger; each person a link to their page), the list of everyone in it (with status and safety),
 * summary counts, and the form to add a person, which warns before saving when someone like them is already
 * recorded. Printed, it is the chart and the whole list, without the forms.
 */
LL.ready(async () => {
  const { api, h, fill, capitalised, date, safetyBadge, status } = LL;
  const main = document.getElementById("main");
  const youngPersonId = main.dataset.youngPersonId;
  const name = main.dataset.youngPersonName;
  const base = "/api/young-people/" + encodeURIComponent(youngPersonId);
  const personPage = (personId) => "/young-people/" + encodeURIComponent(youngPersonId) + "/people/"
      + encodeURIComponent(personId);

  const chartView = document.getElementById("chart-view");
  const chartPrint = document.getElementById("chart-print");
  const chartKey = document.getElementById("chart-key");
  const chartZoom = document.getElementById("chart-zoom");
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
  //
  // The server lays the chart out and draws it as SVG (the same picture as the PNG and PDF downloads, and the same
  // people: ChartService decides who is shown). Here it is put into the page itself, so it can be zoomed and moved
  // by changing its viewBox, its key set beside it, and each person's name made a link to their page.

  const SVG = "http://www.w3.org/2000/svg";
  const ZOOM_STEP = 1.25;
  let box = null; // what the chart holds: { x, y, width, height } in the chart's own units
  let centre = null; // where the chart opens: the young person
  let vb = null; // what is shown now: the viewBox
  let chartRun = 0;

  /** How many screen pixels one unit of the chart takes now: text is 12 units high, so 12 × this in pixels. */
  function scale() {
    return vb ? chartView.clientWidth / vb.width : 1;
  }

  function setViewBox(next) {
    vb = next;
    const svg = chartView.querySelector("svg");
    if (!svg) return;
    svg.setAttribute("viewBox", [vb.x, vb.y, vb.width, vb.height].map((n) => n.toFixed(1)).join(" "));
    shownScale = scale();
    chartView.dataset.scale = shownScale.toFixed(3);
    chartZoom.textContent = "Zoom " + Math.round(scale() * 100) + "%";
  }

  /** A view of this scale (pixels per unit) centred on a point of the chart. */
  function viewAt(cx, cy, s) {
    const width = chartView.clientWidth / s;
    const height = chartView.clientHeight / s;
    return { x: cx - width / 2, y: cy - height / 2, width, height };
  }

  /** The whole chart in view. */
  function fitScale() {
    return Math.min(chartView.clientWidth / box.width, chartView.clientHeight / box.height);
  }

  /**
   * Where the chart opens: on a wide screen at least life size (names 12 px high), the whole chart if it fits,
   * else centred on the young person; on a phone the whole chart, to be zoomed into.
   */
  function openingView() {
    const fit = fitScale();
    const wide = chartView.clientWidth >= 600;
    const s = wide ? Math.min(Math.max(fit, 1), 1.5) : fit;
    const whole = s <= fit * 1.001;
    return whole ? viewAt(box.x + box.width / 2, box.y + box.height / 2, s) : viewAt(centre.x, centre.y, s);
  }

  function zoom(factor, cx, cy) {
    if (!vb) return;
    const s = Math.min(Math.max(scale() * factor, fitScale() * 0.5), 6);
    const x = cx === undefined ? vb.x + vb.width / 2 : cx;
    const y = cy === undefined ? vb.y + vb.height / 2 : cy;
    // The point under the pointer (or the middle) stays where it is.
    const k = scale() / s;
    setViewBox({ x: x - (x - vb.x) * k, y: y - (y - vb.y) * k, width: vb.width * k, height: vb.height * k });
  }

  function pan(dx, dy) {
    if (!vb) return;
    setViewBox({ ...vb, x: vb.x + dx, y: vb.y + dy });
  }

  /** The point of the chart under a point of the screen. */
  function chartPoint(clientX, clientY) {
    const r = chartView.getBoundingClientRect();
    return { x: vb.x + (clientX - r.left) / scale(), y: vb.y + (clientY - r.top) / scale() };
  }

  document.querySelectorAll("[data-zoom]").forEach((button) => button.addEventListener("click", () => {
    if (button.dataset.zoom === "in") zoom(ZOOM_STEP);
    else if (button.dataset.zoom === "out") zoom(1 / ZOOM_STEP);
    else if (box) setViewBox(viewAt(box.x + box.width / 2, box.y + box.height / 2, fitScale()));
  }));

  chartView.addEventListener("keydown", (event) => {
    if (!vb || event.altKey || event.ctrlKey || event.metaKey) return;
    const step = 60 / scale();
    const keys = {
      ArrowLeft: () => pan(-step, 0), ArrowRight: () => pan(step, 0),
      ArrowUp: () => pan(0, -step), ArrowDown: () => pan(0, step),
      "+": () => zoom(ZOOM_STEP), "=": () => zoom(ZOOM_STEP), "-": () => zoom(1 / ZOOM_STEP),
      "_": () => zoom(1 / ZOOM_STEP), "0": () => setViewBox(viewAt(box.x + box.width / 2, box.y + box.height / 2, fitScale())),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  });

  // Pinch on a trackpad, or Ctrl and the wheel, zooms; the wheel alone still scrolls the page.
  chartView.addEventListener("wheel", (event) => {
    if (!vb || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    const p = chartPoint(event.clientX, event.clientY);
    zoom(event.deltaY < 0 ? 1.1 : 1 / 1.1, p.x, p.y);
  }, { passive: false });

  // Dragging moves the chart; two fingers pinch to zoom.
  const pointers = new Map();
  let dragged = false;
  chartView.addEventListener("pointerdown", (event) => {
    if (!vb || event.button > 0) return;
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    dragged = false;
  });
  chartView.addEventListener("pointermove", (event) => {
    const last = pointers.get(event.pointerId);
    if (!last) return;
    if (pointers.size === 1) {
      const dx = event.clientX - last.x;
      const dy = event.clientY - last.y;
      if (!dragged && Math.hypot(dx, dy) < 4) return;
      if (!dragged) chartView.setPointerCapture(event.pointerId);
      dragged = true;
      pan(-dx / scale(), -dy / scale());
    } else if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      const other = a === last ? b : a;
      const before = Math.hypot(last.x - other.x, last.y - other.y);
      const after = Math.hypot(event.clientX - other.x, event.clientY - other.y);
      const mid = chartPoint((event.clientX + other.x) / 2, (event.clientY + other.y) / 2);
      if (before > 0) zoom(after / before, mid.x, mid.y);
      dragged = true;
    }
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
  });
  const release = (event) => pointers.delete(event.pointerId);
  chartView.addEventListener("pointerup", release);
  chartView.addEventListener("pointercancel", release);
  // A drag that ends on a name is not a click on it.
  chartView.addEventListener("click", (event) => {
    if (dragged) {
      event.preventDefault();
      dragged = false;
      return;
    }
    const shape = event.target.closest("g[data-person-id]");
    if (shape && shape.dataset.personId !== youngPersonId && inNetwork.has(shape.dataset.personId)) {
      window.location.assign(personPage(shape.dataset.personId));
    }
  });

  // A person reached with Tab is brought into view.
  chartView.addEventListener("focusin", (event) => {
    const link = event.target.closest("a");
    if (!link || !vb) return;
    const b = link.getBBox();
    if (b.x < vb.x || b.y < vb.y || b.x + b.width > vb.x + vb.width || b.y + b.height > vb.y + vb.height) {
      setViewBox(viewAt(b.x + b.width / 2, b.y + b.height / 2, scale()));
    }
  });

  /** Ids inside the drawing are the server's ("people", "legend"): renamed so they never clash with the page's. */
  function renameIds(root, prefix) {
    root.querySelectorAll("[id]").forEach((el) => { el.id = prefix + el.id; });
  }

  /** Each person's name becomes a link to their page; the young person's own name, in the middle, stays text. */
  function linkPeople(svg) {
    svg.querySelectorAll("text.label[data-for]").forEach((label) => {
      const id = label.getAttribute("data-for");
      if (id === youngPersonId || !inNetwork.has(id)) return;
      const link = document.createElementNS(SVG, "a");
      link.setAttribute("href", personPage(id));
      link.setAttribute("class", "chart-person");
      link.setAttribute("data-person-id", id);
      const words = [...label.querySelectorAll("tspan")].map((t) => t.textContent).filter(Boolean);
      link.setAttribute("aria-label", words.join(", ") + ": open their page");
      label.replaceWith(link);
      link.append(label);
    });
  }

  /** A drawing of just the key, to stand beside the chart. */
  function keyDrawing(legend) {
    const key = document.createElementNS(SVG, "svg");
    key.setAttribute("xmlns", SVG);
    key.setAttribute("font-family", "Verdana, Arial, sans-serif");
    key.setAttribute("font-size", "12");
    key.setAttribute("role", "img");
    key.setAttribute("aria-label", "Key: " + [...legend.querySelectorAll("text")].map((t) => t.textContent).join("; "));
    key.append(legend);
    chartKey.replaceChildren(key);
    const b = legend.getBBox();
    key.setAttribute("viewBox", [b.x - 2, b.y - 2, b.width + 4, b.height + 4].join(" "));
    key.setAttribute("width", String(Math.ceil(b.width + 4)));
    key.setAttribute("height", String(Math.ceil(b.height + 4)));
  }

  async function showChart() {
    const family = view === "family";
    const run = ++chartRun;
    const query = (family ? "?view=family&" : "?") + "v=" + chartVersion;
    const src = chartView.dataset.src;
    chartHint.textContent = family
        ? "The family tree shows how the family are related: squares are male, circles female."
        : "The ecomap shows everyone around " + name + ", closest contact in the middle.";
    document.getElementById("chart-png").href = src.replace(/\.svg$/, ".png") + (family ? "?view=family" : "");
    document.getElementById("chart-pdf").href = src.replace(/\.svg$/, ".pdf") + (family ? "?view=family" : "");
    document.querySelectorAll("[data-view]").forEach((button) =>
        button.setAttribute("aria-pressed", String(button.dataset.view === view)));
    delete chartView.dataset.loaded;
    const n = people.length;
    chartView.setAttribute("aria-label", (family ? "Family tree (genogram)" : "Ecomap") + " of " + name + "'s network: "
        + n + (n === 1 ? " person" : " people") + ". Zoom with + and −, move it with the arrow keys; everyone is also"
        + " listed below the chart.");
    let text;
    try {
      // The page view id goes with it, so the chart's read joins the view's one audit entry.
      const response = await fetch(src + query, { credentials: "same-origin",
        headers: { Accept: "image/svg+xml", "X-Page-View": LL.pageView } });
      if (!response.ok) throw new Error(String(response.status));
      text = await response.text();
    } catch (e) {
      if (run !== chartRun) return;
      fill(chartView, h("p", { class: "status error" },
          "The chart could not be drawn. Everyone in the network is listed below."));
      chartView.dataset.loaded = "false";
      return;
    }
    if (run !== chartRun) return;
    const parsed = new DOMParser().parseFromString(text, "image/svg+xml").documentElement;
    const svg = document.importNode(parsed, true);
    renameIds(svg, "chart-");
    const width = Number(svg.getAttribute("width"));
    const height = Number(svg.getAttribute("height"));
    svg.removeAttribute("width");
    svg.removeAttribute("height");
    // The drawing is a group of links, not one picture; its title and description still name it.
    svg.setAttribute("role", "group");
    svg.setAttribute("aria-labelledby", "chart-chart-title");
    svg.setAttribute("aria-describedby", "chart-chart-desc");
    svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
    const legend = svg.querySelector("#chart-legend");
    if (legend) legend.remove();
    // The page's printed copy: the whole chart, whatever the zoom on screen.
    const printed = svg.cloneNode(true);
    printed.setAttribute("viewBox", "0 0 " + width + " " + height);
    printed.removeAttribute("role");
    printed.querySelectorAll("[id]").forEach((el) => el.removeAttribute("id"));
    printed.removeAttribute("aria-labelledby");
    printed.removeAttribute("aria-describedby");
    printed.setAttribute("aria-hidden", "true");
    linkPeople(svg);
    chartView.replaceChildren(svg);
    if (legend) keyDrawing(legend); else chartKey.replaceChildren();
    // Everything drawn but the white page behind it, with a margin.
    svg.querySelector("rect[width='100%']")?.remove();
    printed.querySelector("rect[width='100%']")?.remove();
    const b = svg.getBBox();
    box = { x: b.x - 20, y: b.y - 20, width: b.width + 40, height: b.height + 40 };
    printed.setAttribute("viewBox", [box.x, box.y, box.width, box.height].join(" "));
    chartPrint.replaceChildren(printed);
    const you = svg.querySelector("g[data-person-id='" + CSS.escape(youngPersonId) + "'] :first-child");
    const c = you ? you.getBBox() : null;
    centre = c ? { x: c.x + c.width / 2, y: family ? c.y + c.height / 2 : c.y + c.height / 2 }
        : { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    // On a wide screen a small chart gets no more height than it needs at life size; a big one most of the window.
    if (chartView.clientWidth >= 600) {
      chartView.style.height = Math.round(Math.max(288, Math.min(box.height + 8, 0.8 * window.innerHeight, 900))) + "px";
    }
    setViewBox(openingView());
    chartView.dataset.loaded = "true";
    chartView.dataset.shown = view;
  }

  // Turning a phone round, or a narrower window, keeps the same place and zoom.
  let shownScale = 1;
  new ResizeObserver(() => {
    if (!vb || !chartView.clientWidth) return;
    setViewBox(viewAt(vb.x + vb.width / 2, vb.y + vb.height / 2, shownScale));
  }).observe(chartView);

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
    // Everyone is in the list; the filter hides those it leaves out, and a printed page shows them all again.
    fill(list, people.map((entry) => {
      const { person, connection, progress } = entry;
      return h("li", { class: "person", "data-person-id": person.id, hidden: !shown.includes(entry) },
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
    LL.clearSummary(box);
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
      LL.showProblem(form, box, e);
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
