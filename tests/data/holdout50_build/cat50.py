# ruff: noqa  (hand-written data generator of blind set 50, kept as its writer left it)
"""Catalog for blind set 50: Vietnamese and Thai restaurant and grocery supply (hand-written)."""

CURRENCY = "GBP"
DISTRIBUTOR = "Mekong & Chao Phraya Trade Supply Ltd"

CATEGORIES = [
    ("Sauces & Pastes", None, ["sauces", "condiments"]),
    ("Fish Sauce", "Sauces & Pastes", ["nuoc mam", "nam pla"]),
    ("Curry Pastes", "Sauces & Pastes", ["curry paste"]),
    ("Asian Sauces", "Sauces & Pastes", ["hoisin", "sriracha", "oyster sauce"]),
    ("Rice, Noodles & Wrappers", None, ["dry goods"]),
    ("Rice", "Rice, Noodles & Wrappers", ["jasmine", "sticky rice"]),
    ("Rice Noodles", "Rice, Noodles & Wrappers", ["banh pho", "sen lek"]),
    ("Rice Paper", "Rice, Noodles & Wrappers", ["banh trang"]),
    ("Flours & Starches", "Rice, Noodles & Wrappers", ["flour"]),
    ("Grocery", None, ["ambient"]),
    ("Coconut", "Grocery", ["coconut milk"]),
    ("Tins & Dried", "Grocery", ["tins"]),
    ("Spices & Seasonings", "Grocery", ["pho spices"]),
    ("Drinks", "Grocery", ["beer", "coffee"]),
    ("Fresh & Chilled", None, ["fresh"]),
    ("Fresh Herbs", "Fresh & Chilled", ["herbs", "rau thom"]),
    ("Vegetables", "Fresh & Chilled", ["veg"]),
    ("Tofu", "Fresh & Chilled", ["dau hu"]),
    ("Frozen & Meat", None, ["frozen"]),
    ("Prawns & Seafood", "Frozen & Meat", ["prawns", "squid"]),
    ("Meat", "Frozen & Meat", ["pork", "beef"]),
    ("Frozen Snacks", "Frozen & Meat", ["spring rolls"]),
    ("Packaging", None, ["takeaway"]),
    ("Containers", "Packaging", ["boxes"]),
    ("Chopsticks & Sundries", "Packaging", ["chopsticks"]),
]

# (sku, name, category, unit, price, aliases, variants)
# variants: (name, type, sku, price, aliases)
P = []


def p(sku, name, cat, unit, price, aliases=(), variants=()):
    P.append((sku, name, cat, unit, price, list(aliases), list(variants)))


# --- Fish sauce
p(
    "FS-SQUID",
    "Squid Brand Fish Sauce",
    "Fish Sauce",
    "bottle",
    "3.20",
    ["squid brand", "nuoc mam con muc"],
    [
        ("300ml", "VOLUME", "FS-SQUID-300", "1.95", ["small squid"]),
        ("725ml", "VOLUME", "FS-SQUID-725", "3.20", []),
        ("4.5L", "VOLUME", "FS-SQUID-4500", "14.90", ["squid gallon"]),
    ],
)
p(
    "FS-3CRABS-682",
    "Viet Huong Three Crabs Fish Sauce 682ml",
    "Fish Sauce",
    "bottle",
    "5.40",
    ["three crabs", "3 crabs", "ba con cua"],
)
p("FS-TIPAROS-12", "Tiparos Fish Sauce 12 x 700ml", "Fish Sauce", "case", "27.60", ["tiparos"])
p("FS-REDBOAT40-500", "Red Boat 40°N Fish Sauce 500ml", "Fish Sauce", "bottle", "8.95", ["red boat 40"])
p(
    "FS-REDBOAT50-250",
    "Red Boat 50°N Premium Fish Sauce 250ml",
    "Fish Sauce",
    "bottle",
    "9.80",
    ["red boat 50"],
)
p("FS-MEGACHEF-700", "Megachef Premium Fish Sauce 700ml", "Fish Sauce", "bottle", "4.60", ["megachef"])

