# ruff: noqa  (hand-written data generator for the sixth blind set, kept as its writer left it)
"""Customers of the sixth blind set and their generated order histories (fixed seed)."""

import datetime as dt
import random

# (key, name, kind, channel, address, language, type, weeks, weekday, usual, extras)
# type: steady (last order = usual), regular (last order differs from usual), irregular (no repeat), new
# a line is (sku, qty) or (sku, variant, qty)
C = [
    (
        "brew-lab",
        "Brew Lab Coffee",
        "cafe",
        "WHATSAPP",
        "+447700900601",
        "en",
        "regular",
        8,
        0,
        [
            ("COF-ESPRESSO", "1kg Bag", 6),
            ("COF-DECAF-1KG", 1),
            ("ALPRO-OAT-8", 3),
            ("MILK-WHOLE-12", 4),
            ("MON-VAN-70", 2),
            ("MON-CAR-70", 1),
            ("CUP-HOT-DW", "12oz", 1),
            ("LID-SIP", "12/16oz", 1),
            ("CHOC-POWDER-1KG", 1),
        ],
        [("MON-HAZ-70", 1), ("CLEAN-CAFIZA-100", 1), ("BLUE-ROLL-6", 1)],
    ),
    (
        "tapioca-tiger",
        "Tapioca Tiger",
        "bubble tea shop",
        "WHATSAPP",
        "+447700900602",
        "en",
        "steady",
        7,
        1,
        [
            ("BOBA-BLACK-3KG", 4),
            ("TEA-ASSAM-600", 2),
            ("TEA-JASMINE-600", 2),
            ("MTP-ORIGINAL-1KG", 3),
            ("MTP-TARO-1KG", 2),
            ("POP-STRAWBERRY-3.2", 1),
            ("POP-MANGO-3.2", 1),
            ("CUP-BOBA", "700ml (24oz)", 2),
            ("STRAW-BOBA", "Black", 1),
            ("SEAL-FILM", "Clear", 2),
            ("BLACK-SUGAR-2.5KG", 2),
            ("CREAMER-1KG", 3),
        ],
        [("ALPRO-OAT-8", 1), ("GLOVES-NITRILE", "Medium", 1), ("BLUE-ROLL-6", 1)],
    ),
    (
        "boba-bliss",
        "Boba Bliss",
        "bubble tea shop",
        "SMS",
        "+447700900603",
        "en",
        "regular",
        6,
        2,
        [
            ("BOBA-QUICK-1KG", 6),
            ("TEA-OOLONG-600", 1),
            ("TEA-JASMINE-600", 1),
            ("CREAMER-1KG", 2),
            ("POP-LYCHEE-3.2", 2),
            ("POP-STRAWBERRY-3.2", 1),
            ("CUP-BOBA", "500ml (16oz)", 1),
            ("STRAW-BOBA", "Pink", 1),
            ("SEAL-FILM", "Pink Boba Print", 1),
            ("MON-PASS-70", 2),
        ],
        [("MTP-TARO-1KG", 1), ("BLACK-SUGAR-2.5KG", 1)],
    ),
    (
        "ramen-kaze",
        "Ramen Kaze",
        "ramen restaurant",
        "EMAIL",
        "orders@ramen-kaze.example",
        "en",
        "regular",
        9,
        0,
        [
            ("NOODLE-RAMEN-20", 4),
            ("SOY-KIK-5L", 2),
            ("SOY-PRB-DARK", 1),
            ("OIL-SESAME-1.65", 2),
            ("GYOZA-CHICKEN-50", 3),
            ("EDAMAME-1KG", 2),
            ("CHOPSTICKS-3000", 1),
            ("KEWPIE-1KG", 2),
            ("OIL-RAPESEED-20L", 1),
        ],
        [("UMESHU-CHOYA-75", 2), ("GLOVES-NITRILE", "Large", 1)],
    ),
    (
        "golden-wok",
        "Golden Wok",
        "chinese takeaway",
        "SMS",
        "+447700900605",
        "en",
        "steady",
        10,
        3,
        [
            ("RICE-JASMINE-20KG", 3),
            ("SOY-PRB-LIGHT", 2),
            ("SOY-PRB-DARK", 1),
            ("OYSTER-LKK", 2),
            ("HOISIN-LKK", 1),
            ("OIL-RAPESEED-20L", 2),
            ("BOX-NOODLE", "26oz", 1),
            ("CHOPSTICKS-3000", 1),
            ("NOODLE-RICE-30", 1),
        ],
        [("SRIRACHA-455", 2), ("GLOVES-NITRILE", "Large", 1), ("CLEAN-WASHUP-5L", 1)],
    ),
    (
        "velvet-room",
        "The Velvet Room",
        "cocktail bar",
        "EMAIL",
        "bar@velvetroom.example",
        "en",
        "regular",
        8,
        1,
        [
            ("GIN-TANQ", "70cl", 6),
            ("GIN-HENDRICKS-70", 3),
            ("VODKA-ABSOLUT", "1L", 4),
            ("RUM-BACARDI-70", 4),
            ("RUM-HAVANA7-70", 2),
            ("COINTREAU-70", 2),
            ("BITTERS-ANG-200", 1),
            ("FT-INDIAN-24", 3),
            ("FT-LIGHT-24", 1),
            ("FT-GINGERBEER-24", 2),
            ("FT-SODA-24", 2),
            ("MON-CANE-1L", 2),
            ("MON-PASS-70", 1),
            ("STRAW-PAPER", "Black", 1),
            ("NAPKIN-COCKTAIL", "Black", 1),
            ("LIMES-KG", 5),
        ],
        [("TEQ-OLMECA-70", 2), ("CHERRY-LUX-400", 1), ("APEROL-1L", 2)],
    ),
    (
        "sushi-nami",
        "Sushi Nami",
        "sushi restaurant",
        "WHATSAPP",
        "+447700900607",
        "en",
        "steady",
        6,
        2,
        [
            ("RICE-SUSHI-10KG", 4),
            ("SOY-KIK-1L", 6),
            ("SOY-KIK-LS-1L", 2),
            ("KEWPIE-1KG", 2),
            ("EDAMAME-1KG", 3),
            ("CHOPSTICKS-3000", 1),
            ("UMESHU-CHOYA-75", 2),
            ("GYOZA-VEG-50", 2),
        ],
        [("MATCHA-CULINARY-1KG", 1), ("OIL-SESAME-1.65", 1)],
    ),
    (
        "pho-saigon",
        "Pho Saigon",
        "vietnamese restaurant",
        "SMS",
        "+447700900608",
        "en",
        "regular",
        7,
        4,
        [
            ("NOODLE-RICE-30", 3),
            ("RICE-JASMINE-20KG", 2),
            ("SRIRACHA-455", 6),
            ("HOISIN-LKK", 2),
            ("OIL-RAPESEED-20L", 1),
            ("BOWL-KRAFT-750", 1),
            ("CHOPSTICKS-3000", 1),
            ("LIMES-KG", 3),
        ],
        [("SOY-PRB-LIGHT", 1), ("GLOVES-NITRILE", "Medium", 1)],
    ),
    (
        "seoul-kitchen",
        "Seoul Kitchen",
        "korean restaurant",
        "EMAIL",
        "hello@seoulkitchen.example",
        "en",
        "regular",
        5,
        1,
        [
            ("GOCHUJANG-3KG", 2),
            ("OIL-SESAME-1.65", 2),
            ("RICE-SUSHI-10KG", 2),
            ("SOY-KIK-5L", 1),
            ("GYOZA-CHICKEN-50", 2),
            ("KEWPIE-1KG", 1),
            ("GLOVES-NITRILE", "Medium", 1),
            ("CHOPSTICKS-3000", 1),
        ],
        [("EDAMAME-1KG", 2), ("OIL-RAPESEED-20L", 1)],
    ),
    (
        "green-leaf",
        "Green Leaf Café",
        "vegan cafe",
        "WHATSAPP",
        "+447700900610",
        "en",
        "steady",
        8,
        3,
        [
            ("ALPRO-OAT-8", 2),
            ("OATLY-BARISTA-6", 2),
            ("ALPRO-ALMOND-8", 1),
            ("ALPRO-COCONUT-8", 1),
            ("CHOC-VEGAN-1KG", 2),
            ("MATCHA-CEREMONIAL-100", 2),
            ("MATCHA-CULINARY-1KG", 1),
            ("MON-VAN-SF-70", 1),
            ("TEA-CHAI-1KG", 1),
            ("CUP-PET", "16oz", 1),
            ("COF-ESPRESSO", "1kg Bag", 3),
            ("COF-ESPRESSO", "250g Retail Bag", 4),
        ],
        [("ALPRO-SOY-8", 1), ("CUP-HOT-DW", "12oz", 1)],
    ),
    (
        "campus-cafe",
        "North Campus Café",
        "university cafe",
        "EMAIL",
        "catering@northcampus.example",
        "en",
        "regular",
        9,
        0,
        [
            ("TEA-EB-1100", 1),
            ("COF-ESPRESSO", "1kg Bag", 4),
            ("MILK-SEMI-12", 10),
            ("MILK-WHOLE-12", 2),
            ("CUP-HOT-DW", "8oz", 2),
            ("CUP-HOT-DW", "12oz", 2),
            ("LID-SIP", "8oz", 1),
            ("LID-SIP", "12/16oz", 1),
            ("BLUE-ROLL-6", 2),
            ("CLEAN-WASHUP-5L", 1),
            ("GLOVES-NITRILE", "Medium", 1),
            ("NAPKIN-DISPENSER", 1),
        ],
        [("CHOC-POWDER-1KG", 1), ("CLEAN-CAFIZA-100", 1), ("ALPRO-SOY-8", 1)],
    ),
    (
        "hotel-bellevue",
        "Hotel Bellevue",
        "hotel",
        "EMAIL",
        "fb@hotel-bellevue.example",
        "en",
        "steady",
        6,
        2,
        [
            ("GIN-TANQ", "1L", 2),
            ("FT-INDIAN-24", 2),
            ("TEA-EB-100", 3),
            ("COF-ESPRESSO", "1kg Bag", 3),
            ("COF-DECAF-1KG", 1),
            ("MILK-WHOLE-12", 3),
            ("COKE-GLASS-24", 2),
            ("COKE-ZERO-CAN-24", 1),
            ("CLEAN-GLASSWASH-5L", 1),
            ("NAPKIN-COCKTAIL", "White", 1),
        ],
        [("VODKA-ABSOLUT", "70cl", 1), ("CAMPARI-1L", 1), ("APEROL-1L", 1)],
    ),
    (
        "dim-sum-house",
        "Dim Sum House",
        "dim sum restaurant",
        "WHATSAPP",
        "+447700900613",
        "en",
        "steady",
        7,
        1,
        [
            ("GYOZA-VEG-50", 3),
            ("GYOZA-CHICKEN-50", 3),
            ("SOY-PRB-LIGHT", 2),
            ("SOY-PRB-DARK", 1),
            ("OYSTER-LKK", 1),
            ("OIL-RAPESEED-20L", 1),
            ("CHOPSTICKS-3000", 1),
            ("RICE-JASMINE-5KG", 2),
        ],
        [("HOISIN-LKK", 1), ("OIL-SESAME-1.65", 1)],
    ),
    (
        "noodle-box",
        "The Noodle Box",
        "street food stall",
        "SMS",
        "+447700900614",
        "en",
        "regular",
        6,
        4,
        [
            ("NOODLE-UDON-30", 2),
            ("BOX-NOODLE", "16oz", 2),
            ("BOX-NOODLE", "26oz", 1),
            ("CHOPSTICKS-3000", 1),
            ("SRIRACHA-455", 2),
            ("KEWPIE-1KG", 1),
            ("GLOVES-NITRILE", "Large", 1),
            ("OIL-RAPESEED-20L", 1),
        ],
        [("EDAMAME-1KG", 1), ("GYOZA-CHICKEN-50", 2)],
    ),
    (
        "sky-lounge",
        "Sky Lounge Rooftop",
        "rooftop bar",
        "WHATSAPP",
        "+447700900615",
        "en",
        "irregular",
        6,
        3,
        [
            ("APEROL-1L", 4),
            ("CAMPARI-1L", 2),
            ("GIN-HENDRICKS-70", 2),
            ("GIN-TANQ", "70cl", 3),
            ("VODKA-ABSOLUT", "70cl", 2),
            ("TEQ-OLMECA-70", 2),
            ("COINTREAU-70", 1),
            ("FT-INDIAN-24", 2),
            ("FT-SODA-24", 2),
            ("FT-GINGERBEER-24", 1),
            ("LIMES-KG", 3),
            ("STRAW-PAPER", "White", 1),
            ("NAPKIN-COCKTAIL", "White", 1),
            ("COKE-ZERO-CAN-24", 1),
        ],
        [],
    ),
    (
        "harbour-events",
        "Harbour Events",
        "events caterer",
        "EMAIL",
        "ops@harbourevents.example",
        "en",
        "irregular",
        4,
        2,
        [
            ("FT-INDIAN-24", 4),
            ("FT-SODA-24", 3),
            ("COKE-CAN-24", 4),
            ("COKE-ZERO-CAN-24", 3),
            ("CUP-PET", "12oz", 1),
            ("NAPKIN-DISPENSER", 1),
            ("BLUE-ROLL-6", 2),
            ("GIN-TANQ", "1L", 4),
            ("VODKA-ABSOLUT", "1L", 3),
            ("COF-ESPRESSO", "1kg Bag", 3),
            ("MILK-SEMI-12", 3),
            ("CUP-HOT-DW", "8oz", 1),
            ("LID-SIP", "8oz", 1),
        ],
        [],
    ),
    (
        "jade-teahouse",
        "Jade Tea House",
        "tea room",
        "EMAIL",
        "jade.teahouse@mail.example",
        "en",
        "new",
        0,
        0,
        [],
        [],
    ),
    (
        "la-barra",
        "La Barra de Triana",
        "cocktail bar",
        "WHATSAPP",
        "+447700900618",
        "es",
        "regular",
        7,
        3,
        [
            ("GIN-TANQ", "1L", 6),
            ("VODKA-ABSOLUT", "70cl", 2),
            ("RUM-BACARDI-70", 3),
            ("RUM-HAVANA7-70", 1),
            ("FT-INDIAN-24", 6),
            ("COKE-GLASS-24", 3),
            ("LIMES-KG", 4),
            ("STRAW-PAPER", "Black", 1),
            ("TEQ-OLMECA-70", 1),
        ],
        [("FT-GINGERBEER-24", 1), ("COINTREAU-70", 1)],
    ),
    (
        "cafe-del-sol",
        "Café del Sol",
        "cafe",
        "SMS",
        "+447700900619",
        "es",
        "steady",
        6,
        0,
        [
            ("COF-ESPRESSO", "1kg Bag", 5),
            ("MILK-WHOLE-12", 5),
            ("ALPRO-SOY-8", 2),
            ("CHOC-POWDER-1KG", 2),
            ("CUP-HOT-DW", "8oz", 1),
            ("LID-SIP", "8oz", 1),
            ("MON-CAR-70", 1),
        ],
        [("ALPRO-OAT-8", 1), ("MON-VAN-70", 1)],
    ),
    (
        "cafe-lumiere",
        "Café Lumière",
        "cafe",
        "EMAIL",
        "contact@cafe-lumiere.example",
        "fr",
        "regular",
        8,
        1,
        [
            ("COF-ESPRESSO", "1kg Bag", 4),
            ("OATLY-BARISTA-6", 2),
            ("ALPRO-SOY-8", 1),
            ("MILK-WHOLE-12", 3),
            ("MON-CAR-70", 1),
            ("MON-HAZ-70", 1),
            ("CHOC-POWDER-1KG", 1),
            ("CUP-HOT-DW", "8oz", 1),
            ("TEA-EB-100", 1),
        ],
        [("TEA-CHAI-1KG", 1), ("CLEAN-CAFIZA-100", 1)],
    ),
    (
        "bar-nocturne",
        "Bar Nocturne",
        "cocktail bar",
        "WHATSAPP",
        "+447700900621",
        "fr",
        "regular",
        6,
        3,
        [
            ("GIN-HENDRICKS-70", 3),
            ("COINTREAU-70", 2),
            ("CAMPARI-1L", 2),
            ("VERMOUTH-ROSSO-1L", 2),
            ("FT-INDIAN-24", 2),
            ("FT-SODA-24", 1),
            ("BITTERS-ANG-200", 1),
            ("LIMES-KG", 3),
            ("NAPKIN-COCKTAIL", "Black", 1),
            ("TEQ-OLMECA-70", 1),
            ("MON-CANE-1L", 1),
        ],
        [("APEROL-1L", 1), ("CHERRY-LUX-400", 1)],
    ),
    (
        "kaffeehaus-adler",
        "Kaffeehaus Adler",
        "cafe",
        "EMAIL",
        "bestellung@kaffeehaus-adler.example",
        "de",
        "steady",
        8,
        0,
        [
            ("COF-ESPRESSO", "1kg Bag", 5),
            ("COF-DECAF-1KG", 1),
            ("MILK-SEMI-12", 4),
            ("ALPRO-OAT-8", 2),
            ("ALPRO-ALMOND-8", 1),
            ("MON-HAZ-SF-70", 1),
            ("MATCHA-CULINARY-1KG", 1),
            ("TEA-CHAI-1KG", 1),
            ("CUP-HOT-DW", "12oz", 1),
        ],
        [("CLEAN-CAFIZA-100", 1), ("BLUE-ROLL-6", 1)],
    ),
    (
        "perlenhaus",
        "Perlenhaus Bubble Tea",
        "bubble tea shop",
        "WHATSAPP",
        "+447700900623",
        "de",
        "regular",
        6,
        2,
        [
            ("BOBA-BLACK-3KG", 3),
            ("TEA-JASMINE-600", 2),
            ("MTP-TARO-1KG", 2),
            ("POP-LYCHEE-3.2", 1),
            ("POP-MANGO-3.2", 2),
            ("CUP-BOBA", "500ml (16oz)", 1),
            ("STRAW-BOBA", "Clear", 1),
            ("SEAL-FILM", "Clear", 1),
            ("CREAMER-1KG", 2),
            ("BLACK-SUGAR-2.5KG", 1),
        ],
        [("ALPRO-OAT-8", 1), ("TEA-ASSAM-600", 1)],
    ),
    (
        "spritz-co",
        "Spritz & Co",
        "aperitivo bar",
        "WHATSAPP",
        "+447700900624",
        "it",
        "steady",
        7,
        4,
        [
            ("APEROL-1L", 12),
            ("CAMPARI-1L", 4),
            ("VERMOUTH-ROSSO-1L", 2),
            ("FT-SODA-24", 4),
            ("GIN-TANQ", "70cl", 2),
            ("NAPKIN-COCKTAIL", "White", 1),
            ("STRAW-PAPER", "White", 1),
            ("LIMES-KG", 2),
        ],
        [("COKE-ZERO-CAN-24", 1), ("FT-INDIAN-24", 1)],
    ),
    (
        "caffe-centrale",
        "Caffè Centrale",
        "cafe",
        "SMS",
        "+447700900625",
        "it",
        "regular",
        5,
        1,
        [
            ("COF-ESPRESSO", "1kg Bag", 8),
            ("MILK-WHOLE-12", 6),
            ("ALPRO-SOY-8", 2),
            ("CHOC-POWDER-1KG", 2),
            ("TEA-EB-100", 1),
            ("CUP-HOT-DW", "8oz", 1),
            ("CLEAN-CAFIZA-100", 1),
        ],
        [("COF-DECAF-1KG", 1), ("ALPRO-OAT-8", 1)],
    ),
]

