# ruff: noqa  (hand-written data generator of blind set 55, kept as its writer left it)
"""Catalog for blind set 55: Lebanese/Syrian bakery, mezze and grill supply (hand-written)."""

CURRENCY = "GBP"
CATEGORIES = [
    ("Bakery", None),
    ("Pantry", None),
    ("Dairy", None),
    ("Oils", None),
    ("Meat", None),
    ("Grill & Packaging", None),
    ("Arabic Bread", "Bakery"),
    ("Pastry", "Bakery"),
    ("Tahini & Halawa", "Pantry"),
    ("Pulses", "Pantry"),
    ("Grains", "Pantry"),
    ("Spices", "Pantry"),
    ("Sauces & Molasses", "Pantry"),
    ("Pickles & Olives", "Pantry"),
    ("Cheeses", "Dairy"),
    ("Labneh & Yoghurt", "Dairy"),
    ("Olive Oil", "Oils"),
    ("Frying Oil", "Oils"),
    ("Shawarma", "Meat"),
    ("Grill Meats", "Meat"),
    ("Charcoal & Skewers", "Grill & Packaging"),
    ("Takeaway Packaging", "Grill & Packaging"),
]
# (sku, name, category, unit, price, aliases, variants[(name, type, sku, price, aliases)])
P = []


def p(sku, name, cat, unit, price, aliases=(), variants=()):
    P.append(
        dict(
            sku=sku,
            name=name,
            category=cat,
            unit=unit,
            unit_price=price,
            aliases=list(aliases),
            variants=[
                dict(name=v[0], variant_type=v[1], sku=v[2], unit_price=v[3], ai_aliases=list(v[4]))
                for v in variants
            ],
        )
    )


