"""The OpenAI provider: any OpenAI-compatible Chat Completions server (OpenAI itself, Azure-style
gateways, vLLM, Ollama, LiteLLM...) chosen by base URL, through the official ``openai`` SDK.

It reads a message that has already been PII-redacted, asks for strict JSON (``response_format`` json_object,
temperature 0), validates the reply with pydantic at the boundary, and maps it onto the same
`IntentResult` and `OrderLine` the local provider produces, so catalog matching and gating downstream do
not care which provider ran. Units and sizes are normalised with the extractor's own vocabulary.

Every call is metered: tokens from the response's ``usage``, cost from the price table below, and the
wall-clock latency including the SDK's retries. Failures raise `ProviderError` with a kind and an HTTP
status; neither exception messages nor logs ever contain the message text or the model's output.

Prices are USD per 1M tokens (input, output). A model missing from the table (a dated snapshot such as
``gpt-4o-mini-2024-07-18`` counts as its base model) is priced from ``OMS_OPENAI_PRICE_IN`` and
``OMS_OPENAI_PRICE_OUT`` (USD per 1M tokens) when set, else at the gpt-4o price: deliberately on the high
side for small self-hosted models, so an unknown model can only use a budget up faster, never overspend it.
"""

from __future__ import annotations

import json
import math
import os
import re
import time
from collections.abc import Mapping
from decimal import ROUND_UP, Decimal, InvalidOperation
from typing import Annotated, Any, Literal

import openai
import structlog
from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, ValidationError, field_validator

from jobs.ai.providers import AIUsage, Analysis, ProviderError
from jobs.language.extraction import OrderLine, find_sizes, normalize_unit
from jobs.language.intent import Intent, IntentResult

__all__ = ["DEFAULT_PRICE", "PRICES", "SYSTEM_PROMPT", "OpenAIProvider", "cost_cents", "price_for"]

log = structlog.get_logger("oms.ai.openai")

# USD per 1M tokens: (input, output).
PRICES: dict[str, tuple[Decimal, Decimal]] = {
    "gpt-4o-mini": (Decimal("0.15"), Decimal("0.60")),
    "gpt-4o": (Decimal("2.50"), Decimal("10.00")),
    "gpt-4.1-mini": (Decimal("0.40"), Decimal("1.60")),
    "gpt-4.1-nano": (Decimal("0.10"), Decimal("0.40")),
    "gpt-4.1": (Decimal("2.00"), Decimal("8.00")),
}
DEFAULT_PRICE = PRICES["gpt-4o"]
PRICE_IN_ENV, PRICE_OUT_ENV = "OMS_OPENAI_PRICE_IN", "OMS_OPENAI_PRICE_OUT"
_SNAPSHOT = re.compile(r"-\d{4}-\d{2}-\d{2}$")
_CENT_PLACES = Decimal("0.0001")

SYSTEM_PROMPT = """\
You read one message a business customer sent to their food and drink wholesaler. Personal data has been \
replaced by placeholders such as <PHONE> or <EMAIL>; ignore them.
Reply with JSON only, exactly this shape:
{"intent": "ORDER|QUESTION|COMPLAINT|CANCEL|CHANGE|OTHER", "confidence": 0.0-1.0,
 "lines": [{"quantity": number or null, "unit": string or null, "size": string or null, \
"phrase": string, "original_text": string}]}
intent: ORDER asks for goods; QUESTION asks about price, stock or delivery; COMPLAINT reports a problem \
with a delivery; CANCEL cancels an order; CHANGE amends an existing order; OTHER is anything else.
confidence: how sure you are of the intent.
lines: one per product requested (for ORDER or CHANGE; otherwise usually empty). quantity: the number \
asked for, null if none was given. unit: the pack unit in singular (case, box, bottle, tray, kg...) or \
null. size: the pack size such as 330ml, 1.5l, 500g, or null. phrase: the product words only, without \
quantity, unit or size. original_text: the exact part of the message the line came from.
Never invent products that the message does not mention."""


# ---- the reply, validated at the boundary ------------------------------------------------------------


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


# ---- pricing -----------------------------------------------------------------------------------------


def _env_price(env: Mapping[str, str], name: str, default: Decimal) -> Decimal:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = Decimal(raw)
    except InvalidOperation:
        value = Decimal(-1)
    if not value.is_finite() or value < 0:
        raise ProviderError(
            f"{name}={raw!r}: expected a non-negative number (USD per 1M tokens)", kind="config"
        )
    return value


