"""One stance per actor and topic per article: how several statements become one.

Every statement found is a ``Candidate`` with a *tier* (how much it says about the actor's
own position) and a *recency*:

- tier 3: the actor's own words or the article's own voice ("Moscow reaffirmed that it's
  open to negotiations", "Zakharova: we are ready to negotiate", "Zelensky said ...");
  tier 2: someone else's report of it ("officials told NBC that Russia is open ...");
  one less for a hedge (could/might/may: "US and NATO could push for negotiations") and one
  less for a weak cue (explore, consider, hope, "talks are possible"); statements read off
  the events stage (``from_events.py``) are tier 1.
- recency ``earlier``: a statement dated before the publication week ("discouraged peace
  talks ... at the end of March") or marked as past ("recently signed a decree", "had
  ruled out"); everything else is ``current``.

Merge rule for the candidates of one (actor code, topic):

1. keep the current ones (all of them if none is current): a past position that the article
   reports as background does not override what the actor says now;
2. keep the highest tier among those;
3. if any of them is ``conditional`` the stance is conditional, with the conditions of all
   of them (an actor that is "open to talks" and "maintains conditions" is conditional;
   a refusal followed by "only after X" is conditional too); otherwise the most frequent
   position; on a tie an explicit deference (``neutral``: "it's up to Kyiv") wins, as the
   deliberate official line, else the statement earliest in the text (news leads with the
   news);
4. an ``open`` result becomes ``conditional`` when any current candidate of a lower tier
   states conditions ("conditional beats open when conditions are stated");
5. evidence, attribution and date come from the first kept candidate with the final
   position (its date, else the latest date among the kept ones).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..models import DateValue
from .conditions import outermost

__all__ = ["Candidate", "merge"]

CharRange = tuple[int, int]


@dataclass
class Candidate:
    actor: str  # actor id
    code: str  # actor code, sector added for states (see stage.normalise_code)
    topic: str
    position: str
    evidence: CharRange
    conditions: list[CharRange] = field(default_factory=list)
    attribution: str | None = None
    date: DateValue | None = None
    recency: str = "current"  # current | earlier
    tier: int = 3
    origin: str = "path"  # path | eval | defer | conditions | noun | event
    unconditional: bool = False


def _key(c: Candidate) -> tuple[str, str]:
    return (c.code, c.topic)


def merge_group(group: list[Candidate]) -> Candidate:
    """The one stance of an actor on a topic (rule in the module docstring)."""
    group = sorted(group, key=lambda c: c.evidence)
    current = [c for c in group if c.recency == "current"] or group
    top = max(c.tier for c in current)
    best = [c for c in current if c.tier == top]
    conditional = [c for c in best if c.position == "conditional"]
    if conditional:
        position = "conditional"
        conditions = outermost([r for c in conditional for r in c.conditions])
    else:
        counts = Counter(c.position for c in best)
        most = max(counts.values())
        tied = [p for p in counts if counts[p] == most]
        position = "neutral" if "neutral" in tied else next(c.position for c in best if counts[c.position] == most)
        conditions = []
        if position == "open":
            lower = [c for c in current if c.position == "conditional" and c.conditions and not c.unconditional]
            if lower:
                position = "conditional"
                conditions = outermost([r for c in lower for r in c.conditions])
    chosen = next((c for c in best if c.position == position), None)
    if chosen is None:
        chosen = next((c for c in best if c.position == "open"), best[0])
    date = chosen.date
    if date is None:
        dated = [c.date for c in current if c.date is not None]
        date = max(dated, key=lambda d: d.value) if dated else None
    return Candidate(
        actor=chosen.actor, code=chosen.code, topic=chosen.topic, position=position,
        evidence=chosen.evidence, conditions=conditions, attribution=chosen.attribution,
        date=date, recency=chosen.recency, tier=chosen.tier, origin=chosen.origin,
        unconditional=chosen.unconditional and not conditions,
    )


def merge(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per (actor code, topic), in text order of their evidence."""
    groups: dict[tuple[str, str], list[Candidate]] = {}
    for c in candidates:
        groups.setdefault(_key(c), []).append(c)
    merged = [merge_group(g) for g in groups.values()]
    merged.sort(key=lambda c: c.evidence)
    return merged
