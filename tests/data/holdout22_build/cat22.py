# ruff: noqa  (hand-written data generator of blind set 22, kept as its writer left it)
"""Catalog of set 22: "Larder & Ladle Catering Supplies", an institutional catering supplier (GBP)."""

CATEGORIES = [
    ("Dry Goods", None, ["ambient", "store cupboard"]),
    ("Chilled", None, ["fridge", "chiller"]),
    ("Frozen", None, ["freezer"]),
    ("Portion Packs", None, ["portions", "sachets"]),
    ("Drinks", None, ["beverages"]),
    ("Free-From & Special Diets", None, ["allergen free", "free from"]),
    ("Disposables & Hygiene", None, ["consumables"]),
    ("Rice, Pasta & Grains", "Dry Goods", ["rice", "pasta"]),
    ("Flour & Baking", "Dry Goods", ["baking"]),
    ("Tinned Goods", "Dry Goods", ["tins"]),
    ("Sauces, Gravy & Stock", "Dry Goods", ["gravy", "stock"]),
    ("Oils", "Dry Goods", ["cooking oil"]),
    ("Breakfast Cereals", "Dry Goods", ["cereal"]),
    ("Desserts & Custard", "Dry Goods", ["pudding"]),
    ("Milk & Cream", "Chilled", ["dairy"]),
    ("Butter & Spreads", "Chilled", ["spread"]),
    ("Cheese", "Chilled", ["cheese"]),
    ("Yoghurt", "Chilled", ["yogurt"]),
    ("Cooked Meats", "Chilled", ["sliced meat"]),
    ("Frozen Meat & Poultry", "Frozen", ["frozen meat"]),
    ("Frozen Fish", "Frozen", ["fish"]),
    ("Frozen Potato & Vegetables", "Frozen", ["frozen veg"]),
    ("Frozen Desserts & Bakery", "Frozen", ["frozen puddings"]),
    ("Condiment Portions", "Portion Packs", ["condiments"]),
    ("Breakfast Portions", "Portion Packs", ["breakfast"]),
    ("Hot Drinks", "Drinks", ["tea", "coffee"]),
    ("Juices & Soft Drinks", "Drinks", ["juice", "soft drinks"]),
    ("Water", "Drinks", ["water"]),
    ("Gluten Free", "Free-From & Special Diets", ["coeliac", "gf"]),
    ("Dairy Free", "Free-From & Special Diets", ["vegan", "milk free"]),
    ("Texture Modified", "Free-From & Special Diets", ["dysphagia", "iddsi"]),
    ("Gloves & Aprons", "Disposables & Hygiene", ["ppe"]),
    ("Napkins & Cups", "Disposables & Hygiene", ["tableware"]),
    ("Food Wrap", "Disposables & Hygiene", ["wrap"]),
    ("Kitchen Hygiene", "Disposables & Hygiene", ["cleaning"]),
]

# sku, name, category, unit, price, aliases, keywords, variants [(name, type, sku, price, ai_aliases)]
P = []


def p(sku, name, cat, unit, price, aliases, keywords=(), variants=()):
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
                dict(name=v[0], variant_type=v[1], sku=v[2], unit_price=v[3], ai_aliases=list(v[4]))
                for v in variants
            ],
        )
    )


R = "Rice, Pasta & Grains"
p("RIC-LG-10", "Long Grain Rice 10kg", R, "bag", "11.20", ["long grain rice", "long grain"], ["rice"])
p("RIC-EC-10", "Easy Cook Rice 10kg", R, "bag", "12.40", ["easy cook rice", "easy cook"], ["rice"])
p(
    "RIC-BAS",
    "Tilda Pure Basmati Rice",
    R,
    "bag",
    "19.80",
    ["basmati", "tilda basmati", "tilda"],
    ["rice"],
    [
        ("5kg", "WEIGHT", "RIC-BAS-5", "10.90", ["5 kilo"]),
        ("10kg", "WEIGHT", "RIC-BAS-10", "19.80", ["10 kilo"]),
        ("20kg", "WEIGHT", "RIC-BAS-20", "36.50", ["20 kilo"]),
    ],
)
p("PAS-PEN-3", "Penne Pasta 3kg", R, "bag", "5.20", ["penne"], ["pasta"])
p("PAS-FUS-3", "Fusilli Pasta 3kg", R, "bag", "5.20", ["fusilli", "pasta twists"], ["pasta"])
p("PAS-SPA-3", "Spaghetti 3kg", R, "bag", "5.40", ["spaghetti"], ["pasta"])
p("PAS-MAC-3", "Macaroni 3kg", R, "bag", "5.10", ["macaroni", "macaroni pasta"], ["pasta"])
p("PAS-LAS-3", "Lasagne Sheets 3kg", R, "box", "7.90", ["lasagne sheets", "lasagna sheets"], ["pasta"])
p("OAT-POR-3", "Porridge Oats 3kg", R, "bag", "4.80", ["porridge oats", "porridge"], ["oats"])

