# ruff: noqa  (hand-written data generator of blind set 65, kept as its writer left it)
# -*- coding: utf-8 -*-
"""Catalog of the sixty-fifth blind set: "Brotzeit & Fass Gastro-Großhandel GmbH" (EUR).

A butcher, bakery and Gasthaus supplier in southern Germany that also delivers to Austria, Switzerland and
South Tyrol. Everything is invented: the distributor, the "Kaltenrieder" brewery and every price. Brand names
of real products are used as a distributor in this trade would list them.
"""

CURRENCY = "EUR"

# (name, parent, ai_keywords); parents first
CATEGORIES = [
    ("Wurst & Fleisch", None, ["wurst", "fleisch", "metzgerei"]),
    ("Backwaren TK", None, ["tiefkühl backwaren", "tk gebäck"]),
    ("Mehl & Backzutaten", None, ["mehl", "backzutaten", "bäckerei"]),
    ("Feinkost & Beilagen", None, ["feinkost", "beilagen"]),
    ("Getränke", None, ["getränke", "drinks"]),
    ("Gastrobedarf", None, ["gastrobedarf", "verbrauchsmaterial"]),
    ("Brühwurst", "Wurst & Fleisch", ["würstchen", "brühwurst"]),
    ("Bratwurst", "Wurst & Fleisch", ["bratwurst", "grillwurst"]),
    ("Leberkäse", "Wurst & Fleisch", ["leberkäse", "fleischkäse"]),
    ("Rohwurst & Schinken", "Wurst & Fleisch", ["salami", "schinken", "speck"]),
    ("Aufschnitt", "Wurst & Fleisch", ["aufschnitt", "wurst am stück"]),
    ("Laugengebäck", "Backwaren TK", ["laugengebäck", "brezel"]),
    ("Brötchen & Brot", "Backwaren TK", ["brötchen", "brot", "semmeln"]),
    ("Kuchen & Strudel", "Backwaren TK", ["kuchen", "torte", "strudel"]),
    ("Mehl", "Mehl & Backzutaten", ["mehl", "type"]),
    ("Backzutaten", "Mehl & Backzutaten", ["hefe", "lauge", "salz"]),
    ("Senf & Saucen", "Feinkost & Beilagen", ["senf", "ketchup", "meerrettich"]),
    ("Sauerkonserven", "Feinkost & Beilagen", ["sauerkraut", "gurken"]),
    ("Spätzle, Knödel & Teigwaren", "Feinkost & Beilagen", ["spätzle", "knödel", "maultaschen"]),
    ("Käse", "Feinkost & Beilagen", ["käse", "bergkäse"]),
    ("Feinkostsalate", "Feinkost & Beilagen", ["kartoffelsalat", "salate"]),
    ("Bier im Kasten", "Getränke", ["bier", "kasten", "kiste"]),
    ("Bier im Fass", "Getränke", ["fass", "fassbier", "keg"]),
    ("Alkoholfreie Getränke", "Getränke", ["limonade", "wasser", "schorle"]),
    ("Wein", "Getränke", ["wein", "hauswein"]),
    ("Spirituosen", "Getränke", ["schnaps", "brand"]),
    ("Verpackung", "Gastrobedarf", ["tüten", "papier", "schalen"]),
    ("Hygiene", "Gastrobedarf", ["handschuhe", "einweg"]),
    ("Tischbedarf", "Gastrobedarf", ["servietten", "bierdeckel"]),
]

# Each product: sku, name, category, unit, price, aliases, keywords, variants
# variants: (name, variant_type, sku, price, ai_aliases)
_P = []


