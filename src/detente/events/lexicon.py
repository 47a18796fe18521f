"""Event triggers by lemma: which word means which PLOVER event, and how it takes arguments.

The data is the ``triggers/`` folder next to this module: one file per PLOVER type, control
words and light verbs (``triggers/README.md`` documents every field). The lexicon is built
once per process (``load_lexicon``) and looked up per token in constant
time: ``Lexicon.match(token)`` returns the first ``Entry`` of the token's lemma and part of
speech whose local constraints (particle, object, surface form, modifiers, passive) hold.
Constraints that need the whole argument analysis (``needs``: place, embedded, target) are
left to ``detect``; the others (``clause``, ``passive``, ``person``, ``actor_object`` ...) are
checked here, so that when one fails the word's next entry gets its turn.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy
import yaml
from spacy.attrs import LEMMA, POS
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc, Token

from . import arguments
from .derive import derived_entries
from .plover import TYPES, is_mode

__all__ = ["CONTROLS", "Entry", "Lexicon", "PLACE_NOUNS", "load_lexicon", "object_lemmas", "shared_objects"]

CONTROLS = frozenset({"commit", "threaten", "refuse", "request", "plan", "hypo", "neg", "aspect"})
NEEDS = frozenset(
    {"place", "person", "actor_object", "clause", "passive", "embedded", "target", "complement", "from_place",
     "intransitive", "active", "nonactor_object"}
)
PLACE_NOUNS = frozenset(
    """city town village region area territory province district bank border base position
    outpost front frontline capital island peninsula zone enclave settlement port airport
    country state oblast county valley hill heights""".split()
)
# needs that ``Entry.accepts`` checks on the token itself (the rest are left to ``detect``)
_LOCAL_NEEDS = frozenset({"passive", "complement", "from_place", "intransitive", "active", "clause",
                          "person", "actor_object"})
_POS = {"VERB": "verb", "NOUN": "noun", "PROPN": "noun", "ADJ": "adj"}
_POS_BY_ID = {IDS[name]: pos for name, pos in _POS.items()}
_POS_IDS = numpy.array(sorted(_POS_BY_ID), dtype="uint64")
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})


@dataclass(frozen=True)
class Entry:
    lemma: str
    pos: str  # verb | noun | adj
    type: str | None = None
    mode: str | None = None
    control: str | None = None
    particle: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    objects_not: frozenset[str] = frozenset()
    from_objects: frozenset[str] = frozenset()
    target: tuple[str, ...] = ("dobj",)
    strength: float = 0.8
    needs: frozenset[str] = frozenset()
    forms: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    realize: str = "light"  # nouns: light | object
    lights: frozenset[str] = frozenset()  # nouns: the only verbs that realise it
    states: frozenset[str] = frozenset()  # nouns: "on alert", "under investigation"
    undergoer: bool = False  # passive without agent: the passive subject is the source
    priority: int = 0  # tried before a lemma's entries of lower priority, whatever their constraints
    derived_from: str | None = None  # the listed word this entry was derived from (``derive``)

    @property
    def specificity(self) -> int:
        """How constrained the entry is: lexical constraints count three, syntactic ones one.
        A lemma's entries are tried most specific first."""
        lexical = (self.objects, self.forms, self.modifiers, self.lights, self.from_objects, self.states)
        return 3 * sum(1 for c in lexical if c) + bool(self.particle) + len(self.needs & _LOCAL_NEEDS)

    def accepts(self, token: Token, memo: dict[str, set[str]] | None = None) -> bool:
        """Whether TOKEN's own syntax fits this entry (particle, objects, form, voice). MEMO
        keeps TOKEN's object lemmas between the entries of one word."""
        if self.forms and token.lower_ not in self.forms:
            return False
        if self.lights and not (token.dep_ in ("dobj", "nsubjpass") and _knows(token.head, self.lights)) \
                and not _instrument_of(token, self.lights):
            return False
        if self.particle and not any(
            c.dep_ in ("prt", "prep", "advmod", "npadvmod") and c.lower_ in self.particle and not _temporal(c)
            for c in token.children
        ):
            return False  # "sent troops in", not "sent troops home in December"
        if self.modifiers and not any(
            c.dep_ in ("compound", "amod", "nmod")
            and (c.lemma_.lower() in self.modifiers
                 or f"{_word_before(c)} {c.lemma_.lower()}" in self.modifiers)
            for c in token.children
        ):
            return False  # a two-word modifier ("live fire") needs both words: no "fire drill"
        if "passive" in self.needs and not any(c.dep_ == "auxpass" for c in token.children):
            return False
        if "complement" in self.needs and not any(
            c.dep_ in ("xcomp", "ccomp", "dobj", "dative")
            or (c.dep_ in ("prep", "prt") and c.lower_ in ("to", "on", "upon", "for", "out", "down"))
            for c in token.children
        ):
            return False
        if "from_place" in self.needs and not _from_place(token):
            return False
        if "intransitive" in self.needs and any(c.dep_ in ("dobj", "ccomp") for c in token.children):
            return False  # "demonstrated heroism", "demonstrated that ...", "call it X on"
        if "active" in self.needs and _passive(token):
            return False  # "was flown to Moscow": carried, not travelling
        if "actor_object" in self.needs and not arguments.has_actor_object(token):
            return False  # checked here so that the word's next sense gets its turn
        if "person" in self.needs and token.pos_ == "VERB" and not arguments.has_person_subject(token):
            return False
        if "clause" in self.needs and not any(
            c.dep_ in ("ccomp", "xcomp", "pcomp") or (c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children))
            for c in token.children
        ):
            return False
        if self.objects or self.objects_not:
            lemmas = memo.get("objects") if memo is not None else None
            if lemmas is None:
                lemmas = object_lemmas(token)
                if memo is not None:
                    memo["objects"] = lemmas
            if self.objects and not (lemmas & self.objects):
                return False
            if lemmas & self.objects_not:
                return False
        if self.from_objects:
            froms = {
                g.lemma_.lower()
                for c in token.children
                if c.dep_ in ("prep", "prt", "advmod")
                for p in ([c] if c.lower_ in ("from", "of") else
                          [x for x in c.children if x.dep_ == "prep" and x.lower_ in ("from", "of")]
                          if c.lower_ in ("out", "away") else [])
                if p.lower_ == "from" or c.lower_ in ("out", "away")
                for g in p.children
                if g.dep_ == "pobj"
            }  # "withdrew from the treaty", "pulled out of the deal"
            if not froms & self.from_objects:
                return False
        if self.realize == "state" and not (token.dep_ == "pobj" and token.head.lower_ in self.states):
            return False  # "went on strike": a state-only sense leaves other uses of the noun alone
        return True


