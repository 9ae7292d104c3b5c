# ruff: noqa  (hand-written data generator of blind set 48, kept as its writer left it)
# -*- coding: utf-8 -*-
"""Hand-written messages and plain labels for the forty-eighth blind set (yacht provisioning). Written by blind48.

Days: 0 = Monday 2028-07-24 ... 6 = Sunday 2028-07-30.
Line helpers:
  L(sku, qty, v=...)      a catalog line; products with variants must pass v (a variant name, or None = not given)
  F([cands], qty, cv=..)  a bare family word: null sku with candidates (cv = candidate_variant named in the text)
  N(qty, what)            not in the catalog
  qty None needs why= "count" (not a whole number of selling units), "none" (not stated) or "range"
Row helpers: O (ORDER), Q (QUESTION), CP (COMPLAINT), OT (OTHER), CX (CANCEL), CH (CHANGE)
Row keywords: ref=("usual"|"last", [mods]), credit, cond, outlier, nofill=[sku], review (force True)
Mods: ("rm", sku) ("set", line) ("add", line) ("double", sku)
"""

NOV = object()
MSGS = []


def L(sku, q, v=NOV, why=None):
    return {"kind": "sku", "sku": sku, "quantity": q, "variant": v, "why": why}


def F(cands, q, cv=None, why=None, word=""):
    return {"kind": "family", "candidates": list(cands), "quantity": q, "cv": cv, "why": why, "word": word}


def N(q, what, why=None):
    return {"kind": "nic", "quantity": q, "what": what, "why": why}


def O(c, d, lang, text, lines, note="", tags=(), ch=None, **kw):
    MSGS.append(
        dict(
            customer=c,
            day=d,
            channel=ch,
            language=lang,
            text=text,
            intent="ORDER",
            lines=lines,
            note=note,
            tags=list(tags),
            kw=kw,
        )
    )


def _no(intent, c, d, lang, text, note="", tags=(), ch=None, change_lines=None):
    MSGS.append(
        dict(
            customer=c,
            day=d,
            channel=ch,
            language=lang,
            text=text,
            intent=intent,
            lines=[],
            note=note,
            tags=list(tags),
            kw={},
            change_lines=change_lines,
        )
    )


def Q(*a, **k):
    _no("QUESTION", *a, **k)


def CP(*a, **k):
    _no("COMPLAINT", *a, **k)


def OT(*a, **k):
    _no("OTHER", *a, **k)


def CX(*a, **k):
    _no("CANCEL", *a, **k)


def CH(c, d, lang, text, change_lines, note="", tags=(), ch=None):
    _no("CHANGE", c, d, lang, text, note, tags, ch, change_lines)


TONIC = ["FT-TONIC", "SCHWEPPES-TONIC"]
ICE = ["ICE-CUBES", "ICE-CRUSHED", "ICE-BLOCK"]
CHAMP = ["DOM-PERIGNON", "MOET-IMPERIAL", "RUINART-BDB"]
CHAMP_ROSE = ["MOET-ROSE", "LP-ROSE"]
ROSE = ["WA-ROSE", "MINUTY-ROSE", "MIRAVAL-ROSE"]
WHITE = ["CHABLIS", "SANCERRE", "MALVAZIJA"]
RED = ["TIGNANELLO", "DINGAC"]
BEER = ["PERONI", "CORONA", "HEINEKEN", "KARLOVACKO", "ESTRELLA"]
STILL = ["EVIAN", "ACQUA-PANNA", "WATER-5L"]
SPARK = ["SAN-PELLEGRINO", "PERRIER"]
WATER = STILL + SPARK
MILK = ["MILK-WHOLE", "MILK-SEMI", "MILK-UHT"]
CREAM = ["CREAM-DOUBLE", "CREAM-WHIPPING"]
BUTTER = ["BUTTER-UNSALTED", "BUTTER-SALTED"]
EGGS = ["EGGS-FREE-RANGE", "EGGS-ORGANIC"]
TOM = ["TOMATO-VINE", "TOMATO-CHERRY", "TOMATO-HERITAGE"]
ONION = ["ONION-RED", "ONION-WHITE"]
POT = ["POTATO-NEW", "POTATO-AGRIA"]
SALAD = ["SALAD-MIX", "ROCKET"]
STEAK = ["BEEF-FILLET", "BEEF-RIBEYE", "WAGYU-STRIPLOIN"]
HAM = ["PROSCIUTTO", "HAM-COOKED"]
SALMON = ["SALMON-FILLET", "SALMON-SMOKED"]
CHICKEN = ["CHICKEN-BREAST", "CHICKEN-WHOLE"]
MOZZ = ["MOZZ-BUFFALO", "MOZZ-FIORDILATTE"]
FAGE = ["FAGE-0", "FAGE-5"]
TP = ["TP-MARINE", "TP-LUXURY"]
COFFEE = ["COFFEE-BEANS", "COFFEE-CAPS"]
RICE = ["RICE-ARBORIO", "RICE-JASMINE"]
GIN = ["HENDRICKS", "TANQUERAY-TEN"]
VODKA = ["GREY-GOOSE", "BELVEDERE"]
RUM = ["BACARDI", "DIPLOMATICO"]
TEQUILA = ["CASAMIGOS", "DON-JULIO-1942"]
WHISKY = ["MACALLAN-12", "JW-BLUE"]
BERRIES = ["STRAWBERRY", "RASPBERRY", "BLUEBERRY"]
BREAD = ["BAGUETTE", "SOURDOUGH", "BREAD-WHITE"]
PASTRY = ["CROISSANT", "PAIN-CHOC"]
FISH = ["SEABASS", "SEABREAM", "TUNA-LOIN", "SALMON-FILLET"]
COLA = ["COKE", "COKE-ZERO", "DIET-COKE"]
WRAP = ["CLING-FILM", "FOIL"]

# ------------------------------------------------------------------ my-aurelia (en, WhatsApp, chef Tom, Antibes)
A = "my-aurelia"
O(
    A,
    0,
    "en",
    "Morning! Aurelia chef here, we're on the IYCC quay berth 14. For tmrw before 0800 pls: 3kg beef fillet, 2kg tuna loin, "
    "4kg lemons, 2 trays avos, 2 trays burrata, 10 cs evian 50cl, 12 btl moet 75cl, 10 bags ice cubes 👍",
    [
        L("BEEF-FILLET", 3),
        L("TUNA-LOIN", 2),
        L("LEMON", 4),
        L("AVOCADO", 2),
        L("BURRATA", 2),
        L("EVIAN", 10, v="24 x 50cl PET"),
        L("MOET-IMPERIAL", 12, v="75cl"),
        L("ICE-CUBES", 10),
    ],
    "berth 14 and 0800 are not quantities",
    ["emoji"],
)
O(
    A,
    2,
    "en",
    "guests changed plan, 14 pax for lunch on board tmrw. need: tonic x3, champagne 18, rosé 4 cases and ice x 12 pls",
    [
        F(TONIC, 3, word="tonic"),
        F(CHAMP, 18, word="champagne"),
        F(ROSE, 4, word="rosé"),
        F(ICE, 12, word="ice"),
    ],
    "14 pax is a guest count; tonic, champagne, rosé and ice are family words",
    ["family"],
)
O(
    A,
    3,
    "en",
    "Same as last week please but add 2 cases of pellegrino 75cl and no croissants",
    [],
    "reference to last week's order",
    ["reference"],
    ref=("last", [("add", L("SAN-PELLEGRINO", 2, v="12 x 75cl Glass")), ("rm", "CROISSANT")]),
)
O(
    A,
    4,
    "en",
    "2x diet coke cans and 3 cans of coke zero for the owner's kids pls, plus 1 crate of perrier",
    [L("DIET-COKE", 2), L("COKE-ZERO", 3, v="24 x 330ml Can"), L("PERRIER", 1)],
    "small-N rule: 2 cans / 3 cans of a product sold by the case of 24 are 2 and 3 cases; crate = case",
    ["container"],
)
O(
    A,
    5,
    "en",
    "can we get bin bags 2 rolls and a bunch of coriander with tomorrow's drop? thx",
    [N(2, "bin bags"), N(1, "coriander")],
    "cling film and basil are stocked look-alikes, never substitutes",
    ["non_order_request"],
)
Q(
    A,
    1,
    "en",
    "I would like to know if you can get fresh truffle this week, owner asked. Black summer truffle, maybe 200g",
    "question about an unstocked item, not an order",
    ["non_order_request"],
)
CP(
    A,
    6,
    "en",
    "Tom from Aurelia. The 2kg tuna yesterday was brown on one side, can't serve that to guests. Please credit or swap asap",
    "",
    [],
)

