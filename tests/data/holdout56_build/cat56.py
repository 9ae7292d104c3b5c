# ruff: noqa  (hand-written data generator of blind set 56, kept as its writer left it)
"""Catalog of the fifty-sixth blind set: Hafgård Nordic Foodservice (EUR).

Nordic restaurant, hotel and canteen supply in Sweden, Norway, Denmark, Finland and Iceland.
Everything is invented except the brand names of products; prices are invented.
"""

DISTRIBUTOR = "Hafgård Nordic Foodservice AB"
CURRENCY = "EUR"

CATEGORIES = [
    ("Fish & Seafood", None, ["fisk", "kala", "fiskur", "seafood"]),
    ("Herring", "Fish & Seafood", ["sill", "sild", "silli", "síld"]),
    ("Salmon", "Fish & Seafood", ["lax", "laks", "lohi"]),
    ("Shellfish & Roe", "Fish & Seafood", ["räkor", "reker", "rejer", "rom", "rogn", "mäti"]),
    ("Bakery & Flour", None, ["bröd", "brød", "leipä", "brauð"]),
    ("Crispbread", "Bakery & Flour", ["knäckebröd", "knekkebrød", "näkkileipä"]),
    ("Bread", "Bakery & Flour", ["rye bread", "flatbread"]),
    ("Flour & Grains", "Bakery & Flour", ["mjöl", "mel", "jauho", "mjöl"]),
    ("Dairy & Cheese", None, ["mejeri", "meieri", "mejeri", "maito"]),
    ("Brown Cheese", "Dairy & Cheese", ["brunost", "mysost"]),
    ("Hard Cheese", "Dairy & Cheese", ["ost", "juusto", "ostur"]),
    ("Cultured Dairy", "Dairy & Cheese", ["skyr", "kvarg", "rahka", "filmjölk", "rømme"]),
    ("Cream & Butter", "Dairy & Cheese", ["grädde", "fløte", "kerma", "smør"]),
    ("Frozen", None, ["fryst", "frossen", "pakaste", "frosið"]),
    ("Meatballs & Fish Balls", "Frozen", ["köttbullar", "kjøttkaker", "frikadeller", "fiskeboller"]),
    ("Frozen Bakery", "Frozen", ["bullar", "boller", "pulla", "wienerbrød"]),
    ("Frozen Fish & Berries", "Frozen", ["torsk", "lutefisk", "bær"]),
    ("Pantry", None, ["torrvaror", "kolonial"]),
    ("Jams & Berries", "Pantry", ["sylt", "syltetøy", "hillo", "sulta"]),
    ("Spices", "Pantry", ["kryddor", "krydder", "mausteet"]),
    ("Sauces & Mustard", "Pantry", ["senap", "sennep", "sinappi", "sås"]),
    ("Coffee & Confectionery", None, ["kaffe", "kahvi", "godis"]),
    ("Coffee", "Coffee & Confectionery", ["kaffe", "kahvi", "kaffi", "bryggkaffe"]),
    ("Liquorice & Sweets", "Coffee & Confectionery", ["lakrits", "lakris", "salmiakki", "lakkrís"]),
    ("Drinks", None, ["drycker", "drikke", "juomat"]),
    ("Beer", "Drinks", ["öl", "øl", "olut", "bjór"]),
    ("Cider & Long Drink", "Drinks", ["cider", "siideri", "lonkero"]),
    ("Aquavit & Spirits", "Drinks", ["akvavit", "akevitt", "snaps", "brennivín"]),
    ("Soft Drinks & Water", "Drinks", ["vatten", "kolsyrat"]),
    ("Disposables", None, ["engångs", "engangs", "kertakäyttö"]),
    ("Napkins & Candles", "Disposables", ["servetter", "servietter", "ljus", "lys"]),
    ("Plates, Cutlery & Cups", "Disposables", ["tallrikar", "bestick", "muggar", "kopper"]),
]

# (sku, name, category, unit, price, aliases, keywords, variants)
# variants: (name, variant_type, sku, price)
P = []


def p(sku, name, cat, unit, price, aliases, keywords=(), variants=()):
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


# ---------------------------------------------------------------- Herring
p(
    "SILL-INLAGD",
    "Inlagd Sill Classic Onion Marinade",
    "Herring",
    "each",
    "6.90",
    ["inlagd sill", "sursild", "marinerede sild", "etikkasilli", "classic pickled herring", "löksill"],
    ["herring", "pickled"],
    [
        ("500g Jar", "WEIGHT", "SILL-INLAGD-500", "6.90"),
        ("1.4kg Jar", "WEIGHT", "SILL-INLAGD-1400", "16.50"),
        ("3kg Bucket", "WEIGHT", "SILL-INLAGD-3000", "31.00"),
    ],
)
p(
    "SILL-SENAP",
    "Senapssill Mustard Herring 1.4kg Jar",
    "Herring",
    "each",
    "17.90",
    ["senapssill", "sennepssild", "sinappisilli", "mustard herring"],
    ["herring", "mustard"],
)
p(
    "SILL-MATJES",
    "Matjessill Fillets 1.4kg Jar",
    "Herring",
    "each",
    "21.40",
    ["matjessill", "matjessild", "matjessilli", "matjes herring"],
    ["herring", "matjes"],
)
p(
    "SILL-KRYDD",
    "Kryddersild Spiced Herring 1.4kg Jar",
    "Herring",
    "each",
    "16.80",
    ["kryddersild", "kryddsill", "krydret sild", "spiced herring"],
    ["herring", "spiced"],
)
p(
    "SILL-DILL",
    "Dillsill Dill Herring 1.4kg Jar",
    "Herring",
    "each",
    "17.20",
    ["dillsill", "dildsild", "tillisilli", "dill herring"],
    ["herring", "dill"],
)
p(
    "SILL-GLAS",
    "Glasmästarsill 1.4kg Jar",
    "Herring",
    "each",
    "17.60",
    ["glasmästarsill", "glasmastarsill", "glassmestersild", "glazier's herring"],
    ["herring"],
)

