"""Thai typed in Latin letters (romanised Thai, "Thaiglish") read as English words. Thai cooks and grocers text in
English with Thai trade nouns and particles as they sound: "kati aroy d cream 2 lang" (coconut cream, two cases),
"nam pla megachef 12 kuad" (fish sauce, twelve bottles), "ao singha 15 lang for sat krub" (I want fifteen cases of
Singha, polite "krub"), "pla muek U10 1 box" (squid), "sen yai 2 case" (the wide rice stick). Read as other
languages' words they named nothing ("kati aroy cream lang" matched no product).

So a text that writes romanised Thai (one of `_MARKERS`: a polite particle only Thai writes, a count of "lang" or
"kuad", or a trade phrase of two words or more no other language writes) has its words read through ``TABLE`` (rows
``reading: words``, comma-separated, the longest phrase first; ``_`` reads as nothing) before the other readers see
it, on the message side only (catalogs name their goods in English or with their own Thai aliases). Any other text
is unchanged: "lang" is German and Tagalog ("2 lang po", only two, is read by `tagalog` first), "kati" a Malay weight.
Thai in Thai script is read by `jobs.language.script_words`.
"""

from __future__ import annotations

import re

from jobs.language.tables import LanguageReader, table_of

TABLE = """
case: lang
bottle: kuad, khuad, khuat, kuat
sack: krasob, kra sob
_: na krub, na kha, krub, khrap, krap, khrab, ao
coconut: kati
squid: pla muek, pla meuk, pla muk, pla mueg
fish sauce: nam pla
oyster sauce: nam man hoi
rice sticks 10mm: sen yai
rice sticks 3mm: sen lek
"""

# Words and phrases only romanised Thai writes: one of them makes a text Thai.
_MARKERS = re.compile(
    r"(?<![\w'-])(?:krub|khrap|krap|khrab|\d+\s*(?:lang|kuad|khuad|khuat|kuat)|pla\s+mue?k|pla\s+meuk|pla\s+mueg|"
    r"nam\s+pla|nam\s+man\s+hoi|sen\s+yai|sen\s+lek)(?![\w'-])",
    re.IGNORECASE,
)
# Thai in Latin letters (jobs/language/tables.py `LanguageReader`)
READER = LanguageReader(table_of(TABLE), _MARKERS, ascii_only=True)
is_thai_roman = READER.writes
read_thai_roman = READER.read
