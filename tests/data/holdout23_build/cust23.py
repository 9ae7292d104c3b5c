# ruff: noqa  (hand-written data generator of blind set 23, kept as its writer left it)
# Customers of blind set 23, their hand-written usual baskets, and the seeded history generator.
import datetime
import random

# line: (sku, qty) or (sku, qty, variant)
CUSTOMERS = [
    dict(
        key="quai-brasserie",
        name="Brasserie du Quai",
        kind="french bistro",
        channel="EMAIL",
        address="commandes@brasseriequai.example",
        language="fr",
        type="steady",
        weeks=7,
        wd=1,
        usual=[
            ("HR-HOUSE-RED", 3, "12 x 75cl"),
            ("HR-HOUSE-WHITE", 2, "12 x 75cl"),
            ("HR-CDR-RED", 2),
            ("HR-MUSCADET", 2),
            ("HR-PICPOUL", 1),
            ("HR-CHABLIS", 12, "75cl"),
            ("HR-LP-BRUT", 6, "75cl"),
            ("HR-FLEURIE", 1),
        ],
        extras=[("HR-SANCERRE", 1), ("HR-BDV", 6)],
    ),
    dict(
        key="nonna-pia",
        name="Trattoria Nonna Pia",
        kind="trattoria",
        channel="WHATSAPP",
        address="+447700900231",
        language="it",
        type="regular",
        weeks=6,
        wd=2,
        usual=[
            ("HR-CHIANTI", 3),
            ("HR-MONTEPULCIANO", 4),
            ("HR-PG", 4),
            ("HR-LAMARCA", 2, "6 x 75cl"),
            ("HR-RIPASSO", 1),
            ("HR-AMARONE", 6),
            ("HR-GAVI", 1),
            ("HR-COOK-WHITE", 1),
        ],
        extras=[("HR-BAROLO-18", 6)],
        last=("qty", "HR-MONTEPULCIANO", 6),
    ),
    dict(
        key="bar-el-sol",
        name="Bar El Sol",
        kind="tapas bar",
        channel="WHATSAPP",
        address="+447700900232",
        language="es",
        type="steady",
        weeks=8,
        wd=3,
        usual=[
            ("HR-RIOJA-CRZ", 4),
            ("HR-RIOJA-BLANCO", 2),
            ("HR-ALBARINO", 2),
            ("HR-VERDEJO", 2),
            ("HR-CAVA", 3),
            ("HR-TIO-PEPE", 6, "75cl"),
            ("HR-MANZANILLA", 6),
            ("HR-PX", 2),
        ],
        extras=[("HR-RIOJA-RES", 1)],
    ),
    dict(
        key="red-lion",
        name="The Red Lion",
        kind="pub",
        channel="SMS",
        address="+447700900233",
        language="en",
        type="regular",
        weeks=7,
        wd=4,
        usual=[
            ("HR-HOUSE-RED", 2, "6 x 75cl"),
            ("HR-HOUSE-WHITE", 2, "6 x 75cl"),
            ("HR-HOUSE-ROSE", 1),
            ("HR-LAMARCA", 1, "24 x 20cl Piccolo"),
            ("HR-SR120-SB", 2),
            ("HR-MALBEC-TRIV", 1),
            ("HR-PG", 2),
        ],
        extras=[("HR-WHITE-ZIN", 1)],
        last=("extra", "HR-WHITE-ZIN", 1),
    ),
    dict(
        key="kings-arms",
        name="The King's Arms",
        kind="gastropub",
        channel="WHATSAPP",
        address="+447700900234",
        language="en",
        type="steady",
        weeks=6,
        wd=2,
        usual=[
            ("HR-HOUSE-BIB", 2, "Red"),
            ("HR-HOUSE-BIB", 2, "White"),
            ("HR-VM-SB", 2),
            ("HR-MALBEC-CAT", 1),
            ("HR-PICPOUL", 2),
            ("HR-WHITE-ZIN", 1),
            ("HR-COOK-RED", 1),
            ("HR-LAMARCA", 1, "6 x 75cl"),
        ],
        extras=[("HR-RIPASSO", 1)],
    ),
    dict(
        key="grand-esplanade",
        name="The Grand Esplanade Hotel",
        kind="hotel",
        channel="EMAIL",
        address="purchasing@grandesplanade.example",
        language="en",
        type="regular",
        weeks=8,
        wd=1,
        usual=[
            ("HR-HOUSE-RED", 4, "12 x 75cl"),
            ("HR-HOUSE-WHITE", 4, "12 x 75cl"),
            ("HR-HOUSE-FIZZ", 3),
            ("HR-MOET", 12, "75cl"),
            ("HR-MOET", 2, "150cl Magnum"),
            ("HR-BORD-SUP", 2),
            ("HR-MACON", 2),
            ("HR-TAY-LBV", 6, "75cl"),
            ("HR-SAUTERNES", 6),
            ("HR-FLUTE", 1, "21cl"),
            ("HR-POLISH-CLOTH", 2),
        ],
        extras=[("HR-VEUVE", 6)],
        last=("drop", "HR-POLISH-CLOTH", 0),
    ),
    dict(
        key="harbourside",
        name="Harbourside Hotel",
        kind="hotel",
        channel="EMAIL",
        address="bar@harbourside-hotel.example",
        language="en",
        type="steady",
        weeks=6,
        wd=4,
        usual=[
            ("HR-HOUSE-BIB", 3, "White"),
            ("HR-HOUSE-BIB", 2, "Red"),
            ("HR-LP-BRUT", 12, "37.5cl Half"),
            ("HR-PROS-ROSE", 1),
            ("HR-DELACOURT", 1),
            ("HR-CHENIN", 2),
            ("HR-PINOTAGE", 2),
            ("HR-TAY-10", 2),
        ],
        extras=[("HR-TIO-PEPE", 6, "37.5cl Half")],
    ),
    dict(
        key="undercroft",
        name="The Undercroft Wine Bar",
        kind="wine bar",
        channel="WHATSAPP",
        address="+447700900236",
        language="en",
        type="regular",
        weeks=7,
        wd=3,
        usual=[
            ("HR-SANCERRE", 1),
            ("HR-BOURG-PN", 1),
            ("HR-GRUNER", 1),
            ("HR-RIESLING", 1),
            ("HR-VIOGNIER", 1),
            ("HR-ZIN", 1),
            ("HR-CNDP-RED", 6),
            ("HR-BATAILLEY-15", 6),
            ("HR-BAROLO-18", 6),
            ("HR-WA", 12, "75cl"),
        ],
        extras=[("HR-CHABLIS-1ER", 6)],
        last=("qty", "HR-WA", 18),
    ),
    dict(
        key="velvet-room",
        name="Velvet Room",
        kind="cocktail bar",
        channel="WHATSAPP",
        address="+447700900237",
        language="en",
        type="steady",
        weeks=5,
        wd=4,
        usual=[
            ("HR-LAMARCA", 2, "24 x 20cl Piccolo"),
            ("HR-LAMARCA", 3, "6 x 75cl"),
            ("HR-CAVA", 2),
            ("HR-NOUGHTY", 1),
            ("HR-WA", 6, "75cl"),
            ("HR-CHAPEL-DOWN", 1),
        ],
        extras=[("HR-PROS-ROSE", 1)],
    ),
    dict(
        key="forge-steak",
        name="Forge Steakhouse",
        kind="steakhouse",
        channel="EMAIL",
        address="gm@forgesteakhouse.example",
        language="en",
        type="regular",
        weeks=6,
        wd=2,
        usual=[
            ("HR-MALBEC-CAT", 3),
            ("HR-MALBEC-TRIV", 2),
            ("HR-CASI-CAB", 3),
            ("HR-SHIRAZ", 2),
            ("HR-RIOJA-RES", 2),
            ("HR-CAHORS", 1),
            ("HR-TAY-LBV", 3, "75cl"),
        ],
        extras=[("HR-ZIN", 1)],
        last=("qty", "HR-MALBEC-CAT", 4),
    ),
    dict(
        key="oyster-shed",
        name="The Oyster Shed",
        kind="seafood restaurant",
        channel="SMS",
        address="+447700900239",
        language="en",
        type="steady",
        weeks=7,
        wd=3,
        usual=[
            ("HR-MUSCADET", 3),
            ("HR-PICPOUL", 3),
            ("HR-CHABLIS", 12, "75cl"),
            ("HR-ALBARINO", 1),
            ("HR-SANCERRE-ROSE", 1),
            ("HR-NYETIMBER", 6, "75cl"),
        ],
        extras=[("HR-MANZANILLA", 6)],
    ),
    dict(
        key="spice-bengal",
        name="Spice of Bengal",
        kind="indian restaurant",
        channel="WHATSAPP",
        address="+447700900240",
        language="en",
        type="steady",
        weeks=8,
        wd=1,
        usual=[
            ("HR-HOUSE-RED", 3, "6 x 75cl"),
            ("HR-HOUSE-WHITE", 3, "6 x 75cl"),
            ("HR-HOUSE-ROSE", 2),
            ("HR-WHITE-ZIN", 2),
            ("HR-CASI-MERLOT", 2),
            ("HR-CASI-SB", 2),
        ],
        extras=[("HR-CHENIN", 1)],
    ),
    dict(
        key="fairway-golf",
        name="Fairway Golf Club",
        kind="golf club bar",
        channel="EMAIL",
        address="bar@fairwaygolf.example",
        language="en",
        type="regular",
        weeks=6,
        wd=4,
        usual=[
            ("HR-HOUSE-BIB", 1, "Red"),
            ("HR-HOUSE-BIB", 1, "White"),
            ("HR-HOUSE-BIB", 1, "Rosé"),
            ("HR-BIN65", 2),
            ("HR-SHIRAZ", 1),
            ("HR-SIX-GRAPES", 3),
            ("HR-BRISTOL", 2),
            ("HR-PG-BLUSH", 1),
        ],
        extras=[("HR-TAY-10", 1)],
        last=("qty", "HR-SIX-GRAPES", 6),
    ),
    dict(
        key="bar-wisla",
        name="Bar Wisła",
        kind="polish bar",
        channel="WHATSAPP",
        address="+447700900242",
        language="pl",
        type="regular",
        weeks=5,
        wd=3,
        usual=[
            ("HR-HOUSE-RED", 2, "6 x 75cl"),
            ("HR-HOUSE-WHITE", 1, "6 x 75cl"),
            ("HR-LAMARCA", 2, "6 x 75cl"),
            ("HR-RIESLING", 1),
            ("HR-MONTEPULCIANO", 2),
        ],
        extras=[("HR-NATUREO-RED", 1)],
        last=("extra", "HR-NATUREO-RED", 1),
    ),
    dict(
        key="tasca-porto",
        name="Tasca do Porto",
        kind="portuguese restaurant",
        channel="WHATSAPP",
        address="+447700900243",
        language="pt",
        type="steady",
        weeks=6,
        wd=2,
        usual=[
            ("HR-SIX-GRAPES", 4),
            ("HR-TAY-10", 2),
            ("HR-VERDEJO", 1),
            ("HR-ALBARINO", 2),
            ("HR-HOUSE-RED", 1, "12 x 75cl"),
            ("HR-CASI-CAB", 1),
        ],
        extras=[("HR-TAY-20", 1)],
    ),
    dict(
        key="bramble-events",
        name="Bramble Events",
        kind="events caterer",
        channel="EMAIL",
        address="orders@brambleevents.example",
        language="en",
        type="never",
        weeks=6,
        wd=1,
        usual=[
            ("HR-HOUSE-RED", 4, "12 x 75cl"),
            ("HR-HOUSE-WHITE", 4, "12 x 75cl"),
            ("HR-HOUSE-FIZZ", 4),
            ("HR-LAMARCA", 3, "6 x 75cl"),
            ("HR-CAVA", 3),
            ("HR-WINE-GLASS", 2, "35cl"),
            ("HR-FLUTE", 2, "17cl"),
            ("HR-NOUGHTY", 1),
            ("HR-HOUSE-ROSE", 2),
        ],
        extras=[],
    ),
    dict(
        key="skyline-roof",
        name="Skyline Roof Terrace",
        kind="rooftop bar",
        channel="WHATSAPP",
        address="+447700900245",
        language="en",
        type="steady",
        weeks=5,
        wd=4,
        usual=[
            ("HR-WA", 12, "75cl"),
            ("HR-WA", 4, "150cl Magnum"),
            ("HR-MIRABEAU", 2),
            ("HR-PROS-ROSE", 2),
            ("HR-LAMARCA", 2, "6 x 75cl"),
            ("HR-HOUSE-ROSE", 2),
        ],
        extras=[("HR-WINE-SLEEVE", 6)],
    ),
    dict(
        key="vine-fig",
        name="Vine & Fig Bistro",
        kind="bistro",
        channel="SMS",
        address="+447700900246",
        language="en",
        type="regular",
        weeks=7,
        wd=3,
        usual=[
            ("HR-HOUSE-WHITE", 2, "6 x 75cl"),
            ("HR-HOUSE-RED", 2, "6 x 75cl"),
            ("HR-MACON", 1),
            ("HR-CDR-RED", 1),
            ("HR-GAVI", 1),
            ("HR-BDV", 6),
        ],
        extras=[("HR-CDR-BLANC", 1)],
        last=("drop", "HR-BDV", 0),
    ),
    dict(
        key="ashcombe-manor",
        name="Ashcombe Manor Hotel",
        kind="country house hotel",
        channel="EMAIL",
        address="sommelier@ashcombemanor.example",
        language="en",
        type="regular",
        weeks=8,
        wd=2,
        usual=[
            ("HR-CHABLIS-1ER", 6),
            ("HR-BATAILLEY-16", 6),
            ("HR-BAROLO-19", 6),
            ("HR-BOLLY", 6),
            ("HR-VEUVE", 6),
            ("HR-TOKAJI", 2),
            ("HR-TAY-20", 1),
            ("HR-PX", 2),
            ("HR-HOUSE-BIB", 1, "White"),
        ],
        extras=[("HR-CNDP-BLANC", 6)],
        last=("qty", "HR-BOLLY", 12),
    ),
    dict(
        key="forno-nero",
        name="Forno Nero",
        kind="pizzeria",
        channel="SMS",
        address="+447700900248",
        language="it",
        type="steady",
        weeks=6,
        wd=1,
        usual=[
            ("HR-MONTEPULCIANO", 3),
            ("HR-PG", 3),
            ("HR-PRIMITIVO", 12),
            ("HR-HOUSE-BIB", 1, "Red"),
            ("HR-LAMARCA", 1, "6 x 75cl"),
        ],
        extras=[("HR-CHIANTI", 1)],
    ),
    dict(
        key="corkage-new",
        name="Corkage",
        kind="new wine bar",
        channel="WHATSAPP",
        address="+447700900249",
        language="en",
        type="new",
        weeks=0,
        wd=0,
        usual=[],
        extras=[],
    ),
    dict(
        key="linen-rooms",
        name="The Linen Rooms",
        kind="new boutique hotel",
        channel="EMAIL",
        address="ops@linenrooms.example",
        language="en",
        type="new",
        weeks=0,
        wd=0,
        usual=[],
        extras=[],
    ),
]

