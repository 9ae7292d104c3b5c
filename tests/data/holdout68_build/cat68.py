# ruff: noqa  (hand-written data generator of blind set 68, kept as its writer left it)
"""Catalog of the sixty-eighth blind set: Brackenridge Farm & Country Supplies Ltd (GBP).

Hand-written. Every brand except the trade words is invented (Valemill, Lickwell, Hillmin, Knotline, Silkwrap,
Baleguard, TagRight, Vetsure, Hoofguard, Udderpure, Dunmoor, Fieldpro, Brackenridge); seed varieties are invented
too (Harbinger, Crofter, Tamsin, Larkspur, Corrie, Rampart, Hebden, Sabre, Falstaff). Prices are invented.
"""

CURRENCY = "GBP"

# (name, parent, ai_keywords); parents are listed before their children
CATEGORIES = [
    ("Feed", None, ["feed", "nuts", "cake", "ration"]),
    ("Cattle Feed", "Feed", ["dairy nuts", "beef nuts", "cubes", "blown", "bulk"]),
    ("Sheep Feed", "Feed", ["ewe nuts", "ewe rolls", "creep"]),
    ("Poultry Feed", "Feed", ["layers", "chick crumbs", "growers", "corn"]),
    ("Milk Replacers", "Feed", ["calf milk", "lamb milk", "milk powder"]),
    ("Straights & Liquid Feeds", "Feed", ["barley", "beet", "molasses", "bicarb"]),
    ("Minerals & Licks", None, ["minerals", "licks", "buckets"]),
    ("Feed Buckets", "Minerals & Licks", ["bucket", "tub", "high energy", "high mag"]),
    ("Blocks & Licks", "Minerals & Licks", ["salt lick", "rock salt", "mineral block"]),
    ("Powdered Minerals", "Minerals & Licks", ["powdered minerals", "cal mag"]),
    ("Seed", None, ["seed", "variety"]),
    ("Cereal Seed", "Seed", ["winter wheat", "winter barley", "spring barley", "oats", "C1", "C2"]),
    ("Grass & Clover Seed", "Seed", ["grass seed", "ley", "acre pack", "clover"]),
    ("Forage Crop Seed", "Seed", ["stubble turnips", "kale", "forage rape", "maize"]),
    ("Fertiliser & Lime", None, ["fertiliser", "bag manure", "lime"]),
    ("Straight Nitrogen", "Fertiliser & Lime", ["nitrogen", "AN", "CAN", "urea"]),
    ("Compound Fertiliser", "Fertiliser & Lime", ["NPK", "compound", "PK"]),
    ("Lime", "Fertiliser & Lime", ["lime", "limestone"]),
    ("Fencing", None, ["fencing", "fence"]),
    ("Wire & Netting", "Fencing", ["barbed wire", "line wire", "stock fencing", "netting", "gauge", "coil"]),
    ("Posts & Rails", "Fencing", ["posts", "strainers", "struts", "rails", "tanalised"]),
    ("Gates & Hurdles", "Fencing", ["gate", "hurdle", "hinges"]),
    ("Fencing Sundries", "Fencing", ["staples", "joiners", "strainers"]),
    ("Baling & Silage", None, ["baling", "silage"]),
    ("Baler Twine", "Baling & Silage", ["twine", "spools"]),
    ("Silage Wrap & Sheets", "Baling & Silage", ["wrap", "film", "clamp sheet"]),
    ("Net Wrap", "Baling & Silage", ["net wrap", "net"]),
    ("Animal Health", None, ["vet", "animal health"]),
    ("Ear Tags & Identification", "Animal Health", ["ear tags", "EID", "management tags", "applicator"]),
    ("Syringes & Needles", "Animal Health", ["syringes", "needles", "gauge", "vaccinator", "drench gun"]),
    ("Foot Care", "Animal Health", ["foot rot", "footbath", "hoof"]),
    (
        "Lambing, Calving & Marking",
        "Animal Health",
        ["rubber rings", "teats", "arm length gloves", "marker spray"],
    ),
    ("Dairy Hygiene", None, ["parlour", "dairy hygiene"]),
    ("Teat Dips & Sprays", "Dairy Hygiene", ["teat dip", "iodine", "barrier", "pre spray", "drum", "IBC"]),
    (
        "Parlour Cleaning & Consumables",
        "Dairy Hygiene",
        ["detergent", "descaler", "paper roll", "filter socks", "milking gloves"],
    ),
    ("Clothing & Footwear", None, ["clothing", "workwear"]),
    ("Footwear", "Clothing & Footwear", ["wellies", "wellington", "boots", "socks"]),
    ("Workwear & Gloves", "Clothing & Footwear", ["boiler suit", "overalls", "coveralls", "gloves"]),
]

# A product: (sku, name, category, unit, unit_price, aliases, keywords, variants)
# A variant: (name, variant_type, sku, unit_price, ai_aliases)
P = []


def p(sku, name, cat, unit, price, aliases=(), keywords=(), variants=()):
    P.append((sku, name, cat, unit, price, list(aliases), list(keywords), list(variants)))


