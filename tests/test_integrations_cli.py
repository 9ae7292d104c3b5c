"""`oms integration add|list` and `oms enqueue` through the real command line and database, and the
envelope encryption of stored secrets."""

from __future__ import annotations

import dataclasses
import itertools
import json
import os
import uuid

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from cli.main import main
from db import models as m
from db.enums import Channel, CustomerStatus, ProcessingStatus
from db.integrations import (
    find_integration,
    resolve_address,
    resolve_api_key,
    resolve_whatsapp_verify_token,
)
from db.secrets import SecretDecryptionError, decrypt_secret, encrypt_secret
from db.session import tenant_session
from tests.pipeline_queue import queued

pytestmark = pytest.mark.usefixtures("clean_pipeline_queue")

_numbers = itertools.count()


def receiving_number() -> str:
    """Receiving numbers from 07700 900500-900999 (drama range; the HTTP tests use 020 7946 0xxx)."""
    return f"+447700900{500 + next(_numbers) % 500:03d}"


def run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=input)


# ====================================================================================== integration


def test_add_twilio_then_list(tenant) -> None:  # type: ignore[no-untyped-def]
    number = receiving_number()
    national = "0" + number[3:]  # the same number in UK national format
    result = run(
        "integration",
        "add",
        "--distributor",
        str(tenant.id),
        "--provider",
        "twilio",
        "--address",
        national,
        "--secret",
        "twilio-token-123",
    )
    assert result.exit_code == 0, result.output
    integration_id = uuid.UUID(result.stdout.strip())

    resolved = resolve_address("twilio", number)
    assert resolved is not None and resolved.integration_id == integration_id
    assert resolved.distributor_id == tenant.id
    info = find_integration("twilio", f"whatsapp:{number}")
    assert info is not None and info.secret == "twilio-token-123" and info.address == number

    listed = run("integration", "list", "--distributor", str(tenant.id))
    assert listed.exit_code == 0 and str(integration_id) in listed.stdout and number in listed.stdout
    assert "twilio-token-123" not in listed.stdout
    as_json = json.loads(run("integration", "list", "--distributor", str(tenant.id), "--json").stdout)
    assert as_json == [
        {
            "id": str(integration_id),
            "provider": "twilio",
            "address": number,
            "is_active": True,
            "has_secret": True,
            "has_verify_token": False,
            "created_at": as_json[0]["created_at"],
        }
    ]
    # The stored secret is ciphertext.
    with tenant_session(tenant.id) as s:
        blob = s.scalar(select(m.ExternalIntegration.secret_encrypted))
    assert blob is not None and b"twilio-token-123" not in blob


def test_add_api_prints_key_once_and_stores_only_its_hash(tenant, other_tenant) -> None:  # type: ignore[no-untyped-def]
    result = run(
        "integration", "add", "--distributor", str(tenant.id), "--provider", "api", "--address", "erp"
    )
    assert result.exit_code == 0, result.output
    integration_id, key = result.stdout.split()
    assert key.startswith("oms_live_") and len(key) > 40
    assert "not shown again" in result.stderr
    resolved = resolve_api_key(key)
    assert resolved is not None and str(resolved.integration_id) == integration_id
    assert resolve_api_key(key + "x") is None and resolve_api_key("oms_live_") is None
    with tenant_session(tenant.id) as s:
        row = s.get(m.ExternalIntegration, uuid.UUID(integration_id))
        assert row is not None and row.api_key_hash and key not in json.dumps(row.config)
        assert row.api_key_hash != key and len(row.api_key_hash) == 64 and row.secret_encrypted is None
    # The same label on another tenant is fine: labels are not addresses.
    other = run(
        "integration", "add", "--distributor", str(other_tenant.id), "--provider", "api", "--address", "erp"
    )
    assert other.exit_code == 0, other.output
    assert resolve_api_key(other.stdout.split()[1]).distributor_id == other_tenant.id  # type: ignore[union-attr]
    unknown = run("integration", "add", "--distributor", str(uuid.uuid4()), "--provider", "api")
    assert unknown.exit_code == 1 and "unknown distributor" in unknown.stderr


