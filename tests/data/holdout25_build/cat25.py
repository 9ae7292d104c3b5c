# ruff: noqa  (hand-written data generator of blind set 25, kept as its writer left it)
"""Catalog of the twenty-fifth blind set: Harbour Reach Fish Wholesale (seafood, fishmonger, chip-shop supply).
Hand-written. Prices invented. build25.py writes it to catalog25.json."""

CURRENCY = "GBP"

CATEGORIES = [
    ("Fresh Fish", None, ["wet fish", "fresh fish", "fish counter"]),
    ("Shellfish", None, ["shellfish", "crustacea", "molluscs"]),
    ("Smoked & Cured", None, ["smoked fish", "smokehouse"]),
    ("Frozen Seafood", None, ["frozen fish", "freezer"]),
    ("Frying & Batter", None, ["frying", "chippy supplies"]),
    ("Chip Shop Sundries", None, ["sundries", "takeaway supplies"]),
    ("White Fish", "Fresh Fish", ["white fish", "round fish"]),
    ("Flat Fish", "Fresh Fish", ["flatfish", "flat fish"]),
    ("Oily Fish", "Fresh Fish", ["oily fish", "salmon"]),
    ("Premium Fish", "Fresh Fish", ["premium fish", "specials board"]),
    ("Crustaceans", "Shellfish", ["crab", "lobster"]),
    ("Bivalves", "Shellfish", ["oysters", "mussels", "clams", "scallops"]),
    ("Cephalopods", "Shellfish", ["squid", "octopus"]),
    ("Smoked Salmon", "Smoked & Cured", ["smoked salmon"]),
    ("Smoked Fish", "Smoked & Cured", ["kippers", "smoked haddock"]),
    ("Cured & Marinated", "Smoked & Cured", ["anchovies", "salt cod"]),
    ("Frozen Fillets & Portions", "Frozen Seafood", ["frozen fillets", "at-sea frozen"]),
    ("Frozen Prawns", "Frozen Seafood", ["prawns", "shrimp"]),
    ("Frozen Breaded & Battered", "Frozen Seafood", ["breaded", "battered", "scampi"]),
    ("Frozen Shellfish & Squid", "Frozen Seafood", ["frozen shellfish", "frozen squid"]),
    ("Batter & Crumb", "Frying & Batter", ["batter", "breadcrumbs"]),
    ("Frying Oils & Fats", "Frying & Batter", ["frying oil", "frying fat", "dripping"]),
    ("Potatoes & Peas", "Frying & Batter", ["potatoes", "peas"]),
    ("Sauces & Condiments", "Chip Shop Sundries", ["sauces", "vinegar"]),
    ("Packaging", "Chip Shop Sundries", ["packaging", "chip boxes"]),
]

# (sku, name, category, unit, price, aliases, keywords, ai_training_examples, variants)
# variants: (name, type, sku, price, ai_aliases)
P = []


def p(sku, name, cat, unit, price, aliases, keywords, examples, variants=()):
    P.append(
        dict(
            sku=sku,
            name=name,
            category=cat,
            unit=unit,
            unit_price=price,
            aliases=list(aliases),
            keywords=list(keywords),
            ai_training_examples=list(examples),
            variants=[
                dict(name=v[0], variant_type=v[1], sku=v[2], unit_price=v[3], ai_aliases=list(v[4]))
                for v in variants
            ],
        )
    )


FILLET_FRESH = lambda s, w, a, b, c: [
    ("6-8oz", "SIZE", s + "-0608", a, ["fresh %s 6 to 8 oz" % w]),
    ("8-12oz", "SIZE", s + "-0812", b, ["fresh %s 8 to 12 oz" % w]),
    ("16-32oz", "SIZE", s + "-1632", c, ["jumbo %s fillets" % w]),
]

# ---- White Fish
p(
    "CODF-SKON",
    "Fresh Cod Fillet Skin-On",
    "White Fish",
    "kg",
    "15.80",
    ["fresh cod fillet", "skin-on cod fillet", "skin on cod fillets"],
    ["cod", "fillet", "fresh"],
    ["cod fillet skin on fresh for the counter, grade eight to twelve, twenty kilo"],
    FILLET_FRESH("CODF-SKON", "cod", "15.20", "15.80", "16.40"),
)
p(
    "COD-LOIN",
    "Fresh Cod Loin Skinless Boneless",
    "White Fish",
    "kg",
    "21.50",
    ["cod loin", "cod loins", "loin of cod"],
    ["cod", "loin", "skinless"],
    ["thick centre cut loin of cod for the a la carte, five kilo"],
)
p(
    "COD-WHOLE",
    "Whole Cod Gutted Head-On 3-5kg",
    "White Fish",
    "kg",
    "11.90",
    ["whole cod", "gutted cod"],
    ["cod", "whole", "head on"],
    ["one whole gutted cod around four kilo for the fish display"],
)
p(
    "HADF-SKON",
    "Fresh Haddock Fillet Skin-On",
    "White Fish",
    "kg",
    "14.90",
    ["fresh haddock fillet", "skin-on haddock fillet", "skin on haddock fillets"],
    ["haddock", "fillet", "fresh"],
    ["fresh skin on haddock eight to twelve grade ten kilos please"],
    FILLET_FRESH("HADF-SKON", "haddock", "14.40", "14.90", "15.50"),
)
p(
    "HAKE-FIL",
    "Fresh Hake Fillet Skin-On",
    "White Fish",
    "kg",
    "12.40",
    ["hake fillet", "fresh hake", "hake fillets"],
    ["hake", "merluza", "fillet"],
    ["fresh hake fillet skin on three kilo for the special"],
)
p(
    "POLL-FIL",
    "Fresh Pollock Fillet",
    "White Fish",
    "kg",
    "10.80",
    ["fresh pollock", "fresh pollack"],
    ["pollock", "white fish"],
    ["fresh line caught pollack fillet four kilo"],
)
p(
    "COLEY-FIL",
    "Fresh Coley Fillet",
    "White Fish",
    "kg",
    "9.60",
    ["coley", "coley fillet", "saithe"],
    ["coley", "white fish"],
    ["coley fillets for the fish pie mix six kilo"],
)
p(
    "WHIT-FIL",
    "Fresh Whiting Fillet",
    "White Fish",
    "kg",
    "10.20",
    ["whiting", "whiting fillet", "whiting fillets"],
    ["whiting", "white fish"],
    ["whiting fillets small ones for the kids menu two kilo"],
)
p(
    "MONK-TAIL",
    "Monkfish Tail Skinned",
    "Premium Fish",
    "kg",
    "24.50",
    ["monkfish", "monk tail", "monkfish tails", "lotte"],
    ["monkfish", "tail"],
    ["skinned monk tails for the curry, three kilo roughly"],
)
p(
    "BASS-WHOLE",
    "Whole Sea Bass Farmed",
    "White Fish",
    "kg",
    "13.20",
    ["whole sea bass", "whole bass", "lubina entera", "bar entier", "bütün levrek"],
    ["sea bass", "whole", "farmed"],
    ["whole farmed seabass four to six hundred gram ten kilo"],
    [
        ("300-400g", "WEIGHT", "BASS-WHOLE-300", "12.40", ["plate size bass", "300 400"]),
        ("400-600g", "WEIGHT", "BASS-WHOLE-400", "13.20", ["400 600", "four to six hundred"]),
        ("600-800g", "WEIGHT", "BASS-WHOLE-600", "14.60", ["600 800", "big bass"]),
    ],
)
p(
    "BASS-FIL",
    "Sea Bass Fillet Skin-On Pin-Boned",
    "White Fish",
    "kg",
    "22.80",
    ["sea bass fillet", "sea bass fillets", "bass fillets", "filetti di branzino"],
    ["sea bass", "fillet"],
    ["pin boned seabass fillets skin on three kilo"],
)
p(
    "BREAM-WHOLE",
    "Whole Gilthead Bream 400-600g",
    "White Fish",
    "kg",
    "12.60",
    ["whole bream", "gilthead bream", "dorade", "orata", "dorada", "çipura", "dourada"],
    ["bream", "whole"],
    ["gilt head bream whole six kilo for the grill"],
)

