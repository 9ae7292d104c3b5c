# ruff: noqa  (hand-written data generator of blind set 57, kept as its writer left it)
# -*- coding: utf-8 -*-
"""Catalog of the fifty-seventh blind set: "Pannonia & Morava Deli Supply Ltd" (invented).

Central European (Hungarian, Czech, Slovak, Slovenian) deli and restaurant supply.
Hand-written; brand names of products are real, prices invented.
"""

CURRENCY = "GBP"

CATEGORIES = [
    ("Spices & Pantry", None, ["pantry", "fűszer", "koření"]),
    ("Meat & Charcuterie", None, ["meat", "hús", "maso"]),
    ("Dairy & Cheese", None, ["dairy", "tejtermék", "mléčné"]),
    ("Flour & Baking", None, ["flour", "baking", "pékáru"]),
    ("Pickles & Preserves", None, ["pickles", "savanyúság", "nakládané"]),
    ("Sweets & Snacks", None, ["sweets", "édesség", "sladkosti"]),
    ("Soft Drinks & Water", None, ["soft drinks", "üdítő", "nealko"]),
    ("Beer, Wine & Spirits", None, ["alcohol", "ital", "alkohol"]),
    ("Deli Packaging", None, ["packaging", "csomagolás", "obaly"]),
    ("Paprika", "Spices & Pantry", ["paprika powder", "paprika paste"]),
    ("Spices & Seasonings", "Spices & Pantry", ["spices", "seasoning"]),
    ("Pasta & Dumpling Mixes", "Spices & Pantry", ["dumplings", "pasta", "tészta"]),
    ("Sausages", "Meat & Charcuterie", ["sausage", "kolbász", "klobása"]),
    ("Salami", "Meat & Charcuterie", ["salami", "szalámi", "salám"]),
    ("Lard, Bacon & Crackling", "Meat & Charcuterie", ["lard", "bacon", "crackling"]),
    ("Sour Cream & Quark", "Dairy & Cheese", ["sour cream", "quark", "cream"]),
    ("Sheep & Smoked Cheese", "Dairy & Cheese", ["sheep cheese", "smoked cheese"]),
    ("Cheese", "Dairy & Cheese", ["cheese", "sajt", "sýr"]),
    ("Flour", "Flour & Baking", ["flour", "liszt", "mouka"]),
    ("Baking Ingredients", "Flour & Baking", ["yeast", "poppy seed", "nuts"]),
    ("Pickles", "Pickles & Preserves", ["gherkins", "peppers"]),
    ("Sauerkraut", "Pickles & Preserves", ["sauerkraut", "cabbage"]),
    ("Spreads & Sauces", "Pickles & Preserves", ["ajvar", "horseradish", "lecsó"]),
    ("Wafers & Biscuits", "Sweets & Snacks", ["wafers", "oplatky", "biscuits"]),
    ("Chocolate & Bars", "Sweets & Snacks", ["chocolate", "bars"]),
    ("Soft Drinks", "Soft Drinks & Water", ["soda", "limonáda"]),
    ("Mineral Water", "Soft Drinks & Water", ["mineral water", "minerálka"]),
    ("Beer", "Beer, Wine & Spirits", ["beer", "pivo", "sör"]),
    ("Wine", "Beer, Wine & Spirits", ["wine", "bor", "víno"]),
    ("Spirits", "Beer, Wine & Spirits", ["spirits", "pálinka", "pálenka"]),
]

# (sku, name, category, unit, price, aliases, variants)
# variants: (sku, name, variant_type, price, ai_aliases)
P = []


def prod(sku, name, cat, unit, price, aliases, variants=()):
    P.append((sku, name, cat, unit, price, list(aliases), list(variants)))


# ---------------------------------------------------------------- Paprika
prod(
    "PAP-SZ-KUL",
    "Szegedi Sweet Paprika Special Grade (Különleges)",
    "Paprika",
    "bag",
    "0.00",
    ["különleges paprika", "kulonleges paprika", "special grade paprika"],
    [
        ("PAP-SZ-KUL-100", "100g", "WEIGHT", "2.10", ["kis különleges"]),
        ("PAP-SZ-KUL-500", "500g", "WEIGHT", "8.40", ["fél kilós különleges"]),
        ("PAP-SZ-KUL-1K", "1kg", "WEIGHT", "15.90", ["kilós különleges"]),
    ],
)
prod(
    "PAP-SZ-CSE",
    "Szegedi Sweet Paprika Delicate Grade (Csemege)",
    "Paprika",
    "bag",
    "0.00",
    ["csemege paprika", "csemegepaprika", "delicate paprika"],
    [
        ("PAP-SZ-CSE-500", "500g", "WEIGHT", "7.20", ["fél kilós csemege"]),
        ("PAP-SZ-CSE-1K", "1kg", "WEIGHT", "13.50", ["kilós csemege"]),
    ],
)
prod(
    "PAP-SZ-HOT",
    "Szegedi Hot Paprika Powder (Erős)",
    "Paprika",
    "bag",
    "0.00",
    [
        "erős paprika",
        "eros paprika",
        "csípős paprika",
        "csipos paprika",
        "hot paprika powder",
        "pálivá paprika",
        "paliva paprika",
        "pekoča paprika",
    ],
    [
        ("PAP-SZ-HOT-100", "100g", "WEIGHT", "2.30", ["kis erős"]),
        ("PAP-SZ-HOT-500", "500g", "WEIGHT", "8.90", ["fél kilós erős"]),
    ],
)
prod(
    "PAP-SMOKED",
    "Smoked Sweet Paprika (Füstölt) 500g",
    "Paprika",
    "bag",
    "9.60",
    [
        "füstölt paprika",
        "fustolt paprika",
        "smoked paprika",
        "údená paprika",
        "uzená paprika",
        "dimljena paprika",
    ],
)
prod(
    "PAP-KAL",
    "Kalocsai Noble Sweet Paprika (Édesnemes) 1kg",
    "Paprika",
    "bag",
    "16.80",
    ["kalocsai paprika", "édesnemes", "edesnemes"],
)
prod(
    "PAP-PA-MILD",
    "Piros Arany Mild Paprika Paste 160g Tube (case of 12)",
    "Paprika",
    "case",
    "21.60",
    ["piros arany csemege", "piros arany mild", "piros arany édes"],
)
prod(
    "PAP-PA-HOT",
    "Piros Arany Hot Paprika Paste 160g Tube (case of 12)",
    "Paprika",
    "case",
    "21.60",
    ["piros arany csípős", "piros arany csipos", "piros arany hot"],
)
prod(
    "PAP-PISTA",
    "Erős Pista Chilli Paste 200g Jar (case of 12)",
    "Paprika",
    "case",
    "24.00",
    ["erős pista", "eros pista"],
)

