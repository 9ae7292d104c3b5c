# ruff: noqa  (hand-written data generator of blind set 61, kept as its writer left it)
"""Customers of the sixty-first blind set, their hand-written usual baskets, and the seeded history generator.

All businesses, people and addresses are invented. Phones are Ofcom drama numbers, e-mail is under .example.

mode:
  steady    - every week the usual basket; two earlier weeks vary (one quantity +1, one extra line); ends on the usual
  regular   - every week the usual basket; one earlier week has an extra line; the LAST order differs from the usual
              by the hand-written `deviation` (one quantity, one dropped line or one extra line)
  irregular - hand-written baskets, no two alike (so "the usual" cannot be resolved)
  new       - first-time customer, "orders": []
Lines are (sku, variant or None, quantity).
"""

import datetime
import random

HIST_LAST_MONDAY = datetime.date(2028, 7, 31)  # the week of every customer's last history order

C = []


def cust(
    key,
    name,
    kind,
    channel,
    address,
    language,
    mode,
    weeks=0,
    weekday=0,
    usual=(),
    extras=(),
    deviation=None,
    baskets=(),
):
    C.append(
        {
            "key": key,
            "name": name,
            "kind": kind,
            "channel": channel,
            "address": address,
            "language": language,
            "mode": mode,
            "weeks": weeks,
            "weekday": weekday,
            "usual": list(usual),
            "extras": list(extras),
            "deviation": deviation,
            "baskets": [list(b) for b in baskets],
        }
    )


cust(
    "kusina-manila",
    "Kusina ni Tita Baby",
    "Filipino restaurant, Walthamstow",
    "WHATSAPP",
    "+447700900611",
    "tl",
    "regular",
    weeks=8,
    weekday=1,
    usual=[
        ("RICE-SINAN", "25kg", 4),
        ("SOY-DP", "Gallon 3.785L (case of 4)", 1),
        ("VIN-DP", "Gallon 3.785L (case of 4)", 1),
        ("PATIS-RUFINA", "750ml", 6),
        ("BAG-SWEET", None, 6),
        ("COCO-CHAOKOH", "400ml (case of 24)", 2),
        ("LONG-HAMONADO", "1kg", 6),
        ("TOCINO-PORK", "1kg", 5),
        ("FISH-BANGUS", "Large 500-600g", 1),
        ("WRAP-LUMPIA", None, 10),
        ("KETCHUP-UFC-1KG", None, 1),
        ("BEER-SMB", "330ml bottle (case of 24)", 4),
        ("CALAMANSI-CONC", None, 6),
        ("UBE-HALAYA", None, 6),
    ],
    extras=[("BEER-REDHORSE", None, 2)],
    deviation=("qty", "RICE-SINAN", 5),
)

cust(
    "lola-carinderia",
    "Lola Nena's Carinderia",
    "Filipino carinderia (turo-turo), Kilburn",
    "SMS",
    "+447700900612",
    "tl",
    "steady",
    weeks=6,
    weekday=0,
    usual=[
        ("RICE-SINAN", "25kg", 3),
        ("SOY-SS", "Gallon 3.785L (case of 4)", 1),
        ("VIN-SS", None, 1),
        ("PATIS-LORINS", None, 4),
        ("BAG-SPICY", None, 4),
        ("SINIGANG", None, 2),
        ("KAREKARE", None, 1),
        ("NDL-BIHON", None, 1),
        ("NDL-CANTON", None, 1),
        ("TOCINO-PORK", "450g", 10),
        ("LONG-VIGAN", None, 10),
        ("FISH-TILAPIA", "300-500g", 1),
        ("LIEMPO", None, 10),
    ],
    extras=[("NDL-SOTANGHON", None, 1)],
)

