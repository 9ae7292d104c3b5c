# ruff: noqa  (hand-written data generator of blind set 67, kept as its writer left it)
"""Customers of the sixty-seventh blind set, their hand-written usual baskets and the seeded history generator.

Every business, person and address is invented. Phone numbers are Ofcom drama numbers, e-mail addresses are under
`.example`.
"""

import datetime
import random

from cat67 import has_variants, variant_names

MESSAGE_WEEK = datetime.date(2028, 8, 7)  # Monday; messages run 2028-08-07 .. 2028-08-13


def B(*items):
    """Basket from (sku, qty) or (sku, variant, qty) tuples."""
    out = []
    for it in items:
        if len(it) == 2:
            out.append((it[0], None, it[1]))
        else:
            out.append(tuple(it))
    return out


# kind of history: steady (ends on the usual), regular (last order differs from the usual), irregular (never
# repeats a basket), new (no orders)
CUSTOMERS = [
    dict(
        key="atlas-grill",
        name="Atlas Grill House",
        kind="Moroccan grill restaurant, Edgware Road, London",
        channel="WHATSAPP",
        address="+447700900671",
        language="en",
        history="regular",
        weekday=0,
        usual=B(
            ("MERGUEZ-LAMB", 15),
            ("KEFTA", 12),
            ("CHICKEN-THIGH", 20),
            ("LAMB-SHOULDER", 10),
            ("HARISSA-CB", "12 x 380g Tin", 1),
            ("CHERMOULA-PASTE", 2),
            ("COUS-MED", "10kg", 2),
            ("OLIVE-CRACKED", "5kg Bucket", 1),
            ("LEMON-BUCKET", 1),
            ("SUNFLOWER-20", 2),
            ("MINT-FRESH", 2),
            ("TEA-3505", 1),
            ("SUGAR-LUMP", 1),
            ("KHOBZ-ROUND", 10),
            ("CUMIN-1", 1),
            ("PAPRIKA-SWEET-1", 1),
        ),
        extras=B(("RAISIN-1", 2)),
        last=("qty", "MERGUEZ-LAMB", None, 20),
    ),
    dict(
        key="medina-bakery",
        name="Medina Bakery & Patisserie",
        kind="Moroccan bakery and patisserie, Walthamstow",
        channel="EMAIL",
        address="orders@medina-bakery.example",
        language="en",
        history="steady",
        weekday=3,
        usual=B(
            ("SEMO-FINE-25", 2),
            ("SEMO-XFINE-5", 4),
            ("FLOUR-T45", 3),
            ("ALMOND-GROUND-1", 10),
            ("ALMOND-BLANCHED-1", 5),
            ("SESAME-1", 4),
            ("DATE-PASTE-5", 3),
            ("ORANGE-BLOSSOM", "6 x 1L", 2),
            ("SMEN-1", 4),
            ("NIGELLA-500", 2),
            ("CINNAMON-GROUND-1", 2),
            ("SUGAR-GRAN-25", 2),
        ),
        extras=B(("FIG-1", 2)),
    ),
    dict(
        key="sahara-cafe",
        name="Sahara Mint Cafe",
        kind="Moroccan tea room, Manchester",
        channel="WHATSAPP",
        address="+447700900673",
        language="en",
        history="regular",
        weekday=5,
        usual=B(
            ("TEA-SULTAN", "6 x 500g", 1),
            ("TEA-9375", 1),
            ("MINT-FRESH", 3),
            ("SUGAR-CONE", 1),
            ("SUGAR-LUMP", 2),
            ("TEA-GLASS-DECO", "Gold", 2),
            ("CHEBAKIA", 3),
            ("GAZELLE", 2),
            ("MSEMEN", "Small 12cm", 6),
            ("HARCHA", 4),
            ("AMLOU-250", 1),
            ("OULMES", 2),
            ("LOUIZA-250", 1),
        ),
        extras=B(("BOUFEGGOUS-5", 1)),
        last=("qty", "MINT-FRESH", None, 4),
    ),
    dict(
        key="casbah-deli",
        name="Casbah Deli & Grocery",
        kind="North African grocery, Leeds",
        channel="SMS",
        address="+447700900674",
        language="en",
        history="regular",
        weekday=1,
        usual=B(
            ("COUS-FINE", "1kg", 10),
            ("COUS-MED", "1kg", 10),
            ("HARISSA-CB", "24 x 135g Tin", 2),
            ("HARISSA-ROSE", 1),
            ("TUNA-OLIVE", 2),
            ("CHICKPEA-TIN", 2),
            ("DATE-DEGLET", "1kg", 6),
            ("MEDJOOL-TF", 4),
            ("OLIVE-CRACKED", "1kg Jar", 6),
            ("TEA-SULTAN", "12 x 200g", 2),
            ("HB-SELECTO", "24 x 330ml Can", 2),
            ("AMLOU-250", 1),
            ("ORANGE-BLOSSOM", "12 x 250ml", 1),
            ("ROSE-WATER", 1),
        ),
        extras=B(("FIG-1", 3)),
        last=("qty", "DATE-DEGLET", "1kg", 8),
    ),
    dict(
        key="harbour-couscous",
        name="Harbour Couscous Co.",
        kind="couscous food truck, Brighton",
        channel="WHATSAPP",
        address="+447700900675",
        language="en",
        history="steady",
        weekday=4,
        usual=B(
            ("COUS-MED", "5kg", 4),
            ("MERGUEZ-BEEF", 8),
            ("CHICKEN-THIGH", 10),
            ("CHICKPEA-DRY-5", 1),
            ("HARISSA-TUB-4", 1),
            ("RAS-MA", "1kg", 1),
            ("RAISIN-1", 2),
            ("FOIL-TRAY", 2),
            ("SOUP-POT", "16oz", 1),
            ("SIDI-ALI", 10),
        ),
        extras=B(("CUMIN-1", 1)),
    ),
    dict(
        key="riad-events",
        name="Riad Events Catering",
        kind="North African wedding and events caterer",
        channel="EMAIL",
        address="events@riad-events.example",
        language="en",
        history="irregular",
        weekday=3,
        usual=[],
        extras=[],
    ),
    dict(
        key="chez-yamina",
        name="Chez Yamina",
        kind="Algerian restaurant, Finsbury Park",
        channel="WHATSAPP",
        address="+447700900677",
        language="fr",
        history="regular",
        weekday=2,
        usual=B(
            ("COUS-FINE", "5kg", 3),
            ("FRIK-1", 1),
            ("LAMB-NECK", 8),
            ("MERGUEZ-LAMB", 6),
            ("MERGUEZ-CHICKEN", 4),
            ("CHICKPEA-DRY-5", 1),
            ("CARAWAY-500", 1),
            ("PAPRIKA-SWEET-1", 1),
            ("PAPRIKA-HOT-1", 1),
            ("HB-SELECTO", "24 x 330ml Can", 3),
            ("HB-LEMONADE", 1),
            ("MATLOU", 6),
            ("BRICK", 4),
            ("CACHIR", 4),
            ("OLIVE-PURPLE", 1),
        ),
        extras=B(("LENTIL-BROWN-5", 1)),
        last=("qty", "LAMB-NECK", None, 10),
    ),
    dict(
        key="boulangerie-tlemcen",
        name="Boulangerie-Patisserie Tlemcen",
        kind="Algerian bakery, Tottenham",
        channel="EMAIL",
        address="commandes@boulangerie-tlemcen.example",
        language="fr",
        history="steady",
        weekday=0,
        usual=B(
            ("SEMO-COARSE-5", 4),
            ("SEMO-FINE-5", 4),
            ("FLOUR-T55", 4),
            ("DATE-PASTE-5", 2),
            ("SMEN-1", 3),
            ("ORANGE-BLOSSOM", "6 x 1L", 2),
            ("ROSE-WATER", 1),
            ("SESAME-1", 2),
            ("ALMOND-GROUND-1", 6),
            ("SUGAR-GRAN-25", 1),
            ("NIGELLA-500", 1),
        ),
        extras=B(("CINNAMON-GROUND-1", 1)),
    ),
    dict(
        key="le-jasmin",
        name="Le Jasmin",
        kind="Tunisian restaurant, Kentish Town",
        channel="SMS",
        address="+447700900679",
        language="fr",
        history="regular",
        weekday=3,
        usual=B(
            ("HARISSA-CB", "6 x 760g Tin", 2),
            ("TUNA-OLIVE", 3),
            ("BRICK", 6),
            ("EVOO-TN-3", 4),
            ("COUS-FINE", "5kg", 2),
            ("RAS-TN-500", 1),
            ("CORIANDER-1", 1),
            ("CARAWAY-500", 1),
            ("CHICKPEA-DRY-5", 1),
            ("OLIVE-PURPLE", 1),
            ("LAMB-SHOULDER", 6),
            ("MERGUEZ-BEEF", 5),
            ("DATE-DEGLET-BRANCH", 2),
        ),
        extras=B(("CUMIN-1", 1)),
        last=("drop", "DATE-DEGLET-BRANCH", None, None),
    ),
    dict(
        key="epicerie-oasis",
        name="Epicerie Oasis",
        kind="North African grocery, Shepherd's Bush",
        channel="WHATSAPP",
        address="+447700900680",
        language="fr",
        history="regular",
        weekday=5,
        usual=B(
            ("COUS-MED", "1kg", 12),
            ("COUS-COARSE-5", 2),
            ("BELBOULA-1", 1),
            ("SEMO-FINE-5", 3),
            ("DATE-DEGLET", "5kg", 2),
            ("BOUFEGGOUS-5", 1),
            ("MEDJOOL-JV", "Large", 1),
            ("TEA-SULTAN", "12 x 200g", 3),
            ("SUGAR-CONE", 2),
            ("HARISSA-JAR", 2),
            ("TUNA-SUN", 2),
            ("OLIVE-PURPLE", 1),
            ("ARGAN-CUL", "250ml", 6),
            ("ARGAN-COS", 1),
            ("EVOO-MA", "1L Bottle", 12),
            ("SIDI-ALI", 5),
            ("OULMES", 2),
        ),
        extras=B(("FIG-1", 2)),
        last=("drop", "OULMES", None, None),
    ),
    dict(
        key="dar-lhana",
        name="Dar Lhana",
        kind="Moroccan restaurant, Notting Hill (writes Darija in Arabic script)",
        channel="WHATSAPP",
        address="+447700900681",
        language="ary",
        history="steady",
        weekday=1,
        usual=B(
            ("COUS-MED", "10kg", 1),
            ("LAMB-SHOULDER", 12),
            ("LAMB-NECK", 6),
            ("CHICKEN-WHOLE", 3),
            ("PRUNE-1", 2),
            ("ALMOND-BLANCHED-1", 2),
            ("LEMON-JAR", 2),
            ("OLIVE-CHERMOULA", 1),
            ("RAS-MA", "250g", 2),
            ("SAFFRON-4G", 1),
            ("CUMIN-1", 1),
            ("TEA-3505", 1),
            ("MINT-FRESH", 2),
            ("PASTILLA-CHICKEN", 2),
            ("WARQA", 4),
        ),
        extras=B(("RAISIN-1", 2)),
    ),
    dict(
        key="hanout-baraka",
        name="Hanout Baraka",
        kind="Moroccan grocery, Kilburn (writes Darija in Arabic script)",
        channel="WHATSAPP",
        address="+447700900682",
        language="ary",
        history="regular",
        weekday=0,
        usual=B(
            ("COUS-FINE", "1kg", 10),
            ("COUS-MED", "5kg", 4),
            ("CHARIYA-SEFFA", 2),
            ("VERMI-SOUP", 1),
            ("TEA-SULTAN", "12 x 200g", 4),
            ("SUGAR-CONE", 3),
            ("SUGAR-LUMP", 2),
            ("DATE-DEGLET", "1kg", 8),
            ("MEDJOOL-TF", 3),
            ("OLIVE-BELDI", 1),
            ("LEMON-JAR", 1),
            ("SAFFRON-COLOUR", 2),
            ("RAS-MA", "250g", 3),
            ("MINT-DRIED", 2),
            ("SMEN-1", 2),
        ),
        extras=B(("NIGELLA-500", 2)),
        last=("drop", "MINT-DRIED", None, None),
    ),
    dict(
        key="halwa-fes",
        name="Halwa Fes",
        kind="Moroccan patisserie, Ealing (writes Darija in Arabic script)",
        channel="WHATSAPP",
        address="+447700900683",
        language="ary",
        history="steady",
        weekday=2,
        usual=B(
            ("ALMOND-BLANCHED-1", 10),
            ("ALMOND-GROUND-1", 6),
            ("SESAME-1", 5),
            ("FLOUR-T45", 2),
            ("ORANGE-BLOSSOM", "6 x 1L", 3),
            ("CINNAMON-GROUND-1", 1),
            ("SMEN-1", 2),
            ("DATE-PASTE-5", 1),
            ("WARQA", 6),
            ("SUGAR-GRAN-25", 1),
        ),
        extras=B(("RAISIN-1", 2)),
    ),
    dict(
        key="tajine-house",
        name="Tajine House",
        kind="Moroccan takeaway, Croydon (Darija in Arabizi)",
        channel="WHATSAPP",
        address="+447700900684",
        language="ary",
        history="regular",
        weekday=4,
        usual=B(
            ("COUS-MED", "10kg", 2),
            ("LAMB-NECK", 10),
            ("CHICKEN-LEG", 15),
            ("KEFTA", 8),
            ("PRUNE-1", 2),
            ("OLIVE-CRACKED", "5kg Bucket", 1),
            ("LEMON-BUCKET", 1),
            ("RAS-MA", "1kg", 1),
            ("CUMIN-1", 1),
            ("PAPRIKA-SWEET-1", 1),
            ("FOIL-TRAY", 3),
            ("SOUP-POT", "12oz", 2),
            ("BATBOUT", "Mini 8cm (pack of 20)", 6),
            ("OULMES", 2),
        ),
        extras=B(("RAISIN-1", 2)),
        last=("qty", "KEFTA", None, 10),
    ),
    dict(
        key="boucherie-nour",
        name="Boucherie Nour",
        kind="halal butcher, Whitechapel (Darija in Arabizi)",
        channel="SMS",
        address="+447700900685",
        language="ary",
        history="regular",
        weekday=1,
        usual=B(
            ("MERGUEZ-LAMB", 20),
            ("MERGUEZ-BEEF", 20),
            ("LAMB-LEG", 15),
            ("LAMB-SHOULDER", 15),
            ("LAMB-MINCE", 10),
            ("KEFTA", 10),
            ("BEEF-DICED", 15),
            ("CHICKEN-WHOLE", 5),
            ("CHICKEN-THIGH", 10),
            ("KHLII-1", 2),
            ("CACHIR", 6),
        ),
        extras=B(("SUNFLOWER-20", 1)),
        last=("qty", "LAMB-MINCE", None, 12),
    ),
    dict(
        key="snack-marrakech",
        name="Snack Marrakech",
        kind="msemen and snack bar, Acton (Darija in Arabizi)",
        channel="WHATSAPP",
        address="+447700900686",
        language="ary",
        history="steady",
        weekday=5,
        usual=B(
            ("MSEMEN", "Large 20cm", 10),
            ("MSEMEN-STUFFED", 4),
            ("BATBOUT", "Large 15cm (pack of 10)", 4),
            ("HARCHA", 6),
            ("AMLOU-250", 1),
            ("TEA-3505", 1),
            ("MINT-FRESH", 2),
            ("SUGAR-LUMP", 1),
            ("HB-SELECTO", "24 x 330ml Can", 1),
            ("KHLII-1", 1),
        ),
        extras=B(("HB-LEMONADE", 1)),
    ),
    dict(
        key="tifawin-cafe",
        name="Tifawin Cafe",
        kind="Amazigh cafe, Camden (writes Tashelhit in Latin script)",
        channel="WHATSAPP",
        address="+447700900687",
        language="ber",
        history="steady",
        weekday=3,
        usual=B(
            ("TEA-3505", 2),
            ("MINT-FRESH", 3),
            ("SUGAR-CONE", 2),
            ("AMLOU-250", 2),
            ("ARGAN-CUL", "1L", 2),
            ("MSEMEN", "Small 12cm", 4),
            ("HARCHA", 3),
            ("OLIVE-BELDI", 1),
            ("BOUFEGGOUS-5", 1),
            ("COUS-WHOLE-5", 2),
            ("TEA-GLASS-PLAIN", "Small 100ml", 1),
        ),
        extras=B(("LOUIZA-250", 1)),
    ),
    dict(
        key="tazart-grocery",
        name="Tazart Epicerie",
        kind="Kabyle grocery, Leyton (writes Kabyle in Latin script)",
        channel="SMS",
        address="+447700900688",
        language="ber",
        history="regular",
        weekday=2,
        usual=B(
            ("COUS-FINE", "5kg", 4),
            ("COUS-WHOLE-5", 2),
            ("BELBOULA-1", 2),
            ("EVOO-MA", "5L Tin", 3),
            ("FIG-1", 5),
            ("DATE-DEGLET", "5kg", 2),
            ("OLIVE-BELDI", 1),
            ("HB-LEMONADE", 2),
            ("CACHIR", 4),
            ("SEMO-FINE-5", 2),
            ("SMEN-1", 1),
        ),
        extras=B(("RAISIN-1", 2)),
        last=("drop", "OLIVE-BELDI", None, None),
    ),
    dict(
        key="brik-tunis",
        name="Brik & Co",
        kind="Tunisian brik and sandwich shop, Holloway (Tunisian in Arabizi)",
        channel="WHATSAPP",
        address="+447700900689",
        language="aeb",
        history="regular",
        weekday=0,
        usual=B(
            ("BRICK", 10),
            ("TUNA-OLIVE", 4),
            ("HARISSA-CB", "24 x 135g Tin", 3),
            ("HARISSA-TUB-4", 1),
            ("EVOO-TN-3", 2),
            ("SUNFLOWER-20", 2),
            ("CHICKPEA-TIN", 2),
            ("CARAWAY-500", 1),
            ("CORIANDER-1", 1),
            ("LEMON-JAR", 1),
            ("MERGUEZ-LAMB", 6),
        ),
        extras=B(("TOMATO-PASTE", 1)),
        last=("qty", "BRICK", None, 12),
    ),
    dict(
        key="patisserie-sfax",
        name="Patisserie Sfax",
        kind="Tunisian patisserie, Wembley (Tunisian and French)",
        channel="WHATSAPP",
        address="+447700900690",
        language="aeb",
        history="steady",
        weekday=4,
        usual=B(
            ("SEMO-FINE-5", 5),
            ("SEMO-XFINE-5", 3),
            ("DATE-PASTE-5", 4),
            ("DATE-DEGLET-BRANCH", 3),
            ("ALMOND-GROUND-1", 4),
            ("SESAME-1", 2),
            ("ROSE-WATER", 2),
            ("ORANGE-BLOSSOM", "12 x 250ml", 2),
            ("SUNFLOWER-20", 1),
        ),
        extras=B(("NIGELLA-500", 1)),
    ),
    dict(
        key="dz-saveurs",
        name="DZ Saveurs",
        kind="Algerian restaurant, Lewisham (Algerian in Arabizi)",
        channel="WHATSAPP",
        address="+447700900691",
        language="arq",
        history="regular",
        weekday=3,
        usual=B(
            ("COUS-FINE", "5kg", 2),
            ("COUS-MED", "5kg", 2),
            ("FRIK-1", 2),
            ("LAMB-SHOULDER", 8),
            ("CHICKEN-LEG", 10),
            ("MERGUEZ-CHICKEN", 6),
            ("CHICKPEA-DRY-5", 1),
            ("HB-SELECTO", "6 x 1.5L Bottle", 2),
            ("HB-LEMONADE", 2),
            ("MHADJEB", 5),
            ("MATLOU", 6),
            ("CACHIR", 3),
            ("VERMI-SOUP", 1),
        ),
        extras=B(("TOMATO-PASTE", 1)),
        last=("qty", "LAMB-SHOULDER", None, 10),
    ),
    dict(
        key="karantita-corner",
        name="Karantita Corner",
        kind="Algerian street food, Bethnal Green (Algerian in Arabizi)",
        channel="SMS",
        address="+447700900692",
        language="arq",
        history="regular",
        weekday=5,
        usual=B(
            ("CHICKPEA-DRY-5", 4),
            ("CUMIN-1", 1),
            ("HARISSA-JAR", 3),
            ("SUNFLOWER-20", 1),
            ("MATLOU", 8),
            ("MHADJEB", 6),
            ("HB-SELECTO", "24 x 330ml Can", 2),
            ("SOUP-POT", "12oz", 1),
            ("CHERMOULA-MIX", 1),
        ),
        extras=B(("LENTIL-BROWN-5", 1)),
        last=("drop", "CHERMOULA-MIX", None, None),
    ),
    dict(
        key="atay-lounge",
        name="Atay Lounge",
        kind="tea lounge opening in Hackney on 10 August (first-time customer)",
        channel="WHATSAPP",
        address="+447700900693",
        language="en",
        history="new",
        weekday=0,
        usual=[],
        extras=[],
    ),
    dict(
        key="le-petit-maghreb",
        name="Le Petit Maghreb",
        kind="restaurant opening in Camden on 12 August (first-time customer)",
        channel="EMAIL",
        address="omar@lepetitmaghreb.example",
        language="fr",
        history="new",
        weekday=0,
        usual=[],
        extras=[],
    ),
]

