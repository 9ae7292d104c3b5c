# ruff: noqa  (hand-written data generator of blind set 36, kept as its writer left it)
"""Customers of the 36th blind set, their hand-written usual baskets, and the seeded history generator."""

import datetime
import random
import zlib

from cat36 import has_variants


# A basket line: (sku, variant or None, quantity)
def B(sku, q, v=None):
    return (sku, v, q)


# key, name, kind, channel, address, language, pattern, weekday (0=Mon), usual basket, extra lines
CUSTOMERS = [
    (
        "big-smoke-burgers",
        "Big Smoke Burger Co",
        "burger truck",
        "WHATSAPP",
        "+447700900361",
        "en",
        "steady",
        3,
        [
            B("PAT-STEAK", 6, "6oz (box of 32)"),
            B("BUN-BRIOCHE", 6, "5 inch"),
            B("CHEESE-SLICE", 3, "Orange"),
            B("CHIPS-SKINON", 8),
            B("SQ-BURGER", 2),
            B("SACH-KETCHUP", 2),
            B("BOX-BURGER", 1, "Regular (case of 300)"),
            B("NAPKIN-KRAFT", 1, "33cm"),
            B("PROPANE", 2, "19kg"),
            B("GLOVES", 2, "Large"),
            B("OIL-RAPE", 2),
        ],
        [B("CRISPY-ONION", 2), B("COKE", 3, "24 x 330ml Can")],
    ),
    (
        "smashd-stall",
        "Smash'd",
        "smash burger stall",
        "WHATSAPP",
        "+447700900362",
        "en",
        "regular",
        4,
        [
            B("PAT-SMASH", 5),
            B("BUN-BRIOCHE", 5, "4 inch"),
            B("CHEESE-SLICE", 2, "White"),
            B("GHERKIN", 2),
            B("SQ-BURGER", 1),
            B("CHIPS-SHOE", 6),
            B("WRAP-PAPER", 1),
            B("BOAT-TRAY", 1, "Medium (case of 500)"),
            B("PROPANE", 2, "13kg"),
            B("OIL-VEG", 2, "20L"),
        ],
        [B("PINK-ONION", 1), B("COKE-ZERO", 2)],
    ),
    (
        "golden-halloumi",
        "The Golden Halloumi",
        "halloumi fries stall",
        "SMS",
        "+447700900363",
        "en",
        "regular",
        2,
        [
            B("HALLOUMI-FRIES", 8),
            B("HALLOUMI-1KG", 6),
            B("SQ-SWEETCHILLI", 2),
            B("PITTA", 3),
            B("TZATZIKI", 4),
            B("BOAT-TRAY", 1, "Small (case of 1000)"),
            B("FORK-WOOD", 1),
            B("OIL-SUN", 3),
            B("PROPANE", 1, "13kg"),
            B("POT", 1, "2oz (case of 1000)"),
        ],
        [B("SEAS-PERI", 1), B("CHIPS-SKINON", 2)],
    ),
    (
        "dirty-fries-co",
        "Dirty Fries Co",
        "loaded fries stall",
        "WHATSAPP",
        "+447700900364",
        "en",
        "steady",
        3,
        [
            B("CHIPS-SKINON", 12),
            B("CHIPS-SWEET", 4),
            B("NACHO-CHEESE", 4),
            B("PULLED-PORK", 5),
            B("JALAPENO", 2),
            B("SQ-CHIPOTLE", 2),
            B("CRISPY-ONION", 2),
            B("SEAS-CAJUN", 1),
            B("BOAT-TRAY", 2, "Large (case of 500)"),
            B("FORK-WOOD", 1),
            B("OIL-RAPE", 3),
            B("GLOVES", 1, "X-Large"),
        ],
        [B("SQ-GARLIC", 1), B("MOZZ-GRATED", 2)],
    ),
    (
        "top-dog-cart",
        "Top Dog Cart",
        "hot dog cart",
        "SMS",
        "+447700900365",
        "en",
        "regular",
        4,
        [
            B("HOTDOG-JUMBO", 4),
            B("ROLL-HD-BRIOCHE", 4),
            B("SACH-MUSTARD", 2),
            B("SACH-KETCHUP", 2),
            B("CRISPY-ONION", 2),
            B("NAPKIN-WHITE", 1),
            B("BUTANE", 1),
            B("COKE", 2, "24 x 330ml Can"),
            B("WATER-STILL", 2),
        ],
        [B("FANTA", 1), B("HOTDOG-FRANK", 2)],
    ),
    (
        "kebab-kral",
        "Kebab Kral",
        "kebab van",
        "WHATSAPP",
        "+447700900366",
        "tr",
        "regular",
        2,
        [
            B("DONER-CONE", 2, "15kg"),
            B("DONER-CHK", 2),
            B("KEBAB-GARLIC", 4),
            B("KEBAB-CHILLI", 3),
            B("KHOBEZ", 3),
            B("PITTA", 2),
            B("CHIPS-STRAIGHT", 6),
            B("KEBAB-BAG", 1),
            B("LETTUCE", 4),
            B("OIL-VEG", 2, "20L"),
            B("PROPANE", 1, "47kg"),
            B("FOIL-ROLL", 2),
        ],
        [B("SHISH-CHK", 1), B("FANTA", 2)],
    ),
    (
        "anadolu-grill",
        "Anadolu Grill",
        "kofte and shish stall",
        "WHATSAPP",
        "+447700900367",
        "tr",
        "steady",
        3,
        [
            B("KOFTA", 3),
            B("SHISH-CHK", 3),
            B("KHOBEZ", 4),
            B("TZATZIKI", 3),
            B("HUMMUS", 2),
            B("KEBAB-CHILLI", 2),
            B("PINK-ONION", 2),
            B("LETTUCE", 3),
            B("CLAM", 1, "9 inch"),
            B("PROPANE", 2, "19kg"),
            B("OIL-SUN", 1),
            B("GLOVES", 2, "Medium"),
        ],
        [B("HALLOUMI-CASE", 1), B("COKE", 2, "24 x 330ml Can")],
    ),
    (
        "zapiekanka-bros",
        "Zapiekanka Bros",
        "Polish street food stall",
        "WHATSAPP",
        "+447700900368",
        "pl",
        "regular",
        3,
        [
            B("BAGUETTE", 4),
            B("MOZZ-GRATED", 6),
            B("KIELBASA", 10),
            B("CRISPY-ONION", 2),
            B("KETCHUP-BTL", 2),
            B("SQ-GARLIC", 2),
            B("HOTDOG-FRANK", 2),
            B("BOAT-TRAY", 1, "Large (case of 500)"),
            B("NAPKIN-WHITE", 1),
            B("PROPANE", 2, "13kg"),
        ],
        [B("CHEDDAR-GRATED", 1), B("GLOVES", 1, "Large")],
    ),
    (
        "churros-sol",
        "Churros del Sol",
        "churros van",
        "WHATSAPP",
        "+447700900369",
        "es",
        "steady",
        3,
        [
            B("CHURRO-MIX", 6),
            B("CINNAMON-SUGAR", 2),
            B("NUTELLA", 2),
            B("OIL-SUN", 4),
            B("BOAT-TRAY", 1, "Small (case of 1000)"),
            B("HOT-CUP", 1, "8oz"),
            B("NAPKIN-WHITE", 1),
            B("PROPANE", 2, "19kg"),
        ],
        [B("OAT", 1), B("FORK-WOOD", 1)],
    ),
    (
        "bifana-on-wheels",
        "Bifana on Wheels",
        "Portuguese sandwich truck",
        "WHATSAPP",
        "+447700900370",
        "pt",
        "regular",
        2,
        [
            B("CRUSTY-ROLLS", 5),
            B("CHK-THIGH", 12),
            B("SQ-PERI-HOT", 2),
            B("SEAS-PERI", 1),
            B("CHIPS-STRAIGHT", 5),
            B("OIL-VEG", 3, "10L"),
            B("CLAM", 1, "8 inch"),
            B("NAPKIN-KRAFT", 1, "40cm"),
            B("PROPANE", 2, "13kg"),
            B("COKE-ZERO", 2),
            B("LIMONATA", 2),
        ],
        [B("SQ-PERI-MED", 1), B("SACH-MAYO", 1)],
    ),
    (
        "arancina-mia",
        "Arancina Mia",
        "Sicilian street food stall",
        "EMAIL",
        "ordini@arancinamia.example",
        "it",
        "regular",
        2,
        [
            B("MOZZ-GRATED", 4),
            B("OIL-SUN", 3),
            B("BOAT-TRAY", 2, "Medium (case of 500)"),
            B("NAPKIN-KRAFT", 1, "33cm"),
            B("FORK-WOOD", 1),
            B("LIMONATA", 3),
            B("WATER-SPARK", 2),
            B("WATER-STILL", 2),
            B("CLAM", 1, "6 inch"),
            B("PROPANE", 1, "19kg"),
            B("NUTELLA", 1),
        ],
        [B("POT", 1, "4oz (case of 1000)"), B("COKE", 1, "12 x 500ml Bottle")],
    ),
    (
        "creperie-roulante",
        "La Crêperie Roulante",
        "crêpe stand",
        "WHATSAPP",
        "+447700900372",
        "fr",
        "steady",
        1,
        [
            B("CREPE-MIX", 4),
            B("BUCKWHEAT", 3),
            B("NUTELLA", 3),
            B("CHEDDAR-GRATED", 2),
            B("CHIP-CONE", 1),
            B("NAPKIN-DISP", 1),
            B("PROPANE", 2, "13kg"),
            B("GLOVES", 1, "Medium"),
            B("HOT-CUP", 1, "12oz"),
        ],
        [B("COFFEE", 1), B("OAT", 1)],
    ),
    (
        "cluck-n-roll",
        "Cluck'n'Roll",
        "fried chicken stall",
        "WHATSAPP",
        "+447700900373",
        "en",
        "regular",
        3,
        [
            B("CHK-THIGH", 20),
            B("CHK-WINGS", 15),
            B("CHK-STRIPS", 4),
            B("BUN-BRIOCHE", 3, "5 inch"),
            B("SQ-GARLIC", 2),
            B("SEAS-CHICKEN", 2),
            B("CHIPS-STRAIGHT", 6),
            B("OIL-RAPE", 3),
            B("CLAM", 1, "8 inch"),
            B("GLOVES", 2, "X-Large"),
            B("SQ-BBQ", 2),
            B("LETTUCE", 2),
        ],
        [B("SRIRACHA", 6), B("REDBULL", 1)],
    ),
    (
        "green-grill",
        "Green Grill",
        "vegan burger van",
        "EMAIL",
        "orders@greengrill.example",
        "en",
        "regular",
        4,
        [
            B("PAT-VEG", 4),
            B("PAT-BEAN", 2),
            B("BUN-SESAME", 5),
            B("CHIPS-SKINON", 6),
            B("CHIPS-SWEET", 3),
            B("SQ-BBQ", 1),
            B("LETTUCE", 2),
            B("PINK-ONION", 2),
            B("JALAPENO", 1),
            B("BOX-BURGER", 1, "Large (case of 200)"),
            B("NAPKIN-KRAFT", 1, "40cm"),
            B("FORK-CPLA", 1),
            B("OIL-RAPE", 2),
        ],
        [B("OAT", 1), B("HUMMUS", 2)],
    ),
    (
        "gyros-brothers",
        "Gyros Brothers",
        "Greek gyros stall",
        "WHATSAPP",
        "+447700900375",
        "en",
        "steady",
        4,
        [
            B("GYROS", 3),
            B("PITTA", 5),
            B("TZATZIKI", 6),
            B("CHIPS-STRAIGHT", 5),
            B("LETTUCE", 3),
            B("WRAP-PAPER", 1),
            B("FOIL-SHEETS", 1),
            B("OIL-SUN", 2),
            B("PROPANE", 2, "19kg"),
            B("GLOVES", 1, "Large"),
            B("HALLOUMI-CASE", 1),
        ],
        [B("WATER-STILL", 2), B("LIMONATA", 1)],
    ),
    (
        "burrito-bandit",
        "Burrito Bandit",
        "burrito truck",
        "SMS",
        "+447700900376",
        "en",
        "regular",
        2,
        [
            B("WRAPS", 2, "12 inch (case of 108)"),
            B("CHK-THIGH", 10),
            B("PULLED-PORK", 3),
            B("CHEDDAR-GRATED", 3),
            B("SOUR-CREAM", 3),
            B("SALSA", 2),
            B("JALAPENO", 2),
            B("SQ-CHIPOTLE", 1),
            B("FOIL-SHEETS", 2),
            B("NAPKIN-DISP", 1),
            B("GLOVES", 2, "Medium"),
            B("BUTANE-CART", 1),
        ],
        [B("NACHO-CHEESE", 1), B("LETTUCE", 1)],
    ),
    (
        "fieldhouse-bars",
        "Fieldhouse Festival Bars",
        "festival bar operator",
        "EMAIL",
        "barops@fieldhouse.example",
        "en",
        "steady",
        1,
        [
            B("PINT-CUP", 6),
            B("COLD-CUP", 4, "12oz"),
            B("COKE", 10, "24 x 330ml Can"),
            B("COKE-ZERO", 6),
            B("WATER-STILL", 20),
            B("REDBULL", 4),
            B("LIMONATA", 4),
            B("NAPKIN-DISP", 1),
            B("REFUSE", 4),
        ],
        [B("FANTA", 3)],
    ),
    (
        "harbour-chip-kiosk",
        "Harbour Chip Kiosk",
        "seaside chip kiosk",
        "SMS",
        "+447700900378",
        "en",
        "regular",
        0,
        [
            B("CHIPS-CHUNKY", 10),
            B("FAT-SOLID", 4),
            B("CURRY-SAUCE", 2),
            B("SACH-KETCHUP", 3),
            B("SACH-BROWN", 1),
            B("CHIP-CONE", 2),
            B("FORK-CHIP", 2),
            B("NAPKIN-WHITE", 1),
            B("SACH-MAYO", 1),
            B("PROPANE", 1, "47kg"),
        ],
        [B("ONION-RINGS", 1), B("HALLOUMI-FRIES", 1)],
    ),
    (
        "brew-van",
        "The Brew Van",
        "coffee van",
        "WHATSAPP",
        "+447700900379",
        "en",
        "steady",
        0,
        [
            B("COFFEE", 6),
            B("OAT", 4),
            B("HOT-CUP", 1, "8oz"),
            B("HOT-CUP", 2, "12oz"),
            B("LID-8", 1),
            B("LID-1216", 2),
            B("NAPKIN-DISP", 1),
            B("PROPANE", 1, "13kg"),
        ],
        [B("WATER-STILL", 1)],
    ),
    (
        "eastgate-market",
        "Eastgate Market Hall",
        "food market hall operator",
        "EMAIL",
        "facilities@eastgatemarket.example",
        "en",
        "regular",
        1,
        [
            B("CLAM", 4, "8 inch"),
            B("CLAM", 2, "9 inch"),
            B("BOAT-TRAY", 3, "Medium (case of 500)"),
            B("POT", 2, "2oz (case of 1000)"),
            B("NAPKIN-DISP", 3),
            B("FORK-CPLA", 3),
            B("FORK-WOOD", 2),
            B("REFUSE", 6),
            B("GLOVES", 4, "Large"),
            B("GLOVES", 2, "Medium"),
            B("COLD-CUP", 2, "16oz"),
        ],
        [B("FOIL-ROLL", 2), B("CLING", 2)],
    ),
    (
        "wildflower-events",
        "Wildflower Events Catering",
        "events caterer",
        "EMAIL",
        "hattie@wildflowerevents.example",
        "en",
        "erratic",
        2,
        [],
        [],
    ),
    (
        "seoul-street",
        "Seoul Street",
        "Korean fried chicken stall",
        "WHATSAPP",
        "+447700900382",
        "en",
        "regular",
        3,
        [
            B("CHK-WINGS", 20),
            B("CHK-THIGH", 10),
            B("SRIRACHA", 6),
            B("SQ-SWEETCHILLI", 2),
            B("BOAT-TRAY", 2, "Small (case of 1000)"),
            B("CHIPS-SHOE", 4),
            B("OIL-RAPE", 3),
            B("POT", 1, "2oz (case of 1000)"),
            B("GLOVES", 2, "Medium"),
            B("COKE-ZERO", 2),
        ],
        [B("CHK-STRIPS", 1), B("SEAS-CHICKEN", 1)],
    ),
    (
        "flame-and-bun",
        "Flame & Bun",
        "burger trailer (new)",
        "WHATSAPP",
        "+447700900383",
        "en",
        "new",
        0,
        [],
        [],
    ),
    ("la-lupita", "La Lupita", "taco truck (new)", "WHATSAPP", "+447700900384", "es", "new", 0, [], []),
]

