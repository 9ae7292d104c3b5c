"""Envelope encryption of stored secrets (provider auth tokens, signing keys, webhook secrets).

Two layers, both AES-256-GCM (``cryptography``):

* a per-tenant **data key** (32 random bytes) lives in ``encryption_keys``, wrapped by the process
  master key ``OMS_MASTER_KEY`` (``settings.master_key``). The wrapped form is ``nonce(12) ||
  ciphertext+tag(48)``; the associated data binds it to its tenant, key name and version, so a row
  copied to another tenant or version does not unwrap.
* each **secret** is encrypted with the tenant's active data key. The blob is self-describing::

      b"\\x01" || key version (4 bytes, big-endian) || nonce (12) || ciphertext+tag

  and its associated data binds it to the tenant and key name, so a blob copied into another tenant's
  row fails to decrypt instead of silently yielding the other tenant's secret.

The data key is created on first use, in the caller's (tenant) transaction, race-free against a
concurrent first use thanks to the unique partial index on the active key. Rotating the master key or
the data key means re-wrapping/re-encrypting; old versions stay readable because a blob names its version.
All functions run inside a ``tenant_session`` for ``distributor_id``: row-level security applies.
"""

from __future__ import annotations

import os
import struct
import uuid

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from db.ids import as_uuid
from db.models import EncryptionKey
from worker.settings import Settings, get_settings

__all__ = ["DEFAULT_KEY_NAME", "SecretDecryptionError", "SecretsError", "decrypt_secret", "encrypt_secret"]

DEFAULT_KEY_NAME = "secrets"
ALGORITHM = "AES-256-GCM"
_FORMAT = 1
_HEADER = struct.Struct(">BI")  # format byte, data key version
_NONCE = 12


class SecretsError(RuntimeError):
    """A stored secret or data key cannot be used; the message says why (never the secret itself)."""


class SecretDecryptionError(SecretsError):
    """Decryption failed: wrong master key, a corrupt blob, or a blob that belongs to another tenant."""


def _master_key(settings: Settings | None) -> bytes:
    key = (settings or get_settings()).master_key
    if len(key) != 32:
        raise SecretsError(f"the master key (OMS_MASTER_KEY) must be 32 bytes, got {len(key)}")
    return key


def _key_aad(distributor_id: uuid.UUID, key_name: str, version: int) -> bytes:
    return f"oms:data-key:{distributor_id}:{key_name}:{version}".encode()


def _secret_aad(distributor_id: uuid.UUID, key_name: str) -> bytes:
    return f"oms:secret:{distributor_id}:{key_name}".encode()


def _unwrap(row: EncryptionKey, distributor_id: uuid.UUID, key_name: str, master: bytes) -> bytes:
    if row.algorithm != ALGORITHM:
        raise SecretsError(
            f"data key {key_name!r} v{row.version} uses unsupported algorithm {row.algorithm!r}"
        )
    wrapped = bytes(row.encrypted_key)
    if len(wrapped) <= _NONCE:
        raise SecretDecryptionError(f"data key {key_name!r} v{row.version} of this tenant is corrupt")
    try:
        return AESGCM(master).decrypt(
            wrapped[:_NONCE], wrapped[_NONCE:], _key_aad(distributor_id, key_name, row.version)
        )
    except InvalidTag:
        raise SecretDecryptionError(
            f"cannot unwrap this tenant's data key {key_name!r} v{row.version}: wrong master key "
            "(OMS_MASTER_KEY differs from the one it was created with) or a corrupt key row"
        ) from None


def _active_row(session: Session, distributor_id: uuid.UUID, key_name: str) -> EncryptionKey | None:
    return session.scalar(
        select(EncryptionKey).where(
            EncryptionKey.distributor_id == distributor_id,
            EncryptionKey.key_name == key_name,
            EncryptionKey.is_active.is_(True),
        )
    )


