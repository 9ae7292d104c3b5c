# ruff: noqa  (hand-written data generator of blind set 61, kept as its writer left it)
# -*- coding: utf-8 -*-
"""Messages of the sixty-first blind set and their plain labels, all hand-written.

M(customer, text, ...) appends one message in the customer's own order (dates are assigned by build61.py in this
order, 2028-08-07 to 08-13). Lines:
  O(sku, q, v)        a catalog line (v = variant name, required exactly for products with variants; None = not said)
  FAM([skus], q, cv)  a bare family word: sku null with candidates (cv = candidate_variant named in the text)
  NIC(q)              not in the catalog: sku null, no candidates
  q = None            quantity not stated / not a whole number of selling units
op="set" on a line of a reference row means "new quantity" (replaces the basket's); the default "add" adds to it.
ref=dict(kind="usual"|"last"|"first", remove=[skus], double=[skus]) marks a reference to earlier orders.
review=True  forces review (conditional order, credit).  nohist=True: the row carries no history fields.
"""

MSGS = []
_NOV = object()

GAL = "Gallon 3.785L (case of 4)"
L1 = "1L (case of 12)"
ML385 = "385ml (case of 24)"
CK400 = "400ml (case of 24)"
CK165 = "165ml (case of 48)"
SMB_B = "330ml bottle (case of 24)"
SMB_C = "330ml can (case of 24)"
SMB_G = "1L Grande (case of 12)"
BT_B = "330ml bottle (case of 24)"
BT_BIG = "620ml bottle (case of 12)"
BT_C = "330ml can (case of 24)"
ABC275 = "275ml (case of 24)"
ABC600 = "600ml (case of 12)"
BANGO220 = "220ml pouch (case of 24)"
BANGO620 = "620ml bottle (case of 12)"
TYJ_S = 'Small 5" (50 sheets)'
TYJ_M = 'Medium 8.5" (40 sheets)'
TYJ_L = 'Large 10" (20 sheets)'
BANGUS_M = "Medium 300-400g"
BANGUS_L = "Large 500-600g"

FAM_LUCKYME = ["LM-CANTON-ORIG", "LM-CANTON-CHILI", "LM-MAMI"]
FAM_INDOMIE = ["IND-MIGORENG", "IND-MIGORENG-PEDAS", "IND-RENDANG", "IND-SOTO", "IND-KARI"]
FAM_3IN1 = ["NESCAFE-3IN1", "GREAT-TASTE", "KOPIKO-BROWN", "KAPAL-API", "OLDTOWN"]
FAM_KECAPMANIS = ["KECAP-ABC", "KECAP-BANGO"]
FAM_SANTAN = ["COCO-CHAOKOH", "COCO-AROYD", "COCO-KARA"]
FAM_COCOMILK = ["COCO-CHAOKOH", "COCO-AROYD"]
FAM_BAGOONG = ["BAG-SWEET", "BAG-SPICY", "BAG-BALAYAN"]
FAM_LONGGANISA = ["LONG-HAMONADO", "LONG-VIGAN", "LONG-LUCBAN"]
FAM_TOCINO = ["TOCINO-PORK", "TOCINO-CHICKEN"]
FAM_PATIS = ["PATIS-RUFINA", "PATIS-LORINS"]
FAM_ALASKA = ["EVAP-ALASKA", "CONDENSED-ALASKA"]
FAM_UBE = ["UBE-HALAYA", "UBE-GRATED", "UBE-EXTRACT", "UBE-ICECREAM"]
FAM_PANDAN = ["PANDAN-LEAVES", "PANDAN-PASTE"]
FAM_KERUPUK = ["KERUPUK-UDANG", "KERUPUK-BAWANG"]
FAM_KEROPOK = ["KERUPUK-UDANG", "KERUPUK-BAWANG", "LEKOR"]
FAM_BEER = ["BEER-SMB", "BEER-SMLIGHT", "BEER-REDHORSE", "BEER-BINTANG", "BEER-TIGER"]
FAM_MILO = ["MILO-POWDER", "MILO-UHT", "MILO-3IN1"]
FAM_BABAS = ["BABAS-CURRY", "BABAS-FISH"]
FAM_SAMBAL = [
    "SAMBAL-OELEK-JAR",
    "SAMBAL-OELEK-TUB",
    "SAMBAL-TERASI",
    "SAMBAL-BAJAK",
    "SAMBAL-BELACAN",
    "SAMBAL-ABC",
]
FAM_PALMSUGAR = ["GULA-MELAKA", "GULA-JAWA"]
FAM_WRAPPER = ["WRAP-TYJ", "WRAP-LUMPIA"]
FAM_JASMINE = ["RICE-JAS-RU", "RICE-JAS-GP"]
FAM_GLUTINOUS = ["RICE-MALAGKIT", "RICE-PULUT-HITAM"]
FAM_CORNEDBEEF = ["CB-ARGENTINA", "CB-PUREFOODS"]
FAM_BIHUN = ["NDL-BIHON", "NDL-BIHUN-JAGUNG"]
FAM_CANTON = ["NDL-CANTON", "LM-CANTON-ORIG"]
FAM_WHITECOFFEE = ["GREAT-TASTE", "OLDTOWN"]


def O(sku, q, v=_NOV, op="add", nofill=False):
    d = {"sku": sku, "quantity": q, "_op": op}
    if v is not _NOV:
        d["variant"] = v
    if nofill:
        d["_nofill"] = True
    return d


def FAM(cands, q, cv=None, op="add"):
    d = {"sku": None, "quantity": q, "candidates": list(cands), "_op": op}
    if cv is not None:
        d["candidate_variant"] = cv
    return d


def NIC(q):
    return {"sku": None, "quantity": q, "_op": "add", "_nic": True}


def M(
    cust,
    text,
    intent="ORDER",
    lines=(),
    notes="",
    tags=(),
    ch=None,
    ref=None,
    review=False,
    nohist=False,
    outlier=False,
    change=None,
):
    MSGS.append(
        {
            "customer": cust,
            "text": text,
            "intent": intent,
            "lines": list(lines),
            "notes": notes,
            "tags": list(tags),
            "channel": ch,
            "ref": ref,
            "review": review,
            "nohist": nohist,
            "outlier": outlier,
            "change": change,
        }
    )


# =====================================================================================================
# kusina-manila (Taglish, WhatsApp)
# =====================================================================================================
c = "kusina-manila"
M(
    c,
    "Hi po! Order namin for Thursday:\n- 4 sako sinandomeng 25kg\n- 1 case datu puti toyo gallon\n"
    "- 6 bote rufina patis 750ml\n- 10 packs lumpia wrapper\nSalamat po! - Tita Baby",
    lines=[
        O("RICE-SINAN", 4, "25kg"),
        O("SOY-DP", 1, GAL),
        O("PATIS-RUFINA", 6, "750ml"),
        O("WRAP-LUMPIA", 10),
    ],
    notes="'25kg', 'gallon' and '750ml' are sizes, not quantities; 'sako' is the sack.",
    tags=["number_in_name"],
)
M(
    c,
    "yung dati po for Sat, tapos dagdag 2 cases red horse. tnx",
    lines=[O("BEER-REDHORSE", 2)],
    ref=dict(kind="usual"),
    notes="'yung dati' is the usual order; Red Horse is added to it.",
    tags=["abbreviation"],
)
M(
    c,
    "Jun po, cook ni Tita Baby. Pa-order: 2 kahon toyo galon, 1 kahon suka galon, tsaka 6 garapon bagoong. "
    "Bago mag 10am sana bukas, salamat",
    lines=[FAM(["SOY-DP", "SOY-SS"], 2, GAL), O("VIN-DP", 1, GAL), FAM(FAM_BAGOONG, 6)],
    notes="'toyo galon' is ambiguous: Datu Puti and Silver Swan soy both come by the gallon. 'suka galon' is not: only "
    "Datu Puti vinegar comes in a gallon, so the size names it. 'bagoong' is ambiguous (sweet, spicy, balayan). "
    "'10am' is a time.",
    tags=["size_word"],
)
M(
    c,
    "voice msg po: dalawang kahon ng chaokoh 400 anim na pack ng longganisa hamonado isang kilo tatlong kahon ng "
    "san miguel pale pilsen bote salamat po",
    lines=[O("COCO-CHAOKOH", 2, CK400), O("LONG-HAMONADO", 6, "1kg"), O("BEER-SMB", 3, SMB_B)],
    notes="Spoken list without commas; number words start items. 'isang kilo' is the 1kg pack of the hamonado, not a "
    "quantity; 'bote' picks the bottle.",
    tags=["spoken", "voice", "size_word"],
)
M(
    c,
    "Pa-add po sa Thursday delivery: 2 cases Red Horse at 1 case Tanduay Rhum 1L. Thanks po",
    lines=[O("BEER-REDHORSE", 2), NIC(1)],
    notes="Addition to a placed order. Tanduay rum is not in catalog (no spirits).",
)
M(
    c,
    "Gusto ko sana itanong kung may stock kayo ng Datu Puti Sukang Maasim 1L? Fiesta kasi namin sa 26/8, mga 200 pax.",
    intent="QUESTION",
    notes="A stock question that opens like a request; Sukang Maasim is not in catalog; '200 pax' "
    "is a guest count.",
    tags=["non_order_request"],
)
M(
    c,
    "Tita Baby po. Yung delivery kahapon kulang ng 2 garapon ng ube halaya tapos basag yung isang bote ng patis. "
    "DN 61-4471 po. Pakiayos",
    intent="COMPLAINT",
    notes="Short delivery and a broken bottle; 'DN 61-4471' is a delivery note number.",
)
M(
    c,
    "Pa-send po 8 box boneless bangus large bukas ng umaga",
    lines=[O("FISH-BANGUS", 8, BANGUS_L)],
    outlier=True,
    notes="8 boxes against a usual of 1 a week, no reason given: shippable as written, an outlier with history.",
)
M(
    c,
    "Sorry po mali, 1 box lang ng bangus large, hindi 8 \U0001f605",
    intent="CHANGE",
    change=[O("FISH-BANGUS", 1, BANGUS_L)],
    notes="Corrects the previous message back to 1 box.",
    tags=["emoji"],
)
M(
    c,
    "Tita Baby ulit. Pa-add sa Sat: 2 kahon UFC 1kg pouch at 6 bote calamansi concentrate. Tnx po",
    lines=[O("KETCHUP-UFC-1KG", 2), O("CALAMANSI-CONC", 6)],
    notes="'1kg pouch' names the UFC pouch; the concentrate is sold by the bottle.",
    tags=["number_in_name"],
)
M(
    c,
    "pls send 5 pks tocino pork 1kilo, 4 sakos sinandomng 25, 1 bx bangus lrge",
    lines=[O("TOCINO-PORK", 5, "1kg"), O("RICE-SINAN", 4, "25kg"), O("FISH-BANGUS", 1, BANGUS_L)],
    notes="Typos ('sinandomng', 'lrge') and abbreviations ('pks', 'bx'); '1kilo' and '25' are sizes.",
    tags=["typo", "abbreviation", "size_word"],
)
M(
    c,
    "Tita Baby: for our 25th anniversary party sa 19/8 (80 pax) pa-add ng 3 packs lumpiang shanghai at 12 garapon "
    "ube halaya",
    lines=[O("LUMPIA-SHANGHAI", 3), O("UBE-HALAYA", 12)],
    notes="'25th', '19/8' and '80 pax' are not quantities.",
)
M(
    c,
    "4 bote patis pa-add po, naubusan kami",
    lines=[FAM(FAM_PATIS, 4)],
    notes="'patis' is ambiguous between Rufina and Lorins.",
)

