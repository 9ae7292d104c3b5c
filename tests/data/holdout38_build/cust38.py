# ruff: noqa  (hand-written data generator of blind set 38, kept as its writer left it)
"""Customers of the thirty-eighth blind set, their hand-written usual baskets and the seeded history generator."""

import datetime
import random

# Messages arrive 2028-05-01 (Mon) .. 2028-05-07 (Sun). The last history week starts 2028-04-24.
LAST_WEEK_MONDAY = datetime.date(2028, 4, 24)


def L(sku, qty, variant=None):
    return (sku, variant, qty)


# key, name, kind, channel, address, language, mode, weeks, weekday, usual, extras
CUSTOMERS = [
    dict(
        key="little-acorns",
        name="Little Acorns Day Nursery",
        kind="day nursery",
        channel="EMAIL",
        address="kitchen@littleacorns-nursery.example",
        language="en",
        mode="steady",
        weeks=6,
        weekday=0,
        usual=[
            L("MILK-WHOLE", 8, "4 Pint"),
            L("FROMAGE-FRAIS-24", 3),
            L("BANANAS-KG", 6),
            L("APPLES-100", 1),
            L("RICE-CAKES-UNSALTED-12", 1),
            L("RAISIN-BOXES-96", 1),
            L("WIPES-BABY-12", 2),
            L("BIBS-CHILD-100", 2),
            L("GLOVE-NITRILE-BLUE", 4, "Medium"),
            L("APRON-POLY", 1, "White"),
            L("CER-WEETABIX-96", 1),
            L("BREAD-WHOLEMEAL-800", 6),
            L("OAT-DRINK-6", 1),
        ],
        extras=[L("SPREAD-SUNFLOWER-2KG", 1), L("STERI-TABS-56", 1)],
    ),
    dict(
        key="sunnybank-primary",
        name="Sunnybank Primary School Kitchen",
        kind="primary school kitchen",
        channel="SMS",
        address="+447700900381",
        language="en",
        mode="regular",
        weeks=7,
        weekday=1,
        usual=[
            L("PASTA-PENNE-WW-3KG", 4),
            L("FZ-FISH-FINGERS", 3, "25g (box of 120)"),
            L("FZ-PEAS-2500", 4),
            L("POTATOES-25KG", 3),
            L("TIN-BEANS-6", 1),
            L("CHED-MILD-GRATED-2KG", 3),
            L("MILK-SEMI", 10, "4 Pint"),
            L("CUSTARD-MIX-3KG", 1),
            L("SPONGE-MIX-3500", 2),
            L("FZ-CHICK-NUGGETS-150", 2),
            L("APPLES-100", 2),
            L("GLOVE-VINYL-CLEAR", 3, "Large"),
        ],
        extras=[L("FZ-MIXED-VEG-2500", 3), L("JELLY-STRAW-1KG", 2)],
    ),
    dict(
        key="oakfield-academy",
        name="Oakfield Academy Catering",
        kind="secondary school catering",
        channel="EMAIL",
        address="catering@oakfield-academy.example",
        language="en",
        mode="steady",
        weeks=8,
        weekday=2,
        usual=[
            L("PASTA-PENNE-3KG", 6),
            L("RICE-LONG", 3, "10kg"),
            L("FZ-CHICK-DICED-2KG", 8),
            L("FZ-MINCE-BEEF-2KG", 6),
            L("FZ-MINCE-MEATFREE-2500", 2),
            L("TIN-TOMATOES-6", 3),
            L("POTATOES-JACKET-60", 3),
            L("TIN-BEANS-6", 2),
            L("CHED-MATURE-5KG", 2),
            L("BREAD-WHITE-800", 20),
            L("JUICE-APPLE", 4, "27 x 200ml Carton"),
            L("KETCHUP-SACHETS-200", 2),
            L("NAPKINS-33-2000", 1),
            L("CHEM-SANITISER", 2, "6 x 750ml Trigger"),
            L("CHEM-DISHWASH", 1, "20L"),
            L("CHEM-RINSE-5L", 1),
        ],
        extras=[L("FZ-PEAS-2500", 4), L("CLOTH-ALLPURPOSE", 2, "Blue")],
    ),
    dict(
        key="willow-court",
        name="Willow Court Care Home",
        kind="care home",
        channel="EMAIL",
        address="catering@willowcourt-care.example",
        language="en",
        mode="regular",
        weeks=6,
        weekday=0,
        usual=[
            L("MILK-SEMI", 12, "4 Pint"),
            L("MILK-WHOLE", 4, "4 Pint"),
            L("PM-L4-BEEF-12", 2),
            L("PM-L4-CHICKEN-12", 2),
            L("THICKENER-12", 1),
            L("TIN-RICE-PUD-6", 1),
            L("CUSTARD-RTS-12", 2),
            L("TEA-BAGS-1100", 1),
            L("BISC-RICHTEA-20", 1),
            L("CLOTHING-PROTECTOR-500", 1),
            L("GLOVE-NITRILE-BLUE", 6, "Medium"),
            L("APRON-POLY", 2, "White"),
            L("BREAD-WHITE-800", 10),
            L("SPREAD-SUNFLOWER-2KG", 2),
        ],
        extras=[L("TEA-DECAF-440", 1), L("MILK-PORTIONS", 2)],
    ),
    dict(
        key="rosewood-house",
        name="Rosewood House Care Home",
        kind="care home",
        channel="WHATSAPP",
        address="+447700900382",
        language="pl",
        mode="regular",
        weeks=7,
        weekday=3,
        usual=[
            L("MILK-SEMI", 8, "4 Pint"),
            L("POTATOES-25KG", 2),
            L("CARROTS-10KG", 2),
            L("FZ-MINCE-BEEF-2KG", 3),
            L("FZ-SAUSAGES-PORK-80", 1),
            L("PM-L5-FISHPIE-12", 1),
            L("YOG-NATURAL", 1, "5kg Tub"),
            L("CER-OATS-3KG", 2),
            L("BREAD-WHOLEMEAL-800", 8),
            L("CHEM-WASHUP-5L", 2),
            L("CLOTH-ALLPURPOSE", 1, "Red"),
            L("TEA-BAGS-1100", 1),
        ],
        extras=[L("TIN-PEACH-6", 1), L("FLOUR-PLAIN-16KG", 1)],
    ),
    dict(
        key="ysgol-y-bryn",
        name="Ysgol y Bryn",
        kind="Welsh-medium primary school kitchen",
        channel="EMAIL",
        address="cegin@ysgolybryn.example",
        language="cy",
        mode="steady",
        weeks=6,
        weekday=1,
        usual=[
            L("PASTA-FUSILLI-3KG", 3),
            L("FZ-MINCE-BEEF-2KG", 4),
            L("FZ-MIXED-VEG-2500", 3),
            L("POTATOES-25KG", 2),
            L("FZ-FISH-FINGERS", 2, "30g (box of 100)"),
            L("TIN-SWEETCORN-6", 1),
            L("MILK-CARTON-SEMI", 6),
            L("BREAD-WHOLEMEAL-800", 10),
            L("YOG-STRAW-24", 3),
            L("EASY-PEELERS-80", 2),
            L("APRON-POLY", 1, "Green"),
        ],
        extras=[L("JELLY-ORANGE-1KG", 1)],
    ),
    dict(
        key="ty-hafan",
        name="Cartref Gofal Tŷ Hafan",
        kind="care home",
        channel="WHATSAPP",
        address="+447700900383",
        language="cy",
        mode="regular",
        weeks=6,
        weekday=2,
        usual=[
            L("MILK-WHOLE", 6, "4 Pint"),
            L("MILK-SEMI", 6, "2 Pint"),
            L("PM-L4-CHICKEN-12", 1),
            L("THICKENER-12", 1),
            L("BREAD-WHITE-800", 8),
            L("CER-WEETABIX-96", 1),
            L("CER-OATS-3KG", 1),
            L("TIN-FRUIT-COCKTAIL-6", 1),
            L("CUSTARD-MIX-3KG", 1),
            L("CHEM-BLEACH-5L", 2),
            L("ROLL-CENTREFEED", 1, "Blue"),
        ],
        extras=[L("BISC-DIGESTIVE-20", 1)],
    ),
    dict(
        key="tadpoles",
        name="Tadpoles Day Nursery",
        kind="day nursery",
        channel="WHATSAPP",
        address="+447700900384",
        language="en",
        mode="steady",
        weeks=5,
        weekday=0,
        usual=[
            L("MILK-WHOLE", 10, "2 Pint"),
            L("FROMAGE-FRAIS-24", 2),
            L("BANANAS-KG", 4),
            L("EASY-PEELERS-80", 1),
            L("RICE-CAKES-UNSALTED-12", 2),
            L("BREADSTICKS-12", 1),
            L("WIPES-BABY-12", 3),
            L("BIBS-CHILD-100", 1),
            L("SOYA-DRINK-6", 1),
            L("GLOVE-NITRILE-BLUE", 3, "Small"),
            L("STERI-TABS-56", 1),
        ],
        extras=[L("RAISIN-BOXES-96", 1)],
    ),
    dict(
        key="st-brigids",
        name="St Brigid's RC Primary Kitchen",
        kind="primary school kitchen",
        channel="SMS",
        address="+447700900385",
        language="en",
        mode="regular",
        weeks=6,
        weekday=3,
        usual=[
            L("PASTA-PENNE-3KG", 3),
            L("PM-LASAGNE-BEEF-12", 4),
            L("PM-LASAGNE-VEG-12", 1),
            L("FZ-SAUSAGES-PORK-80", 2),
            L("FZ-SAUSAGES-VEG-80", 1),
            L("POTATOES-25KG", 2),
            L("FZ-PEAS-2500", 3),
            L("MILK-SEMI", 6, "4 Pint"),
            L("CUSTARD-RTS-12", 1),
            L("FF-PENNE-GF-12", 1),
            L("FF-BREAD-GF-6", 1),
            L("GLOVE-VINYL-CLEAR", 2, "Medium"),
        ],
        extras=[L("TIN-PEACH-6", 1)],
    ),
    dict(
        key="meadowview",
        name="Meadowview Nursing Home",
        kind="nursing home",
        channel="WHATSAPP",
        address="+447700900386",
        language="pt",
        mode="steady",
        weeks=6,
        weekday=1,
        usual=[
            L("MILK-SEMI", 10, "4 Pint"),
            L("MILK-LACTOFREE", 6),
            L("PM-L4-BEEF-12", 1),
            L("PM-L5-FISHPIE-12", 1),
            L("RICE-LONG", 1, "5kg"),
            L("POTATOES-25KG", 2),
            L("CARROTS-10KG", 1),
            L("FZ-CHICK-DICED-2KG", 3),
            L("YOG-VANILLA-24", 2),
            L("TIN-RICE-PUD-6", 1),
            L("TEA-BAGS-1100", 1),
            L("GLOVE-NITRILE-BLUE", 4, "Large"),
            L("APRON-POLY", 1, "Blue"),
        ],
        extras=[L("COFFEE-INSTANT-750", 1)],
    ),
    dict(
        key="kingsmead-college",
        name="Kingsmead Sixth Form College Canteen",
        kind="college canteen",
        channel="WHATSAPP",
        address="+447700900387",
        language="en",
        mode="regular",
        weeks=6,
        weekday=4,
        usual=[
            L("BREAD-WHITE-800", 24),
            L("CHED-MILD-GRATED-2KG", 4),
            L("FZ-CHICK-NUGGETS-150", 3),
            L("FZ-CHICK-DICED-2KG", 4),
            L("POTATOES-JACKET-60", 4),
            L("TIN-BEANS-6", 3),
            L("KETCHUP-SACHETS-200", 3),
            L("KETCHUP-BOTTLE-12", 1),
            L("JUICE-ORANGE", 3, "27 x 200ml Carton"),
            L("JUICE-APPLE", 3, "27 x 200ml Carton"),
            L("NAPKINS-33-2000", 1),
            L("SACKS-BLACK-200", 1),
            L("CHEM-SANITISER", 1, "2 x 5L"),
        ],
        extras=[L("TOMATOES-KG", 5)],
    ),
    dict(
        key="harbour-lights",
        name="Harbour Lights Hospice",
        kind="hospice kitchen",
        channel="EMAIL",
        address="catering@harbourlights-hospice.example",
        language="en",
        mode="steady",
        weeks=7,
        weekday=2,
        usual=[
            L("MILK-SEMI", 10, "2 Pint"),
            L("MILK-SKIM", 3, "2 Pint"),
            L("MILK-PORTIONS", 2),
            L("PM-L4-BEEF-12", 1),
            L("PM-L4-CHICKEN-12", 1),
            L("THICKENER-12", 1),
            L("YOG-NATURAL", 4, "1kg Tub"),
            L("FRUIT-SALAD-12", 2),
            L("BISC-DIGESTIVE-20", 1),
            L("TEA-DECAF-440", 1),
            L("TEA-BAGS-1100", 1),
            L("COFFEE-INSTANT-750", 1),
            L("SOAP-REFILL-5L", 2),
            L("WIPES-SURFACE", 4, "Tub of 200"),
        ],
        extras=[L("TOMATOES-KG", 3)],
    ),
    dict(
        key="greenfields-school",
        name="Greenfields School (SEN)",
        kind="special school kitchen",
        channel="EMAIL",
        address="kitchen@greenfields-school.example",
        language="en",
        mode="regular",
        weeks=6,
        weekday=0,
        usual=[
            L("FF-PENNE-GF-12", 2),
            L("FF-CORNFLAKES-GF-6", 1),
            L("FF-OATS-GF-1KG", 2),
            L("FF-SPREAD-DF-2KG", 1),
            L("FF-YOG-SOYA-12", 3),
            L("OAT-DRINK-6", 3),
            L("FF-FISH-FINGERS-GF-60", 2),
            L("FF-BREAD-GF-6", 2),
            L("FF-SPONGE-EGGFREE", 1),
            L("FZ-MINCE-TURKEY-2KG", 3),
            L("RICE-LONG", 1, "10kg"),
            L("CARROT-BATONS-1KG", 4),
            L("APPLE-SLICES-40", 1),
            L("GLOVE-NITRILE-BLUE", 3, "Medium"),
        ],
        extras=[L("PASTA-PENNE-3KG", 1)],
    ),
    dict(
        key="pebbles-preschool",
        name="Pebbles Pre-School",
        kind="pre-school",
        channel="SMS",
        address="+447700900388",
        language="en",
        mode="steady",
        weeks=5,
        weekday=3,
        usual=[
            L("MILK-CARTON-WHOLE", 3),
            L("BANANAS-KG", 3),
            L("APPLES-100", 1),
            L("RICE-CAKES-UNSALTED-12", 1),
            L("RAISIN-BOXES-96", 1),
            L("WIPES-BABY-12", 1),
            L("GLOVE-VINYL-CLEAR", 2, "Small"),
        ],
        extras=[L("BREADSTICKS-12", 1)],
    ),
    dict(
        key="holly-lodge",
        name="Holly Lodge Residential Home",
        kind="care home",
        channel="WHATSAPP",
        address="+447700900389",
        language="en",
        mode="regular",
        weeks=7,
        weekday=1,
        usual=[
            L("MILK-WHOLE", 6, "4 Pint"),
            L("MILK-SEMI", 6, "4 Pint"),
            L("FZ-SAUSAGES-PORK-80", 2),
            L("PM-COTTAGE-PIE-12", 3),
            L("FZ-POLLOCK-40", 1),
            L("POTATOES-25KG", 3),
            L("FZ-PEAS-2500", 2),
            L("FLOUR-SR-16KG", 1),
            L("SPONGE-MIX-3500", 1),
            L("CUSTARD-MIX-3KG", 1),
            L("JELLY-ORANGE-1KG", 2),
            L("TEA-BAGS-1100", 2),
            L("BISC-RICHTEA-20", 1),
            L("CHEM-DISHWASH", 2, "5L"),
            L("CLOTH-ALLPURPOSE", 1, "Yellow"),
            L("CLOTHING-PROTECTOR-500", 1),
        ],
        extras=[L("TIN-FRUIT-COCKTAIL-6", 1)],
    ),
    dict(
        key="brightstart-club",
        name="BrightStart Holiday Club",
        kind="holiday club and events",
        channel="EMAIL",
        address="bookings@brightstart-club.example",
        language="en",
        mode="varied",
        weeks=5,
        weekday=4,
        usual=[
            L("JUICE-APPLE", 4, "27 x 200ml Carton"),
            L("BREAD-WHITE-800", 10),
            L("CHED-MILD-GRATED-2KG", 2),
            L("APPLE-SLICES-40", 2),
            L("VEG-STICKS-40", 2),
            L("RAISIN-BOXES-96", 1),
            L("SQUASH-ORANGE-NAS-12", 2),
            L("NAPKINS-33-2000", 1),
            L("GLOVE-VINYL-CLEAR", 2, "Medium"),
            L("SACKS-BLACK-200", 1),
        ],
        extras=[L("BREADSTICKS-12", 1), L("FRUIT-SALAD-12", 2), L("EASY-PEELERS-80", 1)],
    ),
    dict(
        key="elm-tree-breakfast",
        name="Elm Tree Primary Breakfast Club",
        kind="school breakfast club",
        channel="SMS",
        address="+447700900390",
        language="en",
        mode="steady",
        weeks=6,
        weekday=4,
        usual=[
            L("CER-CORNFLAKES-PORT40", 2),
            L("CER-WEETABIX-96", 1),
            L("CER-OATS-3KG", 1),
            L("MILK-SEMI", 6, "4 Pint"),
            L("BREAD-WHITE-800", 6),
            L("SPREAD-SUNFLOWER-2KG", 1),
            L("JUICE-ORANGE", 2, "27 x 200ml Carton"),
            L("BANANAS-KG", 3),
        ],
        extras=[L("TIN-BEANS-6", 1)],
    ),
    dict(
        key="riverside-primary",
        name="Riverside Primary School Kitchen",
        kind="primary school kitchen",
        channel="WHATSAPP",
        address="+447700900391",
        language="pl",
        mode="regular",
        weeks=6,
        weekday=2,
        usual=[
            L("PASTA-FUSILLI-3KG", 3),
            L("RICE-LONG", 1, "10kg"),
            L("FZ-CHICK-NUGGETS-150", 2),
            L("FZ-MINCE-TURKEY-2KG", 3),
            L("FZ-SWEETCORN-2500", 3),
            L("POTATOES-25KG", 3),
            L("TIN-TOMATOES-6", 2),
            L("MILK-SEMI", 8, "4 Pint"),
            L("YOG-STRAW-24", 2),
            L("YOG-VANILLA-24", 2),
            L("GLOVE-NITRILE-BLUE", 2, "Large"),
            L("APRON-POLY", 1, "Red"),
            L("CHEM-DISHWASH", 1, "20L"),
        ],
        extras=[L("JELLY-STRAW-1KG", 1)],
    ),
    dict(
        key="maes-glas",
        name="Meithrinfa Maes Glas",
        kind="Welsh-medium day nursery",
        channel="SMS",
        address="+447700900392",
        language="cy",
        mode="steady",
        weeks=5,
        weekday=0,
        usual=[
            L("MILK-WHOLE", 8, "2 Pint"),
            L("FROMAGE-FRAIS-24", 2),
            L("BANANAS-KG", 3),
            L("BREADSTICKS-12", 1),
            L("WIPES-BABY-12", 2),
            L("BIBS-CHILD-100", 1),
            L("APRON-POLY", 1, "Yellow"),
        ],
        extras=[L("RICE-CAKES-UNSALTED-12", 1)],
    ),
    dict(
        key="cedar-house",
        name="Cedar House Care Home",
        kind="care home",
        channel="WHATSAPP",
        address="+447700900393",
        language="pt",
        mode="regular",
        weeks=6,
        weekday=3,
        usual=[
            L("MILK-SEMI", 10, "4 Pint"),
            L("MILK-UHT-SEMI", 1),
            L("RICE-LONG", 2, "5kg"),
            L("FZ-CHICK-DICED-2KG", 3),
            L("FZ-POLLOCK-40", 1),
            L("TIN-TOMATOES-6", 1),
            L("CARROTS-10KG", 1),
            L("POTATOES-25KG", 2),
            L("TIN-PEACH-6", 1),
            L("CUSTARD-RTS-12", 1),
            L("CHEM-WASHUP-5L", 1),
            L("CHEM-BLEACH-5L", 2),
            L("GLOVE-VINYL-CLEAR", 3, "Large"),
        ],
        extras=[L("FZ-CARROTS-SLICED-2500", 2)],
    ),
    dict(
        key="little-stars",
        name="Little Stars Nursery",
        kind="day nursery",
        channel="WHATSAPP",
        address="+447700900394",
        language="en",
        mode="regular",
        weeks=5,
        weekday=1,
        usual=[
            L("MILK-WHOLE", 6, "4 Pint"),
            L("MILK-CARTON-WHOLE", 2),
            L("APPLE-SLICES-40", 1),
            L("BANANAS-KG", 3),
            L("CER-OATS-3KG", 1),
            L("RICE-CAKES-UNSALTED-12", 1),
            L("FROMAGE-FRAIS-24", 2),
            L("WIPES-BABY-12", 2),
            L("WIPES-SURFACE", 1, "Tub of 500"),
            L("GLOVE-NITRILE-BLUE", 2, "Small"),
            L("APRON-POLY", 1, "White"),
        ],
        extras=[L("OAT-DRINK-6", 1)],
    ),
    dict(
        key="ashcombe-prep",
        name="Ashcombe Preparatory School",
        kind="boarding prep school kitchen",
        channel="EMAIL",
        address="chef@ashcombe-prep.example",
        language="en",
        mode="steady",
        weeks=8,
        weekday=0,
        usual=[
            L("MILK-WHOLE", 10, "4 Pint"),
            L("MILK-SEMI", 14, "4 Pint"),
            L("MILK-SKIM", 2, "4 Pint"),
            L("BUTTER-UNSALTED-40", 1),
            L("CHED-MATURE-5KG", 2),
            L("CER-CORNFLAKES-4KG", 2),
            L("CER-WEETABIX-96", 2),
            L("CER-OATS-3KG", 2),
            L("FLOUR-PLAIN-16KG", 1),
            L("FLOUR-SR-16KG", 1),
            L("BREAD-WHITE-800", 16),
            L("BREAD-WHOLEMEAL-800", 8),
            L("JUICE-ORANGE", 3, "12 x 1L"),
            L("JUICE-APPLE", 2, "12 x 1L"),
            L("GRAVY-2KG", 1),
            L("FZ-SAUSAGES-PORK-80", 2),
            L("CLING-FILM-450", 1),
        ],
        extras=[L("TOMATOES-KG", 4)],
    ),
    dict(
        key="tiny-steps",
        name="Tiny Steps Nursery",
        kind="day nursery (opening)",
        channel="WHATSAPP",
        address="+447700900395",
        language="en",
        mode="new",
        weeks=0,
        weekday=0,
        usual=[],
        extras=[],
    ),
    dict(
        key="bramble-court",
        name="Bramble Court Care Home",
        kind="care home (opening)",
        channel="EMAIL",
        address="manager@bramblecourt-care.example",
        language="en",
        mode="new",
        weeks=0,
        weekday=0,
        usual=[],
        extras=[],
    ),
]

