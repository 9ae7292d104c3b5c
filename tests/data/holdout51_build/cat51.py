# ruff: noqa  (hand-written data generator of blind set 51, kept as its writer left it)
"""Catalog of set 51: "Selam & Saba Foods Ltd" (GBP), invented distributor of Ethiopian, Eritrean and
Somali restaurant and grocery supply. Hand-written. Prices invented."""

CURRENCY = "GBP"

CATEGORIES = [
    ("Flours & Grains", None, ["teff", "flour", "grain"]),
    ("Teff Flour", "Flours & Grains", ["teff flour", "tef"]),
    ("Other Flours & Grains", "Flours & Grains", ["sorghum", "barley"]),
    ("Bread", None, ["injera", "bread"]),
    ("Spices", None, ["spice", "blend"]),
    ("Spice Blends", "Spices", ["berbere", "mitmita"]),
    ("Whole & Ground Spices", "Spices", ["cardamom", "turmeric"]),
    ("Pulses", None, ["lentils", "peas"]),
    ("Coffee & Tea", None, ["coffee", "tea", "buna"]),
    ("Green Coffee", "Coffee & Tea", ["green beans", "unroasted"]),
    ("Roasted Coffee", "Coffee & Tea", ["roasted beans"]),
    ("Tea & Sugar", "Coffee & Tea", ["shaah", "sugar"]),
    ("Coffee Ceremony & Incense", None, ["ceremony", "incense"]),
    ("Ceremony Ware", "Coffee Ceremony & Incense", ["jebena", "sini"]),
    ("Incense", "Coffee Ceremony & Incense", ["frankincense", "etan", "uunsi"]),
    ("Meat & Poultry", None, ["meat", "halal"]),
    ("Red Meat", "Meat & Poultry", ["camel", "goat", "lamb", "beef"]),
    ("Poultry", "Meat & Poultry", ["chicken"]),
    ("Dairy & Fats", None, ["butter", "ghee"]),
    ("Rice, Pasta & Dry Goods", None, ["rice", "pasta"]),
    ("Rice", "Rice, Pasta & Dry Goods", ["basmati", "bariis"]),
    ("Pasta", "Rice, Pasta & Dry Goods", ["spaghetti", "baasto"]),
    ("Tins, Oils & Pantry", "Rice, Pasta & Dry Goods", ["oil", "tins"]),
    ("Dates & Sweets", None, ["dates", "halwa"]),
    ("Drinks", None, ["drinks", "beer", "water"]),
    ("Disposables", None, ["takeaway", "gloves"]),
]


def V(name, vtype, sku, price, aliases=()):
    return {"name": name, "variant_type": vtype, "sku": sku, "unit_price": price, "ai_aliases": list(aliases)}


# (sku, name, category, unit, price, aliases, keywords, training_examples, variants)
P = []


def add(sku, name, cat, unit, price, aliases=(), kw=(), ex=(), variants=()):
    P.append(
        {
            "sku": sku,
            "name": name,
            "category": cat,
            "unit": unit,
            "unit_price": price,
            "aliases": list(aliases),
            "keywords": list(kw),
            "ai_training_examples": list(ex),
            "variants": list(variants),
        }
    )


