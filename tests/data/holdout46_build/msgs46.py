# ruff: noqa  (hand-written data generator of blind set 46, kept as its writer left it)
"""Hand-written messages of blind set 46 and their plain labels.

Each message: M(customer, day, channel, language, intent, text, lines, notes, tags, ...)
  day      0..6 = Monday 2028-04-24 .. Sunday 2028-04-30
  why      extra reasons for review besides open lines ("reference", "credit", "conditional", "fraction")
  ref      "usual" / "last" / "first" (a first-time customer's own earlier message; never resolvable)
  add/setq/remove/double   the changes a reference asks for (add/setq are lines; remove/double are skus)
  change   change_lines of a CHANGE row
  outlier  True for a quantity far above the customer's usual, with no reason given
  nofill   skus whose missing variant must not be filled from history (a size or colour that does not exist)
"""

_NO = object()
MESSAGES = []

PL12 = "12cm Pot (tray of 8)"
PL17 = "17cm Pot (tray of 4)"
CYL20 = "10x20cm (box of 12)"


def L(sku, q, v=_NO):
    d = {"sku": sku, "quantity": q}
    if v is not _NO:
        d["variant"] = v
    return d


def C(q, cands, cv=None):
    d = {"sku": None, "quantity": q, "candidates": list(cands)}
    if cv is not None:
        d["candidate_variant"] = cv
    return d


def N(q):
    return {"sku": None, "quantity": q}


def M(
    cust,
    day,
    ch,
    lang,
    intent,
    text,
    lines=(),
    notes="",
    tags=(),
    why=(),
    ref=None,
    add=(),
    setq=(),
    remove=(),
    double=(),
    change=None,
    outlier=False,
    nofill=(),
):
    MESSAGES.append(
        dict(
            customer=cust,
            day=day,
            channel=ch,
            language=lang,
            intent=intent,
            text=text,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            why=list(why),
            ref=ref,
            add=list(add),
            setq=list(setq),
            remove=list(remove),
            double=list(double),
            change=change,
            outlier=outlier,
            nofill=list(nofill),
        )
    )


TULIPS = ["TULIP-STRONGGOLD", "TULIP-ILEDEFRANCE", "TULIP-ROYALVIRGIN", "TULIP-FOXTROT", "TULIP-BUCKET"]
LILIES = ["LILY-STARGAZER", "LILY-SIBERIA", "LILY-LAORANGE"]
COMPOST = ["WESTLAND-MPC", "JI-2", "JI-3", "LEVINGTON-PF", "ERICACEOUS"]
BARK = ["BARK-ORNAMENTAL", "BARK-NUGGETS"]
GYP = ["GYP-XLENCE", "GYP-MILLION"]
EUC = ["EUC-CINEREA", "EUC-PARVIFOLIA", "EUC-POPULUS"]
FOAM = ["OASIS-IDEAL", "OASIS-SEC", "OASIS-BIO"]
REDROSE = ["ROSE-NAOMI", "ROSE-FREEDOM"]
WHITEROSE = ["ROSE-AVALANCHE", "ROSE-PLAYA"]
PINKROSE = ["ROSE-SWEETAV", "ROSE-MONDIAL"]
CARNS = ["CARN-MOONLIGHT", "CARN-DONPEDRO", "CARN-SPRAY"]
WHITECHRYS = ["CHRYS-BALTICA", "CHRYS-ZEMBLA"]
PEONY = ["PEONY-SARAH", "PEONY-CORAL"]
HYDR = ["HYDRANGEA-WHITE", "HYDRANGEA-BLUE"]
FREESIA = ["FREESIA-YELLOW", "FREESIA-WHITE"]
WIRE = ["WIRE-STUB", "WIRE-REEL", "WIRE-BIND"]
RIBBON = ["RIBBON-SATIN-RED", "RIBBON-SATIN-WHITE", "RIBBON-SATIN-IVORY", "RIBBON-ORGANZA", "RIBBON-HESSIAN"]
BABYBIO = ["BABYBIO-ORIG", "BABYBIO-ORCHID"]

# ------------------------------------------------------------------ petal-row (en, WhatsApp, London florist)
M(
    "petal-row",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "morning! for tmrw pls: 4 bunches naomi 60, 3 avalanche 50cm, 3 xlence white, 4 cinerea, 2 ruscus 👍",
    [
        L("ROSE-NAOMI", 4, "60cm"),
        L("ROSE-AVALANCHE", 3, "50cm"),
        L("GYP-XLENCE", 3, "White"),
        L("EUC-CINEREA", 4),
        L("RUSCUS", 2),
    ],
    "",
    ["emoji"],
)
M(
    "petal-row",
    1,
    "WHATSAPP",
    "en",
    "ORDER",
    "can u add 2 lovely lydia and a roll of cello 80cm to tomorrow's order",
    [L("SPRAY-LYDIA", 2), L("CELLO-ROLL", 1, "80cm")],
    "addition to a placed order",
    ["non_order_request"],
)
M(
    "petal-row",
    2,
    "WHATSAPP",
    "en",
    "ORDER",
    "need red roses x5 and gyp x3 for a funeral job friday, 60cm if poss",
    [C(5, REDROSE, "60cm"), C(3, GYP)],
    "red roses: Naomi or Freedom; gyp: Xlence or Million Stars",
    [],
)
M(
    "petal-row",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "100 stems avalanche 70 for the hotel lobby job + 2 boxes wet oasis",
    [L("ROSE-AVALANCHE", 5, "70cm"), L("OASIS-IDEAL", 2)],
    "100 stems = 5 bunches of 20",
    ["count"],
)
M(
    "petal-row",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "same as last week but no ruscus and make the cinerea 6",
    [],
    "reference to last week's order",
    [],
    ref="last",
    remove=["RUSCUS"],
    setq=[L("EUC-CINEREA", 6)],
)
M(
    "petal-row",
    2,
    "WHATSAPP",
    "en",
    "QUESTION",
    "do you have any ranunculus in white this week or only the mix?",
    [],
    "",
    [],
)
M(
    "petal-row",
    1,
    "WHATSAPP",
    "en",
    "COMPLAINT",
    "the naomi 60 from today are blown open already, half the heads drooping 😞 can u credit 2 bunches",
    [],
    "complaint with a credit request",
    ["emoji"],
)
M(
    "petal-row",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "2 boxes of the 20cm fishbowls + 1 pack card picks + 2 tubes of cold glue pls",
    [L("VASE-FISHBOWL", 2), L("CARD-PICKS", 1), L("FLORAL-ADHESIVE", 2)],
    "20cm is part of the fishbowl's name",
    ["number_in_name"],
)
M(
    "petal-row",
    5,
    "WHATSAPP",
    "en",
    "ORDER",
    "quick one - 1 naomi box (100) and 2 bunches of populus",
    [L("ROSE-NAOMI-BOX", 1), L("EUC-POPULUS", 2)],
    "the box of 100 stems, not 100 boxes",
    ["count"],
)
M(
    "petal-row",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "also 10 oasis bricks pls, only need a few for a sympathy piece",
    [C(None, FOAM)],
    "10 bricks is half a box of 20, and the foam is not named",
    ["count"],
)
M(
    "petal-row",
    0,
    "WHATSAPP",
    "en",
    "QUESTION",
    "I'd like to know if you can do a standing order every Monday for roughly the same stuff? how does that work",
    [],
    "asks how a standing order works; not an order",
    ["non_order_request"],
)
M(
    "petal-row",
    1,
    "WHATSAPP",
    "en",
    "CHANGE",
    "can you change tomorrow's avalanche from 50cm to 60cm pls, same number",
    [],
    "variant swap on a placed order",
    [],
    change=[L("ROSE-AVALANCHE", 0, "50cm"), L("ROSE-AVALANCHE", 3, "60cm")],
)

# ------------------------------------------------------------------ hazel-thorn (en, SMS, Manchester)
M(
    "hazel-thorn",
    1,
    "SMS",
    "en",
    "ORDER",
    "3 freedom 50 2 playa blanca 2 moonlight 3 santini pls for weds. ta Dan",
    [L("ROSE-FREEDOM", 3, "50cm"), L("ROSE-PLAYA", 2), L("CARN-MOONLIGHT", 2), L("CHRYS-SANTINI", 3)],
    "50 is the stem length, not a quantity",
    ["spoken"],
)
M(
    "hazel-thorn",
    0,
    "SMS",
    "en",
    "ORDER",
    "usual + 2 bunches alstro",
    [],
    "",
    [],
    ref="usual",
    add=[L("ALSTRO", 2)],
)
M(
    "hazel-thorn",
    3,
    "SMS",
    "en",
    "ORDER",
    "white roses x4 gyp x2 salal x2 pitto x2",
    [C(4, WHITEROSE), C(2, GYP), L("SALAL", 2), L("PITTOSPORUM", 2)],
    "",
    ["spoken"],
)
M(
    "hazel-thorn",
    4,
    "SMS",
    "en",
    "ORDER",
    "can i get 30 stems freedom 50cm",
    [L("ROSE-FREEDOM", None, "50cm")],
    "30 stems is one and a half bunches of 20",
    ["count", "non_order_request"],
)
M("hazel-thorn", 2, "SMS", "en", "QUESTION", "what time is cut off for sat delivery", [], "", [])
M(
    "hazel-thorn",
    5,
    "SMS",
    "en",
    "CANCEL",
    "cancel sat order pls, shop shut for my sisters wedding. Dan",
    [],
    "",
    [],
)
M(
    "hazel-thorn",
    2,
    "SMS",
    "en",
    "ORDER",
    "can u do 2 x 20 moonlight and 40 stems playa blanca for thurs",
    [L("CARN-MOONLIGHT", 2), L("ROSE-PLAYA", 2)],
    "2 x 20 is two bunches of 20; 40 stems = 2 bunches",
    ["pack", "count", "non_order_request"],
)
M(
    "hazel-thorn",
    3,
    "SMS",
    "en",
    "ORDER",
    "voice msg: three moonlight a salal two santini and an alstro cheers",
    [L("CARN-MOONLIGHT", 3), L("SALAL", 1), L("CHRYS-SANTINI", 2), L("ALSTRO", 1)],
    "number words and articles start items",
    ["spoken", "voice"],
)
M(
    "hazel-thorn",
    5,
    "SMS",
    "en",
    "ORDER",
    "20 avalanche 60 for mon pls",
    [L("ROSE-AVALANCHE", None, "60cm")],
    "20 stems (one bunch) or 20 bunches",
    ["count"],
)

