"""Swahili (and Kenyan Sheng), Luganda and Kinyarwanda read as English words. East African restaurants and grocers
write orders with their languages' joints around English and brand names: units after the goods ("managu boksi 2",
"Primus amakesi 5", "mukene kilo 6", "nduma ibiro 6"), request and polite words ("tafadhali tuletee", "tusaba
otuweereze", "mutwoherereze ... murakoze"), "na"/"ne" and Kinyarwanda's "n'" (and), "ya"/"za"/"y'"/"by'" (of),
number words in voice notes ("mifuko mitatu", "bokisi bbiri", "amakesi atanu"), weekdays with their "for" ("kwa
Ijumaa", "ku Lwokuna", "ku wa Gatanu": Kinyarwanda's Friday is "the fifth", no count), references ("kama kawaida",
"nga wiiki ewedde", "nk'ibisanzwe") and a change's "instead of" ("mu kifo kya", "aho kuba"). Read as nothing, they
were words of the product: "tafadhali mrenda boksi" and "amakesi ya primus" matched nothing, and a reference to
last week's order was never seen.

So a text that writes one of these languages (one of `_MARKERS`) has its words read through ``TABLE`` (rows
``reading: words``, comma-separated, the longest phrase first; ``_`` reads as nothing), on the message side only
(catalogs name goods in English; goods words are the lexicon's: `matching/lexicon/sw.py`, `lg.py`, `rw.py`).
Kinyarwanda and Luganda join "of" and "and" to the next word with an apostrophe ("n'amavuta", "y'imyumbati",
"z'amatooke"): whole phrases are read first ("nk'ibisanzwe", "by'inyama"), then the joint is set apart and the
table read again. Any other text is unchanged.
"""

from __future__ import annotations

import re

from jobs.language.tables import PhraseReader, word_set

