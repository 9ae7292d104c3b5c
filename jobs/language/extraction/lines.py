"""`extract_lines`: a whole message to its order lines, and to the parts it could not read."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from jobs.language.extraction.changes import opens_removal, read_changes, taken_back
from jobs.language.extraction.corrections import (
    TAKE_BACK_RE,
    Correction,
    correction_after_cue,
    cue_only,
    find_correction,
)
from jobs.language.extraction.coverage import asked_line, names_goods, unexplained_number, unread_line
from jobs.language.extraction.items import EachScopes, Item, counted, each_quantity, each_scopes, read, vague
from jobs.language.extraction.measures import SIZE_CLASSES
from jobs.language.extraction.order_line import OrderLine
from jobs.language.extraction.patterns import (
    ASK_RE,
    EACH_RE,
    GREETING_RE,
    IDENTITY_RE,
    PREP_START_RE,
    SIGNOFF_RE,
    THANKS_FOR_RE,
    THANKS_SENTENCE_RE,
    UK_POSTCODE_RE,
)
from jobs.language.extraction.questions import CONDITIONAL_RE, price_question, side_question
from jobs.language.extraction.segments import (
    Segment,
    clean_part,
    drop_signature,
    drop_stated_reasons,
    forwarded_separator_at,
    segments,
    unordered_reasons,
    unquoted,
)
from jobs.language.extraction.sizes import canonical_size
from jobs.language.extraction.talk_words import (
    GOODS_FIRST_TALK,
    INSTRUCTION_WORDS,
    NOTE_STOP,
    PAYMENT_WORDS,
    REFERENCE_WORDS,
    TALK_GOODS_WORDS,
)
from jobs.language.word_patterns import DIGIT_RE

# A phrase of numbers only ("7", "2 3"): a count with nothing to count.
_NUMBERS_ONLY_RE = re.compile(r"(?:[1-9][\d.,]*\s*)+")
# a part opening with a count marked by an x ("2 x ...", "x2 ..."): the notation of an order line (MARKED_REPORT)
_MARKED_ORDER_COUNT = re.compile(r"^\W*(?:\d+\s*[x×]|x\s*\d+)\s+[^\W\d_]", re.IGNORECASE)


# QUANTITY_RANGE: "10-12kg tomatoes", "2 or 3 cases", "2 à 3 caisses": two counts, one line.
_RANGE_RE = re.compile(
    r"(?<![\d.,/])(\d+(?:[.,]\d+)?)\s*(?:-|–|to|or|ou|o|oder|of|a|à|bis)\s*(\d+(?:[.,]\d+)?)(?![\d/])",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _counted_before_rx(count: str) -> re.Pattern[str]:
    """The count said before a range ("4 x chicken breast 4-6oz"), compiled once per count (not in re's
    shared cache, which a pattern per message churns)."""
    return re.compile(rf"(?<![\d.,-]){count}\s*(?:x\b|[^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=256)
def _counted_after_rx(count: str) -> re.Pattern[str]:
    """The count marked by an x after a range, before any other number ("6-8oz x 8"), as `_counted_before_rx`."""
    return re.compile(rf"[^\d]*?[x×]\s*{count}(?![\d.,])", re.IGNORECASE)


def _in_range(raw: str, quantity: Decimal) -> bool:
    """The item's count is one end of a range the part states ("10-12kg": 10 or 12?)."""
    for m in _RANGE_RE.finditer(raw):
        lo, hi = (Decimal(g.replace(",", ".")) for g in m.groups())
        if lo < hi and quantity in (lo, hi):
            count = format(quantity.normalize(), "f")
            if _counted_before_rx(count).search(raw[: m.start()]):
                continue  # "4 x chicken breast 4-6oz": the count is said before; the range is a size
            if _counted_after_rx(count).match(raw[m.end() :]):
                continue  # "cod skinless 6-8oz x 8": the count is marked after it; the range is a grade
            return True
    return False


# What one part of a message reads as (clean(raw), then read(raw, cleaned): pure functions of the part, and the
# street addresses its cleaning dropped), kept for one message: the intent classifier extracts its body again (an
# e-mail without its subject line), and most parts are the same.
Reads = dict[str, tuple[str, list[Item], bool, tuple[str, ...]]]