# ---- Teff flour and grains
add(
    "TEFF-WHITE",
    "White Teff Flour (Nech Teff)",
    "Teff Flour",
    "bag",
    "18.50",
    ["white teff", "nech teff", "ነጭ ጤፍ"],
    ["teff", "white"],
    ["restock white teff flour bags"],
    [
        V("5kg", "WEIGHT", "TEFF-WHITE-5", "18.50", ["5 kilo white teff"]),
        V("10kg", "WEIGHT", "TEFF-WHITE-10", "34.00"),
        V("25kg", "WEIGHT", "TEFF-WHITE-25", "79.00", ["white teff sack"]),
    ],
)
add(
    "TEFF-BROWN",
    "Brown Teff Flour (Key Teff)",
    "Teff Flour",
    "bag",
    "16.90",
    ["brown teff", "key teff", "red teff", "ቀይ ጤፍ"],
    ["teff", "brown"],
    ["brown teff flour for sour injera"],
    [
        V("5kg", "WEIGHT", "TEFF-BROWN-5", "16.90"),
        V("10kg", "WEIGHT", "TEFF-BROWN-10", "31.00"),
        V("25kg", "WEIGHT", "TEFF-BROWN-25", "72.00"),
    ],
)
add(
    "TEFF-MIXED",
    "Mixed Teff Flour (Sergegna)",
    "Teff Flour",
    "bag",
    "17.20",
    ["mixed teff", "sergegna teff", "ሰርገኛ"],
    ["teff", "mixed"],
    ["sergegna flour bag"],
    [V("5kg", "WEIGHT", "TEFF-MIXED-5", "17.20"), V("25kg", "WEIGHT", "TEFF-MIXED-25", "74.00")],
)
add(
    "TEFF-GRAIN-1",
    "Whole Teff Grain Ivory 1kg",
    "Teff Flour",
    "bag",
    "4.60",
    ["teff grain", "whole teff"],
    ["grain"],
    [],
)
add(
    "INJERA-MIX-2",
    "Quick Injera Mix Teff & Barley 2kg",
    "Teff Flour",
    "bag",
    "7.80",
    ["injera mix"],
    ["mix"],
    [],
)
add(
    "SORGHUM-WHOLE-25",
    "Red Sorghum Whole Grain 25kg",
    "Other Flours & Grains",
    "sack",
    "31.00",
    ["whole sorghum", "mashela sack"],
    ["sorghum"],
    [],
)
add(
    "SORGHUM-FLOUR-5",
    "Sorghum Flour 5kg",
    "Other Flours & Grains",
    "bag",
    "9.40",
    ["sorghum flour", "bur masago"],
    ["sorghum"],
    [],
)
add(
    "BARLEY-BESSO-1",
    "Roasted Barley Flour (Besso) 1kg",
    "Other Flours & Grains",
    "bag",
    "5.20",
    ["besso", "beso", "ቤሶ"],
    ["barley"],
    [],
)
add(
    "KOLO-500",
    "Kolo Roasted Barley Snack 500g (pack of 10)",
    "Other Flours & Grains",
    "pack",
    "19.00",
    ["kolo", "ቆሎ"],
    ["snack"],
    [],
)
add(
    "CHICKPEA-FLOUR-5",
    "Chickpea Flour (Gram) 5kg",
    "Other Flours & Grains",
    "bag",
    "11.00",
    ["chickpea flour", "gram flour"],
    ["chickpea"],
    [],
)

# ---- Injera
add(
    "INJERA-TEFF-10",
    "Fresh Injera 100% Teff (pack of 10)",
    "Bread",
    "pack",
    "9.50",
    ["pure teff injera", "100% teff injera"],
    ["injera"],
    ["fresh injera teff only packs"],
)
add(
    "INJERA-MIXED-10",
    "Fresh Injera Teff & Barley (pack of 10)",
    "Bread",
    "pack",
    "7.50",
    ["barley injera", "teff and barley injera"],
    ["injera"],
    [],
)
add(
    "INJERA-FROZEN-60",
    "Frozen Injera (case of 6 x 10)",
    "Bread",
    "case",
    "39.00",
    ["frozen injera"],
    ["injera", "frozen"],
    [],
)
add(
    "ANEBABERO-10",
    "Anebabero Layered Injera (pack of 10)",
    "Bread",
    "pack",
    "11.00",
    ["anebabero"],
    ["injera"],
    [],
)
add(
    "KITCHA-BREAD-6",
    "Kitcha Flatbread (pack of 6)",
    "Bread",
    "pack",
    "4.20",
    ["kitcha", "qicha"],
    ["bread"],
    [],
)

# ---- Spice blends
add(
    "BERBERE",
    "Berbere Spice Blend",
    "Spice Blends",
    "bag",
    "6.50",
    ["berbere", "በርበሬ", "barbare"],
    ["spice"],
    ["berbere bags for the kitchen"],
    [
        V("500g", "WEIGHT", "BERBERE-500", "6.50"),
        V("1kg", "WEIGHT", "BERBERE-1", "11.90"),
        V("5kg", "WEIGHT", "BERBERE-5", "54.00"),
    ],
)
add(
    "BERBERE-HOT-1",
    "Berbere Extra Hot 1kg",
    "Spice Blends",
    "bag",
    "12.90",
    ["hot berbere", "extra hot berbere"],
    ["spice"],
    [],
)
add(
    "MITMITA-250",
    "Mitmita Chilli Blend 250g",
    "Spice Blends",
    "bag",
    "5.40",
    ["mitmita", "ሚጥሚጣ"],
    ["spice"],
    [],
)
add(
    "SHIRO-MILD",
    "Shiro Powder Mild (Nech Shiro)",
    "Spice Blends",
    "bag",
    "6.80",
    ["nech shiro", "mild shiro"],
    ["shiro"],
    [],
    [V("1kg", "WEIGHT", "SHIRO-MILD-1", "6.80"), V("5kg", "WEIGHT", "SHIRO-MILD-5", "31.00")],
)
add(
    "SHIRO-SPICY-1",
    "Shiro Powder Spicy (Mitin Shiro) 1kg",
    "Spice Blends",
    "bag",
    "7.40",
    ["mitin shiro", "spicy shiro"],
    ["shiro"],
    [],
)
add(
    "SHIRO-TEGABINO-1",
    "Shiro Tegabino Premium 1kg",
    "Spice Blends",
    "bag",
    "9.20",
    ["tegabino", "shiro tegabino"],
    ["shiro"],
    [],
)
add("AWAZE-KEY-500", "Key Wot Spice Mix 500g", "Spice Blends", "bag", "4.90", ["key wot mix"], ["spice"], [])
add(
    "TSEBHI-MIX-1",
    "Tsebhi Spice Mix (Eritrean) 1kg",
    "Spice Blends",
    "bag",
    "10.50",
    ["tsebhi mix", "tsebhi spice"],
    ["spice"],
    [],
)

