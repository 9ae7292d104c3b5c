# ruff: noqa  (hand-written data generator of blind set 45, kept as its writer left it)
# -*- coding: utf-8 -*-
"""Hand-written messages of blind set 45 and their plain labels.

Each m(...) is one inbound message. Lines:
  L(sku, qty, variant)      a catalog line (variant only for products with variants; omitted = not given)
  F([skus], qty, cv)        a bare family word: sku null with candidates (cv = candidate_variant)
  N(qty, what)              not in the catalog
Keyword flags: ref={"kind": "usual"|"last", "remove": [...], "double": [...]}; set=True on a line means
"new quantity" for a referenced basket; review=True for credit / conditional rows; outlier=True;
change_lines=[...] on CHANGE rows. day = 0..6 from Monday 8 May 2028.
"""

_U = object()

# variant names
C330, C500, C15 = "24 x 330ml Can", "12 x 500ml PET", "12 x 1.5L PET"
O46, O68, O810, O1012 = "4-6oz", "6-8oz", "8-10oz", "10-12oz"
BS, BM, BL = "Small 7x9in", "Medium 8x10in", "Large 10x12in"
BAT35, BAT16 = "3.5kg Bag", "16kg Sack"
MF1, MF45 = "1kg Tub", "4.5kg Tub"
R10, R20 = "10L Drum", "20L Bag-in-Box"
N1, N2, N6A, N9 = "No.1 (box of 1000)", "No.2 (box of 1000)", "No.6a (box of 500)", "No.9 (box of 500)"
MW500, MW650, MW750, MW1000 = (
    "500ml (box of 250)",
    "650ml (box of 250)",
    "750ml (box of 250)",
    "1000ml (box of 250)",
)
GP1015, GP1520, GP2030 = "10x15in", "15x20in", "20x30in"
B2OZ, B4OZ = "2oz (box of 96)", "4oz (box of 48)"

COD = ["COD-SKL", "COD-SKON"]
HADDOCK = ["HAD-SKL", "HAD-SKON"]
OIL = ["KTC-RAPE", "KTC-VEG-20", "HOLEIC-20"]
PALM = ["FRYMAX-125", "PALM-GC-125"]
DRIP_BOX = ["DRIP-RID-125", "DRIP-NG-125"]
DRIP_ALL = ["DRIP-RID-125", "DRIP-NG-125", "DRIP-LIQ-20"]
GRAVY = ["BISTO-18", "GRAVY-RID"]
VINEGAR5 = ["SARSONS-5", "NBC"]
CURRY = ["MAYFLOWER", "MAYFLOWER-XH", "GOLDFISH-CS"]
CURRY45 = ["MAYFLOWER", "MAYFLOWER-XH"]
PUKKA = ["PUKKA-SK", "PUKKA-CM", "PUKKA-MBO", "PUKKA-MP", "PUKKA-AS"]
JUMBOS = ["SAUS-PORK", "SAUS-BEEF", "SAUS-BATT"]
SOY = ["SOY-LIGHT", "SOY-DARK", "SOY-MUSH"]
RICE = ["RICE-LG", "RICE-JAS"]
SPRING = ["SPRING-MINI", "SPRING-LG"]
LIDS = ["FOIL-LID", "MW-LID"]
FORKS = ["FORK-WOOD", "FORK-PLAS"]
CHIPBAGS = ["CHIPBAG", "CHIPBAG-PRT"]
PAPER2030 = ["GREASEPROOF", "NEWSPRINT"]


def L(sku, q, v=_U, nofill=False, set=False):
    d = {"sku": sku, "quantity": q}
    if v is not _U:
        d["variant"] = v
    if nofill:
        d["_nofill"] = True
    if set:
        d["_set"] = True
    return d