class Extraction(NamedTuple):
    """What the extractor read in a message: its order lines, and the street addresses it set aside as places
    ("deliver to 12 mill lane", "1 penny lane"), which ADDRESS_OR_GOODS (matching/address_goods.py) reads."""

    lines: list[OrderLine]
    addresses: tuple[str, ...]


def extract_lines(text: str, reads: Reads | None = None) -> list[OrderLine]:
    """The order lines of `extract`."""
    return extract(text, reads).lines


def extract(text: str, reads: Reads | None = None) -> Extraction:
    """Split a message into order lines; greetings, sign-offs and delivery notes are not lines.

    Coverage: every part of the message either becomes a line or is discarded for a reason (a greeting,
    a time, a report of a past problem...). A part discarded without such a reason that still looks like
    a request for goods comes back as a line with ``understood`` False, so that the order goes to review
    instead of looking complete (see `jobs.pipeline.decide.decide_order`). ``reads``: the same message's parts
    already read (`Reads`), filled as it goes."""
    if not text or not text.strip():
        return Extraction([], ())
    prepared = drop_stated_reasons(drop_signature(unquoted(text)))
    changed = taken_back(prepared)
    prepared = read_changes(prepared)
    reading = _Reading({} if reads is None else reads)
    reading.thanks_sentence = THANKS_SENTENCE_RE.search(prepared) is not None
    for seg in segments(prepared):
        reading.segment(seg)
    each = each_quantity(prepared)
    if each is not None:
        reading.apply_each(*each, scopes=each_scopes(prepared))
    lines = reading.lines(conditional=CONDITIONAL_RE.search(prepared) is not None)
    for said in changed:
        # TAKEN_BACK_COUNT: "instead of 3" changes an order the message does not hold, for a person
        lines.append(OrderLine(Decimal(1), None, None, "", said, False, understood=False, goods_hint=True))
    for clause, goods in unordered_reasons(prepared):
        if not any(goods.lower() in ln.phrase for ln in lines):
            # OUT_OF_REASON not ordered again and read by no line: goods asked for, for a person
            lines.append(
                OrderLine(Decimal(1), None, None, goods, clause, False, understood=False, goods_hint=True)
            )
    return Extraction(_restated_above_forward(prepared, lines), tuple(reading.addresses))


def _restated_above_forward(text: str, lines: list[OrderLine]) -> list[OrderLine]:
    """RESTATED_ABOVE_FORWARD (with FORWARDED_SEPARATOR, segments.py): a line of the note above a forwarded mail
    ("we need 4 cases of pelati ... ----\nDaniel wrote:\n... 4 cases pelati for Camden") with the same count,
    unit and goods as a line of the mail below it is that line told again, not a second one."""
    at = forwarded_separator_at(text)
    if at is None:
        return lines

    def said(ln: OrderLine) -> tuple[object, ...]:
        return (ln.quantity, ln.unit, ln.size, ln.phrase)

    below = {said(ln) for ln in lines if ln.understood and text.find(ln.original_text) > at}
    return [
        ln
        for ln in lines
        if not (ln.understood and 0 <= text.find(ln.original_text) < at and said(ln) in below)
    ]


_ELLIPTIC_RE = re.compile(
    r"^\W*(?:and\s+|y\s+|et\s+|e\s+)?\d+(?:[.,]\d+)?\s+(?:of|de|di|do|da)\s+[^\W\d]", re.I
)
_SIZE_ONES_RE = re.compile(r"^\W*the\s+\d+(?:[.,]\d+)?\s*[a-z]+\s+ones?\b", re.IGNORECASE)


