"""The OpenAI provider: any OpenAI-compatible Chat Completions server (OpenAI itself, Azure-style
gateways, vLLM, Ollama, LiteLLM...) chosen by base URL.

One `attempt` is one HTTP request, never more: jobs/ai/calls.py retries with backoff that honours
Retry-After, meters and budgets every attempt, and keeps a circuit breaker; two retry layers would
multiply the worst-case time and hide attempts from metering. The request asks for strict structured
outputs (a json_schema built from a pydantic model, as the SDK's ``chat.completions.parse`` would send
it) with ``max_tokens`` set, so a call's cost has a ceiling the budget can reserve (`max_cost_cents`). A
server that rejects ``json_schema`` is detected once (a 400 naming the response format) and asked for
JSON mode from then on, with the shape spelled out in the prompt.

The request goes out on jobs/ai/openai_http.py (the SDK's bytes, an eighth of its CPU), or through the
``openai`` SDK (retries off) when a proxy applies; an HTTP error is the same `ProviderError` either way.

The reply is validated with pydantic at the boundary and mapped onto the same `IntentResult` and
`OrderLine` the local provider produces, so catalog matching and gating downstream do not care which
provider ran. A refusal, a truncated or invalid reply is a `ProviderError` that still carries the
usage the server billed. Neither exception messages nor logs ever contain the message text or the
model's output. Prices and exact costs: jobs/ai/pricing.py.
"""

from __future__ import annotations

import asyncio
import functools
import json
import math
import os
import re
import time
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any, Literal, TypeVar

import openai
import structlog
from openai.lib._parsing._completions import type_to_response_format_param
from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, ValidationError, field_validator

from jobs.ai.openai_http import DirectHTTP, TransportError, TransportTimeout, direct_supported
from jobs.ai.pricing import DEFAULT_PRICE, PRICES, cost_cents, price_for
from jobs.ai.providers import AIUsage, Analysis, JsonTask, ProviderError, TaskAnswer
from jobs.language.extraction import OrderLine, find_sizes, normalize_unit
from jobs.language.intent import Intent, IntentResult

__all__ = [
    "DEFAULT_PRICE",
    "PRICES",
    "SYSTEM_PROMPT",
    "OpenAIProvider",
    "cost_cents",
    "price_for",
    "retry_after_seconds",
]

log = structlog.get_logger("oms.ai.openai")

INTENTS = ("ORDER", "QUESTION", "COMPLAINT", "CANCEL", "CHANGE", "OTHER")

SYSTEM_PROMPT = """\
You read one message a business customer sent to their food and drink wholesaler. Personal data has been \
replaced by placeholders such as <PHONE>, <EMAIL>, <NAME> or <ADDRESS>; ignore them.
intent: ORDER asks for goods; QUESTION asks about price, stock or delivery; COMPLAINT reports a problem \
with a delivery; CANCEL cancels an order; CHANGE amends an existing order; OTHER is anything else.
confidence: how sure you are of the intent, 0 to 1.
lines: one per product requested (for ORDER or CHANGE; otherwise usually empty). quantity: the number \
asked for, null if none was given. unit: the pack unit in singular (case, box, bottle, tray, kg...) or \
null. size: the pack size such as 330ml, 1.5l, 500g, or null. phrase: the product words only, without \
quantity, unit or size. original_text: the exact part of the message the line came from.
Never invent products that the message does not mention."""

# JSON mode (a server without structured outputs): the shape must be in the prompt.
JSON_MODE_SHAPE = """
Reply with JSON only, exactly this shape:
{"intent": "ORDER|QUESTION|COMPLAINT|CANCEL|CHANGE|OTHER", "confidence": 0.0-1.0,
 "lines": [{"quantity": number or null, "unit": string or null, "size": string or null, \
"phrase": string, "original_text": string}]}"""


# ---- the reply: the schema sent to the model, then the stricter validation at the boundary ---------


