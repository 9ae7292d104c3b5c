"""Who is calling the JSON API: a tenant user (a Supabase-style JWT) or an integration (an API key).

A bearer token that looks like a JWT (three dot-separated parts) is verified: HS256 with
``OMS_JWT_SECRET`` (Supabase's project JWT secret), or RS256/ES256 with a key from ``OMS_JWKS_URL``
(fetched on first use and cached; an unknown key id refetches once). ``exp`` and ``sub`` are required,
``aud`` is checked against ``OMS_JWT_AUDIENCE`` (default ``authenticated``) and ``iss`` against
``OMS_JWT_ISSUER`` when set. The subject must have a ``user_profiles`` row, which gives the tenant and the
role; the database then enforces that role on every statement (jobs/review/actor.py). Any other bearer
token is an integration's API key: the service acting for the key's tenant, as ``POST /v1/messages``.
"""

from __future__ import annotations

import uuid
from typing import Any

import jwt
import structlog
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from ingress.resolution import Resolver
from jobs.review.actor import Actor, load_user, service_actor
from worker.settings import Settings

log = structlog.get_logger("oms.ingress.auth")

ASYMMETRIC = ("RS256", "RS384", "RS512", "ES256", "ES384", "PS256")


class AuthError(Exception):
    """401 (no or bad credentials) or 403 (a valid user with no profile)."""

    def __init__(self, status: int, error: str) -> None:
        super().__init__(error)
        self.status, self.error = status, error


class JwtVerifier:
    def __init__(self, settings: Settings) -> None:
        self.secret = settings.jwt_secret
        self.audience = settings.jwt_audience
        self.issuer = settings.jwt_issuer
        self.jwks = jwt.PyJWKClient(settings.jwks_url, lifespan=300, timeout=5) if settings.jwks_url else None

    @property
    def configured(self) -> bool:
        return bool(self.secret or self.jwks)

    def subject(self, token: str) -> uuid.UUID:
        """The verified subject of `token` (blocking: a JWKS fetch may happen)."""
        try:
            alg = jwt.get_unverified_header(token).get("alg")
            key: Any
            if alg == "HS256" and self.secret:
                key = self.secret
            elif alg in ASYMMETRIC and self.jwks is not None:
                key = self.jwks.get_signing_key_from_jwt(token).key
            else:
                raise AuthError(401, f"token algorithm {alg!r} is not accepted here")
            claims = jwt.decode(
                token,
                key,
                algorithms=[alg],
                audience=self.audience,
                issuer=self.issuer,
                options={"require": ["exp", "sub"], "verify_aud": self.audience is not None},
            )
            return uuid.UUID(str(claims["sub"]))
        except AuthError:
            raise
        except (jwt.PyJWTError, ValueError) as exc:
            log.info("jwt_rejected", error_type=type(exc).__name__)
            raise AuthError(401, f"invalid token: {exc}") from None


def _looks_like_jwt(token: str) -> bool:
    return token.count(".") == 2


async def authenticate(request: Request, verifier: JwtVerifier, resolver: Resolver) -> Actor:
    """The actor behind the request's bearer token, or AuthError."""
    scheme, _, token = request.headers.get("authorization", "").strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise AuthError(401, "missing credentials (Authorization: Bearer <JWT or API key>)")
    if _looks_like_jwt(token):
        if not verifier.configured:
            raise AuthError(401, "user tokens are not accepted: set OMS_JWT_SECRET or OMS_JWKS_URL")
        subject = await run_in_threadpool(verifier.subject, token)
        actor = await run_in_threadpool(load_user, subject)
        if actor is None:
            raise AuthError(403, "no user profile for this user")
        return actor
    resolved = await resolver.api_key(token)
    if resolved is None:
        raise AuthError(401, "unknown or inactive API key")
    return service_actor(resolved.distributor_id, f"api-key:{resolved.integration_id}")