CUSTOMER = {c["key"]: c for c in CUSTOMERS}

# The events caterer never repeats a basket: each week a different draw from this pool.
RIAD_POOL = B(
    ("COUS-MED", "10kg", 0),
    ("COUS-SACK-25", 0),
    ("LAMB-SHOULDER", 0),
    ("CHICKEN-WHOLE", 0),
    ("PASTILLA-CHICKEN", 0),
    ("CHEBAKIA", 0),
    ("GAZELLE", 0),
    ("MAKROUT", 0),
    ("MEDJOOL-JV", "Jumbo", 0),
    ("TEA-3505", 0),
    ("MINT-FRESH", 0),
    ("SUGAR-CONE", 0),
    ("FOIL-TRAY", 0),
    ("SOUP-POT", "16oz", 0),
    ("ORANGE-BLOSSOM", "12 x 250ml", 0),
    ("OULMES", 0),
)
RIAD_QTY = {
    "COUS-MED": (2, 6),
    "COUS-SACK-25": (1, 3),
    "LAMB-SHOULDER": (15, 40),
    "CHICKEN-WHOLE": (2, 6),
    "PASTILLA-CHICKEN": (3, 10),
    "CHEBAKIA": (4, 12),
    "GAZELLE": (4, 12),
    "MAKROUT": (4, 12),
    "MEDJOOL-JV": (1, 4),
    "TEA-3505": (1, 3),
    "MINT-FRESH": (2, 6),
    "SUGAR-CONE": (1, 3),
    "FOIL-TRAY": (2, 8),
    "SOUP-POT": (1, 4),
    "ORANGE-BLOSSOM": (1, 3),
    "OULMES": (2, 6),
}


