"""The wire of a paid call: one HTTP/1.1 POST of a JSON body to an OpenAI-compatible server, on asyncio
streams, over a bounded pool of keep-alive connections (`DirectHTTP`).

Why not the SDK's client for this one request: a paid message's call through ``openai`` (its request
building, response wrapping and its httpx/httpcore transport) cost about 1.6 CPU ms, at 48 calls in
flight on this machine's loopback, where the same bytes sent and read here cost about 0.2 ms: the SDK
and its transport were the largest part of the CPU a paid message adds to the local pipeline's
(README, Paid AI). The request and the reply are the same bytes either way; the reply is read by
jobs/ai/openai_provider.py as before, and an HTTP error becomes the same `ProviderError` kinds.

What it does: TLS for ``https`` (certifi's certificates, as the SDK's client; the host's name checked), ``Content-Length`` and
chunked replies, no compression (``Accept-Encoding: identity``), the whole attempt bounded by its
timeout (then the connection is dropped, never reused). A pooled connection the server has closed is
not reused. What it does not: proxies, redirects, HTTP/2. `direct_supported` says when to use it: a
proxy set in the environment for the server's address sends the provider back to the SDK's client,
which honours it.
"""

from __future__ import annotations

import asyncio
import os
import ssl
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

MAX_HEAD_BYTES = 64 * 1024
MAX_BODY_BYTES = 16 * 1024 * 1024


class TransportError(Exception):
    """The request did not get a whole HTTP response (refused, reset, closed early, unparseable)."""


class TransportTimeout(TransportError):
    """The attempt's time ran out before the whole response arrived."""


@dataclass(frozen=True)
class Response:
    status: int
    headers: dict[str, str]  # names in lower case
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


@dataclass(frozen=True)
class Origin:
    scheme: str
    host: str
    port: int
    path: str  # the base URL's path, without a trailing slash

    @classmethod
    def of(cls, base_url: str) -> Origin:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) base URL: {base_url!r}")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        return cls(parts.scheme, parts.hostname, port, parts.path.rstrip("/"))

    @property
    def host_header(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = 443 if self.scheme == "https" else 80
        return host if self.port == default else f"{host}:{self.port}"


def direct_supported(base_url: str) -> bool:
    """True when `DirectHTTP` can reach `base_url` as the SDK would: http(s), no query string, and no
    proxy in the environment that applies to that host."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.username:
        return False
    proxies = urllib.request.getproxies()
    if not (proxies.get(parts.scheme) or proxies.get("all")):
        return True
    return bool(urllib.request.proxy_bypass(parts.hostname))


_Conn = tuple[asyncio.StreamReader, asyncio.StreamWriter]


def _tls_context() -> ssl.SSLContext:
    """The certificates the SDK's client trusts: certifi's bundle, unless ``SSL_CERT_FILE`` or
    ``SSL_CERT_DIR`` names others (OpenSSL reads those itself)."""
    if os.environ.get("SSL_CERT_FILE") or os.environ.get("SSL_CERT_DIR"):
        return ssl.create_default_context()
    try:
        import certifi
    except ImportError:  # pragma: no cover - installed with httpx
        return ssl.create_default_context()
    return ssl.create_default_context(cafile=certifi.where())


class DirectHTTP:
    """Keep-alive connections to one origin, at most `max_connections` open (further requests wait for
    one). Use from one event loop (the call runner's)."""

    def __init__(self, base_url: str, headers: dict[str, str], max_connections: int = 100) -> None:
        self.origin = Origin.of(base_url)
        self._head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        self._idle: list[_Conn] = []
        self._slots = asyncio.Semaphore(max_connections)
        self._ssl = _tls_context() if self.origin.scheme == "https" else None

    async def post(self, path: str, body: bytes, timeout: float) -> Response:
        """POST `body` (JSON) to the base URL's path + `path`; the whole response, or TransportError."""
        request = (
            f"POST {self.origin.path}{path} HTTP/1.1\r\nHost: {self.origin.host_header}\r\n{self._head}"
            f"Content-Type: application/json\r\nAccept: application/json\r\nAccept-Encoding: identity\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode("latin-1") + body
        try:
            async with asyncio.timeout(timeout):
                async with self._slots:
                    return await self._exchange(request)
        except TimeoutError:
            raise TransportTimeout(f"no whole response within {timeout:g} s") from None

    async def _exchange(self, request: bytes) -> Response:
        conn = self._take()
        if conn is None:
            try:
                conn = await asyncio.open_connection(
                    self.origin.host,
                    self.origin.port,
                    ssl=self._ssl,
                    server_hostname=self.origin.host if self._ssl else None,
                    limit=MAX_HEAD_BYTES,
                )
            except OSError as exc:
                raise TransportError(f"connect failed ({type(exc).__name__})") from None
        reader, writer = conn
        keep = False
        try:
            writer.write(request)
            await writer.drain()
            response, keep = await _read_response(reader)
            return response
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as exc:
            raise TransportError(f"no whole response ({type(exc).__name__})") from None
        finally:  # a cancelled or timed-out exchange leaves the connection mid-response: never reused
            if keep:
                self._idle.append(conn)
            else:
                writer.close()

    def _take(self) -> _Conn | None:
        while self._idle:
            reader, writer = self._idle.pop()
            if reader.at_eof() or writer.is_closing() or reader.exception() is not None:
                writer.close()  # the server closed it while it was idle
                continue
            return reader, writer
        return None

    async def aclose(self) -> None:
        idle, self._idle = self._idle, []
        for _, writer in idle:
            writer.close()


async def _read_response(reader: asyncio.StreamReader) -> tuple[Response, bool]:
    """One response from `reader`, and whether the connection may carry another request."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head[:-4].decode("latin-1").split("\r\n")
    version, _, rest = lines[0].partition(" ")
    if not version.startswith("HTTP/1."):
        raise ValueError("not an HTTP/1.x response")
    status = int(rest[:3])
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if not sep:
            raise ValueError("malformed header line")
        headers[name.strip().lower()] = value.strip()
    keep = version == "HTTP/1.1" and "close" not in headers.get("connection", "").lower()
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = await _read_chunked(reader)
    elif "content-length" in headers:
        length = int(headers["content-length"])
        if not 0 <= length <= MAX_BODY_BYTES:
            raise ValueError("content-length out of bounds")
        body = await reader.readexactly(length)
    elif status in (204, 304) or 100 <= status < 200:
        body = b""
    else:  # the body runs to the end of the connection
        body, keep = await reader.read(MAX_BODY_BYTES), False
    return Response(status, headers, body), keep


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    parts: list[bytes] = []
    size_total = 0
    while True:
        size = int((await reader.readuntil(b"\r\n")).split(b";", 1)[0].strip(), 16)
        if size == 0:
            while (await reader.readuntil(b"\r\n")) != b"\r\n":  # trailers, up to the blank line
                pass
            return b"".join(parts)
        size_total += size
        if size_total > MAX_BODY_BYTES:
            raise ValueError("body too large")
        parts.append((await reader.readexactly(size + 2))[:-2])
