"""Store: migrations, writing batches exactly once, replacing, failures, reading back.

Runs against SQLite and against PostgreSQL when DETENTE_TEST_PG is set (``.ci/run`` sets it).
"""

from __future__ import annotations

import copy

import pytest
from sqlalchemy import create_engine, inspect, select, text

from detente.errors import StoreError
from detente.models import content_id
from detente.store import Failure, Store, Stored, testing
from detente.store import schema as t

sample = testing.sample_extract


@pytest.fixture(params=testing.BACKENDS)
def db_url(request, tmp_path):
    return testing.database_url(request.param, tmp_path)


@pytest.fixture
def store(db_url):
    with Store.open(db_url) as s:
        yield s


def item(text_: str | None = None, url: str | None = "https://example.org/1") -> Stored:
    result = sample()
    if text_ is not None:
        result["article"]["text"] = text_
    result["article"]["url"] = url
    return Stored(content_id(result["article"]["text"]), url, "in.jsonl:1", result)


# --------------------------------------------------------------------------- migrations


def test_store_open_migrates_to_head_matching_schema(store):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    assert store.revision() == "0001"
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(ctx, t.metadata) == []
    with Store.open(store.url) as again:  # a second open is a no-op
        assert again.revision() == "0001"


def test_store_has_indexes_for_the_queries(store):
    insp = inspect(store.engine)
    def indexed(table):
        return {tuple(ix["column_names"]) for ix in insp.get_indexes(table)}
    assert {("type",), ("modality",), ("date_start",)} <= indexed("events")
    assert ("code", "role") in indexed("event_codes")
    assert {("speaker_code",), ("speaker_name",), ("anonymous",)} <= indexed("attributions")
    assert {("actor_code", "date_start"), ("date_start",)} <= indexed("stances")
    assert {("outlet", "published"), ("published",)} <= indexed("articles")
    assert ("code",) in indexed("actors")
    assert any(u["column_names"] == ["url"] for u in insp.get_unique_constraints("articles")) \
        or ("url",) in indexed("articles")


def test_store_downgrade_and_upgrade_again(store):
    from alembic import command
    from alembic.config import Config

    from detente.store.db import MIGRATIONS

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert set(inspect(store.engine).get_table_names()) <= {"alembic_version"}
    store.upgrade()
    assert store.revision() == "0001"
    assert {"articles", "events", "runs"} <= set(inspect(store.engine).get_table_names())


def test_store_newer_revision_refused(store):
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffffffff'"))
    with pytest.raises(StoreError, match="newer detente"):
        Store.open(store.url)


def test_store_sqlite_wal_and_foreign_keys(tmp_path):
    with Store.open(f"sqlite:///{tmp_path / 'sub' / 'x.db'}") as s:
        with s.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert (tmp_path / "sub" / "x.db").exists()


def test_store_default_url_from_setting(tmp_path, monkeypatch):
    monkeypatch.setenv("DETENTE_DB", f"sqlite:///{tmp_path / 'env.db'}")
    with Store.open() as s:
        assert s.url.endswith("env.db")
    monkeypatch.delenv("DETENTE_DB")
    monkeypatch.chdir(tmp_path)
    with Store.open() as s:
        assert s.url == "sqlite:///detente.db"
    assert (tmp_path / "detente.db").exists()


@pytest.mark.parametrize("url, message", [
    ("not a url", "not a database URL"),
    ("nosuchdb://x/y", "cannot use"),
    ("postgresql+psycopg://nobody@127.0.0.1:1/none", "cannot open"),
])
def test_store_bad_urls_one_line_errors(url, message):
    with pytest.raises(StoreError, match=message) as err:
        Store.open(url)
    assert "\n" not in str(err.value)


