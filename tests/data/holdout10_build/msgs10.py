# ruff: noqa  (hand-written data generator for the tenth blind set, kept as its writer left it)
# -*- coding: utf-8 -*-
"""Hand-written messages of the tenth blind set and their plain labels (no history).

Helpers:
  L(sku, qty, variant)  a catalog line; pass the variant name (or None) exactly for products with variants
  A(qty, candidates, cv) an ambiguous line (sku null) with its candidate skus; cv = a size/colour the text names
  N(qty)                a line for something the catalog does not have (sku null, no candidates)
  M(...)                one message. ref = ("usual"|"last", ops) for references to history; ops:
                          ("drop", sku, variant)      remove a basket line
                          ("set", i)                  message line i is a new quantity for that product
                          ("mult", sku, variant, k)   multiply a basket line
                          ("swap", sku, from_v, to_v) move the quantity to another variant
                        message lines not named by "set" are additions (added to the same product's line).
  flags: "conditional", "credit", "outlier".
expect_review, lines_with_history and expect_review_with_history are derived in build10.py.
"""

NOV = object()
DAYS = ["2026-06-29", "2026-06-30", "2026-07-01", "2026-07-02", "2026-07-03", "2026-07-04", "2026-07-05"]


def L(sku, q, v=NOV):
    d = {"sku": sku}
    if v is not NOV:
        d["variant"] = v
    d["quantity"] = q
    return d


