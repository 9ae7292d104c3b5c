"""NON_ORDER_REQUEST, the intent classifier's test of a request that orders nothing (jobs/language/intent.py):
"I would like to book a flight", "can I have a quote for 50 cases", "Could you send the allergen sheet for ...".
Patterns are data; the scores stay in intent.py."""

from __future__ import annotations

import re
from collections.abc import Sequence

from db.enums import MessageIntent as Intent
from jobs.language.extraction import OrderLine, names_goods
from jobs.language.terms import ACCOUNT_PENDING_RE, CREDIT_RE

__all__ = ["NON_ORDER_REQUEST", "asks_to_know", "goods_line", "non_order_intent"]


# Imperatives that order a count (NON_ORDER_REQUEST exceptions, below): "send ...", "add 3 biscoff"
SEND_NOW = re.compile(
    r"^\s*(?:(?:hi|hello|hey)\b[ ,!]*)?(?:please\s+|pls\s+)?(?:send|deliver|bring|drop)\b", re.I
)


# "send 40 jameson for thurs": an imperative with a count of something named (never money: "send 50 dollars")
SEND_COUNT = re.compile(
    r"^\s*(?:(?:hi|hello|hey)\b[ ,!]*)?(?:please\s+|pls\s+)?(?:send|deliver|bring|drop)\s+(?:us\s+|me\s+)?\d+\s+"
    r"(?!(?:dollars?|euros?|pounds?|bucks|quid|usd|eur|gbp|to|from|of|percent|per)\b)[a-zà-öø-ÿ]",
    re.I,
)

# NEED_COUNT: "i'd like 3 metaxa and 2 tsipouro", "vi behöver 4 prästost och 12 ..." (read "we need 4 ..."): a
# request opener followed straight by a count of something, never money, time or people; with two counted lines
# or more it orders them (NON_ORDER_REQUEST, below)
NEED_COUNT = re.compile(
    r"^\s*(?:(?:hi|hello|hey)\b[ ,!]*)?(?:please\s+|pls\s+)?(?:(?:i|we)(?:'d|\s+would)\s+(?:like|love)|"
    r"(?:i|we)(?:'ll|\s+will)?\s+(?:also\s+)?(?:need|want|require))\s+(?:(?:another|an?\s+extra)\s+)?\d+\s+"
    r"(?:more\s+)?(?!(?:dollars?|euros?|pounds?|bucks|quid|usd|eur|gbp|to|from|of|percent|per|minutes?|mins?|hours?|"
    r"hrs?|days?|nights?|weeks?|months?|years?|seconds?|people|persons?|adults?|kids|children|guests|tickets?|"
    r"seats?|rooms?|ideas?|reasons?|tips?|ways?|times?)\b)[a-zà-öø-ÿ]",
    re.I,
)

ADD_COUNT = re.compile(
    r"^\s*(?:(?:hi|hello|hey)\b[ ,!]*)?(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+)?(?:also\s+)?add\s+"
    r"(?:another\s+|an?\s+extra\s+)?\d",
    re.I,
)