def test_store_missing_sqlite_refused_without_create(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        Store.open(f"sqlite:///{tmp_path / 'none.db'}", create=False)
    assert not (tmp_path / "none.db").exists()


def test_store_password_masked(tmp_path):
    from detente.store import display_url

    assert "secret" not in display_url("postgresql+psycopg://u:secret@h:5/db")


# --------------------------------------------------------------------------- writing


def test_store_write_and_read_back_exactly(store):
    run = store.start_run(inputs=["in.jsonl"])
    it = item()
    counts = store.write_batch(run, [copy.deepcopy(it)], read=1)
    assert (counts.new, counts.skipped, counts.events, counts.attributions) == (1, 0, 2, 2)
    assert store.extract(it.article_id) == it.result
    assert list(store.iter_extracts()) == [it.result]
    assert store.extract("0" * 16) is None
    r = store.run(run)
    assert (r["n_read"], r["n_new"], r["n_events"], r["status"]) == (1, 1, 2, "running")
    store.finish_run(run)
    assert store.run(run)["status"] == "done" and store.run(run)["finished_at"] is not None
    with store.engine.connect() as conn:
        art = conn.execute(select(t.articles)).mappings().one()
    assert art["source"] == "in.jsonl:1" and art["run_id"] == run and art["n_chars"] > 0


def test_store_same_article_twice_adds_nothing(store):
    run = store.start_run()
    store.write_batch(run, [item()])
    before = store.counts()
    counts = store.write_batch(run, [item(), item()])
    assert (counts.new, counts.skipped) == (0, 2)
    assert store.counts() == before
    assert store.run(run)["n_skipped"] == 2


def test_store_duplicates_within_a_batch(store):
    run = store.start_run()
    counts = store.write_batch(run, [item(url=None), item(url=None),
                                     item("Other text.", url=None)])
    assert (counts.new, counts.skipped) == (2, 1)
    assert store.counts()["articles"] == 2


def test_store_same_url_new_text_is_the_same_article(store):
    run = store.start_run()
    store.write_batch(run, [item()])
    changed = item("Russia withdrew from Kherson. Updated story.")
    counts = store.write_batch(run, [changed])
    assert (counts.new, counts.skipped) == (0, 1)
    counts = store.write_batch(run, [changed], replace=True)
    assert counts.replaced == 1
    assert store.article_ids() == [changed.article_id]


def test_store_replace_swaps_rows_in_one_transaction(store):
    run = store.start_run()
    store.write_batch(run, [item()])
    before = store.counts()
    fewer = item()
    fewer.result["events"] = fewer.result["events"][:1]
    counts = store.write_batch(run, [fewer], replace=True)
    assert (counts.new, counts.replaced) == (0, 1)
    after = store.counts()
    assert after["events"] == before["events"] - 1
    assert after["articles"] == 1
    assert store.extract(fewer.article_id) == fewer.result


def test_store_a_bad_article_does_not_sink_the_batch(store):
    run = store.start_run()
    bad = item("A bad one.", url=None)
    bad.result["actors"].append(dict(bad.result["actors"][0]))  # duplicate id a1
    good = item("A good one.", url=None)
    counts = store.write_batch(run, [bad, good], [Failure("x.bin", "read", "BinaryInput",
                                                          "binary file")], read=3)
    assert (counts.new, counts.failed) == (1, 2)
    assert store.article_ids() == [good.article_id]
    failures = store.failures()
    assert [(f["stage"], f["input"]) for f in failures] == [("read", "x.bin"),
                                                            ("store", "in.jsonl:1")]
    assert failures[1]["article_id"] == bad.article_id
    assert "cannot store" in failures[1]["reason"]
    assert store.run(run)["n_read"] == 3 and store.run(run)["n_failed"] == 2


def test_store_delete_article_cascades(store):
    run = store.start_run()
    it = item()
    store.write_batch(run, [it])
    with store.engine.begin() as conn:
        conn.execute(t.articles.delete())
    counts = store.counts()
    assert all(counts[name] == 0 for name in ("articles", "actors", "actor_mentions",
                                              "events", "event_codes", "stances"))


def test_store_failures_by_run(store):
    first = store.start_run()
    store.write_batch(first, [], [Failure("a.txt", "read", "EmptyInput", "empty")])
    second = store.start_run()
    store.write_batch(second, [], [Failure("http://x", "fetch", "FetchError", "HTTP 404"),
                                   Failure("b.txt", "extract", "ValueError", "boom", "ab" * 8)])
    assert [f["input"] for f in store.failures()] == ["http://x", "b.txt"]
    assert [f["input"] for f in store.failures(first[:6])] == ["a.txt"]
    assert len(store.failures(all_runs=True)) == 3
    with pytest.raises(StoreError, match="no run"):
        store.failures("zzz")


def test_store_failures_empty_store(store):
    assert store.failures() == []
    assert store.runs() == []


def test_store_counts_survive_reopen(db_url):
    with Store.open(db_url) as s:
        run = s.start_run(inputs=["a", "b"], engine="dask", workers=2, reprocess=True,
                          model_name="en_core_web_md", model_version="3.8.0",
                          run_settings={"batch_size": 32})
        s.write_batch(run, [item()], read=1)
    with Store.open(db_url, create=False) as s:
        (r,) = s.runs()
        assert r["inputs"] == ["a", "b"] and r["settings"] == {"batch_size": 32}
        assert (r["engine"], r["workers"], r["reprocess"]) == ("dask", 2, True)
        assert r["detente_version"] and r["schema_version"] == "1"
        assert s.counts()["articles"] == 1


def test_store_unreachable_database_raises_store_error(tmp_path):
    url = f"sqlite:///{tmp_path / 'gone.db'}"
    s = Store.open(url)
    run = s.start_run()
    s.close()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE failures")
    engine.dispose()
    with pytest.raises(StoreError, match="cannot write"):
        s.write_batch(run, [], [Failure("a", "read", "E", "r")])
