"""The actor registry: what a dramatiq worker process imports (logging, the broker, every actor module).

`oms worker` runs `python -m worker.supervisor cli.actors` (dramatiq's worker processes under a
supervisor that restarts one that dies), so this module is the one place that decides which actors a
worker serves. It is a process entry point, so it lives above everything with the command line; worker/
is the runtime only (settings, broker, middleware, logging) and imports nothing of jobs/.
"""

from __future__ import annotations

from worker.logs import configure_logging
from worker.settings import get_settings

_settings = get_settings()
configure_logging(_settings.log_level, _settings.log_format)

from worker.broker import add_worker_middleware, broker  # noqa: E402

add_worker_middleware(broker)  # before the actors are declared

import jobs.ai.metering  # noqa: E402,F401
import jobs.customers.actors  # noqa: E402,F401
import jobs.housekeeping.actors  # noqa: E402,F401
import jobs.ops.worker_hooks  # noqa: E402,F401
import jobs.pipeline.actors  # noqa: E402,F401
import jobs.pipeline.maintenance  # noqa: E402,F401
import jobs.replies.model  # noqa: E402,F401
import jobs.webhooks.delivery  # noqa: E402,F401
import jobs.webhooks.sweep  # noqa: E402,F401
from scheduler.slots import install_outcomes  # noqa: E402

if _settings.ai_provider != "local":  # the SDK now, not while the first paid message waits for it
    import jobs.ai.openai_provider  # noqa: E402,F401

install_outcomes(broker)

__all__ = ["broker"]
