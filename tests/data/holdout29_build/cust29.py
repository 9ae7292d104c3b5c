# ruff: noqa  (hand-written data generator of blind set 29, kept as its writer left it)
"""Customers of the 29th blind set, their hand-written usual baskets and the seeded history generator."""

import datetime
import random

# key: (name, kind, channel, address, language, profile, weeks, weekday, usual basket)
# A basket line is (sku, quantity) or (sku, quantity, variant).
# profile: steady (last order is the usual), regular (last order differs from the usual by one change),
# events (never repeats a basket), new (no orders).
CUSTOMERS = {
    "harbour-view": (
        "Harbour View Hotel",
        "seaside hotel",
        "WHATSAPP",
        "+447700900901",
        "en",
        "steady",
        8,
        0,
        [
            ("CROIS-BUT", 4, "Standard 60g x 60"),
            ("PAC", 3, "Standard 75g x 60"),
            ("JAM-STR-P", 2),
            ("MARM-P", 1),
            ("HONEY-P", 1),
            ("BUT-SAL-P", 3),
            ("OJ", 4, "12 x 1L Carton"),
            ("AJ", 2, "12 x 1L Carton"),
            ("CF-PORT", 1),
            ("GRAN-HON", 2),
            ("TEA-EB-ENV", 2),
            ("COF-FILT", 2, "70g"),
            ("MILK-SEMI-P", 2),
            ("SUGAR-STK", 1, "White"),
        ],
    ),
    "kings-arms": (
        "The Kings Arms Inn",
        "coaching inn with rooms",
        "SMS",
        "+447700900902",
        "en",
        "regular",
        7,
        1,
        [
            ("BREAD-WHT", 10, "Thick Sliced"),
            ("CF-BULK", 1),
            ("JAM-STR-TUB", 1),
            ("MARM-TUB", 1),
            ("BUT-SAL-P", 2),
            ("TEA-EB-1100", 1),
            ("COF-INST-STK", 1),
            ("OJ-CONC", 2),
            ("SUGAR-STK", 1, "White"),
            ("MILK-SEMI-P", 2),
            ("NAP-TRAY", 1, "Burgundy"),
        ],
    ),
    "mapleton-bnb": (
        "Mapleton House B&B",
        "bed and breakfast",
        "WHATSAPP",
        "+447700900903",
        "en",
        "steady",
        6,
        2,
        [
            ("BREAD-GRAN", 4),
            ("BREAD-WHT", 4, "Medium Sliced"),
            ("JAM-RAS-P", 1),
            ("MARM-P", 1),
            ("BUT-UNS-P", 1),
            ("MUES-SWS", 1),
            ("OJ-FRESH", 6),
            ("TEA-EB-ENV", 1),
            ("TEA-EG-ENV", 1),
            ("COF-FILT", 1, "50g"),
            ("SHAMP", 1, "30ml x 250"),
            ("SOAP", 1, "25g x 300"),
        ],
    ),
    "regent-suites": (
        "Regent Suites Aparthotel",
        "aparthotel",
        "EMAIL",
        "purchasing@regentsuites.example",
        "en",
        "regular",
        7,
        0,
        [
            ("KIT-DENTAL", 2),
            ("KIT-VANITY", 1),
            ("SHAMP", 2, "50ml x 200"),
            ("COND", 1),
            ("SHGEL", 2, "50ml x 200"),
            ("LOTION", 1),
            ("SOAP", 1, "40g x 200"),
            ("SHOWERCAP", 1),
            ("SLIP-TERRY", 2, "Standard"),
            ("COF-INST-STK", 2),
            ("TEA-EB-ENV", 2),
            ("HOTCHOC-SACH", 1),
            ("BISC-SHORT", 3),
            ("SUGAR-STK", 1, "Brown"),
            ("CREAMER-P", 2),
            ("WATER-STILL", 3, "24 x 330ml"),
        ],
    ),
    "northgate-hotel": (
        "Northgate Hotel",
        "business hotel",
        "EMAIL",
        "fb@northgatehotel.example",
        "en",
        "steady",
        8,
        1,
        [
            ("CROIS-BUT", 2, "Mini 25g x 180"),
            ("PAC", 2, "Mini 25g x 180"),
            ("MUF-BLU", 1),
            ("MUF-CHOC", 1),
            ("CF-PORT", 2),
            ("RK-PORT", 1),
            ("CP-PORT", 1),
            ("SK-PORT", 1),
            ("GRAN-BER", 2),
            ("OJ", 6, "12 x 1L Carton"),
            ("CRAN-1L", 2),
            ("GRAPEF-1L", 1),
            ("JAM-STR-P", 2),
            ("JAM-APR-P", 1),
            ("NUT-P", 1),
            ("BUT-SAL-P", 4),
            ("COF-FILT", 4, "70g"),
            ("TEA-EB-ENV", 2),
            ("MILK-SEMI-P", 3),
        ],
    ),
    "lakeside-lodge": (
        "Lakeside Lodge",
        "country house hotel",
        "EMAIL",
        "kitchen@lakesidelodge.example",
        "en",
        "regular",
        6,
        2,
        [
            ("BREAD-SOUR", 12),
            ("CROIS-BUT", 2, "Large 90g x 40"),
            ("PAR", 1),
            ("HONEY-TUB", 1),
            ("JAM-STR-TUB", 1),
            ("OATS-3KG", 2),
            ("GRAN-HON", 1),
            ("OJ", 3, "24 x 200ml Glass"),
            ("TOMATO-200", 1),
            ("COF-BEAN", 6),
            ("TEA-EB-ENV", 2),
            ("TEA-PEP-ENV", 1),
            ("BUT-SAL-P", 2),
            ("NAP-DIN", 1, "White"),
        ],
    ),
    "station-inn": (
        "Station Inn Budget Hotel",
        "budget hotel",
        "SMS",
        "+447700900907",
        "en",
        "steady",
        8,
        3,
        [
            ("VAR-PORT", 3),
            ("PORR-POT-ORI", 2),
            ("JAM-STR-P", 2),
            ("MARM-P", 1),
            ("SPRD-OLV-P", 2),
            ("TEA-EB-1100", 1),
            ("COF-INST-STK", 2),
            ("SUGAR-STK", 2, "White"),
            ("MILK-SEMI-P", 3),
            ("OJ-CONC", 3),
            ("CUP-HOT", 1, "8oz"),
            ("STIR", 1),
        ],
    ),
    "seaview-guesthouse": (
        "Seaview Guest House",
        "guest house",
        "WHATSAPP",
        "+447700900908",
        "en",
        "regular",
        7,
        3,
        [
            ("BREAD-WHT", 6, "Medium Sliced"),
            ("BREAD-WM", 3),
            ("CF-PORT", 1),
            ("WBX-PORT", 1),
            ("JAM-STR-P", 1),
            ("MARM-P", 1),
            ("MARMITE-P", 1),
            ("BUT-SAL-P", 1),
            ("OJ", 2, "12 x 1L Carton"),
            ("TEA-EB-ENV", 2),
            ("COF-INST-STK", 1),
            ("MILK-WH-P", 1),
            ("SOAP", 1, "15g x 500"),
        ],
    ),
    "brickyard-hostel": (
        "Brickyard Hostel",
        "hostel",
        "WHATSAPP",
        "+447700900909",
        "en",
        "regular",
        6,
        4,
        [
            ("BREAD-WHT", 12, "Medium Sliced"),
            ("JAM-STR-TUB", 2),
            ("NUT-TUB", 1),
            ("PB-P", 2),
            ("CF-BULK", 2),
            ("RK-BULK", 1),
            ("OJ-CONC", 4),
            ("AJ-CONC", 2),
            ("TEA-EB-1100", 1),
            ("COF-INST-TIN", 4),
            ("SUGAR-CUBE", 3),
            ("CUP-HOT", 2, "12oz"),
            ("STIR", 1),
        ],
    ),
    "airport-hub": (
        "Airport Hub Hotel",
        "airport hotel",
        "EMAIL",
        "procurement@airporthubhotel.example",
        "en",
        "steady",
        8,
        0,
        [
            ("CROIS-BUT", 10, "Standard 60g x 60"),
            ("PAC", 6, "Standard 75g x 60"),
            ("MUF-BLU", 4),
            ("DAN-MINI", 3),
            ("CF-PORT", 4),
            ("CP-PORT", 2),
            ("FR-PORT", 2),
            ("OJ", 12, "12 x 1L Carton"),
            ("AJ", 6, "12 x 1L Carton"),
            ("JAM-STR-P", 6),
            ("MARM-P", 3),
            ("HONEY-P", 2),
            ("BUT-SAL-P", 8),
            ("COF-FILT", 10, "70g"),
            ("TEA-EB-ENV", 4),
            ("MILK-SEMI-P", 6),
            ("KIT-DENTAL", 10),
            ("SOAP", 6, "25g x 300"),
            ("SHAMP", 8, "30ml x 250"),
        ],
    ),
    "bramble-cafe": (
        "Bramble Café",
        "breakfast café",
        "WHATSAPP",
        "+447700900911",
        "en",
        "regular",
        6,
        1,
        [
            ("BREAD-SOUR", 10),
            ("BAGEL-PLAIN", 2),
            ("ENG-MUF", 2),
            ("CROIS-BUT", 1, "Standard 60g x 60"),
            ("GRAN-BER", 1),
            ("HONEY-TUB", 1),
            ("PB-P", 1),
            ("COF-BEAN", 8),
            ("HOTCHOC-TIN", 1),
            ("CUP-HOT", 2, "12oz"),
            ("NAP-TRAY", 1, "White"),
        ],
    ),
    "westfield-conf": (
        "Westfield Conference Centre",
        "conference centre",
        "EMAIL",
        "events@westfieldcc.example",
        "en",
        "events",
        6,
        2,
        [],
    ),
    "fairway-resort": (
        "Fairway Golf Resort",
        "golf resort hotel",
        "EMAIL",
        "rooms@fairwayresort.example",
        "en",
        "regular",
        7,
        3,
        [
            ("ROBE", 6, "L/XL"),
            ("SLIP-WAFFLE", 2),
            ("SHAMP-DISP", 2),
            ("SHGEL-DISP", 2),
            ("HANDWASH-DISP", 2),
            ("KIT-SHAVE", 1),
            ("KIT-SEW", 1),
            ("WATER-SPARK", 4, "24 x 330ml"),
            ("WATER-STILL", 4, "24 x 330ml"),
            ("BISC-CARAMEL", 1),
            ("COF-FILT-DEC", 1),
            ("TEA-GRN-ENV", 1),
            ("TEA-CHAM-ENV", 1),
        ],
    ),
    "grand-pier": (
        "Grand Pier Hotel",
        "seafront hotel",
        "WHATSAPP",
        "+447700900914",
        "pl",
        "regular",
        8,
        1,
        [
            ("CROIS-BUT", 3, "Standard 60g x 60"),
            ("PAC", 2, "Standard 75g x 60"),
            ("CINN", 1),
            ("BREAD-WM", 6),
            ("BREAD-WHT", 6, "Thick Sliced"),
            ("JAM-STR-P", 2),
            ("JAM-BLC-P", 1),
            ("HONEY-P", 1),
            ("BUT-SAL-P", 3),
            ("OJ", 4, "12 x 1L Carton"),
            ("AJ", 2, "12 x 1L Carton"),
            ("PINE-1L", 1),
            ("COF-FILT", 3, "50g"),
            ("TEA-EB-ENV", 2),
            ("MILK-SEMI-P", 2),
        ],
    ),
    "riverside-premier": (
        "Riverside Premier Hotel",
        "city hotel",
        "WHATSAPP",
        "+447700900915",
        "ro",
        "steady",
        6,
        2,
        [
            ("SHAMP", 3, "30ml x 250"),
            ("SHGEL", 3, "30ml x 250"),
            ("SOAP", 2, "15g x 500"),
            ("SHOWERCAP", 1),
            ("KIT-DENTAL", 2),
            ("KIT-VANITY", 1),
            ("SLIP-TERRY", 1, "Standard"),
            ("TEA-EB-ENV", 2),
            ("COF-INST-STK", 2),
            ("SUGAR-STK", 1, "White"),
            ("CREAMER-P", 1),
            ("BISC-SHORT", 2),
        ],
    ),
    "casa-lucia": (
        "Casa Lucia B&B",
        "Italian-run B&B",
        "WHATSAPP",
        "+447700900916",
        "it",
        "regular",
        6,
        3,
        [
            ("CROIS-BUT", 2, "Standard 60g x 60"),
            ("CROIS-ALM", 1),
            ("NUT-P", 1),
            ("JAM-APR-P", 1),
            ("BREAD-SOUR", 4),
            ("COF-BEAN", 3),
            ("OJ-FRESH", 4),
            ("MUES-SWS", 1),
            ("BUT-UNS-P", 1),
            ("MILK-WH-P", 1),
            ("SUGAR-STK", 1, "Brown"),
        ],
    ),
    "hostal-sol": (
        "Hostal Sol",
        "Spanish-run guest house",
        "SMS",
        "+447700900917",
        "es",
        "steady",
        6,
        0,
        [
            ("BREAD-WHT", 5, "Medium Sliced"),
            ("JAM-STR-P", 1),
            ("MARM-P", 1),
            ("BUT-SAL-P", 1),
            ("HOTCHOC-SACH", 1),
            ("COF-INST-STK", 1),
            ("TEA-EB-ENV", 1),
            ("OJ", 2, "24 x 200ml Glass"),
            ("CP-PORT", 1),
            ("MUF-CHOC", 1),
            ("TOMATO-200", 1),
        ],
    ),
    "jersey-bay": (
        "Jersey Bay Hotel",
        "island hotel",
        "EMAIL",
        "governanta@jerseybay.example",
        "pt",
        "regular",
        7,
        1,
        [
            ("SHAMP", 2, "50ml x 200"),
            ("COND", 2),
            ("SHGEL", 2, "50ml x 200"),
            ("LOTION", 1),
            ("SOAP", 2, "40g x 200"),
            ("KIT-DENTAL", 1),
            ("KIT-SHAVE", 1),
            ("SHOWERCAP", 1),
            ("ROBE", 4, "S/M"),
            ("SLIP-TERRY", 1, "Large"),
            ("WATER-STILL", 2, "12 x 750ml"),
        ],
    ),
    "hotel-belleville": (
        "Hôtel Belleville",
        "French boutique hotel",
        "EMAIL",
        "camille@hotelbelleville.example",
        "fr",
        "steady",
        7,
        4,
        [
            ("CROIS-BUT", 3, "Standard 60g x 60"),
            ("PAC", 2, "Standard 75g x 60"),
            ("PAR", 1),
            ("BREAD-SOUR", 6),
            ("JAM-APR-P", 1),
            ("JAM-RAS-P", 1),
            ("HONEY-P", 1),
            ("BUT-UNS-P", 2),
            ("OJ-FRESH", 6),
            ("COF-BEAN", 4),
            ("TEA-EG-ENV", 1),
            ("HOTCHOC-SACH", 1),
        ],
    ),
    "millpond-inn": (
        "The Millpond Inn",
        "pub with rooms",
        "SMS",
        "+447700900920",
        "en",
        "regular",
        5,
        4,
        [
            ("BREAD-WHT", 6, "Thick Sliced"),
            ("CF-PORT", 1),
            ("RK-PORT", 1),
            ("JAM-STR-P", 1),
            ("MARM-P", 1),
            ("BUT-SAL-P", 1),
            ("TEA-EB-1100", 1),
            ("COF-INST-TIN", 1),
            ("SUGAR-CUBE", 1),
            ("MILK-SEMI-P", 1),
            ("OJ-CONC", 1),
        ],
    ),
    "nest-pods": ("Nest Pods", "pod hotel, opening", "WHATSAPP", "+447700900921", "en", "new", 0, 0, []),
    "orchard-glamping": (
        "Orchard Glamping",
        "glamping site, new",
        "EMAIL",
        "beth@orchardglamping.example",
        "en",
        "new",
        0,
        0,
        [],
    ),
}