cust(
    "sari-sari-leyton",
    "Tindahan ni Aling Rosa",
    "Filipino sari-sari store, Leytonstone",
    "WHATSAPP",
    "+447700900613",
    "tl",
    "regular",
    weeks=7,
    weekday=2,
    usual=[
        ("LM-CANTON-ORIG", None, 2),
        ("LM-CANTON-CHILI", None, 1),
        ("LM-MAMI", None, 1),
        ("SKYFLAKES", None, 2),
        ("BOY-BAWANG", None, 1),
        ("CB-ARGENTINA", None, 1),
        ("SARDINES-LIGO", None, 1),
        ("LIVER-SPREAD", None, 1),
        ("EVAP-ALASKA", None, 1),
        ("CONDENSED-ALASKA", None, 1),
        ("NESCAFE-3IN1", None, 10),
        ("GREAT-TASTE", None, 10),
        ("MILO-3IN1", None, 6),
        ("KETCHUP-UFC-320", None, 1),
        ("SOY-DP", "385ml (case of 24)", 1),
        ("VIN-DP", "385ml (case of 24)", 1),
        ("GULAMAN", "Red", 10),
        ("GULAMAN", "Green", 10),
    ],
    extras=[("KOPIKO-BROWN", None, 5)],
    deviation=("qty", "NESCAFE-3IN1", 15),
)

cust(
    "pinoy-grill-croydon",
    "Ihaw-Ihaw Pinoy Grill",
    "Filipino grill restaurant, Croydon",
    "EMAIL",
    "orders@ihaw-ihaw.example",
    "en",
    "regular",
    weeks=8,
    weekday=3,
    usual=[
        ("LIEMPO", None, 40),
        ("RICE-JAS-RU", "20kg", 3),
        ("SOY-SS", "1L (case of 12)", 2),
        ("VIN-DP", "1L (case of 12)", 2),
        ("MANGTOMAS", None, 2),
        ("CALAMANSI-CONC", None, 4),
        ("BEER-REDHORSE", None, 4),
        ("BEER-SMB", "330ml can (case of 24)", 3),
        ("BEER-SMLIGHT", None, 3),
        ("FISH-TILAPIA", "500-700g", 2),
        ("KETCHUP-JUFRAN", None, 1),
    ],
    extras=[("FISH-BANGUS", "Medium 300-400g", 1)],
    deviation=("qty", "LIEMPO", 50),
)

cust(
    "bahay-kubo-cafe",
    "Bahay Kubo Bakery & Cafe",
    "Filipino bakery and cafe, Earl's Court",
    "EMAIL",
    "orders@bahaykubo.example",
    "en",
    "steady",
    weeks=6,
    weekday=2,
    usual=[
        ("UBE-HALAYA", None, 12),
        ("UBE-GRATED", None, 10),
        ("UBE-EXTRACT", None, 2),
        ("PANDAN-PASTE", None, 1),
        ("COCO-KARA", None, 1),
        ("COCO-DESICCATED", None, 4),
        ("CONDENSED-ALASKA", None, 1),
        ("EVAP-ALASKA", None, 1),
        ("NATA", None, 1),
        ("KAONG", None, 1),
        ("GULAMAN", "Yellow", 10),
        ("SAGO", None, 4),
        ("UBE-ICECREAM", None, 6),
        ("BUKO-STRIPS", None, 10),
        ("RICE-MALAGKIT", None, 2),
    ],
    extras=[("COCO-GRATED-FROZEN", None, 10)],
)

cust(
    "cebu-lechon-house",
    "Sugbo Lechon House",
    "Cebuano lechon restaurant, Hammersmith",
    "WHATSAPP",
    "+447700900616",
    "ceb",
    "regular",
    weeks=7,
    weekday=1,
    usual=[
        ("LIEMPO", None, 30),
        ("RICE-SINAN", "25kg", 3),
        ("SOY-DP", "1L (case of 12)", 2),
        ("VIN-SS", None, 2),
        ("PATIS-RUFINA", "350ml", 6),
        ("CALAMANSI-FROZEN", None, 10),
        ("LONG-VIGAN", None, 8),
        ("FISH-BANGUS", "Medium 300-400g", 2),
        ("DANGGIT", None, 6),
        ("BEER-SMB", "1L Grande (case of 12)", 2),
        ("BEER-REDHORSE", None, 2),
        ("MANGTOMAS", None, 1),
    ],
    extras=[("DILIS", None, 4)],
    deviation=("drop", "DANGGIT"),
)

