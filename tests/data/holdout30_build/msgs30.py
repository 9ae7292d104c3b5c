# ruff: noqa  (hand-written data generator of blind set 30, kept as its writer left it)
"""msgs30: the hand-written messages of holdout30 and their plain labels.

M(customer, day, intent, text, lines, notes, tags, ...)
  day: 0..6 = 2027-08-02 .. 2027-08-08
  review: a reason for review other than an open line (reference, credit, conditional, range)
  hard: that reason cannot be settled by history (credit, conditional, range)
  ref: {"kind": "usual"|"last"|"first", "remove": [sku], "double": [sku]}; lines marked S(...) are new
       quantities that replace the basket's, the other lines are additions
  change: change_lines of a CHANGE row
"""

MSGS = []


def M(
    cust,
    day,
    intent,
    text,
    lines=(),
    notes="",
    tags=(),
    review=False,
    hard=False,
    ref=None,
    outlier=False,
    change=None,
    lang=None,
    channel=None,
):
    MSGS.append(
        dict(
            customer=cust,
            day=day,
            intent=intent,
            text=text,
            lines=[dict(x) for x in lines],
            notes=notes,
            tags=list(tags),
            review=review,
            hard=hard,
            ref=ref,
            outlier=outlier,
            change=change,
            lang=lang,
            channel=channel,
        )
    )


NOV = object()


def L(sku, q, v=NOV, nofill=False):
    d = {"sku": sku, "quantity": q}
    if v is not NOV:
        d["variant"] = v
    if nofill:
        d["_nofill"] = True
    return d


def S(sku, q, v=NOV):
    d = L(sku, q, v)
    d["_set"] = True
    return d


