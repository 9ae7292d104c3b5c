"""The paid call's wire (jobs/ai/openai_http.py) against real loopback servers: keep-alive reuse, chunked
and close-delimited replies, a connection the server closed while idle, timeouts, and the fall back to
the SDK's client when a proxy applies (which the provider then uses, with the same error kinds)."""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from jobs.ai.openai_http import DirectHTTP, TransportError, TransportTimeout, direct_supported
from jobs.ai.openai_provider import OpenAIProvider
from jobs.ai.providers import ProviderError
from tests.fake_openai import FakeOpenAI

ORDER = '{"intent": "ORDER", "confidence": 0.9, "lines": []}'


SILENT = b"<silent>"  # read the request, never answer


class RawServer:
    """A loopback server that answers each request with the next scripted raw response: the bytes to
    send, then the connection is closed if the item is (bytes, "close") or the bytes say ``Connection:
    close``; SILENT: never answer. It counts the connections it accepted and sets `closed` whenever it
    closes one."""

    def __init__(self, responses: list[bytes | tuple[bytes, str]], tls: ssl.SSLContext | None = None) -> None:
        self.responses = list(responses)
        self.tls = tls
        self.connections = 0
        self.requests: list[bytes] = []
        self.closed = threading.Event()
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    @staticmethod
    def _request(conn: socket.socket, buf: bytes) -> tuple[bytes, bytes] | None:
        while b"\r\n\r\n" not in buf:
            data = conn.recv(65536)
            if not data:
                return None
            buf += data
        head, _, buf = buf.partition(b"\r\n\r\n")
        length = next(
            int(x.split(b":")[1]) for x in head.split(b"\r\n") if x.lower().startswith(b"content-length")
        )
        while len(buf) < length:
            buf += conn.recv(65536)
        return head + b"\r\n\r\n" + buf[:length], buf[length:]

    def _handle(self, conn: socket.socket) -> None:
        buf = b""
        if self.tls is not None:
            try:
                conn = self.tls.wrap_socket(conn, server_side=True)
            except (ssl.SSLError, OSError):  # the client refused the certificate
                conn.close()
                return
        try:
            while (got := self._request(conn, buf)) is not None:
                request, buf = got
                self.requests.append(request)
                item = self.responses.pop(0) if self.responses else SILENT
                data, close = item if isinstance(item, tuple) else (item, "")
                if data == SILENT:
                    conn.recv(1)  # until the client gives up
                    return
                conn.sendall(data)
                if close or b"Connection: close" in data:
                    return
        finally:
            conn.close()
            self.closed.set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def close(self) -> None:
        self.sock.close()


def _ok(body: bytes, extra: str = "") -> bytes:
    return (
        f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n{extra}\r\n".encode()
        + body
    )


@pytest.fixture()
def raw() -> Iterator[list[RawServer]]:
    servers: list[RawServer] = []
    yield servers
    for s in servers:
        s.close()


def _post_all(url: str, bodies: list[bytes], timeout: float = 5) -> list[object]:
    async def run() -> list[object]:
        http = DirectHTTP(url, {"Authorization": "Bearer k"}, max_connections=4)
        out: list[object] = []
        for body in bodies:
            try:
                out.append(await http.post("/chat/completions", body, timeout))
            except TransportError as exc:
                out.append(exc)
        await http.aclose()
        return out

    return asyncio.run(run())


def test_keep_alive_reuses_one_connection_and_sends_the_request(raw: list[RawServer]) -> None:
    server = RawServer([_ok(b'{"a": 1}'), _ok(b'{"a": 2}')])
    raw.append(server)
    first, second = _post_all(server.url, [b'{"x": 1}', b'{"x": 2}'])
    assert [first.body, second.body] == [b'{"a": 1}', b'{"a": 2}']  # type: ignore[attr-defined]
    assert server.connections == 1
    head = server.requests[0].decode()
    assert head.startswith("POST /v1/chat/completions HTTP/1.1\r\n")
    assert f"Host: 127.0.0.1:{server.port}\r\n" in head and "Authorization: Bearer k\r\n" in head
    assert head.endswith('\r\n\r\n{"x": 1}')


def test_chunked_reply_with_trailers(raw: list[RawServer]) -> None:
    chunked = (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        b'5\r\n{"a":\r\n3;ext=1\r\n 1}\r\n0\r\nX-Trailer: t\r\n\r\n'
    )
    server = RawServer([chunked, _ok(b"{}")])
    raw.append(server)
    first, second = _post_all(server.url, [b"{}", b"{}"])
    assert first.body == b'{"a": 1}'  # type: ignore[attr-defined]
    assert second.body == b"{}"  # type: ignore[attr-defined]
    assert server.connections == 1  # the connection stayed usable after the chunked body