cust(
    "bisaya-store-bristol",
    "Bisdak Store",
    "Filipino (Cebuano) grocery, Bristol",
    "SMS",
    "+447700900617",
    "ceb",
    "regular",
    weeks=6,
    weekday=3,
    usual=[
        ("RICE-SINAN", "10kg", 4),
        ("RICE-DINO", None, 2),
        ("LM-CANTON-ORIG", None, 1),
        ("LM-MAMI", None, 1),
        ("DILIS", None, 6),
        ("DANGGIT", None, 6),
        ("SARDINES-LIGO", None, 2),
        ("CB-PUREFOODS", None, 1),
        ("SKYFLAKES", None, 2),
        ("NESCAFE-3IN1", None, 6),
        ("KOPIKO-BROWN", None, 6),
        ("GALUNGGONG", None, 6),
        ("BAG-BALAYAN", None, 6),
        ("CALAMANSI-DRINK", None, 1),
    ],
    extras=[("BOY-BAWANG", None, 1)],
    deviation=("qty", "GALUNGGONG", 10),
)

cust(
    "tindahan-ni-inday",
    "Inday's Pinoy Mart",
    "Filipino (Cebuano) sari-sari store, Cardiff",
    "WHATSAPP",
    "+447700900618",
    "ceb",
    "steady",
    weeks=5,
    weekday=4,
    usual=[
        ("LM-CANTON-CHILI", None, 1),
        ("LM-CANTON-ORIG", None, 1),
        ("GREAT-TASTE", None, 10),
        ("MILO-3IN1", None, 6),
        ("CB-ARGENTINA", None, 1),
        ("SARDINES-LIGO", None, 1),
        ("EVAP-ALASKA", None, 1),
        ("SKYFLAKES", None, 1),
        ("KETCHUP-UFC-320", None, 1),
        ("SOY-SS", "385ml (case of 24)", 1),
        ("VIN-SS", None, 1),
        ("BAG-SWEET", None, 6),
    ],
    extras=[("BOY-BAWANG", None, 1)],
)

cust(
    "warung-sederhana",
    "Warung Sederhana",
    "Indonesian restaurant, Bayswater",
    "WHATSAPP",
    "+447700900619",
    "id",
    "regular",
    weeks=8,
    weekday=0,
    usual=[
        ("RICE-JAS-GP", None, 3),
        ("KECAP-BANGO", "620ml bottle (case of 12)", 2),
        ("KECAP-ASIN-ABC", None, 1),
        ("SAMBAL-OELEK-TUB", None, 4),
        ("TERASI", None, 6),
        ("COCO-KARA", None, 2),
        ("TEMPE", None, 20),
        ("KERUPUK-UDANG", "Natural", 6),
        ("EMPING", None, 6),
        ("GULA-JAWA", None, 6),
        ("BEER-BINTANG", "330ml bottle (case of 24)", 3),
        ("TEH-BOTOL", None, 3),
        ("IND-MIGORENG", None, 2),
    ],
    extras=[("BAKSO", None, 5)],
    deviation=("qty", "TEMPE", 30),
)