def test_add_whatsapp_with_verify_token_and_phone_number_id(tenant, other_tenant) -> None:  # type: ignore[no-untyped-def]
    token = f"vt-{uuid.uuid4().hex}"
    pid = str(10**14 + uuid.uuid4().int % 10**14)
    result = run(
        "integration",
        "add",
        "--distributor",
        str(tenant.id),
        "--provider",
        "whatsapp",
        "--address",
        pid,
        "--secret",
        "-",
        "--verify-token",
        token,
        input="meta-app-secret\n",
    )
    assert result.exit_code == 0, result.output
    info = find_integration("whatsapp", pid)
    assert info is not None and info.secret == "meta-app-secret"
    assert list(info.config) == ["verify_token_sha256"] and token not in json.dumps(info.config)  # hash only
    resolved = resolve_whatsapp_verify_token(token)
    assert resolved is not None and resolved.distributor_id == tenant.id
    assert resolve_whatsapp_verify_token(token + "x") is None
    # The verify token is not an API key, and an API key lookup never returns a whatsapp integration.
    assert resolve_api_key(token) is None
    # A second number of the same tenant may share the token (one Meta app); another tenant may not.
    again = run(
        "integration",
        "add",
        "--distributor",
        str(tenant.id),
        "--provider",
        "whatsapp",
        "--address",
        receiving_number(),
        "--secret",
        "meta-app-secret",
        "--verify-token",
        token,
    )
    assert again.exit_code == 0, again.output
    taken = run(
        "integration",
        "add",
        "--distributor",
        str(other_tenant.id),
        "--provider",
        "whatsapp",
        "--address",
        receiving_number(),
        "--secret",
        "s3cret",
        "--verify-token",
        token,
    )
    assert taken.exit_code == 2 and "verify token is already in use" in taken.stderr
    listed = json.loads(run("integration", "list", "--distributor", str(tenant.id), "--json").stdout)
    assert [r["has_verify_token"] for r in listed] == [True, True]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--provider", "fax", "--address", "+447700900001", "--secret", "s"], 2, "fax"),
        (
            ["--provider", "twilio", "--address", "not-a-phone", "--secret", "s"],
            2,
            "not a valid phone number",
        ),
        (
            ["--provider", "mailgun", "--address", "nobody-at-example", "--secret", "s"],
            2,
            "not a valid email",
        ),
        (["--provider", "twilio", "--address", "+447700900001"], 2, "secret is required"),
        (["--provider", "sendgrid", "--secret", "s"], 2, "address is required"),
        (["--provider", "api", "--secret", "s"], 2, "takes no secret"),
        (
            [
                "--provider",
                "twilio",
                "--address",
                "+447700900001",
                "--secret",
                "s",
                "--verify-token",
                "abcdefgh",
            ],
            2,
            "--verify-token",
        ),
        (
            [
                "--provider",
                "whatsapp",
                "--address",
                "+447700900001",
                "--secret",
                "s",
                "--verify-token",
                "short",
            ],
            2,
            "at least 8",
        ),
    ],
)
def test_add_rejects_bad_input(tenant, args: list[str], code: int, message: str) -> None:  # type: ignore[no-untyped-def]
    result = run("integration", "add", "--distributor", str(tenant.id), *args)
    assert result.exit_code == code, result.output
    assert message in result.output
    with tenant_session(tenant.id) as s:
        assert s.scalar(select(func.count()).select_from(m.ExternalIntegration)) == 0


def test_add_rejects_bad_distributor_and_duplicate_address(tenant, other_tenant) -> None:  # type: ignore[no-untyped-def]
    bad = run(
        "integration",
        "add",
        "--distributor",
        "nope",
        "--provider",
        "twilio",
        "--address",
        "+447700900001",
        "--secret",
        "s",
    )
    assert bad.exit_code == 2 and "is not a UUID" in bad.output
    number = receiving_number()
    first = run(
        "integration",
        "add",
        "--distributor",
        str(tenant.id),
        "--provider",
        "twilio",
        "--address",
        number,
        "--secret",
        "s",
    )
    assert first.exit_code == 0
    dup = run(
        "integration",
        "add",
        "--distributor",
        str(other_tenant.id),
        "--provider",
        "twilio",
        "--address",
        number,
        "--secret",
        "s",
    )
    assert dup.exit_code == 2 and "already exists" in dup.stderr
    assert run("integration", "list", "--distributor", str(uuid.uuid4())).exit_code == 1


# ========================================================================================== enqueue