# =====================================================================================================
# lola-carinderia (Tagalog, SMS)
# =====================================================================================================
c = "lola-carinderia"
M(
    c,
    "gud am po, pa order: 3 sako sinandomeng 25kg, 1 case silver swan toyo galon, 1 case silver swan suka, "
    "10 kilo liempo. slmt po - Lola Nena 07700 900612",
    lines=[O("RICE-SINAN", 3, "25kg"), O("SOY-SS", 1, GAL), O("VIN-SS", 1), O("LIEMPO", 10)],
    notes="The phone number in the signature is not a quantity; 'galon' picks the gallon; liempo is sold by the kg.",
    tags=["signature", "abbreviation"],
)
M(
    c,
    "Nena po. Gaya ng dati pero wag na yung kare kare mix ngayon.",
    ref=dict(kind="usual", remove=["KAREKARE"]),
    notes="'gaya ng dati' is the usual order, without the kare-kare mix.",
)
M(
    c,
    "pa send po bukas sampung pack tocino sampung pack longganisa dalawang kahon sinigang mix",
    lines=[FAM(FAM_TOCINO, 10), FAM(FAM_LONGGANISA, 10), O("SINIGANG", 2)],
    notes="Spoken list without commas. 'tocino' (pork or chicken) and 'longganisa' (hamonado, Vigan, Lucban) are "
    "ambiguous; a 'kahon' of sinigang mix is the box of 24.",
    tags=["spoken"],
)
M(
    c,
    "4 bote lorins patis tsaka 12 garapon bagoong spicy po",
    lines=[O("PATIS-LORINS", 4), O("BAG-SPICY", 12)],
    notes="Lorins patis by the bottle; bagoong jars are sold each.",
)
M(
    c,
    "meron po ba kayo longganisa de Cebu? kung wala, yung vigan na lang po, 10 packs",
    lines=[O("LONG-VIGAN", 10)],
    notes="Cebu longganisa is not stocked; the customer names the fallback, so the order is 10 Vigan.",
    tags=["fallback"],
)
M(
    c,
    "Sarado po kami sa Lunes 14/8, birthday ng apo ko hehe. Wag po muna mag deliver, tuloy ulit Martes",
    intent="OTHER",
    notes="Closure notice; '14/8' is a date.",
)
M(
    c,
    "kalahating kahon lang po ng silver swan suka ngayong linggo",
    lines=[O("VIN-SS", 0.5)],
    nohist=True,
    notes="Half a case: a fraction of the selling unit, a human must confirm.",
    tags=["fraction"],
)
M(
    c,
    "Mark po apo ni Lola Nena. Pa-deliver bukas: 1 kahon bihon, 1 kahon canton (yung dried, hindi lucky me), "
    "2 kahon sinigang mix",
    lines=[O("NDL-BIHON", 1), O("NDL-CANTON", 1), O("SINIGANG", 2)],
    notes="'bihon' is the Filipino rice bihon; 'canton (dried, not Lucky Me)' names the dried canton noodles.",
)
M(
    c,
    "Pakipalitan po yung tocino sa order bukas: gawin 5 packs na 1kg, hindi yung 450g",
    intent="CHANGE",
    change=[O("TOCINO-PORK", 5, "1kg"), O("TOCINO-PORK", 0, "450g")],
    notes="Swaps the 450g tocino for 5 packs of the 1kg on a placed order.",
)
M(
    c,
    "6 galon datu puti suka po",
    lines=[O("VIN-DP", None, GAL)],
    nohist=True,
    notes="Datu Puti vinegar gallons are sold by the case of 4: 6 gallons is not a whole number of cases.",
    tags=["container"],
)

# =====================================================================================================
# sari-sari-leyton (Taglish, WhatsApp)
# =====================================================================================================
c = "sari-sari-leyton"
M(
    c,
    "Rosa ng Leytonstone. Order ko po:\n2 kahon lucky me canton original\n144 pcs chilimansi\n1 case skyflakes\n"
    "10 pack nescafe 3in1\n20 pack red gulaman",
    lines=[
        O("LM-CANTON-ORIG", 2),
        O("LM-CANTON-CHILI", 2),
        O("SKYFLAKES", 1),
        O("NESCAFE-3IN1", 10),
        O("GULAMAN", 20, "Red"),
    ],
    notes="144 pieces of chilimansi = 2 cases of 72; '3in1' is part of the name; 'red' picks the gulaman colour.",
    tags=["count", "number_in_name", "colour"],
)
M(
    c,
    "pa-add po: 3 box lucky me, 10 pack 3in1 coffee, tsaka 1 box alaska",
    lines=[FAM(FAM_LUCKYME, 3), FAM(FAM_3IN1, 10), FAM(FAM_ALASKA, 1)],
    notes="'lucky me' (canton original, chilimansi, beef mami), '3in1 coffee' (five brands) and 'alaska' (evaporated "
    "or condensed) are ambiguous.",
)
M(
    c,
    "same as last week po pero 5 pack lang ng great taste",
    lines=[O("GREAT-TASTE", 5, op="set")],
    ref=dict(kind="last"),
    notes="Last week's order with Great Taste White set to 5.",
)
M(
    c,
    "isang dosenang lata ng argentina corned beef po",
    lines=[O("CB-ARGENTINA", None)],
    nohist=True,
    notes="A dozen tins of a product sold by the case of 24: not a whole number of cases.",
    tags=["container"],
)
M(
    c,
    "Magkano na po ngayon ang isang kahon ng Lucky Me Beef Mami? Tumaas daw sabi ng kapitbahay ko",
    intent="QUESTION",
    notes="Price question.",
)
M(
    c,
    "gulaman po: 10 pack pula, 10 pack berde, 5 pack dilaw. tas 2 pack milo 3in1",
    lines=[O("GULAMAN", 10, "Red"), O("GULAMAN", 10, "Green"), O("GULAMAN", 5, "Yellow"), O("MILO-3IN1", 2)],
    notes="Colours in Tagalog: pula = red, berde = green, dilaw = yellow; 'tas' = tapos (then).",
    tags=["colour", "abbreviation"],
)
M(
    c,
    "pa-add 1 case ligo sardines tsaka 1 case ligo na may chili",
    lines=[O("SARDINES-LIGO", 1), NIC(1)],
    notes="Only Ligo in tomato sauce is stocked; Ligo with chili is not in catalog.",
)
M(
    c,
    "Rosa po. 1 case reno liver spread, 1 case ligo, 1 case purefoods corned beef, 2 case UFC 320g",
    lines=[O("LIVER-SPREAD", 1), O("SARDINES-LIGO", 1), O("CB-PUREFOODS", 1), O("KETCHUP-UFC-320", 2)],
    notes="'320g' names the UFC bottle.",
)
M(
    c,
    "2-3 kahon lucky me chilimansi po, depende sa stock nyo",
    lines=[O("LM-CANTON-CHILI", None)],
    nohist=True,
    notes="A range: quantities not stated exactly.",
    tags=["range"],
)
M(
    c,
    "pa-add po 3 pack ng kopiko brown 3in1, naubos agad \U0001f605",
    lines=[O("KOPIKO-BROWN", 3)],
    notes="'3in1' is part of the name.",
    tags=["number_in_name", "emoji"],
)
M(
    c,
    "Yung 1 kahon ng skyflakes na dumating durog lahat \U0001f62d pakipalitan po sa next delivery",
    intent="COMPLAINT",
    notes="Crushed crackers.",
    tags=["emoji"],
)

# =====================================================================================================
# pinoy-grill-croydon (English, e-mail)
# =====================================================================================================
c = "pinoy-grill-croydon"
M(
    c,
    "Subject: Order for Fri 11 Aug\n\nHi team,\n\nPlease deliver Friday before 11am:\n"
    "- Pork belly liempo skin-on x 40kg\n- Royal Umbrella jasmine 20kg x 3\n- Mang Tomas x 2 cases\n"
    "- Red Horse 500ml x 4 cases\n- Calamansi concentrate 1L x 4\n\nThanks,\nPaolo Reyes\nIhaw-Ihaw Pinoy Grill\n"
    "112 London Road, Croydon CR0 2TA\nTel 020 7946 0612",
    lines=[
        O("LIEMPO", 40),
        O("RICE-JAS-RU", 3, "20kg"),
        O("MANGTOMAS", 2),
        O("BEER-REDHORSE", 4),
        O("CALAMANSI-CONC", 4),
    ],
    notes="Date, time, street number, postcode and phone are not quantities; 20kg, 500ml and 1L are sizes.",
    tags=["signature", "number_in_name"],
)
M(
    c,
    "Hi, can we get 3 cases of San Miguel and 3 of the Light for Saturday? Big match on. Paolo",
    ch="SMS",
    lines=[O("BEER-SMB", 3, None), O("BEER-SMLIGHT", 3)],
    notes="An order that opens like a question. 'San Miguel' is the Pale Pilsen (the Light carries a modifier), but "
    "bottle, can or grande is not said: ambiguous variant.",
    tags=["non_order_request"],
)
M(
    c,
    "I would like to ask whether you can deliver on Sundays from September - we're starting a Sunday kamayan brunch, "
    "around 60 covers.",
    intent="QUESTION",
    notes="Opens with 'I would like'; a delivery question; '60 covers' is not a quantity.",
    tags=["non_order_request"],
)
M(
    c,
    "Paolo again - add 48 cans San Mig Light and 2 bottles of calamansi concentrate to Friday's order pls",
    ch="WHATSAPP",
    lines=[O("BEER-SMLIGHT", 2), O("CALAMANSI-CONC", 2)],
    notes="48 cans = 2 cases of 24; the concentrate is sold by the bottle. Addition to a placed order.",
    tags=["container"],
)
M(
    c,
    "Need 2 boxes of tilapia 500-700g and 1 box of the 300-500g please, plus 20kg liempo. Ta, Paolo",
    ch="WHATSAPP",
    lines=[O("FISH-TILAPIA", 2, "500-700g"), O("FISH-TILAPIA", 1, "300-500g"), O("LIEMPO", 20)],
    notes="The weight ranges are size grades, not quantities.",
    tags=["number_in_name"],
)
M(
    c,
    "Subject: Friday\n\nUsual order for Friday please, but 6 cases of Red Horse instead of 4, and no Jufran this "
    "week.\n\nPaolo",
    lines=[O("BEER-REDHORSE", 6, op="set")],
    ref=dict(kind="usual", remove=["KETCHUP-JUFRAN"]),
    notes="The usual with Red Horse set to 6 and the Jufran removed.",
)
M(
    c,
    "Please cancel Saturday's order - the grill is out of action after a gas leak. Sorry for the short notice. Paolo",
    intent="CANCEL",
    ch="SMS",
    notes="Cancels a whole order.",
)
M(
    c,
    "Subject: Invoice INV-61-2207\n\nHi, we were charged for 5 cases of Red Horse but only 4 arrived on Tuesday. "
    "Please credit 1 case.\n\nPaolo Reyes\nIhaw-Ihaw Pinoy Grill",
    intent="COMPLAINT",
    notes="Billing complaint with quantities; not an order.",
)
M(
    c,
    "Hi it's Paolo, quick one: 2 cases Jufran 320g and 3 cases Red Horse 500ml for tomorrow. Cheers",
    ch="WHATSAPP",
    lines=[O("KETCHUP-JUFRAN", 2), O("BEER-REDHORSE", 3)],
    notes="320g and 500ml are sizes.",
    tags=["number_in_name"],
)
M(
    c,
    "Morning, 2 boxes of boneless bangus medium and 1 box tilapia 700-900g for Thursday, ta",
    ch="WHATSAPP",
    lines=[O("FISH-BANGUS", 2, BANGUS_M), O("FISH-TILAPIA", 1, "700-900g")],
    notes="'medium' picks the bangus size; the tilapia grade is written as a range.",
    tags=["size_word"],
)
M(
    c,
    "Yes please go ahead.\n\n> On 8 Aug 2028, Kusina & Kedai Sales wrote:\n> We can offer Red Horse 500ml at "
    "\u00a320.40/case for 10+ cases this week only.\n\nSo 10 cases Red Horse please. Paolo",
    lines=[O("BEER-REDHORSE", 10)],
    notes="Accepts a quoted offer; '10+', the price and the date are in the quote. 10 cases against a usual of 4 has a "
    "reason (the offer) and is not an outlier.",
    tags=["quoted"],
)
M(
    c,
    "2 boxes tilapia for Friday please, Paolo",
    ch="SMS",
    lines=[O("FISH-TILAPIA", 2, None)],
    notes="Tilapia comes in three size grades; none is said: ambiguous variant.",
)
M(
    c,
    "Hi, our new head chef Marvin will be placing orders from now on, his number is 07700 900695. Thanks, Paolo",
    intent="OTHER",
    notes="A new contact; the phone number is not a quantity.",
)

