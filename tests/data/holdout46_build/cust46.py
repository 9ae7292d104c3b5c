# ruff: noqa  (hand-written data generator of blind set 46, kept as its writer left it)
"""Customers of blind set 46, their hand-written usual baskets and the seeded history generator."""

import datetime
import random

# kind: steady (last order is the usual), regular (last order differs from the usual by one change),
# irregular (never repeats a basket), new (no orders).
# basket lines: (sku, variant or None, quantity)
CUSTOMERS = [
    dict(
        key="petal-row",
        name="Petal & Row Florist",
        kind="florist",
        channel="WHATSAPP",
        address="+447700900701",
        language="en",
        pattern="steady",
        weeks=7,
        weekday=0,
        seed=4601,
        usual=[
            ("ROSE-NAOMI", "60cm", 4),
            ("ROSE-AVALANCHE", "50cm", 3),
            ("GYP-XLENCE", "White", 3),
            ("EUC-CINEREA", None, 4),
            ("RUSCUS", None, 2),
            ("SPRAY-LYDIA", None, 2),
            ("OASIS-IDEAL", None, 1),
            ("CELLO-ROLL", "80cm", 1),
        ],
        extras=[("TAPE-STEM", None, 1), ("WAXFLOWER", None, 2)],
    ),
    dict(
        key="hazel-thorn",
        name="Hazel & Thorn Flowers",
        kind="florist",
        channel="SMS",
        address="+447700900702",
        language="en",
        pattern="regular",
        weeks=6,
        weekday=1,
        seed=4602,
        usual=[
            ("ROSE-FREEDOM", "50cm", 3),
            ("ROSE-PLAYA", None, 2),
            ("CARN-MOONLIGHT", None, 2),
            ("CHRYS-SANTINI", None, 3),
            ("GYP-MILLION", None, 2),
            ("PITTOSPORUM", None, 2),
            ("SALAL", None, 2),
        ],
        extras=[("ALSTRO", None, 2), ("CARD-PICKS", None, 1)],
    ),
    dict(
        key="greenfinch-gc",
        name="Greenfinch Garden Centre",
        kind="garden centre",
        channel="EMAIL",
        address="purchasing@greenfinch-gc.example",
        language="en",
        pattern="regular",
        weeks=8,
        weekday=2,
        seed=4603,
        usual=[
            ("WESTLAND-MPC", "60L", 40),
            ("JI-3", None, 10),
            ("LEVINGTON-PF", None, 20),
            ("BARK-NUGGETS", None, 15),
            ("GRIT-20", None, 10),
            ("PEACE-LILY", "17cm Pot (tray of 4)", 3),
            ("PHAL-12", "Mixed", 4),
            ("PANSY", None, 10),
            ("LAVENDER-2L", None, 24),
            ("MIRACLEGRO-AP", None, 2),
            ("BABYBIO-ORIG", None, 2),
        ],
        extras=[("PERLITE-10", None, 6), ("PRIMULA", None, 6)],
    ),
    dict(
        key="orchard-way-gc",
        name="Orchard Way Garden Centre",
        kind="garden centre",
        channel="EMAIL",
        address="orders@orchardway.example",
        language="en",
        pattern="steady",
        weeks=6,
        weekday=3,
        seed=4604,
        usual=[
            ("WESTLAND-MPC", "40L", 30),
            ("ERICACEOUS", None, 10),
            ("BARK-ORNAMENTAL", None, 12),
            ("JI-2", None, 8),
            ("PERLITE-10", None, 6),
            ("LAVENDER-9", None, 6),
            ("GERANIUM", None, 8),
            ("PRIMULA", None, 6),
            ("TOMORITE", None, 1),
            ("BABYBIO-ORCHID", None, 1),
            ("PHAL-9", None, 3),
        ],
        extras=[("GRIT-20", None, 5), ("PANSY", None, 8)],
    ),
    dict(
        key="velvet-vine",
        name="Velvet & Vine Weddings",
        kind="wedding and event stylist",
        channel="WHATSAPP",
        address="+447700900705",
        language="en",
        pattern="irregular",
        weeks=6,
        weekday=1,
        seed=4605,
        usual=[
            ("ROSE-AVALANCHE", "60cm", 4),
            ("ROSE-SWEETAV", "60cm", 3),
            ("ROSE-MONDIAL", None, 2),
            ("SPRAY-MAJOLIKA", None, 3),
            ("GYP-XLENCE", "White", 4),
            ("EUC-PARVIFOLIA", None, 4),
            ("EUC-POPULUS", None, 3),
            ("LISIANTHUS", None, 3),
            ("RIBBON-SATIN-IVORY", "25mm", 2),
            ("RIBBON-ORGANZA", "Ivory", 2),
            ("VASE-CYL", "10x20cm (box of 12)", 2),
            ("VASE-BUD", None, 1),
            ("OASIS-IDEAL", None, 2),
        ],
        extras=[
            ("PEONY-SARAH", None, 3),
            ("PEONY-CORAL", None, 2),
            ("CALLA-WHITE", None, 2),
            ("VASE-FISHBOWL", None, 2),
        ],
    ),
    dict(
        key="freshway",
        name="FreshWay Supermarkets (flowers buying office)",
        kind="supermarket",
        channel="EMAIL",
        address="flowers.buying@freshway.example",
        language="en",
        pattern="steady",
        weeks=8,
        weekday=0,
        seed=4606,
        usual=[
            ("TULIP-BUCKET", None, 30),
            ("TULIP-STRONGGOLD", None, 40),
            ("TULIP-ILEDEFRANCE", None, 40),
            ("ALSTRO", None, 30),
            ("CHRYS-SANTINI", None, 20),
            ("SUNFLOWER", None, 20),
            ("CARN-SPRAY", None, 20),
            ("PHAL-12", "Mixed", 10),
            ("KALANCHOE", None, 12),
            ("CHRYSAL-SACHETS", None, 2),
            ("AQUA-BAG", None, 10),
        ],
        extras=[("CYCLAMEN", None, 8), ("SUCCULENT-MIX", None, 6)],
    ),
    dict(
        key="rosie-lane",
        name="Rosie Lane Flowers",
        kind="florist",
        channel="WHATSAPP",
        address="+447700900707",
        language="en",
        pattern="regular",
        weeks=7,
        weekday=3,
        seed=4607,
        usual=[
            ("ROSE-NAOMI", "50cm", 2),
            ("ROSE-SWEETAV", "50cm", 2),
            ("ROSE-MONDIAL", None, 1),
            ("SPRAY-MAJOLIKA", None, 2),
            ("LILY-STARGAZER", None, 2),
            ("CARN-MOONLIGHT", None, 1),
            ("EUC-POPULUS", None, 2),
            ("RUSCUS", None, 2),
            ("KRAFT-ROLL", "50cm", 1),
            ("TISSUE-WHITE", None, 1),
            ("RIBBON-SATIN-RED", "25mm", 2),
        ],
        extras=[("FREESIA-WHITE", None, 2), ("AQUA-BAG", None, 1)],
    ),
    dict(
        key="stemcraft",
        name="Stemcraft Studio",
        kind="florist and workshop studio",
        channel="WHATSAPP",
        address="+447700900708",
        language="en",
        pattern="steady",
        weeks=6,
        weekday=2,
        seed=4608,
        usual=[
            ("ROSE-AVALANCHE", "70cm", 2),
            ("ROSE-FREEDOM", "60cm", 2),
            ("CALLA-WHITE", None, 2),
            ("LILY-SIBERIA", None, 2),
            ("CHRYS-ANASTASIA", None, 2),
            ("HYDRANGEA-WHITE", None, 1),
            ("EUC-PARVIFOLIA", None, 3),
            ("ASPARAGUS-FERN", None, 2),
            ("WIRE-STUB", "22 gauge", 2),
            ("WIRE-REEL", None, 1),
            ("TAPE-STEM", None, 1),
            ("OASIS-BIO", None, 1),
        ],
        extras=[("RANUNCULUS", None, 2), ("WIRE-BIND", None, 1)],
    ),
    dict(
        key="fern-foxglove",
        name="Fern & Foxglove",
        kind="florist",
        channel="SMS",
        address="+447700900709",
        language="en",
        pattern="regular",
        weeks=6,
        weekday=4,
        seed=4609,
        usual=[
            ("ROSE-NAOMI", "70cm", 2),
            ("ROSE-PENNYLANE", None, 1),
            ("TULIP-ILEDEFRANCE", None, 3),
            ("TULIP-ROYALVIRGIN", None, 3),
            ("FREESIA-YELLOW", None, 2),
            ("STOCKS", None, 2),
            ("WAXFLOWER", None, 1),
            ("SALAL", None, 2),
            ("OASIS-IDEAL", None, 1),
            ("WIRE-STUB", "20 gauge", 1),
            ("CELLO-SHEETS", None, 2),
        ],
        extras=[("LIMONIUM", None, 1), ("ZINC-POT", None, 1)],
    ),
    dict(
        key="bloom-barrow",
        name="Bloom & Barrow (market stall)",
        kind="market stall florist",
        channel="SMS",
        address="+447700900710",
        language="en",
        pattern="steady",
        weeks=5,
        weekday=4,
        seed=4610,
        usual=[
            ("TULIP-BUCKET", None, 4),
            ("RANUNCULUS", None, 3),
            ("SUNFLOWER", None, 3),
            ("ALSTRO", None, 4),
            ("CARN-SPRAY", None, 3),
            ("EUC-CINEREA", None, 3),
            ("KRAFT-SHEETS", None, 1),
        ],
        extras=[("STOCKS", None, 2), ("BUCKET-20", None, 4)],
    ),
    dict(
        key="de-linde",
        name="Bloemenhuis De Linde",
        kind="florist",
        channel="WHATSAPP",
        address="+447700900711",
        language="nl",
        pattern="regular",
        weeks=7,
        weekday=0,
        seed=4611,
        usual=[
            ("ROSE-AVALANCHE", "60cm", 3),
            ("ROSE-NAOMI", "60cm", 2),
            ("TULIP-STRONGGOLD", None, 4),
            ("TULIP-FOXTROT", None, 2),
            ("RANUNCULUS", None, 2),
            ("GYP-XLENCE", "White", 2),
            ("RUSCUS", None, 3),
            ("PITTOSPORUM", None, 2),
            ("CHRYSAL-SACHETS", None, 1),
            ("AQUA-BAG", None, 2),
            ("OASIS-IDEAL", None, 1),
        ],
        extras=[("FREESIA-WHITE", None, 2), ("LIMONIUM", None, 1)],
    ),
    dict(
        key="groenrijk",
        name="Tuincentrum Groenrijk",
        kind="garden centre",
        channel="EMAIL",
        address="inkoop@groenrijk.example",
        language="nl",
        pattern="steady",
        weeks=7,
        weekday=1,
        seed=4612,
        usual=[
            ("WESTLAND-MPC", "60L", 30),
            ("LEVINGTON-PF", None, 20),
            ("BARK-NUGGETS", None, 10),
            ("BARK-ORNAMENTAL", None, 10),
            ("PERLITE-10", None, 5),
            ("PEACE-LILY", "12cm Pot (tray of 8)", 4),
            ("MONSTERA", None, 10),
            ("ZZ-PLANT", None, 8),
            ("SUCCULENT-MIX", None, 6),
            ("PHAL-12", "White", 4),
            ("BABYBIO-ORIG", None, 1),
            ("BABYBIO-ORCHID", None, 1),
        ],
        extras=[("KALANCHOE", None, 4), ("BEGONIA", None, 4)],
    ),
    dict(
        key="van-dijk",
        name="Bloemen van Dijk (marktkraam)",
        kind="market stall florist",
        channel="SMS",
        address="+447700900713",
        language="nl",
        pattern="steady",
        weeks=6,
        weekday=4,
        seed=4613,
        usual=[
            ("TULIP-ILEDEFRANCE", None, 6),
            ("TULIP-ROYALVIRGIN", None, 4),
            ("TULIP-STRONGGOLD", None, 6),
            ("CHRYS-SANTINI", None, 4),
            ("ALSTRO", None, 4),
            ("GERBERA", None, 1),
            ("CARN-DONPEDRO", None, 2),
            ("EUC-CINEREA", None, 2),
        ],
        extras=[("SUNFLOWER", None, 2), ("KRAFT-SHEETS", None, 1)],
    ),
    dict(
        key="studio-bloesem",
        name="Studio Bloesem",
        kind="wedding stylist",
        channel="WHATSAPP",
        address="+447700900714",
        language="nl",
        pattern="regular",
        weeks=6,
        weekday=2,
        seed=4614,
        usual=[
            ("ROSE-SWEETAV", "60cm", 3),
            ("SPRAY-MAJOLIKA", None, 3),
            ("PEONY-SARAH", None, 2),
            ("LISIANTHUS", None, 2),
            ("EUC-PARVIFOLIA", None, 3),
            ("GYP-XLENCE", "White", 2),
            ("RIBBON-ORGANZA", "Ivory", 2),
            ("RIBBON-SATIN-IVORY", "25mm", 2),
            ("VASE-BUD", None, 1),
            ("OASIS-IDEAL", None, 2),
        ],
        extras=[("WAXFLOWER", None, 2), ("CARD-PICKS", None, 1)],
    ),
    dict(
        key="stokrotka",
        name="Kwiaciarnia Stokrotka",
        kind="florist",
        channel="WHATSAPP",
        address="+447700900715",
        language="pl",
        pattern="regular",
        weeks=7,
        weekday=1,
        seed=4615,
        usual=[
            ("ROSE-NAOMI", "50cm", 3),
            ("ROSE-AVALANCHE", "50cm", 2),
            ("CARN-MOONLIGHT", None, 2),
            ("CARN-DONPEDRO", None, 2),
            ("CHRYS-SANTINI", None, 2),
            ("GYP-MILLION", None, 2),
            ("RUSCUS", None, 2),
            ("EUC-CINEREA", None, 2),
            ("CELLO-ROLL", "80cm", 1),
            ("OASIS-IDEAL", None, 1),
            ("WIRE-STUB", "22 gauge", 1),
        ],
        extras=[("TULIP-STRONGGOLD", None, 3), ("ALSTRO", None, 2)],
    ),
    dict(
        key="u-marzeny",
        name="Kwiaty u Marzeny",
        kind="florist",
        channel="SMS",
        address="+447700900716",
        language="pl",
        pattern="steady",
        weeks=6,
        weekday=3,
        seed=4616,
        usual=[
            ("ROSE-FREEDOM", "60cm", 2),
            ("CHRYS-ZEMBLA", None, 2),
            ("CHRYS-BALTICA", None, 2),
            ("ALSTRO", None, 2),
            ("GERBERA", None, 1),
            ("SALAL", None, 1),
            ("ASPARAGUS-FERN", None, 1),
            ("OASIS-SEC", None, 1),
            ("RIBBON-SATIN-RED", "38mm", 1),
        ],
        extras=[("LIMONIUM", None, 1), ("CARN-SPRAY", None, 2)],
    ),
    dict(
        key="zielen",
        name="Centrum Ogrodnicze Zieleń",
        kind="garden centre",
        channel="EMAIL",
        address="zamowienia@zielen-ogrody.example",
        language="pl",
        pattern="regular",
        weeks=7,
        weekday=0,
        seed=4617,
        usual=[
            ("WESTLAND-MPC", "40L", 25),
            ("ERICACEOUS", None, 10),
            ("BARK-ORNAMENTAL", None, 8),
            ("GRIT-20", None, 5),
            ("PANSY", None, 10),
            ("PRIMULA", None, 8),
            ("GERANIUM", None, 6),
            ("LAVENDER-9", None, 4),
            ("CYCLAMEN", None, 4),
            ("MIRACLEGRO-AP", None, 1),
        ],
        extras=[("PERLITE-10", None, 4), ("IVY-9", None, 4)],
    ),
    dict(
        key="lenas-flowers",
        name="Lena's Flowers (Ealing)",
        kind="florist",
        channel="WHATSAPP",
        address="+447700900718",
        language="pl",
        pattern="regular",
        weeks=6,
        weekday=3,
        seed=4618,
        usual=[
            ("ROSE-AVALANCHE", "60cm", 2),
            ("LILY-STARGAZER", None, 2),
            ("LILY-LAORANGE", None, 1),
            ("SUNFLOWER", None, 2),
            ("CHRYSAL-PRO2", "1L", 2),
            ("EUC-POPULUS", None, 2),
            ("PITTOSPORUM", None, 1),
            ("KRAFT-ROLL", "70cm", 1),
        ],
        extras=[("GERBERA", None, 1), ("ALSTRO", None, 2)],
    ),
    dict(
        key="hartmann",
        name="Blumen Hartmann",
        kind="florist",
        channel="EMAIL",
        address="bestellung@blumen-hartmann.example",
        language="de",
        pattern="steady",
        weeks=7,
        weekday=1,
        seed=4619,
        usual=[
            ("ROSE-NAOMI", "70cm", 3),
            ("ROSE-AVALANCHE", "70cm", 2),
            ("CALLA-WHITE", None, 2),
            ("LILY-STARGAZER", None, 1),
            ("HYDRANGEA-BLUE", None, 1),
            ("EUC-CINEREA", None, 3),
            ("SALAL", None, 2),
            ("OASIS-IDEAL", None, 2),
            ("OASIS-RING", "30cm", 2),
            ("TAPE-POT", None, 1),
        ],
        extras=[("WIRE-STUB", "18 gauge", 1), ("ASPARAGUS-FERN", None, 2)],
    ),
    dict(
        key="lindner",
        name="Gartencenter Lindner",
        kind="garden centre",
        channel="EMAIL",
        address="einkauf@gc-lindner.example",
        language="de",
        pattern="regular",
        weeks=6,
        weekday=2,
        seed=4620,
        usual=[
            ("WESTLAND-MPC", "60L", 30),
            ("JI-3", None, 5),
            ("LEVINGTON-PF", None, 15),
            ("BARK-NUGGETS", None, 10),
            ("GRIT-20", None, 4),
            ("PEACE-LILY", "17cm Pot (tray of 4)", 2),
            ("PHAL-12", "Pink", 3),
            ("KALANCHOE", None, 4),
            ("BEGONIA", None, 4),
            ("TOMORITE", None, 1),
        ],
        extras=[("SUCCULENT-MIX", None, 3), ("ZZ-PLANT", None, 4)],
    ),
    dict(
        key="blumenwerk",
        name="Blumenwerk Aachen",
        kind="florist",
        channel="WHATSAPP",
        address="+447700900721",
        language="de",
        pattern="steady",
        weeks=5,
        weekday=4,
        seed=4621,
        usual=[
            ("ROSE-FREEDOM", "50cm", 3),
            ("SPRAY-MAJOLIKA", None, 2),
            ("TULIP-FOXTROT", None, 3),
            ("TULIP-ROYALVIRGIN", None, 3),
            ("RANUNCULUS", None, 2),
            ("GERMINI", None, 1),
            ("GYP-MILLION", None, 1),
            ("EUC-PARVIFOLIA", None, 2),
            ("FLORALIFE-300", None, 1),
            ("WIRE-REEL", None, 1),
        ],
        extras=[("STOCKS", None, 2), ("TAPE-STEM", None, 1)],
    ),
    dict(
        key="daily-basket",
        name="Daily Basket Stores (fresh flowers desk)",
        kind="supermarket",
        channel="EMAIL",
        address="fresh.flowers@dailybasket.example",
        language="en",
        pattern="regular",
        weeks=7,
        weekday=3,
        seed=4622,
        usual=[
            ("TULIP-BUCKET", None, 20),
            ("TULIP-STRONGGOLD", None, 30),
            ("ALSTRO", None, 20),
            ("CARN-SPRAY", None, 15),
            ("CHRYS-SANTINI", None, 15),
            ("SUNFLOWER", None, 10),
            ("PHAL-9", None, 6),
            ("SUCCULENT-MIX", None, 5),
            ("CYCLAMEN", None, 6),
            ("CHRYSAL-SACHETS", None, 1),
        ],
        extras=[("KALANCHOE", None, 6), ("AQUA-BAG", None, 4)],
    ),
    dict(
        key="bloom-brass",
        name="Bloom & Brass Events",
        kind="wedding and event stylist (new)",
        channel="WHATSAPP",
        address="+447700900723",
        language="en",
        pattern="new",
        weeks=0,
        weekday=0,
        seed=4623,
        usual=[],
        extras=[],
    ),
    dict(
        key="atelier-noor",
        name="Bloematelier Noor",
        kind="florist (new)",
        channel="EMAIL",
        address="hallo@atelier-noor.example",
        language="nl",
        pattern="new",
        weeks=0,
        weekday=0,
        seed=4624,
        usual=[],
        extras=[],
    ),
]