# ---------------------------------------------------------------- Salmon
p(
    "GRAVLAX-SIDE",
    "Gravlax Side Pre-Sliced approx 1.1kg",
    "Salmon",
    "each",
    "24.50",
    ["gravlax side", "gravlaxsida", "gravlaks side", "graavilohifilee", "grafinn lax flak"],
    ["salmon", "gravad"],
)
p(
    "GRAVLAX-PACK",
    "Gravlax Sliced 200g Pack",
    "Salmon",
    "pack",
    "5.40",
    ["gravlax 200g", "gravlaks 200g", "graavilohi 200g", "gravlax packs"],
    ["salmon", "gravad"],
)
p(
    "SMOKED-SIDE",
    "Cold-Smoked Salmon Side Pre-Sliced approx 1.2kg",
    "Salmon",
    "each",
    "27.90",
    [
        "kallrökt laxsida",
        "røkt laks side",
        "røget laks side",
        "kylmäsavulohifilee",
        "reyktur lax flak",
        "smoked salmon side",
    ],
    ["salmon", "smoked"],
)
p(
    "SMOKED-SLICED",
    "Cold-Smoked Salmon Sliced",
    "Salmon",
    "pack",
    "2.90",
    [
        "skivad kallrökt lax",
        "skivet røkt laks",
        "skåret røget laks",
        "viipaloitu kylmäsavulohi",
        "sliced smoked salmon",
    ],
    ["salmon", "smoked"],
    [
        ("100g", "WEIGHT", "SMOKED-SLICED-100", "2.90"),
        ("500g", "WEIGHT", "SMOKED-SLICED-500", "11.80"),
        ("1kg", "WEIGHT", "SMOKED-SLICED-1000", "21.50"),
    ],
)
p(
    "HOTSMOKED",
    "Hot-Smoked Salmon Portions 10 x 120g",
    "Salmon",
    "box",
    "19.90",
    ["varmrökt lax", "varmrøkt laks", "varmrøget laks", "lämminsavulohi", "hot-smoked salmon"],
    ["salmon"],
)

# ---------------------------------------------------------------- Shellfish & Roe
p(
    "PRAWNS-COLD",
    "Cold-Water Prawns Peeled 90/250 1kg Bag",
    "Shellfish & Roe",
    "bag",
    "14.90",
    ["skalade räkor", "pillede rejer", "pillede reker", "kuoritut katkaravut", "peeled prawns"],
    ["prawns", "frozen"],
)
p(
    "PRAWNS-SHELL",
    "Shell-On Cooked Prawns 50/70 2.5kg Box",
    "Shellfish & Roe",
    "box",
    "39.00",
    ["räkor med skal", "reker med skall", "rejer med skal", "kuorelliset katkaravut", "shell-on prawns"],
    ["prawns"],
)
p(
    "KALLES",
    "Kalles Kaviar Original 300g Tube (case of 12)",
    "Shellfish & Roe",
    "case",
    "38.40",
    ["kalles", "kalles kaviar"],
    ["roe", "spread"],
)
p(
    "ROE-LUMP",
    "Lumpfish Roe 100g Jar (case of 12)",
    "Shellfish & Roe",
    "case",
    "27.60",
    ["stenbitsrom", "stenbiderrogn", "rognkjeksrogn", "lumpfish roe", "grásleppuhrogn"],
    ["roe"],
    [("Black", "COLOR", "ROE-LUMP-BLK", "27.60"), ("Red", "COLOR", "ROE-LUMP-RED", "27.60")],
)
p(
    "ROE-LOJROM",
    "Löjrom Vendace Roe 100g",
    "Shellfish & Roe",
    "each",
    "34.00",
    ["löjrom", "lojrom", "muikunmäti", "vendace roe"],
    ["roe"],
)

# ---------------------------------------------------------------- Crispbread
p(
    "WASA-HUSMAN",
    "Wasa Husman Crispbread 520g (case of 12)",
    "Crispbread",
    "case",
    "21.60",
    ["wasa husman", "husman", "husmann"],
    ["crispbread", "knäcke"],
)
p(
    "WASA-SESAM",
    "Wasa Sesam & Havssalt 275g (case of 12)",
    "Crispbread",
    "case",
    "22.80",
    ["wasa sesam", "sesamknäcke"],
    ["crispbread", "knäcke"],
)
p(
    "LEKSANDS-NORMAL",
    "Leksands Knäcke Normalgräddat 830g (case of 6)",
    "Crispbread",
    "case",
    "25.20",
    ["leksands normalgräddat", "leksands normal", "normalgräddat"],
    ["crispbread", "knäcke"],
)
p(
    "LEKSANDS-BRUN",
    "Leksands Knäcke Brungräddat 830g (case of 6)",
    "Crispbread",
    "case",
    "25.20",
    ["leksands brungräddat", "leksands brun", "brungräddat"],
    ["crispbread", "knäcke"],
)
p(
    "FINNCRISP",
    "Finn Crisp Original Thin Crisps 200g (case of 9)",
    "Crispbread",
    "case",
    "17.10",
    ["finn crisp", "finncrisp"],
    ["crispbread"],
)
p(
    "KNACKE-PORTION",
    "Crispbread Portion Packs 2 Slices (box of 200)",
    "Crispbread",
    "box",
    "24.00",
    [
        "portionsknäcke",
        "knäckeportioner",
        "knekkebrød porsjonspakning",
        "näkkileipä annospakkaus",
        "crispbread portion packs",
    ],
    ["crispbread", "portion"],
)

# ---------------------------------------------------------------- Bread
p(
    "RUISREIKA",
    "Finnish Sour Rye Rounds (ruisreikäleipä) 540g, frozen (case of 10)",
    "Bread",
    "case",
    "28.00",
    ["ruisreikäleipä", "reikäleipä", "ruisreikaleipa", "finnish rye rounds"],
    ["rye bread"],
)
p(
    "RUGBROD",
    "Danish Rye Bread (rugbrød) 1kg Sliced, frozen (case of 8)",
    "Bread",
    "case",
    "22.40",
    ["rugbrød", "rugbrod", "danish rye bread"],
    ["rye bread"],
)
p(
    "TUNNBROD",
    "Soft Thin Bread (tunnbröd) 8-pack (case of 12)",
    "Bread",
    "case",
    "30.00",
    ["tunnbröd", "tunnbrod", "mykt tynnbrød", "soft thin bread"],
    ["flatbread"],
)
p(
    "FLATBROD",
    "Flatbrød Thin Crisp 275g (case of 12)",
    "Bread",
    "case",
    "27.60",
    ["flatbrød", "flatbrod", "norwegian flatbrød"],
    ["flatbread"],
)