# ---- Flat Fish
p(
    "LSOLE-WHOLE",
    "Whole Lemon Sole 400-600g",
    "Flat Fish",
    "kg",
    "16.50",
    ["whole lemon sole", "whole lemon soles"],
    ["lemon sole", "whole", "flat fish"],
    ["lemon soles whole on the bone six kilo"],
)
p(
    "LSOLE-FIL",
    "Lemon Sole Fillet",
    "Flat Fish",
    "kg",
    "24.00",
    ["lemon sole fillet", "lemon sole fillets"],
    ["lemon sole", "fillet"],
    ["lemon sole fillets quarter cut three kilo"],
)
p(
    "DSOLE",
    "Dover Sole Whole",
    "Flat Fish",
    "kg",
    "38.00",
    ["dover sole", "dover soles", "sole de douvres"],
    ["sole", "dover", "flat fish"],
    ["dover soles four to five hundred, eight kilo"],
    [
        ("300-400g", "WEIGHT", "DSOLE-300", "34.00", ["slip soles"]),
        ("400-500g", "WEIGHT", "DSOLE-400", "38.00", ["400 500"]),
        ("500-700g", "WEIGHT", "DSOLE-500", "42.00", ["500 700", "big dovers"]),
    ],
)
p(
    "PLAICE-WHOLE",
    "Whole Plaice",
    "Flat Fish",
    "kg",
    "9.80",
    ["whole plaice"],
    ["plaice", "whole"],
    ["plaice whole on the bone four kilo"],
)
p(
    "PLAICE-FIL",
    "Plaice Fillet Skin-On",
    "Flat Fish",
    "kg",
    "16.20",
    ["plaice fillet", "plaice fillets"],
    ["plaice", "fillet"],
    ["plaice fillets for frying five kilo"],
)
p(
    "TURBOT",
    "Whole Turbot Farmed 1.5-2kg",
    "Flat Fish",
    "kg",
    "29.50",
    ["turbot", "whole turbot", "rodaballo", "rombo chiodato", "turbot entier"],
    ["turbot", "flat fish"],
    ["farmed turbot one and a half to two kilo fish, six kilo"],
)
p(
    "HALI-STEAK",
    "Halibut Steaks 200-250g",
    "Flat Fish",
    "kg",
    "32.00",
    ["halibut", "halibut steaks"],
    ["halibut", "steak"],
    ["halibut steaks two hundred gram, four kilo"],
)
p(
    "SKATE",
    "Skate Wings",
    "Flat Fish",
    "kg",
    "14.80",
    ["skate", "skate wing", "skate wings", "ray wings", "aile de raie"],
    ["skate", "ray"],
    ["skate wing medium four kilo for the brown butter dish"],
)