# ---- Whole & ground spices
add(
    "KORERIMA-500",
    "Korerima Ethiopian Cardamom 500g",
    "Whole & Ground Spices",
    "bag",
    "14.50",
    ["korerima", "ኮረሪማ", "false cardamom"],
    ["cardamom"],
    [],
)
add(
    "CARDAMOM-GREEN-1",
    "Green Cardamom Pods 1kg",
    "Whole & Ground Spices",
    "bag",
    "32.00",
    ["green cardamom", "cardamom pods"],
    ["cardamom"],
    [],
)
add(
    "CARDAMOM-GROUND-500",
    "Ground Cardamom 500g",
    "Whole & Ground Spices",
    "bag",
    "19.00",
    ["ground cardamom"],
    ["cardamom"],
    [],
)
add(
    "FENUGREEK-1",
    "Fenugreek Seed (Abish) 1kg",
    "Whole & Ground Spices",
    "bag",
    "4.10",
    ["fenugreek", "abish", "abesh"],
    ["seed"],
    [],
)
add(
    "TURMERIC-1",
    "Turmeric Ground (Erd) 1kg",
    "Whole & Ground Spices",
    "bag",
    "5.60",
    ["turmeric", "erd", "kurkum"],
    ["ground"],
    [],
)
add(
    "BLACK-CUMIN-500",
    "Black Cumin Seed (Tikur Azmud) 500g",
    "Whole & Ground Spices",
    "bag",
    "6.20",
    ["black cumin", "tikur azmud", "nigella"],
    ["seed"],
    [],
)
add(
    "CUMIN-GROUND-1",
    "Cumin Ground 1kg",
    "Whole & Ground Spices",
    "bag",
    "8.90",
    ["ground cumin", "kamuun"],
    ["cumin"],
    [],
)
add(
    "BESOBELA-100",
    "Besobela Dried Sacred Basil 100g (pack of 10)",
    "Whole & Ground Spices",
    "pack",
    "12.00",
    ["besobela", "ethiopian basil"],
    ["herb"],
    [],
)
add(
    "CINNAMON-500",
    "Cinnamon Sticks 500g",
    "Whole & Ground Spices",
    "bag",
    "6.90",
    ["cinnamon", "qorfe"],
    ["spice"],
    [],
)
add(
    "CLOVES-500",
    "Whole Cloves 500g",
    "Whole & Ground Spices",
    "bag",
    "9.80",
    ["cloves", "qaranfuul"],
    ["spice"],
    [],
)
add(
    "GINGER-GROUND-1",
    "Ginger Ground 1kg",
    "Whole & Ground Spices",
    "bag",
    "6.40",
    ["ground ginger", "zinjibil"],
    ["spice"],
    [],
)

# ---- Pulses
add(
    "LENTIL-RED-SPLIT",
    "Red Split Lentils (Misir Kik)",
    "Pulses",
    "bag",
    "7.50",
    ["red split lentils", "misir kik", "ምስር ክክ"],
    ["lentils"],
    [],
    [V("5kg", "WEIGHT", "LENTIL-RED-SPLIT-5", "7.50"), V("25kg", "WEIGHT", "LENTIL-RED-SPLIT-25", "33.00")],
)
add(
    "LENTIL-RED-WHOLE-5",
    "Red Whole Lentils 5kg",
    "Pulses",
    "bag",
    "7.90",
    ["red whole lentils"],
    ["lentils"],
    [],
)
add("LENTIL-BROWN-5", "Brown Lentils Whole 5kg", "Pulses", "bag", "8.20", ["brown lentils"], ["lentils"], [])
add(
    "SPLIT-PEAS-YELLOW-5",
    "Yellow Split Peas (Ater Kik) 5kg",
    "Pulses",
    "bag",
    "6.30",
    ["yellow split peas", "ater kik", "kik alicha peas"],
    ["peas"],
    [],
)
add(
    "CHICKPEAS-5",
    "Dried Chickpeas 5kg",
    "Pulses",
    "bag",
    "8.60",
    ["chickpeas", "shimbra", "garbanzo"],
    ["pulses"],
    [],
)
add(
    "FAVA-SPLIT-5",
    "Split Fava Beans Dried 5kg",
    "Pulses",
    "bag",
    "7.70",
    ["split fava", "dried fava"],
    ["fava"],
    [],
)
add(
    "FUL-TIN-24",
    "Ful Medames Tinned 24 x 400g",
    "Pulses",
    "case",
    "17.80",
    ["ful medames tins", "tinned ful"],
    ["fava"],
    [],
)

