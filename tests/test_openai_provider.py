"""The OpenAI provider end to end: the official `openai` client over real HTTP to a loopback server that
speaks the Chat Completions protocol (tests/fake_openai.py). No database, no network."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from decimal import Decimal

import pytest

from jobs.ai.budget import budget_exceeded
from jobs.ai.openai_provider import DEFAULT_PRICE, PRICES, OpenAIProvider, cost_cents, price_for
from jobs.ai.providers import LocalProvider, ProviderError, get_provider
from jobs.language.extraction import OrderLine
from jobs.language.intent import Intent
from jobs.language.pii import detect, redact
from tests.fake_openai import FakeOpenAI
from worker.settings import Settings

KEY = "sk-test-0123456789"

ORDER_REPLY = {
    "intent": "ORDER",
    "confidence": 0.93,
    "lines": [
        {
            "quantity": 2,
            "unit": "cases",
            "size": "330 ml",
            "phrase": "coke zero",
            "original_text": "2 cases coke zero 330ml",
        },
        {
            "quantity": 1.5,
            "unit": "kilos",
            "size": None,
            "phrase": "tomatoes",
            "original_text": "1.5 kilos tomatoes",
        },
        {"quantity": None, "unit": None, "size": None, "phrase": "bread", "original_text": "some bread"},
    ],
}


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI(api_key=KEY) as fake:
        yield fake


def provider(server: FakeOpenAI, **kw: object) -> OpenAIProvider:
    opts: dict[str, object] = {
        "base_url": server.base_url,
        "model": "gpt-4o-mini",
        "timeout": 5,
    }
    opts.update(kw)
    return OpenAIProvider(str(opts.pop("api_key", KEY)), **opts)  # type: ignore[arg-type]


# ---- happy path ---------------------------------------------------------------------------------------


def test_order_is_read_mapped_and_metered(server: FakeOpenAI) -> None:
    raw = "Hi, 2 cases coke zero 330ml, 1.5 kilos tomatoes and some bread. Call me on 07700 900123 or jo@example.com"
    redacted = redact(raw, detect(raw))
    server.reply_json(ORDER_REPLY, prompt_tokens=1000, completion_tokens=500)

    analysis = provider(server).analyze(redacted)

    assert analysis.intent.intent is Intent.ORDER
    assert analysis.intent.confidence == pytest.approx(0.93)
    assert analysis.lines == [
        OrderLine(Decimal(2), "case", "330ml", "coke zero", "2 cases coke zero 330ml", True),
        OrderLine(Decimal("1.5"), "kg", None, "tomatoes", "1.5 kilos tomatoes", True),
        OrderLine(Decimal(1), None, None, "bread", "some bread", False),
    ]
    usage = analysis.usage
    assert (usage.provider, usage.model) == ("openai", "gpt-4o-mini")
    assert (usage.prompt_tokens, usage.completion_tokens, usage.tokens) == (1000, 500, 1500)
    # 1000 x $0.15/1M + 500 x $0.60/1M = $0.00045 = 0.045 cents
    assert usage.cost_cents == Decimal("0.045")
    assert usage.latency_ms >= 0

    # What went over the wire: the redacted text, a strict json_schema, max_tokens, temperature 0, the
    # configured model and key, and no SDK retry header games (one attempt is one request).
    (req,) = server.requests
    assert req.path == "/v1/chat/completions"
    assert req.headers["authorization"] == f"Bearer {KEY}"
    assert req.body["model"] == "gpt-4o-mini"
    fmt = req.body["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["strict"] is True
    assert set(fmt["json_schema"]["schema"]["required"]) == {"intent", "confidence", "lines"}
    assert req.body["max_tokens"] == 1000
    assert req.body["temperature"] == 0
    user = req.message_text("user")
    assert user == redacted
    assert "<PHONE>" in user and "<EMAIL>" in user
    assert "07700" not in json.dumps(req.body) and "jo@example.com" not in json.dumps(req.body)


def test_non_order_with_no_lines(server: FakeOpenAI) -> None:
    server.reply_json({"intent": "question", "confidence": 1, "lines": []})
    analysis = provider(server).analyze("what time do you deliver on friday?")
    assert analysis.intent.intent is Intent.QUESTION
    assert analysis.intent.confidence == 1.0
    assert analysis.lines == []


def test_cost_is_exact_in_cents() -> None:
    # 1234 x 0.15 + 567 x 0.60 = 525.3 USD per 1M tokens -> $0.0005253 -> 0.05253 cents, not rounded
    assert cost_cents(1234, 567, PRICES["gpt-4o-mini"]) == Decimal("0.05253")
    assert cost_cents(1, 0, PRICES["gpt-4.1-nano"]) == Decimal("0.00001")
    assert cost_cents(1_000_000, 1_000_000, PRICES["gpt-4o"]) == Decimal("1250")
    assert cost_cents(0, 0, PRICES["gpt-4o"]) == 0


def test_max_cost_bounds_any_billed_call(server: FakeOpenAI) -> None:
    p = provider(server, max_tokens=300)
    text = "2 cases coke zero 330ml and 5kg tomatoes"
    # A reply can bill at most max_tokens out; the prompt is bounded by its UTF-8 bytes.
    prompt_bound = p.max_cost_cents(text) - cost_cents(0, 300, p.price)
    assert prompt_bound >= cost_cents(len(text.encode()) + 500, 0, p.price)


def test_price_table_snapshots_and_unknown_models(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OMS_OPENAI_PRICE_IN", raising=False)
    monkeypatch.delenv("OMS_OPENAI_PRICE_OUT", raising=False)
    assert price_for("gpt-4o-mini") == (Decimal("0.15"), Decimal("0.60"))
    assert price_for("gpt-4o-mini-2024-07-18") == PRICES["gpt-4o-mini"]
    assert price_for("gpt-4o-2024-08-06") == PRICES["gpt-4o"]
    assert price_for("gpt-4.1-mini") == (Decimal("0.40"), Decimal("1.60"))
    assert price_for("llama3.1:8b") == DEFAULT_PRICE == PRICES["gpt-4o"]
    env = {"OMS_OPENAI_PRICE_IN": "0.05", "OMS_OPENAI_PRICE_OUT": "0.1"}
    assert price_for("llama3.1:8b", env) == (Decimal("0.05"), Decimal("0.1"))
    assert price_for("gpt-4o-mini", env) == PRICES["gpt-4o-mini"]  # the table wins for known models
    with pytest.raises(ProviderError, match="OMS_OPENAI_PRICE_IN"):
        price_for("llama3.1:8b", {"OMS_OPENAI_PRICE_IN": "cheap"})


def test_unknown_model_is_priced_from_env(server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMS_OPENAI_PRICE_IN", "1")
    monkeypatch.setenv("OMS_OPENAI_PRICE_OUT", "2")
    server.reply_json(
        {"intent": "OTHER", "confidence": 0.5, "lines": []}, prompt_tokens=2000, completion_tokens=1000
    )
    usage = provider(server, model="my-local-llm").analyze("hello").usage
    assert usage.model == "my-local-llm"
    assert usage.cost_cents == Decimal("0.4000")  # (2000 x 1 + 1000 x 2) / 1M USD = $0.004


# ---- failures -----------------------------------------------------------------------------------------


def test_wrong_key_is_a_401_provider_error(server: FakeOpenAI) -> None:
    secret = "my secret order text"
    with pytest.raises(ProviderError, match="401") as info:
        provider(server, api_key="sk-wrong").analyze(secret)
    assert (info.value.kind, info.value.status, info.value.retryable) == ("auth", 401, False)
    assert secret not in str(info.value)
    assert len(server.requests) == 1  # a 401 is not retried


def test_one_attempt_is_one_request_the_sdk_does_not_retry(server: FakeOpenAI) -> None:
    server.fail(500)
    with pytest.raises(ProviderError) as info:
        provider(server).analyze("2 cases coke zero")
    assert (info.value.kind, info.value.status, info.value.retryable) == ("server", 500, True)
    assert len(server.requests) == 1  # retries are jobs/ai/calls.py's, where each one is metered


def test_rate_limit_carries_the_servers_retry_after(server: FakeOpenAI) -> None:
    server.fail(429, headers={"retry-after": "7"})
    server.fail(429, headers={"retry-after-ms": "250"})
    with pytest.raises(ProviderError, match="429") as info:
        provider(server).analyze("2 cases coke zero")
    assert (info.value.kind, info.value.status, info.value.retryable) == ("rate_limit", 429, True)
    assert info.value.retry_after == 7
    with pytest.raises(ProviderError) as info:
        provider(server).analyze("2 cases coke zero")
    assert info.value.retry_after == 0.25


def test_refusal_is_a_provider_error_with_usage(server: FakeOpenAI) -> None:
    server.refuse(prompt_tokens=120)
    with pytest.raises(ProviderError, match="refused") as info:
        provider(server).analyze("2 cases coke zero")
    assert info.value.kind == "refusal" and not info.value.retryable
    assert info.value.usage is not None and info.value.usage.prompt_tokens == 120


def test_server_without_structured_outputs_gets_json_mode_once(server: FakeOpenAI) -> None:
    server.schemas = False
    p = provider(server)
    with pytest.raises(ProviderError) as info:
        p.analyze("2 cases coke zero")
    assert info.value.kind == "schema_unsupported" and info.value.retryable
    assert p.schema_supported is False
    server.reply_json(ORDER_REPLY)
    server.reply_json(ORDER_REPLY)
    assert p.analyze("2 cases coke zero").intent.intent is Intent.ORDER
    assert p.analyze("3 cases coke zero").intent.intent is Intent.ORDER
    assert [r.body["response_format"]["type"] for r in server.requests] == [
        "json_schema",
        "json_object",
        "json_object",
    ]
    assert "Reply with JSON only" in server.requests[1].message_text("system")


def test_persistent_server_error(server: FakeOpenAI) -> None:
    server.fail(503)
    with pytest.raises(ProviderError, match="503") as info:
        provider(server, max_retries=0).analyze("x")
    assert (info.value.kind, info.value.status) == ("server", 503)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("this is not json", "not JSON"),
        ('{"intent": "ORDER", "confidence": 0.9, "lines": [{"quantity": 2', "not JSON"),
        ("[]", "did not validate"),
        ('{"confidence": 0.9, "lines": []}', "intent"),
        ('{"intent": "SHOUT", "confidence": 0.9, "lines": []}', "intent"),
        ('{"intent": "ORDER", "confidence": 1.7, "lines": []}', "confidence"),
        ('{"intent": "ORDER", "confidence": "high", "lines": []}', "confidence"),
        (
            '{"intent": "ORDER", "confidence": 0.9, "lines": [{"quantity": "two", "phrase": "coke"}]}',
            "quantity",
        ),
        ('{"intent": "ORDER", "confidence": 0.9, "lines": [{"quantity": -2, "phrase": "coke"}]}', "quantity"),
        (
            '{"intent": "ORDER", "confidence": 0.9, "lines": [{"quantity": true, "phrase": "coke"}]}',
            "quantity",
        ),
        ('{"intent": "ORDER", "confidence": 0.9, "lines": [{"quantity": 2}]}', "phrase"),
        ('{"intent": "ORDER", "confidence": 0.9, "lines": {"coke": 2}}', "lines"),
        ("", "no content"),
    ],
)
def test_malformed_reply_is_a_provider_error(server: FakeOpenAI, content: str, reason: str) -> None:
    server.reply(content, prompt_tokens=300, completion_tokens=40)
    with pytest.raises(ProviderError, match=reason) as info:
        provider(server).analyze("2 cases coke zero")
    err = info.value
    assert err.kind == "malformed" and err.status is None and not err.retryable
    # The reply was billed: the usage is on the error so the caller can meter it.
    assert err.usage is not None and (err.usage.prompt_tokens, err.usage.completion_tokens) == (300, 40)
    assert err.usage.cost_cents == Decimal("0.0069")  # exact  # 300 x $0.15/1M + 40 x $0.60/1M, in cents
    assert "coke" not in str(err)  # neither the message nor the model's output leaks into the error


def test_truncated_reply_says_so(server: FakeOpenAI) -> None:
    server.reply('{"intent": "ORDER", "confid', finish_reason="length")
    with pytest.raises(ProviderError, match="truncated"):
        provider(server).analyze("2 cases coke zero")


def test_body_that_is_not_a_chat_completion(server: FakeOpenAI) -> None:
    server.raw(b"<html>gateway says hi</html>", content_type="text/html")
    with pytest.raises(ProviderError) as info:
        provider(server).analyze("x")
    assert info.value.kind == "malformed"


def test_timeout_is_a_provider_error(server: FakeOpenAI) -> None:
    server.hold()  # answered only when the fixture releases it at teardown
    with pytest.raises(ProviderError, match="timed out") as info:
        provider(server, timeout=0.5, max_retries=0).analyze("2 cases coke zero")
    assert (info.value.kind, info.value.status, info.value.retryable) == ("timeout", None, True)
    assert len(server.requests) == 1


def test_unreachable_server_is_a_provider_error() -> None:
    with FakeOpenAI() as fake:
        base_url = fake.base_url
    with pytest.raises(ProviderError) as info:
        OpenAIProvider(KEY, base_url=base_url, timeout=2, max_retries=0).analyze("x")
    assert info.value.kind == "connection"


# ---- selection and budget -----------------------------------------------------------------------------


def test_get_provider_local_by_default_and_cached_openai(server: FakeOpenAI) -> None:
    assert isinstance(get_provider(Settings()), LocalProvider)
    settings = Settings(ai_provider="openai", openai_api_key=KEY, openai_base_url=server.base_url)
    first = get_provider(settings)
    assert isinstance(first, OpenAIProvider) and first.model == "gpt-4o-mini"
    assert get_provider(dataclasses.replace(settings)) is first
    other = get_provider(dataclasses.replace(settings, openai_model="gpt-4.1-mini"))
    assert other is not first and other.model == "gpt-4.1-mini"

    server.reply_json({"intent": "CANCEL", "confidence": 0.8, "lines": []})
    assert first.analyze("cancel tomorrow's order").intent.intent is Intent.CANCEL


# In a fresh interpreter (the SDK not imported yet): whether the providers' lock is held while the SDK's
# module is imported by the first `get_provider`, and whether a worker process imports it at start.
_FIRST_IMPORT = """
import sys
from jobs.ai import providers
from worker.settings import get_settings

