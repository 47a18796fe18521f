"""People the article names in full, by the short forms it uses for them later.

News names a person once in full ("South African opposition politician Mmusi Maimane") and
then by surname ("Maimane says ..."). The statistical NER labels those later mentions
inconsistently: as a person, an organisation ("Maimane, who headed ...") or even a place
("Zamora said", "Rubio told": towns of those names exist). ``article_people`` reads the
Doc's PERSON entities once and maps each short form to the first full mention, so the places
stage can keep such a token from becoming a place and the actor stage can join it to the
person whatever its label.

Short forms of "Mahdi Mohamed Guled": "Guled"; of "Lionel Bethune de Moro": "Moro", "de
Moro" and "Bethune de Moro" (everything after the first name). A short form two full names
share goes to the first of them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .names import fold

__all__ = ["article_people", "short_forms"]

# Words that are part of a written name but never a short form on their own.
_PARTICLES = frozenset("de da di del della der van von la le al el bin ibn ben du dos das".split())
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


def _strip_possessive(text: str) -> str:
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def short_forms(name: str) -> list[str]:
    """The folded short forms a full NAME is referred to by (empty for a one-word name)."""
    words = [w for w in _strip_possessive(name).split() if w.lower() not in _SUFFIXES]
    if len(words) < 2:
        return []
    forms = []
    last = words[-1]
    if last.lower() not in _PARTICLES and last[:1].isupper():
        forms.append(last)
    rest = words[1:]
    while rest and rest[0].lower() in _PARTICLES:
        rest = rest[1:]
    for k in range(len(rest) - 1):
        # "Bethune de Moro", "de Moro": the tail after the first name
        tail = rest[k:]
        if len(tail) >= 2:
            forms.append(" ".join(tail))
    if len(words) >= 3 and words[-2].lower() in _PARTICLES:
        forms.append(" ".join(words[-2:]))
    return list(dict.fromkeys(fold(f) for f in forms if f))


def article_people(doc: Doc) -> dict[str, Span]:
    """Folded short form -> the first PERSON entity of DOC written in full with it."""
    people: dict[str, Span] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        for form in short_forms(ent.text):
            people.setdefault(form, ent)
    return people
