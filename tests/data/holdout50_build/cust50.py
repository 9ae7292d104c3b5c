# ruff: noqa  (hand-written data generator of blind set 50, kept as its writer left it)
"""Customers of blind set 50, their hand-written usual baskets and a seeded weekly history generator."""

import datetime
import random

# line: (sku, qty) or (sku, qty, variant)
# kind: steady (last order is the usual), regular (last order differs), irregular (never repeats), new (no orders)
# last: ("qty", sku, q) | ("drop", sku) | ("add", line)
CUSTOMERS = [
    dict(
        customer="pho-saigon-hackney",
        name="Phở Sài Gòn Hackney",
        kind="restaurant",
        channel="WHATSAPP",
        address="+447700900950",
        language="vi",
        type="steady",
        weeks=8,
        weekday=0,
        usual=[
            ("ND-RICESTICK", 4, "5mm"),
            ("FS-3CRABS-682", 12),
            ("HB-THAIBASIL", 20),
            ("HB-SAWTOOTH", 10),
            ("VG-BEANSPROUT-5K", 4),
            ("MT-BEEF-BRISKET", 15),
            ("MT-BEEF-BONES", 3),
            ("SP-PHO-BAGS", 2),
            ("SA-LKK-HOISIN", 2, "2.27kg"),
            ("SA-HUYFONG-793", 6),
            ("PK-SOUP-32", 1),
        ],
        extras=[("HB-VIETMINT", 5), ("SP-STARANISE-1K", 1)],
    ),
    dict(
        customer="banh-mi-co-ba",
        name="Bánh Mì Cô Ba",
        kind="banh mi shop",
        channel="SMS",
        address="+447700900951",
        language="vi",
        type="regular",
        weeks=7,
        weekday=1,
        usual=[
            ("MT-CHALUA", 10),
            ("MT-PORK-MINCE", 8),
            ("HB-CORIANDER", 30),
            ("SA-GOLDENMTN-600", 6),
            ("SA-FLYGOOSE-SRIRACHA", 6, "730ml"),
            ("PK-BAGS-VEST", 1),
            ("CS-GLOVES", 2, "Large"),
        ],
        extras=[("TD-CONDMILK", 1)],
        last=("qty", "MT-CHALUA", 12),
    ),
    dict(
        customer="lotus-grocer",
        name="Lotus Family Grocer (Deptford)",
        kind="grocery",
        channel="WHATSAPP",
        address="+447700900952",
        language="vi",
        type="regular",
        weeks=8,
        weekday=2,
        usual=[
            ("RICE-ROYALUMB", 10, "5kg"),
            ("RICE-LF-STICKY", 6, "5kg"),
            ("RP-3LADIES", 40, "22cm"),
            ("ND-VERMICELLI", 3),
            ("FS-SQUID", 24, "725ml"),
            ("CO-CHAOKOH-MILK", 3),
            ("ND-MAMA-TOMYUM", 4),
            ("TD-CONDMILK", 1),
            ("DR-TRUNGNGUYEN", 12),
        ],
        extras=[("ND-GLASS", 1)],
        last=("drop", "ND-MAMA-TOMYUM"),
    ),
    dict(
        customer="com-nha",
        name="Cơm Nhà Kitchen",
        kind="restaurant",
        channel="EMAIL",
        address="bep@comnha.example",
        language="vi",
        type="regular",
        weeks=6,
        weekday=3,
        usual=[
            ("RICE-BROKEN-20", 3),
            ("MT-PORKBELLY-SKIN", 12),
            ("MT-CHICKEN-THIGH", 3),
            ("FS-REDBOAT40-500", 6),
            ("TD-PALMSUGAR", 4),
            ("HB-PERILLA", 10),
            ("VG-MORNINGGLORY", 5),
            ("PK-BLACKRECT", 2, "650ml"),
        ],
        extras=[("TD-FRIEDSHALLOT", 2)],
        last=("add", ("SF-BASA-5K", 2)),
    ),
    dict(
        customer="bun-bo-hue-leeds",
        name="Bún Bò Huế Leeds",
        kind="restaurant",
        channel="WHATSAPP",
        address="+447700900953",
        language="en",
        type="steady",
        weeks=6,
        weekday=0,
        usual=[
            ("ND-BUNBO", 3),
            ("MT-BEEF-BONES", 4),
            ("SP-LEMONGRASS-FRZ", 6),
            ("HB-PERILLA", 8),
            ("HB-VIETMINT", 8),
            ("FS-SQUID", 2, "4.5L"),
            ("SP-MSG-1K", 2),
            ("PK-SOUP-32", 1),
        ],
        extras=[("VG-BEANSPROUT-5K", 2)],
    ),
    dict(
        customer="siam-orchid",
        name="Siam Orchid",
        kind="restaurant",
        channel="WHATSAPP",
        address="+447700900954",
        language="th",
        type="regular",
        weeks=8,
        weekday=1,
        usual=[
            ("CP-MAEPLOY-GREEN", 4, "1kg"),
            ("CP-MAEPLOY-RED", 3, "1kg"),
            ("CO-AROYD-MILK", 3, "1L Carton (case of 12)"),
            ("HB-THAIBASIL", 25),
            ("HB-KAFFIR-100", 6),
            ("FS-TIPAROS-12", 2),
            ("RICE-ROYALUMB", 4, "20kg"),
            ("SF-VANNAMEI", 1, "21/25"),
            ("VG-BIRDSEYE", 2),
        ],
        extras=[("CP-MAEPLOY-MASSAMAN", 2, "1kg")],
        last=("qty", "HB-THAIBASIL", 30),
    ),
    dict(
        customer="baan-thai-brighton",
        name="Baan Thai Brighton",
        kind="restaurant",
        channel="WHATSAPP",
        address="+447700900955",
        language="th",
        type="steady",
        weeks=7,
        weekday=2,
        usual=[
            ("CP-MAEPLOY-MASSAMAN", 2, "1kg"),
            ("CP-MAEPLOY-YELLOW", 1, "1kg"),
            ("CO-AROYD-CREAM", 2),
            ("ND-RICESTICK", 3, "10mm"),
            ("HB-HOLYBASIL", 15),
            ("FS-MEGACHEF-700", 12),
            ("SA-MAEKRUA-OYSTER", 6),
            ("SF-SQUID-TUBES", 1, "U/10"),
            ("DR-SINGHA", 3),
        ],
        extras=[("TD-PALMSUGAR", 2), ("TF-FIRM", 1)],
    ),
    dict(
        customer="krua-khun-mae",
        name="Krua Khun Mae Thai Grocery",
        kind="grocery",
        channel="WHATSAPP",
        address="+447700900956",
        language="th",
        type="regular",
        weeks=6,
        weekday=3,
        usual=[
            ("RICE-LF-STICKY", 4, "20kg"),
            ("RICE-LF-JASMINE-20", 6),
            ("ND-MAMA-PORK", 5),
            ("ND-MAMA-TOMYUM", 5),
            ("CO-CHAOKOH-MILK", 4),
            ("DR-THAITEA", 20),
            ("SA-HEALTHYBOY-SOY", 12),
            ("CP-MAEPLOY-RED", 12, "400g"),
        ],
        extras=[("SA-MAEPLOY-CHILLI", 12)],
        last=("qty", "DR-THAITEA", 30),
    ),
    dict(
        customer="som-tam-street",
        name="Som Tam Street (food truck)",
        kind="food truck",
        channel="SMS",
        address="+447700900957",
        language="th",
        type="regular",
        weeks=5,
        weekday=4,
        usual=[
            ("VG-GREENPAPAYA", 10),
            ("VG-BIRDSEYE", 1),
            ("TD-DRIEDSHRIMP", 1),
            ("TD-PALMSUGAR", 2),
            ("SA-TAMARIND-454", 4),
            ("RICE-LF-STICKY", 2, "5kg"),
            ("PK-BLACKRECT", 1, "500ml"),
        ],
        extras=[("CS-TWIN-24", 1)],
        last=("add", ("CP-PANTAI-TOMYUM", 2)),
    ),
    dict(
        customer="golden-lotus",
        name="金莲花 Golden Lotus",
        kind="restaurant",
        channel="WHATSAPP",
        address="+447700900958",
        language="zh",
        type="regular",
        weeks=7,
        weekday=0,
        usual=[
            ("RICE-ROYALUMB", 5, "20kg"),
            ("SA-LKK-OYSTER-510", 12),
            ("SA-LKK-HOISIN", 2, "2.27kg"),
            ("SF-VANNAMEI", 2, "26/30"),
            ("SF-SQUID-SP", 6),
            ("TF-SILKEN", 1),
            ("PK-FOIL-NO2", 2),
            ("CS-TWIN-24", 1),
        ],
        extras=[("SA-LGM-CRISP", 1)],
        last=("qty", "SF-VANNAMEI", 3),
    ),
    dict(
        customer="huang-supermarket",
        name="黄氏超市 Huang's Oriental Supermarket",
        kind="grocery",
        channel="EMAIL",
        address="orders@huangs-oriental.example",
        language="zh",
        type="steady",
        weeks=8,
        weekday=1,
        usual=[
            ("SA-LGM-CRISP", 2),
            ("ND-GLASS", 2),
            ("RP-BLUEDRAGON-22", 2),
            ("FS-3CRABS-682", 24),
            ("CO-AROYD-MILK", 4, "400ml Can (case of 24)"),
            ("FL-TAPIOCA", 1),
            ("FL-ERAWAN-GLUT", 1),
            ("DR-CHANG", 2),
        ],
        extras=[("TD-STRAWMUSH", 1), ("FL-ERAWAN-RICE", 1)],
    ),
    dict(
        customer="dragon-wok",
        name="Dragon Wok Takeaway",
        kind="takeaway",
        channel="WHATSAPP",
        address="+447700900959",
        language="zh",
        type="regular",
        weeks=6,
        weekday=4,
        usual=[
            ("PK-FOIL-NO6A", 2),
            ("PK-FOIL-NO2", 1),
            ("PK-SAUCEPOT-2", 1),
            ("PK-BAGS-VEST", 1),
            ("ND-EGG-THIN", 2),
            ("FZ-SPRINGROLL-VEG", 3),
            ("MT-CHICKEN-THIGH", 4),
            ("SA-MAEPLOY-CHILLI", 12),
        ],
        extras=[("SF-PRAWN-COOKED", 5)],
        last=("qty", "FZ-SPRINGROLL-VEG", 4),
    ),
    dict(
        customer="the-noodle-bar",
        name="The Noodle Bar",
        kind="restaurant",
        channel="WHATSAPP",
        address="+447700900960",
        language="en",
        type="steady",
        weeks=7,
        weekday=2,
        usual=[
            ("ND-RICESTICK", 3, "3mm"),
            ("ND-EGG-THIN", 2),
            ("PK-NOODLEBOX", 2, "26oz"),
            ("CS-BAMBOO", 1, "21cm"),
            ("SA-FLYGOOSE-SRIRACHA", 6, "455ml"),
            ("TF-FIRM", 2),
            ("SF-PRAWN-COOKED", 6),
            ("HB-CORIANDER-1K", 2),
        ],
        extras=[("FZ-FISHCAKE", 1), ("SP-MSG-1K", 2)],
    ),
    dict(
        customer="green-papaya",
        name="Green Papaya Restaurant Group",
        kind="restaurant group",
        channel="EMAIL",
        address="purchasing@greenpapaya-group.example",
        language="en",
        type="regular",
        weeks=8,
        weekday=0,
        usual=[
            ("RP-3LADIES", 30, "22cm"),
            ("ND-VERMICELLI", 4),
            ("HB-MINT", 30),
            ("HB-PERILLA", 20),
            ("HB-CORIANDER", 40),
            ("SF-TIGER-HOSO", 2, "13/15"),
            ("MT-PORKBELLY-SLICED", 10),
            ("FZ-CHAGIO-PORK", 4),
            ("FS-REDBOAT40-500", 12),
            ("CS-GLOVES", 4, "Medium"),
        ],
        extras=[("HB-VIETMINT", 10)],
        last=("qty", "FZ-CHAGIO-PORK", 6),
    ),
    dict(
        customer="rice-spice-canteen",
        name="Rice & Spice Canteen, Northgate University",
        kind="canteen",
        channel="EMAIL",
        address="catering@northgate-uni.example",
        language="en",
        type="steady",
        weeks=6,
        weekday=3,
        usual=[
            ("RICE-LF-JASMINE-20", 8),
            ("CP-MAEPLOY-GREEN", 6, "1kg"),
            ("CP-MAEPLOY-RED", 4, "1kg"),
            ("CO-KARA-CREAM", 4),
            ("TF-FIRM", 6),
            ("MT-CHICKEN-THIGH", 10),
            ("PK-BLACKRECT", 6, "750ml"),
            ("CS-SPOONS", 1),
        ],
        extras=[("SA-MAEPLOY-CHILLI", 6), ("FZ-SPRINGROLL-VEG", 4)],
    ),
    dict(
        customer="bangkok-street",
        name="Bangkok Street Kitchen",
        kind="takeaway",
        channel="WHATSAPP",
        address="+447700900961",
        language="en",
        type="regular",
        weeks=7,
        weekday=4,
        usual=[
            ("ND-RICESTICK", 4, "5mm"),
            ("ND-RICESTICK", 2, "10mm"),
            ("HB-HOLYBASIL", 20),
            ("MT-PORK-MINCE", 10),
            ("SA-GOLDENMTN-600", 6),
            ("SA-LKK-OYSTER-510", 6),
            ("PK-NOODLEBOX", 2, "32oz"),
            ("TF-PUFFS", 10),
        ],
        extras=[("FZ-FISHCAKE", 2)],
        last=("drop", "TF-PUFFS"),
    ),
    dict(
        customer="saigon-social",
        name="Saigon Social",
        kind="restaurant",
        channel="WHATSAPP",
        address="+447700900962",
        language="en",
        type="regular",
        weeks=6,
        weekday=1,
        usual=[
            ("RP-3LADIES", 20, "16cm"),
            ("HB-MINT", 15),
            ("HB-VIETMINT", 6),
            ("SF-VANNAMEI", 1, "16/20"),
            ("MT-BEEF-TOPSIDE", 6),
            ("DR-SAIGON", 4),
            ("TD-CONDMILK", 1),
            ("DR-TRUNGNGUYEN", 4),
            ("CS-BAMBOO", 1, "24cm"),
        ],
        extras=[("FZ-CHAGIO-PORK", 2)],
        last=("add", ("SF-SOFTSHELL", 1)),
    ),
    dict(
        customer="mekong-kitchen",
        name="Mekong Kitchen",
        kind="restaurant",
        channel="WHATSAPP",
        address="+447700900963",
        language="vi",
        type="steady",
        weeks=5,
        weekday=3,
        usual=[
            ("FS-SQUID", 6, "725ml"),
            ("SF-SQUID-BABY", 5),
            ("SF-BASA-5K", 2),
            ("MT-PORKBELLY-SKIN", 8),
            ("HB-PERILLA", 10),
            ("HB-THAIBASIL", 10),
            ("VG-BEANSPROUT-1K", 10),
            ("TF-FIRM", 2),
        ],
        extras=[("SP-PHO-CUBES", 1), ("TF-PUFFS", 4)],
    ),
    dict(
        customer="sabai-sabai",
        name="Sabai Sabai Thai Café",
        kind="café",
        channel="EMAIL",
        address="kitchen@sabaisabai-cafe.example",
        language="th",
        type="regular",
        weeks=6,
        weekday=0,
        usual=[
            ("CP-MAEPLOY-YELLOW", 2, "400g"),
            ("CP-MAEPLOY-GREEN", 2, "400g"),
            ("CO-AROYD-MILK", 2, "165ml Can (case of 48)"),
            ("ND-RICESTICK", 2, "3mm"),
            ("DR-THAITEA", 6),
            ("TD-CONDMILK", 1),
            ("HB-THAIBASIL", 10),
            ("FZ-FISHCAKE", 1),
        ],
        extras=[("CP-PANTAI-TOMYUM", 3)],
        last=("qty", "DR-THAITEA", 8),
    ),
    dict(
        customer="lantern-events",
        name="Lantern Events Catering",
        kind="caterer",
        channel="EMAIL",
        address="ops@lantern-events.example",
        language="en",
        type="irregular",
        weeks=5,
        weekday=2,
        pool=[
            ("FZ-SPRINGROLL-VEG", 4),
            ("FZ-CHAGIO-PORK", 3),
            ("FZ-FISHCAKE", 3),
            ("SF-PRAWN-COOKED", 8),
            ("RP-BLUEDRAGON-22", 2),
            ("SA-MAEPLOY-CHILLI", 6),
            ("PK-NOODLEBOX", 2, "16oz"),
            ("CS-TWIN-24", 1),
            ("HB-MINT", 10),
            ("CO-KARA-CREAM", 2),
        ],
    ),
    dict(
        customer="pho-ever",
        name="Phở Ever (opening)",
        kind="restaurant",
        channel="WHATSAPP",
        address="+447700900964",
        language="vi",
        type="new",
    ),
    dict(
        customer="tuk-tuk-thai",
        name="Tuk Tuk Thai Takeaway (opening)",
        kind="takeaway",
        channel="SMS",
        address="+447700900965",
        language="th",
        type="new",
    ),
]