# ---- Feed: cattle (25kg bags and bulk by the tonne) ----
p(
    "VM-DAIRY18-BAG",
    "Valemill Dairy Nuts 18% (25kg bag)",
    "Cattle Feed",
    "bag",
    "9.40",
    ["valemill dairy 18 bagged"],
    ["dairy nuts", "18%", "25kg"],
)
p(
    "VM-DAIRY18-BULK",
    "Valemill Dairy Nuts 18% Bulk Blown (per tonne)",
    "Cattle Feed",
    "each",
    "336.00",
    ["bulk dairy nuts", "blown dairy nuts"],
    ["dairy nuts", "18%", "bulk", "tonne", "blown"],
)
p(
    "VM-DAIRY20-BAG",
    "Valemill High Yield Dairy Nuts 20% (25kg bag)",
    "Cattle Feed",
    "bag",
    "10.15",
    ["high yield nuts", "high yield dairy nuts", "20% dairy nuts"],
    ["dairy nuts", "20%", "high yield"],
)
p(
    "VM-BEEF16-BAG",
    "Valemill Beef Finisher Nuts 16% (25kg bag)",
    "Cattle Feed",
    "bag",
    "8.85",
    ["beef finisher 25kg"],
    ["beef nuts", "finisher", "16%"],
)
p(
    "VM-BEEF16-BULK",
    "Valemill Beef Finisher Nuts 16% Bulk Blown (per tonne)",
    "Cattle Feed",
    "each",
    "318.00",
    ["bulk beef nuts", "blown beef nuts"],
    ["beef nuts", "finisher", "bulk", "tonne"],
)
p(
    "VM-SUCKLER",
    "Valemill Suckler Cow Cubes 14% (25kg bag)",
    "Cattle Feed",
    "bag",
    "8.20",
    ["suckler cubes", "suckler nuts", "suckler cow cubes"],
    ["suckler", "cubes", "14%"],
)
p(
    "VM-CALF-REARER",
    "Valemill Calf Rearer Pellets 18% (25kg bag)",
    "Cattle Feed",
    "bag",
    "9.60",
    ["calf rearer", "calf rearer pellets", "calf pellets"],
    ["calf", "rearer", "18%"],
)
# ---- Feed: sheep ----
p(
    "VM-EWE18",
    "Valemill Ewe Nuts 18% (25kg bag)",
    "Sheep Feed",
    "bag",
    "8.95",
    ["ewe nuts", "sheep nuts", "cnau defaid"],
    ["ewe", "sheep", "nuts", "18%"],
)
p(
    "VM-EWE-ROLLS",
    "Valemill Ewe Rolls 16% (25kg bag)",
    "Sheep Feed",
    "bag",
    "8.70",
    ["ewe rolls", "sheep rolls", "sheep cobs"],
    ["ewe", "rolls", "cobs", "16%"],
)
p(
    "VM-LAMB-CREEP",
    "Valemill Lamb Creep Pellets (25kg bag)",
    "Sheep Feed",
    "bag",
    "10.40",
    ["lamb creep", "creep pellets", "creep feed"],
    ["lamb", "creep"],
)
# ---- Feed: poultry (20kg bags) ----
p(
    "VM-LAYERS-PEL",
    "Valemill Layers Pellets (20kg bag)",
    "Poultry Feed",
    "bag",
    "8.60",
    ["layers pellets", "layer pellets"],
    ["layers", "pellets", "hens"],
)
p(
    "VM-LAYERS-MASH",
    "Valemill Layers Mash (20kg bag)",
    "Poultry Feed",
    "bag",
    "8.30",
    ["layers mash", "layer mash"],
    ["layers", "mash", "hens"],
)
p(
    "VM-CHICK-CRUMB",
    "Valemill Chick Crumbs (20kg bag)",
    "Poultry Feed",
    "bag",
    "10.90",
    ["chick crumbs", "chick crumb"],
    ["chicks", "crumbs"],
)
p(
    "VM-GROWERS",
    "Valemill Growers Pellets (20kg bag)",
    "Poultry Feed",
    "bag",
    "9.20",
    ["growers pellets", "grower pellets"],
    ["growers", "pullets"],
)
p(
    "MIXED-CORN",
    "Mixed Poultry Corn (20kg bag)",
    "Poultry Feed",
    "bag",
    "7.60",
    ["mixed corn", "poultry corn", "porumb amestecat"],
    ["corn", "scratch"],
)
p(
    "OYSTER-GRIT",
    "Oyster Shell Grit (20kg bag)",
    "Poultry Feed",
    "bag",
    "6.90",
    ["oyster shell grit", "oyster shell", "oyster grit"],
    ["grit", "shell"],
)
# ---- Feed: milk replacers ----
p(
    "CALF-MILK",
    "Brackenridge Calf Milk Replacer 23% (20kg bag)",
    "Milk Replacers",
    "bag",
    "52.00",
    ["calf milk", "calf milk powder", "llaeth lloi", "mleko dla cieląt"],
    ["calf", "milk replacer", "23%"],
)
p(
    "LAMB-MILK",
    "Brackenridge Lamb Milk Replacer",
    "Milk Replacers",
    "bag",
    "21.50",
    ["lamb milk", "lamb milk powder", "llaeth ŵyn"],
    ["lamb", "milk replacer", "orphan lambs"],
    [
        ("5kg", "WEIGHT", "LAMB-MILK-05", "21.50", ["lamb milk 5kg"]),
        ("10kg", "WEIGHT", "LAMB-MILK-10", "39.90", ["lamb milk 10kg"]),
        ("20kg", "WEIGHT", "LAMB-MILK-20", "74.00", ["lamb milk 20kg"]),
    ],
)
# ---- Feed: straights and liquids ----
p(
    "ROLLED-BARLEY",
    "Rolled Barley (25kg bag)",
    "Straights & Liquid Feeds",
    "bag",
    "7.10",
    ["rolled barley", "bruised barley"],
    ["barley", "rolled"],
)
p(
    "BEET-SHREDS",
    "Molassed Sugar Beet Shreds (25kg bag)",
    "Straights & Liquid Feeds",
    "bag",
    "8.40",
    ["beet shreds", "sugar beet shreds", "beet pulp"],
    ["beet", "shreds"],
)
p(
    "MOLASSES-IBC",
    "Cane Molasses (1000L IBC)",
    "Straights & Liquid Feeds",
    "each",
    "395.00",
    ["molasses ibc", "ibc of molasses"],
    ["molasses", "IBC", "1000L"],
)
p(
    "MOLASSES-DRUM",
    "Cane Molasses (25L drum)",
    "Straights & Liquid Feeds",
    "each",
    "24.50",
    ["molasses drum", "drum of molasses"],
    ["molasses", "drum", "25L"],
)
p(
    "SODA-BICARB",
    "Feed Grade Sodium Bicarbonate (25kg bag)",
    "Straights & Liquid Feeds",
    "bag",
    "14.80",
    ["bicarb", "sodium bicarb", "natriumbicarbonaat"],
    ["bicarbonate", "acidosis"],
)
# ---- Minerals: buckets (tubs) ----
p(
    "LW-CATTLE-HE",
    "Lickwell Cattle High Energy Bucket",
    "Feed Buckets",
    "tub",
    "38.50",
    ["lickwell cattle", "high energy cattle bucket"],
    ["cattle", "bucket", "high energy"],
    [
        ("22.5kg", "WEIGHT", "LW-CATTLE-HE-22", "38.50", ["lickwell cattle 22.5"]),
        ("80kg", "WEIGHT", "LW-CATTLE-HE-80", "122.00", ["lickwell cattle 80"]),
    ],
)
p(
    "LW-EWE",
    "Lickwell Ewe Bucket 22.5kg",
    "Feed Buckets",
    "tub",
    "36.90",
    ["lickwell ewe", "lickwell ewe bucket"],
    ["ewe", "bucket", "tupping"],
)
p(
    "HM-CATTLE-MIN",
    "Hillmin Cattle Mineral Bucket 20kg",
    "Feed Buckets",
    "tub",
    "31.00",
    ["hillmin cattle"],
    ["cattle", "mineral bucket"],
)
p(
    "HM-SHEEP-MIN",
    "Hillmin Sheep Mineral Bucket 20kg (no added copper)",
    "Feed Buckets",
    "tub",
    "30.50",
    ["hillmin sheep"],
    ["sheep", "mineral bucket", "copper free"],
)
p(
    "HM-HIGH-MAG",
    "Hillmin High Mag Bucket 20kg",
    "Feed Buckets",
    "tub",
    "33.40",
    ["high mag bucket", "hi mag bucket", "magnesium bucket"],
    ["magnesium", "staggers"],
)
# ---- Minerals: blocks and licks ----
p(
    "ROCK-SALT",
    "Rock Salt Lick on Rope (approx 10kg)",
    "Blocks & Licks",
    "each",
    "9.80",
    ["rock salt", "rock salt lick"],
    ["salt", "lick", "rope"],
)
p(
    "SALT-BLOCK",
    "Pure Salt Block 10kg",
    "Blocks & Licks",
    "each",
    "6.20",
    ["salt block", "white salt block", "bloc halen"],
    ["salt", "block"],
)
p(
    "MIN-BLOCK-CATTLE",
    "Cattle Mineral Block 20kg",
    "Blocks & Licks",
    "each",
    "17.50",
    ["cattle mineral block", "cattle block"],
    ["cattle", "block"],
)
p(
    "MIN-BLOCK-SHEEP",
    "Sheep Mineral Block 20kg",
    "Blocks & Licks",
    "each",
    "17.20",
    ["sheep mineral block", "sheep block"],
    ["sheep", "block"],
)
# ---- Minerals: powders ----
p(
    "HM-DAIRY-POWDER",
    "Hillmin Dairy Powdered Minerals (25kg bag)",
    "Powdered Minerals",
    "bag",
    "29.00",
    ["dairy minerals", "dairy powdered minerals"],
    ["minerals", "dairy", "powder"],
)
p(
    "HM-BEEF-POWDER",
    "Hillmin Beef & Youngstock Powdered Minerals (25kg bag)",
    "Powdered Minerals",
    "bag",
    "27.50",
    ["beef minerals", "youngstock minerals"],
    ["minerals", "beef", "powder"],
)
p(
    "CAL-MAG",
    "Calcined Magnesite (25kg bag)",
    "Powdered Minerals",
    "bag",
    "16.90",
    ["cal mag", "calcined mag", "calcined magnesite"],
    ["magnesium", "mag"],
)
# ---- Seed: cereals ----
p(
    "WW-HARBINGER",
    "Winter Wheat Harbinger C1 Seed",
    "Cereal Seed",
    "bag",
    "21.00",
    ["harbinger"],
    ["winter wheat", "C1", "dressed seed"],
    [
        ("25kg Bag", "WEIGHT", "WW-HARB-25", "21.00", ["harbinger 25kg"]),
        ("500kg Big Bag", "WEIGHT", "WW-HARB-500", "405.00", ["harbinger big bag"]),
    ],
)
p(
    "WW-CROFTER",
    "Winter Wheat Crofter C2 Seed (500kg big bag)",
    "Cereal Seed",
    "bag",
    "372.00",
    ["crofter"],
    ["winter wheat", "C2"],
)
p(
    "WB-TAMSIN",
    "Winter Barley Tamsin C2 Seed (500kg big bag)",
    "Cereal Seed",
    "bag",
    "348.00",
    ["tamsin"],
    ["winter barley", "C2"],
)
p(
    "SB-LARKSPUR",
    "Spring Barley Larkspur C2 Seed (500kg big bag)",
    "Cereal Seed",
    "bag",
    "355.00",
    ["larkspur"],
    ["spring barley", "malting", "C2"],
)
p(
    "SO-CORRIE",
    "Spring Oats Corrie C2 Seed (500kg big bag)",
    "Cereal Seed",
    "bag",
    "332.00",
    ["corrie oats"],
    ["spring oats", "C2"],
)
# ---- Seed: grass and clover ----
p(
    "GS-LONG-LEY",
    "Brackenridge Long Term Silage Ley (14kg acre pack)",
    "Grass & Clover Seed",
    "bag",
    "98.00",
    ["long term ley", "long term silage ley"],
    ["grass seed", "silage", "acre pack"],
)
p(
    "GS-CUT-GRAZE",
    "Brackenridge Cut & Graze Ley (14kg acre pack)",
    "Grass & Clover Seed",
    "bag",
    "94.00",
    ["cut and graze", "cut & graze"],
    ["grass seed", "grazing", "acre pack"],
)
p(
    "GS-SHORT-LEY",
    "Brackenridge Hybrid Ryegrass Short Term Ley (14kg acre pack)",
    "Grass & Clover Seed",
    "bag",
    "86.00",
    ["short term ley", "hybrid ryegrass"],
    ["grass seed", "short term", "acre pack"],
)
p(
    "GS-OVERSEED",
    "Brackenridge Overseeding Mix (10kg bag)",
    "Grass & Clover Seed",
    "bag",
    "62.00",
    ["overseeding mix", "overseeder mix"],
    ["grass seed", "overseeding"],
)
p(
    "GS-HORSE",
    "Brackenridge Horse Paddock Mix (14kg acre pack)",
    "Grass & Clover Seed",
    "bag",
    "79.00",
    ["horse paddock mix", "paddock mix"],
    ["grass seed", "horses", "acre pack"],
)
p(
    "CLOVER-WHITE",
    "White Clover Blend (1kg pack)",
    "Grass & Clover Seed",
    "pack",
    "18.50",
    ["white clover"],
    ["clover"],
)
p(
    "CLOVER-RED",
    "Red Clover Seed (5kg bag)",
    "Grass & Clover Seed",
    "bag",
    "58.00",
    ["red clover"],
    ["clover"],
)
# ---- Seed: forage crops ----
p(
    "STUBBLE-TURNIP",
    "Stubble Turnip Seed Rampart (5kg bag)",
    "Forage Crop Seed",
    "bag",
    "32.00",
    ["stubble turnips", "stubble turnip", "rampart"],
    ["turnips", "forage"],
)
p(
    "KALE",
    "Kale Seed Hebden (2kg pack)",
    "Forage Crop Seed",
    "pack",
    "44.00",
    ["kale seed", "hebden"],
    ["kale", "forage"],
)
p(
    "FORAGE-RAPE",
    "Forage Rape Seed Sabre (5kg bag)",
    "Forage Crop Seed",
    "bag",
    "27.00",
    ["forage rape", "sabre rape"],
    ["rape", "forage"],
)
p(
    "MAIZE-FALSTAFF",
    "Forage Maize Seed Falstaff (unit of 50,000 seeds)",
    "Forage Crop Seed",
    "pack",
    "118.00",
    ["falstaff", "falstaff maize"],
    ["maize", "unit"],
)
# ---- Fertiliser: straight nitrogen (600kg big bags) ----
p(
    "AN-345",
    "Ammonium Nitrate 34.5% N (600kg big bag)",
    "Straight Nitrogen",
    "bag",
    "228.00",
    ["ammonium nitrate", "an 34.5"],
    ["nitrogen", "AN", "34.5"],
)
p(
    "CAN-27",
    "Calcium Ammonium Nitrate 27% N (600kg big bag)",
    "Straight Nitrogen",
    "bag",
    "205.00",
    ["calcium ammonium nitrate", "can 27"],
    ["nitrogen", "CAN", "27%"],
)
p(
    "UREA-46",
    "Protected Urea 46% N (600kg big bag)",
    "Straight Nitrogen",
    "bag",
    "262.00",
    ["protected urea", "urea 46", "ureum"],
    ["nitrogen", "urea", "46%"],
)
# ---- Fertiliser: compounds ----
p(
    "NPK-20-10-10",
    "NPK 20-10-10 (600kg big bag)",
    "Compound Fertiliser",
    "bag",
    "248.00",
    ["20-10-10", "20 10 10"],
    ["compound", "NPK"],
)
p(
    "NPK-10-10-20",
    "NPK 10-10-20",
    "Compound Fertiliser",
    "bag",
    "23.80",
    ["10-10-20", "10 10 20"],
    ["compound", "NPK", "potash"],
    [
        ("50kg Bag", "WEIGHT", "NPK-10-10-20-50", "23.80", ["10-10-20 50kg"]),
        ("600kg Big Bag", "WEIGHT", "NPK-10-10-20-600", "265.00", ["10-10-20 big bag"]),
    ],
)
p(
    "PK-0-20-30",
    "PK 0-20-30 (600kg big bag)",
    "Compound Fertiliser",
    "bag",
    "268.00",
    ["0-20-30", "0 20 30"],
    ["compound", "PK", "phosphate", "potash"],
)
p(
    "NPK-27-5-5",
    "NPK 27-5-5 + Sulphur (600kg big bag)",
    "Compound Fertiliser",
    "bag",
    "241.00",
    ["27-5-5", "27 5 5"],
    ["compound", "NPK", "sulphur"],
)
# ---- Lime ----
p(
    "LIME-GRAN",
    "Granulated Lime (500kg big bag)",
    "Lime",
    "bag",
    "96.00",
    ["granulated lime", "gran lime"],
    ["lime", "pH"],
)
p(
    "LIME-GROUND",
    "Ground Limestone (per tonne, delivered loose)",
    "Lime",
    "each",
    "34.00",
    ["ground limestone", "ground lime"],
    ["lime", "loose", "tonne"],
)
# ---- Fencing: wire and netting ----
p(
    "BARB-HT",
    "High Tensile Barbed Wire 1.7mm",
    "Wire & Netting",
    "each",
    "36.00",
    ["high tensile barbed", "ht barbed", "ht barb"],
    ["barbed wire", "high tensile", "coil", "1.7mm"],
    [
        ("200m", "SIZE", "BARB-HT-200", "36.00", ["ht barb 200"]),
        ("400m", "SIZE", "BARB-HT-400", "64.00", ["ht barb 400"]),
    ],
)
p(
    "BARB-MS",
    "Mild Steel Barbed Wire 2.5mm (200m coil)",
    "Wire & Netting",
    "each",
    "42.00",
    ["mild steel barbed", "mild steel barb", "ms barb"],
    ["barbed wire", "mild steel", "2.5mm", "12.5 gauge"],
)
p(
    "LINE-WIRE",
    "High Tensile Plain Line Wire 2.5mm (25kg coil, approx 650m)",
    "Wire & Netting",
    "each",
    "58.00",
    ["line wire", "plain line wire", "ht plain wire"],
    ["plain wire", "high tensile", "coil"],
)
p(
    "TIE-WIRE",
    "Galvanised Tying Wire 1.6mm (5kg coil)",
    "Wire & Netting",
    "each",
    "19.50",
    ["tying wire", "tie wire", "binding wire"],
    ["wire", "galvanised", "1.6mm"],
)
p(
    "STOCK-C8-80-15",
    "HT Stock Fencing C8/80/15 (100m roll)",
    "Wire & Netting",
    "each",
    "92.00",
    ["c8/80/15", "c8 80 15"],
    ["stock fencing", "sheep netting", "100m"],
)
p(
    "STOCK-C8-80-30",
    "HT Stock Fencing C8/80/30 (100m roll)",
    "Wire & Netting",
    "each",
    "78.00",
    ["c8/80/30", "c8 80 30"],
    ["stock fencing", "cattle netting", "100m"],
)
p(
    "STOCK-L8-80-15",
    "Light Stock Fencing L8/80/15 (50m roll)",
    "Wire & Netting",
    "each",
    "41.00",
    ["l8/80/15", "l8 80 15", "light stock fencing"],
    ["stock fencing", "light", "50m"],
)
p(
    "RABBIT-NET",
    "Rabbit Netting 1050mm x 31mm x 18g (50m roll)",
    "Wire & Netting",
    "each",
    "38.00",
    ["rabbit netting", "rabbit wire"],
    ["netting", "rabbit", "18g"],
)
# ---- Fencing: posts and rails (each) ----
p(
    "POST-ROUND",
    "Round Pointed Fence Post, Tanalised",
    "Posts & Rails",
    "each",
    "3.40",
    ["round posts", "round fence posts", "rounds"],
    ["posts", "round", "pointed", "tanalised"],
    [
        ("1.65m x 75mm", "SIZE", "POST-RND-165-75", "3.40", ["round post 1.65"]),
        ("1.8m x 100mm", "SIZE", "POST-RND-180-100", "5.10", ["round post 1.8"]),
        ("2.1m x 125mm", "SIZE", "POST-RND-210-125", "8.60", ["round post 2.1"]),
    ],
)
p(
    "POST-HALFROUND",
    "Half Round Pointed Post 1.8m x 100mm",
    "Posts & Rails",
    "each",
    "4.20",
    ["half round posts", "half rounds", "half round post"],
    ["posts", "half round"],
)
p(
    "POST-SAWN",
    "Sawn Pointed Post 1.8m x 75mm x 75mm",
    "Posts & Rails",
    "each",
    "4.60",
    ["sawn posts", "square posts"],
    ["posts", "sawn"],
)
p(
    "STRAINER-POST",
    "Strainer Post 2.4m x 175mm",
    "Posts & Rails",
    "each",
    "19.80",
    ["strainer post", "strainer posts", "straining post"],
    ["strainer", "corner post", "2.4m"],
)
p(
    "STRUT",
    "Half Round Strut 2.1m x 100mm",
    "Posts & Rails",
    "each",
    "5.40",
    ["struts", "strut"],
    ["strut", "stay"],
)
p(
    "RAIL-HALFROUND",
    "Half Round Rail 3.6m x 100mm",
    "Posts & Rails",
    "each",
    "5.90",
    ["half round rail", "half round rails"],
    ["rails", "3.6m"],
)
p(
    "RAIL-SAWN",
    "Sawn Fence Rail 3.6m x 87mm x 38mm",
    "Posts & Rails",
    "each",
    "6.80",
    ["sawn rail", "sawn rails"],
    ["rails", "3.6m", "sawn"],
)
# ---- Fencing: gates ----
p(
    "GATE-GALV",
    "Galvanised 5-Bar Field Gate",
    "Gates & Hurdles",
    "each",
    "79.00",
    ["galvanised gate", "galv gate", "galvanised field gate"],
    ["gate", "galvanised", "5 bar"],
    [
        ("8ft", "SIZE", "GATE-GALV-08", "68.00", ["8ft galv gate"]),
        ("10ft", "SIZE", "GATE-GALV-10", "79.00", ["10ft galv gate"]),
        ("12ft", "SIZE", "GATE-GALV-12", "92.00", ["12ft galv gate"]),
        ("14ft", "SIZE", "GATE-GALV-14", "108.00", ["14ft galv gate"]),
    ],
)
p(
    "GATE-WOOD",
    "Tanalised Wooden Field Gate 12ft",
    "Gates & Hurdles",
    "each",
    "145.00",
    ["wooden gate", "timber gate", "wooden field gate"],
    ["gate", "wooden", "12ft"],
)
p(
    "GATE-MESH",
    "Galvanised Half-Mesh Field Gate 10ft",
    "Gates & Hurdles",
    "each",
    "98.00",
    ["half mesh gate", "mesh gate"],
    ["gate", "mesh", "10ft"],
)
p(
    "HURDLE",
    "Galvanised Sheep Hurdle 6ft",
    "Gates & Hurdles",
    "each",
    "27.00",
    ["sheep hurdle", "hurdles", "hurdle"],
    ["hurdle", "6ft"],
)
p(
    "GATE-KIT",
    "Gate Hanging Kit (hooks, hinges & latch)",
    "Gates & Hurdles",
    "each",
    "16.50",
    ["gate hanging kit", "gate kit"],
    ["hinges", "latch", "hooks"],
)
# ---- Fencing sundries ----
p(
    "STAPLES",
    "Barbed Fencing Staples 40mm (10kg box)",
    "Fencing Sundries",
    "box",
    "32.00",
    ["fencing staples", "barbed staples", "staples"],
    ["staples", "40mm"],
)
p(
    "STRAINER-INLINE",
    "In-line Wire Strainers (pack of 10)",
    "Fencing Sundries",
    "pack",
    "24.00",
    ["in-line strainers", "inline strainers", "wire strainers"],
    ["strainers", "tensioner"],
)
p(
    "WIRE-JOINER",
    "Wire Joiners (pack of 20)",
    "Fencing Sundries",
    "pack",
    "28.00",
    ["wire joiners", "joiners"],
    ["joiner", "wire"],
)
# ---- Baling: twine ----
p(
    "TWINE-BIG",
    "Knotline Big Baler Twine 130m/kg (pack of 2 x 5kg spools)",
    "Baler Twine",
    "pack",
    "27.50",
    ["big baler twine", "big bale twine", "knotline big"],
    ["twine", "big bales", "spools"],
    [
        ("Blue", "COLOR", "TWINE-BIG-BLU", "27.50", ["blue big bale twine"]),
        ("Orange", "COLOR", "TWINE-BIG-ORG", "27.50", ["orange big bale twine"]),
        ("Green", "COLOR", "TWINE-BIG-GRN", "28.00", ["green big bale twine"]),
    ],
)
p(
    "TWINE-SMALL",
    "Knotline Small Bale Twine Orange 330m/kg (pack of 2 x 4.5kg spools)",
    "Baler Twine",
    "pack",
    "24.00",
    ["small bale twine", "conventional twine", "knotline small"],
    ["twine", "small bales", "spools", "orange"],
)
# ---- Baling: wrap and sheets ----
p(
    "WRAP-750",
    "Silkwrap Silage Wrap 750mm x 1500m",
    "Silage Wrap & Sheets",
    "each",
    "78.00",
    ["silkwrap 750", "750 wrap", "750mm wrap"],
    ["wrap", "silage wrap", "bale wrap", "750mm"],
    [
        ("Black", "COLOR", "WRAP-750-BLK", "78.00", ["black 750 wrap"]),
        ("Green", "COLOR", "WRAP-750-GRN", "79.50", ["green 750 wrap"]),
        ("White", "COLOR", "WRAP-750-WHT", "79.50", ["white 750 wrap"]),
    ],
)
p(
    "WRAP-500",
    "Silkwrap Silage Wrap 500mm x 1800m",
    "Silage Wrap & Sheets",
    "each",
    "66.00",
    ["silkwrap 500", "500 wrap", "500mm wrap"],
    ["wrap", "silage wrap", "bale wrap", "500mm"],
    [
        ("Black", "COLOR", "WRAP-500-BLK", "66.00", ["black 500 wrap"]),
        ("Green", "COLOR", "WRAP-500-GRN", "67.50", ["green 500 wrap"]),
    ],
)
p(
    "CLAMP-SHEET",
    "Silage Clamp Sheet Black/White 12m x 15m",
    "Silage Wrap & Sheets",
    "each",
    "118.00",
    ["clamp sheet", "silage sheet", "pit sheet"],
    ["clamp", "sheet", "cover"],
)
# ---- Baling: net wrap ----
p(
    "NETWRAP-123",
    "Baleguard Net Wrap 1.23m",
    "Net Wrap",
    "each",
    "138.00",
    ["baleguard", "baleguard net"],
    ["net wrap", "1.23m", "round bales"],
    [
        ("2000m", "SIZE", "NET-123-2000", "98.00", ["baleguard 2000"]),
        ("3000m", "SIZE", "NET-123-3000", "138.00", ["baleguard 3000"]),
        ("3600m", "SIZE", "NET-123-3600", "159.00", ["baleguard 3600"]),
    ],
)
p(
    "NETWRAP-130",
    "Baleguard Wide Net Wrap 1.30m x 3000m",
    "Net Wrap",
    "each",
    "149.00",
    ["wide net wrap", "baleguard wide", "wide net"],
    ["net wrap", "1.30m", "3000m"],
)
# ---- Animal health: tags ----
TAG_COLOURS = ["Yellow", "Orange", "Blue"]
p(
    "TAG-CAT-001",
    "TagRight Large Cattle Management Tags No. 1-100 (box of 100)",
    "Ear Tags & Identification",
    "box",
    "46.00",
    ["management tags 1-100", "tagright 1-100"],
    ["cattle tags", "numbered", "management"],
    [
        (c, "COLOR", "TAG-C001-" + c[:3].upper(), "46.00", ["tagright " + c.lower() + " 1-100"])
        for c in TAG_COLOURS
    ],
)
p(
    "TAG-CAT-101",
    "TagRight Large Cattle Management Tags No. 101-200 (box of 100)",
    "Ear Tags & Identification",
    "box",
    "46.00",
    ["management tags 101-200", "tagright 101-200"],
    ["cattle tags", "numbered", "management"],
    [
        (c, "COLOR", "TAG-C101-" + c[:3].upper(), "46.00", ["tagright " + c.lower() + " 101-200"])
        for c in TAG_COLOURS
    ],
)
p(
    "TAG-SHEEP-EID",
    "TagRight Sheep EID Slaughter Tags, flock-printed (box of 100)",
    "Ear Tags & Identification",
    "box",
    "68.00",
    ["eid tags", "eid slaughter tags", "sheep eid tags"],
    ["sheep tags", "EID", "slaughter", "flock number"],
)
p(
    "TAG-SHEEP-MGMT",
    "TagRight Sheep Management Tags Blank (pack of 100)",
    "Ear Tags & Identification",
    "pack",
    "22.00",
    ["blank sheep tags", "sheep management tags"],
    ["sheep tags", "blank", "management"],
)
p(
    "TAG-APPLICATOR",
    "TagRight Universal Tag Applicator",
    "Ear Tags & Identification",
    "each",
    "18.50",
    ["tag applicator", "tagger", "tagging pliers"],
    ["applicator", "pliers"],
)
p(
    "TAG-PEN",
    "Tag Marker Pen (black)",
    "Ear Tags & Identification",
    "each",
    "4.90",
    ["tag marker pen", "tag pen"],
    ["marker pen"],
)
# ---- Animal health: syringes and needles ----
p(
    "SYRINGE",
    "Vetsure Disposable Syringes (box of 100)",
    "Syringes & Needles",
    "box",
    "11.00",
    ["disposable syringes", "vetsure syringes"],
    ["syringes", "luer"],
    [
        ("2ml", "VOLUME", "SYR-02", "9.50", ["2ml syringes"]),
        ("5ml", "VOLUME", "SYR-05", "11.00", ["5ml syringes"]),
        ("10ml", "VOLUME", "SYR-10", "14.50", ["10ml syringes"]),
        ("20ml", "VOLUME", "SYR-20", "19.00", ["20ml syringes"]),
    ],
)
p(
    "NEEDLES",
    "Vetsure Disposable Needles (box of 100)",
    "Syringes & Needles",
    "box",
    "7.20",
    ["disposable needles", "vetsure needles", "hypodermic needles"],
    ["needles", "gauge"],
    [
        ('16G 1"', "SIZE", "NDL-16-1", "7.20", ["16g needles"]),
        ('18G 1"', "SIZE", "NDL-18-1", "7.20", ["18g 1 inch needles"]),
        ('18G 1.5"', "SIZE", "NDL-18-15", "7.40", ["18g 1.5 inch needles"]),
        ('21G 5/8"', "SIZE", "NDL-21-58", "7.20", ["21g needles"]),
    ],
)
p(
    "VACCINATOR",
    "Vetsure Repeater Vaccinator 5ml",
    "Syringes & Needles",
    "each",
    "34.00",
    ["vaccinator", "vaccinator gun", "repeater syringe"],
    ["vaccinating", "5ml"],
)
p(
    "DRENCH-GUN",
    "Vetsure Drench Gun 30ml",
    "Syringes & Needles",
    "each",
    "39.00",
    ["drench gun", "drenching gun"],
    ["drench", "30ml"],
)
# ---- Animal health: foot care ----
p(
    "HOOF-SPRAY",
    "Hoofguard Hoof Care Spray 500ml",
    "Foot Care",
    "each",
    "11.90",
    ["hoofguard", "hoof spray", "hoof care spray", "foot rot spray"],
    ["foot rot", "hoof", "spray"],
)
p(
    "PURPLE-SPRAY",
    "Antiseptic Wound Spray Purple 500ml",
    "Foot Care",
    "each",
    "8.40",
    ["purple spray", "wound spray", "antiseptic spray"],
    ["purple", "wound", "spray"],
)
p(
    "ZINC-SULPHATE",
    "Zinc Sulphate Footbath Powder (25kg bag)",
    "Foot Care",
    "bag",
    "39.00",
    ["zinc sulphate", "zinc", "sinc"],
    ["footbath", "zinc"],
)
p(
    "COPPER-SULPHATE",
    "Copper Sulphate Footbath Crystals (25kg bag)",
    "Foot Care",
    "bag",
    "58.00",
    ["copper sulphate", "bluestone"],
    ["footbath", "copper"],
)
p(
    "FOOT-SHEARS",
    "Foot Trimming Shears",
    "Foot Care",
    "each",
    "16.00",
    ["foot shears", "foot trimmers", "hoof shears"],
    ["trimming", "shears"],
)
# ---- Animal health: lambing, calving, marking ----
p(
    "RUBBER-RINGS",
    "Rubber Castration Rings (bag of 500)",
    "Lambing, Calving & Marking",
    "bag",
    "12.50",
    ["rubber rings", "castration rings", "elastrator rings"],
    ["rings", "castration", "tails"],
)
p(
    "LAMB-TEATS",
    "Lamb Feeding Teats (pack of 10)",
    "Lambing, Calving & Marking",
    "pack",
    "9.00",
    ["lamb teats", "lamb feeding teats"],
    ["teats", "orphan lambs", "bottle"],
)
p(
    "ARM-GLOVES",
    "Arm Length Vet Gloves (box of 100)",
    "Lambing, Calving & Marking",
    "box",
    "11.50",
    ["arm length gloves", "calving gloves", "long gloves", "armlange handschoenen"],
    ["gloves", "calving", "AI"],
)
p(
    "MARKER-SPRAY",
    "Stock Marker Spray 400ml",
    "Lambing, Calving & Marking",
    "each",
    "6.90",
    ["stock marker spray", "marker spray", "raddle spray", "sbrê marcio"],
    ["marker", "spray", "aerosol"],
    [
        ("Red", "COLOR", "MARK-RED", "6.90", ["red marker spray"]),
        ("Blue", "COLOR", "MARK-BLU", "6.90", ["blue marker spray"]),
        ("Green", "COLOR", "MARK-GRN", "6.90", ["green marker spray"]),
    ],
)
# ---- Dairy hygiene ----
p(
    "TEATDIP-IODINE",
    "Udderpure Iodine Teat Dip",
    "Teat Dips & Sprays",
    "each",
    "58.00",
    ["iodine dip", "iodine teat dip", "udderpure iodine"],
    ["teat dip", "iodine", "post-milking"],
    [
        ("25L Drum", "VOLUME", "TD-IOD-25", "58.00", ["iodine dip 25l"]),
        ("200L Drum", "VOLUME", "TD-IOD-200", "412.00", ["iodine dip 200l"]),
        ("1000L IBC", "VOLUME", "TD-IOD-1000", "1890.00", ["iodine dip ibc"]),
    ],
)
p(
    "TEATDIP-BARRIER",
    "Udderpure Barrier Teat Dip (200L drum)",
    "Teat Dips & Sprays",
    "each",
    "468.00",
    ["barrier dip", "barrier teat dip", "udderpure barrier"],
    ["teat dip", "barrier", "film forming"],
)
p(
    "TEATSPRAY-CHX",
    "Udderpure Chlorhexidine Pre-Milking Teat Spray (25L drum)",
    "Teat Dips & Sprays",
    "each",
    "64.00",
    ["chlorhexidine spray", "pre spray", "pre-milking spray"],
    ["teat spray", "chlorhexidine", "pre-milking"],
)
p(
    "PARLOUR-ALK",
    "Udderpure Alkaline Circulation Cleaner (25L drum)",
    "Parlour Cleaning & Consumables",
    "each",
    "44.00",
    ["alkaline cleaner", "circulation cleaner", "alkaline detergent"],
    ["parlour", "detergent", "alkaline"],
)
p(
    "PARLOUR-ACID",
    "Udderpure Acid Descaler (25L drum)",
    "Parlour Cleaning & Consumables",
    "each",
    "46.00",
    ["acid descaler", "acid wash", "parlour acid"],
    ["parlour", "acid", "descaler"],
)
p(
    "PAPER-ROLL",
    "Blue Parlour Paper Rolls (pack of 6)",
    "Parlour Cleaning & Consumables",
    "pack",
    "21.00",
    ["blue roll", "parlour roll", "papur glas"],
    ["paper", "udder wipes"],
)
p(
    "MILK-FILTER",
    "Milk Filter Socks 620mm x 90mm (box of 100)",
    "Parlour Cleaning & Consumables",
    "box",
    "23.00",
    ["filter socks", "milk filters", "milk filter socks"],
    ["filter", "socks", "milk line"],
)
p(
    "GLOVES-MILK-M",
    "Nitrile Milking Gloves Medium (box of 100)",
    "Parlour Cleaning & Consumables",
    "box",
    "7.80",
    ["milking gloves medium", "nitrile gloves medium"],
    ["gloves", "nitrile", "milking", "medium"],
)
p(
    "GLOVES-MILK-L",
    "Nitrile Milking Gloves Large (box of 100)",
    "Parlour Cleaning & Consumables",
    "box",
    "7.80",
    ["milking gloves large", "nitrile gloves large"],
    ["gloves", "nitrile", "milking", "large"],
)
# ---- Clothing and footwear ----
p(
    "WELLIES",
    "Dunmoor Farm Wellington Boots (pair)",
    "Footwear",
    "each",
    "32.00",
    ["dunmoor wellies", "dunmoor boots", "farm wellingtons"],
    ["wellies", "boots", "wellingtons"],
    [("UK %d" % s, "SIZE", "WELLY-%02d" % s, "32.00", ["dunmoor size %d" % s]) for s in range(6, 13)],
)
p(
    "WELLY-SOCKS",
    "Welly Socks (pack of 3 pairs)",
    "Footwear",
    "pack",
    "11.00",
    ["welly socks", "boot socks"],
    ["socks"],
)
p(
    "BOILER-SUIT",
    "Fieldpro Boiler Suit Navy",
    "Workwear & Gloves",
    "each",
    "24.00",
    ["boiler suit", "boilersuit", "fieldpro boiler suit"],
    ["overalls", "navy", "workwear"],
    [
        ("M", "SIZE", "BS-M", "24.00", ["boiler suit medium"]),
        ("L", "SIZE", "BS-L", "24.00", ["boiler suit large"]),
        ("XL", "SIZE", "BS-XL", "24.00", ["boiler suit xl"]),
        ("XXL", "SIZE", "BS-XXL", "26.00", ["boiler suit xxl"]),
    ],
)
p(
    "COVERALLS",
    "Disposable Coveralls (box of 25)",
    "Workwear & Gloves",
    "box",
    "42.00",
    ["disposable coveralls", "paper suits"],
    ["overalls", "disposable", "biosecurity"],
)
p(
    "RIGGER-GLOVES",
    "Fieldpro Rigger Gloves (pack of 12 pairs)",
    "Workwear & Gloves",
    "pack",
    "18.00",
    ["rigger gloves", "riggers"],
    ["gloves", "leather", "work gloves"],
)

