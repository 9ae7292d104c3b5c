# ruff: noqa  (hand-written data generator for the eleventh blind set, kept as its writer left it)
"""Customers of holdout11 and their hand-written usual baskets; histories generated with a fixed seed.

kind of history:
  steady  - the usual basket every week except two earlier weeks (one quantity +1 or one line dropped);
            the last order is the usual.
  regular - the usual basket every week except one earlier week; the last order differs from the usual
            by the hand-written `last` change (one quantity, one extra line or one dropped line).
  never   - every week's basket differs (quantities vary), so "the usual" cannot be resolved.
  new     - first-time customer, no orders.
Basket lines are (sku, variant or None, quantity).
"""

import datetime
import random

SEED = 11011
LAST_MONDAY = datetime.date(2026, 8, 24)  # the week of the last history order

# key: (name, kind of business, channel, address, language, history kind, weekday 0=Mon, usual, last-change)
CUSTOMERS = {
    "olive-tree": dict(
        name="The Olive Tree Taverna",
        kind="Greek taverna, Camden",
        channel="WHATSAPP",
        address="+447700900111",
        language="el",
        hist="steady",
        day=0,
        usual=[
            ("TOM-ROUND-6", None, 3),
            ("MED-CUC-12", None, 2),
            ("ONI-RED-10", None, 2),
            ("PEP-BELL-5", "Green", 1),
            ("LET-COS", None, 1),
            ("CIT-LEMON-80", None, 2),
            ("HERB-PARS-FLAT", "Bunch", 10),
            ("HERB-DILL", None, 6),
            ("MED-AUB-5", None, 2),
            ("POT-MP-25", None, 2),
            ("HERB-MINT", None, 5),
            ("MED-COURG-5", None, 1),
        ],
    ),
    "casa-lisboa": dict(
        name="Casa Lisboa Café",
        kind="Portuguese café, Stockwell",
        channel="WHATSAPP",
        address="+447700900112",
        language="pt",
        hist="regular",
        day=2,
        usual=[
            ("ONI-BRN-10", None, 2),
            ("GAR-BULB", None, 2),
            ("TOM-PLUM-6", None, 2),
            ("HERB-CORI", "Bunch", 10),
            ("POT-MP-25", None, 1),
            ("CIT-LEMON-80", None, 1),
            ("PEP-BELL-5", "Red", 1),
            ("LET-ICEBERG", None, 1),
            ("EGG-FR-L", None, 4),
            ("GRN-KALE", None, 2),
        ],
        last=("qty", "EGG-FR-L", None, 5),
    ),
    "pod-lipa": dict(
        name="Bistro Pod Lipą",
        kind="Polish bistro, Ealing",
        channel="SMS",
        address="+447700900113",
        language="pl",
        hist="steady",
        day=1,
        usual=[
            ("POT-MP-25", None, 3),
            ("ROOT-BEET-RAW", None, 10),
            ("GRN-CAB-WHT", None, 6),
            ("HERB-DILL", None, 10),
            ("ONI-BRN-25", None, 1),
            ("ROOT-CARROT-10", None, 2),
            ("MUSH-BUTTON", None, 2),
            ("MED-CUC-12", None, 1),
            ("EGG-FR-M", None, 3),
        ],
    ),
    "la-tasca": dict(
        name="La Tasca de Borough",
        kind="Spanish tapas bar, Borough",
        channel="WHATSAPP",
        address="+447700900114",
        language="es",
        hist="steady",
        day=3,
        usual=[
            ("PEP-PADRON", None, 4),
            ("TOM-PLUM-6", None, 2),
            ("ONI-WHT-10", None, 2),
            ("GAR-BULB", None, 3),
            ("POT-MP-25", None, 2),
            ("CIT-LEMON-80", None, 1),
            ("HERB-PARS-FLAT", "Bunch", 8),
            ("PEP-BELL-5", "Red", 1),
            ("EGG-FR-L", None, 4),
            ("MUSH-CHEST", None, 1),
        ],
    ),
    "bistro-margaux": dict(
        name="Bistro Margaux",
        kind="French bistro, Islington",
        channel="EMAIL",
        address="claire@bistro-margaux.example",
        language="fr",
        hist="regular",
        day=1,
        usual=[
            ("ONI-SHAL-5", None, 2),
            ("POT-CHAR-10", None, 2),
            ("GRN-FINEBEAN", None, 3),
            ("HERB-TARRAGON", None, 4),
            ("HERB-CHIVES", None, 4),
            ("HERB-THYME", None, 2),
            ("MUSH-CHEST", None, 2),
            ("GAR-BULB", None, 1),
            ("LET-GEM", None, 1),
            ("CIT-LEMON-80", None, 1),
            ("CREAM-DOUBLE", None, 4),
            ("BUTTER-UNS", None, 1),
            ("EGG-FR-L", None, 3),
            ("ROOT-CARROT-10", None, 1),
        ],
        last=("add", "MUSH-WILD", None, 1),
    ),
    "nonna-rosa": dict(
        name="Trattoria Nonna Rosa",
        kind="Italian trattoria, Clerkenwell",
        channel="WHATSAPP",
        address="+447700900116",
        language="it",
        hist="steady",
        day=2,
        usual=[
            ("TOM-PLUM-6", None, 3),
            ("TOM-CHERRY-P", "Red", 2),
            ("HERB-BASIL", None, 10),
            ("LET-ROCKET", None, 2),
            ("MED-COURG-5", None, 2),
            ("MED-AUB-5", None, 1),
            ("GAR-BULB", None, 2),
            ("ONI-BRN-10", None, 2),
            ("PREP-MIREPOIX", None, 2),
            ("CIT-LEMON-80", None, 1),
            ("HERB-PARS-FLAT", "Bunch", 6),
            ("GRN-CAVOLO", None, 2),
        ],
    ),
    "zum-hirsch": dict(
        name="Zum Goldenen Hirsch",
        kind="German beer hall, Brick Lane",
        channel="EMAIL",
        address="kueche@zum-hirsch.example",
        language="de",
        hist="regular",
        day=3,
        usual=[
            ("POT-MP-25", None, 4),
            ("ONI-BRN-25", None, 2),
            ("GRN-CAB-RED", None, 10),
            ("GRN-CAB-WHT", None, 6),
            ("ROOT-CARROT-10", None, 1),
            ("HERB-PARS-CURLY", None, 6),
            ("APL-BRAMLEY", None, 5),
            ("PREP-CHIPS", "12mm", 3),
            ("HERB-CHIVES", None, 2),
            ("MUSH-BUTTON", None, 2),
        ],
        last=("qty", "PREP-CHIPS", "12mm", 4),
    ),
    "groene-vork": dict(
        name="De Groene Vork",
        kind="Dutch vegetarian restaurant, Hackney",
        channel="EMAIL",
        address="sanne@degroenevork.example",
        language="nl",
        hist="regular",
        day=0,
        usual=[
            ("GRN-SPIN-BABY", None, 3),
            ("MUSH-OYSTER", "Grey", 2),
            ("MED-BUTTERNUT", None, 10),
            ("ROOT-BEET-RAW", None, 5),
            ("AVO-HASS-4", "Size 20", 1),
            ("GRN-KALE", None, 2),
            ("GRN-TSTEM", None, 2),
            ("LET-MIXED", None, 2),
            ("HERB-CORI", "Bunch", 6),
            ("CIT-LIME-60", None, 1),
            ("POT-SWEET-6", None, 2),
            ("ONI-RED-10", None, 1),
        ],
        last=("drop", "LET-MIXED", None, 0),
    ),
    "carpati": dict(
        name="Magazin Carpați",
        kind="Romanian greengrocer, Harrow",
        channel="WHATSAPP",
        address="+447700900119",
        language="ro",
        hist="regular",
        day=4,
        usual=[
            ("ONI-BRN-25", None, 2),
            ("POT-KE-25", None, 3),
            ("PEP-BELL-5", "Red", 3),
            ("PEP-BELL-5", "Green", 2),
            ("TOM-ROUND-6", None, 4),
            ("MED-CUC-12", None, 3),
            ("MED-AUB-5", None, 2),
            ("GRN-CAB-WHT", None, 10),
            ("HERB-DILL", None, 12),
            ("HERB-PARS-FLAT", "Bunch", 10),
            ("APL-GALA", None, 2),
            ("GRAPE-SEEDLESS", "White", 1),
        ],
        last=("qty", "TOM-ROUND-6", None, 5),
    ),
    "squeeze": dict(
        name="Squeeze Juice Co.",
        kind="juice bar, Shoreditch",
        channel="WHATSAPP",
        address="+447700900120",
        language="en",
        hist="steady",
        day=0,
        usual=[
            ("CIT-ORG-JUICE", None, 4),
            ("APL-GRANNY", None, 2),
            ("GINGER", None, 3),
            ("CIT-LEMON-80", None, 1),
            ("CIT-LIME-60", None, 1),
            ("ROOT-CARROT-10", None, 3),
            ("GRN-SPIN-BABY", None, 2),
            ("GRN-KALE", None, 2),
            ("BAN-18", None, 1),
            ("PINE-8", None, 1),
            ("HERB-MINT", None, 10),
            ("ROOT-BEET-RAW", None, 5),
            ("MED-CUC-12", None, 1),
            ("BER-STRAW", None, 1),
        ],
    ),
    "green-bowl": dict(
        name="Green Bowl Smoothies",
        kind="smoothie and juice bar, Dalston",
        channel="SMS",
        address="+447700900121",
        language="en",
        hist="regular",
        day=2,
        usual=[
            ("BAN-18", None, 2),
            ("BER-BLUE-2", None, 2),
            ("BER-STRAW", None, 2),
            ("MANGO-10", None, 2),
            ("PINE-8", None, 1),
            ("AVO-RIPE-20", None, 1),
            ("GRN-SPIN-BABY", None, 1),
            ("CIT-LIME-60", None, 1),
            ("PASSION-36", None, 1),
            ("GINGER", None, 1),
        ],
        last=("qty", "BER-BLUE-2", None, 3),
    ),
    "harbour-hotel": dict(
        name="The Harbour Hotel",
        kind="hotel kitchen, Brighton",
        channel="EMAIL",
        address="purchasing@harbourhotel.example",
        language="en",
        hist="regular",
        day=3,
        usual=[
            ("POT-MP-25", None, 4),
            ("POT-BABY-5", None, 3),
            ("ONI-BRN-25", None, 2),
            ("ONI-RED-10", None, 1),
            ("ROOT-CARROT-10", None, 2),
            ("TOM-VINE-3", None, 3),
            ("TOM-CHERRY-P", "Red", 2),
            ("MUSH-BUTTON", None, 3),
            ("MUSH-CHEST", None, 2),
            ("LET-MIXED", None, 3),
            ("LET-GEM", None, 1),
            ("CIT-LEMON-80", None, 2),
            ("JUICE-OJ", None, 6),
            ("BER-STRAW", None, 2),
            ("BER-BLUE-P", None, 2),
            ("BAN-18", None, 1),
            ("EGG-FR-L", None, 10),
            ("MILK-SEMI", None, 4),
            ("CREAM-DOUBLE", None, 3),
            ("HERB-CHIVES", None, 3),
            ("GRN-ASPAR", "Standard", 1),
            ("AVO-RIPE-20", None, 2),
        ],
        last=("add", "HERB-DILL", None, 2),
    ),
    "kings-arms": dict(
        name="The King's Arms",
        kind="gastropub, Richmond",
        channel="SMS",
        address="+447700900123",
        language="en",
        hist="regular",
        day=4,
        usual=[
            ("POT-MP-25", None, 4),
            ("PREP-PEELED-POT", None, 2),
            ("ONI-BRN-10", None, 2),
            ("ROOT-CARROT-10", None, 1),
            ("ROOT-PARSNIP", None, 5),
            ("GRN-BROC", None, 4),
            ("GRN-CAB-SAV", None, 6),
            ("MUSH-PORTO", None, 1),
            ("TOM-VINE-3", None, 1),
            ("LET-ICEBERG", None, 1),
            ("PEP-BELL-5", "Mixed", 1),
            ("CIT-LEMON-80", None, 1),
            ("EGG-FR-L", None, 2),
            ("HERB-ROSEMARY", None, 2),
            ("HERB-THYME", None, 2),
        ],
        last=("add", "GRN-CAULI", "Large", 4),
    ),
    "spice-route": dict(
        name="Spice Route",
        kind="Indian restaurant, Tooting",
        channel="WHATSAPP",
        address="+447700900124",
        language="en",
        hist="steady",
        day=1,
        usual=[
            ("ONI-RED-10", None, 6),
            ("ONI-BRN-25", None, 2),
            ("GAR-BULB", None, 5),
            ("GINGER", None, 5),
            ("HERB-CORI", "1kg Bag", 2),
            ("CHI-FRESH", "Green", 3),
            ("TOM-ROUND-6", None, 3),
            ("POT-MP-25", None, 2),
            ("CIT-LEMON-80", None, 1),
            ("CIT-LIME-60", None, 1),
            ("OKRA", None, 3),
            ("GRN-CAULI", "Large", 6),
            ("GRN-SPIN-LEAF", None, 2),
            ("PEP-BELL-5", "Green", 1),
            ("HERB-MINT", None, 6),
        ],
    ),
    "jerk-shack": dict(
        name="Yard Jerk Shack",
        kind="Caribbean takeaway, Peckham",
        channel="WHATSAPP",
        address="+447700900125",
        language="en",
        hist="steady",
        day=3,
        usual=[
            ("PLANTAIN", None, 10),
            ("CHI-SCOTCH", None, 2),
            ("ONI-SPRING-20", None, 2),
            ("ONI-BRN-10", None, 2),
            ("GAR-BULB", None, 2),
            ("HERB-THYME", None, 4),
            ("PEP-BELL-5", "Mixed", 1),
            ("OKRA", None, 2),
            ("POT-SWEET-6", None, 2),
            ("CIT-LIME-60", None, 1),
            ("GRN-CAB-WHT", None, 4),
            ("ROOT-CARROT-10", None, 1),
        ],
    ),
    "pho-saigon": dict(
        name="Pho Saigon Corner",
        kind="Vietnamese restaurant, Deptford",
        channel="SMS",
        address="+447700900126",
        language="en",
        hist="regular",
        day=0,
        usual=[
            ("HERB-CORI", "Bunch", 20),
            ("HERB-MINT", None, 15),
            ("HERB-THAIBASIL", None, 6),
            ("LEMONGRASS", None, 3),
            ("CHI-BIRDSEYE", None, 4),
            ("CIT-LIME-60", None, 2),
            ("ONI-SPRING-20", None, 2),
            ("ONI-SHAL-5", None, 1),
            ("GINGER", None, 2),
            ("GAR-BULB", None, 2),
            ("LET-ICEBERG", None, 1),
            ("MED-CUC-12", None, 1),
        ],
        last=("qty", "HERB-MINT", None, 20),
    ),
    "burger-yard": dict(
        name="Burger Yard",
        kind="burger restaurant, Camden",
        channel="WHATSAPP",
        address="+447700900127",
        language="en",
        hist="regular",
        day=2,
        usual=[
            ("PREP-CHIPS", "12mm", 6),
            ("LET-ICEBERG", None, 2),
            ("TOM-BEEF-5", None, 3),
            ("ONI-RED-10", None, 2),
            ("PREP-SHRED-ICE", None, 2),
            ("PREP-DICED-ONION", "6mm", 2),
            ("PREP-COLESLAW", None, 3),
            ("MUSH-PORTO", None, 1),
            ("AVO-HASS-4", "Size 20", 1),
        ],
        last=("qty", "PREP-CHIPS", "12mm", 8),
    ),
    "fieldfare": dict(
        name="Fieldfare Greengrocers",
        kind="greengrocer shop, Battersea",
        channel="EMAIL",
        address="alan@fieldfare-greengrocers.example",
        language="en",
        hist="regular",
        day=0,
        usual=[
            ("APL-GALA", None, 2),
            ("APL-GRANNY", None, 1),
            ("PEAR-CONF", None, 1),
            ("BAN-18", None, 2),
            ("CIT-LEMON-80", None, 1),
            ("CIT-ORG-NAVEL", None, 2),
            ("CIT-GRAPEF", None, 1),
            ("GRAPE-SEEDLESS", "Red", 1),
            ("GRAPE-SEEDLESS", "White", 1),
            ("BER-STRAW", None, 2),
            ("BER-RASP", None, 1),
            ("BER-BLUE-P", None, 2),
            ("AVO-HASS-4", "Size 20", 2),
            ("POT-KE-25", None, 2),
            ("POT-BABY-5", None, 2),
            ("ONI-BRN-10", None, 2),
            ("ONI-RED-10", None, 1),
            ("ROOT-CARROT-10", None, 2),
            ("TOM-VINE-3", None, 2),
            ("TOM-CHERRY-P", "Mixed Colour", 1),
            ("MUSH-CHEST", None, 2),
            ("MED-CUC-12", None, 1),
            ("MED-COURG-5", None, 1),
            ("PEP-BELL-5", "Mixed", 2),
            ("WMELON", "Medium", 4),
            ("LET-ICEBERG", None, 1),
        ],
        last=("drop", "CIT-GRAPEF", None, 0),
    ),
    "st-marys": dict(
        name="St Mary's CE Primary School",
        kind="school kitchen, Lewisham",
        channel="EMAIL",
        address="kitchen@stmarys-lewisham.example",
        language="en",
        hist="steady",
        day=3,
        usual=[
            ("POT-MP-25", None, 4),
            ("ROOT-CARROT-10", None, 3),
            ("ONI-BRN-25", None, 1),
            ("GRN-BROC", None, 6),
            ("MED-CUC-12", None, 2),
            ("BAN-18", None, 1),
            ("APL-GALA", None, 2),
            ("TOM-ROUND-6", None, 1),
            ("MILK-SEMI", None, 6),
            ("LET-ICEBERG", None, 1),
            ("GRN-CAULI", "Medium", 6),
        ],
    ),
    "sunrise-care": dict(
        name="Sunrise Care Home",
        kind="care home, Croydon",
        channel="EMAIL",
        address="kitchen@sunrisecare.example",
        language="en",
        hist="steady",
        day=2,
        usual=[
            ("POT-MP-10", None, 3),
            ("PREP-PEELED-POT", None, 2),
            ("ROOT-CARROT-10", None, 2),
            ("ROOT-PARSNIP", None, 4),
            ("ONI-BRN-10", None, 1),
            ("GRN-CAB-SAV", None, 4),
            ("GRN-LEEK", None, 3),
            ("APL-BRAMLEY", None, 4),
            ("BAN-18", None, 1),
            ("MILK-WHOLE", None, 4),
            ("EGG-FR-M", None, 4),
            ("CREAM-DOUBLE", None, 1),
            ("TOM-ROUND-6", None, 1),
        ],
    ),
    "avocado-club": dict(
        name="The Avocado Club",
        kind="brunch café, Peckham",
        channel="WHATSAPP",
        address="+447700900131",
        language="en",
        hist="regular",
        day=4,
        usual=[
            ("AVO-RIPE-20", None, 3),
            ("AVO-HASS-4", "Size 20", 2),
            ("CIT-LIME-60", None, 1),
            ("CIT-LEMON-80", None, 1),
            ("EGG-FR-L", None, 8),
            ("TOM-CHERRY-P", "Red", 2),
            ("GRN-SPIN-BABY", None, 2),
            ("LET-ROCKET", None, 1),
            ("MUSH-CHEST", None, 2),
            ("HERB-CORI", "Bunch", 8),
            ("CHI-FRESH", "Red", 1),
            ("POMEG-SEEDS", None, 1),
            ("BER-BLUE-P", None, 1),
            ("MILK-WHOLE", None, 3),
        ],
        last=("qty", "EGG-FR-L", None, 10),
    ),
    "golden-wok": dict(
        name="Golden Wok",
        kind="Chinese takeaway, Lewisham",
        channel="SMS",
        address="+447700900132",
        language="en",
        hist="regular",
        day=1,
        usual=[
            ("ONI-BRN-25", None, 2),
            ("ONI-SPRING-20", None, 3),
            ("GINGER", None, 4),
            ("GAR-BULB", None, 3),
            ("PEP-BELL-5", "Green", 2),
            ("PEP-BELL-5", "Red", 1),
            ("MUSH-SHIITAKE", None, 1),
            ("ROOT-CARROT-10", None, 1),
            ("CHI-FRESH", "Red", 2),
            ("GRN-BROC", None, 3),
            ("MED-CUC-12", None, 1),
        ],
        last=("qty", "GINGER", None, 5),
    ),
    "fig-thistle": dict(
        name="Fig & Thistle Events",
        kind="events caterer, Bermondsey",
        channel="EMAIL",
        address="harriet@figandthistle.example",
        language="en",
        hist="never",
        day=2,
        usual=[
            ("TOM-HERIT-3", None, 2),
            ("LET-MIXED", None, 3),
            ("LET-ROCKET", None, 2),
            ("BER-STRAW", None, 3),
            ("BER-RASP", None, 2),
            ("AVO-RIPE-20", None, 2),
            ("GRN-ASPAR", "Jumbo", 1),
            ("POT-BABY-5", None, 3),
            ("HERB-CHIVES", None, 3),
            ("HERB-DILL", None, 4),
            ("CIT-LEMON-80", None, 1),
            ("POMEG-SEEDS", None, 1),
            ("EGG-QUAIL", None, 4),
            ("WMELON", "Large", 3),
        ],
    ),
    "nells-stall": dict(
        name="Nell's Veg Stall",
        kind="market stall, Borough",
        channel="SMS",
        address="+447700900134",
        language="en",
        hist="never",
        day=4,
        usual=[
            ("POT-KE-25", None, 3),
            ("ONI-BRN-25", None, 1),
            ("ROOT-CARROT-10", None, 2),
            ("TOM-ROUND-6", None, 3),
            ("APL-GALA", None, 2),
            ("BAN-18", None, 1),
            ("CIT-LEMON-80", None, 1),
            ("MED-CUC-12", None, 1),
            ("PEP-BELL-5", "Mixed", 1),
            ("MUSH-BUTTON", None, 2),
            ("GRN-CAB-WHT", None, 5),
        ],
    ),
    "root-and-rye": dict(
        name="Root & Rye",
        kind="vegan kitchen opening in Hackney (first-time)",
        channel="EMAIL",
        address="sam@rootandrye.example",
        language="en",
        hist="new",
        day=0,
        usual=[],
    ),
    "nova-juice": dict(
        name="Nova Juice Kiosk",
        kind="juice kiosk, Spitalfields (first-time)",
        channel="WHATSAPP",
        address="+447700900136",
        language="en",
        hist="new",
        day=0,
        usual=[],
    ),
}


