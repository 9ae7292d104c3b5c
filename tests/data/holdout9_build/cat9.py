# ruff: noqa  (hand-written data generator for the ninth blind set, kept as its writer left it)
"""catalog9: "Sumac & Saffron Trading" -- a Mediterranean / Middle-Eastern / Indian grocery wholesaler.

Hand-written. Every product: (sku, name, category, unit, price, aliases, keywords, variants).
variants: list of (sku, name, variant_type, price, ai_aliases).
"""

CURRENCY = "EUR"
DISTRIBUTOR = "Sumac & Saffron Trading"

CATEGORIES = [
    # parents first
    ("Dry Goods", None, ["dry store", "pulses and grains"]),
    ("Spices", None, ["spice", "masala", "baharat"]),
    ("Oils & Condiments", None, ["oil", "paste", "sauce"]),
    ("Tinned & Jarred", None, ["tins", "jars", "conserves"]),
    ("Bakery", None, ["bread", "pastry"]),
    ("Chilled Dairy", None, ["cheese", "yoghurt", "dairy"]),
    ("Drinks", None, ["beverages", "soft drinks"]),
    ("Sweets", None, ["desserts", "confectionery"]),
    ("Packaging", None, ["disposables", "takeaway packaging"]),
    ("Rice", "Dry Goods", ["basmati", "rice"]),
    ("Pulses", "Dry Goods", ["lentils", "dal", "beans"]),
    ("Grains & Flour", "Dry Goods", ["bulgur", "couscous", "flour"]),
    ("Nuts & Dried Fruit", "Dry Goods", ["nuts", "dates"]),
    ("Whole Spices", "Spices", ["seeds", "pods", "whole spice"]),
    ("Ground Spices", "Spices", ["powder", "ground spice"]),
    ("Spice Blends", "Spices", ["blend", "mix", "seasoning"]),
    ("Oils & Ghee", "Oils & Condiments", ["cooking oil", "ghee"]),
    ("Pastes & Sauces", "Oils & Condiments", ["paste", "chutney", "pickle"]),
    ("Syrups & Flower Waters", "Oils & Condiments", ["molasses", "flower water"]),
    ("Olives & Pickles", "Tinned & Jarred", ["olives", "pickles"]),
    ("Flatbreads", "Bakery", ["pitta", "naan", "wraps"]),
    ("Pastry", "Bakery", ["filo", "kataifi"]),
    ("Tea & Coffee", "Drinks", ["tea", "coffee"]),
]

P = []


def prod(sku, name, cat, unit, price, aliases, keywords, variants=()):
    P.append(
        dict(
            sku=sku,
            name=name,
            category=cat,
            unit=unit,
            unit_price=price,
            aliases=list(aliases),
            keywords=list(keywords),
            variants=[
                dict(sku=vs, name=vn, variant_type=vt, unit_price=vp, ai_aliases=list(va))
                for (vs, vn, vt, vp, va) in variants
            ],
        )
    )