def P(sku, name, cat, unit, price, aliases, keywords, variants=()):
    _P.append(
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


# ---------------------------------------------------------------- Brühwurst
P(
    "WEISSWURST-10",
    "Münchner Weißwurst (Pack 10 Stk)",
    "Brühwurst",
    "pack",
    "8.90",
    ["weißwurst", "weisswurst", "weißwürste", "weisswürste", "weißwürscht", "weisswurscht", "weißwuascht"],
    ["kalb", "bayerisch", "frühschoppen"],
)
P(
    "WIENER-20",
    "Wiener Würstchen 50g (Pack 20 Stk)",
    "Brühwurst",
    "pack",
    "9.40",
    [
        "wiener würstchen",
        "wiener",
        "wienerle",
        "wienerli",
        "saitenwürstle",
        "frankfurter",
        "frankfurter würstel",
    ],
    ["würstchen", "brühwurst"],
)
P(
    "BOCKWURST-10",
    "Bockwurst 100g (Pack 10 Stk)",
    "Brühwurst",
    "pack",
    "8.50",
    ["bockwurst", "bockwürste", "bockwurscht"],
    ["imbiss", "brühwurst"],
)
P(
    "DEBREZINER-10",
    "Debreziner 60g (Pack 10 Paar)",
    "Brühwurst",
    "pack",
    "11.20",
    ["debreziner", "debrecziner"],
    ["paprika", "würstel"],
)
P(
    "KAESEKRAINER-10",
    "Käsekrainer 120g (Pack 10 Stk)",
    "Brühwurst",
    "pack",
    "12.80",
    ["käsekrainer", "kaesekrainer", "käsekrainer würstel", "eitrige"],
    ["würstelstand", "käse"],
)
P(
    "CERVELAT-10",
    "Cervelat 100g (Pack 10 Stk)",
    "Brühwurst",
    "pack",
    "9.90",
    ["cervelat", "cervelats", "cervelas", "klöpfer", "chlöpfer"],
    ["schweiz", "grillwurst"],
)
P(
    "CURRYWURST-SCHWEIN-50",
    "Currywurst ohne Darm, Schwein 100g (Karton 50 Stk)",
    "Brühwurst",
    "box",
    "24.50",
    ["schweinecurrywurst", "currywurst schwein", "currywurst vom schwein"],
    ["imbiss", "curry"],
)
P(
    "CURRYWURST-RIND-50",
    "Rinder-Currywurst ohne Darm 100g (Karton 50 Stk)",
    "Brühwurst",
    "box",
    "27.90",
    ["rindercurrywurst", "currywurst rind", "rindscurrywurst", "dana currywurst"],
    ["imbiss", "halal"],
)
# ---------------------------------------------------------------- Bratwurst
P(
    "NUERNBERGER-24",
    "Nürnberger Rostbratwurst 25g (Pack 24 Stk)",
    "Bratwurst",
    "pack",
    "8.60",
    ["nürnberger", "nuernberger", "nurnberger", "nürnberger rostbratwürstchen", "nürnberger würstl"],
    ["franken", "rostbratwurst"],
)
P(
    "THUERINGER-10",
    "Thüringer Rostbratwurst 150g (Pack 10 Stk)",
    "Bratwurst",
    "pack",
    "11.50",
    ["thüringer", "thueringer", "thuringer", "thüringer rostbratwurst", "roster"],
    ["grill", "rostbratwurst"],
)
P(
    "KALBSBRAT-10",
    "St. Galler Kalbsbratwurst 130g (Pack 10 Stk)",
    "Bratwurst",
    "pack",
    "14.20",
    ["kalbsbratwurst", "kalbsbratwürste", "st. galler", "st. galler bratwurst", "olma-bratwurst"],
    ["kalb", "schweiz"],
)
P(
    "BRATWURST-GROB-KG",
    "Grobe Bratwurst (Schweinsbratwurst) frisch, vom Strang",
    "Bratwurst",
    "kg",
    "9.60",
    ["grobe bratwurst", "grobe bratwürste", "schweinsbratwurst", "bratwurst grob", "bratwurstschnecke"],
    ["frisch", "grill"],
)
# ---------------------------------------------------------------- Leberkäse
P(
    "LEBERKAESE",
    "Leberkäse gebacken (Laib)",
    "Leberkäse",
    "each",
    "13.90",
    ["leberkäse", "leberkäs", "leberkas", "leberkaese", "fleischkäse", "fleischkäs"],
    ["brotzeit", "heiße theke"],
    [
        ("1,5kg Laib", "WEIGHT", "LK-LAIB-15", "13.90", ["halber leberkäse", "kleiner leberkäslaib"]),
        ("3kg Laib", "WEIGHT", "LK-LAIB-30", "26.50", ["ganzer leberkäse", "großer leberkäslaib"]),
    ],
)
P(
    "LEBERKAESE-KAESE",
    "Käseleberkäse gebacken 3kg Laib",
    "Leberkäse",
    "each",
    "28.90",
    ["käseleberkäse", "käse-leberkäse", "käsleberkäs", "käseleberkäs"],
    ["käse", "heiße theke"],
)
# ---------------------------------------------------------------- Rohwurst & Schinken
P(
    "LANDJAEGER-20",
    "Landjäger (Karton 20 Paar)",
    "Rohwurst & Schinken",
    "box",
    "23.00",
    ["landjäger", "landjaeger"],
    ["rohwurst", "paar"],
)
P(
    "SALAMI-MILANO-KG",
    "Salami Milano am Stück",
    "Rohwurst & Schinken",
    "kg",
    "17.90",
    ["salami milano", "salame milano", "milano salami", "mailänder salami"],
    ["italienisch", "rohwurst"],
)
P(
    "SALAMI-UNGAR-KG",
    "Ungarische Salami am Stück",
    "Rohwurst & Schinken",
    "kg",
    "19.40",
    ["ungarische salami", "salami ungarisch", "salame ungherese", "hungarian salami"],
    ["paprika", "rohwurst"],
)
P(
    "SALAMI-PFEFFER-KG",
    "Pfeffersalami am Stück",
    "Rohwurst & Schinken",
    "kg",
    "18.20",
    ["pfeffersalami", "pfeffer-salami", "salami mit pfeffer"],
    ["pfeffer", "rohwurst"],
)
P(
    "KOCHSCHINKEN-KG",
    "Kochschinken (Hinterschinken) am Stück",
    "Rohwurst & Schinken",
    "kg",
    "12.90",
    ["kochschinken", "hinterschinken", "gekochter schinken", "prosciutto cotto", "cooked ham"],
    ["gekocht"],
)
P(
    "SCHWARZWAELDER-KG",
    "Schwarzwälder Schinken g.g.A. am Stück",
    "Rohwurst & Schinken",
    "kg",
    "21.50",
    ["schwarzwälder schinken", "schwarzwaelder schinken", "black forest ham"],
    ["geräuchert", "roh"],
)
P(
    "SPECK-SUEDTIROL-KG",
    "Südtiroler Speck g.g.A.",
    "Rohwurst & Schinken",
    "kg",
    "22.40",
    ["südtiroler speck", "speck alto adige", "speck dell'alto adige", "tiroler speck"],
    ["südtirol", "roh"],
)
P(
    "BAUCHSPECK-KG",
    "Bauchspeck geräuchert am Stück",
    "Rohwurst & Schinken",
    "kg",
    "10.90",
    ["bauchspeck", "durchwachsener speck", "geräucherter bauchspeck"],
    ["geräuchert"],
)
P(
    "SPECKWUERFEL-1",
    "Speckwürfel geräuchert 1kg Beutel",
    "Rohwurst & Schinken",
    "bag",
    "9.20",
    ["speckwürfel", "speckwuerfel", "gewürfelter speck"],
    ["kochen"],
)
# ---------------------------------------------------------------- Aufschnitt
P(
    "LYONER-KG",
    "Lyoner / Fleischwurst am Stück",
    "Aufschnitt",
    "kg",
    "9.80",
    ["lyoner", "fleischwurst", "extrawurst", "fleischworscht"],
    ["brühwurst", "aufschnitt"],
)
P("BIERSCHINKEN-KG", "Bierschinken am Stück", "Aufschnitt", "kg", "11.40", ["bierschinken"], ["aufschnitt"])
P(
    "GELBWURST-KG",
    "Gelbwurst (Hirnwurst) am Stück",
    "Aufschnitt",
    "kg",
    "10.20",
    ["gelbwurst", "hirnwurst"],
    ["aufschnitt", "mild"],
)
P("JAGDWURST-KG", "Jagdwurst am Stück", "Aufschnitt", "kg", "9.90", ["jagdwurst"], ["aufschnitt"])
P(
    "LEBERWURST-KG",
    "Feine Leberwurst",
    "Aufschnitt",
    "kg",
    "9.40",
    ["leberwurst", "feine leberwurst", "leberwurscht"],
    ["streichwurst"],
)
P(
    "PRESSACK-KG",
    "Pressack / Schwartenmagen",
    "Aufschnitt",
    "kg",
    "8.80",
    ["pressack", "presssack", "schwartenmagen", "presswurst"],
    ["sülze", "brotzeit"],
)
P(
    "BLUTWURST-KG",
    "Blutwurst",
    "Aufschnitt",
    "kg",
    "8.40",
    ["blutwurst", "blunzn", "blunzen", "rotwurst"],
    ["österreich", "brotzeit"],
)
# ---------------------------------------------------------------- Laugengebäck
P(
    "BREZEL-TK",
    "Laugenbrezel TK",
    "Laugengebäck",
    "box",
    "19.80",
    [
        "laugenbrezel",
        "laugenbrezeln",
        "brezel",
        "brezeln",
        "brezn",
        "breze",
        "brezen",
        "bretzel",
        "brezl",
        "pretzel",
        "pretzels",
    ],
    ["laugengebäck", "tiefgekühlt"],
    [
        (
            "Mini 25g (Karton 150)",
            "SIZE",
            "BRZ-MINI-150",
            "24.00",
            ["minibrezel", "minibrezeln", "partybrezel"],
        ),
        ("Standard 90g (Karton 60)", "SIZE", "BRZ-STD-60", "19.80", ["standardbrezel", "normale brezel"]),
        (
            "Riesen 250g (Karton 20)",
            "SIZE",
            "BRZ-RIESEN-20",
            "21.60",
            ["riesenbrezel", "riesenbrezn", "wiesnbrezn"],
        ),
    ],
)
P(
    "LAUGENSTANGE-TK",
    "Laugenstange TK 85g (Karton 70)",
    "Laugengebäck",
    "box",
    "18.90",
    ["laugenstange", "laugenstangen", "laugenstangerl"],
    ["laugengebäck"],
)
P(
    "LAUGENBROETCHEN-TK",
    "Laugenbrötchen TK 70g (Karton 80)",
    "Laugengebäck",
    "box",
    "18.40",
    [
        "laugenbrötchen",
        "laugenweckle",
        "laugensemmel",
        "laugenweckerl",
        "laugenbrötli",
        "pretzel buns",
        "pretzel bun",
    ],
    ["laugengebäck"],
)
P(
    "LAUGENCROISSANT-TK",
    "Laugencroissant TK 80g (Karton 60)",
    "Laugengebäck",
    "box",
    "22.80",
    ["laugencroissant", "laugencroissants", "laugenhörnchen", "laugengipfel", "laugengipfeli"],
    ["laugengebäck"],
)
# ---------------------------------------------------------------- Brötchen & Brot
P(
    "KAISERSEMMEL-TK",
    "Kaisersemmel TK 60g (Karton 100)",
    "Brötchen & Brot",
    "box",
    "16.90",
    ["kaisersemmel", "kaisersemmeln", "kaiserbrötchen", "kaiserweckerl", "kaisersemmerl", "kaiser rolls"],
    ["brötchen", "weizen"],
)
P(
    "SCHNITTBROETCHEN-TK",
    "Schnittbrötchen TK 60g (Karton 100)",
    "Brötchen & Brot",
    "box",
    "15.90",
    ["schnittbrötchen", "schrippe", "schrippen", "schnittweckle", "schnittwecken"],
    ["brötchen", "weizen"],
)
P(
    "ROGGENBROETCHEN-TK",
    "Roggenbrötchen TK 70g (Karton 80)",
    "Brötchen & Brot",
    "box",
    "17.20",
    ["roggenbrötchen", "roggensemmel", "roggenweckle", "roggenweckerl", "rye rolls"],
    ["brötchen", "roggen"],
)
P(
    "MEHRKORN-TK",
    "Mehrkornbrötchen TK 75g (Karton 80)",
    "Brötchen & Brot",
    "box",
    "18.60",
    ["mehrkornbrötchen", "körnerbrötchen", "körnersemmel", "mehrkornweckle", "körnerweckerl"],
    ["brötchen", "körner"],
)
P(
    "BAUERNBROT-TK",
    "Bauernbrot 1kg TK (Karton 8)",
    "Brötchen & Brot",
    "box",
    "19.20",
    ["bauernbrot", "bauernlaib", "farmhouse bread"],
    ["brot", "roggenmisch"],
)
P(
    "ZOPF-TK",
    "Butterzopf 500g TK (Karton 12)",
    "Brötchen & Brot",
    "box",
    "26.40",
    ["butterzopf", "zopf", "züpfe", "züpfen", "hefezopf", "butter plait"],
    ["sonntag", "butter"],
)
# ---------------------------------------------------------------- Kuchen & Strudel
P(
    "APFELSTRUDEL-TK",
    "Apfelstrudel TK 2,5kg (12 Portionen)",
    "Kuchen & Strudel",
    "each",
    "18.50",
    ["apfelstrudel", "apfelstrudl", "strudel di mele", "apple strudel"],
    ["strudel", "dessert"],
)
P(
    "TOPFENSTRUDEL-TK",
    "Topfenstrudel TK 2,2kg (12 Portionen)",
    "Kuchen & Strudel",
    "each",
    "19.90",
    ["topfenstrudel", "quarkstrudel", "topfenstrudl"],
    ["strudel", "quark"],
)
P(
    "KIRSCHTORTE-TK",
    "Schwarzwälder Kirschtorte TK (16 Stück)",
    "Kuchen & Strudel",
    "each",
    "27.50",
    ["schwarzwälder kirschtorte", "schwarzwälder kirschtorten", "kirschtorte", "black forest gateau"],
    ["torte", "sahne"],
)
P(
    "KAISERSCHMARRN-TK",
    "Kaiserschmarrn TK 2kg Beutel",
    "Kuchen & Strudel",
    "bag",
    "15.60",
    ["kaiserschmarrn", "kaiserschmarren", "schmarrn"],
    ["dessert", "österreich"],
)
P(
    "BERLINER-TK",
    "Berliner mit Marmelade TK 80g (Karton 48)",
    "Kuchen & Strudel",
    "box",
    "21.40",
    ["berliner", "krapfen", "faschingskrapfen", "kreppel", "berliner pfannkuchen"],
    ["siedegebäck"],
)
# ---------------------------------------------------------------- Mehl
P(
    "MEHL-405",
    "Weizenmehl Type 405",
    "Mehl",
    "sack",
    "16.50",
    ["weizenmehl 405", "type 405", "mehl 405", "405er mehl", "405er", "glattes mehl"],
    ["weizen", "kuchenmehl"],
    [
        ("10kg Sack", "WEIGHT", "M405-10", "7.90", ["405 zehn kilo"]),
        ("25kg Sack", "WEIGHT", "M405-25", "16.50", ["405 fünfundzwanzig kilo"]),
    ],
)
P(
    "MEHL-550",
    "Weizenmehl Type 550 25kg Sack",
    "Mehl",
    "sack",
    "15.20",
    ["weizenmehl 550", "type 550", "mehl 550", "550er mehl", "550er", "weissmehl 550"],
    ["weizen", "brötchenmehl"],
)
P(
    "MEHL-1050",
    "Weizenmehl Type 1050 25kg Sack",
    "Mehl",
    "sack",
    "16.10",
    ["weizenmehl 1050", "type 1050", "mehl 1050", "1050er"],
    ["weizen", "brotmehl"],
)
P(
    "ROGGEN-997",
    "Roggenmehl Type 997 25kg Sack",
    "Mehl",
    "sack",
    "15.90",
    ["roggenmehl 997", "type 997", "997er", "roggen 997"],
    ["roggen"],
)
P(
    "ROGGEN-1150",
    "Roggenmehl Type 1150 25kg Sack",
    "Mehl",
    "sack",
    "15.40",
    ["roggenmehl 1150", "type 1150", "1150er", "roggen 1150"],
    ["roggen"],
)
P(
    "DINKEL-630",
    "Dinkelmehl Type 630",
    "Mehl",
    "sack",
    "27.40",
    ["dinkelmehl", "dinkelmehl 630", "type 630", "630er", "dinkel 630", "farina di farro"],
    ["dinkel"],
    [
        ("10kg Sack", "WEIGHT", "D630-10", "11.90", ["dinkel zehn kilo"]),
        ("25kg Sack", "WEIGHT", "D630-25", "27.40", ["dinkel fünfundzwanzig kilo"]),
    ],
)
P(
    "MEHL-W700",
    "Weizenmehl griffig W700 (Österreich) 10kg Sack",
    "Mehl",
    "sack",
    "9.40",
    ["griffiges mehl", "mehl griffig", "w700", "weizenmehl griffig"],
    ["österreich", "spätzle", "nockerl"],
)
# ---------------------------------------------------------------- Backzutaten
P(
    "HEFE-FRISCH",
    "Frischhefe 42g Würfel (Karton 50)",
    "Backzutaten",
    "box",
    "9.80",
    ["frischhefe", "hefewürfel", "frische hefe", "germwürfel", "frischgerm", "lievito fresco", "yaş maya"],
    ["hefe", "germ"],
)
P(
    "HEFE-TROCKEN",
    "Trockenhefe 500g Vakuumpack",
    "Backzutaten",
    "pack",
    "6.40",
    ["trockenhefe", "trockengerm", "instant yeast", "lievito secco", "kuru maya"],
    ["hefe"],
)
P(
    "BREZELLAUGE-5L",
    "Brezellauge 4% 5L Kanister",
    "Backzutaten",
    "each",
    "14.90",
    ["brezellauge", "natronlauge", "laugenflüssigkeit", "lauge"],
    ["laugengebäck"],
)
P(
    "BREZELSALZ-1",
    "Brezelsalz (Hagelsalz) 1kg Beutel",
    "Backzutaten",
    "bag",
    "3.20",
    ["brezelsalz", "brezensalz", "hagelsalz", "laugensalz"],
    ["salz", "laugengebäck"],
)
P(
    "SPEISESALZ-25",
    "Speisesalz fein 25kg Sack",
    "Backzutaten",
    "sack",
    "11.80",
    ["speisesalz", "kochsalz", "tafelsalz"],
    ["salz"],
)
P(
    "BACKPAPIER",
    "Backpapier 40 x 60cm (Karton 500 Bogen)",
    "Backzutaten",
    "box",
    "24.60",
    ["backpapier", "backtrennpapier", "carta forno", "pişirme kağıdı"],
    ["blech"],
)
P(
    "SESAM-1",
    "Sesam geschält 1kg Beutel",
    "Backzutaten",
    "bag",
    "5.20",
    ["sesam", "susam", "sesamo"],
    ["saaten"],
)
# ---------------------------------------------------------------- Senf & Saucen
P(
    "SENF-HAENDLMAIER",
    "Händlmaier's Süßer Hausmacher Senf",
    "Senf & Saucen",
    "each",
    "2.30",
    [
        "händlmaier",
        "haendlmaier",
        "händlmaiers",
        "süßer senf",
        "süsser senf",
        "weißwurstsenf",
        "sweet mustard",
    ],
    ["süß", "weißwurst"],
    [
        ("335ml Glas", "SIZE", "HSS-GLAS-335", "2.30", ["händlmaier glas", "händlmaier glasl"]),
        ("5kg Eimer", "SIZE", "HSS-EIMER-5", "24.90", ["händlmaier eimer"]),
    ],
)
P(
    "SENF-DEVELEY",
    "Develey Senf mittelscharf 5kg Eimer",
    "Senf & Saucen",
    "tub",
    "14.80",
    ["develey", "develey senf", "senf mittelscharf", "mittelscharfer senf"],
    ["mittelscharf"],
)
P(
    "SENF-LOEWEN",
    "Löwensenf Extra scharf 12 x 200ml Tube",
    "Senf & Saucen",
    "box",
    "21.60",
    ["löwensenf", "loewensenf", "scharfer senf", "löwensenf extra"],
    ["scharf", "tube"],
)
P(
    "SENF-MAUTNER",
    "Mautner Markhof Estragon Senf 900g Kübel",
    "Senf & Saucen",
    "each",
    "7.40",
    ["mautner", "mautner markhof", "estragonsenf", "estragon senf"],
    ["österreich", "würstelstand"],
)
P(
    "SENF-THOMY",
    "Thomy Senf mild 12 x 200g Tube",
    "Senf & Saucen",
    "box",
    "19.80",
    ["thomy", "thomy senf", "senf mild", "milder senf"],
    ["schweiz", "tube"],
)
P(
    "SENF-PORTION",
    "Senf mittelscharf Portionsbeutel 20ml (Karton 200)",
    "Senf & Saucen",
    "box",
    "16.40",
    ["senfbeutel", "senfportionen", "portionssenf", "senf-sticks"],
    ["portion", "imbiss"],
)
P(
    "KETCHUP-HELA",
    "Hela Curry Gewürzketchup 800ml (Karton 6)",
    "Senf & Saucen",
    "box",
    "17.40",
    ["hela", "hela curry", "curry ketchup", "curryketchup", "gewürzketchup"],
    ["currywurst", "sauce"],
)
P(
    "KREN",
    "Meerrettich gerieben 1kg Glas",
    "Senf & Saucen",
    "each",
    "8.90",
    ["meerrettich", "kren", "tafelkren", "rafano"],
    ["scharf", "würstel"],
)
P(
    "SCHMALZ",
    "Griebenschmalz 1kg Eimer",
    "Senf & Saucen",
    "tub",
    "6.80",
    ["griebenschmalz", "grammelschmalz", "schmalz"],
    ["brotaufstrich"],
)
# ---------------------------------------------------------------- Sauerkonserven
P(
    "SAUERKRAUT",
    "Sauerkraut mild (Eimer)",
    "Sauerkonserven",
    "tub",
    "12.40",
    ["sauerkraut", "sauerkohl", "crauti", "sauerchabis", "suurchabis"],
    ["kraut", "beilage"],
    [
        ("5kg Eimer", "WEIGHT", "SK-EIMER-5", "6.90", ["kleiner krauteimer"]),
        ("10kg Eimer", "WEIGHT", "SK-EIMER-10", "12.40", ["großer krauteimer"]),
    ],
)
P(
    "WEINSAUERKRAUT",
    "Weinsauerkraut 10kg Eimer",
    "Sauerkonserven",
    "tub",
    "14.20",
    ["weinsauerkraut", "weinkraut"],
    ["kraut", "wein"],
)
P(
    "ROTKOHL",
    "Apfelrotkohl 10kg Eimer",
    "Sauerkonserven",
    "tub",
    "15.60",
    ["rotkohl", "apfelrotkohl", "blaukraut", "rotkraut", "rotkabis", "cavolo rosso"],
    ["beilage"],
)
P(
    "GURKEN-EIMER",
    "Gewürzgurken 10L Eimer",
    "Sauerkonserven",
    "tub",
    "17.80",
    ["gewürzgurken", "gewürzgurkerl"],
    ["essig"],
)
P(
    "CORNICHONS",
    "Cornichons 2,6L Glas",
    "Sauerkonserven",
    "each",
    "8.40",
    ["cornichons", "cornichon", "gürkchen"],
    ["essig", "klein"],
)
# ---------------------------------------------------------------- Spätzle, Knödel & Teigwaren
P(
    "SPAETZLE-TROCKEN",
    "Eierspätzle getrocknet 5kg Beutel",
    "Spätzle, Knödel & Teigwaren",
    "bag",
    "14.90",
    ["eierspätzle", "trockenspätzle", "getrocknete spätzle", "spätzle trocken"],
    ["nudeln"],
)
P(
    "SPAETZLE-TK",
    "Spätzle TK 2,5kg Beutel",
    "Spätzle, Knödel & Teigwaren",
    "bag",
    "9.60",
    ["tk-spätzle", "tk spätzle", "spätzle tk", "tiefkühlspätzle", "frische spätzle"],
    ["tiefgekühlt"],
)
P(
    "KNOEPFLE-TK",
    "Knöpfle TK 2,5kg Beutel",
    "Spätzle, Knödel & Teigwaren",
    "bag",
    "9.60",
    ["knöpfle", "knöpfli", "chnöpfli", "knoepfle"],
    ["tiefgekühlt", "schwaben"],
)
P(
    "KAESESPAETZLE-TK",
    "Käsespätzle TK 2kg Beutel",
    "Spätzle, Knödel & Teigwaren",
    "bag",
    "13.90",
    ["käsespätzle", "kässpätzle", "kasspatzln", "käsknöpfle"],
    ["käse", "tiefgekühlt"],
)
P(
    "SCHUPFNUDELN-TK",
    "Schupfnudeln TK 2,5kg Beutel",
    "Spätzle, Knödel & Teigwaren",
    "bag",
    "10.80",
    ["schupfnudeln", "bubespitzle", "fingernudeln"],
    ["kartoffel"],
)
P(
    "MAULTASCHEN-TK",
    "Schwäbische Maultaschen TK 2kg Beutel",
    "Spätzle, Knödel & Teigwaren",
    "bag",
    "16.90",
    ["maultaschen", "maultasche", "herrgottsbscheißerle"],
    ["schwaben"],
)
P(
    "SEMMELKNOEDEL-TK",
    "Semmelknödel TK",
    "Spätzle, Knödel & Teigwaren",
    "box",
    "19.60",
    ["semmelknödel", "semmelknödl", "semmelknoedel", "canederli di pane", "bread dumplings"],
    ["knödel"],
    [
        ("70g (Karton 60)", "SIZE", "SKN-70-60", "17.40", ["kleine semmelknödel"]),
        ("120g (Karton 40)", "SIZE", "SKN-120-40", "19.60", ["große semmelknödel"]),
    ],
)
P(
    "KARTOFFELKNOEDEL-TK",
    "Kartoffelknödel halb & halb TK 80g (Karton 50)",
    "Spätzle, Knödel & Teigwaren",
    "box",
    "16.20",
    ["kartoffelknödel", "kartoffelklöße", "kartoffelklösse", "erdäpfelknödel"],
    ["knödel"],
)
P(
    "SPECKKNOEDEL-TK",
    "Tiroler Speckknödel TK 80g (Karton 40)",
    "Spätzle, Knödel & Teigwaren",
    "box",
    "22.40",
    ["speckknödel", "speckknödl", "canederli allo speck", "canederli speck"],
    ["knödel", "tirol"],
)
# ---------------------------------------------------------------- Käse
P(
    "EMMENTALER-KG",
    "Emmentaler AOP am Stück",
    "Käse",
    "kg",
    "16.20",
    ["emmentaler", "emmental", "emmentaler aop"],
    ["hartkäse"],
)
P(
    "BERGKAESE-KG",
    "Vorarlberger Bergkäse am Stück",
    "Käse",
    "kg",
    "21.80",
    ["bergkäse", "bergkäs", "bergchäs", "vorarlberger bergkäse"],
    ["hartkäse"],
)
P(
    "RACLETTE-KG",
    "Raclettekäse am Stück",
    "Käse",
    "kg",
    "15.40",
    ["raclette", "raclettekäse", "raclette käse"],
    ["schmelzkäse"],
)
P(
    "OBATZDA",
    "Obatzda 1kg Becher",
    "Käse",
    "tub",
    "11.90",
    ["obatzda", "obazda", "obatzter"],
    ["biergarten", "camembert"],
)
# ---------------------------------------------------------------- Feinkostsalate
P(
    "KARTOFFELSALAT-SCHWAEB",
    "Schwäbischer Kartoffelsalat (Essig & Öl) 5kg Eimer",
    "Feinkostsalate",
    "tub",
    "18.40",
    ["schwäbischer kartoffelsalat", "kartoffelsalat schwäbisch", "kartoffelsalat ohne mayo"],
    ["essig", "öl"],
)
P(
    "KARTOFFELSALAT-MAYO",
    "Kartoffelsalat mit Mayonnaise 5kg Eimer",
    "Feinkostsalate",
    "tub",
    "17.60",
    ["kartoffelsalat mit mayo", "kartoffelsalat mit mayonnaise", "mayo-kartoffelsalat"],
    ["mayonnaise"],
)
P(
    "KRAUTSALAT",
    "Bayerischer Krautsalat 5kg Eimer",
    "Feinkostsalate",
    "tub",
    "13.20",
    ["krautsalat", "weißkrautsalat"],
    ["kraut", "kümmel"],
)
P(
    "WURSTSALAT",
    "Wurstsalat Straßburger Art 3kg Eimer",
    "Feinkostsalate",
    "tub",
    "19.80",
    ["wurstsalat", "straßburger wurstsalat"],
    ["brotzeit"],
)
# ---------------------------------------------------------------- Bier im Kasten
P(
    "AUGUSTINER-HELL",
    "Augustiner Lagerbier Hell 20 x 0,5L Kasten",
    "Bier im Kasten",
    "case",
    "21.90",
    ["augustiner", "augustiner hell", "augustiner lagerbier", "gustl"],
    ["münchen", "flaschenbier"],
)
P(
    "TEGERNSEER-HELL",
    "Tegernseer Hell 20 x 0,5L Kasten",
    "Bier im Kasten",
    "case",
    "22.40",
    ["tegernseer", "tegernseer hell"],
    ["flaschenbier"],
)
P(
    "PAULANER-WEISS-KASTEN",
    "Paulaner Hefe-Weißbier Naturtrüb 20 x 0,5L Kasten",
    "Bier im Kasten",
    "case",
    "23.40",
    ["paulaner hefe-weißbier", "paulaner hefeweizen", "weißbierkasten"],
    ["weizen", "flaschenbier"],
)
P(
    "PAULANER-WEISS-AF",
    "Paulaner Hefe-Weißbier Alkoholfrei 20 x 0,5L Kasten",
    "Bier im Kasten",
    "case",
    "22.80",
    ["weißbier alkoholfrei", "alkoholfreies weißbier", "paulaner alkoholfrei", "alcohol free weissbier"],
    ["alkoholfrei"],
)
P(
    "ROTHAUS-PILS",
    "Rothaus Pils Tannenzäpfle 24 x 0,33L Kasten",
    "Bier im Kasten",
    "case",
    "20.90",
    ["rothaus", "tannenzäpfle", "tannenzaepfle", "zäpfle", "pils", "pilsner"],
    ["schwarzwald", "flaschenbier"],
)
P(
    "STIEGL-GOLD",
    "Stiegl Goldbräu 20 x 0,5L Kiste",
    "Bier im Kasten",
    "case",
    "23.80",
    ["stiegl goldbräu", "goldbräu", "stiegl gold"],
    ["salzburg", "österreich"],
)
P(
    "GOESSER-KISTE",
    "Gösser Märzen 20 x 0,5L Kiste",
    "Bier im Kasten",
    "case",
    "22.60",
    ["gösser märzen flasche", "gösser kiste", "gösser tragerl"],
    ["österreich", "märzen"],
)
P(
    "STIEGL-RADLER",
    "Stiegl Radler Zitrone 24 x 0,5L Dose",
    "Bier im Kasten",
    "case",
    "26.40",
    ["stiegl radler", "radler zitrone", "radlerdosen"],
    ["dose", "österreich"],
)
P(
    "KALT-RADLER",
    "Kaltenrieder Radler 20 x 0,5L Kasten",
    "Bier im Kasten",
    "case",
    "18.40",
    ["kaltenrieder radler"],
    ["flaschenbier", "limo"],
)
P(
    "QUOELLFRISCH",
    "Appenzeller Quöllfrisch hell 24 x 0,33L Harass",
    "Bier im Kasten",
    "case",
    "27.90",
    ["quöllfrisch", "quoellfrisch", "appenzeller bier", "quöllfrisch hell"],
    ["schweiz", "harass"],
)
# ---------------------------------------------------------------- Bier im Fass
P(
    "KALT-HELL-FASS",
    "Kaltenrieder Helles Fass",
    "Bier im Fass",
    "keg",
    "118.00",
    ["kaltenrieder helles", "kaltenrieder hell"],
    ["fassbier", "ausschank"],
    [
        ("30L", "VOLUME", "KHF-30", "74.00", ["kaltenrieder dreißiger"]),
        ("50L", "VOLUME", "KHF-50", "118.00", ["kaltenrieder fuchzger"]),
    ],
)
P(
    "PAULANER-WEISS-FASS",
    "Paulaner Hefe-Weißbier Fass",
    "Bier im Fass",
    "keg",
    "142.00",
    ["paulaner weißbierfass", "weißbierfass", "weissbier keg"],
    ["fassbier", "weizen"],
    [
        ("30L", "VOLUME", "PWF-30", "89.00", ["weißbier dreißiger"]),
        ("50L", "VOLUME", "PWF-50", "142.00", ["weißbier fuchzger"]),
    ],
)
P(
    "GOESSER-FASS",
    "Gösser Märzen Fass 50L",
    "Bier im Fass",
    "keg",
    "129.00",
    ["gösser fass", "gösser fassl", "märzen fass"],
    ["österreich", "fassbier"],
)
P(
    "KALT-ZWICKL-FASS",
    "Kaltenrieder Zwickl naturtrüb Fass 30L",
    "Bier im Fass",
    "keg",
    "79.00",
    ["zwickl", "zwickel", "kellerbier", "kaltenrieder zwickl"],
    ["naturtrüb", "fassbier"],
)
# ---------------------------------------------------------------- Alkoholfreie Getränke
P(
    "PAULANER-SPEZI",
    "Paulaner Spezi 20 x 0,5L Kasten",
    "Alkoholfreie Getränke",
    "case",
    "17.90",
    ["spezi", "paulaner spezi", "cola-mix", "colamix"],
    ["cola", "orange"],
)
P(
    "ALMDUDLER",
    "Almdudler Original 24 x 0,35L Glas",
    "Alkoholfreie Getränke",
    "case",
    "24.60",
    ["almdudler", "dudler"],
    ["kräuterlimonade", "österreich"],
)
P(
    "RIVELLA",
    "Rivella 24 x 0,5L PET",
    "Alkoholfreie Getränke",
    "case",
    "29.40",
    ["rivella"],
    ["schweiz", "molke"],
    [
        ("Rot", "COLOR", "RIV-ROT", "29.40", ["rivella rot", "rivella original"]),
        ("Blau", "COLOR", "RIV-BLAU", "29.40", ["rivella blau"]),
        ("Grün", "COLOR", "RIV-GRUEN", "30.20", ["rivella grün"]),
    ],
)
P(
    "APFELSCHORLE",
    "Apfelschorle 20 x 0,5L Kasten",
    "Alkoholfreie Getränke",
    "case",
    "16.80",
    ["apfelschorle", "apfelsaftschorle", "apfelsaft gespritzt", "apple spritzer"],
    ["saft"],
)
P(
    "GEROLSTEINER-SPRUDEL",
    "Gerolsteiner Sprudel 12 x 0,75L Glas",
    "Alkoholfreie Getränke",
    "case",
    "9.60",
    ["gerolsteiner sprudel", "sprudel", "sprudelwasser", "acqua frizzante", "maden suyu", "sparkling water"],
    ["mineralwasser", "kohlensäure"],
)
P(
    "GEROLSTEINER-MEDIUM",
    "Gerolsteiner Medium 12 x 0,75L Glas",
    "Alkoholfreie Getränke",
    "case",
    "9.60",
    ["gerolsteiner medium", "wasser medium", "medium wasser"],
    ["mineralwasser"],
)
P(
    "GEROLSTEINER-NATURELL",
    "Gerolsteiner Naturell 12 x 0,75L Glas",
    "Alkoholfreie Getränke",
    "case",
    "9.60",
    ["gerolsteiner naturell", "naturell", "stilles wasser", "still water", "acqua naturale"],
    ["mineralwasser"],
)
# ---------------------------------------------------------------- Wein
P(
    "GRUENER-VELTLINER",
    "Grüner Veltliner Qualitätswein (Karton 6)",
    "Wein",
    "case",
    "38.40",
    ["grüner veltliner", "veltliner", "gruener veltliner"],
    ["weißwein", "österreich"],
    [
        ("6 x 1L", "VOLUME", "GV-6X1L", "38.40", ["veltliner literflasche"]),
        ("6 x 0,75L", "VOLUME", "GV-6X075", "41.40", ["veltliner bouteille"]),
    ],
)
P(
    "TROLLINGER",
    "Trollinger mit Lemberger 6 x 1L",
    "Wein",
    "case",
    "33.60",
    ["trollinger", "trollinger-lemberger", "trollinger lemberger"],
    ["rotwein", "württemberg"],
)
P(
    "ZWEIGELT",
    "Zweigelt Qualitätswein 6 x 0,75L",
    "Wein",
    "case",
    "44.40",
    ["zweigelt", "blauer zweigelt"],
    ["rotwein", "österreich"],
)
# ---------------------------------------------------------------- Spirituosen
P(
    "JAEGERMEISTER",
    "Jägermeister",
    "Spirituosen",
    "bottle",
    "21.40",
    ["jägermeister", "jaegermeister", "jäger", "jager"],
    ["kräuterlikör"],
    [
        ("0,7L", "VOLUME", "JGM-07", "15.90", ["jägermeister 0,7"]),
        ("1L", "VOLUME", "JGM-10", "21.40", ["jägermeister liter"]),
    ],
)
P(
    "OBSTLER",
    "Obstler 40% 0,7L",
    "Spirituosen",
    "bottle",
    "13.80",
    ["obstler", "obstbrand", "obstwasser"],
    ["schnaps"],
)
P(
    "WILLIAMS",
    "Williams-Christ Birnenbrand 40% 0,7L",
    "Spirituosen",
    "bottle",
    "21.90",
    ["williams", "williamsbirne", "williams christ", "birnenbrand", "birnenschnaps"],
    ["schnaps"],
)
P(
    "KIRSCHWASSER",
    "Kirschwasser 40% 0,7L",
    "Spirituosen",
    "bottle",
    "23.50",
    ["kirschwasser", "kirsch", "chriesi", "chriesiwasser", "kirschschnaps"],
    ["schnaps"],
)
P(
    "MARILLE",
    "Marillenbrand 40% 0,7L",
    "Spirituosen",
    "bottle",
    "24.80",
    ["marillenbrand", "marille", "marillenschnaps", "aprikosenbrand"],
    ["schnaps", "österreich"],
)
P(
    "ZIRBE",
    "Zirbenschnaps 0,7L",
    "Spirituosen",
    "bottle",
    "22.60",
    ["zirbe", "zirbenschnaps", "zirbeler"],
    ["schnaps", "tirol"],
)
P(
    "ENZIAN",
    "Enzian 40% 0,7L",
    "Spirituosen",
    "bottle",
    "26.90",
    ["enzian", "enzianschnaps", "gebirgsenzian"],
    ["schnaps"],
)
# ---------------------------------------------------------------- Verpackung
P(
    "BAECKERTUETEN",
    "Bäckertüten Papier weiß (Karton 1000)",
    "Verpackung",
    "box",
    "22.80",
    [
        "bäckertüten",
        "bäckertüte",
        "papiertüten",
        "brezeltüten",
        "semmeltüten",
        "semmelsackerl",
        "papiersäckli",
        "kese kağıdı",
    ],
    ["papier", "tüten"],
    [
        ("Nr. 1 (12 x 20cm)", "SIZE", "BT-1", "18.40", ["tüten nummer eins"]),
        ("Nr. 2 (15 x 24cm)", "SIZE", "BT-2", "22.80", ["tüten nummer zwei"]),
        ("Nr. 3 (18 x 31cm)", "SIZE", "BT-3", "28.60", ["tüten nummer drei"]),
    ],
)
P(
    "METZGERPAPIER",
    "Metzgerpapier (Einschlagpapier) 37,5 x 50cm 10kg Karton",
    "Verpackung",
    "box",
    "31.20",
    ["metzgerpapier", "einschlagpapier", "wurstpapier", "fleischpapier"],
    ["papier", "metzgerei"],
)
P(
    "PAPPTELLER",
    "Wurstschalen Pappe 13 x 20cm (Karton 1000)",
    "Verpackung",
    "box",
    "26.90",
    ["wurstschalen", "currywurstschalen", "pappschalen", "schalen", "karton tabak"],
    ["imbiss", "einweg"],
)
# ---------------------------------------------------------------- Hygiene
P(
    "HANDSCHUHE-NITRIL",
    "Nitril-Einweghandschuhe blau (Box 100)",
    "Hygiene",
    "box",
    "7.90",
    ["nitrilhandschuhe", "nitril-handschuhe", "nitril handschuhe", "nitril eldiven", "nitrile gloves"],
    ["einweg", "puderfrei"],
    [
        ("S", "SIZE", "NIT-S", "7.90", ["nitril s"]),
        ("M", "SIZE", "NIT-M", "7.90", ["nitril m"]),
        ("L", "SIZE", "NIT-L", "7.90", ["nitril l"]),
        ("XL", "SIZE", "NIT-XL", "8.40", ["nitril xl"]),
    ],
)
P(
    "HANDSCHUHE-VINYL",
    "Vinyl-Einweghandschuhe transparent (Box 100)",
    "Hygiene",
    "box",
    "4.90",
    ["vinylhandschuhe", "vinyl-handschuhe", "vinyl handschuhe", "vinyl gloves"],
    ["einweg"],
    [("M", "SIZE", "VIN-M", "4.90", ["vinyl m"]), ("L", "SIZE", "VIN-L", "4.90", ["vinyl l"])],
)
# ---------------------------------------------------------------- Tischbedarf
P(
    "SERVIETTEN-3L",
    "Servietten 3-lagig 40 x 40cm (Karton 250)",
    "Tischbedarf",
    "box",
    "12.90",
    ["servietten 3-lagig", "mundservietten", "tischservietten", "dreilagige servietten"],
    ["tisch", "papier"],
    [
        ("Weiß", "COLOR", "SV-WEISS", "12.90", ["servietten weiß"]),
        ("Bordeaux", "COLOR", "SV-BORDEAUX", "13.40", ["servietten bordeaux"]),
        ("Tannengrün", "COLOR", "SV-TANNENGRUEN", "13.40", ["servietten tannengrün"]),
        ("Gelb", "COLOR", "SV-GELB", "13.40", ["servietten gelb"]),
    ],
)
P(
    "SERVIETTEN-SPENDER",
    "Spenderservietten 1-lagig weiß 33 x 33cm (Karton 6000)",
    "Tischbedarf",
    "box",
    "38.40",
    ["spenderservietten", "thekenservietten", "zupfservietten", "dispenser napkins"],
    ["theke", "imbiss"],
)
P(
    "BIERDECKEL",
    "Bierdeckel rund 107mm (Karton 1000)",
    "Tischbedarf",
    "box",
    "14.90",
    ["bierdeckel", "bierfilz", "bierfilzl", "bierdeckerl", "bierdeckeli", "beer mats"],
    ["schank", "pappe"],
)


PRODUCTS = _P

# Bare family words: a word that names none of the products alone. No alias may be one of them.
FAMILY_WORDS = sorted(
    set(
        """
brötchen semmel semmeln semmerl weckle wecken weckerl brötli rolls bread rolls
bratwurst bratwürste bratwurscht brats rostbratwurst rostbratwürste currywurst currywürste
würstchen würstel würstl salami salame schinken speck aufschnitt schwarzwälder
senf mustard senape hardal mehl flour farina un weizenmehl roggenmehl
weißbier weissbier weizen hefeweizen weizenbier weiße weissbier helles hell helle
radler alsterwasser märzen gösser kaltenrieder paulaner stiegl gerolsteiner
fass fässer fassl fässli keg kegs fusto fusti fıçı bier beer birra bira
schnaps schnapserl schnäpse knödel knödl klöße canederli spätzle spätzli nockerl
kartoffelsalat erdäpfelsalat käse chäs handschuhe handschuh gloves eldiven guanti
servietten napkins tovaglioli peçete hefe germ maya lievito yeast
wasser mineralwasser water acqua su strudel laugengebäck gurken essiggurken gurkerl
salz tuz wein hauswein rotwein vino rosso brot
""".split()
    )
    | {"bread rolls", "vino rosso"}
)

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VARIANT_TYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}