# --- Curry pastes
for col, code in (("Red", "RED"), ("Green", "GREEN"), ("Yellow", "YELLOW"), ("Massaman", "MASSAMAN")):
    p(
        "CP-MAEPLOY-" + code,
        "Mae Ploy %s Curry Paste" % col,
        "Curry Pastes",
        "tub",
        "3.10",
        ["mae ploy %s" % col.lower()],
        [
            ("400g", "WEIGHT", "CP-MAEPLOY-%s-400" % code, "3.10", []),
            ("1kg", "WEIGHT", "CP-MAEPLOY-%s-1K" % code, "6.40", []),
        ],
    )
p(
    "CP-MAESRI-PANANG",
    "Maesri Panang Curry Paste 114g (case of 48)",
    "Curry Pastes",
    "case",
    "31.20",
    ["maesri panang", "panang paste"],
)
p(
    "CP-LF-JUNGLE-1K",
    "Lotus Field Jungle Curry Paste 1kg Tub",
    "Curry Pastes",
    "tub",
    "6.90",
    ["jungle curry paste"],
)
p(
    "CP-PANTAI-TOMYUM",
    "Pantai Tom Yum Paste 454g",
    "Curry Pastes",
    "each",
    "3.85",
    ["tom yum paste", "nam prik pao tom yum"],
)

# --- Asian sauces
p(
    "SA-LKK-HOISIN",
    "Lee Kum Kee Hoisin Sauce",
    "Asian Sauces",
    "bottle",
    "2.60",
    ["lkk hoisin"],
    [
        ("240g", "WEIGHT", "SA-LKK-HOISIN-240", "2.60", []),
        ("2.27kg", "WEIGHT", "SA-LKK-HOISIN-2270", "11.50", ["hoisin catering tub"]),
    ],
)
p("SA-KOONCHUN-HOISIN", "Koon Chun Hoisin Sauce 397g", "Asian Sauces", "each", "2.95", ["koon chun"])
p(
    "SA-FLYGOOSE-SRIRACHA",
    "Flying Goose Sriracha",
    "Asian Sauces",
    "bottle",
    "2.40",
    ["flying goose", "goose sriracha"],
    [("455ml", "VOLUME", "SA-FLYGOOSE-455", "2.40", []), ("730ml", "VOLUME", "SA-FLYGOOSE-730", "3.60", [])],
)
p("SA-HUYFONG-793", "Huy Fong Sriracha 793g", "Asian Sauces", "bottle", "5.20", ["huy fong", "rooster sauce"])
p(
    "SA-LKK-OYSTER-510",
    "Lee Kum Kee Premium Oyster Sauce 510g",
    "Asian Sauces",
    "bottle",
    "3.90",
    ["lkk oyster"],
)
p("SA-MAEKRUA-OYSTER", "Mae Krua Oyster Sauce 600ml", "Asian Sauces", "bottle", "3.30", ["mae krua"])
p(
    "SA-HEALTHYBOY-SOY",
    "Healthy Boy Thin Soy Sauce 700ml",
    "Asian Sauces",
    "bottle",
    "2.85",
    ["healthy boy", "see ew khao"],
)
p(
    "SA-GOLDENMTN-600",
    "Golden Mountain Seasoning Sauce 600ml",
    "Asian Sauces",
    "bottle",
    "3.15",
    ["golden mountain", "maggi thai"],
)
p(
    "SA-MAEPLOY-CHILLI",
    "Mae Ploy Sweet Chilli Sauce 730ml",
    "Asian Sauces",
    "bottle",
    "2.75",
    ["sweet chilli sauce", "nam jim gai"],
)
p(
    "SA-LGM-CRISP",
    "Lao Gan Ma Chilli Crisp 210g (case of 24)",
    "Asian Sauces",
    "case",
    "52.80",
    ["lao gan ma", "laoganma"],
)
p(
    "SA-TAMARIND-454",
    "Tamarind Concentrate 454g",
    "Asian Sauces",
    "each",
    "2.10",
    ["tamarind concentrate", "nuoc me"],
)

