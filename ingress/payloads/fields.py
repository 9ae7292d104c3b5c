"""Field readers the provider modules share: addresses, form fields, JSON shapes, times, and the
pydantic base whose validation errors become a :class:`PayloadError` naming the field's path."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError
from pydantic_core import PydanticCustomError

from db.addresses import AddressError, normalize_phone, split_email
from ingress.payloads.message import MAX_ATTACHMENTS, PayloadError, invalid, missing

#: Digits accepted in a count or unix time (a count this long is already absurd).
_MAX_DIGITS = 12
#: Earliest and latest send time accepted: outside them a timestamp is a bug or an attack, not a message.
SENT_AT_MIN = datetime(2000, 1, 1, tzinfo=UTC)
SENT_AT_MAX = datetime(2100, 1, 1, tzinfo=UTC)

# ------------------------------------------------------------------------------------------------ text


def clean_text(value: str) -> str:
    """Text PostgreSQL can store: NUL characters are dropped (no text column can hold one, and a
    provider retries a failed request forever); a lone surrogate (JSON ``"\\ud800"``) is a ValueError."""
    if "\x00" in value:
        value = value.replace("\x00", "")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("not valid Unicode (a lone surrogate)") from None
    return value


def text_field(value: str, field: str) -> str:
    """clean_text, with the error naming the payload field."""
    try:
        return clean_text(value)
    except ValueError as exc:
        raise invalid(field, str(exc)) from None


def sane_time(value: datetime) -> datetime:
    """``value`` if it lies in 2000-2099 (UTC), else a ValueError."""
    if not SENT_AT_MIN <= value < SENT_AT_MAX:
        raise ValueError("timestamp out of range (2000-2099)")
    return value


# ------------------------------------------------------------------------------------------ addresses


def phone_field(raw: str, field: str, default_region: str = "GB") -> str:
    """normalize_phone, with the error naming the payload field."""
    try:
        return normalize_phone(raw, default_region)
    except AddressError as exc:
        raise invalid(field, str(exc)) from None


def email_field(raw: str, field: str) -> tuple[str | None, str]:
    """split_email, with the error naming the payload field."""
    try:
        return split_email(raw)
    except AddressError as exc:
        raise invalid(field, str(exc)) from None


# ------------------------------------------------------------------------------------------ form fields


def form_str(form: Mapping[str, Any], key: str) -> str | None:
    """A form field as text, or None when absent; uploaded files are not text fields."""
    value = form.get(key)
    if value is None:
        return None
    if isinstance(value, list | tuple):
        value = value[-1] if value else None
        if value is None:
            return None
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if not isinstance(value, str):
        raise invalid(key, "expected a text field")
    return text_field(value, key)


def required_form_str(form: Mapping[str, Any], key: str) -> str:
    value = form_str(form, key)
    if value is None or not value.strip():
        raise missing(key)
    return value


def first_form_str(form: Mapping[str, Any], *keys: str) -> str | None:
    """The first non-blank of several alternative fields (providers rename fields over time)."""
    for key in keys:
        value = form_str(form, key)
        if value is not None and value.strip():
            return value
    return None


def ascii_digits(text: str) -> bool:
    """ASCII digits only: ``str.isdigit`` also accepts "²" and other digits ``int()`` rejects."""
    return 0 < len(text) <= _MAX_DIGITS and text.isascii() and text.isdigit()


def non_negative_int(raw: str, field: str) -> int:
    text = raw.strip()
    if not ascii_digits(text):
        raise invalid(field, "expected a non-negative integer")
    return int(text)


def bounded_count(raw: str | None, field: str, holds: int) -> int:
    """A count field, bounded by ``MAX_ATTACHMENTS`` and by ``holds``, what the body actually holds."""
    if raw is None or not raw.strip():
        return 0
    number = non_negative_int(raw, field)
    if number > MAX_ATTACHMENTS:
        raise invalid(field, f"more than {MAX_ATTACHMENTS}")
    if number > holds:
        raise invalid(field, "more than the request holds")
    return number


def file_parts(form: Mapping[str, Any]) -> int:
    """How many uploaded files (non-text parts) the form holds: what an attachment count may claim."""
    items = form.multi_items() if hasattr(form, "multi_items") else form.items()
    return sum(1 for _, value in items if value is not None and not isinstance(value, str | bytes))


# ------------------------------------------------------------------------------------------------ times


def unix_seconds(raw: Any) -> datetime:
    """Unix seconds (int or digit string) to an aware UTC datetime; ValueError says what is wrong."""
    if isinstance(raw, bool) or not isinstance(raw, str | int):
        raise ValueError("expected unix seconds")
    text = str(raw).strip()
    if not ascii_digits(text):
        raise ValueError("expected unix seconds")
    try:
        parsed = datetime.fromtimestamp(int(text), tz=UTC)
    except (OverflowError, OSError, ValueError) as exc:
        raise ValueError("timestamp out of range") from exc
    return sane_time(parsed)


def unix_time(raw: Any, field: str) -> datetime:
    try:
        return unix_seconds(raw)
    except ValueError as exc:
        raise invalid(field, str(exc)) from None


# ------------------------------------------------------------------------- JSON embedded in form fields


def load_json(raw: str | bytes, field: str) -> Any:
    """``json.loads`` whose every failure, nesting too deep for the parser included, names ``field``."""
    try:
        return json.loads(raw)
    except RecursionError:
        raise invalid(field, "nested too deeply") from None
    except (ValueError, UnicodeDecodeError):
        raise invalid(field, "not valid JSON") from None


def json_obj(value: Any, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise invalid(field, "expected an object")
    return value


def json_list(value: Any, field: str) -> list[Any]:
    if not isinstance(value, list):
        raise invalid(field, "expected an array")
    return value


def json_str(value: Any, field: str) -> str:
    if value is None:
        raise missing(field)
    if not isinstance(value, str):
        raise invalid(field, "expected a string")
    value = text_field(value, field)
    if not value.strip():
        raise missing(field)
    return value


def json_opt_str(value: Any, field: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise invalid(field, "expected a string")
    return text_field(value, field)


# -------------------------------------------------------------------------------------- JSON bodies


class Body(BaseModel):
    """Base of the request-body models: strict types (no "5" for 5), unknown fields ignored."""

    model_config = ConfigDict(strict=True, frozen=True)


def _not_blank(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("missing", "Field required")
    return value


Text = Annotated[str, AfterValidator(clean_text)]
"""A string PostgreSQL can store (see :func:`clean_text`)."""

NonBlank = Annotated[str, AfterValidator(clean_text), AfterValidator(_not_blank)]
"""A string that must be present and not blank; a blank one is reported as missing."""

_WHY = {
    "string_type": "expected a string",
    "dict_type": "expected an object",
    "model_type": "expected an object",
    "list_type": "expected an array",
    "int_type": "expected an integer",
    "bool_type": "expected a boolean",
}


def field_path(loc: tuple[int | str, ...]) -> str:
    """``("entry", 0, "changes")`` -> ``entry[0].changes``."""
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


B = TypeVar("B", bound=Body)


def validate(model: type[B], payload: Any) -> B:
    """``model`` validated from ``payload``; the first problem as a PayloadError naming its path (the
    whole body is ``payload``). Messages describe the expected shape and never quote the value."""
    try:
        return model.model_validate(payload)
    except ValidationError as exc:
        error = exc.errors(include_url=False, include_input=False)[0]
        path = field_path(error["loc"]) or "payload"
        if error["type"] == "missing":
            raise missing(path) from None
        if error["type"] == "value_error":
            why = str(error.get("ctx", {}).get("error", error["msg"]))
        else:
            why = _WHY.get(error["type"], error["msg"])
        raise invalid(path, why) from None


__all__ = [
    "Body",
    "SENT_AT_MAX",
    "SENT_AT_MIN",
    "Text",
    "ascii_digits",
    "clean_text",
    "sane_time",
    "text_field",
    "bounded_count",
    "file_parts",
    "load_json",
    "NonBlank",
    "PayloadError",
    "email_field",
    "field_path",
    "first_form_str",
    "form_str",
    "json_list",
    "json_obj",
    "json_opt_str",
    "json_str",
    "non_negative_int",
    "phone_field",
    "required_form_str",
    "unix_seconds",
    "unix_time",
    "validate",
]
