// Draws every <div class="chart" data-figure="ID"> with the Plotly figure in the
// <script type="application/json" id="ID"> beside it. Points and nodes whose customdata
// is a link open it when clicked.
(function () {
  "use strict";
  function draw(node) {
    var source = document.getElementById(node.getAttribute("data-figure"));
    if (!source) { return; }
    var figure = JSON.parse(source.textContent);
    var hasData = (figure.data || []).some(function (trace) {
      return (trace.x || []).length > 0 || (trace.y || []).length > 0;
    });
    if (!hasData) {
      node.classList.add("empty");
      node.textContent = "nothing to draw for this filter";
      return;
    }
    node.setAttribute("data-series", String((figure.data || []).length));
    Plotly.newPlot(node, figure.data, figure.layout,
                   {responsive: true, displaylogo: false, scrollZoom: node.id === "chart-network"});
    node.on("plotly_click", function (event) {
      var point = event.points && event.points[0];
      var link = point && point.customdata;
      if (typeof link === "string" && link.charAt(0) === "/") { window.location.href = link; }
    });
  }
  document.querySelectorAll("div.chart[data-figure]").forEach(draw);
})();
