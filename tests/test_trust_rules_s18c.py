"""Issue #10 rule classes worked in session 18 on the released sets 64 (Chinese restaurant supply) and 65 (German,
Austrian and Swiss butcher, bakery and Gasthaus supply), through the worker's own analysis (`plan_for_text` ->
`analyse`) against their catalogs."""

from __future__ import annotations

import pytest

from jobs.language.matching import CatalogIndex
from tests.trust import confirmed, index_of, review


@pytest.fixture(scope="module")
def indexes() -> dict[str, CatalogIndex]:
    return {n: index_of(f"catalog{n}") for n in ("64", "65")}


# ------------------------------------------------------------------ KARTON_PACK_COUNT
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Bitte noch 40 Paar Landjäger", [("LANDJAEGER-20", "2")]),  # (Karton 20 Paar): 2 boxes
        ("Bitte 100 Germwürfel", [("HEFE-FRISCH", "2")]),  # (Karton 50)
        ("2 Karton Kaisersemmel", [("KAISERSEMMEL-TK", "2")]),  # the Karton itself stays the box
    ],
)
def test_a_karton_count_in_the_name_is_the_box_count(
    indexes: dict[str, CatalogIndex], text: str, pairs: list[tuple[str, str]]
) -> None:
    assert confirmed(indexes["65"], text) == pairs


@pytest.mark.parametrize("text", ["We'll need 150 Kaisersemmel", "Yarın 40 tane Laugenbrötchen lazım"])
def test_a_count_that_is_no_whole_karton_is_asked(indexes: dict[str, CatalogIndex], text: str) -> None:
    assert review(indexes["65"], text)