cust(
    "toko-nusantara",
    "Toko Nusantara",
    "Indonesian grocery, Manchester",
    "WHATSAPP",
    "+447700900620",
    "id",
    "regular",
    weeks=7,
    weekday=2,
    usual=[
        ("IND-MIGORENG", None, 6),
        ("IND-MIGORENG-PEDAS", None, 3),
        ("IND-SOTO", None, 2),
        ("IND-KARI", None, 2),
        ("IND-RENDANG", None, 2),
        ("KECAP-ABC", "275ml (case of 24)", 2),
        ("KECAP-BANGO", "220ml pouch (case of 24)", 2),
        ("SAMBAL-ABC", None, 2),
        ("SAMBAL-TERASI", None, 6),
        ("KERUPUK-UDANG", "Multicolour", 10),
        ("KERUPUK-BAWANG", None, 5),
        ("NDL-BIHUN-JAGUNG", None, 1),
        ("KAPAL-API", None, 10),
        ("TEH-BOTOL", None, 4),
        ("BEER-BINTANG", "620ml bottle (case of 12)", 2),
        ("RICE-PULUT-HITAM", None, 6),
        ("TEMPE", None, 10),
    ],
    extras=[("EMPING", None, 5)],
    deviation=("qty", "IND-MIGORENG", 8),
)

cust(
    "bakso-pak-budi",
    "Bakso Pak Budi",
    "Indonesian street-food stall, Camden Market",
    "SMS",
    "+447700900671",
    "id",
    "steady",
    weeks=6,
    weekday=1,
    usual=[
        ("BAKSO", None, 20),
        ("NDL-BIHUN-JAGUNG", None, 2),
        ("NDL-SOTANGHON", None, 1),
        ("KECAP-ABC", "600ml (case of 12)", 2),
        ("SAMBAL-ABC", None, 2),
        ("KERUPUK-BAWANG", None, 4),
        ("TEH-BOTOL", None, 2),
    ],
    extras=[("EMPING", None, 2)],
)

cust(
    "rasa-padang",
    "Rasa Padang",
    "Indonesian (Minang) restaurant, Edinburgh",
    "EMAIL",
    "pesanan@rasapadang.example",
    "id",
    "regular",
    weeks=6,
    weekday=0,
    usual=[
        ("RICE-JAS-RU", "20kg", 2),
        ("COCO-KARA", None, 4),
        ("RENDANG-PASTE", None, 2),
        ("SAMBAL-OELEK-TUB", None, 3),
        ("KECAP-ABC", "600ml (case of 12)", 1),
        ("TERASI", None, 4),
        ("EMPING", None, 4),
        ("KERUPUK-UDANG", "Natural", 4),
        ("GULA-JAWA", None, 4),
        ("TEMPE", None, 10),
        ("TAMARIND", None, 4),
        ("PANDAN-LEAVES", None, 6),
    ],
    extras=[("IKAN-BILIS", None, 1)],
    deviation=("drop", "PANDAN-LEAVES"),
)

cust(
    "mamak-corner",
    "Mamak Corner",
    "Malaysian mamak restaurant, Leicester",
    "WHATSAPP",
    "+447700900623",
    "ms",
    "regular",
    weeks=8,
    weekday=1,
    usual=[
        ("RICE-JAS-RU", "20kg", 2),
        ("BABAS-CURRY", None, 4),
        ("BABAS-FISH", None, 2),
        ("BELACAN", None, 6),
        ("SAMBAL-BELACAN", None, 6),
        ("IKAN-BILIS", None, 3),
        ("COCO-KARA", None, 3),
        ("MAGGI-KARI", None, 3),
        ("MILO-POWDER", None, 6),
        ("OLDTOWN", None, 6),
        ("CONDENSED-ALASKA", None, 2),
        ("EVAP-ALASKA", None, 1),
        ("KAYA", None, 6),
    ],
    extras=[("MILO-UHT", None, 2)],
    deviation=("qty", "MILO-POWDER", 8),
)

cust(
    "kedai-runcit-melati",
    "Kedai Runcit Melati",
    "Malaysian grocery, Glasgow",
    "SMS",
    "+447700900624",
    "ms",
    "steady",
    weeks=6,
    weekday=3,
    usual=[
        ("MAGGI-KARI", None, 4),
        ("MILO-UHT", None, 3),
        ("MILO-POWDER", None, 2),
        ("OLDTOWN", None, 6),
        ("KAYA", None, 6),
        ("BELACAN", None, 6),
        ("IKAN-BILIS", None, 2),
        ("KERUPUK-UDANG", "Multicolour", 4),
        ("LEKOR", None, 6),
        ("GULA-MELAKA", None, 6),
        ("COCO-KARA", None, 1),
        ("SAGO", None, 4),
    ],
    extras=[("SAMBAL-BELACAN", None, 3)],
)

