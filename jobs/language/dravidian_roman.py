"""Tamil and Malayalam typed in Latin letters read as English words. South Indian and Jaffna Tamil shops and Kerala
messes text their orders in English and trade names with Tamil or Malayalam joints as they sound: request words
("anuppunga", "ayakku": send; "venum", "venam": we need; "vendam", "venda": not that one), "um" (and: "12 box um
frozen murungakkai 10 um"), number words ("onnu", "rendu", "pathu"), a case ending on a day ("thursday ku", by
Thursday), "naale raavile" (tomorrow morning), what an order is for ("1500 per kalyanam", a wedding of 1500 people)
and words of address ("chetta", "anna"). Read as they were, "onnu"
was a word of the product ("curry leaves onnu" matched nothing) and "chetta" a line of its own.

So a text that writes Tamil or Malayalam (one of `_MARKERS`: a request, need or address word only they write) has
its words read through ``TABLE`` (rows ``reading: words``, comma-separated, the longest phrase first; ``_`` reads as
nothing), on the message side only. Any other text is unchanged: "um" is English's hesitation, "anna" a name.
Tamil and Malayalam in their own scripts are read by `jobs.language.south_indic`; references to last week's order
("pona vaaram maathiri", "kazhinja aazhchathe pole") by the intent's history cues, which this reading leaves alone.
"""

from __future__ import annotations

import re

from jobs.language.tables import LanguageReader, table_of

TABLE = """
send: anuppunga, anuppungal, anupunga, anuppungo, anuppu, anuppavum, anuppi vidunga, ayakku, ayakkoo, ayakkuka
send: ayachu tharu, ayachu tharoo, kodunga, kudunga
need: venum, vendum, vennum, venam, venum anna
no: vendam, vendaam, venaam, venda
and: um
tomorrow morning: naale raavile, naalaikku kaalaila, nalaikku kalaila
tomorrow: naale, naalaikku, nalaikku, nalaiku
today: innaikku, innikku, inniku, innu
thanks: nanri, nandri, nanni, romba nanri
hello: vanakkam, namaskaram
enough: mathi, podhum
wedding: kalyanam, kalyanathukku, kalyanathiku
next week: adutha vaaram, adutha varam, adutha week
people: perukku, perku
people wedding: per kalyanam, peru kalyanam
1: onnu
2: rendu, randu
3: moonu, munu
4: naalu, nalu
5: anju, anchu
6: aaru
8: ettu
10: pathu
20: irupathu, iruvathu
_: chetta, chettan, chechi, anna, akka, thambi, thanne, ku, kku
"""

# Words only Tamil or Malayalam writes: one of them makes a text Tamil or Malayalam.
_MARKERS = re.compile(
    r"(?<![\w'-])(?:anuppunga|anuppungal|anupunga|anuppungo|anuppu|anuppavum|ayakku|ayakkoo|ayakkuka|kudunga|"
    r"kodunga|venum|vendum|vennum|venam|vendam|vendaam|venaam|venda|nanri|nandri|vanakkam|chetta|chettan|chechi|"
    r"naale|naalaikku|nalaikku|raavile|irukka|irukku|kittumo|onnu|rendu|moonu|naalu)(?![\w'-])",
    re.IGNORECASE,
)
# Tamil and Malayalam in Latin letters (jobs/language/tables.py `LanguageReader`)
READER = LanguageReader(table_of(TABLE), _MARKERS, ascii_only=True)
is_dravidian_roman = READER.writes
read_dravidian_roman = READER.read