def A(q, cands, cv=None):
    d = {"sku": None, "quantity": q, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    return d


def N(q):
    return {"sku": None, "quantity": q}


def NF(line):
    """the text names a size/colour the catalog lacks: history never fills this line's variant"""
    line["_nofill"] = True
    return line


MSGS = []


def M(
    cust, day, intent, text, lines=(), notes="", tags=(), ch=None, lang=None, ref=None, flags=(), change=None
):
    MSGS.append(
        dict(
            customer=cust,
            date=DAYS[day],
            intent=intent,
            text=text,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            channel=ch,
            language=lang,
            ref=ref,
            flags=list(flags),
            change=change,
        )
    )


CUPS = ["CUP-SW", "CUP-DW", "CUP-ESPRESSO-4", "CUP-PET"]
CUPS12 = ["CUP-SW", "CUP-DW", "CUP-PET"]  # every cup product with a 12oz (or 16oz) variant
CUPS8 = ["CUP-SW", "CUP-DW"]
HOTCUPS = ["CUP-SW", "CUP-DW"]
LIDS = ["LID-SIP", "LID-FLAT", "LID-DOME"]
OATS = ["OAT-BRUK-BAR", "OAT-AVENA-BAR", "OAT-BRUK-ORIG"]
ALMONDS = ["ALM-BAR", "ALM-UNSW"]
MILKS = ["MILK-WHOLE", "MILK-SEMI", "MILK-SKIM"]
CREAMS = ["CREAM-DOUBLE", "CREAM-WHIP", "CREAM-AEROSOL"]
HOTCHOC = ["CHOC-FLAKES", "CHOC-POWDER"]
CARAMEL = ["SYR-CAR", "SAUCE-CAR"]
ESPRESSO_BEANS = ["BEAN-HOUSE", "BEAN-DARK"]
SINGLE_ORIGIN = ["BEAN-COLOMBIA", "BEAN-ETHIOPIA", "BEAN-BRAZIL"]
EB = ["TEA-EB-100", "TEA-EB-1100"]
GREEN_TEA = ["TEA-SENCHA", "TEA-JASMINE"]
CHAI = ["CHAI-SPICED", "CHAI-VANILLA", "TEA-CHAI-BAGS"]
MUFFINS = ["MUF-BLUEB", "MUF-CHOC"]
SCONES = ["SCONE-PLAIN", "SCONE-FRUIT"]
PANINIS = ["PANINI-HAMCHEESE", "PANINI-MOZZ"]
MAYO = ["FILL-EGG", "FILL-TUNA"]
FRAPPE = ["FRAPPE-VAN", "FRAPPE-CHOC"]
STICKS = ["SUGAR-WHITE-STICK", "SUGAR-BROWN-STICK"]
NAPKINS = ["NAP-2PLY", "NAP-DISP"]
TABS = ["CLEAN-TABS", "CLEAN-B2C"]
FILTER_COFFEE = ["GRD-FILTER-1KG", "GRD-SACHET-50"]

H1KG = "1kg Bag"
CRS_L = "Large 80g (box of 50)"
CRS_M = "Mini 25g (box of 120)"

# ---------------------------------------------------------------- bean-there (Leeds café, WhatsApp, en)
c = "bean-there"
M(
    c,
    0,
    "ORDER",
    "Morning! For Weds pls: 6 house blend 1kg, 4 cs bruk barista, 6 whole, 3 semi, 2 vanilla syrup, "
    "2 caramel syrup. Ta 👍",
    [
        L("BEAN-HOUSE", 6, H1KG),
        L("OAT-BRUK-BAR", 4),
        L("MILK-WHOLE", 6),
        L("MILK-SEMI", 3),
        L("SYR-VAN", 2),
        L("SYR-CAR", 2),
    ],
    "'6 whole, 3 semi' are milk cases (6 x 2L); 'Weds' is the delivery day",
    ["emoji"],
)
M(
    c,
    2,
    "ORDER",
    "can u add 2 boxes croissants and 2 cases of cups to tmrw thx",
    [L("CROISSANT", 2, None), A(2, CUPS)],
    "addition to tomorrow's delivery. 'croissants' is the all-butter croissant (almond carries its modifier) but "
    "mini or large is not stated: variant not stated. 'cups' is ambiguous between all cup products",
    ["family", "variant", "non_order_request"],
)
M(
    c,
    4,
    "ORDER",
    "usual for monday pls + 1 extra caramel",
    [A(1, CARAMEL)],
    "reference to the usual basket; the extra 'caramel' is ambiguous between caramel syrup and caramel sauce "
    "(both sold by the bottle)",
    ["family"],
    ref=("usual", []),
)
M(
    c,
    5,
    "QUESTION",
    "do you do a sugar free gingerbread? customers keep asking for a skinny gingerbread latte",
    [],
    "sugar-free gingerbread syrup is not in catalog; a question",
    ["not_in_catalog"],
)
M(
    c,
    6,
    "ORDER",
    "voice note: hi it's Jo at Bean There can we get six bags of house blend four cases of the bruk "
    "barista two large croissant boxes and a pain au chocolat box cheers",
    [L("BEAN-HOUSE", 6, None), L("OAT-BRUK-BAR", 4), L("CROISSANT", 2, CRS_L), L("PAC-60", 1)],
    "spoken list without commas; 'six bags of house blend' does not say 1kg or 250g retail bag: variant not "
    "stated; 'two large croissant boxes' is 2 boxes of the large croissant; 'a pain au chocolat box' is 1",
    ["spoken", "variant"],
)
M(
    c,
    3,
    "COMPLAINT",
    "the 12oz lids you sent dont fit the double wall cups, half of them popping off. 2 cases. can you swap?",
    [],
    "complaint naming a size and a count; no order",
    [],
)
M(
    c,
    3,
    "ORDER",
    "2 cases 16oz double wall cups and 2 cases 12/16 lids. no wait 3 cases of the lids",
    [L("CUP-DW", 2, "16oz"), L("LID-SIP", 3, "12/16oz")],
    "self-correction: lids 3, not 2. '12/16 lids' exists only as the sip lid",
    ["self_correction", "variant"],
)
M(
    c,
    5,
    "ORDER",
    "2 sf caramel and 1 lavender pls. how much is the lavender btw?",
    [L("SYR-CAR-SF", 2), L("SYR-LAVENDER", 1)],
    "order with a side price question",
    ["mixed"],
)

# ---------------------------------------------------------------- daily-grind (Bristol, SMS, en)
c = "daily-grind"
M(c, 0, "ORDER", "same as last wk pls", [], "reference to last week's order", [], ref=("last", []))
M(
    c,
    2,
    "ORDER",
    "40 bags night owl for fri",
    [L("BEAN-DARK", 40)],
    "a quantity far above the customer's usual 5-6 bags, with no reason given",
    [],
    flags=["outlier"],
)
M(
    c,
    3,
    "ORDER",
    "pls send 2 x expresso beans, 10 semi, 3 hazlenut. no wait make it 12 semi",
    [A(2, ESPRESSO_BEANS), L("MILK-SEMI", 12), L("SYR-HAZ", 3)],
    "self-correction: semi 12, not 10. 'espresso beans' is ambiguous between the house blend and the dark roast "
    "(decaf carries its modifier). '3 hazelnut' is the regular hazelnut syrup (plain member)",
    ["family", "self_correction", "typo"],
)
M(
    c,
    5,
    "ORDER",
    "how much is the sf hazelnut now? and add 1 tub cleaning tablets to fri order",
    [A(1, TABS)],
    "addition with a side price question; 'cleaning tablets' is ambiguous between espresso-machine and bean-to-cup "
    "tablets (both tubs)",
    ["family", "mixed"],
)
M(c, 1, "CANCEL", "cancel tmrws delivery pls, shop shut for burst pipe. will reorder thurs", [], "", [])
M(
    c,
    6,
    "ORDER",
    "1 case 8oz single wall cups + 1 case 8oz sip lids + 1 white sugar sticks + 1 box wooden spoons",
    [L("CUP-SW", 1, "8oz"), L("LID-SIP", 1, "8oz"), L("SUGAR-WHITE-STICK", 1), L("SPOON-WOOD", 1)],
    "'wooden spoons' are the wooden teaspoons",
    ["variant"],
)
M(
    c,
    4,
    "ORDER",
    "500 8oz single wall cups + 2 sf hazelnut",
    [L("CUP-SW", None, "8oz"), L("SYR-HAZ-SF", 2)],
    "500 cups is half a case of 1000: not a whole number of selling units, quantity null",
    ["pack", "variant"],
)
M(
    c,
    6,
    "OTHER",
    'lol one of our regulars texted this to the wrong number: "can i get a large oat flat white n '
    "a pain au choc for 8:15 pickup? name's Tom\"",
    [],
    "a forwarded consumer coffee order meant for the shop, not an order to the supplier",
    ["consumer_purchase", "non_order_request"],
)

# ---------------------------------------------------------------- crumbs-corner (Norwich bakery-café, email, en)
c = "crumbs-corner"
M(
    c,
    0,
    "ORDER",
    "Subject: Order for Wednesday 1 July\n\nHi team,\n\nPlease could we have:\n- 4 x house blend 1kg\n"
    "- 10 x whole milk\n- 3 x double cream\n- 4 boxes scones\n- 2 carrot cakes\n- 2 brownie traybakes\n\nThanks,\n"
    "Maggie Fenwick\nCrumbs Corner Bakery-Café\n14 Elm Row, Norwich NR2 4PQ\nTel 020 7946 0311\nPO 5521",
    [
        L("BEAN-HOUSE", 4, H1KG),
        L("MILK-WHOLE", 10),
        L("CREAM-DOUBLE", 3),
        A(4, SCONES),
        L("CAKE-CARROT", 2),
        L("TRAY-BROWNIE", 2),
    ],
    "'scones' is ambiguous between plain and fruit scones; date, street number, postcode, phone and PO are not "
    "quantities",
    ["family", "signature"],
)
M(
    c,
    2,
    "QUESTION",
    "Could you send me the allergen sheet for the fruit scones and the carrot cake? We have an EHO "
    "visit on 7 July.\n\nMaggie",
    [],
    "a request for information",
    ["non_order_request"],
)
M(
    c,
    3,
    "ORDER",
    "Yes please go ahead, and add 2 boxes of the 1100 catering tea bags.\n\nMaggie\n\n> On 1 Jul 2026, Crema & Crumb "
    "Café Supply wrote:\n> Your order 40117 for Wednesday: 4 x house blend 1kg, 10 x whole milk, 3 x double cream,"
    " 2 x carrot cake, 2 x brownie traybake.\n> Reply YES to confirm.",
    [L("TEA-EB-1100", 2)],
    "the quoted confirmation is not a new order; the only new line is the catering tea bags ('1100' is the box "
    "size, not a quantity); order number and date are not quantities",
    ["quoted", "number_in_name"],
)
M(
    c,
    5,
    "COMPLAINT",
    "The carrot cakes delivered on Wednesday were still half-frozen in the middle when we cut them "
    "at 11. Both cakes went in the bin. Could we have a credit please?\n\nMaggie Fenwick",
    [],
    "",
    [],
)
M(
    c,
    4,
    "ORDER",
    "Same as last week please, but no egg mayo this time and 3 trays of brownies instead of 2.",
    [L("TRAY-BROWNIE", 3)],
    "reference to last week with a removal and a new quantity",
    [],
    ref=("last", [("drop", "FILL-EGG", None), ("set", 0)]),
)
M(
    c,
    1,
    "ORDER",
    "Could you add 2 packs of medium window boxes and 1 pack of large ones to tomorrow's order? Also "
    "how much are the kraft napkins per case now?",
    [L("BOX-PASTRY", 2, "Medium"), L("BOX-PASTRY", 1, "Large")],
    "two variants of one product; side price question",
    ["variant", "mixed", "non_order_request"],
)
M(
    c,
    6,
    "ORDER",
    "Please could we have 1 case of 2-ply napkins and 2 packs of greaseproof bags for Wednesday.",
    [L("NAP-2PLY", 1, None), L("BAG-GREASEPROOF", 2)],
    "2-ply napkins come in white, kraft and black: variant not stated",
    ["variant"],
)

# ---------------------------------------------------------------- hilltop-kiosk (Sheffield, SMS, en)
c = "hilltop-kiosk"
M(c, 0, "ORDER", "usual order for thurs, ta", [], "reference to the usual basket", [], ref=("usual", []))
M(
    c,
    2,
    "ORDER",
    "2 hot chocolat 240 milk pots 1 instnat",
    [A(2, HOTCHOC), L("MILK-PORTIONS", 2), L("INST-750", 1)],
    "list without commas; 'hot chocolate' is ambiguous between flakes and powder (vegan and white carry modifiers); "
    "240 milk pots = 2 boxes of 120; 'instant' is the regular instant coffee (decaf carries its modifier)",
    ["family", "pack", "spoken", "typo"],
)
M(c, 4, "OTHER", "wont be open sat or sun, weather. dont need anything till next thurs", [], "a notice", [])
M(
    c,
    3,
    "ORDER",
    "can I get 2000 stirrers and 1 case of 8oz cups",
    [L("STIRRER", 2, None), A(1, CUPS8, "8oz")],
    "2000 stirrers = 2 boxes of 1000, 14cm or 19cm not stated; '8oz cups' is ambiguous between single and double "
    "wall hot cups",
    ["pack", "variant", "family", "non_order_request"],
)
M(c, 5, "QUESTION", "do u deliver on sundays in summer hols?", [], "", [])
M(
    c,
    1,
    "ORDER",
    "4kg hot choc powder n 4 oat milks pls",
    [L("CHOC-POWDER", None, None), A(None, OATS)],
    "'4kg' is 4 x 1kg tins or 2 x 2kg bags: variant not stated and quantity not a whole number of a known unit. "
    "'4 oat milks' is ambiguous between three oat drinks, and cartons or cases is not clear: quantity null",
    ["weight", "pack", "family", "variant"],
)
M(
    c,
    1,
    "CHANGE",
    "can u make thurs milk pots 4 boxes not 3",
    [],
    "amendment of the placed Thursday order",
    [],
    change=[L("MILK-PORTIONS", 4)],
)

# ---------------------------------------------------------------- library-cafe (university, email, en)
c = "library-cafe"
M(
    c,
    0,
    "ORDER",
    "Subject: PO 77342 – Library Café week 27\n\nHello,\n\nOrder for delivery Tuesday 30/06 before "
    "8am, loading bay 3:\n\n1. House blend 1kg x 10\n2. Decaf beans x 2\n3. Semi skimmed x 14\n4. Bruk barista x 6\n"
    "5. Double wall cups 12oz x 4 cases\n6. Double wall cups 16oz x 2 cases\n7. Sip lids 12/16 x 5 cases\n\n"
    "Kind regards,\nPriya Raman\nCatering Services, University of Northmoor\nTel: 020 7946 0427",
    [
        L("BEAN-HOUSE", 10, H1KG),
        L("BEAN-DECAF", 2),
        L("MILK-SEMI", 14),
        L("OAT-BRUK-BAR", 6),
        L("CUP-DW", 4, "12oz"),
        L("CUP-DW", 2, "16oz"),
        L("LID-SIP", 5, "12/16oz"),
    ],
    "numbered list; PO, week number, date, time, bay and phone are not quantities",
    ["signature", "variant"],
)
M(
    c,
    2,
    "ORDER",
    "Please add 4 boxes of muffins and 4 boxes of paninis to Thursday. Thanks, Priya",
    [A(4, MUFFINS), A(4, PANINIS)],
    "'muffins' (blueberry or double chocolate) and 'paninis' (ham & cheese or mozzarella) are ambiguous",
    ["family"],
)
M(
    c,
    0,
    "CHANGE",
    "Re: PO 77342 — sorry, could you make the semi skimmed 16 rather than 14 on tomorrow's "
    "delivery?\n\nPriya",
    [],
    "amendment of the order placed earlier the same day",
    [],
    change=[L("MILK-SEMI", 16)],
)
M(
    c,
    4,
    "OTHER",
    "I would like to set up a second delivery address for our Law Library kiosk from September. "
    "What do you need from me?\n\nPriya Raman",
    [],
    "an account request",
    ["non_order_request"],
)
M(
    c,
    5,
    "ORDER",
    "Hi, for Monday could we have 3 vanilla and 2 sugar free vanilla, plus 1000 16oz double wall cups. Priya",
    [L("SYR-VAN", 3), L("SYR-VAN-SF", 2), L("CUP-DW", 2, "16oz")],
    "'3 vanilla' next to 'sugar free vanilla' is the regular vanilla syrup; 1000 double wall cups = 2 cases of 500",
    ["pack", "variant"],
)
M(
    c,
    1,
    "QUESTION",
    "I'd like help setting up online ordering for our second site. Is there a portal, or do we "
    "keep emailing?",
    [],
    "",
    ["non_order_request"],
)
M(
    c,
    6,
    "ORDER",
    "Could you also send 48 blueberry muffins and 100 chocolate muffins for the open day?",
    [L("MUF-BLUEB", 2), L("MUF-CHOC", None)],
    "48 blueberry = 2 boxes of 24; 100 chocolate muffins is not a whole number of boxes of 24: quantity null",
    ["pack"],
)

# ---------------------------------------------------------------- platform-4 (York station espresso bar, WA, en)
c = "platform-4"
M(
    c,
    0,
    "ORDER",
    "Platform 4 here - 8 house blend 1kg, 8 whole, 2 cs 12oz single wall, 2 cs 12/16 lids, 1 case 4 cup "
    "carriers. Deliver to unit 2, York station, before 6:30 pls",
    [
        L("BEAN-HOUSE", 8, H1KG),
        L("MILK-WHOLE", 8),
        L("CUP-SW", 2, "12oz"),
        L("LID-SIP", 2, "12/16oz"),
        L("CARRIER-CUP", 1, "4 Cup"),
    ],
    "'Platform 4', '4 cup', 'unit 2' and '6:30' are not quantities; '12/16 lids' exists only as the sip lid",
    ["number_in_name", "variant"],
)
M(
    c,
    2,
    "ORDER",
    "need sleves x2 and carriers x1 asap",
    [L("SLEEVE", 2, None), L("CARRIER-CUP", 1, None)],
    "'sleves' (sleeves) 8oz or 12/16oz and carriers 2 or 4 cup: variant not stated",
    ["variant", "typo"],
)
M(
    c,
    3,
    "COMPLAINT",
    "Driver left 8 cases of milk on the platform in the sun at 11, not at 6:30 as agreed. 3 had "
    "gone warm, binned them.",
    [],
    "",
    [],
)
M(
    c,
    5,
    "ORDER",
    "[voice note] hiya can we have to bottles of caramel syrup and for boxes of pain au chocolat for "
    "Saturday thanks",
    [L("SYR-CAR", 2), L("PAC-60", 4)],
    "voice-to-text: 'to' = two, 'for' = four",
    ["spoken", "voice"],
)
M(
    c,
    6,
    "CANCEL",
    "Can you cancel Saturday's delivery? Platform's closed for engineering works all weekend.",
    [],
    "cancels the whole Saturday order",
    ["non_order_request"],
)
M(
    c,
    4,
    "ORDER",
    "glvoes large x4 and 2 cs 8oz sleeves",
    [L("GLOVE-NITRILE", 4, "Large"), L("SLEEVE", 2, "8oz")],
    "'large' with 'glvoes' (gloves) picks the glove size",
    ["variant", "typo"],
)
M(
    c,
    6,
    "ORDER",
    "need 2 water filters C300 and a filter head, engineer coming tues",
    [L("FILTER-CART", 2, "C300"), L("FILTER-HEAD", 1)],
    "'C300' is the cartridge size, not a quantity",
    ["number_in_name", "variant"],
)

# ---------------------------------------------------------------- oak-and-oat (vegan café, WA, en)
c = "oak-and-oat"
M(
    c,
    0,
    "ORDER",
    "hey! 5 bruk barrista, 2 almond milk, 1 coconut, 2 vegan hot choc pls 🌱",
    [L("OAT-BRUK-BAR", 5), A(2, ALMONDS), L("COCO-BAR", 1), L("CHOC-VEGAN", 2)],
    "'almond milk' is ambiguous between barista and unsweetened almond; 'coconut' is the only coconut drink",
    ["family", "emoji", "typo"],
)
M(
    c,
    2,
    "ORDER",
    "can we also get 1 tray of brownies and 2 vegan choc cakes for the weekend",
    [L("TRAY-BROWNIE", 1), L("CAKE-VEGAN-CHOC", 2)],
    "'brownies' is the regular chocolate brownie (the gluten-free one carries its modifier), even though this café "
    "has only bought the gluten-free one: the text names the plain member",
    ["text_over_guide", "non_order_request"],
)
M(
    c,
    3,
    "ORDER",
    "do you have hazelnut milk? if not 2 more soy. also 1 box white straws",
    [L("SOY-BAR", 2), L("STRAW-PAPER", 1, "White")],
    "hazelnut milk is not in catalog (hazelnut syrup is); the customer names the fallback, 2 cases of soya, which is "
    "shipped",
    ["not_in_catalog", "fallback", "variant"],
)
M(
    c,
    5,
    "ORDER",
    "same as last week but only 2 almond and add 1 box green straws",
    [A(2, ALMONDS), NF(L("STRAW-PAPER", 1, None))],
    "reference to last week; '2 almond' is a new quantity, ambiguous between the two almond drinks; green is not a "
    "straw colour (black, white, red stripe): variant not stated, ambiguous",
    ["family", "variant"],
    ref=("last", [("set", 0)]),
)
M(
    c,
    4,
    "COMPLAINT",
    "the GF brownies came with a 'may contain gluten' sticker?? we can't sell those. 1 tray, batch 2207",
    [],
    "",
    [],
)
M(c, 1, "OTHER", "thanks for swapping the soy so quick yesterday 🙏", [], "", ["emoji"])

# ---------------------------------------------------------------- harbour-hotel (Whitby, email, en)
c = "harbour-hotel"
M(
    c,
    0,
    "ORDER",
    "Dear Crema & Crumb,\n\nPlease deliver on Thursday 2 July (goods entrance, 3 Quay Street):\n\n"
    "3 boxes filter coffee\n8 boxes English breakfast\n2 boxes Earl Grey\n480 milk portions\n6 cases semi-skimmed\n"
    "4 boxes butter portions\n2 boxes mini croissants\n2 boxes sugar sticks\n\nWe have 140 guests over the weekend.\n\n"
    "Best regards,\nTomasz Nowicki\nF&B Manager, Harbour View Hotel\n+44 7700 900108",
    [
        L("GRD-SACHET-50", 3),
        A(8, EB),
        L("TEA-EARLGREY", 2),
        L("MILK-PORTIONS", 4),
        L("MILK-SEMI", 6),
        L("BUTTER-PORTIONS", 4),
        L("CROISSANT", 2, CRS_M),
        A(2, STICKS),
    ],
    "'boxes filter coffee' is the sachets (the 1kg ground coffee comes by the bag); English breakfast is ambiguous "
    "between boxes of 100 and 1100; 480 milk portions = 4 boxes of 120; 'sugar sticks' is ambiguous between white "
    "and demerara; guests, date and street number are not quantities",
    ["family", "pack", "signature", "variant"],
)
M(
    c,
    2,
    "QUESTION",
    "Could you confirm whether your mini croissants contain palm oil? A guest has asked.\n\nTomasz",
    [],
    "",
    ["non_order_request"],
)
M(
    c,
    3,
    "ORDER",
    "Please add 1 box each of peppermint, chamomile and lemon & ginger to Thursday's delivery, plus "
    "a box of sweetener sachets and one 500g tin of decaf instant.\n\nTomasz Nowicki",
    [
        L("TEA-PEPPERMINT", 1),
        L("TEA-CHAMOMILE", 1),
        L("TEA-LEMONGINGER", 1),
        L("SWEETENER", 1),
        L("INST-DECAF-500", 1),
    ],
    "'1 box each' applies to all three teas; '500g' is the tin size",
    [],
)
M(
    c,
    5,
    "QUESTION",
    "Hi, could you resend last Thursday's delivery note? The driver didn't leave one and our "
    "accounts team needs it. Tomasz",
    [],
    "a request for a document",
    ["non_order_request"],
)
M(
    c,
    4,
    "COMPLAINT",
    "Invoice INV-20931 charges us for 6 boxes of English Breakfast, but we ordered and received 8. "
    "Happy to pay for 8, please correct the invoice.\n\nTomasz",
    [],
    "billing complaint with quantities",
    [],
)
M(
    c,
    1,
    "ORDER",
    "Hi,\nThat's fine, please also send 2 boxes of decaf tea bags, a box of jasmine and a 1kg bag of "
    "loose Assam.\nTomasz\n\n"
    "-----Original Message-----\nFrom: Crema & Crumb Café Supply\nSent: 29 June 2026 16:02\nSubject: RE: Thursday "
    "delivery\n\nHi Tomasz, we're out of Earl Grey until Friday 3 July, so the 2 boxes will follow separately. Order "
    "40233 otherwise as requested.",
    [L("TEA-EB-DECAF", 2), L("TEA-JASMINE", 1), L("TEA-ASSAM-LOOSE", 1)],
    "quoted reply below the new lines; the quoted Earl Grey, dates and order number are not new lines",
    ["quoted"],
)
M(
    c,
    6,
    "OTHER",
    "Out of office: I am away until 13 July. For urgent F&B matters please call 020 7946 0199.\n\n"
    "Tomasz Nowicki",
    [],
    "auto-reply",
    [],
)

# ---------------------------------------------------------------- little-loaf (Bath bakery-café, WA, en)
c = "little-loaf"
M(
    c,
    0,
    "ORDER",
    "hi it's Ellie 🥐 can we get 2 mayo 1 coronation chicken 6kg grated cheddar 4 ham and 3 cans of "
    "squirty cream",
    [A(2, MAYO), L("FILL-CORO", 1), L("CHEDDAR-GRATED", 3), L("HAM-SLICED", 4), L("CREAM-AEROSOL", 3)],
    "list without commas; 'mayo' is ambiguous between egg and tuna mayonnaise; 6kg grated cheddar = 3 bags of 2kg; "
    "'3 cans of squirty cream' = 3 cases (small N, the usual meaning in the trade)",
    ["family", "weight", "container", "spoken", "non_order_request"],
)
M(
    c,
    2,
    "ORDER",
    "1 pack of medium carrier bags, 1 case of white napkins, 1 pack sandwich wedges pls",
    [L("BAG-KRAFT", 1, "Medium"), L("NAP-2PLY", 1, "White"), L("BOX-WEDGE", 1)],
    "'white napkins': white is a colour of the 2-ply napkins only",
    ["variant"],
)
M(
    c,
    3,
    "QUESTION",
    "which of your creams holds up best piped on scones, the double or the whipping?",
    [],
    "a product question",
    [],
)
M(
    c,
    4,
    "QUESTION",
    "Do you sell sausage rolls or anything savoury we can heat up? Looking at a winter menu",
    [],
    "",
    ["not_in_catalog"],
)
M(
    c,
    6,
    "ORDER",
    "Usual for Friday please, but swap the medium bags for large",
    [],
    "reference to the usual basket with a variant swap",
    ["variant"],
    ref=("usual", [("swap", "BAG-KRAFT", "Medium", "Large")]),
)
M(
    c,
    1,
    "ORDER",
    "2 x 6 whipping cream and 2 tuna mayo",
    [L("CREAM-WHIP", 12), L("FILL-TUNA", 2)],
    "whipping cream is sold by the 1L carton, so '2 x 6' is 12 cartons",
    ["pack"],
)
M(
    c,
    5,
    "ORDER",
    "could we get 10 litres whole milk, 2 boxes egg mayo, a roll of cling film and a box of wooden forks",
    [L("MILK-WHOLE", None), L("FILL-EGG", 2), N(1), N(1)],
    "10 litres is not a whole number of cases of 6 x 2L: quantity null; cling film and wooden forks are not in "
    "catalog (wooden teaspoons are)",
    ["pack", "not_in_catalog", "non_order_request"],
)

# ---------------------------------------------------------------- cuppa-cabin (beach kiosk, SMS, en)
c = "cuppa-cabin"
M(
    c,
    0,
    "ORDER",
    "same as usual pls x",
    [],
    "reference to 'the usual' from a customer who never repeats a basket",
    ["ambiguous_reference"],
    ref=("usual", []),
)
M(
    c,
    2,
    "ORDER",
    "sunny wk ahead!! 3 cold brew 5L 2 cs 16oz clear cups 2 cs flat lids 3 boxes red stripe straws 2 "
    "vanila frappe",
    [
        L("COLDBREW", 3, "5L Bag-in-Box"),
        L("CUP-PET", 2, "16oz"),
        L("LID-FLAT", 2),
        L("STRAW-PAPER", 3, "Red Stripe"),
        L("FRAPPE-VAN", 2),
    ],
    "list without commas; '5L', '16oz' are sizes; 'vanila' is a typo",
    ["spoken", "variant", "typo"],
)
M(
    c,
    4,
    "ORDER",
    "same as last week but double the vanilla frappe",
    [],
    "reference to last week with a relative change",
    [],
    ref=("last", [("mult", "FRAPPE-VAN", None, 2)]),
)
M(c, 5, "QUESTION", "wat time u coming fri? need to be at the hut", [], "", [])
M(
    c,
    3,
    "ORDER",
    "can u add ice 10 bags and 1 box of the caramel biscuits",
    [N(10), L("BISC-CARAMEL", 1)],
    "ice is not in catalog; 'caramel biscuits' are the caramelised biscuits",
    ["not_in_catalog", "non_order_request"],
)
M(
    c,
    1,
    "ORDER",
    "20oz hot cups x2 cs pls",
    [NF(A(2, HOTCUPS))],
    "20oz is a size of the cold cups only; the hot cups come in 8/12/16oz: ambiguous which cup and size",
    ["family", "variant"],
)

# ---------------------------------------------------------------- brewbox-events (mobile cart, email, en)
c = "brewbox-events"
M(
    c,
    0,
    "ORDER",
    "Subject: Festival order - Saturday 4 July\n\nHi,\n\nWe're doing Parkfield Festival (3,000 visitors "
    "expected, pitch 27). Please deliver Friday 3 July:\n\n- 12 x house blend 1kg\n- 4 x Yirgacheffe\n- 2000 12oz "
    "double wall cups\n- 2000 12/16 sip lids\n- 1000 sleeves\n- 8 cases Bruk barista\n- 12 x whole milk\n- 2 cases "
    "4-cup carriers\n- 3 boxes 19cm stirrers\n\nCheers,\nDev Mistry\nBrewBox Events\n07700 900111",
    [
        L("BEAN-HOUSE", 12, H1KG),
        L("BEAN-ETHIOPIA", 4),
        L("CUP-DW", 4, "12oz"),
        L("LID-SIP", 2, "12/16oz"),
        L("SLEEVE", 1, None),
        L("OAT-BRUK-BAR", 8),
        L("MILK-WHOLE", 12),
        L("CARRIER-CUP", 2, "4 Cup"),
        L("STIRRER", 3, "19cm"),
    ],
    "2000 double wall cups = 4 cases of 500; 2000 sip lids = 2 cases of 1000; 1000 sleeves = 1 case, 8oz or 12/16oz "
    "not stated: variant not stated; visitors, pitch, dates and phone are not quantities",
    ["pack", "variant", "number_in_name", "signature"],
)
M(
    c,
    2,
    "QUESTION",
    "Could you quote for 30 cases of Bruk barista and 40 cases of 12oz double wall cups for a "
    "September conference? Not ordering yet.\n\nDev",
    [],
    "a request for a quote",
    ["non_order_request"],
)
M(
    c,
    3,
    "QUESTION",
    "Can you send me a breakdown of what we ordered on 23 June? I need it for the client's invoice.\n\nDev",
    [],
    "a request for information about a past order",
    ["non_order_request"],
)
M(
    c,
    5,
    "ORDER",
    "If you can deliver to the showground before 7am Saturday, we'll take 6 x 5L cold brew and 4 cases "
    "16oz clear cups. Otherwise don't bother.\n\nDev",
    [L("COLDBREW", 6, "5L Bag-in-Box"), L("CUP-PET", 4, "16oz")],
    "conditional order",
    ["variant"],
    flags=["conditional"],
)
M(
    c,
    4,
    "OTHER",
    "Please add Sam (sam@brewbox.example) to the invoice emails. Thanks, Dev",
    [],
    "an account request",
    ["non_order_request"],
)
M(
    c,
    6,
    "ORDER",
    "For Saturday's wedding (180 guests) please send 4 x 5L cold brew, 2 cases of 2 cup carriers and "
    "3 cases black napkins.\n\nDev",
    [L("COLDBREW", 4, "5L Bag-in-Box"), L("CARRIER-CUP", 2, "2 Cup"), L("NAP-2PLY", 3, "Black")],
    "'2 cup' is the carrier size; 180 guests is not a quantity",
    ["number_in_name", "variant"],
)

# ---------------------------------------------------------------- green-room (theatre café, WA, en)
c = "green-room"
M(
    c,
    0,
    "ORDER",
    "Hi, matinee week so a bit more: 4 dark roast, 6 semi, 2 hot chocolate, 3 lemon drizzle, 2 millionaires",
    [L("BEAN-DARK", 4), L("MILK-SEMI", 6), A(2, HOTCHOC), L("CAKE-LEMON", 3), L("TRAY-MILLIONAIRE", 2)],
    "'hot chocolate' is ambiguous between flakes and powder",
    ["family"],
)
M(
    c,
    2,
    "ORDER",
    "can you add 2 boxes of oat cookies, 2 peppermint syrups and 1 more biscotti",
    [N(2), N(2), L("BISC-BISCOTTI", 1)],
    "oat cookies are not in catalog; peppermint syrup is not in catalog (peppermint tea is)",
    ["not_in_catalog", "non_order_request"],
)
M(
    c,
    3,
    "QUESTION",
    "is the lemon drizzle nut free? we've got a school group in on thursday 9 july, 60 kids",
    [],
    "",
    [],
)
M(
    c,
    5,
    "ORDER",
    "the usual for next wed please + 2 extra semi",
    [L("MILK-SEMI", 2)],
    "reference to the usual with an addition",
    [],
    ref=("usual", []),
)
M(
    c,
    6,
    "CANCEL",
    "Please cancel next Wednesday's order entirely, the theatre is dark for a refurb until the 20th.",
    [],
    "",
    [],
)
M(
    c,
    1,
    "QUESTION",
    "is your caramel sauce dairy free? thinking of a vegan caramel latte for the panto season",
    [],
    "a product question",
    [],
)
M(
    c,
    4,
    "ORDER",
    "2 boxes shortbread 1 box biscotti 1 case dispenser napkins a tub of cleaning powder and a 5L "
    "washing up liquid",
    [
        L("BISC-SHORTBREAD", 2),
        L("BISC-BISCOTTI", 1),
        L("NAP-DISP", 1),
        L("CLEAN-POWDER", 1),
        L("WASHUP-5L", 1),
    ],
    "list without commas; 'shortbread' is the biscuits (the millionaire's traybake carries its modifier); '5L' is "
    "the bottle size",
    ["spoken"],
)

# ---------------------------------------------------------------- kaffeehaus-linde (München, email, de)
c = "kaffeehaus-linde"
M(
    c,
    0,
    "ORDER",
    "Betreff: Bestellung KW 27\n\nGuten Morgen,\n\nbitte für Mittwoch liefern:\n- 3 Beutel Yirgacheffe\n"
    "- 4 Beutel Hausmischung 1kg\n- 8 Kartons Vollmilch\n- 10 Liter Schlagsahne\n- 1 Karottenkuchen\n"
    "- 4 Packungen Würfelzucker\n\nMit freundlichen Grüßen\nKatharina Huber\nKaffeehaus Linde, Lindwurmstraße 88, "
    "80337 München\nTel. +44 7700 900113",
    [
        L("BEAN-ETHIOPIA", 3),
        L("BEAN-HOUSE", 4, H1KG),
        L("MILK-WHOLE", 8),
        L("CREAM-WHIP", 10),
        L("CAKE-CARROT", 1),
        L("SUGAR-CUBES", 4),
    ],
    "'10 Liter Schlagsahne' = 10 x 1L whipping cream; 'Hausmischung' is the house blend; KW 27, street number, "
    "postcode and phone are not quantities",
    ["signature", "weight"],
)
M(
    c,
    2,
    "ORDER",
    "Bitte noch 2 Kartons Hafermilch und 1 Grüntee dazu. Danke, K. Huber",
    [A(2, OATS), A(1, GREEN_TEA)],
    "'Hafermilch' is ambiguous between the three oat drinks (all sold by the case); 'Grüntee' between sencha and "
    "jasmine",
    ["family"],
)
M(
    c,
    3,
    "ORDER",
    "Bitte 30 Kartons Avena Pro für nächste Woche.\n\nK. Huber",
    [L("OAT-AVENA-BAR", 30)],
    "a quantity far above the customer's usual 2 cases, with no reason given",
    [],
    flags=["outlier"],
)
M(
    c,
    4,
    "COMPLAINT",
    "Die Schokoladentorte kam beschädigt an, die Verpackung war eingedrückt. Bitte um Gutschrift "
    "für 1 Stück.\n\nKatharina Huber",
    [],
    "",
    [],
)
M(
    c,
    5,
    "QUESTION",
    "Können Sie mir sagen, ob der Entkalker auch für Siebträgermaschinen mit Dualboiler geeignet "
    "ist?\n\nK. Huber",
    [],
    "",
    ["non_order_request"],
)
M(
    c,
    1,
    "CHANGE",
    "Könnten Sie die Lieferung von Mittwoch auf Donnerstag verschieben? Wir haben Inventur.\n\n"
    "Katharina Huber",
    [],
    "moves the placed delivery; no line changes",
    [],
    change=[],
)

# ---------------------------------------------------------------- cafe-am-hafen (Hamburg, WA, de)
c = "cafe-am-hafen"
M(
    c,
    0,
    "ORDER",
    "Moin! Wie immer bitte 🙂",
    [],
    "reference to the usual basket",
    ["emoji"],
    ref=("usual", []),
)
M(
    c,
    2,
    "ORDER",
    "Hallo, bitte 2 Kartons Becher 12oz und 1 Karton Deckel dazu",
    [A(2, CUPS12, "12oz"), A(1, LIDS)],
    "'Becher 12oz' is ambiguous between single wall, double wall and PET cups in 12oz; 'Deckel' between sip, flat "
    "and dome lids",
    ["family"],
)
M(
    c,
    3,
    "ORDER",
    "Zimtschnecken 96 Stück und 5 kg Hausmischung",
    [L("CINNAMON-48", 2), L("BEAN-HOUSE", 5, H1KG)],
    "96 cinnamon swirls = 2 boxes of 48; 5 kg house blend = 5 x 1kg bags",
    ["pack", "weight"],
)
M(c, 5, "OTHER", "Danke für die schnelle Lieferung heute! 👍", [], "", ["emoji"])
M(
    c,
    4,
    "ORDER",
    "Sprachnachricht: hallo hier ist Jonas vom Café am Hafen wir brauchen zwei Flaschen "
    "Karamellsirup eine Flasche Haselnuss und drei Kartons Bruk Barista danke",
    [L("SYR-CAR", 2), L("SYR-HAZ", 1), L("OAT-BRUK-BAR", 3)],
    "spoken list without commas; 'eine Flasche Haselnuss' is the regular hazelnut syrup",
    ["spoken", "voice"],
)
M(
    c,
    6,
    "QUESTION",
    "Habt ihr die Filterkartuschen C300 auf Lager? Was kostet eine?",
    [],
    "",
    ["number_in_name"],
)

# ---------------------------------------------------------------- cafe-lumiere (Lyon, WA, fr)
c = "cafe-lumiere"
M(
    c,
    0,
    "ORDER",
    "Bonjour ! Pour jeudi : 4 sacs de Cerrado, 6 cartons de lait entier, 2 cartons Bruk barista, "
    "2 boîtes de grands croissants et 2 de pains au chocolat. Merci !",
    [L("BEAN-BRAZIL", 4), L("MILK-WHOLE", 6), L("OAT-BRUK-BAR", 2), L("CROISSANT", 2, CRS_L), L("PAC-60", 2)],
    "'grands croissants' = the large all-butter croissant",
    ["variant"],
)
M(
    c,
    2,
    "ORDER",
    "Vous pouvez ajouter 1 sauce caramel, 1 sauce chocolat blanc et 1 sirop vanille sans sucre ? Et "
    "c'est combien le sirop lavande ?",
    [L("SAUCE-CAR", 1), L("SAUCE-WHITE", 1), L("SYR-VAN-SF", 1)],
    "addition with a side price question",
    ["mixed", "non_order_request"],
)
M(
    c,
    3,
    "COMPLAINT",
    "Les croissants aux amandes sont arrivés décongelés, le carton était ouvert. On ne peut pas les servir.",
    [],
    "",
    [],
)
M(
    c,
    4,
    "ORDER",
    "Comme la semaine dernière, mais sans le chocolat blanc et avec 3 boîtes de pains au chocolat au "
    "lieu de 2.",
    [L("PAC-60", 3)],
    "reference to last week with a removal and a new quantity",
    [],
    ref=("last", [("drop", "CHOC-WHITE", None), ("set", 0)]),
)
M(
    c,
    5,
    "ORDER",
    "Il me faudrait 12 briques de lait d'avoine barista Bruk et 2 sirops de caramel, stp",
    [L("OAT-BRUK-BAR", 2), L("SYR-CAR", 2)],
    "12 cartons (briques) = 2 cases of 6; 'sirops de caramel' is the caramel syrup",
    ["container", "pack"],
)
M(
    c,
    1,
    "OTHER",
    "Je voudrais changer l'adresse e-mail pour les factures : compta@cafe-lumiere.example",
    [],
    "an account request",
    ["non_order_request"],
)

# ---------------------------------------------------------------- boulangerie-martin (Lille, email, fr)
c = "boulangerie-martin"
M(
    c,
    0,
    "ORDER",
    "Objet : Commande n° 2207\n\nBonjour,\n\nMerci de livrer lundi 6 juillet :\n- 4 sachets de café "
    "filtre moulu 1 kg\n- 2 kg de grains maison\n- 4 cartons de lait demi-écrémé\n- 1 carton de pains aux raisins\n"
    "- 2 paquets de sacs ingraissables 7x7\n- 1 paquet de boîtes pâtissières petites et 1 de grandes\n\n"
    "Cordialement,\nAnne Martin\nBoulangerie-Café Martin\n27 rue Nationale, 59000 Lille\nTél. +44 7700 900116",
    [
        L("GRD-FILTER-1KG", 4),
        L("BEAN-HOUSE", 2, H1KG),
        L("MILK-SEMI", 4),
        L("PAR-48", 1),
        L("BAG-GREASEPROOF", 2),
        L("BOX-PASTRY", 1, "Small"),
        L("BOX-PASTRY", 1, "Large"),
    ],
    "'4 sachets de café filtre moulu 1 kg' = 4 bags of the 1kg filter coffee; '2 kg de grains maison' = 2 x 1kg "
    "house blend; order number, 7x7, date, street number and postcode are not quantities",
    ["signature", "weight", "variant", "number_in_name"],
)
M(
    c,
    2,
    "ORDER",
    "Bonjour, pouvez-vous ajouter 240 mini croissants à la commande de lundi ? Merci. Anne Martin",
    [L("CROISSANT", 2, CRS_M)],
    "240 mini croissants = 2 boxes of 120",
    ["pack", "variant", "non_order_request"],
)
M(c, 3, "QUESTION", "Est-ce que vous livrez le samedi matin pendant l'été ?\n\nAnne Martin", [], "", [])
M(
    c,
    5,
    "ORDER",
    "Bonjour, comme d'habitude pour lundi 13, avec en plus 1 carton de serviettes distributeur. Anne",
    [L("NAP-DISP", 1)],
    "reference to the usual basket with an addition; '13' is the date",
    [],
    ref=("usual", []),
)
M(
    c,
    6,
    "CANCEL",
    "Finalement, merci d'annuler la commande du lundi 13 : nous fermons une semaine pour travaux.\n\n"
    "Anne Martin",
    [],
    "",
    [],
)
M(
    c,
    1,
    "ORDER",
    "Bonjour, je voudrais 3 boîtes de muffins aux myrtilles et 2 de scones nature. Anne",
    [L("MUF-BLUEB", 3), L("SCONE-PLAIN", 2)],
    "",
    ["non_order_request"],
)

# ---------------------------------------------------------------- cafe-sol (Valencia, WA, es)
c = "cafe-sol"
M(
    c,
    0,
    "ORDER",
    "Hola! Para el miércoles: 6 bolsas de house blend de 1kg, 8 cajas de leche entera, 3 de "
    "desnatada y 2 de soja. Gracias 😊",
    [L("BEAN-HOUSE", 6, H1KG), L("MILK-WHOLE", 8), L("MILK-SKIM", 3), L("SOY-BAR", 2)],
    "",
    ["emoji"],
)
M(
    c,
    2,
    "ORDER",
    "Añádeme 1 caja de leche de almendras y 2 cajas de vasos de 16oz, por favor",
    [A(1, ALMONDS), A(2, CUPS12, "16oz")],
    "'leche de almendras' is ambiguous between barista and unsweetened almond; 'vasos de 16oz' between single wall, "
    "double wall and PET cups",
    ["family"],
)
M(
    c,
    3,
    "ORDER",
    "Lo de siempre, pero con 2 botellas más de caramelo y sin croissants",
    [A(2, CARAMEL)],
    "reference to the usual with an addition and a removal; 'caramelo' is ambiguous between caramel syrup and "
    "sauce (both bottles)",
    ["family"],
    ref=("usual", [("drop", "CROISSANT", CRS_L)]),
)
M(
    c,
    4,
    "QUESTION",
    "¿Tenéis leche sin lactosa? Varios clientes la piden.",
    [],
    "lactose-free milk is not in catalog",
    ["not_in_catalog"],
)
M(
    c,
    5,
    "COMPLAINT",
    "Las tapas domo no encajan bien en los vasos de 16oz, se salen. Nos mandasteis 1 caja el miércoles.",
    [],
    "",
    [],
)
M(
    c,
    1,
    "ORDER",
    "Quisiera 2 botellas de sirope de vainilla sin azúcar y 1 caja de pajitas negras",
    [L("SYR-VAN-SF", 2), L("STRAW-PAPER", 1, "Black")],
    "'pajitas negras' = black straws",
    ["variant", "non_order_request"],
)
M(
    c,
    6,
    "ORDER",
    "Hola, 24 litros de leche entera y 2 cajas de tapas planas por favor",
    [L("MILK-WHOLE", 2), L("LID-FLAT", 2)],
    "24 litres = 2 cases of 6 x 2L; 'tapas planas' = flat lids",
    ["pack"],
)

# ---------------------------------------------------------------- tostadero-madrid (new, email, es)
c = "tostadero-madrid"
M(
    c,
    0,
    "ORDER",
    "Asunto: Primer pedido\n\nBuenos días:\n\nSomos El Tostadero, una cafetería nueva en Madrid "
    "(calle de Embajadores 41). Nos gustaría hacer un primer pedido a crédito, con pago a 30 días:\n\n"
    "- 10 bolsas de Night Owl\n- 4 cajas de Avena Pro\n- 2 cajas de vasos kraft doble pared de 8oz\n"
    "- 2 cajas de tapas de 8oz\n\nSaludos,\nLucía Ortega\n+44 7700 900127",
    [L("BEAN-DARK", 10), L("OAT-AVENA-BAR", 4), L("CUP-DW", 2, "8oz"), L("LID-SIP", 2, "8oz")],
    "first order on credit from a new customer; '8oz' lids exist only as sip lids; street number, 30 days and phone "
    "are not quantities",
    ["credit", "variant"],
    flags=["credit"],
)
M(
    c,
    2,
    "QUESTION",
    "¿Podrían enviarme la lista de precios en euros? ¿Y cuál es el pedido mínimo?\n\nLucía",
    [],
    "",
    ["non_order_request"],
)
M(
    c,
    3,
    "ORDER",
    "Por favor, lo mismo que la última vez.\n\nLucía Ortega",
    [],
    "reference from a first-time customer: the earlier message is not history",
    ["ambiguous_reference"],
    ref=("last", []),
)
M(
    c,
    5,
    "ORDER",
    "Necesitamos 3 kilos de chocolate caliente, 1 caja de servilletas negras y 2 cajas de leche de "
    "arroz.\n\nLucía",
    [A(None, HOTCHOC), L("NAP-2PLY", 1, "Black"), N(2)],
    "'chocolate caliente' is ambiguous between flakes (3 x 1kg) and powder (1kg tins or 2kg bags): quantity not a "
    "whole number of a known unit; black napkins exist only as 2-ply; rice milk is not in catalog",
    ["family", "weight", "not_in_catalog", "variant"],
)
M(c, 4, "OTHER", "Gracias por la bienvenida. Os paso el CIF para las facturas: B12345678.", [], "", [])

# ---------------------------------------------------------------- bar-centrale (Bologna, WA, it)
c = "bar-centrale"
M(
    c,
    0,
    "ORDER",
    "Buongiorno, per venerdì: 8 sacchetti di Night Owl, 10 casse di latte intero, 1 di scremato, "
    "2 scatole di bustine di zucchero di canna. Grazie",
    [L("BEAN-DARK", 8), L("MILK-WHOLE", 10), L("MILK-SKIM", 1), L("SUGAR-BROWN-STICK", 2)],
    "'bustine di zucchero di canna' = demerara sugar sticks",
    [],
)
M(
    c,
    1,
    "ORDER",
    "Mi servono anche 2 scatole di cornetti mignon",
    [L("CROISSANT", 2, CRS_M)],
    "cornetti mignon = mini croissants",
    ["variant"],
)
M(
    c,
    2,
    "ORDER",
    "3 bombolette di panna spray e 2 cioccolata in scaglie",
    [L("CREAM-AEROSOL", 3), L("CHOC-FLAKES", 2)],
    "3 aerosol cans = 3 cases (small N, the usual meaning in the trade); 'cioccolata in scaglie' = chocolate flakes",
    ["container"],
)
M(
    c,
    3,
    "QUESTION",
    "Avete anche le tazzine di carta da 2oz per il caffè?",
    [],
    "2oz cups are not in catalog",
    ["not_in_catalog"],
)
M(
    c,
    4,
    "ORDER",
    "Il solito per venerdì, ma 12 casse di latte intero invece di 10",
    [L("MILK-WHOLE", 12)],
    "reference to the usual with a new quantity",
    [],
    ref=("usual", [("set", 0)]),
)
M(c, 5, "COMPLAINT", "Ci avete fatturato 10 casse di latte ma ne sono arrivate 8. Fattura 20391.", [], "", [])
M(
    c,
    5,
    "ORDER",
    "Potete aggiungere 1 decalcificante e 1 spazzolino per gruppo? E quanto costa la cartuccia C500?",
    [L("DESCALER", 1), L("BRUSH-GROUP", 1)],
    "order with a side price question; C500 is a cartridge size",
    ["mixed", "number_in_name"],
)
M(
    c,
    6,
    "CHANGE",
    "Per l'ordine di venerdì: le casse di latte intero portatele a 14, non 12. Grazie",
    [],
    "amendment of the placed order",
    [],
    change=[L("MILK-WHOLE", 14)],
)
M(
    c,
    2,
    "OTHER",
    "Vorrei prenotare un tavolo per 4 sabato sera alle 20, a nome Russo",
    [],
    "misdirected table booking, not an order",
    ["non_order_request"],
)

# ---------------------------------------------------------------- koffie-kade (Utrecht, WA, nl)
c = "koffie-kade"
M(
    c,
    0,
    "ORDER",
    "Hoi! Voor woensdag graag: 2 zakken Yirgacheffe, 2 zakken Huila, 5 dozen Bruk barista en 6 dozen "
    "volle melk. Groetjes, Sanne",
    [L("BEAN-ETHIOPIA", 2), L("BEAN-COLOMBIA", 2), L("OAT-BRUK-BAR", 5), L("MILK-WHOLE", 6)],
    "Dutch 'dozen' means boxes (cases), not twelve",
    [],
)
M(
    c,
    2,
    "ORDER",
    "Kunnen jullie ook 2 single origin en 1 chai meesturen?",
    [A(2, SINGLE_ORIGIN), A(1, CHAI)],
    "'single origin' is ambiguous between Colombia, Ethiopia and Brazil; 'chai' between the two chai latte powders "
    "and the chai tea bags",
    ["family", "non_order_request"],
)
M(
    c,
    3,
    "ORDER",
    "2 kilo matcha en 1 zak witte warme chocolade graag",
    [L("MATCHA-LATTE", 4), L("CHOC-WHITE", 1)],
    "2 kilo matcha = 4 bags of 500g; 'witte warme chocolade' = white hot chocolate",
    ["weight"],
)
M(
    c,
    4,
    "QUESTION",
    "Hebben jullie ook havermelk zonder toegevoegde olie? Klanten vragen er steeds vaker naar.",
    [],
    "",
    [],
)
M(
    c,
    5,
    "ORDER",
    "Zelfde als vorige week maar 1 extra melksysteemreiniger",
    [L("MILK-CLEAN", 1)],
    "reference to last week with an addition",
    [],
    ref=("last", []),
)
M(
    c,
    6,
    "COMPLAINT",
    "De 12oz bekers van vorige week lekken bij de naad, 2 dozen. Kunnen jullie die vervangen?",
    [],
    "",
    [],
)
M(
    c,
    1,
    "ORDER",
    "ik wil graag twee dozen havermelk een doos karamelkoekjes en drie bekers 12oz",
    [A(2, OATS), L("BISC-CARAMEL", 1), A(3, CUPS12, "12oz")],
    "spoken list without commas; 'havermelk' ambiguous between three oat drinks; 'drie bekers 12oz' counts "
    "selling units (cases) and is ambiguous between single wall, double wall and PET 12oz",
    ["spoken", "family", "non_order_request"],
)
M(
    c,
    3,
    "OTHER",
    "Ik wil graag een barista-training boeken voor 2 nieuwe medewerkers, ergens in juli.",
    [],
    "a service request",
    ["non_order_request"],
)

# ---------------------------------------------------------------- pastelaria-aurora (Porto, email, pt)
c = "pastelaria-aurora"
M(
    c,
    0,
    "ORDER",
    "Assunto: Encomenda semana 27\n\nBom dia,\n\nPara quinta-feira, por favor:\n- 5 sacos de café "
    "Cerrado\n- 6 caixas de leite gordo\n- 2 caixas de leite meio-gordo\n- 2 caixas de pacotes de açúcar branco\n"
    "- 2 latas de chocolate em pó 1kg\n\nObrigada,\nInês Carvalho\nPastelaria Aurora, Rua de Santa Catarina 212, "
    "4000-447 Porto\nTel. +44 7700 900120",
    [
        L("BEAN-BRAZIL", 5),
        L("MILK-WHOLE", 6),
        L("MILK-SEMI", 2),
        L("SUGAR-WHITE-STICK", 2),
        L("CHOC-POWDER", 2, "1kg Tin"),
    ],
    "'pacotes de açúcar branco' = white sugar sticks; '2 latas ... 1kg' = 2 x 1kg tins; week number, street number, "
    "postcode and phone are not quantities",
    ["signature", "variant"],
)
M(
    c,
    2,
    "ORDER",
    "Podem juntar 2 embalagens de natas? Obrigada",
    [A(2, CREAMS)],
    "'natas' (cream) is ambiguous between double, whipping and aerosol cream",
    ["family"],
)
M(
    c,
    3,
    "QUESTION",
    "Gostaria de saber se têm pastéis de nata congelados.\n\nInês",
    [],
    "pastéis de nata are not in catalog",
    ["non_order_request", "not_in_catalog"],
)
M(
    c,
    4,
    "ORDER",
    "O habitual, por favor, mas sem a camomila esta semana.\n\nInês Carvalho",
    [],
    "reference to the usual with a removal",
    [],
    ref=("usual", [("drop", "TEA-CHAMOMILE", None)]),
)
M(
    c,
    5,
    "COMPLAINT",
    "Recebemos 2 caixas de copos de espresso com os copos amassados. Envio fotos em anexo.\n\nInês",
    [],
    "",
    [],
)
M(
    c,
    6,
    "ORDER",
    "Gostaria de encomendar 1 caixa de guardanapos e 2 caixas de copos de 4oz.\n\nInês",
    [A(1, NAPKINS), L("CUP-ESPRESSO-4", 2)],
    "'guardanapos' is ambiguous between 2-ply and dispenser napkins; 4oz cups are the espresso cups",
    ["family", "non_order_request"],
)
M(
    c,
    1,
    "OTHER",
    "A partir de agosto o nosso horário de receção de mercadorias passa a ser das 7h às 10h.\n\nInês",
    [],
    "a notice",
    [],
)

# ---------------------------------------------------------------- kawiarnia-rynek (Kraków, WA, pl)
c = "kawiarnia-rynek"
M(
    c,
    0,
    "ORDER",
    "Dzień dobry, na środę proszę: 4 worki house blend 1kg, 6 kartonów mleka pełnego, 2 butelki syropu "
    "słony karmel, 1 syrop piernikowy i 1 dyniowy. Dziękuję",
    [
        L("BEAN-HOUSE", 4, H1KG),
        L("MILK-WHOLE", 6),
        L("SYR-SALTCAR", 2),
        L("SYR-GINGER", 1),
        L("SYR-PUMPKIN", 1),
    ],
    "'1 dyniowy' follows 'syrop': pumpkin spice syrup",
    [],
)
M(
    c,
    2,
    "ORDER",
    "Proszę dodać 2 ciasta czekoladowe i 1 karton muffinek",
    [L("CAKE-CHOC", 2), A(1, MUFFINS)],
    "'ciasta czekoladowe' is the chocolate fudge cake (the vegan one carries its modifier); 'muffinki' is ambiguous "
    "between blueberry and double chocolate",
    ["family"],
)
M(
    c,
    3,
    "ORDER",
    "To samo co w zeszłym tygodniu, ale bez syropu dyniowego",
    [],
    "reference to last week with a removal",
    [],
    ref=("last", [("drop", "SYR-PUMPKIN", None)]),
)
M(c, 4, "QUESTION", "Czy macie syrop orzechowy bez cukru w butelkach 250ml?", [], "", [])
M(c, 5, "COMPLAINT", "Zamiast mleka owsianego Avena przyszło mleko sojowe, 1 karton.", [], "", [])

# ---------------------------------------------------------------- fika-hornan (Göteborg, SMS, sv)
c = "fika-hornan"
M(
    c,
    0,
    "ORDER",
    "Hej! Till tisdag: 4 påsar Huila, 6 kartonger standardmjölk, 2 havremjölk och 3 lådor kanelbullar. Tack!",
    [L("BEAN-COLOMBIA", 4), L("MILK-WHOLE", 6), A(2, OATS), L("CINNAMON-48", 3)],
    "'standardmjölk' = whole milk; 'havremjölk' is ambiguous between the three oat drinks; kanelbullar = "
    "cinnamon swirls",
    ["family"],
)
M(
    c,
    2,
    "ORDER",
    "Kan ni skicka 1 kartong vita servetter och 1 låda vita 8oz muggar med enkel vägg?",
    [L("NAP-2PLY", 1, "White"), L("CUP-SW", 1, "8oz")],
    "white napkins exist only as 2-ply; 'enkel vägg' = single wall",
    ["variant", "non_order_request"],
)
M(c, 3, "QUESTION", "Vad kostar Avena Pro per kartong?", [], "", [])
M(
    c,
    4,
    "ORDER",
    "Samma som förra veckan tack, men 2 lådor kanelbullar istället för 3",
    [L("CINNAMON-48", 2)],
    "reference to last week with a new quantity",
    [],
    ref=("last", [("set", 0)]),
)
M(c, 5, "CANCEL", "Avboka leveransen på torsdag, vi har stängt hela veckan.", [], "", [])

# ---------------------------------------------------------------- northside-school (Newcastle, email, en)
c = "northside-school"
M(
    c,
    0,
    "ORDER",
    "Subject: Order – Northside Sixth Form\n\nHi,\n\nFor Wednesday please:\n2 x hot choc powder 2kg\n"
    "6 x semi\n60 ham & cheese paninis\n1 x shortbread\n2 cases 12oz cups\n\nThanks\nGareth Lloyd\nCatering Manager\n"
    "Northside Sixth Form College, 200 West Road, Newcastle NE4 9PY\n020 7946 0523",
    [
        L("CHOC-POWDER", 2, "2kg Bag"),
        L("MILK-SEMI", 6),
        L("PANINI-HAMCHEESE", 3),
        L("BISC-SHORTBREAD", 1),
        A(2, CUPS12, "12oz"),
    ],
    "60 paninis = 3 boxes of 20; '12oz cups' is ambiguous between single wall, double wall and PET; street number, "
    "postcode and phone are not quantities",
    ["family", "pack", "signature", "variant"],
)
M(
    c,
    2,
    "OTHER",
    "Just a heads up that term ends on 17 July, so our last delivery will be Wednesday 15 July. We "
    "restart on 2 September.\n\nGareth",
    [],
    "a notice",
    [],
)
M(
    c,
    3,
    "ORDER",
    "Usual for next Wednesday please, but only 1 box of the paninis as it's exam week.\n\nGareth",
    [A(1, PANINIS)],
    "reference to the usual with a new quantity; 'the paninis' is ambiguous between the two paninis without history",
    ["family"],
    ref=("usual", [("set", 0)]),
)
M(
    c,
    4,
    "QUESTION",
    "Could you send us a copy of your food hygiene certificate and public liability insurance for "
    "our supplier file?\n\nGareth Lloyd",
    [],
    "a request for documents",
    ["non_order_request"],
)
M(
    c,
    5,
    "ORDER",
    "Can I order 2 tubs of cleaning tablets and 1 case of antibac spray? The tablets are for the new "
    "bean-to-cup machine.\n\nGareth",
    [L("CLEAN-B2C", 2), L("SPRAY-ANTIBAC", 1)],
    "the text says the tablets are for a bean-to-cup machine",
    ["non_order_request"],
)
M(
    c,
    1,
    "COMPLAINT",
    "The hot chocolate bags delivered last Wednesday had split in the box, so 1 of the 2 bags was "
    "lost. Please credit.\n\nGareth",
    [],
    "",
    [],
)
M(
    c,
    6,
    "ORDER",
    "Please send 3 x 2kg hot chocolate and 2 cases of 12oz single wall, PO NS-4471.\n\nGareth",
    [L("CHOC-POWDER", 3, "2kg Bag"), L("CUP-SW", 2, "12oz")],
    "'2kg hot chocolate' exists only as the powder's 2kg bag; the PO is not a quantity",
    ["variant", "number_in_name"],
)

# ---------------------------------------------------------------- pulsefit-cafe (Cardiff gym café, WA, en)
c = "pulsefit-cafe"
M(
    c,
    0,
    "ORDER",
    "yo need 2 frappe base, 1 cs 20oz cups n 1 cs dome lids 💪",
    [A(2, FRAPPE), L("CUP-PET", 1, "20oz"), L("LID-DOME", 1)],
    "'frappe base' is ambiguous between vanilla and chocolate; 20oz exists only as a PET cold cup",
    ["family", "emoji"],
)
M(
    c,
    2,
    "ORDER",
    "can I get 3 kilos of vanilla frappe",
    [L("FRAPPE-VAN", 2)],
    "3 kilos = 2 bags of 1.5kg",
    ["weight", "non_order_request"],
)
M(
    c,
    3,
    "QUESTION",
    "do u do pea protein milk or any high protein plant milk?",
    [],
    "pea milk is not in catalog",
    ["not_in_catalog"],
)
M(
    c,
    4,
    "ORDER",
    "16oz clear cups x2, straws x2, almond mlk x1",
    [L("CUP-PET", 2, "16oz"), L("STRAW-PAPER", 2, None), A(1, ALMONDS)],
    "straw colour not stated: variant not stated; 'almond mlk' is ambiguous between barista and unsweetened",
    ["variant", "family", "typo"],
)
M(
    c,
    5,
    "OTHER",
    "I'd like to update the card on file, the old one expires end of July",
    [],
    "an account request",
    ["non_order_request"],
)
M(
    c,
    6,
    "COMPLAINT",
    "matcha from last week has gone all clumpy, 1 bag unusable. sealed when it arrived",
    [],
    "",
    [],
)
M(
    c,
    1,
    "CHANGE",
    "change the 20oz cups on thursdays order to 16oz pls",
    [],
    "amendment: the placed case of 20oz cold cups becomes 16oz",
    ["variant"],
    change=[L("CUP-PET", 1, "16oz")],
)

# ---------------------------------------------------------------- chapter-verse (bookshop café, SMS, en)
c = "chapter-verse"
M(
    c,
    0,
    "ORDER",
    "Hi its Rhiannon @ Chapter & Verse. 2 house blend, 2 semi, 1 green tea, 1 fruit tea, 1 lemon loaf pls",
    [L("BEAN-HOUSE", 2, None), L("MILK-SEMI", 2), A(1, GREEN_TEA), L("TEA-BERRY", 1), L("CAKE-LEMON", 1)],
    "house blend 1kg or 250g not stated: variant not stated; 'green tea' is ambiguous between sencha and jasmine",
    ["variant", "family"],
)
M(
    c,
    2,
    "QUESTION",
    "do you do rooibos at all? couple of regulars asking",
    [],
    "rooibos is not in catalog; a question",
    ["not_in_catalog"],
)
M(
    c,
    3,
    "ORDER",
    "and can you add some peppermint tea too",
    [L("TEA-PEPPERMINT", None)],
    "quantities not stated",
    ["non_order_request"],
)
M(c, 4, "COMPLAINT", "biscotti box was 40 short, only 160 in it", [], "", [])
M(c, 5, "OTHER", "all arrived fine this morning, cheers! Rhiannon", [], "", [])
M(c, 6, "QUESTION", "whats your cut off for monday delivery? 4pm?", [], "", [])
M(
    c,
    1,
    "ORDER",
    "hiya can we have for boxes of breakfast tea to boxes fruit tea and won lemon drizzle",
    [A(4, EB), L("TEA-BERRY", 2), L("CAKE-LEMON", 1)],
    "voice-to-text: 'for' = four, 'to' = two, 'won' = one; breakfast tea is ambiguous between boxes of 100 and 1100",
    ["spoken", "voice", "family"],
)

# ---------------------------------------------------------------- bloom-bakehouse (new, WA, en)
c = "bloom-bakehouse"
M(
    c,
    0,
    "OTHER",
    "Hi! We're opening Bloom Bakehouse in Harrogate on 18 July. Can I set up a trade account with "
    "you? What do you need from us?",
    [],
    "an account request",
    ["non_order_request"],
)
M(
    c,
    2,
    "ORDER",
    "Hi, first order for our opening! 10 bags espresso beans, 4 cases oat milk, 2 boxes of croissants, "
    "2 boxes muffins, 2 cases 12oz cups, 2 cases lids, napkins x2. Can we pay on account?",
    [
        A(10, ESPRESSO_BEANS),
        A(4, OATS),
        L("CROISSANT", 2, None),
        A(2, MUFFINS),
        A(2, CUPS12, "12oz"),
        A(2, LIDS),
        A(2, NAPKINS),
    ],
    "first order on credit from a new customer; espresso beans, oat milk, muffins, 12oz cups, lids and napkins are "
    "ambiguous; croissant variant not stated",
    ["credit", "family", "variant"],
    flags=["credit"],
)
M(
    c,
    3,
    "ORDER",
    "For the opening weekend we also need 4 packs medium pastry boxes and 2 packs large carrier bags",
    [L("BOX-PASTRY", 4, "Medium"), L("BAG-KRAFT", 2, "Large")],
    "size words picked with the product named",
    ["variant"],
)
M(
    c,
    4,
    "QUESTION",
    "Do your frozen croissants need proving overnight or can they go straight in the oven?",
    [],
    "",
    [],
)
M(
    c,
    5,
    "ORDER",
    "Same as last time please but add 2 trays brownies",
    [L("TRAY-BROWNIE", 2)],
    "reference from a first-time customer: messages are not history",
    ["ambiguous_reference"],
    ref=("last", []),
)
M(
    c,
    6,
    "ORDER",
    "voice message: hi Anna at Bloom can we get three boxes of blueberry muffins two bin bag rolls and "
    "a pack of blue roll thanks",
    [L("MUF-BLUEB", 3), N(2), L("BLUE-ROLL", 1)],
    "spoken list without commas; bin bags are not in catalog (blue roll is a different product)",
    ["spoken", "voice", "not_in_catalog"],
)
