# ruff: noqa  (hand-written data generator of blind set 52, kept as its writer left it)
"""Customers of set 52, their hand-written usual baskets and the seeded history generator."""

import datetime
import random

# key: (name, kind, channel, address, language, pattern, weeks, weekday, usual basket, extras)
# pattern: steady | regular | irregular | new.  Basket lines: (sku, qty) or (sku, qty, variant).
CUSTOMERS = {
    "golders-bakehouse": (
        "Golders Bakehouse",
        "bakery",
        "WHATSAPP",
        "+447700900521",
        "en",
        "steady",
        8,
        0,
        [
            ("FLR-CHALLAH-16", 8),
            ("FLR-PLAIN-16", 3),
            ("YEAST-FRESH-1KG", 10),
            ("SUGAR-CASTER-25", 2),
            ("TOMOR-BLOCK", 3, "5 x 2kg"),
            ("EGGS-CASE-180", 2),
            ("SESAME-1KG", 4),
            ("POPPY-1KG", 2),
            ("CHALLAH-BAGS-500", 2),
        ],
        [("HONEY-3KG", 2), ("CAKE-BOX", 1, "10 inch (case of 100)")],
    ),
    "beigel-corner": (
        "Beigel Corner",
        "bagel bakery",
        "SMS",
        "+447700900522",
        "en",
        "regular",
        7,
        1,
        [
            ("FLR-BAGEL-16", 10),
            ("YEAST-FRESH-1KG", 6),
            ("SESAME-1KG", 3),
            ("CHEESE-CREAM-FF", 6, "2.5kg Tub"),
            ("SALMON-TRIM-1KG", 4),
            ("SALTBEEF-KG", 12),
            ("BAGEL-BAGS-1000", 2),
            ("GLOVES-NITRILE", 2, "Large"),
        ],
        [("PICKLES-BRINE-10L", 1), ("CHRAIN-RED-22", 2)],
    ),
    "mannys-saltbeef": (
        "Manny's Salt Beef Bar",
        "deli",
        "WHATSAPP",
        "+447700900523",
        "en",
        "regular",
        8,
        2,
        [
            ("SALTBEEF-KG", 25),
            ("PASTRAMI-KG", 10),
            ("TONGUE-KG", 4),
            ("PICKLES-BRINE-10L", 2),
            ("CHRAIN-RED-22", 2),
            ("FRANKS-8IN-40", 2),
            ("CHOPLIVER", 3, "1kg Tub"),
            ("OIL-VEG-20L", 1),
        ],
        [("SALAMI-1KG", 3), ("FOIL-CONT", 1, "No.2 (case of 500)")],
    ),
    "simcha-catering": (
        "Simcha Catering Co",
        "caterer",
        "EMAIL",
        "orders@simcha-catering.example",
        "en",
        "irregular",
        7,
        3,
        [
            ("SALMON-SIDE", 8),
            ("GEFILTE-BALLS-50", 4),
            ("CHOPLIVER-MEH-1KG", 6),
            ("SALTBEEF-MEH-KG", 15),
            ("FOIL-TRAY-FULL-50", 2),
            ("PLATES-PLASTIC", 4, "26cm (case of 300)"),
            ("FORKS-HD", 2, "Gold"),
            ("NAPKINS-3PLY", 2, "Navy"),
            ("KIDDUSH-CUPS-50", 10),
            ("BARKAN-CAB-75", 24),
            ("KEDEM-CONCORD", 12, "1.89L"),
            ("SCHNITZEL-40", 5),
            ("FRANKS-COCKTAIL-100", 3),
            ("TABLECOVER-ROLL", 4),
        ],
        [],
    ),
    "yavneh-school": (
        "Yavneh Primary School Kitchen",
        "school kitchen",
        "EMAIL",
        "kitchen@yavneh-primary.example",
        "en",
        "steady",
        6,
        0,
        [
            ("MILK-CY-SEMI", 40, "2 Pint"),
            ("CHEESE-CHEDDAR-25", 3),
            ("CHEESE-GOUDA-SLICED", 6),
            ("YOG-NATURAL-5KG", 4),
            ("SCHNITZEL-40", 3),
            ("RICE-BASMATI-10", 2),
            ("LOKSHEN-FINE-12", 1),
            ("GLOVES-NITRILE", 4, "Medium"),
            ("BLUE-ROLL-6", 2),
        ],
        [("CONSOMME-PAREV", 2), ("HAIRNETS-100", 1)],
    ),
    "hatzafon-deli": (
        "Ha-Tzafon Deli",
        "Israeli deli",
        "WHATSAPP",
        "+447700900526",
        "he",
        "regular",
        7,
        1,
        [
            ("HUMMUS-3KG", 4),
            ("TAHINI-3KG", 2),
            ("PICKLES-7-9-12", 3),
            ("SALMON-PACK", 10, "200g"),
            ("CHEESE-FETA-1KG", 5),
            ("CHEESE-CREAM-LIGHT-1KG", 4),
            ("PTITIM-12", 2),
            ("BARKAN-CAB-75", 12),
        ],
        [("CARMEL-SB-75", 6), ("CHEESE-COTTAGE-2KG", 2)],
    ),
    "maafiat-shira": (
        "Ma'afiat Shira",
        "Israeli bakery",
        "WHATSAPP",
        "+447700900527",
        "he",
        "steady",
        6,
        3,
        [
            ("FLR-CHALLAH-16", 5),
            ("FLR-SPELT", 4, "5kg"),
            ("YEAST-DRY-20", 1),
            ("SUGAR-GRAN-25", 2),
            ("MARG-TUB-2KG", 6),
            ("OIL-RAPE-4X5", 2),
            ("SESAME-1KG", 3),
            ("CHOC-CHIPS-PAREV", 2),
            ("EGGS-TRAY-30", 6),
        ],
        [("VANILLA-1L", 2), ("COCOA-1KG", 3)],
    ),
    "erez-events": (
        "Erez Events",
        "Israeli caterer",
        "WHATSAPP",
        "+447700900528",
        "he",
        "regular",
        6,
        2,
        [
            ("SALTBEEF-MEH-KG", 8),
            ("CHOPLIVER-MEH-1KG", 6),
            ("SCHNITZEL-40", 4),
            ("FOIL-TRAY-HALF-100", 2),
            ("PLATES-PLASTIC", 3, "23cm (case of 500)"),
            ("FORKS-HD", 2, "Silver"),
            ("NAPKINS-3PLY", 1, "White"),
            ("CONSOMME-PAREV", 3),
            ("CREAM-PAREV-12", 2),
        ],
        [("TUMBLERS-7OZ-1000", 1), ("WATER-STILL-24", 10)],
    ),
    "shtiebel-bakery": (
        "Shtiebel Bakery",
        "chassidic bakery",
        "SMS",
        "+447700900529",
        "yi",
        "regular",
        8,
        3,
        [
            ("FLR-CHALLAH-16", 12),
            ("YEAST-FRESH-1KG", 12),
            ("MARG-PASTRY-10", 4),
            ("TOMOR-BLOCK", 4, "5 x 2kg"),
            ("SUGAR-CASTER-25", 3),
            ("POPPY-1KG", 3),
            ("EGGS-CASE-180", 3),
            ("CANDLE-SHABBAT", 2, "4 Hour (box of 72)"),
        ],
        [("HONEY-3KG", 3), ("CHALLAH-BAGS-500", 2)],
    ),
    "reb-mottel": (
        "Reb Mottel's Grocery",
        "grocery",
        "WHATSAPP",
        "+447700900530",
        "yi",
        "steady",
        7,
        1,
        [
            ("GEFILTE-PEPPER", 3, "680g Jar (case of 12)"),
            ("CHRAIN-WHITE-22", 2),
            ("MATZO-RAK-12", 4),
            ("LOKSHEN-WIDE-12", 3),
            ("CHOLENT-MIX-10", 3),
            ("PALWIN-10", 24),
            ("KEDEM-CONCORD", 12, "1.89L"),
            ("CANDLE-SHABBAT", 6, "3 Hour (box of 72)"),
            ("YAHRZEIT-24", 1),
        ],
        [("KISHKE-1KG", 6), ("HERRING-SCHMALTZ-2KG", 1)],
    ),
    "odessa-deli": (
        "Odessa Deli",
        "Russian deli",
        "WHATSAPP",
        "+447700900531",
        "ru",
        "regular",
        7,
        0,
        [
            ("HERRING-SCHMALTZ-2KG", 3),
            ("HERRING-CHOPPED-1KG", 4),
            ("SOUR-CREAM-1KG", 8),
            ("CHEESE-COTTAGE-2KG", 3),
            ("SALAMI-1KG", 6),
            ("TONGUE-KG", 3),
            ("GEFILTE-SWEET", 1, "1.7kg Jar (case of 6)"),
            ("SALMON-PACK", 6, "500g"),
        ],
        [("PICKLES-BRINE-10L", 1), ("LOX-500", 4)],
    ),
    "kishinev-kitchen": (
        "Kishinev Kitchen",
        "Russian-Jewish restaurant",
        "SMS",
        "+447700900532",
        "ru",
        "regular",
        6,
        4,
        [
            ("SCHMALTZ-1KG", 3),
            ("KISHKE-1KG", 8),
            ("CHICKEN-SOUP-CONC", 2),
            ("LOKSHEN-FINE-12", 2),
            ("CHOLENT-MIX-10", 2),
            ("CHRAIN-RED-22", 1),
            ("OIL-VEG-20L", 1),
            ("FOIL-CONT", 1, "No.6a (case of 500)"),
        ],
        [("TONGUE-KG", 2), ("SCHNITZEL-40", 1)],
    ),
    "traiteur-levy": (
        "Traiteur Lévy",
        "French caterer",
        "EMAIL",
        "commandes@traiteur-levy.example",
        "fr",
        "regular",
        7,
        2,
        [
            ("SALMON-SIDE", 6),
            ("GEFILTE-LOAF-12", 2),
            ("CHOPLIVER", 2, "2.5kg Tub"),
            ("PASTRAMI-SLICED-500", 10),
            ("FOIL-TRAY-HALF-100", 1),
            ("PLATES-PLASTIC", 2, "26cm (case of 300)"),
            ("NAPKINS-3PLY", 1, "Burgundy"),
            ("BARKAN-MERLOT-75", 12),
        ],
        [("YARDEN-MHR-75", 6), ("KIDDUSH-CUPS-50", 4)],
    ),
    "patisserie-benhamou": (
        "Pâtisserie Benhamou",
        "French patisserie",
        "WHATSAPP",
        "+447700900534",
        "fr",
        "steady",
        6,
        1,
        [
            ("FLR-PLAIN-16", 4),
            ("BUTTER-CY-40", 2),
            ("CREAM-CY-DOUBLE", 10, "2L"),
            ("SUGAR-CASTER-25", 2),
            ("EGGS-TRAY-30", 8),
            ("COCOA-1KG", 2),
            ("VANILLA-1L", 1),
            ("CAKE-BOX", 2, "8 inch (case of 100)"),
        ],
        [("CHEESE-CREAM-FF", 2, "1kg Tub"), ("PARCHMENT-450", 2)],
    ),
    "beit-shalom-care": (
        "Beit Shalom Care Home",
        "care home kitchen",
        "EMAIL",
        "catering@beitshalom-care.example",
        "en",
        "steady",
        8,
        0,
        [
            ("MILK-CY-WHOLE", 30, "2 Pint"),
            ("MILK-CY-UHT-12", 2),
            ("CHEESE-COTTAGE-2KG", 2),
            ("YOG-NATURAL-5KG", 2),
            ("GEFILTE-SWEET", 1, "680g Jar (case of 12)"),
            ("LOKSHEN-FINE-12", 1),
            ("CONSOMME-PAREV", 2),
            ("BLUE-ROLL-6", 3),
            ("GLOVES-VINYL-L", 6),
        ],
        [("HAIRNETS-100", 2)],
    ),
    "shalom-grill": (
        "Shalom Grill",
        "kosher grill restaurant",
        "WHATSAPP",
        "+447700900536",
        "en",
        "regular",
        7,
        2,
        [
            ("SCHNITZEL-40", 6),
            ("FRANKS-8IN-40", 3),
            ("SALTBEEF-MEH-KG", 10),
            ("HUMMUS-3KG", 3),
            ("TAHINI-3KG", 1),
            ("OIL-VEG-20L", 2),
            ("FOIL-CONT", 2, "No.9 (case of 250)"),
            ("HOT-CUPS-8OZ-1000", 1),
        ],
        [("PICKLES-7-9-12", 2), ("WATER-SPARK-24", 3)],
    ),
    "milchig-cafe": (
        "The Milchig Café",
        "dairy café",
        "WHATSAPP",
        "+447700900537",
        "en",
        "regular",
        8,
        0,
        [
            ("MILK-CY-WHOLE", 24, "4 Pint"),
            ("CREAM-CY-DOUBLE", 4, "1L"),
            ("CHEESE-CREAM-FF", 4, "1kg Tub"),
            ("CHEESE-MOZZ-GRATED-2KG", 3),
            ("SALMON-PACK", 8, "500g"),
            ("LOX-500", 2),
            ("EGGS-TRAY-30", 4),
            ("HOT-CUPS-8OZ-1000", 1),
        ],
        [("CHEESE-FETA-1KG", 2), ("CREAM-CY-SINGLE-1L", 4)],
    ),
    "finchley-kiddush": (
        "Finchley Road Synagogue Kiddush Committee",
        "synagogue kiddush",
        "EMAIL",
        "kiddush@finchleyroadshul.example",
        "en",
        "regular",
        6,
        3,
        [
            ("HERRING-WINE-15", 2),
            ("GEFILTE-BALLS-50", 2),
            ("KIDDUSH-CUPS-50", 6),
            ("PALWIN-4", 6),
            ("WATER-STILL-24", 2),
            ("NAPKINS-COCKTAIL", 1),
            ("TABLECOVER-ROLL", 2),
            ("SPOONS-HD", 1, "White"),
        ],
        [("BARTENURA-MOSCATO-75", 6), ("HONEY-3KG", 1)],
    ),
    "campus-kosher": (
        "Campus Kosher Kitchen",
        "university kosher kitchen",
        "EMAIL",
        "kosherkitchen@campus-union.example",
        "en",
        "steady",
        5,
        2,
        [
            ("SCHNITZEL-40", 2),
            ("RICE-BASMATI-10", 2),
            ("PTITIM-12", 1),
            ("HUMMUS-3KG", 2),
            ("PLATES-PAPER-23", 1),
            ("FORKS-HD", 1, "White"),
            ("HOT-CUPS-8OZ-1000", 1),
            ("WATER-STILL-24", 4),
        ],
        [("KEDEM-WHITE-189", 6)],
    ),
    "prestwich-deli": (
        "Prestwich Deli",
        "deli shop",
        "SMS",
        "+447700900540",
        "en",
        "regular",
        8,
        4,
        [
            ("SALTBEEF-SLICED-500", 10),
            ("PASTRAMI-SLICED-500", 8),
            ("SALMON-PACK", 12, "200g"),
            ("HERRING-WINE-15", 2),
            ("MATZO-RAK-WM-12", 2),
            ("KEDEM-LIGHT-189", 12),
            ("GEFILTE-SWEET", 2, "680g Jar (case of 12)"),
        ],
        [("MATZOMEAL-MED-5", 1), ("CHOLENT-MIX-10", 1)],
    ),
    "bubbes-bagels": (
        "Bubbe's Bagels",
        "new bagel shop",
        "WHATSAPP",
        "+447700900541",
        "en",
        "new",
        0,
        0,
        [],
        [],
    ),
    "cafe-levana": (
        "Café Levana",
        "new Israeli café",
        "WHATSAPP",
        "+447700900542",
        "he",
        "new",
        0,
        0,
        [],
        [],
    ),
}