F = "Flour & Baking"
p("FLR-PLN-16", "Plain Flour 16kg", F, "sack", "11.50", ["plain flour"], ["flour"])
p(
    "FLR-SR-16",
    "Self Raising Flour 16kg",
    F,
    "sack",
    "11.90",
    ["self raising flour", "sr flour", "self raising"],
    ["flour"],
)
p("SUG-CAS-3", "Caster Sugar 3kg", F, "bag", "4.20", ["caster sugar"], ["sugar"])
p("SUG-GRN-5", "Granulated Sugar 5kg", F, "bag", "4.90", ["granulated sugar"], ["sugar"])
p("BAK-SPG-12", "Sponge Mix 12.5kg", F, "sack", "18.40", ["sponge mix", "cake mix"], ["baking"])
p("BAK-CRM-3", "Crumble Mix 3.5kg", F, "bag", "6.30", ["crumble mix", "crumble topping"], ["baking"])

T = "Tinned Goods"
p(
    "TIN-BB-A10",
    "Heinz Baked Beans 6 x 2.62kg",
    T,
    "case",
    "21.60",
    ["heinz baked beans original", "beanz original"],
    ["beans"],
)
p(
    "TIN-BBR-A10",
    "Heinz Reduced Sugar & Salt Baked Beans 6 x 2.62kg",
    T,
    "case",
    "22.80",
    ["reduced sugar beans", "rss beans", "low sugar beans", "reduced sugar and salt beans"],
    ["beans"],
)
p(
    "TIN-KDB-25",
    "Red Kidney Beans 6 x 2.5kg",
    T,
    "case",
    "14.90",
    ["kidney beans", "red kidney beans"],
    ["beans"],
)
p(
    "TIN-CHT-25",
    "Chopped Tomatoes 6 x 2.5kg",
    T,
    "case",
    "13.80",
    ["chopped tomatoes", "chopped toms"],
    ["tomatoes"],
)
p(
    "TIN-PLT-25",
    "Plum Tomatoes 6 x 2.5kg",
    T,
    "case",
    "13.20",
    ["plum tomatoes", "whole plum tomatoes"],
    ["tomatoes"],
)
p(
    "TIN-SWC-21",
    "Sweetcorn 6 x 2.12kg Tin",
    T,
    "case",
    "15.60",
    ["tinned sweetcorn", "sweetcorn tins"],
    ["sweetcorn"],
)
p("TIN-TUN-18", "Tuna Chunks in Brine 6 x 1.88kg", T, "case", "58.00", ["tuna", "tuna chunks"], ["fish"])
p(
    "TIN-PCH-3",
    "Peach Slices in Juice 6 x 3kg",
    T,
    "case",
    "19.40",
    ["peach slices", "tinned peaches"],
    ["fruit"],
)
p(
    "TIN-PEA-3",
    "Pear Quarters in Juice 6 x 3kg",
    T,
    "case",
    "19.90",
    ["pear quarters", "tinned pears"],
    ["fruit"],
)

S = "Sauces, Gravy & Stock"
p(
    "GRV-BIS-18",
    "Bisto Gravy Granules 1.8kg",
    S,
    "tub",
    "14.20",
    ["bisto original", "bisto gravy granules"],
    ["gravy"],
)
p(
    "GRV-BIV-18",
    "Bisto Vegetable Gravy Granules 1.8kg",
    S,
    "tub",
    "14.60",
    ["veg gravy", "vegetable gravy", "bisto veg"],
    ["gravy"],
)
p(
    "STK-CHK-11",
    "Knorr Chicken Stock Powder 1.1kg",
    S,
    "tub",
    "12.50",
    ["chicken stock", "chicken bouillon"],
    ["stock"],
)
p(
    "STK-VEG-11",
    "Knorr Vegetable Stock Powder 1.1kg",
    S,
    "tub",
    "11.90",
    ["veg stock", "vegetable stock"],
    ["stock"],
)
p(
    "SCE-MAY",
    "Hellmann's Real Mayonnaise",
    S,
    "tub",
    "13.40",
    ["hellmanns", "hellmann's mayo", "hellmanns real"],
    ["mayo"],
    [
        ("2.5L", "VOLUME", "SCE-MAY-25", "8.10", ["2.5 litre"]),
        ("5L", "VOLUME", "SCE-MAY-5", "13.40", ["5 litre"]),
    ],
)
p(
    "SCE-KET-45",
    "Heinz Tomato Ketchup 4.5kg Jug",
    S,
    "each",
    "11.30",
    ["ketchup jug", "heinz ketchup jug"],
    ["ketchup"],
)
p(
    "SCE-WHT-2",
    "Knorr White Sauce Mix 2kg",
    S,
    "tub",
    "15.10",
    ["white sauce", "white sauce mix", "bechamel"],
    ["sauce"],
)
p(
    "SCE-PAS-2",
    "Tomato & Basil Pasta Sauce 2 x 2.25kg",
    S,
    "pack",
    "9.80",
    ["pasta sauce", "tomato and basil sauce"],
    ["sauce"],
)