# =====================================================================================================
# bahay-kubo-cafe (English, e-mail)
# =====================================================================================================
c = "bahay-kubo-cafe"
M(
    c,
    "Subject: weekly order\n\nHello, for Wednesday please:\n12 x ube halaya 340g\n10 x frozen grated ube\n"
    "2 boxes ube flavouring\n6 tubs Magnolia ube ice cream\n4 x desiccated coconut 1kg\n\nMarites\n"
    "Bahay Kubo Bakery & Cafe, 27 Old Brompton Rd\n07700 900643",
    lines=[
        O("UBE-HALAYA", 12),
        O("UBE-GRATED", 10),
        O("UBE-EXTRACT", 2),
        O("UBE-ICECREAM", 6),
        O("COCO-DESICCATED", 4),
    ],
    notes="340g and 1kg are sizes; street number and phone are not quantities.",
    tags=["signature", "number_in_name"],
)
M(
    c,
    "Could you also add 10 more ube for the weekend? We're doing ube cheese pandesal. Marites",
    lines=[FAM(FAM_UBE, 10)],
    notes="An order opening with 'Could you'. 'ube' is ambiguous: halaya, grated, flavouring or ice cream.",
    tags=["non_order_request"],
)
M(
    c,
    "For the sago't gulaman: 10 packs yellow gulaman, 6 packs of the red, and 4 bags small sago",
    lines=[O("GULAMAN", 10, "Yellow"), O("GULAMAN", 6, "Red"), O("SAGO", 4)],
    notes="Colours pick the gulaman variants.",
    tags=["colour"],
)
M(
    c,
    "Could you send the allergen sheet for the frozen grated ube and the ube halaya? A customer asked about dairy.",
    intent="QUESTION",
    notes="Information request that opens like an order.",
    tags=["non_order_request"],
)
M(
    c,
    "2 bags glutinous rice please, for the biko",
    lines=[FAM(FAM_GLUTINOUS, 2)],
    notes="'glutinous rice' is ambiguous: white (malagkit) or black.",
)
M(
    c,
    "Hi, 100 sheets of the 8.5 inch spring roll pastry and 1 case of Kara coconut cream please.",
    lines=[O("WRAP-TYJ", None, TYJ_M), O("COCO-KARA", 1)],
    nohist=True,
    notes="The 8.5 inch pastry comes 40 sheets to a pack: 100 sheets is not a whole number of packs.",
    tags=["count", "size_word"],
)
M(
    c,
    "Subject: Top-up\n\nHi, could we please have 1 case nata de coco, 1 case kaong and 2 boxes of pandan paste on "
    "Friday's van? Thanks, Marites",
    lines=[O("NATA", 1), O("KAONG", 1), O("PANDAN-PASTE", 2)],
    notes="An order that opens with 'could we'.",
    tags=["non_order_request"],
)
M(
    c,
    "10 x frozen buko strips and 10 x frozen grated coconut please, plus 1 case Alaska evap",
    ch="WHATSAPP",
    lines=[O("BUKO-STRIPS", 10), O("COCO-GRATED-FROZEN", 10), O("EVAP-ALASKA", 1)],
    notes="'Alaska evap' names the evaporated milk.",
)
M(
    c,
    "4 packs of orange gulaman and 2 bags of sago please",
    ch="WHATSAPP",
    lines=[O("GULAMAN", 4, None, nofill=True), O("SAGO", 2)],
    notes="There is no orange gulaman (red, green, yellow, white): ambiguous variant, never filled from history.",
    tags=["colour"],
)

# =====================================================================================================
# cebu-lechon-house (Cebuano, WhatsApp)
# =====================================================================================================
c = "cebu-lechon-house"
M(
    c,
    "Maayong buntag! Order para ugma palihug:\n30 kilos liempo\n3 ka sako sinandomeng 25kg\n"
    "2 ka kahon datu puti toyo 1L\n10 ka pack frozen calamansi\nSalamat kaayo - Dodong",
    lines=[O("LIEMPO", 30), O("RICE-SINAN", 3, "25kg"), O("SOY-DP", 2, L1), O("CALAMANSI-FROZEN", 10)],
    notes="Cebuano list; 25kg and 1L are sizes.",
    tags=["number_in_name"],
)
M(
    c,
    "Sama ra sa niaging semana palihug, pero dugangi og 2 ka kahon red horse",
    lines=[O("BEER-REDHORSE", 2)],
    ref=dict(kind="last"),
    notes="'sama ra sa niaging semana' = same as last week, plus 2 cases of Red Horse.",
)
M(
    c,
    "Padala og 2 ka kahon bangus ug 2 ka kahon san miguel grande palihug",
    lines=[O("FISH-BANGUS", 2, None), O("BEER-SMB", 2, SMB_G)],
    notes="'kahon bangus': of the bangus products only the boneless bangus comes by the box, so the unit word names it, "
    "but medium or large is not said (ambiguous variant). 'grande' picks the 1L San Miguel.",
    tags=["unit_word", "size_word"],
)
M(
    c,
    "upat ka bote patis rufina gamay duha ka kahon silver swan suka unom ka pack vigan longganisa",
    lines=[O("PATIS-RUFINA", 4, "350ml"), O("VIN-SS", 2), O("LONG-VIGAN", 6)],
    notes="Spoken Cebuano list without commas; 'gamay' (small) picks the 350ml Rufina.",
    tags=["spoken", "size_word"],
)
M(
    c,
    "Naa mo puso (hanging rice)? 200 ka buok para sa fiesta sa Sabado. Kung wala, okay ra.",
    lines=[NIC(200)],
    review=True,
    nohist=True,
    notes="Conditional order on an item not in catalog (puso rice pouches).",
    tags=["conditional"],
)
M(
    c,
    "Ang bangus nga gipadala kagahapon dili boneless, naay bukog! 1 ka kahon. Palihug ilisi.",
    intent="COMPLAINT",
    notes="Wrong product delivered; asks for a replacement.",
)
M(
    c,
    "Dodong ni. 6 ka pack danggit, 4 ka pack dilis, ug 1 ka kahon mang tomas. Salamat",
    lines=[O("DANGGIT", 6), O("DILIS", 4), O("MANGTOMAS", 1)],
)
M(
    c,
    "Palihug padala ugma: 2 ka kahon red horse, 1 kahon san miguel grande ug 8 ka pack vigan longganisa",
    lines=[O("BEER-REDHORSE", 2), O("BEER-SMB", 1, SMB_G), O("LONG-VIGAN", 8)],
    notes="'grande' picks the 1L San Miguel.",
    tags=["size_word"],
)
M(
    c,
    "2 ka kahon datu puti toyo litro, 2 kahon silver swan suka, 6 ka bote rufina 350",
    lines=[O("SOY-DP", 2, L1), O("VIN-SS", 2), O("PATIS-RUFINA", 6, "350ml")],
    notes="'litro' picks the 1L soy; '350' the 350ml Rufina.",
    tags=["size_word"],
)
M(
    c,
    "Naa ba moy Mang Tomas nga spicy? Ang customer nangita.",
    intent="QUESTION",
    notes="Stock question; a spicy Mang Tomas is not in catalog.",
)
M(
    c,
    "Salamat kaayo sa paspas nga delivery ganina! \U0001f44d",
    intent="OTHER",
    notes="Thanks.",
    tags=["emoji"],
)

# =====================================================================================================
# bisaya-store-bristol (Cebuano, SMS)
# =====================================================================================================
c = "bisaya-store-bristol"
M(
    c,
    "Bisdak Store. Order: 2 kahon lucky me, 1 kahon corned beef, 6 pack dilis. Salamat",
    lines=[FAM(FAM_LUCKYME, 2), FAM(FAM_CORNEDBEEF, 1), O("DILIS", 6)],
    notes="'lucky me' and 'corned beef' (Argentina or Purefoods) are ambiguous.",
)
M(
    c,
    "4 ka sako sinandomeng 10kilos ug 2 ka sako dinorado",
    lines=[O("RICE-SINAN", 4, "10kg"), O("RICE-DINO", 2)],
    notes="'10kilos' picks the 10kg Sinandomeng; Dinorado only comes as the 10kg bag, 'sako' counts bags.",
    tags=["size_word"],
)
M(
    c,
    "Sama sa naandan palihug. Salamat, Bisdak Store",
    ref=dict(kind="usual"),
    notes="'sama sa naandan' = the usual.",
)
M(
    c,
    "Pila na ang presyo sa Dinorado 10kg karon? Ug naa ba moy 25kg?",
    intent="QUESTION",
    notes="Price and stock question.",
)
M(
    c,
    "6 pack galunggong, 6 ka garapon bagoong, 2 kahon ligo",
    lines=[O("GALUNGGONG", 6), FAM(FAM_BAGOONG, 6), O("SARDINES-LIGO", 2)],
    notes="'bagoong' is ambiguous (sweet, spicy or balayan).",
)
M(
    c,
    "1 case calamansi juice drink 250ml, 6 packs kopiko brown, 6 nescafe 3in1",
    lines=[O("CALAMANSI-DRINK", 1), O("KOPIKO-BROWN", 6), O("NESCAFE-3IN1", 6)],
    notes="250ml and '3in1' are part of names.",
    tags=["number_in_name"],
)
M(
    c,
    "Bisdak Store ni: unom ka danggit, duha ka kahon skyflakes ug usa ka kahon boy bawang",
    lines=[O("DANGGIT", 6), O("SKYFLAKES", 2), O("BOY-BAWANG", 1)],
    notes="Cebuano number words (unom = 6, duha = 2, usa = 1).",
    tags=["spoken"],
)
M(
    c,
    "Mahimo ba mo mag-deliver sa Domingo? Naa mi event sa simbahan sa 20 Agosto.",
    intent="QUESTION",
    notes="'Mahimo ba' (can you) opens a delivery question; '20 Agosto' is a date.",
    tags=["non_order_request"],
)
M(
    c,
    "duha ka sako sinandomeng diyes kilos usa ka kahon lucky me mami tulo ka pack dilis",
    lines=[O("RICE-SINAN", 2, "10kg"), O("LM-MAMI", 1), O("DILIS", 3)],
    notes="Spoken list without commas; 'diyes kilos' is the 10kg size.",
    tags=["spoken", "size_word"],
)
M(
    c,
    "50 kilos sinandomeng palihug para sa Biyernes",
    lines=[O("RICE-SINAN", None, None)],
    nohist=True,
    notes="50 kilos could be 2 x 25kg or 5 x 10kg: the variant is ambiguous and the quantity is not stated in sacks.",
    tags=["count"],
)

