/*
 * The managers' dashboard over the outcome report (/api/reports/outcomes): the outcome rates for the chosen
 * period, the same rates by quarter of the meeting (the report's own breakdown), breakdowns by area and age
 * with the report's own suppression ("c"), definitions from the report, and the CSV the API writes.
 * Every chart is an SVG built here with its numbers written on it, and a table beside it holds the same numbers.
 */
LL.ready(async () => {
  const { api, h, fill, status, date } = LL;
  const SVG = "http://www.w3.org/2000/svg";

  const MEASURES = {
    newDirectContactWithSupportiveAdult: "New direct contact with a supportive adult",
    relationshipRepaired: "A relationship repaired",
    overnightStays: "Overnight stays",
    increasedFamilyKnowledge: "Knows more about their family",
    contactStillHappeningAt6Months: "Contact still happening at 6 months",
    contactStillHappeningAt12Months: "Contact still happening at 12 months",
  };
  const AVERAGES = {
    peopleIdentified: "People identified",
    peopleContacted: "People contacted",
    peopleInPlan: "People in the plan",
    networkSizeAtReferral: "Network in touch at referral",
    networkSizeNow: "Network in touch now",
    daysFromReferralToMeeting: "Days from referral to meeting",
  };
  const DIMENSIONS = { area: "Area team", ageBand: "Age at the meeting", quarter: "Quarter of the meeting", year: "Year of the meeting" };

  /** newDirectContact → "New direct contact", for a measure this page does not know by name. */
  function named(table, measure) {
    if (table[measure]) return table[measure];
    const w = measure.replace(/([A-Z])/g, " $1").toLowerCase();
    return w.charAt(0).toUpperCase() + w.slice(1);
  }
  const capital = (s) => s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
  const percent = (rate) => rate === null || rate === undefined ? "–" : Math.round(rate * 100) + "%";

  /** A breakdown cell: "c" (suppressed), "–" (no young people) or "3 (50%)". */
  function cellWords(cell, youngPeople) {
    const of = cell.denominator === undefined ? youngPeople : cell.denominator;
    if (youngPeople === "c" || of === "c" || cell.count === "c") return "c";
    if (of === "0") return "–";
    const rate = cell.rate === null || cell.rate === "" ? null : (cell.rate === "c" ? "c" : Number(cell.rate));
    return cell.count + " (" + (rate === "c" ? "c" : percent(rate)) + ")";
  }

  // ---------- the query: from the address, the form, the defaults ----------
  const form = document.getElementById("filters");
  const FIELDS = ["from", "to", "area", "ageBand"];

  function iso(d) {
    return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
  }

  function initialQuery() {
    const params = new URLSearchParams(window.location.search);
    const today = new Date();
    const yearAgo = new Date(today.getFullYear() - 1, today.getMonth(), today.getDate() + 1);
    return {
      from: params.get("from") || iso(yearAgo),
      to: params.get("to") || iso(today),
      area: params.get("area") || "",
      ageBand: params.get("ageBand") || "",
    };
  }

  function queryString(query) {
    const params = new URLSearchParams();
    for (const name of FIELDS) if (query[name]) params.set(name, query[name]);
    return params.toString();
  }
  const reportPath = (query) => "/api/reports/outcomes?" + queryString(query);

  // ---------- the SVG bar chart ----------
  function svg(tag, attributes, text) {
    const element = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes || {})) element.setAttribute(name, String(value));
    if (text !== undefined) element.textContent = text;
    return element;
  }

  /**
   * bars: [{label, rate (0..1 | null), value ("50%", "c", "–"), detail ("3 of 6")}]. Suppressed and empty bars are
   * not drawn: their "c" or "–" is written at the axis, so no bar ever stands for a number that is hidden.
   */
  function barChart({ id, title, description, xTitle, bars }) {
    const left = 64, right = 16, top = 30, bottom = 70, plot = 200, slot = 92;
    const width = left + right + Math.max(bars.length, 3) * slot;
    const height = top + plot + bottom;
    const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, width, height, role: "img",
      "aria-labelledby": `${id}-title ${id}-desc`, class: "bars" });
    chart.append(svg("title", { id: `${id}-title` }, title), svg("desc", { id: `${id}-desc` }, description));
    for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
      const y = top + plot * (1 - tick);
      chart.append(svg("line", { x1: left, x2: width - right, y1: y, y2: y, class: tick === 0 ? "axis" : "grid" }),
          svg("text", { x: left - 8, y: y + 4, "text-anchor": "end", class: "tick" }, Math.round(tick * 100) + "%"));
    }
    chart.append(svg("line", { x1: left, x2: left, y1: top, y2: top + plot, class: "axis" }));
    chart.append(svg("text", { x: 14, y: top + plot / 2, "text-anchor": "middle", class: "axis-title",
      transform: `rotate(-90 14 ${top + plot / 2})` }, "Young people with the outcome"));
    chart.append(svg("text", { x: left + (width - left - right) / 2, y: height - 8, "text-anchor": "middle",
      class: "axis-title" }, xTitle));
    bars.forEach((bar, i) => {
      const centre = left + slot * i + slot / 2;
      const group = svg("g", { class: "bar", "data-label": bar.label });
      const barHeight = bar.rate === null ? 0 : Math.max(plot * bar.rate, bar.rate > 0 ? 2 : 0);
      if (bar.rate !== null) {
        group.append(svg("rect", { x: centre - 24, y: top + plot - barHeight, width: 48, height: Math.max(barHeight, 1.5),
          class: "bar-fill" }));
      } else if (bar.value === "c") {
        // A hidden figure is a small "c" marker standing on the axis: any shape reaching up the scale would read as
        // a rate at a glance.
        group.append(svg("rect", { x: centre - 11, y: top + plot - 24, width: 22, height: 22, rx: 4,
          class: "bar-hidden" }));
      }
      const valueY = bar.value === "c" ? top + plot - 8 : top + plot - barHeight - 7;
      group.append(svg("text", { x: centre, y: valueY, "text-anchor": "middle", class: "bar-value" }, bar.value));
      group.append(svg("text", { x: centre, y: top + plot + 18, "text-anchor": "middle", class: "bar-label" }, bar.label));
      group.append(svg("text", { x: centre, y: top + plot + 35, "text-anchor": "middle", class: "bar-detail" }, bar.detail));
      chart.append(group);
    });
    return chart;
  }

  // ---------- the sections ----------
  let report = null;

  function showCohort(query) {
    const scope = [query.area ? capital(query.area) + " area team" : "all areas",
      query.ageBand ? "aged " + query.ageBand + " at the meeting" : "all ages"].join(", ");
    const people = report.youngPeople === 1 ? "1 young person" : report.youngPeople + " young people";
    fill(document.getElementById("cohort"), h("strong", {}, people), ` had their meeting from ${date(report.from)} to `
        + `${date(report.to)} (${scope}).`);
    fill(document.querySelector("#cohort-definition [data-definition]"), report.cohortDefinition);
  }

  function showRates() {
    fill(document.getElementById("rates"), report.outcomes.map((rate) => h("li", { class: "rate-card", "data-measure": rate.measure },
        h("h3", {}, named(MEASURES, rate.measure)),
        h("p", { class: "rate-number" }, percent(rate.rate)),
        h("p", { class: "rate-count" }, rate.denominator ? `${rate.count} of ${rate.denominator} young people`
            : (report.youngPeople ? "No young people followed up by the end of this period"
              : "No young people had their meeting in this period")),
        h("details", { class: "definition" }, h("summary", {}, "What counts"), h("p", {}, rate.definition)))));
  }

  function measureSelects() {
    document.querySelectorAll("[data-measure-select]").forEach((select) => {
      const chosen = select.value || report.outcomes[0].measure;
      fill(select, report.outcomes.map((o) => h("option", { value: o.measure, selected: o.measure === chosen },
          named(MEASURES, o.measure))));
    });
  }

  function scopeWords(query) {
    return [query.area ? capital(query.area) : null, query.ageBand ? "aged " + query.ageBand : null]
        .filter(Boolean).join(", ");
  }

  /** The report's own breakdown over time: by quarter, or by year for a period past ten years. */
  const timeDimension = () => (report.breakdowns.some((b) => b.dimension === "quarter") ? "quarter" : "year");

  function showOverTime(query) {
    const dimension = timeDimension();
    const scope = scopeWords(query);
    document.getElementById("time-intro").textContent = "Each " + dimension + "'s cohort: the young people whose "
        + "meeting fell in that " + dimension + ", hidden like any small group.";
    showBreakdownChart(dimension, "time-chart", "time-measure", (name) => `${name}, by ${dimension} of the meeting`
        + (scope ? ` (${scope})` : ""));
    breakdownTable(document.getElementById("time-table"), dimension);
  }

  function breakdown(dimension) {
    return report.breakdowns.find((b) => b.dimension === dimension) || { dimension, groups: [] };
  }

  function groupName(dimension, group) {
    if (dimension === "area") return capital(group);
    if (dimension !== "quarter") return group;
    const [year, quarter] = group.split("-Q").map(Number);
    const month = (m) => new Date(year, m, 1).toLocaleDateString("en-GB", { month: "short" });
    return month((quarter - 1) * 3) + "–" + month((quarter - 1) * 3 + 2) + " " + year;
  }

  function breakdownTable(table, dimension) {
    const groups = breakdown(dimension).groups;
    fill(table, h("caption", {}, "Outcomes by " + DIMENSIONS[dimension].toLowerCase() + " (count and rate; c: hidden, see the note below)"),
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, DIMENSIONS[dimension]), h("th", { scope: "col", class: "number" }, "Young people"),
            report.outcomes.map((o) => h("th", { scope: "col", class: "number" }, named(MEASURES, o.measure))))),
        h("tbody", {}, groups.map((group) => h("tr", { "data-group": group.group },
            h("th", { scope: "row" }, groupName(dimension, group.group)),
            h("td", { class: "number" }, group.youngPeople),
            report.outcomes.map((o) => h("td", { class: "number" },
                group.outcomes[o.measure] ? cellWords(group.outcomes[o.measure], group.youngPeople) : "–"))))));
  }

  function showBreakdownChart(dimension, chartId, measureId, title) {
    const measure = document.getElementById(measureId).value;
    const name = named(MEASURES, measure);
    const bars = breakdown(dimension).groups.map((group) => {
      const cell = group.outcomes[measure] || { count: "0", rate: null };
      const of = cell.denominator === undefined ? group.youngPeople : cell.denominator;
      if (group.youngPeople === "c" || of === "c" || cell.count === "c" || cell.rate === "c") {
        return { label: groupName(dimension, group.group), rate: null, value: "c", detail: "hidden" };
      }
      if (of === "0") {
        return { label: groupName(dimension, group.group), rate: null, value: "–",
          detail: group.youngPeople === "0" ? "no meetings" : "no follow-ups" };
      }
      const rate = Number(cell.rate);
      return { label: groupName(dimension, group.group), rate, value: percent(rate), detail: `${cell.count} of ${of}` };
    });
    const description = bars.map((b) => `${b.label}: ${b.value === "c" ? "hidden (small numbers)" : b.value}`
        + (b.value === "c" || b.value === "–" ? "" : ", " + b.detail)).join("; ");
    fill(document.getElementById(chartId), barChart({ id: dimension, title: title(name), description,
      xTitle: DIMENSIONS[dimension], bars }));
  }

  function showByArea() {
    showBreakdownChart("area", "area-chart", "area-measure", (name) => `${name}, by area team`);
    breakdownTable(document.getElementById("area-table"), "area");
  }

  function showByAge() {
    breakdownTable(document.getElementById("age-table"), "ageBand");
  }

  function showSuppressionNotes() {
    document.querySelectorAll("[data-suppression-note]").forEach((note) => fill(note,
        h("strong", {}, "c"), " means a figure is hidden to protect privacy: a group of 1 to "
        + report.suppressionThreshold + " young people, or a count that small, could identify someone. ",
        report.suppressionRule, " “–” means no young people had their meeting there in the period."));
  }

  function showAverages() {
    const number = (n) => n === null || n === undefined ? "–" : (Math.round(n * 10) / 10).toLocaleString("en-GB");
    fill(document.getElementById("averages-table"), h("caption", {}, "Figures per young person, over the cohort"),
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Measure"), h("th", { scope: "col", class: "number" }, "Mean"),
            h("th", { scope: "col", class: "number" }, "Median"), h("th", { scope: "col", class: "number" }, "Young people counted"))),
        h("tbody", {}, report.perYoungPerson.map((average) => h("tr", {},
            h("th", { scope: "row" }, named(AVERAGES, average.measure), h("span", { class: "hint measure-definition" }, average.definition)),
            h("td", { class: "number" }, number(average.mean)),
            h("td", { class: "number" }, number(average.median)),
            h("td", { class: "number" }, String(average.youngPeople))))));
  }

  function ageBandOptions(chosen) {
    const select = document.getElementById("ageBand");
    fill(select, h("option", { value: "" }, "All ages"), breakdown("ageBand").groups.map((group) =>
      h("option", { value: group.group, selected: group.group === chosen }, group.group)));
  }

  function setForm(query) {
    for (const name of FIELDS) {
      if (form.elements[name]) form.elements[name].value = query[name] || "";
      else LL.setDate(form, name, query[name] || "");
    }
  }

  let current = null;

  /** Reads the report for the query; a bad query throws its problem. */
  async function load(query) {
    report = await api(reportPath(query));
    current = query;
    ageBandOptions(query.ageBand);
    setForm(query);
    measureSelects();
    showCohort(query);
    showRates();
    showOverTime(query);
    showByArea();
    showByAge();
    showSuppressionNotes();
    showAverages();
    document.getElementById("download-csv").dataset.path = reportPath(query);
    history.replaceState(null, "", "/reports?" + queryString(query));
    return `Showing ${report.youngPeople === 1 ? "1 young person" : report.youngPeople + " young people"}.`;
  }

  document.getElementById("time-measure").addEventListener("change", () => showOverTime(current));
  document.getElementById("area-measure").addEventListener("change", showByArea);

  LL.form(form, async (values) => load({ from: values.from, to: values.to, area: values.area || "",
    ageBand: values.ageBand || "" }));

  // The CSV is the API's own (Accept: text/csv), fetched with the session and saved from a Blob: a plain link
  // cannot ask for CSV, and going through the API keeps the download audited like any other read.
  document.getElementById("download-csv").addEventListener("click", async (event) => {
    const button = event.currentTarget;
    const box = document.getElementById("page-status");
    button.disabled = true;
    try {
      const csv = await api(button.dataset.path, { accept: "text/csv" });
      const name = `outcomes-${current.from}-to-${current.to}${current.area ? "-" + current.area : ""}`
          + `${current.ageBand ? "-" + current.ageBand : ""}.csv`;
      const url = URL.createObjectURL(new Blob([csv], { type: "text/csv" }));
      const link = h("a", { href: url, download: name, hidden: true }, name);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      status(box, `Downloaded ${name}.`, "ok");
    } catch (e) {
      status(box, e.message, "error");
      box.focus();
    } finally {
      button.disabled = false;
    }
  });

  const initial = initialQuery();
  setForm(initial);
  try {
    await load(initial);
  } catch (e) {
    // A bad address (say ?from=yesterday): show the problem beside the field and start from the defaults' shape.
    const box = form.querySelector("[data-form-status]");
    status(box, e.message, "error");
    fill(document.getElementById("cohort"), "Choose a period above to see the outcomes.");
    if (e.field) LL.showFieldError(form, e.field, e.message);
  }
});