# ------------------------------------------------------------------ my-blue-kestrel (en, email, stew Hannah)
B = "my-blue-kestrel"
O(
    B,
    0,
    "en",
    "Subject: Blue Kestrel - interior order w/c 24 July\n\nHi team,\n\nPlease deliver Wednesday to Port Hercule, berth Q7:\n"
    "- 2 cs Fever-Tree Light tonic\n- 2 cs Coke Zero cans\n- 3 cs Perrier\n- 4 cs Acqua Panna 75cl glass\n- 3 packs marine toilet roll\n"
    "- 2 packs kitchen roll\n- 2 packs blue microfibre cloths\n- 2 packs navy napkins\n\nMany thanks,\nHannah Morrow | Chief Stewardess\n"
    "M/Y Blue Kestrel | +44 7700 900482",
    [
        L("FT-TONIC-LIGHT", 2),
        L("COKE-ZERO", 2, v="24 x 330ml Can"),
        L("PERRIER", 3),
        L("ACQUA-PANNA", 4, v="12 x 75cl Glass"),
        L("TP-MARINE", 3),
        L("KITCHEN-ROLL", 2),
        L("MICROFIBRE", 2, v="Blue"),
        L("NAPKINS", 2, v="Navy"),
    ],
    "berth Q7 and the phone in the signature are not quantities",
    ["signature"],
)
O(
    B,
    2,
    "en",
    "Subject: top up\n\nHi, could you add to Friday: toilet roll x4, 4 oat milks and 2 packs of semi skimmed. Thanks, H",
    [F(TP, 4, word="toilet roll"), L("OAT-MILK", None, why="count"), L("MILK-SEMI", 2)],
    "toilet roll is marine or 3-ply; '4 oat milks' may be cartons or packs of 6, quantity not a whole number known",
    ["family", "pack", "non_order_request"],
)
O(
    B,
    4,
    "en",
    "Subject: Re: Blue Kestrel order\n\nHannah here - one more thing for Friday please: 12 x 1L UHT milk and 48 rolls of the marine toilet paper.\n\n"
    "> On 26 Jul 2028, Cap Ferrat Orders wrote:\n> Your order 58821 is confirmed for Friday 28.\n\nBest, Hannah",
    [L("MILK-UHT", 1), L("TP-MARINE", 2)],
    "12 x 1L UHT is 1 case; 48 rolls marine = 2 packs of 24; order 58821 and the date in the quote are not quantities",
    ["pack", "quoted"],
)
Q(
    B,
    1,
    "en",
    "Subject: Allergen sheet\n\nCould you send the allergen and ingredients sheet for the croissants and pains au chocolat? "
    "We have a guest with a sesame allergy boarding Thursday.\n\nHannah Morrow\n+44 7700 900482",
    "request for information",
    ["non_order_request", "signature"],
)
OT(
    B,
    5,
    "en",
    "Subject: Automatic reply: interior order\n\nI am off the boat until 6 August with limited signal. For urgent matters please "
    "contact our purser on +44 7700 900489. Hannah",
    "auto-reply",
    ["signature"],
)

# ------------------------------------------------------------------ sy-morwenna (en, SMS, skipper Rob)
MW = "sy-morwenna"
O(
    MW,
    0,
    "en",
    "Rob on Morwenna, pontoon F 9. 6 x 5L water packs, 2 cs heineken bottles, 6 baguettes, 1 tray eggs, 1 bacon, 4 ice. Pick up 5pm",
    [
        L("WATER-5L", 6),
        L("HEINEKEN", 2, v="24 x 330ml Bottle"),
        L("BAGUETTE", 6),
        L("EGGS-FREE-RANGE", 1),
        L("BACON", 1),
        F(ICE, 4, word="ice"),
    ],
    "'1 tray eggs' is the free range: organic eggs come by the box; ice is a family word; pontoon F 9 and 5pm are not quantities",
    ["family"],
)
O(MW, 3, "en", "usual pls for thurs. thx rob", [], "reference to the usual", ["reference"], ref=("usual", []))
O(
    MW,
    5,
    "en",
    "Need 2 packs marine toilet roll, 2kg bananas and 1 case UHT. Leaving 7am sat, pontoon F9",
    [L("TP-MARINE", 2), L("BANANA", 2), L("MILK-UHT", 1)],
    "7am and F9 not quantities",
    [],
)
O(
    MW,
    6,
    "en",
    "Heineken x2 and a 5l water pack, Rob",
    [L("HEINEKEN", 2, v=None), L("WATER-5L", 1)],
    "Heineken bottle or tall can not given",
    ["variant"],
)

# ------------------------------------------------------------------ my-halcyon-tide (en, WhatsApp voice notes, chef Jake)
H = "my-halcyon-tide"
O(
    H,
    0,
    "en",
    "[voice note] yeah hi it's jake on halcyon tide um can i get five kilos of chicken breast three kilos salmon fillet "
    "five kilo new potatoes two kilo peppers and two cases of corona cheers",
    [L("CHICKEN-BREAST", 5), L("SALMON-FILLET", 3), L("POTATO-NEW", 5), L("PEPPERS", 2), L("CORONA", 2)],
    "voice transcript, number words start items",
    ["spoken", "voice", "non_order_request"],
)
O(
    H,
    2,
    "en",
    "[voice note] and also a tray of eggs a pack of butter two cream and two red bull thanks mate",
    [L("EGGS-FREE-RANGE", 1), F(BUTTER, 1, word="butter"), F(CREAM, 2, word="cream"), L("RED-BULL", 2)],
    "spoken list; 'a tray of eggs' is the free range (organic come by the box); butter and cream are family words",
    ["spoken", "voice", "family"],
)
O(
    H,
    3,
    "en",
    "Jake again. Crew bbq sat - 6 coronas, 1 bag crushed ice and 2kg red onions",
    [L("CORONA", None, why="count"), L("ICE-CRUSHED", 1), L("ONION-RED", 2)],
    "6 coronas is a quarter of a case of 24, not a whole number",
    ["container", "count"],
)
O(
    H,
    4,
    "en",
    "Same as last week but double the salmon and 2 bags of rocket pls, for Monday",
    [L("ROCKET", 2)],
    "reference; double the salmon gives no line without history",
    ["reference"],
    ref=("last", [("double", "SALMON-FILLET"), ("add", L("ROCKET", 2))]),
)
Q(H, 5, "en", "what time is your cutoff for sunday delivery to Port Vauban? we arrive 1400", "", [])
O(
    H,
    6,
    "en",
    "mate 30kg chicken breast for tues pls",
    [L("CHICKEN-BREAST", 30)],
    "6 times the usual 5kg, no reason given",
    [],
    outlier=True,
)

# ------------------------------------------------------------------ ostara-mgmt (en, e-mail, management company, irregular)
OS = "ostara-mgmt"
O(
    OS,
    0,
    "en",
    "Subject: PO MYM-7731 / M/Y Ostara provisioning\n\nDear Cap Ferrat team,\n\nPlease supply the following for M/Y Ostara, "
    "Port Vauban, quai d'Honneur, delivery Wednesday 26 July 09:00:\n\n1. Dom Pérignon 2015 75cl - 12 bottles\n2. Ruinart Blanc de Blancs - 6 bottles\n"
    "3. Grey Goose 1L - 4 bottles\n4. Casamigos Blanco - 3 bottles\n5. Evian 33cl glass - 8 cases\n6. Oysters No.2 - 2 boxes\n\n"
    "Invoice to Meridian Yacht Management, 30-day account.\n\nKind regards,\nClaire Dufresne\nPurchasing Officer\nMeridian Yacht Management\n"
    "Tel +44 20 7946 0731",
    [
        L("DOM-PERIGNON", 12, v="75cl"),
        L("RUINART-BDB", 6),
        L("GREY-GOOSE", 4, v="1L"),
        L("CASAMIGOS", 3),
        L("EVIAN", 8, v="24 x 33cl Glass"),
        L("OYSTERS", 2, v="No.2 (box of 48)"),
    ],
    "numbered list; PO, 2015, 26 July, 09:00 and the phone are not quantities; the management company has an existing 30-day account, ships",
    ["signature", "number_in_name"],
)
O(
    OS,
    2,
    "en",
    "Subject: PO MYM-7745 Ostara\n\nHello,\n\nOur usual charter turnaround order please for Saturday, plus 2 extra tins of the 125g caviar.\n\nRegards,\nClaire Dufresne",
    [L("CAVIAR", 2, v="125g Tin")],
    "'our usual' from a customer with no usual basket",
    ["reference", "ambiguous_reference"],
    ref=("usual", [("add", L("CAVIAR", 2, v="125g Tin"))]),
)
Q(
    OS,
    3,
    "en",
    "Subject: Quote request - M/Y Ostara August charter\n\nHi, not ordering yet: could you quote 60 bottles of Moët 75cl, 10 jeroboams "
    "and 40 cases of Evian 33cl for a charter starting 12 August? 22 guests.\n\nClaire",
    "quote request listing quantities",
    ["non_order_request"],
)
OT(
    OS,
    5,
    "en",
    "Subject: New billing contact\n\nPlease note that from 1 August all invoices for M/Y Ostara should go to accounts@meridian-ym.example "
    "instead of me. Thanks, Claire",
    "account change",
    [],
)

# ------------------------------------------------------------------ my-coral-mist (en, WhatsApp, stew Jess)
CM = "my-coral-mist"
O(
    CM,
    0,
    "en",
    "hiii coral mist here 🛥️ for tmrw: 2cs coke cans, 1 diet coke, 1 ginger beer, 6 moet rosé, 2 miraval, 2 hendricks 70, "
    "2 grey goose 70cl, 2kg limes, 6 mint, 6 crushed ice xx",
    [
        L("COKE", 2, v="24 x 330ml Can"),
        L("DIET-COKE", 1),
        L("FT-GINGER-BEER", 1),
        L("MOET-ROSE", 6),
        L("MIRAVAL-ROSE", 2),
        L("HENDRICKS", 2, v="70cl"),
        L("GREY-GOOSE", 2, v="70cl"),
        L("LIME", 2),
        L("MINT", 6),
        L("ICE-CRUSHED", 6),
    ],
    "",
    ["emoji"],
)
O(
    CM,
    2,
    "en",
    "also need vodka x2 and gin x2 for the bar, and 2 cases of rosé 🙏",
    [F(VODKA, 2, word="vodka"), F(GIN, 2, word="gin"), F(ROSE, 2, word="rosé")],
    "family words",
    ["family", "emoji"],
)
O(
    CM,
    3,
    "en",
    "48 cans red bull pls + 1 case of Fever-Tree Mediterranean tonic",
    [L("RED-BULL", 2), N(1, "Fever-Tree Mediterranean tonic")],
    "48 cans = 2 cases of 24; Mediterranean tonic is not stocked (Indian and Light are)",
    ["container"],
)
O(
    CM,
    4,
    "en",
    "can i get 3 bottles of grey goose and 2 of the big ones? thx jess",
    [L("GREY-GOOSE", 3, v=None), L("GREY-GOOSE", 2, v="1.5L Magnum")],
    "'the big ones' is the 1.5L magnum; the first 3 have no size",
    ["variant", "non_order_request"],
)
Q(CM, 5, "en", "do u guys do the Moët Ice Impérial? guests keep asking for it", "unstocked look-alike", [])
CX(
    CM,
    6,
    "en",
    "pls cancel tomorrow's delivery, charter got moved to Sardinia 😩 will msg when back",
    "",
    ["emoji"],
)

