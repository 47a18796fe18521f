"""Runs whose process died are marked ``interrupted`` when the store is next opened."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from detente.store import Store, testing


@pytest.fixture(params=testing.BACKENDS)
def db_url(request, tmp_path):
    return testing.database_url(request.param, tmp_path)


_HOLDER = """
import sys, time
from detente.store import Store
store = Store.open(sys.argv[1])
print(store.start_run(inputs=["x"]), flush=True)
time.sleep(600)
"""


def _status(url: str, run_id: str) -> str:
    with Store.open(url) as s:
        return s.run(run_id)["status"]


def test_killed_run_is_marked_interrupted_and_a_live_one_is_not(db_url):
    proc = subprocess.Popen([sys.executable, "-c", _HOLDER, db_url], stdout=subprocess.PIPE,
                            text=True)
    try:
        run_id = proc.stdout.readline().strip()
        assert len(run_id) == 32
        assert _status(db_url, run_id) == "running"  # alive: opening the store leaves it
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    deadline = time.monotonic() + 30  # the server drops a dead session's locks promptly
    while _status(db_url, run_id) == "running" and time.monotonic() < deadline:
        time.sleep(0.2)
    with Store.open(db_url) as s:
        run = s.run(run_id)
        assert run["status"] == "interrupted" and run["finished_at"] is None


def test_runs_of_this_process_stay_running_and_finish_cleanly(db_url, tmp_path):
    with Store.open(db_url) as store:
        run_id = store.start_run(inputs=["y"])
        with Store.open(db_url) as other:  # another open, same process: the run is alive
            assert other.run(run_id)["status"] == "running"
        assert store.mark_abandoned() == []
        store.finish_run(run_id, "done")
    assert _status(db_url, run_id) == "done"
    if db_url.startswith("sqlite"):
        assert not list((tmp_path).glob(".*.runs/*.lock"))  # the lock file is gone


def test_a_running_row_without_its_lock_is_interrupted(db_url):
    with Store.open(db_url) as store:
        run_id = store.start_run(inputs=["z"])
        store._locks.pop(run_id).release()  # as a detente without run locks left it
        assert store.mark_abandoned() == [run_id]
        assert store.run(run_id)["status"] == "interrupted"