# Rice
prod(
    "BAS-TILDA-20",
    "Tilda Pure Basmati Rice 20kg",
    "Rice",
    "sack",
    "52.00",
    ["tilda basmati 20kg", "tilda 20kg", "big tilda"],
    ["basmati", "rice", "tilda"],
)
prod(
    "BAS-TILDA-5",
    "Tilda Pure Basmati Rice 5kg",
    "Rice",
    "bag",
    "14.50",
    ["tilda basmati 5kg", "tilda 5kg", "small tilda"],
    ["basmati", "rice", "tilda"],
)
prod(
    "BAS-SELLA-20",
    "Golden Sella Basmati Rice 20kg",
    "Rice",
    "sack",
    "38.00",
    ["golden sella", "sella basmati", "sella rice", "parboiled basmati"],
    ["basmati", "rice", "sella"],
)
prod(
    "RICE-CALROSE-10",
    "Egyptian Calrose Rice 10kg",
    "Rice",
    "sack",
    "16.80",
    ["egyptian rice", "calrose", "short grain rice"],
    ["rice", "calrose"],
)
# Pulses
prod(
    "LENTIL-RED-5",
    "Red Split Lentils (Masoor Dal) 5kg",
    "Pulses",
    "bag",
    "8.90",
    ["red lentils", "masoor dal", "kirmizi mercimek", "lentejas rojas"],
    ["lentils", "dal", "masoor"],
)
prod(
    "LENTIL-GREEN-5",
    "Green Lentils 5kg",
    "Pulses",
    "bag",
    "10.40",
    ["green lentils", "yesil mercimek", "lentilles vertes"],
    ["lentils"],
)
prod(
    "CHANA-DAL-5",
    "Chana Dal 5kg",
    "Pulses",
    "bag",
    "9.60",
    ["chana dal", "split bengal gram"],
    ["dal", "chana"],
)
prod(
    "TOOR-DAL-5",
    "Toor Dal 5kg",
    "Pulses",
    "bag",
    "12.80",
    ["toor dal", "tuvar dal", "arhar dal"],
    ["dal", "toor"],
)
prod(
    "CHICKPEA-DRY-5",
    "Dried Chickpeas Kabuli 5kg",
    "Pulses",
    "bag",
    "9.20",
    ["dried chickpeas", "kabuli chana", "nohut", "garbanzos secos"],
    ["chickpeas", "garbanzo"],
)
prod(
    "FAVA-SPLIT-5",
    "Dried Split Fava Beans 5kg",
    "Pulses",
    "bag",
    "8.40",
    ["split fava", "dried fava beans", "dried broad beans", "feve cassee"],
    ["fava", "beans"],
)
# Grains & Flour
prod(
    "BULGUR-FINE-5",
    "Fine Bulgur Wheat No.1 5kg",
    "Grains & Flour",
    "bag",
    "7.80",
    ["fine bulgur", "koftelik bulgur", "bulgur no 1", "bulgur no.1"],
    ["bulgur", "burghul"],
)
prod(
    "BULGUR-COARSE-5",
    "Coarse Bulgur Wheat No.3 5kg",
    "Grains & Flour",
    "bag",
    "7.60",
    ["coarse bulgur", "pilavlik bulgur", "bulgur no 3", "bulgur no.3"],
    ["bulgur", "burghul"],
)
prod(
    "COUSCOUS-5",
    "Medium Couscous 5kg",
    "Grains & Flour",
    "bag",
    "8.20",
    ["couscous", "cous cous", "medium couscous", "cuscus"],
    ["couscous", "semoule"],
)
prod(
    "ATTA-10",
    "Chakki Atta Wholemeal Flour 10kg",
    "Grains & Flour",
    "sack",
    "12.50",
    ["atta", "chakki atta", "chapati flour"],
    ["flour", "atta"],
)
prod(
    "BESAN-2",
    "Gram Flour Besan 2kg",
    "Grains & Flour",
    "bag",
    "4.60",
    ["gram flour", "besan", "chickpea flour"],
    ["flour", "besan"],
)
# Nuts & Dried Fruit
prod(
    "PIST-KERNEL-1",
    "Green Pistachio Kernels 1kg",
    "Nuts & Dried Fruit",
    "bag",
    "32.00",
    ["pistachio kernels", "shelled pistachios", "antep fistigi ici"],
    ["pistachio", "nuts"],
)
prod(
    "PIST-SHELL-1",
    "Roasted Salted Pistachios In Shell 1kg",
    "Nuts & Dried Fruit",
    "bag",
    "17.50",
    ["pistachios in shell", "salted pistachios", "roasted pistachios"],
    ["pistachio", "nuts"],
)
prod(
    "PINE-NUTS-1",
    "Pine Nuts 1kg",
    "Nuts & Dried Fruit",
    "bag",
    "39.00",
    ["pine nuts", "pignoli", "cam fistigi"],
    ["nuts", "pine"],
)
prod(
    "ALMOND-FLAKED-1",
    "Flaked Almonds 1kg",
    "Nuts & Dried Fruit",
    "bag",
    "13.20",
    ["flaked almonds", "sliced almonds", "amandes effilees"],
    ["almonds", "nuts"],
)
prod(
    "CASHEW-W320-2",
    "Cashew Nuts W320 2kg",
    "Nuts & Dried Fruit",
    "bag",
    "24.00",
    ["cashews", "cashew nuts", "w320"],
    ["cashew", "nuts"],
)
prod(
    "DATES-MEDJOOL-5",
    "Medjool Dates 5kg",
    "Nuts & Dried Fruit",
    "box",
    "42.00",
    ["medjool", "medjool dates"],
    ["dates"],
    [
        ("DATES-MEDJOOL-5-L", "Large", "SIZE", "42.00", ["large medjool"]),
        ("DATES-MEDJOOL-5-J", "Jumbo", "SIZE", "52.00", ["jumbo medjool"]),
    ],
)
prod(
    "DATES-DEGLET-5",
    "Deglet Nour Dates 5kg",
    "Nuts & Dried Fruit",
    "box",
    "19.00",
    ["deglet nour", "deglet dates", "tunisian dates"],
    ["dates"],
)
# Whole Spices
prod(
    "CUMIN-SEED-1",
    "Cumin Seeds 1kg",
    "Whole Spices",
    "bag",
    "11.00",
    ["cumin seeds", "whole cumin", "jeera", "zeera"],
    ["cumin", "seeds"],
)
prod(
    "CORI-SEED-1",
    "Coriander Seeds 1kg",
    "Whole Spices",
    "bag",
    "6.20",
    ["coriander seeds", "whole coriander", "dhania seeds"],
    ["coriander", "seeds"],
)
prod(
    "CARDAMOM-GREEN",
    "Green Cardamom Pods 500g",
    "Whole Spices",
    "bag",
    "28.00",
    ["green cardamom", "cardamom pods", "elaichi"],
    ["cardamom"],
)
prod(
    "CINNAMON-STICK",
    "Cinnamon Sticks 500g",
    "Whole Spices",
    "bag",
    "7.40",
    ["cinnamon sticks", "cinnamon quills", "cassia sticks"],
    ["cinnamon"],
)
prod(
    "SAFFRON",
    "Saffron Threads",
    "Whole Spices",
    "each",
    "7.90",
    ["saffron", "saffron threads", "azafran", "zafferano"],
    ["saffron"],
    [
        ("SAFFRON-1G", "1g Tin", "WEIGHT", "7.90", ["1g saffron"]),
        ("SAFFRON-5G", "5g Tin", "WEIGHT", "34.00", ["5g saffron"]),
    ],
)
prod(
    "ALEPPO-PEPPER-1",
    "Aleppo Pepper Flakes (Pul Biber) 1kg",
    "Whole Spices",
    "bag",
    "12.40",
    ["aleppo pepper", "pul biber", "pulbiber", "aleppo chilli flakes"],
    ["chilli flakes", "pepper"],
)
# Ground Spices
prod(
    "CUMIN-GROUND-1",
    "Ground Cumin 1kg",
    "Ground Spices",
    "bag",
    "10.20",
    ["ground cumin", "cumin powder", "jeera powder", "kimyon"],
    ["cumin", "powder"],
)
prod(
    "CORI-GROUND-1",
    "Ground Coriander 1kg",
    "Ground Spices",
    "bag",
    "6.00",
    ["ground coriander", "coriander powder", "dhania powder"],
    ["coriander", "powder"],
)
prod(
    "TURMERIC-1",
    "Ground Turmeric 1kg",
    "Ground Spices",
    "bag",
    "6.80",
    ["turmeric", "haldi", "curcuma", "zerdecal"],
    ["turmeric", "powder"],
)
prod(
    "PAPRIKA-SWEET-1",
    "Sweet Paprika 1kg",
    "Ground Spices",
    "bag",
    "7.20",
    ["sweet paprika", "tatli toz biber"],
    ["paprika"],
)
prod(
    "PAPRIKA-SMOKED-1",
    "Smoked Paprika 1kg",
    "Ground Spices",
    "bag",
    "9.40",
    ["smoked paprika", "pimenton de la vera"],
    ["paprika"],
)
prod(
    "CHILLI-KASH-1",
    "Kashmiri Chilli Powder 1kg",
    "Ground Spices",
    "bag",
    "11.60",
    ["kashmiri chilli", "kashmiri mirch", "kashmiri powder"],
    ["chilli powder", "chilli"],
)
prod(
    "CHILLI-HOT-1",
    "Extra Hot Chilli Powder 1kg",
    "Ground Spices",
    "bag",
    "8.40",
    ["extra hot chilli powder", "hot chilli powder"],
    ["chilli powder", "chilli"],
)
prod("SUMAC-1", "Sumac 1kg", "Ground Spices", "bag", "12.90", ["sumac", "sumak", "sommacco"], ["sumac"])
# Spice Blends
prod(
    "GARAM-MASALA-1",
    "Garam Masala 1kg",
    "Spice Blends",
    "bag",
    "12.00",
    ["garam masala"],
    ["masala", "blend"],
)
prod(
    "TANDOORI-MASALA-1",
    "Tandoori Masala 1kg",
    "Spice Blends",
    "bag",
    "10.80",
    ["tandoori masala", "tandoori powder"],
    ["masala", "tandoori"],
)
prod(
    "ZAATAR-1",
    "Za'atar 1kg",
    "Spice Blends",
    "bag",
    "13.40",
    ["zaatar", "za'atar", "zatar", "zahtar"],
    ["thyme blend"],
)
prod(
    "RAS-EL-HANOUT",
    "Ras el Hanout 500g",
    "Spice Blends",
    "bag",
    "9.90",
    ["ras el hanout", "ras al hanout", "raz el hanout"],
    ["moroccan blend"],
)
prod(
    "BAHARAT",
    "Lebanese Seven Spice (Baharat) 500g",
    "Spice Blends",
    "bag",
    "8.70",
    ["seven spice", "7 spice", "baharat", "sabaa baharat"],
    ["blend"],
)
prod(
    "SHAWARMA-SPICE-1",
    "Chicken Shawarma Spice 1kg",
    "Spice Blends",
    "bag",
    "11.30",
    ["shawarma spice", "shawarma mix", "shawarma seasoning"],
    ["shawarma", "seasoning"],
)
prod(
    "DONER-SPICE-1",
    "Doner Kebab Seasoning 1kg",
    "Spice Blends",
    "bag",
    "10.60",
    ["doner seasoning", "doner baharati", "doner spice", "kebab seasoning"],
    ["doner", "seasoning"],
)
# Oils & Ghee
prod(
    "OLIVE-OIL-EV",
    "Extra Virgin Olive Oil",
    "Oils & Ghee",
    "each",
    "9.80",
    ["extra virgin olive oil", "evoo", "extra virgin"],
    ["olive oil", "oil"],
    [
        ("OLIVE-OIL-EV-1L", "1L Bottle", "VOLUME", "9.80", ["evoo 1l"]),
        ("OLIVE-OIL-EV-5L", "5L Tin", "VOLUME", "42.00", ["evoo 5l"]),
    ],
)
prod(
    "OLIVE-POMACE-5",
    "Olive Pomace Oil 5L Tin",
    "Oils & Ghee",
    "each",
    "21.00",
    ["pomace oil", "olive pomace", "pomace"],
    ["olive oil", "oil"],
)
prod(
    "SUNFLOWER-20",
    "Sunflower Oil 20L Bag-in-Box",
    "Oils & Ghee",
    "each",
    "34.00",
    ["sunflower oil", "sunflower 20l", "aycicek yagi", "bib sunflower"],
    ["oil", "frying oil"],
)
prod(
    "GHEE-BUTTER-2",
    "Pure Butter Ghee 2kg",
    "Oils & Ghee",
    "tub",
    "26.50",
    ["butter ghee", "pure ghee", "desi ghee"],
    ["ghee"],
)
prod(
    "GHEE-VEG-2",
    "Vegetable Ghee 2kg",
    "Oils & Ghee",
    "tub",
    "9.90",
    ["vegetable ghee", "veg ghee", "vanaspati"],
    ["ghee"],
)
# Pastes & Sauces
prod(
    "TAHINI",
    "Lebanese Tahini",
    "Pastes & Sauces",
    "each",
    "7.40",
    ["tahini", "tahina", "tahin", "tehina"],
    ["sesame paste"],
    [
        ("TAHINI-1KG", "1kg Jar", "WEIGHT", "7.40", ["tahini jar"]),
        ("TAHINI-3KG", "3kg Tub", "WEIGHT", "19.80", ["tahini tub"]),
        ("TAHINI-18KG", "18kg Drum", "WEIGHT", "99.00", ["tahini drum"]),
    ],
)
prod(
    "HARISSA-6",
    "Harissa Paste 6 x 380g",
    "Pastes & Sauces",
    "pack",
    "15.60",
    ["harissa", "harissa paste"],
    ["chilli paste"],
)
prod(
    "TOMATO-PASTE-6",
    "Tomato Paste 6 x 830g",
    "Pastes & Sauces",
    "case",
    "13.80",
    ["tomato paste", "domates salcasi", "tomato puree", "concentre de tomate"],
    ["paste", "tomato"],
)
prod(
    "PEPPER-PASTE-HOT",
    "Hot Pepper Paste 6 x 1.65kg",
    "Pastes & Sauces",
    "case",
    "27.00",
    ["hot pepper paste", "aci biber salcasi", "aci biber"],
    ["pepper paste", "salca"],
)
prod(
    "PEPPER-PASTE-MILD",
    "Mild Pepper Paste 6 x 1.65kg",
    "Pastes & Sauces",
    "case",
    "26.00",
    ["mild pepper paste", "tatli biber salcasi", "tatli biber"],
    ["pepper paste", "salca"],
)
prod(
    "GG-PASTE-1",
    "Ginger Garlic Paste 1kg",
    "Pastes & Sauces",
    "tub",
    "4.20",
    ["ginger garlic paste", "garlic ginger paste", "gg paste"],
    ["paste"],
)
prod(
    "TOUM-2",
    "Garlic Sauce (Toum) 2kg",
    "Pastes & Sauces",
    "tub",
    "13.00",
    ["toum", "garlic sauce", "toum sauce"],
    ["sauce", "garlic"],
)
prod(
    "MANGO-CHUTNEY",
    "Sweet Mango Chutney 2.7kg",
    "Pastes & Sauces",
    "tub",
    "10.50",
    ["mango chutney", "sweet chutney"],
    ["chutney"],
)
prod(
    "LIME-PICKLE",
    "Lime Pickle 5kg",
    "Pastes & Sauces",
    "tub",
    "17.00",
    ["lime pickle", "nimbu achar"],
    ["pickle", "achar"],
)
prod(
    "MANGO-PICKLE",
    "Mango Pickle 5kg",
    "Pastes & Sauces",
    "tub",
    "16.00",
    ["mango pickle", "aam achar"],
    ["pickle", "achar"],
)
# Syrups & Flower Waters
prod(
    "POM-MOLASSES",
    "Pomegranate Molasses 12 x 500ml",
    "Syrups & Flower Waters",
    "case",
    "36.00",
    ["pomegranate molasses", "nar eksisi", "dibs rumman", "pom molasses"],
    ["molasses", "pomegranate"],
)
prod(
    "ROSE-WATER",
    "Rose Water 12 x 250ml",
    "Syrups & Flower Waters",
    "case",
    "14.40",
    ["rose water", "rosewater", "eau de rose", "gul suyu"],
    ["flower water"],
)
prod(
    "BLOSSOM-WATER",
    "Orange Blossom Water 12 x 250ml",
    "Syrups & Flower Waters",
    "case",
    "15.00",
    ["orange blossom water", "orange flower water", "eau de fleur d'oranger", "mazaher"],
    ["flower water"],
)
# Tinned & Jarred
prod(
    "CHICKPEA-TIN",
    "Chickpeas in Water",
    "Tinned & Jarred",
    "case",
    "12.60",
    ["tinned chickpeas", "canned chickpeas", "chickpea tins", "garbanzos cocidos"],
    ["chickpeas", "tins"],
    [
        ("CHICKPEA-TIN-800", "12 x 800g", "SIZE", "12.60", ["chickpeas 800g"]),
        ("CHICKPEA-TIN-2500", "6 x 2.5kg", "SIZE", "17.40", ["chickpeas 2.5kg"]),
    ],
)
prod(
    "FOUL-TIN",
    "Foul Medames 24 x 400g",
    "Tinned & Jarred",
    "case",
    "22.00",
    ["foul medames", "ful medames", "foul"],
    ["fava", "tins"],
)
prod(
    "TOMATO-CHOPPED",
    "Chopped Tomatoes 6 x 2.5kg",
    "Tinned & Jarred",
    "case",
    "14.20",
    ["chopped tomatoes", "tinned tomatoes", "tomate triturado"],
    ["tomatoes", "tins"],
)
prod(
    "DOLMA-TIN",
    "Stuffed Vine Leaves (Dolma) 12 x 400g",
    "Tinned & Jarred",
    "case",
    "26.40",
    ["dolma", "dolmades", "stuffed vine leaves", "yaprak sarma"],
    ["vine leaves"],
)
prod(
    "VINE-LEAVES-2",
    "Grape Vine Leaves in Brine 2kg",
    "Tinned & Jarred",
    "each",
    "8.60",
    ["vine leaves in brine", "brined vine leaves", "asma yapragi"],
    ["vine leaves"],
)
# Olives & Pickles
prod(
    "OLIVE-KALA-WHOLE",
    "Kalamata Olives Whole 2kg",
    "Olives & Pickles",
    "tub",
    "13.90",
    ["whole kalamata", "kalamata with stones", "kalamata whole"],
    ["olives", "kalamata"],
)
prod(
    "OLIVE-KALA-PITTED",
    "Kalamata Olives Pitted 2kg",
    "Olives & Pickles",
    "tub",
    "16.40",
    ["pitted kalamata", "kalamata pitted", "stoneless kalamata"],
    ["olives", "kalamata"],
)
prod(
    "OLIVE-GREEN-SLICED",
    "Sliced Green Olives 2kg",
    "Olives & Pickles",
    "tub",
    "9.80",
    ["sliced green olives", "green olive slices"],
    ["olives"],
)
prod(
    "OLIVE-GEMLIK",
    "Gemlik Black Olives 2kg",
    "Olives & Pickles",
    "tub",
    "14.20",
    ["gemlik", "gemlik olives", "siyah zeytin"],
    ["olives", "black olives"],
)
prod(
    "TURNIP-PINK",
    "Pink Pickled Turnips 2.5kg",
    "Olives & Pickles",
    "tub",
    "7.90",
    ["pickled turnips", "pink turnips", "torshi lift"],
    ["pickles"],
)
prod(
    "PICKLES-MIXED",
    "Mixed Turkish Pickles (Tursu) 5kg",
    "Olives & Pickles",
    "tub",
    "11.40",
    ["tursu", "mixed pickles", "turkish pickles"],
    ["pickles"],
)
# Flatbreads
prod(
    "PITTA-WHITE",
    "White Pitta Bread (pack of 6)",
    "Flatbreads",
    "pack",
    "0.95",
    ["white pitta", "pitta", "pita"],
    ["bread", "pitta"],
)
prod(
    "PITTA-WHOLEMEAL",
    "Wholemeal Pitta Bread (pack of 6)",
    "Flatbreads",
    "pack",
    "1.10",
    ["wholemeal pitta", "brown pitta", "wholewheat pita"],
    ["bread", "pitta"],
)
prod(
    "LEB-BREAD",
    "Lebanese Flatbread (pack of 10)",
    "Flatbreads",
    "pack",
    "2.40",
    ["lebanese bread", "khubz", "arabic bread", "pain libanais"],
    ["bread", "flatbread"],
    [
        ("LEB-BREAD-10", "Medium 10 inch", "SIZE", "2.40", ["10 inch lebanese"]),
        ("LEB-BREAD-12", "Large 12 inch", "SIZE", "2.90", ["12 inch lebanese"]),
    ],
)
prod(
    "NAAN-PLAIN",
    "Plain Naan (pack of 5)",
    "Flatbreads",
    "pack",
    "2.60",
    ["naan", "plain naan", "nan bread"],
    ["bread", "naan"],
)
prod(
    "NAAN-GARLIC",
    "Garlic & Coriander Naan (pack of 5)",
    "Flatbreads",
    "pack",
    "2.90",
    ["garlic naan", "garlic coriander naan"],
    ["bread", "naan"],
)
prod(
    "LAVASH",
    "Lavash Wraps 30cm (pack of 10)",
    "Flatbreads",
    "pack",
    "2.20",
    ["lavash", "lavas", "durum bread", "durum wraps"],
    ["wraps", "flatbread"],
)
prod(
    "PARATHA-FROZEN",
    "Frozen Plain Paratha (pack of 20)",
    "Flatbreads",
    "pack",
    "5.90",
    ["paratha", "parotta", "frozen paratha"],
    ["bread", "frozen"],
)
# Pastry
prod(
    "FILO-12",
    "Filo Pastry 12 x 450g",
    "Pastry",
    "case",
    "28.80",
    ["filo", "phyllo", "fillo", "baklavalik yufka"],
    ["pastry"],
)
prod(
    "KATAIFI-12",
    "Kataifi Shredded Pastry 12 x 400g",
    "Pastry",
    "case",
    "30.00",
    ["kataifi", "kadayif", "kunafa dough", "knafeh dough"],
    ["pastry"],
)
# Chilled Dairy
prod(
    "HALLOUMI",
    "Cypriot Halloumi",
    "Chilled Dairy",
    "case",
    "34.80",
    ["halloumi", "hellim", "halloumi cheese"],
    ["cheese"],
    [
        ("HALLOUMI-250", "12 x 250g", "WEIGHT", "34.80", ["halloumi 250g"]),
        ("HALLOUMI-1KG", "6 x 1kg", "WEIGHT", "66.00", ["halloumi 1kg"]),
    ],
)
prod(
    "FETA-PDO-2",
    "Greek Feta PDO 2kg Tin",
    "Chilled Dairy",
    "each",
    "21.50",
    ["feta", "greek feta", "feta pdo"],
    ["cheese"],
)
prod(
    "BEYAZ-PEYNIR",
    "Turkish White Cheese (Beyaz Peynir) 2kg",
    "Chilled Dairy",
    "each",
    "14.80",
    ["beyaz peynir", "turkish white cheese", "white cheese"],
    ["cheese"],
)
prod(
    "LABNEH-2",
    "Labneh 2kg",
    "Chilled Dairy",
    "tub",
    "11.50",
    ["labneh", "labne", "lebne"],
    ["strained yoghurt"],
)
prod(
    "YOG-GREEK-5",
    "Greek Style Yoghurt 10% 5kg",
    "Chilled Dairy",
    "tub",
    "13.20",
    ["greek yoghurt", "greek style yogurt", "suzme yogurt"],
    ["yoghurt", "yogurt"],
)
prod(
    "YOG-NATURAL-5",
    "Natural Yoghurt 3.5% 5kg",
    "Chilled Dairy",
    "tub",
    "8.40",
    ["natural yoghurt", "plain yoghurt", "dahi"],
    ["yoghurt", "yogurt"],
)
prod("PANEER-1", "Paneer Block 1kg", "Chilled Dairy", "each", "8.90", ["paneer", "paneer block"], ["cheese"])
# Drinks
prod(
    "AYRAN-20",
    "Ayran Yoghurt Drink 20 x 250ml",
    "Drinks",
    "case",
    "11.00",
    ["ayran", "yoghurt drink"],
    ["drink"],
)
prod(
    "MANGO-LASSI-12", "Mango Lassi 12 x 300ml", "Drinks", "case", "13.20", ["mango lassi", "lassi"], ["drink"]
)
prod(
    "GAZOZ-GLASS",
    "Uludag Gazoz 24 x 250ml Glass",
    "Drinks",
    "case",
    "17.00",
    ["gazoz glass", "gazoz bottles"],
    ["gazoz", "lemonade"],
)
prod(
    "GAZOZ-CAN",
    "Uludag Gazoz 24 x 330ml Can",
    "Drinks",
    "case",
    "15.50",
    ["gazoz cans", "gazoz can"],
    ["gazoz", "lemonade"],
)
prod(
    "POM-JUICE-12",
    "Pomegranate Juice 12 x 1L",
    "Drinks",
    "case",
    "26.00",
    ["pomegranate juice", "nar suyu"],
    ["juice"],
)
# Tea & Coffee
prod(
    "TEA-TURKISH",
    "Turkish Black Tea",
    "Tea & Coffee",
    "bag",
    "9.50",
    ["turkish tea", "rize tea", "turk cayi", "turkish black tea"],
    ["tea"],
    [
        ("TEA-TURKISH-1KG", "1kg", "WEIGHT", "9.50", ["turkish tea 1kg"]),
        ("TEA-TURKISH-3KG", "3kg", "WEIGHT", "26.00", ["turkish tea 3kg"]),
    ],
)
prod(
    "TEA-ASSAM-CTC",
    "Assam CTC Tea 1kg",
    "Tea & Coffee",
    "bag",
    "8.40",
    ["assam ctc", "ctc tea", "chai leaves", "assam"],
    ["tea"],
)
prod(
    "COFFEE-TURKISH",
    "Turkish Coffee 1kg",
    "Tea & Coffee",
    "bag",
    "16.80",
    ["turkish coffee", "turk kahvesi"],
    ["coffee"],
)
prod(
    "COFFEE-ARABIC",
    "Arabic Coffee with Cardamom 500g",
    "Tea & Coffee",
    "bag",
    "11.40",
    ["arabic coffee", "qahwa", "cardamom coffee"],
    ["coffee"],
)
# Sweets
prod(
    "BAKLAVA-PIST",
    "Pistachio Baklava Tray 2kg",
    "Sweets",
    "tray",
    "38.00",
    ["pistachio baklava", "fistikli baklava"],
    ["baklava"],
)
prod(
    "BAKLAVA-WALNUT",
    "Walnut Baklava Tray 2kg",
    "Sweets",
    "tray",
    "29.00",
    ["walnut baklava", "cevizli baklava"],
    ["baklava"],
)
prod(
    "LOKUM-ROSE",
    "Rose Turkish Delight 1kg",
    "Sweets",
    "box",
    "10.80",
    ["turkish delight", "lokum", "rose lokum"],
    ["sweets"],
)
prod(
    "HALVA-PLAIN",
    "Plain Tahini Halva 2kg",
    "Sweets",
    "each",
    "12.40",
    ["halva", "helva", "plain halva", "halawa"],
    ["halva"],
)
prod(
    "HALVA-PIST",
    "Pistachio Tahini Halva 2kg",
    "Sweets",
    "each",
    "17.80",
    ["pistachio halva", "fistikli helva"],
    ["halva"],
)
# Packaging
prod(
    "FOIL-CONT",
    "Aluminium Foil Containers (case of 500)",
    "Packaging",
    "case",
    "24.00",
    ["foil containers", "foil trays", "alu containers"],
    ["containers", "takeaway"],
    [
        ("FOIL-CONT-1", "No.1", "SIZE", "24.00", ["no1 containers"]),
        ("FOIL-CONT-2", "No.2", "SIZE", "28.00", ["no2 containers"]),
        ("FOIL-CONT-6A", "No.6a", "SIZE", "39.00", ["6a containers"]),
    ],
)
prod(
    "FOIL-LIDS",
    "Board Lids for Foil Containers (case of 500)",
    "Packaging",
    "case",
    "11.00",
    ["foil lids", "board lids", "container lids"],
    ["lids"],
    [
        ("FOIL-LIDS-1", "No.1", "SIZE", "11.00", ["no1 lids"]),
        ("FOIL-LIDS-2", "No.2", "SIZE", "12.50", ["no2 lids"]),
        ("FOIL-LIDS-6A", "No.6a", "SIZE", "16.00", ["6a lids"]),
    ],
)
prod(
    "SAUCE-POTS",
    "Sauce Pots with Lids (case of 1000)",
    "Packaging",
    "case",
    "21.00",
    ["sauce pots", "dip pots", "portion pots"],
    ["pots"],
    [
        ("SAUCE-POTS-2", "2oz", "VOLUME", "21.00", ["2oz pots"]),
        ("SAUCE-POTS-4", "4oz", "VOLUME", "29.00", ["4oz pots"]),
    ],
)
prod(
    "KRAFT-BOX",
    "Kraft Food Boxes (case of 200)",
    "Packaging",
    "case",
    "24.00",
    ["kraft boxes", "kraft food boxes", "takeaway boxes"],
    ["boxes"],
    [
        ("KRAFT-BOX-S", "Small", "SIZE", "24.00", ["small kraft"]),
        ("KRAFT-BOX-M", "Medium", "SIZE", "27.00", ["medium kraft"]),
        ("KRAFT-BOX-L", "Large", "SIZE", "31.00", ["large kraft"]),
    ],
)
prod(
    "KEBAB-BAGS",
    "Greaseproof Kebab Bags (box of 1000)",
    "Packaging",
    "box",
    "17.00",
    ["kebab bags", "wrap bags", "doner bags", "greaseproof bags"],
    ["bags"],
    [
        ("KEBAB-BAGS-W", "White", "COLOR", "18.00", ["white kebab bags"]),
        ("KEBAB-BAGS-B", "Brown", "COLOR", "17.00", ["brown kebab bags"]),
    ],
)
prod(
    "NAPKINS",
    "Dinner Napkins 2-Ply (case of 2000)",
    "Packaging",
    "case",
    "22.00",
    ["napkins", "serviettes", "servetten"],
    ["napkins"],
    [
        ("NAPKINS-W", "White", "COLOR", "22.00", ["white napkins"]),
        ("NAPKINS-R", "Red", "COLOR", "25.00", ["red napkins"]),
        ("NAPKINS-BK", "Black", "COLOR", "25.00", ["black napkins"]),
    ],
)
prod(
    "SKEWERS",
    "Bamboo Skewers (pack of 100)",
    "Packaging",
    "pack",
    "1.40",
    ["bamboo skewers", "skewers", "wooden skewers"],
    ["skewers"],
    [
        ("SKEWERS-20", "20cm", "SIZE", "1.40", ["20cm skewers"]),
        ("SKEWERS-25", "25cm", "SIZE", "1.60", ["25cm skewers"]),
        ("SKEWERS-30", "30cm", "SIZE", "1.90", ["30cm skewers"]),
    ],
)