B = "Arabic Bread"
p(
    "ARB-WHITE",
    "Arabic White Bread (pack of 5)",
    B,
    "pack",
    "1.20",
    ["khubz abyad", "white arabic bread"],
    [
        ("18cm", "SIZE", "ARB-WHITE-18", "0.95", ["small white pitta"]),
        ("22cm", "SIZE", "ARB-WHITE-22", "1.20", ["medium white"]),
        ("30cm", "SIZE", "ARB-WHITE-30", "1.65", ["large white"]),
    ],
)
p(
    "ARB-BROWN-22",
    "Arabic Brown Bread 22cm (pack of 5)",
    B,
    "pack",
    "1.35",
    ["brown arabic bread", "khubz asmar"],
)
p("MARKOUK-60", "Markouk Saj Bread 60cm (pack of 10)", B, "pack", "3.90", ["markouk", "saj bread", "shrak"])
p("KAAK-6", "Ka'ak Sesame Bread Rings (pack of 6)", B, "pack", "2.80", ["kaak", "ka'ak"])
p("TANNOUR-40", "Tannour Bread 40cm (pack of 5)", B, "pack", "3.10", ["tannour", "tanoor bread"])
p(
    "SHAW-WRAP-30",
    "Shawarma Wrap Bread 30cm (pack of 10)",
    B,
    "pack",
    "2.95",
    ["shawarma wraps", "wrap bread"],
)
p("LAVASH-LARGE", "Armenian Lavash 40x60cm (pack of 10)", B, "pack", "3.40", ["lavash", "lavashe"])
p(
    "MANAKISH-DOUGH",
    "Manakish Dough Balls 120g (tray of 24)",
    "Pastry",
    "tray",
    "9.60",
    ["manakish dough", "dough balls"],
)
p("FILO-450", "Filo Pastry 450g", "Pastry", "pack", "2.10", ["filo", "phyllo"])
p("KATAIFI-400", "Kataifi Shredded Pastry 400g", "Pastry", "pack", "2.60", ["kataifi", "knafeh dough"])
p("SEMOLINA-FINE", "Fine Semolina 5kg", "Pastry", "bag", "6.20", ["semolina", "smeed"])
p("MAHLAB-100", "Ground Mahlab 100g", "Pastry", "pack", "3.50", ["mahlab", "mahleb"])
T = "Tahini & Halawa"
p(
    "TAHINI-WADI",
    "Al Wadi Al Akhdar Tahini",
    T,
    "tub",
    "4.20",
    ["al wadi tahini", "wadi tahini"],
    [
        ("450g", "WEIGHT", "TAHINI-WADI-450", "4.20", ["small wadi tahini"]),
        ("900g", "WEIGHT", "TAHINI-WADI-900", "7.60", ["big wadi tahini"]),
    ],
)
p("TAHINI-CORTAS-454", "Cortas Tahini 454g", T, "tub", "4.05", ["cortas tahini"])
p("TAHINI-DURRA-18KG", "Durra Tahini 18kg Bucket", T, "tub", "86.00", ["durra tahini", "tahini bucket"])
p("HALAWA-PLAIN-700", "Al Wadi Halawa Plain 700g", T, "tub", "4.80", ["plain halawa", "halawa sada"])
p(
    "HALAWA-PIST-700",
    "Al Wadi Halawa with Pistachio 700g",
    T,
    "tub",
    "6.10",
    ["pistachio halawa", "halawa fistok"],
)
p("HALAWA-2KG", "Halawa Plain Catering Tub 2kg", T, "tub", "12.40", ["halawa 2kg", "catering halawa"])
PU = "Pulses"
p(
    "CHICK-DRIED",
    "Dried Chickpeas 12mm",
    PU,
    "bag",
    "2.20",
    ["dried chickpeas", "hummus habb"],
    [
        ("1kg", "WEIGHT", "CHICK-DRIED-1", "2.20", ["1 kilo chickpeas"]),
        ("5kg", "WEIGHT", "CHICK-DRIED-5", "8.90", ["5 kilo chickpeas"]),
        ("25kg", "WEIGHT", "CHICK-DRIED-25", "38.00", ["chickpea sack"]),
    ],
)
p(
    "CHICK-TIN-400",
    "Cortas Chickpeas in Brine 400g (case of 24)",
    PU,
    "case",
    "14.40",
    ["tinned chickpeas 400g"],
)
p(
    "CHICK-TIN-2500",
    "Chickpeas in Brine 2.5kg Tin (case of 6)",
    PU,
    "case",
    "21.00",
    ["catering chickpeas tin"],
)
p(
    "HUMMUS-TIN-400",
    "Cortas Hummus Tahina 400g (case of 24)",
    PU,
    "case",
    "19.20",
    ["cortas hummus", "tinned hummus"],
)
p(
    "FOUL-TIN-400",
    "Cortas Foul Medames 400g (case of 24)",
    PU,
    "case",
    "15.60",
    ["foul medames tins", "cortas foul"],
)
p("FAVA-DRY-5KG", "Dried Fava Beans Small 5kg", PU, "bag", "9.40", ["dried fava", "ful habb"])
p("FAVA-SPLIT-5KG", "Split Fava Beans (Peeled) 5kg", PU, "bag", "11.20", ["split fava", "peeled fava"])
p("LENTIL-RED-5KG", "Red Split Lentils 5kg", PU, "bag", "7.80", ["red lentils", "adas ahmar"])
p("LENTIL-BROWN-5KG", "Brown Lentils 5kg", PU, "bag", "8.10", ["brown lentils", "adas bni"])
G = "Grains"
p(
    "BULGUR-FINE",
    "Fine Bulgur No.1",
    G,
    "bag",
    "2.00",
    ["fine bulgur", "burghul na3em", "bulgur fine"],
    [
        ("1kg", "WEIGHT", "BULGUR-FINE-1", "2.00", ["1kg fine bulgur"]),
        ("5kg", "WEIGHT", "BULGUR-FINE-5", "8.20", ["5kg fine bulgur"]),
    ],
)
p(
    "BULGUR-COARSE",
    "Coarse Bulgur No.4",
    G,
    "bag",
    "1.95",
    ["coarse bulgur", "burghul khishin", "bulgur coarse"],
    [
        ("1kg", "WEIGHT", "BULGUR-COARSE-1", "1.95", ["1kg coarse bulgur"]),
        ("5kg", "WEIGHT", "BULGUR-COARSE-5", "7.90", ["5kg coarse bulgur"]),
    ],
)
p("FREEKEH-CRACKED-1KG", "Freekeh Cracked 1kg", G, "bag", "4.90", ["cracked freekeh", "freekeh majroosh"])
p(
    "FREEKEH-SMOKED-1KG",
    "Smoked Freekeh Whole Grain 1kg",
    G,
    "bag",
    "5.40",
    ["smoked freekeh", "whole freekeh"],
)
p("RICE-EGYPT-5KG", "Egyptian Short Grain Rice 5kg", G, "bag", "7.20", ["egyptian rice", "short grain rice"])
p("VERMICELLI-500", "Vermicelli 500g (case of 20)", G, "case", "11.00", ["vermicelli", "shaariyeh"])
S = "Spices"
p(
    "ZAATAR-LEB",
    "Za'atar Lebanese Blend",
    S,
    "bag",
    "5.50",
    ["lebanese zaatar", "zaatar baladi"],
    [
        ("500g", "WEIGHT", "ZAATAR-LEB-500", "5.50", ["half kilo zaatar"]),
        ("1kg", "WEIGHT", "ZAATAR-LEB-1000", "9.80", ["kilo zaatar"]),
    ],
)
p(
    "ZAATAR-GREEN-1KG",
    "Green Za'atar Palestinian Style 1kg",
    S,
    "bag",
    "10.60",
    ["green zaatar", "zaatar akhdar"],
)
p(
    "ZAATAR-ALEPPO-1KG",
    "Aleppo Red Za'atar 1kg",
    S,
    "bag",
    "10.20",
    ["aleppo zaatar", "zaatar halabi", "red zaatar"],
)
p(
    "SUMAC",
    "Sumac Ground",
    S,
    "bag",
    "3.20",
    ["sumac", "summaq", "soumak"],
    [
        ("250g", "WEIGHT", "SUMAC-250", "3.20", ["small sumac"]),
        ("1kg", "WEIGHT", "SUMAC-1000", "10.40", ["sumac kilo"]),
    ],
)
p(
    "SEVEN-SPICE-500",
    "Seven Spice Baharat 500g",
    S,
    "bag",
    "6.30",
    ["seven spice", "7 spice", "sabaa baharat"],
)
p("SHAWARMA-SPICE-1KG", "Shawarma Spice Mix 1kg", S, "bag", "9.90", ["shawarma spice", "shawarma mix"])
p("ALEPPO-PEPPER-500", "Aleppo Pepper Flakes 500g", S, "bag", "7.40", ["aleppo pepper", "pul biber"])
p("CUMIN-1KG", "Ground Cumin 1kg", S, "bag", "8.60", ["cumin", "kammoun"])
p("SESAME-1KG", "Hulled Sesame Seeds 1kg", S, "bag", "4.10", ["sesame seeds", "simsim"])
p("NIGELLA-500", "Nigella Seeds 500g", S, "bag", "4.70", ["nigella", "habbet el baraka"])
SM = "Sauces & Molasses"
p(
    "POMMOL-CORTAS-300",
    "Cortas Pomegranate Molasses 300ml",
    SM,
    "bottle",
    "2.90",
    ["cortas molasses", "cortas dibs"],
)
p(
    "POMMOL-WADI-500",
    "Al Wadi Pomegranate Molasses 500ml",
    SM,
    "bottle",
    "3.80",
    ["al wadi molasses", "wadi dibs remman"],
)
p(
    "POMMOL-2L",
    "Pomegranate Molasses Catering 2L",
    SM,
    "bottle",
    "11.50",
    ["catering molasses", "molasses 2 litre"],
)
p("ROSEWATER-300", "Cortas Rose Water 300ml", SM, "bottle", "1.90", ["rose water", "mawared"])
p(
    "BLOSSOM-300",
    "Cortas Orange Blossom Water 300ml",
    SM,
    "bottle",
    "1.90",
    ["orange blossom water", "mazaher"],
)
p(
    "TOUM",
    "Toum Garlic Sauce",
    SM,
    "tub",
    "6.50",
    ["toum", "garlic sauce", "toom"],
    [
        ("1kg", "WEIGHT", "TOUM-1", "6.50", ["small toum"]),
        ("5kg", "WEIGHT", "TOUM-5", "27.00", ["toum bucket"]),
    ],
)
p("SHATTA-500", "Shatta Red Chilli Sauce 500g", SM, "bottle", "3.40", ["shatta", "chilli sauce"])
p("GRAPE-MOL-700", "Grape Molasses Dibs 700g", SM, "bottle", "4.20", ["grape molasses", "dibs enab"])
PO = "Pickles & Olives"
p("TURNIP-JAR-1KG", "Pink Pickled Turnips 1kg Jar", PO, "each", "3.60", ["turnip jar", "lift jar"])
p("TURNIP-TUB-10KG", "Pink Pickled Turnips 10kg Tub", PO, "tub", "24.00", ["turnip tub", "lift tub"])
p("CUCUMBER-JAR-1KG", "Pickled Cucumbers Small 1kg Jar", PO, "each", "3.20", ["cucumber jar", "khiar jar"])
p("CUCUMBER-TUB-10KG", "Pickled Cucumbers 10kg Tub", PO, "tub", "21.50", ["cucumber tub", "khiar tub"])
p(
    "CHILLI-PICKLE-1KG",
    "Pickled Green Chillies 1kg Jar",
    PO,
    "each",
    "3.40",
    ["pickled chillies", "mekhalal harr"],
)
p(
    "MIXED-PICKLE-1KG",
    "Mixed Pickles Lebanese 1kg Jar",
    PO,
    "each",
    "3.50",
    ["mixed pickles", "mekhalal meshakkal"],
)
p("MAKDOUS-1KG", "Makdous Stuffed Aubergines 1kg Jar", PO, "each", "6.80", ["makdous", "makdoos"])
p("OLIVE-GREEN-2KG", "Green Olives Cracked 2kg Tub", PO, "tub", "8.40", ["green olives", "zeitoun akhdar"])
p("OLIVE-BLACK-2KG", "Black Olives 2kg Tub", PO, "tub", "8.90", ["black olives", "zeitoun aswad"])
p("VINE-JAR-908", "Vine Leaves in Brine 908g Jar", PO, "each", "4.60", ["vine leaves jar", "warak enab jar"])
p("VINE-STUFFED-2KG", "Stuffed Vine Leaves 2kg Tin", PO, "each", "9.20", ["stuffed vine leaves", "yalanji"])
C = "Cheeses"
p("HALLOUMI-250", "Halloumi 250g (case of 12)", C, "case", "27.00", ["halloumi 250g", "halloumi case"])
p("HALLOUMI-1KG", "Halloumi 1kg Block", C, "each", "9.80", ["halloumi block", "halloumi kilo"])
p("AKKAWI-TIN-2KG", "Akkawi Cheese in Brine 2kg Tin", C, "each", "15.40", ["akkawi tin", "akawi"])
p("AKKAWI-VAC-1KG", "Akkawi Cheese Vacuum Block 1kg", C, "each", "8.60", ["akkawi block", "akawi block"])
p("NABULSI-TIN-2KG", "Nabulsi Cheese in Brine 2kg Tin", C, "each", "16.20", ["nabulsi", "nabulsieh"])
p(
    "WHITE-CHEESE-4KG",
    "White Brined Cheese Bulgarian Style 4kg Tin",
    C,
    "each",
    "24.00",
    ["bulgarian cheese", "jibneh baida"],
)
p("SHANKLISH-500", "Shanklish Aged Cheese Balls 500g", C, "each", "7.80", ["shanklish", "shankleesh"])
p("KASHKAVAL-1KG", "Kashkaval Cheese 1kg", C, "each", "10.20", ["kashkaval", "kashkawan"])
L = "Labneh & Yoghurt"
p(
    "LABNEH",
    "Labneh Strained Yoghurt",
    L,
    "tub",
    "4.90",
    ["labneh tub", "labne tub"],
    [
        ("1kg", "WEIGHT", "LABNEH-1", "4.90", ["kilo labneh"]),
        ("2kg", "WEIGHT", "LABNEH-2", "9.10", ["2 kilo labneh"]),
    ],
)
p(
    "LABNEH-BALLS-1KG",
    "Labneh Balls in Olive Oil 1kg Jar",
    L,
    "each",
    "8.40",
    ["labneh balls", "labneh mkaabaleh"],
)
p("YOGHURT-5KG", "Full Fat Yoghurt 10% 5kg Bucket", L, "tub", "11.60", ["yoghurt bucket", "laban bucket"])
p("AYRAN-250", "Ayran Yoghurt Drink 250ml (case of 24)", L, "case", "12.00", ["ayran", "laban ayran"])
O = "Olive Oil"
p(
    "OO-EV",
    "Extra Virgin Olive Oil Lebanese",
    O,
    "each",
    "7.90",
    ["extra virgin", "zeit zeitoun baladi"],
    [
        ("1L", "VOLUME", "OO-EV-1", "7.90", ["1 litre extra virgin"]),
        ("4L", "VOLUME", "OO-EV-4", "27.50", ["4 litre extra virgin"]),
        ("16L", "VOLUME", "OO-EV-16", "98.00", ["16 litre extra virgin"]),
    ],
)
p(
    "OO-POMACE",
    "Pomace Olive Oil",
    O,
    "each",
    "17.00",
    ["pomace oil", "pomace"],
    [
        ("5L", "VOLUME", "OO-POMACE-5", "17.00", ["5 litre pomace"]),
        ("17L", "VOLUME", "OO-POMACE-17", "49.00", ["17 litre pomace"]),
    ],
)
p("OO-PURE-4L", "Pure Olive Oil 4L Tin", O, "each", "19.80", ["pure olive oil"])
p("VEG-OIL-20L", "Vegetable Frying Oil 20L", "Frying Oil", "each", "28.00", ["veg oil", "frying oil"])
p("SUNFLOWER-OIL-10L", "Sunflower Oil 10L", "Frying Oil", "each", "16.50", ["sunflower oil"])
SH = "Shawarma"
p(
    "SHAW-CHK-THIGH",
    "Shawarma Chicken Thigh Marinated",
    SH,
    "kg",
    "7.40",
    ["chicken shawarma thigh", "thigh shawarma"],
)
p(
    "SHAW-CHK-BREAST",
    "Shawarma Chicken Breast Marinated",
    SH,
    "kg",
    "8.20",
    ["chicken shawarma breast", "breast shawarma"],
)
p("SHAW-LAMB", "Shawarma Lamb Leg Sliced Marinated", SH, "kg", "13.90", ["lamb shawarma", "shawarma lahmeh"])
p("SHAW-BEEF", "Shawarma Beef Topside Sliced Marinated", SH, "kg", "12.60", ["beef shawarma"])
GM = "Grill Meats"
p("TAWOOK", "Shish Taouk Chicken Cubes", GM, "kg", "8.60", ["shish taouk", "tawook", "taouk"])
p("LAMB-CUBES", "Lamb Shish Cubes Leg", GM, "kg", "14.50", ["lamb shish", "lahm meshwi"])
p("KAFTA", "Kafta Mix Lamb and Beef", GM, "kg", "10.40", ["kafta", "kofta mix"])
p("LAMB-MINCE-20", "Lamb Mince 20% Fat", GM, "kg", "11.20", ["lamb mince"])
p("LAMB-CHOPS", "Lamb Cutlets French Trimmed", GM, "kg", "19.80", ["lamb chops", "lamb cutlets", "rayash"])
p("CHICKEN-WINGS", "Chicken Wings Jointed", GM, "kg", "4.20", ["chicken wings", "jawaneh"])
p("SUJUK-1KG", "Sujuk Beef Sausage 1kg", GM, "each", "9.40", ["sujuk", "soujouk", "sucuk"])
p("BASTURMA-500", "Basturma Sliced 500g", GM, "each", "11.80", ["basturma", "pastirma", "basterma"])
CS = "Charcoal & Skewers"
p(
    "CHARCOAL-LUMP",
    "Restaurant Lumpwood Charcoal",
    CS,
    "bag",
    "6.90",
    ["lumpwood", "lump charcoal"],
    [
        ("5kg", "WEIGHT", "CHARCOAL-LUMP-5", "6.90", ["5kg lumpwood"]),
        ("10kg", "WEIGHT", "CHARCOAL-LUMP-10", "12.50", ["10kg lumpwood"]),
        ("15kg", "WEIGHT", "CHARCOAL-LUMP-15", "17.40", ["15kg lumpwood"]),
    ],
)
p(
    "CHARCOAL-BRIQ-10KG",
    "Coconut Shell Briquettes 10kg",
    CS,
    "bag",
    "14.80",
    ["briquettes", "coconut charcoal"],
)
p(
    "SKEWER-FLAT",
    "Flat Stainless Kebab Skewers (pack of 12)",
    CS,
    "pack",
    "9.50",
    ["flat skewers", "sikh"],
    [
        ("40cm", "SIZE", "SKEWER-FLAT-40", "9.50", ["short flat skewer"]),
        ("60cm", "SIZE", "SKEWER-FLAT-60", "12.00", ["medium flat skewer"]),
        ("70cm", "SIZE", "SKEWER-FLAT-70", "13.40", ["long flat skewer"]),
    ],
)
p(
    "SKEWER-BAMBOO-25",
    "Bamboo Skewers 25cm (pack of 100)",
    CS,
    "pack",
    "1.80",
    ["bamboo skewers", "wooden skewers"],
)
p("FIRELIGHTER-28", "Firelighter Cubes (box of 28)", CS, "box", "1.60", ["firelighters"])
TP = "Takeaway Packaging"
p(
    "FOIL-TRAY",
    "Foil Containers (box of 500)",
    TP,
    "box",
    "22.00",
    ["foil containers"],
    [
        ("No.2", "SIZE", "FOIL-TRAY-2", "22.00", ["number 2 foil"]),
        ("No.6a", "SIZE", "FOIL-TRAY-6A", "31.00", ["6a foil"]),
        ("No.9", "SIZE", "FOIL-TRAY-9", "36.50", ["number 9 foil"]),
    ],
)
p(
    "FOIL-LID",
    "Foil Container Board Lids (box of 500)",
    TP,
    "box",
    "12.00",
    ["board lids"],
    [
        ("No.2", "SIZE", "FOIL-LID-2", "12.00", ["number 2 lids"]),
        ("No.6a", "SIZE", "FOIL-LID-6A", "14.50", ["6a lids"]),
        ("No.9", "SIZE", "FOIL-LID-9", "16.00", ["number 9 lids"]),
    ],
)
p(
    "FOIL-PLATTER-14",
    "Foil Platter Tray 14 inch with Lid (pack of 10)",
    TP,
    "pack",
    "8.80",
    ["foil platter", "party tray"],
)
p(
    "SAUCE-POT",
    "Sauce Pots with Hinged Lids (box of 1000)",
    TP,
    "box",
    "18.00",
    ["sauce pots", "dip pots"],
    [
        ("1oz", "SIZE", "SAUCE-POT-1", "18.00", ["1oz pots"]),
        ("2oz", "SIZE", "SAUCE-POT-2", "24.00", ["2oz pots"]),
        ("4oz", "SIZE", "SAUCE-POT-4", "34.00", ["4oz pots"]),
    ],
)
p(
    "GREASEPROOF-30",
    "Greaseproof Wrap Sheets 30x40cm (pack of 1000)",
    TP,
    "pack",
    "13.50",
    ["greaseproof sheets", "wrap paper"],
)
p("CATERING-FOIL-45", "Catering Foil Roll 45cm x 75m", TP, "each", "9.90", ["foil roll", "tin foil roll"])
p("KRAFT-BOX-L", "Kraft Meal Box Large (case of 200)", TP, "case", "26.00", ["kraft boxes", "meal boxes"])
p(
    "CARRIER-BAG",
    "Paper Carrier Bags Brown (pack of 250)",
    TP,
    "pack",
    "21.00",
    ["carrier bags", "paper bags"],
)
p("NAPKINS-2PLY", "Napkins 2-ply White 33cm (case of 2000)", TP, "case", "17.50", ["napkins", "serviettes"])

