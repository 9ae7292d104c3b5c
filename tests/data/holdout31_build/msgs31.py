# ruff: noqa  (hand-written data generator of blind set 31, kept as its writer left it)
"""Messages of set 31 and their plain labels, all hand-written.

M(customer, day, text, ...): day 0..6 is 2027-10-04 (Mon) .. 2027-10-10 (Sun).
Lines:
  L(sku, qty, variant)         a catalog line (variant required exactly on products with variants; None = not given)
  F([skus], qty, cv=None)      a bare family word: sku null with candidates (cv: a variant named in the text)
  X(qty)                       an item the catalog does not have
  qty None needs why=: "count" (not a whole number of selling units), "unstated", "range"
ref: R("usual"|"last", remove=[sku], set=[L], add=[L|F], double=[sku]); the row's lines are set + add.
flags: credit, conditional (force review); nofill: a null variant that history must not fill.
"""

MSGS = []
UNSET = object()


class Line(dict):
    pass


def L(sku, qty, variant=UNSET, why=None):
    d = Line(sku=sku, quantity=qty)
    if variant is not UNSET:
        d["variant"] = variant
    d.why = why
    return d


def F(cands, qty, cv=None, why=None):
    d = Line(sku=None, quantity=qty, candidates=list(cands))
    if cv:
        d["candidate_variant"] = cv
    d.why = why
    return d


def X(qty, why=None):
    d = Line(sku=None, quantity=qty)
    d.why = why
    d.nic = True
    return d


def R(kind, remove=(), set=(), add=(), double=()):
    return dict(kind=kind, remove=list(remove), set=list(set), add=list(add), double=list(double))


def M(
    cust,
    day,
    text,
    intent="ORDER",
    lines=None,
    notes="",
    tags=(),
    ch=None,
    lang=None,
    ref=None,
    outlier=False,
    flags=(),
    nofill=False,
    change=None,
):
    if lines is None:
        lines = (ref["set"] + ref["add"]) if ref else []
    MSGS.append(
        dict(
            customer=cust,
            day=day,
            text=text,
            intent=intent,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            channel=ch,
            language=lang,
            ref=ref,
            outlier=outlier,
            flags=list(flags),
            nofill=nofill,
            change=change,
        )
    )


# Family candidate lists used below
KERNEL_SACKS = ["KRN-MUSH-SACK", "KRN-BFLY-SACK"]
POP_SALT = ["SEAS-BUTTER-SALT", "SEAS-FINE-SALT"]
COCO = ["OIL-COCO-YEL", "OIL-COCO-CLR"]
NACHOS = ["NACH-ROUND", "NACH-TRI", "NACH-PORTION"]
CHEESE = ["CHS-POUCH", "CHS-TIN"]
DOGS = ["HD-CLASSIC", "HD-BEEF", "HD-CHICKEN"]
BUNS = ["BUN-HOTDOG", "BUN-BRIOCHE", "BUN-BURGER"]
KETCHUP = ["SAUCE-KETCH-SACH", "SAUCE-KETCH-BAG"]
MUSTARD = ["SAUCE-MUST-SACH", "SAUCE-MUST-BAG"]
SLUSH = [
    "SLUSH-BLUE",
    "SLUSH-CHERRY",
    "SLUSH-COLA",
    "SLUSH-STRAW",
    "SLUSH-LEMLIME",
    "SLUSH-TROPICAL",
    "SLUSH-BLUE-SF",
]
SHAKE = ["SHAKE-VAN", "SHAKE-CHOC", "SHAKE-STRAW"]
COKE = ["COKE-CAN", "COKE-500"]
POSTMIX = ["PM-COKE", "PM-ZERO", "PM-FANTA", "PM-SPRITE"]
CO2 = ["CO2-635", "CO2-10"]
WATER = ["WATER-STILL", "WATER-SPARK", "WATER-SPORTS"]
FRUITSHOOT = ["FRUITSHOOT-ORANGE", "FRUITSHOOT-APPLE"]
MALTESERS = ["MALT-STD", "MALT-POUCH"]
MMS = ["MM-PEANUT-STD", "MM-PEANUT-POUCH", "MM-CHOC-POUCH"]
HARIBO = ["HARIBO-STAR", "HARIBO-TANG", "HARIBO-GOLD"]
CRISPS = ["CRISP-SALT", "CRISP-CHEESE"]
CUPS = ["PK-COLDCUP", "PK-SLUSHCUP", "PK-HOTCUP"]
LIDS = ["PK-FLATLID", "PK-DOMELID"]
TRAYS = ["PK-NACHOTRAY", "PK-HDTRAY", "PK-CARRIER", "PK-COMBOTRAY"]
NAPKINS = ["PK-NAPKIN-DISP", "PK-NAPKIN-LUNCH"]
READY_POP = ["POP-RTE-SWSA", "POP-RTE-SALT", "POP-RTE-TOFFEE"]


# ------------------------------------------------------------------ lumiere (independent cinema, e-mail, steady)
M(
    "lumiere",
    0,
    """Subject: Order for Thursday 7th

Hi team,

Could you send the following with Thursday's drop please:
- 2 sacks mushroom kernels
- 1 tub yellow coconut oil
- 1 case butter flavour salt
- 2 cases popcorn buckets, large 85oz
- 3 boxes Maltesers pouches

Thanks,
Nadia Pryce
Kiosk Manager, The Lumiere Picturehouse
14 Ferry Lane, Bristol
020 7946 0312""",
    lines=[
        L("KRN-MUSH-SACK", 2),
        L("OIL-COCO-YEL", 1),
        L("SEAS-BUTTER-SALT", 1),
        L("PK-BUCKET", 2, "Large 85oz"),
        L("MALT-POUCH", 3),
    ],
    notes="'Could you send' opens an order. 85oz is the Large bucket variant; 14, 7th and the phone are not quantities.",
    tags=["signature", "number_in_name", "non_order_request"],
)
M(
    "lumiere",
    2,
    """Subject: add-on for this week

Hi, please add popcorn salt x2 and 1 case of cold cups 16oz to Thursday. Nadia""",
    lines=[F(POP_SALT, 2), L("PK-COLDCUP", 1, "16oz")],
    notes="'popcorn salt' is the butter-flavour or the superfine salt: ambiguous.",
    tags=["family"],
)
M(
    "lumiere",
    3,
    """Subject: Popcorn kettle

Hi, our 16oz kettle has started scorching the corn. Would you recommend the clear coconut oil instead of the yellow one, and is there a kettle cleaner in anything smaller than the 946ml bottles? Nadia""",
    intent="QUESTION",
    notes="Advice and product question; 16oz and 946ml are sizes.",
    tags=["number_in_name"],
)
M(
    "lumiere",
    4,
    """Subject: weekend top-up

Same as last week please, but 4 boxes of Starmix instead of 2 and no napkins this time. Delivery Friday before 11am (first show 12:15). Nadia""",
    ref=R("last", remove=["PK-NAPKIN-DISP"], set=[L("HARIBO-STAR", 4)]),
    notes="Reference to last week's order with a new quantity and a removal; 11am and 12:15 are times.",
    tags=[],
)
M(
    "lumiere",
    5,
    """Subject: Delivery 30/09 - damaged

Hi, two of the bucket cases (the 85oz) arrived crushed, about half of them unusable. Can you credit them or swap them on the next drop? Photos attached. Nadia""",
    intent="COMPLAINT",
    notes="Damaged goods; asks for credit or swap.",
    tags=[],
)
M(
    "lumiere",
    1,
    """Subject: quick one

Can we also get m&ms x4 and a case of kettle cleaner with the Thursday delivery? Ta, N.""",
    lines=[F(MMS, 4), L("CLN-KETTLE", 1)],
    notes="'m&ms' names none of the three M&M's products: ambiguous.",
    tags=["family", "non_order_request"],
)
M(
    "lumiere",
    6,
    """Subject: Sunday matinee

I'd like to order 2 more boxes of peanut M&M's pouches and a case of small popcorn boxes for Sunday, please.
Nadia""",
    lines=[L("MM-PEANUT-POUCH", 2), L("PK-SCOOPBOX", 1, "Small")],
    notes="'I'd like to order' is an order.",
    tags=["non_order_request"],
)
M(
    "lumiere",
    2,
    """Subject: kernels

kernels x2 sacks please, forgot them on Monday's email. N""",
    lines=[F(KERNEL_SACKS, 2)],
    notes="Kernels by the sack are mushroom or butterfly (the 10kg bag is ruled out by 'sacks'): ambiguous.",
    tags=["family"],
)
M(
    "lumiere",
    6,
    """Subject: Thank you

Thanks for sorting the bucket swap so quickly, the driver was great. Nadia""",
    intent="OTHER",
    notes="Thanks.",
    tags=[],
)

