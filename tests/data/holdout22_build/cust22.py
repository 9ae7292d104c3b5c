# ruff: noqa  (hand-written data generator of blind set 22, kept as its writer left it)
"""Customers of set 22, their hand-written usual baskets, and the seeded history generator."""

import datetime
import random

# (sku, qty, variant) ; variant only for products with variants
C = []


def cust(cid, name, kind, channel, address, language, kind_h, weeks, weekday, usual, extras, last=None):
    C.append(
        dict(
            customer=cid,
            name=name,
            kind=kind,
            channel=channel,
            address=address,
            language=language,
            pattern=kind_h,
            weeks=weeks,
            weekday=weekday,
            usual=usual,
            extras=extras,
            last=last,
        )
    )


cust(
    "st-aidans-primary",
    "St Aidan's C of E Primary School Kitchen",
    "school kitchen",
    "EMAIL",
    "kitchen@staidans-primary.example",
    "en",
    "steady",
    7,
    0,
    [
        ("FZ-FFP-120", 2),
        ("FZ-NUG-4", 2),
        ("FZ-CHS-4", 3),
        ("TIN-BBR-A10", 2),
        ("FZ-PEA-25", 4),
        ("FZ-SWC-25", 3),
        ("GF-NUG-2", 1),
        ("DR-OJC-24", 4),
        ("FZ-SPC-48", 2),
        ("DES-CUP-3", 1),
        ("MLK-SEMI", 6, "4 Pint"),
        ("FZ-ROL-48", 3),
        ("CHS-CHG-2", 2),
        ("PAS-PEN-3", 3),
        ("SCE-PAS-2", 2),
    ],
    [("PP-KET-200", 1), ("FZ-MXV-25", 2)],
)
cust(
    "oakfield-academy",
    "Oakfield Academy Canteen",
    "secondary school canteen",
    "EMAIL",
    "catering@oakfield-academy.example",
    "en",
    "regular",
    6,
    1,
    [
        ("FZ-CHB-5", 3, "6-8oz"),
        ("FZ-CHS-4", 4),
        ("PAS-PEN-3", 6),
        ("TIN-CHT-25", 3),
        ("FZ-MIN-KG", 20),
        ("CHS-MOZ-2", 3),
        ("FZ-ROL-48", 6),
        ("WA-STL-24", 8),
        ("DR-AJC-24", 5),
        ("FZ-HCS-60", 2),
        ("GLV-NIT", 4, "Medium"),
        ("NAP-L33", 1, "Navy"),
        ("PP-KET-200", 2),
    ],
    [("PP-MAY-198", 1), ("FZ-BRO-25", 2)],
    last=("qty", "FZ-MIN-KG", 25),
)
cust(
    "brambleton-primary",
    "Brambleton Primary School",
    "school kitchen",
    "SMS",
    "+447700900221",
    "en",
    "regular",
    6,
    2,
    [
        ("FZ-FFC-120", 1),
        ("FZ-CHC-4", 2),
        ("TIN-BB-A10", 1),
        ("FZ-MXV-25", 3),
        ("FZ-ICC-48", 1),
        ("DR-OJC-24", 2),
        ("MLK-SEMI", 20, "1 Pint"),
        ("PP-KET-200", 1),
        ("GLV-VIN", 2, "Medium"),
    ],
    [("FZ-PEA-25", 2), ("CER-VAR-40", 1)],
    last=("drop", "FZ-ICC-48"),
)
cust(
    "ysgol-bryn-derw",
    "Ysgol Gynradd Bryn Derw",
    "Welsh-medium primary school kitchen",
    "EMAIL",
    "cegin@ysgolbrynderw.example",
    "cy",
    "steady",
    6,
    0,
    [
        ("FZ-SAU-60", 2),
        ("FZ-VSA-60", 1),
        ("FZ-CHS-4", 2),
        ("TIN-BB-A10", 2),
        ("FZ-PEA-25", 3),
        ("PAS-MAC-3", 3),
        ("CHS-CHG-2", 3),
        ("MLK-SEMI", 12, "2 Pint"),
        ("DR-AJC-24", 3),
        ("FZ-SPJ-48", 2),
        ("DES-CUI-27", 1),
    ],
    [("FZ-ICV-4", 2), ("PP-KET-200", 1)],
)
cust(
    "northgate-hospital",
    "Northgate General Hospital Catering",
    "hospital catering (NHS trust)",
    "EMAIL",
    "catering.orders@northgate-nhs.example",
    "en",
    "regular",
    8,
    1,
    [
        ("MLK-SEMI", 40, "4 Pint"),
        ("MLK-WHL", 10, "4 Pint"),
        ("DF-SOY-8", 2),
        ("PP-MLK-120", 4),
        ("HD-YT-1200", 3),
        ("HD-YTD-500", 1),
        ("PP-SGW-1000", 1),
        ("PP-BUT-100", 6),
        ("PP-JAM-100", 3),
        ("CER-VAR-40", 4),
        ("CER-WEE-96", 2),
        ("TM-NUT", 12, "175g Tin"),
        ("TM-L4C-6", 4),
        ("TM-L4S-6", 4),
        ("GF-BRD-8", 2),
        ("YOG-FRT-12", 10),
        ("FZ-ICC-48", 3),
    ],
    [("DES-CUR-12", 2), ("HD-DCH-2", 1)],
    last=("qty", "YOG-FRT-12", 12),
)
cust(
    "riverside-community-hospital",
    "Riverside Community Hospital Kitchen",
    "community hospital kitchen",
    "WHATSAPP",
    "+447700900222",
    "en",
    "steady",
    7,
    3,
    [
        ("MLK-SEMI", 20, "2 Pint"),
        ("PP-MLK-120", 2),
        ("HD-YT-1200", 1),
        ("HD-NES-750", 2),
        ("PP-BUT-100", 3),
        ("FZ-COD-5", 1, "4-5oz"),
        ("FZ-CHB-5", 2, "4-6oz"),
        ("FZ-MXV-25", 4),
        ("GRV-BIS-18", 1),
        ("DES-CUR-12", 2),
        ("TM-L6F-6", 2),
        ("GLV-NIT", 3, "Large"),
        ("APR-PE", 2, "White"),
    ],
    [("FZ-PEA-25", 2), ("YOG-NAT-2", 2)],
)
cust(
    "willow-court-care",
    "Willow Court Care Home",
    "care home",
    "WHATSAPP",
    "+447700900223",
    "en",
    "regular",
    7,
    0,
    [
        ("MLK-WHL", 14, "2 Pint"),
        ("CRM-DBL-1", 3),
        ("BUT-BLK-40", 1),
        ("PP-JAM-100", 1),
        ("HD-YT-1200", 1),
        ("HD-DCH-2", 1),
        ("FZ-DCB-KG", 8),
        ("FZ-YPD-60", 2),
        ("GRV-BIS-18", 1),
        ("TM-NUT", 2, "Sticks 24 x 1.4g"),
        ("TM-L4S-6", 3),
        ("DES-CUP-3", 1),
        ("TIN-PCH-3", 1),
        ("FZ-ICV-4", 3),
    ],
    [("FZ-PEA-25", 2), ("YOG-NAT-2", 1)],
    last=("extra", ("FZ-BRO-25", 2)),
)
cust(
    "lavender-house",
    "Lavender House Care Home",
    "care home (Polish-speaking kitchen manager)",
    "WHATSAPP",
    "+447700900224",
    "pl",
    "steady",
    6,
    2,
    [
        ("MLK-SEMI", 8, "4 Pint"),
        ("BUT-BLK-40", 1),
        ("FZ-MIN-KG", 10),
        ("FZ-SAU-60", 2),
        ("PAS-SPA-3", 2),
        ("RIC-LG-10", 1),
        ("TIN-CHT-25", 2),
        ("FZ-PEA-25", 2),
        ("FZ-BRO-25", 3),
        ("OIL-RAP", 1, "20L"),
        ("HD-YT-1200", 1),
        ("YOG-NAT-2", 4),
        ("TM-L4C-6", 2),
    ],
    [("FLR-PLN-16", 1), ("SUG-CAS-3", 2)],
)
cust(
    "st-brigids-nursing",
    "St Brigid's Nursing Home",
    "nursing home (Portuguese-speaking chef)",
    "WHATSAPP",
    "+447700900225",
    "pt",
    "regular",
    6,
    1,
    [
        ("FZ-SAL-20", 2),
        ("RIC-EC-10", 1),
        ("FZ-CHB-5", 2, "4-6oz"),
        ("TIN-PLT-25", 1),
        ("OIL-SUN-20", 1),
        ("SPR-FLR-2", 2),
        ("MLK-SEMI", 10, "2 Pint"),
        ("CHS-CHB-5", 1),
        ("GLV-VIN", 2, "Large"),
        ("HYG-BLR-6", 1),
        ("FZ-MXV-25", 3),
        ("DES-JEL-12", 1),
    ],
    [("FZ-PEA-25", 2), ("YOG-FRT-12", 2)],
    last=("qty", "FZ-SAL-20", 3),
)
cust(
    "meadowbank-care",
    "Meadowbank Care Home",
    "care home (Romanian-speaking cook)",
    "WHATSAPP",
    "+447700900226",
    "ro",
    "steady",
    6,
    3,
    [
        ("FZ-CHB-5", 3, "4-6oz"),
        ("FZ-MIN-KG", 6),
        ("TIN-CHT-25", 1),
        ("RIC-LG-10", 1),
        ("PAS-FUS-3", 2),
        ("MLK-SEMI", 16, "2 Pint"),
        ("YOG-NAT-2", 3),
        ("CHS-CHB-5", 1),
        ("FZ-PEA-25", 2),
        ("HD-YT-1200", 1),
        ("SPR-FLR-2", 1),
        ("GLV-NIT", 2, "Medium"),
    ],
    [("SUG-CAS-3", 1), ("FLR-PLN-16", 1)],
)
cust(
    "kestrel-logistics",
    "Kestrel Logistics Staff Canteen",
    "warehouse staff canteen",
    "WHATSAPP",
    "+447700900227",
    "en",
    "regular",
    7,
    0,
    [
        ("FZ-CHS-4", 4),
        ("FZ-SAU-60", 3),
        ("TIN-BB-A10", 2),
        ("FZ-ROL-48", 4),
        ("MT-HAM-1", 4),
        ("CHS-CHB-5", 1),
        ("SCE-MAY", 1, "5L"),
        ("PP-KET-200", 2),
        ("HD-YT-1200", 1),
        ("HD-NES-750", 2),
        ("CUP-HOT", 1, "8oz"),
        ("DR-COK-24", 4),
        ("WA-STL-24", 4),
        ("OIL-RAP", 2, "20L"),
    ],
    [("FZ-PEA-25", 2), ("PP-SLT-2000", 1)],
    last=("qty", "DR-COK-24", 6),
)
cust(
    "harbourside-council",
    "Harbourside Civic Centre Staff Restaurant",
    "council offices staff restaurant",
    "EMAIL",
    "civic.restaurant@harbourside-council.example",
    "en",
    "steady",
    7,
    2,
    [
        ("HD-YT-1200", 1),
        ("HD-NES-750", 1),
        ("PP-MLK-120", 3),
        ("PP-SGW-1000", 1),
        ("PP-SGB-1000", 1),
        ("CUP-HOT", 1, "12oz"),
        ("FZ-SAL-20", 1),
        ("FZ-CHB-5", 1, "6-8oz"),
        ("RIC-BAS", 1, "10kg"),
        ("CHS-CHG-2", 1),
        ("CRM-SGL-1", 2),
        ("WA-SPK-24", 2),
        ("WA-STL-24", 2),
        ("NAP-D40", 1, "White"),
        ("DF-OTB-6", 2),
    ],
    [("YOG-NAT-2", 1), ("FZ-BRO-25", 2)],
)
cust(
    "vantage-contract",
    "Vantage Contract Catering",
    "contract caterer (business-park canteens)",
    "EMAIL",
    "purchasing@vantage-catering.example",
    "en",
    "regular",
    8,
    0,
    [
        ("RIC-BAS", 2, "20kg"),
        ("FZ-CHB-5", 4, "4-6oz"),
        ("FZ-DCB-KG", 15),
        ("TIN-CHT-25", 4),
        ("TIN-KDB-25", 2),
        ("OIL-RAP", 2, "20L"),
        ("STK-CHK-11", 2),
        ("FZ-CHS-4", 6),
        ("SCE-KET-45", 2),
        ("WRP-CLG", 3, "45cm x 300m"),
        ("WRP-FOI", 2, "45cm x 75m"),
        ("GLV-NIT", 6, "Large"),
        ("HYG-SAN-6", 2),
    ],
    [("HYG-BLR-6", 2), ("PAS-PEN-3", 4)],
    last=("drop", "TIN-KDB-25"),
)
cust(
    "pennine-mills",
    "Pennine Mills Works Canteen",
    "factory canteen",
    "SMS",
    "+447700900228",
    "en",
    "steady",
    6,
    3,
    [
        ("FZ-CHS-4", 3),
        ("FZ-COD-5", 2, "6-7oz"),
        ("FZ-PEA-25", 2),
        ("FZ-SAU-60", 2),
        ("TIN-BB-A10", 2),
        ("FZ-YPD-60", 1),
        ("GRV-BIS-18", 1),
        ("HD-YT-1200", 1),
        ("PP-SLT-2000", 1),
        ("PP-KET-200", 1),
        ("DR-COK-24", 2),
        ("FZ-SPC-48", 1),
    ],
    [("DES-CUP-3", 1), ("FZ-ROL-48", 2)],
)
cust(
    "greenway-college",
    "Greenway College Refectory",
    "further-education college refectory",
    "EMAIL",
    "refectory@greenway-college.example",
    "en",
    "regular",
    6,
    1,
    [
        ("FZ-CHB-5", 2, "6-8oz"),
        ("RIC-LG-10", 2),
        ("PAS-PEN-3", 4),
        ("TIN-CHT-25", 3),
        ("CHS-MOZ-2", 2),
        ("FZ-CHC-4", 4),
        ("FZ-NUG-4", 2),
        ("FZ-VSA-60", 2),
        ("DR-COK-24", 6),
        ("WA-STL-24", 6),
        ("HD-NES-750", 1),
        ("CUP-HOT", 2, "12oz"),
        ("NAP-L33", 1, "White"),
        ("HYG-SAN-6", 1),
    ],
    [("PP-KET-200", 2), ("FZ-ROL-48", 3)],
    last=("extra", ("PP-MAY-198", 1)),
)
cust(
    "little-acorns",
    "Little Acorns Day Nursery",
    "day nursery kitchen (allergen-aware)",
    "WHATSAPP",
    "+447700900229",
    "en",
    "steady",
    6,
    4,
    [
        ("MLK-WHL", 10, "4 Pint"),
        ("DF-OTO-6", 2),
        ("DF-SOY-8", 1),
        ("YOG-FRT-12", 4),
        ("GF-BRD-8", 1),
        ("GF-PEN-12", 1),
        ("SPR-PUR-2", 1),
        ("DF-CHS-1", 1),
        ("FZ-FFC-120", 1),
        ("PAS-MAC-3", 1),
        ("FZ-PEA-25", 1),
        ("DR-SQO-2", 1),
        ("HYG-BLR-6", 1),
    ],
    [("FZ-BRO-25", 1), ("TIN-PCH-3", 1)],
)
cust(
    "st-lukes-hospice",
    "St Luke's Hospice Kitchen",
    "hospice kitchen",
    "EMAIL",
    "kitchen@stlukes-hospice.example",
    "en",
    "regular",
    6,
    2,
    [
        ("MLK-SEMI", 12, "2 Pint"),
        ("CRM-DBL-1", 2),
        ("TIN-PCH-3", 1),
        ("DES-CUR-12", 1),
        ("FZ-ICV-4", 2),
        ("FZ-SAL-20", 1),
        ("PP-BUT-100", 2),
        ("PP-JAM-100", 1),
        ("HD-YT-1200", 1),
        ("HD-YTD-500", 1),
        ("TM-NUT", 4, "175g Tin"),
        ("TM-L4C-6", 2),
        ("TM-L6F-6", 1),
        ("YOG-NAT-2", 1),
    ],
    [("FZ-BRO-25", 1), ("SUG-CAS-3", 1)],
    last=("qty", "TM-NUT", 6),
)
cust(
    "brindle-park-care",
    "Brindle Park Care Home",
    "care home (Spanish-speaking chef)",
    "WHATSAPP",
    "+447700900230",
    "es",
    "regular",
    6,
    0,
    [
        ("FZ-CHB-5", 2, "6-8oz"),
        ("RIC-LG-10", 1),
        ("TIN-CHT-25", 2),
        ("OIL-SUN-20", 1),
        ("FZ-MIN-KG", 8),
        ("PAS-SPA-3", 2),
        ("MLK-SEMI", 10, "4 Pint"),
        ("BUT-BLK-40", 1),
        ("FZ-MXV-25", 2),
        ("GLV-VIN", 2, "Medium"),
        ("YOG-FRT-12", 3),
        ("HD-YT-1200", 1),
    ],
    [("FZ-PEA-25", 2), ("SUG-CAS-3", 1)],
    last=("qty", "FZ-MIN-KG", 10),
)
cust(
    "nordale-distribution",
    "Nordale Distribution Centre Canteen",
    "warehouse staff canteen (Polish-speaking chef)",
    "SMS",
    "+447700900231",
    "pl",
    "regular",
    7,
    4,
    [
        ("FZ-SAU-60", 3),
        ("FZ-CHS-4", 3),
        ("TIN-BB-A10", 2),
        ("FZ-ROL-48", 3),
        ("MT-HAM-1", 3),
        ("CHS-CHB-5", 1),
        ("HD-YT-1200", 1),
        ("HD-NES-750", 1),
        ("DR-COK-24", 3),
        ("CUP-HOT", 1, "8oz"),
        ("PP-KET-200", 1),
        ("FZ-DCB-KG", 10),
    ],
    [("FZ-PEA-25", 2), ("WA-STL-24", 2)],
    last=("drop", "MT-HAM-1"),
)
cust(
    "ashby-university",
    "Ashby University Halls Catering",
    "university halls catering",
    "EMAIL",
    "halls.catering@ashby-uni.example",
    "en",
    "steady",
    6,
    1,
    [
        ("CER-CFL-4", 6),
        ("CER-WEE-96", 2),
        ("PP-BUT-100", 4),
        ("PP-JAM-100", 2),
        ("DR-OJ1-12", 4),
        ("DR-AJ1-12", 2),
        ("MLK-SEMI", 30, "4 Pint"),
        ("DF-OTB-6", 3),
        ("HD-YT-1200", 2),
        ("HD-NES-750", 2),
        ("FZ-SAU-60", 3),
        ("FZ-VSA-60", 2),
        ("TIN-BB-A10", 4),
        ("FZ-ROL-48", 3),
    ],
    [("PP-KET-200", 2), ("YOG-FRT-12", 4)],
)
cust(
    "hartwell-hospital",
    "Hartwell Hospital Staff Restaurant",
    "hospital staff restaurant (Portuguese-speaking chef)",
    "WHATSAPP",
    "+447700900232",
    "pt",
    "steady",
    6,
    2,
    [
        ("FZ-COD-5", 2, "4-5oz"),
        ("FZ-SAL-20", 2),
        ("RIC-EC-10", 2),
        ("OIL-RAP", 4, "5L"),
        ("TIN-PLT-25", 2),
        ("FZ-BRO-25", 3),
        ("MLK-SEMI", 20, "2 Pint"),
        ("PP-MLK-120", 2),
        ("HD-YT-1200", 1),
        ("WA-STL-24", 4),
        ("GLV-NIT", 3, "Small"),
        ("DES-JEL-12", 2),
    ],
    [("FZ-PEA-25", 2), ("PP-SLT-2000", 1)],
)
cust(
    "summit-camps",
    "Summit Sports Holiday Camps",
    "holiday sports camps catering",
    "EMAIL",
    "food@summitcamps.example",
    "en",
    "irregular",
    5,
    4,
    [
        ("FZ-NUG-4", 3),
        ("FZ-CHS-4", 4),
        ("FZ-ROL-48", 4),
        ("MT-HAM-1", 3),
        ("CHS-CHG-2", 2),
        ("DR-FSH-24", 6),
        ("WA-STL-24", 8),
        ("FZ-ICC-48", 2),
        ("PAS-PEN-3", 3),
        ("SCE-PAS-2", 3),
        ("FZ-SAU-60", 2),
        ("TIN-BB-A10", 2),
        ("DR-SQO-2", 2),
        ("YOG-FRT-12", 4),
    ],
    [],
)
cust(
    "new-horizons-school",
    "New Horizons Free School",
    "new free school kitchen (first order)",
    "EMAIL",
    "kitchen@newhorizons-school.example",
    "en",
    "new",
    0,
    0,
    [],
    [],
)
cust(
    "elm-tree-lodge",
    "Elm Tree Lodge Care Home",
    "new care home (first order)",
    "WHATSAPP",
    "+447700900233",
    "en",
    "new",
    0,
    0,
    [],
    [],
)

