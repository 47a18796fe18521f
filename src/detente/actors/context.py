"""What the article around a mention says about it: the story's country, places written in
a description, and capitalised words that are no organisation.

- ``Context.story_country``: the country a bare group ("officials", "military sources",
  "both forces") belongs to when its own sentence names none. Every mention of a country,
  of a place in a country and every country adjective (NORP) counts; the headline counts
  twice. The story's country is the most mentioned one when it is clearly the only one in
  play: at least ``STORY_MIN`` mentions, ``STORY_MARGIN`` times as many as the next and
  ``STORY_SHARE`` of them all. A
  code completed this way is a guess from context, and its reason says so
  (``is_context_code``), so later stages can weigh it lower.
- ``Context.leading_country``: a weaker guess for a person the article names and quotes
  with no country of their own ("Jane Doe led a delegation ..."): the story's country, or
  else the country named most (at least ``LEAD_MIN`` mentions, more than any other).
- ``Context.place_in_description``: the country of a place inside a person's description
  ("Ontario's provincial leader Doug Ford" -> CAN, "Kharkiv governor Oleh Testenko" -> UKR).
- ``is_fragment``: an ORG entity that is only capitalised words, not an organisation: words
  of a Title Case headline ("Ceasefire Talks Deadlock"), a piece of a title or a government
  body ("State" in "Secretary of State", "Defense" of "Defense Ministry", "National
  Security" of "National Security Advisor").
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from .stage import ActorIndex

__all__ = ["CONTEXT_WHY", "Context", "is_context_code", "is_fragment"]

STORY_MIN = 3
STORY_MARGIN = 2.0
STORY_SHARE = 0.5
CONTEXT_WHY = "the story's country (context)"
LEAD_MIN = 2
LEAD_WHY = "the story's most named country (context)"
_TITLE_WINDOW = 2  # tokens either side of an ORG entity looked at for a title around it


def is_context_code(why: str | None) -> bool:
    """Whether a code's reason (``Actor.why``) says its country was guessed from context."""
    return bool(why) and (CONTEXT_WHY in why or LEAD_WHY in why)


class Context:
    def __init__(self, index: "ActorIndex") -> None:
        self.index = index
        self._story: tuple[str, str] | None | bool = False  # False: not computed yet
        self._country_counts: Counter[str] | None = None
        self._headline: tuple[int, bool] | None = None  # (end, in Title Case), computed once

    def headline(self) -> tuple[int, bool]:
        """(end char of the headline line, whether it is in Title Case); (0, False) without one.
        ``Doc.text`` is rebuilt on every access, so it is read once here."""
        if self._headline is None:
            text = self.index.text
            end = _headline_end(text)
            self._headline = (end, end > 0 and _title_case(text[:end]))
        return self._headline

    def day(self):
        """The publication date as a ``date``, or None."""
        from .kb import parse_date

        try:
            return parse_date(self.index.date)
        except ValueError:
            return None

    def story_country(self) -> tuple[str, str] | None:
        """(country, reason) of the one country the story is about, or None."""
        if self._story is False:
            self._story = self._compute_story()
        return self._story  # type: ignore[return-value]

    def leading_country(self) -> tuple[str, str] | None:
        """(country, reason) of the country the story names most, ahead of every other
        (at least ``LEAD_MIN`` mentions), or None: a weaker guess than ``story_country``, for
        people the article names and quotes without saying where they are from."""
        story = self.story_country()
        if story is not None:
            return story
        ranked = self._counts().most_common(2)
        if not ranked:
            return None
        top, n = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        if n < LEAD_MIN or n <= second:
            return None
        return top, LEAD_WHY

    def _counts(self) -> Counter[str]:
        if self._country_counts is None:
            self._country_counts = self._count_countries()
        return self._country_counts

    def _compute_story(self) -> tuple[str, str] | None:
        counts = self._counts()
        if not counts:
            return None
        ranked = counts.most_common(2)
        top, n = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        if n < STORY_MIN or n < STORY_MARGIN * second or n < STORY_SHARE * sum(counts.values()):
            return None
        return top, CONTEXT_WHY

    def _count_countries(self) -> Counter[str]:
        """Mentions of each country: places in it and its adjectives; the headline's twice."""
        index = self.index
        kb = index.kb
        counts: Counter[str] = Counter()
        headline_end = self.headline()[0]
        for ent in index.all_ents():
            country = None
            place = ent._.place
            if place is not None and place.country:
                country = place.country
            elif ent.label_ == "NORP":
                code = kb.country_for_modifier(ent.text)
                if code and code in kb.countries and kb.countries[code].kind == "country":
                    country = code
            if country:
                counts[country] += 2 if ent.end_char <= headline_end else 1
        return counts

    def place_in_description(self, ent: Span) -> tuple[str, str] | None:
        """The country of the places in ENT's description, when they agree on one."""
        doc = ent.doc
        root = ent.root
        lo, hi = ent.start, ent.end
        left = [t.i for t in root.subtree if t.i < ent.start]
        if left and left[-1] == ent.start - 1:
            lo = left[0]
        for child in root.children:
            if child.dep_ == "appos" and child.i >= ent.end:
                hi = max(hi, child.right_edge.i + 1)
        if (lo, hi) == (ent.start, ent.end):
            return None
        countries = {
            e._.place.country for e in self.index.ents_in(doc[lo:hi])
            if e._.place is not None and e._.place.country and not (e.start >= ent.start and e.end <= ent.end)
        }
        if len(countries) == 1:
            country = countries.pop()
            return country, "a place in the description"
        return None


def _headline_end(text: str) -> int:
    """End of the first line when it is a headline (text before the first line break)."""
    cut = text.find("\n", 0, 302)
    if cut <= 0 or cut > 300:
        return 0
    return cut


def is_fragment(index: "ActorIndex", ent: Span) -> bool:
    """Whether the ORG entity ENT is capitalised words rather than an organisation (see the
    module docstring). Only entities the knowledge base does not know are asked about."""
    doc = ent.doc
    kb = index.kb
    headline_end, title_case = index.context.headline()
    if ent.end_char <= headline_end and title_case:
        return True
    words = [t for t in ent if not t.is_punct]
    if len(words) == 1:
        word = words[0].text
        for pattern in ("{} Ministry", "Ministry of {}", "{} Department", "Department of {}"):
            if kb.body(pattern.format(word)) is not None:
                return True
    lo = max(ent.sent.start, ent.start - _TITLE_WINDOW)
    hi = min(ent.sent.end, ent.end + _TITLE_WINDOW)
    for start in range(lo, ent.start + 1):
        for end in range(ent.end, hi + 1):
            if (start, end) == (ent.start, ent.end):
                continue
            phrase = doc[start:end].text
            if kb.title(phrase) is not None or kb.body(phrase) is not None:
                return True
    return False


def _title_case(line: str) -> bool:
    words = [w for w in line.split() if w.isalpha() and len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)