BY_SKU = {p["sku"]: p for p in PRODUCTS}

# short keys for variants used in msgs65.py / cust65.py
VSHORT = {
    "BREZEL-TK": {
        "mini": "Mini 25g (Karton 150)",
        "std": "Standard 90g (Karton 60)",
        "xl": "Riesen 250g (Karton 20)",
    },
    "LEBERKAESE": {"1.5": "1,5kg Laib", "3": "3kg Laib"},
    "MEHL-405": {"10": "10kg Sack", "25": "25kg Sack"},
    "DINKEL-630": {"10": "10kg Sack", "25": "25kg Sack"},
    "SENF-HAENDLMAIER": {"glas": "335ml Glas", "eimer": "5kg Eimer"},
    "SAUERKRAUT": {"5": "5kg Eimer", "10": "10kg Eimer"},
    "SEMMELKNOEDEL-TK": {"70": "70g (Karton 60)", "120": "120g (Karton 40)"},
    "KALT-HELL-FASS": {"30": "30L", "50": "50L"},
    "PAULANER-WEISS-FASS": {"30": "30L", "50": "50L"},
    "RIVELLA": {"rot": "Rot", "blau": "Blau", "gruen": "Grün"},
    "GRUENER-VELTLINER": {"1l": "6 x 1L", "075": "6 x 0,75L"},
    "JAEGERMEISTER": {"07": "0,7L", "1l": "1L"},
    "BAECKERTUETEN": {"1": "Nr. 1 (12 x 20cm)", "2": "Nr. 2 (15 x 24cm)", "3": "Nr. 3 (18 x 31cm)"},
    "SERVIETTEN-3L": {"weiss": "Weiß", "bordeaux": "Bordeaux", "gruen": "Tannengrün", "gelb": "Gelb"},
    "HANDSCHUHE-NITRIL": {"S": "S", "M": "M", "L": "L", "XL": "XL"},
    "HANDSCHUHE-VINYL": {"M": "M", "L": "L"},
}


