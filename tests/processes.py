"""Real `oms` processes for end-to-end tests: the ingress over HTTP and dramatiq workers."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import httpx

T = TypeVar("T")

# How long a process may take to come up before that counts as a failure. Start-up is mostly CPU (imports,
# the worker's pattern preload, a tenant's catalog index): a worker took 14-20 s from its start to its first
# message on this project's 2-core machine at a load of 10, and twice that beside a benchmark, where a 30 s
# deadline failed a test. The deadline bounds a process that never gets there; one that exits fails at
# once (`OmsProcess.running`).
START_TIMEOUT = 180.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until(predicate: Callable[[], T], *, timeout: float = 30.0, what: str = "condition") -> T:
    """Poll observable state until it holds; the deadline only bounds a failure, it never passes a test."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(0.05)


class OmsProcess:
    def __init__(self, args: list[str], env: dict[str, str], log: Path) -> None:
        self.log_path = log
        self._log = log.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "cli", *args],
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def running(self) -> bool:
        """True while the process runs; one that has exited fails the test at once, with its output."""
        code = self.proc.poll()
        if code is not None:
            raise AssertionError(f"{self.log_path.stem} exited with {code}:\n{self.output()[-3000:]}")
        return True

    def output(self) -> str:
        if not self._log.closed:
            self._log.flush()
        return self.log_path.read_text(errors="replace")

    def kill(self) -> None:
        """SIGKILL the whole process group: no shutdown hooks, no acks (a crashed host)."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self._log.closed:
            return
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()
        self._log.close()


def start_ingress(env: dict[str, str], tmp: Path) -> tuple[OmsProcess, str]:
    port = free_port()
    env = {**env, "PORT": str(port), "OMS_PUBLIC_BASE_URL": f"http://127.0.0.1:{port}"}
    proc = OmsProcess(
        ["ingress", "--host", "127.0.0.1", "--port", str(port)], env, tmp / f"ingress-{port}.log"
    )
    base = f"http://127.0.0.1:{port}"

    def up() -> bool:
        proc.running()
        try:
            return httpx.get(f"{base}/healthz", timeout=1).status_code == 200
        except httpx.TransportError:
            return False

    try:
        wait_until(up, timeout=START_TIMEOUT, what="ingress /healthz")
    except BaseException:
        proc.stop()
        raise
    return proc, base


def start_worker(env: dict[str, str], tmp: Path, name: str = "worker") -> OmsProcess:
    args = ["worker", "--processes", "1", "--threads", "4"]
    return OmsProcess(args, env, tmp / f"{name}.log")
