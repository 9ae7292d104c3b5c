"""The HTTP side of a delivery: guarded connections, a connect and a total timeout, no redirects.

httpx's pool connects through :class:`GuardedBackend`, which resolves the host itself, connects only to
an address the SSRF policy allows (jobs/webhooks/ssrf.py) and checks the peer of the open socket again,
so what is checked is what is connected to. Every read and write of a request is bounded by what is left
of the request's total deadline (httpx's timeouts apply per operation, so a server dripping a byte at a
time could otherwise hold a worker thread forever). Redirects are not followed (a 3xx is a failure) and
no proxy settings from the environment apply. The response body is read up to 4 KB, the rest dropped.
"""

from __future__ import annotations

import contextvars
import ssl
import threading
import time
import typing
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpcore
import httpx

from jobs.webhooks.ssrf import BlockedAddressError, Policy

BODY_LIMIT = 4096
_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("webhook_deadline", default=None)


def _bounded(timeout: float | None) -> float | None:
    deadline = _deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("total timeout exceeded")
    return left if timeout is None else min(timeout, left)


class _GuardedStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self.inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, _bounded(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, _bounded(timeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _GuardedStream(self.inner.start_tls(ssl_context, server_hostname, _bounded(timeout)))

    def get_extra_info(self, info: str) -> typing.Any:
        return self.inner.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """Connect only to addresses the policy allows, checked on the socket actually opened."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            addresses = self.policy.resolve(host, port)
        except BlockedAddressError as exc:
            raise httpcore.ConnectError(f"refused: {exc}") from None
        last: Exception | None = None
        for address in addresses:
            try:
                stream = self.inner.connect_tcp(
                    address, port, _bounded(timeout), local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
                continue
            peer = stream.get_extra_info("socket").getpeername()[0]
            try:
                self.policy.check_ip(str(peer))
            except BlockedAddressError as exc:
                stream.close()
                raise httpcore.ConnectError(f"refused: {exc}") from None
            return _GuardedStream(stream)
        assert last is not None
        raise last

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("refused: unix sockets are not webhook destinations")


class GuardedTransport(httpx.HTTPTransport):
    def __init__(self, policy: Policy, limits: httpx.Limits) -> None:
        super().__init__(trust_env=False, limits=limits)
        # httpx builds its pool without a way to pass a network backend: rebuild it with ours.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=GuardedBackend(policy),
        )


def new_client(policy: Policy, connect_timeout: float, total_timeout: float) -> httpx.Client:
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=50, keepalive_expiry=30)
    return httpx.Client(
        transport=GuardedTransport(policy, limits),
        timeout=httpx.Timeout(total_timeout, connect=connect_timeout),
        follow_redirects=False,
        trust_env=False,
    )


@dataclass(frozen=True)
class Response:
    """What one POST came to: a status (None when no response), the body's first 4 KB, or an error."""

    status_code: int | None
    body: str | None
    duration_ms: int
    error: str | None
    retry_after: str | None = None


@contextmanager
def _deadline_in(seconds: float) -> Iterator[None]:
    token = _deadline.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


def post(
    client: httpx.Client, url: str, body: bytes, headers: dict[str, str], total_timeout: float
) -> Response:
    """POST once; never raises for what the network or the endpoint does."""
    started = time.perf_counter()
    try:
        with _deadline_in(total_timeout), client.stream("POST", url, content=body, headers=headers) as r:
            chunks: list[bytes] = []
            size = 0
            for chunk in r.iter_raw():
                chunks.append(chunk)
                size += len(chunk)
                if size >= BODY_LIMIT:
                    break
            text = b"".join(chunks)[:BODY_LIMIT].decode("utf-8", errors="replace")
            error = None if 200 <= r.status_code < 300 else _status_error(r)
            return Response(r.status_code, text, _ms(started), error, r.headers.get("retry-after"))
    except httpx.TimeoutException as exc:
        return Response(None, None, _ms(started), f"timeout: {_describe(exc)}")
    except httpx.HTTPError as exc:
        return Response(None, None, _ms(started), f"{type(exc).__name__}: {_describe(exc)}")


def _status_error(r: httpx.Response) -> str:
    if 300 <= r.status_code < 400:
        return f"HTTP {r.status_code} redirect to {r.headers.get('location', '?')!r} (redirects are not followed)"
    return f"HTTP {r.status_code}"


def _describe(exc: Exception) -> str:
    return (str(exc) or type(exc).__name__)[:500]


def _ms(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)


_clients: dict[tuple[Policy, float, float], httpx.Client] = {}
_clients_lock = threading.Lock()


def shared_client(policy: Policy, connect_timeout: float, total_timeout: float) -> httpx.Client:
    """One pooled client per process and configuration (thread-safe; connections are kept alive)."""
    key = (policy, connect_timeout, total_timeout)
    client = _clients.get(key)
    if client is None:
        with _clients_lock:
            client = _clients.get(key)
            if client is None:
                client = _clients[key] = new_client(policy, connect_timeout, total_timeout)
    return client