cust(
    "nasi-lemak-co",
    "Nasi Lemak & Co",
    "Malaysian cafe, Camden",
    "EMAIL",
    "hello@nasilemakco.example",
    "en",
    "regular",
    weeks=7,
    weekday=0,
    usual=[
        ("RICE-JAS-RU", "10kg", 4),
        ("COCO-CHAOKOH", "400ml (case of 24)", 3),
        ("PANDAN-LEAVES", None, 10),
        ("IKAN-BILIS", None, 2),
        ("SAMBAL-BELACAN", None, 4),
        ("BELACAN", None, 2),
        ("GULA-MELAKA", None, 4),
        ("KAYA", None, 4),
        ("OLDTOWN", None, 4),
        ("MILO-POWDER", None, 3),
        ("TEH-BOTOL", None, 2),
        ("RICE-PULUT-HITAM", None, 4),
        ("RICE-MALAGKIT", None, 2),
    ],
    extras=[("PANDAN-PASTE", None, 1)],
    deviation=("qty", "PANDAN-LEAVES", 15),
)

cust(
    "kopitiam-ss2",
    "Kopitiam SS2",
    "Malaysian kopitiam, Birmingham",
    "WHATSAPP",
    "+447700900626",
    "ms",
    "steady",
    weeks=6,
    weekday=2,
    usual=[
        ("OLDTOWN", None, 10),
        ("MILO-POWDER", None, 4),
        ("CONDENSED-ALASKA", None, 2),
        ("EVAP-ALASKA", None, 2),
        ("KAYA", None, 10),
        ("MAGGI-KARI", None, 2),
        ("SAMBAL-BELACAN", None, 3),
        ("COCO-KARA", None, 1),
    ],
    extras=[("IKAN-BILIS", None, 1)],
)

cust(
    "island-kitchen-catering",
    "Island Kitchen Catering",
    "Filipino caterer, Hounslow",
    "EMAIL",
    "grace@islandkitchen.example",
    "en",
    "regular",
    weeks=6,
    weekday=4,
    usual=[
        ("RICE-JAS-RU", "20kg", 4),
        ("LUMPIA-SHANGHAI", None, 6),
        ("NDL-BIHON", None, 1),
        ("NDL-CANTON", None, 1),
        ("SOY-DP", "1L (case of 12)", 1),
        ("CALAMANSI-CONC", None, 4),
        ("LIEMPO", None, 20),
        ("SIOMAI", None, 4),
        ("WRAP-TYJ", 'Medium 8.5" (40 sheets)', 10),
        ("UBE-HALAYA", None, 6),
        ("LONG-HAMONADO", "1kg", 4),
        ("KETCHUP-UFC-1KG", None, 2),
    ],
    extras=[("MS-OYSTER", None, 1)],
    deviation=("qty", "LIEMPO", 25),
)

