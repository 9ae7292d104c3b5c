# ruff: noqa  (hand-written data generator of blind set 68, kept as its writer left it)
"""Customers of the sixty-eighth blind set, their hand-written usual baskets and the seeded history generator.

A basket line is (sku, variant or None, quantity). Patterns:
  steady    - repeat the usual basket; one earlier week has one quantity a little higher, one earlier week has the
              first extra line; the last order is the usual.
  regular   - repeat the usual basket; one earlier week has the first extra line; the last order differs from the
              usual as `last` says: ("qty", sku, q), ("drop", sku) or ("extra", line).
  irregular - never repeats a basket (a fencing contractor buying per job): "the usual" cannot be resolved.
  new       - a first-time customer, "orders": [].
"""

import datetime
import random

HIST_END_MONDAY = datetime.date(2028, 8, 28)  # the week of the last history order; messages start 2028-09-04

C = []


def c(
    key,
    name,
    kind,
    channel,
    address,
    language,
    pattern,
    weeks=0,
    weekday=0,
    usual=(),
    extras=(),
    last=None,
    pool=(),
    always=(),
):
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
            usual=list(usual),
            extras=list(extras),
            last=last,
            pool=list(pool),
            always=list(always),
        )
    )


# ---- English (England) ----
c(
    "hollins-dairy",
    "Hollins Farm",
    "dairy farm (Cheshire)",
    "SMS",
    "+447700900680",
    "en",
    "steady",
    7,
    0,
    [
        ("VM-DAIRY18-BULK", None, 8),
        ("TEATDIP-IODINE", "25L Drum", 2),
        ("PARLOUR-ALK", None, 1),
        ("GLOVES-MILK-L", None, 2),
        ("PAPER-ROLL", None, 1),
    ],
    [("PARLOUR-ACID", None, 1), ("MILK-FILTER", None, 1)],
)
c(
    "ashcombe-farm",
    "Ashcombe Farm",
    "dairy and youngstock farm (Somerset)",
    "WHATSAPP",
    "+447700900681",
    "en",
    "regular",
    6,
    1,
    [
        ("VM-DAIRY20-BAG", None, 40),
        ("VM-CALF-REARER", None, 10),
        ("CALF-MILK", None, 4),
        ("TEATSPRAY-CHX", None, 1),
        ("HM-DAIRY-POWDER", None, 2),
        ("SODA-BICARB", None, 2),
    ],
    [("ARM-GLOVES", None, 1), ("MILK-FILTER", None, 1)],
    ("qty", "VM-DAIRY20-BAG", 48),
)
c(
    "fenwick-arable",
    "Fenwick Arable Partnership",
    "arable farm (Lincolnshire)",
    "EMAIL",
    "office@fenwickarable.example",
    "en",
    "regular",
    5,
    2,
    [
        ("AN-345", None, 6),
        ("PK-0-20-30", None, 4),
        ("WW-HARBINGER", "500kg Big Bag", 4),
        ("WB-TAMSIN", None, 2),
    ],
    [("LIME-GRAN", None, 4), ("UREA-46", None, 2)],
    ("drop", "WB-TAMSIN"),
)
c(
    "thornbury-estate",
    "Thornbury Estate Farms",
    "estate farm office (Herefordshire)",
    "EMAIL",
    "estateoffice@thornbury-estate.example",
    "en",
    "steady",
    8,
    3,
    [
        ("STOCK-C8-80-15", None, 4),
        ("POST-ROUND", "1.8m x 100mm", 60),
        ("STRAINER-POST", None, 4),
        ("BARB-HT", "200m", 3),
        ("STAPLES", None, 1),
        ("GATE-GALV", "12ft", 1),
    ],
    [("GATE-KIT", None, 1), ("TIE-WIRE", None, 2)],
)
c(
    "ridgeway-smallholding",
    "Ridgeway Smallholding",
    "smallholding (hens and a few sheep, Oxfordshire)",
    "WHATSAPP",
    "+447700900682",
    "en",
    "regular",
    6,
    5,
    [("VM-LAYERS-PEL", None, 3), ("MIXED-CORN", None, 2), ("VM-EWE18", None, 2), ("OYSTER-GRIT", None, 1)],
    [("VM-CHICK-CRUMB", None, 1), ("SALT-BLOCK", None, 1)],
    ("extra", ("SALT-BLOCK", None, 1)),
)
c(
    "westmoor-contractors",
    "Westmoor Agricultural Contractors",
    "baling and wrapping contractor (Devon)",
    "WHATSAPP",
    "+447700900684",
    "en",
    "regular",
    6,
    0,
    [("NETWRAP-123", "3000m", 6), ("WRAP-750", "Black", 24), ("TWINE-BIG", "Blue", 4)],
    [("CLAMP-SHEET", None, 2), ("TWINE-SMALL", None, 2)],
    ("qty", "WRAP-750", 30),
)
c(
    "crossways-farm",
    "Crossways Farm",
    "new entrant sheep farm (Shropshire), first order this week",
    "WHATSAPP",
    "+447700900693",
    "en",
    "new",
)
# ---- English (Scotland) ----
c(
    "strathbeg-farm",
    "Strathbeg Farm",
    "beef and sheep farm (Aberdeenshire)",
    "SMS",
    "+447700900685",
    "en",
    "steady",
    6,
    1,
    [
        ("VM-SUCKLER", None, 20),
        ("VM-EWE-ROLLS", None, 16),
        ("LW-CATTLE-HE", "80kg", 2),
        ("HM-SHEEP-MIN", None, 2),
        ("ROCK-SALT", None, 2),
    ],
    [("MARKER-SPRAY", "Blue", 2), ("HM-HIGH-MAG", None, 2)],
)
c(
    "glenalder-estate",
    "Glenalder Estate",
    "hill sheep estate (Perthshire)",
    "EMAIL",
    "sheep@glenalder.example",
    "en",
    "regular",
    5,
    4,
    [
        ("VM-EWE18", None, 40),
        ("LW-EWE", None, 10),
        ("HM-SHEEP-MIN", None, 6),
        ("TAG-SHEEP-EID", None, 2),
        ("MARKER-SPRAY", "Red", 6),
    ],
    [("FOOT-SHEARS", None, 2), ("HOOF-SPRAY", None, 6)],
    ("drop", "LW-EWE"),
)
c(
    "kirkton-eggs",
    "Kirkton Free Range Eggs",
    "free-range egg farm (Fife)",
    "EMAIL",
    "fiona@kirktoneggs.example",
    "en",
    "steady",
    7,
    2,
    [
        ("VM-LAYERS-PEL", None, 40),
        ("VM-LAYERS-MASH", None, 20),
        ("MIXED-CORN", None, 10),
        ("OYSTER-GRIT", None, 4),
    ],
    [("VM-GROWERS", None, 6), ("VM-CHICK-CRUMB", None, 4)],
)
# ---- English (Northern Ireland) ----
c(
    "ballyrea-farms",
    "Ballyrea Farms Ltd",
    "dairy and tillage farm (Co. Armagh)",
    "EMAIL",
    "seamus@ballyreafarms.example",
    "en",
    "regular",
    7,
    0,
    [
        ("VM-DAIRY18-BAG", None, 80),
        ("CAN-27", None, 4),
        ("NPK-10-10-20", "600kg Big Bag", 2),
        ("TEATDIP-IODINE", "200L Drum", 1),
        ("PARLOUR-ACID", None, 1),
    ],
    [("GS-CUT-GRAZE", None, 4), ("LIME-GRAN", None, 2)],
    ("qty", "CAN-27", 6),
)
c(
    "drumlin-contracting",
    "Drumlin Agri Contracting",
    "silage and baling contractor (Co. Fermanagh)",
    "WHATSAPP",
    "+447700900686",
    "en",
    "steady",
    6,
    3,
    [
        ("WRAP-750", "Green", 30),
        ("NETWRAP-130", None, 8),
        ("TWINE-BIG", "Orange", 3),
        ("TWINE-SMALL", None, 4),
    ],
    [("CLAMP-SHEET", None, 2), ("RIGGER-GLOVES", None, 1)],
)
c(
    "kilbride-fencing",
    "Kilbride Fencing Services",
    "fencing contractor (Co. Down), buys per job",
    "WHATSAPP",
    "+447700900687",
    "en",
    "irregular",
    6,
    1,
    pool=[
        ("STOCK-C8-80-30", None),
        ("STOCK-C8-80-15", None),
        ("STRUT", None),
        ("BARB-MS", None),
        ("STAPLES", None),
        ("RAIL-SAWN", None),
        ("TIE-WIRE", None),
        ("WIRE-JOINER", None),
        ("HURDLE", None),
    ],
    always=[("STRAINER-POST", None), ("POST-HALFROUND", None)],
)
# ---- Welsh ----
c(
    "pennant-farm",
    "Fferm Pennant",
    "sheep and beef farm (Ceredigion)",
    "WHATSAPP",
    "+447700900688",
    "cy",
    "regular",
    7,
    0,
    [
        ("VM-EWE18", None, 30),
        ("VM-BEEF16-BAG", None, 20),
        ("HM-SHEEP-MIN", None, 4),
        ("MARKER-SPRAY", "Green", 4),
        ("RUBBER-RINGS", None, 1),
    ],
    [("TAG-SHEEP-EID", None, 1), ("HOOF-SPRAY", None, 2)],
    ("qty", "VM-EWE18", 40),
)
c(
    "glyn-ddu",
    "Fferm Glyn Ddu",
    "dairy farm (Carmarthenshire)",
    "SMS",
    "+447700900689",
    "cy",
    "steady",
    6,
    2,
    [
        ("VM-DAIRY20-BAG", None, 60),
        ("TEATDIP-IODINE", "25L Drum", 3),
        ("PARLOUR-ALK", None, 2),
        ("PAPER-ROLL", None, 2),
        ("GLOVES-MILK-M", None, 2),
    ],
    [("CALF-MILK", None, 2), ("MILK-FILTER", None, 1)],
)
c(
    "tyddyn-uchaf",
    "Tyddyn Uchaf",
    "hill sheep farm (Gwynedd)",
    "WHATSAPP",
    "+447700900690",
    "cy",
    "regular",
    6,
    4,
    [
        ("VM-EWE-ROLLS", None, 20),
        ("LW-EWE", None, 6),
        ("HM-SHEEP-MIN", None, 4),
        ("TAG-SHEEP-EID", None, 1),
        ("NEEDLES", '18G 1"', 1),
    ],
    [("VACCINATOR", None, 1), ("ZINC-SULPHATE", None, 1)],
    ("extra", ("ZINC-SULPHATE", None, 1)),
)
c(
    "maes-newydd",
    "Maes Newydd",
    "new county-council tenancy, sheep (Powys), first order this week",
    "WHATSAPP",
    "+447700900691",
    "cy",
    "new",
)
# ---- Irish (Gaeilge) ----
c(
    "cnoc-ard",
    "Feirm Chnoc Ard",
    "suckler beef farm (Co. Tyrone)",
    "WHATSAPP",
    "+447700900692",
    "ga",
    "regular",
    6,
    3,
    [
        ("VM-SUCKLER", None, 30),
        ("VM-BEEF16-BAG", None, 20),
        ("HM-BEEF-POWDER", None, 2),
        ("TAG-CAT-001", "Yellow", 1),
        ("BARB-HT", "400m", 2),
    ],
    [("HM-HIGH-MAG", None, 4), ("GATE-GALV", "10ft", 1)],
    ("extra", ("GATE-GALV", "10ft", 1)),
)
c(
    "gort-na-mona",
    "Feirm Ghort na Móna",
    "dairy farm (Co. Fermanagh)",
    "SMS",
    "+447700900694",
    "ga",
    "steady",
    6,
    0,
    [
        ("VM-DAIRY18-BAG", None, 60),
        ("TEATDIP-IODINE", "25L Drum", 2),
        ("CAN-27", None, 2),
        ("GLOVES-MILK-M", None, 1),
    ],
    [("PARLOUR-ALK", None, 1), ("CALF-MILK", None, 2)],
)
# ---- Dutch ----
c(
    "van-dijk-melkvee",
    "Van Dijk Melkvee Ltd",
    "Dutch-run dairy (Staffordshire)",
    "SMS",
    "+447700900695",
    "nl",
    "regular",
    7,
    1,
    [
        ("VM-DAIRY18-BULK", None, 10),
        ("TEATDIP-BARRIER", None, 1),
        ("PARLOUR-ALK", None, 2),
        ("PARLOUR-ACID", None, 1),
        ("GLOVES-MILK-L", None, 3),
    ],
    [("HM-DAIRY-POWDER", None, 2), ("ARM-GLOVES", None, 2)],
    ("drop", "PARLOUR-ACID"),
)
c(
    "hoeve-bosch",
    "Hoeve Bosch UK Ltd",
    "Dutch-run dairy and grassland farm (Cumbria)",
    "WHATSAPP",
    "+447700900696",
    "nl",
    "steady",
    6,
    4,
    [
        ("VM-DAIRY20-BAG", None, 50),
        ("MOLASSES-IBC", None, 1),
        ("NPK-27-5-5", None, 3),
        ("GS-SHORT-LEY", None, 4),
    ],
    [("TEATSPRAY-CHX", None, 1), ("SODA-BICARB", None, 2)],
)
# ---- Romanian ----
c(
    "longmeadow-dairy",
    "Longmeadow Dairy",
    "large dairy with a Romanian herd team (Gloucestershire)",
    "WHATSAPP",
    "+447700900697",
    "ro",
    "regular",
    6,
    0,
    [
        ("VM-DAIRY18-BAG", None, 100),
        ("TEATDIP-IODINE", "200L Drum", 1),
        ("GLOVES-MILK-M", None, 4),
        ("ARM-GLOVES", None, 2),
        ("SYRINGE", "10ml", 1),
        ("NEEDLES", '16G 1"', 1),
    ],
    [("BOILER-SUIT", "L", 2), ("WELLIES", "UK 9", 2)],
    ("qty", "GLOVES-MILK-M", 6),
)
c(
    "brookside-poultry",
    "Brookside Poultry",
    "laying-hen unit with Romanian staff (Lincolnshire)",
    "SMS",
    "+447700900698",
    "ro",
    "steady",
    6,
    3,
    [("VM-LAYERS-MASH", None, 50), ("MIXED-CORN", None, 8), ("OYSTER-GRIT", None, 6), ("COVERALLS", None, 1)],
    [("VM-GROWERS", None, 10), ("VM-CHICK-CRUMB", None, 8)],
)
# ---- Polish ----
c(
    "oakfield-farm",
    "Oakfield Farm",
    "dairy with a Polish herdsman (Shropshire)",
    "WHATSAPP",
    "+447700900700",
    "pl",
    "steady",
    7,
    2,
    [
        ("VM-DAIRY20-BAG", None, 40),
        ("TEATSPRAY-CHX", None, 1),
        ("TEATDIP-IODINE", "25L Drum", 2),
        ("PARLOUR-ACID", None, 1),
        ("CALF-MILK", None, 3),
    ],
    [("BOILER-SUIT", "XL", 1), ("WELLIES", "UK 10", 1)],
)
c(
    "greenhill-farms",
    "Greenhill Farms",
    "mixed farm, fencing and baling by a Polish crew (Worcestershire)",
    "SMS",
    "+447700900701",
    "pl",
    "regular",
    6,
    4,
    [
        ("WRAP-500", "Black", 20),
        ("NETWRAP-123", "2000m", 4),
        ("TWINE-BIG", "Green", 2),
        ("POST-HALFROUND", None, 40),
        ("BARB-MS", None, 2),
    ],
    [("STAPLES", None, 1), ("STRUT", None, 6)],
    ("qty", "POST-HALFROUND", 60),
)

