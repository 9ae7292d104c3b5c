"""Writes tests/data/histories4.jsonl and tests/data/holdout4.jsonl (issue #15's blind set), deterministically.

The messages and their labels are hand-written below; only the order histories are generated (a fixed
seed) from each customer's usual basket, and the labels that depend on history are derived from the
written histories by the rules stated in tests/data/README.md ("Fourth blind set"), never by running the
system:

* a family line (``fam``: sku null with the candidates a careful order taker would name) is resolved
  with history when exactly one candidate is in the customer's earlier orders;
* a line of a product with variants and no variant named is resolved with history when the customer has
  only ever had one variant of it;
* "the usual" is the customer's most frequent exact basket (unresolvable when no basket repeats or two
  tie), "same as last week/time" and "repeat my order" the last order; ``remove``/``set``/``add`` are the
  message's changes, written by hand;
* ``outlier`` marks a quantity far above the customer's usual (review even with history).

    python tests/data/build_holdout4.py
"""

from __future__ import annotations

import json
import random
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
rng = random.Random(4015)

# ---------------------------------------------------------------------------------------------- customers
# (key, name, kind, channel, address, language, weeks, weekday, usual basket, extras for other weeks,
#  pattern) pattern: "regular" (the usual repeats, the last order differs from it), "steady" (the last
#  order is the usual), "varied" (no basket repeats), "new" (no orders)
U = dict[str, Any]
CUSTOMERS: list[U] = []


def cust(
    key: str,
    name: str,
    kind: str,
    channel: str,
    address: str,
    lang: str,
    weeks: int,
    pattern: str,
    usual: list[tuple[Any, ...]],
    extras: list[tuple[Any, ...]] = (),
) -> None:  # type: ignore[assignment]
    CUSTOMERS.append(
        dict(
            key=key,
            name=name,
            kind=kind,
            channel=channel,
            address=address,
            language=lang,
            weeks=weeks,
            pattern=pattern,
            usual=list(usual),
            extras=list(extras),
        )
    )


