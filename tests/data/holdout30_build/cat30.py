# ruff: noqa  (hand-written data generator of blind set 30, kept as its writer left it)
"""catalog30: "Pass & Plate Catering Equipment" (GBP), hand-written.
Catering equipment and kitchen smallwares for restaurants and canteens."""

CURRENCY = "GBP"
DISTRIBUTOR = "Pass & Plate Catering Equipment"

CATEGORIES = [
    ("Gastronorm & Storage", None, ["gastronorm", "gastro pans", "food storage"]),
    ("Stainless Gastronorm", "Gastronorm & Storage", ["stainless gn", "steel gastro"]),
    ("Polycarbonate Gastronorm", "Gastronorm & Storage", ["clear gn", "plastic gastro"]),
    ("Gastronorm Lids", "Gastronorm & Storage", ["gn lids"]),
    ("Food Storage Containers", "Gastronorm & Storage", ["tubs", "storage"]),
    ("Food Prep", None, ["prep", "preparation"]),
    ("Chopping Boards", "Food Prep", ["boards", "haccp boards"]),
    ("Knives & Sharpening", "Food Prep", ["knives", "cutlery prep"]),
    ("Prep Tools", "Food Prep", ["prep tools", "graters", "bowls"]),
    ("Cookware", None, ["pots and pans"]),
    ("Pans", "Cookware", ["frying pans", "skillets"]),
    ("Pots", "Cookware", ["stock pots", "saucepans"]),
    ("Bakeware & Roasting", "Cookware", ["trays", "bakeware"]),
    ("Utensils", None, ["kitchen utensils"]),
    ("Spoons & Ladles", "Utensils", ["serving spoons", "ladles"]),
    ("Tongs, Turners & Whisks", "Utensils", ["tongs", "turners", "whisks"]),
    ("Squeeze Bottles", "Utensils", ["sauce bottles"]),
    ("Temperature & Safety", None, ["food safety", "haccp"]),
    ("Probes & Thermometers", "Temperature & Safety", ["thermometers"]),
    ("Labels & Hygiene", "Temperature & Safety", ["labels", "hygiene"]),
    ("Textiles & Cleaning", None, ["linen", "cleaning"]),
    ("Tea Towels & Cloths", "Textiles & Cleaning", ["cloths", "towels"]),
    ("Aprons & Oven Gloves", "Textiles & Cleaning", ["aprons", "oven cloths"]),
    ("Disposables", None, ["consumables"]),
    ("Disposable Gloves", "Disposables", ["gloves"]),
    ("Film, Foil & Paper", "Disposables", ["wraps"]),
    ("Pots, Bags & Rolls", "Disposables", ["deli pots", "pouches"]),
]

GN3 = ["65mm", "100mm", "150mm"]
COLOURS7 = ["Red", "Blue", "Yellow", "Green", "Brown", "White", "Purple"]


def V(name, vtype, sku, price, aliases=()):
    return {"name": name, "variant_type": vtype, "sku": sku, "unit_price": price, "ai_aliases": list(aliases)}


def depth_variants(base, prices, depths=GN3):
    out = []
    size = {"GN11": "1/1", "GN12": "1/2", "GN13": "1/3", "GN16": "1/6"}[base[:4]]
    mat = "poly" if base.endswith("PC") else "steel"
    for d, p in zip(depths, prices):
        n = d[:-2]
        out.append(V(d, "SIZE", f"{base}-{n}", p, [f"{size} {mat} {n} deep", f"{size} {mat} {n}mm"]))
    return out


# (sku, name, category, unit, price, aliases, keywords, training, variants)
P = []


def add(sku, name, cat, unit, price, aliases, keywords, training, variants=()):
    P.append(
        dict(
            sku=sku,
            name=name,
            category=cat,
            unit=unit,
            unit_price=price,
            aliases=list(aliases),
            keywords=list(keywords),
            ai_training_examples=list(training),
            variants=list(variants),
        )
    )


