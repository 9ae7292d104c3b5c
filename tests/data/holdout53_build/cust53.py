# ruff: noqa  (hand-written data generator of blind set 53, kept as its writer left it)
"""Customers of set 53 with hand-written usual baskets and a seeded history generator."""

import datetime
import random

from cat53 import PRODUCTS

# basket line: (sku, variant or None, qty)
CUSTOMERS = [
    # key, name, kind, channel, address, language, pattern, weeks, usual basket
    (
        "supra-house",
        "Supra House Georgian Restaurant",
        "restaurant",
        "WHATSAPP",
        "+447700900531",
        "en",
        "steady",
        7,
        [
            ("KHINK-BP", None, 10),
            ("KHINK-LAMB", None, 4),
            ("SULG-KG", None, 6),
            ("IMER-KG", None, 4),
            ("TKEM-RED", "1kg Jar", 2),
            ("ADJ-RED", "500g Jar", 2),
            ("BORJ-GL", "500ml", 4),
            ("SAPER-DRY", "75cl", 12),
            ("KINDZ", None, 6),
            ("SHOTI", None, 30),
        ],
    ),
    (
        "tamada-bar",
        "Tamada Wine Bar",
        "wine bar",
        "EMAIL",
        "orders@tamada-bar.example",
        "en",
        "regular",
        6,
        [
            ("SAPER-DRY", "75cl", 24),
            ("MUKUZ", None, 12),
            ("TSIN", None, 12),
            ("RKATS-AMB", None, 6),
            ("CHACHA", None, 3),
            ("NABEG-GL", None, 3),
            ("CHURCH-WAL", None, 1),
            ("SULG-SMK", "250g", 6),
        ],
    ),
    (
        "khinkali-corner",
        "Khinkali Corner",
        "restaurant",
        "WHATSAPP",
        "+447700900532",
        "ka",
        "steady",
        6,
        [
            ("KHINK-CAT", None, 4),
            ("KHINK-MUSH", None, 3),
            ("KHACH-MIX", None, 3),
            ("MATSONI", None, 2),
            ("TKEM-GRN", "300g Jar", 6),
            ("BORJ-GL", "330ml", 3),
            ("LAG-TARR", None, 2),
            ("ALAZ-R", None, 6),
        ],
    ),
    (
        "mziuri-bakery",
        "Mziuri Bakery",
        "bakery",
        "SMS",
        "+447700900533",
        "ka",
        "regular",
        7,
        [
            ("SULG-GRT", None, 4),
            ("IMER-BLK", None, 6),
            ("MATSONI", None, 1),
            ("SUNF-REF", "5L", 2),
            ("CHURCH-HAZ", None, 2),
            ("GOZINAKI", None, 1),
        ],
    ),
    (
        "batumi-grill",
        "Batumi Grill",
        "restaurant",
        "WHATSAPP",
        "+447700900534",
        "ka",
        "regular",
        6,
        [
            ("KHACH-ADJ", None, 3),
            ("SULG-BLK", None, 5),
            ("ADJ-RED", "1kg Jar", 1),
            ("SVAN-SALT", None, 4),
            ("NATAKH-LAG", None, 3),
            ("BORJ-PET", None, 4),
            ("SAPER-SS", None, 6),
        ],
    ),
    (
        "kolkheti-deli",
        "Kolkheti Deli",
        "deli",
        "EMAIL",
        "kolkheti@kolkheti-deli.example",
        "ka",
        "steady",
        5,
        [
            ("TKEM-RED", "300g Jar", 12),
            ("TKEM-GRN", "300g Jar", 12),
            ("ADJ-GRN", None, 10),
            ("JONJOLI", None, 6),
            ("CHURCH-WAL", None, 3),
            ("KHMELI", None, 2),
            ("NABEG-PET", None, 4),
            ("LAG-PEAR", None, 2),
        ],
    ),
    (
        "vatra-kyiv",
        "Vatra Ukrainian Kitchen",
        "restaurant",
        "WHATSAPP",
        "+447700900535",
        "uk",
        "steady",
        7,
        [
            ("VAR-POT", "3kg Catering Bag", 4),
            ("VAR-CHER", None, 3),
            ("PELM-PB", "3kg Catering Bag", 3),
            ("SMET-20", "5kg Bucket", 1),
            ("SALO-KG", None, 2),
            ("BORODINSKY", None, 10),
            ("OBOLON", None, 2),
            ("NEMIROFF-HP", None, 2),
        ],
    ),
    (
        "zolota-lavka",
        "Zolota Lavka Deli",
        "deli",
        "SMS",
        "+447700900536",
        "uk",
        "regular",
        6,
        [
            ("TVOR-5", "500g", 20),
            ("SMET-20", "400g", 24),
            ("KEF-25", None, 4),
            ("RYAZH", None, 2),
            ("VARENETS", None, 2),
            ("SALO-GARL", None, 8),
            ("DARNITSKY", None, 12),
            ("HALVA", None, 10),
        ],
    ),
    (
        "varenychna",
        "Varenychna Babusia",
        "cafe",
        "WHATSAPP",
        "+447700900537",
        "uk",
        "regular",
        6,
        [
            ("VAR-POTM", None, 8),
            ("VAR-CABB", None, 6),
            ("VAR-TVOR", None, 6),
            ("SMET-30", "1kg Tub", 6),
            ("SYRNIKI", None, 4),
            ("KVASS-TARAS", None, 3),
        ],
    ),
    (
        "lviv-kava",
        "Lviv Kava Cafe",
        "cafe",
        "EMAIL",
        "hello@lviv-kava.example",
        "uk",
        "steady",
        5,
        [
            ("SYRNIKI", None, 6),
            ("BLINCH-TVOR", None, 8),
            ("SGUSH", None, 1),
            ("TVOR-9", None, 12),
            ("SUSHKI-MAK", None, 2),
            ("ALYONKA", None, 1),
        ],
    ),
    (
        "kalinka-market",
        "Kalinka Market",
        "shop",
        "EMAIL",
        "buying@kalinka-market.example",
        "ru",
        "regular",
        7,
        [
            ("PELM-SIB", None, 20),
            ("PELM-CH", "1kg Bag", 10),
            ("BUCK", "900g", 30),
            ("SEMO", "1kg", 12),
            ("HERR-OIL", "500g Jar", 12),
            ("SPRAT-160", None, 24),
            ("KVASS-OCH", "1.5L PET (case of 6)", 4),
            ("BALT-7", None, 3),
            ("ALYONKA", None, 2),
            ("SEMECHKI", None, 2),
        ],
    ),
    (
        "teremok-cafe",
        "Teremok Cafe",
        "cafe",
        "WHATSAPP",
        "+447700900538",
        "ru",
        "steady",
        6,
        [
            ("BLINI", None, 12),
            ("BLINCH-MEAT", None, 10),
            ("SMET-20", "1kg Tub", 4),
            ("CAVIAR-KETA", None, 3),
            ("KEF-1", None, 2),
        ],
    ),
    (
        "pelmennaya",
        "Pelmennaya No.1",
        "restaurant",
        "SMS",
        "+447700900539",
        "ru",
        "regular",
        6,
        [
            ("PELM-PB", "3kg Catering Bag", 6),
            ("PELM-CH", "3kg Catering Bag", 2),
            ("SMET-20", "5kg Bucket", 2),
            ("BUCK", "5kg Bag", 2),
            ("PICK-CUC", "3L Jar", 3),
            ("KVASS-KEG", None, 1),
            ("BALT-3", None, 4),
        ],
    ),
    (
        "beryozka",
        "Beryozka Food Store",
        "shop",
        "WHATSAPP",
        "+447700900540",
        "ru",
        "regular",
        5,
        [
            ("SUNF-UNREF", None, 12),
            ("SUNF-REF", "1L", 24),
            ("IKRA-AUB", None, 12),
            ("IKRA-SQ", None, 12),
            ("PICK-MIX", None, 4),
            ("SGUSH-VAR", None, 24),
            ("MAYO-67", None, 12),
            ("DOKTOR", None, 3),
        ],
    ),
    (
        "odessa-fish",
        "Odessa Fish Deli",
        "deli",
        "EMAIL",
        "odessa@odessa-fish.example",
        "ru",
        "steady",
        6,
        [
            ("HERR-DILL", None, 10),
            ("HERR-BRL", None, 2),
            ("SPRAT-240", None, 24),
            ("SPRAT-TOM", None, 24),
            ("MACK-SMK", None, 5),
            ("IKRA-CAPEL", None, 12),
            ("BORODINSKY", None, 6),
        ],
    ),
    (
        "tbilisi-pizza",
        "Tbilisi Street Food",
        "takeaway",
        "WHATSAPP",
        "+447700900541",
        "en",
        "regular",
        6,
        [
            ("CHEBUREKI", None, 3),
            ("KHACH-IMER", None, 2),
            ("LAVASH-WRAP", None, 10),
            ("ADJ-RED", "200g Jar", 6),
            ("TARKH-NAT", None, 3),
            ("LAG-CREAM", None, 2),
        ],
    ),
    (
        "dacha-events",
        "Dacha Events Catering",
        "caterer",
        "EMAIL",
        "chef@dacha-events.example",
        "en",
        "irregular",
        5,
        [
            ("PELM-PB", "1kg Bag", 10),
            ("VAR-POT", "1kg Bag", 10),
            ("SMET-20", "1kg Tub", 4),
            ("HERR-OIL", "1kg Jar", 2),
            ("PICK-CUC", "920ml Jar", 6),
            ("SAPER-DRY", "3L Bag-in-Box", 3),
            ("LAVASH-ARM", None, 10),
            ("KINDZ", None, 12),
            ("BORJ-GL", "330ml", 2),
            ("CHURCH-WAL", None, 2),
        ],
    ),
    (
        "rye-and-dill",
        "Rye & Dill Bakery",
        "bakery",
        "SMS",
        "+447700900542",
        "en",
        "steady",
        6,
        [
            ("TVOR-5", "2kg Tub", 4),
            ("SMET-30", "1kg Tub", 3),
            ("SEMO", "5kg Bag", 2),
            ("SUNF-REF", "10L", 1),
            ("SGUSH", None, 1),
            ("MILLET", None, 4),
        ],
    ),
    (
        "kozak-pub",
        "The Kozak",
        "pub",
        "WHATSAPP",
        "+447700900543",
        "uk",
        "steady",
        5,
        [
            ("OBOLON", None, 4),
            ("BALT-7", None, 2),
            ("NEMIROFF", None, 4),
            ("SEMECHKI", None, 1),
            ("SALO-GARL", None, 6),
            ("SPRAT-160", None, 12),
            ("KVASS-KEG", None, 1),
        ],
    ),
    (
        "sakartvelo-shop",
        "Sakartvelo Store",
        "shop",
        "WHATSAPP",
        "+447700900544",
        "ka",
        "steady",
        6,
        [
            ("BORJ-GL", "500ml", 6),
            ("NABEG-GL", None, 4),
            ("LIKANI", None, 2),
            ("ESSENT-17", None, 1),
            ("ALAZ-W", None, 12),
            ("KHVANCH", None, 6),
            ("TEA-GUR-BLK", None, 12),
            ("CHURCH-WAL", None, 4),
            ("NARSHARAB", None, 12),
        ],
    ),
    # first-time customers
    (
        "kartuli-kitchen",
        "Kartuli Kitchen (new)",
        "restaurant",
        "EMAIL",
        "gela@kartuli-kitchen.example",
        "en",
        "new",
        0,
        [],
    ),
    ("smachno-van", "Smachno Street Van (new)", "food van", "SMS", "+447700900545", "uk", "new", 0, []),
]


