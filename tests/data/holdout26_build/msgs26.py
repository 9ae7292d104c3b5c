# ruff: noqa  (hand-written data generator of blind set 26, kept as its writer left it)
"""Messages of the twenty-sixth blind set and their plain labels, hand-written.

M(customer, day, intent, text, ...): day 0..6 is 2027-08-02 .. 2027-08-08.
Lines: L(sku, qty, variant) for a catalog product (variant only, and always, for products with variants;
None = not stated), F(candidates, qty, cv) for a bare family word, X(qty) for an item not in the catalog.
ref: a reference to history, dict(kind="usual"|"last", remove=[sku], set=[L...], add=[L/F...], double=[sku]);
the row's label lines are then the explicit new quantities and additions.
flags: conditional / credit / range / assorted: review whatever the lines.
"""

NOVAR = object()
MSGS = []


def L(sku, qty, var=NOVAR, nofill=False):
    d = {"sku": sku, "quantity": qty}
    if var is not NOVAR:
        d["variant"] = var
    if nofill:
        d["_nofill"] = True
    return d


def F(cands, qty, cv=None):
    d = {"sku": None, "quantity": qty, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    return d


def X(qty):
    return {"sku": None, "quantity": qty}


def M(
    cust,
    day,
    intent,
    text,
    lines=(),
    notes="",
    tags=(),
    ch=None,
    lang=None,
    ref=None,
    flags=(),
    outlier=False,
    change=None,
):
    MSGS.append(
        dict(
            customer=cust,
            day=day,
            intent=intent,
            text=text,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            channel=ch,
            language=lang,
            ref=ref,
            flags=list(flags),
            outlier=outlier,
            change=change,
        )
    )


Y45, Y6 = "4.5 inch (pack of 80)", "6 inch (pack of 30)"
F8, F10, F12, F14 = (
    "8 inch (pack of 20)",
    "10 inch (pack of 12)",
    "12 inch (pack of 12)",
    "14 inch (pack of 10)",
)
CORN = ["TORT-CORN-YEL", "TORT-CORN-WHT", "TORT-CORN-BLUE"]
CHIPS = ["CHIPS-REST", "CHIPS-RETAIL", "CHIPS-PLANTAIN"]
COKE = ["COKE-MEX", "COKE-CAN"]
JARRITOS = [
    "JARRITOS-MANDARIN",
    "JARRITOS-TAMARIND",
    "JARRITOS-LIME",
    "JARRITOS-PINEAPPLE",
    "JARRITOS-GUAVA",
    "JARRITOS-GRAPEFRUIT",
]
BEERS = ["CORONA", "MODELO", "NEGRA-MODELO", "PACIFICO", "SOL", "DOS-EQUIS", "CUSQUENA"]
JALAP = ["JALAP-SLICED", "JALAP-WHOLE", "JALAP-FRESH"]
BLACKB = ["BLACK-BEANS-DRY", "BLACK-BEANS-CAN"]
REFRIED = ["REFRIED-BLACK", "REFRIED-PINTO"]
MASECA = ["MASECA-WHITE", "MASECA-YELLOW", "MASECA-TAMAL"]
MASA = ["MASECA-WHITE", "MASECA-YELLOW", "MASECA-TAMAL", "MASA-FRESH"]
CHIPOTLE = ["MORITA", "MECO", "CHIPOTLE-ADOBO", "CHIPOTLE-POWDER"]
SALSAVERDE = ["HERDEZ-VERDE", "SALSA-VERDE-TUB"]
MOLE = ["MOLE-POBLANO", "MOLE-NEGRO"]
ENCH = ["ENCHILADA-RED", "ENCHILADA-GREEN"]
COTIJA = ["COTIJA-BLOCK", "COTIJA-GRATED"]
SHRED = ["JACK-SHRED", "MEX-BLEND-SHRED"]
MANTECA = ["LARD", "SHORTENING"]
HORCHATA = ["HORCHATA-CONC", "HORCHATA-MIX"]
JAMAICA = ["JAMAICA-FLOWERS", "JAMAICA-CONC"]
GUARANA = ["GUARANA-CAN", "GUARANA-2L"]
DULCE = ["DULCE-JAR", "DULCE-REPOSTERO"]
AJIAM = ["AJI-AMARILLO-PASTE", "AJI-AMARILLO-FROZEN"]
TOMATILLO = ["TOMATILLO-CAN", "TOMATILLO-FRESH"]
YUCATECO = ["YUCATECO-GREEN", "YUCATECO-RED"]
RICE = ["RICE-LONG", "RICE-PARBOILED"]
JUMEX = ["JUMEX-MANGO", "JUMEX-GUAVA"]
CHILIPOWDER = ["CHIPOTLE-POWDER", "CHILI-BLEND"]
DRIEDCHIPOTLE = ["MORITA", "MECO"]
HABANERO = ["HABANERO", "YUCATECO-GREEN", "YUCATECO-RED"]
NACHOCHEESE = ["NACHO-CHEESE", "NACHO-CHEESE-JALAP"]

# ============================================================ taco-rio (WhatsApp, en, steady)
M(
    "taco-rio",
    0,
    "ORDER",
    "Morning! For tomorrow pls: 6 packs yellow street taco tortillas, 3 tubs salsa verde taquera, 2 roja taquera, "
    "4 quesillo, 3 boxes avocados 20s, 2 boxes limes and 20 coriander. Gracias \U0001f64f",
    [
        L("TORT-CORN-YEL", 6, Y45),
        L("SALSA-VERDE-TUB", 3),
        L("SALSA-ROJA-TUB", 2),
        L("QUESO-OAXACA", 4),
        L("AVOCADO", 3, "20s"),
        L("LIMES", 2),
        L("CORIANDER", 20),
    ],
    "yellow street taco = 4.5 inch; 20s is the avocado count per box, not a quantity",
    ["emoji", "number_in_name"],
)
M(
    "taco-rio",
    1,
    "ORDER",
    "add 2 cases coke and 3 jarritos to tomorrows pls",
    [F(COKE, 2), F(JARRITOS, 3)],
    "coke: Mexican glass or UK cans; jarritos: flavour not given",
    ["family"],
)
M(
    "taco-rio",
    2,
    "ORDER",
    "hi its marco from el rio can you send two tubs of crema a bag of grated cotija and three kilos of guajillo",
    [L("CREMA-MEX", 2), L("COTIJA-GRATED", 1), L("GUAJILLO", 3, "1kg")],
    "voice note; three kilos of guajillo = 3 x 1kg bags",
    ["spoken", "voice", "non_order_request"],
)
M(
    "taco-rio",
    3,
    "QUESTION",
    "do u do the blue corn tortillas in 4.5 inch? customers keep asking for blue street tacos",
    tags=["number_in_name"],
)
M(
    "taco-rio",
    4,
    "ORDER",
    "Usual for Monday please + 1 extra case of mexican coke",
    ref=dict(kind="usual", add=[L("COKE-MEX", 1, None)]),
    notes="the usual plus one case; Mexican Coke size not stated (355ml or 500ml)",
)
M(
    "taco-rio",
    5,
    "COMPLAINT",
    "2 of the avocado boxes yesterday were black inside, like half of each box. can u credit pls",
)
M(
    "taco-rio",
    6,
    "ORDER",
    "Sunday top-up: 2 cases jarritos mandarina and 1 tamarindo, 1 case of the big chipotle tins",
    [L("JARRITOS-MANDARIN", 2), L("JARRITOS-TAMARIND", 1), L("CHIPOTLE-ADOBO", 1, "6 x 2.8kg Can")],
    "big chipotle tins = 6 x 2.8kg",
    [],
)
M(
    "taco-rio",
    2,
    "ORDER",
    "can you add 2 bottles of mexican coke 500ml to tomorrow",
    [L("COKE-MEX", 2, "24 x 500ml")],
    "2 bottles of a case product, small N = 2 cases (review also acceptable, a fraction never)",
    ["container", "non_order_request"],
)
M(
    "taco-rio",
    4,
    "ORDER",
    "Pls send 4 more quesillo and 2 boxes of medium avocados with tomorrow's",
    [L("QUESO-OAXACA", 4), L("AVOCADO", 2, "20s")],
    "medium = 20s",
    [],
)

# ============================================================ burrito-bros (email, en, regular)
M(
    "burrito-bros",
    0,
    "ORDER",
    "Subject: Order - Tuesday delivery (PO 30418)\n\nHi team,\n\nPlease deliver to our Camden site "
    "(14 Arlington Yard, NW1):\n- 20 x flour tortillas 14 inch\n- 6 x flour tortillas 12 inch\n- 4 sacks long grain rice\n"
    "- 3 cases whole black beans\n- 2 cases refried pinto\n- 4 sour cream\n- 6 bags shredded monterey jack\n"
    "- 10 frozen guacamole\n- 2 boxes foil sheets 14x16\n\nThanks,\nPriya Nair\nOps Manager, Burrito Brothers\n"
    "020 7946 0418",
    [
        L("TORT-FLOUR", 20, F14),
        L("TORT-FLOUR", 6, F12),
        L("RICE-LONG", 4),
        L("BLACK-BEANS-CAN", 3),
        L("REFRIED-PINTO", 2),
        L("SOUR-CREAM", 4),
        L("JACK-SHRED", 6),
        L("GUAC-FROZEN", 10),
        L("FOIL-SHEETS", 2, "14 x 16 inch"),
    ],
    "PO number, street number, postcode and phone are not quantities",
    ["signature", "number_in_name"],
)
M(
    "burrito-bros",
    1,
    "ORDER",
    "Subject: Re: order\n\nSame as last week please, but 8 cases of yellow chips instead of 4 and no Corona this time. "
    "Also 2 tubs chipotle mayo.\n\nPriya",
    ref=dict(kind="last", set=[L("CHIPS-REST", 8, "Yellow")], remove=["CORONA"], add=[L("CHIPOTLE-MAYO", 2)]),
    notes="same as last week with a new quantity, a removal and an addition",
)
M(
    "burrito-bros",
    2,
    "ORDER",
    "Hi, for Friday at the Shoreditch site: flour tortillas x 10, black beans x 3, refried beans x 2, napkins x 2. "
    "Cheers, Priya",
    [L("TORT-FLOUR", 10, None), F(BLACKB, 3), F(REFRIED, 2), L("NAPKINS", 2, None)],
    "flour tortilla size not stated; black beans dried or canned; refried black or pinto; napkin colour not stated",
    ["family"],
    ch="WHATSAPP",
)
M(
    "burrito-bros",
    3,
    "QUESTION",
    "Subject: Allergens\n\nI would like to know whether your refried pinto beans are suitable for vegans - is there "
    "lard in them? We need to update our allergen matrix by Friday.\n\nPriya Nair",
    tags=["non_order_request"],
)
M(
    "burrito-bros",
    4,
    "ORDER",
    "Subject: Top-up\n\nCould you add 120 x 12 inch flour tortillas and 2 x 6 x 1kg yellow tortilla chips to Friday's "
    "drop? Ta, Priya",
    [L("TORT-FLOUR", 10, F12), L("CHIPS-REST", 2, "Yellow")],
    "120 tortillas = 10 packs of 12; 2 x 6 x 1kg = 2 cases",
    ["count", "pack", "non_order_request"],
)
M(
    "burrito-bros",
    5,
    "CHANGE",
    "Subject: Friday order\n\nPlease change the sour cream on Friday's order from 4 to 6 tubs, everything else as is.",
    change=[L("SOUR-CREAM", 6)],
)
M(
    "burrito-bros",
    6,
    "OTHER",
    "Subject: Shoreditch closure\n\nPlease note our Shoreditch site will be closed 16-20 August for a refit, so no "
    "deliveries there that week. Camden as normal.\n\nPriya",
)
M(
    "burrito-bros",
    3,
    "ORDER",
    "also 48 coronas (bottles) and 36 bottles of jarritos lime for camden pls",
    [L("CORONA", 2, "Bottle"), L("JARRITOS-LIME", None)],
    "48 bottles = 2 cases of 24; 36 jarritos = 1.5 cases, not a whole number",
    ["count", "container"],
    ch="WHATSAPP",
)
M(
    "burrito-bros",
    5,
    "ORDER",
    "Subject: Camden - Thursday\n\n4 cases sliced jalapenos\n3 cases Corona bottles\n1 case black napkins\n\nThanks",
    [L("JALAP-SLICED", 4), L("CORONA", 3, "Bottle"), L("NAPKINS", 1, "Black")],
    "",
    [],
)

# ============================================================ cantina-roja (email, en, regular)
M(
    "cantina-roja",
    0,
    "ORDER",
    'Subject: Kitchen order for Wednesday\n\nHello,\n\n8 packs white corn tortillas 6"\n4 packs flour tortillas 10"\n'
    "1 case mole poblano\n1 red enchilada sauce\n1 green enchilada sauce\n2 queso fresco\n4 crema mexicana\n\n"
    "Many thanks\nTom Hardacre, Head Chef\nCantina Roja, 52 Tib Street, Manchester\n07700 900512",
    [
        L("TORT-CORN-WHT", 8, Y6),
        L("TORT-FLOUR", 4, F10),
        L("MOLE-POBLANO", 1),
        L("ENCHILADA-RED", 1),
        L("ENCHILADA-GREEN", 1),
        L("QUESO-FRESCO", 2),
        L("CREMA-MEX", 4),
    ],
    "sizes in inches pick the variants; street number and phone are not quantities",
    ["signature"],
)
M(
    "cantina-roja",
    1,
    "ORDER",
    "Bar order for Thursday: corona x4, modelo x2, negra modelo x1, pacifico 2, 3 boxes limes, grapefruit jarritos "
    "2 cs, topo chico 2",
    [
        L("CORONA", 4, None),
        L("MODELO", 2),
        L("NEGRA-MODELO", 1),
        L("PACIFICO", 2),
        L("LIMES", 3),
        L("JARRITOS-GRAPEFRUIT", 2),
        L("TOPO-CHICO", 2),
    ],
    "Corona bottle or can not stated; modelo = Modelo Especial (Negra carries its word)",
    [],
    ch="WHATSAPP",
)
M(
    "cantina-roja",
    2,
    "ORDER",
    "Subject: extras\n\n2 x enchilada sauce please and a case of mole. Tom",
    [F(ENCH, 2), F(MOLE, 1)],
    "enchilada sauce red or green; mole poblano or negro",
    ["family"],
)
M(
    "cantina-roja",
    3,
    "QUESTION",
    "Subject: Cholula\n\nDo you have Cholula Green Pepper? If not, what's the closest you stock?",
    tags=["not_in_catalog"],
)
M(
    "cantina-roja",
    4,
    "ORDER",
    "Voice note: hi it's Tom at Cantina can I get three cases of corona bottles two cases of modelo a case of "
    "valentina small bottles and a box of limes thanks",
    [L("CORONA", 3, "Bottle"), L("MODELO", 2), L("VALENTINA", 1, "12 x 370ml"), L("LIMES", 1)],
    "spoken list without commas; valentina small bottles = 12 x 370ml",
    ["spoken", "voice", "non_order_request"],
    ch="WHATSAPP",
)
M(
    "cantina-roja",
    5,
    "COMPLAINT",
    "Subject: INV-88213\n\nInvoice INV-88213 charges us for 4 cases of Pacifico but only 2 arrived on Wednesday. "
    "Please correct.\n\nTom",
)
M(
    "cantina-roja",
    6,
    "ORDER",
    "Please send 30 cases of Negra Modelo with Friday's delivery.",
    [L("NEGRA-MODELO", 30)],
    "far above the usual 1 case a week, no reason given",
    [],
    outlier=True,
)
M(
    "cantina-roja",
    2,
    "ORDER",
    "i'd like 2 cases of tricolour chips and 6 bottles of cholula please",
    [L("CHIPS-REST", 2, "Tricolour"), L("CHOLULA", None)],
    "6 bottles of Cholula = half a case of 12, not a whole number",
    ["container", "non_order_request"],
    ch="WHATSAPP",
)
M(
    "cantina-roja",
    3,
    "ORDER",
    "Subject: Thursday additions\n\nPlease add 2 cases Topo Chico and 1 case Valentina Black Label to Thursday.\n\nTom",
    [L("TOPO-CHICO", 2), L("VALENTINA-BLACK", 1)],
    "",
    ["non_order_request"],
)
M(
    "cantina-roja",
    6,
    "CANCEL",
    "Subject: Friday\n\nSorry - ignore the Negra Modelo message, that was meant to be 3 not 30. Please cancel it and "
    "I'll resend.\n\nTom",
)

# ============================================================ nacho-shack (SMS, en, steady)
M(
    "nacho-shack",
    0,
    "ORDER",
    "6 cs yellow chips, 2 nacho cheese, 2 sliced jalapenos, 2 salsa roja tubs, 2 sour cream, 6 guac. thurs pls. Dan",
    [
        L("CHIPS-REST", 6, "Yellow"),
        L("NACHO-CHEESE", 2),
        L("JALAP-SLICED", 2),
        L("SALSA-ROJA-TUB", 2),
        L("SOUR-CREAM", 2),
        L("GUAC-FROZEN", 6),
    ],
    "nacho cheese = the plain sauce; guac = frozen guacamole",
    [],
)
M(
    "nacho-shack",
    1,
    "ORDER",
    "chips x6, jalapenos x2, coke x3",
    [F(CHIPS, 6), F(JALAP, 2), F(COKE, 3)],
    "chips, jalapenos and coke are family words",
    ["family"],
)
M("nacho-shack", 2, "ORDER", "usual thurs pls", ref=dict(kind="usual"), notes="the usual, nothing else")
M(
    "nacho-shack",
    3,
    "QUESTION",
    "wat time is cutoff for sat delivery? we're at a festival in Brighton this wknd",
)
M(
    "nacho-shack",
    4,
    "ORDER",
    "need 2 more cases nacho cheese + 1 jalapeno nacho cheese for the festival, can u do sat",
    [L("NACHO-CHEESE", 2), L("NACHO-CHEESE-JALAP", 1)],
    "order with a side question about Saturday",
    ["side_question"],
)
M(
    "nacho-shack",
    5,
    "ORDER",
    "2 cans coke and 1 box taco boats",
    [L("COKE-CAN", 2), L("TACO-BOATS", 1)],
    "coke cans = the UK can case; 2 cans, small N = 2 cases (review also acceptable, a fraction never); "
    "taco boats come by the case, box = case",
    ["container"],
)
M("nacho-shack", 6, "CANCEL", "cancel sats order pls, festival called off due to the weather. sorry")
M(
    "nacho-shack",
    3,
    "ORDER",
    "4 chorizo, 1 cs taco boats, 1 cs red napkins",
    [L("CHORIZO-MEX", 4), L("TACO-BOATS", 1), L("NAPKINS", 1, "Red")],
    "",
    [],
)

# ============================================================ agave-room (WhatsApp, en, regular)
M(
    "agave-room",
    0,
    "ORDER",
    "Hi! Bar order for Thurs: 4 boxes limes, 3 cs grapefruit jarritos, 4 cs topo chico, 5 cs corona bottles, "
    "3 pacifico, 2 modelo \U0001f37a",
    [
        L("LIMES", 4),
        L("JARRITOS-GRAPEFRUIT", 3),
        L("TOPO-CHICO", 4),
        L("CORONA", 5, "Bottle"),
        L("PACIFICO", 3),
        L("MODELO", 2),
    ],
    "",
    ["emoji"],
)
M(
    "agave-room",
    1,
    "ORDER",
    "can we get 36 bottles of topo chico and 2 bottles of clamato",
    [L("TOPO-CHICO", None), L("CLAMATO", 2)],
    "36 bottles = 1.5 cases, not a whole number; 2 bottles of clamato, small N = 2 cases",
    ["container", "non_order_request"],
)
M(
    "agave-room",
    2,
    "QUESTION",
    "I'd like to know if you can get Jarritos strawberry (fresa)? guests keep asking for it",
    tags=["non_order_request", "not_in_catalog"],
)
M(
    "agave-room",
    3,
    "ORDER",
    "Same as last week please but add 2 cases of Sol",
    ref=dict(kind="last", add=[L("SOL", 2)]),
    notes="last week's order plus Sol",
)
M(
    "agave-room",
    4,
    "ORDER",
    "need 4 cases of beer for the patio party + 1 tajin",
    [F(BEERS, 4), L("TAJIN", 1)],
    "beer: which one not stated",
    ["family"],
)
M(
    "agave-room",
    5,
    "OTHER",
    "Thanks for sorting the delivery so quick yesterday guys \U0001f44f",
    tags=["emoji"],
)
M(
    "agave-room",
    6,
    "ORDER",
    "Could you send 1 case of jamaica concentrate and 1 clamato with the next drop?",
    [L("JAMAICA-CONC", 1), L("CLAMATO", 1)],
    "",
    ["non_order_request"],
)
M(
    "agave-room",
    2,
    "ORDER",
    "2 tajin, 1 small valentina and 4 topo chico for thursday pls",
    [L("TAJIN", 2), L("VALENTINA", 1, "12 x 370ml"), L("TOPO-CHICO", 4)],
    "small valentina = 12 x 370ml",
    [],
)
M(
    "agave-room",
    5,
    "ORDER",
    "we're doing micheladas all weekend: 24 bottles of clamato and a case of tajin please",
    [L("CLAMATO", 2), L("TAJIN", 1)],
    "24 bottles of clamato = 2 cases of 12",
    ["count"],
)

# ============================================================ casa-mole (WhatsApp, es, regular)
M(
    "casa-mole",
    0,
    "ORDER",
    "Buenos dias, para el martes: 4 botes de mole negro, 2 bolsas de mulato, 2 de pasilla, 3 tinas de masa fresca "
    "y 6 quesillos. Gracias, Rosa",
    [L("MOLE-NEGRO", 4), L("MULATO", 2), L("PASILLA", 2), L("MASA-FRESH", 3), L("QUESO-OAXACA", 6)],
    "",
    [],
)
M(
    "casa-mole",
    1,
    "ORDER",
    "Hola, me mandas 2 de ancho y 2 de guajillo de kilo, y manteca 2",
    [L("ANCHO", 2, None), L("GUAJILLO", 2, "1kg"), F(MANTECA, 2)],
    "ancho bag size not stated (de kilo is said of the guajillo); manteca = lard or vegetable shortening",
    ["family", "non_order_request"],
)
M(
    "casa-mole",
    2,
    "ORDER",
    "Lo de siempre para el martes, pero sin la horchata y con 6 paquetes de tortilla azul en vez de 4",
    ref=dict(kind="usual", remove=["HORCHATA-CONC"], set=[L("TORT-CORN-BLUE", 6)]),
    notes="the usual without horchata, blue corn tortillas 6 instead of 4",
)
M(
    "casa-mole",
    3,
    "QUESTION",
    "Tienen chile chilhuacle negro? Lo necesito para el mole de una fiesta",
    tags=["not_in_catalog"],
)
M(
    "casa-mole",
    4,
    "ORDER",
    "Para el viernes: 2 kg de chile chilhuacle si ya lo tienen, si no nada. Y 4 epazotes",
    [X(2), L("EPAZOTE", 4)],
    "chilhuacle not in catalog; conditional on it being stocked",
    ["conditional"],
    flags=["conditional"],
)
M("casa-mole", 5, "COMPLAINT", "El quesillo de ayer venia agrio, 2 de los 6. Me los pueden reponer?")
M(
    "casa-mole",
    6,
    "ORDER",
    "Me mandas tortillas de maiz de 6 pulgadas, 6 paquetes",
    [F(["TORT-CORN-YEL", "TORT-CORN-WHT"], 6, Y6)],
    "corn tortillas 6 inch: yellow or white (blue is 5.5 inch)",
    ["family"],
)
M(
    "casa-mole",
    4,
    "ORDER",
    "Para el martes tambien 1 caja de ancho de 5 kilos, 2 piloncillos y 1 caja de chocolate abuelita",
    [L("ANCHO", 1, "5kg"), L("PILONCILLO", 2), L("MEX-CHOC", 1)],
    "5 kilos is the ancho bag size",
    ["number_in_name"],
)

# ============================================================ tamaleria (WhatsApp, es, steady)
M(
    "tamaleria",
    0,
    "ORDER",
    "Hola buenas! Para el viernes: 10 bolsas de maseca para tamales, 4 de hojas, 3 botes de manteca de cerdo, "
    "1 guajillo de kilo. Gracias! Lupe",
    [L("MASECA-TAMAL", 10), L("CORN-HUSKS", 4), L("LARD", 3), L("GUAJILLO", 1, "1kg")],
    "",
    [],
)
M(
    "tamaleria",
    1,
    "ORDER",
    "maseca 10 y hojas 4 porfa",
    [F(MASECA, 10), L("CORN-HUSKS", 4)],
    "maseca: white, yellow or for tamales",
    ["family"],
)
M(
    "tamaleria",
    2,
    "ORDER",
    "Lo mismo que la semana pasada pero el doble de hojas",
    ref=dict(kind="last", double=["CORN-HUSKS"]),
    notes="last week's order with double the husks",
)
M(
    "tamaleria",
    3,
    "QUESTION",
    "A como esta el costal de maseca blanca de 20 kilos? Quiero empezar a hacer tortillas tambien",
    tags=["number_in_name"],
)
M(
    "tamaleria",
    4,
    "ORDER",
    "Agregame por favor 1 caja de chipotles en adobo de latita chica y 2 tinas de salsa verde taquera al pedido del viernes",
    [L("CHIPOTLE-ADOBO", 1, "12 x 215g Can"), L("SALSA-VERDE-TUB", 2)],
    "latita chica = the 215g cans",
    [],
)
M("tamaleria", 5, "OTHER", "Les hice la transferencia de la factura 5521 esta manana. Saludos")
M(
    "tamaleria",
    6,
    "ORDER",
    "Mandame 2 cajas de jalapenos y 1 de caldo de pollo",
    [F(JALAP, 2), L("CALDO-POLLO", 1)],
    "jalapenos: sliced, whole or fresh",
    ["family"],
)
M(
    "tamaleria",
    3,
    "ORDER",
    "2 cajas de jalapenos enteros y 1 queso fresco para el viernes porfa",
    [L("JALAP-WHOLE", 2), L("QUESO-FRESCO", 1)],
    "",
    [],
)

# ============================================================ polleria-lima (WhatsApp, es, regular)
M(
    "polleria-lima",
    0,
    "ORDER",
    "Buenas, pedido para el lunes: 6 frascos de aji amarillo en pasta, 5 de aji panca, 2 rocoto, 3 sacos de arroz "
    "blanco, 3 cajas de limon",
    [L("AJI-AMARILLO-PASTE", 6), L("AJI-PANCA", 5), L("ROCOTO-PASTE", 2), L("RICE-LONG", 3), L("LIMES", 3)],
    "aji amarillo en pasta = the paste",
    [],
)
M(
    "polleria-lima",
    1,
    "ORDER",
    "4 cajas de inca kola y 2 de cusquena",
    [L("INCA-KOLA", 4, None), L("CUSQUENA", 2)],
    "Inca Kola cans or 1.5L not stated",
    [],
)
M(
    "polleria-lima",
    2,
    "ORDER",
    "Para el jueves 12 latas de inca kola y 2 sacos de arroz",
    [L("INCA-KOLA", None, "24 x 330ml Can"), L("RICE-LONG", 2)],
    "12 cans = half a case, not a whole number; sacos de arroz = the long grain 10kg sack (parboiled comes in bags)",
    ["container"],
)
M("polleria-lima", 3, "ORDER", "Lo de siempre para el lunes porfa", ref=dict(kind="usual"), notes="the usual")
M("polleria-lima", 4, "QUESTION", "Tienen chicha morada en polvo o la de botella?", tags=["not_in_catalog"])
M(
    "polleria-lima",
    5,
    "ORDER",
    "Para el lunes agrega 2 cajas de inca kola zero y 1 frasco de aji limo",
    [X(2), X(1)],
    "Inca Kola Zero and aji limo are not in the catalog",
    ["not_in_catalog"],
)
M(
    "polleria-lima",
    6,
    "ORDER",
    "Domingo: 10 atados de culantro, 1 bolsa de comino",
    [L("CORIANDER", 10), L("CUMIN", 1)],
    "culantro = coriander",
    [],
)
M(
    "polleria-lima",
    3,
    "ORDER",
    "Jueves: 4 cajas de cusquena + 2 de inca kola en botella de litro y medio",
    [L("CUSQUENA", 4), L("INCA-KOLA", 2, "6 x 1.5L Bottle")],
    "",
    ["number_in_name"],
)

# ============================================================ chalaca (email, en, steady)
M(
    "chalaca",
    0,
    "ORDER",
    "Subject: Wednesday order\n\nHi,\n\n3 x frozen whole aji amarillo\n2 x aji amarillo paste\n1 x rocoto paste\n"
    "6 boxes limes\n15 coriander\n3 cases Cusquena\n\nGracias,\nAna Quispe\nChalaca Ceviche Bar, 9 Lower Marsh, SE1\n"
    "07700 900733",
    [
        L("AJI-AMARILLO-FROZEN", 3),
        L("AJI-AMARILLO-PASTE", 2),
        L("ROCOTO-PASTE", 1),
        L("LIMES", 6),
        L("CORIANDER", 15),
        L("CUSQUENA", 3),
    ],
    "",
    ["signature"],
)
M(
    "chalaca",
    1,
    "ORDER",
    "Subject: extras\n\naji amarillo x4 please, and inca kola 2 cases\n\nAna",
    [F(AJIAM, 4), L("INCA-KOLA", 2, None)],
    "aji amarillo: paste or frozen whole; Inca Kola size not stated",
    ["family"],
)
M(
    "chalaca",
    2,
    "QUESTION",
    "Subject: rocoto\n\nCould you tell me whether the rocoto paste contains any added sugar? A guest asked.\n\nAna",
    tags=["non_order_request"],
)
M(
    "chalaca",
    3,
    "ORDER",
    "Subject: Next order\n\nPlease repeat last week's order, plus 2 extra boxes of limes (we have a private dinner for "
    "60 on Saturday).\n\nAna",
    ref=dict(kind="last", add=[L("LIMES", 2)]),
    notes="last week's order plus 2 boxes of limes; 60 is a guest count",
)
M(
    "chalaca",
    4,
    "COMPLAINT",
    "Subject: frozen aji\n\nThe bags of frozen aji amarillo that arrived today had thawed completely - the van's "
    "freezer must have been off. Please collect them and send a replacement.\n\nAna",
)
M(
    "chalaca",
    5,
    "ORDER",
    "hi this is Ana from Chalaca could we get six boxes of limes twenty bunches of coriander and a case of plantain "
    "chips for monday",
    [L("LIMES", 6), L("CORIANDER", 20), L("CHIPS-PLANTAIN", 1)],
    "spoken list without commas",
    ["spoken", "voice", "non_order_request"],
    ch="WHATSAPP",
)
M(
    "chalaca",
    6,
    "ORDER",
    "Subject: add-on\n\nPlease add a case of Inca Kola cans and 2 bags of frozen aji amarillo.\n\nAna",
    [L("INCA-KOLA", 1, "24 x 330ml Can"), L("AJI-AMARILLO-FROZEN", 2)],
    "",
    ["non_order_request"],
)

# ============================================================ sabor-brasil (WhatsApp, pt, regular)
M(
    "sabor-brasil",
    0,
    "ORDER",
    "Bom dia! Pedido para terca: 12 pacotes de pao de queijo, 3 requeijao, 4 caixas de guarana lata e 1 saco de "
    "feijao preto de 25kg. Obrigada, Juliana",
    [L("PAO-QUEIJO", 12), L("REQUEIJAO", 3), L("GUARANA-CAN", 4), L("BLACK-BEANS-DRY", 1, "25kg")],
    "",
    [],
)
M(
    "sabor-brasil",
    1,
    "ORDER",
    "manda 3 guarana e 4 arroz parboilizado",
    [F(GUARANA, 3), L("RICE-PARBOILED", 4)],
    "guarana: cans or 2L bottles",
    ["family"],
)
M(
    "sabor-brasil",
    2,
    "ORDER",
    "O mesmo da semana passada, mas com 2 caixas de guarana 2 litros a mais",
    ref=dict(kind="last", add=[L("GUARANA-2L", 2)]),
    notes="last week's order plus 2 cases of guarana 2L",
)
M(
    "sabor-brasil",
    3,
    "QUESTION",
    "Gostaria de saber se voces tem farofa pronta ou farinha de mandioca",
    tags=["non_order_request", "not_in_catalog"],
)
M(
    "sabor-brasil",
    4,
    "ORDER",
    "Pode mandar 2 sacos de feijao preto?",
    [L("BLACK-BEANS-DRY", 2, None)],
    "feijao preto bag size (5kg or 25kg) not stated",
    ["non_order_request"],
)
M(
    "sabor-brasil",
    5,
    "OTHER",
    "Oi, a partir de setembro o nosso horario muda, so recebemos entregas depois das 10h. Obrigada",
)
M(
    "sabor-brasil",
    6,
    "ORDER",
    "Pro sabado: 1 caixa de guarana Jesus (se tiver) e 10 pao de queijo",
    [X(1), L("PAO-QUEIJO", 10)],
    "Guarana Jesus not in catalog; conditional on it",
    ["conditional"],
    flags=["conditional"],
)
M(
    "sabor-brasil",
    3,
    "ORDER",
    "Manda tambem 2 caixas de doce de leite em pote e 6 garrafas de guarana 2 litros",
    [L("DULCE-JAR", 2), L("GUARANA-2L", 1)],
    "doce de leite em pote = the jars; 6 bottles of 2L = 1 case of 6",
    ["count"],
)

# ============================================================ brasa-gaucha (email, pt, steady)
M(
    "brasa-gaucha",
    0,
    "ORDER",
    "Assunto: Pedido quinta-feira\n\nOla,\nSegue o pedido:\n4 sacos de feijao preto 5kg\n6 pacotes de arroz "
    "parboilizado\n6 caixas de guarana em lata\n6 pao de queijo\n4 caixas de limao\n\nAtt,\nFernando Souza\n"
    "Brasa Gaucha, 210 Kingsland Road, E2\nTel. 07700 900611",
    [
        L("BLACK-BEANS-DRY", 4, "5kg"),
        L("RICE-PARBOILED", 6),
        L("GUARANA-CAN", 6),
        L("PAO-QUEIJO", 6),
        L("LIMES", 4),
    ],
    "",
    ["signature"],
)
M(
    "brasa-gaucha",
    1,
    "ORDER",
    "Assunto: quinta\n\nBom dia, o de sempre para quinta, por favor, mas sem cominho.",
    ref=dict(kind="usual", remove=["CUMIN"]),
    notes="the usual without cumin",
)
M(
    "brasa-gaucha",
    2,
    "QUESTION",
    "Assunto: carvao\n\nVoces vendem carvao para churrasco? Sacos de 10kg?",
    tags=["not_in_catalog"],
)
M(
    "brasa-gaucha",
    3,
    "ORDER",
    "Assunto: acrescentar\n\nPor favor acrescentar 2 latas de Corona e 1 balde de doce de leite ao pedido de quinta.",
    [L("CORONA", 2, "Can"), L("DULCE-REPOSTERO", 1)],
    "2 latas, small N = 2 cases of Corona cans; balde (bucket) = the 5kg repostero tub",
    ["container"],
)
M(
    "brasa-gaucha",
    4,
    "COMPLAINT",
    "Assunto: feijao\n\nO feijao que chegou ontem veio com muitas pedras, um saco inteiro. Queremos devolver.",
)
M(
    "brasa-gaucha",
    5,
    "CHANGE",
    "Assunto: pedido de quinta\n\nNo pedido de quinta, em vez de 6 caixas de guarana, mandem 8 por favor.",
    change=[L("GUARANA-CAN", 8)],
)
M(
    "brasa-gaucha",
    6,
    "ORDER",
    "Assunto: extra\n\nAcrescentar 2 pacotes de arroz parboilizado e 1 cominho. Obrigado",
    [L("RICE-PARBOILED", 2), L("CUMIN", 1)],
    "",
    [],
)

# ============================================================ arepa-house (WhatsApp, es, regular)
M(
    "arepa-house",
    0,
    "QUESTION",
    "Hola! Quisiera saber si tienen harina P.A.N. para arepas, la blanca. La necesitamos urgente",
    tags=["non_order_request", "not_in_catalog"],
)
M(
    "arepa-house",
    1,
    "ORDER",
    "Entonces mandame 4 queso fresco, 2 cajas de colombiana y 3 bultos de harina PAN cuando les llegue",
    [L("QUESO-FRESCO", 4), L("COLOMBIANA", 2), X(3)],
    "harina PAN (precooked arepa flour) is not in the catalog; not Maseca",
    ["not_in_catalog"],
)
M(
    "arepa-house",
    2,
    "ORDER",
    "2 cajas de aguacate chico y 1 de frijol negro",
    [L("AVOCADO", 2, "24s"), L("BLACK-BEANS-DRY", 1, None)],
    "aguacate chico = 24s; frijol negro = the dried black beans, bag size not stated",
    [],
)
M(
    "arepa-house",
    3,
    "ORDER",
    "igual que el pedido anterior, pero quitale el jugo de guayaba",
    ref=dict(kind="last", remove=["JUMEX-GUAVA"]),
    notes="last week's order without the guava nectar",
)
M("arepa-house", 4, "COMPLAINT", "La caja de colombiana llego con 3 latas reventadas, todo pegajoso")
M(
    "arepa-house",
    5,
    "ORDER",
    "Para el miercoles: 2 cajas de sazon goya, 1 comino, 2 sacos de arroz blanco y 2 crema mexicana",
    [L("SAZON-GOYA", 2), L("CUMIN", 1), L("RICE-LONG", 2), L("CREMA-MEX", 2)],
    "caja of sazon = the box of 36",
    [],
)
M(
    "arepa-house",
    6,
    "ORDER",
    "Y 2 bolsas de panela porfa",
    [L("PILONCILLO", 2)],
    "panela = the cane sugar cones (piloncillo, 1kg bags); no panela cheese is stocked",
    [],
)
M(
    "arepa-house",
    1,
    "ORDER",
    "3 cajas de chifles y 2 de kola colombiana para el miercoles",
    [L("CHIPS-PLANTAIN", 3), L("COLOMBIANA", 2)],
    "chifles = plantain chips",
    [],
)

# ============================================================ lone-star (SMS, en, steady)
M(
    "lone-star",
    0,
    "ORDER",
    "Hey its Cody @ Lone Star. 2 boxes taco shells, 6 pk 10in flour tortillas, 2 chili blend, 2 pinto beans 5kg, "
    "4 monterey jack. Mon delivery thx",
    [
        L("TACO-SHELLS", 2),
        L("TORT-FLOUR", 6, F10),
        L("CHILI-BLEND", 2),
        L("PINTO-DRY", 2),
        L("JACK-SHRED", 4),
    ],
    "pinto beans 5kg = the dried pinto (refried carries its word)",
    [],
)
M(
    "lone-star",
    1,
    "ORDER",
    "shredded cheese x6 + sour cream x3",
    [F(SHRED, 6), L("SOUR-CREAM", 3)],
    "shredded cheese: Monterey Jack or Mexican blend",
    ["family"],
)
M(
    "lone-star",
    2,
    "ORDER",
    "nacho cheese 1 case and 3 cs white chips",
    [L("NACHO-CHEESE", 1), L("CHIPS-REST", 3, "White")],
    "nacho cheese = the plain sauce, although the diner usually buys the jalapeno one",
    ["text_over_guide"],
)
M("lone-star", 3, "QUESTION", "u guys do tabasco? the original red one", tags=["not_in_catalog"])
M(
    "lone-star",
    4,
    "ORDER",
    "40 boxes taco shells for monday",
    [L("TACO-SHELLS", 40)],
    "far above the usual 2 boxes, no reason given",
    [],
    outlier=True,
)
M("lone-star", 5, "CANCEL", "cancel the 40 boxes taco shells, typo. will send the right order monday")
M(
    "lone-star",
    6,
    "ORDER",
    "usual for monday + 2 cs dos equis",
    ref=dict(kind="usual", add=[L("DOS-EQUIS", 2)]),
    notes="the usual plus 2 cases of Dos Equis",
)
M(
    "lone-star",
    3,
    "ORDER",
    "3 cs dos equis, 2 cs coke cans, 2 cs jalapeno nacho cheese",
    [L("DOS-EQUIS", 3), L("COKE-CAN", 2), L("NACHO-CHEESE-JALAP", 2)],
    "",
    [],
)

# ============================================================ northgate-uni (email, en, regular)
M(
    "northgate-uni",
    0,
    "ORDER",
    "Subject: PO NUC-7731 - Mexican week\n\nDear Milpa & Chile,\n\nPlease supply the following for delivery to "
    "Central Kitchen, Loading Bay 3, by 7am Friday 6 August:\n\n1. Flour tortillas 12 inch - 15 packs\n"
    "2. Long grain rice 10kg - 4 sacks\n3. Whole black beans 6 x 2.5kg - 4 cases\n4. Refried black beans 6 x 3kg - "
    "2 cases\n5. Salsa roja taquera - 4 tubs\n6. Sour cream 2kg - 4 tubs\n\nKind regards,\nHelen Okafor\n"
    "Catering Stores Supervisor, Northgate University\nTel: 020 7946 0392",
    [
        L("TORT-FLOUR", 15, F12),
        L("RICE-LONG", 4),
        L("BLACK-BEANS-CAN", 4),
        L("REFRIED-BLACK", 2, "6 x 3kg"),
        L("SALSA-ROJA-TUB", 4),
        L("SOUR-CREAM", 4),
    ],
    "PO, loading bay, time, date, list numbers and pack sizes are not quantities",
    ["signature", "number_in_name"],
)
M(
    "northgate-uni",
    1,
    "ORDER",
    "Subject: RE: PO NUC-7731\n\nPlease add 360 12-inch flour tortillas and 1,000 foil sheets 12 x 14 to PO NUC-7731."
    "\n\nHelen",
    [L("TORT-FLOUR", 30, F12), L("FOIL-SHEETS", 2, "12 x 14 inch")],
    "360 tortillas = 30 packs of 12; 1,000 sheets = 2 boxes of 500",
    ["count", "number_in_name"],
)
M(
    "northgate-uni",
    2,
    "QUESTION",
    "Subject: Specifications\n\nCould you send us your allergen and nutrition specifications for the nacho cheese "
    "sauce and the refried beans? Our dietitian needs them before term starts.\n\nHelen Okafor",
    tags=["non_order_request"],
)
M(
    "northgate-uni",
    3,
    "ORDER",
    "Subject: Friday\n\nSame as last week please, but 10 guacamole instead of 8, and add 2 cases of nacho cheese "
    "sauce.\n\nHelen",
    ref=dict(kind="last", set=[L("GUAC-FROZEN", 10)], add=[L("NACHO-CHEESE", 2)]),
    notes="last week's order, guacamole 10 instead of 8, plus nacho cheese",
)
M(
    "northgate-uni",
    4,
    "ORDER",
    "Subject: Add to Friday\n\nMexican blend cheese 6, chips 4 cases, refried beans 2 cases.\n\nHelen",
    [L("MEX-BLEND-SHRED", 6), F(CHIPS, 4), F(REFRIED, 2)],
    "chips and refried beans are family words",
    ["family"],
)
M(
    "northgate-uni",
    5,
    "OTHER",
    "Subject: Invoicing\n\nPlease note that from September invoices should be addressed to Accounts Payable, "
    "Northgate University, and quote cost centre 4410.\n\nHelen",
)
M(
    "northgate-uni",
    6,
    "CHANGE",
    "Subject: PO NUC-7731\n\nPlease move the Friday delivery to Thursday 5 August, same items.",
    change=[],
)
M(
    "northgate-uni",
    2,
    "ORDER",
    "Subject: PO NUC-7731 additions\n\nPlease add 6 bags of Mexican 4-cheese blend and 8 frozen guacamole pouches "
    "to Friday's delivery.\n\nThanks, Helen",
    [L("MEX-BLEND-SHRED", 6), L("GUAC-FROZEN", 8)],
    "",
    ["number_in_name"],
)

# ============================================================ tienda-esquina (WhatsApp, es, steady)
M(
    "tienda-esquina",
    0,
    "ORDER",
    "Pedido para el miercoles:\n12 maseca blanca de kilo\n2 cajas valentina chica\n2 jarritos mandarina\n"
    "2 jarritos tamarindo\n1 jarritos pina\n1 jarritos limon\n2 jumex mango\n1 tajin\nGracias, Don Beto",
    [
        L("MASECA-WHITE", 12, "1kg"),
        L("VALENTINA", 2, "12 x 370ml"),
        L("JARRITOS-MANDARIN", 2),
        L("JARRITOS-TAMARIND", 2),
        L("JARRITOS-PINEAPPLE", 1),
        L("JARRITOS-LIME", 1),
        L("JUMEX-MANGO", 2),
        L("TAJIN", 1),
    ],
    "valentina chica = 12 x 370ml",
    [],
)
M(
    "tienda-esquina",
    1,
    "ORDER",
    "6 cajas de jarritos surtidos porfa",
    [F(JARRITOS, 6)],
    "assorted: the flavours and split are not stated",
    ["family"],
    flags=["assorted"],
)
M(
    "tienda-esquina",
    2,
    "ORDER",
    "2 cajas de jarritos de fresa y 1 de sandia si hay",
    [X(2), X(1)],
    "strawberry and watermelon Jarritos are not in the catalog; conditional",
    ["conditional"],
    flags=["conditional"],
)
M(
    "tienda-esquina",
    3,
    "QUESTION",
    "Cuando les llega otra vez el jarritos de tamarindo? La ultima vez no habia",
)
M(
    "tienda-esquina",
    4,
    "ORDER",
    "Lo de siempre para el miercoles, mas 2 cajas de cajeta",
    ref=dict(kind="usual", add=[L("CAJETA", 2)]),
    notes="the usual plus 2 cases of cajeta",
)
M(
    "tienda-esquina",
    5,
    "ORDER",
    "Mandame 48 botellas de sidral y 24 de jarritos de guayaba",
    [L("SIDRAL", 2), L("JARRITOS-GUAVA", 1)],
    "48 bottles = 2 cases of 24; 24 = 1 case",
    ["count", "container"],
)
M(
    "tienda-esquina",
    6,
    "ORDER",
    "3 bolsas de maseca de 4.5 kilos",
    [F(["MASECA-WHITE", "MASECA-YELLOW"], 3, "4.5kg")],
    "maseca 4.5kg: white or yellow",
    ["family", "number_in_name"],
)
M("tienda-esquina", 3, "COMPLAINT", "Nos cobraron 2 cajas de tajin y solo llego 1 (factura 7719)")
M(
    "tienda-esquina",
    1,
    "ORDER",
    "Agrega 3 de piloncillo, 1 caja de cajeta y 1 de sidral mundet",
    [L("PILONCILLO", 3), L("CAJETA", 1), L("SIDRAL", 1)],
    "",
    [],
)

# ============================================================ tacos-guero (SMS, en, regular)
M(
    "tacos-guero",
    0,
    "ORDER",
    "yo 8 packs white street taco tortillas, 2 verde taquera 2 roja taquera, 2 cajas limes, 10 cilantro. jueves porfa",
    [
        L("TORT-CORN-WHT", 8, Y45),
        L("SALSA-VERDE-TUB", 2),
        L("SALSA-ROJA-TUB", 2),
        L("LIMES", 2),
        L("CORIANDER", 10),
    ],
    "white street taco = 4.5 inch",
    [],
)
M(
    "tacos-guero",
    1,
    "ORDER",
    "need 640 street taco tortillas (white) for the weekend + 4 chorizo",
    [L("TORT-CORN-WHT", 8, Y45), L("CHORIZO-MEX", 4)],
    "640 tortillas = 8 packs of 80",
    ["count"],
)
M(
    "tacos-guero",
    2,
    "ORDER",
    "achiote x2, salsa verde x3",
    [L("ACHIOTE-1KG", 2), F(SALSAVERDE, 3)],
    "achiote = the 1kg block (the only achiote); salsa verde: Herdez jars or taquera tub",
    ["family"],
)
M(
    "tacos-guero",
    3,
    "ORDER",
    "napkins 2 cases + taco boats x2",
    [L("NAPKINS", 2, None), L("TACO-BOATS", 2)],
    "napkin colour not stated",
    [],
)
M(
    "tacos-guero",
    4,
    "ORDER",
    "and 1 case green napkins for the 16th sept fiesta",
    [L("NAPKINS", 1, None, nofill=True)],
    "green is not a napkin colour (white, black, red): variant ambiguous",
    [],
)
M("tacos-guero", 5, "QUESTION", "u open bank holiday mon? need a delivery on the 30th")
M(
    "tacos-guero",
    6,
    "ORDER",
    "can u send four packs white street taco tortillas a tub of salsa verde taquera two kilos of serranos and a box of limes",
    [L("TORT-CORN-WHT", 4, Y45), L("SALSA-VERDE-TUB", 1), L("SERRANO", 2), L("LIMES", 1)],
    "spoken list without commas",
    ["spoken", "non_order_request"],
)
M(
    "tacos-guero",
    2,
    "ORDER",
    "2 achiote kilo blocks + 4 oaxaca",
    [L("ACHIOTE-1KG", 2), L("QUESO-OAXACA", 4)],
    "",
    [],
)

# ============================================================ marlowe-hotel (email, en, steady)
M(
    "marlowe-hotel",
    0,
    "ORDER",
    "Subject: Order for Tuesday\n\nGood morning,\n\n6 packs flour tortillas 8 inch\n2 packs tostadas\n"
    "2 boxes large avocados\n1 queso fresco\n1 case Herdez salsa verde\n2 chipotle mayo\n\nBest regards,\n"
    "Claire Bellamy, Purchasing\nThe Marlowe Hotel",
    [
        L("TORT-FLOUR", 6, F8),
        L("TOSTADAS", 2),
        L("AVOCADO", 2, "16s"),
        L("QUESO-FRESCO", 1),
        L("HERDEZ-VERDE", 1),
        L("CHIPOTLE-MAYO", 2),
    ],
    "large avocados = 16s",
    ["signature"],
)
M(
    "marlowe-hotel",
    1,
    "ORDER",
    "Subject: Tuesday 10 August\n\nPlease repeat our usual order for Tuesday 10 August. We will also need 2 extra "
    "boxes of churros for a Mexican brunch (80 covers).\n\nClaire",
    ref=dict(kind="usual", add=[L("CHURROS", 2)]),
    notes="the usual plus 2 boxes of churros; 80 covers is a guest count",
)
M(
    "marlowe-hotel",
    2,
    "QUESTION",
    "Subject: Churros\n\nCould you let me know the shelf life of the frozen churros once defrosted?\n\nClaire",
    tags=["non_order_request"],
)
M(
    "marlowe-hotel",
    3,
    "ORDER",
    "Subject: Addition\n\nPlease add 3 boxes of avocados to Tuesday's delivery.\n\nClaire",
    [L("AVOCADO", 3, None)],
    "avocado size (16s, 20s, 24s) not stated",
    ["non_order_request"],
)
M(
    "marlowe-hotel",
    4,
    "OTHER",
    "Subject: Contacts\n\nPlease add our new sous chef, James Whitfield (james.whitfield@marlowehotel.example), to the "
    "order confirmation e-mails.\n\nClaire",
    tags=["non_order_request"],
)
M(
    "marlowe-hotel",
    5,
    "ORDER",
    "Subject: Friday event\n\nFor Friday's terrace event: 4 boxes foil sheets 12 x 14 inch and 2 cases red napkins.\n\nClaire",
    [L("FOIL-SHEETS", 4, "12 x 14 inch"), L("NAPKINS", 2, "Red")],
    "",
    ["number_in_name"],
)
M(
    "marlowe-hotel",
    6,
    "ORDER",
    "Subject: Bar\n\n2 cases Topo Chico, 2 cases Corona bottles and 1 tub of dulce de leche repostero, please.\n\nClaire",
    [L("TOPO-CHICO", 2), L("CORONA", 2, "Bottle"), L("DULCE-REPOSTERO", 1)],
    "",
    [],
)

# ============================================================ red-fox (SMS, en, regular)
M(
    "red-fox",
    0,
    "ORDER",
    "taco tues order: 1 box taco shells, 4 pk flour tortillas, 2 cs chips yellow, 6 corona, 2 sol",
    [
        L("TACO-SHELLS", 1),
        L("TORT-FLOUR", 4, None),
        L("CHIPS-REST", 2, "Yellow"),
        L("CORONA", 6, None),
        L("SOL", 2),
    ],
    "flour tortilla size and Corona bottle or can not stated",
    [],
)
M(
    "red-fox",
    1,
    "ORDER",
    "3 guac, 1 sour cream, 1 sliced jalapenos, 1 roja taquera. cheers",
    [L("GUAC-FROZEN", 3), L("SOUR-CREAM", 1), L("JALAP-SLICED", 1), L("SALSA-ROJA-TUB", 1)],
    "",
    [],
)
M("red-fox", 2, "QUESTION", "do u sell corona 0.0? few customers asking", tags=["not_in_catalog"])
M("red-fox", 3, "ORDER", "same as last week mate", ref=dict(kind="last"), notes="last week's order")
M("red-fox", 4, "COMPLAINT", "half the taco shells in the box were smashed again. 2nd time this month")
M(
    "red-fox",
    5,
    "ORDER",
    "hiya can i get two boxes of taco shells three frozen guacamole and a case of sol ta",
    [L("TACO-SHELLS", 2), L("GUAC-FROZEN", 3), L("SOL", 1)],
    "spoken list without commas",
    ["spoken", "non_order_request"],
)
M("red-fox", 6, "ORDER", "2 cs sol + 1 box taco shells for tues", [L("SOL", 2), L("TACO-SHELLS", 1)], "", [])

# ============================================================ fiesta-catering (email, en, varied)
M(
    "fiesta-catering",
    0,
    "ORDER",
    "Subject: Saturday wedding\n\nHi, can we have our usual event order for Saturday's wedding (150 guests)? "
    "Thanks, Sophie",
    ref=dict(kind="usual"),
    notes="the caterer never orders the same basket twice: no usual order to repeat; 150 is a guest count",
    tags=["ambiguous_reference", "non_order_request"],
)
M(
    "fiesta-catering",
    1,
    "ORDER",
    "Subject: Harlow wedding - Sat 7 Aug\n\nFor the Harlow wedding, 150 guests:\n- 10 packs yellow corn tortillas 6 inch\n"
    "- 8 packs flour tortillas 10 inch\n- 4 cases tricolour chips\n- 10 frozen guacamole\n- 3 salsa roja taquera\n"
    "- 3 salsa verde taquera\n- 6 cases Corona bottles\n- 2 cases red napkins\n- 2 cases taco boats\n\nSophie Marsh\n"
    "Fiesta Catering Co.\n07700 900845",
    [
        L("TORT-CORN-YEL", 10, Y6),
        L("TORT-FLOUR", 8, F10),
        L("CHIPS-REST", 4, "Tricolour"),
        L("GUAC-FROZEN", 10),
        L("SALSA-ROJA-TUB", 3),
        L("SALSA-VERDE-TUB", 3),
        L("CORONA", 6, "Bottle"),
        L("NAPKINS", 2, "Red"),
        L("TACO-BOATS", 2),
    ],
    "date and guest count are not quantities",
    ["signature"],
)
M(
    "fiesta-catering",
    2,
    "QUESTION",
    "Subject: Quote\n\nI'd like a quote for a 200-guest party in September: tortillas, chips, two salsas, guacamole and "
    "about 10 cases of Corona. Not ordering yet, just pricing it up.\n\nSophie",
    tags=["non_order_request"],
)
M(
    "fiesta-catering",
    3,
    "ORDER",
    "Subject: Harlow wedding\n\nWe'll need 2-3 extra cases of jarritos mandarin depending on final numbers.\n\nSophie",
    [L("JARRITOS-MANDARIN", None)],
    "a range: quantities not stated exactly",
    ["range"],
    flags=["range"],
)
M(
    "fiesta-catering",
    4,
    "CHANGE",
    "Subject: Harlow wedding - numbers up\n\nGuests are now 170, so please change the guacamole to 12 and the Corona "
    "to 7 cases.\n\nSophie",
    change=[L("GUAC-FROZEN", 12), L("CORONA", 7, "Bottle")],
)
M(
    "fiesta-catering",
    5,
    "ORDER",
    "Subject: Saturday\n\nPlease add 12 bags of ice and 2 cases of Topo Chico to Saturday's delivery.\n\nSophie",
    [X(12), L("TOPO-CHICO", 2)],
    "ice is not in the catalog",
    ["not_in_catalog", "non_order_request"],
)
M(
    "fiesta-catering",
    6,
    "ORDER",
    "Subject: Corporate lunch Thursday\n\n3 boxes of churros, 4 bags of shredded Mexican blend and 2 cases of lime "
    "jarritos, please.\n\nSophie",
    [L("CHURROS", 3), L("MEX-BLEND-SHRED", 4), L("JARRITOS-LIME", 2)],
    "",
    [],
)

# ============================================================ cafe-medellin (WhatsApp, es, steady)
M(
    "cafe-medellin",
    0,
    "ORDER",
    "Buenos dias, para el viernes 3 cajas de colombiana, 2 quesos frescos, 2 cajas de arequipe en frasco y 2 de chifles",
    [L("COLOMBIANA", 3), L("QUESO-FRESCO", 2), L("DULCE-JAR", 2), L("CHIPS-PLANTAIN", 2)],
    "arequipe en frasco = dulce de leche jars",
    [],
)
M(
    "cafe-medellin",
    1,
    "ORDER",
    "Me puedes mandar 2 kilos de frijol cargamanto y 1 queso costeno?",
    [X(2), X(1)],
    "cargamanto beans and queso costeno are not in the catalog",
    ["not_in_catalog", "non_order_request"],
)
M(
    "cafe-medellin",
    2,
    "ORDER",
    "Mandame tambien 2 de dulce de leche y 2 cajas de colombiana",
    [F(DULCE, 2), L("COLOMBIANA", 2)],
    "dulce de leche: jars or the 5kg repostero tub",
    ["family"],
)
M(
    "cafe-medellin",
    3,
    "ORDER",
    "Mandame lo mismo de siempre, el viernes. Gracias mil",
    ref=dict(kind="usual"),
    notes="the usual",
)
M("cafe-medellin", 4, "QUESTION", "Hacen entregas los sabados en Elephant & Castle?")
M(
    "cafe-medellin",
    5,
    "ORDER",
    "Necesito 48 latas de colombiana y 10 paquetes de pao de queijo",
    [L("COLOMBIANA", 2), L("PAO-QUEIJO", 10)],
    "48 cans = 2 cases of 24",
    ["count", "container"],
)
M(
    "cafe-medellin",
    6,
    "ORDER",
    "Porfa 2 cajas de aguacate mediano, y una caja de sazon goya",
    [L("AVOCADO", 2, "20s"), L("SAZON-GOYA", 1)],
    "aguacate mediano = 20s",
    [],
)
M(
    "cafe-medellin",
    2,
    "ORDER",
    "Y media caja de jumex de guayaba",
    [L("JUMEX-GUAVA", 0.5)],
    "half a case: a fraction of an indivisible case, not a whole number",
    ["count"],
)

# ============================================================ lupitas (WhatsApp, en, regular)
M(
    "lupitas",
    0,
    "ORDER",
    "Hola! For tuesday: 6 pk yellow corn tortillas 6in, 4 pk flour 12in, 1 cs small chipotle tins, 1 refried pinto, "
    "2 crema mexicana, 1 cotija block \U0001f32e",
    [
        L("TORT-CORN-YEL", 6, Y6),
        L("TORT-FLOUR", 4, F12),
        L("CHIPOTLE-ADOBO", 1, "12 x 215g Can"),
        L("REFRIED-PINTO", 1),
        L("CREMA-MEX", 2),
        L("COTIJA-BLOCK", 1),
    ],
    "small chipotle tins = 12 x 215g",
    ["emoji"],
)
M(
    "lupitas",
    1,
    "ORDER",
    "chipotle x2 and cotija x1 pls",
    [F(CHIPOTLE, 2), F(COTIJA, 1)],
    "chipotle: dried morita or meco, in adobo, or powder; cotija block or grated",
    ["family"],
)
M(
    "lupitas",
    2,
    "ORDER",
    "need two bags ancho two guajillo one arbol and one cascabel",
    [L("ANCHO", 2, None), L("GUAJILLO", 2, None), L("ARBOL", 1), L("CASCABEL", 1)],
    "spoken list; ancho and guajillo bag sizes not stated",
    ["spoken"],
)
M(
    "lupitas",
    3,
    "QUESTION",
    "can I pay cash on delivery this week? card machine is down",
    tags=["non_order_request"],
)
M(
    "lupitas",
    4,
    "ORDER",
    "same as last week pero add 2 horchata mix and no jamaica this time",
    ref=dict(kind="last", add=[L("HORCHATA-MIX", 2)], remove=["JAMAICA-FLOWERS"]),
    notes="last week's order plus 2 horchata mix, without the hibiscus",
)
M(
    "lupitas",
    5,
    "ORDER",
    "also 1 horchata and 2 jamaica",
    [F(HORCHATA, 1), F(JAMAICA, 2)],
    "horchata: concentrate or powder; jamaica: dried flowers or concentrate",
    ["family"],
)
M(
    "lupitas",
    6,
    "COMPLAINT",
    "the morita bag was mouldy \U0001f61e can u swap it next delivery",
    tags=["emoji"],
)
M(
    "lupitas",
    2,
    "ORDER",
    "1 bag chipotle meco, 1 bag ground chipotle and 2 bags chile de arbol please",
    [L("MECO", 1), L("CHIPOTLE-POWDER", 1), L("ARBOL", 2)],
    "",
    [],
)
M(
    "lupitas",
    4,
    "ORDER",
    "can u add 6 x 1L horchata concentrate and 1 yucateco green + 1 yucateco red",
    [L("HORCHATA-CONC", 1), L("YUCATECO-GREEN", 1), L("YUCATECO-RED", 1)],
    "6 x 1L written inline = one case",
    ["pack", "non_order_request"],
)

# ============================================================ taco-libre (WhatsApp, en, new customer)
M(
    "taco-libre",
    0,
    "ORDER",
    "Hi! We're Taco Libre, opening on Stroud Green Road next week. First order please, we'll pay on delivery: "
    "10 packs yellow corn tortillas 4.5 inch, 4 tubs salsa verde taquera, 4 salsa roja taquera, 3 boxes limes, "
    "2 cases Corona bottles. Delivery Thursday?",
    [
        L("TORT-CORN-YEL", 10, Y45),
        L("SALSA-VERDE-TUB", 4),
        L("SALSA-ROJA-TUB", 4),
        L("LIMES", 3),
        L("CORONA", 2, "Bottle"),
    ],
    "first order, paid on delivery",
    [],
)
M("taco-libre", 1, "QUESTION", "Also can i get a price list or catalogue PDF?", tags=["non_order_request"])
M(
    "taco-libre",
    3,
    "ORDER",
    "Please add 2 cases jarritos lime and 2 jarritos pineapple to Thursday - and can we put it all on a 30-day account?",
    [L("JARRITOS-LIME", 2), L("JARRITOS-PINEAPPLE", 2)],
    "a first customer asking for credit: review",
    ["credit", "non_order_request"],
    flags=["credit"],
)
M(
    "taco-libre",
    5,
    "ORDER",
    "Same as my first order again for next Thursday please",
    ref=dict(kind="last"),
    notes="a first-time customer: messages are not history, nothing to repeat",
    tags=["ambiguous_reference"],
)
M(
    "taco-libre",
    6,
    "OTHER",
    "I'd like to book a table for 4 on Friday at 8pm please",
    tags=["non_order_request"],
)
M(
    "taco-libre",
    2,
    "ORDER",
    "oh and 20 packs of tortillas as well",
    [F(["TORT-CORN-YEL", "TORT-CORN-WHT", "TORT-CORN-BLUE", "TORT-FLOUR", "TORT-FLOUR-WW"], 20)],
    "tortillas: corn or flour, which size not stated",
    ["family"],
)
M("taco-libre", 4, "ORDER", "add 2 cases of mexican coke 355ml pls", [L("COKE-MEX", 2, "24 x 355ml")], "", [])

# ============================================================ pupuseria (WhatsApp, es, new customer)
M(
    "pupuseria",
    1,
    "ORDER",
    "Hola, somos la Pupuseria Cuscatlan, nuevo cliente. Primer pedido, pago contra entrega: 6 bolsas de maseca blanca "
    "de 4.5 kilos, 2 cajas de frijoles negros refritos de lata grande, 3 quesillos y 2 cremas mexicanas. Para el "
    "martes por favor",
    [
        L("MASECA-WHITE", 6, "4.5kg"),
        L("REFRIED-BLACK", 2, "6 x 3kg"),
        L("QUESO-OAXACA", 3),
        L("CREMA-MEX", 2),
    ],
    "first order, paid on delivery; lata grande = the 3kg tins",
    [],
)
M("pupuseria", 2, "QUESTION", "Tienen loroco o chipilin? Congelado o en frasco", tags=["not_in_catalog"])
M(
    "pupuseria",
    4,
    "ORDER",
    "Agreguen 1 caja de crema salvadorena y 2 kilos de repollo",
    [X(1), X(2)],
    "crema salvadorena (crema mexicana is stocked, not the same) and cabbage are not in the catalog",
    ["not_in_catalog"],
)
M(
    "pupuseria",
    6,
    "ORDER",
    "Mandenme 4 de masa",
    [F(MASA, 4)],
    "masa: one of the Maseca flours or fresh masa",
    ["family"],
)
M(
    "pupuseria",
    3,
    "ORDER",
    "2 cajas de jarritos de tamarindo y 1 de pina, y 1 costal de maseca de 20 kilos",
    [L("JARRITOS-TAMARIND", 2), L("JARRITOS-PINEAPPLE", 1), L("MASECA-WHITE", 1, "20kg")],
    "maseca 20kg exists only as the white Maseca",
    ["number_in_name"],
)
M("pupuseria", 5, "CANCEL", "Cancelen el pedido del martes por favor, al final abrimos hasta la otra semana")

# ============================================================ more orders, the trade's everyday traffic
M(
    "taco-rio",
    3,
    "ORDER",
    "1 case valentina black label and 1 cholula pls",
    [L("VALENTINA-BLACK", 1), L("CHOLULA", 1)],
    "cholula = Cholula Original, sold by the case",
    [],
)
M(
    "taco-rio",
    5,
    "ORDER",
    "2 kilos habanero fresco + 3kg fresh jalapenos for the salsa",
    [L("HABANERO", 2), L("JALAP-FRESH", 3)],
    "sold by the kg",
    ["weight"],
)
M("taco-rio", 6, "ORDER", "cotija x2 too", [F(COTIJA, 2)], "cotija block or grated", ["family"])
M(
    "casa-mole",
    5,
    "ORDER",
    "1 caja de mole poblano y 2 bolsas de cascabel para el martes",
    [L("MOLE-POBLANO", 1), L("CASCABEL", 2)],
    "",
    [],
)
M(
    "casa-mole",
    2,
    "ORDER",
    "4 kilos de tomatillo fresco y 3 de chile serrano",
    [L("TOMATILLO-FRESH", 4), L("SERRANO", 3)],
    "sold by the kg",
    ["weight"],
)
M(
    "casa-mole",
    6,
    "CHANGE",
    "Del pedido del martes, cambiame los 2 de ancho de kilo por 1 de 5 kilos porfa",
    change=[L("ANCHO", 0, "1kg"), L("ANCHO", 1, "5kg")],
)
M("casa-mole", 3, "ORDER", "Tomatillos 2 cajas", [F(TOMATILLO, 2)], "tomatillos: tinned or fresh", ["family"])
M(
    "tamaleria",
    2,
    "ORDER",
    "2 botes de manteca vegetal y 2 de caldo de pollo porfa",
    [L("SHORTENING", 2), L("CALDO-POLLO", 2)],
    "manteca vegetal = the vegetable shortening",
    [],
)
M(
    "cantina-roja",
    5,
    "ORDER",
    "Subject: Pozole Sunday\n\nFor Sunday: 2 cases of hominy, 2 cases of tinned tomatillos and 1 tub of mole negro.\n\nTom",
    [L("HOMINY", 2), L("TOMATILLO-CAN", 2), L("MOLE-NEGRO", 1)],
    "",
    [],
)
M(
    "cantina-roja",
    0,
    "ORDER",
    "voice: can you send for cases of modelo and to cases of pacifico with tomorrow's",
    [L("MODELO", 4), L("PACIFICO", 2)],
    "voice-to-text homophones: for = four, to = two",
    ["homophone", "voice", "non_order_request"],
    ch="WHATSAPP",
)
M(
    "cantina-roja",
    4,
    "ORDER",
    "Subject: Weekend bar\n\n2 cases Dos Equis\n2 cases Sol\n1 case Clamato\n\nTom",
    [L("DOS-EQUIS", 2), L("SOL", 2), L("CLAMATO", 1)],
    "",
    [],
)
M(
    "lone-star",
    1,
    "ORDER",
    "1 cs sliced jalapenos and 2 bags monterey jack",
    [L("JALAP-SLICED", 1), L("JACK-SHRED", 2)],
    "",
    [],
)
M(
    "lone-star",
    5,
    "ORDER",
    "chilli powder x2 pls",
    [F(CHILIPOWDER, 2)],
    "ancho, chipotle or the chili blend",
    ["family"],
)
M(
    "agave-room",
    1,
    "ORDER",
    "4 cs corona bottles, no wait make that 5, and 2 negra modelo",
    [L("CORONA", 5, "Bottle"), L("NEGRA-MODELO", 2)],
    "self-correction: 5",
    ["self_correction"],
)
M(
    "agave-room",
    4,
    "ORDER",
    "1 case sidral and 1 case of toronja jarritos for the bar please",
    [L("SIDRAL", 1), L("JARRITOS-GRAPEFRUIT", 1)],
    "toronja = grapefruit",
    [],
)
M(
    "burrito-bros",
    6,
    "ORDER",
    "Subject: Shoreditch salad bowls\n\n10 packs wholewheat tortillas 12 inch and 1 case of the sharing bag chips.\n\nPriya",
    [L("TORT-FLOUR-WW", 10), L("CHIPS-RETAIL", 1)],
    "",
    ["number_in_name"],
)
M(
    "burrito-bros",
    2,
    "OTHER",
    "Subject: Direct debit\n\nI'd like to cancel our direct debit and pay by bank transfer from now on. Please confirm "
    "the account details on your next invoice.\n\nPriya",
    tags=["non_order_request"],
)
M(
    "northgate-uni",
    3,
    "ORDER",
    "Subject: Taco Tuesday pilot\n\nCould you also send 2 boxes of hard taco shells, 4 packs of baked tostadas and "
    "4kg of frozen guacamole?\n\nHelen",
    [L("TACO-SHELLS", 2), L("TOSTADAS", 4), L("GUAC-FROZEN", 4)],
    "4kg of frozen guacamole = 4 x 1kg pouches",
    ["weight", "non_order_request"],
)
M(
    "tienda-esquina",
    2,
    "ORDER",
    "1 caja de valentina negra y 1 de tapatio",
    [L("VALENTINA-BLACK", 1), X(1)],
    "Tapatio is not in the catalog (Valentina and Cholula are)",
    ["not_in_catalog"],
)
M(
    "tienda-esquina",
    5,
    "ORDER",
    "2 bolsas de maseca amarilla y 1 caja de totopos de bolsita de 200g",
    [L("MASECA-YELLOW", 2), L("CHIPS-RETAIL", 1)],
    "totopos de bolsita 200g = the retail sharing bags",
    ["number_in_name"],
)
M(
    "tienda-esquina",
    6,
    "ORDER",
    "4 valentinas",
    [L("VALENTINA", None, None)],
    "4 valentinas: bottles or cases, and which size, not stated",
    ["count"],
)
M(
    "sabor-brasil",
    4,
    "ORDER",
    "Mais 5 pacotes de pao de queijo e 2 requeijao pra sexta",
    [L("PAO-QUEIJO", 5), L("REQUEIJAO", 2)],
    "",
    [],
)
M(
    "chalaca",
    6,
    "ORDER",
    "Subject: Peruvian\n\n1 case Cusquena and 2 jars aji panca please.\n\nAna",
    [L("CUSQUENA", 1), L("AJI-PANCA", 2)],
    "",
    [],
)
M(
    "chalaca",
    4,
    "ORDER",
    "Subject: hibiscus\n\n2 bags of flor de jamaica for the new drinks menu.\n\nAna",
    [L("JAMAICA-FLOWERS", 2)],
    "",
    [],
)
M(
    "polleria-lima",
    2,
    "ORDER",
    "3 frascos de rocoto y 2 bolsas de aji amarillo congelado",
    [L("ROCOTO-PASTE", 3), L("AJI-AMARILLO-FROZEN", 2)],
    "",
    [],
)
M(
    "polleria-lima",
    5,
    "ORDER",
    "aji amarillo 6 porfa",
    [F(AJIAM, 6)],
    "aji amarillo: paste or frozen whole",
    ["family"],
)
M(
    "red-fox",
    2,
    "ORDER",
    "can i get 1 case valentina 1L bottles",
    [L("VALENTINA", 1, "12 x 1L")],
    "",
    ["non_order_request"],
)
M(
    "red-fox",
    4,
    "ORDER",
    "1 cs nacho cheese and 10 bags yellow chips pls",
    [L("NACHO-CHEESE", 1), L("CHIPS-REST", None, "Yellow")],
    "10 bags of 1kg = 1.67 cases of 6, not a whole number",
    ["count"],
)
M(
    "marlowe-hotel",
    4,
    "ORDER",
    "Subject: Brunch\n\n2 x 12 Herdez salsa verde, 2 boxes churros and 1 case cajeta.\n\nClaire",
    [L("HERDEZ-VERDE", 2), L("CHURROS", 2), L("CAJETA", 1)],
    "2 x 12 Herdez = 2 cases of 12",
    ["pack"],
)
M(
    "marlowe-hotel",
    6,
    "OTHER",
    "Subject: Automatic reply: Order for Tuesday\n\nThank you for your e-mail. I am out of the office until Monday "
    "16 August with limited access to e-mail. For urgent purchasing matters please contact the kitchen on "
    "020 7946 0177.\n\nClaire Bellamy",
)
M(
    "marlowe-hotel",
    2,
    "ORDER",
    "Subject: Re: Order for Tuesday\n\nCould you add 1 case of Corona cans to this please?\n\nClaire\n\n"
    "> On Mon 2 Aug, Claire Bellamy wrote:\n> 6 packs flour tortillas 8 inch\n> 2 packs tostadas\n"
    "> 2 boxes large avocados",
    [L("CORONA", 1, "Can")],
    "only the line above the quote is new",
    ["quoted", "non_order_request"],
)
M(
    "nacho-shack",
    6,
    "ORDER",
    "3 cs coke cans + 2 tubs chipotle mayo",
    [L("COKE-CAN", 3), L("CHIPOTLE-MAYO", 2)],
    "",
    [],
)
M(
    "arepa-house",
    4,
    "ORDER",
    "2 cajas de jumex de guayaba y 1 de mango",
    [L("JUMEX-GUAVA", 2), L("JUMEX-MANGO", 1)],
    "",
    [],
)
M(
    "tacos-guero",
    5,
    "ORDER",
    "3 cajas jarritos limon y 2 toronja",
    [L("JARRITOS-LIME", 3), L("JARRITOS-GRAPEFRUIT", 2)],
    "",
    [],
)
M(
    "lupitas",
    6,
    "ORDER",
    "dried chipotle 2 bags and 1 cs jarritos guava",
    [F(DRIEDCHIPOTLE, 2), L("JARRITOS-GUAVA", 1)],
    "dried chipotle: morita or meco",
    ["family"],
)
M(
    "lupitas",
    3,
    "ORDER",
    "1 bag morita, 1 cascabel, 2 bags flor de jamaica and 1 epazote",
    [L("MORITA", 1), L("CASCABEL", 1), L("JAMAICA-FLOWERS", 2), L("EPAZOTE", 1)],
    "",
    [],
)
M(
    "pupuseria",
    0,
    "ORDER",
    "1 bolsa de maseca amarilla y 2 de maseca para tamales",
    [L("MASECA-YELLOW", 1), L("MASECA-TAMAL", 2)],
    "",
    [],
)
M(
    "cafe-medellin",
    1,
    "ORDER",
    "2 cajas de inca kola en lata para el viernes",
    [L("INCA-KOLA", 2, "24 x 330ml Can")],
    "",
    [],
)
M(
    "taco-libre",
    2,
    "ORDER",
    "habanero x1 and 2 kilos of serranos",
    [F(HABANERO, 1), L("SERRANO", 2)],
    "habanero: fresh or one of the Yucateco sauces",
    ["family"],
)
M(
    "agave-room",
    6,
    "ORDER",
    "yucateco 2 cases for the bar snacks",
    [F(YUCATECO, 2)],
    "green or red",
    ["family"],
)
M(
    "chalaca",
    1,
    "ORDER",
    "Subject: weekend\n\n2 kilos of serrano and 1 case of Inca Kola 1.5L, please.\n\nAna",
    [L("SERRANO", 2), L("INCA-KOLA", 1, "6 x 1.5L Bottle")],
    "",
    [],
)
M(
    "brasa-gaucha",
    2,
    "ORDER",
    "Assunto: bebidas\n\n24 garrafas de Corona e 2 caixas de guarana lata.",
    [L("CORONA", 1, "Bottle"), L("GUARANA-CAN", 2)],
    "24 bottles = 1 case of Corona bottles",
    ["count"],
)
M(
    "northgate-uni",
    5,
    "ORDER",
    "Subject: Freshers' fair\n\n2 cases Jumex mango and 2 cases Jarritos mandarin for the freshers' fair stand, please."
    "\n\nHelen",
    [L("JUMEX-MANGO", 2), L("JARRITOS-MANDARIN", 2)],
    "",
    [],
)
M(
    "fiesta-catering",
    3,
    "ORDER",
    "Subject: Churros stand\n\nFor the churros stand on Saturday: 4 boxes of churros and 2 tubs of dulce de leche "
    "repostero.\n\nSophie",
    [L("CHURROS", 4), L("DULCE-REPOSTERO", 2)],
    "",
    [],
)
M(
    "tacos-guero",
    4,
    "ORDER",
    "and 2 jalapenos",
    [F(JALAP, 2)],
    "jalapenos: sliced, whole or fresh",
    ["family"],
)
