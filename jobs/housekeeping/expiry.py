"""Expiries: invitations whose link is past `expires_at`, sessions past theirs."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import text

from db.session import privileged_session


def expire_invitations(tenant_ids: Sequence[str]) -> int:
    """Revoke the token of every unaccepted invitation past its expiry: the row stays (who invited
    whom), the link no longer works even where a reader forgets to check `expires_at`."""
    with privileged_session() as s:
        return int(
            s.execute(  # type: ignore[attr-defined]
                text(
                    "UPDATE user_invitations SET invitation_token = 'expired-' || id "
                    "WHERE distributor_id = ANY(CAST(:ids AS uuid[])) AND accepted_at IS NULL "
                    "AND expires_at < now() AND invitation_token NOT LIKE 'expired-%'"
                ),
                {"ids": list(tenant_ids)},
            ).rowcount
        )


def expire_sessions(tenant_ids: Sequence[str]) -> int:
    """End every open session past its expiry, at its expiry."""
    with privileged_session() as s:
        return int(
            s.execute(  # type: ignore[attr-defined]
                text(
                    "UPDATE user_sessions SET ended_at = expires_at "
                    "WHERE distributor_id = ANY(CAST(:ids AS uuid[])) AND ended_at IS NULL "
                    "AND expires_at < now()"
                ),
                {"ids": list(tenant_ids)},
            ).rowcount
        )