O = "Oils"
p(
    "OIL-RAP",
    "Rapeseed Oil",
    O,
    "each",
    "7.40",
    ["rapeseed oil", "rapeseed"],
    ["oil"],
    [
        ("5L", "VOLUME", "OIL-RAP-5", "7.40", ["5 litre"]),
        ("20L", "VOLUME", "OIL-RAP-20", "26.90", ["20 litre"]),
    ],
)
p("OIL-SUN-20", "Sunflower Oil 20L", O, "each", "28.50", ["sunflower oil"], ["oil"])
p("OIL-OLV-5", "Olive Oil 5L", O, "each", "27.90", ["olive oil"], ["oil"])

B = "Breakfast Cereals"
p("CER-WEE-96", "Weetabix (box of 96)", B, "box", "16.80", ["weetabix", "weetabix 96"], ["cereal"])
p("CER-CFL-4", "Kellogg's Corn Flakes 4 x 500g", B, "case", "9.60", ["corn flakes", "cornflakes"], ["cereal"])
p(
    "CER-VAR-40",
    "Kellogg's Variety Portion Packs (box of 40)",
    B,
    "box",
    "13.90",
    ["variety packs", "mini cereal packs", "variety portion packs"],
    ["cereal"],
)

D = "Desserts & Custard"
p(
    "DES-CUP-3",
    "Bird's Custard Powder 3kg",
    D,
    "tub",
    "13.60",
    ["custard powder", "birds custard powder"],
    ["custard"],
)
p(
    "DES-CUI-27",
    "Harwood Instant Custard Mix 2.7kg",
    D,
    "tub",
    "11.20",
    ["instant custard", "just add water custard"],
    ["custard"],
)
p(
    "DES-CUR-12",
    "Ambrosia Ready to Serve Custard 12 x 400g",
    D,
    "case",
    "14.40",
    ["ambrosia custard", "ready made custard", "ambrosia"],
    ["custard"],
)
p(
    "DES-JEL-12",
    "Strawberry Jelly Crystals 1.2kg",
    D,
    "tub",
    "5.90",
    ["strawberry jelly", "jelly crystals"],
    ["jelly"],
)
p(
    "DES-RCP-12",
    "Creamed Rice Pudding 12 x 400g Tin",
    D,
    "case",
    "10.80",
    ["rice pudding", "creamed rice"],
    ["pudding"],
)

M = "Milk & Cream"
p(
    "MLK-SEMI",
    "Semi-Skimmed Milk",
    M,
    "each",
    "1.05",
    ["semi skimmed milk", "semi skimmed", "semi-skimmed"],
    ["milk"],
    [
        ("1 Pint", "VOLUME", "MLK-SEMI-1P", "0.62", ["pint"]),
        ("2 Pint", "VOLUME", "MLK-SEMI-2P", "1.05", ["2pt"]),
        ("4 Pint", "VOLUME", "MLK-SEMI-4P", "1.78", ["4pt", "4 pinter"]),
    ],
)
p(
    "MLK-WHL",
    "Whole Milk",
    M,
    "each",
    "1.10",
    ["whole milk", "full fat milk"],
    ["milk"],
    [
        ("2 Pint", "VOLUME", "MLK-WHL-2P", "1.10", ["2pt"]),
        ("4 Pint", "VOLUME", "MLK-WHL-4P", "1.86", ["4pt"]),
    ],
)
p("MLK-SKM-4P", "Skimmed Milk 4 Pint", M, "each", "1.74", ["skimmed milk", "skimmed"], ["milk"])
p("CRM-DBL-1", "Double Cream 1L", M, "each", "4.20", ["double cream"], ["cream"])
p("CRM-SGL-1", "Single Cream 1L", M, "each", "3.40", ["single cream"], ["cream"])

BS = "Butter & Spreads"
p(
    "BUT-BLK-40",
    "Salted Butter 40 x 250g",
    BS,
    "case",
    "86.00",
    ["block butter", "butter blocks", "salted butter"],
    ["butter"],
)
p("SPR-FLR-2", "Flora Original 2kg Tub", BS, "tub", "9.40", ["flora tub", "flora original"], ["spread"])
p(
    "SPR-PUR-2",
    "Pure Dairy Free Sunflower Spread 2kg",
    BS,
    "tub",
    "10.20",
    ["pure spread", "pure sunflower", "dairy free spread"],
    ["spread"],
)

