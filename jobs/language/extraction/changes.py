"""The changes a message makes to an order, as the extractor reads them: "same as last week but 4 cases of coke
instead of 3 and no fanta", "Comme d'habitude, mais 6 halloumi au lieu de 4", "To samo co zwykle, ale bez strongbow i
6 butelek smirnoff zamiast 5". Three rules, each a rewrite of the prepared text (`read_changes`), with their words
as data below:

* TAKEN_BACK_COUNT: the count after "instead of" (before Turkish "yerine", Punjabi "di jagah") is the count taken
  back, not a line: read as a count, it became a line of its own ("3 coke") or gave its count to the wrong words
  ("but" x 4, "coke" x 3). It is cut, with its unit ("instead of 2 cases"), and kept as a part a person reads: it
  changes an order the message does not hold (`taken_back`).
* CHANGE_JOINT: the word that joins a change to the order it changes ("but", "mais", "aber", "ale", "pero con",
  "mas com", "avec") before a count is no word of the product: it was read as one ("but coke", "mas com luvas")
  or as a line of its own. It becomes a separator.
* REMOVAL: "and no prosecco", "sin dátiles", "ale bez strongbow", "but no fish fingers this time" takes goods out
  of the order; run into the next item it was read as that item's words ("haddock no fish fingers"), alone as a
  line. It is set apart as its own part, which opens with the negation and so is no order line but a part a person
  reads (`opens_removal`): it changes what is sent. A negation that names a state of the goods ("sin gluten", "sans
  peau", "no added sugar") is no removal.
"""

from __future__ import annotations

import re

from jobs.language.alternation import Alternation
from jobs.language.extraction.measures import MEASURES
from jobs.language.extraction.number_words import NUMBER_WORDS
from jobs.language.extraction.pack_units import PACK_UNITS
from jobs.language.tables import word_set

# "instead of", said before the count it takes back (as the readers leave it: Greek is read in Latin letters, the
# East African and Japanese tables read theirs as "instead of")
INSTEAD_OF = """
instead of, rather than, in place of, au lieu de, au lieu d', à la place de, a la place de, en vez de, en lugar de,
em vez de, no lugar de, ao invés de, ao inves de, invece di, invece de, invece, al posto di, statt, anstatt,
zamiast, în loc de, in loc de, istället för, istallet for, i stället för, i stallet for, i stedet for, i staden for,
in plaats van, anti gia, anti, in áit, an àite, an aite, yn lle, místo, namiesto, namesto
"""
# ... said after it ("15 kg yerine 12 kg", "6 kar dena 4 di jagah", "6 helyett 12")
INSTEAD_OF_AFTER = "yerine, di jagah, ki jagah, de jagah, ke badle, helyett, sijaan"
# "12 not 10": "not" takes back a count only when nothing but the end of a clause follows it
NOT_WORDS = "not, nicht, pas, nie, não, nao"

# Words that join a change to the order it changes ("but", "with"), before the change's count. The risky ones
# ("ale" is also beer, "men" and "dar" words of other languages) only after a comma or at the start of a part.
BUT_WORDS = "but, pero, però, mas, mais, ma, aber, maar, alla, ama, fakat, ancak, ach, ond, lakini, ila, ali"
BUT_AFTER_COMMA = "ale, men, dar"
WITH_WORDS = "with, con, com, avec, mit, med, cu, gyda, z, ze, me, ile, més, mes, più, piu, plus, dodatkowo"
AND_WORDS = "and, y, e, et, und, i, og, och, ve, kai, și, ja, és, n"
MORE_WORDS = "more, mais, más, mas, extra, noch, encore"

# Negations that take goods out of an order ("no", "sin", "ohne", "bez", "χωρίς" read as "choris")
REMOVAL_WORDS = """
no, without, minus, except, sin, sans, pas de, senza, niente, ohne, kein, keine, keinen, bez, sem, fără, fara,
uden, utan, zonder, geen, ingen, choris, xoris, heb, nada de
"""
# ... unless what follows is no goods: "no worries", "no rush" ("drop" is no removal word: "drop at depot")
NOT_REMOVED = word_set(
    "it them off in by round me us worries worry problem problems rush hurry stress pressure"
)
# ... unless they name a state of the goods: "sin gluten", "sans peau", "no added sugar", "ohne Knochen"
GOODS_STATES = word_set("""
    gluten glutine glúten glutenu lactose lactosa laktose lattosio laktozy lactoză sugar sugars azucar azúcar sucre
    zucker zucchero açúcar acucar cukru zahar zahăr added salt sal sale sel salz sól soli gas gaz kohlensäure
    alcohol alkohol alcool alcol alkoholu ice hielo glace eis ghiaccio bone bones boneless hueso huesos espinas os
    arêtes aretes knochen gräten osso ossa kosti skin skins piel peau haut pelle pele skóry skory seeds seed
    semillas pepitas pips graines kerne semi sementes pestek stone stones pits noyau noyaux hueso cáscara cascara
    shell shells coquille schale guscio casca caffeine cafeína cafeina koffein caffeina kofeiny fat grasa
    fett grassi gordura tłuszczu dairy leche lait milch latte leite mleka nuts nut frutos nüsse
    preservatives conservantes conservateurs additives aditivos onion onions cebolla oignon garlic ajo ail crust
    rind crusts crosta crosta corteza
""")