def test_close_delimited_and_connection_close_replies_are_not_reused(raw: list[RawServer]) -> None:
    server = RawServer([b'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n{"a": 1}', _ok(b"{}")])
    raw.append(server)
    first, second = _post_all(server.url, [b"{}", b"{}"])
    assert first.body == b'{"a": 1}'  # type: ignore[attr-defined]
    assert second.status == 200  # type: ignore[attr-defined]
    assert server.connections == 2


def test_a_connection_the_server_closed_while_idle_is_not_reused(raw: list[RawServer]) -> None:
    server = RawServer([(_ok(b"{}"), "close"), _ok(b'{"again": 1}')])
    raw.append(server)

    async def run() -> list[bytes]:
        http = DirectHTTP(server.url, {}, max_connections=2)
        first = await http.post("/chat/completions", b"{}", 5)
        await asyncio.to_thread(server.closed.wait, 10)  # closed by the server, which said nothing
        second = await http.post("/chat/completions", b"{}", 5)
        await http.aclose()
        return [first.body, second.body]

    assert asyncio.run(run()) == [b"{}", b'{"again": 1}']
    assert server.connections == 2


def test_timeout_and_refused_connection(raw: list[RawServer]) -> None:
    server = RawServer([SILENT])
    raw.append(server)
    (silent,) = _post_all(server.url, [b"{}"], timeout=0.3)
    assert isinstance(silent, TransportTimeout)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]
    (refused,) = _post_all(f"http://127.0.0.1:{closed_port}/v1", [b"{}"])
    assert isinstance(refused, TransportError) and not isinstance(refused, TransportTimeout)


def test_a_proxy_in_the_environment_sends_calls_through_the_sdk(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    assert direct_supported("https://api.openai.com/v1")
    assert not direct_supported("https://gateway.example.test/v1?api-version=1")
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example.test:3128")
    assert not direct_supported("https://api.openai.com/v1")
    monkeypatch.setenv("NO_PROXY", "api.openai.com")
    assert direct_supported("https://api.openai.com/v1")


@pytest.mark.parametrize("transport", ["direct", "sdk"])
def test_both_wires_read_the_same_reply_and_errors(transport: str) -> None:
    with FakeOpenAI(api_key="sk-test") as server:
        provider = OpenAIProvider("sk-test", base_url=server.base_url, timeout=5)
        if transport == "sdk":
            provider._direct_url = None  # as with a proxy set: the SDK's client
        server.reply(ORDER, prompt_tokens=120, completion_tokens=30)
        server.fail(429, headers={"Retry-After": "7"})
        server.fail(400, message="response_format json_schema is not supported")

        async def run() -> list[object]:
            out: list[object] = [await provider.analyze_async("2 cases coke zero")]
            for _ in range(2):
                try:
                    await provider.analyze_async("2 cases coke zero")
                except ProviderError as exc:
                    out.append((exc.kind, exc.status, exc.retry_after))
            return out

        analysis, limited, schema = asyncio.run(run())
        body = server.requests[0].body
    assert analysis.usage.prompt_tokens == 120  # type: ignore[attr-defined]
    assert body["response_format"]["type"] == "json_schema" and body["max_tokens"] == 1000
    assert body["messages"][1] == {"role": "user", "content": "2 cases coke zero"}
    assert limited == ("rate_limit", 429, 7.0)
    assert schema == ("schema_unsupported", 400, None)
    assert provider.schema_supported is False


def _self_signed(tmp: Path) -> tuple[Path, Path]:
    """A certificate for localhost and its key, as PEM files."""
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp / "cert.pem", tmp / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_file, key_file


def test_https_checks_the_servers_certificate(
    raw: list[RawServer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cert_file, key_file = _self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    server = RawServer([_ok(b'{"tls": 1}')], tls=context)
    raw.append(server)
    url = f"https://localhost:{server.port}/v1"
    (untrusted,) = _post_all(url, [b"{}"])  # a certificate nobody vouched for: refused
    assert isinstance(untrusted, TransportError)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert_file))
    (trusted,) = _post_all(url, [b"{}"])
    assert trusted.body == b'{"tls": 1}'  # type: ignore[attr-defined]
