# ruff: noqa  (hand-written data generator of blind set 28, kept as its writer left it)
"""Customers of catalog28, their hand-written usual baskets and the seeded history generator.

Patterns:
  steady  - the usual basket every week; two earlier weeks vary (one quantity, one dropped or extra line);
            the last order is the usual.
  regular - the usual basket; one earlier week varies; the last order differs from the usual by `last_mod`.
  never   - never repeats a basket ("the usual" cannot be resolved).
  new     - first-time customer, no orders.
"""

import datetime
import random

# basket lines: (sku, quantity, variant-or-None)
CUSTOMERS = [
    dict(
        key="polski-sklep",
        name="Polski Sklep Ealing",
        kind="corner shop",
        channel="WHATSAPP",
        address="+447700900281",
        language="pl",
        pattern="steady",
        weeks=7,
        weekday=2,
        usual=[
            ("KIEL-SLASKA", 8, None),
            ("KIEL-KRAK-SUCHA", 4, None),
            ("KABANOS-PORK", 3, None),
            ("TWAROG-POLTLUSTY", 2, None),
            ("SMIETANA-18", 3, None),
            ("KEFIR", 2, "12 x 400ml"),
            ("CHLEB-ZYTNI", 20, "800g"),
            ("KISZONE-JAR", 4, None),
            ("KAPUSTA-JAR", 3, None),
            ("PIEROGI-RUSKIE", 3, "10 x 450g"),
            ("TYSKIE", 5, "24 x 500ml Can"),
            ("ZYWIEC-BEER", 4, None),
            ("PRINCE-POLO", 2, "Classic 35g (box of 28)"),
            ("ZUREK", 2, None),
        ],
        extra=("OSCYPEK", 6, None),
    ),
    dict(
        key="delikatesy-wisla",
        name="Delikatesy Wisła",
        kind="deli",
        channel="EMAIL",
        address="zamowienia@delikatesy-wisla.example",
        language="pl",
        pattern="regular",
        weeks=6,
        weekday=1,
        usual=[
            ("KIEL-KRAK-SUCHA", 5, None),
            ("KIEL-MYSLIWSKA", 3, None),
            ("KIEL-WIEJSKA", 4, None),
            ("SZYNKA-WIEJSKA", 4, None),
            ("BOCZEK", 3, None),
            ("KABANOS-PORK", 2, None),
            ("KABANOS-CHICKEN", 2, None),
            ("TWAROG-TLUSTY", 2, None),
            ("TWAROG-SERNIK", 3, None),
            ("GOUDA", 6, None),
            ("SMIETANA-18", 2, None),
            ("SMIETANA-12", 2, None),
            ("SLEDZ-MATJAS", 2, None),
            ("MAKRELA", 4, None),
            ("KISZONE-TUB", 2, None),
            ("PTASIE-VAN", 1, None),
            ("WEDEL-MLECZNA", 2, None),
        ],
        extra=("PACZKI", 2, None),
        last_mod=("qty", "GOUDA", 8),
    ),
    dict(
        key="baltic-deli",
        name="Baltic Deli Peterborough",
        kind="Lithuanian deli",
        channel="WHATSAPP",
        address="+447700900283",
        language="lt",
        pattern="steady",
        weeks=6,
        weekday=2,
        usual=[
            ("SKILANDIS", 3, None),
            ("CHLEB-BOCIU", 15, None),
            ("KEFIR", 3, "6 x 1L"),
            ("GLAZED-CURD", 4, None),
            ("SPROT-RIGA", 2, None),
            ("KASZA-GRYCZANA", 2, None),
            ("KWAS", 4, "6 x 2L"),
            ("SVYTURYS", 6, None),
            ("CEPELINAI", 5, None),
            ("KAPUSTA-TUB", 1, None),
            ("TWAROG-POLTLUSTY", 3, None),
            ("SMIETANA-18", 3, None),
        ],
        extra=("MAKRELA", 3, None),
    ),
    dict(
        key="magazin-dacia",
        name="Magazin Românesc Dacia",
        kind="Romanian grocery",
        channel="WHATSAPP",
        address="+447700900284",
        language="ro",
        pattern="regular",
        weeks=7,
        weekday=2,
        usual=[
            ("TELEMEA-VACA", 6, None),
            ("SLANINA", 4, None),
            ("MICI", 6, None),
            ("SARMALE", 3, None),
            ("ZACUSCA", 3, None),
            ("GOGONELE", 2, None),
            ("MALAI", 4, None),
            ("URSUS", 6, None),
            ("TIMISOREANA", 5, None),
            ("BORSEC", 8, None),
            ("ROM", 3, None),
            ("EUGENIA", 3, None),
            ("COZONAC", 10, None),
            ("FLORIOL", 2, None),
        ],
        extra=("KAPUSTA-TUB", 2, None),
        last_mod=("drop", "GOGONELE"),
    ),
    dict(
        key="kyiv-corner",
        name="Kyiv Corner Shop",
        kind="Ukrainian grocery",
        channel="WHATSAPP",
        address="+447700900285",
        language="uk",
        pattern="steady",
        weeks=6,
        weekday=2,
        usual=[
            ("SALO", 4, None),
            ("CHLEB-BOROD", 20, None),
            ("KEFIR", 3, "12 x 400ml"),
            ("PELMENI-PORK", 8, None),
            ("KASZA-GRYCZANA", 3, None),
            ("OBOLON", 6, None),
            ("KWAS", 2, "20 x 500ml"),
            ("ROSHEN", 3, None),
            ("SEMKI", 2, None),
            ("SPROT-RIGA", 2, None),
            ("MAJONEZ", 2, "12 x 400ml"),
            ("SMIETANA-18", 4, None),
            ("GLAZED-CURD", 3, None),
        ],
        extra=("HALVA", 1, None),
    ),
    dict(
        key="euro-corner",
        name="Patel's Euro Corner",
        kind="convenience store",
        channel="SMS",
        address="+447700900286",
        language="en",
        pattern="regular",
        weeks=6,
        weekday=3,
        usual=[
            ("TYSKIE", 3, "24 x 500ml Can"),
            ("LECH-PREMIUM", 2, None),
            ("ZYWIEC-BEER", 2, None),
            ("PRINCE-POLO", 3, "Classic 35g (box of 28)"),
            ("GRZESKI", 2, None),
            ("PALUSZKI", 2, None),
            ("TYMBARK-MINT", 2, None),
            ("KUBUS", 2, None),
            ("PIEROGI-RUSKIE", 2, "10 x 450g"),
            ("PIEROGI-MIESO", 2, "10 x 450g"),
            ("KABANOS-PORK", 2, None),
            ("ZDROJ-STILL", 3, "12 x 500ml"),
        ],
        extra=("ZNICZ-24H", 1, "Red"),
        last_mod=("qty", "LECH-PREMIUM", 3),
    ),
    dict(
        key="bar-mleczny",
        name="Bar Mleczny Pod Orłem",
        kind="Polish milk bar (canteen)",
        channel="EMAIL",
        address="agata@podorlem.example",
        language="en",
        pattern="regular",
        weeks=5,
        weekday=0,
        usual=[
            ("PIEROGI-RUSKIE", 4, "4 x 2kg"),
            ("PIEROGI-MIESO", 3, "4 x 2kg"),
            ("PIEROGI-KAPUSTA", 2, None),
            ("USZKA", 2, None),
            ("KOPYTKA", 3, None),
            ("GOLABKI", 2, None),
            ("ZUREK", 3, None),
            ("BARSZCZ-CZERWONY", 2, None),
            ("KIEL-BIALA", 4, None),
            ("SMIETANA-18", 4, None),
            ("KAPUSTA-TUB", 3, None),
            ("KUJAWSKI", 2, "4 x 3L"),
            ("MAKA-PSZENNA", 2, None),
            ("MAJERANEK", 1, None),
        ],
        extra=("BOCZEK", 3, None),
        last_mod=("extra",),
    ),
    dict(
        key="hilltop-news",
        name="Hilltop News",
        kind="newsagent",
        channel="SMS",
        address="+447700900288",
        language="en",
        pattern="steady",
        weeks=5,
        weekday=4,
        usual=[
            ("TYSKIE", 2, "24 x 500ml Can"),
            ("LECH-PREMIUM", 2, None),
            ("PRINCE-POLO", 2, "Classic 35g (box of 28)"),
            ("PALUSZKI", 1, None),
            ("KUBUS", 1, None),
            ("TYMBARK-PEACH", 2, None),
        ],
        extra=("GRZESKI", 1, None),
    ),
    dict(
        key="corner-mart",
        name="Corner Mart Luton",
        kind="convenience store",
        channel="WHATSAPP",
        address="+447700900289",
        language="en",
        pattern="regular",
        weeks=6,
        weekday=2,
        usual=[
            ("TYSKIE", 2, "20 x 500ml Bottle"),
            ("PERLA", 3, None),
            ("ZYWIEC-BEER", 3, None),
            ("OBOLON", 2, None),
            ("URSUS", 2, None),
            ("KABANOS-CHICKEN", 2, None),
            ("BERLINKI", 3, None),
            ("KONSERWOWE", 2, None),
            ("MAJONEZ", 1, "12 x 400ml"),
            ("KETCHUP-LAG", 2, None),
            ("KROWKI", 2, "1kg"),
            ("PTASIE-CHOC", 1, None),
            ("ZNICZ-24H", 1, "Clear"),
        ],
        extra=("CHRZAN", 1, None),
        last_mod=("qty", "PERLA", 4),
    ),
    dict(
        key="east-euro",
        name="East Euro Mini Market",
        kind="corner shop",
        channel="EMAIL",
        address="stoyan@easteuro-slough.example",
        language="en",
        pattern="steady",
        weeks=7,
        weekday=3,
        usual=[
            ("KIEL-SLASKA", 5, None),
            ("KIEL-PODWAWELSKA", 4, None),
            ("SZYNKA-SLICED", 3, None),
            ("PASZTET", 2, None),
            ("SMALEC", 2, None),
            ("TWAROG-POLTLUSTY", 2, None),
            ("KEFIR", 2, "6 x 1L"),
            ("MASLANKA", 2, None),
            ("BUTTER", 1, None),
            ("CHLEB-ZYTNI", 24, "400g"),
            ("KAPUSTA-JAR", 2, None),
            ("VEGETA", 1, "20 x 200g"),
            ("WEDEL-GORZKA", 1, None),
            ("ZDROJ-SPARK", 4, "6 x 1.5L"),
        ],
        extra=("FASOLKA", 1, None),
    ),
    dict(
        key="sklep-orzel",
        name="Mini Market Orzeł",
        kind="corner shop",
        channel="WHATSAPP",
        address="+447700900291",
        language="pl",
        pattern="regular",
        weeks=6,
        weekday=1,
        usual=[
            ("KIEL-ZWYCZAJNA", 6, None),
            ("KIEL-SLASKA", 4, None),
            ("BERLINKI", 4, None),
            ("BERLINKI-SER", 2, None),
            ("SZYNKA-KONSERWOWA", 1, None),
            ("KISZONE-JAR", 3, None),
            ("KONSERWOWE", 2, None),
            ("SAREPSKA", 1, None),
            ("KETCHUP-LAG", 2, None),
            ("KETCHUP-PIK", 1, None),
            ("LECH-PREMIUM", 4, None),
            ("LECH-FREE", 1, None),
            ("TYSKIE", 4, "24 x 500ml Can"),
            ("DZEM-TRUSKAWKA", 1, None),
            ("POWIDLA", 1, None),
            ("ZNICZ-3DAY", 1, "Red"),
        ],
        extra=("MAKOWIEC", 4, None),
        last_mod=("drop", "POWIDLA"),
    ),
    dict(
        key="amber-deli",
        name="Amber Deli",
        kind="Lithuanian deli",
        channel="SMS",
        address="+447700900292",
        language="lt",
        pattern="regular",
        weeks=5,
        weekday=3,
        usual=[
            ("SKILANDIS", 2, None),
            ("CHLEB-BOCIU", 10, None),
            ("CHLEB-BOROD", 6, None),
            ("KEFIR", 2, "12 x 400ml"),
            ("GLAZED-CURD", 2, None),
            ("KWAS", 3, "20 x 500ml"),
            ("SVYTURYS", 4, None),
            ("CEPELINAI", 3, None),
            ("SPROT-RIGA", 1, None),
            ("PELMENI-CHICKEN", 3, None),
            ("MAKRELA", 2, None),
            ("KASZA-GRYCZANA", 1, None),
        ],
        extra=("SMIETANA-18", 2, None),
        last_mod=("qty", "CEPELINAI", 5),
    ),
    dict(
        key="carpati-shop",
        name="Carpați Shop",
        kind="Romanian grocery",
        channel="EMAIL",
        address="ioana@carpati-shop.example",
        language="ro",
        pattern="steady",
        weeks=6,
        weekday=3,
        usual=[
            ("TELEMEA-VACA", 4, None),
            ("TELEMEA-OAIE", 3, None),
            ("MICI", 8, None),
            ("SARMALE", 4, None),
            ("SLANINA", 3, None),
            ("ZACUSCA", 4, None),
            ("MALAI", 5, None),
            ("FLORIOL", 3, None),
            ("TIMISOREANA", 6, None),
            ("BORSEC", 6, None),
            ("ROM", 4, None),
            ("COZONAC", 12, None),
            ("GOGONELE", 2, None),
        ],
        extra=("EUGENIA", 2, None),
    ),
    dict(
        key="dnipro-deli",
        name="Dnipro Deli",
        kind="Ukrainian deli",
        channel="WHATSAPP",
        address="+447700900294",
        language="uk",
        pattern="regular",
        weeks=6,
        weekday=3,
        usual=[
            ("SALO", 3, None),
            ("CHLEB-BOROD", 12, None),
            ("PELMENI-PORK", 4, None),
            ("PELMENI-CHICKEN", 4, None),
            ("PIEROGI-RUSKIE", 3, "10 x 450g"),
            ("KASZA-GRYCZANA", 4, None),
            ("OBOLON", 4, None),
            ("ROSHEN", 2, None),
            ("HALVA", 2, None),
            ("KEFIR", 2, "6 x 1L"),
            ("SMIETANA-12", 3, None),
            ("SPROT-RIGA", 3, None),
            ("SEMKI", 3, None),
            ("MAJONEZ", 1, "6 x 700ml"),
        ],
        extra=("MAKRELA", 3, None),
        last_mod=("drop", "HALVA"),
    ),
    dict(
        key="station-stores",
        name="Station Stores",
        kind="off-licence and newsagent",
        channel="WHATSAPP",
        address="+447700900295",
        language="en",
        pattern="steady",
        weeks=6,
        weekday=2,
        usual=[
            ("TYSKIE", 4, "24 x 500ml Can"),
            ("ZYWIEC-BEER", 3, None),
            ("LECH-PREMIUM", 3, None),
            ("PERLA", 2, None),
            ("SVYTURYS", 2, None),
            ("ZDROJ-STILL", 3, "6 x 1.5L"),
            ("TYMBARK-MINT", 2, None),
            ("TYMBARK-PEACH", 2, None),
            ("PRINCE-POLO", 2, "XXL 50g (box of 24)"),
            ("KROWKI", 1, "2.5kg"),
            ("PALUSZKI", 2, None),
        ],
        extra=("SEMKI", 1, None),
    ),
    dict(
        key="sunrise-convenience",
        name="Sunrise Convenience",
        kind="convenience store",
        channel="SMS",
        address="+447700900296",
        language="en",
        pattern="regular",
        weeks=5,
        weekday=4,
        usual=[
            ("TYSKIE", 2, "24 x 500ml Can"),
            ("LECH-FREE", 1, None),
            ("PRINCE-POLO", 2, "Classic 35g (box of 28)"),
            ("GRZESKI", 1, None),
            ("KABANOS-PORK", 1, None),
            ("PIEROGI-RUSKIE", 1, "10 x 450g"),
            ("BERLINKI", 2, None),
            ("ZNICZ-24H", 2, "Red"),
        ],
        extra=("KUBUS", 1, None),
        last_mod=("qty", "ZNICZ-24H", 4),
    ),
    dict(
        key="pierogi-kitchen",
        name="Pierogi Kitchen",
        kind="Polish takeaway",
        channel="WHATSAPP",
        address="+447700900297",
        language="en",
        pattern="steady",
        weeks=5,
        weekday=1,
        usual=[
            ("PIEROGI-RUSKIE", 3, "4 x 2kg"),
            ("PIEROGI-MIESO", 2, "4 x 2kg"),
            ("PIEROGI-KAPUSTA", 2, None),
            ("KIEL-BIALA", 2, None),
            ("BOCZEK", 2, None),
            ("SMIETANA-18", 3, None),
            ("KAPUSTA-TUB", 2, None),
            ("KUJAWSKI", 1, "4 x 3L"),
            ("ZUREK", 2, None),
            ("MAJERANEK", 1, None),
            ("TYSKIE", 2, "20 x 500ml Bottle"),
        ],
        extra=("MAKA-TORTOWA", 1, None),
    ),
    dict(
        key="kasztan-bar",
        name="Bar Kasztan",
        kind="Polish bar (writes in English)",
        channel="EMAIL",
        address="pawel@barkasztan.example",
        language="en",
        pattern="regular",
        weeks=6,
        weekday=4,
        usual=[
            ("TYSKIE", 4, "20 x 500ml Bottle"),
            ("ZYWIEC-BEER", 3, None),
            ("LECH-FREE", 1, None),
            ("PERLA", 2, None),
            ("KABANOS-PORK", 2, None),
            ("PALUSZKI", 3, None),
            ("KISZONE-TUB", 1, None),
            ("SMALEC", 2, None),
            ("CHLEB-ZYTNI", 6, "400g"),
            ("SLEDZ-OLEJ", 3, None),
            ("KWAS", 1, "20 x 500ml"),
        ],
        extra=("MICHALKI", 1, None),
        last_mod=("qty", "TYSKIE", 6),
    ),
    dict(
        key="millfield-news",
        name="Millfield News",
        kind="newsagent",
        channel="SMS",
        address="+447700900299",
        language="en",
        pattern="steady",
        weeks=5,
        weekday=3,
        usual=[
            ("LECH-PREMIUM", 2, None),
            ("TYSKIE", 2, "24 x 500ml Can"),
            ("ZYWIEC-BEER", 1, None),
            ("PRINCE-POLO", 1, "Classic 35g (box of 28)"),
            ("ZNICZ-24H", 1, "Clear"),
            ("KABANOS-CHICKEN", 1, None),
        ],
        extra=("PALUSZKI", 1, None),
    ),
    dict(
        key="wesele-catering",
        name="Wesele Catering",
        kind="Polish wedding caterer",
        channel="EMAIL",
        address="jolanta@wesele-catering.example",
        language="pl",
        pattern="never",
        weeks=5,
        weekday=0,
        pool=[
            ("KIEL-WIEJSKA", 10, None),
            ("KIEL-KRAK-SUCHA", 6, None),
            ("SZYNKA-WIEJSKA", 8, None),
            ("KABANOS-PORK", 4, None),
            ("KISZONE-TUB", 3, None),
            ("CHLEB-ZYTNI", 20, "800g"),
            ("SERNIK", 6, None),
            ("MAKOWIEC", 6, None),
            ("SLEDZ-MATJAS", 2, None),
            ("PIEROGI-RUSKIE", 4, "4 x 2kg"),
            ("GOLABKI", 3, None),
            ("TYSKIE", 10, "20 x 500ml Bottle"),
            ("BULKI", 10, None),
            ("CHRZAN", 1, None),
            ("KROLEWSKI", 4, None),
        ],
        usual=[],
    ),
    dict(
        key="casa-romana",
        name="Casa Română",
        kind="Romanian restaurant",
        channel="WHATSAPP",
        address="+447700900301",
        language="ro",
        pattern="regular",
        weeks=5,
        weekday=0,
        usual=[
            ("MICI", 10, None),
            ("SARMALE", 6, None),
            ("TELEMEA-OAIE", 3, None),
            ("SLANINA", 2, None),
            ("MALAI", 6, None),
            ("ZACUSCA", 2, None),
            ("FLORIOL", 4, None),
            ("URSUS", 4, None),
            ("BORSEC", 6, None),
            ("COZONAC", 4, None),
            ("SMIETANA-18", 4, None),
        ],
        extra=("GOGONELE", 1, None),
        last_mod=("qty", "MICI", 12),
    ),
    dict(
        key="sklep-bociek",
        name="Sklep Bociek",
        kind="corner shop (opening)",
        channel="WHATSAPP",
        address="+447700900302",
        language="pl",
        pattern="new",
        weeks=0,
        weekday=0,
        usual=[],
    ),
    dict(
        key="green-lane",
        name="Green Lane Stores",
        kind="convenience store (new account)",
        channel="EMAIL",
        address="helen@greenlanestores.example",
        language="en",
        pattern="new",
        weeks=0,
        weekday=0,
        usual=[],
    ),
]

