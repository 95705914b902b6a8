/*
 * The young person's chart on its own page, as large as their screen, with a clear way back to their page.
 * Its words for screen readers come from their own projection (/api/me/network), as on /me.
 */
LL.ready(async () => {
  const network = await LL.api("/api/me/network");
  const first = new URLSearchParams(window.location.search).get("view") === "family" ? "family" : "ecomap";
  await LL.ownChart(document.getElementById("own-chart"), network.people, first, (view) => {
    // The address follows the picture, so reloading or going back shows the same one.
    history.replaceState(null, "", view === "family" ? "?view=family" : window.location.pathname);
  });
});