# ------------------------------------------------------------------ starlight (multiplex, WhatsApp, regular)
M(
    "starlight",
    0,
    """Morning! Order for Wed pls
4x mushroom sacks
3 yellow coconut oil
2 cs butter salt
2 cs buttery topping
buckets: 2 cs medium, 2 cs large, 1 cs jumbo
4 cs round nachos
3 cs cheese pouches
- Dev, Starlight 8""",
    lines=[
        L("KRN-MUSH-SACK", 4),
        L("OIL-COCO-YEL", 3),
        L("SEAS-BUTTER-SALT", 2),
        L("OIL-BUTTERY", 2),
        L("PK-BUCKET", 2, "Medium 46oz"),
        L("PK-BUCKET", 2, "Large 85oz"),
        L("PK-BUCKET", 1, "Jumbo 130oz"),
        L("NACH-ROUND", 4),
        L("CHS-POUCH", 3),
    ],
    notes="Size words pick the bucket variants. 'Starlight 8' is the cinema's name.",
    tags=["number_in_name"],
)
M(
    "starlight",
    1,
    """voice note: can we get two boxes of footlong dogs four cases of footlong buns a blue slush ten litre and three cherry slush five litre cheers""",
    lines=[
        L("HD-CLASSIC", 2, "12 inch Footlong"),
        L("BUN-HOTDOG", 4, "12 inch Footlong"),
        L("SLUSH-BLUE", 1, "10L Bag-in-Box"),
        L("SLUSH-CHERRY", 3, "5L Bottle"),
    ],
    notes="Spoken list without commas; number words and 'a' start items. 'Footlong dogs' are the 12 inch classic hot dogs.",
    tags=["spoken", "voice"],
)
M(
    "starlight",
    2,
    """40 sacks mushroom for fri""",
    lines=[L("KRN-MUSH-SACK", 40)],
    outlier=True,
    notes="About ten times the usual 4 sacks, no reason given.",
    tags=[],
)
M(
    "starlight",
    2,
    """ignore the 40 sacks msg, autocorrect 🙈 cancel that one pls""",
    intent="CANCEL",
    notes="Cancels the previous message.",
    tags=["emoji"],
)
M(
    "starlight",
    3,
    """can u add 48 red bull to thurs""",
    lines=[L("REDBULL", 2)],
    notes="48 cans are 2 cases of 24.",
    tags=["count", "non_order_request"],
)
M(
    "starlight",
    4,
    """Need coke post mix x3, coke zero bib x2 and 2 fanta bib. Also cups x3""",
    lines=[L("PM-COKE", 3), L("PM-ZERO", 2), L("PM-FANTA", 2), F(CUPS, 3)],
    notes="'cups' is cold, slush or hot cups: ambiguous.",
    tags=["family"],
)
M(
    "starlight",
    5,
    """I'd like to know if you can do custom printed buckets with our logo - what's the min order and lead time?""",
    intent="QUESTION",
    notes="Opens with 'I'd like' but asks for information.",
    tags=["non_order_request"],
)
M(
    "starlight",
    6,
    """usual for tmrw pls + 2 cs kettle cleaner""",
    ref=R("usual", add=[L("CLN-KETTLE", 2)]),
    notes="'The usual' plus an addition.",
    tags=[],
)
M(
    "starlight",
    3,
    """slush cups 16oz x2, dome lids 16/20 x2, 1 cs combo trays""",
    lines=[L("PK-SLUSHCUP", 2, "16oz"), L("PK-DOMELID", 2, "16/20oz"), L("PK-COMBOTRAY", 1)],
    notes="Sizes pick the variants.",
    tags=[],
)
M(
    "starlight",
    5,
    """Pick n mix top up: 2 tubs cola bottles, 1 pack large sweet bags, 4 boxes starmix""",
    lines=[L("PNM-COLA", 2), L("PNM-BAGS", 1, "Large 7x9in"), L("HARIBO-STAR", 4)],
    notes="'large sweet bags' is the Large pick & mix bag.",
    tags=[],
)
M(
    "starlight",
    4,
    """the 32oz cups last delivery were actually 22oz, boxes labelled wrong. need swapping before fri""",
    intent="COMPLAINT",
    notes="Wrong size delivered.",
    tags=[],
)
M(
    "starlight",
    1,
    """1 cs 24oz cold cups too""",
    lines=[L("PK-COLDCUP", 1, None)],
    nofill=True,
    notes="Cold cups come in 12, 16, 22 and 32oz; 24oz does not exist, so the variant is ambiguous and is not filled from history.",
    tags=["variant"],
)

# ------------------------------------------------------------------ kings-park (football stadium, e-mail, steady)
M(
    "kings-park",
    0,
    """Subject: Matchday order - Sat 9 Oct (KO 3pm, 11,800 expected)

Hi,
Please deliver Friday by 2pm to the Gate 3 loading bay:
10 boxes all beef hot dogs
10 cases hot dog buns 8 inch
4 boxes ketchup sachets
3 boxes mustard sachets
4 bags crispy onions
3 cs hot dog clamshells
3 cases Bovril
12 cases Coke 500ml
10 cases still water

Regards
Gareth Holt
Head of Catering, Kings Park FC
07700 900418""",
    lines=[
        L("HD-BEEF", 10),
        L("BUN-HOTDOG", 10, "8 inch"),
        L("SAUCE-KETCH-SACH", 4),
        L("SAUCE-MUST-SACH", 3),
        L("SAUCE-ONION", 4),
        L("PK-HDCLAM", 3),
        L("BOVRIL", 3),
        L("COKE-500", 12),
        L("WATER-STILL", 10),
    ],
    notes="9 Oct, 3pm, 11,800, 2pm, Gate 3 and the phone are not quantities.",
    tags=["signature", "number_in_name"],
)
M(
    "kings-park",
    1,
    """Subject: Re: Matchday order

Gareth again - forgot the hot drinks. 2 boxes of tea bags, 4 tubs hot choc and 3000 hot cups.""",
    lines=[L("TEA", 2), L("HOTCHOC", 4), L("PK-HOTCUP", 3)],
    notes="3000 hot cups are 3 cases of 1000.",
    tags=["count"],
)
M(
    "kings-park",
    2,
    """Subject: Bovril price

Hi, is the Bovril 12 x 250g price going up in November? We need to know before we set kiosk prices for the season. Thanks, Gareth""",
    intent="QUESTION",
    notes="Price question.",
    tags=["number_in_name"],
)
M(
    "kings-park",
    3,
    """Subject: extra for Saturday

Can you add 30 bottles of coke zero please, we're running low after Tuesday's cup game.""",
    lines=[L("COKE-ZERO-500", None, why="count")],
    notes="Coke Zero in bottles is the 24 x 500ml case; 30 bottles is 1.25 cases, not a whole number.",
    tags=["container", "non_order_request"],
)
M(
    "kings-park",
    4,
    """Subject: Reserves fixture Wed 13th

For the reserves game: 3 boxes hot dogs, 3 cases buns, 1 box ketchup sachets. Gareth""",
    lines=[F(DOGS, 3), F(BUNS, 3), L("SAUCE-KETCH-SACH", 1)],
    notes="'hot dogs' (classic, all-beef or chicken) and 'buns' (hot dog, brioche or burger) are ambiguous.",
    tags=["family"],
)
M(
    "kings-park",
    5,
    """Subject: Automatic reply: Matchday order

I'm away until Monday 11 October. For matchday catering issues please call Sam on 07700 900419.
Gareth Holt""",
    intent="OTHER",
    notes="Auto-reply.",
    tags=[],
)
M(
    "kings-park",
    3,
    """Subject: Cup tie Tues 12th

Please could you deliver on Monday: 6 boxes all-beef hot dogs, 6 cases of the 8 inch hot dog rolls and 2 boxes pretzels. Gareth""",
    lines=[L("HD-BEEF", 6), L("BUN-HOTDOG", 6, "8 inch"), L("PRETZEL", 2)],
    notes="'8 inch hot dog rolls' are the 8 inch sliced hot dog buns; 'Please could you deliver' is an order.",
    tags=["non_order_request"],
)
M(
    "kings-park",
    5,
    """Subject: Women's team Sunday

I would like to order 4 cases of Coke 500ml and 4 of still water for Sunday's women's team game. Thanks, Gareth""",
    lines=[L("COKE-500", 4), L("WATER-STILL", 4)],
    notes="'I would like to order' is an order.",
    tags=["non_order_request"],
)
M(
    "kings-park",
    6,
    """Subject: Hot dogs short

The all-beef hot dogs on Friday's drop were 2 boxes short (ordered 10, got 8) and INV-21102 bills us for 10.""",
    intent="COMPLAINT",
    notes="Short delivery billed in full.",
    tags=[],
)
M(
    "kings-park",
    6,
    """Subject: Friday delivery

Please change the all beef hot dogs on Friday's order from 10 to 12 boxes, the game is sold out.""",
    intent="CHANGE",
    change=[L("HD-BEEF", 12)],
    notes="Changes a quantity on a placed order.",
    tags=[],
)
M(
    "kings-park",
    2,
    """Subject: bovril

Send 24 cases Bovril with Friday's drop please.""",
    lines=[L("BOVRIL", 24)],
    outlier=True,
    notes="Eight times the usual 3 cases, no reason given.",
    tags=[],
)