LAST_WEEK_START = dt.date(2026, 4, 27)  # Monday; every last order falls in 27 Apr - 1 May


def _line(t):
    if len(t) == 3:
        return {"sku": t[0], "variant": t[1], "quantity": t[2]}
    return {"sku": t[0], "quantity": t[1]}


def _key(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


def _vary(rng, usual, extras):
    b = [dict(l) for l in usual]
    op = rng.choice(["qty", "qty", "drop", "extra"] if extras else ["qty", "qty", "drop"])
    if op == "qty":
        i = rng.randrange(len(b))
        q = b[i]["quantity"]
        b[i]["quantity"] = max(1, q + rng.choice([-1, 1, 1, 2]) if q > 1 else q + rng.choice([1, 2]))
    elif op == "drop":
        b.pop(rng.randrange(len(b)))
    else:
        e = _line(rng.choice(extras))
        b.append(e)
    return b


def histories():
    rng = random.Random(6606)
    out = []
    for key, name, kind, ch, addr, lang, typ, weeks, wd, usual, extras in C:
        usual_l = [_line(t) for t in usual]
        orders = []
        if typ in ("steady", "regular"):
            n_usual = max(3, weeks // 2 + 1)
            pattern = ["U"] * n_usual + ["V"] * (weeks - n_usual)
            while True:
                rng.shuffle(pattern)
                if (pattern[-1] == "U") == (typ == "steady"):
                    break
            seen = {_key(usual_l)}
            baskets = []
            for p in pattern:
                if p == "U":
                    baskets.append([dict(l) for l in usual_l])
                else:
                    while True:
                        v = _vary(rng, usual_l, extras)
                        if _key(v) not in seen:
                            seen.add(_key(v))
                            break
                    baskets.append(v)
        elif typ == "irregular":
            seen = set()
            baskets = []
            for _ in range(weeks):
                while True:
                    k = rng.randint(4, len(usual_l) - 2)
                    pick = [dict(l) for l in rng.sample(usual_l, k)]
                    for l in pick:
                        l["quantity"] = max(1, l["quantity"] + rng.choice([-1, 0, 1, 2, 3]))
                    if _key(pick) not in seen:
                        seen.add(_key(pick))
                        break
                baskets.append(pick)
        else:
            baskets = []
        last = LAST_WEEK_START + dt.timedelta(days=min(wd, 4))
        for i, b in enumerate(baskets):
            d = last - dt.timedelta(weeks=len(baskets) - 1 - i)
            orders.append({"date": d.isoformat(), "lines": b})
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