# ---------------------------------------------------------------- Flour & Grains
p(
    "RYE-FINE",
    "Fine Rye Flour (fint rågmjöl)",
    "Flour & Grains",
    "bag",
    "3.20",
    ["fint rågmjöl", "fint rugmel", "hieno ruisjauho", "fine rye flour", "fínt rúgmjöl"],
    ["rye", "flour"],
    [("2kg", "WEIGHT", "RYE-FINE-2", "3.20"), ("25kg", "WEIGHT", "RYE-FINE-25", "27.50")],
)
p(
    "RYE-COARSE",
    "Coarse Rye Flour (grovt rågmjöl)",
    "Flour & Grains",
    "bag",
    "3.40",
    ["grovt rågmjöl", "grovt rugmel", "groft rugmel", "karkea ruisjauho", "coarse rye flour"],
    ["rye", "flour"],
    [("2kg", "WEIGHT", "RYE-COARSE-2", "3.40"), ("25kg", "WEIGHT", "RYE-COARSE-25", "28.90")],
)
p(
    "RYE-WHOLE",
    "Wholegrain Rye Flour (fullkornsrågmjöl) 25kg Sack",
    "Flour & Grains",
    "sack",
    "29.90",
    ["fullkornsrågmjöl", "sammalet ruisjauho", "fullkorn rugmel", "wholegrain rye flour"],
    ["rye", "flour"],
)
p(
    "RYE-KROSS",
    "Cracked Rye Kernels (krossade rågkärnor) 10kg Bag",
    "Flour & Grains",
    "bag",
    "14.50",
    ["krossade rågkärnor", "rågkärnor", "rugkerner", "knust rug", "cracked rye"],
    ["rye"],
)
p(
    "WHEAT-FLOUR",
    "Wheat Flour (vetemjöl) 25kg Sack",
    "Flour & Grains",
    "sack",
    "19.80",
    ["vetemjöl", "vetemjol", "hvetemel", "hvedemel", "vehnäjauho", "vehnajauho", "hveiti", "wheat flour"],
    ["flour"],
)
p(
    "OATS",
    "Rolled Oats (havregryn) 10kg Sack",
    "Flour & Grains",
    "sack",
    "16.90",
    ["havregryn", "kaurahiutale", "haframjöl", "rolled oats"],
    ["oats"],
)

# ---------------------------------------------------------------- Brown cheese
p(
    "BRUNOST-G35",
    "Tine Gudbrandsdalsost G35 Brown Cheese",
    "Brown Cheese",
    "each",
    "7.90",
    ["gudbrandsdalsost", "g35", "gudbrandsdal"],
    ["brunost", "brown cheese"],
    [
        ("500g", "WEIGHT", "BRUNOST-G35-500", "7.90"),
        ("1kg", "WEIGHT", "BRUNOST-G35-1000", "14.60"),
        ("4kg Block", "WEIGHT", "BRUNOST-G35-4000", "52.00"),
    ],
)
p(
    "BRUNOST-GEIT",
    "Tine Ekte Geitost 500g",
    "Brown Cheese",
    "each",
    "10.40",
    ["ekte geitost", "geitost"],
    ["brunost", "brown cheese"],
)
p(
    "BRUNOST-FLOTE",
    "Tine Fløtemysost 1kg",
    "Brown Cheese",
    "each",
    "13.80",
    ["fløtemysost", "flotemysost"],
    ["brunost", "brown cheese"],
)

# ---------------------------------------------------------------- Hard cheese
p(
    "PRAST-12",
    "Prästost Lagrad 12 Months 31% 1kg Block",
    "Hard Cheese",
    "each",
    "16.40",
    ["prästost lagrad", "lagrad prästost", "prästost 12"],
    ["cheese"],
)
p(
    "PRAST-MILD",
    "Prästost Mild 6 Months 31% 1kg Block",
    "Hard Cheese",
    "each",
    "12.90",
    ["prästost mild", "mild prästost"],
    ["cheese"],
)
p(
    "HERRGARD",
    "Herrgård 28% 3kg Block",
    "Hard Cheese",
    "each",
    "29.70",
    ["herrgård", "herrgårdsost", "herrgard"],
    ["cheese"],
)
p("JARLSBERG", "Jarlsberg 27% 1kg Block", "Hard Cheese", "each", "13.20", ["jarlsberg"], ["cheese"])
p("NORVEGIA", "Norvegia 26% 1kg Block", "Hard Cheese", "each", "11.60", ["norvegia"], ["cheese"])
p(
    "NORVEGIA-AGED",
    "Norvegia Vellagret 27% 1kg Block",
    "Hard Cheese",
    "each",
    "13.90",
    ["norvegia vellagret", "vellagret norvegia"],
    ["cheese"],
)
p(
    "DANBO-MILD",
    "Danbo 45+ Mild 3kg Block",
    "Hard Cheese",
    "each",
    "26.40",
    ["danbo mild", "mild danbo"],
    ["cheese"],
)
p(
    "DANBO-LAGRET",
    "Danbo 45+ Extra Lagret 3kg Block",
    "Hard Cheese",
    "each",
    "31.80",
    ["danbo lagret", "lagret danbo", "danbo extra lagret"],
    ["cheese"],
)
p("HAVARTI", "Havarti 45+ 3kg Block", "Hard Cheese", "each", "27.90", ["havarti"], ["cheese"])
p("LAPPI", "Lappi Cheese 2.5kg Block", "Hard Cheese", "each", "21.50", ["lappi", "lappi-juusto"], ["cheese"])