# ------------------------------------------------------------------ riverside-arena (arena, e-mail, regular)
M(
    "riverside-arena",
    0,
    """Subject: PO 55190 - concert weekend

Please supply for Friday 8th (doors 6.30pm):
1. Coke 500ml x 20 cs
2. Coke Zero 500ml x 10 cs
3. Still water 500ml x 24 cs
4. Red Bull x 6 cs
5. Nacho portion bags x 8 cs
6. Cheese dip cups x 8 cs
7. Cup carriers x 3 cs

Priya Nandakumar
Purchasing, Riverside Arena
020 7946 0558""",
    lines=[
        L("COKE-500", 20),
        L("COKE-ZERO-500", 10),
        L("WATER-STILL", 24),
        L("REDBULL", 6),
        L("NACH-PORTION", 8),
        L("CHS-CUPS", 8),
        L("PK-CARRIER", 3),
    ],
    notes="PO number, list numbering, 500ml, 8th and 6.30pm are not quantities. A concert weekend explains the larger amounts.",
    tags=["signature", "number_in_name"],
)
M(
    "riverside-arena",
    1,
    """Subject: Sunday family show

Repeat last week's order please, but 12 cases of sweet & salty popcorn instead of 10, and drop the Red Bull.""",
    ref=R("last", remove=["REDBULL"], set=[L("POP-RTE-SWSA", 12)]),
    notes="Reference to last week's order with a new quantity and a removal.",
    tags=[],
)
M(
    "riverside-arena",
    2,
    """Subject: Payment

Can I pay the September invoices (INV-20911 and INV-20987) by card over the phone? Priya""",
    intent="QUESTION",
    notes="Opens with 'Can I' but is a payment question.",
    tags=["non_order_request"],
)
M(
    "riverside-arena",
    3,
    """Subject: Condiments

We need ketchup x4 and mustard x2 for the pump station, plus 2 cases of hot dog trays.""",
    lines=[L("SAUCE-KETCH-BAG", 4), L("SAUCE-MUST-BAG", 2), L("PK-HDTRAY", 2)],
    notes="'for the pump station' narrows ketchup and mustard to the dispenser bags.",
    tags=["family"],
)
M(
    "riverside-arena",
    4,
    """Subject: Short delivery 01/10

Invoice INV-21044 charges us for 20 cases of Coke 500ml but only 16 came off the pallet. Please credit 4 cases.""",
    intent="COMPLAINT",
    notes="Names product and quantities but is a complaint.",
    tags=[],
)
M(
    "riverside-arena",
    5,
    """Subject: urgent - VIP bar

2 cans of Red Bull Sugarfree and 3 cases of sparkling water for tonight if the van can still make it""",
    lines=[L("REDBULL-SF", 2), L("WATER-SPARK", 3)],
    notes="'2 cans' of a product sold by the case of 24 is read as 2 cases (small-N rule; never a fraction).",
    tags=["container"],
)
M(
    "riverside-arena",
    6,
    """Subject: Monday restock

4 boxes M&M's Peanut 45g, 4 boxes Maltesers 37g, 2 cases Fanta 500ml, 1 degreaser. Priya""",
    lines=[L("MM-PEANUT-STD", 4), L("MALT-STD", 4), L("FANTA-500", 2), L("CLN-DEGREASER", 1)],
    notes="45g, 37g and 500ml are sizes in the names.",
    tags=["number_in_name"],
)
M(
    "riverside-arena",
    2,
    """Subject: hospitality boxes

5 cases of orange juice cartons and 3 cases of Fruit Shoot apple & blackcurrant for the family suites, please.""",
    lines=[L("JUICE-OJ", 5), L("FRUITSHOOT-APPLE", 3)],
    notes="",
    tags=[],
)
M(
    "riverside-arena",
    6,
    """Subject: Remittance advice

Payment of £4,812.40 sent today by BACS for INV-20911 and INV-20987. Priya Nandakumar, Riverside Arena""",
    intent="OTHER",
    notes="Payment notice.",
    tags=[],
)

# ------------------------------------------------------------------ strike-lane (bowling alley, WhatsApp, regular)
M(
    "strike-lane",
    0,
    """hiya can we get 3 cases of popcorn kits and a pack of popcorn bags""",
    lines=[L("KRN-KIT", 3, None), L("PK-POPBAG", 1, None)],
    notes="Kits come in 8, 12 and 16oz and the bags in red or blue stripe: variants ambiguous.",
    tags=["variant", "non_order_request"],
)
M(
    "strike-lane",
    1,
    """voice msg: right we need two blue slush a cola slush a box of spoon straws and three cases of coke cans ta""",
    lines=[L("SLUSH-BLUE", 2, None), L("SLUSH-COLA", 1, None), L("PK-STRAW-SPOON", 1), L("COKE-CAN", 3)],
    notes="Spoken list; slush syrup size (5L bottle or 10L bag-in-box) not given: variant ambiguous.",
    tags=["spoken", "voice", "variant"],
)
M(
    "strike-lane",
    2,
    """Pls send 2 boxes chicken dogs, 2 cs 8 inch hot dog buns, 2 cs triangle nachos + 1 cs cheese tins. Thx Kerry @ Strike Lane""",
    lines=[L("HD-CHICKEN", 2), L("BUN-HOTDOG", 2, "8 inch"), L("NACH-TRI", 2), L("CHS-TIN", 1)],
    notes="",
    tags=[],
)
M(
    "strike-lane",
    3,
    """do u do sugar free cola slush? kids parties keep asking""",
    intent="QUESTION",
    notes="Sugar-free cola slush is not stocked (only sugar-free blue raspberry).",
    tags=["not_in_catalog"],
)
M(
    "strike-lane",
    4,
    """can we get 2 boxes candy floss sugar and 2 cs fruit shoots orange""",
    lines=[X(2), L("FRUITSHOOT-ORANGE", 2)],
    notes="Candy floss sugar is not in catalog.",
    tags=["non_order_request"],
)
M(
    "strike-lane",
    5,
    """on tomorrow's delivery can u change the coke cans from 3 to 5 cases pls""",
    intent="CHANGE",
    change=[L("COKE-CAN", 5)],
    notes="Changes a quantity on a placed order.",
    tags=[],
)
M(
    "strike-lane",
    6,
    """4 cs fruit shoots pls""",
    lines=[F(FRUITSHOOT, 4)],
    notes="'fruit shoots': orange or apple & blackcurrant, ambiguous.",
    tags=["family"],
)
M(
    "strike-lane",
    6,
    """Kerry again - 1 box tangfastics + 1 slush sanitiser 5L pls""",
    lines=[L("HARIBO-TANG", 1), L("CLN-SLUSH", 1)],
    notes="5L is the size of the sanitiser.",
    tags=["number_in_name"],
)
M(
    "strike-lane",
    3,
    """lids x1 as well""",
    lines=[F(LIDS, 1)],
    notes="'lids' is flat or dome lids: ambiguous.",
    tags=["family"],
)

# ------------------------------------------------------------------ roxy (small cinema, SMS, steady)
M(
    "roxy",
    0,
    """Roxy here. 2 bags butterfly 10kg, 1 canola oil box, 1 cs superfine salt, 1 cs medium popcorn boxes pls. Thurs ok. Jim""",
    lines=[
        L("KRN-BFLY-10", 2),
        L("OIL-CANOLA-BIB", 1),
        L("SEAS-FINE-SALT", 1),
        L("PK-SCOOPBOX", 1, "Medium"),
    ],
    notes="10kg is the bag size.",
    tags=["number_in_name"],
)
M(
    "roxy",
    1,
    """also 6 cans diet coke if poss""",
    lines=[L("DIET-COKE-CAN", None, why="count")],
    notes="6 cans is a quarter of a case of 24: not a whole number, ask.",
    tags=["container"],
)
M(
    "roxy",
    2,
    """Jim again. coke x2 + water x2""",
    lines=[F(COKE, 2), F(WATER, 2)],
    notes="'coke' (cans or 500ml) and 'water' (still, sparkling, sports cap) are ambiguous.",
    tags=["family"],
)
M(
    "roxy",
    3,
    """What time is the van due tmrw? Only in from 1pm. Jim""",
    intent="QUESTION",
    notes="Delivery time question.",
    tags=[],
)
M("roxy", 5, """usual pls for wed. Jim""", ref=R("usual"), notes="'The usual'.", tags=[])
M(
    "roxy",
    4,
    """2 bxs malteasers singles, 1 box giant butons, 1 box skitles""",
    lines=[L("MALT-STD", 2), L("BUTTONS", 1), L("SKITTLES", 1)],
    notes="Typos for Maltesers, Buttons and Skittles.",
    tags=["typo"],
)
M(
    "roxy",
    6,
    """1 box starmix, no wait we never sell those. 1 box goldbears pls""",
    lines=[L("HARIBO-GOLD", 1)],
    notes="Self-correction: only the Goldbears.",
    tags=["self_correction"],
)

# ------------------------------------------------------------------ harbour-theatre (theatre, e-mail, steady)
M(
    "harbour-theatre",
    0,
    """Subject: Interval bar order - 'Blithe Spirit' run

Hello,
For Wednesday please:
3 boxes Maltesers sharing pouches
2 boxes chocolate M&M's pouches
2 boxes Giant Buttons
3 cases sparkling water
3 cases still water

Many thanks,
Olwen Rhys
Front of House, Harbour Theatre
2 Quay Street, Swansea""",
    lines=[
        L("MALT-POUCH", 3),
        L("MM-CHOC-POUCH", 2),
        L("BUTTONS", 2),
        L("WATER-SPARK", 3),
        L("WATER-STILL", 3),
    ],
    notes="Street number is not a quantity.",
    tags=["signature"],
)
M(
    "harbour-theatre",
    1,
    """Subject: matinee extra

Could we add maltesers x2 and haribo x2 to Wednesday? Olwen""",
    lines=[F(MALTESERS, 2), F(HARIBO, 2)],
    notes="'maltesers' (singles or sharing pouch) and 'haribo' (Starmix, Tangfastics, Goldbears) are ambiguous.",
    tags=["family", "non_order_request"],
)
M(
    "harbour-theatre",
    3,
    """Subject: Theatre dark 18-24 October

Just to let you know we're dark for the week of 18 October (get-in for the panto), so no delivery that week. Back to normal on the 25th. Olwen""",
    intent="OTHER",
    notes="Closure notice.",
    tags=[],
)
M(
    "harbour-theatre",
    4,
    """Subject: Panto pre-order

For the panto opening (Fri 26 Nov, 640 seats, mostly school parties) please reserve 48 fruit shoots apple & blackcurrant and 96 orange juice cartons.""",
    lines=[L("FRUITSHOOT-APPLE", 2), L("JUICE-OJ", 4)],
    notes="48 bottles are 2 cases of 24, 96 cartons 4 cases of 24; 26 Nov and 640 seats are not quantities.",
    tags=["count"],
)
M(
    "harbour-theatre",
    5,
    """Subject: wrong popcorn

We ordered toffee popcorn (2 cases) and got sea salt instead on Thursday. Can you collect and swap?""",
    intent="COMPLAINT",
    notes="Wrong product delivered.",
    tags=[],
)
M(
    "harbour-theatre",
    6,
    """Subject: order for Tuesday

napkins x1 and crisps x2 please. Olwen""",
    lines=[F(NAPKINS, 1), F(CRISPS, 2)],
    notes="'napkins' and 'crisps' are ambiguous.",
    tags=["family"],
)
M(
    "harbour-theatre",
    2,
    """Subject: gala night Fri

4 cases toffee popcorn bags and 2 of the sweet & salty, plus a case of Fruit Shoot orange please.""",
    lines=[L("POP-RTE-TOFFEE", 4), L("POP-RTE-SWSA", 2), L("FRUITSHOOT-ORANGE", 1)],
    notes="",
    tags=[],
)
M(
    "harbour-theatre",
    4,
    """Subject: Cancel Wednesday extra

Please cancel the matinee extra (the maltesers and haribo) - the matinee has been pulled.""",
    intent="CANCEL",
    notes="Cancels an addition.",
    tags=[],
)

