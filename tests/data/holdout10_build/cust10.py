# ruff: noqa  (hand-written data generator for the tenth blind set, kept as its writer left it)
"""Customers of the tenth set and their hand-written usual baskets; histories generated with a fixed seed.

pattern:
  steady  - usual basket in most weeks (two earlier weeks vary by one quantity or a dropped line);
            the last order is the usual.
  regular - usual basket in most weeks (one earlier week varies); the last order differs from the usual
            by the hand-written LAST change.
  random  - never repeats a basket ("the usual" cannot be resolved; "same as last week" can).
  new     - first-time customer, no orders.
"""

import datetime
import random

SEED = 10010
LAST_WEEK_MONDAY = datetime.date(2026, 6, 22)  # last history week: 22-26 June 2026

# basket lines: (sku, variant_or_None, qty)
CUSTOMERS = [
    dict(
        customer="bean-there",
        name="Bean There Coffee",
        kind="café",
        city="Leeds",
        channel="WHATSAPP",
        address="+447700900101",
        language="en",
        pattern="steady",
        weeks=7,
        weekday=0,
        usual=[
            ("BEAN-HOUSE", "1kg Bag", 6),
            ("OAT-BRUK-BAR", None, 4),
            ("MILK-WHOLE", None, 6),
            ("MILK-SEMI", None, 3),
            ("SYR-VAN", None, 2),
            ("SYR-CAR", None, 2),
            ("CUP-DW", "12oz", 2),
            ("LID-SIP", "12/16oz", 2),
            ("CROISSANT", "Large 80g (box of 50)", 1),
            ("PAC-60", None, 1),
            ("SUGAR-BROWN-STICK", None, 1),
        ],
    ),
    dict(
        customer="daily-grind",
        name="The Daily Grind",
        kind="coffee shop",
        city="Bristol",
        channel="SMS",
        address="+447700900102",
        language="en",
        pattern="regular",
        weeks=6,
        weekday=1,
        usual=[
            ("BEAN-DARK", None, 5),
            ("MILK-SEMI", None, 8),
            ("OAT-AVENA-BAR", None, 1),
            ("CUP-SW", "8oz", 1),
            ("CUP-SW", "12oz", 1),
            ("LID-SIP", "8oz", 1),
            ("LID-SIP", "12/16oz", 1),
            ("SYR-HAZ", None, 2),
            ("SUGAR-WHITE-STICK", None, 1),
            ("CLEAN-TABS", None, 1),
        ],
        last=("set", ("BEAN-DARK", None), 6),
    ),
    dict(
        customer="crumbs-corner",
        name="Crumbs Corner Bakery-Café",
        kind="bakery-café",
        city="Norwich",
        channel="EMAIL",
        address="orders@crumbscorner.example",
        language="en",
        pattern="regular",
        weeks=8,
        weekday=2,
        usual=[
            ("BEAN-HOUSE", "1kg Bag", 4),
            ("MILK-WHOLE", None, 10),
            ("CREAM-DOUBLE", None, 3),
            ("TEA-EB-1100", None, 1),
            ("SCONE-PLAIN", None, 2),
            ("SCONE-FRUIT", None, 2),
            ("CAKE-CARROT", None, 2),
            ("TRAY-BROWNIE", None, 2),
            ("BOX-PASTRY", "Medium", 1),
            ("BAG-GREASEPROOF", None, 1),
            ("NAP-2PLY", "Kraft", 1),
            ("BUTTER-PORTIONS", None, 1),
        ],
        last=("add", ("FILL-EGG", None), 2),
    ),
    dict(
        customer="hilltop-kiosk",
        name="Hilltop Park Kiosk",
        kind="park kiosk",
        city="Sheffield",
        channel="SMS",
        address="+447700900104",
        language="en",
        pattern="steady",
        weeks=5,
        weekday=3,
        usual=[
            ("INST-750", None, 2),
            ("TEA-EB-100", None, 4),
            ("CHOC-POWDER", "2kg Bag", 2),
            ("MILK-PORTIONS", None, 3),
            ("CUP-SW", "8oz", 1),
            ("LID-SIP", "8oz", 1),
            ("SUGAR-WHITE-STICK", None, 1),
            ("STIRRER", "14cm", 1),
            ("BISC-SHORTBREAD", None, 1),
        ],
    ),
    dict(
        customer="library-cafe",
        name="Library Café, University of Northmoor",
        kind="university café",
        city="Northmoor",
        channel="EMAIL",
        address="cafe.library@northmoor.example",
        language="en",
        pattern="regular",
        weeks=7,
        weekday=0,
        usual=[
            ("BEAN-HOUSE", "1kg Bag", 10),
            ("BEAN-DECAF", None, 2),
            ("MILK-SEMI", None, 12),
            ("OAT-BRUK-BAR", None, 6),
            ("SOY-BAR", None, 1),
            ("CUP-DW", "12oz", 4),
            ("CUP-DW", "16oz", 2),
            ("LID-SIP", "12/16oz", 5),
            ("SYR-VAN", None, 3),
            ("SYR-VAN-SF", None, 2),
            ("MUF-BLUEB", None, 2),
            ("MUF-CHOC", None, 2),
            ("PANINI-HAMCHEESE", None, 2),
            ("PANINI-MOZZ", None, 2),
            ("NAP-DISP", None, 1),
        ],
        last=("set", ("MILK-SEMI", None), 14),
    ),
    dict(
        customer="platform-4",
        name="Platform 4 Espresso Bar",
        kind="station espresso bar",
        city="York",
        channel="WHATSAPP",
        address="+447700900106",
        language="en",
        pattern="steady",
        weeks=6,
        weekday=1,
        usual=[
            ("BEAN-HOUSE", "1kg Bag", 8),
            ("MILK-WHOLE", None, 8),
            ("OAT-BRUK-BAR", None, 3),
            ("CUP-SW", "8oz", 2),
            ("CUP-SW", "12oz", 2),
            ("LID-SIP", "8oz", 2),
            ("LID-SIP", "12/16oz", 2),
            ("SLEEVE", "12/16oz", 1),
            ("CARRIER-CUP", "4 Cup", 1),
            ("SYR-CAR", None, 2),
            ("PAC-60", None, 1),
        ],
    ),
    dict(
        customer="oak-and-oat",
        name="Oak & Oat",
        kind="vegan café",
        city="Brighton",
        channel="WHATSAPP",
        address="+447700900107",
        language="en",
        pattern="regular",
        weeks=6,
        weekday=2,
        usual=[
            ("BEAN-COLOMBIA", None, 3),
            ("OAT-BRUK-BAR", None, 5),
            ("SOY-BAR", None, 1),
            ("ALM-BAR", None, 2),
            ("COCO-BAR", None, 1),
            ("CHOC-VEGAN", None, 2),
            ("CAKE-VEGAN-CHOC", None, 2),
            ("TRAY-BROWNIE-GF", None, 1),
            ("CUP-DW", "8oz", 1),
            ("CUP-DW", "12oz", 1),
            ("STRAW-PAPER", "White", 1),
        ],
        last=("set", ("ALM-BAR", None), 3),
    ),
    dict(
        customer="harbour-hotel",
        name="Harbour View Hotel",
        kind="hotel breakfast room",
        city="Whitby",
        channel="EMAIL",
        address="fb@harbourviewhotel.example",
        language="en",
        pattern="regular",
        weeks=7,
        weekday=3,
        usual=[
            ("GRD-SACHET-50", None, 3),
            ("TEA-EB-100", None, 6),
            ("TEA-EARLGREY", None, 2),
            ("TEA-PEPPERMINT", None, 1),
            ("TEA-CHAMOMILE", None, 1),
            ("MILK-PORTIONS", None, 4),
            ("MILK-SEMI", None, 6),
            ("BUTTER-PORTIONS", None, 4),
            ("CROISSANT", "Mini 25g (box of 120)", 2),
            ("PAC-60", None, 1),
            ("SWEETENER", None, 1),
            ("SUGAR-WHITE-STICK", None, 1),
            ("SUGAR-BROWN-STICK", None, 1),
        ],
        last=("set", ("TEA-EB-100", None), 8),
    ),
    dict(
        customer="little-loaf",
        name="The Little Loaf",
        kind="bakery-café",
        city="Bath",
        channel="WHATSAPP",
        address="+447700900109",
        language="en",
        pattern="steady",
        weeks=8,
        weekday=4,
        usual=[
            ("BEAN-HOUSE", "1kg Bag", 3),
            ("MILK-WHOLE", None, 5),
            ("CREAM-WHIP", None, 6),
            ("CREAM-AEROSOL", None, 1),
            ("FILL-EGG", None, 2),
            ("FILL-TUNA", None, 2),
            ("FILL-CORO", None, 1),
            ("CHEDDAR-GRATED", None, 1),
            ("HAM-SLICED", None, 4),
            ("BOX-WEDGE", None, 1),
            ("BAG-KRAFT", "Medium", 1),
            ("NAP-2PLY", "White", 1),
        ],
    ),
    dict(
        customer="cuppa-cabin",
        name="Cuppa Cabin",
        kind="beach kiosk",
        city="Scarborough",
        channel="SMS",
        address="+447700900110",
        language="en",
        pattern="random",
        weeks=6,
        weekday=4,
        pool=[
            ("INST-750", None, (1, 3)),
            ("TEA-EB-100", None, (2, 5)),
            ("CHOC-POWDER", "1kg Tin", (1, 4)),
            ("MILK-PORTIONS", None, (2, 5)),
            ("CUP-SW", "8oz", (1, 2)),
            ("CUP-SW", "12oz", (1, 2)),
            ("LID-SIP", "8oz", (1, 2)),
            ("LID-SIP", "12/16oz", (1, 2)),
            ("STIRRER", "14cm", (1, 2)),
            ("SUGAR-WHITE-STICK", None, (1, 2)),
            ("BISC-CARAMEL", None, (1, 2)),
            ("CUP-PET", "16oz", (1, 2)),
            ("LID-FLAT", None, (1, 2)),
            ("STRAW-PAPER", "Red Stripe", (1, 3)),
            ("FRAPPE-VAN", None, (1, 3)),
            ("COLDBREW", "5L Bag-in-Box", (1, 2)),
        ],
    ),
    dict(
        customer="brewbox-events",
        name="BrewBox Events",
        kind="mobile coffee cart",
        city="Manchester",
        channel="EMAIL",
        address="bookings@brewbox.example",
        language="en",
        pattern="random",
        weeks=6,
        weekday=1,
        pool=[
            ("BEAN-HOUSE", "1kg Bag", (3, 12)),
            ("BEAN-ETHIOPIA", None, (1, 4)),
            ("OAT-BRUK-BAR", None, (2, 6)),
            ("OAT-AVENA-BAR", None, (1, 3)),
            ("MILK-WHOLE", None, (4, 12)),
            ("CUP-DW", "8oz", (1, 3)),
            ("CUP-DW", "12oz", (1, 4)),
            ("LID-SIP", "8oz", (1, 3)),
            ("LID-SIP", "12/16oz", (1, 4)),
            ("SLEEVE", "12/16oz", (1, 2)),
            ("CARRIER-CUP", "4 Cup", (1, 2)),
            ("NAP-2PLY", "Black", (1, 2)),
            ("STIRRER", "19cm", (1, 2)),
            ("SYR-VAN", None, (1, 4)),
            ("SYR-SALTCAR", None, (1, 3)),
            ("CHAI-SPICED", None, (1, 2)),
            ("CHOC-FLAKES", None, (1, 3)),
        ],
    ),
    dict(
        customer="green-room",
        name="Green Room Café, Playhouse Theatre",
        kind="theatre café",
        city="Leicester",
        channel="WHATSAPP",
        address="+447700900112",
        language="en",
        pattern="regular",
        weeks=5,
        weekday=2,
        usual=[
            ("BEAN-DARK", None, 2),
            ("MILK-SEMI", None, 4),
            ("OAT-AVENA-BAR", None, 1),
            ("CHOC-FLAKES", None, 1),
            ("TEA-EB-100", None, 2),
            ("CAKE-LEMON", None, 2),
            ("TRAY-MILLIONAIRE", None, 1),
            ("BISC-BISCOTTI", None, 1),
            ("CUP-SW", "12oz", 1),
            ("LID-SIP", "12/16oz", 1),
            ("NAP-DISP", None, 1),
        ],
        last=("set", ("TRAY-MILLIONAIRE", None), 2),
    ),
    dict(
        customer="kaffeehaus-linde",
        name="Kaffeehaus Linde",
        kind="Kaffeehaus",
        city="München",
        channel="EMAIL",
        address="bestellung@kaffeehaus-linde.example",
        language="de",
        pattern="regular",
        weeks=6,
        weekday=0,
        usual=[
            ("BEAN-ETHIOPIA", None, 3),
            ("BEAN-HOUSE", "1kg Bag", 4),
            ("MILK-WHOLE", None, 8),
            ("OAT-AVENA-BAR", None, 2),
            ("CREAM-WHIP", None, 8),
            ("CAKE-CARROT", None, 1),
            ("CAKE-CHOC", None, 1),
            ("TEA-JASMINE", None, 1),
            ("TEA-EARLGREY", None, 1),
            ("SUGAR-CUBES", None, 4),
            ("DESCALER", None, 1),
        ],
        last=("set", ("CREAM-WHIP", None), 10),
    ),
    dict(
        customer="cafe-am-hafen",
        name="Café am Hafen",
        kind="café",
        city="Hamburg",
        channel="WHATSAPP",
        address="+447700900114",
        language="de",
        pattern="steady",
        weeks=5,
        weekday=1,
        usual=[
            ("BEAN-HOUSE", "1kg Bag", 5),
            ("BEAN-DECAF", None, 1),
            ("MILK-WHOLE", None, 6),
            ("OAT-BRUK-BAR", None, 3),
            ("CUP-DW", "8oz", 1),
            ("CUP-DW", "12oz", 1),
            ("LID-SIP", "8oz", 1),
            ("LID-SIP", "12/16oz", 1),
            ("CINNAMON-48", None, 1),
            ("SYR-CAR", None, 1),
            ("SYR-HAZ", None, 1),
            ("CLEAN-TABS", None, 1),
        ],
    ),
    dict(
        customer="cafe-lumiere",
        name="Café Lumière",
        kind="café",
        city="Lyon",
        channel="WHATSAPP",
        address="+447700900115",
        language="fr",
        pattern="regular",
        weeks=6,
        weekday=3,
        usual=[
            ("BEAN-BRAZIL", None, 4),
            ("MILK-WHOLE", None, 6),
            ("OAT-BRUK-BAR", None, 2),
            ("CROISSANT", "Large 80g (box of 50)", 2),
            ("PAC-60", None, 2),
            ("CRS-ALMOND", None, 1),
            ("SYR-VAN", None, 1),
            ("SYR-CAR", None, 1),
            ("SAUCE-CHOC", None, 1),
            ("CUP-DW", "8oz", 1),
        ],
        last=("add", ("CHOC-WHITE", None), 1),
    ),
    dict(
        customer="boulangerie-martin",
        name="Boulangerie-Café Martin",
        kind="bakery-café",
        city="Lille",
        channel="EMAIL",
        address="commandes@boulangerie-martin.example",
        language="fr",
        pattern="steady",
        weeks=7,
        weekday=0,
        usual=[
            ("GRD-FILTER-1KG", None, 4),
            ("BEAN-HOUSE", "1kg Bag", 2),
            ("MILK-SEMI", None, 4),
            ("PAR-48", None, 1),
            ("PAC-60", None, 2),
            ("CROISSANT", "Mini 25g (box of 120)", 1),
            ("BAG-GREASEPROOF", None, 2),
            ("BOX-PASTRY", "Small", 1),
            ("BOX-PASTRY", "Large", 1),
            ("NAP-DISP", None, 1),
        ],
    ),
    dict(
        customer="cafe-sol",
        name="Café Sol",
        kind="café",
        city="Valencia",
        channel="WHATSAPP",
        address="+447700900117",
        language="es",
        pattern="regular",
        weeks=6,
        weekday=1,
        usual=[
            ("BEAN-HOUSE", "1kg Bag", 6),
            ("MILK-WHOLE", None, 8),
            ("MILK-SKIM", None, 2),
            ("SOY-BAR", None, 2),
            ("ALM-UNSW", None, 1),
            ("CUP-PET", "16oz", 1),
            ("LID-DOME", None, 1),
            ("STRAW-PAPER", "Black", 1),
            ("SYR-CAR", None, 2),
            ("SYR-VAN-SF", None, 1),
            ("CROISSANT", "Large 80g (box of 50)", 1),
        ],
        last=("set", ("MILK-SKIM", None), 3),
    ),
    dict(
        customer="bar-centrale",
        name="Bar Centrale",
        kind="bar-caffè",
        city="Bologna",
        channel="WHATSAPP",
        address="+447700900118",
        language="it",
        pattern="regular",
        weeks=6,
        weekday=4,
        usual=[
            ("BEAN-DARK", None, 8),
            ("MILK-WHOLE", None, 10),
            ("MILK-SKIM", None, 1),
            ("CUP-ESPRESSO-4", None, 1),
            ("SUGAR-BROWN-STICK", None, 2),
            ("SUGAR-WHITE-STICK", None, 1),
            ("CROISSANT", "Mini 25g (box of 120)", 2),
            ("CHOC-FLAKES", None, 2),
            ("CREAM-AEROSOL", None, 1),
            ("DESCALER", None, 1),
        ],
        last=("drop", ("DESCALER", None), None),
    ),
    dict(
        customer="koffie-kade",
        name="Koffiebar De Kade",
        kind="speciality coffee bar",
        city="Utrecht",
        channel="WHATSAPP",
        address="+447700900119",
        language="nl",
        pattern="regular",
        weeks=6,
        weekday=2,
        usual=[
            ("BEAN-ETHIOPIA", None, 2),
            ("BEAN-COLOMBIA", None, 2),
            ("OAT-BRUK-BAR", None, 4),
            ("MILK-WHOLE", None, 6),
            ("CHAI-SPICED", None, 1),
            ("MATCHA-LATTE", None, 1),
            ("CUP-DW", "12oz", 2),
            ("LID-SIP", "12/16oz", 2),
            ("BISC-CARAMEL", None, 1),
            ("MILK-CLEAN", None, 1),
        ],
        last=("set", ("OAT-BRUK-BAR", None), 5),
    ),
    dict(
        customer="pastelaria-aurora",
        name="Pastelaria Aurora",
        kind="pastelaria",
        city="Porto",
        channel="EMAIL",
        address="encomendas@pastelaria-aurora.example",
        language="pt",
        pattern="steady",
        weeks=6,
        weekday=3,
        usual=[
            ("BEAN-BRAZIL", None, 5),
            ("MILK-WHOLE", None, 6),
            ("MILK-SEMI", None, 2),
            ("SUGAR-WHITE-STICK", None, 2),
            ("CUP-ESPRESSO-4", None, 1),
            ("NAP-DISP", None, 1),
            ("TEA-CHAMOMILE", None, 1),
            ("CHOC-POWDER", "1kg Tin", 2),
            ("CREAM-DOUBLE", None, 2),
        ],
    ),
    dict(
        customer="kawiarnia-rynek",
        name="Kawiarnia Rynek",
        kind="café",
        city="Kraków",
        channel="WHATSAPP",
        address="+447700900121",
        language="pl",
        pattern="regular",
        weeks=5,
        weekday=0,
        usual=[
            ("BEAN-HOUSE", "1kg Bag", 4),
            ("BEAN-DECAF", None, 1),
            ("MILK-WHOLE", None, 6),
            ("OAT-AVENA-BAR", None, 1),
            ("SYR-SALTCAR", None, 2),
            ("SYR-GINGER", None, 1),
            ("CUP-DW", "12oz", 1),
            ("LID-SIP", "12/16oz", 1),
            ("CAKE-CHOC", None, 2),
            ("MUF-CHOC", None, 1),
        ],
        last=("add", ("SYR-PUMPKIN", None), 1),
    ),
    dict(
        customer="fika-hornan",
        name="Fika Hörnan",
        kind="konditori-café",
        city="Göteborg",
        channel="SMS",
        address="+447700900122",
        language="sv",
        pattern="regular",
        weeks=6,
        weekday=1,
        usual=[
            ("BEAN-COLOMBIA", None, 4),
            ("MILK-WHOLE", None, 6),
            ("OAT-BRUK-ORIG", None, 2),
            ("OAT-BRUK-BAR", None, 2),
            ("CINNAMON-48", None, 2),
            ("CUP-SW", "8oz", 1),
            ("NAP-2PLY", "White", 1),
            ("TEA-EB-100", None, 1),
        ],
        last=("set", ("CINNAMON-48", None), 3),
    ),
    dict(
        customer="northside-school",
        name="Northside Sixth Form Café",
        kind="school café",
        city="Newcastle",
        channel="EMAIL",
        address="catering@northside6.example",
        language="en",
        pattern="steady",
        weeks=6,
        weekday=2,
        usual=[
            ("INST-750", None, 1),
            ("TEA-EB-1100", None, 1),
            ("CHOC-POWDER", "2kg Bag", 2),
            ("MILK-SEMI", None, 6),
            ("CUP-SW", "12oz", 2),
            ("LID-SIP", "12/16oz", 2),
            ("PANINI-HAMCHEESE", None, 3),
            ("BISC-SHORTBREAD", None, 1),
            ("BAG-GREASEPROOF", None, 1),
            ("SPRAY-ANTIBAC", None, 1),
        ],
    ),
    dict(
        customer="pulsefit-cafe",
        name="PulseFit Gym Café",
        kind="gym café",
        city="Cardiff",
        channel="WHATSAPP",
        address="+447700900124",
        language="en",
        pattern="regular",
        weeks=5,
        weekday=3,
        usual=[
            ("BEAN-HOUSE", "1kg Bag", 2),
            ("OAT-AVENA-BAR", None, 2),
            ("ALM-BAR", None, 1),
            ("CUP-PET", "16oz", 1),
            ("CUP-PET", "20oz", 1),
            ("LID-DOME", None, 1),
            ("LID-FLAT", None, 1),
            ("STRAW-PAPER", "Black", 1),
            ("MATCHA-LATTE", None, 1),
            ("FRAPPE-VAN", None, 1),
            ("FRAPPE-CHOC", None, 1),
        ],
        last=("set", ("FRAPPE-CHOC", None), 2),
    ),
    dict(
        customer="chapter-verse",
        name="Chapter & Verse Bookshop Café",
        kind="bookshop café",
        city="Hay-on-Wye",
        channel="SMS",
        address="+447700900125",
        language="en",
        pattern="regular",
        weeks=6,
        weekday=4,
        usual=[
            ("BEAN-HOUSE", "1kg Bag", 2),
            ("MILK-SEMI", None, 2),
            ("OAT-BRUK-BAR", None, 1),
            ("TEA-EB-100", None, 2),
            ("TEA-SENCHA", None, 1),
            ("TEA-BERRY", None, 1),
            ("CAKE-LEMON", None, 1),
            ("BISC-BISCOTTI", None, 1),
            ("CUP-SW", "8oz", 1),
            ("LID-SIP", "8oz", 1),
        ],
        last=("add", ("TEA-PEPPERMINT", None), 1),
    ),
    dict(
        customer="bloom-bakehouse",
        name="Bloom Bakehouse",
        kind="new bakery-café",
        city="Harrogate",
        channel="WHATSAPP",
        address="+447700900126",
        language="en",
        pattern="new",
    ),
    dict(
        customer="tostadero-madrid",
        name="El Tostadero",
        kind="new coffee shop",
        city="Madrid",
        channel="EMAIL",
        address="pedidos@eltostadero.example",
        language="es",
        pattern="new",
    ),
]

