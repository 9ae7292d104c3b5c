# ruff: noqa  (hand-written data generator of blind set 35, kept as its writer left it)
"""Customers of the 35th blind set, their hand-written usual baskets, and the seeded history generator.

Basket lines are (sku, qty) or (sku, variant, qty). Patterns:
  steady  - usual every week; two earlier weeks vary (one quantity, one dropped or extra line); last = usual
  regular - usual every week; one earlier week varies by a quantity; the last order differs by LAST
  never  - never repeats a basket (drawn from POOL)
  new    - first-time customer, no orders
"""

import datetime
import random

HIST_SEED = 3535
LAST_WEEK_MONDAY = datetime.date(2028, 5, 1)  # histories end in the week before the messages

# key, name, kind, channel, address, language, pattern, weeks, weekday, usual, extras, last-mod
CUSTOMERS = [
    dict(
        key="brightside-law",
        name="Brightside & Crane LLP",
        kind="law firm office",
        channel="EMAIL",
        address="facilities@brightside-crane.example",
        language="en",
        pattern="steady",
        weeks=8,
        weekday=0,
        usual=[
            ("NESP-PRO-FORTE", 4),
            ("NESP-PRO-LUNGO", 2),
            ("MILK-SEMI", "2 Pint", 12),
            ("OATLY-BARISTA", 1),
            ("SUGAR-STICKS", "White", 1),
            ("TWN-EARLGREY", 2),
            ("BISCOFF-300", 1),
            ("SANPEL-WATER", 2),
        ],
        extras=[("TWN-PEPPERMINT", 1)],
    ),
    dict(
        key="quayside-works",
        name="Quayside Works Coworking",
        kind="co-working space",
        channel="WHATSAPP",
        address="+447700900352",
        language="en",
        pattern="regular",
        weeks=7,
        weekday=1,
        usual=[
            ("HF-ESP-DARK", "1kg Bag", 6),
            ("HF-DECAF-1KG", 1),
            ("MILK-SEMI", "4 Pint", 10),
            ("OATLY-BARISTA", 3),
            ("CUP-HOT-DW", "12oz", 1),
            ("LID-HOT", "12/16oz", 1),
            ("STIRRER-WOOD", "140mm", 1),
            ("SUGAR-STICKS", "Brown", 1),
            ("CB-B2C-TABS", "3.5g", 1),
        ],
        last=("set", "OATLY-BARISTA", None, 4),
    ),
    dict(
        key="northgate-vending",
        name="Northgate Vending Services",
        kind="vending operator",
        channel="SMS",
        address="+447700900353",
        language="en",
        pattern="regular",
        weeks=8,
        weekday=0,
        usual=[
            ("VEND-TOPPING", 4),
            ("VEND-CHOC", 3),
            ("VEND-FD-COFFEE", 2),
            ("CUP-VEND-PLASTIC", 2),
            ("COKE", "24 x 330ml Can", 6),
            ("WALK-READY", 4),
            ("WALK-CHEESE", 4),
            ("MARS", 2),
            ("SNICKERS", 2),
        ],
        last=("drop", "SNICKERS", None, None),
    ),
    dict(
        key="pennant-markets",
        name="Pennant Micro Markets Ltd",
        kind="micro-market operator",
        channel="EMAIL",
        address="orders@pennantmarkets.example",
        language="en",
        pattern="regular",
        weeks=6,
        weekday=2,
        usual=[
            ("COKE-ZERO", "24 x 330ml Can", 4),
            ("DIET-COKE", "24 x 500ml Bottle", 3),
            ("SANPEL-LIMONATA", 2),
            ("HS-STILL", "24 x 500ml", 4),
            ("KETTLE-SEASALT", 3),
            ("PROPER-SWEETSALT", 3),
            ("NV-OATSHONEY", 2),
            ("NAKD-COCOAORANGE", 2),
            ("KITKAT-4F", 2),
            ("REDBULL-250", 2),
            ("INNOCENT-OJ", 2),
            ("ICED-LATTE", 2),
            ("HF-ESP-DARK", "227g Retail Bag", 4),
        ],
        last=("add", "DRPEPPER-CAN", None, 1),
    ),
    dict(
        key="ashdown-motors",
        name="Ashdown Motors",
        kind="car dealership showroom",
        channel="WHATSAPP",
        address="+447700900355",
        language="en",
        pattern="steady",
        weeks=6,
        weekday=3,
        usual=[
            ("TAS-COSTA-LATTE", 2),
            ("TAS-CADBURY", 1),
            ("TAS-KENCO-AMERICANO", 1),
            ("MILK-POTS-SEMI", 2),
            ("BISCOFF-300", 1),
            ("HS-STILL", "24 x 330ml", 2),
        ],
        extras=[("MCV-DIGESTIVE", 1)],
    ),
    dict(
        key="kestrel-dental",
        name="Kestrel Dental Practice",
        kind="dental practice",
        channel="SMS",
        address="+447700900356",
        language="en",
        pattern="steady",
        weeks=5,
        weekday=1,
        usual=[
            ("NESC-GOLD", "750g Tin", 2),
            ("YT-BAGS", "Box of 1040", 1),
            ("MILK-SEMI", "2 Pint", 8),
            ("SUGAR-CUBES-3KG", 1),
            ("MCV-DIGESTIVE", 1),
            ("COOLER-BOTTLE", 4),
            ("CUP-COOLER-CONE", 1),
        ],
        extras=[],
    ),
    dict(
        key="forge-fitness",
        name="Forge Fitness",
        kind="gym",
        channel="WHATSAPP",
        address="+447700900357",
        language="en",
        pattern="regular",
        weeks=7,
        weekday=4,
        usual=[
            ("MONSTER-500", 4),
            ("MONSTER-ULTRA", 3),
            ("REDBULL-SF-250", 2),
            ("HS-STILL", "24 x 500ml", 6),
            ("NAKD-BERRY", 2),
            ("PROPER-SEASALT", 2),
        ],
        last=("set", "MONSTER-ULTRA", None, 4),
    ),
    dict(
        key="meridian-eng",
        name="Meridian University, School of Engineering",
        kind="university staff room",
        channel="EMAIL",
        address="eng-admin@meridian-uni.example",
        language="en",
        pattern="regular",
        weeks=8,
        weekday=0,
        usual=[
            ("LAV-SUPERCREMA-1KG", 4),
            ("MILK-SEMI", "4 Pint", 12),
            ("PGTIPS-1150", 1),
            ("TWN-GREEN", 1),
            ("TWN-PEPPERMINT", 1),
            ("CUP-KRAFT-SW", "8oz", 1),
            ("CB-B2C-TABS", "3.5g", 1),
            ("CB-MILK-CLEAN", 1),
        ],
        last=("drop", "CB-MILK-CLEAN", None, None),
    ),
    dict(
        key="harbour-logistics",
        name="Harbour Logistics (Dock Road warehouse)",
        kind="warehouse canteen",
        channel="WHATSAPP",
        address="+447700900359",
        language="pl",
        pattern="regular",
        weeks=7,
        weekday=2,
        usual=[
            ("VEND-FD-COFFEE", 3),
            ("VEND-WHITENER", 3),
            ("VEND-CHOC", 2),
            ("CUP-VEND-PAPER", 1),
            ("SUGAR-STICKS", "White", 2),
            ("COKE", "24 x 330ml Can", 3),
            ("FANTA-ORANGE-CAN", 2),
            ("WALK-SALTVIN", 3),
            ("SNICKERS", 2),
            ("MARS", 2),
        ],
        last=("set", "COKE", "24 x 330ml Can", 4),
    ),
    dict(
        key="zielony-automat",
        name="Zielony Automat Vending",
        kind="vending operator",
        channel="SMS",
        address="+447700900360",
        language="pl",
        pattern="regular",
        weeks=6,
        weekday=3,
        usual=[
            ("CUP-VEND-PLASTIC", 3),
            ("VEND-TOPPING", 3),
            ("VEND-CHOC", 3),
            ("VEND-SOUP-TOMATO", 2),
            ("REDBULL-250", 3),
            ("MONSTER-500", 2),
            ("KITKAT-4F", 3),
            ("TWIX", 2),
            ("WALK-CHEESE", 3),
        ],
        last=("add", "VEND-SOUP-CHICKEN", None, 1),
    ),
    dict(
        key="academia-sol",
        name="Academia Sol (language school)",
        kind="language school office",
        channel="WHATSAPP",
        address="+447700900361",
        language="es",
        pattern="steady",
        weeks=6,
        weekday=1,
        usual=[
            ("LOR-FORZA", 3),
            ("LOR-LUNGO", 2),
            ("LOR-DECAF", 1),
            ("ALPRO-SOYA-BARISTA", 1),
            ("SUGAR-STICKS", "Brown", 1),
            ("SWEETENER-STICKS", 1),
            ("CUP-HOT-DW", "8oz", 1),
            ("MILK-SEMI", "2 Pint", 6),
        ],
        extras=[("STIRRER-WOOD", "140mm", 1)],
    ),
    dict(
        key="banque-verrier",
        name="Banque Verrier, London branch",
        kind="bank office",
        channel="EMAIL",
        address="services.londres@banqueverrier.example",
        language="fr",
        pattern="regular",
        weeks=7,
        weekday=0,
        usual=[
            ("ILLY-CLASSICO-3KG", 2),
            ("LAV-CREMAAROMA-1KG", 2),
            ("MILK-WHOLE", "4 Pint", 6),
            ("TWN-EARLGREY", 1),
            ("CB-ESP-TABS", 1),
            ("SANPEL-WATER", 3),
            ("SPRITE-ZERO-CAN", 1),
            ("NAPKIN-2PLY", "White", 1),
        ],
        last=("set", "ILLY-CLASSICO-3KG", None, 3),
    ),
    dict(
        key="studio-tessile",
        name="Studio Tessile Rossi (showroom)",
        kind="fashion showroom office",
        channel="WHATSAPP",
        address="+447700900363",
        language="it",
        pattern="steady",
        weeks=5,
        weekday=2,
        usual=[
            ("LAV-ROSSA-GROUND", 1),
            ("LAV-SUPERCREMA-1KG", 2),
            ("SANPEL-ARANCIATA", 2),
            ("SANPEL-LIMONATA", 1),
            ("MILK-SEMI", "1 Pint", 10),
            ("SUGAR-STICKS", "White", 1),
            ("BISCOFF-300", 1),
        ],
        extras=[],
    ),
    dict(
        key="clearview-it",
        name="Clearview IT Solutions",
        kind="IT company office",
        channel="SMS",
        address="+447700900364",
        language="en",
        pattern="regular",
        weeks=6,
        weekday=3,
        usual=[
            ("HF-CAPS-INTENSO", 3),
            ("LOR-RISTRETTO", 2),
            ("NESC-GOLD-STICKS", 1),
            ("CMATE-STICKS", 1),
            ("COKE-ZERO", "24 x 330ml Can", 3),
            ("DIET-COKE", "24 x 330ml Can", 2),
            ("WALK-READY", 1),
            ("HS-SPARKLING-500", 2),
            ("FINISH-100", 1),
        ],
        last=("drop", "WALK-READY", None, None),
    ),
    dict(
        key="sterling-pike",
        name="Sterling & Pike Chartered Accountants",
        kind="accountancy office",
        channel="EMAIL",
        address="office@sterlingpike.example",
        language="en",
        pattern="regular",
        weeks=8,
        weekday=1,
        usual=[
            ("HF-MED-1KG", 3),
            ("HF-COLOMBIA-1KG", 1),
            ("MILK-SEMI", "2 Pint", 10),
            ("MILK-WHOLE", "2 Pint", 4),
            ("TWN-ENGBREAKFAST", 2),
            ("CLIPPER-DECAF", 1),
            ("SWEETENER-DISP", 2),
            ("FAIRY-5L", 1),
        ],
        last=("set", "HF-MED-1KG", None, 4),
    ),
    dict(
        key="greenfield-primary",
        name="Greenfield Primary School",
        kind="school staffroom",
        channel="WHATSAPP",
        address="+447700900366",
        language="en",
        pattern="steady",
        weeks=6,
        weekday=0,
        usual=[
            ("KENCO-SMOOTH-750", 2),
            ("YT-BAGS", "Box of 1040", 1),
            ("MILK-SEMI", "4 Pint", 6),
            ("SUGAR-GRAN-1KG", 4),
            ("CAD-HOTCHOC-2KG", 1),
            ("MCV-DIGESTIVE", 2),
        ],
        extras=[],
    ),
    dict(
        key="riverside-hospital",
        name="Riverside Community Hospital (hotel services)",
        kind="hospital staff rooms",
        channel="EMAIL",
        address="hotelservices@riverside-chc.example",
        language="en",
        pattern="regular",
        weeks=7,
        weekday=2,
        usual=[
            ("CUP-VEND-PAPER", 2),
            ("CUP-COOLER-7OZ", 1),
            ("COOLER-BOTTLE", 8),
            ("CAD-HOTCHOC-SACHETS", 2),
            ("OPTIONS-SACHETS", 2),
            ("NESC-ORIGINAL-750", 3),
            ("NESC-GOLD-DECAF", 1),
            ("MILK-POTS-WHOLE", 3),
        ],
        last=("set", "COOLER-BOTTLE", None, 10),
    ),
    dict(
        key="hopwood-centre",
        name="Hopwood Conference Centre",
        kind="conference venue",
        channel="EMAIL",
        address="events@hopwoodcentre.example",
        language="en",
        pattern="never",
        weeks=6,
        weekday=3,
        usual=[],
    ),
    dict(
        key="tallis-architects",
        name="Tallis Architects",
        kind="architects' studio",
        channel="WHATSAPP",
        address="+447700900369",
        language="en",
        pattern="regular",
        weeks=6,
        weekday=4,
        usual=[
            ("HF-BLONDE-1KG", 2),
            ("ALPRO-OAT-BARISTA", 2),
            ("OATLY-BARISTA", 1),
            ("CUP-HOT-DW", "8oz", 1),
            ("SANPEL-WATER", 1),
            ("KETTLE-BALSAMIC", 1),
            ("NAKD-BERRY", 1),
            ("CB-B2C-TABS", "1.6g", 1),
        ],
        last=("set", "KETTLE-BALSAMIC", None, 2),
    ),
    dict(
        key="lumen-market",
        name="Lumen Micro Market (Carrow Tower)",
        kind="micro market",
        channel="SMS",
        address="+447700900370",
        language="en",
        pattern="regular",
        weeks=6,
        weekday=1,
        usual=[
            ("COKE", "24 x 330ml Can", 4),
            ("COKE", "24 x 500ml Bottle", 2),
            ("DIET-COKE", "24 x 330ml Can", 2),
            ("DRPEPPER-CAN", 2),
            ("WALK-CHEESE", 2),
            ("WALK-SALTVIN", 2),
            ("KETTLE-SEASALT", 2),
            ("DAIRYMILK", 1),
            ("MARS", 1),
            ("TWIX", 1),
            ("BELVITA-HONEY", 2),
            ("INNOCENT-APPLE", 2),
            ("HF-ESP-DARK", "227g Retail Bag", 3),
        ],
        last=("drop", "TWIX", None, None),
    ),
    dict(
        key="portico-insurance",
        name="Portico Insurance (Canary Wharf office)",
        kind="insurance office",
        channel="EMAIL",
        address="siobhan.kearney@portico-ins.example",
        language="en",
        pattern="steady",
        weeks=5,
        weekday=2,
        usual=[
            ("NESP-PRO-FORTE", 3),
            ("NESP-PRO-DECAF", 1),
            ("MILK-WHOLE", "2 Pint", 10),
            ("PGTIPS-1150", 1),
            ("CAD-HOTCHOC-SACHETS", 1),
            ("SWEETENER-STICKS", 1),
        ],
        extras=[("BISCOFF-300", 1)],
    ),
    dict(
        key="halden-recruitment",
        name="Halden Recruitment",
        kind="recruitment office",
        channel="WHATSAPP",
        address="+447700900372",
        language="en",
        pattern="steady",
        weeks=6,
        weekday=4,
        usual=[
            ("LOR-FORZA", 2),
            ("LOR-RISTRETTO", 2),
            ("MILK-SEMI", "2 Pint", 6),
            ("ALPRO-OAT-BARISTA", 1),
            ("SUGAR-STICKS", "White", 1),
            ("STIRRER-WOOD", "140mm", 1),
            ("DAIRYMILK", 1),
        ],
        extras=[("KITKAT-4F", 1)],
    ),
    dict(
        key="lakeside-contact",
        name="Lakeside Contact Centre",
        kind="call centre",
        channel="EMAIL",
        address="facilities@lakeside-cc.example",
        language="en",
        pattern="regular",
        weeks=7,
        weekday=2,
        usual=[
            ("VEND-FD-COFFEE", 4),
            ("VEND-TOPPING", 4),
            ("VEND-CHOC", 2),
            ("CUP-VEND-PAPER", 2),
            ("YT-BAGS", "Box of 1040", 2),
            ("MILK-SEMI", "4 Pint", 16),
            ("SUGAR-STICKS", "White", 2),
            ("HS-STILL", "24 x 330ml", 4),
            ("CB-DESCALE-1L", 1),
        ],
        last=("set", "VEND-CHOC", None, 3),
    ),
    dict(
        key="grabbit-markets",
        name="Grabbit Micro Markets",
        kind="micro-market operator",
        channel="EMAIL",
        address="buying@grabbit.example",
        language="en",
        pattern="steady",
        weeks=6,
        weekday=1,
        usual=[
            ("COKE", "24 x 500ml Bottle", 3),
            ("COKE-ZERO", "24 x 500ml Bottle", 3),
            ("FANTA-ORANGE-CAN", 1),
            ("SPRITE-ZERO-CAN", 1),
            ("HS-STILL", "24 x 500ml", 3),
            ("INNOCENT-OJ", 1),
            ("INNOCENT-APPLE", 1),
            ("WALK-READY", 2),
            ("KETTLE-BALSAMIC", 2),
            ("PROPER-SWEETSALT", 2),
            ("NV-MAPLE", 2),
            ("SNICKERS", 1),
            ("MARS", 1),
            ("ICED-LATTE", 1),
        ],
        extras=[("DRPEPPER-CAN", 1)],
    ),
    dict(
        key="birchwood-depot",
        name="Birchwood Council Depot",
        kind="council depot mess room",
        channel="SMS",
        address="+447700900375",
        language="en",
        pattern="regular",
        weeks=6,
        weekday=0,
        usual=[
            ("CUP-VEND-PLASTIC", 1),
            ("VEND-WHITENER", 2),
            ("VEND-FD-COFFEE", 2),
            ("VEND-SOUP-CHICKEN", 2),
            ("VEND-SOUP-TOMATO", 1),
            ("PGTIPS-1150", 1),
            ("SUGAR-CUBES-3KG", 1),
            ("MILK-POTS-SEMI", 2),
        ],
        last=("add", "CB-DESCALE-TABS", None, 1),
    ),
    dict(
        key="brookline-vets",
        name="Brookline Veterinary Surgery",
        kind="veterinary practice",
        channel="SMS",
        address="+447700900376",
        language="en",
        pattern="steady",
        weeks=5,
        weekday=3,
        usual=[
            ("NESC-GOLD", "500g Tin", 2),
            ("TWN-ENGBREAKFAST", 1),
            ("MILK-SEMI", "2 Pint", 4),
            ("FAIRY-5L", 1),
            ("MCV-DIGESTIVE", 1),
            ("SWEETENER-DISP", 1),
        ],
        extras=[],
    ),
    dict(
        key="nova-cowork",
        name="Nova Cowork (opening 15 May)",
        kind="new co-working space",
        channel="WHATSAPP",
        address="+447700900377",
        language="en",
        pattern="new",
        weeks=0,
        weekday=0,
        usual=[],
    ),
    dict(
        key="pixel-forge",
        name="Pixel Forge Games",
        kind="new games studio",
        channel="EMAIL",
        address="ops@pixelforge.example",
        language="en",
        pattern="new",
        weeks=0,
        weekday=0,
        usual=[],
    ),
]

