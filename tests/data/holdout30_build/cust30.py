# ruff: noqa  (hand-written data generator of blind set 30, kept as its writer left it)
"""customers30: hand-written customers and usual baskets; seeded weekly history generator."""

import datetime
import random

# key, name, kind, channel, language, pattern, weeks, usual basket [(sku, variant or None, qty)]
# pattern: steady (last order is the usual), regular (last order differs), never (no repeated basket), new (no orders)
C = [
    (
        "copper-pot",
        "The Copper Pot",
        "gastropub",
        "WHATSAPP",
        "en",
        "steady",
        7,
        [
            ("GLOVE-NIT", "Large", 4),
            ("CLING-450", None, 2),
            ("FOIL-450", None, 1),
            ("BLUE-ROLL", None, 2),
            ("CLOTHS-AP", "Blue", 1),
            ("TT-WHITE", None, 1),
            ("DAYDOTS", "Monday", 1),
            ("DELI-POTS", "8oz", 1),
        ],
    ),
    (
        "millstone-canteen",
        "Millstone Staff Canteen",
        "staff canteen",
        "EMAIL",
        "en",
        "regular",
        8,
        [
            ("GLOVE-VIN", "Large", 6),
            ("GLOVE-VIN", "Medium", 4),
            ("CLING-450", None, 3),
            ("FOIL-450", None, 2),
            ("HAIRNETS", None, 2),
            ("APRON-DISP", None, 2),
            ("BLUE-ROLL", None, 3),
            ("DISSOLVE-LBL", None, 2),
            ("GN11-SS", "100mm", 2),
        ],
    ),
    (
        "st-brides-school",
        "St Bride's Primary School Kitchen",
        "school kitchen",
        "EMAIL",
        "en",
        "steady",
        6,
        [
            ("GLOVE-VIN", "Medium", 3),
            ("HAIRNETS", None, 1),
            ("APRON-DISP", None, 1),
            ("CLING-300", None, 1),
            ("CLOTHS-AP", "Green", 1),
            ("PLASTERS-BLUE", None, 1),
        ],
    ),
    (
        "harbour-hospital",
        "Harbourside Hospital Catering",
        "hospital catering",
        "EMAIL",
        "en",
        "regular",
        8,
        [
            ("GLOVE-NIT", "Medium", 10),
            ("GLOVE-NIT", "Large", 6),
            ("APRON-DISP", None, 4),
            ("HAIRNETS", None, 3),
            ("SNOODS", None, 1),
            ("DISSOLVE-LBL", None, 4),
            ("PROBE-WIPES", None, 2),
            ("CLING-450", None, 4),
            ("GN11-PC", "100mm", 4),
        ],
    ),
    (
        "maple-care",
        "Maple Lodge Care Home",
        "care home",
        "SMS",
        "en",
        "steady",
        5,
        [
            ("GLOVE-VIN", "Medium", 2),
            ("APRON-DISP", None, 1),
            ("CLOTHS-AP", "Yellow", 1),
            ("TT-BLUECHECK", None, 1),
            ("PROBE-WIPES", None, 1),
        ],
    ),
    (
        "saffron-house",
        "Saffron House",
        "Indian restaurant",
        "WHATSAPP",
        "en",
        "regular",
        7,
        [
            ("DELI-POTS", "4oz", 2),
            ("DELI-POTS", "16oz", 1),
            ("GLOVE-NIT", "Medium", 3),
            ("FOIL-450", None, 2),
            ("GN16-SS", "150mm", 4),
            ("TT-WHITE", None, 1),
        ],
    ),
    (
        "bluebell-cafe",
        "Bluebell Café",
        "café",
        "SMS",
        "en",
        "steady",
        6,
        [
            ("GLOVE-VIN", "Small", 1),
            ("CLING-300", None, 1),
            ("BLUE-ROLL", None, 1),
            ("PARCHMENT-450", None, 1),
        ],
    ),
    (
        "grand-albion",
        "The Grand Albion Hotel",
        "hotel kitchen",
        "EMAIL",
        "en",
        "regular",
        8,
        [
            ("GLOVE-NIT", "Large", 5),
            ("GLOVE-NIT", "Medium", 5),
            ("CLING-450", None, 3),
            ("FOIL-450", None, 2),
            ("VAC-200300", None, 2),
            ("VAC-300400", None, 1),
            ("DAYDOTS", "Wednesday", 1),
            ("GLASS-CLOTH", None, 2),
            ("TT-WHITE", None, 3),
            ("PIPING-53", None, 1),
        ],
    ),
    (
        "fold-bistro",
        "The Fold",
        "bistro",
        "WHATSAPP",
        "en",
        "steady",
        6,
        [
            ("GLOVE-NIT", "Small", 2),
            ("VAC-200300", None, 1),
            ("CLING-300", None, 1),
            ("TT-BLUECHECK", None, 1),
            ("CLOTHS-AP", "Red", 1),
        ],
    ),
    (
        "smokestack",
        "Smokestack BBQ",
        "barbecue restaurant",
        "WHATSAPP",
        "en",
        "regular",
        6,
        [
            ("GLOVE-NIT", "X-Large", 4),
            ("FOIL-450", None, 3),
            ("BLUE-ROLL", None, 2),
            ("TONGS-40", None, 2),
            ("SQUEEZE-RED", None, 1),
            ("APRON-BIB-BLK", None, 1),
        ],
    ),
    (
        "nori-ramen",
        "Nori Noodle Bar",
        "noodle bar",
        "WHATSAPP",
        "en",
        "steady",
        5,
        [
            ("DELI-POTS", "16oz", 2),
            ("GLOVE-NIT", "Medium", 2),
            ("CLING-450", None, 1),
            ("GN13-PC", "150mm", 2),
            ("LID-GN13-PC", None, 2),
        ],
    ),
    (
        "quay-fish",
        "Quayside Fish & Chips",
        "fish and chip shop",
        "SMS",
        "en",
        "regular",
        6,
        [
            ("GLOVE-VIN", "Large", 3),
            ("BLUE-ROLL", None, 2),
            ("CLOTHS-AP", "Blue", 1),
            ("PARCHMENT-450", None, 1),
        ],
    ),
    (
        "crumb-bakery",
        "Crumb & Co",
        "bakery café",
        "WHATSAPP",
        "en",
        "steady",
        6,
        [
            ("PIPING-53", None, 2),
            ("PARCHMENT-450", None, 3),
            ("GLOVE-VIN", "Medium", 2),
            ("CLING-300", None, 1),
            ("TT-WHITE", None, 1),
        ],
    ),
    (
        "tap-room",
        "The Tap Room",
        "bar with kitchen",
        "SMS",
        "en",
        "regular",
        5,
        [
            ("GLASS-CLOTH", None, 2),
            ("BLUE-ROLL", None, 1),
            ("GLOVE-NIT", "Large", 1),
            ("CLOTHS-AP", "Blue", 1),
        ],
    ),
    (
        "greenleaf-cookery",
        "Greenleaf Cookery School",
        "cookery school",
        "EMAIL",
        "en",
        "steady",
        5,
        [
            ("GLOVE-NIT", "Medium", 2),
            ("APRON-DISP", None, 1),
            ("TT-BLUECHECK", None, 2),
            ("CLING-300", None, 1),
            ("PEELER-Y", None, 6),
        ],
    ),
    (
        "silverline-events",
        "Silverline Events",
        "events caterer",
        "EMAIL",
        "en",
        "never",
        6,
        [
            ("GLOVE-NIT", "Large", 6),
            ("CLING-450", None, 2),
            ("FOIL-450", None, 2),
            ("GN11-SS", "65mm", 6),
            ("LID-GN11-SS", None, 6),
            ("DELI-POTS", "4oz", 2),
            ("APRON-WAIST", None, 4),
        ],
    ),
    (
        "trattoria-lucia",
        "Trattoria Lucia",
        "trattoria",
        "WHATSAPP",
        "it",
        "regular",
        7,
        [
            ("GLOVE-NIT", "Medium", 2),
            ("CLING-450", None, 2),
            ("FOIL-300", None, 1),
            ("TT-BLUECHECK", None, 1),
            ("DELI-POTS", "8oz", 1),
            ("GN13-SS", "100mm", 2),
        ],
    ),
    (
        "taberna-sol",
        "Taberna del Sol",
        "tapas bar",
        "WHATSAPP",
        "es",
        "steady",
        6,
        [
            ("GLOVE-VIN", "Medium", 2),
            ("CLING-300", None, 1),
            ("BLUE-ROLL", None, 1),
            ("DELI-POTS", "4oz", 1),
            ("CLOTHS-AP", "Green", 1),
        ],
    ),
    (
        "brasserie-marais",
        "Brasserie du Marais",
        "brasserie",
        "EMAIL",
        "fr",
        "regular",
        6,
        [
            ("GLOVE-NIT", "Medium", 3),
            ("CLING-450", None, 2),
            ("VAC-300400", None, 1),
            ("GLASS-CLOTH", None, 1),
            ("TT-WHITE", None, 2),
            ("APRON-BIB-WHT", None, 2),
        ],
    ),
    (
        "bistro-wisla",
        "Bistro Wisła",
        "Polish bistro",
        "WHATSAPP",
        "pl",
        "steady",
        5,
        [
            ("GLOVE-NIT", "Large", 2),
            ("FOIL-300", None, 1),
            ("CLING-300", None, 1),
            ("DELI-POTS", "16oz", 1),
            ("CLOTHS-AP", "Blue", 1),
        ],
    ),
    (
        "ocakbasi-anatolia",
        "Anatolia Ocakbaşı",
        "Turkish grill",
        "WHATSAPP",
        "tr",
        "regular",
        6,
        [
            ("GLOVE-VIN", "Large", 3),
            ("FOIL-450", None, 2),
            ("TONGS-40", None, 2),
            ("DELI-POTS", "4oz", 2),
            ("BLUE-ROLL", None, 1),
        ],
    ),
    (
        "churrasqueira-lisboa",
        "Churrasqueira Lisboa",
        "Portuguese grill",
        "SMS",
        "pt",
        "steady",
        5,
        [("GLOVE-VIN", "Large", 2), ("FOIL-450", None, 2), ("BLUE-ROLL", None, 1), ("TONGS-CC", "Red", 1)],
    ),
    ("kerbside-tacos", "Kerbside Tacos", "taco food truck (new)", "WHATSAPP", "en", "new", 0, []),
    ("pearl-dumpling", "Pearl Dumpling House", "dumpling restaurant (new)", "EMAIL", "en", "new", 0, []),
]