# --- Rice
p(
    "RICE-ROYALUMB",
    "Royal Umbrella Thai Hom Mali Jasmine Rice",
    "Rice",
    "bag",
    "38.50",
    ["royal umbrella", "chat tai"],
    [
        ("5kg", "WEIGHT", "RICE-ROYALUMB-5", "11.20", []),
        ("10kg", "WEIGHT", "RICE-ROYALUMB-10", "20.90", []),
        ("20kg", "WEIGHT", "RICE-ROYALUMB-20", "38.50", []),
    ],
)
p(
    "RICE-LF-JASMINE-20",
    "Lotus Field Jasmine Rice 20kg Sack",
    "Rice",
    "sack",
    "31.90",
    ["lotus field jasmine"],
)
p(
    "RICE-LF-STICKY",
    "Lotus Field Glutinous Sticky Rice",
    "Rice",
    "bag",
    "28.40",
    ["sticky rice", "glutinous rice", "gao nep", "khao niao"],
    [("5kg", "WEIGHT", "RICE-LF-STICKY-5", "8.60", []), ("20kg", "WEIGHT", "RICE-LF-STICKY-20", "28.40", [])],
)
p(
    "RICE-BROKEN-20",
    "Broken Jasmine Rice (Com Tam) 20kg Sack",
    "Rice",
    "sack",
    "24.80",
    ["broken rice", "com tam rice", "gao tam"],
)

# --- Noodles
p(
    "ND-RICESTICK",
    "Lotus Field Rice Stick Noodles 400g (case of 30)",
    "Rice Noodles",
    "case",
    "29.40",
    ["rice sticks", "banh pho kho"],
    [
        ("3mm", "SIZE", "ND-RICESTICK-3", "29.40", ["sen lek", "small rice stick"]),
        ("5mm", "SIZE", "ND-RICESTICK-5", "29.40", ["medium rice stick"]),
        ("10mm", "SIZE", "ND-RICESTICK-10", "30.60", ["sen yai", "wide rice stick"]),
    ],
)
p(
    "ND-VERMICELLI",
    "Lotus Field Rice Vermicelli 400g (case of 30)",
    "Rice Noodles",
    "case",
    "27.90",
    ["rice vermicelli", "bun tuoi kho", "sen mee"],
)
p(
    "ND-BUNBO",
    "Bun Bo Hue Thick Rice Vermicelli 500g (case of 30)",
    "Rice Noodles",
    "case",
    "33.00",
    ["bun bo hue noodles"],
)
p(
    "ND-GLASS",
    "Mung Bean Glass Noodles 100g (case of 50)",
    "Rice Noodles",
    "case",
    "26.50",
    ["glass noodles", "mien", "woon sen"],
)
p(
    "ND-PHO-FRESH",
    "Fresh Pho Noodles (Banh Pho Tuoi) 1kg",
    "Rice Noodles",
    "pack",
    "2.30",
    ["fresh pho noodles", "banh pho tuoi"],
)
p(
    "ND-EGG-THIN",
    "Thin Egg Noodles 400g (case of 24)",
    "Rice Noodles",
    "case",
    "21.60",
    ["egg noodles", "mi trung", "ba mee"],
)
p(
    "ND-MAMA-TOMYUM",
    "Mama Instant Noodles Tom Yum Shrimp 30 x 60g",
    "Rice Noodles",
    "case",
    "11.40",
    ["mama tom yum"],
)
p(
    "ND-MAMA-PORK",
    "Mama Instant Noodles Minced Pork 30 x 60g",
    "Rice Noodles",
    "case",
    "11.40",
    ["mama moo sap"],
)

# --- Rice paper
p(
    "RP-3LADIES",
    "Three Ladies Rice Paper 340g",
    "Rice Paper",
    "pack",
    "2.40",
    ["three ladies", "ba co gai"],
    [
        ("16cm", "SIZE", "RP-3LADIES-16", "2.20", []),
        ("22cm", "SIZE", "RP-3LADIES-22", "2.40", []),
        ("28cm", "SIZE", "RP-3LADIES-28", "2.90", []),
    ],
)
p(
    "RP-BLUEDRAGON-22",
    "Blue Dragon Spring Roll Rice Paper 22cm 134g (case of 12)",
    "Rice Paper",
    "case",
    "19.80",
    ["blue dragon rice paper"],
)

# --- Flours
p(
    "FL-ERAWAN-RICE",
    "Erawan Rice Flour 400g (case of 30)",
    "Flours & Starches",
    "case",
    "18.90",
    ["rice flour", "bot gao"],
)
p(
    "FL-ERAWAN-GLUT",
    "Erawan Glutinous Rice Flour 400g (case of 30)",
    "Flours & Starches",
    "case",
    "21.00",
    ["glutinous rice flour", "bot nep"],
)
p(
    "FL-TAPIOCA",
    "Tapioca Starch 400g (case of 30)",
    "Flours & Starches",
    "case",
    "16.50",
    ["tapioca starch", "bot nang"],
)

