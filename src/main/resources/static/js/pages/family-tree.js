/*
 * Family tree page: the GEDCOM file is read here first to list who is in it, so the coordinator can say where
 * the young person stands; then it is sent with upload progress, and the answer says what was added and merged.
 */
LL.ready(async () => {
  const { h, fill, status } = LL;
  const main = document.getElementById("main");
  const youngPersonId = main.dataset.youngPersonId;
  const givenName = main.dataset.givenName;
  const form = document.getElementById("gedcom-form");
  const fileInput = document.getElementById("gedcom-file");
  const placement = document.getElementById("placement");
  const progress = document.getElementById("gedcom-progress");
  const bar = document.getElementById("gedcom-progress-bar");
  const barLabel = document.getElementById("gedcom-progress-label");
  const result = document.getElementById("gedcom-result");

  /** The text of a GEDCOM file, enough to list its people: UTF-16 by its byte-order mark, otherwise UTF-8. */
  async function text(file) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
    return new TextDecoder("utf-8").decode(bytes);
  }

  /** Every INDI record: its pointer, the first NAME and the year of birth if there is one. */
  function individuals(gedcom) {
    const people = [];
    let current = null;
    let inBirth = false;
    for (const line of gedcom.split(/\r\n|\r|\n/)) {
      const match = line.trim().match(/^(\d+)\s+(@[^@]+@\s+)?(\w+)\s?(.*)$/);
      if (!match) continue;
      const [, level, xref, tag, value] = match;
      if (level === "0") {
        current = tag === "INDI" && xref ? { xref: xref.trim(), name: "", year: "" } : null;
        if (current) people.push(current);
        continue;
      }
      if (!current) continue;
      if (level === "1") inBirth = tag === "BIRT";
      if (level === "1" && tag === "NAME" && !current.name) current.name = value.replace(/\//g, "").replace(/\s+/g, " ").trim();
      if (level === "2" && tag === "DATE" && inBirth && !current.year) current.year = (value.match(/\d{3,4}(?!.*\d{3,4})/) || [""])[0];
    }
    return people;
  }

  function describe(person) {
    return (person.name || "(no name)") + (person.year ? " (born " + person.year + ")" : "") + " " + person.xref;
  }

  fileInput.addEventListener("change", async () => {
    fill(result);
    const file = fileInput.files[0];
    if (!file) { placement.hidden = true; return; }
    const people = individuals(await text(file));
    const hint = document.getElementById("gedcom-file-hint");
    if (!people.length) {
      hint.textContent = "No people found in this file: is it a GEDCOM family tree?";
      placement.hidden = true;
      return;
    }
    hint.textContent = people.length + (people.length === 1 ? " person" : " people") + " in this file.";
    const choices = people.map((p) => h("option", { value: p.xref }, describe(p)));
    fill(document.getElementById("root"), choices.map((o) => o.cloneNode(true)));
    fill(document.getElementById("connectTo"), choices);
    placement.hidden = false;
  });

  placement.addEventListener("change", () => {
    const chosen = form.querySelector("input[name=placement]:checked").value;
    placement.querySelectorAll("[data-placement]").forEach((part) => { part.hidden = part.dataset.placement !== chosen; });
  });

  function query() {
    const chosen = form.querySelector("input[name=placement]:checked").value;
    const params = new URLSearchParams();
    if (chosen === "root") params.set("root", document.getElementById("root").value);
    if (chosen === "connect") {
      params.set("connectTo", document.getElementById("connectTo").value);
      params.set("kind", document.getElementById("kind").value);
    }
    const q = params.toString();
    return q ? "?" + q : "";
  }

  /** Sends the file with XMLHttpRequest, the one browser API that reports upload progress. */
  function send(file) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", "/api/young-people/" + encodeURIComponent(youngPersonId) + "/gedcom" + query());
      xhr.setRequestHeader("Content-Type", "application/octet-stream");
      xhr.setRequestHeader("Accept", "application/json");
      xhr.setRequestHeader("X-Requested-With", "XMLHttpRequest");
      const token = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
      if (token) xhr.setRequestHeader("X-XSRF-TOKEN", decodeURIComponent(token[1]));
      xhr.upload.onprogress = (e) => {
        if (!e.lengthComputable) return;
        bar.value = Math.round((e.loaded / e.total) * 100);
        barLabel.textContent = "Sending the file: " + bar.value + "%";
      };
      xhr.upload.onload = () => {
        bar.removeAttribute("value");
        barLabel.textContent = "Reading the tree and saving everyone…";
      };
      xhr.onload = () => {
        let body = null;
        try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
        if (xhr.status >= 200 && xhr.status < 300) resolve(body); else reject(new LL.Problem(xhr.status, body));
      };
      xhr.onerror = () => reject(new LL.Problem(0, { detail: "The service could not be reached. Nothing was saved." }));
      xhr.send(file);
    });
  }

  function personLink(personId, name) {
    return h("a", { href: "/young-people/" + encodeURIComponent(youngPersonId) + "/people/" + encodeURIComponent(personId) }, name);
  }

  function show(report) {
    fill(result,
        h("h3", {}, "What was brought in"),
        h("ul", {},
            h("li", {}, report.individuals + " people and " + report.families + " families in the file"),
            h("li", {}, report.created + " added to " + givenName + "'s network"),
            h("li", {}, report.merged.length + " already recorded, recognised and not added twice"),
            h("li", {}, report.kinshipRecorded + " family links recorded"),
            report.restricted ? h("li", {}, report.restricted + " marked private in the file: hidden from " + givenName) : null,
            report.kinshipSkipped.length ? h("li", {}, report.kinshipSkipped.length
                + " family links left as already recorded, because the file said otherwise") : null),
        report.merged.length ? [h("h4", {}, "Recognised as people already recorded"),
          h("ul", {}, report.merged.map((m) => h("li", {}, personLink(m.personId, m.name))))] : null,
        report.toDecide.length ? [h("h4", {}, "Please check: these may be people already recorded"),
          h("ul", {}, report.toDecide.map((d) => h("li", {}, personLink(d.personId, d.name || d.xref),
              ": may be the same as " + d.possibleDuplicates.length
                  + (d.possibleDuplicates.length === 1 ? " person" : " people") + " already recorded")))] : null,
        h("p", {}, h("a", { href: "/young-people/" + encodeURIComponent(youngPersonId) }, "See the network")));
  }

  LL.form(form, async () => {
    const file = fileInput.files[0];
    if (!file) throw new LL.Problem(400, { detail: "Choose a family tree file first", field: "file" });
    bar.value = 0;
    barLabel.textContent = "Sending the file…";
    progress.hidden = false;
    try {
      const report = await send(file);
      show(report);
      return "The family tree is in " + givenName + "'s network.";
    } finally {
      progress.hidden = true;
    }
  });
});
