"""The message pipeline as dramatiq actors, in two modes that differ only in where transactions end:

- fused (the default): `process_message` runs the whole pipeline for a message in one transaction;
- chained (`OMS_PIPELINE_MODE=chained`): detect_pii -> classify_intent -> match_products -> create_order,
  each stage a transaction of its own that then sends the next.

Both run jobs/pipeline/fused.py (`run(message, tenant, until)`: read, analyse up to `until`, and the one
writer, jobs/pipeline/store.py, which writes only what is missing), so a redelivered or replayed message
changes nothing the second time, and a message another run left half done is finished, not redone.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import dramatiq
import structlog
from sqlalchemy import text

import worker.broker  # noqa: F401 - sets the global broker before actors are declared
from db import models as m
from db.ids import as_uuid
from db.session import tenant_session
from jobs.ai.calls import Policy, check_time_limit
from jobs.pipeline import fused
from jobs.pipeline.errors import PermanentError
from jobs.pipeline.stages import Stage, StageFailed
from jobs.queues import PIPELINE_QUEUE
from worker.broker import on_final_failure
from worker.settings import get_settings

log = structlog.get_logger("oms.pipeline")
# Explicit per-stage policy: a handful of retries over about a minute, then the dead-letter view.
MAX_RETRIES, MIN_BACKOFF_MS, MAX_BACKOFF_MS, TIME_LIMIT_MS = 5, 1_000, 60_000, 30_000
# The actors that wait for a paid model call: longer than the call's worst case (retries included, set
# by OMS_AI_MAX_WAIT_SECONDS + OMS_AI_TIMEOUT_SECONDS), which the start-up check below enforces, so a
# call ends metered and recorded before the actor could be interrupted.
AI_TIME_LIMIT_MS = 180_000
_settings = get_settings()
if _settings.ai_provider != "local":
    check_time_limit(Policy.from_settings(_settings), AI_TIME_LIMIT_MS, "the pipeline actors")


def _run(message_id: uuid.UUID | str, distributor_id: uuid.UUID | str, until: Stage) -> fused.Outcome:
    """The pipeline up to `until` (jobs/pipeline/fused.py: read, analyse, the one writer)."""
    mid = as_uuid(message_id)
    outcome = fused.run(mid, as_uuid(distributor_id), until, get_settings())
    if outcome.status == "missing":
        raise PermanentError(f"message {mid} not found for this tenant")
    return outcome


# ----------------------------------------------------------------------------- the stages, one by one
def run_detect_pii(message_id: uuid.UUID | str, distributor_id: uuid.UUID | str) -> bool:
    """Find PII, store where it is (never what it is) and the redacted text later stages read."""
    _run(message_id, distributor_id, Stage.DETECT_PII)
    return True


def run_classify_intent(message_id: uuid.UUID | str, distributor_id: uuid.UUID | str) -> bool:
    """Classify the redacted text (a paid provider's call made before the write's transaction opens);
    True when the message goes on to matching (an order)."""
    return _run(message_id, distributor_id, Stage.CLASSIFY_INTENT).is_order


def run_match_products(message_id: uuid.UUID | str, distributor_id: uuid.UUID | str) -> bool:
    """Match the extracted lines to the tenant's catalog and decide CONFIRMED or REVIEW."""
    _run(message_id, distributor_id, Stage.MATCH_PRODUCTS)
    return True


def run_create_order(message_id: uuid.UUID | str, distributor_id: uuid.UUID | str) -> uuid.UUID | None:
    """Write the one order of this message (CONFIRMED or REVIEW with reasons) and its events."""
    return _run(message_id, distributor_id, Stage.CREATE_ORDER).order_id


def run_pipeline_fused(message_id: uuid.UUID | str, distributor_id: uuid.UUID | str) -> uuid.UUID | None:
    """Every stage, one commit: the order's id (None for a message that is not an order)."""
    return _run(message_id, distributor_id, Stage.CREATE_ORDER).order_id


