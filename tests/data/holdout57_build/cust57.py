# ruff: noqa  (hand-written data generator of blind set 57, kept as its writer left it)
# -*- coding: utf-8 -*-
"""Customers of the fifty-seventh blind set, their hand-written usual baskets and the seeded history generator."""

import datetime
import random

# key: (name, kind, channel, address, language, pattern, weeks, weekday, usual basket, extra line)
# basket lines: (sku, variant name or None for products without variants, quantity)
C = {}


def cust(key, name, kind, channel, address, language, pattern, weeks, weekday, usual, extra):
    C[key] = dict(
        name=name,
        kind=kind,
        channel=channel,
        address=address,
        language=language,
        pattern=pattern,
        weeks=weeks,
        weekday=weekday,
        usual=usual,
        extra=extra,
    )


cust(
    "paprika-csarda",
    "Paprika Csárda",
    "restaurant",
    "WHATSAPP",
    "+447700900701",
    "hu",
    "steady",
    7,
    0,
    [
        ("PAP-SZ-KUL", "1kg", 3),
        ("PAP-SZ-HOT", "500g", 2),
        ("SA-GYULAI", None, 4),
        ("SA-CSABAI", None, 3),
        ("DA-TEJF20", "5kg Bucket", 2),
        ("DA-TURO", "5kg", 1),
        ("FL-BL55", "25kg", 1),
        ("PK-KRAUT-5K", None, 2),
        ("LD-LARD", "5kg Bucket", 1),
        ("BR-DREHER", None, 3),
        ("WN-BIKAVER", None, 6),
        ("SPR-SZILVA", None, 2),
        ("PA-TARH", None, 1),
        ("PA-NOKEDLI", None, 2),
    ],
    ("PK-CSALAM", "2 x 3.6L Catering Jar", 1),
)
cust(
    "buda-deli",
    "Buda Deli",
    "deli",
    "SMS",
    "+447700900702",
    "hu",
    "regular",
    6,
    1,
    [
        ("SL-PICK", "800g", 6),
        ("SL-PICK-SL", None, 3),
        ("SL-HERZ", None, 4),
        ("LD-TEPERTO", None, 3),
        ("LD-TEPKREM", None, 2),
        ("DA-RUDI", None, 4),
        ("SW-BALATON-M", None, 2),
        ("PAP-SZ-KUL", "100g", 20),
        ("PAP-PA-MILD", None, 2),
        ("PAP-PA-HOT", None, 1),
        ("PAP-PISTA", None, 2),
        ("PK-GHERK", "8 x 670g Jar", 2),
        ("DA-TRAP", None, 5),
    ],
    ("WN-SZAMOR", None, 6),
)
cust(
    "kiskakas-pekseg",
    "Kiskakas Pékség",
    "bakery",
    "WHATSAPP",
    "+447700900703",
    "hu",
    "steady",
    6,
    2,
    [
        ("FL-BL55", "25kg", 6),
        ("FL-RETES", None, 4),
        ("FL-BL80", None, 3),
        ("BK-POPPY-GR", None, 5),
        ("BK-WALNUT", None, 4),
        ("DA-TURO", "5kg", 2),
        ("BK-YEAST", None, 2),
        ("BK-VANSUG", None, 1),
        ("LD-LARD", "5kg Bucket", 1),
        ("DA-TEJF20", "5kg Bucket", 1),
    ],
    ("BK-POPPY-FILL", None, 2),
)
cust(
    "tisza-bistro",
    "Tisza Bistro",
    "restaurant",
    "EMAIL",
    "kitchen@tisza-bistro.example",
    "en",
    "regular",
    7,
    3,
    [
        ("PAP-SZ-KUL", "1kg", 2),
        ("PAP-SMOKED", None, 2),
        ("SA-DEBR", None, 5),
        ("LD-SZAL-CSEM", None, 3),
        ("DA-TEJF12", None, 6),
        ("PK-CSALAM", "6 x 720ml Jar", 2),
        ("WN-FURMINT", None, 12),
        ("WN-ASZU5", None, 6),
        ("SPR-UNICUM", "0.7L", 2),
    ],
    ("PK-CHERRY", None, 1),
)
cust(
    "u-zlateho-lva",
    "U Zlatého Lva",
    "pub restaurant",
    "WHATSAPP",
    "+447700900704",
    "cs",
    "steady",
    8,
    0,
    [
        ("BR-PU-KEG", None, 4),
        ("BR-KOZEL10", None, 5),
        ("SPR-BECHER", "1L", 2),
        ("SPR-SLIVO", "0.7L", 2),
        ("DM-HOUSK", None, 3),
        ("SA-DOMACI", None, 6),
        ("PK-KRAUT-5K", None, 3),
        ("DA-HERMELIN", None, 2),
        ("DA-TVARUZ", None, 2),
        ("PK-GHERK", "3 x 3.4kg Jar", 2),
        ("WA-MAT-SP", None, 5),
    ],
    ("PK-FEFER", None, 1),
)
cust(
    "praha-deli",
    "Praha Deli",
    "deli",
    "SMS",
    "+447700900705",
    "cs",
    "regular",
    6,
    1,
    [
        ("SA-SPIS", None, 6),
        ("SA-VIDEN", None, 4),
        ("SL-LOVEC", None, 3),
        ("SL-POLIC", None, 3),
        ("DA-TVAR-MEK", None, 3),
        ("DA-HERMELIN", None, 2),
        ("SW-STUD", None, 2),
        ("SW-HORALKY", None, 2),
        ("SD-KOFOLA", "6 x 2L PET", 4),
        ("WA-MAT-ST", None, 3),
        ("SPR-BECHER", "0.5L", 6),
    ],
    ("SW-OPLATKY", None, 1),
)
cust(
    "vltava-kitchen",
    "Vltava Kitchen",
    "restaurant",
    "EMAIL",
    "nakup@vltava-kitchen.example",
    "cs",
    "regular",
    7,
    2,
    [
        ("FL-HLAD", "25kg", 2),
        ("FL-POLO", None, 2),
        ("DM-HOUSK", None, 4),
        ("DM-BRAMB", None, 2),
        ("DA-TEJF20", "5kg Bucket", 2),
        ("DA-SMET31", None, 3),
        ("DA-TVAR-TUC", None, 2),
        ("LD-SZAL-CSEM", None, 4),
        ("SA-DOMACI", None, 5),
        ("PK-KRAUT-5K", None, 4),
        ("BR-BUDVAR", None, 6),
        ("SD-KOFOLA", "12 x 0.5L PET", 4),
    ],
    ("SP-MARJ", None, 1),
)
cust(
    "pekarna-kolac",
    "Pekárna Koláč",
    "bakery",
    "WHATSAPP",
    "+447700900706",
    "cs",
    "steady",
    6,
    3,
    [
        ("FL-HRUBA", None, 4),
        ("FL-HLAD", "25kg", 3),
        ("BK-POPPY", "5kg", 2),
        ("BK-POPPY-FILL", None, 6),
        ("DA-TVAR-MEK", None, 4),
        ("BK-YEAST", None, 3),
        ("BK-VANSUG", None, 2),
        ("BK-WALNUT", None, 2),
        ("LD-LARD", "5kg Bucket", 1),
    ],
    ("SP-CARAWAY", None, 1),
)
cust(
    "salas-tatry",
    "Salaš Tatry",
    "restaurant",
    "WHATSAPP",
    "+447700900707",
    "sk",
    "steady",
    7,
    1,
    [
        ("DA-BRYN-1K", None, 10),
        ("DM-HALUS", None, 3),
        ("DA-OSTIEP", "Large 700g", 6),
        ("DA-KORB", None, 2),
        ("DA-PAREN", None, 2),
        ("BR-BAZANT", None, 6),
        ("BR-SARIS", None, 4),
        ("SPR-BOROV", None, 4),
        ("PK-KRAUT-1K", None, 2),
        ("DA-TEJF20", "5kg Bucket", 1),
        ("LD-SZAL-CSEM", None, 3),
    ],
    ("SPR-TATRA52", None, 2),
)
cust(
    "bratislava-bistro",
    "Bratislava Bistro",
    "bistro",
    "SMS",
    "+447700900708",
    "sk",
    "regular",
    6,
    2,
    [
        ("DA-BRYN-125", None, 3),
        ("DM-HALUS", None, 2),
        ("SA-SPIS", None, 4),
        ("SD-KOFOLA", "12 x 0.5L PET", 6),
        ("SD-VINEA", None, 4),
        ("SW-TAT-HAZ", None, 2),
        ("SW-HORALKY", None, 3),
        ("BR-SARIS", None, 3),
        ("SPR-SLIVO", "0.5L", 2),
    ],
    ("DA-KORB", None, 1),
)
cust(
    "slovensky-obchod",
    "Slovenský Obchod",
    "grocery",
    "EMAIL",
    "objednavky@slovensky-obchod.example",
    "sk",
    "regular",
    8,
    0,
    [
        ("SW-TAT-HAZ", None, 3),
        ("SW-TAT-COC", None, 3),
        ("SW-HORALKY", None, 4),
        ("SW-OPLATKY", None, 2),
        ("SD-KOFOLA", "6 x 2L PET", 6),
        ("SD-KOFOLA-BC", None, 3),
        ("SD-VINEA", None, 3),
        ("DA-BRYN-125", None, 4),
        ("DA-KORB", None, 3),
        ("DA-PAREN", None, 2),
        ("SPR-TATRA52", None, 3),
        ("SPR-TATRA72", None, 1),
        ("SPR-BOROV", None, 3),
        ("SW-PISKOTY", None, 2),
    ],
    ("SW-STUD", None, 2),
)
cust(
    "gostilna-lipa",
    "Gostilna Lipa",
    "restaurant",
    "WHATSAPP",
    "+447700900709",
    "sl",
    "steady",
    6,
    4,
    [
        ("SA-KRANJ", None, 10),
        ("PK-KRAUT-5K", None, 2),
        ("PK-AJVAR-M", None, 1),
        ("PK-HREN", None, 2),
        ("DA-TOLMINC", None, 4),
        ("FL-BELA", None, 3),
        ("FL-AJDOVA", None, 2),
        ("BR-LASKO", None, 8),
        ("WA-RADENSKA", None, 6),
        ("WN-CVICEK", None, 12),
        ("SPR-KORTE", None, 2),
    ],
    ("SP-VEGETA", None, 1),
)
cust(
    "kranjska-deli",
    "Kranjska Deli",
    "deli",
    "SMS",
    "+447700900710",
    "sl",
    "regular",
    6,
    0,
    [
        ("SA-KRANJ", None, 6),
        ("PK-AJVAR-M", None, 2),
        ("PK-AJVAR-H", None, 1),
        ("PK-HREN", None, 2),
        ("SP-VEGETA", None, 3),
        ("DA-TOLMINC", None, 3),
        ("BR-LASKO", None, 4),
        ("WA-RADENSKA", None, 4),
        ("LD-TEPKREM", None, 2),
    ],
    ("WN-CVICEK", None, 6),
)
cust(
    "pekarna-potica",
    "Pekarna Potica",
    "bakery",
    "EMAIL",
    "narocila@pekarna-potica.example",
    "sl",
    "regular",
    7,
    3,
    [
        ("FL-BELA", None, 6),
        ("BK-WALNUT", None, 5),
        ("BK-YEAST", None, 2),
        ("BK-VANSUG", None, 2),
        ("DA-TEJF20", "5kg Bucket", 1),
        ("FL-AJDOVA", None, 1),
        ("BK-POPPY-FILL", None, 2),
        ("BK-POPPY", "1kg", 4),
    ],
    ("DA-TURO", "5kg", 1),
)
cust(
    "danube-cafe",
    "Danube Café",
    "café",
    "WHATSAPP",
    "+447700900711",
    "en",
    "regular",
    6,
    1,
    [
        ("DA-RUDI", None, 3),
        ("SW-PISKOTY", None, 2),
        ("SW-BALATON-D", None, 2),
        ("DA-TURO", "1kg", 4),
        ("DA-TEJF12", None, 4),
        ("PAP-SZ-KUL", "500g", 2),
        ("SD-KOFOLA", "12 x 0.5L PET", 2),
        ("WA-MAT-SP", None, 4),
        ("PKG-BAGS", "White", 1),
    ],
    ("BK-POPPY-GR", None, 1),
)
cust(
    "bohemian-tap",
    "The Bohemian Tap",
    "bar",
    "SMS",
    "+447700900712",
    "en",
    "steady",
    7,
    3,
    [
        ("BR-PU-KEG", None, 3),
        ("BR-PU", "20 x 0.5L Bottle", 2),
        ("BR-KOZEL-CR", None, 3),
        ("BR-BUDVAR", None, 2),
        ("SPR-BECHER", "1L", 2),
        ("SPR-UNICUM", "0.7L", 1),
        ("SPR-TATRA52", None, 2),
        ("SPR-SLIVO", "0.7L", 2),
    ],
    ("SPR-BOROV", None, 1),
)
cust(
    "central-market",
    "Central Europa Market",
    "grocery",
    "EMAIL",
    "buying@centraleuropa-market.example",
    "en",
    "irregular",
    7,
    2,
    [
        ("SW-HORALKY", None, 3),
        ("SW-TAT-HAZ", None, 2),
        ("SW-TAT-COC", None, 2),
        ("SW-STUD", None, 2),
        ("SW-BALATON-M", None, 2),
        ("SD-KOFOLA", "6 x 2L PET", 5),
        ("SD-VINEA", None, 3),
        ("PK-GHERK", "8 x 670g Jar", 3),
        ("PK-AJVAR-M", None, 2),
        ("PK-FILLPEP", None, 2),
        ("SP-VEGETA", None, 4),
        ("PAP-SZ-KUL", "100g", 20),
        ("PA-TARH", None, 2),
        ("DA-BRYN-125", None, 2),
        ("SA-SPIS", None, 4),
        ("SL-PICK-SL", None, 3),
        ("WA-MAT-SP", None, 4),
        ("WA-MAT-ST", None, 4),
        ("BR-DREHER", None, 2),
        ("SPR-BECHER", "0.5L", 4),
    ],
    None,
)
cust(
    "goulash-go",
    "Goulash & Go",
    "food truck",
    "WHATSAPP",
    "+447700900713",
    "en",
    "regular",
    6,
    4,
    [
        ("PAP-SZ-KUL", "1kg", 2),
        ("PAP-SMOKED", None, 1),
        ("SA-DEBR", None, 4),
        ("SA-CSABAI", None, 2),
        ("DA-TEJF20", "850g Tub", 6),
        ("PA-NOKEDLI", None, 2),
        ("PK-LECSO", None, 2),
        ("SD-VINEA", None, 2),
        ("SD-KOFOLA", "12 x 0.5L PET", 3),
        ("PKG-BAGS", "Brown Kraft", 1),
    ],
    ("PK-FEFER", None, 1),
)
cust(
    "carpathia-hotel",
    "Carpathia Hotel",
    "hotel kitchen",
    "EMAIL",
    "purchasing@carpathia-hotel.example",
    "en",
    "steady",
    6,
    0,
    [
        ("SL-HERZ", None, 2),
        ("SL-PICK", "1.5kg Whole", 2),
        ("DA-EIDAM45", None, 5),
        ("DA-TRAP", None, 4),
        ("DA-TURO", "5kg", 1),
        ("DA-TEJF20", "5kg Bucket", 2),
        ("PK-GHERK", "3 x 3.4kg Jar", 2),
        ("FL-BL55", "10kg", 3),
        ("WN-ASZU6", None, 6),
        ("SPR-UNICUM", "1L", 2),
        ("WA-MAT-ST", None, 8),
        ("SW-PISKOTY", None, 2),
    ],
    ("WN-FURMINT", None, 6),
)
cust(
    "pivnica-bystrica",
    "Pivnica Bystrica",
    "pub",
    "WHATSAPP",
    "+447700900714",
    "sk",
    "steady",
    6,
    2,
    [
        ("BR-BAZANT", None, 8),
        ("BR-SARIS", None, 6),
        ("BR-KOZEL10", None, 4),
        ("SPR-BOROV", None, 3),
        ("SPR-TATRA52", None, 2),
        ("DA-BRYN-125", None, 2),
        ("DA-KORB", None, 2),
        ("DA-OSTIEP", "Small 250g", 10),
    ],
    ("DA-PAREN", None, 1),
)
cust(
    "langos-lab",
    "Lángos Lab",
    "food truck (first-time customer)",
    "WHATSAPP",
    "+447700900715",
    "hu",
    "new",
    0,
    0,
    [],
    None,
)
cust(
    "pivnice-nova-vlna",
    "Pivnice Nová Vlna",
    "beer hall (first-time customer, opening 10 June)",
    "EMAIL",
    "provoz@pivnice-novavlna.example",
    "cs",
    "new",
    0,
    0,
    [],
    None,
)

