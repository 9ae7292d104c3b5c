# ruff: noqa  (hand-written data generator of blind set 69, kept as its writer left it)
"""Customers of the sixty-ninth blind set, their hand-written usual baskets and the seeded history generator.

Every customer orders once a week on a fixed weekday. History weeks run from Monday 2028-06-05 to the week of
Monday 2028-07-24; the messages of holdout69.jsonl are dated 2028-07-31 to 2028-08-06.

- steady:    every week is the usual basket, except two earlier weeks: one with one quantity one higher (`vary`)
             and one with an extra line (`extra`). The last order is the usual.
- regular:   every week is the usual basket, except one earlier week with an extra line (`extra`), and the last
             order, which differs from the usual by `last` (one quantity, one dropped line or one extra line).
- irregular: a different basket every week, drawn from `pool` (so "the usual" cannot be resolved).
- new:       no orders yet.
"""

import datetime
import random

FIRST_WEEK = datetime.date(2028, 6, 5)
LAST_WEEK = datetime.date(2028, 7, 24)


def l(sku, qty, variant=None):
    return (sku, variant, qty)


A4, A3 = "A4", "A3"

CUSTOMERS = [
    # ------------------------------------------------------------------ English
    dict(
        key="hartwell-primary",
        name="Hartwell Primary School",
        kind="primary school",
        channel="EMAIL",
        address="bursar@hartwell-primary.example",
        language="en",
        type="steady",
        weeks=8,
        weekday=1,
        usual=[
            l("EXB-A4-8MM", 2, "Blue"),
            l("RM-HB-144", 1),
            l("RM-GLUE-40", 2),
            l("EDD-360", 2, "Black"),
            l("RM-COPY-80", 10, A4),
            l("LAM-A4", 1, "150 micron"),
            l("RM-DRYWIPE-50", 1),
            l("KITCHEN-ROLL-24", 1),
            l("YORKS-1040", 1),
        ],
        vary=("RM-COPY-80", A4),
        extra=l("TOILET-2PLY-36", 1),
    ),
    dict(
        key="st-aldric",
        name="St Aldric's Academy",
        kind="secondary academy",
        channel="EMAIL",
        address="procurement@st-aldric.example",
        language="en",
        type="regular",
        weeks=7,
        weekday=0,
        usual=[
            l("NAV-80", 20, A4),
            l("HP-26A", 2),
            l("EXB-A4-SQ7-BL", 2),
            l("BIC-CRISTAL", 4, "Blue"),
            l("BIC-CRISTAL", 2, "Black"),
            l("STAB-BOSS", 2, "Yellow"),
            l("LAF-75", 3, "Blue"),
            l("PUNCH-POCK", 4),
            l("TOILET-MJ-12", 2),
        ],
        extra=l("SELLO-24", 1),
        last=("qty", "NAV-80", A4, 25),
    ),
    dict(
        key="brindlemoor-council",
        name="Brindlemoor Borough Council",
        kind="local council",
        channel="EMAIL",
        address="procurement@brindlemoor.example",
        language="en",
        type="regular",
        weeks=8,
        weekday=2,
        usual=[
            l("RM-RECY-80-A4", 30),
            l("ENV-WINDOW", 3, "DL (box of 1000)"),
            l("ENV-MANILLA-C4", 2),
            l("HP-207A", 2, "Black"),
            l("AVERY-L7163", 1),
            l("LAF-75", 5, "Black"),
            l("STAPLES", 10, "26/6"),
            l("POSTIT-76-Y", 2),
            l("NESC-GOLD-750", 2),
        ],
        extra=l("SQCUT-FOLD", 1),
        last=("drop", "AVERY-L7163", None),
    ),
    dict(
        key="marlow-finch",
        name="Marlow & Finch Solicitors",
        kind="law firm",
        channel="WHATSAPP",
        address="+447700900701",
        language="en",
        type="steady",
        weeks=6,
        weekday=3,
        usual=[
            l("NAV-90-A4", 6),
            l("BRO-TN2420", 2),
            l("ENV-WINDOW", 1, "DL (box of 1000)"),
            l("ENV-PLAIN", 1, "C4 (box of 250)"),
            l("PILOT-G2", 2, "Black"),
            l("LAF-75", 2, "Black"),
            l("NESC-GOLD-750", 1),
            l("MILK-UHT-SEMI", 2),
            l("SUGAR-WHITE", 1),
        ],
        vary=("NAV-90-A4", None),
        extra=l("PUNCH-POCK", 1),
    ),
    dict(
        key="kestrel-lane",
        name="Kestrel Lane Accountants",
        kind="accountancy practice",
        channel="SMS",
        address="+447700900702",
        language="en",
        type="regular",
        weeks=7,
        weekday=1,
        usual=[
            l("RM-COPY-80", 8, A4),
            l("HP-26X", 1),
            l("BIC-CRISTAL", 1, "Black"),
            l("LAF-50-BK", 2),
            l("STAPLES", 2, "24/6"),
            l("POSTIT-76-Y", 1),
            l("PGT-1150", 1),
            l("MILK-PORTIONS", 2),
        ],
        extra=l("SELLO-24", 1),
        last=("qty", "RM-COPY-80", A4, 10),
    ),
    dict(
        key="greyfield-surgery",
        name="Greyfield Medical Practice",
        kind="GP surgery",
        channel="EMAIL",
        address="practice.manager@greyfield-surgery.example",
        language="en",
        type="steady",
        weeks=6,
        weekday=0,
        usual=[
            l("RM-COPY-80", 6, A4),
            l("AVERY-L7651", 1),
            l("BRO-TN243", 1, "Black"),
            l("GLOVES-NITRILE", 4, "Medium"),
            l("GLOVES-NITRILE", 2, "Large"),
            l("WIPES-200", 6),
            l("HANDTOWEL-WH", 2),
            l("SPRAY-750", 1),
            l("BIN-SWING", 1),
        ],
        vary=("WIPES-200", None),
        extra=l("KITCHEN-ROLL-24", 1),
    ),
    dict(
        key="oakbridge-library",
        name="Oakbridge Community Library",
        kind="public library",
        channel="EMAIL",
        address="library@oakbridge.example",
        language="en",
        type="regular",
        weeks=6,
        weekday=2,
        usual=[
            l("RM-COPY-80", 4, A4),
            l("AVERY-L7160", 1, "100 Sheets"),
            l("SELLO-24", 2),
            l("LAM-A4", 1, "250 micron"),
            l("BLUTACK-12", 1),
            l("RM-SCISS-KIDS", 1),
            l("STAB-BOSS-W4", 2),
            l("DUR-PROCELL", 2, "AA"),
        ],
        extra=l("PVA-5L", 1),
        last=("extra", l("POSTIT-76-Y", 1)),
    ),
    dict(
        key="pivot-yard",
        name="Pivot Yard Coworking",
        kind="coworking space",
        channel="WHATSAPP",
        address="+447700900703",
        language="en",
        type="steady",
        weeks=8,
        weekday=0,
        usual=[
            l("LAVAZZA-CG-1KG", 6),
            l("MILK-UHT-SEMI", 4),
            l("SUGAR-BROWN", 1),
            l("TWIN-EG-100", 2),
            l("YORKS-1040", 1),
            l("KITCHEN-ROLL-24", 1),
            l("DISHTABS-100", 1),
            l("WASHUP-5L", 1),
            l("BIN-BLACK", 1),
        ],
        vary=("MILK-UHT-SEMI", None),
        extra=l("HANDSOAP-5L", 1),
    ),
    dict(
        key="cobalt-signal",
        name="Cobalt Signal Design",
        kind="design studio",
        channel="WHATSAPP",
        address="+447700900704",
        language="en",
        type="regular",
        weeks=6,
        weekday=3,
        usual=[
            l("NAV-80", 2, A3),
            l("NAV-80", 2, A4),
            l("HP-207X", 1, "Cyan"),
            l("HP-207X", 1, "Magenta"),
            l("HP-207X", 1, "Yellow"),
            l("STAB-88-10", 2),
            l("POSTIT-76-N", 1),
            l("SCOTCH-MAGIC", 1),
            l("NESC-ORIG-750", 1),
        ],
        extra=l("HP-207X", 1, "Black"),
        last=("qty", "NAV-80", A3, 3),
    ),
    dict(
        key="riverside-college",
        name="Riverside Sixth Form College",
        kind="sixth form college",
        channel="EMAIL",
        address="finance@riverside-college.example",
        language="en",
        type="irregular",
        weeks=6,
        weekday=2,
        pool=[
            ("RM-COPY-80", A4, 5, 12),
            ("RM-RECY-80-A4", None, 5, 12),
            ("NAV-80", A3, 1, 3),
            ("HP-26X", None, 1, 2),
            ("KYO-TK3160", None, 1, 2),
            ("EXB-A4-8MM", "Green", 2, 4),
            ("EXB-A4-SQ7-BL", None, 2, 4),
            ("RM-REFILL-A4", None, 2, 6),
            ("BIC-CRISTAL", "Blue", 2, 5),
            ("STAB-BOSS", "Yellow", 1, 3),
            ("LAF-75", "Red", 2, 4),
            ("PUNCH-POCK", None, 2, 5),
            ("DOC-WALLET", None, 1, 3),
            ("TOILET-MJ-12", None, 2, 4),
            ("HANDTOWEL-BL", None, 2, 4),
            ("BIN-CLEAR", None, 1, 2),
            ("NESC-ORIG-750", None, 1, 2),
        ],
    ),
    dict(
        key="fernhill-nursery",
        name="Fernhill Day Nursery",
        kind="day nursery (opening 7 August)",
        channel="WHATSAPP",
        address="+447700900705",
        language="en",
        type="new",
    ),
    dict(
        key="lattice-recruitment",
        name="Lattice Recruitment",
        kind="recruitment agency",
        channel="SMS",
        address="+447700900706",
        language="en",
        type="regular",
        weeks=5,
        weekday=4,
        usual=[
            l("RM-COPY-80", 5, A4),
            l("KYO-TK1170", 1),
            l("RM-BALL-BLUE", 1),
            l("RM-SHORTHAND", 1),
            l("NESC-ORIG-750", 1),
            l("MILK-PORTIONS", 1),
            l("WATER-500", 2),
            l("BIN-SWING", 1),
        ],
        extra=l("SELLO-24", 1),
        last=("qty", "WATER-500", None, 3),
    ),
    # ------------------------------------------------------------------ French
    dict(
        key="ecole-bellerive",
        name="École Bellerive",
        kind="French primary school",
        channel="EMAIL",
        address="intendance@ecole-bellerive.example",
        language="fr",
        type="steady",
        weeks=7,
        weekday=1,
        usual=[
            l("EXB-A5-8MM-RD", 2),
            l("RM-COPY-80", 8, A4),
            l("STAB-BOSS", 1, "Yellow"),
            l("RM-GLUE-40", 3),
            l("RM-SCISS-KIDS", 1),
            l("RM-COL-80", 2, "Pastel Blue"),
            l("EDD-360", 2, "Blue"),
            l("TOILET-2PLY-36", 2),
        ],
        vary=("RM-COPY-80", A4),
        extra=l("PUNCH-POCK", 1),
    ),
    dict(
        key="cabinet-morel",
        name="Cabinet Morel Avocats",
        kind="law firm",
        channel="EMAIL",
        address="secretariat@cabinet-morel.example",
        language="fr",
        type="regular",
        weeks=6,
        weekday=2,
        usual=[
            l("NAV-90-A4", 4),
            l("KYO-TK3160", 1),
            l("ENV-PLAIN", 1, "C5 (box of 500)"),
            l("LAF-75", 2, "Red"),
            l("PILOT-G2", 1, "Blue"),
            l("NESC-GOLD-750", 1),
            l("SUGAR-BROWN", 1),
        ],
        extra=l("PUNCH-POCK", 1),
        last=("extra", l("SQCUT-FOLD", 1)),
    ),
    dict(
        key="agence-lumen",
        name="Agence Lumen",
        kind="communications agency",
        channel="WHATSAPP",
        address="+447700900707",
        language="fr",
        type="regular",
        weeks=5,
        weekday=3,
        usual=[
            l("HP-305", 2, "Black"),
            l("HP-305", 1, "Tri-colour"),
            l("RM-COPY-80", 3, A4),
            l("POSTIT-76-Y", 1),
            l("SHARPIE-F-BK", 1),
            l("LAVAZZA-CG-1KG", 2),
            l("MILK-UHT-SEMI", 1),
        ],
        extra=l("STAB-BOSS-W4", 1),
        last=("qty", "LAVAZZA-CG-1KG", None, 3),
    ),
    # ------------------------------------------------------------------ Dutch
    dict(
        key="van-dijk-logistics",
        name="Van Dijk Logistics UK",
        kind="logistics office and warehouse",
        channel="EMAIL",
        address="office@vandijk-logistics.example",
        language="nl",
        type="regular",
        weeks=7,
        weekday=0,
        usual=[
            l("RM-COPY-80", 10, A4),
            l("AVERY-L7165", 2),
            l("TAPE-PARCEL-BR", 4),
            l("BRO-TN2420", 1),
            l("STAPLES", 2, "24/6"),
            l("BIN-BLACK", 1),
            l("YORKS-1040", 1),
            l("NESC-ORIG-750", 1),
        ],
        extra=l("TAPE-PARCEL-CL", 2),
        last=("drop", "YORKS-1040", None),
    ),
    dict(
        key="de-tulp",
        name="Nederlandse Zaterdagschool De Tulp",
        kind="Dutch Saturday school",
        channel="WHATSAPP",
        address="+447700900708",
        language="nl",
        type="steady",
        weeks=6,
        weekday=4,
        usual=[
            l("EXB-A4-8MM", 1, "Green"),
            l("EXB-A4-SQ7-BL", 1),
            l("RM-HB-144", 1),
            l("RM-DRYWIPE-50", 1),
            l("EDD-360", 1, "Black"),
            l("RM-COPY-80", 2, A4),
            l("RM-COLPENCIL-12", 10),
        ],
        vary=("RM-COLPENCIL-12", None),
        extra=l("RM-GLUE-40", 1),
    ),
    dict(
        key="studio-brink",
        name="Studio Brink Architecten",
        kind="architecture studio",
        channel="WHATSAPP",
        address="+447700900709",
        language="nl",
        type="steady",
        weeks=6,
        weekday=1,
        usual=[
            l("NAV-80", 3, A3),
            l("HP-207A", 1, "Black"),
            l("STAB-88-10", 1),
            l("SCOTCH-MAGIC", 1),
            l("LAVAZZA-CG-1KG", 2),
            l("MILK-UHT-SEMI", 1),
        ],
        vary=("STAB-88-10", None),
        extra=l("POSTIT-76-Y", 1),
    ),
    dict(
        key="bureau-kwint",
        name="Bureau Kwint",
        kind="design bureau (new)",
        channel="EMAIL",
        address="hallo@bureau-kwint.example",
        language="nl",
        type="new",
    ),
    # ------------------------------------------------------------------ German
    dict(
        key="hansa-schule",
        name="Hansa-Schule London",
        kind="German school",
        channel="EMAIL",
        address="verwaltung@hansa-schule.example",
        language="de",
        type="regular",
        weeks=7,
        weekday=2,
        usual=[
            l("EXB-A4-SQ7-BL", 3),
            l("EXB-A4-8MM", 2, "Red"),
            l("RM-COPY-80", 15, A4),
            l("STAED-NORIS-HB", 10),
            l("STAED-ERASER-20", 2),
            l("RM-RULER-30", 5),
            l("LAM-A4", 2, "150 micron"),
            l("EDD-360", 2, "Black"),
            l("EDD-360", 1, "Red"),
        ],
        extra=l("RM-SCISS-KIDS", 1),
        last=("qty", "RM-COPY-80", A4, 18),
    ),
    dict(
        key="kraemer-buero",
        name="Krämer Maschinenbau UK-Büro",
        kind="engineering firm's UK office",
        channel="EMAIL",
        address="buero@kraemer-maschinenbau.example",
        language="de",
        type="steady",
        weeks=6,
        weekday=3,
        usual=[
            l("RM-COPY-80", 5, A4),
            l("KYO-TK3160", 1),
            l("LAF-75", 2, "Blue"),
            l("ENV-WINDOW", 1, "DL (box of 1000)"),
            l("PILOT-G2", 1, "Blue"),
            l("NESC-GOLD-750", 1),
            l("MILK-PORTIONS", 1),
            l("WATER-500", 2),
        ],
        vary=("WATER-500", None),
        extra=l("SUGAR-BROWN", 1),
    ),
    dict(
        key="bergmann-roth",
        name="Bergmann & Roth Steuerberatung",
        kind="tax advisers",
        channel="WHATSAPP",
        address="+447700900710",
        language="de",
        type="regular",
        weeks=6,
        weekday=1,
        usual=[
            l("NAV-80", 4, A4),
            l("HP-26A", 1),
            l("LAF-75", 4, "Black"),
            l("SUSP-FILES", 1),
            l("STAPLES", 2, "26/6"),
            l("POSTIT-38-Y", 1),
            l("NESC-ORIG-750", 1),
        ],
        extra=l("DOC-WALLET", 1),
        last=("qty", "LAF-75", "Black", 5),
    ),
    # ------------------------------------------------------------------ Spanish
    dict(
        key="colegio-almendro",
        name="Colegio Almendro",
        kind="Spanish school",
        channel="EMAIL",
        address="administracion@colegio-almendro.example",
        language="es",
        type="regular",
        weeks=6,
        weekday=0,
        usual=[
            l("EXB-A4-8MM", 2, "Yellow"),
            l("EXB-A4-PLAIN", 1),
            l("RM-COPY-80", 12, A4),
            l("STAB-BOSS", 1, "Pink"),
            l("STAED-COL-144", 1),
            l("PRITT-22-12", 2),
            l("SUGAR-PAPER", 1),
            l("HANDTOWEL-BL", 2),
        ],
        extra=l("RM-SCISS-KIDS", 1),
        last=("qty", "RM-COPY-80", A4, 14),
    ),
    dict(
        key="oficina-alborada",
        name="Oficina Cultural Alborada",
        kind="cultural office of a public body",
        channel="WHATSAPP",
        address="+447700900711",
        language="es",
        type="steady",
        weeks=6,
        weekday=2,
        usual=[
            l("RM-COPY-80", 3, A4),
            l("HP-207A", 1, "Black"),
            l("HP-207A", 1, "Cyan"),
            l("ENV-PLAIN", 1, "DL (box of 1000)"),
            l("DOC-WALLET", 1),
            l("NESC-GOLD-750", 1),
            l("TWIN-PEPP-100", 1),
        ],
        vary=("RM-COPY-80", A4),
        extra=l("WIPES-200", 1),
    ),
    # ------------------------------------------------------------------ Italian
    dict(
        key="scuola-girasole",
        name="Scuola Italiana Il Girasole",
        kind="Italian school",
        channel="EMAIL",
        address="segreteria@scuola-girasole.example",
        language="it",
        type="regular",
        weeks=6,
        weekday=3,
        usual=[
            l("EXB-A4-SQ7-BL", 2),
            l("EXB-A5-8MM-RD", 1),
            l("RM-COPY-80", 6, A4),
            l("RM-COLPENCIL-12", 20),
            l("RM-GLUE-40", 2),
            l("RM-SCISS-KIDS", 1),
            l("EDD-360", 1, "Blue"),
            l("TOILET-2PLY-36", 1),
        ],
        extra=l("PUNCH-POCK", 1),
        last=("drop", "TOILET-2PLY-36", None),
    ),
    dict(
        key="studio-rinaldi",
        name="Studio Rinaldi Architetti",
        kind="architecture studio",
        channel="WHATSAPP",
        address="+447700900712",
        language="it",
        type="steady",
        weeks=7,
        weekday=4,
        usual=[
            l("NAV-80", 2, A3),
            l("NAV-90-A4", 2),
            l("EPS-603XL-BK", 2),
            l("STAB-BOSS-W4", 1),
            l("LAVAZZA-CG-1KG", 3),
            l("MILK-UHT-SEMI", 1),
            l("SUGAR-WHITE", 1),
        ],
        vary=("NAV-90-A4", None),
        extra=l("SCOTCH-MAGIC", 1),
    ),
]

