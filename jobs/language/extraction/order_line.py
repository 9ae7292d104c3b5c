"""An order line as the extractor reads it: what the rest of the system receives."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class OrderLine:
    """One requested line, before it is matched to the catalog."""

    quantity: Decimal
    unit: str | None
    size: str | None
    phrase: str
    original_text: str
    quantity_explicit: bool
    # False: a part of the message the extractor could not read as an order line but that may still ask
    # for goods (a number or a product-like word it could not place). Such a line is kept for the
    # reviewer and always sends the order to review; it is never auto-confirmed.
    understood: bool = True
    # The not-understood part holds a number that is no time/date/phone/price/reference, or a food or
    # drink word: it looks like a request for goods even if the catalog knows none of its words.
    goods_hint: bool = False
    # SELF_CORRECTION: the customer corrected this line later in the same message ("no wait make it 4");
    # the line holds the corrected reading.
    corrected: bool = False
    # SIDE_QUESTION: a part not understood that is a question beside the order ("also do you stock oat
    # milk?"), not a request for goods; it goes into the order's notes and does not hold the order.
    question: bool = False
    # How many of the phrase's first words were written before its count, when words follow the count too
    # ("speedway meeting fri night 4 box beef dogs"): the matcher's LEAD_WORDS second look (rematch.py).
    lead_words: int = 0
    # UNREAD_LIST_ITEM: a part not understood that is a line of its own after a counted line of the order
    # ("老干妈 2箱 / 黄油"), made of words that are no talk: an item the system could not read, which holds the
    # order for a person even when none of its words is known as goods.
    listed: bool = False
