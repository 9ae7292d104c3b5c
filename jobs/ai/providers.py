"""AI providers behind one interface: the local one (deterministic, no network, the default) and any
OpenAI-compatible server. Every call reports its usage so it can be metered."""

from __future__ import annotations

import dataclasses
import json
import threading
import time
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel

from jobs.language.extraction import OrderLine, extract
from jobs.language.extraction.lines import Reads
from jobs.language.intent import IntentResult, classify_intent
from worker.settings import Settings

if TYPE_CHECKING:
    from jobs.ai.openai_provider import OpenAIProvider


@dataclass(frozen=True)
class AIUsage:
    provider: str
    model: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_cents: Decimal = Decimal(0)
    latency_ms: int = 0

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass(frozen=True)
class Analysis:
    """What the provider read in a (redacted) message: its intent and its order lines."""

    intent: IntentResult
    lines: list[OrderLine] = field(default_factory=list)
    usage: AIUsage = field(default_factory=lambda: AIUsage("local", "rules-v1"))
    # The street addresses the local extractor set aside as places ("1 penny lane"): ADDRESS_OR_GOODS asks
    # whether one names a product (jobs/language/matching/address_goods.py). A model's reading has none.
    addresses: tuple[str, ...] = ()


@dataclass(frozen=True)
class JsonTask:
    """A job for the model other than reading a message (jobs/replies/model.py drafts replies): its
    instructions, the pydantic model of the json_schema it is asked for (`schema`), the shape spelled
    out for servers in JSON mode, and the stricter validation of what comes back (`validator`). Plain
    data here, so defining a task does not import the SDK (the ingress imports the actors)."""

    system: str
    schema: type[BaseModel]
    shape: str
    validator: type[BaseModel]

    @property
    def schema_text(self) -> str:
        from openai.lib._parsing._completions import type_to_response_format_param

        return json.dumps(type_to_response_format_param(self.schema))  # type: ignore[arg-type]


@dataclass(frozen=True)
class TaskAnswer:
    """A task's validated answer and what it was billed."""

    value: Any
    usage: AIUsage


class ProviderError(Exception):
    """An AI call failed: transport error, timeout, HTTP error after the SDK's retries, or output that does
    not validate. The message never contains the customer's text or the model's output.

    ``kind``: "auth" (401/403), "rate_limit" (429), "server" (5xx), "http" (other status), "timeout",
    "connection", "malformed" (the reply did not validate), "refusal" (the model declined),
    "schema_unsupported" (the server does not take json_schema; the next attempt uses JSON mode),
    "budget" (the tenant's budget refused the reservation), "circuit_open" (the provider is failing:
    no attempt was made), "interrupted" (the worker stopped the call) or "config".
    ``status``: the HTTP status when there was one. ``retryable``: a later attempt may succeed.
    ``usage``: what the failed call cost when the server reported it (a malformed reply is still billed),
    so the caller can meter it with ``error=True``; None when nothing was billed.
    ``retry_after``: seconds the server asked to wait (Retry-After), when it said.
    """

    def __init__(
        self,
        message: str,
        *,
        kind: str,
        status: int | None = None,
        retryable: bool = False,
        usage: AIUsage | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status
        self.retryable = retryable
        self.usage = usage
        self.retry_after = retry_after
        self.latency_ms = 0


class AIProvider(Protocol):
    name: str
    model: str

    def analyze(self, text: str) -> Analysis: ...


class LocalProvider:
    """Rules and fuzzy matching in-process: free, deterministic, and fast enough for every message."""

    name = "local"
    model = "rules-v1"

    def analyze(self, text: str) -> Analysis:
        from jobs.pipeline.bounds import analysable, signed_reason

        started = time.perf_counter()
        text, too_long = analysable(text)  # the analysis's cost grows with the text: bounded
        reads: Reads = {}  # the parts read, reused when the intent reads the body again
        extraction = extract(text, reads)
        lines = extraction.lines
        intent = classify_intent(text, has_order_lines=bool(lines), lines=lines, reads=reads)
        marks = [r for r in (too_long, signed_reason(text)) if r]
        if marks:  # read by the decision's bounds (jobs/pipeline/bounds.py)
            intent = dataclasses.replace(intent, reasons=(*intent.reasons, *marks))
        latency = int((time.perf_counter() - started) * 1000)
        usage = AIUsage(self.name, self.model, latency_ms=latency)
        return Analysis(intent, lines, usage, extraction.addresses)


_local = LocalProvider()


_openai_cache: dict[tuple[object, ...], OpenAIProvider] = {}
_openai_lock = threading.Lock()


def get_provider(settings: Settings) -> AIProvider:
    """The configured provider: the local one, or (``openai`` and ``hybrid``) one OpenAIProvider per
    (key, base URL, model, timeout, max_tokens), reused across calls so its HTTP connection pools are
    shared. Budget, retries and metering are jobs/ai/calls.py's: use `call_model` for paid calls."""
    if settings.ai_provider == "local":
        return _local
    if not settings.openai_api_key:
        raise ProviderError(f"OMS_AI_PROVIDER={settings.ai_provider} needs OPENAI_API_KEY", kind="config")
    key = (
        settings.openai_api_key,
        settings.openai_base_url,
        settings.openai_model,
        settings.ai_timeout_seconds,
        settings.ai_max_tokens,
        settings.ai_max_in_flight,
    )
    # The SDK only when it is used, and outside the lock: its first import takes ~0.25 s, which every
    # other thread wanting a provider then waited out behind the lock (Python's import lock already makes
    # it once). `oms worker` imports it at start (cli/actors.py).
    from jobs.ai.openai_provider import OpenAIProvider

    with _openai_lock:
        provider = _openai_cache.get(key)
        if provider is None:
            provider = OpenAIProvider(
                settings.openai_api_key,
                base_url=settings.openai_base_url,
                model=settings.openai_model,
                timeout=settings.ai_timeout_seconds,
                max_tokens=settings.ai_max_tokens,
                max_connections=settings.ai_max_in_flight,
            )
            _openai_cache[key] = provider
        return provider


def local_provider() -> LocalProvider:
    """The free, deterministic provider: the fallback for a tenant over budget or a failed AI call."""
    return _local
