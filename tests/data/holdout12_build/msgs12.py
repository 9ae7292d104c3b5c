# ruff: noqa  (hand-written data generator for the twelfth blind set, kept as its writer left it)
"""Hand-written messages and plain labels of the twelfth blind set.
Days: 0 = Mon 2026-11-30 ... 6 = Sun 2026-12-06."""

NOV = object()


def L(sku, q, v=NOV, set_=False):
    d = {"sku": sku}
    if v is not NOV:
        d["variant"] = v
    d["quantity"] = q
    if set_:
        d["_set"] = True
    return d


def A(q, cands, hv=None):
    d = {"sku": None, "quantity": q, "candidates": list(cands)}
    if hv:
        d["_hv"] = hv
    return d


def X(q):
    return {"sku": None, "quantity": q}


MSGS = []


def M(
    c,
    d,
    ch,
    lang,
    intent,
    text,
    lines=None,
    rv=None,
    notes="",
    tags=(),
    ref=None,
    stay=False,
    outlier=False,
    change=None,
):
    MSGS.append(
        dict(
            customer=c,
            day=d,
            channel=ch,
            language=lang,
            intent=intent,
            text=text,
            lines=lines or [],
            rv=rv,
            notes=notes,
            tags=list(tags),
            ref=ref,
            stay=stay,
            outlier=outlier,
            change=change,
        )
    )


W, E, S = "WHATSAPP", "EMAIL", "SMS"
HOUSE_CASES = ["HW-RED-6", "HW-WHT-6", "HW-ROSE-6", "HW-RED-MINI", "HW-WHT-MINI"]
JUICE = ["OJ-12", "AJ-12", "CRAN-12", "PINE-12"]

