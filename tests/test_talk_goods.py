"""Talk words that are also goods words (issue #10): the item reader never drops a line as talk for a word a
catalog names goods with ("a custard mix" was dropped and the order confirmed without it). What the user sees:
the worker's decision (`plan_for_text`) on the labelled sets' catalogs."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from db.enums import OrderStatus
from jobs.language.extraction.talk_words import GOODS_FIRST_TALK, INSTRUCTION_WORDS, TALK_GOODS_WORDS
from jobs.pipeline.evaluation import plan_for_text, predicted_pairs
from tests.trust import index_of

DATA = Path(__file__).parent / "data"

# Talk words a catalog string holds only as a function word of a longer name, never as the goods' own word:
# "ziemniaki do pieczenia" (Polish "for"), "Pierogi z Kapustą i Grzybami" (Polish "and"), "Not From Concentrate",
# "cut to order", "Boil-Out", "As Good As It Looks", "Jinro Is Back Soju", "stp" (an alias code), "Lovely Lydia" (a rose
# variety: "lydia" alone still names it), "Wet Look Hair Gel" and "Koleston Perfect" (a brand's words: "gel" and
# "koleston" name them), "chat tai" (a Thai rice brand's romanised name: "royal umbrella" names it too), "per tonne,
# delivered loose" (how the limestone is sold, not what it is).
_FUNCTION_WORDS = frozenset(
    {"do", "i", "not", "order", "out", "it", "is", "stp", "lovely", "look", "perfect", "chat", "delivered"}
)


def _catalog_words() -> dict[str, str]:
    """Every word of a product's (and its variants') name, aliases and keywords, and of a category's name and
    keywords, in tests/data, with one string that holds it."""
    words: dict[str, str] = {}
    for path in sorted(DATA.glob("catalog*.json")):
        catalog = json.loads(path.read_text(encoding="utf-8"))
        strings = [s for c in catalog.get("categories", []) for s in (c["name"], *c.get("ai_keywords", []))]
        for p in catalog["products"]:
            strings += [p["name"], *p.get("aliases", []), *p.get("keywords", [])]
            strings += [s for v in p.get("variants", []) for s in (v["name"], *v.get("ai_aliases", []))]
        for s in strings:
            plain = "".join(
                c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c)
            )
            for w in re.findall(r"[^\W\d_]+", plain):  # "pære" is one word, not "p" and "re"
                words.setdefault(w, f"{path.name}: {s}")
    return words


def test_every_talk_word_a_catalog_names_goods_with_is_known() -> None:
    words = _catalog_words()
    unknown = {w for w in INSTRUCTION_WORDS if w in words} - TALK_GOODS_WORDS - _FUNCTION_WORDS
    assert not unknown, {w: words[w] for w in unknown}
    assert GOODS_FIRST_TALK <= TALK_GOODS_WORDS
    assert TALK_GOODS_WORDS <= INSTRUCTION_WORDS
    assert not TALK_GOODS_WORDS - words.keys()  # each names goods in some catalog


@pytest.mark.parametrize(
    ("catalog", "text", "line"),
    [
        (
            "catalog38",
            "can I get 4 boxes of nuggets 2 sacks of potatoes and a custard mix",
            ("CUSTARD-MIX-3KG", "1"),
        ),
        ("catalog12", "2 cs coke, a triple sec", ("LIQ-TRIPLE", "1")),
    ],
)
def test_an_article_before_a_goods_word_of_talk_orders_it(
    catalog: str, text: str, line: tuple[str, str]
) -> None:
    plan = plan_for_text(text, index_of(catalog))
    assert plan.decision is not None
    assert line in predicted_pairs(plan.decision.matches)


def test_a_goods_word_of_talk_beside_talk_goes_to_a_person() -> None:
    plan = plan_for_text("4 boxes of nuggets and please send a party mix", index_of("catalog38"))
    assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW
    assert "part of the message was not understood: '4 boxes of nuggets and please send a party mix'" in (
        plan.decision.reasons
    )


def test_talk_stays_talk() -> None:
    for text in ("4 boxes of nuggets, have a great party", "4 boxes of nuggets, give me a call"):
        plan = plan_for_text(text, index_of("catalog38"))
        assert plan.decision is not None
        assert not any("not understood" in r for r in plan.decision.reasons), plan.decision.reasons


def test_a_goods_word_of_talk_beside_a_goods_noun_goes_to_a_person() -> None:
    """ "back" is talk as often as goods ("the old one back", "back door"): beside a goods noun a person reads it."""
    plan = plan_for_text("2 pepsi max cans and a back bacon", index_of("catalog5"))
    assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW
    assert plan.decision.reasons == ("part of the message was not understood: 'a back bacon'",)
