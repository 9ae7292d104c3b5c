"""The delay and dead-letter queue names the worker and `oms queues` use are the ones dramatiq declares."""

from __future__ import annotations

from dramatiq.brokers.redis import RedisBroker
from dramatiq.common import dq_name, q_name, xq_name

from worker.queue_names import is_companion_queue, is_delay_queue


def test_companion_queue_names_are_the_ones_the_broker_declares() -> None:
    broker = RedisBroker(
        url="redis://127.0.0.1:6379/0"
    )  # declaring a queue records its names; no command is sent
    broker.declare_queue("default")
    assert broker.get_declared_queues() == {"default"}
    assert broker.get_declared_delay_queues() == {"default.DQ"}
    assert dq_name("default") == "default.DQ"
    assert xq_name("default") == "default.XQ"
    # a delayed message dies into its own queue's dead letters
    assert xq_name("default.DQ") == "default.XQ"
    assert dq_name("default.DQ") == "default.DQ"
    assert is_delay_queue(next(iter(broker.get_declared_delay_queues())))
    broker.close()


def test_a_companion_queue_belongs_to_its_queue() -> None:
    assert q_name("default.DQ") == q_name("default.XQ") == q_name("default") == "default"
    assert is_delay_queue("default.DQ")
    assert not is_delay_queue("default") and not is_delay_queue("default.XQ")
    assert is_companion_queue("default.DQ") and is_companion_queue("default.XQ")
    assert not is_companion_queue("default") and not is_companion_queue("pipeline")