def object_lemmas(token: Token) -> set[str]:
    """Lemmas that can fill TOKEN's object slot: the direct object (or passive subject, or the
    noun a participle modifies, or the subject of an object clause: "allowed the inspectors to
    visit"), a verb's objects of "with", "on" and "as" ("hit Moscow with sanctions", "put the group on
    a terrorist list", "described the ruling as an attack"), their conjuncts, compounds and "of"
    complements ("tons of food aid"); for intransitives the first prepositional object after
    the verb. A coordinated verb without an object shares its partner's ("killed and wounded
    twelve")."""
    heads = [c for c in token.children if c.dep_ in _OBJECT_DEPS]
    if token.dep_ in ("acl", "relcl") and token.tag_ == "VBN":
        heads.append(token.head)
    if not heads:
        heads = [g for c in token.children if c.dep_ in ("ccomp", "xcomp") and c.i > token.i
                 for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")][:1]
    if not heads:
        heads = shared_objects(token)
    extra = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "on", "as") and c.i > token.i
             for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")] if token.pos_ == "VERB" else []
    extra += [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
              for g in c.children if g.dep_ == "pobj"] if token.pos_ == "VERB" else []  # "the verdict as an attack"
    if not heads:
        heads = [g for c in token.children if c.dep_ in ("prep", "prt") and c.i > token.i
                 for g in c.children if g.dep_ == "pobj"][:1]
    out: set[str] = set()
    for head in heads + extra:
        for h in [head, *head.conjuncts]:
            out.add(h.lemma_.lower())
            for c in h.children:
                if c.dep_ in ("compound", "amod"):
                    out.add(c.lemma_.lower())
                elif c.dep_ == "prep" and c.lower_ == "of":
                    out.update(g.lemma_.lower() for g in c.children if g.dep_ == "pobj")
    return out


def shared_objects(verb: Token) -> list[Token]:
    """The object VERB shares with the verb coordinated after it ("killed and wounded twelve
    people": "killed" has "people" too), when VERB has none of its own."""
    if any(c.dep_ in _OBJECT_DEPS or c.dep_ in ("prep", "prt", "ccomp", "xcomp") for c in verb.children):
        return []  # "bowed to pressure and dismissed the minister": "bowed" has its own complement
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            objs = [g for g in c.children if g.dep_ == "dobj"]
            if objs:
                return objs
    return []


