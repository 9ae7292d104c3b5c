"""A name alone after the last item signs the message off; it is not a line that matched nothing."""

from __future__ import annotations

import re

from jobs.language.extraction import names_goods
from jobs.language.extraction.number_words import NUMBER_WORDS
from jobs.language.matching.evidence import LineMatch
from jobs.language.matching.vocabulary import SIZE_LABELS

# "... and 1 tub of machine tablets. Priya", "Janet Holloway / Greenfield Primary School", "Olu Adeyemi /
# Head Chef": a message that ends in names alone signs off. Each such line: capitalised words (with the
# particles of names and places), no number word, no quantity of its own, and no food or drink word, that
# match nothing. A capitalised word the catalog does not know and no goods vocabulary names is read as
# a name ("Kombucha" alone would be; "Prosecco" is goods and stays for a reviewer).
_PARTICLE = r"(?:de|da|di|del|della|van|von|der|den|du|la|le|el|y|e|and|&|of|the)"
# a UK postcode is a word of an address line ("7 Walcot Street, Bath BA1 5BN")
_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}"
_WORD = r"(?:" + _POSTCODE + r"|[A-ZÀ-Þ][\w'’-]*\.?:?|" + _PARTICLE + r")"
# "Tel 020 7946 0274", "Green Lane Care Home, 27 Green Lane": a contact line may end in numbers
_NUMBERS = r"(?:\s*[,|·]?\s+[\d()+][\d()+ -]*)?"
# numbers an address or contact line may hold without counting anything: a postcode, a phone number
_ADDRESS_NUMBERS = re.compile(_POSTCODE + r"|[,|]?\s*\+?[\d()][\d() -]{5,}$")
_NAME_RE = re.compile(_WORD + r"(?:\s*[,|·]?\s+(?:\d{1,4}\s+)?" + _WORD + r"){0,7}" + _NUMBERS)


def signature_start(matches: list[LineMatch]) -> int:
    """Where the closing names begin (len(matches) when there are none); at least one line stays."""
    k = len(matches)
    while k > 1 and _is_name_line(matches[k - 1]):
        k -= 1
    return k


def _is_name_line(m: LineMatch) -> bool:
    line = m.line
    text = line.original_text.strip()
    return (
        (m.product is None or not line.understood)  # a part not understood only has a best guess
        and not line.corrected  # "no sorry": a correction the reader could not apply is no name
        and _NAME_RE.fullmatch(text) is not None
        and (not line.quantity_explicit or not any(ch.isdigit() for ch in _ADDRESS_NUMBERS.sub("", text)))
        and not any(w.lower().strip(".,") in NUMBER_WORDS for w in text.split())
        and not names_goods(text)
        and not any(w.lower() in SIZE_LABELS for w in re.findall(r"\w+", text))  # "Größe M" is a size
    )