# ---------------------------------------------------------------- Cultured dairy
p(
    "FILMJOLK-3",
    "Filmjölk 3%",
    "Cultured Dairy",
    "each",
    "1.60",
    ["filmjölk", "filmjolk", "kulturmelk"],
    ["fermented milk"],
    [("1L Carton", "VOLUME", "FILMJOLK-3-1L", "1.60"), ("5L Bag-in-Box", "VOLUME", "FILMJOLK-3-5L", "7.20")],
)
p(
    "FILMJOLK-LATT",
    "Lätt Filmjölk 0.5% 1L Carton",
    "Cultured Dairy",
    "each",
    "1.55",
    ["lätt filmjölk", "latt filmjolk", "lättfil", "lett kulturmelk"],
    ["fermented milk"],
)
p(
    "SKYR-NAT",
    "Skyr Natural 0.2%",
    "Cultured Dairy",
    "tub",
    "3.90",
    ["skyr naturell", "hreint skyr", "maustamaton skyr", "natural skyr"],
    ["skyr"],
    [("1kg Tub", "WEIGHT", "SKYR-NAT-1", "3.90"), ("5kg Bucket", "WEIGHT", "SKYR-NAT-5", "17.50")],
)
p(
    "SKYR-VAN",
    "Skyr Vanilla 170g (case of 12)",
    "Cultured Dairy",
    "case",
    "11.40",
    ["vaniljskyr", "vaniljeskyr", "vanilluskyr", "vaniljaskyr", "vanilla skyr"],
    ["skyr"],
)
p(
    "SKYR-BLA",
    "Skyr Blueberry 170g (case of 12)",
    "Cultured Dairy",
    "case",
    "11.40",
    ["blåbärsskyr", "blåbærskyr", "bláberjaskyr", "mustikkaskyr", "blueberry skyr"],
    ["skyr"],
)
p(
    "KVARG-NAT",
    "Kvarg Natural 0.2% 1kg Tub",
    "Cultured Dairy",
    "tub",
    "4.20",
    ["kvarg naturell", "naturell kvarg", "rahka maustamaton", "natural quark"],
    ["kvarg", "quark"],
)
p(
    "KVARG-VAN",
    "Kvarg Vanilla 0.2% 1kg Tub",
    "Cultured Dairy",
    "tub",
    "4.60",
    ["kvarg vanilj", "vaniljkvarg", "vaniljekvarg", "vaniljarahka", "rahka vanilja", "vanilla quark"],
    ["kvarg", "quark"],
)
p(
    "KESELLA",
    "Kesella 10% Quark 1kg Tub",
    "Cultured Dairy",
    "tub",
    "4.90",
    ["kesella", "kvarg 10%", "rahka 10%", "quark 10%"],
    ["kvarg", "quark"],
)
p(
    "ROMME-35",
    "Seterrømme 35% 1L",
    "Cultured Dairy",
    "each",
    "4.40",
    ["seterrømme", "seterromme", "rømme 35"],
    ["sour cream"],
)
p(
    "ROMME-18",
    "Lettrømme 18% 1L",
    "Cultured Dairy",
    "each",
    "3.60",
    ["lettrømme", "lettromme", "rømme 18"],
    ["sour cream"],
)

# ---------------------------------------------------------------- Cream & Butter
p(
    "CREAM-40",
    "Whipping Cream 40% 1L",
    "Cream & Butter",
    "each",
    "4.30",
    [
        "vispgrädde",
        "vispgradde",
        "piskefløte",
        "piskefløde",
        "piskeflode",
        "kuohukerma",
        "rjómi",
        "whipping cream",
    ],
    ["cream"],
)
p(
    "CREAM-COOK",
    "Cooking Cream 15% 1L",
    "Cream & Butter",
    "each",
    "2.90",
    [
        "matlagningsgrädde",
        "matfløte",
        "madlavningsfløde",
        "ruokakerma",
        "matreiðslurjómi",
        "matreidslurjomi",
        "cooking cream",
    ],
    ["cream"],
)
p(
    "BUTTER",
    "Butter 82% 500g (case of 20)",
    "Cream & Butter",
    "case",
    "68.00",
    ["smör", "smør", "smjör", "smjor", "butter"],
    ["butter"],
)

# ---------------------------------------------------------------- Meatballs & fish balls
p(
    "MB-25",
    "Swedish Meatballs 25g frozen (sold by kg)",
    "Meatballs & Fish Balls",
    "kg",
    "9.80",
    ["köttbullar 25g", "lihapullat 25 g", "meatballs 25g"],
    ["meatballs"],
)
p(
    "MB-15",
    "Cocktail Meatballs 15g frozen (sold by kg)",
    "Meatballs & Fish Balls",
    "kg",
    "10.60",
    ["cocktailköttbullar", "cocktail meatballs", "cocktailpullat"],
    ["meatballs"],
)
p(
    "MB-VEG",
    "Plant-Based Meatballs 20g frozen (sold by kg)",
    "Meatballs & Fish Balls",
    "kg",
    "11.40",
    ["vegobullar", "vegetarboller", "kasvispullat", "plant-based meatballs"],
    ["meatballs", "vegan"],
)
p(
    "FRIKADELLER",
    "Danish Frikadeller 50g frozen (sold by kg)",
    "Meatballs & Fish Balls",
    "kg",
    "10.20",
    ["frikadeller", "frikadelle"],
    ["meatballs"],
)
p(
    "KJOTTKAKER",
    "Norwegian Kjøttkaker 60g frozen (sold by kg)",
    "Meatballs & Fish Balls",
    "kg",
    "9.60",
    ["kjøttkaker", "kjottkaker", "kjøttkake"],
    ["meatballs"],
)
p(
    "FISHBALL",
    "Fish Balls frozen (sold by kg)",
    "Meatballs & Fish Balls",
    "kg",
    "8.90",
    ["frysta fiskbullar", "frosne fiskeboller", "pakastekalapullat", "frozen fish balls"],
    ["fish balls"],
)
p(
    "FISHBALL-TIN",
    "Fiskeboller in Bouillon 6 x 800g (case)",
    "Meatballs & Fish Balls",
    "case",
    "31.20",
    ["fiskeboller i buljong", "fiskeboller på boks", "tinned fish balls"],
    ["fish balls"],
)

