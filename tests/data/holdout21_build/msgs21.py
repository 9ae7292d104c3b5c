# ruff: noqa  (hand-written data generator of blind set 21, kept as its writer left it)
"""Messages of set 21 with their plain labels, all hand-written. build21.py adds ids, derived tags and history fields."""

import datetime

NOV = "__no_variant_key__"
MSGS = []
D0 = datetime.date(2027, 6, 28)


def L(sku, q, v=NOV, role="add"):
    return {"sku": sku, "quantity": q, "variant": v, "role": role}


def C(cands, q, cv=None, role="add"):
    return {"sku": None, "quantity": q, "variant": NOV, "candidates": cands, "cv": cv, "role": role}


def N(q, what, role="add"):
    return {"sku": None, "quantity": q, "variant": NOV, "nic": what, "role": role}


def M(
    cust,
    day,
    ch,
    lang,
    intent,
    text,
    lines=(),
    tags=(),
    notes="",
    review=None,
    outlier=None,
    hist=None,
    change=None,
):
    MSGS.append(
        {
            "customer": cust,
            "date": (D0 + datetime.timedelta(days=day)).isoformat(),
            "channel": ch,
            "language": lang,
            "intent": intent,
            "text": text,
            "lines": list(lines),
            "tags": list(tags),
            "notes": notes,
            "review": review,
            "outlier": outlier,
            "hist": hist,
            "change": change,
        }
    )


# ---------------------------------------------------------------- greenhouse-grocer (organic shop, e-mail)
M(
    "greenhouse-grocer",
    0,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Order for Thursday\n\nHi team,\n\nPlease can we have for Thursday:\n- 4 x Oatly Original\n- 2 x Alpro soya no sugars\n"
    "- 3 cases Tofoo naked\n- 6 boxes medjool 1kg\n- 2 x Moju ginger shots\n\nThanks,\nHannah Pryce\nBuyer, The Greenhouse Grocer\n"
    "14 Cotham Hill, Bristol BS6 6LA\nTel 07700 900412",
    [
        L("OATLY-ORIG-6", 4),
        L("ALPRO-SOYA-NS-8", 2),
        L("TOFOO-NAKED-10", 3),
        L("DATES-MEDJOOL", 6, "1kg Box"),
        L("MOJU-GINGER-12", 2),
    ],
    ["signature", "number_in_name", "non_order_request"],
    "street number, postcode and phone in the signature are not quantities; '1kg' picks the Medjool variant",
)
M(
    "greenhouse-grocer",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Re: weekly order\n\nHi, the usual please for Thursday, plus 2 more cases of the smoked tofu this time as we're doing a BBQ promo.\n\nHannah",
    [L("TOFOO-SMOKED-10", 2)],
    [],
    "reference to the usual basket; the explicit addition is the smoked tofu",
    hist={"ref": "usual"},
)
M(
    "greenhouse-grocer",
    3,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: top-up\n\nCould you add oatly x 4 and nakd bars, 2 boxes each of cocoa orange and berry, to tomorrow's drop? Ta, Hannah",
    [C(["OATLY-BAR-6", "OATLY-ORIG-6"], 4), L("NAKD-COCOA-18", 2), L("NAKD-BERRY-18", 2)],
    ["non_order_request"],
    "ambiguous: 'oatly' is Barista or Original; an addition to a placed order is ORDER",
)
M(
    "greenhouse-grocer",
    1,
    "EMAIL",
    "en",
    "QUESTION",
    "Subject: Rude Health oat?\n\nHi, do you stock the Rude Health oat drink as well as the almond one? A regular keeps asking. If so what's the case price?\n\nHannah Pryce\nThe Greenhouse Grocer",
    tags=["not_in_catalog", "signature"],
    notes="Rude Health oat drink is not in catalog (only the almond)",
)
M(
    "greenhouse-grocer",
    4,
    "EMAIL",
    "en",
    "COMPLAINT",
    "Subject: Delivery 1st July - damaged and short\n\nHi,\n\nTwo of the Coconut Collaborative pots arrived split and leaked all over the case, "
    "and we were one case short on the Violife Epic. Can you credit please?\n\nThanks\nHannah",
    notes="products and counts in a complaint are not order lines",
)

# ---------------------------------------------------------------- little-acorn (organic deli, WhatsApp)
M(
    "little-acorn",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "hiya can I get 3 oatly, 2 violife slices and a case of tempeh for wednesday pls 🙏",
    [C(["OATLY-BAR-6", "OATLY-ORIG-6"], 3), L("VIOLIFE-SLICES-12", 2), L("TEMPEH-8", 1)],
    ["emoji", "non_order_request"],
    "ambiguous: 'oatly' is Barista or Original, and this deli buys both; 'a case' is 1",
)
M(
    "little-acorn",
    1,
    "WHATSAPP",
    "en",
    "ORDER",
    "morning! 2 oatly barista 2 oatly original, 2 biona chickpeas, 1 biona coconut milk, 2 tamari. thats all x",
    [
        L("OATLY-BAR-6", 2),
        L("OATLY-ORIG-6", 2),
        L("CHICKPEA-TIN-12", 2),
        L("COCOMILK-TIN-12", 1),
        L("TAMARI-1L", 2),
    ],
    [],
    "",
)
M(
    "little-acorn",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "same as last week but no tempeh this time, and add a case of black beans",
    [L("BLACKBEAN-TIN-12", 1)],
    [],
    "reference to last week's order; removal of tempeh applies only with history",
    hist={"ref": "last", "remove": ["TEMPEH-8"]},
)
M(
    "little-acorn",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "can u add 2 cans of karma cola to tomorrows order",
    [L("KARMA-COLA-24", 2)],
    ["container", "non_order_request"],
    "'2 cans' of a product sold by the case of 24: small N read as 2 cases",
)
M(
    "little-acorn",
    2,
    "WHATSAPP",
    "en",
    "OTHER",
    "just fyi we're shut next mon and tues for stocktake so no deliveries those days pls, back to normal wed",
    notes="a notice, no order",
)
M(
    "little-acorn",
    5,
    "WHATSAPP",
    "en",
    "ORDER",
    "Hi! do 2 violife original, 1 cauldron pieces and 2 of the oatly creamy oat (the fraiche one) please",
    [L("VIOLIFE-ORIG-12", 2), L("CAULDRON-MARIN-6", 1), N(2, "Oatly Creamy Oat Fraiche")],
    [],
    "Oatly Creamy Oat Fraiche is not in catalog; no substitute",
)

# ---------------------------------------------------------------- leyton-coop (wholefood co-op, e-mail)
M(
    "leyton-coop",
    0,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Leyton Wholefoods order PO 4471\n\nHello,\n\nOrder for delivery Tuesday 6th July please:\n\n2 x porridge oats 25kg\n"
    "2 x short grain brown rice 25kg\n2 x red lentils 25kg\n3 x green lentils 5kg\n10 kg whole cashews\n10 kg whole almonds\n"
    "10 kg sunflower seeds\n5 kg pumpkin seeds\n2 x Doves wholemeal 16kg\n\nKind regards\nPriya Nandakumar\n"
    "Buying team, Leyton Wholefoods Co-operative\n212 Francis Road, London E10 6NQ\n020 7946 0318",
    [
        L("OATS-PORRIDGE-25", 2),
        L("RICE-BROWN-SG", 2, "25kg"),
        L("LENTIL-RED", 2, "25kg"),
        L("LENTIL-GREEN-5", 3),
        L("CASHEW-WHOLE", 10),
        L("ALMOND-WHOLE", 10),
        L("SUNFLOWER-SEEDS", 10),
        L("PUMPKIN-SEEDS", 5),
        L("FLOUR-WHOLEMEAL-16", 2),
    ],
    ["signature", "number_in_name", "weight"],
    "PO 4471, date, street number and phone are not quantities; kg of products sold by the kg are the quantity",
)
M(
    "leyton-coop",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: weekly order\n\nHi, usual order please but 20kg cashews instead of 10, and no sultanas this week (still have plenty). "
    "Also 2 x apple cider vinegar 5L.\n\nThanks, Priya",
    [C(["CASHEW-WHOLE", "CASHEW-PIECES"], 20, role="set"), L("ACV-5L", 2)],
    [],
    "reference to the usual basket; ambiguous without history: cashews whole or pieces (the co-op's usual has the whole ones), set to 20; sultanas removed only with history",
    hist={"ref": "usual", "remove": ["SULTANAS"]},
)
M(
    "leyton-coop",
    3,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Extra for Friday\n\nCould we also get 5kg cashews and 2 bags of chickpeas on Friday's delivery?\n\nThanks, Priya",
    [C(["CASHEW-WHOLE", "CASHEW-PIECES"], 5), L("CHICKPEA-DRY-5", 2)],
    ["non_order_request"],
    "ambiguous: cashews whole or pieces; 'bags' of chickpeas can only be the dried 5kg bag (tins come by the case)",
)
M(
    "leyton-coop",
    1,
    "EMAIL",
    "en",
    "QUESTION",
    "Subject: Price for 25kg quinoa?\n\nHi, I would like a price for a 25kg sack of quinoa if you can get one, we're thinking of moving off the 5kg bags. Not ordering yet.\n\nPriya",
    tags=["non_order_request", "not_in_catalog"],
    notes="a price request; 25kg quinoa is not in catalog",
)
M(
    "leyton-coop",
    4,
    "EMAIL",
    "en",
    "COMPLAINT",
    "Subject: Invoice INV-30871\n\nHello, invoice INV-30871 charges us for 3 x Deglet Nour 5kg but only 1 box came, as usual. Please reissue.\n\nRegards,\nPriya Nandakumar",
    notes="invoice number and counts are not order lines",
)
M(
    "leyton-coop",
    5,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: order\n\nPlease send 12 x red lentils 25kg and 3 x green lentils 5kg with Tuesday's delivery. Thanks Priya",
    [L("LENTIL-RED", 12, "25kg"), L("LENTIL-GREEN-5", 3)],
    ["number_in_name"],
    "12 sacks of red lentils against a usual of 2, no reason given: an outlier for someone who knows the customer",
    outlier="LENTIL-RED",
)

