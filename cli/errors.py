"""How `oms` commands fail: one clear line on stderr and an exit code, never a traceback.

Exit codes: 1 the thing named does not exist, 2 bad input or configuration, 3 the database is
unreachable or not migrated.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable
from functools import wraps
from typing import Any, NoReturn, TypeVar

import click

from worker.settings import SettingsError

F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str, code: int = 1) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def parse_uuid(value: str, what: str = "--distributor") -> uuid.UUID:
    """`value` as a UUID, or click's usage error (exit 2) naming the option or argument `what`."""
    try:
        return uuid.UUID(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a UUID", param_hint=what) from None


def handles_errors(
    *expected: tuple[type[BaseException] | tuple[type[BaseException], ...], int],
) -> Callable[[F], F]:
    """Decorate a command so `expected` (exception type(s), exit code) pairs and the usual
    configuration and database failures end as one line and an exit code."""

    def decorate(fn: F) -> F:
        @wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            import psycopg
            import psycopg_pool
            import sqlalchemy.exc

            try:
                return fn(*args, **kwargs)
            except SettingsError as exc:
                fail(f"configuration: {exc}", 2)
            except sqlalchemy.exc.OperationalError as exc:
                fail(f"database unreachable: {str(exc.orig).strip().splitlines()[0]}", 3)
            except sqlalchemy.exc.ProgrammingError as exc:
                first = str(exc.orig).strip().splitlines()[0]
                fail(f"database not ready ({first}); run `oms db upgrade` first", 3)
            except (psycopg.OperationalError, psycopg_pool.PoolTimeout) as exc:  # plain psycopg paths
                fail(f"database unreachable: {str(exc).strip().splitlines()[0]}", 3)
            except psycopg.ProgrammingError as exc:
                first = str(exc).strip().splitlines()[0]
                fail(f"database not ready ({first}); run `oms db upgrade` first", 3)
            except Exception as exc:
                for types, code in expected:
                    if isinstance(exc, types):
                        fail(str(exc), code)
                raise

        return wrapper  # type: ignore[return-value]

    return decorate


def handles_integration_errors(fn: F) -> F:
    """`handles_errors` for commands that resolve distributors, integrations and their secrets: an
    unknown distributor or an undecryptable secret exits 1, an invalid integration exits 2."""
    from db.integrations import IntegrationError, UnknownDistributorError
    from db.secrets import SecretsError
    from ingress.inbound import UnknownTenantError

    return handles_errors(
        ((UnknownTenantError, UnknownDistributorError, SecretsError), 1), (IntegrationError, 2)
    )(fn)
