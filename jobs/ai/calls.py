"""One paid model call: budgeted, retried with backoff, metered per HTTP attempt, bounded in time.

`call_model` (a coroutine, run on jobs/ai/runner.py's loop) makes attempts until one succeeds, a failure
cannot heal, or the bounded total wait (``OMS_AI_MAX_WAIT_SECONDS``, default 2 minutes) would be
passed. Each attempt:

1. asks the provider's circuit breaker (jobs/ai/breaker.py): an open breaker fails fast, no attempt;
2. reserves the attempt's maximum cost against the tenant's budget (jobs/ai/budget.py); refused: stop;
3. sends one HTTP request (the SDK's own retries are off, so every request is an attempt we see), with
   a timeout clipped to the time left;
4. settles: releases the reservation and meters the attempt in both ledgers in one transaction, with
   an ai_errors row when it failed. A cancelled attempt (the process stopping) is settled too.

Retries (tenacity) wait a jittered exponential backoff (``OMS_AI_BACKOFF_SECONDS`` doubling, capped at
30 s), or longer when the server's Retry-After says so, for 429, 5xx, 408/409, timeouts and connection
errors; a server that does not take json_schema is retried at once in JSON mode. A reply that does not
validate, a refusal, an auth error or a budget refusal are not retried: the caller falls back to the
local analysis and sends the order to review, with the reason.

A successful attempt's reply is kept in its ai_responses row (stage ``ai_attempt``), so a message whose
processing is redone after the call (an interrupted worker) reuses the answer it paid for
(`paid_result`) instead of paying again.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import structlog
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    stop_before_delay,
    wait_random_exponential,
)

from db.enums import AgentType, Stage
from jobs.ai import budget
from jobs.ai.breaker import breaker_for
from jobs.ai.metering import usage_row
from jobs.ai.providers import AIUsage, Analysis, ProviderError
from jobs.ai.runner import blocking
from jobs.language.extraction import OrderLine
from jobs.language.intent import Intent, IntentResult
from worker.settings import Settings

log = structlog.get_logger("oms.ai.calls")

ATTEMPT_STAGE = "ai_attempt"
MAX_BACKOFF_SECONDS = 30.0
RETRYABLE_KINDS = frozenset({"rate_limit", "server", "timeout", "connection", "schema_unsupported"})
# A reservation outlives its attempt by this much before it is presumed abandoned (a dead process).
RESERVATION_GRACE_SECONDS = 60
# A successful attempt's settlement left to the caller's write (`settle_later`) is made by the runner if
# still open this long after the answer (the backstop; a write, a failed run or an abandoned wait make
# it at once).
FORGOTTEN_SECONDS = 30.0


@dataclass(frozen=True)
class Policy:
    """How long and how often to try (from settings; see README, Configuration)."""

    timeout: float = 15.0
    max_attempts: int = 6
    max_wait: float = 120.0
    backoff: float = 1.0
    breaker_failures: int = 5
    breaker_cooldown: float = 30.0

    @classmethod
    def from_settings(cls, s: Settings) -> Policy:
        return cls(
            s.ai_timeout_seconds,
            s.ai_max_attempts,
            s.ai_max_wait_seconds,
            s.ai_backoff_seconds,
            s.ai_breaker_failures,
            s.ai_breaker_cooldown_seconds,
        )

    def worst_case_seconds(self) -> float:
        """The longest a call can take: the total wait bound plus one attempt's timeout (an attempt
        started just before the bound is clipped to what is left, so this is a generous ceiling)."""
        return self.max_wait + self.timeout


@dataclass(frozen=True)
class CallResult:
    """What a call came to: the task's answer (the analysis, by default), or the error to fall back on,
    and what it cost."""

    value: Any
    error: ProviderError | None
    attempts: int
    cost_cents: Decimal
    tokens: int
    # `call_model(..., settle_later=True)`: the successful attempt's settlement, for the caller's write
    unsettled: budget.Unsettled | None = None

    @property
    def analysis(self) -> Analysis | None:
        return self.value if isinstance(self.value, Analysis) else None

    def abandoned(self) -> None:
        """The thread that asked stopped waiting (jobs/ai/runner.py): settle on our own."""
        if self.unsettled is not None:
            self.unsettled.settle()


@dataclass(frozen=True)
class Task:
    """What a call asks the model. The default is reading a message (`ANALYSIS`); other jobs (drafting
    suggested replies: jobs/replies/model.py) bring their own request, output and agent type, and share
    the budget, retries, breaker and metering here. `ask(provider, text, timeout)` makes one HTTP attempt
    and returns something with a `.usage`; `output` is what its attempt row keeps (`reply`)."""

    agent_type: AgentType
    error_stage: str
    attempt_stage: str
    ask: Callable[[Any, str, float], Awaitable[Any]]
    output: Callable[[Any], dict[str, Any]]
    max_cost: Callable[[Any, str], Decimal]
    confidence: Callable[[Any], float | None] = lambda _answer: None
    # The answer from a reply an earlier attempt paid for (its attempt row's output, provider, model),
    # reused instead of bought again; None: the task never reuses (it keeps its own record of done work).
    reused: Callable[[dict[str, Any], AIUsage], Any] | None = None


def check_time_limit(policy: Policy, time_limit_ms: int, what: str) -> None:
    """Start-up check: a call must end (metered) before the actor that waits for it is interrupted."""
    worst = policy.worst_case_seconds()
    if worst * 1000 >= time_limit_ms:
        from worker.settings import SettingsError

        raise SettingsError(
            f"OMS_AI_MAX_WAIT_SECONDS + OMS_AI_TIMEOUT_SECONDS = {worst:g} s must be under the "
            f"{time_limit_ms / 1000:g} s time limit of {what}"
        )


def _reply_output(analysis: Analysis) -> dict[str, Any]:
    return {
        "intent": analysis.intent.intent.value,
        "confidence": analysis.intent.confidence,
        "lines": [
            {
                "quantity": str(x.quantity),
                "unit": x.unit,
                "size": x.size,
                "phrase": x.phrase,
                "original_text": x.original_text,
                "quantity_explicit": x.quantity_explicit,
            }
            for x in analysis.lines
        ],
    }


def analysis_from_output(output: dict[str, Any], usage: AIUsage) -> Analysis:
    """The analysis a successful attempt stored (the inverse of `_reply_output`)."""
    intent = IntentResult(
        Intent(output["intent"]), float(output["confidence"]), (f"{usage.provider}:{usage.model}",)
    )
    lines = [
        OrderLine(
            quantity=Decimal(x["quantity"]),
            unit=x.get("unit"),
            size=x.get("size"),
            phrase=x["phrase"],
            original_text=x.get("original_text") or x["phrase"],
            quantity_explicit=bool(x.get("quantity_explicit", True)),
        )
        for x in output.get("lines", [])
    ]
    return Analysis(intent, lines, usage)


def attempt_record(
    agent_type: AgentType,
    message_id: uuid.UUID | None,
    number: int,
    usage: AIUsage,
    *,
    mode: str,
    analysis: Analysis | None = None,
    error: ProviderError | None = None,
    stage: str = Stage.CLASSIFY_INTENT,
    reply: dict[str, Any] | None = None,
    confidence: float | None = None,
    attempt_stage: str = ATTEMPT_STAGE,
) -> dict[str, Any]:
    """What `oms_ai_settle` writes for one attempt: its ai_responses row, its usage row, its error.
    (`analysis` for the message analysis; another task passes its `reply` output and `confidence`.)"""
    output: dict[str, Any] = {
        "attempt": number,
        "mode": mode,
        "outcome": "ok" if error is None else error.kind,
    }
    if error is not None:
        output["status"] = error.status
    if analysis is not None:
        reply, confidence = _reply_output(analysis), analysis.intent.confidence
    if reply is not None:
        output["reply"] = reply
    record: dict[str, Any] = {
        "response": {
            "message_id": message_id,
            "agent_type": agent_type.value,
            "stage": attempt_stage,
            "provider": usage.provider,
            "model": usage.model,
            "output": output,
            "latency_ms": usage.latency_ms,
            "tokens_used": usage.tokens,
            "prompt_tokens": usage.prompt_tokens,
            "completion_tokens": usage.completion_tokens,
            "cost_cents": usage.cost_cents,
        },
        "usage": usage_row(
            agent_type,
            usage,
            error=error is not None,
            confidence=confidence,
            requests=1 if error is None else 0,
            attempts=1,
        ),
    }
    if error is not None:
        record["error"] = {
            "message_id": message_id,
            "stage": stage,
            "provider": usage.provider,
            "error_type": f"ProviderError:{error.kind}",
            "error_message": str(error)[:2000],
            "details": {
                "status": error.status,
                "retryable": error.retryable,
                "retry_after": error.retry_after,
            },
            "retry_count": number - 1,
            "is_final": False,
        }
    return record


def _wait(backoff: float) -> Any:
    jitter = wait_random_exponential(multiplier=backoff, max=MAX_BACKOFF_SECONDS)

    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, ProviderError) and exc.kind == "schema_unsupported":
            return 0.0  # the next attempt asks differently; nothing to wait for
        asked = getattr(exc, "retry_after", None) or 0.0
        return max(float(jitter(state)), float(asked))

    return wait


def _retryable(exc: BaseException) -> bool:
    return isinstance(exc, ProviderError) and exc.kind in RETRYABLE_KINDS


class _Attempts:
    """The attempts of one call: state shared by the tenacity loop's iterations."""

    def __init__(
        self,
        provider: Any,
        tenant: uuid.UUID,
        message_id: uuid.UUID | None,
        text: str,
        policy: Policy,
        task: Task,
    ) -> None:
        self.provider, self.tenant, self.message_id, self.text = provider, tenant, message_id, text
        self.policy, self.task = policy, task
        self.breaker = breaker_for(provider.key, policy.breaker_failures, policy.breaker_cooldown)
        self.deadline = time.monotonic() + policy.max_wait
        self.number = 0
        self.cost = Decimal(0)
        self.tokens = 0
        self.settle_later = False
        self.unsettled: budget.Unsettled | None = None
        self.reserved: budget.Reservation | None = None  # the first reservation, made by the caller
        self.looked: budget.Looked | None = None  # what the caller read for it (budget.reserve_attempt)

    async def settle(self, granted: budget.Reservation, record: dict[str, Any] | None) -> None:
        usage = record["response"] if record else None
        if usage is not None:
            self.cost += Decimal(usage["cost_cents"])
            self.tokens += int(usage["tokens_used"])
        await blocking(budget.settle_grant, self.tenant, granted, record)
        if record is not None and usage is not None:  # metered: now the Prometheus counters
            budget.count_attempt(self.tenant, record)

    def _reuse_stage(self) -> str | None:
        """Before the first attempt for a message: the stage of the attempt rows whose paid reply is
        reused (looked up by the first reservation, in the same round trip)."""
        reusable = self.number == 0 and self.message_id is not None and self.task.reused is not None
        return self.task.attempt_stage if reusable else None

    def _reused(self, found: budget.Reservation) -> Any:
        assert found.paid is not None and self.task.reused is not None
        output, name, model = found.paid
        return self.task.reused(output, AIUsage(name, model))

    def reserve_first(self) -> budget.Reservation:
        """The first attempt's reservation (and reuse look-up), made by the calling thread before the call
        goes to the runner: one hand-off to the runner's database threads fewer per call. (A thread
        stopped between this and the call leaves a reservation that expires, and no attempt.)"""
        ttl = int(self.policy.timeout) + RESERVATION_GRACE_SECONDS
        max_cost = self.task.max_cost(self.provider, self.text)
        self.reserved = budget.reserve_attempt(
            self.tenant, self.message_id, max_cost, ttl, self._reuse_stage(), self.looked
        )
        return self.reserved

    async def one(self) -> Any:
        reuse = self._reuse_stage()
        ttl = int(self.policy.timeout) + RESERVATION_GRACE_SECONDS
        made, self.reserved = self.reserved, None
        if made is not None and made.paid is not None:  # found by the first reservation
            return self._reused(made)
        if not self.breaker.allow():
            if made is not None and made.granted:  # no attempt may be made: release it
                await blocking(budget.settle_grant, self.tenant, made, None)
            elif reuse:  # no attempt may be made, but a reply already paid for needs no provider
                found = await blocking(budget.reserve, self.tenant, self.message_id, None, ttl, reuse)
                if found.paid is not None:
                    return self._reused(found)
            raise ProviderError("AI provider circuit open (recent failures): not called", kind="circuit_open")
        if made is not None:
            granted = made
        else:
            granted = await blocking(
                budget.reserve_attempt,
                self.tenant,
                self.message_id,
                self.task.max_cost(self.provider, self.text),
                ttl,
                reuse,
            )
        if granted.paid is not None:  # an earlier attempt paid for the reply: nothing was reserved
            self.breaker.release_probe()
            return self._reused(granted)
        self.number += 1
        mode = "json_object" if self.provider.schema_supported is False else "json_schema"
        if not granted.granted:
            self.breaker.release_probe()
            raise ProviderError(
                f"monthly AI budget reached ({_usd(granted.spent_cents + granted.reserved_cents)} of "
                f"{_usd(granted.budget_cents)} USD spent or reserved)",
                kind="budget",
            )
        timeout = max(0.1, min(self.policy.timeout, self.deadline - time.monotonic()))
        try:
            answer = await self.task.ask(self.provider, self.text, timeout)
        except ProviderError as exc:
            self.breaker.record(exc.kind)
            failed = exc.usage or self.provider.usage(exc.latency_ms)
            await self.settle(granted, self._record(failed, mode, error=exc))
            raise
        except BaseException:  # cancelled (shutdown): the attempt may have been billed; record it as sent
            self.breaker.release_probe()
            interrupted = ProviderError("AI call interrupted", kind="interrupted")
            await asyncio.shield(
                self.settle(granted, self._record(self.provider.usage(0), mode, error=interrupted))
            )
            raise
        self.breaker.record(None)
        record = self._record(answer.usage, mode, answer=answer)
        if self.settle_later:  # the caller's write makes it (budget.Unsettled)
            self.cost += Decimal(answer.usage.cost_cents)
            self.tokens += answer.usage.tokens
            self.unsettled = budget.Unsettled(self.tenant, granted.id, record, granted)
            asyncio.get_running_loop().call_later(FORGOTTEN_SECONDS, _settle_if_forgotten, self.unsettled)
        else:
            await self.settle(granted, record)
        return answer

    def _record(
        self,
        usage: AIUsage,
        mode: str,
        *,
        answer: Any = None,
        error: ProviderError | None = None,
    ) -> dict[str, Any]:
        return attempt_record(
            self.task.agent_type,
            self.message_id,
            self.number,
            usage,
            mode=mode,
            error=error,
            stage=self.task.error_stage,
            reply=self.task.output(answer) if answer is not None else None,
            confidence=self.task.confidence(answer) if answer is not None else None,
            attempt_stage=self.task.attempt_stage,
        )


