# ruff: noqa  (hand-written data generator of blind set 49, kept as its writer left it)
"""Customers of blind set 49, their hand-written usual baskets and the seeded history generator."""

import datetime
import random

from cat49 import PRODUCTS

# line: (sku, variant or None, quantity)
# kind: steady | regular | irregular | new
# last: for regular customers, how the last order differs from the usual
CUSTOMERS = [
    dict(
        key="fade-district",
        name="Fade District Barbers",
        kind="barber shop",
        channel="WHATSAPP",
        address="+447700900901",
        language="en",
        hist="steady",
        usual=[
            ("DERBY-100", None, 2),
            ("WAHL-OIL", None, 3),
            ("NECK-STRETCH", None, 2),
            ("RZ-PINK", "113g Pig", 6),
            ("RZ-BLUE", "113g Pig", 4),
            ("BARB-CONC", "1.9L", 1),
            ("TOWEL-BS", "Black", 2),
            ("GLV-BLK", "Medium", 2),
            ("PRORASO-GRN", None, 1),
        ],
        extras=[("CLIPPERCIDE", None, 2)],
    ),
    dict(
        key="velvet-rooms",
        name="The Velvet Rooms Hair Studio",
        kind="hair salon",
        channel="EMAIL",
        address="orders@velvetrooms.example",
        language="en",
        hist="regular",
        usual=[
            ("KOL-PERF", "6/0", 4),
            ("KOL-PERF", "7/1", 3),
            ("KOL-PERF", "9/03", 4),
            ("WOX-6", None, 6),
            ("WOX-9", None, 3),
            ("BLONDOR-800", None, 2),
            ("OLA-1", None, 1),
            ("FOIL-ROLL", "120mm", 4),
            ("GLV-BLK", "Small", 2),
            ("WIV-CB-SH", None, 3),
            ("WIV-CB-CO", None, 3),
            ("TOWEL-BS", "Grey", 2),
        ],
        extras=[("SW-STAIN", None, 2)],
        last=("qty", "WOX-6", None, 8),
    ),
    dict(
        key="crown-clipper",
        name="Crown & Clipper",
        kind="barber shop",
        channel="SMS",
        address="+447700900903",
        language="en",
        hist="steady",
        usual=[
            ("ASTRA-100", None, 2),
            ("SW-OIL-200", None, 4),
            ("ANDIS-COOL", None, 3),
            ("NECK-CREPE", None, 3),
            ("LAYRITE-ORIG", None, 6),
            ("ACREW-FIBER", None, 4),
            ("TOWEL-DISP", None, 2),
            ("BARB-WIPES", None, 2),
            ("SW-SHAVEGEL", None, 2),
        ],
        extras=[("LAYRITE-CEM", None, 3)],
    ),
    dict(
        key="mobile-jess",
        name="Jess Harlow Mobile Hair",
        kind="mobile hairdresser",
        channel="WHATSAPP",
        address="+447700900904",
        language="en",
        hist="regular",
        usual=[
            ("WCT-60", "10/6", 2),
            ("WCT-60", "9/16", 2),
            ("IGR-60", "6-0", 3),
            ("IGR-60", "7-1", 2),
            ("IOX-20", None, 2),
            ("SWB-BLUE", "500g", 1),
            ("FOIL-POPUP", None, 1),
            ("GLV-BLU", "Medium", 1),
            ("CAPE-DISP", None, 1),
            ("COTTON-ROLL", None, 1),
            ("TINT-BRUSH", None, 1),
        ],
        extras=[("SW-BARRIER", None, 1)],
        last=("drop", "TINT-BRUSH", None, 0),
    ),
    dict(
        key="lush-locks",
        name="Lush Locks Salon",
        kind="hair salon",
        channel="EMAIL",
        address="manager@lushlocks.example",
        language="en",
        hist="steady",
        usual=[
            ("MAJ-50", "5.0", 3),
            ("MAJ-50", "6.0", 4),
            ("MAJ-50", "7.1", 3),
            ("MAJ-50", "9.1", 2),
            ("LOX-20", None, 6),
            ("LOX-30", None, 3),
            ("LBS-500", None, 2),
            ("SEQ-60", "09V", 3),
            ("SEQ-PROC", None, 2),
            ("LSE-VIT-SH", None, 2),
            ("LSE-VIT-CO", None, 2),
            ("FOIL-COL", "Rose Gold", 2),
            ("TOWEL-BS", "Burgundy", 2),
            ("CAPE-COLOUR", None, 2),
        ],
        extras=[("SW-PURPLE-MASK", None, 2)],
    ),
    dict(
        key="northside-cuts",
        name="Northside Cuts",
        kind="barber shop",
        channel="WHATSAPP",
        address="+447700900906",
        language="en",
        hist="regular",
        usual=[
            ("DORCO-100", None, 3),
            ("WAHL-OIL", None, 2),
            ("CLIPPERCIDE", None, 2),
            ("NECK-STRETCH", None, 3),
            ("UPC-DLX", None, 6),
            ("UPC-CLAY", None, 4),
            ("RZ-BLUE", "340g Hog", 2),
            ("PRORASO-WHT", None, 2),
            ("GLV-BLK", "Large", 2),
            ("CAPE-CUT", "Navy", 1),
        ],
        extras=[("SW-BLADEWASH", None, 2)],
        last=("extra", "FEATHER-20", None, 1),
    ),
    dict(
        key="glow-beauty",
        name="Glow Hair & Beauty",
        kind="hair and beauty salon",
        channel="WHATSAPP",
        address="+447700900907",
        language="en",
        hist="regular",
        usual=[
            ("SW-HOTWAX", None, 2),
            ("SW-STRIPWAX", None, 4),
            ("SW-WAXSTRIPS", None, 3),
            ("COUCH-ROLL", None, 1),
            ("COTTON-BALLS", None, 2),
            ("SWD-20", "1L", 4),
            ("SWB-BLUE", "2kg", 1),
            ("SW-SHAMP", "5L", 1),
            ("SW-COND", "5L", 1),
            ("GLV-VINYL", None, 3),
            ("TOWEL-BS", "Black", 1),
        ],
        extras=[("SW-SURFACE", None, 2)],
        last=("qty", "SW-STRIPWAX", None, 6),
    ),
    dict(
        key="academy-hair",
        name="Kingsgate Hair Academy",
        kind="hairdressing training academy",
        channel="EMAIL",
        address="stores@kingsgate-academy.example",
        language="en",
        hist="irregular",
        usual=[
            ("KOL-PERF", "6/0", 6),
            ("KOL-PERF", "8/0", 6),
            ("WOX-6", None, 10),
            ("WOX-9", None, 6),
            ("BLONDOR-800", None, 3),
            ("FOIL-ROLL", "100mm", 6),
            ("GLV-VINYL", None, 10),
            ("COMB-CARBON", None, 4),
            ("TINT-BOWL", None, 10),
            ("TINT-BRUSH", None, 5),
            ("SW-SHAMP", "5L", 2),
            ("CAPE-DISP", None, 2),
        ],
        extras=[],
    ),
    dict(
        key="istanbul-barbers",
        name="Istanbul Barbers",
        kind="barber shop",
        channel="WHATSAPP",
        address="+447700900909",
        language="tr",
        hist="steady",
        usual=[
            ("DERBY-100", None, 3),
            ("WAHL-OIL", None, 4),
            ("SW-COLOGNE", None, 2),
            ("NECK-CREPE", None, 4),
            ("RZ-PINK", "340g Hog", 2),
            ("PRORASO-GRN", None, 2),
            ("TOWEL-BS", "Black", 3),
            ("GLV-BLK", "Medium", 3),
            ("SW-HOTWAX", None, 1),
            ("OSMA-ALUM", None, 2),
        ],
        extras=[("CLIPPERCIDE", None, 1)],
    ),
    dict(
        key="anatolia-gents",
        name="Anatolia Gents Hairdresser",
        kind="barber shop",
        channel="SMS",
        address="+447700900910",
        language="tr",
        hist="regular",
        usual=[
            ("ASTRA-100", None, 2),
            ("SW-OIL-200", None, 3),
            ("NECK-STRETCH", None, 2),
            ("LAYRITE-CEM", None, 3),
            ("SW-GEL", None, 2),
            ("SW-SHAVEGEL", None, 3),
            ("TOWEL-DISP", None, 2),
            ("BARB-CONC", "480ml", 2),
            ("GLV-BLK", "Large", 2),
        ],
        extras=[("ANDIS-COOL", None, 2)],
        last=("qty", "ASTRA-100", None, 3),
    ),
    dict(
        key="sultan-kuafor",
        name="Sultan Kuaför (ladies)",
        kind="hair salon",
        channel="WHATSAPP",
        address="+447700900911",
        language="tr",
        hist="regular",
        usual=[
            ("IGR-60", "5-0", 3),
            ("IGR-60", "7-1", 3),
            ("IGR-60", "9-1", 2),
            ("IOX-20", None, 4),
            ("IOX-30", None, 2),
            ("BLONDME-450", None, 2),
            ("FOIL-ROLL", "100mm", 3),
            ("GLV-BLU", "Small", 2),
            ("BON-CF-SH", None, 2),
            ("BON-CF-CO", None, 2),
            ("ELNETT-400", None, 6),
            ("TOWEL-BS", "Burgundy", 2),
        ],
        extras=[("SW-HEAT-250", None, 3)],
        last=("drop", "ELNETT-400", None, 0),
    ),
    dict(
        key="zagros-barbers",
        name="Zagros Barbers",
        kind="barber shop",
        channel="WHATSAPP",
        address="+447700900912",
        language="ku",
        hist="steady",
        usual=[
            ("DORCO-100", None, 2),
            ("WAHL-OIL", None, 3),
            ("NECK-CREPE", None, 3),
            ("RZ-BLUE", "113g Pig", 6),
            ("UPC-DLX", None, 3),
            ("PRORASO-RED", None, 2),
            ("SW-HOTWAX", None, 1),
            ("TOWEL-BS", "Grey", 2),
            ("GLV-BLK", "Medium", 2),
        ],
        extras=[("OSMA-ALUM", None, 1)],
    ),
    dict(
        key="newroz-cuts",
        name="Newroz Cuts",
        kind="barber shop",
        channel="SMS",
        address="+447700900913",
        language="ku",
        hist="regular",
        usual=[
            ("DERBY-100", None, 2),
            ("SW-OIL-200", None, 2),
            ("CLIPPERCIDE", None, 2),
            ("NECK-STRETCH", None, 2),
            ("ACREW-FIBER", None, 3),
            ("ACREW-FORM", None, 2),
            ("SW-COLOGNE", None, 2),
            ("BARB-WIPES", None, 1),
            ("TOWEL-BS", "Black", 2),
        ],
        extras=[("SW-GEL", None, 1)],
        last=("qty", "ACREW-FIBER", None, 4),
    ),
    dict(
        key="amed-barber",
        name="Amed Barber Lounge",
        kind="barber shop",
        channel="WHATSAPP",
        address="+447700900914",
        language="ku",
        hist="regular",
        usual=[
            ("ASTRA-100", None, 3),
            ("WAHL-OIL", None, 2),
            ("NECK-CREPE", None, 2),
            ("RZ-PINK", "113g Pig", 4),
            ("LAYRITE-ORIG", None, 3),
            ("PRORASO-GRN", None, 1),
            ("PRORASO-WHT", None, 1),
            ("SW-HOTWAX", None, 2),
            ("CAPE-CUT", "Black", 1),
            ("GLV-BLK", "X-Large", 2),
        ],
        extras=[("SW-SHAVEGEL", None, 1)],
        last=("drop", "CAPE-CUT", "Black", 0),
    ),
    dict(
        key="tirana-barbers",
        name="Tirana Barbers",
        kind="barber shop",
        channel="WHATSAPP",
        address="+447700900915",
        language="sq",
        hist="steady",
        usual=[
            ("DERBY-100", None, 4),
            ("WAHL-OIL", None, 3),
            ("ANDIS-COOL", None, 2),
            ("NECK-STRETCH", None, 3),
            ("RZ-PINK", "113g Pig", 4),
            ("RZ-BLUE", "113g Pig", 4),
            ("RZ-FIBER", None, 2),
            ("TOWEL-BS", "Black", 2),
            ("GLV-BLK", "Large", 2),
            ("BARB-CONC", "1.9L", 1),
        ],
        extras=[("UPC-CLAY", None, 2)],
    ),
    dict(
        key="shqiponja-salon",
        name="Shqiponja Hair Salon",
        kind="hair salon",
        channel="SMS",
        address="+447700900916",
        language="sq",
        hist="regular",
        usual=[
            ("KOL-PERF", "6/0", 3),
            ("KOL-PERF", "8/0", 2),
            ("KOL-PERF", "10/1", 2),
            ("WOX-6", None, 4),
            ("WOX-9", None, 2),
            ("WOX-12", None, 1),
            ("BLONDOR-800", None, 1),
            ("FOIL-ROLL", "120mm", 2),
            ("GLV-BLK", "Medium", 2),
            ("SW-COLSHAMP", None, 2),
            ("SW-COLCOND", None, 2),
        ],
        extras=[("OLA-3", None, 3)],
        last=("qty", "KOL-PERF", "6/0", 5),
    ),
    dict(
        key="illyria-gents",
        name="Illyria Gents",
        kind="barber shop",
        channel="WHATSAPP",
        address="+447700900917",
        language="sq",
        hist="regular",
        usual=[
            ("FEATHER-20", None, 2),
            ("SW-OIL-200", None, 3),
            ("NECK-CREPE", None, 2),
            ("UPC-DLX", None, 4),
            ("LAYRITE-ORIG", None, 2),
            ("SW-GEL", None, 2),
            ("PRORASO-RED", None, 1),
            ("TOWEL-DISP", None, 3),
            ("GLV-BLU", "Large", 2),
        ],
        extras=[("BARB-JAR", None, 1)],
        last=("extra", "SW-COLOGNE", None, 1),
    ),
    dict(
        key="salon-kasia",
        name="Salon Fryzjerski Kasia",
        kind="hair salon",
        channel="WHATSAPP",
        address="+447700900918",
        language="pl",
        hist="steady",
        usual=[
            ("MAJ-50", "6.0", 4),
            ("MAJ-50", "7.1", 2),
            ("MAJ-50", "8.3", 2),
            ("MAJ-50", "5.35", 2),
            ("LOX-20", None, 4),
            ("LOX-30", None, 2),
            ("LBS-500", None, 1),
            ("FOIL-ROLL", "100mm", 2),
            ("GLV-BLK", "Small", 3),
            ("TOWEL-BS", "Black", 2),
            ("SW-SHAMP", "5L", 1),
        ],
        extras=[("SW-BARRIER", None, 1)],
    ),
    dict(
        key="studio-magda",
        name="Studio Magda",
        kind="hair salon",
        channel="EMAIL",
        address="magda@studiomagda.example",
        language="pl",
        hist="regular",
        usual=[
            ("KOL-PERF", "7/0", 4),
            ("KOL-PERF", "5/0", 3),
            ("KOL-PERF", "9/03", 3),
            ("WCT-60", "8/81", 2),
            ("WCT-EM-19", None, 2),
            ("WOX-6", None, 4),
            ("BLONDOR-800", None, 1),
            ("OLA-1", None, 1),
            ("OLA-2", None, 1),
            ("FOIL-COL", "Gold", 2),
            ("GLV-BLK", "Medium", 2),
            ("CAPE-COLOUR", None, 1),
        ],
        extras=[("SW-PURPLE-MASK", None, 2)],
        last=("extra", "WCT-60", "10/6", 2),
    ),
    dict(
        key="fryzjer-ola",
        name="Ola Nowak Fryzjer Mobilny",
        kind="mobile hairdresser",
        channel="SMS",
        address="+447700900920",
        language="pl",
        hist="regular",
        usual=[
            ("IGR-60", "6-0", 2),
            ("IGR-60", "8-0", 2),
            ("IGR-60", "6-68", 1),
            ("SWD-20", "1L", 2),
            ("SWD-30", "1L", 1),
            ("SWB-BLUE", "500g", 1),
            ("FOIL-POPUP", None, 1),
            ("GLV-BLU", "Medium", 1),
            ("CAPE-DISP", None, 1),
            ("COTTON-ROLL", None, 1),
        ],
        extras=[("TINT-BRUSH", None, 1)],
        last=("qty", "SWD-20", "1L", 3),
    ),
    dict(
        key="bella-capelli",
        name="Bella Capelli Parrucchieri",
        kind="hair salon",
        channel="EMAIL",
        address="ordini@bellacapelli.example",
        language="it",
        hist="steady",
        usual=[
            ("KOL-PERF", "6/0", 3),
            ("KOL-PERF", "7/1", 2),
            ("KOL-PERF", "9/03", 3),
            ("KOL-PERF", "6/35", 2),
            ("WOX-6", None, 6),
            ("WOX-9", None, 3),
            ("BLONDOR-800", None, 2),
            ("SEQ-60", "09P", 2),
            ("SEQ-60", "010NB", 2),
            ("SEQ-PROC", None, 1),
            ("FOIL-ROLL", "120mm", 3),
            ("GLV-BLK", "Medium", 2),
            ("TOWEL-BS", "Black", 3),
            ("SW-SHAMP", "5L", 2),
            ("SW-COND", "5L", 1),
        ],
        extras=[("OLA-1", None, 1)],
    ),
    dict(
        key="forbici-doro",
        name="Forbici d'Oro Barber & Salon",
        kind="unisex barber and salon",
        channel="WHATSAPP",
        address="+447700900922",
        language="it",
        hist="regular",
        usual=[
            ("DERBY-100", None, 2),
            ("WAHL-OIL", None, 2),
            ("NECK-STRETCH", None, 2),
            ("RZ-PINK", "113g Pig", 3),
            ("PRORASO-GRN", None, 2),
            ("SWD-20", "4L", 1),
            ("SWB-BLUE", "500g", 1),
            ("MAJ-50", "6.0", 2),
            ("MAJ-50", "7.1", 2),
            ("GLV-BLK", "Large", 2),
            ("CAPE-CUT", "Black", 1),
        ],
        extras=[("CLUBMAN-LILAC", None, 1)],
        last=("qty", "DERBY-100", None, 3),
    ),
    dict(
        key="blade-bone",
        name="Blade & Bone Barbers",
        kind="barber shop (opening 20 May)",
        channel="WHATSAPP",
        address="+447700900923",
        language="en",
        hist="new",
        usual=[],
        extras=[],
    ),
    dict(
        key="parrucchiere-luna",
        name="Parrucchiere Luna",
        kind="hair salon (opening 18 May)",
        channel="EMAIL",
        address="luna.salone@parrucchieri-luna.example",
        language="it",
        hist="new",
        usual=[],
        extras=[],
    ),
]

