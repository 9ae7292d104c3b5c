"""Learning from corrections: a customer's phrasing for a product, first for that customer, then for the
tenant when several customers agree (#15).

When a reviewer changes the product of a line the AI read, the line's phrase ("black fizzy") is stored
for the order's customer in ``customer_phrases`` with its provenance (order, message, reviewer). The
pipeline reads a customer's ACTIVE phrases with its order guide and applies them to that customer's
messages only (jobs/language/history/). Once corrections of ``TENANT_AGREEMENT`` different customers
agree on a phrase and product, it is also stored in ``learned_phrases``, which the catalog index
(jobs/catalog_cache.py) loads as aliases of their product (and variant), so the same phrasing from any
customer of the tenant matches on its own; that row's change bumps the tenant's catalog version, so every
worker rebuilds its index. A correction with no customer is the tenant's at once, as before.

Poisoning guard, at both levels: a phrase corrected to different products (for one customer, or across
the tenant) is not applied: every row of that phrase there turns CONFLICT and stays listed for a
manager, who resolves it with `remove`. A removed row stays REMOVED (later corrections count on it but
do not revive it).
"""

from __future__ import annotations

import re
import uuid
from typing import Any

import structlog
from sqlalchemy import text
from sqlalchemy.orm import Session

from db.enums import LearnedStatus
from jobs.language.learned import learned_key
from jobs.review.actor import Actor, Area, actor_session

log = structlog.get_logger("oms.learning")

MAX_PHRASE = 300
TENANT_AGREEMENT = 2  # customers whose corrections must agree before a phrase is the whole tenant's


class UnknownPhrase(LookupError):
    pass


def normalize_phrase(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.strip().lower())[:MAX_PHRASE]


def phrase_of(line: dict[str, Any]) -> str:
    """The phrasing to learn from an extracted line (its product words and size, as the catalog's
    training examples are indexed); the same key the pipeline looks a customer's phrases up by."""
    return learned_key(line.get("phrase"), line.get("size"))


def learn_phrase(
    s: Session,
    actor: Actor,
    phrase: str,
    *,
    product_id: uuid.UUID,
    variant_id: uuid.UUID | None,
    customer_id: uuid.UUID | None,
    order_id: uuid.UUID | None,
    message_id: uuid.UUID | None,
) -> str:
    """Record that `phrase` means `product_id` for `customer_id` (and for the tenant once enough
    customers agree, or at once without a customer); returns the phrase's status afterwards: the
    tenant row's, or "CUSTOMER" when it is learned for the customer only."""
    phrase = normalize_phrase(phrase)
    params = {
        "phrase": phrase,
        "p": product_id,
        "v": variant_id,
        "c": customer_id,
        "o": order_id,
        "m": message_id,
        "u": actor.user_id,
    }
    if customer_id is None:
        return _learn_for_tenant(s, params)
    # Corrections of one phrase queue here (per tenant and phrase), so the agreement count below sees
    # the other customers' committed rows.
    s.execute(
        text(
            "SELECT pg_advisory_xact_lock(hashtextextended(CAST(get_current_distributor_id() AS text) || :phrase, 0))"
        ),
        {"phrase": phrase},
    )
    s.execute(
        text(
            "INSERT INTO customer_phrases (distributor_id, customer_id, phrase, product_id, variant_id, "
            "source_order_id, source_message_id, created_by) VALUES ((SELECT get_current_distributor_id()), "
            ":c, :phrase, :p, :v, :o, :m, :u) ON CONFLICT (customer_id, phrase, product_id) DO UPDATE SET "
            "corrections = customer_phrases.corrections + 1, variant_id = EXCLUDED.variant_id"
        ),
        params,
    )
    status = _settle(s, phrase, customer_id)
    agreeing = s.execute(
        text(
            "SELECT count(DISTINCT customer_id) FROM customer_phrases WHERE phrase = :phrase "
            "AND product_id = :p AND status = 'ACTIVE'"
        ),
        params,
    ).scalar_one()
    log.info("phrase_learned_for_customer", product_id=str(product_id), status=status, customers=agreeing)
    if status == LearnedStatus.ACTIVE.value and agreeing >= TENANT_AGREEMENT:
        return _learn_for_tenant(s, params)
    return "CUSTOMER" if status == LearnedStatus.ACTIVE.value else status


def _learn_for_tenant(s: Session, params: dict[str, Any]) -> str:
    # The INSERT's statement trigger locks the tenant's catalog version row until commit, so two
    # corrections of one tenant queue here and the guard below sees the other's row.
    s.execute(
        text(
            "INSERT INTO learned_phrases (distributor_id, phrase, product_id, variant_id, customer_id, "
            "source_order_id, source_message_id, created_by) VALUES ((SELECT get_current_distributor_id()), "
            ":phrase, :p, :v, :c, :o, :m, :u) ON CONFLICT (distributor_id, phrase, product_id) DO UPDATE SET "
            "corrections = learned_phrases.corrections + 1, variant_id = EXCLUDED.variant_id"
        ),
        params,
    )
    status = _settle(s, params["phrase"])
    log.info("phrase_learned", product_id=str(params["p"]), status=status, order_id=str(params["o"]))
    return status


