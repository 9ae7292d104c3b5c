"""catalog10.json: "Crema & Crumb Café Supply" (GBP), a supplier of cafés, coffee shops and bakery-cafés.

Hand-written. Every variant has its own sku and unit_price. Products without variants have "variants": [].
"""

CURRENCY = "GBP"
DISTRIBUTOR = "Crema & Crumb Café Supply"

# (name, parent, ai_keywords) -- parents first
CATEGORIES = [
    ("Coffee & Tea", None, ["coffee", "tea", "hot drinks"]),
    ("Drinks Ingredients", None, ["syrups", "powders", "sugar"]),
    ("Milk & Alternatives", None, ["milk", "dairy", "plant milk"]),
    ("Food", None, ["food", "bakery", "cakes"]),
    ("Disposables", None, ["packaging", "takeaway", "cups"]),
    ("Machine Care & Hygiene", None, ["cleaning", "filters", "hygiene"]),
    ("Coffee Beans", "Coffee & Tea", ["beans", "espresso", "single origin"]),
    ("Ground & Instant Coffee", "Coffee & Tea", ["ground coffee", "instant", "cold brew"]),
    ("Tea & Infusions", "Coffee & Tea", ["tea bags", "herbal", "infusions"]),
    ("Hot Chocolate & Powders", "Drinks Ingredients", ["hot chocolate", "chai", "frappe"]),
    ("Syrups & Sauces", "Drinks Ingredients", ["syrup", "sauce", "sugar free"]),
    ("Sugar & Sweeteners", "Drinks Ingredients", ["sugar sticks", "sweetener"]),
    ("Dairy Milk & Cream", "Milk & Alternatives", ["milk", "cream", "butter"]),
    ("Plant Milks", "Milk & Alternatives", ["oat", "soya", "almond", "coconut", "barista"]),
    ("Frozen Pastries", "Food", ["croissants", "muffins", "scones", "frozen"]),
    ("Cakes, Traybakes & Biscuits", "Food", ["cake", "traybake", "biscuits"]),
    ("Sandwich Fillings", "Food", ["fillings", "panini", "sandwich"]),
    ("Hot Cups & Lids", "Disposables", ["hot cups", "lids", "sleeves"]),
    ("Cold Cups & Straws", "Disposables", ["cold cups", "straws", "iced"]),
    ("Napkins & Cutlery", "Disposables", ["napkins", "stirrers", "wooden"]),
    ("Takeaway Packaging", "Disposables", ["bags", "boxes", "carriers"]),
    ("Machine Cleaning", "Machine Care & Hygiene", ["descaler", "cleaning tablets", "backflush"]),
    ("Water Filters", "Machine Care & Hygiene", ["water filter", "cartridge"]),
    ("Hygiene", "Machine Care & Hygiene", ["gloves", "blue roll", "spray"]),
]


def V(name, vtype, sku, price):
    return {"name": name, "variant_type": vtype, "sku": sku, "unit_price": price}


def oz3(prefix, p8, p12, p16):
    return [V("8oz", "SIZE", prefix + "-8", p8), V("12oz", "SIZE", prefix + "-12", p12),
            V("16oz", "SIZE", prefix + "-16", p16)]