# ---------------------------------------------------------------- Frozen bakery
p(
    "BULLE-KANEL",
    "Cinnamon Buns Frozen Unbaked 60g (box of 80)",
    "Frozen Bakery",
    "box",
    "32.00",
    [
        "kanelbullar",
        "kanelboller",
        "kanelsnegle",
        "korvapuusti",
        "kanilsnúðar",
        "kanilsnudar",
        "cinnamon buns",
    ],
    ["buns"],
)
p(
    "BULLE-KARD",
    "Cardamom Buns Frozen Unbaked 60g (box of 80)",
    "Frozen Bakery",
    "box",
    "33.60",
    ["kardemummabullar", "kardemommeboller", "kardemummapullat", "cardamom buns"],
    ["buns"],
)
p(
    "WIENERBROD",
    "Danish Pastry Spandauer Frozen 85g (box of 48)",
    "Frozen Bakery",
    "box",
    "36.00",
    ["spandauer", "wienerbrød spandauer"],
    ["pastry"],
)

# ---------------------------------------------------------------- Frozen fish & berries
p(
    "LINGON-FROZEN",
    "Frozen Wild Lingonberries 2.5kg Bag",
    "Frozen Fish & Berries",
    "bag",
    "12.40",
    ["frysta lingon", "frosne tyttebær", "pakastepuolukat", "pakastepuolukka", "frozen lingonberries"],
    ["berries"],
)
p(
    "COD-LOINS",
    "Cod Loins Skinless 140-180g frozen 5kg Box",
    "Frozen Fish & Berries",
    "box",
    "64.00",
    ["torskrygg", "torskeloins", "turskanselkä", "þorskhnakkar", "thorskhnakkar", "cod loins"],
    ["cod"],
)
p(
    "LUTEFISK",
    "Lutefisk Frozen 1kg (case of 6)",
    "Frozen Fish & Berries",
    "case",
    "47.40",
    ["lutefisk", "lutfisk", "lipeäkala"],
    ["cod"],
)

# ---------------------------------------------------------------- Jams & berries
p(
    "LINGON-JAM",
    "Lingonberry Jam (lingonsylt)",
    "Jams & Berries",
    "each",
    "3.10",
    ["lingonsylt", "tyttebærsyltetøy", "tyttebærsyltetøj", "puolukkahillo", "lingonberry jam"],
    ["jam"],
    [
        ("400g Jar", "WEIGHT", "LINGON-JAM-400", "3.10"),
        ("1.2kg Jar", "WEIGHT", "LINGON-JAM-1200", "7.60"),
        ("5kg Bucket", "WEIGHT", "LINGON-JAM-5000", "24.90"),
    ],
)
p(
    "LINGON-RAROR",
    "Rårörda Lingon (stirred lingonberries) 5kg Bucket",
    "Jams & Berries",
    "each",
    "29.50",
    ["rårörda lingon", "rarorda lingon", "rørte tyttebær", "puolukkasurvos", "stirred lingonberries"],
    ["jam"],
)
p(
    "LINGON-PORTION",
    "Lingonberry Jam Portions 20g (box of 100)",
    "Jams & Berries",
    "box",
    "14.80",
    ["lingonportioner", "lingon portions", "tyttebær porsjonspakning", "puolukkahillo annos"],
    ["jam", "portion"],
)
p(
    "CLOUDBERRY-JAM",
    "Cloudberry Jam (hjortronsylt)",
    "Jams & Berries",
    "each",
    "8.90",
    ["hjortronsylt", "multesyltetøy", "multebærsyltetøj", "lakkahillo", "cloudberry jam"],
    ["jam"],
    [
        ("400g Jar", "WEIGHT", "CLOUDBERRY-JAM-400", "8.90"),
        ("2kg Bucket", "WEIGHT", "CLOUDBERRY-JAM-2000", "39.50"),
    ],
)

# ---------------------------------------------------------------- Spices
p(
    "CARD-GROUND",
    "Cardamom Ground 500g",
    "Spices",
    "bag",
    "18.90",
    ["malen kardemumma", "stött kardemumma", "malet kardemomme", "jauhettu kardemumma", "ground cardamom"],
    ["cardamom"],
)
p(
    "CARD-WHOLE",
    "Cardamom Whole Green Pods 1kg",
    "Spices",
    "bag",
    "34.50",
    ["hel kardemumma", "kardemummakapslar", "hele kardemommer", "kardemummankodat", "cardamom pods"],
    ["cardamom"],
)
p(
    "CARD-SEEDS",
    "Cardamom Seeds Decorticated 500g",
    "Spices",
    "bag",
    "21.80",
    ["kardemummakärnor", "kardemummafrön", "kardemommefrø", "kardemummansiemenet", "cardamom seeds"],
    ["cardamom"],
)
p(
    "ALLSPICE",
    "Allspice Whole (kryddpeppar) 1kg",
    "Spices",
    "bag",
    "12.60",
    ["kryddpeppar", "allehånde", "maustepippuri", "allspice"],
    ["spice"],
)
p(
    "PEARL-SUGAR",
    "Pearl Sugar (pärlsocker) 10kg Bag",
    "Spices",
    "bag",
    "24.00",
    ["pärlsocker", "parlsocker", "perlesukker", "raesokeri", "pearl sugar"],
    ["sugar"],
)

# ---------------------------------------------------------------- Sauces & mustard
p(
    "MUSTARD-SWEET",
    "Sweet & Strong Mustard (sötstark senap) 2.5kg Bucket",
    "Sauces & Mustard",
    "each",
    "11.90",
    ["sötstark senap", "sotstark senap", "søt sennep", "makea sinappi"],
    ["mustard"],
)
p(
    "HOVMASTAR",
    "Hovmästarsås Gravlax Sauce 1kg",
    "Sauces & Mustard",
    "each",
    "8.40",
    ["hovmästarsås", "hovmastarsas", "gravlakssaus", "graavilohikastike", "gravlax sauce"],
    ["sauce"],
)
p("REMOULADE", "Danish Remoulade 2.5kg Bucket", "Sauces & Mustard", "each", "10.80", ["remoulade"], ["sauce"])