# ---- Green coffee
add(
    "GC-YIRGA-G2",
    "Green Coffee Yirgacheffe Grade 2",
    "Green Coffee",
    "bag",
    "14.00",
    ["green yirgacheffe", "green yirga"],
    ["green coffee"],
    ["unroasted yirga washed"],
    [
        V("1kg", "WEIGHT", "GC-YIRGA-G2-1", "14.00"),
        V("10kg", "WEIGHT", "GC-YIRGA-G2-10", "128.00"),
        V("60kg Sack", "WEIGHT", "GC-YIRGA-G2-60", "690.00", ["jute sack"]),
    ],
)
add(
    "GC-SIDAMO-G2-10",
    "Green Coffee Sidamo Grade 2 10kg",
    "Green Coffee",
    "bag",
    "115.00",
    ["green sidamo"],
    ["green coffee"],
    [],
)
add(
    "GC-HARAR-LB-1",
    "Green Coffee Harar Longberry Grade 4 1kg",
    "Green Coffee",
    "bag",
    "13.20",
    ["green harar", "harar longberry"],
    ["green coffee"],
    [],
)
add(
    "GC-JIMMA-G5-10",
    "Green Coffee Jimma Grade 5 10kg",
    "Green Coffee",
    "bag",
    "88.00",
    ["green jimma", "jimma g5"],
    ["green coffee"],
    [],
)
add(
    "GC-GUJI-G1-1",
    "Green Coffee Guji Natural Grade 1 1kg",
    "Green Coffee",
    "bag",
    "16.50",
    ["green guji", "guji natural"],
    ["green coffee"],
    [],
)
# ---- Roasted coffee
add(
    "RC-YIRGA-1",
    "Roasted Coffee Beans Yirgacheffe 1kg",
    "Roasted Coffee",
    "bag",
    "21.00",
    ["roasted yirgacheffe", "roasted yirga"],
    ["roasted coffee"],
    [],
)
add(
    "RC-SIDAMO-1",
    "Roasted Coffee Beans Sidamo 1kg",
    "Roasted Coffee",
    "bag",
    "19.50",
    ["roasted sidamo"],
    ["roasted coffee"],
    [],
)
add(
    "RC-HARAR-1",
    "Roasted Coffee Beans Harar 1kg",
    "Roasted Coffee",
    "bag",
    "20.00",
    ["roasted harar"],
    ["roasted coffee"],
    [],
)
add(
    "RC-BUNA-BLEND",
    "Jebena Buna House Blend Roasted Beans",
    "Roasted Coffee",
    "bag",
    "17.00",
    ["house blend", "buna blend"],
    ["roasted coffee"],
    [],
    [V("1kg", "WEIGHT", "RC-BUNA-BLEND-1", "17.00"), V("250g", "WEIGHT", "RC-BUNA-BLEND-250", "5.20")],
)
add(
    "RC-GROUND-500",
    "Ethiopian Ground Coffee Medium Roast 500g",
    "Roasted Coffee",
    "bag",
    "9.80",
    ["ground coffee"],
    ["ground"],
    [],
)
# ---- Tea & sugar
add(
    "TEA-KENYA-LOOSE-1",
    "Kenyan Black Tea Loose Leaf 1kg",
    "Tea & Sugar",
    "bag",
    "7.90",
    ["kenyan loose tea", "shaah loose"],
    ["tea"],
    [],
)
add("TEA-BAGS-240", "Black Tea Bags (box of 240)", "Tea & Sugar", "box", "6.20", ["tea bags"], ["tea"], [])
add(
    "TEA-SPICED-100",
    "Spiced Tea with Cinnamon & Clove (box of 100 bags)",
    "Tea & Sugar",
    "box",
    "5.90",
    ["spiced tea", "shai bhaarat"],
    ["tea"],
    [],
)
add(
    "SUGAR-5", "White Granulated Sugar 5kg", "Tea & Sugar", "bag", "5.50", ["granulated sugar"], ["sugar"], []
)
add(
    "SUGAR-STICKS-1000",
    "Sugar Sticks 4g (box of 1000)",
    "Tea & Sugar",
    "box",
    "14.00",
    ["sugar sticks"],
    ["sugar"],
    [],
)