# =====================================================================================================
# tindahan-ni-inday (Cebuano, WhatsApp)
# =====================================================================================================
c = "tindahan-ni-inday"
M(
    c,
    "Inday ni. 1 kahon silver swan ug 1 kahon datu puti 385",
    lines=[FAM(["SOY-SS", "VIN-SS"], 1), FAM(["SOY-DP", "VIN-DP"], 1, ML385)],
    notes="'silver swan' and 'datu puti' are brands with soy sauce and vinegar: ambiguous; '385' is the bottle size.",
)
M(
    c,
    "10 pack great taste white, 6 pack milo 3in1, 1 kahon skyflakes palihug",
    lines=[O("GREAT-TASTE", 10), O("MILO-3IN1", 6), O("SKYFLAKES", 1)],
    tags=["number_in_name"],
)
M(
    c,
    "Dugangi og 10 ka pack white coffee palihug",
    lines=[FAM(FAM_WHITECOFFEE, 10)],
    notes="'white coffee' is ambiguous: Great Taste White or OldTown White Coffee.",
)
M(
    c,
    "Nabayran na nako ang invoice 61-3380 pinaagi sa bank transfer gahapon, \u00a3412.60. Salamat!",
    intent="OTHER",
    notes="Payment notice; invoice number and amount are not quantities.",
)
M(
    c,
    "24 ka lata ligo palihug ug 48 ka lata argentina",
    lines=[O("SARDINES-LIGO", None), O("CB-ARGENTINA", 2)],
    nohist=True,
    notes="Ligo comes 50 tins to a case: 24 tins is not a whole number of cases; 48 tins of Argentina = 2 cases of 24.",
    tags=["container"],
)
M(
    c,
    "Inday: usa ka kahon argentina corned beef, usa ka kahon ligo, 12 ka garapon bagoong sweet, 1 kahon ufc 320",
    lines=[O("CB-ARGENTINA", 1), O("SARDINES-LIGO", 1), O("BAG-SWEET", 12), O("KETCHUP-UFC-320", 1)],
    notes="'ufc 320' names the 320g bottle.",
)
M(
    c,
    "Inday ni, dugang pud ko og 2 ka kahon pancit canton. Salamat day",
    lines=[FAM(FAM_CANTON, 2)],
    notes="'pancit canton' is ambiguous: the dried canton noodles or Lucky Me Pancit Canton Original (the chilimansi "
    "carries a modifier).",
)

# =====================================================================================================
# warung-sederhana (Indonesian, WhatsApp)
# =====================================================================================================
c = "warung-sederhana"
M(
    c,
    "Selamat pagi Pak, pesanan utk Kamis:\n3 karung beras Golden Phoenix\n2 dus kecap Bango botol 620\n"
    "4 tub sambal oelek 1kg\n20 pak tempe\nTerima kasih, Ratna",
    lines=[O("RICE-JAS-GP", 3), O("KECAP-BANGO", 2, BANGO620), O("SAMBAL-OELEK-TUB", 4), O("TEMPE", 20)],
    notes="'botol 620' picks the Bango bottle; 1kg is the tub size.",
    tags=["number_in_name"],
)
M(
    c,
    "Tlg tambah 2 dus kecap manis sama 2 dus santan ya",
    lines=[FAM(FAM_KECAPMANIS, 2), FAM(FAM_SANTAN, 2)],
    notes="'kecap manis' (ABC or Bango) and 'santan' (Chaokoh, Aroy-D, Kara) are ambiguous.",
    tags=["abbreviation"],
)
M(
    c,
    "Pesanan seperti biasa ya Pak, tapi tempe nya 30 pak",
    lines=[O("TEMPE", 30, op="set")],
    ref=dict(kind="usual"),
    notes="'seperti biasa' = the usual, with tempeh set to 30.",
)
M(
    c,
    "Bintang 3 krat botol kecil sama 2 krat botol besar ya",
    lines=[O("BEER-BINTANG", 3, BT_B), O("BEER-BINTANG", 2, BT_BIG)],
    notes="'botol kecil' is the 330ml bottle (the can is 'kaleng'), 'botol besar' the 620ml; 'krat' is the case.",
    tags=["size_word"],
)
M(
    c,
    "2 krat Bintang Radler lemon sama 3 krat Bintang kaleng",
    lines=[NIC(2), O("BEER-BINTANG", 3, BT_C)],
    notes="Bintang Radler is not in catalog (only the Pilsener); 'kaleng' picks the can.",
)
M(
    c,
    "Pak, tempe yg kemarin dtg udh bau asam, 5 pak. Tolong diganti ya. Nota no. 61-5521",
    intent="COMPLAINT",
    notes="Spoiled tempeh; '61-5521' is a delivery note number.",
)
M(
    c,
    "Mas Agus dr Warung Sederhana. Minta 6 terasi blok sama 4 bungkus emping melinjo",
    lines=[O("TERASI", 6), O("EMPING", 4)],
)
M(
    c,
    "kerupuk 6 bungkus, gula jawa 6",
    lines=[FAM(FAM_KERUPUK, 6), O("GULA-JAWA", 6)],
    notes="'kerupuk' is ambiguous: prawn or garlic crackers.",
)
M(
    c,
    "Bu Ratna: tolong kirim 3 dus teh botol, 6 bungkus kerupuk udang natural, 2 dus kecap asin abc",
    lines=[O("TEH-BOTOL", 3), O("KERUPUK-UDANG", 6, "Natural"), O("KECAP-ASIN-ABC", 2)],
    notes="'natural' picks the uncoloured prawn crackers.",
    tags=["colour"],
)
M(
    c,
    "Bisa minta tolong kirim faktur bulan Juli lewat email? Buat laporan pajak. Makasih",
    intent="QUESTION",
    notes="'Bisa minta tolong kirim' opens like an order but asks for an invoice copy.",
    tags=["non_order_request"],
)
M(
    c,
    "Mas Agus: Bintang 3 krat ya buat Sabtu",
    lines=[O("BEER-BINTANG", 3, None)],
    notes="Bintang comes as 330ml bottle, 620ml bottle or can; none is said: ambiguous variant.",
)

# =====================================================================================================
# toko-nusantara (Indonesian, WhatsApp)
# =====================================================================================================
c = "toko-nusantara"
M(
    c,
    "Order toko: 6 dus indomie goreng original, 120 bungkus indomie goreng pedas, 2 dus indomie soto, 2 dus kari ayam",
    lines=[O("IND-MIGORENG", 6), O("IND-MIGORENG-PEDAS", 3), O("IND-SOTO", 2), O("IND-KARI", 2)],
    notes="120 packets of the hot & spicy = 3 cases of 40; 'kari ayam' in an Indomie list is Indomie Kari Ayam.",
    tags=["count"],
)
M(
    c,
    "Tambah indomie 5 dus ya pak",
    lines=[FAM(FAM_INDOMIE, 5)],
    notes="'indomie' names five flavours: ambiguous.",
)
M(
    c,
    "kapal api 300 sachet, teh botol 4 dus",
    lines=[O("KAPAL-API", 10), O("TEH-BOTOL", 4)],
    notes="300 sachets of Kapal Api = 10 packs of 30.",
    tags=["count"],
)
M(
    c,
    "kecap manis 4 dus, sambal terasi 6 botol",
    lines=[FAM(FAM_KECAPMANIS, 4), O("SAMBAL-TERASI", 6)],
    notes="'kecap manis' is ambiguous (ABC or Bango); the sambal terasi jars are sold each.",
)
M(
    c,
    "kerupuk udang warna-warni 10 bungkus, yg natural 4 bungkus",
    lines=[O("KERUPUK-UDANG", 10, "Multicolour"), O("KERUPUK-UDANG", 4, "Natural")],
    notes="'warna-warni' (multicoloured) and 'natural' pick the colours.",
    tags=["colour"],
)
M(
    c,
    "Sama kayak minggu lalu, tp bintang botol besar jadi 4 dus",
    lines=[O("BEER-BINTANG", 4, BT_BIG, op="set")],
    ref=dict(kind="last"),
    notes="Last week's order with the 620ml Bintang set to 4.",
    tags=["size_word"],
)
M(
    c,
    "Saya mau tanya, Indomie Ayam Bawang ada stok gak? Banyak pelanggan yg nyari",
    intent="QUESTION",
    notes="'Saya mau tanya' (I want to ask): a stock question; Indomie Ayam Bawang is not in catalog.",
    tags=["non_order_request"],
)
M(
    c,
    "Pak, pesanan hari Jumat tolong diganti: kecap ABC 275ml jadi 4 dus, bukan 2",
    intent="CHANGE",
    change=[O("KECAP-ABC", 4, ABC275)],
    notes="New quantity on a placed order.",
)
M(
    c,
    "Pak Hendra: beras ketan hitam 6 bungkus, bihun jagung 1 dus, emping 5",
    lines=[O("RICE-PULUT-HITAM", 6), O("NDL-BIHUN-JAGUNG", 1), O("EMPING", 5)],
)
M(
    c,
    "indomi rendang 2 dus, indomi kari ayam 3 dus, kapal api 10 pak",
    lines=[O("IND-RENDANG", 2), O("IND-KARI", 3), O("KAPAL-API", 10)],
    notes="Typo 'indomi'.",
    tags=["typo"],
)
M(
    c,
    "kecap bango refill 4 dus sama sambal asli abc 2 dus",
    lines=[O("KECAP-BANGO", 4, BANGO220), O("SAMBAL-ABC", 2)],
    notes="'refill' is the 220ml pouch.",
    tags=["size_word"],
)
M(
    c,
    "Pak, pesanan yg buat Jumat dibatalkan aja ya, toko tutup seminggu krn renovasi. Maaf",
    intent="CANCEL",
    notes="Cancels the Friday order.",
)
M(
    c,
    "pesan indomie goreng empat dus indomie soto dua dus kecap abc kecil dua dus sama teh botol tiga dus",
    lines=[O("IND-MIGORENG", 4), O("IND-SOTO", 2), O("KECAP-ABC", 2, ABC275), O("TEH-BOTOL", 3)],
    notes="Spoken list without commas; 'kecil' (small) picks the 275ml ABC.",
    tags=["spoken", "size_word"],
)