# ------------------------------------------------------------------ funworld (family entertainment centre, WhatsApp, regular)
M(
    "funworld",
    0,
    """Hi! For Friday: 3 cs 8oz popcorn kits, 1 pack blue striped popcorn bags, 1 blue raspberry 10L bag in box, 2 strawberry slush, 1 sugar free blue. Thanks, Aisha (FunWorld)""",
    lines=[
        L("KRN-KIT", 3, "8oz"),
        L("PK-POPBAG", 1, "Blue Stripe"),
        L("SLUSH-BLUE", 1, "10L Bag-in-Box"),
        L("SLUSH-STRAW", 2),
        L("SLUSH-BLUE-SF", 1),
    ],
    notes="8oz and 10L pick the variants.",
    tags=[],
)
M(
    "funworld",
    1,
    """voice: we need two thousand twelve ounce slush cups two cases of the dome lids for them and two boxes spoon straws""",
    lines=[L("PK-SLUSHCUP", 2, "12oz"), L("PK-DOMELID", 2, "12oz"), L("PK-STRAW-SPOON", 2)],
    notes="Spoken list; two thousand cups are 2 cases of 1000; the lids 'for them' are the 12oz dome lids.",
    tags=["spoken", "voice", "count"],
)
M(
    "funworld",
    2,
    """milkshake powder x4 pls + 2 tubs jelly babies""",
    lines=[F(SHAKE, 4), L("PNM-JELLY", 2)],
    notes="Milkshake powder flavour not given: ambiguous.",
    tags=["family"],
)
M(
    "funworld",
    3,
    """can u send 2 packs green striped popcorn bags and 1 box frozen mini doughnuts""",
    lines=[L("PK-POPBAG", 2, None), X(1)],
    nofill=True,
    notes="The popcorn bags come in red or blue stripe, not green: variant ambiguous, never filled from history. Mini doughnuts are not in catalog.",
    tags=["variant", "non_order_request"],
)
M(
    "funworld",
    4,
    """Do your chicken hot dogs have halal certification? Got a school party asking 🙏""",
    intent="QUESTION",
    notes="Product question.",
    tags=["emoji"],
)
M(
    "funworld",
    5,
    """Same as last week pls but double the fruit shoots orange 🙂""",
    ref=R("last", double=["FRUITSHOOT-ORANGE"]),
    notes="Reference with 'double'.",
    tags=["emoji"],
)
M(
    "funworld",
    6,
    """pick n mix: 2 tubs cola bottles, 1 foam bananas, + 1 pack of the small bags""",
    lines=[L("PNM-COLA", 2), L("PNM-FOAM", 1), L("PNM-BAGS", 1, "Small 5x7in")],
    notes="'the small bags' in a pick & mix order are the small pick & mix bags.",
    tags=[],
)
M(
    "funworld",
    3,
    """2 bags vanilla shake mix + 2 choc shake mix + 1 box churros thx""",
    lines=[L("SHAKE-VAN", 2), L("SHAKE-CHOC", 2), L("CHURROS", 1)],
    notes="",
    tags=[],
)
M(
    "funworld",
    2,
    """please add our new supervisor Tom Price (07700 900461) to the delivery contact list""",
    intent="OTHER",
    notes="Contact change; 'please add' is not an order.",
    tags=["non_order_request"],
)
M(
    "funworld",
    5,
    """also 2000 spoon straws and 72 fruit shoots apple""",
    lines=[L("PK-STRAW-SPOON", 4), L("FRUITSHOOT-APPLE", 3)],
    notes="2000 straws are 4 boxes of 500; 72 bottles are 3 cases of 24.",
    tags=["count"],
)

# ------------------------------------------------------------------ longfield (cricket ground, e-mail, regular)
M(
    "longfield",
    0,
    """Subject: T20 Finals Day - Sat 9th

Please deliver Friday morning (gates open 10.30 Sat):
8 boxes all-beef hot dogs
8 cases brioche hot dog buns
3 cases ketchup dispenser bags
2 cases mustard dispenser bags
3 tubs pickle relish
20 cases still water 500ml
12 cases sports cap water

Tom Aldridge
Catering Manager, Longfield CCC
Pavilion Road, Longfield
07700 900427""",
    lines=[
        L("HD-BEEF", 8),
        L("BUN-BRIOCHE", 8),
        L("SAUCE-KETCH-BAG", 3),
        L("SAUCE-MUST-BAG", 2),
        L("SAUCE-RELISH", 3),
        L("WATER-STILL", 20),
        L("WATER-SPORTS", 12),
    ],
    notes="T20, 9th, 10.30 and 500ml are not quantities; Finals Day explains the larger amounts.",
    tags=["signature", "number_in_name"],
)
M(
    "longfield",
    1,
    """Subject: Finals Day - snacks

Also 192 bags of ready salted and 192 cheese & onion please (32 to a box I think?), plus 100 pretzels and a tub of pretzel salt.""",
    lines=[L("CRISP-SALT", 6), L("CRISP-CHEESE", 6), L("PRETZEL", 2), L("SEAS-PRETZEL-SALT", 1)],
    notes="192 bags are 6 cases of 32; 100 pretzels are 2 boxes of 50.",
    tags=["count"],
)
M(
    "longfield",
    2,
    """Subject: allergen info

Could you send the allergen sheet for the brioche buns and the all beef dogs? A customer has a sesame allergy.""",
    intent="QUESTION",
    notes="A request for information, not an order.",
    tags=["non_order_request"],
)
M(
    "longfield",
    3,
    """Subject: Sunday league

2-3 cases of coke cans for Sunday, whatever you can spare.""",
    lines=[L("COKE-CAN", None, why="range")],
    notes="A range: quantities not stated exactly.",
    tags=["range"],
)
M(
    "longfield",
    4,
    """Subject: pavilion kitchen

tea x2, coffee x2 and 4 cs hot cups""",
    lines=[L("TEA", 2), L("COFFEE-INST", 2), L("PK-HOTCUP", 4)],
    notes="Tea bags and instant coffee are the only tea and coffee stocked.",
    tags=[],
)
M(
    "longfield",
    6,
    """Subject: Cancel Sunday

Sunday league match is rained off, please cancel the coke for Sunday. Tom""",
    intent="CANCEL",
    notes="Cancellation.",
    tags=[],
)
M(
    "longfield",
    5,
    """Subject: Members' bar

2 cases Red Bull and 3 cases Sprite cans, please. Tom""",
    lines=[L("REDBULL", 2), L("SPRITE-CAN", 3)],
    notes="",
    tags=[],
)
M(
    "longfield",
    6,
    """Subject: scorers' box

1 tub hot chocolate and 1 box tea bags please, Tom""",
    lines=[L("HOTCHOC", 1), L("TEA", 1)],
    notes="",
    tags=[],
)
M(
    "longfield",
    5,
    """Subject: delivery day

I'd like to change our delivery day to Thursdays from next month, the ground staff are off on Fridays.""",
    intent="OTHER",
    notes="Standing change of delivery day.",
    tags=["non_order_request"],
)

# ------------------------------------------------------------------ moonlight (drive-in, WhatsApp, steady)
M(
    "moonlight",
    0,
    """Moonlight here 🌙 for Thu: 2 sacks mushroom, 1 clear coconut oil, 1 cs butter salt, 1 cs buttery topping, 2 cs jumbo buckets, 2 boxes footlong dogs + 2 cs footlong buns""",
    lines=[
        L("KRN-MUSH-SACK", 2),
        L("OIL-COCO-CLR", 1),
        L("SEAS-BUTTER-SALT", 1),
        L("OIL-BUTTERY", 1),
        L("PK-BUCKET", 2, "Jumbo 130oz"),
        L("HD-CLASSIC", 2, "12 inch Footlong"),
        L("BUN-HOTDOG", 2, "12 inch Footlong"),
    ],
    notes="'jumbo' and 'footlong' pick the variants.",
    tags=["emoji"],
)
M(
    "moonlight",
    1,
    """coconut oil x2 pls""",
    lines=[F(COCO, 2)],
    notes="Coconut popping oil is yellow or clear: ambiguous.",
    tags=["family"],
)
M(
    "moonlight",
    2,
    """2 cs round nachos, 1 cs jalapeno cheese sauce, 1 cs large nacho trays""",
    lines=[L("NACH-ROUND", 2), L("CHS-JAL", 1), L("PK-NACHOTRAY", 1, "Large 8in")],
    notes="",
    tags=[],
)
M(
    "moonlight",
    3,
    """if the weather holds for sat (outdoor screen) we'll want 2 extra cs coke 500s + 2 fanta 500s, will confirm fri""",
    lines=[L("COKE-500", 2), L("FANTA-500", 2)],
    flags=["conditional"],
    notes="Conditional order, to be confirmed.",
    tags=["conditional"],
)
M(
    "moonlight",
    4,
    """add 1 cs large popcorn buckets too""",
    lines=[L("PK-BUCKET", 1, "Large 85oz")],
    notes="'large' picks the 85oz bucket.",
    tags=[],
)
M(
    "moonlight",
    5,
    """the footlong buns last week were 8 inch ones, half our dogs hanging out both ends 😂 can u sort""",
    intent="COMPLAINT",
    notes="Wrong size delivered.",
    tags=["emoji"],
)
M(
    "moonlight",
    6,
    """2 cs coke 500, 1 cs coke zero 500, 1 cs cup carriers 👍""",
    lines=[L("COKE-500", 2), L("COKE-ZERO-500", 1), L("PK-CARRIER", 1)],
    notes="500 is the bottle size.",
    tags=["emoji", "number_in_name"],
)
M(
    "moonlight",
    1,
    """and 4 cheese sauce pouches""",
    lines=[L("CHS-POUCH", 1)],
    notes="4 pouches are 1 case of 4 x 3kg; jalapeno cheese sauce carries its word, so 'cheese sauce pouches' is the plain pouch.",
    tags=["pack"],
)
M(
    "moonlight",
    3,
    """can I get a copy of your price list for next season?""",
    intent="QUESTION",
    notes="Opens with 'can I get' but asks for a price list.",
    tags=["non_order_request"],
)

