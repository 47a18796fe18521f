"""A confidence in [0, 1] for an event, from simple evidence, for ranking and thresholds.

Starts from the trigger's strength in the lexicon (how reliably the word means the event:
"shelled" 0.95, "strike" 0.5), scales it down for missing or weak evidence, and adds a
little for arguments that resolved to actor codes:

- source: missing (x0.6), found but uncoded (x0.85), not the clause's own subject but
  inherited or the speaker (x0.95); coded (+0.1);
- target: coded, or a reciprocal event with two or more sources (+0.1);
- a nominal trigger (x0.9): nouns are more often background than report;
- no actor code on either side (x0.85): uncoded people, firms and things are where the
  accidents, business and everyday senses of trigger words hide ("Lion Air has been funding
  searches", "states ... visiting their ports");
- hypothetical (x0.85); a participle adjunct (", killing one person") (x0.8); an event kept
  only as the condition of another ("if Ukraine retakes Kherson") (x0.6).

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
    secondary: bool = False,
    condition_only: bool = False,
) -> float:
    score = strength
    if not source_found:
        score *= 0.6
    elif not source_coded:
        score *= 0.85
    if source_found and source_path != "subject":
        score *= 0.95
    if nominal:
        score *= 0.9
    if not source_coded and not target_coded and not reciprocal:
        score *= 0.85
    if modality == "hypothetical":
        score *= 0.85
    if secondary:
        score *= 0.8
    if condition_only:
        score *= 0.6
    if target_coded or reciprocal:
        score += 0.1
    if source_coded:
        score += 0.1
    return round(max(0.05, min(0.99, score)), 3)
