"""Matching rules: which predicted item is which gold item, and when two values agree.

All matching is one-to-one and greedy: every admissible (gold, prediction) pair gets a score,
pairs are taken best score first (ties: lower gold index, then lower prediction index), and
an item is used at most once.

- Events: evidence ranges overlap and the predicted type is the gold type or one of its
  ``alt_types``; score = overlapping characters (an exact type beats an alt type on ties).
  Required gold events are matched first, optional ones afterwards with what is left, so an
  optional event never takes a prediction that a required one could have used.
- Attributions: content token F1 >= 0.5 (lowercased ``\\w+`` tokens, as multisets).
- Stances: same country (code prefix before the first ".") and topic (case-folded); an
  equal full code, then evidence overlap, break ties.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from detente.errors import EvalError
from detente.eval.gold import GoldAttribution, GoldEvent, GoldStance

__all__ = [
    "EventMatch",
    "Range",
    "codes_agree_full",
    "countries",
    "country",
    "greedy",
    "match_attributions",
    "match_events",
    "match_stances",
    "overlap",
    "pred_range",
    "speaker_matches",
    "targets_agree",
    "token_f1",
    "tokens",
    "via_matches",
]

Range = tuple[int, int]
ATTRIBUTION_THRESHOLD = 0.5
_WORD = re.compile(r"\w+")


def tokens(s: str | None) -> list[str]:
    """Lowercased ``\\w+`` tokens of ``s`` (none for ``None``)."""
    return _WORD.findall(s.lower()) if s else []


def token_f1(a: str | Sequence[str], b: str | Sequence[str]) -> float:
    """F1 of the multiset token overlap of two strings (or token lists); 0.0 if either is empty."""
    ta = tokens(a) if isinstance(a, str) else list(a)
    tb = tokens(b) if isinstance(b, str) else list(b)
    common = sum((Counter(ta) & Counter(tb)).values())
    if not common:
        return 0.0
    p, r = common / len(tb), common / len(ta)
    return 2 * p * r / (p + r)


def overlap(a: Range | None, b: Range | None) -> int:
    """Number of characters two ``(start, end)`` ranges share; 0 when either is missing."""
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def greedy(candidates: Iterable[tuple[Any, int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs from ``(score, gold_index, pred_index)`` candidates, best score first."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _score, g, p in sorted(candidates, key=lambda c: (_neg(c[0]), c[1], c[2])):
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            pairs.append((g, p))
    return sorted(pairs)


def _neg(score: Any) -> Any:
    return tuple(-s for s in score) if isinstance(score, tuple) else -score


def pred_range(span: Any, text: str, where: str) -> Range | None:
    """``(start, end)`` of a contract SPAN, checked against the article text; ``None`` if absent.

    Raises:
        EvalError: the span is not ``{start, end, text}`` with ``text == article[start:end]``.
    """
    if span is None:
        return None
    start, end = (span.get("start"), span.get("end")) if isinstance(span, dict) else (None, None)
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
        raise EvalError(f"{where}: {span!r} is not a span inside the article; give {{start, end, text}} "
                        "as character offsets into article.text (see ../shared/contract/extract-json.md)")
    if "text" in span and span["text"] != text[start:end]:
        raise EvalError(f"{where}: span text {span['text']!r} is not article.text[{start}:{end}] "
                        f"({text[start:end]!r}); the extractor's offsets are off")
    return start, end


@dataclass
class EventMatch:
    """Result of matching one document's events (indices into the gold and prediction lists)."""

    pairs: list[tuple[int, int]] = field(default_factory=list)  # required gold -> prediction
    optional_pairs: list[tuple[int, int]] = field(default_factory=list)  # neither TP nor FP
    missed: list[int] = field(default_factory=list)  # required gold events left over (FN)
    spurious: list[int] = field(default_factory=list)  # predictions left over (FP)


def match_events(gold: Sequence[GoldEvent], pred: Sequence[tuple[str, Range | None]]) -> EventMatch:
    """Match predicted ``(type, evidence_range)`` pairs to gold events."""
    def candidates(wanted: Iterable[int], free: set[int]) -> list[tuple[Any, int, int]]:
        out = []
        for g in wanted:
            ev = gold[g]
            for p in free:
                ptype, prange = pred[p]
                ov = overlap((ev.start, ev.end), prange)
                if ov and (ptype == ev.type or ptype in ev.alt_types):
                    out.append(((ov, int(ptype == ev.type)), g, p))
        return out

    required = [i for i, e in enumerate(gold) if not e.optional]
    optional = [i for i, e in enumerate(gold) if e.optional]
    free = set(range(len(pred)))
    pairs = greedy(candidates(required, free))
    free -= {p for _, p in pairs}
    optional_pairs = greedy(candidates(optional, free))
    free -= {p for _, p in optional_pairs}
    matched = {g for g, _ in pairs}
    return EventMatch(
        pairs=pairs,
        optional_pairs=optional_pairs,
        missed=[g for g in required if g not in matched],
        spurious=sorted(free),
    )