# ------------------------------------------------------------------ greenfinch-gc (en, e-mail, Kent garden centre)
M(
    "greenfinch-gc",
    0,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: PO GF-20931 weekly order\n\nHi,\nPlease deliver on Wednesday 26th:\n- Westland Multi Purpose 60L x 40\n"
    "- John Innes No.3 x 10\n- Levington Peat Free 50L x 20\n- Melcourt Bark Nuggets 75L x 15\n"
    "- Horticultural Grit 20kg x 10\n\nKind regards\nHelen Marsh\nPurchasing, Greenfinch Garden Centre\n"
    "Unit 4, Hop Farm Lane, Paddock Wood TN12 6XX\nT: 020 7946 0731",
    [
        L("WESTLAND-MPC", 40, "60L"),
        L("JI-3", 10),
        L("LEVINGTON-PF", 20),
        L("BARK-NUGGETS", 15),
        L("GRIT-20", 10),
    ],
    "No.3, 50L, 75L, 20kg are in the names; PO, street number and phone are not quantities",
    ["signature", "number_in_name"],
)
M(
    "greenfinch-gc",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Houseplants\n\nHelen again - could you add to Wednesday: 12 peace lilies in the 17cm (3 trays) and 4 trays "
    "of mixed 2-spike phals 12cm. Also 2 cases Baby Bio Original.\n\nThanks, H",
    [L("PEACE-LILY", 3, PL17), L("PHAL-12", 4, "Mixed"), L("BABYBIO-ORIG", 2)],
    "12 peace lilies 17cm = 3 trays of 4",
    ["count", "number_in_name", "non_order_request"],
)
M(
    "greenfinch-gc",
    3,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: compost\n\nWe're running low, please send 30 bags of compost and 10 john innes with Friday's drop.\n\nHelen",
    [C(30, COMPOST), C(10, ["JI-2", "JI-3"])],
    "",
    [],
)
M(
    "greenfinch-gc",
    1,
    "EMAIL",
    "en",
    "QUESTION",
    "Subject: Levington pricing\n\nI would like to know whether the Levington peat free is going up in price from May - "
    "our rep mentioned a change but nothing in writing yet.\n\nHelen Marsh",
    [],
    "",
    ["non_order_request"],
)
M(
    "greenfinch-gc",
    4,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: repeat order\n\nPlease repeat last week's order, but 60 bags Westland 60L instead of 40 and no pansies "
    "(we've got plenty).\n\nThanks\nHelen",
    [],
    "",
    [],
    ref="last",
    setq=[L("WESTLAND-MPC", 60, "60L")],
    remove=["PANSY"],
)
M(
    "greenfinch-gc",
    3,
    "EMAIL",
    "en",
    "OTHER",
    "Subject: Goods-in closed Monday 1 May\n\nPlease note our goods-in is closed on Monday 1 May (bank holiday). "
    "Deliveries resume Tuesday 2 May from 7am.\n\nHelen",
    [],
    "",
    [],
)
M(
    "greenfinch-gc",
    1,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Bedding\n\n20 trays of pansies please, and 48 lavender in the 2L pots.\n\nHelen",
    [L("PANSY", 20), L("LAVENDER-2L", 48)],
    "the 2L lavender is sold each",
    ["number_in_name"],
)
M(
    "greenfinch-gc",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: RE: feed\n\nYes - 3 cases Miracle-Gro 1kg and 2 cases Baby Bio Original please.\n\n"
    "> Helen, can you confirm the quantities for the Miracle-Gro and Baby Bio before we load?\n> Thanks, Ruud",
    [L("MIRACLEGRO-AP", 3), L("BABYBIO-ORIG", 2)],
    "quoted reply",
    ["quoted", "number_in_name"],
)
M(
    "greenfinch-gc",
    5,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Westland\n\nCan we have a pallet of the Westland 60L on Tuesday? Forklift on site.",
    [L("WESTLAND-MPC", None, "60L")],
    "a pallet: the number of bags on it is not stated",
    ["pack"],
)
M(
    "greenfinch-gc",
    4,
    "EMAIL",
    "en",
    "COMPLAINT",
    "Subject: Wrong size peace lilies\n\nThe peace lilies delivered Wednesday were 12cm, we ordered 17cm (3 trays). "
    "Please collect and replace.\n\nHelen",
    [],
    "",
    [],
)

# ------------------------------------------------------------------ orchard-way-gc (en, e-mail, Surrey)
M(
    "orchard-way-gc",
    3,
    "EMAIL",
    "en",
    "ORDER",
    "Order for Friday 28/04:\n30 x Westland MPC 40L\n10 x Westland Ericaceous 50L\n12 x Melcourt Ornamental Bark 75L\n"
    "8 x JI No.2\n6 x Perlite 10L\n\nTom Ashby | Orchard Way GC | 07700 900734",
    [
        L("WESTLAND-MPC", 30, "40L"),
        L("ERICACEOUS", 10),
        L("BARK-ORNAMENTAL", 12),
        L("JI-2", 8),
        L("PERLITE-10", 6),
    ],
    "sizes and No.2 are in the names",
    ["signature", "number_in_name"],
)
M(
    "orchard-way-gc",
    1,
    "EMAIL",
    "en",
    "ORDER",
    "Tom here. Plants for the weekend: 72 lavender hidcote 9cm (6 trays), 8 trays red geraniums, 6 trays primulas "
    "and 3 trays mini orchids. Cheers",
    [L("LAVENDER-9", 6), L("GERANIUM", 8), L("PRIMULA", 6), L("PHAL-9", 3)],
    "72 = 6 trays of 12",
    ["count"],
)
M(
    "orchard-way-gc",
    4,
    "EMAIL",
    "en",
    "ORDER",
    "Usual Friday order please, plus 5 bags of grit.\nTom",
    [],
    "",
    [],
    ref="usual",
    add=[L("GRIT-20", 5)],
)
M(
    "orchard-way-gc",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Hi, 2 cases tomorite & 2 cs baby bio orchid food for Friday too please. Tom",
    [L("TOMORITE", 2), L("BABYBIO-ORCHID", 2)],
    "",
    [],
)
M(
    "orchard-way-gc",
    0,
    "EMAIL",
    "en",
    "ORDER",
    "We'd like 20 bags of bark for the new display bed, with this week's delivery. Tom",
    [C(20, BARK)],
    "",
    [],
)
M(
    "orchard-way-gc",
    0,
    "EMAIL",
    "en",
    "COMPLAINT",
    "Subject: Damaged bags INV-28-4410\n\nPallet of Westland 40L arrived Saturday with 6 bags split, driver didn't wait "
    "for us to sign. Can you credit 6 bags on INV-28-4410?\n\nTom Ashby",
    [],
    "",
    [],
)
M(
    "orchard-way-gc",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "---------- Forwarded message ---------\nFrom: Sue Pike (plant area)\nTo: Tom Ashby\n\nTom, can you order 4 trays "
    "cyclamen and 5 trays ivy for the tables by the tills\n\n----------\nHi both, see Sue's note below, please add to Friday.\nTom",
    [L("CYCLAMEN", 4), L("IVY-9", 5)],
    "the order is in the forwarded part",
    ["forwarded"],
)
M(
    "orchard-way-gc",
    5,
    "EMAIL",
    "en",
    "ORDER",
    "send 40 trays mini orchids for saturday",
    [L("PHAL-9", 40)],
    "usual is 3 trays; no reason given",
    [],
    outlier=True,
)
M(
    "orchard-way-gc",
    5,
    "EMAIL",
    "en",
    "CANCEL",
    "Subject: ignore orchid order\n\nSorry, please cancel the 40 trays of mini orchids I sent earlier - should have "
    "been 4, I'll resend properly. Tom",
    [],
    "cancels the outlier order",
    [],
)
M(
    "orchard-way-gc",
    6,
    "EMAIL",
    "en",
    "OTHER",
    "Thanks for getting Friday's load in before the rain, all received and checked. Tom",
    [],
    "",
    [],
)

