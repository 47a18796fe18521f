"""``Found``: an event while the events stage works on it (tokens, not offsets yet)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from .lexicon import Entry
from .modality import Modality

__all__ = ["Found"]


@dataclass(eq=False)
class Found:
    head: Token  # the trigger's head word
    entry: Entry
    type: str
    mode: str | None
    trigger: list[Token]
    anchor: Token  # the verb whose clause holds the event (modality, date, place)
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    reciprocal: bool = False
    embedded: Found | None = None
    light: Token | None = None  # realising verb of a nominal trigger
    modality: Modality = field(default_factory=Modality)
    source_path: str = "subject"  # subject | inherited | noun | speaker | none
    absorbed: bool = False
    obligation: bool = False  # made by the reported-obligation rule
    imperative: bool = False  # an obligation made from a quoted imperative (no addressee named)
    condition_only: bool = False  # kept as the condition of another event

    @property
    def secondary(self) -> bool:
        """A participle adjunct ("..., killing one person", "..., urging X to ...")."""
        return self.head.dep_ in ("advcl", "acl") and self.head.tag_ == "VBG"

    @property
    def tokens(self) -> list[Token]:
        """Every token the evidence span may cover (the caller keeps the trigger's sentence)."""
        out = list(self.trigger)
        if self.light is not None:
            out.append(self.light)
        out.extend(self.sources)
        out.extend(self.targets)
        if self.embedded is not None:
            out.extend(self.embedded.trigger)
        return out
