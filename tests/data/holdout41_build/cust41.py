# ruff: noqa  (hand-written data generator of blind set 41, kept as its writer left it)
"""Customers of the 41st blind set, their hand-written usual baskets, and the seeded history generator."""

import datetime
import random

# (key, name, kind, channel, address, language, mode, weeks, weekday offset, usual basket, extras)
# basket lines: (sku, quantity, variant or None)
CUSTOMERS = [
    (
        "bella-napoli",
        "Bella Napoli Pizzeria",
        "neapolitan pizzeria",
        "WHATSAPP",
        "+447700900411",
        "it",
        "steady",
        7,
        0,
        [
            ("FLOUR-CAPUTO-PIZZ", 8, None),
            ("MOZZ-FIOR", 20, None),
            ("TOM-PELATI", 3, None),
            ("GRANA-GRATED", 2, None),
            ("EVOO", 2, "5L Tin"),
            ("BOX-WHITE", 3, '12" (pack of 100)'),
            ("NDUJA", 2, None),
            ("SALAMI-SPIANATA", 4, None),
            ("OREGANO-500", 1, None),
            ("SANPELL-LIMONATA", 2, None),
        ],
        [("ANCHOVY-TIN", 1, None), ("RICOTTA", 1, None)],
    ),
    (
        "forno-rosso",
        "Forno Rosso",
        "pizzeria",
        "EMAIL",
        "ordini@fornorosso.example",
        "it",
        "regular",
        6,
        1,
        [
            ("FLOUR-5S-NAPO", 10, None),
            ("MOZZ-FIOR", 15, None),
            ("MOZZ-BUFALA", 4, None),
            ("PASSATA", 4, "6 x 2.5kg Tin"),
            ("HAM-COTTO", 3, None),
            ("HAM-CRUDO", 2, None),
            ("MUSH-FRESH", 2, None),
            ("ARTICHOKE", 2, None),
            ("BOX-KRAFT", 4, '12" (pack of 100)'),
            ("SANPELL-ARANCIATA", 1, None),
            ("EVOO", 6, "1L Bottle"),
        ],
        [("GORGONZOLA", 1, None), ("OLIVES-BLACK", 1, None)],
    ),
    (
        "pizza-palace",
        "Pizza Palace Ilford",
        "pizza takeaway",
        "SMS",
        "+447700900412",
        "en",
        "regular",
        8,
        2,
        [
            ("MOZZ-GRATED", 10, None),
            ("SAUCE-PIZZA-CLASSIC", 2, None),
            ("PEPPERONI-SLICED", 6, "35mm"),
            ("HAM-DICED", 4, None),
            ("CHICKEN-TIKKA", 4, None),
            ("PINEAPPLE-TIN", 3, None),
            ("SWEETCORN-TIN", 2, None),
            ("BOX-WHITE", 4, '10" (pack of 100)'),
            ("BOX-WHITE", 6, '12" (pack of 100)'),
            ("DIP-GARLIC", 2, None),
            ("COLA-ORIG", 3, "24 x 330ml Can"),
            ("FANTA-CAN", 1, None),
        ],
        [("JALAPENO", 1, None), ("KETCHUP-SACHET", 2, None)],
    ),
    (
        "mama-mia",
        "Mama Mia Takeaway",
        "pizza and kebab takeaway",
        "WHATSAPP",
        "+447700900413",
        "en",
        "steady",
        6,
        0,
        [
            ("MOZZ-BLEND", 8, None),
            ("SAUCE-PIZZA-CLASSIC", 2, None),
            ("PEPPERONI-HALAL", 5, None),
            ("CHICKEN-STRIPS", 3, None),
            ("DONER-SLICED", 4, None),
            ("JALAPENO", 1, None),
            ("OLIVES-BLACK", 2, None),
            ("BOX-PRINTED", 3, '10" (pack of 100)'),
            ("BOX-PRINTED", 4, '12" (pack of 100)'),
            ("DIP-POT", 1, "2oz"),
            ("DIP-LID", 1, "2oz"),
            ("COLA-ORIG", 2, "24 x 330ml Can"),
            ("COLA-DIET-CAN", 1, None),
        ],
        [("SAUCE-KEBAB-CHILLI", 2, None), ("AYRAN", 1, None)],
    ),
    (
        "dardania",
        "Pizzeria Dardania",
        "pizzeria",
        "WHATSAPP",
        "+447700900414",
        "sq",
        "regular",
        7,
        3,
        [
            ("FLOUR-STRONG-16", 6, None),
            ("MOZZ-GRATED", 8, None),
            ("PASSATA", 3, "6 x 2.5kg Tin"),
            ("SUCUK-SLICED", 3, None),
            ("HAM-DICED", 3, None),
            ("MUSH-TIN", 4, None),
            ("FETA-TIN", 2, None),
            ("BOX-WHITE", 4, '12" (pack of 100)'),
            ("AYRAN", 2, None),
            ("COLA-ORIG", 2, "24 x 330ml Can"),
            ("NAPKINS", 1, "White"),
        ],
        [("OLIVES-BLACK", 1, None), ("CHILLI-FLAKES", 1, None)],
    ),
    (
        "kosova-grill",
        "Kosova Grill & Pizza",
        "grill and pizza takeaway",
        "SMS",
        "+447700900415",
        "en",
        "steady",
        8,
        1,
        [
            ("DONER-CONE", 2, "15kg"),
            ("CHICKEN-DONER", 4, None),
            ("MOZZ-SHREDDED", 6, None),
            ("SAUCE-KEBAB-CHILLI", 4, None),
            ("SAUCE-GARLIC-TUB", 4, None),
            ("OIL-RAPESEED-20L", 3, None),
            ("BOX-KRAFT", 3, '10" (pack of 100)'),
            ("FOIL-CONTAINER", 2, None),
            ("PAPER-BAG", 1, "Brown"),
            ("COLA-ZERO-CAN", 2, None),
            ("WATER-STILL-500", 2, None),
        ],
        [("MAYO-10L", 1, None), ("ONION-DICED-FZ", 2, None)],
    ),
    (
        "lisboa-pizza",
        "Lisboa Pizza & Grill",
        "pizza and grill",
        "WHATSAPP",
        "+447700900416",
        "pt",
        "regular",
        6,
        2,
        [
            ("FLOUR-CAPUTO-CUOCO", 5, None),
            ("MOZZ-SHREDDED", 8, None),
            ("TOM-CHOPPED", 3, None),
            ("CHORIZO-SLICED", 4, None),
            ("TUNA-TIN", 3, None),
            ("OLIVES-BLACK", 2, None),
            ("SWEETCORN-TIN", 2, None),
            ("BOX-KRAFT", 4, '12" (pack of 100)'),
            ("SUMOL-ANANAS", 2, None),
            ("SUMOL-LARANJA", 1, None),
            ("OIL-POMACE-5L", 2, None),
        ],
        [("OREGANO-500", 1, None), ("PEPPERS-ROASTED", 1, None)],
    ),
    (
        "sabor-pizzaria",
        "Sabor Pizzaria",
        "brazilian pizzeria",
        "EMAIL",
        "compras@saborpizzaria.example",
        "pt",
        "steady",
        5,
        3,
        [
            ("FLOUR-5S-SUPER", 6, None),
            ("MOZZ-BLOCK", 10, None),
            ("SAUCE-PIZZA-CLASSIC", 3, None),
            ("HAM-COTTO", 4, None),
            ("CHICKEN-BBQ", 3, None),
            ("SWEETCORN-TIN", 3, None),
            ("OLIVES-GREEN", 2, None),
            ("OREGANO-500", 2, None),
            ("BOX-WHITE", 4, '14" (pack of 50)'),
            ("WATER-SPARK-500", 2, None),
            ("COLA-ZERO-CAN", 2, None),
        ],
        [("MUSH-TIN", 1, None), ("PEPPERS-ROASTED", 1, None)],
    ),
    (
        "anatolia",
        "Anatolia Kebab & Pizza",
        "kebab and pizza shop",
        "WHATSAPP",
        "+447700900417",
        "tr",
        "regular",
        7,
        4,
        [
            ("DONER-CONE", 2, "20kg"),
            ("MOZZ-GRATED", 6, None),
            ("SUCUK-SLICED", 4, None),
            ("PEPPERONI-HALAL", 3, None),
            ("TOM-PASTE", 2, None),
            ("SAUCE-KEBAB-CHILLI", 3, None),
            ("OIL-RAPESEED-20L", 2, None),
            ("BOX-WHITE", 5, '12" (pack of 100)'),
            ("AYRAN", 3, None),
            ("ULUDAG-GAZOZ", 2, None),
            ("GLOVES-VINYL", 4, "Large"),
        ],
        [("FETA-TIN", 1, None), ("CHILLI-FLAKES", 1, None)],
    ),
    (
        "efes-pizza",
        "Efes Pizza",
        "pizza takeaway",
        "SMS",
        "+447700900418",
        "en",
        "steady",
        6,
        0,
        [
            ("MOZZ-BLEND", 6, None),
            ("SAUCE-PIZZA-SPICY", 2, None),
            ("PEPPERONI-HALAL", 4, None),
            ("CHICKEN-TIKKA", 3, None),
            ("MEATBALLS", 2, None),
            ("JALAPENO", 2, None),
            ("BOX-PRINTED", 4, '12" (pack of 100)'),
            ("BOX-PRINTED", 2, '14" (pack of 50)'),
            ("DIP-CHILLI", 1, None),
            ("COLA-ORIG", 2, "6 x 1.5L Bottle"),
            ("FANTA-CAN", 1, None),
        ],
        [("SWEETCORN-TIN", 1, None), ("DIP-GARLIC", 1, None)],
    ),
    (
        "istanbul-grill",
        "Istanbul Grill",
        "grill and pide house",
        "EMAIL",
        "siparis@istanbulgrill.example",
        "tr",
        "regular",
        6,
        1,
        [
            ("DONER-CONE", 3, "10kg"),
            ("DONER-SLICED", 2, None),
            ("FETA-TIN", 2, None),
            ("FLOUR-STRONG-16", 4, None),
            ("MOZZ-GRATED", 4, None),
            ("SUCUK-SLICED", 2, None),
            ("BOX-CALZONE", 2, None),
            ("FOIL-CONTAINER", 2, None),
            ("AYRAN", 4, None),
            ("ULUDAG-GAZOZ", 2, None),
            ("WATER-STILL-500", 3, None),
        ],
        [("TOM-PASTE", 1, None), ("OIL-RAPESEED-20L", 1, None)],
    ),
    (
        "slice-union",
        "Slice Union",
        "craft pizza bar",
        "EMAIL",
        "kitchen@sliceunion.example",
        "en",
        "regular",
        8,
        0,
        [
            ("FLOUR-CAPUTO-NUVOLA", 6, None),
            ("FLOUR-TIPO1-25", 2, None),
            ("MOZZ-FIOR", 24, None),
            ("MOZZ-BUFALA", 3, None),
            ("TOM-PELATI", 4, None),
            ("NDUJA", 3, None),
            ("HAM-CRUDO", 2, None),
            ("GORGONZOLA", 2, None),
            ("RICOTTA", 2, None),
            ("OIL-CHILLI-1L", 4, None),
            ("SEMOLA-RIM", 1, "25kg"),
            ("BOX-KRAFT", 5, '12" (pack of 100)'),
            ("SANPELL-LIMONATA", 2, None),
        ],
        [("ARTICHOKE", 1, None), ("GRANA-WEDGE", 1, None)],
    ),
    (
        "dough-bros",
        "Dough Bros",
        "pizza van",
        "SMS",
        "+447700900419",
        "en",
        "regular",
        5,
        4,
        [
            ("DOUGH-BALLS", 3, '10" 200g (box of 60)'),
            ("MOZZ-GRATED", 4, None),
            ("SAUCE-PIZZA-CLASSIC", 1, None),
            ("PEPPERONI-SLICED", 2, "45mm"),
            ("BOX-KRAFT", 3, '10" (pack of 100)'),
            ("NAPKINS", 1, "Kraft Brown"),
            ("GLOVES-NITRILE", 2, "Large"),
            ("REDBULL-CAN", 1, None),
        ],
        [("OREGANO-500", 1, None), ("WATER-STILL-500", 1, None)],
    ),
    (
        "campus-pizza",
        "Campus Pizza Bar (Northgate University Catering)",
        "university catering outlet",
        "EMAIL",
        "catering.orders@northgate-uni.example",
        "en",
        "steady",
        7,
        1,
        [
            ("PIZZA-BASE-PARBAKED", 10, None),
            ("MOZZ-GRATED", 12, None),
            ("MOZZ-VEGAN", 2, None),
            ("SAUCE-PIZZA-CLASSIC", 3, None),
            ("PEPPERONI-SLICED", 6, "35mm"),
            ("CHICKEN-STRIPS", 4, None),
            ("PEPPERS-DICED-FZ", 3, None),
            ("ONION-DICED-FZ", 2, None),
            ("BOX-WHITE", 6, '10" (pack of 100)'),
            ("WATER-STILL-500", 4, None),
            ("COLA-ZERO-CAN", 3, None),
        ],
        [("SWEETCORN-TIN", 2, None), ("NAPKINS", 1, "White")],
    ),
    (
        "crust-co",
        "Crust & Co. Pizza Kitchens",
        "pizza chain (3 sites)",
        "EMAIL",
        "purchasing@crustandco.example",
        "en",
        "regular",
        8,
        2,
        [
            ("FLOUR-CAPUTO-PIZZ", 20, None),
            ("MOZZ-SHREDDED", 24, None),
            ("PASSATA", 8, "6 x 2.5kg Tin"),
            ("PEPPERONI-SLICED", 10, "45mm"),
            ("SALAMI-MILANO", 6, None),
            ("MUSH-FRESH", 6, None),
            ("OLIVES-KALAMATA", 3, None),
            ("BOX-WHITE", 10, '12" (pack of 100)'),
            ("BOX-WHITE", 4, '16" (pack of 50)'),
            ("DIP-POT-HINGED", 2, None),
            ("PAPER-BAG", 2, "White"),
            ("COLA-ORIG", 4, "24 x 330ml Can"),
            ("COLA-DIET-CAN", 2, None),
        ],
        [("GARLIC-PUREE", 2, None), ("BLUE-ROLL", 2, None)],
    ),
    (
        "hotshot",
        "Hotshot Pizza",
        "pizza takeaway",
        "WHATSAPP",
        "+447700900420",
        "en",
        "steady",
        7,
        3,
        [
            ("MOZZ-BLEND", 10, None),
            ("SAUCE-PIZZA-CLASSIC", 3, None),
            ("PEPPERONI-SLICED", 8, "35mm"),
            ("HAM-DICED", 4, None),
            ("CHICKEN-BBQ", 3, None),
            ("PINEAPPLE-TIN", 2, None),
            ("MUSH-TIN", 3, None),
            ("GARLIC-BREAD-FROZEN", 2, None),
            ("DIP-GARLIC", 3, None),
            ("DIP-BBQ", 2, None),
            ("BOX-PRINTED", 6, '12" (pack of 100)'),
            ("COLA-ORIG", 4, "6 x 1.5L Bottle"),
            ("IRNBRU-CAN", 1, None),
        ],
        [("PIZZA-SAVERS", 1, None), ("KETCHUP-SACHET", 1, None)],
    ),
    (
        "pizza-shed",
        "The Pizza Shed at The Plough",
        "pub pizza kitchen",
        "EMAIL",
        "food@theplough-inn.example",
        "en",
        "regular",
        6,
        2,
        [
            ("FLOUR-CAPUTO-PIZZ", 4, None),
            ("MOZZ-FIOR", 8, None),
            ("TOM-PELATI", 2, None),
            ("PEPPERONI-STICK", 2, None),
            ("NDUJA", 1, None),
            ("HAM-CRUDO", 1, None),
            ("BOX-KRAFT", 2, '12" (pack of 100)'),
            ("EVOO", 1, "5L Tin"),
        ],
        [("GRANA-WEDGE", 1, None), ("OIL-CHILLI-1L", 1, None)],
    ),
    (
        "golden-chicken",
        "Golden Chicken & Pizza",
        "chicken and pizza shop",
        "WHATSAPP",
        "+447700900421",
        "en",
        "regular",
        7,
        4,
        [
            ("MOZZ-GRATED", 6, None),
            ("SAUCE-PIZZA-CLASSIC", 2, None),
            ("CHICKEN-TIKKA", 4, None),
            ("CHICKEN-STRIPS", 4, None),
            ("PEPPERONI-HALAL", 3, None),
            ("BOX-WHITE", 3, '10" (pack of 100)'),
            ("BOX-WINGS", 3, None),
            ("DIP-POT", 2, "4oz"),
            ("DIP-LID", 2, "4oz"),
            ("OIL-RAPESEED-20L", 4, None),
            ("MONSTER-CAN", 1, None),
            ("COLA-ORIG", 2, "24 x 330ml Can"),
        ],
        [("DIP-CHILLI", 1, None), ("KETCHUP-SACHET", 2, None)],
    ),
    (
        "napoli-events",
        "Napoli on Wheels Events",
        "events caterer (wood-fired pizza)",
        "EMAIL",
        "bookings@napolionwheels.example",
        "en",
        "never",
        6,
        3,
        [
            ("FLOUR-CAPUTO-PIZZ", 6, None),
            ("MOZZ-FIOR", 12, None),
            ("TOM-PELATI", 3, None),
            ("BOX-KRAFT", 3, '12" (pack of 100)'),
            ("NAPKINS", 2, "Kraft Brown"),
            ("SANPELL-LIMONATA", 3, None),
            ("WATER-STILL-500", 4, None),
            ("SALAMI-SPIANATA", 3, None),
        ],
        [
            ("NDUJA", 2, None),
            ("MOZZ-BUFALA", 3, None),
            ("OIL-CHILLI-1L", 2, None),
            ("SANPELL-ARANCIATA", 2, None),
            ("GRANA-GRATED", 2, None),
            ("ARTICHOKE", 1, None),
        ],
    ),
    (
        "trattoria-sole",
        "Trattoria del Sole",
        "trattoria and pizzeria",
        "EMAIL",
        "cucina@trattoriadelsole.example",
        "it",
        "steady",
        6,
        4,
        [
            ("FLOUR-CAPUTO-CUOCO", 4, None),
            ("MOZZ-BUFALA", 6, None),
            ("MOZZ-FIOR", 6, None),
            ("PASSATA", 4, "12 x 700g Bottle"),
            ("GRANA-WEDGE", 3, None),
            ("HAM-CRUDO", 3, None),
            ("ANCHOVY-TIN", 2, None),
            ("OLIVES-KALAMATA", 1, None),
            ("EVOO", 2, "5L Tin"),
            ("WATER-SPARK-500", 3, None),
        ],
        [("ARTICHOKE", 1, None), ("SUNDRIED-TOM", 1, None)],
    ),
    (
        "porto-slice",
        "Porto Slice",
        "pizza takeaway",
        "SMS",
        "+447700900422",
        "en",
        "steady",
        5,
        1,
        [
            ("MOZZ-SHREDDED", 6, None),
            ("SAUCE-PIZZA-CLASSIC", 2, None),
            ("CHORIZO-SLICED", 3, None),
            ("PEPPERONI-SLICED", 3, "45mm"),
            ("ONION-DICED-FZ", 2, None),
            ("PEPPERS-ROASTED", 2, None),
            ("BOX-KRAFT", 4, '12" (pack of 100)'),
            ("NAPKINS", 1, "Kraft Brown"),
            ("SUMOL-ANANAS", 2, None),
            ("WATER-STILL-500", 2, None),
        ],
        [("JALAPENO", 1, None), ("OREGANO-500", 1, None)],
    ),
    (
        "fire-and-flour",
        "Fire & Flour (new pizza van)",
        "pizza van, opening",
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
        "pizzeria-tirana",
        "Pizzeria Tirana (new)",
        "pizzeria, opening",
        "WHATSAPP",
        "+447700900424",
        "sq",
        "new",
        0,
        0,
        [],
        [],
    ),
]

