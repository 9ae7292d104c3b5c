"""The delay and dead-letter queue names the worker and `oms queues` use are the ones dramatiq declares."""

from __future__ import annotations

from dramatiq.brokers.stub import StubBroker

from worker.queue_names import base_queue, dead_letter_queue, delay_queue, is_companion_queue, is_delay_queue


def test_companion_queue_names_are_the_ones_the_broker_declares() -> None:
    broker = StubBroker()
    broker.declare_queue("default")
    assert broker.get_declared_queues() == {"default", "default.DQ"}
    assert broker.get_declared_delay_queues() == {"default.DQ"}
    assert delay_queue("default") == "default.DQ"
    assert dead_letter_queue("default") == "default.XQ"
    # a delayed message dies into its own queue's dead letters
    assert dead_letter_queue("default.DQ") == "default.XQ"
    assert delay_queue("default.DQ") == "default.DQ"
    broker.close()


def test_a_companion_queue_belongs_to_its_queue() -> None:
    assert base_queue("default.DQ") == base_queue("default.XQ") == base_queue("default") == "default"
    assert is_delay_queue("default.DQ")
    assert not is_delay_queue("default") and not is_delay_queue("default.XQ")
    assert is_companion_queue("default.DQ") and is_companion_queue("default.XQ")
    assert not is_companion_queue("default") and not is_companion_queue("pipeline")