# Asked for by customers, NOT stocked (documentation only; never used as a label):
NOT_STOCKED = [
    "brown lentils",
    "giant / pearl couscous",
    "semolina",
    "chaat masala",
    "madras curry powder",
    "fresh coriander, parsley, mint",
    "black cardamom",
    "pistachio paste",
    "ready-made hummus",
    "falafel mix",
    "rose harissa",
    "whole green olives",
    "sesame seeds",
    "isot / urfa biber",
    "apple tea",
    "coconut milk",
    "walnuts (walnut baklava is stocked)",
    "gulab jamun",
    "black pepper",
    "sucuk",
    "mahlab",
    "kasseri / kefalotyri",
    "mozzarella",
    "tortilla wraps",
    "oat milk",
]


def training_examples(p):
    a = p["aliases"][0]
    return [f"put {a} on our weekly list", f"restock of {p['name']} needed"]


def catalog_json():
    prods = []
    for p in P:
        q = dict(p)
        q["ai_training_examples"] = training_examples(p)
        prods.append(
            dict(
                sku=q["sku"],
                name=q["name"],
                category=q["category"],
                unit=q["unit"],
                unit_price=q["unit_price"],
                aliases=q["aliases"],
                keywords=q["keywords"],
                ai_training_examples=q["ai_training_examples"],
                variants=q["variants"],
            )
        )
    return {
        "currency": CURRENCY,
        "categories": [{"name": n, "parent": par, "ai_keywords": kw} for n, par, kw in CATEGORIES],
        "products": prods,
    }


PRODUCTS = {p["sku"]: p for p in P}