# NON_ORDER_REQUEST: "I would like to book a flight", "can I see my last 5 transactions", "I'd like a
# window seat": a request opener is not an order. A message classified ORDER stays ORDER only when a
# line with a stated quantity names goods (food, drink, catering supplies) or it says "order"/refers to
# an earlier order; a request whose opener is followed by "to <verb>" where the verb is not one of
# ordering ("to book", "to transfer") never is. It becomes QUESTION when it asks, otherwise OTHER.
NON_ORDER_REQUEST = "non-order request: a request opener with no goods and quantities"
_REQUEST_TO_VERB = re.compile(
    r"\b(?:i|we)(?:'d|\s+would)\s+(?:like|love)\s+to\s+(?P<a>[a-z]+)|\b(?:i|we)\s+(?:want|need)\s+to\s+(?P<b>[a-z]+)"
    r"|\b(?:can|could|may)\s+(?:i|we|you|u)\s+(?:please\s+|pls\s+|also\s+|just\s+)*(?P<c>[a-z]+)",
    re.IGNORECASE,
)
_ORDER_VERBS = frozenset(
    [
        "order",
        "reorder",
        "get",
        "have",
        "add",
        "place",
        "buy",
        "take",
        "increase",
        "up",
        "swap",
        "grab",
        "bring",
        "send",
        "deliver",
        "drop",
        "pop",
        "put",
        "include",
        "change",
        "top",
        "do",
        "supply",
        "try",
    ]
)
# ... and a purchase order named by its letters ("Please add glasswasher chemicals x 6 to PO TPC-118204"), never
# Tagalog's polite "po"
_ORDER_WORD = re.compile(
    r"\b(?:order|orders|pedido|commande|bestellung|bestellen|ordine|cases?|cs|purchase\s+order)\b|(?-i:\bPO\b)",
    re.I,
)
_ASKS = re.compile(
    r"\?\s*$|^\s*(?:do|does|is|are|what|what's|how|when|where|which|who|why|can\s+i\s+(?:see|bring)|"
    r"should)\b"
    # "I would like to know whether you deliver to Frome", "vorrei sapere se...", "quisiera saber si..."
    r"|\b(?:i|we)(?:'d|\s+would)\s+like\s+to\s+(?:know|ask|check|find\s+out)\b|\bcan\s+i\s+ask\b"
    r"|\b(?:vorrei|volevo)\s+sapere\b|\b(?:quisiera|quer[ií]a|me\s+gustar[ií]a)\s+saber\b"
    r"|\b(?:gostaria\s+de|queria)\s+saber\b|\bje\s+(?:voudrais|souhaiterais)\s+savoir\b"
    r"|\bich\s+(?:m[öo]chte|w[üu]rde\s+gerne?)\s+wissen\b",
    re.IGNORECASE,
)


_OPENER = re.compile(
    r"^\s*(?:(?:hi|hello|hey)\b[ ,!]*)?(?:(?:i|we)(?:'d|\s+would)\s+(?:like|love)|(?:i|we)\s+(?:want|need)|"
    r"(?:can|could|may)\s+(?:i|we|you)|please|pls|do\s+i|je\s+voudrais|quisiera|vorrei|ich\s+m[öo]chte|"
    r"order\s+me|get\s+me|find\s+me|add\b|send\b|set\b|log\b|dim\b|move\b|convert\b|calculate\b|what'?s\b)",
    re.IGNORECASE,
)
_PERSONAL = re.compile(
    r"\b(?:shopping\s+list|my\s+list|calendar|playlist|reminder|flight|accounts?|appointment|tickets?|meeting|email|"
    r"mortgage|luggage|lights|heating|taxi|uber|percent|degrees|thousand|euros|dollars|pounds|birthday|"
    r"table\s+for\s+\d+)\b|[£$€]\s?\d",
    re.IGNORECASE,
)


# BILLING_ACCOUNT: where an order is billed ("Invoice to account NK-0043", "charge it to our account") is no personal
# account: an order of goods with quantities stays an order (its credit terms are CREDIT_TERMS's, pipeline/decide.py)
_BILLING = re.compile(
    r"\b(?:invoice|bill|charge)\s+(?:it\s+|this\s+|them\s+)?(?:to|on|against)\s+(?:the\s+|our\s+|my\s+)?account\b",
    re.IGNORECASE,
)
# "... Not ordering yet", "just comparing": a price asked for is asked, whatever else the message says
# (and "nog geen bestelling", "na razie tylko zapytanie", "şimdilik sipariş değil", "todavía no es un pedido", "pas encore
# de commande", "noch keine Bestellung", "ainda não é encomenda", "non è ancora un ordine")
_NOT_YET_WORDS = (
    r"not\s+ordering\s+(?:yet|now|today)|just\s+comparing|poki\s+ne\s+zamovlyayu|prosto\s+pitayu|nog\s+geen\s+bestelling|"
    r"na\s+razie\s+(?:tylko\s+)?zapytanie|[şs]imdilik\s+sipari[şs]\s+de[ğg]il|todav[ií]a\s+no\s+(?:es\s+(?:un\s+)?)?pedido|"
    r"pas\s+encore\s+(?:de\s+|une\s+)?commande|noch\s+keine\s+bestellung|ainda\s+n[ãa]o\s+(?:[ée]\s+)?(?:encomenda|pedido)|"
    r"non\s+(?:[èe]\s+)?ancora\s+(?:un\s+)?ordine"
)
_NOT_YET = re.compile(rf"\b(?:{_NOT_YET_WORDS})\b", re.I)
_QUOTE = re.compile(
    r"\b(?:a\s+)?(?:quote|quotation|estimate|price\s+list|prices?\s+for|a\s+price\s+on|pricing\s+for|presupuesto|cotizaci[oó]n|"
    + _NOT_YET_WORDS
    + r"|devis|angebot|kostenvoranschlag|preventivo|discount|(?:a\s+)?(?:better|good)\s+(?:price|deal)|descuento|remise|"
    r"rabatt|sconto|korting|desconto)\b",
    re.IGNORECASE,
)
# ...unless the message also places an order ("send 2 cases now and quote me for 50")
_ORDER_VERB_NOW = re.compile(
    r"\b(?:send(?!\s+(?:me|us)\s+(?:a|the|your)\s+(?:quote|price|prices|quotation))|deliver|please\s+add|"
    r"add\s+\d|we'?ll\s+take|order\s+\d)\b",
    re.IGNORECASE,
)