def _alt(phrases: str) -> str:
    """A regular-expression alternation of comma-separated phrases, spaces as any run of spaces."""
    words = [" ".join(p.split()) for p in phrases.split(",") if p.strip()]
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))
    return rf"(?:{body})(?![\w'])"


def _words(words: set[str] | frozenset[str]) -> str:
    """A regular-expression alternation of whole words."""
    return (
        r"(?<![\w'])(?:"
        + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        + r")(?![\w'])"
    )


_DIGITS = r"(?<![\d.,/-])\d+(?:[.,]\d+)?(?![\d/-])"
_NUMBER = rf"(?:{_DIGITS}|{_words(set(NUMBER_WORDS) | {'une', 'una', 'uno', 'one'})})"
_UNIT = _words(set(PACK_UNITS) | set(MEASURES))
_COUNT = rf"{_NUMBER}(?:\s*{_UNIT})?"

# Spaces inside a line: a joint never reaches across lines ("Temat: dodatkowo\n\n3 kartony" is a subject line)
_S = r"[ \t]"
# TAKEN_BACK_COUNT. An Alternation (jobs/language/alternation.py): a text holding none of the words above (most
# messages) is not scanned at all; every result is the whole pattern's (tests/test_alternation.py)
_TAKEN_BACK_RE = Alternation(
    [
        rf"{_S}*(?<![\w'])(?:{_alt(INSTEAD_OF)}){_S}*{_COUNT}(?![\w+%])",
        rf"{_S}*(?<![\w'])(?:{_alt(NOT_WORDS)}){_S}+{_NUMBER}"
        rf"(?={_S}*(?:[,.;:!)\n-]|$|\(|{_S}(?:and|for|pls|please|thanks|this)\b))",
        rf"{_S}*{_DIGITS}(?:{_S}*{_UNIT})?{_S}+(?:{_alt(INSTEAD_OF_AFTER)})",
    ],
    re.IGNORECASE | re.MULTILINE,
)
_NEGATION = rf"(?:{_alt(REMOVAL_WORDS)})"
_OPENS = r"(?:(?<=[,;:])|^)"  # at the start of a line or after a separator
# CHANGE_JOINT: "but 4", "mais avec 2", ", ale 5", "pero con 6", "mas com mais 2", ", avec 2", "y con 3"
_JOINT_RE = re.compile(
    rf"(?:(?<![\w'])(?:{_alt(BUT_WORDS)})|{_OPENS}{_S}*(?:{_alt(BUT_AFTER_COMMA)})){_S}*,?{_S}+"
    rf"(?:(?:{_alt(WITH_WORDS)}){_S}+)?(?:(?:{_alt(MORE_WORDS)}){_S}+)?(?=\d|{_NEGATION}{_S})"
    rf"|(?:{_OPENS}|(?<![\w'])(?:{_alt(AND_WORDS)})){_S}*(?:{_alt(WITH_WORDS)}){_S}+"
    rf"(?:(?:{_alt(MORE_WORDS)}){_S}+)?(?=\d)",
    re.IGNORECASE | re.MULTILINE,
)
# REMOVAL: a negation after a joint or at the start of a part, not naming a state of the goods
_REMOVED = (
    rf"(?<![\w']){_NEGATION}{_S}+(?:(?:the|any|el|la|los|las|le|les|il|lo|de|du|des|den|die|das|der|a|o|os|as)"
    rf"{_S}+)?(?!{_words(GOODS_STATES | NOT_REMOVED)})[^\W\d_]"
)
_REMOVAL_RE = re.compile(
    rf"(?:{_OPENS}|(?<![\w'])(?:{_alt(AND_WORDS)}|{_alt(BUT_WORDS)}|also|plus)){_S}*(?={_REMOVED})",
    re.IGNORECASE | re.MULTILINE,
)
_OPENS_REMOVAL_RE = re.compile(rf"^\W*{_REMOVED}", re.IGNORECASE)


def taken_back(text: str) -> list[str]:
    """The counts taken back ("instead of 3", "4 di jagah"): each names an order the message does not hold (the
    earlier one it changes), for a person to read (TAKEN_BACK_COUNT)."""
    return [m.group(0).strip() for m in _TAKEN_BACK_RE.finditer(text)]


def _separator(m: re.Match[str]) -> str:
    """A separator for a joint, unless the joint opens a part already (then nothing)."""
    return ", " if m.group(0).strip(" ,;:") else m.group(0)


def read_changes(text: str) -> str:
    """The text with its taken-back counts cut (TAKEN_BACK_COUNT), its joints made separators (CHANGE_JOINT) and
    its removals set apart (REMOVAL)."""
    text = _TAKEN_BACK_RE.sub("", text)
    text = _JOINT_RE.sub(_separator, text)
    return _REMOVAL_RE.sub(_separator, text)


def opens_removal(part: str) -> bool:
    """The part takes goods out of the order ("no prosecco this time", "sin dátiles"): no line (REMOVAL)."""
    return _OPENS_REMOVAL_RE.match(part) is not None and not any(c.isdigit() for c in part)