cust(
    "marios-pizzeria",
    "Mario's Pizzeria",
    "pizzeria",
    "WHATSAPP",
    "+447700900401",
    "en/it",
    7,
    "regular",
    [
        ("FLOUR-00-25KG", 4),
        ("MOZZ-GRATED-2KG", 6),
        ("TOM-CHOPPED-6", 2),
        ("PIZZA-BOX", 2, '12"'),
        ("COLA-CAN-24", 2),
        ("OIL-EVOO-5L", 1),
    ],
    [("ZERO-CAN-24", 1), ("PARMESAN-GRATED-1KG", 1)],
)
cust(
    "the-anchor",
    "The Anchor",
    "pub",
    "SMS",
    "+447700900402",
    "en",
    6,
    "steady",
    [
        ("GUINNESS-KEG-50", 2),
        ("ESTRELLA-KEG", 2, "50L"),
        ("CIDER-CAN-24", 2),
        ("TONIC-24", 1),
        ("LEMON-EACH", 30),
        ("FRIES-STRAIGHT-2.5KG", 8),
    ],
    [("GIN-GORDONS", 2, "70cl")],
)
cust(
    "bean-machine",
    "The Bean Machine",
    "cafe",
    "WHATSAPP",
    "+447700900403",
    "en",
    8,
    "regular",
    [
        ("MILK-SEMI-2L", 10),
        ("MILK-WHOLE-2L", 6),
        ("OAT-BARISTA-6", 3),
        ("COFFEE-HOUSE-1KG", 4),
        ("CUP-HOT-DW", 1, "12oz"),
        ("LID-HOT", 1, "12/16oz"),
    ],
    [("SYRUP-VANILLA-1L", 1), ("CROISSANT-60", 1)],
)
cust(
    "casa-lola",
    "Casa Lola",
    "tapas bar",
    "WHATSAPP",
    "+447700900404",
    "es",
    6,
    "regular",
    [
        ("ESTRELLA-KEG", 2, "30L"),
        ("WINE-HOUSE-RED", 3),
        ("RIOJA-CRIANZA-6", 1),
        ("OIL-EVOO-5L", 2),
        ("LEMON-EACH", 30),
        ("ZERO-CAN-24", 1),
    ],
    [("ESTRELLA-330-24", 1)],
)
cust(
    "chez-odette",
    "Chez Odette",
    "bistro",
    "EMAIL",
    "odette@bistro-odette.example",
    "fr",
    6,
    "steady",
    [
        ("CREAM-DOUBLE-1L", 6),
        ("BUTTER-BLOCK-250", 20),
        ("EGGS-L-30", 3),
        ("BAGUETTE-PB-25", 2),
        ("WINE-HOUSE-WHITE", 2),
        ("PELLEGRINO-750-12", 2),
    ],
    [("SAUV-BLANC-NZ-6", 1)],
)
cust(
    "zum-hirsch",
    "Gasthaus Zum Hirsch",
    "beer bar",
    "EMAIL",
    "bestellung@zumhirsch.example",
    "de",
    7,
    "regular",
    [
        ("ESTRELLA-KEG", 3, "50L"),
        ("HEINEKEN-00-24", 2),
        ("APPLE-JUICE", 2, "12 x 1L carton"),
        ("WATER-SPARK-500", 3),
        ("FRIES-SKINON-2.5KG", 6),
        ("BURGER-PATTY", 2, "6oz (box of 32)"),
    ],
    [("BUN-SESAME-12", 4)],
)
cust(
    "burger-barn",
    "Burger Barn",
    "burger restaurant",
    "SMS",
    "+447700900407",
    "en",
    6,
    "regular",
    [
        ("BURGER-PATTY", 3, "4oz (box of 48)"),
        ("BUN-BRIOCHE-12", 10),
        ("CHEDDAR-GRATED-2KG", 2),
        ("FRIES-SKINON-2.5KG", 10),
        ("MAYO-5L", 1),
        ("KETCHUP-SACHETS-200", 2),
        ("COLA-CAN-24", 3),
    ],
    [("GLOVE-NITRILE-100", 1, "Large")],
)
cust(
    "st-marys",
    "St Mary's Primary School",
    "school kitchen",
    "EMAIL",
    "kitchen@stmarys-school.example",
    "en",
    6,
    "steady",
    [
        ("MILK-SEMI-1L", 40),
        ("PASTA-PENNE-3KG", 4),
        ("RICE-BASMATI-10KG", 1),
        ("TOM-CHOPPED-6", 3),
        ("APPLE-JUICE", 2, "24 x 250ml glass"),
        ("WATER-STILL-500", 4),
    ],
    [("CHEDDAR-GRATED-2KG", 2)],
)
cust(
    "oakview-care",
    "Oakview Care Home",
    "care home",
    "EMAIL",
    "catering@oakviewcare.example",
    "en",
    7,
    "regular",
    [
        ("MILK-SEMI-1L", 20),
        ("MILK-WHOLE-1L", 10),
        ("TEA-EB-1100", 2),
        ("BUTTER-PORTIONS-100", 3),
        ("EGGS-M-30", 4),
        ("OJ-NFC", 2, "12 x 1L carton"),
    ],
    [("BLUE-ROLL-6", 2), ("WASHUP-5L", 1)],
)
cust(
    "la-brasa",
    "La Brasa",
    "mexican grill",
    "WHATSAPP",
    "+447700900410",
    "es",
    5,
    "regular",
    [
        ("AVOCADO-EACH", 60),
        ("LIME-EACH", 80),
        ("ONION-RED-KG", 8),
        ("CHICKEN-BREAST-KG", 10),
        ("CORONA-355-24", 3),
        ("FANTA-CAN-24", 1),
    ],
    [("BEEF-MINCE-KG", 5)],
)
cust(
    "trattoria-nonna",
    "Trattoria da Nonna",
    "trattoria",
    "WHATSAPP",
    "+447700900411",
    "it",
    6,
    "steady",
    [
        ("PASTA-SPAGHETTI-3KG", 4),
        ("PARMESAN-GRATED-1KG", 3),
        ("TOM-CHOPPED-6", 2),
        ("MOZZ-FIOR-8", 6),
        ("WINE-HOUSE-RED", 2),
        ("PANNA-750-12", 2),
    ],
    [("OIL-EVOO-5L", 1)],
)
cust(
    "harbour-fish-bar",
    "Harbour Fish Bar",
    "fish and chips",
    "SMS",
    "+447700900412",
    "en",
    6,
    "regular",
    [
        ("POTATO-MARIS-25KG", 6),
        ("OIL-RAPESEED-20L", 3),
        ("KETCHUP-SACHETS-200", 2),
        ("COLA-GLS-24", 1),
        ("WATER-STILL-500", 2),
        ("BLUE-ROLL-6", 1),
    ],
    [("MAYO-5L", 1)],
)
cust(
    "roxy-cinema",
    "Roxy Cinema Kiosk",
    "cinema kiosk",
    "EMAIL",
    "kiosk@roxycinema.example",
    "en",
    5,
    "steady",
    [
        ("ZERO-CAN-24", 4),
        ("FANTA-CAN-24", 2),
        ("WATER-STILL-500", 4),
        ("REDBULL-24", 1),
        ("CUP-COLD-PET", 1, "16oz"),
        ("STRAW-PAPER-250", 2, "Black"),
    ],
    [("SPRITE-CAN-24", 1)],
)
cust(
    "fairway-golf",
    "Fairway Golf Club",
    "golf club",
    "EMAIL",
    "bar@fairwaygolf.example",
    "en",
    6,
    "regular",
    [
        ("PROSECCO-75-6", 2),
        ("SAUV-BLANC-NZ-6", 2),
        ("GIN-GORDONS", 3, "70cl"),
        ("TONIC-LIGHT-24", 2),
        ("LEMON-EACH", 20),
        ("NAPKIN-DINNER-40", 1, "White"),
    ],
    [("WINE-HOUSE-RED", 1)],
)
cust(
    "grand-events",
    "Grand Hall Events",
    "events venue",
    "EMAIL",
    "events@grandhall.example",
    "en",
    5,
    "varied",
    [
        ("PROSECCO-20-24", 4),
        ("WATER-STILL-500", 6),
        ("NAPKIN-COCKTAIL-24", 1, "Black"),
        ("CUP-COLD-PET", 1, "12oz"),
        ("WINE-HOUSE-WHITE", 4),
        ("WINE-HOUSE-RED", 4),
    ],
    [],
)
cust(
    "brasserie-nord",
    "Brasserie du Nord",
    "brasserie",
    "WHATSAPP",
    "+447700900416",
    "fr",
    6,
    "regular",
    [
        ("ESTRELLA-330-24", 3),
        ("CIDER-KEG-50", 1),
        ("FRIES-STRAIGHT-2.5KG", 8),
        ("MAYO-5L", 1),
        ("EGGS-M-30", 2),
        ("WINE-HOUSE-ROSE", 2),
    ],
    [("WATER-SPARK-500", 2)],
)
cust(
    "sunrise-cafe",
    "Sunrise Cafe",
    "cafe",
    "WHATSAPP",
    "+447700900417",
    "en",
    7,
    "steady",
    [
        ("CROISSANT-60", 1),
        ("COFFEE-DECAF-1KG", 1),
        ("COFFEE-HOUSE-1KG", 3),
        ("MILK-SKIM-1L", 6),
        ("MILK-SEMI-1L", 12),
        ("SYRUP-CARAMEL-1L", 2),
        ("SUGAR-STICKS-BROWN", 1),
    ],
    [("HOT-CHOC-2KG", 1)],
)
cust(
    "biergarten-rhein",
    "Biergarten am Rhein",
    "beer garden",
    "WHATSAPP",
    "+447700900418",
    "de",
    6,
    "regular",
    [
        ("ESTRELLA-KEG", 4, "30L"),
        ("IPA-CAN-24", 2),
        ("WATER-STILL-1500", 3),
        ("LEMONADE-CLOUDY-12", 2),
        ("BUN-SESAME-12", 6),
        ("GLOVE-NITRILE-100", 1, "Large"),
    ],
    [("HEINEKEN-00-24", 1)],
)
cust(
    "smoothie-stop",
    "Smoothie Stop",
    "juice bar",
    "SMS",
    "+447700900419",
    "en",
    5,
    "regular",
    [
        ("APPLE-JUICE", 3, "12 x 1L carton"),
        ("OJ-NFC", 4, "12 x 1L carton"),
        ("CUP-COLD-PET", 1, "20oz"),
        ("STRAW-PAPER-250", 2, "White"),
        ("OAT-BARISTA-6", 2),
    ],
    [("AVOCADO-EACH", 10)],
)
cust(
    "red-fox",
    "The Red Fox Inn",
    "pub",
    "SMS",
    "+447700900420",
    "en",
    6,
    "steady",
    [
        ("CIDER-KEG-50", 1),
        ("GUINNESS-KEG-50", 1),
        ("TONIC-LIGHT-24", 1),
        ("VODKA-SMIRNOFF", 3, "1L"),
        ("RUM-BACARDI-70", 2),
        ("LIME-EACH", 40),
    ],
    [("GINGER-BEER-24", 1)],
)
cust(
    "bodega-sol",
    "Bodega del Sol",
    "wine bar",
    "WHATSAPP",
    "+447700900421",
    "es",
    6,
    "regular",
    [
        ("WINE-HOUSE-WHITE", 3),
        ("PROSECCO-75-6", 1),
        ("APEROL-70", 4),
        ("ESTRELLA-330-24", 2),
        ("OIL-EVOO-5L", 1),
        ("HALLOUMI-12", 1),
    ],
    [("LEMON-EACH", 20)],
)
cust(
    "petit-zinc",
    "Le Petit Zinc",
    "cafe-bar",
    "SMS",
    "+447700900422",
    "fr",
    6,
    "regular",
    [
        ("COFFEE-HOUSE-1KG", 2),
        ("CROISSANT-60", 2),
        ("OJ-NFC", 1, "24 x 250ml glass"),
        ("MILK-WHOLE-1L", 12),
        ("SUGAR-STICKS-WHITE", 1),
        ("HOT-CHOC-2KG", 1),
    ],
    [("BAGUETTE-PB-25", 1)],
)
cust(
    "taco-truck",
    "Taco Loco Truck",
    "food truck",
    "WHATSAPP",
    "+447700900423",
    "en",
    5,
    "varied",
    [
        ("AVOCADO-EACH", 40),
        ("LIME-EACH", 50),
        ("BEEF-MINCE-KG", 8),
        ("CHEDDAR-GRATED-2KG", 1),
        ("GLOVE-VINYL-100", 2, "Medium"),
        ("ZERO-CAN-24", 2),
    ],
    [],
)
cust(
    "hotel-belvedere",
    "Hotel Belvedere",
    "hotel",
    "EMAIL",
    "purchasing@belvedere-hotel.example",
    "en",
    7,
    "regular",
    [
        ("EGGS-L-30", 6),
        ("BUTTER-PORTIONS-100", 4),
        ("MILK-WHOLE-2L", 10),
        ("OJ-NFC", 3, "24 x 250ml glass"),
        ("CROISSANT-60", 2),
        ("TEA-EB-1100", 1),
        ("NAPKIN-DINNER-40", 1, "Burgundy"),
    ],
    [("HOT-CHOC-2KG", 1)],
)
cust(
    "kebab-corner",
    "Kebab Corner",
    "takeaway",
    "SMS",
    "+447700900425",
    "en",
    6,
    "steady",
    [
        ("LETTUCE-ICEBERG", 10),
        ("TOMATO-SALAD-KG", 6),
        ("ONION-BROWN-KG", 10),
        ("CHICKEN-WINGS-2KG", 4),
        ("COLA-CAN-24", 2),
        ("SPRITE-CAN-24", 1),
    ],
    [("MAYO-5L", 1)],
)
cust(
    "gelateria-luna",
    "Gelateria Luna",
    "ice cream parlour",
    "WHATSAPP",
    "+447700900426",
    "it",
    5,
    "regular",
    [
        ("CREAM-SINGLE-1L", 10),
        ("MILK-WHOLE-1L", 20),
        ("CUP-COLD-PET", 1, "12oz"),
        ("STRAW-PAPER-250", 1, "Red Stripe"),
        ("WATER-STILL-500", 2),
    ],
    [("SUGAR-STICKS-WHITE", 1)],
)
cust(
    "sportsbar-ko",
    "Sportsbar K.O.",
    "sports bar",
    "SMS",
    "+447700900427",
    "de",
    6,
    "regular",
    [
        ("REDBULL-SF-24", 2),
        ("ZERO-GLS-24", 2),
        ("CHICKEN-WINGS-2KG", 5),
        ("FRIES-STRAIGHT-2.5KG", 6),
        ("VODKA-SMIRNOFF", 2, "70cl"),
        ("ICED-TEA-LEMON", 2, "Medium 500ml"),
    ],
    [("IPA-CAN-24", 1)],
)
cust("new-deli", "Deli on the Corner", "deli", "WHATSAPP", "+447700900428", "en", 0, "new", [])
cust("nuevo-bar", "Bar Nuevo", "bar", "WHATSAPP", "+447700900429", "es", 0, "new", [])
cust("neues-cafe", "Café Neu", "cafe", "SMS", "+447700900430", "de", 0, "new", [])