S = "Stainless Gastronorm"
add(
    "GN11-SS",
    "Gastronorm 1/1 Stainless Steel Container",
    S,
    "each",
    "18.50",
    ["1/1 stainless gastro", "full size stainless gn", "gn 1/1 ss"],
    ["gastronorm", "1/1", "stainless"],
    ["gastronorm one-one in steel, 100 depth"],
    depth_variants("GN11-SS", ["16.20", "18.50", "23.90", "29.40"], ["65mm", "100mm", "150mm", "200mm"]),
)
add(
    "GN12-SS",
    "Gastronorm 1/2 Stainless Steel Container",
    S,
    "each",
    "11.40",
    ["1/2 stainless gastro", "half size stainless gn", "gn 1/2 ss"],
    ["gastronorm", "1/2", "stainless"],
    ["half gastronorm steel 150 deep please"],
    depth_variants("GN12-SS", ["9.80", "11.40", "14.60"]),
)
add(
    "GN13-SS",
    "Gastronorm 1/3 Stainless Steel Container",
    S,
    "each",
    "8.90",
    ["1/3 stainless gastro", "third stainless gn", "gn 1/3 ss"],
    ["gastronorm", "1/3", "stainless"],
    ["third size steel gastronorm x 4 at 65"],
    depth_variants("GN13-SS", ["7.60", "8.90", "11.20"]),
)
add(
    "GN14-SS-100",
    "Gastronorm 1/4 Stainless Steel Container 100mm",
    S,
    "each",
    "7.80",
    ["1/4 stainless gastro", "quarter gastro", "gn 1/4"],
    ["gastronorm", "1/4"],
    ["quarter size steel gn 100"],
)
add(
    "GN16-SS",
    "Gastronorm 1/6 Stainless Steel Container",
    S,
    "each",
    "5.60",
    ["1/6 stainless gastro", "sixth stainless gn", "gn 1/6 ss"],
    ["gastronorm", "1/6", "stainless"],
    ["sixth steel gastronorms for the pizza line"],
    depth_variants("GN16-SS", ["4.90", "5.60", "7.10"]),
)
add(
    "GN19-SS-65",
    "Gastronorm 1/9 Stainless Steel Container 65mm",
    S,
    "each",
    "3.90",
    ["1/9 gastro", "ninth gastro", "gn 1/9"],
    ["gastronorm", "1/9", "garnish"],
    ["ninth size steel pot 65"],
)
add(
    "GN21-SS-65",
    "Gastronorm 2/1 Stainless Steel Container 65mm",
    S,
    "each",
    "31.50",
    ["2/1 gastro", "double gastro", "gn 2/1"],
    ["gastronorm", "2/1"],
    ["two-one size steel gastro tray"],
)
add(
    "GN11-PERF-65",
    "Gastronorm 1/1 Perforated Stainless Container 65mm",
    S,
    "each",
    "21.80",
    ["perforated 1/1", "perforated gastro", "perf gn"],
    ["gastronorm", "perforated", "steamer"],
    ["holey 1/1 insert for the steamer"],
)

PC = "Polycarbonate Gastronorm"
add(
    "GN11-PC",
    "Gastronorm 1/1 Polycarbonate Container Clear",
    PC,
    "each",
    "14.20",
    ["1/1 poly gastro", "clear 1/1 gastro", "gn 1/1 pc"],
    ["gastronorm", "polycarbonate", "clear"],
    ["see-through full size gn 150"],
    depth_variants("GN11-PC", ["12.10", "14.20", "16.80"]),
)
add(
    "GN13-PC",
    "Gastronorm 1/3 Polycarbonate Container Clear",
    PC,
    "each",
    "7.40",
    ["1/3 poly gastro", "clear 1/3 gastro", "gn 1/3 pc"],
    ["gastronorm", "polycarbonate", "clear"],
    ["see-through third gastro 100"],
    depth_variants("GN13-PC", ["7.40", "8.60"], ["100mm", "150mm"]),
)
add(
    "GN16-PC-150",
    "Gastronorm 1/6 Polycarbonate Container Clear 150mm",
    PC,
    "each",
    "5.20",
    ["1/6 poly gastro", "clear 1/6 gastro", "gn 1/6 pc"],
    ["gastronorm", "polycarbonate"],
    ["see-through sixth pan deep"],
)

LD = "Gastronorm Lids"
add(
    "LID-GN11-SS",
    "Gastronorm 1/1 Stainless Steel Lid",
    LD,
    "each",
    "9.60",
    ["1/1 stainless lid", "gn 1/1 lid ss"],
    ["lid", "1/1"],
    ["steel cover full size gn"],
)
add(
    "LID-GN12-SS",
    "Gastronorm 1/2 Stainless Steel Lid",
    LD,
    "each",
    "6.20",
    ["1/2 stainless lid", "gn 1/2 lid", "half gastro lid"],
    ["lid", "1/2"],
    ["steel cover half gn"],
)
add(
    "LID-GN13-SS",
    "Gastronorm 1/3 Stainless Steel Lid",
    LD,
    "each",
    "4.90",
    ["1/3 stainless lid", "gn 1/3 lid ss"],
    ["lid", "1/3"],
    ["steel cover third gn plain"],
)
add(
    "LID-GN13-SS-NOTCH",
    "Gastronorm 1/3 Stainless Steel Lid with Spoon Notch",
    LD,
    "each",
    "5.40",
    ["notched 1/3 lid", "1/3 lid with notch", "spoon notch lid"],
    ["lid", "notch", "bain marie"],
    ["third size cover cut out for a ladle"],
)
add(
    "LID-GN16-SS",
    "Gastronorm 1/6 Stainless Steel Lid",
    LD,
    "each",
    "3.60",
    ["1/6 stainless lid", "gn 1/6 lid ss"],
    ["lid", "1/6"],
    ["steel cover sixth gn"],
)
add(
    "LID-GN11-PC",
    "Gastronorm 1/1 Polycarbonate Lid Clear",
    LD,
    "each",
    "6.80",
    ["1/1 poly lid", "clear 1/1 lid"],
    ["lid", "polycarbonate"],
    ["see-through full size cover"],
)
add(
    "LID-GN13-PC",
    "Gastronorm 1/3 Polycarbonate Lid Clear",
    LD,
    "each",
    "3.20",
    ["1/3 poly lid", "clear 1/3 lid"],
    ["lid", "polycarbonate"],
    ["see-through third size cover"],
)
add(
    "LID-GN16-PC",
    "Gastronorm 1/6 Polycarbonate Lid Clear",
    LD,
    "each",
    "2.40",
    ["1/6 poly lid", "clear 1/6 lid"],
    ["lid", "polycarbonate"],
    ["see-through sixth size cover"],
)

