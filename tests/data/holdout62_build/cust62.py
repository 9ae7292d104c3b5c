# ruff: noqa  (hand-written data generator of blind set 62, kept as its writer left it)
"""Customers of the sixty-second blind set, their hand-written usual baskets and the seeded history generator.

Everything is invented: businesses, people, towns' streets, phone numbers (Ofcom drama range) and e-mail
addresses (under .example).

Basket lines are (sku, quantity) or (sku, variant, quantity).
kinds of customer:
  steady    - repeats its usual basket; one earlier week has one quantity more, another one extra line;
              the last order is the usual.
  regular   - repeats its usual basket; one earlier week has an extra line; the last order differs from the
              usual (`last`: ("qty", sku, new_qty) | ("drop", sku) | ("extra", line)), so "same as last week"
              and "the usual" differ.
  irregular - never repeats a basket (no usual).
  new       - first-time customer, no orders.
"""

import datetime
import random
import zlib

LAST_WEEK_MONDAY = datetime.date(2028, 8, 7)  # the messages run from Monday 2028-08-14 to Sunday 08-20

CUSTOMERS = [
    # ------------------------------------------------------------------ English
    dict(
        key="spice-lagoon",
        name="Spice Lagoon",
        kind="Bangladeshi restaurant, Leeds",
        channel="EMAIL",
        address="orders@spicelagoon.example",
        language="en",
        type="regular",
        weeks=7,
        day=1,
        usual=[
            ("TILDA-BAS", "20kg", 2),
            ("ONION-25", 4),
            ("VEG-GHEE-15", 1),
            ("RAPESEED-20", 2),
            ("CHK-TIKKA-KG", 25),
            ("LAMB-LEG-DICED", 12),
            ("TURMERIC-Q", "5kg", 1),
            ("CHILLI-POWDER-Q", "5kg", 1),
            ("PATAKS-TIKKA-2300", 1),
            ("POPPADOM-PLAIN", "8 inch (box of 200)", 1),
            ("MANGO-CHUT-TUB-25", 2),
            ("COBRA-BTL", "620ml (case of 12)", 4),
            ("KF-KEG-50", 1),
            ("NAPKIN-2PLY", "Burgundy", 1),
            ("CREAM-DOUBLE-2", 6),
        ],
        extras=[("SALT-25", 1), ("CLOVES-500", 1), ("MINTS-1000", 1)],
        last=("qty", "CHK-TIKKA-KG", 30),
    ),
    dict(
        key="tandoor-brigade",
        name="Tandoor Brigade",
        kind="takeaway, Swindon",
        channel="SMS",
        address="+447700900402",
        language="en",
        type="steady",
        weeks=8,
        day=0,
        usual=[
            ("QUAY-BAS-20", 2),
            ("ONION-25", 3),
            ("VEG-OIL-20", 2),
            ("CHK-BREAST-BOX-10", 2),
            ("LAMB-MINCE", 5),
            ("MW-CONT", "650ml", 2),
            ("MW-LIDS-250", 2),
            ("BAG-PAPER", "Medium", 1),
            ("NAAN-10", 6),
            ("POPPADOM-SPICY", "6 inch (box of 300)", 1),
            ("COKE-CAN-24", 2),
            ("FOIL-CONT", "No.2", 1),
        ],
        extras=[("CLING-45", 1), ("SALT-25", 1)],
    ),
    dict(
        key="curry-cabin",
        name="The Curry Cabin",
        kind="takeaway, Newport",
        channel="WHATSAPP",
        address="+447700900403",
        language="en",
        type="regular",
        weeks=6,
        day=2,
        usual=[
            ("SELLA-GOLD", "20kg", 1),
            ("POTATO-CY-25", 1),
            ("ONION-25", 2),
            ("BASE-GRAVY", "10kg", 2),
            ("CHK-THIGH-BOX-10", 1),
            ("CHK-TIKKA-KG", 10),
            ("FOIL-CONT", "No.6a", 1),
            ("FOIL-LIDS", "No.6a", 1),
            ("POTS-2OZ-1000", 1),
            ("BAG-VEST-1000", 1),
            ("GG-PASTE-1", 2),
            ("CHAPATI-20", 4),
        ],
        extras=[("FOIL-ROLL-45", 1), ("SUGAR-25", 1)],
        last=("drop", "BAG-VEST-1000"),
    ),
    dict(
        key="mughal-orchard",
        name="Mughal Orchard",
        kind="restaurant, Reading",
        channel="EMAIL",
        address="purchasing@mughalorchard.example",
        language="en",
        type="steady",
        weeks=6,
        day=0,
        usual=[
            ("LAILA-BAS-20", 3),
            ("GHEE-BUTTER", "2kg", 2),
            ("CREAM-DOUBLE-2", 8),
            ("PANEER-BLOCK", "2kg", 3),
            ("CHK-TIKKA-KG", 30),
            ("LAMB-CHOPS", 8),
            ("PRAWN-KING-1", 5),
            ("COBRA-KEG", "50L", 2),
            ("COBRA-ZERO-24", 1),
            ("KF-BTL", "330ml (case of 24)", 2),
            ("NAPKIN-3PLY-BURG", 1),
            ("TOWELS-LEMON-1000", 1),
            ("MINTS-1000", 1),
            ("ALMOND-GROUND-1", 2),
        ],
        extras=[("CARDAMOM-GREEN-1", 1), ("CASSIA-1", 1)],
    ),
    dict(
        key="naga-nights",
        name="Naga Nights",
        kind="takeaway, Luton",
        channel="WHATSAPP",
        address="+447700900405",
        language="en",
        type="regular",
        weeks=6,
        day=3,
        usual=[
            ("KOHINOOR-GOLD-10", 3),
            ("ONION-PEELED-10", 2),
            ("VEG-OIL-20", 1),
            ("CHK-BREAST-BAG-2", 6),
            ("SEEKH-LAMB-60", 1),
            ("SAMOSA-VEG-50", 2),
            ("MW-CONT", "500ml", 1),
            ("MW-CONT", "750ml", 1),
            ("MW-LIDS-250", 2),
            ("CHILLI-BIRDS-1", 2),
            ("RUBICON-MANGO-24", 1),
            ("COKE-CAN-24", 1),
            ("DIET-COKE-CAN-24", 1),
        ],
        extras=[("BAG-VEST-1000", 1), ("CLING-45", 1)],
        last=("extra", ("WATER-STILL-24", 2)),
    ),
    dict(
        key="moonlit-balti",
        name="Moonlit Balti House",
        kind="balti restaurant, Birmingham",
        channel="WHATSAPP",
        address="+447700900406",
        language="en",
        type="steady",
        weeks=7,
        day=1,
        usual=[
            ("TILDA-BAS", "10kg", 3),
            ("ONION-25", 3),
            ("POTATO-MP-25", 1),
            ("VEG-GHEE-2", 4),
            ("TOM-CHOP-6", 2),
            ("CHK-TIKKA-KG", 15),
            ("LAMB-SHOULDER-DICED", 10),
            ("TIGER-640-12", 3),
            ("PATAKS-MADRAS-2300", 1),
            ("POPPADOM-PLAIN", "6 inch (box of 300)", 1),
            ("LIME-PICKLE-TUB-25", 1),
            ("CORIANDER-FRESH-30", 1),
        ],
        extras=[("SALT-25", 1), ("CASSIA-1", 1)],
    ),
    dict(
        key="mela-events",
        name="Mela & Co Events Catering",
        kind="wedding and events caterer, London",
        channel="EMAIL",
        address="kitchen@melaandco.example",
        language="en",
        type="irregular",
        weeks=6,
        day=2,
        pool=[
            ("TILDA-BAS", "20kg"),
            ("SELLA-GOLD", "20kg"),
            ("CHK-TIKKA-KG", None, 5),
            ("LAMB-LEG-DICED", None, 5),
            ("FOIL-CONT", "No.9"),
            ("FOIL-LIDS", "No.9"),
            ("NAAN-10", None),
            ("SAMOSA-VEG-50", None),
            ("SAMOSA-MEAT-50", None),
            ("PANEER-CUBES-1", None),
            ("CREAM-DOUBLE-2", None),
            ("ONION-25", None),
            ("GHEE-BUTTER", "2kg"),
            ("NAPKIN-2PLY", "White"),
            ("WATER-STILL-24", None),
        ],
    ),
    dict(
        key="bombay-bites",
        name="Bombay Bites",
        kind="new takeaway, Slough (opens 18 August)",
        channel="WHATSAPP",
        address="+447700900408",
        language="en",
        type="new",
    ),
    # ------------------------------------------------------------------ Bengali script
    dict(
        key="sylhet-garden",
        name="Sylhet Garden",
        kind="Bangladeshi restaurant, Bradford",
        channel="WHATSAPP",
        address="+447700900409",
        language="bn",
        type="regular",
        weeks=7,
        day=0,
        usual=[
            ("SELLA-GOLD", "20kg", 2),
            ("ONION-25", 5),
            ("VEG-GHEE-15", 1),
            ("TURMERIC-Q", "1kg", 3),
            ("CHILLI-POWDER-Q", "1kg", 3),
            ("CORIANDER-FRESH-30", 1),
            ("CHILLI-GREEN-5", 1),
            ("CHK-TIKKA-KG", 20),
            ("LAMB-LEG-DICED", 8),
            ("RUI-STEAK-1", 5),
            ("PANCH-PHORON-1", 1),
            ("MUSTARD-OIL-1", 6),
        ],
        extras=[("SALT-25", 1), ("CLOVES-500", 1)],
        last=("qty", "ONION-25", 6),
    ),
    dict(
        key="jalsa-tandoori",
        name="Jalsa Tandoori",
        kind="Bangladeshi tandoori restaurant, Cardiff",
        channel="WHATSAPP",
        address="+447700900410",
        language="bn",
        type="steady",
        weeks=6,
        day=3,
        usual=[
            ("LAILA-BAS-20", 2),
            ("ONION-25", 4),
            ("POTATO-CY-25", 1),
            ("RAPESEED-20", 1),
            ("CHK-BREAST-BOX-10", 2),
            ("CHK-LEG-KG", 10),
            ("YOGHURT-10", 1),
            ("FOOD-COLOUR", "Red", 1),
            ("TANDOORI-MASALA-1", 1),
            ("CHARCOAL-15", 3),
            ("COBRA-BTL", "330ml (case of 24)", 3),
            ("POPPADOM-SPICY", "8 inch (box of 200)", 1),
            ("MINT-SAUCE-2200", 1),
        ],
        extras=[("LEMON-80", 1), ("TOWELS-LEMON-1000", 1)],
    ),
    dict(
        key="rongdhonu",
        name="Rongdhonu Indian Cuisine",
        kind="restaurant and takeaway, Oldham",
        channel="SMS",
        address="+447700900411",
        language="bn",
        type="regular",
        weeks=6,
        day=1,
        usual=[
            ("QUAY-BAS-20", 2),
            ("ONION-25", 3),
            ("GG-PASTE-1", 3),
            ("CHK-THIGH-KG", 12),
            ("PRAWN-COOKED-1", 3),
            ("GARAM-MASALA-Q-1", 1),
            ("CUMIN-SEEDS-Q-1", 1),
            ("CREAM-SINGLE-2", 4),
            ("NAAN-10", 4),
            ("NAAN-GARLIC-10", 2),
            ("FOIL-CONT", "No.2", 1),
            ("FOIL-LIDS", "No.2", 1),
        ],
        extras=[("SUGAR-25", 1), ("CLING-45", 1)],
        last=("drop", "CUMIN-SEEDS-Q-1"),
    ),
    dict(
        key="padma-palace",
        name="Padma Palace",
        kind="fine-dining Bangladeshi restaurant, Sheffield",
        channel="EMAIL",
        address="manager@padmapalace.example",
        language="bn",
        type="steady",
        weeks=5,
        day=2,
        usual=[
            ("TILDA-BAS", "20kg", 2),
            ("GHEE-BUTTER", "2kg", 2),
            ("CHK-TIKKA-KG", 20),
            ("LAMB-CHOPS", 5),
            ("MUTTON-CURRY", 6),
            ("KF-BTL", "650ml (case of 12)", 3),
            ("COBRA-KEG", "30L", 1),
            ("NAPKIN-2PLY", "White", 1),
            ("CARDAMOM-GREEN-1", 1),
            ("CREAM-DOUBLE-2", 4),
        ],
        extras=[("MINTS-1000", 1), ("ALMOND-GROUND-1", 1)],
    ),
    # ------------------------------------------------------------------ Banglish (romanised)
    dict(
        key="surma-valley",
        name="Surma Valley Tandoori",
        kind="restaurant, Newcastle",
        channel="WHATSAPP",
        address="+447700900413",
        language="bn",
        type="regular",
        weeks=8,
        day=0,
        usual=[
            ("TILDA-BAS", "20kg", 2),
            ("ONION-25", 4),
            ("VEG-GHEE-15", 1),
            ("CHK-TIKKA-KG", 15),
            ("CHK-BREAST-BOX-10", 1),
            ("LAMB-LEG-DICED", 10),
            ("TURMERIC-Q", "5kg", 1),
            ("CHILLI-POWDER-TRS-1", 2),
            ("CUMIN-POWDER-1", 1),
            ("CORIANDER-POWDER-1", 2),
            ("POPPADOM-PLAIN", "8 inch (box of 200)", 1),
            ("COBRA-BTL", "620ml (case of 12)", 3),
            ("MW-CONT", "650ml", 1),
            ("MW-LIDS-250", 1),
        ],
        extras=[("SALT-25", 1), ("TOWELS-LEMON-1000", 1)],
        last=("qty", "ONION-25", 5),
    ),
    dict(
        key="shapla-tandoori",
        name="Shapla Tandoori",
        kind="takeaway, Ipswich",
        channel="SMS",
        address="+447700900414",
        language="bn",
        type="steady",
        weeks=6,
        day=4,
        usual=[
            ("SELLA-WHITE-20", 2),
            ("ONION-25", 3),
            ("POTATO-MP-25", 1),
            ("VEG-OIL-20", 2),
            ("CHK-BREAST-BAG-2", 8),
            ("LAMB-SHOULDER-DICED", 6),
            ("PATAKS-TIKKA-2300", 1),
            ("GG-PASTE-1", 2),
            ("NAAN-10", 5),
            ("FOIL-CONT", "No.6a", 1),
            ("FOIL-LIDS", "No.6a", 1),
            ("BAG-VEST-1000", 1),
        ],
        extras=[("SUGAR-25", 1), ("FOIL-ROLL-45", 1)],
    ),
    dict(
        key="nakshi-grill",
        name="Nakshi Grill",
        kind="grill and curry house, Luton",
        channel="WHATSAPP",
        address="+447700900415",
        language="bn",
        type="regular",
        weeks=6,
        day=2,
        usual=[
            ("KOHINOOR-GOLD-10", 2),
            ("ONION-RED-20", 1),
            ("ONION-25", 2),
            ("CHK-LEG-KG", 15),
            ("CHK-TIKKA-KG", 10),
            ("LAMB-CHOPS", 6),
            ("SEEKH-LAMB-60", 1),
            ("CHARCOAL-15", 4),
            ("FOOD-COLOUR", "Orange", 1),
            ("TANDOORI-PASTE-Q-1", 2),
            ("LEMON-80", 1),
            ("PEPPER-GREEN-5", 1),
        ],
        extras=[("SALT-25", 1), ("MINT-SAUCE-2200", 1)],
        last=("extra", ("YOGHURT-10", 1)),
    ),
    dict(
        key="meghna-balti",
        name="Meghna Balti",
        kind="balti house, Walsall",
        channel="WHATSAPP",
        address="+447700900416",
        language="bn",
        type="steady",
        weeks=7,
        day=3,
        usual=[
            ("TILDA-BAS", "10kg", 2),
            ("ONION-25", 2),
            ("GHEE-BUTTER", "1kg", 2),
            ("VEG-GHEE-2", 3),
            ("CHK-TIKKA-KG", 12),
            ("LAMB-LEG-DICED", 6),
            ("PANEER-BLOCK", "1kg", 4),
            ("CREAM-DOUBLE-2", 4),
            ("MANGO-CHUT-TUB-25", 1),
            ("LIME-PICKLE-TUB-25", 1),
            ("MIXED-PICKLE-TUB-25", 1),
            ("POPPADOM-PLAIN", "6 inch (box of 300)", 1),
            ("COBRA-BTL", "330ml (case of 24)", 2),
        ],
        extras=[("SUGAR-25", 1), ("CLOVES-500", 1)],
    ),
    dict(
        key="rangpur-kitchen",
        name="Rangpur Kitchen",
        kind="new takeaway, Luton (opened 14 August)",
        channel="WHATSAPP",
        address="+447700900417",
        language="bn",
        type="new",
    ),
    # ------------------------------------------------------------------ Hindi / Urdu (romanised)
    dict(
        key="lahori-darbar",
        name="Lahori Darbar",
        kind="Pakistani grill, Manchester",
        channel="WHATSAPP",
        address="+447700900418",
        language="ur",
        type="regular",
        weeks=7,
        day=0,
        usual=[
            ("SELLA-WHITE-20", 3),
            ("ONION-25", 4),
            ("GHEE-BUTTER", "2kg", 3),
            ("VEG-GHEE-15", 1),
            ("CHK-LEG-KG", 20),
            ("LAMB-CHOPS", 10),
            ("MUTTON-CURRY", 15),
            ("CHK-MINCE-KG", 8),
            ("CHARCOAL-15", 5),
            ("YOGHURT-10", 2),
            ("PARATHA-20", 4),
            ("WATER-STILL-24", 3),
        ],
        extras=[("SALT-25", 1), ("CARDAMOM-BLACK-500", 1)],
        last=("qty", "MUTTON-CURRY", 18),
    ),
    dict(
        key="dilli-dhaba",
        name="Dilli Dhaba",
        kind="North Indian restaurant, Leicester",
        channel="WHATSAPP",
        address="+447700900419",
        language="hi",
        type="steady",
        weeks=6,
        day=1,
        usual=[
            ("LAILA-BAS-20", 2),
            ("ONION-25", 3),
            ("POTATO-MP-25", 2),
            ("PANEER-BLOCK", "2kg", 4),
            ("CREAM-DOUBLE-2", 4),
            ("GHEE-BUTTER", "1kg", 3),
            ("KASURI-METHI-500", 1),
            ("CHANA-DAL-20", 1),
            ("MASOOR-DAL-20", 1),
            ("CHAPATI-20", 6),
            ("KF-BTL", "650ml (case of 12)", 3),
            ("TOM-PUREE-12", 1),
        ],
        extras=[("CUMIN-SEEDS-TRS-1", 1), ("SUGAR-25", 1)],
    ),
    dict(
        key="punjab-tadka",
        name="Punjab Tadka",
        kind="Punjabi restaurant, Southall",
        channel="SMS",
        address="+447700900420",
        language="hi",
        type="regular",
        weeks=6,
        day=4,
        usual=[
            ("QUAY-BAS-20", 2),
            ("ATTA-ELEPHANT-25", 2),
            ("ONION-25", 4),
            ("VEG-GHEE-15", 1),
            ("CHK-TIKKA-KG", 12),
            ("CHK-LEG-KG", 10),
            ("PANEER-BLOCK", "1kg", 6),
            ("YOGHURT-10", 1),
            ("KF-KEG-50", 1),
            ("TIGER-330-24", 2),
            ("SAMOSA-VEG-50", 2),
            ("SAMOSA-MEAT-50", 1),
        ],
        extras=[("METHI-SEEDS-1", 1), ("SALT-25", 1)],
        last=("drop", "TIGER-330-24"),
    ),
    dict(
        key="karachi-tawa",
        name="Karachi Tawa House",
        kind="Pakistani tawa and karahi house, Bradford",
        channel="SMS",
        address="+447700900421",
        language="ur",
        type="steady",
        weeks=6,
        day=2,
        usual=[
            ("SELLA-GOLD", "20kg", 2),
            ("ONION-25", 3),
            ("VEG-GHEE-2", 6),
            ("LAMB-SHOULDER-DICED", 10),
            ("MUTTON-CURRY", 10),
            ("CHK-TIKKA-KG", 10),
            ("TOM-CHOP-6", 2),
            ("GARAM-MASALA-TRS-400", 3),
            ("PARATHA-20", 3),
            ("RUBICON-MANGO-24", 1),
        ],
        extras=[("CUMIN-SEEDS-TRS-1", 1), ("SALT-25", 1)],
    ),
    dict(
        key="chai-chowk",
        name="Chai Chowk",
        kind="Indian street-food cafe, Wembley",
        channel="WHATSAPP",
        address="+447700900422",
        language="hi",
        type="regular",
        weeks=5,
        day=3,
        usual=[
            ("GRAM-FLOUR-10", 2),
            ("POTATO-CY-25", 1),
            ("ONION-RED-20", 1),
            ("PANEER-CUBES-1", 4),
            ("SAMOSA-VEG-50", 3),
            ("TAMARIND-2200", 1),
            ("MINT-SAUCE-2200", 1),
            ("POTS-2OZ-1000", 1),
            ("BAG-PAPER", "Small", 1),
            ("NAPKIN-2PLY", "Black", 1),
            ("RUBICON-MANGO-24", 2),
        ],
        extras=[("SUGAR-25", 1), ("CLING-45", 1)],
        last=("qty", "SAMOSA-VEG-50", 4),
    ),
    # ------------------------------------------------------------------ Nepali
    dict(
        key="gurkha-himal",
        name="Gurkha Himal Restaurant",
        kind="Nepali and Indian restaurant, Aldershot",
        channel="WHATSAPP",
        address="+447700900423",
        language="ne",
        type="regular",
        weeks=7,
        day=1,
        usual=[
            ("TILDA-BAS", "20kg", 2),
            ("ONION-25", 3),
            ("POTATO-MP-25", 1),
            ("CHK-THIGH-KG", 15),
            ("LAMB-LEG-DICED", 8),
            ("CHK-MINCE-KG", 5),
            ("GINGER-5", 1),
            ("GARLIC-PEELED-1", 4),
            ("TURMERIC-Q", "1kg", 2),
            ("CUMIN-SEEDS-TRS-1", 1),
            ("TIGER-640-12", 2),
            ("KF-BTL", "650ml (case of 12)", 2),
        ],
        extras=[("SALT-25", 1), ("CLING-45", 1)],
        last=("qty", "CHK-THIGH-KG", 20),
    ),
    dict(
        key="everest-tandoori",
        name="Everest Tandoori",
        kind="Nepali-run tandoori restaurant, Farnborough",
        channel="SMS",
        address="+447700900424",
        language="ne",
        type="steady",
        weeks=6,
        day=0,
        usual=[
            ("QUAY-BAS-20", 2),
            ("ONION-25", 2),
            ("VEG-OIL-20", 1),
            ("CHK-TIKKA-KG", 12),
            ("CHK-LEG-KG", 8),
            ("LAMB-SHOULDER-DICED", 5),
            ("COBRA-BTL", "620ml (case of 12)", 2),
            ("POPPADOM-SPICY", "6 inch (box of 300)", 1),
            ("MANGO-CHUT-JAR-6", 1),
            ("LIME-PICKLE-JAR-6", 1),
        ],
        extras=[("MINTS-1000", 1), ("SALT-25", 1)],
    ),
    dict(
        key="annapurna-kitchen",
        name="Annapurna Kitchen",
        kind="Nepali restaurant, Reading",
        channel="WHATSAPP",
        address="+447700900425",
        language="ne",
        type="regular",
        weeks=5,
        day=4,
        usual=[
            ("LAILA-BAS-20", 1),
            ("ONION-25", 2),
            ("GHEE-BUTTER", "1kg", 2),
            ("CHK-THIGH-BOX-10", 1),
            ("LAMB-MINCE", 5),
            ("GINGER-5", 1),
            ("CHILLI-GREEN-5", 1),
            ("CORIANDER-FRESH-30", 1),
            ("KF-BTL", "330ml (case of 24)", 2),
        ],
        extras=[("SALT-25", 1), ("TIGER-330-24", 1)],
        last=("drop", "CORIANDER-FRESH-30"),
    ),
    dict(
        key="yeti-grill",
        name="Yeti Grill",
        kind="new Nepali grill, Aldershot (opens 21 August)",
        channel="WHATSAPP",
        address="+447700900426",
        language="ne",
        type="new",
    ),
]