# lines the conference centre draws from (it never repeats a basket)
POOL = [
    ("LAV-SUPERCREMA-1KG", 2, 5),
    ("HF-DECAF-1KG", 1, 2),
    ("MILK-SEMI", "4 Pint", 6, 14),
    ("CUP-HOT-DW", "12oz", 2, 6),
    ("LID-HOT", "12/16oz", 1, 3),
    ("HS-STILL", "24 x 500ml", 4, 10),
    ("SANPEL-WATER", 2, 5),
    ("TWN-ENGBREAKFAST", 2, 4),
    ("BISCOFF-300", 1, 3),
    ("OPTIONS-SACHETS", 1, 3),
    ("CMATE-STICKS", 1, 2),
    ("KITKAT-4F", 1, 3),
    ("NAPKIN-2PLY", "White", 2, 6),
    ("STIRRER-WOOD", "178mm", 1, 2),
]


def norm(line):
    """(sku, qty) or (sku, variant, qty) -> dict in label shape (variant filled later by the builder)."""
    if len(line) == 2:
        return {"sku": line[0], "quantity": line[1]}
    return {"sku": line[0], "variant": line[1], "quantity": line[2]}


def _key(basket):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in basket))


def _qty_change(rng, basket):
    b = [dict(l) for l in basket]
    i = rng.randrange(len(b))
    q = b[i]["quantity"]
    b[i]["quantity"] = q + 1 if (q == 1 or rng.random() < 0.5) else q - 1
    return b