# ---- Oily Fish
p(
    "SALM-SIDE",
    "Scottish Salmon Side Skin-On Pin-Boned",
    "Oily Fish",
    "kg",
    "17.40",
    ["salmon side", "salmon sides", "side of salmon", "salmon fillet side"],
    ["salmon", "side", "scottish"],
    ["trimmed D cut salmon side pin boned ten kilo"],
)
p(
    "SALM-WHOLE",
    "Scottish Salmon Whole Gutted",
    "Oily Fish",
    "kg",
    "12.90",
    ["whole salmon", "gutted salmon"],
    ["salmon", "whole", "scottish"],
    ["a whole gutted salmon four to five kilo"],
    [
        ("3-4kg", "WEIGHT", "SALM-WHOLE-3", "12.60", ["3 4 kilo fish"]),
        ("4-5kg", "WEIGHT", "SALM-WHOLE-4", "12.90", ["4 5 kilo fish"]),
        ("5-6kg", "WEIGHT", "SALM-WHOLE-5", "13.30", ["5 6 kilo fish"]),
    ],
)
p(
    "SALM-SUPR",
    "Salmon Supremes Skinless (box of 20)",
    "Oily Fish",
    "box",
    "64.00",
    ["salmon supremes", "supremes of salmon", "salmon supreme"],
    ["salmon", "portion", "supreme"],
    ["a box of twenty salmon supremes one forty to one sixty"],
    [
        ("140-160g", "WEIGHT", "SALM-SUPR-140", "64.00", ["150g supremes"]),
        ("180-200g", "WEIGHT", "SALM-SUPR-180", "79.00", ["200g supremes"]),
    ],
)
p(
    "MACK-WHOLE",
    "Whole Mackerel",
    "Oily Fish",
    "kg",
    "6.90",
    ["whole mackerel", "bütün uskumru"],
    ["mackerel", "whole"],
    ["whole line caught mackerel five kilo"],
)
p(
    "MACK-FIL",
    "Mackerel Fillets Fresh",
    "Oily Fish",
    "kg",
    "12.50",
    ["mackerel fillets", "mackerel fillet"],
    ["mackerel", "fillet"],
    ["fresh mackerel fillets pin boned two kilo"],
)
p(
    "SARD",
    "Whole Sardines",
    "Oily Fish",
    "kg",
    "7.80",
    ["sardines", "sardinas", "sardinhas", "sarde", "sardalya"],
    ["sardine", "oily fish"],
    ["cornish sardines whole four kilo for the grill"],
)
p(
    "TROUT-FIL",
    "Rainbow Trout Fillet",
    "Oily Fish",
    "kg",
    "14.20",
    ["rainbow trout", "rainbow trout fillet"],
    ["trout", "fillet"],
    ["rainbow trout fillets two kilo"],
)
p(
    "SEATROUT",
    "Sea Trout Fillet",
    "Oily Fish",
    "kg",
    "19.50",
    ["sea trout", "sea trout fillet"],
    ["trout", "sea trout"],
    ["wild sea trout fillets three kilo"],
)
p(
    "TUNA-LOIN",
    "Yellowfin Tuna Loin Sashimi Grade",
    "Premium Fish",
    "kg",
    "34.00",
    ["tuna loin", "yellowfin", "sashimi tuna", "tonno", "atún"],
    ["tuna", "loin", "sashimi"],
    ["yellowfin loin sashimi grade A three kilo"],
)
p(
    "SWORD",
    "Swordfish Loin",
    "Premium Fish",
    "kg",
    "26.00",
    ["swordfish", "pesce spada", "pez espada", "espadon", "kılıç"],
    ["swordfish", "loin"],
    ["swordfish loin for steaks three kilo"],
)
p(
    "RMULLET",
    "Red Mullet Whole",
    "Premium Fish",
    "kg",
    "18.50",
    ["red mullet", "triglie", "rouget", "salmonete", "barbunya"],
    ["mullet"],
    ["whole red mullet two kilo"],
)
p(
    "JDORY",
    "John Dory Whole",
    "Premium Fish",
    "kg",
    "24.00",
    ["john dory", "saint-pierre", "san pietro"],
    ["dory"],
    ["john dory whole about two kilo"],
)

# ---- Crustaceans
p(
    "LOB-NATIVE",
    "Native Lobster Live",
    "Crustaceans",
    "kg",
    "42.00",
    ["native lobster", "native lobsters", "live lobster", "homard", "astice", "bogavante"],
    ["lobster", "live"],
    ["live native lobsters seven to nine hundred six kilo"],
    [
        ("500-700g", "WEIGHT", "LOB-NATIVE-500", "40.00", ["chicken lobsters"]),
        ("700-900g", "WEIGHT", "LOB-NATIVE-700", "42.00", ["700 900"]),
        ("900g-1.2kg", "WEIGHT", "LOB-NATIVE-900", "45.00", ["kilo lobsters"]),
    ],
)
p(
    "LOB-CAN",
    "Canadian Lobster Cooked Frozen 400-500g",
    "Crustaceans",
    "each",
    "16.50",
    ["canadian lobster", "canadian lobsters", "cooked frozen lobster"],
    ["lobster", "cooked", "frozen"],
    ["ten frozen cooked canadian lobsters for thermidor"],
)
p(
    "CRAB-LIVE",
    "Brown Crab Live",
    "Crustaceans",
    "kg",
    "9.50",
    ["live brown crab", "live crab", "live crabs", "tourteau"],
    ["crab", "live"],
    ["live cock crabs eight kilo"],
)
p(
    "CRAB-DRESSED",
    "Dressed Crab 150g",
    "Crustaceans",
    "each",
    "6.80",
    ["dressed crab", "dressed crabs"],
    ["crab", "dressed"],
    ["a dozen dressed crabs in shell"],
)
p(
    "CRAB-WHITE",
    "White Crab Meat 454g",
    "Crustaceans",
    "tub",
    "24.00",
    ["white crab meat", "white crabmeat", "white meat crab"],
    ["crab", "meat", "white"],
    ["hand picked white crabmeat one pound tubs x two"],
)
p(
    "CRAB-BROWN",
    "Brown Crab Meat 454g",
    "Crustaceans",
    "tub",
    "9.50",
    ["brown crab meat", "brown crabmeat"],
    ["crab", "meat", "brown"],
    ["brown crabmeat one pound tub"],
)
p(
    "SHRIMP-BROWN",
    "Peeled Brown Shrimps 500g",
    "Crustaceans",
    "tub",
    "19.00",
    ["brown shrimp", "brown shrimps", "peeled brown shrimp"],
    ["shrimp", "potted"],
    ["peeled brown shrimps for potting two tubs"],
)

