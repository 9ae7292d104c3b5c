# ruff: noqa  (hand-written data generator of blind set 58, kept as its writer left it)
"""Catalog of "Mvule Trade Supplies Ltd" (GBP): East African and Indian-East African grocery and
restaurant supply. Hand-written. Brand names are real products as a distributor would list them;
the own label "Mvule" and all prices are invented."""

CURRENCY = "GBP"
DISTRIBUTOR = "Mvule Trade Supplies Ltd"

CATEGORIES = [
    ("Flours & Grains", None, ["unga", "flour", "rice", "grains"]),
    ("Fresh & Frozen Produce", None, ["produce", "mboga", "vegetables"]),
    ("Meat & Fish", None, ["nyama", "samaki", "meat", "fish"]),
    ("Pantry", None, ["pantry", "dry goods"]),
    ("Drinks", None, ["drinks", "vinywaji"]),
    ("Oils & Ghee", None, ["mafuta", "oil", "ghee"]),
    ("Maize Flour", "Flours & Grains", ["ugali", "posho", "kawunga"]),
    ("Wheat & Millet Flour", "Flours & Grains", ["chapati", "atta", "wimbi"]),
    ("Rice", "Flours & Grains", ["mchele", "pishori", "basmati"]),
    ("Pulses", "Flours & Grains", ["beans", "ndengu", "dal"]),
    ("Baking Mixes", "Flours & Grains", ["mandazi", "mahamri"]),
    ("Frozen Greens", "Fresh & Frozen Produce", ["sukuma", "managu", "kienyeji greens"]),
    ("Fresh Produce", "Fresh & Frozen Produce", ["matoke", "cassava", "sweet potato"]),
    ("Frozen Cassava", "Fresh & Frozen Produce", ["mogo", "cassava chips"]),
    ("Goat", "Meat & Fish", ["mbuzi", "goat"]),
    ("Beef & Poultry", "Meat & Fish", ["beef", "kuku", "smokies"]),
    ("Fish", "Meat & Fish", ["tilapia", "omena", "dagaa"]),
    ("Tea", "Pantry", ["chai", "majani", "tea"]),
    ("Spices & Mixes", "Pantry", ["masala", "royco", "spices"]),
    ("Sugar", "Pantry", ["sukari", "sugar"]),
    ("Sauces & Pickles", "Pantry", ["pili pili", "achar", "athanu"]),
    ("Snacks & Pastry", "Pantry", ["samosa", "chevdo", "pastry"]),
    ("Beer & Cider", "Drinks", ["beer", "tusker", "lager"]),
    ("Soft Drinks & Water", "Drinks", ["soda", "stoney", "water"]),
    ("Ghee & Fat", "Oils & Ghee", ["ghee", "kimbo"]),
    ("Cooking Oil", "Oils & Ghee", ["cooking oil", "jerrican"]),
]

# Bare family words: each names two or more products and never one of them (no alias may be one).
FAMILY_WORDS = [
    "unga",
    "maize flour",
    "maize meal",
    "ugali flour",
    "posho",
    "kawunga",
    "flour",
    "chapati flour",
    "atta",
    "rice",
    "basmati",
    "mchele",
    "umuceri",
    "beans",
    "maharagwe",
    "ibishyimbo",
    "ndengu",
    "green grams",
    "mboga",
    "greens",
    "frozen greens",
    "matoke",
    "ebitooke",
    "ibitoke",
    "green bananas",
    "cassava",
    "mogo",
    "muhogo",
    "muwogo",
    "imyumbati",
    "sweet potatoes",
    "viazi vitamu",
    "lumonde",
    "ibijumba",
    "goat",
    "mbuzi",
    "goat meat",
    "embuzi",
    "beef",
    "nyama",
    "tilapia",
    "ngege",
    "fish",
    "samaki",
    "omena",
    "dagaa",
    "mukene",
    "indagara",
    "tea",
    "chai",
    "majani",
    "ketepa",
    "kericho gold",
    "rwenzori",
    "chai masala",
    "masala",
    "royco",
    "mchuzi mix",
    "sugar",
    "sukari",
    "tusker",
    "beer",
    "lager",
    "fanta",
    "soda",
    "ghee",
    "ktc",
    "oil",
    "cooking oil",
    "mafuta",
    "pastry",
    "pickle",
    "achar",
    "athanu",
    "mango pickle",
    "chilli sauce",
    "pili pili",
    "uji",
    "jogoo",
    "pembe",
    "elephant",
    "elephant atta",
    "amatooke",
    "matooke",
    "patti",
]

_P = []


def V(sku, name, vtype, price, aliases=()):
    return {"sku": sku, "name": name, "variant_type": vtype, "unit_price": price, "ai_aliases": list(aliases)}


