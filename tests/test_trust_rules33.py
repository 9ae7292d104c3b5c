"""Issue #10 rule classes worked in session 11 (a count after a size opens the next item of a spoken list,
purpose tails after a count, a literal name over a near spelling), through the worker's own analysis
(`plan_for_text` -> `analyse`) against the labelled sets' catalogs."""

from __future__ import annotations

import pytest

from db.enums import OrderStatus
from jobs.language.extraction import extract_lines
from jobs.language.matching import CatalogIndex
from jobs.pipeline.decide import VARIANT_REQUIRED
from tests.trust import confirmed, decision_for, index_of, review


@pytest.fixture(scope="module")
def indexes() -> dict[str, CatalogIndex]:
    return {n: index_of(f"catalog{n}") for n in ("34", "35")}


# ------------------------------------------------------------------ a count after a size opens an item
def test_a_count_after_a_size_counts_the_next_item(indexes: dict[str, CatalogIndex]) -> None:
    text = "6 cs highland spring still 500ml 4 cs monster green 2 cs red bull sf"
    assert confirmed(indexes["35"], text) == [
        ("HS-STILL", "6"),
        ("MONSTER-500", "4"),
        ("REDBULL-SF-250", "2"),
    ]


def test_trailing_counts_still_follow_their_item() -> None:
    lines = extract_lines("chicken thighs 15kg mince 10kg")
    assert [(ln.phrase, ln.quantity) for ln in lines] == [("chicken thighs", 15), ("mince", 10)]


# ------------------------------------------------------------------ purpose tails
@pytest.mark.parametrize(
    ("catalog", "text", "pairs"),
    [
        (
            "34",
            "coconut creamer x2 for the vegan menu and 2 mini pearls",
            [("CRM-COCONUT", "2"), ("PRL-MINI", "2")],
        ),
        (
            "35",
            "2 boxes of KitKats and a box of Dairy Milk for the candidates' lounge",
            [("DAIRYMILK", "1"), ("KITKAT-4F", "2")],
        ),
        (
            "34",
            "2 sencha 2 hojicha 1 uji matcha when you're next round",
            [("HOJICHA", "2"), ("MATCHA-CER", "1"), ("TEA-SENCHA", "2")],
        ),
    ],
)
def test_a_purpose_or_when_tail_is_no_product_word(
    indexes: dict[str, CatalogIndex], catalog: str, text: str, pairs: list[tuple[str, str]]
) -> None:
    assert confirmed(indexes[catalog], text) == pairs


# ------------------------------------------------------------------ a literal name over a near spelling
@pytest.mark.parametrize(
    ("text", "sku"), [("2 coconut creamer", "CRM-COCONUT"), ("2 coconut cream", "COCO-CREAM")]
)
def test_a_name_said_literally_beats_one_reached_through_a_near_spelling(
    indexes: dict[str, CatalogIndex], text: str, sku: str
) -> None:
    assert confirmed(indexes["34"], text) == [(sku, "2")]


# ------------------------------------------------------------------ size words of two sized variants
def test_small_is_the_smaller_of_two_sized_variants(indexes: dict[str, CatalogIndex]) -> None:
    decision = decision_for(
        indexes["35"], "2 cases of the small highland spring still", OrderStatus.CONFIRMED
    )
    assert [(m.product and m.product.sku, m.variant and m.variant.name) for m in decision.matches] == [
        ("HS-STILL", "24 x 330ml")
    ]


def test_large_of_three_sizes_is_still_a_question() -> None:
    reasons = review(index_of("catalog24"), "could i get 2 large double creams with tomorrows")
    assert any(r.startswith("line 1 'double creams' confidence 0.60 below threshold") for r in reasons)