# ------------------------------------------------------------------ my-solenne (fr, WhatsApp, chef Julien)
S = "my-solenne"
O(
    S,
    0,
    "fr",
    "Bonjour, pour demain matin quai 11 svp : 4kg loup de mer, 3 kg dorade, 1 bourriche huîtres n°3, 3kg homard, 2kg tomates cerises, "
    "3 sachets roquette, 4 basilic, 8 baguettes. Merci ! Julien",
    [
        L("SEABASS", 4),
        L("SEABREAM", 3),
        L("OYSTERS", 1, v="No.3 (box of 48)"),
        L("LOBSTER", 3),
        L("TOMATO-CHERRY", 2),
        L("ROCKET", 3),
        L("BASIL", 4),
        L("BAGUETTE", 8),
    ],
    "bourriche = box; n°3 is the oyster size, not a quantity",
    ["number_in_name"],
)
O(
    S,
    1,
    "fr",
    "Rajoute 2 caisses de blanc et 4 sacs de glace stp, et du beurre x1",
    [F(WHITE, 2, word="blanc"), F(ICE, 4, word="glace"), F(BUTTER, 1, word="beurre")],
    "family words",
    ["family"],
)
O(
    S,
    3,
    "fr",
    "Comme d'hab pour samedi, mais 2 caisses de chablis en plus et pas de pain au levain",
    [L("CHABLIS", 2)],
    "reference; additions added to the usual",
    ["reference"],
    ref=("usual", [("add", L("CHABLIS", 2)), ("rm", "SOURDOUGH")]),
)
O(
    S,
    4,
    "fr",
    "Salut, 18 bouteilles de Chablis et 2 pots de crème fraîche d'isigny pour vendredi",
    [L("CHABLIS", 3), L("CREME-FRAICHE", 2)],
    "18 bottles = 3 cases of 6",
    ["count"],
)
O(
    S,
    5,
    "fr",
    "il me faut du poisson pour 12 couverts ce soir, 5 kg, ce que vous avez de plus frais. Et 2 kg de gambas 16/20",
    [F(FISH, 5, word="poisson"), L("PRAWNS", 2, v="16/20 per kg")],
    "'poisson' is a family word; 12 couverts is a head count; 16/20 is the prawn size",
    ["family", "number_in_name"],
)
CP(
    S,
    2,
    "fr",
    "Les huîtres d'hier : 6 ouvertes et sentaient mauvais, j'ai dû jeter la moitié de la bourriche. Pas acceptable.",
    "",
    [],
)
CH(
    S,
    6,
    "fr",
    "Pour la commande de lundi, mettez 6 kg de loup au lieu de 4 svp",
    [L("SEABASS", 6)],
    "change of a placed order",
    [],
)

# ------------------------------------------------------------------ sy-alizee (fr, SMS, skipper Marc)
AZ = "sy-alizee"
O(
    AZ,
    0,
    "fr",
    "Marc / Alizée ponton C. 4 packs eau 5L, 1 cs heineken btl, 4 baguettes, 1 boite croissants, 2 boites oeufs bio, 3 glacons",
    [
        L("WATER-5L", 4),
        L("HEINEKEN", 1, v="24 x 330ml Bottle"),
        L("BAGUETTE", 4),
        L("CROISSANT", 1),
        L("EGGS-ORGANIC", 2),
        L("ICE-CUBES", 3),
    ],
    "",
    [],
)
O(
    AZ,
    2,
    "fr",
    "Pareil que la semaine derniere stp, on part dimanche 8h",
    [],
    "reference to last week",
    ["reference"],
    ref=("last", []),
)
O(
    AZ,
    4,
    "fr",
    "1 caisse lait UHT, 2kg tomates grappe, 1kg citrons et 1 pastèque svp",
    [L("MILK-UHT", 1), L("TOMATO-VINE", 2), L("LEMON", 1), L("WATERMELON", 1)],
    "",
    [],
)
O(
    AZ,
    5,
    "fr",
    "bieres x2 et 12 croissants",
    [F(BEER, 2, word="bieres"), L("CROISSANT", 1)],
    "'bieres' is a family word; 12 croissants = 1 box of 12",
    ["family", "count"],
)

# ------------------------------------------------------------------ my-lunaria (fr, e-mail, stew Camille)
LU = "my-lunaria"
O(
    LU,
    0,
    "fr",
    "Objet : Commande Lunaria - livraison mardi\n\nBonjour,\n\nMerci de livrer mardi 25 juillet avant 10h, quai Amiral, poste 22 :\n"
    "- 12 Moët Brut Impérial 75cl\n- 6 Ruinart Blanc de Blancs\n- 2 caisses Whispering Angel 75cl\n- 2 caisses Sancerre\n- 6 caisses Evian verre 33cl\n"
    "- 4 caisses San Pellegrino 25cl\n- 4 paquets serviettes blanches\n\nCordialement,\nCamille Roux\nChef Stewardess, M/Y Lunaria\n+44 7700 900491",
    [
        L("MOET-IMPERIAL", 12, v="75cl"),
        L("RUINART-BDB", 6),
        L("WA-ROSE", 2, v="6 x 75cl"),
        L("SANCERRE", 2),
        L("EVIAN", 6, v="24 x 33cl Glass"),
        L("SAN-PELLEGRINO", 4, v="24 x 25cl Glass"),
        L("NAPKINS", 4, v="White"),
    ],
    "poste 22, 25 juillet, 10h and the phone are not quantities",
    ["signature"],
)
O(
    LU,
    2,
    "fr",
    "Objet : complément\n\nBonjour, pouvez-vous ajouter une caisse de champagne et 6 magnums de Whispering Angel pour jeudi ? Merci, Camille",
    [F(CHAMP, 6, cv="75cl", word="champagne"), L("WA-ROSE", 2, v="3 x 150cl Magnum")],
    "'une caisse de champagne' is 6 bottles but the house is open (Moët, Ruinart, DP); 6 magnums WA = 2 cases of 3",
    ["family", "count", "non_order_request"],
)
O(
    LU,
    3,
    "fr",
    "Objet : Caviar\n\nBonjour, 2 boîtes de caviar pour samedi svp, et 3 caisses de tonic. Camille",
    [L("CAVIAR", 2, v=None), F(TONIC, 3, word="tonic")],
    "caviar tin size not given; tonic is a family word",
    ["variant", "family"],
)
O(
    LU,
    4,
    "fr",
    "Objet : Commande du week-end\n\nBonjour,\n\nComme la semaine dernière, avec 4 caisses de Sancerre au lieu de 2.\n\nCamille Roux",
    [L("SANCERRE", 4)],
    "reference; new quantity",
    ["reference"],
    ref=("last", [("set", L("SANCERRE", 4))]),
)
Q(
    LU,
    1,
    "fr",
    "Objet : Question\n\nBonjour, je voudrais savoir si vous livrez à Saint-Tropez le dimanche, et à quel tarif. Merci, Camille",
    "question",
    ["non_order_request"],
)
CH(
    LU,
    5,
    "fr",
    "Objet : Modification livraison\n\nBonjour, pouvez-vous décaler la livraison de samedi à dimanche 30 juillet même heure ? Merci",
    [],
    "moved delivery day",
    [],
)

# ------------------------------------------------------------------ my-maestrale (it, WhatsApp, chef Davide)
MA = "my-maestrale"
O(
    MA,
    0,
    "it",
    "Ciao! Maestrale, pontile 7. Per domani: 3 vassoi mozzarella di bufala, 2 burrata, 2 parmigiano, 2 prosciutto crudo, "
    "3 kg pomodorini, 5 basilico, 1 cartone spaghetti, 4 arborio, 1 latta olio evo 5L. Grazie Davide",
    [
        L("MOZZ-BUFFALO", 3),
        L("BURRATA", 2),
        L("PARMESAN", 2),
        L("PROSCIUTTO", 2),
        L("TOMATO-CHERRY", 3),
        L("BASIL", 5),
        L("SPAGHETTI-5", 1),
        L("RICE-ARBORIO", 4),
        L("EVOO-5L", 1),
    ],
    "pontile 7 is a berth; 'prosciutto crudo' is the Parma ham",
    [],
)
O(
    MA,
    1,
    "it",
    "mozzarella x3 e birra 3 casse, poi 4 aperol",
    [F(MOZZ, 3, word="mozzarella"), F(BEER, 3, word="birra"), L("APEROL", 4, v=None)],
    "family words; aperol size not given",
    ["family", "variant"],
)
O(
    MA,
    3,
    "it",
    "Come al solito per venerdì, più 2 bottiglie di aperol da litro",
    [L("APEROL", 2, v="1L")],
    "reference; addition",
    ["reference"],
    ref=("usual", [("add", L("APEROL", 2, v="1L"))]),
)
O(
    MA,
    4,
    "it",
    "[messaggio vocale] allora mi servono due chili di limoni tre casse di peroni un vassoio di burrata e cinque mazzi di basilico",
    [L("LEMON", 2), L("PERONI", 3), L("BURRATA", 1), L("BASIL", 5)],
    "spoken Italian list",
    ["spoken", "voice"],
)
O(
    MA,
    5,
    "it",
    "Per il party di sabato (40 ospiti) 12 casse di peroni e 10 kg pomodorini",
    [L("PERONI", 12), L("TOMATO-CHERRY", 10)],
    "large order with a reason (party), not an outlier; 40 ospiti is a head count",
    [],
)
Q(
    MA,
    2,
    "it",
    "Vorrei sapere se avete la bottarga di muggine, e quanto costa al etto",
    "unstocked item question",
    ["non_order_request"],
)

