"""The extractor's regular expressions, as data: requests, noise (times, dates, references, PII masks),
greetings and sign-offs, list and item separators, and the numbers that count nothing (prices, postcodes,
scores). Built from the words in pack_units.py, measures.py, number_words.py, talk_words.py and goods_words.py; the parser modules only apply them.
"""

from __future__ import annotations

import re

from jobs.language.alternation import Alternation
from jobs.language.extraction.codes import CODE_WORD
from jobs.language.extraction.measures import MEASURES
from jobs.language.extraction.number_words import NUMBER_WORDS
from jobs.language.extraction.talk_words import (
    GREEK_UKRAINIAN_THANKS,
    HEADER_LABELS,
    NON_ITEM_NOUNS,
    REPLY_MARKS,
    SUBJECT_LABELS,
    WROTE_WORDS,
)
from jobs.language.tables import phrase_pattern

_REQUEST_PATTERNS = [
    r"(?:can|could|may|would|will)\s+(?:i|we|you|u|ya)\s+(?:please\s+|pls\s+|also\s+|just\s+)?(?:get|have|"
    r"order|send|grab|bring|add|put\s+in|deliver|drop|do|pop|chuck|stick|bung|throw\s+in|get\s+us|send\s+us|send\s+me|"
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
    r"(?:chuck|bung|stick|pop|throw)\s+in",
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
    # Welsh "allwch chi anfon" (can you send), "hoffwn archebu" (I'd like to order); Albanian "dëshiroj të porosis"
    r"(?:a\s+)?(?:allwch|gallwch)\s+chi\s+(?:anfon|ddanfon)|hoffwn\s+(?:archebu|gael)|d[ëe]shiroj\s+t[ëe]\s+porosis",
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
REQUEST_RE = Alternation(_REQUEST_PATTERNS, re.IGNORECASE, prefix=r"\b(?:", suffix=r")\b", wrap=False)
_DAYS = (
    r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|weekend|lunes|martes|miércoles|miercoles|jueves|viernes|"
    r"sábado|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|"
    r"mittwoch|donnerstag|freitag|samstag|sonntag|lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|"
    r"giovedì|giovedi|venerdì|venerdi|sabato|domenica|mondays|tuesdays|wednesdays|thursdays|fridays|"
    r"saturdays|sundays|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|segunda|terça|terca|"
    r"quarta|quinta|sexta|sábado|amanhã|amanha|morgen|poniedziałek|poniedzialek|wtorek|środa|sroda|czwartek|"
    r"piątek|piatek|sobota|niedziela|jutro|pazartesi|salı|carsamba|çarşamba|perşembe|persembe|cumartesi|"
    # Turkish "for Friday", "for tomorrow": the day with its dative ("cumaya", "yarına", "salıya")
    r"cuma|cumaya|cumartesiye|pazartesiye|salıya|saliya|çarşambaya|carsambaya|perşembeye|persembeye|"
    r"yarın|yarin|måndag|mandag|tisdag|tirsdag|onsdag|torsdag|fredag|lördag|lordag|lørdag|söndag|sondag|"
    r"søndag|imorgon|i\s+morgon|jumma|jummah|jumerat|jumeraat|jumairat|itwar|somvar|mangalvar|budhvar|guruvar|shukravar|"
    r"shanivar|ravivar|"
    # Romanian, Lithuanian (any case: "šeštadieniui"), Ukrainian as read in Latin letters, Polish accusatives
    r"luni|mar[tț]i|miercuri|joi|vineri|s[âa]mb[ăa]t[ăa]|duminic[ăa]|"
    r"pirmadien\w*|antradien\w*|tre[čc]iadien\w*|ketvirtadien\w*|penktadien\w*|[šs]e[šs]tadien\w*|"
    r"sekmadien\w*|ponedilok|vivtorok|seredu|sereda|chetver|p'?i?yatnyts\w*|p'?yatnits\w*|subotu|subota|"
    r"nedil\w*|sobot[eę]|[śs]rod[eę]|niedziel[eę]|"
    # Welsh (a weekday after "dydd", soft-mutated "ddydd"), Albanian (with its article, definite "-n")
    r"d?dydd\s+(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)|llun|mercher|gwener|sadwrn|"
    r"(?:e\s+)?(?:h[ëe]n[ëe]n?|mart[ëe]n|m[ëe]rkur[ëe]n?|enjte[n]?|premte[n]?|shtun[ëe]n?|diel[ëe]n?)"
)
# One word that names a day ("sunday", "fri", "piątek"): a list label's or a delivery day's word.
DAY_WORD_RE = re.compile(_DAYS, re.IGNORECASE)
_WHEN = (
    r"(?:tmrws?|tmr|tmrow|tomorrow'?s|tomorrow|tomorow|tommorow|tommorrow|2moro|2morrow|today'?s|today|tonight|"
    r"tomorrow\s+morning|this\s+(?:morning|afternoon|evening|week|weekend)|next\s+(?:week|delivery)|"
    r"the\s+(?:morning|weekend|week)|morning|lunch(?:time)?|brunch|noon|midday|first\s+thing|eod|"
    r"end\s+of\s+(?:the\s+)?day|asap|a\.s\.a\.p|kal\s+subah|kal|parson|naalaikku|naalai|nalaikku|shukrobar|"
    r"sukrobar|deftera|triti|tetarti|pempti|paraskevi|savvato|kyriaki|avrio|"
    r"yfory|heddiw|nes[ëe]r|tmoz|" + _DAYS + r")"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"  # a day of a month, and a month (NOT_A_DATE)
_MON = r"(?:0?[1-9]|1[0-2])"
_TIME = r"\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h|uhr|o'?clock)?"
_STREET = (
    r"street|st|road|rd|lane|ln|avenue|ave|quay|way|drive|dr|place|pl|square|sq|row|close|court|"
    r"ct|terrace|crescent|hill|park|gardens|walk|parade|strasse|straße|str|rue|calle|via|viale"
)
# Month words of the five languages, matched as whole words (DATE_WORDS below).
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|junio|julio|agosto|sept?iembre|"
    r"octubre|noviembre|diciembre|janvier|f[ée]vrier|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|"
    r"novembre|d[ée]cembre|januar|februar|m[äa]rz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|"
    r"maggio|giugno|luglio|settembre|ottobre|dicembre|"
    # Welsh and Albanian ("mawrth" is also Tuesday, "medi" Italian medium, "mars" a chocolate bar)
    r"ionawr|chwefror|ebrill|mehefin|gorffennaf|awst|hydref|tachwedd|rhagfyr|janar|shkurt|prill|"
    r"qershor|korrik|gusht|shtator|tetor|n[ëe]ntor|dhjetor)"
)
# a street address, never a count of a product named like one ("1 orchard lane keg", "3 cases orchard lane")
# (a count with its unit is no house number: "2 cases Dr Pepper", "1 case Koonunga Hill shiraz"). A catalog
# name read so ("1 penny lane" of a rose) is caught by matching/address_goods.py (ADDRESS_OR_GOODS).
# HOUSE_NUMBER_RANGE: a range of house numbers opens an address as one number does ("12-14 High Street", "3/5
# Market Place"), never a count of 12
STREET_ADDRESS = (
    r"\b\d{1,4}[a-z]?(?:\s*[-–/]\s*\d{1,4}[a-z]?)?\s+(?!(?:cases?|cs|ctns?|cartons?|box(?:es)?|packs?|bags?|bottles?|btls?|cans?|crates?|"
    r"trays?|sacks?|tubs?|jars?|tins?|kegs?|magnums?|x)\b)(?:[a-z]+\s+){1,2}(?:"
    + _STREET
    + r")\b\.?(?!\s+(?:kegs?|cases?|bottles?|cans?|box(?:es)?|"
    r"packs?|bags?|crates?|trays?|sacks?|tubs?|jars?|tins?)\b)"
)
STREET_ADDRESS_RE = re.compile(STREET_ADDRESS, re.IGNORECASE)
# UK_POSTCODE: a full UK postcode, outward and inward code ("E8 4RT", "AL9 5HX", "OX1 3DQ", "SW1A 1AA"), is where
# the goods go, never a count ("E8 4RT" was 8 of "4rt"). Letters as the Royal Mail uses them: no Q, V or X first,
# no I, J or Z second, and never C, I, K, M, O or V in the inward code, so "x2 3kg" and "cs2 4pk" stay counts.
UK_POSTCODE = r"\b[a-pr-uwyz](?:[a-hk-y]?\d[a-z\d]?|\d[a-z]?)\s?\d[abd-hjlnp-uw-z]{2}\b"
UK_POSTCODE_RE = re.compile(UK_POSTCODE, re.IGNORECASE)
_NOISE_PATTERNS = [
    # UK_POSTCODE: the postcode after an address
    UK_POSTCODE,
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
    r"\s*(?:is\s+)?[:#]?\s*[\w-]*\d[\w-]*",
    # "gate code 4471", "keypad 2580", "door code is 1234": an access code
    r"\b(?:(?:gate|door|key|access|entry|alarm|lock)\s*code|keypad|key\s*safe)\s*(?:is\s+)?[:#]?\s*\d+\b",
    r"\b(?:account|acct|acc|invoice|inv|po|ref|order)\s*[:#]?\s*\d{3,}\b",
    # "PO NN-4471", "po ab/4490": a purchase order number with its letters
    r"\bpo\s*[:#]?\s*(?:[a-z]{1,5}[-/]?){1,3}\d{3,}\b",  # also "PO NUC-PO-58330"
    r"\b(?:table|tbl|room|rm|unit|suite|gate|dock|bay|door|booth|stand|pitch|store|shop|branch|site|"
    r"truck|lorry|kiosk|cart|trailer|outlet|location|till|platform|ward|canteen|stall|"
    r"semaine|week|woche|settimana|semana|kw|year|floor|level\s+\d\s+to)\s*(?:no\.?|number|#)?\s*\d+\b",
    r"\bvan\s*(?:no\.?|number|#)?\s*\d+\b(?![.,]?\d)(?!\s*(?:g|gr|gram|grams|kg|kilo|l|ml|cl|liter|stuks?|x)\b)",
    # MOORING: where a boat lies, in the languages of the marinas ("ponton C", "pontoon F9", "quai 11", "berth 14",
    # "pontile 7", "banchina 3", "molo 2", "vez 12", "amarre 31", "muelle 5"): a place, never a count or a line
    r"\b(?:berth|pontoon|ponton|quai|quay|pontile|banchina|molo|vez|amarre|muelle|jetty)\s*(?:no\.?|n°|#)?\s*"
    r"(?:[a-z]?\d{1,3}[a-z]?|[a-z])\b(?![.,]?\d)(?!\s*(?:g|kg|l|ml|cl|x|kom|pak)\b)",
    # "Address is 5 Kingsway Arches", "delivery address: 12 Mill Yard": where it goes, never a count
    r"\b(?:(?:delivery\s+)?address|deliver\s+to)\s*(?:is|:)\s*\d{1,4}[a-z]?\s+[^,.;\n]+",
    r"#\s*\d+",
    STREET_ADDRESS,
    # where it is billed: "invoice to our account", "Invoice to account NK-0043" (BILLING_ACCOUNT, intent.py)
    r"\b(?:invoice|bill|charge)\s+(?:it\s+|this\s+)?(?:to|on)\s+(?:(?:our|my|the)\s+)?account(?:\s+[\w-]*\d[\w-]*)?",
    # how it is paid: "cash as before", "we'll pay cash on delivery", "card on delivery"
    r"\b(?:(?:we'?ll|we\s+will|i'?ll|will)\s+)?(?:pay\s+)?(?:cash|card|bacs)\s+(?:(?:same\s+)?as\s+(?:before|usual|always|"
    r"last\s+time)|on\s+delivery)\b",
    # ... "payment on delivery is fine", and so in the languages orders come in: "kapıda ödeme", "gotówka przy
    # dostawie", "pago contra entrega", "paiement à la livraison", "pagamento alla consegna / na entrega"
    r"\b(?:pay(?:ment)?|paying)\s+on\s+delivery(?:\s+is\s+(?:fine|ok|okay))?\b|\bcash\s+on\s+delivery\b|"
    r"\bkap[iı]da\s+(?:[öo]deme|nakit)\b|\bgot[óo]wka\s+przy\s+(?:dostawie|odbiorze)\b|"
    r"\bp[łl]atno[śs][ćc]\s+przy\s+(?:dostawie|odbiorze)\b|\bpago\s+(?:contra\s+entrega|en\s+efectivo|a\s+la\s+entrega)\b|"
    r"\bcontra\s*rre?embolso\b|\bpaiement\s+[àa]\s+la\s+livraison\b|\bpagamento\s+(?:alla\s+consegna|na\s+entrega|"
    r"em\s+dinheiro)\b|\bzahlung\s+bei\s+lieferung\b|\bbarzahlung\b",
    # ... "pagamento alla consegna come la volta scorsa": paid as last time, no reference to last time's goods
    r"(?<=consegna)\s+come\s+(?:la\s+volta\s+scorsa|l'ultima\s+volta|sempre|al\s+solito)\b",
    # trade terms: "sale or return on unopened cases as agreed"
    r"\bsale\s+or\s+return\b[^.;!?\n]{0,60}",
    # times: 10am, 10:30, 9.30am, 14h, 14 uhr, before/by/after 10
    r"\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|h|uhr)?(?!\d)(?!\s*(?:kg|g|l|ml|cl|lt|ltr)\b)",
    r"\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock|uhr|rano|wieczorem|dimineața|dimineata|ranku|ranok)\b",
    r"\b\d{1,2}h\d{0,2}\b",
    r"\b(?:before|b4|by|after|until|till|til|from|around|at|between|no\s+later\s+than|antes\s+de\s+las|"
    r"a\s+las|avant|vers|à|vor|bis|um|ab|entro\s+le|alle|prima\s+delle|dopo\s+le|przed|około|okolo|"
    r"[îi]nainte\s+de|p[âa]n[ăa]\s+la)\s+"
    + _TIME
    + r"(?:\s*(?:-|–|to|and|y|et|und|e)\s*"
    + _TIME
    + r")?(?![\w.,])",
    # dates: 12/03, 12.03.2024, 3rd, the 21st, 5 march
    r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b",
    # NOT_A_DATE: only a day and a month that exist ("12/03", "3/12"), with no count just before or after them
    # ("koleston 7/1 x 3", "2 x 9/1", "7/1 n. 2", "9/03 - 3 szt."); "7/0", "12/0", "6/35", "8/81" are codes of a name
    # (a hair colour's shade, a hook's size), never a date to drop
    r"(?<![x×*]\s)(?<![x×*])\b(?!(?:1/[234]|[23]/[34])\b)(?:"
    + _DAY
    + "/"
    + _MON
    + "|"
    + _MON
    + "/"
    + _DAY
    + r")\b(?!\s*(?:[x×*]\s*\d|n\.\s*\d|[-–]\s*\d+\s*(?:szt|adet|pcs)\b))",
    r"\b\d{1,2}\.(?:0?[1-9]|1[0-2])\.(?!\d)",
    r"\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b(?:\s+of\s+\w+)?",
    # DATE_WORDS: a month is a whole month word, never a prefix: "2 mayo" is two tubs of mayonnaise and
    # "3 decaf" three bags of decaf; Spanish "mayo" is the month only as "2 de mayo"
    r"\b\d{1,2}\.?\s+(?:de\s+)?" + _MONTH + r"(?![\w-])\.?",
    r"\b\d{1,2}\s+de\s+mayo\b",
    # French "mars" is the month only in a date's words ("le 2 mars", "2 mars 2027"): "2 mars bars" are chocolate
    r"\b(?:le|du|au|jusqu'au|avant\s+le|pour\s+le|d[eè]s\s+le)\s+\d{1,2}(?:er)?\s+mars\b|\b\d{1,2}\s+mars\s+\d{4}\b",
    r"\b(?!may\b)"
    + _MONTH
    + r"\.?\s+\d{1,2}\b(?!\s*(?:x\b|cases?|cs|bottles?|cans?|packs?|kg|boxes|bags?|tubs?))",
    r"\bw/c\b",
    # where it goes: "to tomorrow's order", "to my order", "for the party"
    r"\b(?:to|on|onto|into|with|for)\s+(?:(?:my|our|the|this|that|next|usual)\s+)?"
    r"(?:(?:tomorrow|today|" + _DAYS + r")'?s?\s+)?"
    r"(?:(?:first|next|regular|usual|weekly|normal)\s+)?(?:order|delivery|drop|run)"
    r"(?:\s+above)?\b",
    r"\b(?:to|onto|into|with)\s+tomorrow'?s\b",
    r"\bfor\s+(?:the|our|a|this)\s+(?:party|event|wedding|function|bar|kitchen|restaurant|shop|cafe|"
    r"christmas\s+party|canteen)\b",
    r"\b(?:for\s+)?(?:tonight'?s?|today'?s?|tomorrow'?s?|the|our|lunch|dinner|evening|weekend)\s+(?:service|shift|"
    r"rush|opening)\b",
    # delivery timing words: for tmrw, by friday, asap
    r"\b(?:(?:for|by|on|before|b4|until|till|this|next|from|para|pour|für|per|entro|el|le|am|il|de|du|erbyn|"
    r"ar\s+gyfer|p[ëe]r)\s+){0,2}"
    r"(?:delivery\s+)?(?:on\s+)?"
    + _WHEN
    + r"\b(?:'s)?(?:\s+(?:delivery|drop|run|morning|please|pls|am|pm)\b)?",
    r"\b(?:para|pour|für|per)\s+(?:mañana|manana|demain|morgen|domani|hoy|aujourd'hui|heute|oggi)\b",
    r"\b(?:mañana|manana|demain|morgen|domani|hoy|aujourd'hui|heute|oggi|subito|urgente|urgent|dringend)\b",
    r"\b(?:in|with|on)\s+(?:the\s+)?(?:next|usual|regular|normal|same|standing|weekly)\s+(?:delivery|drop|run|order)\b",
    r"\b(?:to|on|in|with)\s+(?:the\s+)?next\s+one\b",  # "add 2 x conditioner to the next one"
    r"\b(?:as\s+usual|like\s+(?:last\s+(?:week|time)|usual|always)|same\s+as\s+(?:last\s+week|usual|always))\b",
    r"\bquick\s+(?:one|question|q|order|note|top[\s-]?up)\b",  # "quick" names goods only before them
    r"\b(?:this|next)\s+time\b",  # "the 10kg ones this time"
    # "Order 4 Thurs", "4 tmrw": the digit is the word "for" before a day
    r"\b4\s+(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|s)?\b|\b4\s+(?:tmrw|tomorrow|2moro|today|tonight)\b",
    r"\bto\s+this(?=\s*[.!]*\s*(?:$|\n))",  # "please add 2 x puy lentils to this." (a quoted order)
    # a new customer's introduction: "opening on Division St next Friday", "opening on Gloucester Road next week"
    r"\bopening\s+(?:(?:on|at|in)\s+[\w' ]{2,40}?\s+)?(?:next|this)\s+(?:week|month|\w+day)\b",
    # thanks and a name that close the message: "... friday thanks chen"
    r"\b(?:thanks|thx|cheers|tnx)\s+[a-z]{2,12}\s*$",
    r"\b(?:if\s+(?:possible|poss|you\s+can|u\s+can)|when\s+you\s+can|thank\s+you|thanks|thank\s+u|thx|ty|"
    r"cheers|many\s+thanks|much\s+appreciated|appreciated|ta)\b",
    # ... and Bavarian, Austrian and Swiss German: "bittschön", "bitte schön", "merci vielmal"
    r"\b(?:bitt(?:e\s*)?sch(?:ö|oe|ea|e)n|merci\s+vielmal)\b",
    r"\b(?:please|pls|plz|plse|kindly|por\s+favor|porfa|s'il\s+(?:vous|te)\s+pla[iî]t|svp|bitte|"
    r"per\s+favore|perfavore|per\s+cortesia|os\s+gwelwch\s+yn\s+dda|pl[iî]s|ju\s+lutem|t[ëe]\s+lutem)\b",
    # Albanian "paguajmë kesh në dorëzim" (we pay cash on delivery), "paguajmë me 30 ditë" (on 30 days' terms)
    r"\bpaguajm[ëe]\s+(?:kesh|me\s+\d+\s+dit[ëe])(?:\s+n[ëe]\s+dor[ëe]zim)?\b",
]
NOISE_RE = Alternation(_NOISE_PATTERNS, re.IGNORECASE)  # re.compile of the (?:p) joined by |
GREETING_RE = re.compile(
    r"^\s*(?:hi|hii+|hello|helo|hey|heya|hiya|yo|morning|evening|afternoon|good\s+(?:morning|afternoon|"
    r"evening|day)|g'?day|dear|hola|buenas|buenos\s+d[ií]as|bonjour|bonsoir|salut|coucou|hallo|guten\s+"
    r"(?:morgen|tag|abend)|moin|servus|servas|griaß\s+(?:eich|di|enk|gott)|grüß\s+(?:gott|dich|euch)|"
    r"grüezi(?:\s+(?:mitenand|miteinander|wohl))?|ciao|buongiorno|buonasera|salve|sehr\s+geehrte[rs]?(?:\s+damen\s+und\s+"
    r"herren)?|liebe[rs]?|goedemorgen|goedemiddag|goedenavond|hoi|geachte|beste|ol[aá]|oi|bom\s+dia|boa\s+"
    r"(?:tarde|noite)|prezad[oa]s?|estimad[oa]s?|gentil[ei]|merhaba|selam|dzie[nń]\s+dobry|cze[sś][cć]|hej|"
    r"hall[åa]|god\s+(?:morgon|dag)|bun[ăa]\s+ziua|kalim[ée]ra|kalisp[ée]ra|geia\s+(?:sas|sou)|"
    # Welsh, Albanian, Irish
    r"bore\s+da|(?:prynhawn|pnawn)\s+da|noswaith\s+dda|shwmae|helo|p[ëe]rsh[ëe]ndetje|mir[ëe]dita|mir[ëe]m[ëe]ngjes|"
    r"mir[ëe]mbr[ëe]ma|tungjatjeta|howya|howaya|"
    # Armenian, Arabic, Malay/Indonesian, Gujarati/Hindi/Punjabi, Hebrew, Czech/Slovak, South Slavic, Hungarian,
    # Russian/Ukrainian, Baltic, Finnish/Estonian, Swahili, Thai, Vietnamese (romanised), as customers type them
    r"barev(?:\s+dzez)?|marhaba(?:n)?|ahlan(?:\s+wa\s*sahlan)?|selamat\s+(?:pagi|siang|sore|malam)|pagi|"
    r"kem\s+cho|namaste|namaskar|sat\s+sri\s+akal|shalom|ahoj|dobr[ýy]\s+de[nň]|dobr[ée]\s+r[áa]no|"
    r"dob(?:a|e)r\s+dan|dobro\s+jutro|zdravo|zdrav[íi]m|szia(?:sztok)?|j[óo]\s+napot(?:\s+k[íi]v[áa]nok)?|"
    r"j[óo]\s+reggelt|privet|zdravstvuyte|dobryi\s+den|sveiki|labdien|tere|hei|habari|jambo|sawasdee|"
    r"xin\s+ch[àa]o|"
    r"(?:as+alam|as-salam|salam|salaam)(?:u|o)?\s*(?:o\s+|-)?(?:alaikum|alaykum|alekum)|salaam|"
    # how a transcribed voice message opens ("voice note: need two cases", "[Voice note transcript] two
    # boxes ...", "[sesli mesaj] abi ...")
    r"[\[(]?\s*(?:voice\s+(?:note|message|memo|msg)(?:\s+transcript(?:ion)?)?|sesli\s+mesaj|nota\s+de\s+voz|"
    r"mensaje\s+de\s+voz|message\s+vocal|sprachnachricht|messaggio\s+vocale|mensagem\s+de\s+voz|"
    r"wiadomo[sś][cć]\s+g[lł]osowa|notatka\s+g[lł]osowa|mesaj\s+vocal)\s*[\])]?)(?!\w)[\s,!.:-]*",
    re.IGNORECASE,
)
IDENTITY_RE = re.compile(
    r"^\s*(?:it'?s|its|this\s+is|here'?s|soy|somos|c'?est|ici|hier\s+ist|hier\s+sind|sono|siamo|qui\s+è|"
    # "we're The Gin Loft, opening on Friday", never "we're out of coke", "we are low on napkins"
    r"we'?re\s+(?!(?:out|low|short|running|nearly|almost|after|looking|needing|missing|waiting|still|also|"
    r"going|not|in|on|a\s+bit|really|ok|okay|fine|good|closed|open)\b)|we\s+are\s+(?!(?:out|low|short|"
    r"running|nearly|almost|after|looking|needing|missing|waiting|still|also|going|not|in|on|a\s+bit|really|"
    r"ok|okay|fine|good|closed|open)\b))\s*"
    r"[\w'&.\- @<>\[\]]{1,40}?(?:\s+(?:from|at|of|de|del|di|da|von|vom|aus|chez|@)\s+[\w'&.\- ]{1,40})?\s*$"
    # "Lena here", "Annika här igen" (Swedish: here again), "Jonas hier", "Kari her"
    r"|^\s*[\w'&.\- @]{1,40}\s+(?:here|aquí|aqui|ici|hier|qui|här|her)(?:\s+(?:again|igen|weer|wieder|encore))?\s*$"
    r"|^\s*[\w'.\-]+(?:\s*@|\s+(?:from|at))\s+[\w'&.\- ]{1,40}$",
    re.IGNORECASE,
)
# OPENING_THANKS: thanks that say what for in a sentence of their own ("Thanks for approving our account.", "Merci
# pour la livraison !"), said before any order line, open the message: no sign-off, and the order that follows is
# read as ever (its "Aqua Serene 2-in-1 - 4 boxes" lost its count after a sign-off). Thanks that run on ("thanks for
# the invite, count us in - 2 of us") stay a sign-off. THANKS_FOR_RE opens a part; THANKS_SENTENCE_RE finds the
# whole sentence in a message.
_THANKS_FOR = (
    r"(?:(?:many\s+)?(?:thanks|thank\s+you|thx|ty)(?:\s+(?:so|very)\s+much)?\s+for|merci\s+(?:pour|de)|gracias\s+por|"
    r"danke\s+f[üu]r|grazie\s+(?:per|di)|obrigad[oa]\s+(?:pel[oa]s?|por))\b"
)
THANKS_FOR_RE = re.compile(r"^\s*" + _THANKS_FOR, re.IGNORECASE)
THANKS_SENTENCE_RE = re.compile(r"(?:^|\n)\s*" + _THANKS_FOR + r"[^\n,;:.!?]*[.!](?:\s|$)", re.IGNORECASE)
# A part that opens with a sign-off ("Kind regards", "With kind regards", "Cheers"): no order line of itself.
SIGNOFF_RE = re.compile(
    r"^\s*(?:thanks?|thank\s+you|thx|ty|tks|cheers|ta|regards|(?:with\s+)?(?:kind|warm|best)\s+regards|with\s+thanks|"
    r"best(?:\s+(?:regards|wishes))?|"
    r"many\s+thanks|much\s+appreciated|see\s+you|see\s+ya|cya|have\s+a\s+good\s+\w+|merci|gracias|danke|"
    r"grazie|saludos|cordialement|bisous|gruß|grüße|gruss|mit\s+freundlichen\s+grüßen|freundliche\s+grüße|"
    r"mit\s+besten\s+grüßen|pfiat\s+(?:di|eich|enk)|"
    r"beste\s+grüße|mfg|lg|vg|a\s+presto|un\s+saluto|saluti|sent\s+from\s+my\s+\w+|--|yours\s+\w+|"
    r"atentamente|un\s+saludo|bien\s+à\s+vous|distinti\s+saluti|cordiali\s+saluti|"
    r"(?:met\s+)?vriendelijke\s+groet(?:en)?|groet(?:en|jes)?|mvg|bedankt|dank\s+(?:je|u)(?:\s*wel)?|"
    r"obrigad[oa]|obg|obgd|cumprimentos|atenciosamente|abra[çc]os?|bonne\s+journ[ée]e|buona\s+giornata|"
    r"z\s+powa[żz]aniem|pozdrawiam|dzi[ęe]kuj[ęe]|saygılarımla|saygilarimla|kolay\s+gelsin|"
    r"te[şs]ekk[üu]rler|shukriya|dhanyavaad|nandri|dhonnobad|dhanyabad|god\s+bless|bless(?:\s+up)?|blessings|"
    r"diolch(?:\s+yn\s+fawr)?|cofion(?:\s+gorau)?|hwyl(?:\s+fawr)?|faleminderit|me\s+respekt|grand\s+so|"
    rf"{GREEK_UKRAINIAN_THANKS})\b",
    re.IGNORECASE,
)
HEADER_RE = re.compile(rf"^\s*(?:{'|'.join(sorted(HEADER_LABELS))})\s*:", re.IGNORECASE)
# "do you do a 1L smirnoff?" asks about a product; "can I get a case of tonic?" orders one.
ASK_RE = re.compile(
    r"\b(?:(?:do|does)\s+(?:you|u|ya)\s+(?:also\s+)?(?:do|have|sell|stock|carry|got)|have\s+(?:you|u)"
    r"\s+got|is\s+there|are\s+there|any\s+chance)\b",
    re.IGNORECASE,
)
# Reports about a past delivery or a bill: their numbers are not order quantities.
REPORT_RE = re.compile(
    r"\b(?:only|we|they|you)\s+(?:got|received|sent|delivered|charged)\b|\binvoice\s+"
    r"(?:says|shows|has|charges)\b|\b(?:got|received)\s+(?:only\s+)?\d+\b",
    re.IGNORECASE,
)
BULLET_RE = re.compile(r"^\s*(?:[-*•·▪►→>+–—]+|\(?[a-z]\)(?=\s))\s*", re.IGNORECASE)
NUMBERED_RE = re.compile(r"^\s*(\d{1,2})[.)](?!\d)\s+")
_NUM = r"\d+(?:[.,]\d+)?"
TOKEN_RE = re.compile(
    r"(?P<frac>\b\d\s*/\s*[234](?!\d))"
    # a name's code or strength, never a count: flour "T55", "54%" or "70.5%" chocolate
    r"|(?P<code>" + CODE_WORD + r"|\b\d+(?:[.,]\d+)?%"
    # NOT_A_DATE: two numbers about a slash that no date has ("7/0", "6/35" shades, "1/0" hooks) are a code
    r"|(?<![\d/])\d{1,2}/\d{1,2}(?![\w/])"
    # ... and so is a falling pair about a hyphen, which no range is ("igora 7-1", "8-0")
    r"|(?<![\d/.,-])(?:[2-9]|1\d)-[01](?![\w/.,-]))"
    r"|(?P<num>\d+(?:[.,]\d+)?)(?P<suffix>[a-zà-öø-ÿß]+\b)?"
    r"|(?P<word>[a-zà-öø-ÿß]+(?:['-][a-zà-öø-ÿß]+)*%?)",
    re.IGNORECASE,
)
# A number glued to no word, point or comma before it ("(?<![\w.,])\d+..."), written with its first digit
# first, then the look behind: the same matches, and the regex engine skips ahead to a digit instead of
# trying every position of a text (a catalog's batch of texts is a megabyte).
LONE_NUM = r"\d(?<![\w.,]\d)\d*(?:[.,]\d+)?"
SIZE_RE = re.compile(
    r"("
    + LONE_NUM
    + r")\s*("
    + "|".join(sorted((re.escape(k) for k in MEASURES), key=len, reverse=True))
    + r")(?![a-zà-öø-ÿ])",
    re.IGNORECASE,
)
HALF_LITRE_RE = re.compile(
    r"\b(?:half\s+(?:a\s+)?|mezzo\s+|medio\s+|demi[- ]?|halber?\s+|1/2\s*)(?:litre|liter|litro|l|lt)\b",
    re.IGNORECASE,
)
SENTENCE_SPLIT_RE = re.compile(
    r"(?<=[!?])\s+|(?<=[a-zà-öø-ÿ)\]>])(?<!\bno)(?<!\bnr)(?<!\btel)(?<!\bmob)(?<!\bapprox)"
    r"(?<!\bref)(?<!\bacct)\.(?:\s+|$)|(?<=\d)\.\s+(?=[a-zA-Z])|\.{2,}\s*",
    re.IGNORECASE,
)
QTY_START = (
    r"(?:\d|(?:a|an|one|another|half|media|medio|mezzo|mezza|demi|some|un|une|una|uno|ein|eine|"
    r"einen|"
    + "|".join(
        sorted({w for w in NUMBER_WORDS if w not in ("once", "elf") and "-" not in w}, key=len, reverse=True)
    )
    + r")\b|a\s+(?:couple|few|dozen))"
)
ITEM_SPLIT_RE = re.compile(
    # "plus" joins items before a count only: "Frontline Plus Cat" is one product's name
    r"\s*;\s*|(?<!\d),(?!\d)\s*|,\s+|\s+\+\s*|\s*\+\s+|\s+/\s+"
    r"|\s+(?:and|also|then|plus|und|et|y|e|en|&|and\s+also|as\s+well\s+as|aur|te|ar|i|si|și|ve|och|og|oraz|"
    r"kai|ir|n|ac|dhe|edhe)\s+(?=" + QTY_START + r")"
    r"|\s*&\s*(?=\d)"
    # "mozzarella x 6 and basil": a count written after its product closes that item
    r"|(?:(?<=\bx\d)|(?<=\bx \d)|(?<=\bx\d\d)|(?<=\bx \d\d))\s+(?:and|&|plus)\s+(?=[a-zà-öø-ÿ])",
    re.IGNORECASE,
)
DASH_SPLIT_RE = re.compile(r"\s+[-–—]+\s+(?=\d)")
VAGUE_AND_RE = re.compile(
    r"^(\s*(?:some|a\s+few|a\s+couple\s+of)\s+)(\w+(?:\s+\w+)?)\s+(?:and|&)\s+(\w+)", re.IGNORECASE
)
# "48 red bulls for the uni night", "1 x 50l keg for the match": after the product, a purpose clause
# (also after a count: "coconut creamer x2 for the vegan menu"), "... when you're next round", and ADD_ON_TAIL: "2
# cases diet coke on top (of Monday's)", an add-on to an order already placed, said after the goods
PURPOSE_TAIL_RE = re.compile(
    r"(?<=[a-zà-öø-ÿ0-9)\]])\s+(?:(?:for|para|pour|für|fur)\s+(?!each\b|all\b)"
    r"|when\s+(?:you|u|ur|you'?re|youre|you\s+are)\b|on\s+top\b)[^\d]*$",
    re.IGNORECASE,
)
NON_ITEM_COUNT_RE = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:" + "|".join(sorted(NON_ITEM_NOUNS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
# An e-mail's subject line, as its label opens it ("Subject: order", "Asunto: pedido", "Onderwerp: Kamerplanten"):
# the intent reads the body without it (holdout46 fl100, labelled ORDER, read OTHER with its Dutch subject in).
# A reply's subject opens with its mark too ("Re: your offer"): the subject line of a reply (offers.py).
SUBJECT_LINE_RE = re.compile(rf"^\s*(?:{'|'.join(sorted(SUBJECT_LABELS))})\s*:", re.IGNORECASE)
REPLY_SUBJECT_LINE_RE = re.compile(
    rf"^\s*(?:{'|'.join(sorted(SUBJECT_LABELS | REPLY_MARKS))})\s*:[^\n]*\n", re.IGNORECASE
)
# A line of its own that only signs off ("Many thanks,", "With kind regards,", "Cheers, Dave"): what follows is a
# signature.
SIGNOFF_LINE_RE = re.compile(
    r"^\s*(?:(?:with\s+)?(?:many\s+|kind\s+|best\s+|warm\s+)?(?:thanks|thank\s+you|regards|wishes)|cheers|"
    r"best|ta|thx|"
    r"merci|gracias|danke|grazie|saludos|un\s+saludo|cordialement|bien\s+à\s+vous|mit\s+freundlichen\s+"
    r"grüßen|viele\s+grüße|(?:liebe|beste|freundliche)\s+grüße|grüße|gruß|cordiali\s+saluti|distinti\s+saluti|"
    r"saluti|atentamente|yours\s+\w+|(?:met\s+)?vriendelijke\s+groet(?:en)?|groet(?:en|jes)?|mvg|bedankt|"
    r"obrigad[oa]|cumprimentos|atenciosamente|abra[çc]os?|bonne\s+journ[ée]e|buona\s+giornata|pozdrawiam|"
    rf"dzi[eę]kuj[eę]|mul[țt]umesc|cu\s+stim[ăa]|{GREEK_UKRAINIAN_THANKS}|tack|h[äa]lsningar|sayg[ıi]lar|"
    r"te[sş]ekk[üu]rler|--+)[\s,.!]*(?:[a-zà-öø-ÿß'-]+\s*){0,2}[\s,.!]*$",
    re.IGNORECASE,
)
# FORWARDED_SEPARATOR: a line of dashes alone ("----", "-- "), and the line that opens a forwarded or quoted mail
# ("Daniel Achterberg wrote:", "On Wed, 1 Nov 2028, Kemi <kemi@...> wrote:", "Am ... schrieb Kemi <...>:")
DASH_LINE_RE = re.compile(r"^\s*[-–—]{2,}\s*$")
WROTE_LINE_RE = re.compile(
    r"^\s*\S.{0,200}?(?<!\w)(?:" + phrase_pattern(WROTE_WORDS) + r")(?!\w)[^\n]{0,120}:\s*$", re.I
)
EACH_RE = re.compile(
    r"(?<![£€$\d.,])\b(\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|ten|twelve)\s+(?:([a-zà-öø-ÿ]+)\s+)?(?:of\s+)?each\b",
    re.IGNORECASE,
)
PRICE_RE = re.compile(
    r"[£€$]\s*\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s*(?:€|£|\$|eur|euros?|gbp|usd|quid|pence|p|k|%)(?![a-z])",
    re.IGNORECASE,
)
POSTCODE_RE = re.compile(
    UK_POSTCODE + r"|\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b|\b(?:cp|plz|cap|zip|post\s*code)\s*:?\s*\d{4,5}\b",
    re.IGNORECASE,
)
SCORE_OR_RANGE_RE = re.compile(r"\b\d{1,3}\s*[-–]\s*\d{1,3}\b|\b(?:19|20)\d{2}\b")
REF_NUMBER_RE = re.compile(
    r"\b(?:no|nr|n°|number|num|order|invoice|inv|ref|table|room|covers?|pax|tel|mob|phone|unit|flat|suite)"
    r"\.?\s*[:#]?\s*\d+\b",
    re.IGNORECASE,
)
# A part that opens with a negation narrows the request ("not the big ones", "no ice this time").
NEGATION_RE = re.compile(
    r"^\s*(?:but\s+|and\s+|also\s+)?(?:not|no|don'?t|do\s+not|never|without|nicht|kein|keine|ohne|pas|"
    r"ne|sans|sin|nada\s+de|senza|non)\b",
    re.IGNORECASE,
)
PREP_START_RE = re.compile(
    r"^\s*(?:for|by|before|after|at|on|in|until|till|ideally|preferably|para|pour|für|fur|per|vor|entro|avant|"
    r"antes)\b",
    re.IGNORECASE,
)
