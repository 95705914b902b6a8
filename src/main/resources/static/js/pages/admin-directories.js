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
    fill(casesResult,
        h("div", { class: "table-wrap" }, h("table", { class: "changes" },
            h("caption", {}, would ? "What the import would do" : "What the import did"),
            h("thead", {}, h("tr", {}, h("td", {}),
                h("th", { scope: "col", class: "number" }, would ? "Would be created" : "Created"),
                h("th", { scope: "col", class: "number" }, would ? "Would be updated" : "Updated"),
                h("th", { scope: "col", class: "number" }, "Unchanged"))),
            h("tbody", {}, changes("Young people", report.youngPeople), changes("People", report.people),
                changes("Connections", report.connections)))),
        report.errorCount ? errorTable(`Rows that cannot be imported (${number(report.errorCount)})`
            + (report.errorCount > report.errors.length ? `: the first ${number(report.errors.length)} are listed` : ""),
            report.errors) : null);
    if (!would) form.elements.file.value = "";
    if (would && report.errorCount) {
      throw new LL.Problem(422, { detail: `Dry run: ${number(report.errorCount)} of ${number(report.rows)} rows `
          + "cannot be imported, so a real import would change nothing. Correct the rows listed below." });
    }
    return would ? `Dry run: all ${number(report.rows)} rows can be imported. Nothing was changed; untick "Dry run" to import.`
        : `Imported ${number(report.rows)} rows from the case system.`;
  });

  // Rebuilding the tracing index
  LL.form(document.getElementById("index-form"), async () => {
    const result = await run(() => api("/api/tracing-index/rebuild", { method: "POST" }),
        document.getElementById("index-job"), { plural: "people", verb: "indexed", label: "Rebuild progress" });
    return `The tracing index is rebuilt: ${number(result.indexed)} people from the networks can be found.`;
  });
});