FAMILY_WORDS = [
    "bread",
    "arabic bread",
    "khubz",
    "tahini",
    "tahina",
    "halawa",
    "halva",
    "chickpeas",
    "hummus",
    "fava",
    "foul",
    "lentils",
    "bulgur",
    "burghul",
    "freekeh",
    "zaatar",
    "za'atar",
    "molasses",
    "pomegranate molasses",
    "dibs",
    "pickles",
    "turnips",
    "cucumbers",
    "olives",
    "vine leaves",
    "warak enab",
    "halloumi",
    "akkawi",
    "cheese",
    "labneh",
    "labne",
    "yoghurt",
    "olive oil",
    "oil",
    "shawarma",
    "chicken",
    "lamb",
    "charcoal",
    "skewers",
    "foil",
    "lids",
    "pots",
    "pastry",
    "dough",
    "spice",
]

AI_EXAMPLES = {
    "ARB-WHITE": ["Catalogue line: Arabic white loaves, choose diameter"],
    "TAHINI-WADI": ["Catalogue line: Al Wadi sesame paste, choose jar weight"],
    "TOUM": ["Catalogue line: emulsified garlic dip, choose tub weight"],
    "CHARCOAL-LUMP": ["Catalogue line: hardwood lumpwood for grills, choose bag weight"],
    "FOIL-TRAY": ["Catalogue line: aluminium takeaway containers, choose container number"],
}


def catalog():
    cats = [dict(name=n, parent=par, ai_keywords=[n.lower()]) for n, par in CATEGORIES]
    prods = []
    for d in P:
        d = dict(d)
        d["keywords"] = [d["category"].lower()]
        d["ai_training_examples"] = AI_EXAMPLES.get(d["sku"], [])
        prods.append(d)
    return dict(currency=CURRENCY, categories=cats, products=prods)
