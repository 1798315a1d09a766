// The relational network, drawn with cytoscape from /network-graph/data.json.
// Colours come from the legend's swatches (CSS), so the page and the drawing agree.
(function () {
  "use strict";
  const container = document.getElementById("network-graph");
  const status = document.getElementById("network-graph-status");
  if (!container || typeof window.cytoscape !== "function") return;

  function colour(name, fallback) {
    const swatch = document.querySelector('[data-swatch="' + name + '"]');
    return swatch ? getComputedStyle(swatch).backgroundColor : fallback;
  }
  const colours = {
    cross: colour("cross", "#d9480f"),
    communityTie: colour("community-tie", "#2b8a3e"),
    same: colour("same", "#adb5bd"),
    membership: colour("membership", "#9c36b5"),
    student: colour("student", "#1971c2"),
    community: colour("community", "#2b8a3e"),
    other: colour("other", "#868e96"),
    organization: colour("organization", "#9c36b5"),
  };
  const text = getComputedStyle(document.body).color;

  function nodeColour(data) {
    if (data.kind === "organization") return colours.organization;
    if (data.kind === "student") return colours.student;
    if (data.kind === "community") return colours.community;
    return colours.other;
  }
  function edgeColour(data) {
    if (data.kind === "membership") return colours.membership;
    if (data.crosses_discipline) return colours.cross;
    if (data.reaches_community) return colours.communityTie;
    return colours.same;
  }

  function draw(payload) {
    if (!payload.nodes.length) {
      status.textContent = container.dataset.empty;
      return;
    }
    const elements = payload.nodes.map((n) => ({ group: "nodes", data: n }));
    payload.edges.forEach((e, i) => {
      elements.push({ group: "edges", data: Object.assign({ id: "e" + i }, e) });
    });
    const cy = window.cytoscape({
      container: container,
      elements: elements,
      wheelSensitivity: 0.3,
      style: [
        {
          selector: "node",
          style: {
            "background-color": (n) => nodeColour(n.data()),
            label: "data(label)",
            color: text,
            "font-size": 9,
            "text-valign": "bottom",
            "text-margin-y": 2,
            width: (n) => 8 + Math.min(n.data("degree"), 20) * 1.5,
            height: (n) => 8 + Math.min(n.data("degree"), 20) * 1.5,
            shape: (n) => (n.data("kind") === "organization" ? "round-rectangle" : "ellipse"),
          },
        },
        {
          selector: "edge",
          style: {
            "line-color": (e) => edgeColour(e.data()),
            width: (e) => 1 + Math.min(e.data("weight"), 6) * 0.6,
            "curve-style": "haystack",
            opacity: 0.8,
          },
        },
        { selector: 'edge[kind = "membership"]', style: { "line-style": "dashed", "curve-style": "straight" } },
        { selector: "node:selected", style: { "border-width": 3, "border-color": text } },
      ],
      layout: {
        name: payload.nodes.length > 300 ? "circle" : "cose",
        animate: false,
        nodeRepulsion: () => 8000,
        idealEdgeLength: () => 60,
      },
    });
    cy.on("tap", "node", (event) => {
      const d = event.target.data();
      const parts = [d.label, d.kind_label, d.discipline_label].filter(Boolean);
      status.textContent = parts.join(" · ") + " — " + d.degree;
    });
  }

  fetch(container.dataset.url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
    .then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    })
    .then(draw)
    .catch(() => {
      status.textContent = container.dataset.error;
    });
})();