LAST_WEEK_MONDAY = datetime.date(2028, 4, 17)  # every history order falls in or before this week


def _key(basket):
    return tuple(sorted((s, v or "", q) for s, v, q in basket))


def _vary(rng, usual, extras, mode):
    b = [list(x) for x in usual]
    if mode == "qty":
        i = rng.randrange(len(b))
        b[i][2] = b[i][2] + 1 if b[i][2] < 4 or rng.random() < 0.5 else b[i][2] - 1
    elif mode == "drop":
        del b[rng.randrange(len(b))]
    elif mode == "extra":
        b.append(list(extras[rng.randrange(len(extras))]))
    return [tuple(x) for x in b]


def history_for(c):
    """Return the list of orders (oldest first) for customer dict c."""
    if c["pattern"] == "new":
        return []
    rng = random.Random(c["seed"])
    n = c["weeks"]
    usual = list(c["usual"])
    baskets = [list(usual) for _ in range(n)]
    if c["pattern"] == "steady":
        weeks = rng.sample(range(n - 1), 2)
        modes = ["qty", "drop", "extra"]
        rng.shuffle(modes)
        for w, m in zip(weeks, modes):
            baskets[w] = _vary(rng, usual, c["extras"], m)
    elif c["pattern"] == "regular":
        w = rng.randrange(n - 1)
        baskets[w] = _vary(rng, usual, c["extras"], "extra")
        baskets[n - 1] = _vary(rng, usual, c["extras"], rng.choice(["qty", "drop", "extra"]))
    elif c["pattern"] == "irregular":
        seen = set()
        for w in range(n):
            while True:
                b = list(usual)
                for _ in range(3):
                    b = _vary(rng, b, c["extras"], rng.choice(["qty", "drop", "extra"]))
                # merge duplicate extras
                merged = {}
                for s, v, q in b:
                    merged[(s, v)] = merged.get((s, v), 0) + q
                b = [(s, v, q) for (s, v), q in merged.items()]
                if _key(b) not in seen and _key(b) != _key(usual):
                    seen.add(_key(b))
                    break
            baskets[w] = b
    # merge duplicates (an extra line that repeats a basket line)
    out = []
    last_monday = LAST_WEEK_MONDAY
    for i, b in enumerate(baskets):
        merged = {}
        for s, v, q in b:
            merged[(s, v)] = merged.get((s, v), 0) + q
        day = last_monday - datetime.timedelta(days=7 * (n - 1 - i)) + datetime.timedelta(days=c["weekday"])
        lines = []
        for (s, v), q in merged.items():
            ln = {"sku": s}
            if v is not None or s in VARIANT_SKUS:
                ln["variant"] = v
            ln["quantity"] = q
            lines.append(ln)
        out.append({"date": day.isoformat(), "lines": lines})
    return out


VARIANT_SKUS = set()


def set_variant_skus(skus):
    VARIANT_SKUS.clear()
    VARIANT_SKUS.update(skus)