# KNOW_ASK: "I would like to know whether your berbere contains peanut", "Vorrei sapere se avete ... in sacchi da 10 kg",
# "Jag skulle vilja veta om...", "Haluaisin tietää, onko teillä...", "Kunnen jullie me laten weten...": a sentence that opens
# by asking to know asks, whatever goods and counts it names. DOCUMENT_REQUEST: "Could you send the allergen sheet for
# the brioche buns?", "your updated price list", "potreste mandarmi la scheda allergeni", "a sample of the sella basmati":
# a document or a sample asked for is no order of the goods it names. Both stay orders when the message also sends for
# a count of goods ("... and send 3 cases of coke").
_KNOW_ASK = re.compile(
    r"(?:^|[.!?\n]\s*)(?:(?:hi|hello|hey|dear\s+\w+|good\s+(?:morning|afternoon|evening)|hej|bonjour|buongiorno|hola|"
    r"bom\s+dia|hallo)\b[\s,.!]*)?(?:(?:i|we)(?:'d|\s+would)\s+like\s+to\s+(?:know|find\s+out|(?:ask|check|confirm)\s+"
    r"(?:whether|if))|(?:vorrei|volevo)\s+sapere|(?:quisiera|quer[ií]a)\s+saber|(?:gostaria\s+de|queria)\s+saber|"
    r"je\s+(?:voudrais|souhaiterais)\s+savoir|ich\s+m[öo]chte\s+(?:gerne?\s+)?wissen|jag\s+skulle\s+vilja\s+veta|"
    r"haluaisin\s+tiet[äa][äa]|kunnen\s+jullie\s+(?:me\s+|ons\s+)?laten\s+weten|ik\s+wil\s+graag\s+weten|"
    r"chcia[łl](?:a|e)?(?:bym|by[śs]my)\s+wiedzie[ćc]|vi\s+skulle\s+gerne\s+vide|jeg\s+vil\s+gjerne\s+vite|"
    r"(?:tha\s+)?i?thela\s+na\s+matho)\b",
    re.IGNORECASE | re.MULTILINE,
)
_DOCUMENT = re.compile(
    r"\b(?:send|get|have|email|e-mail|forward|request|mandarmi|mandarci|inviarmi|inviarci|envoyer|enviar(?:me|nos)?|schicken|"
    r"skicka|sende)\b.{0,60}?\b(?:allergen\w*|allergeni|allerg[eè]nes|spec(?:ification)?\s+sheets?|price\s*lists?|"
    r"statement|certificates?|copy|copies|availability\s+list|list\s+(?:of|with)|brochure|catalogue|catalog|coshh|"
    r"data\s*sheets?|scheda|schede|fiches?\s+techniques?|ficha|datenblatt|innehållsförteckning\w*|ingredients?\s+list|"
    r"samples?)\b",
    re.IGNORECASE,
)
_INVOICE_COPY = re.compile(
    r"\b(?:cop(?:y|ies)\s+of\s+(?:the\s+|our\s+|an?\s+)?invoices?|invoice\s+cop(?:y|ies))\b", re.I
)
# "Could you send ...": a document asked for, not told of (DOCUMENT_REQUEST)
_ASKS_YOU = re.compile(r"\W*(?:could|can|would)\s+(?:you|u)\b", re.I)
_PERCENT = re.compile(r"\d\s?%")
_SENDS_FOR_COUNT = re.compile(
    r"\b(?:send|deliver|add|bring|put|take)\s+(?:me\s+|us\s+)?(?:another\s+|an?\s+extra\s+)?\d+\s+(?!cop(?:y|ies)\b)",
    re.IGNORECASE,
)