# ------------------------------------------------------------------ my-vela-bianca (it, e-mail, purser Giulia)
VB = "my-vela-bianca"
O(
    VB,
    0,
    "it",
    "Oggetto: Ordine Vela Bianca - Portofino\n\nBuongiorno,\n\nvi chiedo di consegnare mercoledì 26 al molo Umberto I:\n"
    "- 6 casse S.Pellegrino 75cl vetro\n- 6 casse Acqua Panna 75cl\n- 1 cassa Tignanello 2021\n- 6 bottiglie Dom Pérignon 75cl\n- 3 Aperol 1L\n"
    "- 3 vaschette Fage 0%\n\nCordiali saluti,\nGiulia Ferraro\nPurser, M/Y Vela Bianca\ntel. +44 7700 900494",
    [
        L("SAN-PELLEGRINO", 6, v="12 x 75cl Glass"),
        L("ACQUA-PANNA", 6, v="12 x 75cl Glass"),
        L("TIGNANELLO", 1),
        L("DOM-PERIGNON", 6, v="75cl"),
        L("APEROL", 3, v="1L"),
        L("FAGE-0", 3),
    ],
    "2021 is the vintage; 0% in the name; molo Umberto I is a place",
    ["signature", "number_in_name"],
)
O(
    VB,
    2,
    "it",
    "Oggetto: aggiunta\n\nBuongiorno, aggiungete per favore 3 casse di acqua frizzante, 2 di naturale e 2 vassoi di frutti di bosco. Giulia",
    [
        F(SPARK, 3, word="acqua frizzante"),
        F(STILL, 2, word="naturale"),
        F(BERRIES, 2, word="frutti di bosco"),
    ],
    "family words",
    ["family"],
)
O(
    VB,
    4,
    "it",
    "Oggetto: Ordine weekend\n\nLo stesso della settimana scorsa, ma senza il prosciutto e con 4 casse di Panna invece di 6.\n\nGiulia Ferraro",
    [L("ACQUA-PANNA", 4, v="12 x 75cl Glass")],
    "reference; 'Panna' here is the Acqua Panna named in the history line, 75cl as every earlier order",
    ["reference"],
    ref=("last", [("rm", "PROSCIUTTO"), ("set", L("ACQUA-PANNA", 4, v="12 x 75cl Glass"))]),
)
Q(
    VB,
    1,
    "it",
    "Oggetto: fattura\n\nPotete inviarmi copia della fattura FT-28/4471? Il commercialista la chiede. Grazie",
    "invoice copy request",
    [],
)
CP(
    VB,
    3,
    "it",
    "Oggetto: consegna incompleta\n\nNella consegna di ieri mancavano 2 casse di S.Pellegrino su 6 e lo champagne è arrivato caldo. "
    "Vi prego di verificare.",
    "",
    [],
)

# ------------------------------------------------------------------ my-zefira (it, SMS)
Z = "my-zefira"
O(
    Z,
    0,
    "it",
    "zefira: 2 casse peroni 1 cassa coca lattine 5 ghiaccio 4 pancarre 2 cotto. consegna ore 9 banchina 3",
    [
        L("PERONI", 2),
        L("COKE", 1, v="24 x 330ml Can"),
        F(ICE, 5, word="ghiaccio"),
        L("BREAD-WHITE", 4),
        L("HAM-COOKED", 2),
    ],
    "ghiaccio is a family word; ore 9 and banchina 3 are not quantities",
    ["family"],
)
O(Z, 3, "it", "solito x sabato grz", [], "reference", ["reference"], ref=("usual", []))
O(
    Z,
    4,
    "it",
    "mozzarella 2 e capsule nespresso 1 scatola",
    [F(MOZZ, 2, word="mozzarella"), L("COFFEE-CAPS", 1)],
    "",
    ["family"],
)
O(
    Z,
    5,
    "it",
    "1 anguria 1 rotolo scottex e 1kg limoni",
    [L("WATERMELON", 1), L("KITCHEN-ROLL", None, why="count"), L("LEMON", 1)],
    "1 roll of kitchen paper is not a whole pack of 12",
    ["count"],
)
OT(Z, 6, "it", "grazie mille per oggi, tutto perfetto 👍", "thanks", ["emoji"])

# ------------------------------------------------------------------ my-galeb (hr, WhatsApp, chef Ivana, Split)
G = "my-galeb"
O(
    G,
    0,
    "hr",
    "Dobar dan, Galeb, ACI Split vez 12. Za sutra: 4 kg orade, 2 kg tune, 3 kg kozica 16/20, 3 kg janjećih kotleta, 3 kg rajčice grappe, "
    "6 krastavaca, 4 gajbe karlovačko, 2 kartona malvazije, 8 vreća leda kocke. Hvala, Ivana",
    [
        L("SEABREAM", 4),
        L("TUNA-LOIN", 2),
        L("PRAWNS", 3, v="16/20 per kg"),
        L("LAMB-RACK", 3),
        L("TOMATO-VINE", 3),
        L("CUCUMBER", 6),
        L("KARLOVACKO", 4),
        L("MALVAZIJA", 2),
        L("ICE-CUBES", 8),
    ],
    "vez 12 is the berth; 16/20 the prawn size; gajba = case",
    ["number_in_name"],
)
O(
    G,
    2,
    "hr",
    "pivo 5 gajbi, crno vino 1 karton i riba 4 kg molim",
    [F(BEER, 5, word="pivo"), F(RED, 1, word="crno vino"), F(FISH, 4, word="riba")],
    "family words",
    ["family"],
)
O(
    G,
    3,
    "hr",
    "Isto kao prošli tjedan, ali 2 kg kozica više",
    [L("PRAWNS", 2, v=None)],
    "reference; 'kozica više' adds prawns, size taken from history",
    ["reference"],
    ref=("last", [("add", L("PRAWNS", 2, v=None))]),
)
O(
    G,
    4,
    "hr",
    "Trebam 12 boca malvazije i 6 limenki coca cole",
    [L("MALVAZIJA", 2), L("COKE", None, v="24 x 330ml Can", why="count")],
    "12 bottles = 2 cases of 6; 6 cans is a quarter case",
    ["count", "container"],
)
CP(G, 5, "hr", "Jučer je stiglo 3 gajbe karlovačkog umjesto 4, a na računu piše 4. Molim provjeru.", "", [])
Q(G, 1, "hr", "Imate li Bintang pivo? Posada pita.", "question about an unstocked beer", [])

# ------------------------------------------------------------------ jadran-charter (hr, e-mail, fleet ops Marko)
J = "jadran-charter"
O(
    J,
    0,
    "hr",
    "Predmet: Narudžba flota - subota 29.7.\n\nPoštovani,\n\nza subotnji turnaround (14 brodova) molimo:\n- 20 pak vode 5L\n- 10 gajbi Karlovačko\n"
    "- 5 kartona Coca-Cola limenke\n- 10 pak WC papira marine\n- 6 pak kuhinjskih ručnika\n- 3 kom Fairy 5L\n- 20 vreća leda\n\nLijep pozdrav,\n"
    "Marko Babić\nJadran Charter d.o.o., Obala 27, Trogir\nmob. +44 7700 900497",
    [
        L("WATER-5L", 20),
        L("KARLOVACKO", 10),
        L("COKE", 5, v="24 x 330ml Can"),
        L("TP-MARINE", 10),
        L("KITCHEN-ROLL", 6),
        L("WASHING-UP", 3),
        F(ICE, 20, word="leda"),
    ],
    "14 brodova is a boat count; Obala 27 an address; 'leda' is a family word",
    ["signature", "family"],
)
O(
    J,
    2,
    "hr",
    "Predmet: dodatak\n\nMolimo dodati 2 kom boat wash 5L i 6 kartona mlijeka trajnog. Hvala, Marko",
    [L("BOAT-WASH", 2), L("MILK-UHT", 6)],
    "",
    [],
)
O(
    J,
    4,
    "hr",
    "Predmet: Isto kao obično\n\nKao i obično za subotu, ali 30 vreća leda umjesto 20 i bez boat washa.\n\nMarko Babić",
    [F(ICE, 30, word="leda")],
    "reference; 'leda' in a usual resolves to the cubes every earlier order had",
    ["reference"],
    ref=("usual", [("set", F(ICE, 30, word="leda")), ("rm", "BOAT-WASH")]),
)
OT(
    J,
    1,
    "hr",
    "Predmet: Novi kontakt\n\nOd 1.8. narudžbe šalje kolegica Ana Kovač, ana.kovac@jadrancharter.example. Lp, Marko",
    "contact change",
    [],
)
Q(
    J,
    3,
    "hr",
    "Predmet: rok plaćanja\n\nMožemo li platiti račune za srpanj do 15.8.? Hvala",
    "payment question",
    [],
)

# ------------------------------------------------------------------ my-astrid (hr, SMS, bosun Ante)
AS = "my-astrid"
O(
    AS,
    0,
    "hr",
    "Astrid V, Gruž vez 5. 6 led, 2 gajbe karlovacko, 4 pak voda 5l, 3 tost kruh, 1 jaja",
    [
        F(ICE, 6, word="led"),
        L("KARLOVACKO", 2),
        L("WATER-5L", 4),
        L("BREAD-WHITE", 3),
        F(EGGS, 1, word="jaja"),
    ],
    "led and jaja are family words",
    ["family"],
)
O(AS, 3, "hr", "isto ko obicno za petak", [], "reference", ["reference"], ref=("usual", []))
O(
    AS,
    4,
    "hr",
    "2 pak krpe zelene i 1 red bull i 1 boat wash",
    [L("MICROFIBRE", 2, v="Green"), L("RED-BULL", 1), L("BOAT-WASH", 1)],
    "green microfibre cloths",
    ["variant"],
)
O(
    AS,
    5,
    "hr",
    "trebam 12 vreca leda kocke za subotu, gosti dolaze",
    [L("ICE-CUBES", 12)],
    "twice the usual 6 with a reason (guests arriving), not an outlier; 'leda kocke' names the cubes",
    [],
)
O(
    AS,
    6,
    "hr",
    "krpe crvene 2 pak",
    [L("MICROFIBRE", 2, v=None)],
    "red microfibre does not exist (blue, yellow, pink, green): variant open, never filled from history",
    ["variant"],
    nofill=["MICROFIBRE"],
)

