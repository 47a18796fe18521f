"""The only fixture file. Fixtures that load a real model are session-scoped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DETENTE_SHARED", REPO.parent / "shared"))


def _need_shared(relative: str) -> Path:
    """Path to ../shared/RELATIVE; skip (or fail under DETENTE_SHARED_REQUIRED=1) when absent."""
    path = SHARED / relative
    if not path.exists():
        reason = f"{path} not found: ../shared data is not on this machine"
        if os.environ.get("DETENTE_SHARED_REQUIRED") == "1":
            pytest.fail(reason + " (DETENTE_SHARED_REQUIRED=1)")
        pytest.skip(reason)
    return path


@pytest.fixture(scope="session")
def shared():
    """Callable: shared('gold/seed.jsonl') -> Path, skipping when ../shared is missing."""
    return _need_shared


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def en_vocab():
    """A blank English vocab with detente's extensions registered (no model)."""
    import spacy

    from detente.nlp import extensions

    extensions.register()
    return spacy.blank("en").vocab


@pytest.fixture(scope="session")
def blank_nlp():
    """A blank English pipeline (tokenizer only) with extensions registered."""
    import spacy

    from detente.nlp import extensions

    extensions.register()
    return spacy.blank("en")


@pytest.fixture(scope="session")
def nlp():
    """The real detente pipeline (loads the md model once per test session)."""
    from detente.nlp.load import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def kb():
    """The built-in actor knowledge base (data/*.yaml), built once."""
    from detente.actors.kb import load_kb

    return load_kb()


# --------------------------------------------------------------------------- query store
# A small store for tests/query and tests/export: four hand-made contract dicts (no model)
# covering several actors, event types, modalities, dates, outlets and anonymous quotes.


