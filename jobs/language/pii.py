"""PII detection and redaction for inbound order messages (pure Python, no DB, no network).

``detect(text, rules)`` returns non-overlapping :class:`PiiFinding` spans sorted by start;
``redact(text, findings)`` replaces each span with ``<TYPE>`` (``<EMAIL>``, ``<PHONE>``, ...).
The text the AI sees is the redacted one, so the recognisers aim for high recall on real PII
*and* for not eating the order itself: order messages are full of long digit runs (EAN-13
barcodes, SKUs, PO numbers, lot codes, invoice numbers, prices, dates, quantities) that naive
PII patterns flag as phone numbers or card numbers. Each recogniser is shaped by that tension.

Recognisers
-----------
EMAIL (``email_regex``)
    RFC-5322-ish local part (dot-atoms, no leading/trailing/double dots) ``@`` one or more DNS
    labels and an alphabetic TLD of 2-63 letters (or an IDNA ``xn--`` TLD). Requiring a real TLD
    keeps things like ``user@host`` or ``2@3.50`` out. Score 0.95.

PHONE (``phonenumbers``)
    ``phonenumbers.PhoneNumberMatcher`` with ``Leniency.VALID`` does the heavy lifting: it knows
    every country's numbering plan, rejects slash dates and timestamps, and refuses candidates glued
    to letters. Validity alone is not enough in an order context - many bare 9-12 digit runs are
    *valid* numbers somewhere (German area codes in particular accept almost anything) - so each
    match must also carry evidence that it is written like a phone number:

    * international (``+44 ...`` or a formatted ``00 44 ...``): accepted, 0.85;
    * national with the trunk prefix (``07700 900123``, ``020 7946 0958``): accepted, 0.75;
    * formatted without trunk prefix: accepted for regions that do not use ``0`` as trunk prefix
      (NANP: ``(212) 555-0143``), elsewhere only with phone context words;
    * a bare digit run with neither ``+`` nor a leading ``0`` (``4500012345``) only with phone
      context ("call", "tel", "mobile", "whatsapp", ...);
    * never when an order-identifier label directly precedes it (``PO``, ``LOT``, ``SKU``, ``EAN``,
      ``invoice``, ``order no``, ``ref``, ...) unless it is international, and never when the raw
      text is shaped like a date or a price.

    Context words add 0.1. The default region (``default_region``, GB) is tried first. Other common
    regions (US, DE, FR, ES, NL, IE) are tried only for still-unexplained digit runs that have phone
    context or a NANP ``(ddd) ddd-dddd`` shape, because a foreign national number is otherwise
    indistinguishable from an order reference. Finally numbers that are *possible* (right length)
    but not *valid* - e.g. Ofcom's drama ranges such as 07700 900xxx, or newly allocated ranges
    missing from the metadata - are accepted at 0.5 when international, or when trunk-prefixed
    *and* accompanied by phone context. The matcher is only run when the text contains a run of at least 7 digits
    (spaces, dots, dashes and parentheses allowed between them), which keeps typical messages
    in the sub-millisecond range.

CREDIT_CARD (``credit_card_luhn``)
    Digit runs of 13-19 digits, Luhn-valid, with a known IIN/length combination: Visa 4 (13/16/19),
    Mastercard 51-55 and 2221-2720 (16), Amex 34/37 (15), Discover 6011/644-649/65 (16-19), JCB
    3528-3589 (16-19), Diners 300-305/3095/36/38/39 (14-19). A Luhn check alone passes one random
    number in ten, so barcodes and invoice numbers would be flagged constantly; a run is therefore
    only flagged when it is *formatted* like a card (4-4-4-4[-1..3], 4-4-4-1..3, Amex 4-6-5,
    Diners 4-6-4, one consistent space/dash separator) - 0.85, 0.95 with card context - or when it is
    unformatted and card context ("card", "visa", "amex", "cc", "credit", "debit", "pay with", ...;
    "credit note" does not count) occurs within 40 characters - 0.65. An unformatted run directly
    after an order-identifier label is never a card. A short group (quantity, CVV) glued to either
    end of a grouped run is trimmed off before validating.

IBAN (``iban_mod97``)
    Country code + two check digits + BBAN, compact or printed in space-separated groups of four,
    checked against the per-country length table (all SEPA countries and the rest of the SWIFT IBAN
    registry) and ISO 7064 mod-97. Together these leave roughly a 1-in-97 chance for random
    strings that already have the exact country length, so no context is required. Score 0.95.

SSN (``us_ssn``)
    US Social Security numbers ``ddd-dd-dddd`` excluding the never-issued ranges (area 000, 666,
    900-999; group 00; serial 0000) and repdigits. Dashed numbers score 0.75 (0.95 with context);
    space/dot separated or bare 9-digit forms need "ssn"/"social security" context (0.8/0.65).
    A dashed number right after an order-identifier label (``LOT 118-07-2024``) is skipped unless
    SSN context is present.

IP_ADDRESS (``ip_address``)
    Dotted quads and colon-hex candidates validated with :mod:`ipaddress` (which also rejects octets
    with leading zeros). Three-part version numbers (``1.5.2``), sizes (``1.5L``) and times never
    match the candidate shapes; four-part numbers right after "version"/"v"/"build"/"firmware" are
    skipped, as are IPv6 addresses with fewer than three non-empty groups (``::1``, ``fe80::1``),
    which identify no one. Score 0.8.

ADDRESS
    No built-in recogniser: free-text postal addresses need NER to be found reliably and a regex
    would mostly hit product names. Tenants can add ADDRESS (or any type) rules.

Tenant rules (``tenant_rule``)
    :class:`PiiRule` regexes (Python :mod:`re` syntax) with their own type and confidence; each
    match becomes a finding with ``score=confidence`` and ``rule_id``. If the pattern defines a named
    group ``pii`` only that group's span is reported (so a rule can require a label without
    redacting it). :func:`compile_rules` **raises** :class:`ValueError` naming the rule when a rule
    is invalid (bad regex, unknown type, confidence outside 0..1, pattern matching the empty string):
    PII handling fails closed - a message of a tenant whose configured rule cannot be applied is not
    sent to the AI with that PII unredacted; it fails loudly and lands in the dead-letter view with
    the rule named. Rules should be validated with :func:`compile_rules` when they are saved.
    Note that :mod:`re` has no timeout: a catastrophically backtracking tenant pattern would stall
    the worker, so patterns are capped at 1000 characters.

Overlaps
    All candidates from all recognisers (and tenant rules) compete: the highest score wins, then the
    longest span, then the earliest start; losers that overlap a winner are dropped. A tenant rule
    of the same type as a built-in finding therefore replaces it only when its confidence is higher.

Everything is deterministic: no randomness, no I/O, and the output order is fully specified.
"""

