"""Property-based fuzzing (#6): every ingress route and the language stages, with a fixed seed and a
bounded number of examples. Properties: never a 5xx for client input (a 503 only means a dependency
is down, which it is not here), never a crash, always a decision, and never an auto-confirmed order
outside the absolute bounds of jobs/pipeline/bounds.py."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from db.enums import OrderStatus
from jobs.ai.providers import LocalProvider
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.language.pii import detect, redact
from jobs.pipeline import bounds
from jobs.pipeline.decide import decide_order
from tests.test_ingress_http import api_key_for, serve

pytestmark = pytest.mark.usefixtures("clean_pipeline_queue")

SEED = 6
FUZZ = settings(
    max_examples=40, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck), database=None
)
CATALOG = Path(__file__).parent / "data" / "catalog.json"

# Order-ish words, numbers and hostile characters, so examples reach the interesting paths.
WORDS = st.sampled_from(
    [
        "2", "-5", "+5", "0.0001", "100000", "99999999", "1e9", "½", "²", "٣", "cases", "case", "kg", "x",
        "coke", "zero", "tomatoes", "keg", "lager", "and", ",", "\n", "pls", "the usual", "\x00", "\ud800",
        "\u2212", "-", "0", "0.5", "🍅", "NaN", "inf", "COKE-ZERO-330", "'; DROP TABLE orders; --",
    ]
)  # fmt: skip
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(WORDS, max_size=40).map(" ".join),
    st.lists(st.lists(WORDS, min_size=1, max_size=6).map(" ".join), max_size=80).map("\n".join),
)
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


@pytest.fixture(scope="module")
def index() -> CatalogIndex:
    return CatalogIndex.build(load_catalog_json(CATALOG))


@seed(SEED)
@FUZZ
@given(text=TEXT)
def test_language_stages_always_decide_within_bounds(index: CatalogIndex, text: str) -> None:
    analysis = LocalProvider().analyze(redact(text, detect(text)))
    matches = index.match_all(analysis.lines)
    verdict = decide_order(analysis.intent, matches, 0.85)
    assert verdict.status in (OrderStatus.CONFIRMED, OrderStatus.REVIEW)
    assert 0.0 <= verdict.confidence <= 1.0
    if verdict.status == OrderStatus.CONFIRMED:
        assert bounds.check(matches, intent_reasons=analysis.intent.reasons) == []
        assert len(matches) <= bounds.DEFAULT_BOUNDS.max_lines
        for m in matches:
            assert bounds.is_storable(m.catalog_quantity)
            assert Decimal(0) < m.catalog_quantity <= bounds.DEFAULT_BOUNDS.max_line_quantity * 5
        assert not bounds.signed_quantities(text)
    else:
        assert verdict.reasons  # a review always says why


@pytest.fixture(scope="module")
def ingress(settings) -> Iterator[str]:  # type: ignore[no-untyped-def]
    from ingress.app import create_app

    with serve(create_app(settings)) as url:
        yield url


@pytest.fixture(scope="module")
def key(settings) -> str:  # type: ignore[no-untyped-def]
    from db.tenants import create_tenant

    tenant = create_tenant(f"Fuzz {uuid.uuid4().hex[:6]}", settings=settings)
    return api_key_for(tenant.id)


def _no_5xx(r: httpx.Response) -> None:
    assert r.status_code < 500, (r.status_code, r.text[:300])


HTTP_FUZZ = settings(FUZZ, max_examples=25)  # each example is an HTTP round trip


@seed(SEED)
@HTTP_FUZZ
@given(
    body=st.fixed_dictionaries(
        {},
        optional={
            "channel": st.one_of(st.sampled_from(["SMS", "WHATSAPP", "EMAIL", "sms", ""]), JSONISH),
            "from": st.one_of(st.sampled_from(["+447700900123", "a@b.co", ""]), JSONISH),
            "to": JSONISH,
            "body": st.one_of(TEXT, JSONISH),
            "provider_message_id": JSONISH,
            "sent_at": st.one_of(
                st.sampled_from(["2026-01-01T00:00:00Z", "0001-01-01T00:00:00+14:00"]), JSONISH
            ),
            "media": JSONISH,
        },
    )
)
def test_api_messages_never_5xx(ingress: str, key: str, body: dict[str, Any]) -> None:
    r = httpx.post(
        f"{ingress}/v1/messages",
        content=json.dumps(body),  # NaN and Infinity included: the server must refuse them, not fail
        headers={"Authorization": f"Bearer {key}", "content-type": "application/json"},
        timeout=30,
    )
    _no_5xx(r)
    assert r.status_code in (202, 400, 404, 413, 422), r.text[:300]


@seed(SEED)
@HTTP_FUZZ
@given(
    route=st.sampled_from(["/v1/messages", "/webhooks/twilio", "/webhooks/whatsapp", "/webhooks/email"]),
    form=st.dictionaries(
        st.sampled_from(
            [
                "From",
                "To",
                "Body",
                "NumMedia",
                "MediaUrl0",
                "attachment-count",
                "attachments",
                "timestamp",
                "token",
                "signature",
                "recipient",
                "envelope",
                "text",
                "x",
            ]
        ),  # fmt: skip
        st.one_of(TEXT, st.integers().map(str)),
        max_size=8,
    ),
    raw=st.one_of(st.none(), st.binary(max_size=400), JSONISH.map(lambda v: json.dumps(v).encode())),
    headers=st.dictionaries(
        st.sampled_from(["X-Twilio-Signature", "X-Hub-Signature-256", "Authorization", "content-type"]),
        st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=40),
        max_size=3,
    ),
)
def test_every_route_never_5xx_for_unauthenticated_input(
    ingress: str, route: str, form: dict[str, str], raw: bytes | None, headers: dict[str, str]
) -> None:
    # Encoded here: lone surrogates become invalid UTF-8 on the wire, as a hostile client sends.
    encoded = urlencode(form, encoding="utf-8", errors="surrogatepass")
    with httpx.Client(base_url=ingress, timeout=30) as client:
        if raw is None:
            form_headers = {"content-type": "application/x-www-form-urlencoded", **headers}
            r = client.post(route, content=encoded.encode(), headers=form_headers)
        else:
            r = client.post(route, content=raw, headers=headers)
        _no_5xx(r)
        if route == "/webhooks/whatsapp":
            _no_5xx(client.get(f"{route}?{encoded}"))
