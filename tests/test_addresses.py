"""Phone and email normalisation: the keys customers and integrations are stored and looked up under."""

from __future__ import annotations

import pytest

from db.addresses import AddressError, normalize_email, normalize_phone

# ------------------------------------------------------------------------------------------ addresses


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+447700900123", "+447700900123"),
        ("07700 900123", "+447700900123"),
        ("+44 (0)7700 900123", "+447700900123"),
        ("+1 415-555-0100", "+14155550100"),
    ],
)
def test_normalize_phone(raw: str, expected: str) -> None:
    assert normalize_phone(raw) == expected


def test_normalize_phone_default_region() -> None:
    assert normalize_phone("(415) 555-0100", default_region="US") == "+14155550100"


@pytest.mark.parametrize("raw", ["", "   ", "hello", "12", "+44 12"])
def test_normalize_phone_rejects(raw: str) -> None:
    with pytest.raises(AddressError):
        normalize_phone(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Orders@Example.COM", "orders@example.com"),
        ("Jane Smith <Jane.Smith@Example.co.uk>", "jane.smith@example.co.uk"),
        ('"Smith, Jane" <jane@example.com>', "jane@example.com"),
    ],
)
def test_normalize_email(raw: str, expected: str) -> None:
    assert normalize_email(raw) == expected


@pytest.mark.parametrize(
    "raw", ["", "not-an-email", "a@b", "Jane <jane@>", "@example.com", "a b@example.com"]
)
def test_normalize_email_rejects(raw: str) -> None:
    with pytest.raises(AddressError):
        normalize_email(raw)
