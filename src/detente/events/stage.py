"""Stage ``detente_events``: every event an article reports, as PLOVER ``Event`` records.

For one Doc: ``detect.find_events`` finds triggers, embeds events in control words, and
reads arguments and modality from the parse; this module turns each ``Found`` into an
``Event``: arguments become actors (``arguments.resolve_actors``, through the actor
stage), the event gets its date and place (``timeplace``), the attribution whose content
holds its trigger, its condition (the event of the if-clause it depends on), the
quantities in its evidence, a CAMEO root code and a confidence. A request for someone's
release that names no holder is addressed to the government of the story's country; an
agentless seizure, or killing of armed men, that the military reports is the military's.

``evidence`` is the shortest span of the sentence covering the trigger, the arguments'
noun phrases and the direct object ("mobilizing 300,000 fresh troops"). Ids are e1, e2, ...
in text order of the triggers.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..intervals import Innermost
from ..models import Event, Span as TextSpan
from ..nlp import budget
from ..nlp.extensions import doc_list
from . import arguments as args
from .cameo import cameo_code
from .confidence import confidence
from .detect import Found, find_events
from .lexicon import load_lexicon
from .modality import speech_head
from .plover import SPEECH_ACTS
from .quantities import find_quantity_spans
from .timeplace import entity_index, event_date, event_place, inherit_context

__all__ = ["extract_events"]


def extract_events(doc: Doc) -> list[Event]:
    """The events of DOC (also stored in ``doc._.events`` by the component)."""
    lexicon = load_lexicon()
    found = find_events(doc, lexicon)
    ents = entity_index(doc)
    article = doc._.article
    published = getattr(article, "published", None)
    attributions = Innermost((a.content.start, a.content.end, a) for a in doc._.attributions or [])
    pairs = []
    for f in found:
        budget.check(doc)
        event = _event(doc, f, "", ents, published, attributions)
        if not _domestic_visit(event) and not _civilian_force(event):
            pairs.append((f, event))
    for n, (_, event) in enumerate(pairs, 1):
        event.id = f"e{n}"
    kept_found, events = [f for f, _ in pairs], [e for _, e in pairs]
    _link_conditions(kept_found, events)
    inherit_context(kept_found, events, published)
    return events


def _purpose_of(verb: Token) -> Token | None:
    """The verb a purpose infinitive serves ("were in Washington this week to meet with
    lawmakers"): where that happened, the purpose did."""
    if verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return verb.head
    return None


_ARMED_NOUNS = frozenset(
    """rebel militant fighter insurgent terrorist attacker gunman jihadist extremist militia
    militiaman guerrilla assailant bandit""".split()
)


def _forces_report(f: Found) -> bool:
    """Whether F is what armed forces report having done, in an agentless passive: "the army
    says ammunition was seized and several rebels were neutralized" (coercion, or violence
    against armed men); the caller keeps it only when the speakers are military."""
    if f.type not in ("ASSAULT", "COERCE") or f.entry.pos != "verb" or not args.is_passive(f.head) \
            or args.agent(f.head) or f.modality.speech is None:
        return False
    if f.type == "COERCE":
        return True
    return any(t.lemma_.lower() in _ARMED_NOUNS for t in args.role_objects(f.head, "dobj"))


_RELEASE_WORDS = frozenset({"release", "freedom", "freeing"})


def _asks_release(f: Found) -> bool:
    """Whether a request asks for someone's release ("called for his immediate release")."""
    for c in f.head.children:
        objs = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else []
        if any(o.lemma_.lower() in _RELEASE_WORDS for o in objs):
            return True
    inner = f.embedded
    return inner is not None and inner.head.lemma_.lower() in _RELEASE_WORDS


def _detainer(doc: Doc, source_codes: list[str]) -> list[str]:
    """Who is asked to release a prisoner the story names no holder of: the government of
    the country the story is about (its political prisoners), unless that is the asker's."""
    index = doc._.actor_index
    story = index.context.story_country() if index is not None else None
    if story is None or any(c.split(".", 1)[0] == story[0] for c in source_codes):
        return []
    return [f"{story[0]}.GOV"]


def _domestic_visit(event: Event) -> bool:
    """A visit inside the visitor's own country ("Biden visited Kenosha") is no CONSULT."""
    if event.type != "CONSULT" or event.mode != "visit" or not event.source_codes or not event.target_codes:
        return False
    src = {c.split(".", 1)[0] for c in event.source_codes}
    tgt = {c.split(".", 1)[0] for c in event.target_codes}
    return tgt <= src


_CIVILIAN_SECTORS = frozenset({"BUS", "MED", "EDU", "HLH", "SPT"})


def _civilian_force(event: Event) -> bool:
    """A weapons test or show of force by companies, media, schools ("SpaceX tested its Falcon
    Heavy rocket") is no MOBILIZE: only states and armed groups mobilize."""
    if event.type != "MOBILIZE" or not event.source_codes:
        return False
    return all(c.rsplit(".", 1)[-1] in _CIVILIAN_SECTORS and "." in c for c in event.source_codes)


def _attribution_of(attributions: Innermost, char: int):
    return attributions.at(char)  # the shortest content holding CHAR: the innermost report


def _event(doc: Doc, f: Found, eid: str, ents, published, attributions) -> Event:
    speech = f.modality.speech or speech_head(f.anchor)
    speakers = [s for s in args.subjects(speech) if args.is_actorish(s)] if speech is not None else []
    attribution = _attribution_of(attributions, f.head.idx)
    speaker_actor = None  # for "we"/"I" in a quote, or a speech act without a subject
    if attribution is not None and attribution.speaker and (
        _first_person(f.sources) or (not f.sources and f.type in SPEECH_ACTS)
    ):
        speaker_actor = (attribution.speaker, attribution.speaker_code)
    source_tokens = f.sources
    source_path = f.source_path
    if not source_tokens and f.type in SPEECH_ACTS and f.mode != "investigate" and (speakers or speaker_actor):
        source_tokens = speakers  # a speech act with no subject of its own is the speaker's
        source_path = "speaker"
    if any(t.pos_ == "PRON" for t in source_tokens) and (speakers or speaker_actor):
        source_path = "speaker"
    forces_report = not source_tokens and speakers and _forces_report(f)
    if forces_report:
        source_tokens = speakers
    source_ids, source_codes = args.resolve_actors(doc, source_tokens, speakers, speaker_actor)
    if forces_report and not any(c.endswith(".MIL") for c in source_codes):
        source_tokens, source_ids, source_codes = [], [], []
    elif forces_report:
        source_path = "speaker"
    if not source_tokens and source_path == "speaker" and speaker_actor is not None:
        source_ids, source_codes = [speaker_actor[0]], [c for c in [speaker_actor[1]] if c]
    target_ids, target_codes = args.resolve_actors(doc, f.targets, speakers, speaker_actor)
    own_ids, own_codes = set(source_ids), set(source_codes)
    target_ids = [t for t in target_ids if t not in own_ids]
    target_codes = [c for c in target_codes if c not in own_codes or not f.reciprocal]
    location = event_place(f.type, [f.anchor] if f.obligation else [f.head, f.light, f.anchor, _shared_verb(f.anchor), _purpose_of(f.head)],
                           ents, [] if f.obligation else _objects(f))  # a demand is not made where the deed is
    if f.type in _HOSTILE_ACTS and location is not None and location.country:
        target_codes = _civilian_victims(f, target_codes, location.country)
    if not target_codes and f.type == "REQUEST" and _asks_release(f):
        target_codes = _detainer(doc, source_codes)
    modality = f.modality.value
    trigger = _text_span(doc, min(t.i for t in f.trigger), max(t.i for t in f.trigger))
    evidence = _evidence(doc, f)
    quantities = [q for _, _, q in find_quantity_spans(evidence.text)]
    return Event(
        id=eid,
        type=f.type,
        mode=f.mode,
        source=source_ids,
        target=target_ids,
        source_codes=source_codes,
        target_codes=target_codes,
        modality=modality,
        trigger=trigger,
        evidence=evidence,
        attribution=attribution.id if attribution is not None else None,
        date=event_date(f.type, modality, f.head, f.anchor, f.light, speech, ents, published,
                        looking=f.modality.before or modality),
        location=location,
        quantities=quantities,
        confidence=confidence(
            f.entry.strength,
            source_found=bool(source_ids),
            source_coded=bool(source_codes),
            source_path=source_path,
            target_coded=bool(target_codes),
            reciprocal=f.reciprocal,
            nominal=f.entry.pos == "noun",
            modality=modality,
            secondary=f.secondary,
            condition_only=f.condition_only,
        ),
        cameo=cameo_code(f.type, f.mode),
    )


_HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE"})
# what violence and repression are done to when no actor is named: the people of the place
_CIVILIAN_NOUNS = frozenset(
    """people person civilian resident villager inhabitant passenger worker family child woman
    man student village town home house hospital school market township neighbourhood
    neighborhood camp settlement shop mosque church clinic""".split()
)


def _civilian_victims(f: Found, codes: list[str], country: str) -> list[str]:
    """Target codes of a hostile act done in COUNTRY: civilians and their homes with no
    nationality of their own are COUNTRY.CVL ("shelled three villages" in Sudan: SDN.CVL), also
    when the actor stage guessed another country for them from the sentence."""
    victims = [t for t in [*f.targets, *_objects(f)] if t.lemma_.lower() in _CIVILIAN_NOUNS]
    if not victims or any(_named_nationality(t) for t in victims):
        return codes
    cvl = f"{country}.CVL"
    kept = [c for c in codes if not c.endswith(".CVL")]
    return kept + [cvl] if cvl not in kept else kept


def _named_nationality(token: Token) -> bool:
    return any(c.ent_type_ in ("NORP", "GPE") for c in args.phrase(token))


def _shared_verb(anchor: Token) -> Token | None:
    """The verb a subjectless conjunct shares its clause with ("met in Bangui and signed")."""
    if anchor.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children):
        return anchor.head
    return None