# ------------------------------------------------------------------ the single and the case of it
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("black pearls 3kg x 4", [("PRL-BLACK", "4")]),  # the bag, not the case of 6 x 3kg
        ("2 cs black pearls", [("PRL-BLACK-CS", "2")]),  # the line's unit names the case
        ("4 siam gold 400g bags", [("THAI-TEA", "4")]),
        ("1 case thai tea", [("THAI-TEA-CS", "1")]),
    ],
)
def test_the_case_of_a_product_is_named_by_the_lines_unit(
    indexes: dict[str, CatalogIndex], text: str, pairs: list[tuple[str, str]]
) -> None:
    assert confirmed(indexes["34"], text) == pairs


# ------------------------------------------------------------------ remarks that name no goods
def test_a_remark_naming_no_goods_is_no_line() -> None:
    text = "Efharisto re! For Sat: 4 gyros cones and 8 tzatziki, big weekend at Harbour Days"
    assert confirmed(index_of("catalog36"), text) == [("GYROS", "4"), ("TZATZIKI", "8")]


@pytest.mark.parametrize(
    ("catalog", "text", "kept"),
    [
        (
            "catalog36",
            "4 gyros cones, 8 tzatziki, bin liners",
            "line 3 'bin liners' matched nothing",
        ),  # maybe goods it lacks
        (
            "catalog36",
            "4 gyros cones, 8 tzatziki, cucumbers",
            "line 3 'cucumbers' matched nothing",
        ),  # goods the catalog lacks
        (
            "catalog16",
            "bhai wohi usual bhej do aur 2 box haribo tangfastics extra",
            "part of the message was not understood: 'bhai wohi usual bhej do'",
        ),  # the usual (REFERENCE_PART: a part a person reads, not a line)
    ],
)
def test_a_part_that_may_be_goods_or_refers_to_an_order_still_goes_to_a_person(
    catalog: str, text: str, kept: str
) -> None:
    assert kept in review(index_of(catalog), text)


# ------------------------------------------------------------------ lengths are sizes
@pytest.mark.parametrize(
    ("catalog", "text", "variant"),
    [
        ("catalog33", "10 packs pitta 20cm", "Standard 20cm"),
        ("catalog33", "1 box 20cm skewers", "20cm"),
        ("catalog34", "2 cs dome lids 95mm", "95mm"),
    ],
)
def test_centimetres_and_millimetres_name_a_variant(catalog: str, text: str, variant: str) -> None:
    decision = decision_for(index_of(catalog), text, OrderStatus.CONFIRMED)
    assert [m.variant and m.variant.name for m in decision.matches] == [variant]


# ------------------------------------------------------------------ who writes, and how a voice note opens
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "voice note for cases of mythos bottles and to tins of dodoni eight kilo",
            [("FETA-DODONI-TIN", "2"), ("MYTHOS", "4")],
        ),
        (
            "hey its tash from plaka street food 🌯 2 chicken cones 15kg, 20 packs large pitta",
            [("GYROS-CHICKEN-CONE", "2"), ("PITTA-SOUV", "20")],
        ),
        (
            "Dan @ Yamas: forgot 2 boxes pork souvlaki, 1 box 20cm skewers",
            [("SKEWERS-BAMBOO", "1"), ("SOUV-PORK", "2")],
        ),
    ],
)
def test_who_writes_and_a_voice_notes_opening_are_no_items(text: str, pairs: list[tuple[str, str]]) -> None:
    assert confirmed(index_of("catalog33"), text) == pairs


# ------------------------------------------------------------------ a first name signing with a dash
def test_a_first_name_signing_with_a_dash_is_no_item() -> None:
    text = "2 pks white hot dog rolls, 2 cs fanta, 1 cs still water - Sid"
    assert confirmed(index_of("catalog36"), text) == [
        ("FANTA", "2"),
        ("ROLL-HD-WHITE", "2"),
        ("WATER-STILL", "1"),
    ]


# ------------------------------------------------------------------ a word every variant's alias holds
def test_a_word_every_variants_alias_holds_names_no_variant() -> None:
    # "coke 500ml" (the bottle's alias) less its size is "coke", which the cans' alias holds too
    reasons = review(index_of("catalog36"), "add 2 cs coke")
    assert any(r.startswith(VARIANT_REQUIRED) for r in reasons)