# ---------------------------------------------------------------- Spices, pasta, dumplings
prod(
    "SP-VEGETA",
    "Vegeta Original Seasoning 1kg Bag",
    "Spices & Seasonings",
    "bag",
    "6.90",
    ["vegeta", "vegetu", "vegete"],
)
prod(
    "SP-CARAWAY",
    "Caraway Seeds Whole (Kömény / Kmín / Kumina) 1kg",
    "Spices & Seasonings",
    "bag",
    "7.40",
    ["kömény", "komeny", "kmín", "kmin", "rasca", "kumina", "caraway"],
)
prod(
    "SP-MARJ",
    "Dried Marjoram (Majoránka / Majoram) 500g",
    "Spices & Seasonings",
    "bag",
    "9.80",
    ["majoránka", "majoranka", "marjoram", "majorán", "majaron"],
)
prod(
    "DM-HOUSK",
    "Houskový Knedlík Bread Dumpling Mix 5kg",
    "Pasta & Dumpling Mixes",
    "bag",
    "14.50",
    ["houskový knedlík mix", "houskovy knedlik mix", "bread dumpling mix", "žemľová knedľa zmes"],
)
prod(
    "DM-BRAMB",
    "Bramborový Knedlík Potato Dumpling Mix 5kg",
    "Pasta & Dumpling Mixes",
    "bag",
    "16.20",
    ["bramborový knedlík mix", "bramborovy knedlik mix", "potato dumpling mix", "zemiaková knedľa zmes"],
)
prod(
    "DM-READY",
    "Ready-made Houskový Knedlík 400g Loaf (case of 12)",
    "Pasta & Dumpling Mixes",
    "case",
    "19.20",
    ["hotové knedlíky", "hotove knedliky", "ready dumplings", "knedlíková šiška"],
)
prod(
    "DM-HALUS",
    "Halušky Potato Gnocchi Mix 1kg (case of 10)",
    "Pasta & Dumpling Mixes",
    "case",
    "17.50",
    ["halušky", "halusky", "haluškova zmes", "haluskova zmes"],
)
prod(
    "PA-TARH",
    "Tarhonya Egg Barley 500g (case of 12)",
    "Pasta & Dumpling Mixes",
    "case",
    "15.60",
    ["tarhonya", "tarhoňa"],
)
prod(
    "PA-NOKEDLI",
    "Nokedli Dried Egg Dumplings 500g (case of 12)",
    "Pasta & Dumpling Mixes",
    "case",
    "16.80",
    ["nokedli", "galuska", "spätzle"],
)
prod(
    "SP-SEMOL",
    "Semolina (Búzadara / Krupice / Zdrob) 1kg (pack of 10)",
    "Pasta & Dumpling Mixes",
    "pack",
    "11.50",
    ["búzadara", "buzadara", "krupice", "krupica", "pšenični zdrob", "semolina", "grís"],
)

# ---------------------------------------------------------------- Sausages
prod(
    "SA-GYULAI",
    "Gyulai Kolbász (Gyula Sausage) by the kg",
    "Sausages",
    "kg",
    "18.90",
    ["gyulai", "gyulai kolbász", "gyulai kolbasz"],
)
prod(
    "SA-CSABAI",
    "Csabai Spicy Kolbász by the kg",
    "Sausages",
    "kg",
    "19.90",
    ["csabai", "csabai kolbász", "csabai kolbasz"],
)
prod(
    "SA-DEBR",
    "Debreceni Paired Sausage by the kg",
    "Sausages",
    "kg",
    "12.40",
    ["debreceni", "debreceni kolbász", "debrecínka", "debrecinka"],
)
prod(
    "SA-HAZI",
    "Házi Kolbász Fresh Frying Sausage by the kg",
    "Sausages",
    "kg",
    "9.80",
    ["házi kolbász", "hazi kolbasz", "sütnivaló kolbász", "sutnivalo"],
)
prod(
    "SA-DOMACI",
    "Domácí Klobása Smoked Czech Sausage by the kg",
    "Sausages",
    "kg",
    "11.60",
    ["domácí klobása", "domaci klobasa", "domácí klobásy"],
)
prod(
    "SA-KRANJ",
    "Kranjska Klobasa Carniolan Sausage 5 x 180g (pack)",
    "Sausages",
    "pack",
    "9.50",
    ["kranjska", "kranjska klobasa", "kranjske", "kranjskih"],
)
prod(
    "SA-SPIS",
    "Spišské Párky 1kg Pack",
    "Sausages",
    "pack",
    "8.90",
    ["spišské párky", "spisske parky", "spišské"],
)
prod(
    "SA-VIDEN",
    "Vídeňské Párky Vienna Frankfurters 1kg Pack",
    "Sausages",
    "pack",
    "8.40",
    ["vídeňské párky", "videnske parky", "viedenské párky", "viedenske parky"],
)
prod(
    "SA-JEMNE",
    "Jemné Párky Fine Frankfurters 5kg Catering Box",
    "Sausages",
    "box",
    "38.50",
    ["jemné párky", "jemne parky", "catering frankfurters"],
)