# ------------------------------------------------------------------ my-nerida (es, WhatsApp, chef Alejandro, Palma)
NE = "my-nerida"
O(
    NE,
    0,
    "es",
    "Buenas! Nerida en el muelle 5 de Club de Mar. Para mañana: 2 kg gambas 8/12, 3 kg lubina, 4 kg lomo alto, 5 kg patatas agria, "
    "3 kg cebolla blanca, 4 kg tomate en rama, 2 bandejas aguacates, 2 kg limas, 3 cajas estrella, 2 cajas zumo de naranja. Gracias!",
    [
        L("PRAWNS", 2, v="8/12 per kg"),
        L("SEABASS", 3),
        L("BEEF-RIBEYE", 4),
        L("POTATO-AGRIA", 5),
        L("ONION-WHITE", 3),
        L("TOMATO-VINE", 4),
        L("AVOCADO", 2),
        L("LIME", 2),
        L("ESTRELLA", 3),
        L("OJ-FRESH", 2),
    ],
    "muelle 5 is a berth; 8/12 the prawn size",
    ["number_in_name"],
)
O(
    NE,
    1,
    "es",
    "gambas 3 kg y cerveza 4 cajas porfa",
    [L("PRAWNS", 3, v=None), F(BEER, 4, word="cerveza")],
    "prawn size not given; cerveza is a family word",
    ["variant", "family"],
)
O(
    NE,
    3,
    "es",
    "Lo de siempre para el lunes, pero con 6 cajas de Estrella en vez de 3 y sin ajo",
    [L("ESTRELLA", 6)],
    "reference with new quantity and removal",
    ["reference"],
    ref=("usual", [("set", L("ESTRELLA", 6)), ("rm", "GARLIC")]),
)
O(
    NE,
    4,
    "es",
    "necesito 36 huevos camperos y media caja de zumo",
    [L("EGGS-FREE-RANGE", None, why="count"), L("OJ-FRESH", 0.5)],
    "36 eggs is 1.2 trays of 30; half a case of juice is a fraction",
    ["count", "fraction"],
)
O(
    NE,
    5,
    "es",
    "Me mandas 25 kg de lomo alto para el domingo",
    [L("BEEF-RIBEYE", 25)],
    "about 6 times the usual 4kg, no reason given",
    [],
    outlier=True,
)
Q(
    NE,
    2,
    "es",
    "Quisiera saber si tenéis cilantro y leche de coco, el armador quiere curry tailandés",
    "question; both unstocked",
    ["non_order_request"],
)

# ------------------------------------------------------------------ my-tramontana (es, e-mail, purser Lucía)
T = "my-tramontana"
O(
    T,
    0,
    "es",
    "Asunto: Pedido Tramontana Star - Port Vell\n\nHola,\n\npara el martes 25 en Port Vell, amarre 31:\n- 8 cajas Evian 50cl\n"
    "- 2 cajas Perrier\n- 2 cajas Coca-Cola Zero lata\n- 2 cajas Red Bull\n- 3 cajas Minuty\n- 3 botellas Casamigos\n- 2 Belvedere 70cl\n\n"
    "Un saludo,\nLucía Serrano\nSobrecargo, M/Y Tramontana Star\nTel. +44 7700 900505",
    [
        L("EVIAN", 8, v="24 x 50cl PET"),
        L("PERRIER", 2),
        L("COKE-ZERO", 2, v="24 x 330ml Can"),
        L("RED-BULL", 2),
        L("MINUTY-ROSE", 3),
        L("CASAMIGOS", 3),
        L("BELVEDERE", 2, v="70cl"),
    ],
    "amarre 31 is a berth",
    ["signature"],
)
O(
    T,
    2,
    "es",
    "Asunto: añadir\n\nHola, ¿podéis añadir 2 botellas de tequila y 1 de whisky al pedido del martes? Gracias, Lucía",
    [F(TEQUILA, 2, word="tequila"), F(WHISKY, 1, word="whisky")],
    "family words; an addition to a placed order is ORDER",
    ["family", "non_order_request"],
)
O(
    T,
    3,
    "es",
    "Asunto: Pedido fin de semana\n\nHola,\n\nlo mismo que la semana pasada, más 4 paquetes de servilletas negras.\n\nLucía",
    [L("NAPKINS", 4, v="Black")],
    "reference; addition",
    ["reference"],
    ref=("last", [("add", L("NAPKINS", 4, v="Black"))]),
)
O(
    T,
    4,
    "es",
    "Asunto: agua\n\nHola, 10 cajas de agua con gas y 2 paquetes de papel higiénico de lujo. Lucía",
    [F(SPARK, 10, word="agua con gas"), L("TP-LUXURY", 2)],
    "family word",
    ["family"],
)
CX(
    T,
    5,
    "es",
    "Asunto: Cancelar pedido\n\nHola, por favor cancelad el pedido del sábado, el armador ha cancelado el chárter. Lo siento. Lucía",
    "",
    [],
)
OT(
    T,
    6,
    "es",
    "Asunto: Re: Factura\n\nRecibido, gracias. Pagamos la factura FV-2028-1187 hoy por transferencia.",
    "payment notice",
    [],
)

# ------------------------------------------------------------------ my-kaimana (id, WhatsApp, crew cook Wayan)
K = "my-kaimana"
O(
    K,
    0,
    "id",
    "Pagi pak, ini Wayan dari Kaimana. Mau pesan utk crew: beras jasmine 4 karung, ayam utuh 6, dada ayam 4 kg, telur 3 tray, "
    "bawang merah 3 kg, timun 5, pisang 3 kg. Makasih 🙏",
    [
        L("RICE-JASMINE", 4),
        L("CHICKEN-WHOLE", 6),
        L("CHICKEN-BREAST", 4),
        L("EGGS-FREE-RANGE", 3),
        L("ONION-RED", 3),
        L("CUCUMBER", 5),
        L("BANANA", 3),
    ],
    "karung = the 5kg bag; 'telur 3 tray' is the free range (organic come by the box)",
    ["emoji"],
)
O(
    K,
    2,
    "id",
    "pak tambah ayam 5 sama susu 2 dus ya",
    [F(CHICKEN, 5, word="ayam"), F(MILK, 2, word="susu")],
    "family words; 'ayam 5' is 5 of either (5 kg of breast or 5 whole birds)",
    ["family"],
)
O(
    K,
    3,
    "id",
    "[voice note] pak saya mau pesan dua karung beras tiga tray telur satu dus kopi kapsul sama empat roti tawar",
    [L("RICE-JASMINE", 2), L("EGGS-FREE-RANGE", 3), L("COFFEE-CAPS", 1), L("BREAD-WHITE", 4)],
    "spoken Indonesian list; tray = free range eggs",
    ["spoken", "voice"],
)
O(
    K,
    4,
    "id",
    "Sama kayak minggu lalu ya pak, tapi beras 6 karung",
    [L("RICE-JASMINE", 6)],
    "reference; new quantity",
    ["reference"],
    ref=("last", [("set", L("RICE-JASMINE", 6))]),
)
O(
    K,
    5,
    "id",
    "Ada kecap manis sama sambal oelek? kalau ada 2 botol masing2 ya pak",
    [N(2, "kecap manis"), N(2, "sambal oelek")],
    "conditional order on unstocked items",
    ["conditional"],
    cond=True,
)
Q(
    K,
    1,
    "id",
    "Pak, bisa kirim ke Port Vauban jam 6 pagi? Kapal berangkat jam 7",
    "delivery time question",
    [],
)
CP(K, 6, "id", "Pak telur kemarin 1 tray pecah semua 😢 tolong diganti ya", "", ["emoji"])

# ------------------------------------------------------------------ my-sirocco-bay (id, SMS, crew cook Putu)
SB = "my-sirocco-bay"
O(
    SB,
    0,
    "id",
    "Putu Sirocco Bay. beras 3 karung, telur 2 tray, dada ayam 3kg, semangka 2, pisang 2kg, tisu dapur 2 pak",
    [
        L("RICE-JASMINE", 3),
        L("EGGS-FREE-RANGE", 2),
        L("CHICKEN-BREAST", 3),
        L("WATERMELON", 2),
        L("BANANA", 2),
        L("KITCHEN-ROLL", 2),
    ],
    "tray = free range eggs",
    [],
)
O(
    SB,
    2,
    "id",
    "sarung tangan 2 box sama sabun cuci piring 1",
    [L("GLOVES-NITRILE", 2, v=None), L("WASHING-UP", 1)],
    "glove size not given",
    ["variant"],
)
O(SB, 4, "id", "seperti biasa utk hari jumat pak", [], "reference", ["reference"], ref=("usual", []))
O(
    SB,
    5,
    "id",
    "sarung tangan ukuran L 1 box, jeruk nipis 1 kg, timun 3",
    [L("GLOVES-NITRILE", 1, v="Large"), L("LIME", 1), L("CUCUMBER", 3)],
    "ukuran L = size Large",
    ["variant"],
)
OT(SB, 6, "id", "pak nomor saya ganti ya, sekarang pakai 07700 900506. terima kasih", "new mobile number", [])

# ------------------------------------------------------------------ my-seraphine (id, WhatsApp, stew Dewi)
SE = "my-seraphine"
O(
    SE,
    0,
    "id",
    "Selamat pagi, Dewi dari Seraphine (interior). Pesan: tisu toilet marine 4 pak, tisu toilet 3 ply 2 pak, tisu dapur 3 pak, "
    "lap microfiber pink 2 pak, glass cleaner 2 dus, finish 1 box, sarung tangan S 2 box. Terima kasih",
    [
        L("TP-MARINE", 4),
        L("TP-LUXURY", 2),
        L("KITCHEN-ROLL", 3),
        L("MICROFIBRE", 2, v="Pink"),
        L("GLASS-CLEANER", 2),
        L("DISH-TABS", 1),
        L("GLOVES-NITRILE", 2, v="Small"),
    ],
    "3 ply is in the product name",
    ["number_in_name", "variant"],
)
O(
    SE,
    2,
    "id",
    "tisu toilet 5 pak sama serbet putih 2",
    [F(TP, 5, word="tisu toilet"), L("NAPKINS", 2, v="White")],
    "tisu toilet is a family word",
    ["family", "variant"],
)
O(
    SE,
    4,
    "id",
    "Mbak/mas, minggu ini sama spt biasa tp tisu toilet marine 6 pak",
    [L("TP-MARINE", 6)],
    "reference to the usual with a new quantity",
    ["reference"],
    ref=("usual", [("set", L("TP-MARINE", 6))]),
)
O(
    SE,
    5,
    "id",
    "lap microfiber 3 pak, warna kuning",
    [L("MICROFIBRE", 3, v="Yellow")],
    "kuning = yellow",
    ["variant"],
)
Q(SE, 3, "id", "Pak, glass cleaner nya aman untuk kaca tinted? kapten tanya", "product question", [])