TABLE = """
# references to an earlier order, and the changes made to it
the usual: kama kawaida, kama kawaida yetu, kawaida yetu, nga bulijjo, nga bulijo, nk'ibisanzwe, nkibisanzwe
the usual: nk'uko bisanzwe, nkuko bisanzwe
same as last week: kama wiki iliyopita, kama wiki jana, ile ya wiki iliyopita, same kama last week, kama last week
same as last week: ni ile ya wiki iliyopita, nga wiiki ewedde, nga wiki ewedde, nga sabbiiti ewedde
same as last week: nk'icyumweru gishize, nkicyumweru gishize, nk'icyumweru cyashize
instead of: badala ya, mu kifo kya, mu kifo ky', aho kuba, aho kugira
without: bila, awatali, nta
but: lakini, ila, naye, ariko
add: ongeza, ongezea, mwongereho, mwongeremo, twongerere, mwongere, yongera, okwongerako, mwongeko
# requests, greetings and thanks
please send: tafadhali tuletee, tuletee, mtuletee, tuletea, tutumie, naomba mtuletee, tusaba otuweereze
please send: otuweereze, mutuweereze, tuweereze, mutwoherereze, mwoherereze, twoherereze, mutuzanire
please: tafadhali, naomba, tusaba, nipe, leta, tunaomba, mutuhe
i would like: ndashaka, nataka, twagala
thanks: asante sana, asanteni, asante, shukran, webale nnyo, webale, murakoze cyane, murakoze
hello: habari za asubuhi, habari za mchana, habari, niaje, sasa boss, mambo, salaam, mwaramutse, mwiriwe, muraho
hello: ssebo, nnyabo, oli otya, gyebale
_: maze, bana, poa, boss, mzee, buda, tu, je, bas, kabisa
asap: fasta, haraka, mangu, vuba
also: pia, nabyo
# units
boxes: boksi, maboksi, bokisi, udusanduku, agasanduku, isanduku
bags: mifuko, mfuko, ensawo, imifuka, umufuka
packets: pakiti, mapakiti, amapaki, ipaki, paketi
crates: kreti, makreti
cases: kkeesi, kkesi, amakesi, ikesi
cartons: katoni, makatoni, kartoni
bottles: chupa, amacupa, icupa, eccupa
sacks: gunia, magunia, ebikutiya
bunches: enkota, amakota
kilo: ibiro
# numbers (a voice note's words; "kumi na mbili" twelve)
12: kumi na mbili, kkumi na bbiri, icumi na kabiri
11: kumi na moja
15: kumi na tano, kkumi na ttaano, cumi na gatanu
20: ishirini, makumyabiri
30: thelathini, amakumi atatu
40: arobaini
50: hamsini
100: mia moja, mia, kikumi, ijana
10: kumi, kkumi, icumi
1: moja, emu, rimwe, kimwe, imwe, limu
2: mbili, bbiri, ebiri, kabiri, ebyiri, abiri
3: tatu, mitatu, ssatu, satu, atatu, gatatu, eshatu, itatu
4: nne, minne, nnya, ine, enne, kane, ane
5: tano, mitano, ttaano, taano, atanu, gatanu, eshanu, itanu
6: sita, mukaaga, atandatu, gatandatu, itandatu
8: nane, minane, munaana, umunani, umunane
# days and times ("ku wa Gatanu" is Friday, "the fifth": read before the number words)
for monday: ku wa mbere, ku wa mbere, ku balaza
for tuesday: ku wa kabiri, ku lwakubiri
for wednesday: ku wa gatatu, ku lwakusatu
for thursday: ku wa kane, ku lwokuna, ku lwakuna
for friday: ku wa gatanu, ku lwakutaano, ku lwokutaano
for saturday: ku wa gatandatu, ku lwomukaaga, ku lwamukaaga
for sunday: ku cyumweru, ku ssande, ku sabbiiti
monday: jumatatu, balaza
tuesday: jumanne, lwakubiri
wednesday: jumatano, lwakusatu
thursday: alhamisi, lwokuna, lwakuna
friday: ijumaa, lwakutaano, lwokutaano
saturday: jumamosi, lwomukaaga, lwamukaaga
sunday: jumapili
tomorrow morning: enkya ku makya, kesho asubuhi
tomorrow: kesho, enkya, ejo
today: leo, leero, uyu munsi
for: kwa, ku, kuri
# "and" between words ("of" is read after the unit and its count are put in English order)
and: na, ne, pamoja na, hamwe na
# sizes
large: kubwa, kinene, kinini
small: ndogo, kitono, nto, gato
# questions and talk around an order
do you have: mko na, mna, una, mulina, mufite, murafite
price: bei gani, bei, bbeeyi, igiciro
i would like to know: ndashaka kumenya, nataka kujua, njagala okumanya
order: komande, oda, odaa
this is not an order: ntabwo ari komande, si order, sio order
people: abantu, watu
we have an event: tulina omukolo, tuna sherehe, dufite ibirori
# goods said in a phrase whose joint the reading would split ("n'" is "with" here, not "and")
boneless beef: inyama y'inka idafite amagufa, nyama ya ng'ombe bila mifupa
bone-in beef: ente n'amagumba, nyama ya ng'ombe na mifupa
boneless: idafite amagufa, bila mifupa, etaliiko magumba
goat meat: inyama y'ihene, nyama ya mbuzi
beef: inyama y'inka, nyama ya ng'ombe
not: si, sio, ntabwo
# what came, broke or was wrong: a complaint about goods is no order of them
arrived: yaje, ilikuja, zilikuja, byaje, mwaleese, mwaletse
broken: yamenetse, zimevunjika, imevunjika, byamenetse
defrosted: imeyeyuka, zimeyeyuka
were overripe: gaali mengevu nnyo, gaali mengevu
cannot be sold: tegasobola kutundibwa
we made a mistake: nilikosea, tulikosea
pay cash: tujja kusasula cash, tutalipa cash, tuzishyura cash
cancel: musazeemu, mufute, muhagarike, futa
"""

