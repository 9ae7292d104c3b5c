# ruff: noqa  (hand-written data generator of blind set 15, kept as its writer left it)
"""Customers of Dalla Valle Fine Foods and their hand-written usual baskets.

Histories are generated from the usual basket with a fixed seed:
- steady:  the usual every week, two earlier weeks varied (one quantity +/-1, one dropped line or one extra
           line from the customer's own extras); the last order is the usual.
- regular: the usual every week, one earlier week varied; the last order differs from the usual by the
           hand-written `last` change.
- none:    a different basket every week (core items always, plus a few from the pool); "the usual" cannot
           be resolved, "same as last week" can.
- new:     no orders.
Basket keys are product skus or variant skus (for products with variants).
"""

import datetime as dt
import random

import cat15

# key, name, kind, channel, address, language, pattern, weekday(0=Mon), usual, extras, last-change
CUSTOMERS = [
    dict(
        key="trattoria-da-enzo",
        name="Trattoria da Enzo",
        kind="trattoria (Islington, London)",
        channel="WHATSAPP",
        address="+447700900151",
        language="it",
        pattern="steady",
        weekday=2,
        usual=[
            ("PARM24-8TH", 2),
            ("PECROM-KG", 3),
            ("BUFALA-125", 2),
            ("DC-SPAG-3K", 3),
            ("DC-PENNE-3K", 2),
            ("VS-PACCHERI", 2),
            ("PELATI-2.5K", 4),
            ("EVOO-CV-5L", 2),
            ("GUANCIALE-KG", 2),
            ("FRESH-TAGLIATELLE", 6),
            ("MASC-2K", 2),
            ("SAVOIARDI", 1),
        ],
        extras=[("CAPERS-SALT", 1), ("ANCHOVY-720", 1)],
    ),
    dict(
        key="forno-rosso",
        name="Forno Rosso Pizzeria",
        kind="Neapolitan pizzeria (Peckham, London)",
        channel="WHATSAPP",
        address="+447700900152",
        language="en",
        pattern="regular",
        weekday=1,
        usual=[
            ("CAPUTO-PIZZERIA", 6),
            ("FDL-JULIENNE", 8),
            ("SMZ-DOP", 3),
            ("PEPPERONI-SL-1K", 4),
            ("NDUJA-1K", 1),
            ("EVOO-CV-5L", 1),
            ("OLV-SLICED", 1),
            ("PARM-GRATED-1K", 2),
            ("SP-ARANCIATA", 2),
            ("SP-LIMONATA", 1),
        ],
        extras=[("BUFALA-125", 2)],
        last=("qty", "FDL-JULIENNE", 9),
    ),
    dict(
        key="bella-deli",
        name="Bella Deli",
        kind="Italian deli (Muswell Hill, London)",
        channel="EMAIL",
        address="orders@belladeli.example",
        language="en",
        pattern="steady",
        weekday=0,
        usual=[
            ("PARMA-BL-HALF", 1),
            ("MILANO-KG", 2),
            ("MORT-KG", 2),
            ("GORG-DOLCE-KG", 2),
            ("TALEGGIO-KG", 1),
            ("PECTOSC-KG", 1),
            ("OLV-NOCELLARA", 1),
            ("OLV-TAGGIASCA", 2),
            ("ARTI-GRILLED", 2),
            ("SUNDRIED-1K", 1),
            ("PESTO-JAR", 2),
            ("CANTUCCI-12", 1),
            ("DC-RIGATONI", 1),
            ("TRUF-OIL-BLACK", 6),
        ],
        extras=[("BALS-DOP-12", 2)],
    ),
    dict(
        key="caffe-lucca",
        name="Caffè Lucca",
        kind="Italian café (Brighton)",
        channel="WHATSAPP",
        address="+447700900154",
        language="en",
        pattern="regular",
        weekday=3,
        usual=[
            ("NARDI-ORO", 6),
            ("AMARETTI-WRAPPED", 1),
            ("CANTUCCI-1K", 2),
            ("MORT-SL-500", 2),
            ("PARMA-SL-500", 2),
            ("FDL-BALLS", 3),
            ("SP-WATER-250", 2),
            ("SP-ARANCIATA", 1),
            ("PESTO-FRESH-1K", 1),
        ],
        extras=[("NARDI-DECAF", 1)],
        last=("add", "NARDI-DECAF", 1),
    ),
    dict(
        key="orchard-farm-shop",
        name="Orchard Farm Shop",
        kind="farm shop (Bredgar, Kent)",
        channel="EMAIL",
        address="janet@orchardfarmshop.example",
        language="en",
        pattern="steady",
        weekday=3,
        usual=[
            ("PARMA-SL-80", 2),
            ("PESTO-JAR", 2),
            ("PESTO-ROSSO", 1),
            ("CANTUCCI-12", 1),
            ("GRISSINI-250", 2),
            ("TARALLI", 1),
            ("BALS-IGP-500", 6),
            ("EVOO-CV-500", 6),
            ("DATTERINI", 1),
            ("VS-ORECCHIETTE", 1),
            ("NARDI-MOKA", 1),
        ],
        extras=[("AMARETTI-SOFT", 1)],
    ),
    dict(
        key="sapori-di-sicilia",
        name="Sapori di Sicilia",
        kind="Sicilian deli (Glasgow)",
        channel="WHATSAPP",
        address="+447700900156",
        language="it",
        pattern="regular",
        weekday=0,
        usual=[
            ("PECROM-KG", 2),
            ("RICOTTA-SALATA-KG", 2),
            ("CAPERS-SALT", 2),
            ("EVOO-NOCELLARA", 2),
            ("OLV-NOCELLARA", 2),
            ("ANCHOVY-720", 2),
            ("TUNA-1700", 2),
            ("SEMOLA-1K", 2),
            ("SUNDRIED-1K", 2),
            ("NDUJA-180", 6),
            ("VS-ORECCHIETTE", 1),
            ("CONF-WHITE", 2),
        ],
        extras=[("PANDORO", 1)],
        last=("qty", "SUNDRIED-1K", 3),
    ),
    dict(
        key="rigatoni-and-co",
        name="Rigatoni & Co",
        kind="pasta bar (Manchester)",
        channel="WHATSAPP",
        address="+447700900157",
        language="en",
        pattern="regular",
        weekday=0,
        usual=[
            ("DC-RIGATONI", 4),
            ("VS-PACCHERI", 2),
            ("FRESH-TAGLIATELLE", 8),
            ("RAVIOLI-RS", 4),
            ("GNOCCHI-3K", 3),
            ("POLPA-2.5K", 4),
            ("GRANA-GRATED-1K", 3),
            ("GUANCIALE-KG", 2),
            ("PECROM-KG", 2),
            ("EVOO-CV-5L", 2),
            ("PESTO-FRESH-1K", 2),
        ],
        extras=[("NDUJA-1K", 1)],
        last=("add", "NDUJA-1K", 1),
    ),
    dict(
        key="taberna-el-olivo",
        name="Taberna El Olivo",
        kind="Spanish tapas bar (Bristol)",
        channel="WHATSAPP",
        address="+447700900158",
        language="es",
        pattern="steady",
        weekday=2,
        usual=[
            ("EVOO-CV-5L", 3),
            ("OLV-GAETA", 1),
            ("ANCHOVY-720", 2),
            ("CAPERS-VINEGAR", 1),
            ("PEP-ROAST-RED", 2),
            ("ARTI-QUARTERS", 2),
            ("TUNA-1700", 2),
            ("PARMA-BL-WHOLE", 1),
            ("BALS-IGP-5L", 1),
            ("VIN-REDWINE", 1),
        ],
        extras=[("SUNDRIED-1K", 1)],
    ),
    dict(
        key="kafeneio-olympia",
        name="Kafeneio Olympia",
        kind="Greek-Cypriot café and deli (Palmers Green, London)",
        channel="WHATSAPP",
        address="+447700900159",
        language="el",
        pattern="regular",
        weekday=3,
        usual=[
            ("NARDI-ROSSA", 4),
            ("AMARETTI-SOFT", 1),
            ("MORT-SL-500", 2),
            ("MILANO-SL-500", 2),
            ("CAPERS-VINEGAR", 1),
            ("OLV-GAETA", 1),
            ("SUNDRIED-1K", 1),
            ("EVOO-CV-5L", 1),
            ("SP-WATER-750", 2),
            ("SP-LIMONATA", 2),
            ("GRISSINI-MINI", 1),
            ("PESTO-JAR", 1),
        ],
        extras=[("TARALLI", 1)],
        last=("qty", "SP-LIMONATA", 3),
    ),
    dict(
        key="le-petit-epicier",
        name="Le Petit Épicier",
        kind="French épicerie fine (South Kensington, London)",
        channel="EMAIL",
        address="claire@lepetitepicier.example",
        language="fr",
        pattern="steady",
        weekday=0,
        usual=[
            ("PARMA-SL-80", 3),
            ("BRESAOLA-SL-500", 1),
            ("TRUFFLE-PASTE", 2),
            ("TRUF-OIL-WHITE", 6),
            ("BALS-DOP-12", 2),
            ("EVOO-NOCELLARA", 1),
            ("VS-PACCHERI", 2),
            ("VS-SPAGHETTONI", 2),
            ("CANTUCCI-12", 1),
            ("AMARETTI-SOFT", 1),
        ],
        extras=[("PANET-ARTIG", 4)],
    ),
    dict(
        key="nonna-events",
        name="Nonna's Kitchen Events",
        kind="Italian wedding and events caterer (Hertfordshire)",
        channel="EMAIL",
        address="francesca@nonnaskitchen.example",
        language="en",
        pattern="none",
        weekday=3,
        core=["BURRATA-125", "PARMA-BL-WHOLE"],
        pool=[
            "BUFALA-250",
            "MORT-KG",
            "ARTI-GRILLED",
            "OLV-NOCELLARA",
            "GRISSINI-250",
            "FDL-BALLS",
            "EVOO-CV-5L",
            "CONF-WHITE",
            "CONF-SILVER",
            "AMARETTI-WRAPPED",
            "CANTUCCI-1K",
            "SP-WATER-750",
        ],
    ),
    dict(
        key="via-mercato",
        name="Via Mercato",
        kind="Saturday market cheese and salumi stall (Stroud)",
        channel="SMS",
        address="+447700900162",
        language="en",
        pattern="none",
        weekday=4,
        core=["PARM24-8TH", "GORG-DOLCE-KG", "TALEGGIO-KG", "NDUJA-180"],
        pool=["PECTOSC-KG", "MILANO-KG", "FINOCCHIONA-KG", "OLV-TAGGIASCA", "TRUF-OIL-WHITE", "PROVOLONE-KG"],
    ),
    dict(
        key="dough-and-co",
        name="Dough & Co",
        kind="wood-fired pizza van (Leeds)",
        channel="SMS",
        address="+447700900163",
        language="en",
        pattern="steady",
        weekday=1,
        usual=[
            ("CAPUTO-PIZZERIA", 4),
            ("FDL-JULIENNE", 4),
            ("PIZZA-SAUCE", 2),
            ("NDUJA-1K", 1),
            ("PEPPERONI-SL-1K", 2),
            ("OLV-SLICED", 1),
            ("GRANA-GRATED-1K", 1),
        ],
        extras=[("SP-ARANCIATA", 1)],
    ),
    dict(
        key="the-marlowe",
        name="The Marlowe",
        kind="hotel kitchen (Manchester)",
        channel="EMAIL",
        address="kitchen@themarlowe.example",
        language="en",
        pattern="regular",
        weekday=0,
        usual=[
            ("PARM-GRATED-1K", 2),
            ("BURRATA-125", 3),
            ("PARMA-SL-500", 4),
            ("BRESAOLA-SL-500", 2),
            ("CARNAROLI-5K", 2),
            ("DC-PENNE-500", 2),
            ("POLPA-400", 1),
            ("BALS-GLAZE", 1),
            ("EVOO-CV-1L", 6),
            ("NARDI-ORO", 4),
            ("NARDI-DECAF", 1),
            ("PANNA-750", 4),
            ("SP-WATER-750", 4),
        ],
        extras=[("STRACC-250", 2)],
        last=("qty", "NARDI-ORO", 5),
    ),
    dict(
        key="bottega-bath",
        name="Bottega",
        kind="Italian deli and wine shop (Bath)",
        channel="EMAIL",
        address="rob@bottegabath.example",
        language="en",
        pattern="regular",
        weekday=3,
        usual=[
            ("PARM24-8TH", 1),
            ("GRANA-KG", 3),
            ("GORG-PICC-KG", 1),
            ("PROVOLONE-KG", 2),
            ("COTTO-KG", 3),
            ("MILANO-KG", 1),
            ("FINOCCHIONA-KG", 1),
            ("SANDANIELE-BL", 1),
            ("OLV-GAETA", 1),
            ("ARTI-GRILLED", 1),
            ("SEMIDRIED-1K", 1),
            ("PORCINI-500", 1),
            ("CARNAROLI-10", 1),
            ("TAGLIATELLE-NESTS", 1),
        ],
        extras=[("TRUFFLE-PASTE", 1)],
        last=("drop", "SANDANIELE-BL", None),
    ),
    dict(
        key="la-piazza",
        name="La Piazza Pizzeria",
        kind="pizzeria and takeaway (Birmingham)",
        channel="WHATSAPP",
        address="+447700900166",
        language="en",
        pattern="steady",
        weekday=0,
        usual=[
            ("CAPUTO-CUOCO", 5),
            ("MOZZ-BLOCK", 6),
            ("FDL-JULIENNE", 4),
            ("POLPA-2.5K", 4),
            ("PEPPERONI-SL-1K", 3),
            ("OLV-SLICED", 2),
            ("PEP-ROAST-MIX", 1),
            ("ARTI-QUARTERS", 1),
            ("EVOO-CV-5L", 1),
            ("OLIVE-POMACE", 2),
            ("SP-ARANCIATA", 2),
            ("SP-LIMONATA", 2),
        ],
        extras=[("PARM-GRATED-1K", 1)],
    ),
    dict(
        key="ristorante-il-faro",
        name="Ristorante Il Faro",
        kind="Italian restaurant (Cardiff Bay)",
        channel="EMAIL",
        address="giuseppe@ilfarocardiff.example",
        language="it",
        pattern="regular",
        weekday=1,
        usual=[
            ("CARNAROLI-10", 2),
            ("PARM24-8TH", 1),
            ("PARMA-BL-WHOLE", 1),
            ("BURRATA-250", 2),
            ("VS-SPAGHETTONI", 2),
            ("LASAGNE-EGG", 1),
            ("PELATI-2.5K", 3),
            ("EVOO-CV-5L", 2),
            ("BALS-IGP-5L", 1),
            ("PORCINI-500", 1),
            ("TRUF-OIL-WHITE", 2),
            ("MASC-2K", 1),
            ("SAVOIARDI", 1),
            ("NARDI-ORO", 3),
        ],
        extras=[("SCAMORZA-AFF", 1)],
        last=("add", "SCAMORZA-AFF", 1),
    ),
    dict(
        key="caffe-stella",
        name="Caffè Stella",
        kind="Italian café and pasticceria (Edinburgh)",
        channel="WHATSAPP",
        address="+447700900168",
        language="it",
        pattern="steady",
        weekday=4,
        usual=[
            ("NARDI-ORO", 5),
            ("MASC-500", 6),
            ("SAVOIARDI", 2),
            ("RICOTTA-1500", 3),
            ("AMARETTI-WRAPPED", 1),
            ("CANTUCCI-1K", 1),
            ("PARMA-SL-500", 1),
            ("MORT-SL-500", 1),
            ("SP-ARANCIATA", 1),
            ("PANNA-750", 2),
        ],
        extras=[("STRACC-250", 2)],
    ),
    dict(
        key="to-steki",
        name="To Steki",
        kind="Greek taverna (Camden, London)",
        channel="SMS",
        address="+447700900169",
        language="el",
        pattern="regular",
        weekday=2,
        usual=[
            ("EVOO-CV-5L", 3),
            ("VIN-REDWINE", 1),
            ("CAPERS-VINEGAR", 1),
            ("OLV-GAETA", 2),
            ("SUNDRIED-1K", 1),
            ("DC-PENNE-3K", 1),
            ("DC-SPAG-3K", 1),
            ("PELATI-2.5K", 2),
            ("GRANA-GRATED-1K", 2),
            ("PECROM-KG", 1),
        ],
        extras=[("ARTI-QUARTERS", 1)],
        last=("qty", "OLV-GAETA", 3),
    ),
    dict(
        key="casa-iberica",
        name="Casa Ibérica",
        kind="Spanish and Italian deli (Liverpool)",
        channel="EMAIL",
        address="marta@casaiberica.example",
        language="es",
        pattern="steady",
        weekday=0,
        usual=[
            ("PARMA-SL-80", 2),
            ("MILANO-SL-500", 1),
            ("EVOO-NOCELLARA", 1),
            ("BALS-IGP-500", 6),
            ("TARALLI", 1),
            ("GRISSINI-250", 1),
            ("NARDI-MOKA", 1),
            ("VS-PACCHERI", 1),
            ("PESTO-JAR", 2),
            ("OLV-TAGGIASCA", 1),
        ],
        extras=[("CANTUCCI-12", 1)],
    ),
    dict(
        key="harvest-barn",
        name="Harvest Barn Farm Shop",
        kind="farm shop (Lower Slaughter, Cotswolds)",
        channel="EMAIL",
        address="helen@harvestbarn.example",
        language="en",
        pattern="regular",
        weekday=2,
        usual=[
            ("CANTUCCI-12", 1),
            ("AMARETTI-SOFT", 1),
            ("GRISSINI-250", 2),
            ("PESTO-JAR", 2),
            ("PESTO-ROSSO", 2),
            ("DC-SPAG-500", 1),
            ("DC-FUSILLI", 1),
            ("PASSATA", 2),
            ("EVOO-CV-500", 12),
            ("BALS-GLAZE", 1),
            ("PARMA-SL-80", 2),
            ("NARDI-MOKA", 1),
        ],
        extras=[("PANET-1K", 2)],
        last=("add", "PANET-1K", 2),
    ),
    dict(
        key="enoteca-vino-nero",
        name="Enoteca Vino Nero",
        kind="wine bar (Soho, London)",
        channel="WHATSAPP",
        address="+447700900172",
        language="en",
        pattern="steady",
        weekday=1,
        usual=[
            ("PARMA-SL-500", 3),
            ("BRESAOLA-SL-500", 1),
            ("FINOCCHIONA-KG", 1),
            ("MORT-KG", 1),
            ("PECTOSC-KG", 1),
            ("GORG-DOLCE-KG", 1),
            ("TALEGGIO-KG", 1),
            ("OLV-NOCELLARA", 1),
            ("GRISSINI-MINI", 1),
            ("ARTI-GRILLED", 1),
            ("BALS-DOP-12", 1),
        ],
        extras=[("TRUFFLE-PASTE", 1)],
    ),
    dict(
        key="il-vicolo",
        name="Il Vicolo",
        kind="new trattoria opening 3 December (Oxford)",
        channel="EMAIL",
        address="alessio@ilvicolo.example",
        language="en",
        pattern="new",
        weekday=2,
    ),
    dict(
        key="casa-lola",
        name="Casa Lola",
        kind="new Spanish café (Leeds)",
        channel="WHATSAPP",
        address="+447700900174",
        language="es",
        pattern="new",
        weekday=3,
    ),
]

