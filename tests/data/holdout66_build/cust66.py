# ruff: noqa  (hand-written data generator of blind set 66, kept as its writer left it)
"""Customers of the sixty-sixth blind set, their hand-written usual baskets and the seeded history generator.

A basket line is (sku, variant or None, quantity). Phone numbers are Ofcom drama numbers and e-mail
addresses are under .example.
"""

import datetime
import random

from cat66 import HAS_VARIANTS, VARIANTS

# key, name, kind, channel, address, language, pattern, weeks, last-order variation, usual, extras
CUSTOMERS = [
    # ---------------- English
    dict(
        key="kd-plumbing",
        name="KD Plumbing & Heating",
        kind="plumber (sole trader)",
        channel="WHATSAPP",
        address="+447700900661",
        language="en",
        pattern="steady",
        weeks=7,
        usual=[
            ("CU-TUBE-3M", "15mm", 10),
            ("CU-TUBE-3M", "22mm", 4),
            ("EF-ELBOW", "15mm", 3),
            ("EF-ELBOW", "22mm", 2),
            ("EF-TEE-15", None, 2),
            ("FLUX", None, 1),
            ("PTFE", None, 1),
            ("CLIP-PIPE-15", None, 1),
            ("ISO-15-CHR", None, 4),
            ("THG-INHIB", None, 2),
        ],
        extras=[("MAPP", None, 2), ("SOLDER", None, 1)],
    ),
    dict(
        key="brightspark-elec",
        name="Bright Spark Electrical",
        kind="electrician (two-man firm)",
        channel="WHATSAPP",
        address="+447700900662",
        language="en",
        pattern="regular",
        weeks=6,
        last="qty",
        usual=[
            ("TE-CABLE", "2.5mm 100m", 2),
            ("TE-CABLE", "1.0mm 100m", 1),
            ("DSO", "White", 10),
            ("SW1G", "White", 6),
            ("BB-M-1G", None, 10),
            ("BB-M-2G", None, 10),
            ("WAGO-3", None, 1),
            ("CLIP-C-2.5", None, 2),
            ("MCB-B32", None, 2),
            ("MCB-B6", None, 2),
            ("TAPE-PVC", None, 1),
        ],
        extras=[("FCU", None, 2), ("EARTH-6", None, 1)],
    ),
    dict(
        key="hallam-builders",
        name="Hallam & Sons Builders",
        kind="general builder",
        channel="EMAIL",
        address="rob@hallambuilders.example",
        language="en",
        pattern="steady",
        weeks=8,
        usual=[
            ("PB125", "2400 x 1200", 30),
            ("DW-32", None, 2),
            ("SCRIM", None, 4),
            ("MULTI", None, 10),
            ("BONDING", None, 4),
            ("CLS-63", "2.4m", 20),
            ("MP-SCREW", "4.0 x 40mm (box of 200)", 2),
            ("MP-SCREW", "5.0 x 70mm (box of 100)", 1),
            ("FOAM-GUN", None, 6),
            ("CEMENT", None, 10),
            ("BULK-BUILD", None, 1),
            ("GLV-COAT", "Large (9)", 1),
        ],
        extras=[("PVA-5L", None, 1), ("PB-FIX", None, 1)],
    ),
    dict(
        key="northside-maint",
        name="Northside Property Maintenance",
        kind="property maintenance company",
        channel="EMAIL",
        address="orders@northsidepm.example",
        language="en",
        pattern="regular",
        weeks=6,
        last="drop",
        usual=[
            ("SAN-SIL", "White", 12),
            ("CT1", "White", 6),
            ("TAP-CONN", None, 6),
            ("WM-VALVE", None, 2),
            ("TRAP-BOTTLE-40", None, 4),
            ("PLUG-RED", None, 4),
            ("PLUG-BRN", None, 2),
            ("MP-SCREW", "4.0 x 40mm (box of 200)", 3),
            ("GRAB-ADH", None, 6),
            ("SMOKE-MAINS", None, 4),
            ("GU10", None, 2),
            ("FCU", None, 3),
        ],
        extras=[("CAULK", None, 1), ("HEAT-MAINS", None, 2)],
    ),
    dict(
        key="tidy-drylining",
        name="TidyLine Drylining",
        kind="drylining contractor",
        channel="SMS",
        address="+447700900665",
        language="en",
        pattern="regular",
        weeks=5,
        last="extra",
        usual=[
            ("PB125", "2400 x 1200", 40),
            ("PB-MR", None, 10),
            ("DW-32", None, 4),
            ("DW-42", None, 2),
            ("SCRIM", None, 6),
            ("PB-FIX", None, 2),
            ("CLS-63", "3.0m", 30),
            ("GLV-COAT", "X-Large (10)", 1),
        ],
        extras=[("FOAM-FIRE", None, 2), ("MULTI", None, 2)],
    ),
    dict(
        key="priory-heating",
        name="Priory Gas & Heating",
        kind="heating engineer",
        channel="SMS",
        address="+447700900666",
        language="en",
        pattern="steady",
        weeks=6,
        usual=[
            ("PEX-COIL", "15mm x 50m", 1),
            ("PF-ELBOW", "15mm", 10),
            ("PF-ELBOW", "22mm", 4),
            ("PF-TEE-15", None, 6),
            ("PIPE-INSERT-15", None, 3),
            ("TRV-15", None, 6),
            ("LOCKSHIELD-15", None, 6),
            ("THG-INHIB", None, 2),
            ("THG-CLEAN", None, 2),
            ("LAG-15", None, 10),
            ("CU-TUBE-3M", "22mm", 2),
        ],
        extras=[("LAG-22", None, 5), ("MAPP", None, 1)],
    ),
    dict(
        key="voltline-contracts",
        name="Voltline Electrical Contractors Ltd",
        kind="electrical contractor",
        channel="EMAIL",
        address="purchasing@voltline.example",
        language="en",
        pattern="regular",
        weeks=7,
        last="qty",
        usual=[
            ("TE-CABLE", "1.5mm 100m", 4),
            ("TE-CABLE", "2.5mm 100m", 4),
            ("TE-CABLE", "6.0mm 50m", 1),
            ("DL-WH", None, 40),
            ("BATTEN-5FT", None, 10),
            ("SMOKE-MAINS", None, 6),
            ("HEAT-MAINS", None, 2),
            ("RCBO-B32", None, 4),
            ("RCBO-B16", None, 6),
            ("CU-10W", None, 1),
            ("WAGO-3", None, 4),
            ("WAGO-5", None, 2),
            ("TRUNK-25", None, 10),
            ("CONDUIT-20", None, 10),
        ],
        extras=[("TAPE-PVC", None, 5), ("TIES-300", None, 2)],
    ),
    dict(
        key="oakfield-lofts",
        name="Oakfield Loft Conversions",
        kind="loft conversion builder",
        channel="WHATSAPP",
        address="+447700900668",
        language="en",
        pattern="steady",
        weeks=6,
        usual=[
            ("TREATED-100", "4.8m", 20),
            ("OSB-18", None, 10),
            ("PIR-100", None, 8),
            ("PB125", "2400 x 1200", 20),
            ("MP-SCREW", "5.0 x 100mm (box of 100)", 2),
            ("NAIL-RW-100", None, 5),
            ("FOAM-GUN", None, 4),
            ("PVA-5L", None, 1),
            ("FFP3", None, 1),
        ],
        extras=[("PLY-18", None, 2), ("GLV-COAT", "Large (9)", 1)],
    ),
    dict(
        key="renovo-projects",
        name="Renovo Projects",
        kind="refurbishment contractor (every job different)",
        channel="EMAIL",
        address="hannah@renovoprojects.example",
        language="en",
        pattern="irregular",
        weeks=6,
        usual=[],
        extras=[],
    ),
    dict(
        key="nova-electrical",
        name="Nova Electrical",
        kind="electrician, new business",
        channel="WHATSAPP",
        address="+447700900670",
        language="en",
        pattern="new",
        weeks=0,
        usual=[],
        extras=[],
    ),
    # ---------------- Polish
    dict(
        key="kowalski-bud",
        name="Kowalski Budownictwo",
        kind="builder",
        channel="WHATSAPP",
        address="+447700900671",
        language="pl",
        pattern="regular",
        weeks=7,
        last="qty",
        usual=[
            ("PB125", "2400 x 1200", 25),
            ("CLS-63", "2.4m", 30),
            ("DW-32", None, 3),
            ("MULTI", None, 8),
            ("BONDING", None, 3),
            ("FOAM-HAND", None, 6),
            ("MP-SCREW", "4.0 x 50mm (box of 200)", 2),
            ("CEMENT", None, 8),
            ("BULK-SHARP", None, 1),
            ("GLV-COAT", "Large (9)", 1),
        ],
        extras=[("PVA-5L", None, 1), ("SCRIM", None, 2)],
    ),
    dict(
        key="nowak-hydraulika",
        name="Nowak Hydraulika",
        kind="plumber",
        channel="SMS",
        address="+447700900672",
        language="pl",
        pattern="steady",
        weeks=6,
        usual=[
            ("CU-TUBE-3M", "15mm", 8),
            ("CU-TUBE-3M", "22mm", 3),
            ("COMP-ELB-15", None, 10),
            ("COMP-TEE-15", None, 6),
            ("COMP-CPL-15", None, 6),
            ("OLIVE-15", None, 1),
            ("PTFE", None, 2),
            ("ISO-15-BRS", None, 6),
            ("WASTE-SW-40", None, 4),
            ("SOLVENT-CEM", None, 1),
        ],
        extras=[("TRAP-BOTTLE-40", None, 2), ("MAPP", None, 1)],
    ),
    dict(
        key="elektro-zielinski",
        name="Elektro-Zieliński",
        kind="electrician",
        channel="WHATSAPP",
        address="+447700900673",
        language="pl",
        pattern="regular",
        weeks=5,
        last="extra",
        usual=[
            ("TE-CABLE", "2.5mm 50m", 2),
            ("TE-CABLE", "1.5mm 100m", 1),
            ("DSO", "Brushed Chrome", 8),
            ("SW1G", "Brushed Chrome", 5),
            ("BB-DL-2G", None, 10),
            ("WAGO-3", None, 1),
            ("CLIP-C-2.5", None, 1),
            ("MCB-B16", None, 4),
            ("FCU", None, 2),
        ],
        extras=[("TAPE-PVC", None, 1), ("SMOKE-MAINS", None, 2)],
    ),
    # ---------------- Romanian
    dict(
        key="popescu-constructii",
        name="Popescu Construcții",
        kind="builder",
        channel="WHATSAPP",
        address="+447700900674",
        language="ro",
        pattern="steady",
        weeks=7,
        usual=[
            ("PB125", "2400 x 1200", 30),
            ("PB-FIRE", None, 10),
            ("CLS-63", "3.0m", 25),
            ("DW-42", None, 2),
            ("SCRIM", None, 4),
            ("MULTI", None, 10),
            ("PVA-5L", None, 1),
            ("PLUG-BRN", None, 3),
            ("FOAM-GUN", None, 4),
            ("GLV-NIT", "Large", 1),
        ],
        extras=[("CEMENT", None, 4), ("MP-SCREW", "4.0 x 40mm (box of 200)", 2)],
    ),
    dict(
        key="ionescu-instalatii",
        name="Ionescu Instalații",
        kind="plumber",
        channel="SMS",
        address="+447700900675",
        language="ro",
        pattern="regular",
        weeks=6,
        last="drop",
        usual=[
            ("PEX-COIL", "22mm x 25m", 1),
            ("PEX-LEN-15", None, 10),
            ("PF-ELBOW", "15mm", 12),
            ("PF-CPL-15", None, 8),
            ("PIPE-INSERT-15", None, 4),
            ("ISO-15-CHR", None, 6),
            ("TAP-CONN", None, 4),
            ("SAN-SIL", "Clear", 4),
            ("WASTE-PF-40", None, 4),
        ],
        extras=[("PF-TEE-15", None, 4), ("PTFE", None, 1)],
    ),
    dict(
        key="dumitru-electric",
        name="Dumitru Electric",
        kind="electrician",
        channel="WHATSAPP",
        address="+447700900676",
        language="ro",
        pattern="steady",
        weeks=5,
        usual=[
            ("TE-CABLE", "2.5mm 100m", 1),
            ("TE-CABLE", "6.0mm 50m", 1),
            ("EARTH-6", None, 1),
            ("DSO", "Black Nickel", 6),
            ("SSO", "Black Nickel", 2),
            ("SW1G", "Black Nickel", 4),
            ("MCB-B32", None, 2),
            ("MCB-B16", None, 4),
            ("CLIP-C-1.5", None, 2),
            ("TAPE-PVC", None, 1),
        ],
        extras=[("TIES-300", None, 2), ("FCU", None, 1)],
    ),
    # ---------------- Portuguese
    dict(
        key="silva-construction",
        name="Silva Construction",
        kind="builder (Brazilian)",
        channel="WHATSAPP",
        address="+447700900677",
        language="pt",
        pattern="regular",
        weeks=7,
        last="qty",
        usual=[
            ("PB125", "2400 x 1200", 20),
            ("OSB-11", None, 6),
            ("CLS-89", None, 12),
            ("MP-SCREW", "4.0 x 40mm (box of 200)", 3),
            ("MP-SCREW", "5.0 x 70mm (box of 100)", 2),
            ("PLUG-RED", None, 5),
            ("GRAB-ADH", None, 6),
            ("BLD-SIL", "White", 6),
            ("CEMENT", None, 6),
            ("BULK-BALLAST", None, 1),
        ],
        extras=[("FOAM-GUN", None, 2), ("PVA-5L", None, 1)],
    ),
    dict(
        key="ferreira-canalizacoes",
        name="Ferreira Canalizações",
        kind="plumber (Portuguese)",
        channel="EMAIL",
        address="joao@ferreiracanal.example",
        language="pt",
        pattern="steady",
        weeks=6,
        usual=[
            ("CU-TUBE-3M", "15mm", 12),
            ("CU-TUBE-3M", "28mm", 2),
            ("EF-ELBOW", "15mm", 3),
            ("EF-CPL-15", None, 2),
            ("SOLDER", None, 1),
            ("MAPP", None, 2),
            ("FLUX", None, 1),
            ("LAG-15", None, 20),
            ("LAG-22", None, 10),
            ("CLIP-PIPE-15", None, 1),
            ("CLIP-PIPE-22", None, 1),
            ("SOIL-110", None, 2),
        ],
        extras=[("PTFE", None, 1), ("WASTE-SW-40", None, 2)],
    ),
    dict(
        key="costa-eletrica",
        name="Costa Elétrica",
        kind="electrician (Brazilian)",
        channel="WHATSAPP",
        address="+447700900679",
        language="pt",
        pattern="regular",
        weeks=5,
        last="extra",
        usual=[
            ("TE-CABLE", "1.0mm 100m", 1),
            ("TE-CABLE", "2.5mm 100m", 2),
            ("USB-DSO", None, 4),
            ("DSO", "White", 8),
            ("SW2G-WH", None, 3),
            ("SW1G", "White", 6),
            ("GU10", None, 3),
            ("DL-CH", None, 12),
            ("WAGO-5", None, 1),
            ("TIES-300", None, 1),
        ],
        extras=[("MCB-B16", None, 2), ("CLIP-C-2.5", None, 1)],
    ),
    # ---------------- Lithuanian
    dict(
        key="jonaitis-statyba",
        name="Jonaičio Statyba",
        kind="builder",
        channel="WHATSAPP",
        address="+447700900680",
        language="lt",
        pattern="steady",
        weeks=6,
        usual=[
            ("PB125", "1800 x 900", 20),
            ("PB95", None, 10),
            ("CLS-63", "2.4m", 20),
            ("DW-32", None, 2),
            ("NAIL-CLOUT-40", None, 2),
            ("MULTI", None, 6),
            ("CEMENT", None, 5),
            ("PLY-18", None, 4),
        ],
        extras=[("SCRIM", None, 2), ("HIVIS", None, 2)],
    ),
    dict(
        key="petrauskas-santechnika",
        name="Petrausko Santechnika",
        kind="plumber",
        channel="SMS",
        address="+447700900681",
        language="lt",
        pattern="regular",
        weeks=6,
        last="qty",
        usual=[
            ("CU-TUBE-3M", "15mm", 6),
            ("COMP-ELB-15", None, 8),
            ("COMP-ELB-22", None, 4),
            ("COMP-CPL-15", None, 4),
            ("OLIVE-15", None, 1),
            ("OLIVE-22", None, 1),
            ("ISO-15-BRS", None, 4),
            ("SOLVENT-CEM", None, 1),
            ("WASTE-SW-40", None, 3),
            ("TRAP-BOTTLE-40", None, 2),
            ("PTFE", None, 1),
        ],
        extras=[("MAPP", None, 1), ("TAP-CONN", None, 2)],
    ),
    dict(
        key="kazlauskas-elektra",
        name="Kazlausko Elektra",
        kind="electrician",
        channel="WHATSAPP",
        address="+447700900682",
        language="lt",
        pattern="regular",
        weeks=7,
        last="drop",
        usual=[
            ("TE-CABLE", "2.5mm 100m", 1),
            ("TE-CABLE", "1.5mm 100m", 1),
            ("SSO", "White", 6),
            ("DSO", "White", 10),
            ("SW1G", "White", 8),
            ("BB-M-1G", None, 12),
            ("BB-M-2G", None, 10),
            ("MCB-B6", None, 2),
            ("MCB-B32", None, 2),
            ("CLIP-C-1.5", None, 1),
            ("CLIP-C-2.5", None, 1),
            ("TIES-300", None, 1),
        ],
        extras=[("GU10", None, 2), ("FCU", None, 2)],
    ),
    dict(
        key="baltic-build",
        name="Baltic Build Ltd",
        kind="builder, new business",
        channel="EMAIL",
        address="aiste@balticbuild.example",
        language="lt",
        pattern="new",
        weeks=0,
        usual=[],
        extras=[],
    ),
]