C = "Cheese"
p(
    "CHS-CHB-5",
    "Mature Cheddar Block 5kg",
    C,
    "each",
    "34.50",
    ["block cheddar", "cheddar block", "mature cheddar"],
    ["cheese"],
)
p(
    "CHS-CHG-2",
    "Grated Mild Cheddar 2kg",
    C,
    "bag",
    "15.80",
    ["grated cheddar", "grated mild cheddar"],
    ["cheese"],
)
p(
    "CHS-CHS-1",
    "Cheddar Slices 1kg",
    C,
    "pack",
    "8.90",
    ["cheese slices", "cheddar slices", "sliced cheddar"],
    ["cheese"],
)
p(
    "CHS-MOZ-2",
    "Grated Mozzarella 2kg",
    C,
    "bag",
    "14.30",
    ["grated mozzarella", "mozzarella", "mozz"],
    ["cheese"],
)

Y = "Yoghurt"
p(
    "YOG-FRT-12",
    "Fruit Yoghurt Assorted 12 x 125g",
    Y,
    "case",
    "4.80",
    ["fruit yoghurts", "fruit yogurts", "fruit yoghurt"],
    ["yoghurt"],
)
p(
    "YOG-NAT-2",
    "Natural Yoghurt 2kg",
    Y,
    "tub",
    "4.10",
    ["natural yoghurt", "natural yogurt", "plain yoghurt"],
    ["yoghurt"],
)
p(
    "YOG-FF-18",
    "Fromage Frais Tubes (box of 18)",
    Y,
    "box",
    "5.60",
    ["fromage frais", "yoghurt tubes", "frube"],
    ["yoghurt"],
)

CM = "Cooked Meats"
p("MT-HAM-1", "Cooked Ham Sliced 1kg", CM, "pack", "9.20", ["sliced ham", "cooked ham", "ham"], ["sandwich"])
p(
    "MT-CHK-1",
    "Cooked Chicken Breast Slices 1kg",
    CM,
    "pack",
    "11.60",
    ["sliced chicken", "cooked chicken slices"],
    ["sandwich"],
)

FM = "Frozen Meat & Poultry"
p(
    "FZ-CHB-5",
    "Chicken Breast Fillets 5kg",
    FM,
    "box",
    "27.50",
    ["chicken breasts", "chicken breast fillets", "chicken fillets"],
    ["chicken"],
    [
        ("4-6oz", "SIZE", "FZ-CHB-5-46", "27.50", ["small fillets"]),
        ("6-8oz", "SIZE", "FZ-CHB-5-68", "28.90", ["large fillets"]),
    ],
)
p(
    "FZ-NUG-4",
    "Breaded Chicken Nuggets 4 x 1kg",
    FM,
    "case",
    "22.40",
    ["chicken nuggets", "nuggets"],
    ["chicken"],
)
p("FZ-MIN-KG", "Beef Mince 80VL (per kg)", FM, "kg", "6.90", ["beef mince", "minced beef"], ["beef"])
p("FZ-DCB-KG", "Diced Beef (per kg)", FM, "kg", "8.40", ["diced beef", "stewing beef"], ["beef"])
p("FZ-SAU-60", "Pork Sausages 60 x 57g", FM, "box", "14.80", ["pork sausages", "pork bangers"], ["sausages"])
p(
    "FZ-VSA-60",
    "Vegetarian Sausages 60 x 50g",
    FM,
    "box",
    "15.20",
    ["veggie sausages", "vegetarian sausages", "vege sausages"],
    ["sausages"],
)
p(
    "FZ-HCS-60",
    "Halal Chicken Sausages 60 x 50g",
    FM,
    "box",
    "16.10",
    ["halal sausages", "halal chicken sausages"],
    ["sausages"],
)
p("FZ-QMN-25", "Quorn Mince 2.5kg", FM, "bag", "17.90", ["quorn mince", "quorn"], ["vegetarian"])
p(
    "FZ-BUR-48",
    "Beef Burgers 4oz (box of 48)",
    FM,
    "box",
    "21.30",
    ["beef burgers", "quarter pounders"],
    ["burgers"],
)

FF = "Frozen Fish"
p(
    "FZ-FFC-120",
    "Cod Fish Fingers 120 x 25g",
    FF,
    "box",
    "19.60",
    ["cod fish fingers", "cod fingers"],
    ["fish fingers"],
)
p(
    "FZ-FFP-120",
    "Pollock Fish Fingers 120 x 25g",
    FF,
    "box",
    "15.90",
    ["pollock fish fingers", "pollock fingers"],
    ["fish fingers"],
)
p(
    "FZ-COD-5",
    "Battered Cod Fillets 5kg",
    FF,
    "box",
    "49.00",
    ["battered cod", "cod in batter"],
    ["fish"],
    [
        ("4-5oz", "SIZE", "FZ-COD-5-45", "47.50", ["4/5oz"]),
        ("6-7oz", "SIZE", "FZ-COD-5-67", "51.00", ["6/7oz"]),
    ],
)
p(
    "FZ-SAL-20",
    "Salmon Portions 120g (box of 20)",
    FF,
    "box",
    "32.00",
    ["salmon portions", "salmon fillets"],
    ["salmon"],
)
p(
    "FZ-SFC-48",
    "Salmon Fishcakes 48 x 85g",
    FF,
    "box",
    "24.50",
    ["salmon fishcakes", "fishcakes", "fish cakes"],
    ["salmon"],
)