from __future__ import annotations

import functools
import ipaddress
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from db.enums import PiiType as DbPiiType

__all__ = [
    "PiiFinding",
    "PiiRule",
    "PiiType",
    "compile_rules",
    "detect",
    "redact",
]


# Kinds of PII: the database's own enum (a StrEnum: the value is the name, stored and used in redaction
# tags; members compare equal to their plain-string values).
PiiType = DbPiiType


@dataclass(frozen=True)
class PiiRule:
    """A tenant-defined regex rule."""

    pii_type: str
    pattern: str
    confidence: float
    rule_id: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class PiiFinding:
    """One detected PII span ``text[start:end]``."""

    pii_type: str
    start: int
    end: int
    score: float
    recognizer: str
    rule_id: str | None = None


# --------------------------------------------------------------------------------------------
# shared helpers
# --------------------------------------------------------------------------------------------

_CONTEXT_WINDOW = 40
_MAX_RULE_PATTERN_LEN = 1000


def _has_context(text: str, start: int, end: int, pattern: re.Pattern[str]) -> bool:
    before = text[max(0, start - _CONTEXT_WINDOW) : start]
    after = text[end : end + _CONTEXT_WINDOW]
    return pattern.search(before) is not None or pattern.search(after) is not None


# An order-identifier label immediately before a number: "PO 4500012345", "LOT: 2024-118-07",
# "order no. 123", "SKU#4006381333931", "invoice 79927398713".
_ID_LABEL_RE = re.compile(
    r"(?:^|[^\w])(?:"
    r"p\.?\s?o|purchase\s+order|order|ord|invoice|inv|lot|batch|sku|ean|upc|gtin|barcode|"
    r"item|art|article|code|ref|reference|account|acct|a/c|tracking|quote|quotation|"
    r"serial|s/n|part|model|plu|product|prod|id|delivery\s+note|dn|credit\s+note"
    r")\.?\s*(?:no\.?|nr\.?|num(?:ber)?\.?|#|id|code|ref)?\s*[:#.\-]?\s*$"
    r"|(?:^|[^\w.,])\d+\s*[x\u00d7*]\s*$",  # a quantity: "2 x 0123456789" is a product code
    re.IGNORECASE,
)
_LABEL_LOOKBACK = 30