class _Reading:
    """The items read so far from a message's segments, and the parts not understood."""

    def __init__(self, reads: Reads) -> None:
        self.reads = reads
        self.parsed: list[tuple[Segment, Item]] = []
        self.unread: list[OrderLine] = []  # parts not understood, in the order met
        # talk that may name goods ("a back bacon"): read by a person even beside a kept line
        self.talk_goods: list[OrderLine] = []
        self.prev_raw: str | None = None  # raw text of the segment that produced parsed[-1]
        self.signed_off = False
        self.thanks_sentence = False  # the message thanks in a sentence of its own (OPENING_THANKS)
        self.cue_alone = False  # the previous part was only a correction cue ("no wait")
        self.cue_text = ""
        self.addresses: dict[str, None] = {}  # the street addresses the parts' cleaning dropped, in order

    def asked(self, raw: str) -> None:
        """A question beside the order (SIDE_QUESTION)."""
        if all(u.original_text != raw.strip() for u in self.unread):
            self.unread.append(asked_line(raw))

    def unresolved_cue(self, text: str) -> None:
        """A part that takes back what came before ("3 boxes of mini pain au choc, no sorry, the standard ones,
        3 boxes") in a way the reader could not apply as a correction: a person reads it (the lines stay as
        read, the order goes to review)."""
        line = OrderLine(
            Decimal(1), None, None, "", text, False, understood=False, goods_hint=True, corrected=True
        )
        self.unread.append(line)

    def not_understood(
        self, raw: str, item: Item | None = None, *, numbers_only: bool = False, listed: bool = False
    ) -> None:
        line = unread_line(raw, item, numbers_only=numbers_only, listed=listed)
        if line is not None and all(u.original_text != line.original_text for u in self.unread):
            self.unread.append(line)

    def removal(self, raw: str) -> None:
        """REMOVAL: "no prosecco this time", "sin dátiles": goods taken out of the order (or a wish about them, "no
        onions"), no order line; a person reads it, as it changes what is sent."""
        self._for_person(raw, "")

    def refers_back(self, raw: str, phrase: str) -> None:
        """REFERENCE_PART: a part without a count that refers to an earlier order ("Comme d'habitude pour mardi",
        "to co zwykle"): not an order line, but a part a person reads, which holds the order for review: the
        order it refers to is not in the message."""
        self._for_person(raw, phrase)

    def _for_person(self, raw: str, phrase: str) -> None:
        """A part no line is read from but a person must read (it holds the order for review), once."""
        line = OrderLine(
            Decimal(1), None, None, phrase, raw.strip(), False, understood=False, goods_hint=True
        )
        if all(u.original_text != line.original_text for u in self.unread):
            self.unread.append(line)

    def talk_of_goods(self, raw: str, phrase: str) -> None:
        """A part set aside as talk that holds a word naming goods as well ("and a back bacon", "a word about
        the custard mix"): a person reads it, it is never dropped silently (TALK_GOODS_WORDS)."""
        line = OrderLine(
            Decimal(1), None, None, phrase, raw.strip(), False, understood=False, goods_hint=True
        )
        if all(u.original_text != line.original_text for u in self.talk_goods):
            self.talk_goods.append(line)

    def segment(self, seg: Segment) -> None:
        """Read one segment: skip greetings, identities and sign-offs, then keep its items."""
        raw = seg.text
        if seg.header or not raw:
            self.prev_raw = None
            return
        correction = find_correction(raw)
        if correction is None and self.cue_alone:
            correction = correction_after_cue(raw)  # "... 3 trays, nee wacht, 2 is genoeg"
            if correction is None and self.parsed and TAKE_BACK_RE.search(self.cue_text):
                self.unresolved_cue(f"{self.cue_text}, {raw.strip()}")
        elif correction is None and self.parsed and TAKE_BACK_RE.search(raw) and not cue_only(raw):
            self.unresolved_cue(raw.strip())
        self.cue_alone = cue_only(raw)
        self.cue_text = raw.strip() if self.cue_alone else ""
        if self.cue_alone and self.parsed:
            return
        if correction is not None and self.correctable(correction):
            self.corrected_segment(seg, raw, correction)
            return
        if opens_removal(raw):
            self.removal(raw)
            return
        has_digit = bool(DIGIT_RE.search(raw))
        if SIGNOFF_RE.match(raw):
            if self.parsed or not (self.thanks_sentence and THANKS_FOR_RE.match(raw)):  # OPENING_THANKS
                self.signed_off = True
            if not has_digit:
                return
        body = GREETING_RE.sub("", raw)
        identity = (IDENTITY_RE.match(body) or IDENTITY_RE.match(raw)) and not unexplained_number(body)
        if identity and not any(it.has_quantity and it.explicit and it.phrase for it in self.read(raw)[1]):
            return  # "it's Kate from the Bluebell" ("its zoe again i'd like three cases of..." orders)
        if body != raw and not has_digit and len(body.split()) <= 3:
            return  # "Hi Tom", "Morning!"
        cleaned, items, set_aside = self.read(raw)  # once per part: read here, checked again below
        if UK_POSTCODE_RE.search(raw) and not any(it.has_quantity and it.explicit for it in items):
            return  # UK_POSTCODE: "London E8 4RT", "Hatfield AL9 5HX" say where the goods go, not what
        # "coke zero 330ml - 2 cs", "mozzarella - 6 blocks": the count completes the previous segment
        dash_count = seg.dash_cont and any(it.has_count for it in items)
        if dash_count and self.merge_into_previous(raw):
            return
        if not items and not set_aside and unexplained_number(cleaned):
            self.not_understood(raw, numbers_only=True)  # numbers were read but no item came out of them
        if set_aside and _MARKED_ORDER_COUNT.match(cleaned):
            # MARKED_REPORT: "2 x freekeh cracked" reads as a report by its state word after the noun, but "2 x"
            # is an order's notation: a person reads it rather than the order confirming without it
            self.not_understood(raw, numbers_only=True)
        for item in items:
            self.item(seg, raw, cleaned, item)

    def correctable(self, correction: Correction) -> bool:
        """Whether a line with a stated quantity or size comes just before the correction (in this part or the one
        before it): "can you make it 4 cases on friday's order" corrects nothing in this message."""
        before = self.read(correction.before)[1] if correction.before else []
        last = before[-1] if before else (self.parsed[-1][1] if self.parsed else None)
        return (
            last is not None
            and bool(last.phrase)
            and ((last.has_quantity and last.explicit) or bool(last.size))
        )

    def corrected_segment(self, seg: Segment, raw: str, correction: Correction) -> None:
        """A segment holding a correction: read what comes before the cue, then apply what follows it to
        the line just before (SELF_CORRECTION), or read it as a line of its own when it is not one."""
        if correction.before:
            self.segment(replace(seg, text=correction.before))
        if self.parsed and self.apply_correction(raw, correction):
            return
        self.segment(replace(seg, text=correction.after))

    def apply_correction(self, raw: str, correction: Correction) -> bool:
        """Replace the previous line's count, or the whole line when the correction names goods; True if
        done."""
        _, items, _ = self.read(correction.after)
        if len(items) != 1:
            return False
        new = items[0]
        prev_seg, prev = self.parsed[-1]
        words, prev_words = set(new.phrase.split()), set(prev.phrase.split())
        bare = not new.phrase or _NUMBERS_ONLY_RE.fullmatch(new.phrase) is not None
        if new.has_quantity and new.explicit and (bare or words <= prev_words or prev_words <= words):
            item = replace(
                prev,
                quantity=new.quantity,
                unit=new.unit or (prev.unit if not new.size else None),
                size=new.size or prev.size,
                explicit=True,
                has_quantity=True,
                has_count=new.has_count or prev.has_count,
                article=False,
            )
        elif not bare:
            item = (
                new
                if new.has_quantity and new.explicit
                else replace(
                    new,
                    quantity=prev.quantity,
                    unit=new.unit or prev.unit,
                    explicit=prev.explicit,
                    has_quantity=prev.has_quantity,
                    has_count=prev.has_count,
                )
            )
        else:
            return False
        text = f"{prev_seg.text} {raw}" if raw not in prev_seg.text else prev_seg.text
        self.parsed[-1] = (replace(prev_seg, text=text, corrected=True), item)
        self.prev_raw = None
        return True

    def read(self, raw: str) -> tuple[str, list[Item], bool]:
        """(clean(raw), its items, whether it was set aside), read once per message."""
        hit = self.reads.get(raw)
        if hit is None:
            cleaned, addresses = clean_part(raw)
            hit = self.reads[raw] = (cleaned, *read(raw, cleaned), addresses)
        self.addresses.update(dict.fromkeys(hit[3]))
        return hit[:3]

    def merge_into_previous(self, raw: str) -> bool:
        """Read this part together with the previous one when that one has no count yet; True if done."""
        if not self.parsed or counted(self.parsed[-1][1]) or self.prev_raw is None:
            return False
        merged_raw = f"{self.prev_raw} {raw}"
        _, merged, _ = self.read(merged_raw)
        if len(merged) == 1 and merged[0].phrase:
            self.parsed[-1] = (Segment(merged_raw, self.parsed[-1][0].in_list), merged[0])
            self.prev_raw = merged_raw
            return True
        return False

    def item(self, seg: Segment, raw: str, cleaned: str, item: Item) -> None:
        """Keep one item of a segment, or give it to the line before, or note it as not understood."""
        if self.signed_off and not (item.has_count and item.phrase):
            if item.phrase:
                self.not_understood(raw, item, numbers_only=True)
            return
        if not item.has_quantity and not item.phrase and item.size in SIZE_CLASSES:
            if self.parsed and self.parsed[-1][1].size is None:
                # "2 cases still water, the small ones": a size alone describes the line before it
                prev_seg, prev = self.parsed[-1]
                self.parsed[-1] = (prev_seg, replace(prev, size=item.size))
            return
        if _SIZE_ONES_RE.match(raw) and item.unit and not item.has_count and self.parsed:
            # "boneless saltfish, the 10kg ones": a measure said as "the ... ones" is the size of the line
            # before it, not 10 kg more of it
            prev_seg, prev = self.parsed[-1]
            size = canonical_size(item.quantity, item.unit)
            if prev.size is None and size is not None:
                self.parsed[-1] = (prev_seg, replace(prev, size=size))
                return
        if not item.has_quantity and (
            PREP_START_RE.match(raw) or (DIGIT_RE.search(raw) and not DIGIT_RE.search(cleaned))
        ):
            self.not_understood(raw, None)  # unless it still names goods
            return  # "for the bakery run wed", "ideally before 11:00": a note, not a product
        if not item.phrase or _NUMBERS_ONLY_RE.fullmatch(item.phrase):
            bare = self.bare_quantity(raw, item)
            if bare is None:
                return
            item = bare
        if item.explicit and _in_range(raw, item.quantity):
            item = replace(item, explicit=False)  # QUANTITY_RANGE: "10-12kg", "2 or 3 cases": a human picks
        self.parsed.append((seg, item))
        self.prev_raw = raw

    def bare_quantity(self, raw: str, item: Item) -> Item | None:
        """An item with a quantity and no product: the product is the previous line's ("if so 6", "and
        2 x 30L"), or it is noted as not understood (None)."""
        if not item.has_quantity or not item.explicit:
            return None
        # a bare quantity ("if so 6") belongs to the product named just before it
        if self.merge_into_previous(raw):
            return None
        if self.parsed and self.parsed[-1][1].phrase and (item.unit or item.size or item.phrase):
            # "1 x 50L heineken keg and 2 x 30L": the product carries over (a bare "7" does not: it is
            # kept as not understood)
            prev = self.parsed[-1][1]
            base = " ".join(w for w in prev.phrase.split() if not re.fullmatch(r"[1-9][\d.,]*", w))
            return Item(
                item.quantity,
                item.unit or prev.unit,
                item.size,
                f"{base} {item.phrase}".strip(),
                item.explicit,
                True,
                item.has_count,
            )
        if not (item.unit or item.size) or self.parsed:
            self.not_understood(raw, item, numbers_only=True)  # a count with nothing to count
            return None
        return item

    def apply_each(self, quantity: Decimal, unit: str | None, scopes: EachScopes | None = None) -> None:
        """ "(1 case each)": the quantity of every listed product that states none of its own. OWN_EACH: a part that
        says its own "N each" keeps its N, and a weight stays the part's ("caixin 3 each, jielan 2 each, shengjiang 3
        kg": the second and third took the first's 3). EACH_SCOPE: of several different "N each" (``scopes``), a part
        takes the one whose list it is in (`EachScopes.around`), or none: never the first for all."""
        at = 0
        for k, (seg, item) in enumerate(self.parsed):
            words = [w for w in item.phrase.split() if w != "each"]
            own = each_quantity(seg.text) if EACH_RE.search(seg.text) else None
            found = scopes.text.find(seg.text, at) if scopes is not None and seg.text else -1
            at = found if found >= 0 else at
            if own is not None or not (
                counted(item) or (item.has_quantity and item.explicit)
            ):  # "生薑 3公斤": 3 kg
                given = (quantity, unit) if scopes is None else scopes.around(found)
                if own is None and given is None:
                    continue  # in no list's scope: the part says no count, for a person
                q, u = own or given or (quantity, unit)
                self.parsed[k] = (seg, Item(q, u or item.unit, item.size, " ".join(words), True, True, True))

    def lines(self, *, conditional: bool = False) -> list[OrderLine]:
        """The order lines kept, then the parts not understood that no kept line covers (questions beside
        the order stay plain parts not understood when the order depends on an answer)."""
        any_quantity = any(item.has_quantity for _s, item in self.parsed)
        out: list[OrderLine] = []
        kept_text: set[str] = set()
        last_unit: str | None = None
        for seg, item in self.parsed:
            if not self.keeps(seg, item, any_quantity, after_order=any(ln.quantity_explicit for ln in out)):
                continue
            kept_text.add(seg.text.strip())
            # ELLIPTIC_UNIT: "6 bottles of white choc sauce and 6 of strawberry": the unit of the line before
            unit = item.unit or (last_unit if _ELLIPTIC_RE.match(seg.text) else None)
            last_unit = unit
            out.append(
                OrderLine(
                    quantity=item.quantity,
                    unit=unit,
                    size=item.size,
                    phrase=item.phrase,
                    original_text=seg.text.strip(),
                    quantity_explicit=item.explicit,
                    corrected=seg.corrected,
                    lead_words=item.lead,
                )
            )
        for line in self.unread:
            if line.original_text not in kept_text and not any(line.original_text in t for t in kept_text):
                out.append(replace(line, question=False) if conditional and line.question else line)
        return out + self.talk_goods

    def keeps(self, seg: Segment, item: Item, any_quantity: bool, *, after_order: bool = False) -> bool:
        """Whether an item is an order line: not a question about a product, not an instruction, and a
        bare product name only inside a list. ``after_order``: lines with stated quantities come before
        it, so a question here is asked beside the order."""
        side = after_order and (
            (not item.has_quantity and not item.article and side_question(seg.text))
            or price_question(seg.text)
        )
        if side and not vague(seg.text):
            self.asked(seg.text)  # "also how much is the 50L keg?": a question beside the order
            return False
        asking = seg.text.rstrip().endswith("?") or ASK_RE.search(seg.text) is not None
        if asking and (not item.explicit or item.article) and not vague(seg.text):
            self.not_understood(seg.text, None)  # "do you do a 1L smirnoff?": a question a human answers
            return False  # it asks about a product, it does not order one
        words = item.phrase.split()
        talk, goods_talk = _talk(words)
        if item.article and item.unit is None and talk:
            if goods_talk:
                self.talk_of_goods(seg.text, item.phrase)  # "and a back bacon": a person reads it
            return False  # "I want a refund", "give me a call"; "a tub of custard mix" counts a tub
        if item.has_quantity:
            return True
        if _refers_back(words) and not names_goods(item.phrase):
            self.refers_back(seg.text, item.phrase)
            return False
        # a bare product name is a line only inside a list, and only if it reads like a product
        is_vague = vague(seg.text)
        if (
            not (seg.bulleted or (seg.in_list and (any_quantity or is_vague)))
            or len(words) > 5
            or any(w in INSTRUCTION_WORDS for w in words)
            or (seg.text.rstrip().endswith("?") and not is_vague)
        ):
            # UNREAD_LIST_ITEM: a line of its own after a counted line is an item the reader could not place
            listed = seg.own_line and after_order and not asking
            self.not_understood(seg.text, None, listed=listed)
            return False
        return True


