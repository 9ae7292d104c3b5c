"""Order-line extraction: free text -> (quantity, unit, size, product phrase) lines.

This is the deterministic core of the local AI provider. It never sees the catalog: it only splits a
message into candidate lines and reads the numbers, packs and sizes in each, so that matching
(`jobs.matching`) can work on a clean product phrase and a canonical size.

Conventions (the evaluation corpus and the order actor rely on them):

* ``quantity`` counts ``unit`` (``2 cases`` -> 2 case). With no pack word the unit is None and the
  quantity counts whatever the catalog sells (``3 coke zero`` -> 3).
* A weight/volume with no other count is the quantity (``5kg tomatoes`` -> 5 kg); next to a count or a
  pack word it is the product size (``25kg sack of potatoes x2`` -> 2 sack, size ``25kg``). Small volumes
  (ml/cl) are always sizes: nobody orders "330 ml of coke".
* ``dozen`` is a unit: ``a dozen eggs`` -> 1 dozen, ``2 dozen eggs`` -> 2 dozen.
* ``half a case`` -> 0.5 case; ``a couple of`` -> 2; ``a few``/``some``/``several`` -> 3 (``a few``) or
  1, with ``quantity_explicit`` False; a line with no number at all is quantity 1, not explicit.
* Times, dates, phone numbers, table/room/order references are masked before numbers are read.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

__all__ = [
    "OrderLine",
    "extract_lines",
    "canonical_size",
    "find_sizes",
    "normalize_unit",
    "SIZE_WORDS",
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


# --------------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------------

# Pack / count units -> canonical name (en, es, fr, de, it).
_PACK_UNITS: dict[str, str] = {}


def _units(canonical: str, *words: str) -> None:
    for w in words:
        _PACK_UNITS[w] = canonical


_units("case", "case", "cases", "cs", "css", "ctn", "ctns", "carton", "cartons", "caja", "cajas",
       "caisse", "caisses", "kiste", "kisten", "karton", "kartons", "cassa", "casse", "cartone", "cartoni",
       "cassetta", "cassette")
_units("box", "box", "boxes", "bx", "bxs", "boite", "boites", "boîte", "boîtes", "schachtel", "scatola",
       "scatole")
_units("crate", "crate", "crates", "kasten", "kästen", "kaesten", "harasse", "harasses", "cajon",
       "cajón", "cajones")
_units("pack", "pack", "packs", "pk", "pks", "pkt", "pkts", "packet", "packets", "paquete", "paquetes",
       "paquet", "paquets", "packung", "packungen", "päckchen", "pacco", "pacchi", "confezione",
       "confezioni", "sleeve", "sleeves")
_units("bottle", "bottle", "bottles", "btl", "btls", "bt", "bts", "botella", "botellas", "bouteille",
       "bouteilles", "flasche", "flaschen", "bottiglia", "bottiglie")
_units("can", "can", "cans", "tin", "tins", "lata", "latas", "canette", "canettes", "dose", "dosen",
       "lattina", "lattine")
_units("dozen", "dozen", "dozens", "doz", "dz", "docena", "docenas", "douzaine", "douzaines", "dutzend",
       "dozzina", "dozzine")
_units("each", "each", "ea", "pcs", "pc", "piece", "pieces", "pz", "pezzi", "pezzo", "stück", "stk",
       "stueck", "unit", "units", "unidad", "unidades", "pièce", "pièces", "unites", "unités")
_units("sack", "sack", "sacks", "sacco", "sacchi", "saco", "sacos", "säcke", "saecke")
_units("bag", "bag", "bags", "bolsa", "bolsas", "sac", "sacs", "sachet", "sachets", "beutel", "tüte",
       "tüten", "busta", "buste")
_units("keg", "keg", "kegs", "barrel", "barrels", "fass", "fässer", "fut", "fût", "fûts", "fusto", "fusti",
       "barril", "barriles")
_units("tray", "tray", "trays", "bandeja", "bandejas", "plateau", "plateaux", "vassoio", "vassoi")
_units("tub", "tub", "tubs", "tarrina", "tarrinas", "pot", "pots", "becher", "vaschetta", "vaschette")
_units("jar", "jar", "jars", "bote", "botes", "bocal", "bocaux", "glas", "gläser", "barattolo",
       "barattoli", "vasetto", "vasetti")
_units("bunch", "bunch", "bunches", "manojo", "botte", "bottes", "bund", "mazzo", "mazzi")
_units("punnet", "punnet", "punnets")
_units("loaf", "loaf", "loaves")
_units("bucket", "bucket", "buckets", "cubo", "seau", "eimer", "secchio")
_units("roll", "roll", "rolls", "rollo", "rollos", "rouleau", "rouleaux", "rolle", "rollen", "rotolo",
       "rotoli")
_units("pallet", "pallet", "pallets", "palet", "palets", "palette", "paletten", "bancale")
_units("head", "head", "heads")

# Measures: token -> (dimension, canonical unit, factor to the base unit ml / g).
_MEASURES: dict[str, tuple[str, str, Decimal]] = {}


def _measure(dim: str, unit: str, factor: str, *words: str) -> None:
    for w in words:
        _MEASURES[w] = (dim, unit, Decimal(factor))


_measure("vol", "ml", "1", "ml", "mls", "millilitre", "millilitres", "milliliter", "milliliters")
_measure("vol", "ml", "10", "cl", "cls", "centilitre", "centilitres")
_measure("vol", "l", "1000", "l", "lt", "lts", "ltr", "ltrs", "litre", "litres", "liter", "liters", "litro",
         "litros", "litri", "liters")
_measure("wt", "g", "1", "g", "gr", "grs", "gm", "gms", "gram", "grams", "gramme", "grammes", "gramos",
         "grammi", "gramm")
_measure("wt", "kg", "1000", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme",
         "kilogrammes", "kilogramos", "chili", "chilo", "kilogramm")
_measure("pint", "pint", "1", "pint", "pints", "pt", "pts")
_measure("oz", "oz", "1", "oz")
_measure("lb", "lb", "1", "lb", "lbs", "pound", "pounds")
_measure("gal", "gal", "1", "gal", "gallon", "gallons")

# Unit name a weight/volume quantity is reported in (``5kg tomatoes`` -> unit "kg").
_MEASURE_QTY_UNIT = {"ml": "ml", "l": "l", "g": "g", "kg": "kg", "pint": "pint", "oz": "oz", "lb": "lb",
                     "gal": "gal"}

SIZE_WORDS: dict[str, str] = {
    "large": "large", "big": "large", "lg": "large", "lrg": "large", "grande": "large", "grand": "large",
    "gros": "large", "groß": "large", "gross": "large", "grosse": "large", "große": "large",
    "small": "small", "sm": "small", "little": "small", "mini": "small", "petit": "small",
    "petite": "small", "pequeño": "small", "pequeno": "small", "piccolo": "small", "klein": "small",
    "kleine": "small",
    "medium": "medium", "med": "medium", "mediano": "medium", "moyen": "medium", "medio": "medium",
    "mittel": "medium",
    "xl": "xl", "jumbo": "xl", "extra-large": "xl",
}

_NUMBER_WORDS: dict[str, int] = {}


def _numbers(*pairs: tuple[str, int]) -> None:
    for w, n in pairs:
        _NUMBER_WORDS[w] = n


_EN = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
       "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
_ES = ["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
       "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve", "veinte"]
_FR = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
       "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt"]
_DE = ["eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
       "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn", "zwanzig"]
_IT = ["uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici",
       "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove", "venti"]
for _lang in (_EN, _ES, _FR, _DE, _IT):
    _numbers(*((w, i + 1) for i, w in enumerate(_lang)))
_numbers(("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("hundred", 100),
         ("treinta", 30), ("cuarenta", 40), ("cincuenta", 50), ("trente", 30), ("quarante", 40),
         ("cinquante", 50), ("dreißig", 30), ("dreissig", 30), ("vierzig", 40), ("fünfzig", 50),
         ("trenta", 30), ("quaranta", 40), ("cinquanta", 50), ("fuenf", 5), ("zwoelf", 12),
         ("funf", 5), ("zwolf", 12), ("dieciséis", 16))
# "once" (es 11) and "elf" (de 11) collide with English words; accept them only before a unit.
_RISKY_NUMBER_WORDS = {"once", "elf", "sei", "tre", "due"}

# Articles that mean "one" when they open a line ("a case of", "una caja de", "eine Kiste").
_ARTICLES = {"a", "an", "one", "un", "une", "una", "uno", "ein", "eine", "einen", "einem", "another"}

_VAGUE = {"few": Decimal(3), "several": Decimal(3), "some": Decimal(1), "any": Decimal(1),
          "couple": Decimal(2), "pair": Decimal(2), "unos": Decimal(3), "unas": Decimal(3),
          "quelques": Decimal(3), "einige": Decimal(3), "paar": Decimal(2), "alcuni": Decimal(3),
          "alcune": Decimal(3), "qualche": Decimal(3)}

_HALF = {"half", "demi", "demie", "medio", "media", "mezzo", "mezza", "halbe", "halben", "halb"}

# Words that carry no product meaning inside a line.
_FILLER = {
    "of", "the", "some", "more", "please", "pls", "plz", "pl", "plse", "pleas", "thanks", "thx", "ta",
    "x", "and", "also", "plus", "with", "for", "me", "us", "our", "my", "your", "usual", "again", "too",
    "de", "del", "della", "delle", "dei", "degli", "di", "du", "des", "d", "la", "le", "les", "el", "los",
    "las", "il", "lo", "gli", "von", "vom", "der", "die", "das", "den", "und", "y", "et", "e",
    "each", "per", "por", "favor", "bitte", "svp", "merci", "gracias", "grazie", "danke", "just", "only",
    "pcs", "total", "all", "about", "around", "approx", "approximately", "ish", "like", "other", "same",
    "then", "as", "well", "if", "possible", "poss", "can", "cheers", "kindly", "ok", "okay",
}

_REQUEST_PATTERNS = [
    r"(?:can|could|may|would)\s+(?:i|we|you)\s+(?:please\s+|pls\s+)?(?:get|have|order|send|grab|bring|"
    r"add|put\s+in|deliver|also\s+get|also\s+have|get\s+us|send\s+us|send\s+me)(?:\s+(?:us|me))?",
    r"(?:i|we)(?:'d|\s+would)\s+(?:like|love)(?:\s+to\s+(?:order|get|have))?",
    r"(?:i|we)(?:'ll|\s+will)\s+(?:take|have|need|want|get)",
    r"(?:i|we)\s+(?:also\s+)?(?:need|want|require|wanna|want\s+to\s+order)",
    r"(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:after|looking\s+for|needing)",
    r"(?:please|pls|plz|kindly)\s+(?:send|add|deliver|bring|get\s+us|include)(?:\s+(?:us|me))?",
    r"(?:send|bring|deliver|get)\s+(?:us|me)", r"put\s+(?:us|me)\s+down\s+for",
    r"(?:i|we)\s+(?:would\s+like\s+to|want\s+to|wanna)\s+order", r"(?:order|ordering)\s+for",
    r"(?:order|ordering)(?=\s*:)", r"(?:need|needs|needed)", r"add\s+(?:on\s+)?",
    r"(?:new\s+)?order(?:\s+please)?(?=\s*[:\n])", r"(?:here'?s|here\s+is)\s+(?:our|my|the)\s+order",
    r"(?:our|my)\s+order(?:\s+for\s+\w+)?\s*(?:is|:)",
    # es / fr / de / it
    r"(?:quisiera|quisiéramos|quiero|queremos|necesito|necesitamos|me\s+pones|ponme|ponnos|mándame|"
    r"mandame|envíame|enviame|envíanos|pedido|pido|me\s+puedes\s+(?:mandar|enviar)|nos\s+puedes\s+"
    r"(?:mandar|enviar)|me\s+podéis\s+(?:mandar|enviar))",
    r"(?:je\s+voudrais|nous\s+voudrions|on\s+voudrait|j'aimerais|il\s+me\s+faut|il\s+nous\s+faut|"
    r"nous\s+avons\s+besoin\s+de|j'ai\s+besoin\s+de|pouvez-vous\s+(?:envoyer|livrer|nous\s+envoyer)|"
    r"pourriez-vous\s+(?:envoyer|livrer|nous\s+envoyer)|envoyez(?:-nous|-moi)?|commande|merci\s+de\s+"
    r"(?:livrer|envoyer))",
    r"(?:ich\s+brauche|wir\s+brauchen|ich\s+hätte\s+gerne?|wir\s+hätten\s+gerne?|ich\s+möchte|wir\s+"
    r"möchten|ich\s+bestelle|wir\s+bestellen|bitte\s+(?:schicken|liefern|senden)|schickt\s+uns|schicken\s+"
    r"sie\s+uns|bestellung|könnt\s+ihr\s+(?:uns\s+)?(?:schicken|liefern)|können\s+sie\s+(?:uns\s+)?"
    r"(?:schicken|liefern))",
    r"(?:vorrei|vorremmo|ci\s+servono|ci\s+serve|mi\s+servono|mi\s+serve|mandatemi|mandateci|inviatemi|"
    r"inviateci|potete\s+(?:mandare|inviare|portare)|ordine|ordino|ordiniamo|abbiamo\s+bisogno\s+di|"
    r"ho\s+bisogno\s+di|mi\s+mandi|ci\s+mandi)",
]
_REQUEST_RE = re.compile(r"\b(?:" + "|".join(_REQUEST_PATTERNS) + r")\b", re.IGNORECASE)

_DAYS = (r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?|monday|tuesday|wednesday|"
         r"thursday|friday|saturday|sunday|weekend|lunes|martes|miércoles|miercoles|jueves|viernes|"
         r"sábado|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|"
         r"mittwoch|donnerstag|freitag|samstag|sonntag|lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|"
         r"giovedì|giovedi|venerdì|venerdi|sabato|domenica")
_WHEN = (r"(?:tmrw|tmr|tmrow|tomorrow|tomorow|tommorow|tommorrow|2moro|2morrow|today|tonight|"
         r"tomorrow\s+morning|this\s+(?:morning|afternoon|evening|week|weekend)|next\s+(?:week|delivery)|"
         r"the\s+(?:morning|weekend|weekend\s+rush|week)|morning|lunch(?:time)?|noon|midday|dinner\s+service|"
         r"service|the\s+run|first\s+thing|eod|end\s+of\s+(?:the\s+)?day|asap|" + _DAYS + r")")
_TIME = r"\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h|uhr|o'?clock)?"

_NOISE_PATTERNS = [
    # PII masks left by the redaction stage
    r"\[[A-Z_]+(?:_\d+)?\]", r"<[A-Z_]+>", r"\{\{?[A-Z_]+\}?\}",
    # e-mail addresses and urls
    r"\S+@\S+\.\w+", r"https?://\S+",
    # phone numbers (9+ digits, spaced or dashed)
    r"(?<!\w)\+?\d[\d ()\-.]{7,}\d(?!\w)",
    # order / invoice / table / account references
    r"\b(?:order|invoice|inv|ref|reference|po|account|acct|acc|customer|cust)\s*(?:no\.?|number|num|nr|#)"
    r"\s*[:#]?\s*[\w-]*\d[\w-]*",
    r"\b(?:table|tbl|room|rm|unit|suite|gate|dock|bay|door|booth|stand|pitch|store|shop|branch|site)\s*"
    r"(?:no\.?|number|#)?\s*\d+\b",
    r"#\s*\d+", r"\b(?:po|ref|inv)\s*[:#]?\s*\d{3,}\b",
    # times: 10am, 10:30, 9.30am, 14h, 14 uhr, before/by/after 10
    r"\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|h|uhr)?(?!\d)(?!\s*(?:kg|g|l|ml|cl|lt|ltr)\b)",
    r"\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock|uhr)\b", r"\b\d{1,2}h\d{0,2}\b",
    r"\b(?:before|by|after|until|till|til|from|around|at|between|no\s+later\s+than|antes\s+de\s+las|"
    r"a\s+las|avant|vers|à|vor|bis|um|ab|entro\s+le|alle|prima\s+delle|dopo\s+le)\s+" + _TIME
    + r"(?:\s*(?:-|to|and|y|et|und|e)\s*" + _TIME + r")?\b",
    # dates: 12/03, 12.03.2024, 3rd, the 21st, 5 march
    r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b", r"\b\d{1,2}/(?:0?[5-9]|1[0-2]|[1-3]\d)\b(?!\s*(?:kg|l|ml|g)\b)",
    r"\b\d{1,2}\.(?:0?[1-9]|1[0-2])\.(?!\d)",
    r"\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b(?:\s+of\s+\w+)?",
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d{1,2}\b",
    # delivery timing words: for tmrw, by friday, asap
    r"\b(?:for|by|on|before|until|till|this|next|from|para|pour|für|per|entro|el|le|am|il)?\s*"
    r"(?:delivery\s+)?(?:on\s+)?" + _WHEN + r"\b(?:'s)?(?:\s+(?:delivery|drop|run|morning|please|pls))?",
    r"\b(?:para|pour|für|per)\s+(?:mañana|manana|demain|morgen|domani|hoy|aujourd'hui|heute|oggi)\b",
    r"\b(?:mañana|manana|demain|morgen|domani|hoy|aujourd'hui|heute|oggi|subito|urgente|urgent|dringend)\b",
    r"\b(?:on|in)\s+(?:the\s+)?(?:next|usual|regular|normal)\s+(?:delivery|drop|run|order)\b",
    r"\bwith\s+(?:the\s+)?(?:usual|regular|normal|next|same)\s+(?:delivery|order|drop|run)\b",
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
    r"[\w'&.\- ]{1,40}?(?:\s+(?:from|at|of|de|del|di|da|von|vom|aus|chez)\s+[\w'&.\- ]{1,40})?\s*$"
    r"|^\s*[\w'&.\-]+(?:\s+[\w'&.\-]+)?\s+(?:here|aquí|aqui|ici|hier|qui)\s*$",
    re.IGNORECASE,
)
_SIGNOFF_RE = re.compile(
    r"^\s*(?:thanks?|thank\s+you|thx|ty|tks|cheers|ta|regards|kind\s+regards|best(?:\s+regards)?|"
    r"many\s+thanks|much\s+appreciated|see\s+you|see\s+ya|cya|have\s+a\s+good\s+\w+|merci|gracias|danke|"
    r"grazie|saludos|cordialement|bisous|gruß|grüße|gruss|mfg|lg|vg|a\s+presto|un\s+saluto|saluti|"
    r"sent\s+from\s+my\s+\w+|--)\b",
    re.IGNORECASE,
)
# A line without a number that mentions any of these is an instruction, not a product.
_INSTRUCTION_WORDS = {
    "deliver", "delivery", "delivered", "deliveries", "driver", "leave", "door", "entrance", "gate",
    "invoice", "bill", "account", "pay", "payment", "paid", "receipt", "collect", "collection", "pick",
    "call", "ring", "text", "phone", "email", "address", "closed", "open", "arrive", "arrives", "arriving",
    "usual", "thanks", "thank", "cheers", "regards", "sorry", "hope", "know", "let", "think", "guess",
    "reply", "confirm", "confirmation", "asap", "urgent", "back", "tomorrow", "tmrw", "today", "wait",
    "ready", "busy", "weekend", "lieferung", "liefern", "livraison", "livrer", "entrega", "consegna",
    "factura", "facture", "rechnung", "fattura", "same", "last", "week", "time", "was", "were", "is",
    "are", "will", "did", "does", "have", "has", "had", "been", "got", "i", "we", "you", "it", "that",
    "this", "there", "they", "he", "she", "him", "her", "them", "what", "when", "how", "why", "where",
    "which", "who", "do", "if", "would", "should", "could",
}

_BULLET_RE = re.compile(r"^\s*(?:[-*•·▪►→>+–—]+|\(?[a-z]\)|\d{1,2}[.)](?!\d))\s*", re.IGNORECASE)
_NUMBERED_RE = re.compile(r"^\s*(\d{1,2})[.)](?!\d)\s+")

_NUM = r"\d+(?:[.,]\d+)?"
_FRACTIONS = {"½": " 1/2 ", "¼": " 1/4 ", "¾": " 3/4 ", "⅓": " 1/3 ", "⅔": " 2/3 "}

_TOKEN_RE = re.compile(
    r"(?P<frac>\d+\s*/\s*[1-9](?!\d))"
    r"|(?P<num>\d+(?:[.,]\d+)?)(?P<suffix>[a-zà-ÿß]+\b)?"
    r"|(?P<word>[a-zà-ÿß]+(?:['’-][a-zà-ÿß]+)*%?)"
    r"|(?P<pct>%)",
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
    q = d.normalize()
    s = format(q, "f")
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
        if base < 1000:
            return f"{_fmt(base)}ml"
        return f"{_fmt(base / 1000)}l"
    if dim == "wt":
        if base < 1000:
            return f"{_fmt(base)}g"
        return f"{_fmt(base / 1000)}kg"
    return f"{_fmt(value)}{unit}"


_SIZE_RE = re.compile(
    r"(?<![\w.,])(" + _NUM + r")\s*(" + "|".join(sorted((re.escape(k) for k in _MEASURES), key=len,
                                                          reverse=True)) + r")(?![a-zà-ÿ])",
    re.IGNORECASE,
)


def find_sizes(text: str) -> list[str]:
    """Every canonical size mentioned in a text (product names, aliases, variant names)."""
    out: list[str] = []
    for m in _SIZE_RE.finditer(text.lower()):
        value = _dec(m.group(1))
        if value is None or value == 0:
            continue
        size = canonical_size(value, m.group(2))
        if size and size not in out:
            out.append(size)
    return out


# --------------------------------------------------------------------------------------------------
# Splitting
# --------------------------------------------------------------------------------------------------


@dataclass
class _Segment:
    text: str  # raw segment
    in_list: bool  # came from a bullet/newline list, so a bare product name is a line


def _prepare(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    for k, v in _FRACTIONS.items():
        text = text.replace(k, v)
    return (text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
            .replace("×", "x").replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))


_SENTENCE_SPLIT_RE = re.compile(r"(?<=[!?])\s+|(?<=[a-zà-ÿ)\]])\.(?:\s+|$)|(?<=\d)\.\s+(?=[a-zA-Z])|\.{2,}\s*",
                                re.IGNORECASE)
_QTY_START = (r"(?:\d|(?:a|an|one|another|half|some|un|une|una|uno|ein|eine|einen|" + "|".join(
    sorted({w for w in _NUMBER_WORDS if w not in ("once", "elf") and "-" not in w}, key=len, reverse=True))
    + r")\b|a\s+(?:couple|few|dozen)|[a-zà-ÿ]+\s+x\s*\d)")
_ITEM_SPLIT_RE = re.compile(
    r"\s*;\s*|(?<!\d),(?!\d)\s*|,\s+|\s+\+\s*|\s*\+\s+|\s+\bplus\b\s+|\s+/\s+|\s+-\s+(?=\d)"
    r"|\s+(?:and|also|then|und|et|y|e|&|and\s+also|as\s+well\s+as)\s+(?=" + _QTY_START + r")",
    re.IGNORECASE,
)


def _numbered_lines(lines: list[str]) -> bool:
    """True when the lines look like a numbered list (1., 2., 3.) rather than quantities."""
    nums = [int(m.group(1)) for ln in lines if (m := _NUMBERED_RE.match(ln))]
    if len(nums) < 2:
        return False
    return nums == list(range(nums[0], nums[0] + len(nums))) and nums[0] in (0, 1)


def _segments(text: str) -> list[_Segment]:
    lines = [ln for ln in text.split("\n") if ln.strip()]
    numbered = _numbered_lines(lines)
    bulleted = sum(1 for ln in lines if _BULLET_RE.match(ln) and not _NUMBERED_RE.match(ln))
    multi = len(lines) >= 2
    out: list[_Segment] = []
    for ln in lines:
        has_bullet = False
        if numbered and _NUMBERED_RE.match(ln):
            ln = _NUMBERED_RE.sub("", ln, count=1)
            has_bullet = True
        elif not _NUMBERED_RE.match(ln) and _BULLET_RE.match(ln):
            ln = _BULLET_RE.sub("", ln, count=1)
            has_bullet = True
        sentences = [s for s in _SENTENCE_SPLIT_RE.split(ln) if s and s.strip()]
        for sent in sentences:
            items = [i for i in _ITEM_SPLIT_RE.split(sent) if i and i.strip()]
            for item in items:
                in_list = has_bullet or (multi and len(sentences) == 1) or bulleted >= 2 or len(items) > 1
                out.append(_Segment(item.strip(" .!?:-"), in_list))
    return out


# --------------------------------------------------------------------------------------------------
# Reading one segment
# --------------------------------------------------------------------------------------------------


@dataclass
class _Tok:
    kind: str  # num | word | frac | pct
    text: str
    value: Decimal | None = None
    attached: str | None = None  # letters glued to a number ("330ml", "3x", "7up")
    used: bool = False


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _TOKEN_RE.finditer(text):
        if m.group("frac"):
            a, b = re.split(r"\s*/\s*", m.group("frac"))
            toks.append(_Tok("num", m.group("frac"), Decimal(a) / Decimal(b)))
        elif m.group("num"):
            raw = m.group("num")
            suffix = (m.group("suffix") or "").lower()
            value = _dec(raw)
            if suffix and suffix not in _MEASURES and suffix not in _PACK_UNITS and suffix != "x":
                if suffix in ("st", "nd", "rd", "th"):
                    continue  # ordinal
                toks.append(_Tok("word", (raw + suffix).lower()))  # "7up", "1664x"
                continue
            toks.append(_Tok("num", raw, value, suffix or None))
            if suffix:
                toks.append(_Tok("word", suffix))
        elif m.group("word"):
            w = m.group("word").lower()
            if w.endswith("%"):
                toks.append(_Tok("word", w))
                continue
            # "x3" -> x, 3 is caught by the num branch only when separated; handle glued form here
            toks.append(_Tok("word", w))
        else:
            if toks:
                toks[-1] = _Tok("word", toks[-1].text + "%") if toks[-1].kind == "num" else toks[-1]
    # split glued multipliers like "x3" (word 'x3' never matches: letters then digits) -- regex gives
    # word 'x' then num '3', which is what we want.
    return toks


@dataclass
class _Count:
    value: Decimal
    unit: str | None
    explicit: bool
    strong: bool  # has a unit or an x marker: certainly a quantity
    index: int


def _word_number(w: str) -> int | None:
    return _NUMBER_WORDS.get(w)


_Parsed = tuple[Decimal, "str | None", "str | None", str, bool, bool]


def _read_segment(seg: str) -> _Parsed | None:
    """Parse one cleaned, lower-cased segment.

    Returns (quantity, unit, size, phrase, explicit, has_number) or None when no product words remain.
    """
    toks = _tokenize(seg)
    if not toks:
        return None
    n = len(toks)

    def word(i: int) -> str | None:
        return toks[i].text if 0 <= i < n and toks[i].kind == "word" else None

    def is_unit(i: int) -> str | None:
        w = word(i)
        return _PACK_UNITS.get(w) if w else None

    sizes: list[tuple[str, int, str]] = []  # (canonical size, index of number, measure unit)
    counts: list[_Count] = []

    # 1. measures: NUM + measure word ("330ml", "1.5 l", "25 kg")
    for i, t in enumerate(toks):
        if t.kind != "num" or t.value is None:
            continue
        w = word(i + 1)
        if w and w in _MEASURES and t.value > 0:
            size = canonical_size(t.value, w)
            if size:
                sizes.append((size, i, _MEASURES[w][1]))
                t.used = True
                toks[i + 1].used = True

    # 2. counts
    i = 0
    while i < n:
        t = toks[i]
        if t.used:
            i += 1
            continue
        value: Decimal | None = None
        explicit = True
        strong = False
        span_end = i  # last token index consumed by the count
        if t.kind == "num" and t.value is not None:
            value = t.value
            if t.attached == "x":
                strong = True
                span_end = i + 1  # the glued 'x' word token
        elif t.kind == "word":
            w = t.text
            if w in _HALF:
                value = Decimal("0.5")
                if word(i + 1) in _ARTICLES:
                    span_end = i + 1
            elif w == "a" and word(i + 1) in ("couple", "pair") or w in ("couple", "pair"):
                value = Decimal(2)
                span_end = i + 1 if w == "a" else i
                explicit = True
            elif w == "a" and word(i + 1) in ("few", "dozen", "half"):
                if word(i + 1) == "few":
                    value, explicit, span_end = Decimal(3), False, i + 1
                elif word(i + 1) == "half":
                    value, span_end = Decimal("0.5"), i + 1
                else:
                    value, span_end = Decimal(1), i  # "a dozen": dozen is the unit
            elif w in _VAGUE:
                value, explicit = _VAGUE[w], False
            elif (num := _word_number(w)) is not None and w not in _ARTICLES:
                nxt = word(i + 1)
                if w in _RISKY_NUMBER_WORDS and not (nxt and (nxt in _PACK_UNITS or nxt in _MEASURES)):
                    i += 1
                    continue
                value = Decimal(num)
            elif w in _ARTICLES:
                # an article means "one" only where a quantity is expected: at the start of the line
                # (before any product word) or right before a pack unit / measure
                before_words = [x for x in toks[:i] if x.kind == "word" and not x.used
                                and x.text not in _FILLER]
                nxt = word(i + 1)
                if (not before_words) or (nxt and nxt in _PACK_UNITS):
                    value = Decimal(1)
                    if w == "one" or w == "another":
                        explicit = True
            if value is None:
                i += 1
                continue
        else:
            i += 1
            continue

        # a bare big number after product words is a name part ("kronenbourg 1664", "coke 330 x 24")
        if (t.kind == "num" and t.attached is None and value is not None and value >= 100
                and not is_unit(i + 1) and word(i - 1) != "x"
                and any(x.kind == "word" and not x.used and x.text not in _FILLER for x in toks[:i])):
            toks[i] = _Tok("word", t.text)
            i += 1
            continue

        # "x 3" / "3 x" markers
        j = span_end + 1
        if value is not None and word(j) == "x" and not toks[j].used:
            strong = True
            span_end = j
            j += 1
        if t.kind == "num" and i > 0 and word(i - 1) == "x" and not toks[i - 1].used:
            strong = True
            toks[i - 1].used = True
        # "of" after vague words ("a couple of", "a few of")
        if word(j) == "of" and toks[span_end].text in ("couple", "pair", "few", "half", "a"):
            span_end = j
            j += 1
        # optional size word between count and unit ("2 large bags")
        unit: str | None = None
        k = j
        if word(k) in SIZE_WORDS and is_unit(k + 1):
            k += 1
        if (u := is_unit(k)) is not None and not toks[k].used:
            unit = u
            strong = True
            span_end = k
            toks[k].used = True
            if word(k + 1) == "of":
                toks[k + 1].used = True
            elif word(k + 1) == "x" and k + 2 < n and toks[k + 2].kind == "num":
                # "2 cases x 24": the x-number is pack composition
                toks[k + 1].used = True
                toks[k + 2].used = True
        elif t.kind == "word" and (mw := word(k)) is not None and mw in _MEASURES and not toks[k].used:
            unit = _MEASURE_QTY_UNIT[_MEASURES[mw][1]]  # "cinco kilos de tomates"
            strong = True
            span_end = k
            toks[k].used = True
            if word(k + 1) in ("of", "de", "di", "d"):
                toks[k + 1].used = True
        elif word(k) == "dozen":
            unit = "dozen"
            strong = True
            span_end = k
            toks[k].used = True
        # half + a + case handled above; "a half case" too
        for x in range(i, span_end + 1):
            if 0 <= x < n:
                toks[x].used = True
        counts.append(_Count(value, unit, explicit, strong, i))
        i = span_end + 1

    # pack composition: "24x330ml" or "24 x 330ml" right before a size, when another count exists
    size_idx = {s[1] for s in sizes}
    if len(counts) >= 2:
        kept = []
        for c in counts:
            if c.strong and c.unit is None and (c.index + 2 in size_idx or c.index + 1 in size_idx):
                continue
            kept.append(c)
        if kept:
            counts = kept

    # unit right after a measure: "25kg sack", "50l keg"
    measure_pack: str | None = None
    for _size, idx, _mu in sizes:
        if (u := is_unit(idx + 2)) is not None:
            measure_pack = u
            toks[idx + 2].used = True
            if word(idx + 3) == "of":
                toks[idx + 3].used = True
            break

    # remaining words: size words, phrase
    size_word: str | None = None
    phrase_words: list[str] = []
    bare_unit: str | None = None
    for t in toks:
        if t.used:
            continue
        if t.kind == "num":
            continue
        w = t.text
        if w in SIZE_WORDS and size_word is None:
            size_word = SIZE_WORDS[w]
            continue
        if w in _PACK_UNITS and bare_unit is None and not phrase_words and w not in ("can", "tin", "pot",
                                                                                     "glas", "dose"):
            bare_unit = _PACK_UNITS[w]  # "case of coke" (no number)
            continue
        if w in _FILLER or w in _ARTICLES or w == "x":
            continue
        phrase_words.append(w)

    # a trailing pack word in the phrase ("coke zero cans") is the unit when no other unit was given
    if phrase_words and phrase_words[-1] in _PACK_UNITS and len(phrase_words) > 1:
        tail_unit: str | None = _PACK_UNITS[phrase_words[-1]]
    else:
        tail_unit = None

    phrase = " ".join(phrase_words).strip(" -'")
    if not phrase and not counts:
        return None

    quantity: Decimal
    unit: str | None
    size: str | None = None
    explicit: bool
    has_number = bool(counts) or bool(sizes)
    strong_counts = [c for c in counts if c.strong]
    chosen = strong_counts[0] if strong_counts else (counts[0] if counts else None)
    if chosen is not None:
        quantity, unit, explicit = chosen.value, chosen.unit, chosen.explicit
        if unit is None:
            unit = measure_pack or bare_unit or tail_unit
        if sizes:
            size = sizes[0][0]
    elif sizes:
        first, _idx, munit = sizes[0]
        weightish = munit in ("kg", "g", "lb", "oz")
        if measure_pack is None and (weightish or (munit == "l" and _litres_as_quantity(seg))):
            value = toks[_idx].value
            assert value is not None
            quantity, unit, explicit = value, _MEASURE_QTY_UNIT[munit], True
            if len(sizes) > 1:
                size = sizes[1][0]
        else:
            quantity, unit, explicit = Decimal(1), measure_pack or bare_unit or tail_unit, False
            size = first
    else:
        quantity, unit, explicit = Decimal(1), bare_unit or tail_unit, False
    if size is None and size_word is not None:
        size = size_word
    if quantity <= 0:
        return None
    return quantity, unit, size, phrase, explicit, has_number


def _litres_as_quantity(seg: str) -> bool:
    """``10 litres of milk`` is an amount; ``1.5l coke`` is a bottle size."""
    return re.search(r"\d\s*(?:l|lt|ltr|ltrs|litres?|liters?|litros?|litri)\s+(?:of|de|di)\b", seg) is not None


def _clean(segment: str) -> str:
    s = segment.lower()
    s = _GREETING_RE.sub(" ", s)
    s = _REQUEST_RE.sub(" ", s)
    s = _NOISE_RE.sub(" ", s)
    s = re.sub(r"[\"()\[\]{}:!?¿¡*_=<>|~^]", " ", s)
    s = re.sub(r"(?<!\d)\.(?!\d)", " ", s)
    s = re.sub(r"(?<=[a-zà-ÿ])/(?=[a-zà-ÿ])", " ", s)
    return re.sub(r"\s+", " ", s).strip(" ,.-'")


def _is_noise_segment(raw: str) -> bool:
    if _SIGNOFF_RE.match(raw) or _IDENTITY_RE.match(raw):
        return True
    return False


def extract_lines(text: str) -> list[OrderLine]:
    """Split a message into order lines; greetings, sign-offs and delivery notes are not lines."""
    if not text or not text.strip():
        return []
    prepared = _prepare(text)
    segments = _segments(prepared)
    any_number_line = False
    parsed: list[tuple[_Segment, _Parsed]] = []
    for seg in segments:
        raw = seg.text
        if not raw or _is_noise_segment(raw):
            continue
        cleaned = _clean(raw)
        if not cleaned:
            continue
        res = _read_segment(cleaned)
        if res is None:
            continue
        if not res[3]:
            # a bare quantity ("2 cs") belongs to the product named just before it ("coke zero - 2 cs")
            if parsed and not parsed[-1][1][4]:
                prev_seg, _prev = parsed[-1]
                merged_raw = f"{prev_seg.text} {raw}"
                merged = _read_segment(_clean(merged_raw))
                if merged is not None and merged[3]:
                    parsed[-1] = (_Segment(merged_raw, prev_seg.in_list), merged)
                    any_number_line = True
            continue
        parsed.append((seg, res))
        if res[5]:
            any_number_line = True

    out: list[OrderLine] = []
    for seg, (qty, unit, size, phrase, explicit, has_number) in parsed:
        if not has_number:
            # a bare product name is a line only inside a list, and only if it reads like a product
            words = phrase.split()
            if not seg.in_list and not (any_number_line and len(words) <= 4):
                continue
            if len(words) > 6 or any(w in _INSTRUCTION_WORDS for w in words):
                continue
            if seg.text.rstrip().endswith("?"):
                continue
        out.append(OrderLine(quantity=qty, unit=unit, size=size, phrase=phrase,
                             original_text=seg.text.strip(), quantity_explicit=explicit))
    return out