# ------------------------------------------------------------------ ashby-rugby (rugby club bar, SMS, regular)
M(
    "ashby-rugby",
    0,
    """Ashby RFC. Sat home game. 2 boxes pork & beef dogs 8 inch, 2 cs burger buns, 2 cs hot dog buns 8in, 2 box ketchup sachets. Cheers Mike""",
    lines=[
        L("HD-CLASSIC", 2, "8 inch"),
        L("BUN-BURGER", 2),
        L("BUN-HOTDOG", 2, "8 inch"),
        L("SAUCE-KETCH-SACH", 2),
    ],
    notes="",
    tags=[],
)
M(
    "ashby-rugby",
    1,
    """and a gas bottle pls, ours ran out at the bar""",
    lines=[F(CO2, 1)],
    notes="CO2 comes as 6.35kg or 10kg: ambiguous.",
    tags=["family"],
)
M(
    "ashby-rugby",
    2,
    """Mike again. for cases red bull and to cs cheese n onion""",
    lines=[L("REDBULL", 4), L("CRISP-CHEESE", 2)],
    notes="Homophones: 'for' is four, 'to' is two.",
    tags=["homophone"],
)
M(
    "ashby-rugby",
    3,
    """Mike here, new number for deliveries is 07700 900433, old one's dead. Cheers""",
    intent="OTHER",
    notes="Contact change.",
    tags=[],
)
M(
    "ashby-rugby",
    4,
    """same as last wk pls but no bovril""",
    ref=R("last", remove=["BOVRIL"]),
    notes="Reference with a removal.",
    tags=[],
)
M(
    "ashby-rugby",
    5,
    """do u take the empty co2 bottles back or do we keep them?""",
    intent="QUESTION",
    notes="",
    tags=[],
)
M(
    "ashby-rugby",
    6,
    """1 box bovril jars pls, 4 cs sea salt popcorn, 1 co2 small""",
    lines=[L("BOVRIL", 1), L("POP-RTE-SALT", 4), L("CO2-635", 1)],
    notes="Bovril is sold by the case of 12 jars ('box'); 'co2 small' is the 6.35kg cylinder.",
    tags=[],
)
M(
    "ashby-rugby",
    2,
    """popcorn x4 for sat""",
    lines=[F(READY_POP, 4)],
    notes="Ready-popped popcorn comes sweet & salty, sea salt or toffee: ambiguous.",
    tags=["family"],
)

# ------------------------------------------------------------------ giggle-cellar (comedy club, WhatsApp, steady)
M(
    "giggle-cellar",
    0,
    """Hi it's Leon at the Giggle Cellar. For Thursday: 6 cs sweet & salty popcorn, 4 cs sea salt popcorn, 3 cs nacho portion bags, 3 cs cheese dip cups, 1 tin salsa""",
    lines=[
        L("POP-RTE-SWSA", 6),
        L("POP-RTE-SALT", 4),
        L("NACH-PORTION", 3),
        L("CHS-CUPS", 3),
        L("TOP-SALSA", 1),
    ],
    notes="",
    tags=[],
)
M(
    "giggle-cellar",
    1,
    """also 12 cans of red bull sugar free pls""",
    lines=[L("REDBULL-SF", None, why="count")],
    notes="12 cans is half a case of 24: not a whole number, ask.",
    tags=["container"],
)
M(
    "giggle-cellar",
    2,
    """Can I get a price for 10 cases of Maltesers singles? Not ordering yet, just comparing""",
    intent="QUESTION",
    notes="Quote request listing a quantity.",
    tags=["non_order_request"],
)
M(
    "giggle-cellar",
    3,
    """post mix x2 and a big gas bottle""",
    lines=[F(POSTMIX, 2), L("CO2-10", 1)],
    notes="'post mix' flavour not given: ambiguous. 'big gas bottle' is the 10kg CO2.",
    tags=["family"],
)
M(
    "giggle-cellar",
    4,
    """Fwd from our booking line (wrong chat sorry): "I'd like to book a table for 4 at the 9pm show on Saturday, name of Carter\"""",
    intent="OTHER",
    notes="A table booking forwarded by mistake.",
    tags=["non_order_request", "quoted"],
)
M(
    "giggle-cellar",
    5,
    """usual for next thurs + 1 cs portion pots""",
    ref=R("usual", add=[L("PK-PORTIONPOT", 1)]),
    notes="'The usual' plus an addition.",
    tags=[],
)
M(
    "giggle-cellar",
    6,
    """Leon here - 2 boxes maltesers singles, 2 cs red bull sugar free and 1 coke post mix for Thurs""",
    lines=[L("MALT-STD", 2), L("REDBULL-SF", 2), L("PM-COKE", 1)],
    notes="",
    tags=[],
)
M(
    "giggle-cellar",
    3,
    """Leon - 3 cs sea salt popcorn for Thurs. also is the salsa tin gluten free?""",
    lines=[L("POP-RTE-SALT", 3)],
    notes="Order with a side question.",
    tags=["side_question"],
)
M(
    "giggle-cellar",
    1,
    """forgot: 1 tin salsa and 2 tins jalapenos""",
    lines=[L("TOP-SALSA", 1), L("TOP-JALAPENO", 2)],
    notes="Both are sold by the tin.",
    tags=[],
)

# ------------------------------------------------------------------ frostgate (ice rink cafe, SMS, regular)
M(
    "frostgate",
    0,
    """Frostgate rink: 4 tubs hot choc, 1 box tea bags, 1 tin instant coffee, 3 cs hot cups, 2 boxes churros, 1 tub cinnamon sugar. Public skate sat so by fri pls. Beth""",
    lines=[
        L("HOTCHOC", 4),
        L("TEA", 1),
        L("COFFEE-INST", 1),
        L("PK-HOTCUP", 3),
        L("CHURROS", 2),
        L("SEAS-CINNAMON", 1),
    ],
    notes="",
    tags=[],
)
M(
    "frostgate",
    1,
    """2 cherry slush pls + 1 lemon lime""",
    lines=[L("SLUSH-CHERRY", 2, None), L("SLUSH-LEMLIME", 1)],
    notes="Cherry comes as 5L bottle or 10L bag-in-box: variant ambiguous.",
    tags=["variant"],
)
M(
    "frostgate",
    2,
    """need 72 vegan hot dogs for the sunday disco + 96 8in hot dog buns""",
    lines=[L("HD-VEGAN", 2), L("BUN-HOTDOG", 2, "8 inch")],
    notes="72 vegan dogs are 2 boxes of 36; 96 buns 2 cases of 48.",
    tags=["count"],
)
M(
    "frostgate",
    3,
    """the cinnamon sugar tub came split open, sugar all over the churros box. pls replace""",
    intent="COMPLAINT",
    notes="Damaged goods.",
    tags=[],
)
M(
    "frostgate",
    4,
    """hot dogs x2 boxes""",
    lines=[F(DOGS, 2)],
    notes="'hot dogs' is ambiguous.",
    tags=["family"],
)
M(
    "frostgate",
    6,
    """do you deliver on sundays? we have a hockey match on the 17th""",
    intent="QUESTION",
    notes="",
    tags=[],
)
M(
    "frostgate",
    5,
    """Beth: 1 cs 16oz slush cups, 1 cs 16/20 dome lids, 2 cs orange fruit shoot""",
    lines=[L("PK-SLUSHCUP", 1, "16oz"), L("PK-DOMELID", 1, "16/20oz"), L("FRUITSHOOT-ORANGE", 2)],
    notes="",
    tags=[],
)
M(
    "frostgate",
    2,
    """4 slush syrups for half term pls""",
    lines=[F(SLUSH, 4)],
    notes="Slush flavour not given: ambiguous.",
    tags=["family"],
)