# ---------------------------------------------------------------- fill-good (refill shop, WhatsApp)
M(
    "fill-good",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "Morning! Refill order for Thurs: 2x ecover washing up 15L, 2x ecover non bio 15L, 2 grapefruit hand wash, 1 multi surface, 1 jumbo oats 25kg sack 👍",
    [
        L("ECOVER-WUL", 2, "15L"),
        L("ECOVER-LAUNDRY", 2, "15L"),
        L("BIOD-HW-GRAP-5L", 2),
        L("BIOD-MULTI-5L", 1),
        L("OATS-JUMBO", 1, "25kg"),
    ],
    ["emoji", "number_in_name"],
    "15L and 25kg pick the variants",
)
M(
    "fill-good",
    2,
    "WHATSAPP",
    "en",
    "ORDER",
    "hey can we get chia 4kg, linseed 3kg and 2 boxes of bamboo toothbrushes pls",
    [C(["CHIA-BLACK", "CHIA-WHITE"], 4), C(["LINSEED-GOLDEN", "LINSEED-BROWN"], 3), L("BAMBOO-TB", 2, None)],
    ["weight", "non_order_request"],
    "ambiguous: chia black or white, linseed golden or brown; toothbrush variant (adult or kids) not given",
)
M(
    "fill-good",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "yeah hi its tom from fill good can we have five kilos of pumpkin seeds three kilo apricots two bags of cacao nibs and a pack of natural mesh bags cheers",
    [L("PUMPKIN-SEEDS", 5), L("APRICOTS-UNSUL", 3), L("CACAO-NIBS-1KG", 2), L("PRODUCE-BAG", 1, "Natural")],
    ["spoken", "voice", "weight"],
    "voice note without commas; number words and 'a' start items",
)
M(
    "fill-good",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "Also 2 Bio-D fabric conditioner 5L and 5kg cashew pieces pls",
    [N(2, "Bio-D fabric conditioner 5L"), L("CASHEW-PIECES", 5)],
    [],
    "Bio-D fabric conditioner is not in catalog",
)
M(
    "fill-good",
    1,
    "WHATSAPP",
    "en",
    "QUESTION",
    "do you do the ecover washing up in a 20L? the 15L ones are lasting us about a week now",
    tags=["not_in_catalog"],
    notes="20L washing up is not in catalog; a question",
)
M(
    "fill-good",
    5,
    "WHATSAPP",
    "en",
    "CHANGE",
    "Tom again - on tomorrow's order can you change the washing up to 3 x 15L instead of 2? ta",
    notes="amends a placed order",
    change=[L("ECOVER-WUL", 3, "15L")],
)

# ---------------------------------------------------------------- jar-and-scoop (refill shop, SMS)
M(
    "jar-and-scoop",
    0,
    "SMS",
    "en",
    "ORDER",
    "Jar&Scoop order: 2 ecover washing up, 2 ecover laundry, 4 jumbo oats 5kg, 1 puy lentils. Dev",
    [L("ECOVER-WUL", 2, None), L("ECOVER-LAUNDRY", 2, None), L("OATS-JUMBO", 4, "5kg"), L("LENTIL-PUY-5", 1)],
    [],
    "ambiguous: Ecover size (5L or 15L) not given for either refill",
)
M(
    "jar-and-scoop",
    2,
    "SMS",
    "en",
    "ORDER",
    "pls add lentils x3 and dates 1 box to fri. Dev",
    [C(["LENTIL-RED", "LENTIL-GREEN-5", "LENTIL-PUY-5"], 3), C(["DATES-MEDJOOL", "DATES-DEGLET-5"], 1)],
    [],
    "ambiguous: lentils (red, green, puy) and dates (Medjool or Deglet Nour)",
)
M(
    "jar-and-scoop",
    1,
    "SMS",
    "en",
    "ORDER",
    "Order 4 Thurs - 3kg walnuts, 2kg hemp hearts, 1kg goji, 1 nooch, 1 GF oats. thx",
    [L("WALNUT-HALVES", 3), L("HEMP-HEARTS", 2), L("GOJI", 1), L("NUTYEAST-1KG", 1), L("OATS-GF-4", 1)],
    ["weight"],
    "'4 Thurs' is 'for Thursday', not a quantity",
)
M(
    "jar-and-scoop",
    4,
    "SMS",
    "en",
    "CANCEL",
    "Dev here, cancel friday's delivery pls, shop flooded overnight, will reorder next wk",
    notes="cancels a placed order",
)
M(
    "jar-and-scoop",
    3,
    "SMS",
    "en",
    "ORDER",
    "2 bags quinoa + 2 red lentils 5kg for fri pls",
    [L("QUINOA-5", 2, None), L("LENTIL-RED", 2, "5kg")],
    [],
    "ambiguous: quinoa colour (white, red, tricolour) not given",
)

# ---------------------------------------------------------------- weigh-station (refill shop, e-mail)
M(
    "weigh-station",
    0,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Weekly refill order - The Weigh Station\n\nHi Hedgerow,\n\nFor Wednesday please:\n1 porridge oats sack\n2 white basmati\n"
    "2 green lentils\n5kg sunflower seeds\n3kg brown linseed\n1 coconut oil 5L tub\n1 agave 5L tub\n2 Bio-D multi surface\n\n"
    "Many thanks\nMarcus Oyelaran\nThe Weigh Station, Unit 3, 48 Magdalen Street, Norwich NR3 1JE\nMob 07700 900455",
    [
        L("OATS-PORRIDGE-25", 1),
        L("RICE-BASMATI-WH-5", 2),
        L("LENTIL-GREEN-5", 2),
        L("SUNFLOWER-SEEDS", 5),
        L("LINSEED-BROWN", 3),
        L("COCONUT-OIL", 1, "5L Tub"),
        L("AGAVE", 1, "5L Tub"),
        L("BIOD-MULTI-5L", 2),
    ],
    ["signature", "weight", "number_in_name"],
    "unit number, street number, postcode and phone are not quantities",
)
M(
    "weigh-station",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: small top-up\n\nHi, could you add agave x1, coconut oil x2 and 2 packs of kraft bags to Wednesday's delivery?\n\nThanks, Marcus",
    [L("AGAVE", 1, None), L("COCONUT-OIL", 2, None), L("KRAFT-BAG", 2, None)],
    ["non_order_request"],
    "ambiguous: no size given for agave (1L or 5L), coconut oil (1L or 5L) or kraft bags (small, medium, large)",
)
M(
    "weigh-station",
    1,
    "EMAIL",
    "en",
    "QUESTION",
    "Subject: Empty drums\n\nHello, do you collect the empty Ecover 15L drums for refilling, or should we send them back to Ecover ourselves?\n\nMarcus",
    notes="a question about empties",
)
M(
    "weigh-station",
    3,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: bars\n\nPlease add 1 box of solid shampoo bars and 2 boxes of conditioner bars to this week's order.\n\nMarcus",
    [L("SHAMPOO-BAR-10", 1), L("CONDITIONER-BAR-10", 2)],
    [],
    "",
)
M(
    "weigh-station",
    5,
    "EMAIL",
    "en",
    "OTHER",
    "Subject: New address for invoices\n\nHi, from next month please send invoices to accounts@theweighstation.example rather than to me.\n\nThanks, Marcus",
    notes="an account change",
)