# ------------------------------------------------------------------ my-ardent (en, WhatsApp, head chef Sophie, Monaco)
AR = "my-ardent"
O(
    AR,
    0,
    "en",
    "Hi, Sophie on Ardent (Port Hercule, quai Rainier III). Owner on board from Weds. Please: 2kg A5 wagyu, 2kg beef fillet, "
    "3 x 30g caviar, 1 box no.2 oysters, 6 bunches green asparagus, 2 packs smoked salmon. Thank you!",
    [
        L("WAGYU-STRIPLOIN", 2),
        L("BEEF-FILLET", 2),
        L("CAVIAR", 3, v="30g Tin"),
        L("OYSTERS", 1, v="No.2 (box of 48)"),
        L("ASPARAGUS-GREEN", 6),
        L("SALMON-SMOKED", 2),
    ],
    "A5 and no.2 are grades, 'Rainier III' a quay name",
    ["number_in_name"],
)
O(
    AR,
    1,
    "en",
    "Also berries x3, cream x3 and 2 fage please",
    [F(BERRIES, 3, word="berries"), F(CREAM, 3, word="cream"), F(FAGE, 2, word="fage")],
    "family words; the customer buys all three berries",
    ["family"],
)
O(
    AR,
    2,
    "en",
    "2 x 1.2kg beef fillet pieces, trimmed, and 4 ribeye steaks please",
    [L("BEEF-FILLET", 2.4), L("BEEF-RIBEYE", None, why="count")],
    "2 x 1.2kg = 2.4kg by the kg; 4 steaks is a count against the kg, weight not stated",
    ["weight", "count", "pack"],
)
O(
    AR,
    3,
    "en",
    "Caviar 2 tins & oysters 1 box for Sat, and 1kg each of rasp, blue and strawbs — actually make that a tray each",
    [
        L("CAVIAR", 2, v=None),
        L("OYSTERS", 1, v=None),
        L("RASPBERRY", 1),
        L("BLUEBERRY", 1),
        L("STRAWBERRY", 1),
    ],
    "tin size and oyster size not given; self-correction to a tray each",
    ["variant", "self_correction"],
)
O(
    AR,
    4,
    "en",
    "The usual for Monday please + 2 trays of burrata",
    [L("BURRATA", 2)],
    "reference",
    ["reference"],
    ref=("usual", [("add", L("BURRATA", 2))]),
)
CP(
    AR,
    5,
    "en",
    "The wagyu that came today is not A5, the marbling is nowhere near. Invoice says 2kg A5 Kagoshima. Please call me.",
    "",
    ["number_in_name"],
)
Q(
    AR,
    6,
    "en",
    "Can I get a price for 250g Kaluga caviar and 2 live blue lobsters for next weekend? Just a price for now",
    "price question",
    ["non_order_request"],
)

# ------------------------------------------------------------------ my-marisol (en, WhatsApp, chief stew Ellie)
MR = "my-marisol"
O(
    MR,
    0,
    "en",
    "Morning from Marisol 🌞 For Sat: 1 cs ginger ale, 2 cs fever tree tonic, 2 cs schweppes, 2 cs coke 200ml glass, 3 moet magnums, "
    "2 DP, 2 tanqueray ten, 1 hendricks 1L, 1 diplomatico, 2 bacardi, 1 macallan 12, 8 bags cubes, 4 bags crushed",
    [
        L("FT-GINGER-ALE", 1),
        L("FT-TONIC", 2),
        L("SCHWEPPES-TONIC", 2),
        L("COKE", 2, v="24 x 200ml Glass"),
        L("MOET-IMPERIAL", 3, v="150cl Magnum"),
        L("DOM-PERIGNON", 2, v=None),
        L("TANQUERAY-TEN", 2),
        L("HENDRICKS", 1, v="1L"),
        L("DIPLOMATICO", 1),
        L("BACARDI", 2),
        L("MACALLAN-12", 1),
        L("ICE-CUBES", 8),
        L("ICE-CRUSHED", 4),
    ],
    "DP size not given; 'ten' and '12' are parts of names",
    ["number_in_name", "variant", "emoji"],
)
O(
    MR,
    2,
    "en",
    "tonic x4 and ice x10 pls, + 2 gin + 1 rum",
    [F(TONIC, 4, word="tonic"), F(ICE, 10, word="ice"), F(GIN, 2, word="gin"), F(RUM, 1, word="rum")],
    "family words; the boat buys both members of each",
    ["family"],
)
O(
    MR,
    3,
    "en",
    "i'd like three cases of coke a case of ginger ale two dom perignon magnums and ten bags of cubes",
    [L("COKE", 3, v=None), L("FT-GINGER-ALE", 1), L("DOM-PERIGNON", 2, v="150cl Magnum"), L("ICE-CUBES", 10)],
    "spoken list with 'i'd like' opener; coke can or glass not given",
    ["spoken", "variant", "non_order_request"],
)
O(
    MR,
    4,
    "en",
    "Same as last Sat pls but 6 magnums moet instead of 3 🍾",
    [L("MOET-IMPERIAL", 6, v="150cl Magnum")],
    "reference with new quantity",
    ["reference", "emoji"],
    ref=("last", [("set", L("MOET-IMPERIAL", 6, v="150cl Magnum"))]),
)
O(
    MR,
    5,
    "en",
    "if you have grey goose la poire, 2 bottles. if not, nothing thanks",
    [N(2, "Grey Goose La Poire")],
    "conditional order on an unstocked flavour (Grey Goose original is stocked)",
    ["conditional"],
    cond=True,
)
CH(
    MR,
    6,
    "en",
    "For Saturday's order pls change the 8 bags of cubes to 12, rest the same",
    [L("ICE-CUBES", 12)],
    "change of a placed order",
    [],
)

# ------------------------------------------------------------------ my-velaris (en, e-mail, new customer)
VE = "my-velaris"
O(
    VE,
    0,
    "en",
    "Subject: First order - M/Y Velaris\n\nHello,\n\nWe're new to the Riviera this season, recommended by the Aurelia crew. First order, "
    "we'll pay by card on delivery. Delivery Tuesday to Port Vauban, berth D42, by 10:00:\n\n- 5 kg chicken breast\n- 3 kg salmon fillet\n"
    "- 2 trays free range eggs\n- 4 packs fresh whole milk\n- 10 cases Evian 1.5L\n- 6 bags ice cubes\n\nThanks,\nNoah Briggs, Chef\nM/Y Velaris\n+44 7700 900503",
    [
        L("CHICKEN-BREAST", 5),
        L("SALMON-FILLET", 3),
        L("EGGS-FREE-RANGE", 2),
        L("MILK-WHOLE", 4),
        L("EVIAN", 10, v="12 x 1.5L PET"),
        L("ICE-CUBES", 6),
    ],
    "first order paid on delivery ships; D42 and 10:00 are not quantities",
    ["new_customer", "signature"],
)
O(
    VE,
    2,
    "en",
    "Subject: Account + order\n\nHi again, can we open a 30-day account? If approved, please send 6 cases of Whispering Angel 75cl and "
    "12 bottles of Moët 75cl for Friday on that account.\n\nNoah",
    [L("WA-ROSE", 6, v="6 x 75cl"), L("MOET-IMPERIAL", 12, v="75cl")],
    "first order on credit depends on an account being approved",
    ["new_customer", "credit", "non_order_request"],
    credit=True,
)
O(
    VE,
    4,
    "en",
    "Subject: Repeat\n\nCould you send the same as my first order again for Monday? Paying on delivery as before.\n\nNoah",
    [],
    "a first-time customer's 'same as my first order': messages are not history",
    ["new_customer", "reference", "ambiguous_reference", "non_order_request"],
    ref=("last", []),
)
OT(
    VE,
    5,
    "en",
    "Subject: Thanks\n\nJust wanted to say thanks, driver was early and everything was perfect. We'll be back next week.\n\nNoah",
    "thanks",
    ["new_customer"],
)

# ------------------------------------------------------------------ sy-sterne (fr, SMS, new customer)
SN = "sy-sterne"
O(
    SN,
    1,
    "fr",
    "Bonjour, voilier Sterne, nouvelle cliente, paiement CB à la livraison. Port de la Rague ponton 4 : 2 packs eau 5L, 4 baguettes, "
    "1 boite pains au chocolat, 1 caisse lait UHT, 2 kg tomates cerises. Hélène",
    [L("WATER-5L", 2), L("BAGUETTE", 4), L("PAIN-CHOC", 1), L("MILK-UHT", 1), L("TOMATO-CHERRY", 2)],
    "first order paid on delivery ships",
    ["new_customer"],
)
Q(
    SN,
    3,
    "fr",
    "Vous livrez aussi au mouillage par annexe ? On est au large de Théoule",
    "question",
    ["new_customer"],
)
O(
    SN,
    5,
    "fr",
    "Je voudrais 2 ou 3 sacs de glaçons et 6 baguettes pour demain 7h svp",
    [L("ICE-CUBES", None, why="range"), L("BAGUETTE", 6)],
    "'2 ou 3 sacs' is a range",
    ["new_customer", "range", "non_order_request"],
)