# ---- Bivalves
p(
    "MUSS-ROPE",
    "Shetland Rope Mussels Live 5kg Bag",
    "Bivalves",
    "bag",
    "14.50",
    ["rope mussels", "live mussels", "shetland mussels"],
    ["mussels", "live", "rope grown"],
    ["three bags of live rope grown mussels from shetland"],
)
p(
    "OYS-ROCK",
    "Rock Oysters",
    "Bivalves",
    "each",
    "0.95",
    ["rock oysters", "rock oyster", "pacific oysters", "gigas", "huîtres creuses"],
    ["oysters", "rock"],
    ["ten dozen rocks number three for the raw bar"],
    [
        ("No.1", "SIZE", "OYS-ROCK-1", "1.30", ["number 1", "no 1", "n1"]),
        ("No.2", "SIZE", "OYS-ROCK-2", "1.10", ["number 2", "no 2", "n2"]),
        ("No.3", "SIZE", "OYS-ROCK-3", "0.95", ["number 3", "no 3", "n3"]),
    ],
)
p(
    "OYS-NATIVE",
    "Native Oysters No.2",
    "Bivalves",
    "each",
    "2.40",
    ["native oysters", "native oyster", "natives", "ostrea edulis"],
    ["oysters", "native"],
    ["four dozen natives in season"],
)
p(
    "SCAL-SHELL",
    "King Scallops in Shell Hand-Dived",
    "Bivalves",
    "each",
    "2.60",
    ["scallops in shell", "scallops in the shell", "hand dived scallops", "hand-dived scallops"],
    ["scallops", "shell"],
    ["two dozen hand dived scallops still in the shell"],
)
p(
    "SCAL-ROEON",
    "King Scallop Meat Roe-On",
    "Bivalves",
    "kg",
    "36.00",
    ["roe on scallops", "roe-on scallops", "scallops roe on", "scallop meat roe on"],
    ["scallops", "roe on"],
    ["shucked king scallops with roe two kilo"],
)
p(
    "SCAL-ROEOFF",
    "King Scallop Meat Roe-Off",
    "Bivalves",
    "kg",
    "39.00",
    ["roe off scallops", "roe-off scallops", "scallops roe off", "scallop meat roe off"],
    ["scallops", "roe off"],
    ["shucked king scallops no roe two kilo"],
)
p(
    "SCAL-QUEEN",
    "Queen Scallops",
    "Bivalves",
    "kg",
    "22.00",
    ["queen scallops", "queenies"],
    ["scallops", "queen"],
    ["queenies on the half shell two kilo"],
)
p(
    "CLAM-PAL",
    "Palourde Clams",
    "Bivalves",
    "kg",
    "16.00",
    ["palourde clams", "palourdes", "carpet shell clams", "vongole veraci", "almejas finas"],
    ["clams", "palourde"],
    ["carpet shell clams for the linguine four kilo"],
)
p(
    "CLAM-SURF",
    "Surf Clams",
    "Bivalves",
    "kg",
    "9.00",
    ["surf clams", "surf clam"],
    ["clams", "surf"],
    ["surf clams three kilo for chowder"],
)
p(
    "RAZOR",
    "Razor Clams",
    "Bivalves",
    "kg",
    "18.00",
    ["razor clams", "razors", "navajas", "cannolicchi", "couteaux"],
    ["razor", "clams"],
    ["live razors two kilo bundles"],
)
p(
    "COCKLE",
    "Cooked Cockle Meat 1kg",
    "Bivalves",
    "tub",
    "11.50",
    ["cockles", "cockle meat"],
    ["cockles"],
    ["cooked cockle meat one kilo tub"],
)

# ---- Cephalopods
p(
    "SQUID-FRESH",
    "Whole Squid Cleaned",
    "Cephalopods",
    "kg",
    "13.50",
    ["fresh squid", "cleaned squid", "calamari freschi"],
    ["squid", "fresh"],
    ["cleaned whole squid three kilo"],
)
p(
    "OCTO",
    "Frozen Whole Octopus",
    "Cephalopods",
    "kg",
    "15.80",
    ["octopus", "pulpo", "polvo", "polpo", "poulpe", "ahtapot"],
    ["octopus", "frozen"],
    ["frozen double frozen octopus two to three kilo each, eight kilo"],
    [
        ("1-2kg", "WEIGHT", "OCTO-1", "15.20", ["small octopus"]),
        ("2-3kg", "WEIGHT", "OCTO-2", "15.80", ["big octopus"]),
    ],
)
p(
    "CUTTLE",
    "Cuttlefish Cleaned",
    "Cephalopods",
    "kg",
    "12.00",
    ["cuttlefish", "sepia", "seppie", "chocos"],
    ["cuttlefish"],
    ["cleaned cuttlefish two kilo"],
)

# ---- Smoked Salmon
p(
    "SSAL-SIDE",
    "Scottish Smoked Salmon Pre-Sliced Side 1-1.4kg",
    "Smoked Salmon",
    "each",
    "32.00",
    ["smoked salmon side", "pre-sliced smoked salmon", "sliced smoked salmon side"],
    ["smoked salmon", "side"],
    ["one pre sliced side of smoked salmon for brunch"],
)
p(
    "SSAL-TRIM",
    "Smoked Salmon Trimmings 1kg",
    "Smoked Salmon",
    "pack",
    "14.00",
    ["smoked salmon trimmings", "smoked salmon offcuts", "salmon trimmings"],
    ["smoked salmon", "trimmings"],
    ["smoked salmon offcuts for the pate two packs"],
)
p(
    "SSAL-200",
    "Smoked Salmon Slices 200g (case of 10)",
    "Smoked Salmon",
    "case",
    "42.00",
    ["smoked salmon 200g", "smoked salmon packs", "200g smoked salmon"],
    ["smoked salmon", "retail"],
    ["a case of ten smoked salmon retail packs"],
)
p(
    "SSAL-HOT",
    "Hot Smoked Salmon Fillets 1kg",
    "Smoked Salmon",
    "pack",
    "24.00",
    ["hot smoked salmon", "hot-smoked salmon", "kiln roast salmon"],
    ["hot smoked", "salmon"],
    ["kiln roasted hot smoked salmon one kilo"],
)
p(
    "GRAVAD",
    "Gravadlax Sliced 500g",
    "Smoked Salmon",
    "pack",
    "13.50",
    ["gravadlax", "gravlax"],
    ["cured salmon", "dill"],
    ["dill cured gravlax half kilo pack"],
)

# ---- Smoked Fish
p(
    "SHAD-NAT",
    "Smoked Haddock Fillet Natural",
    "Smoked Fish",
    "kg",
    "16.80",
    ["natural smoked haddock", "undyed smoked haddock", "smoked haddock undyed"],
    ["smoked haddock", "natural"],
    ["undyed smoked haddock for kedgeree four kilo"],
)
p(
    "SHAD-DYED",
    "Smoked Haddock Fillet Dyed",
    "Smoked Fish",
    "kg",
    "15.20",
    ["dyed smoked haddock", "yellow smoked haddock", "golden smoked haddock"],
    ["smoked haddock", "dyed"],
    ["golden dyed smoked haddock three kilo"],
)
p(
    "KIPPER",
    "Kippers Whole",
    "Smoked Fish",
    "kg",
    "9.40",
    ["kippers", "kipper"],
    ["kippers", "smoked herring"],
    ["whole split kippers for breakfast three kilo"],
)
p(
    "SMACK-PLAIN",
    "Smoked Mackerel Fillets",
    "Smoked Fish",
    "kg",
    "11.20",
    ["smoked mackerel", "smoked mackerel fillets", "plain smoked mackerel"],
    ["smoked mackerel"],
    ["plain smoked mackerel fillets two kilo"],
)
p(
    "SMACK-PEPP",
    "Peppered Smoked Mackerel Fillets",
    "Smoked Fish",
    "kg",
    "11.80",
    ["peppered mackerel", "peppered smoked mackerel"],
    ["smoked mackerel", "peppered"],
    ["cracked pepper smoked mackerel two kilo"],
)
p(
    "SCOD",
    "Smoked Cod Fillet",
    "Smoked Fish",
    "kg",
    "15.50",
    ["smoked cod", "smoked cod fillet"],
    ["smoked cod"],
    ["smoked cod fillet three kilo"],
)