# ---------------------------------------------------------------- sprout-sparrow (vegan cafe, WhatsApp)
M(
    "sprout-sparrow",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "Hi it's Ellie @ Sprout. For tmrw: 8 oatly barista, 2 alpro soya original, 6 espresso beans, 1 decaf, 1 box 12oz hot cups + 1 box 12/16 lids. Ta!",
    [
        L("OATLY-BAR-6", 8),
        L("ALPRO-SOYA-8", 2),
        L("COFFEE-ESP-1KG", 6),
        L("COFFEE-DECAF-1KG", 1),
        L("CUP-HOT", 1, "12oz"),
        L("LID-HOT", 1, "12/16oz"),
    ],
    ["number_in_name"],
    "'12/16' picks the lid variant 12/16oz",
)
M(
    "sprout-sparrow",
    2,
    "WHATSAPP",
    "en",
    "ORDER",
    "could we get cups x1, soya milk x2 and 3 bags spinach pls",
    [C(["CUP-HOT", "CUP-COLD"], 1), C(["ALPRO-SOYA-8", "ALPRO-SOYA-NS-8"], 2), L("SPINACH-1KG", 3)],
    ["non_order_request"],
    "ambiguous: cups hot or cold (and no size), soya milk original or no sugars",
)
M(
    "sprout-sparrow",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "need 48 oatly barista this week pls, big brunch event on sat",
    [L("OATLY-BAR-6", 8)],
    ["count"],
    "48 cartons = 8 cases of 6",
)
M(
    "sprout-sparrow",
    1,
    "WHATSAPP",
    "en",
    "QUESTION",
    "do u have oat milk in the little 250ml cartons? for takeaway smoothies",
    tags=["not_in_catalog"],
    notes="250ml oat milk is not in catalog",
)
M(
    "sprout-sparrow",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "i'd like two cases of smoked tofu a case of violife grated three bags of spinach and two trays of avos",
    [L("TOFOO-SMOKED-10", 2), L("VIOLIFE-GRATED-12", 1), L("SPINACH-1KG", 3), L("AVOCADO-20", 2)],
    ["spoken", "non_order_request"],
    "no commas; number words and 'a' start items",
)
M(
    "sprout-sparrow",
    5,
    "WHATSAPP",
    "en",
    "COMPLAINT",
    "the oatly barista from tuesday is dated 3rd july, thats 2 days. not ok for a cafe, can someone call me",
    notes="a short-dated delivery",
)
M(
    "sprout-sparrow",
    6,
    "WHATSAPP",
    "en",
    "ORDER",
    "usual for thurs but double the oat milk pls, we've got a festival stall",
    [],
    [],
    "reference to the usual basket with the oat milk (this cafe only buys Oatly Barista) doubled",
    hist={"ref": "usual", "double": ["OATLY-BAR-6"]},
)

# ---------------------------------------------------------------- plantworks (vegan restaurant, e-mail)
M(
    "plantworks",
    0,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Plantworks order Thu\n\nHi, 4 cases tofu, 2 tempeh, 3 rapeseed oil, 2 tahini please.\n\n"
    "Chef Owen\nPlantworks Kitchen, 77 Oldham Street, Manchester M1 1JR\n07700 900478",
    [
        C(["TOFOO-NAKED-10", "TOFOO-SMOKED-10", "CAULDRON-MARIN-6"], 4),
        L("TEMPEH-8", 2),
        L("RAPESEED-CP-5L", 3),
        C(["TAHINI-LIGHT-1KG", "TAHINI-DARK-1KG"], 2),
    ],
    ["signature"],
    "ambiguous: tofu (naked, smoked, marinated) and tahini (light or dark)",
)
M(
    "plantworks",
    1,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Re: order\n\nAdd coconut milk 2 cases and 2 nooch please. O.",
    [C(["COCOMILK-TIN-12", "ALPRO-COCO-8"], 2), L("NUTYEAST-1KG", 2)],
    [],
    "ambiguous: coconut milk tinned (Biona) or the Alpro coconut drink",
)
M(
    "plantworks",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Order for Tuesday 6/7\n\nMorning,\n4 x naked tofu\n2 x marinated tofu\n3 x biona chickpeas\n2 x black beans\n3 x white basmati\n"
    "1 x red lentils 25kg\n2 x tamari\n1 x EVOO 5L\n\nOwen",
    [
        L("TOFOO-NAKED-10", 4),
        L("CAULDRON-MARIN-6", 2),
        L("CHICKPEA-TIN-12", 3),
        L("BLACKBEAN-TIN-12", 2),
        L("RICE-BASMATI-WH-5", 3),
        L("LENTIL-RED", 1, "25kg"),
        L("TAMARI-1L", 2),
        L("OLIVE-EV-5L", 1),
    ],
    ["number_in_name"],
    "'6/7' is a date",
)
M(
    "plantworks",
    3,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: extra tins\n\nCan you send 36 tins of coconut milk and 24 tins of chickpeas extra on Tuesday?\n\nOwen",
    [L("COCOMILK-TIN-12", 3), L("CHICKPEA-TIN-12", 2)],
    ["count", "container", "non_order_request"],
    "tins narrow coconut milk to the Biona tin; 36 tins = 3 cases of 12, 24 tins = 2 cases",
)
M(
    "plantworks",
    4,
    "EMAIL",
    "en",
    "QUESTION",
    "Subject: seitan?\n\nHi, do you stock seitan, or jackfruit in brine? Thinking about a new special.\n\nOwen",
    tags=["not_in_catalog"],
    notes="seitan and jackfruit are not in catalog",
)
M(
    "plantworks",
    5,
    "EMAIL",
    "en",
    "CHANGE",
    "Subject: Tuesday delivery\n\nHi, can Tuesday's delivery come on Wednesday instead? We're closed Tuesday for a private event.\n\nOwen",
    notes="moves a placed order; no lines change",
    change=[],
)
M(
    "plantworks",
    6,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: small add\n\nCould you add 20 tins of black beans please?\n\nOwen",
    [L("BLACKBEAN-TIN-12", None)],
    ["count", "container", "non_order_request"],
    "20 tins is not a whole number of cases of 12: quantity for a human",
)

# ---------------------------------------------------------------- oat-and-ivy (vegan cafe, WhatsApp)
M(
    "oat-and-ivy",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "6 minor figures, 1 alpro almond, 4 espresso beans, 2 pukka mint, 1 box 8oz cups and 1 box 8oz lids, 3 agave 1L. thanks lovely x",
    [
        L("MINORFIG-BAR-6", 6),
        L("ALPRO-ALMOND-8", 1),
        L("COFFEE-ESP-1KG", 4),
        L("PUKKA-MINT-4", 2),
        L("CUP-HOT", 1, "8oz"),
        L("LID-HOT", 1, "8oz"),
        L("AGAVE", 3, "1L Bottle"),
    ],
    [],
    "'8oz cups' is the hot cup (the smoothie cups start at 12oz)",
)
M(
    "oat-and-ivy",
    2,
    "WHATSAPP",
    "en",
    "ORDER",
    "Hi! oat milk x6 and matcha x1 and bounce balls 2 boxes please 💚",
    [
        C(["OATLY-BAR-6", "OATLY-ORIG-6", "MINORFIG-BAR-6"], 6),
        C(["MATCHA-CER-100", "MATCHA-CUL-500"], 1),
        C(["BOUNCE-PB-12", "BOUNCE-CACAO-12"], 2),
    ],
    ["emoji"],
    "ambiguous: oat milk (three), matcha (ceremonial or culinary), bounce balls (peanut or cacao mint)",
)
M(
    "oat-and-ivy",
    1,
    "WHATSAPP",
    "en",
    "QUESTION",
    "can I pay by card over the phone this week? our bank transfer thing is playing up",
    tags=["non_order_request"],
    notes="opens with 'can I' but asks about payment",
)
M(
    "oat-and-ivy",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "Could we get 1 box bananas, 1 nakd berry delight and 1 violife slices added to Friday please",
    [L("BANANAS-18", 1), L("NAKD-BERRY-18", 1), L("VIOLIFE-SLICES-12", 1)],
    ["non_order_request"],
    "",
)
M(
    "oat-and-ivy",
    5,
    "WHATSAPP",
    "en",
    "OTHER",
    "Thanks for squeezing us in on Saturday, the driver was lovely 😊",
    tags=["emoji"],
    notes="thanks",
)

