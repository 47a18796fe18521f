"""Score extract-contract predictions against gold documents (``../shared/gold/FORMAT.md``).

Per document and in total (micro-averaged: counts are summed, then divided):

- ``events``: P/R/F1 of event matching (``match.match_events``; optional gold events are
  neither TP nor FN, predictions of them neither TP nor FP).
- ``event_tuples``: P/R/F1 with the same denominators, where a TP must also be tuple-correct:
  source countries intersect, targets agree (``match.targets_agree``) and modality is equal.
- ``event_accuracy`` on matched required events: ``source`` (full code,
  ``match.codes_agree_full``), ``target`` (country level), ``modality``, ``date`` (only where
  gold has one; ``resolve.dates.date_matches``: the predicted period lies within the gold's,
  so a week resolved to its Monday matches a gold month) and ``location`` (only where gold has one;
  ``location.name``, or the text of a mention of that place in the article, equal after
  folding case and diacritics: gold names places as written).
- ``attributions``: P/R/F1 (content token F1 >= 0.5); ``attribution_full``: the same where a
  TP must also have the right speaker and reporting chain; ``attribution_accuracy``: ``speaker``
  (``match.speaker_matches``), ``speaker_code`` (country level, where gold has a code),
  ``anonymous``, ``kind``, ``via`` (``match.via_matches``).
- ``stances``: P/R/F1 (country and topic); ``stance_accuracy``: ``position`` (gold position
  or one of ``alt_positions``).
- Per document, ``errors``: ``missed`` (gold left unmatched; optional events never) and
  ``spurious`` (predictions left unmatched) and ``wrong`` (matches with a wrong field: event
  source, target or modality; attribution speaker, its code or chain), each ``{"what", "label", "text"}``.
- A predicted event without an ``evidence`` span is placed by its ``trigger``.
- A confusion count of event types over the whole set: ``(gold type, predicted type)`` for
  matches and for leftover gold/prediction pairs whose evidence overlaps; leftover gold as
  ``(type, "-")``, leftover predictions as ``("-", type)``.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from detente.errors import EvalError
from detente.eval.gold import GoldDocument
from detente.eval.match import (
    codes_agree_full,
    countries,
    country,
    greedy,
    match_attributions,
    match_events,
    match_stances,
    overlap,
    pred_range,
    speaker_matches,
    targets_agree,
    via_matches,
)
from detente.eval.prf import PRF, Accuracy
from detente.resolve.dates import date_matches

__all__ = ["DocumentScore", "Report", "score_document", "score_documents"]

EVENT_FIELDS = ("source", "target", "modality", "date", "location")
ATTRIBUTION_FIELDS = ("speaker", "speaker_code", "anonymous", "kind", "via")


def _accs(names: Sequence[str]) -> dict[str, Accuracy]:
    return {n: Accuracy() for n in names}


@dataclass
class DocumentScore:
    """Counts for one document, or (summed with ``+=``) for many."""

    id: str
    events: PRF = field(default_factory=PRF)
    event_tuples: PRF = field(default_factory=PRF)
    event_accuracy: dict[str, Accuracy] = field(default_factory=lambda: _accs(EVENT_FIELDS))
    attributions: PRF = field(default_factory=PRF)
    attribution_full: PRF = field(default_factory=PRF)
    attribution_accuracy: dict[str, Accuracy] = field(default_factory=lambda: _accs(ATTRIBUTION_FIELDS))
    stances: PRF = field(default_factory=PRF)
    stance_accuracy: dict[str, Accuracy] = field(default_factory=lambda: _accs(["position"]))
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    missed: list[dict[str, str]] = field(default_factory=list)
    spurious: list[dict[str, str]] = field(default_factory=list)
    wrong: list[dict[str, str]] = field(default_factory=list)

    def __iadd__(self, other: DocumentScore) -> DocumentScore:
        for name in ("events", "event_tuples", "attributions", "attribution_full", "stances"):
            getattr(self, name).__iadd__(getattr(other, name))
        for name in ("event_accuracy", "attribution_accuracy", "stance_accuracy"):
            for key, acc in getattr(other, name).items():
                getattr(self, name)[key] += acc
        self.confusion.update(other.confusion)
        return self

    def metrics(self) -> dict[str, Any]:
        """The JSON-ready metric dicts (no id, errors or confusion)."""
        out: dict[str, Any] = {}
        for name in ("events", "event_tuples", "event_accuracy", "attributions", "attribution_full",
                     "attribution_accuracy", "stances", "stance_accuracy"):
            value = getattr(self, name)
            out[name] = value.to_dict() if isinstance(value, PRF) else {k: a.to_dict() for k, a in value.items()}
        return out


@dataclass
class Report:
    """Scores of a gold set: the total, each document, and the event-type confusion counts."""

    total: DocumentScore
    documents: list[DocumentScore]

    def to_dict(self) -> dict[str, Any]:
        """``{"kind": "gold", "total", "documents", "confusion"}`` (see ``detente.eval``)."""
        confusion = sorted(self.total.confusion.items(), key=lambda kv: (-kv[1], kv[0]))
        return {
            "kind": "gold",
            "total": self.total.metrics(),
            "documents": [
                {"id": d.id, **d.metrics(), "errors": {"missed": d.missed, "spurious": d.spurious, "wrong": d.wrong}}
                for d in self.documents
            ],
            "confusion": [{"gold": g, "pred": p, "count": n} for (g, p), n in confusion],
        }


def _items(pred: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
    items = pred.get(key) or []
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise EvalError(f"{where}: '{key}' must be a list of objects (see ../shared/contract/extract-json.md)")
    return items


def _fold(name: str) -> str:
    """A place name for comparison: case and diacritics folded, a leading "the" dropped."""
    text = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    text = " ".join(text.casefold().split())
    return text[4:] if text.startswith("the ") else text


def _place_names(location: Any, places: list[dict[str, Any]]) -> set[str]:
    """The names a predicted location goes by: its own, and the texts of the mentions of the
    article's place it is ("Kiev" for a location named Kyiv)."""
    if not isinstance(location, dict) or not location.get("name"):
        return set()
    names = {_fold(str(location["name"]))}
    for place in places:
        if isinstance(place, dict) and place.get("name") == location.get("name") \
                and place.get("geonameid") == location.get("geonameid"):
            names.update(_fold(m["text"]) for m in place.get("mentions") or [] if isinstance(m, dict) and m.get("text"))
    return names


