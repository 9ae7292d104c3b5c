"""AI providers behind one interface: the local one (deterministic, no network, the default) and any
OpenAI-compatible server. Every call reports its usage so it can be metered."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

from jobs.extraction import OrderLine, extract_lines
from jobs.intent import IntentResult, classify_intent
from worker.settings import Settings


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


class AIProvider(Protocol):
    name: str
    model: str

    def analyze(self, text: str) -> Analysis: ...


class LocalProvider:
    """Rules and fuzzy matching in-process: free, deterministic, and fast enough for every message."""

    name = "local"
    model = "rules-v1"

    def analyze(self, text: str) -> Analysis:
        started = time.perf_counter()
        lines = extract_lines(text)
        intent = classify_intent(text, has_order_lines=bool(lines))
        latency = int((time.perf_counter() - started) * 1000)
        return Analysis(intent, lines, AIUsage(self.name, self.model, latency_ms=latency))


_local = LocalProvider()


def get_provider(settings: Settings) -> AIProvider:
    # The OpenAI-compatible provider arrives with budget metering; until then every tenant runs locally.
    return _local