BY_KEY = {c["key"]: c for c in CUSTOMERS}


def _line(t, has_variants):
    sku, variant, qty = t
    d = {"sku": sku}
    if has_variants(sku):
        d["variant"] = variant
    d["quantity"] = qty
    return d


def generate(has_variants):
    """Return {customer key: [orders]} with fixed seeds (string seeds do not depend on PYTHONHASHSEED)."""
    out = {}
    for c in CUSTOMERS:
        if c["type"] == "new":
            out[c["key"]] = []
            continue
        rng = random.Random("blind69-" + c["key"])
        n = c["weeks"]
        dates = [
            LAST_WEEK - datetime.timedelta(days=7 * (n - 1 - i)) + datetime.timedelta(days=c["weekday"])
            for i in range(n)
        ]
        assert dates[0] >= FIRST_WEEK
        baskets = []
        if c["type"] == "irregular":
            seen = set()
            while len(baskets) < n:
                k = rng.randint(4, 7)
                picks = sorted(rng.sample(range(len(c["pool"])), k))
                b = [
                    (c["pool"][i][0], c["pool"][i][1], rng.randint(c["pool"][i][2], c["pool"][i][3]))
                    for i in picks
                ]
                key = tuple(b)
                if key in seen:
                    continue
                seen.add(key)
                baskets.append(b)
        else:
            usual = list(c["usual"])
            baskets = [list(usual) for _ in range(n)]
            earlier = list(range(n - 1))
            if c["type"] == "steady":
                wv, we = rng.sample(earlier, 2)
                sku, var = c["vary"]
                baskets[wv] = [(s, v, q + 1) if (s, v) == (sku, var) else (s, v, q) for s, v, q in usual]
                baskets[we] = usual + [c["extra"]]
            else:
                we = rng.choice(earlier)
                baskets[we] = usual + [c["extra"]]
                kind = c["last"][0]
                if kind == "qty":
                    _, sku, var, q2 = c["last"]
                    baskets[-1] = [(s, v, q2) if (s, v) == (sku, var) else (s, v, q) for s, v, q in usual]
                elif kind == "drop":
                    _, sku, var = c["last"]
                    baskets[-1] = [(s, v, q) for s, v, q in usual if s != sku]
                elif kind == "extra":
                    baskets[-1] = usual + [c["last"][1]]
        orders = []
        for d, b in zip(dates, baskets):
            orders.append({"date": d.isoformat(), "lines": [_line(t, has_variants) for t in b]})
        out[c["key"]] = orders
    return out
