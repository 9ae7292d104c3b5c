# ruff: noqa  (hand-written data generator of blind set 29, kept as its writer left it)
"""Catalog of the 29th blind set: "Dawnfold Hotel Breakfast Supply" (GBP).

Hand-written. A hotel breakfast and room-service wholesaler: portion-pack cereals and preserves, juices and
water, frozen viennoiserie and breads, hot drinks, breakfast portions, guest room amenities and disposables.
"""

CURRENCY = "GBP"

CATEGORIES = [
    ("Cereals & Porridge", None, ["breakfast cereals", "cereal"]),
    ("Preserves & Spreads", None, ["jams", "spreads", "preserves"]),
    ("Juices & Water", None, ["juice", "soft drinks", "mineral water"]),
    ("Bakery", None, ["bread", "pastries", "viennoiserie"]),
    ("Hot Drinks", None, ["tea", "coffee", "hot chocolate"]),
    ("Breakfast Portions", None, ["portions", "butter", "milk", "sugar"]),
    ("Guest Amenities", None, ["toiletries", "amenities", "room supplies"]),
    ("Room Service & Disposables", None, ["napkins", "cups", "disposables"]),
    ("Portion Cereals", "Cereals & Porridge", ["portion packs", "individual cereals"]),
    ("Bulk Cereals", "Cereals & Porridge", ["catering cereals", "granola", "muesli"]),
    ("Porridge", "Cereals & Porridge", ["oats", "porridge"]),
    ("Portion Preserves", "Preserves & Spreads", ["jam portions", "mini jars"]),
    ("Catering Preserves", "Preserves & Spreads", ["catering tubs", "bulk jam"]),
    ("Juices", "Juices & Water", ["fruit juice", "cartons"]),
    ("Dispenser Juices", "Juices & Water", ["juice concentrate", "bag in box"]),
    ("Water", "Juices & Water", ["still", "sparkling"]),
    ("Viennoiserie (frozen)", "Bakery", ["croissants", "frozen pastries"]),
    ("Muffins & Sweet Bakes", "Bakery", ["muffins", "cakes"]),
    ("Breads & Rolls", "Bakery", ["loaves", "rolls", "bagels"]),
    ("Tea", "Hot Drinks", ["tea bags", "envelopes"]),
    ("Coffee", "Hot Drinks", ["filter", "instant", "beans"]),
    ("Hot Chocolate", "Hot Drinks", ["cocoa"]),
    ("Dairy Portions", "Breakfast Portions", ["butter portions", "milk portions"]),
    ("Sugar & Sweeteners", "Breakfast Portions", ["sugar sticks", "sweetener"]),
    ("Bath Amenities", "Guest Amenities", ["shampoo", "soap", "bathroom"]),
    ("Guest Kits", "Guest Amenities", ["kits", "dental", "vanity"]),
    ("Slippers & Robes", "Guest Amenities", ["slippers", "bathrobes"]),
    ("Hospitality Tray", "Guest Amenities", ["biscuits", "in-room"]),
    ("Napkins", "Room Service & Disposables", ["serviettes"]),
    ("Cups & Stirrers", "Room Service & Disposables", ["takeaway cups", "stirrers"]),
]

# (sku, name, category, unit, price, aliases, keywords, ai_training_examples, variants)
# variants: (suffix, name, type, price, ai_aliases)
P = []


def p(sku, name, cat, unit, price, aliases, keywords, examples, variants=()):
    P.append((sku, name, cat, unit, price, aliases, keywords, examples, list(variants)))