# ---------------- clean orders ----------------
M(
    "red-kite",
    0,
    S,
    "en",
    "ORDER",
    "Hi its Dave at the Red Kite. 3 x 50L brightwater kegs, 1 dunmore keg, 2 cases indian tonic and 2 of coke cans pls. Thurs delivery",
    [L("BRW-KEG", 3, "50L"), L("DUN-KEG-50", 1), L("TON-IND-24", 2), L("COLA-CAN-24", 2)],
    False,
    "Thurs is a day, not a quantity.",
    ["clean", "variant"],
)
M(
    "copper-pot",
    0,
    W,
    "en",
    "ORDER",
    "morning! can we get 2 hopfield kegs, 3 cases house red, 3 house white and a case of prosecco 75cl. cheers, Jess",
    [L("HOP-KEG-30", 2), L("HW-RED-6", 3), L("HW-WHT-6", 3), L("PROS-75-6", 1)],
    False,
    "'can we get' opens an order; 75cl names the full-size prosecco.",
    ["clean", "non_order_request"],
)
M(
    "velvet-room",
    1,
    W,
    "en",
    "ORDER",
    "need six nordvik litres four fenn gin a case of pineapple juice and ten bags crushed ice",
    [L("VOD-NORD", 6, "1L"), L("GIN-FENN", 4), L("PINE-12", 1), L("ICE-CRUSH", 10)],
    False,
    "Spoken list without commas; number words and 'a' start items.",
    ["clean", "spoken", "variant"],
)
M(
    "harbour-hotel",
    0,
    E,
    "en",
    "ORDER",
    "Subject: Bar order PO 44817\n\nGood morning,\n\nPlease deliver on Wednesday 2 December:\n- 4 cases red miniatures\n- 4 cases white miniatures\n- 2 cases prosecco piccolo\n- 3 cases Sunvale orange juice\n\nKind regards,\nMarta Kowalczyk\nBar Manager, Harbour View Hotel\n14 Quay Street\n020 7946 0812",
    [L("HW-RED-MINI", 4), L("HW-WHT-MINI", 4), L("PROS-20-24", 2), L("OJ-12", 3)],
    False,
    "PO number, date, street number and phone are not quantities.",
    ["clean", "signature"],
)
M(
    "bodega-luna",
    1,
    W,
    "es",
    "ORDER",
    "Hola! Para el jueves: 24 botellas de rioja crianza, 2 cajas de house white y 1 barril de kellerhaus. Gracias, Nuria",
    [L("RIOJA-CR", 24), L("HW-WHT-6", 2), L("KEL-KEG-50", 1)],
    False,
    "Rioja is sold by the bottle.",
    ["clean", "multilingual"],
)
M(
    "trattoria-nonna",
    0,
    E,
    "it",
    "ORDER",
    "Oggetto: ordine settimana 49\n\nBuongiorno,\nvi chiediamo per venerdì:\n2 casse di pinot grigio delle venezie\n6 bottiglie di arancio bitter\n3 casse di acqua frizzante vallon da 750ml\n\nGrazie, Pia Russo",
    [L("PG-VEN-12", 2), L("APE-ARANCIO", 6), L("WAT-SPARK", 3, "12 x 750ml Glass")],
    False,
    "'settimana 49' is a week number.",
    ["clean", "multilingual", "variant"],
)
M(
    "bierstube-adler",
    0,
    E,
    "de",
    "ORDER",
    "Betreff: Bestellung KW 49\n\nHallo zusammen,\nbitte liefern: 4 Fässer Kellerhaus Pils, 2 Kisten Brightwater 0.0, 1 Flasche Mischgas 60/40 und 2 CO2 Flaschen 6,35kg.\n\nGruß\nJonas Weber\nBierstube Adler, Hauptstraße 12",
    [L("KEL-KEG-50", 4), L("BRW-ZERO-24", 2), L("MIXGAS-6", 1), L("CO2", 2, "6.35kg")],
    False,
    "KW 49, 60/40 and the street number are not quantities; a gas 'Flasche' is a cylinder.",
    ["clean", "multilingual", "variant", "number_in_name"],
)
M(
    "bistro-margot",
    2,
    W,
    "fr",
    "ORDER",
    "Bonjour, pour samedi svp : 12 bouteilles de chablis, 2 cartons de rosé maison et 6 bouteilles de champagne delorme 75cl. Merci ! Margot",
    [L("CHABLIS-DR", 12), L("HW-ROSE-6", 2), L("CHAMP-DEL", 6, "75cl")],
    False,
    "",
    ["clean", "multilingual", "variant"],
)
M(
    "tasca-tejo",
    1,
    W,
    "pt",
    "ORDER",
    "Olá, queria 2 bag in box de tinto da casa, 1 de branco e 3 caixas de brightwater garrafa. Obrigado, Rui",
    [L("HW-RED-BIB", 2), L("HW-WHT-BIB", 1), L("BRW-BTL-24", 3)],
    False,
    "'1 de branco' is the white bag-in-box.",
    ["clean", "multilingual"],
)
M(
    "cafe-gracht",
    1,
    E,
    "nl",
    "ORDER",
    "Hoi, graag voor vrijdag 2 fusten brightwater 30 liter, 2 trays hopfield blikjes en 1 doos ginger beer. Groet, Sanne",
    [L("BRW-KEG", 2, "30L"), L("HOP-CAN-24", 2), L("GBEER-24", 1)],
    False,
    "A tray of 24 cans is the case.",
    ["clean", "multilingual", "variant"],
)
M(
    "pod-lipa",
    0,
    S,
    "pl",
    "ORDER",
    "Dzien dobry, prosze 6 kalinka, 4 nordvik 0,7 i 4 zgrzewki brightwater puszki. Tomek",
    [L("VOD-KAL", 6), L("VOD-NORD", 4, "70cl"), L("BRW-CAN-24", 4)],
    False,
    "0,7 is the 70cl bottle; a zgrzewka of cans is the case.",
    ["clean", "multilingual", "variant"],
)
M(
    "old-anchor",
    0,
    W,
    "en",
    "ORDER",
    "2 x brightwater 50s, 2 dunmore kegs, 3 cases orchard lane bottles and 2 mixed gas please mate",
    [L("BRW-KEG", 2, "50L"), L("DUN-KEG-50", 2), L("ORL-APL-12", 3), L("MIXGAS-6", 2)],
    False,
    "'orchard lane bottles' is the apple cider (berry carries its modifier).",
    ["clean", "variant"],
)
M(
    "neon-tiki",
    0,
    W,
    "en",
    "ORDER",
    "Aloha team 🌺 6 black reef, 4 cayo spiced, 3 cases pineapple, 2 grenadine, 2 triple sec. that's all for this week",
    [L("RUM-REEF", 6), L("RUM-CAYO-S", 4), L("PINE-12", 3), L("SYR-GREN", 2), L("LIQ-TRIPLE", 2)],
    False,
    "",
    ["clean"],
)
M(
    "grand-rialto",
    1,
    E,
    "en",
    "ORDER",
    "Subject: Banqueting order - Saturday wedding (140 guests)\n\nHello,\n\nFor delivery Friday 4th please:\n8 cs house red\n8 cs house white\n6 cs Vallefiore prosecco 75cl\n6 magnums of Delorme\n\nThanks,\nOliver Grant\nPurchasing, Grand Rialto Hotel\nTel 020 7946 0814",
    [L("HW-RED-6", 8), L("HW-WHT-6", 8), L("PROS-75-6", 6), L("CHAMP-DEL", 6, "150cl Magnum")],
    False,
    "140 guests, the 4th and the phone are not quantities.",
    ["clean", "variant", "signature"],
)
M(
    "fox-hounds",
    0,
    S,
    "en",
    "ORDER",
    "Fox and Hounds order. 1 brightwater 50L. 1 hopfield keg. 1 orchard lane keg. 2 cases cloudy lemonade. Ta, Bill",
    [L("BRW-KEG", 1, "50L"), L("HOP-KEG-30", 1), L("ORL-KEG-50", 1), L("LEMONADE-12", 2)],
    False,
    "",
    ["clean", "variant"],
)
M(
    "spice-route",
    1,
    E,
    "en",
    "ORDER",
    "Hi, please send 4 cases Brightwater bottles, 2 cases Copper Fox, 12 bottles of Malbec and 2 cases of Coke glass. Delivery before 11am Thursday if possible. Thanks, Priya, Spice Route, 88 Mill Lane",
    [L("BRW-BTL-24", 4), L("FOX-IPA-12", 2), L("MALBEC-VA", 12), L("COLA-GL-24", 2)],
    False,
    "11am and 88 are not quantities.",
    ["clean", "signature"],
)
M(
    "cellar-door",
    0,
    E,
    "en",
    "ORDER",
    "Hello, our order for this week: 12 x Chablis Roux, 12 x Rioja Crianza, 2 cases Vallefiore 75cl, and 2 packs of burgundy cocktail napkins. Best, Tom",
    [L("CHABLIS-DR", 12), L("RIOJA-CR", 12), L("PROS-75-6", 2), L("NAP-COCK", 2, "Burgundy")],
    False,
    "",
    ["clean", "variant"],
)
M(
    "northgate-club",
    2,
    W,
    "en",
    "ORDER",
    "4 brightwater 50L kegs, 3 cases brightwater cans, 4 nordvik 1L, 3 kingsmoor 1.5L and 3 big co2 cylinders",
    [
        L("BRW-KEG", 4, "50L"),
        L("BRW-CAN-24", 3),
        L("VOD-NORD", 4, "1L"),
        L("WSK-KING", 3, "1.5L"),
        L("CO2", 3, "10kg"),
    ],
    False,
    "'big' co2 cylinder is the 10kg.",
    ["clean", "variant"],
)
M(
    "riverside-events",
    1,
    E,
    "en",
    "ORDER",
    "Subject: Autumn ball 5 Dec\n\nHi both,\nFor the ball (220 guests) we need: 6 cases Prosecco 75cl, 5 cases house red, 5 cases house white, 4 cases still water 750ml, 2 cases of half pint cups and 12 bags of ice cubes.\nDelivery to the venue at 9 Orchard Row by 2pm.\nRegards, Hannah Price",
    [
        L("PROS-75-6", 6),
        L("HW-RED-6", 5),
        L("HW-WHT-6", 5),
        L("WAT-STILL", 4, "12 x 750ml Glass"),
        L("PINT-CUPS", 2, "Half Pint"),
        L("ICE-CUBE", 12),
    ],
    False,
    "220 guests, 5 Dec, 9 Orchard Row and 2pm are not quantities.",
    ["clean", "variant", "signature"],
)
M(
    "gin-loft",
    0,
    W,
    "en",
    "ORDER",
    "Hi, we're The Gin Loft opening on Friday! First order: 6 Hollowmere 70cl, 4 Isle of Fenn, 6 cases Fenwick Indian, 3 cases Fenwick light, 2 cases elderflower tonic. We'll pay on delivery. Zoe",
    [L("GIN-HOL", 6, "70cl"), L("GIN-FENN", 4), L("TON-IND-24", 6), L("TON-LITE-24", 3), L("TON-ELD-24", 2)],
    False,
    "First order paid on delivery ships as written.",
    ["clean", "new_customer", "variant"],
)
M(
    "ember-grill",
    1,
    E,
    "en",
    "ORDER",
    "Hello, Ember Grill here, opening next week. Please could you deliver on Thursday 3 Dec: 3 cases Brightwater 0.0, 2 cases Diet Coke cans, 2 cases Coke Zero cans, 1 glasswasher detergent and 1 rinse aid. Card payment on delivery is fine. Luis Ortega",
    [L("BRW-ZERO-24", 3), L("DIET-CAN-24", 2), L("ZERO-CAN-24", 2), L("GW-DET", 1), L("GW-RINSE", 1)],
    False,
    "'Please could you deliver' opens an order.",
    ["clean", "new_customer", "non_order_request"],
)
M(
    "velvet-room",
    3,
    W,
    "en",
    "ORDER",
    "quick one: 4 cafe noir, 6 sugar syrup, 3 monarch passion, 4 tubs passion puree",
    [L("LIQ-CAFE", 4), L("SYR-SUGAR", 6), L("SYR-PASS", 3), L("PUR-PASS", 4)],
    False,
    "'monarch passion' is the syrup, 'tubs passion puree' the puree.",
    ["clean"],
)
M(
    "harbour-hotel",
    2,
    E,
    "en",
    "ORDER",
    "Hi, please add to Wednesday: 3 cases still water 330ml and 3 sparkling 330ml. Also, what's the price on the Glen Arrin 12 at the moment? Marta",
    [L("WAT-STILL", 3, "24 x 330ml Glass"), L("WAT-SPARK", 3, "24 x 330ml Glass")],
    False,
    "Order plus a side price question; 12 is part of the whisky name.",
    ["clean", "variant", "side_question", "number_in_name"],
)
M(
    "old-anchor",
    3,
    W,
    "en",
    "ORDER",
    "4 kingsmoor litres, 2 cs diet coke, 1 ginger ale, 1 red hollow plus a glasswasher detergent",
    [L("WSK-KING", 4, "1L"), L("DIET-CAN-24", 2), L("GALE-24", 1), L("BRB-REDH", 1), L("GW-DET", 1)],
    False,
    "",
    ["clean", "variant"],
)
M(
    "copper-pot",
    3,
    W,
    "en",
    "ORDER",
    "voice note: hi it's jess from copper pot can you send two brightwater thirties a case of light tonic and four packs of white dinner napkins thanks",
    [L("BRW-KEG", 2, "30L"), L("TON-LITE-24", 1), L("NAP-DIN", 4, "White")],
    False,
    "'thirties' are the 30L kegs.",
    ["clean", "spoken", "variant"],
)
M(
    "neon-tiki",
    2,
    W,
    "en",
    "ORDER",
    "2 boxes red stripe paper straws, 2 packs large picks and 15 bags crushed ice pls",
    [L("STRAW-PAPER", 2, "Red Stripe"), L("PICKS", 2, "Large 12cm"), L("ICE-CRUSH", 15)],
    False,
    "'large' picks the 12cm variant.",
    ["clean", "variant"],
)
M(
    "fox-hounds",
    2,
    S,
    "en",
    "ORDER",
    "can i get 1 small co2 and a box of beer mats with thursdays drop. bill",
    [L("CO2", 1, "6.35kg"), L("BEERMATS", 1)],
    False,
    "'can i get' opens an order; 'small' co2 is the 6.35kg.",
    ["clean", "variant", "non_order_request"],
)
M(
    "northgate-club",
    4,
    W,
    "en",
    "ORDER",
    "Add 2 cases of voltz and 2 cases of pint cups (full pint) to saturday pls, big match on",
    [L("VOLTZ-24", 2), L("PINT-CUPS", 2, "Pint")],
    False,
    "Bare 'voltz' is the plain one (sugar free carries its modifier).",
    ["clean", "variant"],
)
M(
    "grand-rialto",
    4,
    E,
    "en",
    "ORDER",
    "Hello again - for Sunday lunch service we need 6 cases still and 6 cases sparkling water, the large bottles please. Oliver",
    [L("WAT-STILL", 6, "12 x 750ml Glass"), L("WAT-SPARK", 6, "12 x 750ml Glass")],
    False,
    "'large bottles' picks the 750ml variant.",
    ["clean", "variant"],
)
M(
    "copper-pot",
    5,
    W,
    "en",
    "ORDER",
    "2 cases of house red... no sorry make that 4, and 1 case light tonic",
    [L("HW-RED-6", 4), L("TON-LITE-24", 1)],
    False,
    "Self-correction: 4, not 2.",
    ["clean", "self_correction"],
)
M(
    "cafe-gracht",
    4,
    E,
    "nl",
    "ORDER",
    "Nog 3 trays hopfield blik erbij, nee wacht, 2 is genoeg. Sanne",
    [L("HOP-CAN-24", 2)],
    False,
    "Self-correction: 2, not 3.",
    ["clean", "multilingual", "self_correction"],
)
M(
    "old-anchor",
    5,
    W,
    "en",
    "ORDER",
    "voice message: two dunmore kegs and for cases of orchard lane to the anchor please",
    [L("DUN-KEG-50", 2), L("ORL-APL-12", 4)],
    False,
    "Voice-to-text 'for' is four; cases of orchard lane are the apple bottles.",
    ["clean", "spoken", "homophone"],
)
M(
    "neon-tiki",
    4,
    W,
    "en",
    "ORDER",
    "voice note - too bottles of grenadine and ate bags of crushed ice thanks",
    [L("SYR-GREN", 2), L("ICE-CRUSH", 8)],
    False,
    "Voice-to-text 'too' is two and 'ate' is eight.",
    ["clean", "spoken", "homophone"],
)
M(
    "cellar-door",
    1,
    E,
    "en",
    "ORDER",
    "Yes please go ahead.\n\n> On Mon 30 Nov, Tapster & Vine wrote:\n> We can offer Rioja Crianza at £9.20 a bottle for 24 or more, and Chablis Roux at £15.90.\n\nSo 24 Rioja and 12 Chablis then. Tom",
    [L("RIOJA-CR", 24), L("CHABLIS-DR", 12)],
    False,
    "Quoted reply: prices and '24 or more' in the quote are not the order; the order is the last line.",
    ["clean", "quoted"],
)
M(
    "fox-hounds",
    4,
    S,
    "en",
    "ORDER",
    "> Reminder: order by 4pm for Thursday delivery\nyes 1 brightwater 50L and 1 hopfield keg pls",
    [L("BRW-KEG", 1, "50L"), L("HOP-KEG-30", 1)],
    False,
    "Quoted reminder; 4pm is a time.",
    ["clean", "quoted", "variant"],
)
M(
    "northgate-club",
    0,
    W,
    "en",
    "ORDER",
    "we need four brightwater fifties one dunmore keg and three cases of brightwater cans",
    [L("BRW-KEG", 4, "50L"), L("DUN-KEG-50", 1), L("BRW-CAN-24", 3)],
    False,
    "Spoken list without commas.",
    ["clean", "spoken", "variant"],
)
M(
    "spice-route",
    4,
    E,
    "en",
    "ORDER",
    "Hi team, 1 x 24 coke glass and 2 x 12 copper fox for Saturday please. Priya",
    [L("COLA-GL-24", 1), L("FOX-IPA-12", 2)],
    False,
    "Inline packs: '1 x 24' is one case, '2 x 12' two cases.",
    ["clean", "pack"],
)
M(
    "old-anchor",
    1,
    W,
    "en",
    "ORDER",
    "3 x 12 orchard lane apple and 6 x 1L kingsmoor pls",
    [L("ORL-APL-12", 3), L("WSK-KING", 6, "1L")],
    False,
    "'3 x 12' is three cases; '6 x 1L' six 1L bottles.",
    ["clean", "pack", "variant"],
)
M(
    "riverside-events",
    4,
    E,
    "en",
    "ORDER",
    "Hi, one more thing for the ball: 2000 pint cups (full pints) please. Hannah",
    [L("PINT-CUPS", 2, "Pint")],
    False,
    "2000 cups are 2 cases of 1000.",
    ["clean", "pack", "variant"],
)
M(
    "harbour-hotel",
    4,
    E,
    "en",
    "ORDER",
    "Please send 36 bottles of orange juice and 24 mini reds with Friday's delivery.\nMarta",
    [L("OJ-12", 3), L("HW-RED-MINI", 2)],
    False,
    "36 x 1L is 3 cases of 12; 24 miniatures are 2 cases of 12.",
    ["clean", "container"],
)
M(
    "bistro-margot",
    4,
    W,
    "fr",
    "ORDER",
    "Il me faudrait aussi 18 bouteilles de rosé maison et 4 bouteilles de chablis pour samedi",
    [L("HW-ROSE-6", 3), L("CHABLIS-DR", 4)],
    False,
    "18 bottles of house rosé are 3 cases of 6; chablis is sold by the bottle.",
    ["clean", "container", "multilingual"],
)
M(
    "gin-loft",
    3,
    W,
    "en",
    "ORDER",
    "hi its zoe again i'd like three cases of light tonic a case of soda water and two cases elderflower tonic",
    [L("TON-LITE-24", 3), L("SODA-24", 1), L("TON-ELD-24", 2)],
    False,
    "Spoken list; 'i'd like' is an opener, not a line.",
    ["clean", "spoken", "new_customer", "non_order_request"],
)
M(
    "harbour-hotel",
    5,
    E,
    "en",
    "ORDER",
    "Could you also send 2 x Glen Arrin 12yo and 2 cases of apple juice. Thank you, Marta",
    [L("WSK-GLEN12", 2), L("AJ-12", 2)],
    False,
    "12yo is part of the name.",
    ["clean", "number_in_name"],
)

