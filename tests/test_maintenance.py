"""Nothing is lost: stalled messages are swept back into the pipeline, dead letters listed and replayed."""

from __future__ import annotations

import json

import redis
from click.testing import CliRunner
from sqlalchemy import select, text

from db import models as m
from db.enums import OrderStatus, ProcessingStatus
from db.session import privileged_session, tenant_session
from jobs import maintenance, pipeline
from tests.conftest import REDIS_URL
from tests.seed import import_shipped_catalog, insert_message
from worker.broker import broker
from worker.cli import main


def _queued_for(message_id) -> list[str]:  # type: ignore[no-untyped-def]
    """Actor names of the broker messages currently queued for `message_id` (Redis broker)."""
    client = redis.Redis.from_url(REDIS_URL)
    key = f"{broker.namespace}:{pipeline.PIPELINE_QUEUE}.msgs"
    found = []
    for raw in client.hvals(key):
        body = json.loads(raw)
        if body["args"] and body["args"][0] == str(message_id):
            found.append(body["actor_name"])
    return found


def test_sweep_requeues_only_stalled_messages(tenant):  # type: ignore[no-untyped-def]
    import_shipped_catalog(tenant.id)
    stalled = insert_message(tenant.id, "2 cases of coke zero 330ml")
    fresh = insert_message(tenant.id, "5kg tomatoes")
    with privileged_session() as s:  # age it; replica mode keeps the updated_at trigger out of the way
        s.execute(text("SET LOCAL session_replication_role = replica"))
        s.execute(
            text("UPDATE messages SET updated_at = now() - interval '10 minutes' WHERE id = :id"),
            {"id": stalled},
        )
    result = CliRunner().invoke(main, ["sweep", "--older-than", "300"])
    assert result.exit_code == 0, result.output
    assert _queued_for(stalled) and not _queued_for(fresh)
    # A second sweep right away does not enqueue it again: the sweep touched it.
    assert maintenance.sweep_stalled(300) == 0


def test_dead_letters_are_listed_and_replayed_to_completion(tenant):  # type: ignore[no-untyped-def]
    import_shipped_catalog(tenant.id)
    mid = insert_message(tenant.id, "2 cases of coke zero 330ml")
    with tenant_session(tenant.id) as s:
        s.execute(
            text(
                "UPDATE messages SET processing_status = 'FAILED', processing_stage = 'classify_intent', "
                "processing_error = 'TimeLimitExceeded: 30s' WHERE id = :id"
            ),
            {"id": mid},
        )
    listed = CliRunner().invoke(main, ["dead-letters", "--distributor", str(tenant.id)])
    assert listed.exit_code == 0 and str(mid) in listed.output and "TimeLimitExceeded" in listed.output
    replayed = CliRunner().invoke(main, ["replay", str(mid), "--distributor", str(tenant.id)])
    assert replayed.exit_code == 0, replayed.output
    assert _queued_for(mid)
    again = CliRunner().invoke(main, ["replay", str(mid), "--distributor", str(tenant.id)])
    assert again.exit_code == 2 and "not a dead letter" in again.output
    pipeline.run_pipeline_fused(mid, tenant.id)  # what the worker does with the replayed message
    with tenant_session(tenant.id) as s:
        assert s.get(m.Message, mid).processing_status == ProcessingStatus.PROCESSED
        order = s.scalars(select(m.Order).where(m.Order.source_message_id == mid)).one()
        assert order.status == OrderStatus.CONFIRMED
    assert (
        CliRunner().invoke(main, ["dead-letters", "--distributor", str(tenant.id)]).output.strip()
        == "no dead letters"
    )
