/*
 * The young person's chart, on their page and on its own page: two pictures to choose between, each with words
 * for screen readers, and a frame to look closer in. A chart is wider than a phone, so it starts at a size whose
 * words can be read and is moved around inside its frame: by finger (one to move, two to pinch), by mouse (drag,
 * ctrl + wheel), by keyboard (arrow keys, + and −) or with the Bigger / Smaller / See it all buttons.
 * The picture comes only from /api/me/chart.svg, the young person's own projection.
 */
(function () {
  "use strict";

  const MAX = 3;
  // 12px chart text drawn at 0.85 is about 10px on screen: the smallest we start at.
  const READABLE = 0.85;
  const STEP = 1.4;
  // The key sits at the chart's right, in a box this wide or wider (Layout.legendWidth).
  const KEY_ROOM = 260;

  function listed(people) {
    return people.map((p) => p.name + (p.relationship ? " (" + p.relationship + ")" : "")).join(", ");
  }

  /** The two pictures, with what each shows said in words (t: the page's words, LL.ownWords). */
  function views(people, t) {
    const family = people.filter((p) => p.category === "FAMILY");
    return {
      ecomap: {
        src: "/api/me/chart.svg",
        alt: people.length ? t("me.chart.alt.people", listed(people)) : t("me.chart.alt.nobody"),
        caption: t("me.chart.caption"),
      },
      family: {
        src: "/api/me/chart.svg?view=family",
        alt: family.length ? t("me.chart.family.alt", listed(family)) : t("me.chart.family.alt.nobody"),
        caption: t("me.chart.family.caption"),
      },
    };
  }

  /** Zooming and moving the picture inside its frame. */
  function zoomable(frame, img) {
    let scale = 0;

    const fit = () => Math.min(frame.clientWidth / img.naturalWidth, frame.clientHeight / img.naturalHeight);
    const min = () => Math.min(fit(), READABLE);

    /** Sets the size, keeping the point of the picture under (x, y) in the frame where it was. */
    function zoomTo(wanted, x, y) {
      if (!img.naturalWidth) return;
      const next = Math.max(min(), Math.min(MAX, wanted));
      const ax = x === undefined ? frame.clientWidth / 2 : x;
      const ay = y === undefined ? frame.clientHeight / 2 : y;
      const px = scale ? (frame.scrollLeft + ax) / scale : 0;
      const py = scale ? (frame.scrollTop + ay) / scale : 0;
      scale = next;
      img.style.width = Math.round(img.naturalWidth * scale) + "px";
      img.style.height = Math.round(img.naturalHeight * scale) + "px";
      frame.scrollLeft = px * scale - ax;
      frame.scrollTop = py * scale - ay;
      frame.dataset.scale = scale.toFixed(2);
    }

    /** A size to read at, looking at the middle of the picture (where the young person is). */
    function start() {
      scale = 0;
      // The whole picture where its words stay readable; otherwise its own size, words as big as the page's.
      const first = fit() >= READABLE ? Math.min(fit(), 1) : 1;
      zoomTo(first);
      frame.scrollLeft = Math.max(0, (img.naturalWidth - KEY_ROOM) * scale / 2 - frame.clientWidth / 2);
      frame.scrollTop = Math.max(0, img.naturalHeight * scale / 2 - frame.clientHeight / 2);
    }

    const actions = {
      in: () => zoomTo(scale * STEP),
      out: () => zoomTo(scale / STEP),
      fit: () => zoomTo(fit()),
      key: () => {
        // Readable, and small enough for the whole key to fit across a phone.
        zoomTo(Math.max(min(), Math.min(READABLE, frame.clientWidth / KEY_ROOM)));
        frame.scrollLeft = frame.scrollWidth;
        frame.scrollTop = 0;
        frame.focus();
      },
    };

    frame.addEventListener("keydown", (e) => {
      const moves = { ArrowLeft: [-60, 0], ArrowRight: [60, 0], ArrowUp: [0, -60], ArrowDown: [0, 60] };
      if (moves[e.key]) {
        frame.scrollBy(moves[e.key][0], moves[e.key][1]);
      } else if (e.key === "+" || e.key === "=") {
        actions.in();
      } else if (e.key === "-" || e.key === "_") {
        actions.out();
      } else if (e.key === "0") {
        actions.fit();
      } else {
        return;
      }
      e.preventDefault();
    });

    // A mouse drags the picture about; fingers move it natively (touch-action: pan-x pan-y).
    let drag = null;
    frame.addEventListener("pointerdown", (e) => {
      if (e.pointerType !== "mouse" || e.button !== 0) return;
      drag = { x: e.clientX, y: e.clientY, left: frame.scrollLeft, top: frame.scrollTop };
      frame.setPointerCapture(e.pointerId);
      frame.classList.add("dragging");
      e.preventDefault();
    });
    frame.addEventListener("pointermove", (e) => {
      if (!drag) return;
      frame.scrollLeft = drag.left - (e.clientX - drag.x);
      frame.scrollTop = drag.top - (e.clientY - drag.y);
    });
    const endDrag = () => { drag = null; frame.classList.remove("dragging"); };
    frame.addEventListener("pointerup", endDrag);
    frame.addEventListener("pointercancel", endDrag);

    frame.addEventListener("wheel", (e) => {
      if (!e.ctrlKey) return;
      e.preventDefault();
      const box = frame.getBoundingClientRect();
      zoomTo(scale * Math.exp(-e.deltaY / 300), e.clientX - box.left, e.clientY - box.top);
    }, { passive: false });

    // Two fingers pinch, around the point between them.
    let pinch = null;
    const spread = (t) => Math.hypot(t[0].clientX - t[1].clientX, t[0].clientY - t[1].clientY);
    frame.addEventListener("touchstart", (e) => {
      if (e.touches.length === 2) pinch = { distance: spread(e.touches), scale };
    }, { passive: true });
    frame.addEventListener("touchmove", (e) => {
      if (!pinch || e.touches.length !== 2) return;
      e.preventDefault();
      const box = frame.getBoundingClientRect();
      const x = (e.touches[0].clientX + e.touches[1].clientX) / 2 - box.left;
      const y = (e.touches[0].clientY + e.touches[1].clientY) / 2 - box.top;
      zoomTo(pinch.scale * spread(e.touches) / pinch.distance, x, y);
    }, { passive: false });
    frame.addEventListener("touchend", (e) => { if (e.touches.length < 2) pinch = null; });

    img.addEventListener("load", start);
    if (img.complete && img.naturalWidth) start();
    window.addEventListener("resize", () => zoomTo(scale));
    return actions;
  }

  /**
   * Sets up a chart: root holds [data-view] buttons, [data-zoom] buttons, a .chart-frame with the img, a
   * figcaption, and optionally a[data-chart-open] whose link follows the chosen picture. onView(view) is told
   * whenever the picture changes. Its words come from the young person's bundle (LL.ownWords).
   */
  async function ownChart(root, people, first, onView) {
    const { t } = await LL.ownWords();
    const img = root.querySelector(".chart-frame img");
    const frame = root.querySelector(".chart-frame");
    const caption = root.querySelector("figcaption");
    const open = root.querySelector("a[data-chart-open]");
    const all = views(people, t);
    const buttons = root.querySelectorAll("[data-view]");
    const actions = zoomable(frame, img);

    function show(view) {
      const chosen = all[view] ? view : "ecomap";
      if (!img.src.endsWith(all[chosen].src)) img.src = all[chosen].src;
      img.alt = all[chosen].alt;
      caption.textContent = all[chosen].caption;
      if (open) open.href = "/me/chart" + (chosen === "family" ? "?view=family" : "");
      buttons.forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.view === chosen)));
      if (onView) onView(chosen);
    }
    buttons.forEach((b) => b.addEventListener("click", () => show(b.dataset.view)));
    root.querySelectorAll("[data-zoom]").forEach((b) => b.addEventListener("click", () => actions[b.dataset.zoom]()));
    show(first);
  }

  window.LL.ownChart = ownChart;
})();
