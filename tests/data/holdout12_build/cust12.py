# ruff: noqa  (hand-written data generator for the twelfth blind set, kept as its writer left it)
"""Customers of the twelfth blind set, their hand-written usual baskets and the seeded history generator."""

import random, datetime

# key, name, kind, channel, address, language, pattern, weeks, usual basket [(sku, qty, variant)], extras
CUSTOMERS = [
    (
        "red-kite",
        "The Red Kite",
        "pub",
        "SMS",
        "+447700900801",
        "en",
        "steady",
        7,
        [
            ("BRW-KEG", 3, "50L"),
            ("DUN-KEG-50", 1, None),
            ("ORL-KEG-50", 1, None),
            ("TON-IND-24", 2, None),
            ("COLA-CAN-24", 2, None),
            ("CO2", 2, "10kg"),
            ("HW-RED-6", 1, None),
            ("HW-WHT-6", 2, None),
        ],
        [("LINE-CLN", 1, None), ("BEERMATS", 1, None)],
    ),
    (
        "copper-pot",
        "The Copper Pot",
        "gastropub",
        "WHATSAPP",
        "+447700900802",
        "en",
        "regular",
        8,
        [
            ("HOP-KEG-30", 2, None),
            ("BRW-KEG", 2, "30L"),
            ("HW-RED-6", 3, None),
            ("HW-WHT-6", 3, None),
            ("PROS-75-6", 1, None),
            ("GIN-HOL", 2, "70cl"),
            ("TON-IND-24", 2, None),
            ("TON-LITE-24", 1, None),
            ("NAP-DIN", 4, "White"),
        ],
        [("CHABLIS-DR", 6, None), ("WAT-SPARK", 2, "12 x 750ml Glass")],
    ),
    (
        "velvet-room",
        "Velvet Room",
        "cocktail bar",
        "WHATSAPP",
        "+447700900803",
        "en",
        "regular",
        7,
        [
            ("VOD-NORD", 6, "1L"),
            ("GIN-FENN", 3, None),
            ("RUM-CAYO-W", 4, "1L"),
            ("LIQ-CAFE", 4, None),
            ("SYR-SUGAR", 6, None),
            ("SYR-PASS", 3, None),
            ("PUR-PASS", 4, None),
            ("PROS-75-6", 2, None),
            ("STRAW-SIP", 2, "Black"),
            ("NAP-COCK", 3, "Black"),
            ("ICE-CRUSH", 10, None),
            ("PINE-12", 1, None),
        ],
        [("BIT-HARROW", 2, None), ("TEQ-SOL", 2, None)],
    ),
    (
        "harbour-hotel",
        "Harbour View Hotel",
        "hotel",
        "EMAIL",
        "bar@harbourview-hotel.example",
        "en",
        "steady",
        6,
        [
            ("HW-RED-MINI", 4, None),
            ("HW-WHT-MINI", 4, None),
            ("PROS-20-24", 2, None),
            ("WAT-STILL", 4, "24 x 330ml Glass"),
            ("WAT-SPARK", 3, "24 x 330ml Glass"),
            ("OJ-12", 3, None),
            ("AJ-12", 2, None),
            ("COLA-GL-24", 2, None),
            ("WSK-GLEN12", 2, None),
            ("NAP-COCK", 4, "White"),
        ],
        [("CHAMP-DEL", 6, "75cl")],
    ),
    (
        "bodega-luna",
        "Bodega Luna",
        "tapas bar",
        "WHATSAPP",
        "+447700900805",
        "es",
        "regular",
        6,
        [
            ("RIOJA-CR", 24, None),
            ("HW-WHT-6", 2, None),
            ("KEL-KEG-50", 1, None),
            ("TEQ-SOL", 2, None),
            ("ZERO-CAN-24", 1, None),
            ("WAT-SPARK", 2, "12 x 750ml Glass"),
            ("LEMONADE-12", 2, None),
        ],
        [("VER-ROSSO", 2, None)],
    ),
    (
        "trattoria-nonna",
        "Trattoria Nonna Pia",
        "restaurant",
        "EMAIL",
        "ordini@nonnapia.example",
        "it",
        "steady",
        6,
        [
            ("PG-VEN-12", 2, None),
            ("APE-ARANCIO", 6, None),
            ("PROS-75-6", 3, None),
            ("WAT-STILL", 3, "12 x 750ml Glass"),
            ("WAT-SPARK", 3, "12 x 750ml Glass"),
            ("SODA-24", 2, None),
            ("VER-ROSSO", 2, None),
        ],
        [("LIQ-CAFE", 1, None)],
    ),
    (
        "bierstube-adler",
        "Bierstube Adler",
        "beer bar",
        "EMAIL",
        "bestellung@bierstube-adler.example",
        "de",
        "regular",
        7,
        [
            ("KEL-KEG-50", 4, None),
            ("BRW-ZERO-24", 2, None),
            ("FOX-IPA-12", 2, None),
            ("AJ-12", 2, None),
            ("MIXGAS-6", 1, None),
            ("CO2", 2, "6.35kg"),
            ("BEERMATS", 1, None),
        ],
        [("LINE-CLN", 1, None)],
    ),
    (
        "bistro-margot",
        "Bistro Margot",
        "bistro",
        "WHATSAPP",
        "+447700900808",
        "fr",
        "regular",
        6,
        [
            ("CHABLIS-DR", 12, None),
            ("HW-RED-6", 2, None),
            ("HW-ROSE-6", 2, None),
            ("CHAMP-DEL", 6, "75cl"),
            ("WAT-SPARK", 2, "12 x 750ml Glass"),
            ("VER-DRY", 1, None),
        ],
        [("COR-BLACK", 2, None)],
    ),
    (
        "tasca-tejo",
        "Tasca do Tejo",
        "restaurant",
        "WHATSAPP",
        "+447700900809",
        "pt",
        "steady",
        6,
        [
            ("HW-RED-BIB", 2, None),
            ("HW-WHT-BIB", 1, None),
            ("BRW-BTL-24", 3, None),
            ("COLA-CAN-24", 2, None),
            ("OJ-12", 1, None),
            ("WAT-STILL", 2, "12 x 750ml Glass"),
        ],
        [("MALBEC-VA", 6, None)],
    ),
    (
        "cafe-gracht",
        "Café De Gracht",
        "café bar",
        "EMAIL",
        "inkoop@cafedegracht.example",
        "nl",
        "regular",
        7,
        [
            ("BRW-KEG", 2, "30L"),
            ("HOP-CAN-24", 2, None),
            ("GBEER-24", 1, None),
            ("TON-IND-24", 1, None),
            ("GIN-HOL", 3, "1L"),
            ("COR-ELDER", 2, None),
            ("CO2", 1, "6.35kg"),
        ],
        [("ORL-BER-12", 1, None)],
    ),
    (
        "pod-lipa",
        "Pod Lipą",
        "bar",
        "SMS",
        "+447700900811",
        "pl",
        "steady",
        6,
        [
            ("VOD-KAL", 6, None),
            ("VOD-NORD", 4, "70cl"),
            ("BRW-CAN-24", 4, None),
            ("COR-BLACK", 3, None),
            ("VOLTZ-24", 2, None),
            ("CRAN-12", 1, None),
        ],
        [("WSK-KING", 2, "70cl")],
    ),
    (
        "old-anchor",
        "The Old Anchor",
        "pub",
        "WHATSAPP",
        "+447700900812",
        "en",
        "regular",
        8,
        [
            ("BRW-KEG", 2, "50L"),
            ("DUN-KEG-50", 2, None),
            ("ORL-APL-12", 3, None),
            ("WSK-KING", 4, "1L"),
            ("DIET-CAN-24", 2, None),
            ("GALE-24", 1, None),
            ("MIXGAS-6", 2, None),
            ("GW-DET", 1, None),
        ],
        [("GW-RINSE", 1, None), ("ICE-CUBE", 6, None)],
    ),
    (
        "neon-tiki",
        "Neon Tiki",
        "tiki bar",
        "WHATSAPP",
        "+447700900813",
        "en",
        "regular",
        6,
        [
            ("RUM-REEF", 6, None),
            ("RUM-CAYO-S", 4, None),
            ("RUM-CAYO-W", 6, "70cl"),
            ("PINE-12", 3, None),
            ("SYR-GREN", 2, None),
            ("LIQ-TRIPLE", 2, None),
            ("PICKS", 2, "Large 12cm"),
            ("STRAW-PAPER", 3, "Red Stripe"),
            ("ICE-CRUSH", 15, None),
            ("GBEER-24", 2, None),
        ],
        [("SYR-STRAW", 2, None), ("COR-LIME", 3, None)],
    ),
    (
        "grand-rialto",
        "Grand Rialto Hotel",
        "hotel banqueting",
        "EMAIL",
        "purchasing@grandrialto.example",
        "en",
        "steady",
        5,
        [
            ("HW-RED-6", 8, None),
            ("HW-WHT-6", 8, None),
            ("PROS-75-6", 6, None),
            ("CHAMP-DEL", 6, "150cl Magnum"),
            ("WAT-STILL", 6, "12 x 750ml Glass"),
            ("WAT-SPARK", 6, "12 x 750ml Glass"),
            ("OJ-12", 4, None),
            ("NAP-DIN", 10, "Black"),
        ],
        [("HW-ROSE-6", 4, None)],
    ),
    (
        "fox-hounds",
        "Fox & Hounds",
        "village pub",
        "SMS",
        "+447700900815",
        "en",
        "steady",
        7,
        [
            ("BRW-KEG", 1, "50L"),
            ("HOP-KEG-30", 1, None),
            ("ORL-KEG-50", 1, None),
            ("COLA-CAN-24", 1, None),
            ("LEMONADE-12", 2, None),
            ("HW-RED-6", 1, None),
            ("CO2", 1, "6.35kg"),
        ],
        [("BEERMATS", 1, None)],
    ),
    (
        "spice-route",
        "Spice Route",
        "restaurant",
        "EMAIL",
        "manager@spiceroute.example",
        "en",
        "regular",
        6,
        [
            ("BRW-BTL-24", 4, None),
            ("FOX-IPA-12", 2, None),
            ("HW-WHT-6", 2, None),
            ("MALBEC-VA", 12, None),
            ("COLA-GL-24", 2, None),
            ("LEMONADE-12", 2, None),
            ("WAT-SPARK", 2, "24 x 330ml Glass"),
        ],
        [("BRW-ZERO-24", 1, None)],
    ),
    (
        "cellar-door",
        "Cellar Door",
        "wine bar",
        "EMAIL",
        "hello@cellardoor-wine.example",
        "en",
        "regular",
        6,
        [
            ("CHABLIS-DR", 12, None),
            ("RIOJA-CR", 12, None),
            ("MALBEC-VA", 12, None),
            ("PROS-75-6", 2, None),
            ("CHAMP-DEL", 6, "75cl"),
            ("WAT-STILL", 2, "12 x 750ml Glass"),
            ("NAP-COCK", 2, "Burgundy"),
        ],
        [("PG-VEN-12", 1, None)],
    ),
    (
        "northgate-club",
        "Northgate Social Club",
        "club bar",
        "WHATSAPP",
        "+447700900818",
        "en",
        "steady",
        7,
        [
            ("BRW-KEG", 4, "50L"),
            ("DUN-KEG-50", 1, None),
            ("BRW-CAN-24", 3, None),
            ("VOD-NORD", 4, "1L"),
            ("WSK-KING", 3, "1.5L"),
            ("COLA-CAN-24", 3, None),
            ("DIET-CAN-24", 2, None),
            ("VOLTZ-24", 2, None),
            ("PINT-CUPS", 2, "Pint"),
            ("CO2", 3, "10kg"),
        ],
        [("VOLTZ-SF-24", 1, None)],
    ),
    (
        "riverside-events",
        "Riverside Events",
        "events caterer",
        "EMAIL",
        "orders@riverside-events.example",
        "en",
        "random",
        6,
        [
            ("PROS-75-6", 4, None),
            ("HW-RED-6", 4, None),
            ("HW-WHT-6", 4, None),
            ("WAT-STILL", 4, "12 x 750ml Glass"),
            ("BRW-BTL-24", 3, None),
            ("PINT-CUPS", 1, "Half Pint"),
            ("NAP-COCK", 4, "White"),
            ("ICE-CUBE", 10, None),
        ],
        [("HW-ROSE-6", 3, None), ("OJ-12", 2, None), ("ORL-APL-12", 2, None)],
    ),
    ("gin-loft", "The Gin Loft", "gin bar (opening)", "WHATSAPP", "+447700900820", "en", "new", 0, [], []),
    (
        "ember-grill",
        "Ember Grill",
        "grill restaurant (opening)",
        "EMAIL",
        "owner@embergrill.example",
        "en",
        "new",
        0,
        [],
        [],
    ),
]