# ---- Ceremony ware
add(
    "JEBENA",
    "Jebena Clay Coffee Pot",
    "Ceremony Ware",
    "each",
    "9.00",
    ["jebena", "ጀበና", "jabana"],
    ["pot"],
    ["clay jebena for buna ceremony"],
    [
        V("Small 0.5L", "SIZE", "JEBENA-S", "9.00", ["small jebena"]),
        V("Medium 1L", "SIZE", "JEBENA-M", "12.00"),
        V("Large 1.5L", "SIZE", "JEBENA-L", "15.00", ["big jebena"]),
    ],
)
add(
    "SINI-CUPS-12",
    "Sini Coffee Cups Porcelain (box of 12)",
    "Ceremony Ware",
    "box",
    "8.50",
    ["sini cups", "cini", "ስኒ"],
    ["cups"],
    [],
    [
        V("White", "COLOR", "SINI-CUPS-12-WHT", "8.50"),
        V("Gold Rim", "COLOR", "SINI-CUPS-12-GLD", "11.00"),
        V("Blue Pattern", "COLOR", "SINI-CUPS-12-BLU", "10.00"),
    ],
)
add(
    "REKEBOT",
    "Rekebot Wooden Coffee Tray",
    "Ceremony Ware",
    "each",
    "24.00",
    ["rekebot", "ረከቦት"],
    ["tray"],
    [],
)
add(
    "ROAST-PAN",
    "Coffee Roasting Pan (Menkeshkesh)",
    "Ceremony Ware",
    "each",
    "13.00",
    ["roasting pan", "menkeshkesh", "mankeshkesh"],
    ["pan"],
    [],
)
add(
    "INCENSE-BURNER",
    "Clay Incense Burner (Girgira / Dabqaad)",
    "Ceremony Ware",
    "each",
    "6.50",
    ["incense burner", "girgira", "dabqaad"],
    ["burner"],
    [],
)
add(
    "POPCORN-2",
    "Popcorn Kernels 2kg",
    "Ceremony Ware",
    "bag",
    "4.40",
    ["popcorn", "fendisha"],
    ["ceremony"],
    [],
)
add(
    "CUPS-PAPER",
    "Paper Coffee Cups White (case of 1000)",
    "Ceremony Ware",
    "case",
    "32.00",
    ["paper cups"],
    ["cups"],
    [],
    [
        V("4oz", "SIZE", "CUPS-PAPER-4", "32.00"),
        V("8oz", "SIZE", "CUPS-PAPER-8", "44.00"),
        V("12oz", "SIZE", "CUPS-PAPER-12", "56.00"),
    ],
)

# ---- Incense
add(
    "FRANK-G1",
    "Frankincense Resin Grade 1 (Maydi)",
    "Incense",
    "bag",
    "12.00",
    ["maydi", "grade 1 frankincense", "beeyo maydi"],
    ["frankincense"],
    ["somali maydi resin"],
    [V("250g", "WEIGHT", "FRANK-G1-250", "12.00"), V("1kg", "WEIGHT", "FRANK-G1-1", "42.00")],
)
add(
    "FRANK-STD-1",
    "Frankincense Resin Standard Grade 1kg",
    "Incense",
    "bag",
    "24.00",
    ["standard frankincense"],
    ["frankincense"],
    [],
)
add(
    "UUNSI-500",
    "Uunsi Somali Incense Blend 500g Jar",
    "Incense",
    "each",
    "11.50",
    ["uunsi", "unsi"],
    ["incense"],
    [],
)
add(
    "BAKHOOR-12",
    "Bakhoor Incense Chips 40g (box of 12)",
    "Incense",
    "box",
    "21.00",
    ["bakhoor", "bukhoor", "بخور"],
    ["incense"],
    [],
)
add(
    "CHARCOAL-33",
    "Quick-Light Charcoal Discs 33mm (box of 10 rolls)",
    "Incense",
    "box",
    "8.80",
    ["charcoal discs", "incense charcoal"],
    ["charcoal"],
    [],
)