# ---------------------------------------------------------------- pressed-juicery (juice bar, WhatsApp)
M(
    "pressed-juicery",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "Order for tomorrow 6am drop:\n8kg ginger root\n2kg turmeric root\n2 boxes lemons\n4 boxes juicing apples\n4 sacks juicing carrots\n"
    "5kg curly kale\n4 spinach\n30 celery\nKwame - Pressed",
    [
        L("GINGER-ROOT", 8),
        L("TURMERIC-ROOT", 2),
        L("LEMONS-80", 2),
        L("APPLES-JUICE-13", 4),
        L("CARROTS-JUICE-10", 4),
        L("KALE-CURLY", 5),
        L("SPINACH-1KG", 4),
        L("CELERY", 30),
    ],
    ["weight"],
    "'6am' is a time",
)
M(
    "pressed-juicery",
    2,
    "WHATSAPP",
    "en",
    "ORDER",
    "add kale 5kg + apples 4 boxes + straws 2 boxes + vita coco x2",
    [
        C(["KALE-CURLY", "KALE-CAVOLO"], 5),
        C(["APPLES-JUICE-13", "APPLES-PINK-80"], 4),
        L("STRAW-PAPER", 2, None),
        C(["VITACOCO-1L-12", "VITACOCO-330-12"], 2),
    ],
    [],
    "ambiguous: kale (curly or cavolo nero), apples (juicing or Pink Lady), straw colour not given, Vita Coco 1L or 330ml",
)
M(
    "pressed-juicery",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "need 60 celery tomorrow pls",
    [L("CELERY", 60)],
    [],
    "celery is sold each",
)
M(
    "pressed-juicery",
    1,
    "WHATSAPP",
    "en",
    "QUESTION",
    "can you do frozen açaí packs? and wheatgrass?",
    tags=["not_in_catalog", "non_order_request"],
    notes="acai and wheatgrass are not in catalog",
)
M(
    "pressed-juicery",
    4,
    "WHATSAPP",
    "en",
    "COMPLAINT",
    "half the lemons in yesterdays box were mouldy, about 30 out of 80. sending pics now",
    notes="counts in a complaint are not order lines",
)
M(
    "pressed-juicery",
    5,
    "WHATSAPP",
    "en",
    "ORDER",
    "40 boxes of juicing apples for next week pls",
    [L("APPLES-JUICE-13", 40)],
    [],
    "far above the usual 4 boxes with no reason: outlier",
    outlier="APPLES-JUICE-13",
)
M(
    "pressed-juicery",
    6,
    "WHATSAPP",
    "en",
    "ORDER",
    "Gonna need 2-3 trays of avocados on fri, whatever you've got",
    [L("AVOCADO-20", None)],
    ["range"],
    "a range: quantities not stated exactly",
    review="range",
)

# ---------------------------------------------------------------- squeeze-mcr (juice bar, SMS)
M(
    "squeeze-mcr",
    0,
    "SMS",
    "en",
    "ORDER",
    "apples x3, smoothie cups x2, carrots 3 sacks. Lewis @ Squeeze",
    [C(["APPLES-JUICE-13", "APPLES-PINK-80"], 3), L("CUP-COLD", 2, None), L("CARROTS-JUICE-10", 3)],
    [],
    "ambiguous: apples (juicing or Pink Lady), smoothie cup size not given",
)
M(
    "squeeze-mcr",
    1,
    "SMS",
    "en",
    "ORDER",
    "5kg ginger, 1 box lemons, 1 box limes, 3kg cavolo nero, 1 tray avocados, 2 almond butter. Lewis",
    [
        L("GINGER-ROOT", 5),
        L("LEMONS-80", 1),
        L("LIMES-54", 1),
        L("KALE-CAVOLO", 3),
        L("AVOCADO-20", 1),
        L("ALMONDBUTTER-1KG", 2),
    ],
    ["weight"],
    "'ginger' by the kg is the root (the shots come by the case)",
)
M(
    "squeeze-mcr",
    3,
    "SMS",
    "en",
    "ORDER",
    "hi can we get for boxes of juicing apples and to sacks of carrots thanks",
    [L("APPLES-JUICE-13", 4), L("CARROTS-JUICE-10", 2)],
    ["homophone", "voice", "non_order_request"],
    "voice-to-text: 'for' = four, 'to' = two",
)
M(
    "squeeze-mcr",
    4,
    "SMS",
    "en",
    "ORDER",
    "1 box medjool 5kg - no sorry make it 2. and 1 box black straws",
    [L("DATES-MEDJOOL", 2, "5kg Box"), L("STRAW-PAPER", 1, "Black")],
    ["self_correction", "number_in_name"],
    "self-correction: 2 boxes",
)
M(
    "squeeze-mcr",
    5,
    "SMS",
    "en",
    "CANCEL",
    "Lewis: pls cancel tmrw's delivery, we've had a power cut and the fridges are down. will text when sorted",
    notes="cancels a placed order",
)

# ---------------------------------------------------------------- lotus-studio (yoga cafe, e-mail)
M(
    "lotus-studio",
    0,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Lotus order\n\nHi there,\nCould you send on Monday: 3 Oatly Barista, 2 tins ceremonial matcha, 2 Pukka three mint, 1 Clipper everyday box, "
    "2 Coconut Collaborative natural, 1kg goji berries.\nNamaste,\nNadia\nLotus Studio Café · 5 Sion Hill, Bath BA1 2UG",
    [
        L("OATLY-BAR-6", 3),
        L("MATCHA-CER-100", 2),
        L("PUKKA-MINT-4", 2),
        L("CLIPPER-1100", 1),
        L("COCOCOLLAB-NAT-6", 2),
        L("GOJI", 1),
    ],
    ["signature", "non_order_request"],
    "",
)
M(
    "lotus-studio",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: repeat\n\nSame as last time please, delivery Friday before 9.\n\nNadia",
    [],
    [],
    "reference to the last order; 'before 9' is a time",
    hist={"ref": "last"},
)
M(
    "lotus-studio",
    1,
    "EMAIL",
    "en",
    "QUESTION",
    "Subject: Retreat catering\n\nHi, I would like to know whether you deliver to Frome. We're running a retreat 16-18 July for about 40 guests and may need a one-off order.\n\nNadia",
    tags=["non_order_request"],
    notes="'I would like to know' is a question; dates and guest count are not quantities",
)
M(
    "lotus-studio",
    3,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: add-on\n\nPlease add 2 boxes of bounce peanut balls and 2 x agave 1L to Friday. Thanks! Nadia",
    [L("BOUNCE-PB-12", 2), L("AGAVE", 2, "1L Bottle")],
    [],
    "",
)
M(
    "lotus-studio",
    4,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: napkins\n\nAlso napkins x2 please. N",
    [L("NAPKIN-2PLY", 2, None)],
    [],
    "ambiguous: napkin colour (kraft or white) not given, and this cafe has never bought napkins",
)
M(
    "lotus-studio",
    5,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Oat cream?\n\nHello, I'd like to order 2 cases of the Oatly oat cream (250ml cartons) if you have it, plus 2 x three mint.\n\nNadia",
    [N(2, "Oatly oat cream 250ml"), L("PUKKA-MINT-4", 2)],
    ["non_order_request"],
    "Oatly oat cream is not in catalog; never matched to an Oatly drink",
)

# ---------------------------------------------------------------- crumb-vegan (vegan bakery, SMS)
M(
    "crumb-vegan",
    0,
    "SMS",
    "en",
    "ORDER",
    "Crumb order for Weds: 4 strong white 16kg, 1 wholemeal 16kg, 2 GF flour, 3 cases naturli, 3 oatly original. Sam",
    [
        L("FLOUR-STRONG-16", 4),
        L("FLOUR-WHOLEMEAL-16", 1),
        L("FLOUR-GF-5", 2),
        L("NATURLI-BLOCK-10", 3),
        L("OATLY-ORIG-6", 3),
    ],
    ["number_in_name"],
    "'16kg' is part of the flour names",
)
M(
    "crumb-vegan",
    2,
    "SMS",
    "en",
    "ORDER",
    "flour x4 and maple syrup x1 pls, Sam",
    [C(["FLOUR-STRONG-16", "FLOUR-WHOLEMEAL-16", "FLOUR-GF-5"], 4), C(["MAPLE-1L", "MAPLE-5L"], 1)],
    [],
    "ambiguous: flour (strong white, wholemeal, gluten free) and maple syrup (1L bottle or 5L jug)",
)
M(
    "crumb-vegan",
    3,
    "SMS",
    "en",
    "ORDER",
    "Sam @ Crumb: 20 blocks of naturli for sat please",
    [L("NATURLI-BLOCK-10", 2)],
    ["count"],
    "20 blocks = 2 cases of 10",
)
M(
    "crumb-vegan",
    4,
    "SMS",
    "en",
    "ORDER",
    "can we get 5 naturli blocks just to tide us over til weds",
    [L("NATURLI-BLOCK-10", None)],
    ["count", "non_order_request"],
    "5 blocks is half a case of 10: not a whole number of selling units, a human must ask",
)
M(
    "crumb-vegan",
    1,
    "SMS",
    "en",
    "COMPLAINT",
    "Sam: the 16kg strong white yesterday was split at the bottom, about a third of it on the van floor. need a credit or a swap",
    notes="a damaged delivery",
)
M(
    "crumb-vegan",
    5,
    "SMS",
    "en",
    "ORDER",
    "pls add 2kg flaked almonds, 2kg walnuts, 2 cacao powder + 2 packs small kraft bags",
    [L("ALMOND-FLAKED", 2), L("WALNUT-HALVES", 2), L("CACAO-POWDER-1KG", 2), L("KRAFT-BAG", 2, "Small")],
    ["weight"],
    "",
)