LAST_WEEK_MONDAY = datetime.date(2027, 5, 31)  # the week before the messages (2027-06-07 to 06-13)


def _line(sku, q, v):
    d = {"sku": sku, "quantity": q}
    if v is not None:
        d["variant"] = v
    return d


def _basket(lines):
    return [_line(*l) for l in lines]


def _vary_qty(lines, rng):
    lines = [list(l) for l in lines]
    i = rng.randrange(len(lines))
    lines[i][1] = lines[i][1] + 1
    return [tuple(l) for l in lines]


def _drop(lines, rng):
    lines = list(lines)
    del lines[rng.randrange(1, len(lines))]
    return lines


def generate_history(c, rng):
    if c["pattern"] == "new":
        return []
    n = c["weeks"]
    dates = [
        LAST_WEEK_MONDAY - datetime.timedelta(days=7 * (n - 1 - i)) + datetime.timedelta(days=c["weekday"])
        for i in range(n)
    ]
    usual = c["usual"]
    if c["pattern"] == "never":
        pool = c["pool"]
        baskets, seen = [], set()
        while len(baskets) < n:
            k = rng.randint(6, 9)
            pick = sorted(rng.sample(range(len(pool)), k))
            lines = []
            for i in pick:
                s, q, v = pool[i]
                lines.append((s, max(1, q + rng.randint(-2, 3)), v))
            key = tuple(lines)
            if key in seen:
                continue
            seen.add(key)
            baskets.append(lines)
    else:
        baskets = [list(usual) for _ in range(n)]
        if c["pattern"] == "steady":
            a, b = rng.sample(range(n - 1), 2)
            baskets[a] = _vary_qty(usual, rng)
            baskets[b] = list(usual) + [c["extra"]] if rng.random() < 0.5 else _drop(usual, rng)
        else:  # regular
            a = rng.randrange(n - 1)
            baskets[a] = _vary_qty(usual, rng) if rng.random() < 0.5 else _drop(usual, rng)
            mod = c["last_mod"]
            last = list(usual)
            if mod[0] == "qty":
                last = [(s, mod[2] if s == mod[1] else q, v) for s, q, v in last]
            elif mod[0] == "drop":
                last = [l for l in last if l[0] != mod[1]]
            elif mod[0] == "extra":
                last = last + [c["extra"]]
            baskets[-1] = last
    return [{"date": d.isoformat(), "lines": _basket(b)} for d, b in zip(dates, baskets)]


def build_histories():
    rng = random.Random(28028)
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
                "orders": generate_history(c, rng),
            }
        )
    return out