BY_KEY = {c["key"]: c for c in CUSTOMERS}
LAST_WEEK_MONDAY = dt.date(2026, 11, 16)  # last history week: Mon 16 - Sat 21 November 2026


def _line(key, qty):
    prods, vidx = cat15.index()
    if key in vidx:
        sku, vname = vidx[key]
        return {"sku": sku, "variant": vname, "quantity": qty}
    assert key in prods and not prods[key]["variants"], key
    return {"sku": key, "quantity": qty}


def _basket(pairs):
    return [_line(k, q) for k, q in pairs]


def _vary(rng, usual, extras, kind):
    pairs = list(usual)
    if kind == "qty":
        i = rng.randrange(len(pairs))
        k, q = pairs[i]
        q2 = q + 1 if (q == 1 or rng.random() < 0.5) else q - 1
        pairs[i] = (k, q2)
    elif kind == "drop":
        pairs.pop(rng.randrange(len(pairs)))
    else:
        pairs.append(rng.choice(extras))
    return pairs


def _apply_last(usual, change):
    kind, key, q = change
    pairs = list(usual)
    if kind == "qty":
        pairs = [(k, q if k == key else v) for k, v in pairs]
    elif kind == "drop":
        pairs = [(k, v) for k, v in pairs if k != key]
    elif kind == "add":
        assert key not in [k for k, _ in pairs]
        pairs.append((key, q))
    return pairs


