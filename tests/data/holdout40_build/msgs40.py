# ruff: noqa  (hand-written data generator of blind set 40, kept as its writer left it)
"""Messages of blind set 40 and their plain labels, all hand-written.

M(customer, day, intent, text, lines, notes, tags, **kw); day 0 = Monday 2028-05-29.
L(sku, qty[, variant]) a catalog line (variant=None: the message does not say which);
A(qty, candidates[, cv]) a family line (sku null, candidates, candidate_variant);
N(qty, what) a line not in the catalog.
kw: ch (channel, default the customer's), lang (default the customer's), rv (review true for a
reason outside the lines), ref=("usual"|"last", {"rm": [...], "dbl": [...], "set": [...]}),
outlier=True, change=[lines], nofill=[skus] (a variant that must not be filled from history).
"""

NOV = object()


def L(sku, q, v=NOV):
    d = {"sku": sku, "quantity": q}
    if v is not NOV:
        d["variant"] = v
    return d


def A(q, cands, cv=None):
    d = {"sku": None, "quantity": q, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    return d


def N(q, what):
    return {"sku": None, "quantity": q, "_nic": what}


MSGS = []


def M(cust, day, intent, text, lines=(), notes="", tags=(), **kw):
    MSGS.append(
        dict(
            customer=cust,
            day=day,
            intent=intent,
            text=text,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            **kw,
        )
    )


G = "10.5kg"
S = "6.35kg"
CAN = "24 x 330ml Can"
GLS = "24 x 200ml Glass"
W330 = "24 x 330ml Glass"
W750 = "12 x 750ml Glass"
FIR = "Firkin 9gal"
KIL = "Kilderkin 18gal"
P75 = "6 x 75cl"
P20 = "24 x 20cl Piccolo"
HOUSE3 = ["HOUSE-RED", "HOUSE-WHITE", "HOUSE-ROSE"]
HOUSE5 = HOUSE3 + ["HOUSE-RED-BIB", "HOUSE-WHITE-BIB"]
GAS = ["CO2", "MIXED-60", "MIXED-30"]
CRISPS = [
    "WALKERS-READY",
    "WALKERS-CHEESE",
    "WALKERS-SALTVIN",
    "PIPERS-SEASALT",
    "PIPERS-CHEDDAR",
    "PIPERS-PEPPER",
]

# ---------------- The Red Stag (SMS, landlord) ----------------
M(
    "red-stag",
    0,
    "ORDER",
    "usual for tues pls dave. + 2 cards scratchings",
    [L("SCRATCHINGS", 2)],
    "Reference to the usual; the explicit addition is the line.",
    ["typo"],
    ref=("usual", {}),
)
M(
    "red-stag",
    1,
    "ORDER",
    "2 carling 1 guinness keg and a big co2 ta",
    [L("CARL-KEG", 2), L("GUIN-KEG", 1), L("CO2", 1, G)],
    "Carling is only sold by the keg; 'big co2' is the 10.5kg cylinder.",
    ["spoken", "unit_word"],
)
M(
    "red-stag",
    2,
    "ORDER",
    "sorry its late 🙄 guinness gas ran out mid shift. need 2 of the 30/70 asap tmrw if poss",
    [L("MIXED-30", 2)],
    "'30/70' is part of the product name, not a quantity; 'guinness gas' is the 30/70 mixed gas.",
    ["emoji", "number_in_name"],
)
M(
    "red-stag",
    3,
    "ORDER",
    "lads gas x3 for thurs and 1 card dry roasted",
    [A(3, GAS), L("KP-DRY", 1)],
    "'gas' fits CO2 and both mixed gases.",
    [],
)
M(
    "red-stag",
    4,
    "COMPLAINT",
    "the strongbow keg u sent fri is fobbing like mad, think its the coupler. can someone ring me 07700 900417",
    [],
    "Phone number is not a quantity.",
    [],
)
M(
    "red-stag",
    5,
    "ORDER",
    "4 cards dry roasted + 1 case ready salted, drop it in with the kegs",
    [L("KP-DRY", 4), L("WALKERS-READY", 1)],
    "",
    [],
)
M(
    "red-stag",
    6,
    "ORDER",
    "2 x 24 coke glass for tues",
    [L("COKE", 2, GLS)],
    "Inline pack: 2 cases of 24 x 200ml glass.",
    ["pack"],
)
M(
    "red-stag",
    3,
    "ORDER",
    "[voice to text] for carling kegs to guinness and a lager gas",
    [L("CARL-KEG", 4), A(2, ["GUIN-KEG", "GUIN-CAN"]), L("MIXED-60", 1)],
    "Voice-to-text homophones: 'for' = four, 'to' = two. 'guinness' alone fits the keg and the cans. 'lager gas' is the 60/40.",
    ["voice", "homophone", "spoken"],
)
M(
    "red-stag",
    2,
    "QUESTION",
    "can I get a copy of the price list for the beer garden season, wanna see the poly pint prices",
    [],
    "Opens like an order; asks for a price list.",
    ["non_order_request"],
)

# ---------------- The King's Arms ----------------
M(
    "kings-arms",
    0,
    "ORDER",
    "Morning! Can we get 3 carling, 2 guinness kegs, 1 peroni 50 and 1 thatchers gold keg for thursday please",
    [L("CARL-KEG", 3), L("GUIN-KEG", 2), L("PERONI-KEG", 1, "50L"), L("THATCH-GOLD-KEG", 1)],
    "'peroni 50' is the 50L keg.",
    ["non_order_request"],
)
M(
    "kings-arms",
    1,
    "ORDER",
    "peroni keg x2 for the weekend",
    [L("PERONI-KEG", 2, None)],
    "ambiguous: 30L or 50L not stated.",
    [],
)
M(
    "kings-arms",
    2,
    "ORDER",
    "need 6 gordons and 3 smirnoff litres",
    [L("GORDONS", 6, None), L("SMIRNOFF", 3, "1L")],
    "Gordon's size not given; 'litres' belongs to the Smirnoff.",
    [],
)
M(
    "kings-arms",
    2,
    "QUESTION",
    "Do you do the Guinness bar towels? Customers keep nicking ours lol",
    [],
    "Not stocked.",
    ["not_in_catalog"],
)
M(
    "kings-arms",
    3,
    "ORDER",
    "Same as last week but 4 carling instead of 3 and no lemonade bib",
    [L("CARL-KEG", 4)],
    "Reference: new quantity is the line; removal gives no line.",
    [],
    ref=("last", {"set": ["CARL-KEG"], "rm": ["PM-LEMONADE"]}),
)
M(
    "kings-arms",
    4,
    "CHANGE",
    "Can I change thursday's delivery to friday, we've got the brewery tour in thursday",
    [],
    "Moves a placed order.",
    ["non_order_request"],
    change=[],
)
M(
    "kings-arms",
    5,
    "ORDER",
    "Evening, stock for the bank holiday: 5 carling, 2 peroni 50s, 3 guinness kegs, 2 thatchers gold kegs, 2 coke bibs. Ta, Bev",
    [L("CARL-KEG", 5), L("PERONI-KEG", 2, "50L"), L("GUIN-KEG", 3), L("THATCH-GOLD-KEG", 2), L("PM-COKE", 2)],
    "Larger than usual with a reason (bank holiday).",
    [],
)
M(
    "kings-arms",
    6,
    "ORDER",
    "1 case tonic + 2 cheese n onion",
    [A(1, ["FT-TONIC", "SCHW-TONIC"]), L("WALKERS-CHEESE", 2)],
    "'tonic' fits Fever-Tree Indian and Schweppes Indian (light carries its word).",
    [],
)
M(
    "kings-arms",
    1,
    "COMPLAINT",
    "Half the walkers salt n vinegar from last week were out of date (best before 20/05). Need them swapped pls",
    [],
    "Date is not a quantity.",
    [],
)
M(
    "kings-arms",
    3,
    "QUESTION",
    "I would like to know if you can take the empty CO2 cylinders back on Thursday, we've got 6 cluttering up the cellar",
    [],
    "Opens with 'I would like'; a question about empties.",
    ["non_order_request"],
)
M("kings-arms", 0, "ORDER", "usual pls", [], "Reference to the usual.", [], ref=("usual", {}))
M(
    "kings-arms",
    6,
    "ORDER",
    "2 guinness kegs 1 thatchers gold keg + 1 co2",
    [L("GUIN-KEG", 2), L("THATCH-GOLD-KEG", 1), L("CO2", 1, None)],
    "CO2 cylinder size not given.",
    [],
)

# ---------------- The Anchor Inn (pub-company house, formal e-mail) ----------------
M(
    "anchor-inn",
    0,
    "ORDER",
    "Subject: Purchase Order PO-40716 - The Anchor Inn\n\nGood morning,\n\nPlease supply the following against PO-40716 for delivery on Tuesday 30 May 2028:\n\n1. Madri Excepcional keg 50L x 2\n2. Camden Hells keg 30L x 1\n3. House Sauvignon Blanc 6x75cl x 3 cases\n4. House Merlot x 2 cases\n5. Prosecco piccolos 24 x 20cl x 1 case\n\nDeliveries via the rear cellar hatch, Anchor Lane.\n\nKind regards,\nMargaret Oyelaran\nGeneral Manager, The Anchor Inn\nA Taverners Pub Company house\nT: 020 7946 0412",
    [L("MADRI-KEG", 2), L("CAMDEN-KEG", 1), L("HOUSE-WHITE", 3), L("HOUSE-RED", 2), L("PROSECCO", 1, P20)],
    "PO number, list numbering, date, pack sizes and phone are not quantities.",
    ["signature", "number_in_name"],
)
M(
    "anchor-inn",
    1,
    "ORDER",
    "Subject: RE: PO-40716\n\nCould you add 4 cases of house wine to Tuesday's order please (PO-40716)?\n\nThanks,\nMargaret",
    [A(4, HOUSE3)],
    "ambiguous: 'house wine' by the case fits red, white and rose (the bag-in-box is not a case).",
    ["unit_word", "non_order_request"],
)
M(
    "anchor-inn",
    2,
    "COMPLAINT",
    "Subject: Invoice INV-88213\n\nInvoice INV-88213 charges us for 3 cases of rosé, but we ordered and received 1. Please issue a credit note for the difference.\n\nMargaret Oyelaran",
    [],
    "Complaint naming quantities.",
    [],
)
M(
    "anchor-inn",
    3,
    "ORDER",
    "Subject: Water\n\nPlease send 48 small bottles of still water with Thursday's drop.\n\nMargaret",
    [L("WATER-STILL", 2, W330)],
    "48 small bottles = 2 cases of 24 x 330ml.",
    ["count"],
)
M(
    "anchor-inn",
    4,
    "ORDER",
    "Subject: PO-40722 add-on\n\nGood afternoon, please add 2 cases of Britvic tomato juice and one case of small still water to tomorrow's delivery, PO-40722.\n\nRegards, Margaret",
    [L("BRITVIC-TOMATO", 2), L("WATER-STILL", 1, W330)],
    "",
    [],
)
M(
    "anchor-inn",
    5,
    "QUESTION",
    "Subject: Madri pricing\n\nCould you confirm whether the Madri kegs are charged at the Taverners tied list price or the free-trade price this quarter?\n\nMargaret Oyelaran\nGeneral Manager",
    [],
    "",
    ["non_order_request"],
)
M(
    "anchor-inn",
    6,
    "ORDER",
    "Subject: PO-40731\n\nHello, 3 x 6 house rose please for Tuesday. PO-40731.\n\nMargaret",
    [L("HOUSE-ROSE", 3)],
    "'3 x 6' is three cases of six.",
    ["pack"],
)

# ---------------- The Crown & Feathers (gastropub, e-mail) ----------------
M(
    "crown-feathers",
    0,
    "ORDER",
    "Hi Tom,\n\nFor Wednesday please: 2 firkins of Old Tanner Best, 1 firkin of the Golden, a 30L Peroni and 2 cases of prosecco (the 75cl).\n\nMany thanks,\nHugo\nCrown & Feathers, 14 Market Row",
    [L("TANNER-BITTER", 2, FIR), L("TANNER-GOLD", 1, FIR), L("PERONI-KEG", 1, "30L"), L("PROSECCO", 2, P75)],
    "Street number is not a quantity.",
    ["signature", "unit_word"],
)
M(
    "crown-feathers",
    1,
    "ORDER",
    "Could we have 3 cases of water please, the big bottles. Hugo",
    [A(3, ["WATER-STILL", "WATER-SPARK"], W750)],
    "ambiguous: still or sparkling; 'big bottles' is the 750ml.",
    ["non_order_request"],
)
M(
    "crown-feathers",
    2,
    "QUESTION",
    "Another question - is the Old Tanner summer seasonal available in kilderkins yet, or only firkins?",
    [],
    "",
    [],
)
M(
    "crown-feathers",
    3,
    "ORDER",
    "Hugo here - Thursday please: 2 cases of house red, 2 house white cases, Pipers sea salt x1, Fever-Tree light x1. Thanks",
    [L("HOUSE-RED", 2), L("HOUSE-WHITE", 2), L("PIPERS-SEASALT", 1), L("FT-LIGHT", 1)],
    "",
    [],
)
M(
    "crown-feathers",
    4,
    "OTHER",
    "We're closed Monday 5 June for staff training, please don't deliver that day. Hugo",
    [],
    "",
    [],
)
M(
    "crown-feathers",
    5,
    "ORDER",
    "Could you repeat last Wednesday's order please, but double the prosecco. Thanks, Hugo",
    [],
    "Reference to the last order with 'double'.",
    ["non_order_request"],
    ref=("last", {"dbl": ["PROSECCO"]}),
)

# ---------------- The Fox & Hounds ----------------
M(
    "fox-hounds",
    0,
    "ORDER",
    "evening! kil of best, carling keg and a thatchers keg pls. also 2 coke cans",
    [L("TANNER-BITTER", 1, KIL), L("CARL-KEG", 1), L("THATCH-GOLD-KEG", 1), L("COKE", 2, CAN)],
    "'kil' is a kilderkin; the only Thatchers keg is Gold; '2 coke cans' is 2 cases (small N).",
    ["container", "unit_word"],
)
M("fox-hounds", 1, "ORDER", "best x1 for fri", [L("TANNER-BITTER", 1, None)], "Cask size not stated.", [])
M(
    "fox-hounds",
    2,
    "ORDER",
    "could we get 2 fries for the bar",
    [A(2, ["SCAMPI-FRIES", "BACON-FRIES"])],
    "'fries' fits scampi and bacon fries.",
    ["non_order_request"],
)
M(
    "fox-hounds",
    3,
    "OTHER",
    "Thanks for sorting the cellar cooler yesterday, the lads were chuffed",
    [],
    "",
    [],
)
M(
    "fox-hounds",
    4,
    "ORDER",
    "2 j2o & 2 salted peanuts cards",
    [A(2, ["J2O-ORANGE", "J2O-APPLE-MANGO", "J2O-APPLE-RASP"]), L("KP-SALTED", 2)],
    "'j2o' fits three flavours.",
    [],
)
M(
    "fox-hounds",
    5,
    "ORDER",
    "2 bags of ice n some lemons if u do them, and a carling keg",
    [N(2, "ice"), N(None, "lemons"), L("CARL-KEG", 1)],
    "Ice and lemons are not stocked; lemons have no quantity.",
    ["conditional"],
)
M(
    "fox-hounds",
    6,
    "QUESTION",
    "whats the abv on the old tanner golden? chalkboard needs updating",
    [],
    "",
    [],
)
M(
    "fox-hounds",
    1,
    "ORDER",
    "usual for fri + 1 case bacon fries",
    [L("BACON-FRIES", 1)],
    "Reference with an addition.",
    [],
    ref=("usual", {}),
)

# ---------------- Tanners Tap (micropub) ----------------
M(
    "tanners-tap",
    0,
    "ORDER",
    "2 firkins best 2 firkins golden a porter and two boxes of rosie",
    [L("TANNER-BITTER", 2, FIR), L("TANNER-GOLD", 2, FIR), L("TANNER-PORTER", 1), L("ROSIE-BIB", 2)],
    "Spoken list; 'a porter' is one.",
    ["spoken"],
)
M(
    "tanners-tap",
    1,
    "ORDER",
    "can I get a pin of the golden ale for the beer fest stillage",
    [L("TANNER-GOLD", 1, None)],
    "A pin (4.5 gal) is not a stocked size: variant open, never filled from history.",
    ["non_order_request"],
    nofill=["TANNER-GOLD"],
)
M(
    "tanners-tap",
    2,
    "ORDER",
    "mango cider box x1 and 3 cards of scratchings",
    [L("LILLEYS-MANGO-BIB", 1), L("SCRATCHINGS", 3)],
    "",
    [],
)
M(
    "tanners-tap",
    3,
    "ORDER",
    "20 firkins of porter for fri",
    [L("TANNER-PORTER", 20)],
    "Far above the usual 1, no reason given.",
    [],
    outlier=True,
)
M(
    "tanners-tap",
    4,
    "ORDER",
    "best x2, golden x2 (firkins) please Wednesday",
    [L("TANNER-BITTER", 2, FIR), L("TANNER-GOLD", 2, FIR)],
    "",
    [],
)
M(
    "tanners-tap",
    5,
    "CHANGE",
    "can u change the 2 firkins of golden to a kilderkin this week",
    [],
    "Swap of variant on a placed order.",
    [],
    change=[L("TANNER-GOLD", 0, FIR), L("TANNER-GOLD", 1, KIL)],
)
M(
    "tanners-tap",
    6,
    "ORDER",
    "usual for weds please, cheers Phil",
    [],
    "Reference to the usual.",
    [],
    ref=("usual", {}),
)

# ---------------- Velvet Lounge (cocktail bar) ----------------
M(
    "velvet-lounge",
    0,
    "ORDER",
    "hiya, 6 aperol 2 cs prosecco 750 4 bombay and 3 sugar syrup x",
    [L("APEROL", 6), L("PROSECCO", 2, P75), L("BOMBAY", 4), L("SUGAR-SYRUP", 3)],
    "'750' is the 75cl bottle.",
    ["spoken"],
)
M(
    "velvet-lounge",
    1,
    "ORDER",
    "straws x3 and napkins x2 pls",
    [L("PAPER-STRAWS", 3, None), L("NAPKINS", 2, None)],
    "Colours not given.",
    [],
)
M(
    "velvet-lounge",
    2,
    "ORDER",
    "gin x 6",
    [A(6, ["GORDONS", "GORDONS-PINK", "BOMBAY"])],
    "'gin' fits three.",
    [],
)
M(
    "velvet-lounge",
    3,
    "QUESTION",
    "Do you stock Hendrick's? and whats the price on Monkey 47",
    [],
    "Not stocked; '47' is in a name.",
    ["not_in_catalog", "number_in_name"],
)
M(
    "velvet-lounge",
    4,
    "ORDER",
    "red napkins x4 and 2 black straws",
    [L("NAPKINS", 4, None), L("PAPER-STRAWS", 2, "Black")],
    "Red is not a napkin colour (burgundy is not red to a clerk): variant open, not filled from history.",
    [],
    nofill=["NAPKINS"],
)
M(
    "velvet-lounge",
    5,
    "ORDER",
    "rum x4",
    [A(4, ["BACARDI", "CAPTAIN-MORGAN", "LAMBS"])],
    "'rum' fits three.",
    [],
)
M(
    "velvet-lounge",
    6,
    "ORDER",
    "3 ginger beer, 2 fever tree tonic, 1 angostura and 4 lemon juice",
    [L("FT-GINGER-BEER", 3), L("FT-TONIC", 2), L("ANGOSTURA", 1), L("LEMON-JUICE", 4)],
    "",
    [],
)
M(
    "velvet-lounge",
    2,
    "OTHER",
    "i'd like to book a table for 6 on saturday at 8?",
    [],
    "Misdirected table booking.",
    ["non_order_request"],
)
M(
    "velvet-lounge",
    3,
    "QUESTION",
    "Can I get a price for 12 bottles of Aperol a week? not ordering yet",
    [],
    "Price request.",
    ["non_order_request"],
)
M("velvet-lounge", 4, "ORDER", "pink gin x3, bombay x2", [L("GORDONS-PINK", 3), L("BOMBAY", 2)], "", [])
M(
    "velvet-lounge",
    5,
    "ORDER",
    "6 fever tree for tonight pls",
    [A(None, ["FT-TONIC", "FT-LIGHT", "FT-GINGER-BEER"])],
    "6 bottles is no whole case and 'fever tree' fits three: quantities not stated as cases.",
    ["count"],
)

# ---------------- Brassworks Bar (late bar, SMS) ----------------
M(
    "brassworks",
    0,
    "ORDER",
    "3am n we r out of red bull. 96 red bull + 6 jager for 2moro pls",
    [L("RED-BULL", 4), L("JAGER", 6)],
    "96 cans = 4 cases; '3am' is a time.",
    ["count"],
)
M(
    "brassworks",
    1,
    "ORDER",
    "pepsi max cans x 5 cases",
    [N(5, "Pepsi Max cans")],
    "Only Pepsi Max post-mix is stocked.",
    [],
)
M(
    "brassworks",
    2,
    "ORDER",
    "peroni x4",
    [A(4, ["PERONI-KEG", "PERONI-330", "PERONI-620"])],
    "'peroni' fits keg and both bottles.",
    [],
)
M("brassworks", 3, "CANCEL", "cancel fri order mate, were shut for the refurb", [], "", [])
M(
    "brassworks",
    4,
    "ORDER",
    "4 cs peroni 330 + 30 coronas",
    [L("PERONI-330", 4), L("CORONA-330", None)],
    "30 bottles is no whole case of 24: quantities not stated.",
    ["count"],
)
M(
    "brassworks",
    5,
    "ORDER",
    "4 peroni 330 3 corona 6 jager 6 smirnoff litres 2 sambuca",
    [L("PERONI-330", 4), L("CORONA-330", 3), L("JAGER", 6), L("SMIRNOFF", 6, "1L"), L("SAMBUCA", 2)],
    "Spoken list without commas.",
    ["spoken"],
)
M(
    "brassworks",
    6,
    "ORDER",
    "2 sugar free red bull",
    [L("RED-BULL-SF", 2)],
    "Small N: 2 cases.",
    ["container"],
)
M(
    "brassworks",
    1,
    "ORDER",
    "Red bull 2 x 24 and 2 cases corona",
    [L("RED-BULL", 2), L("CORONA-330", 2)],
    "",
    ["pack"],
)

# ---------------- The Greyhound (sports pub) ----------------
M(
    "greyhound",
    0,
    "ORDER",
    "Big match sat - 10 carling, 4 madri, 4 guinness kegs, 2 dark fruit and 6 big co2. cheers",
    [L("CARL-KEG", 10), L("MADRI-KEG", 4), L("GUIN-KEG", 4), L("STRONGBOW-DF-KEG", 2), L("CO2", 6, G)],
    "Larger order with a reason.",
    [],
)
M(
    "greyhound",
    1,
    "ORDER",
    "3 coke bibs and a diet bib for monday",
    [L("PM-COKE", 3), L("PM-DIET-COKE", 1)],
    "",
    [],
)
M("greyhound", 2, "ORDER", "crisps 4 boxes", [A(4, CRISPS)], "'crisps' fits six products.", [])
M(
    "greyhound",
    3,
    "COMPLAINT",
    "2 of the co2 bottles came with no seal on the valve and the driver took the empties anyway",
    [],
    "",
    [],
)
M(
    "greyhound",
    4,
    "ORDER",
    "4 carling 2 madri 2 guinness 1 dark fruit 3 big co2 1 60/40",
    [
        L("CARL-KEG", 4),
        L("MADRI-KEG", 2),
        A(2, ["GUIN-KEG", "GUIN-CAN"]),
        L("STRONGBOW-DF-KEG", 1),
        L("CO2", 3, G),
        L("MIXED-60", 1),
    ],
    "'guinness' fits keg and cans; '60/40' is a name.",
    ["spoken", "number_in_name"],
)
M(
    "greyhound",
    5,
    "ORDER",
    "walkers x2 boxes",
    [A(2, ["WALKERS-READY", "WALKERS-CHEESE", "WALKERS-SALTVIN"])],
    "'walkers' fits three flavours.",
    [],
)
M(
    "greyhound",
    6,
    "QUESTION",
    "can i pay cash on delivery this week, card machine's down",
    [],
    "",
    ["non_order_request"],
)
M(
    "greyhound",
    1,
    "ORDER",
    "could you add 2 boxes of poly pints to monday's order",
    [L("POLY-PINT", 2)],
    "Addition to a placed order.",
    ["non_order_request"],
)
M(
    "greyhound",
    2,
    "ORDER",
    "12 dark fruit kegs for next week",
    [L("STRONGBOW-DF-KEG", 12)],
    "Far above the usual 1, no reason.",
    [],
    outlier=True,
)

# ---------------- Harbour Lights Hotel (e-mail) ----------------
M(
    "harbour-lights",
    0,
    "ORDER",
    "Dear Cellarhand team,\n\nPlease find our order for delivery on Thursday 1 June, PO HL-22817:\n- House red bag-in-box 10L x 1\n- House white bag-in-box 10L x 2\n- Prosecco 75cl x 2 cases\n- Peroni 330ml x 2 cases\n- Harrogate still 750ml x 3 cases\n- Harrogate sparkling 750ml x 2 cases\n\nThe wedding party of 120 arrives Friday, so please deliver before 10:00.\n\nWith thanks,\nPriya Nandakumar\nPurchasing Manager | Harbour Lights Hotel\n020 7946 0833",
    [
        L("HOUSE-RED-BIB", 1),
        L("HOUSE-WHITE-BIB", 2),
        L("PROSECCO", 2, P75),
        L("PERONI-330", 2),
        L("WATER-STILL", 3, W750),
        L("WATER-SPARK", 2, W750),
    ],
    "Guest count, time, PO and phone are not quantities.",
    ["signature", "number_in_name"],
)
M(
    "harbour-lights",
    1,
    "ORDER",
    "Please could you add two house red and one case of alcohol free lager to Thursday's delivery? Priya",
    [A(2, ["HOUSE-RED", "HOUSE-RED-BIB"]), A(1, ["LUCKY-SAINT", "PERONI-LIBERA"])],
    "ambiguous: house red case or bag-in-box; two alcohol-free lagers.",
    ["non_order_request"],
)
M(
    "harbour-lights",
    2,
    "QUESTION",
    "I would like to know whether your prosecco piccolos have a screw cap or a cork. Priya",
    [],
    "",
    ["non_order_request"],
)
M(
    "harbour-lights",
    3,
    "ORDER",
    "Fwd: bar stock\n\n---------- Forwarded message ---------\nFrom: Leon Achterberg\nDate: Sun, 28 May 2028 23:41\nSubject: bar stock\n\nPriya we're nearly out of tonic and orange juice, can you order 2 of each? L\n\n---\nPriya: please send as above, Fever-Tree as usual. Thanks",
    [L("FT-TONIC", 2), L("BRITVIC-ORANGE", 2)],
    "Forwarded request; 'Fever-Tree' settles the tonic (Indian); 'as usual' names the brand, not a basket.",
    ["forwarded", "quoted"],
)
M(
    "harbour-lights",
    4,
    "ORDER",
    "Please add 3 cases of sparkling water (750ml) and 1 Baileys to Thursday's order. Priya",
    [L("WATER-SPARK", 3, W750), L("BAILEYS", 1)],
    "",
    [],
)
M(
    "harbour-lights",
    5,
    "CANCEL",
    "Please cancel PO HL-22817 in full - the wedding has been moved to another venue. We will re-order next week.\n\nPriya Nandakumar",
    [],
    "",
    [],
)
M(
    "harbour-lights",
    6,
    "ORDER",
    "2 x 12 still water 750 for the restaurant please",
    [L("WATER-STILL", 2, W750)],
    "Inline pack.",
    ["pack"],
)

# ---------------- Quarry Club (SMS) ----------------
M(
    "quarry-club",
    0,
    "ORDER",
    "3 carling 2 strongbow 1 guinness keg 4 glens 2 lambs 2 grouse pls - Ken, Quarry Club",
    [
        L("CARL-KEG", 3),
        L("STRONGBOW-KEG", 2),
        L("GUIN-KEG", 1),
        L("GLENS-VODKA", 4),
        L("LAMBS", 2),
        L("GROUSE", 2),
    ],
    "",
    ["spoken"],
)
M(
    "quarry-club",
    1,
    "ORDER",
    "vodka x4 whisky x2",
    [A(4, ["SMIRNOFF", "GLENS-VODKA"]), A(2, ["JAMESON", "GROUSE", "JACK-DANIELS"])],
    "Two family words.",
    [],
)
M(
    "quarry-club",
    2,
    "ORDER",
    "12 cans of lemonade and 2 cards salted peanuts",
    [L("SCHW-LEMONADE", None), L("KP-SALTED", 2)],
    "12 cans is half a case: quantities not stated.",
    ["count"],
)
M("quarry-club", 3, "OTHER", "Club AGM on the 6th, bar shut from 7. No delivery needed wk 23.", [], "", [])
M(
    "quarry-club",
    4,
    "ORDER",
    "blackcurrant x3 and 2 schweppes tonic",
    [L("BLACKCURRANT", 3), L("SCHW-TONIC", 2)],
    "",
    [],
)
M(
    "quarry-club",
    5,
    "COMPLAINT",
    "Driver left 2 kegs outside the cellar door overnight again. Not on. Ken",
    [],
    "",
    [],
)
M(
    "quarry-club",
    6,
    "ORDER",
    "Same as last week ta, Ken",
    [],
    "Reference to the last order.",
    [],
    ref=("last", {}),
)

# ---------------- Elmsworth Golf Club (e-mail) ----------------
M(
    "golf-club",
    0,
    "ORDER",
    "Good afternoon,\n\nFor the Captain's Day on Saturday (about 140 golfers) we will need:\nCamden Hells keg x 3\nGuinness cans x 4 cases\nHouse white x 6 cases\nHouse rosé x 4 cases\nPipers black pepper x 3 cases\n\nRegards,\nGordon Firth\nBar Secretary, Elmsworth Golf Club",
    [L("CAMDEN-KEG", 3), L("GUIN-CAN", 4), L("HOUSE-WHITE", 6), L("HOUSE-ROSE", 4), L("PIPERS-PEPPER", 3)],
    "Head count is not a quantity; 'Gordon' is a name, not gin.",
    ["signature"],
)
M(
    "golf-club",
    1,
    "ORDER",
    "2 x Famous Grouse, 1 Jameson, 2 Gordon's 70cl and two cases of Schweppes tonic cans please. Gordon",
    [L("GROUSE", 2), L("JAMESON", 1), L("GORDONS", 2, "70cl"), L("SCHW-TONIC", 2)],
    "",
    [],
)
M(
    "golf-club",
    2,
    "QUESTION",
    "Can I pay the May invoice by card over the phone? Gordon Firth",
    [],
    "",
    ["non_order_request"],
)
M(
    "golf-club",
    3,
    "CHANGE",
    "Could we move Saturday's Captain's Day delivery to Friday afternoon please? Same items.",
    [],
    "Moves a placed order.",
    ["non_order_request"],
    change=[],
)
M(
    "golf-club",
    4,
    "ORDER",
    "J2O orange x 2 and a case of Libera please",
    [L("J2O-ORANGE", 2), L("PERONI-LIBERA", 1)],
    "",
    [],
)
M(
    "golf-club",
    5,
    "ORDER",
    "Please send our usual order but with 3 cases of house white instead of 2.",
    [L("HOUSE-WHITE", 3)],
    "Reference with a new quantity.",
    [],
    ref=("usual", {"set": ["HOUSE-WHITE"]}),
)
M(
    "golf-club",
    6,
    "OTHER",
    "I would like to update our delivery address to the new rear entrance, 2A Back Lane, from next week.",
    [],
    "Opens with 'I would like'; an account change.",
    ["non_order_request"],
)

# ---------------- Ashby Cricket Club ----------------
M(
    "cricket-club",
    0,
    "ORDER",
    "Home game sat. 2 carling, 2 thatchers gold cans, 1 libera, 1 coke cans, 2 cases ready salted pls. Cheers, Raj (bar steward)",
    [
        L("CARL-KEG", 2),
        L("THATCH-GOLD-CAN", 2),
        L("PERONI-LIBERA", 1),
        L("COKE", 1, CAN),
        L("WALKERS-READY", 2),
    ],
    "",
    [],
)
M(
    "cricket-club",
    1,
    "ORDER",
    "thatchers x3",
    [A(3, ["THATCH-GOLD-KEG", "THATCH-GOLD-CAN", "THATCH-HAZE-CAN"])],
    "'thatchers' fits three.",
    [],
)
M(
    "cricket-club",
    2,
    "ORDER",
    "if you can deliver sat morning, 3 carling kegs, otherwise leave it",
    [L("CARL-KEG", 3)],
    "Conditional order.",
    ["conditional"],
    rv=True,
)
M(
    "cricket-club",
    3,
    "ORDER",
    "can I get 2 plastic pints boxes",
    [L("POLY-PINT", 2)],
    "",
    ["non_order_request"],
)
M(
    "cricket-club",
    4,
    "ORDER",
    "can u do 2 cs of j2o raspberry + 1 case cheese n onion. ta",
    [L("J2O-APPLE-RASP", 2), L("WALKERS-CHEESE", 1)],
    "",
    ["non_order_request"],
)
M(
    "cricket-club",
    5,
    "OTHER",
    "Cheers for the loan of the ice bins last week! Returned them to the depot Friday. Raj",
    [],
    "",
    [],
)
M(
    "cricket-club",
    6,
    "QUESTION",
    "Do you hire out a mobile bar or a bottle cooler for the festival on the 17th?",
    [],
    "",
    [],
)

# ---------------- Northgate SU (e-mail, PO) ----------------
M(
    "northgate-su",
    0,
    "ORDER",
    "Subject: PO NSU-5521 Summer Ball stock\n\nHi,\n\nPO NSU-5521 for delivery to Loading Bay 3 on Monday 29th:\n\nCarling 50L x 12\nStrongbow Dark Fruit 50L x 6\nKopparberg Strawberry & Lime x 10 cases\nKopparberg Mixed Fruit x 10 cases\nGlen's vodka 1L x 24\nJagermeister x 16\nRed Bull x 12 cases\n\nThis covers the Summer Ball (approx 2,500 students).\n\nBest,\nSian Okafor\nBars & Venues Manager, Northgate SU\n07700 900522",
    [
        L("CARL-KEG", 12),
        L("STRONGBOW-DF-KEG", 6),
        L("KOPP-STRAW", 10),
        L("KOPP-MIXED", 10),
        L("GLENS-VODKA", 24),
        L("JAGER", 16),
        L("RED-BULL", 12),
    ],
    "Larger than usual with a reason; bay number, date, head count and phone are not quantities.",
    ["signature", "number_in_name"],
)
M(
    "northgate-su",
    1,
    "ORDER",
    "kopparberg x6 for the sports bar please, Sian",
    [A(6, ["KOPP-MIXED", "KOPP-STRAW"])],
    "'kopparberg' fits two.",
    [],
)
M(
    "northgate-su",
    2,
    "ORDER",
    "Please send 80 Jagermeister for Friday, PO NSU-5530.",
    [L("JAGER", 80)],
    "Far above the usual 8, no reason.",
    [],
    outlier=True,
)
M(
    "northgate-su",
    3,
    "QUESTION",
    "Could you send us your allergen and ABV sheet for the ciders? We need it for the union's licensing review.",
    [],
    "",
    ["non_order_request"],
)
M(
    "northgate-su",
    4,
    "ORDER",
    "PO NSU-5534: Ironbridge Pale 30L x 2, Pepsi Max BIB x 2, Lemonade BIB x 2, poly pints x 4 boxes. Deliver Bay 3. Sian",
    [L("IRONB-PALE-KEG", 2), L("PM-PEPSI-MAX", 2), L("PM-LEMONADE", 2), L("POLY-PINT", 4)],
    "",
    ["number_in_name"],
)
M(
    "northgate-su",
    5,
    "OTHER",
    "Automatic reply: I am out of the office until 5 June 2028 with limited access to email. For urgent bar orders contact bars@northgatesu.example.",
    [],
    "Auto-reply.",
    [],
)
M(
    "northgate-su",
    6,
    "ORDER",
    "Please send our usual weekly order under PO NSU-5540, plus 4 boxes of poly pints.",
    [L("POLY-PINT", 4)],
    "Reference with an addition.",
    [],
    ref=("usual", {}),
)

# ---------------- Taverners Pub Company (central purchasing) ----------------
M(
    "taverners-hub",
    0,
    "ORDER",
    "Dear Sir/Madam,\n\nPlease accept this purchase order (PO TPC-118204) on behalf of Taverners Pub Company for the week commencing 29/05/2028. Deliver to the Bell, 27 Church Street, unless stated.\n\nCarling 50L keg - 8\nGuinness 50L keg - 4\nMadri 50L keg - 4\nThatchers Gold 50L keg - 3\nMixed gas 60/40 - 4\nMixed gas 30/70 - 2\nPink line cleaner 5L - 4\nBlue roll - 2\n\nPlease quote the PO number on all delivery notes and invoices. Invoices to accounts@tavernerspubs.example.\n\nYours faithfully,\nDaniel Whitcombe\nCentral Purchasing, Taverners Pub Company Ltd\nTel: 020 7946 0160",
    [
        L("CARL-KEG", 8),
        L("GUIN-KEG", 4),
        L("MADRI-KEG", 4),
        L("THATCH-GOLD-KEG", 3),
        L("MIXED-60", 4),
        L("MIXED-30", 2),
        L("LINE-CLEANER", 4, "Pink"),
        L("BLUE-ROLL", 2),
    ],
    "Formal PO; sizes in names, dates and street numbers are not quantities.",
    ["signature", "number_in_name"],
)
M(
    "taverners-hub",
    1,
    "ORDER",
    "Please add glasswasher chemicals x 6 to PO TPC-118204.\n\nDaniel Whitcombe",
    [A(6, ["GW-DETERGENT", "GW-RINSE"])],
    "ambiguous: detergent or rinse aid.",
    [],
)
M(
    "taverners-hub",
    2,
    "ORDER",
    "4 x line cleaner please, PO TPC-118219. Regards, D. Whitcombe",
    [L("LINE-CLEANER", 4, None)],
    "Colour not given.",
    [],
)
M(
    "taverners-hub",
    3,
    "CHANGE",
    "Please amend PO TPC-118204: Carling reduced from 8 kegs to 6. All other lines unchanged.\n\nDaniel Whitcombe\nCentral Purchasing",
    [],
    "Quantity change on a placed order.",
    [],
    change=[L("CARL-KEG", 6)],
)
M(
    "taverners-hub",
    4,
    "OTHER",
    "Please note our accounts e-mail address changes to payables@tavernerspubs.example from 1 June.",
    [],
    "",
    [],
)
M(
    "taverners-hub",
    5,
    "ORDER",
    "Please supply to The Swan, 9 Bridge Road under PO TPC-118230: Carling 50L x 3, Guinness 50L x 2, 60/40 mixed gas x 2, keg coupler washers x 2 bags.\n\nRegards,\nDaniel Whitcombe",
    [L("CARL-KEG", 3), L("GUIN-KEG", 2), L("MIXED-60", 2), L("KEG-WASHERS", 2)],
    "",
    ["number_in_name"],
)
M(
    "taverners-hub",
    6,
    "QUESTION",
    "Please could you send a copy of invoice INV-90412? Our accounts team cannot find it.",
    [],
    "",
    ["non_order_request"],
)
M(
    "taverners-hub",
    2,
    "ORDER",
    "FW: Cellar stock - The Plough\n\n> From: Jo Barrett (GM, The Plough)\n> Can you get us 2 Carling and 1 Guinness keg for Wednesday? And our CO2 is low.\n\nDaniel: please process for The Plough under PO TPC-118236. For the CO2 send one 10.5kg.",
    [L("CARL-KEG", 2), L("GUIN-KEG", 1), L("CO2", 1, G)],
    "Forwarded with the buyer's note.",
    ["forwarded", "quoted"],
)
M(
    "taverners-hub",
    4,
    "ORDER",
    "Please repeat PO TPC-118190 (last week's order) with Guinness increased to 6 kegs.",
    [L("GUIN-KEG", 6)],
    "Reference to the last order with a new quantity.",
    [],
    ref=("last", {"set": ["GUIN-KEG"]}),
)

# ---------------- Y Llew Du (Welsh) ----------------
M(
    "llew-du",
    0,
    "ORDER",
    "Bore da! Firkin o'r best, 2 carling, 1 guinness keg ac 1 strongbow plis. Diolch, Gwen",
    [L("TANNER-BITTER", 1, FIR), L("CARL-KEG", 2), L("GUIN-KEG", 1), L("STRONGBOW-KEG", 1)],
    "",
    [],
)
M(
    "llew-du",
    1,
    "ORDER",
    "Yr arferol plis ar gyfer dydd Iau, a 2 focs o Pipers halen môr ychwanegol",
    [L("PIPERS-SEASALT", 2)],
    "'The usual for Thursday, and 2 extra boxes of Pipers sea salt'.",
    [],
    ref=("usual", {}),
)
M(
    "llew-du",
    2,
    "QUESTION",
    "Oes gennych chi Penderyn? Mae ymwelwyr yn gofyn amdano drwy'r amser",
    [],
    "Penderyn is not stocked.",
    ["not_in_catalog"],
)
M(
    "llew-du",
    3,
    "ORDER",
    "2 coke a 3 gordons pinc plis",
    [L("COKE", 2, None), L("GORDONS-PINK", 3)],
    "Coke can or glass not stated.",
    [],
)
M(
    "llew-du",
    4,
    "ORDER",
    "2 carling, 1 guinness keg, firkin o'r best, 2 bocs pipers halen môr a 2 gordons pinc. Diolch!",
    [
        L("CARL-KEG", 2),
        L("GUIN-KEG", 1),
        L("TANNER-BITTER", 1, FIR),
        L("PIPERS-SEASALT", 2),
        L("GORDONS-PINK", 2),
    ],
    "",
    [],
)
M(
    "llew-du",
    5,
    "COMPLAINT",
    "Roedd y firkin best yn gymylog ddoe, dim yn clirio o gwbl. Allwch chi ei gasglu?",
    [],
    "Cloudy cask, asks for collection.",
    [],
)
M(
    "llew-du",
    6,
    "ORDER",
    "Yr un peth â'r wythnos diwethaf plis",
    [],
    "'Same as last week please'.",
    [],
    ref=("last", {}),
)

# ---------------- Bar Zorza (Polish) ----------------
M(
    "bar-zorza",
    0,
    "ORDER",
    "Dzień dobry, na piątek poproszę: 3 skrzynki peroni 620, 2 skrzynki corony, 6 butelek smirnoff 0,7 i 2 zgrzewki red bulla. Dzięki, Kasia",
    [L("PERONI-620", 3), L("CORONA-330", 2), L("SMIRNOFF", 6, "70cl"), L("RED-BULL", 2)],
    "'0,7' is the 70cl bottle; '620' is in the name.",
    ["number_in_name", "unit_word"],
)
M(
    "bar-zorza",
    1,
    "ORDER",
    "wódka x10 na weekend",
    [A(10, ["SMIRNOFF", "GLENS-VODKA"])],
    "'wódka' fits two vodkas.",
    [],
)
M(
    "bar-zorza",
    2,
    "ORDER",
    "Jak zwykle, ale bez chipsów wieprzowych i 4 red bull zamiast 2",
    [L("RED-BULL", 4)],
    "'As usual, but without the pork scratchings and 4 red bull instead of 2'.",
    [],
    ref=("usual", {"rm": ["SCRATCHINGS"], "set": ["RED-BULL"]}),
)
M(
    "bar-zorza",
    3,
    "COMPLAINT",
    "W ostatniej dostawie 2 butelki smirnoffa były rozbite. Proszę o korektę faktury.",
    [],
    "Broken bottles, asks for a corrected invoice.",
    [],
)
M(
    "bar-zorza",
    4,
    "ORDER",
    "48 puszek coli i 2 karty orzeszków solonych",
    [L("COKE", 2, CAN), L("KP-SALTED", 2)],
    "48 cans = 2 cases of cans.",
    ["count"],
)
M(
    "bar-zorza",
    5,
    "ORDER",
    "2 skrzynki coli w puszkach i 1 zgrzewka red bull",
    [L("COKE", 2, CAN), L("RED-BULL", 1)],
    "",
    [],
)
M(
    "bar-zorza",
    6,
    "QUESTION",
    "Czy macie Żubrówkę albo Żywca? Klienci pytają",
    [],
    "Not stocked.",
    ["not_in_catalog"],
)
M("bar-zorza", 3, "ORDER", "20 butelek smirnoffa", [L("SMIRNOFF", 20, None)], "Bottle size not stated.", [])
M(
    "bar-zorza",
    1,
    "ORDER",
    "Jak w zeszłym tygodniu, plus 2 skrzynki corony",
    [L("CORONA-330", 2)],
    "'Like last week, plus 2 cases of Corona'.",
    [],
    ref=("last", {}),
)

# ---------------- La Bodega del Sol (Spanish) ----------------
M(
    "bodega-sol",
    0,
    "ORDER",
    "Hola! Para el martes: 2 barriles de Madri, 3 cajas de tinto de la casa y 2 de blanco. Gracias, Lucía",
    [L("MADRI-KEG", 2), L("HOUSE-RED", 3), L("HOUSE-WHITE", 2)],
    "'cajas' rules out the bag-in-box.",
    ["unit_word"],
)
M(
    "bodega-sol",
    1,
    "ORDER",
    "3 cajas de agua con gas pequeñas y 1 caja de copas de gin",
    [L("WATER-SPARK", 3, W330), L("GIN-BALLOON", 1)],
    "'pequeñas' is the 330ml.",
    [],
)
M(
    "bodega-sol",
    2,
    "ORDER",
    "Lo de siempre pero con 4 cajas de tinto en vez de 3 y sin prosecco",
    [L("HOUSE-RED", 4)],
    "Reference with a new quantity and a removal.",
    [],
    ref=("usual", {"set": ["HOUSE-RED"], "rm": ["PROSECCO"]}),
)
M(
    "bodega-sol",
    3,
    "QUESTION",
    "Quisiera saber si tenéis Estrella Damm en barril",
    [],
    "Not stocked.",
    ["non_order_request", "not_in_catalog"],
)
M(
    "bodega-sol",
    4,
    "ORDER",
    "vino de la casa x6 para el finde",
    [A(6, HOUSE5)],
    "'vino de la casa' fits five.",
    [],
)
M(
    "bodega-sol",
    5,
    "ORDER",
    "Hola, 2 barriles de madri y 1 caja de prosecco de 75 para el viernes",
    [L("MADRI-KEG", 2), L("PROSECCO", 1, P75)],
    "",
    [],
)
M("bodega-sol", 6, "COMPLAINT", "Nos cobrasteis 3 cajas de agua con gas y solo llegaron 2", [], "", [])
M(
    "bodega-sol",
    1,
    "ORDER",
    "6 botellas de prosecco por favor",
    [L("PROSECCO", 1, P75)],
    "6 bottles = one case of 6 x 75cl.",
    ["count"],
)
M(
    "bodega-sol",
    4,
    "ORDER",
    "2 o 3 barriles de madri, como veas",
    [L("MADRI-KEG", None)],
    "Range: quantities not stated.",
    ["range"],
)

# ---------------- Murphy's Corner (Irish pub) ----------------
M(
    "murphys-corner",
    0,
    "ORDER",
    "howya, 4 guinness kegs, 6 jamesons, 2 baileys and 2 guinness gas for wed, grand so",
    [L("GUIN-KEG", 4), L("JAMESON", 6), L("BAILEYS", 2), L("MIXED-30", 2)],
    "'guinness gas' is the 30/70.",
    ["dialect"],
)
M(
    "murphys-corner",
    1,
    "ORDER",
    "guinness x6",
    [A(6, ["GUIN-KEG", "GUIN-CAN"])],
    "'guinness' fits keg and cans.",
    [],
)
M(
    "murphys-corner",
    2,
    "ORDER",
    "send 40 jameson for thurs",
    [L("JAMESON", 40)],
    "Far above the usual 6, no reason.",
    [],
    outlier=True,
)
M(
    "murphys-corner",
    2,
    "CANCEL",
    "ignore the 40 jameson msg, fat fingers, cancel that one",
    [],
    "Cancels the outlier.",
    [],
)
M(
    "murphys-corner",
    3,
    "ORDER",
    "[voice note] hi it's Siobhan from Murphy's eh can we get three kegs of guinness a carling and two boxes of the dry roasted no sorry make that three boxes of dry roasted thanks",
    [L("GUIN-KEG", 3), L("CARL-KEG", 1), L("KP-DRY", 3)],
    "Self-correction: 3 cards (boxes) of dry roasted.",
    ["voice", "spoken", "self_correction"],
)
M(
    "murphys-corner",
    4,
    "ORDER",
    "2 cards dry roasted, 1 cheese and onion, 1 big co2 pls",
    [L("KP-DRY", 2), L("WALKERS-CHEESE", 1), L("CO2", 1, G)],
    "",
    [],
)
M(
    "murphys-corner",
    5,
    "ORDER",
    "bailey's x3 and jameson x4",
    [L("BAILEYS", 3), L("JAMESON", 4)],
    "",
    ["typo"],
)
M(
    "murphys-corner",
    6,
    "ORDER",
    "I'd like 3 kegs of guinness and a carling for friday",
    [L("GUIN-KEG", 3), L("CARL-KEG", 1)],
    "",
    ["non_order_request"],
)

# ---------------- The Wee Dram (Scottish bar, SMS) ----------------
M(
    "wee-dram",
    0,
    "ORDER",
    "aye 4 grouse 2 jd n a camden keg fer thursday cheers pal",
    [L("GROUSE", 4), L("JACK-DANIELS", 2), L("CAMDEN-KEG", 1)],
    "",
    ["dialect"],
)
M(
    "wee-dram",
    1,
    "ORDER",
    "whisky x 6",
    [A(6, ["JAMESON", "GROUSE", "JACK-DANIELS"])],
    "'whisky' fits three.",
    [],
)
M(
    "wee-dram",
    2,
    "ORDER",
    "ironbridge x1",
    [A(1, ["IRONB-IPA-KEG", "IRONB-PALE-KEG"])],
    "'ironbridge' fits IPA and pale.",
    [],
)
M(
    "wee-dram",
    3,
    "OTHER",
    "Wee heads up, new bar manager Callum's number is 07700 900733, he'll be texting orders fae now on",
    [],
    "",
    ["dialect"],
)
M(
    "wee-dram",
    4,
    "ORDER",
    "2 scampi fries 1 salt n vinegar",
    [L("SCAMPI-FRIES", 2), L("WALKERS-SALTVIN", 1)],
    "",
    [],
)
M(
    "wee-dram",
    5,
    "QUESTION",
    "dae yous dae Irn Bru? punters keep askin",
    [],
    "Not stocked.",
    ["dialect", "not_in_catalog"],
)
M(
    "wee-dram",
    6,
    "ORDER",
    "same again as last week cheers",
    [],
    "Reference to the last order.",
    [],
    ref=("last", {}),
)
M(
    "wee-dram",
    2,
    "ORDER",
    "half a case of tomato juice n 2 grouse",
    [L("BRITVIC-TOMATO", 0.5), L("GROUSE", 2)],
    "Half a case is 0.5: a fraction is never shipped as written.",
    ["fraction"],
)

# ---------------- Strike Lanes ----------------
M(
    "strike-lanes",
    0,
    "ORDER",
    "hey! 2 peroni bottles 2 camden cans and a punk ipa",
    [A(2, ["PERONI-330", "PERONI-620"]), L("CAMDEN-CAN", 2), L("PUNK-IPA", 1, None)],
    "'peroni bottles' fits both bottle sizes; small-N counts are cases; Punk can size not stated.",
    ["container"],
)
M(
    "strike-lanes",
    1,
    "ORDER",
    "punk tallboys x2",
    [L("PUNK-IPA", 2, "24 x 440ml Can")],
    "'tallboys' are the 440ml cans.",
    [],
)
M("strike-lanes", 2, "ORDER", "diet coke bib x2 pls", [L("PM-DIET-COKE", 2)], "", [])
M(
    "strike-lanes",
    3,
    "QUESTION",
    "What time's your cut off for next day? want to get the order in tonight",
    [],
    "",
    [],
)
M(
    "strike-lanes",
    4,
    "ORDER",
    "i'd like three j2o orange a red bull and two ready salted",
    [L("J2O-ORANGE", 3), L("RED-BULL", 1), L("WALKERS-READY", 2)],
    "Spoken list: number words and 'a' start items.",
    ["spoken", "non_order_request"],
)
M(
    "strike-lanes",
    5,
    "ORDER",
    "2 peroni 330 cases 2 camden cans 2 j2o orange 2 ready salted",
    [L("PERONI-330", 2), L("CAMDEN-CAN", 2), L("J2O-ORANGE", 2), L("WALKERS-READY", 2)],
    "",
    ["spoken"],
)
M(
    "strike-lanes",
    6,
    "ORDER",
    "30 cans of red bull for the weekend",
    [L("RED-BULL", None)],
    "30 cans is no whole case: quantities not stated.",
    ["count"],
)
M(
    "strike-lanes",
    0,
    "ORDER",
    "same as last mon but no red bull and add 2 coke zero",
    [L("COKE-ZERO", 2)],
    "Reference with a removal and an addition.",
    [],
    ref=("last", {"rm": ["RED-BULL"]}),
)
M(
    "strike-lanes",
    3,
    "ORDER",
    "[voice note] can we get two diet coke bibs a coke bib and three cases of large sparkling water",
    [L("PM-DIET-COKE", 2), L("PM-COKE", 1), L("WATER-SPARK", 3, W750)],
    "Spoken list; 'large' picks the 750ml.",
    ["voice", "spoken", "non_order_request"],
)

# ---------------- Riverside Marquee Events (no usual basket) ----------------
M(
    "riverside-events",
    0,
    "ORDER",
    "Our usual event order please for the Hendry wedding on Saturday 3rd",
    [],
    "The caterer has no usual basket.",
    ["ambiguous_reference"],
    ref=("usual", {}),
)
M(
    "riverside-events",
    1,
    "ORDER",
    "Hello,\n\nFor the Ashcombe summer fair (Sunday 4 June, approx 600 guests) please deliver to the marquee at Ashcombe Park, gate B:\n\n- Peroni 330ml x 10 cases\n- Corona x 6 cases\n- Thatchers Gold cans x 4 cases\n- House white 6x75cl x 8 cases\n- Prosecco 75cl x 6 cases\n- Polycarbonate pints x 10 boxes\n- White cocktail napkins x 6 packs\n\nSale or return on unopened cases as agreed.\n\nBest wishes,\nAmelia Stroud\nEvents Manager, Riverside Marquee Events\n020 7946 0391",
    [
        L("PERONI-330", 10),
        L("CORONA-330", 6),
        L("THATCH-GOLD-CAN", 4),
        L("HOUSE-WHITE", 8),
        L("PROSECCO", 6, P75),
        L("POLY-PINT", 10),
        L("NAPKINS", 6, "White"),
    ],
    "Guest count and phone are not quantities.",
    ["signature"],
)
M(
    "riverside-events",
    2,
    "ORDER",
    "Same as our last order please, for the Mayhew party on Friday. Amelia",
    [],
    "Reference to the last order.",
    [],
    ref=("last", {}),
)
M(
    "riverside-events",
    3,
    "ORDER",
    "Can you supply 20 bags of ice with the Saturday drop? If not we'll source locally.",
    [N(20, "ice")],
    "Ice is not stocked.",
    ["non_order_request", "conditional"],
)
M(
    "riverside-events",
    4,
    "ORDER",
    "For Friday's corporate do at the boathouse (about 150): 6 cases peroni 330, 4 cases corona, 4 cases house white, 3 house red cases, 2 boxes of 175ml wine glasses",
    [
        L("PERONI-330", 6),
        L("CORONA-330", 4),
        L("HOUSE-WHITE", 4),
        L("HOUSE-RED", 3),
        L("WINE-GLASS", 2, "175ml"),
    ],
    "",
    [],
)
M(
    "riverside-events",
    5,
    "COMPLAINT",
    "3 boxes of the wine glasses from Saturday arrived chipped, photos attached. Amelia",
    [],
    "",
    [],
)
M(
    "riverside-events",
    6,
    "ORDER",
    "10 cases house wine for the fair please",
    [A(10, HOUSE3)],
    "'house wine' by the case fits three.",
    ["unit_word"],
)

# ---------------- The Old Forge (first-time customer) ----------------
M(
    "old-forge",
    0,
    "ORDER",
    "Hi, we're The Old Forge, reopening on the 9th after the refit. First order please, pay on delivery: 2 carling, 1 guinness keg, 1 strongbow, 2 big co2 and 1 guinness gas. Delivery to 3 Forge Lane. Thanks, Mick",
    [L("CARL-KEG", 2), L("GUIN-KEG", 1), L("STRONGBOW-KEG", 1), L("CO2", 2, G), L("MIXED-30", 1)],
    "First order paid on delivery.",
    ["new_customer"],
)
M(
    "old-forge",
    1,
    "ORDER",
    "Can we set up a 30 day account? If so add 2 cases each of house red and house white on it",
    [L("HOUSE-RED", 2), L("HOUSE-WHITE", 2)],
    "Depends on a new 30-day account: review.",
    ["new_customer", "credit", "conditional"],
    rv=True,
)
M("old-forge", 2, "QUESTION", "peroni kegs, which sizes do you do?", [], "", ["new_customer"])
M(
    "old-forge",
    3,
    "ORDER",
    "Also need glasses, 4 boxes pint nonics and 2 boxes of the half pint nonics, cheers Mick",
    [L("NONIC", 4, "Pint 20oz"), L("NONIC", 2, "Half Pint 10oz")],
    "Two variants of one product.",
    ["new_customer"],
)
M(
    "old-forge",
    5,
    "ORDER",
    "Same as my first order again for next week pls",
    [],
    "A first-time customer: messages are not history.",
    ["new_customer", "ambiguous_reference"],
    ref=("last", {}),
)

# ---------------- Hop Yard (first-time customer) ----------------
M(
    "hop-yard",
    0,
    "ORDER",
    "Hi there,\n\nHop Yard here - we open on 8 June. Could we order: Ironbridge IPA 30L x 2, Ironbridge Pale 30L x 2, Punk IPA 440 cans x 2 cases, Lucky Saint x 2 cases, and Pipers (all three flavours) 1 case each. Payment on delivery is fine.\n\nCheers,\nNoor Haddad\nHop Yard, 61 Mill St",
    [
        L("IRONB-IPA-KEG", 2),
        L("IRONB-PALE-KEG", 2),
        L("PUNK-IPA", 2, "24 x 440ml Can"),
        L("LUCKY-SAINT", 2),
        L("PIPERS-SEASALT", 1),
        L("PIPERS-CHEDDAR", 1),
        L("PIPERS-PEPPER", 1),
    ],
    "'all three flavours, 1 case each' expands to three lines.",
    ["new_customer", "signature", "non_order_request"],
)
M(
    "hop-yard",
    1,
    "QUESTION",
    "Do you have Heineken or any Dutch lager on keg? Noor",
    [],
    "Not stocked.",
    ["new_customer", "not_in_catalog"],
)
M(
    "hop-yard",
    2,
    "ORDER",
    "Hi, quick add-on for the opening: 2 cases of Camden Hells cans and a Camden Hells keg please. Noor",
    [L("CAMDEN-CAN", 2), L("CAMDEN-KEG", 1)],
    "",
    ["new_customer"],
)

# ---------------- more plain orders ----------------
M(
    "fox-hounds",
    3,
    "ORDER",
    "hiya can u drop a carling keg, 2 cases of coke cans n a case of scampi fries tmoz, ta Jan",
    [L("CARL-KEG", 1), L("COKE", 2, CAN), L("SCAMPI-FRIES", 1)],
    "",
    ["typo", "non_order_request"],
)
M(
    "quarry-club",
    2,
    "ORDER",
    "2 x carling, 1 x strongbow, 6 bottles of glens & 2 blackcurrant. Ken",
    [L("CARL-KEG", 2), L("STRONGBOW-KEG", 1), L("GLENS-VODKA", 6), L("BLACKCURRANT", 2)],
    "Spirits and cordials are sold by the bottle.",
    [],
)
M(
    "bar-zorza",
    6,
    "ORDER",
    "Poproszę 2 karty skwarek Mr Porky i 3 skrzynki peroni 620 na wtorek",
    [L("SCRATCHINGS", 2), L("PERONI-620", 3)],
    "",
    ["number_in_name"],
)
M(
    "bodega-sol",
    3,
    "ORDER",
    "Buenas, para el jueves 1 caja de agua sin gas pequeña, 1 de tónica Fever-Tree y 1 caja de copas de gin. Gracias!",
    [L("WATER-STILL", 1, W330), L("FT-TONIC", 1), L("GIN-BALLOON", 1)],
    "'tónica Fever-Tree' is the Indian (light carries its word).",
    [],
)
M(
    "llew-du",
    5,
    "ORDER",
    "Noswaith dda, 1 carling a 2 bocs o Walkers ready salted plis erbyn dydd Sadwrn",
    [L("CARL-KEG", 1), L("WALKERS-READY", 2)],
    "",
    [],
)
M(
    "greyhound",
    3,
    "ORDER",
    "morning, 4 carling 2 guinness kegs 2 madri + 2 coke bib + 1 diet bib for mon",
    [L("CARL-KEG", 4), L("GUIN-KEG", 2), L("MADRI-KEG", 2), L("PM-COKE", 2), L("PM-DIET-COKE", 1)],
    "",
    ["spoken"],
)
M(
    "harbour-lights",
    2,
    "ORDER",
    "Good morning,\n\nPO HL-22841: Lucky Saint x 1 case, Britvic orange x 2 cases, Gordon's 70cl x 2, Fever-Tree tonic x 2 cases, large wine glasses (250ml) x 1 box.\n\nKind regards,\nPriya Nandakumar\nPurchasing Manager | Harbour Lights Hotel",
    [
        L("LUCKY-SAINT", 1),
        L("BRITVIC-ORANGE", 2),
        L("GORDONS", 2, "70cl"),
        L("FT-TONIC", 2),
        L("WINE-GLASS", 1, "250ml"),
    ],
    "",
    ["signature"],
)
M(
    "velvet-lounge",
    1,
    "ORDER",
    "2 cs ginger beer, 3 sugar syrups, 2 boxes stripy straws & 2 packs burgundy napkins x",
    [
        L("FT-GINGER-BEER", 2),
        L("SUGAR-SYRUP", 3),
        L("PAPER-STRAWS", 2, "Striped"),
        L("NAPKINS", 2, "Burgundy"),
    ],
    "",
    [],
)
M(
    "wee-dram",
    4,
    "ORDER",
    "camden keg n a guinness keg fer sat, plus 1 case lemonade cans",
    [L("CAMDEN-KEG", 1), L("GUIN-KEG", 1), L("SCHW-LEMONADE", 1)],
    "",
    ["dialect"],
)
M(
    "northgate-su",
    5,
    "ORDER",
    "Subject: PO NSU-5547\n\nHi, could we get 6 Carling 50L, 3 Strongbow Dark Fruit 50L and 6 cases of Red Bull for Monday? Bay 3 as always.\n\nThanks,\nSian",
    [L("CARL-KEG", 6), L("STRONGBOW-DF-KEG", 3), L("RED-BULL", 6)],
    "",
    ["non_order_request"],
)
M(
    "murphys-corner",
    1,
    "ORDER",
    "2 mixed gas 30/70 and 1 big co2 for tmrw pls, Siobhan",
    [L("MIXED-30", 2), L("CO2", 1, G)],
    "'mixed gas 30/70' names one product.",
    ["number_in_name"],
)
M(
    "brassworks",
    2,
    "ORDER",
    "3 cs stella n 2 cs diet coke cans for sat",
    [L("STELLA-284", 3), L("DIET-COKE", 2, CAN)],
    "",
    [],
)
M(
    "murphys-corner",
    4,
    "ORDER",
    "1 case of the guinness 0.0 for the designated drivers pls",
    [L("GUIN-00-CAN", 1)],
    "'0.0' is in the name.",
    ["number_in_name"],
)
M(
    "velvet-lounge",
    6,
    "ORDER",
    "pineapple juice x2 cases and 2 roses lime pls",
    [L("BRITVIC-PINE", 2), L("ROSES-LIME", 2)],
    "",
    [],
)
M(
    "golf-club",
    2,
    "ORDER",
    "A card of cashews and 2 cards of honey roast peanuts for the halfway hut, please. Gordon",
    [L("CASHEWS", 1), L("KP-HONEY", 2)],
    "",
    [],
)
M(
    "greyhound",
    6,
    "ORDER",
    "pint glasses x3 boxes, lads keep smashing them",
    [A(3, ["NONIC", "CONICAL", "POLY-PINT"], "Pint 20oz")],
    "'pint glasses' fits nonic, conical and poly pints.",
    [],
)
M(
    "taverners-hub",
    6,
    "ORDER",
    "For The Swan under PO TPC-118241: glass cloths x 4 packs, beer mats x 2 boxes, hi-ball glasses x 3 boxes.\n\nDaniel Whitcombe\nCentral Purchasing",
    [L("GLASS-CLOTHS", 4), L("BEER-MATS", 2), L("HIBALL", 3)],
    "",
    ["signature"],
)
M(
    "fox-hounds",
    6,
    "ORDER",
    "nuts x3 for the quiz night",
    [A(3, ["KP-SALTED", "KP-DRY", "KP-HONEY"])],
    "'nuts' fits three peanuts.",
    [],
)
