# ruff: noqa  (hand-written data generator of blind set 43, kept as its writer left it)
"""Customers of set 43, their hand-written usual baskets, and the seeded weekly history generator."""

import datetime
import random

# kind: steady (last order = usual), regular (last order differs from usual by one change),
# varied (never repeats a basket), new (no orders)
# (key, name, kind_of_business, channel, address, language, pattern, weeks, weekday, usual, extras)
C = []


def cust(key, name, kind, channel, address, language, pattern, weeks, weekday, usual, extras):
    C.append(
        dict(
            key=key,
            name=name,
            kind=kind,
            channel=channel,
            address=address,
            language=language,
            pattern=pattern,
            weeks=weeks,
            weekday=weekday,
            usual=usual,
            extras=extras,
        )
    )


cust(
    "mithai-mahal",
    "Mithai Mahal",
    "sweet shop",
    "WHATSAPP",
    "+447700900431",
    "hi",
    "steady",
    7,
    0,
    [
        ("BESAN", 4, "20kg"),
        ("GHEE-PURE", 2, "15kg Tin"),
        ("SUGAR-SACK", 6, None),
        ("KHOYA", 20, None),
        ("CASHEW-BROKEN", 5, None),
        ("PISTA-SLIVERS", 4, None),
        ("VARK-SILVER", 3, "Small 7.5cm (pack of 150)"),
        ("COLOUR-POWDER", 2, "Kesari"),
        ("BOX-PRINTED", 4, "500g"),
        ("BOX-PRINTED", 2, "1kg"),
        ("CUPS-PAPER", 2, "Gold"),
        ("GJ-TIN", 2, None),
    ],
    [("SOOJI", 2, None), ("ROSE-WATER", 1, None), ("DESICCATED", 2, None)],
)
cust(
    "sohna-sweets",
    "Sohna Sweet Centre",
    "sweet shop",
    "WHATSAPP",
    "+447700900432",
    "pa",
    "regular",
    6,
    1,
    [
        ("LADDU-MOTICHOOR", 15, None),
        ("JALEBI", 10, None),
        ("BARFI-PISTA", 8, None),
        ("BHUJIA-SEV-HAL", 3, "1kg (case of 10)"),
        ("ALOO-BHUJIA", 2, "1kg (case of 10)"),
        ("SAMOSA-VEG", 6, None),
        ("GJ-TIN", 2, None),
        ("BOX-WINDOW", 4, "Red"),
        ("TRAY-PLASTIC", 1, "Medium 500g"),
        ("RASMALAI-CHILLED", 5, None),
    ],
    [("KALAKAND", 3, None), ("MILK-CAKE", 3, None), ("IMARTI", 2, None)],
)
cust(
    "gurdwara-langar",
    "Guru Nanak Gurdwara Langar Kitchen",
    "gurdwara kitchen",
    "SMS",
    "+447700900433",
    "pa",
    "steady",
    8,
    4,
    [
        ("ATTA", 10, None),
        ("GHEE-PURE", 3, "15kg Tin"),
        ("SUGAR-SACK", 4, None),
        ("BESAN", 2, "20kg"),
        ("OIL-VEG", 3, None),
        ("MILK-POWDER-SACK", 2, None),
        ("CARDAMOM", 1, None),
        ("SOOJI", 2, None),
    ],
    [("RAISIN-GOLDEN", 2, None), ("DESICCATED", 1, None)],
)
cust(
    "jalaram-farsan",
    "Jalaram Farsan House",
    "farsan shop",
    "WHATSAPP",
    "+447700900434",
    "gu",
    "regular",
    7,
    2,
    [
        ("SEV-NYLON", 10, None),
        ("GATHIYA", 8, None),
        ("POHA-CHEVDA", 4, None),
        ("KHAKHRA-METHI", 3, None),
        ("KHAKHRA-MASALA", 2, None),
        ("BESAN", 6, "20kg"),
        ("OIL-VEG", 4, None),
        ("CHAKLI", 2, None),
        ("MOONG-DAL-HAL", 2, None),
        ("BAG-CARRIER", 1, "Small (pack of 500)"),
    ],
    [("CHANA-DAL-NAMKEEN", 3, None), ("SHAKARPARA", 1, None)],
)
cust(
    "ambica-sweets",
    "Ambica Sweets",
    "sweet shop",
    "EMAIL",
    "orders@ambica-sweets.example",
    "en",
    "steady",
    6,
    3,
    [
        ("KAJU-KATLI", 12, None),
        ("PEDA-KESAR", 6, None),
        ("BARFI-MILK", 6, None),
        ("LADDU-BESAN", 8, None),
        ("SOAN-PAPDI", 2, "250g Box (case of 24)"),
        ("BOX-PRINTED", 3, "250g"),
        ("VARK-SILVER", 2, "Large 10cm (pack of 150)"),
        ("GHEE-PURE", 4, "2kg Tin"),
        ("SAFFRON", 1, None),
        ("CARDAMOM", 1, None),
    ],
    [("CHAROLI", 1, None), ("BUTTER-PAPER", 1, None)],
)
cust(
    "royal-bengal",
    "Royal Bengal Sweets",
    "sweet shop",
    "WHATSAPP",
    "+447700900436",
    "en",
    "regular",
    6,
    0,
    [
        ("RASGULLA-TIN", 3, "1kg Tin (case of 12)"),
        ("CHAM-CHAM", 6, None),
        ("CHHENA", 10, None),
        ("SUGAR-SACK", 3, None),
        ("RASMALAI-TIN", 2, None),
        ("KHOYA", 5, None),
        ("CUPS-PAPER", 2, "White"),
        ("TRAY-PLASTIC", 2, "Small 250g"),
    ],
    [("DESICCATED", 1, None), ("KEWRA-WATER", 1, None)],
)
cust(
    "raja-cash-carry",
    "Raja Cash & Carry",
    "cash and carry",
    "EMAIL",
    "purchasing@raja-cashcarry.example",
    "en",
    "steady",
    7,
    1,
    [
        ("ALOO-BHUJIA", 10, "200g (case of 40)"),
        ("ALOO-BHUJIA", 4, "400g (case of 24)"),
        ("BHUJIA-SEV-HAL", 6, "200g (case of 40)"),
        ("BIKANERI-BHUJIA", 4, None),
        ("MOONG-DAL-HAL", 6, None),
        ("NAVRATTAN", 6, "200g (case of 40)"),
        ("KHATTA-MEETHA", 4, None),
        ("SOAN-PAPDI", 6, "500g Box (case of 12)"),
        ("GJ-TIN", 8, None),
        ("RASGULLA-TIN", 6, "1kg Tin (case of 12)"),
        ("ROOH-AFZA", 5, None),
        ("MANGO-PULP-ALPH", 10, None),
        ("CONDENSED-MILK", 4, None),
        ("MAKHANA", 3, None),
    ],
    [("CHAKLI", 3, None), ("MATHRI", 2, None)],
)
cust(
    "shree-krishna",
    "Shree Krishna Mithai",
    "sweet shop",
    "WHATSAPP",
    "+447700900438",
    "hi",
    "regular",
    6,
    2,
    [
        ("KHOYA", 15, None),
        ("CHHENA", 5, None),
        ("BESAN-COARSE", 3, None),
        ("BURA", 4, None),
        ("GHEE-PURE", 2, "15kg Tin"),
        ("VARK-SILVER", 2, "Small 7.5cm (pack of 150)"),
        ("ESSENCE-KEWRA", 1, None),
        ("PISTA-KERNEL", 2, None),
        ("ALMOND-SLIVERS", 2, None),
        ("BOX-WINDOW", 3, "Gold"),
    ],
    [("CHAROLI", 1, None), ("SAFFRON", 1, None)],
)
cust(
    "punjab-dhaba",
    "Punjab Da Dhaba",
    "restaurant",
    "WHATSAPP",
    "+447700900439",
    "pa",
    "regular",
    5,
    3,
    [
        ("PANEER", 6, "2.5kg"),
        ("GHEE-PURE", 3, "2kg Tin"),
        ("KULFI-MALAI", 4, None),
        ("GAJAR-HALWA", 3, None),
        ("GULAB-JAMUN-LOOSE", 5, None),
        ("SAMOSA-PANEER", 2, None),
        ("ROOH-AFZA", 1, None),
        ("OIL-VEG", 2, None),
        ("BESAN", 1, "10kg"),
    ],
    [("JALEBI", 3, None), ("MANGO-PULP-KESAR", 2, None)],
)
cust(
    "spice-village",
    "Spice Village Grocers",
    "grocery shop",
    "SMS",
    "+447700900440",
    "en",
    "steady",
    6,
    4,
    [
        ("ALOO-BHUJIA", 4, "200g (case of 40)"),
        ("MOONG-DAL-HAL", 3, None),
        ("BOMBAY-MIX", 2, None),
        ("KHAKHRA-JEERA", 2, None),
        ("MAKHANA", 2, None),
        ("MANGO-PULP-KESAR", 4, None),
        ("CONDENSED-MILK", 2, None),
        ("ROSE-WATER", 1, None),
        ("SAFFRON", 1, None),
    ],
    [("CHANA-DAL-NAMKEEN", 2, None), ("NAMAK-PARA", 1, None)],
)
cust(
    "lakshmi-stores",
    "Lakshmi Stores",
    "grocery and sweet shop",
    "WHATSAPP",
    "+447700900441",
    "en",
    "steady",
    5,
    5,
    [
        ("MYSORE-PAK", 5, None),
        ("CHAKLI", 4, None),
        ("LADDU-BOONDI", 4, None),
        ("SOOJI", 2, None),
        ("CASHEW-WHOLE", 3, None),
        ("RAISIN-GOLDEN", 2, None),
        ("CARDAMOM", 1, None),
        ("GHEE-PURE", 12, "1kg Jar"),
        ("IMARTI", 3, None),
    ],
    [("DESICCATED", 2, None), ("BOMBAY-MIX", 1, None)],
)
cust(
    "shaadi-caterers",
    "Shaadi Events Catering",
    "wedding caterer",
    "EMAIL",
    "events@shaadi-events.example",
    "en",
    "varied",
    5,
    1,
    [],
    [
        ("MITHAI-ASSORTED", 30, None),
        ("LADDU-MOTICHOOR", 25, None),
        ("JALEBI", 20, None),
        ("GULAB-JAMUN-LOOSE", 20, None),
        ("RASMALAI-CHILLED", 12, None),
        ("KULFI-MALAI", 10, None),
        ("KULFI-MANGO", 8, None),
        ("SAMOSA-VEG", 10, None),
        ("PANEER", 8, "2.5kg"),
        ("GAJAR-HALWA", 6, None),
        ("BOX-PRINTED", 5, "500g"),
        ("TRAY-PLASTIC", 2, "Large 1kg"),
        ("ROOH-AFZA", 3, None),
        ("MANGO-PULP-ALPH", 6, None),
        ("KAJU-KATLI", 15, None),
    ],
)
cust(
    "chai-corner",
    "Chai Corner Cafe",
    "cafe",
    "WHATSAPP",
    "+447700900443",
    "en",
    "regular",
    6,
    3,
    [
        ("SAMOSA-VEG", 4, None),
        ("SAMOSA-PANEER", 2, None),
        ("KULFI-PISTA", 2, None),
        ("KULFI-MANGO", 2, None),
        ("GJ-TIN", 1, None),
        ("BAG-CARRIER", 1, "Small (pack of 500)"),
        ("ROOH-AFZA", 1, None),
        ("CARDAMOM", 1, None),
        ("MILK-POWDER-1KG", 1, None),
    ],
    [("KACHORI-KHASTA", 1, None), ("MATHRI", 1, None)],
)
cust(
    "anand-bhavan",
    "Anand Bhavan Sweets",
    "sweet shop",
    "WHATSAPP",
    "+447700900444",
    "hi",
    "steady",
    6,
    1,
    [
        ("MILK-CAKE", 6, None),
        ("KALAKAND", 5, None),
        ("CHAM-CHAM", 4, None),
        ("IMARTI", 4, None),
        ("KAJU-ROLL", 3, None),
        ("MITHAI-ASSORTED", 10, None),
        ("SOAN-PAPDI", 2, "500g Box (case of 12)"),
        ("TRAY-PLASTIC", 2, "Large 1kg"),
        ("BOX-PRINTED", 3, "1kg"),
        ("COLOUR-LIQUID", 1, "Red"),
    ],
    [("BUTTER-PAPER", 1, None), ("CHAROLI", 1, None)],
)
cust(
    "noor-sweets",
    "Noor Sweets & Bakery",
    "sweet shop and bakery",
    "WHATSAPP",
    "+447700900445",
    "en",
    "regular",
    6,
    2,
    [
        ("JALEBI", 8, None),
        ("GULAB-JAMUN-LOOSE", 6, None),
        ("BARFI-COCONUT", 4, None),
        ("BARFI-MILK", 4, None),
        ("SUGAR-SACK", 5, None),
        ("MAIDA", 4, None),
        ("GHEE-VEG", 2, None),
        ("OIL-VEG", 2, None),
        ("DESICCATED", 3, None),
        ("COLOUR-POWDER", 1, "Sunset Orange"),
        ("BOX-WINDOW", 3, "Purple"),
    ],
    [("ICING-SUGAR", 2, None), ("BUTTER-PAPER", 1, None)],
)
cust(
    "kesar-sweet-mart",
    "Kesar Sweet Mart",
    "sweet shop",
    "EMAIL",
    "accounts@kesarsweetmart.example",
    "gu",
    "regular",
    7,
    4,
    [
        ("KESAR-KAJU-KATLI", 6, None),
        ("KAJU-KATLI-BOX", 4, None),
        ("SHAKARPARA", 3, None),
        ("NAMAK-PARA", 3, None),
        ("KHAKHRA-METHI", 4, None),
        ("MANGO-PULP-KESAR", 3, None),
        ("BOX-PRINTED", 5, "500g"),
        ("CUPS-PAPER", 2, "Red"),
        ("VARK-GOLD", 1, None),
        ("VARK-SILVER", 2, "Large 10cm (pack of 150)"),
    ],
    [("MATHRI", 2, None), ("CHAKLI", 1, None)],
)
cust(
    "ram-mandir",
    "Shri Ram Mandir Kitchen",
    "temple kitchen",
    "SMS",
    "+447700900447",
    "hi",
    "steady",
    5,
    5,
    [
        ("LADDU-BOONDI", 10, None),
        ("LADDU-BESAN", 5, None),
        ("PEDA-MATHURA", 3, None),
        ("GHEE-PURE", 1, "15kg Tin"),
        ("SUGAR-SACK", 2, None),
        ("BESAN", 1, "20kg"),
        ("MAKHANA", 2, None),
        ("CHAROLI", 1, None),
    ],
    [("RAISIN-GREEN", 1, None)],
)
cust(
    "halwai-express",
    "Halwai Express",
    "sweet shop",
    "SMS",
    "+447700900448",
    "en",
    "regular",
    6,
    0,
    [
        ("BESAN", 3, "10kg"),
        ("SOOJI", 2, None),
        ("GHEE-PURE", 4, "2kg Tin"),
        ("SUGAR-CASTER", 2, None),
        ("ALMOND-FLAKED", 2, None),
        ("PISTA-SLIVERS", 2, None),
        ("COLOUR-POWDER", 1, "Kesari"),
        ("ESSENCE-ROSE", 1, None),
        ("BOX-WINDOW", 2, "Red"),
        ("BAG-CARRIER", 1, "Large (pack of 250)"),
    ],
    [("ICING-SUGAR", 1, None), ("BUTTER-PAPER", 1, None)],
)
cust(
    "desi-delights",
    "Desi Delights (market stall)",
    "market stall",
    "WHATSAPP",
    "+447700900449",
    "pa",
    "regular",
    5,
    5,
    [
        ("JALEBI", 5, None),
        ("SAMOSA-VEG", 3, None),
        ("BOMBAY-MIX", 1, None),
        ("NAMAK-PARA", 2, None),
        ("KHATTA-MEETHA", 2, None),
        ("CHANA-DAL-NAMKEEN", 2, None),
        ("BAG-CARRIER", 1, "Small (pack of 500)"),
        ("CUPS-PAPER", 1, "White"),
        ("OIL-VEG", 1, None),
    ],
    [("MATHRI", 1, None), ("GATHIYA", 2, None)],
)
cust(
    "patel-sons",
    "Patel & Sons Grocers",
    "grocery shop",
    "EMAIL",
    "orders@patelandsons.example",
    "en",
    "steady",
    6,
    2,
    [
        ("ALOO-BHUJIA", 3, "400g (case of 24)"),
        ("NAVRATTAN", 2, "400g (case of 24)"),
        ("CORNFLAKES-MIX", 3, None),
        ("POHA-CHEVDA", 2, None),
        ("KHAKHRA-MASALA", 2, None),
        ("KHAKHRA-JEERA", 2, None),
        ("MANGO-PULP-ALPH", 6, None),
        ("ROSE-WATER", 2, None),
        ("MAKHANA", 2, None),
        ("SOAN-PAPDI", 4, "250g Box (case of 24)"),
        ("CONDENSED-MILK", 2, None),
    ],
    [("SHAKARPARA", 1, None), ("KACHORI-KHASTA", 1, None)],
)
cust(
    "amritsari-sweets",
    "Amritsari Sweet House",
    "sweet shop",
    "WHATSAPP",
    "+447700900451",
    "pa",
    "steady",
    6,
    3,
    [
        ("BESAN-COARSE", 2, None),
        ("KHOYA", 10, None),
        ("GHEE-PURE", 1, "15kg Tin"),
        ("ALMOND-WHOLE", 3, None),
        ("PISTA-KERNEL", 1, None),
        ("GAJAR-HALWA", 2, None),
        ("MILK-CAKE", 4, None),
        ("GULAB-JAMUN-LOOSE", 5, None),
        ("BOX-PRINTED", 3, "500g"),
        ("SUGAR-SACK", 3, None),
    ],
    [("CHAROLI", 1, None), ("BUTTER-PAPER", 1, None)],
)
cust(
    "ganesh-sweets",
    "Ganesh Sweets & Farsan",
    "sweet shop",
    "WHATSAPP",
    "+447700900452",
    "en",
    "regular",
    6,
    4,
    [
        ("KAJU-KATLI", 8, None),
        ("LADDU-MOTICHOOR", 6, None),
        ("JALEBI", 6, None),
        ("GATHIYA", 4, None),
        ("SEV-RATLAMI", 4, None),
        ("KULFI-MANGO", 3, None),
        ("ALMOND-WHOLE", 2, None),
        ("CASHEW-WHOLE", 2, None),
        ("BOX-WINDOW", 2, "Gold"),
        ("CUPS-PAPER", 1, "Gold"),
    ],
    [("NAMAK-PARA", 1, None), ("DESICCATED", 1, None)],
)
cust(
    "mithai-corner",
    "Mithai Corner Coventry",
    "new sweet shop",
    "WHATSAPP",
    "+447700900453",
    "en",
    "new",
    0,
    0,
    [],
    [],
)
cust(
    "rangoli-kitchen",
    "Rangoli Kitchen",
    "new restaurant",
    "EMAIL",
    "hello@rangoli-kitchen.example",
    "en",
    "new",
    0,
    0,
    [],
    [],
)