# ---------------------------------------------------------------- Salami
prod(
    "SL-PICK",
    "PICK Téliszalámi Winter Salami",
    "Salami",
    "each",
    "0.00",
    ["pick téliszalámi", "pick teliszalami", "pick salami"],
    [
        ("SL-PICK-400", "400g", "WEIGHT", "9.20", ["kis pick"]),
        ("SL-PICK-800", "800g", "WEIGHT", "17.60", ["közepes pick"]),
        ("SL-PICK-1500", "1.5kg Whole", "WEIGHT", "31.50", ["egész rúd pick"]),
    ],
)
prod(
    "SL-PICK-SL",
    "PICK Téliszalámi Sliced 70g (case of 10)",
    "Salami",
    "case",
    "19.50",
    ["szeletelt téliszalámi", "pick sliced", "pick szeletelt"],
)
prod("SL-HERZ", "Herz Classic Salami 1kg", "Salami", "each", "16.40", ["herz", "herz szalámi"])
prod(
    "SL-LOVEC",
    "Lovecký Salám Hunter's Salami 1kg",
    "Salami",
    "each",
    "14.80",
    ["lovecký salám", "lovecky salam", "lovecká saláma", "lovecka salama", "hunter's salami"],
)
prod("SL-POLIC", "Poličan Salami 1kg", "Salami", "each", "15.20", ["poličan", "polican"])

# ---------------------------------------------------------------- Lard, bacon, crackling
prod(
    "LD-LARD",
    "Pork Lard (Sertészsír / Vepřové sádlo / Bravčová masť / Svinjska mast)",
    "Lard, Bacon & Crackling",
    "tub",
    "0.00",
    [
        "sertészsír",
        "sertészsir",
        "vepřové sádlo",
        "veprove sadlo",
        "bravčová masť",
        "svinjska mast",
        "pork lard",
    ],
    [
        ("LD-LARD-1K", "1kg Tub", "WEIGHT", "3.60", ["kilós zsír"]),
        ("LD-LARD-5K", "5kg Bucket", "WEIGHT", "15.80", ["vödrös zsír", "kbelík sádla"]),
    ],
)
prod(
    "LD-GOOSE",
    "Goose Fat (Libazsír / Husí sádlo) 500g Jar (case of 6)",
    "Lard, Bacon & Crackling",
    "case",
    "27.00",
    ["libazsír", "libazsir", "husí sádlo", "husi sadlo", "goose fat"],
)
prod(
    "LD-TEPERTO",
    "Pork Crackling (Sertéstepertő / Vepřové škvarky / Ocvirki) by the kg",
    "Lard, Bacon & Crackling",
    "kg",
    "14.50",
    ["sertéstepertő", "pork crackling", "bravčové škvarky", "vepřové škvarky", "ocvirki"],
)
prod(
    "LD-LIBATEP",
    "Goose Crackling (Libatepertő) by the kg",
    "Lard, Bacon & Crackling",
    "kg",
    "22.00",
    ["libatepertő", "libateperto", "goose crackling", "husí škvarky"],
)
prod(
    "LD-TEPKREM",
    "Tepertőkrém Crackling Spread 200g (case of 12)",
    "Lard, Bacon & Crackling",
    "case",
    "20.40",
    ["tepertőkrém", "tepertokrem", "škvarková pomazánka", "ocvirkova mast"],
)
prod(
    "LD-SZAL-CSEM",
    "Smoked Bacon (Csemege Szalonna / Anglická slanina) by the kg",
    "Lard, Bacon & Crackling",
    "kg",
    "13.20",
    ["csemege szalonna", "anglická slanina", "anglicka slanina", "smoked streaky"],
)
prod(
    "LD-SZAL-PAP",
    "Paprika Bacon (Paprikás Szalonna) by the kg",
    "Lard, Bacon & Crackling",
    "kg",
    "12.80",
    ["paprikás szalonna", "paprikas szalonna", "paprika bacon"],
)

# ---------------------------------------------------------------- Sour cream, quark
prod(
    "DA-TEJF12",
    "Sour Cream 12% 850g Tub",
    "Sour Cream & Quark",
    "tub",
    "3.40",
    ["tejföl 12", "12% sour cream"],
)
prod(
    "DA-TEJF20",
    "Sour Cream 20% (Tejföl / Zakysaná smetana / Kisla smetana)",
    "Sour Cream & Quark",
    "tub",
    "0.00",
    ["tejföl 20", "20% sour cream"],
    [
        ("DA-TEJF20-850", "850g Tub", "WEIGHT", "4.10", ["kis vödör tejföl"]),
        ("DA-TEJF20-5K", "5kg Bucket", "WEIGHT", "19.90", ["nagy vödör tejföl"]),
    ],
)
prod(
    "DA-SMET31",
    "Cooking Cream 31% (Smetana na vaření / Főzőtejszín) 1L (case of 10)",
    "Sour Cream & Quark",
    "case",
    "26.00",
    [
        "smetana na vaření",
        "smetana na vareni",
        "főzőtejszín",
        "fozotejszin",
        "cooking cream",
        "smotana na varenie",
    ],
)
prod(
    "DA-TURO",
    "Túró Crumbly Quark (Tehéntúró)",
    "Sour Cream & Quark",
    "tub",
    "0.00",
    ["tehéntúró", "tehenturo", "crumbly quark", "tvarog"],
    [
        ("DA-TURO-1K", "1kg", "WEIGHT", "5.20", ["kilós túró"]),
        ("DA-TURO-5K", "5kg", "WEIGHT", "23.50", ["ötkilós túró"]),
    ],
)
prod(
    "DA-TVAR-MEK",
    "Tvaroh Soft Quark (Měkký) 250g (case of 10)",
    "Sour Cream & Quark",
    "case",
    "11.80",
    ["měkký tvaroh", "mekky tvaroh", "jemný tvaroh", "mäkký tvaroh", "makky tvaroh"],
)
prod(
    "DA-TVAR-TUC",
    "Tvaroh Full-fat Quark (Tučný) 250g (case of 10)",
    "Sour Cream & Quark",
    "case",
    "13.20",
    ["tučný tvaroh", "tucny tvaroh", "plnotučný tvaroh"],
)
prod(
    "DA-RUDI",
    "Túró Rudi Quark Bar 30g (case of 20)",
    "Sour Cream & Quark",
    "case",
    "12.00",
    ["túró rudi", "turo rudi", "rudi"],
)

