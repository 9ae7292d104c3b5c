# ruff: noqa  (hand-written data generator of blind set 20, kept as its writer left it)
"""Messages of the twentieth blind set and their plain labels, all hand-written.

Line helpers:
  S(sku, qty)            a catalog line; S(sku, qty, var) on a product with variants (var None = not stated)
  A(qty, [skus], cv)     ambiguous between catalog products (sku null, candidates, optional candidate_variant)
  X(qty)                 not in catalog (sku null, no candidates)
Message helpers:
  O(...)   ORDER, with optional ref=dict(kind='usual'|'last', add=[...], set=[...], remove=[...], double=[...])
  N(...)   QUESTION / COMPLAINT / OTHER / CANCEL (no lines)
  C(...)   CHANGE with change_lines
day: 0 = Monday 2027-06-07 ... 6 = Sunday 2027-06-13
"""

NOV = object()  # "no variant key"


def S(sku, qty, var=NOV, nofill=False):
    d = {"sku": sku, "quantity": qty}
    if var is not NOV:
        d["variant"] = var
    if nofill:
        d["_nofill"] = True
    return d


def A(qty, cands, cv=None):
    d = {"sku": None, "quantity": qty, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    return d


def X(qty):
    return {"sku": None, "quantity": qty, "_nic": True}


MSGS = []


def O(
    cust,
    day,
    text,
    lines,
    notes="",
    tags="",
    ref=None,
    credit=False,
    conditional=False,
    channel=None,
    lang=None,
    outlier=False,
):
    MSGS.append(
        dict(
            customer=cust,
            day=day,
            intent="ORDER",
            text=text,
            lines=lines,
            notes=notes,
            tags=tags.split(),
            ref=ref,
            credit=credit,
            conditional=conditional,
            channel=channel,
            language=lang,
            outlier=outlier,
        )
    )


def N(cust, day, intent, text, notes="", tags="", channel=None, lang=None):
    MSGS.append(
        dict(
            customer=cust,
            day=day,
            intent=intent,
            text=text,
            lines=[],
            notes=notes,
            tags=tags.split(),
            channel=channel,
            language=lang,
        )
    )


def C(cust, day, text, change_lines, notes="", tags="", channel=None, lang=None):
    MSGS.append(
        dict(
            customer=cust,
            day=day,
            intent="CHANGE",
            text=text,
            lines=[],
            change_lines=change_lines,
            notes=notes,
            tags=tags.split(),
            channel=channel,
            language=lang,
        )
    )


COKE = ["COKE-CAN", "COKE-500"]
GLOVES = ["GLOVE-NITRILE-BLUE", "GLOVE-NITRILE-BLACK", "GLOVE-VINYL"]
SIPLIDS = ["LID-SIP-BLACK", "LID-SIP-WHITE"]

# ---------------------------------------------------------------- codfather (chippy, SMS)
O(
    "codfather",
    0,
    "2 large fish n chip boxes, 3 regular, 6 dripping, 2 batter. Cheers Dave",
    [S("FC-BOX-LARGE", 2), S("FC-BOX-REGULAR", 3), S("DRIPPING-12", 6), S("BATTER-16", 2)],
    '"3 regular" follows the large fish boxes: the regular fish box; "batter" is the plain batter mix (the gluten free carries its word)',
)
O(
    "codfather",
    1,
    "usual for thurs pls + 2 tubs fryer cleaner",
    [S("FRYER-CLEANER", 2)],
    "reference to the usual basket; the addition is labelled",
    "reference",
    ref=dict(kind="usual", add=[S("FRYER-CLEANER", 2)]),
)
N(
    "codfather",
    1,
    "QUESTION",
    "do u still do the polystyrene chip trays or is it all card now? customers moaning the card ones go soggy",
    "polystyrene trays are not in the catalog (a question, no lines)",
    "not_in_catalog",
)
O(
    "codfather",
    2,
    "30 blocks dripping for fri",
    [S("DRIPPING-12", 30)],
    "no reason given; the usual is 6",
    "outlier",
    outlier=True,
)
N(
    "codfather",
    2,
    "COMPLAINT",
    "Batter sack came split open this morning, half of it all over the van floor. Need 1 replacing on thurs pls",
)
O(
    "codfather",
    2,
    "Dave here - need 2 more chip scoops n 1 curry mix on top of thurs",
    [S("CHIP-SCOOP-KRAFT", 2), S("CURRY-MIX", 1)],
    "an addition to a placed order is ORDER",
)
O(
    "codfather",
    3,
    "salt x4 and 2 x 1000 chip forks",
    [A(4, ["SALT-FINE", "SALT-SACHET"]), S("CHIP-FORK-WOOD", 2)],
    'ambiguous: salt is the 3kg tub or the sachets; "2 x 1000" is 2 boxes of 1000 forks',
    "pack",
)
N("codfather", 3, "CANCEL", "cancel fridays order mate, shop shut for my uncles funeral. back open sat")
O(
    "codfather",
    4,
    "3 bundles newspaper, 2 tubs curry mix, 12 blue rolls",
    [S("NEWSPRINT-PLAIN", 3), S("CURRY-MIX", 2), S("ROLL-BLUE-CF", 2)],
    '"newspaper" is the plain newsprint chip paper; 12 blue rolls are 2 packs of 6',
    "count",
)
O(
    "codfather",
    4,
    "usual + can u do 2 boxes of blue gloves in XL this time, new lad has massive hands",
    [S("GLOVE-NITRILE-BLUE", 2, "X-Large")],
    "reference to the usual basket plus an extra line",
    "reference variant",
    ref=dict(kind="usual", add=[S("GLOVE-NITRILE-BLUE", 2, "X-Large")]),
)
O(
    "codfather",
    6,
    "2 boxes tartare sachets + 1 curry mix pls",
    [X(2), S("CURRY-MIX", 1)],
    "tartare sauce sachets are not in catalog (ketchup, mayo and brown sauce sachets are)",
)

# ---------------------------------------------------------------- golden-haddock (chippy, WhatsApp)
O(
    "golden-haddock",
    0,
    "Morning! 3 large fish boxes, 2 scoops, 8 frymax, 3 batter, 1 GF batter, 2 boxes ketchup sachets, 3 coke cans 1 diet 2 water 👍",
    [
        S("FC-BOX-LARGE", 3),
        S("CHIP-SCOOP-KRAFT", 2),
        S("FRYMAX-12", 8),
        S("BATTER-16", 3),
        S("BATTER-GF", 1),
        S("KETCHUP-SACHET", 2),
        S("COKE-CAN", 3),
        S("DIET-COKE-CAN", 1),
        S("WATER-500", 2),
    ],
    '"1 diet" after coke cans is Diet Coke; water is the only water product',
    "emoji",
)
O(
    "golden-haddock",
    1,
    "same as last week but 4 frymax instead of 8, we're switching half over to rapeseed so 2 of them too",
    [S("FRYMAX-12", 4), S("OIL-RAPESEED-20", 2)],
    "reference to last week; new quantity for frymax and an added rapeseed line",
    "reference",
    ref=dict(kind="last", set=[S("FRYMAX-12", 4)], add=[S("OIL-RAPESEED-20", 2)]),
)
O(
    "golden-haddock",
    2,
    "need gloves large x3 and 1 pk blue cloths",
    [A(3, GLOVES, "Large"), S("CLOTH-AP", 1, "Blue")],
    "ambiguous: large gloves fit blue nitrile, black nitrile and vinyl",
    "variant",
)
N(
    "golden-haddock",
    2,
    "QUESTION",
    "Do you do the wooden chip forks any longer? the 85mm ones are a bit short for the big cones",
)
O(
    "golden-haddock",
    3,
    "can we get 2000 chip forks + 4 packs greaseproof sheets",
    [S("CHIP-FORK-WOOD", 2), S("GREASEPROOF-SHEETS", 4)],
    "2000 forks are 2 boxes of 1000",
    "count non_order_request",
)
N(
    "golden-haddock",
    3,
    "COMPLAINT",
    "the vinegar sachets keep bursting in the bags 😡 had 2 customers moan today. anything u can do??",
    tags="emoji",
)
O(
    "golden-haddock",
    4,
    "yeah can I get er three cases of the large fish boxes two frymax a gf batter and a box of mayo sachets ta",
    [S("FC-BOX-LARGE", 3), S("FRYMAX-12", 2), S("BATTER-GF", 1), S("MAYO-SACHET", 1)],
    'voice note without commas; "a" starts an item',
    "spoken voice non_order_request",
)
O(
    "golden-haddock",
    5,
    "Coke x 3 cases, diet x 1, batter 3, frymax 8 and greasproof 4 ta",
    [A(3, COKE), S("DIET-COKE-CAN", 1), S("BATTER-16", 3), S("FRYMAX-12", 8), S("GREASEPROOF-SHEETS", 4)],
    "ambiguous: coke is the can case or the 500ml bottle case (both by the case)",
    "typo",
)
O(
    "golden-haddock",
    5,
    "pls send 6 diet coke with tmrws",
    [S("DIET-COKE-CAN", None)],
    "6 cans are a quarter of a case of 24: not a whole number of cases, a human asks",
    "container",
)
O(
    "golden-haddock",
    6,
    "2 boxes fryer filter papers and 1 tub fryer cleaner",
    [X(2), S("FRYER-CLEANER", 1)],
    "fryer filter papers are not in catalog (fryer cleaner is)",
)
N(
    "golden-haddock",
    6,
    "QUESTION",
    "can I get a copy of last months statement emailed over, accountant wants it",
    tags="non_order_request",
)

# ---------------------------------------------------------------- ocean-fry (chippy, Chinese)
O(
    "ocean-fry",
    0,
    "你好，这周要：regular fish box 3箱，chip bags 3包，veg oil 4桶，batter 2包，谢谢",
    [S("FC-BOX-REGULAR", 3), S("CHIP-BAG-BLEACHED", 3), S("OIL-VEG-20", 4), S("BATTER-16", 2)],
    "Chinese with English product words; 包 for the batter sack is read as sacks",
)
O(
    "ocean-fry",
    1,
    "老样子，加两箱 coke 罐装",
    [S("COKE-CAN", 2)],
    '"the usual, add two cases of coke cans"',
    "reference",
    ref=dict(kind="usual", add=[S("COKE-CAN", 2)]),
)
O(
    "ocean-fry",
    2,
    "curry sauce mix 要3桶，no.2 foil 1箱，盖子也要1箱",
    [S("CURRY-MIX", 3), S("FOIL-NO2", 1), S("FOIL-LID-NO2", 1)],
    '"lids too, 1 box" right after the No.2 foils: the No.2 board lids; "no.2" is a name, not a quantity',
    "number_in_name",
)
N("ocean-fry", 2, "QUESTION", "请问星期六送货吗？")
O(
    "ocean-fry",
    3,
    "手套 M 码 2盒",
    [A(2, GLOVES, "Medium")],
    '"gloves size M, 2 boxes": ambiguous between the three gloves that come in Medium',
    "variant",
)
N("ocean-fry", 4, "COMPLAINT", "上次的 chip bags 少了一包，发票上写3包只收到2包")
O(
    "ocean-fry",
    5,
    "oil 5 drum, 报纸 2 bundle",
    [S("OIL-VEG-20", 5), S("NEWSPRINT-PLAIN", 2)],
    '"drum" narrows oil to the 20L vegetable oil drum (rapeseed is bag in box); 报纸 (newspaper) is the plain newsprint',
)
O(
    "ocean-fry",
    6,
    "batter 2 sack，咖喱酱粉 2 桶，薯条袋 3 包",
    [S("BATTER-16", 2), S("CURRY-MIX", 2), S("CHIP-BAG-BLEACHED", 3)],
    "咖喱酱粉 is curry sauce mix, 薯条袋 chip bags",
)

# ---------------------------------------------------------------- anatolia-kebab (Turkish)
O(
    "anatolia-kebab",
    0,
    "Merhaba abi, 2 koli büyük kebap kutusu, 1 koli küçük, 2 koli 12 inç beyaz pizza kutusu, 3 kutu siyah eldiven L. Teşekkürler",
    [
        S("KEBAB-BOX-LARGE", 2),
        S("KEBAB-BOX-SMALL", 1),
        S("PIZZA-BOX-WHITE", 2, "12in"),
        S("GLOVE-NITRILE-BLACK", 3, "Large"),
    ],
    "siyah eldiven = black gloves",
    "variant",
)
O(
    "anatolia-kebab",
    1,
    "Her zamanki gibi abi, ama folyo 3 tane olsun",
    [A(3, ["FOIL-ROLL-450", "FOIL-ROLL-300"])],
    '"as usual, but foil 3": a new quantity for an ambiguous foil roll (tane = pieces, so rolls, not containers)',
    "reference",
    ref=dict(kind="usual", set=[A(3, ["FOIL-ROLL-450", "FOIL-ROLL-300"])]),
)
O(
    "anatolia-kebab",
    2,
    "Kola 2 koli gönder. Fanta yok mu sizde?",
    [A(2, COKE)],
    "ambiguous: kola is cans or 500ml bottles; the Fanta part is a side question",
    "side_question",
)
N(
    "anatolia-kebab",
    2,
    "QUESTION",
    "Abi 9 inç kraft pizza kutusu var mı? Fiyatı ne kadar?",
    "only the 12in kraft pizza box is stocked",
    "not_in_catalog",
)
O(
    "anatolia-kebab",
    3,
    "rapeseed yağ 2, tahta çatal 5 kutu, büyük poşet 1 koli",
    [S("OIL-RAPESEED-20", 2), S("WOOD-FORK", 5), S("VEST-LARGE", 1)],
    "tahta çatal = wooden forks; büyük poşet = large plastic carrier bags (the vest carriers)",
)
N(
    "anatolia-kebab",
    3,
    "COMPLAINT",
    "Dünkü siparişte 12 inç yerine 10 inç pizza kutusu gelmiş, 2 koli. Değiştirebilir misiniz?",
)
C(
    "anatolia-kebab",
    2,
    "Perşembe siparişini cumaya alabilir miyiz? Dükkanda tadilat var",
    [],
    "moves a placed order to another day",
    "",
)
O(
    "anatolia-kebab",
    4,
    "Abi 48 kutu kola gönder yarın",
    [S("COKE-CAN", 2)],
    "48 kutu (cans) of coke: 2 cases of 24 cans",
    "count container",
)
O(
    "anatolia-kebab",
    5,
    "siyah eldiven L 3 kutu, 2oz sos kabı 1 koli, kapağı da 1 koli",
    [S("GLOVE-NITRILE-BLACK", 3, "Large"), S("SAUCE-POT-2", 1), S("SAUCE-LID-2", 1)],
    '"2oz sauce pots 1 case, their lids 1 case"',
    "variant number_in_name",
)
N(
    "anatolia-kebab",
    6,
    "OTHER",
    "Fatura adresimizi değiştirmek istiyorum: 22 Station Road, Luton LU1 4XT. Teşekkürler",
    "an account change",
    "non_order_request",
)

# ---------------------------------------------------------------- bosphorus-grill (Turkish, steady)
O(
    "bosphorus-grill",
    0,
    "Selam, her zamanki sipariş lütfen, cuma teslim",
    [],
    '"the usual order please, Friday delivery"',
    "reference",
    ref=dict(kind="usual"),
)
O(
    "bosphorus-grill",
    1,
    "3 koli büyük kebap kutusu, 2 koli bagasse 9 inç, 1 kutu 6a folyo, 1 kutu kapak",
    [S("KEBAB-BOX-LARGE", 3), S("CLAM-BAGASSE", 2, "9in"), S("FOIL-NO6A", 1), S("FOIL-LID-6A9", 1)],
    'plain 9in bagasse (the 3-compartment carries its word); "1 kutu kapak" after the 6a foils is the 6a/9 lids',
    "variant number_in_name",
)
O(
    "bosphorus-grill",
    2,
    "streç film 2, siyah eldiven XL 2 kutu, ağır hizmet çöp torbası 1",
    [S("CLING-450", 2), S("GLOVE-NITRILE-BLACK", 2, "X-Large"), S("SACK-BLACK-HD", 1)],
    "streç film = cling film; ağır hizmet çöp torbası = heavy duty bin bags",
    "variant",
)
N(
    "bosphorus-grill",
    2,
    "OTHER",
    "Yeni telefon numaram 07700 900417, faturaları ve mesajları bu numaraya gönderin lütfen",
    "a contact change",
)
O(
    "bosphorus-grill",
    3,
    "2 koli su, 2 koli kola kutu, 1 degreaser",
    [S("WATER-500", 2), S("COKE-CAN", 2), S("DEGREASER-5L", 1)],
    "kola kutu = coke cans",
)
O(
    "bosphorus-grill",
    4,
    "Hi can I get 4 boxes of gloves with friday's",
    [A(4, GLOVES)],
    "ambiguous: gloves with no type and no size",
    "non_order_request",
    lang="en",
)
C(
    "bosphorus-grill",
    5,
    "Yarınki siparişte su 2 değil 4 koli olsun",
    [S("WATER-500", 4)],
    '"in tomorrow\'s order make the water 4 cases, not 2"',
)
O(
    "bosphorus-grill",
    6,
    "6a folyo 2 kutu + kapak 2 kutu, yarın sabah lazım",
    [S("FOIL-NO6A", 2), S("FOIL-LID-6A9", 2)],
    "",
    "number_in_name",
)

# ---------------------------------------------------------------- slice-republic (pizza takeaway)
O(
    "slice-republic",
    0,
    '3x 10" 4x 12" 2x 14" boxes pls + 3 coke + 1 diet',
    [
        S("PIZZA-BOX-WHITE", 3, "10in"),
        A(4, ["PIZZA-BOX-WHITE", "PIZZA-BOX-KRAFT-12", "PIZZA-PRINT-12"], "12in"),
        S("PIZZA-BOX-WHITE", 2, "14in"),
        A(3, COKE),
        S("DIET-COKE-CAN", 1),
    ],
    '10" and 14" exist only as white boxes; 12" is ambiguous between white, kraft and printed; coke is ambiguous between cans and 500ml',
    "variant",
)
O(
    "slice-republic",
    1,
    "same as last week pls",
    [],
    "reference to last week's order",
    "reference",
    ref=dict(kind="last"),
)
O(
    "slice-republic",
    1,
    "5 cases white 12 inch, vinyl gloves medium x2, blue roll x1",
    [S("PIZZA-BOX-WHITE", 5, "12in"), S("GLOVE-VINYL", 2, "Medium"), S("ROLL-BLUE-CF", 1)],
    "",
    "variant",
)
N(
    "slice-republic",
    2,
    "QUESTION",
    "I would like to know if you can print our logo on the 12in boxes and what the minimum run is",
    tags="non_order_request",
)
O(
    "slice-republic",
    2,
    "Can I get 2 diet coke cans and 24 coke zero with tomorrow's",
    [S("DIET-COKE-CAN", 2), S("COKE-ZERO-CAN", 1)],
    '"2 diet coke cans": small N of a product sold by the case is N cases (review also acceptable, a fraction never); 24 coke zero is 1 case of 24',
    "container count non_order_request",
)
N(
    "slice-republic",
    3,
    "COMPLAINT",
    "driver left our delivery outside in the rain again, 2 cases of 14s are soaked through and unusable",
)
O(
    "slice-republic",
    3,
    "pizza boxes 9 inch x 2 and sauce pots",
    [S("PIZZA-BOX-WHITE", 2, "9in"), A(None, ["SAUCE-POT-2", "SAUCE-POT-4"])],
    "9in exists only as a white box; sauce pots: ambiguous (2oz or 4oz) and quantities not stated",
    "variant",
)
O(
    "slice-republic",
    4,
    "yo need 2 boxes of 10s, 3 of the 12s white and 1 of 14s",
    [S("PIZZA-BOX-WHITE", 2, "10in"), S("PIZZA-BOX-WHITE", 3, "12in"), S("PIZZA-BOX-WHITE", 1, "14in")],
    '"boxes" of pizza boxes are cases of 100',
    "variant",
)
O(
    "slice-republic",
    5,
    "hey it's marco from slice can you send for cases of the fourteen inch and to cases of ten inch boxes cheers",
    [S("PIZZA-BOX-WHITE", 4, "14in"), S("PIZZA-BOX-WHITE", 2, "10in")],
    'voice-to-text: "for" = four, "to" = two',
    "spoken voice homophone variant non_order_request",
)
O(
    "slice-republic",
    5,
    "2 cases 16 inch boxes and 2 of the 14s",
    [S("PIZZA-BOX-WHITE", 2, None, nofill=True), S("PIZZA-BOX-WHITE", 2, "14in")],
    "no pizza box comes in 16in: the variant stays open (ambiguous) and is never filled from history",
    "variant",
)
N(
    "slice-republic",
    6,
    "QUESTION",
    "Can I pay by card over the phone for today's delivery? card machine on the van was down last time",
    tags="non_order_request",
)

# ---------------------------------------------------------------- nonna-pizzeria (Italian, email)
O(
    "nonna-pizzeria",
    0,
    'Oggetto: Ordine settimana 23\n\nBuongiorno,\nper mercoledì vi chiedo:\n- 4 cartoni scatole pizza kraft 12"\n- 1 cartone scatole bianche 9"\n- 2 taniche detersivo piatti 5L\n- 2 casse acqua naturale\n\nGrazie,\nGiulia Ferraro\nPizzeria Nonna Rosa\n14 Gorse Lane, Bristol BS3 2QP\nTel. 07700 900431',
    [S("PIZZA-BOX-KRAFT-12", 4), S("PIZZA-BOX-WHITE", 1, "9in"), S("WASHUP-5L", 2), S("WATER-500", 2)],
    "week number, street number, postcode and phone are not quantities",
    "signature number_in_name variant",
)
O(
    "nonna-pizzeria",
    1,
    "Buongiorno, come al solito per mercoledì, grazie. Aggiungete anche 1 confezione di panni verdi.\nGiulia",
    [S("CLOTH-AP", 1, "Green")],
    "reference to the usual basket; green cloths added",
    "reference variant",
    ref=dict(kind="usual", add=[S("CLOTH-AP", 1, "Green")]),
)
N(
    "nonna-pizzeria",
    1,
    "QUESTION",
    "Buongiorno, vorrei sapere se avete scatole pizza da 16 pollici e il prezzo al cartone. Grazie, Giulia",
    "no 16in pizza box in the catalog",
    "non_order_request not_in_catalog",
)
O(
    "nonna-pizzeria",
    2,
    "Buongiorno, ci servono 200 guanti nitrile blu taglia M e 1 sanificante da 5L. Grazie",
    [S("GLOVE-NITRILE-BLUE", 2, "Medium"), S("SANITISER-5L", 1)],
    "200 gloves are 2 boxes of 100",
    "count variant",
)
N(
    "nonna-pizzeria",
    3,
    "COMPLAINT",
    "Oggetto: Fattura n. 58213\n\nLe scatole kraft arrivate ieri erano schiacciate, un cartone è da buttare. Potete sostituirlo?\n\nGiulia Ferraro",
    tags="signature",
)
O(
    "nonna-pizzeria",
    1,
    "Potete mandarmi anche 2 casse di coca con la consegna di mercoledì?",
    [A(2, COKE)],
    "ambiguous: coca is the can case or the 500ml bottle case",
    "non_order_request",
)
N(
    "nonna-pizzeria",
    3,
    "CANCEL",
    "Annullate l'ordine di sabato per favore, chiudiamo due giorni per lavori. Grazie",
)
O(
    "nonna-pizzeria",
    4,
    "Buongiorno, 5 cartoni di scatole kraft 12 pollici e 2 casse di coca in bottiglia 500ml. Grazie, Giulia",
    [S("PIZZA-BOX-KRAFT-12", 5), S("COKE-500", 2)],
    '"in bottiglia 500ml" picks the bottle case',
    "number_in_name",
)

# ---------------------------------------------------------------- daily-grind (café, email)
O(
    "daily-grind",
    0,
    "Subject: Order for Wednesday\n\nHi team,\n\nCould we have:\n2 x 12oz double wall\n1 x 8oz double wall\n2 x black lids 12/16\n1 x black lids 8oz\n4 boxes black straws\n\nThanks,\nPriya\nDaily Grind Coffee Co.\n27 Mill Street, Leeds LS2 7HN\n07700 900452",
    [
        S("CUP-DW-KRAFT", 2, "12oz"),
        S("CUP-DW-KRAFT", 1, "8oz"),
        S("LID-SIP-BLACK", 2, "12-16oz"),
        S("LID-SIP-BLACK", 1, "8oz"),
        S("STRAW-PAPER", 4, "Black"),
    ],
    "black straws: only the paper straws come in black",
    "signature variant",
)
O(
    "daily-grind",
    1,
    "Hi, usual order please but no soup containers this week and add 2 boxes of wooden stirrers. Priya",
    [S("STIRRER-WOOD", 2)],
    "reference to the usual; removal gives no line, the addition is labelled",
    "reference",
    ref=dict(kind="usual", remove=["SOUP-KRAFT"], add=[S("STIRRER-WOOD", 2)]),
)
O(
    "daily-grind",
    1,
    "Morning - can we add 1000 16oz cups to tomorrow's delivery please",
    [A(None, ["CUP-SW-WHITE", "CUP-DW-KRAFT", "CUP-PET", "CUP-PAPER-COLD"], "16oz")],
    "ambiguous: 16oz cups fit four products; 1000 is 1 case of three of them but 2 cases of the double wall, so the quantity is not a whole number of one reading",
    "count non_order_request",
)
N(
    "daily-grind",
    2,
    "QUESTION",
    "Hi, are your kraft soup containers microwave safe? A customer asked and I wasn't sure. Thanks, Priya",
)
O(
    "daily-grind",
    2,
    "Hiya could you send 3 boxes of jumbo straws and 2 cases 16oz pet cups, with dome lids x2",
    [S("STRAW-JUMBO", 3), S("CUP-PET", 2, "16oz"), S("LID-DOME-PET", 2)],
    "",
    "variant non_order_request",
)
N(
    "daily-grind",
    3,
    "OTHER",
    "Hi, please note our new opening hours from next week - deliveries any time after 7am are fine, side gate code 4471. Priya",
    "a delivery instruction; the gate code is not a quantity",
)
O(
    "daily-grind",
    3,
    "Please send 2 cases of cups and 2 of lids",
    [
        A(2, ["CUP-SW-WHITE", "CUP-DW-KRAFT", "CUP-PET", "CUP-PAPER-COLD", "CUP-ESPRESSO-4"]),
        A(2, ["LID-SIP-BLACK", "LID-SIP-WHITE", "LID-DOME-PET", "LID-FLAT-PET"]),
    ],
    "ambiguous: cups and lids with no type or size",
)
O(
    "daily-grind",
    4,
    "Hi both - 2 cases of the 12oz double wall, 2 cases 12/16 black lids and a box of wooden spoons please. P",
    [S("CUP-DW-KRAFT", 2, "12oz"), S("LID-SIP-BLACK", 2, "12-16oz"), S("WOOD-SPOON", 1)],
    "",
    "variant",
)
O(
    "daily-grind",
    5,
    "1,000 8oz double wall cups please, running low before the weekend",
    [S("CUP-DW-KRAFT", 2, "8oz")],
    "1,000 cups are 2 cases of 500",
    "count variant",
)
C(
    "daily-grind",
    1,
    "On Wednesday's order please make the black straws 6 boxes instead of 4. Thanks",
    [S("STRAW-PAPER", 6, "Black")],
    "changes a placed order",
)

# ---------------------------------------------------------------- kawiarnia-ola (Polish)
O(
    "kawiarnia-ola",
    0,
    "Dzień dobry, poproszę: 1 karton kubków białych 12oz, 1 karton pokrywek białych 12-16, 1 karton opasek na kubki, 3 pudełka drewnianych łyżek. Dziękuję, Ola",
    [S("CUP-SW-WHITE", 1, "12oz"), S("LID-SIP-WHITE", 1, "12-16oz"), S("CUP-SLEEVE", 1), S("WOOD-SPOON", 3)],
    "white 12oz cups are the single wall; opaski na kubki = cup sleeves",
    "variant",
)
O(
    "kawiarnia-ola",
    1,
    "To samo co w zeszłym tygodniu, plus 2 paczki ścierek żółtych",
    [S("CLOTH-AP", 2, "Yellow")],
    '"same as last week, plus 2 packs of yellow cloths"',
    "reference variant",
    ref=dict(kind="last", add=[S("CLOTH-AP", 2, "Yellow")]),
)
N("kawiarnia-ola", 1, "QUESTION", "Czy macie kubki 16oz z nadrukiem? Chcielibyśmy zamówić z naszym logo")
O(
    "kawiarnia-ola",
    2,
    "Proszę 2 kartony pojemników na zupę 16oz i cukier w saszetkach 1 pudełko",
    [S("SOUP-KRAFT", 2, "16oz"), A(1, ["SUGAR-WHITE", "SUGAR-BROWN"])],
    "ambiguous: sugar sticks white or brown",
    "variant",
)
N(
    "kawiarnia-ola",
    2,
    "COMPLAINT",
    "Pokrywki z ostatniej dostawy nie pasują do kubków 12oz, przeciekają. Co możecie zrobić?",
)
O(
    "kawiarnia-ola",
    3,
    "2 kartony kubków 12oz i 1 torby papierowe średnie",
    [A(2, ["CUP-SW-WHITE", "CUP-DW-KRAFT", "CUP-PET"], "12oz"), S("SOS-BAG", 1, "Medium 10in")],
    "ambiguous: 12oz cups fit single wall, double wall and PET; medium paper bags are the SOS bags",
    "variant",
)
N("kawiarnia-ola", 3, "OTHER", "Dziękuję za szybką dostawę wczoraj! Wszystko się zgadza 🙂", tags="emoji")
O(
    "kawiarnia-ola",
    4,
    "Poproszę 3 paczki ścierek niebieskich i 2 płyny do naczyń 5L",
    [S("CLOTH-AP", 3, "Blue"), S("WASHUP-5L", 2)],
    "płyn do naczyń = washing up liquid",
    "variant",
)
O(
    "kawiarnia-ola",
    5,
    "Dzień dobry, potrzebuję 500 kubków białych 12oz na jutro",
    [S("CUP-SW-WHITE", None, "12oz")],
    "500 cups are half a case of 1000: not a whole number, a human asks",
    "count variant",
)
N(
    "kawiarnia-ola",
    6,
    "CANCEL",
    "Proszę anulować poniedziałkowe zamówienie, zamykamy kawiarnię na tydzień na remont",
)

# ---------------------------------------------------------------- bean-there (kiosk, SMS)
O(
    "bean-there",
    0,
    "usual for mon pls, thanks",
    [],
    "reference to the usual basket",
    "reference",
    ref=dict(kind="usual"),
)
O(
    "bean-there",
    1,
    "1 cs 8oz white cups 1 cs 12oz, lids for both, 2 cup holders",
    [
        S("CUP-SW-WHITE", 1, "8oz"),
        S("CUP-SW-WHITE", 1, "12oz"),
        A(1, SIPLIDS, "8oz"),
        A(1, SIPLIDS, "12-16oz"),
        A(2, ["CARRIER-2", "CARRIER-4"]),
    ],
    "ambiguous: lids black or white (one case for each cup size); cup holders are 2-cup or 4-cup carriers",
    "variant",
)
N("bean-there", 1, "QUESTION", "wat time is the van due tmrw? need to be at the kiosk b4 7", tags="typo")
O(
    "bean-there",
    2,
    "2 x white sugar sticks, 1 x brown, 1 box stirrers",
    [S("SUGAR-WHITE", 2), S("SUGAR-BROWN", 1), S("STIRRER-WOOD", 1)],
    "",
)
O(
    "bean-there",
    3,
    "can u add 1 box of 4 cup carriers",
    [S("CARRIER-4", 1)],
    '"4 cup" is the carrier type; the case is read as the box',
    "number_in_name",
)
O(
    "bean-there",
    4,
    "2 cs 12oz white cups, 2 cs white lids 12/16, 1 cs sleeves",
    [S("CUP-SW-WHITE", 2, "12oz"), S("LID-SIP-WHITE", 2, "12-16oz"), S("CUP-SLEEVE", 1)],
    "",
    "variant",
)
O(
    "bean-there",
    5,
    "can i get two cases of the eight oz white cups a case of lids for them and a box of brown sugar",
    [S("CUP-SW-WHITE", 2, "8oz"), A(1, SIPLIDS, "8oz"), S("SUGAR-BROWN", 1)],
    "spoken list; lids for 8oz cups: black or white is not said (ambiguous)",
    "spoken variant non_order_request",
)

# ---------------------------------------------------------------- lucky-star (Chinese takeaway, English)
O(
    "lucky-star",
    0,
    "hello boss. no.2 foil 2 box, 6a 1 box, no.9 1 box, lid for no2 2 box, lid 6a/9 2 box. thank you",
    [S("FOIL-NO2", 2), S("FOIL-NO6A", 1), S("FOIL-NO9", 1), S("FOIL-LID-NO2", 2), S("FOIL-LID-6A9", 2)],
    "container numbers are names, not quantities",
    "number_in_name",
)
O(
    "lucky-star",
    1,
    "same last week, more 1 box noodle box",
    [S("NOODLE-BOX", 1)],
    "reference to last week plus one more case of noodle boxes",
    "reference",
    ref=dict(kind="last", add=[S("NOODLE-BOX", 1)]),
)
O(
    "lucky-star",
    2,
    "15 box no.9 foil",
    [S("FOIL-NO9", 15)],
    "no reason given; usually 1 box",
    "outlier number_in_name",
    outlier=True,
)
C(
    "lucky-star",
    3,
    "sorry boss the 15 box no.9 is mistake, only 1 box",
    [S("FOIL-NO9", 1)],
    "corrects the quantity of a placed order",
    "number_in_name",
)
O(
    "lucky-star",
    2,
    "microwave container 650 2 box, 1000 1 box, black bag 2 box",
    [S("MW-CONTAINER", 2, "650ml"), S("MW-CONTAINER", 1, "1000ml"), S("SACK-BLACK", 2)],
    "black bags are the plain black refuse sacks (heavy duty carries its word)",
    "variant",
)
N(
    "lucky-star",
    3,
    "COMPLAINT",
    "foil lid wrong size, no fit the no.2. you send 6a lid. need change",
    tags="number_in_name",
)
N(
    "lucky-star",
    4,
    "QUESTION",
    "you have the red takeaway bag with handle? chinese style one. how much",
    "not stocked",
    "not_in_catalog",
)
O(
    "lucky-star",
    4,
    "oil 3 pls",
    [A(3, ["OIL-VEG-20", "OIL-RAPESEED-20"])],
    "ambiguous: vegetable or rapeseed oil",
)
O(
    "lucky-star",
    5,
    "hello, 2 box clear food bag, vest bag big 2 box",
    [S("FOOD-BAG", 2), S("VEST-LARGE", 2)],
    '"vest bag big" is the large vest carrier',
)
O(
    "lucky-star",
    5,
    "microwave container 500ml 3 box no sorry 650ml 3 box",
    [S("MW-CONTAINER", 3, "650ml")],
    "self-correction: only the 650ml",
    "self_correction variant",
)
N(
    "lucky-star",
    6,
    "OTHER",
    "can I arrange for you take back empty oil drum? we have 8 in back yard",
    "a collection request, not an order; 8 is a count of empties",
    "non_order_request",
)

# ---------------------------------------------------------------- spice-route (Indian takeaway, email)
O(
    "spice-route",
    0,
    "Subject: Order - Spice Route\n\nHello,\n\nPlease deliver Thursday:\n500ml microwave containers x 2 boxes\n650ml x 3 boxes\n1000ml x 1 box\nNo.2 foils and lids 1 box each\n2oz sauce pots 1 case, 2oz lids 1 case\nRapeseed oil 3\n\nRegards,\nImran Chowdhury\nSpice Route Takeaway\n112 High Road, Luton LU4 8RE\nTel: 07700 900463",
    [
        S("MW-CONTAINER", 2, "500ml"),
        S("MW-CONTAINER", 3, "650ml"),
        S("MW-CONTAINER", 1, "1000ml"),
        S("FOIL-NO2", 1),
        S("FOIL-LID-NO2", 1),
        S("SAUCE-POT-2", 1),
        S("SAUCE-LID-2", 1),
        S("OIL-RAPESEED-20", 3),
    ],
    '"650ml" and "1000ml" continue the microwave containers',
    "signature variant number_in_name",
)
O(
    "spice-route",
    1,
    "Same as usual for this week please, but double the rapeseed oil. Thanks, Imran",
    [],
    'reference; "double" gives no line without history',
    "reference",
    ref=dict(kind="usual", double=["OIL-RAPESEED-20"]),
)
O(
    "spice-route",
    1,
    "Please send 750 of the 1000ml containers with Thursday's order",
    [S("MW-CONTAINER", 3, "1000ml")],
    "750 containers are 3 boxes of 250",
    "count variant number_in_name",
)
N(
    "spice-route",
    2,
    "QUESTION",
    "Could you send me the spec sheet for the microwave containers? The council inspector wants to see they're food grade and freezer safe.\n\nImran",
    tags="non_order_request",
)
O(
    "spice-route",
    2,
    "Also need kraft bags with handles 1 box and sos bags",
    [S("KRAFT-CARRIER", 1), S("SOS-BAG", None, None)],
    "SOS bags: size not stated (ambiguous) and quantities not stated",
    "variant",
)
C(
    "spice-route",
    2,
    "Hi, on Thursday's order could you change the 650ml containers from 3 boxes to 4. Imran",
    [S("MW-CONTAINER", 4, "650ml")],
    "changes a placed order",
    "variant",
)
N(
    "spice-route",
    4,
    "OTHER",
    "Please note that from July our accounts contact will be Nadia - nadia@spiceroute-luton.example. Thanks, Imran",
    "an account contact change",
)
O(
    "spice-route",
    5,
    "Hi, please send 3 boxes 650ml containers and 2 boxes 500ml, plus 1 pack large SOS bags. Imran",
    [S("MW-CONTAINER", 3, "650ml"), S("MW-CONTAINER", 2, "500ml"), S("SOS-BAG", 1, "Large 12in")],
    "",
    "variant",
)

# ---------------------------------------------------------------- smash-shack (burger van)
O(
    "smash-shack",
    0,
    "2 burger boxes 1 chip cones 1 no4 trays 2 zero 🍔",
    [S("BURGER-BOX-KRAFT", 2), S("CHIP-CONE", 1), S("FOOD-TRAY-KRAFT", 1), S("COKE-ZERO-CAN", 2)],
    '"zero" is Coke Zero; "no4" is the tray\'s name',
    "emoji number_in_name",
)
O(
    "smash-shack",
    1,
    "usual for sat + extra case of burger boxes, festival weekend",
    [S("BURGER-BOX-KRAFT", 1)],
    "reference plus one more case of burger boxes",
    "reference",
    ref=dict(kind="usual", add=[S("BURGER-BOX-KRAFT", 1)]),
)
O(
    "smash-shack",
    2,
    "8 cases of burger boxes this week, we're doing the county show Fri-Sun",
    [S("BURGER-BOX-KRAFT", 8)],
    "a large quantity with a reason given: not an outlier",
)
N(
    "smash-shack",
    2,
    "QUESTION",
    "yo do u do the black burger boxes or just kraft?",
    "black burger boxes are not stocked",
    "not_in_catalog",
)
O(
    "smash-shack",
    3,
    "gloves M x2 black ones, blue roll x1, 1 sauce pots",
    [S("GLOVE-NITRILE-BLACK", 2, "Medium"), S("ROLL-BLUE-CF", 1), A(1, ["SAUCE-POT-2", "SAUCE-POT-4"])],
    "black gloves are the black nitrile; sauce pots ambiguous (2oz or 4oz)",
    "variant",
)
N("smash-shack", 4, "CANCEL", "gotta cancel tmrw's drop, vans broke down 😩 will sort next wk", tags="emoji")
N(
    "smash-shack",
    4,
    "OTHER",
    "babe can u grab milk and bread on the way home x",
    "a personal message sent by mistake",
)
O(
    "smash-shack",
    5,
    "1 cs zero 2 cs coke cans 1 pk small sos bags",
    [S("COKE-ZERO-CAN", 1), S("COKE-CAN", 2), S("SOS-BAG", 1, "Small 7in")],
    "",
    "variant",
)

# ---------------------------------------------------------------- deli-corner (sandwich shop, email)
O(
    "deli-corner",
    0,
    "Subject: Wk 23 order\n\nHi,\n\n2 cases sandwich wedges\n1 case 8oz deli pots\n1 case 16oz deli pots\n3 boxes wooden forks\n2 boxes food bags\n\nMany thanks\nTom Hargreaves\nThe Deli Corner | 5 Abbey Walk, York YO1 7EH\n07700 900471",
    [S("SANDWICH-WEDGE", 2), S("DELI-POT-8", 1), S("DELI-POT-16", 1), S("WOOD-FORK", 3), S("FOOD-BAG", 2)],
    "",
    "signature",
)
O(
    "deli-corner",
    1,
    "Hi, Tom here - repeat last week's order please but without the water.",
    [],
    "reference to last week with a removal",
    "reference",
    ref=dict(kind="last", remove=["WATER-500"]),
)
O(
    "deli-corner",
    1,
    "Could you add 3 rolls of cling film and 2 rolls of foil to Thursday?",
    [S("CLING-450", 3), A(2, ["FOIL-ROLL-450", "FOIL-ROLL-300"])],
    "ambiguous: foil roll 450mm or 300mm",
    "non_order_request",
)
N(
    "deli-corner",
    2,
    "QUESTION",
    "Do you have compostable lids for the soup cups? The 8oz kraft ones are fine but people ask about the lids being plastic.\n\nTom",
)
N(
    "deli-corner",
    2,
    "COMPLAINT",
    "Hi, the last invoice (INV-30412) charges us for 3 cases of wedges but only 2 came. Please credit one.\nTom",
    "invoice number and counts are not an order",
)
O(
    "deli-corner",
    3,
    "please send 1 case of soup containers, 8oz, plus 1 case 12oz DW cups and lids to match",
    [S("SOUP-KRAFT", 1, "8oz"), S("CUP-DW-KRAFT", 1, "12oz"), A(1, SIPLIDS, "12-16oz")],
    "lids to match the 12oz cups: black or white (ambiguous)",
    "variant",
)
O(
    "deli-corner",
    3,
    "Can we also get 2 boxes of gloves, medium, the clear ones",
    [S("GLOVE-VINYL", 2, "Medium")],
    "clear gloves are the vinyl",
    "variant non_order_request",
)
O(
    "deli-corner",
    4,
    "Subject: Thursday\n\nHi, 2 x wedges, 1 x 12oz DW + 1 x black lids 12/16, 3 x vinyl gloves M, 1 case sanitiser spray. Tom",
    [
        S("SANDWICH-WEDGE", 2),
        S("CUP-DW-KRAFT", 1, "12oz"),
        S("LID-SIP-BLACK", 1, "12-16oz"),
        S("GLOVE-VINYL", 3, "Medium"),
        S("SANITISER-750", 1),
    ],
    "",
    "variant",
)
O(
    "deli-corner",
    5,
    "Yes please, go ahead with that.\n\nTom\n\n> On Fri, 11 Jun 2027, Harbourside Sales wrote:\n> We've 2 cases of 16oz deli pots we can do at £24 a case this week, would you like them?",
    [S("DELI-POT-16", 2)],
    "a quoted reply: the only new text accepts the offer; the quoted price is not a quantity",
    "quoted",
)
N(
    "deli-corner",
    6,
    "CANCEL",
    "Hi, please cancel our order for Monday, we're closed for a family emergency. Sorry for the short notice. Tom",
)

# ---------------------------------------------------------------- hilltop-school (school kitchen, email)
O(
    "hilltop-school",
    0,
    "Dear Sir/Madam,\n\nPlease could you deliver the following to Hilltop Primary kitchen on Tuesday:\n\n2 cases medium kraft clamshells (8in)\n6 boxes wooden forks\n4 boxes wooden knives\n4 boxes wooden spoons\n2 cases lunch napkins\n\nDeliveries via Gate B, before 2:30pm please.\n\nKind regards\nMrs J. Okafor\nSchool Business Manager\nHilltop Primary School\nTel 020 7946 0318",
    [
        S("CLAM-KRAFT", 2, "Medium 8in"),
        S("WOOD-FORK", 6),
        S("WOOD-KNIFE", 4),
        S("WOOD-SPOON", 4),
        S("NAPKIN-LUNCH", 2),
    ],
    "gate letter, time and phone are not quantities",
    "signature variant non_order_request",
)
O(
    "hilltop-school",
    4,
    "Dear team, please send our usual order for Tuesday. We also need 2 extra packs of hairnets as we have new staff starting.\nRegards, J Okafor",
    [S("HAIRNET", 2)],
    "reference plus two extra packs of hairnets",
    "reference",
    ref=dict(kind="usual", add=[S("HAIRNET", 2)]),
)
N(
    "hilltop-school",
    1,
    "QUESTION",
    "Could you confirm whether your wooden cutlery is suitable for children's meals, and send the allergen declaration for the kraft clamshells? Thank you.\nJ Okafor",
    tags="non_order_request",
)
N(
    "hilltop-school",
    2,
    "OTHER",
    "Dear team, the school closes for summer on 23 July; please pause our deliveries from then until 1 September. Kind regards, J Okafor",
    "a standing change of deliveries",
)
O(
    "hilltop-school",
    2,
    "Please add 2 boxes each of small and medium blue gloves, and 2 packs of white aprons.",
    [S("GLOVE-NITRILE-BLUE", 2, "Small"), S("GLOVE-NITRILE-BLUE", 2, "Medium"), S("APRON-WHITE", 2)],
    "",
    "variant",
)
C(
    "hilltop-school",
    0,
    "Please move Tuesday's delivery to Wednesday - the kitchen is being inspected. Thank you, J Okafor",
    [],
    "moves a placed order",
)
O(
    "hilltop-school",
    4,
    "Please send 2 x 5L dishwasher detergent and 1 x rinse aid, plus 2 cases of toilet rolls.\nJ Okafor",
    [S("DISH-DET-5L", 2), S("RINSE-AID-5L", 1), S("TOILET-ROLL", 2)],
    '"2 x 5L" is 2 bottles of 5L',
    "pack",
)

# ---------------------------------------------------------------- seaview-kiosk (SMS)
O(
    "seaview-kiosk",
    0,
    "2 chip cones 4 water 2 tango 2 coke cans pls",
    [S("CHIP-CONE", 2), S("WATER-500", 4), S("TANGO-CAN", 2), S("COKE-CAN", 2)],
    "",
)
O(
    "seaview-kiosk",
    1,
    "Same as last wk but 6 water, hot weather forecast",
    [S("WATER-500", 6)],
    "reference to last week with a new quantity",
    "reference",
    ref=dict(kind="last", set=[S("WATER-500", 6)]),
)
O(
    "seaview-kiosk",
    2,
    "need smoothie cups 12 & 16 1 each + lids",
    [S("CUP-PET", 1, "12oz"), S("CUP-PET", 1, "16oz"), A(None, ["LID-DOME-PET", "LID-FLAT-PET"])],
    "lids for PET cups: dome or flat (ambiguous), quantities not stated",
    "variant",
)
N("seaview-kiosk", 3, "QUESTION", "r u open bank hol monday? might need a top up", tags="typo")
O(
    "seaview-kiosk",
    4,
    "30 cans of coke for the weekend pls",
    [S("COKE-CAN", None)],
    "30 cans are 1.25 cases: not a whole number",
    "container",
)
O(
    "seaview-kiosk",
    4,
    "4 water 2 coke 2 tango",
    [S("WATER-500", 4), A(2, COKE), S("TANGO-CAN", 2)],
    "ambiguous: coke cans or 500ml bottles",
)
O(
    "seaview-kiosk",
    5,
    "3 boxes jumbo straws, 2 cs chip cones, 1 cs 8oz white cups + 1 white lids 8oz",
    [S("STRAW-JUMBO", 3), S("CHIP-CONE", 2), S("CUP-SW-WHITE", 1, "8oz"), S("LID-SIP-WHITE", 1, "8oz")],
    "",
    "variant",
)
O(
    "seaview-kiosk",
    6,
    "2-3 cases of water if u have it, sunny again",
    [S("WATER-500", None)],
    "a range: quantities not stated",
    "range",
)

# ---------------------------------------------------------------- wok-n-go (noodle bar)
O(
    "wok-n-go",
    0,
    "3 noodle box, 2 microwave 1000ml, 4 wooden fork, 2 veg oil, 1 clear sack 1 black sack",
    [
        S("NOODLE-BOX", 3),
        S("MW-CONTAINER", 2, "1000ml"),
        S("WOOD-FORK", 4),
        S("OIL-VEG-20", 2),
        S("SACK-CLEAR", 1),
        S("SACK-BLACK", 1),
    ],
    "black sack is the plain black refuse sack",
    "variant",
)
O(
    "wok-n-go",
    1,
    "the usual one boss, thank you",
    [],
    "reference to the usual",
    "reference",
    ref=dict(kind="usual"),
)
O(
    "wok-n-go",
    2,
    "red cloths 1 green cloths 1 steel scourers 2",
    [S("CLOTH-AP", 1, "Red"), S("CLOTH-AP", 1, "Green"), S("SCOURER-STEEL", 2)],
    "",
    "variant",
)
N(
    "wok-n-go",
    2,
    "COMPLAINT",
    "the veg oil drum yesterday was leaking all over the van, lost maybe half of it",
)
O(
    "wok-n-go",
    3,
    "Send gloves XL 1",
    [A(1, ["GLOVE-NITRILE-BLUE", "GLOVE-NITRILE-BLACK"], "X-Large")],
    "ambiguous: XL gloves are blue or black nitrile (vinyl has no XL)",
    "variant",
)
O(
    "wok-n-go",
    4,
    "noodle boxes 3 cs, 1000ml containers 2 box, degreaser 1",
    [S("NOODLE-BOX", 3), S("MW-CONTAINER", 2, "1000ml"), S("DEGREASER-5L", 1)],
    "",
    "variant number_in_name",
)
O(
    "wok-n-go",
    5,
    "2 boxes chopsticks and 3 noodle box",
    [X(2), S("NOODLE-BOX", 3)],
    "chopsticks are not in catalog",
)
O(
    "wok-n-go",
    6,
    "4 blue rolls pls",
    [S("ROLL-BLUE-CF", None)],
    "blue roll comes in packs of 6: 4 rolls is not a whole number of packs",
    "count",
)

# ---------------------------------------------------------------- gourmet-events (caterer, never repeats)
O(
    "gourmet-events",
    0,
    "Subject: Garden party 12 June - 180 guests\n\nHi,\n\nFor Friday please:\n- 3 cases burgundy dinner napkins\n- 6 cases bagasse 9in 3 compartment\n- 4 cases cutlery kits\n- 2 cases 16oz clear PET cups + 2 flat lids\n\nBest,\nSophie Lanner\nGourmet Events Co.\n07700 900489",
    [
        S("NAPKIN-DINNER", 3, "Burgundy"),
        S("CLAM-BAGASSE", 6, "9in 3-Compartment"),
        S("CUTLERY-KIT", 4),
        S("CUP-PET", 2, "16oz"),
        S("LID-FLAT-PET", 2),
    ],
    'guest count, date and phone are not quantities; "2 flat lids" are 2 cases',
    "signature variant",
)
O(
    "gourmet-events",
    1,
    "Hi, our usual event order for Saturday please, 120 covers.\nSophie",
    [],
    "reference to a usual that does not exist: the caterer never repeats a basket",
    "reference ambiguous_reference",
    ref=dict(kind="usual"),
)
N(
    "gourmet-events",
    1,
    "QUESTION",
    "Could I get a price for 20 cases of black dinner napkins and 10 cases of the bagasse 9in? Not ordering yet, just quoting a client.\nSophie",
    "a quote request",
    "non_order_request",
)
O(
    "gourmet-events",
    2,
    "please send napkins x4 cases for the wedding on sat",
    [A(4, ["NAPKIN-DINNER", "NAPKIN-LUNCH", "NAPKIN-DISPENSER"])],
    "ambiguous: which napkins, and the colour",
)
O(
    "gourmet-events",
    2,
    "If you can get hold of bamboo cutlery sets, we'd like 5 cases for the 20th. Otherwise no worries.",
    [X(5)],
    "conditional order on an item not in catalog",
    "conditional",
    conditional=True,
)
O(
    "gourmet-events",
    3,
    "hi it's sophie can you send over six cases of the white dinner napkins four cases of bagasse clamshells the big ones and a couple of packs of blue roll thanks",
    [S("NAPKIN-DINNER", 6, "White"), S("CLAM-BAGASSE", 4, None), S("ROLL-BLUE-CF", 2)],
    'voice note; "the big ones" fits both 9in bagasse variants (plain and 3-compartment): variant ambiguous; a couple = 2',
    "spoken voice variant",
)
O(
    "gourmet-events",
    4,
    "Hi, for the 19th (wedding, 240 guests): 8 cases white dinner napkins, 10 cases bagasse 9in, 6 cases cutlery kits, 4 packs blue roll. Sophie",
    [S("NAPKIN-DINNER", 8, "White"), S("CLAM-BAGASSE", 10, "9in"), S("CUTLERY-KIT", 6), S("ROLL-BLUE-CF", 4)],
    "plain 9in (the 3-compartment carries its word)",
    "variant",
)
N(
    "gourmet-events",
    5,
    "COMPLAINT",
    "The 9in bagasse boxes we got on Friday were the 3 compartment ones - we ordered the plain 9in. 6 cases. Can you swap them before Saturday?",
)

# ---------------------------------------------------------------- fryers-delight (chippy, email)
O(
    "fryers-delight",
    0,
    "Subject: Order\n\nMorning,\n\n2 large fish boxes, 3 regular, 1 case scoops, 2 bundles newsprint, 5 rapeseed, 2 batter, 2 NBC, 2 4oz pots & lids\n\nCheers\nGary Pike\nFryers Delight, 3 Quay Street, Whitby YO22 4DB\n07700 900477",
    [
        S("FC-BOX-LARGE", 2),
        S("FC-BOX-REGULAR", 3),
        S("CHIP-SCOOP-KRAFT", 1),
        S("NEWSPRINT-PLAIN", 2),
        S("OIL-RAPESEED-20", 5),
        S("BATTER-16", 2),
        S("NBC-20", 2),
        S("SAUCE-POT-4", 2),
        S("SAUCE-LID-4", 2),
    ],
    '"2 4oz pots & lids": 2 cases of 4oz pots and 2 of 4oz lids',
    "signature number_in_name",
)
O(
    "fryers-delight",
    1,
    "Usual please but 10 rapeseed instead of 5 - bank holiday week. Gary",
    [S("OIL-RAPESEED-20", 10)],
    "reference with a new quantity (a reason is given)",
    "reference",
    ref=dict(kind="usual", set=[S("OIL-RAPESEED-20", 10)]),
)
O(
    "fryers-delight",
    2,
    "Could you add 2 vinegar to Tuesday",
    [A(2, ["NBC-20", "MALT-VINEGAR-5", "VINEGAR-SACHET"])],
    "ambiguous: non-brewed condiment, malt vinegar or sachets",
    "non_order_request",
)
N(
    "fryers-delight",
    2,
    "QUESTION",
    "What's the best before on the marrowfat peas these days? Last sack only had a couple of months on it. Gary",
)
O(
    "fryers-delight",
    3,
    "fish boxes x 3 cs pls",
    [A(3, ["FC-BOX-LARGE", "FC-BOX-REGULAR"])],
    "ambiguous: large or regular fish boxes",
)
N(
    "fryers-delight",
    4,
    "OTHER",
    "Out of office: I'm away until 14 June with limited access to email. For urgent orders please call the shop on 07700 900478.\n\nGary",
    "an auto-reply",
)
O(
    "fryers-delight",
    4,
    "2 batter, 1 gravy, 1 peas, 2 salt tubs, 1 c-fold. Gary",
    [S("BATTER-16", 2), S("GRAVY-MIX", 1), S("MUSHY-PEAS", 1), S("SALT-FINE", 2), S("HAND-TOWEL-CFOLD", 1)],
    '"salt tubs" is the table salt tub',
)
N(
    "fryers-delight",
    5,
    "QUESTION",
    "I would like to know how much the 20L rapeseed is now, it went up last time without warning",
    tags="non_order_request number_in_name",
)
O(
    "fryers-delight",
    6,
    "I would like to order 3 cases of large fish boxes and 2 boxes of vinegar sachets for Monday please.",
    [S("FC-BOX-LARGE", 3), S("VINEGAR-SACHET", 2)],
    "",
    "non_order_request",
)

# ---------------------------------------------------------------- tea-and-crumb (tea room, email)
O(
    "tea-and-crumb",
    0,
    "Hello, please may we have 2 cases of burgundy dinner napkins, 1 case lunch napkins, 1 case 8oz kraft double wall cups and 1 case 8oz black lids. Many thanks, Eleanor (Tea & Crumb, Hebden Bridge)",
    [
        S("NAPKIN-DINNER", 2, "Burgundy"),
        S("NAPKIN-LUNCH", 1),
        S("CUP-DW-KRAFT", 1, "8oz"),
        S("LID-SIP-BLACK", 1, "8oz"),
    ],
    "",
    "variant",
)
O(
    "tea-and-crumb",
    1,
    "Our usual order for Wednesday please, and could you add 2 packs of sponge scourers? Thanks, Eleanor",
    [S("SCOURER-SPONGE", 2)],
    "reference plus two packs of sponge scourers",
    "reference",
    ref=dict(kind="usual", add=[S("SCOURER-SPONGE", 2)]),
)
N(
    "tea-and-crumb",
    1,
    "QUESTION",
    "Do you sell paper doilies at all? We're running a vintage afternoon tea in July. Eleanor",
    "doilies are not stocked",
    "not_in_catalog",
)
O(
    "tea-and-crumb",
    2,
    "3 x napkins burgundy, 2 bleach, 1 hand soap please. E",
    [S("NAPKIN-DINNER", 3, "Burgundy"), S("BLEACH-5L", 2), S("HAND-SOAP-5L", 1)],
    "burgundy napkins are the dinner napkins (only they come in burgundy)",
    "variant",
)
N(
    "tea-and-crumb",
    3,
    "COMPLAINT",
    "The burgundy napkins in the last delivery were a noticeably different shade - more pink than wine. Is this a new batch? Eleanor",
)
O(
    "tea-and-crumb",
    4,
    "Hello again - 2 packs blue cloths and 1 pine floor cleaner, thank you. Eleanor",
    [S("CLOTH-AP", 2, "Blue"), S("FLOOR-CLEANER-5L", 1)],
    "",
    "variant",
)
O(
    "tea-and-crumb",
    5,
    "Could we have 2 cs dinner napkins and 1 rinse aid with Wednesday's delivery? E",
    [S("NAPKIN-DINNER", 2, None), S("RINSE-AID-5L", 1)],
    "dinner napkins: colour not stated (ambiguous)",
    "variant non_order_request",
)

# ---------------------------------------------------------------- peri-palace (new customer)
O(
    "peri-palace",
    0,
    "Hi, we're Peri Palace, opening Saturday at 9 Market Row, Derby. First order, we'll pay on delivery: 3 cases large kraft clamshells, 2 packs hot chicken bags, 2 cases 2oz sauce pots + 2 of lids, 4 boxes black gloves large, 4 rapeseed oil, 5 cases coke cans. Thanks, Hamza",
    [
        S("CLAM-KRAFT", 3, "Large 9in"),
        S("GRILL-BAG", 2),
        S("SAUCE-POT-2", 2),
        S("SAUCE-LID-2", 2),
        S("GLOVE-NITRILE-BLACK", 4, "Large"),
        S("OIL-RAPESEED-20", 4),
        S("COKE-CAN", 5),
    ],
    'first order paid on delivery ships as written; "2 of lids" after 2oz pots are 2oz lids',
    "new_customer variant",
)
O(
    "peri-palace",
    1,
    "Can we open a 30 day account? And send 2 boxes black gloves XL on it please",
    [S("GLOVE-NITRILE-BLACK", 2, "X-Large")],
    "a first order on a 30-day account goes to review",
    "new_customer credit side_question variant",
    credit=True,
)
O(
    "peri-palace",
    3,
    "Same as my first order again please for Friday",
    [],
    "a first-time customer's reference: messages are not history",
    "reference new_customer ambiguous_reference",
    ref=dict(kind="last"),
)
N(
    "peri-palace",
    2,
    "QUESTION",
    "Do you do boxes printed with our own logo? How many would we have to take minimum?",
    tags="new_customer",
)
O(
    "peri-palace",
    4,
    "Can you add 3 packs hot chicken bags and 1 case of 2oz pots to Saturday",
    [S("GRILL-BAG", 3), S("SAUCE-POT-2", 1)],
    "an addition, paid on delivery like the first order",
    "new_customer non_order_request",
)

# ---------------------------------------------------------------- brew-bike (new customer, SMS)
O(
    "brew-bike",
    0,
    "Hi new customer here - mobile coffee bike. Cash on delivery ok? Want 1 case 8oz kraft double wall + 1 case 8oz lids + 1 box stirrers",
    [S("CUP-DW-KRAFT", 1, "8oz"), A(1, SIPLIDS, "8oz"), S("STIRRER-WOOD", 1)],
    "8oz lids: black or white not said (ambiguous)",
    "new_customer side_question variant",
)
N(
    "brew-bike",
    1,
    "QUESTION",
    "Whats your minimum order for free delivery? and do u deliver to the market on sundays",
    tags="new_customer",
)
O(
    "brew-bike",
    2,
    "1 cs 12oz double wall, 1 cs black lids 12/16, 2 box brown sugar sticks",
    [S("CUP-DW-KRAFT", 1, "12oz"), S("LID-SIP-BLACK", 1, "12-16oz"), S("SUGAR-BROWN", 2)],
    "",
    "new_customer variant",
)
O(
    "brew-bike",
    4,
    "2 cs 8oz dw cups, 1 box wooden stirrers, 1 box white sugar sticks",
    [S("CUP-DW-KRAFT", 2, "8oz"), S("STIRRER-WOOD", 1), S("SUGAR-WHITE", 1)],
    "",
    "new_customer variant",
)

# ---------------------------------------------------------------- more plain orders, written per customer
O(
    "codfather",
    2,
    "pls send 2 sacks batter 1 sack peas 2 nbc n 4 boxes large fish",
    [S("BATTER-16", 2), S("MUSHY-PEAS", 1), S("NBC-20", 2), S("FC-BOX-LARGE", 4)],
    '"boxes large fish" are cases of the large fish boxes',
)
O(
    "golden-haddock",
    4,
    "2 cs cones, 1 box salt sachets, 2 boxes vinegar sachets, 1 box medium vest bags 👌",
    [S("CHIP-CONE", 2), S("SALT-SACHET", 1), S("VINEGAR-SACHET", 2), S("VEST-MED", 1)],
    "",
    "emoji",
)
O(
    "ocean-fry",
    4,
    "下星期一要：4oz 酱杯 2箱，4oz 盖 2箱，蓝色手套 M 3盒",
    [S("SAUCE-POT-4", 2), S("SAUCE-LID-4", 2), S("GLOVE-NITRILE-BLUE", 3, "Medium")],
    "酱杯 = sauce pots, 盖 = lids, 蓝色手套 = blue gloves (the blue nitrile)",
    "variant number_in_name",
)
O(
    "anatolia-kebab",
    6,
    "Abi yarın için 3 koli büyük kebap kutusu ve 2 rulo 450 folyo",
    [S("KEBAB-BOX-LARGE", 3), S("FOIL-ROLL-450", 2)],
    "rulo = roll; 450 names the foil width",
    "number_in_name",
)
O(
    "bosphorus-grill",
    3,
    "Bagasse 3 bölmeli 9 inç 2 koli, 4oz sos kabı 1 koli + kapak 1 koli",
    [S("CLAM-BAGASSE", 2, "9in 3-Compartment"), S("SAUCE-POT-4", 1), S("SAUCE-LID-4", 1)],
    "3 bölmeli = 3-compartment",
    "variant number_in_name",
)
O(
    "nonna-pizzeria",
    5,
    "Buongiorno, per venerdì: 2 cartoni di tovaglioli dispenser, 1 scatola di borse kraft con manici, 3 scatole di guanti blu M. Grazie, Giulia",
    [S("NAPKIN-DISPENSER", 2), S("KRAFT-CARRIER", 1), S("GLOVE-NITRILE-BLUE", 3, "Medium")],
    "guanti blu = the blue nitrile gloves",
    "variant",
)
O(
    "kawiarnia-ola",
    4,
    "Poproszę 4 pudełka drewnianych łyżeczek i 1 karton serwetek 33cm",
    [S("WOOD-TEASPOON", 4), S("NAPKIN-LUNCH", 1)],
    "łyżeczki = teaspoons; 33cm napkins are the lunch napkins",
    "number_in_name",
)
O(
    "lucky-star",
    6,
    "no.2 foil 3 box and no.2 lid 3 box, veg oil 3",
    [S("FOIL-NO2", 3), S("FOIL-LID-NO2", 3), S("OIL-VEG-20", 3)],
    "",
    "number_in_name",
)
O(
    "spice-route",
    4,
    "Subject: Top-up for Saturday\n\nHi, could you add 2 cases of 2oz sauce pots, 2 cases of 2oz lids and 3 boxes of large vinyl gloves?\n\nThanks,\nImran",
    [S("SAUCE-POT-2", 2), S("SAUCE-LID-2", 2), S("GLOVE-VINYL", 3, "Large")],
    "",
    "variant non_order_request",
)
O(
    "deli-corner",
    6,
    "Hi, 2 cases of cutlery kits and 1 case 12oz soup containers please, plus 3 boxes food bags. Tom",
    [S("CUTLERY-KIT", 2), S("SOUP-KRAFT", 1, "12oz"), S("FOOD-BAG", 3)],
    "",
    "variant",
)
O(
    "hilltop-school",
    5,
    "Good morning, please send 3 cases of the 8in kraft clamshells and 2 rolls of 450 foil for Tuesday.\nJ Okafor",
    [S("CLAM-KRAFT", 3, "Medium 8in"), S("FOIL-ROLL-450", 2)],
    "",
    "variant number_in_name",
)
O(
    "seaview-kiosk",
    2,
    "2 cs 12oz smoothie cups, 1 cs flat lids, 2 bx jumbo straws",
    [S("CUP-PET", 2, "12oz"), S("LID-FLAT-PET", 1), S("STRAW-JUMBO", 2)],
    "",
    "variant",
)
O(
    "wok-n-go",
    3,
    "2 veg oil 1 heavy duty bin bags 2 steel scourers",
    [S("OIL-VEG-20", 2), S("SACK-BLACK-HD", 1), S("SCOURER-STEEL", 2)],
    "",
)
O(
    "smash-shack",
    3,
    "need 3 cs burger boxes n 2 no.4 trays for sat + 1 cs dispenser napkins",
    [S("BURGER-BOX-KRAFT", 3), S("FOOD-TRAY-KRAFT", 2), S("NAPKIN-DISPENSER", 1)],
    "",
    "number_in_name",
)
O(
    "fryers-delight",
    3,
    "Subject: Extra for Friday\n\nGary here - 2 more regular fish boxes, 1 malt vinegar 5L and a box of brown sauce sachets please.",
    [S("FC-BOX-REGULAR", 2), S("MALT-VINEGAR-5", 1), S("BROWN-SACHET", 1)],
    "",
    "number_in_name",
)
O(
    "tea-and-crumb",
    6,
    "Please could we have 1 case 33cm lunch napkins, 2 boxes white sugar sticks and a case of toilet rolls on Wednesday. Eleanor",
    [S("NAPKIN-LUNCH", 1), S("SUGAR-WHITE", 2), S("TOILET-ROLL", 1)],
    "",
)
O(
    "gourmet-events",
    5,
    "Hi, for Thursday's corporate lunch (60 pax): 2 cases sandwich wedges, 1 case 8oz deli pots, 2 cases lunch napkins, 1 case still water. Sophie",
    [S("SANDWICH-WEDGE", 2), S("DELI-POT-8", 1), S("NAPKIN-LUNCH", 2), S("WATER-500", 1)],
    "head count is not a quantity",
)
O(
    "slice-republic",
    6,
    "3 cs coke cans, 1 cs 500ml coke bottles, 1 case sanitiser spray",
    [S("COKE-CAN", 3), S("COKE-500", 1), S("SANITISER-750", 1)],
    "",
    "number_in_name",
)

# ---------------------------------------------------------------- missing variants and two more families
O(
    "daily-grind",
    6,
    "Hi, paper straws x4 boxes and 2 cases of double wall cups for Tuesday please. Priya",
    [S("STRAW-PAPER", 4, None), S("CUP-DW-KRAFT", 2, None)],
    "ambiguous: no colour for the straws and no size for the double wall cups",
    "variant",
)
O(
    "codfather",
    5,
    "ketchup x2 and a pack of white roll for the back",
    [A(2, ["KETCHUP-SACHET", "KETCHUP-JUG"]), S("ROLL-WHITE-CF", 1)],
    "ambiguous: ketchup sachets or the 4.5L jug; white roll is the white centrefeed",
)
O(
    "ocean-fry",
    6,
    "蓝手套 3盒，下次一起送",
    [S("GLOVE-NITRILE-BLUE", 3, None)],
    '"blue gloves 3 boxes": ambiguous, no size given',
    "variant",
)