# ---- Cured & Marinated
p(
    "BOQ",
    "White Anchovies Boquerones 1kg Tub",
    "Cured & Marinated",
    "tub",
    "18.50",
    ["boquerones", "white anchovies", "marinated anchovies", "alici marinate"],
    ["anchovies", "boquerones"],
    ["two tubs of white anchovies in vinegar"],
)
p(
    "ANCH-OIL",
    "Salted Anchovy Fillets in Oil 500g Tin",
    "Cured & Marinated",
    "each",
    "11.00",
    ["anchovy fillets in oil", "salted anchovies", "acciughe sott'olio", "anchoas en aceite"],
    ["anchovies", "tin"],
    ["salted anchovy fillets in oil half kilo tins x3"],
)
p(
    "BACALAO",
    "Salt Cod Bacalao",
    "Cured & Marinated",
    "kg",
    "17.50",
    ["salt cod", "bacalao", "bacalhau", "baccalà", "morue"],
    ["salt cod", "cured"],
    ["dried salted cod loins six kilo"],
)
p(
    "LUMP",
    "Lumpfish Caviar 100g Jar",
    "Cured & Marinated",
    "each",
    "3.20",
    ["lumpfish roe", "lumpfish caviar", "lumpfish"],
    ["roe", "caviar"],
    ["lumpfish roe jars for canapes six"],
    [
        ("Black", "COLOR", "LUMP-BLK", "3.20", ["black roe"]),
        ("Red", "COLOR", "LUMP-RED", "3.20", ["red roe"]),
    ],
)

# ---- Frozen Fillets & Portions
p(
    "FCOD-BOX",
    "Frozen Cod Fillets Skinless Boneless 6.81kg Box",
    "Frozen Fillets & Portions",
    "box",
    "92.00",
    ["frozen cod fillets", "frozen cod", "sea frozen cod", "frozen cod box"],
    ["cod", "frozen", "fillets"],
    ["fifteen pound box of at-sea frozen cod fillets eight to ten"],
    [
        ("4-6oz", "SIZE", "FCOD-BOX-0406", "88.00", ["frozen cod 4 6"]),
        ("6-8oz", "SIZE", "FCOD-BOX-0608", "92.00", ["frozen cod 6 8"]),
        ("8-10oz", "SIZE", "FCOD-BOX-0810", "96.00", ["frozen cod 8 10"]),
        ("10-12oz", "SIZE", "FCOD-BOX-1012", "99.00", ["frozen cod 10 12"]),
    ],
)
p(
    "FHAD-BOX",
    "Frozen Haddock Fillets Skinless Boneless 6.81kg Box",
    "Frozen Fillets & Portions",
    "box",
    "98.00",
    ["frozen haddock fillets", "frozen haddock", "sea frozen haddock", "frozen haddock box"],
    ["haddock", "frozen", "fillets"],
    ["fifteen pound box of frozen haddock six to eight"],
    [
        ("4-6oz", "SIZE", "FHAD-BOX-0406", "94.00", ["frozen haddock 4 6"]),
        ("6-8oz", "SIZE", "FHAD-BOX-0608", "98.00", ["frozen haddock 6 8"]),
        ("8-10oz", "SIZE", "FHAD-BOX-0810", "102.00", ["frozen haddock 8 10"]),
    ],
)
p(
    "FPOLL",
    "Frozen Pollock Fillets 6.81kg Box",
    "Frozen Fillets & Portions",
    "box",
    "58.00",
    ["frozen pollock", "frozen pollock fillets", "alaska pollock"],
    ["pollock", "frozen"],
    ["box of frozen alaskan pollock fillets"],
)
p(
    "FHAKE",
    "Frozen Hake Portions 6kg Box",
    "Frozen Fillets & Portions",
    "box",
    "54.00",
    ["frozen hake", "frozen hake portions", "hake portions"],
    ["hake", "frozen"],
    ["frozen hake portions box of six kilo"],
)
p(
    "FSALM",
    "Frozen Salmon Portions 125-150g 5kg Box",
    "Frozen Fillets & Portions",
    "box",
    "72.00",
    ["frozen salmon portions", "frozen salmon"],
    ["salmon", "frozen", "portion"],
    ["five kilo box frozen salmon portions"],
)

# ---- Frozen Prawns
p(
    "KPRAWN-RAW",
    "Raw King Prawns Peeled Tail-On 1kg",
    "Frozen Prawns",
    "bag",
    "13.90",
    ["raw king prawns", "raw peeled king prawns", "king prawns raw", "gambas peladas"],
    ["prawns", "king", "raw"],
    ["raw peeled and deveined tail on kings one kilo bags x5"],
    [
        ("16/20", "SIZE", "KPRAWN-RAW-1620", "16.90", ["16 20", "16-20"]),
        ("21/25", "SIZE", "KPRAWN-RAW-2125", "14.90", ["21 25", "21-25"]),
        ("26/30", "SIZE", "KPRAWN-RAW-2630", "13.90", ["26 30", "26-30"]),
    ],
)
p(
    "KPRAWN-COOKED",
    "Cooked King Prawns Shell-On 1kg",
    "Frozen Prawns",
    "bag",
    "14.50",
    ["cooked king prawns", "cooked shell-on king prawns"],
    ["prawns", "king", "cooked"],
    ["cooked shell on king prawns for the platter one kilo"],
)
p(
    "PRAWN-CP",
    "Cooked Peeled Prawns 1kg",
    "Frozen Prawns",
    "bag",
    "10.50",
    ["cooked peeled prawns", "peeled prawns", "cold water prawns", "prawn cocktail prawns"],
    ["prawns", "cooked"],
    ["cold water cooked and peeled prawns for sandwiches three kilo"],
)
p(
    "TIGER-HOSO",
    "Tiger Prawns Head-On Shell-On 8/12 1kg",
    "Frozen Prawns",
    "box",
    "17.50",
    ["tiger prawns", "head on tiger prawns", "hoso tigers", "gambones"],
    ["prawns", "tiger"],
    ["black tiger head on shell on eight twelve count box"],
)
p(
    "PRAWN-TEMP",
    "Tempura Prawns (box of 30)",
    "Frozen Prawns",
    "box",
    "15.00",
    ["tempura prawns", "prawn tempura", "ebi tempura"],
    ["prawns", "tempura"],
    ["box of thirty ebi tempura"],
)