held = []

class Watch:
    def find_spec(self, name, path, target=None):
        if name == "jobs.ai.openai_provider":
            held.append(providers._openai_lock.locked())
        return None

sys.meta_path.insert(0, Watch())
print(type(providers.get_provider(get_settings())).__name__, held)
"""


def test_the_sdk_is_imported_outside_the_lock_and_at_a_workers_start() -> None:
    """Its first import takes ~0.25 s: under the lock, every thread wanting a provider waited it out."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {**os.environ, "OMS_AI_PROVIDER": "openai", "OPENAI_API_KEY": KEY}
    env["PYTHONPATH"] = str(Path(__file__).parent.parent)
    done = subprocess.run([sys.executable, "-c", _FIRST_IMPORT], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["OpenAIProvider", "[False]"]
    at_start = "import sys, cli.actors; print('jobs.ai.openai_provider' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", at_start], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True"]


def test_get_provider_openai_without_key_is_a_config_error() -> None:
    with pytest.raises(ProviderError) as info:
        get_provider(Settings(ai_provider="openai", openai_api_key=None))
    assert info.value.kind == "config"


@pytest.mark.parametrize(
    ("spent", "budget", "exceeded"),
    [
        ("0", "50", False),
        ("49.9999", "50", False),
        ("50", "50", True),
        ("50.01", "50", True),
        ("0", "0", True),  # a budget of 0 means no AI calls at all
        ("0", "0.00", True),
        ("0", "-1", True),
        ("0.0001", "0.01", False),
    ],
)
def test_budget_exceeded(spent: str, budget: str, exceeded: bool) -> None:
    assert budget_exceeded(Decimal(spent), Decimal(budget)) is exceeded