def test_enqueue_stores_and_enqueues(tenant) -> None:  # type: ignore[no-untyped-def]
    result = run(
        "enqueue",
        "--distributor",
        str(tenant.id),
        "--channel",
        "sms",
        "--from",
        "07700 900777",
        "2 cases coke zero",
    )
    assert result.exit_code == 0, result.output
    message_id = uuid.UUID(result.stdout.strip())
    with tenant_session(tenant.id) as s:
        message = s.get(m.Message, message_id)
        assert message is not None and message.content == "2 cases coke zero"
        assert message.processing_status == ProcessingStatus.RECEIVED
        customer = s.get(m.Customer, message.customer_id)
        assert customer is not None and customer.phone == "+447700900777"
        assert customer.status == CustomerStatus.NO_ORDERS_YET
        conversation = s.get(m.Conversation, message.conversation_id)
        assert conversation is not None and conversation.channel == Channel.SMS
    assert [str(message_id), str(tenant.id)] in [q["args"] for q in queued(tenant.id)]

    email = run(
        "enqueue",
        "--distributor",
        str(tenant.id),
        "--channel",
        "EMAIL",
        "--from",
        "Chef <chef@x.example.test>",
        "--to",
        "orders@dist.example.test",
        "weekly order",
    )
    assert email.exit_code == 0, email.output
    with tenant_session(tenant.id) as s:
        assert s.scalar(select(func.count()).select_from(m.Customer)) == 2


def test_enqueue_rejects_bad_input(tenant) -> None:  # type: ignore[no-untyped-def]
    bad_from = run("enqueue", "--distributor", str(tenant.id), "--channel", "SMS", "--from", "hello", "x")
    assert bad_from.exit_code == 2 and "--from" in bad_from.output
    bad_email = run(
        "enqueue", "--distributor", str(tenant.id), "--channel", "EMAIL", "--from", "+447700900001", "x"
    )
    assert bad_email.exit_code == 2 and "--from" in bad_email.output
    bad_channel = run(
        "enqueue", "--distributor", str(tenant.id), "--channel", "FAX", "--from", "+447700900001", "x"
    )
    assert bad_channel.exit_code == 2
    unknown = run(
        "enqueue", "--distributor", str(uuid.uuid4()), "--channel", "SMS", "--from", "+447700900001", "x"
    )
    assert unknown.exit_code == 1 and "unknown distributor" in unknown.stderr
    with tenant_session(tenant.id) as s:
        assert s.scalar(select(func.count()).select_from(m.Message)) == 0


def test_ingress_command_help_and_bad_port() -> None:
    assert run("ingress", "--help").exit_code == 0
    assert run("ingress", "--port", "0").exit_code == 2


# ========================================================================================== secrets


def test_secret_round_trip_and_wrong_master_key(tenant, other_tenant, settings) -> None:  # type: ignore[no-untyped-def]
    with tenant_session(tenant.id) as s:
        blob = encrypt_secret(s, tenant.id, "sk_live_ünïcode-secret")
        blob2 = encrypt_secret(s, tenant.id, "sk_live_ünïcode-secret")
    assert b"sk_live" not in blob and blob != blob2  # fresh nonce each time
    with tenant_session(tenant.id) as s:
        assert decrypt_secret(s, tenant.id, blob) == "sk_live_ünïcode-secret"
        keys = list(s.scalars(select(m.EncryptionKey)))
    assert (
        len(keys) == 1 and keys[0].version == 1 and keys[0].algorithm == "AES-256-GCM" and keys[0].is_active
    )
    assert len(keys[0].encrypted_key) == 12 + 32 + 16  # nonce + wrapped data key + tag

    wrong = dataclasses.replace(settings, master_key=os.urandom(32))
    with pytest.raises(SecretDecryptionError, match="wrong master key"), tenant_session(tenant.id) as s:
        decrypt_secret(s, tenant.id, blob, settings=wrong)
    with pytest.raises(SecretDecryptionError, match="wrong master key"), tenant_session(tenant.id) as s:
        encrypt_secret(s, tenant.id, "another", settings=wrong)

    # A blob copied to another tenant does not decrypt there (its data key is not visible / differs).
    with tenant_session(other_tenant.id) as s:
        encrypt_secret(s, other_tenant.id, "theirs")
    with pytest.raises(SecretDecryptionError), tenant_session(other_tenant.id) as s:
        decrypt_secret(s, other_tenant.id, blob)
    tampered = blob[:-1] + bytes([blob[-1] ^ 1])
    with pytest.raises(SecretDecryptionError, match="corrupt"), tenant_session(tenant.id) as s:
        decrypt_secret(s, tenant.id, tampered)
    with pytest.raises(SecretDecryptionError), tenant_session(tenant.id) as s:
        decrypt_secret(s, tenant.id, b"\x01short")


def test_enqueue_with_the_database_down_says_so(tenant) -> None:  # type: ignore[no-untyped-def]
    import os
    import subprocess
    import sys

    env = {**os.environ, "DATABASE_URL": "postgresql://oms_app@127.0.0.1:1/none"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "cli",
            "enqueue",
            "--distributor",
            str(tenant.id),
            "--channel",
            "SMS",
            "--from",
            "+447700900001",
            "2 cases coke",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 3, done.stderr
    assert "database unreachable" in done.stderr and "Traceback" not in done.stderr