# ---- Frozen Breaded & Battered
p(
    "SCAMPI-WT",
    "Breaded Wholetail Scampi 6 x 454g",
    "Frozen Breaded & Battered",
    "case",
    "48.00",
    ["wholetail scampi", "whole tail scampi", "breaded wholetail"],
    ["scampi", "wholetail"],
    ["whole tail breaded scampi case of six"],
)
p(
    "SCAMPI-RF",
    "Breaded Reformed Scampi 4 x 1kg",
    "Frozen Breaded & Battered",
    "case",
    "32.00",
    ["reformed scampi", "value scampi", "scampi pieces"],
    ["scampi", "reformed"],
    ["reformed scampi bites case"],
)
p(
    "BCOD-PORT",
    "Battered Cod Portions 140-170g (box of 40)",
    "Frozen Breaded & Battered",
    "box",
    "56.00",
    ["battered cod portions", "battered cod", "pre-battered cod"],
    ["cod", "battered", "portion"],
    ["pre battered cod portions for the oven box of forty"],
)
p(
    "FFINGER",
    "Cod Fish Fingers 30g (box of 100)",
    "Frozen Breaded & Battered",
    "box",
    "19.00",
    ["fish fingers", "cod fish fingers", "fishfingers"],
    ["fish fingers", "kids"],
    ["hundred cod fingers for the kids menu"],
)
p(
    "FCAKE-SALM",
    "Salmon Fishcakes 85g (box of 24)",
    "Frozen Breaded & Battered",
    "box",
    "21.00",
    ["salmon fishcakes", "salmon fish cakes"],
    ["fishcakes", "salmon"],
    ["box of salmon and dill fishcakes"],
)
p(
    "FCAKE-COD",
    "Cod & Parsley Fishcakes 85g (box of 24)",
    "Frozen Breaded & Battered",
    "box",
    "18.50",
    ["cod fishcakes", "cod fish cakes", "cod and parsley fishcakes"],
    ["fishcakes", "cod"],
    ["cod and parsley fish cakes box"],
)
p(
    "FCAKE-HAD",
    "Smoked Haddock Fishcakes 85g (box of 24)",
    "Frozen Breaded & Battered",
    "box",
    "20.50",
    ["smoked haddock fishcakes", "haddock fishcakes", "haddock fish cakes"],
    ["fishcakes", "haddock"],
    ["smokie haddock fish cake box"],
)
p(
    "CALAM",
    "Breaded Calamari Rings 1kg",
    "Frozen Breaded & Battered",
    "bag",
    "8.20",
    ["calamari rings", "breaded calamari", "calamari fritti", "kalamar"],
    ["calamari", "squid", "breaded"],
    ["breadcrumbed calamari rings one kilo bags"],
)
p(
    "SPSQUID",
    "Salt & Pepper Squid 1kg",
    "Frozen Breaded & Battered",
    "bag",
    "10.40",
    ["salt and pepper squid", "salt & pepper squid", "s&p squid", "椒盐鱿鱼"],
    ["squid", "salt and pepper"],
    ["salt n pepper squid strips one kilo"],
)
p(
    "WBAIT",
    "Floured Whitebait 1kg",
    "Frozen Breaded & Battered",
    "bag",
    "7.40",
    ["whitebait", "floured whitebait"],
    ["whitebait"],
    ["dusted whitebait kilo bags"],
)

# ---- Frozen Shellfish & Squid
p(
    "FSQUID",
    "Frozen Squid Tubes U10 5kg Box",
    "Frozen Shellfish & Squid",
    "box",
    "38.00",
    ["squid tubes", "frozen squid tubes", "squid tube"],
    ["squid", "frozen", "tubes"],
    ["box of u10 squid tubes frozen"],
)
p(
    "GREENSHELL",
    "NZ Greenshell Mussels Half Shell 1kg",
    "Frozen Shellfish & Squid",
    "box",
    "8.60",
    ["greenshell mussels", "green lipped mussels", "half shell mussels"],
    ["mussels", "frozen"],
    ["half shell green lip mussels one kilo"],
)
p(
    "MUSS-GARLIC",
    "Mussels in Garlic Butter 450g (case of 12)",
    "Frozen Shellfish & Squid",
    "case",
    "36.00",
    ["mussels in garlic butter", "garlic butter mussels", "garlic mussels"],
    ["mussels", "garlic"],
    ["boil in bag garlic butter mussels case of twelve"],
)