# =====================================================================================================
# bakso-pak-budi (Indonesian, SMS)
# =====================================================================================================
c = "bakso-pak-budi"
M(
    c,
    "pak budi bakso. kirim besok bakso sapi 20 pak bihun jagung 2 dus kecap abc botol besar 2 dus makasih",
    lines=[O("BAKSO", 20), O("NDL-BIHUN-JAGUNG", 2), O("KECAP-ABC", 2, ABC600)],
    notes="A list without commas, quantities after the product; 'botol besar' picks the 600ml ABC.",
    tags=["spoken", "size_word"],
)
M(
    c,
    "bihun 3 dus, soun 1 dus, sambal abc 2 dus",
    lines=[FAM(FAM_BIHUN, 3), O("NDL-SOTANGHON", 1), O("SAMBAL-ABC", 2)],
    notes="'bihun' is ambiguous (rice bihon or corn bihun jagung); 'soun' is the mung bean vermicelli.",
)
M(
    c,
    "kyk biasa pak, kirim kamis pagi",
    ref=dict(kind="usual"),
    notes="'kyk biasa' = the usual.",
    tags=["abbreviation"],
)
M(
    c,
    "pak mulai minggu depan sy ganti nomor, pakai nomor ini ya 07700 900671. nomor lama udah gak aktif",
    intent="OTHER",
    notes="New phone number.",
)
M(
    c,
    "tambah 2 dus kerupuk bawang sm 10 pak bakso ikan",
    lines=[O("KERUPUK-BAWANG", 2), NIC(10)],
    notes="Fish balls (bakso ikan) are not in catalog; only the beef bakso is stocked.",
)
M(
    c,
    "otak2 6 pak, bakso 15 pak. bsk pagi ya pak",
    lines=[O("OTAK", 6), O("BAKSO", 15)],
    notes="'otak2' is otak-otak.",
    tags=["abbreviation"],
)
M(
    c,
    "kecap abc 2 dus buat minggu ini",
    lines=[O("KECAP-ABC", 2, None)],
    notes="ABC kecap manis 275ml or 600ml is not said: ambiguous variant.",
)

# =====================================================================================================
# rasa-padang (Indonesian, formal e-mail)
# =====================================================================================================
c = "rasa-padang"
M(
    c,
    "Subject: Pesanan minggu 32\n\nYth. Bapak/Ibu,\n\nMohon dikirim hari Rabu, 9 Agustus:\n"
    "1. Beras Royal Umbrella 20kg - 2 karung\n2. Kara santan 200ml - 4 dus\n3. Bumbu rendang - 2 kotak\n"
    "4. Sambal oelek 1kg - 3 tub\n\nHormat kami,\nDewi Lestari\nRasa Padang, 14 Leith Walk, Edinburgh\n"
    "+447700900621",
    lines=[O("RICE-JAS-RU", 2, "20kg"), O("COCO-KARA", 4), O("RENDANG-PASTE", 2), O("SAMBAL-OELEK-TUB", 3)],
    notes="Week number, date, list numbering, street number and phone are not quantities.",
    tags=["signature", "number_in_name"],
)
M(
    c,
    "Subject: Re: pesanan\n\nMohon kirim pesanan yang sama seperti biasa, tetapi tanpa emping, dan tambah 2 kg "
    "ikan bilis. Terima kasih.\nDewi",
    lines=[O("IKAN-BILIS", 2)],
    ref=dict(kind="usual", remove=["EMPING"]),
    notes="The usual without emping, plus 2kg of ikan bilis (2 bags of 1kg).",
)
M(
    c,
    "Subject: Daftar harga\n\nSelamat siang, bisakah Bapak mengirimkan daftar harga terbaru untuk bulan September? "
    "Terima kasih.\nDewi Lestari",
    intent="QUESTION",
    notes="'bisakah ... mengirimkan' (could you send) asks for a price list.",
    tags=["non_order_request"],
)
M(
    c,
    "Tolong tambahkan sambal 3 tub dan kerupuk udang 4 bungkus untuk Rabu",
    lines=[O("SAMBAL-OELEK-TUB", 3), O("KERUPUK-UDANG", 4, None)],
    notes="'sambal ... tub': only the sambal oelek comes by the tub, so the unit word names it. Natural or multicolour "
    "prawn crackers is not said: ambiguous variant.",
    tags=["unit_word"],
)
M(
    c,
    "Apakah ada daun kunyit beku? Kalau ada 5 pak, sekalian daun pandan 6 pak",
    lines=[NIC(5), O("PANDAN-LEAVES", 6)],
    review=True,
    nohist=True,
    notes="Conditional order on frozen turmeric leaves, not in catalog; the pandan leaves are ordered.",
    tags=["conditional"],
)
M(
    c,
    "Subject: Tambahan\n\nMohon ditambahkan 4 bungkus terasi, 4 bungkus gula jawa, dan 6 pak tempe untuk "
    "pengiriman Rabu. Terima kasih.\nDewi",
    lines=[O("TERASI", 4), O("GULA-JAWA", 4), O("TEMPE", 6)],
)

# =====================================================================================================
# mamak-corner (Malay, WhatsApp)
# =====================================================================================================
c = "mamak-corner"
M(
    c,
    "Assalamualaikum bang, order utk esok:\n2 guni beras royal umbrella 20kg\n4 paket babas kari daging\n"
    "6 belacan\n3 karton maggi kari\nTq - Rashid, Mamak Corner",
    lines=[O("RICE-JAS-RU", 2, "20kg"), O("BABAS-CURRY", 4), O("BELACAN", 6), O("MAGGI-KARI", 3)],
    notes="'guni' is the sack; 'babas kari daging' is the meat curry powder.",
    tags=["abbreviation"],
)
M(
    c,
    "Tambah milo 6 ya bang",
    lines=[FAM(FAM_MILO, 6)],
    notes="'milo' is ambiguous: powder, UHT cartons or 3-in-1 sachets.",
)
M(
    c,
    "Macam biasa bang, tapi milo 8 bag",
    lines=[O("MILO-POWDER", 8, op="set")],
    ref=dict(kind="usual"),
    notes="'macam biasa' = the usual; 'milo ... bag': only the Milo powder comes by the bag, so it is set to 8.",
    tags=["unit_word"],
)
M(
    c,
    "nak 80 peket maggi kari utk event jumaat ni",
    lines=[O("MAGGI-KARI", 2)],
    notes="80 packets = 2 cases of 40.",
    tags=["count"],
)
M(
    c,
    "babas 3 paket lagi bang",
    lines=[FAM(FAM_BABAS, 3)],
    notes="'babas' is ambiguous: meat or fish curry powder.",
)
M(
    c,
    "Saya nak tanya, boleh bayar guna kad masa delivery?",
    intent="QUESTION",
    notes="'Saya nak tanya' (I want to ask): a payment question.",
    tags=["non_order_request"],
)
M(
    c,
    "Bang, cancel order hari sabtu ye, kedai tutup sebab renovation. Sorry",
    intent="CANCEL",
    notes="Cancels the Saturday order.",
)
M(
    c,
    "Bang, nak 6 balang kaya, 3 kg ikan bilis dan 2 karton susu pekat alaska",
    lines=[O("KAYA", 6), O("IKAN-BILIS", 3), O("CONDENSED-ALASKA", 2)],
    notes="'balang' is a jar; 3kg ikan bilis = 3 bags of 1kg; 'susu pekat' is the condensed.",
    tags=["count"],
)
M(
    c,
    "Order khamis tu, tukar beras jadi 3 guni ya, bukan 2",
    intent="CHANGE",
    change=[O("RICE-JAS-RU", 3, "20kg")],
    notes="New quantity for the rice on a placed order.",
)

# =====================================================================================================
# kedai-runcit-melati (Malay, SMS)
# =====================================================================================================
c = "kedai-runcit-melati"
M(
    c,
    "Kak Melati. Order: 4 karton maggi kari, 3 karton milo kotak, 6 kaya pandan, 4 bgks keropok udang warna",
    lines=[O("MAGGI-KARI", 4), O("MILO-UHT", 3), O("KAYA", 6), O("KERUPUK-UDANG", 4, "Multicolour")],
    notes="'milo kotak' is the UHT carton; 'warna' (coloured) picks the multicolour crackers.",
    tags=["colour", "abbreviation"],
)
M(
    c,
    "keropok 6 paket tambah ye kak",
    lines=[FAM(FAM_KEROPOK, 6)],
    notes="'keropok' is ambiguous: prawn or garlic crackers, or keropok lekor.",
)
M(
    c,
    "gula merah 6 paket dgn ikan bilis 2kg",
    lines=[FAM(FAM_PALMSUGAR, 6), O("IKAN-BILIS", 2)],
    notes="'gula merah' is ambiguous (gula melaka or gula jawa); 2kg ikan bilis = 2 bags of 1kg.",
)
M(
    c,
    "Kedai tutup 12-13 Ogos sebab balik kampung. Jangan hantar ya. Terima kasih",
    intent="OTHER",
    notes="Closure notice; '12-13 Ogos' are dates.",
)
M(
    c,
    "sagu 4 bgks, milo kotak setengah karton",
    lines=[O("SAGO", 4), O("MILO-UHT", 0.5)],
    nohist=True,
    notes="Half a case (setengah karton) is a fraction.",
    tags=["fraction"],
)
M(
    c,
    "Melati: serbuk milo 2 bag, oldtown 6 pek, lekor 6 paket",
    lines=[O("MILO-POWDER", 2), O("OLDTOWN", 6), O("LEKOR", 6)],
    notes="'serbuk milo' is the powder.",
)
M(
    c,
    "hantar lapan bungkus sagu enam paket gula melaka dan tiga karton milo kotak",
    lines=[O("SAGO", 8), O("GULA-MELAKA", 6), O("MILO-UHT", 3)],
    notes="Spoken Malay list with number words (lapan, enam, tiga).",
    tags=["spoken"],
)
M(
    c,
    "Ada jual kuali besar tak? Nak tanya je, untuk kenduri",
    intent="QUESTION",
    notes="Asks about a large wok, not in this trade.",
)

# =====================================================================================================
# nasi-lemak-co (English/Manglish, e-mail)
# =====================================================================================================
c = "nasi-lemak-co"
M(
    c,
    "Subject: Order - Nasi Lemak & Co\n\nHi there, for Tuesday pls:\n4 x Royal Umbrella jasmine 10kg\n"
    "3 cases Chaokoh 400ml\n10 packs frozen pandan leaves\n4 jars sambal belacan\n\nCheers,\nAisyah\n"
    "Nasi Lemak & Co, 8 Chalk Farm Road NW1\n07700 900654",
    lines=[
        O("RICE-JAS-RU", 4, "10kg"),
        O("COCO-CHAOKOH", 3, CK400),
        O("PANDAN-LEAVES", 10),
        O("SAMBAL-BELACAN", 4),
    ],
    notes="10kg and 400ml are sizes; address and phone are not quantities.",
    tags=["signature", "number_in_name"],
)
M(
    c,
    "Can add 5 more pandan and 2 cases coconut milk ah? Thanks lah - Aisyah",
    ch="WHATSAPP",
    lines=[FAM(FAM_PANDAN, 5), FAM(FAM_COCOMILK, 2)],
    notes="'pandan' (leaves or paste) and 'coconut milk' (Chaokoh or Aroy-D) are ambiguous.",
    tags=["non_order_request"],
)
M(
    c,
    "Same as last week can? Except no kaya this time, still got stock.",
    ch="WHATSAPP",
    ref=dict(kind="last", remove=["KAYA"]),
    notes="Last week's order without the kaya.",
)
M(
    c,
    "2 blocks belacan and 6 gula melaka pls",
    ch="WHATSAPP",
    lines=[O("BELACAN", 2), O("GULA-MELAKA", 6)],
    notes="Belacan blocks, not the sambal belacan jar.",
)
M(
    c,
    "Do you guys carry frozen roti canai? Need like 10 packs (the 5-piece ones) for the weekend",
    ch="WHATSAPP",
    lines=[NIC(10)],
    review=True,
    nohist=True,
    notes="Conditional order on an item not in catalog; '5-piece' is a pack size.",
    tags=["conditional"],
)
M(
    c,
    "Subject: Damaged delivery\n\nHi, 4 cans of Chaokoh in today's delivery were dented and one has burst. Photos "
    "attached. Can you replace please?\nAisyah",
    intent="COMPLAINT",
    notes="Damaged goods.",
)
M(
    c,
    "Hi again, pls add 4 bags black glutinous rice + 2 bags malagkit for the pulut hitam dessert",
    ch="WHATSAPP",
    lines=[O("RICE-PULUT-HITAM", 4), O("RICE-MALAGKIT", 2)],
)

