"""``ingest``: exactly once, resumable, failures recorded, --reprocess, the CLI.

These use the real pipeline (loaded once per test session) on a few short articles, and
run against SQLite and, when DETENTE_TEST_PG is set, PostgreSQL.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from detente.cli import app
from detente.errors import BadMetadata, ConfigError
from detente.ingest import ingest, run as run_module
from detente.ingest import work
from detente.models import content_id
from detente.store import Store, testing
from detente.store import schema as t

pytestmark = pytest.mark.slow

TEXTS = [
    "Russian forces withdrew from Kherson on Wednesday, the Ukrainian military said.",
    "Ukraine's president said Kyiv would not negotiate while Russian troops remained.",
    "Turkey offered to host talks between Moscow and Kyiv, a Turkish official told Reuters.",
    "NATO said it would send more air defence systems to Ukraine next month.",
    "The Kremlin said on Friday that peace talks with Ukraine had stalled.",
]


@pytest.fixture(params=testing.BACKENDS)
def db_url(request, tmp_path):
    return testing.database_url(request.param, tmp_path)


@pytest.fixture
def corpus(tmp_path):
    """Three .txt files (one in a subfolder), a JSONL of two records plus a bad line,
    an empty file and a binary one."""
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    (root / "b.txt").write_text(TEXTS[1], encoding="utf-8")
    (root / "sub" / "c.txt").write_text(TEXTS[2], encoding="utf-8")
    with (root / "more.jsonl").open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "j1", "text": TEXTS[3], "date": "2022-11-09",
                             "url": "https://example.org/j1", "source": "Example"}) + "\n")
        fh.write("{not json\n")
        fh.write(json.dumps({"id": "j2", "text": TEXTS[4]}) + "\n")
    (root / "empty.txt").write_text("  \n", encoding="utf-8")
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\0\0")
    return root


def _counts(url):
    with Store.open(url) as s:
        return s.counts()


def test_ingest_stores_each_article_once(corpus, db_url, nlp):
    first = ingest([str(corpus)], db=db_url)
    assert (first.read, first.new, first.skipped, first.failed) == (5, 5, 0, 3)
    with Store.open(db_url) as s:
        (run,) = s.runs()
        assert run["status"] == "done" and run["n_new"] == 5 and run["n_failed"] == 3
        assert run["model_name"] and run["model_version"] and run["engine"] == "local"
        failures = {(f["stage"], f["error"]) for f in s.failures()}
        assert failures == {("read", "MalformedRecord"), ("read", "EmptyInput"),
                            ("read", "BinaryInput")}
        assert sorted(s.article_ids()) == sorted(content_id(x) for x in TEXTS)
        with s.engine.connect() as conn:
            j1 = conn.execute(select(t.articles).where(t.articles.c.source_id == "j1")
                              ).mappings().one()
        assert j1["url"] == "https://example.org/j1" and j1["outlet"] == "Example"
        assert str(j1["published"]) == "2022-11-09" and j1["source"].endswith("more.jsonl:1")
        stored = {r["article"]["text"]: r for r in s.iter_extracts()}
    before = _counts(db_url)

    again = ingest([str(corpus)], db=db_url)
    assert (again.read, again.new, again.skipped) == (5, 0, 5)
    after = _counts(db_url)
    assert {k: v for k, v in after.items() if k not in ("runs", "failures")} == \
        {k: v for k, v in before.items() if k not in ("runs", "failures")}
    assert after["runs"] == 2

    # the stored extract is exactly what `detente extract` gives
    from detente.extract import extract_articles
    from detente.models import Article

    direct = extract_articles([Article(text=TEXTS[0], source="x")], nlp)[0]
    direct["article"]["id"] = stored[TEXTS[0]]["article"]["id"]
    direct["article"]["title"] = stored[TEXTS[0]]["article"]["title"]
    assert stored[TEXTS[0]] == direct


def test_ingest_reprocess_replaces_rows(corpus, db_url, nlp):
    ingest([str(corpus / "a.txt"), str(corpus / "b.txt")], db=db_url)
    before = _counts(db_url)
    summary = ingest([str(corpus / "a.txt"), str(corpus / "b.txt")], db=db_url,
                     reprocess=True)
    assert (summary.new, summary.replaced, summary.skipped) == (0, 2, 0)
    after = _counts(db_url)
    for table in ("articles", "actors", "events", "attributions", "places", "stances"):
        assert after[table] == before[table], table
    with Store.open(db_url) as s:
        runs = s.runs()
        assert runs[-1]["reprocess"] is True
        with s.engine.connect() as conn:
            run_ids = set(conn.execute(select(t.articles.c.run_id)).scalars())
        assert run_ids == {runs[-1]["id"]}


def test_ingest_extraction_error_recorded_and_run_goes_on(corpus, tmp_path, monkeypatch, nlp):
    real = work.to_contract

    def flaky(doc):
        if "Kremlin" in doc.text:
            raise RuntimeError("stage exploded\non two lines")
        return real(doc)

    monkeypatch.setattr(work, "to_contract", flaky)
    url = f"sqlite:///{tmp_path / 'x.db'}"
    summary = ingest([str(corpus / "more.jsonl"), str(corpus / "a.txt")], db=url)
    assert (summary.new, summary.failed) == (2, 2)  # the bad JSONL line and the Kremlin one
    with Store.open(url) as s:
        failed = [f for f in s.failures() if f["stage"] == "extract"]
        assert len(failed) == 1
        assert failed[0]["error"] == "RuntimeError"
        assert failed[0]["reason"] == "extraction failed: stage exploded on two lines"
        assert failed[0]["article_id"] == content_id(TEXTS[4])
        assert failed[0]["input"].endswith("more.jsonl:3")
    monkeypatch.setattr(work, "to_contract", real)
    retry = ingest([str(corpus / "more.jsonl")], db=url)  # the failed one is retried
    assert (retry.new, retry.skipped) == (1, 1)


def test_ingest_whole_batch_failure_falls_back_to_one_by_one(corpus, tmp_path, monkeypatch,
                                                             nlp):
    real = work.iter_docs

    def fragile(articles, nlp_, batch_size=None, budget=None):
        if len(articles) > 1:
            raise MemoryError("batch too big")
        return real(articles, nlp_, batch_size, budget)

    monkeypatch.setattr(work, "iter_docs", fragile)
    url = f"sqlite:///{tmp_path / 'x.db'}"
    summary = ingest([str(corpus / "a.txt"), str(corpus / "b.txt")], db=url)
    assert (summary.new, summary.failed) == (2, 0)


def test_ingest_interrupted_keeps_committed_batches_and_resumes(corpus, db_url, monkeypatch,
                                                                nlp):
    real = Store.write_batch
    calls = {"n": 0}

    def interrupt_second(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Store, "write_batch", interrupt_second)
    inputs = [str(corpus / "a.txt"), str(corpus / "b.txt"), str(corpus / "sub" / "c.txt")]
    summary = ingest(inputs, db=db_url, batch_size=1)
    assert summary.interrupted and summary.new == 1
    with Store.open(db_url) as s:
        assert s.runs()[0]["status"] == "interrupted"
        assert s.article_ids() == [content_id(TEXTS[0])]
    monkeypatch.setattr(Store, "write_batch", real)
    resumed = ingest(inputs, db=db_url, batch_size=1)
    assert (resumed.new, resumed.skipped) == (2, 1)
    with Store.open(db_url) as s:
        with s.engine.connect() as conn:
            ids = list(conn.execute(select(t.articles.c.id)).scalars())
        assert sorted(ids) == sorted(content_id(x) for x in TEXTS[:3])


def test_ingest_skips_stored_articles_before_the_nlp(corpus, tmp_path, monkeypatch, nlp):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    ingest([str(corpus / "a.txt")], db=url)
    seen: list[int] = []
    real = run_module.extract_batch

    def spy(articles, nlp_, batch_size=None, budget=None):
        seen.append(len(articles))
        return real(articles, nlp_, batch_size, budget)

    monkeypatch.setattr(run_module, "extract_batch", spy)
    queries = {"n": 0}
    real_existing = Store.existing

    def counting(self, *a, **kw):
        queries["n"] += 1
        return real_existing(self, *a, **kw)

    monkeypatch.setattr(Store, "existing", counting)
    ingest([str(corpus / "a.txt"), str(corpus / "b.txt"), str(corpus / "sub")], db=url,
           batch_size=8)
    assert seen == [2]  # a.txt was not parsed again
    assert queries["n"] == 1  # one query for the whole batch


def test_ingest_globs_and_duplicates(corpus, tmp_path, nlp):
    (corpus / "copy.txt").write_text(TEXTS[0], encoding="utf-8")  # same text: same article
    url = f"sqlite:///{tmp_path / 'x.db'}"
    summary = ingest([str(corpus / "**" / "*.txt"), str(corpus / "nomatch-*.txt")], db=url)
    assert (summary.new, summary.skipped) == (3, 1)
    assert summary.failed == 3  # empty.txt, image.txt, and the pattern matching nothing
    with Store.open(url) as s:
        reasons = [f["reason"] for f in s.failures()]
        assert any("no file matches this pattern" in r for r in reasons)


def test_ingest_overrides_and_actor_files(corpus, tmp_path, nlp):
    actors = tmp_path / "extra.yaml"
    actors.write_text("", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'x.db'}"
    summary = ingest([str(corpus / "a.txt")], db=url, published="2022-11-10",
                     outlet="Wire", title="Retreat")
    assert summary.new == 1
    with Store.open(url) as s:
        (r,) = s.iter_extracts()
        assert (r["article"]["published"], r["article"]["outlet"], r["article"]["title"]) == \
            ("2022-11-10", "Wire", "Retreat")
    with pytest.raises(BadMetadata):
        ingest([str(corpus / "a.txt")], db=url, published="yesterday")
    with Store.open(url) as s:
        assert [r["status"] for r in s.runs()] == ["done"]  # no run left behind
    with pytest.raises(ConfigError, match="actor file"):
        ingest([str(corpus / "a.txt")], db=url, actors=[tmp_path / "none.yaml"])


@pytest.mark.parametrize("kwargs, message", [
    ({"engine": "spark"}, "unknown engine"),
    ({"workers": 2}, "need --engine dask"),
    ({"scheduler": "tcp://x:1"}, "need --engine dask"),
    ({"engine": "dask", "scheduler": "tcp://x:1", "workers": 2}, "drop --workers"),
    ({"engine": "dask", "workers": 0}, "at least 1"),
    ({"batch_size": 0}, "at least 1"),
])
def test_ingest_bad_options(kwargs, message, tmp_path):
    with pytest.raises(ConfigError, match=message):
        ingest(["x"], db=f"sqlite:///{tmp_path / 'x.db'}", **kwargs)


def test_ingest_progress_bar_draws(corpus, tmp_path, nlp, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")
    summary = ingest([str(corpus / "a.txt"), str(corpus / "more.jsonl")],
                     db=f"sqlite:///{tmp_path / 'x.db'}", progress=True)
    assert summary.new == 3
    err = capsys.readouterr().err
    assert "ingest" in err and "4/4" in err and "articles/s" in err


# --------------------------------------------------------------------------- CLI

runner = CliRunner()


def test_cli_ingest_summary_failures_and_exit_codes(corpus, tmp_path, nlp):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    result = runner.invoke(app, ["ingest", str(corpus), "--db", url, "--no-progress"])
    assert result.exit_code == 1, result.output  # some inputs failed
    assert "5 read: 5 new" in result.stdout and "failures     3" in result.stdout
    assert "failed: " in result.stderr and "Traceback" not in result.output

    result = runner.invoke(app, ["ingest", str(corpus / "a.txt"), "--db", url, "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (summary["read"], summary["skipped"], summary["new"]) == (1, 1, 0)

    result = runner.invoke(app, ["failures", "--db", url, "--run", summary["run_id"][:8]])
    assert result.exit_code == 0 and "no failures" in result.stdout
    result = runner.invoke(app, ["failures", "--db", url, "--all", "--format", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["error"] for r in rows} == {"MalformedRecord", "EmptyInput", "BinaryInput"}
    result = runner.invoke(app, ["failures", "--db", url, "--all"])
    assert result.exit_code == 0 and "BinaryInput" in result.stdout


def test_cli_ingest_user_errors_are_one_line(tmp_path):
    result = runner.invoke(app, ["ingest", "x.txt", "--db", "nonsense"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    result = runner.invoke(app, ["ingest", "x.txt", "--db", f"sqlite:///{tmp_path}/a.db",
                                 "--workers", "2"])
    assert result.exit_code == 2 and "--engine dask" in result.stderr
    result = runner.invoke(app, ["failures", "--db", f"sqlite:///{tmp_path}/none.db"])
    assert result.exit_code == 2 and "no store at" in result.stderr


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # a client gone away (timeouts)
        pass


class _Page(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802
        body = (b"<html><head><title>Ceasefire</title></head><body><article><p>"
                + TEXTS[4].encode() + b" Talks will resume next week, officials said.</p>"
                b"</article></body></html>")
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_cli_ingest_url_loopback_refused_then_allowed(tmp_path, nlp):
    httpd = _QuietServer(("127.0.0.1", 0), _Page)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        page = f"http://127.0.0.1:{httpd.server_address[1]}/story.html"
        url = f"sqlite:///{tmp_path / 'web.db'}"
        result = runner.invoke(app, ["ingest", page, "--db", url, "--no-progress"])
        assert result.exit_code == 1
        lines = [x for x in result.stderr.splitlines() if page in x]
        assert len(lines) == 1 and "loopback" in lines[0] and "--allow-private" in lines[0]
        assert "Traceback" not in result.output
        result = runner.invoke(app, ["ingest", page, "--db", url, "--allow-private",
                                     "--no-progress"])
        assert result.exit_code == 0, result.output
        with Store.open(url) as s:
            (r,) = s.iter_extracts()
            assert "Kremlin" in r["article"]["text"] and r["article"]["url"] == page
            assert [f["stage"] for f in s.failures(all_runs=True)] == ["fetch"]
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_ingest_counts_match_rows(corpus, db_url, nlp):
    summary = ingest([str(corpus)], db=db_url)
    with Store.open(db_url) as s:
        counts = s.counts()
        with s.engine.connect() as conn:
            n_mentions = conn.execute(select(func.count()).select_from(t.actor_mentions)
                                      ).scalar_one()
    assert (summary.events, summary.attributions, summary.actors, summary.places,
            summary.stances) == (counts["events"], counts["attributions"], counts["actors"],
                                 counts["places"], counts["stances"])
    assert n_mentions == counts["actor_mentions"] and n_mentions >= counts["actors"]


def test_ingest_over_time_budget_recorded_and_run_goes_on(corpus, tmp_path, monkeypatch, nlp):
    import time

    from detente.events import stage as events_stage

    real = events_stage.find_events

    def slow_on_kremlin(doc, lexicon):
        if "Kremlin" in doc.text:
            time.sleep(1.5)
        return real(doc, lexicon)

    monkeypatch.setattr(events_stage, "find_events", slow_on_kremlin)
    url = f"sqlite:///{tmp_path / 'b.db'}"
    summary = ingest([str(corpus / "more.jsonl"), str(corpus / "a.txt")], db=url, budget=1.0)
    assert (summary.new, summary.failed) == (2, 2)  # the bad JSONL line and the slow one
    with Store.open(url) as s:
        (failed,) = [f for f in s.failures() if f["stage"] == "extract"]
        assert failed["error"] == "BudgetExceeded"
        assert failed["article_id"] == content_id(TEXTS[4])
        assert failed["input"].endswith("more.jsonl:3")
        assert failed["reason"].startswith("extraction failed: extraction stopped after")
        assert "article_time_budget of 1 s" in failed["reason"]
        assert s.runs()[0]["status"] == "done"
        assert s.runs()[0]["settings"]["article_time_budget"] == 1.0
    result = CliRunner().invoke(app, ["failures", "--db", url])
    assert "BudgetExceeded" in result.output or "article_time_budget" in result.output


def test_ingest_articles_with_empty_urls_are_all_stored(tmp_path, nlp):
    # found by tests/fuzz: an empty URL was looked up as none but stored as "", so the
    # second article with one broke the store's unique URL
    from detente.models import Article

    assert Article(text="x", url="").url is None
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"text": t, "url": ""}) + "\n" for t in TEXTS[:3]),
                      encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'u.db'}"
    summary = ingest([str(corpus)], db=url)
    assert (summary.new, summary.failed) == (3, 0)
    with Store.open(url) as s:
        assert all(r["article"]["url"] is None for r in s.iter_extracts())