# ------------------------------------------------------------------ velvet-vine (en, WhatsApp, wedding stylist, no usual)
M(
    "velvet-vine",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "Hi! Wedding sat 29th at Hawthorn Barn, 140 guests. Need: 6 bunches avalanche 60cm, 4 sweet avalanche 60, 3 pink "
    "mondial, 4 majolika, 5 xlence white, 6 parvifolia, 4 populus. Can you deliver fri am?",
    [
        L("ROSE-AVALANCHE", 6, "60cm"),
        L("ROSE-SWEETAV", 4, "60cm"),
        L("ROSE-MONDIAL", 3),
        L("SPRAY-MAJOLIKA", 4),
        L("GYP-XLENCE", 5, "White"),
        L("EUC-PARVIFOLIA", 6),
        L("EUC-POPULUS", 4),
    ],
    "140 guests and the date are not quantities",
    [],
)
M(
    "velvet-vine",
    1,
    "WHATSAPP",
    "en",
    "ORDER",
    "also 2 boxes of glass cylinders 10x20 and 2 rolls ivory satin 25mm + 2 ivory organza pls",
    [L("VASE-CYL", 2, CYL20), L("RIBBON-SATIN-IVORY", 2, "25mm"), L("RIBBON-ORGANZA", 2, "Ivory")],
    "",
    [],
)
M(
    "velvet-vine",
    2,
    "WHATSAPP",
    "en",
    "ORDER",
    "our usual event order for the Tuesday corporate job pls x",
    [],
    "the stylist never repeats a basket: no usual",
    ["ambiguous_reference"],
    ref="usual",
)
M(
    "velvet-vine",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "need peonies x6 for the bridal bouquets, and 3 bunches of lisianthus",
    [C(6, PEONY), L("LISIANTHUS", 3)],
    "",
    [],
)
M(
    "velvet-vine",
    4,
    "WHATSAPP",
    "en",
    "QUESTION",
    "could you send me the availability list for week 18? planning a big one in may",
    [],
    "",
    ["non_order_request"],
)
M(
    "velvet-vine",
    3,
    "WHATSAPP",
    "en",
    "CHANGE",
    "for saturday can u make the avalanche 70cm instead of 60, same qty",
    [],
    "variant swap on the placed wedding order (6 bunches)",
    [],
    change=[L("ROSE-AVALANCHE", 0, "60cm"), L("ROSE-AVALANCHE", 6, "70cm")],
)
M(
    "velvet-vine",
    5,
    "WHATSAPP",
    "en",
    "ORDER",
    "voice note: hi its priya can we get four bunches avalanche seventy two boxes of cylinders twenty and three rolls "
    "ivory organza",
    [L("ROSE-AVALANCHE", 4, "70cm"), L("VASE-CYL", 2, CYL20), L("RIBBON-ORGANZA", 3, "Ivory")],
    "seventy is the length and two starts the next item; cylinders twenty = 10x20cm",
    ["spoken", "voice", "non_order_request"],
)
M(
    "velvet-vine",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "4 stems red anthurium and 2 boxes fishbowls for the sweetheart table",
    [N(4), L("VASE-FISHBOWL", 2)],
    "anthurium: not in catalog",
    [],
)

# ------------------------------------------------------------------ freshway (en, e-mail, supermarket buying office)
M(
    "freshway",
    0,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: FW wk17 store replen - PO FW-558120\n\nPlease confirm the following for delivery to RDC Thurrock, Thu 27/04:\n\n"
    "30 x Mixed Tulip Bucket\n40 x Strong Gold\n40 x Ile de France\n30 x Alstroemeria Mixed\n20 x Santini\n"
    "20 x Sunflower Sunrich\n20 x Spray Carnation\n\nRegards,\nMark Pearce\nFlowers & Plants Buyer\n"
    "FreshWay Supermarkets plc\n020 7946 0412",
    [
        L("TULIP-BUCKET", 30),
        L("TULIP-STRONGGOLD", 40),
        L("TULIP-ILEDEFRANCE", 40),
        L("ALSTRO", 30),
        L("CHRYS-SANTINI", 20),
        L("SUNFLOWER", 20),
        L("CARN-SPRAY", 20),
    ],
    "",
    ["signature"],
)
M(
    "freshway",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Plants top-up PO FW-558131\n\n120 x mixed phalaenopsis 12cm (20 trays), 180 kalanchoe (12 trays of 15), "
    "2 boxes Chrysal sachets and 10 packs Aqua bags.\n\nMark",
    [L("PHAL-12", 20, "Mixed"), L("KALANCHOE", 12), L("CHRYSAL-SACHETS", 2), L("AQUA-BAG", 10)],
    "120 phals = 20 trays of 6; 180 kalanchoe = 12 trays of 15",
    ["count"],
)
M(
    "freshway",
    4,
    "EMAIL",
    "en",
    "CHANGE",
    "Subject: PO FW-558120 amendment\n\nPlease reduce the Strong Gold on PO FW-558120 from 40 to 25, everything else as "
    "is.\n\nMark Pearce",
    [],
    "",
    [],
    change=[L("TULIP-STRONGGOLD", 25)],
)
M(
    "freshway",
    5,
    "EMAIL",
    "en",
    "QUESTION",
    "Subject: Quote request - peonies wk 20-22\n\nWe would like a price for 500 bunches Sarah Bernhardt per week for "
    "weeks 20-22. Not an order yet, need to take it to the category meeting.\n\nMark",
    [],
    "a quote request with quantities is a question",
    ["non_order_request"],
)
M(
    "freshway",
    1,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: extra\n\nPlease send 150 sunflower bunches with Thursday's load.",
    [L("SUNFLOWER", 150)],
    "usual is 20; no reason given",
    [],
    outlier=True,
)
M(
    "freshway",
    3,
    "EMAIL",
    "en",
    "COMPLAINT",
    "Subject: Quality claim - PO FW-558095\n\nStore 212 reports 14 of the 40 Ile de France bunches arrived with broken "
    "stems. Photos attached. Please raise a credit note.\n\nMark Pearce",
    [],
    "",
    [],
)
M(
    "freshway",
    6,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: PO FW-558140 (Mon 1 May)\n\nTulip buckets 30, Ile de France 40 and Strong Gold 40 for the Monday run "
    "please. Store list to follow.\nMark",
    [L("TULIP-BUCKET", 30), L("TULIP-ILEDEFRANCE", 40), L("TULIP-STRONGGOLD", 40)],
    "",
    [],
)
M(
    "freshway",
    3,
    "EMAIL",
    "en",
    "OTHER",
    "Subject: Supplier portal access\n\nI would like to add my colleague Jess Turner (jess.turner@freshway.example) to "
    "the supplier portal so she can approve POs while I'm away.\n\nMark",
    [],
    "",
    ["non_order_request"],
)

# ------------------------------------------------------------------ rosie-lane (en, WhatsApp, Bristol)
M(
    "rosie-lane",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "hiya 🌸 for thurs: 2 x naomi 50, 2 sweet avalanche 50cm, 1 pink mondial, 2 majolika, 2 stargazers, 1 moonlight ta xx",
    [
        L("ROSE-NAOMI", 2, "50cm"),
        L("ROSE-SWEETAV", 2, "50cm"),
        L("ROSE-MONDIAL", 1),
        L("SPRAY-MAJOLIKA", 2),
        L("LILY-STARGAZER", 2),
        L("CARN-MOONLIGHT", 1),
    ],
    "",
    ["emoji"],
)
M(
    "rosie-lane",
    1,
    "WHATSAPP",
    "en",
    "ORDER",
    "pink roses x3, lilies x2 and 1 kraft roll pls",
    [C(3, PINKROSE), C(2, LILIES), L("KRAFT-ROLL", 1, None)],
    "kraft roll: width not given",
    [],
)
M(
    "rosie-lane",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "can I get two bunches of the berried eucalyptus and 2 rolls red satin 25mm",
    [L("EUC-POPULUS", 2), L("RIBBON-SATIN-RED", 2, "25mm")],
    "",
    ["non_order_request"],
)
M(
    "rosie-lane",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "[voice note] hi its rosie can i get two naomi fifty three majolika a white tissue and two ruscus thanks love",
    [L("ROSE-NAOMI", 2, "50cm"), L("SPRAY-MAJOLIKA", 3), L("TISSUE-WHITE", 1), L("RUSCUS", 2)],
    "fifty is the length; three starts the next item",
    ["spoken", "voice", "non_order_request"],
)
M("rosie-lane", 2, "WHATSAPP", "en", "QUESTION", "r the coral charm peonies in yet? x", [], "", [])
M(
    "rosie-lane",
    5,
    "WHATSAPP",
    "en",
    "OTHER",
    "thanks for squeezing the extra stargazers in yesterday you're a star 💕",
    [],
    "",
    ["emoji"],
)
M(
    "rosie-lane",
    2,
    "WHATSAPP",
    "en",
    "ORDER",
    "3 stargazers.. no sorry make it 2, and 1 siberia",
    [L("LILY-STARGAZER", 2), L("LILY-SIBERIA", 1)],
    "self-correction",
    ["self_correction"],
)
M(
    "rosie-lane",
    5,
    "WHATSAPP",
    "en",
    "ORDER",
    "6 bottles baby bio original pls for the shop shelf",
    [L("BABYBIO-ORIG", None)],
    "6 bottles is half a case of 12",
    ["count", "container"],
)

# ------------------------------------------------------------------ stemcraft (en, WhatsApp, Brighton studio)
M(
    "stemcraft",
    2,
    "WHATSAPP",
    "en",
    "ORDER",
    "Order for Fri: 2 avalanche 70, 2 freedom 60cm, 2 callas, 2 siberia, 2 anastasia, 1 box white hydrangea",
    [
        L("ROSE-AVALANCHE", 2, "70cm"),
        L("ROSE-FREEDOM", 2, "60cm"),
        L("CALLA-WHITE", 2),
        L("LILY-SIBERIA", 2),
        L("CHRYS-ANASTASIA", 2),
        L("HYDRANGEA-WHITE", 1),
    ],
    "",
    [],
)
M(
    "stemcraft",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "white lilies x 3 and hydrangea x2 for workshop thurs",
    [C(3, ["LILY-SIBERIA", "CALLA-WHITE"]), C(2, HYDR)],
    "white lilies: Siberia or calla",
    [],
)
M(
    "stemcraft",
    1,
    "WHATSAPP",
    "en",
    "ORDER",
    "2kg of 22 gauge stubs, 1 pack silver reel wire, 1 box floratape",
    [L("WIRE-STUB", 2, "22 gauge"), L("WIRE-REEL", 1), L("TAPE-STEM", 1)],
    "2kg = 2 packs of 1kg",
    ["count", "number_in_name"],
)
M(
    "stemcraft",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "usual pls but double the parvifolia - big installation at the pier",
    [],
    "",
    [],
    ref="usual",
    double=["EUC-PARVIFOLIA"],
)
M("stemcraft", 4, "WHATSAPP", "en", "ORDER", "foam x2 pls", [C(2, FOAM)], "", [])
M(
    "stemcraft",
    5,
    "WHATSAPP",
    "en",
    "OTHER",
    "Can I book one of your team for a wiring demo at our workshop night? we'd pay obvs",
    [],
    "a service request, not an order",
    ["non_order_request"],
)
M(
    "stemcraft",
    2,
    "WHATSAPP",
    "en",
    "COMPLAINT",
    "the 22g stubs that came tues are 20g, checked with the gauge, pls swap",
    [],
    "",
    [],
)
M(
    "stemcraft",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "2 boxes of 35cm foam rings + 1 pack bind wire",
    [L("OASIS-RING", 2, "35cm"), L("WIRE-BIND", 1)],
    "",
    ["number_in_name"],
)
M(
    "stemcraft",
    6,
    "WHATSAPP",
    "en",
    "ORDER",
    "200 stems naomi 60 for next fri",
    [C(None, ["ROSE-NAOMI", "ROSE-NAOMI-BOX"], "60cm")],
    "10 bunches of 20 or 2 boxes of 100",
    ["count"],
)

