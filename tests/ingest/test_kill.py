"""The kill test: SIGKILL an ingest at random points, a few times; the killed runs are marked
``interrupted`` (not ``running``) when the store is next opened, and the rerun completes with
each article stored once: none lost, none duplicated. ``DETENTE_KILL_SEED`` replays a seed."""

from __future__ import annotations

import json
import os
import random
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


def _ingest_then_kill(corpus, db_url, engine, at_least: int, pause: float) -> tuple[int, bool]:
    """Start ``detente ingest`` in a child process, SIGKILL it once AT_LEAST articles are
    stored and PAUSE seconds more have passed; (articles stored then, whether it was killed
    before it finished)."""
    env = {**os.environ, "DETENTE_INGEST_BATCH_SIZE": "2", "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "detente", "ingest", str(corpus), "--db", db_url,
         "--no-progress"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and proc.poll() is None:
            if _stored(engine) >= at_least:
                time.sleep(pause)
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.02)
        proc.wait(timeout=60)
        killed = proc.returncode == -signal.SIGKILL
        assert killed or proc.returncode == 0, (proc.returncode, proc.stderr.read()[-2000:])
        return _stored(engine), killed
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()


def test_kills_at_random_points_then_resume_lose_and_duplicate_nothing(tmp_path, db_url, nlp):
    seed = int(os.environ.get("DETENTE_KILL_SEED", random.randrange(10**6)))
    rng = random.Random(seed)
    texts = _texts()
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"k{i}", "text": x}) + "\n"
                              for i, x in enumerate(texts)), encoding="utf-8")
    engine = create_engine(db_url)
    kills = 0
    try:
        stored = 0
        for k in range(2):  # a few kills, each after a random number of commits and a pause
            target = min(N - 1, stored + 2 * rng.randint(1, 3))
            pause = rng.uniform(0, 0.1 if k == 0 else 0.4)  # the first one surely mid-run
            now, killed = _ingest_then_kill(corpus, db_url, engine, target, pause)
            assert now >= stored, f"seed {seed}: {now} stored after {stored}"
            stored = now
            kills += killed
            if not killed or stored >= N:
                break
    finally:
        engine.dispose()

    summary = ingest([str(corpus)], db=db_url, batch_size=2)
    assert not summary.interrupted and summary.failed == 0
    assert summary.read == N and summary.new == N - stored and summary.skipped == stored
    with Store.open(db_url) as store:
        with store.engine.connect() as conn:
            ids = list(conn.execute(select(t.articles.c.id)).scalars())
            sources = list(conn.execute(select(t.articles.c.source_id)).scalars())
        # 0 lost, 0 duplicated
        assert len(ids) == N and sorted(ids) == sorted(content_id(x) for x in texts), seed
        assert sorted(sources) == sorted(f"k{i}" for i in range(N)), seed
        runs = store.runs()
        *earlier, last = runs
        assert last["status"] == "done" and last["n_new"] == N - stored
        # a child killed before it marked its run done left it interrupted (one killed just
        # after that is done); none is left "running"
        assert all(r["status"] in ("interrupted", "done") for r in earlier), (seed, runs)
        interrupted = [r for r in earlier if r["status"] == "interrupted"]
        assert 1 <= len(interrupted) <= kills or not kills, (seed, runs)
        if earlier[-1]["status"] == "interrupted":  # the rerun says it resumes that run
            assert summary.resumes == earlier[-1]["id"], (seed, runs)
            assert "resuming interrupted run" in summary.lines()[0]
        else:
            assert summary.resumes is None
        assert not any(r["status"] == "running" for r in runs), (seed, runs)
        assert sum(r["n_new"] for r in runs) == N  # the counters were committed with the rows
        for result in store.iter_extracts():  # every article complete, not half-written
            assert result["article"]["text"] in texts