# ================================================================== second batch (more clean orders, more non-orders)
O(
    A,
    1,
    "en",
    "Tom @ Aurelia: could you send 2 more trays of avocados and 3kg limes with tomorrow's run? Still on berth 14",
    [L("AVOCADO", 2), L("LIME", 3)],
    "an order opening with 'could you'",
    ["non_order_request"],
)
O(
    A,
    4,
    "en",
    "Cocktail party on the aft deck Fri 1900, 20 guests. 3 jeroboams of moet, 2 cases WA magnums, 15 bags of cubes",
    [L("MOET-IMPERIAL", 3, v="300cl Jeroboam"), L("WA-ROSE", 2, v="3 x 150cl Magnum"), L("ICE-CUBES", 15)],
    "bare 'moet' is the Brut Impérial (rosé carries its word); 1900 and 20 guests are not quantities; larger with a reason",
    [],
)
O(
    A,
    6,
    "en",
    "sunday top-up: 6 bunches basil, 2 bags mixed leaves, 1 box croissants, 1 box pain au chocolat",
    [L("BASIL", 6), L("SALAD-MIX", 2), L("CROISSANT", 1), L("PAIN-CHOC", 1)],
    "",
    [],
)
O(
    A,
    5,
    "en",
    "[voice note] hey it's tom from aurelia can you do twelve bottles of whispering angel four kilos of vine tomatoes and two boxes of croissants for the morning",
    [L("WA-ROSE", 2, v="6 x 75cl"), L("TOMATO-VINE", 4), L("CROISSANT", 2)],
    "12 bottles = 2 cases of 6 x 75cl",
    ["spoken", "voice", "count"],
)
CH(
    A,
    2,
    "en",
    "pls move Thursday's delivery to Friday 0700, same berth. Thx Tom",
    [],
    "moved delivery day",
    [],
)

O(
    B,
    3,
    "en",
    "Subject: Galley & laundry\n\nHi, please add for Friday: 1 Fairy 5L, 2 rolls cling film, 1 roll foil and 3 boxes of Finish tablets.\n\nThank you,\nHannah",
    [L("WASHING-UP", 1), L("CLING-FILM", 2), L("FOIL", 1), L("DISH-TABS", 3)],
    "Fairy 5L is the product size",
    [],
)
O(
    B,
    5,
    "en",
    "Subject: Bar restock\n\nHi,\n1 x 24 Fever-Tree ginger beer\n2 x 24 Coke Zero glass 200ml\n1 case Schweppes mini cans\nThanks",
    [L("FT-GINGER-BEER", 1), L("COKE-ZERO", 2, v="24 x 200ml Glass"), L("SCHWEPPES-TONIC", 1)],
    "inline pack notation: 1 x 24 and 2 x 24 are 1 and 2 cases",
    ["pack"],
)
O(
    B,
    6,
    "en",
    "Subject: Crew mess\n\nMorning, for the crew mess please: 2 cases of UHT milk, 1 bag Lavazza beans and 2kg bananas. Hannah",
    [L("MILK-UHT", 2), L("COFFEE-BEANS", 1), L("BANANA", 2)],
    "",
    [],
)
O(
    B,
    1,
    "en",
    "Subject: misc\n\nHi, please add 3 rolls of bin bags (the big black ones) and 1 case of Fiji water to Friday's drop. Hannah",
    [N(3, "bin bags"), N(1, "Fiji water")],
    "cling film and Evian are stocked look-alikes, never substitutes",
    [],
)

O(
    MW,
    2,
    "en",
    "rob morwenna - 3 bags ice cubes and a pack of kitchen roll pls, we're on the fuel dock at 4pm",
    [L("ICE-CUBES", 3), L("KITCHEN-ROLL", 1)],
    "",
    [],
)
O(
    MW,
    4,
    "en",
    "2 cases heineken tall cans + 1kg lemons ta",
    [L("HEINEKEN", 2, v="24 x 500ml Can"), L("LEMON", 1)],
    "'tall cans' are the 500ml cans",
    ["variant"],
)
O(
    MW,
    1,
    "en",
    "half a case of heineken bottles and 30 cans of coke for the crossing",
    [L("HEINEKEN", 0.5, v="24 x 330ml Bottle"), L("COKE", None, v="24 x 330ml Can", why="count")],
    "half a case is a fraction; 30 cans is 1.25 cases",
    ["fraction", "container"],
)
OT(
    MW,
    6,
    "en",
    "Rob here. New deckie Sam will text the orders from 07700 900507 from next week, pls add him",
    "new contact",
    [],
)

O(
    H,
    1,
    "en",
    "[voice note] jake again can you add four kilos of agria potatoes two bags of rocket and a kilo of garlic cheers",
    [L("POTATO-AGRIA", 4), L("ROCKET", 2), L("GARLIC", 1)],
    "spoken list",
    ["spoken", "voice", "non_order_request"],
)
O(
    H,
    5,
    "en",
    "2 cases Red Bull, 3 cs Corona, 2kg limes — crew beach day Sunday (12 crew)",
    [L("RED-BULL", 2), L("CORONA", 3), L("LIME", 2)],
    "12 crew is a head count",
    [],
)
CP(
    H,
    3,
    "en",
    "the red bull that came today is all sugarfree, we ordered regular. can someone swap it tomorrow",
    "",
    [],
)
CX(
    H,
    6,
    "en",
    "sorry ignore the 30kg chicken msg, fat fingers 🤦 cancel that one",
    "cancels the outlier order",
    ["emoji"],
)

O(
    OS,
    4,
    "en",
    "Subject: PO MYM-7760 Ostara - bar\n\nPlease deliver Friday 28 July:\nDon Julio 1942 x 2\nJohnnie Walker Blue Label x 1\nMacallan 12 x 2\n"
    "Belvedere 1.75L x 2\n\nVessel ref OST-70\nClaire Dufresne",
    [L("DON-JULIO-1942", 2), L("JW-BLUE", 1), L("MACALLAN-12", 2), L("BELVEDERE", 2, v="1.75L")],
    "1942, 12 and 1.75L are parts of names; OST-70 is a reference",
    ["number_in_name"],
)
O(
    OS,
    6,
    "en",
    "Subject: PO MYM-7768\n\nPlease add to Friday's delivery: 20 bags ice cubes, 6 packs white napkins, 4 packs 3-ply toilet roll.\n\nRef PO MYM-7768. Claire",
    [L("ICE-CUBES", 20), L("NAPKINS", 6, v="White"), L("TP-LUXURY", 4)],
    "3-ply names the luxury roll",
    ["number_in_name"],
)

O(
    CM,
    1,
    "en",
    "jess again 🙈 forgot: 1 cs diet coke + 3 bags crushed + 10 mint bunches",
    [L("DIET-COKE", 1), L("ICE-CRUSHED", 3), L("MINT", 10)],
    "'crushed' is the crushed ice",
    ["emoji"],
)
O(
    CM,
    4,
    "en",
    "can we get 4 bottles hendricks litre and 2 btl belvedere 70 for tmrw pls",
    [L("HENDRICKS", 4, v="1L"), L("BELVEDERE", 2, v="70cl")],
    "",
    ["non_order_request", "variant"],
)
O(
    CM,
    5,
    "en",
    "2 cs coke cans 2 cs zero cans 1 cs ginger beer 🍹",
    [L("COKE", 2, v="24 x 330ml Can"), L("COKE-ZERO", 2, v="24 x 330ml Can"), L("FT-GINGER-BEER", 1)],
    "",
    ["emoji"],
)

O(
    S,
    2,
    "fr",
    "Julien : 2 caisses de Sancerre, 6 pots de crème fraîche, 1 caisse Perrier. Livraison quai 11 avant 9h",
    [L("SANCERRE", 2), L("CREME-FRAICHE", 6), L("PERRIER", 1)],
    "",
    [],
)
O(
    AZ,
    3,
    "fr",
    "2 packs eau Cristaline 5L et 2 sacs glaçons pour ce soir 19h, ponton C",
    [L("WATER-5L", 2), L("ICE-CUBES", 2)],
    "",
    [],
)
O(
    LU,
    6,
    "fr",
    "Objet : Dimanche\n\nBonjour, pour dimanche : 6 demi-bouteilles de Moët, 2 jéroboams de Moët et 4 Ruinart. Merci, Camille",
    [
        L("MOET-IMPERIAL", 6, v="37.5cl Half Bottle"),
        L("MOET-IMPERIAL", 2, v="300cl Jeroboam"),
        L("RUINART-BDB", 4),
    ],
    "two variants of one product",
    ["variant"],
)
O(
    LU,
    1,
    "fr",
    "Objet : Linge de table\n\nBonjour, 6 paquets de serviettes bleu marine et 4 paquets de papier toilette 3 plis. Camille",
    [L("NAPKINS", 6, v="Navy"), L("TP-LUXURY", 4)],
    "bleu marine = navy; 3 plis is the luxury roll",
    ["variant", "number_in_name"],
)

O(
    MA,
    2,
    "it",
    "Davide: 2 vaschette fage 5%, 1 kg aglio, 3 sacchetti misticanza e 2 confezioni di prosciutto cotto",
    [L("FAGE-5", 2), L("GARLIC", 1), L("SALAD-MIX", 3), L("HAM-COOKED", 2)],
    "5% is part of the name",
    ["number_in_name"],
)
O(
    MA,
    6,
    "it",
    "domenica: 4 bottiglie aperol da 70, 2 casse peroni, 5 kg limoni",
    [L("APEROL", 4, v="70cl"), L("PERONI", 2), L("LEMON", 5)],
    "",
    ["variant"],
)
OT(
    MA,
    3,
    "it",
    "Vorrei prenotare un tavolo per 4 stasera alle 21, a nome Russo",
    "a table booking sent to the wrong number",
    ["non_order_request"],
)
O(
    VB,
    5,
    "it",
    "Oggetto: Ordine sabato\n\nBuongiorno, per sabato: 2 casse S.Pellegrino 25cl, 4 Dom Pérignon magnum, 2 vassoi di mirtilli e 3 kg di Lavazza in grani.\n\nGiulia",
    [
        L("SAN-PELLEGRINO", 2, v="24 x 25cl Glass"),
        L("DOM-PERIGNON", 4, v="150cl Magnum"),
        L("BLUEBERRY", 2),
        L("COFFEE-BEANS", 3),
    ],
    "3 kg of beans = 3 bags of 1kg",
    ["weight", "variant"],
)
O(
    Z,
    1,
    "it",
    "2 casse coca vetro e 1 cassa coca zero lattine, 3 ghiaccio tritato",
    [L("COKE", 2, v="24 x 200ml Glass"), L("COKE-ZERO", 1, v="24 x 330ml Can"), L("ICE-CRUSHED", 3)],
    "'coca' is Coca-Cola; vetro = glass",
    ["variant"],
)
O(
    Z,
    2,
    "it",
    "zefira: 3 pancarrè e 1 scatola capsule. banchina 3 ore 8",
    [L("BREAD-WHITE", 3), L("COFFEE-CAPS", 1)],
    "",
    [],
)

