# ruff: noqa  (hand-written data generator of blind set 40, kept as its writer left it)
"""Customers of blind set 40, their hand-written usual baskets and the seeded history generator."""

import datetime
import random

# key, name, kind, channel, address, language, kind-of-history, weeks, weekday(0=Mon), usual, extras
# usual lines: (sku, qty) or (sku, qty, variant)
C = [
    (
        "red-stag",
        "The Red Stag",
        "pub",
        "SMS",
        "+447700900401",
        "en",
        "steady",
        7,
        1,
        [
            ("CARL-KEG", 2),
            ("GUIN-KEG", 1),
            ("STRONGBOW-KEG", 1),
            ("CO2", 2, "10.5kg"),
            ("MIXED-30", 1),
            ("WALKERS-READY", 1),
            ("KP-DRY", 2),
            ("COKE", 1, "24 x 200ml Glass"),
        ],
        [("SCRATCHINGS", 1), ("FT-TONIC", 1)],
    ),
    (
        "kings-arms",
        "The King's Arms",
        "pub",
        "WHATSAPP",
        "+447700900402",
        "en",
        "regular",
        8,
        3,
        [
            ("CARL-KEG", 3),
            ("PERONI-KEG", 1, "50L"),
            ("GUIN-KEG", 2),
            ("THATCH-GOLD-KEG", 1),
            ("PM-COKE", 1),
            ("PM-LEMONADE", 1),
            ("FT-TONIC", 2),
            ("GORDONS", 4, "1L"),
            ("SMIRNOFF", 3, "1L"),
            ("WALKERS-CHEESE", 1),
            ("WALKERS-SALTVIN", 1),
            ("KP-SALTED", 2),
        ],
        [("JAMESON", 2), ("J2O-ORANGE", 1)],
    ),
    (
        "anchor-inn",
        "The Anchor Inn (Taverners Pub Co)",
        "pub",
        "EMAIL",
        "cellar@anchor-inn.example",
        "en",
        "regular",
        6,
        0,
        [
            ("GUIN-KEG", 1),
            ("MADRI-KEG", 2),
            ("CAMDEN-KEG", 1),
            ("HOUSE-RED", 2),
            ("HOUSE-WHITE", 3),
            ("HOUSE-ROSE", 1),
            ("PROSECCO", 1, "24 x 20cl Piccolo"),
            ("BRITVIC-ORANGE", 1),
            ("WATER-STILL", 1, "24 x 330ml Glass"),
            ("GW-DETERGENT", 1),
        ],
        [("GW-RINSE", 1), ("BRITVIC-TOMATO", 1)],
    ),
    (
        "crown-feathers",
        "The Crown & Feathers",
        "gastropub",
        "EMAIL",
        "bar@crownandfeathers.example",
        "en",
        "steady",
        6,
        2,
        [
            ("TANNER-BITTER", 2, "Firkin 9gal"),
            ("TANNER-GOLD", 1, "Firkin 9gal"),
            ("PERONI-KEG", 1, "30L"),
            ("HOUSE-WHITE", 2),
            ("HOUSE-RED", 2),
            ("PROSECCO", 2, "6 x 75cl"),
            ("WATER-SPARK", 2, "12 x 750ml Glass"),
            ("WATER-STILL", 2, "12 x 750ml Glass"),
            ("PIPERS-SEASALT", 1),
            ("FT-LIGHT", 1),
        ],
        [("PIPERS-CHEDDAR", 1), ("APEROL", 2)],
    ),
    (
        "fox-hounds",
        "The Fox & Hounds",
        "village pub",
        "WHATSAPP",
        "+447700900405",
        "en",
        "regular",
        7,
        4,
        [
            ("TANNER-BITTER", 1, "Kilderkin 18gal"),
            ("CARL-KEG", 1),
            ("THATCH-GOLD-KEG", 1),
            ("COKE", 2, "24 x 330ml Can"),
            ("J2O-APPLE-MANGO", 1),
            ("WALKERS-READY", 1),
            ("SCAMPI-FRIES", 1),
            ("KP-SALTED", 1),
        ],
        [("BACON-FRIES", 1), ("BLACKCURRANT", 2)],
    ),
    (
        "tanners-tap",
        "Tanners Tap Micropub",
        "micropub",
        "WHATSAPP",
        "+447700900406",
        "en",
        "steady",
        8,
        2,
        [
            ("TANNER-BITTER", 2, "Firkin 9gal"),
            ("TANNER-GOLD", 2, "Firkin 9gal"),
            ("TANNER-PORTER", 1),
            ("ROSIE-BIB", 2),
            ("PIPERS-CHEDDAR", 1),
            ("SCRATCHINGS", 2),
        ],
        [("LILLEYS-MANGO-BIB", 1), ("KEG-WASHERS", 1)],
    ),
    (
        "velvet-lounge",
        "Velvet Lounge",
        "cocktail bar",
        "WHATSAPP",
        "+447700900407",
        "en",
        "regular",
        7,
        3,
        [
            ("GORDONS", 3, "70cl"),
            ("BOMBAY", 3),
            ("SMIRNOFF", 4, "70cl"),
            ("BACARDI", 3),
            ("APEROL", 4),
            ("PROSECCO", 2, "6 x 75cl"),
            ("FT-TONIC", 3),
            ("FT-GINGER-BEER", 2),
            ("SUGAR-SYRUP", 3),
            ("ANGOSTURA", 1),
            ("PAPER-STRAWS", 2, "Black"),
            ("NAPKINS", 2, "Black"),
        ],
        [("LEMON-JUICE", 4), ("CORONA-330", 1)],
    ),
    (
        "brassworks",
        "Brassworks Bar",
        "late bar",
        "SMS",
        "+447700900408",
        "en",
        "regular",
        6,
        4,
        [
            ("PERONI-330", 4),
            ("CORONA-330", 3),
            ("RED-BULL", 4),
            ("JAGER", 6),
            ("SMIRNOFF", 6, "1L"),
            ("SAMBUCA", 2),
            ("PM-PEPSI-MAX", 1),
            ("PM-LEMONADE", 1),
        ],
        [("KOPP-STRAW", 1), ("RED-BULL-SF", 1)],
    ),
    (
        "greyhound",
        "The Greyhound",
        "sports pub",
        "WHATSAPP",
        "+447700900409",
        "en",
        "steady",
        7,
        0,
        [
            ("CARL-KEG", 4),
            ("MADRI-KEG", 2),
            ("GUIN-KEG", 2),
            ("STRONGBOW-DF-KEG", 1),
            ("CO2", 3, "10.5kg"),
            ("MIXED-60", 1),
            ("PM-COKE", 2),
            ("PM-DIET-COKE", 1),
            ("WALKERS-READY", 2),
            ("WALKERS-CHEESE", 2),
        ],
        [("POLY-PINT", 1), ("KP-DRY", 1)],
    ),
    (
        "harbour-lights",
        "Harbour Lights Hotel",
        "hotel bar",
        "EMAIL",
        "purchasing@harbourlights.example",
        "en",
        "regular",
        6,
        1,
        [
            ("HOUSE-RED-BIB", 1),
            ("HOUSE-WHITE-BIB", 1),
            ("PROSECCO", 1, "6 x 75cl"),
            ("PERONI-330", 2),
            ("LUCKY-SAINT", 1),
            ("WATER-STILL", 3, "12 x 750ml Glass"),
            ("WATER-SPARK", 2, "12 x 750ml Glass"),
            ("BRITVIC-ORANGE", 2),
            ("FT-TONIC", 2),
            ("GORDONS", 2, "70cl"),
        ],
        [("BAILEYS", 1), ("WINE-GLASS", 1, "250ml")],
    ),
    (
        "quarry-club",
        "Quarry Workingmen's Club",
        "social club",
        "SMS",
        "+447700900411",
        "en",
        "steady",
        6,
        3,
        [
            ("CARL-KEG", 3),
            ("STRONGBOW-KEG", 2),
            ("GUIN-KEG", 1),
            ("GLENS-VODKA", 4),
            ("LAMBS", 2),
            ("GROUSE", 2),
            ("SCHW-TONIC", 1),
            ("SCHW-LEMONADE", 2),
            ("KP-SALTED", 2),
            ("WALKERS-SALTVIN", 1),
            ("BLACKCURRANT", 2),
        ],
        [("CO2", 1, "6.35kg"), ("BEER-MATS", 1)],
    ),
    (
        "golf-club",
        "Elmsworth Golf Club",
        "golf club bar",
        "EMAIL",
        "clubhouse@elmsworthgolf.example",
        "en",
        "regular",
        5,
        2,
        [
            ("CAMDEN-KEG", 1),
            ("GUIN-CAN", 1),
            ("HOUSE-WHITE", 2),
            ("HOUSE-ROSE", 1),
            ("GROUSE", 2),
            ("JAMESON", 1),
            ("GORDONS", 2, "70cl"),
            ("SCHW-TONIC", 2),
            ("J2O-ORANGE", 1),
            ("PIPERS-PEPPER", 1),
        ],
        [("PERONI-LIBERA", 1), ("CASHEWS", 1)],
    ),
    (
        "cricket-club",
        "Ashby Cricket Club",
        "cricket club bar",
        "WHATSAPP",
        "+447700900413",
        "en",
        "regular",
        6,
        4,
        [
            ("CARL-KEG", 2),
            ("THATCH-GOLD-CAN", 2),
            ("PERONI-LIBERA", 1),
            ("COKE", 1, "24 x 330ml Can"),
            ("J2O-APPLE-RASP", 1),
            ("WALKERS-READY", 1),
            ("WALKERS-CHEESE", 1),
            ("POLY-PINT", 1),
        ],
        [("HOUSE-ROSE", 1), ("KP-HONEY", 1)],
    ),
    (
        "northgate-su",
        "Northgate Students' Union",
        "student union bars",
        "EMAIL",
        "bars@northgatesu.example",
        "en",
        "steady",
        7,
        0,
        [
            ("CARL-KEG", 6),
            ("STRONGBOW-DF-KEG", 3),
            ("IRONB-PALE-KEG", 2),
            ("KOPP-MIXED", 4),
            ("KOPP-STRAW", 4),
            ("GLENS-VODKA", 12),
            ("JAGER", 8),
            ("RED-BULL", 6),
            ("PM-PEPSI-MAX", 2),
            ("PM-LEMONADE", 2),
            ("POLY-PINT", 4),
        ],
        [("SAMBUCA", 4), ("CAPTAIN-MORGAN", 4)],
    ),
    (
        "taverners-hub",
        "Taverners Pub Company (central purchasing)",
        "pub company",
        "EMAIL",
        "orders@tavernerspubs.example",
        "en",
        "regular",
        6,
        1,
        [
            ("CARL-KEG", 8),
            ("GUIN-KEG", 4),
            ("MADRI-KEG", 4),
            ("THATCH-GOLD-KEG", 3),
            ("MIXED-60", 4),
            ("MIXED-30", 2),
            ("GW-DETERGENT", 3),
            ("GW-RINSE", 3),
            ("LINE-CLEANER", 4, "Pink"),
            ("BLUE-ROLL", 2),
        ],
        [("KEG-WASHERS", 2), ("BEER-MATS", 2)],
    ),
    (
        "llew-du",
        "Y Llew Du",
        "pub",
        "WHATSAPP",
        "+447700900416",
        "cy",
        "steady",
        6,
        3,
        [
            ("TANNER-BITTER", 1, "Firkin 9gal"),
            ("CARL-KEG", 2),
            ("GUIN-KEG", 1),
            ("STRONGBOW-KEG", 1),
            ("PIPERS-SEASALT", 2),
            ("COKE", 1, "24 x 200ml Glass"),
            ("GORDONS-PINK", 2),
        ],
        [("WALKERS-READY", 1), ("FT-LIGHT", 1)],
    ),
    (
        "bar-zorza",
        "Bar Zorza",
        "Polish bar",
        "WHATSAPP",
        "+447700900417",
        "pl",
        "regular",
        7,
        4,
        [
            ("PERONI-620", 3),
            ("CORONA-330", 2),
            ("SMIRNOFF", 6, "70cl"),
            ("GLENS-VODKA", 4),
            ("RED-BULL", 2),
            ("COKE", 2, "24 x 330ml Can"),
            ("KP-SALTED", 2),
            ("SCRATCHINGS", 1),
        ],
        [("JAGER", 2), ("BRITVIC-TOMATO", 1)],
    ),
    (
        "bodega-sol",
        "La Bodega del Sol",
        "tapas bar",
        "WHATSAPP",
        "+447700900418",
        "es",
        "regular",
        6,
        1,
        [
            ("MADRI-KEG", 2),
            ("HOUSE-RED", 3),
            ("HOUSE-WHITE", 2),
            ("PROSECCO", 1, "6 x 75cl"),
            ("WATER-SPARK", 2, "24 x 330ml Glass"),
            ("WATER-STILL", 2, "24 x 330ml Glass"),
            ("FT-TONIC", 1),
            ("GIN-BALLOON", 1),
        ],
        [("APEROL", 2), ("CO2", 1, "6.35kg")],
    ),
    (
        "murphys-corner",
        "Murphy's Corner",
        "Irish pub",
        "WHATSAPP",
        "+447700900419",
        "en",
        "steady",
        7,
        2,
        [
            ("GUIN-KEG", 4),
            ("CARL-KEG", 1),
            ("JAMESON", 6),
            ("BAILEYS", 2),
            ("MIXED-30", 2),
            ("CO2", 1, "10.5kg"),
            ("KP-DRY", 2),
            ("WALKERS-CHEESE", 1),
        ],
        [("GUIN-00-CAN", 1), ("BLUE-ROLL", 1)],
    ),
    (
        "wee-dram",
        "The Wee Dram",
        "Scottish bar",
        "SMS",
        "+447700900420",
        "en",
        "regular",
        6,
        3,
        [
            ("GROUSE", 4),
            ("JACK-DANIELS", 2),
            ("CAMDEN-KEG", 1),
            ("GUIN-KEG", 1),
            ("IRONB-IPA-KEG", 1),
            ("SCHW-LEMONADE", 1),
            ("WALKERS-SALTVIN", 1),
            ("SCAMPI-FRIES", 1),
        ],
        [("BACON-FRIES", 1), ("JAMESON", 1)],
    ),
    (
        "strike-lanes",
        "Strike Lanes Bowl & Bar",
        "bowling bar",
        "WHATSAPP",
        "+447700900421",
        "en",
        "regular",
        6,
        0,
        [
            ("PERONI-330", 2),
            ("CAMDEN-CAN", 2),
            ("PUNK-IPA", 1, "24 x 330ml Can"),
            ("PM-COKE", 1),
            ("PM-DIET-COKE", 1),
            ("J2O-ORANGE", 2),
            ("RED-BULL", 1),
            ("WALKERS-READY", 2),
        ],
        [("COKE-ZERO", 1), ("BACON-FRIES", 1)],
    ),
    (
        "riverside-events",
        "Riverside Marquee Events",
        "events caterer",
        "EMAIL",
        "bar@riversidemarquee.example",
        "en",
        "events",
        6,
        2,
        [
            ("PERONI-330", 6),
            ("HOUSE-WHITE", 6),
            ("HOUSE-RED", 4),
            ("PROSECCO", 6, "6 x 75cl"),
            ("WATER-STILL", 4, "24 x 330ml Glass"),
            ("POLY-PINT", 6),
            ("WINE-GLASS", 4, "175ml"),
        ],
        [
            ("CORONA-330", 4),
            ("COKE", 3, "24 x 330ml Can"),
            ("GORDONS", 4, "1L"),
            ("FT-TONIC", 4),
            ("THATCH-GOLD-CAN", 3),
            ("LUCKY-SAINT", 2),
            ("NAPKINS", 4, "White"),
        ],
    ),
    (
        "old-forge",
        "The Old Forge (reopening)",
        "pub, new customer",
        "WHATSAPP",
        "+447700900423",
        "en",
        "new",
        0,
        0,
        [],
        [],
    ),
    (
        "hop-yard",
        "Hop Yard Craft Bar",
        "craft beer bar, new customer",
        "EMAIL",
        "hello@hopyard.example",
        "en",
        "new",
        0,
        0,
        [],
        [],
    ),
]

