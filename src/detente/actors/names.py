"""Name normalisation and the dict-based name index the knowledge base is built on.

Every name table (people, organisations, outlets, countries, seats, bodies, titles) is an
``NameIndex``: names go in once at load time, look-ups are one or two dict probes.

Matching rules, applied the same way to data and to queries:

- case, diacritics, dots and hyphens are ignored: "Zelenskyy" = "zelenskyy", "Erdoğan" =
  "Erdogan", "U.S." = "US", "al-Assad" = "al Assad";
- an alias written in capitals (an acronym such as US, UN, EU, AP) matches only text in
  capitals; acronyms of four or more letters also match in title case ("Nato", "Unicef");
- a one-word alias with a capital letter (a proper noun such as "Fox", "Dawn", "Turkey", or
  "The Sun" after its article) needs at least one capital in the query, so ordinary
  lower-case words never match it; longer names match in any case;
- an alias that starts with "the" ("The Times", "the Kremlin") needs the article; a query
  that starts with "the" is also tried without it ("the Pentagon" finds "Pentagon").
"""

from __future__ import annotations

import re
import unicodedata
from typing import Generic, Iterator, TypeVar

__all__ = ["NameIndex", "fold", "plain", "slug", "strip_article", "strip_possessive"]

T = TypeVar("T")

# Letters that NFKD does not split into base letter + combining mark.
_SPECIAL = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "þ": "th",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
        "´": "'",
        "‐": "-",
        "‑": "-",
        "–": "-",
        "—": " ",
    }
)
_DROP = re.compile(r"[.,;:!?\"“”()\[\]{}]")
_SPACES = re.compile(r"[\s\-_]+")


def plain(text: str) -> str:
    """TEXT without diacritics, dots and punctuation, hyphens as spaces; case kept."""
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _DROP.sub("", text)
    return _SPACES.sub(" ", text).strip(" '")


def fold(text: str) -> str:
    """The case-insensitive key of TEXT (see the module docstring)."""
    return plain(text).casefold()


def slug(text: str) -> str:
    """A lower-case identifier made of TEXT's letters and digits: 'Boris Johnson' -> 'boris-johnson'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def strip_article(text: str) -> str | None:
    """TEXT without a leading 'the ' (any case), or None when it has none."""
    if len(text) > 4 and text[:4].lower() == "the ":
        return text[4:].lstrip()
    return None


def strip_possessive(text: str) -> str | None:
    """TEXT without a trailing possessive ('s, s'), or None when it has none."""
    t = text.rstrip()
    for end in ("'s", "’s", "'S"):
        if t.endswith(end) and len(t) > len(end):
            return t[: -len(end)]
    if t.endswith(("s'", "s’")) and len(t) > 2:
        return t[:-1]
    return None


def _is_acronym(raw: str) -> bool:
    letters = [c for c in raw if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in raw.strip()


def _has_capital(raw: str) -> bool:
    return any(c.isupper() for c in raw)


def _needs_capital(raw: str) -> bool:
    """A proper-noun alias of one word (after an optional 'the') needs a capital in the text:
    'Fox', 'Time magazine' is two words and does not, 'The Sun' does."""
    words = raw.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    return _has_capital(raw) and len(words) <= 1


class NameIndex(Generic[T]):
    """Names -> values, with the matching rules of this module. Several values may share a
    name; ``get_all`` returns them in precedence order (``front=True`` adds go first)."""

    def __init__(self) -> None:
        self._exact: dict[str, list[T]] = {}  # acronyms, case-sensitive
        self._folded: dict[str, list[tuple[T, bool]]] = {}  # value, needs a capital

    def add(self, name: str, value: T, *, front: bool = False, proper: bool = False) -> None:
        """Index NAME for VALUE; with PROPER the text must have a capital letter even for a
        name of several words ("Foreign Policy" the magazine, not "foreign policy")."""
        raw = plain(name)
        if not raw:
            return
        if _is_acronym(raw):
            keys = [raw]
            if sum(c.isalpha() for c in raw) >= 4:
                keys.append(raw[0] + raw[1:].lower())
            for key in keys:
                self._put(self._exact, key, value, front)
            return
        self._put(self._folded, raw.casefold(), (value, _needs_capital(raw) or proper and _has_capital(raw)), front)

    @staticmethod
    def _put(table: dict, key: str, item, front: bool) -> None:
        items = table.setdefault(key, [])
        if item in items:
            return
        if front:
            items.insert(0, item)
        else:
            items.append(item)

    def get_all(self, text: str) -> list[T]:
        """Every value whose name matches TEXT, best first; [] when none."""
        for candidate in (text, strip_article(text)):
            if not candidate:
                continue
            found = self._probe(candidate)
            if found:
                return found
        return []

    def get(self, text: str) -> T | None:
        found = self.get_all(text)
        return found[0] if found else None

    def _probe(self, text: str) -> list[T]:
        raw = plain(text)
        if not raw:
            return []
        found = list(self._exact.get(raw, ()))
        capital = _has_capital(raw)
        for value, needs_capital in self._folded.get(raw.casefold(), ()):
            if capital or not needs_capital:
                found.append(value)
        return found

    def probe_key(self, raw: str, folded: str, capital: bool) -> list[T]:
        """Look-up by precomputed keys (used by the noun-phrase scanner)."""
        found = list(self._exact.get(raw, ()))
        for value, needs_capital in self._folded.get(folded, ()):
            if capital or not needs_capital:
                found.append(value)
        return found

    def keys(self) -> Iterator[str]:
        yield from self._exact
        yield from self._folded

    def __len__(self) -> int:
        return len(self._exact) + len(self._folded)