# ------------------------------------------------------------------ fern-foxglove (en, SMS, Leeds)
M(
    "fern-foxglove",
    4,
    "SMS",
    "en",
    "ORDER",
    "Fri pls: 2 naomi 70cm, 1 penny lane, 3 ile de france, 3 royal virgin, 2 yellow freesia, 2 stocks. Bev",
    [
        L("ROSE-NAOMI", 2, "70cm"),
        L("ROSE-PENNYLANE", 1),
        L("TULIP-ILEDEFRANCE", 3),
        L("TULIP-ROYALVIRGIN", 3),
        L("FREESIA-YELLOW", 2),
        L("STOCKS", 2),
    ],
    "",
    [],
)
M(
    "fern-foxglove",
    1,
    "SMS",
    "en",
    "ORDER",
    "tulips x6 + freesia x2 + wire x1",
    [C(6, TULIPS), C(2, FREESIA), C(1, WIRE)],
    "",
    [],
)
M(
    "fern-foxglove",
    2,
    "SMS",
    "en",
    "ORDER",
    "3 x naomi 80cm",
    [L("ROSE-NAOMI", 3, None)],
    "there is no 80cm Naomi; length open",
    ["variant"],
    nofill=["ROSE-NAOMI"],
)
M("fern-foxglove", 3, "SMS", "en", "ORDER", "same as last wk", [], "", [], ref="last")
M(
    "fern-foxglove",
    0,
    "SMS",
    "en",
    "ORDER",
    "2 packs cello sheets, 1 box wet oasis, 1 kg 20 gauge stub wire",
    [L("CELLO-SHEETS", 2), L("OASIS-IDEAL", 1), L("WIRE-STUB", 1, "20 gauge")],
    "",
    ["number_in_name"],
)
M("fern-foxglove", 3, "SMS", "en", "QUESTION", "do u sell chicken wire? need some for a pedestal", [], "", [])
M(
    "fern-foxglove",
    2,
    "SMS",
    "en",
    "ORDER",
    "48 bud vases & 1 box zinc pots pls",
    [L("VASE-BUD", 2), L("ZINC-POT", 1)],
    "48 = 2 boxes of 24",
    ["count"],
)
M(
    "fern-foxglove",
    5,
    "SMS",
    "en",
    "ORDER",
    "2 bunches lily of the valley & 2 stargazer",
    [N(2), L("LILY-STARGAZER", 2)],
    "lily of the valley: not in catalog",
    [],
)
M(
    "fern-foxglove",
    6,
    "SMS",
    "en",
    "OTHER",
    "I would like to send back the 12 empty buckets with the driver on fri if thats ok",
    [],
    "empties return",
    ["non_order_request"],
)

# ------------------------------------------------------------------ bloom-barrow (en, SMS, market stall)
M(
    "bloom-barrow",
    4,
    "SMS",
    "en",
    "ORDER",
    "kev from barrow. sat: 4 tulip buckets 3 ranunc 3 sunflowers 4 alstro 3 spray carns 3 cinerea 1 kraft sheets",
    [
        L("TULIP-BUCKET", 4),
        L("RANUNCULUS", 3),
        L("SUNFLOWER", 3),
        L("ALSTRO", 4),
        L("CARN-SPRAY", 3),
        L("EUC-CINEREA", 3),
        L("KRAFT-SHEETS", 1),
    ],
    "",
    ["spoken", "typo"],
)
M("bloom-barrow", 5, "SMS", "en", "ORDER", "usual pls mate", [], "", [], ref="usual")
M(
    "bloom-barrow",
    3,
    "SMS",
    "en",
    "ORDER",
    "2 more buckets of tulips pls and 4 of ur black buckets",
    [L("TULIP-BUCKET", 2), L("BUCKET-20", 4)],
    "tulip buckets vs empty florist buckets",
    [],
)
M(
    "bloom-barrow",
    2,
    "SMS",
    "en",
    "ORDER",
    "have u got sweet peas yet? if so 5 bunches",
    [N(5)],
    "sweet peas: not in catalog; conditional",
    ["conditional"],
    why=["conditional"],
)
M(
    "bloom-barrow",
    1,
    "SMS",
    "en",
    "OTHER",
    "new number for me is 07700 900745, old phone got nicked at the market. kev",
    [],
    "",
    [],
)
M(
    "bloom-barrow",
    0,
    "SMS",
    "en",
    "ORDER",
    "4 x 10 ranunc and 3 stocks for sat",
    [L("RANUNCULUS", 4), L("STOCKS", 3)],
    "4 x 10 is four bunches of 10",
    ["pack"],
)
M(
    "bloom-barrow",
    6,
    "SMS",
    "en",
    "ORDER",
    "4 bunches hypericum & 2 euc baby blue pls",
    [N(4), N(2)],
    "hypericum and baby blue eucalyptus: not in catalog",
    [],
)

# ------------------------------------------------------------------ de-linde (nl, WhatsApp, Haarlem)
M(
    "de-linde",
    0,
    "WHATSAPP",
    "nl",
    "ORDER",
    "Goedemorgen! Voor woensdag graag: 3 bossen avalanche 60, 2 bos naomi 60cm, 4 bos strong gold, 2 foxtrot, "
    "2 ranonkels. Groetjes Sanne",
    [
        L("ROSE-AVALANCHE", 3, "60cm"),
        L("ROSE-NAOMI", 2, "60cm"),
        L("TULIP-STRONGGOLD", 4),
        L("TULIP-FOXTROT", 2),
        L("RANUNCULUS", 2),
    ],
    "",
    [],
)
M(
    "de-linde",
    1,
    "WHATSAPP",
    "nl",
    "ORDER",
    "Kun je er nog 2 dozen wet oasis en 2 pakken aqua bags bij doen? 🙏",
    [L("OASIS-IDEAL", 2), L("AQUA-BAG", 2)],
    "dozen = boxes in Dutch",
    ["non_order_request", "emoji"],
)
M(
    "de-linde",
    2,
    "WHATSAPP",
    "nl",
    "ORDER",
    "tulpen x5 en gipskruid x2 voor vrijdag",
    [C(5, TULIPS), C(2, GYP)],
    "",
    [],
)
M(
    "de-linde",
    3,
    "WHATSAPP",
    "nl",
    "ORDER",
    "Zelfde als vorige week maar zonder pittosporum en 4 bos ruscus ipv 3",
    [],
    "",
    [],
    ref="last",
    remove=["PITTOSPORUM"],
    setq=[L("RUSCUS", 4)],
)
M(
    "de-linde",
    4,
    "WHATSAPP",
    "nl",
    "QUESTION",
    "Ik wil graag weten of jullie volgende week pioenrozen Coral Charm hebben, en wat de prijs per bos is",
    [],
    "",
    ["non_order_request"],
)
M(
    "de-linde",
    2,
    "WHATSAPP",
    "nl",
    "COMPLAINT",
    "De avalanche van maandag waren 50cm ipv 60cm, 3 bossen. Kunnen jullie dat crediteren?",
    [],
    "",
    [],
)
M(
    "de-linde",
    4,
    "WHATSAPP",
    "nl",
    "ORDER",
    "Voor vrijdag nog 40 stelen Naomi 60 en 2 bos witte freesia aub",
    [L("ROSE-NAOMI", 2, "60cm"), L("FREESIA-WHITE", 2)],
    "40 stems = 2 bunches of 20",
    ["count"],
)
M(
    "de-linde",
    5,
    "WHATSAPP",
    "nl",
    "QUESTION",
    "Hebben jullie ook David Austin rozen? Een klant vraagt naar Juliet",
    [],
    "",
    [],
)