LAST_DAY = datetime.date(2026, 11, 27)  # Friday before the messages


def _line(sku, qty, var):
    d = {"sku": sku}
    if var is not None:
        d["variant"] = var
    d["quantity"] = qty
    return d


def _vary(rng, usual, extras):
    b = [list(x) for x in usual]
    kind = rng.choice(["qty", "drop", "extra"])
    if kind == "qty":
        i = rng.randrange(len(b))
        b[i][1] = b[i][1] + rng.choice([1, 2])
    elif kind == "drop":
        del b[rng.randrange(len(b))]
    else:
        b.append(list(rng.choice(extras)))
    return [tuple(x) for x in b]


def histories():
    out = []
    for idx, (key, name, kind, ch, addr, lang, pat, weeks, usual, extras) in enumerate(CUSTOMERS):
        rng = random.Random(1200 + idx)
        orders = []
        if pat != "new":
            wd = rng.randrange(0, 5)
            baskets = []
            if pat == "random":
                for w in range(weeks):
                    b = [list(x) for x in usual]
                    for x in b:
                        x[1] = max(1, x[1] + rng.choice([-2, -1, 0, 1, 2, 3]) + w % 3)
                    if w % 2:
                        b.append(list(extras[w % len(extras)]))
                    baskets.append([tuple(x) for x in b])
            else:
                vary_weeks = set(rng.sample(range(weeks - 1), 2))
                for w in range(weeks):
                    if w in vary_weeks:
                        baskets.append(_vary(rng, usual, extras))
                    else:
                        baskets.append(list(usual))
                if pat == "regular":
                    while True:
                        b = _vary(rng, usual, extras)
                        if b != list(usual) and b not in baskets[:-1]:
                            break
                    baskets[-1] = b
            for w, b in enumerate(baskets):
                d = LAST_DAY - datetime.timedelta(days=7 * (weeks - 1 - w)) - datetime.timedelta(days=4 - wd)
                orders.append({"date": d.isoformat(), "lines": [_line(*x) for x in b]})
        out.append(
            {
                "customer": key,
                "name": name,
                "kind": kind,
                "channel": ch,
                "address": addr,
                "language": lang,
                "orders": orders,
            }
        )
    return out
