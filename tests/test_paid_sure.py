"""``hybrid`` skips the paid model only when the local reading would stand without a person: when the message's
own decision on it confirms. An order the decision holds for a person (its terms, a street address that names a
product) is not "sure", however sure its lines are. Made-up texts against the labelled sets' catalogs."""

from __future__ import annotations

import pytest

from jobs.ai.providers import local_provider
from jobs.language.matching import CatalogIndex
from jobs.pipeline.evaluation import eval_snapshot
from jobs.pipeline.paid import local_is_sure
from tests.trust import index_of


@pytest.fixture(scope="module")
def indexes() -> dict[str, CatalogIndex]:
    return {n: index_of(f"catalog{n}") for n in ("45", "46")}


def _sure(index: CatalogIndex, text: str) -> bool:
    return local_is_sure(local_provider().analyze(text), eval_snapshot(text, 0.85), text, index)


@pytest.mark.parametrize(
    ("catalog", "text"),
    [
        (
            "45",
            "Once the 30-day account is approved please send 6 Maris Piper and 2 Frymax.",
        ),  # ACCOUNT_PENDING
        (
            "45",
            "If you can get it here by 7am Saturday, send 6 Maris Piper and 2 Frymax",
        ),  # CONDITIONAL_ORDER
        ("46", "Sat pls: 2 naomi 70cm, 1 penny lane, 2 stocks. Bev"),  # ADDRESS_OR_GOODS
    ],
)
def test_an_order_held_for_a_person_is_not_sure(
    indexes: dict[str, CatalogIndex], catalog: str, text: str
) -> None:
    assert not _sure(indexes[catalog], text)


@pytest.mark.parametrize(
    ("catalog", "text"),
    [("45", "6 Maris Piper and 2 Frymax please"), ("46", "Sat pls: 2 naomi 70cm, 2 stocks. Bev")],
)
def test_the_same_goods_without_terms_or_address_are_sure(
    indexes: dict[str, CatalogIndex], catalog: str, text: str
) -> None:
    assert _sure(indexes[catalog], text)
