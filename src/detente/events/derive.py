"""Triggers past the list: words the lexicon lacks that are regular derivations of words it has.

News coins forms faster than any list: "reimposed", "counter-attack", "bombardment",
"incarceration", "the seizure of", "mobilisation". ``derived_entries(lexicon, pos, lemma)``
finds, for an unknown lemma, a lexicon word it is derived from and returns that word's
entries adapted to the new form, with lower strength (``DERIVED_STRENGTH``) and
``derived_from`` set so the evidence says which listed word it stands for:

- a repeating or countering prefix keeps the meaning: re-, counter- ("reimpose" as "impose",
  "counteroffensive" as "offensive");
- British and American spellings are one word ("mobilisation"/"mobilization", "defence");
- a nominalisation means the verb's event: -ment, -ation/-ition/-ion, -al, -ure, -ance/-ence,
  -ing ("bombardment" is "bombard", "withdrawal" "withdraw", "seizure" "seize"). The verb's
  direct object becomes the noun's "of" phrase ("the seizure of the port"), and the noun is an
  event only where nouns are (it needs a realising verb or named participants).

Derivation is tried only for lemmas with no entry of their own; never from control words or
phrasal senses ("rule out" gives no "ruling"), for short words (where suffix stripping
guesses wildly) or for false friends ("recommend", "the opposition", "provisions"). The
result for each (pos, lemma) is cached: the cost is one dictionary look-up per token.

Word vectors were the other candidate: the md model's vectors are pruned to 20,000 rows that
many words share, so "die" and "kill", "defend" and "destroy", "say" and "agree" have the same
vector; nearest neighbours over them code the opposite of what was said.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lexicon import Entry, Lexicon

__all__ = ["DERIVED_STRENGTH", "derived_entries"]

DERIVED_STRENGTH = 0.75  # a derived entry's strength is its source's times this
_MIN_STEM = 4
_PREFIXES = ("re-", "re", "counter-", "counter")
_SPELLINGS = (("isation", "ization"), ("ise", "ize"), ("yse", "yze"), ("ence", "ense"), ("our", "or"))
# noun suffix -> verb endings to try ("bombardment" -> "bombard"; "mobilization" -> "mobilize")
_NOMINAL = (
    ("ization", ("ize",)), ("isation", ("ise", "ize")), ("ation", ("ate", "", "e")),
    ("ition", ("ite", "e")), ("ution", ("ute",)), ("ction", ("ct",)), ("ssion", ("ss", "t", "d")),
    ("sion", ("de", "d", "se")), ("tion", ("te", "t")), ("ment", ("",)), ("al", ("", "e")),
    ("ure", ("e",)), ("ance", ("", "e")), ("ence", ("", "e")), ("ing", ("", "e")),
)
_VERB_OBJECT_ROLES = {"dobj": "of", "dative": "to"}
# English words that look derived from a listed word but mean something else ("recommend" is no
# re-commending, "the opposition" no opposing, "provisions" no providing)
_FALSE_FRIENDS = frozenset(
    """recharge recommend recondition refund remediate remediation repackage repetition repress
    reset retable retry rewound repass counterpoise counterforce commission provision
    opposition signal ruling""".split()
)


def _variants(lemma: str) -> list[str]:
    out = []
    for prefix in _PREFIXES:
        if lemma.startswith(prefix) and len(lemma) - len(prefix) >= _MIN_STEM:
            out.append(lemma[len(prefix):])
    for a, b in _SPELLINGS:
        for x, y in ((a, b), (b, a)):
            if x in lemma:
                out.append(lemma.replace(x, y))
    return out


def _verb_bases(noun: str) -> list[str]:
    out = []
    for suffix, endings in _NOMINAL:
        if noun.endswith(suffix) and len(noun) - len(suffix) >= _MIN_STEM - 1:
            stem = noun[: -len(suffix)]
            out.extend(stem + e for e in endings)
            if suffix == "ing" and len(stem) > 3 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "shelling" -> "shell" is above; "shipping" -> "ship"
            break
    return out


def _as_noun(entry: Entry, lemma: str) -> Entry:
    roles = tuple(_VERB_OBJECT_ROLES.get(r, r) for r in entry.target)
    return replace(entry, lemma=lemma, pos="noun", target=roles, particle=frozenset(),
                   needs=entry.needs - {"passive", "complement", "intransitive", "active", "clause"})


def derived_entries(lexicon: Lexicon, pos: str, lemma: str) -> tuple[Entry, ...]:
    """Entries for LEMMA (of POS: verb, noun or adj) derived from a listed word, or ``()``."""
    key = (pos, lemma)
    cache = lexicon.derived_cache
    if key in cache:
        return cache[key]
    found: tuple[Entry, ...] = ()
    if lemma not in _FALSE_FRIENDS and len(lemma) > _MIN_STEM + 1 and lemma.replace("-", "").isalpha():
        for variant in _variants(lemma):
            base = lexicon.entries.get((pos, variant))
            if base:
                found = tuple(_derived(e, lemma, variant) for e in base if e.type is not None)
                break
        if not found and pos == "noun":
            for verb in _verb_bases(lemma.replace("-", "")):
                base = lexicon.entries.get(("verb", verb))
                if base and ("noun", verb) not in lexicon.entries:
                    found = tuple(_derived(_as_noun(e, lemma), lemma, verb) for e in base
                                  if e.type is not None and e.control is None and not e.particle)
                    if found:
                        break
    cache[key] = found
    return found


def _derived(entry: Entry, lemma: str, source: str) -> Entry:
    return replace(entry, lemma=lemma, strength=round(entry.strength * DERIVED_STRENGTH, 3), derived_from=source)