FS = "Food Storage Containers"
add(
    "SQ-CONT",
    "Square Polycarbonate Food Storage Container",
    FS,
    "each",
    "9.90",
    ["square storage container", "square tub", "cambro"],
    ["storage", "square", "container"],
    ["square clear tub for stocks, the 8 litre"],
    [
        V("2L", "VOLUME", "SQ-CONT-2", "6.90", ["2 litre", "2 ltr"]),
        V("4L", "VOLUME", "SQ-CONT-4", "8.40", ["4 litre", "4 ltr"]),
        V("8L", "VOLUME", "SQ-CONT-8", "11.90", ["8 litre", "8 ltr"]),
    ],
)
add(
    "SQ-LID-24",
    "Square Container Lid for 2L & 4L",
    FS,
    "each",
    "2.80",
    ["small square lid", "lid for 2l and 4l"],
    ["lid", "square"],
    ["cover for the two and four litre squares"],
)
add(
    "SQ-LID-8",
    "Square Container Lid for 8L",
    FS,
    "each",
    "3.40",
    ["big square lid", "lid for 8l"],
    ["lid", "square"],
    ["cover for the eight litre square"],
)
add(
    "INGR-BIN-81",
    "Mobile Ingredient Bin 81L",
    FS,
    "each",
    "64.00",
    ["ingredient bin", "flour bin", "mobile bin"],
    ["bin", "ingredients", "castors"],
    ["rolling flour tub with lid"],
)

CB = "Chopping Boards"
add(
    "BOARD-STD",
    "Colour-Coded Chopping Board 450 x 300 x 12mm",
    CB,
    "each",
    "8.50",
    ["standard chopping board", "450 board", "haccp board"],
    ["chopping board", "colour coded"],
    ["standard haccp board in the raw meat colour"],
    [V(c, "COLOR", f"BOARD-STD-{c[:3].upper()}", "8.50", [f"{c.lower()} 450 board"]) for c in COLOURS7],
)
add(
    "BOARD-LG",
    "Colour-Coded Chopping Board 600 x 450 x 20mm",
    CB,
    "each",
    "16.90",
    ["large chopping board", "600 board", "thick haccp board"],
    ["chopping board", "large", "colour coded"],
    ["big thick board, fish colour"],
    [
        V(c, "COLOR", f"BOARD-LG-{c[:3].upper()}", "16.90", [f"large {c.lower()} board"])
        for c in ["Red", "Blue", "Green", "White"]
    ],
)
add(
    "BOARD-SET6",
    "Colour-Coded Chopping Board Set of 6 with Rack",
    CB,
    "each",
    "54.00",
    ["board set", "set of 6 boards", "rainbow board set"],
    ["chopping board", "set", "rack"],
    ["six colour board kit incl stand"],
)
add(
    "BOARD-RACK",
    "Chopping Board Rack (holds 6)",
    CB,
    "each",
    "14.50",
    ["board rack", "board stand"],
    ["rack", "chopping board"],
    ["stainless stand for six boards"],
)