PRODUCTS = P

# Words that name a look-alike family, not one product (no alias may be one of them). Candidates as the
# labels use them; a unit word or modifier in the text narrows the family (see the README section).
FAMILIES = {
    "dairy nuts": ["VM-DAIRY18-BAG", "VM-DAIRY18-BULK", "VM-DAIRY20-BAG"],
    "dairy nuts (bags)": ["VM-DAIRY18-BAG", "VM-DAIRY20-BAG"],
    "18% dairy nuts": ["VM-DAIRY18-BAG", "VM-DAIRY18-BULK"],
    "beef finisher": ["VM-BEEF16-BAG", "VM-BEEF16-BULK"],
    "sheep feed": ["VM-EWE18", "VM-EWE-ROLLS", "VM-LAMB-CREEP"],
    "layers": ["VM-LAYERS-PEL", "VM-LAYERS-MASH"],
    "milk replacer": ["CALF-MILK", "LAMB-MILK"],
    "molasses": ["MOLASSES-IBC", "MOLASSES-DRUM"],
    "buckets": ["LW-CATTLE-HE", "LW-EWE", "HM-CATTLE-MIN", "HM-SHEEP-MIN", "HM-HIGH-MAG"],
    "cattle buckets": ["LW-CATTLE-HE", "HM-CATTLE-MIN"],
    "lickwell": ["LW-CATTLE-HE", "LW-EWE"],
    "salt lick": ["ROCK-SALT", "SALT-BLOCK"],
    "mineral block": ["MIN-BLOCK-CATTLE", "MIN-BLOCK-SHEEP"],
    "minerals (bags)": ["HM-DAIRY-POWDER", "HM-BEEF-POWDER"],
    "mag": ["HM-HIGH-MAG", "CAL-MAG"],
    "winter wheat": ["WW-HARBINGER", "WW-CROFTER"],
    "barley seed": ["WB-TAMSIN", "SB-LARKSPUR"],
    "barley": ["ROLLED-BARLEY", "WB-TAMSIN", "SB-LARKSPUR"],
    "grass seed": ["GS-LONG-LEY", "GS-CUT-GRAZE", "GS-SHORT-LEY", "GS-OVERSEED", "GS-HORSE"],
    "grass seed (acre packs)": ["GS-LONG-LEY", "GS-CUT-GRAZE", "GS-SHORT-LEY", "GS-HORSE"],
    "clover": ["CLOVER-WHITE", "CLOVER-RED"],
    "nitrogen": ["AN-345", "CAN-27", "UREA-46"],
    "lime": ["LIME-GRAN", "LIME-GROUND"],
    "barbed wire": ["BARB-HT", "BARB-MS"],
    "stock fencing": ["STOCK-C8-80-15", "STOCK-C8-80-30", "STOCK-L8-80-15"],
    "posts": ["POST-ROUND", "POST-HALFROUND", "POST-SAWN"],
    "rails": ["RAIL-HALFROUND", "RAIL-SAWN"],
    "strainers": ["STRAINER-POST", "STRAINER-INLINE"],
    "gate": ["GATE-GALV", "GATE-WOOD", "GATE-MESH"],
    "10ft gate": ["GATE-GALV", "GATE-MESH"],
    "twine": ["TWINE-BIG", "TWINE-SMALL"],
    "wrap": ["WRAP-750", "WRAP-500"],
    "net wrap": ["NETWRAP-123", "NETWRAP-130"],
    "tags": ["TAG-CAT-001", "TAG-CAT-101", "TAG-SHEEP-EID", "TAG-SHEEP-MGMT"],
    "tags (boxes)": ["TAG-CAT-001", "TAG-CAT-101", "TAG-SHEEP-EID"],
    "cattle tags": ["TAG-CAT-001", "TAG-CAT-101"],
    "teat dip": ["TEATDIP-IODINE", "TEATDIP-BARRIER"],
    "footbath": ["ZINC-SULPHATE", "COPPER-SULPHATE"],
    "spray": ["HOOF-SPRAY", "PURPLE-SPRAY", "MARKER-SPRAY", "TEATSPRAY-CHX"],
    "parlour cleaner": ["PARLOUR-ALK", "PARLOUR-ACID"],
    "gloves": ["GLOVES-MILK-M", "GLOVES-MILK-L", "ARM-GLOVES", "RIGGER-GLOVES"],
    "gloves (boxes)": ["GLOVES-MILK-M", "GLOVES-MILK-L", "ARM-GLOVES"],
    "milking gloves": ["GLOVES-MILK-M", "GLOVES-MILK-L"],
    "overalls": ["BOILER-SUIT", "COVERALLS"],
}