def _span(text: str, phrase: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return {"start": start, "end": start + len(phrase), "text": phrase}


def _query_article(aid, title, outlet, published, body, url=None):
    text = f"{title}\n\n{body}"
    return {"schema_version": "1",
            "article": {"id": aid, "title": title, "outlet": outlet, "author": None,
                        "published": published, "url": url, "text": text},
            "actors": [], "places": [], "attributions": [], "events": [], "stances": []}


def _query_actor(r, aid, name, code, kind, mention, anonymous=False):
    r["actors"].append({"id": aid, "name": name, "code": code, "kind": kind,
                        "anonymous": anonymous, "country": code.split(".")[0] if code else None,
                        "mentions": [_span(r["article"]["text"], mention)]})


def _query_place(r, pid, name, country, lat, lon, geonameid, feature="city"):
    r["places"].append({"id": pid, "name": name, "country": country, "lat": lat, "lon": lon,
                        "geonameid": geonameid, "feature": feature,
                        "mentions": [_span(r["article"]["text"], name)]})


def _query_quote(r, qid, speaker, content, *, anonymous=False, via=(), cue="said",
                 mention=None):
    text = r["article"]["text"]
    actor = next(a for a in r["actors"] if a["id"] == speaker)
    r["attributions"].append({
        "id": qid, "speaker": speaker, "speaker_name": actor["name"],
        "speaker_code": actor["code"], "anonymous": anonymous,
        "source_mention": _span(text, mention or actor["name"]), "cue": _span(text, cue),
        "kind": "indirect", "content": _span(text, content),
        "via": [v for v, _ in via], "via_names": [n for _, n in via]})


def _query_event(r, eid, type_, mode, source, target, source_codes, target_codes, modality,
                 date, evidence, trigger, *, place=None, attribution=None, condition=None,
                 confidence=0.7):
    from detente.events.cameo import cameo_code

    text = r["article"]["text"]
    location = None
    if place:
        p = next(p for p in r["places"] if p["id"] == place)
        location = {k: p[k] for k in ("name", "country", "lat", "lon", "geonameid")}
    if date and len(date) == 7:
        date = {"value": date, "precision": "month", "text": "in February"}
    elif date:
        date = {"value": date, "precision": "day", "text": None}
    r["events"].append({
        "id": eid, "type": type_, "mode": mode, "source": source, "target": target,
        "source_codes": source_codes, "target_codes": target_codes, "modality": modality,
        "condition": condition, "attribution": attribution, "date": date,
        "location": location, "quantities": [], "trigger": _span(text, trigger),
        "evidence": _span(text, evidence), "confidence": confidence,
        "cameo": cameo_code(type_, mode)})


def _query_stance(r, sid, actor, position, evidence, date=None, conditions=()):
    text = r["article"]["text"]
    code = next(a["code"] for a in r["actors"] if a["id"] == actor)
    r["stances"].append({
        "id": sid, "actor": actor, "actor_code": code, "topic": "negotiations",
        "position": position, "conditions": [_span(text, c) for c in conditions],
        "evidence": _span(text, evidence), "attribution": None,
        "date": {"value": date, "precision": "day", "text": None} if date else None})


def query_results() -> list[dict]:
    """Four articles (Reuters, AP, Kyiv Independent, Reuters undated) as contract dicts."""
    a1 = _query_article(
        "kherson", "Russia withdraws from Kherson", "Reuters", "2022-11-09",
        "Russia announced on Wednesday that it was withdrawing its troops from Kherson, "
        "a senior Western official said. Ukraine's President Volodymyr Zelensky said Kyiv was "
        "open to talks. Russian forces shelled Mykolaiv overnight, Ukrainian officials said.",
        url="https://example.org/reuters/kherson")
    _query_actor(a1, "a1", "Russia", "RUS", "country", "Russia")
    _query_actor(a1, "a2", "a senior Western official", "WST.GOV", "person",
                 "a senior Western official", anonymous=True)
    _query_actor(a1, "a3", "Volodymyr Zelensky", "UKR.GOV", "person", "Volodymyr Zelensky")
    _query_actor(a1, "a4", "Ukrainian officials", "UKR.GOV", "group", "Ukrainian officials",
                 anonymous=True)
    _query_actor(a1, "a5", "Ukraine", "UKR", "country", "Ukraine")
    _query_place(a1, "p1", "Kherson", "UKR", 46.63, 32.61, 706448)
    _query_place(a1, "p2", "Mykolaiv", "UKR", 46.97, 31.99, 700569)
    _query_quote(a1, "q1", "a2", "Russia announced on Wednesday that it was withdrawing its "
                 "troops from Kherson", anonymous=True)
    _query_quote(a1, "q2", "a3", "Kyiv was open to talks")
    _query_quote(a1, "q3", "a4", "Russian forces shelled Mykolaiv overnight", anonymous=True)
    _query_event(a1, "e1", "RETREAT", "withdraw", ["a1"], [], ["RUS"], [], "asserted",
                 "2022-11-09", "it was withdrawing its troops from Kherson", "withdrawing",
                 place="p1", attribution="q1", confidence=0.9)
    _query_event(a1, "e2", "ASSAULT", "heavy-weapons", ["a1"], ["a5"], ["RUS"], ["UKR"],
                 "asserted", "2022-11-08", "Russian forces shelled Mykolaiv overnight",
                 "shelled", place="p2", attribution="q3", confidence=0.7)
    _query_stance(a1, "s1", "a3", "open", "Kyiv was open to talks", "2022-11-09")

    a2 = _query_article(
        "talks", "Moscow rejects talks", "AP", "2022-11-20",
        "Russian Foreign Minister Sergei Lavrov said Moscow would not negotiate with Kyiv. "
        "US Secretary of State Antony Blinken met Dmytro Kuleba in Bucharest on Tuesday. "
        "Russia completed its withdrawal from Kherson on November 9. Zelensky said Ukraine "
        "would only talk if Russia withdrew all its troops.",
        url="https://example.org/ap/talks")
    _query_actor(a2, "a1", "Sergei Lavrov", "RUS.GOV", "person", "Sergei Lavrov")
    _query_actor(a2, "a2", "Antony Blinken", "USA.GOV", "person", "Antony Blinken")
    _query_actor(a2, "a3", "Dmytro Kuleba", "UKR.GOV", "person", "Dmytro Kuleba")
    _query_actor(a2, "a4", "Volodymyr Zelensky", "UKR.GOV", "person", "Zelensky")
    _query_actor(a2, "a5", "Russia", "RUS", "country", "Russia completed")
    _query_actor(a2, "a6", "Ukraine", "UKR", "country", "Ukraine")
    _query_place(a2, "p1", "Bucharest", "ROU", 44.43, 26.11, 683506)
    _query_place(a2, "p2", "Kherson", "UKR", 46.63, 32.61, 706448)
    _query_quote(a2, "q1", "a1", "Moscow would not negotiate with Kyiv")
    _query_quote(a2, "q2", "a4", "Ukraine would only talk if Russia withdrew all its troops",
                 mention="Zelensky", cue="said Ukraine")
    _query_event(a2, "e1", "CONSULT", None, ["a1"], ["a6"], ["RUS.GOV"], ["UKR"], "negated",
                 None, "Moscow would not negotiate with Kyiv", "negotiate", attribution="q1",
                 confidence=0.6)
    _query_event(a2, "e2", "CONSULT", None, ["a2"], ["a3"], ["USA.GOV"], ["UKR.GOV"],
                 "asserted", "2022-11-15", "Antony Blinken met Dmytro Kuleba in Bucharest",
                 "met", place="p1", confidence=0.85)
    _query_event(a2, "e3", "RETREAT", "withdraw", ["a5"], [], ["RUS"], [], "hypothetical",
                 None, "if Russia withdrew all its troops", "withdrew", attribution="q2",
                 confidence=0.5)
    _query_event(a2, "e4", "CONSULT", None, ["a4"], ["a5"], ["UKR.GOV"], ["RUS"], "future",
                 None, "Ukraine would only talk", "talk", attribution="q2", condition="e3",
                 confidence=0.55)
    _query_event(a2, "e5", "RETREAT", "withdraw", ["a5"], [], ["RUS"], [], "asserted",
                 "2022-11-09", "Russia completed its withdrawal from Kherson", "withdrawal",
                 place="p2", confidence=0.8)
    _query_stance(a2, "s1", "a4", "conditional", "Ukraine would only talk if Russia withdrew "
                  "all its troops", "2022-11-20", conditions=["if Russia withdrew all its troops"])
    _query_stance(a2, "s2", "a1", "opposed", "Moscow would not negotiate with Kyiv")

    a3 = _query_article(
        "anniversary", "A year of war", "Kyiv Independent", "2023-02-24",
        "NATO pledged more air defence systems to Ukraine on Friday. Zelensky rejected any "
        "talks with Moscow, his office said. Russia threatened to strike Western supply "
        "lines, a source close to the Kremlin told Reuters.\n\nRussian missiles struck "
        "Kharkiv on Thursday.", url="https://example.org/kyiv/anniversary")
    _query_actor(a3, "a1", "NATO", "NATO", "organization", "NATO")
    _query_actor(a3, "a2", "Ukraine", "UKR", "country", "Ukraine")
    _query_actor(a3, "a3", "Volodymyr Zelensky", "UKR.GOV", "person", "Zelensky")
    _query_actor(a3, "a4", "Office of the President of Ukraine", "UKR.GOV", "organization",
                 "his office")
    _query_actor(a3, "a5", "Russia", "RUS", "country", "Russia threatened")
    _query_actor(a3, "a6", "a source close to the Kremlin", "RUS.GOV", "person",
                 "a source close to the Kremlin", anonymous=True)
    _query_actor(a3, "a7", "Reuters", "GBR.MED", "outlet", "Reuters")
    _query_place(a3, "p1", "Kharkiv", "UKR", 49.98, 36.25, 706483)
    _query_quote(a3, "q1", "a4", "Zelensky rejected any talks with Moscow", mention="his office")
    _query_quote(a3, "q2", "a6", "Russia threatened to strike Western supply lines",
                 anonymous=True, via=[("a7", "Reuters")], cue="told")
    _query_event(a3, "e1", "AID", None, ["a1"], ["a2"], ["NATO"], ["UKR"], "future",
                 "2023-02-24", "NATO pledged more air defence systems to Ukraine", "pledged",
                 confidence=0.8)
    _query_event(a3, "e2", "REJECT", "meet", ["a3"], ["a5"], ["UKR.GOV"], ["RUS"], "asserted",
                 None, "Zelensky rejected any talks with Moscow", "rejected", attribution="q1",
                 confidence=0.75)
    _query_event(a3, "e3", "THREATEN", "violence", ["a5"], [], ["RUS"], ["WST"], "asserted",
                 "2023-02", "Russia threatened to strike Western supply lines", "threatened",
                 attribution="q2", confidence=0.65)
    _query_event(a3, "e4", "ASSAULT", "aerial", ["a5"], ["a2"], ["RUS"], ["UKR"], "asserted",
                 "2023-02-23", "Russian missiles struck Kharkiv on Thursday", "struck",
                 place="p1", confidence=0.8)
    _query_stance(a3, "s1", "a3", "opposed", "Zelensky rejected any talks with Moscow",
                  "2023-02-24")

    a4 = _query_article(
        "sanctions", "Sanctions", "Reuters", None,
        "The European Union imposed new sanctions on Russian banks. The EU also sanctioned "
        "Belarus.")
    _query_actor(a4, "a1", "European Union", "EU", "organization", "European Union")
    _query_actor(a4, "a2", "Russian banks", "RUS.BUS", "group", "Russian banks")
    _query_actor(a4, "a3", "Belarus", "BLR", "country", "Belarus")
    _query_event(a4, "e1", "SANCTION", None, ["a1"], ["a2"], ["EU"], ["RUS.BUS"], "asserted",
                 None, "The European Union imposed new sanctions on Russian banks", "sanctions",
                 confidence=0.9)
    _query_event(a4, "e2", "SANCTION", None, ["a1"], ["a3"], ["EU"], ["BLR"], "asserted",
                 None, "The EU also sanctioned Belarus", "sanctioned", confidence=0.85)
    return [a1, a2, a3, a4]


def build_query_store(url: str, results: list[dict] | None = None):
    """Write RESULTS (default ``query_results()``) into a store at URL; returns the Store."""
    from detente.models import content_id
    from detente.store import Store, Stored

    results = query_results() if results is None else results
    store = Store.open(url)
    run = store.start_run(inputs=["query-test"], engine="local")
    store.write_batch(run, [Stored(content_id(r["article"]["text"]), r["article"]["url"],
                                   f"query-test:{i}", r) for i, r in enumerate(results)],
                      read=len(results))
    store.finish_run(run, "done")
    return store


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not os.environ.get("DETENTE_TEST_PG"), reason="DETENTE_TEST_PG is not set"))])
def query_db(request, tmp_path):
    """A store URL (SQLite in tmp_path, and PostgreSQL when DETENTE_TEST_PG is set) holding
    ``query_results()``."""
    from detente.store import testing

    url = testing.database_url(request.param, tmp_path)
    build_query_store(url).close()
    return url


