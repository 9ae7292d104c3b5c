# ruff: noqa  (hand-written data generator of blind set 70, kept as its writer left it)
"""Customers of the seventieth blind set, their hand-written usual baskets, and the seeded
history generator. Everything is invented; phone numbers are Ofcom drama numbers and e-mail
addresses are under .example."""

import datetime
import random

from cat70 import BY_SKU


def H(sku, q, v=None):
    """A history line; v is the variant name on products with variants."""
    p = BY_SKU[sku]
    d = {"sku": sku}
    if p["variants"]:
        assert v is not None and v in [x["name"] for x in p["variants"]], (sku, v)
        d["variant"] = v
    else:
        assert v is None, sku
    d["quantity"] = q
    d["unit"] = p["unit"]
    return d


AT16, AT18, AT20, AT22, AT24 = '16" (400mm)', '18" (450mm)', '20" (500mm)', '22" (550mm)', '24" (600mm)'
R195, R205, R225, R175 = "195/65 R15 91V", "205/55 R16 91V", "225/45 R17 94W", "175/65 R14 82T"

# type: steady (usual every week but two varied weeks, ends on the usual), regular (one week with an
# extra line, last order differs from the usual), irregular (never repeats a basket), new (no orders).
# weekday: 0 = Monday. last: how a regular customer's last order differs from the usual.
CUSTOMERS = [
    # ---------------- English ----------------
    dict(
        key="hillside-motors",
        name="Hillside Motors",
        kind="independent garage",
        channel="WHATSAPP",
        address="+447700900701",
        language="en",
        type="steady",
        weeks=7,
        weekday=1,
        usual=[
            H("TW-5W30-C3", 2, "20L"),
            H("MANN-W712-95", 6),
            H("MANN-HU7008Z", 4),
            H("TW-BC-500-12", 1),
            H("TW-NIT-BLK", 2, "Large"),
            H("TW-BLUEROLL-2PLY", 1),
            H("RING-501-10", 1),
        ],
        extras=[H("CAS-EDGE-5W30", 2, "5L")],
    ),
    dict(
        key="aston-cross-mot",
        name="Aston Cross MOT Centre",
        kind="MOT centre",
        channel="EMAIL",
        address="parts@astoncrossmot.example",
        language="en",
        type="regular",
        weeks=6,
        weekday=0,
        usual=[
            H("RING-H7-10", 1),
            H("RING-H4-10", 1),
            H("RING-501-10", 2),
            H("RING-382-10", 1),
            H("RING-380-10", 1),
            H("TW-WIPER", 4, AT18),
            H("TW-WIPER", 2, AT20),
            H("TW-SW-RM-25L", 1),
            H("TW-FLOORMAT-250", 1),
            H("TW-SEATCOVER-500", 1),
        ],
        extras=[H("RING-581-10", 1)],
        last=("qty", 2, 3),
    ),
    dict(
        key="fenwick-mobile",
        name="Dave Fenwick Mobile Mechanic",
        kind="mobile mechanic",
        channel="SMS",
        address="+447700900703",
        language="en",
        type="steady",
        weeks=6,
        weekday=2,
        usual=[
            H("TW-5W30-C3", 4, "5L"),
            H("TW-10W40", 2, "5L"),
            H("MANN-W712-95", 3),
            H("MANN-C27009", 1),
            H("NGK-BKR6E", 4),
            H("TW-NIT-BLUE", 1, "Large"),
            H("TW-WIPES-150", 1),
        ],
        extras=[H("TW-DOT4", 2, "1L")],
    ),
    dict(
        key="treadline-tyres",
        name="Treadline Tyres",
        kind="tyre shop",
        channel="WHATSAPP",
        address="+447700900704",
        language="en",
        type="regular",
        weeks=8,
        weekday=3,
        usual=[
            H("LS-LS388", 8, R205),
            H("LS-LS388", 6, R195),
            H("LS-LS388", 4, R225),
            H("TW-VALVE-TR413", 1),
            H("TW-WEIGHTS-60G", 1),
            H("TW-WNUT", 1, "M12x1.5"),
        ],
        extras=[H("LS-LSV88-21565R16C", 4)],
        last=("drop", 5),
    ),
    dict(
        key="norris-logistics",
        name="Norris Logistics Ltd (fleet workshop)",
        kind="fleet operator",
        channel="EMAIL",
        address="fleet@norrislogistics.example",
        language="en",
        type="regular",
        weeks=6,
        weekday=0,
        usual=[
            H("GC-ADBLUE", 4, "20L"),
            H("PAGID-T1922", 2),
            H("PAGID-54950", 1),
            H("TW-5W30-C3", 3, "20L"),
            H("MANN-WK820-17", 4),
            H("LS-LSV88-21565R16C", 4),
            H("TW-SW-RM-25L", 2),
        ],
        extras=[H("PAGID-T2231", 1)],
        last=("qty", 0, 6),
    ),
    dict(
        key="cityline-cabs",
        name="Cityline Private Hire (fleet workshop)",
        kind="taxi fleet",
        channel="EMAIL",
        address="workshop@citylinecabs.example",
        language="en",
        type="irregular",
        weeks=6,
        weekday=4,
        pool=[
            H("TW-0W20", 3, "5L"),
            H("CAS-EDGE-0W20-4L", 2),
            H("MANN-CUK2939", 2),
            H("BOSCH-1987432097", 2),
            H("APEC-PAD1890", 1),
            H("BOSCH-AEROTWIN", 4, AT24),
            H("BOSCH-AEROTWIN", 4, AT16),
            H("MICH-PRIMACY4", 4, R205),
            H("OSR-NBL-H7", 2),
            H("TW-SW-CONC-5L", 2),
            H("TW-NIT-BLUE", 1, "Medium"),
        ],
        forced=[[0], [1]],
    ),
    dict(
        key="bridge-street-garage",
        name="Bridge Street Garage",
        kind="independent garage",
        channel="SMS",
        address="+447700900707",
        language="en",
        type="regular",
        weeks=5,
        weekday=1,
        usual=[
            H("TW-10W40", 1, "20L"),
            H("CAS-MAG-5W30-4L", 3),
            H("MANN-W719-30", 3),
            H("MANN-C2433-2", 2),
            H("MINTEX-MDB3104", 2),
            H("TW-AF-CONC", 2, "Red"),
            H("TW-RAGS-10KG", 1),
        ],
        extras=[H("MINTEX-MDC2360", 1)],
        last=("qty", 2, 5),
    ),
    dict(
        key="greenway-autos",
        name="Greenway Autos",
        kind="independent garage",
        channel="WHATSAPP",
        address="+447700900708",
        language="en",
        type="steady",
        weeks=6,
        weekday=2,
        usual=[
            H("TW-5W40", 1, "20L"),
            H("MOB-3000-5W40-5L", 2),
            H("BOSCH-F026407157", 3),
            H("BOSCH-F026400287", 2),
            H("BOSCH-FR7DCPLUS", 8),
            H("BOSCH-AEROTWIN", 2, AT22),
            H("WD40-450-12", 1),
            H("SWARF-ORANGE-4L", 1),
        ],
        extras=[H("VL-096", 1)],
    ),
    dict(
        key="parkside-repairs",
        name="Parkside Accident Repair Centre",
        kind="body shop",
        channel="EMAIL",
        address="buying@parksiderepairs.example",
        language="en",
        type="regular",
        weeks=5,
        weekday=3,
        usual=[
            H("TW-PROTKIT-100", 2),
            H("TW-FLOORMAT-250", 2),
            H("TW-SEATCOVER-500", 2),
            H("TW-NIT-BLK", 3, "Medium"),
            H("TW-NIT-BLK", 3, "Large"),
            H("TW-BLUEROLL-CF", 2),
            H("TW-CITRUS-DEG", 1, "25L"),
            H("TW-GRANULES-20L", 2),
        ],
        extras=[H("TW-WIPES-150", 2)],
        last=("drop", 7),
    ),
    dict(
        key="okafor-mobile",
        name="Sam Okafor Mobile Tyres & Servicing",
        kind="mobile mechanic",
        channel="SMS",
        address="+447700900710",
        language="en",
        type="steady",
        weeks=5,
        weekday=4,
        usual=[
            H("TW-5W30-C3", 3, "5L"),
            H("COM-XFLOW-LL-5L", 2),
            H("MANN-W712-95", 2),
            H("MANN-HU7008Z", 2),
            H("TW-VALVE-TR413", 1),
            H("TW-WNUT", 1, "M14x1.5"),
            H("TW-NIT-BLK", 1, "X-Large"),
        ],
        extras=[H("TRW-GDB1550", 1)],
    ),
    dict(
        key="ridgeway-auto",
        name="Ridgeway Auto Centre",
        kind="independent garage (opening 14 August)",
        channel="EMAIL",
        address="accounts@ridgewayauto.example",
        language="en",
        type="new",
    ),
    # ---------------- Polish ----------------
    dict(
        key="serwis-nowak",
        name="Auto-Serwis Nowak",
        kind="independent garage",
        channel="WHATSAPP",
        address="+447700900712",
        language="pl",
        type="regular",
        weeks=7,
        weekday=0,
        usual=[
            H("TW-5W30-C3", 2, "20L"),
            H("CAS-EDGE-5W30", 2, "5L"),
            H("MANN-W712-95", 4),
            H("MANN-C27009", 2),
            H("MANN-CUK2939", 2),
            H("TRW-GDB1550", 2),
            H("BREMBO-09B80711", 1),
            H("TW-NIT-BLK", 2, "Large"),
        ],
        extras=[H("MANN-CU2939", 1)],
        last=("extra", H("TW-BC-500-12", 1)),
    ),
    dict(
        key="mechanika-kowalski",
        name="Mechanika Pojazdowa Kowalski",
        kind="independent garage",
        channel="SMS",
        address="+447700900713",
        language="pl",
        type="steady",
        weeks=6,
        weekday=3,
        usual=[
            H("TW-10W40", 1, "20L"),
            H("TW-5W40", 4, "5L"),
            H("MANN-W719-30", 3),
            H("NGK-ZFR6F11", 8),
            H("TW-AF-CONC", 2, "Green"),
            H("TW-NIT-BLUE", 2, "Large"),
            H("TW-RAGS-10KG", 1),
        ],
        extras=[H("TW-DOT4", 4, "500ml")],
    ),
    dict(
        key="opony-wisla",
        name="Opony Wisła",
        kind="tyre shop",
        channel="WHATSAPP",
        address="+447700900714",
        language="pl",
        type="regular",
        weeks=6,
        weekday=4,
        usual=[
            H("LS-LS388", 6, R205),
            H("LS-LS388", 4, R175),
            H("MICH-PRIMACY4", 2, R225),
            H("TW-VALVE-TR413", 2),
            H("TW-WEIGHTS-60G", 1),
            H("TW-WBOLT", 1, "M14x1.5"),
        ],
        extras=[H("TW-WNUT", 1, "M12x1.5")],
        last=("qty", 1, 6),
    ),
    # ---------------- Romanian ----------------
    dict(
        key="service-ionescu",
        name="Service Auto Ionescu",
        kind="independent garage",
        channel="WHATSAPP",
        address="+447700900715",
        language="ro",
        type="regular",
        weeks=7,
        weekday=1,
        usual=[
            H("TW-5W30-C3", 2, "20L"),
            H("TW-5W40", 1, "20L"),
            H("MANN-W712-95", 4),
            H("BOSCH-F026407157", 2),
            H("MANN-WK820-17", 2),
            H("MINTEX-MDB3104", 1),
            H("BREMBO-P85126", 1),
            H("TW-BC-500-12", 2),
            H("TW-NIT-BLK", 2, "Large"),
        ],
        extras=[H("GATES-K015578XS", 1)],
        last=("drop", 6),
    ),
    dict(
        key="vulcanizare-mihai",
        name="Vulcanizare Mihai",
        kind="tyre shop",
        channel="SMS",
        address="+447700900716",
        language="ro",
        type="steady",
        weeks=6,
        weekday=2,
        usual=[
            H("LS-LS388", 4, R195),
            H("LS-LS388", 4, R205),
            H("TW-VALVE-TR413", 1),
            H("TW-WEIGHTS-60G", 2),
            H("TW-WNUT", 1, "M12x1.25"),
        ],
        extras=[H("LS-LSV88-21565R16C", 2)],
    ),
    dict(
        key="carpati-auto",
        name="Carpați Auto Service",
        kind="independent garage (new)",
        channel="WHATSAPP",
        address="+447700900717",
        language="ro",
        type="new",
    ),
    # ---------------- Punjabi (romanised) ----------------
    dict(
        key="sandhu-motors",
        name="Sandhu Motors",
        kind="independent garage",
        channel="WHATSAPP",
        address="+447700900718",
        language="pa",
        type="regular",
        weeks=6,
        weekday=0,
        usual=[
            H("TW-5W30-C3", 2, "20L"),
            H("TW-10W40", 1, "20L"),
            H("MANN-W712-95", 4),
            H("MANN-C2433-2", 2),
            H("PAGID-T1922", 1),
            H("VL-096", 1),
            H("TW-NIT-BLK", 2, "Large"),
            H("TW-BLUEROLL-2PLY", 1),
        ],
        extras=[H("TW-AF-RM", 2, "Blue")],
        last=("extra", H("RING-H7-10", 1)),
    ),
    dict(
        key="gill-tyres",
        name="Gill Tyres",
        kind="tyre shop",
        channel="SMS",
        address="+447700900719",
        language="pa",
        type="steady",
        weeks=5,
        weekday=3,
        usual=[
            H("LS-LS388", 6, R205),
            H("LS-LS388", 4, R225),
            H("MICH-PRIMACY4", 2, R205),
            H("TW-VALVE-TR413", 1),
            H("TW-WEIGHTS-60G", 1),
        ],
        extras=[H("TW-WBOLT", 1, "M12x1.5")],
    ),
    # ---------------- Urdu (romanised) ----------------
    dict(
        key="rehman-autos",
        name="Rehman Autos",
        kind="independent garage",
        channel="WHATSAPP",
        address="+447700900720",
        language="ur",
        type="steady",
        weeks=7,
        weekday=1,
        usual=[
            H("TW-5W30-C3", 1, "20L"),
            H("TW-0W20", 2, "5L"),
            H("MANN-HU7008Z", 4),
            H("MANN-CU2939", 2),
            H("APEC-PAD1890", 1),
            H("RING-H7-10", 1),
            H("TW-NIT-BLUE", 2, "X-Large"),
            H("TW-GRANULES-20L", 1),
        ],
        extras=[H("OSR-NBL-H7", 1)],
    ),
    dict(
        key="khan-mot",
        name="Khan MOT & Service Centre",
        kind="MOT centre",
        channel="WHATSAPP",
        address="+447700900721",
        language="ur",
        type="regular",
        weeks=6,
        weekday=2,
        usual=[
            H("RING-H4-10", 1),
            H("RING-H7-10", 1),
            H("RING-501-10", 2),
            H("RING-380-10", 1),
            H("RING-581-10", 1),
            H("TW-WIPER", 2, AT16),
            H("TW-WIPER", 2, AT20),
            H("TW-SW-RM-5L", 4),
            H("TW-DOT4", 2, "1L"),
        ],
        extras=[H("BOSCH-H282", 1)],
        last=("qty", 2, 3),
    ),
    # ---------------- Sorani Kurdish (romanised) ----------------
    dict(
        key="azad-repairs",
        name="Azad Car Repairs",
        kind="independent garage",
        channel="WHATSAPP",
        address="+447700900722",
        language="ckb",
        type="regular",
        weeks=6,
        weekday=3,
        usual=[
            H("TW-5W30-C3", 1, "20L"),
            H("TW-5W40", 3, "5L"),
            H("MANN-W712-95", 3),
            H("MANN-C27009", 1),
            H("GATES-6PK1070", 1),
            H("TW-NIT-BLK", 2, "X-Large"),
            H("COMMA-COPPER-500", 1),
        ],
        extras=[H("GATES-6PK1538", 1)],
        last=("qty", 1, 4),
    ),
    dict(
        key="hawler-tyres",
        name="Hawler Tyres & Exhausts",
        kind="tyre shop",
        channel="SMS",
        address="+447700900723",
        language="ckb",
        type="steady",
        weeks=5,
        weekday=5,
        usual=[
            H("LS-LS388", 4, R195),
            H("LS-LS388", 6, R205),
            H("LS-LSV88-21565R16C", 2),
            H("TW-VALVE-TR413", 1),
            H("TW-WNUT", 1, "M12x1.5"),
        ],
        extras=[H("TW-WEIGHTS-60G", 1)],
    ),
    # ---------------- Lithuanian ----------------
    dict(
        key="vilko-servisas",
        name="Vilko autoservisas",
        kind="independent garage",
        channel="WHATSAPP",
        address="+447700900724",
        language="lt",
        type="regular",
        weeks=7,
        weekday=0,
        usual=[
            H("TW-5W30-C3", 2, "20L"),
            H("CAS-EDGE-5W30", 6, "1L"),
            H("MANN-W712-95", 3),
            H("MANN-WK853-3X", 1),
            H("MANN-CUK2939", 2),
            H("TRW-GDB1550", 1),
            H("TRW-GDB2080", 1),
            H("TW-NIT-BLK", 2, "Large"),
        ],
        extras=[H("DAYCO-KTBWP7880", 1)],
        last=("extra", H("TW-DOT4", 2, "1L")),
    ),
    dict(
        key="jono-padangos",
        name="Jono padangos",
        kind="tyre shop",
        channel="SMS",
        address="+447700900725",
        language="lt",
        type="steady",
        weeks=6,
        weekday=4,
        usual=[
            H("LS-LS388", 4, R205),
            H("LS-LS388", 4, R195),
            H("LS-LS388", 2, R175),
            H("TW-VALVE-TR413", 1),
            H("TW-WBOLT", 1, "M12x1.5"),
        ],
        extras=[H("MICH-PRIMACY4", 2, R205)],
    ),
    dict(
        key="petro-garazas",
        name="Petro garažas",
        kind="independent garage",
        channel="WHATSAPP",
        address="+447700900726",
        language="lt",
        type="steady",
        weeks=6,
        weekday=2,
        usual=[
            H("TW-10W40", 4, "5L"),
            H("TW-5W40", 1, "20L"),
            H("MANN-W719-30", 2),
            H("NGK-BKR6E", 8),
            H("BOSCH-H282", 1),
            H("TW-AF-CONC", 2, "Pink"),
            H("TW-RAGS-10KG", 1),
        ],
        extras=[H("VL-110", 1)],
    ),
]