O(
    G,
    1,
    "hr",
    "Ivana: dodajte 2 kg češnjaka, 4 vezice bosiljka i 1 blok leda za ribu",
    [L("GARLIC", 2), L("BASIL", 4), L("ICE-BLOCK", 1)],
    "'blok leda' is the block ice",
    [],
)
O(
    G,
    6,
    "hr",
    "Za nedjelju: 4 kg orade, 2 kartona dingača, 6 gajbi karlovačkog, 10 vreća leda u kockama",
    [L("SEABREAM", 4), L("DINGAC", 2), L("KARLOVACKO", 6), L("ICE-CUBES", 10)],
    "",
    [],
)
CX(G, 4, "hr", "Molim otkažite narudžbu za četvrtak, gosti su otkazali charter. Hvala, Ivana", "", [])
O(
    J,
    5,
    "hr",
    "Predmet: hitno\n\n10 pak WC papira marine i 5 gajbi Karlovačko za bazu, sutra do 8h. Marko",
    [L("TP-MARINE", 10), L("KARLOVACKO", 5)],
    "",
    [],
)
O(
    J,
    6,
    "hr",
    "Predmet: Narudžba za brod Vila Vera\n\n4 pak vode 5L, 2 gajbe Karlovačko, 1 karton Coca-Cola limenke. Dostava marina Kaštela, gat B, vez 118.",
    [L("WATER-5L", 4), L("KARLOVACKO", 2), L("COKE", 1, v="24 x 330ml Can")],
    "vez 118 is a berth",
    ["variant"],
)
CP(
    J,
    2,
    "hr",
    "Predmet: Reklamacija\n\n2 paketa vode 5L su stigla probušena, pola palete mokro. Molimo zamjenu ili odobrenje.",
    "",
    [],
)
O(
    AS,
    1,
    "hr",
    "2 pak krpe plave i 1 boat wash, vez 5",
    [L("MICROFIBRE", 2, v="Blue"), L("BOAT-WASH", 1)],
    "plave = blue",
    ["variant"],
)
O(
    AS,
    2,
    "hr",
    "3 tost kruha i 1 pakiranje sunke",
    [L("BREAD-WHITE", 3), L("HAM-COOKED", 1)],
    "šunka = cooked ham",
    [],
)

O(
    NE,
    2,
    "es",
    "Alejandro: 4 kg patatas nuevas, 2 kg cebolla morada y 3 bolsas de rúcula",
    [L("POTATO-NEW", 4), L("ONION-RED", 2), L("ROCKET", 3)],
    "cebolla morada = red onion",
    [],
)
O(
    NE,
    6,
    "es",
    "[nota de voz] oye soy Álex de Nerida necesito dos cajas de Estrella tres kilos de limas y una bandeja de aguacates gracias",
    [L("ESTRELLA", 2), L("LIME", 3), L("AVOCADO", 1)],
    "spoken Spanish list",
    ["spoken", "voice"],
)
CX(NE, 0, "es", "Cancela el pedido del miércoles porfa, nos vamos a Ibiza un día antes", "", [])
O(
    T,
    1,
    "es",
    "Asunto: Bar\n\nHola, por favor 2 botellas de Don Julio 1942 y 4 de Casamigos para el jueves. Gracias, Lucía",
    [L("DON-JULIO-1942", 2), L("CASAMIGOS", 4)],
    "1942 is part of the name",
    ["number_in_name"],
)
O(
    T,
    6,
    "es",
    "Asunto: Agua\n\n12 cajas de Evian de 1,5 L y 4 cajas de Perrier, amarre 31. Lucía",
    [L("EVIAN", 12, v="12 x 1.5L PET"), L("PERRIER", 4)],
    "decimal comma in 1,5 L",
    ["variant"],
)
CP(
    T,
    4,
    "es",
    "Asunto: Reclamación pedido martes\n\nFaltaban 2 botellas de Casamigos y una caja de Minuty llegó con 2 botellas rotas.",
    "",
    [],
)

O(
    K,
    1,
    "id",
    "Pak, tambah 2 kg jeruk nipis sama tisu dapur 2 pak ya",
    [L("LIME", 2), L("KITCHEN-ROLL", 2)],
    "",
    [],
)
O(
    K,
    6,
    "id",
    "minggu: ayam utuh 8 ekor, dada ayam 5 kg, bawang putih 1 kg",
    [L("CHICKEN-WHOLE", 8), L("CHICKEN-BREAST", 5), L("GARLIC", 1)],
    "ekor = whole birds; bawang putih = garlic",
    [],
)
O(
    K,
    2,
    "id",
    "Pak, 6 roti tawar sama kopi kapsul 2 dus, kirim jam 7 pagi ke Port Vauban quai 5",
    [L("BREAD-WHITE", 6), L("COFFEE-CAPS", 2)],
    "jam 7 and quai 5 are not quantities",
    [],
)
CH(
    K,
    5,
    "id",
    "Pak, pesanan hari Kamis: beras jadi 5 karung ya, bukan 6",
    [L("RICE-JASMINE", 5)],
    "change of a placed order",
    [],
)
O(
    SB,
    3,
    "id",
    "beras jasmine 2 karung dan telur organik 3 box",
    [L("RICE-JASMINE", 2), L("EGGS-ORGANIC", 3)],
    "",
    [],
)
O(SB, 1, "id", "Bintang 2 krat sama tempe 2 kg ya pak", [N(2, "Bintang beer"), N(2, "tempeh")], "", [])
O(
    SE,
    1,
    "id",
    "Dewi: finish 2 box, sabun cuci piring fairy 1, lap microfiber biru 2 pak",
    [L("DISH-TABS", 2), L("WASHING-UP", 1), L("MICROFIBRE", 2, v="Blue")],
    "biru = blue",
    ["variant"],
)
O(
    SE,
    6,
    "id",
    "serbet hitam 3 pak dan sarung tangan M 2 box",
    [L("NAPKINS", 3, v="Black"), L("GLOVES-NITRILE", 2, v="Medium")],
    "hitam = black; M = Medium",
    ["variant"],
)

O(
    AR,
    5,
    "en",
    "Sophie/Ardent: 1 box No.3 oysters, 2 x 50g caviar, 3 whipping cream, 2 packs fresh whole milk. 10 guests, dinner 20:30",
    [
        L("OYSTERS", 1, v="No.3 (box of 48)"),
        L("CAVIAR", 2, v="50g Tin"),
        L("CREAM-WHIPPING", 3),
        L("MILK-WHOLE", 2),
    ],
    "No.3 and 50g name the variants",
    ["number_in_name", "variant"],
)
O(
    AR,
    6,
    "en",
    "Could you send 3 trays raspberries and 2 tubs Fage 0% for Monday breakfast?",
    [L("RASPBERRY", 3), L("FAGE-0", 2)],
    "an order phrased as a question",
    ["non_order_request", "number_in_name"],
)
OT(
    AR,
    3,
    "en",
    "Heads up: Ardent goes into the yard at La Ciotat 1-14 August, so no deliveries those two weeks. Back in Monaco on the 15th.",
    "closure notice",
    [],
)

O(
    MR,
    1,
    "en",
    "Ellie/Marisol: a case of moet 75 and 6 bottles of Ruinart pls",
    [L("MOET-IMPERIAL", 6, v="75cl"), L("RUINART-BDB", 6)],
    "champagne is sold by the bottle: a case of Moët is 6 bottles",
    ["count", "variant"],
)
O(
    MR,
    5,
    "en",
    "2 x Macallan 12, 1 x JW Blue, 3 x Tanqueray No. Ten 🥃",
    [L("MACALLAN-12", 2), L("JW-BLUE", 1), L("TANQUERAY-TEN", 3)],
    "12 and Ten are parts of names",
    ["number_in_name", "emoji"],
)
Q(
    MR,
    2,
    "en",
    "Can I pay the July invoice by card over the phone? Card ends 4417",
    "payment question",
    ["non_order_request"],
)

O(
    VE,
    3,
    "en",
    "Subject: Order for Thursday\n\nHi, paying on delivery again: 3 kg ribeye, 2 kg lamb rack, 4 sourdough loaves and 2 packs Président salted.\n\nNoah",
    [L("BEEF-RIBEYE", 3), L("LAMB-RACK", 2), L("SOURDOUGH", 4), L("BUTTER-SALTED", 2)],
    "paid on delivery, ships",
    ["new_customer"],
)
O(
    VE,
    6,
    "en",
    "Subject: Sunday\n\nI would like to order 10 cases of Evian 50cl and 4 cases of S.Pellegrino 75cl for Sunday 30 July, cash on delivery.\n\nNoah Briggs",
    [L("EVIAN", 10, v="24 x 50cl PET"), L("SAN-PELLEGRINO", 4, v="12 x 75cl Glass")],
    "an order opening with 'I would like'",
    ["new_customer", "non_order_request", "variant"],
)
Q(
    VE,
    1,
    "en",
    "Subject: Hull diver?\n\nI'd like to find a diver to clean the hull while we're in Antibes - can you recommend anyone? Noah",
    "a service request, not an order",
    ["new_customer", "non_order_request"],
)
O(
    SN,
    2,
    "fr",
    "Sterne : 1 caisse Heineken canettes 50cl et 2 sacs glace pilée, paiement CB",
    [L("HEINEKEN", 1, v="24 x 500ml Can"), L("ICE-CRUSHED", 2)],
    "paid on delivery, ships",
    ["new_customer", "variant"],
)
O(
    MR,
    4,
    "en",
    "ellie again - 6 laurent perrier rosé for the girls' lunch tmrw and a case of light tonic",
    [L("LP-ROSE", 6), L("FT-TONIC-LIGHT", 1)],
    "'light tonic' names the Fever-Tree Light",
    [],
)
