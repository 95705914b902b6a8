/* The managers' dashboard: overdue and due work per area team, today (counts only, from /api/reports/team-work). */
document.addEventListener("DOMContentLoaded", async () => {
  const { api, h, fill, capitalised } = LL;
  const body = document.querySelector("#team-work tbody");
  try {
    const work = await api("/api/reports/team-work");
    fill(body, work.teams.map((team) => h("tr", { "data-area": team.area },
        h("th", { scope: "row" }, capitalised(team.area)),
        h("td", {}, String(team.youngPeople)),
        h("td", {}, String(team.overdue)),
        h("td", {}, String(team.due)),
        h("td", {}, String(team.approvalsWaiting)))));
    fill(document.getElementById("team-work-definitions"), "Counts only, no names. Overdue: "
        + work.definitions.overdue + ". Due soon: " + work.definitions.due + ". Approvals waiting: "
        + work.definitions.approvalsWaiting + ".");
  } catch (e) {
    fill(body, h("tr", {}, h("td", { colspan: 5 }, "The teams' work could not be loaded: " + e.message)));
  }
});
