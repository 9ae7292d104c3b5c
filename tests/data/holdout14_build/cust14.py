# ruff: noqa  (hand-written data generator of blind set 14, kept as its writer left it)
"""Customers of holdout14, their hand-written usual baskets and the seeded history generator.

kind of pattern:
  steady    - orders the usual every week; two earlier weeks vary (one quantity or one dropped line);
              the last order is the usual.
  regular   - orders the usual; one earlier week varies; the last order differs from the usual by the
              hand-written `last` change, so "same as last week" and "the usual" differ.
  irregular - never repeats a basket (drawn from `pool`); "the usual" cannot be resolved.
  new       - first-time customer, no orders.
"""

import datetime
import random

# basket lines: (sku, quantity) or (sku, quantity, variant)
CUSTOMERS = [
    dict(
        key="golden-haddock",
        name="The Golden Haddock",
        kind="fish and chip shop, Whitby",
        channel="WHATSAPP",
        address="+447700900541",
        language="en",
        pattern="steady",
        weeks=7,
        weekday=4,
        usual=[
            ("FSH-HAD-FAS", 3, "6-8oz"),
            ("FSH-COD-FAS", 1, "8-10oz"),
            ("SUP-DRIPPING", 4),
            ("SUP-BATTER", 2),
            ("SUP-MARROWFAT", 1),
            ("SAU-JUMBO", 1),
            ("SUP-CURRY", 1),
            ("CFS-FISHCAKE", 1),
            ("PKG-FISHBOX", 2, "Large"),
            ("SUP-NBC", 1),
        ],
    ),
    dict(
        key="captains-catch",
        name="Captain's Catch Fish Bar",
        kind="fish and chip shop, Grimsby",
        channel="SMS",
        address="+447700900542",
        language="en",
        pattern="regular",
        weeks=6,
        weekday=3,
        usual=[
            ("FSH-HAD-FAS", 2, "8-10oz"),
            ("FSH-COD-FAS", 2, "6-8oz"),
            ("SUP-PALM", 5),
            ("SUP-BATTER", 2),
            ("SUP-MUSHYPEAS", 1),
            ("SAU-SAVELOY", 1),
            ("CHP-STR-38", 4, "4 x 2.5kg"),
            ("CHK-NUGGETS", 1),
            ("PKG-FISHBOX", 2, "Medium"),
            ("PKG-FISHBOX", 1, "Small"),
        ],
        last=("qty", "FSH-HAD-FAS", "8-10oz", 3),
    ),
    dict(
        key="sea-spray",
        name="Sea Spray Chippy",
        kind="fish and chip shop, Blackpool",
        channel="WHATSAPP",
        address="+447700900543",
        language="en",
        pattern="regular",
        weeks=8,
        weekday=2,
        usual=[
            ("FSH-HAD-FAS", 2, "10-12oz"),
            ("FSH-PLAICE", 6),
            ("SUP-RAPESEED", 3),
            ("SUP-BATTER", 1),
            ("CFS-SCAMPI", 3),
            ("SAU-JUMBO", 2),
            ("SUP-MARROWFAT", 1),
            ("SUP-CURRY", 1),
            ("CHP-CHUNKY-18", 5),
            ("PKG-FISHBOX", 2, "Small"),
            ("PKG-GLOVES", 1, "Large"),
        ],
        last=("add", "CFS-FISHCAKE", None, 1),
    ),
    dict(
        key="anatolia-kebab",
        name="Anatolia Kebab & Pizza",
        kind="kebab and pizza takeaway, Bradford",
        channel="WHATSAPP",
        address="+447700900544",
        language="tr",
        pattern="regular",
        weeks=6,
        weekday=0,
        usual=[
            ("KEB-DONER", 2, "20kg"),
            ("KEB-CHKDONER", 1, "15kg"),
            ("BRD-PITTA", 2),
            ("CHP-STR-38", 6, "4 x 2.5kg"),
            ("CHS-MOZZ-GRATED", 3),
            ("PZB-STONE", 2, "12 inch"),
            ("PKG-PIZZABOX", 2, "12 inch"),
            ("BRG-HALAL", 1),
            ("CHK-COATEDWINGS", 2),
            ("SNK-ONION-BAT", 2),
        ],
        last=("drop", "SNK-ONION-BAT", None, None),
    ),
    dict(
        key="bosphorus-grill",
        name="Bosphorus Grill",
        kind="Turkish grill and kebab house, London",
        channel="WHATSAPP",
        address="+447700900545",
        language="tr",
        pattern="steady",
        weeks=6,
        weekday=1,
        usual=[
            ("KEB-DONER", 2, "15kg"),
            ("KEB-CHKDONER", 1, "10kg"),
            ("BRD-WRAPS", 4, "12 inch"),
            ("BRD-PITTA", 1),
            ("CHP-SKINNY-7", 4),
            ("CHK-THIGH", 10),
            ("SNK-HALLOUMI", 2),
            ("PKG-NAPKINS", 1, "Black"),
            ("PKG-GLOVES", 1, "Medium"),
        ],
    ),
    dict(
        key="efes-kebab",
        name="Efes Kebab House",
        kind="kebab shop, Sheffield",
        channel="SMS",
        address="+447700900546",
        language="en",
        pattern="regular",
        weeks=7,
        weekday=3,
        usual=[
            ("KEB-DONER", 1, "25kg"),
            ("BRD-PITTA", 2),
            ("CHP-STR-38", 5, "2 x 5kg"),
            ("SNK-ONION-BAT", 2),
            ("BRG-HALAL", 1),
            ("CHK-NUGGETS", 1),
            ("SAU-HALAL", 1),
            ("CHS-SLICES", 1),
        ],
        last=("qty", "CHP-STR-38", "2 x 5kg", 6),
    ),
    dict(
        key="da-gennaro",
        name="Pizzeria Da Gennaro",
        kind="Neapolitan pizzeria, Glasgow",
        channel="WHATSAPP",
        address="+447700900547",
        language="it",
        pattern="steady",
        weeks=6,
        weekday=1,
        usual=[
            ("PZB-DOUGH-280", 4),
            ("CHS-MOZZ-BLOCK", 6),
            ("CHS-MOZZ-GRATED", 2),
            ("VEG-PEPPERS", 1, "Mixed"),
            ("VEG-SPINACH", 1),
            ("VEG-MUSHROOM", 2),
            ("PZB-PEPPERONI", 2),
            ("PKG-PIZZABOX", 2, "12 inch"),
            ("PKG-PIZZABOX", 1, "10 inch"),
            ("DES-CHZ-NY", 1),
            ("ICE-VAN", 1, "4L"),
        ],
    ),
    dict(
        key="bella-napoli",
        name="Bella Napoli Takeaway",
        kind="pizza takeaway, Cardiff",
        channel="EMAIL",
        address="ordini@bellanapoli-cardiff.example",
        language="it",
        pattern="regular",
        weeks=6,
        weekday=0,
        usual=[
            ("PZB-STONE", 3, "10 inch"),
            ("CHS-PIZZATOP", 6),
            ("CHK-TIKKA", 2),
            ("VEG-PEPPERS", 1, "Red"),
            ("VEG-SWEETCORN", 1),
            ("BRD-GARLICPIZZA", 2),
            ("PKG-PIZZABOX", 3, "10 inch"),
            ("PZB-PEPPERONI", 3),
            ("ICE-CHOC", 1),
        ],
        last=("add", "DES-FUDGECAKE", None, 1),
    ),
    dict(
        key="luigis",
        name="Luigi's Pizza Bar",
        kind="pizza bar, Nottingham",
        channel="WHATSAPP",
        address="+447700900548",
        language="en",
        pattern="steady",
        weeks=5,
        weekday=2,
        usual=[
            ("PZB-DOUGH-170", 3),
            ("CHS-PIZZATOP", 4),
            ("VEG-PEPPERS", 1, "Green"),
            ("SNK-MOZZSTICK", 2),
            ("BRD-GARLICBAG", 2),
            ("PKG-PIZZABOX", 2, "9 inch"),
            ("DES-FUDGECAKE", 1),
            ("CHP-CRINKLE", 2),
            ("KEB-SLICES", 3),
            ("PZB-PEPPERONI", 2),
        ],
    ),
    dict(
        key="lahori-grill",
        name="Lahori Grill & Pizza",
        kind="Pakistani grill and pizza takeaway, Birmingham",
        channel="WHATSAPP",
        address="+447700900549",
        language="ur",
        pattern="regular",
        weeks=7,
        weekday=0,
        usual=[
            ("CHK-BREAST", 10),
            ("CHK-TIKKA", 3),
            ("KEB-SEEKH", 2),
            ("IND-SAMOSA-VEG", 1),
            ("IND-SAMOSA-LAMB", 1),
            ("BRD-NAAN", 2),
            ("PZB-STONE", 2, "10 inch"),
            ("CHS-MOZZ-GRATED", 3),
            ("CHP-STR-38", 4, "4 x 2.5kg"),
            ("ICE-KULFI-MANGO", 1),
        ],
        last=("qty", "CHK-BREAST", None, 15),
    ),
    dict(
        key="karahi-corner",
        name="Karahi Corner",
        kind="Pakistani takeaway, Bradford",
        channel="SMS",
        address="+447700900550",
        language="ur",
        pattern="steady",
        weeks=6,
        weekday=4,
        usual=[
            ("CHK-THIGH", 15),
            ("IND-SAMOSA-CHK", 2),
            ("IND-BHAJI", 2),
            ("IND-PAKORA", 2),
            ("BRD-GARLICNAAN", 2),
            ("CHP-SKINNY-7", 3),
            ("ICE-KULFI-PIST", 1),
            ("ICE-KULFI-MANGO", 1),
            ("PKG-NAPKINS", 1, "White"),
        ],
    ),
    dict(
        key="shahi-tandoori",
        name="Shahi Tandoori",
        kind="Indian restaurant, Leicester",
        channel="WHATSAPP",
        address="+447700900551",
        language="hi",
        pattern="regular",
        weeks=6,
        weekday=1,
        usual=[
            ("CHK-BREAST", 8),
            ("KEB-SEEKH", 1),
            ("IND-SAMOSA-VEG", 2),
            ("IND-BHAJI", 2),
            ("BRD-NAAN", 3),
            ("BRD-GARLICNAAN", 1),
            ("ICE-KULFI-PIST", 2),
            ("VEG-GARDENPEAS", 2),
            ("VEG-SPINACH", 2),
            ("VEG-MIXED", 1),
        ],
        last=("drop", "VEG-MIXED", None, None),
    ),
    dict(
        key="fox-hounds",
        name="The Fox & Hounds",
        kind="pub, Harrogate",
        channel="EMAIL",
        address="kitchen@foxandhounds-harrogate.example",
        language="en",
        pattern="steady",
        weeks=8,
        weekday=3,
        usual=[
            ("CHP-SKINON-9", 4),
            ("CFS-BATCOD", 2),
            ("FSH-SALMON", 1),
            ("BRG-BEEF", 2, "6oz (box of 32)"),
            ("BRD-BRIOCHE", 2),
            ("PST-STEAKPIE", 2),
            ("VEG-PETITPOIS", 2),
            ("SNK-ONION-BAT", 2),
            ("DES-STP", 2),
            ("ICE-VAN", 2, "4L"),
            ("CHS-SLICES", 1),
        ],
    ),
    dict(
        key="red-kite",
        name="The Red Kite Inn",
        kind="village pub, Oxfordshire",
        channel="WHATSAPP",
        address="+447700900552",
        language="en",
        pattern="regular",
        weeks=7,
        weekday=2,
        usual=[
            ("CHP-CHUNKY-18", 3),
            ("CHP-SKINNY-7", 2),
            ("CFS-BRDHAD", 2),
            ("CFS-SCAMPI", 2),
            ("BRG-BEEF", 1, "4oz (box of 48)"),
            ("BRD-SEEDED", 1),
            ("PST-CHKPIE", 1),
            ("VEG-GARDENPEAS", 3),
            ("SNK-ONION-BRD", 1),
            ("DES-FUDGECAKE", 1),
            ("DES-APPLEPIE", 1),
            ("ICE-VAN", 2, "2L"),
        ],
        last=("qty", "CFS-SCAMPI", None, 3),
    ),
    dict(
        key="plough-alder",
        name="The Plough at Alder End",
        kind="gastropub, Cheshire",
        channel="EMAIL",
        address="hannah@ploughalderend.example",
        language="en",
        pattern="steady",
        weeks=6,
        weekday=1,
        usual=[
            ("CHP-SWEETPOT", 1),
            ("CHP-SKINON-9", 3),
            ("SNK-HALLOUMI", 2),
            ("FSH-SMKHAD", 3),
            ("FSH-PRAWNS", 2, "90/120"),
            ("POT-ROAST", 2),
            ("VEG-GREENBEANS", 2),
            ("DES-CHZ-BISCUIT", 1),
            ("ICE-CARAMEL", 1),
            ("ICE-VEGANVAN", 1),
            ("CFS-BATCOD", 1),
        ],
    ),
    dict(
        key="oakfield-primary",
        name="Oakfield Primary School",
        kind="primary school kitchen, Wetherby",
        channel="EMAIL",
        address="kitchen@oakfield-primary.example",
        language="en",
        pattern="steady",
        weeks=8,
        weekday=0,
        usual=[
            ("CFS-FISHFINGER", 4),
            ("CHK-NUGGETS", 3),
            ("POT-WAFFLE", 2),
            ("CHP-CRINKLE", 4),
            ("VEG-GARDENPEAS", 4),
            ("VEG-SWEETCORN", 3),
            ("VEG-MIXED", 3),
            ("VEG-BROCCOLI", 2),
            ("SAU-PORK", 2),
            ("BRG-BEAN", 1),
            ("PZB-DEEP", 2),
            ("ICE-VAN", 3, "4L"),
            ("CHS-CHEDDAR", 2),
        ],
    ),
    dict(
        key="st-aidans",
        name="St Aidan's Academy",
        kind="secondary school canteen, Durham",
        channel="EMAIL",
        address="catering@staidans-academy.example",
        language="en",
        pattern="regular",
        weeks=7,
        weekday=2,
        usual=[
            ("CHK-STRIPS", 6),
            ("CHK-FILLETBURGER", 2),
            ("BRG-BEEF", 2, "4oz (box of 48)"),
            ("POT-WEDGE", 4),
            ("CHP-STR-38", 4, "4 x 2.5kg"),
            ("PZB-DEEP", 3),
            ("BRD-WRAPS", 6, "10 inch"),
            ("CHS-CHEDDAR", 3),
            ("VEG-SWEETCORN", 2),
            ("ICE-CHOC", 2),
            ("BRD-SEEDED", 2),
        ],
        last=("add", "DES-CHURROS", None, 2),
    ),
    dict(
        key="harbour-view",
        name="Harbour View Hotel",
        kind="hotel kitchen, Scarborough",
        channel="EMAIL",
        address="chef@harbourview-hotel.example",
        language="en",
        pattern="steady",
        weeks=7,
        weekday=0,
        usual=[
            ("POT-HASHTRI", 3),
            ("SAU-PORK", 3),
            ("PST-CROISSANT", 2),
            ("PST-PAINCHOC", 2),
            ("FSH-SMKHAD", 4),
            ("FSH-SALMON", 2),
            ("VEG-PETITPOIS", 2),
            ("VEG-BROCCOLI", 2),
            ("POT-ROAST", 3),
            ("DES-CHZ-NY", 2),
            ("DES-STP", 2),
            ("ICE-VAN", 2, "4L"),
            ("ICE-STRAW", 1),
            ("ICE-CHOC", 1),
        ],
    ),
    dict(
        key="comptoir-marche",
        name="Le Comptoir du Marché",
        kind="French brasserie, London",
        channel="EMAIL",
        address="julien@comptoirdumarche.example",
        language="fr",
        pattern="regular",
        weeks=6,
        weekday=1,
        usual=[
            ("CHP-SKINNY-7", 3),
            ("FSH-COD-FAS", 1, "10-12oz"),
            ("PST-CROISSANT", 3),
            ("PST-PAINCHOC", 3),
            ("VEG-GREENBEANS", 3),
            ("VEG-SPINACH", 1),
            ("ICE-VAN", 2, "2L"),
            ("DES-APPLEPIE", 1),
            ("FSH-SALMON", 1),
        ],
        last=("qty", "PST-CROISSANT", None, 4),
    ),
    dict(
        key="carolina-chicken",
        name="Carolina Fried Chicken",
        kind="fried chicken shop, London",
        channel="SMS",
        address="+447700900553",
        language="en",
        pattern="steady",
        weeks=6,
        weekday=5,
        usual=[
            ("CHK-SPICYFILLET", 3),
            ("CHK-POPCORN", 2),
            ("CHK-COATEDWINGS", 4),
            ("CHK-FILLETBURGER", 2),
            ("CHP-COATED-10", 6),
            ("BRD-SEEDED", 2),
            ("CHS-SLICES", 1),
            ("SNK-ONION-BAT", 2),
            ("PKG-NAPKINS", 1, "Red"),
        ],
    ),
    dict(
        key="scoops-swirls",
        name="Scoops & Swirls Dessert Lounge",
        kind="dessert parlour, Luton",
        channel="WHATSAPP",
        address="+447700900554",
        language="en",
        pattern="regular",
        weeks=7,
        weekday=3,
        usual=[
            ("ICE-VAN", 4, "4L"),
            ("ICE-STRAW", 2),
            ("ICE-CHOC", 3),
            ("ICE-MINT", 2),
            ("ICE-CARAMEL", 2),
            ("DES-WAFFLES", 2),
            ("DES-CHURROS", 3),
            ("DES-FUDGECAKE", 2),
            ("DES-CHZ-BISCUIT", 2),
            ("ICE-CONES", 1),
            ("PKG-NAPKINS", 1, "Black"),
        ],
        last=("drop", "ICE-MINT", None, None),
    ),
    dict(
        key="big-daves",
        name="Big Dave's Burger Van",
        kind="burger van (markets and events), Doncaster",
        channel="SMS",
        address="+447700900555",
        language="en",
        pattern="irregular",
        weeks=6,
        weekday=4,
        pool=[
            ("BRG-BEEF", "4oz (box of 48)"),
            ("BRG-BEEF", "6oz (box of 32)"),
            ("BRD-SEEDED", None),
            ("BRD-BRIOCHE", None),
            ("CHP-STR-38", "2 x 5kg"),
            ("SNK-ONION-BAT", None),
            ("CHS-SLICES", None),
            ("SAU-JUMBO", None),
            ("VEG-ONION", None),
        ],
    ),
    dict(
        key="silver-tray",
        name="Silver Tray Events",
        kind="events caterer, Leeds",
        channel="EMAIL",
        address="priya@silvertray-events.example",
        language="en",
        pattern="irregular",
        weeks=6,
        weekday=2,
        pool=[
            ("PST-SROLL-MINI", None),
            ("IND-SAMOSA-VEG", None),
            ("SNK-SPRINGROLL", None),
            ("IND-BHAJI", None),
            ("SNK-MOZZSTICK", None),
            ("DES-CHZ-STRAW", None),
            ("FSH-PRAWNS", "200/300"),
            ("CHK-STRIPS", None),
            ("PST-CROISSANT", None),
        ],
    ),
    dict(
        key="meadowbank",
        name="Meadowbank Care Home",
        kind="care home kitchen, York",
        channel="EMAIL",
        address="catering@meadowbank-care.example",
        language="en",
        pattern="steady",
        weeks=6,
        weekday=0,
        usual=[
            ("PST-CHKPIE", 2),
            ("PST-STEAKPIE", 1),
            ("CFS-BRDHAD", 1),
            ("VEG-MIXED", 2),
            ("VEG-PETITPOIS", 1),
            ("POT-ROAST", 1),
            ("DES-STP", 1),
            ("DES-APPLEPIE", 2),
            ("ICE-VAN", 3, "2L"),
            ("FSH-SMKHAD", 2),
        ],
    ),
    dict(
        key="kapadokya",
        name="Kapadokya Kebab",
        kind="new kebab shop opening, Wakefield",
        channel="WHATSAPP",
        address="+447700900556",
        language="tr",
        pattern="new",
    ),
    dict(
        key="sweet-nawab",
        name="Sweet Nawab Desserts",
        kind="new dessert parlour, Slough",
        channel="WHATSAPP",
        address="+447700900557",
        language="en",
        pattern="new",
    ),
]

