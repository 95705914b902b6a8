/*
 * The analysis of a young person's network in a coordinator's words. The analysis API's own messages speak to
 * the young person ("no one links you to…"); this page says the same things about them, to the coordinator,
 * with every person named linked to their page and shown with their safety status.
 */
LL.ready(async () => {
  const { api, h, fill, capitalised, safetyBadge } = LL;
  const main = document.getElementById("main");
  const youngPersonId = main.dataset.youngPersonId;
  const youngPersonName = main.dataset.youngPersonName;
  const base = "/api/young-people/" + encodeURIComponent(youngPersonId);

  const SITUATIONS = ["REGULAR", "OCCASIONAL", "LOST_TOUCH", "BROKEN_DOWN", "NEVER_MET"];
  const IN_TOUCH = new Set(["REGULAR", "OCCASIONAL"]);
  const CATEGORIES = {
    FAMILY: "Family", FORMER_CARER: "Former carers", EDUCATION: "School and education", FRIEND: "Friends",
    PROFESSIONAL: "Professionals", COMMUNITY: "Community",
  };
  const WISHES = {
    IMPORTANT_TO_ME: "important to them", WANT_BACK_IN_TOUCH: "wants back in touch",
    WANT_TO_KNOW_ABOUT: "wants to know about them", NOT_NOW: "not now",
  };

  const [analysis, progress, network] = await Promise.all([
    api(base + "/analysis"), api(base + "/progress"), api(base + "/network")]);
  const work = new Map(progress.map((p) => [p.personId, p]));
  const connections = new Map(network.connections.map((c) => [c.personId, c]));

  /** A person named in an answer: a link to their page, their relationship, their safety badge. */
  function person(ref, withoutRelationship) {
    if (ref.id === youngPersonId) return h("strong", {}, youngPersonName);
    const known = work.get(ref.id);
    return h("span", { class: "named" },
        h("a", { href: `/young-people/${encodeURIComponent(youngPersonId)}/people/${encodeURIComponent(ref.id)}` }, ref.name),
        known && known.relationship && !withoutRelationship ? h("span", { class: "muted" }, ` (${known.relationship})`) : null,
        known ? [" ", safetyBadge(known.safety)] : null);
  }

  /** A, B and C, as elements. */
  function list(refs) {
    const parts = [];
    refs.forEach((ref, index) => {
      if (index > 0) parts.push(index === refs.length - 1 ? " and " : ", ");
      parts.push(person(ref));
    });
    return parts;
  }

  const none = (text) => h("p", { class: "status info" }, text);

  // How big the network is
  const size = analysis.size;
  const count = (map, keys) => keys.reduce((sum, key) => sum + (map[key] || 0), 0);
  const inTouchNow = count(size.now, [...IN_TOUCH]);
  const inTouchThen = count(size.atReferral, [...IN_TOUCH]);
  const change = inTouchNow - inTouchThen;
  fill(document.getElementById("size-body"),
      h("p", { class: "explain" }, `Who is in the network, and how many ${youngPersonName} is in touch with now against at referral. `
          + "More people in touch is the work's aim; a network where few are in touch needs tracing and reconnecting."),
      h("div", { class: "figures" },
          h("p", { class: "figure" }, h("strong", {}, String(size.people)), size.people === 1 ? "person in the network" : "people in the network"),
          h("p", { class: "figure" }, h("strong", {}, String(inTouchNow)), "in touch now"),
          h("p", { class: "figure" }, h("strong", {}, String(inTouchThen)), "in touch at referral")),
      h("p", {}, change > 0 ? `${youngPersonName} is in touch with ${change} more ${change === 1 ? "person" : "people"} than at referral.`
          : change < 0 ? `${youngPersonName} is in touch with ${-change} fewer than at referral.`
              : `${youngPersonName} is in touch with as many people as at referral.`),
      size.people ? h("div", { class: "grid-2" },
          h("div", { class: "table-wrap" }, h("table", {},
              h("caption", {}, "Contact situation, at referral and now"),
              h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Situation"), h("th", { scope: "col", class: "number" }, "At referral"),
                  h("th", { scope: "col", class: "number" }, "Now"))),
              h("tbody", {}, SITUATIONS.map((s) => h("tr", {}, h("th", { scope: "row" }, capitalised(s)),
                  h("td", { class: "number" }, String(size.atReferral[s] || 0)),
                  h("td", { class: "number" }, String(size.now[s] || 0))))))),
          h("div", { class: "table-wrap" }, h("table", {},
              h("caption", {}, "People by group"),
              h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Group"), h("th", { scope: "col", class: "number" }, "People"))),
              h("tbody", {}, Object.entries(size.byCategory).map(([category, n]) => h("tr", {},
                  h("th", { scope: "row" }, CATEGORIES[category] || capitalised(category)),
                  h("td", { class: "number" }, String(n)))))))) : none("No one is in the network yet."));

  // Single points of failure
  fill(document.getElementById("single-points-body"), analysis.singlePointsOfFailure.length
      ? h("ul", { class: "findings" }, analysis.singlePointsOfFailure.map((point) => h("li", { class: "weak" },
          "If ", person(point.person), ` stepped away, ${youngPersonName} would lose their link to `,
          list(point.wouldBeCutOff), ".")))
      : none(`No one is a single point of failure: everyone ${youngPersonName} is linked to can be reached more than one way, or through no one at all.`));

  // Only links
  fill(document.getElementById("only-links-body"), analysis.onlyLinks.length
      ? h("ul", { class: "findings" }, analysis.onlyLinks.map((link) => h("li", {},
          link.from.id === youngPersonId || link.to.id === youngPersonId
              ? [`${youngPersonName}'s contact with `, person(link.from.id === youngPersonId ? link.to : link.from),
                " is the only tie to that part of the network."]
              : ["The tie between ", person(link.from), " and ", person(link.to), " is the only one joining their parts of the network."])))
      : none("No single tie holds the network together."));

  // Routes to lost or wanted people
  function chainWords(chain, target) {
    const words = [`${youngPersonName} could ask `, person(chain[0])];
    for (const ref of chain.slice(1)) words.push(", who knows ", person(ref));
    words.push(", who is linked to ", h("a", { href: `/young-people/${encodeURIComponent(youngPersonId)}/people/${encodeURIComponent(target.id)}` }, target.name), ".");
    return words;
  }
  fill(document.getElementById("routes-body"), analysis.routes.length
      ? h("ul", { class: "findings" }, analysis.routes.map((route) => {
        const connection = connections.get(route.target.id) || {};
        const about = [connection.baseline ? `${LL.words(connection.baseline)} at referral` : null,
          connection.wish ? WISHES[connection.wish] : null].filter(Boolean).join("; ");
        return h("li", { class: "route" },
            h("p", {}, h("strong", {}, "To reach "), person(route.target), about ? h("span", { class: "muted" }, ` — ${about}`) : null),
            route.chains.length
                ? [h("p", {}, chainWords(route.chains[0], route.target)),
                  h("p", { class: "muted" }, route.chains.length === 1 ? "The only safe route known:" : `${route.chains.length} safe routes, each through a different first person:`),
                  route.chains.map((chain, index) => h("ol", { class: "chain", "aria-label": `Route ${index + 1} to ${route.target.name}` },
                      h("li", {}, h("strong", {}, youngPersonName)),
                      chain.map((ref) => h("li", {}, person(ref))),
                      h("li", {}, route.target.name)))]
                : h("p", {}, `No one ${youngPersonName} is in touch with is known to be linked to ${route.target.name} yet. `
                    + "Record their relatives' kinship, or search for them on the Trace someone tab."));
      }))
      : none(`There is no one ${youngPersonName} has lost touch with or wants to know about, other than people under a do-not-contact decision.`));

  // Central people
  fill(document.getElementById("central-body"), analysis.central.length
      ? h("ol", { class: "findings" }, analysis.central.map((central) => h("li", {},
          person(central.person), ` links many others together (score ${Math.round(central.score * 10) / 10}: the higher, the more people's shortest links pass through them).`)))
      : none("The network is too small or too loosely linked for anyone to stand between others."));

  // Relationships in words
  const relationships = [...analysis.relationships].sort((a, b) => (a.words === null) - (b.words === null)
      || a.person.name.localeCompare(b.person.name));
  fill(document.getElementById("relationships-body"), relationships.length
      ? h("div", { class: "table-wrap" }, h("table", { class: "cards" },
          h("caption", {}, `How each person is related to ${youngPersonName}`),
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Person"), h("th", { scope: "col" }, "Related as"),
              h("th", { scope: "col" }, "Side of the family"), h("th", { scope: "col" }, "Recorded relationship"))),
          h("tbody", {}, relationships.map((r) => h("tr", {},
              h("th", { scope: "row" }, person(r.person, true)),
              h("td", { "data-label": "Related as" }, r.words ? capitalised(r.words) : h("span", { class: "muted" }, "No kinship recorded")),
              r.side ? h("td", { "data-label": "Side" }, capitalised(r.side)) : h("td", { class: "empty" }, ""),
              h("td", { "data-label": "Recorded as" }, (connections.get(r.person.id) || {}).relationship || ""))))))
      : none("No one is in the network yet."));
});
