"""Provider webhook signature checks, against published vectors and independent reference code."""

from __future__ import annotations

import base64
import hashlib
import hmac

import pytest
from starlette.datastructures import FormData

from ingress.signatures import (
    meta_signature,
    twilio_body_sha256,
    twilio_signature,
    verify_basic_auth,
    verify_mailgun,
    verify_meta,
    verify_twilio,
)

# ------------------------------------------------------------------------------------------- Twilio

DOCS_URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
# The worked example of Twilio's webhook-security guide (auth token "12345").
DOCS_PARAMS = {
    "CallSid": "CA1234567890ABCDE",
    "Caller": "+12349013030",
    "Digits": "1234",
    "From": "+12349013030",
    "To": "+18005551212",
}
DOCS_SIGNATURE = "0/KCTR6DLpKmkAf8muzZqo1nDgQ="

# twilio-python's own unit tests (tests/unit/test_request_validator.py) use these vectors.
LIB_PARAMS = {
    "CallSid": "CA1234567890ABCDE",
    "Digits": "1234",
    "From": "+14158675309",
    "To": "+18005551212",
    "Caller": "+14158675309",
}
LIB_SIGNATURE = "RSOYDt4T1cUTdK1PDd93/VVr8B8="


def _reference_twilio(token: str, url: str, params: dict[str, str]) -> str:
    """A second, deliberately naive implementation of Twilio's documented algorithm."""
    data = url
    for key in sorted(params):
        data += key + params[key]
    return base64.b64encode(hmac.new(token.encode(), data.encode(), hashlib.sha1).digest()).decode()


def test_twilio_docs_worked_example() -> None:
    assert twilio_signature("12345", DOCS_URL, DOCS_PARAMS) == DOCS_SIGNATURE
    assert _reference_twilio("12345", DOCS_URL, DOCS_PARAMS) == DOCS_SIGNATURE
    assert verify_twilio("12345", DOCS_URL, DOCS_PARAMS, DOCS_SIGNATURE)


def test_twilio_library_vector_and_key_order_independence() -> None:
    assert twilio_signature("12345", DOCS_URL, LIB_PARAMS) == LIB_SIGNATURE
    reversed_params = dict(reversed(list(LIB_PARAMS.items())))
    assert verify_twilio("12345", DOCS_URL, reversed_params, LIB_SIGNATURE)


def test_twilio_matches_reference_on_unicode_and_symbols() -> None:
    params = {
        "Body": "2 x Café crème, 1 × £5 box & more",
        "From": "whatsapp:+447700900123",
        "To": "+447700900456",
    }
    url = "https://ingress.example.com/webhooks/twilio?tenant=ä"
    assert twilio_signature("s3cr3t", url, params) == _reference_twilio("s3cr3t", url, params)


@pytest.mark.parametrize(
    ("url", "signature"),
    [
        # Port variants, each vector from twilio-python's tests.
        (DOCS_URL.replace(".com", ".com:1234"), LIB_SIGNATURE),  # https with a port: port removed
        (DOCS_URL.replace(".com", ".com:1234").replace("https", "http"), "Zmvh+3yNM1Phv2jhDCwEM3q5ebU="),
        (DOCS_URL, "kvajT1Ptam85bY51eRf/AJRuM3w="),  # signed with :443 added
        (DOCS_URL.replace("https", "http"), "0ZXoZLH/DfblKGATFgpif+LLRf4="),  # signed with :80 added
    ],
)
def test_twilio_accepts_url_with_and_without_port(url: str, signature: str) -> None:
    assert verify_twilio("12345", url, LIB_PARAMS, signature)


def test_twilio_repeated_keys_sign_every_value() -> None:
    expected = "IK+Dwps556ElfBT0I3Rgjkr1wJU="  # twilio-python's duplicate-key vector
    as_lists = {"Sid": "CA123", "SidAccount": "AC123", "Digits": ["5678", "1234"]}
    assert twilio_signature("12345", DOCS_URL, as_lists) == expected
    form = FormData([("Sid", "CA123"), ("SidAccount", "AC123"), ("Digits", "5678"), ("Digits", "1234")])
    assert twilio_signature("12345", DOCS_URL, form) == expected
    assert verify_twilio("12345", DOCS_URL, form, expected)


def test_twilio_json_body_with_body_sha256() -> None:
    body = '{"property": "value", "boolean": true}'
    body_hash = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620"
    assert twilio_body_sha256(body) == body_hash
    assert twilio_body_sha256(body.encode()) == body_hash
    url = DOCS_URL + "&bodySHA256=" + body_hash
    signature = "a9nBmqA0ju/hNViExpshrM61xv4="  # twilio-python's vector
    assert verify_twilio("12345", url, body, signature)
    assert verify_twilio("12345", url, body.encode(), signature)
    assert not verify_twilio("12345", url, body.replace("true", "false"), signature)
    assert not verify_twilio("12345", DOCS_URL, body, signature)  # a raw body needs bodySHA256