FV = "Frozen Potato & Vegetables"
p(
    "FZ-CHS-4",
    "Straight Cut Chips 4 x 2.5kg",
    FV,
    "case",
    "12.40",
    ["straight cut chips", "straight chips"],
    ["chips"],
)
p(
    "FZ-CHC-4",
    "Crinkle Cut Chips 4 x 2.5kg",
    FV,
    "case",
    "12.90",
    ["crinkle cut chips", "crinkle chips", "crinkles"],
    ["chips"],
)
p("FZ-WDG-4", "Potato Wedges 4 x 2.5kg", FV, "case", "13.60", ["potato wedges", "wedges"], ["potato"])
p("FZ-PEA-25", "Garden Peas 2.5kg", FV, "bag", "4.10", ["garden peas", "frozen peas"], ["veg"])
p("FZ-MXV-25", "Mixed Vegetables 2.5kg", FV, "bag", "4.30", ["mixed veg", "mixed vegetables"], ["veg"])
p("FZ-SWC-25", "Sweetcorn 2.5kg (Frozen)", FV, "bag", "4.40", ["frozen sweetcorn"], ["veg", "sweetcorn"])
p("FZ-BRO-25", "Broccoli Florets 2.5kg", FV, "bag", "5.20", ["broccoli", "broccoli florets"], ["veg"])
p("FZ-GBN-25", "Sliced Green Beans 2.5kg", FV, "bag", "4.60", ["green beans", "sliced beans"], ["veg"])

FD = "Frozen Desserts & Bakery"
p("FZ-ICV-4", "Vanilla Ice Cream 4L", FD, "tub", "7.90", ["vanilla ice cream", "ice cream 4l"], ["ice cream"])
p(
    "FZ-ICC-48",
    "Vanilla Ice Cream Cups 100ml (box of 48)",
    FD,
    "box",
    "16.40",
    ["ice cream cups", "ice cream pots"],
    ["ice cream"],
)
p(
    "FZ-SPC-48",
    "Chocolate Sponge Traybake (48 portions)",
    FD,
    "each",
    "14.90",
    ["chocolate sponge", "choc sponge"],
    ["sponge", "traybake"],
)
p(
    "FZ-SPJ-48",
    "Jam & Coconut Sponge Traybake (48 portions)",
    FD,
    "each",
    "14.20",
    ["jam sponge", "jam and coconut sponge"],
    ["sponge", "traybake"],
)
p(
    "FZ-ROL-48",
    "White Soft Rolls 48 x 60g",
    FD,
    "case",
    "9.70",
    ["white rolls", "soft white rolls", "bread rolls"],
    ["bread"],
)
p(
    "FZ-YPD-60",
    "Yorkshire Puddings 4in (box of 60)",
    FD,
    "box",
    "8.90",
    ["yorkshire puddings", "yorkshires", "yorkies"],
    ["roast"],
)

CP = "Condiment Portions"
p(
    "PP-KET-200",
    "Heinz Ketchup Sachets (box of 200)",
    CP,
    "box",
    "9.60",
    ["ketchup sachets", "ketchup portions"],
    ["ketchup"],
)
p(
    "PP-MAY-198",
    "Hellmann's Mayonnaise Sachets (box of 198)",
    CP,
    "box",
    "11.40",
    ["mayo sachets", "mayonnaise sachets"],
    ["mayo"],
)
p(
    "PP-BRN-200",
    "HP Brown Sauce Sachets (box of 200)",
    CP,
    "box",
    "10.20",
    ["brown sauce sachets", "hp sachets"],
    ["sauce"],
)
p("PP-SLT-2000", "Salt Sachets (box of 2000)", CP, "box", "8.50", ["salt sachets"], ["seasoning"])
p("PP-PEP-2000", "Pepper Sachets (box of 2000)", CP, "box", "9.90", ["pepper sachets"], ["seasoning"])

BP = "Breakfast Portions"
p("PP-SGW-1000", "White Sugar Sticks (box of 1000)", BP, "box", "11.80", ["white sugar sticks"], ["sugar"])
p(
    "PP-SGB-1000",
    "Brown Sugar Sticks (box of 1000)",
    BP,
    "box",
    "13.20",
    ["brown sugar sticks", "demerara sticks"],
    ["sugar"],
)
p(
    "PP-JAM-100",
    "Strawberry Jam Portions 20g (box of 100)",
    BP,
    "box",
    "9.90",
    ["jam portions", "strawberry jam portions"],
    ["jam"],
)
p(
    "PP-MRM-100",
    "Marmalade Portions 20g (box of 100)",
    BP,
    "box",
    "10.40",
    ["marmalade portions"],
    ["marmalade"],
)
p(
    "PP-BUT-100",
    "Butter Portions 7g (box of 100)",
    BP,
    "box",
    "8.60",
    ["butter portions", "butter pats"],
    ["butter"],
)
p("PP-FLR-100", "Flora Portions 10g (box of 100)", BP, "box", "7.90", ["flora portions"], ["spread"])
p(
    "PP-MLK-120",
    "UHT Milk Portions 12ml (box of 120)",
    BP,
    "box",
    "6.80",
    ["milk pots", "milk portions", "milk jiggers", "uht portions"],
    ["milk"],
)