# --- Coconut
p(
    "CO-AROYD-MILK",
    "Aroy-D Coconut Milk",
    "Coconut",
    "case",
    "26.40",
    ["aroy-d milk", "aroy d coconut milk"],
    [
        ("400ml Can (case of 24)", "VOLUME", "CO-AROYD-MILK-400", "26.40", ["aroy d 400"]),
        ("165ml Can (case of 48)", "VOLUME", "CO-AROYD-MILK-165", "30.20", ["aroy d mini"]),
        ("1L Carton (case of 12)", "VOLUME", "CO-AROYD-MILK-1L", "27.60", ["aroy d carton"]),
    ],
)
p(
    "CO-AROYD-CREAM",
    "Aroy-D Coconut Cream 24 x 400ml",
    "Coconut",
    "case",
    "29.80",
    ["aroy-d cream", "aroy d coconut cream"],
)
p("CO-CHAOKOH-MILK", "Chaokoh Coconut Milk 24 x 400ml", "Coconut", "case", "27.20", ["chaokoh"])
p("CO-KARA-CREAM", "Kara UHT Coconut Cream 1L (case of 12)", "Coconut", "case", "31.50", ["kara"])

# --- Tins & dried
p("TD-BAMBOO", "Bamboo Shoot Strips 24 x 565g", "Tins & Dried", "case", "22.80", ["bamboo shoots", "mang"])
p(
    "TD-STRAWMUSH",
    "Straw Mushrooms 24 x 425g",
    "Tins & Dried",
    "case",
    "25.20",
    ["straw mushrooms", "nam rom", "het fang"],
)
p(
    "TD-DRIEDSHRIMP",
    "Dried Shrimp 1kg",
    "Tins & Dried",
    "bag",
    "17.50",
    ["dried shrimp", "tom kho", "kung haeng"],
)
p(
    "TD-FRIEDSHALLOT",
    "Crispy Fried Shallots 500g",
    "Tins & Dried",
    "tub",
    "4.20",
    ["fried shallots", "hanh phi"],
)
p("TD-PALMSUGAR", "Palm Sugar 1kg Tub", "Tins & Dried", "tub", "3.60", ["palm sugar", "nam tan peep"])
p(
    "TD-CONDMILK",
    "Longevity Sweetened Condensed Milk 48 x 397g",
    "Tins & Dried",
    "case",
    "62.40",
    ["longevity", "ong tho", "sua dac"],
)

# --- Spices
p(
    "SP-PHO-BAGS",
    "Pho Spice Bags 60g (box of 20)",
    "Spices & Seasonings",
    "box",
    "14.00",
    ["pho spice bags", "goi gia vi pho"],
)
p(
    "SP-PHO-CUBES",
    "Pho Bo Beef Soup Base Cubes 75g (case of 24)",
    "Spices & Seasonings",
    "case",
    "28.80",
    ["pho cubes", "vien pho bo"],
)
p(
    "SP-STARANISE-1K",
    "Star Anise Whole 1kg",
    "Spices & Seasonings",
    "bag",
    "12.90",
    ["star anise", "hoi", "poy kak"],
)
p("SP-CASSIA-1K", "Cassia Bark 1kg", "Spices & Seasonings", "bag", "8.40", ["cassia bark", "que"])
p(
    "SP-CARDAMOM-500",
    "Black Cardamom (Thao Qua) 500g",
    "Spices & Seasonings",
    "bag",
    "9.90",
    ["black cardamom", "thao qua"],
)
p(
    "SP-MSG-1K",
    "Ajinomoto MSG 1kg",
    "Spices & Seasonings",
    "bag",
    "3.40",
    ["msg", "ajinomoto", "bot ngot", "pong churot"],
)
p(
    "SP-LEMONGRASS-FRZ",
    "Frozen Chopped Lemongrass 1kg",
    "Spices & Seasonings",
    "bag",
    "4.80",
    ["chopped lemongrass", "sa bam"],
)