FAMILY_WORDS = sorted(
    set(
        [
            "dairy nuts",
            "nuts",
            "cattle nuts",
            "cattle feed",
            "18% nuts",
            "18% dairy nuts",
            "dairy nuts 18%",
            "beef nuts",
            "beef finisher",
            "finisher nuts",
            "beef finisher nuts",
            "bulk nuts",
            "sheep feed",
            "layers",
            "chicken feed",
            "poultry feed",
            "hen feed",
            "milk replacer",
            "milk powder",
            "molasses",
            "melasse",
            "bucket",
            "buckets",
            "tubs",
            "cattle bucket",
            "cattle buckets",
            "sheep bucket",
            "sheep buckets",
            "mineral bucket",
            "mineral buckets",
            "lick",
            "licks",
            "salt lick",
            "mineral block",
            "minerals",
            "mag",
            "wheat seed",
            "winter wheat",
            "wheat",
            "barley",
            "barley seed",
            "grass seed",
            "graszaad",
            "clover",
            "nitrogen",
            "fertiliser",
            "bag manure",
            "compound",
            "npk",
            "lime",
            "barbed wire",
            "barb",
            "wire",
            "stock fencing",
            "sheep netting",
            "netting",
            "posts",
            "fence posts",
            "rails",
            "strainers",
            "gate",
            "gates",
            "twine",
            "baler twine",
            "wrap",
            "silage wrap",
            "bale wrap",
            "net wrap",
            "net",
            "tags",
            "ear tags",
            "cattle tags",
            "sheep tags",
            "spray",
            "footbath",
            "teat dip",
            "dip",
            "speendip",
            "cleaner",
            "detergent",
            "gloves",
            "milking gloves",
            "overalls",
            "salopete",
            "boots",
        ]
    )
)


def catalog():
    cats = [{"name": n, "parent": par, "ai_keywords": kw} for n, par, kw in CATEGORIES]
    prods = []
    for sku, name, cat, unit, price, aliases, keywords, variants in PRODUCTS:
        n = len(prods)
        examples = [
            "order line: %s, qty %d, deliver to farm" % (name, 2 + n % 5),
            "%s (%s) needed at the yard" % (sku.lower().replace("-", " "), unit),
        ]
        prods.append(
            {
                "sku": sku,
                "name": name,
                "category": cat,
                "unit": unit,
                "unit_price": price,
                "aliases": aliases,
                "keywords": keywords,
                "ai_training_examples": examples,
                "variants": [
                    {"name": vn, "variant_type": vt, "sku": vs, "unit_price": vp, "ai_aliases": va}
                    for vn, vt, vs, vp, va in variants
                ],
            }
        )
    return {"currency": CURRENCY, "categories": cats, "products": prods}