# ---------------------------------------------------------------- Sheep and smoked cheese
prod(
    "DA-BRYN-125",
    "Slovak Bryndza Sheep Cheese 125g (case of 12)",
    "Sheep & Smoked Cheese",
    "case",
    "26.40",
    ["bryndza 125", "bryndza cups", "malé bryndze"],
)
prod(
    "DA-BRYN-1K",
    "Slovak Bryndza Sheep Cheese 1kg Tub",
    "Sheep & Smoked Cheese",
    "tub",
    "17.90",
    ["bryndza 1kg", "bryndza tub", "kilová bryndza"],
)
prod(
    "DA-OSTIEP",
    "Oštiepok Smoked Sheep Cheese",
    "Sheep & Smoked Cheese",
    "each",
    "0.00",
    ["oštiepok", "ostiepok", "oštiepky", "ostiepky", "oscypek"],
    [
        ("DA-OSTIEP-S", "Small 250g", "WEIGHT", "5.40", ["malý oštiepok"]),
        ("DA-OSTIEP-L", "Large 700g", "WEIGHT", "13.90", ["veľký oštiepok"]),
    ],
)
prod(
    "DA-KORB",
    "Korbáčiky Smoked Cheese Strings 100g (case of 15)",
    "Sheep & Smoked Cheese",
    "case",
    "27.00",
    ["korbáčiky", "korbaciky", "korbáčik", "korbacik"],
)
prod(
    "DA-PAREN",
    "Parenica Smoked Cheese Spiral 100g (case of 15)",
    "Sheep & Smoked Cheese",
    "case",
    "25.50",
    ["parenica", "parenice", "parenicu"],
)
prod(
    "DA-TRAP",
    "Trappista Cheese Block by the kg",
    "Cheese",
    "kg",
    "8.90",
    ["trappista block", "trapista blokk"],
)
prod(
    "DA-TRAP-SM",
    "Smoked Trappista (Füstölt Trappista) by the kg",
    "Cheese",
    "kg",
    "10.40",
    ["füstölt trappista", "fustolt trappista", "smoked trappista"],
)
prod("DA-EIDAM30", "Eidam 30% Block by the kg", "Cheese", "kg", "7.60", ["eidam 30", "edam 30"])
prod("DA-EIDAM45", "Eidam 45% Block by the kg", "Cheese", "kg", "8.20", ["eidam 45", "edam 45"])
prod(
    "DA-HERMELIN",
    "Hermelín Camembert-type 100g (case of 12)",
    "Cheese",
    "case",
    "18.00",
    ["hermelín", "hermelin"],
)
prod(
    "DA-TVARUZ",
    "Olomoucké Tvarůžky 125g (case of 10)",
    "Cheese",
    "case",
    "16.50",
    ["tvarůžky", "tvaruzky", "olomoucké syrečky", "syrečky"],
)
prod("DA-TOLMINC", "Tolminc Alpine Cheese by the kg", "Cheese", "kg", "16.80", ["tolminc", "tolminca"])

# ---------------------------------------------------------------- Flour and baking
prod(
    "FL-BL55",
    "Finomliszt BL 55 Fine Wheat Flour",
    "Flour",
    "bag",
    "0.00",
    ["finomliszt", "fine wheat flour"],
    [
        ("FL-BL55-5K", "5kg", "WEIGHT", "4.20", ["ötkilós finomliszt"]),
        ("FL-BL55-10K", "10kg", "WEIGHT", "7.90", ["tízkilós finomliszt"]),
        ("FL-BL55-25K", "25kg", "WEIGHT", "17.50", ["zsák finomliszt"]),
    ],
)
prod(
    "FL-RETES",
    "Rétesliszt BL 55 Strudel Flour 10kg",
    "Flour",
    "bag",
    "9.40",
    ["rétesliszt", "retesliszt", "strudel flour"],
)
prod(
    "FL-BL80",
    "Kenyérliszt BL 80 Bread Flour 25kg Sack",
    "Flour",
    "sack",
    "16.90",
    ["kenyérliszt", "kenyerliszt", "bl80", "bread flour"],
)
prod(
    "FL-HLAD",
    "Hladká Mouka T-650 Fine Flour",
    "Flour",
    "bag",
    "0.00",
    ["hladká mouka", "hladka mouka", "hladká múka", "hladka muka"],
    [
        ("FL-HLAD-10K", "10kg", "WEIGHT", "7.60", ["desetikilová hladká"]),
        ("FL-HLAD-25K", "25kg", "WEIGHT", "16.80", ["pytel hladké"]),
    ],
)
prod(
    "FL-POLO",
    "Polohrubá Mouka T-400 Semi-coarse Flour 25kg Sack",
    "Flour",
    "sack",
    "17.40",
    ["polohrubá", "polohruba", "polohrubá múka", "polohruba muka"],
)
prod(
    "FL-HRUBA",
    "Hrubá Mouka T-400 Coarse Flour 25kg Sack",
    "Flour",
    "sack",
    "17.40",
    ["hrubá mouka", "hruba mouka", "hrubá múka", "hruba muka"],
)
prod(
    "FL-BELA",
    "Bela Moka T-500 Slovenian White Flour 25kg Sack",
    "Flour",
    "sack",
    "17.90",
    ["bela moka", "bele moke", "tip 500"],
)
prod(
    "FL-AJDOVA",
    "Ajdova Moka Buckwheat Flour 1kg (pack of 10)",
    "Flour",
    "pack",
    "22.00",
    ["ajdova moka", "ajdove moke", "pohanková mouka", "hajdinaliszt", "buckwheat flour"],
)
prod(
    "FL-RYE",
    "Rye Flour 1150 (Rozsliszt / Žitná mouka) 25kg Sack",
    "Flour",
    "sack",
    "18.60",
    ["rozsliszt", "žitná mouka", "zitna mouka", "ražná múka", "rye flour"],
)
prod(
    "BK-YEAST",
    "Fresh Yeast (Élesztő / Droždí / Kvas) 42g (box of 50)",
    "Baking Ingredients",
    "box",
    "11.00",
    ["élesztő", "eleszto", "droždí", "drozdi", "droždie", "kvasec", "fresh yeast"],
)
prod(
    "BK-VANSUG",
    "Vanilla Sugar (Vaníliás cukor / Vanilkový cukr) 8g (pack of 100)",
    "Baking Ingredients",
    "pack",
    "9.00",
    [
        "vaníliás cukor",
        "vanilias cukor",
        "vanilkový cukr",
        "vanilkovy cukr",
        "vanilin sladkor",
        "vanilla sugar",
    ],
)
prod(
    "BK-POPPY",
    "Blue Poppy Seed Whole (Egész mák / Celý mák)",
    "Baking Ingredients",
    "bag",
    "0.00",
    ["egész mák", "egesz mak", "celý mák", "cely mak", "whole poppy seed", "cel mak"],
    [
        ("BK-POPPY-1K", "1kg", "WEIGHT", "6.80", ["kilový mák"]),
        ("BK-POPPY-5K", "5kg", "WEIGHT", "31.00", ["pětikilový mák"]),
    ],
)
prod(
    "BK-POPPY-GR",
    "Ground Poppy Seed (Darált mák / Mletý mák) 1kg",
    "Baking Ingredients",
    "bag",
    "7.90",
    ["darált mák", "daralt mak", "mletý mák", "mlety mak", "mleti mak", "ground poppy"],
)
prod(
    "BK-POPPY-FILL",
    "Poppy Seed Filling (Máktöltelék / Maková náplň) 1kg Tub",
    "Baking Ingredients",
    "tub",
    "6.40",
    ["máktöltelék", "maktoltelek", "maková náplň", "makova napln", "makov nadev", "poppy filling"],
)
prod(
    "BK-WALNUT",
    "Walnut Kernels (Dió / Vlašské ořechy / Orehi) 1kg",
    "Baking Ingredients",
    "bag",
    "12.50",
    [
        "dió",
        "vlašské ořechy",
        "vlasske orechy",
        "vlašské orechy",
        "orehi",
        "orehov",
        "walnuts",
        "walnut kernels",
    ],
)