def _score_events(gold: GoldDocument, events: list[dict[str, Any]], where: str, out: DocumentScore,
                  places: list[dict[str, Any]] | None = None) -> None:
    places = places or []
    ranges = [pred_range(e.get("evidence") or e.get("trigger"), gold.text, f"{where} event {e.get('id', i)}")
              for i, e in enumerate(events, 1)]
    m = match_events(gold.events, [(str(e.get("type")), r) for e, r in zip(events, ranges)])
    acc = out.event_accuracy
    tuple_ok = 0
    for g, p in m.pairs:
        ge, pe = gold.events[g], events[p]
        src, tgt = pe.get("source_codes") or [], pe.get("target_codes") or []
        src_country = bool(countries(ge.source) & countries(src)) or not (ge.source or countries(src))
        tgt_ok = targets_agree(ge.target, tgt, ge.source)
        modality_ok = pe.get("modality") == ge.modality
        tuple_ok += src_country and tgt_ok and modality_ok
        bad = [f"{name} {gv} -> {pv}" for name, ok, gv, pv in (
            ("source", src_country, ge.source, src), ("target", tgt_ok, ge.target, tgt),
            ("modality", modality_ok, ge.modality, pe.get("modality")))
            if not ok]
        if bad:
            out.wrong.append({"what": "event", "label": f"{ge.type}: " + "; ".join(bad), "text": ge.evidence})
        acc["source"].add(codes_agree_full(ge.source, src))
        acc["target"].add(tgt_ok)
        acc["modality"].add(modality_ok)
        if ge.date is not None:
            acc["date"].add(bool(pe.get("date")) and date_matches(pe["date"], ge.date))
        if ge.location is not None:
            acc["location"].add(_fold(ge.location) in _place_names(pe.get("location"), places))
        out.confusion[(ge.type, str(pe.get("type")))] += 1
    out.events += PRF(tp=len(m.pairs), fp=len(m.spurious), fn=len(m.missed))
    wrong = len(m.pairs) - tuple_ok
    out.event_tuples += PRF(tp=tuple_ok, fp=len(m.spurious) + wrong, fn=len(m.missed) + wrong)
    # leftovers: pair overlapping ones as type confusions, the rest as misses / false positives
    left = greedy((overlap((gold.events[g].start, gold.events[g].end), ranges[p]), g, p)
                  for g in m.missed for p in m.spurious
                  if overlap((gold.events[g].start, gold.events[g].end), ranges[p]))
    for g, p in left:
        out.confusion[(gold.events[g].type, str(events[p].get("type")))] += 1
    for g in set(m.missed) - {g for g, _ in left}:
        out.confusion[(gold.events[g].type, "-")] += 1
    for p in set(m.spurious) - {p for _, p in left}:
        out.confusion[("-", str(events[p].get("type")))] += 1
    out.missed += [{"what": "event", "label": gold.events[g].type, "text": gold.events[g].evidence} for g in m.missed]
    out.spurious += [{"what": "event", "label": str(events[p].get("type")),
                      "text": gold.text[ranges[p][0]:ranges[p][1]] if ranges[p] else ""} for p in m.spurious]