def histories(seed=15):
    rng = random.Random(seed)
    out = []
    for c in CUSTOMERS:
        h = {
            "customer": c["key"],
            "name": c["name"],
            "kind": c["kind"],
            "channel": c["channel"],
            "address": c["address"],
            "language": c["language"],
            "orders": [],
        }
        if c["pattern"] == "new":
            out.append(h)
            continue
        n = rng.randint(5, 8)
        last_date = LAST_WEEK_MONDAY + dt.timedelta(days=c["weekday"])
        dates = [last_date - dt.timedelta(weeks=n - 1 - i) for i in range(n)]
        baskets = []
        if c["pattern"] in ("steady", "regular"):
            usual = c["usual"]
            nvar = 2 if c["pattern"] == "steady" else 1
            varied = set(rng.sample(range(n - 1), nvar))
            seen = {tuple(usual)}
            for i in range(n):
                if i == n - 1 and c["pattern"] == "regular":
                    pairs = _apply_last(usual, c["last"])
                elif i in varied:
                    while True:
                        kind = rng.choice(["qty", "drop", "add"] if c.get("extras") else ["qty", "drop"])
                        pairs = _vary(rng, usual, c.get("extras", []), kind)
                        if tuple(pairs) not in seen:
                            break
                else:
                    pairs = usual
                seen.add(tuple(pairs))
                baskets.append(pairs)
        else:  # none: a different basket every week
            seen = set()
            for i in range(n):
                while True:
                    picks = list(c["core"]) + rng.sample(c["pool"], rng.randint(2, 4))
                    pairs = [(k, rng.randint(1, 4)) for k in picks]
                    if tuple(pairs) not in seen:
                        break
                seen.add(tuple(pairs))
                baskets.append(pairs)
        for d, pairs in zip(dates, baskets):
            h["orders"].append({"date": d.isoformat(), "lines": _basket(pairs)})
        out.append(h)
    return out
