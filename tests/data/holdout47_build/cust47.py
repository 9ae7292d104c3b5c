# ruff: noqa  (hand-written data generator of blind set 47, kept as its writer left it)
"""Customers of blind set 47, their hand-written usual baskets and the seeded history generator."""

import datetime
import random
import zlib

# line: (sku, variant or None, qty)
# kind of history: steady | regular | irregular | new
CUSTOMERS = [
    dict(
        key="shiraz-grill",
        name="Shiraz Grill",
        kind="Persian grill restaurant",
        channel="WHATSAPP",
        address="+447700900710",
        language="en",
        hist="regular",
        weeks=7,
        weekday=1,
        usual=[
            ("RICE-TILDA-PURE", "20kg", 4),
            ("MEAT-KOOB-LB", None, 25),
            ("MEAT-JOOJEH-BL", None, 20),
            ("MEAT-SHISHLIK", None, 8),
            ("MEAT-BARG-LAMB", None, 6),
            ("SAF-SARGOL", "4.6g Tin (1 Mesghal)", 2),
            ("DRY-BARBERRY-1K", None, 2),
            ("DAI-MAST", "10kg", 2),
            ("DRK-DOOGH-ABALI", "12 x 330ml Bottle", 4),
            ("BRD-LAVASH", "Tahdig Thin (20 sheets)", 6),
            ("PKG-FOIL", "No.6a (case of 500)", 1),
            ("CHR-BIGK-15", None, 4),
        ],
        extras=[("SPC-SUMAC-1K", None, 1), ("TOR-MAKHLOOT-TUB", None, 1)],
        last=("qty", "MEAT-KOOB-LB", 30),
    ),
    dict(
        key="darband-kitchen",
        name="Darband Kitchen",
        kind="Persian restaurant",
        channel="WHATSAPP",
        address="+447700900711",
        language="fa",
        hist="regular",
        weeks=6,
        weekday=0,
        usual=[
            ("RICE-TAROM", None, 6),
            ("RICE-SELLA-GOLD", "20kg", 2),
            ("MEAT-KOOB-BEEF", None, 20),
            ("MEAT-JOOJEH-BI", None, 15),
            ("MEAT-CHENJEH", None, 6),
            ("SAF-NEGIN", None, 3),
            ("DRY-LIME-WHOLE", None, 2),
            ("SPC-HERB-GHORMEH", None, 3),
            ("PULSE-KIDNEY", None, 2),
            ("PAN-KASHK-LIQ", None, 1),
            ("DRK-DOOGH-KALLEH", "6 x 1.5L Bottle", 3),
            ("BRD-SANGAK", None, 10),
            ("DAI-MAST", "2.5kg", 4),
        ],
        extras=[("SPC-TURMERIC", None, 1), ("PULSE-LAPEH", None, 1)],
        last=("drop", "PAN-KASHK-LIQ"),
    ),
    dict(
        key="narenj-cafe",
        name="Narenj Cafe",
        kind="Persian tea house and cafe",
        channel="WHATSAPP",
        address="+447700900712",
        language="fa",
        hist="steady",
        weeks=8,
        weekday=2,
        usual=[
            ("TEA-AHMAD-CARD", None, 1),
            ("TEA-DOGHAZAL", None, 1),
            ("SWT-NABAT-STICK", None, 3),
            ("SWT-GAZ", "250g Box", 10),
            ("SWT-BAGHLAVA", None, 4),
            ("SAM-ESTEKAN", None, 2),
            ("DATE-MAZAFATI", None, 2),
            ("DAI-LIGHVAN", None, 3),
            ("BRD-BARBARI", None, 8),
            ("NUT-WALNUT", None, 2),
            ("DRK-SEKANJABIN", None, 1),
        ],
        extras=[("SPC-ROSE", None, 1)],
    ),
    dict(
        key="pars-market",
        name="Pars Market",
        kind="Persian grocery",
        channel="EMAIL",
        address="orders@parsmarket.example",
        language="en",
        hist="steady",
        weeks=7,
        weekday=3,
        usual=[
            ("RICE-TILDA-PURE", "10kg", 10),
            ("RICE-TAROM", None, 8),
            ("RICE-DOMSIAH", None, 4),
            ("SAF-SARGOL", "1g Tin", 20),
            ("SAF-GROUND", None, 5),
            ("DRY-BARBERRY-250", None, 4),
            ("DRY-LIME-POWDER", None, 6),
            ("PAN-POMMOL-300", None, 3),
            ("TOR-MAKHLOOT-JAR", None, 2),
            ("TOR-SEER", None, 2),
            ("DAI-UF-FETA", None, 4),
            ("TEA-AHMAD-EG", None, 3),
            ("TEA-AHMAD-NO1", None, 2),
            ("SWT-SOHAN", None, 6),
            ("NUT-TOKHMEH", None, 5),
            ("PKG-CARRIER", None, 1),
        ],
        extras=[("SPC-GOLPAR", None, 2)],
    ),
    dict(
        key="kabul-palace",
        name="Kabul Palace",
        kind="Afghan restaurant",
        channel="WHATSAPP",
        address="+447700900714",
        language="prs",
        hist="regular",
        weeks=6,
        weekday=1,
        usual=[
            ("RICE-SELLA-GOLD", "20kg", 6),
            ("MEAT-SHANK", None, 15),
            ("MEAT-CHENJEH", None, 10),
            ("MEAT-LAMB-MINCE", None, 8),
            ("DRY-RAISIN-GOLD", None, 5),
            ("NUT-ALMOND-SLIVERED", None, 2),
            ("NUT-PIST-SLIVERED", None, 1),
            ("SPC-CARDAMOM", None, 1),
            ("BRD-AFGHAN", None, 20),
            ("PAN-GHEE-VEG", None, 2),
            ("TEA-ALOKOZAY-GREEN", None, 1),
            ("PKG-FOIL", "No.9 (case of 250)", 1),
        ],
        extras=[("PULSE-CHICKPEA", None, 1)],
        last=("qty", "RICE-SELLA-GOLD", 5),
    ),
    dict(
        key="ariana-grocery",
        name="Ariana Grocery",
        kind="Afghan grocery",
        channel="SMS",
        address="+447700900715",
        language="prs",
        hist="steady",
        weeks=6,
        weekday=3,
        usual=[
            ("RICE-SELLA-WHITE", None, 5),
            ("RICE-MAHMOOD-1121", "10kg", 5),
            ("PULSE-MUNG", None, 3),
            ("PULSE-CHICKPEA", None, 3),
            ("TEA-ALOKOZAY-GREEN", None, 2),
            ("TEA-ALOKOZAY-BLACK", None, 2),
            ("DATE-PIAROM", None, 2),
            ("DRY-RAISIN-GOLD", None, 4),
            ("PAN-GHEE-BUTTER", None, 3),
            ("BRD-AFGHAN", None, 10),
            ("NUT-PIST-AKBARI", None, 3),
            ("SWT-NABAT-CRYSTAL", None, 4),
        ],
        extras=[("SPC-TURMERIC", None, 2)],
    ),
    dict(
        key="khyber-kebab",
        name="Khyber Kebab House",
        kind="Afghan kebab house",
        channel="WHATSAPP",
        address="+447700900716",
        language="ps",
        hist="regular",
        weeks=7,
        weekday=0,
        usual=[
            ("MEAT-CHENJEH", None, 20),
            ("MEAT-SHISHLIK", None, 10),
            ("MEAT-KOOB-LB", None, 15),
            ("RICE-SELLA-GOLD", "20kg", 4),
            ("BRD-AFGHAN", None, 30),
            ("CHR-LUMP-10", None, 10),
            ("KIT-SKEWER", "Koobideh 2.5cm Wide", 2),
            ("DAI-MAST", "10kg", 1),
            ("DRK-DOOGH-ABALI", "24 x 250ml Can", 3),
            ("PKG-KEBAB-BOX", None, 2),
            ("TEA-ALOKOZAY-GREEN", None, 1),
        ],
        extras=[("PAN-OIL", None, 1)],
        last=("extra", ("PAN-OIL", None, 1)),
    ),
    dict(
        key="spin-ghar",
        name="Spin Ghar Store",
        kind="Afghan and Pakistani grocery",
        channel="SMS",
        address="+447700900717",
        language="ps",
        hist="steady",
        weeks=6,
        weekday=4,
        usual=[
            ("RICE-MAHMOOD-1121", "4.5kg", 10),
            ("RICE-SELLA-WHITE", None, 4),
            ("PULSE-KIDNEY", None, 2),
            ("PULSE-LENTIL", None, 3),
            ("PULSE-CHICKPEA", None, 2),
            ("SPC-TURMERIC", None, 2),
            ("TEA-ALOKOZAY-BLACK", None, 3),
            ("SWT-NABAT-CRYSTAL", None, 2),
            ("DATE-MEDJOOL", None, 1),
            ("PAN-GHEE-VEG", None, 3),
            ("DRK-ZAMZAM", None, 3),
        ],
        extras=[("PULSE-MUNG", None, 1)],
    ),
    dict(
        key="hawler-grill",
        name="Hawler Grill",
        kind="Kurdish grill restaurant",
        channel="WHATSAPP",
        address="+447700900718",
        language="ckb",
        hist="regular",
        weeks=7,
        weekday=1,
        usual=[
            ("RICE-TILDA-PURE", "20kg", 3),
            ("MEAT-KOOB-LB", None, 20),
            ("MEAT-JOOJEH-BL", None, 15),
            ("MEAT-LAMB-LOIN", None, 8),
            ("PULSE-LAPEH", None, 2),
            ("PAN-TOMPASTE", "6 x 4.5kg", 2),
            ("DAI-MAST", "10kg", 2),
            ("DRK-DOOGH-KALLEH", "12 x 330ml Bottle", 3),
            ("BRD-TAFTOON", None, 15),
            ("CHR-BIGK-15", None, 5),
            ("PKG-MICRO", "650cc", 1),
        ],
        extras=[("SPC-SUMAC-1K", None, 1)],
        last=("qty", "MEAT-JOOJEH-BL", 18),
    ),
    dict(
        key="slemani-market",
        name="Slemani Market",
        kind="Kurdish grocery",
        channel="SMS",
        address="+447700900719",
        language="ckb",
        hist="steady",
        weeks=6,
        weekday=2,
        usual=[
            ("RICE-TILDA-PURE", "5kg", 8),
            ("RICE-SELLA-GOLD", "10kg", 4),
            ("PULSE-LAPEH", None, 3),
            ("PULSE-PINTO", None, 2),
            ("PAN-TOMPASTE", "12 x 800g", 3),
            ("PAN-POMMOL-2K", None, 2),
            ("DAI-BULGAR-FETA", None, 2),
            ("TOR-KHIAR", "12 x 680g Jar", 2),
            ("TEA-DOGHAZAL", None, 2),
            ("DRK-ZAMZAM-ORANGE", None, 2),
            ("SPC-SUMAC-SHK", None, 2),
        ],
        extras=[("PULSE-LENTIL", None, 1)],
    ),
    dict(
        key="cypress-banqueting",
        name="Cypress Hall Banqueting",
        kind="wedding and events venue",
        channel="EMAIL",
        address="events@cypresshall.example",
        language="en",
        hist="irregular",
        weeks=6,
        weekday=2,
        pool=[
            ("RICE-TILDA-PURE", "20kg", (4, 12)),
            ("MEAT-KOOB-LB", None, (20, 60)),
            ("MEAT-JOOJEH-BL", None, (20, 60)),
            ("SAF-SARGOL", "10g Tin", (1, 4)),
            ("DRY-BARBERRY-1K", None, (2, 6)),
            ("NUT-PIST-SLIVERED", None, (2, 5)),
            ("NUT-ALMOND-SLIVERED", None, (2, 5)),
            ("PKG-SOFREH", "White", (2, 6)),
            ("PKG-NAPKIN", "Burgundy", (1, 3)),
            ("DRK-DOOGH-ABALI", "6 x 1.5L Bottle", (4, 12)),
            ("SWT-BAGHLAVA", None, (4, 12)),
            ("DAI-MAST", "10kg", (2, 6)),
            ("PAN-ROSEWATER", "4 x 4L", (1, 2)),
        ],
    ),
    dict(
        key="hotel-alborz",
        name="Hotel Alborz",
        kind="hotel (Persian breakfast)",
        channel="EMAIL",
        address="fb@hotelalborz.example",
        language="en",
        hist="regular",
        weeks=6,
        weekday=3,
        usual=[
            ("BRD-BARBARI", None, 10),
            ("BRD-SANGAK", None, 6),
            ("DAI-LIGHVAN", None, 4),
            ("DAI-UF-FETA", None, 2),
            ("NUT-WALNUT", None, 2),
            ("DATE-MEDJOOL", None, 1),
            ("TEA-AHMAD-EG", None, 2),
            ("TEA-AHMAD-CARD", None, 1),
            ("PAN-ROSEWATER", "12 x 500ml", 1),
            ("SWT-SOHAN-QOM", None, 2),
            ("DRK-WATER", None, 6),
            ("DAI-MASTOKHIAR", None, 4),
            ("PKG-NAPKIN", "White", 1),
        ],
        extras=[("DAI-MAST-CHEKIDE", None, 2)],
        last=("qty", "BRD-BARBARI", 12),
    ),
    dict(
        key="anar-lounge",
        name="Anar Lounge",
        kind="tea lounge and late bar",
        channel="WHATSAPP",
        address="+447700900722",
        language="en",
        hist="steady",
        weeks=6,
        weekday=4,
        usual=[
            ("CHR-BRIQ", None, 10),
            ("CHR-FIRELIGHT", None, 2),
            ("TEA-AHMAD-NO1", None, 1),
            ("SWT-NABAT-STICK", None, 4),
            ("DRK-DOOGH-ABALI", "24 x 250ml Can", 4),
            ("DRK-ZAMZAM", None, 4),
            ("DRK-SHARBAT-ALBALOO", None, 2),
            ("NUT-TOKHMEH", None, 3),
            ("NUT-PIST-AKBARI", None, 2),
            ("SAM-ESTEKAN", None, 1),
        ],
        extras=[("SAM-TEAPOT", None, 2)],
    ),
    dict(
        key="tehran-bazaar",
        name="Tehran Bazaar",
        kind="Persian grocery",
        channel="EMAIL",
        address="kharid@tehranbazaar.example",
        language="fa",
        hist="regular",
        weeks=6,
        weekday=0,
        usual=[
            ("RICE-DOMSIAH", None, 10),
            ("RICE-TILDA-PURE", "20kg", 5),
            ("SAF-SARGOL", "4.6g Tin (1 Mesghal)", 10),
            ("DRY-BARBERRY-250", None, 6),
            ("DRY-LIME-WHOLE", None, 4),
            ("SPC-ADVIEH-POLO", None, 3),
            ("SPC-ADVIEH-KHORESH", None, 3),
            ("SPC-HERB-FENUGREEK", None, 2),
            ("SPC-GOLPAR", None, 2),
            ("PAN-KASHK-DRY", None, 3),
            ("TOR-LITEH", None, 2),
            ("TOR-MAKHLOOT-TUB", None, 1),
            ("SWT-GAZ-ALMOND", None, 6),
            ("SWT-SOHAN-QOM", None, 4),
            ("DATE-MAZAFATI", None, 4),
            ("TEA-DOGHAZAL", None, 3),
        ],
        extras=[("NUT-TOKHMEH", None, 2)],
        last=("qty", "RICE-DOMSIAH", 8),
    ),
    dict(
        key="yas-bakery",
        name="Yas Bakery & Shirini",
        kind="Persian pastry shop",
        channel="WHATSAPP",
        address="+447700900724",
        language="fa",
        hist="regular",
        weeks=6,
        weekday=2,
        usual=[
            ("NUT-PIST-SLIVERED", None, 4),
            ("NUT-ALMOND-SLIVERED", None, 3),
            ("PAN-ROSEWATER", "4 x 4L", 1),
            ("SAF-GROUND", None, 3),
            ("SPC-CARDAMOM", None, 2),
            ("SPC-ROSE", None, 2),
            ("PAN-TAHINI", None, 1),
            ("DAI-MAST", "2.5kg", 2),
            ("DRY-RAISIN-GOLD", None, 2),
            ("PAN-GHEE-BUTTER", None, 2),
        ],
        extras=[("NUT-WALNUT", None, 1)],
        last=("extra", ("NUT-WALNUT", None, 2)),
    ),
    dict(
        key="caspian-takeaway",
        name="Caspian Takeaway",
        kind="Persian takeaway",
        channel="SMS",
        address="+447700900725",
        language="en",
        hist="regular",
        weeks=7,
        weekday=1,
        usual=[
            ("RICE-SELLA-GOLD", "20kg", 3),
            ("MEAT-KOOB-LB", None, 15),
            ("MEAT-JOOJEH-BL", None, 12),
            ("PKG-FOIL", "No.6a (case of 500)", 2),
            ("PKG-MICRO", "1000cc", 1),
            ("PKG-SAUCEPOT", "2oz", 1),
            ("PKG-KEBAB-BOX", None, 2),
            ("PKG-CARRIER", None, 1),
            ("DRK-ZAMZAM", None, 2),
            ("DRK-DOOGH-ABALI", "24 x 250ml Can", 2),
            ("SPC-SUMAC-1K", None, 2),
            ("TOR-MAKHLOOT-TUB", None, 1),
            ("PAN-OIL", None, 2),
        ],
        extras=[("PKG-GLOVES", None, 2)],
        last=("drop", "PKG-CARRIER"),
    ),
    dict(
        key="persepolis-deli",
        name="Persepolis Deli",
        kind="Persian deli",
        channel="EMAIL",
        address="shirin@persepolisdeli.example",
        language="en",
        hist="steady",
        weeks=6,
        weekday=2,
        usual=[
            ("DAI-LIGHVAN", None, 2),
            ("DAI-BULGAR-FETA", None, 1),
            ("TOR-OLIVE", None, 2),
            ("TOR-SEER", None, 1),
            ("TOR-MAKHLOOT-JAR", None, 1),
            ("SPC-HERB-MINT", None, 1),
            ("DAI-MAST-CHEKIDE", None, 4),
            ("DAI-MASTOKHIAR", None, 3),
            ("NUT-PIST-AKBARI", None, 2),
            ("DATE-MEDJOOL", None, 1),
            ("SWT-GAZ", "450g Box", 6),
            ("PAN-POMMOL-300", None, 1),
            ("BRD-LAVASH", "Regular (10 sheets)", 10),
        ],
        extras=[("DRY-LIME-POWDER", None, 1)],
    ),
    dict(
        key="herat-restaurant",
        name="Herat Restaurant",
        kind="Afghan restaurant",
        channel="EMAIL",
        address="wahid@heratrestaurant.example",
        language="prs",
        hist="regular",
        weeks=6,
        weekday=0,
        usual=[
            ("RICE-SELLA-GOLD", "20kg", 5),
            ("RICE-SELLA-WHITE", None, 2),
            ("MEAT-SHANK", None, 12),
            ("MEAT-KOOB-BEEF", None, 10),
            ("MEAT-LAMB-MINCE", None, 6),
            ("PULSE-CHICKPEA", None, 2),
            ("PULSE-MUNG", None, 1),
            ("SPC-TURMERIC", None, 1),
            ("BRD-AFGHAN", None, 25),
            ("DAI-MAST", "10kg", 2),
            ("PAN-GHEE-VEG", None, 2),
            ("TEA-ALOKOZAY-GREEN", None, 2),
            ("PKG-FOIL", "No.9 (case of 250)", 1),
        ],
        extras=[("DRY-RAISIN-GOLD", None, 2)],
        last=("qty", "MEAT-SHANK", 10),
    ),
    dict(
        key="kandahar-grill",
        name="Kandahar Grill",
        kind="Afghan grill",
        channel="WHATSAPP",
        address="+447700900728",
        language="ps",
        hist="regular",
        weeks=6,
        weekday=3,
        usual=[
            ("MEAT-CHENJEH", None, 12),
            ("MEAT-BARG-BEEF", None, 6),
            ("MEAT-JOOJEH-BI", None, 10),
            ("RICE-MAHMOOD-1121", "10kg", 4),
            ("BRD-AFGHAN", None, 20),
            ("CHR-LUMP-10", None, 6),
            ("KIT-SKEWER", "Joojeh 1cm Narrow", 2),
            ("DRK-DOOGH-KALLEH", "6 x 1.5L Bottle", 2),
            ("PKG-KEBAB-BOX", None, 1),
            ("PKG-SAUCEPOT", "4oz", 1),
        ],
        extras=[("SPC-SUMAC-1K", None, 1)],
        last=("extra", ("SPC-SUMAC-1K", None, 1)),
    ),
    dict(
        key="zagros-kitchen",
        name="Zagros Kitchen",
        kind="Kurdish restaurant",
        channel="EMAIL",
        address="shilan@zagroskitchen.example",
        language="ckb",
        hist="regular",
        weeks=6,
        weekday=1,
        usual=[
            ("RICE-TILDA-PURE", "10kg", 4),
            ("MEAT-KOOB-LB", None, 10),
            ("MEAT-LAMB-MINCE", None, 5),
            ("MEAT-SHANK", None, 8),
            ("PULSE-LENTIL", None, 2),
            ("PULSE-LAPEH", None, 1),
            ("PAN-TOMPASTE", "12 x 800g", 2),
            ("SPC-SUMAC-1K", None, 1),
            ("DAI-MAST", "2.5kg", 3),
            ("BRD-TAFTOON", None, 10),
            ("PKG-SOFREH", "Red", 1),
        ],
        extras=[("PULSE-PINTO", None, 1)],
        last=("qty", "MEAT-KOOB-LB", 12),
    ),
    dict(
        key="rumi-tea-house",
        name="Rumi Tea House",
        kind="cafe and tea house",
        channel="SMS",
        address="+447700900730",
        language="en",
        hist="regular",
        weeks=6,
        weekday=4,
        usual=[
            ("TEA-AHMAD-EG", None, 1),
            ("SAM-ESTEKAN", None, 1),
            ("SWT-NABAT-STICK", None, 2),
            ("SWT-BAGHLAVA", None, 3),
            ("SWT-SOHAN", None, 2),
            ("DATE-MAZAFATI", None, 1),
            ("DRK-SEKANJABIN", None, 1),
            ("DRK-SHARBAT-ALBALOO", None, 1),
            ("DRK-WATER", None, 2),
            ("DAI-MAST-CHEKIDE", None, 2),
            ("BRD-BARBARI", None, 4),
        ],
        extras=[("SAM-TEAPOT", None, 1)],
        last=("qty", "SWT-BAGHLAVA", 4),
    ),
    dict(
        key="nowruz-kitchen",
        name="Nowruz Kitchen",
        kind="new Persian restaurant (opening 12 June)",
        channel="EMAIL",
        address="hello@nowruzkitchen.example",
        language="en",
        hist="new",
    ),
    dict(
        key="bamiyan-cafe",
        name="Bamiyan Cafe",
        kind="new Afghan cafe (opening 14 June)",
        channel="WHATSAPP",
        address="+447700900732",
        language="prs",
        hist="new",
    ),
]

