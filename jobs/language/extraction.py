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
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

__all__ = [
    "OrderLine",
    "extract_lines",
    "canonical_size",
    "find_sizes",
    "normalize_unit",
    "SIZE_WORDS",
    "MEASURE_WORDS",
    "looks_like_goods",
]


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


# --------------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------------

# Pack / count units -> canonical name (en, es, fr, de, it).
_PACK_UNITS: dict[str, str] = {}


def _units(canonical: str, *words: str) -> None:
    for w in words:
        _PACK_UNITS[w] = canonical


_units(
    "case",
    "case",
    "cases",
    "cs",
    "css",
    "ctn",
    "ctns",
    "carton",
    "cartons",
    "caja",
    "cajas",
    "caisse",
    "caisses",
    "kiste",
    "kisten",
    "karton",
    "kartons",
    "cassa",
    "casse",
    "cartone",
    "cartoni",
    "cassetta",
    "cassette",
)
_units(
    "box",
    "box",
    "boxes",
    "bx",
    "bxs",
    "boite",
    "boites",
    "boîte",
    "boîtes",
    "schachtel",
    "scatola",
    "scatole",
)
_units(
    "crate",
    "crate",
    "crates",
    "kasten",
    "kästen",
    "kaesten",
    "harasse",
    "harasses",
    "cajon",
    "cajón",
    "cajones",
)
_units(
    "pack",
    "pack",
    "packs",
    "pk",
    "pks",
    "pkt",
    "pkts",
    "packet",
    "packets",
    "paquete",
    "paquetes",
    "paquet",
    "paquets",
    "packung",
    "packungen",
    "päckchen",
    "pacco",
    "pacchi",
    "confezione",
    "confezioni",
    "sleeve",
    "sleeves",
)
_units(
    "bottle",
    "bottle",
    "bottles",
    "btl",
    "btls",
    "bt",
    "bts",
    "botella",
    "botellas",
    "bouteille",
    "bouteilles",
    "flasche",
    "flaschen",
    "bottiglia",
    "bottiglie",
)
_units(
    "can",
    "can",
    "cans",
    "tin",
    "tins",
    "lata",
    "latas",
    "canette",
    "canettes",
    "dose",
    "dosen",
    "lattina",
    "lattine",
    "latta",
    "bidon",
    "bidons",
    "bidón",
    "bidones",
    "tanica",
    "taniche",
    "kanister",
    "jerrycan",
    "jerrycans",
)
_units(
    "dozen",
    "dozen",
    "dozens",
    "doz",
    "dz",
    "docena",
    "docenas",
    "douzaine",
    "douzaines",
    "dutzend",
    "dozzina",
    "dozzine",
)
_units(
    "each",
    "each",
    "ea",
    "pcs",
    "pc",
    "piece",
    "pieces",
    "pz",
    "pezzi",
    "pezzo",
    "stück",
    "stk",
    "stueck",
    "unit",
    "units",
    "unidad",
    "unidades",
    "pièce",
    "pièces",
    "unites",
    "unités",
)
_units("sack", "sack", "sacks", "sacco", "sacchi", "saco", "sacos", "säcke", "saecke")
_units("bag", "bag", "bags", "bolsa", "bolsas", "sac", "sacs", "beutel", "tüte", "tüten", "busta", "buste")
_units(
    "keg",
    "keg",
    "kegs",
    "barrel",
    "barrels",
    "fass",
    "fässer",
    "fut",
    "fût",
    "fûts",
    "fusto",
    "fusti",
    "barril",
    "barriles",
)
_units("tray", "tray", "trays", "bandeja", "bandejas", "plateau", "plateaux", "vassoio", "vassoi")
_units("tub", "tub", "tubs", "tarrina", "tarrinas", "pot", "pots", "becher", "vaschetta", "vaschette")
_units(
    "jar",
    "jar",
    "jars",
    "bote",
    "botes",
    "bocal",
    "bocaux",
    "glas",
    "gläser",
    "barattolo",
    "barattoli",
    "vasetto",
    "vasetti",
)
_units("bunch", "bunch", "bunches", "manojo", "botte", "bottes", "bund", "mazzo", "mazzi")
_units("punnet", "punnet", "punnets")
_units("loaf", "loaf", "loaves")
_units("bucket", "bucket", "buckets", "cubo", "seau", "eimer", "secchio")
_units(
    "roll", "roll", "rolls", "rollo", "rollos", "rouleau", "rouleaux", "rolle", "rollen", "rotolo", "rotoli"
)
_units("pallet", "pallet", "pallets", "palet", "palets", "palette", "paletten", "bancale")
_units("head", "head", "heads")

# Common spellings, misspellings and abbreviations of the pack words above, in the five languages.
_units("case", "cse", "cses", "caes", "csae", "kist", "kisst", "cajs", "caisse's", "kartonen", "cartone's")
_units("box", "boxs", "boxe", "bxes", "schachteln", "cajita", "cajitas", "scatolone", "scatoloni")
_units("pack", "pck", "pcks", "pkg", "pkgs", "pakc", "pakcs", "paks", "pak", "paq", "paqs", "pacchetto")
_units("pack", "pacchetti", "packungs", "packete", "paket", "pakete", "paquetes")
_units("bottle", "botle", "botles", "bottel", "bottels", "bottl", "btle", "btles", "botellin", "botellines")
_units("can", "cann", "canns", "tinn", "cannette", "cannettes", "dosens")
_units(
    "each", "pce", "pces", "pza", "pzas", "pieza", "piezas", "ud", "uds", "unid", "unids", "unità", "unita"
)
_units("each", "stuks", "stueckchen", "pièces", "piéces")
_units("sack", "sak", "saks", "sakken", "sakke", "sacky", "sacck", "saccks", "saccos", "sac's", "sacks's")
_units("bag", "bagg", "baggs", "sacchetto", "sacchetti", "tuete", "tueten", "bolsita")
_units("keg", "kegg", "keggs", "faesser", "faß", "fäßer", "futs", "fûts")
_units("dozen", "dozn", "dzn", "dutzende")
_units("tray", "trey", "treys", "tablett", "tabletts", "plateaus", "vasoio")
_units("tub", "tubb", "tubbs", "barquette", "barquettes")
_units("crate", "crat", "crats")

# Measures: token -> (dimension, canonical unit, factor to the base unit ml / g).
_MEASURES: dict[str, tuple[str, str, Decimal]] = {}


def _measure(dim: str, unit: str, factor: str, *words: str) -> None:
    for w in words:
        _MEASURES[w] = (dim, unit, Decimal(factor))


_measure("vol", "ml", "1", "ml", "mls", "millilitre", "millilitres", "milliliter", "milliliters")
_measure("vol", "ml", "10", "cl", "cls", "centilitre", "centilitres")
_measure(
    "vol",
    "l",
    "1000",
    "l",
    "lt",
    "lts",
    "ltr",
    "ltrs",
    "litre",
    "litres",
    "liter",
    "liters",
    "litro",
    "litros",
    "litri",
    "liters",
)
_measure(
    "wt",
    "g",
    "1",
    "g",
    "gr",
    "grs",
    "gm",
    "gms",
    "gram",
    "grams",
    "gramme",
    "grammes",
    "gramos",
    "grammi",
    "gramm",
)
_measure(
    "wt",
    "kg",
    "1000",
    "kg",
    "kgs",
    "kilo",
    "kilos",
    "kilogram",
    "kilograms",
    "kilogramme",
    "kilogrammes",
    "kilogramos",
    "chili",
    "chilo",
    "kilogramm",
)
# spellings and misspellings of the metric units in the five languages ("20 kilo", "3 litro", "2 Liter")
_measure(
    "vol",
    "ml",
    "1",
    "mililitro",
    "mililitros",
    "millilitro",
    "millilitri",
    "millilitre's",
    "mililitre",
    "mililitres",
)
_measure("vol", "ml", "10", "centilitro", "centilitros", "centilitri", "centiliter", "centiliters", "cls")
_measure(
    "vol",
    "l",
    "1000",
    "litr",
    "litrs",
    "litern",
    "litere",
    "leter",
    "leters",
    "liiter",
    "litres's",
    "litro's",
)
_measure("wt", "g", "1", "gramo", "grammo", "gramms", "grammi", "grms", "grm")
_measure(
    "wt",
    "kg",
    "1000",
    "kilo's",
    "kilogramo",
    "kilogrammi",
    "chilogrammo",
    "chilogrammi",
    "chilogramo",
    "kgr",
    "kgrs",
    "kilogr",
    "kilgs",
    "kilogramms",
    "kilograme",
    "kilogrammes",
    "killo",
    "killos",
    "kilio",
    "kilios",
    "kiloes",
)
_measure("pint", "pint", "1", "pint", "pints", "pt", "pts")
_measure("oz", "oz", "1", "oz")
_measure("lb", "lb", "1", "lb", "lbs", "pound", "pounds")
_measure("gal", "gal", "1", "gal", "gallon", "gallons")

# Every word read as a weight or volume unit (matching strips them from product phrases).
MEASURE_WORDS: tuple[str, ...] = tuple(sorted(_MEASURES, key=len, reverse=True))

# Unit name a weight/volume quantity is reported in (``5kg tomatoes`` -> unit "kg").
_MEASURE_QTY_UNIT = {
    "ml": "ml",
    "l": "l",
    "g": "g",
    "kg": "kg",
    "pint": "pint",
    "oz": "oz",
    "lb": "lb",
    "gal": "gal",
}

