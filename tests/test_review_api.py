"""The review API over real HTTP: Supabase-style JWTs (HS256 secret, and RS256 from a JWKS served on
loopback), API keys for integrations, every action, roles, conflicts and tenant walls."""

from __future__ import annotations

import dataclasses
import json
import threading
import time
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from db.enums import UserRole
from db.integrations import add_integration
from tests.reviewers import make_user, process
from tests.test_ingress_http import serve

SECRET = "test-jwt-secret-at-least-32-bytes-long!!"
RSA_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
KID = "test-key-1"


@pytest.fixture(scope="module")
def jwks_url() -> Iterator[str]:
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(RSA_KEY.public_key()))
    body = json.dumps({"keys": [{**jwk, "kid": KID, "use": "sig", "alg": "RS256"}]}).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/.well-known/jwks.json"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def api(settings, jwks_url) -> Iterator[str]:  # type: ignore[no-untyped-def]
    from ingress.app import create_app

    with serve(create_app(dataclasses.replace(settings, jwt_secret=SECRET, jwks_url=jwks_url))) as url:
        yield url


def token(
    user_id: uuid.UUID | None,
    *,
    alg: str = "HS256",
    key: Any = SECRET,
    exp: int = 300,
    aud: str = "authenticated",
) -> str:
    claims = {"sub": str(user_id), "aud": aud, "role": "authenticated", "exp": int(time.time()) + exp}
    headers = {"kid": KID} if alg == "RS256" else None
    return jwt.encode(claims, RSA_KEY if alg == "RS256" else key, algorithm=alg, headers=headers)


def call(api: str, method: str, path: str, bearer: str | None, body: Any = None) -> httpx.Response:
    headers = {"authorization": f"Bearer {bearer}"} if bearer else {}
    return httpx.request(method, api + path, headers=headers, json=body, timeout=30)


def test_operator_reviews_with_a_supabase_token(api, shop):  # type: ignore[no-untyped-def]
    order_id = process(shop.id, "3 cases of the black fizzy")
    operator = make_user(shop.id, UserRole.OPERATOR)
    t = token(operator.user_id)
    listed = call(api, "GET", "/v1/review/orders?reason=fizzy&limit=10", t)
    assert listed.status_code == 200 and [x["order_id"] for x in listed.json()["items"]] == [str(order_id)]
    shown = call(api, "GET", f"/v1/review/orders/{order_id}", t).json()
    assert shown["version"] == 1 and shown["message"]["redacted_content"]
    corrected = call(
        api,
        "POST",
        f"/v1/review/orders/{order_id}/correct",
        t,
        {"version": 1, "set": [{"line": 1, "sku": "COKE-ZERO-330", "quantity": "3"}]},
    )
    assert corrected.status_code == 200 and corrected.json()["status"] == "REVIEW"
    stale = call(api, "POST", f"/v1/review/orders/{order_id}/approve", t, {"version": 1})
    assert stale.status_code == 409 and stale.json()["field"] == "version"
    approved = call(api, "POST", f"/v1/review/orders/{order_id}/approve", t, {"version": 2})
    assert approved.status_code == 200, approved.text
    assert approved.json()["status"] == "CONFIRMED" and approved.json()["reviewed_by"] == str(
        operator.user_id
    )
    learned = call(api, "GET", "/v1/learning", t).json()["items"]
    assert [x["phrase"] for x in learned] == ["black fizzy"]
    # Undoing what was learned is a MANAGER's: the operator is refused, an admin (RS256 via JWKS) may.
    assert call(api, "DELETE", f"/v1/learning/{learned[0]['id']}", t).status_code == 403
    admin = make_user(shop.id, UserRole.ADMIN)
    removed = call(api, "DELETE", f"/v1/learning/{learned[0]['id']}", token(admin.user_id, alg="RS256"))
    assert removed.status_code == 200 and removed.json()["status"] == "REMOVED"


def test_reject_and_api_keys_keep_working(api, shop):  # type: ignore[no-untyped-def]
    order_id = process(shop.id, "2 boxes of the green thing")
    key = add_integration(shop.id, "api", "review-bot").api_key
    assert call(api, "POST", f"/v1/review/orders/{order_id}/reject", key, {}).status_code == 400
    rejected = call(api, "POST", f"/v1/review/orders/{order_id}/reject", key, {"reason": "not ours"})
    assert rejected.status_code == 200 and rejected.json()["status"] == "REJECTED"
    assert rejected.json()["history"][0]["actor"].startswith("api-key:")
    assert call(api, "POST", f"/v1/review/orders/{order_id}/approve", key).status_code == 409


def test_bad_credentials_and_other_tenants(api, shop, other_tenant):  # type: ignore[no-untyped-def]
    order_id = process(shop.id, "3 cases of the black fizzy")
    operator = make_user(shop.id, UserRole.OPERATOR)
    path = f"/v1/review/orders/{order_id}"
    assert call(api, "GET", path, None).status_code == 401
    assert (
        call(
            api, "GET", path, token(operator.user_id, key="another-secret-of-32-bytes-or-more!!")
        ).status_code
        == 401
    )
    assert call(api, "GET", path, token(operator.user_id, exp=-60)).status_code == 401
    assert call(api, "GET", path, token(operator.user_id, aud="anon")).status_code == 401
    assert call(api, "GET", path, token(uuid.uuid4())).status_code == 403  # valid token, no profile
    assert call(api, "GET", path, "not-a-key").status_code == 401
    stranger = make_user(other_tenant.id, UserRole.OWNER)
    assert call(api, "GET", path, token(stranger.user_id)).status_code == 404
    assert call(api, "POST", path + "/approve", token(stranger.user_id)).status_code == 404
    assert call(api, "GET", "/v1/review/orders?limit=0", token(operator.user_id)).status_code == 400
    bad = call(api, "POST", path + "/correct", token(operator.user_id), {"set": [{"line": 1, "sku": "NOPE"}]})
    assert bad.status_code == 400 and "NOPE" in bad.json()["error"]