# ---- Portion cereals
p(
    "CF-PORT",
    "Kellogg's Corn Flakes Portion Pack 24g (case of 40)",
    "Portion Cereals",
    "case",
    "14.80",
    ["corn flakes portions", "cornflake portion packs", "cornflakes portions"],
    ["kelloggs", "portion", "24g"],
    ["Kelloggs CF individual packs to go on the trolley"],
)
p(
    "RK-PORT",
    "Kellogg's Rice Krispies Portion Pack 22g (case of 40)",
    "Portion Cereals",
    "case",
    "15.60",
    ["rice krispies portions", "krispies portion packs"],
    ["kelloggs", "portion", "22g"],
    ["snap crackle pop singles, one outer"],
)
p(
    "CP-PORT",
    "Kellogg's Coco Pops Portion Pack 35g (case of 40)",
    "Portion Cereals",
    "case",
    "17.20",
    ["coco pops portions", "coco pops"],
    ["kelloggs", "chocolate cereal", "portion"],
    ["chocolate rice cereal singles for kids' breakfast"],
)
p(
    "FR-PORT",
    "Kellogg's Frosties Portion Pack 30g (case of 40)",
    "Portion Cereals",
    "case",
    "17.20",
    ["frosties portions", "frosties"],
    ["kelloggs", "frosted flakes", "portion"],
    ["frosted flake single serves outer"],
)
p(
    "SK-PORT",
    "Kellogg's Special K Portion Pack 30g (case of 40)",
    "Portion Cereals",
    "case",
    "18.40",
    ["special k portions", "special k"],
    ["kelloggs", "portion"],
    ["the K singles, whole outer"],
)
p(
    "CN-PORT",
    "Kellogg's Crunchy Nut Portion Pack 35g (case of 40)",
    "Portion Cereals",
    "case",
    "18.90",
    ["crunchy nut portions", "crunchy nut"],
    ["kelloggs", "honey nut", "portion"],
    ["honey nut clusters single serves"],
)
p(
    "VAR-PORT",
    "Kellogg's Variety Pack Portions, assorted (case of 48)",
    "Portion Cereals",
    "case",
    "19.50",
    ["variety packs", "variety pack portions", "kelloggs variety"],
    ["assorted", "mixed cereal", "portion"],
    ["assorted mini cereal boxes, mixed outer"],
)
p(
    "WBX-PORT",
    "Weetabix 2-Biscuit Portion Packs (case of 48)",
    "Portion Cereals",
    "case",
    "16.40",
    ["weetabix", "weetabix portions", "weetabix 2 biscuit packs"],
    ["wheat biscuits", "portion"],
    ["wheat biscuit twin packs for the buffet"],
)
# ---- Bulk cereals
p(
    "CF-BULK",
    "Kellogg's Corn Flakes Catering Pack 4 x 1kg",
    "Bulk Cereals",
    "case",
    "21.60",
    ["catering cornflakes", "corn flakes 1kg", "bulk corn flakes"],
    ["kelloggs", "catering", "dispenser"],
    ["big bags of CF for the cereal dispensers"],
)
p(
    "RK-BULK",
    "Kellogg's Rice Krispies Catering Pack 4 x 750g",
    "Bulk Cereals",
    "case",
    "22.80",
    ["catering rice krispies", "rice krispies 750g", "bulk rice krispies"],
    ["kelloggs", "catering", "dispenser"],
    ["krispies for the gravity dispensers, big bags"],
)
p(
    "GRAN-HON",
    "Honey & Almond Granola 2kg Bag",
    "Bulk Cereals",
    "bag",
    "11.40",
    ["honey granola", "honey almond granola", "honey and almond granola"],
    ["granola", "clusters", "2kg"],
    ["nutty honey clusters for the yoghurt station"],
)
p(
    "GRAN-BER",
    "Red Berry Granola 2kg Bag",
    "Bulk Cereals",
    "bag",
    "11.90",
    ["berry granola", "red berry granola"],
    ["granola", "strawberry", "raspberry", "2kg"],
    ["fruity clusters with freeze dried strawberry"],
)
p(
    "MUES-SWS",
    "Swiss Style Muesli 2.5kg Bag",
    "Bulk Cereals",
    "bag",
    "9.80",
    ["muesli", "swiss muesli", "swiss style muesli"],
    ["oats", "raisins", "2.5kg"],
    ["bircher base mix, big sack"],
)
# ---- Porridge
p(
    "OATS-3KG",
    "Scottish Porridge Oats 3kg Bag",
    "Porridge",
    "bag",
    "6.90",
    ["porridge oats", "rolled oats", "scottish oats"],
    ["oats", "porridge", "3kg"],
    ["oats for the porridge pot on the hotplate"],
)
p(
    "PORR-POT-ORI",
    "Instant Porridge Pots Original 55g (case of 12)",
    "Porridge",
    "case",
    "10.80",
    ["original porridge pots", "plain porridge pots"],
    ["porridge", "just add water", "pot"],
    ["add-hot-water oat pots, unflavoured"],
)
p(
    "PORR-POT-SYR",
    "Instant Porridge Pots Golden Syrup 57g (case of 12)",
    "Porridge",
    "case",
    "11.20",
    ["golden syrup porridge pots", "syrup porridge pots"],
    ["porridge", "golden syrup", "pot"],
    ["sweet syrupy oat pots for the kettle trays"],
)
p(
    "PORR-SACH",
    "Porridge Oat Sachets Plain 27g (box of 50)",
    "Porridge",
    "box",
    "8.40",
    ["porridge sachets", "oat sachets"],
    ["porridge", "sachet", "microwave"],
    ["single serve oat sachets for microwaving"],
)
# ---- Portion preserves
p(
    "JAM-STR-P",
    "Strawberry Jam Portions 20g (box of 100)",
    "Portion Preserves",
    "box",
    "12.60",
    ["strawberry jam portions", "strawberry portions", "strawberry jam pots"],
    ["jam", "portion", "20g"],
    ["little red jam tubs for the tables"],
)
p(
    "JAM-RAS-P",
    "Raspberry Jam Portions 20g (box of 100)",
    "Portion Preserves",
    "box",
    "12.90",
    ["raspberry jam portions", "raspberry portions", "raspberry jam pots"],
    ["jam", "portion", "20g"],
    ["seeded raspberry tubs for the toast station"],
)
p(
    "JAM-APR-P",
    "Apricot Jam Portions 20g (box of 100)",
    "Portion Preserves",
    "box",
    "12.90",
    ["apricot jam portions", "apricot portions", "apricot jam pots"],
    ["jam", "portion", "20g"],
    ["orange-coloured jam singles for croissants"],
)
p(
    "JAM-BLC-P",
    "Blackcurrant Jam Portions 20g (box of 100)",
    "Portion Preserves",
    "box",
    "12.90",
    ["blackcurrant jam portions", "blackcurrant portions", "blackcurrant jam pots"],
    ["jam", "portion", "20g"],
    ["dark berry jam singles"],
)
p(
    "MARM-P",
    "Thick Cut Orange Marmalade Portions 20g (box of 100)",
    "Portion Preserves",
    "box",
    "12.90",
    ["marmalade portions", "marmalade pots", "thick cut marmalade portions"],
    ["marmalade", "portion", "20g"],
    ["chunky orange singles for the toast rack"],
)
p(
    "HONEY-P",
    "Clear Honey Portions 20g (box of 100)",
    "Portion Preserves",
    "box",
    "14.20",
    ["honey portions", "honey pots", "honey sachets"],
    ["honey", "portion", "20g"],
    ["runny bee stuff in tiny tubs"],
)
p(
    "NUT-P",
    "Nutella Portions 15g (box of 120)",
    "Portion Preserves",
    "box",
    "24.60",
    ["nutella portions", "nutella minis", "nutella pots"],
    ["hazelnut", "chocolate spread", "portion"],
    ["choc hazelnut singles for the kids' table"],
)
p(
    "PB-P",
    "Smooth Peanut Butter Portions 15g (box of 100)",
    "Portion Preserves",
    "box",
    "13.80",
    ["peanut butter portions", "peanut butter", "pb portions"],
    ["peanut", "spread", "portion"],
    ["smooth nut spread singles"],
)
p(
    "MARMITE-P",
    "Marmite Portions 8g (box of 100)",
    "Portion Preserves",
    "box",
    "15.40",
    ["marmite portions", "marmite", "marmite pots"],
    ["yeast extract", "portion"],
    ["yeast spread minis, love it or hate it"],
)
p(
    "LEMCURD-P",
    "Lemon Curd Portions 20g (box of 100)",
    "Portion Preserves",
    "box",
    "13.40",
    ["lemon curd portions", "lemon curd"],
    ["curd", "portion", "20g"],
    ["zesty curd singles for the scones"],
)
# ---- Catering preserves
p(
    "JAM-STR-TUB",
    "Strawberry Jam 3kg Catering Tub",
    "Catering Preserves",
    "tub",
    "9.60",
    ["strawberry jam tub", "catering strawberry jam", "jam tub"],
    ["jam", "3kg", "catering"],
    ["big red bucket for the buffet jam bowls"],
)
p(
    "MARM-TUB",
    "Fine Cut Orange Marmalade 3kg Catering Tub",
    "Catering Preserves",
    "tub",
    "9.90",
    ["marmalade tub", "fine cut marmalade", "catering marmalade"],
    ["marmalade", "3kg", "catering"],
    ["bucket of shredless orange for decanting"],
)
p(
    "HONEY-TUB",
    "Clear Honey 3kg Catering Tub",
    "Catering Preserves",
    "tub",
    "17.80",
    ["honey tub", "catering honey", "3kg honey"],
    ["honey", "3kg", "catering"],
    ["runny honey bucket for the dispenser"],
)
p(
    "NUT-TUB",
    "Nutella 3kg Catering Tub",
    "Catering Preserves",
    "tub",
    "36.50",
    ["nutella tub", "catering nutella", "3kg nutella"],
    ["hazelnut", "chocolate spread", "3kg"],
    ["choc spread bucket for the crepe station"],
)
# ---- Dairy portions
p(
    "BUT-SAL-P",
    "Salted Butter Portions 7g (box of 100)",
    "Dairy Portions",
    "box",
    "11.80",
    ["salted butter portions", "salted butter pats", "salted butters"],
    ["butter", "portion", "7g"],
    ["gold foil butter pats with salt"],
)
p(
    "BUT-UNS-P",
    "Unsalted Butter Portions 7g (box of 100)",
    "Dairy Portions",
    "box",
    "11.80",
    ["unsalted butter portions", "unsalted butter pats", "unsalted butters"],
    ["butter", "portion", "7g"],
    ["silver foil butter pats, no salt"],
)
p(
    "SPRD-OLV-P",
    "Olive Spread Portions 10g (box of 100)",
    "Dairy Portions",
    "box",
    "8.60",
    ["olive spread portions", "olive spread", "spread portions"],
    ["margarine", "portion", "10g"],
    ["low fat spread singles"],
)
p(
    "MILK-SEMI-P",
    "UHT Semi-Skimmed Milk Portions 12ml (box of 120)",
    "Dairy Portions",
    "box",
    "7.20",
    ["semi skimmed milk portions", "semi skimmed milk pots", "semi milk jiggers"],
    ["milk", "uht", "portion", "12ml"],
    ["green-lid long-life milk minis for the kettle trays"],
)
p(
    "MILK-WH-P",
    "UHT Whole Milk Portions 12ml (box of 120)",
    "Dairy Portions",
    "box",
    "7.40",
    ["whole milk portions", "whole milk pots", "full fat milk portions"],
    ["milk", "uht", "portion", "12ml"],
    ["blue-lid long-life milk minis"],
)
p(
    "CREAMER-P",
    "Non-Dairy Creamer Portions 10ml (box of 120)",
    "Dairy Portions",
    "box",
    "6.80",
    ["creamer portions", "non dairy creamer", "coffee creamer"],
    ["creamer", "whitener", "portion"],
    ["whitener pots for the in-room coffee"],
)
# ---- Sugar
p(
    "SUGAR-STK",
    "Sugar Sticks 2.5g (box of 1000)",
    "Sugar & Sweeteners",
    "box",
    "12.40",
    ["sugar sticks", "sugar sachets"],
    ["sugar", "stick", "2.5g"],
    ["paper tubes of sugar for the tray"],
    [
        ("WH", "White", "COLOR", "12.40", ["white sugar sticks", "white sugar sachets"]),
        ("BR", "Brown", "COLOR", "13.60", ["brown sugar sticks", "demerara sticks"]),
    ],
)
p(
    "SUGAR-CUBE",
    "White Sugar Cubes 1kg Box",
    "Sugar & Sweeteners",
    "box",
    "2.90",
    ["sugar cubes", "white sugar cubes", "sugar lumps"],
    ["sugar", "cubes", "1kg"],
    ["lumps for the sugar bowls"],
)
p(
    "SWEET-STK",
    "Sweetener Sticks (box of 1000)",
    "Sugar & Sweeteners",
    "box",
    "14.90",
    ["sweetener sticks", "sweetener sachets"],
    ["sucralose", "sugar free"],
    ["zero-cal sachets for the coffee station"],
)
# ---- Juices
p(
    "OJ",
    "Valley Grove Orange Juice",
    "Juices",
    "case",
    "15.60",
    ["valley grove orange", "valley grove oj"],
    ["orange juice", "not from concentrate"],
    ["VG orange by the outer for the breakfast fridge"],
    [
        (
            "1L",
            "12 x 1L Carton",
            "VOLUME",
            "15.60",
            ["orange 1l cartons", "orange litre cartons", "oj 1 litre cartons"],
        ),
        (
            "200G",
            "24 x 200ml Glass",
            "VOLUME",
            "17.80",
            ["orange 200ml glass", "mini orange juice bottles", "oj 200ml bottles"],
        ),
    ],
)
p(
    "AJ",
    "Valley Grove Apple Juice",
    "Juices",
    "case",
    "14.90",
    ["valley grove apple"],
    ["apple juice", "not from concentrate"],
    ["VG apple by the outer"],
    [
        ("1L", "12 x 1L Carton", "VOLUME", "14.90", ["apple 1l cartons", "apple litre cartons"]),
        ("200G", "24 x 200ml Glass", "VOLUME", "17.20", ["apple 200ml glass", "mini apple juice bottles"]),
    ],
)
p(
    "CRAN-1L",
    "Cranberry Juice Drink 12 x 1L",
    "Juices",
    "case",
    "13.80",
    ["cranberry juice", "cranberry", "cran"],
    ["juice", "1L"],
    ["red berry juice drink cartons"],
)
p(
    "GRAPEF-1L",
    "Pink Grapefruit Juice 12 x 1L",
    "Juices",
    "case",
    "16.20",
    ["pink grapefruit juice", "grapefruit juice", "grapefruit"],
    ["juice", "1L"],
    ["ruby citrus juice cartons"],
)
p(
    "PINE-1L",
    "Pineapple Juice 12 x 1L",
    "Juices",
    "case",
    "14.40",
    ["pineapple juice", "pineapple"],
    ["juice", "1L"],
    ["tropical yellow juice cartons"],
)
p(
    "TOMATO-200",
    "Tomato Juice 24 x 200ml Glass",
    "Juices",
    "case",
    "16.80",
    ["tomato juice", "tomato juices"],
    ["juice", "200ml", "bloody mary"],
    ["little red veg juice bottles"],
)
p(
    "OJ-FRESH",
    "Freshly Squeezed Orange Juice 2L Bottle (chilled)",
    "Juices",
    "bottle",
    "5.40",
    ["freshly squeezed orange", "fresh orange juice", "fresh oj", "squeezed orange"],
    ["chilled", "2L", "juice"],
    ["the real squeezed stuff in big chilled bottles"],
)
p(
    "OJ-CONC",
    "Orange Juice Concentrate for Dispenser 3L Bag-in-Box (1+5)",
    "Dispenser Juices",
    "each",
    "13.50",
    ["orange concentrate", "orange dispenser juice", "orange bag in box"],
    ["dispenser", "concentrate", "3L"],
    ["orange syrup bag for the juice machine"],
)
p(
    "AJ-CONC",
    "Apple Juice Concentrate for Dispenser 3L Bag-in-Box (1+5)",
    "Dispenser Juices",
    "each",
    "13.50",
    ["apple concentrate", "apple dispenser juice", "apple bag in box"],
    ["dispenser", "concentrate", "3L"],
    ["apple syrup bag for the juice machine"],
)
# ---- Water
p(
    "WATER-STILL",
    "Hillspring Still Mineral Water, Glass",
    "Water",
    "case",
    "14.40",
    ["hillspring still", "still mineral water glass"],
    ["water", "glass", "still"],
    ["non-fizzy glass bottles for rooms"],
    [
        ("330", "24 x 330ml", "VOLUME", "14.40", ["still 330ml glass", "small still water bottles"]),
        ("750", "12 x 750ml", "VOLUME", "13.20", ["still 750ml glass", "large still water bottles"]),
    ],
)
p(
    "WATER-SPARK",
    "Hillspring Sparkling Mineral Water, Glass",
    "Water",
    "case",
    "14.40",
    ["hillspring sparkling", "sparkling water", "sparkling mineral water"],
    ["water", "glass", "fizzy"],
    ["fizzy glass bottles for the minibar"],
    [
        ("330", "24 x 330ml", "VOLUME", "14.40", ["sparkling 330ml glass", "small sparkling bottles"]),
        ("750", "12 x 750ml", "VOLUME", "13.20", ["sparkling 750ml glass", "large sparkling bottles"]),
    ],
)
p(
    "WATER-PET",
    "Hillspring Still Water PET 24 x 500ml",
    "Water",
    "case",
    "7.90",
    ["still water 500ml", "plastic water bottles", "pet water"],
    ["water", "plastic", "500ml"],
    ["plastic bottles of still for the gym"],
)
# ---- Viennoiserie
p(
    "CROIS-BUT",
    "All-Butter Croissant, frozen ready-to-bake",
    "Viennoiserie (frozen)",
    "box",
    "29.50",
    ["croissants", "butter croissants", "all butter croissants"],
    ["croissant", "frozen", "bake off"],
    ["crescent pastries from the freezer, bake 18 min"],
    [
        ("MINI", "Mini 25g x 180", "WEIGHT", "31.80", ["mini croissants", "mini butter croissants"]),
        ("STD", "Standard 60g x 60", "WEIGHT", "29.50", ["standard croissants", "regular croissants"]),
        ("LRG", "Large 90g x 40", "WEIGHT", "30.40", ["large croissants", "big croissants"]),
    ],
)
p(
    "CROIS-ALM",
    "Almond Croissant 90g, frozen (box of 36)",
    "Viennoiserie (frozen)",
    "box",
    "33.60",
    ["almond croissants", "almond croissant"],
    ["croissant", "frangipane", "frozen"],
    ["frangipane filled crescents"],
)
p(
    "PAC",
    "Pain au Chocolat, frozen ready-to-bake",
    "Viennoiserie (frozen)",
    "box",
    "31.20",
    ["pain au chocolat", "pain au choc", "chocolate croissants"],
    ["frozen", "bake off"],
    ["choc batons in pastry"],
    [
        ("MINI", "Mini 25g x 180", "WEIGHT", "33.40", ["mini pain au chocolat", "mini pain au choc"]),
        (
            "STD",
            "Standard 75g x 60",
            "WEIGHT",
            "31.20",
            ["standard pain au chocolat", "standard pain au choc"],
        ),
    ],
)
p(
    "PAR",
    "Pain aux Raisins 100g, frozen (box of 50)",
    "Viennoiserie (frozen)",
    "box",
    "30.80",
    ["pain aux raisins", "raisin swirls"],
    ["frozen", "raisin", "custard"],
    ["custard and raisin spirals"],
)
p(
    "CINN",
    "Cinnamon Swirl 95g, frozen (box of 48)",
    "Viennoiserie (frozen)",
    "box",
    "28.90",
    ["cinnamon swirls", "cinnamon swirl", "cinnamon rolls"],
    ["frozen", "cinnamon"],
    ["spiced spirals with icing"],
)
p(
    "DAN-MINI",
    "Mini Danish Selection 35g, frozen (box of 96)",
    "Viennoiserie (frozen)",
    "box",
    "27.40",
    ["mini danish", "mini danish selection", "mini danishes"],
    ["danish", "frozen", "assorted"],
    ["bite size assorted danishes for coffee breaks"],
)
p(
    "DAN-APR",
    "Apricot Danish Crown 100g, frozen (box of 48)",
    "Viennoiserie (frozen)",
    "box",
    "31.60",
    ["apricot danish", "apricot crowns"],
    ["danish", "frozen", "apricot"],
    ["full size apricot crowns"],
)
# ---- Muffins & sweet bakes
p(
    "MUF-BLU",
    "Blueberry Muffin 110g (box of 24)",
    "Muffins & Sweet Bakes",
    "box",
    "16.80",
    ["blueberry muffins", "blueberry muffin"],
    ["muffin", "american"],
    ["purple berry muffins, individually"],
)
p(
    "MUF-CHOC",
    "Double Chocolate Muffin 110g (box of 24)",
    "Muffins & Sweet Bakes",
    "box",
    "16.80",
    ["double chocolate muffins", "chocolate muffins", "double choc muffins"],
    ["muffin", "american"],
    ["triple cocoa style muffins"],
)
p(
    "MUF-LEM",
    "Lemon & Poppy Seed Muffin 110g (box of 24)",
    "Muffins & Sweet Bakes",
    "box",
    "16.80",
    ["lemon muffins", "lemon and poppy seed muffins", "lemon poppy muffins"],
    ["muffin", "american"],
    ["citrus seeded muffins"],
)
p(
    "ENG-MUF",
    "English Muffins (case of 48)",
    "Muffins & Sweet Bakes",
    "case",
    "10.60",
    ["english muffins", "english muffin"],
    ["eggs benedict", "toasting"],
    ["split-and-toast rounds for benedict"],
)
p(
    "WAFFLE",
    "Belgian Waffles 90g (box of 40)",
    "Muffins & Sweet Bakes",
    "box",
    "18.20",
    ["belgian waffles", "waffles"],
    ["waffle", "sweet"],
    ["brussels style grid cakes"],
)
p(
    "CRUMPET",
    "Crumpets (case of 48)",
    "Muffins & Sweet Bakes",
    "case",
    "9.80",
    ["crumpets", "crumpet"],
    ["toasting"],
    ["holey griddle cakes for toasting"],
)
# ---- Breads & rolls
p(
    "BREAD-WHT",
    "Farmhouse White Sliced Loaf 800g",
    "Breads & Rolls",
    "each",
    "1.45",
    ["white sliced", "white loaf", "sliced white", "white bread"],
    ["bread", "toast", "800g"],
    ["plain toasting loaves"],
    [
        ("MED", "Medium Sliced", "SIZE", "1.45", ["medium sliced white", "medium white"]),
        ("THK", "Thick Sliced", "SIZE", "1.45", ["thick sliced white", "thick white", "thick cut white"]),
    ],
)
p(
    "BREAD-WM",
    "Wholemeal Sliced Loaf 800g",
    "Breads & Rolls",
    "each",
    "1.55",
    ["wholemeal", "wholemeal loaf", "brown bread", "wholemeal bread"],
    ["bread", "toast", "800g"],
    ["brown toasting loaves"],
)
p(
    "BREAD-GRAN",
    "Granary Sliced Loaf 800g",
    "Breads & Rolls",
    "each",
    "1.85",
    ["granary", "granary loaf", "granary bread"],
    ["malted", "bread", "800g"],
    ["malted grain toasting loaf"],
)
p(
    "BREAD-SOUR",
    "Sourdough Bloomer 800g",
    "Breads & Rolls",
    "each",
    "3.20",
    ["sourdough", "sourdough bloomer", "sourdough loaf"],
    ["bread", "artisan", "800g"],
    ["long fermented crusty bloomer"],
)
p(
    "BREAD-GF",
    "Gluten Free White Loaf 400g",
    "Breads & Rolls",
    "each",
    "2.60",
    ["gluten free bread", "gf bread", "gluten free loaf"],
    ["coeliac", "bread", "400g"],
    ["coeliac friendly toast loaf"],
)
p(
    "ROLL-CRUSTY",
    "Part-Baked White Crusty Rolls (box of 50)",
    "Breads & Rolls",
    "box",
    "11.20",
    ["crusty rolls", "part baked rolls", "white rolls"],
    ["rolls", "bake off"],
    ["half-baked baps to finish in the oven"],
)
p(
    "BAGEL-PLAIN",
    "Plain Bagels, pre-sliced (case of 60)",
    "Breads & Rolls",
    "case",
    "17.40",
    ["bagels", "plain bagels"],
    ["bagel", "sliced"],
    ["pre-cut plain bagels for the toaster"],
)
# ---- Tea
p(
    "TEA-EB-1100",
    "English Breakfast Tea Bags (box of 1100)",
    "Tea",
    "box",
    "19.80",
    ["1100 tea bags", "catering tea bags", "big box tea bags"],
    ["tea", "english breakfast", "catering"],
    ["the big catering carton of builders' bags"],
)
p(
    "TEA-EB-ENV",
    "English Breakfast Tagged & Enveloped Tea (box of 250)",
    "Tea",
    "box",
    "12.40",
    ["enveloped english breakfast", "eb envelopes", "english breakfast envelopes"],
    ["tea", "enveloped", "tagged"],
    ["individually wrapped breakfast tea for room trays"],
)
p(
    "TEA-DEC-ENV",
    "Decaf English Breakfast Enveloped (box of 250)",
    "Tea",
    "box",
    "14.60",
    ["decaf tea envelopes", "decaf english breakfast", "decaf tea"],
    ["tea", "decaffeinated", "enveloped"],
    ["caffeine-free wrapped tea bags"],
)
p(
    "TEA-EG-ENV",
    "Earl Grey Enveloped (box of 250)",
    "Tea",
    "box",
    "13.20",
    ["earl grey", "earl grey envelopes"],
    ["tea", "bergamot", "enveloped"],
    ["bergamot tea, wrapped singles"],
)
p(
    "TEA-GRN-ENV",
    "Green Tea Enveloped (box of 250)",
    "Tea",
    "box",
    "13.20",
    ["green tea", "green tea envelopes"],
    ["tea", "enveloped"],
    ["sencha style wrapped bags"],
)
p(
    "TEA-PEP-ENV",
    "Peppermint Enveloped (box of 250)",
    "Tea",
    "box",
    "13.20",
    ["peppermint tea", "peppermint envelopes", "mint tea"],
    ["herbal", "infusion", "enveloped"],
    ["minty herbal wrapped bags"],
)
p(
    "TEA-CHAM-ENV",
    "Chamomile Enveloped (box of 250)",
    "Tea",
    "box",
    "13.20",
    ["chamomile tea", "chamomile envelopes", "camomile"],
    ["herbal", "infusion", "enveloped"],
    ["bedtime flower tea, wrapped"],
)
# ---- Coffee
p(
    "COF-FILT",
    "Hotel Blend Filter Coffee Jug Packs (case of 50)",
    "Coffee",
    "case",
    "27.50",
    ["filter coffee", "jug packs", "filter coffee sachets", "hotel blend"],
    ["coffee", "filter", "jug"],
    ["ground sachets for the bulk brewer"],
    [
        ("50", "50g", "WEIGHT", "23.50", ["50g jug packs", "small jug packs"]),
        ("70", "70g", "WEIGHT", "27.50", ["70g jug packs", "large jug packs"]),
    ],
)
p(
    "COF-FILT-DEC",
    "Decaf Filter Coffee Jug Packs 50g (case of 50)",
    "Coffee",
    "case",
    "29.80",
    ["decaf filter coffee", "decaf jug packs", "decaf filter"],
    ["coffee", "decaffeinated", "filter"],
    ["caffeine-free ground sachets for the brewer"],
)
p(
    "COF-BEAN",
    "Dawnfold Espresso Beans 1kg Bag",
    "Coffee",
    "bag",
    "14.20",
    ["espresso beans", "coffee beans", "beans for the machine"],
    ["coffee", "beans", "1kg"],
    ["whole roasted for the bean-to-cup"],
)
p(
    "COF-INST-STK",
    "Instant Coffee Sticks 1.5g (box of 200)",
    "Coffee",
    "box",
    "11.60",
    ["coffee sticks", "instant coffee sticks", "instant sticks"],
    ["coffee", "instant", "stick"],
    ["single serve granule tubes for the tea tray"],
)
p(
    "COF-INST-DEC",
    "Decaf Instant Coffee Sticks 1.5g (box of 200)",
    "Coffee",
    "box",
    "12.80",
    ["decaf coffee sticks", "decaf instant sticks", "decaf instant"],
    ["coffee", "decaffeinated", "stick"],
    ["caffeine-free granule tubes"],
)
p(
    "COF-INST-TIN",
    "Instant Coffee Granules 750g Tin",
    "Coffee",
    "each",
    "16.90",
    ["instant coffee tin", "coffee granules", "750g instant"],
    ["coffee", "instant", "tin"],
    ["big tin of granules for the staff room"],
)
p(
    "HOTCHOC-SACH",
    "Hot Chocolate Sachets 25g (box of 100)",
    "Hot Chocolate",
    "box",
    "15.80",
    ["hot chocolate sachets", "hot choc sachets", "cocoa sachets"],
    ["chocolate", "sachet"],
    ["single serve cocoa packets for rooms"],
)
p(
    "HOTCHOC-TIN",
    "Hot Chocolate Powder 2kg Tin",
    "Hot Chocolate",
    "each",
    "13.40",
    ["hot chocolate tin", "hot chocolate powder", "hot choc powder"],
    ["chocolate", "vending", "2kg"],
    ["big tub of drinking chocolate for the machine"],
)
# ---- Bath amenities
p(
    "SHAMP",
    "Linden Row Shampoo, guest bottle",
    "Bath Amenities",
    "box",
    "38.00",
    ["linden row shampoo", "guest shampoo", "mini shampoos"],
    ["shampoo", "amenities", "bottle"],
    ["tiny hair wash bottles for bathrooms"],
    [
        ("30", "30ml x 250", "VOLUME", "38.00", ["30ml shampoo", "shampoo 30ml"]),
        ("50", "50ml x 200", "VOLUME", "41.00", ["50ml shampoo", "shampoo 50ml"]),
    ],
)
p(
    "COND",
    "Linden Row Conditioner 30ml (box of 250)",
    "Bath Amenities",
    "box",
    "38.00",
    ["conditioner", "guest conditioner", "linden row conditioner"],
    ["hair", "amenities", "30ml"],
    ["tiny hair softener bottles"],
)
p(
    "SHGEL",
    "Linden Row Shower Gel, guest bottle",
    "Bath Amenities",
    "box",
    "36.00",
    ["linden row shower gel", "guest shower gel", "mini shower gels"],
    ["shower gel", "body wash", "bottle"],
    ["tiny body wash bottles"],
    [
        ("30", "30ml x 250", "VOLUME", "36.00", ["30ml shower gel", "shower gel 30ml"]),
        ("50", "50ml x 200", "VOLUME", "39.00", ["50ml shower gel", "shower gel 50ml"]),
    ],
)
p(
    "LOTION",
    "Linden Row Body Lotion 30ml (box of 250)",
    "Bath Amenities",
    "box",
    "39.00",
    ["body lotion", "guest lotion", "moisturiser"],
    ["lotion", "amenities", "30ml"],
    ["tiny moisturiser bottles"],
)
p(
    "SHAMP-DISP",
    "Linden Row 2-in-1 Shampoo Wall Dispenser 300ml (case of 12)",
    "Bath Amenities",
    "case",
    "42.00",
    ["shampoo dispensers", "2 in 1 dispensers", "wall shampoo"],
    ["dispenser", "refillable", "300ml"],
    ["wall-mounted hair wash pumps"],
)
p(
    "SHGEL-DISP",
    "Linden Row Shower Gel Wall Dispenser 300ml (case of 12)",
    "Bath Amenities",
    "case",
    "40.00",
    ["shower gel dispensers", "wall shower gel", "body wash dispensers"],
    ["dispenser", "refillable", "300ml"],
    ["wall-mounted body wash pumps"],
)
p(
    "HANDWASH-DISP",
    "Linden Row Hand Wash Wall Dispenser 300ml (case of 12)",
    "Bath Amenities",
    "case",
    "38.00",
    ["hand wash dispensers", "hand wash", "hand soap"],
    ["dispenser", "liquid soap", "300ml"],
    ["basin pumps of liquid soap"],
)
p(
    "SOAP",
    "Wrapped Guest Soap Bar",
    "Bath Amenities",
    "box",
    "34.00",
    ["soap bars", "wrapped soaps", "guest soap"],
    ["soap", "pleated", "bar"],
    ["pleat-wrapped bars for the basin"],
    [
        ("15", "15g x 500", "WEIGHT", "34.00", ["15g soap", "15g soaps"]),
        ("25", "25g x 300", "WEIGHT", "32.00", ["25g soap", "25g soaps"]),
        ("40", "40g x 200", "WEIGHT", "33.00", ["40g soap", "40g soaps"]),
    ],
)
# ---- Guest kits
p(
    "KIT-DENTAL",
    "Dental Kit, toothbrush & 3g paste (box of 100)",
    "Guest Kits",
    "box",
    "21.00",
    ["dental kits", "dental kit", "toothbrush kits"],
    ["toothbrush", "toothpaste", "kit"],
    ["brush and mini paste sets"],
)
p(
    "KIT-SHAVE",
    "Shaving Kit, razor & foam (box of 100)",
    "Guest Kits",
    "box",
    "28.00",
    ["shaving kits", "shaving kit", "razor kits"],
    ["razor", "kit"],
    ["disposable razor plus foam sets"],
)
p(
    "KIT-VANITY",
    "Vanity Kit, cotton pads & buds (box of 250)",
    "Guest Kits",
    "box",
    "19.50",
    ["vanity kits", "vanity kit", "cotton kits"],
    ["cotton", "kit"],
    ["cotton pad and bud sachets"],
)
p(
    "KIT-SEW",
    "Sewing Kit (box of 250)",
    "Guest Kits",
    "box",
    "22.00",
    ["sewing kits", "sewing kit"],
    ["needle", "thread", "kit"],
    ["needle and thread minis"],
)
p(
    "SHOWERCAP",
    "Shower Caps, boxed (box of 500)",
    "Guest Kits",
    "box",
    "24.00",
    ["shower caps", "shower cap"],
    ["cap", "amenities"],
    ["boxed elastic caps for bathrooms"],
)
# ---- Slippers & robes
p(
    "SLIP-TERRY",
    "Terry Guest Slippers Closed Toe (case of 100 pairs)",
    "Slippers & Robes",
    "case",
    "64.00",
    ["terry slippers", "closed toe slippers"],
    ["slippers", "towelling"],
    ["fluffy toe-covered room slippers"],
    [
        ("STD", "Standard", "SIZE", "64.00", ["standard terry slippers", "terry slippers standard"]),
        ("LRG", "Large", "SIZE", "68.00", ["large terry slippers", "terry slippers large"]),
    ],
)
p(
    "SLIP-WAFFLE",
    "Waffle Guest Slippers Open Toe (case of 100 pairs)",
    "Slippers & Robes",
    "case",
    "52.00",
    ["waffle slippers", "open toe slippers"],
    ["slippers", "spa"],
    ["open spa slippers in waffle weave"],
)
p(
    "ROBE",
    "Waffle Bathrobe, White",
    "Slippers & Robes",
    "each",
    "14.50",
    ["bathrobes", "waffle robes", "robes", "dressing gowns"],
    ["robe", "spa", "white"],
    ["white spa gowns for the suites"],
    [
        ("SM", "S/M", "SIZE", "14.50", ["robes s/m", "small robes"]),
        ("LXL", "L/XL", "SIZE", "15.50", ["robes l/xl", "large robes"]),
    ],
)
# ---- Hospitality tray
p(
    "BISC-SHORT",
    "Shortbread Twin Packs (box of 100)",
    "Hospitality Tray",
    "box",
    "18.60",
    ["shortbread", "shortbread twins", "shortbread twin packs"],
    ["biscuits", "tray"],
    ["butter biscuit pairs for kettle trays"],
)
p(
    "BISC-CARAMEL",
    "Caramelised Biscuits, individually wrapped (box of 300)",
    "Hospitality Tray",
    "box",
    "16.40",
    ["caramel biscuits", "caramelised biscuits", "speculoos"],
    ["biscuits", "tray", "coffee"],
    ["spiced caramel singles for the saucer"],
)
# ---- Napkins, cups
p(
    "NAP-TRAY",
    "Tray Napkins 33cm 2-ply (case of 2000)",
    "Napkins",
    "case",
    "24.00",
    ["tray napkins", "33cm napkins", "room service napkins"],
    ["napkins", "2 ply"],
    ["small serviettes for the room trays"],
    [
        ("WH", "White", "COLOR", "22.00", ["white tray napkins"]),
        ("NV", "Navy", "COLOR", "24.00", ["navy tray napkins"]),
        ("BG", "Burgundy", "COLOR", "24.00", ["burgundy tray napkins", "burgundy napkins"]),
    ],
)
p(
    "NAP-DIN",
    "Dinner Napkins 40cm 3-ply (case of 1000)",
    "Napkins",
    "case",
    "31.00",
    ["dinner napkins", "40cm napkins"],
    ["napkins", "3 ply"],
    ["big serviettes for the restaurant"],
    [
        ("WH", "White", "COLOR", "29.00", ["white dinner napkins"]),
        ("NV", "Navy", "COLOR", "31.00", ["navy dinner napkins"]),
    ],
)
p(
    "CUP-HOT",
    "Double Wall Hot Cups (case of 500)",
    "Cups & Stirrers",
    "case",
    "42.00",
    ["hot cups", "double wall cups", "takeaway cups"],
    ["cups", "coffee to go"],
    ["insulated paper cups for coffee to go"],
    [
        ("8", "8oz", "VOLUME", "38.00", ["8oz cups", "8oz hot cups"]),
        ("12", "12oz", "VOLUME", "42.00", ["12oz cups", "12oz hot cups"]),
    ],
)
p(
    "STIR",
    "Wooden Stirrers 140mm (box of 1000)",
    "Cups & Stirrers",
    "box",
    "4.20",
    ["stirrers", "wooden stirrers", "coffee stirrers"],
    ["birch", "140mm"],
    ["birch sticks for stirring"],
)


