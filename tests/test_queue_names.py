"""The delay and dead-letter queue names the worker and `oms queues` use are the ones dramatiq declares."""

from __future__ import annotations

from dramatiq.brokers.stub import StubBroker

from worker.queue_names import base_queue, dead_letter_queue, delay_queue, is_companion_queue, is_delay_queue


def test_companion_queue_names_are_the_ones_the_broker_declares() -> None:
    broker = StubBroker()
    broker.declare_queue("orders")
    (delayed,) = broker.get_declared_delay_queues()
    assert delayed == delay_queue("orders")
    assert is_delay_queue(delayed) and not is_delay_queue("orders")
    assert not is_delay_queue(dead_letter_queue("orders"))
    assert base_queue(delayed) == base_queue(dead_letter_queue("orders")) == base_queue("orders") == "orders"
    assert is_companion_queue(delayed) and is_companion_queue(dead_letter_queue("orders"))
    assert not is_companion_queue("orders")
    broker.close()