# ------------------------------------------------------------------ groenrijk (nl, e-mail, Utrecht garden centre)
M(
    "groenrijk",
    1,
    "EMAIL",
    "nl",
    "ORDER",
    "Onderwerp: Bestelling week 17 - ref GR-4471\n\nBeste,\n\nGraag leveren op donderdag 27 april:\n"
    "30 zakken Westland Multi Purpose 60L\n20 zakken Levington Peat Free 50L\n10 zakken Melcourt Bark Nuggets\n"
    "10 zakken Melcourt Ornamental Bark\n5 zakken perliet 10L\n\nMet vriendelijke groet,\nPieter de Groot\n"
    "Inkoop Tuincentrum Groenrijk\nTel. 020 7946 0788",
    [
        L("WESTLAND-MPC", 30, "60L"),
        L("LEVINGTON-PF", 20),
        L("BARK-NUGGETS", 10),
        L("BARK-ORNAMENTAL", 10),
        L("PERLITE-10", 5),
    ],
    "",
    ["signature", "number_in_name"],
)
M(
    "groenrijk",
    2,
    "EMAIL",
    "nl",
    "ORDER",
    "Onderwerp: Kamerplanten\n\n32 lepelplanten 12cm (4 trays), 10 Monstera, 8 Zamioculcas, 6 trays vetplantjes en 4 "
    "trays witte Phalaenopsis 12cm graag.\n\nPieter",
    [
        L("PEACE-LILY", 4, PL12),
        L("MONSTERA", 10),
        L("ZZ-PLANT", 8),
        L("SUCCULENT-MIX", 6),
        L("PHAL-12", 4, "White"),
    ],
    "32 peace lilies 12cm = 4 trays of 8",
    ["count"],
)
M(
    "groenrijk",
    3,
    "EMAIL",
    "nl",
    "ORDER",
    "Onderwerp: aanvulling\n\nGraag nog 15 zakken potgrond en 6 zakken boomschors erbij.\n\nPieter",
    [C(15, COMPOST), C(6, BARK)],
    "",
    [],
)
M(
    "groenrijk",
    4,
    "EMAIL",
    "nl",
    "ORDER",
    "Onderwerp: Baby Bio en Monstera\n\n2 dozen Baby Bio en 5 Monstera in 27cm pot graag.\n\nPieter",
    [C(2, BABYBIO), N(5)],
    "Monstera 27cm: not in catalog (only 17cm)",
    [],
)
M(
    "groenrijk",
    0,
    "EMAIL",
    "nl",
    "QUESTION",
    "Onderwerp: Factuur 2028-1187\n\nKunnen jullie een kopie van factuur 2028-1187 sturen? Die is bij ons zoekgeraakt.\n\n"
    "Pieter de Groot",
    [],
    "",
    ["non_order_request"],
)
M(
    "groenrijk",
    5,
    "EMAIL",
    "nl",
    "OTHER",
    "Onderwerp: Automatisch antwoord: Bestelling\n\nIk ben afwezig tot en met 2 mei. Voor dringende zaken: 020 7946 0789.",
    [],
    "auto-reply",
    [],
)
M(
    "groenrijk",
    5,
    "EMAIL",
    "nl",
    "ORDER",
    "Onderwerp: Kamerplanten aanvulling\n\n24 Monstera en 16 ZZ-planten graag, plus 3 flesjes Baby Bio orchidee.\n\nPieter",
    [L("MONSTERA", 24), L("ZZ-PLANT", 16), L("BABYBIO-ORCHID", 3)],
    "3 flesjes: small N = 3 cases",
    ["container"],
)

# ------------------------------------------------------------------ van-dijk (nl, SMS, Rotterdam market)
M(
    "van-dijk",
    4,
    "SMS",
    "nl",
    "ORDER",
    "henk vd markt. za: 6 rode tulpen 4 witte tulpen 6 strong gold 4 santini 4 alstro 1 doos gerbera 2 don pedro",
    [
        L("TULIP-ILEDEFRANCE", 6),
        L("TULIP-ROYALVIRGIN", 4),
        L("TULIP-STRONGGOLD", 6),
        L("CHRYS-SANTINI", 4),
        L("ALSTRO", 4),
        L("GERBERA", 1),
        L("CARN-DONPEDRO", 2),
    ],
    "rode tulpen = Ile de France, witte = Royal Virgin",
    ["spoken"],
)
M("van-dijk", 3, "SMS", "nl", "ORDER", "zelfde als altijd graag", [], "", [], ref="usual")
M(
    "van-dijk",
    1,
    "SMS",
    "nl",
    "ORDER",
    "60 stelen strong gold en 40 stelen santini",
    [L("TULIP-STRONGGOLD", 6), L("CHRYS-SANTINI", 4)],
    "stems converted to bunches of 10",
    ["count"],
)
M(
    "van-dijk",
    2,
    "SMS",
    "nl",
    "ORDER",
    "halve doos gerbera kan dat?",
    [L("GERBERA", 0.5)],
    "half a box",
    ["fraction"],
    why=["fraction"],
)
M("van-dijk", 5, "SMS", "nl", "CANCEL", "zaterdag niks nodig, regen voorspeld. henk", [], "", [])
M("van-dijk", 0, "SMS", "nl", "QUESTION", "wat kost een doos gerbera deze week?", [], "", [])
M("van-dijk", 6, "SMS", "nl", "ORDER", "20 bos rode tulpen voor di", [L("TULIP-ILEDEFRANCE", 20)], "", [])

# ------------------------------------------------------------------ studio-bloesem (nl, WhatsApp, wedding stylist)
M(
    "studio-bloesem",
    2,
    "WHATSAPP",
    "nl",
    "ORDER",
    "Hoi! Voor de bruiloft van zaterdag (85 gasten): 3 bossen sweet avalanche 60cm, 3 majolika, 2 bos Sarah Bernhardt, "
    "2 lisianthus, 3 parvifolia. Liefs Lotte",
    [
        L("ROSE-SWEETAV", 3, "60cm"),
        L("SPRAY-MAJOLIKA", 3),
        L("PEONY-SARAH", 2),
        L("LISIANTHUS", 2),
        L("EUC-PARVIFOLIA", 3),
    ],
    "85 guests is not a quantity",
    [],
)
M(
    "studio-bloesem",
    0,
    "WHATSAPP",
    "nl",
    "ORDER",
    "Ik wil graag 2 rollen ivoor organza en 2 rollen satijnlint ivoor 25mm, plus 1 doos knopvaasjes",
    [L("RIBBON-ORGANZA", 2, "Ivory"), L("RIBBON-SATIN-IVORY", 2, "25mm"), L("VASE-BUD", 1)],
    "",
    ["non_order_request"],
)
M(
    "studio-bloesem",
    3,
    "WHATSAPP",
    "nl",
    "ORDER",
    "pioenen x4 en lint x3",
    [C(4, PEONY), C(3, RIBBON)],
    "",
    [],
)
M(
    "studio-bloesem",
    4,
    "WHATSAPP",
    "nl",
    "QUESTION",
    "Kunnen jullie me laten weten wat de levertijd is voor 200 stelen Avalanche 70cm? Nog geen bestelling, eerst "
    "bevestiging van het bruidspaar",
    [],
    "",
    ["non_order_request"],
)
M(
    "studio-bloesem",
    1,
    "WHATSAPP",
    "nl",
    "CHANGE",
    "De levering van woensdag mag naar donderdag, zelfde bestelling",
    [],
    "moved day",
    [],
    change=[],
)
M(
    "studio-bloesem",
    5,
    "WHATSAPP",
    "nl",
    "ORDER",
    "Stuur maar hetzelfde als vorige week, maar met 2 bos sweet avalanche extra",
    [],
    "",
    [],
    ref="last",
    add=[L("ROSE-SWEETAV", 2, None)],
)
M(
    "studio-bloesem",
    6,
    "WHATSAPP",
    "nl",
    "ORDER",
    "Kunnen jullie 3 bos Coral Charm en 2 bos waxflower meesturen op zaterdag?",
    [L("PEONY-CORAL", 3), L("WAXFLOWER", 2)],
    "",
    ["non_order_request"],
)
M(
    "studio-bloesem",
    1,
    "WHATSAPP",
    "nl",
    "ORDER",
    "2 rollen satijnlint ivoor 10mm graag",
    [L("RIBBON-SATIN-IVORY", 2, None)],
    "there is no 10mm; width open",
    ["variant"],
    nofill=["RIBBON-SATIN-IVORY"],
)

# ------------------------------------------------------------------ stokrotka (pl, WhatsApp, Poznań)
M(
    "stokrotka",
    1,
    "WHATSAPP",
    "pl",
    "ORDER",
    "Dzień dobry, na czwartek poproszę: 3 pęczki naomi 50, 2 avalanche 50cm, 2 moonlight, 2 don pedro, 2 santini. "
    "Pozdrawiam Agnieszka",
    [
        L("ROSE-NAOMI", 3, "50cm"),
        L("ROSE-AVALANCHE", 2, "50cm"),
        L("CARN-MOONLIGHT", 2),
        L("CARN-DONPEDRO", 2),
        L("CHRYS-SANTINI", 2),
    ],
    "",
    [],
)
M(
    "stokrotka",
    0,
    "WHATSAPP",
    "pl",
    "ORDER",
    "róże czerwone x4, goździki x3, gipsówka x2",
    [C(4, REDROSE), C(3, CARNS), C(2, GYP)],
    "",
    [],
)
M(
    "stokrotka",
    3,
    "WHATSAPP",
    "pl",
    "ORDER",
    "Chciałabym zamówić 1 rolkę celofanu 80cm i 1 kg drutu 22",
    [L("CELLO-ROLL", 1, "80cm"), L("WIRE-STUB", 1, "22 gauge")],
    "drut 22 = 22 gauge stub wire",
    ["non_order_request"],
)
M(
    "stokrotka",
    4,
    "WHATSAPP",
    "pl",
    "ORDER",
    "To samo co w zeszłym tygodniu, bez ruskusa i z 3 pęczkami eukaliptusa cinerea zamiast 2",
    [],
    "",
    [],
    ref="last",
    remove=["RUSCUS"],
    setq=[L("EUC-CINEREA", 3)],
)
M(
    "stokrotka",
    2,
    "WHATSAPP",
    "pl",
    "QUESTION",
    "Chciałabym zapytać ile kosztuje karton oasis bio i czy jest na stanie",
    [],
    "",
    ["non_order_request"],
)
M(
    "stokrotka",
    5,
    "WHATSAPP",
    "pl",
    "COMPLAINT",
    "Brakowało 2 pęczków Don Pedro w dostawie z czwartku, a na fakturze są.",
    [],
    "",
    [],
)
M(
    "stokrotka",
    6,
    "WHATSAPP",
    "pl",
    "ORDER",
    "Poproszę 60 łodyg naomi 50cm i 2 pęczki tulipanów strong gold",
    [L("ROSE-NAOMI", 3, "50cm"), L("TULIP-STRONGGOLD", 2)],
    "60 stems = 3 bunches of 20",
    ["count"],
)