# =====================================================================================================
# kopitiam-ss2 (Malay, WhatsApp)
# =====================================================================================================
c = "kopitiam-ss2"
M(
    c,
    "OldTown 10 pek, kaya 10 balang, susu pekat alaska 2 karton. Hantar Khamis sebelum 9 pagi ye",
    lines=[O("OLDTOWN", 10), O("KAYA", 10), O("CONDENSED-ALASKA", 2)],
    notes="'9 pagi' is a time.",
)
M(
    c,
    "alaska 2 karton lagi, yang biasa",
    lines=[FAM(FAM_ALASKA, 2)],
    notes="'alaska' is ambiguous (evaporated or condensed); 'yang biasa' (the usual one) does not say which.",
)
M(
    c,
    "nak 5 paket serbuk kopi O 1kg dan 2 karton milo kotak",
    lines=[NIC(5), O("MILO-UHT", 2)],
    notes="Kopi O coffee powder is not in catalog (only 3-in-1 packs).",
)
M(
    c,
    "Order macam biasa, tambah 2 karton maggi kari",
    lines=[O("MAGGI-KARI", 2)],
    ref=dict(kind="usual"),
    notes="The usual plus 2 cases of Maggi Kari.",
)
M(
    c,
    "Boleh tak saya dapat invois bulan Julai? Akauntan minta.",
    intent="QUESTION",
    notes="'Boleh tak saya dapat' (can I get) asks for an invoice copy.",
    tags=["non_order_request"],
)
M(
    c,
    "Faizal sini. Maggi kari 2 karton, sambal belacan 3 balang, kara 1 karton. Esok boleh?",
    lines=[O("MAGGI-KARI", 2), O("SAMBAL-BELACAN", 3), O("COCO-KARA", 1)],
    notes="An order ending in a question about the day.",
)
M(
    c,
    "Milo 4 bag \U0001f64f sambal belacan 3 balang \u2615",
    lines=[O("MILO-POWDER", 4), O("SAMBAL-BELACAN", 3)],
    notes="'Milo ... bag': only the powder comes by the bag, so the unit word names it.",
    tags=["emoji", "unit_word"],
)
M(
    c,
    "kicap manis 2 karton ye",
    lines=[FAM(FAM_KECAPMANIS, 2)],
    notes="'kicap manis' is ambiguous: ABC or Bango, size not said.",
)
M(c, "Susu pekat alaska yang sampai semalam kemek 6 tin. Nak tukar", intent="COMPLAINT", notes="Dented tins.")

# =====================================================================================================
# island-kitchen-catering (English, e-mail)
# =====================================================================================================
c = "island-kitchen-catering"
M(
    c,
    "Subject: Fiesta order - 19 Aug, 300 guests\n\nHi, we're catering the Hounslow Filipino fiesta (approx. 300 "
    "guests). Please deliver Thursday 17 Aug:\n- Frozen lumpiang shanghai x 30 packs\n- Liempo 80kg\n"
    "- Pancit canton dried noodles 454g x 4 cases\n- Rice bihon 454g x 4 cases\n- Calamansi concentrate x 12\n\n"
    "Regards,\nGrace Villanueva\nIsland Kitchen Catering\nUnit 4, 22 Bath Road, Hounslow TW3 3EB\n020 7946 0641",
    lines=[
        O("LUMPIA-SHANGHAI", 30),
        O("LIEMPO", 80),
        O("NDL-CANTON", 4),
        O("NDL-BIHON", 4),
        O("CALAMANSI-CONC", 12),
    ],
    notes="A large order with a reason (fiesta, 300 guests): not an outlier. Dates, guest count, 454g, unit and street "
    "numbers and phone are not quantities.",
    tags=["signature", "number_in_name"],
)
M(
    c,
    "Also for the fiesta: 20 packs of the medium spring roll pastry and 10 of the large",
    lines=[O("WRAP-TYJ", 20, TYJ_M), O("WRAP-TYJ", 10, TYJ_L)],
    notes="Size words pick the pastry variants.",
    tags=["size_word"],
)
M(
    c,
    "Sorry, forgot - 15 packs wrappers too. Grace",
    lines=[FAM(FAM_WRAPPER, 15)],
    notes="'wrappers' is ambiguous: TYJ spring roll pastry or lumpia wrappers.",
)
M(
    c,
    "Please could you send 400 lumpia shanghai for Saturday",
    lines=[O("LUMPIA-SHANGHAI", 8)],
    notes="'Please could you send' is an order; 400 rolls = 8 packs of 50.",
    tags=["count", "non_order_request"],
)
M(
    c,
    "Hi, can we move the Thursday delivery to Wednesday 16th please? Venue access changed. Grace",
    intent="CHANGE",
    change=[],
    notes="Moves a placed order's day.",
    tags=["non_order_request"],
)
M(
    c,
    "Subject: Quote request\n\nCould you quote for 50kg liempo, 10 packs lumpiang shanghai and 6 cases Datu Puti soy "
    "1L for a christening on 2 Sept? Not confirming yet.\n\nGrace",
    intent="QUESTION",
    notes="A quote request with quantities, not an order.",
    tags=["non_order_request"],
)
M(
    c,
    "Subject: Standing order wk 33\n\n- Royal Umbrella 20kg x4\n- Frozen pork siomai x4 packs\n- Ube halaya x6\n"
    "- UFC banana ketchup 1kg pouch x2 cases\n\nGrace",
    lines=[O("RICE-JAS-RU", 4, "20kg"), O("SIOMAI", 4), O("UBE-HALAYA", 6), O("KETCHUP-UFC-1KG", 2)],
    notes="'wk 33' is a week number.",
    tags=["number_in_name"],
)
M(
    c,
    "Grace here: 6 cases calamansi... sorry, 6 bottles calamansi concentrate, and 2 cases Datu Puti soy 1L",
    ch="WHATSAPP",
    lines=[O("CALAMANSI-CONC", 6), O("SOY-DP", 2, L1)],
    notes="Self-correction from cases to bottles; the concentrate is sold by the bottle.",
    tags=["self_correction"],
)
M(
    c,
    "Subject: Fwd: order from our head chef\n\n---------- Forwarded message ----------\nFrom: Chef Nonoy "
    "<nonoy@islandkitchen.example>\nDate: Mon 7 Aug 2028 06:12\n\nGrace pls order: 10 packs siomai, 4 cases bihon, "
    "20 packs large TYJ spring roll pastry\n\n-----\nGrace: please process, thanks",
    lines=[O("SIOMAI", 10), O("NDL-BIHON", 4), O("WRAP-TYJ", 20, TYJ_L)],
    notes="The order is in the forwarded part; 'large' picks the TYJ 10\" pastry; the date and time are not "
    "quantities.",
    tags=["forwarded", "size_word"],
)
M(
    c,
    "3 x 20kg jasmine rice please, Friday",
    ch="WHATSAPP",
    lines=[FAM(FAM_JASMINE, 3, "20kg")],
    notes="'jasmine rice' is ambiguous: Royal Umbrella 20kg or Golden Phoenix 20kg.",
)

# =====================================================================================================
# kampong-events (English, e-mail; irregular)
# =====================================================================================================
c = "kampong-events"
M(
    c,
    "Hi, our usual for the Saturday wedding please + 4 cases Teh Botol. Ahmad",
    lines=[O("TEH-BOTOL", 4)],
    ref=dict(kind="usual"),
    notes="'our usual': this caterer has no usual basket (every order differs), so it stays open even with history.",
    tags=["ambiguous_reference"],
)
M(
    c,
    "Same as last order please, but double the otak-otak. Ahmad, Kampong Kitchen Events",
    ref=dict(kind="last", double=["OTAK"]),
    notes="The last order with the otak-otak doubled.",
)
M(
    c,
    "Subject: Order for Fri 11 Aug\n\n- Royal Umbrella 20kg x 5\n- Kara coconut cream 200ml x 3 cases\n"
    "- Rendang paste x 4 boxes\n- Sambal oelek 1kg tub x 6\n- Bintang cans 330ml x 4 cases\n\nAhmad Fauzi\n"
    "Kampong Kitchen Events\n+447700900662",
    lines=[
        O("RICE-JAS-RU", 5, "20kg"),
        O("COCO-KARA", 3),
        O("RENDANG-PASTE", 4),
        O("SAMBAL-OELEK-TUB", 6),
        O("BEER-BINTANG", 4, BT_C),
    ],
    notes="Sizes in names; 'cans' picks the Bintang can.",
    tags=["signature", "number_in_name"],
)
M(
    c,
    "2 cases of coconut cream and 4 cases coconut milk 400ml for Sunday",
    lines=[O("COCO-KARA", 2), FAM(FAM_COCOMILK, 4, CK400)],
    notes="'coconut cream' is the Kara; 'coconut milk 400ml' is ambiguous between Chaokoh 400ml and Aroy-D 400ml.",
)
M(
    c,
    "Thanks for squeezing in the Sunday drop last week, the wedding went brilliantly. Invoice paid today.",
    intent="OTHER",
    notes="Thanks and payment notice.",
)
M(
    c,
    "Subject: Order - Malaysian night 19 Aug (150 pax)\n\n- Otak-otak x 10 packs\n- Kerupuk udang natural x 6 bags\n"
    "- Belacan x 4\n- Pandan leaves x 10\n- Teh Botol x 5 cases\n\nAhmad",
    lines=[
        O("OTAK", 10),
        O("KERUPUK-UDANG", 6, "Natural"),
        O("BELACAN", 4),
        O("PANDAN-LEAVES", 10),
        O("TEH-BOTOL", 5),
    ],
    notes="Date and guest count are not quantities.",
)

