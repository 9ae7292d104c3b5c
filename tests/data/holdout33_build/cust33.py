# ruff: noqa  (hand-written data generator of blind set 33, kept as its writer left it)
"""Customers of the thirty-third blind set, their hand-written usual baskets, and the seeded history generator.

Basket lines are (sku, variant or None, quantity). The generator uses random.Random with a fixed seed per
customer (a string seed hashed by random's own sha512 path, independent of PYTHONHASHSEED).
"""

import datetime
import random

# key, name, kind, channel, address, language, type, weeks, weekday (0=Mon), usual, extras
CUSTOMERS = [
    dict(
        key="olive-grove",
        name="The Olive Grove Taverna",
        kind="taverna",
        channel="WHATSAPP",
        address="+447700900331",
        language="en",
        type="regular",
        weeks=7,
        weekday=1,
        usual=[
            ("FETA-DODONI-TIN", "8kg Tin", 2),
            ("HALLOUMI-250", None, 3),
            ("KEFALOGRAVIERA-KG", None, 4),
            ("TZATZIKI", None, 3),
            ("TARAMA", "Pink", 2),
            ("OLIVE-KALAMATA", "10kg Tin", 1),
            ("EVOO-MINERVA", "17L Tin", 1),
            ("MYTHOS", "24 x 330ml Bottle", 6),
            ("OUZO-PLOMARI-200", None, 1),
            ("PITTA-SOUV", "Standard 20cm", 10),
            ("HOUSE-RED", None, 2),
            ("HOUSE-WHITE", None, 2),
            ("LOUK-LEEK", None, 3),
        ],
        extras=[("SPANAKOPITA-TRI", None, 1), ("GIGANTES-TIN", None, 1)],
    ),
    dict(
        key="kalimera-cafe",
        name="Kalimera Café",
        kind="café",
        channel="WHATSAPP",
        address="+447700900332",
        language="en",
        type="steady",
        weeks=6,
        weekday=0,
        usual=[
            ("FRAPPE-NESCAFE", None, 1),
            ("ESPRESSO-FREDDO", None, 4),
            ("LOUMIDIS", "20 x 194g", 1),
            ("BOUGATSA", None, 4),
            ("TYROPITA-TRI", None, 2),
            ("SPANAKOPITA-TRI", None, 2),
            ("KOULOURI", None, 2),
            ("FAGE-TOTAL", "1kg Tub", 6),
            ("HONEY-THYME", None, 1),
            ("ZAGORI", "24 x 500ml", 2),
        ],
        extras=[("BAKLAVA-TRAY", None, 1)],
    ),
    dict(
        key="souvlaki-bros",
        name="Souvlaki Brothers",
        kind="souvlaki bar",
        channel="WHATSAPP",
        address="+447700900333",
        language="el",
        type="regular",
        weeks=8,
        weekday=3,
        usual=[
            ("GYROS-PORK-CONE", "15kg", 4),
            ("GYROS-CHICKEN-CONE", "10kg", 2),
            ("PITTA-SOUV", "Large 24cm", 40),
            ("TZATZIKI", None, 4),
            ("SOUV-PORK", None, 3),
            ("GYROS-BAGS", "Blue Meander", 1),
            ("OIL-SUNFLOWER", None, 2),
            ("MYTHOS", "24 x 500ml Can", 2),
            ("LOUX-LEMON", None, 2),
        ],
        extras=[("SOUV-CHICKEN", None, 1), ("FETA-CRUMBLED", None, 2)],
    ),
    dict(
        key="nikos-grill",
        name="Niko's Grill",
        kind="souvlaki takeaway",
        channel="SMS",
        address="+447700900334",
        language="en",
        type="steady",
        weeks=6,
        weekday=2,
        usual=[
            ("GYROS-PORK-SLICED", None, 3),
            ("SOUV-CHICKEN", None, 4),
            ("PITTA-SOUV", "Standard 20cm", 30),
            ("TZATZIKI", None, 3),
            ("FETA-200", None, 1),
            ("GYROS-BAGS", "White", 1),
            ("LOUX-ORANGE", None, 1),
            ("OIL-SUNFLOWER", None, 1),
        ],
        extras=[("HALLOUMI-1KG", None, 4)],
    ),
    dict(
        key="ithaki-deli",
        name="Ithaki Deli",
        kind="deli",
        channel="EMAIL",
        address="orders@ithakideli.example",
        language="en",
        type="regular",
        weeks=7,
        weekday=2,
        usual=[
            ("FETA-BARREL-KG", None, 10),
            ("OLIVE-KALAMATA-PIT", None, 2),
            ("OLIVE-THROUBES", None, 1),
            ("KASSERI-KG", None, 4),
            ("GRAVIERA-KG", None, 3),
            ("HONEY-THYME", None, 1),
            ("VINE-LEAVES", None, 1),
            ("TAHINI", "12 x 300g Jar", 1),
            ("SPOON-VISSINO", None, 1),
            ("GIGANTES-DRY", None, 1),
            ("HALVA-VANILLA", None, 4),
            ("MASTIHA-GUM", None, 1),
            ("CAPERS", None, 1),
            ("LOUKOUMI-MIX", None, 1),
        ],
        extras=[("FAVA", None, 1)],
    ),
    dict(
        key="kypros-meze",
        name="Kypros Meze House",
        kind="Cypriot restaurant",
        channel="EMAIL",
        address="andreas@kyprosmeze.example",
        language="en",
        type="regular",
        weeks=6,
        weekday=3,
        usual=[
            ("HALLOUMI-250", None, 4),
            ("SHEFTALIA", None, 6),
            ("LOUK-CYPRUS", None, 4),
            ("LOUNTZA", None, 2),
            ("PITTA-CY", None, 20),
            ("OLIVE-TSAKISTES", None, 1),
            ("KEO", None, 5),
            ("KEO-KEG", None, 1),
            ("ZIVANIA", None, 2),
            ("COMMANDARIA", None, 1),
            ("TARAMA", "White", 2),
            ("HOUMOUS", None, 2),
            ("TRAHANAS-SOUR", None, 1),
            ("POURGOURI", None, 1),
            ("LAMB-KLEFTIKO", None, 12),
        ],
        extras=[("ANARI", None, 3)],
    ),
    dict(
        key="troodos-bakery",
        name="Troodos Bakery",
        kind="Cypriot bakery",
        channel="WHATSAPP",
        address="+447700900337",
        language="en",
        type="steady",
        weeks=5,
        weekday=0,
        usual=[
            ("FILO-THIN", None, 3),
            ("KATAIFI", None, 2),
            ("HALLOUMI-1KG", None, 10),
            ("ANARI", None, 6),
            ("MAHLEPI", None, 1),
            ("HONEY-THYME", None, 1),
            ("TAHINI", "6 x 900g Jar", 1),
            ("FETA-CRUMBLED", None, 4),
            ("SOUTZOUKOS", None, 2),
        ],
        extras=[("KOULOURI", None, 1)],
    ),
    dict(
        key="aphrodite-fish",
        name="Aphrodite Fish Taverna",
        kind="Cypriot fish taverna",
        channel="WHATSAPP",
        address="+447700900338",
        language="el",
        type="regular",
        weeks=6,
        weekday=1,
        usual=[
            ("HALLOUMI-250", None, 2),
            ("TARAMA", "White", 3),
            ("OLIVE-TSAKISTES", None, 1),
            ("KEO", None, 6),
            ("EVOO-MINERVA", "5L Tin", 3),
            ("OUZO-12", "70cl", 4),
            ("ZIVANIA", None, 1),
            ("PITTA-CY", None, 10),
            ("LOUKOUMI-ROSE", None, 1),
            ("CY-COFFEE", None, 1),
        ],
        extras=[("SOUROTI", None, 2)],
    ),
    dict(
        key="mykonos-bar",
        name="Mykonos Beach Bar",
        kind="bar",
        channel="WHATSAPP",
        address="+447700900339",
        language="en",
        type="regular",
        weeks=6,
        weekday=3,
        usual=[
            ("MYTHOS-KEG", None, 2),
            ("FIX", None, 4),
            ("MYTHOS", "24 x 330ml Bottle", 3),
            ("OUZO-12", "1L", 6),
            ("METAXA-7", None, 3),
            ("TSIPOURO", None, 2),
            ("LOUX-CHERRY", None, 2),
            ("SOUROTI", None, 2),
            ("ZAGORI", "24 x 500ml", 3),
            ("NAPKINS-TAVERNA", "Blue", 1),
        ],
        extras=[("OUZO-PLOMARI", None, 2)],
    ),
    dict(
        key="athena-kafeneio",
        name="Kafeneio Athena",
        kind="kafeneio",
        channel="SMS",
        address="+447700900340",
        language="el",
        type="steady",
        weeks=7,
        weekday=4,
        usual=[
            ("LOUMIDIS", "4 x 1kg", 1),
            ("FRAPPE-NESCAFE", None, 1),
            ("OUZO-PLOMARI", None, 6),
            ("TSIPOURO", None, 4),
            ("LOUKOUMI-ROSE", None, 1),
            ("HALVA-COCOA", None, 2),
            ("FIX", None, 2),
            ("ZAGORI", "6 x 1.5L", 4),
            ("OLIVE-KALAMATA", "2kg Tin", 2),
        ],
        extras=[("PAXIMADIA", None, 1)],
    ),
    dict(
        key="papadopoulos-grocer",
        name="Papadopoulos & Sons Greek Grocery",
        kind="grocery shop",
        channel="SMS",
        address="+447700900341",
        language="el",
        type="regular",
        weeks=7,
        weekday=0,
        usual=[
            ("FETA-200", None, 3),
            ("FETA-DODONI-TIN", "2kg Tin", 4),
            ("HALLOUMI-250", None, 2),
            ("HALLOUMI-LIGHT", None, 1),
            ("OLIVE-KALAMATA", "2kg Tin", 3),
            ("OLIVE-HALKIDIKI", None, 1),
            ("GIGANTES-TIN", None, 2),
            ("DOLMADES-TIN", None, 2),
            ("KRITHARAKI", None, 2),
            ("HILOPITES", None, 1),
            ("LOUX-LEMON", None, 2),
            ("LOUX-ORANGE", None, 2),
            ("LOUMIDIS", "20 x 194g", 1),
            ("HALVA-VANILLA", None, 3),
            ("HALVA-COCOA", None, 3),
            ("FAKES", None, 1),
            ("REVITHIA", None, 1),
        ],
        extras=[("TRAHANAS-SWEET", None, 1)],
    ),
    dict(
        key="santorini-rooftop",
        name="Santorini Rooftop",
        kind="restaurant",
        channel="EMAIL",
        address="chef@santorinirooftop.example",
        language="en",
        type="steady",
        weeks=6,
        weekday=1,
        usual=[
            ("FETA-BARREL-KG", None, 6),
            ("MANOURI", None, 3),
            ("FAVA", None, 1),
            ("CAPERS", None, 1),
            ("PAXIMADIA", None, 1),
            ("EVOO-CRETE-750", None, 2),
            ("HOUSE-WHITE", None, 4),
            ("RETSINA", None, 1),
            ("OUZO-PLOMARI", None, 3),
            ("LAMB-KLEFTIKO", None, 15),
            ("OLIVE-KALAMATA-PIT", None, 2),
            ("TARAMA", "White", 1),
            ("GRAVIERA-KG", None, 3),
        ],
        extras=[("HTIPITI", None, 1)],
    ),
    dict(
        key="plaka-street",
        name="Plaka Street Food",
        kind="market stall",
        channel="WHATSAPP",
        address="+447700900343",
        language="en",
        type="regular",
        weeks=5,
        weekday=4,
        usual=[
            ("GYROS-CHICKEN-CONE", "15kg", 2),
            ("PITTA-SOUV", "Large 24cm", 20),
            ("TZATZIKI", None, 2),
            ("HALLOUMI-1KG", None, 6),
            ("GYROS-BAGS", "White", 1),
            ("LOUX-LEMON", None, 1),
            ("SKEWERS-BAMBOO", "25cm", 1),
        ],
        extras=[("HOUMOUS", None, 1)],
    ),
    dict(
        key="zorbas-taverna",
        name="Ταβέρνα Ζορμπάς",
        kind="taverna",
        channel="EMAIL",
        address="zorbas.taverna@mail.example",
        language="el",
        type="regular",
        weeks=7,
        weekday=1,
        usual=[
            ("FETA-DODONI-TIN", "15kg Tin", 1),
            ("KEFALOTYRI-KG", None, 3),
            ("KEFALOTYRI-GRATED", None, 2),
            ("LOUK-ORANGE", None, 4),
            ("LOUK-LEEK", None, 2),
            ("FILO-COUNTRY", None, 2),
            ("SPANAKOPITA-TRAY", None, 4),
            ("DOLMADES-2KG", None, 2),
            ("GIGANTES-DRY", None, 1),
            ("PASTITSIO-PASTA", None, 2),
            ("MYTHOS", "24 x 330ml Bottle", 4),
            ("RETSINA", None, 2),
            ("HOUSE-RED-BIB", None, 2),
            ("EVOO-MINERVA", "17L Tin", 1),
            ("RIGANI-BUNCH", None, 10),
        ],
        extras=[("OLIVE-THROUBES", None, 1)],
    ),
    dict(
        key="limassol-grill",
        name="Limassol Grill House",
        kind="Cypriot grill",
        channel="WHATSAPP",
        address="+447700900345",
        language="el",
        type="steady",
        weeks=6,
        weekday=3,
        usual=[
            ("SHEFTALIA", None, 10),
            ("SOUV-PORK", None, 6),
            ("PITTA-CY", None, 40),
            ("HALLOUMI-1KG", None, 8),
            ("LOUK-CYPRUS", None, 5),
            ("LOUNTZA", None, 2),
            ("KEO", None, 6),
            ("LEON", None, 2),
            ("OLIVE-TSAKISTES", None, 2),
            ("SKEWERS-BAMBOO", "20cm", 2),
            ("TAHINI", "6 x 900g Jar", 1),
        ],
        extras=[("KEO-KEG", None, 1)],
    ),
    dict(
        key="mezze-events",
        name="Meze & More Events",
        kind="events caterer",
        channel="EMAIL",
        address="lucy@mezeandmore.example",
        language="en",
        type="irregular",
        weeks=5,
        weekday=2,
        usual=[
            ("SPANAKOPITA-TRI", None, 3),
            ("TYROPITA-TRI", None, 3),
            ("HOUMOUS", None, 3),
            ("TZATZIKI", None, 3),
            ("TARAMA", "Pink", 2),
            ("DOLMADES-2KG", None, 2),
            ("HALLOUMI-250", None, 2),
            ("KEFTEDES", None, 4),
            ("SOUV-CHICKEN", None, 3),
            ("BAKLAVA-TRAY", None, 2),
            ("ZAGORI", "6 x 1.5L", 6),
            ("HOUSE-WHITE", None, 3),
            ("PITTA-CY", None, 10),
            ("OLIVE-KALAMATA-PIT", None, 2),
        ],
        extras=[],
    ),
    dict(
        key="campus-kitchen",
        name="Campus Kitchen, Hollins University",
        kind="university café",
        channel="EMAIL",
        address="catering.purchasing@hollins-uni.example",
        language="en",
        type="steady",
        weeks=6,
        weekday=0,
        usual=[
            ("SPANAKOPITA-TRI", None, 4),
            ("TYROPITA-TRI", None, 4),
            ("HOUMOUS", None, 4),
            ("FETA-CRUMBLED", None, 6),
            ("FAGE-TOTAL", "3kg Tub", 4),
            ("PITTA-SOUV", "Standard 20cm", 30),
            ("ZAGORI", "24 x 500ml", 6),
            ("KEAN-ORANGE", None, 3),
        ],
        extras=[("BAKLAVA-TRAY", None, 2)],
    ),
    dict(
        key="hotel-aegean",
        name="Aegean Hotel Kensington",
        kind="hotel kitchen",
        channel="EMAIL",
        address="kitchen@aegeanhotel.example",
        language="en",
        type="regular",
        weeks=7,
        weekday=1,
        usual=[
            ("YOG-STRAINED-10", None, 3),
            ("HONEY-THYME", None, 2),
            ("FETA-DODONI-TIN", "8kg Tin", 1),
            ("OLIVE-KALAMATA", "2kg Tin", 4),
            ("EVOO-CRETE-750", None, 2),
            ("KEAN-ORANGE", None, 6),
            ("SOUROTI", None, 4),
            ("ZAGORI", "24 x 500ml", 8),
            ("BOUGATSA", None, 2),
            ("HALLOUMI-250", None, 3),
            ("SPOON-VISSINO", None, 1),
            ("MELITZANO", None, 2),
        ],
        extras=[("FAGE-TOTAL-0", None, 4)],
    ),
    dict(
        key="lefkara-deli",
        name="Lefkara Deli",
        kind="Cypriot deli",
        channel="WHATSAPP",
        address="+447700900349",
        language="el",
        type="regular",
        weeks=6,
        weekday=4,
        usual=[
            ("HALLOUMI-250", None, 5),
            ("HALLOUMI-1KG", None, 2),
            ("ANARI", None, 4),
            ("LOUNTZA", None, 3),
            ("HIROMERI", None, 2),
            ("LOUK-CYPRUS", None, 4),
            ("LOUKOUMI-MIX", None, 2),
            ("LOUKOUMI-ROSE", None, 1),
            ("SOUTZOUKOS", None, 3),
            ("TRAHANAS-SOUR", None, 2),
            ("POURGOURI", None, 2),
            ("CY-COFFEE", None, 2),
            ("COMMANDARIA", None, 3),
            ("ZIVANIA", None, 2),
        ],
        extras=[("SALAD-CHEESE", None, 1)],
    ),
    dict(
        key="bougatsa-house",
        name="To Bougatsadiko",
        kind="bakery café",
        channel="WHATSAPP",
        address="+447700900350",
        language="el",
        type="regular",
        weeks=6,
        weekday=2,
        usual=[
            ("BOUGATSA", None, 10),
            ("FILO-FROZEN-1KG", None, 2),
            ("KOULOURI", None, 4),
            ("TYROPITA-TRI", None, 3),
            ("FRAPPE-NESCAFE", None, 1),
            ("ESPRESSO-FREDDO", None, 3),
            ("FETA-DODONI-TIN", "2kg Tin", 2),
            ("HALVA-VANILLA", None, 2),
        ],
        extras=[("SPANAKOPITA-TRI", None, 1)],
    ),
    dict(
        key="frappe-co",
        name="Frappé & Co",
        kind="café",
        channel="SMS",
        address="+447700900351",
        language="en",
        type="steady",
        weeks=5,
        weekday=0,
        usual=[
            ("FRAPPE-NESCAFE", None, 2),
            ("ESPRESSO-FREDDO", None, 5),
            ("LOUMIDIS", "20 x 194g", 1),
            ("KOULOURI", None, 2),
            ("BAKLAVA-TRAY", None, 1),
            ("LOUX-CHERRY", None, 1),
            ("ZAGORI", "24 x 500ml", 2),
        ],
        extras=[("SPANAKOPITA-TRAY", None, 1)],
    ),
    dict(
        key="meraki-bistro",
        name="Meraki Bistro",
        kind="modern Greek bistro",
        channel="WHATSAPP",
        address="+447700900352",
        language="en",
        type="steady",
        weeks=6,
        weekday=2,
        usual=[
            ("MANOURI", None, 2),
            ("KEFALOGRAVIERA-KG", None, 3),
            ("HTIPITI", None, 2),
            ("MELITZANO", None, 2),
            ("FAVA", None, 1),
            ("GIGANTES-DRY", None, 1),
            ("OLIVE-THROUBES", None, 1),
            ("EVOO-CRETE-750", None, 3),
            ("HOUSE-RED", None, 3),
            ("HOUSE-WHITE", None, 3),
            ("METAXA-5", None, 1),
            ("FIX", None, 3),
            ("KATAIFI", None, 1),
        ],
        extras=[("CAPERS", None, 1)],
    ),
    dict(
        key="yamas-gyros",
        name="Yamas Gyros",
        kind="souvlaki bar (opening)",
        channel="WHATSAPP",
        address="+447700900353",
        language="en",
        type="new",
        weeks=0,
        weekday=0,
        usual=[],
        extras=[],
    ),
    dict(
        key="thalassa-kiosk",
        name="Περίπτερο Θάλασσα",
        kind="seaside kiosk (new)",
        channel="SMS",
        address="+447700900354",
        language="el",
        type="new",
        weeks=0,
        weekday=0,
        usual=[],
        extras=[],
    ),
]