KN = "Knives & Sharpening"
add(
    "KN-CHEF25",
    "Kestrel Chef's Knife 25cm Colour-Coded Handle",
    KN,
    "each",
    "21.00",
    ["10 inch chef knife", "25cm chef knife", "kestrel 25"],
    ["knife", "chef", "colour coded"],
    ["ten-inch cooks knife, green handle"],
    [
        V(c, "COLOR", f"KN-CHEF25-{c[:3].upper()}", "21.00", [f"{c.lower()} handle"])
        for c in ["Black", "Red", "Blue", "Yellow", "Green", "Brown", "White"]
    ],
)
add(
    "KN-CHEF20",
    "Kestrel Chef's Knife 20cm Black Handle",
    KN,
    "each",
    "17.50",
    ["8 inch chef knife", "20cm chef knife", "kestrel 20"],
    ["knife", "chef"],
    ["eight-inch cooks knife"],
)
add(
    "KN-PARING8",
    "Kestrel Paring Knife 8cm",
    KN,
    "each",
    "6.40",
    ["paring knife", "vegetable knife", "petty knife"],
    ["knife", "paring"],
    ["small veg knife for turning"],
)
add(
    "KN-BONING15",
    "Kestrel Boning Knife 15cm",
    KN,
    "each",
    "14.80",
    ["boning knife", "kestrel boning"],
    ["knife", "boning", "butchery"],
    ["narrow blade for deboning chicken"],
)
add(
    "KN-FILLET18",
    "Kestrel Flexible Filleting Knife 18cm",
    KN,
    "each",
    "16.20",
    ["filleting knife", "fillet knife", "fish knife"],
    ["knife", "fish", "flexible"],
    ["bendy knife for filleting fish"],
)
add(
    "KN-BREAD26",
    "Kestrel Bread Knife 26cm Serrated",
    KN,
    "each",
    "15.60",
    ["bread knife", "serrated knife"],
    ["knife", "bread"],
    ["long serrated knife for sourdough"],
)
add(
    "KN-SANTOKU18",
    "Kestrel Santoku Knife 18cm",
    KN,
    "each",
    "24.50",
    ["santoku", "kestrel santoku"],
    ["knife", "santoku", "japanese"],
    ["japanese style veg knife"],
)
add(
    "KN-STEEL30",
    "Sharpening Steel 30cm",
    KN,
    "each",
    "13.90",
    ["sharpening steel", "honing steel", "knife steel"],
    ["sharpening", "steel"],
    ["honing rod 12 inch"],
)
add(
    "KN-WHETSTONE",
    "Combination Whetstone 1000/6000 Grit",
    KN,
    "each",
    "27.00",
    ["whetstone", "sharpening stone", "water stone"],
    ["sharpening", "stone"],
    ["double sided grit stone"],
)
add(
    "KN-ROLL",
    "Knife Roll 8 Pockets",
    KN,
    "each",
    "22.00",
    ["knife roll", "knife bag", "knife wallet"],
    ["knife", "roll", "canvas"],
    ["canvas wrap for eight knives"],
)

PT = "Prep Tools"
add(
    "MANDOLINE",
    "Mandoline Slicer with Guard",
    PT,
    "each",
    "38.00",
    ["mandoline", "mandolin", "slicer"],
    ["slicer"],
    ["adjustable veg slicer with hand guard"],
)
add(
    "GRATER-BOX",
    "Stainless Box Grater 4-Sided",
    PT,
    "each",
    "8.20",
    ["box grater", "4 sided grater"],
    ["grater"],
    ["four face cheese grater"],
)
add(
    "ZESTER",
    "Fine Rasp Zester Grater",
    PT,
    "each",
    "11.50",
    ["zester", "microplane", "rasp grater"],
    ["grater", "zest"],
    ["fine rasp for citrus"],
)
add(
    "COLANDER-40",
    "Stainless Colander 40cm",
    PT,
    "each",
    "19.80",
    ["colander", "40cm colander"],
    ["drain", "colander"],
    ["big pasta drainer"],
)
add(
    "CHINOIS-20",
    "Conical Strainer Fine Mesh 20cm",
    PT,
    "each",
    "17.40",
    ["chinois", "conical strainer", "conical sieve"],
    ["strainer", "sieve"],
    ["fine cone sieve for sauces"],
)
add(
    "SPIDER-16",
    "Spider Skimmer 16cm",
    PT,
    "each",
    "6.90",
    ["spider", "spider skimmer", "wire skimmer"],
    ["skimmer", "fryer"],
    ["wire basket scoop"],
)
add(
    "MIXBOWL-5",
    "Stainless Mixing Bowl 5L",
    PT,
    "each",
    "7.20",
    ["5l mixing bowl", "5 litre bowl"],
    ["bowl", "mixing"],
    ["medium steel bowl five litre"],
)
add(
    "MIXBOWL-8",
    "Stainless Mixing Bowl 8L",
    PT,
    "each",
    "10.60",
    ["8l mixing bowl", "8 litre bowl"],
    ["bowl", "mixing"],
    ["large steel bowl eight litre"],
)
add(
    "JUG-1L",
    "Polypropylene Measuring Jug 1L",
    PT,
    "each",
    "3.10",
    ["1l jug", "1 litre jug"],
    ["jug", "measuring"],
    ["litre measure plastic"],
)
add(
    "JUG-2L",
    "Polypropylene Measuring Jug 2L",
    PT,
    "each",
    "4.30",
    ["2l jug", "2 litre jug"],
    ["jug", "measuring"],
    ["two litre measure plastic"],
)
add(
    "PEELER-Y",
    "Y-Shaped Speed Peeler",
    PT,
    "each",
    "2.60",
    ["y peeler", "speed peeler", "peeler"],
    ["peeler"],
    ["swivel peeler for spuds"],
)