EXTRAS = [
    "HALVA",
    "SUSHKI",
    "PICK-GARL",
    "SAUERKR",
    "RICE-RND",
    "BARLEY",
    "SERVELAT",
    "TEA-GUR-GRN",
    "SGUSH-VAR",
    "ADYG",
    "BRYN-COW",
    "UTSKHO",
    "SATSEB",
    "NARSHARAB",
]

START = datetime.date(2028, 6, 5)


def _line(sku, variant, qty):
    d = {"sku": sku}
    if PRODUCTS[sku][6]:
        d["variant"] = variant
    d["quantity"] = qty
    return d


def _basket(lines):
    return [_line(*l) for l in lines]


def generate_histories():
    rng = random.Random(5353)
    out = []
    for key, name, kind, channel, address, lang, pattern, weeks, usual in CUSTOMERS:
        orders = []
        if pattern != "new":
            first = START + datetime.timedelta(weeks=8 - weeks)
            skus_in = {l[0] for l in usual}
            pool = [e for e in EXTRAS if e not in skus_in and not PRODUCTS[e][6]]
            baskets = []
            for w in range(weeks):
                b = [list(l) for l in usual]
                if pattern == "irregular":
                    b = [l for l in b if rng.random() < 0.7]
                    for l in b:
                        l[2] = max(1, l[2] + rng.choice([-2, -1, 0, 1, 2, 3]))
                    b.append([pool[w % len(pool)], None, 2 + w])
                elif pattern == "steady":
                    if w == 1:
                        b[0][2] += 2
                    if w == 2:
                        b.append([pool[0], None, 3])
                elif pattern == "regular":
                    if w == 1:
                        b.append([pool[1], None, 2])
                    if w == weeks - 1:
                        b[1][2] += 1
                baskets.append(b)
            for w, b in enumerate(baskets):
                day = first + datetime.timedelta(weeks=w, days=len(key) % 4)
                orders.append({"date": day.isoformat(), "lines": _basket(b)})
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