# The refurbishment contractor never repeats a basket: its orders are written out job by job.
RENOVO_ORDERS = [
    [
        ("CU-TUBE-3M", "15mm", 4),
        ("COMP-ELB-15", None, 6),
        ("ISO-15-CHR", None, 4),
        ("TAP-CONN", None, 4),
        ("SAN-SIL", "White", 4),
        ("MULTI", None, 3),
    ],
    [
        ("DSO", "White", 6),
        ("SW1G", "White", 4),
        ("BB-M-1G", None, 6),
        ("TE-CABLE", "2.5mm 100m", 1),
        ("CLIP-C-2.5", None, 1),
    ],
    [
        ("PB125", "2400 x 1200", 12),
        ("MULTI", None, 6),
        ("SCRIM", None, 2),
        ("DW-32", None, 1),
        ("CLS-63", "2.4m", 10),
        ("PVA-5L", None, 1),
    ],
    [
        ("TRAP-BOTTLE-40", None, 2),
        ("WASTE-SW-40", None, 3),
        ("SOLVENT-CEM", None, 1),
        ("SAN-SIL", "White", 6),
        ("GRAB-ADH", None, 4),
    ],
    [
        ("OSB-18", None, 6),
        ("MP-SCREW", "5.0 x 70mm (box of 100)", 2),
        ("FOAM-GUN", None, 3),
        ("MULTI", None, 4),
        ("PLUG-RED", None, 2),
        ("GLV-COAT", "Medium (8)", 1),
    ],
    [
        ("DL-WH", None, 8),
        ("FCU", None, 2),
        ("TE-CABLE", "1.5mm 100m", 1),
        ("SAN-SIL", "White", 3),
        ("TAP-CONN", None, 2),
        ("MULTI", None, 2),
        ("PB125", "2400 x 1200", 6),
    ],
]