# --- Drinks
p("DR-SINGHA", "Singha Lager 24 x 330ml Bottle", "Drinks", "case", "29.90", ["singha"])
p("DR-CHANG", "Chang Classic Lager 24 x 320ml Can", "Drinks", "case", "26.40", ["chang beer"])
p(
    "DR-SAIGON",
    "Bia Saigon Special 24 x 330ml Can",
    "Drinks",
    "case",
    "27.50",
    ["bia saigon", "saigon special"],
)
p(
    "DR-THAITEA",
    "ChaTraMue Thai Tea Mix 400g",
    "Drinks",
    "bag",
    "4.90",
    ["chatramue", "cha thai", "thai tea mix"],
)
p(
    "DR-TRUNGNGUYEN",
    "Trung Nguyen Creative 4 Ground Coffee 500g",
    "Drinks",
    "bag",
    "8.70",
    ["trung nguyen", "creative 4"],
)

# --- Fresh herbs (sold by the bunch, unit each)
p("HB-THAIBASIL", "Thai Basil (bunch)", "Fresh Herbs", "each", "0.95", ["thai basil", "horapa", "hung que"])
p(
    "HB-HOLYBASIL",
    "Holy Basil Kra Pao (bunch)",
    "Fresh Herbs",
    "each",
    "1.10",
    ["holy basil", "kra pao", "kaprao"],
)
p("HB-CORIANDER", "Coriander (bunch)", "Fresh Herbs", "each", "0.70", ["coriander bunch"])
p("HB-CORIANDER-1K", "Coriander 1kg Box", "Fresh Herbs", "box", "7.50", ["coriander box"])
p(
    "HB-SAWTOOTH",
    "Sawtooth Coriander Ngo Gai (bunch)",
    "Fresh Herbs",
    "each",
    "1.20",
    ["sawtooth", "ngo gai", "pak chee farang"],
)
p("HB-MINT", "Mint (bunch)", "Fresh Herbs", "each", "0.80", ["mint", "hung lui", "bac ha"])
p(
    "HB-VIETMINT",
    "Vietnamese Mint Rau Ram (bunch)",
    "Fresh Herbs",
    "each",
    "1.20",
    ["vietnamese mint", "rau ram"],
)
p("HB-PERILLA", "Perilla Tia To (bunch)", "Fresh Herbs", "each", "1.30", ["perilla", "tia to", "shiso"])
p(
    "HB-KAFFIR-100",
    "Kaffir Lime Leaves 100g",
    "Fresh Herbs",
    "pack",
    "2.20",
    ["lime leaves", "bai makrut", "la chanh"],
)
p("HB-LEMONGRASS", "Fresh Lemongrass (per kg)", "Fresh Herbs", "kg", "4.60", ["fresh lemongrass", "takrai"])

# --- Vegetables
p("VG-BEANSPROUT-5K", "Beansprouts 5kg Box", "Vegetables", "box", "6.80", ["beansprouts box", "gia"])
p("VG-BEANSPROUT-1K", "Beansprouts 1kg Bag", "Vegetables", "bag", "1.70", ["beansprouts bag"])
p(
    "VG-BIRDSEYE",
    "Bird's Eye Chillies (per kg)",
    "Vegetables",
    "kg",
    "9.50",
    ["birds eye chillies", "prik kee noo", "ot hiem"],
)
p(
    "VG-MORNINGGLORY",
    "Morning Glory Rau Muong (per kg)",
    "Vegetables",
    "kg",
    "6.20",
    ["morning glory", "rau muong", "pak boong"],
)
p(
    "VG-GREENPAPAYA",
    "Green Papaya (per kg)",
    "Vegetables",
    "kg",
    "2.90",
    ["green papaya", "du du xanh", "malakor"],
)
p("VG-GALANGAL", "Fresh Galangal (per kg)", "Vegetables", "kg", "7.80", ["galangal", "kha", "rieng"])

# --- Tofu
p("TF-FIRM", "Firm Tofu 400g (case of 12)", "Tofu", "case", "13.20", ["firm tofu", "dau hu chien"])
p("TF-SILKEN", "Silken Tofu 300g (case of 24)", "Tofu", "case", "19.20", ["silken tofu", "dau hu non"])
p("TF-PUFFS", "Fried Tofu Puffs 250g", "Tofu", "pack", "2.10", ["tofu puffs", "tau hu tod"])