# The caterer never repeats a basket: its orders are hand-written (no two alike, so "the usual" has no answer).
ERRATIC_ORDERS = {
    "wildflower-events": [
        [
            B("PAT-STEAK", 4, "4oz (box of 48)"),
            B("BUN-BRIOCHE", 4, "4 inch"),
            B("CHIPS-SKINON", 3),
            B("PROPANE", 2, "19kg"),
            B("VINYL-GLOVES", 2),
        ],
        [B("HOTDOG-JUMBO", 2), B("ROLL-HD-BRIOCHE", 2), B("SACH-KETCHUP", 1), B("NAPKIN-KRAFT", 1, "40cm")],
        [
            B("HALLOUMI-FRIES", 3),
            B("PITTA", 2),
            B("TZATZIKI", 3),
            B("CLAM", 2, "6 inch"),
            B("PROPANE", 1, "19kg"),
        ],
        [B("PULLED-PORK", 4), B("BUN-SESAME", 3), B("SQ-BBQ", 1), B("WATER-STILL", 6), B("VINYL-GLOVES", 1)],
        [
            B("CHK-STRIPS", 3),
            B("CHIPS-SKINON", 4),
            B("SQ-GARLIC", 1),
            B("BOAT-TRAY", 1, "Medium (case of 500)"),
            B("COKE", 4, "24 x 330ml Can"),
        ],
    ],
}