# ---------------------------------------------------------------- root-branch (events caterer, e-mail; never repeats a basket)
M(
    "root-branch",
    0,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Wedding 10 July - 150 guests - order\n\nHi all,\n\nFor delivery Thursday 8th July:\n\n5 cases naked tofu\n4 cases smoked tofu\n"
    "6 cases Biona chickpeas\n4 x white basmati 5kg\n2 x tricolour quinoa\n3 cases Biona coconut milk\n4 trays avocados\n6 bags baby spinach\n"
    "2 boxes lemons\n2 cases kraft napkins\n2 boxes wooden forks\n\nBest,\nIfe Adeyemi\nRoot & Branch Vegan Events\n07700 900491",
    [
        L("TOFOO-NAKED-10", 5),
        L("TOFOO-SMOKED-10", 4),
        L("CHICKPEA-TIN-12", 6),
        L("RICE-BASMATI-WH-5", 4),
        L("QUINOA-5", 2, "Tricolour"),
        L("COCOMILK-TIN-12", 3),
        L("AVOCADO-20", 4),
        L("SPINACH-1KG", 6),
        L("LEMONS-80", 2),
        L("NAPKIN-2PLY", 2, "Kraft"),
        L("FORK-WOOD-1000", 2),
    ],
    ["signature"],
    "dates, guest count and phone are not quantities; an event order with a reason is not an outlier",
)
M(
    "root-branch",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Our usual festival order\n\nHi, can you send our usual festival order to the Green Meadows site for Saturday?\n\nIfe",
    [],
    ["reference", "ambiguous_reference", "non_order_request"],
    "the caterer never repeats a basket, so 'our usual' cannot be resolved even with history",
    review="unresolvable reference",
)
M(
    "root-branch",
    1,
    "EMAIL",
    "en",
    "QUESTION",
    "Subject: Quote - 300 covers\n\nHi, could you quote for 10 cases naked tofu, 8 cases Violife original and 6 x EVOO 5L for an event in August? Just a quote for now.\n\nIfe",
    tags=["non_order_request"],
    notes="a quote request listing quantities is a QUESTION",
)
M(
    "root-branch",
    4,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Fri\n\nIf you can get hold of smoked tempeh, send 4 cases with Friday's order. If not, don't worry.\n\nIfe",
    [N(4, "smoked tempeh")],
    ["conditional"],
    "conditional order on an item not in catalog (only plain tempeh)",
    review="conditional",
)

# ---------------------------------------------------------------- seedling-cardiff (organic shop, WhatsApp)
M(
    "seedling-cardiff",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "Gethin @ Seedling: 3 alpro soya original, 2 alpro almond, 2 oatly original, 1 naked tofu, 1 violife original, 2 alpro plain. diolch!",
    [
        L("ALPRO-SOYA-8", 3),
        L("ALPRO-ALMOND-8", 2),
        L("OATLY-ORIG-6", 2),
        L("TOFOO-NAKED-10", 1),
        L("VIOLIFE-ORIG-12", 1),
        L("ALPRO-PLAIN-6", 2),
    ],
    [],
    "'diolch' is Welsh for thanks",
)
M(
    "seedling-cardiff",
    2,
    "WHATSAPP",
    "en",
    "ORDER",
    "can you add 2 remedy and 2 vita coco to thurs",
    [C(["REMEDY-ORIG", "REMEDY-RASP-24"], 2), C(["VITACOCO-1L-12", "VITACOCO-330-12"], 2)],
    ["non_order_request"],
    "ambiguous: Remedy original or raspberry lemonade; Vita Coco 1L or 330ml",
)
M(
    "seedling-cardiff",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "add 24 cans of karma cola and 12 vita coco 330s",
    [L("KARMA-COLA-24", 1), L("VITACOCO-330-12", 1)],
    ["count", "container"],
    "24 cans = 1 case of 24; 12 x 330ml = 1 case of 12",
)
M(
    "seedling-cardiff",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "do 2 nakd cocoa orange and 2 of the nakd salted caramel",
    [L("NAKD-COCOA-18", 2), N(2, "Nakd salted caramel")],
    [],
    "Nakd salted caramel is not in catalog",
)
M(
    "seedling-cardiff",
    1,
    "WHATSAPP",
    "en",
    "OTHER",
    "Gethin here - new shop number is 07700 900436 for the driver to ring on arrival",
    notes="a contact change; the phone number is not a quantity",
)
M(
    "seedling-cardiff",
    5,
    "WHATSAPP",
    "en",
    "ORDER",
    "1 remedy original bottles, 1 remedy raspberry, 2 moju turmeric, 2 nakd cocoa orange pls",
    [
        L("REMEDY-ORIG", 1, "12 x 330ml Bottle"),
        L("REMEDY-RASP-24", 1),
        L("MOJU-TURMERIC-12", 2),
        L("NAKD-COCOA-18", 2),
    ],
    [],
    "'bottles' picks the Remedy original variant",
)

# ---------------------------------------------------------------- root-revival (new juice bar, WhatsApp)
M(
    "root-revival",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "Hi! We're Root Revival, new juice bar opening on Gloucester Road next week. First order please, we'll pay card on delivery: "
    "5kg ginger root, 2 boxes lemons, 3 boxes juicing apples, 3 sacks juicing carrots, 1 box 16oz smoothie cups, 2 boxes green paper straws. Zara",
    [
        L("GINGER-ROOT", 5),
        L("LEMONS-80", 2),
        L("APPLES-JUICE-13", 3),
        L("CARROTS-JUICE-10", 3),
        L("CUP-COLD", 1, "16oz"),
        L("STRAW-PAPER", 2, "Green"),
    ],
    ["new_customer"],
    "a first order paid on delivery ships as written",
)
M(
    "root-revival",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "can we get the same as our first order again for next weds?",
    [],
    ["new_customer", "reference", "ambiguous_reference", "non_order_request"],
    "a first-time customer's 'same as our first order': messages are not history, unresolved",
    review="first-time customer reference",
)
M(
    "root-revival",
    1,
    "WHATSAPP",
    "en",
    "QUESTION",
    "what's your minimum order and which days do you deliver to BS7?",
    tags=["new_customer"],
    notes="a question",
)

# ---------------------------------------------------------------- refill-revolution (new refill shop, e-mail)
M(
    "refill-revolution",
    0,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: First order - Refill Revolution\n\nHello,\n\nWe've just opened in Totnes. Could we put our first order on a 30-day account please?\n\n"
    "2 x Ecover washing up 15L\n2 x Ecover non-bio 15L\n1 x jumbo oats 25kg\n2 x brown basmati\n3kg pumpkin seeds\n\nBest wishes\nAmara Bello\n"
    "Refill Revolution, 9 Fore Street, Totnes TQ9 5DX\n07700 900462",
    [
        L("ECOVER-WUL", 2, "15L"),
        L("ECOVER-LAUNDRY", 2, "15L"),
        L("OATS-JUMBO", 1, "25kg"),
        L("RICE-BASMATI-BR-5", 2),
        L("PUMPKIN-SEEDS", 3),
    ],
    ["credit", "new_customer", "signature", "non_order_request"],
    "a first order on a 30-day account goes to review",
    review="credit",
)
M(
    "refill-revolution",
    1,
    "EMAIL",
    "en",
    "OTHER",
    "Subject: Account form\n\nHi, attached is the completed credit application form and our VAT number.\n\nAmara",
    tags=["new_customer"],
    notes="account paperwork",
)
M(
    "refill-revolution",
    3,
    "EMAIL",
    "en",
    "QUESTION",
    "Subject: Mesh bags\n\nAre your mesh produce bags organic cotton, and how many come in a pack?\n\nAmara",
    tags=["new_customer"],
    notes="a product question",
)