@pytest.fixture
def query_sqlite(tmp_path):
    """The same store, SQLite only (CLI tests that need not run twice)."""
    url = f"sqlite:///{tmp_path / 'query.db'}"
    build_query_store(url).close()
    return url


@pytest.fixture
def query_contracts() -> list[dict]:
    """The contract dicts the query stores hold (fresh copies)."""
    return query_results()


# --------------------------------------------------------------------------- API and web
# The API and dashboard tests use the query store above (hand-made, no model), plus an
# article whose title and body hold HTML and script (every page must show it as text),
# and a store of the bundled examples ingested with the real model (session-scoped).

HOSTILE_TITLE = '<script>alert("title")</script> & <b>bold</b>'


def hostile_result() -> dict:
    """A contract dict whose title and text hold markup, with marks over the markup."""
    r = _query_article(
        "hostile", HOSTILE_TITLE, "<i>Outlet</i>", "2022-12-01",
        'Russia said "<script>document.title=\'pwned\'</script>" and '
        '<img src=x onerror="document.title=1"> struck Kharkiv.')
    _query_actor(r, "a1", "Russia", "RUS", "country", "Russia")
    _query_place(r, "p1", "Kharkiv", "UKR", 49.98, 36.25, 706483)
    _query_quote(r, "q1", "a1", "<script>document.title='pwned'</script>",
                 mention="Russia", cue="said")
    _query_event(r, "e1", "ASSAULT", None, ["a1"], [], ["RUS"], ["UKR"], "asserted",
                 "2022-12-01", '<img src=x onerror="document.title=1"> struck Kharkiv',
                 "struck")
    return r