PN = "Pans"
add(
    "PAN-NS",
    "Aluminium Non-Stick Frying Pan",
    PN,
    "each",
    "19.00",
    ["non stick pan", "non-stick frying pan", "teflon pan"],
    ["frying pan", "non-stick"],
    ["coated alu fry pan 24"],
    [
        V(s, "SIZE", f"PAN-NS-{s[:2]}", p, [s + " non-stick", s.replace("cm", " cm") + " non stick"])
        for s, p in [("20cm", "14.50"), ("24cm", "17.00"), ("28cm", "19.00"), ("32cm", "24.00")]
    ],
)
add(
    "PAN-CS-28",
    "Carbon Steel Frying Pan 28cm",
    PN,
    "each",
    "16.50",
    ["28cm carbon steel pan", "28 black iron pan"],
    ["frying pan", "carbon steel"],
    ["blue steel pan twenty eight"],
)
add(
    "PAN-CS-32",
    "Carbon Steel Frying Pan 32cm",
    PN,
    "each",
    "21.00",
    ["32cm carbon steel pan", "32 black iron pan"],
    ["frying pan", "carbon steel"],
    ["blue steel pan thirty two"],
)
add(
    "PAN-SAUTE-28",
    "Stainless Steel Sauté Pan 28cm with Lid",
    PN,
    "each",
    "42.00",
    ["saute pan", "sauteuse", "sauté pan"],
    ["saute", "stainless"],
    ["straight sided pan with cover"],
)
add(
    "WOK-36",
    "Carbon Steel Wok 36cm",
    PN,
    "each",
    "18.50",
    ["wok", "36cm wok"],
    ["wok", "carbon steel"],
    ["round bottom stir fry pan"],
)

PO = "Pots"
add(
    "STOCKPOT",
    "Stainless Steel Stockpot with Lid",
    PO,
    "each",
    "64.00",
    ["stockpot", "stock pot", "boiling pot"],
    ["stockpot", "stainless"],
    ["big pot with lid for stocks, 36 litre"],
    [
        V("20L", "VOLUME", "STOCKPOT-20", "48.00", ["20 litre", "20 ltr"]),
        V("36L", "VOLUME", "STOCKPOT-36", "64.00", ["36 litre", "36 ltr"]),
        V("50L", "VOLUME", "STOCKPOT-50", "82.00", ["50 litre", "50 ltr"]),
    ],
)
add(
    "SAUCEPAN-20",
    "Aluminium Saucepan 20cm (3.2L)",
    PO,
    "each",
    "15.40",
    ["20cm saucepan", "small saucepan"],
    ["saucepan", "aluminium"],
    ["3.2 litre sauce pan"],
)
add(
    "SAUCEPAN-24",
    "Aluminium Saucepan 24cm (6L)",
    PO,
    "each",
    "19.90",
    ["24cm saucepan", "big saucepan"],
    ["saucepan", "aluminium"],
    ["6 litre sauce pan"],
)

BR = "Bakeware & Roasting"
add(
    "TRAY-BAKE-6040",
    "Aluminium Baking Tray 600 x 400mm",
    BR,
    "each",
    "9.80",
    ["baking tray", "baking trays", "bake tray", "600x400 tray"],
    ["baking", "tray", "sheet"],
    ["flat alu sheet for the deck oven"],
)
add(
    "TRAY-PERF-6040",
    "Perforated Aluminium Baking Tray 600 x 400mm",
    BR,
    "each",
    "13.60",
    ["perforated baking tray", "perf tray"],
    ["baking", "perforated"],
    ["holey alu sheet 60 by 40"],
)
add(
    "ROAST-GN11",
    "Aluminium Roasting Tray GN 1/1 65mm",
    BR,
    "each",
    "12.40",
    ["roasting tray", "roasting tin", "1/1 roasting tray"],
    ["roasting", "tray"],
    ["alu roaster full size"],
)
add(
    "SILPAT",
    "Silicone Baking Mat 585 x 385mm",
    BR,
    "each",
    "11.00",
    ["silicone mat", "baking mat", "silpat"],
    ["baking", "silicone"],
    ["non stick sheet liner"],
)
add(
    "MUFFIN-12",
    "Non-Stick Muffin Tray 12 Cup",
    BR,
    "each",
    "9.20",
    ["muffin tray", "muffin tin", "cupcake tray"],
    ["baking", "muffin"],
    ["twelve hole bun tin"],
)
add(
    "LOAF-2LB",
    "Non-Stick Loaf Tin 2lb",
    BR,
    "each",
    "5.80",
    ["loaf tin", "2lb loaf tin", "bread tin"],
    ["baking", "loaf"],
    ["two pound bread mould"],
)

SL = "Spoons & Ladles"
add(
    "SPOON-SOLID",
    "Stainless Serving Spoon Solid 33cm",
    SL,
    "each",
    "2.90",
    ["solid spoon", "solid serving spoon"],
    ["spoon", "serving"],
    ["plain long spoon for the pass"],
)
add(
    "SPOON-SLOT",
    "Stainless Serving Spoon Slotted 33cm",
    SL,
    "each",
    "3.10",
    ["slotted spoon", "slotted serving spoon"],
    ["spoon", "serving", "slotted"],
    ["long spoon with slots"],
)
add(
    "SPOON-PERF",
    "Stainless Serving Spoon Perforated 33cm",
    SL,
    "each",
    "3.10",
    ["perforated spoon", "perforated serving spoon"],
    ["spoon", "serving", "perforated"],
    ["long spoon with holes"],
)
add(
    "LADLE-120",
    "Stainless Ladle 120ml (4oz)",
    SL,
    "each",
    "4.20",
    ["4oz ladle", "120ml ladle", "small ladle"],
    ["ladle"],
    ["portion ladle four ounce"],
)
add(
    "LADLE-250",
    "Stainless Ladle 250ml (8oz)",
    SL,
    "each",
    "5.40",
    ["8oz ladle", "250ml ladle", "large ladle"],
    ["ladle"],
    ["soup ladle eight ounce"],
)

