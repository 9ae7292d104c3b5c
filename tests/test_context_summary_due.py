"""The conversation summary is refreshed by the scheduled job, once per due customer (migration 0050).

An order's commit (or a complaint's) marks its customer due instead of recomputing the summary in the
pipeline's transaction; `refresh_context_summaries` recomputes each due customer's summary once, within
the tenant wall.
"""

from __future__ import annotations

import uuid

import pytest
from click.testing import CliRunner
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from cli.main import main
from db.session import tenant_session
from jobs.customers.summary import refresh_due
from jobs.pipeline import actors as pipeline
from scheduler.registry import job
from tests.seed import import_shipped_catalog, insert_message


def _send(tenant_id: uuid.UUID, body: str, phone: str) -> None:
    pipeline.run_pipeline_fused(insert_message(tenant_id, body, phone=phone), tenant_id)


def _state(tenant_id: uuid.UUID, phone: str) -> tuple[str | None, int]:
    """The customer's summary and whether they are due (0 or 1), as the tenant sees them."""
    with tenant_session(tenant_id) as s:
        row = s.execute(
            text(
                "SELECT v.ai_context_summary, (SELECT count(*) FROM context_summary_due d "
                "WHERE d.customer_id = c.id) FROM conversations v JOIN customers c ON c.id = v.customer_id "
                "WHERE c.phone = :p"
            ),
            {"p": phone},
        ).one()
    return row[0], int(row[1])


def test_orders_mark_their_customer_once_and_the_job_refreshes_each_once(shop) -> None:  # type: ignore[no-untyped-def]
    phone = f"+4477009{uuid.uuid4().int % 100000:05d}"
    _send(shop.id, "2 cases coke zero", phone)
    _send(shop.id, "1 case fanta", phone)
    assert _state(shop.id, phone) == (None, 1)  # two orders, one mark, no summary written in their commits
    assert refresh_due(shop.id) == 1
    summary, due = _state(shop.id, phone)
    assert due == 0 and summary is not None
    assert summary.startswith("Usually orders: ") and "Open issues: none." in summary
    assert refresh_due(shop.id) == 0  # nothing due: nothing refreshed
    _send(shop.id, "how much is the prosecco?", phone)  # neither an order nor a complaint
    assert _state(shop.id, phone) == (summary, 0)


def test_a_complaint_marks_its_customer(shop) -> None:  # type: ignore[no-untyped-def]
    phone = f"+4477009{uuid.uuid4().int % 100000:05d}"
    _send(shop.id, "the milk you delivered yesterday was off, very disappointed", phone)
    assert _state(shop.id, phone) == (None, 1)
    refresh_due(shop.id)
    summary, due = _state(shop.id, phone)
    assert due == 0 and summary is not None and "1 complaint(s) in the last 30 days" in summary


def test_the_job_refreshes_every_tenant_and_each_refresh_stays_in_its_tenant(shop, other_tenant) -> None:  # type: ignore[no-untyped-def]
    import_shipped_catalog(other_tenant.id)
    phone_a, phone_b = (f"+4477009{uuid.uuid4().int % 100000:05d}" for _ in range(2))
    _send(shop.id, "2 cases coke zero", phone_a)
    _send(other_tenant.id, "3 cases fanta", phone_b)
    assert refresh_due(shop.id) == 1  # the shop's own customer only
    assert _state(other_tenant.id, phone_b) == (None, 1)
    ran = CliRunner().invoke(main, ["run-job", "refresh_context_summaries"])  # the job, as scheduled
    assert ran.exit_code == 0, ran.output
    summary, due = _state(other_tenant.id, phone_b)
    assert due == 0 and summary is not None and "Fanta" in summary
    assert job("refresh_context_summaries").schedule == "every 30s"


def test_a_tenant_cannot_mark_another_tenants_customer(shop, other_tenant) -> None:  # type: ignore[no-untyped-def]
    """The customer is referenced with the tenant (a foreign key's check bypasses row-level security)."""
    phone = f"+4477009{uuid.uuid4().int % 100000:05d}"
    _send(other_tenant.id, "hello there", phone)
    with tenant_session(other_tenant.id) as s:
        theirs = s.execute(text("SELECT id FROM customers WHERE phone = :p"), {"p": phone}).scalar_one()
    with pytest.raises(IntegrityError), tenant_session(shop.id) as s:
        s.execute(
            text("INSERT INTO context_summary_due (customer_id, distributor_id) VALUES (:c, :t)"),
            {"c": theirs, "t": shop.id},
        )