HIST_END = datetime.date(2027, 5, 28)  # last possible history day (a Friday)


def _line(t):
    d = {"sku": t[0]}
    if len(t) == 3:
        d["variant"] = t[2]
    d["quantity"] = t[1]
    return d


def _vary(basket, op, rng, extras, arg=None):
    b = [list(x) for x in basket]
    if op == "qty":
        if arg:
            for x in b:
                if x[0] == arg[0] and (len(arg) < 3 or x[2] == arg[2]):
                    x[1] = arg[1]
        else:
            i = rng.randrange(len(b))
            b[i][1] = b[i][1] + 1
    elif op == "drop":
        if arg:
            b = [x for x in b if x[0] != arg[0]]
        else:
            b.pop(rng.randrange(len(b)))
    elif op == "extra":
        e = arg if arg else (extras[rng.randrange(len(extras))] if extras else None)
        if e:
            b.append(list(e))
    return [tuple(x) for x in b]


def histories(pool_by_cust=None):
    out = []
    for c in CUSTOMERS:
        rng = random.Random("hist23-" + c["key"])
        orders = []
        n = c["weeks"]
        if c["type"] != "new":
            # last order is on the customer's weekday in the week ending HIST_END
            monday_last = HIST_END - datetime.timedelta(days=HIST_END.weekday())
            last = monday_last + datetime.timedelta(days=c["wd"] - 1 if c["wd"] else 0)
            dates = [last - datetime.timedelta(weeks=n - 1 - i) for i in range(n)]
            usual = [tuple(x) for x in c["usual"]]
            baskets = [list(usual) for _ in range(n)]
            if c["type"] == "steady":
                idx = rng.sample(range(1, n - 1), 2)
                ops = ["qty", "drop", "extra"]
                for k, i in enumerate(sorted(idx)):
                    baskets[i] = _vary(usual, ops[(k + rng.randrange(3)) % 3], rng, c["extras"])
            elif c["type"] == "regular":
                i = rng.randrange(1, n - 2)
                baskets[i] = _vary(usual, ["qty", "drop"][rng.randrange(2)], rng, c["extras"])
                op, sku, q = c["last"]
                arg = (sku, q) if op != "extra" else (sku, q)
                if op == "extra":
                    ex = [e for e in c["extras"] if e[0] == sku][0]
                    baskets[-1] = _vary(usual, "extra", rng, c["extras"], ex)
                else:
                    baskets[-1] = _vary(usual, op, rng, c["extras"], arg)
            elif c["type"] == "never":
                for i in range(n):
                    k = rng.randint(4, len(usual))
                    pick = sorted(rng.sample(range(len(usual)), k))
                    baskets[i] = [
                        (usual[j][0], usual[j][1] + rng.randint(-1, 3)) + tuple(usual[j][2:]) for j in pick
                    ]
                    baskets[i] = [(t[0], max(1, t[1])) + tuple(t[2:]) for t in baskets[i]]
            for d, b in zip(dates, baskets):
                orders.append({"date": d.isoformat(), "lines": [_line(t) for t in b]})
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