H = "Hot Drinks"
p(
    "HD-YT-1200",
    "Yorkshire Tea 1 Cup Bags (box of 1200)",
    H,
    "box",
    "27.50",
    ["yorkshire tea", "yorkshire tea bags", "tea bags"],
    ["tea"],
)
p(
    "HD-YTD-500",
    "Yorkshire Tea Decaf Bags (box of 500)",
    H,
    "box",
    "16.90",
    ["decaf tea", "decaf tea bags"],
    ["tea"],
)
p(
    "HD-NES-750",
    "Nescafé Original Instant Coffee 750g",
    H,
    "each",
    "24.80",
    ["nescafe", "nescafe original"],
    ["coffee"],
)
p(
    "HD-KDC-500",
    "Kenco Decaf Instant Coffee 500g",
    H,
    "each",
    "21.40",
    ["kenco decaf", "decaf coffee"],
    ["coffee"],
)
p(
    "HD-DCH-2",
    "Cadbury Drinking Chocolate 2kg",
    H,
    "tub",
    "14.90",
    ["cadbury drinking chocolate", "drinking chocolate"],
    ["hot chocolate"],
)
p(
    "HD-HCS-100",
    "Hot Chocolate Sachets 28g (box of 100)",
    H,
    "box",
    "18.60",
    ["hot choc sachets", "hot chocolate sachets"],
    ["hot chocolate"],
)

J = "Juices & Soft Drinks"
p("DR-OJ1-12", "Orange Juice 12 x 1L", J, "case", "11.40", ["orange juice 1l"], ["juice"])
p(
    "DR-OJC-24",
    "Orange Juice Cartons 24 x 200ml",
    J,
    "case",
    "7.90",
    ["orange juice cartons", "oj cartons"],
    ["juice"],
)
p("DR-AJ1-12", "Apple Juice 12 x 1L", J, "case", "11.10", ["apple juice 1l"], ["juice"])
p("DR-AJC-24", "Apple Juice Cartons 24 x 200ml", J, "case", "7.70", ["apple juice cartons"], ["juice"])
p("DR-COK-24", "Coca-Cola 24 x 330ml Can", J, "case", "15.60", ["coke", "coca cola", "coca-cola"], ["cola"])
p("DR-DCK-24", "Diet Coke 24 x 330ml Can", J, "case", "15.20", ["diet coke"], ["cola"])
p(
    "DR-SQO-2",
    "Robinsons No Added Sugar Orange Squash 2 x 5L",
    J,
    "pack",
    "12.60",
    ["orange squash", "robinsons squash"],
    ["squash"],
)
p(
    "DR-FSH-24",
    "Robinsons Fruit Shoot Apple & Blackcurrant 24 x 200ml",
    J,
    "case",
    "10.80",
    ["fruit shoots", "fruit shoot"],
    ["kids drinks"],
)

W = "Water"
p("WA-STL-24", "Still Water 24 x 500ml", W, "case", "5.40", ["still water"], ["water"])
p("WA-SPK-24", "Sparkling Water 24 x 500ml", W, "case", "5.90", ["sparkling water", "fizzy water"], ["water"])

GF = "Gluten Free"
p(
    "GF-BRD-8",
    "Gluten Free White Sliced Loaf 400g (case of 8)",
    GF,
    "case",
    "22.40",
    ["gf bread", "gluten free bread"],
    ["bread"],
)
p(
    "GF-PEN-12",
    "Gluten Free Penne 500g (case of 12)",
    GF,
    "case",
    "16.80",
    ["gf penne", "gluten free penne", "gluten free pasta"],
    ["pasta"],
)
p(
    "GF-FLR-5",
    "Doves Farm Gluten Free Plain Flour 5 x 1kg",
    GF,
    "case",
    "11.50",
    ["gf flour", "gluten free flour", "doves farm"],
    ["flour"],
)
p(
    "GF-NUG-2",
    "Gluten Free Chicken Nuggets 2 x 1kg",
    GF,
    "case",
    "17.20",
    ["gf nuggets", "gluten free nuggets"],
    ["chicken"],
)
p(
    "GF-GRV-18",
    "Bisto Gluten Free Gravy Granules 1.8kg",
    GF,
    "tub",
    "16.40",
    ["gf gravy", "gluten free gravy"],
    ["gravy"],
)