LAST_HISTORY_WEEK = datetime.date(2028, 5, 29)  # Monday of the last history week


def _rng(key):
    return random.Random(zlib.crc32(("blind47:" + key).encode("utf-8")))


def _line(t):
    sku, var, q = t
    d = {"sku": sku}
    if var is not None or _has_variants(sku):
        d["variant"] = var
    d["quantity"] = q
    return d


_VAR = None


def _has_variants(sku):
    global _VAR
    if _VAR is None:
        import cat47

        _VAR = {p[0]: bool(p[7]) for p in cat47.P}
    return _VAR[sku]


def generate(c):
    """Return the list of orders for one customer (oldest first)."""
    if c["hist"] == "new":
        return []
    rng = _rng(c["key"])
    n = c["weeks"]
    dates = [
        LAST_HISTORY_WEEK - datetime.timedelta(weeks=n - 1 - i) + datetime.timedelta(days=c["weekday"])
        for i in range(n)
    ]
    baskets = []
    if c["hist"] == "irregular":
        seen = set()
        while len(baskets) < n:
            k = rng.randint(6, 9)
            pick = sorted(rng.sample(range(len(c["pool"])), k))
            b = [(c["pool"][i][0], c["pool"][i][1], rng.randint(*c["pool"][i][2])) for i in pick]
            key = tuple(b)
            if key in seen:
                continue
            seen.add(key)
            baskets.append(b)
    else:
        usual = list(c["usual"])
        baskets = [list(usual) for _ in range(n)]
        if c["hist"] == "steady":
            i, j = rng.sample(range(n - 1), 2)
            # one quantity varies
            k = rng.randrange(len(usual))
            s, v, q = usual[k]
            baskets[i][k] = (s, v, q + 1)
            # one dropped line or one extra line
            if rng.random() < 0.5:
                del baskets[j][rng.randrange(len(usual))]
            else:
                baskets[j].append(rng.choice(c["extras"]))
        else:
            i = rng.randrange(n - 1)
            baskets[i].append(rng.choice(c["extras"]))
            op = c["last"]
            last = list(usual)
            if op[0] == "qty":
                last = [(s, v, op[2] if s == op[1] else q) for (s, v, q) in last]
            elif op[0] == "drop":
                last = [t for t in last if t[0] != op[1]]
            elif op[0] == "extra":
                last = last + [op[1]]
            baskets[-1] = last
    return [{"date": d.isoformat(), "lines": [_line(t) for t in b]} for d, b in zip(dates, baskets)]


def histories():
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
                "orders": generate(c),
            }
        )
    return out