class ReplyLine(BaseModel):
    """One order line as the model is asked to write it (strict json_schema: every field present)."""

    quantity: float | None
    unit: str | None
    size: str | None
    phrase: str
    original_text: str


class Reply(BaseModel):
    """The model's whole answer (the response_format of `chat.completions.parse`)."""

    intent: Literal["ORDER", "QUESTION", "COMPLAINT", "CANCEL", "CHANGE", "OTHER"]
    confidence: float
    lines: list[ReplyLine]


RESPONSE_FORMAT: dict[str, Any] = dict(type_to_response_format_param(Reply))  # type: ignore[arg-type]
_SCHEMA_TEXT = json.dumps(RESPONSE_FORMAT)


class _Line(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    quantity: StrictInt | StrictFloat | None = None
    unit: str | None = None
    size: str | None = None
    phrase: Annotated[str, Field(min_length=1, max_length=500)]
    original_text: Annotated[str, Field(max_length=2000)] | None = None

    @field_validator("quantity")
    @classmethod
    def _positive_finite(cls, v: int | float | None) -> int | float | None:
        if v is not None and (isinstance(v, float) and not math.isfinite(v) or v <= 0 or v > 1_000_000):
            raise ValueError("quantity must be a positive number up to 1,000,000")
        return v


class _Reply(BaseModel):
    model_config = ConfigDict(extra="ignore")

    intent: Literal["ORDER", "QUESTION", "COMPLAINT", "CANCEL", "CHANGE", "OTHER"]
    confidence: Annotated[StrictInt | StrictFloat, Field(ge=0, le=1)]
    lines: Annotated[list[_Line], Field(max_length=200)] = Field(default_factory=list)

    @field_validator("intent", mode="before")
    @classmethod
    def _upper(cls, v: Any) -> Any:
        return v.strip().upper() if isinstance(v, str) else v


_M = TypeVar("_M", bound=BaseModel)


# Byte-level BPE tokens each cover at least one byte, so bytes bound tokens; plus each message's framing.
_FRAMING_TOKENS = 32


def prompt_token_bound(text: str, json_mode: bool = False) -> int:
    """An upper bound of the prompt tokens one request with `text` can be billed (system prompt, schema
    and user text, counted in UTF-8 bytes)."""
    system = SYSTEM_PROMPT + (JSON_MODE_SHAPE if json_mode else _SCHEMA_TEXT)
    return len(system.encode()) + len(text.encode()) + _FRAMING_TOKENS


# ---- errors ------------------------------------------------------------------------------------------


def _status_kind(status: int) -> tuple[str, bool]:
    if status in (401, 403):
        return "auth", False
    if status == 429:
        return "rate_limit", True
    if status >= 500:
        return "server", True
    return "http", status in (408, 409)


def retry_after_seconds(headers: Mapping[str, str] | None) -> float | None:
    """The server's requested wait (``retry-after-ms``, else ``retry-after`` in seconds), or None."""
    if not headers:
        return None
    for name, divisor in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        raw = headers.get(name)
        if raw is None:
            continue
        try:
            value = float(raw) / divisor
        except ValueError:
            continue
        if math.isfinite(value) and value >= 0:
            return value
    return None


def _schema_unsupported(status: int, error: Any, said: str) -> bool:
    """A 400/422 that says the server does not take ``response_format`` json_schema (`error`: the error
    object of the body, `said`: the rest of what the server said)."""
    if status not in (400, 404, 422):
        return False
    body = error if isinstance(error, dict) else {}
    said = " ".join(str(body.get(k, "")) for k in ("message", "param", "code")) + " " + said
    return bool(re.search(r"response_format|json_schema|structured", said, re.IGNORECASE))


def _error_object(text: str) -> Any:
    """The ``error`` object of an error response's JSON body (or the whole body), as the SDK reads it."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data.get("error", data) if isinstance(data, dict) else data


def _wire_body(req: Request) -> bytes:
    """The JSON the SDK's `create(**req.kwargs)` sends: its arguments with `extra_body` merged over."""
    kwargs = req.kwargs
    body = {k: v for k, v in kwargs.items() if k != "extra_body"}
    body.update(kwargs.get("extra_body") or {})
    return json.dumps(body, separators=(",", ":")).encode()


# ---- the provider ------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=16)
def _schema_format(model: type[BaseModel]) -> dict[str, Any]:
    """The strict json_schema `response_format` of `model`, made once (the SDK's `parse` rebuilt it and
    walked it on every call: about 13 of the 20 CPU ms of a call, measured)."""
    return dict(type_to_response_format_param(model))  # type: ignore[arg-type]


def _response_format(kwargs: dict[str, Any], json_mode: bool, model: type[BaseModel]) -> None:
    """JSON mode or the schema, with the messages, sent as they are: the SDK walks every typed request
    parameter against its TypedDicts on each call (3 of a call's 13 CPU ms, measured), but merges
    `extra_body` over the body untouched. The wire is what `parse` sends; the reply is read from the raw
    body here either way."""
    body: dict[str, Any] = {"messages": kwargs["messages"]}
    kwargs["messages"] = []  # a required argument of `create`; replaced by extra_body's on the wire
    if json_mode:
        body["response_format"] = {"type": "json_object"}
    else:
        body["response_format"] = _schema_format(model)
    kwargs["extra_body"] = body


def _decimal(q: int | float) -> Decimal:
    d = Decimal(q) if isinstance(q, int) else Decimal(repr(q))
    return d.to_integral_value() if d == d.to_integral_value() else d.normalize()


def _size(size: str | None) -> str | None:
    if not size:
        return None
    found = find_sizes(size)
    return found[0] if found else size.lower()


def _unit(unit: str | None) -> str | None:
    if not unit:
        return None
    return normalize_unit(unit) or unit.lower()


def _headers(api_key: str) -> dict[str, str]:
    """What every request carries: the key and, as the SDK sends them, the organisation and project
    from ``OPENAI_ORG_ID`` and ``OPENAI_PROJECT_ID`` when set."""
    headers = {"Authorization": f"Bearer {api_key}", "User-Agent": "oms-worker"}
    for env, header in (("OPENAI_ORG_ID", "OpenAI-Organization"), ("OPENAI_PROJECT_ID", "OpenAI-Project")):
        if os.environ.get(env):
            headers[header] = os.environ[env]
    return headers


@dataclass(frozen=True)
class Request:
    """One request's arguments, built once per attempt (the mode can change between attempts)."""

    kwargs: dict[str, Any]
    json_mode: bool


class OpenAIProvider:
    """Chat Completions against ``base_url`` (None: the SDK default, api.openai.com). Thread-safe: one
    instance (and its connection pools, sync and async) serves every worker thread and coroutine."""

    name = "openai"

    def __init__(
        self,
        api_key: str,
        base_url: str | None = None,
        model: str = "gpt-4o-mini",
        timeout: float = 15,
        max_retries: int = 0,
        max_tokens: int = 1000,
        max_connections: int = 100,
    ) -> None:
        if not api_key:
            raise ProviderError("the OpenAI provider needs an API key", kind="config")
        self.model = model
        self.price = price_for(model)
        self.max_tokens = max_tokens
        self.timeout = timeout
        self.base_url = base_url
        # None until a server answers: True once a structured-output reply arrived, False once the server
        # said it does not take json_schema (then JSON mode for the life of the process).
        self.schema_supported: bool | None = None
        self._options = {
            "api_key": api_key,
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": max_retries,
        }
        self._max_connections = max_connections
        self._client = openai.OpenAI(**self._options)  # type: ignore[arg-type]
        self._async: openai.AsyncOpenAI | None = None
        # The wire (jobs/ai/openai_http.py) unless a proxy applies: then the SDK's client, which honours it.
        url = base_url or os.environ.get("OPENAI_BASE_URL") or "https://api.openai.com/v1"
        self._direct_url = url if direct_supported(url) else None
        self._headers = _headers(api_key)
        self._direct: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, DirectHTTP] = (
            weakref.WeakKeyDictionary()
        )

    @property
    def key(self) -> str:
        """What a circuit breaker is kept per: the server and the model."""
        return f"{self.base_url or 'api.openai.com'}|{self.model}"

    def max_cost_cents(self, text: str) -> Decimal:
        """The most one attempt with `text` can cost: the prompt's token bound and `max_tokens` out."""
        return cost_cents(
            prompt_token_bound(text, self.schema_supported is False), self.max_tokens, self.price
        )

    def usage(self, latency_ms: int, prompt: int = 0, completion: int = 0) -> AIUsage:
        return AIUsage(
            provider=self.name,
            model=self.model,
            prompt_tokens=prompt,
            completion_tokens=completion,
            cost_cents=cost_cents(prompt, completion, self.price),
            latency_ms=latency_ms,
        )

    def request(self, text: str) -> Request:
        json_mode = self.schema_supported is False
        system = SYSTEM_PROMPT + (JSON_MODE_SHAPE if json_mode else "")
        kwargs: dict[str, Any] = {
            "model": self.model,
            "messages": [{"role": "system", "content": system}, {"role": "user", "content": text}],
            "temperature": 0,
            "max_tokens": self.max_tokens,
        }
        _response_format(kwargs, json_mode, Reply)
        return Request(kwargs, json_mode)

    # ---- one attempt: sync and async share everything but the I/O ------------------------------------

    def analyze(self, text: str, *, timeout: float | None = None) -> Analysis:
        """One HTTP attempt (no retries); `ProviderError` on any failure, with the billed usage. From a
        thread with no event loop (tests, tools); the worker's calls are `analyze_async`'s, on the same
        wire."""
        req = self.request(text)
        started = time.perf_counter()
        if self._direct_url is None:
            try:
                raw = self._client.chat.completions.with_raw_response.create(
                    **req.kwargs, timeout=timeout or self.timeout
                )
                body = raw.text
            except openai.OpenAIError as exc:
                raise self._transport_error(exc, req, started) from None
        else:
            body = asyncio.run(self._post_once(req, timeout or self.timeout, started))
        return self._read(body, req, started)

    async def analyze_async(self, text: str, *, timeout: float | None = None) -> Analysis:
        req = self.request(text)
        started = time.perf_counter()
        body = await self._post(req, timeout or self.timeout, started)
        return self._read(body, req, started)

    async def _post(self, req: Request, timeout: float, started: float) -> str:
        """One request's 2xx body; any other outcome a `ProviderError`."""
        if self._direct_url is None:
            try:
                raw = await self.async_client().chat.completions.with_raw_response.create(
                    **req.kwargs, timeout=timeout
                )
                return str(raw.text)
            except openai.OpenAIError as exc:
                raise self._transport_error(exc, req, started) from None
        loop = asyncio.get_running_loop()
        http = self._direct.get(loop)
        if http is None:  # one pool per event loop (the call runner's, in a worker)
            http = self._direct[loop] = DirectHTTP(self._direct_url, self._headers, self._max_connections)
        return await self._post_direct(http, req, timeout, started)

    async def _post_once(self, req: Request, timeout: float, started: float) -> str:
        assert self._direct_url is not None
        http = DirectHTTP(self._direct_url, self._headers, 1)
        try:
            return await self._post_direct(http, req, timeout, started)
        finally:
            await http.aclose()

    async def _post_direct(self, http: DirectHTTP, req: Request, timeout: float, started: float) -> str:
        try:
            response = await http.post("/chat/completions", _wire_body(req), timeout)
        except TransportTimeout:
            raise self._fail("AI call timed out", kind="timeout", started=started, retryable=True) from None
        except TransportError:
            raise self._fail(
                "AI server unreachable", kind="connection", started=started, retryable=True
            ) from None
        if not 200 <= response.status < 300:
            text = response.text
            raise self._status_error(
                response.status, response.headers, _error_object(text), text, req, started
            )
        return response.text

    def async_client(self) -> openai.AsyncOpenAI:
        """The async client, created on first use inside the event loop that will use it."""
        if self._async is None:
            import httpx2

            limits = httpx2.Limits(
                max_connections=self._max_connections, max_keepalive_connections=self._max_connections
            )
            self._async = openai.AsyncOpenAI(
                **self._options,  # type: ignore[arg-type]
                http_client=openai.DefaultAsyncHttpxClient(limits=limits),
            )
        return self._async

    def _latency(self, started: float) -> int:
        return int((time.perf_counter() - started) * 1000)

    def _transport_error(self, exc: openai.OpenAIError, req: Request, started: float) -> ProviderError:
        if isinstance(exc, openai.APITimeoutError):
            return self._fail("AI call timed out", kind="timeout", started=started, retryable=True)
        if isinstance(exc, openai.APIConnectionError):
            return self._fail("AI server unreachable", kind="connection", started=started, retryable=True)
        if isinstance(exc, openai.APIStatusError):
            headers = getattr(getattr(exc, "response", None), "headers", None)
            return self._status_error(exc.status_code, headers, exc.body, str(exc.message), req, started)
        return self._fail(f"AI call failed ({type(exc).__name__})", kind="malformed", started=started)

    def _status_error(
        self,
        status: int,
        headers: Mapping[str, str] | None,
        error: Any,
        said: str,
        req: Request,
        started: float,
    ) -> ProviderError:
        """An HTTP error response as a `ProviderError` (`error`: the body's error object)."""
        if not req.json_mode and _schema_unsupported(status, error, said):
            # Detected once: this server does not take json_schema; JSON mode from now on.
            self.schema_supported = False
            log.warning("ai_structured_outputs_unsupported", provider=self.name, model=self.model)
            return self._fail(
                "AI server does not support structured outputs: switching to JSON mode",
                kind="schema_unsupported",
                status=status,
                retryable=True,
                started=started,
            )
        kind, retryable = _status_kind(status)
        return self._fail(
            f"AI call failed with HTTP {status}",
            kind=kind,
            status=status,
            retryable=retryable,
            started=started,
            retry_after=retry_after_seconds(headers),
        )

    def _fail(
        self,
        message: str,
        *,
        kind: str,
        started: float,
        status: int | None = None,
        retryable: bool = False,
        usage: AIUsage | None = None,
        retry_after: float | None = None,
    ) -> ProviderError:
        latency = self._latency(started)
        log.warning(
            "ai_call_failed",
            provider=self.name,
            model=self.model,
            kind=kind,
            status=status,
            latency_ms=latency,
        )
        err = ProviderError(message, kind=kind, status=status, retryable=retryable, usage=usage)
        err.retry_after = retry_after
        err.latency_ms = latency
        return err

    def _read(self, body: str, req: Request, started: float) -> Analysis:
        """A 200's body: its usage first (billed whatever follows), then the reply."""
        completion, usage = self._completion(body, started)
        reply = self._reply(completion, usage, started)
        if not req.json_mode:
            self.schema_supported = True
        intent = IntentResult(Intent(reply.intent), float(reply.confidence), (f"{self.name}:{self.model}",))
        lines = [
            OrderLine(
                quantity=_decimal(line.quantity) if line.quantity is not None else Decimal(1),
                unit=_unit(line.unit),
                size=_size(line.size),
                phrase=line.phrase,
                original_text=line.original_text or line.phrase,
                quantity_explicit=line.quantity is not None,
            )
            for line in reply.lines
        ]
        return Analysis(intent, lines, usage)

    def _completion(self, body: str, started: float) -> tuple[dict[str, Any], AIUsage]:
        """A 200's body as a chat completion, and the usage it bills."""
        try:
            completion = json.loads(body)
            if not isinstance(completion, dict) or not isinstance(completion.get("choices"), list):
                raise ValueError("not a chat completion")
        except ValueError:
            raise self._fail(
                "AI call failed (the body is not a chat completion)", kind="malformed", started=started
            ) from None
        found = completion.get("usage")
        reported: dict[str, Any] = found if isinstance(found, dict) else {}
        usage = self.usage(
            self._latency(started),
            int(reported.get("prompt_tokens") or 0),
            int(reported.get("completion_tokens") or 0),
        )
        return completion, usage

    def _reply(self, completion: dict[str, Any], usage: AIUsage, started: float) -> _Reply:
        return self._validated(_Reply, self._json_content(completion, usage, started), usage, started)

    def _validated(self, model: type[_M], data: Any, usage: AIUsage, started: float) -> _M:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            # Field locations and error types only: the input values would echo the model's output.
            where = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'reply'}: {e['type']}" for e in exc.errors())
            raise self._fail(
                f"AI reply did not validate ({where})", kind="malformed", started=started, usage=usage
            ) from None

    def _json_content(self, completion: dict[str, Any], usage: AIUsage, started: float) -> Any:
        """The assistant message's JSON content; a refusal, a filtered, empty or truncated reply fails."""
        choices = completion["choices"]
        choice: dict[str, Any] = choices[0] if choices and isinstance(choices[0], dict) else {}
        found = choice.get("message")
        message: dict[str, Any] = found if isinstance(found, dict) else {}
        if message.get("refusal"):
            raise self._fail("AI model refused to answer", kind="refusal", started=started, usage=usage)
        if choice.get("finish_reason") == "content_filter":
            raise self._fail("AI reply was filtered", kind="refusal", started=started, usage=usage)
        content = message.get("content")
        if not content:
            raise self._fail("AI reply had no content", kind="malformed", started=started, usage=usage)
        try:
            data = json.loads(content)
        except (TypeError, ValueError):
            reason = "truncated" if choice.get("finish_reason") == "length" else "not JSON"
            raise self._fail(
                f"AI reply was {reason}", kind="malformed", started=started, usage=usage
            ) from None
        return data

    # ---- other tasks than the analysis: a JSON answer of a task's own shape (suggested replies) -------

    def task_request(self, task: JsonTask, text: str) -> Request:
        json_mode = self.schema_supported is False
        kwargs: dict[str, Any] = {
            "model": self.model,
            "messages": [
                {"role": "system", "content": task.system + (task.shape if json_mode else "")},
                {"role": "user", "content": text},
            ],
            "temperature": 0,
            "max_tokens": self.max_tokens,
        }
        _response_format(kwargs, json_mode, task.schema)
        return Request(kwargs, json_mode)

    def task_max_cost_cents(self, task: JsonTask, text: str) -> Decimal:
        """The most one attempt of `task` with `text` can cost (as `max_cost_cents`)."""
        system = task.system + (task.shape if self.schema_supported is False else task.schema_text)
        prompt = len(system.encode()) + len(text.encode()) + _FRAMING_TOKENS
        return cost_cents(prompt, self.max_tokens, self.price)

    async def ask_async(self, task: JsonTask, text: str, *, timeout: float | None = None) -> TaskAnswer:
        """One HTTP attempt of `task` (no retries); `ProviderError` on any failure, with the billed usage."""
        req = self.task_request(task, text)
        started = time.perf_counter()
        body = await self._post(req, timeout or self.timeout, started)
        completion, usage = self._completion(body, started)
        value = self._validated(
            task.validator, self._json_content(completion, usage, started), usage, started
        )
        if not req.json_mode:
            self.schema_supported = True
        return TaskAnswer(value, usage)