# ---------------------------------------------------------------- Pickles, sauerkraut, spreads
prod(
    "PK-GHERK",
    "Pickled Gherkins (Csemege Uborka / Sterilované Okurky / Kisle Kumarice)",
    "Pickles",
    "case",
    "0.00",
    [
        "csemege uborka",
        "csemegeuborka",
        "sterilované okurky",
        "sterilovane okurky",
        "okurky",
        "okurek",
        "kyslé uhorky",
        "kysle uhorky",
        "kumarice",
        "gherkins",
    ],
    [
        ("PK-GHERK-670", "8 x 670g Jar", "SIZE", "14.40", ["malé sklenice okurek"]),
        ("PK-GHERK-3K4", "3 x 3.4kg Jar", "SIZE", "21.00", ["gastro okurky"]),
    ],
)
prod(
    "PK-KOVASZ",
    "Kovászos Uborka Half-sour Cucumbers 3.4kg Jar",
    "Pickles",
    "each",
    "8.60",
    ["kovászos uborka", "kovaszos uborka", "half sour cucumbers"],
)
prod(
    "PK-FILLPEP",
    "Cabbage-stuffed Peppers (Töltött Paprika / Plněné papriky) 720ml Jar (case of 6)",
    "Pickles",
    "case",
    "15.00",
    ["töltött paprika", "toltott paprika", "plněné papriky", "plnene papriky", "plnená paprika"],
)
prod(
    "PK-CHERRY",
    "Pickled Cherry Peppers (Cseresznyepaprika) 720ml Jar (case of 6)",
    "Pickles",
    "case",
    "14.40",
    ["cseresznyepaprika", "cherry peppers"],
)
prod(
    "PK-FEFER",
    "Feferonky Hot Pickled Peppers 720ml Jar (case of 6)",
    "Pickles",
    "case",
    "13.80",
    ["feferonky", "feferóny", "feferony", "feferoni", "pepperoncini"],
)
prod(
    "PK-CSALAM",
    "Csalamádé Mixed Pickle",
    "Pickles",
    "case",
    "0.00",
    ["csalamádé", "csalamade", "mixed pickle"],
    [
        ("PK-CSALAM-720", "6 x 720ml Jar", "VOLUME", "13.20", ["kis üveges csalamádé"]),
        ("PK-CSALAM-3L6", "2 x 3.6L Catering Jar", "VOLUME", "18.40", ["gasztro csalamádé"]),
    ],
)
prod(
    "PK-KRAUT-5K",
    "Sauerkraut (Savanyú Káposzta / Kysané Zelí / Kislo Zelje) 5kg Tub",
    "Sauerkraut",
    "tub",
    "8.50",
    ["sauerkraut 5kg", "kbelík zelí"],
)
prod(
    "PK-KRAUT-1K",
    "Sauerkraut 1kg Bag (case of 10)",
    "Sauerkraut",
    "case",
    "14.00",
    ["sauerkraut bags", "zelí v sáčku"],
)
prod(
    "PK-LECSO",
    "Lecsó Pepper and Tomato Stew 680g Jar (case of 6)",
    "Spreads & Sauces",
    "case",
    "13.50",
    ["lecsó", "lecso"],
)
prod(
    "PK-AJVAR-M",
    "Podravka Ajvar Mild 680g Jar (case of 12)",
    "Spreads & Sauces",
    "case",
    "30.00",
    ["ajvar mild", "blagi ajvar", "ajvar blagi"],
)
prod(
    "PK-AJVAR-H",
    "Podravka Ajvar Hot 680g Jar (case of 12)",
    "Spreads & Sauces",
    "case",
    "30.00",
    ["ajvar hot", "pekoči ajvar", "pekoci ajvar", "ljuti ajvar"],
)
prod(
    "PK-HREN",
    "Štajerski Hren Grated Horseradish 200g Jar (case of 12)",
    "Spreads & Sauces",
    "case",
    "21.60",
    ["hren", "torma", "křen", "kren", "chren", "horseradish"],
)

