# ruff: noqa  (hand-written data generator of blind set 24, kept as its writer left it)
# Catalog 24: "Churnside Dairy Wholesale" (GBP), dairy and eggs to cafes, bakeries and restaurants.
CURRENCY = "GBP"
NAME = "Churnside Dairy Wholesale"

CATEGORIES = [
    ("Milk", None, ["milk", "pints"]),
    ("Cream", None, ["cream"]),
    ("Butter & Fats", None, ["butter"]),
    ("Cheese", None, ["cheese"]),
    ("Yoghurt & Cultured", None, ["yoghurt", "yogurt"]),
    ("Eggs", None, ["eggs"]),
    ("Plant Milks", None, ["dairy free", "alt milk"]),
    ("Fresh Milk", "Milk", ["fresh milk"]),
    ("Barista & Speciality Milk", "Milk", ["barista milk"]),
    ("UHT & Portions", "Milk", ["long life"]),
    ("Fresh Cream", "Cream", ["fresh cream"]),
    ("Cultured & Aerosol Cream", "Cream", ["squirty"]),
    ("Butter", "Butter & Fats", ["blocks"]),
    ("Portions, Spreads & Ghee", "Butter & Fats", ["portions"]),
    ("Cheddar & British", "Cheese", ["cheddar"]),
    ("Italian Cheese", "Cheese", ["pizza cheese"]),
    ("Soft & Fresh Cheese", "Cheese", ["soft cheese"]),
    ("Continental & World Cheese", "Cheese", ["continental"]),
    ("Yoghurt", "Yoghurt & Cultured", ["yog"]),
    ("Yoghurt Drinks & Kefir", "Yoghurt & Cultured", ["kefir"]),
    ("Shell Eggs", "Eggs", ["trays"]),
    ("Liquid & Prepared Egg", "Eggs", ["liquid egg"]),
    ("Oat", "Plant Milks", ["oat"]),
    ("Soya, Nut & Coconut", "Plant Milks", ["soya", "almond"]),
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


# ---- Fresh milk (blue top = whole, green = semi, red = skimmed) ----
add(
    "MLK-WHL",
    "Whole Milk",
    "Fresh Milk",
    "each",
    "1.05",
    ["whole milk", "full fat milk", "blue top milk"],
    ["whole", "blue"],
    ["whole milk 4pt x 10 for the morning"],
    [
        V("1 Pint", "VOLUME", "MLK-WHL-1PT", "0.62", ["whole pint"]),
        V("2 Pint", "VOLUME", "MLK-WHL-2PT", "1.05", ["whole 2pt"]),
        V("4 Pint", "VOLUME", "MLK-WHL-4PT", "1.79", ["whole 4pt", "whole gallon"]),
    ],
)
add(
    "MLK-SEMI",
    "Semi-Skimmed Milk",
    "Fresh Milk",
    "each",
    "1.00",
    ["semi skimmed milk", "semi milk", "green top milk"],
    ["semi"],
    ["semi skim 2 pints please"],
    [
        V("1 Pint", "VOLUME", "MLK-SEMI-1PT", "0.60", ["semi pint"]),
        V("2 Pint", "VOLUME", "MLK-SEMI-2PT", "1.00", ["semi 2pt"]),
        V("4 Pint", "VOLUME", "MLK-SEMI-4PT", "1.72", ["semi 4pt"]),
    ],
)
add(
    "MLK-SKIM",
    "Skimmed Milk",
    "Fresh Milk",
    "each",
    "0.98",
    ["skimmed milk", "skim milk", "red top milk"],
    ["skimmed"],
    ["skimmed 4 pint bottles"],
    [
        V("2 Pint", "VOLUME", "MLK-SKIM-2PT", "0.98", ["skim 2pt"]),
        V("4 Pint", "VOLUME", "MLK-SKIM-4PT", "1.69", ["skim 4pt"]),
    ],
)
add(
    "MLK-1PC-4PT",
    "1% Milk 4 Pint",
    "Fresh Milk",
    "each",
    "1.70",
    ["1% milk", "one percent milk", "orange top"],
    ["1%"],
    ["1 percent 4pt"],
)
add(
    "MLK-JERSEY-1L",
    "Jersey Gold Top Whole Milk 1L",
    "Fresh Milk",
    "each",
    "1.45",
    ["jersey milk", "gold top"],
    ["jersey"],
    ["gold top jersey"],
)
add(
    "MLK-CRAV-WHL-2L",
    "Cravendale Whole Milk 2L",
    "Fresh Milk",
    "each",
    "2.15",
    ["cravendale whole"],
    ["cravendale"],
    ["crav whole 2l"],
)
add(
    "MLK-CRAV-SEMI-2L",
    "Cravendale Semi-Skimmed Milk 2L",
    "Fresh Milk",
    "each",
    "2.10",
    ["cravendale semi"],
    ["cravendale"],
    ["crav semi 2l"],
)
add(
    "MLK-GOAT-1L",
    "St Helen's Goat Milk 1L",
    "Fresh Milk",
    "each",
    "1.95",
    ["goat milk", "goats milk"],
    ["goat"],
    ["goat's milk litre"],
)
add(
    "MLK-LACFREE-1L",
    "Arla Lactofree Semi-Skimmed 1L",
    "Fresh Milk",
    "each",
    "1.55",
    ["lactofree", "lactose free milk"],
    ["lactose"],
    ["lacto free semi"],
)
add(
    "MLK-BUTTERMILK-1L",
    "Cultured Buttermilk 1L",
    "Fresh Milk",
    "each",
    "1.40",
    ["buttermilk"],
    ["buttermilk"],
    ["butter milk for pancakes"],
)
add(
    "MLK-BAR-WHL-6X2L",
    "Millbrook Barista Whole Milk 6 x 2L",
    "Barista & Speciality Milk",
    "case",
    "11.40",
    ["millbrook barista", "barista whole milk"],
    ["barista"],
    ["millbrook barista crate"],
)
add(
    "MLK-BAR-SEMI-6X2L",
    "Millbrook Barista Semi-Skimmed 6 x 2L",
    "Barista & Speciality Milk",
    "case",
    "11.10",
    ["millbrook barista semi"],
    ["barista"],
    ["millbrook semi crate"],
)
add(
    "MLK-UHT-WHL-12X1L",
    "Whole Milk UHT 12 x 1L",
    "UHT & Portions",
    "case",
    "11.90",
    ["uht whole", "long life whole"],
    ["uht"],
    ["uht full fat cartons"],
)
add(
    "MLK-UHT-SEMI-12X1L",
    "Semi-Skimmed Milk UHT 12 x 1L",
    "UHT & Portions",
    "case",
    "11.50",
    ["uht semi", "long life semi"],
    ["uht"],
    ["uht semi cartons"],
)
add(
    "MLK-PORTIONS-120",
    "UHT Milk Portions 12ml (box of 120)",
    "UHT & Portions",
    "box",
    "6.20",
    ["milk portions", "milk pots", "milk jiggers"],
    ["portions"],
    ["little milk pots box"],
)
add(
    "MLK-CHOC-12X330",
    "Chocolate Milk 12 x 330ml",
    "UHT & Portions",
    "case",
    "9.80",
    ["chocolate milk", "choc milk"],
    ["chocolate"],
    ["choc milk bottles"],
)
add(
    "MLK-CONDENSED-12X397",
    "Sweetened Condensed Milk 12 x 397g",
    "UHT & Portions",
    "case",
    "17.40",
    ["condensed milk"],
    ["condensed"],
    ["tins of condensed"],
)
add(
    "MLK-EVAP-12X410",
    "Evaporated Milk 12 x 410g",
    "UHT & Portions",
    "case",
    "13.20",
    ["evaporated milk", "evap milk"],
    ["evaporated"],
    ["evap tins"],
)

# ---- Cream ----
add(
    "CRM-DBL",
    "Double Cream",
    "Fresh Cream",
    "each",
    "3.10",
    ["double cream"],
    ["double"],
    ["dbl cream 2 litre"],
    [
        V("1L", "VOLUME", "CRM-DBL-1L", "3.10"),
        V("2L", "VOLUME", "CRM-DBL-2L", "5.95"),
        V("5L", "VOLUME", "CRM-DBL-5L", "13.90"),
    ],
)
add(
    "CRM-SGL",
    "Single Cream",
    "Fresh Cream",
    "each",
    "2.20",
    ["single cream"],
    ["single"],
    ["single cream litre"],
    [V("1L", "VOLUME", "CRM-SGL-1L", "2.20"), V("2L", "VOLUME", "CRM-SGL-2L", "4.15")],
)
add(
    "CRM-WHIP",
    "Whipping Cream",
    "Fresh Cream",
    "each",
    "2.90",
    ["whipping cream"],
    ["whipping"],
    ["whipping cream 1l"],
    [V("1L", "VOLUME", "CRM-WHIP-1L", "2.90"), V("2L", "VOLUME", "CRM-WHIP-2L", "5.50")],
)
add(
    "CRM-EV-WHIP-6X1L",
    "Elle & Vire Excellence Whipping Cream 35% 6 x 1L",
    "Fresh Cream",
    "case",
    "27.60",
    ["elle vire excellence", "elle & vire whipping"],
    ["elle & vire"],
    ["excellence 35 whipping"],
)
add(
    "CRM-EV-COOK-6X1L",
    "Elle & Vire Cooking Cream 35% 6 x 1L",
    "Fresh Cream",
    "case",
    "24.90",
    ["elle vire cooking", "elle & vire cuisson"],
    ["elle & vire"],
    ["e&v cuisson"],
)
add(
    "CRM-CLOTTED-907",
    "Cornish Clotted Cream 907g Tub",
    "Fresh Cream",
    "tub",
    "8.40",
    ["clotted cream tub"],
    ["clotted"],
    ["big clotted tub"],
)
add(
    "CRM-CLOTTED-PORT",
    "Cornish Clotted Cream Portions 40g (box of 60)",
    "Fresh Cream",
    "box",
    "24.00",
    ["clotted cream portions", "clotted pots"],
    ["clotted"],
    ["clotted minis for scones"],
)
add(
    "CRM-FRAICHE-2KG",
    "Crème Fraîche 2kg Tub",
    "Cultured & Aerosol Cream",
    "tub",
    "7.20",
    ["creme fraiche", "crème fraîche"],
    ["fraiche"],
    ["creme fraiche tub"],
)
add(
    "CRM-SOURED-2KG",
    "Soured Cream 2kg Tub",
    "Cultured & Aerosol Cream",
    "tub",
    "6.60",
    ["soured cream", "sour cream"],
    ["soured"],
    ["sour cream for nachos"],
)
add(
    "CRM-AEROSOL-12X500",
    "Anchor Aerosol Cream 12 x 500g",
    "Cultured & Aerosol Cream",
    "case",
    "38.40",
    ["squirty cream", "aerosol cream", "anchor squirty"],
    ["aerosol"],
    ["squirty cream cans"],
)

# ---- Butter ----
add(
    "BUT-SALTED",
    "English Salted Butter",
    "Butter",
    "case",
    "84.00",
    ["salted butter"],
    ["salted"],
    ["salted butter blocks"],
    [
        V("40 x 250g", "WEIGHT", "BUT-SALTED-40X250", "84.00", ["salted 250g"]),
        V("5 x 2kg", "WEIGHT", "BUT-SALTED-5X2KG", "78.50", ["salted 2kg"]),
    ],
)
add(
    "BUT-UNSALTED",
    "English Unsalted Butter",
    "Butter",
    "case",
    "86.00",
    ["unsalted butter"],
    ["unsalted"],
    ["unsalted butter for baking"],
    [
        V("40 x 250g", "WEIGHT", "BUT-UNSALTED-40X250", "86.00", ["unsalted 250g"]),
        V("5 x 2kg", "WEIGHT", "BUT-UNSALTED-5X2KG", "80.00", ["unsalted 2kg"]),
    ],
)
add(
    "BUT-LURPAK-40X250",
    "Lurpak Slightly Salted Butter 40 x 250g",
    "Butter",
    "case",
    "112.00",
    ["lurpak block", "lurpak slightly salted"],
    ["lurpak"],
    ["lurpak 250 blocks"],
)
add(
    "BUT-LURPAK-SPREAD-1KG",
    "Lurpak Spreadable 1kg Tub",
    "Portions, Spreads & Ghee",
    "tub",
    "9.90",
    ["lurpak spreadable tub"],
    ["lurpak"],
    ["spreadable lurpak big tub"],
)
add(
    "BUT-SHEET-10X1KG",
    "Beurre Sec Pastry Butter Sheets 10 x 1kg",
    "Butter",
    "case",
    "96.00",
    ["pastry butter sheets", "beurre sec", "butter sheets", "tourage butter"],
    ["pastry"],
    ["lamination sheets for croissants"],
)
add(
    "BUT-PORT-SALTED-100",
    "Salted Butter Portions 7g (box of 100)",
    "Portions, Spreads & Ghee",
    "box",
    "7.40",
    ["butter portions", "butter pats"],
    ["portions"],
    ["mini butters box"],
)
add(
    "BUT-PORT-LURPAK-100",
    "Lurpak Spreadable Portions 8g (box of 100)",
    "Portions, Spreads & Ghee",
    "box",
    "11.80",
    ["lurpak portions", "lurpak minis"],
    ["lurpak"],
    ["lurpak little ones"],
)
add(
    "BUT-GHEE-2KG",
    "Pure Butter Ghee 2kg Tub",
    "Portions, Spreads & Ghee",
    "tub",
    "17.50",
    ["ghee"],
    ["ghee"],
    ["ghee for the tandoor"],
)
add(
    "BUT-BAKING-2KG",
    "Baking Block Spread 2kg",
    "Portions, Spreads & Ghee",
    "each",
    "6.90",
    ["baking block", "baking spread"],
    ["baking"],
    ["marg for cakes"],
)

# ---- Cheddar & British ----
add(
    "CHE-MILD-5KG",
    "Mild Cheddar 5kg Block",
    "Cheddar & British",
    "each",
    "31.00",
    ["mild cheddar"],
    ["mild"],
    ["mild ched block"],
)
add(
    "CHE-MATURE",
    "Mature Cheddar",
    "Cheddar & British",
    "each",
    "34.00",
    ["mature cheddar"],
    ["mature"],
    ["mature cheddy"],
    [
        V("2.5kg Block", "WEIGHT", "CHE-MATURE-2.5KG", "18.20", ["mature half block"]),
        V("5kg Block", "WEIGHT", "CHE-MATURE-5KG", "34.00", ["mature 5kg"]),
    ],
)
add(
    "CHE-XMATURE-2.5KG",
    "Extra Mature Cheddar 2.5kg Block",
    "Cheddar & British",
    "each",
    "21.50",
    ["extra mature cheddar", "extra mature"],
    ["extra mature"],
    ["x mature cheddar"],
)
add(
    "CHE-GRATED-CHED-2KG",
    "Grated Mild Cheddar 2kg Bag",
    "Cheddar & British",
    "bag",
    "13.60",
    ["grated cheddar", "grated ched"],
    ["grated"],
    ["shredded cheddar bag"],
)
add(
    "CHE-SLICED-CHED",
    "Mature Cheddar Slices 1kg (pack of 50)",
    "Cheddar & British",
    "pack",
    "9.40",
    ["cheddar slices", "sliced cheddar"],
    ["sliced"],
    ["ched slices for toasties"],
)
add(
    "CHE-REDLEI-2.5KG",
    "Red Leicester 2.5kg Block",
    "Cheddar & British",
    "each",
    "19.80",
    ["red leicester"],
    ["leicester"],
    ["leicester red block"],
)
add(
    "CHE-STILTON-2.2KG",
    "Blue Stilton Half 2.2kg",
    "Cheddar & British",
    "each",
    "29.50",
    ["stilton", "blue stilton"],
    ["stilton"],
    ["half stilton"],
)
add(
    "CHE-WENSLEY-1KG",
    "Wensleydale 1kg",
    "Cheddar & British",
    "each",
    "11.20",
    ["wensleydale"],
    ["wensleydale"],
    ["wensley cheese"],
)

# ---- Italian ----
add(
    "CHE-MOZZ-BLOCK-2KG",
    "Pizza Mozzarella Block 2kg",
    "Italian Cheese",
    "each",
    "12.40",
    ["mozzarella block", "block mozz"],
    ["mozzarella"],
    ["pizza mozz block"],
)
add(
    "CHE-MOZZ-GRATED-2KG",
    "Grated Mozzarella 2kg Bag",
    "Italian Cheese",
    "bag",
    "13.20",
    ["grated mozzarella", "shredded mozzarella"],
    ["mozzarella"],
    ["shredded mozz bag"],
)
add(
    "CHE-FIOR-12X125",
    "Fior di Latte Mozzarella 12 x 125g",
    "Italian Cheese",
    "case",
    "15.60",
    ["fior di latte"],
    ["mozzarella"],
    ["fdl balls"],
)
add(
    "CHE-BUFFALO-8X125",
    "Buffalo Mozzarella 8 x 125g",
    "Italian Cheese",
    "case",
    "16.80",
    ["buffalo mozzarella", "mozzarella di bufala", "bufala"],
    ["mozzarella"],
    ["bufala balls"],
)
add(
    "CHE-BURRATA-8X125",
    "Burrata 8 x 125g",
    "Italian Cheese",
    "case",
    "22.40",
    ["burrata"],
    ["burrata"],
    ["burratas for the special"],
)
add(
    "CHE-PARM-WEDGE-1KG",
    "Parmigiano Reggiano 24 Month Wedge 1kg",
    "Italian Cheese",
    "each",
    "19.90",
    ["parmigiano wedge", "parmigiano reggiano"],
    ["parmesan"],
    ["parmigiano piece"],
)
add(
    "CHE-PARM-GRATED-1KG",
    "Grated Parmigiano Reggiano 1kg Bag",
    "Italian Cheese",
    "bag",
    "18.40",
    ["grated parmigiano", "grated parmesan"],
    ["parmesan"],
    ["parm grated bag"],
)
add(
    "CHE-GRANA-1KG",
    "Grana Padano Wedge 1kg",
    "Italian Cheese",
    "each",
    "14.60",
    ["grana padano", "grana"],
    ["grana"],
    ["grana piece"],
)
add(
    "CHE-MASCARPONE",
    "Mascarpone",
    "Italian Cheese",
    "tub",
    "3.40",
    ["mascarpone"],
    ["mascarpone"],
    ["mascarpone for tiramisu"],
    [V("500g", "WEIGHT", "CHE-MASC-500G", "3.40"), V("2kg", "WEIGHT", "CHE-MASC-2KG", "11.90")],
)
add(
    "CHE-RICOTTA-1.5KG",
    "Ricotta 1.5kg Tub",
    "Italian Cheese",
    "tub",
    "7.80",
    ["ricotta"],
    ["ricotta"],
    ["ricotta tub"],
)
add(
    "CHE-GORGONZOLA-1.5KG",
    "Gorgonzola Dolce 1.5kg",
    "Italian Cheese",
    "each",
    "15.90",
    ["gorgonzola"],
    ["gorgonzola"],
    ["gorg dolce"],
)

# ---- Soft & fresh ----
add(
    "CHE-SOFT-FULL-2KG",
    "Full Fat Soft Cheese 2kg Tub",
    "Soft & Fresh Cheese",
    "tub",
    "8.10",
    ["full fat soft cheese"],
    ["cream cheese"],
    ["soft cheese full fat"],
)
add(
    "CHE-SOFT-LIGHT-2KG",
    "Light Soft Cheese 2kg Tub",
    "Soft & Fresh Cheese",
    "tub",
    "7.90",
    ["light soft cheese"],
    ["cream cheese"],
    ["lighter soft cheese"],
)
add(
    "CHE-PHILLY-1.65KG",
    "Philadelphia Original 1.65kg Tub",
    "Soft & Fresh Cheese",
    "tub",
    "13.80",
    ["philadelphia", "philly"],
    ["cream cheese"],
    ["philly big tub"],
)
add(
    "CHE-COTTAGE-2KG",
    "Cottage Cheese 2kg Tub",
    "Soft & Fresh Cheese",
    "tub",
    "6.40",
    ["cottage cheese"],
    ["cottage"],
    ["cottage chz"],
)
add(
    "CHE-GOATLOG-1KG",
    "Goat's Cheese Log 1kg",
    "Soft & Fresh Cheese",
    "each",
    "10.50",
    ["goats cheese log", "chevre log"],
    ["goat"],
    ["chèvre log"],
)
add(
    "CHE-BRIE-1KG",
    "French Brie 1kg Wheel",
    "Soft & Fresh Cheese",
    "each",
    "9.60",
    ["brie"],
    ["brie"],
    ["whole wheel of french brie"],
)
add(
    "CHE-CAMEMBERT-6X250",
    "Camembert 6 x 250g",
    "Soft & Fresh Cheese",
    "case",
    "14.40",
    ["camembert"],
    ["camembert"],
    ["baking camemberts"],
)
add(
    "CHE-PANEER-1KG",
    "Paneer 1kg Block",
    "Soft & Fresh Cheese",
    "each",
    "7.20",
    ["paneer"],
    ["paneer"],
    ["paneer block"],
)

# ---- Continental & world ----
add(
    "CHE-HALLOUMI-12X250",
    "Halloumi 12 x 250g",
    "Continental & World Cheese",
    "case",
    "36.00",
    ["halloumi 250g"],
    ["halloumi"],
    ["halloumi packs"],
)
add(
    "CHE-HALLOUMI-1KG",
    "Halloumi 1kg Block",
    "Continental & World Cheese",
    "each",
    "12.90",
    ["halloumi block"],
    ["halloumi"],
    ["halloumi kilo block"],
)
add(
    "CHE-FETA-2KG",
    "Greek Feta PDO 2kg Tub",
    "Continental & World Cheese",
    "tub",
    "17.60",
    ["feta", "greek feta"],
    ["feta"],
    ["feta in brine"],
)
add(
    "CHE-BEYAZ-2KG",
    "Turkish White Cheese (Beyaz Peynir) 2kg Tin",
    "Continental & World Cheese",
    "each",
    "15.20",
    ["beyaz peynir", "turkish white cheese"],
    ["white cheese"],
    ["beyaz tin"],
)
add(
    "CHE-KASAR-1KG",
    "Kaşar Cheese 1kg",
    "Continental & World Cheese",
    "each",
    "11.40",
    ["kasar", "kaşar"],
    ["kasar"],
    ["kasar peyniri"],
)
add(
    "CHE-EMMENTAL-SL-1KG",
    "Emmental Slices 1kg",
    "Continental & World Cheese",
    "pack",
    "10.20",
    ["emmental slices", "swiss slices"],
    ["emmental"],
    ["swiss cheese slices"],
)
add(
    "CHE-GRUYERE-1KG",
    "Gruyère 1kg",
    "Continental & World Cheese",
    "each",
    "16.80",
    ["gruyere", "gruyère"],
    ["gruyere"],
    ["gruyere piece"],
)
add(
    "CHE-MANCHEGO-1KG",
    "Manchego 3 Month 1kg",
    "Continental & World Cheese",
    "each",
    "15.40",
    ["manchego"],
    ["manchego"],
    ["manchego wedge"],
)

# ---- Yoghurt ----
add(
    "YOG-GREEKSTYLE",
    "Greek Style Natural Yoghurt",
    "Yoghurt",
    "tub",
    "2.60",
    ["greek style yoghurt", "greek style yogurt"],
    ["greek"],
    ["greek style natural tub"],
    [V("1kg", "WEIGHT", "YOG-GS-1KG", "2.60"), V("5kg", "WEIGHT", "YOG-GS-5KG", "10.80")],
)
add(
    "YOG-GREEK10-1KG",
    "Authentic Greek Yoghurt 10% 1kg",
    "Yoghurt",
    "tub",
    "5.40",
    ["authentic greek yoghurt", "strained greek yoghurt"],
    ["greek"],
    ["proper greek 10 percent"],
)
add(
    "YOG-NATURAL-5KG",
    "Natural Set Yoghurt 5kg Tub",
    "Yoghurt",
    "tub",
    "8.90",
    ["natural set yoghurt", "set yoghurt"],
    ["natural"],
    ["big natural set tub"],
)
add(
    "YOG-LOWFAT-5KG",
    "Low Fat Natural Yoghurt 5kg Tub",
    "Yoghurt",
    "tub",
    "8.40",
    ["low fat yoghurt", "low fat natural yoghurt"],
    ["low fat"],
    ["0% natural tub"],
)
add(
    "YOG-STRAW-12X125",
    "Strawberry Yoghurt Pots 12 x 125g",
    "Yoghurt",
    "case",
    "6.90",
    ["strawberry yoghurt pots", "strawberry yogurts"],
    ["pots"],
    ["strawb yog pots"],
)
add(
    "YOG-VAN-12X125",
    "Vanilla Yoghurt Pots 12 x 125g",
    "Yoghurt",
    "case",
    "6.90",
    ["vanilla yoghurt pots", "vanilla yogurts"],
    ["pots"],
    ["vanilla yog pots"],
)
add(
    "YOG-COCONUT-1KG",
    "Coconut Yoghurt Alternative 1kg",
    "Yoghurt",
    "tub",
    "6.20",
    ["coconut yoghurt", "coconut yogurt"],
    ["coconut"],
    ["coco yog dairy free"],
)
add(
    "YOG-LABNEH-1KG",
    "Labneh 1kg Tub",
    "Yoghurt",
    "tub",
    "6.80",
    ["labneh", "labne"],
    ["labneh"],
    ["labne tub"],
)
add(
    "YOG-AYRAN-20X250",
    "Ayran Yoghurt Drink 20 x 250ml",
    "Yoghurt Drinks & Kefir",
    "case",
    "11.00",
    ["ayran"],
    ["ayran"],
    ["ayran cups"],
)
add(
    "YOG-KEFIR-1L",
    "Kefir Original 1L",
    "Yoghurt Drinks & Kefir",
    "each",
    "2.75",
    ["kefir"],
    ["kefir"],
    ["kefir bottle"],
)
add(
    "YOG-LASSI-12X250",
    "Mango Lassi 12 x 250ml",
    "Yoghurt Drinks & Kefir",
    "case",
    "14.40",
    ["mango lassi", "lassi"],
    ["lassi"],
    ["lassi bottles"],
)

# ---- Eggs ----
add(
    "EGG-FR-TRAY",
    "Free Range Eggs (tray of 30)",
    "Shell Eggs",
    "tray",
    "7.20",
    ["free range tray"],
    ["free range"],
    ["tray of free range"],
    [
        V("Medium", "SIZE", "EGG-FR-TRAY-M", "6.60", ["medium free range"]),
        V("Large", "SIZE", "EGG-FR-TRAY-L", "7.20"),
        V("Very Large", "SIZE", "EGG-FR-TRAY-VL", "8.10", ["very large free range"]),
    ],
)
add(
    "EGG-FR-CASE",
    "Free Range Eggs (case of 180)",
    "Shell Eggs",
    "case",
    "41.00",
    ["free range case"],
    ["free range"],
    ["case of 180 free range"],
    [V("Medium", "SIZE", "EGG-FR-CASE-M", "37.50"), V("Large", "SIZE", "EGG-FR-CASE-L", "41.00")],
)
add(
    "EGG-BARN-TRAY",
    "Barn Eggs (tray of 30)",
    "Shell Eggs",
    "tray",
    "5.40",
    ["barn tray"],
    ["barn"],
    ["barn egg trays"],
    [
        V("Medium", "SIZE", "EGG-BARN-TRAY-M", "4.95", ["medium barn"]),
        V("Large", "SIZE", "EGG-BARN-TRAY-L", "5.40", ["large barn"]),
    ],
)
add(
    "EGG-BARN-MIXED-180",
    "Barn Eggs Mixed Weight (case of 180)",
    "Shell Eggs",
    "case",
    "28.80",
    ["mixed weight eggs", "barn mixed weight"],
    ["barn"],
    ["mixed weight case"],
)
add(
    "EGG-ORG-TRAY-M",
    "Organic Free Range Eggs Medium (tray of 30)",
    "Shell Eggs",
    "tray",
    "10.20",
    ["organic eggs", "organic free range"],
    ["organic"],
    ["tray of organic eggs"],
)
add(
    "EGG-FR-6PK-L",
    "Free Range Large Eggs 6-Pack (case of 12)",
    "Shell Eggs",
    "case",
    "21.60",
    ["half dozen boxes", "egg 6 packs"],
    ["6 pack"],
    ["retail six egg boxes"],
)
add(
    "EGG-DUCK-20",
    "Duck Eggs (tray of 20)",
    "Shell Eggs",
    "tray",
    "9.80",
    ["duck eggs"],
    ["duck"],
    ["duck egg tray"],
)
add(
    "EGG-QUAIL-12",
    "Quail Eggs (pack of 12)",
    "Shell Eggs",
    "pack",
    "2.40",
    ["quail eggs"],
    ["quail"],
    ["quails eggs pack"],
)
add(
    "EGG-LIQ-WHOLE",
    "Pasteurised Liquid Whole Egg",
    "Liquid & Prepared Egg",
    "each",
    "3.90",
    ["liquid whole egg"],
    ["liquid egg"],
    ["liquid egg carton"],
    [V("1L", "VOLUME", "EGG-LIQ-WHOLE-1L", "3.90"), V("2L", "VOLUME", "EGG-LIQ-WHOLE-2L", "7.40")],
)
add(
    "EGG-LIQ-WHITE-1L",
    "Pasteurised Liquid Egg White 1L",
    "Liquid & Prepared Egg",
    "each",
    "4.20",
    ["liquid egg white", "egg whites carton"],
    ["liquid egg"],
    ["egg white for meringue"],
)
add(
    "EGG-LIQ-YOLK-1L",
    "Pasteurised Liquid Egg Yolk 1L",
    "Liquid & Prepared Egg",
    "each",
    "6.90",
    ["liquid egg yolk"],
    ["liquid egg"],
    ["yolk carton"],
)
add(
    "EGG-BOILED-60",
    "Hard Boiled Peeled Eggs (tub of 60)",
    "Liquid & Prepared Egg",
    "tub",
    "13.50",
    ["boiled eggs", "peeled eggs"],
    ["boiled"],
    ["boiled egg bucket"],
)

# ---- Plant ----
add(
    "PLT-OATLY-BAR-6X1L",
    "Oatly Barista Edition 6 x 1L",
    "Oat",
    "case",
    "13.80",
    ["oatly barista"],
    ["oatly"],
    ["barista oat from oatly in cartons"],
)
add(
    "PLT-OATLY-ORIG-6X1L",
    "Oatly Oat Drink Original 6 x 1L",
    "Oat",
    "case",
    "10.80",
    ["oatly original", "oatly oat drink"],
    ["oatly"],
    ["normal oatly"],
)
add(
    "PLT-ALPRO-OAT-12X1L",
    "Alpro Barista Oat 12 x 1L",
    "Oat",
    "case",
    "22.80",
    ["alpro oat", "alpro barista oat"],
    ["alpro"],
    ["alpro oat barista"],
)
add(
    "PLT-MINOR-OAT-6X1L",
    "Minor Figures Barista Oat 6 x 1L",
    "Oat",
    "case",
    "14.40",
    ["minor figures"],
    ["oat"],
    ["minor figs"],
)
add(
    "PLT-ALPRO-SOYA-12X1L",
    "Alpro Barista Soya 12 x 1L",
    "Soya, Nut & Coconut",
    "case",
    "20.40",
    ["alpro soya", "alpro soy"],
    ["alpro"],
    ["alpro soy barista"],
)
add(
    "PLT-ALPRO-ALMOND-12X1L",
    "Alpro Barista Almond 12 x 1L",
    "Soya, Nut & Coconut",
    "case",
    "23.40",
    ["alpro almond"],
    ["alpro"],
    ["alpro almond barista"],
)
add(
    "PLT-ALPRO-COCO-12X1L",
    "Alpro Barista Coconut 12 x 1L",
    "Soya, Nut & Coconut",
    "case",
    "23.40",
    ["alpro coconut"],
    ["alpro"],
    ["alpro coco barista"],
)
add(
    "PLT-SOYA-UNSW-12X1L",
    "Unsweetened Soya Drink 12 x 1L",
    "Soya, Nut & Coconut",
    "case",
    "13.20",
    ["unsweetened soya", "own brand soya"],
    ["soya"],
    ["cheap soya cartons"],
)
add(
    "PLT-OATCREAM-12X250",
    "Oatly Oat Cream 12 x 250ml",
    "Oat",
    "case",
    "15.60",
    ["oat cream", "oatly cream"],
    ["oat"],
    ["oat cooking cream"],
)

PRODUCTS = P