CUST = {c["key"]: c for c in CUSTOMERS}

LAST_DAY = datetime.date(2028, 5, 12)


def _line(sku, var, q):
    d = {"sku": sku}
    if PRODUCTS[sku]["variants"]:
        d["variant"] = var
    d["quantity"] = q
    return d


def _basket(lines):
    return [_line(*l) for l in lines]


def gen_orders(c):
    """Weekly orders, oldest first. Deterministic: random.Random seeded with a string."""
    if c["hist"] == "new":
        return []
    rng = random.Random("blind49-history-" + c["key"])
    n = rng.randint(5, 8)
    last = LAST_DAY - datetime.timedelta(days=rng.randint(0, 4))
    dates = [last - datetime.timedelta(weeks=n - 1 - i) for i in range(n)]
    usual = [list(l) for l in c["usual"]]
    baskets = []
    if c["hist"] == "irregular":
        seen = set()
        for i in range(n):
            while True:
                k = rng.randint(5, len(usual))
                picked = sorted(rng.sample(range(len(usual)), k))
                b = [(usual[j][0], usual[j][1], max(1, usual[j][2] + rng.randint(-2, 3))) for j in picked]
                key = tuple(b)
                if key not in seen:
                    seen.add(key)
                    break
            baskets.append(b)
    else:
        for i in range(n):
            baskets.append([tuple(l) for l in usual])
        if c["hist"] == "steady":
            a, b = rng.sample(range(1, n - 1), 2)
            j = rng.randrange(len(usual))
            bl = list(baskets[a])
            bl[j] = (bl[j][0], bl[j][1], bl[j][2] + 1)
            baskets[a] = bl
            baskets[b] = list(baskets[b]) + [tuple(c["extras"][0])]
        else:
            a = rng.randrange(1, n - 1)
            baskets[a] = list(baskets[a]) + [tuple(c["extras"][0])]
            op, sku, var, q = c["last"]
            bl = list(baskets[-1])
            if op == "qty":
                bl = [(s, v, q if (s == sku and v == var) else qq) for s, v, qq in bl]
            elif op == "drop":
                bl = [(s, v, qq) for s, v, qq in bl if not (s == sku and v == var)]
            elif op == "extra":
                bl = bl + [(sku, var, q)]
            baskets[-1] = bl
    return [{"date": d.isoformat(), "lines": _basket(b)} for d, b in zip(dates, baskets)]


def build_histories():
    out = []
    for c in CUSTOMERS:
        out.append(
            {
                "customer": c["key"],
                "name": c["name"],
                "kind": c["kind"],
                "channel": c["channel"],
                "address": c["address"],
                "language": c["language"],
                "orders": gen_orders(c),
            }
        )
    return out