SIZE_WORDS: dict[str, str] = {
    "large": "large",
    "big": "large",
    "lg": "large",
    "lrg": "large",
    "grande": "large",
    "grandes": "large",
    "grand": "large",
    "grands": "large",
    "grosso": "large",
    "grossa": "large",
    "grossi": "large",
    "grosse": "large",
    "grossen": "large",
    "großen": "large",
    "großer": "large",
    "gros": "large",
    "groß": "large",
    "gross": "large",
    "große": "large",
    "small": "small",
    "sm": "small",
    "little": "small",
    "mini": "small",
    "petit": "small",
    "petite": "small",
    "pequeño": "small",
    "pequeno": "small",
    "pequeña": "small",
    "pequena": "small",
    "pequeños": "small",
    "pequeñas": "small",
    "pequenos": "small",
    "pequenas": "small",
    "petits": "small",
    "petites": "small",
    "piccolo": "small",
    "piccola": "small",
    "piccoli": "small",
    "piccole": "small",
    "klein": "small",
    "kleine": "small",
    "kleinen": "small",
    "kleiner": "small",
    "kleines": "small",
    "medium": "medium",
    "med": "medium",
    "mediano": "medium",
    "moyen": "medium",
    "medio": "medium",
    "mittel": "medium",
    "xl": "xl",
    "jumbo": "xl",
    "extra-large": "xl",
}

_NUMBER_WORDS: dict[str, int] = {}


def _numbers(*pairs: tuple[str, int]) -> None:
    for w, n in pairs:
        _NUMBER_WORDS[w] = n


_EN = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
_ES = [
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciseis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
]
_FR = [
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
    "vingt",
]
_DE = [
    "eins",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "elf",
    "zwölf",
    "dreizehn",
    "vierzehn",
    "fünfzehn",
    "sechzehn",
    "siebzehn",
    "achtzehn",
    "neunzehn",
    "zwanzig",
]
_IT = [
    "uno",
    "due",
    "tre",
    "quattro",
    "cinque",
    "sei",
    "sette",
    "otto",
    "nove",
    "dieci",
    "undici",
    "dodici",
    "tredici",
    "quattordici",
    "quindici",
    "sedici",
    "diciassette",
    "diciotto",
    "diciannove",
    "venti",
]
for _lang in (_EN, _ES, _FR, _DE, _IT):
    _numbers(*((w, i + 1) for i, w in enumerate(_lang)))
_numbers(
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("hundred", 100),
    ("treinta", 30),
    ("cuarenta", 40),
    ("cincuenta", 50),
    ("trente", 30),
    ("quarante", 40),
    ("cinquante", 50),
    ("dreißig", 30),
    ("dreissig", 30),
    ("vierzig", 40),
    ("fünfzig", 50),
    ("trenta", 30),
    ("quaranta", 40),
    ("cinquanta", 50),
    ("fuenf", 5),
    ("zwoelf", 12),
    ("funf", 5),
    ("zwolf", 12),
    ("dieciséis", 16),
)
# "once" (es 11) and "elf" (de 11) collide with English words; accept them only before a unit.
_RISKY_NUMBER_WORDS = {"once", "elf", "sei", "tre", "due"}

# Articles that mean "one" when they open a line ("a case of", "una caja de", "eine Kiste").
_ARTICLES = {"a", "an", "one", "un", "une", "una", "uno", "ein", "eine", "einen", "einem", "another"}

_VAGUE = {
    "few": Decimal(3),
    "several": Decimal(3),
    "some": Decimal(1),
    "any": Decimal(1),
    "couple": Decimal(2),
    "pair": Decimal(2),
    "unos": Decimal(3),
    "unas": Decimal(3),
    "quelques": Decimal(3),
    "einige": Decimal(3),
    "paar": Decimal(2),
    "alcuni": Decimal(3),
    "alcune": Decimal(3),
    "qualche": Decimal(3),
}

_HALF = {"half", "demi", "demie", "medio", "media", "mezzo", "mezza", "halbe", "halben", "halb"}

# Words that carry no product meaning inside a line.
_FILLER = {
    "of",
    "the",
    "some",
    "more",
    "please",
    "pls",
    "plz",
    "pl",
    "plse",
    "pleas",
    "thanks",
    "thx",
    "ta",
    "x",
    "and",
    "also",
    "plus",
    "with",
    "for",
    "me",
    "us",
    "our",
    "my",
    "your",
    "usual",
    "again",
    "too",
    "de",
    "del",
    "della",
    "delle",
    "dei",
    "degli",
    "di",
    "da",
    "du",
    "des",
    "d",
    "la",
    "le",
    "les",
    "el",
    "los",
    "las",
    "il",
    "lo",
    "gli",
    "von",
    "vom",
    "der",
    "die",
    "das",
    "den",
    "und",
    "y",
    "et",
    "e",
    "en",
    "per",
    "por",
    "favor",
    "bitte",
    "svp",
    "merci",
    "gracias",
    "grazie",
    "danke",
    "just",
    "only",
    "to",
    "total",
    "all",
    "about",
    "around",
    "approx",
    "approximately",
    "ish",
    "like",
    "other",
    "same",
    "those",
    "these",
    "them",
    "then",
    "as",
    "well",
    "if",
    "possible",
    "poss",
    "cheers",
    "kindly",
    "ok",
    "okay",
    "ones",
    "one's",
    "normal",
    "additional",
    "extra",
    "another",
    "a",
    "an",
    "quick",
    "pls.",
    "u",
    "can",
    "para",
    "pour",
    "für",
    "fur",
    "al",
    "au",
    "aux",
    "zum",
    "zur",
}
# "can" is a filler only as a verb; as a container it is read before fillers are dropped (see _elements).

# Counts followed by these nouns are not order quantities ("150 guests", "40 mins", "3 hours late").
_NON_ITEM_NOUNS = {
    "guest",
    "guests",
    "people",
    "persons",
    "person",
    "pax",
    "covers",
    "cover",
    "min",
    "mins",
    "minute",
    "minutes",
    "hour",
    "hours",
    "hr",
    "hrs",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "time",
    "times",
    "deliveries",
    "delivery",
    "tables",
    "staff",
    "seats",
    "rooms",
    "nights",
    "semaine",
    "woche",
    "settimana",
    "semana",
    "personnes",
    "personen",
    "persone",
    "personas",
}

# Words that turn a segment into a report about the past, not a request ("8 eggs broke").
_NARRATIVE_WORDS = {
    "broke",
    "broken",
    "smashed",
    "cracked",
    "missing",
    "arrived",
    "delivered",
    "charged",
    "received",
    "damaged",
    "leaking",
    "was",
    "were",
    "fehlen",
    "fehlt",
    "manquent",
    "manque",
    "mancano",
    "manca",
    "faltan",
    "falta",
    "llegó",
    "llego",
    "étaient",
    "etaient",
    "waren",
    "erano",
    # what went wrong with goods already received ("4 packs unusable", "binned 4kg")
    "binned",
    "threw",
    "thrown",
    "unusable",
    "inedible",
    "stale",
    "rotten",
    "mouldy",
    "moldy",
    "expired",
    "spoiled",
    "spoilt",
    "smelt",
    "smelled",
    "split",
    "torn",
    "burst",
    "squashed",
    "crushed",
    "melted",
    "defrosted",
    "leaked",
    "ruined",
}

_REQUEST_PATTERNS = [
    r"(?:can|could|may|would|will)\s+(?:i|we|you|u|ya)\s+(?:please\s+|pls\s+|also\s+|just\s+)?(?:get|have|"
    r"order|send|grab|bring|add|put\s+in|deliver|drop|do|pop|chuck|throw\s+in|get\s+us|send\s+us|send\s+me|"
    r"send\s+out)(?:\s+(?:us|me|over|out))?",
    r"(?:i|we)(?:'d|\s+would)\s+(?:like|love)(?:\s+to\s+(?:order|get|have))?",
    r"(?:i|we)(?:'ll|\s+will)\s+(?:take|have|need|want|get)",
    r"(?:i|we)\s+(?:also\s+)?(?:need|want|require|wanna|want\s+to\s+order)",
    r"(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:after|looking\s+for|needing)",
    r"(?:please|pls|plz|kindly)\s+(?:could\s+(?:we|i|you)\s+(?:have|get|send)|send|add|deliver|bring|"
    r"supply|get\s+us|include)(?:\s+(?:us|me))?",
    r"(?:send|bring|deliver|get)\s+(?:us|me)",
    r"put\s+(?:us|me)\s+down\s+for",
    r"(?:i|we)\s+(?:would\s+like\s+to|want\s+to|wanna)\s+order",
    r"(?:order|ordering)\s+for",
    r"(?:new\s+)?order(?:\s+please|\s+pls)?(?=\s*:)",
    r"(?:need|needs|needed)",
    r"add\s+(?:on\s+)?",
    r"(?:here'?s|here\s+is)\s+(?:our|my|the)\s+order",
    r"(?:our|my)\s+order(?:\s+for\s+\w+)?\s*(?:is|:)",
    r"send",
    r"deliver",
    r"supply",
    r"the\s+following",
    # es / fr / de / it
    r"(?:quisiera|quisiéramos|quiero|queremos|necesito|necesitamos|me\s+pones|ponme|ponnos|mándame|"
    r"mandame|me\s+mandas|nos\s+mandas|envíame|enviame|envíanos|pedido|pido|me\s+puedes\s+(?:mandar|enviar)|"
    r"nos\s+puedes\s+(?:mandar|enviar)|me\s+podéis\s+(?:mandar|enviar)|podéis\s+(?:mandar|enviar))",
    r"(?:(?:tu\s+peux|peux-tu|vous\s+pouvez|pouvez-vous|pourriez-vous|tu\s+pourrais)\s+(?:nous\s+|me\s+|m')?"
    r"(?:mettre|envoyer|livrer|apporter|ajouter|rajouter)|(?:kannst\s+du|könnt\s+ihr|können\s+sie)\s+"
    r"(?:uns\s+|mir\s+)?(?:bitte\s+)?(?:schicken|liefern|bringen|mitbringen)|(?:mi|ci)\s+(?:metti|mandi|porti)|"
    r"(?:me|nos)\s+(?:pones|traes|mandas|env[ií]as)|(?:puedes|podr[ií]as|pod[eé]is)\s+(?:mandarnos|enviarnos|"
    r"traernos|ponernos))",
    r"(?:je\s+voudrais|nous\s+voudrions|on\s+voudrait|j'aimerais|il\s+me\s+faut|il\s+nous\s+faut|"
    r"nous\s+avons\s+besoin\s+de|j'ai\s+besoin\s+de|pouvez-vous\s+(?:nous\s+)?(?:envoyer|livrer)|"
    r"pourriez-vous\s+(?:nous\s+)?(?:envoyer|livrer)|envoyez(?:-nous|-moi)?|commande|merci\s+de\s+"
    r"(?:nous\s+)?(?:livrer|envoyer))",
    r"(?:ich\s+brauche|wir\s+brauchen|ich\s+hätte\s+gerne?|wir\s+hätten\s+gerne?|ich\s+möchte|wir\s+"
    r"möchten|ich\s+bestelle|wir\s+bestellen|(?:bitte\s+)?(?:schicken|liefern|senden)(?:\s+sie)?(?:\s+uns)?|"
    r"schickt\s+uns|bestellung|könnt\s+ihr\s+(?:uns\s+)?(?:schicken|liefern)|können\s+sie\s+(?:uns\s+)?"
    r"(?:schicken|liefern))",
    r"(?:vorrei|vorremmo|ci\s+servono|ci\s+serve|mi\s+servono|mi\s+serve|mandatemi|mandateci|inviatemi|"
    r"inviateci|potete\s+(?:mandare|inviare|portare)|ordine|ordino|ordiniamo|abbiamo\s+bisogno\s+di|"
    r"ho\s+bisogno\s+di|mi\s+mandi|ci\s+mandi)",
    # a question wrapped around a product ("do you do oat milk? if so 6")
    r"(?:do|does)\s+(?:you|u|ya)\s+(?:also\s+)?(?:do|have|sell|stock|carry|got)",
    r"have\s+(?:you|u)\s+got",
    r"if\s+so",
    r"any\s+chance\s+of",
    r"(?:is\s+it\s+)?too\s+late\s+to\s+(?:add|order|get)",
    r"(?:we(?:'ve|\s+have)?\s+)?(?:ran|run|running)\s+(?:out|low)\s+(?:of|on)",
    r"(?:we'?re|we\s+are)\s+(?:out|low|short)\s+(?:of|on)",
]
_REQUEST_RE = re.compile(r"\b(?:" + "|".join(_REQUEST_PATTERNS) + r")\b", re.IGNORECASE)

