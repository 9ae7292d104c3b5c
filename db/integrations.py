"""A tenant's provider integrations: receiving addresses, encrypted secrets, API keys.

An integration row says "messages for ``address`` via ``provider`` belong to this distributor", and
holds what the ingress needs to check that a request really came from that provider:

==========  ==========================================  ==============================================
provider    address                                     secret (stored encrypted, db/secrets.py)
==========  ==========================================  ==============================================
twilio      receiving number, E.164                     the account's auth token (X-Twilio-Signature)
whatsapp    display number (E.164, starting with "+")   the Meta app secret (X-Hub-Signature-256);
            or the Cloud API ``phone_number_id``         a verify token (kept as a hash) answers the GET handshake
            (digits only)
mailgun     receiving email address, lower case         the HTTP webhook signing key
sendgrid    receiving email address, lower case         the basic-auth password in the Inbound Parse URL
api         none (an optional label is kept in ``name``)  none: a generated API key, only its sha256 stored
==========  ==========================================  ==============================================

Before the tenant is known (an inbound request), lookups go through the SECURITY DEFINER resolvers
``oms_resolve_integration`` / ``oms_resolve_api_key`` from an ``app_session``; everything else runs in a
``tenant_session`` under row-level security.

The WhatsApp verify token must be checked before any tenant is known, and it is a credential: only a
domain-separated sha256 of it is stored, in ``api_key_hash`` (``sha256("oms:whatsapp-verify-token:" +
token)``), and found through ``oms_resolve_api_key``; ``config.verify_token_sha256`` says one is set.
API keys hash without that prefix and always start with ``oms_live_``, and both resolvers re-check the
provider, so neither credential can stand in for the other.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.addresses import AddressError, normalize_email, normalize_phone
from db.enums import IntegrationType
from db.ids import as_uuid
from db.models import Distributor, ExternalIntegration
from db.secrets import decrypt_secret, encrypt_secret
from db.session import app_session, set_tenant, tenant_session
from worker.settings import Settings

__all__ = [
    "API_KEY_PREFIX",
    "PROVIDERS",
    "AddedIntegration",
    "IntegrationError",
    "IntegrationInfo",
    "ResolvedIntegration",
    "UnknownDistributorError",
    "add_integration",
    "find_integration",
    "hash_api_key",
    "list_integrations",
    "load_integration",
    "normalize_address",
    "resolve_address",
    "resolve_api_key",
    "resolve_whatsapp_verify_token",
]

PROVIDERS = ("twilio", "whatsapp", "mailgun", "sendgrid", "api")
PHONE_PROVIDERS = frozenset({"twilio", "whatsapp"})
API_KEY_PREFIX = "oms_live_"
_VERIFY_TOKEN_DOMAIN = "oms:whatsapp-verify-token:"
_SECRET_NAMES = {
    "twilio": "the Twilio auth token",
    "whatsapp": "the Meta app secret",
    "mailgun": "the Mailgun webhook signing key",
    "sendgrid": "the basic-auth password of the Inbound Parse URL",
}


class IntegrationError(ValueError):
    """Bad input for an integration (unknown provider, bad address, missing secret, duplicate address)."""


class UnknownDistributorError(IntegrationError, LookupError):
    """The distributor id names no distributor."""


@dataclass(frozen=True)
class AddedIntegration:
    id: uuid.UUID
    api_key: str | None  # the plaintext API key for provider "api": shown once, never stored


@dataclass(frozen=True)
class ResolvedIntegration:
    integration_id: uuid.UUID
    distributor_id: uuid.UUID


@dataclass(frozen=True)
class IntegrationInfo:
    id: uuid.UUID
    distributor_id: uuid.UUID
    provider: str
    address: str | None
    config: dict[str, Any]
    is_active: bool
    has_secret: bool
    created_at: datetime | None = None
    name: str | None = None
    secret: str | None = field(default=None, repr=False)  # decrypted; only from load/find_integration


# ----------------------------------------------------------------------------------------- addresses


def _check_provider(provider: str) -> str:
    name = (provider or "").strip().lower()
    if name not in PROVIDERS:
        raise IntegrationError(f"unknown provider {provider!r}: expected one of {', '.join(PROVIDERS)}")
    return name


def normalize_address(provider: str, address: str | None) -> str | None:
    """The canonical form of a receiving address for ``provider`` (the form the resolvers match on).

    twilio: E.164 (a ``whatsapp:`` prefix is dropped); whatsapp: E.164 when it starts with "+" (or is
    otherwise formatted like a phone number), the ``phone_number_id`` as is when it is all digits;
    mailgun/sendgrid: lower-cased bare email; api: None (the label is kept as the integration's name,
    since addresses are unique per provider across tenants).
    """
    name = _check_provider(provider)
    raw = (address or "").strip()
    if name == "api":
        return None  # an API key, not an address, identifies the tenant; the label goes into `name`
    if not raw:
        raise IntegrationError(f"an address is required for provider {name}")
    try:
        if name in PHONE_PROVIDERS:
            if raw.lower().startswith("whatsapp:"):
                raw = raw[len("whatsapp:") :].strip()
            if name == "whatsapp" and re.fullmatch(r"\d+", raw):
                return raw  # Meta phone_number_id
            return normalize_phone(raw)
        return normalize_email(raw)
    except AddressError as exc:
        kind = "phone number" if name in PHONE_PROVIDERS else "email address"
        raise IntegrationError(f"address is not a valid {kind} for provider {name} ({exc})") from None


def hash_api_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _verify_token_hash(token: str) -> str:
    return hashlib.sha256((_VERIFY_TOKEN_DOMAIN + token).encode("utf-8")).hexdigest()


# ------------------------------------------------------------------------------------------- writing


def _tenant_exists(session: Session, distributor_id: uuid.UUID) -> bool:
    return session.scalar(select(Distributor.id).where(Distributor.id == distributor_id)) is not None


def _resolve_hash(session: Session, key_hash: str) -> ResolvedIntegration | None:
    row = session.execute(
        text("SELECT integration_id, distributor_id FROM oms_resolve_api_key(:h)"), {"h": key_hash}
    ).first()
    return None if row is None else ResolvedIntegration(row[0], row[1])


def add_integration(
    distributor_id: uuid.UUID | str,
    provider: str,
    address: str | None,
    secret: str | None = None,
    config: dict[str, Any] | None = None,
    settings: Settings | None = None,
) -> AddedIntegration:
    """Register an integration for a tenant; returns its id (and, for ``api``, the new API key, once)."""
    try:
        tenant = as_uuid(distributor_id)
    except ValueError:
        raise IntegrationError(f"distributor id {distributor_id!r} is not a UUID") from None
    name = _check_provider(provider)
    normalized = normalize_address(name, address)
    cfg = dict(config or {})
    api_key: str | None = None
    key_hash: str | None = None

    if name == "api":
        if secret:
            raise IntegrationError("provider api takes no secret: an API key is generated and printed once")
        api_key = API_KEY_PREFIX + secrets.token_urlsafe(32)
        key_hash = hash_api_key(api_key)
    elif not secret:
        raise IntegrationError(f"a secret is required for provider {name} ({_SECRET_NAMES[name]})")

    verify_token = cfg.get("verify_token")
    if verify_token is not None:
        if name != "whatsapp":
            raise IntegrationError("a verify token only applies to provider whatsapp")
        if not isinstance(verify_token, str) or len(verify_token.strip()) < 8:
            raise IntegrationError("the WhatsApp verify token must be a string of at least 8 characters")
        verify_token = verify_token.strip()
        del cfg["verify_token"]  # never stored in plain text: its hash is the credential

    label = (address or "").strip() if name == "api" else normalized
    if label and len(label) > 190:
        raise IntegrationError("the label is longer than 190 characters")
    with tenant_session(tenant, settings) as session:
        if not _tenant_exists(session, tenant):
            raise UnknownDistributorError(f"unknown distributor {tenant}")
        if isinstance(verify_token, str):
            token_hash = cfg["verify_token_sha256"] = _verify_token_hash(verify_token)
            owner = _resolve_hash(session, token_hash)
            if owner is None:
                key_hash = token_hash
            elif owner.distributor_id != tenant:
                raise IntegrationError("this verify token is already in use; choose another")
            # else: another WhatsApp number of this tenant already answers the handshake for the token
        row = ExternalIntegration(
            distributor_id=tenant,
            integration_type=IntegrationType.MESSAGING,
            provider=name,
            name=f"{name} {label}" if label else name,
            address=normalized,
            config=cfg,
            api_key_hash=key_hash,
            is_active=True,
        )
        if secret:
            row.secret_encrypted = encrypt_secret(session, tenant, secret, settings=settings)
        session.add(row)
        try:
            with session.begin_nested():
                session.flush()
        except IntegrityError:
            raise IntegrationError(
                f"an active {name} integration for this address already exists (on this or another tenant)"
            ) from None
        return AddedIntegration(id=row.id, api_key=api_key)


# ------------------------------------------------------------------------------------------- reading


def _info(row: ExternalIntegration, secret: str | None = None) -> IntegrationInfo:
    return IntegrationInfo(
        id=row.id,
        distributor_id=row.distributor_id,
        provider=row.provider,
        address=row.address,
        config=dict(row.config or {}),
        is_active=row.is_active,
        has_secret=row.secret_encrypted is not None,
        created_at=row.created_at,
        name=row.name,
        secret=secret,
    )


def load_integration(
    session: Session, integration_id: uuid.UUID | str, settings: Settings | None = None
) -> IntegrationInfo:
    """The integration with its secret decrypted; ``session`` must be the integration's tenant session.

    Raises LookupError when the row is not visible (another tenant's, or gone).
    """
    row = session.get(ExternalIntegration, as_uuid(integration_id))
    if row is None:
        raise LookupError(f"integration {integration_id} not found for this tenant")
    secret = None
    if row.secret_encrypted is not None:
        secret = decrypt_secret(session, row.distributor_id, row.secret_encrypted, settings=settings)
    return _info(row, secret)


def list_integrations(
    distributor_id: uuid.UUID | str, settings: Settings | None = None
) -> list[IntegrationInfo]:
    """A tenant's integrations, without secrets, oldest first."""
    tenant = as_uuid(distributor_id)
    with tenant_session(tenant, settings) as session:
        if not _tenant_exists(session, tenant):
            raise UnknownDistributorError(f"unknown distributor {tenant}")
        rows = session.scalars(
            select(ExternalIntegration).order_by(ExternalIntegration.created_at, ExternalIntegration.id)
        )
        return [_info(row) for row in rows]


def _resolve_in(session: Session, provider: str, normalized: str) -> ResolvedIntegration | None:
    row = session.execute(
        text("SELECT integration_id, distributor_id FROM oms_resolve_integration(:p, :a)"),
        {"p": provider.strip().lower(), "a": normalized},
    ).first()
    return None if row is None else ResolvedIntegration(row[0], row[1])


def resolve_address(
    provider: str, address: str, settings: Settings | None = None
) -> ResolvedIntegration | None:
    """The active integration receiving at ``address`` via ``provider`` (normalised first), or None."""
    try:
        normalized = normalize_address(provider, address)
    except IntegrationError:
        return None
    if normalized is None:
        return None
    with app_session(settings) as session:
        return _resolve_in(session, provider, normalized)


def _resolve_credential(
    key_hash: str, provider: str, settings: Settings | None
) -> tuple[ResolvedIntegration, ExternalIntegration] | None:
    with app_session(settings) as session:
        resolved = _resolve_hash(session, key_hash)
        if resolved is None:
            return None
        set_tenant(session, resolved.distributor_id)
        row = session.get(ExternalIntegration, resolved.integration_id)
        if row is None or row.provider != provider or not row.is_active:
            return None
        session.expunge(row)
        return resolved, row


def resolve_api_key(key: str, settings: Settings | None = None) -> ResolvedIntegration | None:
    """The active ``api`` integration whose key this is, or None."""
    if not isinstance(key, str) or not key.startswith(API_KEY_PREFIX):
        return None
    found = _resolve_credential(hash_api_key(key), "api", settings)
    return None if found is None else found[0]


def resolve_whatsapp_verify_token(token: str, settings: Settings | None = None) -> ResolvedIntegration | None:
    """The active WhatsApp integration whose verify token is ``token`` (found by its hash), or None."""
    if not isinstance(token, str) or not token or len(token) > 1024:
        return None
    found = _resolve_credential(_verify_token_hash(token), "whatsapp", settings)
    return None if found is None else found[0]


def find_integration(provider: str, address: str, settings: Settings | None = None) -> IntegrationInfo | None:
    """resolve_address + load_integration in one transaction: the active integration receiving at
    ``address`` with its decrypted secret, or None when there is none."""
    try:
        normalized = normalize_address(provider, address)
    except IntegrationError:
        return None
    if normalized is None:
        return None
    with app_session(settings) as session:
        resolved = _resolve_in(session, provider, normalized)
        if resolved is None:
            return None
        set_tenant(session, resolved.distributor_id)
        return load_integration(session, resolved.integration_id, settings)