# ---------------------------------------------------------------- Sweets
prod(
    "SW-HORALKY",
    "Horalky Peanut Wafer 50g (box of 34)",
    "Wafers & Biscuits",
    "box",
    "17.00",
    ["horalky", "horalka", "horaliek"],
)
prod(
    "SW-TAT-HAZ",
    "Tatranky Hazelnut Wafer 47g (box of 30)",
    "Wafers & Biscuits",
    "box",
    "13.50",
    ["tatranky lieskovoorieškové", "tatranky hazelnut", "tatranky oriešok", "tatranky orieskove"],
)
prod(
    "SW-TAT-COC",
    "Tatranky Cocoa Wafer 47g (box of 30)",
    "Wafers & Biscuits",
    "box",
    "13.50",
    ["tatranky kakaové", "tatranky kakaove", "tatranky cocoa"],
)
prod(
    "SW-OPLATKY",
    "Opavia Zlaté Oplatky 146g (case of 18)",
    "Wafers & Biscuits",
    "case",
    "23.40",
    ["zlaté oplatky", "zlate oplatky"],
)
prod(
    "SW-PISKOTY",
    "Piškoty Sponge Fingers 240g (case of 16)",
    "Wafers & Biscuits",
    "case",
    "19.20",
    ["piškoty", "piskoty", "babapiskóta", "babapiskota", "sponge fingers"],
)
prod(
    "SW-BALATON-M",
    "Balaton Milk Chocolate Wafer Bar 27g (box of 42)",
    "Chocolate & Bars",
    "box",
    "16.80",
    ["balaton tejes", "balaton milk"],
)
prod(
    "SW-BALATON-D",
    "Balaton Dark Chocolate Wafer Bar 27g (box of 42)",
    "Chocolate & Bars",
    "box",
    "16.80",
    ["balaton étcsokis", "balaton etcsokis", "balaton dark"],
)
prod(
    "SW-STUD",
    "Studentská Pečeť Milk Chocolate 180g (box of 12)",
    "Chocolate & Bars",
    "box",
    "24.00",
    ["studentská pečeť", "studentska pecet", "studentská", "studentska"],
)

# ---------------------------------------------------------------- Soft drinks and water
prod(
    "SD-KOFOLA",
    "Kofola Original",
    "Soft Drinks",
    "case",
    "0.00",
    ["kofola", "kofolu", "kofoly", "kofoli"],
    [
        ("SD-KOFOLA-05", "12 x 0.5L PET", "VOLUME", "11.40", ["půllitrová kofola"]),
        ("SD-KOFOLA-2L", "6 x 2L PET", "VOLUME", "12.60", ["dvoulitrová kofola"]),
        ("SD-KOFOLA-033G", "24 x 0.33L Glass", "VOLUME", "19.20", ["kofola sklo"]),
    ],
)
prod(
    "SD-KOFOLA-BC",
    "Kofola Bez Cukru Sugar-free 6 x 2L PET",
    "Soft Drinks",
    "case",
    "12.60",
    ["kofola bez cukru", "kofola sugar free", "kofola zero"],
)
prod("SD-VINEA", "Vinea White Grape Soda 6 x 1.5L PET", "Soft Drinks", "case", "10.80", ["vinea", "vineu"])
prod(
    "WA-MAT-SP",
    "Mattoni Sparkling Mineral Water 6 x 1.5L PET",
    "Mineral Water",
    "case",
    "6.90",
    ["mattoni perlivá", "mattoni perliva", "mattoni sparkling", "perlivá mattoni"],
)
prod(
    "WA-MAT-ST",
    "Mattoni Still (Neperlivá) Mineral Water 6 x 1.5L PET",
    "Mineral Water",
    "case",
    "6.90",
    ["mattoni neperlivá", "mattoni neperliva", "mattoni still", "neperlivá mattoni"],
)
prod(
    "WA-RADENSKA",
    "Radenska Classic Sparkling Water 6 x 1.5L PET",
    "Mineral Water",
    "case",
    "7.80",
    ["radenska", "radensko", "radenske"],
)

# ---------------------------------------------------------------- Beer
prod(
    "BR-PU",
    "Pilsner Urquell 12°",
    "Beer",
    "case",
    "0.00",
    ["pilsner urquell bottles", "pilsner urquell cans", "plzeň lahve"],
    [
        ("BR-PU-B20", "20 x 0.5L Bottle", "VOLUME", "27.00", ["plzeň láhve"]),
        ("BR-PU-C24", "24 x 0.5L Can", "VOLUME", "31.20", ["plzeň plechovky"]),
    ],
)
prod(
    "BR-PU-KEG",
    "Pilsner Urquell 12° 30L Keg",
    "Beer",
    "keg",
    "96.00",
    ["pilsner urquell keg", "plzeň sud", "plzen sud", "urquell keg"],
)
prod(
    "BR-KOZEL10",
    "Velkopopovický Kozel Světlý 10° 20 x 0.5L Bottle",
    "Beer",
    "case",
    "22.00",
    ["kozel světlý", "kozel svetly", "kozel 10", "kozel desítka"],
)
prod(
    "BR-KOZEL11",
    "Velkopopovický Kozel Medium 11° 20 x 0.5L Bottle",
    "Beer",
    "case",
    "23.00",
    ["kozel 11", "kozel medium", "kozel jedenáctka"],
)
prod(
    "BR-KOZEL-CR",
    "Velkopopovický Kozel Černý Dark 20 x 0.5L Bottle",
    "Beer",
    "case",
    "22.50",
    ["kozel černý", "kozel cerny", "kozel dark", "černý kozel", "cerny kozel"],
)
prod(
    "BR-BUDVAR",
    "Budějovický Budvar 12° Original 20 x 0.5L Bottle",
    "Beer",
    "case",
    "26.00",
    ["budvar", "budweiser budvar"],
)
prod(
    "BR-BAZANT",
    "Zlatý Bažant 12° 20 x 0.5L Bottle",
    "Beer",
    "case",
    "23.00",
    ["zlatý bažant", "zlaty bazant", "bažant", "bazant"],
)
prod("BR-SARIS", "Šariš 10° Pale 20 x 0.5L Bottle", "Beer", "case", "21.00", ["šariš", "saris", "šariša"])
prod("BR-DREHER", "Dreher Classic 24 x 0.5L Can", "Beer", "case", "25.00", ["dreher"])
prod("BR-LASKO", "Laško Zlatorog 20 x 0.5L Bottle", "Beer", "case", "24.00", ["laško", "lasko", "zlatorog"])