def _label_before(text: str, start: int) -> bool:
    return _ID_LABEL_RE.search(text[max(0, start - _LABEL_LOOKBACK) : start]) is not None


# --------------------------------------------------------------------------------------------
# EMAIL
# --------------------------------------------------------------------------------------------

_EMAIL_ATOM = r"[\w!#$%&'*+/=?^`{|}~-]+"
_EMAIL_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"
_EMAIL_RE = re.compile(
    rf"(?<![\w.!#$%&'*+/=?^`{{|}}~-])"
    rf"{_EMAIL_ATOM}(?:\.{_EMAIL_ATOM})*"
    rf"@(?:{_EMAIL_LABEL}\.)+(?:[^\W\d_]{{2,63}}|xn--[A-Za-z0-9-]{{2,59}})"
    rf"(?![\w-])"
)
_EMAIL_SCORE = 0.95


def _detect_emails(text: str) -> list[PiiFinding]:
    if "@" not in text:
        return []
    return [
        PiiFinding(PiiType.EMAIL.value, m.start(), m.end(), _EMAIL_SCORE, "email_regex")
        for m in _EMAIL_RE.finditer(text)
    ]


# --------------------------------------------------------------------------------------------
# IBAN
# --------------------------------------------------------------------------------------------

# SWIFT IBAN registry: country -> total IBAN length. Includes every SEPA country.
IBAN_LENGTHS: Mapping[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28,
    "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22,
    "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23,
    "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24,
    "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip

# Compact ("DE89370400440532013000") or printed in groups of four separated by single spaces
# ("GB82 WEST 1234 5698 7654 32"); the exact country length is enforced afterwards.
_IBAN_RE = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}"
    r"(?:[A-Za-z0-9]{11,30}|(?: [A-Za-z0-9]{4}){2,7}(?: [A-Za-z0-9]{1,4})?)"
    r"(?![A-Za-z0-9])"
)
_IBAN_SCORE = 0.95