def _key(line):
    return (line[0], line[1])


def _canon(basket):
    return tuple(sorted(basket))


def _vary(rng, usual, avoid):
    """One quantity +1 or one line dropped; never a new product; different from everything in avoid."""
    for _ in range(200):
        b = list(usual)
        i = rng.randrange(len(b))
        if rng.random() < 0.6:
            s, v, q = b[i]
            b[i] = (s, v, q + 1)
        else:
            del b[i]
        if _canon(b) not in avoid:
            return b
    raise RuntimeError("no variation")


def _apply_last(usual, change):
    op, sku, var, qty = change
    b = list(usual)
    if op == "qty":
        b = [(s, v, qty if (s, v) == (sku, var) else q) for s, v, q in b]
    elif op == "add":
        b.append((sku, var, qty))
    elif op == "drop":
        b = [l for l in b if (l[0], l[1]) != (sku, var)]
    return b


def histories():
    rng = random.Random(SEED)
    out = []
    for key, c in CUSTOMERS.items():
        usual = c["usual"]
        rec = {
            "customer": key,
            "name": c["name"],
            "kind": c["kind"],
            "channel": c["channel"],
            "address": c["address"],
            "language": c["language"],
            "orders": [],
        }
        if c["hist"] == "new":
            out.append(rec)
            continue
        n = rng.randint(5, 8)
        weeks = [
            LAST_MONDAY - datetime.timedelta(days=7 * (n - 1 - k)) + datetime.timedelta(days=c["day"])
            for k in range(n)
        ]
        baskets = []
        if c["hist"] == "steady":
            idx = rng.sample(range(n - 1), 2)
            avoid = {_canon(usual)}
            for k in range(n):
                if k in idx:
                    b = _vary(rng, usual, avoid)
                    avoid.add(_canon(b))
                else:
                    b = list(usual)
                baskets.append(b)
        elif c["hist"] == "regular":
            last = _apply_last(usual, c["last"])
            avoid = {_canon(usual), _canon(last)}
            k_var = rng.randrange(n - 1)
            for k in range(n - 1):
                if k == k_var:
                    b = _vary(rng, usual, avoid)
                    avoid.add(_canon(b))
                else:
                    b = list(usual)
                baskets.append(b)
            baskets.append(last)
        else:  # never
            seen = set()
            for k in range(n):
                for _ in range(500):
                    b = []
                    for s, v, q in usual:
                        r = rng.random()
                        if r < 0.15:
                            continue
                        b.append((s, v, max(1, q + rng.choice([-1, 0, 0, 1, 2]))))
                    if _canon(b) not in seen and b:
                        break
                seen.add(_canon(b))
                baskets.append(b)
        for d, b in zip(weeks, baskets):
            lines = []
            for s, v, q in b:
                line = {"sku": s}
                if v is not None:
                    line["variant"] = v
                line["quantity"] = q
                lines.append(line)
            rec["orders"].append({"date": d.isoformat(), "lines": lines})
        out.append(rec)
    return out