DF = "Dairy Free"
p("DF-OTB-6", "Oatly Oat Drink Barista 6 x 1L", DF, "case", "13.20", ["oatly barista"], ["oat milk"])
p("DF-OTO-6", "Oatly Oat Drink Original 6 x 1L", DF, "case", "11.90", ["oatly original"], ["oat milk"])
p(
    "DF-SOY-8",
    "Alpro Soya Original 8 x 1L",
    DF,
    "case",
    "13.60",
    ["alpro soya", "soya milk", "soy milk"],
    ["milk"],
)
p(
    "DF-MAY-25",
    "Egg Free Vegan Mayonnaise 2.5L",
    DF,
    "tub",
    "9.80",
    ["vegan mayo", "egg free mayo", "egg free mayonnaise"],
    ["mayo"],
)
p(
    "DF-CHS-1",
    "Violife Grated Original 1kg",
    DF,
    "bag",
    "11.70",
    ["violife", "vegan cheese", "dairy free cheese"],
    ["cheese"],
)
p(
    "DF-ICE-4",
    "Dairy Free Vanilla Ice 4L",
    DF,
    "tub",
    "11.40",
    ["dairy free ice cream", "vegan ice cream"],
    ["ice cream"],
)

TM = "Texture Modified"
p(
    "TM-NUT",
    "Nutilis Clear Thickener",
    TM,
    "each",
    "11.90",
    ["nutilis", "nutilis clear"],
    ["thickener"],
    [
        ("175g Tin", "WEIGHT", "TM-NUT-175", "11.90", ["tin"]),
        ("Sticks 24 x 1.4g", "SIZE", "TM-NUT-STK", "9.60", ["nutilis sticks"]),
    ],
)
p(
    "TM-L4C-6",
    "IDDSI Level 4 Puréed Roast Chicken Dinner (pack of 6)",
    TM,
    "pack",
    "21.00",
    ["puree chicken dinner", "pureed roast chicken"],
    ["puree"],
)
p(
    "TM-L4S-6",
    "IDDSI Level 4 Puréed Shepherd's Pie (pack of 6)",
    TM,
    "pack",
    "20.40",
    ["puree shepherds pie", "pureed shepherd's pie"],
    ["puree"],
)
p(
    "TM-L6F-6",
    "IDDSI Level 6 Soft & Bite-Sized Fish Pie (pack of 6)",
    TM,
    "pack",
    "19.80",
    ["soft and bite sized fish pie", "level 6 fish pie"],
    ["soft diet"],
)

GA = "Gloves & Aprons"
p(
    "GLV-NIT",
    "Blue Nitrile Gloves (box of 100)",
    GA,
    "box",
    "5.90",
    ["nitrile gloves", "blue nitrile", "blue gloves"],
    ["gloves"],
    [
        ("Small", "SIZE", "GLV-NIT-S", "5.90", ["S"]),
        ("Medium", "SIZE", "GLV-NIT-M", "5.90", ["M", "med"]),
        ("Large", "SIZE", "GLV-NIT-L", "5.90", ["L"]),
        ("X-Large", "SIZE", "GLV-NIT-XL", "6.20", ["XL"]),
    ],
)
p(
    "GLV-VIN",
    "Clear Vinyl Gloves (box of 100)",
    GA,
    "box",
    "3.70",
    ["vinyl gloves", "clear vinyl"],
    ["gloves"],
    [
        ("Small", "SIZE", "GLV-VIN-S", "3.70", ["S"]),
        ("Medium", "SIZE", "GLV-VIN-M", "3.70", ["M"]),
        ("Large", "SIZE", "GLV-VIN-L", "3.70", ["L"]),
    ],
)
p(
    "APR-PE",
    "Polythene Aprons (roll of 200)",
    GA,
    "pack",
    "6.40",
    ["aprons", "disposable aprons", "plastic aprons"],
    ["ppe"],
    [
        ("White", "COLOR", "APR-PE-WHT", "6.40", []),
        ("Blue", "COLOR", "APR-PE-BLU", "6.40", []),
        ("Green", "COLOR", "APR-PE-GRN", "6.40", []),
        ("Red", "COLOR", "APR-PE-RED", "6.40", []),
    ],
)

NC = "Napkins & Cups"
p(
    "NAP-L33",
    "Lunch Napkins 33cm 2-Ply (case of 2000)",
    NC,
    "case",
    "19.80",
    ["lunch napkins", "33cm napkins"],
    ["napkins"],
    [
        ("White", "COLOR", "NAP-L33-WHT", "19.80", []),
        ("Red", "COLOR", "NAP-L33-RED", "21.40", []),
        ("Navy", "COLOR", "NAP-L33-NVY", "21.40", ["dark blue"]),
    ],
)
p(
    "NAP-D40",
    "Dinner Napkins 40cm 3-Ply (case of 1000)",
    NC,
    "case",
    "24.60",
    ["dinner napkins", "40cm napkins"],
    ["napkins"],
    [
        ("White", "COLOR", "NAP-D40-WHT", "24.60", []),
        ("Navy", "COLOR", "NAP-D40-NVY", "26.20", ["dark blue"]),
    ],
)
p(
    "CUP-HOT",
    "Paper Hot Cups (case of 1000)",
    NC,
    "case",
    "38.00",
    ["hot cups", "paper cups", "paper hot cups"],
    ["cups"],
    [("8oz", "SIZE", "CUP-HOT-8", "34.00", ["8 oz"]), ("12oz", "SIZE", "CUP-HOT-12", "42.00", ["12 oz"])],
)