def _iban_mod97_ok(iban: str) -> bool:
    rearranged = iban[4:] + iban[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


def _detect_ibans(text: str) -> list[PiiFinding]:
    out: list[PiiFinding] = []
    for m in _IBAN_RE.finditer(text):
        raw = m.group(0)
        country = raw[:2].upper()
        length = IBAN_LENGTHS.get(country)
        if length is None:
            continue
        # Walk the raw text until exactly `length` alphanumerics are consumed. For printed
        # IBANs this may stop before a trailing group that belongs to the following words.
        count = 0
        end_offset = 0
        for i, ch in enumerate(raw):
            if ch != " ":
                count += 1
            if count == length:
                end_offset = i + 1
                break
        if count != length:
            continue
        if end_offset < len(raw) and raw[end_offset] != " ":
            continue  # the cut would split a group: not this country's IBAN
        compact = raw[:end_offset].replace(" ", "").upper()
        if not compact[4:].isalnum() or not _iban_mod97_ok(compact):
            continue
        out.append(
            PiiFinding(PiiType.IBAN.value, m.start(), m.start() + end_offset, _IBAN_SCORE, "iban_mod97")
        )
    return out


# --------------------------------------------------------------------------------------------
# CREDIT_CARD
# --------------------------------------------------------------------------------------------

_CARD_CONTEXT_RE = re.compile(
    r"\b(?:cards?|card\s*(?:no|number|num)|visa|master\s?card|mc|amex|american\s+express|"
    r"discover|jcb|diners|cc|credit(?!\s*notes?\b)|debit|pay(?:ing|ment)?\s+(?:with|by)|cvv|cvc)\b",
    re.IGNORECASE,
)
# Runs of digit groups joined by single spaces or dashes; decimals, dates and codes glued to
# letters are excluded at both ends.
_DIGIT_RUN_RE = re.compile(r"(?<![\w.,/-])\d+(?:[ -]\d+)*(?![\w]|[.,/-]\d)")
_GROUP_RE = re.compile(r"\d+")

_FORMATTED_LAYOUTS: frozenset[tuple[int, ...]] = frozenset(
    {
        (4, 4, 4, 4),
        (4, 4, 4, 4, 1),
        (4, 4, 4, 4, 2),
        (4, 4, 4, 4, 3),
        (4, 4, 4, 1),
        (4, 4, 4, 2),
        (4, 4, 4, 3),
        (4, 6, 5),  # Amex
        (4, 6, 4),  # Diners
    }
)
_CARD_SCORE_FORMATTED_CONTEXT = 0.95
_CARD_SCORE_FORMATTED = 0.85
_CARD_SCORE_UNFORMATTED_CONTEXT = 0.65


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _card_brand(digits: str) -> str | None:
    """Card brand for a known IIN prefix *and* a length valid for that brand, else None."""
    n = len(digits)
    p2, p3, p4 = int(digits[:2]), int(digits[:3]), int(digits[:4])
    if digits[0] == "4":
        return "visa" if n in (13, 16, 19) else None
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:
        return "mastercard" if n == 16 else None
    if p2 in (34, 37):
        return "amex" if n == 15 else None
    if p4 == 6011 or p2 == 65 or 644 <= p3 <= 649:
        return "discover" if 16 <= n <= 19 else None
    if 3528 <= p4 <= 3589:
        return "jcb" if 16 <= n <= 19 else None
    if p2 in (36, 38, 39) or 300 <= p3 <= 305 or p4 == 3095:
        return "diners" if 14 <= n <= 19 else None
    return None


def _card_windows(groups: list[re.Match[str]], run: str) -> Iterable[tuple[int, int]]:
    """Group index windows [i, j) to try: the whole run, then with a short (<= 3 digit)
    space-separated group trimmed from either end (a quantity before, a CVV after)."""
    n = len(groups)
    yield 0, n

    def trimmable(idx: int, neighbour: int) -> bool:
        between = run[groups[min(idx, neighbour)].end() : groups[max(idx, neighbour)].start()]
        return len(groups[idx].group(0)) <= 3 and between == " "

    head = n > 1 and trimmable(0, 1)
    tail = n > 1 and trimmable(n - 1, n - 2)
    if head:
        yield 1, n
    if tail:
        yield 0, n - 1
    if head and tail and n > 2:
        yield 1, n - 1


def _detect_cards(text: str) -> list[PiiFinding]:
    out: list[PiiFinding] = []
    for m in _DIGIT_RUN_RE.finditer(text):
        run = m.group(0)
        ndigits = sum(ch.isdigit() for ch in run)
        if ndigits < 13:
            continue
        groups = list(_GROUP_RE.finditer(run))
        for i, j in _card_windows(groups, run):
            sub = groups[i:j]
            start = m.start() + sub[0].start()
            end = m.start() + sub[-1].end()
            digits = "".join(g.group(0) for g in sub)
            if not 13 <= len(digits) <= 19:
                continue
            brand = _card_brand(digits)
            if brand is None or not _luhn_ok(digits):
                continue
            seps = {run[a.end() : b.start()] for a, b in zip(sub, sub[1:], strict=False)}
            layout = tuple(len(g.group(0)) for g in sub)
            formatted = (
                len(sub) > 1
                and len(seps) == 1
                and layout in _FORMATTED_LAYOUTS
                and (layout != (4, 6, 5) or brand == "amex")
                and (layout != (4, 6, 4) or brand == "diners")
            )
            context = _has_context(text, start, end, _CARD_CONTEXT_RE)
            if formatted:
                score = _CARD_SCORE_FORMATTED_CONTEXT if context else _CARD_SCORE_FORMATTED
            elif context and not _label_before(text, start):
                score = _CARD_SCORE_UNFORMATTED_CONTEXT
            else:
                continue
            out.append(PiiFinding(PiiType.CREDIT_CARD.value, start, end, score, "credit_card_luhn"))
            break
    return out


# --------------------------------------------------------------------------------------------
# SSN (US)
# --------------------------------------------------------------------------------------------

_SSN_RE = re.compile(r"(?<![\w.,/-])(?<!\d )(\d{3})([- .]?)(\d{2})\2(\d{4})(?![\w]|[.,/-]\d|[- ]\d)")
_SSN_CONTEXT_RE = re.compile(r"\b(?:ssn|ss\s?#|ss\s?no|social\s+security|social\s+sec)", re.IGNORECASE)


def _ssn_parts_ok(area: str, group: str, serial: str) -> bool:
    if area == "000" or area == "666" or area[0] == "9":
        return False
    if group == "00" or serial == "0000":
        return False
    return len(set(area + group + serial)) > 1


def _detect_ssns(text: str) -> list[PiiFinding]:
    out: list[PiiFinding] = []
    for m in _SSN_RE.finditer(text):
        area, sep, group, serial = m.group(1), m.group(2), m.group(3), m.group(4)
        if not _ssn_parts_ok(area, group, serial):
            continue
        context = _has_context(text, m.start(), m.end(), _SSN_CONTEXT_RE)
        if sep == "-":
            if context:
                score = 0.95
            elif _label_before(text, m.start()):
                continue
            else:
                score = 0.75
        elif not context:
            continue
        else:
            score = 0.8 if sep else 0.65
        out.append(PiiFinding(PiiType.SSN.value, m.start(), m.end(), score, "us_ssn"))
    return out


# --------------------------------------------------------------------------------------------
# IP_ADDRESS
# --------------------------------------------------------------------------------------------

_IPV4_RE = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)")
_IPV6_RE = re.compile(
    r"(?<![\w:.])"
    r"(?=[0-9A-Fa-f:]*:[0-9A-Fa-f]*:)"  # at least two colons
    r"[0-9A-Fa-f:]{2,39}"
    r"(?:(?<=:)(?:\d{1,3}\.){3}\d{1,3})?"
    r"(?:%[A-Za-z0-9_.]+)?"
    r"(?![\w:]|\.\d)"
)
_VERSION_BEFORE_RE = re.compile(
    r"(?:\bv|\bversion|\bver\.?|\bbuild|\brelease|\bfirmware|\bfw|\brev(?:ision)?)\s*[:#]?\s*$",
    re.IGNORECASE,
)
_IP_SCORE = 0.8


