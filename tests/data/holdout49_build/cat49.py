# ruff: noqa  (hand-written data generator of blind set 49, kept as its writer left it)
"""Catalog of "Foilcraft Salon & Barber Supply Ltd" (invented distributor), blind set 49.

Hand-written. Products: (sku, name, category, unit, price, aliases, keywords, variants)
variants: list of (variant_sku, name, variant_type, price, ai_aliases)
"""

CURRENCY = "GBP"

CATEGORIES = [
    ("Colour", None, ["hair colour", "tint", "boya", "farba", "colore", "ngjyre"]),
    ("Permanent Colour", "Colour", ["permanent", "tube", "tubetto"]),
    ("Demi-Permanent & Toners", "Colour", ["toner", "gloss", "demi"]),
    ("Developers", "Colour", ["peroxide", "developer", "oksidan", "utleniacz", "ossigeno"]),
    ("Bleach & Lighteners", "Colour", ["bleach", "lightener", "açıcı", "rozjaśniacz", "decolorante"]),
    ("Bond & Colour Care", "Colour", ["bond builder", "plex"]),
    ("Haircare", None, ["backbar", "washroom"]),
    ("Shampoo", "Haircare", ["shampoo", "şampuan", "szampon"]),
    ("Conditioner & Masks", "Haircare", ["conditioner", "mask", "balsamo", "odżywka"]),
    ("Styling & Finishing", "Haircare", ["hairspray", "lacca", "heat protect"]),
    ("Barbering", None, ["barber", "berber", "berber malzemesi"]),
    ("Razors & Blades", "Barbering", ["blades", "jilet", "lame", "brisqe"]),
    ("Clipper Care & Hygiene", "Barbering", ["clipper oil", "disinfectant"]),
    ("Barber Styling", "Barbering", ["pomade", "wax", "clay", "wosk"]),
    ("Shaving", "Barbering", ["shave", "tıraş", "rasatura"]),
    ("Salon Consumables", None, ["consumables", "sundries"]),
    ("Foils & Colour Tools", "Salon Consumables", ["foil", "folyo", "folia", "stagnola"]),
    ("Gloves", "Salon Consumables", ["gloves", "eldiven", "rękawiczki", "guanti", "dorashka"]),
    ("Neck Strips & Cotton", "Salon Consumables", ["neck paper", "ense kağıdı", "cotton wool"]),
    ("Towels & Capes", "Salon Consumables", ["towels", "havlu", "ręczniki", "asciugamani", "capes"]),
    ("Waxing", "Salon Consumables", ["depilatory wax", "ağda", "wosk do depilacji"]),
    ("Hygiene", "Salon Consumables", ["sanitiser", "surface spray"]),
    ("Tools & Brushes", "Salon Consumables", ["brush", "comb", "tarak"]),
]

KOL_SHADES = ["5/0", "6/0", "7/0", "7/1", "8/0", "9/03", "10/1", "6/35"]
MAJ_SHADES = ["4.0", "5.0", "6.0", "7.1", "8.3", "9.1", "5.35"]
IGR_SHADES = ["5-0", "6-0", "7-1", "8-0", "9-1", "6-68"]
WCT_SHADES = ["9/16", "10/6", "8/81", "10/73"]
SEQ_SHADES = ["09V", "09P", "09NB", "010NB", "07NB"]


def _shades(prefix, shades, price, brand):
    out = []
    for s in shades:
        code = s.replace("/", "").replace(".", "").replace("-", "")
        out.append((f"{prefix}-SH{code}", s, "COLOR", price, [f"{brand} {s}"]))
    return out


def _v(prefix, items, vtype):
    return [(f"{prefix}-{code}", name, vtype, price, al) for code, name, price, al in items]


P = []


def prod(sku, name, cat, unit, price, aliases=(), keywords=(), variants=()):
    P.append(
        dict(
            sku=sku,
            name=name,
            category=cat,
            unit=unit,
            price=price,
            aliases=list(aliases),
            keywords=list(keywords),
            variants=list(variants),
        )
    )