def _settle(s: Session, phrase: str, customer_id: uuid.UUID | None = None) -> str:
    """ACTIVE when every live row of the phrase names one product, else CONFLICT for all of them: the
    tenant's rows, or with `customer_id` that customer's."""
    table, scope = ("customer_phrases", "AND customer_id = :c") if customer_id else ("learned_phrases", "")
    products = s.execute(
        text(
            f"SELECT count(DISTINCT product_id) FROM {table} WHERE phrase = :phrase {scope} "
            "AND status <> 'REMOVED'"
        ),
        {"phrase": phrase, "c": customer_id},
    ).scalar_one()
    status = LearnedStatus.ACTIVE if products <= 1 else LearnedStatus.CONFLICT
    s.execute(
        text(
            f"UPDATE {table} SET status = :st WHERE phrase = :phrase {scope} AND status <> 'REMOVED' "
            "AND status <> :st"
        ),
        {"st": status.value, "phrase": phrase, "c": customer_id},
    )
    if status == LearnedStatus.CONFLICT:
        log.warning("learned_phrase_conflict", products=products)
    return status.value


_LIST = """
SELECT * FROM (
SELECT 'tenant' AS scope, lp.id, lp.phrase, lp.status, lp.corrections, p.sku, v.name AS variant,
       lp.customer_id, c.business_name, lp.source_order_id, lp.source_message_id, lp.created_by,
       lp.removed_by, lp.removed_at, lp.created_at, lp.updated_at
FROM learned_phrases lp JOIN products p ON p.id = lp.product_id
LEFT JOIN product_variants v ON v.id = lp.variant_id LEFT JOIN customers c ON c.id = lp.customer_id
WHERE (CAST(:st AS text) IS NULL OR lp.status = :st)
UNION ALL
SELECT 'customer', cp.id, cp.phrase, cp.status, cp.corrections, p.sku, v.name, cp.customer_id,
       c.business_name, cp.source_order_id, cp.source_message_id, cp.created_by, cp.removed_by,
       cp.removed_at, cp.created_at, cp.updated_at
FROM customer_phrases cp JOIN products p ON p.id = cp.product_id
LEFT JOIN product_variants v ON v.id = cp.variant_id JOIN customers c ON c.id = cp.customer_id
WHERE (CAST(:st AS text) IS NULL OR cp.status = :st)
) learned ORDER BY status = 'CONFLICT' DESC, scope DESC, phrase, sku
"""


def list_learned(actor: Actor, status: str | None = None) -> list[dict[str, Any]]:
    """What the tenant has learned, conflicts first, with provenance: the tenant's phrases (catalog
    aliases for every customer) and each customer's own (``scope``)."""
    with actor_session(actor) as s:
        rows = s.execute(text(_LIST), {"st": status.upper() if status else None}).all()
    return [
        {
            "id": str(r.id),
            "scope": r.scope,
            "phrase": r.phrase,
            "sku": r.sku,
            "variant": r.variant,
            "status": r.status,
            "corrections": r.corrections,
            "customer_id": str(r.customer_id) if r.customer_id else None,
            "customer": r.business_name,
            "source_order_id": str(r.source_order_id) if r.source_order_id else None,
            "source_message_id": str(r.source_message_id) if r.source_message_id else None,
            "created_by": str(r.created_by) if r.created_by else None,
            "removed_by": str(r.removed_by) if r.removed_by else None,
            "removed_at": r.removed_at.isoformat() if r.removed_at else None,
            "created_at": r.created_at.isoformat(),
            "updated_at": r.updated_at.isoformat(),
        }
        for r in rows
    ]


def remove_learned(actor: Actor, learned_id: uuid.UUID) -> dict[str, Any]:
    """Undo one learned phrasing, the tenant's or a customer's (MANAGER and above: it changes what the
    matcher does). If it was one side of a conflict, the phrase's other mapping becomes ACTIVE again."""
    actor.require(Area.CATALOG)
    removal = "SET status = 'REMOVED', removed_by = :u, removed_at = now() WHERE id = :id"
    with actor_session(actor) as s:
        params = {"id": learned_id, "u": actor.user_id}
        row = s.execute(text(f"UPDATE learned_phrases {removal} RETURNING phrase"), params).one_or_none()
        customer = None
        if row is None:
            row = s.execute(
                text(f"UPDATE customer_phrases {removal} RETURNING phrase, customer_id"), params
            ).one_or_none()
            customer = row.customer_id if row is not None else None
        if row is None:
            raise UnknownPhrase(f"no learned phrase {learned_id}")
        status = _settle(s, row.phrase, customer)
    log.info("learned_phrase_removed", learned_id=str(learned_id), phrase_status=status)
    return {"id": str(learned_id), "status": LearnedStatus.REMOVED.value, "phrase_status": status}


def learned_aliases(s: Session) -> dict[Any, list[tuple[str, Any]]]:
    """ACTIVE phrasings by product id: (phrase, variant id or None), for the catalog index."""
    out: dict[Any, list[tuple[str, Any]]] = {}
    for r in s.execute(
        text(
            "SELECT product_id, phrase, variant_id FROM learned_phrases WHERE status = 'ACTIVE' ORDER BY phrase"
        )
    ):
        out.setdefault(r.product_id, []).append((r.phrase, r.variant_id))
    return out
