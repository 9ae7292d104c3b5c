# ruff: noqa  (hand-written data generator of blind set 19, kept as its writer left it)
"""Customers of the nineteenth blind set, their hand-written usual baskets and the seeded history
generator. Lines are (sku, variant_or_None, quantity); variant is None for products without variants."""

import datetime
import random

# kind: steady (last order = usual), regular (last order differs from the usual by `last`),
# irregular (never repeats a basket), new (no orders)
# `last` for regulars: ("qty", sku, new_q) | ("drop", sku) | ("extra", sku, variant, q)
CUSTOMERS = [
    dict(
        key="ezo-ocakbasi",
        name="Ezo Ocakbaşı",
        kind_label="Turkish ocakbaşı grill restaurant, Dalston",
        channel="WHATSAPP",
        address="+447700900401",
        language="tr",
        kind="regular",
        weeks=8,
        weekday=2,
        usual=[
            ("LAMB-SHISH", None, 15),
            ("LAMB-MINCE", None, 20),
            ("LAMB-CHOPS", None, 8),
            ("CHK-THIGH", None, 2),
            ("CHARCOAL-LUMP", None, 10),
            ("LAVASH", "12 inch", 10),
            ("BULGUR-COARSE", None, 2),
            ("PEP-HOT", None, 1),
            ("SUMAC", None, 1),
            ("PUL-BIBER", None, 1),
            ("AYRAN", "20 x 250ml Cup", 4),
            ("SALGAM-HOT", None, 2),
            ("BEYAZ", "4kg Tin", 1),
            ("YOG-SUZME", None, 2),
        ],
        extras=[("URFA", None, 1), ("DRIED-MINT", None, 1), ("CUMIN", None, 1)],
        last=("qty", "AYRAN", 6),
    ),
    dict(
        key="sultan-kebab",
        name="Sultan Kebab House",
        kind_label="kebab and pizza takeaway, Luton",
        channel="SMS",
        address="+447700900402",
        language="en",
        kind="steady",
        weeks=7,
        weekday=1,
        usual=[
            ("DNR-LB", "20kg", 3),
            ("DNR-CHK", "15kg", 2),
            ("PITTA-WHITE", "Large 8.5 inch", 30),
            ("SAUCE-GARLIC", None, 2),
            ("SAUCE-CHILLI", None, 2),
            ("PICK-CHILLI", None, 1),
            ("KEBAB-BOX", "Medium", 2),
            ("PIZZA-BOX", "12 inch", 2),
            ("CHIP-FORKS", None, 1),
            ("COKE-CAN", None, 3),
            ("KEBAB-BAGS", None, 1),
            ("MOZZ-GRATED", None, 3),
            ("NAPKINS", "White", 1),
        ],
        extras=[("FANTA", None, 1), ("DIET-COKE", None, 1), ("KETCHUP-SACH", None, 1)],
    ),
    dict(
        key="golden-grill",
        name="Golden Grill Kebab & Pizza",
        kind_label="kebab and pizza shop, Leicester",
        channel="WHATSAPP",
        address="+447700900403",
        language="en",
        kind="regular",
        weeks=6,
        weekday=0,
        usual=[
            ("DNR-LB", "15kg", 2),
            ("DNR-CHK", "10kg", 2),
            ("PITTA-WHITE", "Medium 7 inch", 20),
            ("LAVASH", "12 inch", 6),
            ("PIZZA-BOX", "12 inch", 2),
            ("PIZZA-BOX", "14 inch", 1),
            ("MOZZ-GRATED", None, 4),
            ("TOM-PASTE", "6 x 4.3kg Tin", 1),
            ("OLV-SLICED", None, 1),
            ("SAUCE-GARLIC", None, 3),
            ("COKE-CAN", None, 2),
            ("DIET-COKE", None, 1),
            ("FANTA", None, 1),
            ("KETCHUP-SACH", None, 1),
            ("GLOVES", "Large", 2),
        ],
        extras=[("OIL-SUNFLOWER", None, 1), ("CHIP-FORKS", None, 1)],
        last=("extra", "OIL-SUNFLOWER", None, 1),
    ),
    dict(
        key="anadolu-market",
        name="Anadolu Market",
        kind_label="Turkish grocery shop, Green Lanes",
        channel="WHATSAPP",
        address="+447700900404",
        language="tr",
        kind="regular",
        weeks=8,
        weekday=3,
        usual=[
            ("BALDO", None, 10),
            ("OSMANCIK", None, 6),
            ("BULGUR-COARSE", None, 8),
            ("BULGUR-FINE", None, 6),
            ("LENTIL-RED", None, 6),
            ("CAYKUR-RIZE", "1kg", 20),
            ("CAYKUR-TIRYAKI", None, 12),
            ("SUCUK-RING", None, 10),
            ("BEYAZ", "1kg Tin", 24),
            ("KASAR-BLOCK", None, 4),
            ("OLV-GEMLIK", None, 4),
            ("OLV-CRACKED", None, 2),
            ("PEP-HOT", None, 2),
            ("PEP-MILD", None, 2),
            ("TOM-PASTE", "12 x 830g Tin", 3),
            ("UDAG-GAZOZ", None, 4),
            ("LOKUM", None, 3),
            ("SUGAR-CUBES", None, 20),
        ],
        extras=[("CHARCOAL-SHISHA", None, 10), ("TURK-COFFEE", None, 2), ("LENTIL-GREEN", None, 2)],
        last=("qty", "BALDO", 12),
    ),
    dict(
        key="cedar-house",
        name="Cedar House",
        kind_label="Lebanese restaurant, Edgware Road",
        channel="EMAIL",
        address="nadim@cedarhouse.example",
        language="en",
        kind="steady",
        weeks=8,
        weekday=2,
        usual=[
            ("KHUBZ", None, 60),
            ("TAHINI", "18kg Drum", 1),
            ("CHICKPEA-DRY", None, 4),
            ("PICK-TURNIP", None, 2),
            ("PICK-CUCUMBER", None, 2),
            ("ZAATAR", None, 2),
            ("SUMAC", None, 2),
            ("LABNEH", None, 4),
            ("HALLOUMI", "8 x 1kg", 2),
            ("CHK-SHISH", None, 3),
            ("LAMB-MINCE", None, 12),
            ("POM-MOL", None, 1),
            ("EVOO", "5L Tin", 3),
            ("VINE-LEAVES", None, 4),
            ("PIST-GROUND", None, 2),
            ("DNR-CHK", "15kg", 1),
        ],
        extras=[("DRIED-MINT", None, 1), ("BULGUR-FINE", None, 2)],
    ),
    dict(
        key="beit-zaytoun",
        name="Beit Zaytoun",
        kind_label="Lebanese bakery and café, Harrow",
        channel="WHATSAPP",
        address="+447700900406",
        language="ar",
        kind="regular",
        weeks=7,
        weekday=1,
        usual=[
            ("ZAATAR", None, 6),
            ("LABNEH", None, 3),
            ("HALLOUMI", "16 x 225g", 2),
            ("KHUBZ", None, 20),
            ("EVOO", "5L Tin", 2),
            ("OLV-PITTED", None, 2),
            ("SALAD-CHEESE", None, 3),
            ("PICK-TURNIP", None, 1),
            ("KADAYIF", None, 10),
            ("PIST-GROUND", None, 3),
            ("KUNEFE", None, 2),
            ("SUMAC", None, 1),
        ],
        extras=[("CUMIN", None, 1), ("POM-MOL", None, 1)],
        last=("drop", "SUMAC"),
    ),
    dict(
        key="shiraz-grill",
        name="Shiraz Grill",
        kind_label="Persian restaurant, Kensington",
        channel="WHATSAPP",
        address="+447700900407",
        language="fa",
        kind="regular",
        weeks=7,
        weekday=3,
        usual=[
            ("BASMATI", "20kg", 6),
            ("SAFFRON", "10g Tin", 4),
            ("BARBERRY", None, 4),
            ("DRIED-LIME", None, 2),
            ("TURMERIC", None, 2),
            ("LAMB-MINCE", None, 25),
            ("LAMB-CHOPS", None, 10),
            ("CHK-BREAST", None, 3),
            ("GHEE-BUTTER", None, 4),
            ("DOOGH", None, 3),
            ("YOG-SUZME", None, 3),
            ("AHMAD-CARD", None, 6),
            ("SUMAC", None, 2),
            ("LAVASH", "14 inch", 6),
            ("POM-MOL", None, 1),
        ],
        extras=[("BARBARI", None, 10), ("DRIED-MINT", None, 1)],
        last=("qty", "LAMB-MINCE", 30),
    ),
    dict(
        key="pardis-kitchen",
        name="Pardis Kitchen",
        kind_label="Persian takeaway, Manchester",
        channel="EMAIL",
        address="leila@pardiskitchen.example",
        language="en",
        kind="steady",
        weeks=6,
        weekday=1,
        usual=[
            ("BASMATI", "10kg", 8),
            ("SAFFRON", "4.6g Tin", 6),
            ("BARBERRY", None, 2),
            ("DRIED-LIME", None, 1),
            ("CHK-THIGH", None, 4),
            ("LAMB-MINCE", None, 15),
            ("DOOGH", None, 2),
            ("AHMAD-EG", None, 4),
            ("AHMAD-CARD", None, 2),
            ("KEBAB-BOX", "Large", 2),
            ("CARRIER", None, 1),
            ("TURMERIC", None, 1),
        ],
        extras=[("SUMAC", None, 1), ("GLOVES", "Medium", 1)],
    ),
    dict(
        key="olympus-taverna",
        name="Olympus Taverna",
        kind_label="Greek Cypriot taverna, Palmers Green",
        channel="EMAIL",
        address="andreas@olympustaverna.example",
        language="en",
        kind="regular",
        weeks=7,
        weekday=3,
        usual=[
            ("HALLOUMI", "8 x 1kg", 3),
            ("FETA-PDO", None, 4),
            ("EVOO", "5L Tin", 4),
            ("POMACE", None, 2),
            ("OLV-GEMLIK", None, 2),
            ("PITTA-WHITE", "Large 8.5 inch", 20),
            ("PITTA-WM", None, 10),
            ("LAMB-SHISH", None, 10),
            ("CHK-BREAST", None, 2),
            ("DOLMA", None, 2),
            ("VINE-LEAVES", None, 2),
            ("FILO", None, 2),
            ("LAMB-CHOPS", None, 6),
            ("YOG-NATURAL", None, 3),
        ],
        extras=[("LOKUM", None, 1), ("BEEF-MINCE", None, 5)],
        last=("qty", "LAMB-SHISH", 12),
    ),
    dict(
        key="damascus-sweets",
        name="Damascus Sweets",
        kind_label="Syrian sweets shop, Birmingham",
        channel="WHATSAPP",
        address="+447700900410",
        language="ar",
        kind="steady",
        weeks=6,
        weekday=0,
        usual=[
            ("KADAYIF", None, 20),
            ("PIST-GROUND", None, 5),
            ("PIST-WHOLE", None, 3),
            ("GHEE-BUTTER", None, 6),
            ("FILO", None, 3),
            ("KUNEFE", None, 4),
            ("TAHINI", "3kg Tub", 2),
            ("MOZZ-GRATED", None, 4),
        ],
        extras=[("LABNEH", None, 2), ("SALAD-CHEESE", None, 2)],
    ),
    dict(
        key="zagros-supermarket",
        name="Zagros Supermarket",
        kind_label="Kurdish-run grocery, Croydon",
        channel="SMS",
        address="+447700900411",
        language="en",
        kind="regular",
        weeks=8,
        weekday=4,
        usual=[
            ("BASMATI", "4.5kg", 12),
            ("BALDO", None, 6),
            ("LENTIL-RED", None, 8),
            ("LENTIL-GREEN", None, 4),
            ("CHICKPEA-TIN", None, 3),
            ("CHICKPEA-DRY", None, 3),
            ("BEYAZ", "1kg Tin", 12),
            ("OLV-GEMLIK", None, 3),
            ("CAYKUR-RIZE", "1kg", 10),
            ("AHMAD-EG", None, 6),
            ("SUCUK-SLICED", None, 2),
            ("TOM-PASTE", "12 x 830g Tin", 2),
            ("VINE-LEAVES", None, 3),
            ("SUGAR-CUBES", None, 10),
            ("FANTA", None, 1),
            ("UDAG-GAZOZ", None, 2),
        ],
        extras=[("LOKUM", None, 2), ("PUL-BIBER", None, 1)],
        last=("qty", "LENTIL-RED", 10),
    ),
    dict(
        key="istanbul-firin",
        name="Istanbul Fırın",
        kind_label="Turkish bakery, Enfield",
        channel="WHATSAPP",
        address="+447700900412",
        language="tr",
        kind="steady",
        weeks=7,
        weekday=4,
        usual=[
            ("YUFKA", None, 20),
            ("BEYAZ", "4kg Tin", 2),
            ("KASAR-GRATED", None, 3),
            ("SUCUK-SLICED", None, 3),
            ("LAMB-MINCE", None, 10),
            ("OIL-SUNFLOWER", None, 2),
            ("CAYKUR-RIZE", "3kg", 2),
            ("SUGAR-CUBES", None, 6),
            ("TOM-PASTE", "12 x 830g Tin", 1),
            ("PEP-MILD", None, 1),
            ("PUL-BIBER", None, 1),
        ],
        extras=[("DRIED-MINT", None, 1), ("YOG-SUZME", None, 1)],
    ),
    dict(
        key="marmaris-grill",
        name="Marmaris Chicken & Grill",
        kind_label="chicken and kebab takeaway, Bristol",
        channel="WHATSAPP",
        address="+447700900413",
        language="en",
        kind="regular",
        weeks=6,
        weekday=2,
        usual=[
            ("CHK-WINGS", None, 3),
            ("CHK-THIGH", None, 3),
            ("CHK-SHISH", None, 2),
            ("DNR-CHK", "15kg", 2),
            ("OIL-RAPESEED", None, 3),
            ("PITTA-WHITE", "Large 8.5 inch", 20),
            ("SAUCE-GARLIC", None, 2),
            ("SAUCE-CHILLI", None, 2),
            ("SAUCE-MINT", None, 1),
            ("KEBAB-BOX", "Small", 2),
            ("KEBAB-BOX", "Large", 1),
            ("COKE-CAN", None, 2),
            ("COKE-500", None, 1),
            ("SAUCE-POTS", None, 1),
            ("GLOVES", "X-Large", 1),
        ],
        extras=[("KETCHUP-SACH", None, 2), ("CHIP-FORKS", None, 1)],
        last=("qty", "CHK-WINGS", 4),
    ),
    dict(
        key="yalla-falafel",
        name="Yalla Falafel",
        kind_label="falafel market stall, Camden",
        channel="WHATSAPP",
        address="+447700900414",
        language="en",
        kind="regular",
        weeks=6,
        weekday=4,
        usual=[
            ("CHICKPEA-DRY", None, 6),
            ("TAHINI", "3kg Tub", 2),
            ("KHUBZ", None, 30),
            ("PICK-TURNIP", None, 1),
            ("PICK-CHILLI", None, 1),
            ("SAUCE-GARLIC", None, 1),
            ("CUMIN", None, 1),
            ("KEBAB-BAGS", None, 1),
            ("NAPKINS", "Kraft", 1),
            ("GLOVES", "Medium", 1),
            ("HALLOUMI", "16 x 225g", 1),
            ("WATER-500", None, 2),
        ],
        extras=[("SUMAC", None, 1), ("ZAATAR", None, 1)],
        last=("extra", "SUMAC", None, 1),
    ),
    dict(
        key="bosphorus-cafe",
        name="Bosphorus Kahvaltı Evi",
        kind_label="Turkish breakfast café, Harringay",
        channel="WHATSAPP",
        address="+447700900415",
        language="tr",
        kind="regular",
        weeks=7,
        weekday=0,
        usual=[
            ("SUCUK-RING", None, 4),
            ("BEYAZ", "4kg Tin", 1),
            ("KASAR-BLOCK", None, 1),
            ("OLV-GEMLIK", None, 1),
            ("OLV-CRACKED", None, 1),
            ("YOG-SUZME", None, 1),
            ("PIDE", None, 3),
            ("CAYKUR-RIZE", "3kg", 1),
            ("SUGAR-CUBES", None, 4),
            ("AYRAN", "12 x 300ml Bottle", 2),
            ("BEYPAZARI", None, 2),
            ("PEP-MILD", None, 1),
        ],
        extras=[("TURK-COFFEE", None, 1), ("LOKUM", None, 1)],
        last=("qty", "PIDE", 4),
    ),
    dict(
        key="northgate-uni",
        name="Northgate University Catering",
        kind_label="university halal kitchen",
        channel="EMAIL",
        address="catering.procurement@northgate-uni.example",
        language="en",
        kind="steady",
        weeks=8,
        weekday=1,
        usual=[
            ("CHK-BREAST", None, 6),
            ("CHK-THIGH", None, 6),
            ("BASMATI", "20kg", 4),
            ("CHICKPEA-TIN", None, 4),
            ("LENTIL-RED", None, 3),
            ("OIL-SUNFLOWER", None, 2),
            ("TOM-PASTE", "6 x 4.3kg Tin", 2),
            ("CUMIN", None, 1),
            ("PITTA-WM", None, 20),
            ("YOG-NATURAL", None, 4),
            ("HALLOUMI", "8 x 1kg", 2),
            ("WATER-500", None, 6),
        ],
        extras=[("TURMERIC", None, 1), ("BULGUR-COARSE", None, 2)],
    ),
    dict(
        key="levant-events",
        name="Levant Events Ltd",
        kind_label="wedding and events caterer",
        channel="EMAIL",
        address="samir@levantevents.example",
        language="en",
        kind="irregular",
        weeks=6,
        weekday=3,
        pool=[
            ("BAKLAVA-PIST", None, 8),
            ("BAKLAVA-WAL", None, 4),
            ("LAVASH", "14 inch", 8),
            ("LAMB-SHISH", None, 15),
            ("CHK-SHISH", None, 3),
            ("HALLOUMI", "16 x 225g", 4),
            ("KHUBZ", None, 80),
            ("LABNEH", None, 6),
            ("PICK-TURNIP", None, 2),
            ("TAHINI", "18kg Drum", 1),
            ("KUNEFE", None, 2),
            ("WATER-500", None, 20),
            ("LAMB-MINCE", None, 12),
            ("EVOO", "5L Tin", 2),
        ],
    ),
    dict(
        key="mezze-corner",
        name="Mezze Corner",
        kind_label="Mediterranean deli, Brighton",
        channel="WHATSAPP",
        address="+447700900418",
        language="en",
        kind="regular",
        weeks=7,
        weekday=2,
        usual=[
            ("OLV-CRACKED", None, 2),
            ("OLV-PITTED", None, 1),
            ("OLV-GEMLIK", None, 1),
            ("FETA-PDO", None, 2),
            ("HALLOUMI", "16 x 225g", 1),
            ("LABNEH", None, 2),
            ("DOLMA", None, 1),
            ("VINE-LEAVES", None, 1),
            ("BAKLAVA-PIST", None, 1),
            ("BAKLAVA-WAL", None, 1),
            ("LOKUM", None, 1),
            ("POM-MOL", None, 1),
            ("EVOO", "1L Bottle", 12),
            ("TAHINI", "900g Jar", 6),
            ("SUMAC", None, 1),
            ("ZAATAR", None, 1),
        ],
        extras=[("PIST-WHOLE", None, 1), ("TURK-COFFEE", None, 1)],
        last=("drop", "OLV-GEMLIK"),
    ),
    dict(
        key="tabriz-market",
        name="Tabriz Market",
        kind_label="Persian grocery, Ealing",
        channel="SMS",
        address="+447700900419",
        language="fa",
        kind="regular",
        weeks=6,
        weekday=1,
        usual=[
            ("BASMATI", "4.5kg", 15),
            ("BASMATI", "10kg", 5),
            ("SAFFRON", "4.6g Tin", 10),
            ("BARBERRY", None, 6),
            ("DRIED-LIME", None, 4),
            ("AHMAD-EG", None, 10),
            ("AHMAD-CARD", None, 10),
            ("DOOGH", None, 4),
            ("TURMERIC", None, 3),
            ("POM-MOL", None, 2),
            ("PIST-WHOLE", None, 2),
            ("LENTIL-GREEN", None, 2),
        ],
        extras=[("BARBARI", None, 10), ("DRIED-MINT", None, 2)],
        last=("qty", "DOOGH", 5),
    ),
    dict(
        key="kapadokya-grill",
        name="Kapadokya Grill",
        kind_label="Turkish ocakbaşı, Stoke Newington",
        channel="WHATSAPP",
        address="+447700900420",
        language="tr",
        kind="steady",
        weeks=8,
        weekday=3,
        usual=[
            ("LAMB-SHISH", None, 12),
            ("LAMB-MINCE", None, 18),
            ("CHK-THIGH", None, 3),
            ("CHK-WINGS", None, 1),
            ("ADANA", None, 2),
            ("CHARCOAL-LUMP", None, 8),
            ("LAVASH", "14 inch", 8),
            ("BULGUR-FINE", None, 2),
            ("PEP-MILD", None, 1),
            ("PEP-HOT", None, 1),
            ("SALGAM-MILD", None, 2),
            ("AYRAN", "24 x 250ml Can", 3),
            ("PUL-BIBER", None, 1),
            ("URFA", None, 1),
            ("YOG-SUZME", None, 2),
        ],
        extras=[("SUMAC", None, 1), ("BEYPAZARI", None, 1)],
    ),
    dict(
        key="aleppo-kitchen",
        name="Aleppo Kitchen",
        kind_label="Syrian restaurant, Coventry",
        channel="WHATSAPP",
        address="+447700900421",
        language="ar",
        kind="regular",
        weeks=7,
        weekday=2,
        usual=[
            ("DNR-CHK", "15kg", 2),
            ("KHUBZ", None, 40),
            ("SAUCE-GARLIC", None, 2),
            ("PICK-CUCUMBER", None, 1),
            ("PICK-TURNIP", None, 1),
            ("BULGUR-FINE", None, 3),
            ("LENTIL-RED", None, 2),
            ("POM-MOL", None, 1),
            ("CHK-BREAST", None, 2),
            ("LAMB-MINCE", None, 10),
            ("TAHINI", "3kg Tub", 1),
            ("EVOO", "5L Tin", 1),
        ],
        extras=[("SUMAC", None, 1), ("CUMIN", None, 1)],
        last=("qty", "KHUBZ", 50),
    ),
    dict(
        key="antalya-kebab",
        name="Antalya Kebab",
        kind_label="kebab and pizza takeaway, Glasgow",
        channel="SMS",
        address="+447700900422",
        language="en",
        kind="steady",
        weeks=6,
        weekday=3,
        usual=[
            ("DNR-LB", "25kg", 2),
            ("DNR-CHK", "20kg", 1),
            ("PITTA-WHITE", "Large 8.5 inch", 40),
            ("PIZZA-BOX", "12 inch", 3),
            ("MOZZ-GRATED", None, 4),
            ("SAUCE-GARLIC", None, 2),
            ("SAUCE-CHILLI", None, 2),
            ("KEBAB-BOX", "Large", 3),
            ("OIL-SUNFLOWER", None, 2),
            ("COKE-CAN", None, 4),
            ("KETCHUP-BTL", None, 1),
        ],
        extras=[("FANTA", None, 1), ("CHIP-FORKS", None, 1)],
    ),
    dict(
        key="paphos-grocer",
        name="Paphos Food Store",
        kind_label="Greek Cypriot grocery, Palmers Green",
        channel="EMAIL",
        address="maria@paphosfoods.example",
        language="en",
        kind="regular",
        weeks=7,
        weekday=0,
        usual=[
            ("HALLOUMI", "16 x 225g", 4),
            ("HALLOUMI", "8 x 1kg", 1),
            ("FETA-PDO", None, 3),
            ("SALAD-CHEESE", None, 2),
            ("OLV-GEMLIK", None, 2),
            ("OLV-CRACKED", None, 2),
            ("EVOO", "1L Bottle", 24),
            ("FILO", None, 2),
            ("VINE-LEAVES", None, 2),
            ("LOKUM", None, 2),
            ("PIST-WHOLE", None, 1),
            ("TAHINI", "900g Jar", 6),
        ],
        extras=[("DOLMA", None, 1), ("TURK-COFFEE", None, 1)],
        last=("qty", "FETA-PDO", 4),
    ),
    dict(
        key="shawarma-express",
        name="Shawarma Express",
        kind_label="shawarma takeaway opening in Slough",
        channel="WHATSAPP",
        address="+447700900424",
        language="en",
        kind="new",
    ),
    dict(
        key="meze-nine",
        name="Meze Bar Nine",
        kind_label="mezze bar opening in Hove",
        channel="EMAIL",
        address="tom@mezebarnine.example",
        language="en",
        kind="new",
    ),
]