LAST_WEEK_MONDAY = datetime.date(2028, 5, 29)  # messages start Monday 2028-06-05


def _rng(key):
    return random.Random(zlib.crc32(("blind36:" + key).encode("utf-8")))


def _vary(rng, basket, extras, kind):
    b = [list(x) for x in basket]
    if kind == "qty":
        i = rng.randrange(len(b))
        b[i][2] = max(1, b[i][2] + rng.choice([-1, 1]))
    elif kind == "drop":
        del b[rng.randrange(len(b))]
    else:
        e = extras[rng.randrange(len(extras))]
        b.append(list(e))
    return [tuple(x) for x in b]


def _line(t):
    sku, v, q = t
    d = {"sku": sku}
    if has_variants(sku):
        d["variant"] = v
    d["quantity"] = q
    return d


def generate_histories():
    out = []
    for key, name, kind, channel, address, lang, pattern, weekday, usual, extras in CUSTOMERS:
        rng = _rng(key)
        orders = []
        if pattern == "erratic":
            baskets = ERRATIC_ORDERS[key]
        elif pattern == "new":
            baskets = []
        else:
            n = rng.randint(5, 8)
            baskets = [list(usual) for _ in range(n)]
            kinds = ["qty", "drop", "extra"]
            if pattern == "steady":
                weeks = rng.sample(range(n - 1), 2)
                for w in weeks:
                    baskets[w] = _vary(rng, usual, extras, rng.choice(kinds))
            else:
                w = rng.randrange(n - 1)
                baskets[w] = _vary(rng, usual, extras, rng.choice(kinds))
                while True:
                    last = _vary(rng, usual, extras, rng.choice(kinds))
                    if sorted(map(str, last)) != sorted(map(str, usual)):
                        break
                baskets[-1] = last
        n = len(baskets)
        for i, b in enumerate(baskets):
            d = LAST_WEEK_MONDAY - datetime.timedelta(days=7 * (n - 1 - i)) + datetime.timedelta(days=weekday)
            orders.append({"date": d.isoformat(), "lines": [_line(t) for t in b]})
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