# ---- Permanent colour (sold by the tube: unit each; a "box" of colour is one boxed tube)
prod(
    "KOL-PERF",
    "Wella Koleston Perfect ME+ Permanent Colour 60ml",
    "Permanent Colour",
    "each",
    "8.95",
    ["koleston", "koleston perfect", "kp me+"],
    ["wella colour", "koleston tube"],
    _shades("KOL", KOL_SHADES, "8.95", "koleston"),
)
prod(
    "KOL-SB-120",
    "Wella Koleston Perfect Special Blonde 12/0 60ml",
    "Permanent Colour",
    "each",
    "9.40",
    ["koleston 12/0", "special blonde 12/0"],
    ["high lift"],
)
prod(
    "KOL-SB-121",
    "Wella Koleston Perfect Special Blonde 12/1 60ml",
    "Permanent Colour",
    "each",
    "9.40",
    ["koleston 12/1", "special blonde 12/1"],
    ["high lift ash"],
)
prod(
    "MAJ-50",
    "L'Oréal Professionnel Majirel Permanent Colour 50ml",
    "Permanent Colour",
    "each",
    "8.40",
    ["majirel", "loreal majirel", "l'oreal majirel"],
    ["loreal colour"],
    _shades("MAJ", MAJ_SHADES, "8.40", "majirel"),
)
prod(
    "IGR-60",
    "Schwarzkopf Igora Royal Permanent Colour 60ml",
    "Permanent Colour",
    "each",
    "7.95",
    ["igora royal", "igora royal colour"],
    ["schwarzkopf colour"],
    _shades("IGR", IGR_SHADES, "7.95", "igora royal"),
)
# ---- Demi and toners
prod(
    "WCT-60",
    "Wella Color Touch Demi-Permanent 60ml",
    "Demi-Permanent & Toners",
    "each",
    "6.95",
    ["color touch", "colour touch"],
    ["wella toner", "demi"],
    _shades("WCT", WCT_SHADES, "6.95", "color touch"),
)
prod(
    "SEQ-60",
    "Redken Shades EQ Gloss 60ml",
    "Demi-Permanent & Toners",
    "each",
    "9.60",
    ["shades eq", "redken eq", "shades eq gloss"],
    ["redken toner", "acidic gloss"],
    _shades("SEQ", SEQ_SHADES, "9.60", "shades eq"),
)
prod(
    "WCT-EM-19",
    "Wella Color Touch Emulsion 1.9% 1L",
    "Demi-Permanent & Toners",
    "bottle",
    "6.10",
    ["color touch emulsion 1.9%", "ct emulsion 1.9"],
    ["emulsion"],
)
prod(
    "WCT-EM-4",
    "Wella Color Touch Emulsion 4% 1L",
    "Demi-Permanent & Toners",
    "bottle",
    "6.10",
    ["color touch emulsion 4%", "ct emulsion 4"],
    ["emulsion"],
)
prod(
    "SEQ-PROC",
    "Redken Shades EQ Processing Solution 1L",
    "Demi-Permanent & Toners",
    "bottle",
    "11.20",
    ["shades eq processing solution", "eq processing"],
    ["redken developer"],
)
# ---- Developers (sold by the bottle)
prod(
    "WOX-3",
    "Wella Welloxon Perfect 3% 10 Vol Developer 1L",
    "Developers",
    "bottle",
    "5.20",
    ["welloxon 3%", "welloxon 10 vol", "welloxon 10vol"],
    ["wella peroxide"],
)
prod(
    "WOX-6",
    "Wella Welloxon Perfect 6% 20 Vol Developer 1L",
    "Developers",
    "bottle",
    "5.20",
    ["welloxon 6%", "welloxon 20 vol", "welloxon 20vol"],
    ["wella peroxide"],
)
prod(
    "WOX-9",
    "Wella Welloxon Perfect 9% 30 Vol Developer 1L",
    "Developers",
    "bottle",
    "5.20",
    ["welloxon 9%", "welloxon 30 vol", "welloxon 30vol"],
    ["wella peroxide"],
)
prod(
    "WOX-12",
    "Wella Welloxon Perfect 12% 40 Vol Developer 1L",
    "Developers",
    "bottle",
    "5.20",
    ["welloxon 12%", "welloxon 40 vol", "welloxon 40vol"],
    ["wella peroxide"],
)
prod(
    "LOX-20",
    "L'Oréal Oxydant Crème 6% 20 Vol 1L",
    "Developers",
    "bottle",
    "5.60",
    ["oxydant 6%", "oxydant 20 vol", "loreal 20 vol"],
    ["loreal peroxide"],
)
prod(
    "LOX-30",
    "L'Oréal Oxydant Crème 9% 30 Vol 1L",
    "Developers",
    "bottle",
    "5.60",
    ["oxydant 9%", "oxydant 30 vol", "loreal 30 vol"],
    ["loreal peroxide"],
)
prod(
    "IOX-20",
    "Schwarzkopf Igora Royal Oil Developer 6% 20 Vol 1L",
    "Developers",
    "bottle",
    "5.40",
    ["igora developer 6%", "igora 20 vol", "igora oil developer 20"],
    ["schwarzkopf peroxide"],
)
prod(
    "IOX-30",
    "Schwarzkopf Igora Royal Oil Developer 9% 30 Vol 1L",
    "Developers",
    "bottle",
    "5.40",
    ["igora developer 9%", "igora 30 vol", "igora oil developer 30"],
    ["schwarzkopf peroxide"],
)
prod(
    "SWD-20",
    "Salonwise Cream Developer 6% 20 Vol",
    "Developers",
    "bottle",
    "3.10",
    ["salonwise 20 vol", "salonwise developer 6%"],
    ["own label peroxide"],
    _v(
        "SWD20",
        [
            ("1L", "1L", "3.10", ["salonwise 20 vol litre"]),
            ("4L", "4L", "10.80", ["salonwise 20 vol 4 litre"]),
        ],
        "VOLUME",
    ),
)
prod(
    "SWD-30",
    "Salonwise Cream Developer 9% 30 Vol",
    "Developers",
    "bottle",
    "3.10",
    ["salonwise 30 vol", "salonwise developer 9%"],
    ["own label peroxide"],
    _v(
        "SWD30",
        [
            ("1L", "1L", "3.10", ["salonwise 30 vol litre"]),
            ("4L", "4L", "10.80", ["salonwise 30 vol 4 litre"]),
        ],
        "VOLUME",
    ),
)
prod(
    "SWD-40",
    "Salonwise Cream Developer 12% 40 Vol 1L",
    "Developers",
    "bottle",
    "3.20",
    ["salonwise 40 vol", "salonwise developer 12%"],
    ["own label peroxide"],
)
# ---- Bleach (sold by the tub)
prod(
    "BLONDOR-800",
    "Wella Blondor Multi Blonde Powder 800g",
    "Bleach & Lighteners",
    "tub",
    "32.50",
    ["blondor", "blondor multi blonde"],
    ["wella bleach"],
)
prod(
    "BLONDME-450",
    "Schwarzkopf BlondMe Premium Lift 9+ 450g",
    "Bleach & Lighteners",
    "tub",
    "28.90",
    ["blondme", "blond me premium lift"],
    ["schwarzkopf bleach"],
)
prod(
    "LBS-500",
    "L'Oréal Blond Studio Multi-Techniques 9 500g",
    "Bleach & Lighteners",
    "tub",
    "27.50",
    ["blond studio", "loreal blond studio"],
    ["loreal bleach"],
)
prod(
    "SWB-BLUE",
    "Salonwise Blue Dust-Free Bleach",
    "Bleach & Lighteners",
    "tub",
    "9.80",
    ["salonwise blue bleach", "blue dust free bleach"],
    ["own label bleach"],
    _v(
        "SWBB",
        [
            ("500G", "500g", "9.80", ["blue bleach 500g tub"]),
            ("2KG", "2kg", "29.50", ["blue bleach 2kg tub"]),
        ],
        "WEIGHT",
    ),
)
prod(
    "SWB-CLAY",
    "Salonwise Clay Balayage Lightener 500g",
    "Bleach & Lighteners",
    "tub",
    "14.20",
    ["balayage clay", "clay lightener"],
    ["freehand lightener"],
)
# ---- Bond & colour care
prod(
    "OLA-1",
    "Olaplex No.1 Bond Multiplier 525ml",
    "Bond & Colour Care",
    "bottle",
    "95.00",
    ["olaplex no.1", "olaplex no 1", "olaplex 1"],
    ["bond multiplier"],
)
prod(
    "OLA-2",
    "Olaplex No.2 Bond Perfector 525ml",
    "Bond & Colour Care",
    "bottle",
    "78.00",
    ["olaplex no.2", "olaplex no 2", "olaplex 2"],
    ["bond perfector"],
)
prod(
    "OLA-3",
    "Olaplex No.3 Hair Perfector 100ml",
    "Bond & Colour Care",
    "each",
    "14.50",
    ["olaplex no.3", "olaplex no 3", "olaplex 3"],
    ["take home"],
)
prod(
    "FIBREPLEX-1",
    "Schwarzkopf Fibreplex No.1 Bond Booster 500ml",
    "Bond & Colour Care",
    "bottle",
    "62.00",
    ["fibreplex", "fibreplex no.1", "fibreplex booster"],
    ["bond booster"],
)
prod(
    "SW-STAIN",
    "Salonwise Colour Stain Remover 250ml",
    "Bond & Colour Care",
    "each",
    "4.20",
    ["stain remover", "colour stain remover"],
    ["skin stain"],
)
prod(
    "SW-BARRIER",
    "Salonwise Skin Barrier Cream 150ml",
    "Bond & Colour Care",
    "each",
    "5.10",
    ["barrier cream", "skin barrier cream"],
    ["hairline cream"],
)
# ---- Shampoo
prod(
    "SW-SHAMP",
    "Salonwise Everyday Salon Shampoo",
    "Shampoo",
    "bottle",
    "4.90",
    ["salonwise shampoo", "everyday shampoo"],
    ["backbar shampoo"],
    _v(
        "SWSH",
        [
            ("1L", "1L", "4.90", ["everyday shampoo 1 litre"]),
            ("5L", "5L", "17.50", ["everyday shampoo 5 litre", "shampoo 5l tub"]),
        ],
        "VOLUME",
    ),
)
prod(
    "SW-COLSHAMP",
    "Salonwise Colour Care Shampoo 1L",
    "Shampoo",
    "bottle",
    "6.40",
    ["salonwise colour care shampoo", "colour care shampoo"],
    ["colour safe"],
)
prod(
    "SW-SILVER",
    "Salonwise Silver Shampoo 1L",
    "Shampoo",
    "bottle",
    "7.10",
    ["silver shampoo", "purple shampoo"],
    ["anti yellow"],
)
prod(
    "WIV-CB-SH",
    "Wella Invigo Color Brilliance Shampoo 1L",
    "Shampoo",
    "bottle",
    "16.90",
    ["invigo color brilliance shampoo", "invigo shampoo"],
    ["wella backbar"],
)
prod(
    "LSE-VIT-SH",
    "L'Oréal Série Expert Vitamino Color Shampoo 1.5L",
    "Shampoo",
    "bottle",
    "24.50",
    ["vitamino shampoo", "serie expert vitamino shampoo"],
    ["loreal backbar"],
)
prod(
    "BON-CF-SH",
    "Schwarzkopf Bonacure Color Freeze Shampoo 1L",
    "Shampoo",
    "bottle",
    "17.80",
    ["color freeze shampoo", "bonacure shampoo"],
    ["bc backbar"],
)
prod(
    "PM-TT-SH",
    "Paul Mitchell Tea Tree Special Shampoo 1L",
    "Shampoo",
    "bottle",
    "21.00",
    ["tea tree shampoo", "paul mitchell tea tree shampoo"],
    ["tea tree"],
)
prod(
    "ACREW-SH",
    "American Crew Daily Cleansing Shampoo 1L",
    "Shampoo",
    "bottle",
    "18.40",
    ["american crew shampoo", "crew daily shampoo"],
    ["mens shampoo"],
)
# ---- Conditioner & masks
prod(
    "SW-COND",
    "Salonwise Everyday Salon Conditioner",
    "Conditioner & Masks",
    "bottle",
    "5.20",
    ["salonwise conditioner", "everyday conditioner"],
    ["backbar conditioner"],
    _v(
        "SWCO",
        [
            ("1L", "1L", "5.20", ["everyday conditioner 1 litre"]),
            ("5L", "5L", "18.90", ["everyday conditioner 5 litre"]),
        ],
        "VOLUME",
    ),
)
prod(
    "SW-COLCOND",
    "Salonwise Colour Care Conditioner 1L",
    "Conditioner & Masks",
    "bottle",
    "6.80",
    ["salonwise colour care conditioner", "colour care conditioner"],
    ["colour safe"],
)
prod(
    "WIV-CB-CO",
    "Wella Invigo Color Brilliance Conditioner 1L",
    "Conditioner & Masks",
    "bottle",
    "17.90",
    ["invigo color brilliance conditioner", "invigo conditioner"],
    ["wella backbar"],
)
prod(
    "LSE-VIT-CO",
    "L'Oréal Série Expert Vitamino Color Conditioner 750ml",
    "Conditioner & Masks",
    "bottle",
    "22.00",
    ["vitamino conditioner", "serie expert vitamino conditioner"],
    ["loreal backbar"],
)
prod(
    "BON-CF-CO",
    "Schwarzkopf Bonacure Color Freeze Conditioner 1L",
    "Conditioner & Masks",
    "bottle",
    "18.60",
    ["color freeze conditioner", "bonacure conditioner"],
    ["bc backbar"],
)
prod(
    "ACREW-CO",
    "American Crew Daily Moisturizing Conditioner 1L",
    "Conditioner & Masks",
    "bottle",
    "19.20",
    ["american crew conditioner", "crew daily conditioner"],
    ["mens conditioner"],
)
prod(
    "SW-MASK",
    "Salonwise Deep Repair Mask 500ml",
    "Conditioner & Masks",
    "tub",
    "8.90",
    ["deep repair mask", "repair mask"],
    ["treatment"],
)
prod(
    "SW-PURPLE-MASK",
    "Salonwise Purple Toning Mask 500ml",
    "Conditioner & Masks",
    "tub",
    "9.40",
    ["purple mask", "purple toning mask"],
    ["blonde care"],
)
# ---- Styling & finishing
prod(
    "ELNETT-400",
    "L'Oréal Elnett Satin Hairspray Strong Hold 400ml",
    "Styling & Finishing",
    "each",
    "5.90",
    ["elnett", "elnett satin"],
    ["lacca"],
)
prod(
    "SW-SPRAY-500",
    "Salonwise Firm Hold Hairspray 500ml",
    "Styling & Finishing",
    "each",
    "3.40",
    ["salonwise hairspray", "firm hold hairspray"],
    ["lacquer"],
)
prod(
    "SW-HEAT-250",
    "Salonwise Heat Protect Spray 250ml",
    "Styling & Finishing",
    "each",
    "4.60",
    ["heat protect", "heat protection spray"],
    ["thermal"],
)
# ---- Razors & blades
prod(
    "DERBY-100",
    "Derby Premium Double Edge Blades (box of 100)",
    "Razors & Blades",
    "box",
    "8.50",
    ["derby blades", "derby premium"],
    ["de blades", "jilet"],
)
prod(
    "ASTRA-100",
    "Astra Superior Platinum Double Edge Blades (box of 100)",
    "Razors & Blades",
    "box",
    "9.20",
    ["astra blades", "astra platinum", "astra superior"],
    ["de blades"],
)
prod(
    "FEATHER-20",
    "Feather Artist Club Professional Blades (box of 20)",
    "Razors & Blades",
    "box",
    "14.90",
    ["feather blades", "feather pro blades", "feather artist club blades"],
    ["japanese blades"],
)
prod(
    "DORCO-100",
    "Dorco ST-300 Platinum Double Edge Blades (box of 100)",
    "Razors & Blades",
    "box",
    "7.80",
    ["dorco blades", "dorco st300", "dorco st-300"],
    ["de blades"],
)
prod(
    "SHAVETTE",
    "Salonwise Barber Shavette Razor Black",
    "Razors & Blades",
    "each",
    "6.50",
    ["shavette", "barber shavette"],
    ["cut throat"],
)
prod(
    "FEATHER-SS",
    "Feather Artist Club SS Folding Razor",
    "Razors & Blades",
    "each",
    "79.00",
    ["feather ss razor", "feather folding razor"],
    ["premium razor"],
)
prod(
    "DISP-RAZOR",
    "Disposable Single Blade Razors (box of 100)",
    "Razors & Blades",
    "box",
    "18.00",
    ["disposable razors", "single blade razors"],
    ["throwaway"],
)
# ---- Clipper care & hygiene
prod(
    "WAHL-OIL",
    "Wahl Clipper Oil 118ml",
    "Clipper Care & Hygiene",
    "each",
    "3.40",
    ["wahl oil", "wahl clipper oil"],
    ["blade oil"],
)
prod(
    "SW-OIL-200",
    "Salonwise Clipper Oil 200ml",
    "Clipper Care & Hygiene",
    "each",
    "2.60",
    ["salonwise clipper oil", "salonwise oil"],
    ["blade oil"],
)
prod(
    "ANDIS-COOL",
    "Andis Cool Care Plus 5-in-1 Spray 439g",
    "Clipper Care & Hygiene",
    "each",
    "8.90",
    ["andis cool care", "cool care plus", "andis spray"],
    ["clipper coolant"],
)
prod(
    "CLIPPERCIDE",
    "Clippercide Disinfectant Spray 425g",
    "Clipper Care & Hygiene",
    "each",
    "8.20",
    ["clippercide", "clippercide spray"],
    ["clipper coolant"],
)
prod(
    "BARB-CONC",
    "Barbicide Disinfectant Concentrate",
    "Clipper Care & Hygiene",
    "bottle",
    "9.50",
    ["barbicide concentrate", "barbicide liquid"],
    ["blue liquid"],
    _v(
        "BARB",
        [
            ("480", "480ml", "9.50", ["barbicide small bottle"]),
            ("1900", "1.9L", "27.00", ["barbicide big bottle", "barbicide 64oz"]),
        ],
        "VOLUME",
    ),
)
prod(
    "BARB-JAR",
    "Barbicide Jar 600ml",
    "Clipper Care & Hygiene",
    "each",
    "14.00",
    ["barbicide jar", "comb jar"],
    ["glass jar"],
)
prod(
    "BARB-WIPES",
    "Barbicide Wipes (tub of 160)",
    "Clipper Care & Hygiene",
    "tub",
    "7.20",
    ["barbicide wipes", "disinfectant wipes"],
    ["wipes"],
)
prod(
    "SW-BLADEWASH",
    "Salonwise Clipper Blade Wash 500ml",
    "Clipper Care & Hygiene",
    "each",
    "4.10",
    ["blade wash", "clipper blade wash"],
    ["blade cleaner"],
)
# ---- Barber styling
_RZ = [
    ("35", "35g Piglet", "5.20", ["piglet"]),
    ("113", "113g Pig", "11.50", ["pig size"]),
    ("340", "340g Hog", "24.00", ["hog size"]),
]
prod(
    "RZ-PINK",
    "Reuzel Pink Heavy Hold Grease",
    "Barber Styling",
    "each",
    "11.50",
    ["reuzel pink", "reuzel heavy hold grease"],
    ["grease"],
    [(f"RZP-{c}", n, "WEIGHT", p, [f"reuzel pink {a[0]}"]) for c, n, p, a in _RZ],
)
prod(
    "RZ-BLUE",
    "Reuzel Blue Strong Hold Water Soluble Pomade",
    "Barber Styling",
    "each",
    "11.50",
    ["reuzel blue", "reuzel water soluble"],
    ["water based"],
    [(f"RZB-{c}", n, "WEIGHT", p, [f"reuzel blue {a[0]}"]) for c, n, p, a in _RZ],
)
prod(
    "RZ-FIBER",
    "Reuzel Fiber Pomade 113g",
    "Barber Styling",
    "each",
    "11.50",
    ["reuzel fiber", "reuzel green"],
    ["fibre"],
)
prod(
    "LAYRITE-ORIG",
    "Layrite Original Pomade 120g",
    "Barber Styling",
    "each",
    "13.90",
    ["layrite original", "layrite pomade"],
    ["medium hold"],
)
prod(
    "LAYRITE-CEM",
    "Layrite Cement Hair Clay 120g",
    "Barber Styling",
    "each",
    "13.90",
    ["layrite cement", "cement clay"],
    ["matte clay"],
)
prod(
    "UPC-DLX",
    "Uppercut Deluxe Pomade 100g",
    "Barber Styling",
    "each",
    "12.50",
    ["uppercut deluxe pomade", "uppercut pomade"],
    ["oil based"],
)
prod(
    "UPC-CLAY",
    "Uppercut Deluxe Matt Clay 60g",
    "Barber Styling",
    "each",
    "12.50",
    ["uppercut clay", "uppercut matt clay"],
    ["matte"],
)
prod(
    "ACREW-FIBER",
    "American Crew Fiber 85g",
    "Barber Styling",
    "each",
    "10.90",
    ["crew fiber", "american crew fiber"],
    ["pliable"],
)
prod(
    "ACREW-FORM",
    "American Crew Forming Cream 85g",
    "Barber Styling",
    "each",
    "10.90",
    ["forming cream", "crew forming cream"],
    ["cream"],
)
prod(
    "SW-MATTWAX",
    "Salonwise Matt Styling Wax 100ml",
    "Barber Styling",
    "each",
    "3.90",
    ["salonwise matt wax", "matt styling wax"],
    ["own label wax"],
)
prod(
    "SW-GEL",
    "Salonwise Wet Look Hair Gel 1L",
    "Barber Styling",
    "bottle",
    "4.40",
    ["wet look gel", "hair gel 1l"],
    ["jel"],
)
# ---- Waxing (hair removal)
prod(
    "SW-HOTWAX",
    "Salonwise Hot Film Wax Beads 1kg",
    "Waxing",
    "bag",
    "12.50",
    ["wax beads", "hot film wax", "hard wax beads"],
    ["nose wax", "ear wax"],
)
prod(
    "SW-STRIPWAX",
    "Salonwise Warm Strip Wax Tin 450g",
    "Waxing",
    "tub",
    "6.80",
    ["strip wax tin", "warm strip wax"],
    ["soft wax"],
)
prod(
    "SW-WAXSTRIPS",
    "Salonwise Non-Woven Wax Strips (pack of 100)",
    "Waxing",
    "pack",
    "3.20",
    ["wax strips", "non woven strips"],
    ["epilation strips"],
)
# ---- Shaving
prod(
    "PRORASO-GRN",
    "Proraso Shaving Cream Refresh Eucalyptus (Green) 500ml",
    "Shaving",
    "tub",
    "11.90",
    ["proraso green", "proraso eucalyptus"],
    ["shave cream"],
)
prod(
    "PRORASO-WHT",
    "Proraso Shaving Cream Sensitive Green Tea (White) 500ml",
    "Shaving",
    "tub",
    "11.90",
    ["proraso white", "proraso sensitive"],
    ["shave cream"],
)
prod(
    "PRORASO-RED",
    "Proraso Shaving Cream Nourish Sandalwood (Red) 500ml",
    "Shaving",
    "tub",
    "11.90",
    ["proraso red", "proraso sandalwood"],
    ["shave cream"],
)
prod(
    "CLUBMAN-LILAC",
    "Clubman Pinaud Lilac Vegetal After Shave 370ml",
    "Shaving",
    "each",
    "9.80",
    ["clubman lilac", "lilac vegetal", "clubman pinaud"],
    ["aftershave"],
)
prod(
    "SW-COLOGNE",
    "Salonwise Barber Cologne Citrus 400ml",
    "Shaving",
    "each",
    "5.60",
    ["barber cologne", "salonwise cologne"],
    ["after shave splash"],
)
prod(
    "SW-SHAVEGEL",
    "Salonwise Clear Shave Gel 1L",
    "Shaving",
    "bottle",
    "5.30",
    ["clear shave gel", "shaving gel"],
    ["transparent"],
)
prod(
    "OSMA-ALUM",
    "Osma Alum Block 75g",
    "Shaving",
    "each",
    "4.70",
    ["alum block", "osma alum", "alum stone"],
    ["styptic"],
)
# ---- Foils & colour tools
prod(
    "FOIL-ROLL",
    "Salonwise Embossed Hair Foil Roll 100m",
    "Foils & Colour Tools",
    "each",
    "6.20",
    ["embossed foil roll", "silver foil roll"],
    ["highlight foil"],
    _v(
        "FOIL",
        [
            ("100", "100mm", "6.20", ["foil 100mm"]),
            ("120", "120mm", "7.40", ["foil 120mm"]),
            ("450", "450mm", "22.00", ["foil 450mm", "wide foil roll"]),
        ],
        "SIZE",
    ),
)
prod(
    "FOIL-COL",
    "Salonwise Coloured Foil Roll 120mm x 50m",
    "Foils & Colour Tools",
    "each",
    "6.90",
    ["coloured foil", "colour foil roll"],
    ["coloured highlights"],
    _v(
        "FOILC",
        [
            ("GLD", "Gold", "6.90", ["gold foil"]),
            ("RGD", "Rose Gold", "6.90", ["rose gold foil"]),
            ("BLU", "Blue", "6.90", ["blue foil"]),
            ("PUR", "Purple", "6.90", ["purple foil"]),
        ],
        "COLOR",
    ),
)
prod(
    "FOIL-POPUP",
    "Pop-Up Foil Sheets 12.7 x 27.9cm (box of 500)",
    "Foils & Colour Tools",
    "box",
    "11.50",
    ["pop up foils", "pop-up foil sheets", "pre-cut foils"],
    ["precut"],
)
prod(
    "TINT-BRUSH",
    "Salonwise Tint Brushes (pack of 10)",
    "Foils & Colour Tools",
    "pack",
    "4.50",
    ["tint brushes", "colour brushes"],
    ["applicator"],
)
prod(
    "TINT-BOWL",
    "Salonwise Tint Bowl Black",
    "Foils & Colour Tools",
    "each",
    "1.90",
    ["tint bowl", "colour bowl"],
    ["mixing bowl"],
)
prod(
    "SECT-CLIPS",
    "Salonwise Sectioning Clips (pack of 12)",
    "Foils & Colour Tools",
    "pack",
    "3.60",
    ["sectioning clips", "croc clips"],
    ["clips"],
)
# ---- Gloves (box of 100)
prod(
    "GLV-BLK",
    "Black Nitrile Gloves Powder-Free (box of 100)",
    "Gloves",
    "box",
    "6.90",
    ["black nitrile gloves", "black nitrile"],
    ["nitrile"],
    _v(
        "GLVB",
        [
            ("S", "Small", "6.90", ["black nitrile small"]),
            ("M", "Medium", "6.90", ["black nitrile medium"]),
            ("L", "Large", "6.90", ["black nitrile large"]),
            ("XL", "X-Large", "7.20", ["black nitrile xl"]),
        ],
        "SIZE",
    ),
)
prod(
    "GLV-BLU",
    "Blue Nitrile Gloves Powder-Free (box of 100)",
    "Gloves",
    "box",
    "5.90",
    ["blue nitrile gloves", "blue nitrile"],
    ["nitrile"],
    _v(
        "GLVU",
        [
            ("S", "Small", "5.90", ["blue nitrile small"]),
            ("M", "Medium", "5.90", ["blue nitrile medium"]),
            ("L", "Large", "5.90", ["blue nitrile large"]),
        ],
        "SIZE",
    ),
)
prod(
    "GLV-VINYL",
    "Clear Vinyl Gloves One Size (box of 100)",
    "Gloves",
    "box",
    "3.90",
    ["vinyl gloves", "clear vinyl gloves"],
    ["vinyl"],
)
# ---- Neck strips & cotton
prod(
    "NECK-STRETCH",
    "Stretch Neck Strips White (box of 5 rolls x 100)",
    "Neck Strips & Cotton",
    "box",
    "9.90",
    ["stretch neck strips", "stretchy neck strips"],
    ["neck paper"],
)
prod(
    "NECK-CREPE",
    "Crepe Paper Neck Strips (box of 5 rolls x 100)",
    "Neck Strips & Cotton",
    "box",
    "8.40",
    ["crepe neck strips", "paper neck strips"],
    ["neck paper"],
)
prod(
    "COTTON-ROLL",
    "Cotton Wool Roll 500g",
    "Neck Strips & Cotton",
    "each",
    "4.80",
    ["cotton wool roll", "cotton roll"],
    ["wata"],
)
prod(
    "COTTON-COIL",
    "Cotton Coil Perm Wool 1kg",
    "Neck Strips & Cotton",
    "bag",
    "7.60",
    ["cotton coil", "perm wool"],
    ["coil"],
)
prod(
    "COTTON-BALLS",
    "Cotton Wool Balls (bag of 200)",
    "Neck Strips & Cotton",
    "bag",
    "2.40",
    ["cotton balls", "cotton wool balls"],
    ["balls"],
)
prod(
    "COUCH-ROLL",
    "Couch Roll 50cm x 40m (pack of 9)",
    "Neck Strips & Cotton",
    "pack",
    "14.00",
    ["couch roll", "bed roll"],
    ["beauty couch"],
)
# ---- Towels & capes
prod(
    "TOWEL-BS",
    "Bleach-Safe Salon Towels (pack of 12)",
    "Towels & Capes",
    "pack",
    "26.00",
    ["bleach safe towels", "bleach-safe towels", "salon towels"],
    ["cotton towels"],
    _v(
        "TWL",
        [
            ("BLK", "Black", "26.00", ["black salon towels"]),
            ("GRY", "Grey", "26.00", ["grey salon towels"]),
            ("BUR", "Burgundy", "26.00", ["burgundy salon towels"]),
        ],
        "COLOR",
    ),
)
prod(
    "TOWEL-DISP",
    "Disposable Salon Towels Black (pack of 50)",
    "Towels & Capes",
    "pack",
    "8.50",
    ["disposable towels", "paper towels black"],
    ["single use"],
)
prod(
    "CAPE-CUT",
    "Velcro Cutting Cape",
    "Towels & Capes",
    "each",
    "12.50",
    ["cutting cape", "barber cape"],
    ["gown"],
    _v(
        "CAPE",
        [("BLK", "Black", "12.50", ["black cutting cape"]), ("NVY", "Navy", "12.50", ["navy cutting cape"])],
        "COLOR",
    ),
)
prod(
    "CAPE-COLOUR",
    "Chemical-Resistant Colour Cape Black",
    "Towels & Capes",
    "each",
    "15.90",
    ["colour cape", "chemical cape", "tint cape"],
    ["colouring gown"],
)
prod(
    "CAPE-DISP",
    "Disposable Clear Capes (box of 100)",
    "Towels & Capes",
    "box",
    "9.60",
    ["disposable capes", "plastic capes"],
    ["single use"],
)
prod(
    "GOWN-KIMONO",
    "Client Kimono Gown Black",
    "Towels & Capes",
    "each",
    "11.00",
    ["kimono gown", "client gown"],
    ["robe"],
)
# ---- Hygiene
prod(
    "SW-SURFACE",
    "Salonwise Surface Disinfectant Spray 750ml",
    "Hygiene",
    "each",
    "3.80",
    ["surface disinfectant", "surface spray"],
    ["cleaner"],
)
prod(
    "SW-HANDSAN",
    "Salonwise Hand Sanitiser 5L",
    "Hygiene",
    "bottle",
    "14.50",
    ["hand sanitiser", "hand sanitizer"],
    ["alcohol"],
)
# ---- Tools
prod(
    "DENMAN-D3",
    "Denman D3 Classic Styling Brush",
    "Tools & Brushes",
    "each",
    "9.90",
    ["denman d3", "denman brush"],
    ["styling brush"],
)
prod(
    "COMB-CARBON",
    "Carbon Cutting Combs (pack of 12)",
    "Tools & Brushes",
    "pack",
    "8.80",
    ["carbon combs", "cutting combs"],
    ["combs"],
)
prod(
    "SPRAY-BOTTLE",
    "Salonwise Water Spray Bottle 300ml",
    "Tools & Brushes",
    "each",
    "2.20",
    ["spray bottle", "water spray"],
    ["mister"],
)

