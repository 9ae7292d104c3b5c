# ruff: noqa  (hand-written data generator of blind set 42, kept as its writer left it)
"""Customers of the 42nd blind set, their hand-written usual baskets, and the seeded history generator."""

import datetime
import random

FIRST_MESSAGE_DAY = datetime.date(2028, 5, 1)  # Monday; messages run 05-01 .. 05-07

# key, name, kind, channel, address, language, pattern, weekday of the weekly order, usual basket, extras
# basket lines: (sku, variant or None, quantity)
CUSTOMERS = [
    (
        "seoul-smoke",
        "Seoul Smoke KBBQ",
        "Korean BBQ restaurant (Soho)",
        "WHATSAPP",
        "+447700900841",
        "en",
        "steady",
        0,
        [
            ("PK-SAMG", "Thick Cut 2cm", 25),
            ("PK-MOKSAL", None, 12),
            ("BF-CHADOL", None, 8),
            ("BF-GALBISAL", None, 10),
            ("MR-BULGOGI", None, 4),
            ("JG-SSAMJANG", "3kg", 2),
            ("KC-MAT", "10kg Tub", 2),
            ("SJ-CHAM-FRESH", None, 6),
            ("BR-CASS", "24 x 355ml Can", 3),
            ("CH-BINCHO", None, 4),
            ("PA-APRON", "Black", 2),
        ],
        [("CH-TONGS", None, 10), ("SD-CIDER", None, 2)],
    ),
    (
        "hanok-house",
        "Hanok House",
        "Korean restaurant (New Malden)",
        "WHATSAPP",
        "+447700900842",
        "ko",
        "regular",
        1,
        [
            ("BF-LAGALBI", None, 15),
            ("MR-DWGALBI", None, 6),
            ("KC-POGI", "10kg Tub", 2),
            ("KC-KKAK", "5kg Tub", 1),
            ("JG-GOCHU-HC", "14kg", 1),
            ("JG-DOENJANG", "14kg", 1),
            ("SC-JINSOY", "15L", 1),
            ("OL-SESAME", "1.8L", 4),
            ("RC-SHORT", "20kg", 3),
            ("ND-DANGMYEON", None, 4),
            ("SJ-CHAM-ORIG", None, 4),
            ("MK-JANGSU", None, 3),
        ],
        [("SW-MIYEOK", None, 2), ("TK-SLICED", None, 3)],
    ),
    (
        "gangnam-grill",
        "Gangnam Grill Ltd",
        "Korean BBQ restaurant (Manchester)",
        "EMAIL",
        "orders@gangnamgrill.example",
        "en",
        "regular",
        2,
        [
            ("PK-SAMG", "Sliced 1cm", 30),
            ("PK-HANGJ", None, 6),
            ("BF-DEUNGSIM", None, 8),
            ("BF-LAGALBI", None, 12),
            ("SC-GALBI", None, 3),
            ("JG-SSAMJANG", "3kg", 3),
            ("KC-POGI", "10kg Tub", 2),
            ("CH-LUMP", None, 6),
            ("GR-MESH", None, 4),
            ("PA-NAPKIN", "White", 1),
            ("SJ-CHUM", None, 5),
            ("BR-TERRA", None, 4),
        ],
        [("CH-SCISSORS", None, 6), ("PW-SESAME", None, 1)],
    ),
    (
        "pocha-night",
        "Pocha Night",
        "Korean pub (pojangmacha, Shoreditch)",
        "WHATSAPP",
        "+447700900843",
        "ko",
        "steady",
        3,
        [
            ("SJ-CHAM-FRESH", None, 10),
            ("SJ-GRAPEFRUIT", None, 4),
            ("SJ-GREENGRAPE", None, 3),
            ("MK-KOOK", "20 x 750ml Bottle", 3),
            ("BR-CASS", "24 x 500ml Can", 4),
            ("FZ-EOMUK-SK", None, 3),
            ("TK-RICE", "Regular", 6),
            ("RM-SARI", None, 1),
            ("FZ-CORNDOG", None, 2),
            ("SD-MILKIS", None, 2),
        ],
        [("SJ-PLUM", None, 2), ("CH-GAS", None, 1)],
    ),
    (
        "crispy-dak",
        "Crispy Dak",
        "Korean fried chicken takeaway (Croydon)",
        "WHATSAPP",
        "+447700900844",
        "en",
        "regular",
        0,
        [
            ("CK-WINGS", None, 8),
            ("CK-THIGH", None, 4),
            ("PW-FRYMIX", None, 10),
            ("OL-FRYING", None, 3),
            ("PC-CHICKENMU", None, 6),
            ("SY-CORN", None, 2),
            ("JG-GOCHU-HC", "3kg", 2),
            ("SD-CIDER", None, 3),
            ("PA-SOUP", None, 2),
            ("PA-NAPKIN", "White", 1),
            ("BR-CASS", "24 x 355ml Can", 2),
        ],
        [("PW-SESAME", None, 2), ("PA-GLOVES", None, 4)],
    ),
    (
        "mr-tteok",
        "Mr Tteok",
        "tteokbokki street-food stall (Camden Market)",
        "SMS",
        "+447700900845",
        "en",
        "steady",
        4,
        [
            ("TK-RICE", "Thin", 10),
            ("TK-WHEAT", None, 6),
            ("FZ-EOMUK-SQ", None, 5),
            ("JG-GOCHU-HC", "3kg", 2),
            ("SY-OLIGO", None, 3),
            ("PW-GOCHUGARU-F", None, 2),
            ("TK-CHEESE", None, 4),
            ("PA-SOUP", None, 2),
        ],
        [("CH-GAS", None, 1), ("PW-DASIDA", None, 1)],
    ),
    (
        "arirang-mart",
        "Arirang Mart",
        "Korean grocery shop (New Malden)",
        "EMAIL",
        "buying@arirangmart.example",
        "ko",
        "regular",
        1,
        [
            ("RM-SHIN", None, 10),
            ("RM-JINSP", None, 5),
            ("RM-CHAPA", None, 5),
            ("RC-HETBAHN", None, 6),
            ("SD-BANANA", None, 8),
            ("SD-MILKIS", None, 6),
            ("SD-SIKHYE", None, 4),
            ("SW-GIM", None, 10),
            ("SW-MIYEOK", None, 6),
            ("KC-POGI", "1.2kg Jar", 12),
            ("KC-KKAK", "1.2kg Jar", 8),
            ("JG-GOCHU-HC", "500g", 12),
            ("JG-SSAMJANG", "500g", 12),
            ("FZ-MANDU-PORK", None, 10),
            ("FZ-MANDU-KIMCHI", None, 8),
        ],
        [("SD-CORNTEA", None, 3), ("RM-JINMILD", None, 3)],
    ),
    (
        "bibim-bowl",
        "Bibim Bowl Café",
        "bibimbap and kimbap café (Bristol)",
        "WHATSAPP",
        "+447700900846",
        "en",
        "steady",
        2,
        [
            ("RC-SHORT", "10kg", 4),
            ("JG-GOCHU-CJO", None, 2),
            ("OL-SESAME", "1.8L", 2),
            ("BF-BULGOGI", None, 6),
            ("KC-VEGAN", None, 2),
            ("PW-SESAME", None, 2),
            ("SW-GIM", None, 4),
            ("PA-BANCHAN-RND", "250ml (case of 1000)", 1),
            ("PA-BENTO", None, 2),
            ("PA-CHOPSTICKS", None, 1),
        ],
        [("PC-DANMUJI-W", None, 2), ("SD-CORNTEA", None, 1)],
    ),
    (
        "jangdok-banchan",
        "Jangdok Banchan Kitchen",
        "banchan and kimchi maker (Kingston)",
        "WHATSAPP",
        "+447700900847",
        "ko",
        "regular",
        3,
        [
            ("PW-GOCHUGARU-C", None, 10),
            ("SC-FISH", None, 6),
            ("SC-SAEUJEOT", None, 4),
            ("SY-CORN", None, 2),
            ("PW-SESAME", None, 3),
            ("PA-BANCHAN-RND", "150ml (case of 1000)", 2),
            ("PA-BANCHAN-SQ", None, 1),
            ("SC-GUKSOY", None, 4),
            ("VN-RICE", None, 3),
        ],
        [("SW-ANCHOVY", None, 1), ("OL-PERILLA", None, 2)],
    ),
    (
        "okryu-naengmyeon",
        "Okryu Naengmyeon",
        "cold noodle restaurant (Kingston)",
        "SMS",
        "+447700900848",
        "ko",
        "steady",
        0,
        [
            ("ND-NAENG", None, 12),
            ("ND-NAENGBROTH", None, 4),
            ("BF-BONES", None, 3),
            ("KC-MAT", "5kg Tub", 2),
            ("VN-RICE", None, 4),
            ("PC-DANMUJI-S", None, 3),
            ("FZ-MANDU-PORK", None, 4),
        ],
        [("JG-CHOGOCHU", None, 2), ("SC-GUKSOY", None, 1)],
    ),
    (
        "budae-bar",
        "Budae Bar",
        "army-stew (budae jjigae) restaurant (Leeds)",
        "WHATSAPP",
        "+447700900849",
        "en",
        "regular",
        2,
        [
            ("RM-SARI", None, 3),
            ("FZ-EOMUK-SQ", None, 3),
            ("KC-MAT", "10kg Tub", 1),
            ("TK-RICE", "Regular", 4),
            ("JG-GOCHU-HC", "3kg", 1),
            ("PW-GOCHUGARU-F", None, 1),
            ("PW-DASIDA", None, 1),
            ("SJ-CHAM-FRESH", None, 4),
            ("CH-GAS", None, 2),
            ("SD-CIDER", None, 2),
        ],
        [("ND-UDON", None, 6), ("CH-STOVE", None, 2)],
    ),
    (
        "mokpo-table",
        "Mokpo Table",
        "Korean seafood and pancake restaurant (Glasgow)",
        "EMAIL",
        "mokpotable@mail.example",
        "ko",
        "steady",
        1,
        [
            ("FZ-SQUID", None, 8),
            ("BF-CHADOL", None, 5),
            ("PW-PANCAKE", None, 6),
            ("KC-POGI", "5kg Tub", 2),
            ("JG-CHOGOCHU", None, 3),
            ("SW-DASHIMA", None, 2),
            ("PW-DASIDA", None, 2),
            ("MK-JANGSU", None, 4),
            ("SJ-CHAM-ORIG", None, 5),
        ],
        [("SW-ANCHOVY", None, 1), ("MK-PEACH", None, 1)],
    ),
    (
        "aster-hotel",
        "The Aster Hotel",
        "hotel pan-Asian kitchen (Canary Wharf)",
        "EMAIL",
        "purchasing@asterhotel.example",
        "en",
        "regular",
        3,
        [
            ("BF-BULGOGI", None, 10),
            ("MR-DAKGALBI", None, 4),
            ("KC-MAT", "5kg Tub", 2),
            ("JG-GOCHU-HC", "1kg", 6),
            ("SC-JINSOY", "1.7L", 6),
            ("OL-SESAME", "320ml", 12),
            ("RC-HETBAHN", None, 2),
            ("FZ-MANDU-VEG", None, 6),
            ("TK-SLICED", None, 3),
        ],
        [("SW-GIM", None, 2), ("ND-SOMYEON", None, 1)],
    ),
    (
        "kingsgate-uni",
        "Kingsgate University Catering",
        "university catering (Korean street-food counter)",
        "EMAIL",
        "catering.purchasing@kingsgate.example",
        "en",
        "steady",
        0,
        [
            ("RC-SHORT", "20kg", 6),
            ("MR-JEYUK", None, 10),
            ("MR-BULGOGI", None, 10),
            ("FZ-MANDU-PORK", None, 8),
            ("FZ-MANDU-VEG", None, 8),
            ("KC-VEGAN", None, 6),
            ("PA-BENTO", None, 6),
            ("PA-CHOPSTICKS", None, 2),
            ("PA-NAPKIN", "White", 2),
        ],
        [("SD-MILKIS", None, 4), ("PW-SESAME", None, 2)],
    ),
    (
        "seoul-food-truck",
        "Seoul Food Truck",
        "Korean food truck",
        "SMS",
        "+447700900850",
        "en",
        "regular",
        4,
        [
            ("MR-BULGOGI", None, 3),
            ("MR-DAKGALBI", None, 3),
            ("FZ-CORNDOG", None, 4),
            ("TK-CHEESE", None, 3),
            ("RC-SHORT", "10kg", 1),
            ("PA-BENTO", None, 2),
            ("CH-GAS", None, 1),
            ("SD-MILKIS", None, 2),
        ],
        [("PA-SOUP", None, 1), ("PC-DANMUJI-S", None, 2)],
    ),
    (
        "galbi-jip",
        "Galbi Jip",
        "Korean BBQ restaurant (Edinburgh)",
        "WHATSAPP",
        "+447700900851",
        "ko",
        "steady",
        1,
        [
            ("BF-LAGALBI", None, 10),
            ("BF-GALBISAL", None, 6),
            ("MR-DWGALBI", None, 5),
            ("PK-OGYEOP", None, 8),
            ("JG-SSAMJANG", "1kg", 6),
            ("KC-POGI", "10kg Tub", 1),
            ("GR-PLATE-CI", "34cm", 2),
            ("CH-BRIQ", None, 8),
            ("SJ-CHAM-FRESH", None, 5),
            ("SJ-ISBACK", None, 3),
        ],
        [("CH-TONGS", None, 6), ("PA-APRON", "Red", 1)],
    ),
    (
        "hansik-dining",
        "Hansik Dining Room",
        "Korean fine-dining restaurant (Marylebone)",
        "EMAIL",
        "kitchen@hansikdining.example",
        "en",
        "regular",
        2,
        [
            ("BF-DEUNGSIM", None, 6),
            ("BF-TONGUE", None, 3),
            ("PK-HANGJ", None, 4),
            ("JG-DOENJANG", "3kg", 2),
            ("SC-GUKSOY", None, 2),
            ("OL-PERILLA", None, 4),
            ("KC-CHONG", None, 1),
            ("KC-OI", None, 2),
            ("SW-MIYEOK", None, 2),
            ("MK-PEACH", None, 2),
            ("SJ-PLUM", None, 2),
        ],
        [("RC-GLUT", None, 1), ("CK-POUSSIN", None, 1)],
    ),
    (
        "dosirak-co",
        "Dosirak & Co",
        "Korean lunchbox delivery kitchen (Holborn)",
        "WHATSAPP",
        "+447700900852",
        "en",
        "steady",
        3,
        [
            ("RC-SHORT", "20kg", 2),
            ("MR-JEYUK", None, 4),
            ("MR-BULGOGI", None, 4),
            ("PC-DANMUJI-W", None, 6),
            ("SW-GIM", None, 6),
            ("BC-KONGJABAN", None, 4),
            ("PA-BENTO", None, 4),
            ("PA-BANCHAN-SQ", None, 2),
            ("PA-CHOPSTICKS", None, 1),
        ],
        [("ND-DANGMYEON", None, 2), ("SD-CORNTEA", None, 2)],
    ),
    (
        "chimaek-pub",
        "Chimaek Pub",
        "fried chicken and beer pub (Manchester)",
        "SMS",
        "+447700900853",
        "en",
        "regular",
        4,
        [
            ("CK-WINGS", None, 6),
            ("PW-FRYMIX", None, 6),
            ("PC-CHICKENMU", None, 4),
            ("BR-CASS", "20 x 330ml Bottle", 4),
            ("BR-TERRA", None, 4),
            ("SJ-CHAM-FRESH", None, 3),
            ("SJ-PEACH", None, 2),
            ("OL-FRYING", None, 2),
            ("PA-NAPKIN", "Black", 1),
        ],
        [("SD-CIDER", None, 2), ("SY-CORN", None, 1)],
    ),
    (
        "han-river-events",
        "Han River Events",
        "Korean events caterer",
        "EMAIL",
        "events@hanriver.example",
        "en",
        "none",
        3,
        [],
        [],
    ),
    (
        "bapsang",
        "Bapsang",
        "new Korean home-cooking restaurant (Hammersmith)",
        "WHATSAPP",
        "+447700900854",
        "ko",
        "new",
        0,
        [],
        [],
    ),
    (
        "ssam-shack",
        "Ssam Shack",
        "new Korean BBQ pop-up (Peckham)",
        "WHATSAPP",
        "+447700900855",
        "en",
        "new",
        0,
        [],
        [],
    ),
]