# ----------------------------------------------------------------------------- actors
# Every pipeline actor shares one explicit policy: its queue, a few retries, a time limit, and no
# retrying of errors that cannot heal.
def stage_actor(
    fn: Callable[[str, str], None], time_limit: int = TIME_LIMIT_MS
) -> dramatiq.Actor[[str, str], None]:
    # A fresh decorator per actor: dramatiq's decorator remembers the first name it was given.
    decorate = dramatiq.actor(
        queue_name=PIPELINE_QUEUE,
        throws=(PermanentError,),
        max_retries=MAX_RETRIES,
        min_backoff=MIN_BACKOFF_MS,
        max_backoff=MAX_BACKOFF_MS,
        time_limit=time_limit,
    )
    return decorate(fn)


def ai_stage_actor(fn: Callable[[str, str], None]) -> dramatiq.Actor[[str, str], None]:
    return stage_actor(fn, AI_TIME_LIMIT_MS)


@stage_actor
def detect_pii(message_id: str, distributor_id: str) -> None:
    run_detect_pii(message_id, distributor_id)
    classify_intent.send(message_id, distributor_id)


@ai_stage_actor
def classify_intent(message_id: str, distributor_id: str) -> None:
    if run_classify_intent(message_id, distributor_id):
        match_products.send(message_id, distributor_id)


@stage_actor
def match_products(message_id: str, distributor_id: str) -> None:
    run_match_products(message_id, distributor_id)
    create_order.send(message_id, distributor_id)


@stage_actor
def create_order(message_id: str, distributor_id: str) -> None:
    run_create_order(message_id, distributor_id)


@ai_stage_actor
def process_message(message_id: str, distributor_id: str) -> None:
    run_pipeline_fused(message_id, distributor_id)


STAGE_ACTORS = {
    a.actor_name: a for a in (detect_pii, classify_intent, match_products, create_order, process_message)
}


def start_pipeline(message_id: uuid.UUID | str, distributor_id: uuid.UUID | str) -> None:
    """Enqueue a committed message (call only after the message row committed).

    `OMS_PIPELINE_MODE`: `fused` sends one `process_message`, `chained` sends `detect_pii`, which sends
    the next stage when it is done; `auto` (the default) fuses when the AI provider is local.
    """
    if get_settings().fused_pipeline:
        process_message.send(str(message_id), str(distributor_id))
    else:
        detect_pii.send(str(message_id), str(distributor_id))


def run_pipeline_inline(message_id: uuid.UUID | str, distributor_id: uuid.UUID | str) -> uuid.UUID | None:
    """All stages in this thread, in order (tests, `oms eval --db`, replays by hand)."""
    run_detect_pii(message_id, distributor_id)
    if not run_classify_intent(message_id, distributor_id):
        return None
    run_match_products(message_id, distributor_id)
    return run_create_order(message_id, distributor_id)


# ----------------------------------------------------------------------------- failures
@on_final_failure
def record_pipeline_failure(message: dramatiq.MessageProxy, exception: BaseException | None) -> None:
    """A stage gave up: mark the message FAILED with the reason, and keep an ai_errors row."""
    if message.actor_name not in STAGE_ACTORS or len(message.args) < 2:
        return
    message_id, distributor_id = message.args[0], message.args[1]
    stage = message.actor_name
    if isinstance(exception, StageFailed):  # the stage that failed, and what it raised
        stage, exception = exception.stage, exception.cause
    error = f"{type(exception).__name__}: {exception}" if exception else "failed"
    retries = int(message.options.get("retries", 0))
    with tenant_session(distributor_id) as s:
        s.execute(
            text(
                "UPDATE messages SET processing_status = 'FAILED', processing_stage = :stage, processing_error = :err "
                "WHERE id = :id"
            ),
            {"stage": stage, "err": error[:2000], "id": message_id},
        )
        if s.get(m.Message, as_uuid(message_id)) is not None:
            s.add(
                m.AIError(
                    distributor_id=as_uuid(distributor_id),
                    message_id=as_uuid(message_id),
                    stage=stage,
                    provider=None,
                    error_type=type(exception).__name__ if exception else "Failed",
                    error_message=error[:2000],
                    retry_count=retries,
                    is_final=True,
                    details={"job_id": message.message_id},
                )
            )
    log.error(
        "pipeline_failed",
        message_id=message_id,
        distributor_id=distributor_id,
        stage=stage,
        error_type=type(exception).__name__ if exception else None,
        retries=retries,
    )