def match_attributions(gold: Sequence[GoldAttribution], pred_contents: Sequence[str]) -> list[tuple[int, int]]:
    """Pairs ``(gold, pred)`` whose content token F1 is at least 0.5, best F1 first."""
    gold_tokens = [tokens(a.content) for a in gold]
    pred_tokens = [tokens(c) for c in pred_contents]
    cands = []
    for g, gt in enumerate(gold_tokens):
        for p, pt in enumerate(pred_tokens):
            f = token_f1(gt, pt)
            if f >= ATTRIBUTION_THRESHOLD:
                cands.append((f, g, p))
    return greedy(cands)


def match_stances(
    gold: Sequence[GoldStance], pred: Sequence[tuple[str | None, str, Range | None]]
) -> list[tuple[int, int]]:
    """Pairs ``(gold, pred)`` for predicted ``(actor_code, topic, evidence_range)`` triples."""
    cands = []
    for g, st in enumerate(gold):
        for p, (code, topic, prange) in enumerate(pred):
            if code and country(code) == country(st.actor) and topic.casefold() == st.topic.casefold():
                score = (int(code == st.actor), overlap((st.start, st.end), prange))
                cands.append((score, g, p))
    return greedy(cands)


def country(code: str) -> str:
    """The country part of an actor code: ``"RUS.GOV"`` -> ``"RUS"``."""
    return code.split(".", 1)[0]


def countries(codes: Iterable[str | None]) -> set[str]:
    """Country parts of the non-empty codes."""
    return {country(c) for c in codes if c}


def _full_code_match(a: str, b: str) -> bool:
    return a == b if "." in a and "." in b else country(a) == country(b)


def codes_agree_full(gold: Sequence[str], pred: Sequence[str | None]) -> bool:
    """Full-code intersection: some pair of codes agree, comparing the whole code where both
    have a sector and the country otherwise. Two empty lists agree."""
    pred = [c for c in pred if c]
    if not gold and not pred:
        return True
    return any(_full_code_match(g, p) for g in gold for p in pred)


def targets_agree(gold_target: Sequence[str], pred_target: Sequence[str | None], gold_source: Sequence[str]) -> bool:
    """Country-level target agreement.

    The sets must intersect; both empty agree. An empty gold target also accepts a predicted
    target naming only countries of the gold source (reciprocal events such as "talks between
    Ukraine and Russia", coded source [UKR, RUS] with no target). A predicted target where gold
    has none otherwise counts as wrong, as does an empty prediction where gold has a target.
    """
    g, p = countries(gold_target), countries(pred_target)
    if not g:
        return not p or p <= countries(gold_source)
    return bool(g & p)


def speaker_matches(gold: GoldAttribution, name: str | None, code: str | None, anonymous: Any) -> bool:
    """Whether a predicted speaker is the gold speaker.

    Anonymous gold ("one Western official"): descriptions vary too much to compare words, so
    the prediction must be anonymous too and its ``speaker_code`` must have the gold country.
    Named gold: the names' token F1 is at least 0.5, or the last token of either name is one
    of the other's tokens ("Sullivan" vs "National Security Advisor Jake Sullivan").
    """
    if gold.anonymous:
        return bool(anonymous) and bool(code) and bool(gold.speaker_code) and \
            country(code) == country(gold.speaker_code)  # type: ignore[arg-type]
    g, p = tokens(gold.speaker), tokens(name)
    if not g or not p:
        return False
    return token_f1(g, p) >= 0.5 or g[-1] in p or p[-1] in g


def via_matches(gold_via: Sequence[str], pred_via: Sequence[str | None]) -> bool:
    """Reporting chains agree: same length, and each pair of names is equal after case-folding
    or one's tokens contain the other's ("NBC" vs "NBC News")."""
    if len(gold_via) != len(pred_via):
        return False
    for g, p in zip(gold_via, pred_via):
        tg, tp = set(tokens(g)), set(tokens(p))
        if not tg or not tp or not (tg <= tp or tp <= tg):
            return False
    return True
