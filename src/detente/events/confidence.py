"""A confidence in [0, 1] for an event, from simple evidence, for ranking and thresholds.

Starts from the trigger's strength in the lexicon (how reliably the word means the event:
"shelled" 0.95, "strike" 0.5) and adds or removes evidence:

- source: resolved to an actor code (+0.12), found but uncoded (0), missing (-0.25);
  taken from the clause's own subject (+0.04) rather than inherited or from a speaker;
- target: coded (+0.05), or a reciprocal event with two or more sources (+0.05);
- a nominal trigger (-0.05): nouns are more often background than report;
- modality: hypothetical (-0.1), a clear negation/future cue (0);
- a composed event (control word + embedded event) whose control word is strong keeps the
  control word's strength; a reported obligation ("X said Y must") is 0.55 at most.

The numbers are hand-set so that ``--min-confidence 0.5`` keeps events with a coded source
and a clear trigger and drops weak guesses (tests check precision rises on the dev sets).
"""

from __future__ import annotations

__all__ = ["confidence"]


def confidence(
    strength: float,
    *,
    source_found: bool,
    source_coded: bool,
    source_path: str,
    target_coded: bool,
    reciprocal: bool,
    nominal: bool,
    modality: str,
    obligation: bool = False,
) -> float:
    score = strength
    if not source_found:
        score -= 0.25
    elif source_coded:
        score += 0.12
    if source_found and source_path == "subject":
        score += 0.04
    if target_coded or reciprocal:
        score += 0.05
    if nominal:
        score -= 0.05
    if modality == "hypothetical":
        score -= 0.1
    if obligation:
        score = min(score, 0.55)
    return round(max(0.05, min(0.99, score)), 3)