FW = "Food Wrap"
p(
    "WRP-CLG",
    "Catering Cling Film",
    FW,
    "each",
    "9.90",
    ["cling film", "clingfilm", "cling"],
    ["wrap"],
    [
        ("30cm x 300m", "SIZE", "WRP-CLG-30", "7.90", ["30cm"]),
        ("45cm x 300m", "SIZE", "WRP-CLG-45", "9.90", ["45cm"]),
    ],
)
p(
    "WRP-FOI",
    "Catering Foil",
    FW,
    "each",
    "12.40",
    ["tin foil", "kitchen foil", "catering foil"],
    ["wrap"],
    [
        ("30cm x 75m", "SIZE", "WRP-FOI-30", "9.80", ["30cm"]),
        ("45cm x 75m", "SIZE", "WRP-FOI-45", "12.40", ["45cm"]),
    ],
)
p(
    "CHB-CC",
    "Colour Coded Chopping Board 18x12in",
    "Kitchen Hygiene",
    "each",
    "8.50",
    ["chopping board", "chopping boards"],
    ["haccp"],
    [
        ("Red", "COLOR", "CHB-CC-RED", "8.50", []),
        ("Blue", "COLOR", "CHB-CC-BLU", "8.50", []),
        ("Yellow", "COLOR", "CHB-CC-YEL", "8.50", []),
        ("Green", "COLOR", "CHB-CC-GRN", "8.50", []),
        ("Brown", "COLOR", "CHB-CC-BRN", "8.50", []),
        ("White", "COLOR", "CHB-CC-WHT", "8.50", []),
    ],
)
p(
    "HYG-BLR-6",
    "Blue Centrefeed Roll (pack of 6)",
    "Kitchen Hygiene",
    "pack",
    "14.60",
    ["blue roll", "centrefeed roll", "centrefeed"],
    ["paper"],
)
p(
    "HYG-SAN-6",
    "Food Safe Sanitiser Spray 6 x 750ml",
    "Kitchen Hygiene",
    "case",
    "15.90",
    ["sanitiser spray", "food safe sanitiser", "antibac spray"],
    ["cleaning"],
)
p(
    "HYG-WUL-6",
    "Washing Up Liquid 5L (pack of 2)",
    "Kitchen Hygiene",
    "pack",
    "9.20",
    ["washing up liquid", "fairy liquid"],
    ["cleaning"],
)


DROP = {
    "OAT-POR-3",
    "PAS-LAS-3",
    "BAK-CRM-3",
    "SUG-GRN-5",
    "TIN-PEA-3",
    "TIN-TUN-18",
    "SCE-WHT-2",
    "STK-VEG-11",
    "OIL-OLV-5",
    "DES-RCP-12",
    "CHS-CHS-1",
    "YOG-FF-18",
    "MT-CHK-1",
    "FZ-BUR-48",
    "FZ-QMN-25",
    "FZ-SFC-48",
    "FZ-GBN-25",
    "FZ-WDG-4",
    "PP-BRN-200",
    "PP-MRM-100",
    "HD-KDC-500",
    "DR-DCK-24",
    "GF-FLR-5",
    "DF-MAY-25",
    "HYG-WUL-6",
}
P[:] = [x for x in P if x["sku"] not in DROP]


def training(prod):
    a = prod["aliases"][0]
    return ["rush " + a + " over for the servery lot", "is " + a + " on the weekly drop-sheet"]


def catalog():
    cats = [dict(name=n, parent=par, ai_keywords=k) for n, par, k in CATEGORIES]
    counts = {}
    for x in P:
        for a in set(a.lower() for v in x["variants"] for a in v["ai_aliases"]):
            counts[a] = counts.get(a, 0) + 1
    for x in P:  # a variant alias shared by two products would name neither: drop it
        for v in x["variants"]:
            v["ai_aliases"] = [a for a in v["ai_aliases"] if counts[a.lower()] == 1]
    prods = []
    for x in P:
        d = dict(
            sku=x["sku"],
            name=x["name"],
            category=x["category"],
            unit=x["unit"],
            unit_price=x["unit_price"],
            aliases=x["aliases"],
            keywords=x["keywords"],
            ai_training_examples=training(x),
            variants=x["variants"],
        )
        prods.append(d)
    return {
        "currency": "GBP",
        "name": "Larder & Ladle Catering Supplies",
        "categories": cats,
        "products": prods,
    }