# ------------------------------------------------------------------ u-marzeny (pl, SMS without diacritics, Kraków)
M(
    "u-marzeny",
    3,
    "SMS",
    "pl",
    "ORDER",
    "Na piatek: 2 freedom 60, 2 zembla, 2 baltica, 2 alstro, 1 karton gerbery, 1 salal. Marzena",
    [
        L("ROSE-FREEDOM", 2, "60cm"),
        L("CHRYS-ZEMBLA", 2),
        L("CHRYS-BALTICA", 2),
        L("ALSTRO", 2),
        L("GERBERA", 1),
        L("SALAL", 1),
    ],
    "",
    [],
)
M(
    "u-marzeny",
    1,
    "SMS",
    "pl",
    "ORDER",
    "chryzantemy biale x3 i oasis x1",
    [C(3, WHITECHRYS), C(1, FOAM)],
    "",
    [],
)
M("u-marzeny", 0, "SMS", "pl", "ORDER", "jak zwykle prosze", [], "", [], ref="usual")
M(
    "u-marzeny",
    2,
    "SMS",
    "pl",
    "ORDER",
    "wstazka czerwona 2 rolki",
    [L("RIBBON-SATIN-RED", 2, None)],
    "red ribbon is only the satin; width not given",
    [],
)
M(
    "u-marzeny",
    4,
    "SMS",
    "pl",
    "ORDER",
    "3-4 peczki zembla na sobote",
    [L("CHRYS-ZEMBLA", None)],
    "a range",
    ["range"],
)
M("u-marzeny", 5, "SMS", "pl", "QUESTION", "czy w poniedzialek 1 maja dowozicie?", [], "", [])
M(
    "u-marzeny",
    6,
    "SMS",
    "pl",
    "ORDER",
    "na sobote 2 kartony oasis sec i 2 rolki wstazki czerwonej 38mm",
    [L("OASIS-SEC", 2), L("RIBBON-SATIN-RED", 2, "38mm")],
    "",
    [],
)

# ------------------------------------------------------------------ zielen (pl, e-mail, Wrocław garden centre)
M(
    "zielen",
    0,
    "EMAIL",
    "pl",
    "ORDER",
    "Temat: Zamówienie tydz. 17 / nr 2028/04/112\n\nDzień dobry,\nproszę o dostawę na środę 26.04:\n"
    "- Westland Multi Purpose 40L – 25 worków\n- Westland Ericaceous 50L – 10 worków\n- kora Melcourt Ornamental 75L – 8 worków\n"
    "- żwirek ogrodniczy (grit) 20kg – 5 worków\n\nZ poważaniem\nTomasz Wójcik\nCentrum Ogrodnicze Zieleń\n"
    "ul. Kwiatowa 14, 53-012 Wrocław\ntel. 020 7946 0751",
    [L("WESTLAND-MPC", 25, "40L"), L("ERICACEOUS", 10), L("BARK-ORNAMENTAL", 8), L("GRIT-20", 5)],
    "",
    ["signature", "number_in_name"],
)
M(
    "zielen",
    2,
    "EMAIL",
    "pl",
    "ORDER",
    "Temat: rośliny\n\nProszę dodać: 100 bratków (10 tac), 120 prymulek w 9cm (8 tac), 6 tac pelargonii oraz 48 lawendy 9cm.\n\n"
    "T. Wójcik",
    [L("PANSY", 10), L("PRIMULA", 8), L("LAVENDER-9", 4), L("GERANIUM", 6)],
    "100 pansies = 10 trays of 10; 120 primulas = 8 trays of 15; 48 lavender = 4 trays of 12",
    ["count"],
)
M(
    "zielen",
    3,
    "EMAIL",
    "pl",
    "ORDER",
    "Temat: ziemia\n\nPotrzebujemy jeszcze 20 worków ziemi i 5 worków kory.\n\nTomasz",
    [C(20, COMPOST), C(5, BARK)],
    "",
    [],
)
M(
    "zielen",
    4,
    "EMAIL",
    "pl",
    "ORDER",
    "Temat: Zamówienie – jak co tydzień\n\nProszę o standardowe zamówienie na środę, plus 2 kartony Miracle-Gro.\n\nTomasz",
    [],
    "",
    [],
    ref="usual",
    add=[L("MIRACLEGRO-AP", 2)],
)
M(
    "zielen",
    1,
    "EMAIL",
    "pl",
    "QUESTION",
    "Temat: Oferta\n\nChcielibyśmy otrzymać ofertę na 10 palet kompostu Westland 60L na sezon. Na razie tylko zapytanie.\n\n"
    "Tomasz Wójcik",
    [],
    "quote request",
    ["non_order_request"],
)
M(
    "zielen",
    5,
    "EMAIL",
    "pl",
    "OTHER",
    "Temat: Zmiana osoby kontaktowej\n\nOd 1 maja zamówienia będzie składać pani Ewa Nowak, ewa.nowak@zielen-ogrody.example.",
    [],
    "",
    [],
)
M(
    "zielen",
    1,
    "EMAIL",
    "pl",
    "ORDER",
    "Temat: uzupełnienie\n\n4 worki mchu torfowca i 6 worków perlitu 10L proszę.",
    [N(4), L("PERLITE-10", 6)],
    "sphagnum moss: not in catalog",
    [],
)
M(
    "zielen",
    6,
    "EMAIL",
    "pl",
    "ORDER",
    "Temat: bluszcz\n\nProszę 75 bluszczy 9cm (5 tac) i 4 tace cyklamenów.",
    [L("IVY-9", 5), L("CYCLAMEN", 4)],
    "75 ivy = 5 trays of 15",
    ["count"],
)
M(
    "zielen",
    2,
    "EMAIL",
    "pl",
    "ORDER",
    "Temat: Westland 80L\n\nProszę 10 worków Westland 80L na piątek.",
    [L("WESTLAND-MPC", 10, None)],
    "there is no 80L; size open",
    ["variant"],
    nofill=["WESTLAND-MPC"],
)
M(
    "zielen",
    4,
    "EMAIL",
    "pl",
    "COMPLAINT",
    "Temat: Brak w dostawie\n\nW dostawie z 26.04 brakowało 5 worków kory, a na dokumencie WZ 3318 są wpisane.",
    [],
    "",
    [],
)

# ------------------------------------------------------------------ lenas-flowers (pl/en, WhatsApp, Ealing)
M(
    "lenas-flowers",
    3,
    "WHATSAPP",
    "pl",
    "ORDER",
    "Hej, na piątek: 2 avalanche 60, 2 stargazer, 1 LA orange, 2 słoneczniki i 2 butelki chrysal pro 2 1L 😊",
    [
        L("ROSE-AVALANCHE", 2, "60cm"),
        L("LILY-STARGAZER", 2),
        L("LILY-LAORANGE", 1),
        L("SUNFLOWER", 2),
        L("CHRYSAL-PRO2", 2, "1L"),
    ],
    "Professional 2 is a name",
    ["number_in_name", "emoji"],
)
M(
    "lenas-flowers",
    0,
    "WHATSAPP",
    "pl",
    "ORDER",
    "lilie x3, eukaliptus x2 i kraft 1 rolka",
    [C(3, LILIES), C(2, EUC), L("KRAFT-ROLL", 1, None)],
    "",
    [],
)
M(
    "lenas-flowers",
    1,
    "WHATSAPP",
    "pl",
    "ORDER",
    "głosówka: hej lena here dwa pęczki avalanche sześćdziesiąt trzy stargazery i jeden pittosporum dzięki",
    [L("ROSE-AVALANCHE", 2, "60cm"), L("LILY-STARGAZER", 3), L("PITTOSPORUM", 1)],
    "sześćdziesiąt is the length; trzy starts the next item",
    ["spoken", "voice"],
)
M(
    "lenas-flowers",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "can u add 1 chrysal pro 2 5L to fri? ta",
    [L("CHRYSAL-PRO2", 1, "5L")],
    "",
    ["non_order_request", "number_in_name"],
)
M(
    "lenas-flowers",
    2,
    "WHATSAPP",
    "pl",
    "COMPLAINT",
    "Słoneczniki z czwartku były połamane, 1 pęczek do wyrzucenia 😕",
    [],
    "",
    ["emoji"],
)
M(
    "lenas-flowers",
    5,
    "WHATSAPP",
    "pl",
    "CANCEL",
    "wycofaj piątek proszę, zamykam sklep na długi weekend",
    [],
    "",
    [],
)
M(
    "lenas-flowers",
    6,
    "WHATSAPP",
    "pl",
    "ORDER",
    "2 pęczki lilii LA pomarańczowe i 1 rolka kraft 70cm",
    [L("LILY-LAORANGE", 2), L("KRAFT-ROLL", 1, "70cm")],
    "",
    [],
)
M(
    "lenas-flowers",
    2,
    "WHATSAPP",
    "pl",
    "ORDER",
    "2 x 12 baby bio orchid na sobotę",
    [L("BABYBIO-ORCHID", 2)],
    "2 x 12 = 2 cases of 12",
    ["pack"],
)
M("lenas-flowers", 1, "WHATSAPP", "pl", "QUESTION", "ile kosztuje chrysal pro 2 w 5L?", [], "", [])