# (sku, name, category, unit, unit_price, aliases, keywords, variants)
PRODUCTS = [
    # Coffee Beans
    ("BEAN-HOUSE", "Crema House Espresso Blend Beans", "Coffee Beans", "bag", "18.50",
     ["house blend", "house espresso", "crema house blend", "house beans"], ["espresso", "beans", "blend"],
     [V("1kg Bag", "WEIGHT", "BEAN-HOUSE-1KG", "18.50"), V("250g Retail Bag", "WEIGHT", "BEAN-HOUSE-250", "5.20")]),
    ("BEAN-DARK", "Night Owl Dark Roast Espresso Beans 1kg", "Coffee Beans", "bag", "19.20",
     ["night owl", "dark roast", "dark roast beans"], ["espresso", "beans", "dark"], []),
    ("BEAN-DECAF", "Swiss Water Decaf Espresso Beans 1kg", "Coffee Beans", "bag", "22.40",
     ["decaf beans", "swiss water decaf", "decaf espresso beans"], ["decaf", "beans"], []),
    ("BEAN-COLOMBIA", "Colombia Huila Single Origin Beans 1kg", "Coffee Beans", "bag", "24.90",
     ["colombia huila", "colombian beans", "huila"], ["single origin", "colombia"], []),
    ("BEAN-ETHIOPIA", "Ethiopia Yirgacheffe Single Origin Beans 1kg", "Coffee Beans", "bag", "27.50",
     ["yirgacheffe", "ethiopian beans", "ethiopia yirgacheffe"], ["single origin", "ethiopia"], []),
    ("BEAN-BRAZIL", "Brazil Cerrado Single Origin Beans 1kg", "Coffee Beans", "bag", "21.80",
     ["cerrado", "brazilian beans", "brazil cerrado"], ["single origin", "brazil"], []),
    # Ground & Instant
    ("GRD-FILTER-1KG", "Filter Ground Coffee 1kg", "Ground & Instant Coffee", "bag", "14.60",
     ["filter grind 1kg", "ground filter coffee bag"], ["filter", "ground coffee"], []),
    ("GRD-SACHET-50", "Filter Coffee Sachets (box of 50 x 60g)", "Ground & Instant Coffee", "box", "27.00",
     ["filter sachets", "coffee sachets", "60g sachets"], ["filter", "sachet", "jug"], []),
    ("INST-750", "Freeze-Dried Instant Coffee 750g Tin", "Ground & Instant Coffee", "each", "21.00",
     ["instant coffee", "instant 750g", "freeze dried coffee"], ["instant"], []),
    ("INST-DECAF-500", "Decaf Freeze-Dried Instant Coffee 500g Tin", "Ground & Instant Coffee", "each", "18.40",
     ["decaf instant", "decaf instant coffee"], ["instant", "decaf"], []),
    ("COLDBREW", "Cold Brew Coffee Concentrate", "Ground & Instant Coffee", "each", "12.50",
     ["cold brew", "cold brew concentrate"], ["iced coffee", "concentrate"],
     [V("1L Bottle", "VOLUME", "COLDBREW-1L", "12.50"), V("5L Bag-in-Box", "VOLUME", "COLDBREW-5L", "52.00")]),
    # Tea & Infusions
    ("TEA-EB-100", "English Breakfast Tea Bags Tagged & Enveloped (box of 100)", "Tea & Infusions", "box", "5.90",
     ["enveloped english breakfast", "tagged breakfast tea"], ["tea", "english breakfast"], []),
    ("TEA-EB-1100", "English Breakfast Catering Tea Bags (box of 1100)", "Tea & Infusions", "box", "24.50",
     ["catering tea bags", "1100 tea bags"], ["tea", "english breakfast", "catering"], []),
    ("TEA-EB-DECAF", "Decaf English Breakfast Tea Bags (box of 100)", "Tea & Infusions", "box", "7.20",
     ["decaf tea", "decaf breakfast tea"], ["tea", "decaf"], []),
    ("TEA-EARLGREY", "Earl Grey Tea Bags (box of 100)", "Tea & Infusions", "box", "6.80",
     ["earl grey"], ["tea", "bergamot"], []),
    ("TEA-SENCHA", "Sencha Green Tea Pyramid Bags (box of 100)", "Tea & Infusions", "box", "9.80",
     ["sencha", "sencha green"], ["green tea"], []),
    ("TEA-JASMINE", "Jasmine Green Tea Pyramid Bags (box of 100)", "Tea & Infusions", "box", "10.40",
     ["jasmine tea", "jasmine green"], ["green tea", "jasmine"], []),
    ("TEA-PEPPERMINT", "Peppermint Infusion Pyramid Bags (box of 100)", "Tea & Infusions", "box", "8.90",
     ["peppermint tea", "mint tea", "peppermint"], ["herbal", "mint"], []),
    ("TEA-CHAMOMILE", "Chamomile Infusion Pyramid Bags (box of 100)", "Tea & Infusions", "box", "8.90",
     ["chamomile", "camomile"], ["herbal"], []),
    ("TEA-LEMONGINGER", "Lemon & Ginger Infusion Pyramid Bags (box of 100)", "Tea & Infusions", "box", "8.90",
     ["lemon and ginger", "lemon ginger tea"], ["herbal", "ginger"], []),
    ("TEA-BERRY", "Wild Berry Infusion Pyramid Bags (box of 100)", "Tea & Infusions", "box", "8.90",
     ["wild berry", "fruit tea", "berry tea"], ["herbal", "fruit"], []),
    ("TEA-CHAI-BAGS", "Masala Chai Tea Bags (box of 100)", "Tea & Infusions", "box", "7.50",
     ["chai tea bags", "masala chai"], ["chai", "spiced tea"], []),
    ("TEA-ASSAM-LOOSE", "Assam Loose Leaf Tea 1kg", "Tea & Infusions", "bag", "16.90",
     ["loose assam", "assam loose leaf"], ["loose leaf", "assam"], []),
    # Hot Chocolate & Powders
    ("CHOC-FLAKES", "Belgian Hot Chocolate Flakes 1kg", "Hot Chocolate & Powders", "bag", "15.80",
     ["choc flakes", "belgian flakes", "chocolate flakes"], ["hot chocolate", "flakes"], []),
    ("CHOC-POWDER", "Everyday Hot Chocolate Powder", "Hot Chocolate & Powders", "each", "8.60",
     ["hot choc powder", "drinking chocolate"], ["hot chocolate", "powder"],
     [V("1kg Tin", "WEIGHT", "CHOC-POWDER-1KG", "8.60"), V("2kg Bag", "WEIGHT", "CHOC-POWDER-2KG", "15.90")]),
    ("CHOC-VEGAN", "Vegan Hot Chocolate 1kg", "Hot Chocolate & Powders", "bag", "13.40",
     ["vegan hot choc", "dairy free hot chocolate"], ["hot chocolate", "vegan"], []),
    ("CHOC-WHITE", "White Hot Chocolate 1kg", "Hot Chocolate & Powders", "bag", "14.20",
     ["white hot choc", "white hot chocolate powder"], ["hot chocolate", "white"], []),
    ("CHAI-SPICED", "Spiced Chai Latte Powder 1kg", "Hot Chocolate & Powders", "bag", "14.90",
     ["chai latte powder", "spiced chai"], ["chai", "latte"], []),
    ("CHAI-VANILLA", "Vanilla Chai Latte Powder 1kg", "Hot Chocolate & Powders", "bag", "15.40",
     ["vanilla chai"], ["chai", "vanilla"], []),
    ("MATCHA-LATTE", "Matcha Latte Powder 500g", "Hot Chocolate & Powders", "bag", "17.60",
     ["matcha", "matcha powder"], ["green", "latte"], []),
    ("FRAPPE-VAN", "Vanilla Frappé Base 1.5kg", "Hot Chocolate & Powders", "bag", "16.40",
     ["vanilla frappe", "vanilla frappe powder"], ["frappe", "iced"], []),
    ("FRAPPE-CHOC", "Chocolate Frappé Base 1.5kg", "Hot Chocolate & Powders", "bag", "16.90",
     ["chocolate frappe", "choc frappe"], ["frappe", "iced"], []),
    # Syrups & Sauces
    ("SYR-VAN", "Vanilla Syrup 1L", "Syrups & Sauces", "bottle", "6.40",
     ["vanilla syrup"], ["syrup", "vanilla"], []),
    ("SYR-VAN-SF", "Sugar-Free Vanilla Syrup 1L", "Syrups & Sauces", "bottle", "6.90",
     ["sf vanilla", "sugar free vanilla", "skinny vanilla"], ["syrup", "sugar free"], []),
    ("SYR-CAR", "Caramel Syrup 1L", "Syrups & Sauces", "bottle", "6.40",
     ["caramel syrup"], ["syrup", "caramel"], []),
    ("SYR-SALTCAR", "Salted Caramel Syrup 1L", "Syrups & Sauces", "bottle", "6.60",
     ["salted caramel", "salted caramel syrup"], ["syrup", "caramel"], []),
    ("SYR-CAR-SF", "Sugar-Free Caramel Syrup 1L", "Syrups & Sauces", "bottle", "6.90",
     ["sf caramel", "sugar free caramel", "skinny caramel"], ["syrup", "sugar free"], []),
    ("SYR-HAZ", "Hazelnut Syrup 1L", "Syrups & Sauces", "bottle", "6.40",
     ["hazelnut syrup"], ["syrup", "hazelnut"], []),
    ("SYR-HAZ-SF", "Sugar-Free Hazelnut Syrup 1L", "Syrups & Sauces", "bottle", "6.90",
     ["sf hazelnut", "sugar free hazelnut"], ["syrup", "sugar free"], []),
    ("SYR-GINGER", "Gingerbread Syrup 1L", "Syrups & Sauces", "bottle", "6.60",
     ["gingerbread", "gingerbread syrup"], ["syrup", "seasonal"], []),
    ("SYR-PUMPKIN", "Pumpkin Spice Syrup 1L", "Syrups & Sauces", "bottle", "6.80",
     ["pumpkin spice", "psl syrup"], ["syrup", "seasonal"], []),
    ("SYR-LAVENDER", "Lavender Syrup 1L", "Syrups & Sauces", "bottle", "6.90",
     ["lavender syrup", "lavender"], ["syrup", "floral"], []),
    ("SAUCE-CHOC", "Chocolate Sauce 1.89L", "Syrups & Sauces", "bottle", "11.20",
     ["choc sauce", "chocolate sauce", "mocha sauce"], ["sauce", "mocha"], []),
    ("SAUCE-WHITE", "White Chocolate Sauce 1.89L", "Syrups & Sauces", "bottle", "11.90",
     ["white choc sauce", "white mocha sauce"], ["sauce", "white mocha"], []),
    ("SAUCE-CAR", "Caramel Sauce 1.89L", "Syrups & Sauces", "bottle", "11.40",
     ["caramel sauce", "caramel drizzle"], ["sauce", "caramel"], []),
    # Sugar & Sweeteners
    ("SUGAR-WHITE-STICK", "White Sugar Sticks (box of 1000)", "Sugar & Sweeteners", "box", "11.50",
     ["white sugar sticks", "white sticks"], ["sugar"], []),
    ("SUGAR-BROWN-STICK", "Demerara Sugar Sticks (box of 1000)", "Sugar & Sweeteners", "box", "12.90",
     ["brown sugar sticks", "demerara sticks", "brown sticks"], ["sugar", "demerara"], []),
    ("SWEETENER", "Sweetener Sachets (box of 1000)", "Sugar & Sweeteners", "box", "14.80",
     ["sweetener", "sweeteners", "sweetener sachets"], ["sugar free"], []),
    ("SUGAR-CUBES", "White Sugar Cubes 1kg", "Sugar & Sweeteners", "box", "2.90",
     ["sugar cubes", "sugar lumps"], ["sugar"], []),
    # Dairy Milk & Cream
    ("MILK-WHOLE", "Whole Milk 6 x 2L", "Dairy Milk & Cream", "case", "8.40",
     ["whole milk", "full fat milk", "blue top"], ["milk", "dairy"], []),
    ("MILK-SEMI", "Semi-Skimmed Milk 6 x 2L", "Dairy Milk & Cream", "case", "8.10",
     ["semi skimmed", "semi-skimmed milk", "green top"], ["milk", "dairy"], []),
    ("MILK-SKIM", "Skimmed Milk 6 x 2L", "Dairy Milk & Cream", "case", "7.90",
     ["skimmed milk", "skinny milk", "red top"], ["milk", "dairy"], []),
    ("MILK-PORTIONS", "Milk Portions 12ml (box of 120)", "Dairy Milk & Cream", "box", "6.20",
     ["milk pots", "milk portions", "milk jiggers"], ["milk", "portions"], []),
    ("CREAM-DOUBLE", "Double Cream 2L", "Dairy Milk & Cream", "each", "9.80",
     ["double cream"], ["cream"], []),
    ("CREAM-WHIP", "Whipping Cream 1L", "Dairy Milk & Cream", "each", "4.60",
     ["whipping cream"], ["cream"], []),
    ("CREAM-AEROSOL", "Aerosol Whipped Cream 6 x 500ml", "Dairy Milk & Cream", "case", "19.80",
     ["squirty cream", "aerosol cream", "spray cream"], ["cream", "whipped"], []),
    ("BUTTER-PORTIONS", "Butter Portions 7g (box of 100)", "Dairy Milk & Cream", "box", "9.40",
     ["butter portions", "butter pats"], ["butter"], []),
    # Plant Milks
    ("OAT-BRUK-BAR", "Bruk Barista Oat Drink 6 x 1L", "Plant Milks", "case", "13.20",
     ["bruk barista", "bruk oat barista"], ["oat", "barista"], []),
    ("OAT-AVENA-BAR", "Avena Pro Barista Oat 12 x 1L", "Plant Milks", "case", "24.00",
     ["avena pro", "avena barista"], ["oat", "barista"], []),
    ("OAT-BRUK-ORIG", "Bruk Oat Drink Original 6 x 1L", "Plant Milks", "case", "11.40",
     ["bruk original", "bruk oat original"], ["oat"], []),
    ("SOY-BAR", "Soyana Barista Soya Drink 12 x 1L", "Plant Milks", "case", "19.20",
     ["soya milk", "soy milk", "soyana"], ["soya", "barista"], []),
    ("ALM-BAR", "Almendra Barista Almond Drink 6 x 1L", "Plant Milks", "case", "14.60",
     ["almendra barista", "barista almond"], ["almond", "barista"], []),
    ("ALM-UNSW", "Almendra Unsweetened Almond Drink 6 x 1L", "Plant Milks", "case", "12.90",
     ["unsweetened almond", "almendra unsweetened"], ["almond"], []),
    ("COCO-BAR", "Coco Crema Barista Coconut Drink 6 x 1L", "Plant Milks", "case", "15.20",
     ["coconut milk", "coco crema", "barista coconut"], ["coconut", "barista"], []),
    # Frozen Pastries
    ("CROISSANT", "All-Butter Croissants", "Frozen Pastries", "box", "29.50",
     ["croissants", "butter croissants", "plain croissants"], ["frozen", "viennoiserie"],
     [V("Mini 25g (box of 120)", "SIZE", "CROISSANT-MINI", "32.00"),
      V("Large 80g (box of 50)", "SIZE", "CROISSANT-LARGE", "29.50")]),
    ("CRS-ALMOND", "Almond Croissants (box of 36)", "Frozen Pastries", "box", "34.20",
     ["almond croissants", "almond croissant"], ["frozen", "viennoiserie"], []),
    ("PAC-60", "Pain au Chocolat (box of 60)", "Frozen Pastries", "box", "31.80",
     ["pain au chocolat", "pain au choc", "chocolate croissants"], ["frozen", "viennoiserie"], []),
    ("PAR-48", "Pain aux Raisins (box of 48)", "Frozen Pastries", "box", "30.40",
     ["pain aux raisins", "raisin swirls"], ["frozen", "viennoiserie"], []),
    ("CINNAMON-48", "Cinnamon Swirls (box of 48)", "Frozen Pastries", "box", "29.60",
     ["cinnamon swirls", "cinnamon rolls", "cinnamon buns"], ["frozen", "swirl"], []),
    ("MUF-BLUEB", "Blueberry Muffins (box of 24)", "Frozen Pastries", "box", "18.90",
     ["blueberry muffins"], ["muffin", "frozen"], []),
    ("MUF-CHOC", "Double Chocolate Muffins (box of 24)", "Frozen Pastries", "box", "18.90",
     ["double choc muffins", "chocolate muffins"], ["muffin", "frozen"], []),
    ("SCONE-PLAIN", "Plain Scones (box of 40)", "Frozen Pastries", "box", "16.80",
     ["plain scones"], ["scone", "frozen"], []),
    ("SCONE-FRUIT", "Fruit Scones (box of 40)", "Frozen Pastries", "box", "17.40",
     ["fruit scones", "sultana scones"], ["scone", "frozen"], []),
    # Cakes, Traybakes & Biscuits
    ("CAKE-CARROT", "Carrot Cake (pre-cut 14 portions)", "Cakes, Traybakes & Biscuits", "each", "21.50",
     ["carrot cake"], ["cake", "frozen"], []),
    ("CAKE-CHOC", "Chocolate Fudge Cake (pre-cut 14 portions)", "Cakes, Traybakes & Biscuits", "each", "22.90",
     ["chocolate fudge cake", "choc fudge cake"], ["cake", "frozen"], []),
    ("CAKE-LEMON", "Lemon Drizzle Loaf (pre-cut 12 slices)", "Cakes, Traybakes & Biscuits", "each", "14.60",
     ["lemon drizzle", "lemon loaf"], ["cake", "loaf"], []),
    ("CAKE-VEGAN-CHOC", "Vegan Chocolate Cake (pre-cut 12 portions)", "Cakes, Traybakes & Biscuits", "each", "23.40",
     ["vegan chocolate cake", "vegan choc cake"], ["cake", "vegan"], []),
    ("TRAY-BROWNIE", "Chocolate Brownie Traybake (24 pieces)", "Cakes, Traybakes & Biscuits", "tray", "19.80",
     ["brownies", "brownie traybake", "brownie"], ["traybake", "chocolate"], []),
    ("TRAY-BROWNIE-GF", "Gluten-Free Brownie Traybake (24 pieces)", "Cakes, Traybakes & Biscuits", "tray", "22.60",
     ["gf brownies", "gluten free brownies"], ["traybake", "gluten free"], []),
    ("TRAY-MILLIONAIRE", "Millionaire's Shortbread Traybake (24 pieces)", "Cakes, Traybakes & Biscuits", "tray", "21.20",
     ["millionaires", "millionaire shortbread", "caramel shortbread"], ["traybake", "caramel"], []),
    ("BISC-CARAMEL", "Caramelised Biscuits Individually Wrapped (box of 300)", "Cakes, Traybakes & Biscuits", "box", "17.50",
     ["caramelised biscuits", "coffee biscuits", "speculoos"], ["biscuit", "wrapped"], []),
    ("BISC-BISCOTTI", "Almond Biscotti Individually Wrapped (box of 200)", "Cakes, Traybakes & Biscuits", "box", "24.00",
     ["biscotti", "almond biscotti"], ["biscuit", "wrapped"], []),
    ("BISC-SHORTBREAD", "All-Butter Shortbread Twin Packs (box of 100)", "Cakes, Traybakes & Biscuits", "box", "21.00",
     ["shortbread", "shortbread twin packs"], ["biscuit", "wrapped"], []),
    # Sandwich Fillings
    ("FILL-EGG", "Egg Mayonnaise Filling 1kg", "Sandwich Fillings", "tub", "8.90",
     ["egg mayo", "egg mayonnaise"], ["filling", "sandwich"], []),
    ("FILL-TUNA", "Tuna Mayonnaise Filling 1kg", "Sandwich Fillings", "tub", "11.40",
     ["tuna mayo", "tuna mayonnaise"], ["filling", "sandwich"], []),
    ("FILL-CORO", "Coronation Chicken Filling 1kg", "Sandwich Fillings", "tub", "12.80",
     ["coronation chicken", "coro chicken"], ["filling", "sandwich"], []),
    ("CHEDDAR-GRATED", "Grated Mature Cheddar 2kg", "Sandwich Fillings", "bag", "15.60",
     ["grated cheddar", "grated cheese"], ["cheese", "toastie"], []),
    ("HAM-SLICED", "Sliced Cooked Ham 500g", "Sandwich Fillings", "pack", "5.90",
     ["sliced ham", "cooked ham"], ["ham", "sandwich"], []),
    ("PANINI-HAMCHEESE", "Ham & Cheese Panini (box of 20)", "Sandwich Fillings", "box", "36.00",
     ["ham and cheese panini", "ham cheese paninis"], ["panini", "frozen"], []),
    ("PANINI-MOZZ", "Mozzarella, Tomato & Pesto Panini (box of 20)", "Sandwich Fillings", "box", "38.00",
     ["mozzarella panini", "caprese panini", "mozz tomato panini"], ["panini", "vegetarian"], []),
    # Hot Cups & Lids
    ("CUP-SW", "Single Wall White Hot Cups (case of 1000)", "Hot Cups & Lids", "case", "46.00",
     ["single wall cups", "white paper cups", "single wall hot cups"], ["hot cups", "paper cups"],
     oz3("CUP-SW", "38.00", "46.00", "54.00")),
    ("CUP-DW", "Double Wall Kraft Hot Cups (case of 500)", "Hot Cups & Lids", "case", "48.50",
     ["double wall cups", "kraft cups", "double wall kraft"], ["hot cups", "insulated"],
     oz3("CUP-DW", "41.00", "48.50", "56.00")),
    ("CUP-ESPRESSO-4", "Espresso Cups 4oz (case of 1000)", "Hot Cups & Lids", "case", "29.00",
     ["espresso cups", "4oz cups"], ["espresso", "small cups"], []),
    ("LID-SIP", "Black Sip Lids (case of 1000)", "Hot Cups & Lids", "case", "26.00",
     ["sip lids", "black lids", "hot cup lids"], ["lids", "hot cups"],
     [V("8oz", "SIZE", "LID-SIP-8", "22.00"), V("12/16oz", "SIZE", "LID-SIP-1216", "26.00")]),
    ("SLEEVE", "Kraft Cup Sleeves (case of 1000)", "Hot Cups & Lids", "case", "27.00",
     ["sleeves", "cup sleeves", "clutches"], ["cup", "sleeve"],
     [V("8oz", "SIZE", "SLEEVE-8", "24.00"), V("12/16oz", "SIZE", "SLEEVE-1216", "27.00")]),
    # Cold Cups & Straws
    ("CUP-PET", "Clear PET Cold Cups (case of 1000)", "Cold Cups & Straws", "case", "66.00",
     ["pet cups", "clear cups", "cold cups", "iced cups"], ["cold", "smoothie", "iced coffee"],
     [V("12oz", "SIZE", "CUP-PET-12", "58.00"), V("16oz", "SIZE", "CUP-PET-16", "66.00"),
      V("20oz", "SIZE", "CUP-PET-20", "74.00")]),
    ("LID-FLAT", "Flat Straw-Slot Lids for PET Cups (case of 1000)", "Cold Cups & Straws", "case", "24.00",
     ["flat lids", "straw slot lids"], ["lids", "cold cups"], []),
    ("LID-DOME", "Dome Lids for PET Cups (case of 1000)", "Cold Cups & Straws", "case", "28.00",
     ["dome lids", "domed lids"], ["lids", "cold cups", "frappe"], []),
    ("STRAW-PAPER", "Wrapped Paper Straws 8mm (box of 500)", "Cold Cups & Straws", "box", "13.50",
     ["paper straws", "straws"], ["straw", "wrapped"],
     [V("Black", "COLOR", "STRAW-PAPER-BLK", "13.50"), V("White", "COLOR", "STRAW-PAPER-WHT", "13.50"),
      V("Red Stripe", "COLOR", "STRAW-PAPER-RED", "14.20")]),
    # Napkins & Cutlery
    ("NAP-2PLY", "2-Ply Napkins 33cm (case of 2000)", "Napkins & Cutlery", "case", "19.90",
     ["2 ply napkins", "33cm napkins", "table napkins"], ["napkins", "serviettes"],
     [V("White", "COLOR", "NAP-2PLY-WHT", "19.90"), V("Kraft", "COLOR", "NAP-2PLY-KRAFT", "22.40"),
      V("Black", "COLOR", "NAP-2PLY-BLK", "26.50")]),
    ("NAP-DISP", "Dispenser Napkins 1-Ply (case of 6000)", "Napkins & Cutlery", "case", "34.00",
     ["dispenser napkins", "interfold napkins"], ["napkins", "dispenser"], []),
    ("STIRRER", "Wooden Stirrers (box of 1000)", "Napkins & Cutlery", "box", "4.20",
     ["wooden stirrers", "stirrers", "stirring sticks"], ["wooden", "stirrer"],
     [V("14cm", "SIZE", "STIRRER-14", "4.20"), V("19cm", "SIZE", "STIRRER-19", "5.10")]),
    ("SPOON-WOOD", "Wooden Teaspoons 11cm (box of 1000)", "Napkins & Cutlery", "box", "9.60",
     ["wooden teaspoons", "wooden spoons"], ["wooden", "cutlery"], []),
    # Takeaway Packaging
    ("BAG-KRAFT", "Kraft Takeaway Bags with Twisted Handles (pack of 250)", "Takeaway Packaging", "pack", "17.50",
     ["carrier bags", "takeaway bags", "paper carrier bags"], ["bags", "kraft"],
     [V("Small", "SIZE", "BAG-KRAFT-S", "14.00"), V("Medium", "SIZE", "BAG-KRAFT-M", "17.50"),
      V("Large", "SIZE", "BAG-KRAFT-L", "21.00")]),
    ("BOX-PASTRY", "Window Pastry Boxes (pack of 100)", "Takeaway Packaging", "pack", "15.00",
     ["pastry boxes", "cake boxes", "window boxes"], ["boxes", "window"],
     [V("Small", "SIZE", "BOX-PASTRY-S", "12.50"), V("Medium", "SIZE", "BOX-PASTRY-M", "15.00"),
      V("Large", "SIZE", "BOX-PASTRY-L", "18.50")]),
    ("BOX-WEDGE", "Kraft Sandwich Wedge Boxes (pack of 500)", "Takeaway Packaging", "pack", "34.00",
     ["sandwich wedges", "sandwich boxes", "wedge boxes"], ["boxes", "sandwich"], []),
    ("BAG-GREASEPROOF", "Greaseproof Paper Bags 7x7in (pack of 1000)", "Takeaway Packaging", "pack", "8.90",
     ["greaseproof bags", "7x7 bags", "paper pastry bags"], ["bags", "greaseproof"], []),
    ("CARRIER-CUP", "Moulded Fibre Cup Carriers (case of 300)", "Takeaway Packaging", "case", "24.00",
     ["cup carriers", "drink carriers", "cup holders"], ["carrier", "takeaway"],
     [V("2 Cup", "SIZE", "CARRIER-CUP-2", "18.00"), V("4 Cup", "SIZE", "CARRIER-CUP-4", "24.00")]),
    # Machine Cleaning
    ("CLEAN-TABS", "Espresso Machine Cleaning Tablets (tub of 100)", "Machine Cleaning", "tub", "15.90",
     ["espresso cleaning tablets", "group head tablets", "backflush tablets"], ["cleaning", "tablets"], []),
    ("CLEAN-B2C", "Bean-to-Cup Cleaning Tablets (tub of 150)", "Machine Cleaning", "tub", "19.40",
     ["bean to cup tablets", "b2c tablets"], ["cleaning", "tablets"], []),
    ("CLEAN-POWDER", "Espresso Machine Cleaning Powder 900g", "Machine Cleaning", "tub", "12.80",
     ["cleaning powder", "backflush powder"], ["cleaning", "powder"], []),
    ("MILK-CLEAN", "Milk System Cleaner 1L", "Machine Cleaning", "bottle", "9.20",
     ["milk system cleaner", "steam wand cleaner", "milk frother cleaner"], ["cleaning", "milk"], []),
    ("DESCALER", "Liquid Descaler 1L", "Machine Cleaning", "bottle", "7.80",
     ["descaler", "descaling liquid"], ["cleaning", "scale"], []),
    ("BRUSH-GROUP", "Group Head Cleaning Brush", "Machine Cleaning", "each", "6.50",
     ["group head brush", "machine brush"], ["cleaning", "brush"], []),
    # Water Filters
    ("FILTER-CART", "AquaPure Water Filter Cartridge", "Water Filters", "each", "69.00",
     ["water filter", "filter cartridge", "aquapure cartridge"], ["filter", "water"],
     [V("C150", "SIZE", "FILTER-CART-C150", "49.00"), V("C300", "SIZE", "FILTER-CART-C300", "69.00"),
      V("C500", "SIZE", "FILTER-CART-C500", "89.00")]),
    ("FILTER-HEAD", "AquaPure Filter Head with Flow Meter", "Water Filters", "each", "58.00",
     ["filter head", "flow meter head"], ["filter", "water"], []),
    # Hygiene
    ("GLOVE-NITRILE", "Blue Nitrile Gloves (box of 100)", "Hygiene", "box", "5.40",
     ["nitrile gloves", "blue gloves", "gloves"], ["gloves", "food safe"],
     [V("Small", "SIZE", "GLOVE-NITRILE-S", "5.40"), V("Medium", "SIZE", "GLOVE-NITRILE-M", "5.40"),
      V("Large", "SIZE", "GLOVE-NITRILE-L", "5.40"), V("X-Large", "SIZE", "GLOVE-NITRILE-XL", "5.60")]),
    ("BLUE-ROLL", "Blue Centrefeed Roll (pack of 6)", "Hygiene", "pack", "13.80",
     ["blue roll", "centrefeed"], ["paper", "wipe"], []),
    ("SPRAY-ANTIBAC", "Antibacterial Surface Spray 6 x 750ml", "Hygiene", "case", "14.40",
     ["antibac spray", "surface spray", "sanitiser spray"], ["cleaning", "spray"], []),
    ("WASHUP-5L", "Washing Up Liquid 5L", "Hygiene", "bottle", "6.90",
     ["washing up liquid", "wash up liquid"], ["cleaning", "dishes"], []),
]