def test_where_it_goes_is_no_product_word() -> None:
    lines = extract_lines("can u stick 12 oat milks on the friday drop")
    assert [(ln.phrase, ln.quantity) for ln in lines] == [("oat milks", 12)]


# ------------------------------------------------------------------ a list's label
def test_a_lists_label_before_its_first_count_is_no_item() -> None:
    text = "sunday order 🏋️ 6 cs highland spring still 500ml 4 cs monster green 2 cs red bull sf"
    assert confirmed(index_of("catalog35"), text) == [
        ("HS-STILL", "6"),
        ("MONSTER-500", "4"),
        ("REDBULL-SF-250", "2"),
    ]


# ------------------------------------------------------------------ an article with a unit counts an item
def test_a_tub_of_custard_mix_is_an_item_not_talk() -> None:
    lines = extract_lines("can I get 4 boxes of nuggets 2 sacks of potatoes and a tub of custard mix")
    assert [(ln.phrase, ln.quantity, ln.unit) for ln in lines][-1] == ("custard mix", 1, "tub")
    assert extract_lines("give me a call") == []


def test_accepting_a_quoted_offer_refers_to_it() -> None:
    text = (
        "Yes please go ahead with that, and add 1 box of black sacks.\n\n> On 2 May 2028, Larkspur Orders "
        "wrote:\n> We can offer 2 cases of fruit salad pots at £10.90 a case this week only."
    )
    assert any(r.startswith("HISTORY_REFERENCE") for r in review(index_of("catalog38"), text))


def test_an_order_that_waits_on_opening_an_account_goes_to_a_person() -> None:
    text = "Can we open a 30 day account? If so add 2 cs burger sauce and a case of regular burger boxes"
    assert any(r.startswith("CREDIT_TERMS") for r in review(index_of("catalog36"), text))


# ------------------------------------------------------------------ a compartment count is a name
@pytest.mark.parametrize(
    ("text", "sku"),
    [("3 cases black 5-compartment bento", "BENTO-5"), ("6 cases black 2 compartment bento", "BENTO-2")],
)
def test_a_compartment_count_is_a_word_of_the_name(text: str, sku: str) -> None:
    decision = decision_for(index_of("catalog37"), text, OrderStatus.CONFIRMED)
    assert [(m.product and m.product.sku, m.variant and m.variant.name) for m in decision.matches] == [
        (sku, "Black")
    ]


def test_the_plain_variant_is_the_one_without_a_compartment_word() -> None:
    text = "8 cases white dinner napkins, 10 cases bagasse 9in, 6 cases cutlery kits"
    decision = decision_for(index_of("catalog20"), text, OrderStatus.CONFIRMED)
    assert [m.variant and m.variant.name for m in decision.matches][1] == "9in"


# ------------------------------------------------------------------ more of who writes and where
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Hiya 👋 can we get 10 x 2 pint whole milk, 2 fromage frais and 3 cases baby wipes for Monday pls 😊 Kerry x",
            [("FROMAGE-FRAIS-24", "2"), ("MILK-WHOLE", "10"), ("WIPES-BABY-12", "3")],
        ),
        (
            "tracy again – forgot 2 bags mixed veg n 2 boxes nuggets. same day ta",
            [("FZ-CHICK-NUGGETS-150", "2"), ("FZ-MIXED-VEG-2500", "2")],
        ),
        (
            "2 cases orange squash, 1 case napkins and 8 white loaves please. It's for the Year 3 trip on the 4th – 55 kids.",
            [("BREAD-WHITE-800", "8"), ("NAPKINS-33-2000", "1"), ("SQUASH-ORANGE-NAS-12", "2")],
        ),
    ],
)
def test_kisses_a_dash_after_who_writes_and_a_school_year_are_no_items(
    text: str, pairs: list[tuple[str, str]]
) -> None:
    assert confirmed(index_of("catalog38"), text) == pairs