# Pool for the events customer (never repeats a basket).
EVENTS_POOL = [
    ("DAN-MINI", 2, 4, None),
    ("CROIS-BUT", 1, 3, "Mini 25g x 180"),
    ("MUF-LEM", 1, 3, None),
    ("COF-FILT", 2, 5, "70g"),
    ("TEA-EB-ENV", 1, 3, None),
    ("TEA-PEP-ENV", 1, 2, None),
    ("TEA-GRN-ENV", 1, 2, None),
    ("BISC-SHORT", 1, 4, None),
    ("BISC-CARAMEL", 1, 3, None),
    ("WATER-STILL", 2, 6, "12 x 750ml"),
    ("WATER-SPARK", 2, 6, "12 x 750ml"),
    ("OJ", 1, 4, "24 x 200ml Glass"),
    ("NAP-TRAY", 1, 2, "Navy"),
    ("CUP-HOT", 1, 2, "8oz"),
    ("MILK-SEMI-P", 1, 3, None),
    ("SUGAR-STK", 1, 2, "White"),
    ("SWEET-STK", 1, 1, None),
]

HISTORY_END = datetime.date(2027, 6, 4)  # Friday before the message week (2027-06-07 .. 06-13)


def _line(t):
    d = {"sku": t[0], "quantity": t[1]}
    if len(t) > 2:
        d["variant"] = t[2]
    return d


