"""Tenant rules: compiled once, validated strictly, so PII handling fails closed on a broken rule."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from jobs.language.pii.findings import PiiFinding, PiiRule, PiiType

_MAX_RULE_PATTERN_LEN = 1000

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


def detect_rules(text: str, rules: Sequence[PiiRule]) -> list[PiiFinding]:
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