LAST_WEEK_START = datetime.date(2028, 5, 22)  # Monday of the last history week


def _fmt(line):
    sku, var, q = line
    d = {"sku": sku}
    if var is not None:
        d["variant"] = var
    d["quantity"] = q
    return d


def generate(has_variants):
    """Return {customer: [orders]} with fixed seeds; orders oldest first."""
    out = {}
    for key in sorted(C):
        c = C[key]
        rnd = random.Random("hist57-" + key)
        n = c["weeks"]
        orders = []
        if c["pattern"] == "new":
            out[key] = []
            continue
        dates = [
            LAST_WEEK_START - datetime.timedelta(weeks=n - 1 - i) + datetime.timedelta(days=c["weekday"])
            for i in range(n)
        ]
        usual = list(c["usual"])
        if c["pattern"] == "irregular":
            seen = set()
            for d in dates:
                while True:
                    k = rnd.randint(6, 10)
                    pick = sorted(rnd.sample(range(len(usual)), k))
                    basket = [
                        (usual[i][0], usual[i][1], max(1, usual[i][2] + rnd.choice([-1, 0, 0, 1, 2])))
                        for i in pick
                    ]
                    sig = tuple(basket)
                    if sig not in seen:
                        seen.add(sig)
                        break
                orders.append({"date": d.isoformat(), "lines": [_fmt(x) for x in basket]})
            out[key] = orders
            continue
        # steady: usual every week except one week with one quantity more and one with an extra line,
        # ending on the usual.  regular: one week with an extra line; last order differs from the usual
        # by the quantity of its first line (+2).
        baskets = [list(usual) for _ in range(n)]
        i_extra = rnd.randint(1, n - 3)
        baskets[i_extra] = baskets[i_extra] + [c["extra"]]
        if c["pattern"] == "steady":
            i_more = rnd.choice([i for i in range(0, n - 1) if i != i_extra])
            j = rnd.randrange(len(usual))
            s, v, q = baskets[i_more][j]
            baskets[i_more][j] = (s, v, q + 1)
        else:
            s, v, q = baskets[-1][0]
            baskets[-1][0] = (s, v, q + 2)
        for d, b in zip(dates, baskets):
            orders.append({"date": d.isoformat(), "lines": [_fmt(x) for x in b]})
        out[key] = orders
    return out