def _vary(basket, rng, kind):
    b = [list(x) for x in basket]
    if kind == 0:  # one quantity up
        i = rng.randrange(len(b))
        b[i][1] = b[i][1] + 1
    elif kind == 1:  # one line dropped
        i = rng.randrange(1, len(b))
        del b[i]
    else:  # one line quantity down or a line doubled
        i = rng.randrange(len(b))
        b[i][1] = b[i][1] * 2
    return [tuple(x) for x in b]


def generate_histories(variant_products):
    out = []
    for idx, (key, c) in enumerate(sorted(CUSTOMERS.items())):
        name, kind, channel, address, lang, profile, weeks, weekday, usual = c
        rng = random.Random(2900 + idx)
        orders = []
        if profile != "new":
            # the last order date: the customer's weekday in the week ending HISTORY_END
            last_monday = HISTORY_END - datetime.timedelta(days=HISTORY_END.weekday())
            dates = [
                last_monday + datetime.timedelta(days=weekday) - datetime.timedelta(weeks=w)
                for w in range(weeks - 1, -1, -1)
            ]
            baskets = []
            if profile == "events":
                seen = set()
                for _ in dates:
                    while True:
                        k = rng.randint(5, 9)
                        picks = rng.sample(EVENTS_POOL, k)
                        b = []
                        for sku, lo, hi, var in sorted(picks):
                            q = rng.randint(lo, hi)
                            b.append((sku, q, var) if var else (sku, q))
                        key_b = tuple(b)
                        if key_b not in seen:
                            seen.add(key_b)
                            baskets.append(b)
                            break
            else:
                n = len(dates)
                baskets = [list(usual) for _ in range(n)]
                # two earlier weeks vary (distinct variations), never the last
                positions = rng.sample(range(0, n - 1), 2)
                used = set()
                for pos in positions:
                    while True:
                        v = _vary(usual, rng, rng.randrange(3))
                        if tuple(v) != tuple(usual) and tuple(v) not in used:
                            used.add(tuple(v))
                            baskets[pos] = v
                            break
                if profile == "regular":
                    while True:
                        v = _vary(usual, rng, rng.randrange(3))
                        if tuple(v) != tuple(usual) and tuple(v) not in used:
                            baskets[-1] = v
                            break
            for d, b in zip(dates, baskets):
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
