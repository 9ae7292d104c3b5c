"""`oms worker` survives the death of one of its worker processes (#6 item 9): `kill -9` of a child, the
supervisor starts a new one, and messages keep being processed (those the dead child held included,
once the broker's heartbeat timeout gives them to a live consumer)."""

from __future__ import annotations

import os
import signal
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db import models as m
from db.enums import ProcessingStatus
from db.session import tenant_session
from jobs.pipeline.actors import start_pipeline
from tests.processes import OmsProcess, free_port, wait_until
from tests.seed import insert_message


def children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def worker_children(pid: int) -> set[int]:
    """The worker processes: children of the supervisor named by it (the fork serving /metrics is not)."""
    out = set()
    for child in children(pid):
        try:
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"worker.supervisor" in cmdline:
            out.add(child)
    return out


def _status(tenant_id: uuid.UUID, message_id: uuid.UUID) -> ProcessingStatus | None:
    with tenant_session(tenant_id) as s:
        return s.scalar(select(m.Message.processing_status).where(m.Message.id == message_id))


def test_killing_a_worker_child_does_not_stop_the_worker(settings, shop, tmp_path):  # type: ignore[no-untyped-def]
    env = {
        **os.environ,
        "OMS_WORKER_METRICS_PORT": str(free_port()),
        "OMS_WORKER_METRICS_DIR": str(tmp_path / "metrics"),
        "OMS_PIPELINE_MODE": "fused",
        "OMS_LOG_FORMAT": "json",
        "OMS_BROKER_HEARTBEAT_TIMEOUT_MS": "2000",
    }
    proc = OmsProcess(["worker", "--processes", "2", "--threads", "2"], env, tmp_path / "worker.log")
    try:
        first = insert_message(shop.id, "2 cases of coke zero 330ml")
        start_pipeline(first, shop.id)
        wait_until(
            lambda: _status(shop.id, first) == ProcessingStatus.PROCESSED, timeout=90, what="a first message"
        )
        # The fork serving /metrics is started last: wait for all three children.
        wait_until(lambda: len(children(proc.proc.pid)) >= 3, timeout=30, what="the worker's processes")
        before = worker_children(proc.proc.pid)
        assert len(before) >= 2, proc.output()[-3000:]
        victim = sorted(before)[0]
        os.kill(victim, signal.SIGKILL)

        wait_until(
            lambda: "worker_process_died" in proc.output(), timeout=30, what="the supervisor to see the death"
        )
        assert proc.proc.poll() is None, proc.output()[-3000:]
        replaced = wait_until(
            lambda: (now := worker_children(proc.proc.pid)) - before and len(now) >= 2 and now,
            timeout=60,
            what="a new worker process",
        )
        assert victim not in replaced

        later = [insert_message(shop.id, f"{n} kg tomatoes") for n in range(1, 6)]
        for mid in later:
            start_pipeline(mid, shop.id)
        wait_until(
            lambda: all(_status(shop.id, mid) == ProcessingStatus.PROCESSED for mid in later),
            timeout=90,
            what="messages after the restart",
        )
        assert proc.proc.poll() is None
        assert "worker_process_restarted" in proc.output()
        assert "worker_preloaded" in proc.output()  # `oms worker` compiles the patterns before it forks
    finally:
        proc.stop()
    assert proc.proc.returncode == 0, proc.output()[-3000:]


# A worker process's SIGTERM handler (dramatiq's) logs "Stopping worker process..." to the supervisor's
# line writer, and can run while the same thread is inside the writer. Here the signal lands exactly
# there: the write of a line sends it to its own process before returning.
_NESTED_WRITE = """
import os, signal
from worker.supervisor import _LineWriter

writer = _LineWriter(1)
signal.signal(signal.SIGTERM, lambda signum, frame: writer.write("written by the handler\\n"))
real_write = os.write

def write_then_signal(fd, data):
    written = real_write(fd, data)
    if b"first" in data:
        os.kill(os.getpid(), signal.SIGTERM)  # its handler runs before this write returns
    return written

os.write = write_then_signal
writer.write("first ")
writer.write("line\\n")
writer.write("last line\\n")
writer.flush()
"""


