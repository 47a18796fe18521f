"""nlp/docindex.py: sentences and entities by bisection give what spaCy's walks give."""

from __future__ import annotations

import random

import pytest

from spacy.tokens import Doc, Span

from detente.nlp.docindex import doc_index, prepare


def _doc(vocab, n: int, seed: int) -> Doc:
    rng = random.Random(seed)
    words = [rng.choice(["Kyiv", "talks", "said", ",", "."]) for _ in range(n)]
    starts = [True] + [rng.random() < 0.1 for _ in range(n - 1)]
    doc = Doc(vocab, words=words, sent_starts=starts)
    ents, i = [], 0
    while i < n:
        if rng.random() < 0.3:
            length = rng.randint(1, 3)
            ents.append(Span(doc, i, min(n, i + length), label=rng.choice(["GPE", "PERSON"])))
            i += length + rng.randint(0, 2)
        else:
            i += 1
    doc.ents = ents
    return doc


def test_docindex_sentence_hooks_match_spacy(en_vocab):
    for seed in range(5):
        doc = _doc(en_vocab, 300, seed)
        expected_tokens = [(t.sent.start, t.sent.end) for t in doc]
        rng = random.Random(seed)
        spans = [(a, rng.randint(a + 1, min(len(doc), a + 40))) for a in rng.sample(range(len(doc) - 1), 50)]
        expected_spans = [(doc[a:b].sent.start, doc[a:b].sent.end) for a, b in spans]
        prepare(doc)
        assert "sent" in doc.user_token_hooks and "sent" in doc.user_span_hooks
        assert [(t.sent.start, t.sent.end) for t in doc] == expected_tokens
        assert [(doc[a:b].sent.start, doc[a:b].sent.end) for a, b in spans] == expected_spans


def test_docindex_leaves_docs_without_sentences_alone(en_vocab):
    doc = Doc(en_vocab, words=["no", "parse", "here"])
    prepare(doc)
    assert "sent" not in doc.user_token_hooks


def test_docindex_entities_match_span_ents(en_vocab):
    for seed in range(5):
        doc = _doc(en_vocab, 200, seed)
        index = doc_index(doc)
        rng = random.Random(seed)
        for _ in range(100):
            a = rng.randrange(len(doc))
            b = rng.randint(a, len(doc))
            assert index.ents_within(a, b) == list(doc[a:b].ents)
        for token in doc:
            held = [e for e in doc.ents if e.start <= token.i < e.end]
            assert index.entity_at(token.i) == (held[0] if held else None)


def test_docindex_forget_ents_sees_new_entities(en_vocab):
    doc = Doc(en_vocab, words=["Kyiv", "and", "Moscow"])
    index = doc_index(doc)
    assert index.ents() == []
    doc.ents = [Span(doc, 0, 1, label="GPE")]
    index.forget_ents()
    assert [e.text for e in index.ents()] == ["Kyiv"]


def test_docindex_conjuncts_hook_matches_spacy(en_vocab):
    rng = random.Random(7)
    for _ in range(30):
        n = 60
        order = list(range(n))
        rng.shuffle(order)  # a random tree: each token after the first hangs on an earlier one
        heads = [0] * n
        heads[order[0]] = order[0]
        for k in range(1, n):
            heads[order[k]] = order[rng.randrange(max(0, k - 4), k)]
        deps = [rng.choice(["conj", "conj", "dobj", "cc"]) for _ in range(n)]
        deps[order[0]] = "ROOT"
        doc = Doc(en_vocab, words=["w"] * n, heads=heads, deps=deps)
        expected = [[t.i for t in token.conjuncts] for token in doc]
        prepare(doc)
        assert "conjuncts" in doc.user_token_hooks
        assert [[t.i for t in token.conjuncts] for token in doc] == expected


def test_docindex_children_match_spacy(en_vocab):
    rng = random.Random(8)
    for _ in range(10):
        n = 50
        order = list(range(n))
        rng.shuffle(order)
        heads = [0] * n
        heads[order[0]] = order[0]
        for k in range(1, n):
            heads[order[k]] = order[rng.randrange(0, k)]
        doc = Doc(en_vocab, words=["w"] * n, heads=heads, deps=["dep"] * n)
        index = doc_index(doc)
        for token in doc:
            assert index.children(token) == list(token.children)
            assert [doc[i] for i in index.right_children()[token.i]] == list(token.rights)


def test_per_token_remembers_per_doc_and_copies_lists(en_vocab):
    from detente.nlp.docindex import per_token

    calls = []

    @per_token
    def heads_of(token, extra):
        calls.append((token.i, extra))
        return [token.head.i, extra]

    one = Doc(en_vocab, words=["a", "b"], heads=[1, 1], deps=["dep", "ROOT"])
    two = Doc(en_vocab, words=["a", "b"], heads=[0, 0], deps=["ROOT", "dep"])
    first = heads_of(one[0], 5)
    first.append("changed")  # a caller's change does not reach the table
    assert heads_of(one[0], 5) == [1, 5]
    assert heads_of(two[0], 5) == [0, 5]  # another Doc, another answer
    assert heads_of(one[0], 6) == [1, 6]
    assert calls == [(0, 5), (0, 5), (0, 6)]


def test_docindex_does_not_keep_its_doc_alive(en_vocab):
    import gc
    import weakref

    doc = Doc(en_vocab, words=["Kyiv", "and", "Moscow", "met", "."],
              heads=[3, 0, 0, 3, 3], deps=["nsubj", "cc", "conj", "ROOT", "punct"],
              sent_starts=[True, False, False, False, False])
    index = doc_index(doc)
    prepare(doc)
    index.memo("first", lambda d: d[0])  # memos hold the Doc's tokens
    assert list(doc[0].conjuncts) == [doc[2]]
    alive = weakref.ref(doc)
    del doc, index
    gc.collect()
    assert alive() is None  # a long batch would otherwise hold every Doc it parsed


@pytest.mark.slow
def test_docindex_pipeline_frees_the_docs_it_parsed(nlp):
    import gc
    import weakref

    from detente.extract import iter_docs
    from detente.models import Article

    texts = [f"Russia and Ukraine met in Geneva on Monday, officials said. Talks {i} went on." for i in range(5)]
    refs = [weakref.ref(doc) for _, doc in iter_docs([Article(text=t) for t in texts], nlp)]
    gc.collect()
    assert [r() for r in refs] == [None] * len(refs)