# pool for the events caterer, who never repeats a basket
EVENT_POOL = [
    ("MR-BULGOGI", None),
    ("MR-JEYUK", None),
    ("MR-DAKGALBI", None),
    ("FZ-MANDU-PORK", None),
    ("FZ-MANDU-VEG", None),
    ("KC-MAT", "5kg Tub"),
    ("RC-SHORT", "20kg"),
    ("PA-BENTO", None),
    ("PA-CHOPSTICKS", None),
    ("SJ-CHAM-FRESH", None),
    ("MK-KOOK", "24 x 350ml Can"),
    ("SD-MILKIS", None),
    ("FZ-CORNDOG", None),
    (
        "TK-RICE",
        "Regular",
    ),
    ("PA-NAPKIN", "White"),
]


def _line(sku, variant, qty, has_variants):
    d = {"sku": sku, "quantity": qty}
    if has_variants(sku):
        d["variant"] = variant
    return d


def histories(has_variants):
    out = []
    for idx, (key, name, kind, ch, addr, lang, pattern, wd, usual, extras) in enumerate(CUSTOMERS):
        rng = random.Random(4200 + idx)
        rec = {
            "customer": key,
            "name": name,
            "kind": kind,
            "channel": ch,
            "address": addr,
            "language": lang,
            "orders": [],
        }
        if pattern == "new":
            out.append(rec)
            continue
        n = rng.randint(5, 8)
        last = FIRST_MESSAGE_DAY - datetime.timedelta(days=7) + datetime.timedelta(days=wd)
        dates = [last - datetime.timedelta(days=7 * (n - 1 - i)) for i in range(n)]
        if pattern == "none":
            baskets, seen = [], set()
            while len(baskets) < n:
                k = rng.randint(5, 8)
                picks = sorted(rng.sample(range(len(EVENT_POOL)), k))
                b = tuple(
                    (EVENT_POOL[i][0], EVENT_POOL[i][1], rng.choice([2, 3, 4, 5, 6, 8, 10])) for i in picks
                )
                if b not in seen:
                    seen.add(b)
                    baskets.append(list(b))
        else:

            def vary(kind_):
                b = [list(x) for x in usual]
                if kind_ == "qty":
                    i = rng.randrange(len(b))
                    b[i][2] = (
                        b[i][2] + rng.choice([1, 2]) if b[i][2] < 3 else b[i][2] + rng.choice([-1, 1, 2])
                    )
                elif kind_ == "drop":
                    del b[rng.randrange(len(b))]
                else:
                    b.append(list(rng.choice(extras)))
                return [tuple(x) for x in b]

            kinds = ["qty", "drop", "extra"]
            rng.shuffle(kinds)
            baskets = [list(usual) for _ in range(n)]
            if pattern == "steady":
                i1, i2 = sorted(rng.sample(range(n - 1), 2))
                baskets[i1] = vary(kinds[0])
                baskets[i2] = vary(kinds[1])
            else:
                i1 = rng.randrange(n - 1)
                baskets[i1] = vary(kinds[0])
                baskets[n - 1] = vary(kinds[1])
        for d, b in zip(dates, baskets):
            rec["orders"].append(
                {"date": d.isoformat(), "lines": [_line(s, v, q, has_variants) for s, v, q in b]}
            )
        out.append(rec)
    return out