def test_a_signal_handler_writing_a_line_inside_a_write_does_not_hang_the_process() -> None:
    import subprocess

    done = subprocess.run(
        [sys.executable, "-c", _NESTED_WRITE],
        capture_output=True,
        text=True,
        timeout=60,  # bounds a failure only: a deadlocked writer never returns
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["first line", "written by the handler", "last line"]


class _ExitsLate:
    """A child process as the supervisor's loop sees it when its exit shows up between two looks: alive
    at the first `looks` reads of its exit code, killed from then on. No pid (nothing is signalled), and
    a sentinel always ready, so the loop's wait returns at once."""

    pid = None

    def __init__(self, looks: int, supervisor: Any) -> None:
        self.looks, self.supervisor = looks, supervisor
        self.sentinel, self._writer = os.pipe()
        os.write(self._writer, b"x")  # never read: always ready

    @property
    def exitcode(self) -> int | None:
        self.looks -= 1
        if self.looks < -5:  # the loop kept looking past the exit without handling it: end the run
            self.supervisor.running = False
        return None if self.looks >= 0 else -9

    def is_alive(self) -> bool:
        return False  # the start does not wait for it to boot

    def join(self, timeout: float | None = None) -> None:
        os.close(self.sentinel)
        os.close(self._writer)


def test_a_child_whose_exit_shows_late_is_still_restarted(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """Each turn of the supervisor's loop used to look at a child's exit twice (which children are alive,
    then which of those died during the wait); a child that died between the two looks was dropped,
    never restarted nor logged. The loop itself runs here, on a scripted child: the first process exits
    late, and once it is restarted the supervisor stops."""
    from dramatiq.canteen import canteen_try_init
    from dramatiq.cli import HANDLED_SIGNALS, make_argument_parser

    from worker import supervisor as module

    supervisor = module.Supervisor(make_argument_parser().parse_args(["cli.actors", "--processes", "1"]))

    def start(child: Any) -> None:
        with canteen_try_init(supervisor.canteen):  # as a first worker process does: it adds no forks
            pass
        if child.restarts:  # the restart: stop now, this one's exit shows at the first look
            supervisor.running = False
        child.proc = _ExitsLate(0 if child.restarts else 2, supervisor)
        child.booted, child.started_at, child.restart_at = True, time.monotonic(), None

    monkeypatch.setattr(supervisor, "_start", start)
    monkeypatch.setattr(module, "FIRST_BACKOFF_SECONDS", 0.0)
    handlers = {sig: signal.getsignal(sig) for sig in HANDLED_SIGNALS}
    try:
        assert supervisor.run() == 0
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
    assert supervisor.workers[0].restarts == 1
    logged = capfd.readouterr().err
    assert "worker_process_died" in logged and "worker_process_restarted" in logged


PRELOADED: list[str] = []


def record_preload() -> int:
    """A preload target (`OMS_WORKER_PRELOAD=tests.test_worker_supervisor:record_preload`)."""
    PRELOADED.append("preloaded")
    return len(PRELOADED)


def test_the_preload_runs_its_target_and_a_failing_one_does_not_stop_the_start(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """`OMS_WORKER_PRELOAD` (set by `oms worker`) runs in the supervisor's `main` before it starts (forks)
    its worker processes; a target that fails is logged, not raised: the workers would only prepare the
    same themselves. The supervisor's run is the one thing replaced: it records what was preloaded."""
    from worker import supervisor as module

    started: list[list[str]] = []

    def run(self: Any) -> int:
        started.append(list(PRELOADED))
        return 0

    monkeypatch.setattr(module.Supervisor, "run", run)
    monkeypatch.setattr(sys, "path", list(sys.path))  # main() adds the actors' path
    PRELOADED.clear()
    monkeypatch.setenv("OMS_WORKER_PRELOAD", "tests.test_worker_supervisor:record_preload")
    assert module.main(["cli.actors", "--processes", "1"]) == 0
    monkeypatch.setenv("OMS_WORKER_PRELOAD", "jobs.language.preload:no_such_function")
    assert module.main(["cli.actors", "--processes", "1"]) == 0
    assert started == [["preloaded"], ["preloaded"]]  # preloaded before the start; started after a failure
    err = capfd.readouterr().err
    assert "worker_preloaded" in err and "worker_preload_failed" in err