_DAYS = (
    r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|weekend|lunes|martes|miércoles|miercoles|jueves|viernes|"
    r"sábado|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|"
    r"mittwoch|donnerstag|freitag|samstag|sonntag|lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|"
    r"giovedì|giovedi|venerdì|venerdi|sabato|domenica"
)
_WHEN = (
    r"(?:tmrw|tmr|tmrow|tomorrow|tomorow|tommorow|tommorrow|2moro|2morrow|today|tonight|"
    r"tomorrow\s+morning|this\s+(?:morning|afternoon|evening|week|weekend)|next\s+(?:week|delivery)|"
    r"the\s+(?:morning|weekend|week)|morning|lunch(?:time)?|noon|midday|first\s+thing|eod|"
    r"end\s+of\s+(?:the\s+)?day|asap|a\.s\.a\.p|" + _DAYS + r")"
)
_TIME = r"\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h|uhr|o'?clock)?"
_STREET = (
    r"street|st|road|rd|lane|ln|avenue|ave|quay|way|drive|dr|place|pl|square|sq|row|close|court|"
    r"ct|terrace|crescent|hill|park|gardens|walk|parade|strasse|straße|str|rue|calle|via|viale"
)

_NOISE_PATTERNS = [
    # PII masks left by the redaction stage
    r"\[[A-Z_]+(?:_\d+)?\]",
    r"<[A-Z_]+>",
    r"\{\{?[A-Z_]+\}?\}",
    # e-mail addresses and urls
    r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+",
    r"https?://\S+",
    # phone numbers (9+ digits, spaced or dashed)
    r"(?<!\w)\+?\d(?:[\d ()\-]|\.(?=\d)){7,}\d(?!\w)",
    # order / invoice / table / account references, addresses
    r"\b(?:order|invoice|inv|ref|reference|po|account|acct|acc|customer|cust)\s*(?:no\.?|number|num|nr|#)"
    r"\s*[:#]?\s*[\w-]*\d[\w-]*",
    r"\b(?:account|acct|acc|invoice|inv|po|ref|order)\s*[:#]?\s*\d{3,}\b",
    r"\b(?:table|tbl|room|rm|unit|suite|gate|dock|bay|door|booth|stand|pitch|store|shop|branch|site|"
    r"semaine|week|woche|settimana|semana|kw)\s*(?:no\.?|number|#)?\s*\d+\b",
    r"#\s*\d+",
    r"\b\d{1,4}[a-z]?\s+(?:[a-z]+\s+){1,2}(?:" + _STREET + r")\b\.?",
    # times: 10am, 10:30, 9.30am, 14h, 14 uhr, before/by/after 10
    r"\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|h|uhr)?(?!\d)(?!\s*(?:kg|g|l|ml|cl|lt|ltr)\b)",
    r"\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock|uhr)\b",
    r"\b\d{1,2}h\d{0,2}\b",
    r"\b(?:before|b4|by|after|until|till|til|from|around|at|between|no\s+later\s+than|antes\s+de\s+las|"
    r"a\s+las|avant|vers|à|vor|bis|um|ab|entro\s+le|alle|prima\s+delle|dopo\s+le)\s+"
    + _TIME
    + r"(?:\s*(?:-|–|to|and|y|et|und|e)\s*"
    + _TIME
    + r")?(?![\w.,])",
    # dates: 12/03, 12.03.2024, 3rd, the 21st, 5 march
    r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b",
    r"\b(?!(?:1/[234]|[23]/[34])\b)\d{1,2}/\d{1,2}\b",
    r"\b\d{1,2}\.(?:0?[1-9]|1[0-2])\.(?!\d)",
    r"\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b(?:\s+of\s+\w+)?",
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d{1,2}\b",
    r"\bw/c\b",
    # where it goes: "to tomorrow's order", "to my order", "for the party"
    r"\b(?:to|on|onto|into|with|for)\s+(?:my|our|the|this|that|tomorrow'?s?|today'?s?|next|usual|"
    r"friday'?s?|monday'?s?)?\s*(?:order|delivery|drop|run)(?:\s+above)?\b",
    r"\bfor\s+(?:the|our|a|this)\s+(?:party|event|wedding|function|bar|kitchen|restaurant|shop|cafe|"
    r"christmas\s+party|canteen)\b",
    r"\b(?:for\s+)?(?:tonight'?s?|today'?s?|tomorrow'?s?|the|our|lunch|dinner|evening|weekend)\s+(?:service|shift|"
    r"rush|opening)\b",
    # delivery timing words: for tmrw, by friday, asap
    r"\b(?:(?:for|by|on|before|b4|until|till|this|next|from|para|pour|für|per|entro|el|le|am|il|de|du)\s+){0,2}"
    r"(?:delivery\s+)?(?:on\s+)?"
    + _WHEN
    + r"\b(?:'s)?(?:\s+(?:delivery|drop|run|morning|please|pls|am|pm)\b)?",
    r"\b(?:para|pour|für|per)\s+(?:mañana|manana|demain|morgen|domani|hoy|aujourd'hui|heute|oggi)\b",
    r"\b(?:mañana|manana|demain|morgen|domani|hoy|aujourd'hui|heute|oggi|subito|urgente|urgent|dringend)\b",
    r"\b(?:in|with)\s+(?:the\s+)?(?:next|usual|regular|normal|same)\s+(?:delivery|drop|run|order)\b",
    r"\b(?:as\s+usual|like\s+(?:last\s+(?:week|time)|usual|always)|same\s+as\s+(?:last\s+week|usual|always))\b",
    r"\b(?:if\s+(?:possible|poss|you\s+can|u\s+can)|when\s+you\s+can|thank\s+you|thanks|thank\s+u|thx|ty|"
    r"cheers|many\s+thanks|much\s+appreciated|appreciated|ta)\b",
    r"\b(?:please|pls|plz|plse|kindly|por\s+favor|porfa|s'il\s+(?:vous|te)\s+pla[iî]t|svp|bitte|"
    r"per\s+favore|perfavore|per\s+cortesia)\b",
]
_NOISE_RE = re.compile("|".join(f"(?:{p})" for p in _NOISE_PATTERNS), re.IGNORECASE)