# per-product variant-name aliases (optional ai_aliases on variants)
VARIANT_ALIASES = {
    ("BEAN-HOUSE", "1kg Bag"): ["1kg", "kilo bag"],
    ("BEAN-HOUSE", "250g Retail Bag"): ["250g", "retail bag"],
    ("CROISSANT", "Mini 25g (box of 120)"): ["mini"],
    ("CROISSANT", "Large 80g (box of 50)"): ["large"],
    ("COLDBREW", "5L Bag-in-Box"): ["5L", "bag in box"],
    ("COLDBREW", "1L Bottle"): ["1L", "litre bottle"],
    ("CHOC-POWDER", "1kg Tin"): ["1kg", "tin"],
    ("CHOC-POWDER", "2kg Bag"): ["2kg", "bag"],
}


def training_examples(sku, name, aliases):
    a = aliases[0] if aliases else name
    return ["restock request - %s" % name, "could we get some %s on the next run" % a]


def build_catalog():
    cats = [{"name": n, "parent": p, "ai_keywords": k} for n, p, k in CATEGORIES]
    prods = []
    for sku, name, cat, unit, price, aliases, kw, variants in PRODUCTS:
        vs = []
        for v in variants:
            v = dict(v)
            v["ai_aliases"] = VARIANT_ALIASES.get((sku, v["name"]), [v["name"].lower()])
            vs.append(v)
        prods.append({"sku": sku, "name": name, "category": cat, "unit": unit, "unit_price": price,
                      "aliases": aliases, "keywords": kw,
                      "ai_training_examples": training_examples(sku, name, aliases),
                      "variants": vs})
    return {"currency": CURRENCY, "categories": cats, "products": prods}


CAT = build_catalog()
BY_SKU = {p["sku"]: p for p in CAT["products"]}


def variants_of(sku):
    return [v["name"] for v in BY_SKU[sku]["variants"]]


def has_variants(sku):
    return bool(BY_SKU[sku]["variants"])