# ---------------------------------------------------------------- Wine
prod("WN-ASZU5", "Tokaji Aszú 5 Puttonyos 500ml", "Wine", "bottle", "24.50", ["aszú 5", "aszu 5 puttonyos"])
prod("WN-ASZU6", "Tokaji Aszú 6 Puttonyos 500ml", "Wine", "bottle", "31.00", ["aszú 6", "aszu 6 puttonyos"])
prod("WN-FURMINT", "Tokaji Furmint Dry 750ml", "Wine", "bottle", "11.20", ["furmint", "tokaji furmint"])
prod("WN-SZAMOR", "Tokaji Szamorodni Sweet 500ml", "Wine", "bottle", "14.60", ["szamorodni"])
prod(
    "WN-BIKAVER",
    "Egri Bikavér 750ml",
    "Wine",
    "bottle",
    "9.80",
    ["bikavér", "bikaver", "egri bikavér", "bull's blood"],
)
prod("WN-CVICEK", "Cviček PTP 1L", "Wine", "bottle", "6.90", ["cviček", "cvicek", "cvička"])

# ---------------------------------------------------------------- Spirits
prod(
    "SPR-UNICUM",
    "Zwack Unicum",
    "Spirits",
    "bottle",
    "0.00",
    ["unicum", "unikum"],
    [
        ("SPR-UNICUM-05", "0.5L", "VOLUME", "16.50", ["kis unicum"]),
        ("SPR-UNICUM-07", "0.7L", "VOLUME", "21.90", ["hetes unicum"]),
        ("SPR-UNICUM-1L", "1L", "VOLUME", "28.50", ["literes unicum"]),
    ],
)
prod(
    "SPR-BECHER",
    "Becherovka Original",
    "Spirits",
    "bottle",
    "0.00",
    ["becherovka", "becherovku", "becherovky"],
    [
        ("SPR-BECHER-05", "0.5L", "VOLUME", "12.80", ["malá becherovka"]),
        ("SPR-BECHER-1L", "1L", "VOLUME", "22.40", ["litrová becherovka"]),
    ],
)
prod(
    "SPR-SLIVO",
    "R. Jelínek Slivovice 45%",
    "Spirits",
    "bottle",
    "0.00",
    ["slivovice", "slivovica", "slivovicu", "slivovka", "jelínek", "jelinek"],
    [
        ("SPR-SLIVO-05", "0.5L", "VOLUME", "13.20", ["malá slivovice"]),
        ("SPR-SLIVO-07", "0.7L", "VOLUME", "17.80", ["sedmička slivovice"]),
        ("SPR-SLIVO-1L", "1L", "VOLUME", "23.90", ["litrová slivovice"]),
    ],
)
prod(
    "SPR-BARACK",
    "Zwack Kecskeméti Barack Pálinka (Apricot) 0.5L",
    "Spirits",
    "bottle",
    "18.90",
    ["barack pálinka", "barackpálinka", "barack palinka", "apricot palinka", "marhuľovica", "marhulovica"],
)
prod(
    "SPR-SZILVA",
    "Szatmári Szilva Pálinka (Plum) 0.5L",
    "Spirits",
    "bottle",
    "17.90",
    ["szilva pálinka", "szilvapálinka", "szilva palinka", "szatmári"],
)
prod(
    "SPR-KORTE",
    "Vilmos Körte Pálinka (Williams Pear) 0.5L",
    "Spirits",
    "bottle",
    "19.90",
    ["körte pálinka", "körtepálinka", "korte palinka", "vilmos", "viljamovka", "viljamovke", "hruškovica"],
)
prod(
    "SPR-BOROV",
    "Borovička Juniper Spirit 0.7L",
    "Spirits",
    "bottle",
    "12.40",
    ["borovička", "borovicka", "borovičky"],
)
prod(
    "SPR-TATRA52",
    "Tatratea Original 52% 0.7L",
    "Spirits",
    "bottle",
    "24.00",
    ["tatratea 52", "tatratea original"],
)
prod(
    "SPR-TATRA72",
    "Tatratea Outlaw 72% 0.7L",
    "Spirits",
    "bottle",
    "29.00",
    ["tatratea 72", "tatratea outlaw"],
)

# ---------------------------------------------------------------- Packaging
prod(
    "PKG-BAGS",
    "Deli Counter Paper Bags (box of 1000)",
    "Deli Packaging",
    "box",
    "0.00",
    ["deli bags", "papírzacskó", "papirzacsko", "papírové sáčky", "papirove sacky"],
    [
        ("PKG-BAGS-W", "White", "COLOR", "18.00", ["fehér zacskó", "bílé sáčky"]),
        ("PKG-BAGS-K", "Brown Kraft", "COLOR", "19.50", ["barna zacskó", "hnědé sáčky"]),
    ],
)