_GREETING_RE = re.compile(
    r"^\s*(?:hi|hii+|hello|helo|hey|heya|hiya|yo|morning|evening|afternoon|good\s+(?:morning|afternoon|"
    r"evening|day)|g'?day|dear|hola|buenas|buenos\s+d[ií]as|bonjour|bonsoir|salut|coucou|hallo|guten\s+"
    r"(?:morgen|tag|abend)|moin|servus|ciao|buongiorno|buonasera|salve)\b[\s,!.:-]*",
    re.IGNORECASE,
)
_IDENTITY_RE = re.compile(
    r"^\s*(?:it'?s|its|this\s+is|here'?s|soy|somos|c'?est|ici|hier\s+ist|hier\s+sind|sono|siamo|qui\s+è)\s+"
    r"[\w'&.\- @<>\[\]]{1,40}?(?:\s+(?:from|at|of|de|del|di|da|von|vom|aus|chez|@)\s+[\w'&.\- ]{1,40})?\s*$"
    r"|^\s*[\w'&.\- @]{1,40}\s+(?:here|aquí|aqui|ici|hier|qui)\s*$"
    r"|^\s*[\w'.\-]+(?:\s*@|\s+(?:from|at))\s+[\w'&.\- ]{1,40}$",
    re.IGNORECASE,
)
_SIGNOFF_RE = re.compile(
    r"^\s*(?:thanks?|thank\s+you|thx|ty|tks|cheers|ta|regards|kind\s+regards|best(?:\s+(?:regards|wishes))?|"
    r"many\s+thanks|much\s+appreciated|see\s+you|see\s+ya|cya|have\s+a\s+good\s+\w+|merci|gracias|danke|"
    r"grazie|saludos|cordialement|bisous|gruß|grüße|gruss|mit\s+freundlichen\s+grüßen|freundliche\s+grüße|"
    r"beste\s+grüße|mfg|lg|vg|a\s+presto|un\s+saluto|saluti|sent\s+from\s+my\s+\w+|--|yours\s+\w+|"
    r"atentamente|un\s+saludo|bien\s+à\s+vous|distinti\s+saluti|cordiali\s+saluti)\b",
    re.IGNORECASE,
)
_HEADER_RE = re.compile(r"^\s*(?:subject|asunto|objet|betreff|oggetto|re|fwd?|aw|tr)\s*:", re.IGNORECASE)
# A line without a number that mentions any of these is an instruction or remark, not a product.
# Delivery, access and billing words: instructions around an order, never goods.
_DELIVERY_WORDS = frozenset(
    {
        "deliver",
        "delivery",
        "delivered",
        "driver",
        "door",
        "entrance",
        "gate",
        "leave",
        "invoice",
        "bill",
        "account",
        "pay",
        "payment",
        "paid",
        "receipt",
        "collect",
        "collection",
        "call",
        "ring",
        "phone",
        "email",
        "address",
        "closed",
        "open",
        "arrive",
        "lieferung",
        "liefern",
        "livraison",
        "livrer",
        "entrega",
        "consegna",
        "factura",
        "facture",
        "rechnung",
        "fattura",
    }
)
_INSTRUCTION_WORDS = _DELIVERY_WORDS | {
    "deliveries",
    "pick",
    "text",
    "arrives",
    "arriving",
    "usual",
    "thanks",
    "thank",
    "cheers",
    "regards",
    "sorry",
    "hope",
    "know",
    "let",
    "think",
    "guess",
    "reply",
    "confirm",
    "confirmation",
    "asap",
    "urgent",
    "back",
    "tomorrow",
    "tmrw",
    "today",
    "wait",
    "ready",
    "busy",
    "weekend",
    "same",
    "last",
    "week",
    "time",
    "was",
    "were",
    "is",
    "are",
    "will",
    "did",
    "does",
    "have",
    "has",
    "had",
    "been",
    "got",
    "i",
    "we",
    "you",
    "it",
    "that",
    "this",
    "there",
    "they",
    "he",
    "she",
    "him",
    "her",
    "them",
    "what",
    "when",
    "how",
    "why",
    "where",
    "which",
    "who",
    "do",
    "if",
    "would",
    "should",
    "could",
    "order",
    "orders",
    "not",
    "mix",
    "running",
    "out",
    "quote",
    "event",
    "guests",
    "manager",
    "team",
    "love",
    "mate",
    "thursday",
    "friday",
    "booked",
    "booking",
    "brunch",
    "lol",
    "party",
    "wedding",
    "function",
    "tonight",
    "service",
    "re",
    "refund",
    "credit",
    "discount",
    "word",
    "chat",
    "look",
    "favour",
    "favor",
    "problem",
    "issue",
    "question",
    "minute",
    "moment",
    "sec",
    "second",
    "callback",
    "bit",
}

# "do you do a 1L smirnoff?" asks about a product; "can I get a case of tonic?" orders one.
_ASK_RE = re.compile(
    r"\b(?:(?:do|does)\s+(?:you|u|ya)\s+(?:also\s+)?(?:do|have|sell|stock|carry|got)|have\s+(?:you|u)"
    r"\s+got|is\s+there|are\s+there|any\s+chance)\b",
    re.IGNORECASE,
)
# Reports about a past delivery or a bill: their numbers are not order quantities.
_REPORT_RE = re.compile(
    r"\b(?:only|we|they|you)\s+(?:got|received|sent|delivered|charged)\b|\binvoice\s+"
    r"(?:says|shows|has|charges)\b|\b(?:got|received)\s+(?:only\s+)?\d+\b",
    re.IGNORECASE,
)
_BULLET_RE = re.compile(r"^\s*(?:[-*•·▪►→>+–—]+|\(?[a-z]\)(?=\s))\s*", re.IGNORECASE)
_NUMBERED_RE = re.compile(r"^\s*(\d{1,2})[.)](?!\d)\s+")

_NUM = r"\d+(?:[.,]\d+)?"
_FRACTIONS = {"½": " 1/2 ", "¼": " 1/4 ", "¾": " 3/4 ", "⅓": " 1/3 ", "⅔": " 2/3 "}