def F(cands, q, cv=None, set=False):
    d = {"sku": None, "quantity": q, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    if set:
        d["_set"] = True
    return d


def N(q, what):
    return {"sku": None, "quantity": q, "_nic": what}


MSGS = []


def m(cust, day, text, intent="ORDER", lines=(), notes="", tags=(), **kw):
    MSGS.append(
        dict(
            cust=cust,
            day=day,
            text=text,
            intent=intent,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            **kw,
        )
    )


# =====================================================================================================
# The Codfather, Hull (WhatsApp, English, steady)
CF = "codfather-hull"
m(
    CF,
    0,
    "Morning Tony, for Weds pls\n12 pipers\n6 ridings dripping\n3 box skinless cod 6/8\n2 box skinless haddock 6/8\n"
    "1 sack ridings batter\n2 goldfish curry\ncheers Gaz 👍",
    lines=[
        L("POT-MP", 12),
        L("DRIP-RID-125", 6),
        L("COD-SKL", 3, O68),
        L("HAD-SKL", 2, O68),
        L("BATTER-RID", 1, BAT16),
        L("GOLDFISH-CS", 2),
    ],
    notes="'1 sack ridings batter' is the 16kg sack variant; '6 ridings dripping' is 6 cartons.",
)
m(
    CF,
    1,
    "usual for monday mate but no irn bru this time and 3 boxes of the 6s sausages",
    lines=[L("SAUS-PORK", 3, "6s", set=True)],
    ref={"kind": "usual", "remove": ["IRN-BRU"]},
    notes="Reference to the usual basket: Irn-Bru removed, pork 6s set to 3.",
)
m(
    CF,
    2,
    "Can I get a price on the 10-12 cod? thinking of doing a jumbo fish special, wont order till I know what it costs",
    intent="QUESTION",
    tags=["non_order_request"],
    notes="Price question; '10-12' is a fillet grade, not a quantity.",
)
m(
    CF,
    3,
    "can u add 2 cans of coke and 1 irn bru to thursdays drop",
    lines=[L("COKE", 2, C330), L("IRN-BRU", 1)],
    tags=["container", "non_order_request"],
    notes="'2 cans of coke' with N small is 2 cases of 24 x 330ml cans (trade convention); addition to a placed order is ORDER.",
)
m(
    CF,
    4,
    "Tony the 6/8 haddock tuesday was more like 4/6, half the box tiny fillets. not happy, cant sell them as large",
    intent="COMPLAINT",
)
m(
    CF,
    5,
    "Need 2 x 15lb skinless cod 8/10 and 1 x 15lb 4/6 for sat, plus 4 tubs pea soaking tabs",
    lines=[L("COD-SKL", 2, O810), L("COD-SKL", 1, O46), L("PEA-TABS", 4)],
    tags=["pack", "number_in_name"],
    notes="15lb is the 6.81kg box, so '2 x 15lb' is 2 boxes; the second line is skinless cod too.",
)
m(
    CF,
    6,
    "Shop shut Mon 15th for the new range going in, so no delivery that day pls. Back Tue as normal",
    intent="OTHER",
    notes="Closure notice, not an order change.",
)
m(
    CF,
    1,
    "Tony add 1 box pork 6s, 1 box fishcakes and 2 cases irn bru for weds ta",
    lines=[L("SAUS-PORK", 1, "6s"), L("FISHCAKE-CL", 1), L("IRN-BRU", 2)],
    notes="Bare 'fishcakes' is the classic fishcake (salmon carries its word).",
)
m(
    CF,
    4,
    "2 box skinles cod 6/8 n 1 box skinles haddok 6/8 plus 2 newsprint",
    lines=[L("COD-SKL", 2, O68), L("HAD-SKL", 1, O68), L("NEWSPRINT", 2)],
    tags=["typo"],
)

# =====================================================================================================
# Seaview Fisheries, Whitby (e-mail, English, regular)
SV = "seaview-whitby"
m(
    SV,
    0,
    "Subject: Order for Thursday 11 May - Seaview Fisheries\n\nHi Tony,\n\nPlease could we have the following for Thursday:\n\n"
    "- 15 x Agria 25kg\n- 8 cartons Northern Gold dripping\n- 4 boxes skin-on haddock 8-10oz\n- 2 boxes skin-on cod 8-10oz\n"
    "- 1 case Whitby wholetail scampi\n- 2 x A10 mushy peas cases\n\nMany thanks,\nMargaret Thwaite\n"
    "Seaview Fisheries, 14 Pier Road, Whitby YO21 3PU\nTel 01632 960 214",
    lines=[
        L("POT-AGRIA", 15),
        L("DRIP-NG-125", 8),
        L("HAD-SKON", 4, O810),
        L("COD-SKON", 2, O810),
        L("SCAMPI-WT", 1),
        L("PEAS-MUSHY", 2),
    ],
    tags=["signature", "non_order_request"],
    notes="'25kg', '8-10oz', 'A10', street number, postcode and phone are not quantities.",
)
m(
    SV,
    1,
    "Subject: add-on\n\nTony, sorry, forgot - can you add 3 boxes of cod 8-10 and a ream of greaseproof to Thursday? Margaret",
    lines=[F(COD, 3, O810), L("GREASEPROOF", 1)],
    tags=["non_order_request"],
    notes="Bare 'cod' is open between skinless and skin-on; the greaseproof size is not given.",
)
m(
    SV,
    2,
    "Subject: Allergen sheet\n\nHello, could you send the allergen information for the Ridings batter and the Whitby scampi please? "
    "Environmental health visit on the 19th.\nMargaret Thwaite, Seaview Fisheries",
    intent="QUESTION",
    tags=["non_order_request"],
)
m(
    SV,
    3,
    "Subject: Re: Tuesday\n\nSame as last Tuesday please Tony, but 20 Agria instead of 15 - half term week. Thanks, M.",
    lines=[L("POT-AGRIA", 20, set=True)],
    ref={"kind": "last"},
    notes="Reference to the last order with Agria set to 20; a reason is given, not an outlier.",
)
m(
    SV,
    4,
    "Subject: Invoice INV-40712 query\n\nTony, invoice INV-40712 charges us for 8 cartons of Northern Gold but only 7 came "
    "off the wagon on Tuesday. Please credit one. Margaret",
    intent="COMPLAINT",
)
m(
    SV,
    5,
    "Subject: Thursday's order\n\nCould you make the skin-on haddock on Thursday's order 5 boxes rather than 4 please. "
    "Everything else as is.\nM. Thwaite",
    intent="CHANGE",
    change_lines=[L("HAD-SKON", 5, O810)],
    notes="Amends the Thursday order (skin-on haddock 8-10oz, 4 -> 5).",
)
m(
    SV,
    6,
    "Subject: order for Monday\n\nHi, for Monday: 10 Agria, 4 Northern Gold, 2 boxes skin-on haddock 8/10, and do you do hake? "
    "If so 1 box. If not don't worry.\nMargaret",
    lines=[L("POT-AGRIA", 10), L("DRIP-NG-125", 4), L("HAD-SKON", 2, O810), N(1, "hake")],
    tags=["conditional"],
    review=True,
    notes="Hake is not in catalog; conditional line.",
)
m(
    SV,
    2,
    "Subject: Re: Your order confirmation SO-55120\n\nYes that's all fine, and please add 2 boxes of large chip boxes and "
    "1 ream of 15x20 greaseproof.\n\nMargaret\n\n> On 9 May 2028, Saltmarsh Orders wrote:\n> Thank you for your order "
    "SO-55120 (15 x Agria 25kg, 8 x Northern Gold dripping ...)\n> Delivery: Thursday 11 May",
    lines=[L("CHIPBOX-LG", 2), L("GREASEPROOF", 1, GP1520)],
    tags=["quoted"],
    notes="The quoted confirmation lists an earlier order; only the two additions are lines.",
)

# =====================================================================================================
# Golden Haddock, Leeds (SMS, English, regular)
GH = "golden-haddock-leeds"
m(
    GH,
    0,
    "10 maris 5 frymax 3 hadd 6/8 skinless 1 cod skinless 8/10 1 goldenfry ta",
    lines=[
        L("POT-MP", 10),
        L("FRYMAX-125", 5),
        L("HAD-SKL", 3, O68),
        L("COD-SKL", 1, O810),
        L("BATTER-GF2", 1),
    ],
    tags=["spoken"],
    notes="List without commas; each number starts an item.",
)
m(
    GH,
    1,
    "2 box chip bags pls n a box of red forks",
    lines=[F(CHIPBAGS, 2), L("FORK-PLAS", 1, "Red")],
    notes="'chip bags' is open between plain sulphite and printed bags, and the size is not given.",
)
m(GH, 2, "wots the price on mayflower hot 4.5 tub", intent="QUESTION")
m(GH, 3, "same as last wk pls", ref={"kind": "last"})
m(
    GH,
    4,
    "need a stone of skinless haddock 6/8 n 1 sack maris",
    lines=[L("HAD-SKL", None, O68), L("POT-MP", 1)],
    notes="A stone (6.35kg) is not a whole number of 6.81kg boxes: quantity not a whole number.",
)
m(GH, 5, "cancel tmrws order pls, fryer packed in, engineer not til tues", intent="CANCEL")
m(
    GH,
    1,
    "1 box savs 1 box battered sausage 2 vimto",
    lines=[L("SAVELOY", 1), L("SAUS-BATT", 1), L("VIMTO", 2)],
    tags=["spoken"],
)
m(
    GH,
    3,
    "pls add 1 box small chip bags and 1 box large chip bags to fri",
    lines=[L("CHIPBAG", 1, BS), L("CHIPBAG", 1, BL)],
)
m(
    GH,
    6,
    "4 tins mushy peas n 2 pea tabs",
    lines=[L("PEAS-MUSHY", None), L("PEA-TABS", 2)],
    tags=["pack"],
    notes="Mushy peas come as a case of 6 A10 tins; 4 tins is not a whole number of cases.",
)

# =====================================================================================================
# Fry Days, Wigan (WhatsApp, English, voice notes, steady)
FD = "frydays-wigan"
m(
    FD,
    0,
    "[voice note] hiya its Shaz from Fry Days can I get ten sacks of markies five boxes of ridings dripping three boxes "
    "of meat and potato two of the mince and onion a box of steak puddings and two cases of vimto ta love",
    lines=[
        L("POT-MARKIES", 10),
        L("DRIP-RID-125", 5),
        L("PUKKA-MP", 3),
        L("PUKKA-MBO", 2),
        L("STEAK-PUD", 1),
        L("VIMTO", 2),
    ],
    tags=["spoken", "voice", "non_order_request"],
)
m(FD, 1, "pukka x4 pls for fri", lines=[F(PUKKA, 4)], notes="'pukka' names five pies.")
m(
    FD,
    2,
    "[voice note] and can you put on for Thursday for boxes of cod the four to six and to boxes of the jumbo four s pork sausages",
    lines=[L("COD-SKL", 4, O46), L("SAUS-PORK", 2, "4s")],
    tags=["voice", "spoken", "homophone", "non_order_request"],
    notes="Voice-to-text: 'for boxes' = four, 'to boxes' = two; 'four s' = the 4s. Only skinless cod comes in 4-6oz.",
)
m(
    FD,
    3,
    "I would like to know if you're doing the Pukka meat & potato on offer again this month, it was £14.50 a box in March",
    intent="QUESTION",
    tags=["non_order_request"],
)
m(FD, 4, "usual for thurs + 1 box all steak pls", lines=[L("PUKKA-AS", 1)], ref={"kind": "usual"})
m(
    FD,
    5,
    "send 25 box meat & potato thurs",
    lines=[L("PUKKA-MP", 25)],
    outlier=True,
    notes="Far above the usual 3 boxes with no reason given.",
)
m(
    FD,
    6,
    "sorry that 25 was a typo, make it 5 boxes of meat n tater",
    intent="CHANGE",
    change_lines=[L("PUKKA-MP", 5)],
)
m(
    FD,
    2,
    "2 box pukka chicken & mushroom and 1 all steak, plus 2 boxes of the printed fish and chips bags",
    lines=[L("PUKKA-CM", 2), L("PUKKA-AS", 1), L("CHIPBAG-PRT", 2)],
)
m(
    FD,
    4,
    "gravy x2 ridings, mayflower 4.5 x1 🙏",
    lines=[L("GRAVY-RID", 2), L("MAYFLOWER", 1, MF45)],
    tags=["number_in_name"],
)

# =====================================================================================================
# The Plaice to Be, Blackpool (WhatsApp, English, regular)
PB = "plaice-to-be"
m(
    PB,
    0,
    "Hiya! Fri delivery pls 🐟🍟\n14 x maris piper\n4 x frymax\n3 x cod skinless 6-8\n2 x breaded plaice\n1 x scampi pieces\n"
    "3 x regular chip boxes\nta x",
    lines=[
        L("POT-MP", 14),
        L("FRYMAX-125", 4),
        L("COD-SKL", 3, O68),
        L("PLAICE-BRD", 2),
        L("SCAMPI-PC", 1),
        L("CHIPBOX-REG", 3),
    ],
)
m(
    PB,
    1,
    "2 box fishcakes n 1 salmon ones, also 1 box burgers",
    lines=[L("FISHCAKE-CL", 2), L("FISHCAKE-SA", 1), L("BURGER", 1)],
    notes="Burger weight not given (2oz or 4oz box).",
)
m(
    PB,
    2,
    "48 cans of diet coke + 24 coke cans, and 2000 small sauce pots",
    lines=[L("DIET-COKE", 2, C330), L("COKE", 1, C330), L("POT-2OZ", 2)],
    tags=["container", "count"],
    notes="48 cans = 2 cases of 24, 24 cans = 1 case, 2000 pots = 2 boxes of 1000.",
)
m(PB, 3, "do u do the battered halloumi? had a few ppl asking 🧀", intent="QUESTION")
m(
    PB,
    4,
    "usual for fri but no fishcakes at all this wk and double the plaice",
    ref={"kind": "usual", "remove": ["FISHCAKE-CL", "FISHCAKE-SA"], "double": ["PLAICE-BRD"]},
)
m(
    PB,
    5,
    "can u send half a box of mayo sachets",
    lines=[L("SACH-MAYO", 0.5)],
    tags=["fraction", "non_order_request"],
    notes="Half a box is a fraction of an indivisible selling unit.",
)
m(PB, 6, "Thanks for sorting the scampi yesterday Tony, driver was a star 🙌", intent="OTHER")
m(
    PB,
    1,
    "Tony can we get 3 box breaded plaice, 2 case whitby scampi and 4 bags ridings batter small bags for fri",
    lines=[L("PLAICE-BRD", 3), L("SCAMPI-WT", 2), L("BATTER-RID", 4, BAT35)],
    tags=["non_order_request"],
)
m(
    PB,
    3,
    "1 box quarter pounders + 1 case nuggets + 2 boxes mayo sachets 👍",
    lines=[L("BURGER", 1, B4OZ), L("CHICK-NUG", 1), L("SACH-MAYO", 2)],
    notes="'quarter pounders' are the 4oz burgers.",
)

# =====================================================================================================
# Harbour Lights, Scarborough (e-mail, English, regular)
HL = "harbour-lights"
m(
    HL,
    0,
    "Subject: Harbour Lights order - Mon 15 May\n\nMorning,\n\n12 sacks Agria\n4 cartons Ridings dripping\n"
    "3 boxes skin on haddock 6-8\n2 boxes skin on cod 6-8\n1 box skate wings\n1 box huss\n2 x Sarson's 5L\n\n"
    "Regards\nPete Halloran\nHarbour Lights Fish Bar, 3 Sandside, Scarborough YO11 1PE\n0113 496 0381",
    lines=[
        L("POT-AGRIA", 12),
        L("DRIP-RID-125", 4),
        L("HAD-SKON", 3, O68),
        L("COD-SKON", 2, O68),
        L("SKATE-810", 1),
        L("ROCK-HUSS", 1),
        L("SARSONS-5", 2),
    ],
    tags=["signature"],
)
m(
    HL,
    1,
    "Subject: extras\n\nPete here - could you add 2 vinegar 5L and 1 box of filter papers to Monday. Thanks",
    lines=[F(VINEGAR5, 2, "5L"), L("FILTER-PAP", 1)],
    tags=["non_order_request"],
    notes="'vinegar 5L' is open between Sarson's malt and non-brewed condiment 5L.",
)
m(
    HL,
    2,
    "Subject: Delivery window\n\nCan I ask what time the Scarborough run gets to us on Mondays now? The last two came after "
    "11am and we open at 11.30. Pete",
    intent="QUESTION",
    tags=["non_order_request"],
)
m(
    HL,
    3,
    "Subject: potatoes\n\nWe'll need 300kg of Agria on top of the usual Monday order this week, bank holiday coming.\nPete",
    lines=[L("POT-AGRIA", 12)],
    ref={"kind": "usual"},
    tags=["count"],
    notes="300kg = 12 sacks of 25kg, added to the usual; a reason is given.",
)
m(
    HL,
    4,
    "Subject: Damaged delivery\n\nTwo of the five 2.5kg dripping blocks in one carton were split and covered in cardboard on "
    "Monday. Photos attached.\nPete Halloran, Harbour Lights",
    intent="COMPLAINT",
)
m(
    HL,
    5,
    "Subject: paper\n\n2 reams greaseproof 10x15 and 1 pack of the blank newsprint please, with Monday's. P.",
    lines=[L("GREASEPROOF", 2, GP1015), L("NEWSPRINT", 1)],
)
m(
    HL,
    2,
    "Subject: Saturday top-up\n\n1 box huss, 1 box skate wings and 1 x 6-pack blue roll for Saturday please.\nPete",
    lines=[L("ROCK-HUSS", 1), L("SKATE-810", 1), L("BLUE-ROLL", 1)],
    tags=["pack"],
    notes="'1 x 6-pack blue roll' is one pack of 6.",
)

# =====================================================================================================
# Northern Fry Group (e-mail, English, purchasing, regular)
NF = "northern-fry-group"
m(
    NF,
    0,
    "Subject: PO NFG-28817 - all three shops, Tue 9 May\n\nHi Tony,\n\nPO NFG-28817 please:\n1. Maris Piper 25kg x 40\n"
    "2. Ridings dripping 12.5kg x 15\n3. Cod skinless 6-8oz x 8\n4. Cod skinless 8-10oz x 4\n5. Haddock skinless 6-8oz x 6\n"
    "6. Ridings batter 16kg x 3\n7. Goldfish curry 2.27kg x 4\n\nDeliver to the Garforth unit as usual.\n\nKind regards,\n"
    "Joanne Ellery\nPurchasing, Northern Fry Group Ltd\n0113 496 0522 | joanne.ellery@northernfry.example",
    lines=[
        L("POT-MP", 40),
        L("DRIP-RID-125", 15),
        L("COD-SKL", 8, O68),
        L("COD-SKL", 4, O810),
        L("HAD-SKL", 6, O68),
        L("BATTER-RID", 3, BAT16),
        L("GOLDFISH-CS", 4),
    ],
    tags=["signature", "number_in_name"],
    notes="List numbering, PO number, sizes in names and phone are not quantities; 'as usual' refers to the delivery address.",
)
m(
    NF,
    1,
    "Subject: PO NFG-28831 - gloves\n\nPlease add to Tuesday: 10 boxes of medium gloves and 4 boxes of large. Joanne",
    lines=[L("GLOVES", 10, "Medium"), L("GLOVES", 4, "Large")],
)
m(
    NF,
    2,
    "Subject: PO NFG-28840 (Castleford shop)\n\nHi, for the Castleford shop Thursday:\n- 10 x 25kg Maris Piper\n- 4 x dripping\n"
    "- 1 x gravy\nJoanne",
    lines=[L("POT-MP", 10), F(DRIP_ALL, 4), F(GRAVY, 1)],
    notes="'dripping' and 'gravy' are family words.",
)
m(
    NF,
    3,
    "Subject: Quote request - new shop\n\nWe're opening a fourth shop in Rothwell in June. Could you quote for a weekly 30 x Maris "
    "Piper, 10 x Ridings dripping and 6 x cod skinless 6-8oz? Not ordering yet, just budgeting.\nJoanne Ellery",
    intent="QUESTION",
    tags=["non_order_request"],
    notes="Quote request listing quantities: QUESTION.",
)
m(
    NF,
    4,
    "Subject: PO NFG-28862\n\nOur standard weekly order please, but 10 boxes of large gloves instead of 4 and no Coke this week.\nJoanne",
    lines=[L("GLOVES", 10, "Large", set=True)],
    ref={"kind": "usual", "remove": ["COKE"]},
)
m(
    NF,
    5,
    "Subject: PO NFG-28870 - Rothwell opening stock\n\nOpening order for the Rothwell shop, to go on a new 30-day account under "
    "Northern Fry Group (form sent Friday):\n20 x Maris Piper\n8 x Ridings dripping\n4 x cod skinless 6-8oz\n"
    "2 x Ridings batter 16kg\n2 x boxes medium chip bags\nJoanne",
    lines=[
        L("POT-MP", 20),
        L("DRIP-RID-125", 8),
        L("COD-SKL", 4, O68),
        L("BATTER-RID", 2, BAT16),
        L("CHIPBAG", 2, BM),
    ],
    tags=["credit"],
    review=True,
    notes="Depends on a new 30-day account being approved: review.",
)
m(
    NF,
    6,
    "Subject: New accounts contact\n\nPlease note that from 15 May invoices should go to accounts@northernfry.example rather "
    "than me. Thanks, Joanne Ellery",
    intent="OTHER",
)
m(
    NF,
    2,
    "Subject: Cancel PO NFG-28840\n\nPlease cancel PO NFG-28840 for Castleford, the shop is closed Thursday for a refit. Joanne",
    intent="CANCEL",
)
m(
    NF,
    1,
    "Subject: PO NFG-28849 - sundries\n\nPO NFG-28849: 2 x NBC 20L drums, 2 x boxes salt sachets, 2 x Crispwell boil-out 5L. "
    "Deliver with Tuesday's.\nJoanne Ellery, Purchasing",
    lines=[L("NBC", 2, "20L Drum"), L("SACH-SALT", 2), L("BOILOUT-5", 2)],
)

# =====================================================================================================
# Friar's Fish Bar, Nottingham (SMS, English, steady)
FR = "friars-fish-bar"
m(
    FR,
    0,
    "8 maris, 3 oil, 2 cod 6-8 skinless, 2 hadd 6-8 skinless. Friars",
    lines=[L("POT-MP", 8), F(OIL, 3), L("COD-SKL", 2, O68), L("HAD-SKL", 2, O68)],
    notes="Bare 'oil' is open between the frying oils.",
)
m(FR, 1, "usual wed pls", ref={"kind": "usual"})
m(
    FR,
    2,
    "can i have 2 box of sausages the 8s and 96 small burgers",
    lines=[L("SAUS-PORK", 2, "8s"), L("BURGER", 1, B2OZ)],
    tags=["count", "non_order_request", "number_in_name"],
    notes="8s exist only in the pork jumbos; 96 small burgers = 1 box of 96 x 2oz.",
)
m(
    FR,
    3,
    "2 of the 24 tango cans burst in the case, sticky mess all over the van. can u credit",
    intent="COMPLAINT",
)
m(FR, 4, "r u open bank hol monday?", intent="QUESTION")
m(
    FR,
    5,
    "send 30 cans of tango and 1 mayflower 1kg",
    lines=[L("TANGO", None), L("MAYFLOWER", 1, MF1)],
    tags=["container"],
    notes="30 cans is not a whole number of cases of 24.",
)
m(
    FR,
    6,
    "1 box fishcakes 1 box medium chip bags 1 box wooden forks ta. Friars",
    lines=[L("FISHCAKE-CL", 1), L("CHIPBAG", 1, BM), L("FORK-WOOD", 1)],
    tags=["spoken"],
)

# =====================================================================================================
# Batter Up, mobile van (WhatsApp, English, never repeats)
BU = "batter-up-van"
m(
    BU,
    0,
    "Hi it's Mel from Batter Up 🚐 we've got the Ripon show Sat 13th, 900 covers. Can we have 16 bags chipped potatoes, "
    "2 KTC rapeseed 20L, 3 boxes skinless cod 6-8, 5 boxes regular chip boxes, 2 boxes wooden forks, 4 cases Pennine water",
    lines=[
        L("CHIPPED-10", 16),
        L("KTC-RAPE", 2, R20),
        L("COD-SKL", 3, O68),
        L("CHIPBOX-REG", 5),
        L("FORK-WOOD", 2),
        L("WATER-500", 4),
    ],
    tags=["non_order_request"],
    notes="'900 covers' and dates are not quantities.",
)
m(
    BU,
    2,
    "Can you do us our usual event order for Sunday at Harewood? Mel",
    ref={"kind": "usual"},
    tags=["ambiguous_reference", "non_order_request"],
    notes="The van never repeats a basket: no usual order exists.",
)
m(
    BU,
    3,
    "need 4-5 boxes of the large chip boxes and 2 box ketchup sachets for saturday",
    lines=[L("CHIPBOX-LG", None), L("SACH-KETCHUP", 2)],
    tags=["range"],
    notes="Range: quantities not stated exactly.",
)
m(BU, 5, "Do you deliver to event sites? Harewood House, gate C, Sunday before 8am?", intent="QUESTION")
m(
    BU,
    4,
    "Mel again 🚐 for Harewood Sun: 10 bags chipped potatoes, 1 KTC rapeseed 20L box, 2 box skinless haddock 6-8, "
    "3 boxes large chip boxes, 4 boxes vinegar sachets",
    lines=[
        L("CHIPPED-10", 10),
        L("KTC-RAPE", 1, R20),
        L("HAD-SKL", 2, O68),
        L("CHIPBOX-LG", 3),
        L("SACH-VINEGAR", 4),
    ],
)

# =====================================================================================================
# The Salty Fryer, Cleethorpes (e-mail, English, first-time customer)
SF = "salty-fryer"
m(
    SF,
    0,
    "Subject: First order - The Salty Fryer, Cleethorpes\n\nHello,\n\nWe open on Friday 12 May. Please deliver Thursday 11th, "
    "paying the driver by card on delivery:\n\n10 x Maris Piper 25kg\n6 x Frymax 12.5kg\n3 x cod skinless 6-8oz\n"
    "2 x haddock skinless 6-8oz\n2 x Ridings batter 3.5kg bags\n1 x Goldfish curry\n2 x Bisto 1.8kg\n"
    "4 x boxes medium chip bags\n2 x wooden chip forks\n\nThanks,\nLiam Foster\nThe Salty Fryer, 22 Sea Road, "
    "Cleethorpes DN35 8AU\n07700 900871",
    lines=[
        L("POT-MP", 10),
        L("FRYMAX-125", 6),
        L("COD-SKL", 3, O68),
        L("HAD-SKL", 2, O68),
        L("BATTER-RID", 2, BAT35),
        L("GOLDFISH-CS", 1),
        L("BISTO-18", 2),
        L("CHIPBAG", 4, BM),
        L("FORK-WOOD", 2),
    ],
    tags=["new_customer", "signature"],
    notes="First order paid on delivery: ships as written.",
)
m(
    SF,
    1,
    "Subject: Account application\n\nPlease find attached our credit account application form and two trade references.\n"
    "Liam Foster, The Salty Fryer",
    intent="OTHER",
    tags=["new_customer"],
)
m(
    SF,
    3,
    "Subject: Re: First order\n\nCould you send the same as my first order again for Tuesday, plus 2 boxes of tartare sachets. Liam",
    lines=[L("SACH-TARTARE", 2)],
    ref={"kind": "last"},
    tags=["new_customer", "ambiguous_reference", "non_order_request"],
    notes="First-time customer: the first order was a message, not history.",
)
m(
    SF,
    4,
    "Subject: order Thurs 18th\n\nOnce the 30-day account is approved please send 8 Maris Piper, 4 Frymax and 2 boxes skinless "
    "cod 8-10oz.\nLiam Foster, The Salty Fryer",
    lines=[L("POT-MP", 8), L("FRYMAX-125", 4), L("COD-SKL", 2, O810)],
    tags=["credit", "new_customer"],
    review=True,
)
m(
    SF,
    5,
    "Subject: Top-up\n\nHi Tony, top-up for Saturday, card on delivery again please: 4 Maris Piper, 2 Frymax, 1 box haddock "
    "skinless 6-8oz. Thanks, Liam",
    lines=[L("POT-MP", 4), L("FRYMAX-125", 2), L("HAD-SKL", 1, O68)],
    tags=["new_customer"],
)

# =====================================================================================================
# Crofters Chippy, Preston (WhatsApp, English, steady)
CR = "crofters-preston"
m(
    CR,
    0,
    "4 box haddock 6/8 for fri pls and 10 pipers",
    lines=[F(HADDOCK, 4, O68), L("POT-MP", 10)],
    notes="Bare 'haddock' is open between skinless and skin-on.",
)
m(
    CR,
    1,
    "[voice message] right Tony it's Bev at Crofters put us down for four boxes of Ridings dripping a sack of the Ridings "
    "batter two boxes meat and potato and one chicken and mushroom ta",
    lines=[L("DRIP-RID-125", 4), L("BATTER-RID", 1, BAT16), L("PUKKA-MP", 2), L("PUKKA-CM", 1)],
    tags=["spoken", "voice"],
)
m(
    CR,
    2,
    "15 blocks ridings dripping n 2 gravy",
    lines=[L("DRIP-RID-125", 3), F(GRAVY, 2)],
    tags=["count"],
    notes="15 blocks of 2.5kg = 3 cartons of 5 blocks.",
)
m(
    CR,
    4,
    "3 boxes of pork 6s... no wait 2, we've still got one in the freezer. and 1 tub pea tablets",
    lines=[L("SAUS-PORK", 2, "6s"), L("PEA-TABS", 1)],
    tags=["self_correction"],
)
m(CR, 5, "Bev's new number is 07700 900834 for texts, the old phone died", intent="OTHER")
m(
    CR,
    6,
    "same as last week but 12 pipers instead of 10 and no irn bru",
    lines=[L("POT-MP", 12, set=True)],
    ref={"kind": "last", "remove": ["IRN-BRU"]},
)
m(
    CR,
    3,
    "1 box steak puds 1 box meat n tater pies and 1 tub ridings gravy",
    lines=[L("STEAK-PUD", 1), L("PUKKA-MP", 1), L("GRAVY-RID", 1)],
)

# =====================================================================================================
# Golden Dragon, Wigan (WhatsApp, Cantonese, traditional characters, regular)
GD = "golden-dragon"
m(
    GD,
    0,
    "Tony 你好，星期四送：\n絲苗米 4包\n生抽 1箱\n老抽 1箱\n蠔油 1箱\n味精 3包\nMayflower 咖喱 4.5kg 2桶\n唔該 🙏",
    lines=[
        L("RICE-LG", 4),
        L("SOY-LIGHT", 1),
        L("SOY-DARK", 1),
        L("OYSTER-LKK", 1),
        L("MSG-1", 3),
        L("MAYFLOWER", 2, MF45),
    ],
    notes="絲苗米 is long-grain rice (包 = the 20kg sack); 生抽/老抽 light/dark soy; 'Mayflower 咖喱' is the original mix.",
)
m(
    GD,
    1,
    "再加 2箱 錫紙盒 同 2箱 蓋",
    lines=[L("FOIL", 2), F(LIDS, 2)],
    notes="Foil container number not given; 蓋 (lids) is open between foil board lids and microwave lids.",
)
m(
    GD,
    2,
    "聽日要兩包米三箱雞蛋麵一箱蝦片同埋兩盒細春卷",
    lines=[F(RICE, 2), L("NOODLE-EGG", 3), L("PRAWN-CRK", 1), L("SPRING-MINI", 2)],
    tags=["spoken"],
    notes="Run-on list with number words (兩/三/一); bare 米 is open between long-grain and jasmine; 細春卷 = mini spring rolls.",
)
m(GD, 3, "我想問下 Lee Kum Kee 海鮮醬 幾錢一箱？", intent="QUESTION", tags=["non_order_request"])
m(
    GD,
    4,
    "照舊 星期四，不過唔要可樂，多一箱蠔油",
    lines=[L("OYSTER-LKK", 1)],
    ref={"kind": "usual", "remove": ["COKE"]},
    notes="照舊 = the usual; cola removed, one extra case of oyster sauce.",
)
m(GD, 5, "上個禮拜嘅 6a 錫紙盒 成箱都壓扁咗，用唔到。可唔可以換過？", intent="COMPLAINT")
m(GD, 6, "星期四張單嘅甜酸醬改做 3桶，唔該", intent="CHANGE", change_lines=[L("MAYFLOWER-SS", 3)])
m(
    GD,
    1,
    "650ml 膠盒 500個 同 膠蓋 500個",
    lines=[L("MW-CONT", 2, MW650), L("MW-LID", 2)],
    tags=["count"],
    notes="500 containers / lids = 2 boxes of 250.",
)
m(GD, 3, "加 1箱 維他檸檬茶 同 1箱 維他奶 🙏", lines=[L("VITA-LEMON", 1), L("VITASOY", 1)])
m(
    GD,
    5,
    "Mayflower 甜酸 2桶，蠔油 1箱，海鮮醬 1箱",
    lines=[L("MAYFLOWER-SS", 2), L("OYSTER-LKK", 1), L("HOISIN-LKK", 1)],
)

# =====================================================================================================
# Lucky Star Fish Bar, Doncaster (SMS, Cantonese romanisation and English, steady)
LS = "lucky-star"
m(
    LS,
    0,
    "Tony ah, ting yat yiu sap yi bau maris piper, ng box northern gold, leung box cod 6-8 skinless, leung box haddock 6-8 skinless. m goi",
    lines=[L("POT-MP", 12), L("DRIP-NG-125", 5), L("COD-SKL", 2, O68), L("HAD-SKL", 2, O68)],
    notes="Cantonese number words: sap yi = 12, ng = 5, leung = 2; bau (bag) of potatoes = a sack.",
)
m(
    LS,
    1,
    "yiu leung tung curry 4.5kg tung mai 1 bisto",
    lines=[F(CURRY45, 2, MF45), L("BISTO-18", 1)],
    notes="'curry 4.5kg' fits Mayflower original and extra hot (Goldfish is 2.27kg).",
)
m(LS, 2, "nei dei yau mo hake? customer sing yat man", intent="QUESTION")
m(
    LS,
    3,
    "same as usual m goi, plus 1 box mini spring roll",
    lines=[L("SPRING-MINI", 1)],
    ref={"kind": "usual"},
)
m(
    LS,
    4,
    "2000 no1 foil tung 2000 no1 lid",
    lines=[L("FOIL", 2, N1), L("FOIL-LID", 2, N1)],
    tags=["count", "number_in_name"],
    notes="2000 = 2 boxes of 1000.",
)
m(LS, 5, "cod 6-8 lei ge box 6.2kg only, not 6.81. mm ngam", intent="COMPLAINT")
m(
    LS,
    6,
    "25 box northern gold next thurs m goi",
    lines=[L("DRIP-NG-125", 25)],
    outlier=True,
    notes="Five times the usual 5 cartons with no reason given.",
)
m(
    LS,
    2,
    "1 box pickled egg tung 2 haywards onion",
    lines=[N(1, "pickled eggs"), L("PICKLED-ONION", 2)],
    notes="Pickled eggs are not in catalog (only Haywards onions).",
)
m(
    LS,
    1,
    "sam bau maris piper tung mai yat box pork 6s, m goi",
    lines=[L("POT-MP", 3), L("SAUS-PORK", 1, "6s")],
)
m(
    LS,
    4,
    "1 box large spring roll, 1 box vest bag, 2 box medium chip bag",
    lines=[L("SPRING-LG", 1), L("VEST-BAG", 1), L("CHIPBAG", 2, BM)],
)

# =====================================================================================================
# Jade Garden, Sheffield (WhatsApp, Cantonese, regular)
JG = "jade-garden"
m(
    JG,
    0,
    "星期二落單：\n香米 3包\n生抽 2箱\n草菇老抽 1箱\n海鮮醬 1箱\n粟粉 3kg 4桶\nKTC 菜油 3箱\n多謝晒",
    lines=[
        L("RICE-JAS", 3),
        L("SOY-LIGHT", 2),
        L("SOY-MUSH", 1),
        L("HOISIN-LKK", 1),
        L("CORNFLOUR-3", 4),
        L("KTC-VEG-20", 3),
    ],
    notes="香米 = jasmine rice; 菜油 = vegetable oil (the 20L box, sold each).",
)
m(
    JG,
    1,
    "豉油 2箱，米粉 1箱",
    lines=[F(SOY, 2), L("NOODLE-VERM", 1)],
    notes="豉油 (soy sauce) names three soy sauces.",
)
m(
    JG,
    2,
    "[語音] 阿Tony 唔該幫我送三箱蛋麵兩盒大春卷一箱維他奶同埋兩箱蝦片",
    lines=[L("NOODLE-EGG", 3), L("SPRING-LG", 2), L("VITASOY", 1), L("PRAWN-CRK", 2)],
    tags=["voice", "spoken"],
)
m(
    JG,
    3,
    "可唔可以以後 send 發票去我個仔 email: kenny.lam@jadegarden.example？唔該",
    intent="OTHER",
    tags=["non_order_request"],
    notes="Contact change: invoices to the son's e-mail.",
)
m(JG, 4, "膠盒 2箱 同 膠蓋 2箱", lines=[L("MW-CONT", 2), L("MW-LID", 2)], notes="Container size not given.")
m(JG, 5, "sorry Tony 星期二張單取消，下個禮拜先再落", intent="CANCEL")
m(
    JG,
    6,
    "同上個禮拜一樣，但係香米要 5包，唔要檸檬茶",
    lines=[L("RICE-JAS", 5, set=True)],
    ref={"kind": "last", "remove": ["VITA-LEMON"]},
)
m(JG, 2, "你哋有冇 16oz 湯兜嘅蓋單獨賣？", intent="QUESTION")
m(
    JG,
    1,
    "星期五加：米粉 2箱，湯兜 16oz 1箱，牛皮紙袋 1箱",
    lines=[L("NOODLE-VERM", 2), L("SOUP-16", 1), L("KRAFT-BAG", 1)],
)
m(JG, 3, "750ml 膠盒 1000個", lines=[L("MW-CONT", 4, MW750)], tags=["count"], notes="1000 = 4 boxes of 250.")

# =====================================================================================================
# Happy Valley, Middlesbrough (WhatsApp, Cantonese romanisation and English, regular)
HV = "happy-valley"
m(
    HV,
    0,
    "Hi Tony, Wed order: 10 agria, 4 frymax, 2 cod 8/10 skinless, 1 haddock 8/10 skinless, 1 mayflower extra hot, 2 sack tilda. m goi sai",
    lines=[
        L("POT-AGRIA", 10),
        L("FRYMAX-125", 4),
        L("COD-SKL", 2, O810),
        L("HAD-SKL", 1, O810),
        L("MAYFLOWER-XH", 1),
        L("RICE-LG", 2),
    ],
)
m(
    HV,
    1,
    "ngo yiu sam box cod 8-10 tung mai 2 box palm",
    lines=[F(COD, 3, O810), F(PALM, 2)],
    notes="sam = 3; bare 'cod' and 'palm' are family words.",
)
m(
    HV,
    2,
    "6a foil 1 box tung 6a lid 1 box, 2 box large chip bag",
    lines=[L("FOIL", 1, N6A), L("FOIL-LID", 1, N6A), L("CHIPBAG", 2, BL)],
    tags=["number_in_name"],
)
m(HV, 3, "Tony, yau mo gluten free batter? some customer ask", intent="QUESTION")
m(
    HV,
    4,
    "usual ah, but mayflower extra hot yiu 2 tub",
    lines=[L("MAYFLOWER-XH", 2, set=True)],
    ref={"kind": "usual"},
)
m(HV, 5, "ni wk ge agria hou do lan, 3 sack half rotten. please credit", intent="COMPLAINT")
m(
    HV,
    6,
    "1 box gloves tung 1 box king prawn 31/40",
    lines=[L("GLOVES", 1), N(1, "king prawns")],
    notes="Glove size not given; king prawns are not in catalog; '31/40' is a prawn grade.",
)
m(
    HV,
    1,
    "yiu 2 box battered sausage tung 1 box mini spring roll",
    lines=[L("SAUS-BATT", 2), L("SPRING-MINI", 1)],
)
m(HV, 5, "Tony, ngo dei summer holiday 1-14 Aug close shop, ng sai deliver", intent="OTHER")

# =====================================================================================================
# Peking House, Bolton (e-mail, English with some Chinese, regular)
PK = "peking-house"
m(
    PK,
    0,
    "Subject: Peking House order for Friday 12/05\n\nHi Tony,\n\nMum asked me to email this week's order:\n\n"
    "3 x Tilda long grain 20kg\n1 x jasmine rice 20kg\n1 x light soy (case)\n1 x dark soy (case)\n2 x Ajinomoto 1kg\n"
    "2 x Fortune Bay egg noodles\n1 x Sen Tai prawn crackers\n\n唔該\nKevin Lau\nPeking House, 41 Derby Street, Bolton BL3 6JX\n"
    "Tel 0161 496 0733",
    lines=[
        L("RICE-LG", 3),
        L("RICE-JAS", 1),
        L("SOY-LIGHT", 1),
        L("SOY-DARK", 1),
        L("MSG-1", 2),
        L("NOODLE-EGG", 2),
        L("PRAWN-CRK", 1),
    ],
    tags=["signature"],
)
m(
    PK,
    1,
    "Subject: extra\n\nCan we also get 2 more sacks of rice and 1 box of spring rolls on Friday? Thanks, Kevin",
    lines=[F(RICE, 2), F(SPRING, 1)],
    tags=["non_order_request"],
)
m(
    PK,
    2,
    "Subject: Invoice copy\n\nHi, could you send a copy of invoice INV-40698? Our accountant can't find it. Kevin",
    intent="QUESTION",
    tags=["non_order_request"],
)
m(
    PK,
    3,
    "Subject: containers\n\nPlease add 2000 No.2 foils and 2000 No.2 lids (2號錫紙盒同蓋) to Friday. Kevin",
    lines=[L("FOIL", 2, N2), L("FOIL-LID", 2, N2)],
    tags=["count", "number_in_name"],
)
m(
    PK,
    4,
    "Subject: Order for next Friday\n\nSame as last week please, but add 2 boxes of medium gloves. Thanks Kevin",
    lines=[L("GLOVES", 2, "Medium")],
    ref={"kind": "last"},
)
m(
    PK,
    5,
    "Subject: Automatic reply: Peking House\n\nThank you for your email. I am away until 22 May with limited access to email. "
    "For orders please call the shop on 0161 496 0734. Kevin Lau",
    intent="OTHER",
)
m(
    PK,
    6,
    "Subject: Re: Friday order\n\nTony, Mum says change the jasmine rice on Friday's order to long grain, so 4 Tilda and no "
    "jasmine. Kevin",
    intent="CHANGE",
    change_lines=[L("RICE-LG", 4), L("RICE-JAS", 0)],
)
m(
    PK,
    2,
    "Subject: sauces\n\nPlease add 1 case oyster sauce (Panda), 1 case hoisin and 1 case KTC sesame oil to Friday. Thanks, Kevin",
    lines=[L("OYSTER-LKK", 1), L("HOISIN-LKK", 1), L("SESAME-KTC", 1)],
)

# =====================================================================================================
# Lotus Wok, Hull (WhatsApp, Cantonese, steady)
LW = "lotus-wok"
m(
    LW,
    0,
    "Mayflower 2桶 同 2號錫紙盒 1箱",
    lines=[L("MAYFLOWER", 2), L("FOIL", 1, N2)],
    notes="Bare 'Mayflower' is the original curry mix (extra hot and sweet & sour carry their words); tub size not given.",
)
m(
    LW,
    1,
    "星期五：粟粉 25kg 1包，味精 2包，蛋麵 2箱，蝦片 1箱，牛皮紙袋 1箱",
    lines=[L("CORNFLOUR-25", 1), L("MSG-1", 2), L("NOODLE-EGG", 2), L("PRAWN-CRK", 1), L("KRAFT-BAG", 1)],
)
m(LW, 2, "照舊，唔該 🙏", ref={"kind": "usual"})
m(LW, 3, "你哋 1.5L 可樂幾多支一箱？", intent="QUESTION")
m(
    LW,
    4,
    "可樂 1.5L 24支",
    lines=[L("COKE", 2, C15)],
    tags=["count"],
    notes="24 bottles = 2 cases of 12 x 1.5L.",
)
m(
    LW,
    5,
    "雞蛋 10盤，同埋半箱生抽",
    lines=[N(10, "eggs"), L("SOY-LIGHT", 0.5)],
    tags=["fraction"],
    notes="Eggs are not in catalog; half a case of light soy is a fraction.",
)
m(LW, 6, "味精 3包，生抽 2箱，老抽 1箱", lines=[L("MSG-1", 3), L("SOY-LIGHT", 2), L("SOY-DARK", 1)])
m(LW, 3, "膠盒 1000ml 1箱，牛皮紙袋 2箱", lines=[L("MW-CONT", 1, MW1000), L("KRAFT-BAG", 2)])

# =====================================================================================================
# New Wok Express, Leeds (WhatsApp, Cantonese, first-time customer)
NW = "new-wok-express"
m(
    NW,
    0,
    "你好，我哋係 Leeds 新開嘅 New Wok Express，星期三開張。想落第一張單，貨到付現金：\n絲苗米 3包\n生抽 1箱\n老抽 1箱\n"
    "蠔油 1箱\n味精 2包\n粟粉 25kg 1包\n2號錫紙盒 2箱\n2號蓋 2箱\n陳生 07700 900512",
    lines=[
        L("RICE-LG", 3),
        L("SOY-LIGHT", 1),
        L("SOY-DARK", 1),
        L("OYSTER-LKK", 1),
        L("MSG-1", 2),
        L("CORNFLOUR-25", 1),
        L("FOIL", 2, N2),
        L("FOIL-LID", 2, N2),
    ],
    tags=["new_customer", "non_order_request", "signature"],
    notes="First order paid cash on delivery: ships. 2號蓋 = No.2 lids (board lids for the No.2 foils).",
)
m(NW, 2, "請問你哋幾點前要落單先可以第二日送到？", intent="QUESTION", tags=["new_customer"])
m(
    NW,
    4,
    "同第一張單一樣，再加 2箱 蝦片",
    lines=[L("PRAWN-CRK", 2)],
    ref={"kind": "last"},
    tags=["new_customer", "ambiguous_reference"],
    notes="Same as the first order, which was a message, not history.",
)
m(
    NW,
    5,
    "咖喱 2桶 同 甜酸醬 1桶",
    lines=[F(CURRY, 2), L("MAYFLOWER-SS", 1)],
    tags=["new_customer"],
    notes="咖喱 (curry) names three curry mixes; 甜酸醬 is the Mayflower sweet & sour mix.",
)
m(
    NW,
    6,
    "星期五再送：蝦片 1箱，細春卷 2盒，甜酸醬 1桶，一樣現金俾司機",
    lines=[L("PRAWN-CRK", 1), L("SPRING-MINI", 2), L("MAYFLOWER-SS", 1)],
    tags=["new_customer"],
    notes="Paid cash to the driver again: ships.",
)

# =====================================================================================================
# Anatolia Fish Bar, Enfield (WhatsApp, Turkish, regular)
AN = "anatolia-fish"
m(
    AN,
    0,
    "Merhaba Tony abi, pazartesi için:\n10 çuval maris piper\n3 KTC rapeseed 20L\n2 kutu derisiz morina 6-8\n"
    "1 kutu derisiz morina 8-10\n1 kutu rock\n2 kutu beef sausage\nSağol 👍",
    lines=[
        L("POT-MP", 10),
        L("KTC-RAPE", 3, R20),
        L("COD-SKL", 2, O68),
        L("COD-SKL", 1, O810),
        L("ROCK-HUSS", 1),
        L("SAUS-BEEF", 2),
    ],
    notes="derisiz morina = skinless cod; çuval = sack; kutu = box.",
)
m(AN, 1, "3 kutu morina 8-10 daha ekle abi", lines=[F(COD, 3, O810)], notes="morina (cod) without skin word.")
m(AN, 2, "Abi bir sorum var, döner eti satıyor musunuz? Müşteriler soruyor", intent="QUESTION")
m(
    AN,
    3,
    "Geçen haftanın aynısı abi, ama tavuk nugget olmasın, 4 koli kola kutu ekle",
    lines=[L("COKE", 4, C330)],
    ref={"kind": "last", "remove": ["CHICK-NUG"]},
    notes="kola kutu = Coca-Cola cans (plain member).",
)
m(
    AN,
    4,
    "96 tane 4oz burger lazım, bide 2 kutu ketçap saşe",
    lines=[L("BURGER", 2, B4OZ), L("SACH-KETCHUP", 2)],
    tags=["count"],
    notes="96 burgers = 2 boxes of 48 x 4oz.",
)
m(
    AN,
    5,
    "Abi dünkü teslimatta 2 kutu morina yerine 1 kutu geldi ama faturada 2 yazıyor. Fatura no 40755",
    intent="COMPLAINT",
)
m(
    AN,
    6,
    "Tony abi, cumartesi için 2 kutu chicken nugget ve 1 kutu regular chip box gönderebilir misin?",
    lines=[L("CHICK-NUG", 2), L("CHIPBOX-REG", 1)],
    tags=["non_order_request"],
    notes="Nuggets are sold by the case; 'kutu' is read as the selling unit.",
)
m(
    AN,
    3,
    "1 koli fanta kutu, 2 ayçiçek yağı 20L ve 2 koli tango",
    lines=[N(1, "Fanta"), N(2, "sunflower oil"), L("TANGO", 2)],
    notes="Fanta and sunflower oil are not in catalog.",
)
m(
    AN,
    1,
    "Abi 2 kutu rock, 1 kutu derisiz haddock 6-8 ve 2 koli tango, cuma icin",
    lines=[L("ROCK-HUSS", 2), L("HAD-SKL", 1, O68), L("TANGO", 2)],
)

# =====================================================================================================
# Kaya Fish & Chips, Edmonton (SMS, Turkish without diacritics, steady)
KY = "kaya-fish"
m(
    KY,
    0,
    "Tony persembe icin 8 cuval maris, 2 ktc veg oil, 2 kutu derisiz cod 6-8, 1 kutu derisiz haddock 6-8 gonder. Mehmet",
    lines=[L("POT-MP", 8), L("KTC-VEG-20", 2), L("COD-SKL", 2, O68), L("HAD-SKL", 1, O68)],
)
m(
    KY,
    1,
    "2 yag ve 1 kutu catal",
    lines=[F(OIL, 2), F(FORKS, 1)],
    notes="yag (oil) and catal (forks) are family words.",
)
m(KY, 2, "Cuma gunu teslimat var mi? Saat kacta?", intent="QUESTION")
m(KY, 3, "her zamanki siparis, cola zero olmasin", ref={"kind": "usual", "remove": ["COKE-ZERO"]})
m(
    KY,
    4,
    "48 kutu coke zero ve 24 kutu kola gonder",
    lines=[L("COKE-ZERO", 2), L("COKE", 1, C330)],
    tags=["container", "count"],
    notes="48 cans = 2 cases, 24 cans = 1 case.",
)
m(
    KY,
    5,
    "15 kutu derisiz cod 6-8 cumartesi",
    lines=[L("COD-SKL", 15, O68)],
    outlier=True,
    notes="Far above the usual 2 boxes with no reason given.",
)
m(
    KY,
    6,
    "Tony yeni adres: dukkan tasiniyor, 1 Haziran'dan itibaren 88 Fore Street N18 2SX. Tesekkurler",
    intent="OTHER",
)
m(
    KY,
    1,
    "2 kutu sari catal ve 1 kutu kucuk chip bag",
    lines=[L("FORK-PLAS", 2, "Yellow"), L("CHIPBAG", 1, BS)],
    notes="sari = yellow (only the plastic forks have colours); kucuk = small.",
)
m(
    KY,
    2,
    "Tony 1 kutu beef sausage, 1 goldenfry koli, 1 koli mushy bezelye tenekesi",
    lines=[L("SAUS-BEEF", 1), L("BATTER-GF2", 1), L("PEAS-MUSHY", 1)],
    notes="mushy bezelye tenekesi = tinned mushy peas.",
)

# =====================================================================================================
# Bosphorus Fish Bar, Harringay (e-mail, Turkish, regular)
BO = "bosphorus-fish"
m(
    BO,
    0,
    "Konu: Sipariş - Bosphorus Fish Bar - Çarşamba 10 Mayıs\n\nMerhaba Tony Bey,\n\nÇarşamba teslimatı için siparişimiz:\n"
    "- 10 çuval Agria\n- 3 koli Frymax\n- 2 koli Goldcrest palm\n- 2 kutu derisiz cod 8-10oz\n- 1 kutu skate\n"
    "- 5 torba Ridings batter 3.5kg\n\nSaygılarımla,\nSerkan Yıldız\nBosphorus Fish Bar, 212 Green Lanes, London N4 1BZ\n"
    "Tel: 020 7946 0418",
    lines=[
        L("POT-AGRIA", 10),
        L("FRYMAX-125", 3),
        L("PALM-GC-125", 2),
        L("COD-SKL", 2, O810),
        L("SKATE-810", 1),
        L("BATTER-RID", 5, BAT35),
    ],
    tags=["signature"],
)
m(
    BO,
    1,
    "Konu: ek sipariş\n\nTony Bey, çarşambaya 2 koli palm yağı daha ekler misiniz? Serkan",
    lines=[F(PALM, 2)],
    tags=["non_order_request"],
    notes="palm yağı (palm oil) is open between Frymax and Goldcrest.",
)
m(
    BO,
    2,
    "Konu: Fiyat listesi\n\nMerhaba, Haziran için güncel fiyat listenizi gönderebilir misiniz? Özellikle morina ve haddock "
    "fiyatları.\nSerkan Yıldız",
    intent="QUESTION",
    tags=["non_order_request"],
)
m(
    BO,
    3,
    "Konu: içecekler\n\n3 koli Coca-Cola, 2 koli Diet Coke ve 2 koli Pennine su. Serkan",
    lines=[L("COKE", 3), L("DIET-COKE", 2), L("WATER-500", 2)],
    notes="Cola formats (cans or bottles) not given.",
)
m(
    BO,
    4,
    "Konu: Haftalık sipariş\n\nHer zamanki siparişimiz lütfen, ama burgerler bu sefer 2oz değil 4oz olsun. Serkan",
    lines=[L("BURGER", 1, B4OZ)],
    ref={"kind": "usual", "remove": [("BURGER", B2OZ)]},
    notes="Swap: the usual box of 2oz burgers becomes one box of 4oz.",
)
m(
    BO,
    5,
    "Konu: Şikayet - hasarlı koli\n\nDünkü teslimatta 1 koli Diet Coke 500ml şişelerin 3'ü patlamıştı. Kredi notu rica ederim. "
    "Serkan",
    intent="COMPLAINT",
)
m(
    BO,
    6,
    "Konu: Fwd: sipariş\n\n---------- Forwarded message ---------\nFrom: Emre (Bosphorus mutfak)\nSerkan abi Tony'ye söyle: "
    "4 kutu haddock 8-10 derisiz, 2 koli scampi whitby, 1 koli peçete\n\nTony Bey, yukarıdaki siparişi cuma için gönderir "
    "misiniz? Serkan",
    lines=[L("HAD-SKL", 4, O810), L("SCAMPI-WT", 2), L("NAPKIN", 1)],
    tags=["forwarded", "non_order_request"],
    notes="The order is in the forwarded part; peçete = napkins.",
)
m(
    BO,
    2,
    "Konu: Cuma\n\nCuma için 2 koli Bigga, 1 kutu 2oz burger ve 2 koli büyük chip box. Teşekkürler, Serkan",
    lines=[L("PEAS-BIGGA", 2), L("BURGER", 1, B2OZ), L("CHIPBOX-LG", 2)],
    notes="büyük = large.",
)

# =====================================================================================================
# Kyrenia Fish Bar, Palmers Green (WhatsApp, Greek script, Cypriot, regular)
KR = "kyrenia-fish"
m(
    KR,
    0,
    "Καλημέρα Tony! Για την Τρίτη:\n12 σακκιά maris piper\n4 κούτες Frymax\n3 κούτες μπακαλιάρο skinless 6-8\n"
    "2 κούτες rock\n2 κούτες saveloys\nΕυχαριστώ πολύ, Ανδρέας",
    lines=[L("POT-MP", 12), L("FRYMAX-125", 4), L("COD-SKL", 3, O68), L("ROCK-HUSS", 2), L("SAVELOY", 2)],
    notes="σακκιά = sacks, κούτες = boxes (Cypriot).",
)
m(
    KR,
    1,
    "Βάλε μου και 2 πακέτα χαρτί 20x30 και 1 κούτα μεγάλα σακκουλάκια για τσιπς",
    lines=[F(PAPER2030, 2, GP2030), L("CHIPBAG", 1, BL)],
    notes="χαρτί 20x30 fits greaseproof 20x30 and the blank newsprint; μεγάλα σακκουλάκια για τσιπς = large chip bags.",
)
m(
    KR,
    2,
    "Θα ήθελα να ρωτήσω αν έχετε χαλλούμι. Πολλοί πελάτες ζητούν",
    intent="QUESTION",
    tags=["non_order_request"],
)
m(
    KR,
    3,
    "Ό,τι και την περασμένη εβδομάδα, αλλά 4 κούτες μπακαλιάρο αντί για 3",
    lines=[F(COD, 4, set=True)],
    ref={"kind": "last"},
    notes="Same as last week with the cod at 4; bare μπακαλιάρος is open without history.",
)
m(
    KR,
    4,
    "2 βάζα pickled onions και 1 κούτα χαλλούμι αν έχετε",
    lines=[L("PICKLED-ONION", 2), N(1, "halloumi")],
    tags=["conditional"],
    review=True,
    notes="Halloumi is not in catalog ('if you have it').",
)
m(KR, 5, "Tony τα saveloys ήρθαν ξεπαγωμένα σήμερα, η κούτα ήταν μαλακή. Δεν τα δέχομαι.", intent="COMPLAINT")
m(
    KR,
    6,
    "Tony την παραγγελία της Τρίτης στείλε την Τετάρτη, έχουμε κηδεία",
    intent="CHANGE",
    change_lines=[],
    notes="Moves Tuesday's order to Wednesday.",
)
m(
    KR,
    2,
    "6 Sarson's 5L και 1 κιβώτιο Saxa",
    lines=[L("SARSONS-5", 6), L("SALT-SAXA", 1)],
    tags=["number_in_name"],
)
m(
    KR,
    3,
    "Tony βάλε 2 κούτες saveloys και 2 κιβώτια Coca-Cola κουτάκια για την Παρασκευή",
    lines=[L("SAVELOY", 2), L("COKE", 2, C330)],
    notes="κουτάκια = cans.",
)
m(
    KR,
    4,
    "1 κούτα μεσαία σακκουλάκια τσιπς, 1 κούτα chip boxes regular, 1 Pennine νερό",
    lines=[L("CHIPBAG", 1, BM), L("CHIPBOX-REG", 1), L("WATER-500", 1)],
    notes="μεσαία = medium.",
)

# =====================================================================================================
# Paphos Fish & Chips, Southgate (SMS, Greeklish, steady)
PA = "paphos-chippy"
m(
    PA,
    0,
    "kalimera Tony, gia tin Paraskevi: 8 sakkia maris, 3 ktc rapeseed 10L, 2 koutes bakaliaro skinless 6-8, 1 kouta rock. efxaristo, Kostas",
    lines=[L("POT-MP", 8), L("KTC-RAPE", 3, R10), L("COD-SKL", 2, O68), L("ROCK-HUSS", 1)],
)
m(
    PA,
    1,
    "thelo 3 ktc rapeseed jerries kai 1 kouta savs",
    lines=[L("KTC-RAPE", 3), L("SAVELOY", 1)],
    notes="KTC rapeseed size (10L or 20L) not given.",
)
m(PA, 2, "Tony exete skate wings? poso i kouta?", intent="QUESTION")
m(
    PA,
    3,
    "ta idia opos panta parakalo + 1 kouta mushy peas tins",
    lines=[L("PEAS-MUSHY", 1)],
    ref={"kind": "usual"},
    notes="'ta idia opos panta' = the same as always (the usual).",
)
m(
    PA,
    4,
    "steile 3 kila rock kai 1 kouta saveloys",
    lines=[L("ROCK-HUSS", None), L("SAVELOY", 1)],
    notes="Rock comes in 5kg boxes: 3 kilos is not a whole number of boxes.",
)
m(PA, 5, "Tony akyrose tin paraggelia tis Paraskevis, klistos logo gamou", intent="CANCEL")
m(
    PA,
    6,
    "2 koutes prasina pirounakia",
    lines=[L("FORK-PLAS", 2, None, nofill=True)],
    notes="prasina pirounakia = green forks; only plastic forks have colours and green does not exist: ambiguous, never filled.",
)
m(
    PA,
    1,
    "steile 2 koutes bakaliaro skinless 6-8 kai 1 goldenfry kivotio",
    lines=[L("COD-SKL", 2, O68), L("BATTER-GF2", 1)],
)
m(
    PA,
    3,
    "1 kouta xylina pirounia kai 1 kouta mikra chip bags",
    lines=[L("FORK-WOOD", 1), L("CHIPBAG", 1, BS)],
    notes="xylina pirounia = wooden forks; mikra = small.",
)

# =====================================================================================================
# Olympus Fisheries, Wood Green (WhatsApp, Greeklish and English, regular)
OL = "olympus-fisheries"
m(
    OL,
    0,
    "Yia sou Tony! Thursday order: 12 agria, 3 frymax, 2 cod skin on 8-10, 1 cod skinless 8-10, 2 haddock skinless 8-10, "
    "1 whitby scampi. Efxaristo! Nikos",
    lines=[
        L("POT-AGRIA", 12),
        L("FRYMAX-125", 3),
        L("COD-SKON", 2, O810),
        L("COD-SKL", 1, O810),
        L("HAD-SKL", 2, O810),
        L("SCAMPI-WT", 1),
    ],
)
m(OL, 1, "Tony vale 2 koutes cod 8-10 akoma", lines=[F(COD, 2, O810)], notes="Bare 'cod' with a grade.")
m(
    OL,
    2,
    "[voice note] Tony kalispera thelo dyo koutes haddock skinless okto deka mia kouta fishcakes kai tria kivotia coke cans",
    lines=[L("HAD-SKL", 2, O810), L("FISHCAKE-CL", 1), L("COKE", 3, C330)],
    tags=["voice", "spoken"],
    notes="Greek number words: dyo = 2, okto deka = 8-10, mia = 1, tria = 3.",
)
m(
    OL,
    3,
    "usual gia Thursday alla double the agria, bank holiday weekend",
    ref={"kind": "usual", "double": ["POT-AGRIA"]},
)
m(OL, 4, "Tony poso einai to wholetail scampi tora? Last invoice said £61", intent="QUESTION")
m(
    OL,
    5,
    "2 koutes jumbos",
    lines=[F(JUMBOS, 2)],
    notes="'jumbos' names the pork, beef and pre-battered jumbo sausages.",
)
m(OL, 6, "Thanks Tony, o driver itan poli kalos simera 👌", intent="OTHER")
m(OL, 3, "Tony ta fishcakes ehoun 40 mesa oxi 48! check the box", intent="COMPLAINT")
m(OL, 4, "Tony cancel to Thursday order, to fryer espase 😩", intent="CANCEL")
m(
    OL,
    1,
    "Tony 1 kouta newsprint, 2 koutes regular chip boxes kai 1 goldfish curry gia Thursday",
    lines=[L("NEWSPRINT", 1), L("CHIPBOX-REG", 2), L("GOLDFISH-CS", 1)],
)

# ----------------------------------------------------------------------------------------------------- more plain orders
m(
    NF,
    3,
    "Subject: PO NFG-28855 (Garforth)\n\nGarforth shop only, Thursday: 12 x Maris Piper 25kg, 3 x Ridings dripping 12.5kg, "
    "2 x haddock skinless 6-8oz, 1 x box pork 6s.\nJoanne",
    lines=[L("POT-MP", 12), L("DRIP-RID-125", 3), L("HAD-SKL", 2, O68), L("SAUS-PORK", 1, "6s")],
    tags=["number_in_name"],
)
m(
    CR,
    5,
    "can you drop 2 boxes of haddock skinless 6/8 and a box of the 6s pork jumbos in with fridays, cheers Bev",
    lines=[L("HAD-SKL", 2, O68), L("SAUS-PORK", 1, "6s")],
    tags=["non_order_request"],
)
m(JG, 5, "下星期二加 2箱 蠔油 同 1箱 維他檸檬茶", lines=[L("OYSTER-LKK", 2), L("VITA-LEMON", 1)])
m(
    AN,
    5,
    "Tony abi 2 kutu beef sausage ve 1 kutu 4oz burger, pazartesi",
    lines=[L("SAUS-BEEF", 2), L("BURGER", 1, B4OZ)],
)
m(
    BU,
    1,
    "Mel 🚐 for the Ripon show too pls: 6 case mccain chip shop chips as backup, 2 box brown sauce sachets, 1 case onion rings",
    lines=[L("CHIPS-CS", 6), L("SACH-BROWN", 2), L("ONION-RINGS", 1)],
)
m(
    HV,
    2,
    "yiu 1 sack brown onion tung 2 jug heinz ketchup",
    lines=[L("ONIONS-20", 1), L("KETCHUP-4L", 2)],
    notes="'jug' is the 4L catering ketchup, not the sachets.",
)
m(
    PB,
    2,
    "1 tub hellmanns 5L + 1 bag gluten free batter pls, got a coeliac party sat",
    lines=[L("MAYO-5L", 1), L("BATTER-GLF", 1)],
)
m(
    CR,
    3,
    "2 box hollands cheese and onion and 1 sack dusting flour",
    lines=[L("HOLLAND-CO", 2), L("DUST-FLOUR", 1)],
)
m(CF, 2, "add 1 box alaska pollock and 1 pack hairnets to weds", lines=[L("POLLOCK-68", 1), L("HAIRNET", 1)])
m(
    SV,
    3,
    "Subject: wrapping\n\nTony, we'd like to try the printed newspaper-design wrap (14x14) - 2 packs with Thursday's please. M.",
    lines=[L("PRINTWRAP", 2)],
    tags=["number_in_name", "non_order_request"],
)
m(
    FR,
    3,
    "2 case frozen chips, fryer's on the blink so we're using the oven",
    lines=[F(["CHIPS-CS", "CHIPS-SC"], 2)],
    notes="'frozen chips' is open between McCain chip shop and straight cut.",
)
m(
    KY,
    4,
    "2 temizlik ilaci 5L gonder, fritoz icin",
    lines=[F(["BOILOUT-5", "DEGREASER-5"], 2)],
    notes="temizlik ilaci (cleaner) 5L fits the boil-out and the degreaser.",
)
m(
    GD,
    2,
    "醬汁盒 2箱，要連蓋",
    lines=[F(["POT-2OZ", "POT-4OZ"], 2)],
    notes="醬汁盒 (sauce pots with lids) is open between 2oz and 4oz.",
)
m(
    OL,
    2,
    "kai 1 kouta peas parakalo",
    lines=[F(["PEAS-BIGGA", "PEAS-MARROW", "PEAS-MUSHY", "PEAS-GARDEN"], 1)],
    notes="Bare 'peas' names the dried, tinned mushy and frozen garden peas.",
)
