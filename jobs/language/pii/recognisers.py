"""The built-in recognisers other than phones: EMAIL, IBAN, CREDIT_CARD, SSN and IP_ADDRESS (rationale:
docs/pii.md)."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping

from jobs.language.pii.findings import PiiFinding, PiiType, has_context, label_before

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


def detect_emails(text: str) -> list[PiiFinding]:
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


def detect_ibans(text: str) -> list[PiiFinding]:
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


def detect_cards(text: str) -> list[PiiFinding]:
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
            context = has_context(text, start, end, _CARD_CONTEXT_RE)
            if formatted:
                score = _CARD_SCORE_FORMATTED_CONTEXT if context else _CARD_SCORE_FORMATTED
            elif context and not label_before(text, start):
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


def detect_ssns(text: str) -> list[PiiFinding]:
    out: list[PiiFinding] = []
    for m in _SSN_RE.finditer(text):
        area, sep, group, serial = m.group(1), m.group(2), m.group(3), m.group(4)
        if not _ssn_parts_ok(area, group, serial):
            continue
        context = has_context(text, m.start(), m.end(), _SSN_CONTEXT_RE)
        if sep == "-":
            if context:
                score = 0.95
            elif label_before(text, m.start()):
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


def detect_ips(text: str) -> list[PiiFinding]:
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