HIST_START = datetime.date(2028, 7, 10)  # a Monday; histories run to 2028-09-01
MSG_START = datetime.date(2028, 9, 4)  # messages 2028-09-04 .. 09-10


def _line(t):
    d = {"sku": t[0]}
    if len(t) > 2:
        d["variant"] = t[2]
    d["quantity"] = t[1]
    return d


def _basket(lines):
    return [_line(t) for t in lines]


def generate_histories():
    out = []
    for key in sorted(CUSTOMERS):
        name, kind, ch, addr, lang, pattern, weeks, wd, usual, extras = CUSTOMERS[key]
        rng = random.Random("hist52-" + key)
        orders = []
        if pattern != "new":
            first = 8 - weeks
            dates = [HIST_START + datetime.timedelta(days=7 * (first + k) + wd) for k in range(weeks)]
            baskets = []
            if pattern == "irregular":
                seen = set()
                while len(baskets) < weeks:
                    k = rng.randint(5, 8)
                    pick = sorted(rng.sample(range(len(usual)), k))
                    b = []
                    for i in pick:
                        t = usual[i]
                        q = max(1, t[1] + rng.choice([-2, -1, 0, 1, 2, 3]))
                        b.append((t[0], q) + tuple(t[2:]))
                    sig = repr(b)
                    if sig in seen:
                        continue
                    seen.add(sig)
                    baskets.append(b)
            else:
                baskets = [list(usual) for _ in range(weeks)]
                if pattern == "steady":
                    wk = rng.sample(range(1, weeks - 1), 2)
                    i = rng.randrange(len(usual))
                    t = usual[i]
                    baskets[wk[0]][i] = (t[0], t[1] + 1) + tuple(t[2:])
                    baskets[wk[1]] = baskets[wk[1]] + [extras[0]]
                else:
                    wk = rng.randrange(1, weeks - 1)
                    baskets[wk] = baskets[wk] + [extras[-1]]
                    mode = ["qty", "drop", "extra"][sum(map(ord, key)) % 3]
                    last = list(usual)
                    if mode == "qty":
                        i = rng.randrange(len(usual))
                        t = usual[i]
                        last[i] = (t[0], t[1] + 2) + tuple(t[2:])
                    elif mode == "drop":
                        del last[rng.randrange(len(usual))]
                    else:
                        last = last + [extras[0]]
                    baskets[-1] = last
            for d, b in zip(dates, baskets):
                orders.append({"date": d.isoformat(), "lines": _basket(b)})
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