# ---------------------------------------------------------------- more English orders
M(
    "greenhouse-grocer",
    5,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Order\n\nHi, for Tuesday: 2 x remedy raspberry, 2 x rude health almond, 2 x coconut collaborative, 1 x violife epic.\n\nHannah",
    [L("REMEDY-RASP-24", 2), L("RUDE-ALMOND-6", 2), L("COCOCOLLAB-NAT-6", 2), L("VIOLIFE-EPIC-12", 1)],
    [],
    "",
)
M(
    "leyton-coop",
    6,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Dry goods top-up\n\nPlease add: 3 x dried chickpeas 5kg, 2 x white quinoa 5kg, 1 x Deglet Nour 5kg box, 3 x tamari 1L.\n\nThanks, Priya",
    [L("CHICKPEA-DRY-5", 3), L("QUINOA-5", 2, "White"), L("DATES-DEGLET-5", 1), L("TAMARI-1L", 3)],
    ["number_in_name"],
    "",
)
M(
    "fill-good",
    6,
    "WHATSAPP",
    "en",
    "ORDER",
    "2 x lavender hand wash, 1 box shampoo bars, 3kg golden linseed, 3kg black chia, 2 boxes kids bamboo toothbrushes",
    [
        L("BIOD-HW-LAV-5L", 2),
        L("SHAMPOO-BAR-10", 1),
        L("LINSEED-GOLDEN", 3),
        L("CHIA-BLACK", 3),
        L("BAMBOO-TB", 2, "Kids"),
    ],
    ["weight"],
    "'kids' picks the toothbrush variant",
)
M(
    "jar-and-scoop",
    5,
    "SMS",
    "en",
    "ORDER",
    "2 ecover washing up 5L + 2 ecover laundry 5L + 2 dried chickpeas + 1 deglet nour box. Dev",
    [L("ECOVER-WUL", 2, "5L"), L("ECOVER-LAUNDRY", 2, "5L"), L("CHICKPEA-DRY-5", 2), L("DATES-DEGLET-5", 1)],
    [],
    "",
)
M(
    "sprout-sparrow",
    1,
    "WHATSAPP",
    "en",
    "ORDER",
    "Ellie: 3 smooth peanut butter, 1 case kraft napkins, 2 trays avocados for wed",
    [L("PB-SMOOTH-1KG", 3), L("NAPKIN-2PLY", 1, "Kraft"), L("AVOCADO-20", 2)],
    [],
    "",
)
M(
    "sprout-sparrow",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "and 2 boxes compostable bin liners pls, plus 1 box wooden forks",
    [N(2, "compostable bin liners"), L("FORK-WOOD-1000", 1)],
    [],
    "compostable bin liners are not in catalog; never matched to kraft or mesh bags",
)
M(
    "pressed-juicery",
    1,
    "WHATSAPP",
    "en",
    "ORDER",
    "2 boxes green straws, 1 box 16oz smoothie cups, 1 spirulina, 2 vita coco 1L",
    [L("STRAW-PAPER", 2, "Green"), L("CUP-COLD", 1, "16oz"), L("SPIRULINA-500", 1), L("VITACOCO-1L-12", 2)],
    [],
    "",
)
M(
    "squeeze-mcr",
    2,
    "SMS",
    "en",
    "ORDER",
    "2 boxes of 12oz smoothie cups + 2 of the 16oz",
    [L("CUP-COLD", 2, "12oz"), L("CUP-COLD", 2, "16oz")],
    [],
    "two variants of one product",
)
M(
    "oat-and-ivy",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "2 culinary matcha, 2 boxes bounce cacao mint and a case of alpro almond",
    [L("MATCHA-CUL-500", 2), L("BOUNCE-CACAO-12", 2), L("ALPRO-ALMOND-8", 1)],
    [],
    "",
)
M(
    "weigh-station",
    4,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Order\n\nI'd like to order 2kg hemp hearts and 2 x acv 5L for next Wednesday please.\n\nMarcus",
    [L("HEMP-HEARTS", 2), L("ACV-5L", 2)],
    ["non_order_request", "weight"],
    "an order that opens with 'I'd like'",
)

# ---------------------------------------------------------------- zdrowa-spizarnia (Polish health food shop, WhatsApp)
M(
    "zdrowa-spizarnia",
    0,
    "WHATSAPP",
    "pl",
    "ORDER",
    "Dzień dobry, zamówienie na czwartek: 2 kartony Alpro soya no sugars, 2 Oatly original, 3 kg orzechów nerkowca całych, 3 kg orzechów włoskich, "
    "5 kg słonecznika, 2 kg moreli. Dziękuję, Agnieszka",
    [
        L("ALPRO-SOYA-NS-8", 2),
        L("OATLY-ORIG-6", 2),
        L("CASHEW-WHOLE", 3),
        L("WALNUT-HALVES", 3),
        L("SUNFLOWER-SEEDS", 5),
        L("APRICOTS-UNSUL", 2),
    ],
    ["weight"],
    "'kartony' of a drink sold by the case are cases",
)
M(
    "zdrowa-spizarnia",
    2,
    "WHATSAPP",
    "pl",
    "ORDER",
    "Poproszę jeszcze chia 2 kg i siemię lniane 3 kg",
    [C(["CHIA-BLACK", "CHIA-WHITE"], 2), C(["LINSEED-GOLDEN", "LINSEED-BROWN"], 3)],
    ["weight"],
    "ambiguous: chia (black or white) and linseed (golden or brown)",
)
M(
    "zdrowa-spizarnia",
    3,
    "WHATSAPP",
    "pl",
    "ORDER",
    "To samo co zwykle na czwartek, ale bez sułtanek, i dodatkowo 2 tahini ciemne",
    [L("TAHINI-DARK-1KG", 2)],
    [],
    "reference to the usual basket; sultanas removed and dark tahini added only with history",
    hist={"ref": "usual", "remove": ["SULTANAS"]},
)
M(
    "zdrowa-spizarnia",
    4,
    "WHATSAPP",
    "pl",
    "ORDER",
    "4 olej kokosowy i 1 quinoa prosze",
    [L("COCONUT-OIL", 4, None), L("QUINOA-5", 1, None)],
    [],
    "ambiguous: coconut oil size and quinoa colour not given",
)
M(
    "zdrowa-spizarnia",
    1,
    "WHATSAPP",
    "pl",
    "QUESTION",
    "Czy macie kaszę gryczaną? Klienci pytają coraz częściej.",
    tags=["not_in_catalog"],
    notes="buckwheat is not in catalog",
)
M(
    "zdrowa-spizarnia",
    5,
    "WHATSAPP",
    "pl",
    "OTHER",
    "Chciałabym zmienić adres e-mail do faktur na faktury@zdrowaspizarnia.example, od lipca.",
    tags=["non_order_request"],
    notes="'Chciałabym' opens an account change, not an order",
)
M(
    "zdrowa-spizarnia",
    6,
    "WHATSAPP",
    "pl",
    "ORDER",
    "12 sztuk Oatly original i 2 kg chia białej",
    [L("OATLY-ORIG-6", 2), L("CHIA-WHITE", 2)],
    ["count"],
    "12 cartons ('sztuk') = 2 cases of 6",
)
M(
    "zdrowa-spizarnia",
    1,
    "WHATSAPP",
    "pl",
    "ORDER",
    "Jeszcze 3 kg siemienia lnianego brązowego, 2 tahini ciemne i 4 olej kokosowy 1L",
    [L("LINSEED-BROWN", 3), L("TAHINI-DARK-1KG", 2), L("COCONUT-OIL", 4, "1L Tub")],
    ["weight"],
    "",
)

# ---------------------------------------------------------------- eko-sklep (Polish refill shop, SMS)
M(
    "eko-sklep",
    0,
    "SMS",
    "pl",
    "ORDER",
    "Zamowienie na srode: 1 worek platkow jumbo 25kg, 3 ryz brazowy krotkoziarnisty 5kg, 2 soczewica zielona, 2 ciecierzyca sucha, 3kg pestek dyni. Marek",
    [
        L("OATS-JUMBO", 1, "25kg"),
        L("RICE-BROWN-SG", 3, "5kg"),
        L("LENTIL-GREEN-5", 2),
        L("CHICKPEA-DRY-5", 2),
        L("PUMPKIN-SEEDS", 3),
    ],
    ["number_in_name"],
    "SMS without Polish diacritics",
)
M(
    "eko-sklep",
    2,
    "SMS",
    "pl",
    "ORDER",
    "Prosze dodac 3 ryz brazowy 5kg i 2 plyn do naczyn ecover",
    [C(["RICE-BROWN-SG", "RICE-BASMATI-BR-5"], 3, cv="5kg"), L("ECOVER-WUL", 2, None)],
    [],
    "ambiguous: brown rice short grain (5kg variant) or brown basmati 5kg; Ecover washing up size not given",
)
M(
    "eko-sklep",
    1,
    "SMS",
    "pl",
    "ORDER",
    "2 plyn do naczyn ecover 5L, 1 ecover pranie 5L, 1 mydlo do rak lawenda bio-d, 1 paczka zielonych woreczkow. Marek",
    [
        L("ECOVER-WUL", 2, "5L"),
        L("ECOVER-LAUNDRY", 1, "5L"),
        L("BIOD-HW-LAV-5L", 1),
        L("PRODUCE-BAG", 1, "Green"),
    ],
    [],
    "'zielonych woreczkow' = green mesh bags",
)
M(
    "eko-sklep",
    4,
    "SMS",
    "pl",
    "CANCEL",
    "Prosze anulowac zamowienie na srode, sklep zamkniety (remont). Marek",
    notes="cancels a placed order",
)
M(
    "eko-sklep",
    5,
    "SMS",
    "pl",
    "ORDER",
    "To samo co ostatnio prosze, na srode",
    [],
    [],
    "reference to the last order",
    hist={"ref": "last"},
)
M(
    "eko-sklep",
    3,
    "SMS",
    "pl",
    "COMPLAINT",
    "Woreczki przyszly brazowe zamiast zielonych, prosze o wymiane",
    notes="wrong colour delivered",
)