def _detect_ips(text: str) -> list[PiiFinding]:
    out: list[PiiFinding] = []
    if "." in text:
        for m in _IPV4_RE.finditer(text):
            try:
                ipaddress.IPv4Address(m.group(0))
            except ValueError:
                continue
            if _VERSION_BEFORE_RE.search(text[max(0, m.start() - 20) : m.start()]):
                continue
            out.append(PiiFinding(PiiType.IP_ADDRESS.value, m.start(), m.end(), _IP_SCORE, "ip_address"))
    if "::" in text or text.count(":") >= 7:
        for m in _IPV6_RE.finditer(text):
            raw = m.group(0)
            try:
                ipaddress.IPv6Address(raw)
            except ValueError:
                continue
            head = raw.split("%", 1)[0]
            # An embedded dotted quad (::ffff:192.0.2.1) stands for two groups.
            groups = sum(2 if "." in g else 1 for g in head.split(":") if g)
            if groups < 3:
                continue
            out.append(PiiFinding(PiiType.IP_ADDRESS.value, m.start(), m.end(), _IP_SCORE, "ip_address"))
    return out


# --------------------------------------------------------------------------------------------
# PHONE
# --------------------------------------------------------------------------------------------

# Only run the (comparatively slow) matcher when there is a run of >= 7 digits, allowing the
# separators phone numbers are written with. Slashes are deliberately not separators (dates).
_PHONE_PREFILTER_RE = re.compile(r"\d(?:[ \t\u00a0().\-]{0,3}\d){6,}")
_PHONE_CONTEXT_RE = re.compile(
    r"\b(?:phone|telephone|tel|mobile|mob|cell|cellphone|call|calling|ring|text|sms|"
    r"whats\s?app|fax|landline|contact|reach\s+me|dial)\b",
    re.IGNORECASE,
)
_EXTRA_PHONE_REGIONS: tuple[str, ...] = ("US", "DE", "FR", "ES", "NL", "IE")
_NANP_PARENS_RE = re.compile(r"^(?:\+?1[ .-]?)?\(\d{3}\)[ .-]?\d{3}[ .-]\d{4}$")
_NANP_FORMATTED_RE = re.compile(r"^(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$")
_NANP_BARE_OR_FORMATTED_RE = re.compile(r"^(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}$")
_DATE_LIKE_RE = re.compile(
    r"^(?:(?:0?[1-9]|[12]\d|3[01])[-./ ](?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])[-./ ](?:0?[1-9]|[12]\d|3[01]))"
    r"[-./ ](?:\d{2}|\d{4})$"
    r"|^\d{4}[-./ ](?:0?[1-9]|1[0-2])[-./ ](?:0?[1-9]|[12]\d|3[01])$"
)
_PRICE_LIKE_RE = re.compile(r"^\d+\.\d{2}$")
_PHONE_FORMAT_CHARS = frozenset(" \t\u00a0-.()")