BY_KEY = {c["key"]: c for c in CUSTOMERS}


def _line(t):
    if len(t) == 3:
        return {"sku": t[0], "variant": t[1], "quantity": t[2]}
    return {"sku": t[0], "quantity": t[1]}


def _seed(key):
    return zlib.crc32(("blind62/" + key).encode("utf-8"))


def _dates(c):
    n = c["weeks"]
    last = LAST_WEEK_MONDAY + datetime.timedelta(days=c["day"])
    return [(last - datetime.timedelta(weeks=n - 1 - i)).isoformat() for i in range(n)]


def generate_history(c):
    """Orders of one customer, oldest first (deterministic)."""
    if c["type"] == "new":
        return []
    rng = random.Random(_seed(c["key"]))
    dates = _dates(c)
    n = len(dates)
    if c["type"] == "irregular":
        pool = c["pool"]
        seen = set()
        orders = []
        for d in dates:
            while True:
                k = rng.randint(5, 8)
                picks = sorted(rng.sample(range(len(pool)), k))
                lines = []
                for i in picks:
                    sku, var = pool[i][0], (pool[i][1] if len(pool[i]) > 1 else None)
                    mult = pool[i][2] if len(pool[i]) > 2 else 1  # meat by the kg comes in larger numbers
                    q = rng.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20]) * mult
                    lines.append(_line((sku, var, q)) if var else _line((sku, q)))
                sig = repr(lines)
                if sig not in seen:
                    seen.add(sig)
                    break
            orders.append({"date": d, "lines": lines})
        return orders
    usual = [_line(t) for t in c["usual"]]
    weeks = [[dict(l) for l in usual] for _ in range(n)]
    if c["type"] == "steady":
        i, j = rng.sample(range(n - 1), 2)
        k = rng.randrange(len(usual))
        weeks[i][k]["quantity"] += 1
        weeks[j].append(_line(rng.choice(c["extras"])))
    else:  # regular
        j = rng.randrange(n - 1)
        weeks[j].append(_line(rng.choice(c["extras"])))
        kind = c["last"][0]
        lastw = weeks[-1]
        if kind == "qty":
            for l in lastw:
                if l["sku"] == c["last"][1]:
                    l["quantity"] = c["last"][2]
        elif kind == "drop":
            weeks[-1] = [l for l in lastw if l["sku"] != c["last"][1]]
        elif kind == "extra":
            lastw.append(_line(c["last"][1]))
    return [{"date": d, "lines": w} for d, w in zip(dates, weeks)]


def histories():
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
                "orders": generate_history(c),
            }
        )
    return out