TW = "Tongs, Turners & Whisks"
add(
    "TONGS-CC",
    "Colour-Coded Utility Tongs 30cm",
    TW,
    "each",
    "3.80",
    ["colour coded tongs", "coloured tongs", "haccp tongs"],
    ["tongs", "colour coded"],
    ["30cm tongs with the green grip"],
    [
        V(c, "COLOR", f"TONGS-CC-{c[:3].upper()}", "3.80", [f"{c.lower()} tongs"])
        for c in ["Red", "Blue", "Yellow", "Green", "Brown", "White"]
    ],
)
add(
    "TONGS-30",
    "Stainless Utility Tongs 30cm",
    TW,
    "each",
    "2.70",
    ["30cm tongs", "12 inch tongs"],
    ["tongs", "stainless"],
    ["plain steel tongs thirty"],
)
add(
    "TONGS-40",
    "Stainless Utility Tongs 40cm",
    TW,
    "each",
    "3.30",
    ["40cm tongs", "16 inch tongs", "long tongs"],
    ["tongs", "stainless", "grill"],
    ["long steel tongs for the grill"],
)
add(
    "FISH-SLICE",
    "Slotted Fish Slice",
    TW,
    "each",
    "4.60",
    ["fish slice", "slotted turner"],
    ["turner", "slice"],
    ["flexible slotted turner for fish"],
)
add(
    "WHISK-30",
    "Balloon Whisk 30cm",
    TW,
    "each",
    "5.10",
    ["30cm whisk", "small whisk"],
    ["whisk"],
    ["balloon whisk twelve inch"],
)
add(
    "WHISK-45",
    "Balloon Whisk 45cm",
    TW,
    "each",
    "7.90",
    ["45cm whisk", "large whisk", "big whisk"],
    ["whisk"],
    ["balloon whisk eighteen inch"],
)
add(
    "SPATULA-SIL",
    "Heat-Resistant Silicone Spatula 25cm",
    TW,
    "each",
    "4.40",
    ["silicone spatula", "spatula", "maryse"],
    ["spatula", "silicone"],
    ["red rubber scraper heatproof"],
)

SB = "Squeeze Bottles"
add(
    "SQUEEZE-CLR",
    "Squeeze Bottles Clear 12oz (pack of 6)",
    SB,
    "pack",
    "5.40",
    ["clear squeeze bottles", "clear squeezy"],
    ["squeeze", "bottle", "clear"],
    ["see-through sauce dispensers"],
)
add(
    "SQUEEZE-RED",
    "Squeeze Bottles Red 12oz (pack of 6)",
    SB,
    "pack",
    "5.40",
    ["red squeeze bottles", "red squeezy", "ketchup bottles"],
    ["squeeze", "bottle", "red"],
    ["red sauce dispensers"],
)

PR = "Probes & Thermometers"
add(
    "PROBE-DIG",
    "Digital Probe Thermometer with 1m Cable",
    PR,
    "each",
    "24.00",
    ["cable probe", "oven probe", "digital probe"],
    ["probe", "thermometer"],
    ["thermometer on a lead for the oven"],
)
add(
    "PROBE-POCKET",
    "Pocket Probe Thermometer (pen type)",
    PR,
    "each",
    "9.50",
    ["pocket probe", "pen probe", "pocket thermometer"],
    ["probe", "thermometer"],
    ["pen style temp stick"],
)
add(
    "PROBE-FOLD",
    "Folding Probe Thermometer Waterproof",
    PR,
    "each",
    "29.00",
    ["folding probe", "fold out probe", "waterproof probe"],
    ["probe", "thermometer"],
    ["fold away temp gauge"],
)
add(
    "IR-THERMO",
    "Infrared Thermometer Gun",
    PR,
    "each",
    "34.00",
    ["infrared thermometer", "ir gun", "laser thermometer"],
    ["thermometer", "infrared"],
    ["point and shoot temp gun"],
)
add(
    "FRIDGE-THERMO",
    "Fridge & Freezer Thermometer (pack of 2)",
    PR,
    "pack",
    "4.80",
    ["fridge thermometer", "freezer thermometer"],
    ["thermometer", "fridge"],
    ["dial thermometers for chillers"],
)
add(
    "PROBE-WIPES",
    "Probe Wipes (tub of 200)",
    PR,
    "tub",
    "6.90",
    ["probe wipes", "thermometer wipes"],
    ["wipes", "probe"],
    ["sanitising wipes for temp sticks"],
)