# Words and phrases only these languages write: one of them makes a text Swahili, Luganda or Kinyarwanda
# ("na", "ne", "ya" and the number words are other languages' too, as Sheng's "bana" is Hindi's "make": no markers).
_MARKERS = word_set(
    """
    tafadhali tuletee mtuletee naomba asante asanteni boksi bokisi mifuko kreti kkeesi amakesi pakiti katoni
    chupa kesho ijumaa alhamisi jumamosi jumapili kawaida iliyopita niaje tusaba otuweereze tuweereze
    mutuweereze webale bulijjo ewedde ensawo enkota lwokuna lwakutaano lwomukaaga mutwoherereze murakoze
    mwaramutse mwiriwe ibiro imifuka udusanduku amapaki amacupa nk'ibisanzwe nk'icyumweru ariko mwongereho
    mwongeremo komande ndashaka shukran ongeza leta iwe ziwe gatanu gatandatu lwakuna lwokutaano kkesi
    """
)
_WORD_RE = re.compile(r"[a-z']+", re.IGNORECASE)
# "n'amavuta" (and oil), "y'imyumbati" (of cassava), "z'amatooke", "by'inyama", "gw'abantu": the joint set apart
_JOINT = re.compile(r"(?<![\w'-])(?:y|z|by|cy|gw|bw|ry|rw|ky|w|k)'(?=[^\W\d_])", re.IGNORECASE)
_AND_JOINT = re.compile(r"(?<![\w'-])n'(?=[^\W\d_])", re.IGNORECASE)
_READER = PhraseReader(TABLE)  # jobs/language/tables.py
_UNITS = r"(?:boxes|bags|packets|crates|cases|cartons|bottles|sacks|bunches|kilo)"
_OF_WORDS = r"(?:ya|za|wa|la|eza|ezaa|bya|cya|yo|gwa|y'|z'|by'|cy'|gw'|bw')"
# a unit, its count and "of" before the goods, as the Bantu languages order them: "boksi mbili za managu"
_UNIT_COUNT_OF = re.compile(rf"\b({_UNITS})\s+(\d+)\s+{_OF_WORDS}\s*", re.IGNORECASE)
# a kilo said after the goods (and a colon), before its count: "mbavu kilo 20", "nduma ibiro 6" (not "25 kilo 2")
_KILO_AFTER = re.compile(r"(?<=[^\W\d_])(:?)\s+(kilo)\s+(\d+(?:[.,]\d+)?)\b", re.IGNORECASE)
_OF = re.compile(rf"(?<![\w'-]){_OF_WORDS}(?![\w'-])(?!\w)", re.IGNORECASE)
# "abantu 120" (120 people): the head count after its noun, as English says it, so it is no order quantity
_HEADCOUNT = re.compile(r"\b(people)\s+(\d+)\b", re.IGNORECASE)


def is_east_african(text: str) -> bool:
    """Whether ``text`` writes Swahili, Sheng, Luganda or Kinyarwanda (one of `_MARKERS`)."""
    return any(w.lower() in _MARKERS for w in _WORD_RE.findall(text))


def read_east_african(text: str) -> str:
    """``text`` with its Swahili, Luganda and Kinyarwanda words as English when it writes one of them; any other
    text unchanged."""
    if not is_east_african(text):
        return text
    text = _READER.read(_AND_JOINT.sub("and ", _READER.read(text)))
    text = _UNIT_COUNT_OF.sub(r"\2 \1 ", text)  # "mifuko mitatu ya jogoo": 3 bags jogoo
    text = _KILO_AFTER.sub(r"\1 \3 \2", text)  # "matumbo kilo 5", "goat cubes: ibiro 40": 5 kilo, 40 kilo
    text = _OF.sub(" ", _JOINT.sub("", text))
    return _HEADCOUNT.sub(r"\2 \1", _READER.read(text))
