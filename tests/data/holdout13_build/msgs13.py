# ruff: noqa  (hand-written data generator of blind set 13, kept as its writer left it)
"""Messages of set 13 and their plain labels, all hand-written.

M(customer, date, channel, language, intent, text, lines, notes, tags, review, hist, change)
  lines   - expected order lines without history (ORDER only)
  review  - expect_review when it does not follow from a null in the lines (references, credit, conditions)
  hist    - how a human who knows the customer's history would read it; build13.py derives
            lines_with_history / expect_review_with_history from histories13.jsonl with these rules:
            {"resolve": True}            family lines and missing variants resolved from history
            {"locked": [i]}              line i names a size/colour the catalog lacks: never filled
            {"ref": "usual"|"last", "set": [i], "add": [i], "remove": [(sku, variant|None)], "double": [sku]}
            {"outlier": True}            quantity far above the customer's usual, no reason given
  change  - change_lines on CHANGE rows
"""

NV = object()


def L(sku, q, v=NV):
    d = {"sku": sku}
    if v is not NV:
        d["variant"] = v
    d["quantity"] = q
    return d


def A(q, cands, cv=None):
    d = {"sku": None, "quantity": q, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    return d


def X(q):
    return {"sku": None, "quantity": q}


ROWS = []


def M(
    customer,
    date,
    channel,
    language,
    intent,
    text,
    lines=(),
    notes="",
    tags=(),
    review=None,
    hist=None,
    change=None,
):
    ROWS.append(
        dict(
            customer=customer,
            date=date,
            channel=channel,
            language=language,
            intent=intent,
            text=text.strip("\n"),
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            review=review,
            hist=hist,
            change=change,
        )
    )


W, S, E = "WHATSAPP", "SMS", "EMAIL"
BAGS = ["RS-BLK-MD", "RS-BLK-HD"]
GLOVES3 = ["GLV-NB", "GLV-NK", "GLV-VIN"]
NITRILE = ["GLV-NB", "GLV-NK"]
CLOTHS = ["CLO-MF", "CLO-AP"]
MOPS = ["MOP-SKT", "MOP-KEN"]
BLEACH3 = ["BLT-5L-2", "BLT-750-12", "BLR-5L-2"]
BLEACH5L = ["BLT-5L-2", "BLR-5L-2"]
SCOUR = ["SCR-GRN", "SCR-SPG", "SCR-SS"]

# ------------------------------------------------------------------ The Harbour View Hotel (hotel, e-mail)
M(
    "harbour-view",
    "2027-01-18",
    E,
    "en",
    "ORDER",
    """
Subject: Order w/c 18 Jan

Hi there,

Please could we have the following for Wednesday:

4 cases luxury 3-ply toilet rolls
2 cases tissue cubes
1 box guest shampoo
1 box shower gel
2 boxes of the 20g wrapped soaps
3 boxes non-bio powder
2 cases fabric conditioner

Many thanks,
Claire Penrose
Head of Housekeeping | The Harbour View Hotel
14 Marine Parade, Scarborough
Tel 07700 900481
""",
    [
        L("TR-3P-40", 4),
        L("FAC-24", 2),
        L("GA-SHA", 1),
        L("GA-SHG", 1),
        L("GA-SOAP", 2, "20g (box of 300)"),
        L("LPW-NB-10", 3),
        L("FAB-2", 2),
    ],
    "'3-ply', '20g', '18 Jan', the street number and the phone are not quantities",
    ["signature", "variant", "number_in_name"],
)

M(
    "harbour-view",
    "2027-01-19",
    E,
    "en",
    "ORDER",
    """
Subject: Add-on to tomorrow

Hi, can you add black bags x2 and air freshener x1 to tomorrow's delivery please?

Thanks, Claire
""",
    [A(2, BAGS), A(1, ["AIR-LIN-12", "AIR-CIT-12"])],
    "ambiguous: black bags (medium or heavy duty) and air freshener (fresh linen or citrus); the hotel only buys "
    "heavy duty sacks and fresh linen",
    ["family", "non_order_request"],
    hist={"resolve": True},
)

M(
    "harbour-view",
    "2027-01-20",
    E,
    "en",
    "QUESTION",
    """
Subject: Amenities for the spring refurb

Hello,

We're reviewing the bathroom amenities before the refurbished rooms reopen in March. Could you send me prices for the 2-in-1 and the body lotion in larger quantities (we'd be looking at around 40 boxes of each over the year), and do you do a refillable wall-pump range?

Kind regards,
Claire
""",
    notes="a price request with quantities, not an order",
)

M(
    "harbour-view",
    "2027-01-21",
    W,
    "en",
    "ORDER",
    "Morning, need microfibres x4 and 2 boxes of black nitrile gloves large asap please, the laundry girls have run out",
    [L("CLO-MF", 4, None), L("GLV-NK", 2, "Large")],
    "ambiguous: microfibre colour not stated (variant not stated); the hotel buys both blue and red, so history "
    "does not settle it",
    ["variant"],
    hist={"resolve": True},
)

M(
    "harbour-view",
    "2027-01-22",
    E,
    "en",
    "COMPLAINT",
    """
Subject: Wednesday's delivery - leaking containers

Hi,

Two of the fabric conditioner containers were split when they arrived on Wednesday and leaked over the other boxes in the cage. Could you credit them please? Photos attached.

Claire Penrose
Head of Housekeeping
""",
)

M(
    "harbour-view",
    "2027-01-22",
    E,
    "en",
    "ORDER",
    """
Subject: RE: Order confirmation SO-58821

Could you also add 1 case of the glass and mirror triggers to this please, same delivery.

Thanks
Claire

-----Original Message-----
From: Brightstone Orders <orders@brightstone.example>
Sent: 21 January 2027 16:02
Subject: Order confirmation SO-58821

Thank you for your order SO-58821, for delivery Monday 25 January:
4 x Luxury Toilet Rolls 3-Ply 200 Sheet (case of 40)
2 x Facial Tissues Cube Box (case of 24)
3 x Non-Bio Laundry Powder 10kg
""",
    [L("GLS-TRIG-6", 1)],
    "only the line above the quote is new; the quoted confirmation lines are not order lines",
    ["quoted"],
)

M(
    "harbour-view",
    "2027-01-23",
    E,
    "en",
    "ORDER",
    """
Subject: Laundry top up

Hi, 2 boxes of bio powder and 1 box of destainer please - our linen contractor is away so we're doing the table linen in house for a fortnight.

Claire
""",
    [L("LPW-BIO-10", 2), L("DST-10", 1)],
    "the hotel usually buys non-bio; the text says bio",
)

M(
    "harbour-view",
    "2027-01-24",
    W,
    "en",
    "ORDER",
    "Hi it's Megan from Harbour View housekeeping, Claire's off today. Can we get 3 cases of the washroom triggers "
    "and 2 multi surface triggers for Monday please",
    [L("WRC-TRIG-6", 3), L("MSC-TRIG-6", 2)],
    "",
    ["non_order_request"],
)

# ------------------------------------------------------------------ Meadowbank Care Home (e-mail)
M(
    "meadowbank",
    "2027-01-24",
    E,
    "en",
    "ORDER",
    """
Subject: Weekly order - Meadowbank

Hi,

10 boxes blue nitrile medium
6 boxes blue nitrile large
8 boxes white aprons
2 boxes red dissolvable bags
1 box orange clinical bags
2 tubs chlorine tablets

For Thursday please, side entrance (keypad 4471).

Joy Mensah
Housekeeping Lead, Meadowbank Care Home
2 Ripon Road, Harrogate
07700 900482
""",
    [
        L("GLV-NB", 10, "Medium"),
        L("GLV-NB", 6, "Large"),
        L("APR-WH-100", 8),
        L("RLB-200", 2),
        L("CWB-ORG", 1),
        L("CHL-TAB", 2),
    ],
    "keypad code, street number and phone are not quantities",
    ["signature", "variant"],
)

M(
    "meadowbank",
    "2027-01-18",
    E,
    "en",
    "ORDER",
    """
Subject: Order for Thursday

Same as last week please, but only 4 boxes of the large gloves, and add 1 case of the virucidal spray.

Thanks, Joy
""",
    [A(4, GLOVES3, "Large"), L("VIR-TRIG-6", 1)],
    "reference to last week's order; without history the lines are the new glove quantity (ambiguous: which large "
    "gloves) and the addition",
    ["reference", "family"],
    review=True,
    hist={"ref": "last", "set": [0], "add": [1]},
)

M(
    "meadowbank",
    "2027-01-19",
    E,
    "en",
    "QUESTION",
    """
Subject: Continence products

Hi, do you stock incontinence pads and wipes, or can you recommend someone who does? We're reviewing our supplier for those.

Sandra Hollis
Home Manager
""",
    tags=["not_in_catalog"],
)

M(
    "meadowbank",
    "2027-01-20",
    E,
    "en",
    "ORDER",
    """
Subject: Extra for Thursday

Hi, could you please add 300 aprons, 2 packs of yellow cloths and 4 x 5L of the antibacterial hand wash to Thursday's delivery.

Joy
""",
    [L("APR-WH-100", 3), A(2, CLOTHS, "Yellow"), L("SOAP-AB-2", 2)],
    "300 aprons = 3 boxes of 100; 4 x 5L = 2 cases of 2 x 5L; ambiguous: yellow cloths (microfibre or "
    "all-purpose), the home buys only all-purpose",
    ["pack", "container", "family", "non_order_request"],
    hist={"resolve": True},
)

M(
    "meadowbank",
    "2027-01-21",
    E,
    "en",
    "CANCEL",
    """
Subject: Cancel - deep clean order

Hi, please cancel the separate order I sent on Monday for the bedroom deep clean, the contractor has postponed until March. The regular Thursday order stays as it is.

Thanks, Sandra
""",
)

M(
    "meadowbank",
    "2027-01-22",
    W,
    "en",
    "ORDER",
    "Morning! Could you pop 2 cases of lavender disinfectant and 2 boxes of medium duty black sacks on Monday's van. "
    "Ta, Joy",
    [L("LDS-5L-2", 2), L("RS-BLK-MD", 2)],
    "",
    ["non_order_request"],
)

M(
    "meadowbank",
    "2027-01-20",
    E,
    "en",
    "ORDER",
    """
Subject: Kitchen order - Meadowbank

Hello, from the kitchen: 1 drum of the 20L dishwasher detergent, 1 drum of 20L rinse aid, 2 packs of yellow all purpose cloths and 1 pack of mob caps.

Alan (Head Cook)
""",
    [L("DWD-20L", 1), L("RNS-20L", 1), L("CLO-AP", 2, "Yellow"), L("MOB-100", 1)],
    "'20L' names the drum products",
    ["variant"],
)

M(
    "meadowbank",
    "2027-01-23",
    E,
    "en",
    "OTHER",
    """
Subject: Delivery day

I would like to change our regular delivery day from Thursday to Wednesday from February onwards. Please can you confirm this is possible.

Sandra Hollis
""",
    notes="a standing change of delivery day is OTHER",
    tags=["non_order_request"],
)

M(
    "meadowbank",
    "2027-01-23",
    W,
    "en",
    "ORDER",
    "Joy @ Meadowbank - for Thursday can you also send 500 aprons and 300 medium nitrile. Thank you",
    [L("APR-WH-100", 5), A(3, NITRILE, "Medium")],
    "500 aprons = 5 boxes; 300 gloves = 3 boxes of 100; ambiguous: blue or black nitrile, the home buys blue",
    ["pack", "family", "non_order_request"],
    hist={"resolve": True},
)

# ------------------------------------------------------------------ St Aidan's Primary (school, e-mail)
M(
    "st-aidans",
    "2027-01-18",
    E,
    "en",
    "ORDER",
    """
Subject: St Aidan's order

Hi,

Please deliver Wednesday after 3.15pm (school run before that):

- Mini jumbo toilet rolls x 4 cases
- Green Z-fold hand towels x 4 cases
- Black sacks medium duty x 2 boxes
- Pink hand soap x 2 cases

Gary Whitlock
Site Manager, St Aidan's C of E Primary
07700 900483
""",
    [L("TR-MJ-12", 4), L("HT-ZF-1P", 4, "Green"), L("RS-BLK-MD", 2), L("SOAP-PINK-2", 2)],
    "'3.15pm' and the phone are not quantities",
    ["signature", "variant"],
)

M(
    "st-aidans",
    "2027-01-19",
    W,
    "en",
    "ORDER",
    "Gary here - need 2 red mop heads and 2 blue, socket ones, plus 1 case thick bleach. Cheers",
    [L("MOP-SKT", 2, "Red"), L("MOP-SKT", 2, "Blue"), A(1, ["BLT-5L-2", "BLT-750-12"])],
    "'socket ones' names the socket mop for both colours; ambiguous: thick bleach 2 x 5L or 12 x 750ml (both by the "
    "case), the school buys the 5L",
    ["family", "variant"],
    hist={"resolve": True},
)

M(
    "st-aidans",
    "2027-01-20",
    E,
    "en",
    "QUESTION",
    """
Subject: Half term and COSHH

Hi, half term is 15-19 Feb. Can you confirm you'll still deliver that week (the caretaker will be in)? Also could you email the COSHH sheets for the neutral floor cleaner and the washroom concentrate?

Gary
""",
)

M(
    "st-aidans",
    "2027-01-21",
    E,
    "en",
    "OTHER",
    """
Subject: New contact for orders

Please note that from 1 February our new School Business Manager, Mrs Priya Shah, will authorise orders and should receive the invoices. Her email is p.shah@staidans.example.

Thanks, Gary
""",
)

M(
    "st-aidans",
    "2027-01-22",
    W,
    "en",
    "ORDER",
    "[voice note] hi it's gary at st aidans can we get four cases of mini jumbos two boxes of swing bin liners a case "
    "of washroom cleaner concentrate and three packs of green scourers thanks",
    [L("TR-MJ-12", 4), L("SBL-WH", 2), L("WRC-5L-2", 1), L("SCR-GRN", 3)],
    "spoken list without commas; number words and 'a' start items",
    ["spoken", "voice"],
)

M(
    "st-aidans",
    "2027-01-20",
    E,
    "en",
    "ORDER",
    """
Subject: School kitchen

Hi, for the school kitchen please: 2 cases of the food safe sanitiser triggers, 1 pack of green scourers and 2 x 5L washing up liquid.

Many thanks
Gary
""",
    [L("SAN-TRIG-6", 2), L("SCR-GRN", 1), L("WUL", 2, "5L")],
    "washing up liquid is sold by the 5L container, so '2 x 5L' is 2",
    ["variant"],
)

M(
    "st-aidans",
    "2027-01-23",
    W,
    "en",
    "ORDER",
    "Gary: 2 orange mop heads please for the new nursery toilets, and 1 case of 5L thick bleach",
    [A(2, MOPS), L("BLT-5L-2", 1)],
    "ambiguous: mop heads (socket or kentucky); orange is not a colour the mops come in, so the colour stays open "
    "even when history settles the socket mop",
    ["family", "variant"],
    hist={"resolve": True, "locked": [0]},
)

# ------------------------------------------------------------------ The Red Kite (pub, WhatsApp)
M(
    "red-kite",
    "2027-01-18",
    W,
    "en",
    "ORDER",
    "Morning, 1 glasswash det, 1 glasswash rinse aid, 1 line cleaner, 2 boxes heavy duty black sacks and a case of "
    "blue roll. Cheers Dean 🍺",
    [L("GWD-5L-2", 1), L("GWR-5L-2", 1), L("BLC-5L-2", 1), L("RS-BLK-HD", 2), L("CFR-2P-6", 1, "Blue")],
    "'blue roll' is the blue centrefeed",
    ["emoji", "variant"],
)

M(
    "red-kite",
    "2027-01-19",
    W,
    "en",
    "ORDER",
    "usual pls mate + 2 extra toilet rolls",
    [L("TR-2P-36", 2)],
    "reference to the usual; '2 extra toilet rolls' read as 2 cases (a small count of a case product), added to "
    "the usual case",
    ["reference", "container"],
    review=True,
    hist={"ref": "usual", "add": [0]},
)

M(
    "red-kite",
    "2027-01-21",
    W,
    "en",
    "COMPLAINT",
    "Dean from the Red Kite. Your driver left last night's delivery outside the back gate in the rain and the toilet "
    "rolls are soaked through. Not happy. Need the case replacing",
)

M(
    "red-kite",
    "2027-01-20",
    W,
    "en",
    "QUESTION",
    "do u do tablets for the glasswasher instead of the liquid? ours keeps running out mid shift",
)

M(
    "red-kite",
    "2027-01-22",
    W,
    "en",
    "ORDER",
    "Can I get 2 urinal and 1 case of toilet cleaner for tmrw",
    [A(2, ["URN-SCR-10", "URN-CUBE-3"]), L("TLC-GEL-12", 1)],
    "ambiguous: urinal screens or cubes; the pub buys screens",
    ["family", "non_order_request"],
    hist={"resolve": True},
)

M(
    "red-kite",
    "2027-01-23",
    W,
    "en",
    "ORDER",
    "Need 10 cases of blue roll this week pls",
    [L("CFR-2P-6", 10, "Blue")],
    "outlier: the pub takes 1 case a week, no reason given",
    ["outlier", "variant"],
    hist={"outlier": True},
)

M(
    "red-kite",
    "2027-01-24",
    W,
    "en",
    "ORDER",
    "1 case pine disinfectant and 2 tubs urinal cubes cheers",
    [L("PDS-5L-2", 1), L("URN-CUBE-3", 2)],
    "",
)

M(
    "red-kite",
    "2027-01-20",
    W,
    "en",
    "ORDER",
    "can you send 2 kitchen roll and 1 case of the washroom spray with the rest. Dean",
    [X(2), L("WRC-TRIG-6", 1)],
    "kitchen roll is not in catalog (the centrefeed rolls are a look-alike, no substitute)",
    ["not_in_catalog", "non_order_request"],
)

# ------------------------------------------------------------------ The Fox & Anchor (pub, SMS)
M(
    "fox-anchor",
    "2027-01-18",
    S,
    "en",
    "ORDER",
    "Hi its Janet Fox & Anchor. 1 case dishwasher det 5L, 1 case dishwasher rinse aid 5L, 1 glasswash detergent, "
    "1 box vinyl gloves L pls. Thurs. Thx",
    [L("DWD-5L-2", 1), L("RNS-5L-2", 1), L("GWD-5L-2", 1), L("GLV-VIN", 1, "Large")],
    "'5L' names the 2 x 5L products",
    ["variant"],
)

M(
    "fox-anchor",
    "2027-01-19",
    S,
    "en",
    "ORDER",
    "Janet F&A. Can u add 2 line cleaner and 4 x 5L bleach to thurs order",
    [L("BLC-5L-2", 2), A(2, BLEACH5L)],
    "4 x 5L containers = 2 cases of 2 x 5L; ambiguous: thick or economy bleach (both 5L), the pub buys economy",
    ["container", "family", "non_order_request"],
    hist={"resolve": True},
)

M(
    "fox-anchor",
    "2027-01-20",
    S,
    "en",
    "CHANGE",
    "Sorry can u change the 2 boxes medium gloves on tomorrows order to large. Thx Janet",
    notes="the placed order's gloves are the vinyl ones the pub buys",
    tags=["variant"],
    change=[L("GLV-VIN", 0, "Medium"), L("GLV-VIN", 2, "Large")],
)

M(
    "fox-anchor",
    "2027-01-21",
    S,
    "en",
    "QUESTION",
    "What time does the van come on thursdays? need to know if someone has to be in b4 11. Janet",
)

M(
    "fox-anchor",
    "2027-01-22",
    S,
    "en",
    "ORDER",
    "2 cs jumbo loo rolls + 1 tub urinal cubes + 1 pk stainless scourers. ta Janet",
    [L("TR-JB-6", 2), L("URN-CUBE-3", 1), L("SCR-SS", 1)],
    "",
)

M(
    "fox-anchor",
    "2027-01-23",
    S,
    "en",
    "ORDER",
    "Janet: 1 box med duty black sacks, 1 case economy bleach and 1 case drain unblocker pls, the gents is blocked again",
    [L("RS-BLK-MD", 1), L("BLR-5L-2", 1), L("DRN-12", 1)],
    "",
)

M(
    "fox-anchor",
    "2027-01-24",
    S,
    "en",
    "ORDER",
    "Janet F&A - 1 box pedal bin liners black pls + 1 case fabric conditioner",
    [L("PBL-1000", 1, "Black"), L("FAB-2", 1)],
    "",
    ["variant"],
)

# ------------------------------------------------------------------ Bella Napoli (restaurant, WhatsApp)
M(
    "bella-napoli",
    "2027-01-18",
    W,
    "en",
    "ORDER",
    """
Ciao! Marco from Bella Napoli. Order for Friday:
1 x 20L dishwasher detergent
1 x 20L rinse aid
2 degreaser
2 cs sanitiser spray
2 blue roll
thanks
""",
    [L("DWD-20L", 1), L("RNS-20L", 1), L("DEG-5L-2", 2), L("SAN-TRIG-6", 2), L("CFR-2P-6", 2, "Blue")],
    "'2 degreaser' and '2 blue roll' are 2 cases (the selling unit); the 20L rinse aid exists only for the dishwasher",
    ["variant"],
)

M(
    "bella-napoli",
    "2027-01-19",
    W,
    "en",
    "ORDER",
    "Marco: need gloves, 2 boxes medium and 1 large, the black ones. And 3 washing up liquid",
    [L("GLV-NK", 2, "Medium"), L("GLV-NK", 1, "Large"), L("WUL", 3, None)],
    "'the black ones' names the black nitrile; variant not stated: washing up liquid 5L or 20L, the restaurant "
    "buys 5L",
    ["variant"],
    hist={"resolve": True},
)

M(
    "bella-napoli",
    "2027-01-20",
    W,
    "en",
    "COMPLAINT",
    "the rinse aid you sent last week is not the same one, glasses coming out streaky all week. is it a different "
    "brand?? we want the old one back",
)

M(
    "bella-napoli",
    "2027-01-21",
    W,
    "en",
    "ORDER",
    "can you send two rolls cling film a foil three packs green scourers and a oven cleaner gel",
    [L("CLF-450", 2), L("FOIL-450", 1), L("SCR-GRN", 3), L("OVN-GEL-6", 1)],
    "spoken list without commas; 'a oven cleaner gel' is 1 case",
    ["spoken", "non_order_request"],
)

M(
    "bella-napoli",
    "2027-01-22",
    W,
    "en",
    "CANCEL",
    "Marco - cancel tomorrow's order please, we are closed, burst pipe in the kitchen 😩 will reorder next week",
    tags=["emoji"],
)

M(
    "bella-napoli",
    "2027-01-23",
    W,
    "en",
    "ORDER",
    "do u have Zoflora? if yes 1 case. And 1 case floor gel",
    [X(1), L("FLR-LEM-2", 1)],
    "Zoflora is not in catalog (no substitute); 'floor gel' is the lemon floor gel",
    ["not_in_catalog", "side_question"],
)

M(
    "bella-napoli",
    "2027-01-24",
    W,
    "en",
    "ORDER",
    "Marco again, forgot: 1 case of glass cleaner spray and 2 packs sponge scourers",
    [L("GLS-TRIG-6", 1), L("SCR-SPG", 2)],
    "'glass cleaner spray' is the trigger case",
)

M(
    "bella-napoli",
    "2027-01-20",
    W,
    "en",
    "OTHER",
    "Hi is this the laundry? We need the tablecloths collected Thursday, 4 bags. Thanks Marco",
    notes="sent to the wrong supplier",
)

# ------------------------------------------------------------------ Sparkle Commercial Cleaning (e-mail)
M(
    "sparkle-clean",
    "2027-01-18",
    E,
    "en",
    "ORDER",
    """
Subject: PO 30417 - Sparkle Commercial Cleaning

Good morning,

Please supply against PO 30417, delivery to our unit by Wednesday:

2 x Multi-Surface Super Concentrate 6 x 1L
4 x Washroom Cleaner triggers (cases)
6 x Microfibre cloths blue
4 x Microfibre cloths red
4 x Kentucky mop heads red
4 x Kentucky mop heads blue
10 cases toilet rolls 2-ply

Kind regards

Debbie Crane
Operations Manager
Sparkle Commercial Cleaning Ltd
Unit 6, Brookfield Trade Park, Leeds LS12 4QT
07700 900484
""",
    [
        L("MSC-CONC-6", 2),
        L("WRC-TRIG-6", 4),
        L("CLO-MF", 6, "Blue"),
        L("CLO-MF", 4, "Red"),
        L("MOP-KEN", 4, "Red"),
        L("MOP-KEN", 4, "Blue"),
        L("TR-2P-36", 10),
    ],
    "'6 x 1L' is the pack inside the case; PO, unit number, postcode and phone are not quantities",
    ["signature", "pack", "variant"],
)

M(
    "sparkle-clean",
    "2027-01-19",
    E,
    "en",
    "ORDER",
    """
Subject: Top-up for PO 30417

Hi, can we also have 400 blue nitrile gloves in medium and 2000 swing bin liners please.

Thanks, Debbie
""",
    [L("GLV-NB", 4, "Medium"), L("SBL-WH", 2)],
    "400 gloves = 4 boxes of 100; 2000 liners = 2 boxes of 1000",
    ["pack", "variant", "non_order_request"],
)

M(
    "sparkle-clean",
    "2027-01-20",
    E,
    "en",
    "QUESTION",
    """
Subject: Statement

Hi, could you send a statement for December? We think invoice INV-77120 may have been paid twice.

Debbie
""",
    tags=["non_order_request"],
)

M(
    "sparkle-clean",
    "2027-01-20",
    E,
    "en",
    "ORDER",
    """
Subject: Extra drop - Kingsway House

We've picked up a new office block, so need an extra drop this week: 6 cases hand towels, 4 cases foam soap cartridges, 2 white hand towel dispensers and 2 foam soap dispensers. Deliver to Kingsway House, 40 Kingsway, reception. PO 30422.

Debbie
""",
    [A(6, ["HT-ZF-1P", "HT-CF-2P"]), L("SOAP-FOAM-6", 4), L("DSP-HT", 2, "White"), L("DSP-FS", 2)],
    "ambiguous: hand towels (Z-fold or C-fold, both by the case); the company buys C-fold; '40 Kingsway' and the PO "
    "are not quantities",
    ["family", "variant"],
    hist={"resolve": True},
)

M(
    "sparkle-clean",
    "2027-01-22",
    E,
    "en",
    "OTHER",
    """
Subject: Automatic reply: Order confirmation SO-58904

Thank you for your email. I am out of the office until Monday 25 January with limited access to email. For urgent orders please contact Lee Barker on 07700 900485.

Debbie Crane
""",
    notes="auto-reply",
)

M(
    "sparkle-clean",
    "2027-01-19",
    E,
    "en",
    "CHANGE",
    """
Subject: PO 30417 amendment

Please amend PO 30417: the red microfibres should be 6 packs, not 4, and take the blue Kentucky mop heads off altogether.

Thanks, Debbie
""",
    notes="changes two lines of the placed PO; removed line has quantity 0",
    tags=["variant"],
    change=[L("CLO-MF", 6, "Red"), L("MOP-KEN", 0, "Blue")],
)

M(
    "sparkle-clean",
    "2027-01-21",
    E,
    "en",
    "ORDER",
    """
Subject: PO 30431

Please supply: 3 cases pine disinfectant, 2 packs flat mop pads 40cm, 1 flat mop frame and 1 case stainless steel polish. Thursday delivery please.

Debbie
""",
    [L("PDS-5L-2", 3), L("FLAT-PAD-5", 2), L("FLAT-FRM", 1), L("POL-SS-12", 1)],
    "'40cm' is in the product name",
    ["number_in_name"],
)

M(
    "sparkle-clean",
    "2027-01-23",
    E,
    "en",
    "QUESTION",
    """
Subject: COSHH training

I'd like to book COSHH training for our six new starters. Do you run sessions, or can you recommend someone who does?

Debbie
""",
    tags=["non_order_request"],
)

# ------------------------------------------------------------------ Larkspur Lodge (B&B, SMS)
M(
    "larkspur",
    "2027-01-18",
    S,
    "en",
    "ORDER",
    "Hi it's Helen at Larkspur Lodge. Could I have 1 case toilet rolls, 1 box 2 in 1 shampoo, 1 box of the 15g soaps "
    "and a case of multi surface spray please. Thanks!",
    [L("TR-2P-36", 1), L("GA-2IN1", 1), L("GA-SOAP", 1, "15g (box of 500)"), L("MSC-TRIG-6", 1)],
    "'toilet rolls' is the standard 2-ply (the other rolls carry a modifier)",
    ["variant", "non_order_request"],
)

M(
    "larkspur",
    "2027-01-19",
    S,
    "en",
    "ORDER",
    "same again as last time please, Helen x",
    [],
    "reference to the last order",
    ["reference"],
    review=True,
    hist={"ref": "last"},
)

M(
    "larkspur",
    "2027-01-20",
    S,
    "en",
    "QUESTION",
    "Hi do you deliver on Saturdays? Full house this weekend and I'm getting low on loo rolls",
)

M(
    "larkspur",
    "2027-01-21",
    S,
    "en",
    "ORDER",
    "Helen: pedal bin liners 1 box and washing powder 1 please",
    [L("PBL-1000", 1, None), A(1, ["LPW-BIO-10", "LPW-NB-10"])],
    "variant not stated: pedal bin liner colour; ambiguous: bio or non-bio powder; the B&B buys white liners and bio",
    ["variant", "family"],
    hist={"resolve": True},
)

M(
    "larkspur",
    "2027-01-22",
    S,
    "en",
    "OTHER",
    "Thank you for sorting the delivery so quickly yesterday, lovely driver too. Helen",
)

M(
    "larkspur",
    "2027-01-23",
    S,
    "en",
    "ORDER",
    "Helen again, sorry, also 1 case furniture polish and 1 case fresh linen air freshener x",
    [L("POL-FUR-12", 1), L("AIR-LIN-12", 1)],
    "",
)

M(
    "larkspur",
    "2027-01-24",
    S,
    "en",
    "ORDER",
    "Helen: 2 cases toilet rolls, no sorry make that 3, and 1 box 2 in 1",
    [L("TR-2P-36", 3), L("GA-2IN1", 1)],
    "self-correction: 3 cases",
    ["self_correction"],
)

# ------------------------------------------------------------------ Northgate Leisure Centre (e-mail)
M(
    "northgate-leisure",
    "2027-01-18",
    E,
    "en",
    "ORDER",
    """
Subject: Order - Northgate Leisure Centre

Hi,

6 cs mini jumbo toilet rolls
4 cs C-fold towels
2 cs foam soap cartridges
2 x 5L hand sanitiser refills
2 cs neutral floor cleaner

Deliver to the service yard off Mill Lane please.

Rob Kitching
Facilities Supervisor
Northgate Leisure Centre
07700 900486
""",
    [L("TR-MJ-12", 6), L("HT-CF-2P", 4), L("SOAP-FOAM-6", 2), L("HSG", 2, "5L Refill"), L("FLR-NEU-2", 2)],
    "hand sanitiser is sold each, so '2 x 5L refills' is 2 of the 5L Refill",
    ["signature", "variant"],
)

M(
    "northgate-leisure",
    "2027-01-19",
    E,
    "en",
    "ORDER",
    """
Subject: Floor pads

Can you send 2 boxes of red pads and 1 box of black for the 17 inch machine. Rob
""",
    [L("PAD-17", 2, "Red"), L("PAD-17", 1, "Black")],
    "'17 inch' is in the product name",
    ["variant", "number_in_name", "non_order_request"],
)

M(
    "northgate-leisure",
    "2027-01-20",
    E,
    "en",
    "COMPLAINT",
    """
Subject: Wrong sacks

We ordered clear sacks and got 2 boxes of black heavy duty instead. Can you swap them on the next drop? We need clear for the recycling.

Rob
""",
)

M(
    "northgate-leisure",
    "2027-01-21",
    E,
    "en",
    "ORDER",
    """
Subject: Extra for Friday

Please add to Friday: 1 case toilet cleaner gel, 3 blue socket mops and 1 wet floor sign (ours walked!).

Rob
""",
    [L("TLC-GEL-12", 1), L("MOP-SKT", 3, "Blue"), L("WFS", 1)],
    "",
    ["variant"],
)

M(
    "northgate-leisure",
    "2027-01-22",
    E,
    "en",
    "QUESTION",
    """
Subject: Dispensers for the changing rooms

We're refitting the changing rooms in February. Do you loan dispensers free if we buy the refills from you, or do we have to buy them? We'd need about 12 soap and 12 towel dispensers.

Rob
""",
    notes="a question with quantities, not an order",
)

M(
    "northgate-leisure",
    "2027-01-23",
    E,
    "en",
    "ORDER",
    """
Subject: Usual

Usual order please for Friday, but no floor cleaner this week, we've still got plenty.

Rob
""",
    [],
    "reference to the usual with a removal; without history there are no lines",
    ["reference"],
    review=True,
    hist={"ref": "usual", "remove": [("FLR-NEU-2", None)]},
)

M(
    "northgate-leisure",
    "2027-01-24",
    E,
    "en",
    "ORDER",
    """
Subject: Spill kit refill

10kg of spill granules and 2 packs of red all-purpose cloths please. Rob
""",
    [L("SPILL-KG", 10), L("CLO-AP", 2, "Red")],
    "spill granules are sold by the kg",
    ["weight", "variant"],
)

M(
    "northgate-leisure",
    "2027-01-20",
    E,
    "en",
    "ORDER",
    """
Subject: Soap

We need 4 foam soap refills urgently for the gym changing rooms please.

Rob
""",
    [L("SOAP-FOAM-6", None)],
    "4 cartridges of a case of 6 is not a whole number of selling units: quantities not stated",
    ["pack"],
)

# ------------------------------------------------------------------ The Copper Kettle (cafe, WhatsApp)
M(
    "copper-kettle",
    "2027-01-18",
    W,
    "en",
    "ORDER",
    "hiya! 1 washing up liquid 5L, 1 case sanitiser spray, 1 case blue roll and 2 boxes vinyl gloves medium please 😊",
    [L("WUL", 1, "5L"), L("SAN-TRIG-6", 1), L("CFR-2P-6", 1, "Blue"), L("GLV-VIN", 2, "Medium")],
    "",
    ["emoji", "variant"],
)

M(
    "copper-kettle",
    "2027-01-19",
    W,
    "en",
    "ORDER",
    "can we get 2 tubs of dishwasher tablets, a cling film and 1 case of descaler for the coffee machine, thanks Amy",
    [L("DWT-200", 2), L("CLF-450", 1), L("DSC-5L-2", 1)],
    "",
    ["non_order_request"],
)

M(
    "copper-kettle",
    "2027-01-20",
    W,
    "en",
    "QUESTION",
    "do you sell the little paper pots for sauces? or is it just cleaning stuff",
    tags=["not_in_catalog"],
)

M(
    "copper-kettle",
    "2027-01-21",
    W,
    "en",
    "ORDER",
    "could I get 6 bottles of the sanitiser spray please",
    [L("SAN-TRIG-6", 1)],
    "6 bottles = 1 case of 6 x 750ml",
    ["container", "non_order_request"],
)

M(
    "copper-kettle",
    "2027-01-22",
    W,
    "en",
    "ORDER",
    "usual for thursday thanks x",
    [],
    "reference to the usual",
    ["reference"],
    review=True,
    hist={"ref": "usual"},
)

M(
    "copper-kettle",
    "2027-01-24",
    W,
    "en",
    "ORDER",
    "pls can u add 1 pack sponge scourers + 1 box black sacks medium duty to thursdays order 🙏",
    [L("SCR-SPG", 1), L("RS-BLK-MD", 1)],
    "an addition to a placed order is ORDER",
    ["emoji"],
)

M(
    "copper-kettle",
    "2027-01-20",
    W,
    "en",
    "ORDER",
    "[voice note] hi its amy from copper kettle can I get too boxes of vinyl gloves medium for cases of blue roll and "
    "a washing up liquid the five litre one thanks",
    [L("GLV-VIN", 2, "Medium"), L("CFR-2P-6", 4, "Blue"), L("WUL", 1, "5L")],
    "voice-to-text: 'too' = two, 'for' = four",
    ["voice", "homophone", "spoken", "variant"],
)

M(
    "copper-kettle",
    "2027-01-19",
    W,
    "en",
    "QUESTION",
    "Can I pay by card over the phone for last week's invoice? Amy",
    tags=["non_order_request"],
)

# ------------------------------------------------------------------ Ashby College (e-mail)
M(
    "ashby-college",
    "2027-01-18",
    E,
    "en",
    "ORDER",
    """
Subject: PO AC-20931

Hello,

Please supply the following on PO AC-20931:

10 cases mini jumbo toilet rolls
8 cases green Z-fold hand towels
4 boxes heavy duty black refuse sacks
3 boxes swing bin liners
3 cases pink pearl hand soap

Delivery to Goods In, Block C.

Regards
Mark Oduya
Estates & Facilities, Ashby College
Station Road, Ashby
07700 900487
""",
    [L("TR-MJ-12", 10), L("HT-ZF-1P", 8, "Green"), L("RS-BLK-HD", 4), L("SBL-WH", 3), L("SOAP-PINK-2", 3)],
    "PO number and phone are not quantities",
    ["signature", "variant"],
)

M(
    "ashby-college",
    "2027-01-19",
    E,
    "en",
    "ORDER",
    """
Subject: PO AC-20940

Please supply 40 cases of floor maintainer polish.

Regards,
Mark
""",
    [L("FLR-MNT-2", 40)],
    "outlier: the college takes 1 case a week, no reason given",
    ["outlier"],
    hist={"outlier": True},
)

M(
    "ashby-college",
    "2027-01-20",
    E,
    "en",
    "ORDER",
    """
Subject: Mops and brooms

Also need 4 red kentucky mops and 4 blue, plus 2 yellow for the kitchens, 2 soft brooms and 2 dustpan and brush sets.

Mark
""",
    [
        L("MOP-KEN", 4, "Red"),
        L("MOP-KEN", 4, "Blue"),
        L("MOP-KEN", 2, "Yellow"),
        L("BRM-SOFT", 2),
        L("DPB-SET", 2),
    ],
    "'4 blue' and '2 yellow' follow 'kentucky mops'",
    ["variant"],
)

M(
    "ashby-college",
    "2027-01-22",
    E,
    "en",
    "COMPLAINT",
    """
Subject: Invoice INV-77305

Invoice INV-77305 charges us for 12 cases of mini jumbos but only 10 were delivered on 14 January. Please issue a credit note for the 2 cases.

Mark
""",
)

M(
    "ashby-college",
    "2027-01-23",
    E,
    "en",
    "ORDER",
    """
Subject: PO AC-20945

2 cases floor cleaner and 2 cases bleach please.

Mark
""",
    [A(2, ["FLR-NEU-2", "FLR-LEM-2"]), A(2, BLEACH3)],
    "ambiguous: floor cleaner (neutral or lemon gel) and bleach (thick 5L, thick 750ml, economy; all by the case); "
    "the college buys neutral floor cleaner and thick bleach 5L",
    ["family"],
    hist={"resolve": True},
)

M(
    "ashby-college",
    "2027-01-19",
    E,
    "en",
    "CHANGE",
    """
Subject: PO AC-20931 - amendment

Please change the green Z-fold on PO AC-20931 from 8 cases to 10.

Mark
""",
    tags=["variant"],
    change=[L("HT-ZF-1P", 10, "Green")],
)

M(
    "ashby-college",
    "2027-01-24",
    E,
    "en",
    "ORDER",
    """
Subject: Sports hall

I would like to order 6 boxes of clear sacks and 2 cases of green Z-fold for the sports hall, PO AC-20952.

Mark
""",
    [L("RS-CLR", 6), L("HT-ZF-1P", 2, "Green")],
    "",
    ["variant", "non_order_request"],
)

M(
    "ashby-college",
    "2027-01-21",
    E,
    "en",
    "OTHER",
    """
Subject: Direct debit

I'd like to cancel the direct debit on our account and pay by BACS from next month. Please send me whatever form you need.

Mark Oduya
""",
    notes="cancelling a direct debit is OTHER, not CANCEL",
    tags=["non_order_request"],
)

# ------------------------------------------------------------------ Elmwood Dental Practice (e-mail)
M(
    "elmwood-dental",
    "2027-01-18",
    E,
    "en",
    "ORDER",
    """
Subject: Elmwood Dental - order

Hi, please send 4 boxes of small blue nitrile, 4 boxes of medium, 6 hand gel pumps (500ml) and 2 cases of the surface wipes.

Thanks,
Fiona Reid
Practice Manager, Elmwood Dental Practice
7 Elmwood Road, York
07700 900488
""",
    [L("GLV-NB", 4, "Small"), L("GLV-NB", 4, "Medium"), L("HSG", 6, "500ml Pump"), L("WIPES-6", 2)],
    "hand gel pumps are sold each",
    ["signature", "variant"],
)

M(
    "elmwood-dental",
    "2027-01-19",
    E,
    "en",
    "ORDER",
    """
Subject: Add on

Could you add 3 tubs of the surface wipes please? Fiona
""",
    [L("WIPES-6", 3)],
    "'3 tubs' of a case-of-6 product: a small count is read as 3 cases (review would also be acceptable, a fraction "
    "never)",
    ["container", "non_order_request"],
)

M(
    "elmwood-dental",
    "2027-01-20",
    E,
    "en",
    "QUESTION",
    """
Subject: Glove data sheet

Do you have a data sheet confirming the blue nitrile gloves are latex free and EN 455 tested? Our infection control audit is on the 2nd.

Fiona
""",
)

M(
    "elmwood-dental",
    "2027-01-21",
    E,
    "en",
    "ORDER",
    """
Subject: order

1 box orange clinical waste bags, 2 cases virucidal trigger spray, 1 case antibacterial hand wash and 1 box sanitary bags. Thank you
""",
    [L("CWB-ORG", 1), L("VIR-TRIG-6", 2), L("SOAP-AB-2", 1), L("SNB-1000", 1)],
    "",
)

M(
    "elmwood-dental",
    "2027-01-22",
    E,
    "en",
    "CANCEL",
    """
Subject: Cancel duplicate order

Please cancel the order I placed this morning (SO-59013), I sent it twice by mistake. Keep the earlier one.

Fiona
""",
)

M(
    "elmwood-dental",
    "2027-01-23",
    E,
    "en",
    "ORDER",
    """
Subject: Top up

1 case C-fold towels and 2 x 5L hand gel refills please.

Fiona
""",
    [L("HT-CF-2P", 1), L("HSG", 2, "5L Refill")],
    "",
    ["variant"],
)

M(
    "elmwood-dental",
    "2027-01-24",
    E,
    "en",
    "ORDER",
    """
Subject: Gloves

2 boxes of XS blue nitrile please, our new nurse has tiny hands! And 2 more boxes of small.

Fiona
""",
    [L("GLV-NB", 2, None), L("GLV-NB", 2, "Small")],
    "ambiguous: size XS does not exist (variant not stated); never filled from history",
    ["variant"],
)

# ------------------------------------------------------------------ The Bluebell Inn (gastropub with rooms, WhatsApp)
M(
    "bluebell-inn",
    "2027-01-18",
    W,
    "en",
    "ORDER",
    "Tom @ Bluebell. Pls send: 1 glasswash detergent, 1 case dishwasher det 5L, 1 case dishwasher rinse aid 5L, "
    "2 cs toilet rolls, 1 box 2-in-1, 1 box shower gel. Ta",
    [L("GWD-5L-2", 1), L("DWD-5L-2", 1), L("RNS-5L-2", 1), L("TR-2P-36", 2), L("GA-2IN1", 1), L("GA-SHG", 1)],
    "",
)

M(
    "bluebell-inn",
    "2027-01-19",
    W,
    "en",
    "ORDER",
    "Tom: need 2 boxes of the black gloves L and a case of degreaser for tomorrow pls",
    [L("GLV-NK", 2, "Large"), L("DEG-5L-2", 1)],
    "'black gloves' are the black nitrile",
    ["variant"],
)

M(
    "bluebell-inn",
    "2027-01-20",
    W,
    "en",
    "ORDER",
    "Same as last week but double the toilet rolls, rooms are fully booked for the rugby",
    [],
    "reference to last week's order with a relative change; no lines without history",
    ["reference"],
    review=True,
    hist={"ref": "last", "double": ["TR-2P-36"]},
)

M(
    "bluebell-inn",
    "2027-01-21",
    W,
    "en",
    "QUESTION",
    "Do you do the mini toiletries in a refillable eco range? Guests keep asking about the plastic",
)

M(
    "bluebell-inn",
    "2027-01-22",
    W,
    "en",
    "COMPLAINT",
    "Box of 2-in-1 came with half the bottles leaking, lids weren't tight. Can you send a replacement box with "
    "tomorrow's drop",
)

M(
    "bluebell-inn",
    "2027-01-23",
    W,
    "en",
    "ORDER",
    "Tom: 1 case thick bleach 5L and 2 cs centrefeed blue please 👍",
    [L("BLT-5L-2", 1), L("CFR-2P-6", 2, "Blue")],
    "",
    ["emoji", "variant"],
)

M(
    "bluebell-inn",
    "2027-01-24",
    W,
    "en",
    "ORDER",
    "Tom: 4 boxes of guest soap and gloves large x2",
    [L("GA-SOAP", 4, None), A(2, GLOVES3, "Large")],
    "variant not stated: guest soap 15g or 20g; ambiguous: large gloves (blue nitrile, black nitrile or vinyl); the "
    "inn buys 15g soap and black nitrile",
    ["variant", "family"],
    hist={"resolve": True},
)

M(
    "bluebell-inn",
    "2027-01-19",
    W,
    "en",
    "ORDER",
    "Tom: 80 of the luxury 3 ply rolls for the rooms pls",
    [L("TR-3P-40", 2)],
    "80 rolls = 2 cases of 40",
    ["pack"],
)

# ------------------------------------------------------------------ Marquee & Co Events (WhatsApp; never repeats)
M(
    "marquee-events",
    "2027-01-18",
    W,
    "en",
    "ORDER",
    "Kev @ Marquee & Co. our usual event pack for Saturday please, 300 guest wedding at Hareswood Hall",
    [],
    "reference to 'the usual' from a customer with no usual basket: stays open even with history; '300 guest' is "
    "not a quantity",
    ["reference", "ambiguous_reference"],
    review=True,
    hist={"ref": "usual"},
)

M(
    "marquee-events",
    "2027-01-19",
    W,
    "en",
    "ORDER",
    "For the county show next weekend we need 20 boxes heavy duty black sacks, 10 boxes clear sacks, 6 cases blue roll "
    "and 4 cases of hand gel 500ml",
    [L("RS-BLK-HD", 20), L("RS-CLR", 10), L("CFR-2P-6", 6, "Blue"), L("HSG", None, "500ml Pump")],
    "hand gel pumps are sold each, not by the case: quantities not stated; the large quantities have a reason",
    ["variant", "pack"],
)

M(
    "marquee-events",
    "2027-01-20",
    W,
    "en",
    "ORDER",
    "same as last week's order again pls, another wedding same size",
    [],
    "reference to the last order",
    ["reference"],
    review=True,
    hist={"ref": "last"},
)

M(
    "marquee-events",
    "2027-01-21",
    W,
    "en",
    "QUESTION",
    "Can I get a price for 50 boxes of black sacks and 30 cases of blue roll? It's for a festival contract, not "
    "ordering yet",
    notes="a quote request is QUESTION",
    tags=["non_order_request"],
)

M(
    "marquee-events",
    "2027-01-22",
    W,
    "en",
    "ORDER",
    "If you can get it to the showground at Bramham by 7am Saturday, send 10 boxes of clear sacks and 4 boxes of "
    "wheelie bin liners",
    [L("RS-CLR", 10), L("WBL-240", 4)],
    "conditional order: a human must confirm the delivery time",
    ["conditional"],
    review=True,
)

M(
    "marquee-events",
    "2027-01-23",
    W,
    "en",
    "ORDER",
    "Kev: 4 wet floor signs, 6 cases blue roll and 10 boxes heavy duty sacks for the beer festival Fri",
    [L("WFS", 4), L("CFR-2P-6", 6, "Blue"), L("RS-BLK-HD", 10)],
    "'heavy duty sacks' are the black heavy duty (the only heavy duty sack)",
    ["variant"],
)

M(
    "marquee-events",
    "2027-01-24",
    W,
    "en",
    "ORDER",
    "Kev: need 3 or 4 boxes of clear sacks for Sunday's fun run, whatever you've got",
    [L("RS-CLR", None)],
    "a range: quantities not stated",
    ["range"],
)

# ------------------------------------------------------------------ Saltmarsh Holiday Park (e-mail; never repeats)
M(
    "saltmarsh-park",
    "2027-01-18",
    E,
    "en",
    "ORDER",
    """
Subject: Changeover order

Hi, for Saturday's changeovers (42 caravans): 6 cases toilet rolls, 4 boxes white pedal bin liners, 3 cases washroom cleaner triggers, 2 cases multi-surface triggers and 1 case glass cleaner triggers.

Dawn Hughes
Housekeeping, Saltmarsh Holiday Park
""",
    [L("TR-2P-36", 6), L("PBL-1000", 4, "White"), L("WRC-TRIG-6", 3), L("MSC-TRIG-6", 2), L("GLS-TRIG-6", 1)],
    "'42 caravans' is not a quantity",
    ["signature", "variant"],
)

M(
    "saltmarsh-park",
    "2027-01-19",
    E,
    "en",
    "ORDER",
    """
Subject: Order

the usual for Saturday please
Dawn
""",
    [],
    "reference to 'the usual' from a customer with no usual basket: stays open",
    ["reference", "ambiguous_reference"],
    review=True,
    hist={"ref": "usual"},
)

M(
    "saltmarsh-park",
    "2027-01-20",
    E,
    "en",
    "OTHER",
    """
Subject: Delivery point

From next week please deliver to the new maintenance shed by the north gate rather than reception. Gate code is 2580.

Dawn
""",
)

M(
    "saltmarsh-park",
    "2027-01-21",
    E,
    "en",
    "ORDER",
    """
Subject: Lodges

2 tubs of dishwasher tablets and 1 case of oven cleaner please. Also do you have magic sponges (the white eraser ones)? 2 packs if so.

Dawn
""",
    [L("DWT-200", 2), A(1, ["OVN-5L-2", "OVN-GEL-6"]), X(2)],
    "ambiguous: oven cleaner (2 x 5L oven & grill or 6 x 1L gel, both by the case); magic sponges are not in "
    "catalog",
    ["family", "not_in_catalog", "side_question"],
    hist={"resolve": True},
)

M(
    "saltmarsh-park",
    "2027-01-22",
    E,
    "en",
    "ORDER",
    """
Subject: Lodges top up

2 boxes of shower caps, 3 boxes of the 15g soaps and 1 case of carpet shampoo for the lodges please.

Dawn
""",
    [L("GA-SCAP", 2), L("GA-SOAP", 3, "15g (box of 500)"), L("CRP-2", 1)],
    "",
    ["variant"],
)

M(
    "saltmarsh-park",
    "2027-01-20",
    E,
    "en",
    "QUESTION",
    """
Subject: Rock salt

Do you sell rock salt for the paths? We've had ice all week. What would 10 bags cost?

Dawn
""",
    notes="rock salt is not stocked (dishwasher salt is)",
    tags=["not_in_catalog"],
)

M(
    "saltmarsh-park",
    "2027-01-24",
    E,
    "en",
    "COMPLAINT",
    """
Subject: Missing pedal bin liners

The 4 boxes of pedal bin liners weren't on yesterday's delivery, although they're on the delivery note. Can you send them out?

Dawn
""",
)

# ------------------------------------------------------------------ Spice Route (Indian restaurant, WhatsApp)
M(
    "spice-route",
    "2027-01-18",
    W,
    "en",
    "ORDER",
    "Raj Spice Route: 1 x 20L dishwasher, 1 x 20L rinse, 2 cs degreaser, 1 cs oven & grill cleaner, 2 cs blue roll, "
    "1 bag salt",
    [
        L("DWD-20L", 1),
        L("RNS-20L", 1),
        L("DEG-5L-2", 2),
        L("OVN-5L-2", 1),
        L("CFR-2P-6", 2, "Blue"),
        L("SALT-25", 1),
    ],
    "'1 bag salt' is the 25kg dishwasher salt sack (the only salt)",
    ["variant"],
)

M(
    "spice-route",
    "2027-01-19",
    W,
    "en",
    "ORDER",
    "need 300 blue gloves large",
    [L("GLV-NB", 3, "Large")],
    "300 gloves = 3 boxes of 100 of the blue nitrile (rubber gloves are sold in packs of pairs and have no large)",
    ["pack", "variant"],
)

M(
    "spice-route",
    "2027-01-20",
    W,
    "en",
    "COMPLAINT",
    "Raj here. The degreaser last week smells different and isn't shifting the tandoor grease at all. Was it the "
    "same product? Not impressed",
)

M(
    "spice-route",
    "2027-01-21",
    W,
    "en",
    "ORDER",
    "scourers x3 and 2 washing up",
    [A(3, SCOUR), L("WUL", 2, None)],
    "ambiguous: scourers (green, sponge or stainless); variant not stated: washing up 5L or 20L; the restaurant buys "
    "stainless scourers and the 20L",
    ["family", "variant"],
    hist={"resolve": True},
)

M(
    "spice-route",
    "2027-01-22",
    W,
    "en",
    "QUESTION",
    "How much is the 20L washing up? Is it cheaper than buying 4 x 5L?",
)

M(
    "spice-route",
    "2027-01-23",
    W,
    "en",
    "ORDER",
    "Raj: 3 bags dishwasher salt, 2 cases lemon floor gel and 5kg coloured rags for tmrw thanks",
    [L("SALT-25", 3), L("FLR-LEM-2", 2), L("RAG-COL", 5)],
    "rags are sold by the kg",
    ["weight"],
)

M(
    "spice-route",
    "2027-01-24",
    W,
    "en",
    "CHANGE",
    "Raj: take the salt off tomorrow's order pls, still got 2 bags",
    notes="removes a line from the placed order (quantity 0)",
    change=[L("SALT-25", 0)],
)

M(
    "spice-route",
    "2027-01-20",
    W,
    "en",
    "OTHER",
    "Could you collect the empty 20L drums next time the van comes? We've got about 8 stacked up",
    notes="empties collection",
    tags=["non_order_request"],
)

# ------------------------------------------------------------------ Kensington Grange Hotel (head housekeeper, Spanish)
M(
    "kensington-grange",
    "2027-01-18",
    W,
    "es",
    "ORDER",
    """
Hola, buenos días. Para el miércoles por favor:
- 6 cajas de papel higiénico de lujo 3 capas
- 3 cajas de pañuelos faciales de 24
- 2 cajas de champú
- 2 cajas de gel de ducha
- 3 cajas de jabones de 20g
Gracias, Lucía (Kensington Grange)
""",
    [L("TR-3P-40", 6), L("FAC-24", 3), L("GA-SHA", 2), L("GA-SHG", 2), L("GA-SOAP", 3, "20g (box of 300)")],
    "'cajas' are the selling units (cases/boxes); '3 capas' and '20g' are in the names",
    ["variant", "number_in_name"],
)

M(
    "kensington-grange",
    "2027-01-19",
    W,
    "es",
    "ORDER",
    "Lo mismo que la semana pasada pero sin el abrillantador de muebles y con 4 cajas de limpiador multiusos en vez de 3",
    [A(4, ["MSC-TRIG-6", "MSC-5L-2", "MSC-CONC-6"])],
    "reference to last week's order: removes the furniture polish; new quantity for the multi-surface cleaner "
    "(ambiguous: trigger, 5L or concentrate; the hotel buys the trigger)",
    ["reference", "family"],
    review=True,
    hist={"ref": "last", "set": [0], "remove": [("POL-FUR-12", None)]},
)

M(
    "kensington-grange",
    "2027-01-20",
    W,
    "es",
    "QUESTION",
    "Quisiera saber si tenéis kits de costura para las habitaciones. Los huéspedes los piden a menudo.",
    notes="sewing kits are not stocked",
    tags=["not_in_catalog", "non_order_request"],
)

M(
    "kensington-grange",
    "2027-01-21",
    W,
    "es",
    "ORDER",
    "Necesito 2 paquetes de bayetas de microfibra azules y 2 rojas, y 1 caja de bolsas blancas de 1000 para las "
    "papeleras",
    [L("CLO-MF", 2, "Blue"), L("CLO-MF", 2, "Red"), A(1, ["SBL-WH", "PBL-1000"], "White")],
    "ambiguous: white bin liners in boxes of 1000 (swing bin or pedal bin); the hotel buys swing bin liners",
    ["variant", "family"],
    hist={"resolve": True},
)

M(
    "kensington-grange",
    "2027-01-22",
    W,
    "es",
    "COMPLAINT",
    "Buenas, en el pedido de ayer faltaban 2 cajas de papel higiénico. El albarán dice 6 pero llegaron 4. ¿Podéis "
    "mandarlas mañana?",
)

M(
    "kensington-grange",
    "2027-01-22",
    W,
    "en",
    "ORDER",
    "Hi, please add 1 box dental kits, 1 box vanity kits and 1 box of slippers to Wednesday. Thank you, Lucía",
    [L("GA-DENT", 1), L("GA-VAN", 1), L("GA-SLIP", 1)],
    "",
)

M(
    "kensington-grange",
    "2027-01-23",
    W,
    "es",
    "ORDER",
    "Lucía: para mañana 2 cajas de limpiacristales en spray y 1 caja de gorros de ducha, gracias",
    [L("GLS-TRIG-6", 2), L("GA-SCAP", 1)],
    "'limpiacristales en spray' is the glass trigger",
)

M(
    "kensington-grange",
    "2027-01-24",
    W,
    "es",
    "ORDER",
    "Lucía: 2 cajas de acondicionador de 30ml y 1 caja de loción corporal, por favor",
    [X(2), L("GA-LOT", 1)],
    "guest conditioner on its own is not in catalog (only the 2-in-1 and fabric conditioner are; no substitute)",
    ["not_in_catalog"],
)

# ------------------------------------------------------------------ Casa Pepe (tapas restaurant, Spanish)
M(
    "casa-pepe",
    "2027-01-18",
    W,
    "es",
    "ORDER",
    "Buenas! Para el jueves: 2 cajas de detergente para el lavavajillas de 5L, 1 caja de abrillantador del "
    "lavavajillas, 1 de desengrasante y 2 de papel azul. Gracias, Javi",
    [L("DWD-5L-2", 2), L("RNS-5L-2", 1), L("DEG-5L-2", 1), L("CFR-2P-6", 2, "Blue")],
    "'abrillantador del lavavajillas' by the case is the dishwasher rinse aid 2 x 5L (the 20L is sold each); "
    "'papel azul' is the blue centrefeed",
    ["variant"],
)

M(
    "casa-pepe",
    "2027-01-19",
    W,
    "es",
    "ORDER",
    "Javi: guantes negros talla M dos cajas y talla L una caja, y 4 garrafas de lejía de 5 litros",
    [L("GLV-NK", 2, "Medium"), L("GLV-NK", 1, "Large"), A(2, BLEACH5L)],
    "4 garrafas of 5L = 2 cases of 2 x 5L; ambiguous: thick or economy bleach, the restaurant buys economy",
    ["container", "family", "variant", "spoken"],
    hist={"resolve": True},
)

M(
    "casa-pepe",
    "2027-01-20",
    W,
    "es",
    "QUESTION",
    "¿Hacéis entregas antes de las 10? Abrimos a las 12 y por la mañana no hay nadie hasta las 9:30",
)

M(
    "casa-pepe",
    "2027-01-21",
    W,
    "es",
    "CHANGE",
    "Oye, el pedido del jueves: en vez de 2 cajas de detergente del lavavajillas poned 3, por favor",
    notes="new quantity on the placed order",
    change=[L("DWD-5L-2", 3)],
)

M(
    "casa-pepe",
    "2027-01-22",
    W,
    "es",
    "ORDER",
    "Javi: 1 caja de desinfectante alimentario de 5L, 3 paquetes de estropajos verdes y 2 paquetes de guantes de "
    "goma amarillos",
    [L("SAN-5L-2", 1), L("SCR-GRN", 3), L("GLV-RUB", 2, "Yellow")],
    "",
    ["variant"],
)

M(
    "casa-pepe",
    "2027-01-23",
    W,
    "es",
    "COMPLAINT",
    "Los guantes negros de la última caja se rompen al ponerlos. ¿Son de otra marca? Así no podemos trabajar",
)

# ------------------------------------------------------------------ PolClean (contract cleaner, Polish)
M(
    "polclean",
    "2027-01-18",
    W,
    "pl",
    "ORDER",
    """
Dzień dobry, zamówienie na środę:
2 kartony płynu uniwersalnego 5L
2 kartony płynu do łazienek 5L
8 kartonów papieru toaletowego
6 kartonów ręczników Z-fold białych
3 pudełka worków na kosze 13x23x30 (białe, po 1000)
Pozdrawiam, Tomasz Nowak, PolClean
""",
    [L("MSC-5L-2", 2), L("WRC-5L-2", 2), L("TR-2P-36", 8), L("HT-ZF-1P", 6, "White"), L("SBL-WH", 3)],
    "'papier toaletowy' is the standard roll; '13x23x30' and '1000' are in the swing bin liner name",
    ["variant", "number_in_name"],
)

M(
    "polclean",
    "2027-01-19",
    W,
    "pl",
    "ORDER",
    "Tomek: potrzebuję 4 mopy niebieskie i 2 czerwone, te na gwint (socket)",
    [L("MOP-SKT", 4, "Blue"), L("MOP-SKT", 2, "Red")],
    "'na gwint' is the socket mop",
    ["variant"],
)

M(
    "polclean",
    "2027-01-20",
    W,
    "pl",
    "ORDER",
    "To samo co zawsze, plus 2 pudełka rękawic nitrylowych L",
    [A(2, NITRILE, "Large")],
    "reference to the usual plus an addition (ambiguous: blue or black nitrile; the company buys blue)",
    ["reference", "family"],
    review=True,
    hist={"ref": "usual", "add": [0]},
)

M(
    "polclean",
    "2027-01-21",
    W,
    "pl",
    "COMPLAINT",
    "Dostaliśmy 4 kartony ręczników zielonych zamiast białych. Proszę o wymianę przy następnej dostawie.",
)

M(
    "polclean",
    "2027-01-22",
    W,
    "pl",
    "QUESTION",
    "Chciałbym zapytać, czy macie worki 120L na kosze na kółkach? Ile kosztuje karton?",
    notes="120L wheelie liners are not stocked (240L are)",
    tags=["not_in_catalog", "non_order_request"],
)

M(
    "polclean",
    "2027-01-23",
    W,
    "pl",
    "ORDER",
    "Proszę też 10 kg czyściwa białego i 2 paczki worków do odkurzacza Henry",
    [L("RAG-WH", 10), X(2)],
    "rags are sold by the kg; vacuum bags are not in catalog",
    ["weight", "not_in_catalog"],
)

M(
    "polclean",
    "2027-01-24",
    W,
    "pl",
    "ORDER",
    "Tomasz: 3 kartony płynu do szyb 5L, 2 kartony płynu do podłóg neutralnego i 1 karton stripera do podłóg",
    [L("GLS-5L-2", 3), L("FLR-NEU-2", 2), L("FLR-STR-2", 1)],
    "",
)

M(
    "polclean",
    "2027-01-20",
    W,
    "pl",
    "ORDER",
    "Tomek: 6 wkładów mydła w piance do dozowników",
    [L("SOAP-FOAM-6", 1)],
    "6 cartridges = 1 case of 6 x 1L",
    ["pack"],
)

M(
    "polclean",
    "2027-01-21",
    W,
    "pl",
    "ORDER",
    "Tomasz: 5 paczek ścierek z mikrofibry niebieskich i 5 czerwonych",
    [L("CLO-MF", 5, "Blue"), L("CLO-MF", 5, "Red")],
    "",
    ["variant"],
)

# ------------------------------------------------------------------ Willow Court Care Home (housekeeper, Polish)
M(
    "willow-court",
    "2027-01-18",
    E,
    "pl",
    "ORDER",
    """
Temat: Zamówienie Willow Court

Dzień dobry,
proszę o dostawę w czwartek:
- rękawiczki winylowe M – 8 pudełek
- rękawiczki winylowe L – 4 pudełka
- fartuchy jednorazowe białe – 6 pudełek
- czerwone worki rozpuszczalne – 1 pudełko

Z poważaniem,
Agnieszka Wójcik
Kierownik ds. sprzątania, Willow Court Care Home
07700 900489
""",
    [L("GLV-VIN", 8, "Medium"), L("GLV-VIN", 4, "Large"), L("APR-WH-100", 6), L("RLB-200", 1)],
    "the phone is not a quantity",
    ["signature", "variant"],
)

M(
    "willow-court",
    "2027-01-19",
    E,
    "pl",
    "ORDER",
    """
Temat: Dodatkowo

Proszę jeszcze 72 rolki papieru toaletowego i 200 fartuchów.

Agnieszka
""",
    [L("TR-2P-36", 2), L("APR-WH-100", 2)],
    "72 rolls = 2 cases of 36; 200 aprons = 2 boxes of 100",
    ["pack"],
)

M(
    "willow-court",
    "2027-01-20",
    E,
    "pl",
    "ORDER",
    """
Temat: Ścierki

Potrzebujemy ścierek: 2 opakowania czerwonych, 2 niebieskich, 1 zielonych i 1 żółtych.

A. Wójcik
""",
    [A(2, CLOTHS, "Red"), A(2, CLOTHS, "Blue"), A(1, CLOTHS, "Green"), A(1, CLOTHS, "Yellow")],
    "ambiguous: 'ścierki' (cloths) is microfibre or all-purpose; the home buys all-purpose; the colours are named",
    ["family", "variant"],
    hist={"resolve": True},
)

M(
    "willow-court",
    "2027-01-21",
    E,
    "pl",
    "QUESTION",
    """
Temat: Karta charakterystyki

Czy mają Państwo kartę charakterystyki tabletek chlorowych po angielsku lub po polsku? Potrzebujemy jej na kontrolę CQC.

Agnieszka
""",
)

M(
    "willow-court",
    "2027-01-22",
    E,
    "pl",
    "OTHER",
    """
Temat: Zmiana osoby kontaktowej

Od przyszłego tygodnia zamówienia będzie składać moja zastępczyni, Marta Zielińska, tel. 07700 900490.

Agnieszka Wójcik
""",
)

M(
    "willow-court",
    "2027-01-23",
    E,
    "pl",
    "ORDER",
    """
Temat: Pralnia

Proszę dodać 2 kartony płynu do prania bez enzymów i 1 karton płynu do płukania tkanin.

Agnieszka
""",
    [L("LLQ-NB-2", 2), L("FAB-2", 1)],
    "'płyn do prania bez enzymów' is the non-bio liquid",
)

M(
    "willow-court",
    "2027-01-24",
    E,
    "pl",
    "COMPLAINT",
    """
Temat: Faktura INV-77342

Na fakturze INV-77342 policzyli Państwo 8 pudełek rękawiczek winylowych M, a przyszło tylko 6. Proszę o korektę.

Agnieszka
""",
)

# ------------------------------------------------------------------ Atlântico Cleaning (contract cleaner, Portuguese)
M(
    "atlantico-cleaning",
    "2027-01-18",
    W,
    "pt",
    "ORDER",
    """
Bom dia! Encomenda para quinta:
4 caixas de spray multiusos
4 caixas de spray para casas de banho
2 caixas de limpa-vidros em spray
4 caixas de rolos mini jumbo
Obrigado, Rui
""",
    [L("MSC-TRIG-6", 4), L("WRC-TRIG-6", 4), L("GLS-TRIG-6", 2), L("TR-MJ-12", 4)],
    "",
)

M(
    "atlantico-cleaning",
    "2027-01-19",
    W,
    "pt",
    "ORDER",
    "Rui: 2 mopas kentucky azuis e 2 vermelhas, e 3 pacotes de panos de microfibra amarelos",
    [L("MOP-KEN", 2, "Blue"), L("MOP-KEN", 2, "Red"), L("CLO-MF", 3, "Yellow")],
    "",
    ["variant"],
)

M(
    "atlantico-cleaning",
    "2027-01-20",
    W,
    "pt",
    "ORDER",
    "O mesmo da semana passada mas sem os discos da máquina e mais 2 caixas de sacos pretos",
    [A(2, BAGS)],
    "reference to last week's order: removes the floor pads, adds black sacks (ambiguous: medium or heavy duty; "
    "the company buys heavy duty)",
    ["reference", "family"],
    review=True,
    hist={"ref": "last", "add": [0], "remove": [("PAD-17", None)]},
)

M(
    "atlantico-cleaning",
    "2027-01-21",
    W,
    "pt",
    "QUESTION",
    "Gostaria de saber se têm luvas de nitrilo pretas tamanho XL. Um dos rapazes tem mãos grandes 😅",
    tags=["non_order_request", "emoji"],
)

M(
    "atlantico-cleaning",
    "2027-01-22",
    W,
    "pt",
    "COMPLAINT",
    "Os panos de microfibra que vieram ontem são de outra qualidade, desfazem-se na primeira lavagem. 3 pacotes. "
    "Queremos devolver.",
)

M(
    "atlantico-cleaning",
    "2027-01-23",
    W,
    "pt",
    "ORDER",
    "Rui: 2 caixas de sacos pretos reforçados e 1 caixa de discos vermelhos de 17",
    [L("RS-BLK-HD", 2), L("PAD-17", 1, "Red")],
    "'reforçados' is heavy duty; '17' is the pad size in the name",
    ["variant", "number_in_name"],
)

M(
    "atlantico-cleaning",
    "2027-01-24",
    W,
    "pt",
    "CANCEL",
    "Rui: cancela a encomenda de quinta por favor, o cliente do escritório cancelou o contrato",
)

# ------------------------------------------------------------------ Café Lisboa (cafe, Portuguese, SMS)
M(
    "cafe-lisboa",
    "2027-01-18",
    S,
    "pt",
    "ORDER",
    "Olá, é a Ana do Café Lisboa. 1 detergente da loiça 5L, 1 caixa de papel azul e 1 caixa de luvas de vinil L. "
    "Obrigada",
    [L("WUL", 1, "5L"), L("CFR-2P-6", 1, "Blue"), L("GLV-VIN", 1, "Large")],
    "'detergente da loiça' is washing up liquid",
    ["variant"],
)

M(
    "cafe-lisboa",
    "2027-01-19",
    S,
    "pt",
    "ORDER",
    "Ana: preciso de 2 caixas de spray desinfetante e 1 de lixívia",
    [A(2, ["SAN-TRIG-6", "VIR-TRIG-6"]), A(1, BLEACH3)],
    "ambiguous: disinfectant spray (food-safe sanitiser or virucidal trigger) and bleach (three by the case); the "
    "cafe buys the sanitiser trigger and thick bleach 5L",
    ["family"],
    hist={"resolve": True},
)

M(
    "cafe-lisboa",
    "2027-01-21",
    S,
    "pt",
    "CANCEL",
    "Cancela a encomenda de amanhã por favor, estamos fechados por doença. Ana",
)

M(
    "cafe-lisboa",
    "2027-01-22",
    S,
    "pt",
    "ORDER",
    "O habitual para sexta, obrigada",
    [],
    "reference to the usual",
    ["reference"],
    review=True,
    hist={"ref": "usual"},
)

M(
    "cafe-lisboa",
    "2027-01-23",
    S,
    "pt",
    "ORDER",
    "Ana: 2 pacotes de esfregões verdes e 1 rolo de película aderente, obg",
    [L("SCR-GRN", 2), L("CLF-450", 1)],
    "'película aderente' is cling film",
)

# ------------------------------------------------------------------ Backhaus Weber (bakery cafe, German)
M(
    "backhaus-weber",
    "2027-01-18",
    E,
    "de",
    "ORDER",
    """
Betreff: Bestellung Backhaus Weber

Guten Tag,

bitte liefern Sie am Donnerstag:
1 Karton Lebensmittel-Desinfektion 2 x 5L
2 x Spülmittel 5L
2 Kartons weiße Zentralrollen
2 Boxen Nitrilhandschuhe blau, Größe M

Mit freundlichen Grüßen
Katrin Weber
Backhaus Weber, 21 Chapel Market, London N1
Tel. 020 7946 0472
""",
    [L("SAN-5L-2", 1), L("WUL", 2, "5L"), L("CFR-2P-6", 2, "White"), L("GLV-NB", 2, "Medium")],
    "'2 x 5L' is the pack in the name; 'Spülmittel' is washing up liquid, sold each",
    ["signature", "variant"],
)

M(
    "backhaus-weber",
    "2027-01-19",
    E,
    "de",
    "ORDER",
    """
Betreff: Nachbestellung

Bitte noch 1 Karton Klarspüler und 1 Karton Bodenreiniger mitschicken. Danke, K. Weber
""",
    [A(1, ["RNS-5L-2", "GWR-5L-2"]), A(1, ["FLR-NEU-2", "FLR-LEM-2"])],
    "ambiguous: rinse aid by the case (dishwasher or glasswash; the 20L is sold each) and floor cleaner (neutral or "
    "lemon gel); the bakery buys the dishwasher rinse aid and neutral floor cleaner",
    ["family"],
    hist={"resolve": True},
)

M(
    "backhaus-weber",
    "2027-01-20",
    E,
    "de",
    "QUESTION",
    """
Betreff: Spülmaschinentabs

Ich möchte gern wissen, ob Sie auch phosphatfreie Spülmaschinentabs haben. Gibt es ab 10 Dosen einen Mengenrabatt?

K. Weber
""",
    tags=["non_order_request"],
)

M(
    "backhaus-weber",
    "2027-01-21",
    E,
    "de",
    "CHANGE",
    """
Betreff: Liefertermin

Können Sie unsere Lieferung von Donnerstag auf Freitag verschieben? Am Donnerstag machen wir Inventur.

Danke, Katrin Weber
""",
    notes="a moved delivery day is CHANGE with no change_lines",
    change=[],
)

M(
    "backhaus-weber",
    "2027-01-22",
    E,
    "de",
    "ORDER",
    """
Betreff: Folie

Bitte 1 Rolle Frischhaltefolie, 1 Rolle Alufolie und 2 Packungen Schwammschrubber.

K. Weber
""",
    [L("CLF-450", 1), L("FOIL-450", 1), L("SCR-SPG", 2)],
    "",
)

M(
    "backhaus-weber",
    "2027-01-24",
    E,
    "de",
    "ORDER",
    """
Betreff: Bestellung KW 4

Wie immer für Donnerstag, aber diesmal 3 Kartons weiße Zentralrollen statt 2.

Gruß, K. Weber
""",
    [L("CFR-2P-6", 3, "White")],
    "reference to the usual with a new quantity; 'KW 4' is not a quantity",
    ["reference", "variant"],
    review=True,
    hist={"ref": "usual", "set": [0]},
)

# ------------------------------------------------------------------ Hollow Tree Hostel (first-time customer)
M(
    "hollow-tree-hostel",
    "2027-01-18",
    W,
    "en",
    "ORDER",
    "Hi, we're Hollow Tree Hostel, opening in Keswick on 1 Feb. First order please, we'll pay on delivery: 6 cases "
    "toilet rolls, 4 cases green z-fold towels, 2 white hand towel dispensers, 2 white mini jumbo dispensers, 4 cases "
    "mini jumbo rolls, 2 boxes heavy duty black sacks",
    [
        L("TR-2P-36", 6),
        L("HT-ZF-1P", 4, "Green"),
        L("DSP-HT", 2, "White"),
        L("DSP-MJ", 2, "White"),
        L("TR-MJ-12", 4),
        L("RS-BLK-HD", 2),
    ],
    "first order paid on delivery ships as written",
    ["new_customer", "variant"],
)

M(
    "hollow-tree-hostel",
    "2027-01-22",
    W,
    "en",
    "ORDER",
    "can we get exactly the same as our first order again for next week please",
    [],
    "a first-time customer's reference: messages are not history, so it stays open",
    ["reference", "new_customer", "ambiguous_reference"],
    review=True,
)

M(
    "hollow-tree-hostel",
    "2027-01-19",
    W,
    "en",
    "QUESTION",
    "Hi, could we set up a 30 day account? What do you need from us? Sam",
    tags=["new_customer", "non_order_request"],
)

M(
    "hollow-tree-hostel",
    "2027-01-20",
    W,
    "en",
    "ORDER",
    "also 2 mop buckets with wringers, 2 mop handles, 4 socket mop heads and 6 toilet brushes please, cash on "
    "delivery again",
    [L("BKT-20", 2), L("MOP-HDL", 2), L("MOP-SKT", 4, None), L("TBR-SET", 6)],
    "variant not stated: socket mop colour; no history to fill it",
    ["variant", "new_customer"],
)

M(
    "hollow-tree-hostel",
    "2027-01-21",
    W,
    "en",
    "ORDER",
    "Sam @ Hollow Tree - 2 cases pink hand soap, 4 boxes swing bin liners and a centrefeed dispenser for the kitchen "
    "pls, pay on delivery",
    [L("SOAP-PINK-2", 2), L("SBL-WH", 4), L("DSP-CF", 1)],
    "paid on delivery: ships as written",
    ["new_customer"],
)

# ------------------------------------------------------------------ Cleanwave Contract Services (first-time customer)
M(
    "cleanwave",
    "2027-01-18",
    E,
    "en",
    "ORDER",
    """
Subject: First order - Cleanwave Contract Services

Hello,

We've just sent in our account application. Please put this first order on a 30-day account:

4 cases multi-surface triggers
4 cases washroom triggers
2 boxes blue nitrile large
10 packs blue microfibre cloths

Paula Grant
Director, Cleanwave Contract Services
07700 900491
""",
    [L("MSC-TRIG-6", 4), L("WRC-TRIG-6", 4), L("GLV-NB", 2, "Large"), L("CLO-MF", 10, "Blue")],
    "a first order on a 30-day account before the account exists: review",
    ["credit", "new_customer", "signature", "variant"],
    review=True,
)

M(
    "cleanwave",
    "2027-01-19",
    E,
    "en",
    "QUESTION",
    """
Subject: Price list

Could you send your full price list as a PDF, and do you offer free delivery over a certain order value?

Thanks, Paula
""",
    tags=["new_customer", "non_order_request"],
)

M(
    "cleanwave",
    "2027-01-20",
    E,
    "en",
    "ORDER",
    """
Subject: RE: First order - Cleanwave Contract Services

Please also add 2 cases of the 3-ply luxury loo rolls and 1 case of glass cleaner, the 5 litre ones.

Paula
""",
    [L("TR-3P-40", 2), L("GLS-5L-2", 1)],
    "an addition to the first order on credit (account pending): review",
    ["credit", "new_customer"],
    review=True,
)

# ------------------------------------------------------------------ more SMS traffic
M(
    "fox-anchor",
    "2027-01-20",
    S,
    "en",
    "ORDER",
    "Janet: can u put 2 toilet brushes and 1 case of pink hand soap on thurs. ta",
    [L("TBR-SET", 2), L("SOAP-PINK-2", 1)],
    "",
    ["non_order_request"],
)

M(
    "fox-anchor",
    "2027-01-22",
    S,
    "en",
    "OTHER",
    "Payment sent today for INV-77290, thanks. Janet",
    notes="a payment notice; the invoice number is not a quantity",
)

M(
    "larkspur",
    "2027-01-20",
    S,
    "en",
    "ORDER",
    "Helen: 1 box shower caps and 1 box dental kits please, a family of 6 arriving Friday x",
    [L("GA-SCAP", 1), L("GA-DENT", 1)],
    "'family of 6' is not a quantity",
)

M(
    "cafe-lisboa",
    "2027-01-20",
    S,
    "pt",
    "ORDER",
    "Ana: 1 caixa de sacos pretos medium duty e 2 potes de pastilhas da máquina da loiça",
    [L("RS-BLK-MD", 1), L("DWT-200", 2)],
    "'pastilhas da máquina da loiça' are the dishwasher tablets (tubs)",
)

M(
    "red-kite",
    "2027-01-19",
    S,
    "en",
    "ORDER",
    "Dean Red Kite - 2 cs toilet rolls & 1 box heavy duty sacks pls for fri",
    [L("TR-2P-36", 2), L("RS-BLK-HD", 1)],
    "",
)

M(
    "st-aidans",
    "2027-01-21",
    S,
    "en",
    "ORDER",
    "Hi its Steve the caretaker at St Aidans, Gary asked me to order 1 case neutral floor cleaner and 2 yellow socket "
    "mops. Thanks",
    [L("FLR-NEU-2", 1), L("MOP-SKT", 2, "Yellow")],
    "",
    ["variant"],
)

M(
    "spice-route",
    "2027-01-22",
    S,
    "en",
    "ORDER",
    "Spice Route: 2 boxes blue nitrile XL and 1 case oven gel pls. Imran",
    [L("GLV-NB", 2, "X-Large"), L("OVN-GEL-6", 1)],
    "'oven gel' is the oven cleaner gel",
    ["variant"],
)

# ------------------------------------------------------------------ more spoken lists and unstocked look-alikes
M(
    "bluebell-inn",
    "2027-01-21",
    W,
    "en",
    "ORDER",
    "[voice note] tom at the bluebell can we have two cases of toilet rolls a box of shower caps three boxes of guest "
    "soap the fifteen gram ones and a case of glass cleaner spray cheers",
    [L("TR-2P-36", 2), L("GA-SCAP", 1), L("GA-SOAP", 3, "15g (box of 500)"), L("GLS-TRIG-6", 1)],
    "spoken list; 'the fifteen gram ones' picks the 15g soap",
    ["spoken", "voice", "variant"],
)

M(
    "marquee-events",
    "2027-01-20",
    W,
    "en",
    "ORDER",
    "kev here need a case of blue roll two boxes of clear sacks and 2 packs of cable ties for the bin frames",
    [L("CFR-2P-6", 1, "Blue"), L("RS-CLR", 2), X(2)],
    "spoken list; cable ties are not in catalog",
    ["spoken", "variant"],
)

M(
    "ashby-college",
    "2027-01-20",
    E,
    "en",
    "ORDER",
    """
Subject: PO AC-20958 - library

Please supply on PO AC-20958: 4 boxes swing bin liners, 2 x 12 toilet cleaner gel and 2 boxes of the black swing bin liners for the library.

Mark
""",
    [L("SBL-WH", 4), L("TLC-GEL-12", 2), X(2)],
    "'2 x 12 toilet cleaner' is 2 cases of 12; black swing bin liners are not in catalog (swing bin liners come only "
    "in white; the black pedal bin liner is another product, no substitute)",
    ["pack", "variant"],
)

M(
    "polclean",
    "2027-01-22",
    W,
    "pl",
    "ORDER",
    "Tomek: dwa kartony płynu do podłóg neutralnego trzy mopy niebieskie na gwint i jeden karton papieru toaletowego",
    [L("FLR-NEU-2", 2), L("MOP-SKT", 3, "Blue"), L("TR-2P-36", 1)],
    "spoken list without commas, number words start items",
    ["spoken", "variant"],
)

M(
    "casa-pepe",
    "2027-01-24",
    W,
    "es",
    "ORDER",
    "Javi: 2 de papel azul y 1 caja de delantales azules",
    [L("CFR-2P-6", 2, "Blue"), X(1)],
    "'2 de papel azul' is 2 cases of blue centrefeed; blue aprons are not in catalog (the aprons are white only, "
    "no substitute)",
    ["variant"],
)