def F(q, cands, cv=None, setq=False):
    d = {"sku": None, "quantity": q, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    if setq:
        d["_set"] = True
    return d


def X(q):
    return {"sku": None, "quantity": q, "_nic": True}


GLOVES = ["GLOVE-NIT", "GLOVE-VIN"]
CLING = ["CLING-450", "CLING-300"]
FOIL = ["FOIL-450", "FOIL-300"]
TT = ["TT-WHITE", "TT-BLUECHECK"]
BOARDS = ["BOARD-STD", "BOARD-LG"]
PROBES = ["PROBE-DIG", "PROBE-POCKET", "PROBE-FOLD"]

# ---------------------------------------------------------------- copper-pot (gastropub, WhatsApp)
M(
    "copper-pot",
    0,
    "ORDER",
    "Morning! can we get 4 boxes large nitrile, 2 rolls of the 450 cling and 1 450 foil for tmrw pls",
    [L("GLOVE-NIT", 4, "Large"), L("CLING-450", 2), L("FOIL-450", 1)],
    "450 is the width in the names, not a quantity",
    ["number_in_name"],
)
M(
    "copper-pot",
    1,
    "ORDER",
    "usual for thursday pls + 2 of the large red boards",
    [L("BOARD-LG", 2, "Red")],
    "reference to the usual basket; the large red board is an addition",
    ["reference", "variant"],
    review=True,
    ref={"kind": "usual"},
)
M(
    "copper-pot",
    1,
    "ORDER",
    "need a new chef knife for the new commis, red handle pls. and 2 fish slices while ur at it",
    [L("KN-CHEF25", 1, "Red"), L("FISH-SLICE", 2)],
    "only the 25cm chef's knife comes with a red handle (the 20cm is black only), so the colour settles the product",
    ["variant", "family"],
)
M(
    "copper-pot",
    2,
    "ORDER",
    "hi its dan from the copper pot can i get two boxes of large nitrile gloves a roll of blue roll and three tuesday day dots",
    [L("GLOVE-NIT", 2, "Large"), L("BLUE-ROLL", None), L("DAYDOTS", 3, "Tuesday")],
    "voice note without commas; blue roll is sold by the pack of 6, one roll is not a whole number of packs (quantities not stated)",
    ["spoken", "container", "voice"],
)
M(
    "copper-pot",
    3,
    "QUESTION",
    "do you do the 600x450 boards in yellow? chef wants one for cooked meats",
    [],
    "the large board comes in red, blue, green and white only; a question, not an order",
    ["question"],
)
M(
    "copper-pot",
    4,
    "ORDER",
    "2 x 8oz deli pots (cases) and 1 pack blue cloths ta",
    [L("DELI-POTS", 2, "8oz"), L("CLOTHS-AP", 1, "Blue")],
    "",
    ["variant"],
)
M(
    "copper-pot",
    4,
    "COMPLAINT",
    "the 28cm non stick pans we got last month are already peeling, 3 of them. not happy tbh",
    [],
    "",
    ["complaint"],
)
M(
    "copper-pot",
    5,
    "ORDER",
    "Could you send 2 more monday dots and a roll of wide foil with Thursday's delivery?",
    [L("DAYDOTS", 2, "Monday"), L("FOIL-450", 1)],
    "an addition to a placed order is ORDER; opens like a request",
    ["non_order_request"],
)
M(
    "copper-pot",
    6,
    "CHANGE",
    "I'd like to swap the blue cloths on thursday's order for red ones pls, same qty",
    [],
    "amendment of a placed order: the blue pack out, one red pack in",
    ["change", "non_order_request"],
    change=[L("CLOTHS-AP", 0, "Blue"), L("CLOTHS-AP", 1, "Red")],
)
M(
    "copper-pot",
    2,
    "ORDER",
    "4 aprons for the new starters pls and a box of blue plasters",
    [F(4, ["APRON-BIB-BLK", "APRON-BIB-WHT", "APRON-WAIST", "APRON-DISP"]), L("PLASTERS-BLUE", 1)],
    "ambiguous: bare 'aprons' (black or white bib, waist, disposable roll)",
    ["family"],
)
M(
    "copper-pot",
    3,
    "ORDER",
    "2 boxes L nitrile and a bottle of sanitiser spray please",
    [L("GLOVE-NIT", 2, "Large"), X(1)],
    "sanitiser spray is not in catalog",
    ["not_in_catalog"],
)

# ---------------------------------------------------------------- millstone-canteen (staff canteen, email)
M(
    "millstone-canteen",
    0,
    "ORDER",
    "Subject: Order PO 55210\n\nHi team,\nPlease send for Wednesday:\n- Vinyl gloves large x 6 boxes\n- Vinyl gloves medium x 4 boxes\n- Hair nets x 2 packs\n- Disposable aprons x 2 rolls\n\nThanks\nRuth Okafor\nCatering Manager, Millstone Staff Canteen\nUnit 4, 27 Millstone Road\nTel 020 7946 0412",
    [L("GLOVE-VIN", 6, "Large"), L("GLOVE-VIN", 4, "Medium"), L("HAIRNETS", 2), L("APRON-DISP", 2)],
    "PO number, unit and street numbers and phone are not quantities",
    ["signature"],
)
M(
    "millstone-canteen",
    1,
    "ORDER",
    "Subject: Repeat order\n\nSame as last week please, but 4 x 450 cling instead of 3 and no dissolvable labels this time.\n\nRuth",
    [S("CLING-450", 4)],
    "reference to last week's order; new quantity of cling film, labels removed",
    ["reference"],
    review=True,
    ref={"kind": "last", "remove": ["DISSOLVE-LBL"]},
)
M(
    "millstone-canteen",
    2,
    "ORDER",
    "Could you add 500 vinyl gloves in large to Wednesday's delivery?",
    [L("GLOVE-VIN", 5, "Large")],
    "500 gloves = 5 boxes of 100",
    ["count", "non_order_request"],
)
M(
    "millstone-canteen",
    2,
    "ORDER",
    "Subject: gastro pans\n\nWe need 6 more 1/1 gastronorms, 100 deep, for the new servery counter.\n\nRuth",
    [F(6, ["GN11-SS", "GN11-PC"], "100mm")],
    "ambiguous: 1/1 at 100mm exists in stainless and polycarbonate",
    ["family", "number_in_name"],
)
M(
    "millstone-canteen",
    3,
    "QUESTION",
    "I would like to know if you can supply chef jackets with our logo embroidered. We have 14 staff.",
    [],
    "chef jackets are not in catalog; a question",
    ["question", "non_order_request", "not_in_catalog"],
)
M(
    "millstone-canteen",
    3,
    "CHANGE",
    "Subject: PO 55210 amendment\n\nPlease change Wednesday's order: the large vinyl gloves should be 8 boxes, not 6. Everything else stays.\n\nRuth",
    [],
    "amendment of a placed order",
    ["change"],
    change=[L("GLOVE-VIN", 8, "Large")],
)
M(
    "millstone-canteen",
    4,
    "ORDER",
    "Subject: Top-up\n\n3 x dissolvable label rolls, 2 x fridge thermometer packs, 1 infrared thermometer.\n\nThanks, Ruth",
    [L("DISSOLVE-LBL", 3), L("FRIDGE-THERMO", 2), L("IR-THERMO", 1)],
    "",
    [],
)
M(
    "millstone-canteen",
    5,
    "ORDER",
    "Subject: Ladles\n\nWe need ladles for the new soup station, 4 of them please.\n\nRuth",
    [F(4, ["LADLE-120", "LADLE-250"])],
    "ambiguous: 4oz or 8oz ladle",
    ["family"],
)

# ---------------------------------------------------------------- st-brides-school (school kitchen, email)
M(
    "st-brides-school",
    0,
    "ORDER",
    "Hello, for Friday please: 3 boxes medium vinyl gloves, 1 pack of hairnets, 1 roll disposable aprons and a box of blue plasters.\n\nMany thanks,\nMrs J. Pennington\nSchool Cook, St Bride's Primary",
    [L("GLOVE-VIN", 3, "Medium"), L("HAIRNETS", 1), L("APRON-DISP", 1), L("PLASTERS-BLUE", 1)],
    "",
    ["signature"],
)
M(
    "st-brides-school",
    1,
    "ORDER",
    "The usual please, and could you add 2 purple chopping boards for the allergen station?",
    [L("BOARD-STD", 2, "Purple")],
    "reference to the usual; purple exists only on the standard board, so the colour settles the product",
    ["reference", "variant", "family"],
    review=True,
    ref={"kind": "usual"},
)
M(
    "st-brides-school",
    2,
    "QUESTION",
    "Can I pay invoice INV-30917 by BACS? Our school business manager needs your sort code.",
    [],
    "",
    ["question", "non_order_request"],
)
M(
    "st-brides-school",
    3,
    "ORDER",
    "Please send 2 packs green cloths and 3 boxes of bin bags.",
    [L("CLOTHS-AP", 2, "Green"), X(3)],
    "bin bags are not in catalog",
    ["not_in_catalog"],
)
M(
    "st-brides-school",
    4,
    "OTHER",
    "We reopen on 6 September. Please pause deliveries until then, we will order the week before. Have a good summer!",
    [],
    "",
    ["other"],
)
M(
    "st-brides-school",
    4,
    "ORDER",
    "Could we also have 300 hairnets on Friday?",
    [L("HAIRNETS", 3)],
    "300 hairnets = 3 packs of 100",
    ["count", "non_order_request"],
)

# ---------------------------------------------------------------- harbour-hospital (hospital catering, email)
M(
    "harbour-hospital",
    0,
    "ORDER",
    "Subject: Weekly order - Ward kitchens\n\nPlease deliver Thursday to Loading Bay 3:\nNitrile gloves medium - 10 boxes\nNitrile gloves large - 6 boxes\nProbe wipes - 2 tubs\nBeard snoods - 1 pack\n\nRegards\nAlan Mistry\nCatering Services Supervisor\nHarbourside Hospital, 1 Quay Lane\n020 7946 0733",
    [L("GLOVE-NIT", 10, "Medium"), L("GLOVE-NIT", 6, "Large"), L("PROBE-WIPES", 2), L("SNOODS", 1)],
    "loading bay and street numbers are not quantities",
    ["signature"],
)
M(
    "harbour-hospital",
    1,
    "ORDER",
    "Please add 1,000 medium nitrile gloves and 400 large to this week's order.",
    [L("GLOVE-NIT", 10, "Medium"), L("GLOVE-NIT", 4, "Large")],
    "counts of gloves converted to boxes of 100",
    ["count"],
)
M(
    "harbour-hospital",
    1,
    "ORDER",
    "We need 250 disposable aprons for the deep clean on Saturday.",
    [L("APRON-DISP", None)],
    "the aprons come in rolls of 200: 250 is not a whole number of rolls",
    ["count", "container"],
)
M(
    "harbour-hospital",
    2,
    "ORDER",
    "Could you send 6 probes for the ward kitchens? Our old ones keep failing calibration.",
    [F(6, PROBES)],
    "ambiguous: cable, pocket or folding probe",
    ["family", "non_order_request"],
)
M(
    "harbour-hospital",
    2,
    "QUESTION",
    "What is the lead time on the 81 litre ingredient bins? We may need 4 for the new bakery section.",
    [],
    "asks for information; 81 litre is a size and 4 is not an order",
    ["question"],
)
M(
    "harbour-hospital",
    3,
    "ORDER",
    "Usual order for Thursday please, plus 2 boxes of the small vac pouches.",
    [L("VAC-200300", 2)],
    "reference to the usual; the small pouches are the 200 x 300",
    ["reference"],
    review=True,
    ref={"kind": "usual"},
)
M(
    "harbour-hospital",
    4,
    "COMPLAINT",
    "Subject: INV-40822\n\nThis invoice charges us for 6 tubs of probe wipes, we received 2. Please issue a credit note.\n\nAlan Mistry",
    [],
    "",
    ["complaint"],
)
M(
    "harbour-hospital",
    4,
    "ORDER",
    "Subject: Allergen kit\n\n10 x purple standard chopping boards\n5 x folding probes\n2 x boxes detectable plasters\n\nAlan",
    [L("BOARD-STD", 10, "Purple"), L("PROBE-FOLD", 5), L("PLASTERS-BLUE", 2)],
    "",
    ["variant"],
)
M(
    "harbour-hospital",
    5,
    "QUESTION",
    "Please could you send us the food-contact compliance certificates for your polycarbonate gastronorms? Our auditor visits on the 19th.",
    [],
    "a request for documents, not an order",
    ["question", "non_order_request"],
)

# ---------------------------------------------------------------- maple-care (care home, SMS)
M(
    "maple-care",
    0,
    "ORDER",
    "Hi its Maple Lodge, 2 box medium vinyl gloves and 1 roll of aprons pls, Tues if poss. Bev",
    [L("GLOVE-VIN", 2, "Medium"), L("APRON-DISP", 1)],
    "'roll of aprons' can only be the disposable aprons (the others are sold each)",
    [],
)
M(
    "maple-care",
    1,
    "ORDER",
    "same as last week pls bev",
    [],
    "reference to last week's order",
    ["reference"],
    review=True,
    ref={"kind": "last"},
)
M(
    "maple-care",
    2,
    "ORDER",
    "can u add 2 packs of tea towels to tues",
    [F(2, TT)],
    "ambiguous: white or blue check tea towels",
    ["family"],
)
M(
    "maple-care",
    3,
    "QUESTION",
    "Do u have the yellow cloths in a bigger pack? we go thru loads",
    [],
    "",
    ["question"],
)
M(
    "maple-care",
    4,
    "ORDER",
    "2 boxes medium vinyl an aprons roll and a pack of yellow cloths",
    [L("GLOVE-VIN", 2, "Medium"), L("APRON-DISP", 1), L("CLOTHS-AP", 1, "Yellow")],
    "no commas",
    ["spoken"],
)

# ---------------------------------------------------------------- saffron-house (Indian restaurant, WhatsApp)
M(
    "saffron-house",
    0,
    "ORDER",
    "Salaam bhai, order for tmrw: 2 cs 4oz deli pots, 1 cs 16oz, 3 box medium nitrile, 2 rolls 45cm foil. Shukriya",
    [L("DELI-POTS", 2, "4oz"), L("DELI-POTS", 1, "16oz"), L("GLOVE-NIT", 3, "Medium"), L("FOIL-450", 2)],
    "",
    ["variant"],
)
M(
    "saffron-house",
    1,
    "ORDER",
    "need 3 cases deli pots asap running out",
    [L("DELI-POTS", 3, None)],
    "ambiguous: no size given (4oz, 8oz or 16oz)",
    ["variant"],
)
M(
    "saffron-house",
    2,
    "ORDER",
    "send 100 of the 16oz deli pots only, just need a few for the weekend",
    [L("DELI-POTS", None, "16oz")],
    "a case holds 250: 100 is not a whole number of cases",
    ["count", "container"],
)
M(
    "saffron-house",
    3,
    "ORDER",
    "4 x 1/6 gastro 150 deep steel + lids for them",
    [L("GN16-SS", 4, "150mm"), L("LID-GN16-SS", 4)],
    "'lids for them' is one steel 1/6 lid per container",
    ["variant", "number_in_name"],
)
M(
    "saffron-house",
    4,
    "ORDER",
    "40 box medium nitrile for friday",
    [L("GLOVE-NIT", 40, "Medium")],
    "about ten times the usual 3 boxes, no reason given",
    ["outlier"],
    outlier=True,
)
M(
    "saffron-house",
    5,
    "QUESTION",
    "bhai do you sell tandoor skewers? the long flat ones",
    [],
    "tandoor skewers are not in catalog",
    ["question", "not_in_catalog"],
)
M(
    "saffron-house",
    6,
    "ORDER",
    "bhai send three cases four oz pots two boxes medium gloves and a wide foil",
    [L("DELI-POTS", 3, "4oz"), F(2, GLOVES, "Medium"), L("FOIL-450", 1)],
    "spoken list; ambiguous: medium gloves are nitrile or vinyl",
    ["spoken", "family"],
)

# ---------------------------------------------------------------- bluebell-cafe (café, SMS)
M(
    "bluebell-cafe",
    0,
    "ORDER",
    "Bluebell cafe: 1 small vinyl gloves, 1 cling film 300, 1 blue roll pack, 1 baking parchment. Thx Sue",
    [L("GLOVE-VIN", 1, "Small"), L("CLING-300", 1), L("BLUE-ROLL", 1), L("PARCHMENT-450", 1)],
    "",
    [],
)
M(
    "bluebell-cafe",
    1,
    "ORDER",
    "usual thx sue",
    [],
    "reference to the usual",
    ["reference"],
    review=True,
    ref={"kind": "usual"},
)
M(
    "bluebell-cafe",
    2,
    "ORDER",
    "can I get 2 baking trays no sorry make it 3 and a muffin tray",
    [L("TRAY-BAKE-6040", 3), L("MUFFIN-12", 1)],
    "self-correction to 3; 'baking tray' is the plain solid tray (the perforated one carries its word)",
    ["self_correction", "spoken", "non_order_request"],
)
M("bluebell-cafe", 3, "QUESTION", "what time does the driver usually come on tuesdays?", [], "", ["question"])
M(
    "bluebell-cafe",
    4,
    "ORDER",
    "add a cling film to tuesday pls",
    [F(1, CLING)],
    "ambiguous: 450 or 300 cling film",
    ["family"],
)

# ---------------------------------------------------------------- grand-albion (hotel kitchen, email)
M(
    "grand-albion",
    0,
    "ORDER",
    "Subject: PO 88120 - kitchen stores\n\nGood afternoon,\n\nPlease supply for delivery Tuesday 3rd August before 7am:\n1. Nitrile gloves L x5 boxes\n2. Nitrile gloves M x5 boxes\n3. Vacuum pouches 300 x 400 x 1 box\n4. Vacuum pouches 200 x 300 x 2 boxes\n5. Disposable piping bags x1 roll\n6. Day dots - Wednesday x1 roll\n\nKind regards,\nMarcus Lindqvist\nExecutive Sous Chef\nThe Grand Albion Hotel, 12-14 Esplanade\nT: 020 7946 0158",
    [
        L("GLOVE-NIT", 5, "Large"),
        L("GLOVE-NIT", 5, "Medium"),
        L("VAC-300400", 1),
        L("VAC-200300", 2),
        L("PIPING-53", 1),
        L("DAYDOTS", 1, "Wednesday"),
    ],
    "list numbering, PO, date, time, pouch sizes and street numbers are not quantities",
    ["signature", "number_in_name"],
)
M(
    "grand-albion",
    1,
    "ORDER",
    "Subject: Banqueting kit\n\nFor the wedding season we need:\n12 x GN 1/1 stainless 65mm\n12 x 1/1 stainless lids\n6 x 1/2 stainless 150mm\n4 x 2/1 65\n\nPlease confirm.\nMarcus",
    [L("GN11-SS", 12, "65mm"), L("LID-GN11-SS", 12), L("GN12-SS", 6, "150mm"), L("GN21-SS-65", 4)],
    "",
    ["variant", "number_in_name"],
)
M(
    "grand-albion",
    2,
    "ORDER",
    "Please add 10 stainless 1/3 gastronorms to tomorrow's delivery.",
    [L("GN13-SS", 10, None)],
    "ambiguous: depth not given (65, 100 or 150mm)",
    ["variant"],
)
M(
    "grand-albion",
    2,
    "ORDER",
    "Subject: New brigade knives\n\n2 x Kestrel 25cm chef's knife, yellow handle\n2 x same in blue\n1 x filleting knife\n1 x sharpening steel\n\nMarcus",
    [L("KN-CHEF25", 2, "Yellow"), L("KN-CHEF25", 2, "Blue"), L("KN-FILLET18", 1), L("KN-STEEL30", 1)],
    "",
    ["variant"],
)
M(
    "grand-albion",
    3,
    "ORDER",
    "Subject: Weekly stores\n\nAs per last week, but double the glass cloths please.\n\nM.",
    [],
    "reference to last week's order with the glass cloths doubled",
    ["reference"],
    review=True,
    ref={"kind": "last", "double": ["GLASS-CLOTH"]},
)
M(
    "grand-albion",
    3,
    "ORDER",
    "Could we also get 2 large stockpots with lids on Tuesday?",
    [L("STOCKPOT", 2, None, nofill=True)],
    "ambiguous: 'large' picks no size (20L, 36L or 50L)",
    ["variant", "size_word", "non_order_request"],
)
M(
    "grand-albion",
    4,
    "COMPLAINT",
    "Subject: Damaged delivery\n\n3 of the 1/1 polycarbonate containers arrived cracked (delivery note DN-77140). Please replace them on the next run.\n\nMarcus Lindqvist",
    [],
    "a replacement request inside a complaint is not a new order",
    ["complaint"],
)
M(
    "grand-albion",
    5,
    "OTHER",
    "Subject: Automatic reply: Delivery confirmation\n\nI am out of the office until 9 August with limited access to email. For urgent kitchen orders please contact Chef Ade on 07700 900815.",
    [],
    "auto-reply",
    ["other"],
)
M(
    "grand-albion",
    5,
    "ORDER",
    "Subject: Pastry section\n\n4 x muffin trays\n6 x silicone baking mats\n2 x 8L mixing bowls\n2 x 5L mixing bowls\n\nThanks, Marcus",
    [L("MUFFIN-12", 4), L("SILPAT", 6), L("MIXBOWL-8", 2), L("MIXBOWL-5", 2)],
    "",
    ["number_in_name"],
)
M(
    "grand-albion",
    6,
    "ORDER",
    "Subject: Lids\n\nPlease add 8 x 1/3 lids to Tuesday.\n\nM.",
    [F(8, ["LID-GN13-SS", "LID-GN13-SS-NOTCH", "LID-GN13-PC"])],
    "ambiguous: plain steel, notched steel or clear 1/3 lid",
    ["family"],
)
M(
    "grand-albion",
    6,
    "ORDER",
    "Subject: Dots\n\n2000 friday day dots and 2 x 10 white tea towels please.\n\nMarcus",
    [L("DAYDOTS", 2, "Friday"), L("TT-WHITE", 2)],
    "2000 dots = 2 rolls of 1000; '2 x 10' is 2 packs of 10",
    ["count", "pack"],
)

# ---------------------------------------------------------------- fold-bistro (bistro, WhatsApp)
M(
    "fold-bistro",
    0,
    "ORDER",
    "hey, 2 boxes small nitrile + 1 box vac pouches 200x300 + 1 pack red cloths for wed \U0001f44d",
    [L("GLOVE-NIT", 2, "Small"), L("VAC-200300", 1), L("CLOTHS-AP", 1, "Red")],
    "",
    ["emoji"],
)
M(
    "fold-bistro",
    1,
    "ORDER",
    "need 2 x 28cm frying pans, the ones we had last time got wrecked",
    [F(2, ["PAN-NS", "PAN-CS-28"], "28cm")],
    "ambiguous: non-stick 28cm or carbon steel 28cm; no pan in the history",
    ["family"],
)
M(
    "fold-bistro",
    2,
    "ORDER",
    "2 non stick 24s and 1 carbon steel 32",
    [L("PAN-NS", 2, "24cm"), L("PAN-CS-32", 1)],
    "",
    ["variant"],
)
M(
    "fold-bistro",
    3,
    "CANCEL",
    "cancel wednesday's order pls, we're closed for a private party. will reorder thurs",
    [],
    "",
    ["cancel"],
)
M(
    "fold-bistro",
    4,
    "OTHER",
    "thanks for sorting the replacement pan so fast \U0001f64f",
    [],
    "",
    ["other", "emoji"],
)
M(
    "fold-bistro",
    5,
    "ORDER",
    "hi it's ollie at the fold can we get a box of small vac pouches three packs of red cloths and one mandoline thanks",
    [L("VAC-200300", 1), L("CLOTHS-AP", 3, "Red"), L("MANDOLINE", 1)],
    "voice note; the small pouches are the 200 x 300",
    ["spoken", "voice"],
)

# ---------------------------------------------------------------- smokestack (BBQ, WhatsApp)
M(
    "smokestack",
    0,
    "ORDER",
    "yo 4 box XL nitrile, 3 wide foil, 2 blue roll for fri",
    [L("GLOVE-NIT", 4, "X-Large"), L("FOIL-450", 3), L("BLUE-ROLL", 2)],
    "",
    [],
)
M(
    "smokestack",
    1,
    "ORDER",
    "can we get two long tongs a pack of red squeezy bottles and four XL gloves",
    [L("TONGS-40", 2), L("SQUEEZE-RED", 1), L("GLOVE-NIT", 4, "X-Large")],
    "spoken list; X-Large exists only for the nitrile gloves; 'four XL gloves' read as 4 boxes by the small-N rule",
    ["spoken", "container"],
)
M(
    "smokestack",
    2,
    "ORDER",
    "need 18 squeeze bottles, red",
    [L("SQUEEZE-RED", 3)],
    "18 bottles = 3 packs of 6",
    ["count"],
)
M(
    "smokestack",
    2,
    "ORDER",
    "6 tongs pls",
    [F(6, ["TONGS-CC", "TONGS-30", "TONGS-40"])],
    "ambiguous: colour-coded, 30cm or 40cm tongs",
    ["family"],
)
M(
    "smokestack",
    3,
    "ORDER",
    "do u stock meat claws? if so 2 pairs with the next drop",
    [X(2)],
    "meat claws are not in catalog; conditional order",
    ["conditional", "not_in_catalog"],
    review=True,
    hard=True,
)
M("smokestack", 4, "QUESTION", "how much is the 32cm carbon steel pan?", [], "", ["question"])
M(
    "smokestack",
    5,
    "ORDER",
    "I would like 2 black bib aprons and 2 waist aprons",
    [L("APRON-BIB-BLK", 2), L("APRON-WAIST", 2)],
    "an order that opens with 'I would like'",
    ["non_order_request"],
)

# ---------------------------------------------------------------- nori-ramen (noodle bar, WhatsApp)
M(
    "nori-ramen",
    0,
    "ORDER",
    "2 cases 16oz deli pots, 2 boxes M nitrile, 1 cling 450. thx - Ken @ Nori",
    [L("DELI-POTS", 2, "16oz"), L("GLOVE-NIT", 2, "Medium"), L("CLING-450", 1)],
    "",
    [],
)
M(
    "nori-ramen",
    1,
    "ORDER",
    "4 more 1/3 gastros 150 deep + 4 clear lids",
    [F(4, ["GN13-SS", "GN13-PC"], "150mm"), L("LID-GN13-PC", 4)],
    "ambiguous: the 1/3 at 150mm exists in steel and polycarbonate; 'clear lids' are the polycarbonate 1/3 lids",
    ["family", "number_in_name"],
)
M(
    "nori-ramen",
    2,
    "ORDER",
    "usual pls ken",
    [],
    "reference to the usual",
    ["reference"],
    review=True,
    ref={"kind": "usual"},
)
M(
    "nori-ramen",
    3,
    "QUESTION",
    "do u have a yanagiba? sashimi knife 27cm",
    [],
    "a yanagiba is not in catalog",
    ["question", "not_in_catalog"],
)
M(
    "nori-ramen",
    4,
    "ORDER",
    "4 boxes nitrile",
    [L("GLOVE-NIT", 4, None)],
    "ambiguous: no glove size given",
    ["variant"],
)
M(
    "nori-ramen",
    5,
    "ORDER",
    "1 santoku, 1 whetstone, 1 knife roll. for the new guy",
    [L("KN-SANTOKU18", 1), L("KN-WHETSTONE", 1), L("KN-ROLL", 1)],
    "",
    [],
)

# ---------------------------------------------------------------- quay-fish (fish and chips, SMS)
M(
    "quay-fish",
    0,
    "ORDER",
    "Quayside: 3 bx large vinyl, 2 blue roll, 1 blue cloths. Tue. Thx",
    [L("GLOVE-VIN", 3, "Large"), L("BLUE-ROLL", 2), L("CLOTHS-AP", 1, "Blue")],
    "",
    [],
)
M(
    "quay-fish",
    1,
    "ORDER",
    "same as last tues but 4 blue roll",
    [S("BLUE-ROLL", 4)],
    "reference to last Tuesday's order with a new quantity of blue roll",
    ["reference"],
    review=True,
    ref={"kind": "last"},
)
M(
    "quay-fish",
    2,
    "ORDER",
    "2 spiders and a fish slice pls + 1 colander",
    [L("SPIDER-16", 2), L("FISH-SLICE", 1), L("COLANDER-40", 1)],
    "",
    [],
)
M(
    "quay-fish",
    3,
    "COMPLAINT",
    "driver left our order outside in the rain again, glove boxes soaked",
    [],
    "",
    ["complaint"],
)
M(
    "quay-fish",
    4,
    "ORDER",
    "just half a pack of blue roll this wk, only need 3 rolls",
    [L("BLUE-ROLL", 0.5)],
    "half a pack is not a whole number of selling units; review",
    ["container", "fraction"],
)
M(
    "quay-fish",
    5,
    "ORDER",
    "Can I get 2 boxes of L vinyl and 1 parchment on tues",
    [L("GLOVE-VIN", 2, "Large"), L("PARCHMENT-450", 1)],
    "an order that opens with 'can I'",
    ["non_order_request"],
)
M(
    "quay-fish",
    6,
    "ORDER",
    "3 x 50 blue cloths",
    [L("CLOTHS-AP", 3, "Blue")],
    "'3 x 50' is 3 packs of 50",
    ["pack"],
)

# ---------------------------------------------------------------- crumb-bakery (bakery café, WhatsApp)
M(
    "crumb-bakery",
    0,
    "ORDER",
    "Morning! 2 rolls piping bags, 3 parchment, 2 boxes medium vinyl pls \U0001f950",
    [L("PIPING-53", 2), L("PARCHMENT-450", 3), L("GLOVE-VIN", 2, "Medium")],
    "",
    ["emoji"],
)
M(
    "crumb-bakery",
    1,
    "ORDER",
    "6 perforated baking trays and 4 silicone mats for the new deck oven",
    [L("TRAY-PERF-6040", 6), L("SILPAT", 4)],
    "",
    [],
)
M(
    "crumb-bakery",
    2,
    "ORDER",
    "24 x 2lb loaf tins",
    [L("LOAF-2LB", 24)],
    "2lb is the tin size",
    ["number_in_name"],
)
M(
    "crumb-bakery",
    3,
    "ORDER",
    "usual pls and 1 zester",
    [L("ZESTER", 1)],
    "reference to the usual plus a zester",
    ["reference"],
    review=True,
    ref={"kind": "usual"},
)
M(
    "crumb-bakery",
    4,
    "QUESTION",
    "do your piping bags come in a smaller size? 53 is too big for macarons",
    [],
    "",
    ["question"],
)
M(
    "crumb-bakery",
    5,
    "OTHER",
    "can I change our delivery day to Fridays from now on?",
    [],
    "a standing change of delivery day, not an order",
    ["other", "non_order_request"],
)

# ---------------------------------------------------------------- tap-room (bar with kitchen, SMS)
M(
    "tap-room",
    0,
    "ORDER",
    "tap room - 2 glass cloths, 1 blue roll, 1 large nitrile. cheers",
    [L("GLASS-CLOTH", 2), L("BLUE-ROLL", 1), L("GLOVE-NIT", 1, "Large")],
    "",
    [],
)
M(
    "tap-room",
    1,
    "ORDER",
    "need 20 glass cloths",
    [L("GLASS-CLOTH", 2)],
    "20 cloths = 2 packs of 10",
    ["count"],
)
M(
    "tap-room",
    2,
    "ORDER",
    "add 2 large gloves to friday",
    [F(2, GLOVES, "Large")],
    "ambiguous: large nitrile or large vinyl",
    ["family"],
)
M(
    "tap-room",
    3,
    "OTHER",
    "new bar manager is Jess, she'll be doing the ordering from now on, her number is 07700 900812",
    [],
    "",
    ["other"],
)
M("tap-room", 4, "CANCEL", "cancel fri pls, stock's fine this week", [], "", ["cancel"])
M(
    "tap-room",
    5,
    "ORDER",
    "too boxes large nitrile and for packs glass cloths",
    [L("GLOVE-NIT", 2, "Large"), L("GLASS-CLOTH", 4)],
    "voice-to-text homophones: 'too' = two, 'for' = four",
    ["homophone", "spoken"],
)

# ---------------------------------------------------------------- greenleaf-cookery (cookery school, email)
M(
    "greenleaf-cookery",
    0,
    "ORDER",
    "Subject: Class kit top-up\n\nHi,\nPlease send:\n12 x Y peelers\n12 x paring knives\n6 x box graters\n2 x packs blue check tea towels\n\nBest,\nPriya Nandakumar\nGreenleaf Cookery School\n42 Orchard Row",
    [L("PEELER-Y", 12), L("KN-PARING8", 12), L("GRATER-BOX", 6), L("TT-BLUECHECK", 2)],
    "",
    ["signature"],
)
M(
    "greenleaf-cookery",
    1,
    "ORDER",
    "Subject: New classroom\n\nFor our new classroom we need 8 chopping board sets with racks and 8 extra green boards.\n\nPriya",
    [L("BOARD-SET6", 8), F(8, BOARDS, "Green")],
    "ambiguous: green exists on the standard and the large board",
    ["family"],
)
M(
    "greenleaf-cookery",
    2,
    "ORDER",
    "We'd like 10 Kestrel 25cm chef's knives please, delivery next week.",
    [L("KN-CHEF25", 10, None)],
    "ambiguous: no handle colour given",
    ["variant", "non_order_request"],
)
M(
    "greenleaf-cookery",
    3,
    "QUESTION",
    "I'd like to know whether you offer a discount for schools and charities.",
    [],
    "",
    ["question", "non_order_request"],
)
M(
    "greenleaf-cookery",
    4,
    "ORDER",
    "Same as our last order please, delivery Friday.",
    [],
    "reference to the last order",
    ["reference"],
    review=True,
    ref={"kind": "last"},
)
M(
    "greenleaf-cookery",
    5,
    "ORDER",
    "Subject: Tools\n\n6 x 30cm balloon whisks\n6 x silicone spatulas\n6 x 1L measuring jugs\n2 x chinois\n\nPriya",
    [L("WHISK-30", 6), L("SPATULA-SIL", 6), L("JUG-1L", 6), L("CHINOIS-20", 2)],
    "",
    ["number_in_name"],
)
M(
    "greenleaf-cookery",
    6,
    "ORDER",
    "Subject: Hats\n\nPlease send 12 paper chef hats and 1 pack of hairnets.\n\nPriya",
    [X(12), L("HAIRNETS", 1)],
    "paper chef hats are not in catalog",
    ["not_in_catalog"],
)

# ---------------------------------------------------------------- silverline-events (caterer, email)
M(
    "silverline-events",
    0,
    "ORDER",
    "Subject: Event 14 Aug - 300 guests\n\nHi,\nFor the Ashcombe wedding we need:\n20 x GN 1/1 stainless 65mm\n20 x 1/1 stainless lids\n8 x 40cm tongs\n6 boxes large nitrile\n4 waist aprons\nDelivery Thursday 12th to the venue, 9 Ashcombe Lane.\n\nThanks, Tom Reyes\nSilverline Events",
    [
        L("GN11-SS", 20, "65mm"),
        L("LID-GN11-SS", 20),
        L("TONGS-40", 8),
        L("GLOVE-NIT", 6, "Large"),
        L("APRON-WAIST", 4),
    ],
    "guest count, dates and street number are not quantities",
    ["signature", "number_in_name"],
)
M(
    "silverline-events",
    1,
    "ORDER",
    "Our usual event order please for Saturday.",
    [],
    "reference; the caterer has no usual basket (ambiguous reference)",
    ["reference", "ambiguous_reference"],
    review=True,
    ref={"kind": "usual"},
)
M(
    "silverline-events",
    2,
    "ORDER",
    "Subject: Corporate lunch\n\nWe need 2 or 3 cases of 4oz deli pots and 10 clear 1/1 gastros 150 deep.\n\nTom",
    [L("DELI-POTS", None, "4oz"), L("GN11-PC", 10, "150mm")],
    "a range: quantities not stated",
    ["range", "variant"],
    review=True,
    hard=True,
)
M(
    "silverline-events",
    3,
    "CHANGE",
    "Subject: Ashcombe wedding - change\n\nPlease move the Ashcombe delivery from Thursday to Wednesday 11th, same items.\n\nTom",
    [],
    "a moved day",
    ["change"],
    change=[],
)
M(
    "silverline-events",
    4,
    "QUESTION",
    "Subject: Quote request\n\nCould you quote for 40 x GN 1/1 65mm stainless, 40 lids and 12 x 50L stockpots? Not ordering yet, it is for a tender.\n\nTom",
    [],
    "a request for a quote listing quantities",
    ["question", "non_order_request"],
)
M(
    "silverline-events",
    5,
    "ORDER",
    "Subject: Garden party 21 Aug\n\n10 x 1/6 stainless 100mm\n10 x 1/6 stainless lids\n4 x 1/9 gastros\n2 boxes L nitrile\n\nTom",
    [L("GN16-SS", 10, "100mm"), L("LID-GN16-SS", 10), L("GN19-SS-65", 4), L("GLOVE-NIT", 2, "Large")],
    "",
    ["variant", "number_in_name"],
)

# ---------------------------------------------------------------- trattoria-lucia (Italian, WhatsApp)
M(
    "trattoria-lucia",
    0,
    "ORDER",
    "Buongiorno! Per giovedì: 2 scatole guanti nitrile M, 2 rotoli di pellicola 45cm, 1 alluminio 30cm. Grazie, Lucia",
    [L("GLOVE-NIT", 2, "Medium"), L("CLING-450", 2), L("FOIL-300", 1)],
    "",
    ["multilingual"],
)
M(
    "trattoria-lucia",
    1,
    "ORDER",
    "Mi servono 4 bacinelle gastronorm 1/3 in acciaio",
    [L("GN13-SS", 4, None)],
    "ambiguous: depth not given",
    ["variant", "multilingual"],
)
M(
    "trattoria-lucia",
    2,
    "ORDER",
    "Come la settimana scorsa, ma 3 rotoli di pellicola invece di 2",
    [F(3, CLING, setq=True)],
    "reference to last week's order; ambiguous: 'pellicola' is either width of cling film",
    ["reference", "family", "multilingual"],
    review=True,
    ref={"kind": "last"},
)
M(
    "trattoria-lucia",
    3,
    "ORDER",
    "2 padelle antiaderenti da 28 e 1 da 32",
    [L("PAN-NS", 2, "28cm"), L("PAN-NS", 1, "32cm")],
    "'1 da 32' is another non-stick pan",
    ["variant", "multilingual"],
)
M(
    "trattoria-lucia",
    3,
    "QUESTION",
    "Avete i taglieri blu grandi? quanto costano?",
    [],
    "",
    ["question", "multilingual"],
)
M(
    "trattoria-lucia",
    4,
    "ORDER",
    "6 pinze colorate: 2 rosse, 2 verdi, 2 blu",
    [L("TONGS-CC", 2, "Red"), L("TONGS-CC", 2, "Green"), L("TONGS-CC", 2, "Blue")],
    "",
    ["variant", "multilingual"],
)
M(
    "trattoria-lucia",
    5,
    "COMPLAINT",
    "Il coltello da pane è arrivato con la lama piegata. Lo potete cambiare?",
    [],
    "",
    ["complaint", "multilingual"],
)
M(
    "trattoria-lucia",
    6,
    "ORDER",
    "ciao mi mandi due scatole di guanti M un rotolo di pellicola da 45 e tre pinze lunghe",
    [F(2, GLOVES, "Medium"), L("CLING-450", 1), L("TONGS-40", 3)],
    "voice note; ambiguous: medium gloves, nitrile or vinyl; 'pinze lunghe' are the 40cm tongs",
    ["spoken", "family", "multilingual", "voice"],
)

# ---------------------------------------------------------------- taberna-sol (Spanish, WhatsApp)
M(
    "taberna-sol",
    0,
    "ORDER",
    "Hola! Para el martes: 2 cajas de guantes de vinilo talla M, 1 rollo de film 30cm y 1 paquete de bayetas verdes. Gracias",
    [L("GLOVE-VIN", 2, "Medium"), L("CLING-300", 1), L("CLOTHS-AP", 1, "Green")],
    "",
    ["multilingual"],
)
M(
    "taberna-sol",
    1,
    "ORDER",
    "Lo de siempre para el jueves, más 2 cajas de tarrinas de 4oz",
    [L("DELI-POTS", 2, "4oz")],
    "reference to the usual plus 2 cases of 4oz deli pots",
    ["reference", "multilingual"],
    review=True,
    ref={"kind": "usual"},
)
M(
    "taberna-sol",
    2,
    "QUESTION",
    "¿Tenéis paelleras de 46cm? ¿Qué precio tienen?",
    [],
    "paella pans are not in catalog",
    ["question", "not_in_catalog", "multilingual"],
)
M(
    "taberna-sol",
    3,
    "ORDER",
    "Necesito 12 botes dosificadores rojos",
    [L("SQUEEZE-RED", 2)],
    "12 bottles = 2 packs of 6",
    ["count", "multilingual"],
)
M(
    "taberna-sol",
    4,
    "ORDER",
    "3 tablas de cortar, una roja, una azul y una verde, las normales de 45",
    [L("BOARD-STD", 1, "Red"), L("BOARD-STD", 1, "Blue"), L("BOARD-STD", 1, "Green")],
    "'las normales de 45' is the standard 450 board",
    ["variant", "multilingual"],
)
M(
    "taberna-sol",
    5,
    "OTHER",
    "Este mes cerramos del 16 al 29 por vacaciones, no hace falta reparto esas semanas.",
    [],
    "",
    ["other", "multilingual"],
)
M(
    "taberna-sol",
    6,
    "QUESTION",
    "Quisiera saber si hacéis descuento por volumen en los guantes.",
    [],
    "",
    ["question", "non_order_request", "multilingual"],
)

# ---------------------------------------------------------------- brasserie-marais (French, email)
M(
    "brasserie-marais",
    0,
    "ORDER",
    "Objet : Commande semaine 31\n\nBonjour,\nMerci de livrer mercredi :\n- 3 boîtes de gants nitrile taille M\n- 2 rouleaux de film étirable 450 mm\n- 1 boîte de sachets sous vide 300 x 400\n- 2 tabliers à bavette blancs\n\nCordialement,\nÉtienne Baudry\nBrasserie du Marais\n18 rue des Archives",
    [L("GLOVE-NIT", 3, "Medium"), L("CLING-450", 2), L("VAC-300400", 1), L("APRON-BIB-WHT", 2)],
    "week number and street number are not quantities",
    ["signature", "multilingual", "number_in_name"],
)
M(
    "brasserie-marais",
    1,
    "ORDER",
    "Objet : Commande\n\nComme d'habitude, avec 2 paquets de torchons blancs en plus.\n\nÉ. Baudry",
    [L("TT-WHITE", 2)],
    "reference to the usual plus 2 packs of white tea towels",
    ["reference", "multilingual"],
    review=True,
    ref={"kind": "usual"},
)
M(
    "brasserie-marais",
    2,
    "ORDER",
    "Objet : Fouets\n\nIl nous faut 2 fouets pour la pâtisserie.\n\nÉtienne",
    [F(2, ["WHISK-30", "WHISK-45"])],
    "ambiguous: 30cm or 45cm whisk",
    ["family", "multilingual"],
)
M(
    "brasserie-marais",
    3,
    "ORDER",
    "Objet : Torchons\n\nPouvez-vous ajouter 12 torchons à carreaux bleus ?\n\nÉ.B.",
    [L("TT-BLUECHECK", None)],
    "packs of 10: 12 is not a whole number of packs",
    ["count", "multilingual"],
)
M(
    "brasserie-marais",
    4,
    "CANCEL",
    "Objet : Annulation\n\nMerci d'annuler la commande de mercredi, la cuisine est fermée pour travaux.\n\nÉtienne Baudry",
    [],
    "",
    ["cancel", "multilingual"],
)
M(
    "brasserie-marais",
    4,
    "QUESTION",
    "Objet : Livraison\n\nJe voudrais savoir si vous livrez le samedi matin.\n\nÉ.B.",
    [],
    "",
    ["question", "non_order_request", "multilingual"],
)
M(
    "brasserie-marais",
    5,
    "ORDER",
    "Objet : Couteaux\n\n2 couteaux d'office, 1 couteau à désosser et 1 fusil à aiguiser.\n\nÉ.B.",
    [L("KN-PARING8", 2), L("KN-BONING15", 1), L("KN-STEEL30", 1)],
    "",
    ["multilingual"],
)

# ---------------------------------------------------------------- bistro-wisla (Polish, WhatsApp)
M(
    "bistro-wisla",
    0,
    "ORDER",
    "Dzień dobry, na piątek: 2 pudełka rękawic nitrylowych L, 1 folia aluminiowa 30cm, 1 folia spożywcza 30cm. Dziękuję, Marek",
    [L("GLOVE-NIT", 2, "Large"), L("FOIL-300", 1), L("CLING-300", 1)],
    "",
    ["multilingual"],
)
M(
    "bistro-wisla",
    1,
    "ORDER",
    "To samo co zawsze, ale bez folii aluminiowej",
    [],
    "reference to the usual without the foil",
    ["reference", "multilingual"],
    review=True,
    ref={"kind": "usual", "remove": ["FOIL-300"]},
)
M(
    "bistro-wisla",
    2,
    "ORDER",
    "Poproszę 2 garnki 36 litrów",
    [L("STOCKPOT", 2, "36L")],
    "",
    ["variant", "multilingual"],
)
M(
    "bistro-wisla",
    3,
    "ORDER",
    "deski do krojenia 4 sztuki",
    [F(4, BOARDS)],
    "ambiguous: standard or large board, and no colour",
    ["family", "multilingual"],
)
M(
    "bistro-wisla",
    4,
    "QUESTION",
    "Czy macie noże do filetowania ryb? Jaka cena?",
    [],
    "",
    ["question", "multilingual"],
)
M(
    "bistro-wisla",
    5,
    "ORDER",
    "500 pojemników deli 16oz na sobotę",
    [L("DELI-POTS", 2, "16oz")],
    "500 pots = 2 cases of 250",
    ["count", "multilingual"],
)
M(
    "bistro-wisla",
    6,
    "ORDER",
    "Poproszę 3 pudełka rękawic nitrylowych L i 2 paczki niebieskich ścierek",
    [L("GLOVE-NIT", 3, "Large"), L("CLOTHS-AP", 2, "Blue")],
    "",
    ["multilingual"],
)

# ---------------------------------------------------------------- ocakbasi-anatolia (Turkish, WhatsApp)
M(
    "ocakbasi-anatolia",
    0,
    "ORDER",
    "Merhaba, cuma için: 3 kutu L vinil eldiven, 2 rulo 45'lik folyo, 1 paket mavi rulo. Teşekkürler, Kemal",
    [L("GLOVE-VIN", 3, "Large"), L("FOIL-450", 2), L("BLUE-ROLL", 1)],
    "",
    ["multilingual"],
)
M(
    "ocakbasi-anatolia",
    1,
    "ORDER",
    "Her zamanki gibi, artı 2 uzun maşa",
    [L("TONGS-40", 2)],
    "reference to the usual plus 2 long tongs (added to the usual 2)",
    ["reference", "multilingual"],
    review=True,
    ref={"kind": "usual"},
)
M(
    "ocakbasi-anatolia",
    2,
    "ORDER",
    "eldiven 4 kutu",
    [F(4, GLOVES)],
    "ambiguous: nitrile or vinyl, no size",
    ["family", "multilingual"],
)
M(
    "ocakbasi-anatolia",
    3,
    "ORDER",
    "50 litrelik tencere 1 tane lazım",
    [L("STOCKPOT", 1, "50L")],
    "",
    ["variant", "multilingual"],
)
M(
    "ocakbasi-anatolia",
    4,
    "COMPLAINT",
    "Geçen hafta gelen maşaların yayı kırık, 2 tane. Değiştirir misiniz?",
    [],
    "",
    ["complaint", "multilingual"],
)
M(
    "ocakbasi-anatolia",
    5,
    "ORDER",
    "30 kutu L vinil eldiven gönderin",
    [L("GLOVE-VIN", 30, "Large")],
    "ten times the usual 3 boxes, no reason given",
    ["outlier", "multilingual"],
    outlier=True,
)
M(
    "ocakbasi-anatolia",
    6,
    "ORDER",
    "1 adet 36'lık wok, 2 adet spider kepçe, 1 adet 40'lık süzgeç",
    [L("WOK-36", 1), L("SPIDER-16", 2), L("COLANDER-40", 1)],
    "36 and 40 are sizes",
    ["multilingual", "number_in_name"],
)

# ---------------------------------------------------------------- churrasqueira-lisboa (Portuguese, SMS)
M(
    "churrasqueira-lisboa",
    0,
    "ORDER",
    "Boa tarde, para quinta: 2 caixas de luvas de vinil L, 2 rolos de papel de alumínio 45 e 1 pinça vermelha. Obrigado",
    [L("GLOVE-VIN", 2, "Large"), L("FOIL-450", 2), L("TONGS-CC", 1, "Red")],
    "'pinça vermelha' is the red colour-coded tongs (the only red tongs)",
    ["multilingual"],
)
M(
    "churrasqueira-lisboa",
    1,
    "ORDER",
    "O mesmo da semana passada, mas com 2 pinças vermelhas em vez de 1",
    [S("TONGS-CC", 2, "Red")],
    "reference to last week's order with a new quantity",
    ["reference", "multilingual"],
    review=True,
    ref={"kind": "last"},
)
M(
    "churrasqueira-lisboa",
    2,
    "ORDER",
    "3 tábuas de corte vermelhas grandes",
    [L("BOARD-LG", 3, "Red")],
    "",
    ["variant", "multilingual"],
)
M(
    "churrasqueira-lisboa",
    3,
    "QUESTION",
    "Vocês têm espetos de churrasco compridos?",
    [],
    "skewers are not in catalog",
    ["question", "not_in_catalog", "multilingual"],
)
M(
    "churrasqueira-lisboa",
    4,
    "ORDER",
    "2 x 100 luvas vinil L",
    [L("GLOVE-VIN", 2, "Large")],
    "'2 x 100' is 2 boxes of 100",
    ["pack", "multilingual"],
)
M(
    "churrasqueira-lisboa",
    5,
    "CHANGE",
    "Na encomenda de quinta, em vez de 2 caixas de luvas L mandem 3 por favor",
    [],
    "amendment of a placed order",
    ["change", "multilingual"],
    change=[L("GLOVE-VIN", 3, "Large")],
)
M(
    "churrasqueira-lisboa",
    6,
    "ORDER",
    "mais 2 rolos de alumínio para sábado",
    [F(2, FOIL)],
    "ambiguous: 450 or 300 foil",
    ["family", "multilingual"],
)

# ---------------------------------------------------------------- kerbside-tacos (new, WhatsApp)
M(
    "kerbside-tacos",
    0,
    "ORDER",
    "Hey! New food truck here, Kerbside Tacos. First order, cash on delivery ok? 2 boxes large nitrile, 2 cases 4oz deli pots, 3 packs clear squeeze bottles, 1 wide foil. We're at pitch 14, Market Yard",
    [L("GLOVE-NIT", 2, "Large"), L("DELI-POTS", 2, "4oz"), L("SQUEEZE-CLR", 3), L("FOIL-450", 1)],
    "first order paid on delivery ships as written; pitch 14 is not a quantity",
    ["new_customer"],
)
M(
    "kerbside-tacos",
    3,
    "ORDER",
    "same as my first order again pls",
    [],
    "reference from a first-time customer: messages are not history (ambiguous reference)",
    ["reference", "new_customer", "ambiguous_reference"],
    review=True,
    ref={"kind": "first"},
)
M(
    "kerbside-tacos",
    4,
    "ORDER",
    "can i get a wok a spider and two squeeze bottles",
    [L("WOK-36", 1), L("SPIDER-16", 1), F(2, ["SQUEEZE-CLR", "SQUEEZE-RED"])],
    "spoken; ambiguous: clear or red squeeze bottles (2 packs by the small-N rule)",
    ["spoken", "family", "new_customer"],
)

# ---------------------------------------------------------------- pearl-dumpling (new, email)
M(
    "pearl-dumpling",
    0,
    "ORDER",
    "Subject: First order - account\n\nHello,\nWe open on 16 August. Please set us up on a 30-day account and send:\n6 x GN 1/3 polycarbonate 150mm\n6 x clear 1/3 lids\n4 boxes medium nitrile\n2 x 450 cling film\n\nRegards,\nMei Lin Chow\nPearl Dumpling House, 88 Canal Street",
    [L("GN13-PC", 6, "150mm"), L("LID-GN13-PC", 6), L("GLOVE-NIT", 4, "Medium"), L("CLING-450", 2)],
    "first order on a 30-day account: review",
    ["new_customer", "credit", "signature"],
    review=True,
    hard=True,
)
M(
    "pearl-dumpling",
    1,
    "QUESTION",
    "Subject: Steamers\n\nDo you sell bamboo steamer baskets, 10 inch? We would need about 30.\n\nMei Lin",
    [],
    "bamboo steamers are not in catalog",
    ["question", "not_in_catalog", "new_customer"],
)
M(
    "pearl-dumpling",
    2,
    "OTHER",
    "Subject: Invoices\n\nPlease send invoices to accounts@pearl-dumpling.example rather than this address.\n\nMei Lin",
    [],
    "",
    ["other", "new_customer"],
)

# ---------------------------------------------------------------- more complaints, others and orders
M(
    "smokestack",
    6,
    "COMPLAINT",
    "half the XL nitrile boxes from friday are splitting, gloves tear as soon as u put them on. 4 boxes like that",
    [],
    "",
    ["complaint"],
)
M(
    "crumb-bakery",
    6,
    "COMPLAINT",
    "parchment came with no box, both rolls squashed flat and unusable",
    [],
    "",
    ["complaint"],
)
M(
    "bistro-wisla",
    3,
    "COMPLAINT",
    "Zamówiłem 2 garnki 36 litrów, przyszedł tylko jeden.",
    [],
    "",
    ["complaint", "multilingual"],
)
M(
    "millstone-canteen",
    6,
    "COMPLAINT",
    "Subject: Late delivery\n\nWednesday's delivery arrived at 2pm instead of before 10am and lunch service was short of gloves. Not the first time.\n\nRuth Okafor",
    [],
    "",
    ["complaint"],
)
M(
    "copper-pot",
    0,
    "OTHER",
    "I'd like to book a table for 4 on Saturday at 8pm please, name of Harris",
    [],
    "a table booking sent to the wrong number",
    ["other", "non_order_request"],
)
M(
    "harbour-hospital",
    6,
    "OTHER",
    "Subject: Order confirmations\n\nPlease add our new catering manager Dana Whitfield (dana.whitfield@harbour-hospital.example) to the order confirmation emails.\n\nAlan",
    [],
    "",
    ["other", "non_order_request"],
)
M(
    "churrasqueira-lisboa",
    2,
    "OTHER",
    "Pagamento da fatura 2291 feito hoje por transferência.",
    [],
    "a payment notice",
    ["other", "multilingual"],
)
M(
    "greenleaf-cookery",
    6,
    "ORDER",
    "Subject: Aprons\n\n20 x white bib aprons and 2 rolls of disposable aprons please.\n\nPriya",
    [L("APRON-BIB-WHT", 20), L("APRON-DISP", 2)],
    "",
    [],
)
M(
    "grand-albion",
    4,
    "ORDER",
    "Subject: Probes\n\n3 x cable probes\n4 x pocket probes\n2 x tubs probe wipes\n\nMarcus",
    [L("PROBE-DIG", 3), L("PROBE-POCKET", 4), L("PROBE-WIPES", 2)],
    "",
    [],
)
M(
    "taberna-sol",
    2,
    "ORDER",
    "Para el viernes: 4 pinzas largas de 40 y 2 cucharones de 250ml",
    [L("TONGS-40", 4), L("LADLE-250", 2)],
    "",
    ["multilingual", "number_in_name"],
)
M(
    "kerbside-tacos",
    2,
    "ORDER",
    "2 more boxes large nitrile + 1 pack red squeeze bottles for thurs pls",
    [L("GLOVE-NIT", 2, "Large"), L("SQUEEZE-RED", 1)],
    "",
    ["new_customer"],
)
M(
    "quay-fish",
    1,
    "ORDER",
    "2 bx large vinyl + 2 green scourer packs",
    [L("GLOVE-VIN", 2, "Large"), L("SCOURER-GREEN", 2)],
    "",
    [],
)
M(
    "fold-bistro",
    6,
    "ORDER",
    "2 x bread knife and 1 boning knife for the new chef pls",
    [L("KN-BREAD26", 2), L("KN-BONING15", 1)],
    "",
    [],
)
M(
    "bistro-wisla",
    5,
    "ORDER",
    "Na wtorek: 1 mandolina i 1 sito stożkowe",
    [L("MANDOLINE", 1), L("CHINOIS-20", 1)],
    "",
    ["multilingual"],
)
M(
    "ocakbasi-anatolia",
    2,
    "ORDER",
    "2 kutu büyük vakum poşeti 30x40",
    [L("VAC-300400", 2)],
    "30x40 is the pouch size",
    ["multilingual", "number_in_name"],
)
M(
    "saffron-house",
    3,
    "ORDER",
    "2 x 1/9 gastro and 2 x 1/4 gastro pls",
    [L("GN19-SS-65", 2), L("GN14-SS-100", 2)],
    "1/9 and 1/4 exist only in steel",
    ["number_in_name"],
)
M(
    "maple-care",
    5,
    "ORDER",
    "2 fridge thermometer packs pls and 1 pocket probe",
    [L("FRIDGE-THERMO", 2), L("PROBE-POCKET", 1)],
    "",
    [],
)
M(
    "millstone-canteen",
    4,
    "ORDER",
    "Subject: Servery\n\n4 x 1/2 stainless 100mm and 4 x 1/2 stainless lids please.\n\nRuth",
    [L("GN12-SS", 4, "100mm"), L("LID-GN12-SS", 4)],
    "",
    ["variant", "number_in_name"],
)
M(
    "harbour-hospital",
    5,
    "ORDER",
    "Subject: Ingredient bins\n\nFurther to my question, please order 4 of the 81 litre ingredient bins.\n\nAlan",
    [L("INGR-BIN-81", 4)],
    "",
    ["number_in_name"],
)
M(
    "copper-pot",
    5,
    "ORDER",
    "1 roasting tray, 2 saute pans and a 20cm saucepan",
    [L("ROAST-GN11", 1), L("PAN-SAUTE-28", 2), L("SAUCEPAN-20", 1)],
    "",
    [],
)
M(
    "bluebell-cafe",
    5,
    "ORDER",
    "2 1L jugs and 1 2L jug",
    [L("JUG-1L", 2), L("JUG-2L", 1)],
    "1L and 2L are sizes",
    ["number_in_name"],
)
M(
    "crumb-bakery",
    4,
    "ORDER",
    "12 squeeze bottles clear pls",
    [L("SQUEEZE-CLR", 2)],
    "12 bottles = 2 packs of 6",
    ["count"],
)
M(
    "silverline-events",
    6,
    "ORDER",
    "Subject: Square tubs\n\n12 x 8L square containers and 12 lids for them\n\nTom",
    [L("SQ-CONT", 12, "8L"), L("SQ-LID-8", 12)],
    "the lids for the 8L squares",
    ["variant", "number_in_name"],
)
M(
    "nori-ramen",
    6,
    "ORDER",
    "2 sq containers 4 litre + 2 lids",
    [L("SQ-CONT", 2, "4L"), L("SQ-LID-24", 2)],
    "the lid that fits the 4L",
    ["variant"],
)
M(
    "grand-albion",
    6,
    "ORDER",
    "Subject: Breakfast buffet\n\n4 chafing dishes and 4 x 1/1 stainless 65mm please.\n\nMarcus",
    [X(4), L("GN11-SS", 4, "65mm")],
    "chafing dishes are not in catalog",
    ["not_in_catalog"],
)
M(
    "millstone-canteen",
    6,
    "ORDER",
    "Subject: Servery spoons\n\nPlease send 6 serving spoons with the next delivery.\n\nRuth",
    [F(6, ["SPOON-SOLID", "SPOON-SLOT", "SPOON-PERF"])],
    "ambiguous: solid, slotted or perforated",
    ["family"],
)
M(
    "fold-bistro",
    4,
    "ORDER",
    "oven gloves x2 pls, ours are burnt through",
    [F(2, ["OVEN-GLOVE-DBL", "GAUNTLET"])],
    "ambiguous: double oven glove or gauntlets",
    ["family"],
)
M(
    "smokestack",
    6,
    "ORDER",
    "can I grab an 8 inch chef knife too",
    [L("KN-CHEF20", 1)],
    "8 inch is the 20cm chef's knife, black only",
    ["number_in_name", "non_order_request"],
)
M(
    "kerbside-tacos",
    5,
    "ORDER",
    "2 chef knives pls, add to the next drop",
    [F(2, ["KN-CHEF25", "KN-CHEF20"])],
    "ambiguous: 25cm or 20cm chef's knife",
    ["family", "new_customer"],
)
M(
    "silverline-events",
    3,
    "ORDER",
    "Subject: Steaming\n\n6 perforated 1/1 inserts please, for the combi.\n\nTom",
    [L("GN11-PERF-65", 6)],
    "",
    [],
)
M(
    "nori-ramen",
    3,
    "ORDER",
    "6 clear 1/6 150 deep + 6 clear 1/6 lids",
    [L("GN16-PC-150", 6), L("LID-GN16-PC", 6)],
    "clear = polycarbonate",
    ["number_in_name"],
)
M(
    "harbour-hospital",
    3,
    "ORDER",
    "Subject: Lids\n\n4 clear 1/1 lids for the new containers please.\n\nAlan",
    [L("LID-GN11-PC", 4)],
    "",
    [],
)
M(
    "saffron-house",
    6,
    "ORDER",
    "2 saucepans and 1 colander bhai",
    [F(2, ["SAUCEPAN-20", "SAUCEPAN-24"]), L("COLANDER-40", 1)],
    "ambiguous: 20cm or 24cm saucepan",
    ["family"],
)
M(
    "greenleaf-cookery",
    1,
    "ORDER",
    "Subject: Racks\n\n2 board racks please, each holding 6.\n\nPriya",
    [L("BOARD-RACK", 2)],
    "'holding 6' describes the rack, not a quantity",
    [],
)
M(
    "maple-care",
    6,
    "ORDER",
    "2 box vinyl gloves pls for tues",
    [L("GLOVE-VIN", 2, None)],
    "ambiguous: no glove size given",
    ["variant"],
)
M(
    "grand-albion",
    1,
    "ORDER",
    "Subject: Rotation labels\n\n3 rolls of day dots please.\n\nMarcus",
    [L("DAYDOTS", 3, None)],
    "ambiguous: no day given",
    ["variant"],
)
M(
    "fold-bistro",
    3,
    "ORDER",
    "3 non stick frying pans when u can",
    [L("PAN-NS", 3, None)],
    "ambiguous: no size given (20, 24, 28 or 32cm)",
    ["variant"],
)
M(
    "tap-room",
    6,
    "ORDER",
    "2 orange tongs for the garnish station",
    [L("TONGS-CC", 2, None, nofill=True)],
    "ambiguous: the colour-coded tongs come in no orange; the variant stays open and is never filled from history",
    ["variant", "colour_missing"],
)
M(
    "taberna-sol",
    5,
    "ORDER",
    "Mándame una sartén antiadherente grande, por favor",
    [L("PAN-NS", 1, None, nofill=True)],
    "ambiguous: 'grande' picks no size",
    ["variant", "size_word", "multilingual"],
)
M(
    "quay-fish",
    6,
    "ORDER",
    "2 red chopping boards for the raw fish",
    [F(2, BOARDS, "Red")],
    "ambiguous: red exists on the standard and the large board",
    ["family"],
)