# ---------------------------------------------------------------- Look-alike families
# A bare family word names none of its members; labels give `candidates`.  No alias may equal one of these.
FAMILIES = {
    "paprika": ["PAP-SZ-KUL", "PAP-SZ-CSE", "PAP-SZ-HOT", "PAP-SMOKED", "PAP-KAL"],
    "sweet paprika": ["PAP-SZ-KUL", "PAP-SZ-CSE", "PAP-KAL"],
    "paprika paste": ["PAP-PA-MILD", "PAP-PA-HOT", "PAP-PISTA"],
    "piros arany": ["PAP-PA-MILD", "PAP-PA-HOT"],
    "kolbász": ["SA-GYULAI", "SA-CSABAI", "SA-DEBR", "SA-HAZI"],
    "klobása": ["SA-DOMACI", "SA-KRANJ", "SA-GYULAI", "SA-CSABAI", "SA-DEBR", "SA-HAZI"],
    "párky": ["SA-SPIS", "SA-VIDEN", "SA-JEMNE"],
    "salami": ["SL-PICK", "SL-PICK-SL", "SL-HERZ", "SL-LOVEC", "SL-POLIC"],
    "téliszalámi": ["SL-PICK", "SL-PICK-SL"],
    "zsír": ["LD-LARD", "LD-GOOSE"],
    "tepertő": ["LD-TEPERTO", "LD-LIBATEP"],
    "szalonna": ["LD-SZAL-CSEM", "LD-SZAL-PAP"],
    "sour cream": ["DA-TEJF12", "DA-TEJF20"],
    "smetana": ["DA-TEJF12", "DA-TEJF20", "DA-SMET31"],
    "quark": ["DA-TURO", "DA-TVAR-MEK", "DA-TVAR-TUC"],
    "tvaroh": ["DA-TVAR-MEK", "DA-TVAR-TUC"],
    "bryndza": ["DA-BRYN-125", "DA-BRYN-1K"],
    "smoked cheese": ["DA-OSTIEP", "DA-KORB", "DA-PAREN", "DA-TRAP-SM"],
    "trappista": ["DA-TRAP", "DA-TRAP-SM"],
    "eidam": ["DA-EIDAM30", "DA-EIDAM45"],
    "flour": [
        "FL-BL55",
        "FL-RETES",
        "FL-BL80",
        "FL-HLAD",
        "FL-POLO",
        "FL-HRUBA",
        "FL-BELA",
        "FL-AJDOVA",
        "FL-RYE",
    ],
    "bl 55": ["FL-BL55", "FL-RETES"],
    "t-400": ["FL-POLO", "FL-HRUBA"],
    "mák": ["BK-POPPY", "BK-POPPY-GR"],
    "knedlík": ["DM-HOUSK", "DM-BRAMB", "DM-READY"],
    "dumpling mix": ["DM-HOUSK", "DM-BRAMB"],
    "uborka": ["PK-GHERK", "PK-KOVASZ"],
    "pickled peppers": ["PK-FILLPEP", "PK-CHERRY", "PK-FEFER"],
    "sauerkraut": ["PK-KRAUT-5K", "PK-KRAUT-1K"],
    "ajvar": ["PK-AJVAR-M", "PK-AJVAR-H"],
    "tatranky": ["SW-TAT-HAZ", "SW-TAT-COC"],
    "balaton": ["SW-BALATON-M", "SW-BALATON-D"],
    "mattoni": ["WA-MAT-SP", "WA-MAT-ST"],
    "water": ["WA-MAT-SP", "WA-MAT-ST", "WA-RADENSKA"],
    "pilsner urquell": ["BR-PU", "BR-PU-KEG"],
    "kozel": ["BR-KOZEL10", "BR-KOZEL11", "BR-KOZEL-CR"],
    "10°": ["BR-KOZEL10", "BR-SARIS"],
    "12°": ["BR-PU", "BR-PU-KEG", "BR-BUDVAR", "BR-BAZANT"],
    "tokaji": ["WN-ASZU5", "WN-ASZU6", "WN-FURMINT", "WN-SZAMOR"],
    "aszú": ["WN-ASZU5", "WN-ASZU6"],
    "pálinka": ["SPR-BARACK", "SPR-SZILVA", "SPR-KORTE"],
    "plum brandy": ["SPR-SLIVO", "SPR-SZILVA"],
    "tatratea": ["SPR-TATRA52", "SPR-TATRA72"],
}

# Words (in the customers' languages) that are bare family words: no alias may be one of them.
FAMILY_WORDS = sorted(
    set(
        list(FAMILIES)
        + [
            "pirospaprika",
            "őrölt paprika",
            "mletá paprika",
            "mleta paprika",
            "sladká paprika",
            "sladka paprika",
            "édes paprika",
            "edes paprika",
            "paprikakrém",
            "paprikakrem",
            "kolbasz",
            "kolbászt",
            "klobasa",
            "klobásy",
            "klobasy",
            "klobase",
            "sausage",
            "sausages",
            "parky",
            "párek",
            "parek",
            "frankfurters",
            "hot dogs",
            "hrenovke",
            "szalámi",
            "szalami",
            "salám",
            "salam",
            "saláma",
            "salama",
            "salama",
            "winter salami",
            "teliszalami",
            "zsir",
            "sádlo",
            "sadlo",
            "masť",
            "mast",
            "fat",
            "lard tub",
            "teperto",
            "tepertő",
            "škvarky",
            "skvarky",
            "crackling",
            "ocvirk",
            "slanina",
            "bacon",
            "špeh",
            "speh",
            "tejföl",
            "tejfol",
            "zakysaná smetana",
            "zakysana smetana",
            "kyslá smotana",
            "kysla smotana",
            "kisla smetana",
            "smotana",
            "cream",
            "skuta",
            "quarg",
            "brynza",
            "bryndzu",
            "bryndze",
            "údený syr",
            "udeny syr",
            "uzený sýr",
            "uzeny syr",
            "füstölt sajt",
            "fustolt sajt",
            "dimljen sir",
            "trapista",
            "trappistát",
            "edam",
            "eidamská cihla",
            "liszt",
            "mouka",
            "múka",
            "muka",
            "moka",
            "moke",
            "bl55",
            "t400",
            "mak",
            "poppy seed",
            "poppy seeds",
            "poppy",
            "knedlik",
            "knedlíky",
            "knedliky",
            "dumplings",
            "knedle",
            "knedľa",
            "pickles",
            "savanyúság",
            "nakládané papriky",
            "savanyú paprika",
            "vložene paprike",
            "zelí",
            "zeli",
            "kapusta",
            "káposzta",
            "kaposzta",
            "savanyú káposzta",
            "savanyu kaposzta",
            "kislo zelje",
            "zelje",
            "kyslá kapusta",
            "kysla kapusta",
            "kysané zelí",
            "kysane zeli",
            "voda",
            "víz",
            "viz",
            "minerálka",
            "mineralka",
            "ásványvíz",
            "asvanyviz",
            "mineral water",
            "urquell",
            "pilsner",
            "prazdroj",
            "plzeň",
            "plzen",
            "plzně",
            "desítka",
            "desitka",
            "desiatka",
            "dvanáctka",
            "dvanactka",
            "dvanástka",
            "dvanastka",
            "tokaj",
            "tokay",
            "aszu",
            "palinka",
            "pálenka",
            "tatra tea",
        ]
    )
)