# --- Seafood
p(
    "SF-VANNAMEI",
    "Raw Peeled Vannamei Prawns 10 x 1kg",
    "Prawns & Seafood",
    "box",
    "98.00",
    ["vannamei", "raw peeled prawns"],
    [
        ("16/20", "SIZE", "SF-VANNAMEI-1620", "118.00", []),
        ("21/25", "SIZE", "SF-VANNAMEI-2125", "108.00", []),
        ("26/30", "SIZE", "SF-VANNAMEI-2630", "98.00", []),
        ("31/40", "SIZE", "SF-VANNAMEI-3140", "89.00", []),
    ],
)
p(
    "SF-TIGER-HOSO",
    "Black Tiger Prawns Head-On 6 x 1kg",
    "Prawns & Seafood",
    "box",
    "84.00",
    ["black tiger", "tiger prawns head on"],
    [("8/12", "SIZE", "SF-TIGER-0812", "96.00", []), ("13/15", "SIZE", "SF-TIGER-1315", "84.00", [])],
)
p("SF-PRAWN-COOKED", "Cooked Peeled Prawns 41/50 1kg", "Prawns & Seafood", "bag", "9.40", ["cooked prawns"])
p(
    "SF-SQUID-TUBES",
    "Cleaned Squid Tubes 10 x 1kg",
    "Prawns & Seafood",
    "box",
    "72.00",
    ["squid tubes", "ong muc"],
    [("U/5", "SIZE", "SF-SQUID-U5", "79.00", []), ("U/10", "SIZE", "SF-SQUID-U10", "72.00", [])],
)
p(
    "SF-SQUID-SP",
    "Salt & Pepper Squid Pieces Breaded 1kg",
    "Prawns & Seafood",
    "bag",
    "8.20",
    ["salt and pepper squid", "s&p squid"],
)
p("SF-SQUID-BABY", "Baby Squid Whole 1kg", "Prawns & Seafood", "bag", "7.60", ["baby squid", "muc ong"])
p(
    "SF-FISHBALL",
    "Fish Balls 500g (case of 20)",
    "Prawns & Seafood",
    "case",
    "36.00",
    ["fish balls", "luk chin pla", "ca vien"],
)
p(
    "SF-SOFTSHELL",
    "Soft Shell Crab (box of 10 x 1kg)",
    "Prawns & Seafood",
    "box",
    "139.00",
    ["soft shell crab", "cua lot"],
)
p("SF-BASA-5K", "Basa Fillets 5kg", "Prawns & Seafood", "box", "24.50", ["basa", "ca basa", "pangasius"])

# --- Meat
p(
    "MT-PORKBELLY-SKIN",
    "Pork Belly Skin-On Boneless (per kg)",
    "Meat",
    "kg",
    "7.40",
    ["skin on pork belly", "ba chi", "moo sam chan"],
)
p(
    "MT-PORKBELLY-SLICED",
    "Pork Belly Sliced 3mm 1kg",
    "Meat",
    "pack",
    "8.90",
    ["sliced pork belly", "ba chi thai lat"],
)
p(
    "MT-PORK-MINCE",
    "Pork Mince 20% Fat (per kg)",
    "Meat",
    "kg",
    "5.60",
    ["pork mince", "thit heo xay", "moo sap"],
)
p("MT-BEEF-BRISKET", "Beef Brisket for Pho (per kg)", "Meat", "kg", "11.20", ["brisket", "nam bo"])
p(
    "MT-BEEF-TOPSIDE",
    "Rare Beef Topside Sliced for Pho 1kg",
    "Meat",
    "pack",
    "14.50",
    ["sliced topside", "bo tai"],
)
p("MT-BEEF-BONES", "Beef Marrow Bones 10kg Box", "Meat", "box", "16.00", ["marrow bones", "xuong bo"])
p("MT-CHICKEN-THIGH", "Boneless Chicken Thigh 5kg", "Meat", "box", "27.50", ["chicken thigh", "dui ga"])
p("MT-CHALUA", "Cha Lua Vietnamese Pork Roll 500g", "Meat", "each", "5.90", ["cha lua", "gio lua"])