# ------------------------------------------------------------------ hartmann (de, e-mail, Düsseldorf florist)
M(
    "hartmann",
    1,
    "EMAIL",
    "de",
    "ORDER",
    "Betreff: Bestellung KW 17\n\nGuten Tag,\nbitte liefern Sie am Donnerstag:\n3 Bund Naomi 70cm\n2 Bund Avalanche 70cm\n"
    "2 Bund Calla weiß\n1 Karton Hortensie blau\n3 Bund Eukalyptus Cinerea\n\nMit freundlichen Grüßen\nKatrin Hartmann\n"
    "Blumen Hartmann, Königsallee 88, 40212 Düsseldorf\nTel. 020 7946 0762",
    [
        L("ROSE-NAOMI", 3, "70cm"),
        L("ROSE-AVALANCHE", 2, "70cm"),
        L("CALLA-WHITE", 2),
        L("HYDRANGEA-BLUE", 1),
        L("EUC-CINEREA", 3),
    ],
    "KW 17, street number, postcode and phone are not quantities",
    ["signature"],
)
M(
    "hartmann",
    2,
    "EMAIL",
    "de",
    "ORDER",
    "Betreff: Nachbestellung\n\nBitte noch 4 Kartons Steckschaum-Ringe 30cm und 2 Kartons Oasis Ideal dazu.\n\nK. Hartmann",
    [L("OASIS-RING", 4, "30cm"), L("OASIS-IDEAL", 2)],
    "",
    [],
)
M(
    "hartmann",
    3,
    "EMAIL",
    "de",
    "ORDER",
    "Betreff: Lilien\n\nFür Samstag brauchen wir zusätzlich 2 Bund Lilien und 2 Kartons Hortensien.\n\nK. Hartmann",
    [C(2, LILIES), C(2, HYDR)],
    "",
    [],
)
M(
    "hartmann",
    4,
    "EMAIL",
    "de",
    "ORDER",
    "Betreff: Wie immer\n\nBitte wie immer, aber doppelt Naomi (Muttertag).\n\nK. Hartmann",
    [],
    "",
    [],
    ref="usual",
    double=["ROSE-NAOMI"],
)
M(
    "hartmann",
    0,
    "EMAIL",
    "de",
    "QUESTION",
    "Betreff: Anfrage Lieferbedingungen\n\nIch hätte gern gewusst, ob Sie auch samstags nach Düsseldorf liefern.\n\n"
    "Katrin Hartmann",
    [],
    "",
    ["non_order_request"],
)
M(
    "hartmann",
    5,
    "EMAIL",
    "de",
    "OTHER",
    "Betreff: Betriebsurlaub\n\nUnser Geschäft ist vom 15. bis 22. Mai geschlossen, bitte in dieser Zeit keine Lieferungen.",
    [],
    "closure notice",
    [],
)
M(
    "hartmann",
    6,
    "EMAIL",
    "de",
    "ORDER",
    "Betreff: Draht\n\n2 Packungen Steckdraht 18er und 1 Karton Floratape, bitte mit der nächsten Lieferung.",
    [L("WIRE-STUB", 2, "18 gauge"), L("TAPE-STEM", 1)],
    "18er = 18 gauge",
    ["number_in_name"],
)
M(
    "hartmann",
    3,
    "EMAIL",
    "de",
    "COMPLAINT",
    "Betreff: Reklamation Steckschaum-Ringe\n\nDie gelieferten Ringe waren 25cm statt 30cm, 2 Kartons. Bitte tauschen.",
    [],
    "",
    [],
)

# ------------------------------------------------------------------ lindner (de, e-mail, Köln garden centre)
M(
    "lindner",
    2,
    "EMAIL",
    "de",
    "ORDER",
    "Betreff: Bestellung 2028-0417 / Lieferung Mittwoch\n\nHallo Team,\nfolgende Artikel bitte:\n"
    "30 Sack Westland Multi Purpose 60L\n5 Sack John Innes Nr. 3\n15 Sack Levington torffrei 50L\n"
    "10 Sack Melcourt Bark Nuggets\n4 Sack Grit\n\nGruß\nJürgen Lindner, Einkauf\n"
    "Gartencenter Lindner GmbH, Industriestr. 21, 50829 Köln",
    [
        L("WESTLAND-MPC", 30, "60L"),
        L("JI-3", 5),
        L("LEVINGTON-PF", 15),
        L("BARK-NUGGETS", 10),
        L("GRIT-20", 4),
    ],
    "order number and postcode are not quantities",
    ["signature", "number_in_name"],
)
M(
    "lindner",
    0,
    "EMAIL",
    "de",
    "ORDER",
    "Betreff: Zimmerpflanzen\n\n8 Einblatt 17cm (2 Trays), 18 rosa Phalaenopsis 12cm, 4 Trays Kalanchoe und 4 Trays "
    "Begonien.\n\nJ. Lindner",
    [L("PEACE-LILY", 2, PL17), L("PHAL-12", 3, "Pink"), L("KALANCHOE", 4), L("BEGONIA", 4)],
    "Einblatt = peace lily; 8 = 2 trays of 4; 18 phals = 3 trays of 6",
    ["count"],
)
M(
    "lindner",
    3,
    "EMAIL",
    "de",
    "ORDER",
    "Betreff: Erde\n\nBitte zusätzlich 40 Sack Blumenerde.\n\nJ. Lindner",
    [C(40, COMPOST)],
    "",
    [],
)
M(
    "lindner",
    4,
    "EMAIL",
    "de",
    "ORDER",
    "Betreff: Tomorite\n\n2 Flaschen Tomorite bitte.",
    [L("TOMORITE", 2)],
    "2 bottles: small N = 2 cases",
    ["container"],
)
M(
    "lindner",
    1,
    "EMAIL",
    "de",
    "QUESTION",
    "Betreff: Angebot\n\nKönnten Sie uns ein Angebot für 2 Paletten Levington Peat Free 50L schicken? Noch keine "
    "Bestellung.\n\nJ. Lindner",
    [],
    "quote request",
    ["non_order_request"],
)
M(
    "lindner",
    5,
    "EMAIL",
    "de",
    "CHANGE",
    "Betreff: Änderung Bestellung 2028-0417\n\nBitte statt 30 nur 20 Sack Westland 60L.\n\nJ. Lindner",
    [],
    "",
    [],
    change=[L("WESTLAND-MPC", 20, "60L")],
)
M(
    "lindner",
    6,
    "EMAIL",
    "de",
    "ORDER",
    "Betreff: Orchideen\n\n3 Trays Phalaenopsis 12cm bitte, dazu 2 Trays Begonien.",
    [L("PHAL-12", 3, None), L("BEGONIA", 2)],
    "colour not given",
    [],
)
M(
    "lindner",
    1,
    "EMAIL",
    "de",
    "ORDER",
    "Betreff: Sukkulenten\n\nKönnten Sie bitte 6 Trays Sukkulenten und 4 ZZ mitschicken?",
    [L("SUCCULENT-MIX", 6), L("ZZ-PLANT", 4)],
    "",
    ["non_order_request"],
)

# ------------------------------------------------------------------ blumenwerk (de, WhatsApp, Aachen)
M(
    "blumenwerk",
    4,
    "WHATSAPP",
    "de",
    "ORDER",
    "Moin! Für Freitag: 3 Bund Freedom 50, 2 Majolika, 3 Foxtrot, 3 Royal Virgin, 2 Ranunkeln, 1 Karton Germini. Danke, Jonas",
    [
        L("ROSE-FREEDOM", 3, "50cm"),
        L("SPRAY-MAJOLIKA", 2),
        L("TULIP-FOXTROT", 3),
        L("TULIP-ROYALVIRGIN", 3),
        L("RANUNCULUS", 2),
        L("GERMINI", 1),
    ],
    "",
    [],
)
M(
    "blumenwerk",
    2,
    "WHATSAPP",
    "de",
    "ORDER",
    "Rosen weiß x3 und Schleierkraut x2 bitte",
    [C(3, WHITEROSE), C(2, GYP)],
    "",
    [],
)
M(
    "blumenwerk",
    0,
    "WHATSAPP",
    "de",
    "ORDER",
    "Wie letzte Woche, aber ohne Germini und plus 1 Kanister Floralife",
    [],
    "",
    [],
    ref="last",
    remove=["GERMINI"],
    add=[L("FLORALIFE-300", 1)],
)
M(
    "blumenwerk",
    3,
    "WHATSAPP",
    "de",
    "ORDER",
    "Sprachnachricht: hallo hier Jonas drei Bund Freedom fünfzig zwei Bund Parvifolia und einen Karton Gerbera danke",
    [L("ROSE-FREEDOM", 3, "50cm"), L("EUC-PARVIFOLIA", 2), L("GERBERA", 1)],
    "fünfzig is the length; gerbera is the plain member (germini carries its word)",
    ["spoken", "voice"],
)
M(
    "blumenwerk",
    1,
    "WHATSAPP",
    "de",
    "QUESTION",
    "Habt ihr nächste Woche Pfingstrosen Coral Charm?",
    [],
    "",
    [],
)
M(
    "blumenwerk",
    5,
    "WHATSAPP",
    "de",
    "COMPLAINT",
    "Die Ranunkeln von Freitag hatten Botrytis, 2 Bund unbrauchbar. Foto anbei.",
    [],
    "",
    [],
)
M(
    "blumenwerk",
    6,
    "WHATSAPP",
    "de",
    "ORDER",
    "2 Kanister Floralife und 1 Pack Silberdraht",
    [L("FLORALIFE-300", 2), L("WIRE-REEL", 1)],
    "",
    [],
)
M(
    "blumenwerk",
    5,
    "WHATSAPP",
    "de",
    "ORDER",
    "Ich hätte gern 5 Bund Sweet Avalanche 60 und 2 Bund Pink Mondial für Dienstag",
    [L("ROSE-SWEETAV", 5, "60cm"), L("ROSE-MONDIAL", 2)],
    "",
    ["non_order_request"],
)