def has_variants(sku):
    return bool(BY_SKU[sku]["variants"])


def variant_names(sku):
    return [v["name"] for v in BY_SKU[sku]["variants"]]


def vname(sku, key):
    """Resolve a short variant key (or a full name) to the variant's name."""
    if key is None:
        return None
    names = variant_names(sku)
    if key in names:
        return key
    return VSHORT[sku][key]


_UNIT_DE = {
    "case": "Kasten",
    "pack": "Pack",
    "each": "Stück",
    "keg": "Fass",
    "bottle": "Flaschen",
    "bag": "Beutel",
    "kg": "kg",
    "sack": "Sack",
    "tray": "Steigen",
    "box": "Karton",
    "tub": "Eimer",
}


def training_examples(p):
    """Two invented training phrases per product, worded so that none occurs in a message."""
    a0 = p["aliases"][0]
    a1 = p["aliases"][1] if len(p["aliases"]) > 1 else p["aliases"][0]
    u = _UNIT_DE[p["unit"]]
    return [
        "Lagerauffüllung Filiale Nord: 2 %s %s" % (u, a0),
        "%s, Menge wie im Rahmenvertrag vereinbart" % a1,
    ]


def catalog_json():
    cats = [dict(name=n, parent=par, ai_keywords=k) for n, par, k in CATEGORIES]
    prods = []
    for p in PRODUCTS:
        prods.append(
            dict(
                sku=p["sku"],
                name=p["name"],
                category=p["category"],
                unit=p["unit"],
                unit_price=p["unit_price"],
                aliases=p["aliases"],
                keywords=p["keywords"],
                ai_training_examples=training_examples(p),
                variants=p["variants"],
            )
        )
    return dict(currency=CURRENCY, categories=cats, products=prods)