# ---------------------------------------------------------------- Coffee
p(
    "COF-JUHLA",
    "Paulig Juhla Mokka Filter Coffee Light Roast 500g",
    "Coffee",
    "bag",
    "5.90",
    ["juhla mokka", "paulig juhla"],
    ["coffee", "light roast"],
)
p(
    "COF-PRESIDENTTI",
    "Paulig Presidentti Dark Roast Filter Coffee 500g",
    "Coffee",
    "bag",
    "6.40",
    ["presidentti tumma", "presidentti dark", "presidentti"],
    ["coffee", "dark roast"],
)
p(
    "COF-ZOEGAS",
    "Zoégas Skånerost Dark Roast 450g",
    "Coffee",
    "bag",
    "6.20",
    ["zoégas", "zoegas", "skånerost"],
    ["coffee", "dark roast"],
)
p(
    "COF-FRIELE",
    "Friele Frokostkaffe Filter Ground 500g",
    "Coffee",
    "bag",
    "6.60",
    ["friele", "frokostkaffe"],
    ["coffee"],
)
p(
    "COF-MERRILD",
    "Merrild 103 Mellemristet 500g",
    "Coffee",
    "bag",
    "6.10",
    ["merrild", "merrild 103"],
    ["coffee"],
)
p(
    "COF-PORT-LIGHT",
    "House Light Roast Filter Coffee 90g Portion Bags (box of 60)",
    "Coffee",
    "box",
    "42.00",
    [
        "light roast portion bags",
        "ljusrost portionspåsar",
        "lysbrent porsjonsposer",
        "vaalea paahto annospussit",
        "ljósristað skammtakaffi",
    ],
    ["coffee", "portion"],
)
p(
    "COF-PORT-DARK",
    "House Dark Roast Filter Coffee 90g Portion Bags (box of 60)",
    "Coffee",
    "box",
    "42.00",
    [
        "dark roast portion bags",
        "mörkrost portionspåsar",
        "mørkbrent porsjonsposer",
        "tumma paahto annospussit",
    ],
    ["coffee", "portion"],
)
p(
    "COF-ESPRESSO",
    "Espresso Beans Dark Roast 1kg",
    "Coffee",
    "bag",
    "17.80",
    [
        "espressobönor",
        "espressobønner",
        "espressobonner",
        "espressopavut",
        "espressobaunir",
        "espresso beans",
    ],
    ["coffee", "beans"],
)

# ---------------------------------------------------------------- Liquorice
p(
    "DJUNGELVRAL",
    "Malaco Djungelvrål 80g (case of 24)",
    "Liquorice & Sweets",
    "case",
    "26.40",
    ["djungelvrål", "djungelvral"],
    ["liquorice", "salty"],
)
p(
    "TYRKISK",
    "Fazer Tyrkisk Peber Original 150g (case of 20)",
    "Liquorice & Sweets",
    "case",
    "34.00",
    ["tyrkisk peber", "tyrkisk pepper", "turkinpippuri"],
    ["liquorice", "salty"],
)
p(
    "SALMIAKKI-BULK",
    "Fazer Salmiakki Lozenges 3kg Bulk Bag",
    "Liquorice & Sweets",
    "bag",
    "38.50",
    ["salmiakki irtomyynti", "salmiakkipastillit", "salmiak pastiller", "salmiakki bulk"],
    ["liquorice", "salty"],
)
p(
    "LAKRITS-SWEET",
    "Soft Sweet Liquorice Bars 1kg Bag",
    "Liquorice & Sweets",
    "bag",
    "11.20",
    ["söt lakrits", "mjuk lakrits", "søt lakris", "sød lakrids", "pehmeä lakritsi", "sweet liquorice"],
    ["liquorice"],
)

# ---------------------------------------------------------------- Beer
p(
    "BEER-NL-35",
    "Nordljus Lager 3.5% Folköl",
    "Beer",
    "case",
    "19.20",
    ["nordljus 3.5", "nordljus 3,5", "nordljus folköl"],
    ["beer", "lager"],
    [
        ("24 x 33cl Can", "VOLUME", "BEER-NL-35-33", "19.20"),
        ("24 x 50cl Can", "VOLUME", "BEER-NL-35-50", "26.40"),
    ],
)
p(
    "BEER-NL-52",
    "Nordljus Lager 5.2%",
    "Beer",
    "case",
    "23.80",
    ["nordljus 5.2", "nordljus 5,2", "nordljus stark"],
    ["beer", "lager"],
    [
        ("24 x 33cl Can", "VOLUME", "BEER-NL-52-33", "23.80"),
        ("24 x 50cl Can", "VOLUME", "BEER-NL-52-50", "32.60"),
    ],
)
p(
    "BEER-NL-00",
    "Nordljus Lager 0.0% Alcohol-Free 24 x 33cl Can",
    "Beer",
    "case",
    "16.80",
    ["nordljus 0.0", "nordljus 0,0", "nordljus alkoholfri"],
    ["beer", "alcohol-free"],
)
p(
    "BEER-LAPIN-III",
    "Lapin Kulta III 4.5% 24 x 50cl Can",
    "Beer",
    "case",
    "31.20",
    ["lapin kulta iii", "lapin kulta 4.5", "lapin kulta 4,5"],
    ["beer", "lager"],
)
p(
    "BEER-LAPIN-IVA",
    "Lapin Kulta IVA 5.2% 24 x 50cl Can",
    "Beer",
    "case",
    "34.80",
    ["lapin kulta iva", "lapin kulta iv a", "lapin kulta 5.2", "lapin kulta 5,2"],
    ["beer", "lager"],
)
p(
    "BEER-GULL",
    "Egils Gull 5% 24 x 50cl Can",
    "Beer",
    "case",
    "36.00",
    ["egils gull", "gull", "gullbjór"],
    ["beer", "lager"],
)
p(
    "BEER-RINGNES",
    "Ringnes Pils 4.7% 24 x 33cl Can",
    "Beer",
    "case",
    "28.80",
    ["ringnes", "ringnes pils"],
    ["beer", "lager"],
)
p(
    "BEER-IPA",
    "Skerry IPA 6.5% 24 x 33cl Can",
    "Beer",
    "case",
    "38.40",
    ["skerry ipa", "skerry"],
    ["beer", "ipa"],
)