# ---------------- orders needing review ----------------
M(
    "fox-hounds",
    5,
    S,
    "en",
    "ORDER",
    "Bill again - forgot, 2 coke cans and 3 bottles of house red please",
    [L("COLA-CAN-24", 2), L("HW-RED-6", None)],
    True,
    "2 coke cans read as 2 cases (small count); 3 bottles of house red is half a case: quantities not stated.",
    ["container"],
)
M(
    "northgate-club",
    3,
    W,
    "en",
    "ORDER",
    "30 cans of diet coke and 48 voltz sugar free for the bar upstairs",
    [L("DIET-CAN-24", None), L("VOLTZ-SF-24", 2)],
    True,
    "30 cans is not a whole case: quantities not stated. 48 cans are 2 cases.",
    ["container"],
    stay=True,
)
M(
    "pod-lipa",
    4,
    S,
    "pl",
    "ORDER",
    "12 puszek voltz i 1 karton soku pomaranczowego prosze",
    [L("VOLTZ-24", None), L("OJ-12", 1)],
    True,
    "12 cans are half a case: quantities not stated.",
    ["container", "multilingual"],
    stay=True,
)
M(
    "cafe-gracht",
    2,
    E,
    "nl",
    "ORDER",
    "Kunnen jullie 6 flesjes tonic meesturen met de levering van vrijdag? Sanne",
    [L("TON-IND-24", None)],
    True,
    "Bare tonic is the Indian (the others carry modifiers); 6 bottles are a quarter case: quantities not stated.",
    ["container", "multilingual"],
    stay=True,
)
M(
    "velvet-room",
    4,
    W,
    "en",
    "ORDER",
    "4 pineapple juices and 2 x 12 cranberry for the weekend",
    [L("PINE-12", None), L("CRAN-12", 2)],
    True,
    "'4 pineapple juices' may be 4 cartons or 4 cases: quantities not stated. '2 x 12 cranberry' is 2 cases.",
    ["pack"],
    stay=True,
)
M(
    "cafe-gracht",
    3,
    E,
    "nl",
    "ORDER",
    "Graag 3 flessen hollowmere en 1 doos gemberbier erbij.",
    [L("GIN-HOL", 3, None), L("GBEER-24", 1)],
    True,
    "Hollowmere size not stated (70cl, 1L, 1.5L): ambiguous.",
    ["variant", "multilingual"],
)
M(
    "velvet-room",
    5,
    W,
    "en",
    "ORDER",
    "black napkins x3 and 2 boxes black sip straws",
    [A(3, ["NAP-COCK", "NAP-DIN"], hv="Black"), L("STRAW-SIP", 2, "Black")],
    True,
    "Black napkins exist as cocktail and dinner napkins: ambiguous.",
    ["variant", "family"],
)
M(
    "red-kite",
    2,
    S,
    "en",
    "ORDER",
    "2 brightwater kegs and 2 co2 for thurs cheers",
    [L("BRW-KEG", 2, None), L("CO2", 2, None)],
    True,
    "Keg size and cylinder size not stated: ambiguous.",
    ["variant"],
)
M(
    "neon-tiki",
    5,
    W,
    "en",
    "ORDER",
    "paper straws x 3, cayo blanco x6 and small picks x1",
    [L("STRAW-PAPER", 3, None), L("RUM-CAYO-W", 6, None), L("PICKS", 1, "Small 9cm")],
    True,
    "Straw colour and rum size not stated: ambiguous. 'small' picks the 9cm.",
    ["variant"],
)
M(
    "cellar-door",
    4,
    E,
    "en",
    "ORDER",
    "Tom here, 2 packs cocktail napkins and a dozen delorme for the weekend please",
    [L("NAP-COCK", 2, None), L("CHAMP-DEL", 12, None)],
    True,
    "Napkin colour and champagne size (75cl or magnum) not stated: ambiguous. A dozen is 12 bottles.",
    ["variant"],
)
M(
    "old-anchor",
    2,
    W,
    "en",
    "ORDER",
    "red napkins x2 and a rinse aid",
    [A(2, ["NAP-COCK", "NAP-DIN"]), L("GW-RINSE", 1)],
    True,
    "No red napkin (burgundy is a cocktail-napkin colour; dinner napkins come white/black): ambiguous.",
    ["variant", "family"],
    stay=True,
)
M(
    "northgate-club",
    1,
    W,
    "en",
    "ORDER",
    "kingsmoor x3, 1 keg of stout and 2 cases of dunmore cans pls",
    [L("WSK-KING", 3, None), L("DUN-KEG-50", 1), L("DUN-CAN-24", 2)],
    True,
    "Kingsmoor size not stated: ambiguous. The only stout keg is Dunmore.",
    ["variant"],
)
M(
    "bodega-luna",
    2,
    W,
    "es",
    "ORDER",
    "Hola, 4 cajas de vino de la casa para el viernes",
    [A(4, HOUSE_CASES)],
    True,
    "House wine colour not stated: ambiguous ('cajas' rules out the bag-in-box).",
    ["family", "multilingual"],
)
M(
    "fox-hounds",
    1,
    S,
    "en",
    "ORDER",
    "cider x1 and 1 case lemonade",
    [A(1, ["ORL-KEG-50", "ORL-APL-12"]), L("LEMONADE-12", 1)],
    True,
    "Cider keg or bottles: ambiguous (berry carries its modifier).",
    ["family"],
)
M(
    "velvet-room",
    0,
    W,
    "en",
    "ORDER",
    "gin x4 and 3 bottles of harrow bitters",
    [A(4, ["GIN-HOL", "GIN-HOL-PINK", "GIN-FENN"]), L("BIT-HARROW", 3)],
    True,
    "Bare gin: ambiguous.",
    ["family"],
)
M(
    "neon-tiki",
    1,
    W,
    "en",
    "ORDER",
    "rum x 6 and 3 lime cordial",
    [A(6, ["RUM-CAYO-W", "RUM-CAYO-S", "RUM-REEF"]), L("COR-LIME", 3)],
    True,
    "Bare rum: ambiguous.",
    ["family"],
)
M(
    "trattoria-nonna",
    4,
    E,
    "it",
    "ORDER",
    "Buongiorno, per sabato 3 casse di acqua vallon e 4 bottiglie di vermouth. Grazie",
    [A(3, ["WAT-STILL", "WAT-SPARK"]), A(4, ["VER-ROSSO", "VER-DRY"])],
    True,
    "Still or sparkling, and rosso or dry: ambiguous.",
    ["family", "multilingual"],
)
M(
    "spice-route",
    0,
    E,
    "en",
    "ORDER",
    "Morning, 2 cases of coke and 2 cases of lemonade for Tuesday please. Priya",
    [A(2, ["COLA-CAN-24", "COLA-GL-24"]), L("LEMONADE-12", 2)],
    True,
    "Coke cans or glass: ambiguous (diet and zero carry modifiers).",
    ["family"],
)
M(
    "cafe-gracht",
    0,
    E,
    "nl",
    "ORDER",
    "Goedemorgen, voor woensdag graag 2 dozen ginger en 1 fust brightwater 30 liter. Groetjes, Sanne",
    [A(2, ["GALE-24", "GBEER-24"]), L("BRW-KEG", 1, "30L")],
    True,
    "Ginger ale or ginger beer: ambiguous. Dutch 'dozen' means boxes.",
    ["family", "multilingual", "variant"],
)
M(
    "bierstube-adler",
    3,
    E,
    "de",
    "ORDER",
    "Hallo, bitte noch 1 Kiste Saft und 1 Leitungsreiniger mitbringen. Gruß Jonas",
    [A(1, JUICE), L("LINE-CLN", 1)],
    True,
    "Which juice: ambiguous.",
    ["family", "multilingual"],
)
M(
    "harbour-hotel",
    3,
    E,
    "en",
    "ORDER",
    "Please add 2 cases of miniature wine for the minibars to Friday.\nThanks, Marta",
    [A(2, ["HW-RED-MINI", "HW-WHT-MINI"])],
    True,
    "Red or white miniatures: ambiguous.",
    ["family"],
)
M(
    "pod-lipa",
    1,
    S,
    "pl",
    "ORDER",
    "2 x wodka nordvik i sok 1 karton",
    [L("VOD-NORD", 2, None), A(1, JUICE)],
    True,
    "Nordvik size and which juice not stated: ambiguous.",
    ["variant", "family", "multilingual"],
)
M(
    "grand-rialto",
    0,
    E,
    "en",
    "ORDER",
    "Prosecco x 6 for Thursday's drinks reception please, 2 cases coke zero and 4 packs of black dinner napkins.\nOliver",
    [A(6, ["PROS-75-6", "PROS-20-24"]), A(2, ["ZERO-CAN-24", "ZERO-GL-24"]), L("NAP-DIN", 4, "Black")],
    True,
    "Prosecco 75cl or piccolo, and coke zero cans or glass: ambiguous.",
    ["family", "variant"],
)
M(
    "tasca-tejo",
    4,
    W,
    "pt",
    "ORDER",
    "Boa tarde, vinho tinto da casa 2 e 1 caixa de sumo de laranja",
    [A(2, ["HW-RED-6", "HW-RED-MINI", "HW-RED-BIB"]), L("OJ-12", 1)],
    True,
    "House red case, miniatures or bag-in-box: ambiguous.",
    ["family", "multilingual"],
)
M(
    "red-kite",
    3,
    S,
    "en",
    "ORDER",
    "1 guinness keg and 1 dunmore keg pls dave",
    [X(1), L("DUN-KEG-50", 1)],
    True,
    "Guinness is not in catalog (Dunmore is the stocked stout).",
    ["not_in_catalog"],
    stay=True,
)
M(
    "velvet-room",
    2,
    W,
    "en",
    "ORDER",
    "6 aperol, 4 kahlua, 3 cafe noir",
    [X(6), X(4), L("LIQ-CAFE", 3)],
    True,
    "Aperol and Kahlua not in catalog (Arancio and Cafe Noir are the stocked look-alikes, never substituted).",
    ["not_in_catalog"],
    stay=True,
)
M(
    "northgate-club",
    5,
    W,
    "en",
    "ORDER",
    "2 cases red bull and 2 cases voltz sugar free",
    [X(2), L("VOLTZ-SF-24", 2)],
    True,
    "Red Bull not in catalog.",
    ["not_in_catalog"],
    stay=True,
)
M(
    "old-anchor",
    4,
    W,
    "en",
    "ORDER",
    "bin bags x2 and 6 bags of ice cubes",
    [X(2), L("ICE-CUBE", 6)],
    True,
    "Bin bags not in catalog.",
    ["not_in_catalog"],
    stay=True,
)
M(
    "neon-tiki",
    3,
    W,
    "en",
    "ORDER",
    "3 bottles of hazelnut syrup + 2 vanilla syrup + 2 strawberry syrup + limes 2kg",
    [X(3), L("SYR-VAN", 2), L("SYR-STRAW", 2), X(2)],
    True,
    "Hazelnut syrup and limes not in catalog.",
    ["not_in_catalog"],
    stay=True,
)
M(
    "ember-grill",
    4,
    E,
    "en",
    "ORDER",
    "Hi, can you add 2 cases of Pepsi Max and 1 case Diet Coke cans to our delivery? Luis",
    [X(2), L("DIET-CAN-24", 1)],
    True,
    "Pepsi Max not in catalog.",
    ["not_in_catalog", "new_customer", "non_order_request"],
    stay=True,
)
# references
M(
    "red-kite",
    4,
    S,
    "en",
    "ORDER",
    "usual pls + 1 line cleaner",
    [L("LINE-CLN", 1)],
    True,
    "Reference to the usual order: ambiguous without history; the explicit addition is the line.",
    ["reference"],
    ref={"base": "usual"},
)
M(
    "copper-pot",
    1,
    W,
    "en",
    "ORDER",
    "same as last week but 3 hopfield kegs instead of 2 and no prosecco",
    [L("HOP-KEG-30", 3, set_=True)],
    True,
    "Reference to last week: ambiguous without history; the new quantity is labelled.",
    ["reference"],
    ref={"base": "last", "remove": ["PROS-75-6"]},
)
M(
    "bodega-luna",
    0,
    W,
    "es",
    "ORDER",
    "Lo de siempre, pero con 30 botellas de rioja en vez de 24",
    [L("RIOJA-CR", 30, set_=True)],
    True,
    "Reference to the usual: ambiguous without history.",
    ["reference", "multilingual"],
    ref={"base": "usual"},
)
M(
    "trattoria-nonna",
    1,
    E,
    "it",
    "ORDER",
    "Come al solito per venerdì, grazie mille! Pia",
    [],
    True,
    "Reference to the usual: ambiguous without history.",
    ["reference", "multilingual"],
    ref={"base": "usual"},
)
M(
    "bierstube-adler",
    1,
    E,
    "de",
    "ORDER",
    "Wie letzte Woche, aber zusätzlich 1 Reinigungsmittel für die Bierleitung.",
    [L("LINE-CLN", 1)],
    True,
    "Reference to last week: ambiguous without history.",
    ["reference", "multilingual"],
    ref={"base": "last"},
)
M(
    "bistro-margot",
    0,
    W,
    "fr",
    "ORDER",
    "Comme d'habitude, mais double chablis svp",
    [],
    True,
    "Reference to the usual with 'double chablis': ambiguous without history.",
    ["reference", "multilingual"],
    ref={"base": "usual", "double": ["CHABLIS-DR"]},
)
M(
    "tasca-tejo",
    0,
    W,
    "pt",
    "ORDER",
    "O mesmo da semana passada sem a água, obrigado",
    [],
    True,
    "Reference to last week: ambiguous without history.",
    ["reference", "multilingual"],
    ref={"base": "last", "remove": ["WAT-STILL"]},
)
M(
    "cafe-gracht",
    5,
    E,
    "nl",
    "ORDER",
    "Zelfde als vorige week, plus 1 doos orchard lane berry cider",
    [L("ORL-BER-12", 1)],
    True,
    "Reference to last week: ambiguous without history.",
    ["reference", "multilingual"],
    ref={"base": "last"},
)
M(
    "pod-lipa",
    2,
    S,
    "pl",
    "ORDER",
    "To samo co zawsze prosze",
    [],
    True,
    "Reference to the usual: ambiguous without history.",
    ["reference", "multilingual"],
    ref={"base": "usual"},
)
M(
    "spice-route",
    2,
    E,
    "en",
    "ORDER",
    "Same again as last Thursday please, and 2 more cases of Copper Fox. Priya",
    [L("FOX-IPA-12", 2)],
    True,
    "Reference to the last order: ambiguous without history; the addition is added to the Copper Fox line with history.",
    ["reference"],
    ref={"base": "last"},
)
M(
    "riverside-events",
    2,
    E,
    "en",
    "ORDER",
    "Hi, our usual event order for Saturday please. Hannah",
    [],
    True,
    "Reference to 'our usual': ambiguous; this caterer never repeats a basket, so history does not settle it.",
    ["reference", "ambiguous_reference"],
)
M(
    "gin-loft",
    5,
    W,
    "en",
    "ORDER",
    "same as my first order again please! 🍸",
    [],
    True,
    "First-time customer: earlier messages are not history, so the reference stays ambiguous.",
    ["reference", "new_customer", "ambiguous_reference"],
)
M(
    "northgate-club",
    6,
    W,
    "en",
    "ORDER",
    "the usual for next saturday + 1 case voltz sugar free",
    [L("VOLTZ-SF-24", 1)],
    True,
    "Reference to the usual: ambiguous without history.",
    ["reference"],
    ref={"base": "usual"},
)
M(
    "harbour-hotel",
    6,
    E,
    "en",
    "ORDER",
    "Subject: Weekly bar order\n\nSame as last week please, but only 2 cases of the red miniatures.\n\nMarta Kowalczyk\nHarbour View Hotel",
    [L("HW-RED-MINI", 2, set_=True)],
    True,
    "Reference to last week: ambiguous without history.",
    ["reference", "signature"],
    ref={"base": "last"},
)
# ranges, credit, conditional
M(
    "grand-rialto",
    2,
    E,
    "en",
    "ORDER",
    "We'll need 2-3 cases of rosé on top of Friday, depending on final numbers. Oliver",
    [L("HW-ROSE-6", None)],
    True,
    "Range '2-3 cases': quantities not stated.",
    ["range"],
    stay=True,
)
M(
    "northgate-club",
    4,
    W,
    "en",
    "ORDER",
    "send 4 or 5 cases of coke cans with the saturday order",
    [L("COLA-CAN-24", None)],
    True,
    "'4 or 5': quantities not stated.",
    ["range"],
    stay=True,
)
M(
    "ember-grill",
    2,
    E,
    "en",
    "ORDER",
    "Could you do 2 cases Brightwater bottles and 1 case cloudy lemonade on a 30-day account? We'll sort the paperwork with you.",
    [L("BRW-BTL-24", 2), L("LEMONADE-12", 1)],
    True,
    "First order on a 30-day account: credit needs a human.",
    ["credit", "new_customer", "non_order_request"],
    stay=True,
)
M(
    "velvet-room",
    6,
    W,
    "en",
    "ORDER",
    "on credit til next friday pls, cash flow is tight: 4 nordvik litres and 2 sugar syrup",
    [L("VOD-NORD", 4, "1L"), L("SYR-SUGAR", 2)],
    True,
    "Order on credit: needs a human.",
    ["credit", "variant"],
    stay=True,
)
M(
    "copper-pot",
    6,
    W,
    "en",
    "ORDER",
    "if you can get it here before 10 on saturday then 2 hopfield kegs and a case of house white, otherwise don't bother",
    [L("HOP-KEG-30", 2), L("HW-WHT-6", 1)],
    True,
    "Conditional order: needs a human.",
    ["conditional"],
    stay=True,
)
# outliers
M(
    "fox-hounds",
    3,
    S,
    "en",
    "ORDER",
    "8 brightwater 50L kegs this week pls",
    [L("BRW-KEG", 8, "50L")],
    False,
    "Reads as written; with history it is far above the usual 1 a week.",
    ["outlier", "variant"],
    outlier=True,
)
M(
    "pod-lipa",
    5,
    S,
    "pl",
    "ORDER",
    "Prosze 40 butelek kalinka na piatek",
    [L("VOD-KAL", 40)],
    False,
    "Reads as written; with history it is far above the usual 6 a week.",
    ["outlier", "multilingual"],
    outlier=True,
)