_PHONE_SCORE_INTERNATIONAL = 0.85
_PHONE_SCORE_TRUNK = 0.75
_PHONE_SCORE_NANP = 0.7
_PHONE_SCORE_CONTEXT_ONLY = 0.6
_PHONE_SCORE_FOREIGN = 0.6
_PHONE_SCORE_FOREIGN_CONTEXT_ONLY = 0.55
_PHONE_SCORE_POSSIBLE = 0.5
_PHONE_CONTEXT_BONUS = 0.1


@functools.lru_cache(maxsize=64)
def _national_prefix(region: str) -> str | None:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if metadata is None:
        return None
    prefix: str | None = metadata.national_prefix
    return prefix


@dataclass(frozen=True)
class _PhoneShape:
    international: bool
    trunk: bool  # starts with the region's "0" trunk prefix
    formatted: bool
    bare_digits: bool


def _phone_shape(raw: str, region: str) -> _PhoneShape:
    stripped = raw.lstrip("(")
    formatted = any(ch in _PHONE_FORMAT_CHARS for ch in raw.strip("()"))
    digits_only = raw.isdigit()
    international = raw.startswith("+") or (formatted and stripped.startswith(("00", "011")))
    # "00..." is the international access prefix, never a national trunk-prefixed number.
    trunk = (
        not international
        and _national_prefix(region) == "0"
        and stripped.startswith("0")
        and not stripped.startswith("00")
    )
    return _PhoneShape(international, trunk, formatted, digits_only)


def _looks_like_non_phone(raw: str) -> bool:
    return bool(_DATE_LIKE_RE.match(raw) or _PRICE_LIKE_RE.match(raw))


def _score_default_region(text: str, start: int, end: int, raw: str, region: str) -> float | None:
    """Evidence that a VALID match in the default region is written as a phone number."""
    shape = _phone_shape(raw, region)
    context = _has_context(text, start, end, _PHONE_CONTEXT_RE)
    bonus = _PHONE_CONTEXT_BONUS if context else 0.0
    if shape.international:
        return _PHONE_SCORE_INTERNATIONAL + bonus
    if _label_before(text, start) or _looks_like_non_phone(raw):
        return None
    if shape.trunk:
        return _PHONE_SCORE_TRUNK + bonus
    if shape.formatted and _national_prefix(region) != "0" and _NANP_FORMATTED_RE.match(raw):
        return _PHONE_SCORE_NANP + bonus
    if context:
        return _PHONE_SCORE_CONTEXT_ONLY
    return None


def _score_foreign_region(text: str, start: int, end: int, raw: str, region: str) -> float | None:
    """A national-format number valid only in a non-default region needs a distinctive shape."""
    shape = _phone_shape(raw, region)
    if shape.international:
        return None  # already found by the default-region pass
    if _label_before(text, start) or _looks_like_non_phone(raw):
        return None
    context = _has_context(text, start, end, _PHONE_CONTEXT_RE)
    if region in ("US", "CA") and _NANP_PARENS_RE.match(raw):
        return _PHONE_SCORE_FOREIGN + (_PHONE_CONTEXT_BONUS if context else 0.0)
    if context and (shape.trunk or (region in ("US", "CA") and _NANP_BARE_OR_FORMATTED_RE.match(raw))):
        return _PHONE_SCORE_FOREIGN_CONTEXT_ONLY
    return None


def _score_possible(text: str, start: int, end: int, raw: str, region: str) -> float | None:
    """Right length but not in the numbering plan's valid ranges: needs strong evidence."""
    shape = _phone_shape(raw, region)
    context = _has_context(text, start, end, _PHONE_CONTEXT_RE)
    if shape.international:
        return _PHONE_SCORE_POSSIBLE + (_PHONE_CONTEXT_BONUS if context else 0.0)
    if _label_before(text, start) or _looks_like_non_phone(raw):
        return None
    if context and shape.trunk:
        return _PHONE_SCORE_POSSIBLE
    return None