# ---------------------------------------------------------------- Cider & long drink
p(
    "CIDER-FJORD-45",
    "Fjord Apple Cider 4.5% 24 x 33cl Can",
    "Cider & Long Drink",
    "case",
    "27.60",
    ["fjord cider 4.5", "fjord cider 4,5", "fjord apple 4.5"],
    ["cider"],
)
p(
    "CIDER-FJORD-00",
    "Fjord Apple Cider 0.0% 24 x 33cl Can",
    "Cider & Long Drink",
    "case",
    "19.90",
    ["fjord cider 0.0", "fjord 0,0", "fjord alkoholfri"],
    ["cider", "alcohol-free"],
)
p(
    "CIDER-KOPP-PEAR",
    "Kopparberg Pear Cider 4.5% 15 x 33cl Bottle",
    "Cider & Long Drink",
    "case",
    "24.75",
    ["kopparberg päron", "kopparberg pære", "kopparberg pear", "kopparberg"],
    ["cider"],
)
p(
    "LONKERO",
    "Hartwall Original Long Drink 5.5% 24 x 33cl Can",
    "Cider & Long Drink",
    "case",
    "39.60",
    ["lonkero", "hartwall long drink", "original long drink"],
    ["long drink"],
)

# ---------------------------------------------------------------- Aquavit & spirits
p(
    "AQ-OPA",
    "O.P. Anderson Aquavit 37.5% 70cl",
    "Aquavit & Spirits",
    "bottle",
    "24.90",
    ["o.p. anderson", "op anderson", "o p anderson"],
    ["aquavit"],
)
p(
    "AQ-LINIE",
    "Linie Aquavit 41.5%",
    "Aquavit & Spirits",
    "bottle",
    "29.90",
    ["linie", "linie akevitt", "linie aquavit"],
    ["aquavit"],
    [
        ("50cl", "VOLUME", "AQ-LINIE-50", "22.40"),
        ("70cl", "VOLUME", "AQ-LINIE-70", "29.90"),
        ("1L", "VOLUME", "AQ-LINIE-100", "40.50"),
    ],
)
p(
    "AQ-AALBORG",
    "Aalborg Taffel Akvavit 45%",
    "Aquavit & Spirits",
    "bottle",
    "21.90",
    ["aalborg taffel", "taffel akvavit", "aalborg akvavit"],
    ["aquavit"],
    [("70cl", "VOLUME", "AQ-AALBORG-70", "21.90"), ("1L", "VOLUME", "AQ-AALBORG-100", "29.60")],
)
p(
    "AQ-SKANE",
    "Skåne Akvavit 38% 70cl",
    "Aquavit & Spirits",
    "bottle",
    "23.50",
    ["skåne akvavit", "skane akvavit", "skåne"],
    ["aquavit"],
)
p(
    "BRENNIVIN",
    "Brennivín 37.5% 50cl",
    "Aquavit & Spirits",
    "bottle",
    "19.80",
    ["brennivín", "brennivin", "svarti dauði"],
    ["aquavit"],
)
p(
    "KOSK-SALMIAKKI",
    "Koskenkorva Salmiakki Liqueur 32% 50cl",
    "Aquavit & Spirits",
    "bottle",
    "17.40",
    ["salmiakkikossu", "koskenkorva salmiakki", "salmari"],
    ["liqueur", "salmiakki"],
)

# ---------------------------------------------------------------- Soft drinks
p(
    "LOKA-NAT",
    "Loka Naturell Sparkling Water 24 x 33cl Can",
    "Soft Drinks & Water",
    "case",
    "13.20",
    ["loka naturell", "loka natural"],
    ["water"],
)
p(
    "LOKA-CIT",
    "Loka Citron Sparkling Water 24 x 33cl Can",
    "Soft Drinks & Water",
    "case",
    "13.20",
    ["loka citron", "loka lemon", "loka sitruuna"],
    ["water"],
)