def _objects(f: Found) -> list[Token]:
    """The nouns the event acts on: its targets and the direct objects of its verbs, and a
    subject that is no actor (the attack that "killed three")."""
    out = list(f.targets)
    for verb in (f.head, f.light):
        if verb is not None:
            out.extend(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                       or (c.dep_ == "nsubj" and not args.is_actorish(c)))  # "strikes on Odesa killed"
    return out


def _first_person(tokens: list[Token]) -> bool:
    return any(t.lower_ in ("we", "i", "us", "me") for t in tokens)


def _evidence(doc: Doc, f: Found) -> TextSpan:
    sent = f.head.sent
    s0, s1 = sent.start, sent.end
    lo = hi = f.head.i
    spans = [args.phrase(t) for t in f.sources + f.targets if s0 <= t.i < s1]
    for verb in (f.head, f.light):
        if verb is None:
            continue
        for c in verb.children:
            if c.dep_ == "dobj":
                spans.append(args.phrase(c))
    for t in f.tokens:
        if s0 <= t.i < s1:
            lo, hi = min(lo, t.i), max(hi, t.i)
    for s in spans:
        lo, hi = min(lo, s.start), max(hi, s.end - 1)
    return _text_span(doc, lo, hi)


def _text_span(doc: Doc, lo: int, hi: int) -> TextSpan:
    span = doc[lo:hi + 1]  # (never doc.text: it is rebuilt from every token on each access)
    return TextSpan(span.start_char, span.end_char, span.text)


def _link_conditions(found: list[Found], events: list[Event]) -> None:
    heads = [g.head.i for g in found]
    ordered = all(a < b for a, b in zip(heads, heads[1:]))  # text order: bisect, never scan
    for n, (f, event) in enumerate(zip(found, events)):
        cond: Token | None = f.modality.condition
        if cond is None:
            continue
        lo, hi = cond.left_edge.i, cond.right_edge.i
        if ordered:
            # the first event after EVENT itself whose head lies in the if-clause
            k = bisect_left(heads, lo)
            if k == n:
                k += 1
            if k < len(heads) and heads[k] <= hi:
                event.condition = events[k].id
            continue
        for g, other in zip(found, events):
            if other is not event and lo <= g.head.i <= hi:
                event.condition = other.id
                break


@Language.component(
    "detente_events",
    requires=["doc.ents", "token.dep", "token.lemma"],
    assigns=["doc._.events"],
)
@budget.stage
def detect_events(doc: Doc) -> Doc:
    events = doc_list(doc, "events")
    events.extend(extract_events(doc))
    return doc
