"""Process settings, read once from the environment (12-factor).

Every setting has a default that works on a developer machine with the local Postgres and Redis, so
`oms dev` needs no configuration. Values are validated at start-up: a malformed URL or number stops the
process with a message naming the variable, instead of failing later inside a worker thread.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_DATABASE_URL = "postgresql://oms_app@127.0.0.1:5432/oms"
DEFAULT_ADMIN_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/oms"
DEFAULT_BROKER_URL = "redis://127.0.0.1:6379/0"
DEV_MASTER_KEY_FILE = "master.key"  # under OMS_DEV_DIR (default .oms-dev)
DEFAULT_WEBHOOK_RETRY_SCHEDULE = (5.0, 300.0, 1800.0, 7200.0, 18000.0, 36000.0, 36000.0)


class SettingsError(ValueError):
    """A setting is present but unusable; the message names the variable and what is wrong."""


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    admin_database_url: str = DEFAULT_ADMIN_DATABASE_URL
    broker_url: str = DEFAULT_BROKER_URL
    broker_namespace: str = "oms"
    queue_prefix: str = ""
    ai_provider: str = "local"
    # Suggested replies (jobs/replies/): local templates, or drafted by the paid provider's model
    # (`model`, needs OMS_AI_PROVIDER openai or hybrid), metered and budgeted like every call.
    ai_replies: str = "template"
    pipeline_mode: str = "auto"
    openai_api_key: str | None = None
    openai_base_url: str | None = None
    openai_model: str = "gpt-4o-mini"
    # Paid AI calls (jobs/ai/calls.py): per-attempt timeout, attempts, the bounded total wait before the
    # local fallback, the reply's token ceiling, calls in flight per process, and the circuit breaker.
    ai_timeout_seconds: float = 15.0
    ai_max_attempts: int = 6
    ai_max_wait_seconds: float = 120.0
    ai_backoff_seconds: float = 1.0
    ai_max_tokens: int = 1000
    ai_max_in_flight: int = 64
    ai_breaker_failures: int = 5
    ai_breaker_cooldown_seconds: float = 30.0
    master_key: bytes = field(default=b"", repr=False)
    master_key_is_dev_default: bool = True  # not from OMS_MASTER_KEY: .oms-dev/master.key or per process
    environment: str = "development"
    ingress_host: str = "127.0.0.1"
    ingress_port: int = 8000
    public_base_url: str | None = None
    max_body_bytes: int = 256 * 1024
    log_level: str = "INFO"
    log_format: str = "auto"
    db_pool_size: int = 10
    pipeline_sync_commit: bool = False
    catalog_cache_mb: int = 512  # per process: the tenants' catalog indexes kept (LRU), by memory
    analysis_time_limit_ms: int = 2_000  # one message's language analysis, whatever its text
    broker_heartbeat_ms: int = 60_000
    webhook_retry_schedule: tuple[float, ...] = DEFAULT_WEBHOOK_RETRY_SCHEDULE
    webhook_disable_after_seconds: float = 5 * 86_400.0
    webhook_connect_timeout: float = 5.0
    webhook_timeout: float = 15.0
    webhook_allow_networks: tuple[str, ...] = ()
    webhook_endpoint_concurrency: int = 4
    ops_token: str | None = field(default=None, repr=False)
    metrics_host: str = "127.0.0.1"
    worker_metrics_port: int = 9191
    scheduler_metrics_port: int = 9192
    rabbitmq_management_url: str | None = None
    redis_timeout_ms: int = 3_000  # connect and socket timeout of every Redis command
    db_connect_timeout_s: int = 3  # libpq connect_timeout
    db_statement_timeout_ms: int = 30_000  # the application role's statement_timeout (0: none)
    dependency_timeout_ms: int = 10_000  # the longest the ingress waits on the database before a 503
    # Tenant users of the review API: Supabase-style JWTs, HS256 with the shared secret or asymmetric
    # (RS256/ES256) with keys from a JWKS URL; the subject maps to user_profiles.
    jwt_secret: str | None = field(default=None, repr=False)
    jwks_url: str | None = None
    jwt_audience: str | None = "authenticated"
    jwt_issuer: str | None = None
    schedules: str = ""  # OMS_SCHEDULES, overrides of the scheduler's job schedules (scheduler/schedules.py)
    scheduler_tenant_batch: int = 100
    scheduler_poll_seconds: int = 2
    retention_days: str = ""  # OMS_RETENTION_DAYS, overrides of the purge defaults (jobs/housekeeping)

    @property
    def fused_pipeline(self) -> bool:
        """One actor run per message (`auto`, every provider: see the README's "Writers and modes"), or
        one per stage (`chained`)."""
        return self.pipeline_mode != "chained"

    @property
    def app_role(self) -> str:
        return urlsplit(self.database_url).username or "oms_app"

    @property
    def app_password(self) -> str | None:
        return urlsplit(self.database_url).password

    @property
    def database_name(self) -> str:
        return urlsplit(self.database_url).path.lstrip("/") or "oms"


def _url(env: dict[str, str], name: str, default: str, schemes: tuple[str, ...]) -> str:
    value = env.get(name, "").strip() or default
    parts = urlsplit(value)
    if parts.scheme not in schemes:
        raise SettingsError(f"{name}={value!r}: scheme must be one of {', '.join(schemes)}")
    if not parts.hostname and not parts.path:
        raise SettingsError(f"{name}={value!r}: no host or database given")
    try:
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise SettingsError(f"{name}={value!r}: {exc}") from None
    return value


def _int(env: dict[str, str], name: str, default: int, minimum: int = 0) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name}={raw!r}: expected a whole number") from None
    if value < minimum:
        raise SettingsError(f"{name}={raw!r}: must be at least {minimum}")
    return value


def _float(env: dict[str, str], name: str, default: float, minimum: float = 0.0) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{name}={raw!r}: expected a number") from None
    if not value >= minimum or value == float("inf"):
        raise SettingsError(f"{name}={raw!r}: must be a finite number of at least {minimum:g}")
    return value


def _port(env: dict[str, str], name: str, default: int) -> int:
    """A TCP port; 0 turns the endpoint off."""
    value = _int(env, name, default)
    if value > 65535:
        raise SettingsError(f"{name}={value!r}: not a TCP port (0 turns it off)")
    return value


def _choice(env: dict[str, str], name: str, default: str, choices: tuple[str, ...]) -> str:
    value = (env.get(name, "").strip() or default).lower()
    if value not in choices:
        raise SettingsError(f"{name}={value!r}: expected one of {', '.join(choices)}")
    return value


def _master_key(env: dict[str, str], environment: str) -> tuple[bytes, bool]:
    """OMS_MASTER_KEY; without it, production stops, development uses (and first creates) a random key
    in ``$OMS_DEV_DIR/master.key``, and tests get a random key for this process only. No key is ever a
    constant in the source."""
    import base64

    raw = env.get("OMS_MASTER_KEY", "").strip()
    if not raw:
        if environment == "production":
            raise SettingsError("OMS_MASTER_KEY is required when OMS_ENV=production (32 bytes, base64)")
        if environment == "test":
            return os.urandom(32), True
        return _dev_master_key(Path(env.get("OMS_DEV_DIR", "").strip() or ".oms-dev")), True
    try:
        key = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))
    except ValueError:
        raise SettingsError("OMS_MASTER_KEY: not valid base64") from None
    if len(key) != 32:
        raise SettingsError(f"OMS_MASTER_KEY: must decode to 32 bytes, got {len(key)}")
    return key, False


def _seconds(env: dict[str, str], name: str, default: float, minimum: float = 0.0) -> float:
    """A duration: plain seconds (decimals allowed) or with a unit suffix s, m, h or d (`5d`)."""
    raw = env.get(name, "").strip().lower()
    if not raw:
        return default
    units = {"s": 1, "m": 60, "h": 3600, "d": 86_400}
    factor = units.get(raw[-1], 1)
    number = raw[:-1] if raw[-1] in units else raw
    try:
        value = float(number) * factor
    except ValueError:
        raise SettingsError(f"{name}={raw!r}: expected seconds, or a number with s, m, h or d") from None
    if not value >= minimum or value == float("inf"):
        raise SettingsError(f"{name}={raw!r}: must be at least {minimum:g} seconds")
    return value


def _retry_schedule(env: dict[str, str]) -> tuple[float, ...]:
    """`OMS_WEBHOOK_RETRY_SCHEDULE`: the delays (seconds) before each retry, comma-separated."""
    raw = env.get("OMS_WEBHOOK_RETRY_SCHEDULE", "").strip()
    if not raw:
        return DEFAULT_WEBHOOK_RETRY_SCHEDULE
    delays = []
    for part in raw.split(","):
        try:
            delay = float(part.strip())
        except ValueError:
            raise SettingsError(
                f"OMS_WEBHOOK_RETRY_SCHEDULE={raw!r}: {part.strip()!r} is not a number"
            ) from None
        if not 0 <= delay <= 7 * 86_400:
            raise SettingsError(f"OMS_WEBHOOK_RETRY_SCHEDULE={raw!r}: delays must be 0 to 604800 seconds")
        delays.append(delay)
    if len(delays) > 49:
        raise SettingsError(f"OMS_WEBHOOK_RETRY_SCHEDULE={raw!r}: at most 49 retries")
    return tuple(delays)


def _networks(env: dict[str, str], name: str) -> tuple[str, ...]:
    import ipaddress

    out = []
    for part in env.get(name, "").split(","):
        if part.strip():
            try:
                out.append(str(ipaddress.ip_network(part.strip(), strict=False)))
            except ValueError:
                raise SettingsError(f"{name}: {part.strip()!r} is not a CIDR network") from None
    return tuple(out)


def _dev_master_key(dev_dir: Path) -> bytes:
    """The development master key in ``dev_dir``, created (random, mode 0600) by the first process
    that needs it; concurrent first runs agree on one file."""
    import base64

    path = dev_dir / DEV_MASTER_KEY_FILE
    if not path.exists():
        dev_dir.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process won the race; read its key below
        else:
            with os.fdopen(fd, "w") as out:
                out.write(base64.urlsafe_b64encode(os.urandom(32)).decode("ascii") + "\n")
    for _ in range(50):  # the winner of a race may not have written yet
        text = path.read_text().strip()
        if text:
            break
        time.sleep(0.01)
    try:
        key = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except ValueError:
        key = b""
    if len(key) != 32:
        raise SettingsError(f"{path}: not a 32-byte base64 master key (delete it to make a new one)")
    return key


def _queue_prefix(env: dict[str, str]) -> str:
    """Prefix for queue names: RabbitMQ has no namespaces, so parallel deployments on one vhost need it."""
    import re

    value = env.get("OMS_QUEUE_PREFIX", "").strip()
    if value and not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.-]*", value):
        raise SettingsError(f"OMS_QUEUE_PREFIX={value!r}: letters, digits, '_', '.', '-' only")
    return value


def _ai_choices(env: dict[str, str]) -> tuple[str, str | None, str, float, float]:
    """(provider, OpenAI key, replies, timeout, max wait), checked against each other."""
    ai_provider = _choice(env, "OMS_AI_PROVIDER", "local", ("local", "openai", "hybrid"))
    openai_key = env.get("OPENAI_API_KEY") or None
    if ai_provider != "local" and not openai_key:
        raise SettingsError(f"OMS_AI_PROVIDER={ai_provider} needs OPENAI_API_KEY")
    ai_replies = _choice(env, "OMS_AI_REPLIES", "template", ("template", "model"))
    if ai_replies == "model" and ai_provider == "local":
        raise SettingsError("OMS_AI_REPLIES=model needs OMS_AI_PROVIDER=openai or hybrid (a model to ask)")
    ai_timeout = _float(env, "OMS_AI_TIMEOUT_SECONDS", 15.0, minimum=0.1)
    ai_max_wait = _float(env, "OMS_AI_MAX_WAIT_SECONDS", 120.0, minimum=1.0)
    if ai_timeout > ai_max_wait:
        raise SettingsError(
            f"OMS_AI_TIMEOUT_SECONDS={ai_timeout:g} exceeds OMS_AI_MAX_WAIT_SECONDS={ai_max_wait:g}"
        )
    return ai_provider, openai_key, ai_replies, ai_timeout, ai_max_wait


def load_settings(env: dict[str, str] | None = None) -> Settings:
    env = dict(os.environ if env is None else env)
    environment = _choice(env, "OMS_ENV", "development", ("development", "test", "production"))
    pg = ("postgresql", "postgres", "postgresql+psycopg")
    ai_provider, openai_key, ai_replies, ai_timeout, ai_max_wait = _ai_choices(env)
    settings = Settings(
        database_url=_url(env, "DATABASE_URL", DEFAULT_DATABASE_URL, pg),
        admin_database_url=_url(env, "OMS_ADMIN_DATABASE_URL", DEFAULT_ADMIN_DATABASE_URL, pg),
        broker_url=_url(env, "BROKER_URL", DEFAULT_BROKER_URL, ("redis", "rediss", "amqp", "amqps")),
        broker_namespace=env.get("OMS_BROKER_NAMESPACE", "").strip() or "oms",
        queue_prefix=_queue_prefix(env),
        ai_provider=ai_provider,
        ai_replies=ai_replies,
        pipeline_mode=_choice(env, "OMS_PIPELINE_MODE", "auto", ("auto", "fused", "chained")),
        openai_api_key=openai_key,
        openai_base_url=env.get("OPENAI_BASE_URL") or None,
        openai_model=env.get("OMS_OPENAI_MODEL", "").strip() or "gpt-4o-mini",
        ai_timeout_seconds=ai_timeout,
        ai_max_attempts=_int(env, "OMS_AI_MAX_ATTEMPTS", 6, minimum=1),
        ai_max_wait_seconds=ai_max_wait,
        ai_backoff_seconds=_float(env, "OMS_AI_BACKOFF_SECONDS", 1.0, minimum=0.0),
        ai_max_tokens=_int(env, "OMS_AI_MAX_TOKENS", 1000, minimum=16),
        ai_max_in_flight=_int(env, "OMS_AI_MAX_IN_FLIGHT", 64, minimum=1),
        ai_breaker_failures=_int(env, "OMS_AI_BREAKER_FAILURES", 5, minimum=1),
        ai_breaker_cooldown_seconds=_float(env, "OMS_AI_BREAKER_COOLDOWN_SECONDS", 30.0, minimum=0.0),
        environment=environment,
        ingress_host=env.get("OMS_INGRESS_HOST", "").strip() or "127.0.0.1",
        ingress_port=_int(env, "PORT", 8000, minimum=1),
        public_base_url=(env.get("OMS_PUBLIC_BASE_URL", "").strip().rstrip("/") or None),
        max_body_bytes=_int(env, "OMS_MAX_BODY_BYTES", 256 * 1024, minimum=1024),
        log_level=_choice(env, "OMS_LOG_LEVEL", "info", ("debug", "info", "warning", "error")).upper(),
        log_format=_choice(env, "OMS_LOG_FORMAT", "auto", ("auto", "json", "console")),
        db_pool_size=_int(env, "OMS_DB_POOL_SIZE", 10, minimum=1),
        pipeline_sync_commit=_choice(env, "OMS_PIPELINE_SYNC_COMMIT", "off", ("on", "off")) == "on",
        catalog_cache_mb=_int(env, "OMS_CATALOG_CACHE_MB", 512, minimum=8),
        analysis_time_limit_ms=_int(env, "OMS_ANALYSIS_TIME_LIMIT_MS", 2_000, minimum=50),
        broker_heartbeat_ms=_int(env, "OMS_BROKER_HEARTBEAT_TIMEOUT_MS", 60_000, minimum=1000),
        webhook_retry_schedule=_retry_schedule(env),
        webhook_disable_after_seconds=_seconds(env, "OMS_WEBHOOK_DISABLE_AFTER", 5 * 86_400.0, minimum=1),
        webhook_connect_timeout=_seconds(env, "OMS_WEBHOOK_CONNECT_TIMEOUT", 5.0, minimum=0.1),
        webhook_timeout=_seconds(env, "OMS_WEBHOOK_TIMEOUT", 15.0, minimum=0.1),
        webhook_allow_networks=_networks(env, "OMS_WEBHOOK_ALLOW_NETWORKS"),
        webhook_endpoint_concurrency=_int(env, "OMS_WEBHOOK_ENDPOINT_CONCURRENCY", 4, minimum=1),
        ops_token=env.get("OMS_OPS_TOKEN", "").strip() or None,
        metrics_host=env.get("OMS_METRICS_HOST", "").strip() or "127.0.0.1",
        worker_metrics_port=_port(env, "OMS_WORKER_METRICS_PORT", 9191),
        scheduler_metrics_port=_port(env, "OMS_SCHEDULER_METRICS_PORT", 9192),
        rabbitmq_management_url=(
            _url(env, "OMS_RABBITMQ_MANAGEMENT_URL", "", ("http", "https"))
            if env.get("OMS_RABBITMQ_MANAGEMENT_URL", "").strip()
            else None
        ),
        redis_timeout_ms=_int(env, "OMS_REDIS_TIMEOUT_MS", 3_000, minimum=100),
        db_connect_timeout_s=_int(env, "OMS_DB_CONNECT_TIMEOUT_S", 3, minimum=1),
        db_statement_timeout_ms=_int(env, "OMS_DB_STATEMENT_TIMEOUT_MS", 30_000, minimum=0),
        dependency_timeout_ms=_int(env, "OMS_DEPENDENCY_TIMEOUT_MS", 10_000, minimum=100),
        jwt_secret=env.get("OMS_JWT_SECRET") or None,
        jwks_url=_url(env, "OMS_JWKS_URL", "", ("http", "https"))
        if env.get("OMS_JWKS_URL", "").strip()
        else None,
        jwt_audience=(env["OMS_JWT_AUDIENCE"].strip() or None)
        if "OMS_JWT_AUDIENCE" in env
        else "authenticated",
        jwt_issuer=env.get("OMS_JWT_ISSUER", "").strip() or None,
        schedules=env.get("OMS_SCHEDULES", "").strip(),
        scheduler_tenant_batch=_int(env, "OMS_SCHEDULER_TENANT_BATCH", 100, minimum=1),
        scheduler_poll_seconds=_int(env, "OMS_SCHEDULER_POLL_SECONDS", 2, minimum=1),
        retention_days=env.get("OMS_RETENTION_DAYS", "").strip(),
    )
    # Last, so a malformed variable fails before a development key file is created.
    master_key, is_dev = _master_key(env, environment)
    return replace(settings, master_key=master_key, master_key_is_dev_default=is_dev)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()


def sqlalchemy_url(url: str) -> str:
    """Point SQLAlchemy at psycopg 3 whatever spelling of postgres URL the user gave."""
    for prefix in ("postgresql+psycopg://", "postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def libpq_url(url: str) -> str:
    """The same URL as libpq (psycopg) spells it."""
    for prefix in ("postgresql+psycopg://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql://" + url[len(prefix) :]
    return url
