"""Start-up validation of settings, and logs that never carry content or secrets."""

from __future__ import annotations

import json
import logging

import pytest
import structlog

from worker.logs import configure_logging
from worker.settings import SettingsError, load_settings


def test_defaults_work_without_any_environment(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)  # the development master key goes to ./.oms-dev/master.key
    s = load_settings({})
    assert s.database_url.startswith("postgresql://oms_app@127.0.0.1")
    assert s.broker_url == "redis://127.0.0.1:6379/0" and s.ai_provider == "local"
    assert s.app_role == "oms_app" and len(s.master_key) == 32 and s.master_key_is_dev_default
    assert s.pipeline_sync_commit is False  # derived work; the ingress commit is always synchronous
    assert load_settings({"OMS_PIPELINE_SYNC_COMMIT": "on"}).pipeline_sync_commit is True


def test_the_development_master_key_is_generated_once_never_a_constant(tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = load_settings({"OMS_DEV_DIR": str(tmp_path / "a")})
    key_file = tmp_path / "a" / "master.key"
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert load_settings({"OMS_DEV_DIR": str(tmp_path / "a")}).master_key == first.master_key
    assert load_settings({"OMS_DEV_DIR": str(tmp_path / "b")}).master_key != first.master_key
    assert load_settings({"OMS_ENV": "test"}).master_key != load_settings({"OMS_ENV": "test"}).master_key
    key_file.write_text("not a key")
    with pytest.raises(SettingsError, match="master.key"):
        load_settings({"OMS_DEV_DIR": str(tmp_path / "a")})


@pytest.mark.parametrize(
    ("env", "names"),
    [
        ({"BROKER_URL": "http://localhost"}, "BROKER_URL"),
        ({"DATABASE_URL": "mysql://x/y"}, "DATABASE_URL"),
        ({"PORT": "eighty"}, "PORT"),
        ({"OMS_MAX_BODY_BYTES": "-1"}, "OMS_MAX_BODY_BYTES"),
        ({"OMS_MASTER_KEY": "c2hvcnQ"}, "OMS_MASTER_KEY"),
        ({"OMS_ENV": "production"}, "OMS_MASTER_KEY"),
        ({"OMS_AI_PROVIDER": "openai"}, "OPENAI_API_KEY"),
        ({"OMS_LOG_FORMAT": "xml"}, "OMS_LOG_FORMAT"),
        ({"DATABASE_URL": "postgresql://h:notaport/db"}, "DATABASE_URL"),
        ({"OMS_PIPELINE_SYNC_COMMIT": "maybe"}, "OMS_PIPELINE_SYNC_COMMIT"),
        ({"OMS_BROKER_HEARTBEAT_TIMEOUT_MS": "soon"}, "OMS_BROKER_HEARTBEAT_TIMEOUT_MS"),
    ],
)
def test_malformed_settings_name_the_variable(env: dict[str, str], names: str) -> None:
    with pytest.raises(SettingsError, match=names):
        load_settings(env)


def test_rabbitmq_url_is_accepted() -> None:
    assert load_settings(
        {"BROKER_URL": "amqp://guest:guest@127.0.0.1:5672/", "OMS_ENV": "test"}
    ).broker_url.startswith("amqp://")


def test_json_logs_scrub_content_and_secrets(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("INFO", "json", force=True)
    log = structlog.get_logger("oms.test")
    log.info(
        "message_received",
        message_id="m-1",
        distributor_id="d-1",
        body="call me on +447700900123",
        api_key="oms_live_abc",
        auth_token="tok",
        content="secret order",
    )
    line = capsys.readouterr().err.strip().splitlines()[-1]
    record = json.loads(line)
    assert (
        record["event"] == "message_received"
        and record["message_id"] == "m-1"
        and record["distributor_id"] == "d-1"
    )
    assert "+447700900123" not in line and "oms_live_abc" not in line and "secret order" not in line
    assert record["api_key"] == "***" and record["auth_token"] == "***"
    logging.getLogger().handlers.clear()
