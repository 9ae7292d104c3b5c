"""Order-line extraction: free text -> (quantity, unit, size, product phrase) lines.

The deterministic core of the local AI provider. It never sees the catalog: it splits a message into
candidate lines and reads the numbers, packs and sizes in each, so that matching (`jobs.language.matching`) works on
a clean product phrase and a canonical size.

Conventions (the evaluation corpus and the order actor rely on them):

* ``quantity`` counts ``unit`` (``2 cases`` -> 2 case). With no pack word the unit is None and the
  quantity counts whatever the catalog sells (``3 coke zero`` -> 3). `jobs.language.matching.catalog_quantity`
  converts to the product's selling unit once the product is known (2 kg of 1kg bags -> 2 bags).
* A weight with no other count is the quantity (``5kg tomatoes`` -> 5 kg); next to a count or a pack
  word it is the product size (``25kg sack of potatoes x2`` -> 2 sack, size ``25kg``). Volumes are sizes
  (``coke 1.5L``), except "N litres of X" which is an amount.
* ``dozen`` is a unit: ``a dozen eggs`` -> 1 dozen, ``2 dozen eggs`` -> 2 dozen (12 / 24 each once the
  catalog says the product is sold each).
* ``half a case`` -> 0.5 case; ``a couple of`` -> 2, explicit. ``a few`` -> 3, ``some``/``several`` -> 1/3,
  and a line with no number at all -> 1, all with ``quantity_explicit`` False: a human confirms them.
* Several items per segment are split by where their quantities sit ("12 lemons 20 limes",
  "chicken 15kg mince 10kg"); "(1 case each)" applies to every listed product.
* Times, dates, phone numbers, table/room/order/account references, street numbers and PII masks
  (``<PHONE>``) are removed before numbers are read; greetings, sign-offs, delivery instructions and
  reports of past problems ("8 eggs broke", "4 packs unusable") do not become lines.
* A purpose clause after the product ("for the quiz night"), a note that only held a time ("ideally by
  9:30") and a signature block (every line after a sign-off line) do not become lines or phrase words; a
  segment that is only a size ("the small ones") gives its size to the line before it.

Modules: the words (data) are pack_units.py (pack and count units), measures.py (weights, volumes, sizes),
number_words.py (words that say how many), talk_words.py (the talk around an order) and goods_words.py (goods
nouns); patterns.py the regular expressions built from them; segments.py splits a message, elements.py reads a segment's tokens, items.py groups them into items, lines.py is
`extract_lines`, changes.py reads a change to an order (a count taken back, a removal), coverage.py keeps the parts not understood, sizes.py normalises units and sizes.
"""

from jobs.language.extraction.coverage import looks_like_goods, names_goods
from jobs.language.extraction.lines import Extraction, extract, extract_lines
from jobs.language.extraction.measures import MEASURE_WORDS, SIZE_WORDS
from jobs.language.extraction.order_line import OrderLine
from jobs.language.extraction.sizes import canonical_size, find_sizes, normalize_unit, size_value

__all__ = [
    "OrderLine",
    "Extraction",
    "extract",
    "extract_lines",
    "canonical_size",
    "find_sizes",
    "normalize_unit",
    "size_value",
    "SIZE_WORDS",
    "MEASURE_WORDS",
    "looks_like_goods",
    "names_goods",
]
