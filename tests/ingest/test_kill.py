"""The kill test: SIGKILL an ingest mid-run; the rerun completes, each article stored once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from detente.ingest import ingest
from detente.models import content_id
from detente.store import Store, testing
from detente.store import schema as t

pytestmark = pytest.mark.slow

N = 30
PLACES = ["Kherson", "Kharkiv", "Odesa", "Mariupol", "Bakhmut", "Zaporizhzhia"]
ACTORS = ["Ukrainian forces", "Russian troops", "NATO officials", "The Kremlin",
          "Turkish diplomats"]


def _texts() -> list[str]:
    out = []
    for i in range(N):
        place, actor = PLACES[i % len(PLACES)], ACTORS[i % len(ACTORS)]
        out.append(f"{actor} said on Monday that fighting near {place} had continued for "
                   f"{i + 2} days. Officials in Kyiv said talks could resume in {2023 + i % 3}. "
                   f"Report number {i}.")
    return out


@pytest.fixture(params=testing.BACKENDS)
def db_url(request, tmp_path):
    return testing.database_url(request.param, tmp_path)


def _stored(engine) -> int:
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(t.articles)).scalar_one()
    except SQLAlchemyError:  # the store is not created yet
        return 0


def test_kill_mid_run_then_resume_stores_each_article_once(tmp_path, db_url, nlp):
    texts = _texts()
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"k{i}", "text": x}) + "\n"
                              for i, x in enumerate(texts)), encoding="utf-8")
    env = {**os.environ, "DETENTE_INGEST_BATCH_SIZE": "2", "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "detente", "ingest", str(corpus), "--db", db_url,
         "--no-progress"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    engine = create_engine(db_url)
    try:
        deadline = time.monotonic() + 180
        stored = 0
        while time.monotonic() < deadline and proc.poll() is None:
            stored = _stored(engine)
            if stored:  # the first commit is visible: kill now
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.02)
        proc.wait(timeout=60)
        assert proc.returncode == -signal.SIGKILL, (proc.returncode, proc.stderr.read()[-2000:])
        at_kill = _stored(engine)
        assert 0 < at_kill < N, at_kill
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
        engine.dispose()

    summary = ingest([str(corpus)], db=db_url, batch_size=2)
    assert not summary.interrupted
    assert summary.read == N and summary.new == N - at_kill and summary.skipped == at_kill
    with Store.open(db_url) as store:
        with store.engine.connect() as conn:
            ids = list(conn.execute(select(t.articles.c.id)).scalars())
            sources = list(conn.execute(select(t.articles.c.source_id)).scalars())
        assert len(ids) == N and sorted(ids) == sorted(content_id(x) for x in texts)
        assert sorted(sources) == sorted(f"k{i}" for i in range(N))
        killed, resumed = store.runs()
        assert killed["status"] == "running" and killed["finished_at"] is None
        assert killed["n_new"] == at_kill  # the counters were committed with the rows
        assert resumed["status"] == "done" and resumed["n_new"] == N - at_kill
        for result in store.iter_extracts():  # every article complete, not half-written
            assert result["article"]["text"] in texts