BY_KEY = {c["customer"]: c for c in CUSTOMERS}


def _key(line):
    return (line[0], line[1])


def _basket(lines):
    return tuple(sorted((s, v or "", q) for s, v, q in lines))


def _vary(rng, usual, seen):
    """one earlier-week variation: change one quantity by +-1 or drop one line; never equal to a seen basket"""
    for _ in range(100):
        b = [list(x) for x in usual]
        i = rng.randrange(len(b))
        if rng.random() < 0.7:
            d = rng.choice([-1, 1]) if b[i][2] > 1 else 1
            b[i][2] += d
        else:
            del b[i]
        b = [tuple(x) for x in b]
        if _basket(b) not in seen:
            return b
    raise RuntimeError("no variation")


def _apply_last(usual, last):
    op, key, q = last
    b = [list(x) for x in usual]
    if op == "set":
        for x in b:
            if (x[0], x[1]) == key:
                x[2] = q
    elif op == "add":
        b.append([key[0], key[1], q])
    elif op == "drop":
        b = [x for x in b if (x[0], x[1]) != key]
    return [tuple(x) for x in b]


def gen_histories():
    rng = random.Random(SEED)
    out = []
    for c in CUSTOMERS:
        rec = {k: c[k] for k in ("customer", "name", "kind", "channel", "address", "language")}
        orders = []
        if c["pattern"] != "new":
            n = c["weeks"]
            dates = [
                LAST_WEEK_MONDAY - datetime.timedelta(weeks=n - 1 - i) + datetime.timedelta(days=c["weekday"])
                for i in range(n)
            ]
            baskets = []
            usual = c.get("usual")
            if c["pattern"] == "steady":
                vary_weeks = set(rng.sample(range(n - 1), 2))
                seen = {_basket(usual)}
                for i in range(n):
                    if i in vary_weeks:
                        b = _vary(rng, usual, seen)
                        seen.add(_basket(b))
                    else:
                        b = list(usual)
                    baskets.append(b)
            elif c["pattern"] == "regular":
                lastb = _apply_last(usual, c["last"])
                seen = {_basket(usual), _basket(lastb)}
                vary_week = rng.randrange(n - 1)
                for i in range(n - 1):
                    if i == vary_week:
                        b = _vary(rng, usual, seen)
                        seen.add(_basket(b))
                    else:
                        b = list(usual)
                    baskets.append(b)
                baskets.append(lastb)
            else:  # random
                seen = set()
                pool = c["pool"]
                for i in range(n):
                    while True:
                        k = rng.randint(5, min(9, len(pool)))
                        items = sorted(rng.sample(range(len(pool)), k))
                        b = [(pool[j][0], pool[j][1], rng.randint(*pool[j][2])) for j in items]
                        if _basket(b) not in seen:
                            seen.add(_basket(b))
                            break
                    baskets.append(b)
            for d, b in zip(dates, baskets):
                lines = []
                for s, v, q in b:
                    ln = {"sku": s}
                    from cat10 import has_variants

                    if has_variants(s):
                        ln["variant"] = v
                    ln["quantity"] = q
                    lines.append(ln)
                orders.append({"date": d.isoformat(), "lines": lines})
        rec["orders"] = orders
        out.append(rec)
    return out