def _settle_if_forgotten(unsettled: budget.Unsettled) -> None:
    """The backstop of a settlement left to the caller: if nobody made it within `FORGOTTEN_SECONDS` (the
    caller was interrupted between the call's return and its hold on the result), make it here."""
    if not unsettled.open:
        return

    def settle() -> None:
        try:
            unsettled.settle()
        except Exception as exc:  # noqa: BLE001 - a background settlement: logged, not raised
            log.warning("ai_forgotten_settlement_failed", error=type(exc).__name__)

    asyncio.get_running_loop().run_in_executor(None, settle)


def _usd(cents: Decimal) -> str:
    return f"{cents / 100:.6f}".rstrip("0").rstrip(".")


def _analysis_confidence(answer: Any) -> float | None:
    return float(answer.intent.confidence)


ANALYSIS = Task(
    agent_type=AgentType.MESSAGE_ANALYSIS,
    error_stage=Stage.CLASSIFY_INTENT,
    attempt_stage=ATTEMPT_STAGE,
    ask=lambda provider, text, timeout: provider.analyze_async(text, timeout=timeout),
    output=_reply_output,
    max_cost=lambda provider, text: provider.max_cost_cents(text),
    confidence=_analysis_confidence,
    reused=lambda output, usage: analysis_from_output(output["reply"], usage),
)