_PhoneScorer = Callable[[str, int, int, str, str], float | None]


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _detect_phones(text: str, default_region: str) -> list[PiiFinding]:
    candidates = [m.span() for m in _PHONE_PREFILTER_RE.finditer(text)]
    if not candidates:
        return []
    region = default_region.upper()
    found: list[PiiFinding] = []
    spans: list[tuple[int, int]] = []

    def unexplained() -> list[tuple[int, int]]:
        return [c for c in candidates if not _overlaps(c[0], c[1], spans)]

    def run(match_region: str, leniency: int, scorer: _PhoneScorer) -> None:
        for m in PhoneNumberMatcher(text, match_region, leniency=leniency):
            if _overlaps(m.start, m.end, spans):
                continue
            score = scorer(text, m.start, m.end, m.raw_string, match_region)
            if score is None:
                continue
            score = round(min(score, 1.0), 2)
            found.append(PiiFinding(PiiType.PHONE.value, m.start, m.end, score, "phonenumbers"))
            spans.append((m.start, m.end))

    def promising(spans_left: list[tuple[int, int]]) -> bool:
        """Whether a later pass could accept anything: those need context or a NANP/+ shape."""
        for s, e in spans_left:
            lo = max(0, s - 3)
            if "+" in text[lo:s] or "(" in text[lo : s + 1]:
                return True
            if _has_context(text, s, e, _PHONE_CONTEXT_RE):
                return True
        return False

    run(region, Leniency.VALID, _score_default_region)
    for extra in _EXTRA_PHONE_REGIONS:
        if extra == region:
            continue
        left = unexplained()
        if not left or not promising(left):
            break
        run(extra, Leniency.VALID, _score_foreign_region)
    left = unexplained()
    if left and promising(left):
        run(region, Leniency.POSSIBLE, _score_possible)
    return found


# --------------------------------------------------------------------------------------------
# Tenant rules
# --------------------------------------------------------------------------------------------

_VALID_TYPES = frozenset(t.value for t in PiiType)


def _rule_label(rule: PiiRule) -> str:
    parts = []
    if rule.rule_id is not None:
        parts.append(f"id={rule.rule_id}")
    if rule.name:
        parts.append(f"name={rule.name!r}")
    return "PII rule " + (" ".join(parts) if parts else repr(rule.pattern))


@functools.lru_cache(maxsize=1024)
def _compile_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _compiled_rule(rule: PiiRule) -> re.Pattern[str]:
    """Validate a rule and return its compiled pattern; ValueError naming the rule otherwise."""
    label = _rule_label(rule)
    type_name = str(rule.pii_type)
    if type_name not in _VALID_TYPES:
        raise ValueError(f"{label}: unknown pii_type {type_name!r} (expected one of {sorted(_VALID_TYPES)})")
    if not isinstance(rule.pattern, str) or not rule.pattern:
        raise ValueError(f"{label}: pattern must be a non-empty string")
    if len(rule.pattern) > _MAX_RULE_PATTERN_LEN:
        raise ValueError(f"{label}: pattern longer than {_MAX_RULE_PATTERN_LEN} characters")
    if not isinstance(rule.confidence, int | float) or not 0.0 <= float(rule.confidence) <= 1.0:
        raise ValueError(f"{label}: confidence must be a number between 0 and 1, got {rule.confidence!r}")
    try:
        compiled = _compile_pattern(rule.pattern)
    except re.error as exc:
        raise ValueError(f"{label}: invalid regular expression: {exc}") from exc
    if compiled.fullmatch("") is not None:
        raise ValueError(f"{label}: pattern matches the empty string")
    return compiled


def _detect_rules(text: str, rules: Sequence[PiiRule]) -> list[PiiFinding]:
    out: list[PiiFinding] = []
    for rule in rules:
        compiled = _compiled_rule(rule)
        use_group = "pii" in compiled.groupindex
        type_name = str(rule.pii_type)
        for m in compiled.finditer(text):
            start, end = m.span("pii") if use_group else m.span()
            if start < 0 or end <= start:
                continue
            out.append(PiiFinding(type_name, start, end, float(rule.confidence), "tenant_rule", rule.rule_id))
    return out


def _field(row: Any, *names: str) -> Any:
    for name in names:
        if isinstance(row, Mapping):
            if name in row:
                return row[name]
        elif hasattr(row, name):
            return getattr(row, name)
    return None


