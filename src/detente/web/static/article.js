// Article page: hovering a highlight shows its coded fields in the side panel; clicking
// pins them until the next click. Every <mark> carries the ids it stands for
// (data-event, data-attribution, data-stance, data-actor, data-place, data-trigger);
// the fields come from the contract JSON in <script id="extract">. Text goes in with
// textContent only: nothing from the article is ever parsed as HTML.
(function () {
  "use strict";
  var extract = JSON.parse(document.getElementById("extract").textContent);
  var byId = {};
  ["events", "attributions", "stances", "actors", "places"].forEach(function (key) {
    (extract[key] || []).forEach(function (item) { byId[key + ":" + item.id] = item; });
  });
  var actorName = function (id) {
    var a = byId["actors:" + id];
    return a ? a.name + (a.code ? " (" + a.code + ")" : "") : id;
  };
  var panel = document.getElementById("details");
  var text = document.getElementById("text");
  var pinned = null;

  function span(s) { return s && s.text ? s.text : null; }
  function list(values) { return values && values.length ? values.join(", ") : null; }

  function fields(kind, item) {
    if (kind === "events") {
      return [
        ["event", item.id + " · " + item.type + (item.mode ? " / " + item.mode : "")],
        ["modality", item.modality],
        ["condition", item.condition ? item.condition + ": " +
          (span((byId["events:" + item.condition] || {}).evidence) || "") : null],
        ["source", list((item.source || []).map(actorName))],
        ["source codes", list(item.source_codes)],
        ["target", list((item.target || []).map(actorName))],
        ["target codes", list(item.target_codes)],
        ["date", item.date ? item.date.value + " (" + (item.date.precision || "?") + ")" +
          (item.date.text ? " from “" + item.date.text + "”" : "") : null],
        ["location", item.location ? item.location.name +
          (item.location.country ? ", " + item.location.country : "") : null],
        ["trigger", span(item.trigger)],
        ["said in", item.attribution],
        ["CAMEO", item.cameo],
        ["confidence", item.confidence != null ? String(item.confidence) : null]
      ];
    }
    if (kind === "attributions") {
      return [
        ["quote", item.id + " · " + item.kind],
        ["speaker", item.speaker_name || span(item.source_mention)],
        ["speaker code", item.speaker_code],
        ["anonymous", item.anonymous ? "yes" : "no"],
        ["as written", span(item.source_mention)],
        ["cue", span(item.cue)],
        ["via", list(item.via_names)],
        ["content", span(item.content)]
      ];
    }
    if (kind === "stances") {
      return [
        ["stance", item.id + " · " + item.topic],
        ["actor", item.actor ? actorName(item.actor) : item.actor_code],
        ["position", item.position],
        ["conditions", list((item.conditions || []).map(span))],
        ["date", item.date ? item.date.value : null],
        ["said in", item.attribution]
      ];
    }
    if (kind === "actors") {
      return [["actor", item.name], ["code", item.code], ["kind", item.kind],
              ["country", item.country], ["anonymous", item.anonymous ? "yes" : "no"],
              ["mentions", String((item.mentions || []).length)]];
    }
    return [["place", item.name], ["country", item.country],
            ["coordinates", item.lat != null ? item.lat + ", " + item.lon : null],
            ["GeoNames", item.geonameid != null ? String(item.geonameid) : null]];
  }

  var KINDS = [["event", "events"], ["attribution", "attributions"], ["stance", "stances"],
               ["actor", "actors"], ["place", "places"]];

  function card(kind, item) {
    var box = document.createElement("section");
    box.className = "card-" + kind;
    var dl = document.createElement("dl");
    fields(kind, item).forEach(function (pair) {
      if (pair[1] == null || pair[1] === "") { return; }
      var dt = document.createElement("dt");
      dt.textContent = pair[0];
      var dd = document.createElement("dd");
      dd.textContent = pair[1];
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
    box.appendChild(dl);
    return box;
  }

  function show(mark) {
    var seen = {};
    var cards = [];
    for (var node = mark; node && node !== text; node = node.parentElement) {
      if (node.tagName !== "MARK") { continue; }
      KINDS.forEach(function (k) {
        var id = node.getAttribute("data-" + k[0]);
        var key = k[1] + ":" + id;
        if (id && !seen[key] && byId[key]) { seen[key] = true; cards.push(card(k[1], byId[key])); }
      });
    }
    if (!cards.length) { return; }
    panel.replaceChildren.apply(panel, cards);
  }

  text.addEventListener("mouseover", function (event) {
    if (pinned) { return; }
    var mark = event.target.closest("mark");
    if (mark) { show(mark); }
  });
  text.addEventListener("click", function (event) {
    var mark = event.target.closest("mark");
    if (pinned) { pinned.classList.remove("pinned"); }
    pinned = mark && mark !== pinned ? mark : null;
    if (pinned) { pinned.classList.add("pinned"); show(pinned); }
  });
  var focused = document.querySelector("mark.focus");
  if (focused) { show(focused); focused.scrollIntoView({block: "center"}); }
})();