LAST_WEEK_MONDAY = datetime.date(2027, 3, 1)  # messages arrive 2027-03-08 .. 03-14


def _line(sku, q, v, has_variants):
    d = {"sku": sku}
    if has_variants(sku):
        d["variant"] = v
    d["quantity"] = q
    return d


def _basket(items, has_variants):
    return [_line(s, q, v, has_variants) for s, q, v in items]


def _norm(items):
    return [(t[0], t[1], t[2] if len(t) > 2 else None) for t in items]


def _vary(items, rng):
    items = list(items)
    i = rng.randrange(len(items))
    s, q, v = items[i]
    if rng.random() < 0.6 or len(items) < 4:
        items[i] = (s, q + 1 if (q < 2 or rng.random() < 0.5) else q - 1, v)
    else:
        del items[i]
    return items


def generate(has_variants, seed=14):
    rng = random.Random(seed)
    out = []
    for c in CUSTOMERS:
        rec = {k: c[k] for k in ("key", "name", "kind", "channel", "address", "language")}
        rec = {
            "customer": c["key"],
            "name": c["name"],
            "kind": c["kind"],
            "channel": c["channel"],
            "address": c["address"],
            "language": c["language"],
            "orders": [],
        }
        pat = c["pattern"]
        if pat == "new":
            out.append(rec)
            continue
        n = c["weeks"]
        last_date = LAST_WEEK_MONDAY + datetime.timedelta(days=c["weekday"])
        dates = [last_date - datetime.timedelta(days=7 * (n - 1 - i)) for i in range(n)]
        baskets = []
        if pat in ("steady", "regular"):
            usual = _norm(c["usual"])
            k_vary = 2 if pat == "steady" else 1
            vary_weeks = set(rng.sample(range(n - 1), k_vary))
            for i in range(n):
                if i == n - 1 and pat == "regular":
                    op, sku, var, q = c["last"]
                    items = list(usual)
                    if op == "qty":
                        items = [
                            (s, q if (s == sku and (var is None or v == var)) else qq, v)
                            for s, qq, v in items
                        ]
                    elif op == "add":
                        items.append((sku, q, var))
                    elif op == "drop":
                        items = [t for t in items if t[0] != sku]
                    baskets.append(items)
                elif i in vary_weeks:
                    baskets.append(_vary(usual, rng))
                else:
                    baskets.append(list(usual))
        else:
            seen = set()
            for i in range(n):
                while True:
                    k = rng.randint(4, min(7, len(c["pool"])))
                    pick = rng.sample(c["pool"], k)
                    items = [(s, rng.randint(1, 4), v) for s, v in pick]
                    key = tuple(sorted((s, str(v), q) for s, q, v in items))
                    if key not in seen:
                        seen.add(key)
                        break
                baskets.append(items)
        for d, b in zip(dates, baskets):
            rec["orders"].append({"date": d.isoformat(), "lines": _basket(b, has_variants)})
        out.append(rec)
    return out