# ------------------------------------------------------------------ marsh-speedway (speedway, WhatsApp, regular)
M(
    "marsh-speedway",
    0,
    """Speedway meeting Fri night 🏍️ 4 box beef dogs, 4 cs hot dog buns 8 inch, 2 bags crispy onions, 3 box ketchup sachets, 2 box mustard sachets, 2 cs hot dog trays""",
    lines=[
        L("HD-BEEF", 4),
        L("BUN-HOTDOG", 4, "8 inch"),
        L("SAUCE-ONION", 2),
        L("SAUCE-KETCH-SACH", 3),
        L("SAUCE-MUST-SACH", 2),
        L("PK-HDTRAY", 2),
    ],
    notes="",
    tags=["emoji"],
)
M(
    "marsh-speedway",
    1,
    """+ 3 cs irn bru cans and 2 cs monster""",
    lines=[X(3), X(2)],
    notes="Irn-Bru and Monster are not in catalog.",
    tags=[],
)
M(
    "marsh-speedway",
    2,
    """ketchup x3 mustard x2""",
    lines=[F(KETCHUP, 3), F(MUSTARD, 2)],
    notes="Sachets or dispenser bags not said: ambiguous.",
    tags=["family", "spoken"],
)
M(
    "marsh-speedway",
    3,
    """2 boxes of corn dogs, no sorry make it 3, and 3 cs peanut m&ms singles""",
    lines=[L("HD-CORNDOG", 3), L("MM-PEANUT-STD", 3)],
    notes="Self-correction to 3.",
    tags=["self_correction"],
)
M(
    "marsh-speedway",
    4,
    """can u move tomorrow's delivery to Saturday morning instead, meeting's been moved""",
    intent="CHANGE",
    change=[],
    notes="Moves a placed order.",
    tags=["non_order_request"],
)
M(
    "marsh-speedway",
    5,
    """need 36 cans of coke for the pits crew""",
    lines=[L("COKE-CAN", None, why="count")],
    notes="36 cans is 1.5 cases of 24: not a whole number, ask.",
    tags=["container"],
)
M(
    "marsh-speedway",
    6,
    """Dave - 6 cs coke cans 2 cs diet coke cans 6 cs still water ta""",
    lines=[L("COKE-CAN", 6), L("DIET-COKE-CAN", 2), L("WATER-STILL", 6)],
    notes="List without commas.",
    tags=["spoken"],
)
M(
    "marsh-speedway",
    2,
    """I would like to know if you do a gluten free hot dog bun""",
    intent="QUESTION",
    notes="'I would like to know' is a question; gluten-free buns are not stocked.",
    tags=["non_order_request", "not_in_catalog"],
)
M(
    "marsh-speedway",
    4,
    """trays x2""",
    lines=[F(TRAYS, 2)],
    notes="'trays' is nacho, hot dog, carrier or combo trays: ambiguous.",
    tags=["family"],
)

# ------------------------------------------------------------------ summit-events (festival caterer, e-mail, never repeats)
M(
    "summit-events",
    0,
    """Subject: Harvest Fest order

Hi, can we have our usual festival order for the 16th please? Thanks, Ruth""",
    ref=R("usual"),
    notes="'Our usual' from a caterer with no usual basket.",
    tags=["ambiguous_reference", "non_order_request"],
)
M(
    "summit-events",
    1,
    """Subject: Harvest Fest - Sat 16 Oct (approx 4,000 visitors)

Please deliver Thursday 14th to Field B, gate code 4471:
3 sacks butterfly kernels
2 canola popping oil boxes
2 cases superfine popcorn salt
3 packs red striped popcorn bags
6 boxes classic hot dogs 8 inch
6 cases 8 inch hot dog buns
4 cases ketchup dispenser bags

Ruth Okafor
Summit Festival Catering
07700 900441""",
    lines=[
        L("KRN-BFLY-SACK", 3),
        L("OIL-CANOLA-BIB", 2),
        L("SEAS-FINE-SALT", 2),
        L("PK-POPBAG", 3, "Red Stripe"),
        L("HD-CLASSIC", 6, "8 inch"),
        L("BUN-HOTDOG", 6, "8 inch"),
        L("SAUCE-KETCH-BAG", 4),
    ],
    notes="16 Oct, 4,000 visitors, 14th, the gate code and the phone are not quantities.",
    tags=["signature"],
)
M(
    "summit-events",
    2,
    """Subject: Harvest Fest - drinks

3 blue raspberry 10L boxes, 2 cherry 10L boxes, 3000 20oz slush cups and 3000 dome lids to fit, and 30 cases still water.""",
    lines=[
        L("SLUSH-BLUE", 3, "10L Bag-in-Box"),
        L("SLUSH-CHERRY", 2, "10L Bag-in-Box"),
        L("PK-SLUSHCUP", 3, "20oz"),
        L("PK-DOMELID", 3, "16/20oz"),
        L("WATER-STILL", 30),
    ],
    notes="3000 cups and lids are 3 cases of 1000; lids to fit 20oz cups are the 16/20oz dome lids.",
    tags=["count"],
)
M(
    "summit-events",
    3,
    """Subject: Sale or return?

Do you do sale or return on unopened cases for festivals? The weather might kill our numbers.""",
    intent="QUESTION",
    notes="",
    tags=[],
)
M(
    "summit-events",
    4,
    """Subject: Churros

Please add 4 boxes churros and 2 tubs cinnamon sugar to the Harvest Fest delivery, invoice on our account as usual.""",
    lines=[L("CHURROS", 4), L("SEAS-CINNAMON", 2)],
    notes="An addition to a placed order is ORDER.",
    tags=[],
)
M(
    "summit-events",
    5,
    """Subject: Ice

Can you supply 40 bags of ice for the Fest? And 2 cases of vegan hot dogs""",
    lines=[X(40), L("HD-VEGAN", 2)],
    notes="Ice is not in catalog. The vegan hot dogs are sold by the box; '2 cases' is read as 2 boxes.",
    tags=["non_order_request"],
)
M(
    "summit-events",
    6,
    """Subject: Autumn Fair (Sun 24 Oct)

For the Autumn Fair please: 2 cases triangle nachos, 1 case cheese sauce tins, 1 case small nacho trays, 3 cases Red Bull.""",
    lines=[L("NACH-TRI", 2), L("CHS-TIN", 1), L("PK-NACHOTRAY", 1, "Small 6in"), L("REDBULL", 3)],
    notes="",
    tags=[],
)
M(
    "summit-events",
    3,
    """Subject: more slush

2 strawberry 10L bag-in-box and 2 lemon & lime 5L please.""",
    lines=[X(2), L("SLUSH-LEMLIME", 2)],
    notes="Strawberry slush is stocked only as a 5L bottle: the 10L bag-in-box is not in catalog.",
    tags=[],
)

# ------------------------------------------------------------------ cines-sol (cinema in Seville, Spanish, WhatsApp, steady)
M(
    "cines-sol",
    0,
    """Hola! Pedido para el jueves: 3 sacos de maíz mushroom, 2 cubos de aceite de coco amarillo, 1 caja de sal sabor mantequilla, 2 cajas de cubos grandes 85oz y 1 caja de cubos medianos. Gracias, Lucía""",
    lines=[
        L("KRN-MUSH-SACK", 3),
        L("OIL-COCO-YEL", 2),
        L("SEAS-BUTTER-SALT", 1),
        L("PK-BUCKET", 2, "Large 85oz"),
        L("PK-BUCKET", 1, "Medium 46oz"),
    ],
    notes="'cubos de aceite' are the oil tubs, 'cubos grandes/medianos' the popcorn buckets.",
    tags=["number_in_name"],
)
M(
    "cines-sol",
    1,
    """También 4 cajas de nachos y 2 de salsa de queso, porfa""",
    lines=[F(NACHOS, 4), F(CHEESE, 2)],
    notes="'nachos' and 'salsa de queso' (pouch or tin) are ambiguous.",
    tags=["family"],
)
M(
    "cines-sol",
    2,
    """Necesito 18 latas de jalapeños para el finde""",
    lines=[L("TOP-JALAPENO", 18)],
    notes="Jalapeños are sold by the 2.9kg tin, so 18 tins is 18.",
    tags=["container"],
)
M(
    "cines-sol",
    3,
    """¿Tenéis sirope de granizado de mango? Lo piden mucho""",
    intent="QUESTION",
    notes="Mango slush syrup is not stocked (tropical is).",
    tags=["not_in_catalog"],
)
M(
    "cines-sol",
    4,
    """Lo de siempre para el lunes, pero con 4 cajas de cubos grandes en vez de 2 y sin los M&M's""",
    ref=R("usual", remove=["MM-PEANUT-POUCH"], set=[L("PK-BUCKET", 4, "Large 85oz")]),
    notes="'Lo de siempre' with a new quantity and a removal.",
    tags=[],
)
M(
    "cines-sol",
    5,
    """Nos habéis cobrado 3 cajas de bolsas de queso y llegaron 2. Factura 30127.""",
    intent="COMPLAINT",
    notes="Billed for 3 cases, 2 delivered.",
    tags=[],
)
M(
    "cines-sol",
    6,
    """2 cajas bag in box de Coca-Cola y 1 de Zero, por favor, y 2 cajas de vasos de 22oz y 2 de tapas planas""",
    lines=[L("PM-COKE", 2), L("PM-ZERO", 1), L("PK-COLDCUP", 2, "22oz"), L("PK-FLATLID", 2, "22/32oz")],
    notes="22oz exists only in the cold cups; the flat lids for 22oz cups are the 22/32oz ones.",
    tags=["number_in_name"],
)
M(
    "cines-sol",
    3,
    """Añade 1 limpiador de boquillas de queso, por favor""",
    lines=[L("CLN-CHEESE", 1)],
    notes="The cheese dispenser nozzle cleaner.",
    tags=[],
)
M(
    "cines-sol",
    4,
    """Y 3 cajas de M&M's de cacahuete en bolsas de 125g""",
    lines=[L("MM-PEANUT-POUCH", 3)],
    notes="Peanut M&M's in 125g pouches.",
    tags=["number_in_name"],
)
M(
    "cines-sol",
    2,
    """Quisiera cancelar la domiciliación bancaria y pagar por transferencia a partir de noviembre""",
    intent="OTHER",
    notes="Cancelling a direct debit is OTHER, not CANCEL.",
    tags=["non_order_request"],
)