LH = "Labels & Hygiene"
DAYS = [
    ("Monday", "Blue"),
    ("Tuesday", "Yellow"),
    ("Wednesday", "Red"),
    ("Thursday", "Green"),
    ("Friday", "Brown"),
    ("Saturday", "Orange"),
    ("Sunday", "Black"),
]
add(
    "DAYDOTS",
    "Day Dot Labels 19mm (roll of 1000)",
    LH,
    "each",
    "3.20",
    ["day dots", "day labels", "daydots"],
    ["labels", "day", "rotation"],
    ["coloured weekday stickers for rotation"],
    [
        V(
            d,
            "COLOR",
            f"DAYDOTS-{d[:3].upper()}",
            "3.20",
            [f"{d.lower()} dots", f"{c.lower()} day dots", d[:3].lower() + " dots"],
        )
        for d, c in DAYS
    ],
)
add(
    "DISSOLVE-LBL",
    "Dissolvable Prep Labels 50 x 75mm (roll of 250)",
    LH,
    "each",
    "9.40",
    ["dissolvable labels", "dissolving labels", "prep labels"],
    ["labels", "dissolvable"],
    ["wash-off use-by stickers"],
)
add(
    "PLASTERS-BLUE",
    "Blue Detectable Plasters (box of 100)",
    LH,
    "box",
    "4.60",
    ["blue plasters", "detectable plasters", "catering plasters"],
    ["plasters", "first aid"],
    ["metal strip blue bandaids"],
)
add(
    "HAIRNETS",
    "Hair Nets White (pack of 100)",
    LH,
    "pack",
    "3.90",
    ["hair nets", "hairnets", "mob caps"],
    ["hair", "hygiene"],
    ["white head nets"],
)
add(
    "SNOODS",
    "Beard Snoods (pack of 100)",
    LH,
    "pack",
    "4.90",
    ["beard snoods", "beard nets", "beard covers"],
    ["beard", "hygiene"],
    ["face hair covers"],
)

TC = "Tea Towels & Cloths"
add(
    "TT-WHITE",
    "White Cotton Tea Towels (pack of 10)",
    TC,
    "pack",
    "12.50",
    ["white tea towels", "white cotton tea towels"],
    ["tea towel", "cotton"],
    ["plain white drying towels"],
)
add(
    "TT-BLUECHECK",
    "Blue Check Tea Towels (pack of 10)",
    TC,
    "pack",
    "13.50",
    ["blue check tea towels", "blue checked tea towels", "chequered tea towels"],
    ["tea towel", "check"],
    ["blue and white checked cloths for drying"],
)
add(
    "GLASS-CLOTH",
    "Linen Union Glass Cloths (pack of 10)",
    TC,
    "pack",
    "15.00",
    ["glass cloths", "linen glass cloths", "glass towels"],
    ["glass", "linen"],
    ["lint free cloths for polishing glasses"],
)
add(
    "CLOTHS-AP",
    "All-Purpose Cloths Colour-Coded (pack of 50)",
    TC,
    "pack",
    "6.80",
    ["j cloths", "jcloths", "all purpose cloths", "wiping cloths"],
    ["cloths", "colour coded"],
    ["50 wipe cloths in the washroom colour"],
    [
        V(c, "COLOR", f"CLOTHS-AP-{c[:3].upper()}", "6.80", [f"{c.lower()} cloths", f"{c.lower()} j cloths"])
        for c in ["Blue", "Green", "Red", "Yellow"]
    ],
)
add(
    "BLUE-ROLL",
    "Blue Roll Centrefeed 2-Ply (pack of 6)",
    TC,
    "pack",
    "14.90",
    ["blue roll", "centrefeed", "centre feed"],
    ["paper", "roll"],
    ["blue paper towel rolls"],
)
add(
    "SCOURER-GREEN",
    "Green Scourer Pads (pack of 10)",
    TC,
    "pack",
    "2.90",
    ["green scourers", "scouring pads", "green pads"],
    ["scourer"],
    ["abrasive pads for pots"],
)

AO = "Aprons & Oven Gloves"
add(
    "APRON-BIB-BLK",
    "Bib Apron Black Polycotton",
    AO,
    "each",
    "7.50",
    ["black bib apron", "black bib"],
    ["apron", "bib"],
    ["full length dark apron"],
)
add(
    "APRON-BIB-WHT",
    "Bib Apron White Polycotton",
    AO,
    "each",
    "6.90",
    ["white bib apron", "white bib"],
    ["apron", "bib"],
    ["full length chef whites apron"],
)
add(
    "APRON-WAIST",
    "Waist Apron Black",
    AO,
    "each",
    "5.80",
    ["waist apron", "bistro apron", "half apron"],
    ["apron", "waist"],
    ["short front of house apron"],
)
add(
    "OVEN-GLOVE-DBL",
    "Double Oven Glove 90cm",
    AO,
    "each",
    "8.90",
    ["double oven glove", "double oven gloves", "oven mitt double"],
    ["oven glove"],
    ["joined pair of mitts"],
)
add(
    "GAUNTLET",
    "Heat-Resistant Oven Gauntlets 43cm (pair)",
    AO,
    "each",
    "18.50",
    ["gauntlets", "oven gauntlets", "heat gauntlets"],
    ["oven glove", "gauntlet"],
    ["long forearm mitts pair"],
)