@pytest.mark.parametrize(
    ("token", "url", "params", "signature"),
    [
        ("12345", DOCS_URL, {**DOCS_PARAMS, "Digits": "9999"}, DOCS_SIGNATURE),
        ("12345", DOCS_URL.replace("bar=2", "bar=3"), DOCS_PARAMS, DOCS_SIGNATURE),
        ("other", DOCS_URL, DOCS_PARAMS, DOCS_SIGNATURE),
        ("12345", DOCS_URL, DOCS_PARAMS, DOCS_SIGNATURE[:-1]),
        ("12345", DOCS_URL, DOCS_PARAMS, ""),
        ("12345", DOCS_URL, DOCS_PARAMS, None),
        ("12345", DOCS_URL, DOCS_PARAMS, "not base64 at all ✗"),
        ("12345", "https://mycompany.com:notaport/myapp.php", DOCS_PARAMS, DOCS_SIGNATURE),
    ],
)
def test_twilio_rejects(token: str, url: str, params: dict[str, str], signature: str | None) -> None:
    assert not verify_twilio(token, url, params, signature)


# ----------------------------------------------------------------------------------------------- Meta

BODY = b'{"object":"whatsapp_business_account","entry":[]}'


def test_meta_signature_round_trip() -> None:
    header = meta_signature("app-secret", BODY)
    expected_hex = hmac.new(b"app-secret", BODY, hashlib.sha256).hexdigest()
    assert header == "sha256=" + expected_hex
    assert verify_meta("app-secret", BODY, header)
    assert verify_meta("app-secret", BODY, "sha256=" + expected_hex.upper())


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "sha256=",
        "sha256",
        "sha1=" + hashlib.sha1(BODY).hexdigest(),
        hmac.new(b"app-secret", BODY, hashlib.sha256).hexdigest(),  # no "sha256=" prefix
        "sha256=" + hmac.new(b"wrong", BODY, hashlib.sha256).hexdigest(),
        "sha256=ÿÿÿ",
    ],
)
def test_meta_rejects_bad_headers(header: str | None) -> None:
    assert not verify_meta("app-secret", BODY, header)


def test_meta_rejects_tampered_body() -> None:
    header = meta_signature("app-secret", BODY)
    assert not verify_meta("app-secret", BODY.replace(b"[]", b"[{}]"), header)


# -------------------------------------------------------------------------------------------- Mailgun

NOW = 1_700_000_000.0
TOKEN = "2b90a03befc0b98ae2b641b0080850cada918a2d2f670e0141"


def _mailgun_sign(key: str, timestamp: str, token: str) -> str:
    return hmac.new(key.encode(), (timestamp + token).encode(), hashlib.sha256).hexdigest()


def test_mailgun_valid() -> None:
    timestamp = str(int(NOW) - 10)
    signature = _mailgun_sign("key-abc", timestamp, TOKEN)
    assert verify_mailgun("key-abc", timestamp, TOKEN, signature, now=NOW)
    assert verify_mailgun("key-abc", int(timestamp), TOKEN, signature, now=NOW)


def test_mailgun_wrong_signature() -> None:
    timestamp = str(int(NOW))
    assert not verify_mailgun("key-abc", timestamp, TOKEN, _mailgun_sign("other", timestamp, TOKEN), now=NOW)
    assert not verify_mailgun(
        "key-abc", timestamp, TOKEN + "x", _mailgun_sign("key-abc", timestamp, TOKEN), now=NOW
    )


def test_mailgun_stale_or_future_timestamp() -> None:
    stale = str(int(NOW) - 301)
    assert not verify_mailgun("key-abc", stale, TOKEN, _mailgun_sign("key-abc", stale, TOKEN), now=NOW)
    assert verify_mailgun(
        "key-abc", stale, TOKEN, _mailgun_sign("key-abc", stale, TOKEN), now=NOW, max_age_seconds=600
    )
    future = str(int(NOW) + 3600)
    assert not verify_mailgun("key-abc", future, TOKEN, _mailgun_sign("key-abc", future, TOKEN), now=NOW)


@pytest.mark.parametrize(
    ("timestamp", "token", "signature"),
    [
        (None, TOKEN, "ab"),
        ("", TOKEN, "ab"),
        ("12.5", TOKEN, "ab"),
        ("1700000000", None, "ab"),
        ("1700000000", TOKEN, None),
        ("1700000000", TOKEN, "ünïcode"),
    ],
)
def test_mailgun_malformed_inputs(timestamp: str | None, token: str | None, signature: str | None) -> None:
    assert not verify_mailgun("key-abc", timestamp, token, signature, now=NOW)


# ------------------------------------------------------------------------------- SendGrid (basic auth)


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def test_basic_auth_valid() -> None:
    assert verify_basic_auth(_basic("parse", "s3cret:with:colons"), "parse", "s3cret:with:colons")
    assert verify_basic_auth(_basic("parse", "pw").replace("Basic", "basic"), "parse", "pw")
    assert verify_basic_auth(_basic("pärse", "pässword"), "pärse", "pässword")


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "Basic",
        "Basic !!!notbase64",
        "Basic " + base64.b64encode(b"no-colon").decode(),
        "Bearer " + base64.b64encode(b"parse:pw").decode(),
        _basic("parse", "wrong"),
        _basic("other", "pw"),
        _basic("parse", "pw") + "extra",
    ],
)
def test_basic_auth_rejects(header: str | None) -> None:
    assert not verify_basic_auth(header, "parse", "pw")


def test_basic_auth_without_an_expected_user_takes_any_user_with_the_password() -> None:
    assert verify_basic_auth(_basic("anyone", "pw"), None, "pw")
    assert verify_basic_auth(_basic("", "pw"), None, "pw")
    assert not verify_basic_auth(_basic("anyone", "wrong"), None, "pw")
    assert not verify_basic_auth("Basic " + base64.b64encode(b"no-colon").decode(), None, "no-colon")