# ---- Red meat (by the kg)
add(
    "CAMEL-BONELESS",
    "Camel Meat Boneless",
    "Red Meat",
    "kg",
    "19.50",
    ["boneless camel", "camel boneless"],
    ["camel"],
    [],
)
add(
    "CAMEL-BONEIN",
    "Camel Meat Bone-in Diced",
    "Red Meat",
    "kg",
    "14.50",
    ["camel bone-in", "camel on the bone"],
    ["camel"],
    [],
)
add("CAMEL-HUMP", "Camel Hump Fat (Kurus)", "Red Meat", "kg", "11.00", ["camel hump", "kurus"], ["camel"], [])
add(
    "GOAT-BONEIN",
    "Goat Meat Bone-in Diced",
    "Red Meat",
    "kg",
    "12.80",
    ["goat bone-in", "diced goat"],
    ["goat"],
    [],
)
add("GOAT-LEG", "Goat Leg Whole", "Red Meat", "kg", "13.90", ["goat leg", "goat legs"], ["goat"], [])
add(
    "GOAT-CARCASS",
    "Goat Whole Carcass (approx. 12kg)",
    "Red Meat",
    "each",
    "150.00",
    ["whole goat", "goat carcass"],
    ["goat"],
    [],
)
add("LAMB-LEG", "Lamb Leg Bone-in", "Red Meat", "kg", "12.50", ["lamb leg"], ["lamb"], [])
add("LAMB-SHOULDER", "Lamb Shoulder Diced", "Red Meat", "kg", "11.80", ["lamb shoulder"], ["lamb"], [])
add(
    "BEEF-KITFO",
    "Lean Beef Topside for Kitfo",
    "Red Meat",
    "kg",
    "15.50",
    ["kitfo beef", "kitfo meat", "ክትፎ"],
    ["beef"],
    [],
)
add(
    "BEEF-TIBS",
    "Beef Tibs Cubes",
    "Red Meat",
    "kg",
    "12.90",
    ["tibs beef", "beef tibs", "tibs meat"],
    ["beef"],
    [],
)
add("BEEF-MINCE", "Beef Mince 15% Fat", "Red Meat", "kg", "8.40", ["beef mince", "minced beef"], ["beef"], [])
add(
    "TRIPE-HONEYCOMB",
    "Honeycomb Tripe (for Dulet)",
    "Red Meat",
    "kg",
    "6.20",
    ["honeycomb tripe", "dulet tripe"],
    ["offal"],
    [],
)
add("LIVER-LAMB", "Lamb Liver", "Red Meat", "kg", "5.40", ["lamb liver", "beer ido"], ["offal"], [])
# ---- Poultry
add(
    "CHICKEN-WHOLE-10",
    "Halal Whole Chicken 1.2kg (box of 10)",
    "Poultry",
    "box",
    "32.00",
    ["whole chickens", "whole chicken box"],
    ["chicken"],
    [],
)
add(
    "CHICKEN-LEGS-10",
    "Halal Chicken Legs 10kg Box",
    "Poultry",
    "box",
    "28.00",
    ["chicken legs", "chicken leg quarters"],
    ["chicken"],
    [],
)
add(
    "CHICKEN-THIGH-5",
    "Halal Chicken Thigh Fillets Boneless 5kg Box",
    "Poultry",
    "box",
    "31.00",
    ["chicken thigh fillets", "boneless thighs"],
    ["chicken"],
    [],
)
add(
    "CHICKEN-DORO-10",
    "Halal Doro Wot Cut Chicken (12 pieces) (box of 10)",
    "Poultry",
    "box",
    "39.00",
    ["doro wot cut", "doro cut chicken"],
    ["chicken"],
    [],
)

# ---- Dairy & fats
add(
    "NITER-KIBBEH",
    "Niter Kibbeh Spiced Butter",
    "Dairy & Fats",
    "tub",
    "8.90",
    ["niter kibbeh", "kibbeh", "ንጥር ቅቤ", "tesmi"],
    ["butter"],
    ["spiced clarified butter tubs"],
    [
        V("500g", "WEIGHT", "NITER-KIBBEH-500", "8.90"),
        V("1kg", "WEIGHT", "NITER-KIBBEH-1", "16.50"),
        V("5kg", "WEIGHT", "NITER-KIBBEH-5", "76.00"),
    ],
)
add(
    "GHEE-BUTTER",
    "Pure Butter Ghee Tin",
    "Dairy & Fats",
    "tub",
    "13.50",
    ["butter ghee", "pure ghee", "subag saafi"],
    ["ghee"],
    [],
    [V("1kg", "WEIGHT", "GHEE-BUTTER-1", "13.50"), V("2kg", "WEIGHT", "GHEE-BUTTER-2", "25.00")],
)
add(
    "GHEE-VEG-2",
    "Vegetable Ghee 2kg Tin",
    "Dairy & Fats",
    "tub",
    "7.90",
    ["vegetable ghee", "veg ghee"],
    ["ghee"],
    [],
)
add(
    "AYIB-500",
    "Ayib Fresh Cottage Cheese 500g Tub",
    "Dairy & Fats",
    "tub",
    "3.80",
    ["ayib", "አይብ"],
    ["cheese"],
    [],
)
add(
    "NIDO-2500",
    "Nido Full Cream Milk Powder 2.5kg Tin",
    "Dairy & Fats",
    "each",
    "24.50",
    ["nido"],
    ["milk powder"],
    [],
)

