"""The title and role lexicon: words in a noun phrase that fix an actor's sector.

``data/titles.yaml`` lists phrases ("Foreign Minister", "spokeswoman", "military officials",
"protesters") with a sector and a rank; when a noun phrase holds several, the highest rank
decides (see the file's header). It also lists the markers of former office ("former",
"ex-"), the hyphenated modifiers that do not make a country the actor's own ("pro-Russian",
"Western-backed"), and the words for a country's partners ("allies").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import KnowledgeBaseError
from .names import NameIndex, fold

__all__ = ["SECTORS", "Title", "TitleLexicon", "load_titles"]

SECTORS = ("GOV", "MIL", "LEG", "JUD", "MED", "ELI", "OPP", "REB", "CVL", "BUS", "NGO", "IGO")

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
TITLES_FILE = DATA_DIR / "titles.yaml"


@dataclass(frozen=True)
class Title:
    phrase: str
    sector: str
    rank: int


@dataclass(frozen=True)
class TitleLexicon:
    index: NameIndex[Title]
    max_words: int
    former: frozenset[str]
    ignore_prefixes: frozenset[str]
    ignore_suffixes: frozenset[str]
    keep_suffixes: frozenset[str]
    allies: frozenset[str]
    western: frozenset[str]
    honorifics: frozenset[str] = frozenset()

    def get(self, phrase: str) -> Title | None:
        """The title PHRASE names ('Foreign Minister' -> GOV, 'troops' -> MIL), or None."""
        return self.index.get(phrase)

    def sector(self, phrase: str) -> str | None:
        title = self.get(phrase)
        return title.sector if title else None

    def is_former(self, word: str) -> bool:
        return fold(word) in self.former


def _word_set(data: dict, key: str, path: Path) -> frozenset[str]:
    words = data.get(key, [])
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise KnowledgeBaseError(
            f"{path}: '{key}' must be a list of words; write it as [word, word, ...]"
        )
    return frozenset(fold(w) for w in words)


def _read(path: Path) -> dict:
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KnowledgeBaseError(f"{path}: cannot read the title lexicon ({exc.strerror})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{path}: not valid YAML ({exc}); fix the syntax") from None
    if not isinstance(data, dict) or not isinstance(data.get("titles"), list):
        raise KnowledgeBaseError(f"{path}: needs a top-level 'titles:' list; see data/README.md")
    return data


def build_titles(data: dict, path: Path) -> TitleLexicon:
    index: NameIndex[Title] = NameIndex()
    max_words = 1
    for i, entry in enumerate(data["titles"]):
        where = f"{path}: titles[{i}]"
        if not isinstance(entry, dict):
            raise KnowledgeBaseError(f"{where}: must be a mapping with sector, rank and words")
        sector, rank, words = entry.get("sector"), entry.get("rank"), entry.get("words")
        if sector not in SECTORS:
            raise KnowledgeBaseError(
                f"{where}: sector {sector!r} is not one of {', '.join(SECTORS)}; fix the sector"
            )
        if not isinstance(rank, int) or isinstance(rank, bool):
            raise KnowledgeBaseError(f"{where}: rank {rank!r} must be an integer (10-100)")
        if not isinstance(words, list) or not words or not all(isinstance(w, str) for w in words):
            raise KnowledgeBaseError(f"{where}: 'words' must be a non-empty list of phrases")
        for phrase in words:
            index.add(phrase, Title(phrase, sector, rank))
            max_words = max(max_words, len(fold(phrase).split()))
    return TitleLexicon(
        index=index,
        max_words=max_words,
        former=_word_set(data, "former", path),
        ignore_prefixes=_word_set(data, "ignore_prefixes", path),
        ignore_suffixes=_word_set(data, "ignore_suffixes", path),
        keep_suffixes=_word_set(data, "keep_suffixes", path),
        allies=_word_set(data, "allies", path),
        western=frozenset(w.upper() for w in data.get("western", [])),
        honorifics=_word_set(data, "honorifics", path),
    )


@lru_cache(maxsize=4)
def load_titles(path: Path = TITLES_FILE) -> TitleLexicon:
    """The title lexicon in PATH (the built-in ``data/titles.yaml`` by default), cached."""
    return build_titles(_read(path), path)
