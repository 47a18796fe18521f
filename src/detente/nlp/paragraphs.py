"""Stage ``detente_paragraphs``: blank lines are sentence boundaries.

Runs before the parser, which keeps boundaries that are already set. A headline, a
sub-headline and every paragraph therefore start a new sentence, and each token learns the
index of its paragraph (``Token._.paragraph``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["mark_paragraphs"]


def _breaks_line(text: str) -> bool:
    return "\n" in text


@Language.component(
    "detente_paragraphs",
    requires=["token.text"],
    assigns=["token.is_sent_start", "token._.paragraph"],
)
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every line break; count blank-line paragraphs."""
    paragraph = 0
    new_line = False
    blank = False
    starts: list[int] = []
    for token in doc:
        if token.is_space:
            # "\n\n" arrives as a whitespace token; a lone "\n" may too.
            if _breaks_line(token.text):
                new_line = True
                blank = blank or token.text.count("\n") >= 2
            token._.paragraph = paragraph
            continue
        if new_line and token.i > 0:
            starts.append(token.i)
            if blank:
                paragraph += 1
        token._.paragraph = paragraph
        new_line = False
        blank = False
    _start_sentences(doc, starts)
    return doc


def _start_sentences(doc: Doc, starts: list[int]) -> None:
    """``doc[i].is_sent_start = True`` for each of STARTS. The setter looks through the whole
    Doc for a parse each time (quadratic in paragraphs), so only the first goes through it
    (and raises on a parsed Doc as it would); the rest are written as one array."""
    if not starts:
        return
    doc[starts[0]].is_sent_start = True
    if len(starts) > 1:
        flags = doc.to_array("SENT_START")
        flags[starts[1:]] = 1
        doc.from_array(["SENT_START"], flags)