# ---- Rice
add(
    "TILDA-BASMATI",
    "Tilda Pure Basmati Rice",
    "Rice",
    "bag",
    "13.50",
    ["tilda"],
    ["basmati"],
    ["tilda basmati sack 20"],
    [
        V("5kg", "WEIGHT", "TILDA-5", "13.50"),
        V("10kg", "WEIGHT", "TILDA-10", "25.00"),
        V("20kg", "WEIGHT", "TILDA-20", "47.00"),
    ],
)
add(
    "SELLA-GOLDEN-20",
    "Golden Sella Basmati Rice 20kg",
    "Rice",
    "sack",
    "36.00",
    ["golden sella", "sella basmati"],
    ["basmati"],
    [],
)
add(
    "BASMATI-BROKEN-10",
    "Broken Basmati Rice 10kg",
    "Rice",
    "bag",
    "12.00",
    ["broken basmati", "broken rice"],
    ["basmati"],
    [],
)
# ---- Pasta
add(
    "SPAG-BARILLA-24",
    "Barilla Spaghetti No.5 24 x 500g",
    "Pasta",
    "case",
    "26.00",
    ["barilla spaghetti", "barilla no.5"],
    ["spaghetti"],
    [],
)
add(
    "SPAG-CATERING-5",
    "Spaghetti Catering Pack No.3 5kg",
    "Pasta",
    "bag",
    "8.90",
    ["catering spaghetti"],
    ["spaghetti"],
    [],
)
add(
    "MACARONI-24",
    "Macaroni Elbows 24 x 500g",
    "Pasta",
    "case",
    "21.00",
    ["macaroni", "elbow pasta"],
    ["pasta"],
    [],
)
# ---- Pantry
add(
    "TOMATO-PASTE-24",
    "Tomato Paste Tins 24 x 400g",
    "Tins, Oils & Pantry",
    "case",
    "22.00",
    ["tomato paste tins"],
    ["tomato"],
    [],
)
add(
    "TOMATO-PASTE-SACHET-50",
    "Tomato Paste Sachets 70g (case of 50)",
    "Tins, Oils & Pantry",
    "case",
    "12.50",
    ["tomato paste sachets"],
    ["tomato"],
    [],
)
add(
    "OIL-SUNFLOWER-20",
    "Sunflower Oil 20L Drum",
    "Tins, Oils & Pantry",
    "each",
    "34.00",
    ["sunflower oil"],
    ["oil"],
    [],
)
add(
    "OIL-VEG-4X5",
    "Vegetable Oil 4 x 5L",
    "Tins, Oils & Pantry",
    "case",
    "29.00",
    ["vegetable oil"],
    ["oil"],
    [],
)
add(
    "ONIONS-RED-20",
    "Red Onions 20kg Sack",
    "Tins, Oils & Pantry",
    "sack",
    "15.00",
    ["red onions", "key shinkurt"],
    ["onions"],
    [],
)
add(
    "GARLIC-PEELED-1",
    "Peeled Garlic 1kg",
    "Tins, Oils & Pantry",
    "bag",
    "5.90",
    ["peeled garlic"],
    ["garlic"],
    [],
)
# ---- Dates & sweets
add(
    "DATES-MEDJOOL",
    "Medjool Dates 5kg Box",
    "Dates & Sweets",
    "box",
    "42.00",
    ["medjool"],
    ["dates"],
    [],
    [V("Large", "SIZE", "DATES-MEDJOOL-L", "42.00"), V("Jumbo", "SIZE", "DATES-MEDJOOL-J", "52.00")],
)
add("DATES-SUKKARI-3", "Sukkari Dates 3kg Box", "Dates & Sweets", "box", "27.00", ["sukkari"], ["dates"], [])
add(
    "DATES-DEGLET-5",
    "Deglet Nour Dates 5kg Box",
    "Dates & Sweets",
    "box",
    "22.00",
    ["deglet nour"],
    ["dates"],
    [],
)
add(
    "XALWO-1",
    "Xalwo Somali Halwa 1kg Tub",
    "Dates & Sweets",
    "tub",
    "8.50",
    ["xalwo", "somali halwa"],
    ["sweets"],
    [],
)
add(
    "HONEY-1",
    "Ethiopian Honey (Mar) 1kg Jar",
    "Dates & Sweets",
    "each",
    "12.50",
    ["ethiopian honey", "mar honey"],
    ["honey"],
    [],
)
# ---- Drinks
add(
    "AMBO",
    "Ambo Sparkling Mineral Water",
    "Drinks",
    "case",
    "19.00",
    ["ambo"],
    ["water"],
    [],
    [
        V("24 x 330ml Glass", "VOLUME", "AMBO-330", "19.00", ["small ambo"]),
        V("12 x 750ml Glass", "VOLUME", "AMBO-750", "17.50", ["big ambo"]),
    ],
)
add(
    "WATER-STILL-24",
    "Still Spring Water 24 x 500ml",
    "Drinks",
    "case",
    "6.50",
    ["still water"],
    ["water"],
    [],
)
add(
    "BEER-HABESHA-24",
    "Habesha Beer 24 x 330ml Bottle",
    "Drinks",
    "case",
    "28.00",
    ["habesha beer"],
    ["beer"],
    [],
)
add(
    "BEER-STGEORGE-24",
    "St. George Beer 24 x 330ml Bottle",
    "Drinks",
    "case",
    "27.00",
    ["st george beer", "giorgis"],
    ["beer"],
    [],
)
add("BEER-META-24", "Meta Beer 24 x 330ml Bottle", "Drinks", "case", "27.50", ["meta beer"], ["beer"], [])
add("VIMTO-12", "Vimto Cordial 12 x 725ml", "Drinks", "case", "24.00", ["vimto"], ["cordial"], [])
add(
    "MANGO-RANI-24",
    "Rani Mango Juice 24 x 240ml Can",
    "Drinks",
    "case",
    "13.00",
    ["rani mango"],
    ["juice"],
    [],
)
# ---- Disposables
add(
    "CONTAINER-650-250",
    "Takeaway Containers 650ml with Lids (case of 250)",
    "Disposables",
    "case",
    "29.00",
    ["650ml containers"],
    ["containers"],
    [],
)
add(
    "CONTAINER-KRAFT-200",
    "Kraft Injera Takeaway Box Large (case of 200)",
    "Disposables",
    "case",
    "36.00",
    ["kraft injera box", "injera boxes"],
    ["containers"],
    [],
)
add(
    "FOIL-TRAY-6A-500",
    "Foil Containers No.6a (case of 500)",
    "Disposables",
    "case",
    "27.00",
    ["foil 6a", "6a foil"],
    ["foil"],
    [],
)
add(
    "GLOVES-NITRILE",
    "Nitrile Gloves Black (box of 100)",
    "Disposables",
    "box",
    "6.90",
    ["black nitrile gloves"],
    ["gloves"],
    [],
    [
        V("Small", "SIZE", "GLOVES-NIT-S", "6.90"),
        V("Medium", "SIZE", "GLOVES-NIT-M", "6.90"),
        V("Large", "SIZE", "GLOVES-NIT-L", "6.90"),
    ],
)
add(
    "NAPKINS-2PLY",
    "Napkins 2-Ply 33cm (case of 2000)",
    "Disposables",
    "case",
    "21.00",
    ["napkins 2 ply"],
    ["napkins"],
    [],
    [
        V("White", "COLOR", "NAPKINS-2PLY-WHT", "21.00"),
        V("Green", "COLOR", "NAPKINS-2PLY-GRN", "24.00"),
        V("Yellow", "COLOR", "NAPKINS-2PLY-YEL", "24.00"),
    ],
)