DG = "Disposable Gloves"
add(
    "GLOVE-NIT",
    "Blue Nitrile Gloves Powder-Free (box of 100)",
    DG,
    "box",
    "5.90",
    ["nitrile gloves", "blue nitrile", "nitriles"],
    ["gloves", "nitrile", "blue"],
    ["powder free blue disposables size m"],
    [
        V(s, "SIZE", f"GLOVE-NIT-{k}", "5.90", [f"{s.lower()} nitrile", f"{k.lower()} nitrile"])
        for s, k in [("Small", "S"), ("Medium", "M"), ("Large", "L"), ("X-Large", "XL")]
    ],
)
add(
    "GLOVE-VIN",
    "Clear Vinyl Gloves Powder-Free (box of 100)",
    DG,
    "box",
    "3.40",
    ["vinyl gloves", "clear vinyl", "vinyls"],
    ["gloves", "vinyl", "clear"],
    ["see-through disposables size l"],
    [
        V(s, "SIZE", f"GLOVE-VIN-{k}", "3.40", [f"{s.lower()} vinyl", f"{k.lower()} vinyl"])
        for s, k in [("Small", "S"), ("Medium", "M"), ("Large", "L")]
    ],
)

FF = "Film, Foil & Paper"
add(
    "CLING-450",
    "Catering Cling Film 450mm x 300m",
    FF,
    "each",
    "8.90",
    ["450 cling film", "45cm cling", "wide cling film"],
    ["cling film", "wrap"],
    ["wide roll of food wrap"],
)
add(
    "CLING-300",
    "Catering Cling Film 300mm x 300m",
    FF,
    "each",
    "6.90",
    ["300 cling film", "30cm cling", "narrow cling film"],
    ["cling film", "wrap"],
    ["narrow roll of food wrap"],
)
add(
    "FOIL-450",
    "Catering Foil 450mm x 75m",
    FF,
    "each",
    "14.20",
    ["450 foil", "45cm foil", "wide foil"],
    ["foil", "aluminium"],
    ["wide roll of tin foil"],
)
add(
    "FOIL-300",
    "Catering Foil 300mm x 75m",
    FF,
    "each",
    "9.90",
    ["300 foil", "30cm foil", "narrow foil"],
    ["foil", "aluminium"],
    ["narrow roll of tin foil"],
)
add(
    "PARCHMENT-450",
    "Baking Parchment 450mm x 50m",
    FF,
    "each",
    "7.60",
    ["baking parchment", "greaseproof", "baking paper"],
    ["parchment", "paper"],
    ["silicone paper roll"],
)

PB = "Pots, Bags & Rolls"
add(
    "DELI-POTS",
    "Clear Deli Pots with Lids (case of 250)",
    PB,
    "case",
    "24.00",
    ["deli pots", "deli containers", "sauce pots with lids"],
    ["deli", "pots", "takeaway"],
    ["clear tubs with lids for prep, 8oz"],
    [
        V("4oz", "VOLUME", "DELI-POTS-4", "18.00", ["4 oz"]),
        V("8oz", "VOLUME", "DELI-POTS-8", "24.00", ["8 oz"]),
        V("16oz", "VOLUME", "DELI-POTS-16", "31.00", ["16 oz"]),
    ],
)
add(
    "VAC-200300",
    "Vacuum Pouches 200 x 300mm (box of 100)",
    PB,
    "box",
    "11.50",
    ["200x300 vac pouches", "small vac bags"],
    ["vacuum", "pouches", "sous vide"],
    ["sous vide bags twenty by thirty"],
)
add(
    "VAC-300400",
    "Vacuum Pouches 300 x 400mm (box of 100)",
    PB,
    "box",
    "17.80",
    ["300x400 vac pouches", "large vac bags"],
    ["vacuum", "pouches", "sous vide"],
    ["sous vide bags thirty by forty"],
)
add(
    "PIPING-53",
    "Disposable Piping Bags 53cm (roll of 100)",
    PB,
    "each",
    "12.80",
    ["piping bags", "disposable piping bags", "pastry bags"],
    ["piping", "pastry"],
    ["throwaway icing bags"],
)
add(
    "APRON-DISP",
    "Disposable Aprons White (roll of 200)",
    PB,
    "each",
    "9.60",
    ["disposable aprons", "plastic aprons", "poly aprons"],
    ["apron", "disposable"],
    ["throwaway polythene aprons"],
)


def catalog():
    return {
        "currency": CURRENCY,
        "categories": [{"name": n, "parent": p, "ai_keywords": k} for n, p, k in CATEGORIES],
        "products": P,
    }