FIRST_WEEK = date(2026, 1, 26)  # a Monday; orders are weekly, the last one by 2026-03-20


def _line(t: tuple[Any, ...]) -> dict[str, Any]:
    d: dict[str, Any] = {"sku": t[0], "quantity": t[1]}
    if len(t) > 2:
        d["variant"] = t[2]
    return d


def _perturb(basket: list[tuple[Any, ...]], extras: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """A week that is not the usual: one quantity moved by one, sometimes an extra line."""
    out = [tuple(x) for x in basket]
    i = rng.randrange(len(out))
    q = out[i][1]
    step = max(1, round(q * 0.15))
    moved = q + rng.choice((-step, step))
    out[i] = (out[i][0], moved if moved >= 1 else q + step, *out[i][2:])
    if extras and rng.random() < 0.5:
        out.append(rng.choice(extras))
    return out


def histories() -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for c in CUSTOMERS:
        orders: list[list[tuple[Any, ...]]] = []
        n, usual = c["weeks"], c["usual"]
        extras = [e for e in c["extras"] if e[1]]
        if c["pattern"] == "varied":
            seen: set[tuple[Any, ...]] = set()
            while len(orders) < n:
                k = rng.randint(3, len(usual))
                b = _perturb(rng.sample(usual, k), extras)
                key = tuple(sorted(map(str, b)))
                if key not in seen:
                    seen.add(key)
                    orders.append(b)
        elif n:
            # the usual in about half the weeks (at least 3), other weeks perturbed; "regular": the last
            # order is a perturbed week, "steady": the last order is the usual
            usual_weeks = set(rng.sample(range(n - 1), max(3, n // 2)))
            for w in range(n):
                if c["pattern"] == "steady" and w == n - 1:
                    orders.append(list(usual))
                elif c["pattern"] == "regular" and w == n - 1:
                    orders.append(_perturb(usual, extras))
                elif w in usual_weeks:
                    orders.append(list(usual))
                else:
                    orders.append(_perturb(usual, extras))
        start = FIRST_WEEK + timedelta(weeks=8 - n) + timedelta(days=rng.randrange(0, 5))
        out[c["key"]] = [
            {"date": (start + timedelta(weeks=w)).isoformat(), "lines": [_line(t) for t in b]}
            for w, b in enumerate(orders)
        ]
    return out


def basket_key(lines: list[dict[str, Any]]) -> tuple[Any, ...]:
    return tuple(sorted((x["sku"], x.get("variant") or "", x["quantity"]) for x in lines))


# ----------------------------------------------------------------------------------------------- messages
# M(customer, day 0-6 from Monday 2026-03-23, language, text, intent, lines, **labels)
# lines: ("SKU", q) | ("SKU", q, "variant") | ("SKU", q, None) variant not named | ("?", q, [candidates])
#        a family word | (None, q) not in the catalog; q None: not stated / not a whole selling unit
# labels: ref="usual"|"last" with remove=[skus], set={sku: q}, add=[line...] (the message's changes);
#         outlier=True (far above this customer's usual); review=True (review whatever the lines)
MESSAGES: list[dict[str, Any]] = []
COKE = ["COLA-CAN-24", "COLA-GLS-24", "COLA-2L-6"]
DIET = ["DIET-CAN-24", "DIET-GLS-24", "DIET-2L-6"]
ZERO = ["ZERO-CAN-24", "ZERO-GLS-24", "ZERO-2L-6"]
MOZZ = ["MOZZ-BLOCK-2KG", "MOZZ-GRATED-2KG", "MOZZ-FIOR-8"]
HOUSE = ["WINE-HOUSE-RED", "WINE-HOUSE-WHITE", "WINE-HOUSE-ROSE"]
CHEDDAR = ["CHEDDAR-GRATED-2KG", "CHEDDAR-BLOCK-5KG"]
EGGS = ["EGGS-L-30", "EGGS-M-30"]
FRIES = ["FRIES-SKINON-2.5KG", "FRIES-STRAIGHT-2.5KG"]
FLOUR = ["FLOUR-00-25KG", "FLOUR-PLAIN-16KG"]
OIL = ["OIL-EVOO-5L", "OIL-RAPESEED-20L"]
TONIC = ["TONIC-24", "TONIC-LIGHT-24"]
SEMI = ["MILK-SEMI-1L", "MILK-SEMI-2L"]
WHOLE = ["MILK-WHOLE-1L", "MILK-WHOLE-2L"]
SKIM = ["MILK-SKIM-1L", "MILK-SKIM-2L"]
GLOVES = ["GLOVE-NITRILE-100", "GLOVE-VINYL-100"]
NAPKINS = ["NAPKIN-DINNER-40", "NAPKIN-COCKTAIL-24"]
BUNS = ["BUN-BRIOCHE-12", "BUN-SESAME-12"]
STILL = ["WATER-STILL-500", "WATER-STILL-1500", "WATER-STILL-5L"]
PROSECCO = ["PROSECCO-75-6", "PROSECCO-20-24"]
CIDER = ["CIDER-KEG-50", "CIDER-CAN-24"]


def M(
    customer: str,
    day: int,
    lang: str,
    text: str,
    intent: str = "ORDER",
    lines: list[Any] = (),  # type: ignore[assignment]
    tags: list[str] = (),
    **labels: Any,
) -> None:  # type: ignore[assignment]
    MESSAGES.append(
        dict(
            customer=customer,
            day=day,
            language=lang,
            text=text,
            intent=intent,
            lines=list(lines),
            tags=list(tags),
            labels=labels,
        )
    )


# -- Mario's Pizzeria (usual: 00 flour, grated mozzarella, chopped tomatoes, 12" boxes, coke cans, EVOO)
M(
    "marios-pizzeria",
    0,
    "en",
    "hi its mario, 4 flour 6 mozzarella 2 chopped tomatoes and 2 cases coke pls",
    lines=[("?", 4, FLOUR), ("?", 6, MOZZ), ("TOM-CHOPPED-6", 2), ("?", 2, COKE)],
    tags=["family", "spoken"],
)
M(
    "marios-pizzeria",
    2,
    "en",
    "2 packs of pizza boxes and 1 olive oil",
    lines=[("PIZZA-BOX", 2, None), ("OIL-EVOO-5L", 1)],
    tags=["variant"],
)
M("marios-pizzeria", 4, "it", "Ciao, il solito per venerdì grazie", lines=[], ref="usual", tags=["reference"])
M(
    "marios-pizzeria",
    5,
    "en",
    "can you send 40 sacks of 00 flour tomorrow",
    lines=[("FLOUR-00-25KG", 40)],
    outlier=True,
    tags=["outlier"],
)
M("marios-pizzeria", 6, "en", "what time does the driver usually come on sundays?", "QUESTION")

# -- The Anchor (usual: guinness keg, estrella 50L, cider cans, indian tonic, lemons, straight chips)
M("the-anchor", 0, "en", "same as last week please", ref="last", tags=["reference"])
M(
    "the-anchor",
    2,
    "en",
    "2 guinness, 2 estrella kegs, 3 cases cider cans",
    lines=[("GUINNESS-KEG-50", 2), ("ESTRELLA-KEG", 2, None), ("CIDER-CAN-24", 3)],
    tags=["variant"],
)
M(
    "the-anchor",
    3,
    "en",
    "1 tonic and 8 bags chips",
    lines=[("?", 1, TONIC), ("?", 8, FRIES)],
    tags=["family"],
)
M(
    "the-anchor",
    4,
    "en",
    "need 2 cases of light tonic as well this week",
    lines=[("TONIC-LIGHT-24", 2)],
    tags=["text_over_guide"],
)
M("the-anchor", 6, "en", "the guinness on friday was flat, can someone call me", "COMPLAINT")

# -- The Bean Machine (usual: semi 2L, whole 2L, oatly, house beans, 12oz hot cups, 12/16oz lids)
M(
    "bean-machine",
    0,
    "en",
    "10 semi skimmed, 6 whole milk, 3 oatly",
    lines=[("?", 10, SEMI), ("?", 6, WHOLE), ("OAT-BARISTA-6", 3)],
    tags=["family"],
)
M(
    "bean-machine",
    1,
    "en",
    "1 case hot cups + 1 case lids pls",
    lines=[("CUP-HOT-DW", 1, None), ("LID-HOT", 1, None)],
    tags=["variant"],
)
M(
    "bean-machine",
    3,
    "en",
    "usual order please but no whole milk this time, and add 2 vanilla syrup",
    lines=[("SYRUP-VANILLA-1L", 2)],
    ref="usual",
    remove=["MILK-WHOLE-2L"],
    add=[("SYRUP-VANILLA-1L", 2)],
    tags=["reference"],
)
M(
    "bean-machine",
    4,
    "en",
    "4 bags coffee beans and 1 box croissants",
    lines=[("COFFEE-HOUSE-1KG", 4), ("CROISSANT-60", 1)],
    tags=["clean"],
)
M("bean-machine", 5, "en", "Thanks for sorting the delivery yesterday!", "OTHER")

# -- Casa Lola (usual: estrella keg 30L, house red, rioja, EVOO, lemons, coke zero cans)
M(
    "casa-lola",
    0,
    "es",
    "Hola! Lo de siempre porfa, y 1 caja de Estrella botellines",
    lines=[("ESTRELLA-330-24", 1)],
    ref="usual",
    add=[("ESTRELLA-330-24", 1)],
    tags=["reference", "multilingual"],
)
M(
    "casa-lola",
    2,
    "es",
    "2 barriles de estrella y 3 cajas de vino de la casa",
    lines=[("ESTRELLA-KEG", 2, None), ("?", 3, HOUSE)],
    tags=["variant", "family", "multilingual"],
)
M(
    "casa-lola",
    3,
    "es",
    "2 aceite de oliva y 30 limones",
    lines=[("OIL-EVOO-5L", 2), ("LEMON-EACH", 30)],
    tags=["clean", "multilingual"],
)
M("casa-lola", 4, "es", "¿Tenéis Rioja Reserva?", "QUESTION", tags=["multilingual"])
M("casa-lola", 6, "es", "una caja de coca cola", lines=[("?", 1, COKE)], tags=["family", "multilingual"])

# -- Chez Odette (usual: double cream, butter blocks, large eggs, baguettes, house white, pellegrino 750)
M(
    "chez-odette",
    0,
    "fr",
    "Bonjour,\n\nComme d'habitude pour mercredi s'il vous plaît.\n\nOdette",
    ref="usual",
    tags=["reference", "multilingual"],
)
M(
    "chez-odette",
    1,
    "fr",
    "Bonjour, 3 plateaux d'oeufs et 2 cartons de vin blanc maison, merci",
    lines=[("?", 3, EGGS), ("WINE-HOUSE-WHITE", 2)],
    tags=["family", "multilingual"],
)
M(
    "chez-odette",
    3,
    "fr",
    "La même commande que la semaine dernière mais sans la crème, et ajoutez 1 carton de sauvignon blanc",
    lines=[("SAUV-BLANC-NZ-6", 1)],
    ref="last",
    remove=["CREAM-DOUBLE-1L"],
    add=[("SAUV-BLANC-NZ-6", 1)],
    tags=["reference", "multilingual"],
)
M("chez-odette", 4, "fr", "Pouvez-vous livrer avant 10h jeudi ?", "QUESTION", tags=["multilingual"])
M(
    "chez-odette",
    5,
    "fr",
    "20 beurre et 2 caisses de pellegrino 75cl",
    lines=[("BUTTER-BLOCK-250", 20), ("PELLEGRINO-750-12", 2)],
    tags=["clean", "multilingual"],
)

# -- Zum Hirsch (usual: estrella 50L, heineken 0.0, apple juice 1L cartons, sparkling 500, skin-on fries,
#    6oz patties)
M(
    "zum-hirsch",
    0,
    "de",
    "Hallo, wie immer bitte, aber ohne Apfelsaft. Danke",
    ref="usual",
    remove=["APPLE-JUICE"],
    tags=["reference", "multilingual"],
)
M(
    "zum-hirsch",
    1,
    "de",
    "3 Fässer Estrella und 2 Kisten Heineken alkoholfrei",
    lines=[("ESTRELLA-KEG", 3, None), ("HEINEKEN-00-24", 2)],
    tags=["variant", "multilingual"],
)
M(
    "zum-hirsch",
    2,
    "de",
    "6 Säcke Pommes und 2 Kartons Burger Patties",
    lines=[("?", 6, FRIES), ("BURGER-PATTY", 2, None)],
    tags=["family", "variant", "multilingual"],
)
M(
    "zum-hirsch",
    4,
    "de",
    "Die letzte Lieferung hatte zwei kaputte Flaschen.",
    "COMPLAINT",
    tags=["multilingual"],
)
M(
    "zum-hirsch",
    5,
    "de",
    "Bitte 30 Fässer Estrella 50L für das Stadtfest",
    lines=[("ESTRELLA-KEG", 30, "50L")],
    outlier=True,
    tags=["outlier", "multilingual"],
)

# -- Burger Barn (usual: 4oz patties, brioche buns, grated cheddar, skin-on fries, mayo, ketchup sachets,
#    coke cans)
M(
    "burger-barn",
    0,
    "en",
    "3 boxes patties 10 brioche 2 cheddar 10 fries",
    lines=[("BURGER-PATTY", 3, None), ("BUN-BRIOCHE-12", 10), ("?", 2, CHEDDAR), ("?", 10, FRIES)],
    tags=["variant", "family", "spoken"],
)
M(
    "burger-barn",
    1,
    "en",
    "3 cases of coke and 1 mayo",
    lines=[("?", 3, COKE), ("MAYO-5L", 1)],
    tags=["family"],
)
M("burger-barn", 2, "en", "repeat last order pls", ref="last", tags=["reference"])
M(
    "burger-barn",
    4,
    "en",
    "2 cases diet coke cans and 2 boxes ketchup sachets",
    lines=[("DIET-CAN-24", 2), ("KETCHUP-SACHETS-200", 2)],
    tags=["text_over_guide"],
)
M("burger-barn", 6, "en", "do you do gluten free buns?", "QUESTION")

# -- St Mary's school (usual: semi 1L, penne, basmati, chopped tomatoes, apple juice 250ml glass, still 500)
M(
    "st-marys",
    0,
    "en",
    "Subject: Order for Monday\n\nHello,\n\nPlease could we have the same as last week.\n\nMany thanks,\nPat Greene\nSchool Kitchen",
    ref="last",
    tags=["reference"],
)
M(
    "st-marys",
    1,
    "en",
    "Subject: extra\n\nHi, could you add 2 cases of apple juice to Thursday's delivery please? Pat",
    lines=[("APPLE-JUICE", 2, None)],
    tags=["variant"],
)
M(
    "st-marys",
    2,
    "en",
    "Subject: Friday\n\n40 semi skimmed milk, 4 bags penne, 1 sack basmati, 3 cases chopped tomatoes.\n\nPat",
    lines=[("?", 40, SEMI), ("PASTA-PENNE-3KG", 4), ("RICE-BASMATI-10KG", 1), ("TOM-CHOPPED-6", 3)],
    tags=["family"],
)
M(
    "st-marys",
    3,
    "en",
    "Subject: Half term\n\nJust to let you know we are closed next week for half term, no deliveries please.",
    "OTHER",
)
M(
    "st-marys",
    5,
    "en",
    "Subject: water\n\n400 cases of still water 500ml please",
    lines=[("WATER-STILL-500", 400)],
    outlier=True,
    tags=["outlier"],
)

# -- Oakview Care Home (usual: semi 1L, whole 1L, tea, butter portions, medium eggs, OJ 1L cartons)
M(
    "oakview-care",
    0,
    "en",
    "Subject: weekly\n\nPlease send our usual order, plus 2 packs of blue roll.\n\nSue",
    lines=[("BLUE-ROLL-6", 2)],
    ref="usual",
    add=[("BLUE-ROLL-6", 2)],
    tags=["reference"],
)
M(
    "oakview-care",
    1,
    "en",
    "Subject: eggs\n\n4 trays of eggs and 2 cases orange juice please",
    lines=[("?", 4, EGGS), ("OJ-NFC", 2, None)],
    tags=["family", "variant"],
)
M(
    "oakview-care",
    3,
    "en",
    "Subject: milk\n\n20 semi skimmed 1l and 10 whole milk 1l",
    lines=[("MILK-SEMI-1L", 20), ("MILK-WHOLE-1L", 10)],
    tags=["clean"],
)
M(
    "oakview-care",
    4,
    "en",
    "Subject: invoice\n\nCould you resend invoice 4471? Finance can't find it.",
    "QUESTION",
)
M(
    "oakview-care",
    6,
    "en",
    "Subject: tea\n\n2 boxes of tea bags and 3 boxes butter portions please",
    lines=[("TEA-EB-1100", 2), ("BUTTER-PORTIONS-100", 3)],
    tags=["clean"],
)

# -- La Brasa (usual: avocados, limes, red onions, chicken breast, corona, fanta)
M(
    "la-brasa",
    0,
    "es",
    "lo mismo que la semana pasada pero 100 aguacates",
    ref="last",
    set={"AVOCADO-EACH": 100},
    lines=[("AVOCADO-EACH", 100)],
    tags=["reference", "multilingual"],
)
M(
    "la-brasa",
    2,
    "es",
    "3 cajas de corona y 10 kg de pechuga de pollo",
    lines=[("CORONA-355-24", 3), ("CHICKEN-BREAST-KG", 10)],
    tags=["clean", "multilingual"],
)
M(
    "la-brasa",
    3,
    "es",
    "80 limas y 8 kg cebolla morada",
    lines=[("LIME-EACH", 80), ("ONION-RED-KG", 8)],
    tags=["clean", "multilingual"],
)
M("la-brasa", 5, "es", "el pedido llegó sin las coronas!!", "COMPLAINT", tags=["multilingual"])
M(
    "la-brasa",
    6,
    "es",
    "900 kg de pechuga de pollo",
    lines=[("CHICKEN-BREAST-KG", 900)],
    outlier=True,
    tags=["outlier", "multilingual"],
)

# -- Trattoria da Nonna (usual: spaghetti, parmesan, chopped tomatoes, fior di latte, house red, panna)
M(
    "trattoria-nonna",
    0,
    "it",
    "Buongiorno, come sempre per martedì, grazie",
    ref="usual",
    tags=["reference", "multilingual"],
)
M(
    "trattoria-nonna",
    2,
    "it",
    "6 mozzarelle e 2 casse di vino rosso della casa",
    lines=[("?", 6, MOZZ), ("WINE-HOUSE-RED", 2)],
    tags=["family", "multilingual"],
)
M(
    "trattoria-nonna",
    3,
    "it",
    "4 spaghetti, 3 parmigiano, 2 acqua panna",
    lines=[("PASTA-SPAGHETTI-3KG", 4), ("PARMESAN-GRATED-1KG", 3), ("PANNA-750-12", 2)],
    tags=["clean", "multilingual"],
)
M("trattoria-nonna", 5, "it", "Avete il basilico fresco?", "QUESTION", tags=["multilingual"])

# -- Harbour Fish Bar (usual: maris piper, rapeseed oil, ketchup sachets, coke glass, still 500, blue roll)
M(
    "harbour-fish-bar",
    0,
    "en",
    "6 sacks spuds 3 oil",
    lines=[("POTATO-MARIS-25KG", 6), ("?", 3, OIL)],
    tags=["family", "spoken"],
)
M(
    "harbour-fish-bar",
    1,
    "en",
    "1 case of coke and 2 still water",
    lines=[("?", 1, COKE), ("?", 2, STILL)],
    tags=["family"],
)
M("harbour-fish-bar", 2, "en", "same again mate", ref="last", tags=["reference"])
M(
    "harbour-fish-bar",
    4,
    "en",
    "2 boxes ketchup sachets 1 blue roll 1 mayo",
    lines=[("KETCHUP-SACHETS-200", 2), ("BLUE-ROLL-6", 1), ("MAYO-5L", 1)],
    tags=["clean"],
)
M("harbour-fish-bar", 6, "en", "running late today, leave it round the back", "OTHER")

# -- Roxy Cinema kiosk (usual: coke zero cans, fanta, still 500, red bull, 16oz cold cups, black straws)
M(
    "roxy-cinema",
    0,
    "en",
    "Subject: kiosk order\n\nHi,\n\nThe usual please for Thursday.\n\nRegards,\nDev",
    ref="usual",
    tags=["reference"],
)
M(
    "roxy-cinema",
    1,
    "en",
    "Subject: cups\n\n1 case of cold cups and 2 boxes of straws please",
    lines=[("CUP-COLD-PET", 1, None), ("STRAW-PAPER-250", 2, None)],
    tags=["variant"],
)
M(
    "roxy-cinema",
    2,
    "en",
    "Subject: drinks\n\n4 cases coke zero, 2 fanta, 1 red bull",
    lines=[("?", 4, ZERO), ("FANTA-CAN-24", 2), ("REDBULL-24", 1)],
    tags=["family"],
)
M(
    "roxy-cinema",
    4,
    "en",
    "Subject: Re: drinks\n\n8 cases coke zero cans please, big premiere weekend",
    lines=[("ZERO-CAN-24", 8)],
    tags=["clean"],
)
M("roxy-cinema", 5, "en", "Subject: Opening hours\n\nAre you open on Easter Monday?", "QUESTION")

# -- Fairway Golf Club (usual: prosecco 75, sauv blanc, gordon's 70cl, light tonic, lemons, white napkins)
M(
    "fairway-golf",
    0,
    "en",
    "Subject: Bar order\n\n3 bottles of gordons, 2 cases tonic, 20 lemons\n\nGeoff",
    lines=[("GIN-GORDONS", 3, None), ("?", 2, TONIC), ("LEMON-EACH", 20)],
    tags=["variant", "family"],
)
M(
    "fairway-golf",
    1,
    "en",
    "Subject: napkins\n\n1 pack dinner napkins please",
    lines=[("NAPKIN-DINNER-40", 1, None)],
    tags=["variant"],
)
M(
    "fairway-golf",
    3,
    "en",
    "Subject: Order\n\nSame as last time please but only 1 case of sauvignon.\n\nGeoff",
    lines=[("SAUV-BLANC-NZ-6", 1)],
    ref="last",
    set={"SAUV-BLANC-NZ-6": 1},
    tags=["reference"],
)
M(
    "fairway-golf",
    4,
    "en",
    "Subject: Captain's dinner\n\n2 cases prosecco 75cl and 2 cases sauvignon blanc",
    lines=[("PROSECCO-75-6", 2), ("SAUV-BLANC-NZ-6", 2)],
    tags=["clean"],
)
M("fairway-golf", 6, "en", "Subject: thanks\n\nGreat service this month, thank you all.", "OTHER")

# -- Grand Hall Events (varied: no usual basket; buys house red AND white)
M(
    "grand-events",
    0,
    "en",
    "Subject: Saturday wedding\n\nThe usual for Saturday please.\n\nEvents team",
    ref="usual",
    tags=["reference", "ambiguous_reference"],
)
M(
    "grand-events",
    1,
    "en",
    "Subject: wine\n\n4 cases house wine and 6 cases still water 500ml",
    lines=[("?", 4, HOUSE), ("WATER-STILL-500", 6)],
    tags=["family"],
)
M(
    "grand-events",
    2,
    "en",
    "Subject: bubbles\n\n4 cases of prosecco piccolo",
    lines=[("PROSECCO-20-24", 4)],
    tags=["clean"],
)
M(
    "grand-events",
    4,
    "en",
    "Subject: napkins\n\n1 pack of cocktail napkins please",
    lines=[("NAPKIN-COCKTAIL-24", 1, None)],
    tags=["variant"],
)
M("grand-events", 5, "en", "Subject: Re: Saturday\n\nCan we pay this one on account?", "QUESTION")

# -- Brasserie du Nord (usual: estrella bottles, cider keg, straight chips, mayo, medium eggs, house rosé)
M(
    "brasserie-nord",
    0,
    "fr",
    "Salut, comme la semaine dernière stp",
    ref="last",
    tags=["reference", "multilingual"],
)
M(
    "brasserie-nord",
    1,
    "fr",
    "8 sacs de frites et 2 plateaux d'oeufs",
    lines=[("?", 8, FRIES), ("?", 2, EGGS)],
    tags=["family", "multilingual"],
)
M(
    "brasserie-nord",
    3,
    "fr",
    "1 fût de cidre et 3 caisses d'estrella bouteilles",
    lines=[("?", 1, CIDER), ("ESTRELLA-330-24", 3)],
    tags=["family", "multilingual"],
)
M(
    "brasserie-nord",
    4,
    "fr",
    "2 cartons de rosé maison et 1 mayo",
    lines=[("WINE-HOUSE-ROSE", 2), ("MAYO-5L", 1)],
    tags=["clean", "multilingual"],
)
M("brasserie-nord", 6, "fr", "Le livreur a oublié les oeufs ce matin", "COMPLAINT", tags=["multilingual"])

# -- Sunrise Cafe (usual: croissants, decaf, house beans, skimmed 1L, semi 1L, caramel syrup, brown sticks)
M("sunrise-cafe", 0, "en", "morning! usual please 🙂", ref="usual", tags=["reference"])
M(
    "sunrise-cafe",
    1,
    "en",
    "6 skimmed milk and 12 semi",
    lines=[("?", 6, SKIM), ("?", 12, SEMI)],
    tags=["family"],
)
M(
    "sunrise-cafe",
    3,
    "en",
    "2 caramel syrup, 1 box brown sugar sticks, 1 decaf",
    lines=[("SYRUP-CARAMEL-1L", 2), ("SUGAR-STICKS-BROWN", 1), ("COFFEE-DECAF-1KG", 1)],
    tags=["clean"],
)
M("sunrise-cafe", 4, "en", "3 bags of coffee beans pls", lines=[("COFFEE-HOUSE-1KG", 3)], tags=["clean"])
M("sunrise-cafe", 6, "en", "is the hot chocolate gluten free?", "QUESTION")

# -- Biergarten am Rhein (usual: estrella 30L, IPA cans, still 1.5L, cloudy lemonade, sesame buns, large
#    nitrile gloves)
M(
    "biergarten-rhein",
    0,
    "de",
    "Servus! Das Gleiche wie letzte Woche, plus 1 Kiste Heineken 0.0",
    lines=[("HEINEKEN-00-24", 1)],
    ref="last",
    add=[("HEINEKEN-00-24", 1)],
    tags=["reference", "multilingual"],
)
M(
    "biergarten-rhein",
    1,
    "de",
    "4 Fässer Estrella und 6 Packungen Brötchen",
    lines=[("ESTRELLA-KEG", 4, None), ("?", 6, BUNS)],
    tags=["variant", "family", "multilingual"],
)
M(
    "biergarten-rhein",
    3,
    "de",
    "1 Box Nitril Handschuhe und 2 Kisten Limonade",
    lines=[("GLOVE-NITRILE-100", 1, None), ("LEMONADE-CLOUDY-12", 2)],
    tags=["variant", "multilingual"],
)
M("biergarten-rhein", 4, "de", "Wann kommt die Lieferung am Samstag?", "QUESTION", tags=["multilingual"])
M(
    "biergarten-rhein",
    5,
    "de",
    "2 Kisten Harbourside IPA",
    lines=[("IPA-CAN-24", 2)],
    tags=["clean", "multilingual"],
)

# -- Smoothie Stop (usual: apple juice 1L, OJ 1L, 20oz cold cups, white straws, oatly)
M(
    "smoothie-stop",
    0,
    "en",
    "3 apple juice 4 orange juice 2 oatly",
    lines=[("APPLE-JUICE", 3, None), ("OJ-NFC", 4, None), ("OAT-BARISTA-6", 2)],
    tags=["variant", "spoken"],
)
M(
    "smoothie-stop",
    2,
    "en",
    "usual order + 10 avocados",
    lines=[("AVOCADO-EACH", 10)],
    ref="usual",
    add=[("AVOCADO-EACH", 10)],
    tags=["reference"],
)
M(
    "smoothie-stop",
    3,
    "en",
    "1 case cold cups, 2 boxes straws",
    lines=[("CUP-COLD-PET", 1, None), ("STRAW-PAPER-250", 2, None)],
    tags=["variant"],
)
M("smoothie-stop", 5, "en", "cheers for the quick delivery", "OTHER")

# -- The Red Fox Inn (usual: cider keg, guinness keg, light tonic, smirnoff 1L, bacardi, limes)
M(
    "red-fox",
    0,
    "en",
    "1 cider 1 guinness 3 smirnoff",
    lines=[("?", 1, CIDER), ("GUINNESS-KEG-50", 1), ("VODKA-SMIRNOFF", 3, None)],
    tags=["family", "variant", "spoken"],
)
M("red-fox", 1, "en", "the usual pls", ref="usual", tags=["reference"])
M(
    "red-fox",
    3,
    "en",
    "2 cases indian tonic this week, customers asking for it",
    lines=[("TONIC-24", 2)],
    tags=["text_over_guide"],
)
M(
    "red-fox",
    4,
    "en",
    "2 bacardi and 40 limes",
    lines=[("RUM-BACARDI-70", 2), ("LIME-EACH", 40)],
    tags=["clean"],
)
M("red-fox", 6, "en", "can you invoice us monthly from now on?", "QUESTION")

# -- Bodega del Sol (usual: house white, prosecco 75, aperol, estrella bottles, EVOO, halloumi)
M(
    "bodega-sol",
    0,
    "es",
    "Buenas, lo de siempre pero sin halloumi",
    ref="usual",
    remove=["HALLOUMI-12"],
    tags=["reference", "multilingual"],
)
M(
    "bodega-sol",
    1,
    "es",
    "3 cajas de vino de la casa y 4 aperol",
    lines=[("?", 3, HOUSE), ("APEROL-70", 4)],
    tags=["family", "multilingual"],
)
M(
    "bodega-sol",
    3,
    "es",
    "2 cajas de estrella botellines y 1 aceite de oliva",
    lines=[("ESTRELLA-330-24", 2), ("OIL-EVOO-5L", 1)],
    tags=["clean", "multilingual"],
)
M("bodega-sol", 4, "es", "¿A qué hora pasáis el viernes?", "QUESTION", tags=["multilingual"])
M(
    "bodega-sol",
    5,
    "es",
    "2 cajas de vino tinto de la casa",
    lines=[("WINE-HOUSE-RED", 2)],
    tags=["text_over_guide", "multilingual"],
)

# -- Le Petit Zinc (usual: house beans, croissants, OJ 250ml glass, whole 1L, white sticks, hot choc)
M("petit-zinc", 0, "fr", "Bonjour, comme d'habitude svp", ref="usual", tags=["reference", "multilingual"])
M(
    "petit-zinc",
    1,
    "fr",
    "12 lait entier et 1 carton de jus d'orange",
    lines=[("?", 12, WHOLE), ("OJ-NFC", 1, None)],
    tags=["family", "variant", "multilingual"],
)
M(
    "petit-zinc",
    3,
    "fr",
    "2 cartons de croissants et 2 cafés en grain",
    lines=[("CROISSANT-60", 2), ("COFFEE-HOUSE-1KG", 2)],
    tags=["clean", "multilingual"],
)
M("petit-zinc", 5, "fr", "Merci pour la livraison de ce matin !", "OTHER", tags=["multilingual"])

# -- Taco Loco Truck (varied; no usual)
M("taco-truck", 0, "en", "same as usual pls", ref="usual", tags=["reference", "ambiguous_reference"])
M(
    "taco-truck",
    2,
    "en",
    "40 avocados 50 limes 8kg mince",
    lines=[("AVOCADO-EACH", 40), ("LIME-EACH", 50), ("BEEF-MINCE-KG", 8)],
    tags=["clean", "spoken"],
)
M("taco-truck", 3, "en", "2 boxes of gloves medium", lines=[("?", 2, GLOVES)], tags=["family"])
M("taco-truck", 5, "en", "where are you guys? still waiting", "COMPLAINT")

# -- Hotel Belvedere (usual: large eggs, butter portions, whole 2L, OJ 250ml glass, croissants, tea,
#    burgundy napkins)
M(
    "hotel-belvedere",
    0,
    "en",
    "Subject: Breakfast order\n\nGood morning,\n\nPlease repeat our last order.\n\nKind regards,\nPurchasing",
    ref="last",
    tags=["reference"],
)
M(
    "hotel-belvedere",
    1,
    "en",
    "Subject: eggs\n\n6 trays of eggs and 10 whole milk 2l",
    lines=[("?", 6, EGGS), ("MILK-WHOLE-2L", 10)],
    tags=["family"],
)
M(
    "hotel-belvedere",
    2,
    "en",
    "Subject: napkins\n\n1 pack of dinner napkins and 3 cases orange juice",
    lines=[("NAPKIN-DINNER-40", 1, None), ("OJ-NFC", 3, None)],
    tags=["variant"],
)
M(
    "hotel-belvedere",
    4,
    "en",
    "Subject: Conference\n\n60 boxes of croissants for the conference on Friday",
    lines=[("CROISSANT-60", 60)],
    outlier=True,
    tags=["outlier"],
)
M(
    "hotel-belvedere",
    5,
    "en",
    "Subject: Allergen sheet\n\nCould you send the allergen sheet for the croissants?",
    "QUESTION",
)
M(
    "hotel-belvedere",
    6,
    "en",
    "Subject: butter\n\n4 boxes butter portions and 1 box tea bags",
    lines=[("BUTTER-PORTIONS-100", 4), ("TEA-EB-1100", 1)],
    tags=["clean"],
)

# -- Kebab Corner (usual: iceberg, salad tomatoes, brown onions, wings, coke cans, sprite)
M(
    "kebab-corner",
    0,
    "en",
    "10 lettuce 6kg tomatoes 10kg onions",
    lines=[("LETTUCE-ICEBERG", 10), ("TOMATO-SALAD-KG", 6), ("ONION-BROWN-KG", 10)],
    tags=["clean", "spoken"],
)
M(
    "kebab-corner",
    1,
    "en",
    "2 coke 1 sprite 4 wings",
    lines=[("?", 2, COKE), ("SPRITE-CAN-24", 1), ("CHICKEN-WINGS-2KG", 4)],
    tags=["family", "spoken"],
)
M("kebab-corner", 3, "en", "same as last week", ref="last", tags=["reference"])
M(
    "kebab-corner",
    4,
    "en",
    "2 cases coke zero cans instead of normal coke this week",
    lines=[("ZERO-CAN-24", 2)],
    tags=["text_over_guide"],
)
M("kebab-corner", 6, "en", "tomatoes were soft again, not happy", "COMPLAINT")

# -- Gelateria Luna (usual: single cream, whole 1L, 12oz cold cups, red stripe straws, still 500)
M(
    "gelateria-luna",
    0,
    "it",
    "Ciao! Il solito per favore, e in più 1 scatola di zucchero bustine",
    lines=[("SUGAR-STICKS-WHITE", 1)],
    ref="usual",
    add=[("SUGAR-STICKS-WHITE", 1)],
    tags=["reference", "multilingual"],
)
M(
    "gelateria-luna",
    1,
    "it",
    "10 panna da cucina e 20 latte intero",
    lines=[("CREAM-SINGLE-1L", 10), ("?", 20, WHOLE)],
    tags=["family", "multilingual"],
)
M(
    "gelateria-luna",
    3,
    "it",
    "1 cassa di bicchieri e 1 scatola di cannucce",
    lines=[("CUP-COLD-PET", 1, None), ("STRAW-PAPER-250", 1, None)],
    tags=["variant", "multilingual"],
)
M("gelateria-luna", 5, "it", "Grazie mille!", "OTHER", tags=["multilingual"])

# -- Sportsbar K.O. (usual: red bull sf, zero glass, wings, straight chips, smirnoff 70cl, iced tea 500ml)
M("sportsbar-ko", 0, "de", "wie letzte woche bitte", ref="last", tags=["reference", "multilingual"])
M(
    "sportsbar-ko",
    1,
    "de",
    "2 Kisten Cola Zero und 5 Chicken Wings",
    lines=[("?", 2, ZERO), ("CHICKEN-WINGS-2KG", 5)],
    tags=["family", "multilingual"],
)
M(
    "sportsbar-ko",
    2,
    "de",
    "2 Smirnoff und 2 Kisten Eistee",
    lines=[("VODKA-SMIRNOFF", 2, None), ("ICED-TEA-LEMON", 2, None)],
    tags=["variant", "multilingual"],
)
M("sportsbar-ko", 4, "de", "6 Pommes", lines=[("?", 6, FRIES)], tags=["family", "multilingual"])
M(
    "sportsbar-ko",
    5,
    "de",
    "2 Kisten Red Bull normal, nicht sugarfree",
    lines=[("REDBULL-24", 2)],
    tags=["text_over_guide", "multilingual"],
)

# -- first-time customers (no history)
M(
    "new-deli",
    0,
    "en",
    "Hi, we're a new deli on Mill Street. Could you send 2 cases of coke and 1 olive oil?",
    lines=[("?", 2, COKE), ("OIL-EVOO-5L", 1)],
    tags=["family", "new_customer"],
)
M("new-deli", 2, "en", "same again as last time please", ref="last", tags=["reference", "new_customer"])
M(
    "new-deli",
    3,
    "en",
    "3 cases still water 500ml and 2 cases fanta",
    lines=[("WATER-STILL-500", 3), ("FANTA-CAN-24", 2)],
    tags=["clean", "new_customer"],
)
M("new-deli", 5, "en", "what's the minimum order for free delivery?", "QUESTION", tags=["new_customer"])
M(
    "nuevo-bar",
    0,
    "es",
    "Hola, lo de siempre",
    ref="usual",
    tags=["reference", "new_customer", "multilingual"],
)
M(
    "nuevo-bar",
    2,
    "es",
    "4 cajas de estrella botellines y 2 de coca cola zero lata",
    lines=[("ESTRELLA-330-24", 4), ("ZERO-CAN-24", 2)],
    tags=["clean", "new_customer", "multilingual"],
)
M(
    "nuevo-bar",
    4,
    "es",
    "¿Cuánto cuesta el barril de Estrella?",
    "QUESTION",
    tags=["new_customer", "multilingual"],
)
M(
    "neues-cafe",
    0,
    "de",
    "Hallo, 2 Packungen Oatly und 3 Beutel Kaffeebohnen bitte",
    lines=[("OAT-BARISTA-6", 2), ("COFFEE-HOUSE-1KG", 3)],
    tags=["clean", "new_customer", "multilingual"],
)
M("neues-cafe", 2, "de", "Wie immer bitte", ref="usual", tags=["reference", "new_customer", "multilingual"])
M(
    "neues-cafe",
    4,
    "de",
    "6 Milch",
    lines=[("?", 6, SEMI + WHOLE + SKIM)],
    tags=["family", "new_customer", "multilingual"],
)


# ------------------------------------------------------------------------------------------------ labels
def _label_line(spec: tuple[Any, ...]) -> dict[str, Any]:
    sku, q = spec[0], spec[1]
    if sku == "?":
        return {"sku": None, "quantity": q, "candidates": list(spec[2])}
    d: dict[str, Any] = {"sku": sku, "quantity": q}
    if len(spec) > 2:
        d["variant"] = spec[2]
    return d


def _needs_review(lines: list[dict[str, Any]]) -> bool:
    return any(
        x["sku"] is None or x["quantity"] is None or ("variant" in x and x["variant"] is None) for x in lines
    )


def _with_history(line: dict[str, Any], past: list[dict[str, Any]]) -> dict[str, Any]:
    had = [x for o in past for x in o["lines"]]
    skus = {x["sku"] for x in had}
    out = dict(line)
    if out["sku"] is None and out.get("candidates"):
        inside = [c for c in out["candidates"] if c in skus]
        if len(inside) != 1:
            return out
        out = {"sku": inside[0], "quantity": out["quantity"]}
        variants = {x.get("variant") for x in had if x["sku"] == inside[0]}
        if variants != {None}:
            out["variant"] = variants.pop() if len(variants) == 1 else None
    elif out["sku"] is not None and "variant" in out and out["variant"] is None:
        variants = {x.get("variant") for x in had if x["sku"] == out["sku"]}
        if len(variants) == 1:
            out["variant"] = variants.pop()
    return out


def _base(kind: str, past: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    if not past:
        return None
    if kind == "last":
        return [dict(x) for x in past[-1]["lines"]]
    counts = Counter(basket_key(o["lines"]) for o in past)
    ranked = counts.most_common(2)
    if ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return [dict(x) for x in next(o for o in past if basket_key(o["lines"]) == ranked[0][0])["lines"]]


def build() -> None:
    hist = histories()
    by_key = {c["key"]: c for c in CUSTOMERS}
    for c in CUSTOMERS:  # the usual is unique where a customer has one, and no basket repeats where not
        counts = Counter(basket_key(o["lines"]) for o in hist[c["key"]])
        if c["pattern"] in ("regular", "steady"):
            assert counts[basket_key([_line(t) for t in c["usual"]])] == max(counts.values()), c["key"]
            assert list(counts.values()).count(max(counts.values())) == 1, c["key"]
        if c["pattern"] == "varied":
            assert max(counts.values()) == 1, c["key"]
    with (HERE / "histories4.jsonl").open("w", encoding="utf-8") as f:
        for c in CUSTOMERS:
            row = {k: c[k] for k in ("key", "name", "kind", "channel", "address", "language")}
            row["customer"] = row.pop("key")
            row["orders"] = hist[c["key"]]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    rows = []
    for m in MESSAGES:
        c = by_key[m["customer"]]
        day = date(2026, 3, 23) + timedelta(days=m["day"])
        past = [o for o in hist[c["key"]] if date.fromisoformat(o["date"]) < day]
        lab = m["labels"]
        lines = [_label_line(x) for x in m["lines"]]
        row: dict[str, Any] = {
            "id": None,
            "channel": c["channel"],
            "customer": c["key"],
            "date": day.isoformat(),
            "language": m["language"],
            "text": m["text"],
            "intent": m["intent"],
            "lines": lines,
        }
        if m["intent"] == "ORDER":
            review = _needs_review(lines) or "ref" in lab or bool(lab.get("review"))
            row["expect_review"] = review
            if "ref" in lab:
                base = _base(lab["ref"], past)
                if base is None:
                    with_h, review_h = None, True
                else:
                    with_h = [x for x in base if x["sku"] not in set(lab.get("remove", []))]
                    for x in with_h:
                        if x["sku"] in lab.get("set", {}):
                            x["quantity"] = lab["set"][x["sku"]]
                    for spec in lab.get("add", []):
                        add = _label_line(spec)
                        same = [
                            x
                            for x in with_h
                            if x["sku"] == add["sku"] and x.get("variant") == add.get("variant")
                        ]
                        if same:
                            same[0]["quantity"] += add["quantity"]
                        else:
                            with_h.append(add)
                    review_h = _needs_review(with_h)
            else:
                with_h = [_with_history(x, past) for x in lines]
                review_h = _needs_review(with_h) or bool(lab.get("review"))
            review_h = review_h or bool(lab.get("outlier"))
            if with_h is not None and with_h != lines:
                row["lines_with_history"] = with_h
            if review_h != review or lab.get("outlier") or "ref" in lab:
                row["expect_review_with_history"] = review_h
        row["tags"] = m["tags"] or ([] if m["intent"] == "ORDER" else [m["intent"].lower()])
        row["notes"] = ""
        rows.append(row)
    random.Random(15).shuffle(rows)
    with (HERE / "holdout4.jsonl").open("w", encoding="utf-8") as f:
        for i, row in enumerate(rows, start=1):
            row["id"] = f"h{i:03d}"
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_order = sum(r["intent"] == "ORDER" for r in rows)
    print(
        f"{len(CUSTOMERS)} customers, {sum(len(v) for v in hist.values())} past orders; {len(rows)} messages, "
        f"{n_order} ORDER, {sum(1 for r in rows if r['intent'] == 'ORDER' and not r['expect_review'])} clean "
        f"without history, "
        f"{sum(1 for r in rows if r['intent'] == 'ORDER' and not r.get('expect_review_with_history', r['expect_review']))}"
        " clean with history"
    )


if __name__ == "__main__":
    build()
