"""Nothing is lost: stalled messages are swept back into the pipeline, dead letters listed and replayed."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from cli.main import main
from db import models as m
from db.enums import OrderStatus, ProcessingStatus
from db.session import privileged_session, tenant_session
from jobs.pipeline import actors as pipeline
from jobs.pipeline import maintenance
from tests.pipeline_queue import queued_message_ids
from tests.seed import import_shipped_catalog, insert_message, order_for

pytestmark = pytest.mark.usefixtures("clean_pipeline_queue")


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
    waiting = queued_message_ids(tenant.id)
    assert str(stalled) in waiting and str(fresh) not in waiting
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
    assert str(mid) in queued_message_ids(tenant.id)
    again = CliRunner().invoke(main, ["replay", str(mid), "--distributor", str(tenant.id)])
    assert again.exit_code == 2 and "not a dead letter" in again.output
    pipeline.run_pipeline_fused(mid, tenant.id)  # what the worker does with the replayed message
    with tenant_session(tenant.id) as s:
        assert s.get(m.Message, mid).processing_status == ProcessingStatus.PROCESSED
    order, _ = order_for(tenant.id, mid)
    assert order is not None and order.status == OrderStatus.CONFIRMED
    assert (
        CliRunner().invoke(main, ["dead-letters", "--distributor", str(tenant.id)]).output.strip()
        == "no dead letters"
    )
