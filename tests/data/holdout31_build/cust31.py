# ruff: noqa  (hand-written data generator of blind set 31, kept as its writer left it)
"""Customers of set 31, their hand-written usual baskets, and the seeded weekly history generator.

Basket lines are (sku, quantity) or (sku, quantity, variant). `kind` of history:
  steady  - the usual every week, two earlier weeks vary; the last order is the usual
  regular - the usual, one earlier week varies, and the last order differs from the usual
  never   - no basket repeats, so "the usual" cannot be resolved
  new     - first-time customer, no orders
"""

import datetime
import random

# The Monday of the week the messages arrive (2027-10-04 .. 2027-10-10).
MSG_WEEK = datetime.date(2027, 10, 4)

C = []


def cust(key, name, kind, channel, address, language, hist, weeks, day, usual, extras=()):
    C.append(
        dict(
            customer=key,
            name=name,
            kind=kind,
            channel=channel,
            address=address,
            language=language,
            hist=hist,
            weeks=weeks,
            day=day,
            usual=list(usual),
            extras=list(extras),
        )
    )


cust(
    "lumiere",
    "The Lumiere Picturehouse",
    "independent cinema",
    "EMAIL",
    "kiosk@lumiere-pictures.example",
    "en",
    "steady",
    6,
    1,
    [
        ("KRN-MUSH-SACK", 1),
        ("OIL-COCO-YEL", 1),
        ("SEAS-BUTTER-SALT", 1),
        ("PK-BUCKET", 1, "Large 85oz"),
        ("PK-SCOOPBOX", 1, "Small"),
        ("MALT-POUCH", 2),
        ("MM-PEANUT-POUCH", 2),
        ("PK-COLDCUP", 1, "16oz"),
        ("PM-COKE", 1),
        ("PM-ZERO", 1),
        ("PK-NAPKIN-DISP", 1),
        ("HARIBO-STAR", 2),
    ],
    [("BUTTONS", 1), ("CLN-KETTLE", 1)],
)
cust(
    "starlight",
    "Starlight 8 Multiplex",
    "multiplex cinema",
    "WHATSAPP",
    "+447700900311",
    "en",
    "regular",
    8,
    0,
    [
        ("KRN-MUSH-SACK", 4),
        ("OIL-COCO-YEL", 3),
        ("SEAS-BUTTER-SALT", 2),
        ("OIL-BUTTERY", 2),
        ("PK-BUCKET", 2, "Medium 46oz"),
        ("PK-BUCKET", 2, "Large 85oz"),
        ("PK-BUCKET", 1, "Jumbo 130oz"),
        ("NACH-ROUND", 4),
        ("CHS-POUCH", 3),
        ("PK-NACHOTRAY", 1, "Large 8in"),
        ("HD-CLASSIC", 3, "8 inch"),
        ("BUN-HOTDOG", 3, "8 inch"),
        ("SLUSH-BLUE", 4, "5L Bottle"),
        ("SLUSH-CHERRY", 3, "5L Bottle"),
        ("PK-SLUSHCUP", 2, "16oz"),
        ("PK-DOMELID", 2, "16/20oz"),
        ("PM-COKE", 3),
        ("PM-ZERO", 2),
        ("PM-FANTA", 1),
        ("PK-COLDCUP", 2, "22oz"),
        ("PK-COLDCUP", 1, "32oz"),
        ("PK-FLATLID", 2, "22/32oz"),
        ("MALT-POUCH", 6),
        ("MM-PEANUT-POUCH", 6),
        ("MM-CHOC-POUCH", 4),
        ("HARIBO-STAR", 4),
        ("PNM-COLA", 2),
        ("PNM-BAGS", 1, "Large 7x9in"),
    ],
    [("CLN-KETTLE", 1), ("CLN-SLUSH", 1), ("PK-COMBOTRAY", 2)],
)
cust(
    "kings-park",
    "Kings Park FC Concessions",
    "football stadium",
    "EMAIL",
    "catering@kingsparkfc.example",
    "en",
    "steady",
    6,
    2,
    [
        ("HD-BEEF", 10),
        ("BUN-HOTDOG", 10, "8 inch"),
        ("SAUCE-KETCH-SACH", 4),
        ("SAUCE-MUST-SACH", 3),
        ("SAUCE-ONION", 4),
        ("PK-HDCLAM", 3),
        ("BOVRIL", 3),
        ("TEA", 2),
        ("HOTCHOC", 4),
        ("PK-HOTCUP", 3),
        ("COKE-500", 12),
        ("WATER-STILL", 10),
        ("MALT-STD", 4),
    ],
    [("PRETZEL", 2), ("CLN-DEGREASER", 1)],
)
cust(
    "riverside-arena",
    "Riverside Arena Concessions",
    "arena",
    "EMAIL",
    "purchasing@riverside-arena.example",
    "en",
    "regular",
    7,
    1,
    [
        ("COKE-500", 20),
        ("COKE-ZERO-500", 10),
        ("WATER-STILL", 20),
        ("REDBULL", 4),
        ("NACH-PORTION", 6),
        ("CHS-CUPS", 6),
        ("POP-RTE-SWSA", 10),
        ("POP-RTE-SALT", 6),
        ("HD-CLASSIC", 4, "8 inch"),
        ("BUN-HOTDOG", 4, "8 inch"),
        ("SAUCE-KETCH-BAG", 2),
        ("SAUCE-MUST-BAG", 1),
        ("PK-HDTRAY", 2),
        ("PK-CARRIER", 2),
        ("PK-NAPKIN-DISP", 2),
        ("MALT-STD", 6),
        ("MM-PEANUT-STD", 6),
    ],
    [("FANTA-500", 4), ("CLN-DEGREASER", 1)],
)
cust(
    "strike-lane",
    "Strike Lane Bowl",
    "bowling alley",
    "WHATSAPP",
    "+447700900312",
    "en",
    "regular",
    6,
    3,
    [
        ("KRN-KIT", 2, "12oz"),
        ("PK-POPBAG", 1, "Red Stripe"),
        ("SLUSH-BLUE", 2, "5L Bottle"),
        ("SLUSH-COLA", 1, "5L Bottle"),
        ("PK-SLUSHCUP", 1, "12oz"),
        ("PK-DOMELID", 1, "12oz"),
        ("PK-STRAW-SPOON", 1),
        ("HD-CHICKEN", 2),
        ("BUN-HOTDOG", 2, "8 inch"),
        ("NACH-TRI", 2),
        ("CHS-TIN", 1),
        ("PK-NACHOTRAY", 1, "Small 6in"),
        ("COKE-CAN", 3),
        ("FANTA-CAN", 1),
        ("FRUITSHOOT-ORANGE", 2),
        ("HARIBO-TANG", 2),
    ],
    [("CLN-SLUSH", 1), ("SKITTLES", 1)],
)
cust(
    "roxy",
    "The Roxy Screen",
    "small cinema",
    "SMS",
    "+447700900313",
    "en",
    "steady",
    5,
    2,
    [
        ("KRN-BFLY-10", 2),
        ("OIL-CANOLA-BIB", 1),
        ("SEAS-FINE-SALT", 1),
        ("PK-SCOOPBOX", 1, "Medium"),
        ("COKE-CAN", 2),
        ("DIET-COKE-CAN", 1),
        ("WATER-STILL", 2),
        ("MALT-STD", 2),
        ("BUTTONS", 1),
        ("SKITTLES", 1),
    ],
    [("HARIBO-GOLD", 1)],
)
cust(
    "harbour-theatre",
    "Harbour Theatre Bar & Kiosk",
    "theatre",
    "EMAIL",
    "fohbar@harbourtheatre.example",
    "en",
    "steady",
    6,
    3,
    [
        ("MALT-POUCH", 3),
        ("MM-CHOC-POUCH", 2),
        ("BUTTONS", 2),
        ("HARIBO-GOLD", 2),
        ("WATER-SPARK", 3),
        ("WATER-STILL", 3),
        ("POP-RTE-SWSA", 4),
        ("POP-RTE-TOFFEE", 2),
        ("CRISP-SALT", 2),
        ("PK-NAPKIN-LUNCH", 1),
        ("FRUITSHOOT-APPLE", 1),
    ],
    [("JUICE-OJ", 1)],
)
cust(
    "funworld",
    "FunWorld Family Entertainment Centre",
    "family entertainment centre",
    "WHATSAPP",
    "+447700900314",
    "en",
    "regular",
    7,
    4,
    [
        ("KRN-KIT", 3, "8oz"),
        ("PK-POPBAG", 1, "Blue Stripe"),
        ("SLUSH-BLUE", 1, "10L Bag-in-Box"),
        ("SLUSH-STRAW", 2),
        ("SLUSH-BLUE-SF", 1),
        ("PK-SLUSHCUP", 2, "12oz"),
        ("PK-DOMELID", 2, "12oz"),
        ("PK-STRAW-SPOON", 2),
        ("HD-CHICKEN", 2),
        ("BUN-HOTDOG", 2, "8 inch"),
        ("FRUITSHOOT-ORANGE", 4),
        ("FRUITSHOOT-APPLE", 4),
        ("SHAKE-VAN", 2),
        ("SHAKE-CHOC", 2),
        ("PNM-FOAM", 1),
        ("PNM-JELLY", 1),
        ("PNM-BAGS", 1, "Small 5x7in"),
        ("CHURROS", 1),
        ("SEAS-CINNAMON", 1),
    ],
    [("SLUSH-TROPICAL", 1), ("JUICE-OJ", 2)],
)
cust(
    "longfield",
    "Longfield County Cricket Ground",
    "cricket ground",
    "EMAIL",
    "kiosks@longfieldccc.example",
    "en",
    "regular",
    5,
    0,
    [
        ("HD-BEEF", 6),
        ("BUN-BRIOCHE", 6),
        ("SAUCE-KETCH-BAG", 2),
        ("SAUCE-MUST-BAG", 1),
        ("SAUCE-RELISH", 2),
        ("SAUCE-ONION", 2),
        ("PK-HDCLAM", 4),
        ("WATER-STILL", 15),
        ("WATER-SPORTS", 10),
        ("COKE-CAN", 8),
        ("SPRITE-CAN", 3),
        ("TEA", 2),
        ("COFFEE-INST", 2),
        ("PK-HOTCUP", 4),
        ("CRISP-SALT", 6),
        ("CRISP-CHEESE", 6),
        ("PRETZEL", 2),
        ("SEAS-PRETZEL-SALT", 1),
    ],
    [("REDBULL", 2)],
)
cust(
    "moonlight",
    "Moonlight Drive-In",
    "drive-in cinema",
    "WHATSAPP",
    "+447700900315",
    "en",
    "steady",
    6,
    4,
    [
        ("KRN-MUSH-SACK", 2),
        ("OIL-COCO-CLR", 1),
        ("SEAS-BUTTER-SALT", 1),
        ("OIL-BUTTERY", 1),
        ("PK-BUCKET", 2, "Jumbo 130oz"),
        ("HD-CLASSIC", 2, "12 inch Footlong"),
        ("BUN-HOTDOG", 2, "12 inch Footlong"),
        ("SAUCE-KETCH-SACH", 2),
        ("SAUCE-MUST-SACH", 2),
        ("NACH-ROUND", 2),
        ("CHS-JAL", 1),
        ("PK-NACHOTRAY", 1, "Large 8in"),
        ("COKE-500", 4),
        ("COKE-ZERO-500", 2),
        ("FANTA-500", 2),
        ("PK-CARRIER", 1),
    ],
    [("PK-HDCLAM", 1)],
)
cust(
    "ashby-rugby",
    "Ashby Rugby Club Bar",
    "rugby club",
    "SMS",
    "+447700900316",
    "en",
    "regular",
    6,
    3,
    [
        ("HD-CLASSIC", 2, "8 inch"),
        ("BUN-BURGER", 2),
        ("BUN-HOTDOG", 2, "8 inch"),
        ("SAUCE-KETCH-SACH", 2),
        ("BOVRIL", 1),
        ("POP-RTE-SALT", 4),
        ("CRISP-SALT", 4),
        ("CRISP-CHEESE", 4),
        ("REDBULL", 2),
        ("COKE-CAN", 4),
        ("CO2-635", 1),
    ],
    [("PK-HOTCUP", 1)],
)
cust(
    "giggle-cellar",
    "The Giggle Cellar",
    "comedy club",
    "WHATSAPP",
    "+447700900317",
    "en",
    "steady",
    5,
    3,
    [
        ("POP-RTE-SWSA", 6),
        ("POP-RTE-SALT", 4),
        ("NACH-PORTION", 3),
        ("CHS-CUPS", 3),
        ("TOP-SALSA", 1),
        ("MALT-STD", 2),
        ("HARIBO-TANG", 2),
        ("REDBULL-SF", 2),
        ("PM-COKE", 1),
        ("PM-SPRITE", 1),
        ("CO2-10", 1),
    ],
    [("PK-PORTIONPOT", 1)],
)
cust(
    "frostgate",
    "Frostgate Ice Rink Cafe",
    "ice rink",
    "SMS",
    "+447700900318",
    "en",
    "regular",
    6,
    1,
    [
        ("HOTCHOC", 4),
        ("TEA", 1),
        ("COFFEE-INST", 1),
        ("PK-HOTCUP", 3),
        ("SLUSH-CHERRY", 2, "5L Bottle"),
        ("SLUSH-LEMLIME", 1),
        ("PK-SLUSHCUP", 1, "16oz"),
        ("PK-DOMELID", 1, "16/20oz"),
        ("CHURROS", 2),
        ("SEAS-CINNAMON", 1),
        ("HD-VEGAN", 1),
        ("HD-CLASSIC", 2, "8 inch"),
        ("BUN-HOTDOG", 3, "8 inch"),
        ("FRUITSHOOT-ORANGE", 2),
    ],
    [("SHAKE-CHOC", 1)],
)
cust(
    "marsh-speedway",
    "Marsh Lane Speedway Snack Bar",
    "speedway",
    "WHATSAPP",
    "+447700900319",
    "en",
    "regular",
    5,
    4,
    [
        ("HD-BEEF", 4),
        ("BUN-HOTDOG", 4, "8 inch"),
        ("SAUCE-ONION", 2),
        ("SAUCE-KETCH-SACH", 3),
        ("SAUCE-MUST-SACH", 2),
        ("PK-HDTRAY", 2),
        ("COKE-CAN", 6),
        ("DIET-COKE-CAN", 2),
        ("WATER-STILL", 6),
        ("BOVRIL", 2),
        ("TEA", 1),
        ("PK-HOTCUP", 2),
        ("MM-PEANUT-STD", 3),
        ("HD-CORNDOG", 2),
    ],
    [("CRISP-SALT", 2)],
)
cust(
    "summit-events",
    "Summit Festival Catering",
    "festival and events caterer",
    "EMAIL",
    "ops@summitfestcatering.example",
    "en",
    "never",
    6,
    0,
    [
        ("KRN-BFLY-SACK", 2),
        ("OIL-CANOLA-BIB", 1),
        ("SEAS-FINE-SALT", 1),
        ("PK-POPBAG", 2, "Red Stripe"),
        ("HD-CLASSIC", 4, "8 inch"),
        ("BUN-HOTDOG", 4, "8 inch"),
        ("SAUCE-KETCH-BAG", 2),
        ("PK-HDTRAY", 2),
        ("SLUSH-BLUE", 2, "10L Bag-in-Box"),
        ("SLUSH-CHERRY", 1, "10L Bag-in-Box"),
        ("PK-SLUSHCUP", 2, "20oz"),
        ("PK-DOMELID", 2, "16/20oz"),
        ("WATER-STILL", 20),
        ("COKE-CAN", 10),
        ("CHURROS", 2),
        ("SEAS-CINNAMON", 1),
    ],
    [("NACH-TRI", 2), ("CHS-TIN", 1), ("PK-NACHOTRAY", 1, "Small 6in"), ("REDBULL", 3), ("HD-VEGAN", 1)],
)
cust(
    "cines-sol",
    "Cines del Sol (Sevilla)",
    "cinema",
    "WHATSAPP",
    "+447700900320",
    "es",
    "steady",
    6,
    0,
    [
        ("KRN-MUSH-SACK", 3),
        ("OIL-COCO-YEL", 2),
        ("SEAS-BUTTER-SALT", 1),
        ("SEAS-KETTLE-GLAZE", 1),
        ("PK-BUCKET", 2, "Large 85oz"),
        ("PK-BUCKET", 1, "Medium 46oz"),
        ("NACH-TRI", 4),
        ("CHS-POUCH", 2),
        ("TOP-JALAPENO", 4),
        ("PK-NACHOTRAY", 2, "Large 8in"),
        ("PM-COKE", 2),
        ("PM-ZERO", 1),
        ("PK-COLDCUP", 2, "22oz"),
        ("PK-FLATLID", 2, "22/32oz"),
        ("MM-PEANUT-POUCH", 3),
    ],
    [("CLN-CHEESE", 1)],
)
cust(
    "cinema-aurore",
    "Cinema L'Aurore (Lyon)",
    "cinema",
    "EMAIL",
    "confiserie@cinema-aurore.example",
    "fr",
    "regular",
    6,
    1,
    [
        ("KRN-BFLY-SACK", 2),
        ("OIL-COCO-CLR", 1),
        ("SEAS-CARAMEL-GLAZE", 2),
        ("SEAS-SWEET", 2),
        ("PK-SCOOPBOX", 2, "Medium"),
        ("PK-SCOOPBOX", 1, "Large"),
        ("MALT-POUCH", 2),
        ("HARIBO-STAR", 3),
        ("HARIBO-TANG", 2),
        ("WATER-STILL", 4),
        ("COKE-500", 3),
        ("PK-STRAW-PAPER", 1, "White"),
    ],
    [("CLN-KETTLE", 1)],
)
cust(
    "kino-stern",
    "Kino Sternpalast",
    "cinema",
    "WHATSAPP",
    "+447700900321",
    "de",
    "regular",
    7,
    2,
    [
        ("KRN-MUSH-SACK", 2),
        ("SEAS-SWEET", 3),
        ("SEAS-KETTLE-GLAZE", 1),
        ("OIL-COCO-YEL", 1),
        ("PK-BUCKET", 3, "Medium 46oz"),
        ("NACH-ROUND", 2),
        ("CHS-TIN", 2),
        ("PK-NACHOTRAY", 2, "Small 6in"),
        ("COKE-CAN", 4),
        ("FANTA-CAN", 2),
        ("SPRITE-CAN", 2),
        ("HARIBO-GOLD", 4),
        ("HARIBO-STAR", 2),
    ],
    [("CLN-KETTLE", 1)],
)
cust(
    "multisala-vittoria",
    "Multisala Vittoria",
    "multiplex cinema",
    "WHATSAPP",
    "+447700900322",
    "it",
    "steady",
    6,
    3,
    [
        ("KRN-MUSH-SACK", 2),
        ("OIL-COCO-YEL", 1),
        ("SEAS-BUTTER-SALT", 1),
        ("PK-BUCKET", 2, "Large 85oz"),
        ("PK-BUCKET", 1, "Medium 46oz"),
        ("NACH-TRI", 2),
        ("CHS-POUCH", 1),
        ("SLUSH-BLUE", 2, "5L Bottle"),
        ("PK-SLUSHCUP", 1, "16oz"),
        ("MM-CHOC-POUCH", 2),
        ("COKE-500", 4),
        ("WATER-STILL", 4),
    ],
    [("TOP-JALAPENO", 2)],
)
cust(
    "estadio-mar",
    "Estadio do Mar - Bares",
    "football stadium",
    "WHATSAPP",
    "+447700900323",
    "pt",
    "regular",
    6,
    2,
    [
        ("HD-CLASSIC", 6, "8 inch"),
        ("BUN-HOTDOG", 6, "8 inch"),
        ("SAUCE-KETCH-BAG", 1),
        ("SAUCE-MUST-BAG", 1),
        ("PK-HDTRAY", 2),
        ("COKE-500", 10),
        ("WATER-STILL", 10),
        ("POP-RTE-SALT", 6),
        ("REDBULL", 2),
    ],
    [("PK-NAPKIN-DISP", 1)],
)
cust(
    "kino-zorza",
    "Kino Zorza",
    "cinema",
    "WHATSAPP",
    "+447700900324",
    "pl",
    "regular",
    6,
    1,
    [
        ("KRN-BFLY-SACK", 2),
        ("OIL-CANOLA-BIB", 1),
        ("SEAS-FINE-SALT", 1),
        ("SEAS-CARAMEL-GLAZE", 1),
        ("PK-BUCKET", 1, "Large 85oz"),
        ("PK-BUCKET", 1, "Jumbo 130oz"),
        ("NACH-ROUND", 2),
        ("CHS-POUCH", 1),
        ("PK-NACHOTRAY", 1, "Large 8in"),
        ("COKE-ZERO-CAN", 2),
        ("COKE-CAN", 3),
        ("MM-PEANUT-POUCH", 3),
        ("SKITTLES", 2),
    ],
    [("PK-POPBAG", 1, "Red Stripe")],
)
cust(
    "rooftop-reel",
    "Rooftop Reel Outdoor Cinema",
    "outdoor cinema (opening)",
    "WHATSAPP",
    "+447700900325",
    "en",
    "new",
    0,
    0,
    [],
)
cust(
    "the-vault",
    "The Vault Live Music Venue",
    "music venue (new account)",
    "EMAIL",
    "bar@thevault-venue.example",
    "en",
    "new",
    0,
    0,
    [],
)