SEED = 4343
LAST_MONDAY = datetime.date(2028, 10, 2)  # week before the messages (2028-10-09 .. 10-15)


def _vary(rng, basket, extras, kind):
    b = [list(x) for x in basket]
    if kind == "qty":
        i = rng.randrange(len(b))
        b[i][1] = b[i][1] + rng.choice([1, 2]) if b[i][1] < 3 or rng.random() < 0.5 else b[i][1] - 1
    elif kind == "drop":
        del b[rng.randrange(len(b))]
    elif kind == "extra":
        e = rng.choice(extras)
        b.append(list(e))
    return [tuple(x) for x in b]


def histories():
    rng = random.Random(SEED)
    out = []
    for c in C:
        orders = []
        n = c["weeks"]
        dates = [
            LAST_MONDAY + datetime.timedelta(days=c["weekday"]) - datetime.timedelta(weeks=n - 1 - i)
            for i in range(n)
        ]
        if c["pattern"] == "varied":
            seen = set()
            for d in dates:
                while True:
                    k = rng.randint(4, 7)
                    basket = sorted(rng.sample(c["extras"], k))
                    key = tuple(basket)
                    if key not in seen:
                        seen.add(key)
                        break
                orders.append((d, basket))
        elif c["pattern"] in ("steady", "regular"):
            usual = c["usual"]
            vary_idx = {1: None, 3: None} if c["pattern"] == "steady" else {1: None, n - 1: None}
            kinds = ["qty", "drop", "extra"]
            used = set()
            for i, d in enumerate(dates):
                if i in vary_idx:
                    while True:
                        b = _vary(rng, usual, c["extras"], rng.choice(kinds))
                        if tuple(b) != tuple(usual) and tuple(b) not in used:
                            used.add(tuple(b))
                            break
                    orders.append((d, b))
                else:
                    orders.append((d, list(usual)))
        rows = []
        for d, basket in orders:
            lines = []
            for sku, q, v in basket:
                ln = {"sku": sku, "quantity": q}
                if v is not None:
                    ln["variant"] = v
                lines.append(ln)
            rows.append({"date": d.isoformat(), "lines": lines})
        out.append(
            {
                "customer": c["key"],
                "name": c["name"],
                "kind": c["kind"],
                "channel": c["channel"],
                "address": c["address"],
                "language": c["language"],
                "orders": rows,
            }
        )
    return out