def _refers_back(words: list[str]) -> bool:
    """REFERENCE_PART: the words refer to an earlier order, not to how it is paid or delivered."""
    return not REFERENCE_WORDS.isdisjoint(words) and PAYMENT_WORDS.isdisjoint(words)


def _talk(words: list[str]) -> tuple[bool, bool]:
    """(whether a phrase holds talk, whether a talk word in it names goods). A word of GOODS_FIRST_TALK beside
    another word that is no talk ("custard mix", "triple sec", "coffee mate") is the line's word, not talk; a
    word of TALK_GOODS_WORDS beside a goods noun ("back bacon"), or one of GOODS_FIRST_TALK beside talk ("party
    mix"), may name goods, for a person to read."""
    named = [w for w in words if w in GOODS_FIRST_TALK or (w not in INSTRUCTION_WORDS and w not in NOTE_STOP)]
    goods_first = len(named) >= 2 and any(w in GOODS_FIRST_TALK for w in named)
    talk = any(w in INSTRUCTION_WORDS and not (goods_first and w in GOODS_FIRST_TALK) for w in words)
    rest = " ".join(w for w in words if w not in TALK_GOODS_WORDS)
    # the words that may name something: "party mix" two, "a mix is fine" one (of nothing)
    said = [w for w in words if w in TALK_GOODS_WORDS or (w not in INSTRUCTION_WORDS and w not in NOTE_STOP)]
    goods_word = names_goods(rest) or (len(said) >= 2 and any(w in GOODS_FIRST_TALK for w in said))
    return talk, goods_first or (goods_word and any(w in TALK_GOODS_WORDS for w in words))