# ---- Batter & Crumb
p(
    "BATTER-GF",
    "Goldfry Batter Mix",
    "Batter & Crumb",
    "bag",
    "24.00",
    ["goldfry", "goldfry batter", "batter mix", "fish batter", "batter"],
    ["batter", "chip shop"],
    ["goldfry twelve and a half kilo sack for the range"],
    [
        ("3.5kg", "WEIGHT", "BATTER-GF-3", "9.50", ["small bag batter"]),
        ("12.5kg", "WEIGHT", "BATTER-GF-12", "24.00", ["big bag batter", "12 and a half"]),
    ],
)
p(
    "BATTER-GLUT",
    "Gluten-Free Batter Mix 3kg",
    "Batter & Crumb",
    "bag",
    "14.50",
    ["gluten free batter", "gluten-free batter", "gf batter", "coeliac batter"],
    ["batter", "gluten free"],
    ["coeliac safe batter mix three kilo"],
)
p(
    "BATTER-TEMP",
    "Tempura Batter Mix 1kg",
    "Batter & Crumb",
    "bag",
    "5.20",
    ["tempura batter", "tempura flour", "tempura mix"],
    ["batter", "tempura"],
    ["tempura batter flour one kilo bags"],
)
p(
    "CRUMB-PANKO",
    "Panko Breadcrumbs 10kg",
    "Batter & Crumb",
    "bag",
    "28.00",
    ["panko", "panko breadcrumbs", "panko crumb"],
    ["breadcrumbs", "panko"],
    ["japanese style panko ten kilo"],
)
p(
    "CRUMB-GOLD",
    "Golden Breadcrumbs 10kg",
    "Batter & Crumb",
    "bag",
    "16.00",
    ["golden breadcrumbs", "golden crumb", "raspings"],
    ["breadcrumbs", "golden"],
    ["golden raspings ten kilo sack"],
)
p(
    "FLOUR-DREDGE",
    "Seasoned Dredging Flour 16kg",
    "Batter & Crumb",
    "bag",
    "13.80",
    ["dredging flour", "dredge flour", "seasoned flour"],
    ["flour", "dredge"],
    ["dredge flour for dusting fish 16kg"],
)

# ---- Frying Oils & Fats
p(
    "OIL-RAPE",
    "Rapeseed Frying Oil",
    "Frying Oils & Fats",
    "each",
    "28.90",
    ["rapeseed oil", "rapeseed frying oil", "rapeseed"],
    ["oil", "frying", "rapeseed"],
    ["high oleic rapeseed twenty litre drum"],
    [
        ("10L", "VOLUME", "OIL-RAPE-10", "15.50", ["10 litre"]),
        ("20L", "VOLUME", "OIL-RAPE-20", "28.90", ["20 litre"]),
    ],
)
p(
    "OIL-SUN",
    "Sunflower Frying Oil 20L",
    "Frying Oils & Fats",
    "each",
    "31.50",
    ["sunflower oil", "sunflower frying oil", "ayçiçek yağı"],
    ["oil", "frying", "sunflower"],
    ["sunflower twenty litre drum for the fryer"],
)
p(
    "FAT-PALM",
    "Palm Frying Fat 12.5kg",
    "Frying Oils & Fats",
    "box",
    "26.00",
    ["palm fat", "palm frying fat", "palm oil block", "white fat", "solid palm"],
    ["fat", "frying", "palm"],
    ["solid white palm frying fat twelve point five kilo"],
)
p(
    "FAT-DRIP",
    "Beef Dripping 12.5kg",
    "Frying Oils & Fats",
    "box",
    "34.00",
    ["beef dripping", "dripping", "beef fat"],
    ["fat", "frying", "dripping"],
    ["pure beef dripping blocks for the range"],
)

# ---- Potatoes & Peas
p(
    "POT-MP",
    "Maris Piper Chipping Potatoes 25kg Sack",
    "Potatoes & Peas",
    "sack",
    "14.50",
    ["maris piper", "maris pipers", "chipping potatoes", "potatoes", "spuds", "patates"],
    ["potatoes", "chips"],
    ["twenty five kilo maris pipers for chipping"],
)
p(
    "PEAS-DRIED",
    "Dried Marrowfat Peas 12.5kg",
    "Potatoes & Peas",
    "sack",
    "17.00",
    ["marrowfat peas", "dried marrowfat peas", "dried peas", "marrowfats"],
    ["peas", "marrowfat"],
    ["dried marrowfats for soaking overnight"],
)
p(
    "PEAS-MUSHY",
    "Mushy Peas 6 x A10 Tin",
    "Potatoes & Peas",
    "case",
    "22.00",
    ["mushy peas", "tinned mushy peas", "mushy pea tins"],
    ["peas", "mushy", "tins"],
    ["A10 tins of processed mushy peas case"],
)
p(
    "PEA-TAB",
    "Pea Soaking Tablets (tub of 100)",
    "Potatoes & Peas",
    "tub",
    "6.50",
    ["pea soaking tablets", "soaking tablets", "pea tablets"],
    ["peas", "soaking"],
    ["tub of tablets for soaking marrowfats"],
)

# ---- Sauces & Condiments
p(
    "TART-TUB",
    "Tartare Sauce 2.27L Tub",
    "Sauces & Condiments",
    "tub",
    "9.80",
    ["tartare sauce tub", "tartar sauce tub", "tub of tartare"],
    ["tartare", "sauce"],
    ["catering tub tartare two point two seven"],
)
p(
    "TART-SACH",
    "Tartare Sauce Sachets (box of 200)",
    "Sauces & Condiments",
    "box",
    "11.50",
    ["tartare sachets", "tartar sachets", "tartare sauce sachets"],
    ["tartare", "sachets"],
    ["portion sachets of tartare box"],
)
p(
    "VIN-MALT",
    "Malt Vinegar 5L",
    "Sauces & Condiments",
    "each",
    "6.40",
    ["malt vinegar", "brown malt vinegar"],
    ["vinegar", "malt"],
    ["five litre brown malt vinegar"],
)
p(
    "VIN-NBC",
    "Non-Brewed Condiment 5L",
    "Sauces & Condiments",
    "each",
    "4.90",
    ["non-brewed condiment", "non brewed condiment", "nbc", "non brewed"],
    ["vinegar", "condiment"],
    ["non brewed condiment five litre for the counter"],
)
p(
    "VIN-SACH",
    "Malt Vinegar Sachets (box of 200)",
    "Sauces & Condiments",
    "box",
    "7.20",
    ["vinegar sachets", "malt vinegar sachets"],
    ["vinegar", "sachets"],
    ["box of vinegar portion sachets"],
)
p(
    "CURRY",
    "Chip Shop Curry Sauce Mix 2kg Tub",
    "Sauces & Condiments",
    "tub",
    "12.50",
    ["curry sauce mix", "curry sauce", "chip shop curry"],
    ["curry", "sauce"],
    ["chippy curry sauce granules two kilo tub"],
)
p(
    "MARIE",
    "Marie Rose Seafood Sauce 2.27L Tub",
    "Sauces & Condiments",
    "tub",
    "10.40",
    ["marie rose", "marie rose sauce", "seafood sauce"],
    ["sauce", "prawn cocktail"],
    ["marie rose tub for prawn cocktails"],
)