START = datetime.date(2027, 3, 29)  # a Monday; histories run to the end of May 2027


def _line(t):
    d = {"sku": t[0]}
    if len(t) > 2:
        d["variant"] = t[2]
    d["quantity"] = t[1]
    return d


def _vary(rng, basket, extras, how):
    b = [list(x) for x in basket]
    if how == "qty":
        i = rng.randrange(len(b))
        b[i][1] = b[i][1] + 1 if b[i][1] < 3 or rng.random() < 0.5 else b[i][1] - 1
    elif how == "drop":
        del b[rng.randrange(len(b))]
    else:
        e = extras[rng.randrange(len(extras))]
        b.append(list(e))
    return [tuple(x) for x in b]


def _apply_last(basket, last):
    kind = last[0]
    b = [list(x) for x in basket]
    if kind == "qty":
        for x in b:
            if x[0] == last[1]:
                x[1] = last[2]
    elif kind == "drop":
        b = [x for x in b if x[0] != last[1]]
    else:
        b.append(list(last[1]))
    return [tuple(x) for x in b]


def histories():
    out = []
    for c in C:
        rng = random.Random("set22-" + c["customer"])
        orders = []
        n = c["weeks"]
        usual = c["usual"]
        first = START + datetime.timedelta(weeks=8 - n, days=c["weekday"])
        if c["pattern"] == "steady":
            idx = rng.sample(range(n - 1), 2)
            baskets = [usual] * n
            for i, how in zip(sorted(idx), rng.sample(["qty", "drop", "extra"], 2)):
                baskets[i] = _vary(rng, usual, c["extras"], how)
        elif c["pattern"] == "regular":
            baskets = [usual] * n
            i = rng.randrange(n - 1)
            baskets[i] = _vary(rng, usual, c["extras"], rng.choice(["qty", "drop", "extra"]))
            baskets[n - 1] = _apply_last(usual, c["last"])
        elif c["pattern"] == "irregular":
            baskets = []
            pool = [x for x in usual if x[1] > 0]
            seen = set()
            while len(baskets) < n:
                k = rng.randint(5, len(pool))
                b = sorted(rng.sample(pool, k))
                b = [(x[0], max(1, x[1] + rng.randint(-1, 3))) for x in b]
                key = tuple(b)
                if key not in seen:
                    seen.add(key)
                    baskets.append(b)
        else:
            baskets = []
        for i, b in enumerate(baskets):
            orders.append(
                {"date": (first + datetime.timedelta(weeks=i)).isoformat(), "lines": [_line(t) for t in b]}
            )
        out.append(
            {
                "customer": c["customer"],
                "name": c["name"],
                "kind": c["kind"],
                "channel": c["channel"],
                "address": c["address"],
                "language": c["language"],
                "orders": orders,
            }
        )
    return out