def compile_rules(rows: Iterable[Any]) -> list[PiiRule]:
    """Turn tenant rule rows (mappings or ORM objects) into validated :class:`PiiRule` objects.

    Recognised fields: ``pii_type``; ``pattern`` (or ``regex``/``regex_pattern``); ``confidence``
    (or ``confidence_score``/``confidence_threshold``/``score``); ``rule_id`` (or ``id``);
    ``name`` (or ``rule_name``); rows with ``is_active``/``enabled``/``active`` false are skipped.
    :class:`PiiRule` instances are passed through after validation.

    Raises :class:`ValueError` naming the rule (id and name) on the first invalid one: unknown
    type, missing/invalid/empty-matching regex, or confidence outside [0, 1]. See the module
    docstring for why this fails closed rather than skipping.
    """
    out: list[PiiRule] = []
    for row in rows:
        if isinstance(row, PiiRule):
            rule = row
        else:
            active = _field(row, "is_active", "enabled", "active")
            if active is not None and not active:
                continue
            rule_id = _field(row, "rule_id", "id")
            pii_type = _field(row, "pii_type", "type")
            confidence = _field(row, "confidence", "confidence_score", "confidence_threshold", "score")
            try:
                confidence_value = float(confidence)
            except (TypeError, ValueError):
                confidence_value = float("nan")
            name = _field(row, "name", "rule_name")
            rule = PiiRule(
                pii_type=str(pii_type) if pii_type is not None else "",
                pattern=_field(row, "pattern", "regex", "regex_pattern") or "",
                confidence=confidence_value,
                rule_id=None if rule_id is None else str(rule_id),
                name=None if name is None else str(name),
            )
        _compiled_rule(rule)
        out.append(rule)
    return out


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def _resolve_overlaps(findings: Iterable[PiiFinding]) -> list[PiiFinding]:
    """Greedy: highest score, then longest, then earliest wins; overlapping losers are dropped."""
    ranked = sorted(
        findings,
        key=lambda f: (-f.score, -(f.end - f.start), f.start, f.pii_type, f.recognizer, f.rule_id or ""),
    )
    kept: list[PiiFinding] = []
    for f in ranked:
        if not any(f.start < k.end and k.start < f.end for k in kept):
            kept.append(f)
    kept.sort(key=lambda f: (f.start, f.end))
    return kept


def detect(text: str, rules: Sequence[PiiRule] = (), *, default_region: str = "GB") -> list[PiiFinding]:
    """Find PII in ``text``: built-in recognisers plus tenant ``rules``.

    Returns non-overlapping findings sorted by start. ``default_region`` is the ISO 3166 region
    used for national-format phone numbers. Raises ValueError if a rule is invalid.
    """
    if not text:
        _detect_rules(text, rules)  # still validate the rules
        return []
    candidates: list[PiiFinding] = []
    candidates += _detect_emails(text)
    candidates += _detect_ibans(text)
    candidates += _detect_cards(text)
    candidates += _detect_ssns(text)
    candidates += _detect_ips(text)
    candidates += _detect_phones(text, default_region)
    candidates += _detect_rules(text, rules)
    return _resolve_overlaps(candidates)


def redact(text: str, findings: Sequence[PiiFinding]) -> str:
    """Replace every finding's span with ``<TYPE>``.

    Findings may come in any order and may overlap (e.g. assembled by hand): overlapping spans are
    merged and labelled with the type of the strongest finding in the group, so no part of any
    flagged value survives.
    """
    spans = sorted(findings, key=lambda f: (f.start, -f.end))
    for f in spans:
        if not 0 <= f.start <= f.end <= len(text):
            raise ValueError(f"finding span {f.start}:{f.end} outside text of length {len(text)}")
    pieces: list[str] = []
    cursor = 0
    i = 0
    while i < len(spans):
        group_start, group_end = spans[i].start, spans[i].end
        best = spans[i]
        j = i + 1
        while j < len(spans) and spans[j].start < group_end:
            group_end = max(group_end, spans[j].end)
            if (spans[j].score, spans[j].end - spans[j].start) > (best.score, best.end - best.start):
                best = spans[j]
            j += 1
        if group_end > group_start:
            pieces.append(text[cursor:group_start])
            pieces.append(f"<{str(best.pii_type)}>")
            cursor = group_end
        i = j
    pieces.append(text[cursor:])
    return "".join(pieces)