CUSTOMER_BY_KEY = {c["key"]: c for c in CUSTOMERS}


def _line(t):
    sku, variant, qty = t
    from cat38 import PRODUCT_BY_SKU

    d = {"sku": sku}
    if PRODUCT_BY_SKU[sku]["variants"]:
        d["variant"] = variant
    d["quantity"] = qty
    return d


def _vary(rng, basket, extras, op):
    b = [list(x) for x in basket]
    if op == "qty":
        i = rng.randrange(len(b))
        q = b[i][2]
        b[i][2] = q + 1 if (q == 1 or rng.random() < 0.5) else q - 1
    elif op == "drop":
        i = rng.randrange(len(b))
        del b[i]
    elif op == "extra":
        e = extras[rng.randrange(len(extras))]
        b.append(list(e))
    return [tuple(x) for x in b]


def history(c):
    """Weekly orders, oldest first, for one customer (deterministic)."""
    if c["mode"] == "new":
        return []
    rng = random.Random("hist38-" + c["key"])
    n = c["weeks"]
    usual = [tuple(x) for x in c["usual"]]
    extras = c["extras"]
    baskets = [list(usual) for _ in range(n)]
    if c["mode"] == "steady":
        idx = rng.sample(range(n - 1), 2)
        baskets[idx[0]] = _vary(rng, usual, extras, "qty")
        baskets[idx[1]] = _vary(rng, usual, extras, rng.choice(["drop", "extra"]))
    elif c["mode"] == "regular":
        i = rng.randrange(n - 1)
        baskets[i] = _vary(rng, usual, extras, rng.choice(["qty", "drop"]))
        last = _vary(rng, usual, extras, rng.choice(["qty", "drop", "extra"]))
        while last == baskets[i] or last == usual:
            last = _vary(rng, usual, extras, rng.choice(["qty", "drop", "extra"]))
        baskets[n - 1] = last
    elif c["mode"] == "varied":
        seen = []
        for w in range(n):
            while True:
                b = []
                for sku, v, q in usual:
                    if rng.random() < 0.15:
                        continue
                    b.append((sku, v, max(1, q + rng.choice([-1, 0, 1, 2]))))
                for e in extras:
                    if rng.random() < 0.4:
                        b.append(tuple(e))
                if b not in seen:
                    break
            seen.append(b)
            baskets[w] = b
    orders = []
    for w in range(n):
        d = (
            LAST_WEEK_MONDAY
            - datetime.timedelta(days=7 * (n - 1 - w))
            + datetime.timedelta(days=c["weekday"])
        )
        orders.append({"date": d.isoformat(), "lines": [_line(t) for t in baskets[w]]})
    return orders


def build_histories():
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
                "orders": history(c),
            }
        )
    return out