# =====================================================================================================
# asian-mart-leeds (English, e-mail)
# =====================================================================================================
c = "asian-mart-leeds"
M(
    c,
    "Subject: PO AML-6104\n\nPlease supply:\nIndomie Mi Goreng original 10 cs\nIndomie Hot & Spicy 5 cs\n"
    "Lucky Me Pancit Canton original 4 cs\nMaggi Kari 4 cs\nABC kecap manis 275ml 4 cs\nRufina patis 750ml x 12 "
    "bottles\nChaokoh 400ml 4 cs\nAroy-D 400ml 4 cs\n\nDelivery to Unit 7B, Kirkstall Industrial Park, LS5 3BT. "
    "Goods in 7am-2pm.\n\nK. Nguyen\nPurchasing, Asia Mart Leeds\n07700 900637",
    lines=[
        O("IND-MIGORENG", 10),
        O("IND-MIGORENG-PEDAS", 5),
        O("LM-CANTON-ORIG", 4),
        O("MAGGI-KARI", 4),
        O("KECAP-ABC", 4, ABC275),
        O("PATIS-RUFINA", 12, "750ml"),
        O("COCO-CHAOKOH", 4, CK400),
        O("COCO-AROYD", 4),
    ],
    notes="PO number, unit number, postcode, goods-in times and phone are not quantities.",
    tags=["signature", "number_in_name", "abbreviation"],
)
M(
    c,
    "Subject: PO AML-6111 (top-up)\n\n2 x 24 San Mig Light cans\n1 x 12 Datu Puti soy 1L\n3 x 40 Indomie soto\n\n"
    "Thanks",
    lines=[O("BEER-SMLIGHT", 2), O("SOY-DP", 1, L1), O("IND-SOTO", 3)],
    notes="Inline pack notation: '2 x 24' is 2 cases, '1 x 12' one case, '3 x 40' three cases.",
    tags=["pack"],
)
M(
    c,
    "Subject: PO AML-6119\n\n6 cs coconut milk 400ml\n4 cs datu puti 1L\n\nThanks, K.",
    lines=[FAM(FAM_COCOMILK, 6, CK400), FAM(["SOY-DP", "VIN-DP"], 4, L1)],
    notes="'coconut milk 400ml' (Chaokoh or Aroy-D) and 'datu puti 1L' (soy sauce or vinegar) are ambiguous.",
)
M(
    c,
    "Subject: Short delivery PO AML-6104\n\nWe received 3 cases of Maggi Kari instead of 4, and 2 extra cases of "
    "Aroy-D were invoiced that never arrived. Please correct.\n\nK. Nguyen",
    intent="COMPLAINT",
    notes="Short delivery and invoicing error.",
)
M(
    c,
    "Subject: Repeat order\n\nPlease repeat last week's order, and add 2 cs Lucky Me Chilimansi.\n\nK. Nguyen",
    lines=[O("LM-CANTON-CHILI", 2)],
    ref=dict(kind="last"),
    notes="Last week's order plus 2 cases of chilimansi (added to the same line).",
)
M(
    c,
    "I'd like a copy of your current price list in Excel if possible, we're reviewing suppliers. K. Nguyen",
    intent="QUESTION",
    notes='Opens with "I\'d like"; asks for a price list.',
    tags=["non_order_request"],
)
M(
    c,
    "Subject: PO AML-6130\n\n5 cs Indomie Ayam Bawang\n3 cs Lucky Me Pancit Canton Extra Hot Chili\n"
    "4 cs Lucky Me Pancit Canton Chilimansi\n\nK.",
    lines=[NIC(5), NIC(3), O("LM-CANTON-CHILI", 4)],
    notes="Indomie Ayam Bawang and Lucky Me Extra Hot Chili are not in catalog; the chilimansi is.",
)
M(
    c,
    "Subject: PO AML-6137\n\nGreat Taste White 3-in-1 x 20 packs\nOldTown White Coffee x 12 packs\n"
    "Nescafe 3in1 original x 12 packs\nMilo 1kg x 6\n\nThanks",
    lines=[O("GREAT-TASTE", 20), O("OLDTOWN", 12), O("NESCAFE-3IN1", 12), O("MILO-POWDER", 6)],
    notes="'3-in-1', '3in1' and '1kg' are parts of names.",
    tags=["number_in_name"],
)
M(
    c,
    "Subject: Out of office\n\nI am out of the office until 21 August with limited access to email. For urgent "
    "purchasing matters please contact goodsin@asiamartleeds.example.\n\nK. Nguyen",
    intent="OTHER",
    notes="Auto-reply.",
)
M(
    c,
    "Subject: PO AML-6144\n\nSilver Swan soy 1L x 2 cs\nSilver Swan soy gallon x 1 cs\nDatu Puti vinegar 385ml x 2 cs",
    lines=[O("SOY-SS", 2, L1), O("SOY-SS", 1, GAL), O("VIN-DP", 2, ML385)],
    notes="Two sizes of one product on two lines.",
    tags=["number_in_name"],
)

# =====================================================================================================
# adobo-bros (English/Taglish, WhatsApp)
# =====================================================================================================
c = "adobo-bros"
M(
    c,
    "yo its Migs from Adobo Bros \U0001f69a need for sat market: 2 sacks royal umbrella 20kg, 4 packs lumpia "
    "shanghai, 6 chicken tocino, 6 lucban longganisa. thx!",
    lines=[O("RICE-JAS-RU", 2, "20kg"), O("LUMPIA-SHANGHAI", 4), O("TOCINO-CHICKEN", 6), O("LONG-LUCBAN", 6)],
    tags=["emoji", "abbreviation"],
)
M(c, "add 4 more tocino pls bro", lines=[FAM(FAM_TOCINO, 4)], notes="'tocino' is ambiguous: pork or chicken.")
M(
    c,
    "send 30 packs lumpia shanghai tmrw",
    lines=[O("LUMPIA-SHANGHAI", 30)],
    outlier=True,
    notes="30 packs against a usual of 4, no reason given: an outlier with history.",
)
M(
    c,
    "scrap that last msg bro, wrong chat \U0001f648 ignore the 30 lumpia",
    intent="CANCEL",
    notes="Cancels the previous order.",
    tags=["emoji"],
)
M(
    c,
    "can I pick up from your warehouse on Sunday instead of delivery?",
    intent="QUESTION",
    notes="'can I' opens a collection question.",
    tags=["non_order_request"],
)
M(
    c,
    "Migs again - 2 cases UFC 320, 1 case Mang Tomas, 2 calamansi concentrate. Sunday's fine",
    lines=[O("KETCHUP-UFC-320", 2), O("MANGTOMAS", 1), O("CALAMANSI-CONC", 2)],
    notes="'UFC 320' is the 320g bottle.",
)
M(
    c,
    "voice note - hey its migs uh can you send two sacks of royal umbrella twenty kilo a case of mang tomas and "
    "six chicken tocino thanks",
    lines=[O("RICE-JAS-RU", 2, "20kg"), O("MANGTOMAS", 1), O("TOCINO-CHICKEN", 6)],
    notes="Voice-to-text without commas; 'twenty kilo' is the size; 'a case' starts an item.",
    tags=["spoken", "voice", "non_order_request"],
)

# =====================================================================================================
# restoran-selera (Malay, WhatsApp)
# =====================================================================================================
c = "restoran-selera"
M(
    c,
    "salam encik nak order dua guni beras golden phoenix empat belacan tiga paket babas kari daging dua karton "
    "teh botol",
    lines=[O("RICE-JAS-GP", 2), O("BELACAN", 4), O("BABAS-CURRY", 3), O("TEH-BOTOL", 2)],
    notes="Spoken Malay list without commas; number words start items.",
    tags=["spoken"],
)
M(
    c,
    "santan 4 karton ye encik",
    lines=[FAM(FAM_SANTAN, 4)],
    notes="'santan' is ambiguous: Chaokoh, Aroy-D or Kara.",
)
M(
    c,
    "babas 2 paket, asam jawa 4",
    lines=[FAM(FAM_BABAS, 2), O("TAMARIND", 4)],
    notes="'babas' is ambiguous: meat or fish curry powder.",
)
M(
    c,
    "Sama macam minggu lepas tapi tambah keropok lekor 4 paket",
    lines=[O("LEKOR", 4)],
    ref=dict(kind="last"),
    notes="'sama macam minggu lepas' = same as last week, plus 4 packs of keropok lekor.",
)
M(
    c,
    "Encik, ikan bilis yang sampai semalam masin sangat dan ada pasir. 2 beg. Boleh tukar?",
    intent="COMPLAINT",
    notes="Quality complaint.",
)
M(
    c,
    "keropok udang asli 3 bungkus, santan chaokoh kecil 1 karton",
    lines=[O("KERUPUK-UDANG", 3, "Natural"), O("COCO-CHAOKOH", 1, CK165)],
    notes="'asli' (plain) is the natural crackers; 'kecil' (small) picks the 165ml Chaokoh.",
    tags=["colour", "size_word"],
)
M(
    c,
    "tolong hantar 4 paket gula melaka, 6 paket daun pandan, 2 tub sambal oelek",
    lines=[O("GULA-MELAKA", 4), O("PANDAN-LEAVES", 6), O("SAMBAL-OELEK-TUB", 2)],
    notes="'tub' picks the 1kg sambal oelek.",
    tags=["unit_word"],
)
M(
    c,
    "Boleh saya tahu bila harga beras golden phoenix naik? Minggu lepas lain harga",
    intent="QUESTION",
    notes="'Boleh saya tahu' (may I know): a price question.",
    tags=["non_order_request"],
)

# =====================================================================================================
# sinangag-express (Taglish, WhatsApp; first-time customer)
# =====================================================================================================
c = "sinangag-express"
M(
    c,
    "Hello po! Bago po kaming customer, Sinangag Express sa Tooting, opening namin sa Aug 10. First order po, "
    "cash on delivery:\n- 2 sako Royal Umbrella 20kg\n- 1 case Datu Puti vinegar 1L\n- 1 case Datu Puti soy 1L\n"
    "- 10 packs pork tocino 1kg\n- 10 packs longganisa hamonado 1kg\nDeliver po sa 41 Mitcham Rd, SW17. Salamat! "
    "Jerome 07700 900688",
    lines=[
        O("RICE-JAS-RU", 2, "20kg"),
        O("VIN-DP", 1, L1),
        O("SOY-DP", 1, L1),
        O("TOCINO-PORK", 10, "1kg"),
        O("LONG-HAMONADO", 10, "1kg"),
    ],
    notes="A first order paid on delivery ships as written. Dates, street number and phone are not quantities.",
    tags=["new_customer", "signature"],
)
M(
    c,
    "Same po ng first order namin, pakisend ulit sa Sabado",
    ref=dict(kind="first"),
    notes="'same as our first order': messages are not history, and this customer has no history orders.",
    tags=["new_customer", "ambiguous_reference"],
)
M(
    c,
    "Pwede po ba kami mag 30 days credit? Tapos pa-order na rin: 2 sako royal umbrella 20kg",
    lines=[O("RICE-JAS-RU", 2, "20kg")],
    review=True,
    nohist=True,
    notes="The order depends on a 30-day credit account: review.",
    tags=["new_customer", "credit"],
)
M(
    c,
    "Ano po cut-off ninyo for next day delivery? At may minimum order ba?",
    intent="QUESTION",
    notes="Delivery question.",
    tags=["new_customer"],
)
M(
    c,
    "Jerome po ng Sinangag Express. 2nd order po, COD ulit: 1 case UFC 1kg, 2 cases Chaokoh 400ml, 20 packs "
    "lumpia wrapper",
    lines=[O("KETCHUP-UFC-1KG", 1), O("COCO-CHAOKOH", 2, CK400), O("WRAP-LUMPIA", 20)],
    notes="Second order paid on delivery ships as written.",
    tags=["new_customer"],
)
M(
    c,
    "tsaka pa-add po ng 5 packs longganisa at 5 packs tocino",
    lines=[FAM(FAM_LONGGANISA, 5), FAM(FAM_TOCINO, 5)],
    notes="'longganisa' and 'tocino' are ambiguous; a first-time customer has no history to settle them.",
    tags=["new_customer"],
)