LAST_WEEK_MONDAY = datetime.date(2027, 5, 24)


def _key(basket):
    return tuple(sorted((s, v or "", q) for s, v, q in basket))


def _vary(rng, usual, extras):
    while True:
        kind = rng.choice(["qty", "drop", "extra"])
        b = [list(x) for x in usual]
        if kind == "qty":
            i = rng.randrange(len(b))
            b[i][2] = b[i][2] + 1 if rng.random() < 0.6 or b[i][2] <= 1 else b[i][2] - 1
        elif kind == "drop":
            del b[rng.randrange(len(b))]
        else:
            have = {x[0] for x in b}
            cands = [e for e in extras if e[0] not in have]
            if not cands:
                continue
            b.append(list(rng.choice(cands)))
        return [tuple(x) for x in b]


def _apply_last(usual, last):
    b = [list(x) for x in usual]
    if last[0] == "qty":
        for x in b:
            if x[0] == last[1]:
                x[2] = last[2]
    elif last[0] == "drop":
        b = [x for x in b if x[0] != last[1]]
    elif last[0] == "extra":
        b.append([last[1], last[2], last[3]])
    return [tuple(x) for x in b]


def _lines(basket, has_variants):
    out = []
    for s, v, q in basket:
        d = {"sku": s}
        if has_variants[s]:
            d["variant"] = v
        d["quantity"] = q
        out.append(d)
    return out