HISTORY_START = datetime.date(2028, 9, 4)  # Monday of week 1; week 8 is the week of 2028-10-23
WEEKS = 8


def _norm(basket):
    """Drop placeholder extras (quantity 0) and merge lines."""
    return [ln for ln in basket if ln[1] > 0]


def _vary(rng, basket, extras, kind):
    b = [list(x) for x in basket]
    if kind == "qty":
        i = rng.randrange(len(b))
        b[i][1] = b[i][1] + rng.choice([1, 2]) if b[i][1] < 3 else b[i][1] + rng.choice([-1, 1, 2])
    elif kind == "drop":
        del b[rng.randrange(len(b))]
    else:  # extra
        ex = [e for e in _norm(extras) if e[0] not in {x[0] for x in b}]
        if ex:
            b.append(list(rng.choice(ex)))
        else:
            b[0][1] += 1
    return [tuple(x) for x in b]


def _line(sku, qty, var, with_variant):
    d = {"sku": sku}
    if with_variant:
        d["variant"] = var
    d["quantity"] = qty
    return d


def build_histories(variant_products):
    """Return the list of history records (deterministic: one RNG per customer, fixed seeds)."""
    out = []
    for idx, (key, name, kind, channel, addr, lang, mode, weeks, off, usual, extras) in enumerate(CUSTOMERS):
        rng = random.Random(41000 + idx)
        orders = []
        if mode != "new":
            baskets = []
            if mode == "steady":
                baskets = [list(usual) for _ in range(weeks)]
                v1, v2 = rng.sample(range(0, weeks - 2), 2)
                kinds = ["qty", "drop", "extra"]
                rng.shuffle(kinds)
                baskets[v1] = _vary(rng, usual, extras, kinds[0])
                baskets[v2] = _vary(rng, usual, extras, kinds[1])
            elif mode == "regular":
                baskets = [list(usual) for _ in range(weeks)]
                v1 = rng.randrange(0, weeks - 2)
                baskets[v1] = _vary(rng, usual, extras, rng.choice(["qty", "drop", "extra"]))
                last = _vary(rng, usual, extras, rng.choice(["qty", "drop", "extra"]))
                while last == baskets[v1] or sorted(last) == sorted(usual):
                    last = _vary(rng, usual, extras, "qty")
                baskets[-1] = last
            else:  # never repeats
                pool = _norm(extras)
                for w in range(weeks):
                    b = [list(x) for x in usual]
                    for x in b:
                        x[1] = max(1, x[1] + rng.choice([-2, -1, 0, 1, 2, 3]))
                    b.append(list(pool[w % len(pool)]))
                    b = [tuple(x) for x in b]
                    while b in baskets:
                        b[0] = (b[0][0], b[0][1] + 1, b[0][2])
                    baskets.append(b)
            first_week = WEEKS - weeks + 1
            for w, b in enumerate(baskets):
                day = HISTORY_START + datetime.timedelta(days=7 * (first_week + w - 1) + off)
                lines = [_line(s, q, v, s in variant_products) for (s, q, v) in _norm(b)]
                orders.append({"date": day.isoformat(), "lines": lines})
        out.append(
            {
                "customer": key,
                "name": name,
                "kind": kind,
                "channel": channel,
                "address": addr,
                "language": lang,
                "orders": orders,
            }
        )
    return out