LAST_HISTORY_WEEK = datetime.date(2028, 7, 24)  # Monday of the week before the messages
MESSAGE_WEEK_START = datetime.date(2028, 7, 31)  # messages run 2028-07-31 .. 2028-08-06


def _line(sku, variant, qty):
    d = {"sku": sku}
    if sku in HAS_VARIANTS:
        if variant not in VARIANTS[sku]:
            raise ValueError(f"bad variant {variant!r} for {sku}")
        d["variant"] = variant
    elif variant is not None:
        raise ValueError(f"{sku} has no variants")
    d["quantity"] = qty
    return d


def _basket(lines):
    return [_line(*l) for l in lines]


def generate_histories(seed=66):
    """Weekly order histories, fixed seed. Returns a list of customer dicts (histories66.jsonl rows)."""
    out = []
    for i, c in enumerate(CUSTOMERS):
        rng = random.Random(seed * 1000 + i)
        orders = []
        if c["pattern"] == "irregular":
            baskets = [list(b) for b in RENOVO_ORDERS]
        elif c["pattern"] == "new":
            baskets = []
        else:
            n = c["weeks"]
            usual = list(c["usual"])
            baskets = [list(usual) for _ in range(n)]
            extras = list(c["extras"])
            if c["pattern"] == "steady":
                # one earlier week with one quantity more, one with an extra line; the last order is the usual
                j = rng.randrange(len(usual))
                s, v, q = baskets[1][j]
                baskets[1][j] = (s, v, q + 1)
                baskets[3] = usual + [extras[rng.randrange(len(extras))]]
            else:
                # one earlier week with an extra line; the last order differs from the usual
                baskets[2] = usual + [extras[rng.randrange(len(extras))]]
                kind = c["last"]
                if kind == "qty":
                    s, v, q = usual[0]
                    baskets[-1] = [(s, v, q + max(1, round(q * 0.2)))] + usual[1:]
                elif kind == "drop":
                    baskets[-1] = usual[:-1]
                elif kind == "extra":
                    other = [e for e in extras if e != baskets[2][-1]]
                    baskets[-1] = usual + [other[0]]
        n = len(baskets)
        last_day = LAST_HISTORY_WEEK + datetime.timedelta(days=i % 5)
        for k, b in enumerate(baskets):
            d = last_day - datetime.timedelta(days=7 * (n - 1 - k))
            orders.append({"date": d.isoformat(), "lines": _basket(b)})
        out.append(
            {
                "customer": c["key"],
                "name": c["name"],
                "kind": c["kind"],
                "channel": c["channel"],
                "address": c["address"],
                "language": c["language"],
                "orders": orders,
            }
        )
    return out


CUSTOMER = {c["key"]: c for c in CUSTOMERS}