def gen_histories(catalog):
    has_variants = {p["sku"]: bool(p["variants"]) for p in catalog["products"]}
    out = []
    for idx, c in enumerate(CUSTOMERS):
        rng = random.Random(1900 + idx)
        orders = []
        if c["kind"] != "new":
            n = c["weeks"]
            dates = [
                LAST_WEEK_MONDAY
                - datetime.timedelta(days=7 * (n - 1 - i))
                + datetime.timedelta(days=c["weekday"])
                for i in range(n)
            ]
            if c["kind"] == "irregular":
                seen = set()
                baskets = []
                while len(baskets) < n:
                    k = rng.randint(6, 9)
                    picks = rng.sample(range(len(c["pool"])), k)
                    b = []
                    for i in sorted(picks):
                        s, v, q = c["pool"][i]
                        b.append((s, v, max(1, q + rng.choice([-1, 0, 0, 1, 2]))))
                    if _key(b) in seen:
                        continue
                    seen.add(_key(b))
                    baskets.append(b)
            else:
                usual = c["usual"]
                baskets = [list(usual) for _ in range(n)]
                nvary = 2 if c["kind"] == "steady" else 1
                idxs = rng.sample(range(n - 1), nvary)
                used = {_key(usual)}
                for i in sorted(idxs):
                    while True:
                        b = _vary(rng, usual, c["extras"])
                        if _key(b) not in used:
                            break
                    used.add(_key(b))
                    baskets[i] = b
                if c["kind"] == "regular":
                    b = _apply_last(usual, c["last"])
                    assert _key(b) not in used, c["key"]
                    baskets[-1] = b
            for d, b in zip(dates, baskets):
                orders.append({"date": d.isoformat(), "lines": _lines(b, has_variants)})
        out.append(
            {
                "customer": c["key"],
                "name": c["name"],
                "kind": c["kind_label"],
                "channel": c["channel"],
                "address": c["address"],
                "language": c["language"],
                "orders": orders,
            }
        )
    return out
