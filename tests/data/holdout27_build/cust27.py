# ruff: noqa  (hand-written data generator of blind set 27, kept as its writer left it)
"""customers of set 27, their hand-written usual baskets, and the seeded history generator."""

import datetime
import random

# key, name, kind, channel, address, language, pattern, weekday (0=Mon), weeks, usual, extras
# usual/extras lines: (sku, variant or None, quantity)
CUSTOMERS = [
    (
        "nonna-lucia",
        "Nonna Lucia Gelateria",
        "gelateria (Brighton)",
        "WHATSAPP",
        "+447700900270",
        "en",
        "regular",
        1,
        7,
        [
            ("BASE-LATTE-2K", None, 8),
            ("BASE-FRUTTA-1K5", None, 3),
            ("PASTE-PIST-PURE", "3kg", 2),
            ("PASTE-HAZ-PURE", "3kg", 1),
            ("STRACC-COAT", None, 1),
            ("RIP-AMARENA", None, 1),
            ("CONE-CAKE", "Medium", 1),
            ("CUP-PAPER", "4oz", 1),
            ("SPOON-SPADE", "Pink", 1),
        ],
        [("PASTE-LEMON", None, 1), ("PASTE-COFFEE", None, 1), ("DEXTROSE-25", None, 1)],
    ),
    (
        "scoops-prom",
        "Scoops on the Prom",
        "seafront ice cream kiosk (Blackpool)",
        "SMS",
        "+447700900271",
        "en",
        "steady",
        3,
        6,
        [
            ("ICE-VANILLA", "5L", 10),
            ("ICE-STRAW-5L", None, 4),
            ("ICE-CHOC-5L", None, 4),
            ("ICE-MINTCHOC-5L", None, 2),
            ("CONE-CAKE", "Large", 2),
            ("CONE-WAFFLE", None, 1),
            ("FLAKE-99", None, 3),
            ("SAUCE-RASP", None, 1),
            ("SPRINK-HT", None, 2),
        ],
        [("ICE-RUMRAISIN-5L", None, 2), ("NAPKIN-DISP", None, 1)],
    ),
    (
        "dolce-lounge",
        "Dolce Vita Dessert Lounge",
        "dessert parlour (Birmingham)",
        "WHATSAPP",
        "+447700900272",
        "en",
        "regular",
        0,
        8,
        [
            ("MIX-WAFFLE-BEL", "5kg", 3),
            ("MIX-CREPE-5K", None, 2),
            ("SPREAD-HAZ-3K", None, 4),
            ("SAUCE-CHOC", None, 1),
            ("SAUCE-WHITE", None, 1),
            ("CRUMB-COOKIE", None, 2),
            ("MARSH-MINI", None, 1),
            ("FRUIT-STRAW-FZ", None, 4),
            ("CAKE-NYCHEESE", None, 2),
            ("BROWNIE-TRAY", None, 2),
            ("ICE-VANILLA", "5L", 4),
            ("CUP-SHAKE", "16oz", 1),
            ("LID-DOME", None, 1),
            ("STRAW-PAPER", "Pink Stripe", 1),
        ],
        [("CAKE-BISCHEESE", None, 1), ("CRUMB-BISCUIT", None, 1)],
    ),
    (
        "frost-fig",
        "Frost & Fig Gelato",
        "artisan gelato shop (London)",
        "EMAIL",
        "orders@frostandfig.example",
        "en",
        "steady",
        2,
        6,
        [
            ("BASE-CREMA-2K", None, 6),
            ("BASE-LATTE-2K", None, 4),
            ("BASE-VEGAN-1K6", None, 3),
            ("PASTE-PIST-PURE", "3kg", 2),
            ("PASTE-VAN-MAD", None, 1),
            ("PASTE-SALTCAR", None, 1),
            ("PASTE-COFFEE", None, 1),
            ("RIP-BERRY", None, 1),
            ("CUP-PASTEL", "Mint", 1),
            ("TUB-TAKEHOME", "500ml", 1),
        ],
        [("PASTE-TIRAMISU", None, 1), ("RIP-SPECULOOS", None, 1)],
    ),
    (
        "bubble-bliss",
        "Bubble Bliss",
        "bubble waffle shop (Leicester)",
        "WHATSAPP",
        "+447700900273",
        "en",
        "regular",
        2,
        6,
        [
            ("MIX-BUBBLE-2K", None, 6),
            ("SPREAD-HAZ-3K", None, 3),
            ("SAUCE-WHITE", None, 1),
            ("SPRINK-STRANDS", "Rainbow", 2),
            ("MARSH-MINI", None, 2),
            ("CRUMB-COOKIE", None, 2),
            ("ICE-VANILLA", "5L", 4),
            ("CUP-PAPER", "8oz", 1),
            ("SPOON-WOOD", None, 1),
        ],
        [("CRUMB-BISCUIT", None, 1), ("SAUCE-STRAW", None, 1)],
    ),
    (
        "ty-breizh",
        "Crêperie Ty Breizh",
        "crêperie (London, French-speaking)",
        "EMAIL",
        "commandes@tybreizh.example",
        "fr",
        "steady",
        1,
        6,
        [
            ("MIX-CREPE-5K", None, 3),
            ("MIX-GALETTE-5K", None, 3),
            ("SPREAD-HAZ-3K", None, 2),
            ("SAUCE-CARAMEL", None, 1),
            ("FRUIT-STRAW-FZ", None, 2),
            ("ICE-VANILLA", "5L", 2),
            ("CREAM-AEROSOL", None, 1),
            ("NAPKIN-2PLY", None, 1),
        ],
        [("CHERRY-AMARENA", None, 2)],
    ),
    (
        "il-ponte",
        "Gelateria Il Ponte",
        "gelateria (Edinburgh, Italian-speaking)",
        "WHATSAPP",
        "+447700900274",
        "it",
        "regular",
        0,
        7,
        [
            ("BASE-LATTE-2K", None, 10),
            ("BASE-FRUTTA-1K5", None, 4),
            ("DEXTROSE-25", None, 1),
            ("STAB-NEUTRO-1K", None, 2),
            ("PASTE-PIST-PURE", "3kg", 2),
            ("PASTE-GIANDUIA", None, 1),
            ("PASTE-TIRAMISU", None, 1),
            ("PASTE-LEMON", None, 1),
            ("RIP-AMARENA", None, 1),
            ("CONE-CAKE", "Small", 2),
            ("CUP-PAPER", "6oz", 1),
            ("SPOON-SPADE", "White", 1),
        ],
        [("PASTE-COFFEE", None, 1), ("CHERRY-AMARENA", None, 2)],
    ),
    (
        "sogno",
        "Sogno di Gelato",
        "gelateria (Manchester, Italian-speaking)",
        "EMAIL",
        "ordini@sognogelato.example",
        "it",
        "steady",
        3,
        6,
        [
            ("BASE-CREMA-2K", None, 6),
            ("SMP-25", None, 1),
            ("SUGAR-CASTER-25", None, 2),
            ("GLUCOSE-DE40", None, 1),
            ("PASTE-HAZ-PURE", "3kg", 2),
            ("PASTE-PIST-FLAV", None, 1),
            ("PASTE-COFFEE", None, 1),
            ("PASTE-COCONUT", None, 1),
            ("RIP-HAZCOCOA", None, 1),
            ("CONE-WAFFLE", None, 2),
            ("TUB-TAKEHOME", "500ml", 1),
        ],
        [("PASTE-MINT", "Green", 1), ("NUTS-HAZ-1K", None, 2)],
    ),
    (
        "dondurma-evi",
        "Dondurma Evi",
        "Turkish dessert shop (London)",
        "WHATSAPP",
        "+447700900275",
        "tr",
        "regular",
        4,
        6,
        [
            ("ICE-VANILLA", "5L", 3),
            ("ICE-CHOC-5L", None, 2),
            ("NUTS-PIST-1K", None, 4),
            ("BASE-LATTE-2K", None, 4),
            ("PASTE-PIST-FLAV", None, 2),
            ("MIX-WAFFLE-BEL", "5kg", 2),
            ("SPREAD-HAZ-3K", None, 3),
            ("CUP-PAPER", "6oz", 1),
            ("SPOON-SPADE", "Green", 1),
        ],
        [("CHERRY-MARASCH", None, 1)],
    ),
    (
        "sorveteria",
        "Sorveteria Lisboa",
        "Portuguese café and ice cream (London)",
        "WHATSAPP",
        "+447700900276",
        "pt",
        "steady",
        2,
        5,
        [
            ("ICE-VANILLA", "5L", 2),
            ("ICE-STRAW-5L", None, 2),
            ("SORBET-MANGO-5L", None, 2),
            ("SORBET-LEMON-5L", None, 1),
            ("CONE-CAKE", "Medium", 1),
            ("MIX-WAFFLE-BEL", "2.5kg", 2),
            ("SAUCE-CARAMEL", None, 1),
            ("CUP-PAPER", "4oz", 1),
        ],
        [("ESPRESSO-1K", None, 1)],
    ),
    (
        "el-sol",
        "Heladería El Sol",
        "Spanish heladería and churrería (Bristol)",
        "WHATSAPP",
        "+447700900277",
        "es",
        "regular",
        3,
        6,
        [
            ("BASE-LATTE-2K", None, 5),
            ("BASE-FRUTTA-1K5", None, 3),
            ("PASTE-STRAW", None, 1),
            ("PASTE-MANGO", None, 1),
            ("PASTE-SALTCAR", None, 1),
            ("MIX-CHURRO-5K", None, 3),
            ("SAUCE-CHOC", None, 1),
            ("CONE-WAFFLE", None, 1),
            ("CUP-PAPER", "4oz", 1),
        ],
        [("PASTE-LEMON", None, 1), ("CHURROS-FZ", None, 1)],
    ),
    (
        "thick-creamy",
        "Thick & Creamy Shake Bar",
        "milkshake bar (Leeds)",
        "WHATSAPP",
        "+447700900278",
        "en",
        "regular",
        1,
        7,
        [
            ("SHAKE-VAN-2K", None, 3),
            ("SHAKE-STRAW-2K", None, 2),
            ("SHAKE-CHOC-2K", None, 3),
            ("ICE-VANILLA", "5L", 6),
            ("CUP-SHAKE", "16oz", 2),
            ("LID-DOME", None, 2),
            ("STRAW-PAPER", "Blue Stripe", 1),
            ("CREAM-AEROSOL", None, 2),
            ("SAUCE-CHOC", None, 1),
            ("CRUMB-COOKIE", None, 2),
        ],
        [("SAUCE-CARAMEL", None, 1), ("MARSH-MINI", None, 1)],
    ),
    (
        "pier-kiosk",
        "Southend Pier Kiosk",
        "pier kiosk (Southend)",
        "SMS",
        "+447700900279",
        "en",
        "steady",
        4,
        6,
        [
            ("SOFT-VAN-PWD", None, 2),
            ("CONE-CAKE", "Large", 3),
            ("FLAKE-99", None, 4),
            ("SAUCE-RASP", None, 1),
            ("SAUCE-STRAW", None, 1),
            ("SPRINK-STRANDS", "Rainbow", 1),
            ("NAPKIN-DISP", None, 1),
            ("SLUSH-BLUE-5L", None, 2),
            ("SLUSH-CHERRY-5L", None, 2),
        ],
        [("SANITISER-5L", None, 1)],
    ),
    (
        "marlowe-hotel",
        "The Marlowe Hotel",
        "hotel pastry kitchen (Bath)",
        "EMAIL",
        "pastry@marlowehotel.example",
        "en",
        "regular",
        0,
        6,
        [
            ("ICE-CLOTTED-4L", None, 2),
            ("SORBET-RASP-5L", None, 2),
            ("SORBET-LEMON-5L", None, 2),
            ("CAKE-TIRAMISU", None, 1),
            ("CAKE-NYCHEESE", None, 1),
            ("PROFITEROLES", None, 2),
            ("CREAM-WHIP-1L", None, 12),
            ("FRUIT-BERRY-FZ", None, 3),
            ("WAFER-ROLL", None, 1),
        ],
        [("CHERRY-MARASCH", None, 1), ("CAKE-CHOCFUDGE", None, 1)],
    ),
    (
        "funland",
        "Funland Family Centre Café",
        "family entertainment centre café (Skegness)",
        "SMS",
        "+447700900280",
        "en",
        "steady",
        2,
        5,
        [
            ("SOFT-UHT-1L", None, 3),
            ("CONE-CAKE-COL", "Rainbow Mix", 1),
            ("SPRINK-UNICORN", None, 2),
            ("SAUCE-STRAW", None, 1),
            ("SAUCE-CHOC", None, 1),
            ("CUP-PASTEL", "Pink", 1),
            ("SPOON-SPADE", "Pink", 1),
            ("SLUSH-BLUE-5L", None, 3),
        ],
        [("SLUSH-COLA-5L", None, 2)],
    ),
    (
        "plant-scoop",
        "Plant Scoop",
        "vegan gelato shop (Brighton)",
        "WHATSAPP",
        "+447700900281",
        "en",
        "regular",
        3,
        6,
        [
            ("BASE-VEGAN-1K6", None, 8),
            ("BASE-FRUTTA-1K5", None, 4),
            ("PASTE-COCONUT", None, 2),
            ("PASTE-PIST-PURE", "1kg", 2),
            ("PASTE-MANGO", None, 1),
            ("CONE-GF", None, 2),
            ("CUP-PASTEL", "Mint", 1),
            ("SPOON-SPADE", "Green", 1),
            ("TUB-TAKEHOME", "750ml", 1),
        ],
        [("RIP-BERRY", None, 1)],
    ),
    (
        "sugar-rush",
        "Sugar Rush Desserts",
        "late-night dessert parlour (Bradford)",
        "WHATSAPP",
        "+447700900282",
        "en",
        "regular",
        4,
        7,
        [
            ("MIX-WAFFLE-BEL", "5kg", 4),
            ("MIX-PANCAKE-3K5", None, 2),
            ("SPREAD-HAZ-3K", None, 4),
            ("SAUCE-WHITE", None, 2),
            ("SAUCE-TOFFEE", None, 1),
            ("CRUMB-BISCUIT", None, 2),
            ("CAKE-SCCHEESE", None, 2),
            ("CAKE-CHOCFUDGE", None, 2),
            ("ICE-VANILLA", "5L", 6),
            ("FRUIT-STRAW-FZ", None, 3),
            ("CUP-SHAKE", "12oz", 1),
            ("GLOVES-NITRILE", "Large", 2),
        ],
        [("CAKE-BISCHEESE", None, 1), ("MARSH-MINI", None, 1)],
    ),
    (
        "cafe-rosa",
        "Café Rosa",
        "café with a gelato counter (Cardiff)",
        "EMAIL",
        "hello@caferosa.example",
        "en",
        "steady",
        1,
        5,
        [
            ("ICE-VANILLA", "2L", 6),
            ("ICE-CHOC-5L", None, 2),
            ("ICE-STRAW-5L", None, 2),
            ("SORBET-RASP-5L", None, 1),
            ("CONE-CAKE", "Small", 1),
            ("WAFER-FAN", None, 1),
            ("MILK-UHT-12", None, 2),
            ("ESPRESSO-1K", None, 2),
        ],
        [("SAUCE-TOFFEE", None, 1)],
    ),
    (
        "durham-uni",
        "Durham College Catering",
        "university catering (Durham)",
        "EMAIL",
        "catering.orders@durhamcollege.example",
        "en",
        "steady",
        0,
        6,
        [
            ("ICE-VANILLA", "5L", 8),
            ("ICE-CHOC-5L", None, 4),
            ("CAKE-NYCHEESE", None, 3),
            ("BROWNIE-TRAY", None, 3),
            ("CAKE-CHOCFUDGE", None, 2),
            ("SORBET-LEMON-5L", None, 2),
            ("CUP-PAPER", "4oz", 2),
        ],
        [("CREAM-DOUBLE-2L", None, 4)],
    ),
    (
        "polar-vans",
        "Polar Ice Cream Vans",
        "ice cream van fleet (Glasgow)",
        "SMS",
        "+447700900283",
        "en",
        "regular",
        2,
        7,
        [
            ("SOFT-UHT-1L", None, 6),
            ("SOFT-VAN-PWD", None, 2),
            ("CONE-CAKE", "Large", 4),
            ("FLAKE-99", None, 6),
            ("SAUCE-RASP", None, 2),
            ("SPRINK-HT", None, 2),
            ("SANITISER-5L", None, 1),
            ("NAPKIN-DISP", None, 1),
        ],
        [("SPRINK-STRANDS", "Rainbow", 1)],
    ),
    (
        "sprinkle-co",
        "Sprinkle & Co Events",
        "mobile dessert bar and event caterer",
        "EMAIL",
        "bookings@sprinkleco.example",
        "en",
        "irregular",
        4,
        6,
        [
            ("ICE-VANILLA", "5L", 6),
            ("ICE-CHOC-5L", None, 3),
            ("ICE-STRAW-5L", None, 3),
            ("CONE-CAKE-COL", "Pink", 1),
            ("SPRINK-UNICORN", None, 2),
            ("SAUCE-CHOC", None, 1),
            ("CUP-PASTEL", "Pink", 1),
            ("SPOON-SPADE", "Pink", 1),
            ("WAFFLE-LIEGE-FZ", None, 2),
            ("CHURROS-FZ", None, 2),
            ("NAPKIN-2PLY", None, 1),
            ("MARSH-MINI", None, 2),
        ],
        [],
    ),
    (
        "gelato-wheels",
        "Gelato on Wheels",
        "new gelato trike (first-time customer)",
        "WHATSAPP",
        "+447700900284",
        "en",
        "new",
        0,
        0,
        [],
        [],
    ),
    (
        "scoop-studio",
        "Scoop Studio",
        "new ice cream parlour (first-time customer)",
        "EMAIL",
        "hi@scoopstudio.example",
        "en",
        "new",
        0,
        0,
        [],
        [],
    ),
]