_TOKEN_RE = re.compile(
    r"(?P<frac>\b\d\s*/\s*[234](?!\d))"
    r"|(?P<num>\d+(?:[.,]\d+)?)(?P<suffix>[a-zà-ÿß]+\b)?"
    r"|(?P<word>[a-zà-ÿß]+(?:['-][a-zà-ÿß]+)*%?)",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------------------------------
# Sizes
# --------------------------------------------------------------------------------------------------


def _dec(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def _fmt(d: Decimal) -> str:
    """Decimal without exponent or trailing zeros: 1.50 -> '1.5', 50 -> '50'."""
    s = format(d.normalize(), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def normalize_unit(word: str) -> str | None:
    """Canonical pack or measure unit for a word (``cs`` -> ``case``, ``kilos`` -> ``kg``), else None."""
    w = word.lower().strip(".")
    if w in _PACK_UNITS:
        return _PACK_UNITS[w]
    if w in _MEASURES:
        return _MEASURES[w][1]
    return None


def canonical_size(value: Decimal, unit_word: str) -> str | None:
    """Canonical size string: 330 ml / 0.33 l / 33 cl -> '330ml'; 1.5 litre -> '1.5l'; 500 g -> '500g'."""
    m = _MEASURES.get(unit_word.lower().strip("."))
    if m is None:
        return None
    dim, unit, factor = m
    base = value * factor
    if dim == "vol":
        return f"{_fmt(base)}ml" if base < 1000 else f"{_fmt(base / 1000)}l"
    if dim == "wt":
        return f"{_fmt(base)}g" if base < 1000 else f"{_fmt(base / 1000)}kg"
    return f"{_fmt(value)}{unit}"


def size_value(size: str) -> tuple[str, Decimal] | None:
    """Split a canonical size into (dimension, amount in ml / g / own unit) for comparisons."""
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([a-z]+)", size)
    if not m or m.group(2) not in _MEASURES:
        return None
    dim, _unit, factor = _MEASURES[m.group(2)]
    amount = Decimal(m.group(1)) * factor
    if dim in _IMPERIAL:  # a 4 pint milk is a 2.272 l milk
        dim, per = _IMPERIAL[dim]
        amount *= per
    return dim, amount


_IMPERIAL = {
    "pint": ("vol", Decimal("568.261")),
    "gal": ("vol", Decimal("4546.09")),
    "lb": ("wt", Decimal("453.592")),
}


_SIZE_RE = re.compile(
    r"(?<![\w.,])("
    + _NUM
    + r")\s*("
    + "|".join(sorted((re.escape(k) for k in _MEASURES), key=len, reverse=True))
    + r")(?![a-zà-ÿ])",
    re.IGNORECASE,
)
_HALF_LITRE_RE = re.compile(
    r"\b(?:half\s+(?:a\s+)?|mezzo\s+|medio\s+|demi[- ]?|halber?\s+|1/2\s*)(?:litre|liter|litro|l|lt)\b",
    re.IGNORECASE,
)


def find_sizes(text: str) -> list[str]:
    """Every canonical size mentioned in a text (product names, aliases, variant names)."""
    out: list[str] = []
    for m in _SIZE_RE.finditer(_HALF_LITRE_RE.sub(" 500ml ", text.lower())):
        value = _dec(m.group(1))
        if value is None or value == 0:
            continue
        size = canonical_size(value, m.group(2))
        if size and size not in out:
            out.append(size)
    return out


# --------------------------------------------------------------------------------------------------
# Splitting a message into segments
# --------------------------------------------------------------------------------------------------


@dataclass
class _Segment:
    text: str  # raw segment
    in_list: bool  # came from a bullet/newline list, so a bare product name is a line
    header: bool = False  # ended with ":" ("Order for Friday:")
    dash_cont: bool = False  # followed " - " ("coke zero - 2 cs"): may complete the previous segment
    bulleted: bool = False  # its line started with a bullet or list number: a bare name is an item


def _prepare(text: str) -> str:
    for k, v in _FRACTIONS.items():
        text = text.replace(k, v)
    text = unicodedata.normalize("NFKC", text).replace("⁄", "/")
    text = (
        text.replace("’", "'")
        .replace("‘", "'")
        .replace("“", '"')
        .replace("”", '"')
        .replace("×", "x")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\t", " ")
    )
    # emoji and other symbols carry no order content
    return "".join(" " if unicodedata.category(ch) in ("So", "Sk", "Cs", "Co") else ch for ch in text)


_SENTENCE_SPLIT_RE = re.compile(
    r"(?<=[!?])\s+|(?<=[a-zà-ÿ)\]>])(?<!\bno)(?<!\bnr)(?<!\btel)(?<!\bmob)(?<!\bapprox)"
    r"(?<!\bref)(?<!\bacct)\.(?:\s+|$)|(?<=\d)\.\s+(?=[a-zA-Z])|\.{2,}\s*",
    re.IGNORECASE,
)
_QTY_START = (
    r"(?:\d|(?:a|an|one|another|half|media|medio|mezzo|mezza|demi|some|un|une|una|uno|ein|eine|"
    r"einen|"
    + "|".join(
        sorted({w for w in _NUMBER_WORDS if w not in ("once", "elf") and "-" not in w}, key=len, reverse=True)
    )
    + r")\b|a\s+(?:couple|few|dozen))"
)
_ITEM_SPLIT_RE = re.compile(
    r"\s*;\s*|(?<!\d),(?!\d)\s*|,\s+|\s+\+\s*|\s*\+\s+|\s+\bplus\b\s+|\s+/\s+"
    r"|\s+(?:and|also|then|und|et|y|e|&|and\s+also|as\s+well\s+as)\s+(?=" + _QTY_START + r")"
    r"|\s*&\s*(?=\d)"
    # "mozzarella x 6 and basil": a count written after its product closes that item
    r"|(?:(?<=\bx\d)|(?<=\bx \d)|(?<=\bx\d\d)|(?<=\bx \d\d))\s+(?:and|&|plus)\s+(?=[a-zà-ÿ])",
    re.IGNORECASE,
)
_DASH_SPLIT_RE = re.compile(r"\s+[-–—]+\s+(?=\d)")
_VAGUE_AND_RE = re.compile(
    r"^(\s*(?:some|a\s+few|a\s+couple\s+of)\s+)(\w+(?:\s+\w+)?)\s+(?:and|&)\s+(\w+)", re.IGNORECASE
)


def _numbered_lines(lines: list[str]) -> bool:
    """True when the lines look like a numbered list (1., 2., 3.) rather than quantities."""
    nums = [int(m.group(1)) for ln in lines if (m := _NUMBERED_RE.match(ln))]
    if len(nums) < 2:
        return False
    return nums == list(range(nums[0], nums[0] + len(nums))) and nums[0] in (0, 1)


def _segments(text: str) -> list[_Segment]:
    lines = [ln for ln in text.split("\n") if ln.strip() and not _HEADER_RE.match(ln)]
    numbered = _numbered_lines(lines)
    listy = sum(1 for ln in lines if re.search(r"\d", ln)) >= 2
    out: list[_Segment] = []
    for ln in lines:
        has_bullet = False
        if numbered and _NUMBERED_RE.match(ln):
            ln = _NUMBERED_RE.sub("", ln, count=1)
            has_bullet = True
        elif _BULLET_RE.match(ln):
            ln = _BULLET_RE.sub("", ln, count=1)
            has_bullet = True
        sentences = [s for s in _SENTENCE_SPLIT_RE.split(ln) if s and s.strip()]
        for sent in sentences:
            sent = _colon_prefix(sent)
            if sent is None:
                out.append(_Segment("", False, header=True))
                continue
            m = _VAGUE_AND_RE.match(sent)
            if m:  # "some tomatoes and onions": the vague quantity applies to both
                sent = f"{m.group(1)}{m.group(2)}, {m.group(1).strip()} {m.group(3)}{sent[m.end() :]}"
            items = [i for i in _ITEM_SPLIT_RE.split(sent) if i and i.strip()]
            for item in items:
                in_list = has_bullet or (listy and len(sentences) == 1) or len(items) > 1
                for k, part in enumerate(_DASH_SPLIT_RE.split(item)):
                    if part.strip():
                        out.append(
                            _Segment(part.strip(" .!?:-–—"), in_list, dash_cont=k > 0, bulleted=has_bullet)
                        )
    return out


def _colon_prefix(sent: str) -> str | None:
    """Drop a heading before a colon ("Order for Friday: 2 cs coke"); None when the sentence is a heading."""
    if ":" not in sent:
        return sent
    head, _, rest = sent.partition(":")
    if re.search(r"\b\d{1,2}$", head) and re.match(r"\d{2}(?!\d)", rest):
        return sent  # a time like 10:30 that the noise filter will remove
    if not rest.strip():
        return None
    rest_words = [
        w
        for w in re.findall(r"[a-zà-ÿ]+", rest.lower())
        if w not in _PACK_UNITS and w not in _MEASURES and w not in _FILLER and w != "x"
    ]
    if rest_words:
        return rest
    return f"{head} {rest}"  # "Chicken breast: 12kg"


# --------------------------------------------------------------------------------------------------
# Reading one segment: tokens -> elements -> items
# --------------------------------------------------------------------------------------------------


@dataclass
class _Tok:
    kind: str  # num | word
    text: str
    value: Decimal | None = None
    attached: str | None = None  # letters glued to a number ("330ml", "3x")


@dataclass
class _El:
    """A quantity (Q), measure (M), product word (W) or size word (S) inside a segment."""

    kind: str
    text: str = ""
    value: Decimal | None = None
    unit: str | None = None  # Q: pack unit; M: canonical measure unit
    size: str | None = None  # M: canonical size
    pack: str | None = None  # M: pack unit right after the measure ("25kg sack")
    explicit: bool = True
    strong: bool = False
    xpre: bool = False
    xpost: bool = False
    numeric: bool = False  # Q read from digits (not a word or article)


@dataclass
class _Item:
    quantity: Decimal
    unit: str | None
    size: str | None
    phrase: str
    explicit: bool
    has_quantity: bool  # a count or a measure was read
    has_count: bool = False  # a count proper (not only a weight/volume)
    article: bool = False  # the count is only "a"/"un"/"ein"


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _TOKEN_RE.finditer(text):
        if m.group("frac"):
            a, b = re.split(r"\s*/\s*", m.group("frac"))
            toks.append(_Tok("num", m.group("frac"), Decimal(a) / Decimal(b)))
        elif m.group("num"):
            raw = m.group("num")
            suffix = (m.group("suffix") or "").lower()
            if suffix and suffix not in _MEASURES and suffix not in _PACK_UNITS and suffix != "x":
                if suffix in ("st", "nd", "rd", "th"):
                    continue  # ordinal
                toks.append(_Tok("word", (raw + suffix).lower()))  # "7up", "330s"
                continue
            toks.append(_Tok("num", raw, _dec(raw), suffix or None))
            if suffix:
                toks.append(_Tok("word", suffix))
        elif m.group("word"):
            toks.append(_Tok("word", m.group("word").lower()))
    return toks


def _elements(toks: list[_Tok]) -> tuple[list[_El], bool]:
    """Group tokens into quantity / measure / word elements. Second value: a non-item count was seen."""
    n = len(toks)
    els: list[_El] = []
    non_item = False
    seen_word = [False]  # a product word has been read (so "a" is an article, not "one")

    def word(i: int) -> str | None:
        return toks[i].text if 0 <= i < n and toks[i].kind == "word" else None

    def prev_is_word() -> bool:
        return bool(els) and els[-1].kind in ("W", "S")

    def read_unit(j: int, q: _El) -> int:
        """Read an optional unit after a count starting at token j; return the next index."""
        if word(j) == "of" and (word(j + 1) in _PACK_UNITS or word(j + 1) == "dozen"):
            j += 1
        k = j
        skipped_size: str | None = None
        while word(k) in SIZE_WORDS or word(k) in ("extra", "more", "additional"):
            if is_unit(k + 1) or word(k + 1) == "dozen":
                skipped_size = SIZE_WORDS.get(word(k) or "", skipped_size)
                k += 1
            else:
                break
        q.size = skipped_size
        w = word(k)
        if w == "latte" and word(k + 1) == "di":
            w = "latta"  # Italian "6 latte di pomodori": tins (not milk) when "di" follows
        if w is not None and w in _PACK_UNITS:
            q.unit = _PACK_UNITS[w]
            q.strong = True
            k += 1
            if word(k) == "of":
                k += 1
            return k
        if w == "dozen":
            q.unit = "dozen"
            q.strong = True
            k += 1
            return k + 1 if word(k) == "of" else k
        return j

    def is_unit(k: int) -> bool:
        w = word(k)
        return w is not None and w in _PACK_UNITS

    i = 0
    while i < n:
        t = toks[i]
        w = t.text if t.kind == "word" else None
        # ---- numbers -------------------------------------------------------------------------
        if t.kind == "num":
            value = t.value
            nxt = word(i + 1)
            if (
                value is None
                or value == 0
                or (t.text.startswith("0") and len(t.text) > 1 and "." not in t.text and "," not in t.text)
            ):
                els.append(_El("W", text=t.text))  # "00" flour, "0.0" beer
                seen_word[0] = True
                i += 1
                continue
            if nxt is not None and nxt in _MEASURES:
                size = canonical_size(value, nxt)
                el = _El("M", text=f"{t.text}{nxt}", value=value, unit=_MEASURES[nxt][1], size=size)
                j = i + 2
                if word(j) in _PACK_UNITS:
                    el.pack = _PACK_UNITS[word(j) or ""]
                    j += 1
                    if word(j) == "of":
                        j += 1
                els.append(el)
                i = j
                continue
            if nxt is not None and nxt in _NON_ITEM_NOUNS:
                non_item = True
                i += 2
                continue
            xpre = i > 0 and word(i - 1) == "x" and (not els or els[-1].kind != "Q" or not els[-1].xpost)
            follows_x = word(i + 1) == "x" or t.attached == "x"
            num_after_x = follows_x and i + 2 < n and toks[i + 2].kind == "num"
            if (
                not xpre
                and prev_is_word()
                and not is_unit(i + 1)
                and value >= 100
                and (not follows_x or num_after_x)
            ):
                els.append(_El("W", text=t.text))  # "kronenbourg 1664", "coke 330"
                seen_word[0] = True
                i += 1
                continue
            if (
                not xpre
                and prev_is_word()
                and value != value.to_integral_value()
                and follows_x
                and i + 2 < n
                and toks[i + 2].kind == "num"
            ):
                els.append(_El("W", text=t.text))  # "still water 1.5 x 6": 1.5 is the bottle size
                seen_word[0] = True
                i += 1
                continue
            q = _El("Q", text=t.text, value=value, numeric=True, xpre=xpre, strong=xpre)
            j = i + 1
            if t.attached == "x":
                j += 1  # the glued 'x' word token
                q.xpost = q.strong = True
            elif word(j) == "x":
                q.xpost = q.strong = True
                j += 1
            if q.xpost and xpre:
                q.xpost = False
            j = read_unit(j, q)
            els.append(q)
            i = j
            continue
        assert w is not None
        # ---- words that are quantities -------------------------------------------------------
        wq: _El | None = None
        j = i + 1
        nxt = word(i + 1)
        if w in _HALF:
            wq = _El("Q", text=w, value=Decimal("0.5"))
            if nxt in _ARTICLES:
                j += 1
        elif w == "a" and nxt in ("couple", "pair"):
            wq = _El("Q", text="a couple", value=Decimal(2))
            j += 1
        elif w in ("couple", "pair"):
            wq = _El("Q", text=w, value=Decimal(2))
        elif w == "a" and nxt == "few":
            wq = _El("Q", text="a few", value=Decimal(3), explicit=False)
            j += 1
        elif w == "a" and nxt == "half":
            wq = _El("Q", text="a half", value=Decimal("0.5"))
            j += 1
        elif w == "a" and nxt == "dozen":
            wq = _El("Q", text="a", value=Decimal(1))
        elif w in _VAGUE and not (w == "some" and prev_is_word()):
            wq = _El("Q", text=w, value=_VAGUE[w], explicit=False)
        elif w in _NUMBER_WORDS and w not in _ARTICLES:
            if w in _RISKY_NUMBER_WORDS and not (nxt and (nxt in _PACK_UNITS or nxt in _MEASURES)):
                wq = None
            else:
                wq = _El("Q", text=w, value=Decimal(_NUMBER_WORDS[w]))
        elif w in _ARTICLES or w == "one":
            before_words = seen_word[0]
            if (w == "one" and nxt != "of") or not before_words or is_unit(i + 1) or nxt in SIZE_WORDS:
                wq = _El("Q", text=w, value=Decimal(1))
        if wq is not None:
            if word(j) == "of" and wq.text in (
                "a couple",
                "couple",
                "pair",
                "a few",
                "few",
                "a half",
                "half",
            ):
                j += 1
            if word(j) == "x":
                wq.xpost = wq.strong = True
                j += 1
            mw = word(j)
            if mw is not None and mw in _MEASURES:  # "cinco kilos de tomates"
                wq.unit = _MEASURE_QTY_UNIT[_MEASURES[mw][1]]
                wq.strong = True
                j += 1
                if word(j) in ("of", "de", "di", "d"):
                    j += 1
            else:
                j = read_unit(j, wq)
            if word(j) in _NON_ITEM_NOUNS and wq.unit is None:
                non_item = True
                i = j + 1
                continue
            els.append(wq)
            i = j
            continue
        # ---- plain words -----------------------------------------------------------------------
        if w in SIZE_WORDS:
            els.append(_El("S", text=w, size=SIZE_WORDS[w]))
        elif w == "x" or (w in _FILLER and w not in _PACK_UNITS):
            pass
        elif w == "can" and (nxt in ("i", "we", "you", "u") or not prev_is_word()):
            pass  # the verb
        else:
            els.append(_El("W", text=w))
            seen_word[0] = True
        i += 1
    return els, non_item


def _groups(els: list[_El]) -> list[list[_El]]:
    """Split a segment holding several items ("12 lemons 20 limes", "chicken 15kg mince 10kg")."""
    qpos = [i for i, e in enumerate(els) if e.kind in ("Q", "M")]
    if len(qpos) < 2 or not any(e.kind == "W" for e in els):
        return [els]
    leading = els[0].kind in ("Q", "M")
    x_prefix_style = els[0].kind == "Q" and els[0].xpre  # "x3 gin x2 rum"
    # runs of words
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(els):
        if els[i].kind in ("W", "S"):
            j = i
            while j + 1 < len(els) and els[j + 1].kind in ("W", "S"):
                j += 1
            runs.append((i, j))
            i = j + 1
        else:
            i += 1
    if len(runs) < 2:
        return [els]
    owner: dict[int, int] = {}  # element index -> run index
    direction: dict[int, str] = {}
    for p in qpos:
        left = max((r for r, (_a, b) in enumerate(runs) if b < p), default=None)
        right = min((r for r, (a, _b) in enumerate(runs) if a > p), default=None)
        e = els[p]
        if left is None:
            d = "R"
        elif right is None:
            d = "L"
        elif e.kind == "Q" and e.xpre:
            d = "R" if x_prefix_style else "L"
        elif e.kind == "Q" and e.xpost:
            d = "R"
        elif e.kind == "M":
            prev_d = direction.get(p - 1) if p - 1 in direction else None
            nxt = els[p + 1] if p + 1 < len(els) else None
            if prev_d in ("L", "R"):
                d = "R"  # after a count that closed an item, or continuing the next item
            elif nxt is not None and nxt.kind == "Q" and (nxt.xpost or (leading and not nxt.xpre)):
                d = "L"
            else:
                d = "R" if leading else "L"
        else:
            prev_d = direction.get(p - 1)
            d = prev_d if prev_d is not None else ("R" if leading else "L")
        direction[p] = d
        target = right if d == "R" else left
        assert target is not None
        owner[p] = target
    # a run that got no quantity joins its neighbour ("4 pints milk x 6 whole")
    has_q = {r: any(o == r for o in owner.values()) for r in range(len(runs))}
    run_group: dict[int, int] = {}
    g = -1
    for r in range(len(runs)):
        if g < 0 or has_q[r]:
            g += 1
        run_group[r] = g
    # runs before the first quantity-owning run that lack quantities fold forward
    groups: list[list[_El]] = [[] for _ in range(g + 1)]
    for idx, e in enumerate(els):
        if e.kind in ("Q", "M"):
            groups[run_group[owner[idx]]].append(e)
        else:
            r = next(r for r, (a, b) in enumerate(runs) if a <= idx <= b)
            groups[run_group[r]].append(e)
    return [grp for grp in groups if grp]


def _item(els: list[_El], seg: str) -> _Item:
    qs = [e for e in els if e.kind == "Q"]
    ms = [e for e in els if e.kind == "M"]
    words = [e.text for e in els if e.kind == "W"]
    size_words = [e.size for e in els if e.kind == "S"]
    chosen: _El | None = None
    for pick in (lambda e: e.strong and e.explicit, lambda e: e.explicit, lambda e: e.strong, lambda e: True):
        chosen = next((e for e in qs if pick(e)), None)
        if chosen is not None:
            break
    marked = [e for e in qs if (e.xpre or e.xpost) and e.explicit]
    if chosen is not None and chosen.unit == "pack" and not (chosen.xpre or chosen.xpost) and marked:
        chosen = marked[0]  # "12 pack of coke x 2": two 12-packs
    fallback_unit = None
    for q in qs:
        if q is chosen:
            continue
        nxt = els[els.index(q) + 1] if els.index(q) + 1 < len(els) else None
        if q.xpost and q.unit is None and nxt is not None and nxt.kind == "M":
            continue  # "2 cases 24x330ml": the 24 is what a case holds
        if q.numeric and q.value is not None:
            words.append(q.text)  # a stray number is a size hint for matching ("coke 1.5")
        if q.unit and fallback_unit is None:
            fallback_unit = q.unit
    pack_words = [_PACK_UNITS[w] for w in words if w in _PACK_UNITS]
    measure_pack = next((m.pack for m in ms if m.pack), None)
    size: str | None = None
    if chosen is not None and chosen.value is not None:
        quantity, unit, explicit = chosen.value, chosen.unit, chosen.explicit
        if unit is None:
            unit = measure_pack or fallback_unit or (pack_words[-1] if pack_words else None)
        if ms:
            size = ms[0].size
    elif ms:
        first = ms[0]
        weightish = first.unit in ("kg", "g", "lb")
        litres_of = first.unit == "l" and _litres_as_quantity(seg)
        if first.pack is None and (weightish or litres_of) and first.value is not None:
            quantity, unit, explicit = first.value, _MEASURE_QTY_UNIT[first.unit or "kg"], True
            if len(ms) > 1:
                size = ms[1].size
        else:
            quantity, unit, explicit = (
                Decimal(1),
                first.pack or (pack_words[-1] if pack_words else None),
                False,
            )
            size = first.size
    else:
        quantity, unit, explicit = Decimal(1), pack_words[-1] if pack_words else None, False
    if size is None and size_words:
        size = size_words[0]
    if size is None and chosen is not None and chosen.size:
        size = chosen.size  # "2 big bags of ice"
    phrase = " ".join(words).strip(" -'")
    article = chosen is not None and chosen.text in _ARTICLES
    return _Item(quantity, unit, size, phrase, explicit, bool(qs or ms), bool(qs), article)


def _litres_as_quantity(seg: str) -> bool:
    """``10 litres of milk`` is an amount; ``1.5l coke`` is a bottle size."""
    return (
        re.search(r"\d\s*(?:l|lt|ltr|ltrs|litres?|liters?|litros?|litri)\s+(?:of|de|di)\b", seg) is not None
    )


# "48 red bulls for the uni night", "1 x 50l keg for the match": after the product, a purpose clause
_PURPOSE_TAIL_RE = re.compile(
    r"(?<=[a-zà-ÿ)\]])\s+(?:for|para|pour|für|fur)\s+(?!each\b|all\b)[^\d]*$", re.IGNORECASE
)
_NON_ITEM_COUNT_RE = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:" + "|".join(sorted(_NON_ITEM_NOUNS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
# A line of its own that only signs off ("Many thanks,", "Cheers, Dave"): what follows is a signature.
_SIGNOFF_LINE_RE = re.compile(
    r"^\s*(?:(?:many\s+|kind\s+|best\s+|warm\s+)?(?:thanks|thank\s+you|regards|wishes)|cheers|best|ta|thx|"
    r"merci|gracias|danke|grazie|saludos|un\s+saludo|cordialement|bien\s+à\s+vous|mit\s+freundlichen\s+"
    r"grüßen|viele\s+grüße|(?:liebe|beste|freundliche)\s+grüße|grüße|gruß|cordiali\s+saluti|distinti\s+saluti|"
    r"saluti|atentamente|yours\s+\w+|--+)[\s,.!]*(?:[a-zà-ÿ'-]+\s*){0,2}[\s,.!]*$",
    re.IGNORECASE,
)


def _item_number_in(text: str) -> bool:
    """Whether a text holds a number that may count items (not a time, date, phone or "34 covers")."""
    if not re.search(r"\d", text):
        return False
    return bool(re.search(r"\d", _NON_ITEM_COUNT_RE.sub(" ", _NOISE_RE.sub(" ", text))))


def _drop_signature(text: str) -> str:
    """Cut the signature block: every line after a sign-off line that follows the order's content."""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if i > 0 and _SIGNOFF_LINE_RE.match(ln) and any(re.search(r"\d", x) for x in lines[:i]):
            return "\n".join(lines[:i])
    return text


def _clean(segment: str) -> str:
    s = segment.lower()
    s = _HALF_LITRE_RE.sub(" 500ml ", s)
    s = re.sub(r"\b[dlj]'(?=[a-zà-ÿ])", "", s)  # d'eau, l'huile
    s = _GREETING_RE.sub(" ", s)
    m = _REQUEST_RE.search(s)
    if m and not _item_number_in(s[: m.start()]):
        # "Hiya it's Kate at the Bluebell could I order 2 kegs" -> "2 kegs"; so does "busy Sat (34 covers at
        # 7pm) so can we get 3kg chicken", whose numbers before the request are covers and times
        s = s[m.end() :]
    s = _REQUEST_RE.sub(" ", s)
    s = _NOISE_RE.sub(" ", s)
    if re.search(r"\d", s):
        s = _PURPOSE_TAIL_RE.sub(" ", s)
    s = re.sub(r"[\"()\[\]{}:!?¿¡*_=<>|~^@]", " ", s)
    s = re.sub(r"(?<!\d)\.(?!\d)|(?<=\d)\.(?!\d)", " ", s)
    s = re.sub(r"(?<=[a-zà-ÿ])/(?=[a-zà-ÿ])", " ", s)
    return re.sub(r"\s+", " ", s).strip(" ,.-'")


def _read(raw: str, cleaned: str | None = None) -> tuple[list[_Item], bool]:
    """The items of one part of a message; `cleaned` is `_clean(raw)` when the caller has it."""
    cleaned = _clean(raw) if cleaned is None else cleaned
    if not cleaned:
        return [], False
    words = set(re.findall(r"[a-zà-ÿ]+", cleaned))
    if (
        words & _NARRATIVE_WORDS
        or re.search(r"\bshort\s+\d", cleaned)
        or _REPORT_RE.search(raw)
        or re.search(r"\b(?:of|all)\s+(?:them|it|(?:those|these)(?!\s+[a-z]))\b", raw, re.IGNORECASE)
    ):
        return [], True  # "8 eggs broke", "half of them unusable": a report, not a request
    els, non_item = _elements(_tokenize(cleaned))
    if not els:
        return [], non_item
    return [_item(g, cleaned) for g in _groups(els)], non_item


_EACH_RE = re.compile(
    r"\b(\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|ten|twelve)\s+(?:([a-zà-ÿ]+)\s+)?(?:of\s+)?each\b",
    re.IGNORECASE,
)


def _each_quantity(text: str) -> tuple[Decimal, str | None] | None:
    """ "(1 case each)", "a case of each: coke, fanta": one quantity for every listed product."""
    m = _EACH_RE.search(text)
    if not m:
        return None
    raw = m.group(1).lower()
    value = _dec(raw) if raw[0].isdigit() else Decimal(_NUMBER_WORDS.get(raw, 1))
    unit = _PACK_UNITS.get((m.group(2) or "").lower())
    if value is None or value <= 0 or (m.group(2) and unit is None):
        return None
    return value, unit


def extract_lines(text: str) -> list[OrderLine]:
    """Split a message into order lines; greetings, sign-offs and delivery notes are not lines.

    Coverage: every part of the message either becomes a line or is discarded for a reason (a greeting,
    a time, a report of a past problem...). A part discarded without such a reason that still looks like
    a request for goods comes back as a line with ``understood`` False, so that the order goes to review
    instead of looking complete (see `jobs.pipeline.decide.decide_order`)."""
    if not text or not text.strip():
        return []
    prepared = _drop_signature(_prepare(text))
    each = _each_quantity(prepared)
    segments = _segments(prepared)
    signed_off = False
    parsed: list[tuple[_Segment, _Item]] = []
    unread: list[tuple[int, OrderLine]] = []  # (position in parsed, line) of parts not understood
    prev_raw: str | None = None  # raw text of the segment that produced parsed[-1]

    def not_understood(raw: str, item: _Item | None = None, *, numbers_only: bool = False) -> None:
        line = _unread_line(raw, item, numbers_only=numbers_only)
        if line is not None and all(u.original_text != line.original_text for _p, u in unread):
            unread.append((len(parsed), line))

    for seg in segments:
        raw = seg.text
        if seg.header or not raw:
            prev_raw = None
            continue
        has_digit = bool(re.search(r"\d", raw))
        if _SIGNOFF_RE.match(raw):
            signed_off = True
            if not has_digit:
                continue
        body = _GREETING_RE.sub("", raw)
        if (_IDENTITY_RE.match(body) or _IDENTITY_RE.match(raw)) and not _unexplained_number(body):
            continue  # "it's Kate from the Bluebell"
        if body != raw and not has_digit and len(body.split()) <= 3:
            continue  # "Hi Tom", "Morning!"
        cleaned = _clean(raw)  # once per part: read here, checked again below
        items, _skipped = _read(raw, cleaned)
        if (
            seg.dash_cont
            and prev_raw is not None
            and parsed
            and not _counted(parsed[-1][1])
            and any(it.has_count for it in items)
        ):
            # "coke zero 330ml - 2 cs", "mozzarella - 6 blocks": the count completes the previous segment
            merged_raw = f"{prev_raw} {raw}"
            merged, _ = _read(merged_raw)
            if len(merged) == 1 and merged[0].phrase:
                parsed[-1] = (_Segment(merged_raw, parsed[-1][0].in_list), merged[0])
                prev_raw = merged_raw
                continue
        if not items and not _skipped and _unexplained_number(cleaned):
            not_understood(raw, numbers_only=True)  # numbers were read but no item came out of them
        for item in items:
            if signed_off and not (item.has_count and item.phrase):
                if item.phrase:
                    not_understood(raw, item, numbers_only=True)
                continue
            if not item.has_quantity and not item.phrase and item.size in _SIZE_CLASSES:
                if parsed and parsed[-1][1].size is None:
                    # "2 cases still water, the small ones": a size alone describes the line before it
                    prev_seg, prev = parsed[-1]
                    parsed[-1] = (prev_seg, replace(prev, size=item.size))
                continue
            if not item.has_quantity and (
                _PREP_START_RE.match(raw) or (has_digit and not re.search(r"\d", cleaned))
            ):
                not_understood(raw, None)  # unless it still names goods
                continue  # "for the bakery run wed", "ideally before 11:00": a note, not a product
            if not item.phrase or re.fullmatch(r"(?:[1-9][\d.,]*\s*)+", item.phrase):
                if not item.has_quantity or not item.explicit:
                    continue
                if parsed and not _counted(parsed[-1][1]) and prev_raw is not None:
                    # a bare quantity ("if so 6") belongs to the product named just before it
                    merged_raw = f"{prev_raw} {raw}"
                    merged, _ = _read(merged_raw)
                    if len(merged) == 1 and merged[0].phrase:
                        parsed[-1] = (_Segment(merged_raw, parsed[-1][0].in_list), merged[0])
                        prev_raw = merged_raw
                        continue
                if parsed and parsed[-1][1].phrase and (item.unit or item.size or item.phrase):
                    # "1 x 50L heineken keg and 2 x 30L": the product carries over (a bare "7" does not: it is kept as not understood)
                    prev = parsed[-1][1]
                    base = " ".join(w for w in prev.phrase.split() if not re.fullmatch(r"[1-9][\d.,]*", w))
                    item = _Item(
                        item.quantity,
                        item.unit or prev.unit,
                        item.size,
                        f"{base} {item.phrase}".strip(),
                        item.explicit,
                        True,
                        item.has_count,
                    )
                elif not (item.unit or item.size) or parsed:
                    not_understood(raw, item, numbers_only=True)  # a count with nothing to count
                    continue
            parsed.append((seg, item))
            prev_raw = raw

    if each is not None:
        qty, unit = each
        for k, (seg, item) in enumerate(parsed):
            words = [w for w in item.phrase.split() if w != "each"]
            if _EACH_RE.search(seg.text) or not _counted(item):
                parsed[k] = (seg, _Item(qty, unit or item.unit, item.size, " ".join(words), True, True, True))
    any_quantity = any(item.has_quantity for _s, item in parsed)
    out: list[OrderLine] = []
    kept_text: set[str] = set()
    for seg, item in parsed:
        asking = seg.text.rstrip().endswith("?") or _ASK_RE.search(seg.text) is not None
        if asking and (not item.explicit or item.article) and not _vague(seg.text):
            not_understood(seg.text, None)  # "do you do a 1L smirnoff?": a question a human answers
            continue  # it asks about a product, it does not order one
        words = item.phrase.split()
        if item.article and any(w in _INSTRUCTION_WORDS for w in words):
            continue  # "I want a refund", "give me a call"
        if not item.has_quantity:
            # a bare product name is a line only inside a list, and only if it reads like a product
            vague = _vague(seg.text)
            if not (seg.bulleted or (seg.in_list and (any_quantity or vague))):
                not_understood(seg.text, None)
                continue
            if len(words) > 5 or any(w in _INSTRUCTION_WORDS for w in words):
                not_understood(seg.text, None)
                continue
            if seg.text.rstrip().endswith("?") and not vague:
                not_understood(seg.text, None)
                continue
        kept_text.add(seg.text.strip())
        out.append(
            OrderLine(
                quantity=item.quantity,
                unit=item.unit,
                size=item.size,
                phrase=item.phrase,
                original_text=seg.text.strip(),
                quantity_explicit=item.explicit,
            )
        )
    for _pos, line in unread:
        if line.original_text not in kept_text and not any(line.original_text in t for t in kept_text):
            out.append(line)
    return out


# Words that say nothing about goods in a part of a message the extractor could not read.
_NOTE_STOP = {
    "ideally",
    "preferably",
    "still",
    "just",
    "also",
    "really",
    "very",
    "much",
    "more",
    "less",
    "even",
    "yet",
    "already",
    "soon",
    "later",
    "now",
    "any",
    "anything",
    "something",
    "everything",
    "else",
    "lot",
    "lots",
    "good",
    "great",
    "nice",
    "fine",
    "hi",
    "hello",
    "hey",
    "yes",
    "no",
    "so",
    "but",
    "or",
    "can",
    "get",
    "go",
    "going",
    "make",
    "sure",
    "need",
    "want",
    "like",
    "see",
    "tell",
    "ask",
    "send",
    "am",
    "be",
    "in",
    "on",
    "at",
    "by",
    "up",
    "off",
    "from",
    "into",
    "over",
    "its",
    "it's",
    "i'm",
    "we're",
    "you're",
    "that's",
    "there's",
    "don't",
    "didn't",
    "can't",
    "won't",
    "isn't",
    "a",
    "an",
}

# Food, drink and catering-supply nouns (en/es/fr/de/it), singular stems: a part of a message naming one
# asks for goods even when the catalog does not sell it ("do you do oat milk?", "• kombucha x 6").
_GOODS_TEXT = """
    milk cream butter cheese yoghurt yogurt egg eggs bread roll bun baguette croissant flour sugar salt
    pepper rice pasta noodle oil vinegar tomato potato onion garlic carrot lettuce salad cucumber lemon
    lime orange apple banana berry strawberry raspberry blueberry grape melon avocado mushroom herb
    basil parsley mint coriander spinach cabbage broccoli pea bean chickpea lentil corn chicken beef pork
    lamb mince bacon ham sausage steak burger patty fish salmon tuna cod prawn shrimp mussel meat turkey
    duck coffee tea cocoa chocolate juice water soda cola coke lemonade tonic beer lager ale cider wine
    prosecco champagne vodka gin rum whisky whiskey tequila brandy liqueur syrup cordial keg bottle can
    cup lid straw napkin glove foil film bag box container tray cutlery fork knife spoon plate towel
    detergent soap bleach ice honey jam sauce ketchup mayo mayonnaise mustard olive nut almond oat soya
    soy coconut stock spice cinnamon vanilla yeast cake biscuit cookie pastry pie pizza mozzarella
    cheddar parmesan feta halloumi tofu drink smoothie espresso decaf energy crisp chip fries tortilla
    wrap pita naan
    leche nata mantequilla queso huevo pan harina azucar sal pimienta arroz aceite tomate patata cebolla
    ajo zanahoria lechuga limon naranja manzana pollo ternera cerdo cordero carne pescado zumo
    agua cerveza vino ginebra ron refresco hielo servilleta vaso
    lait creme beurre fromage oeuf pain farine sucre sel poivre riz huile tomate pomme oignon ail carotte
    laitue citron poulet boeuf porc agneau viande poisson jus eau biere vin glace serviette gobelet
    milch sahne butter kase ei brot mehl zucker salz pfeffer reis ol tomate kartoffel zwiebel knoblauch
    zitrone apfel hahnchen rind schwein fleisch fisch kaffee saft wasser bier wein eis serviette becher
    latte panna burro formaggio uovo uova pane farina zucchero sale riso olio pomodoro patata cipolla
    aglio limone mela pollo manzo maiale carne pesce succo acqua birra vino ghiaccio tovagliolo
"""
_GOODS_WORDS = frozenset(_GOODS_TEXT.split())
_PRICE_RE = re.compile(
    r"[£€$]\s*\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s*(?:€|£|\$|eur|euros?|gbp|usd|quid|pence|p|k|%)(?![a-z])",
    re.IGNORECASE,
)
_POSTCODE_RE = re.compile(
    r"\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b|\b(?:cp|plz|cap|zip|post\s*code)\s*:?\s*\d{4,5}\b",
    re.IGNORECASE,
)
_SCORE_OR_RANGE_RE = re.compile(r"\b\d{1,3}\s*[-–]\s*\d{1,3}\b|\b(?:19|20)\d{2}\b")
_REF_NUMBER_RE = re.compile(
    r"\b(?:no|nr|n°|number|num|order|invoice|inv|ref|table|room|covers?|pax|tel|mob|phone|unit|flat|suite)"
    r"\.?\s*[:#]?\s*\d+\b",
    re.IGNORECASE,
)


def _unexplained_number(text: str) -> bool:
    """A number that may count goods: not a time, date, phone, postcode, price, reference or head count."""
    if not re.search(r"\d", text):
        return False
    t = _NOISE_RE.sub(" ", text)
    t = _NON_ITEM_COUNT_RE.sub(" ", t)
    for rx in (_PRICE_RE, _POSTCODE_RE, _SCORE_OR_RANGE_RE, _REF_NUMBER_RE):
        t = rx.sub(" ", t)
    return re.search(r"\d", t) is not None


def _goods_word(words: list[str]) -> bool:
    for w in words:
        w = unicodedata.normalize("NFKD", w)
        w = "".join(c for c in w if not unicodedata.combining(c))
        stem = w[:-2] if w.endswith("es") and w[:-2] in _GOODS_WORDS else w.rstrip("s") or w
        if w in _GOODS_WORDS or stem in _GOODS_WORDS:
            return True
    return False


def looks_like_goods(text: str) -> bool:
    """Whether a part of a message may ask for goods: a number that counts something, or a food, drink or
    catering-supply noun."""
    return _unexplained_number(text) or _goods_word(re.findall(r"[a-zà-ÿß]+", text.lower()))


def _note_words(cleaned: str) -> list[str]:
    """The content words of a part of a message, from its `_clean` text."""
    return [
        w
        for w in re.findall(r"[a-zà-ÿß][a-zà-ÿß'-]*|\d+(?:[.,]\d+)?[a-z]*", cleaned)
        if w not in _FILLER and w not in _INSTRUCTION_WORDS and w not in _NOTE_STOP and w not in _ARTICLES
    ]


# A part that opens with a negation narrows the request ("not the big ones", "no ice this time").
_NEGATION_RE = re.compile(
    r"^\s*(?:but\s+|and\s+|also\s+)?(?:not|no|don'?t|do\s+not|never|without|nicht|kein|keine|ohne|pas|"
    r"ne|sans|sin|nada\s+de|senza|non)\b",
    re.IGNORECASE,
)
# Delivery, payment and contact words: a part holding one (and no number) is a note to the driver or
# the office.
_LOGISTICS = _DELIVERY_WORDS | {
    "reception",
    "parking",
    "porte",
    "puerta",
    "tür",
    "porta",
}


def _unread_line(raw: str, item: _Item | None, *, numbers_only: bool = False) -> OrderLine | None:
    """A line for a part of the message that was not read as an order line, or None when it is plainly
    not about goods (no number that counts anything, and no content word left)."""
    cleaned = _clean(raw)
    words = _note_words(cleaned)
    number = _unexplained_number(cleaned)
    if numbers_only and not number:
        return None
    if not number and (_NEGATION_RE.match(raw) or _LOGISTICS & set(re.findall(r"[a-zà-ÿß]+", raw.lower()))):
        return None  # "NOT the big bottles this time", "kitchen door round back": a constraint or a note
    phrase = " ".join(w for w in words if not re.fullmatch(r"\d+(?:[.,]\d+)?", w))
    if not phrase and not number:
        return None
    hint = number or _goods_word(words)
    if item is not None and item.has_quantity and item.explicit:
        quantity, unit, size, explicit = item.quantity, item.unit, item.size, True
        phrase = item.phrase or phrase
    else:
        quantity, unit, size, explicit = Decimal(1), None, None, False
    return OrderLine(
        quantity=quantity,
        unit=unit,
        size=size,
        phrase=phrase,
        original_text=raw.strip(),
        quantity_explicit=explicit,
        understood=False,
        goods_hint=hint,
    )


_SIZE_CLASSES = frozenset(SIZE_WORDS.values())
_PREP_START_RE = re.compile(
    r"^\s*(?:for|by|before|after|at|on|in|until|till|ideally|preferably|para|pour|für|fur|per|vor|entro|avant|"
    r"antes)\b",
    re.IGNORECASE,
)


def _counted(item: _Item) -> bool:
    return item.has_count and item.explicit


def _vague(text: str) -> bool:
    return re.search(r"\b(?:some|a\s+few|several|a\s+couple)\b", text, re.IGNORECASE) is not None
