/*
 * Directories and imports: a reference directory from CSV, deleting one, the case-system import (with a dry run),
 * and rebuilding the tracing index. Long actions run as background jobs: the page polls the job and shows a
 * progress bar with words ("1,200 of 5,000 rows read"), then the result or the problem.
 */
LL.ready(async () => {
  const { api, h, fill, status } = LL;
  const POLL_MS = 300;
  const number = (n) => Number(n).toLocaleString("en-GB");
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  /** Words for where a job is, in its own units. */
  function progressWords(job, unit) {
    const count = (done, total) => (total === null || total === undefined)
        ? `${number(done)} ${unit.plural} ${unit.verb}`
        : `${number(done)} of ${number(total)} ${unit.plural} ${unit.verb}`;
    if (job.state === "DONE") return "Finished: " + count(job.done, job.done);
    if (job.state === "FAILED") return "Stopped: nothing was changed";
    switch (job.phase) {
      case "starting": return "Starting…";
      case "checking": return `Checking ${number(job.done)} rows`;
      case "writing": return `Writing ${number(job.done)} rows`;
      default: return count(job.done, job.total);
    }
  }

  /** Follows a job until it ends, showing its progress in box; answers the finished job. */
  async function follow(jobId, box, unit) {
    const bar = h("progress", { id: box.id + "-bar", "aria-label": unit.label, max: 1 });
    const words = h("p", { class: "job-words", id: box.id + "-words" }, "Starting…");
    bar.setAttribute("aria-describedby", words.id);
    fill(box, bar, words);
    box.hidden = false;
    for (;;) {
      const job = await api("/api/jobs/" + encodeURIComponent(jobId));
      if (job.state === "DONE") {
        bar.max = 1;
        bar.value = 1;
      } else if (job.total !== null && job.total !== undefined && job.total > 0) {
        bar.max = job.total;
        bar.value = Math.min(job.done, job.total);
      } else if (job.state === "FAILED") {
        bar.max = 1;
        bar.value = 0;
      }
      fill(words, progressWords(job, unit));
      box.dataset.state = job.state;
      if (job.state !== "RUNNING") return job;
      await sleep(POLL_MS);
    }
  }

  /** Runs a job to its end: its result, or its problem thrown as the API's Problem (shown beside the field). */
  async function run(start, box, unit) {
    const { jobId } = await start();
    const job = await follow(jobId, box, unit);
    if (job.state === "FAILED") throw new LL.Problem(job.problem.status, job.problem);
    return job.result;
  }

  function errorTable(caption, errors) {
    return h("div", { class: "table-wrap" }, h("table", { class: "row-errors" },
        h("caption", {}, caption),
        h("thead", {}, h("tr", {}, h("th", { scope: "col", class: "number" }, "Line"), h("th", { scope: "col" }, "Why"))),
        h("tbody", {}, errors.map((e) => h("tr", {}, h("td", { class: "number" }, number(e.line)), h("td", {}, e.reason))))));
  }

  // A reference directory
  const directoryForm = document.getElementById("directory-form");
  const directoryResult = document.getElementById("directory-result");
  LL.form(directoryForm, async (values, form) => {
    fill(directoryResult);
    if (!values.file) throw new LL.Problem(400, { detail: "Choose the CSV file to import", field: "header" });
    const name = (values.name || "").toLowerCase();
    const result = await run(() => api("/api/directories/" + encodeURIComponent(name) + "/records?background=true",
        { body: values.file, contentType: "text/csv" }),
        document.getElementById("directory-job"), { plural: "rows", verb: "read", label: "Directory import progress" });
    if (result.errors.length) {
      fill(directoryResult, errorTable(`Rows not imported (${number(result.rejected)})`
          + (result.rejected > result.errors.length ? `: the first ${number(result.errors.length)} are listed` : ""),
          result.errors));
    }
    form.elements.file.value = "";
    return `Directory ${result.directory}: ${number(result.rowsRead)} rows read, ${number(result.added)} added, `
        + `${number(result.replaced)} replaced, ${number(result.rejected)} not imported.`;
  });

  // Deleting a directory asks once more before it deletes.
  const deleteForm = document.getElementById("delete-form");
  const confirmBox = document.getElementById("delete-confirm");
  const deleteButton = document.getElementById("delete-button");
  const cancelButton = document.getElementById("delete-cancel");
  let confirming = null;
  function stopConfirming() {
    confirming = null;
    confirmBox.hidden = true;
    cancelButton.hidden = true;
    fill(deleteButton, "Delete directory");
  }
  cancelButton.addEventListener("click", () => { stopConfirming(); deleteForm.elements.name.focus(); });
  deleteForm.elements.name.addEventListener("input", stopConfirming);
  LL.form(deleteForm, async (values) => {
    const name = (values.name || "").toLowerCase();
    if (!name) throw new LL.Problem(400, { detail: "Give the name of the directory", field: "name" });
    if (confirming !== name) {
      confirming = name;
      fill(confirmBox, `Every record of the directory ${name} will be removed from tracing. This cannot be undone.`);
      confirmBox.hidden = false;
      cancelButton.hidden = false;
      fill(deleteButton, "Yes, delete " + name);
      deleteButton.focus();
      return null;
    }
    try {
      await api("/api/directories/" + encodeURIComponent(name), { method: "DELETE" });
    } finally {
      stopConfirming();
    }
    deleteForm.reset();
    return `The directory ${name} is deleted.`;
  });

  // The case system's export
  const casesForm = document.getElementById("cases-form");
  const casesResult = document.getElementById("cases-result");
  LL.form(casesForm, async (values, form) => {
    fill(casesResult);
    if (!values.file) throw new LL.Problem(400, { detail: "Choose the CSV file to import", field: "file" });
    const dryRun = values.dryRun === true;
    const report = await run(() => api(`/api/case-imports?background=true&dryRun=${dryRun}`,
        { body: values.file, contentType: "text/csv" }),
        document.getElementById("cases-job"), { plural: "rows", verb: "read", label: "Case import progress" });
    const would = report.dryRun;
    const changes = (label, c) => h("tr", {}, h("th", { scope: "row" }, label),
        h("td", { class: "number" }, number(c.created)), h("td", { class: "number" }, number(c.updated)),
        h("td", { class: "number" }, number(c.unchanged)));
    const summary = importSummary(report);
    fill(casesResult,
        h("p", { class: "import-summary", id: "cases-summary" }, summary),
        h("div", { class: "table-wrap" }, h("table", { class: "changes" },
            h("caption", {}, would ? "If you import this file" : "What the import did"),
            h("thead", {}, h("tr", {}, h("td", {}),
                h("th", { scope: "col", class: "number" }, would ? "Will be added" : "Added"),
                h("th", { scope: "col", class: "number" }, would ? "Will be updated" : "Updated"),
                h("th", { scope: "col", class: "number" }, would ? "Stay as they are" : "Unchanged"))),
            h("tbody", {}, changes("Young people", report.youngPeople), changes("People", report.people),
                changes("Connections", report.connections)))),
        report.errorCount ? rowProblems(`Rows that cannot be imported (${number(report.errorCount)})`
            + (report.errorCount > report.errors.length ? `: the first ${number(report.errors.length)} are listed` : ""),
            report.errors) : null);
    if (!would) form.elements.file.value = "";
    if (would && report.errorCount) {
      throw new LL.Problem(422, { detail: `${number(report.errorCount)} of ${number(report.rows)} rows cannot be imported. `
          + summary + " Correct the rows listed below, then check the file again." });
    }
    return summary;
  });

  /** n of a thing in words: 1 young person, 14 people. */
  const counted = (n, one, many) => `${number(n)} ${n === 1 ? one : many}`;

  /** A list in words: "a, b and c". */
  const listed = (items) => items.length < 2 ? items.join("")
      : items.slice(0, -1).join(", ") + " and " + items[items.length - 1];

  /**
   * What the import did or, for a dry run, what it would do, said plainly: "Nothing has been changed yet. If you
   * import this file, it will add 2 young people and 14 people, and update 1 young person."
   */
  function importSummary(report) {
    const kinds = [["youngPeople", "young person", "young people"], ["people", "person", "people"],
      ["connections", "connection", "connections"]];
    const of = (what) => kinds.filter(([k]) => report[k][what] > 0)
        .map(([k, one, many]) => counted(report[k][what], one, many));
    const added = of("created");
    const updated = of("updated");
    const parts = [];
    if (added.length) parts.push("add " + listed(added));
    if (updated.length) parts.push("update " + listed(updated));
    if (report.dryRun) {
      if (report.errorCount) {
        return "Nothing has been changed, and an import of this file would be refused until every row can be imported."
            + (parts.length ? ` Its other rows would ${parts.join(", and ")}.` : "");
      }
      return "Nothing has been changed yet. " + (parts.length
          ? `If you import this file, it will ${parts.join(", and ")}.`
          : "Importing this file would change nothing: everything in it is already recorded.")
          + " Untick “Dry run” to import it.";
    }
    return parts.length ? `The import is done: it added ${listed(added) || "no one"}`
        + (updated.length ? `, and updated ${listed(updated)}` : "") + ` (${counted(report.rows, "row", "rows")} read).`
        : `The import is done: everything in its ${counted(report.rows, "row", "rows")} was already recorded, so nothing changed.`;
  }

  /** The rows that cannot be imported, each with every problem it has. */
  function rowProblems(caption, errors) {
    return h("div", { class: "table-wrap" }, h("table", { class: "row-errors" },
        h("caption", {}, caption),
        h("thead", {}, h("tr", {}, h("th", { scope: "col", class: "number" }, "Line"), h("th", { scope: "col" }, "Problems"))),
        h("tbody", {}, errors.map((e) => h("tr", {}, h("td", { class: "number" }, number(e.line)),
            h("td", {}, (e.problems && e.problems.length > 1)
                ? h("ul", { class: "row-problems" }, e.problems.map((p) => h("li", {}, p)))
                : e.reason))))));
  }

  // Rebuilding the tracing index
  LL.form(document.getElementById("index-form"), async () => {
    const result = await run(() => api("/api/tracing-index/rebuild", { method: "POST" }),
        document.getElementById("index-job"), { plural: "people", verb: "indexed", label: "Rebuild progress" });
    return `The tracing index is rebuilt: ${number(result.indexed)} people from the networks can be found.`;
  });
});