cust(
    "kampong-events",
    "Kampong Kitchen Events",
    "Malaysian and Indonesian events caterer, Slough",
    "EMAIL",
    "ahmad@kampongkitchen.example",
    "en",
    "irregular",
    weekday=2,
    baskets=[
        [
            ("RICE-JAS-RU", "20kg", 3),
            ("COCO-CHAOKOH", "400ml (case of 24)", 2),
            ("RENDANG-PASTE", None, 2),
            ("OTAK", None, 6),
            ("TEH-BOTOL", None, 3),
        ],
        [
            ("RICE-JAS-RU", "20kg", 2),
            ("COCO-KARA", None, 2),
            ("SAMBAL-OELEK-TUB", None, 3),
            ("KERUPUK-UDANG", "Natural", 4),
            ("PANDAN-LEAVES", None, 8),
        ],
        [
            ("RICE-JAS-RU", "20kg", 5),
            ("COCO-CHAOKOH", "400ml (case of 24)", 4),
            ("RENDANG-PASTE", None, 4),
            ("BELACAN", None, 4),
            ("IKAN-BILIS", None, 2),
            ("OTAK", None, 10),
            ("TEH-BOTOL", None, 5),
        ],
        [
            ("RICE-JAS-RU", "20kg", 2),
            ("LUMPIA-SHANGHAI", None, 6),
            ("OTAK", None, 4),
            ("KERUPUK-UDANG", "Natural", 3),
        ],
        [
            ("RICE-JAS-RU", "20kg", 4),
            ("COCO-CHAOKOH", "400ml (case of 24)", 3),
            ("COCO-KARA", None, 2),
            ("SAMBAL-OELEK-TUB", None, 4),
            ("PANDAN-LEAVES", None, 10),
            ("TEH-BOTOL", None, 4),
        ],
        [
            ("RICE-JAS-RU", "20kg", 3),
            ("RENDANG-PASTE", None, 3),
            ("OTAK", None, 8),
            ("BELACAN", None, 2),
            ("KERUPUK-UDANG", "Natural", 4),
            ("TEH-BOTOL", None, 3),
        ],
    ],
)

cust(
    "asian-mart-leeds",
    "Asia Mart Leeds",
    "pan-Southeast-Asian grocery, Leeds",
    "EMAIL",
    "purchasing@asiamartleeds.example",
    "en",
    "regular",
    weeks=8,
    weekday=3,
    usual=[
        ("IND-MIGORENG", None, 10),
        ("IND-MIGORENG-PEDAS", None, 5),
        ("LM-CANTON-ORIG", None, 4),
        ("LM-CANTON-CHILI", None, 2),
        ("MAGGI-KARI", None, 4),
        ("KECAP-ABC", "275ml (case of 24)", 4),
        ("SOY-DP", "1L (case of 12)", 2),
        ("VIN-DP", "1L (case of 12)", 2),
        ("SOY-SS", "1L (case of 12)", 2),
        ("COCO-CHAOKOH", "400ml (case of 24)", 4),
        ("COCO-AROYD", None, 4),
        ("PATIS-RUFINA", "750ml", 12),
        ("RICE-JAS-GP", None, 6),
        ("NESCAFE-3IN1", None, 12),
        ("KAPAL-API", None, 6),
        ("OLDTOWN", None, 6),
        ("KERUPUK-UDANG", "Multicolour", 6),
    ],
    extras=[("GREAT-TASTE", None, 10)],
    deviation=("qty", "PATIS-RUFINA", 24),
)

cust(
    "adobo-bros",
    "Adobo Bros",
    "Filipino street-food truck, London markets",
    "WHATSAPP",
    "+447700900631",
    "en",
    "steady",
    weeks=5,
    weekday=4,
    usual=[
        ("RICE-JAS-RU", "20kg", 2),
        ("SOY-SS", "Gallon 3.785L (case of 4)", 1),
        ("VIN-DP", "Gallon 3.785L (case of 4)", 1),
        ("LUMPIA-SHANGHAI", None, 4),
        ("TOCINO-CHICKEN", None, 6),
        ("LONG-LUCBAN", None, 6),
        ("CALAMANSI-CONC", None, 2),
        ("KETCHUP-UFC-320", None, 1),
        ("MANGTOMAS", None, 1),
    ],
    extras=[("TAPA", None, 4)],
)