# =====================================================================================================
# warung-baru (Indonesian, SMS; first-time customer)
# =====================================================================================================
c = "warung-baru"
M(
    c,
    "Halo, sy Sri dari Warung Mbak Sri (baru buka di Leeds). Mau pesan, bayar tunai saat antar: 2 dus indomie "
    "goreng original, 1 karung beras golden phoenix, 5 pak tempe, 2 dus kecap bango 220ml. Alamat 9 Harehills "
    "Lane LS8",
    lines=[O("IND-MIGORENG", 2), O("RICE-JAS-GP", 1), O("TEMPE", 5), O("KECAP-BANGO", 2, BANGO220)],
    notes="First order paid in cash on delivery ships as written; street number and postcode are not quantities.",
    tags=["new_customer", "number_in_name"],
)
M(
    c,
    "Mbak Sri lagi. Tambah kecap manis 1 dus sama sambal 6 ya",
    lines=[FAM(FAM_KECAPMANIS, 1), FAM(FAM_SAMBAL, 6)],
    notes="'kecap manis' and 'sambal' are ambiguous; no history.",
    tags=["new_customer"],
)
M(
    c,
    "Makasih pak, barang sudah sampai semua. Sampai minggu depan",
    intent="OTHER",
    notes="Thanks.",
    tags=["new_customer"],
)
M(
    c,
    "Sri lagi: kirim lagi 3 dus indomie goreng pedas sama 10 pak tempe, bayar tunai ya",
    lines=[O("IND-MIGORENG-PEDAS", 3), O("TEMPE", 10)],
    notes="Second order paid on delivery ships as written.",
    tags=["new_customer"],
)

# =====================================================================================================
# tagay-bar (Taglish, WhatsApp)
# =====================================================================================================
c = "tagay-bar"
M(
    c,
    "Kuya Ben ng Tagay. Para sa Biyernes: 6 cases san miguel pale pilsen bote, 4 cases san mig light, 6 cases "
    "red horse, 2 cases boy bawang. Salamat pre",
    lines=[O("BEER-SMB", 6, SMB_B), O("BEER-SMLIGHT", 4), O("BEER-REDHORSE", 6), O("BOY-BAWANG", 2)],
    notes="'bote' picks the Pale Pilsen bottle.",
    tags=["size_word"],
)
M(
    c,
    "pa-dagdag 5 cases beer pls, videoke night sa Sabado",
    lines=[FAM(FAM_BEER, 5)],
    notes="'beer' is ambiguous: five beers.",
)
M(
    c,
    "pa-add 2 bote ng red horse sa order bukas",
    lines=[O("BEER-REDHORSE", 2)],
    notes="'2 bottles' of a product sold by the case, N small: read as 2 cases, the usual meaning in the trade (review "
    "would also be acceptable, a fraction never).",
    tags=["container"],
)
M(
    c,
    "Gaya ng last week pre, pero dagdag 2 pack siomai",
    lines=[O("SIOMAI", 2)],
    ref=dict(kind="last"),
    notes="Last week's order plus 2 packs of siomai.",
)
M(
    c,
    "voice note: anim na kahon ng red horse apat na kahon ng san mig light tatlong pack ng siomai at dalawang pack "
    "ng lumpiang shanghai",
    lines=[O("BEER-REDHORSE", 6), O("BEER-SMLIGHT", 4), O("SIOMAI", 3), O("LUMPIA-SHANGHAI", 2)],
    notes="Spoken Tagalog list with number words.",
    tags=["spoken", "voice"],
)
M(
    c,
    "Ben dito, happy birthday pare! Inuman tayo mamaya sa bar \U0001f37b",
    intent="OTHER",
    notes="Sent to the wrong chat.",
    tags=["emoji"],
)
M(
    c,
    "2 cases san miguel 500ml can po",
    lines=[O("BEER-SMB", 2, None, nofill=True)],
    notes="There is no 500ml San Miguel can (330ml bottle, 330ml can, 1L grande): ambiguous variant, never filled "
    "from history.",
)
M(
    c,
    "pa order pre: 2 case bintang can, 2 case tiger bote, 3 pack siomai",
    lines=[O("BEER-BINTANG", 2, BT_C), O("BEER-TIGER", 2), O("SIOMAI", 3)],
    notes="'can' picks the Bintang can; Tiger is only the bottle.",
    tags=["size_word"],
)
M(
    c,
    "Pre yung 2 case San Mig Light na dumating expired na pala, best before 07/2028. Pakipalitan",
    intent="COMPLAINT",
    notes="Expired stock; '07/2028' is a date.",
)
M(
    c,
    "Pre pa-order 10 cases red horse, bayaran ko na lang end of month ha, medyo gipit",
    lines=[O("BEER-REDHORSE", 10)],
    review=True,
    nohist=True,
    notes="An order on credit (pay at end of month): review.",
    tags=["credit"],
)


# =====================================================================================================
# more orders (added to several customers; dates follow each customer's message order)
# =====================================================================================================
M(
    "warung-sederhana",
    "Pak, buat Jumat: 2 karung golden phoenix, 10 pak tempe, 3 dus teh botol. Bayar transfer spt biasa",
    lines=[O("RICE-JAS-GP", 2), O("TEMPE", 10), O("TEH-BOTOL", 3)],
    notes="'spt biasa' (as usual) is about the payment, not a reference to the usual order.",
    tags=["abbreviation"],
)
M(
    "cebu-lechon-house",
    "Dodong: 20 kilos liempo ug 3 ka sako sinandomeng 25, dali lang palihug kay naa mi catering sa 5pm",
    lines=[O("LIEMPO", 20), O("RICE-SINAN", 3, "25kg")],
    notes="'25' is the sack size; '5pm' is a time.",
)
M(
    "mamak-corner",
    "Rashid: 2 paket babas kari ikan, 4 balang sambal belacan, 2 karton kara",
    lines=[O("BABAS-FISH", 2), O("SAMBAL-BELACAN", 4), O("COCO-KARA", 2)],
    notes="'babas kari ikan' is the fish curry powder; 'balang' is a jar.",
)
M(
    "toko-nusantara",
    "Pak, sambal terasi 12 botol sama kecap asin abc 1 dus, sekalian sambal bajak 6",
    lines=[O("SAMBAL-TERASI", 12), O("KECAP-ASIN-ABC", 1), O("SAMBAL-BAJAK", 6)],
    notes="Sambal jars are sold each.",
)
M(
    "tindahan-ni-inday",
    "Inday: 6 ka pack milo 3in1 ug 2 ka kahon ufc 320g, salamat day",
    lines=[O("MILO-3IN1", 6), O("KETCHUP-UFC-320", 2)],
    tags=["number_in_name"],
)
M(
    "kopitiam-ss2",
    "Uncle Lim: evap alaska 2 karton, oldtown 10 pek. Terima kasih",
    lines=[O("EVAP-ALASKA", 2), O("OLDTOWN", 10)],
    notes="'evap alaska' names the evaporated milk.",
)
M(
    "asian-mart-leeds",
    "Subject: PO AML-6150\n\nRoyal Umbrella 5kg x 20 bags\nGolden Phoenix 20kg x 6\n"
    "Sinandomeng 10kg x 10\nDinorado 10kg x 8\n\nK. Nguyen",
    lines=[O("RICE-JAS-RU", 20, "5kg"), O("RICE-JAS-GP", 6), O("RICE-SINAN", 10, "10kg"), O("RICE-DINO", 8)],
    notes="Bag and sack sizes are in the names, not quantities.",
    tags=["number_in_name"],
)
M(
    "restoran-selera",
    "hantar esok ya: 3 karton teh botol, 4 paket asam jawa, 6 keropok lekor",
    lines=[O("TEH-BOTOL", 3), O("TAMARIND", 4), O("LEKOR", 6)],
    notes="'keropok lekor' names the fish sausage.",
)
M(
    "lola-carinderia",
    "Mark ulit: 1 kahon sotanghon tsaka 1 kahon misua po, pang-sopas",
    lines=[O("NDL-SOTANGHON", 1), O("NDL-MISUA", 1)],
)
M(
    "bahay-kubo-cafe",
    "Please add 2 bags malagkit 5kg and 1 box pandan paste to Friday's delivery. Marites",
    ch="WHATSAPP",
    lines=[O("RICE-MALAGKIT", 2), O("PANDAN-PASTE", 1)],
    notes="'5kg' is the bag size.",
)
M(
    "kusina-manila",
    "pa-add po 1 kahon suka tsaka 2 pack bangus, para sa paksiw",
    lines=[
        FAM(["VIN-DP", "VIN-SS", "VIN-ILOKO", "VIN-PINAKURAT"], 1),
        FAM(["BANGUS-BELLY", "DAING-BANGUS"], 2),
    ],
    notes="'suka' is ambiguous (four vinegars, all by the case). 'pack bangus': the boneless bangus comes by the box, so "
    "the unit word leaves the belly and the daing, still ambiguous.",
    tags=["unit_word"],
)
M(
    "tagay-bar",
    "pa-add 3 pack beef tapa tsaka 2 case boy bawang pre",
    lines=[O("TAPA", 3), O("BOY-BAWANG", 2)],
)
M(
    "island-kitchen-catering",
    "Subject: Adobo station\n\n- Mama Sita's oyster sauce x 2 cases\n"
    "- Knorr liquid seasoning x 1 case\n- Sukang Iloko x 2 cases\n\nGrace",
    lines=[O("MS-OYSTER", 2), O("LIQ-SEASONING", 1), O("VIN-ILOKO", 2)],
)
M(
    "adobo-bros",
    "Migs: 1 case pinakurat and 4 packs daing na bangus for the silog menu",
    lines=[O("VIN-PINAKURAT", 1), O("DAING-BANGUS", 4)],
    notes="'pinakurat' is the spiced coconut vinegar.",
)
M(
    "lola-carinderia",
    "pa-add po 1 kahon mama sita",
    lines=[FAM(["KAREKARE", "MS-OYSTER"], 1)],
    notes="'mama sita' is a brand with the kare-kare mix and the oyster sauce: ambiguous.",
)
M(
    "cebu-lechon-house",
    "3 ka pack bangus belly ug 2 ka pack daing na bangus palihug, para sa Domingo",
    lines=[O("BANGUS-BELLY", 3), O("DAING-BANGUS", 2)],
)
M(
    "sari-sari-leyton",
    "pa-add po 6 lucky me chilimnsi, ubos na sa tindahan",
    lines=[O("LM-CANTON-CHILI", None)],
    nohist=True,
    notes="Typo 'chilimnsi'. Sold by the case of 72: '6' could be 6 packets or 6 cases, so the quantity is not stated "
    "in selling units.",
    tags=["pack", "typo"],
)
M(
    "toko-nusantara",
    "teh botol 48 botol sama indomie gorng 2x40 ya pak",
    lines=[O("TEH-BOTOL", 2), O("IND-MIGORENG", 2)],
    notes="48 bottles = 2 cases of 24; '2x40' is inline pack notation for 2 cases of 40; typo 'gorng'.",
    tags=["pack", "container", "typo"],
)
M(
    "asian-mart-leeds",
    "Subject: PO AML-6158\n\n1 x 30 Great Tase White 3-in-1\n2 x 12 Rufina patis 750ml\n"
    "3 x 24 Calamansi juice drink cans\n\nK. Nguyen",
    lines=[O("GREAT-TASTE", 1), O("PATIS-RUFINA", 24, "750ml"), O("CALAMANSI-DRINK", 3)],
    notes="Inline packs: '1 x 30' is one pack of 30 sachets; Rufina is sold by the bottle, so '2 x 12' is 24 bottles; "
    "'3 x 24' cans is 3 cases. Typo 'Tase'.",
    tags=["pack", "typo", "number_in_name"],
)
M(
    "bahay-kubo-cafe",
    "Could we get 12 cans of Kara coconut cream on Friday? Running low. Marites",
    ch="WHATSAPP",
    lines=[O("COCO-KARA", None)],
    nohist=True,
    notes="Kara comes 36 to a case: 12 cans is not a whole number of cases.",
    tags=["container", "non_order_request"],
)