HIST_START = datetime.date(2027, 5, 3)  # a Monday; last history week starts 2027-06-21
N_WEEKS_TOTAL = 8
MSG_START = datetime.date(2027, 6, 28)  # messages 2027-06-28 .. 07-04


def _line(sku, var, q, has_variants):
    d = {"sku": sku}
    if has_variants(sku):
        d["variant"] = var
    d["quantity"] = q
    return d


def _vary(rng, basket, extras, kind):
    b = [list(x) for x in basket]
    if kind == "qty":
        i = rng.randrange(len(b))
        b[i][2] = b[i][2] + (1 if b[i][2] < 4 else 2)
    elif kind == "drop":
        i = rng.randrange(1, len(b))
        del b[i]
    elif kind == "extra":
        e = extras[rng.randrange(len(extras))] if extras else None
        if e is None or any(x[0] == e[0] and x[1] == e[1] for x in b):
            i = rng.randrange(len(b))
            b[i][2] = b[i][2] + 1
        else:
            b.append(list(e))
    return [tuple(x) for x in b]


def gen_histories(has_variants):
    rng = random.Random(27027)
    out = []
    for key, name, kind, channel, address, lang, pattern, wd, weeks, usual, extras in CUSTOMERS:
        orders = []
        if pattern != "new":
            first = N_WEEKS_TOTAL - weeks
            baskets = []
            if pattern == "steady":
                kinds = ["qty", "drop", "extra"]
                rng.shuffle(kinds)
                varied = sorted(rng.sample(range(weeks - 1), 2))
                for w in range(weeks):
                    if w in varied:
                        baskets.append(_vary(rng, usual, extras, kinds[varied.index(w)]))
                    else:
                        baskets.append(list(usual))
            elif pattern == "regular":
                kinds = ["qty", "drop", "extra"]
                rng.shuffle(kinds)
                v = rng.randrange(weeks - 1)
                for w in range(weeks - 1):
                    baskets.append(_vary(rng, usual, extras, kinds[0]) if w == v else list(usual))
                baskets.append(_vary(rng, usual, extras, kinds[1]))
            else:  # irregular: every week a different selection
                for w in range(weeks):
                    k = rng.randint(5, len(usual) - 1)
                    sel = sorted(rng.sample(range(len(usual)), k))
                    baskets.append(
                        [
                            (usual[i][0], usual[i][1], max(1, usual[i][2] + rng.randint(-1, 3) + w))
                            for i in sel
                        ]
                    )
            for w, b in enumerate(baskets):
                d = HIST_START + datetime.timedelta(days=7 * (first + w) + wd)
                orders.append(
                    {"date": d.isoformat(), "lines": [_line(s, v, q, has_variants) for s, v, q in b]}
                )
        out.append(
            {
                "customer": key,
                "name": name,
                "kind": kind,
                "channel": channel,
                "address": address,
                "language": lang,
                "orders": orders,
            }
        )
    return out
