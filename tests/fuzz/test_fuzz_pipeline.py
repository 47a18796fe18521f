"""Fuzzing the pipeline, the contract and the store on random and adversarial text.

* pipeline: any text (every Unicode category, surrogates included) goes through
  ``iter_extract``; nothing escapes as an exception but ``BudgetExceeded`` (a recorded,
  one-line error);
* contract: every span of the result equals its slice of the article text (``check_spans``);
* store: extract -> ``Store.write_batch`` -> ``Store.extract`` gives the same dict back, or
  the article is recorded as a one-line ``store`` failure.

Adversarial text is made of pieces that break naive code: quote marks of every kind,
unbalanced and nested, zero-width and control characters, right-to-left text and
overrides, emoji sequences, speaker labels, cue words, huge sentences.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from detente.errors import BudgetExceeded, InvalidText
from detente.extract import iter_extract
from detente.models import Article
from detente.output.contract import check_spans

pytestmark = pytest.mark.slow

EXAMPLES: Counter = Counter()  # examples run per target (read by tests/fuzz/drive.py)

QUOTES = ['"', "“", "”", "„", "‟", "«", "»", "‹", "›", "‘", "’", "‚", "'", "`", "``", "''",
          "「", "」", "『", "』", "〝", "〞", "＂"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u034f", "\u180e",
             "\x00", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u2029",
             "\r", "\r\n", "\t", "\u00a0", "\u3000", "\u202f"]
RTL = ["\u202e", "\u202d", "\u202c", "\u200f", "\u200e", "\u2066", "\u2067", "\u2069",
       "قال الرئيس", "محادثات السلام", "שלום", "אמר", "ﷺ"]
EMOJI = ["😀", "🇺🇦", "🇷🇺", "👩‍👩‍👧‍👦", "👍🏽", "🏳️‍🌈", "❤️", "\U0001F9D1\u200D\U0001F680", "🔥" * 3]
WORDS = ["Russia", "Ukraine", "Kyiv", "Moscow", "Putin", "Zelensky", "NATO", "the Kremlin",
         "said", "told reporters", "according to", "officials", "an official said", "talks",
         "ceasefire", "attacked", "shelled", "rejected", "agreed", "will", "not", "if", "that",
         "PUTIN:", "Q:", "A:", "—", "–", "-", ",", ".", ";", ":", "!", "?", "…", "(", ")",
         "\n", "\n\n", " ", "  ", "2022", "on Monday", "last week", "$5 million", "300,000",
         "Mr.", "U.S.", "e.g.", "www.example.org", "#", "@", "&", "%", "*", "\\"]
PIECE = st.one_of(st.sampled_from(QUOTES), st.sampled_from(INVISIBLE), st.sampled_from(RTL),
                  st.sampled_from(EMOJI), st.sampled_from(WORDS), st.sampled_from(WORDS),
                  st.text(max_size=12))


@st.composite
def adversarial_text(draw) -> str:
    pieces = draw(st.lists(PIECE, max_size=60))
    sep = draw(st.sampled_from([" ", "", "\n", " \u200b"]))
    text = sep.join(pieces)
    repeat = draw(st.sampled_from([1, 1, 1, 2, 5, 40]))  # now and then a huge sentence
    return text * repeat


ANY_TEXT = st.text(alphabet=st.characters(codec=None, categories=None), max_size=300)
SURROGATES = st.text(alphabet=st.characters(categories=["Cs", "Co", "Cn", "Cc", "Cf", "Zs"]),
                     max_size=80)


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def extract_checked(nlp, text: str, target: str) -> dict | None:
    """The contract dict of TEXT, or None when it was refused or stopped (one-line errors)."""
    EXAMPLES[target] += 1
    errors: list = []
    results = list(iter_extract([Article(text=text, source="fuzz")], nlp, on_error=errors.append))
    assert len(results) + len(errors) == 1
    for err in errors:  # over the time budget, or not valid Unicode (lone surrogates)
        assert isinstance(err, (BudgetExceeded, InvalidText)) and "\n" not in str(err)
        assert isinstance(err, BudgetExceeded) or not _encodes(text)
    if not results:
        return None
    result = results[0]
    assert result["article"]["text"] == text
    return result


@given(text=ANY_TEXT)
def test_fuzz_pipeline_any_unicode(nlp, text):
    extract_checked(nlp, text, "pipeline")


@given(text=st.one_of(adversarial_text(), SURROGATES))
def test_fuzz_pipeline_adversarial_text(nlp, text):
    extract_checked(nlp, text, "pipeline")


@given(text=st.one_of(adversarial_text(), ANY_TEXT))
def test_fuzz_contract_spans_equal_their_slices(nlp, text):
    result = extract_checked(nlp, text, "contract")
    if result is not None:
        assert check_spans(result) == []


_STORE: dict = {}


def _store():
    """One SQLite store for the whole session, in a temporary directory."""
    if not _STORE:
        from detente.store import Store

        folder = Path(tempfile.mkdtemp(prefix="detente-fuzz-"))
        atexit.register(shutil.rmtree, folder, True)
        store = Store.open(f"sqlite:///{folder / 'fuzz.db'}")
        atexit.register(store.close)
        _STORE.update(store=store, run=store.start_run(inputs=["fuzz"]))
    return _STORE["store"], _STORE["run"]


@given(text=st.one_of(adversarial_text(), ANY_TEXT, SURROGATES),
       url=st.one_of(st.none(), st.text(max_size=30)), published=st.one_of(
           st.none(), st.sampled_from(["2022-03-01", "2024-02-29", "1999-12-31"])))
def test_fuzz_store_round_trip(nlp, text, url, published):
    from detente.store import Stored

    EXAMPLES["store"] += 1
    errors: list = []
    article = Article(text=text, url=url, published=published, source="fuzz")
    results = list(iter_extract([article], nlp, on_error=errors.append))
    if not results:
        return
    result = results[0]
    store, run = _store()
    counts = store.write_batch(run, [Stored(article.id, article.url, "fuzz", result)],
                               replace=True)
    failed = [f["reason"] for f in store.failures(run) if f["article_id"] == article.id]
    assert not counts.failed, failed  # a valid extract is always stored
    assert counts.new + counts.replaced == 1, counts
    assert store.extract(article.id) == result