def line(sku, variant, qty):
    d = {"sku": sku}
    if has_variants(sku):
        assert variant in variant_names(sku), (sku, variant)
        d["variant"] = variant
    else:
        assert variant is None, (sku, variant)
    d["quantity"] = qty
    return d


def _basket(items):
    return [line(s, v, q) for s, v, q in items]


def generate_histories():
    """Weekly orders for 5 to 8 weeks before MESSAGE_WEEK, fixed seed."""
    rng = random.Random(6767)
    out = []
    for c in CUSTOMERS:
        rec = {
            "customer": c["key"],
            "name": c["name"],
            "kind": c["kind"],
            "channel": c["channel"],
            "address": c["address"],
            "language": c["language"],
            "orders": [],
        }
        if c["history"] == "new":
            out.append(rec)
            continue
        n = rng.randint(5, 8)
        dates = [
            MESSAGE_WEEK - datetime.timedelta(days=7 * (n - k)) + datetime.timedelta(days=c["weekday"])
            for k in range(n)
        ]
        baskets = []
        if c["history"] == "irregular":
            seen = set()
            for k in range(n):
                while True:
                    size = rng.randint(6, 9)
                    pick = sorted(rng.sample(range(len(RIAD_POOL)), size))
                    items = []
                    for i in pick:
                        s, v, _ = RIAD_POOL[i]
                        lo, hi = RIAD_QTY[s]
                        items.append((s, v, rng.randint(lo, hi)))
                    key = tuple(items)
                    if key not in seen:
                        seen.add(key)
                        break
                baskets.append(items)
        else:
            usual = list(c["usual"])
            baskets = [list(usual) for _ in range(n)]
            earlier = list(range(n - 1))
            if c["history"] == "steady":
                wq, wx = rng.sample(earlier, 2)
                i = rng.randrange(len(usual))
                s, v, q = usual[i]
                baskets[wq][i] = (s, v, q + 1)
                baskets[wx] = baskets[wx] + [rng.choice(c["extras"])]
            else:
                wx = rng.choice(earlier)
                baskets[wx] = baskets[wx] + [rng.choice(c["extras"])]
                op, sku, var, qty = c["last"]
                last = list(usual)
                if op == "qty":
                    last = [
                        (s, v, qty if (s == sku and (var is None or v == var)) else q) for s, v, q in last
                    ]
                elif op == "drop":
                    last = [(s, v, q) for s, v, q in last if s != sku]
                baskets[-1] = last
        for d, items in zip(dates, baskets):
            rec["orders"].append({"date": d.isoformat(), "lines": _basket(items)})
        out.append(rec)
    return out
