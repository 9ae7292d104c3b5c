# ruff: noqa  (hand-written data generator of blind set 39, kept as its writer left it)
"""Customers of set 39, their hand-written usual baskets, and the seeded history generator."""

import datetime as dt
import random

from cat39 import PRODUCTS_BY_SKU

HIST_START = dt.date(2028, 4, 3)  # Monday of the first history week
HIST_WEEKS = 8  # weeks 2028-04-03 .. 2028-05-26
MSG_START = dt.date(2028, 5, 29)  # messages 2028-05-29 .. 06-04

# key: (name, kind, channel, address, language, pattern, weekday 0=Mon, weeks, usual basket, last-order change)
# basket line: (sku, qty, variant or None)
# pattern: steady | regular | events | new
# last change (regular only): ("qty", sku, q) | ("drop", sku) | ("add", (sku, q, variant))
CUSTOMERS = {
    "anatolia-grill": (
        "Anatolia Ocakbasi Grill",
        "Turkish charcoal grill restaurant",
        "WHATSAPP",
        "+447700900431",
        "tr",
        "regular",
        1,
        8,
        [
            ("LAMB-SHLD-BI", 15, None),
            ("MAR-LAMB-SHISH", 10, None),
            ("MAR-CHK-SHISH", 15, None),
            ("ADANA", 4, None),
            ("LAMB-CHOPS", 8, None),
            ("LAVASH", 10, None),
            ("PIDE", 12, None),
            ("SP-PULBIBER", 2, None),
            ("SP-SUMAC", 1, None),
            ("CHARCOAL-LUMP", 12, None),
            ("AYRAN", 4, "20 x 250ml Cups"),
            ("SALGAM-HOT", 3, None),
            ("BULGUR-COARSE", 2, None),
        ],
        ("qty", "CHARCOAL-LUMP", 15),
    ),
    "sultan-kebab": (
        "Sultan Kebab House",
        "kebab takeaway",
        "WHATSAPP",
        "+447700900432",
        "en",
        "steady",
        3,
        7,
        [
            ("DONER-LB", 3, "20kg"),
            ("DONER-CHK", 2, "15kg"),
            ("PITTA", 6, "Large 22cm"),
            ("SAUCE-GARLIC", 4, "5L Tub"),
            ("SAUCE-CHILLI", 6, "Red"),
            ("KEBAB-BOX-S", 2, None),
            ("KEBAB-BOX-L", 1, None),
            ("GREASEPROOF", 2, None),
            ("CHK-WINGS", 2, None),
            ("COLA-CAN", 3, None),
            ("GLOVES", 2, "Large"),
        ],
        None,
    ),
    "bosphorus-doner": (
        "Bosphorus Doner",
        "doner shop",
        "WHATSAPP",
        "+447700900433",
        "tr",
        "regular",
        0,
        7,
        [
            ("DONER-LB", 2, "25kg"),
            ("DONER-CHK", 2, "20kg"),
            ("LAVASH", 12, None),
            ("PITTA", 4, "Medium 18cm"),
            ("SAUCE-GARLIC", 6, "1L Squeezy"),
            ("PICKLED-CHILLI", 3, None),
            ("AYRAN", 3, "20 x 250ml Cups"),
            ("GAZOZ", 2, None),
            ("DONER-BLADE", 1, None),
            ("KEBAB-BOX-S", 2, None),
        ],
        ("add", ("SAUCE-CHILLI", 4, "Green")),
    ),
    "lahore-karahi": (
        "Lahore Karahi House",
        "Pakistani karahi restaurant",
        "WHATSAPP",
        "+447700900434",
        "ur",
        "regular",
        2,
        8,
        [
            ("MUTTON-CURRY", 25, None),
            ("CHK-CURRY", 30, None),
            ("LAMB-CHOPS", 6, None),
            ("MAR-CHK-TIKKA", 10, None),
            ("SEEKH-LAMB", 3, None),
            ("NAAN", 6, "Standard (pack of 20)"),
            ("RICE-SELLA", 2, None),
            ("GHEE-BUTTER", 4, None),
            ("SP-CHILLI", 2, "1kg"),
            ("SP-GARAM", 1, None),
            ("GINGER-GARLIC", 4, None),
            ("FOOD-COLOUR", 1, "Red"),
        ],
        ("qty", "MUTTON-CURRY", 30),
    ),
    "karachi-bbq": (
        "Karachi BBQ Takeaway",
        "Pakistani grill takeaway",
        "SMS",
        "+447700900435",
        "ur",
        "steady",
        4,
        6,
        [
            ("CHK-CURRY", 20, None),
            ("MAR-CHK-TIKKA", 8, None),
            ("SEEKH-CHK", 4, None),
            ("SEEKH-LAMB", 2, None),
            ("NAAN", 5, "Mini (pack of 40)"),
            ("SAUCE-CHILLI", 4, "Green"),
            ("SAUCE-MINT", 3, None),
            ("FOOD-COLOUR", 1, "Orange"),
            ("CHK-WINGS", 2, None),
            ("OIL-FRYING", 2, None),
        ],
        None,
    ),
    "shahi-tandoor": (
        "Shahi Tandoor",
        "Pakistani and North Indian restaurant",
        "EMAIL",
        "orders@shahitandoor.example",
        "en",
        "steady",
        1,
        8,
        [
            ("LAMB-LEG-BI", 10, None),
            ("LAMB-DICED", 12, None),
            ("MAR-TANDOORI-CHOPS", 6, None),
            ("CHK-THIGH-BL", 4, None),
            ("CHK-BREAST", 4, None),
            ("NAAN-GARLIC", 6, None),
            ("NAAN-PESHWARI", 2, None),
            ("RICE-BASMATI", 4, "20kg"),
            ("GHEE-VEG", 3, None),
            ("SP-TURMERIC", 1, None),
            ("SP-CUMIN-SEED", 2, None),
            ("DAL-MASOOR", 2, None),
            ("YOGHURT", 3, None),
        ],
        None,
    ),
    "al-noor-shawarma": (
        "Al Noor Shawarma",
        "Lebanese shawarma shop",
        "WHATSAPP",
        "+447700900436",
        "ar",
        "regular",
        5,
        7,
        [
            ("DONER-CHK", 4, "15kg"),
            ("CHK-THIGH-BL", 6, None),
            ("KHUBZ", 40, None),
            ("SAUCE-GARLIC", 5, "5L Tub"),
            ("HUMMUS", 6, None),
            ("TAHINI", 4, None),
            ("SP-SHAWARMA", 2, None),
            ("PICKLED-CHILLI", 2, None),
            ("GREASEPROOF", 3, None),
            ("SP-SUMAC", 1, None),
        ],
        ("drop", "TAHINI"),
    ),
    "bab-al-yemen": (
        "Bab Al Yemen",
        "Yemeni mandi restaurant",
        "WHATSAPP",
        "+447700900437",
        "ar",
        "steady",
        3,
        6,
        [
            ("LAMB-WHOLE", 2, None),
            ("LAMB-SHLD-BONE", 20, None),
            ("CHK-WHOLE", 3, "Size 12 (1.2kg)"),
            ("RICE-BASMATI", 3, "20kg"),
            ("GHEE-BUTTER", 2, None),
            ("SP-CUMIN-GROUND", 1, None),
            ("SP-TURMERIC", 1, None),
            ("WATER", 4, None),
            ("FOIL-CONT", 1, "No.9 Large"),
        ],
        None,
    ),
    "baghdad-grill": (
        "Baghdad Grill",
        "Iraqi grill restaurant",
        "SMS",
        "+447700900438",
        "ar",
        "regular",
        2,
        6,
        [
            ("LAMB-LEG-BONE", 12, None),
            ("LAMB-RIBS", 10, None),
            ("MAR-LAMB-TIKKA", 6, None),
            ("CHK-WHOLE", 2, "Size 10 (1.0kg)"),
            ("KHUBZ", 30, None),
            ("SP-SUMAC", 1, None),
            ("CHARCOAL-BRIQ", 6, None),
            ("RICE-BASMATI", 2, "10kg"),
            ("DAL-MASOOR", 1, None),
        ],
        ("add", ("TAHINI", 2, None)),
    ),
    "kabul-nights": (
        "Kabul Nights",
        "Afghan restaurant",
        "WHATSAPP",
        "+447700900439",
        "en",
        "regular",
        4,
        7,
        [
            ("LAMB-SHANK", 14, None),
            ("LAMB-CHOPS", 6, None),
            ("LAMB-MINCE", 3, "5kg Pack"),
            ("RICE-SELLA", 2, None),
            ("CHANA-DRIED", 1, None),
            ("NAAN", 4, "Large Tandoori (pack of 10)"),
            ("YOGHURT", 2, None),
            ("OIL-SUNFLOWER", 2, None),
            ("SP-CUMIN-SEED", 1, None),
        ],
        ("qty", "LAMB-SHANK", 18),
    ),
    "peri-palace": (
        "Peri Palace",
        "peri peri chicken shop",
        "SMS",
        "+447700900440",
        "en",
        "steady",
        0,
        7,
        [
            ("MAR-PERI-THIGH", 20, None),
            ("MAR-PERI-WINGS", 4, None),
            ("CHK-WHOLE", 4, "Size 10 (1.0kg)"),
            ("BURGER-CHK", 3, None),
            ("BURGER-BUNS", 3, None),
            ("SAUCE-PERI", 8, None),
            ("WRAP", 6, "12 inch (pack of 12)"),
            ("COLA-CAN", 4, None),
            ("COLA-ZERO-CAN", 2, None),
            ("OIL-FRYING", 3, None),
            ("KETCHUP-SACHET", 2, None),
        ],
        None,
    ),
    "crescent-butchers": (
        "Crescent Halal Butchers",
        "halal butcher shop",
        "EMAIL",
        "yusuf@crescentbutchers.example",
        "en",
        "regular",
        1,
        8,
        [
            ("LAMB-WHOLE", 4, None),
            ("LAMB-LEG-BONE", 20, None),
            ("MUTTON-CURRY", 30, None),
            ("GOAT-CURRY", 20, None),
            ("BEEF-MINCE", 25, None),
            ("BEEF-DICED", 15, None),
            ("CHK-WHOLE", 5, "Size 14 (1.4kg)"),
            ("CHK-BREAST", 6, None),
            ("LAMB-LIVER", 5, None),
            ("LAMB-PAYA", 6, None),
            ("BEEF-NALLI", 8, None),
        ],
        ("qty", "GOAT-CURRY", 25),
    ),
    "madina-meat": (
        "Madina Meat & Grocery",
        "halal butcher and grocery",
        "WHATSAPP",
        "+447700900441",
        "ur",
        "steady",
        5,
        6,
        [
            ("MUTTON-CURRY", 20, None),
            ("GOAT-CURRY", 15, None),
            ("CHK-CURRY", 40, None),
            ("BEEF-CURRY", 15, None),
            ("LAMB-MINCE", 4, "2kg Pack"),
            ("BEEF-MINCE", 10, None),
            ("LAMB-PAYA", 8, None),
            ("BEEF-TRIPE", 5, None),
            ("CHK-LIVER", 6, None),
            ("BEEF-NALLI", 6, None),
        ],
        None,
    ),
    "uni-halal-kitchen": (
        "Northgate University Catering (Halal Kitchen)",
        "university canteen",
        "EMAIL",
        "catering.orders@northgate-uni.example",
        "en",
        "steady",
        0,
        8,
        [
            ("CHK-BREAST", 8, None),
            ("CHK-THIGH-BL", 6, None),
            ("BEEF-MINCE", 20, None),
            ("LAMB-DICED", 10, None),
            ("BURGER-BEEF", 3, "4oz (box of 48)"),
            ("RICE-BASMATI", 4, "10kg"),
            ("WRAP", 8, "10 inch (pack of 18)"),
            ("SAUCE-GARLIC", 4, "1L Squeezy"),
            ("NAPKINS", 2, None),
            ("GLOVES", 4, "Medium"),
        ],
        None,
    ),
    "flame-skewer": (
        "Flame & Skewer",
        "burger and grill house",
        "WHATSAPP",
        "+447700900443",
        "en",
        "regular",
        3,
        6,
        [
            ("BURGER-BEEF", 4, "6oz (box of 32)"),
            ("BURGER-BUNS", 4, None),
            ("BEEF-RIBEYE", 6, None),
            ("MAR-CHK-SHISH", 10, None),
            ("CHK-WINGS", 3, None),
            ("SUCUK", 6, None),
            ("SAUCE-GARLIC", 2, "5L Tub"),
            ("MAYO", 2, None),
            ("KETCHUP-BOTTLE", 6, None),
            ("OIL-FRYING", 2, None),
            ("CHARCOAL-LUMP", 8, None),
        ],
        ("drop", "SUCUK"),
    ),
    "damascus-rose": (
        "Damascus Rose",
        "Syrian restaurant",
        "EMAIL",
        "rami@damascusrose.example",
        "ar",
        "regular",
        4,
        7,
        [
            ("LAMB-LEG-BI", 12, None),
            ("MAR-CHK-SHISH", 12, None),
            ("BULGUR-FINE", 3, None),
            ("KHUBZ", 50, None),
            ("HUMMUS", 8, None),
            ("TAHINI", 6, None),
            ("SP-SUMAC", 2, None),
            ("SP-SHAWARMA", 2, None),
            ("OIL-SUNFLOWER", 2, None),
            ("DONER-CHK", 2, "10kg"),
        ],
        ("qty", "KHUBZ", 60),
    ),
    "efes-meze": (
        "Efes Meze Restaurant",
        "Turkish meze restaurant",
        "EMAIL",
        "ayse@efesmeze.example",
        "tr",
        "steady",
        2,
        7,
        [
            ("LAMB-CUTLETS", 6, None),
            ("LAMB-DICED", 8, None),
            ("MAR-CHK-SHISH", 12, None),
            ("ADANA", 3, None),
            ("KASAP-KOFTE", 2, None),
            ("SUCUK", 4, None),
            ("CACIK", 6, None),
            ("PIDE", 10, None),
            ("RICE-BALDO", 3, None),
            ("BULGUR-COARSE", 2, None),
            ("SALGAM-MILD", 2, None),
            ("SP-PULBIBER", 1, None),
        ],
        None,
    ),
    "golden-wings": (
        "Golden Wings",
        "fried chicken shop",
        "SMS",
        "+447700900444",
        "en",
        "regular",
        5,
        7,
        [
            ("CHK-WINGS", 6, None),
            ("CHK-DRUM", 5, None),
            ("CHK-BREAST", 4, None),
            ("BURGER-CHK", 4, None),
            ("BURGER-BUNS", 4, None),
            ("OIL-FRYING", 4, None),
            ("KETCHUP-SACHET", 3, None),
            ("MAYO", 1, None),
            ("COLA-CAN", 5, None),
            ("KEBAB-BOX-S", 2, None),
        ],
        ("add", ("MANGO-CAN", 2, None)),
    ),
    "saffron-court": (
        "Saffron Court Hotel",
        "hotel kitchen",
        "EMAIL",
        "chef@saffroncourt.example",
        "en",
        "steady",
        0,
        6,
        [
            ("LAMB-CUTLETS", 5, None),
            ("BEEF-RIBEYE", 8, None),
            ("CHK-BREAST", 5, None),
            ("LAMB-SHANK", 10, None),
            ("DONER-BEEF-PREM", 1, None),
            ("RICE-BASMATI", 2, "5kg"),
            ("OIL-SUNFLOWER", 1, None),
            ("YOGHURT", 2, None),
            ("WATER", 6, None),
        ],
        None,
    ),
    "dera-dhaba": (
        "Dera Dhaba",
        "Punjabi dhaba restaurant",
        "SMS",
        "+447700900445",
        "ur",
        "regular",
        3,
        7,
        [
            ("CHK-CURRY", 25, None),
            ("MUTTON-CHOPS", 8, None),
            ("GOAT-CURRY", 10, None),
            ("PARATHA", 10, None),
            ("NAAN", 4, "Standard (pack of 20)"),
            ("DAL-CHANA", 2, None),
            ("DAL-MASOOR", 2, None),
            ("GHEE-VEG", 4, None),
            ("SP-CHILLI", 1, "5kg"),
            ("ACHAR", 1, None),
            ("MANGO-CAN", 2, None),
        ],
        ("qty", "PARATHA", 12),
    ),
    "mehfil-events": (
        "Mehfil Wedding Caterers",
        "Asian wedding and events caterer",
        "EMAIL",
        "shabana@mehfilcaterers.example",
        "en",
        "events",
        2,
        6,
        [],
        None,
    ),
    "kervan-kebab": (
        "Kervan Kebap",
        "new Turkish kebab shop",
        "WHATSAPP",
        "+447700900446",
        "tr",
        "new",
        0,
        0,
        [],
        None,
    ),
    "zaatar-corner": (
        "Zaatar Corner",
        "new Lebanese street-food shop",
        "WHATSAPP",
        "+447700900447",
        "ar",
        "new",
        0,
        0,
        [],
        None,
    ),
}

