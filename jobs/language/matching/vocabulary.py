"""The matcher's words, as data: compound parts, stop words, phrase synonyms and pack words (foreign food
words: synonyms.py). Tables are rows of ``key: words`` (jobs/language/tables.py).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from jobs.language.extraction.pack_units import PACK_UNITS
from jobs.language.extraction.patterns import LONE_NUM
from jobs.language.tables import table_rows, word_set
from jobs.language.word_patterns import LETTERS_RE

# German compounds are read as their parts when both are known food words ("Hähnchenbrust" -> chicken
# breast, "Kaffeebohnen" -> coffee bean, "Olivenöl" -> olive oil).
COMPOUND_PARTS: dict[str, str] = {
    "rinder": "beef",
    "huhner": "chicken",
    "hahnchen": "chicken",
    "hack": "mince",
    "mineral": "mineral",
    "pizza": "pizza",
    "sahne": "cream",
    "schlag": "whipping",  # Schlagsahne is whipping cream
    "brust": "breast",
    "ol": "oil",
    "trocken": "dried",
    "frisch": "fresh",
    "hefe": "yeast",
    "roggen": "rye",
    "mehl": "flour",
    "invert": "invert",
    "blatt": "leaf",
    "koch": "cooked",
    "schweine": "pork",
    "lamm": "lamb",
    "schinken": "ham",
}

# REGULAR_OVER_SPECIAL: words that make a product the dietary special of a regular/special pair. Among
# products a line names equally, the one whose name carries none of these (unsaid) is the one a bare
# word means: "2 hot chocolate" is not the vegan one, "espresso" not the decaf. Flavour and calorie
# specials (light, zero, diet, sugar-free, salted) are not here: labellers split on "tonic" and "butter"
# (holdout3, holdout5), so those stay questions for a human.
SPECIAL_WORDS: tuple[tuple[str, ...], ...] = tuple(
    tuple(w.split("+"))
    for _, words in table_rows("""
    special: decaf decaffeinated vegan less+salt low+sodium reduced+salt lactose+free gluten+free
    special: dairy+free caffeine+free sin+lactosa sans+lactose laktosefrei senza+lattosio
    """)
    for w in words
)

# Phrases translated before tokenising.
PHRASE_SYNONYMS = [
    (re.compile(r"(?<=[a-z]) n (?=[a-z])"), " and "),  # "salt n pepper", "fish n chips"
    (re.compile(r"\bcitrons?\s+verts?\b"), " lime "),
    (re.compile(r"\bpommes?\s+(?:de\s+)?terre\b"), " potato "),
    (re.compile(r"\brotwein\b"), " red wine "),
    (re.compile(r"\bwei(?:ss|ß)wein\b"), " white wine "),
    # WITH_OR_WITHOUT_GAS: water "with gas" is sparkling and "without gas" still, in the languages orders write it
    # ("agua sin gas", "água sem gás", "acqua senza gas", "woda bez gazu", "apă fără gaz", "eau avec gaz")
    (
        re.compile(r"\b(?:con|com|avec|cu)\s+gaz?s?\b|\bz\s+gazem\b|\bmit\s+kohlens(?:ä|ae|a)ure\b"),
        " sparkling ",
    ),
    (
        re.compile(
            r"\b(?:sin|sem|senza|sans|fara)\s+gaz?s?\b|\bbez\s+gazu\b|\bohne\s+kohlens(?:ä|ae|a)ure\b"
            r"|\bzonder\s+(?:koolzuur|prik)\b"
        ),
        " still ",
    ),
    (re.compile(r"\b(eaux?)\s+plates?\b"), r" \1 still "),  # French still water; "plate" alone is a plate
    (re.compile(r"\bextra\s*verg(?:ine|en)\b"), " extra virgin "),
    (re.compile(r"\b(?:sin|sem|senza|sans|ohne|zonder)\s+(?:sal|sale|sel|salz|zout)\b"), " unsalted "),
    (
        re.compile(r"\bhelados?\b|\bgelat[oi]\b|\bglaces?\s+(?:a|au|aux|à)\b|\bsorvetes?\b|\bspeiseeis\b"),
        " ice cream ",
    ),
    (re.compile(r"\bsaint[- ]jacques\b|\bsint[- ]jakobsschelpen\b"), " scallop "),
    (
        re.compile(
            r"\b(?:sin|sans|senza|ohne|sem|zonder|bez|fara)\s+(?:azucar|sucre|zucchero|zucker|acucar|suiker|"
            r"cukru|zahar)\b|\bzuckerfrei\b|\bsuikervrij\b"
        ),
        " sugar free ",
    ),
    (re.compile(r"\b(?:evoo|aove|evo)\b"), " extra virgin olive oil "),
    (re.compile(r"\bpois\s+chiches?\b|\bgr[aã]o\s+de\s+bico\b"), " chickpea "),
    (re.compile(r"\bpignons?\b|\bpinoli\b|\bpi[nñ]ones\b"), " pine nut "),
    (
        re.compile(
            r"\bfeuilles?\s+de\s+vigne\b|\bhojas\s+de\s+parra\b|\bfoglie\s+di\s+vite\b|\bweinbl(?:ä|a|ae)tter\b"
        ),
        " vine leaves ",
    ),
    (
        re.compile(r"\bdemi[- ]ecreme\b|\bmeio[- ]gordo\b|\bhalbfett(?:e|er)?\b|\bhalfvolle?\b"),
        " semi skimmed ",
    ),
    (
        re.compile(
            r"\btoilet\s+paper\b|\bpapel\s+higi[ée]nico\b|\bpapier(?:u)?\s+toaletow(?:y|ego)\b|"
            r"\btoilettenpapier\b|\bcarta\s+igienica\b|\bpapier\s+toilette\b"
        ),
        " toilet roll ",
    ),
    (re.compile(r"\bpapel\s+azul\b|\brolos?\s+azu(?:l|is)\b"), " blue roll "),
    (
        re.compile(
            r"\bpel[íi]cula\s+aderente\b|\bfrischhaltefolie\b|\bpellicola\s+trasparente\b|"
            r"\bfilm\s+[ée]tirable\b|\bpapel\s+film\b|\bfolia\s+spo[żz]ywcza\b"
        ),
        " cling film ",
    ),
    (
        re.compile(
            r"\balufolie\b|\bpapel\s+(?:de\s+)?alum[íi]nio\b|\bpapier\s+aluminium\b|\bcarta\s+stagnola\b"
        ),
        " foil ",
    ),
    # price-marked packs (UK convenience trade): "not PM", "bez ceny", "fără preț" are the plain pack
    (
        re.compile(r"\b(?:not|non|no)[\s-]*pmp?\b|\bbez\s+ceny\b|\bfara\s+pret\b|\bsin\s+precio\b"),
        " non pmp ",
    ),
    (re.compile(r"\bpm\b|\bprice[\s-]*marked\b"), " pmp "),
    # Welsh: semi-skimmed is "hanner sgim" (half skim), breadsticks "ffyn bara" (bread sticks), a white or
    # brown loaf "torth wen", "torth frown"; Albanian diced is "prerë në kubikë" (cut in cubes)
    (re.compile(r"\bhanner\s+sgim\b"), " semi skimmed "),
    (re.compile(r"\bffyn\s+bara\b"), " breadsticks "),
    (re.compile(r"\bbibiau\s+(?:plant|babi)\b"), " childrens bibs "),
    (re.compile(r"\b(?:torth|dorth|thorth|torthau)\s+(?:wen|wyn|gwyn)\b"), " white bread "),
    (re.compile(r"\b(?:torth|dorth|thorth|torthau)\s+(?:frown|brown)\b"), " brown bread "),
    (re.compile(r"\bprere\s+(?:ne\s+)?kubike?\b"), " diced "),
    # Welsh "heb" and Albanian "pa" (without): gluten, sugar and salt free
    (re.compile(r"\bheb\s+glwten\b|\bpa\s+gluten\b"), " gluten free "),
    (re.compile(r"\bheb\s+siwgr\b|\bpa\s+sheqer\b"), " sugar free "),
    (re.compile(r"\bheb\s+halen\b|\bpa\s+kripe\b"), " unsalted "),
    # Polish "orzeszki solone/ziemne" (little nuts, salted or ground) are peanuts
    (re.compile(r"\borzesz(?:ki|kow|kami)\s+(?:solon|ziemn)\w*"), " salted peanuts "),
]

# Words that never name a product.
STOP = frozenset(
    [
        "of",
        "the",
        "a",
        "an",
        "and",
        "x",
        "per",
        "de",
        "di",
        "du",
        "des",
        "la",
        "le",
        "el",
        "with",
        "for",
        "in",
        "approx",
        "da",
        "del",
        "della",
        "en",
        "von",
        "mit",
        "com",  # Portuguese "with" ("bolacha maria com a próxima entrega", "frango com catupiry")
        "y",
        "et",
        "e",
        "und",
        "or",
        "to",
        "o",  # Welsh "of" ("2 focs o selsig"), Portuguese "the"
    ]
)
# Pack words, canonical: they describe the format, not the product.
PACK_TOKENS = frozenset(
    [
        "case",
        "box",
        "crate",
        "pack",
        "bottle",
        "can",
        "dozen",
        "each",
        "sack",
        "bag",
        "keg",
        "tray",
        "tub",
        "jar",
        "bunch",
        "punnet",
        "loaf",
        "bucket",
        "roll",
        "pallet",
        "head",
        "glass",
        "pet",
        "carton",
        "tin",
        "sleeve",
    ]
)
OUTER_PACKS = frozenset({"case", "pack", "box", "crate", "tray", "sack", "bag", "keg", "pallet"})
SINGLE_UNITS = frozenset({"can", "bottle", "each", "jar", "tub"})
# Plurals a plain "-s" rule does not undo ("knives" is the catalog's "knife").
IRREGULAR_PLURALS = {
    "knives": "knife",
    "loaves": "loaf",
    "leaves": "leaf",
    "halves": "half",
    "shelves": "shelf",
    "chillies": "chilli",  # not "chilly": the catalog's "Bird's Eye Chillies" and a line's "2 kilo chilli" meet
    "chilies": "chili",
}
# Names of one outer of several items, used loosely for each other ("a case of oatly" sold by the 6-pack).
CASE_LIKE = frozenset({"case", "box", "pack", "crate"})
# CASE_OR_BOX: words that name a case and a box alike, by what else they name; the extractor reads each as a case
# (extraction/pack_units.py PACK_UNITS). One reader (`case_or_box_said`) for every rule that asks:
# - "box or case": Spanish and Portuguese "caja", "caixa", "cx", Turkish "koli" (a carton: "6 koli straight cut
#   chips" of chips sold by the case) name a box as often as a case: said of a product
#   sold by the box or by the case, either is the selling unit, with no "sold by box, not case" doubt
#   (LOOSE_CASE_WORD: sizing.py, retrieval.py);
# - "carton": a case in one trade and a box in another: said, it does not choose the product sold by the case over
#   those sold by the box (LOOSE_CARTON, cover.py); it is also the item of a case of drinks ("4 orange juice
#   cartons" of a case of 12 x 1L Carton: PACK_OR_ITEMS, pipeline/decide.py);
# - "pack or case": Polish "zgrzewka" (a shrink-wrapped outer) is a six-pack of bottles and a case of 24 cans alike:
#   said, it does not choose the product sold by the pack over those sold by the case (LOOSE_SHRINK, cover.py).
BOX_OR_CASE, CARTON, PACK_OR_CASE = "box or case", "carton", "pack or case"
CASE_OR_BOX_WORDS = {
    kind: frozenset(words)
    for kind, words in table_rows("""
        box or case: caja cajas caixa caixas cx cxs koli kolisi
        carton: carton cartons ctn ctns karton kartons kartony kartonen cartone cartoni cartón cartones
        pack or case: zgrzewka zgrzewki zgrzewek zgrzewkę zgrzewke
    """)
}
_KIND_OF = {w: kind for kind, words in CASE_OR_BOX_WORDS.items() for w in words}


@lru_cache(maxsize=2048)
def case_or_box_said(text: str) -> frozenset[str]:
    """The kinds of CASE_OR_BOX_WORDS ``text`` (a line, a product's name) says a word of (BOX_OR_CASE, CARTON),
    its words read as runs of letters ("2cx" says "cx"). Kept per text: sizing asks it for every product a line
    scores."""
    return frozenset(k for w in LETTERS_RE.findall(text.lower()) if (k := _KIND_OF.get(w)) is not None)


# Packs that are never the item itself.
OUTER_ONLY = frozenset({"case", "crate", "pallet", "sack", "keg"})
# Pack words of one family: a sack asked for as a bag is the same pack.
PACK_FAMILY = {
    "sack": "bag",
    "bag": "bag",
    "pack": "bag",
    "box": "case",
    "case": "case",
    "crate": "case",
    "tray": "case",
}
# TWIN_PACK_WORDS (session 18): pack words the trade says one for the other of the same pack: "2 cases of sprittkertum"
# of tealights sold by the box, "3 sacks hladké 25kg" of flour sold by the bag, "5 bag rice tilda 20 kg" of a sack.
# Said of a product sold by its twin, the line's score keeps no wrong-pack penalty (matching/sizing.py); a tray or a
# crate for a box, a pack for a bag, keep it ("telur 2 tray" is no box of organic eggs).
TWIN_PACKS = frozenset(frozenset(pair.split()) for pair in ("sack bag",))
TWIN_PACK_WORDS = frozenset().union(*TWIN_PACKS)  # the pack words that have a twin
WEIGHT_UNITS = {"kg": Decimal(1000), "g": Decimal(1), "lb": Decimal("453.592")}
VOLUME_UNITS = {"l": Decimal(1000), "ml": Decimal(1)}

# Sizes stripped from a phrase once they are read ("coke 330ml" -> "coke").
SIZE_STRIP_RE = re.compile(
    LONE_NUM + r"\s*(?:ml|mls|cl|l|lt|lts|ltr|ltrs|litres?|liters?|litros?|litri|g|gr|grs|gms?|"
    r"grams?|grammes?|kg|kgs|kilos?|kilograms?|chili|pints?|pt|pts|oz|lbs?|pounds?|gal|gallons?)(?![a-z])"
)

PACK_WORDS_RX = r"(?:pack|packet|box|case|sleeve|tray|crate|bag|carton|tub|sack|roll|bundle|pk|cs|ctn)s?"
# NAME_PACK_COUNT: the outer packs of every language the readers know, for a catalog that writes its pack counts in
# its own ("Kaisersemmel TK 60g (Karton 100)", "Landjäger (Karton 20 Paar)", "Caja 12"): without them "150
# Kaisersemmel" was 150 boxes, not a question, and "40 Paar Landjäger" 40 boxes of 20 pairs. Words of four letters or
# more, as a name writes them before the count.
_NAME_PACK_UNITS = frozenset({"case", "box", "crate", "pack", "bag", "sack", "tray", "tub", "bucket"})
NAME_PACK_WORDS_RX = (
    "(?:"
    + "|".join(
        sorted(
            (
                re.escape(w)
                for w, u in PACK_UNITS.items()
                if u in _NAME_PACK_UNITS and w.isalpha() and len(w) >= 4
            ),
            key=len,
            reverse=True,
        )
    )
    + ")"
)
NAME_ITEM_WORDS_RX = (
    "(?:"
    + "|".join(sorted((re.escape(w) for w, u in PACK_UNITS.items() if u == "each"), key=len, reverse=True))
    + ")"
)
# How many items a product's pack holds, as its name or variants say it.
PACK_COUNT_RES = tuple(
    re.compile(rx, re.IGNORECASE)
    for rx in (
        # "(Case of 300)", "box of 300"; not "(box of 5kg)", a box that weighs 5kg
        rf"\b(?P<pack>{PACK_WORDS_RX})\s+of\s+(?P<n>\d+)(?![.,]?\d)(?!\s*(?:ml|cl|l|g|kg|oz|lb|lbs)\b)",
        r"\b(?P<n>\d+)\s*x\s*\d+(?:[.,]\d+)?\s*(?:ml|cl|l|g|kg|oz|in|cm)\b",  # "24 x 330ml"; not "33 x 33"
        r"\b\d+(?:[.,]\d+)?\s*(?:ml|cl|l|g|kg|oz)\s*x\s*(?P<n>\d+)\b",  # "6oz x 40"
        rf"\b(?P<n>\d+)\s*(?:/|per\s+|a\s+|to\s+a\s+)\s*(?P<pack>{PACK_WORDS_RX})\b",  # "300/case"
        rf"\b(?P<pack>{PACK_WORDS_RX})\s*(?P<n>\d{{2,}})\b(?![.,]?\d)(?!\s*(?:ml|cl|l|g|kg|oz|cm|mm|in)\b)",
        # NAME_PACK_COUNT: "(Karton 100)", "(Karton 20 Paar)", "Caja 40 unidades"; not "caixa 10", a 10kg box
        rf"\(\s*(?P<pack>{NAME_PACK_WORDS_RX})\s+(?P<n>\d+)(?:\s+[^\W\d]+)?\s*\)",
        rf"\b(?P<pack>{NAME_PACK_WORDS_RX})\s+(?P<n>\d+)\s+(?:{NAME_ITEM_WORDS_RX})\b",
        r"(?<![\d.])(?<![\d.]\s)\bx\s*(?P<n>\d{2,})\b(?!\s*(?:ml|cl|l|g|kg|oz|cm|mm|in)\b)",  # "x300"
        r"\b(?P<n>\d{2,})\s*(?:pcs|pieces|pc|ct|count|units|stk)\b",  # "(300 pcs)"
        r"\b(?P<n>\d+)\s*x\s*a\d{1,2}\s*(?:tins?|cans?)\b",  # "6 x A10 Tin": catering tin sizes
    )
)

# PACK_WORD_SAID (session 18, jobs/pipeline/pack_or_items.py): words a catalog puts to its pack's count ("Jogoo Maize
# Meal Bale 12 x 2kg", "Cut 30cm (bundle of 50)") that the reader knows as no unit: said in a line, they count that pack
NAMED_PACK_WORDS = word_set("bale bundle")

# SIGNING_NAMES (session 18, matching/edges.py): first names customers sign a line with ("1 bunch statice ta Bev",
# "2 vanilla becky", "red napkins x2 kwame"), of the trades' many countries, beside personal.FIRST_NAMES (which the PII
# rules read too): trimmed from a line's edge only where the catalog does not use the word. No name that is also a
# word of goods or talk ("rose", "olive", "ginger", "basil", "pepper", "mel", "sal", "rosa", "marie", "angus", "kim",
# "baba", "will", "grace", "may", "dawn"). Not "dean" either: trimmed from "2 curry pls Dean" (holdout14 z149) it let
# "4 oil" confirm as the rapeseed oil, a line the labels keep ambiguous with the palm fat (choose() picks the rapeseed
# though the palm scores higher: a confirmation guard's case, left to that work).
SIGNING_NAMES = word_set("""
    abby abdul abdullah abi adele adeola ade adil afia agnieszka ahmad ahmet aidan aileen aisling akosua ali alfie
    alia amal amara amina amir ana andrea andrei andrzej anil anita anja ann anton antonio anwar arjun asif
    ayesha aziz babajide barry bart bea becca becky ben bernie bev beverley bilal billy bogdan brendan bridget
    bronwen callum cara carla carmen cathal cerys chidi chinedu ciara ciaran conor cormac dafydd dan danny darren
    deb debbie declan deepak del derek des dev dom dominic donal dot ebony eddie efe eilidh eleni elif emeka
    emre enrique esra ewa fadi farah fatma femi fergus finn fran francesca freya gareth gav gaz geoff gerry gina
    giorgos giovanni gosia greg gwen hamid hamza hana hassan hayley hiro hyun ifeoma imran ines ioana irene
    iwona jackie jacqui jan janek jas jasmin javier jaz jen jenny jez jill jo joan joanna jodie jon jonny jordi
    jorge jose josé jude jules jurgen kamal karim kasia kat kath kay kayleigh kemal ken kenny kerry khalid
    kirsty kofi krzysztof kwabena kwame kwaku lamin lars layla lee leila len leon les lewis lin lindsay liz lorna
    lorraine luca lucia luis lyn mags magda mahmoud malik manoj marco marek margaret marta marwa mateusz
    mehmet meg mia mick miguel mina mo moira mohamed mohammad monika mustafa nadia naveen neha nell nia niall
    nikos nina nisha nkechi noor nuala obi ola olu omid oscar pablo paddy pam paola parisa pat pavel pedro pete
    pietro piotr pooja rafa rafael rahul rana rani ravi reza rhian rhys rita roisin ronan rui sadia
    sally sami sana sandeep sanjay sara seamus selin seren shane shaz shiv sian sinead siobhan sofia sonia
    stef sue suresh suzy tam tanya tariq teresa terry tessa theo tomasz tomek trev umar val vic vijay vikram
    viv wayne wojtek yaw yusuf zainab zara zeynep ziggy zofia
""")

# Words that only announce a variant ("size M", "Größe L", "colour: red"): never a product's own word.
SIZE_LABELS = word_set("""
    size sizes taille talla taglia tamano tamanho rozmiar maat storlek marime beden colour color colours
    colors couleur farbe colore kolor cor größe grösse groesse größen
""")

# LETTER_SIZE: clothing sizes by letter ("black gloves L", "Größe M") and the size class of the variants they name
# (Small/Medium/Large/X-Large). The one table: edges.py reads a trimmed letter back as its class, guards.py keeps
# such a read from SECOND_LOOK_UNSAID, sizing.py reads the letters as variant words (all but "xl": it is also the
# class of "jumbo", and "medjool jumbo" is no X-Large).
LETTER_SIZES = {"s": "small", "m": "medium", "l": "large", "xl": "x-large"}
