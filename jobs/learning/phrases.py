"""Learning from corrections: a customer's phrasing for a product becomes a tenant alias.

When a reviewer changes the product of a line the AI read, the line's phrase ("black fizzy") is stored
in ``learned_phrases`` with its provenance (customer, order, message, reviewer). The catalog index
(jobs/catalog_cache.py) loads ACTIVE phrases as aliases of their product (and variant), so the same
phrasing from any customer of the tenant matches on its own; the row's change bumps the tenant's catalog
version, so every worker rebuilds its index. The matcher's scoring is unchanged.

Poisoning guard: a phrase corrected to different products is not learned: every row of that phrase
turns CONFLICT (not loaded) and stays listed for an admin, who resolves it with `remove`. A removed row
stays REMOVED (later corrections count on it but do not revive it).
"""

from __future__ import annotations

import re
import uuid
from typing import Any

import structlog
from sqlalchemy import text
from sqlalchemy.orm import Session

from db.enums import LearnedStatus
from jobs.review.actor import Actor, Area, actor_session

log = structlog.get_logger("oms.learning")

MAX_PHRASE = 300


class UnknownPhrase(LookupError):
    pass


def normalize_phrase(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.strip().lower())[:MAX_PHRASE]


def phrase_of(line: dict[str, Any]) -> str:
    """The phrasing to learn from an extracted line (its product words and size, as the catalog's
    training examples are indexed)."""
    return normalize_phrase(f"{line.get('phrase') or ''} {line.get('size') or ''}")


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
    """Record that `phrase` means `product_id`; returns the phrase's status afterwards."""
    phrase = normalize_phrase(phrase)
    # The INSERT's statement trigger locks the tenant's catalog version row until commit, so two
    # corrections of one tenant queue here and the guard below sees the other's row.
    s.execute(
        text(
            "INSERT INTO learned_phrases (distributor_id, phrase, product_id, variant_id, customer_id, "
            "source_order_id, source_message_id, created_by) VALUES ((SELECT get_current_distributor_id()), "
            ":phrase, :p, :v, :c, :o, :m, :u) ON CONFLICT (distributor_id, phrase, product_id) DO UPDATE SET "
            "corrections = learned_phrases.corrections + 1, variant_id = EXCLUDED.variant_id"
        ),
        {
            "phrase": phrase,
            "p": product_id,
            "v": variant_id,
            "c": customer_id,
            "o": order_id,
            "m": message_id,
            "u": actor.user_id,
        },
    )
    status = _settle(s, phrase)
    log.info("phrase_learned", product_id=str(product_id), status=status, order_id=str(order_id))
    return status


def _settle(s: Session, phrase: str) -> str:
    """ACTIVE when every live row of the phrase names one product, else CONFLICT for all of them."""
    products = s.execute(
        text(
            "SELECT count(DISTINCT product_id) FROM learned_phrases WHERE phrase = :phrase AND status <> 'REMOVED'"
        ),
        {"phrase": phrase},
    ).scalar_one()
    status = LearnedStatus.ACTIVE if products <= 1 else LearnedStatus.CONFLICT
    s.execute(
        text(
            "UPDATE learned_phrases SET status = :st WHERE phrase = :phrase AND status <> 'REMOVED' "
            "AND status <> :st"
        ),
        {"st": status.value, "phrase": phrase},
    )
    if status == LearnedStatus.CONFLICT:
        log.warning("learned_phrase_conflict", products=products)
    return status.value


def list_learned(actor: Actor, status: str | None = None) -> list[dict[str, Any]]:
    """What the tenant has learned, conflicts first, with provenance."""
    where = "WHERE lp.status = :st" if status else ""
    with actor_session(actor) as s:
        rows = s.execute(
            text(
                "SELECT lp.id, lp.phrase, lp.status, lp.corrections, p.sku, v.name AS variant, "
                "lp.customer_id, c.business_name, lp.source_order_id, lp.source_message_id, lp.created_by, "
                "lp.removed_by, lp.removed_at, lp.created_at, lp.updated_at FROM learned_phrases lp "
                "JOIN products p ON p.id = lp.product_id LEFT JOIN product_variants v ON v.id = lp.variant_id "
                "LEFT JOIN customers c ON c.id = lp.customer_id "
                f"{where} ORDER BY (lp.status = 'CONFLICT') DESC, lp.phrase, p.sku"
            ),
            {"st": status.upper() if status else None},
        ).all()
    return [
        {
            "id": str(r.id),
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
    """Undo one learned phrasing (MANAGER and above: it changes what the matcher does). If it was one
    side of a conflict, the phrase's other mapping becomes ACTIVE again."""
    actor.require(Area.CATALOG)
    with actor_session(actor) as s:
        phrase = s.execute(
            text(
                "UPDATE learned_phrases SET status = 'REMOVED', removed_by = :u, removed_at = now() "
                "WHERE id = :id RETURNING phrase"
            ),
            {"id": learned_id, "u": actor.user_id},
        ).scalar_one_or_none()
        if phrase is None:
            raise UnknownPhrase(f"no learned phrase {learned_id}")
        status = _settle(s, phrase)
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