# --- Frozen snacks
p(
    "FZ-SPRINGROLL-VEG",
    "Vegetable Spring Rolls 20g (box of 200)",
    "Frozen Snacks",
    "box",
    "19.50",
    ["veg spring rolls", "por pia pak"],
)
p(
    "FZ-CHAGIO-PORK",
    "Pork Spring Rolls Cha Gio 30g (box of 100)",
    "Frozen Snacks",
    "box",
    "23.00",
    ["cha gio", "nem ran"],
)
p(
    "FZ-FISHCAKE",
    "Thai Fish Cakes 25g (box of 100)",
    "Frozen Snacks",
    "box",
    "21.00",
    ["fish cakes", "tod mun"],
)

# --- Containers
p(
    "PK-NOODLEBOX",
    "Kraft Noodle Boxes with Handle (case of 500)",
    "Containers",
    "case",
    "44.00",
    ["noodle boxes", "kraft noodle box"],
    [
        ("16oz", "SIZE", "PK-NOODLEBOX-16", "39.00", []),
        ("26oz", "SIZE", "PK-NOODLEBOX-26", "44.00", []),
        ("32oz", "SIZE", "PK-NOODLEBOX-32", "47.50", []),
    ],
)
p(
    "PK-BLACKRECT",
    "Black Microwavable Containers with Lids (case of 250)",
    "Containers",
    "case",
    "36.00",
    ["black containers", "black microwave tubs"],
    [
        ("500ml", "VOLUME", "PK-BLACKRECT-500", "32.00", []),
        ("650ml", "VOLUME", "PK-BLACKRECT-650", "34.50", []),
        ("750ml", "VOLUME", "PK-BLACKRECT-750", "36.00", []),
    ],
)
p(
    "PK-SOUP-32",
    "Pho Soup Containers 32oz with Lids (case of 250)",
    "Containers",
    "case",
    "41.00",
    ["soup containers", "pho bowls takeaway"],
)
p(
    "PK-FOIL-NO2",
    "Foil Containers No.2 with Lids (case of 500)",
    "Containers",
    "case",
    "29.00",
    ["no.2 foil", "no 2 foils"],
)
p(
    "PK-FOIL-NO6A",
    "Foil Containers No.6a with Lids (case of 500)",
    "Containers",
    "case",
    "38.00",
    ["no.6a foil", "6a foils"],
)
p(
    "PK-SAUCEPOT-2",
    "Sauce Pots 2oz with Lids (case of 1000)",
    "Containers",
    "case",
    "22.00",
    ["sauce pots", "dip pots"],
)
p(
    "PK-BAGS-VEST",
    "Vest Carrier Bags Large (box of 1000)",
    "Containers",
    "box",
    "18.50",
    ["carrier bags", "vest bags"],
)

# --- Chopsticks & sundries
p(
    "CS-BAMBOO",
    "Bamboo Chopsticks Paper Wrapped (case of 3000 pairs)",
    "Chopsticks & Sundries",
    "case",
    "42.00",
    ["wrapped chopsticks", "bamboo chopsticks"],
    [("21cm", "SIZE", "CS-BAMBOO-21", "39.00", []), ("24cm", "SIZE", "CS-BAMBOO-24", "42.00", [])],
)
p(
    "CS-TWIN-24",
    "Twin Bamboo Chopsticks 24cm Unwrapped (case of 2000)",
    "Chopsticks & Sundries",
    "case",
    "24.00",
    ["twin chopsticks", "unwrapped chopsticks"],
)
p(
    "CS-SPOONS",
    "Black Plastic Soup Spoons (case of 1000)",
    "Chopsticks & Sundries",
    "case",
    "19.00",
    ["soup spoons", "muong nhua"],
)
p(
    "CS-GLOVES",
    "Black Nitrile Gloves (box of 100)",
    "Chopsticks & Sundries",
    "box",
    "6.90",
    ["nitrile gloves", "black gloves"],
    [
        ("Medium", "SIZE", "CS-GLOVES-M", "6.90", []),
        ("Large", "SIZE", "CS-GLOVES-L", "6.90", []),
        ("X-Large", "SIZE", "CS-GLOVES-XL", "7.20", []),
    ],
)