def _active_key(
    session: Session, distributor_id: uuid.UUID, key_name: str, master: bytes
) -> tuple[int, bytes]:
    """(version, data key) of the tenant's active key, creating version 1 on first use."""
    row = _active_row(session, distributor_id, key_name)
    if row is None:
        data_key = AESGCM.generate_key(bit_length=256)
        nonce = os.urandom(_NONCE)
        version = 1 + (
            session.scalar(
                select(EncryptionKey.version)
                .where(EncryptionKey.distributor_id == distributor_id, EncryptionKey.key_name == key_name)
                .order_by(EncryptionKey.version.desc())
                .limit(1)
            )
            or 0
        )
        wrapped = nonce + AESGCM(master).encrypt(nonce, data_key, _key_aad(distributor_id, key_name, version))
        inserted = session.execute(
            insert(EncryptionKey)
            .values(
                distributor_id=distributor_id,
                key_name=key_name,
                purpose="secrets",
                algorithm=ALGORITHM,
                version=version,
                encrypted_key=wrapped,
                is_active=True,
            )
            .on_conflict_do_nothing()
            .returning(EncryptionKey.id)
        ).scalar()
        if inserted is not None:
            return version, data_key
        # A concurrent first use won the race: use its key.
        row = _active_row(session, distributor_id, key_name)
        if row is None:  # pragma: no cover - conflict on a key that is not active: a broken table
            raise SecretsError(f"could not create data key {key_name!r} for this tenant")
    return row.version, _unwrap(row, distributor_id, key_name, master)


def encrypt_secret(
    session: Session,
    distributor_id: uuid.UUID | str,
    plaintext: str,
    *,
    key_name: str = DEFAULT_KEY_NAME,
    settings: Settings | None = None,
) -> bytes:
    """Encrypt ``plaintext`` with the tenant's active data key (created on first use)."""
    if not isinstance(plaintext, str):
        raise TypeError("plaintext must be a str")
    tenant = as_uuid(distributor_id)
    version, data_key = _active_key(session, tenant, key_name, _master_key(settings))
    nonce = os.urandom(_NONCE)
    ciphertext = AESGCM(data_key).encrypt(nonce, plaintext.encode("utf-8"), _secret_aad(tenant, key_name))
    return _HEADER.pack(_FORMAT, version) + nonce + ciphertext


def decrypt_secret(
    session: Session,
    distributor_id: uuid.UUID | str,
    blob: bytes,
    *,
    key_name: str = DEFAULT_KEY_NAME,
    settings: Settings | None = None,
) -> str:
    """Decrypt a blob made by :func:`encrypt_secret` for the same tenant.

    Raises :class:`SecretDecryptionError` on a wrong master key, a tampered blob or another tenant's blob.
    """
    tenant = as_uuid(distributor_id)
    raw = bytes(blob)
    if len(raw) < _HEADER.size + _NONCE + 16:
        raise SecretDecryptionError("encrypted secret is too short to be valid")
    fmt, version = _HEADER.unpack_from(raw)
    if fmt != _FORMAT:
        raise SecretDecryptionError(f"unknown encrypted secret format {fmt}")
    row = session.scalar(
        select(EncryptionKey).where(
            EncryptionKey.distributor_id == tenant,
            EncryptionKey.key_name == key_name,
            EncryptionKey.version == version,
        )
    )
    if row is None:
        raise SecretDecryptionError(
            f"data key {key_name!r} v{version} not found for this tenant (secret of another tenant?)"
        )
    data_key = _unwrap(row, tenant, key_name, _master_key(settings))
    nonce = raw[_HEADER.size : _HEADER.size + _NONCE]
    try:
        plaintext = AESGCM(data_key).decrypt(
            nonce, raw[_HEADER.size + _NONCE :], _secret_aad(tenant, key_name)
        )
    except InvalidTag:
        raise SecretDecryptionError("encrypted secret is corrupt or belongs to another tenant") from None
    return plaintext.decode("utf-8")