class Lexicon:
    """Trigger entries by (part of speech, lemma), plus the light-verb lists."""

    def __init__(self, files: dict[str, dict[str, Any]]) -> None:
        """FILES: file stem -> parsed YAML; a PLOVER type's file gives its entries that type."""
        gathered: dict[tuple[str, str], list[Entry]] = {}
        light: list[str] = []
        realize_subject: list[str] = []
        for stem in sorted(files):
            data = files[stem] or {}
            etype = stem if stem in TYPES else None
            if etype is None and stem not in ("_controls", "_light"):
                raise ValueError(f"triggers/{stem}.yaml: name a file after a PLOVER type, or _controls/_light")
            for pos in ("verb", "noun", "adj"):
                for lemma, spec in (data.get(pos) or {}).items():
                    specs = spec if isinstance(spec, list) else [spec]
                    gathered.setdefault((pos, str(lemma)), []).extend(
                        _entry(str(lemma), pos, {**s, "type": etype} if etype else s, stem) for s in specs
                    )
            light.extend(data.get("light") or ())
            realize_subject.extend(data.get("realize_subject") or ())
        self.entries: dict[tuple[str, str], tuple[Entry, ...]] = {
            key: tuple(sorted(entries, key=lambda e: (-e.priority, -e.specificity))) for key, entries in gathered.items()
        }
        self.light = frozenset(light)
        self.realize_subject = frozenset(realize_subject)
        self.derived_cache: dict[tuple[str, str], tuple[Entry, ...]] = {}

    def __len__(self) -> int:
        return sum(len(v) for v in self.entries.values())

    def lemma(self, token: Token) -> str:
        """TOKEN's lemma, repaired for inflected verbs the lemmatizer gets wrong ("staged" ->
        "stag", "raped" -> "rap"): a surface stem that the lexicon knows wins over an unknown
        lemma, and over a short lemma whose inflection would double its last consonant."""
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB":
            return lemma
        low = token.lower_
        if _undoubled(low, lemma) and ("verb", lemma + "e") in self.entries:
            return lemma + "e"  # "raped" is "rape": "rap" would make "rapped"
        if ("verb", lemma) in self.entries or lemma in self.light:
            return lemma
        for stem in _stems(low):
            if ("verb", stem) in self.entries or stem in self.light:
                return stem
        return lemma

    def candidates(self, token: Token) -> tuple[Entry, ...]:
        pos = _POS.get(token.pos_)
        if pos is None:
            return ()
        lemma = self.lemma(token) if pos == "verb" else token.lemma_.lower()
        listed = self.entries.get((pos, lemma))
        if listed is not None:
            return listed
        if pos == "verb" and lemma in self.light:
            return ()
        return derived_entries(self, pos, lemma)

    def match(self, token: Token) -> Entry | None:
        """The first entry of TOKEN's lemma whose local constraints hold, or ``None``."""
        memo: dict[str, set[str]] = {}
        for entry in self.candidates(token):
            if entry.accepts(token, memo):
                return entry
        return None

    def match_doc(self, doc: Doc) -> dict[int, Entry]:
        """Token index -> entry for every token of DOC that ``match`` gives one. Reads the
        part of speech and lemma from the Doc's arrays, so the tokens that cannot match (most
        of them) cost no Token object."""
        out: dict[int, Entry] = {}
        if not len(doc):
            return out
        strings = doc.vocab.strings
        rows = doc.to_array([POS, LEMMA])
        for i in numpy.flatnonzero(numpy.isin(rows[:, 0], _POS_IDS)).tolist():
            pos_id, lemma_id = int(rows[i, 0]), int(rows[i, 1])
            pos = _POS_BY_ID[pos_id]
            if pos != "verb":  # verbs may need their lemma repaired from the surface form
                lemma = strings[lemma_id].lower()
                if (pos, lemma) not in self.entries and not derived_entries(self, pos, lemma):
                    continue
            entry = self.match(doc[i])
            if entry is not None:
                out[i] = entry
        return out