# Bare family words: never an alias (checked by validate49.py).
FAMILY_WORDS = [
    "colour",
    "color",
    "tint",
    "hair colour",
    "hair dye",
    "dye",
    "toner",
    "toners",
    "demi",
    "gloss",
    "developer",
    "peroxide",
    "oxidant",
    "oxydant",
    "welloxon",
    "20 vol",
    "30 vol",
    "40 vol",
    "10 vol",
    "6%",
    "9%",
    "emulsion",
    "igora",
    "koleston special blonde",
    "special blonde",
    "bleach",
    "lightener",
    "olaplex",
    "plex",
    "bond builder",
    "shampoo",
    "conditioner",
    "mask",
    "hairspray",
    "salonwise",
    "blades",
    "razor",
    "razors",
    "clipper oil",
    "oil",
    "clipper spray",
    "disinfectant",
    "barbicide",
    "wax",
    "pomade",
    "reuzel",
    "layrite",
    "uppercut",
    "american crew",
    "clay",
    "gel",
    "proraso",
    "shave cream",
    "shaving cream",
    "aftershave",
    "cologne",
    "foil",
    "foils",
    "gloves",
    "nitrile gloves",
    "nitrile",
    "neck strips",
    "neck paper",
    "cotton",
    "cotton wool",
    "towels",
    "towel",
    "cape",
    "capes",
    "wella",
    "schwarzkopf",
    "loreal",
    "l'oreal",
    "redken",
]


def ai_examples(p):
    n = p["name"].lower()
    return [f"catalogue line request: {n}, usual drop", f"restock {p['sku'].lower()} for the salon floor"]


def build_catalog():
    cats = [{"name": n, "parent": par, "ai_keywords": kw} for n, par, kw in CATEGORIES]
    prods = []
    for p in P:
        d = {
            "sku": p["sku"],
            "name": p["name"],
            "category": p["category"],
            "unit": p["unit"],
            "unit_price": p["price"],
            "aliases": p["aliases"],
            "keywords": p["keywords"],
            "ai_training_examples": ai_examples(p),
            "variants": [],
        }
        for vsku, vname, vtype, vprice, val in p["variants"]:
            d["variants"].append(
                {"sku": vsku, "name": vname, "variant_type": vtype, "unit_price": vprice, "ai_aliases": val}
            )
        prods.append(d)
    return {"currency": CURRENCY, "categories": cats, "products": prods}


PRODUCTS = {p["sku"]: p for p in P}


def variant_names(sku):
    return [v[1] for v in PRODUCTS[sku]["variants"]]


def shade_key(s):
    return s.replace(".", "/").replace("-", "/").lower() if s else s