def _trade_account(body: str) -> str:
    """The body without the accounts an order is billed to or asks terms on (BILLING_ACCOUNT, and TRADE_ACCOUNT:
    "Can we open a 30-day account? Then send 6 bags ...", "put it on our 60-day account": such an order is
    held for its terms by CREDIT_TERMS/ACCOUNT_PENDING, pipeline/decide.py), which are no personal account."""
    body = _BILLING.sub(" ", body)
    return ACCOUNT_PENDING_RE.sub(" ", CREDIT_RE.sub(" ", body))


def asks_to_know(body: str) -> bool:
    """KNOW_ASK (above): a sentence of the body opens by asking to know."""
    return _KNOW_ASK.search(body) is not None


def goods_line(line: OrderLine) -> bool:
    """A line with a stated quantity of something sold: a goods noun, or a pack, weight or size."""
    if not (line.understood and line.quantity_explicit):
        return False
    return names_goods(line.phrase) or line.unit is not None or line.size is not None


def non_order_intent(
    body: str, lines: Sequence[OrderLine], intent: Intent, history: bool, *, knows: bool | None = None
) -> Intent | None:
    """NON_ORDER_REQUEST (above): the intent an ORDER ``intent`` becomes when the body opens with a request and
    carries no goods with quantities, or asks for a non-ordering action (QUESTION or OTHER), else None
    (``history``: the body refers to an earlier order; ``knows``: `asks_to_know(body)` when the caller read it)."""
    if (
        intent == Intent.ORDER
        and len(body) <= 300
        and _QUOTE.search(body)
        and (not _ORDER_VERB_NOW.search(body) or _NOT_YET.search(body))
    ):
        # "can I have a quote for 50 cases of pepsi max?": a price asked for goods is not an order of them
        return Intent.QUESTION
    if intent == Intent.ORDER and not _SENDS_FOR_COUNT.search(body):
        if asks_to_know(body) if knows is None else knows:
            return Intent.QUESTION
        # "Could you send a statement?" asks; "Please send a copy of invoice 61230" tells (accounts' paperwork)
        if _DOCUMENT.search(body):
            tells = "?" not in body and not _ASKS_YOU.match(body)
            return Intent.OTHER if tells and _INVOICE_COPY.search(body) else Intent.QUESTION
    if intent != Intent.ORDER or len(body) > 300 or not _OPENER.search(body) or history:
        return None
    goods = any(goods_line(x) for x in lines)
    # "Invoice to account NK-0043" bills an order, "Can we open a 30-day account? Then send ..." asks its terms
    unbilled = _trade_account(body)
    m = _REQUEST_TO_VERB.search(unbilled)
    verb = (m.group("a") or m.group("b") or m.group("c")).lower() if m else None
    # "Can we [set up a 30-day account] and put this on it": a conjunction left there is no verb
    verb = None if verb in {"and", "then", "if", "so"} else verb
    # "set the lights to 50%" is no order; "2 x 10kg 70.5% callets" is: a percentage counts without goods
    percent = _PERCENT.search(body) is not None and not goods
    personal = _PERSONAL.search(unbilled)
    foreign = (verb is not None and verb not in _ORDER_VERBS) or bool(personal) or percent
    if foreign and not (goods and _ORDER_WORD.search(body)):
        return _not_order(body)
    if goods or _ORDER_WORD.search(body):
        return None
    if verb in _ORDER_VERBS and any(
        x.understood and (x.quantity_explicit or names_goods(x.phrase)) for x in lines
    ):
        return None
    counted = sum(1 for x in lines if x.understood and x.quantity_explicit)
    if (SEND_NOW.match(body) or NEED_COUNT.match(body)) and counted >= 2:
        # "Send 200 maggi star and 120 knorr cubes", "i'd like 3 metaxa and 2 tsipouro": counted lines asked for
        return None
    if (ADD_COUNT.match(body) or SEND_COUNT.match(body)) and counted >= 1:
        return None  # "add 3 biscoff pls": adding a count of something is ordering it
    return _not_order(body)


def _not_order(body: str) -> Intent:
    return Intent.QUESTION if _ASKS.search(body) else Intent.OTHER