cust(
    "restoran-selera",
    "Restoran Selera Kampung",
    "Malay restaurant, Cardiff",
    "WHATSAPP",
    "+447700900632",
    "ms",
    "regular",
    weeks=6,
    weekday=0,
    usual=[
        ("RICE-JAS-GP", None, 2),
        ("COCO-CHAOKOH", "400ml (case of 24)", 2),
        ("COCO-KARA", None, 2),
        ("BELACAN", None, 4),
        ("SAMBAL-OELEK-TUB", None, 2),
        ("BABAS-CURRY", None, 3),
        ("IKAN-BILIS", None, 2),
        ("TAMARIND", None, 4),
        ("GULA-MELAKA", None, 4),
        ("KERUPUK-UDANG", "Natural", 3),
        ("LEKOR", None, 4),
        ("PANDAN-LEAVES", None, 6),
        ("TEH-BOTOL", None, 2),
    ],
    extras=[("KAYA", None, 4)],
    deviation=("drop", "LEKOR"),
)

cust(
    "sinangag-express",
    "Sinangag Express",
    "Filipino takeaway opening 10 Aug 2028, Tooting",
    "WHATSAPP",
    "+447700900688",
    "tl",
    "new",
)

cust("warung-baru", "Warung Mbak Sri", "new Indonesian warung, Leeds", "SMS", "+447700900689", "id", "new")

cust(
    "tagay-bar",
    "Tagay Bar & Videoke",
    "Filipino bar and videoke, Kingston",
    "WHATSAPP",
    "+447700900634",
    "tl",
    "regular",
    weeks=6,
    weekday=3,
    usual=[
        ("BEER-SMB", "330ml bottle (case of 24)", 6),
        ("BEER-SMLIGHT", None, 4),
        ("BEER-REDHORSE", None, 6),
        ("BOY-BAWANG", None, 2),
        ("LUMPIA-SHANGHAI", None, 3),
        ("SIOMAI", None, 2),
        ("CALAMANSI-DRINK", None, 2),
    ],
    extras=[("TAPA", None, 2)],
    deviation=("qty", "BEER-REDHORSE", 8),
)

CUSTOMERS = {c["key"]: c for c in C}


def _line(t):
    sku, var, q = t
    d = {"sku": sku}
    if var is not None:
        d["variant"] = var
    d["quantity"] = q
    return d


def _basket(lines):
    return [_line(t) for t in lines]


def generate_histories(has_variants):
    """Return {customer key: [ {date, lines}, ... ]} (oldest first), fixed seeds."""
    out = {}
    for idx, c in enumerate(C):
        rng = random.Random(61000 + idx)
        if c["mode"] == "new":
            out[c["key"]] = []
            continue
        last = HIST_LAST_MONDAY + datetime.timedelta(days=c["weekday"])
        if c["mode"] == "irregular":
            baskets = c["baskets"]
        else:
            n = c["weeks"]
            usual = list(c["usual"])
            baskets = [list(usual) for _ in range(n)]
            earlier = list(range(n - 1))
            if c["mode"] == "steady":
                i1, i2 = rng.sample(earlier, 2)
                j = rng.randrange(len(usual))
                sku, var, q = baskets[i1][j]
                baskets[i1][j] = (sku, var, q + 1)
                baskets[i2] = baskets[i2] + [c["extras"][0]]
            else:
                i1 = rng.choice(earlier)
                baskets[i1] = baskets[i1] + [c["extras"][0]]
                dev = c["deviation"]
                lastb = list(usual)
                if dev[0] == "qty":
                    lastb = [(s, v, dev[2]) if s == dev[1] else (s, v, q) for (s, v, q) in lastb]
                elif dev[0] == "drop":
                    lastb = [t for t in lastb if t[0] != dev[1]]
                elif dev[0] == "extra":
                    lastb = lastb + [dev[1]]
                baskets[-1] = lastb
        n = len(baskets)
        orders = []
        for i, b in enumerate(baskets):
            d = last - datetime.timedelta(days=7 * (n - 1 - i))
            for sku, var, q in b:
                assert (var is not None) == has_variants(sku), (c["key"], sku, var)
            orders.append({"date": d.isoformat(), "lines": _basket(b)})
        out[c["key"]] = orders
    return out