CUSTOMERS = C
CUST = {x["key"]: x for x in C}


def _key(basket):
    return tuple(sorted((s, v or "", q) for s, v, q in basket))


def generate_history(cust, seed):
    """Weekly orders, oldest first, from the hand-written usual basket (fixed seed per customer)."""
    rnd = random.Random(seed)
    n, pat = cust["weeks"], cust["pattern"]
    if pat == "new":
        return []
    baskets = []
    usual = [tuple(x) for x in cust["usual"]]
    if pat == "steady":
        baskets = [list(usual) for _ in range(n)]
        i_qty, i_extra = rnd.sample(range(n - 1), 2)
        j = rnd.randrange(len(usual))
        s, v, q = usual[j]
        baskets[i_qty][j] = (s, v, q + max(1, q // 10))
        baskets[i_extra] = list(usual) + [tuple(cust["extras"][0])]
    elif pat == "regular":
        baskets = [list(usual) for _ in range(n)]
        i_extra = rnd.randrange(n - 1)
        baskets[i_extra] = list(usual) + [tuple(cust["extras"][0])]
        kind = cust["last"][0]
        if kind == "qty":
            _, sku, q = cust["last"]
            baskets[-1] = [(s, v, q if s == sku else qq) for s, v, qq in usual]
        elif kind == "drop":
            baskets[-1] = [x for x in usual if x[0] != cust["last"][1]]
        elif kind == "extra":
            baskets[-1] = list(usual) + [tuple(cust["last"][1])]
    elif pat == "irregular":
        seen = set()
        while len(baskets) < n:
            b = [(s, v, rnd.choice([4, 6, 8, 10, 12, 15, 20, 30, 40, 60])) for s, v in cust["always"]]
            for s, v in rnd.sample(cust["pool"], rnd.randint(2, 4)):
                b.append((s, v, rnd.choice([1, 2, 3, 4, 6, 8, 10, 12, 20])))
            k = _key(b)
            if k not in seen:
                seen.add(k)
                baskets.append(b)
    orders = []
    for w, b in enumerate(baskets):
        d = HIST_END_MONDAY - datetime.timedelta(weeks=n - 1 - w) + datetime.timedelta(days=cust["weekday"])
        orders.append({"date": d.isoformat(), "lines": [line(s, v, q) for s, v, q in b]})
    return orders


VARIANT_SKUS = None


def line(sku, variant, qty):
    from cat68 import PRODUCTS

    global VARIANT_SKUS
    if VARIANT_SKUS is None:
        VARIANT_SKUS = {p[0] for p in PRODUCTS if p[7]}
    d = {"sku": sku}
    if sku in VARIANT_SKUS:
        d["variant"] = variant
    d["quantity"] = qty
    return d


def histories(base_seed=6808):
    out = []
    for i, cu in enumerate(CUSTOMERS):
        out.append(
            {
                "customer": cu["key"],
                "name": cu["name"],
                "kind": cu["kind"],
                "channel": cu["channel"],
                "address": cu["address"],
                "language": cu["language"],
                "orders": generate_history(cu, base_seed * 100 + i),
            }
        )
    return out