def _score_attributions(gold: GoldDocument, attrs: list[dict[str, Any]], where: str, out: DocumentScore) -> None:
    contents = []
    for i, a in enumerate(attrs, 1):
        r = pred_range(a.get("content"), gold.text, f"{where} attribution {a.get('id', i)}")
        contents.append(gold.text[r[0]:r[1]] if r else "")
    pairs = match_attributions(gold.attributions, contents)
    acc = out.attribution_accuracy
    full = 0
    for g, p in pairs:
        ga, pa = gold.attributions[g], attrs[p]
        speaker_ok = speaker_matches(ga, pa.get("speaker_name"), pa.get("speaker_code"), pa.get("anonymous"))
        via_ok = via_matches(ga.via, pa.get("via_names") or [])
        acc["speaker"].add(speaker_ok)
        if ga.speaker_code:
            acc["speaker_code"].add(bool(pa.get("speaker_code")) and country(pa["speaker_code"]) == country(ga.speaker_code))
        acc["anonymous"].add(bool(pa.get("anonymous")) == ga.anonymous)
        acc["kind"].add(pa.get("kind") == ga.kind)
        acc["via"].add(via_ok)
        full += speaker_ok and via_ok
        if not (speaker_ok and via_ok) or (ga.speaker_code and country(pa.get("speaker_code") or "") != country(ga.speaker_code)):
            out.wrong.append({"what": "attribution",
                              "label": f"speaker {ga.speaker!r} {ga.speaker_code} via {ga.via} -> "
                                       f"{pa.get('speaker_name')!r} {pa.get('speaker_code')} via {pa.get('via_names') or []}",
                              "text": ga.content})
    out.attributions += PRF(tp=len(pairs), fp=len(attrs) - len(pairs), fn=len(gold.attributions) - len(pairs))
    out.attribution_full += PRF(tp=full, fp=len(attrs) - full, fn=len(gold.attributions) - full)
    used_g, used_p = {g for g, _ in pairs}, {p for _, p in pairs}
    out.missed += [{"what": "attribution", "label": a.speaker, "text": a.content}
                   for g, a in enumerate(gold.attributions) if g not in used_g]
    out.spurious += [{"what": "attribution", "label": str(a.get("speaker_name")), "text": contents[p]}
                     for p, a in enumerate(attrs) if p not in used_p]


def _score_stances(gold: GoldDocument, stances: list[dict[str, Any]], where: str, out: DocumentScore) -> None:
    triples = [(s.get("actor_code"), str(s.get("topic", "")),
                pred_range(s.get("evidence"), gold.text, f"{where} stance {s.get('id', i)}"))
               for i, s in enumerate(stances, 1)]
    pairs = match_stances(gold.stances, triples)
    for g, p in pairs:
        gs = gold.stances[g]
        out.stance_accuracy["position"].add(stances[p].get("position") in (gs.position, *gs.alt_positions))
    out.stances += PRF(tp=len(pairs), fp=len(stances) - len(pairs), fn=len(gold.stances) - len(pairs))
    used_g, used_p = {g for g, _ in pairs}, {p for _, p in pairs}
    out.missed += [{"what": "stance", "label": f"{s.actor} {s.topic} {s.position}", "text": s.evidence}
                   for g, s in enumerate(gold.stances) if g not in used_g]
    out.spurious += [{"what": "stance", "label": f"{s.get('actor_code')} {s.get('topic')} {s.get('position')}",
                      "text": gold.text[triples[p][2][0]:triples[p][2][1]] if triples[p][2] else ""}
                     for p, s in enumerate(stances) if p not in used_p]


def score_document(gold: GoldDocument, pred: dict[str, Any]) -> DocumentScore:
    """Score one contract-shaped prediction against its gold document.

    Raises:
        EvalError: the prediction is not contract-shaped or its spans do not fit the text.
    """
    where = f"prediction for {gold.id!r}"
    if not isinstance(pred, dict):
        raise EvalError(f"{where}: expected a JSON object in the extract contract shape, got {type(pred).__name__}")
    out = DocumentScore(id=gold.id)
    _score_events(gold, _items(pred, "events", where), where, out, _items(pred, "places", where))
    _score_attributions(gold, _items(pred, "attributions", where), where, out)
    _score_stances(gold, _items(pred, "stances", where), where, out)
    return out


def score_documents(golds: Sequence[GoldDocument], preds: Sequence[dict[str, Any]]) -> Report:
    """Score aligned lists (``preds[i]`` is the prediction for ``golds[i]``)."""
    if len(golds) != len(preds):
        raise EvalError(f"{len(preds)} predictions for {len(golds)} gold documents; give one per document")
    total = DocumentScore(id="total")
    documents = []
    for gold, pred in zip(golds, preds):
        doc = score_document(gold, pred)
        total += doc
        documents.append(doc)
    return Report(total=total, documents=documents)
