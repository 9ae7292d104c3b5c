"""Who acts on a tenant's data, and what their role lets them do.

A tenant user (verified JWT subject) acts through `user_session`: the database reads the tenant and the
role from the user's profile, and its RESTRICTIVE policies (`oms_may`, migration 0010) refuse the writes
the role does not allow. The service (an integration's API key, the command line, the worker) acts
through `tenant_session` and is not restricted by role. `may` mirrors the database's rule so the API can
answer 403 with a reason before trying; the database remains the authority.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.enums import UserRole
from db.session import tenant_session, user_session


class Area(StrEnum):
    """What a role may write: the areas of `oms_may` in the database."""

    REVIEW = "review"
    CATALOG = "catalog"
    CUSTOMERS = "customers"
    INTEGRATIONS = "integrations"
    WEBHOOKS = "webhooks"
    USERS = "users"
    SETTINGS = "settings"


_EVERYONE = frozenset(UserRole)
_MANAGERS = frozenset({UserRole.MANAGER, UserRole.ADMIN, UserRole.OWNER})
_ADMINS = frozenset({UserRole.ADMIN, UserRole.OWNER})
ROLE_AREAS: dict[Area, frozenset[UserRole]] = {
    Area.REVIEW: _EVERYONE,
    Area.CATALOG: _MANAGERS,
    Area.CUSTOMERS: _MANAGERS,
    Area.INTEGRATIONS: _ADMINS,
    Area.WEBHOOKS: _ADMINS,
    Area.USERS: _ADMINS,
    Area.SETTINGS: _ADMINS,
}


class Forbidden(Exception):
    """The actor's role does not allow this."""


@dataclass(frozen=True)
class Actor:
    """A tenant user (user_id and role set) or the service acting for the tenant (both None)."""

    distributor_id: uuid.UUID
    user_id: uuid.UUID | None = None
    role: UserRole | None = None
    label: str = "service"
    permissions: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def is_user(self) -> bool:
        return self.user_id is not None

    def may(self, area: Area) -> bool:
        if self.user_id is None:
            return True
        if self.role is None:
            return False
        return self.role in ROLE_AREAS[area] or self.permissions.get(area.value) is True

    def require(self, area: Area) -> None:
        if not self.may(area):
            raise Forbidden(f"role {self.role} may not change {area.value}")


def service_actor(distributor_id: uuid.UUID, label: str = "service") -> Actor:
    return Actor(distributor_id=distributor_id, label=label)


@contextmanager
def actor_session(actor: Actor) -> Iterator[Session]:
    """One transaction as `actor`: the user's own (role enforced by the database) or the service's."""
    if actor.user_id is not None:
        with user_session(actor.user_id) as s:
            yield s
    else:
        with tenant_session(actor.distributor_id) as s:
            yield s


def load_user(user_id: uuid.UUID) -> Actor | None:
    """The actor for a verified JWT subject, from its profile (read as that user); None without one."""
    with user_session(user_id) as s:
        row = s.execute(
            text(
                "SELECT distributor_id, role::text AS role, email, permissions FROM user_profiles "
                "WHERE id = auth.uid()"
            )
        ).one_or_none()
    if row is None:
        return None
    return Actor(
        distributor_id=row.distributor_id,
        user_id=user_id,
        role=UserRole(row.role),
        label=f"user:{user_id}",
        permissions=dict(row.permissions or {}),
    )
