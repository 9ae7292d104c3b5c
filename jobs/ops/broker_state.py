"""The broker's own view of its queues, read without disturbing the workers.

Redis: dramatiq keeps a queue as a list of ids (`<ns>:<q>`, oldest first) and a hash of encoded
messages (`<ns>:<q>.msgs`); delayed messages wait in `<ns>:<q>.DQ`; dead letters are a sorted set by
time of death (`<ns>:<q>.XQ`, `.XQ.msgs`); what a worker has taken but not acknowledged is the set
`<ns>:__acks__.<worker>.<q>`. RabbitMQ: `<q>`, `<q>.DQ` and `<q>.XQ` queues, counted by a passive
declare (no management plugin needed) or, when `OMS_RABBITMQ_MANAGEMENT_URL` is set, by the management
API, which also knows the unacknowledged (in flight) count. Dead letters are read from RabbitMQ by
taking them without acknowledging and closing the channel, which puts them back where they were.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol
from urllib.parse import quote, urlsplit

import dramatiq
from dramatiq.common import dq_name, q_name, xq_name
from dramatiq.message import Message

from worker.settings import Settings, get_settings

FRESH_OPTION_DROPS = ("retries", "traceback", "redis_message_id", "eta", "dead_at", "requeue_timestamp")


@dataclass
class QueueCounts:
    name: str
    ready: int = 0
    delayed: int = 0
    in_flight: int | None = 0
    dead: int = 0
    oldest_age_s: float | None = None
    consumers: int | None = None


@dataclass
class DeadMessage:
    queue: str
    message: Message[Any]
    dead_at: datetime | None

    @property
    def message_id(self) -> str:
        return self.message.message_id


class Inspector(Protocol):
    kind: str

    def queue_names(self) -> set[str]: ...
    def counts(self, queue: str) -> QueueCounts: ...
    def dead_letters(self, queue: str) -> list[DeadMessage]: ...
    def take_dead(self, queue: str, message_ids: set[str]) -> list[DeadMessage]: ...


def _age_s(message: Message[Any], now_ms: float) -> float:
    return max(0.0, (now_ms - message.message_timestamp) / 1000)


def fresh_copy(message: Message[Any], queue: str) -> Message[Any]:
    """The same call as a new message: a fresh retry count, no traceback, on its original queue."""
    options = {k: v for k, v in message.options.items() if k not in FRESH_OPTION_DROPS}
    return message.copy(queue_name=queue, options=options, message_id=dramatiq.message.generate_unique_id())


# ----------------------------------------------------------------------------------------- Redis
class RedisInspector:
    kind = "redis"

    def __init__(self, broker: Any) -> None:
        self.client, self.ns = broker.client, broker.namespace

    def _key(self, suffix: str) -> str:
        return f"{self.ns}:{suffix}"

    def queue_names(self) -> set[str]:
        found: set[str] = set()
        prefix = self._key("")
        for raw in self.client.scan_iter(match=prefix + "*.msgs", count=500):
            name = raw.decode()[len(prefix) : -len(".msgs")]
            name = q_name(name)
            if not name.startswith("__"):
                found.add(name)
        return found

    def _acks(self) -> dict[str, int]:
        """Taken-not-acknowledged counts per queue (`q` or `q.DQ`), summed over workers."""
        prefix = self._key("__acks__.")
        keys = [k.decode() for k in self.client.scan_iter(match=prefix + "*", count=500)]
        out: dict[str, int] = {}
        if not keys:
            return out
        pipe = self.client.pipeline(transaction=False)
        for key in keys:
            pipe.scard(key)
        for key, n in zip(keys, pipe.execute(), strict=True):
            parts = key[len(prefix) :].split(".", 1)
            if len(parts) == 2:
                out[parts[1]] = out.get(parts[1], 0) + int(n)
        return out

    def counts(self, queue: str, acks: dict[str, int] | None = None) -> QueueCounts:
        acks = self._acks() if acks is None else acks
        q = self._key(queue)
        pipe = self.client.pipeline(transaction=False)
        pipe.llen(q)
        pipe.llen(dq_name(q))
        pipe.zcard(xq_name(q))
        pipe.lindex(q, 0)
        ready, delayed, dead, head = pipe.execute()
        counts = QueueCounts(
            queue,
            ready=int(ready),
            delayed=int(delayed) + acks.get(dq_name(queue), 0),
            in_flight=acks.get(queue, 0),
            dead=int(dead),
        )
        if head is not None:
            data = self.client.hget(q + ".msgs", head)
            if data is not None:
                counts.oldest_age_s = round(_age_s(Message.decode(data), time.time() * 1000), 1)
        return counts

    def all_counts(self, queues: Iterable[str]) -> list[QueueCounts]:
        acks = self._acks()
        return [self.counts(q, acks) for q in sorted(queues)]

    def dead_letters(self, queue: str) -> list[DeadMessage]:
        q = xq_name(self._key(queue))
        entries = self.client.zrange(q, 0, -1, withscores=True)
        if not entries:
            return []
        datas = self.client.hmget(q + ".msgs", [member for member, _ in entries])
        out = []
        for (_, score), data in zip(entries, datas, strict=True):
            if data is not None:
                dead_at = datetime.fromtimestamp(score / 1000, UTC)
                out.append(DeadMessage(queue, Message.decode(data), dead_at))
        return out

    def take_dead(self, queue: str, message_ids: set[str]) -> list[DeadMessage]:
        """Remove these dead letters from the broker and return them (for replay or purge)."""
        taken = [d for d in self.dead_letters(queue) if d.message_id in message_ids]
        if taken:
            q = xq_name(self._key(queue))
            members = [d.message.options.get("redis_message_id", d.message_id) for d in taken]
            pipe = self.client.pipeline(transaction=True)
            pipe.zrem(q, *members)
            pipe.hdel(q + ".msgs", *members)
            pipe.execute()
        return taken


# -------------------------------------------------------------------------------------- RabbitMQ
class RabbitInspector:
    kind = "rabbitmq"

    def __init__(self, broker: Any, management_url: str | None = None) -> None:
        self.broker, self.management_url = broker, management_url

    def _connection(self) -> Any:
        import pika

        return pika.BlockingConnection(self.broker.parameters)

    def queue_names(self) -> set[str]:
        if not self.management_url:
            return set()
        found = set()
        for q in self._management_get("/api/queues/" + self._vhost()):
            name = str(q.get("name", ""))
            found.add(q_name(name))
        return found

    def _vhost(self) -> str:
        return quote(self.broker.parameters.virtual_host, safe="")

    def _management_get(self, path: str) -> Any:
        import httpx

        parts = urlsplit(self.management_url or "")
        auth = (parts.username or "guest", parts.password or "guest")
        base = f"{parts.scheme}://{parts.hostname}:{parts.port or 15672}{parts.path.rstrip('/')}"
        response = httpx.get(base + path, auth=auth, timeout=5)
        if response.status_code == 404:
            return None
        response.raise_for_status()
        return response.json()

    def _declared(self, connection: Any, name: str) -> tuple[int, int] | None:
        """(messages ready, consumers) by a passive declare; None if the queue does not exist."""
        import pika

        channel = connection.channel()
        try:
            frame = channel.queue_declare(queue=name, passive=True)
        except pika.exceptions.ChannelClosedByBroker as exc:
            if exc.reply_code == 404:
                return None
            raise
        result = (int(frame.method.message_count), int(frame.method.consumer_count))
        channel.close()
        return result

    def counts(self, queue: str) -> QueueCounts:
        if self.management_url:
            return self._management_counts(queue)
        connection = self._connection()
        try:
            main = self._declared(connection, queue) or (0, 0)
            delayed = self._declared(connection, dq_name(queue)) or (0, 0)
            dead = self._declared(connection, xq_name(queue)) or (0, 0)
            counts = QueueCounts(queue, main[0], delayed[0], None, dead[0], None, main[1])
            if main[0]:
                counts.oldest_age_s = self._head_age(connection, queue)
        finally:
            connection.close()
        return counts

    def _management_counts(self, queue: str) -> QueueCounts:
        def one(name: str) -> dict[str, Any]:
            return self._management_get(f"/api/queues/{self._vhost()}/{quote(name, safe='')}") or {}

        main, delayed, dead = one(queue), one(dq_name(queue)), one(xq_name(queue))
        counts = QueueCounts(
            queue,
            ready=int(main.get("messages_ready", 0)),
            delayed=int(delayed.get("messages", 0)),
            in_flight=int(main.get("messages_unacknowledged", 0)),
            dead=int(dead.get("messages", 0)),
            consumers=int(main.get("consumers", 0)),
        )
        if counts.ready:
            connection = self._connection()
            try:
                counts.oldest_age_s = self._head_age(connection, queue)
            finally:
                connection.close()
        return counts

    def _head_age(self, connection: Any, queue: str) -> float | None:
        """Peek the head: take it unacknowledged and close the channel, which puts it back first."""
        import pika

        channel = connection.channel()
        try:
            method, _props, body = channel.basic_get(queue, auto_ack=False)
        except pika.exceptions.ChannelClosedByBroker:  # gone since it was counted
            return None
        channel.close()
        if method is None:
            return None
        return round(_age_s(Message.decode(body), time.time() * 1000), 1)

    def all_counts(self, queues: Iterable[str]) -> list[QueueCounts]:
        return [self.counts(q) for q in sorted(queues)]

    def _drain(self, queue: str, take: Callable[[DeadMessage], bool] | None) -> list[DeadMessage]:
        """Every dead letter of QUEUE taken unacknowledged; with `take`, those it selects are
        acknowledged (removed) and returned, and the rest go back, in order, when the channel closes."""
        connection = self._connection()
        seen: list[DeadMessage] = []
        taken: list[DeadMessage] = []
        try:
            if self._declared(connection, xq_name(queue)) is None:
                return []
            channel = connection.channel()
            tags = []
            while True:
                method, props, body = channel.basic_get(xq_name(queue), auto_ack=False)
                if method is None:
                    break
                dead = DeadMessage(queue, Message.decode(body), _death_time(props))
                seen.append(dead)
                if take is not None and take(dead):
                    tags.append(method.delivery_tag)
                    taken.append(dead)
            for tag in tags:
                channel.basic_ack(tag)
            channel.close()
        finally:
            connection.close()
        return seen if take is None else taken

    def dead_letters(self, queue: str) -> list[DeadMessage]:
        return self._drain(queue, None)

    def take_dead(self, queue: str, message_ids: set[str]) -> list[DeadMessage]:
        return self._drain(queue, lambda d: d.message_id in message_ids)


def _death_time(props: Any) -> datetime | None:
    deaths = (getattr(props, "headers", None) or {}).get("x-death") or []
    when = deaths[0].get("time") if deaths and isinstance(deaths[0], dict) else None
    if isinstance(when, datetime):
        return when if when.tzinfo else when.replace(tzinfo=UTC)
    return None


def inspector(broker: Any = None, settings: Settings | None = None) -> RedisInspector | RabbitInspector:
    if broker is None:
        from worker.broker import broker as default_broker

        broker = default_broker
    s = settings or get_settings()
    if hasattr(broker, "client"):
        return RedisInspector(broker)
    return RabbitInspector(broker, s.rabbitmq_management_url)