# Bare family words: each names several products and may never be an alias.
FAMILY_WORDS = [
    "jam",
    "jam portions",
    "strawberry jam",
    "marmalade",
    "honey",
    "nutella",
    "butter",
    "butter portions",
    "milk",
    "milk portions",
    "milk pots",
    "cereal",
    "cereal portions",
    "cornflakes",
    "corn flakes",
    "rice krispies",
    "granola",
    "porridge",
    "porridge pots",
    "orange juice",
    "oj",
    "apple juice",
    "juice",
    "water",
    "still water",
    "danish",
    "muffins",
    "bread",
    "loaves",
    "tea",
    "tea bags",
    "breakfast tea",
    "english breakfast",
    "coffee",
    "instant coffee",
    "decaf",
    "decaf coffee",
    "hot chocolate",
    "shampoo",
    "shower gel",
    "soap",
    "slippers",
    "biscuits",
    "napkins",
    "sugar",
    "cups",
    "croissant dough",
    "navy napkins",
    "white napkins",
]


def build_catalog():
    cats = [{"name": n, "parent": par, "ai_keywords": kw} for n, par, kw in CATEGORIES]
    prods = []
    for sku, name, cat, unit, price, aliases, keywords, examples, variants in P:
        vs = []
        for suf, vname, vtype, vprice, valiases in variants:
            vs.append(
                {
                    "name": vname,
                    "variant_type": vtype,
                    "sku": f"{sku}-{suf}",
                    "unit_price": vprice,
                    "ai_aliases": valiases,
                }
            )
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
                "variants": vs,
            }
        )
    return {"currency": CURRENCY, "categories": cats, "products": prods}