CATALOG = {
    "currency": CURRENCY,
    "categories": [{"name": n, "parent": p, "ai_keywords": list(k)} for n, p, k in CATEGORIES],
    "products": P,
}

# bare family words: none of these may be an alias
FAMILY_WORDS = [
    "teff",
    "tef",
    "ጤፍ",
    "injera",
    "እንጀራ",
    "shiro",
    "ሽሮ",
    "cardamom",
    "hel",
    "hayl",
    "lentils",
    "misir",
    "coffee",
    "buna",
    "bun",
    "green coffee",
    "roasted coffee",
    "yirgacheffe",
    "yirga",
    "sidamo",
    "harar",
    "tea",
    "shaah",
    "shai",
    "sugar",
    "cups",
    "frankincense",
    "etan",
    "lubaan",
    "luban",
    "beeyo",
    "incense",
    "camel",
    "hilib geel",
    "goat",
    "ari",
    "hilib ari",
    "fiyel",
    "lamb",
    "beef",
    "siga",
    "chicken",
    "doro",
    "digaag",
    "dajaj",
    "ghee",
    "subag",
    "samn",
    "butter",
    "basmati",
    "bariis",
    "rice",
    "ruz",
    "spaghetti",
    "baasto",
    "pasta",
    "tomato paste",
    "oil",
    "saliid",
    "dates",
    "timir",
    "tamr",
    "temir",
    "water",
    "beer",
    "bira",
    "sorghum",
    "mashela",
    "masago",
    "ful",
    "fava",
    "containers",
]
