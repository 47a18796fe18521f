"""``--engine dask``: the same store as the local engine, on one LocalCluster for the module.

The cluster (2 worker processes, 1 thread each) is started once for this module, the only
one that starts a cluster; each worker loads the model once, on its first task.
"""

from __future__ import annotations

import itertools
import json

import pytest

from detente.ingest import ingest
from detente.ingest import work
from detente.store import Store

pytestmark = pytest.mark.slow

ACTORS_YAML = """people:
- name: Ivan Testovich
  code: RUS.GOV
"""


@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("distributed")
    import logging

    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.ERROR)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


@pytest.fixture
def wikinews20(shared, tmp_path):
    source = shared("corpora/wikinews/articles.jsonl")
    path = tmp_path / "wikinews20.jsonl"
    with source.open(encoding="utf-8") as f, path.open("w", encoding="utf-8") as out:
        out.writelines(itertools.islice(f, 20))
    return path


def test_dask_engine_gives_the_same_store_as_local(wikinews20, tmp_path, client, nlp):
    local_url = f"sqlite:///{tmp_path / 'local.db'}"
    dask_url = f"sqlite:///{tmp_path / 'dask.db'}"
    local = ingest([str(wikinews20)], db=local_url, batch_size=8)
    dask = ingest([str(wikinews20)], db=dask_url, engine="dask", client=client, batch_size=8)
    assert local.new == dask.new == 20 and local.failed == dask.failed == 0
    assert (dask.events, dask.attributions, dask.actors) == \
        (local.events, local.attributions, local.actors)
    with Store.open(local_url) as a, Store.open(dask_url) as b:
        assert a.article_ids() == b.article_ids()
        for x, y in zip(a.iter_extracts(), b.iter_extracts()):
            assert x == y, x["article"]["id"]
        (run,) = b.runs()
        assert run["engine"] == "dask" and run["status"] == "done"
        assert run["model_name"] == a.runs()[0]["model_name"]
    again = ingest([str(wikinews20)], db=dask_url, engine="dask", client=client, batch_size=8)
    assert (again.new, again.skipped) == (0, 20)


def test_dask_engine_resumes_a_partial_store_and_ships_actor_files(tmp_path, client, nlp):
    actors = tmp_path / "mine.yaml"
    actors.write_text(ACTORS_YAML, encoding="utf-8")
    corpus = tmp_path / "c.jsonl"
    texts = [f"Ivan Testovich said on Monday that talks with Kyiv would resume in {m}."
             for m in ("March", "April", "May", "June", "July")]
    corpus.write_text("".join(json.dumps({"text": x}) + "\n" for x in texts), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'd.db'}"
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps({"text": texts[0]}) + "\n", encoding="utf-8")
    ingest([str(first)], db=url, actors=[actors])
    summary = ingest([str(corpus)], db=url, engine="dask", client=client, batch_size=2,
                     actors=[actors])
    assert (summary.new, summary.skipped, summary.failed) == (4, 1, 0)
    with Store.open(url) as s:
        codes = {a["code"] for r in s.iter_extracts() for a in r["actors"]
                 if a["name"] == "Ivan Testovich"}
    assert codes == {"RUS.GOV"}


def test_worker_materializes_actor_files_once(tmp_path):
    blobs = (("/somewhere/mine.yaml", ACTORS_YAML.encode()),)
    paths = work._materialize(blobs)
    assert paths == work._materialize(blobs)
    assert paths[0].endswith("mine.yaml")
    assert open(paths[0], encoding="utf-8").read() == ACTORS_YAML
    assert work._materialize(()) == ()


def test_dask_failed_task_recorded_and_run_goes_on(tmp_path, client, monkeypatch):
    from detente.ingest import run as run_module

    def broken(articles, *args):  # a local function: shipped to the workers by value
        raise RuntimeError("worker lost its model")

    monkeypatch.setattr(run_module, "extract_task", broken)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"text": f"Story {i} about talks."}) + "\n"
                              for i in range(3)), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'f.db'}"
    summary = ingest([str(corpus)], db=url, engine="dask", client=client, batch_size=2)
    assert (summary.new, summary.failed) == (0, 3)
    with Store.open(url) as s:
        failures = s.failures()
        assert {f["stage"] for f in failures} == {"extract"}
        assert all("Dask task failed: worker lost its model" in f["reason"] for f in failures)
        assert s.runs()[0]["status"] == "done"


def test_dask_workers_stop_articles_over_the_time_budget_and_go_on(tmp_path, client):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"text": f"Story {i}: Russia and Ukraine held talks."})
                              + "\n" for i in range(3)), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'b.db'}"
    summary = ingest([str(corpus)], db=url, engine="dask", client=client, batch_size=2,
                     budget=1e-9)
    assert (summary.new, summary.failed) == (0, 3)
    with Store.open(url) as s:
        failures = s.failures()
        assert {f["error"] for f in failures} == {"BudgetExceeded"}
        assert all("article_time_budget" in f["reason"] for f in failures)
        assert s.runs()[0]["status"] == "done"
    again = ingest([str(corpus)], db=url, engine="dask", client=client, batch_size=2, budget=0)
    assert (again.new, again.failed) == (3, 0)  # no limit: every one goes through
