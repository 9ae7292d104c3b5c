"""What a model's tokens cost: the price table (USD per 1M tokens, input and output) and exact costs.

A model missing from the table (a dated snapshot such as ``gpt-4o-mini-2024-07-18`` counts as its base
model) is priced from ``OMS_OPENAI_PRICE_IN`` and ``OMS_OPENAI_PRICE_OUT`` (USD per 1M tokens) when set,
else at the gpt-4o price: deliberately on the high side for small self-hosted models, so an unknown model
can only use a budget up faster, never overspend it. Costs are exact decimals (cents); they are rounded
once, where they are shown.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from jobs.ai.providers import ProviderError

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
    """Exact cost of one call in US cents (no rounding: sums stay exact; reports round once)."""
    usd = (Decimal(prompt_tokens) * price[0] + Decimal(completion_tokens) * price[1]) / Decimal(1_000_000)
    return usd * 100
