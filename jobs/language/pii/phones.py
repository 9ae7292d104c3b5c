"""PHONE: `phonenumbers` finds valid numbers; these rules demand evidence that a digit run is written
like a phone number, since order references are often valid numbers somewhere (docs/pii.md)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from jobs.language.pii.findings import PiiFinding, PiiType, has_context, label_before

# phonenumbers compiles its metadata's patterns with `re.compile` on every number it verifies (about forty
# for a British number), relying on the re module's cache of 512 patterns, which drops its oldest entry
# for each new one: patterns built per message elsewhere (a line's count in a pattern) evict them, and a
# text holding a phone-like digit run then cost 0.5-2.5 ms of recompiling instead of 0.2 (measured: 4.5%
# of the workers' CPU at 20,000 products with --unique-texts). Its own cache keeps them (bounded by the
# metadata).
phonenumbers.enable_pattern_cache()

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
    context = has_context(text, start, end, _PHONE_CONTEXT_RE)
    bonus = _PHONE_CONTEXT_BONUS if context else 0.0
    if shape.international:
        return _PHONE_SCORE_INTERNATIONAL + bonus
    if label_before(text, start) or _looks_like_non_phone(raw):
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
    if label_before(text, start) or _looks_like_non_phone(raw):
        return None
    context = has_context(text, start, end, _PHONE_CONTEXT_RE)
    if region in ("US", "CA") and _NANP_PARENS_RE.match(raw):
        return _PHONE_SCORE_FOREIGN + (_PHONE_CONTEXT_BONUS if context else 0.0)
    if context and (shape.trunk or (region in ("US", "CA") and _NANP_BARE_OR_FORMATTED_RE.match(raw))):
        return _PHONE_SCORE_FOREIGN_CONTEXT_ONLY
    return None


def _score_possible(text: str, start: int, end: int, raw: str, region: str) -> float | None:
    """Right length but not in the numbering plan's valid ranges: needs strong evidence."""
    shape = _phone_shape(raw, region)
    context = has_context(text, start, end, _PHONE_CONTEXT_RE)
    if shape.international:
        return _PHONE_SCORE_POSSIBLE + (_PHONE_CONTEXT_BONUS if context else 0.0)
    if label_before(text, start) or _looks_like_non_phone(raw):
        return None
    if context and shape.trunk:
        return _PHONE_SCORE_POSSIBLE
    return None


_PhoneScorer = Callable[[str, int, int, str, str], float | None]


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def detect_phones(text: str, default_region: str) -> list[PiiFinding]:
    candidates = [m.span() for m in _PHONE_PREFILTER_RE.finditer(text)]
    if not candidates:
        return []
    region = default_region.upper()
    found: list[PiiFinding] = []
    spans: list[tuple[int, int]] = []

    def unexplained() -> list[tuple[int, int]]:
        return [c for c in candidates if not overlaps(c[0], c[1], spans)]

    def run(match_region: str, leniency: int, scorer: _PhoneScorer) -> None:
        for m in PhoneNumberMatcher(text, match_region, leniency=leniency):
            if overlaps(m.start, m.end, spans):
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
            if has_context(text, s, e, _PHONE_CONTEXT_RE):
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