@pytest.fixture
def hostile_contract() -> dict:
    """``hostile_result()``: an article whose title and text hold HTML and script."""
    return hostile_result()


@pytest.fixture(scope="module")
def web_store(tmp_path_factory):
    """An open SQLite Store holding ``query_results()`` and ``hostile_result()``, built once
    per test module (for tests that only read it)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'web.db'}"
    store = build_query_store(url, query_results() + [hostile_result()])
    yield store
    store.close()


@pytest.fixture
def api_client():
    """Callable: api_client(db_url_or_store, **create_app_kwargs) -> a TestClient that
    answers server errors as responses (as a real client would see them)."""
    from fastapi.testclient import TestClient

    from detente.api import create_app

    clients = []

    def make(db, **kwargs):
        client = TestClient(create_app(db, **kwargs), raise_server_exceptions=False)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory, nlp):
    """An SQLite store of the bundled examples (examples/*.txt), ingested with the real
    model once per session."""
    from detente.ingest import ingest

    url = f"sqlite:///{tmp_path_factory.mktemp('examples') / 'examples.db'}"
    inputs = sorted(str(p) for p in (REPO / "examples").glob("*.txt"))
    summary = ingest(inputs, db=url)
    assert summary.new == len(inputs) and not summary.failed
    return url


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not os.environ.get("DETENTE_TEST_PG"), reason="DETENTE_TEST_PG is not set"))])
def query_store(request, tmp_path_factory):
    """An open Store holding ``query_results()``, built once per test module, on SQLite and
    (when DETENTE_TEST_PG is set) PostgreSQL; for tests that only read it."""
    from detente.store import testing

    store = build_query_store(testing.database_url(request.param,
                                                   tmp_path_factory.mktemp("query")))
    yield store
    store.close()


# --------------------------------------------------------------------------- browser
# Browser tests drive Debian's chromium through Playwright (never `playwright install`).
# They skip with a reason when either is missing, and fail instead under
# DETENTE_BROWSER_REQUIRED=1 (set by .ci/run).

CHROMIUM = os.environ.get("DETENTE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def _no_browser(reason: str):
    if os.environ.get("DETENTE_BROWSER_REQUIRED") == "1":
        pytest.fail(reason + " (DETENTE_BROWSER_REQUIRED=1)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    """A headless Chromium (Playwright), once per session."""
    if not Path(CHROMIUM).exists():
        _no_browser(f"{CHROMIUM} not found: apt-get install chromium (or set DETENTE_CHROMIUM)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _no_browser("playwright is not installed (pip install -e '.[test]')")
    pw = sync_playwright().start()
    try:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    except Exception as exc:  # noqa: BLE001 - a browser that cannot start
        pw.stop()
        _no_browser(f"Chromium at {CHROMIUM} did not start: {str(exc).splitlines()[0]}")
    yield chromium
    chromium.close()
    pw.stop()


@pytest.fixture(scope="module")
def live_server():
    """Callable: live_server(store_or_url, **create_app_kwargs) -> base URL of a real
    uvicorn server on 127.0.0.1 (a free port), stopped at the end of the module."""
    import threading
    import time

    import uvicorn

    from detente.api import create_app

    servers = []

    def start(db, **kwargs) -> str:
        config = uvicorn.Config(create_app(db, **kwargs), host="127.0.0.1", port=0,
                                log_level="warning", lifespan="on")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 30
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        port = server.servers[0].sockets[0].getsockname()[1]
        servers.append((server, thread))
        return f"http://127.0.0.1:{port}"

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(timeout=10)

# --------------------------------------------------------------------------- linearity
# Synthetic Docs built by hand (words, tags, lemmas, a dependency parse, entities; no model)
# for the stage linearity tests: the same few clauses repeated N times, as separate
# sentences or joined into one sentence, and one sentence listing a country N times.

# word, tag, pos, lemma, head (index in the unit, None for a root), dep, entity IOB
_UNIT = (
    ("“", "``", "PUNCT", "“", 3, "punct", "O"),
    ("We", "PRP", "PRON", "we", 3, "nsubj", "O"),
    ("will", "MD", "AUX", "will", 3, "aux", "O"),
    ("talk", "VB", "VERB", "talk", 6, "ccomp", "O"),
    (",", ",", "PUNCT", ",", 3, "punct", "O"),
    ("”", "''", "PUNCT", "”", 6, "punct", "O"),
    ("said", "VBD", "VERB", "say", None, "ROOT", "O"),
    ("Orlov", "NNP", "PROPN", "Orlov", 6, "nsubj", "B-PERSON"),
    (".", ".", "PUNCT", ".", 6, "punct", "O"),
    ("Russia", "NNP", "PROPN", "Russia", 10, "nsubj", "B-GPE"),
    ("attacked", "VBD", "VERB", "attack", None, "ROOT", "O"),
    ("Ukraine", "NNP", "PROPN", "Ukraine", 10, "dobj", "B-GPE"),
    ("and", "CC", "CCONJ", "and", 11, "cc", "O"),
    ("Poland", "NNP", "PROPN", "Poland", 11, "conj", "B-GPE"),
    ("on", "IN", "ADP", "on", 10, "prep", "O"),
    ("Monday", "NNP", "PROPN", "Monday", 14, "pobj", "B-DATE"),
    (".", ".", "PUNCT", ".", 10, "punct", "O"),
    ("He", "PRP", "PRON", "he", 18, "nsubj", "O"),
    ("said", "VBD", "VERB", "say", None, "ROOT", "O"),
    ("Moscow", "NNP", "PROPN", "Moscow", 20, "nsubj", "B-GPE"),
    ("is", "VBZ", "AUX", "be", 18, "ccomp", "O"),
    ("ready", "JJ", "ADJ", "ready", 20, "acomp", "O"),
    ("for", "IN", "ADP", "for", 21, "prep", "O"),
    ("talks", "NNS", "NOUN", "talk", 22, "pobj", "O"),
    ("with", "IN", "ADP", "with", 23, "prep", "O"),
    ("Kyiv", "NNP", "PROPN", "Kyiv", 24, "pobj", "B-GPE"),
    (".", ".", "PUNCT", ".", 18, "punct", "O"),
)


def _synthetic(vocab, rows, published="2024-03-04"):
    from spacy.tokens import Doc

    from detente.models import Article

    words, tags, pos, lemmas, heads, deps, ents = (list(col) for col in zip(*rows))
    spaces = [True] * len(words)
    for k in range(len(words) - 1):
        if words[k + 1] in (",", ".", ":", "\n\n") or words[k] in ("“", "\n\n") or words[k + 1] == "”":
            spaces[k] = False
    doc = Doc(vocab, words=words, spaces=spaces, tags=tags, pos=pos, lemmas=lemmas,
              heads=heads, deps=deps, ents=ents)
    doc._.article = Article(text=doc.text, published=published)
    return doc


def synthetic_units(vocab, n: int, joined: bool = False, labels: bool = False):
    """The clauses of ``_UNIT`` N times: a quote with its cue and speaker, an attack on two
    countries on a date, reported speech with a pronoun and a stance on talks. JOINED: all
    of it one sentence (every root after the first is a conjunct of the first). LABELS:
    each unit is a transcript paragraph, "ORLOV: ..." then a blank line."""
    unit = _UNIT
    if labels:
        shift = lambda h: None if h is None else h + 2  # noqa: E731
        unit = (("ORLOV", "NNP", "PROPN", "ORLOV", 8, "npadvmod", "O"),
                (":", ":", "PUNCT", ":", 8, "punct", "O")) + tuple(
            (w, t, p, l, shift(h), d, e) for w, t, p, l, h, d, e in _UNIT
        ) + (("\n\n", "_SP", "SPACE", "\n\n", 28, "dep", "O"),)
    rows = []
    first_root = None
    for u in range(n):
        base = u * len(unit)
        for word, tag, pos_, lemma, head, dep, ent in unit:
            i = len(rows)
            if head is None:
                if first_root is None:
                    first_root = i
                    head_i, dep_ = i, dep
                else:
                    head_i, dep_ = (first_root, "conj") if joined else (i, dep)
            else:
                head_i, dep_ = base + head, dep
            rows.append((word, tag, pos_, lemma, head_i, dep_, ent))
    return _synthetic(vocab, rows)


def synthetic_stances(vocab, n: int, joined: bool = False):
    """ "He said Moscow is ready for talks with Kyiv." N times, after one "Orlov said ...":
    as many stances as attributions, one every ten tokens. JOINED: one sentence."""
    rows = []
    part = _UNIT[17:]  # He said Moscow is ready for talks with Kyiv .
    for u in range(n):
        base = len(rows)
        for word, tag, pos_, lemma, head, dep, ent in part:
            if u == 0 and word == "He":
                word, tag, pos_, lemma, ent = "Orlov", "NNP", "PROPN", "Orlov", "B-PERSON"
            i = len(rows)
            if head is None:
                head_i, dep = (1, "conj") if joined and u else (i, dep)
            else:
                head_i = base + head - 17
            rows.append((word, tag, pos_, lemma, head_i, dep, ent))
    return _synthetic(vocab, rows)


def synthetic_country_list(vocab, n: int):
    """ "Russia attacked Ukraine, Ukraine, ... and Poland on Monday." with N Ukraines."""
    rows = [("Russia", "NNP", "PROPN", "Russia", 1, "nsubj", "B-GPE"),
            ("attacked", "VBD", "VERB", "attack", 1, "ROOT", "O")]
    prev = None
    for k in range(n):
        i = len(rows)
        if k:
            rows.append((",", ",", "PUNCT", ",", prev, "punct", "O"))
            i += 1
        rows.append(("Ukraine", "NNP", "PROPN", "Ukraine", 1 if prev is None else prev,
                     "dobj" if prev is None else "conj", "B-GPE"))
        prev = i
    rows += [("and", "CC", "CCONJ", "and", prev, "cc", "O"),
             ("Poland", "NNP", "PROPN", "Poland", prev, "conj", "B-GPE"),
             (".", ".", "PUNCT", ".", 1, "punct", "O")]
    return _synthetic(vocab, rows)


def _stage_seconds(build, n: int, stage, before, repeats: int) -> float:
    import gc
    import time

    best = None
    for _ in range(repeats):
        doc = build(n)
        for prior in before:
            doc = prior(doc)
        gc.collect()
        gc.disable()  # a collection in the middle of one run is noise, not cost
        try:
            start = time.perf_counter()
            stage(doc)
            took = time.perf_counter() - start
        finally:
            gc.enable()
        best = took if best is None else min(best, took)
    return best


@pytest.fixture(scope="session")
def synthetic(en_vocab):
    """Builders of synthetic parsed Docs: ``synthetic.units(n, joined, labels)``,
    ``synthetic.countries(n)``, ``synthetic.stances(n)``."""
    from types import SimpleNamespace

    return SimpleNamespace(
        units=lambda n, joined=False, labels=False: synthetic_units(en_vocab, n, joined, labels),
        countries=lambda n: synthetic_country_list(en_vocab, n),
        stances=lambda n, joined=False: synthetic_stances(en_vocab, n, joined),
    )


@pytest.fixture(scope="session")
def stages(en_vocab):
    """detente's stage components, made once without a model and warmed up (lexicons
    loaded): places, actors, attribution, events, stances (each a callable Doc -> Doc),
    and ``order``, all five in pipeline order."""
    from types import SimpleNamespace

    from detente.actors.kb import load_kb
    from detente.actors.stage import ActorFinder
    from detente.attribution.stage import attribution_component
    from detente.events.stage import detect_events
    from detente.resolve.gazetteer import load_gazetteer
    from detente.resolve.places import PlaceResolver
    from detente.stances.stage import detect_stances

    places = PlaceResolver(load_gazetteer(), 15_000)
    actors = ActorFinder(load_kb())
    doc = synthetic_units(en_vocab, 2)
    for stage in (places, actors, attribution_component, detect_events, detect_stances):
        doc = stage(doc)
    return SimpleNamespace(places=places, actors=actors, attribution=attribution_component,
                           events=detect_events, stances=detect_stances,
                           order=[places, actors, attribution_component, detect_events, detect_stances])


@pytest.fixture(scope="session")
def growth():
    """growth(build, n, stage, before=(), repeats=3, factor=4) -> how much more STAGE costs
    per token on ``build(factor * n)`` than on ``build(n)`` (1.0 is linear; a quadratic path
    gives up to FACTOR). BEFORE are the stages run first (untimed); each size is timed
    REPEATS times with the garbage collector off, and the best time kept."""

    def measure(build, n, stage, before=(), repeats=3, factor=4):
        small = _stage_seconds(build, n, stage, before, repeats)
        large = _stage_seconds(build, factor * n, stage, before, repeats)
        return (large / factor) / max(small, 1e-6)

    return measure


# --------------------------------------------------------------------------- fuzzing
# Hypothesis profiles (tests/fuzz): "ci" (the default) keeps the suite fast, a hundred
# examples per test; "fuzz" is the long run of `make fuzz` (tests/fuzz/drive.py), which
# calls each fuzz test again and again for its share of FUZZ_MINUTES.
try:
    from hypothesis import HealthCheck
    from hypothesis import settings as _hypothesis_settings
except ImportError:  # pragma: no cover - hypothesis is in the test extras
    pass
else:
    _SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large]
    _hypothesis_settings.register_profile("ci", max_examples=100, deadline=None,
                                          suppress_health_check=_SLOW_OK, print_blob=True)
    _hypothesis_settings.register_profile("fuzz", max_examples=200, deadline=None,
                                          suppress_health_check=_SLOW_OK, print_blob=True)
    _hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
