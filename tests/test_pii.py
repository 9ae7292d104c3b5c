"""Tests for jobs.language.pii: built-in recognisers, order-noise negatives, tenant rules, redaction."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from types import SimpleNamespace

import pytest

from jobs.language.pii import PiiFinding, PiiRule, PiiType, compile_rules, detect, redact


def spans(text: str, **kwargs: object) -> list[tuple[str, str]]:
    """(type, matched text) for every finding, in order."""
    return [(f.pii_type, text[f.start : f.end]) for f in detect(text, **kwargs)]  # type: ignore[arg-type]


def types_found(text: str, **kwargs: object) -> set[str]:
    return {t for t, _ in spans(text, **kwargs)}


def assert_single(text: str, pii_type: str, value: str, **kwargs: object) -> PiiFinding:
    found = detect(text, **kwargs)  # type: ignore[arg-type]
    assert [(f.pii_type, text[f.start : f.end]) for f in found] == [(pii_type, value)], found
    return found[0]


# ------------------------------------------------------------------------------------------
# API shape
# ------------------------------------------------------------------------------------------


def test_pii_type_values_equal_names() -> None:
    assert [t.name for t in PiiType] == [
        "EMAIL",
        "PHONE",
        "ADDRESS",
        "SSN",
        "CREDIT_CARD",
        "IBAN",
        "IP_ADDRESS",
    ]
    for t in PiiType:
        assert t.value == t.name
        assert t == t.name
        assert isinstance(t, str)
        assert f"<{t}>" == f"<{t.name}>"


def test_dataclasses_are_frozen() -> None:
    f = PiiFinding("EMAIL", 0, 3, 0.9, "email_regex")
    with pytest.raises(FrozenInstanceError):
        f.start = 1  # type: ignore[misc]
    r = PiiRule("PHONE", r"\d+", 0.5)
    assert r.rule_id is None and r.name is None


def test_findings_are_plain_strings_sorted_and_non_overlapping() -> None:
    text = (
        "Tom (tom@redlion.co.uk, 07911 123456) pays by card 4111 1111 1111 1111, "
        "IBAN GB82 WEST 1234 5698 7654 32, server 10.1.2.3"
    )
    found = detect(text)
    assert [f.pii_type for f in found] == ["EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "IP_ADDRESS"]
    assert all(type(f.pii_type) is str for f in found)
    assert [f.start for f in found] == sorted(f.start for f in found)
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start
    assert all(0.0 < f.score <= 1.0 for f in found)
    assert all(f.rule_id is None for f in found)


def test_empty_and_clean_text() -> None:
    assert detect("") == []
    assert detect("2 cases coke zero 330ml please, and 1 keg of Guinness for Friday") == []


def test_deterministic() -> None:
    text = "call 07911 123456 or +44 20 7946 0958, card 5555 5555 5555 4444, a@b.co"
    assert detect(text) == detect(text) == detect(text)


# ------------------------------------------------------------------------------------------
# EMAIL
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("email me at tom@redlion.co.uk.", "tom@redlion.co.uk"),
        ("orders: j.doe+orders@acme-foods.com thanks", "j.doe+orders@acme-foods.com"),
        ("<SALES@Example.COM>", "SALES@Example.COM"),
        ("contact o'brien@pub.ie", "o'brien@pub.ie"),
        ("idn sales@xn--mnchen-3ya.de", "sales@xn--mnchen-3ya.de"),
        ("reply to bar_manager@the-crown.pub", "bar_manager@the-crown.pub"),
    ],
)
def test_email_positive(text: str, email: str) -> None:
    f = assert_single(text, "EMAIL", email)
    assert f.recognizer == "email_regex"


@pytest.mark.parametrize(
    "text",
    ["bob@localhost", "2@3.50", "@home tonight", "price 2 @ £3.50", "a.@b", "user@.com"],
)
def test_email_negative(text: str) -> None:
    assert "EMAIL" not in types_found(text)


# ------------------------------------------------------------------------------------------
# PHONE
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("call me on 07700 900123", "07700 900123"),  # Ofcom drama range: possible, with context
        ("my mobile is 07911 123456", "07911 123456"),
        ("07911123456", "07911123456"),  # bare, but with the national trunk prefix
        ("+44 20 7946 0958", "+44 20 7946 0958"),
        ("ring the office 020 7946 0958 after 3", "020 7946 0958"),
        ("(020) 7946 0958", "(020) 7946 0958"),
        ("tel: 0330 123 4567", "0330 123 4567"),
        ("our landline 01234 567890", "01234 567890"),
        ("Mobile: +33 6 12 34 56 78", "+33 6 12 34 56 78"),
        ("my whatsapp is +34 612 34 56 78", "+34 612 34 56 78"),
        ("Berlin office +49 30 901820", "+49 30 901820"),
        ("+1 (212) 555-0143", "+1 (212) 555-0143"),
        ("+31 6 12345678", "+31 6 12345678"),
        ("+353 87 123 4567", "+353 87 123 4567"),
        ("0044 20 7946 0958", "0044 20 7946 0958"),
        ("ring 00442079460958", "00442079460958"),
        ("+44 7700 900123", "+44 7700 900123"),  # international + possible length
        ("+447700900123", "+447700900123"),
        ("(212) 555-0143", "(212) 555-0143"),  # NANP shape found via the US region
        ("tel 2125550143", "2125550143"),
        ("call me on 06 12 34 56 78", "06 12 34 56 78"),  # French mobile, with context
        ("LOT 2024-118-07 call 07911 123456", "07911 123456"),
    ],
)
def test_phone_positive_gb_default(text: str, phone: str) -> None:
    f = assert_single(text, "PHONE", phone)
    assert f.recognizer == "phonenumbers"


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("(212) 555-0143", "(212) 555-0143"),
        ("call 212-555-0143 before noon", "212-555-0143"),
        ("212.555.0143", "212.555.0143"),
        ("1-212-555-0143", "1-212-555-0143"),
        ("+44 20 7946 0958", "+44 20 7946 0958"),
    ],
)
def test_phone_positive_us_region(text: str, phone: str) -> None:
    assert_single(text, "PHONE", phone, default_region="US")


@pytest.mark.parametrize(
    ("text", "region", "phone"),
    [
        ("030 901820", "DE", "030 901820"),
        ("01 42 68 53 00", "FR", "01 42 68 53 00"),
        ("087 123 4567", "IE", "087 123 4567"),
        ("06 12345678", "NL", "06 12345678"),
    ],
)
def test_phone_positive_other_default_regions(text: str, region: str, phone: str) -> None:
    assert_single(text, "PHONE", phone, default_region=region)


def test_phone_context_raises_score() -> None:
    (plain,) = detect("07911 123456")
    (ctx,) = detect("mobile 07911 123456")
    assert ctx.score > plain.score
    (intl,) = detect("+44 20 7946 0958")
    assert intl.score >= plain.score


@pytest.mark.parametrize(
    "text",
    [
        "2 cases coke zero 330ml",
        "EAN 5000112637922",
        "5000112637922",
        "PO 4500012345",
        "4500012345",
        "PO#4500012345 please",
        "Order #4500012345 for 3 x 0.5L",
        "order no. 4500012345",
        "LOT 2024-118-07",
        "Batch 0118 2024 07",
        "SKU 4006381333931",
        "GTIN 05000112637922",
        "05000112637922",
        "0012345678905",  # UPC-A as EAN-13: '00' + a valid NANP number, but no phone shape
        "invoice 79927398713",
        "inv 0123456789",
        "account 0123456789",
        "2 x 0123456789",
        "3x 01234567890",
        "price £12.50",
        "total £1,234,567.00",
        "price 1234567.89",
        "deliver 25/11/2026",
        "25.11.2026",
        "2026-11-25",
        "24/12/2026 07:30",
        "delivery 05-11-2026, call me when you leave",  # a date, even with phone context
        "1.5L",
        "12 x 1.5L bottles",
        "Please deliver Tuesday 14:30, order 00012345, £1,234.50 total",
        "phone order: 2 x 4006381333931",
        "call me about PO 4500012345",  # the label wins over the context
        "Pls send 2x 24 pack 4500012345 thanks",
        "4500012345",
        "order 2125550143",
        "sort code 20-00-00 acct 12345678",
        "tracking 1Z999AA10123456784",
        "192.168.100.200",
    ],
)
def test_phone_negative_order_noise(text: str) -> None:
    assert "PHONE" not in types_found(text), detect(text)


@pytest.mark.parametrize(
    "text",
    ["PO 4500012345", "4500012345", "order 2125550143", "UPC 012345678905", "LOT 201-555-0143"],
)
def test_phone_negative_order_noise_us(text: str) -> None:
    assert "PHONE" not in types_found(text, default_region="US")


def test_bare_digit_run_needs_phone_context() -> None:
    # No +, no formatting, no trunk 0: an order reference unless someone says it is a phone.
    assert detect("ref 2125550143") == []
    assert detect("2125550143") == []
    assert spans("tel 2125550143") == [("PHONE", "2125550143")]


def test_foreign_national_numbers_need_context() -> None:
    # Valid German/Dutch national numbers, but indistinguishable from references without context.
    assert detect("0612345678") == []
    assert spans("call 0612345678") == [("PHONE", "0612345678")]


# ------------------------------------------------------------------------------------------
# CREDIT_CARD
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("4111 1111 1111 1111", "4111 1111 1111 1111"),  # Visa
        ("4012-8888-8888-1881", "4012-8888-8888-1881"),  # Visa, dashes
        ("5555 5555 5555 4444", "5555 5555 5555 4444"),  # Mastercard 5-series
        ("5105 1051 0510 5100", "5105 1051 0510 5100"),
        ("2223 0031 2200 3222", "2223 0031 2200 3222"),  # Mastercard 2-series
        ("2720 0000 0000 0005", "2720 0000 0000 0005"),
        ("3782 822463 10005", "3782 822463 10005"),  # Amex 4-6-5
        ("3714-496353-98431", "3714-496353-98431"),
        ("6011 1111 1111 1117", "6011 1111 1111 1117"),  # Discover
        ("6500 0000 0000 0002", "6500 0000 0000 0002"),
        ("6440 0000 0000 0005", "6440 0000 0000 0005"),
        ("3530 1113 3330 0000", "3530 1113 3330 0000"),  # JCB
        ("3566 0020 2036 0505", "3566 0020 2036 0505"),
        ("3056 930902 5904", "3056 930902 5904"),  # Diners 4-6-4
        ("4000 0000 0000 0000 006", "4000 0000 0000 0000 006"),  # 19-digit Visa
        ("6011 0000 0000 0000 001", "6011 0000 0000 0000 001"),  # 19-digit Discover
        ("3530 0000 0000 0000 003", "3530 0000 0000 0000 003"),  # 19-digit JCB
        ("qty 2 4111 1111 1111 1111 thanks", "4111 1111 1111 1111"),  # quantity trimmed off
        ("card 4111 1111 1111 1111 123", "4111 1111 1111 1111"),  # CVV trimmed off
        ("5555 5555 5555 4444 2 cases", "5555 5555 5555 4444"),  # quantity after, trimmed off
    ],
)
def test_card_formatted_positive(text: str, card: str) -> None:
    f = assert_single(text, "CREDIT_CARD", card)
    assert f.recognizer == "credit_card_luhn"


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("card 4111111111111111", "4111111111111111"),
        ("pay with 5555555555554444 please", "5555555555554444"),
        ("my visa is 4012888888881881", "4012888888881881"),
        ("amex 378282246310005", "378282246310005"),
        ("CC: 6011000990139424", "6011000990139424"),
        ("debit card no 3566002020360505", "3566002020360505"),
        ("diners 36227206271667", "36227206271667"),
        ("visa 4222222222222", "4222222222222"),  # 13-digit Visa
        ("card number 4000000000000000006", "4000000000000000006"),  # 19-digit Visa
        ("4111111111111111 is my credit card", "4111111111111111"),  # context after
    ],
)
def test_card_unformatted_with_context_positive(text: str, card: str) -> None:
    assert_single(text, "CREDIT_CARD", card)


def test_card_scores_ordered_by_evidence() -> None:
    (formatted_ctx,) = detect("card 4111 1111 1111 1111")
    (formatted,) = detect("4111 1111 1111 1111")
    (unformatted_ctx,) = detect("card 4111111111111111")
    assert formatted_ctx.score > formatted.score > unformatted_ctx.score


@pytest.mark.parametrize(
    "text",
    [
        "4111111111111111",  # Luhn-valid, Visa prefix, but a bare digit run without context
        "invoice 79927398713",  # Luhn-valid, no context (and too short)
        "invoice 4111111111111111",
        "paid by card, invoice 4111111111111111",  # context but an invoice label
        "credit note 4111111111111111",  # "credit note" is not card context
        "SKU 4006381333931",
        "SKU 4000000000006",  # Luhn-valid 13-digit Visa-prefixed code
        "EAN 5000112637922",
        "5000112637922",
        "UPC 036000291452",
        "PO 4500012345",
        "LOT 2024-118-07",
        "4111 1111 1111 1112",  # formatted but Luhn-invalid
        "1234 5678 9012 3456",  # formatted, no known IIN
        "4111 1111 1111 1111 1111",  # 20 digits
        "37828 22463 10005",  # Amex digits in a non-card layout, no context
        "5105-1051 0510-5100",  # mixed separators
        "order 12.4111111111111111",
        "card balance 4111.1111",
    ],
)
def test_card_negative(text: str) -> None:
    assert "CREDIT_CARD" not in types_found(text), detect(text)


def test_card_no_context_for_mixed_layout_but_context_rescues() -> None:
    assert "CREDIT_CARD" not in types_found("37828 22463 10005")
    (f,) = detect("amex 37828 22463 10005")
    assert (f.pii_type, f.score) == ("CREDIT_CARD", 0.65)


# ------------------------------------------------------------------------------------------
# IBAN
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iban"),
    [
        ("GB82WEST12345698765432", "GB82WEST12345698765432"),
        ("pay to GB82 WEST 1234 5698 7654 32 thanks", "GB82 WEST 1234 5698 7654 32"),
        ("DE89370400440532013000", "DE89370400440532013000"),
        ("IBAN: DE89 3704 0044 0532 0130 00.", "DE89 3704 0044 0532 0130 00"),
        ("FR14 2004 1010 0505 0001 3M02 606", "FR14 2004 1010 0505 0001 3M02 606"),
        ("NL91ABNA0417164300", "NL91ABNA0417164300"),
        ("BE68 5390 0754 7034 THEN more", "BE68 5390 0754 7034"),  # stop at the country length
        ("IE29 AIBK 9311 5212 3456 78", "IE29 AIBK 9311 5212 3456 78"),
        ("ES9121000418450200051332", "ES9121000418450200051332"),
        ("NO9386011117947", "NO9386011117947"),
        ("gb82 west 1234 5698 7654 32", "gb82 west 1234 5698 7654 32"),
    ],
)
def test_iban_positive(text: str, iban: str) -> None:
    f = assert_single(text, "IBAN", iban)
    assert f.recognizer == "iban_mod97"


@pytest.mark.parametrize(
    "text",
    [
        "GB82WEST12345698765433",  # last digit mistyped: mod-97 fails
        "GB82 WEST 1234 5698 7654 23",  # transposed digits
        "DE89370400440532013001",
        "DE8937040044053201300",  # one character short for DE
        "DE893704004405320130001",  # one too many
        "XX82WEST12345698765432",  # unknown country
        "GB82WEST1234569876543",
        "AB12 3CD",
    ],
)
def test_iban_negative(text: str) -> None:
    assert "IBAN" not in types_found(text), detect(text)


# ------------------------------------------------------------------------------------------
# SSN
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ssn"),
    [
        ("123-45-6789", "123-45-6789"),
        ("SSN 123-45-6789", "123-45-6789"),
        ("my social security number is 219 09 9999", "219 09 9999"),
        ("ssn: 219099999", "219099999"),
        ("SSN 078-05-1121", "078-05-1121"),
    ],
)
def test_ssn_positive(text: str, ssn: str) -> None:
    f = assert_single(text, "SSN", ssn)
    assert f.recognizer == "us_ssn"


def test_ssn_context_raises_score() -> None:
    (plain,) = detect("123-45-6789")
    (ctx,) = detect("SSN 123-45-6789")
    assert ctx.score > plain.score


@pytest.mark.parametrize(
    "text",
    [
        "000-12-3456",
        "666-12-3456",
        "900-12-3456",
        "987-65-4321",
        "123-00-4567",
        "123-45-0000",
        "111-11-1111",
        "SSN 000-12-3456",
        "123456789",  # unformatted without context
        "123 45 6789",  # space separated without context
        "LOT 118-07-2024",  # batch code with a label
        "123-45-6789-0",
        "0123-45-6789",
    ],
)
def test_ssn_negative(text: str) -> None:
    assert "SSN" not in types_found(text), detect(text)


# ------------------------------------------------------------------------------------------
# IP_ADDRESS
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ip"),
    [
        ("login from 192.168.1.20", "192.168.1.20"),
        ("10.0.0.1.", "10.0.0.1"),
        ("ip=8.8.8.8,", "8.8.8.8"),
        ("2001:db8::ff00:42:8329", "2001:db8::ff00:42:8329"),
        ("host 2001:0db8:85a3:0000:0000:8a2e:0370:7334.", "2001:0db8:85a3:0000:0000:8a2e:0370:7334"),
        ("mapped ::ffff:192.0.2.1 ok", "::ffff:192.0.2.1"),
        ("link fe80::1ff:fe23:4567:890a%eth0", "fe80::1ff:fe23:4567:890a%eth0"),
    ],
)
def test_ip_positive(text: str, ip: str) -> None:
    f = assert_single(text, "IP_ADDRESS", ip)
    assert f.recognizer == "ip_address"


@pytest.mark.parametrize(
    "text",
    [
        "version 1.5.2",
        "v1.5.2",
        "1.5L",
        "1.5.2",
        "256.1.1.1",
        "1.2.3.4.5",
        "010.1.1.1",
        "firmware 10.0.0.1",
        "version 2.0.0.1",
        "v2.0.0.1",
        "meet at 10:30:45",
        "::1",
        "fe80::1",
        "MAC 00:1A:2B:3C:4D:5E",
        "1.200.000",
        "25.11.2026",
        "std::vector",
    ],
)
def test_ip_negative(text: str) -> None:
    assert "IP_ADDRESS" not in types_found(text), detect(text)


# ------------------------------------------------------------------------------------------
# Realistic messages
# ------------------------------------------------------------------------------------------


def test_realistic_order_message_without_pii() -> None:
    text = (
        "Hi, PO 4500012345: 4 cases Coke Zero 330ml (EAN 5000112637922), 2 x SKU 4006381333931, "
        "LOT 2024-118-07, invoice 79927398713, deliver 25/11/2026, total £112.50, 12 x 1.5L water. "
        "Thanks, Tom"
    )
    assert detect(text) == []


def test_realistic_order_message_with_pii() -> None:
    text = (
        "Morning! PO 4500012345 - 6 x 24 Peroni 330ml, 2 kegs Guinness. Any issues call Tom on "
        "07911 123456 or tom@redlion.co.uk. Pay with card 5555 5555 5555 4444. Deliver 25/11/2026."
    )
    assert spans(text) == [
        ("PHONE", "07911 123456"),
        ("EMAIL", "tom@redlion.co.uk"),
        ("CREDIT_CARD", "5555 5555 5555 4444"),
    ]


def test_email_containing_digits_wins_over_phone() -> None:
    text = "text 07911123456@sms.example.com"
    assert spans(text) == [("EMAIL", "07911123456@sms.example.com")]


# ------------------------------------------------------------------------------------------
# Tenant rules
# ------------------------------------------------------------------------------------------


def test_tenant_rule_finding_carries_rule_id() -> None:
    rule = PiiRule("ADDRESS", r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b", 0.7, rule_id="r-1", name="UK postcode")
    text = "deliver to 12 High St, London SW1A 1AA"
    (f,) = detect(text, [rule])
    assert (f.pii_type, text[f.start : f.end], f.score, f.rule_id, f.recognizer) == (
        "ADDRESS",
        "SW1A 1AA",
        0.7,
        "r-1",
        "tenant_rule",
    )
    assert redact(text, [f]) == "deliver to 12 High St, London <ADDRESS>"


def test_tenant_rule_named_group_limits_span() -> None:
    rule = PiiRule("ADDRESS", r"(?i)loyalty card (?P<pii>\d{8})", 0.9, rule_id="r-2")
    text = "use loyalty card 12345678 please"
    assert spans(text, rules=[rule]) == [("ADDRESS", "12345678")]


def test_same_type_rule_overlap_resolved_by_score() -> None:
    text = "ring 07911 123456"
    low = PiiRule(PiiType.PHONE, r"07911 \d{6}", 0.3, rule_id="low")
    high = PiiRule(PiiType.PHONE, r"ring 07911 \d{6}", 0.99, rule_id="high")
    (builtin,) = detect(text, [low])
    assert builtin.rule_id is None and builtin.recognizer == "phonenumbers"
    (tenant,) = detect(text, [high])
    assert tenant.rule_id == "high" and (tenant.start, tenant.end) == (0, len(text))


def test_equal_score_prefers_longest() -> None:
    text = "acct AB-123456-XY"
    short = PiiRule("ADDRESS", r"123456", 0.8, rule_id="short")
    long = PiiRule("ADDRESS", r"AB-123456-XY", 0.8, rule_id="long")
    (f,) = detect(text, [short, long])
    assert f.rule_id == "long"


def test_rule_with_enum_type_yields_plain_string_type() -> None:
    (f,) = detect("member M-1234", [PiiRule(PiiType.ADDRESS, r"M-\d{4}", 0.5)])
    assert f.pii_type == "ADDRESS" and type(f.pii_type) is str


def test_detect_rejects_invalid_rule() -> None:
    with pytest.raises(ValueError, match="bad-one"):
        detect("anything", [PiiRule("EMAIL", r"([a-z", 0.5, rule_id="bad-one")])


def test_compile_rules_from_mappings_and_objects() -> None:
    rows = [
        {
            "id": 7,
            "name": "postcode",
            "pii_type": "ADDRESS",
            "pattern": r"[A-Z]{2}\d \d[A-Z]{2}",
            "confidence": 0.6,
        },
        SimpleNamespace(
            id="x", name="acct", pii_type=PiiType.SSN, regex_pattern=r"ACC\d{6}", confidence_score="0.8"
        ),
        {"id": 9, "pii_type": "EMAIL", "pattern": r"x", "confidence": 0.1, "is_active": False},
        PiiRule("PHONE", r"\d{5}", 0.4, rule_id="direct"),
    ]
    rules = compile_rules(rows)
    assert rules == [
        PiiRule("ADDRESS", r"[A-Z]{2}\d \d[A-Z]{2}", 0.6, rule_id="7", name="postcode"),
        PiiRule("SSN", r"ACC\d{6}", 0.8, rule_id="x", name="acct"),
        PiiRule("PHONE", r"\d{5}", 0.4, rule_id="direct"),
    ]
    assert spans("ref ACC123456", rules=rules) == [("SSN", "ACC123456")]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            {"id": 1, "name": "broken", "pii_type": "EMAIL", "pattern": r"(unclosed", "confidence": 0.5},
            "invalid regular expression",
        ),
        (
            {"id": 2, "name": "empty", "pii_type": "EMAIL", "pattern": r"a*", "confidence": 0.5},
            "empty string",
        ),
        (
            {"id": 3, "name": "typo", "pii_type": "EMAILS", "pattern": r"a", "confidence": 0.5},
            "unknown pii_type",
        ),
        (
            {"id": 4, "name": "too-sure", "pii_type": "EMAIL", "pattern": r"a", "confidence": 1.5},
            "confidence",
        ),
        ({"id": 5, "name": "no-conf", "pii_type": "EMAIL", "pattern": r"a"}, "confidence"),
        ({"id": 6, "name": "no-pattern", "pii_type": "EMAIL", "confidence": 0.5}, "pattern"),
    ],
)
def test_compile_rules_invalid_raises_naming_rule(row: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message) as excinfo:
        compile_rules([row])
    assert f"id={row['id']}" in str(excinfo.value)
    assert str(row["name"]) in str(excinfo.value)


# ------------------------------------------------------------------------------------------
# Redaction
# ------------------------------------------------------------------------------------------


def test_redaction_removes_every_raw_value() -> None:
    values = {
        "EMAIL": "tom@redlion.co.uk",
        "PHONE": "+44 20 7946 0958",
        "CREDIT_CARD": "3782 822463 10005",
        "IBAN": "GB82 WEST 1234 5698 7654 32",
        "SSN": "123-45-6789",
        "IP_ADDRESS": "192.168.1.20",
    }
    text = (
        f"Order from Tom ({values['EMAIL']}, {values['PHONE']}): 6 x Peroni 330ml. "
        f"Amex {values['CREDIT_CARD']}; refunds to {values['IBAN']}; SSN {values['SSN']}; "
        f"sent from {values['IP_ADDRESS']}. PO 4500012345, LOT 2024-118-07."
    )
    redacted = redact(text, detect(text))
    for pii_type, raw in values.items():
        assert raw not in redacted
        assert f"<{pii_type}>" in redacted
    # order data survives
    for keep in ("6 x Peroni 330ml", "PO 4500012345", "LOT 2024-118-07", "Order from Tom"):
        assert keep in redacted


def test_redact_exact_output() -> None:
    text = "call me on 07700 900123 or mail a@b.co"
    assert redact(text, detect(text)) == "call me on <PHONE> or mail <EMAIL>"


def test_redact_no_findings_is_identity() -> None:
    assert redact("2 cases coke zero", []) == "2 cases coke zero"


def test_redact_handles_unsorted_and_overlapping_findings() -> None:
    text = "abcdefghij"
    findings = [
        PiiFinding("PHONE", 6, 9, 0.5, "x"),
        PiiFinding("EMAIL", 0, 3, 0.9, "x"),
        PiiFinding("SSN", 2, 5, 0.95, "x"),
    ]
    assert redact(text, findings) == "<SSN>f<PHONE>j"


def test_redact_accepts_enum_types() -> None:
    assert redact("hello", [PiiFinding(PiiType.EMAIL, 0, 5, 1.0, "x")]) == "<EMAIL>"


def test_redact_rejects_out_of_range_span() -> None:
    with pytest.raises(ValueError):
        redact("abc", [PiiFinding("EMAIL", 1, 10, 1.0, "x")])