ADDR = {}
for i, c in enumerate(C):
    if c[3] == "EMAIL":
        ADDR[c[0]] = f"orders@{c[0]}.example"
    else:
        ADDR[c[0]] = f"+4477009007{30 + i:02d}"

EXTRAS = [
    ("SCOURER-GREEN", None, 1),
    ("PLASTERS-BLUE", None, 1),
    ("PEELER-Y", None, 2),
    ("JUG-1L", None, 1),
    ("SPATULA-SIL", None, 1),
    ("FRIDGE-THERMO", None, 1),
]

LAST_WEEK_START = datetime.date(2027, 7, 26)  # Monday of the last history week


def _copy(b):
    return [list(x) for x in b]


def _vary(rng, basket, kind):
    b = _copy(basket)
    if kind == "qty":
        i = rng.randrange(len(b))
        b[i][2] = b[i][2] + 1
    elif kind == "drop":
        del b[rng.randrange(len(b))]
    else:
        present = {x[0] for x in b}
        ex = [e for e in EXTRAS if e[0] not in present]
        b.append(list(rng.choice(ex)))
    return b


def history(idx, cust):
    key, name, kind, channel, lang, pattern, weeks, usual = cust
    rng = random.Random(3000 + idx)
    if pattern == "new":
        return []
    day = idx % 5
    dates = [
        LAST_WEEK_START - datetime.timedelta(weeks=weeks - 1 - w) + datetime.timedelta(days=day)
        for w in range(weeks)
    ]
    baskets = []
    if pattern == "never":
        for w in range(weeks):
            b = []
            for sku, v, q in usual:
                if rng.random() < 0.8:
                    b.append([sku, v, q + rng.choice([-1, 0, 1, 2, 3, w])])
            b = [x for x in b if x[2] > 0]
            b.append([sku, v, q]) if not b else None
            baskets.append(b)
        # make sure no two baskets are equal
        for w in range(weeks):
            baskets[w][0][2] = baskets[w][0][2] + w * 0 + (w + 1)
    else:
        baskets = [_copy(usual) for _ in range(weeks)]
        kinds = ["qty", "drop", "extra"]
        if pattern == "steady":
            a, b2 = rng.sample(range(weeks - 1), 2)
            baskets[a] = _vary(rng, usual, rng.choice(kinds))
            baskets[b2] = _vary(rng, usual, rng.choice(kinds))
        else:
            a = rng.randrange(weeks - 1)
            baskets[a] = _vary(rng, usual, rng.choice(kinds))
            baskets[-1] = _vary(rng, usual, rng.choice(kinds))
    orders = []
    for d, b in zip(dates, baskets):
        lines = []
        for sku, v, q in b:
            ln = {"sku": sku}
            if v is not None:
                ln["variant"] = v
            ln["quantity"] = q
            lines.append(ln)
        orders.append({"date": d.isoformat(), "lines": lines})
    return orders


def histories():
    out = []
    for i, c in enumerate(C):
        out.append(
            {
                "customer": c[0],
                "name": c[1],
                "kind": c[2],
                "channel": c[3],
                "address": ADDR[c[0]],
                "language": c[4],
                "orders": history(i, c),
            }
        )
    return out