HISTORY_END = datetime.date(2028, 7, 28)


def _line(t):
    d = {"sku": t[0], "quantity": t[1]}
    if len(t) > 2:
        d["variant"] = t[2]
    return d


def generate(seed=50):
    """Weekly orders, oldest first. Deterministic: one Random per customer from a fixed seed."""
    out = []
    for idx, c in enumerate(CUSTOMERS):
        rec = {k: c[k] for k in ("customer", "name", "kind", "channel", "address", "language")}
        rec["orders"] = []
        if c["type"] == "new":
            out.append(rec)
            continue
        rng = random.Random(seed * 1000 + idx)
        n = c["weeks"]
        # last order date: the customer's weekday in the week ending HISTORY_END
        last = HISTORY_END - datetime.timedelta(days=(HISTORY_END.weekday() - c["weekday"]) % 7)
        dates = [last - datetime.timedelta(weeks=n - 1 - i) for i in range(n)]
        baskets = []
        if c["type"] == "irregular":
            pool = c["pool"]
            seen = set()
            for i in range(n):
                while True:
                    k = rng.randint(4, 7)
                    picks = sorted(rng.sample(range(len(pool)), k))
                    b = []
                    for j in picks:
                        t = list(pool[j])
                        t[1] = max(1, t[1] + rng.randint(-1, 2))
                        b.append(tuple(t))
                    key = tuple(b)
                    if key not in seen:
                        seen.add(key)
                        break
                baskets.append(b)
        else:
            usual = list(c["usual"])
            baskets = [list(usual) for _ in range(n)]
            # earlier weeks that vary (never the last two for steady, never the last for regular)
            early = list(range(0, n - 2))
            wq, wx = rng.sample(early, 2)
            j = rng.randrange(len(usual))
            t = list(usual[j])
            t[1] = t[1] + 1
            baskets[wq][j] = tuple(t)
            baskets[wx] = baskets[wx] + [c["extras"][0]]
            if c["type"] == "regular":
                op = c["last"]
                b = list(usual)
                if op[0] == "qty":
                    b = [tuple([x[0], op[2]] + list(x[2:])) if x[0] == op[1] else x for x in b]
                elif op[0] == "drop":
                    b = [x for x in b if x[0] != op[1]]
                elif op[0] == "add":
                    b = b + [op[1]]
                baskets[-1] = b
        for d, b in zip(dates, baskets):
            rec["orders"].append({"date": d.isoformat(), "lines": [_line(t) for t in b]})
        out.append(rec)
    return out