LAST_MONDAY = datetime.date(2028, 5, 22)  # the week before the messages (messages run 2028-05-29 .. 06-04)


def _line(sku, variant, qty):
    d = {"sku": sku}
    if variant is not None or sku in _VARIANT_SKUS:
        d["variant"] = variant
    d["quantity"] = qty
    return d


_VARIANT_SKUS = set()


def _vary(rng, basket, extras, kind):
    """One variation of a basket: kind in {'qty', 'drop', 'extra'}; quantities only go up by one."""
    b = [list(x) for x in basket]
    if kind == "extra" and extras:
        ex = extras[rng.randrange(len(extras))]
        if not any(x[0] == ex[0] for x in b):
            b.append(list(ex))
            return b
        kind = "qty"
    if kind == "drop" and len(b) > 4:
        del b[rng.randrange(1, len(b))]
        return b
    i = rng.randrange(len(b))
    b[i][2] = b[i][2] + 1
    return b


def generate_histories(variant_skus):
    _VARIANT_SKUS.clear()
    _VARIANT_SKUS.update(variant_skus)
    out = []
    for c in CUSTOMERS:
        rng = random.Random("hist33:" + c["key"])
        weeks = c["weeks"]
        last = LAST_MONDAY + datetime.timedelta(days=c["weekday"])
        dates = [last - datetime.timedelta(days=7 * (weeks - 1 - i)) for i in range(weeks)]
        usual = c["usual"]
        baskets = []
        if c["type"] == "steady":
            vary_at = sorted(rng.sample(range(weeks - 1), 2))
            kinds = ["qty", "extra"] if rng.random() < 0.5 else ["drop", "extra"]
            for i in range(weeks):
                if i in vary_at:
                    baskets.append(_vary(rng, usual, c["extras"], kinds[vary_at.index(i)]))
                else:
                    baskets.append([list(x) for x in usual])
        elif c["type"] == "regular":
            vary_at = rng.randrange(weeks - 1)
            for i in range(weeks):
                if i == vary_at:
                    baskets.append(_vary(rng, usual, c["extras"], "extra"))
                elif i == weeks - 1:
                    baskets.append(_vary(rng, usual, c["extras"], rng.choice(["qty", "drop"])))
                else:
                    baskets.append([list(x) for x in usual])
        elif c["type"] == "irregular":
            for i in range(weeks):
                k = rng.randrange(5, 9)
                pick = sorted(rng.sample(range(len(usual)), k))
                b = []
                for j in pick:
                    sku, v, q = usual[j]
                    b.append([sku, v, max(1, q + rng.choice([-1, 0, 1, 2]))])
                baskets.append(b)
        orders = []
        for d, b in zip(dates, baskets):
            if c["type"] == "new":
                break
            orders.append({"date": d.isoformat(), "lines": [_line(s, v, q) for s, v, q in b]})
        out.append(
            {
                "customer": c["key"],
                "name": c["name"],
                "kind": c["kind"],
                "channel": c["channel"],
                "address": c["address"],
                "language": c["language"],
                "orders": orders,
            }
        )
    return out