def _drop(rng, basket):
    b = [dict(l) for l in basket]
    del b[rng.randrange(1, len(b))]
    return b


def generate(customer):
    """Seeded history for one customer: list of {"date", "lines"}, oldest first."""
    c = customer
    if c["pattern"] == "new":
        return []
    rng = random.Random(f"{HIST_SEED}:{c['key']}")
    n = c["weeks"]
    last_date = LAST_WEEK_MONDAY + datetime.timedelta(days=c["weekday"])
    dates = [last_date - datetime.timedelta(days=7 * (n - 1 - i)) for i in range(n)]
    if c["pattern"] == "never":
        seen = set()
        orders = []
        for d in dates:
            while True:
                k = rng.randint(5, 8)
                picks = rng.sample(POOL, k)
                picks.sort(key=lambda p: POOL.index(p))
                basket = []
                for p in picks:
                    if len(p) == 4:
                        basket.append({"sku": p[0], "variant": p[1], "quantity": rng.randint(p[2], p[3])})
                    else:
                        basket.append({"sku": p[0], "quantity": rng.randint(p[1], p[2])})
                if _key(basket) not in seen:
                    seen.add(_key(basket))
                    break
            orders.append({"date": d.isoformat(), "lines": basket})
        return orders
    usual = [norm(l) for l in c["usual"]]
    baskets = [[dict(l) for l in usual] for _ in range(n)]
    if c["pattern"] == "steady":
        i1, i2 = rng.sample(range(n - 1), 2)
        baskets[i1] = _qty_change(rng, usual)
        if c.get("extras"):
            e = norm(rng.choice(c["extras"]))
            baskets[i2] = [dict(l) for l in usual] + [e]
        else:
            baskets[i2] = _drop(rng, usual)
    else:  # regular
        i1 = rng.randrange(n - 1)
        baskets[i1] = _qty_change(rng, usual)
        op, sku, var, q = c["last"]
        last = [dict(l) for l in usual]
        if op == "set":
            for l in last:
                if l["sku"] == sku and (var is None or l.get("variant") == var):
                    l["quantity"] = q
        elif op == "drop":
            last = [l for l in last if l["sku"] != sku]
        elif op == "add":
            last.append(norm((sku, q)) if var is None else norm((sku, var, q)))
        baskets[n - 1] = last
    return [{"date": d.isoformat(), "lines": b} for d, b in zip(dates, baskets)]


def usual_basket(orders):
    """The unique most frequent exact basket, or None."""
    from collections import Counter

    cnt = Counter(_key(o["lines"]) for o in orders)
    if not cnt:
        return None
    top = cnt.most_common()
    if len(top) > 1 and top[0][1] == top[1][1]:
        return None
    if top[0][1] < 2:
        return None
    for o in orders:
        if _key(o["lines"]) == top[0][0]:
            return [dict(l) for l in o["lines"]]
    return None