CUSTOMERS = {c["customer"]: c for c in C}


def _key(lines):
    return tuple(sorted((l[0], l[2] if len(l) > 2 else "", l[1]) for l in lines))


def _vary(rng, basket, extras, how):
    b = [list(l) for l in basket]
    if how == "qty":
        i = rng.randrange(len(b))
        b[i][1] = b[i][1] + rng.choice([1, 2]) if b[i][1] < 3 or rng.random() < 0.5 else b[i][1] - 1
    elif how == "drop":
        del b[rng.randrange(len(b))]
    elif how == "extra":
        have = {(l[0], l[2] if len(l) > 2 else None) for l in b}
        opts = [e for e in extras if (e[0], e[2] if len(e) > 2 else None) not in have]
        b.append(list(rng.choice(opts)))
    return [tuple(l) for l in b]


def history(c):
    """Weekly orders, oldest first, ending the week before MSG_WEEK."""
    rng = random.Random("set31-" + c["customer"])
    n = c["weeks"]
    if c["hist"] == "new":
        return []
    usual = c["usual"]
    if c["hist"] == "never":
        pool = usual + c["extras"]
        baskets, seen = [], set()
        while len(baskets) < n:
            k = rng.randint(7, 11)
            b = sorted(rng.sample(pool, k), key=pool.index)
            b = [
                (
                    l[0],
                    max(1, l[1] + rng.choice([-1, 0, 1, 2])),
                )
                + tuple(l[2:])
                for l in b
            ]
            if _key(b) not in seen:
                seen.add(_key(b))
                baskets.append(b)
    else:
        baskets = [list(usual) for _ in range(n)]
        if c["hist"] == "steady":
            i, j = rng.sample(range(n - 1), 2)
            baskets[i] = _vary(rng, usual, c["extras"], "qty")
            baskets[j] = _vary(rng, usual, c["extras"], rng.choice(["drop", "extra"]))
        else:
            i = rng.randrange(n - 1)
            baskets[i] = _vary(rng, usual, c["extras"], rng.choice(["qty", "drop"]))
            baskets[-1] = _vary(rng, usual, c["extras"], rng.choice(["qty", "extra", "drop"]))
            while _key(baskets[-1]) == _key(usual) or _key(baskets[-1]) == _key(baskets[i]):
                baskets[-1] = _vary(rng, usual, c["extras"], rng.choice(["qty", "extra", "drop"]))
        if c["hist"] == "steady":
            assert _key(baskets[-1]) == _key(usual)
    orders = []
    for w, b in enumerate(baskets):
        d = MSG_WEEK - datetime.timedelta(weeks=n - w) + datetime.timedelta(days=c["day"])
        orders.append(
            {
                "date": d.isoformat(),
                "lines": [
                    {"sku": l[0], "quantity": l[1], **({"variant": l[2]} if len(l) > 2 else {})} for l in b
                ],
            }
        )
    return orders


def usual_basket(orders):
    """The unique most frequent exact basket, or None."""
    from collections import Counter

    keys = [
        tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in o["lines"])) for o in orders
    ]
    cnt = Counter(keys)
    if not cnt:
        return None
    top = cnt.most_common()
    if top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    k = top[0][0]
    for o, kk in zip(orders, keys):
        if kk == k:
            return o["lines"]