def _passive(token: Token) -> bool:
    """Whether TOKEN is passive, itself or as a subjectless conjunct of a passive verb."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        return True
    if token.dep_ == "conj" and token.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in token.children):
        return any(c.dep_ == "auxpass" for c in token.head.children)
    return False


def _from_place(token: Token) -> bool:
    """Whether TOKEN has a "from"/"of"/"out of" object naming a place."""
    for c in token.children:
        if c.dep_ not in ("prep", "prt"):
            continue
        preps = [c] if c.lower_ in ("from", "of") else [g for g in c.children if g.dep_ == "prep" and g.lower_ in ("from", "of")]
        for p in preps:
            for o in p.children:
                if o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "LOC", "FAC") or o.lemma_.lower() in PLACE_NOUNS):
                    return True
    return False


def _instrument_of(token: Token, lights: frozenset[str]) -> bool:
    """Whether TOKEN is what one of LIGHTS does something "with" ("hit Mexico with a new
    levy", "slapped Russia with sanctions")."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "with" and prep.head.pos_ == "VERB" and _knows(prep.head, lights)


def _temporal(prep: Token) -> bool:
    """Whether PREP heads a time phrase ("in December", "on Thursday"): no particle then."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _undoubled(surface: str, lemma: str) -> bool:
    """Whether SURFACE inflects LEMMA without the doubling a short consonant-vowel-consonant
    verb needs ("raped" from "rap" would be "rapped"), so LEMMA + "e" is the real lemma."""
    if not (3 <= len(lemma) <= 4 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou"):
        return False
    return surface in (lemma + "ed", lemma + "ing", lemma + "es")


def _word_before(token: Token) -> str:
    """The lemma of the word before TOKEN, across a hyphen ("live-fire" -> "live")."""
    i = token.i - 1
    if i >= 0 and token.doc[i].text == "-":
        i -= 1
    return token.doc[i].lemma_.lower() if i >= 0 else ""


def _knows(verb: Token, lemmas: frozenset[str]) -> bool:
    return verb.lemma_.lower() in lemmas or any(stem in lemmas for stem in _stems(verb.lower_))


def _stems(word: str) -> list[str]:
    out = []
    for suffix, add in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""),
                        ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)] + add
            out.append(stem)
            if add == "" and len(stem) > 3 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "shelled" -> "shell", "shipped" -> "ship"
    return out


def _entry(lemma: str, pos: str, spec: dict[str, Any], stem: str = "?") -> Entry:
    etype, control = spec.get("type"), spec.get("control")
    if etype is None and control is None:
        raise ValueError(f"triggers/{stem}.yaml: {pos} {lemma!r} needs a type or a control")
    if etype is not None and etype not in TYPES:
        raise ValueError(f"triggers/{stem}.yaml: {pos} {lemma!r} has unknown type {etype!r}")
    if etype is not None and not is_mode(etype, spec.get("mode")):
        raise ValueError(f"triggers/{stem}.yaml: {pos} {lemma!r}: {spec.get('mode')!r} is no mode of {etype}")
    if control is not None and control not in CONTROLS:
        raise ValueError(f"triggers/{stem}.yaml: {pos} {lemma!r} has unknown control {control!r}")
    needs = frozenset(spec.get("needs") or ())
    if needs - NEEDS:
        raise ValueError(f"triggers/{stem}.yaml: {pos} {lemma!r} has unknown needs {sorted(needs - NEEDS)}")
    return Entry(
        lemma=lemma,
        pos=pos,
        type=etype,
        mode=spec.get("mode"),
        control=control,
        particle=frozenset(spec.get("particle") or ()),
        objects=frozenset(spec.get("objects") or ()),
        objects_not=frozenset(spec.get("objects_not") or ()),
        from_objects=frozenset(spec.get("from_objects") or ()),
        target=tuple(spec.get("target") or ("dobj",)),
        strength=float(spec.get("strength", 0.8)),
        needs=needs,
        forms=frozenset(spec.get("forms") or ()),
        modifiers=frozenset(spec.get("modifiers") or ()),
        realize=spec.get("realize", "light"),
        lights=frozenset(spec.get("lights") or ()),
        undergoer=bool(spec.get("undergoer")),
        states=frozenset(spec.get("states") or ()),
        priority=int(spec.get("priority", 0)),
    )


class _Loader(yaml.SafeLoader):
    """YAML without implicit booleans: the prepositions "on" and "off" stay words."""


_Loader.yaml_implicit_resolvers = {
    key: [r for r in resolvers if r[0] != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The built-in lexicon (parsed once per process)."""
    folder = resources.files("detente.events") / "triggers"
    files = {
        f.name[: -len(".yaml")]: yaml.load(f.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506
        for f in folder.iterdir()
        if f.name.endswith(".yaml")
    }
    return Lexicon(files)
