"""Log hygiene (library chatter out of the default output, colour only on a terminal) and bounded
metric labels."""

from __future__ import annotations

import logging

import pytest

from worker import logs, metrics


def test_alembic_plugin_chatter_is_not_in_the_default_output(settings, capfd) -> None:  # type: ignore[no-untyped-def]
    from db import migrate

    logs.configure_logging("INFO", "json", force=True)
    assert not logging.getLogger("alembic.runtime.plugins").isEnabledFor(logging.INFO)
    assert logging.getLogger("alembic.runtime.migration").isEnabledFor(logging.INFO)  # "Running upgrade ..."
    capfd.readouterr()
    migrate.upgrade(settings)  # at head already: nothing to say
    said = capfd.readouterr().err
    assert "Context impl" not in said and "Will assume" not in said and "setup plugin" not in said


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, False),
        ({"OMS_LOG_COLOR": "1"}, True),
        ({"OMS_LOG_COLOR": "0"}, False),
        ({"NO_COLOR": "1", "OMS_LOG_COLOR": "1"}, False),
    ],
)
def test_colour_only_on_a_terminal(monkeypatch, env, expected) -> None:  # type: ignore[no-untyped-def]
    for key in ("NO_COLOR", "OMS_LOG_COLOR"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert logs._colour() is expected  # pytest's stderr is not a terminal


def test_review_reason_labels_are_a_closed_set() -> None:
    reasons = [
        "line 1 ambiguous: coke (COKE-1500, COKE-330)",
        "line 7 ambiguous: gin (GIN-70, GIN-100)",
        "line 2 'dragon fruit' matched nothing",
        "intent confidence 0.61 below threshold 0.85",
        "part of the message was not understood: 'same as last week'",
        "monthly AI budget exhausted",
        "something new",
    ]
    labels = {metrics._reason_label(r) for r in reasons}
    assert labels == {
        "ambiguous_line",
        "unmatched_line",
        "low_confidence",
        "not_understood",
        "budget",
        "other",
    }
    assert (
        metrics.attempt_bucket(1) == "1"
        and metrics.attempt_bucket(5) == "4-5"
        and metrics.attempt_bucket(40) == "11+"
    )


def test_the_worker_supervisor_logs_in_the_processes_format(monkeypatch, capfd) -> None:  # type: ignore[no-untyped-def]
    """`oms dev` relays console lines; the supervisor's own lines are console lines there too."""
    import json

    from worker.supervisor import _log

    monkeypatch.setenv("OMS_LOG_FORMAT", "console")
    _log("worker_supervisor_started", processes=2)
    line = capfd.readouterr().err
    assert "worker_supervisor_started" in line and "processes=2" in line and not line.startswith("{")
    monkeypatch.setenv("OMS_LOG_FORMAT", "json")
    _log("worker_supervisor_started", processes=2)
    assert json.loads(capfd.readouterr().err)["processes"] == 2