def prepared_call(
    provider: Any,
    tenant: uuid.UUID,
    message_id: uuid.UUID | None,
    text: str,
    policy: Policy,
    looked: budget.Looked | None = None,
) -> Coroutine[Any, Any, CallResult]:
    """`call_model` for a message's analysis, its first reservation made now, on the calling thread (a
    worker thread: its own connection; with `looked`, what the caller read for it), and its success left
    to the caller's write (`settle_later`)."""
    attempts = _Attempts(provider, tenant, message_id, text, policy, ANALYSIS)
    attempts.looked = looked
    attempts.reserve_first()
    return call_model(provider, tenant, message_id, text, policy, settle_later=True, attempts=attempts)


async def call_model(
    provider: Any,
    tenant: uuid.UUID,
    message_id: uuid.UUID | None,
    text: str,
    policy: Policy,
    task: Task | None = None,
    settle_later: bool = False,
    attempts: _Attempts | None = None,
) -> CallResult:
    """Analyse `text` with the paid provider (or do another `task` with it), retrying transient failures
    within the policy's bounds. `settle_later`: the successful attempt is not settled here but handed
    back (`CallResult.unsettled`) for the caller's write to settle in its own transaction; every other
    attempt is settled as it ends."""
    task = task or ANALYSIS
    attempts = attempts or _Attempts(provider, tenant, message_id, text, policy, task)
    attempts.settle_later = settle_later
    retrying = AsyncRetrying(
        retry=retry_if_exception(_retryable),
        stop=stop_after_attempt(policy.max_attempts) | stop_before_delay(policy.max_wait),
        wait=_wait(policy.backoff),
        reraise=True,
    )
    try:
        answer: Any = await retrying(attempts.one)
    except ProviderError as exc:
        if attempts.number:
            # The logical request, counted once, when the call gives up (a success counts it itself).
            failed = provider.usage(0)
            row = usage_row(task.agent_type, failed, requests=1, attempts=0)
            await blocking(budget.settle, tenant, None, {"usage": row})
        log.warning(
            "ai_call_gave_up",
            message_id=str(message_id) if message_id else None,
            distributor_id=str(tenant),
            kind=exc.kind,
            attempts=attempts.number,
        )
        return CallResult(None, exc, attempts.number, attempts.cost, attempts.tokens)
    return CallResult(answer, None, attempts.number, attempts.cost, attempts.tokens, attempts.unsettled)