# ---- Packaging
p(
    "CHIPBOX",
    "Chip Boxes (case of 500)",
    "Packaging",
    "case",
    "22.00",
    ["chip boxes", "chip box", "chip cartons"],
    ["boxes", "chips", "takeaway"],
    ["case of small chip cartons"],
    [
        ("Small", "SIZE", "CHIPBOX-S", "18.00", ["small chip boxes"]),
        ("Medium", "SIZE", "CHIPBOX-M", "22.00", ["medium chip boxes"]),
        ("Large", "SIZE", "CHIPBOX-L", "26.00", ["large chip boxes"]),
    ],
)
p(
    "FISHBOX",
    "Fish & Chip Supper Boxes Kraft (case of 250)",
    "Packaging",
    "case",
    "38.00",
    ["fish and chip boxes", "fish & chip boxes", "supper boxes", "fish supper boxes"],
    ["boxes", "fish", "takeaway"],
    ["kraft fish supper boxes case of two fifty"],
)
p(
    "GREASE",
    "Greaseproof Sheets 350 x 450mm (pack of 1000)",
    "Packaging",
    "pack",
    "14.00",
    ["greaseproof sheets", "greaseproof paper", "chip paper", "wrapping sheets"],
    ["paper", "wrapping"],
    ["thousand sheets greaseproof for wrapping suppers"],
    [
        ("White", "COLOR", "GREASE-WHT", "14.00", ["plain white sheets"]),
        ("Newsprint Print", "COLOR", "GREASE-NEWS", "16.50", ["newspaper print", "newsprint"]),
    ],
)
p(
    "FORKS",
    "Wooden Chip Forks (box of 1000)",
    "Packaging",
    "box",
    "6.90",
    ["chip forks", "wooden forks", "wooden chip forks"],
    ["forks", "cutlery"],
    ["thousand wooden chip forks"],
)

# Bare family words and their members (used by the validator: no alias may be one of these words).
FAMILIES = {
    "cod": ["CODF-SKON", "COD-LOIN", "COD-WHOLE", "FCOD-BOX"],
    "cod fillets": ["CODF-SKON", "FCOD-BOX"],
    "haddock": ["HADF-SKON", "FHAD-BOX"],
    "haddock fillets": ["HADF-SKON", "FHAD-BOX"],
    "smoked haddock": ["SHAD-NAT", "SHAD-DYED"],
    "salmon": ["SALM-SIDE", "SALM-WHOLE", "SALM-SUPR", "FSALM"],
    "smoked salmon": ["SSAL-SIDE", "SSAL-TRIM", "SSAL-200"],
    "sea bass": ["BASS-WHOLE", "BASS-FIL"],
    "bass": ["BASS-WHOLE", "BASS-FIL"],
    "lemon sole": ["LSOLE-WHOLE", "LSOLE-FIL"],
    "sole": ["LSOLE-WHOLE", "LSOLE-FIL", "DSOLE"],
    "plaice": ["PLAICE-WHOLE", "PLAICE-FIL"],
    "mackerel": ["MACK-WHOLE", "MACK-FIL"],
    "trout": ["TROUT-FIL", "SEATROUT"],
    "pollock": ["POLL-FIL", "FPOLL"],
    "hake": ["HAKE-FIL", "FHAKE"],
    "lobster": ["LOB-NATIVE", "LOB-CAN"],
    "lobsters": ["LOB-NATIVE", "LOB-CAN"],
    "crab": ["CRAB-LIVE", "CRAB-DRESSED", "CRAB-WHITE", "CRAB-BROWN"],
    "crab meat": ["CRAB-WHITE", "CRAB-BROWN"],
    "crabmeat": ["CRAB-WHITE", "CRAB-BROWN"],
    "oysters": ["OYS-ROCK", "OYS-NATIVE"],
    "scallops": ["SCAL-SHELL", "SCAL-ROEON", "SCAL-ROEOFF", "SCAL-QUEEN"],
    "king scallops": ["SCAL-SHELL", "SCAL-ROEON", "SCAL-ROEOFF"],
    "mussels": ["MUSS-ROPE", "GREENSHELL", "MUSS-GARLIC"],
    "clams": ["CLAM-PAL", "CLAM-SURF"],
    "squid": ["SQUID-FRESH", "FSQUID"],
    "prawns": ["KPRAWN-RAW", "KPRAWN-COOKED", "PRAWN-CP", "TIGER-HOSO", "PRAWN-TEMP"],
    "king prawns": ["KPRAWN-RAW", "KPRAWN-COOKED"],
    "cooked prawns": ["KPRAWN-COOKED", "PRAWN-CP"],
    "scampi": ["SCAMPI-WT", "SCAMPI-RF"],
    "fishcakes": ["FCAKE-SALM", "FCAKE-COD", "FCAKE-HAD"],
    "fish cakes": ["FCAKE-SALM", "FCAKE-COD", "FCAKE-HAD"],
    "anchovies": ["BOQ", "ANCH-OIL"],
    "breadcrumbs": ["CRUMB-PANKO", "CRUMB-GOLD"],
    "oil": ["OIL-RAPE", "OIL-SUN"],
    "frying oil": ["OIL-RAPE", "OIL-SUN"],
    "fat": ["FAT-PALM", "FAT-DRIP"],
    "frying fat": ["FAT-PALM", "FAT-DRIP"],
    "peas": ["PEAS-DRIED", "PEAS-MUSHY"],
    "tartare": ["TART-TUB", "TART-SACH"],
    "tartare sauce": ["TART-TUB", "TART-SACH"],
    "vinegar": ["VIN-MALT", "VIN-SACH"],
    "boxes": ["CHIPBOX", "FISHBOX"],
    "fish boxes": ["FISHBOX", "FCOD-BOX", "FHAD-BOX"],
}
# Plain members: the bare word names the plain product (an alias of it).
PLAIN = {
    "batter": "BATTER-GF",
    "smoked mackerel": "SMACK-PLAIN",
    "mushy peas": "PEAS-MUSHY",
    "dripping": "FAT-DRIP",
    "potatoes": "POT-MP",
}


def catalog():
    return {
        "currency": CURRENCY,
        "categories": [{"name": n, "parent": par, "ai_keywords": kw} for n, par, kw in CATEGORIES],
        "products": P,
    }