BY_KEY = {c["key"]: c for c in CUSTOMERS}

LAST_WEEK_MONDAY = datetime.date(2028, 7, 31)  # the week before the messages (2028-08-07 .. 08-13)


def _copy(lines):
    return [dict(x) for x in lines]


def _key(lines):
    return tuple(sorted((x["sku"], x.get("variant") or "", x["quantity"]) for x in lines))


def generate(seed=7070):
    """Return {customer key: history object}, deterministic for a given seed."""
    out = {}
    for i, c in enumerate(CUSTOMERS):
        rng = random.Random(seed * 100 + i)
        orders = []
        if c["type"] != "new":
            n = c["weeks"]
            dates = [
                LAST_WEEK_MONDAY - datetime.timedelta(weeks=n - 1 - k) + datetime.timedelta(days=c["weekday"])
                for k in range(n)
            ]
            if c["type"] == "steady":
                a, b = rng.sample(range(n - 1), 2)
                for k in range(n):
                    lines = _copy(c["usual"])
                    if k == a:
                        j = rng.randrange(len(lines))
                        lines[j]["quantity"] += 1
                    if k == b:
                        lines += _copy(c["extras"])
                    orders.append(lines)
            elif c["type"] == "regular":
                b = rng.randrange(n - 1)
                for k in range(n - 1):
                    lines = _copy(c["usual"])
                    if k == b:
                        lines += _copy(c["extras"])
                    orders.append(lines)
                last = _copy(c["usual"])
                kind = c["last"][0]
                if kind == "qty":
                    last[c["last"][1]]["quantity"] = c["last"][2]
                elif kind == "drop":
                    del last[c["last"][1]]
                elif kind == "extra":
                    last.append(dict(c["last"][1]))
                orders.append(last)
            elif c["type"] == "irregular":
                seen = set()
                pool = c["pool"]
                for k in range(n):
                    while True:
                        idx = set(rng.sample(range(len(pool)), rng.randint(3, 5)))
                        if k < len(c.get("forced", [])):
                            idx |= set(c["forced"][k])
                        lines = [dict(pool[j]) for j in sorted(idx)]
                        for x in lines:
                            x["quantity"] = max(1, x["quantity"] + rng.choice([-1, 0, 0, 1, 2]))
                        if _key(lines) not in seen:
                            seen.add(_key(lines))
                            break
                    orders.append(lines)
            orders = [{"date": d.isoformat(), "lines": ls} for d, ls in zip(dates, orders)]
        out[c["key"]] = {
            "customer": c["key"],
            "name": c["name"],
            "kind": c["kind"],
            "channel": c["channel"],
            "address": c["address"],
            "language": c["language"],
            "orders": orders,
        }
    return out
