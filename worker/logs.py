"""structlog, configured once per process.

JSON lines when stderr is not a terminal (production, CI), a readable console renderer on one. A
processor drops message bodies and masks secrets before anything is rendered, so a careless
`log.info("x", body=text)` cannot leak customer content or credentials.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import MutableMapping
from typing import Any

import structlog

# Keys whose values are message content or customer data: dropped entirely.
CONTENT_KEYS = frozenset(
    {"body", "content", "text", "message_body", "redacted_content", "raw_body", "payload", "form"}
)
# Keys whose values are credentials: replaced by a mask.
SECRET_MARKERS = ("secret", "password", "token", "api_key", "apikey", "authorization", "signature", "key")
_configured = False


@functools.lru_cache(maxsize=4096)
def _replacement(key: str) -> str | None:
    """What a value logged under `key` is replaced by (None: kept). Log keys are names written in the
    code, a few dozen in all, so the verdict is kept per key: scanning every key for every marker was
    about a third of a log line's CPU."""
    lowered = key.lower()
    if lowered in CONTENT_KEYS:
        return "[content omitted]"
    if (
        lowered != "event"
        and any(marker in lowered for marker in SECRET_MARKERS)
        and not lowered.endswith("_id")
    ):
        return "***"
    return None


def scrub(_logger: Any, _name: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    for key in list(event.keys()):
        replacement = _replacement(key) if isinstance(key, str) else None
        if replacement is not None:
            event[key] = replacement
    return event


def _colour() -> bool:
    """Colour only on a terminal: NO_COLOR wins, OMS_LOG_COLOR (set by `oms dev` for its children, whose
    output it relays to its own terminal) next, else whether stderr is a terminal."""
    import os

    if os.environ.get("NO_COLOR"):
        return False
    forced = os.environ.get("OMS_LOG_COLOR", "").strip()
    if forced:
        return forced == "1"
    return sys.stderr.isatty()


class _AlembicPreamble(logging.Filter):
    """Alembic's "Context impl PostgresqlImpl." and "Will assume transactional DDL.", said at info on
    every connection, even when there is nothing to migrate; its "Running upgrade ..." lines stay."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(("Context impl ", "Will assume "))


_ALEMBIC_PREAMBLE = _AlembicPreamble()


def configure_logging(level: str = "INFO", fmt: str = "auto", *, force: bool = False) -> None:
    global _configured
    if _configured and not force:
        return
    use_json = fmt == "json" or (fmt == "auto" and not sys.stderr.isatty())
    renderer: Any = (
        structlog.processors.JSONRenderer() if use_json else structlog.dev.ConsoleRenderer(colors=_colour())
    )
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        scrub,
    ]
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info if use_json else structlog.processors.StackInfoRenderer(),
            renderer,
        ],
    )
    # No renderer reads a record's caller, thread or process: the standard library's documented switches
    # skip looking them up for every record (the caller's frame walk most: 27-31 instead of 34-37 us a
    # line, measured on the worker's `message_processed` line; the ingress and the worker write one each
    # per message)
    logging._srcfile = None
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # Library chatter stays out of the default output: Alembic announces each plugin it sets up at info,
    # pgserver narrates every command it runs.
    for noisy in (
        "pika",
        "urllib3",
        "httpx",
        "httpcore",
        "openai",
        "uvicorn.access",
        "alembic.runtime.plugins",
        "pgserver",
    ):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
    migration = logging.getLogger("alembic.runtime.migration")
    if _ALEMBIC_PREAMBLE not in migration.filters:
        migration.addFilter(_ALEMBIC_PREAMBLE)
    _configured = True