# ------------------------------------------------------------------ cinema-aurore (cinema in Lyon, French, e-mail, regular)
M(
    "cinema-aurore",
    0,
    """Objet : Commande semaine 40

Bonjour,
Pour mardi merci :
- 2 sacs de maïs butterfly 22,68 kg
- 1 seau d'huile de coco transparente
- 2 cartons de glaçage caramel
- 2 sacs de sucre pour pop-corn

Cordialement,
Camille Besson
Cinéma L'Aurore, 8 rue des Capucins, Lyon""",
    lines=[L("KRN-BFLY-SACK", 2), L("OIL-COCO-CLR", 1), L("SEAS-CARAMEL-GLAZE", 2), L("SEAS-SWEET", 2)],
    notes="22,68 kg picks the butterfly sack; semaine 40 and the street number are not quantities.",
    tags=["signature", "number_in_name"],
)
M(
    "cinema-aurore",
    1,
    """Objet : boîtes

Bonjour, 3 cartons de boîtes à pop-corn moyennes et 1 carton de grandes, s'il vous plaît. Camille""",
    lines=[L("PK-SCOOPBOX", 3, "Medium"), L("PK-SCOOPBOX", 1, "Large")],
    notes="Size words pick the variants.",
    tags=[],
)
M(
    "cinema-aurore",
    2,
    """Objet : boissons

Pourriez-vous ajouter 36 bouteilles de Coca 50cl et 4 packs d'eau plate ?""",
    lines=[L("COKE-500", None, why="count"), L("WATER-STILL", 4)],
    notes="36 bottles is 1.5 cases of 24: not a whole number. 'eau plate' is the still water (sports cap carries its word).",
    tags=["container", "non_order_request"],
)
M(
    "cinema-aurore",
    3,
    """Objet : allergènes

Je voudrais savoir si le glaçage caramel contient des traces de fruits à coque. Merci.""",
    intent="QUESTION",
    notes="'Je voudrais savoir' is a question.",
    tags=["non_order_request"],
)
M(
    "cinema-aurore",
    4,
    """Objet : commande

Comme la semaine dernière s'il vous plaît, avec 2 cartons de Tangfastics en plus.""",
    ref=R("last", add=[L("HARIBO-TANG", 2)]),
    notes="Reference to last week's order plus an addition.",
    tags=[],
)
M(
    "cinema-aurore",
    5,
    """Objet : Annulation

Bonjour, merci d'annuler la commande de vendredi, la salle est fermée pour travaux. Camille""",
    intent="CANCEL",
    notes="",
    tags=[],
)
M(
    "cinema-aurore",
    6,
    """Objet : pailles

1 carton de pailles en papier, s'il vous plaît.""",
    lines=[L("PK-STRAW-PAPER", 1, None)],
    notes="Paper straws come in white, black or red stripe: variant ambiguous.",
    tags=["variant"],
)
M(
    "cinema-aurore",
    2,
    """Objet : confiserie

Bonjour, merci d'ajouter 2 cartons de sachets Maltesers partage et 3 cartons de Starmix à la livraison de mardi.""",
    lines=[L("MALT-POUCH", 2), L("HARIBO-STAR", 3)],
    notes="",
    tags=[],
)

# ------------------------------------------------------------------ kino-stern (cinema, German, WhatsApp, regular)
M(
    "kino-stern",
    0,
    """Hallo! Bestellung für Mittwoch: 2 Säcke Mushroom-Mais, 3 Beutel Popcornzucker, 1 Karton Kettle-Corn-Glasur, 1 Eimer gelbes Kokosöl. Danke, Jonas""",
    lines=[L("KRN-MUSH-SACK", 2), L("SEAS-SWEET", 3), L("SEAS-KETTLE-GLAZE", 1), L("OIL-COCO-YEL", 1)],
    notes="",
    tags=[],
)
M(
    "kino-stern",
    1,
    """Dazu 3 Kartons Popcorn-Eimer medium und 2 Kartons kleine Nacho-Schalen""",
    lines=[L("PK-BUCKET", 3, "Medium 46oz"), L("PK-NACHOTRAY", 2, "Small 6in")],
    notes="Size words pick the variants.",
    tags=[],
)
M(
    "kino-stern",
    2,
    """Und 2 Dosen Sprite bitte""",
    lines=[L("SPRITE-CAN", 2)],
    notes="'2 Dosen' of a product sold by the case: 2 cases (small-N rule).",
    tags=["container"],
)
M(
    "kino-stern",
    3,
    """Haribo x6 bitte""",
    lines=[F(HARIBO, 6)],
    notes="'Haribo' is ambiguous.",
    tags=["family"],
)
M(
    "kino-stern",
    4,
    """Die Nachokäse-Dosen von letzter Woche: 2 waren verbeult und eine ist ausgelaufen. Bitte Gutschrift.""",
    intent="COMPLAINT",
    notes="Damaged tins.",
    tags=[],
)
M(
    "kino-stern",
    5,
    """Wie letzte Woche, aber nur 1 Karton Fanta und zusätzlich 2 Kartons Goldbären""",
    ref=R("last", set=[L("FANTA-CAN", 1)], add=[L("HARIBO-GOLD", 2)]),
    notes="Reference with a new quantity and an addition; Fanta here is the can the customer buys, labelled as the can.",
    tags=[],
)
M(
    "kino-stern",
    6,
    """Habt ihr Zuckerwatte-Zucker? Falls ja, 2 Eimer. Sonst nur 2 Kartons Cola Dosen""",
    lines=[X(2), L("COKE-CAN", 2)],
    flags=["conditional"],
    notes="Candy floss sugar is not in catalog; conditional order. 'Cola Dosen' are the Coca-Cola cans (diet and zero carry their words).",
    tags=["conditional"],
)
M(
    "kino-stern",
    4,
    """Noch 1 Karton Kettle-Reiniger bitte, die Maschine klebt""",
    lines=[L("CLN-KETTLE", 1)],
    notes="",
    tags=[],
)
M(
    "kino-stern",
    3,
    """5 Kartons Coca-Cola Dosen und 2 Kartons Fanta Dosen für Samstag""",
    lines=[L("COKE-CAN", 5), L("FANTA-CAN", 2)],
    notes="",
    tags=[],
)

# ------------------------------------------------------------------ multisala-vittoria (multiplex, Italian, WhatsApp, steady)
M(
    "multisala-vittoria",
    0,
    """Buongiorno, per giovedì: 2 sacchi di mais mushroom, 1 secchio olio di cocco giallo, 1 cartone sale al burro, 2 cartoni secchielli grandi 85oz e 1 cartone medi. Grazie, Marco""",
    lines=[
        L("KRN-MUSH-SACK", 2),
        L("OIL-COCO-YEL", 1),
        L("SEAS-BUTTER-SALT", 1),
        L("PK-BUCKET", 2, "Large 85oz"),
        L("PK-BUCKET", 1, "Medium 46oz"),
    ],
    notes="'secchio' of oil is the tub; 'secchielli' are the popcorn buckets.",
    tags=["number_in_name"],
)
M(
    "multisala-vittoria",
    1,
    """Poi 2 sciroppi granita blu e 1 cartone bicchieri granita 16oz""",
    lines=[L("SLUSH-BLUE", 2, None), L("PK-SLUSHCUP", 1, "16oz")],
    notes="Blue raspberry syrup size (5L or 10L) not given: variant ambiguous.",
    tags=["variant"],
)
M(
    "multisala-vittoria",
    2,
    """6 bottiglie di acqua naturale""",
    lines=[L("WATER-STILL", None, why="count")],
    notes="6 bottles is a quarter of a case of 24: not a whole number.",
    tags=["container"],
)
M(
    "multisala-vittoria",
    3,
    """Vorrei sapere se i nachos triangolari sono senza glutine""",
    intent="QUESTION",
    notes="'Vorrei sapere' is a question.",
    tags=["non_order_request"],
)
M(
    "multisala-vittoria",
    4,
    """Come al solito per sabato, grazie""",
    ref=R("usual"),
    notes="'Come al solito'.",
    tags=[],
)
M(
    "multisala-vittoria",
    5,
    """4 cartoni di M&M's""",
    lines=[F(MMS, 4)],
    notes="'M&M's' is ambiguous.",
    tags=["family"],
)
M(
    "multisala-vittoria",
    6,
    """Per l'ordine di sabato: i secchielli grandi 3 cartoni invece di 2, per favore""",
    intent="CHANGE",
    change=[L("PK-BUCKET", 3, "Large 85oz")],
    notes="Changes a quantity on a placed order.",
    tags=[],
)
M(
    "multisala-vittoria",
    2,
    """Aggiungete 2 cartoni di nachos triangolari e 1 cartone di salsa formaggio in busta, grazie""",
    lines=[L("NACH-TRI", 2), L("CHS-POUCH", 1)],
    notes="'in busta' is the pouch.",
    tags=[],
)
M(
    "multisala-vittoria",
    4,
    """Anche 3 cartoni di Coca-Cola 50cl e 2 di acqua naturale""",
    lines=[L("COKE-500", 3), L("WATER-STILL", 2)],
    notes="50cl is the 500ml bottle.",
    tags=["number_in_name"],
)
M(
    "multisala-vittoria",
    5,
    """Lo sciroppo blu è arrivato con il tappo rotto, mezzo vuoto""",
    intent="COMPLAINT",
    notes="Damaged goods.",
    tags=[],
)

# ------------------------------------------------------------------ estadio-mar (stadium, Portuguese, WhatsApp, regular)
M(
    "estadio-mar",
    0,
    """Bom dia! Para sexta (jogo às 20h): 6 caixas de salsichas clássicas 8 polegadas, 6 caixas de pão de cachorro-quente 8", 1 caixa de ketchup em saco para dispensador, 1 de mostarda em saco. Obrigado, Rui""",
    lines=[
        L("HD-CLASSIC", 6, "8 inch"),
        L("BUN-HOTDOG", 6, "8 inch"),
        L("SAUCE-KETCH-BAG", 1),
        L("SAUCE-MUST-BAG", 1),
    ],
    notes="20h is a time.",
    tags=[],
)
M(
    "estadio-mar",
    1,
    """E 240 garrafas de Coca-Cola 500ml e 240 águas sem gás""",
    lines=[L("COKE-500", 10), L("WATER-STILL", 10)],
    notes="240 bottles are 10 cases of 24; 'águas sem gás' is the still water.",
    tags=["count"],
)
M(
    "estadio-mar",
    2,
    """Olá, a partir de novembro as entregas devem ser na porta 7, não na 2. Obrigado""",
    intent="OTHER",
    notes="Delivery instruction.",
    tags=[],
)
M(
    "estadio-mar",
    3,
    """O mesmo da semana passada, mas sem o Red Bull e com 8 caixas de pipocas salgadas em vez de 6""",
    ref=R("last", remove=["REDBULL"], set=[L("POP-RTE-SALT", 8)]),
    notes="Reference with a removal and a new quantity.",
    tags=[],
)
M(
    "estadio-mar",
    4,
    """Pode mandar mais 3 caixas de salsichas para sábado?""",
    lines=[F(DOGS, 3)],
    notes="'salsichas' is ambiguous between the hot dogs.",
    tags=["family", "non_order_request"],
)
M(
    "estadio-mar",
    5,
    """Os pães chegaram esmagados, 2 caixas inteiras no lixo. Quero crédito.""",
    intent="COMPLAINT",
    notes="",
    tags=[],
)
M(
    "estadio-mar",
    6,
    """Mais 2 caixas de Red Bull e 2 caixas de tabuleiros de cachorro-quente, por favor""",
    lines=[L("REDBULL", 2), L("PK-HDTRAY", 2)],
    notes="",
    tags=[],
)
M(
    "estadio-mar",
    1,
    """Também 4 caixas de guardanapos para dispensador""",
    lines=[L("PK-NAPKIN-DISP", 4)],
    notes="",
    tags=[],
)