# pool for the events caterer (never repeats a basket)
EVENTS_POOL = [
    ("MUTTON-CURRY", None, (30, 80)),
    ("LAMB-LEG-BI", None, (10, 30)),
    ("RICE-SELLA", None, (3, 8)),
    ("GHEE-BUTTER", None, (4, 10)),
    ("NAAN", "Mini (pack of 40)", (5, 15)),
    ("NAAN-GARLIC", None, (4, 12)),
    ("MAR-CHK-TIKKA", None, (15, 40)),
    ("SEEKH-LAMB", None, (4, 10)),
    ("FOIL-CONT", "No.6A Medium", (1, 3)),
    ("SAUCE-MINT", None, (4, 10)),
    ("SP-GARAM", None, (1, 3)),
    ("YOGHURT", None, (3, 8)),
]


def _line(sku, q, v):
    d = {"sku": sku, "quantity": q}
    if PRODUCTS_BY_SKU[sku][7]:
        d["variant"] = v
    return d


def _basket(lines):
    return [_line(s, q, v) for s, q, v in lines]


def histories():
    """Deterministic histories: dict key -> list of {date, lines}."""
    out = {}
    for key in sorted(CUSTOMERS):
        name, kind, ch, addr, lang, pattern, wd, weeks, usual, last = CUSTOMERS[key]
        rng = random.Random("hist39-" + key)
        orders = []
        if pattern == "new":
            out[key] = orders
            continue
        first_week = HIST_WEEKS - weeks
        dates = [HIST_START + dt.timedelta(days=7 * w + wd) for w in range(first_week, HIST_WEEKS)]
        if pattern == "events":
            seen = set()
            for d in dates:
                while True:
                    k = rng.randint(5, 8)
                    pick = sorted(rng.sample(range(len(EVENTS_POOL)), k))
                    if 0 not in pick:
                        pick = [0] + pick[:-1]
                    lines = []
                    for i in pick:
                        s, v, (lo, hi) = EVENTS_POOL[i]
                        lines.append((s, rng.randint(lo, hi), v))
                    lines.append(("CHK-CURRY", rng.randint(40, 90), None))
                    sig = tuple(lines)
                    if sig not in seen:
                        seen.add(sig)
                        break
                orders.append({"date": d.isoformat(), "lines": _basket(lines)})
            out[key] = orders
            continue
        baskets = [list(usual) for _ in dates]
        n = len(dates)
        if pattern == "steady":
            a, b = sorted(rng.sample(range(0, n - 1), 2))
            s, q, v = baskets[a][0]
            baskets[a][0] = (s, q + 1 + rng.randint(0, 2), v)
            baskets[b] = baskets[b][:-1]
        else:
            a = rng.randrange(0, n - 1)
            s, q, v = baskets[a][1]
            baskets[a][1] = (s, q + 1 + rng.randint(0, 1), v)
            kind_, *rest = last
            lb = list(usual)
            if kind_ == "qty":
                lb = [(s, rest[1] if s == rest[0] else q, v) for s, q, v in lb]
            elif kind_ == "drop":
                lb = [t for t in lb if t[0] != rest[0]]
            else:
                lb = lb + [rest[0]]
            baskets[-1] = lb
        for d, bk in zip(dates, baskets):
            orders.append({"date": d.isoformat(), "lines": _basket(bk)})
        out[key] = orders
    return out


def history_rows():
    h = histories()
    rows = []
    for key in sorted(CUSTOMERS):
        name, kind, ch, addr, lang, pattern, *_ = CUSTOMERS[key]
        rows.append(
            {
                "customer": key,
                "name": name,
                "kind": kind,
                "channel": ch,
                "address": addr,
                "language": lang,
                "orders": h[key],
            }
        )
    return rows