# ---------------------------------------------------------------- Disposables
p(
    "NAPKIN-DINNER",
    "Dinner Napkins 3-ply 40x40cm (case of 1000)",
    "Napkins & Candles",
    "case",
    "58.00",
    ["middagsservetter", "middagsservietter", "illallislautasliinat", "dinner napkins"],
    ["napkins"],
    [
        ("White", "COLOR", "NAPKIN-DINNER-WHT", "58.00"),
        ("Black", "COLOR", "NAPKIN-DINNER-BLK", "62.00"),
        ("Dark Green", "COLOR", "NAPKIN-DINNER-GRN", "62.00"),
    ],
)
p(
    "NAPKIN-COCKTAIL",
    "Cocktail Napkins 2-ply 24x24cm (case of 2000)",
    "Napkins & Candles",
    "case",
    "44.00",
    ["cocktailservetter", "cocktailservietter", "cocktaillautasliinat", "cocktail napkins"],
    ["napkins"],
    [("White", "COLOR", "NAPKIN-COCKTAIL-WHT", "44.00"), ("Black", "COLOR", "NAPKIN-COCKTAIL-BLK", "47.00")],
)
p(
    "CANDLE-DINNER",
    "Dinner Candles 25cm (box of 50)",
    "Napkins & Candles",
    "box",
    "29.50",
    ["kronljus", "kronelys", "antikklys", "kruunukynttilät", "dinner candles"],
    ["candles"],
    [
        ("White", "COLOR", "CANDLE-DINNER-WHT", "29.50"),
        ("Ivory", "COLOR", "CANDLE-DINNER-IVO", "29.50"),
        ("Red", "COLOR", "CANDLE-DINNER-RED", "31.00"),
    ],
)
p(
    "TEALIGHTS",
    "Tealights 8h (box of 100)",
    "Napkins & Candles",
    "box",
    "9.80",
    ["värmeljus", "telys", "fyrfadslys", "tuikut", "sprittkerti", "tealights"],
    ["candles"],
)
p(
    "PLATES",
    "Birch Wood Plates Round (case of 500)",
    "Plates, Cutlery & Cups",
    "case",
    "39.00",
    ["björkträtallrikar", "trætallerkener", "tretallerkener", "puulautaset", "wooden plates"],
    ["plates"],
    [
        ("18cm", "SIZE", "PLATES-18", "33.00"),
        ("23cm", "SIZE", "PLATES-23", "39.00"),
        ("26cm", "SIZE", "PLATES-26", "46.00"),
    ],
)
p(
    "CUTLERY-FORK",
    "Birch Wood Forks 16cm (box of 1000)",
    "Plates, Cutlery & Cups",
    "box",
    "21.00",
    ["trägafflar", "tregafler", "trægafler", "puuhaarukat", "wooden forks"],
    ["cutlery"],
)
p(
    "CUTLERY-KNIFE",
    "Birch Wood Knives 16cm (box of 1000)",
    "Plates, Cutlery & Cups",
    "box",
    "21.00",
    ["träknivar", "trekniver", "trækniver", "puuveitset", "wooden knives"],
    ["cutlery"],
)
p(
    "CUPS-HOT",
    "Paper Hot Cups (case of 1000)",
    "Plates, Cutlery & Cups",
    "case",
    "49.00",
    ["pappersmuggar", "papirkopper", "papkopper", "paperimukit", "pappamál", "paper hot cups"],
    ["cups"],
    [
        ("20cl", "VOLUME", "CUPS-HOT-20", "44.00"),
        ("30cl", "VOLUME", "CUPS-HOT-30", "49.00"),
        ("40cl", "VOLUME", "CUPS-HOT-40", "56.00"),
    ],
)
p(
    "CUP-LIDS",
    "Sip Lids for 30-40cl Hot Cups (case of 1000)",
    "Plates, Cutlery & Cups",
    "case",
    "31.00",
    ["sip lids", "drikkelokk", "låg til kopper", "kannet mukeihin"],
    ["lids"],
)

# Bare words that name a look-alike family (none of them may be an alias).
FAMILY_WORDS = [
    # herring
    "sill",
    "sild",
    "silli",
    "síld",
    "herring",
    "pickled herring",
    # salmon
    "lax",
    "laks",
    "lohi",
    "salmon",
    "smoked salmon",
    "røkt laks",
    "røget laks",
    "kallrökt lax",
    "savulohi",
    "reyktur lax",
    "gravlax",
    "gravlaks",
    "graavilohi",
    "gravad lax",
    # prawns and roe
    "räkor",
    "reker",
    "rejer",
    "prawns",
    "shrimps",
    "katkarapu",
    "rækjur",
    "raekjur",
    "rom",
    "rogn",
    "roe",
    "mäti",
    # crispbread and bread
    "knäckebröd",
    "knäcke",
    "knekkebrød",
    "knækbrød",
    "näkkileipä",
    "crispbread",
    "hrökkbrauð",
    "wasa",
    "leksands",
    "rye bread",
    "rågbröd",
    "ruisleipä",
    "flatbread",
    # flour
    "rågmjöl",
    "rugmel",
    "ruisjauho",
    "rye flour",
    "rúgmjöl",
    "rye",
    # cheese
    "brunost",
    "brun ost",
    "brown cheese",
    "mysost",
    "brúnostur",
    "ost",
    "juusto",
    "cheese",
    "ostur",
    "prästost",
    "danbo",
    "norvegia ost",
    # cultured dairy
    "skyr",
    "kvarg",
    "rahka",
    "quark",
    "rømme",
    "romme",
    "sour cream",
    # cream
    "grädde",
    "fløte",
    "fløde",
    "kerma",
    "cream",
    # meatballs, fish balls
    "köttbullar",
    "kottbullar",
    "meatballs",
    "kjøttboller",
    "lihapullat",
    "kjötbollur",
    "fiskbullar",
    "fiskeboller",
    "fish balls",
    "kalapullat",
    "fiskibollur",
    # buns
    "bullar",
    "boller",
    "pulla",
    "pullat",
    "buns",
    "snúðar",
    # lingon
    "lingon",
    "tyttebær",
    "puolukka",
    "lingonberries",
    "lingonberry",
    "týtuber",
    # cardamom
    "kardemumma",
    "kardemomme",
    "cardamom",
    "kardimommur",
    # coffee
    "kaffe",
    "kahvi",
    "coffee",
    "kaffi",
    "bryggkaffe",
    "filter coffee",
    "portion coffee",
    "portionspåsar",
    "porsjonsposer",
    "annospussit",
    "dark roast",
    "mörkrost",
    "mørkbrent",
    "mørkristet",
    "tumma paahto",
    "light roast",
    "ljusrost",
    "lysbrent",
    "vaalea paahto",
    "paulig",
    # liquorice
    "lakrits",
    "lakris",
    "lakrids",
    "lakritsi",
    "lakkrís",
    "liquorice",
    "licorice",
    "salmiak",
    "salmiakki",
    "saltlakrits",
    "saltlakris",
    "salty liquorice",
    # beer, cider
    "öl",
    "øl",
    "olut",
    "bjór",
    "beer",
    "lager",
    "pils",
    "nordljus",
    "lapin kulta",
    "lapari",
    "folköl",
    "cider",
    "siideri",
    "sider",
    "síder",
    "fjord cider",
    # aquavit
    "aquavit",
    "akvavit",
    "akevitt",
    "snaps",
    "brännvin",
    "nubbe",
    "snafs",
    # water
    "loka",
    "sparkling water",
    "kolsyrat vatten",
    # disposables
    "servetter",
    "servietter",
    "lautasliinat",
    "servíettur",
    "napkins",
    "serviettes",
    "bestick",
    "bestikk",
    "bestik",
    "aterimet",
    "hnífapör",
    "cutlery",
    "ljus",
    "lys",
    "kynttilät",
    "kerti",
    "candles",
]