# ------------------------------------------------------------------ kino-zorza (cinema, Polish, WhatsApp, regular)
M(
    "kino-zorza",
    0,
    """Dzien dobry, zamowienie na srode: 2 worki kukurydzy butterfly 22,68 kg, 1 karton oleju canola (bag in box), 1 karton soli superfine, 1 karton glazury karmelowej. Dziekuje, Ania""",
    lines=[L("KRN-BFLY-SACK", 2), L("OIL-CANOLA-BIB", 1), L("SEAS-FINE-SALT", 1), L("SEAS-CARAMEL-GLAZE", 1)],
    notes="22,68 kg is the sack size.",
    tags=["number_in_name"],
)
M(
    "kino-zorza",
    1,
    """Do tego 1 karton kubelkow 85oz i 1 karton jumbo 130oz""",
    lines=[L("PK-BUCKET", 1, "Large 85oz"), L("PK-BUCKET", 1, "Jumbo 130oz")],
    notes="Sizes pick the variants.",
    tags=["number_in_name"],
)
M(
    "kino-zorza",
    2,
    """48 puszek coli zero""",
    lines=[L("COKE-ZERO-CAN", 2)],
    notes="48 cans are 2 cases of 24.",
    tags=["count", "container"],
)
M(
    "kino-zorza",
    3,
    """3 kartony nachosow i 1 sos serowy""",
    lines=[F(NACHOS, 3), F(CHEESE, 1)],
    notes="'nachos' and 'sos serowy' are ambiguous.",
    tags=["family"],
)
M("kino-zorza", 4, """Czy mozna placic przelewem zamiast karta?""", intent="QUESTION", notes="", tags=[])
M("kino-zorza", 5, """To samo co zawsze na piatek""", ref=R("usual"), notes="'To samo co zawsze'.", tags=[])
M(
    "kino-zorza",
    6,
    """2 kartony Pepsi Max puszki i 2 kartony M&M's orzechowe (torebki 125g)""",
    lines=[X(2), L("MM-PEANUT-POUCH", 2)],
    notes="Pepsi Max is not in catalog; peanut M&M's 125g pouches.",
    tags=["number_in_name"],
)
M(
    "kino-zorza",
    4,
    """Jeszcze 2 kartony Skittles i 1 karton duzych tacek na nachosy""",
    lines=[L("SKITTLES", 2), L("PK-NACHOTRAY", 1, "Large 8in")],
    notes="'duzych' (large) picks the 8in tray.",
    tags=[],
)
M(
    "kino-zorza",
    2,
    """1 karton oleju canola 16L i 2 worki butterfly 10 kg""",
    lines=[L("OIL-CANOLA-BIB", 1), L("KRN-BFLY-10", 2)],
    notes="10 kg picks the butterfly bag.",
    tags=["number_in_name"],
)
M(
    "kino-zorza",
    5,
    """Kubelki 85oz przyszly zgniecione, 1 karton do wymiany""",
    intent="COMPLAINT",
    notes="Damaged goods.",
    tags=[],
)

# ------------------------------------------------------------------ rooftop-reel (first-time customer, WhatsApp)
M(
    "rooftop-reel",
    0,
    """Hi, we're Rooftop Reel, a new outdoor cinema opening Fri 8th on the Halden car park roof. First order, we'll pay card on delivery: 1 case 16oz popcorn kits, 1 pack red stripe popcorn bags, 3 cases coke zero cans, 3 cases still water, 2 boxes Maltesers singles. Delivery Thursday pm? Sam Ortiz 07700 900452""",
    lines=[
        L("KRN-KIT", 1, "16oz"),
        L("PK-POPBAG", 1, "Red Stripe"),
        L("COKE-ZERO-CAN", 3),
        L("WATER-STILL", 3),
        L("MALT-STD", 2),
    ],
    notes="First order, paid on delivery: ships as written.",
    tags=["new_customer", "signature"],
)
M(
    "rooftop-reel",
    2,
    """do you rent out popcorn machines or only sell the supplies?""",
    intent="QUESTION",
    notes="",
    tags=["new_customer"],
)
M(
    "rooftop-reel",
    5,
    """opening night went great! same as my first order again for next friday pls""",
    ref=R("last"),
    notes="A first-time customer's reference: messages are not history.",
    tags=["new_customer"],
)
M(
    "rooftop-reel",
    4,
    """voice note: can you add a case of twelve ounce kits and two red striped bags packs and a case of flat lids the small ones""",
    lines=[L("KRN-KIT", 1, "12oz"), L("PK-POPBAG", 2, "Red Stripe"), L("PK-FLATLID", 1, "12/16oz")],
    notes="Spoken list; 'the small ones' are the 12/16oz flat lids.",
    tags=["spoken", "voice", "new_customer"],
)
M(
    "rooftop-reel",
    4,
    """oh and red stripe x2 as well""",
    lines=[F(["PK-POPBAG", "PK-STRAW-PAPER"], 2, cv="Red Stripe")],
    notes="'red stripe' fits the popcorn bags and the paper straws: ambiguous.",
    tags=["new_customer", "family"],
)
M(
    "rooftop-reel",
    6,
    """Sam @ Rooftop: 2 more cs still water and 1 cs 16oz kits for Sat, pay on delivery again""",
    lines=[L("WATER-STILL", 2), L("KRN-KIT", 1, "16oz")],
    notes="Paid on delivery.",
    tags=["new_customer"],
)

# ------------------------------------------------------------------ the-vault (new account, e-mail)
M(
    "the-vault",
    0,
    """Subject: New account - first order

Hi,
We've just opened a trade account with you (ref VLT-0091, 30-day terms). First order for Wednesday please:
4 cases coke cans
2 cases red bull
3 cases sparkling water
2 boxes Tangfastics

Thanks,
Liam Booth
Bar Manager, The Vault
31 Cellar Row, Leeds""",
    lines=[L("COKE-CAN", 4), L("REDBULL", 2), L("WATER-SPARK", 3), L("HARIBO-TANG", 2)],
    flags=["credit"],
    notes="First order on a 30-day account: review.",
    tags=["new_customer", "credit", "signature"],
)
M(
    "the-vault",
    2,
    """Subject: Minimum order

What's your minimum order value for free delivery to LS1? Liam""",
    intent="QUESTION",
    notes="",
    tags=["new_customer"],
)
M(
    "the-vault",
    3,
    """Subject: Delivery access

Please note deliveries must come via the rear lane, the front is pedestrianised after 11am. Buzzer code is 2280. Liam""",
    intent="OTHER",
    notes="Delivery instruction.",
    tags=["new_customer"],
)
M(
    "the-vault",
    5,
    """Subject: top up

Could you add 2 cases of water and 1 box of Starmix to Wednesday's order?""",
    lines=[F(WATER, 2), L("HARIBO-STAR", 1)],
    notes="'water' is ambiguous.",
    tags=["new_customer", "family", "non_order_request"],
)

# ------------------------------------------------------------------ late additions (coverage: cheddar seasoning, pack notation, a fraction,
# a family line that history resolves next to an unstocked line, a count that is no clear selling unit)
M(
    "starlight",
    2,
    """trying cheesy popcorn this month - 2 tubs cheddar seasoning pls""",
    lines=[L("SEAS-CHEDDAR", 2)],
    notes="",
    tags=[],
)
M(
    "starlight",
    6,
    """oh and we're nearly out of the spicy stuff, 4 jalapeno cheese sauces for Saturday""",
    lines=[L("CHS-JAL", None, why="unstated")],
    notes="4 pouches (1 case of 4) or 4 cases? Quantities not stated in the selling unit, ask.",
    tags=["pack"],
)
M(
    "frostgate",
    6,
    """4 tubs hot choc, hot dogs x2 and a bag of mini marshmallows for the hot choc""",
    lines=[L("HOTCHOC", 4), F(DOGS, 2), X(1)],
    notes="'hot dogs' is ambiguous; mini marshmallows are not in catalog.",
    tags=[],
)
M(
    "marsh-speedway",
    3,
    """2 x 24 coke zero cans and 1 x 12 bovril for fri""",
    lines=[L("COKE-ZERO-CAN", 2), L("BOVRIL", 1)],
    notes="Inline pack notation: 2 x 24 cans are 2 cases, 1 x 12 jars is 1 case.",
    tags=["pack"],
)
M(
    "harbour-theatre",
    5,
    """Subject: bar top-up

half a case of sparkling water and 1 case of still, please. Olwen""",
    lines=[L("WATER-SPARK", 0.5), L("WATER-STILL", 1)],
    notes="Half a case is 0.5, a fraction of an indivisible case: not a whole number, review.",
    tags=["fraction"],
)
