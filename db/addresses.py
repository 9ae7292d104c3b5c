"""Phone and email addresses in the one form they are stored and looked up under.

A customer is keyed by the sender's address and an integration by its receiving address, so the ingress
(normalising what providers send) and db/integrations.py (normalising what an operator types) must
agree exactly: both call these functions. Pure, no I/O. Error messages never quote the input: addresses
are personal data and error messages end up in logs.
"""

from __future__ import annotations

import functools
import re
from email.header import decode_header, make_header
from email.utils import parseaddr

import phonenumbers

phonenumbers.enable_pattern_cache()  # its metadata patterns kept, not recompiled (jobs/language/pii/phones.py)

__all__ = ["AddressError", "decode_words", "normalize_email", "normalize_phone", "split_email"]


class AddressError(ValueError):
    """Not a possible phone number or a valid email address."""


def normalize_phone(raw: str, default_region: str = "GB") -> str:
    """E.164 form of a phone number, so one customer is one key across providers and formats.

    ``default_region`` only applies to national-format input ("07700 900123"); numbers starting with
    "+" keep their own country. Raises :class:`AddressError` when the input is not a possible number.
    """
    if not isinstance(raw, str) or not raw.strip():
        raise AddressError("empty phone number")
    return _e164(raw.strip(), default_region)


@functools.lru_cache(maxsize=4096)
def _e164(raw: str, default_region: str) -> str:
    """`normalize_phone` of a stripped string, kept for the most recent 4,096 (a process's senders
    repeat, and parsing one costs about 50 us, some 5% of the ingress's CPU a message); a rejected one
    is not kept."""
    try:
        number = phonenumbers.parse(raw, default_region)
    except phonenumbers.NumberParseException as exc:
        raise AddressError("not a parseable phone number") from exc
    if not phonenumbers.is_possible_number(number):
        raise AddressError("not a possible phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


_EMAIL_SHAPE = re.compile(
    r"^[^@\s<>()\[\],;:\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)


def split_email(raw: str) -> tuple[str | None, str]:
    """(display name or None, lower-cased address) of ``"Name <a@b.com>"`` or a bare address."""
    if not isinstance(raw, str) or not raw.strip():
        raise AddressError("empty email address")
    name, addr = parseaddr(raw.strip())
    addr = addr.strip().lower()
    if not addr or not _EMAIL_SHAPE.match(addr) or len(addr) > 254:
        raise AddressError("not a valid email address")
    return decode_words(name) or None, addr


def normalize_email(raw: str) -> str:
    """Lower-cased bare address of ``"Name <a@b.com>"`` or ``a@b.com``; :class:`AddressError` if bad.

    Lower-casing the local part is technically lossy but every real mailbox provider treats it
    case-insensitively, and a customer must not become two customers over capitalisation.
    """
    return split_email(raw)[1]


def decode_words(text: str | None) -> str:
    """Decode RFC 2047 encoded words (``=?utf-8?q?...?=``) in a header such as a display name."""
    if not text:
        return ""
    try:
        return str(make_header(decode_header(text))).strip()
    except (ValueError, LookupError, UnicodeError):
        return text.strip()