# Bare words that name none of the members of a look-alike family (never an alias)
FAMILY_WORDS = [
    "fish sauce",
    "nuoc mam",
    "nam pla",
    "red boat",
    "curry paste",
    "mae ploy",
    "hoisin",
    "sriracha",
    "oyster sauce",
    "jasmine rice",
    "rice",
    "rice noodles",
    "vermicelli",
    "noodles",
    "mama",
    "rice paper",
    "banh trang",
    "coconut milk",
    "coconut cream",
    "aroy-d",
    "aroy d",
    "basil",
    "coriander",
    "tofu",
    "dau hu",
    "prawns",
    "tom",
    "squid",
    "muc",
    "pork belly",
    "beansprouts",
    "lemongrass",
    "spring rolls",
    "chopsticks",
    "foil containers",
    "beer",
    "pho",
    "tiger",
]

FAMILIES = {
    "fish sauce": [
        "FS-SQUID",
        "FS-3CRABS-682",
        "FS-TIPAROS-12",
        "FS-REDBOAT40-500",
        "FS-REDBOAT50-250",
        "FS-MEGACHEF-700",
    ],
    "red boat": ["FS-REDBOAT40-500", "FS-REDBOAT50-250"],
    "hoisin": ["SA-LKK-HOISIN", "SA-KOONCHUN-HOISIN"],
    "sriracha": ["SA-FLYGOOSE-SRIRACHA", "SA-HUYFONG-793"],
    "oyster sauce": ["SA-LKK-OYSTER-510", "SA-MAEKRUA-OYSTER"],
    "jasmine rice": ["RICE-ROYALUMB", "RICE-LF-JASMINE-20"],
    "vermicelli": ["ND-VERMICELLI", "ND-BUNBO", "ND-GLASS"],
    "mama": ["ND-MAMA-TOMYUM", "ND-MAMA-PORK"],
    "rice paper": ["RP-3LADIES", "RP-BLUEDRAGON-22"],
    "coconut milk": ["CO-AROYD-MILK", "CO-CHAOKOH-MILK"],
    "coconut cream": ["CO-AROYD-CREAM", "CO-KARA-CREAM"],
    "basil": ["HB-THAIBASIL", "HB-HOLYBASIL"],
    "coriander": ["HB-CORIANDER", "HB-CORIANDER-1K"],
    "tofu": ["TF-FIRM", "TF-SILKEN", "TF-PUFFS"],
    "prawns": ["SF-VANNAMEI", "SF-TIGER-HOSO", "SF-PRAWN-COOKED"],
    "squid": ["SF-SQUID-TUBES", "SF-SQUID-SP", "SF-SQUID-BABY"],
    "pork belly": ["MT-PORKBELLY-SKIN", "MT-PORKBELLY-SLICED"],
    "beansprouts": ["VG-BEANSPROUT-5K", "VG-BEANSPROUT-1K"],
    "lemongrass": ["HB-LEMONGRASS", "SP-LEMONGRASS-FRZ"],
    "spring rolls": ["FZ-SPRINGROLL-VEG", "FZ-CHAGIO-PORK"],
    "chopsticks": ["CS-BAMBOO", "CS-TWIN-24"],
    "foil containers": ["PK-FOIL-NO2", "PK-FOIL-NO6A"],
    "curry paste": ["CP-MAEPLOY-RED", "CP-MAEPLOY-GREEN", "CP-MAEPLOY-YELLOW", "CP-MAEPLOY-MASSAMAN"],
    "beer": ["DR-SINGHA", "DR-CHANG", "DR-SAIGON"],
}


def training_examples(name):
    return ["restock request: %s, usual drop" % name.lower(), "%s -- qty tbc by kitchen" % name.lower()]


def build_catalog():
    cats = [{"name": n, "parent": par, "ai_keywords": kw} for n, par, kw in CATEGORIES]
    prods = []
    for sku, name, cat, unit, price, aliases, variants in P:
        kw = sorted(
            set(
                w.lower()
                for w in name.replace("(", " ").replace(")", " ").split()
                if w.isalpha() and len(w) > 3
            )
        )
        prods.append(
            {
                "sku": sku,
                "name": name,
                "category": cat,
                "unit": unit,
                "unit_price": price,
                "aliases": aliases,
                "keywords": kw,
                "ai_training_examples": training_examples(name),
                "variants": [
                    {"name": vn, "variant_type": vt, "sku": vs, "unit_price": vp, "ai_aliases": va}
                    for vn, vt, vs, vp, va in variants
                ],
            }
        )
    return {"currency": CURRENCY, "distributor": DISTRIBUTOR, "categories": cats, "products": prods}