# ---------------- non-orders ----------------
M(
    "red-kite",
    1,
    S,
    "en",
    "QUESTION",
    "I would like to know if you deliver on the Sunday before christmas",
    tags=["question", "non_order_request"],
)
M(
    "copper-pot",
    2,
    W,
    "en",
    "QUESTION",
    "can I pay by bank transfer instead of card from now on?",
    tags=["question", "non_order_request"],
)
M(
    "velvet-room",
    1,
    W,
    "en",
    "QUESTION",
    "Do you stock Aperol at all? and how much is the Arancio if I take 6?",
    tags=["question", "not_in_catalog"],
)
M(
    "harbour-hotel",
    1,
    E,
    "en",
    "QUESTION",
    "Could you send us the allergen and ABV sheet for the house wines please?",
    tags=["question", "non_order_request"],
)
M(
    "bodega-luna",
    4,
    W,
    "es",
    "QUESTION",
    "¿Tenéis cerveza sin gluten? Quisiera saber el precio por caja.",
    tags=["question", "multilingual", "non_order_request"],
)
M(
    "trattoria-nonna",
    2,
    E,
    "it",
    "QUESTION",
    "Vorrei sapere se il Pinot Grigio è disponibile anche in bottiglie singole.",
    tags=["question", "multilingual", "non_order_request"],
)
M(
    "bierstube-adler",
    4,
    E,
    "de",
    "QUESTION",
    "Können Sie uns ein Angebot für 20 Fässer Kellerhaus für unser Winterfest schicken?",
    tags=["question", "multilingual"],
)
M(
    "bistro-margot",
    1,
    W,
    "fr",
    "QUESTION",
    "Je voudrais savoir à quelle heure passe le livreur samedi matin",
    tags=["question", "multilingual", "non_order_request"],
)
M(
    "cafe-gracht",
    6,
    E,
    "nl",
    "QUESTION",
    "Ik wil graag weten hoeveel statiegeld er op de fusten zit.",
    tags=["question", "multilingual", "non_order_request"],
)
M(
    "grand-rialto",
    5,
    E,
    "en",
    "QUESTION",
    "Please can you quote for 40 cases house white and 30 cases prosecco for a conference in January?",
    tags=["question", "non_order_request"],
)
M(
    "gin-loft",
    1,
    W,
    "en",
    "QUESTION",
    "can I order the 1.5L Hollowmere in advance for new year or do you need a week's notice?",
    tags=["question", "non_order_request"],
)
M(
    "spice-route",
    5,
    E,
    "en",
    "QUESTION",
    "What's the minimum spend for free delivery these days?",
    tags=["question"],
)
M(
    "ember-grill",
    0,
    E,
    "en",
    "QUESTION",
    "I would like a copy of your spirits price list, please.",
    tags=["question", "non_order_request"],
)
M(
    "tasca-tejo",
    2,
    W,
    "pt",
    "QUESTION",
    "Gostaria de saber se têm vinho verde em caixa de 6",
    tags=["question", "multilingual", "non_order_request"],
)
M(
    "pod-lipa",
    6,
    S,
    "pl",
    "QUESTION",
    "Czy macie Żubrówkę albo inną wódkę żubrową?",
    tags=["question", "multilingual"],
)
M(
    "old-anchor",
    6,
    W,
    "en",
    "QUESTION",
    "what's the difference between the 60/40 gas and the co2, which one for the stout?",
    tags=["question"],
)
M(
    "red-kite",
    5,
    S,
    "en",
    "COMPLAINT",
    "last weeks dunmore keg was flat from the first pint, need a credit for it",
    tags=["complaint"],
)
M(
    "old-anchor",
    5,
    W,
    "en",
    "COMPLAINT",
    "You sent 3 cases of berry cider instead of apple. Please collect them and bring the right ones.",
    tags=["complaint"],
)
M(
    "harbour-hotel",
    3,
    E,
    "en",
    "COMPLAINT",
    "Two of the 4 cases of red miniatures arrived with broken bottles, photos attached. Marta",
    tags=["complaint"],
)
M(
    "bierstube-adler",
    5,
    E,
    "de",
    "COMPLAINT",
    "Die CO2 Flasche von gestern war leer, bitte tauschen.",
    tags=["complaint", "multilingual"],
)
M(
    "bistro-margot",
    3,
    W,
    "fr",
    "COMPLAINT",
    "Vous nous avez facturé 12 chablis mais nous n'en avons reçu que 6.",
    tags=["complaint", "multilingual"],
)
M(
    "cellar-door",
    5,
    E,
    "en",
    "COMPLAINT",
    "Your driver left the delivery outside in the rain again and half the labels are ruined.",
    tags=["complaint"],
)
M(
    "northgate-club",
    2,
    W,
    "en",
    "COMPLAINT",
    "I'd like to make a complaint about how your driver spoke to my staff on saturday",
    tags=["complaint", "non_order_request"],
)
M(
    "cafe-gracht",
    2,
    E,
    "nl",
    "COMPLAINT",
    "De levering van gisteren was twee uur te laat, we hebben klanten zonder tonic moeten bedienen.",
    tags=["complaint", "multilingual"],
)
M(
    "tasca-tejo",
    5,
    W,
    "pt",
    "COMPLAINT",
    "A caixa de sumo veio com dois pacotes abertos.",
    tags=["complaint", "multilingual"],
)
M(
    "copper-pot",
    4,
    W,
    "en",
    "OTHER",
    "Thanks for sorting the keg swap so quickly yesterday, legends",
    tags=["other"],
)
M(
    "velvet-room",
    3,
    W,
    "en",
    "OTHER",
    "I'd like to add my new bar manager Kai to the account, his number is 07700 900834",
    tags=["other", "non_order_request"],
)
M(
    "trattoria-nonna",
    5,
    E,
    "it",
    "OTHER",
    "Risposta automatica: sono in ferie fino al 7 dicembre. Per urgenze chiamare il ristorante.",
    tags=["other", "multilingual"],
)
M(
    "riverside-events",
    0,
    E,
    "en",
    "OTHER",
    "Please note our new invoice address: Riverside Events Ltd, Unit 4, 22 Wharf Road.",
    tags=["other"],
)
M(
    "fox-hounds",
    6,
    S,
    "en",
    "OTHER",
    "can we move our delivery day to fridays from now on",
    tags=["other", "non_order_request"],
)
M(
    "red-kite",
    6,
    S,
    "en",
    "OTHER",
    "we've got 5 empty kegs and 3 gas cylinders to go back, can the driver grab them",
    tags=["other", "non_order_request"],
)
M("pod-lipa", 3, S, "pl", "OTHER", "Dziękuję, wszystko doszło w porządku", tags=["other", "multilingual"])
M(
    "gin-loft",
    2,
    W,
    "en",
    "OTHER",
    "Hi, I'd like to book a table for 4 on Saturday at 8pm please",
    notes="Misdirected table booking.",
    tags=["other", "non_order_request"],
)
M(
    "bodega-luna",
    5,
    W,
    "es",
    "OTHER",
    "Quisiera cancelar la domiciliación bancaria y pagar por transferencia",
    notes="Cancelling a direct debit is not CANCEL.",
    tags=["other", "multilingual", "non_order_request"],
)
M(
    "grand-rialto",
    6,
    E,
    "en",
    "OTHER",
    "Please send a copy of invoice INV-20931, our accounts team can't find it.",
    tags=["other"],
)
M(
    "copper-pot",
    2,
    W,
    "en",
    "CHANGE",
    "For tomorrow's order can you make the house white 4 cases instead of 3",
    change=[L("HW-WHT-6", 4)],
    tags=["change"],
)
M(
    "harbour-hotel",
    2,
    E,
    "en",
    "CHANGE",
    "Please change the 3 cases of small still water on Wednesday's order to small sparkling, so 6 sparkling in total and no still.",
    change=[L("WAT-STILL", 0, "24 x 330ml Glass"), L("WAT-SPARK", 6, "24 x 330ml Glass")],
    tags=["change", "variant"],
)
M(
    "bierstube-adler",
    6,
    E,
    "de",
    "CHANGE",
    "Bitte die Lieferung von Donnerstag auf Freitag verschieben, danke.",
    change=[],
    tags=["change", "multilingual"],
)
M(
    "neon-tiki",
    6,
    W,
    "en",
    "CHANGE",
    "on friday's order can u change the red stripe straws to black ones, same 2 boxes",
    change=[L("STRAW-PAPER", 0, "Red Stripe"), L("STRAW-PAPER", 2, "Black")],
    tags=["change", "variant"],
)
M(
    "bodega-luna",
    6,
    W,
    "es",
    "CHANGE",
    "Del pedido del jueves, cambiad las 2 cajas de house white por 2 de rosado",
    change=[L("HW-WHT-6", 0), L("HW-ROSE-6", 2)],
    tags=["change", "multilingual"],
)
M(
    "cellar-door",
    2,
    E,
    "en",
    "CANCEL",
    "Please cancel this Friday's order, we're closed for a private event.",
    tags=["cancel"],
)
M("pod-lipa", 5, S, "pl", "CANCEL", "Prosze anulowac zamowienie na czwartek", tags=["cancel", "multilingual"])
M(
    "bistro-margot",
    5,
    W,
    "fr",
    "CANCEL",
    "Annulez la commande de samedi svp, fermeture exceptionnelle",
    tags=["cancel", "multilingual"],
)
M(
    "riverside-events",
    5,
    E,
    "en",
    "CANCEL",
    "The ball on the 5th has been called off - please cancel the whole order for it.",
    tags=["cancel"],
)
# ---------------- more non-orders ----------------
M(
    "neon-tiki",
    0,
    W,
    "en",
    "QUESTION",
    "hey do you guys do orgeat or falernum? can't see either on the list",
    tags=["question", "not_in_catalog"],
)
M(
    "old-anchor",
    2,
    W,
    "en",
    "QUESTION",
    "I'd like to know when the Christmas cut-off for orders is, we're shut 25th and 26th",
    tags=["question", "non_order_request"],
)
M(
    "northgate-club",
    1,
    W,
    "en",
    "QUESTION",
    "can I get a price for 10 brightwater 50L kegs for the new year party? just pricing for now, not ordering yet",
    tags=["question", "non_order_request"],
)
M(
    "cellar-door",
    6,
    E,
    "en",
    "QUESTION",
    "Is the Chablis Roux the 2022 or the 2023 vintage? A guest asked. Tom",
    tags=["question"],
)
M(
    "ember-grill",
    5,
    E,
    "en",
    "QUESTION",
    "Do you lend out a glasswasher if we buy the detergent and rinse aid from you, or is that a separate contract?",
    tags=["question"],
)
M(
    "spice-route",
    6,
    E,
    "en",
    "OTHER",
    "Hi, Priya is off next week - Dev will be sending the orders from dev@spiceroute.example.",
    tags=["other"],
)
M(
    "harbour-hotel",
    0,
    E,
    "en",
    "OTHER",
    "Please could you update our delivery instructions: use the goods entrance on Mill Wynd, not reception.",
    tags=["other", "non_order_request"],
)
M(
    "bistro-margot",
    6,
    W,
    "fr",
    "OTHER",
    "Merci pour la livraison d'hier, tout était parfait",
    tags=["other", "multilingual"],
)
M(
    "fox-hounds",
    3,
    S,
    "en",
    "COMPLAINT",
    "the hopfield keg came with a broken coupler seal, lost half of it on the floor",
    tags=["complaint"],
)
M(
    "trattoria-nonna",
    6,
    E,
    "it",
    "COMPLAINT",
    "Ci avete consegnato 3 casse di acqua naturale invece di frizzante, per favore venite a cambiarle.",
    tags=["complaint", "multilingual"],
)
M(
    "ember-grill",
    6,
    E,
    "en",
    "COMPLAINT",
    "I would like to raise an issue: we were charged for 3 cases of Brightwater 0.0 but only 2 arrived.",
    tags=["complaint", "non_order_request"],
)
M(
    "copper-pot",
    4,
    W,
    "en",
    "CANCEL",
    "hey, can you cancel saturday's order please, kitchen flood, we're shut this weekend",
    tags=["cancel", "non_order_request"],
)