# ---------------------------------------------------------------- bottega-verde (Italian vegan cafe, WhatsApp)
M(
    "bottega-verde",
    0,
    "WHATSAPP",
    "it",
    "ORDER",
    "Ciao! Per giovedì: 5 cartoni Oatly barista, 5 kg caffè espresso, 2 Violife grattugiato, 2 latte olio EVO 5L, 2 cartoni ceci Biona. Grazie, Luca",
    [
        L("OATLY-BAR-6", 5),
        L("COFFEE-ESP-1KG", 5),
        L("VIOLIFE-GRATED-12", 2),
        L("OLIVE-EV-5L", 2),
        L("CHICKPEA-TIN-12", 2),
    ],
    ["weight"],
    "5 kg of espresso beans = 5 bags of 1kg; 'latte' here means tins",
)
M(
    "bottega-verde",
    2,
    "WHATSAPP",
    "it",
    "ORDER",
    "Aggiungi anche 2 kg anacardi e 1 lievito alimentare per favore",
    [C(["CASHEW-WHOLE", "CASHEW-PIECES"], 2), L("NUTYEAST-1KG", 1)],
    [],
    "ambiguous: cashews whole or pieces",
)
M(
    "bottega-verde",
    3,
    "WHATSAPP",
    "it",
    "ORDER",
    "allora mi servono tre cartoni di oatly barista due sacchi di farina forte e un cartone di tovaglioli bianchi",
    [L("OATLY-BAR-6", 3), L("FLOUR-STRONG-16", 2), L("NAPKIN-2PLY", 1, "White")],
    ["spoken", "voice"],
    "voice note without commas",
)
M(
    "bottega-verde",
    1,
    "WHATSAPP",
    "it",
    "COMPLAINT",
    "Buongiorno, ieri mancavano 2 cartoni di Oatly barista: in bolla ce ne sono 5 ma ne sono arrivati 3.",
    notes="short delivery; counts are not order lines",
)
M(
    "bottega-verde",
    4,
    "WHATSAPP",
    "it",
    "QUESTION",
    "Vorrei sapere se avete l'Oatly nel formato da 250ml per l'asporto",
    tags=["non_order_request", "not_in_catalog"],
    notes="'Vorrei sapere' is a question; 250ml Oatly is not in catalog",
)
M(
    "bottega-verde",
    5,
    "WHATSAPP",
    "it",
    "ORDER",
    "Come al solito per giovedì, più 1 bottiglia di sciroppo d'acero da 1 litro",
    [L("MAPLE-1L", 1)],
    [],
    "reference to the usual basket plus a 1L maple syrup bottle",
    hist={"ref": "usual"},
)
M(
    "bottega-verde",
    6,
    "WHATSAPP",
    "it",
    "ORDER",
    "1 scatola bicchieri 8oz e 1 scatola coperchi 8oz",
    [L("CUP-HOT", 1, "8oz"), L("LID-HOT", 1, "8oz")],
    [],
    "8oz cups are only the hot cups",
)

# ---------------------------------------------------------------- la-huerta (Spanish vegan cafe and juice bar, WhatsApp)
M(
    "la-huerta",
    0,
    "WHATSAPP",
    "es",
    "ORDER",
    "Hola! Para el jueves: 3 bandejas de aguacates, 2 cajas de limas, 1 caja de limones, 2 bolsas de espinacas, 3 cajas de alubias negras Biona. Gracias! Lucía",
    [L("AVOCADO-20", 3), L("LIMES-54", 2), L("LEMONS-80", 1), L("SPINACH-1KG", 2), L("BLACKBEAN-TIN-12", 3)],
    [],
    "",
)
M(
    "la-huerta",
    2,
    "WHATSAPP",
    "es",
    "ORDER",
    "¿Me añades 2 cajas de pajitas y 1 de vasos de smoothie?",
    [L("STRAW-PAPER", 2, None), L("CUP-COLD", 1, None)],
    ["non_order_request"],
    "ambiguous: straw colour and smoothie cup size not given",
)
M(
    "la-huerta",
    3,
    "WHATSAPP",
    "es",
    "ORDER",
    "Lo de siempre para el jueves pero con 4 bandejas de aguacate en vez de 3 y sin tofu",
    [L("AVOCADO-20", 4, role="set")],
    [],
    "reference to the usual basket; avocados set to 4, tofu removed only with history",
    hist={"ref": "usual", "remove": ["TOFOO-SMOKED-10"]},
)
M(
    "la-huerta",
    1,
    "WHATSAPP",
    "es",
    "QUESTION",
    "Quisiera saber si hacéis entregas los sábados, gracias",
    tags=["non_order_request"],
    notes="'Quisiera saber' is a question",
)
M(
    "la-huerta",
    4,
    "WHATSAPP",
    "es",
    "ORDER",
    "24 botes de alubias negras y 2 aceite de oliva 5L",
    [L("BLACKBEAN-TIN-12", 2), L("OLIVE-EV-5L", 2)],
    ["count", "container"],
    "24 tins = 2 cases of 12",
)
M(
    "la-huerta",
    5,
    "WHATSAPP",
    "es",
    "COMPLAINT",
    "Las limas llegaron todas secas, la caja entera. No se pueden usar para los zumos.",
    notes="poor quality",
)
M(
    "la-huerta",
    6,
    "WHATSAPP",
    "es",
    "ORDER",
    "3 agave de 1 litro y 2 arroz basmati blanco",
    [L("AGAVE", 3, "1L Bottle"), L("RICE-BASMATI-WH-5", 2)],
    [],
    "'1 litro' picks the agave variant",
)
M(
    "la-huerta",
    1,
    "WHATSAPP",
    "es",
    "ORDER",
    "mándame dos cajas de plátanos tres bandejas de aguacates y una caja de limas",
    [L("BANANAS-18", 2), L("AVOCADO-20", 3), L("LIMES-54", 1)],
    ["spoken"],
    "no commas; number words start items",
)

# ---------------------------------------------------------------- acai-do-bairro (Brazilian acai bar, WhatsApp)
M(
    "acai-do-bairro",
    0,
    "WHATSAPP",
    "pt",
    "ORDER",
    "Bom dia! Pedido para sexta: 3 caixas de banana, 3 pasta de amendoim lisa, 1 pasta de amêndoa, 2 caixas de copos de smoothie 12oz, "
    "2 caixas de canudos pretos. Obrigado, Rafael",
    [
        L("BANANAS-18", 3),
        L("PB-SMOOTH-1KG", 3),
        L("ALMONDBUTTER-1KG", 1),
        L("CUP-COLD", 2, "12oz"),
        L("STRAW-PAPER", 2, "Black"),
    ],
    [],
    "",
)
M(
    "acai-do-bairro",
    2,
    "WHATSAPP",
    "pt",
    "ORDER",
    "Manda também 3 pasta de amendoim e 2 caixas de copos 12oz",
    [C(["PB-SMOOTH-1KG", "PB-CRUNCHY-1KG"], 3), C(["CUP-HOT", "CUP-COLD"], 2, cv="12oz")],
    [],
    "ambiguous: peanut butter smooth or crunchy; 12oz cups hot or smoothie",
)
M(
    "acai-do-bairro",
    3,
    "WHATSAPP",
    "pt",
    "ORDER",
    "O mesmo de sempre para sexta, mas com 4 caixas de banana em vez de 3",
    [L("BANANAS-18", 4, role="set")],
    [],
    "reference to the usual basket; bananas set to 4",
    hist={"ref": "usual"},
)
M(
    "acai-do-bairro",
    1,
    "WHATSAPP",
    "pt",
    "QUESTION",
    "Gostaria de saber se vocês têm polpa de açaí congelada",
    tags=["non_order_request", "not_in_catalog"],
    notes="acai pulp is not in catalog",
)
M(
    "acai-do-bairro",
    4,
    "WHATSAPP",
    "pt",
    "ORDER",
    "2 vita coco de 1 litro, 1 kg de nibs de cacau e 1 agave 5L",
    [L("VITACOCO-1L-12", 2), L("CACAO-NIBS-1KG", 1), L("AGAVE", 1, "5L Tub")],
    [],
    "1 kg of cacao nibs = 1 bag",
)
M(
    "acai-do-bairro",
    5,
    "WHATSAPP",
    "pt",
    "OTHER",
    "Rafael aqui: a partir de amanhã o entregador pode deixar tudo na porta dos fundos, o código do portão é 2958",
    notes="a delivery instruction; the gate code is not a quantity",
)
M(
    "acai-do-bairro",
    6,
    "WHATSAPP",
    "pt",
    "ORDER",
    "2 kg de goji e 1 kg de chia preta pfv",
    [L("GOJI", 2), L("CHIA-BLACK", 1)],
    ["weight"],
    "",
)