def P(sku, name, cat, unit, price, aliases=(), keywords=(), variants=()):
    ex = [
        "catalogue line: %s (%s)" % (name, unit),
        "supply request for %s, billed per %s" % (name.lower(), unit),
    ]
    _P.append(
        {
            "sku": sku,
            "name": name,
            "category": cat,
            "unit": unit,
            "unit_price": price,
            "aliases": list(aliases),
            "keywords": list(keywords),
            "ai_training_examples": ex,
            "variants": list(variants),
        }
    )


# ---- Maize flour
P(
    "JOGOO-MM",
    "Jogoo Maize Meal Sifted White",
    "Maize Flour",
    "bag",
    "4.20",
    ["jogoo maize meal", "jogoo sifted", "jogoo bags"],
    ["ugali", "sifted"],
    [
        V("JOGOO-MM-5", "5kg", "WEIGHT", "4.20", ["jogoo 5kg", "jogoo 5 kilo"]),
        V("JOGOO-MM-10", "10kg", "WEIGHT", "7.90", ["jogoo 10kg", "jogoo 10 kilo"]),
    ],
)
P(
    "JOGOO-BALE",
    "Jogoo Maize Meal Bale 12 x 2kg",
    "Maize Flour",
    "pack",
    "19.80",
    ["jogoo bale", "bale ya jogoo", "jogoo 2kg bale"],
    ["bale", "2kg"],
)
P(
    "PEMBE-BALE",
    "Pembe Maize Flour Bale 12 x 2kg",
    "Maize Flour",
    "pack",
    "18.90",
    ["pembe bale", "pembe 2kg bale"],
    ["bale", "pembe"],
)
P(
    "PEMBE-10",
    "Pembe Maize Flour 10kg",
    "Maize Flour",
    "bag",
    "7.40",
    ["pembe 10kg", "pembe 10 kilo"],
    ["pembe"],
)
P(
    "DOLA-DONA",
    "Dola Whole Maize Meal (Dona) 2kg",
    "Maize Flour",
    "bag",
    "2.10",
    ["dola", "dona", "unga wa dona", "whole maize meal"],
    ["unsifted", "dona"],
)
P(
    "POSHO-25",
    "Nile Mills Posho White Maize Flour 25kg Sack",
    "Maize Flour",
    "sack",
    "16.50",
    ["nile mills posho", "posho sack", "posho 25kg", "kawunga 25kg"],
    ["posho", "uganda"],
)
# ---- Wheat & millet
P(
    "EXE-CHAPATI",
    "EXE Chapati Flour",
    "Wheat & Millet Flour",
    "bag",
    "2.60",
    ["exe", "exe chapati", "exe flour"],
    ["chapati", "all purpose"],
    [
        V("EXE-CHAPATI-2", "2kg", "WEIGHT", "2.60", ["exe 2kg"]),
        V("EXE-CHAPATI-10", "10kg", "WEIGHT", "11.50", ["exe 10kg"]),
    ],
)
P(
    "AJAB-2KG",
    "Ajab Home Baking Flour 2kg",
    "Wheat & Millet Flour",
    "bag",
    "2.45",
    ["ajab", "ajab home baking"],
    ["baking flour"],
)
P(
    "ELEPHANT-MED",
    "Elephant Atta Medium Chapatti Flour",
    "Wheat & Millet Flour",
    "bag",
    "9.80",
    ["elephant atta medium", "elephant medium"],
    ["atta", "chapatti"],
    [
        V("ELEPHANT-MED-10", "10kg", "WEIGHT", "9.80", ["elephant 10kg"]),
        V("ELEPHANT-MED-20", "20kg", "WEIGHT", "18.40", ["elephant 20kg"]),
    ],
)
P(
    "ELEPHANT-WHOLE",
    "Elephant Atta Wholemeal Chapatti Flour 10kg",
    "Wheat & Millet Flour",
    "bag",
    "10.20",
    ["elephant wholemeal", "elephant atta wholemeal", "wholemeal atta"],
    ["atta", "wholemeal"],
)
P(
    "WIMBI-2KG",
    "Wimbi Finger Millet Flour 2kg",
    "Wheat & Millet Flour",
    "bag",
    "4.60",
    ["wimbi", "finger millet flour", "bulo"],
    ["millet", "uji"],
)
P(
    "UJI-MIX",
    "Uji Power Millet & Sorghum Porridge Flour 1kg (pack of 10)",
    "Wheat & Millet Flour",
    "pack",
    "21.00",
    ["uji power", "porridge flour", "sorghum porridge"],
    ["uji", "mtama"],
)
P(
    "CASSAVA-FLOUR",
    "Cassava Flour (Muhogo) 2kg",
    "Wheat & Millet Flour",
    "bag",
    "3.90",
    ["cassava flour", "unga wa muhogo", "ifu y'imyumbati", "kawunga ka muwogo"],
    ["ubugari", "cassava"],
)
P(
    "BESAN",
    "Gram Flour (Besan) 2kg",
    "Wheat & Millet Flour",
    "bag",
    "3.70",
    ["besan", "gram flour", "chana no lot", "બેસન"],
    ["bhajia", "gujarati"],
)
# ---- Baking mixes
P(
    "MANDAZI-MIX",
    "Mvule Mandazi Mix",
    "Baking Mixes",
    "bag",
    "2.20",
    ["mandazi mix", "mvule mandazi"],
    ["mandazi", "maandazi"],
    [
        V("MANDAZI-MIX-1", "1kg", "WEIGHT", "2.20", ["mandazi mix 1kg"]),
        V("MANDAZI-MIX-5", "5kg", "WEIGHT", "9.60", ["mandazi mix 5kg"]),
    ],
)
P(
    "MAHAMRI-MIX",
    "Mvule Mahamri Coconut Mix 1kg",
    "Baking Mixes",
    "bag",
    "2.55",
    ["mahamri mix", "mahamri"],
    ["coconut", "pwani"],
)
# ---- Rice & pulses
P(
    "PISHORI",
    "Mwea Pishori Rice",
    "Rice",
    "bag",
    "7.50",
    ["pishori", "mwea pishori"],
    ["pishori", "aromatic"],
    [
        V("PISHORI-5", "5kg", "WEIGHT", "7.50", ["pishori 5kg"]),
        V("PISHORI-10", "10kg", "WEIGHT", "14.20", ["pishori 10kg"]),
        V("PISHORI-25", "25kg", "WEIGHT", "33.00", ["pishori 25kg", "gunia la pishori"]),
    ],
)
P(
    "TILDA-BASMATI",
    "Tilda Pure Basmati Rice",
    "Rice",
    "bag",
    "21.50",
    ["tilda", "tilda basmati"],
    ["basmati"],
    [
        V("TILDA-BASMATI-10", "10kg", "WEIGHT", "21.50", ["tilda 10kg"]),
        V("TILDA-BASMATI-20", "20kg", "WEIGHT", "41.00", ["tilda 20kg"]),
    ],
)
P(
    "EASTEND-BASMATI",
    "East End Basmati Rice 10kg",
    "Rice",
    "bag",
    "17.90",
    ["east end basmati", "east end rice"],
    ["basmati"],
)
P(
    "SINDANO-25",
    "Sindano Long Grain Rice 25kg Sack",
    "Rice",
    "sack",
    "24.00",
    ["sindano", "sindano rice"],
    ["long grain"],
)
P(
    "NDENGU-2KG",
    "Ndengu Green Grams 2kg",
    "Pulses",
    "bag",
    "4.40",
    ["ndengu 2kg", "green grams 2kg", "moong 2kg"],
    ["ndengu", "moong"],
)
P(
    "NDENGU-25",
    "Ndengu Green Grams 25kg Sack",
    "Pulses",
    "sack",
    "46.00",
    ["ndengu sack", "green grams 25kg", "gunia la ndengu"],
    ["ndengu", "moong"],
)
P("ROSECOCO", "Rosecoco Beans 2kg", "Pulses", "bag", "4.80", ["rosecoco", "rose coco"], ["beans", "wairimu"])
P("NYAYO", "Nyayo Beans 2kg", "Pulses", "bag", "4.60", ["nyayo", "nyayo beans"], ["beans"])
P(
    "YELLOW-BEANS",
    "Yellow Beans (Mayai) 2kg",
    "Pulses",
    "bag",
    "4.90",
    ["yellow beans", "mayai beans", "maharagwe mayai"],
    ["beans"],
)
P("NJAHI", "Njahi Black Beans 1kg", "Pulses", "bag", "3.80", ["njahi", "black beans"], ["beans", "lablab"])
P(
    "TOOR-DAL",
    "Toor Dal 2kg",
    "Pulses",
    "bag",
    "5.20",
    ["toor dal", "tuvar dal", "tuver dal", "તુવેર દાળ"],
    ["dal", "gujarati"],
)
# ---- Frozen greens (sold by the box)
P(
    "SUKUMA",
    "Frozen Sukuma Wiki Chopped",
    "Frozen Greens",
    "box",
    "16.00",
    ["sukuma wiki", "sukuma", "kale chopped"],
    ["sukuma", "collards"],
    [
        V("SUKUMA-20X400", "20 x 400g", "WEIGHT", "16.00", ["sukuma 400g box"]),
        V("SUKUMA-10X1KG", "10 x 1kg", "WEIGHT", "18.50", ["sukuma 1kg box"]),
    ],
)
P(
    "MANAGU",
    "Frozen Managu (African Nightshade) 20 x 400g",
    "Frozen Greens",
    "box",
    "21.00",
    ["managu", "african nightshade", "osuga"],
    ["kienyeji"],
)
P(
    "KUNDE",
    "Frozen Kunde (Cowpea Leaves) 20 x 400g",
    "Frozen Greens",
    "box",
    "20.00",
    ["kunde", "cowpea leaves"],
    ["kienyeji"],
)
P(
    "TERERE",
    "Frozen Terere (Amaranth) 20 x 400g",
    "Frozen Greens",
    "box",
    "20.00",
    ["terere", "amaranth leaves", "dodo"],
    ["kienyeji"],
)
P(
    "SAGA",
    "Frozen Saga (Spider Plant) 20 x 400g",
    "Frozen Greens",
    "box",
    "21.50",
    ["saga", "saget", "spider plant"],
    ["kienyeji"],
)
P(
    "MRENDA",
    "Frozen Mrenda (Jute Mallow) 20 x 400g",
    "Frozen Greens",
    "box",
    "21.50",
    ["mrenda", "jute mallow", "murere"],
    ["kienyeji"],
)
P(
    "NAKATI",
    "Frozen Nakati 20 x 400g",
    "Frozen Greens",
    "box",
    "22.00",
    ["nakati", "bitter tomato leaves"],
    ["uganda"],
)
# ---- Fresh produce and frozen cassava
P(
    "MATOKE-BUNCH",
    "Matoke Bunch (approx 12-15kg)",
    "Fresh Produce",
    "each",
    "19.00",
    ["matoke bunch", "enkota", "bunch of matoke", "ekitooke kinene"],
    ["matoke"],
)
P(
    "MATOKE-BOX",
    "Matoke Green Bananas Box 18kg",
    "Fresh Produce",
    "box",
    "21.00",
    ["matoke box", "box ya matoke", "ibitoke by the box"],
    ["matoke"],
)
P(
    "GONJA",
    "Gonja Plantain Box 18kg",
    "Fresh Produce",
    "box",
    "22.00",
    ["gonja", "plantain", "ndizi za kuchoma"],
    ["plantain"],
)
P(
    "CASSAVA-FRESH",
    "Fresh Cassava (Mogo) per kg",
    "Fresh Produce",
    "kg",
    "2.40",
    ["fresh cassava", "fresh mogo", "muhogo mbichi"],
    ["cassava"],
)
P(
    "CASSAVA-FROZEN",
    "Frozen Cassava Chunks 10 x 1kg",
    "Frozen Cassava",
    "box",
    "19.50",
    ["frozen cassava chunks", "frozen mogo pieces"],
    ["cassava"],
)
P(
    "MOGO-CHIPS",
    "Frozen Cassava Chips 4 x 2.5kg",
    "Frozen Cassava",
    "box",
    "17.80",
    ["mogo chips", "cassava chips", "chips za mogo"],
    ["cassava", "chips"],
)
P(
    "SWEETPOT-WHITE",
    "Sweet Potatoes White Skin (Uganda) per kg",
    "Fresh Produce",
    "kg",
    "2.10",
    ["white sweet potatoes", "ugandan sweet potatoes"],
    ["lumonde"],
)
P(
    "SWEETPOT-ORANGE",
    "Sweet Potatoes Orange Flesh per kg",
    "Fresh Produce",
    "kg",
    "1.80",
    ["orange sweet potatoes", "orange flesh sweet potato"],
    ["ibijumba"],
)
P(
    "NDUMA",
    "Arrow Roots (Nduma) per kg",
    "Fresh Produce",
    "kg",
    "3.60",
    ["nduma", "arrow roots", "arrowroots", "amayuni"],
    ["taro"],
)
P(
    "GREEN-CHILLI",
    "Green Chillies (Pili Pili Hoho) per kg",
    "Fresh Produce",
    "kg",
    "5.20",
    ["green chillies", "green chilli", "marcha"],
    ["chilli"],
)
# ---- Goat
P(
    "GOAT-LEG",
    "Goat Leg Bone-In Cut (per kg)",
    "Goat",
    "kg",
    "11.50",
    ["goat leg", "mguu wa mbuzi"],
    ["goat", "mbuzi"],
)
P(
    "GOAT-SHOULDER",
    "Goat Shoulder Bone-In Cut (per kg)",
    "Goat",
    "kg",
    "10.80",
    ["goat shoulder", "bega la mbuzi"],
    ["goat", "mbuzi"],
)
P(
    "GOAT-MIXED",
    "Goat Meat Mixed Cut 1 inch Cubes (per kg)",
    "Goat",
    "kg",
    "10.40",
    ["goat cubes", "goat mixed cut", "mbuzi cubes"],
    ["goat", "stew"],
)
P(
    "GOAT-RIBS",
    "Goat Ribs (Mbavu) (per kg)",
    "Goat",
    "kg",
    "9.90",
    ["goat ribs", "mbavu", "mbavu za mbuzi"],
    ["goat", "choma"],
)
P(
    "GOAT-WHOLE",
    "Whole Goat Carcass 12-15kg",
    "Goat",
    "each",
    "135.00",
    ["whole goat", "goat carcass", "mbuzi mzima"],
    ["goat"],
)
# ---- Beef and poultry
P(
    "BEEF-STEW",
    "Beef Stewing Boneless (per kg)",
    "Beef & Poultry",
    "kg",
    "9.60",
    ["boneless beef", "beef stewing boneless", "stewing beef"],
    ["beef"],
)
P(
    "BEEF-BONE",
    "Beef Bone-In Stewing (per kg)",
    "Beef & Poultry",
    "kg",
    "7.20",
    ["beef bone in", "bone-in beef", "nyama ya mifupa"],
    ["beef"],
)
P(
    "BEEF-MINCE",
    "Beef Mince 20% Fat (per kg)",
    "Beef & Poultry",
    "kg",
    "7.80",
    ["beef mince", "mince", "minced beef"],
    ["beef", "samosa"],
)
P(
    "BEEF-TOPSIDE",
    "Beef Topside for Nyama Choma (per kg)",
    "Beef & Poultry",
    "kg",
    "12.90",
    ["topside", "beef topside"],
    ["choma"],
)
P(
    "MATUMBO",
    "Beef Tripe (Matumbo) Cleaned (per kg)",
    "Beef & Poultry",
    "kg",
    "5.40",
    ["matumbo", "tripe", "ebyenda"],
    ["offal"],
)
P("OX-LIVER", "Ox Liver (per kg)", "Beef & Poultry", "kg", "4.90", ["ox liver", "liver", "maini"], ["offal"])
P(
    "KIENYEJI-CHICKEN",
    "Kienyeji Chicken Whole Frozen (approx 1.5kg)",
    "Beef & Poultry",
    "each",
    "9.50",
    ["kienyeji chicken", "kuku kienyeji", "kuku wa kienyeji", "inkoko"],
    ["chicken"],
)
P(
    "SMOKIES",
    "Farmer's Choice Beef Smokies 20 x 50g (1kg)",
    "Beef & Poultry",
    "pack",
    "6.80",
    ["smokies", "farmers choice smokies"],
    ["sausage"],
)
# ---- Fish
P(
    "TILAPIA-WHOLE",
    "Tilapia Whole Gutted & Scaled Frozen 5kg Box",
    "Fish",
    "box",
    "32.00",
    ["whole tilapia", "tilapia whole", "ngege nzima"],
    ["tilapia", "fish"],
    [
        V("TILAPIA-WHOLE-S", "300-500g", "SIZE", "30.00", ["small tilapia", "tilapia 300-500"]),
        V("TILAPIA-WHOLE-M", "500-800g", "SIZE", "32.00", ["medium tilapia", "tilapia 500-800"]),
        V("TILAPIA-WHOLE-L", "800-1200g", "SIZE", "35.00", ["large tilapia", "tilapia 800-1200"]),
    ],
)
P(
    "TILAPIA-FILLET",
    "Tilapia Fillets Skinless Frozen 5kg Box",
    "Fish",
    "box",
    "38.00",
    ["tilapia fillet", "tilapia fillets"],
    ["tilapia", "fish"],
)
P(
    "TILAPIA-SMOKED",
    "Smoked Tilapia (per kg)",
    "Fish",
    "kg",
    "14.00",
    ["smoked tilapia", "ngege ya moshi", "ngege enfumbe"],
    ["tilapia", "smoked"],
)
P(
    "NILE-PERCH",
    "Nile Perch Fillets Frozen 5kg Box",
    "Fish",
    "box",
    "44.00",
    ["nile perch", "mputa", "sangara", "mbuta"],
    ["fish"],
)
P(
    "OMENA-DRIED",
    "Omena Dried Lake Victoria (per kg)",
    "Fish",
    "kg",
    "8.50",
    ["dried omena", "omena kavu", "lake victoria omena"],
    ["omena", "mukene"],
)
P(
    "DAGAA-KIGOMA",
    "Dagaa Kigoma Dried (per kg)",
    "Fish",
    "kg",
    "10.50",
    ["dagaa kigoma", "kigoma dagaa", "lake tanganyika dagaa"],
    ["dagaa", "indagara"],
)
P(
    "OMENA-FROZEN",
    "Frozen Omena 10 x 1kg",
    "Fish",
    "box",
    "62.00",
    ["frozen omena", "omena frozen"],
    ["omena"],
)
# ---- Tea
P(
    "KETEPA-LOOSE",
    "Ketepa Pride Loose Leaf Tea",
    "Tea",
    "pack",
    "3.10",
    ["ketepa loose", "ketepa pride loose", "majani ya ketepa"],
    ["tea", "chai"],
    [
        V("KETEPA-LOOSE-250", "250g", "WEIGHT", "3.10", ["ketepa 250g"]),
        V("KETEPA-LOOSE-500", "500g", "WEIGHT", "5.60", ["ketepa 500g"]),
        V("KETEPA-LOOSE-1K", "1kg", "WEIGHT", "10.40", ["ketepa 1kg"]),
    ],
)
P(
    "KETEPA-BAGS",
    "Ketepa Pride Tea Bags 100s",
    "Tea",
    "box",
    "3.40",
    ["ketepa tea bags", "ketepa bags", "ketepa teabags"],
    ["tea bags"],
)
P(
    "KERICHO-BAGS",
    "Kericho Gold Tea Bags 100s",
    "Tea",
    "box",
    "3.90",
    ["kericho gold tea bags", "kericho bags", "kericho teabags"],
    ["tea bags"],
)
P(
    "KERICHO-LOOSE",
    "Kericho Gold Loose Leaf Tea 500g",
    "Tea",
    "pack",
    "5.90",
    ["kericho gold loose", "kericho loose"],
    ["tea"],
)
P("FAHARI", "Fahari ya Kenya Loose Tea 500g", "Tea", "pack", "4.70", ["fahari", "fahari ya kenya"], ["tea"])
P(
    "RWENZORI-BAGS",
    "Rwenzori Tea Bags 100s",
    "Tea",
    "box",
    "3.60",
    ["rwenzori tea bags", "rwenzori bags"],
    ["tea bags", "uganda"],
)
P(
    "RWENZORI-LOOSE",
    "Rwenzori Loose Tea 1kg",
    "Tea",
    "pack",
    "9.20",
    ["rwenzori loose", "rwenzori loose tea"],
    ["tea", "uganda"],
)
# ---- Spices & mixes
P(
    "CHAI-MASALA",
    "Mvule Chai Masala",
    "Spices & Mixes",
    "bag",
    "4.90",
    ["mvule chai masala", "mvule masala"],
    ["chai masala"],
    [
        V("CHAI-MASALA-250", "250g", "WEIGHT", "4.90", ["mvule masala 250g"]),
        V("CHAI-MASALA-1K", "1kg", "WEIGHT", "16.50", ["mvule masala 1kg"]),
    ],
)
P(
    "TROPICAL-CHAI",
    "Tropical Heat Chai Masala 100g (pack of 12)",
    "Spices & Mixes",
    "pack",
    "14.40",
    ["tropical heat chai masala", "tropical heat chai"],
    ["chai masala"],
)
P(
    "PILAU-MASALA",
    "Tropical Heat Pilau Masala 500g",
    "Spices & Mixes",
    "bag",
    "6.20",
    ["pilau masala", "pilau spice"],
    ["pilau"],
)
P(
    "ROYCO-BEEF",
    "Royco Mchuzi Mix Beef 200g (pack of 12)",
    "Spices & Mixes",
    "pack",
    "13.20",
    ["royco beef", "mchuzi mix beef"],
    ["royco"],
)
P(
    "ROYCO-CHICKEN",
    "Royco Mchuzi Mix Chicken 200g (pack of 12)",
    "Spices & Mixes",
    "pack",
    "13.20",
    ["royco chicken", "mchuzi mix chicken", "royco kuku"],
    ["royco"],
)
P(
    "CARDAMOM",
    "Green Cardamom (Iliki) 1kg",
    "Spices & Mixes",
    "bag",
    "38.00",
    ["cardamom", "iliki", "elaichi", "elchi"],
    ["spice"],
)
P(
    "DHANA-JIRU",
    "Dhana Jiru Powder 1kg",
    "Spices & Mixes",
    "bag",
    "7.40",
    ["dhana jiru", "dhana jeeru", "ધાણા જીરુ"],
    ["gujarati", "spice"],
)
P(
    "MUMIAS-BALE",
    "Mumias Sugar Bale 10 x 2kg",
    "Sugar",
    "pack",
    "17.50",
    ["mumias", "mumias sugar"],
    ["sugar"],
)
P(
    "KAKIRA-50",
    "Kakira Sugar 50kg Sack",
    "Sugar",
    "sack",
    "42.00",
    ["kakira", "kakira sugar"],
    ["sugar", "uganda"],
)
# ---- Sauces, pickles, snacks, pastry
P(
    "PEPTANG",
    "Peptang Hot Chilli Sauce",
    "Sauces & Pickles",
    "bottle",
    "2.30",
    ["peptang", "peptang chilli", "peptang hot"],
    ["chilli sauce"],
    [
        V("PEPTANG-400", "400g", "WEIGHT", "2.30", ["peptang 400g"]),
        V("PEPTANG-700", "700g", "WEIGHT", "3.60", ["peptang 700g"]),
    ],
)
P(
    "ZANZIBAR-PILI",
    "Zanzibar Pili Pili Sauce 12 x 250ml",
    "Sauces & Pickles",
    "case",
    "21.60",
    ["zanzibar pili pili", "zanzibar sauce"],
    ["pili pili"],
)
P(
    "PATAKS-LIME",
    "Patak's Lime Pickle Hot 2.3kg Jar",
    "Sauces & Pickles",
    "each",
    "11.80",
    ["pataks lime", "patak's lime pickle", "lime pickle", "limbu nu athanu"],
    ["pickle"],
)
P(
    "PATAKS-MANGO",
    "Patak's Mango Pickle Extra Hot 283g (case of 6)",
    "Sauces & Pickles",
    "case",
    "12.60",
    ["pataks mango", "patak's mango pickle"],
    ["pickle", "mango"],
)
P(
    "KERI-PICKLE",
    "Gujarati Keri Methia Mango Pickle 5kg Tub",
    "Sauces & Pickles",
    "tub",
    "24.00",
    ["keri methia", "keri nu athanu", "methia keri", "કેરીનું અથાણું"],
    ["pickle", "mango"],
)
P(
    "GARLIC-PICKLE",
    "Ahmed Garlic Pickle 1kg Jar",
    "Sauces & Pickles",
    "each",
    "5.80",
    ["garlic pickle", "lasan athanu", "ahmed garlic"],
    ["pickle"],
)
P(
    "COCONUT-MILK",
    "Chaokoh Coconut Milk 24 x 400ml",
    "Sauces & Pickles",
    "case",
    "26.40",
    ["coconut milk", "tui la nazi", "chaokoh"],
    ["nazi"],
)
P(
    "CHEVDO",
    "Kenyan Chevdo Mix 400g (case of 12)",
    "Snacks & Pastry",
    "case",
    "22.80",
    ["chevdo", "chevda", "kenyan chevdo"],
    ["farsan"],
)
P(
    "SAMOSA-PASTRY",
    "Samosa Pastry Sheets Frozen (pack of 50)",
    "Snacks & Pastry",
    "pack",
    "3.90",
    ["samosa pastry", "samosa sheets", "samosa patti", "manda"],
    ["samosa"],
    [
        V("SAMOSA-PASTRY-5", "5 inch", "SIZE", "3.90", ["small samosa sheets", "5 inch sheets"]),
        V("SAMOSA-PASTRY-8", "8 inch", "SIZE", "4.60", ["8 inch sheets"]),
        V("SAMOSA-PASTRY-10", "10 inch", "SIZE", "5.40", ["10 inch sheets", "large samosa sheets"]),
    ],
)
P(
    "SPRING-ROLL",
    "Spring Roll Pastry 8.5 inch (pack of 50)",
    "Snacks & Pastry",
    "pack",
    "4.40",
    ["spring roll pastry", "spring roll sheets"],
    ["pastry"],
)
P(
    "CHAPATI-FROZEN",
    "Frozen Layered Chapati 20cm (box of 12 packs of 5)",
    "Snacks & Pastry",
    "box",
    "18.00",
    ["frozen chapati", "ready chapati", "chapati za freezer"],
    ["chapati"],
)
# ---- Beer & cider
P(
    "TUSKER",
    "Tusker Lager Bottles",
    "Beer & Cider",
    "case",
    "36.00",
    ["tusker bottles", "tusker lager bottles", "tusker baridi"],
    ["tusker", "lager"],
    [
        V("TUSKER-330", "24 x 330ml", "VOLUME", "36.00", ["tusker 330ml", "tusker small bottles"]),
        V("TUSKER-500", "12 x 500ml", "VOLUME", "26.00", ["tusker 500ml", "tusker big bottles"]),
    ],
)
P(
    "TUSKER-CAN",
    "Tusker Lager Cans 24 x 500ml",
    "Beer & Cider",
    "case",
    "44.00",
    ["tusker cans", "tusker can", "tusker mikebe"],
    ["tusker"],
)
P(
    "TUSKER-MALT",
    "Tusker Malt Lager 12 x 500ml Bottle",
    "Beer & Cider",
    "case",
    "28.00",
    ["tusker malt", "malt"],
    ["tusker"],
)
P(
    "TUSKER-CIDER",
    "Tusker Cider 24 x 330ml Bottle",
    "Beer & Cider",
    "case",
    "38.00",
    ["tusker cider", "cider"],
    ["tusker"],
)
P(
    "WHITECAP",
    "White Cap Lager 12 x 500ml Bottle",
    "Beer & Cider",
    "case",
    "27.00",
    ["white cap", "whitecap", "kofia"],
    ["lager"],
)
P(
    "NILE-SPECIAL",
    "Nile Special Lager 12 x 500ml Bottle",
    "Beer & Cider",
    "case",
    "27.50",
    ["nile special", "nile", "nile beer"],
    ["uganda", "lager"],
)
P(
    "BELL",
    "Bell Lager 12 x 500ml Bottle",
    "Beer & Cider",
    "case",
    "26.50",
    ["bell lager", "bell"],
    ["uganda", "lager"],
)
P(
    "PRIMUS",
    "Primus Lager 12 x 720ml Bottle",
    "Beer & Cider",
    "case",
    "31.00",
    ["primus", "primus lager"],
    ["rwanda", "lager"],
)
P(
    "MUTZIG",
    "Mützig Lager 12 x 500ml Bottle",
    "Beer & Cider",
    "case",
    "29.00",
    ["mutzig", "mützig", "mitzig"],
    ["rwanda", "lager"],
)
# ---- Soft drinks
P(
    "STONEY",
    "Stoney Tangawizi Ginger Soda",
    "Soft Drinks & Water",
    "case",
    "18.00",
    ["stoney", "stoney tangawizi", "tangawizi"],
    ["ginger", "soda"],
    [
        V("STONEY-300", "24 x 300ml Glass", "VOLUME", "18.00", ["stoney glass", "stoney 300ml"]),
        V("STONEY-500", "12 x 500ml PET", "VOLUME", "11.50", ["stoney plastic", "stoney 500ml"]),
    ],
)
P(
    "KREST",
    "Krest Bitter Lemon 24 x 300ml Glass",
    "Soft Drinks & Water",
    "case",
    "18.00",
    ["krest", "bitter lemon"],
    ["soda"],
)
P(
    "FANTA-PASSION",
    "Fanta Passion 24 x 330ml Can",
    "Soft Drinks & Water",
    "case",
    "15.60",
    ["fanta passion", "passion fanta"],
    ["fanta", "soda"],
)
P(
    "FANTA-ORANGE",
    "Fanta Orange 24 x 330ml Can",
    "Soft Drinks & Water",
    "case",
    "14.80",
    ["fanta orange", "orange fanta", "fanta ya orange"],
    ["fanta", "soda"],
)
P(
    "AFIA-MANGO",
    "Afia Mango Juice 12 x 500ml",
    "Soft Drinks & Water",
    "case",
    "13.20",
    ["afia", "afia mango"],
    ["juice"],
)
P(
    "KERINGET",
    "Keringet Still Water 12 x 1.5L",
    "Soft Drinks & Water",
    "case",
    "7.80",
    ["keringet", "keringet water"],
    ["water"],
)
# ---- Ghee, fat, oil
P(
    "KTC-GHEE",
    "KTC Pure Butter Ghee Tin",
    "Ghee & Fat",
    "each",
    "7.90",
    ["ktc pure ghee", "ktc butter ghee", "pure butter ghee"],
    ["ghee"],
    [
        V("KTC-GHEE-500", "500g", "WEIGHT", "7.90", ["ktc ghee 500g"]),
        V("KTC-GHEE-1K", "1kg", "WEIGHT", "14.50", ["ktc ghee 1kg"]),
        V("KTC-GHEE-2K", "2kg", "WEIGHT", "27.00", ["ktc ghee 2kg"]),
    ],
)
P(
    "VEG-GHEE",
    "KTC Vegetable Ghee 4kg Tin",
    "Ghee & Fat",
    "each",
    "12.90",
    ["vegetable ghee", "veg ghee", "ktc vegetable"],
    ["ghee"],
)
P("KIMBO", "Kimbo Cooking Fat 2kg Tub", "Ghee & Fat", "tub", "6.40", ["kimbo", "kimbo fat"], ["cooking fat"])
P(
    "FRESHFRI",
    "Fresh Fri Vegetable Oil Jerrican",
    "Cooking Oil",
    "each",
    "8.90",
    ["fresh fri", "freshfri"],
    ["oil", "mafuta"],
    [
        V("FRESHFRI-5", "5L", "VOLUME", "8.90", ["fresh fri 5L"]),
        V("FRESHFRI-10", "10L", "VOLUME", "16.80", ["fresh fri 10L"]),
        V("FRESHFRI-20", "20L", "VOLUME", "31.50", ["fresh fri 20L", "fresh fri mtungi mkubwa"]),
    ],
)
P(
    "MUKWANO",
    "Mukwano Cooking Oil 20L Jerrican",
    "Cooking Oil",
    "each",
    "30.00",
    ["mukwano", "mukwano oil"],
    ["oil", "uganda"],
)

PRODUCTS = _P
BY_SKU = {p["sku"]: p for p in PRODUCTS}


def catalog():
    return {
        "currency": CURRENCY,
        "categories": [{"name": n, "parent": par, "ai_keywords": kw} for n, par, kw in CATEGORIES],
        "products": PRODUCTS,
    }