MSG_START = datetime.date(2028, 5, 29)  # Monday; history ends the week before
HIST_END = datetime.date(2028, 5, 26)


def _line(t):
    d = {"sku": t[0], "quantity": t[1]}
    if len(t) > 2:
        d["variant"] = t[2]
    return d


def _key(basket):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in basket))


def _vary(rng, usual, extras, kind):
    b = [dict(l) for l in usual]
    if kind == "qty":
        i = rng.randrange(len(b))
        b[i]["quantity"] = b[i]["quantity"] + 1
    elif kind == "drop":
        i = rng.randrange(1, len(b))
        del b[i]
    else:
        b.append(_line(extras[rng.randrange(len(extras))]))
    return b


def histories():
    out = []
    for idx, (key, name, kind, ch, addr, lang, hk, weeks, wd, usual, extras) in enumerate(C):
        rng = random.Random(4000 + idx)
        usual_l = [_line(t) for t in usual]
        orders = []
        if hk != "new":
            # last order week: the week before MSG_START, on the customer's weekday (Mon-Fri)
            last = MSG_START - datetime.timedelta(days=7) + datetime.timedelta(days=wd)
            dates = [last - datetime.timedelta(days=7 * k) for k in range(weeks)][::-1]
            baskets = []
            if hk == "steady":
                kinds = ["qty", "drop"]
                pos = sorted(rng.sample(range(weeks - 1), 2))
                for w in range(weeks):
                    if w in pos:
                        baskets.append(_vary(rng, usual_l, extras, kinds[pos.index(w)]))
                    else:
                        baskets.append([dict(l) for l in usual_l])
            elif hk == "regular":
                k_early, k_last = rng.sample(["qty", "drop", "extra"], 2)
                early = rng.randrange(weeks - 1)
                for w in range(weeks):
                    if w == early:
                        baskets.append(_vary(rng, usual_l, extras, k_early))
                    elif w == weeks - 1:
                        baskets.append(_vary(rng, usual_l, extras, k_last))
                    else:
                        baskets.append([dict(l) for l in usual_l])
            else:  # events: never the same basket
                pool = usual + extras
                seen = set()
                for w in range(weeks):
                    while True:
                        n = rng.randint(4, 7)
                        pick = rng.sample(pool, n)
                        b = []
                        for t in pick:
                            l = _line(t)
                            l["quantity"] = max(1, t[1] + rng.randint(-2, 4))
                            b.append(l)
                        if _key(b) not in seen:
                            seen.add(_key(b))
                            break
                    baskets.append(b)
            for d, b in zip(dates, baskets):
                orders.append({"date": d.isoformat(), "lines": b})
        out.append(
            {
                "customer": key,
                "name": name,
                "kind": kind,
                "channel": ch,
                "address": addr,
                "language": lang,
                "orders": orders,
            }
        )
    return out


def usual_basket(h):
    """unique most frequent exact basket, or None"""
    cnt = {}
    first = {}
    for o in h["orders"]:
        k = _key(o["lines"])
        cnt[k] = cnt.get(k, 0) + 1
        first.setdefault(k, o["lines"])
    if not cnt:
        return None
    best = max(cnt.values())
    top = [k for k, v in cnt.items() if v == best]
    if len(top) != 1 or best < 2:
        return None
    return [dict(l) for l in first[top[0]]]


def last_basket(h):
    if not h["orders"]:
        return None
    return [dict(l) for l in h["orders"][-1]["lines"]]
