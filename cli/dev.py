"""`oms dev`: the whole system on one machine with no configuration.

It uses the configured (or default loopback) PostgreSQL and Redis; when no URL was given and nothing
answers on the default ports, it starts private ones under `.oms-dev/` from the binaries on this
machine (embedded mode) and stops them on exit. Then it migrates, and runs the ingress and the workers
as child processes with prefixed output until Ctrl-C, which stops both cleanly.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import click

from cli import dev_services
from worker.settings import get_settings

DEV_DIR = Path(os.environ.get("OMS_DEV_DIR", ".oms-dev")).resolve()
EMBEDDED_PG_PORT, EMBEDDED_REDIS_PORT = 54329, 63799


@click.command("dev")
@click.option("--port", type=int, default=None, help="ingress port (default $PORT or 8000)")
@click.option("--processes", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--threads", type=click.IntRange(min=1), default=8, show_default=True)
@click.option("--no-migrate", is_flag=True, help="skip `oms db upgrade` before starting")
@click.option("--demo", is_flag=True, help="once up, run `oms demo`: a demo distributor and sample messages")
def dev_cmd(port: int | None, processes: int, threads: int, no_migrate: bool, demo: bool) -> None:
    """Ingress and workers together on this machine, logs prefixed; Ctrl-C stops both."""
    sys.exit(run_dev(port=port, processes=processes, threads=threads, migrate=not no_migrate, demo=demo))


def _answers(host: str, port: int) -> bool:
    try:
        socket.create_connection((host, port), timeout=1).close()
        return True
    except OSError:
        return False


def _wait_for(host: str, port: int, what: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if _answers(host, port):
            return
        time.sleep(0.2)
    raise SystemExit(f"oms dev: {what} did not start on {host}:{port}")


def _as_postgres_user(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:  # initdb and postgres refuse to run as root
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


def _packages_only() -> bool:
    """OMS_DEV_EMBEDDED=packages: use the pip-installed embedded services even where PostgreSQL and
    Redis are installed or running (how a machine with nothing but Python is tried out)."""
    return os.environ.get("OMS_DEV_EMBEDDED", "").strip().lower() == "packages"


def _start_embedded_postgres(env: dict[str, str]) -> object:
    found = shutil.which("initdb")
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb")) or ([found] if found else [])
    if not bins or _packages_only():
        return dev_services.packaged_postgres(env, DEV_DIR)
    bindir = Path(bins[-1]).parent
    data = DEV_DIR / "pg"
    DEV_DIR.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(DEV_DIR, "postgres")
    if not (data / "PG_VERSION").exists():
        subprocess.run(
            _as_postgres_user(
                [str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
    subprocess.run(
        _as_postgres_user(
            [
                str(bindir / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(DEV_DIR / "pg.log"),
                "-o",
                f"-p {EMBEDDED_PG_PORT} -k {DEV_DIR} -c listen_addresses=127.0.0.1",
                "-w",
                "start",
            ]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    env["OMS_ADMIN_DATABASE_URL"] = f"postgresql://postgres@127.0.0.1:{EMBEDDED_PG_PORT}/oms"
    env["DATABASE_URL"] = f"postgresql://oms_app@127.0.0.1:{EMBEDDED_PG_PORT}/oms"
    print(f"oms dev: started embedded PostgreSQL on 127.0.0.1:{EMBEDDED_PG_PORT} ({data})", flush=True)
    return _as_postgres_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"])


def _start_embedded_redis(env: dict[str, str]) -> subprocess.Popen[bytes]:
    exe = None if _packages_only() else shutil.which("redis-server")
    exe = exe or dev_services.packaged_redis_server()
    if not exe:
        raise SystemExit(
            "oms dev: Redis is not running on 127.0.0.1:6379 and no redis-server was found; "
            f"install Redis, set BROKER_URL, or {dev_services.INSTALL_HINT}"
        )
    port = int(os.environ.get("OMS_DEV_REDIS_PORT", "") or EMBEDDED_REDIS_PORT)
    DEV_DIR.mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen(
        [
            exe,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(DEV_DIR),
        ],
        stdout=subprocess.DEVNULL,
    )
    _wait_for("127.0.0.1", port, "embedded Redis")
    env["BROKER_URL"] = f"redis://127.0.0.1:{port}/0"
    print(f"oms dev: started embedded Redis on 127.0.0.1:{port} ({exe})", flush=True)
    return proc


def _pump(prefix: str, stream: object) -> None:
    for raw in iter(stream.readline, b""):  # type: ignore[attr-defined]
        sys.stdout.write(f"{prefix} | {raw.decode(errors='replace')}")
        sys.stdout.flush()


def _run_demo(oms: list[str], env: dict[str, str], base: str) -> None:
    """`oms demo` against this dev system once its ingress answers."""
    import httpx

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    subprocess.run([*oms, "demo", "--base-url", base], env={**env, "OMS_DEV_DIR": str(DEV_DIR)})


def run_dev(*, port: int | None, processes: int, threads: int, migrate: bool, demo: bool = False) -> int:
    settings = get_settings()  # in development this creates .oms-dev/master.key on the first run
    env = dict(os.environ)
    env.setdefault("OMS_DEV_DIR", str(DEV_DIR))  # children read the same master key, whatever their cwd
    cleanups: list[object] = []
    db = urlsplit(settings.admin_database_url)
    forced = _packages_only()
    if forced or (
        "DATABASE_URL" not in os.environ and not _answers(db.hostname or "127.0.0.1", db.port or 5432)
    ):
        cleanups.append(_start_embedded_postgres(env))
    br = urlsplit(settings.broker_url)
    if forced or (
        "BROKER_URL" not in os.environ and not _answers(br.hostname or "127.0.0.1", br.port or 6379)
    ):
        cleanups.append(_start_embedded_redis(env))
    if cleanups:
        print(f"oms dev: service URLs in {dev_services.write_env_file(env, DEV_DIR)}", flush=True)
    oms = [sys.executable, "-m", "cli"]
    env.setdefault("OMS_LOG_FORMAT", "console")
    env.setdefault("OMS_LOG_COLOR", "1" if sys.stdout.isatty() else "0")  # children write to our pipe
    children: dict[str, subprocess.Popen[bytes]] = {}
    try:
        if migrate:
            result = subprocess.run([*oms, "db", "upgrade"], env=env)
            if result.returncode != 0:
                return result.returncode
        web_args = [*oms, "ingress"] + (["--port", str(port)] if port else [])
        children["web   "] = subprocess.Popen(
            web_args, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        children["worker"] = subprocess.Popen(
            [*oms, "worker", "--processes", str(processes), "--threads", str(threads)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        pumps = [
            threading.Thread(target=_pump, args=(name, p.stdout), daemon=True) for name, p in children.items()
        ]
        for t in pumps:
            t.start()
        if demo:
            base = f"http://127.0.0.1:{port or settings.ingress_port}"
            threading.Thread(target=_run_demo, args=(oms, env, base), daemon=True).start()
        stop = threading.Event()
        # Installed explicitly: a shell that starts us in the background may have left SIGINT ignored.
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
        try:
            while not stop.is_set():
                if any(p.poll() is not None for p in children.values()):
                    break
                stop.wait(0.2)
        except KeyboardInterrupt:
            pass
        return _stop(children)
    finally:
        _stop(children)
        dev_services.stop(cleanups)


def _stop(children: dict[str, subprocess.Popen[bytes]]) -> int:
    for p in children.values():
        if p.poll() is None:
            p.send_signal(signal.SIGTERM)  # uvicorn and dramatiq both shut down gracefully on TERM
    deadline = time.monotonic() + 35
    code = 0
    for p in children.values():
        try:
            p.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
        code = code or (p.returncode if p.returncode and p.returncode > 0 else 0)
    return code


COMMANDS = (dev_cmd,)