# ---------------------------------------------------------------- cote-vegetal (French vegan bakery, e-mail)
M(
    "cote-vegetal",
    0,
    "EMAIL",
    "fr",
    "ORDER",
    "Objet : Commande jeudi\n\nBonjour,\n\nPour jeudi merci :\n- 2 sacs de farine blanche forte 16kg\n- 2 cartons de Naturli\n- 3 cartons d'Oatly Barista\n"
    "- 3 kg de café espresso en grains\n- 2 bouteilles de sirop d'érable 1L\n\nCordialement,\nCamille Roussel\nCôté Végétal, 31 Church Road, London SE19 2ET\n07700 900487",
    [
        L("FLOUR-STRONG-16", 2),
        L("NATURLI-BLOCK-10", 2),
        L("OATLY-BAR-6", 3),
        L("COFFEE-ESP-1KG", 3),
        L("MAPLE-1L", 2),
    ],
    ["signature", "number_in_name"],
    "",
)
M(
    "cote-vegetal",
    2,
    "EMAIL",
    "fr",
    "ORDER",
    "Objet : Ajout\n\nPourriez-vous ajouter 2 kg d'amandes et 1 tahini ? Merci, Camille",
    [C(["ALMOND-WHOLE", "ALMOND-FLAKED"], 2), C(["TAHINI-LIGHT-1KG", "TAHINI-DARK-1KG"], 1)],
    ["non_order_request"],
    "ambiguous: almonds whole or flaked; tahini light or dark",
)
M(
    "cote-vegetal",
    3,
    "EMAIL",
    "fr",
    "ORDER",
    "Objet : Commande\n\nComme d'habitude pour jeudi, mais doublez le café s'il vous plaît. Camille",
    [],
    [],
    "reference to the usual basket with the espresso beans doubled",
    hist={"ref": "usual", "double": ["COFFEE-ESP-1KG"]},
)
M(
    "cote-vegetal",
    1,
    "EMAIL",
    "fr",
    "OTHER",
    "Objet : Facturation\n\nBonjour, je voudrais que les factures soient envoyées en fin de mois à partir de juillet, et non plus à chaque livraison. Camille",
    tags=["non_order_request"],
    notes="'je voudrais' opens an account change",
)
M(
    "cote-vegetal",
    4,
    "EMAIL",
    "fr",
    "CHANGE",
    "Objet : Modification commande jeudi\n\nBonjour, pour la commande de jeudi, merci de passer l'Oatly Barista de 3 à 5 cartons. Camille",
    notes="changes a quantity on a placed order",
    change=[L("OATLY-BAR-6", 5)],
)
M(
    "cote-vegetal",
    5,
    "EMAIL",
    "fr",
    "ORDER",
    "Objet : serviettes et sacs\n\nMerci d'ajouter 1 carton de serviettes kraft et 2 paquets de petits sacs kraft. Camille",
    [L("NAPKIN-2PLY", 1, "Kraft"), L("KRAFT-BAG", 2, "Small")],
    [],
    "",
)
M(
    "cote-vegetal",
    6,
    "EMAIL",
    "fr",
    "QUESTION",
    "Objet : Farine d'épeautre\n\nAvez-vous de la farine d'épeautre bio en sac de 16kg ? Camille",
    tags=["not_in_catalog"],
    notes="spelt flour is not in catalog",
)

# ---------------------------------------------------------------- more English traffic
M(
    "greenhouse-grocer",
    6,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: voicemail transcript\n\nhi its hannah from greenhouse i'd like four cases of oatly original two alpro no sugars soya a case of coconut collaborative "
    "and three boxes of nakd cocoa orange thanks bye",
    [L("OATLY-ORIG-6", 4), L("ALPRO-SOYA-NS-8", 2), L("COCOCOLLAB-NAT-6", 1), L("NAKD-COCOA-18", 3)],
    ["spoken", "voice", "non_order_request"],
    "transcribed voicemail without commas",
)
M(
    "greenhouse-grocer",
    2,
    "EMAIL",
    "en",
    "CANCEL",
    "Subject: Cancel Tuesday top-up\n\nHi, please cancel the Tuesday top-up order, we over-ordered last week.\n\nHannah",
    notes="cancels a placed order",
)
M(
    "pressed-juicery",
    6,
    "WHATSAPP",
    "en",
    "ORDER",
    "2 cases moju ginger and 2 cases moju turmeric for the counter fridge",
    [L("MOJU-GINGER-12", 2), L("MOJU-TURMERIC-12", 2)],
    [],
    "",
)
M(
    "plantworks",
    4,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: oil\n\nAnd 3 x oil please.\n\nOwen",
    [C(["OLIVE-EV-5L", "RAPESEED-CP-5L", "COCONUT-OIL"], 3)],
    [],
    "ambiguous: olive, rapeseed or coconut oil; the kitchen buys both olive and rapeseed",
)
M(
    "little-acorn",
    6,
    "WHATSAPP",
    "en",
    "ORDER",
    "2 violife slices, 1 naked tofu, 2 tamari, 1 box nakd bakewell, 1 box bounce peanut x",
    [
        L("VIOLIFE-SLICES-12", 2),
        L("TOFOO-NAKED-10", 1),
        L("TAMARI-1L", 2),
        L("NAKD-BAKEWELL-18", 1),
        L("BOUNCE-PB-12", 1),
    ],
    [],
    "",
)
M(
    "weigh-station",
    6,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: quick one\n\n2 bags of cacao powder and a 5 litre coconut oil tub, ta.\n\nM",
    [L("CACAO-POWDER-1KG", 2), L("COCONUT-OIL", 1, "5L Tub")],
    [],
    "'5 litre' picks the coconut oil variant",
)
M(
    "squeeze-mcr",
    6,
    "SMS",
    "en",
    "ORDER",
    "2 almond butter + 1 box pink lady + 1 spirulina pls",
    [L("ALMONDBUTTER-1KG", 2), L("APPLES-PINK-80", 1), L("SPIRULINA-500", 1)],
    [],
    "",
)
M(
    "oat-and-ivy",
    6,
    "WHATSAPP",
    "en",
    "ORDER",
    "pls add 4 minor figures oat milks, running low!",
    [L("MINORFIG-BAR-6", None)],
    ["count"],
    "4 oat milks (cartons or cases of 6?): not a whole number of cases, a human must ask",
)
M(
    "seedling-cardiff",
    6,
    "WHATSAPP",
    "en",
    "ORDER",
    "2 alpro soya original 2 karma cola 1 moju turmeric",
    [L("ALPRO-SOYA-8", 2), L("KARMA-COLA-24", 2), L("MOJU-TURMERIC-12", 1)],
    ["spoken"],
    "no commas; number words start items",
)
M(
    "lotus-studio",
    6,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: tea\n\n1 more Clipper box and 2 Pukka three mint please.\n\nNadia",
    [L("CLIPPER-1100", 1), L("PUKKA-MINT-4", 2)],
    [],
    "",
)
M(
    "crumb-vegan",
    6,
    "SMS",
    "en",
    "ORDER",
    "2 rapeseed oil 5L and 1 agave 5L tub pls",
    [L("RAPESEED-CP-5L", 2), L("AGAVE", 1, "5L Tub")],
    ["number_in_name"],
    "",
)
M(
    "sprout-sparrow",
    6,
    "WHATSAPP",
    "en",
    "QUESTION",
    "I would like to set up a standing order for oat milk every tuesday, how does that work?",
    tags=["non_order_request"],
    notes="'I would like to set up' asks how a standing order works; no quantity, no order yet",
)
M(
    "root-branch",
    5,
    "EMAIL",
    "en",
    "OTHER",
    "Subject: Automatic reply: Out of office\n\nThank you for your email. I'm at an event until Monday 5th July with limited access to email. "
    "For urgent orders please call 07700 900491.\n\nIfe Adeyemi",
    notes="an auto-reply",
)
M(
    "fill-good",
    1,
    "WHATSAPP",
    "en",
    "COMPLAINT",
    "the 15L laundry drum leaked in the van, it was half empty when it got here 😡",
    tags=["emoji"],
    notes="a damaged delivery",
)
M(
    "leyton-coop",
    3,
    "EMAIL",
    "en",
    "CHANGE",
    "Subject: Amend PO 4471\n\nPlease reduce the porridge oats on PO 4471 from 2 sacks to 1.\n\nPriya",
    notes="changes a quantity on a placed order",
    change=[L("OATS-PORRIDGE-25", 1)],
)
M(
    "leyton-coop",
    1,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Re: Order confirmation SO-20417\n\nPlease add 2 x puy lentils 5kg to this.\n\n> Your order SO-20417 for Tuesday 6 July:\n"
    "> 2 x porridge oats 25kg\n> 3 x green lentils 5kg\n> 10 kg whole cashews",
    [L("LENTIL-PUY-5", 2)],
    ["quoted"],
    "only the line above the quote is new; the quoted confirmation is not an order",
)
M(
    "jar-and-scoop",
    6,
    "SMS",
    "en",
    "ORDER",
    "can I get 2kg hemp hearts and 1kg goji added to fri",
    [L("HEMP-HEARTS", 2), L("GOJI", 1)],
    ["non_order_request", "weight"],
    "an order that opens with 'can I'",
)
M(
    "bottega-verde",
    5,
    "WHATSAPP",
    "it",
    "OTHER",
    "Grazie mille per la consegna di stamattina, tutto perfetto!",
    notes="thanks",
)
M(
    "fill-good",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "morning, 3kg sultanas and 2 bags of maca powder pls. nothing else this wk",
    [L("SULTANAS", 3), L("MACA-1KG", 2)],
    ["weight"],
    "",
)
