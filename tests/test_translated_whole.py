"""Issue #10: TRANSLATED_WHOLE (jobs/language/matching/score.py). A translated line whose every word a translated
catalog string names ("kisle smetane" of the alias "kisla smetana": sour, cream; "calamares" of "calamari rings")
is read as an English line would be, not as the look-alike TRANSLATED_IN_PART guards against: two translations
meeting in one word of a longer line ("vinho verde", wine + green, of the alias "gruner"). A made-up catalog."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.enums import OrderStatus
from jobs.language.matching import CatalogIndex, load_catalog_json
from tests.trust import confirmed, decision_for

DELI = {
    "currency": "GBP",
    "categories": ["Deli", "Wine"],
    "products": [
        {
            "sku": "SOUR-CREAM",
            "name": "Soured Cream 20% 500g",
            "category": "Deli",
            "unit": "each",
            "unit_price": "2.10",
            "aliases": ["kisla smetana"],
            "keywords": [],
        },
        {
            "sku": "SQUID-RINGS",
            "name": "Breaded Squid Rings 1kg",
            "category": "Deli",
            "unit": "bag",
            "unit_price": "7.00",
            "aliases": ["calamari rings"],
            "keywords": [],
        },
        {
            "sku": "GRUNER",
            "name": "Gruner Veltliner 75cl",
            "category": "Wine",
            "unit": "bottle",
            "unit_price": "12.00",
            "aliases": ["gruner"],
            "keywords": [],
        },
    ],
}


@pytest.fixture(scope="module")
def deli(tmp_path_factory: pytest.TempPathFactory) -> CatalogIndex:
    path: Path = tmp_path_factory.mktemp("deli") / "catalog.json"
    path.write_text(json.dumps(DELI), encoding="utf-8")
    return CatalogIndex.build(load_catalog_json(path))


@pytest.mark.parametrize(
    ("text", "line"), [("kisle smetane 3", ("SOUR-CREAM", "3")), ("2 calamares", ("SQUID-RINGS", "2"))]
)
def test_a_line_whose_every_word_the_alias_names_is_confirmed(
    deli: CatalogIndex, text: str, line: tuple[str, str]
) -> None:
    assert confirmed(deli, text) == [line]


@pytest.mark.parametrize("text", ["6 vinho verde", "3 garrafas vinho verde"])
def test_translations_meeting_in_one_word_stay_a_question(deli: CatalogIndex, text: str) -> None:
    decision = decision_for(deli, text, OrderStatus.REVIEW)
    assert all("only a translation of" in m.reason for m in decision.matches)