def price_for(model: str, env: Mapping[str, str] | None = None) -> tuple[Decimal, Decimal]:
    """(input, output) USD per 1M tokens for a model: the table (dated snapshots count as their base model),
    else OMS_OPENAI_PRICE_IN / OMS_OPENAI_PRICE_OUT, else the gpt-4o price."""
    name = model.strip().lower()
    for candidate in (name, _SNAPSHOT.sub("", name)):
        if candidate in PRICES:
            return PRICES[candidate]
    env = os.environ if env is None else env
    return _env_price(env, PRICE_IN_ENV, DEFAULT_PRICE[0]), _env_price(env, PRICE_OUT_ENV, DEFAULT_PRICE[1])


def cost_cents(prompt_tokens: int, completion_tokens: int, price: tuple[Decimal, Decimal]) -> Decimal:
    """Cost of one call in US cents, 4 decimal places, rounded up (metering never undercounts)."""
    usd = (Decimal(prompt_tokens) * price[0] + Decimal(completion_tokens) * price[1]) / Decimal(1_000_000)
    return (usd * 100).quantize(_CENT_PLACES, rounding=ROUND_UP)


# ---- the provider ------------------------------------------------------------------------------------


def _status_kind(status: int) -> tuple[str, bool]:
    if status in (401, 403):
        return "auth", False
    if status == 429:
        return "rate_limit", True
    if status >= 500:
        return "server", True
    return "http", status in (408, 409)


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


class OpenAIProvider:
    """Chat Completions against ``base_url`` (None: the SDK default, api.openai.com). Thread-safe: one
    instance (and its connection pool) serves every worker thread."""

    name = "openai"

    def __init__(
        self,
        api_key: str,
        base_url: str | None = None,
        model: str = "gpt-4o-mini",
        timeout: float = 15,
        max_retries: int = 2,
    ) -> None:
        if not api_key:
            raise ProviderError("the OpenAI provider needs an API key", kind="config")
        self.model = model
        self.price = price_for(model)
        self._client = openai.OpenAI(
            api_key=api_key, base_url=base_url, timeout=timeout, max_retries=max_retries
        )

    def _usage(self, started: float, prompt: int = 0, completion: int = 0) -> AIUsage:
        return AIUsage(
            provider=self.name,
            model=self.model,
            prompt_tokens=prompt,
            completion_tokens=completion,
            cost_cents=cost_cents(prompt, completion, self.price),
            latency_ms=int((time.perf_counter() - started) * 1000),
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
    ) -> ProviderError:
        latency = int((time.perf_counter() - started) * 1000)
        log.warning(
            "ai_call_failed",
            provider=self.name,
            model=self.model,
            kind=kind,
            status=status,
            latency_ms=latency,
        )
        return ProviderError(message, kind=kind, status=status, retryable=retryable, usage=usage)

    def analyze(self, text: str) -> Analysis:
        started = time.perf_counter()
        try:
            response = self._client.chat.completions.create(
                model=self.model,
                messages=[
                    {"role": "system", "content": SYSTEM_PROMPT},
                    {"role": "user", "content": text},
                ],
                response_format={"type": "json_object"},
                temperature=0,
            )
        except openai.APITimeoutError:
            raise self._fail("AI call timed out", kind="timeout", started=started, retryable=True) from None
        except openai.APIConnectionError:
            raise self._fail(
                "AI server unreachable", kind="connection", started=started, retryable=True
            ) from None
        except openai.APIStatusError as exc:
            kind, retryable = _status_kind(exc.status_code)
            raise self._fail(
                f"AI call failed with HTTP {exc.status_code}",
                kind=kind,
                status=exc.status_code,
                retryable=retryable,
                started=started,
            ) from None
        except openai.OpenAIError as exc:  # a 200 whose body is not a chat completion, and the like
            raise self._fail(
                f"AI call failed ({type(exc).__name__})", kind="malformed", started=started
            ) from None

        reported = getattr(response, "usage", None)
        prompt = int(getattr(reported, "prompt_tokens", 0) or 0)
        completion = int(getattr(reported, "completion_tokens", 0) or 0)
        usage = self._usage(started, prompt, completion)

        reply = self._parse(response, usage, started)
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

    def _parse(self, response: Any, usage: AIUsage, started: float) -> _Reply:
        choices = getattr(response, "choices", None) or []
        content = choices[0].message.content if choices and choices[0].message is not None else None
        if not content:
            raise self._fail("AI reply had no content", kind="malformed", started=started, usage=usage)
        try:
            data = json.loads(content)
        except ValueError:
            reason = "truncated" if choices[0].finish_reason == "length" else "not JSON"
            raise self._fail(
                f"AI reply was {reason}", kind="malformed", started=started, usage=usage
            ) from None
        try:
            return _Reply.model_validate(data)
        except ValidationError as exc:
            # Field locations and error types only: the input values would echo the model's output.
            where = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'reply'}: {e['type']}" for e in exc.errors())
            raise self._fail(
                f"AI reply did not validate ({where})", kind="malformed", started=started, usage=usage
            ) from None
