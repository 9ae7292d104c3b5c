"""OUTSCORED_PICK (issue #10, jobs/language/matching/score.py `_outscored_by`): a line `choose` resolves to a product
another candidate scores above is never confirmed as it stands; a line naming its product word for word still is. The
catalog is made up for the test (a hair salon supplier), shaped as a studied set's colour beside its developer: "8-0
lumora" is the colour's shade, but the developer's alias "lumora 20 vol" scores higher."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jobs.language.extraction import OrderLine
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.language.matching.evidence import LineMatch
from jobs.language.matching.guards import OUTSCORED_PICK, guard_notes
from jobs.language.matching.score import match_line
from jobs.language.matching.weights import WEIGHTS


def _shade(name: str) -> dict:
    return {"name": name, "variant_type": "COLOR", "ai_aliases": [f"lumora royal {name}"]}


@pytest.fixture(scope="module")
def salon() -> CatalogIndex:
    colour = {
        "sku": "LUM-60",
        "name": "Velmor Lumora Permanent Colour 60ml",
        "category": "Colour",
        "unit": "each",
        "unit_price": "7.95",
        "aliases": ["lumora royal", "lumora royal colour"],
        "keywords": ["velmor colour"],
        "variants": [_shade(n) for n in ("5-0", "6-0", "7-1", "8-0", "9-1")],
    }
    developer = {
        "sku": "LOX-20",
        "name": "Velmor Lumora Oil Developer 6% 20 Vol 1L",
        "category": "Developers",
        "unit": "bottle",
        "unit_price": "5.40",
        "aliases": ["lumora developer 6%", "lumora 20 vol", "lumora oil developer 20"],
        "keywords": ["velmor peroxide"],
        "variants": [],
    }
    categories = [{"name": n, "parent": None, "ai_keywords": []} for n in ("Colour", "Developers")]
    return CatalogIndex.build(load_catalog_json({"categories": categories, "products": [colour, developer]}))


def _match(index: CatalogIndex, phrase: str) -> LineMatch:
    return match_line(index, OrderLine(Decimal(2), None, None, phrase, f"2 {phrase}", True))


@pytest.mark.parametrize("phrase", ["8-0 lumora", "lumora 8-0"])
def test_a_pick_outscored_by_a_runner_up_waits_for_a_person(salon: CatalogIndex, phrase: str) -> None:
    m = _match(salon, phrase)
    assert m.product is not None and m.product.sku == "LUM-60"  # still the line's product, for the reviewer
    assert (
        m.confidence <= WEIGHTS.outscored_cap
    )  # before: 0.847, the confirmation threshold of a tenant at 0.8
    assert OUTSCORED_PICK in guard_notes(m.reason)


def test_a_line_naming_the_pick_word_for_word_is_not_this_rule(salon: CatalogIndex) -> None:
    m = _match(salon, "lumora royal 8-0")
    assert m.product is not None and m.product.sku == "LUM-60"
    assert m.confidence > WEIGHTS.outscored_cap
    assert OUTSCORED_PICK not in m.reason