# ------------------------------------------------------------------ daily-basket (en, e-mail, supermarket)
M(
    "daily-basket",
    3,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: DB Fresh Flowers order - store pack wk17\n\nHi team,\n\nFor Friday 28 April please:\n20 mixed tulip buckets\n"
    "300 stems Strong Gold (30 bunches)\n20 x alstroemeria\n15 x spray carnations\n15 x santini\n10 x sunflowers\n\n"
    "Thanks\nSarah Okafor\nFresh Flowers Desk, Daily Basket Stores\nMob 07700 900781",
    [
        L("TULIP-BUCKET", 20),
        L("TULIP-STRONGGOLD", 30),
        L("ALSTRO", 20),
        L("CARN-SPRAY", 15),
        L("CHRYS-SANTINI", 15),
        L("SUNFLOWER", 10),
    ],
    "300 stems = 30 bunches",
    ["signature", "count"],
)
M(
    "daily-basket",
    1,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: plants\n\n72 mini orchids (6 trays of 12), 100 succulents (5 trays) and 48 cyclamen (6 trays) please.\n\nSarah",
    [L("PHAL-9", 6), L("SUCCULENT-MIX", 5), L("CYCLAMEN", 6)],
    "counts converted to trays",
    ["count"],
)
M(
    "daily-basket",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Chrysal\n\nCould you add 500 flower food sachets to Friday?\n\nSarah",
    [L("CHRYSAL-SACHETS", None)],
    "500 sachets is half a box of 1000",
    ["count", "non_order_request"],
)
M(
    "daily-basket",
    4,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Repeat\n\nSame as last week please, but swap the sunflowers for 10 x Foxtrot double tulips.\n\nSarah",
    [],
    "",
    [],
    ref="last",
    remove=["SUNFLOWER"],
    add=[L("TULIP-FOXTROT", 10)],
)
M(
    "daily-basket",
    0,
    "EMAIL",
    "en",
    "OTHER",
    "Subject: Credit limit\n\nI'd like to increase our credit limit to €8,000 from May - who do I speak to?\n\nSarah Okafor",
    [],
    "account request",
    ["non_order_request"],
)
M(
    "daily-basket",
    5,
    "EMAIL",
    "en",
    "CANCEL",
    "Subject: Cancel Friday flowers order\n\nPlease cancel Friday's order, the store refit has been brought forward.\n\nSarah",
    [],
    "",
    [],
)
M(
    "daily-basket",
    6,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Top up\n\nPlease add 12 bunches of Santini and 6 trays kalanchoe to Monday. Thanks, Sarah",
    [L("CHRYS-SANTINI", 12), L("KALANCHOE", 6)],
    "",
    [],
)
M(
    "daily-basket",
    2,
    "EMAIL",
    "en",
    "QUESTION",
    "Subject: Invoice DB-77120\n\nCan I get a copy of invoice DB-77120? Our finance team can't find it.\n\nSarah",
    [],
    "",
    ["non_order_request"],
)

# ------------------------------------------------------------------ bloom-brass (en, WhatsApp, new stylist)
M(
    "bloom-brass",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "Hi, Ellie from Bloom & Brass Events, we're new - got your number from Stemcraft. First order please, paying on "
    "delivery: 4 bunches avalanche 60, 3 bunches sweet avalanche 60cm, 2 boxes oasis ideal, 1 roll white satin 38mm. "
    "Delivery to Unit 3, Gasworks Yard, Hove",
    [
        L("ROSE-AVALANCHE", 4, "60cm"),
        L("ROSE-SWEETAV", 3, "60cm"),
        L("OASIS-IDEAL", 2),
        L("RIBBON-SATIN-WHITE", 1, "38mm"),
    ],
    "first order paid on delivery",
    ["new_customer"],
)
M(
    "bloom-brass",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "same as my first order again pls but add 2 bunches of xlence white",
    [],
    "a first order is a message, not history",
    ["new_customer", "ambiguous_reference"],
    ref="first",
    add=[L("GYP-XLENCE", 2, "White")],
)
M(
    "bloom-brass",
    2,
    "WHATSAPP",
    "en",
    "ORDER",
    "Can I open a 30 day account? Then I'd like 10 bunches naomi 70 for a gala on the 6th",
    [L("ROSE-NAOMI", 10, "70cm")],
    "order depends on a 30-day account",
    ["new_customer", "credit"],
    why=["credit"],
)
M(
    "bloom-brass",
    1,
    "WHATSAPP",
    "en",
    "QUESTION",
    "Do you do black cellophane? and what widths does the kraft come in",
    [],
    "",
    ["new_customer"],
)
M(
    "bloom-brass",
    5,
    "WHATSAPP",
    "en",
    "ORDER",
    "paying on delivery again - 6 bunches of majolika and 4 of lovely lydia for Saturday please",
    [L("SPRAY-MAJOLIKA", 6), L("SPRAY-LYDIA", 4)],
    "",
    ["new_customer"],
)

# ------------------------------------------------------------------ atelier-noor (nl, e-mail, new florist)
M(
    "atelier-noor",
    1,
    "EMAIL",
    "nl",
    "ORDER",
    "Onderwerp: Eerste bestelling\n\nHallo,\nIk ben net begonnen met Bloematelier Noor in Leiden. Graag voor vrijdag, "
    "betaling bij levering:\n5 bos Royal Virgin\n3 bos Lisianthus wit\n2 bos Waxflower\n1 rol kraftpapier 50cm\n\n"
    "Groet,\nNoor Bakker\nTel. 07700 900791",
    [L("TULIP-ROYALVIRGIN", 5), L("LISIANTHUS", 3), L("WAXFLOWER", 2), L("KRAFT-ROLL", 1, "50cm")],
    "first order paid on delivery",
    ["new_customer", "signature"],
)
M(
    "atelier-noor",
    3,
    "EMAIL",
    "nl",
    "ORDER",
    "Onderwerp: Rekening\n\nKan ik een rekening op 30 dagen openen? Dan bestel ik meteen 4 bos Pink Mondial en 2 dozen "
    "Oasis Bio.\n\nNoor",
    [L("ROSE-MONDIAL", 4), L("OASIS-BIO", 2)],
    "order depends on a 30-day account",
    ["new_customer", "credit"],
    why=["credit"],
)
M(
    "atelier-noor",
    4,
    "EMAIL",
    "nl",
    "ORDER",
    "Onderwerp: hetzelfde\n\nGraag hetzelfde als mijn eerste bestelling, voor volgende vrijdag.\n\nNoor",
    [],
    "a first order is a message, not history",
    ["new_customer", "ambiguous_reference"],
    ref="first",
)

# ------------------------------------------------------------------ more plain orders (written last, same voices)
M(
    "hazel-thorn",
    6,
    "SMS",
    "en",
    "ORDER",
    "sun order: 4 x freedom 50cm + 2 bunches million stars + 1 pack card picks",
    [L("ROSE-FREEDOM", 4, "50cm"), L("GYP-MILLION", 2), L("CARD-PICKS", 1)],
    "",
    [],
)
M(
    "greenfinch-gc",
    6,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Sunday top-up PO GF-20958\n\n10 bags Westland Ericaceous 50L and 6 bags Perlite 10L please, Tuesday delivery.\n\nHelen",
    [L("ERICACEOUS", 10), L("PERLITE-10", 6)],
    "",
    ["number_in_name"],
)
M(
    "rosie-lane",
    6,
    "WHATSAPP",
    "en",
    "ORDER",
    "sun: 2 bunches white freesia, 1 box floratape & a pack of aqua bags x",
    [L("FREESIA-WHITE", 2), L("TAPE-STEM", 1), L("AQUA-BAG", 1)],
    "",
    [],
)
M(
    "stokrotka",
    5,
    "WHATSAPP",
    "pl",
    "ORDER",
    "Na wtorek: 2 pęczki lovely lydia i 2 pęczki majoliki",
    [L("SPRAY-LYDIA", 2), L("SPRAY-MAJOLIKA", 2)],
    "",
    [],
)
M(
    "hartmann",
    0,
    "EMAIL",
    "de",
    "ORDER",
    "Betreff: Kranzbestellung\n\n3 Kartons Steckschaum-Ringe 35cm, 2 Packungen Steckdraht 22er, 1 Karton Pot Tape.\n\nK. Hartmann",
    [L("OASIS-RING", 3, "35cm"), L("WIRE-STUB", 2, "22 gauge"), L("TAPE-POT", 1)],
    "22er = 22 gauge",
    ["number_in_name"],
)
M(
    "van-dijk",
    0,
    "SMS",
    "nl",
    "ORDER",
    "maandag 3 bos zonnebloemen en 2 bos spray anjers",
    [L("SUNFLOWER", 3), L("CARN-SPRAY", 2)],
    "",
    [],
)
M(
    "blumenwerk",
    1,
    "WHATSAPP",
    "de",
    "ORDER",
    "Für Mittwoch bitte 4 Bund Stocks und 2 Bund Million Stars",
    [L("STOCKS", 4), L("GYP-MILLION", 2)],
    "",
    [],
)
M(
    "fern-foxglove",
    5,
    "SMS",
    "en",
    "ORDER",
    "sat: 1 bunch penny lane, 2 yellow freesia & 1 bunch statice ta Bev",
    [L("ROSE-PENNYLANE", 1), L("FREESIA-YELLOW", 2), L("LIMONIUM", 1)],
    "",
    [],
)
M(
    "zielen",
    3,
    "EMAIL",
    "pl",
    "ORDER",
    "Temat: Miracle-Gro\n\nProszę 2 kartony Miracle-Gro 1kg i 3 worki grysu 20kg.\n\nTomasz",
    [L("MIRACLEGRO-AP", 2), L("GRIT-20", 3)],
    "grys = horticultural grit",
    ["number_in_name"],
)
