# ruff: noqa  (hand-written data generator of blind set 24, kept as its writer left it)
# Messages of holdout24 and their plain labels, all hand-written.
import datetime

MISSING = object()
MSGS = []
BASE = datetime.date(2027, 4, 26)


def L(sku, q, v=MISSING):
    return ("L", sku, q, v)


def A(q, cands, cv=None):
    return ("A", q, tuple(cands), cv)


def N(q, what=""):
    return ("N", q, what)


def m(
    cust,
    ch,
    intent,
    text,
    lines=(),
    notes="",
    tags=(),
    review=None,
    lang=None,
    day=0,
    ref=None,
    outlier=False,
    nohist=False,
    nofill=False,
    change=(),
):
    MSGS.append(
        {
            "cust": cust,
            "ch": ch,
            "intent": intent,
            "text": text,
            "lines": list(lines),
            "notes": notes,
            "tags": list(tags),
            "review": review,
            "lang": lang,
            "date": (BASE + datetime.timedelta(days=day)).isoformat(),
            "ref": ref,
            "outlier": outlier,
            "nohist": nohist,
            "nofill": nofill,
            "change": list(change),
        }
    )


W, S, E = "WHATSAPP", "SMS", "EMAIL"
MOZZ = ["CHE-MOZZ-BLOCK-2KG", "CHE-MOZZ-GRATED-2KG", "CHE-FIOR-12X125", "CHE-BUFFALO-8X125"]
PARM = ["CHE-PARM-WEDGE-1KG", "CHE-PARM-GRATED-1KG"]
HALL = ["CHE-HALLOUMI-12X250", "CHE-HALLOUMI-1KG"]
CREAMCH = ["CHE-SOFT-FULL-2KG", "CHE-SOFT-LIGHT-2KG", "CHE-PHILLY-1.65KG"]
OATLY = ["PLT-OATLY-BAR-6X1L", "PLT-OATLY-ORIG-6X1L"]
OATM = ["PLT-OATLY-BAR-6X1L", "PLT-OATLY-ORIG-6X1L", "PLT-ALPRO-OAT-12X1L", "PLT-MINOR-OAT-6X1L"]
ALPRO = ["PLT-ALPRO-OAT-12X1L", "PLT-ALPRO-SOYA-12X1L", "PLT-ALPRO-ALMOND-12X1L", "PLT-ALPRO-COCO-12X1L"]
FRESHMILK = ["MLK-WHL", "MLK-SEMI", "MLK-SKIM", "MLK-1PC-4PT"]
CHED = ["CHE-MILD-5KG", "CHE-MATURE", "CHE-XMATURE-2.5KG"]
GREEKY = ["YOG-GREEKSTYLE", "YOG-GREEK10-1KG"]
FRTRAY_CASE = ["EGG-FR-TRAY", "EGG-FR-CASE"]
CLOT = ["CRM-CLOTTED-907", "CRM-CLOTTED-PORT"]
EV = ["CRM-EV-WHIP-6X1L", "CRM-EV-COOK-6X1L"]
LURPAK = ["BUT-LURPAK-40X250", "BUT-LURPAK-SPREAD-1KG", "BUT-PORT-LURPAK-100"]
YOGPOTS = ["YOG-STRAW-12X125", "YOG-VAN-12X125"]
BUTTER = ["BUT-SALTED", "BUT-UNSALTED", "BUT-LURPAK-40X250"]
CRAV = ["MLK-CRAV-WHL-2L", "MLK-CRAV-SEMI-2L"]
BARISTA_MILK = ["MLK-BAR-WHL-6X2L", "MLK-BAR-SEMI-6X2L"]
NATYOG = ["YOG-NATURAL-5KG", "YOG-LOWFAT-5KG", "YOG-GREEKSTYLE"]
UHT = ["MLK-UHT-WHL-12X1L", "MLK-UHT-SEMI-12X1L"]

# ---------------- chunk 1: clean orders (English) ----------------
m(
    "bean-there",
    W,
    "ORDER",
    "Morning! For tomorrow pls: 20 x 4pt whole, 6 x 4pt semi, 4 cases oatly barista, 1 alpro soya and 2 trays large free range. Ta, Jess",
    [
        L("MLK-WHL", 20, "4 Pint"),
        L("MLK-SEMI", 6, "4 Pint"),
        L("PLT-OATLY-BAR-6X1L", 4),
        L("PLT-ALPRO-SOYA-12X1L", 1),
        L("EGG-FR-TRAY", 2, "Large"),
    ],
    "tomorrow is a date; 4pt picks the variant",
    ["variant"],
    day=0,
)
m(
    "bean-there",
    W,
    "ORDER",
    "hiya can we add 12 oatly barista cartons to thursdays drop? the weekend wiped us out 😅",
    [L("PLT-OATLY-BAR-6X1L", 2)],
    "12 cartons = 2 cases of 6; an addition to a placed order is ORDER",
    ["count", "non_order_request", "emoji"],
    day=2,
)
m(
    "crumb-co",
    E,
    "ORDER",
    "Subject: Order for Tuesday 27th\n\nHi team,\n\nPlease send:\n- 3 x unsalted butter 5x2kg\n- 4 x beurre sec sheets\n- 6 x liquid whole egg 2L\n- 2 x cases of 180 large free range\n- 2 x double cream 5L\n- 4 x full fat soft cheese tubs\n- 6 x whole milk 4 pint\n- 2 x mascarpone 2kg\n\nThanks,\nMarta Kowalczyk\nCrumb & Co Bakery, 14 Quay Street\n07700 900431",
    [
        L("BUT-UNSALTED", 3, "5 x 2kg"),
        L("BUT-SHEET-10X1KG", 4),
        L("EGG-LIQ-WHOLE", 6, "2L"),
        L("EGG-FR-CASE", 2, "Large"),
        L("CRM-DBL", 2, "5L"),
        L("CHE-SOFT-FULL-2KG", 4),
        L("MLK-WHL", 6, "4 Pint"),
        L("CHE-MASCARPONE", 2, "2kg"),
    ],
    "27th, street number and phone are not quantities; 5x2kg, 2L, 180 and 4 pint are in names or variants",
    ["signature", "variant", "number_in_name", "pack"],
    day=0,
)
m(
    "green-fork",
    W,
    "ORDER",
    "hi guys, tmrw please - 4 x 2L double, 1 case salted butter 250s, 1 mature cheddar 5kg, 1 stilton, 4 trays large FR eggs, 1 creme fraiche, 4 whole 4pt. cheers Tom",
    [
        L("CRM-DBL", 4, "2L"),
        L("BUT-SALTED", 1, "40 x 250g"),
        L("CHE-MATURE", 1, "5kg Block"),
        L("CHE-STILTON-2.2KG", 1),
        L("EGG-FR-TRAY", 4, "Large"),
        L("CRM-FRAICHE-2KG", 1),
        L("MLK-WHL", 4, "4 Pint"),
    ],
    "",
    ["variant"],
    day=1,
)
m(
    "slice-house",
    S,
    "ORDER",
    "12 grated mozz 2 grated ched 1 feta 1 sour cream thurs thx",
    [L("CHE-MOZZ-GRATED-2KG", 12), L("CHE-GRATED-CHED-2KG", 2), L("CHE-FETA-2KG", 1), L("CRM-SOURED-2KG", 1)],
    "run-on list without commas",
    ["spoken"],
    day=1,
)
m(
    "sunny-side",
    S,
    "ORDER",
    "10 trays large barn, 10 semi 4pt, 2 baking block, 3 ched slices, 2 butter portions, 2 milk portions, 2 grated ched. Dave sunny side",
    [
        L("EGG-BARN-TRAY", 10, "Large"),
        L("MLK-SEMI", 10, "4 Pint"),
        L("BUT-BAKING-2KG", 2),
        L("CHE-SLICED-CHED", 3),
        L("BUT-PORT-SALTED-100", 2),
        L("MLK-PORTIONS-120", 2),
        L("CHE-GRATED-CHED-2KG", 2),
    ],
    "",
    ["variant"],
    day=0,
)
m(
    "oak-hotel",
    E,
    "ORDER",
    "Subject: Oak Hotel - dairy order w/c 26 April (PO 58812)\n\nGood afternoon,\n\nFor delivery Friday 30th before 7am please:\n\n3 cases free range large (180s)\n20 semi skimmed 4 pint\n10 whole 4 pint\n6 boxes Lurpak portions\n4 cases strawberry yoghurt pots\n4 cases vanilla yoghurt pots\n4 authentic Greek yoghurt 1kg\n4 double cream 2L\n2 brie wheels\n1 mature cheddar 5kg\n6 Lactofree\n1 case Alpro oat\n1 case Alpro soya\n2 boxes clotted cream portions\n\nKind regards,\nPriya Nair\nSous Chef, The Oak Hotel\nTel 020 7946 0418",
    [
        L("EGG-FR-CASE", 3, "Large"),
        L("MLK-SEMI", 20, "4 Pint"),
        L("MLK-WHL", 10, "4 Pint"),
        L("BUT-PORT-LURPAK-100", 6),
        L("YOG-STRAW-12X125", 4),
        L("YOG-VAN-12X125", 4),
        L("YOG-GREEK10-1KG", 4),
        L("CRM-DBL", 4, "2L"),
        L("CHE-BRIE-1KG", 2),
        L("CHE-MATURE", 1, "5kg Block"),
        L("MLK-LACFREE-1L", 6),
        L("PLT-ALPRO-OAT-12X1L", 1),
        L("PLT-ALPRO-SOYA-12X1L", 1),
        L("CRM-CLOTTED-PORT", 2),
    ],
    "PO number, 26, 30th, 7am and phone are not quantities; 180s names the case",
    ["signature", "variant"],
    day=3,
)
m(
    "mill-lane",
    E,
    "ORDER",
    "Hello Churnside,\n\nCould we have the following on Wednesday please?\n3 boxes clotted cream portions, 2 big tubs of clotted cream (907g), 10 semi skimmed 2 pints, a case of salted butter 250g, 2 trays medium free range, 4 x 1L double cream and 6 Jersey gold top.\n\nMany thanks\nHelen\nMill Lane Tearoom",
    [
        L("CRM-CLOTTED-PORT", 3),
        L("CRM-CLOTTED-907", 2),
        L("MLK-SEMI", 10, "2 Pint"),
        L("BUT-SALTED", 1, "40 x 250g"),
        L("EGG-FR-TRAY", 2, "Medium"),
        L("CRM-DBL", 4, "1L"),
        L("MLK-JERSEY-1L", 6),
    ],
    "'Could we have' opens an order",
    ["non_order_request", "variant", "signature"],
    day=0,
)
m(
    "grind-collective",
    W,
    "ORDER",
    "Grind order for Mon: 12 crates millbrook barista whole, 10 oatly barista, 4 minor figures, 1 alpro almond, 1 alpro coconut, 2 x skimmed 4pt. split across the 3 sites as normal",
    [
        L("MLK-BAR-WHL-6X2L", 12),
        L("PLT-OATLY-BAR-6X1L", 10),
        L("PLT-MINOR-OAT-6X1L", 4),
        L("PLT-ALPRO-ALMOND-12X1L", 1),
        L("PLT-ALPRO-COCO-12X1L", 1),
        L("MLK-SKIM", 2, "4 Pint"),
    ],
    "'3 sites' is not a quantity; a crate of millbrook is the 6 x 2L case",
    ["variant"],
    day=4,
)
m(
    "burger-yard",
    W,
    "ORDER",
    "yo need 10 packs cheddar slices 2 emmental slices 1 salted butter 2kg box 2 sour cream 10 buttermilk and 4 trays of large free range for thursday",
    [
        L("CHE-SLICED-CHED", 10),
        L("CHE-EMMENTAL-SL-1KG", 2),
        L("BUT-SALTED", 1, "5 x 2kg"),
        L("CRM-SOURED-2KG", 2),
        L("MLK-BUTTERMILK-1L", 10),
        L("EGG-FR-TRAY", 4, "Large"),
    ],
    "spoken list; '2kg box' picks the 5 x 2kg case of salted butter",
    ["spoken", "variant"],
    day=1,
)
m(
    "st-annes",
    E,
    "ORDER",
    "Subject: Milk and dairy order - St Anne's (account SA-2231)\n\nDear Churnside,\n\nPlease deliver on Monday 3rd May:\n1. Semi-skimmed milk 1 pint x 120\n2. Strawberry yoghurt pots x 10 cases\n3. Vanilla yoghurt pots x 10 cases\n4. Mild cheddar 5kg x 2\n5. Barn eggs mixed weight x 1 case\n6. Baking block x 4\n7. UHT semi skimmed x 2 cases\n\nThank you,\nMrs J. Okafor\nKitchen Manager, St Anne's Primary\n01632 960 000 is our old number, please use 07700 900477",
    [
        L("MLK-SEMI", 120, "1 Pint"),
        L("YOG-STRAW-12X125", 10),
        L("YOG-VAN-12X125", 10),
        L("CHE-MILD-5KG", 2),
        L("EGG-BARN-MIXED-180", 1),
        L("BUT-BAKING-2KG", 4),
        L("MLK-UHT-SEMI-12X1L", 2),
    ],
    "list numbering, account number, date and phones are not quantities",
    ["signature", "variant"],
    day=0,
)
m(
    "meze-house",
    W,
    "ORDER",
    "Hi it's Andreas from Meze House. Friday pls: 3 cases halloumi 250g, 2 feta, 4 labneh, 3 greek style 5kg, 2 trays large free range, 4 semi 4pt",
    [
        L("CHE-HALLOUMI-12X250", 3),
        L("CHE-FETA-2KG", 2),
        L("YOG-LABNEH-1KG", 4),
        L("YOG-GREEKSTYLE", 3, "5kg"),
        L("EGG-FR-TRAY", 2, "Large"),
        L("MLK-SEMI", 4, "4 Pint"),
    ],
    "",
    ["variant"],
    day=2,
)
m(
    "brunch-club",
    W,
    "ORDER",
    "Brunch Club order ☀️ 6 trays very large free range, 4 halloumi blocks, 1 goats cheese log, 6 oatly barista, 10 whole 4 pints, 6 buttermilk, 1 creme fraiche - sat delivery pls",
    [
        L("EGG-FR-TRAY", 6, "Very Large"),
        L("CHE-HALLOUMI-1KG", 4),
        L("CHE-GOATLOG-1KG", 1),
        L("PLT-OATLY-BAR-6X1L", 6),
        L("MLK-WHL", 10, "4 Pint"),
        L("MLK-BUTTERMILK-1L", 6),
        L("CRM-FRAICHE-2KG", 1),
    ],
    "",
    ["variant", "emoji"],
    day=3,
)
m(
    "spice-route",
    W,
    "ORDER",
    "Salaam, order for tuesday: ghee 4 tubs, paneer 10, natural set yoghurt 5kg x6, double cream 2 litre x6, mango lassi 4 cases, whole milk 4 pint x8. Thank you bhai",
    [
        L("BUT-GHEE-2KG", 4),
        L("CHE-PANEER-1KG", 10),
        L("YOG-NATURAL-5KG", 6),
        L("CRM-DBL", 6, "2L"),
        L("YOG-LASSI-12X250", 4),
        L("MLK-WHL", 8, "4 Pint"),
    ],
    "",
    ["variant"],
    day=0,
)
m(
    "kerb-koffee",
    W,
    "ORDER",
    "Hi, we're Kerb Koffee, new cart at Brockley market, set up an account with Sam last week (pay on delivery). First order for Saturday: 6 x 2pt whole milk, 2 x 2pt semi, 1 case oatly barista, 1 box milk portions. Pitch 14 by the station, we're there from 7",
    [
        L("MLK-WHL", 6, "2 Pint"),
        L("MLK-SEMI", 2, "2 Pint"),
        L("PLT-OATLY-BAR-6X1L", 1),
        L("MLK-PORTIONS-120", 1),
    ],
    "first order paid on delivery ships as written; pitch 14 and 7 are not quantities",
    ["new_customer", "variant"],
    day=2,
)
m(
    "rise-knead",
    E,
    "ORDER",
    "Subject: first order - Rise & Knead\n\nHi Sam,\n\nThanks for the call. As agreed we'll pay card on delivery for now. Could you bring on Thursday:\n\n2 x English unsalted butter 40 x 250g\n1 x Beurre sec pastry sheets (10 x 1kg)\n3 trays of medium barn eggs\n4 x whole milk 2 pint\n\nBest,\nNell Agbaje\nRise & Knead Microbakery, Unit 3 Hatchway Yard\n07700 900423",
    [
        L("BUT-UNSALTED", 2, "40 x 250g"),
        L("BUT-SHEET-10X1KG", 1),
        L("EGG-BARN-TRAY", 3, "Medium"),
        L("MLK-WHL", 4, "2 Pint"),
    ],
    "first order paid on delivery ships as written; 10 x 1kg and 40 x 250g are pack notation in names",
    ["new_customer", "variant", "signature", "pack"],
    day=1,
)
m(
    "green-fork",
    W,
    "ORDER",
    "Tom again - could you also send 1 gruyere and 2 goats cheese logs with tmrw's order? cheers",
    [L("CHE-GRUYERE-1KG", 1), L("CHE-GOATLOG-1KG", 2)],
    "an addition to an order is ORDER",
    ["non_order_request"],
    day=1,
)
m(
    "chapel-events",
    E,
    "ORDER",
    "Subject: Wedding 1 May - dairy\n\nHi,\n\nFor the Hartley wedding on Saturday (180 guests) please deliver Friday afternoon to the barn:\n\n4 x double cream 2L\n2 cases free range large (180)\n3 brie wheels\n2 goats cheese logs\n4 boxes Lurpak portions\n2 burrata cases\n\nThanks\nRob Carter\nChapel Yard Events\n07700 900421",
    [
        L("CRM-DBL", 4, "2L"),
        L("EGG-FR-CASE", 2, "Large"),
        L("CHE-BRIE-1KG", 3),
        L("CHE-GOATLOG-1KG", 2),
        L("BUT-PORT-LURPAK-100", 4),
        L("CHE-BURRATA-8X125", 2),
    ],
    "180 guests and the 180 in the case name are not quantities",
    ["signature", "variant", "number_in_name"],
    day=1,
)
m(
    "sunny-side",
    S,
    "ORDER",
    "Add 5 more trays of large barn to tmrw pls, busy bank hol weekend",
    [L("EGG-BARN-TRAY", 5, "Large")],
    "an addition with a reason",
    ["variant"],
    day=4,
)
m(
    "oak-hotel",
    E,
    "ORDER",
    "Hi Churnside team,\n\nA small top-up for tomorrow if possible: 1 tray duck eggs and 1 Stilton half.\n\nPriya\nThe Oak Hotel",
    [L("EGG-DUCK-20", 1), L("CHE-STILTON-2.2KG", 1)],
    "",
    ["signature"],
    day=5,
)
m(
    "grind-collective",
    W,
    "ORDER",
    "Can we get 2 cases millbrook barista semi on top of Monday's please, trialling it at the Deptford site",
    [L("MLK-BAR-SEMI-6X2L", 2)],
    "'Can we get' opens an order",
    ["non_order_request"],
    day=5,
)
m("burger-yard", W, "ORDER", "also 1 red leicester block pls", [L("CHE-REDLEI-2.5KG", 1)], "", [], day=2)
m(
    "mill-lane",
    E,
    "ORDER",
    "Helen here again - please add 1 Wensleydale to Wednesday's delivery, we're doing a cheese scone special. Thanks!",
    [L("CHE-WENSLEY-1KG", 1)],
    "",
    ["signature"],
    day=1,
)
m(
    "meze-house",
    W,
    "ORDER",
    "andreas: 2 kasar and 40 ayran pls with fridays",
    [L("CHE-KASAR-1KG", 2), L("YOG-AYRAN-20X250", 2)],
    "40 ayran = 2 cases of 20",
    ["count"],
    day=3,
)

# ---------------- chunk 2: clean orders (other languages and more English) ----------------
m(
    "trattoria-sole",
    W,
    "ORDER",
    "Ciao! Per lunedì: 6 mozzarella a blocco, 4 casse fior di latte, 2 burrata, 3 parmigiano a pezzo, 2 mascarpone da 2 kg, 2 ricotta, 1 gorgonzola, 6 panna doppia da 1 litro, 3 vassoi uova medie free range. Grazie, Enzo",
    [
        L("CHE-MOZZ-BLOCK-2KG", 6),
        L("CHE-FIOR-12X125", 4),
        L("CHE-BURRATA-8X125", 2),
        L("CHE-PARM-WEDGE-1KG", 3),
        L("CHE-MASCARPONE", 2, "2kg"),
        L("CHE-RICOTTA-1.5KG", 2),
        L("CHE-GORGONZOLA-1.5KG", 1),
        L("CRM-DBL", 6, "1L"),
        L("EGG-FR-TRAY", 3, "Medium"),
    ],
    "Italian; 'a blocco' and 'a pezzo' narrow the families",
    ["multilingual", "variant"],
    day=0,
)
m(
    "caffe-roma",
    W,
    "ORDER",
    "Buongiorno, per martedì 12 latte intero da 4 pinte, 4 parzialmente scremato 4 pinte, 6 mascarpone piccoli da 500g, 1 ricotta, 1 cassa alpro avena e 4 panna da montare da 1L. Grazie mille, Giulia",
    [
        L("MLK-WHL", 12, "4 Pint"),
        L("MLK-SEMI", 4, "4 Pint"),
        L("CHE-MASCARPONE", 6, "500g"),
        L("CHE-RICOTTA-1.5KG", 1),
        L("PLT-ALPRO-OAT-12X1L", 1),
        L("CRM-WHIP", 4, "1L"),
    ],
    "Italian",
    ["multilingual", "variant"],
    day=0,
)
m(
    "anatolia-grill",
    W,
    "ORDER",
    "Merhaba abi, yarın için: 4 kova süzme değil normal yoğurt 5kg, 3 teneke beyaz peynir, 2 kaşar, 6 koli ayran, 3 hellim blok, 1 koli tuzlu tereyağı 2kg'lık, 3 viyol büyük gezen değil barn yumurta. Sağol",
    [
        L("YOG-NATURAL-5KG", 4),
        L("CHE-BEYAZ-2KG", 3),
        L("CHE-KASAR-1KG", 2),
        L("YOG-AYRAN-20X250", 6),
        L("CHE-HALLOUMI-1KG", 3),
        L("BUT-SALTED", 1, "5 x 2kg"),
        L("EGG-BARN-TRAY", 3, "Large"),
    ],
    "Turkish: kova = tub, teneke = tin, koli = case, viyol = tray, hellim = halloumi, büyük = large; 'not free range, barn'",
    ["multilingual", "variant"],
    day=0,
)
m(
    "piekarnia-ola",
    S,
    "ORDER",
    "Dzien dobry, na srode: 2 kartony masla niesolonego 250g, 2 skrzynki jajek mixed 180, 8 mleka 4 pinty pelne, 2 smietany kwasnej, 3 twarozki cottage, 3 smietanki do ubijania 2L, 1 jogurt naturalny 5kg. Ola",
    [
        L("BUT-UNSALTED", 2, "40 x 250g"),
        L("EGG-BARN-MIXED-180", 2),
        L("MLK-WHL", 8, "4 Pint"),
        L("CRM-SOURED-2KG", 2),
        L("CHE-COTTAGE-2KG", 3),
        L("CRM-WHIP", 3, "2L"),
        L("YOG-NATURAL-5KG", 1),
    ],
    "Polish without diacritics; 'cottage' names cottage cheese (twaróg is not stocked, but the customer says cottage)",
    ["multilingual", "variant"],
    day=0,
)
m(
    "padaria-lisboa",
    W,
    "ORDER",
    "Bom dia! Para segunda: 12 leite meio gordo 4 pints, 6 leite gordo 4 pints, 1 caixa de 180 ovos médios free range, 1 caixa manteiga com sal 250g, 6 natas para bater 1L, 1 queijo creme full fat, 1 caixa leite condensado. Obrigado, Rui",
    [
        L("MLK-SEMI", 12, "4 Pint"),
        L("MLK-WHL", 6, "4 Pint"),
        L("EGG-FR-CASE", 1, "Medium"),
        L("BUT-SALTED", 1, "40 x 250g"),
        L("CRM-WHIP", 6, "1L"),
        L("CHE-SOFT-FULL-2KG", 1),
        L("MLK-CONDENSED-12X397", 1),
    ],
    "Portuguese; 'queijo creme full fat' names the full fat soft cheese",
    ["multilingual", "variant"],
    day=0,
)
m(
    "petite-patisserie",
    E,
    "ORDER",
    "Objet : Commande jeudi 29\n\nBonjour,\n\nPour jeudi merci de livrer :\n- 6 cartons de beurre sec en plaques\n- 2 cartons de beurre doux 5 x 2 kg\n- 4 cartons de crème Elle & Vire Excellence 35%\n- 3 mascarpone 2 kg\n- 6 jaunes d'oeufs liquides 1L\n- 4 blancs d'oeufs 1L\n- 6 lait entier 4 pintes\n- 2 crème fraîche 2 kg\n\nCordialement,\nAmélie Durand\nLa Petite Pâtisserie - 22 Rue... pardon, 22 Marlow Road\n07700 900409",
    [
        L("BUT-SHEET-10X1KG", 6),
        L("BUT-UNSALTED", 2, "5 x 2kg"),
        L("CRM-EV-WHIP-6X1L", 4),
        L("CHE-MASCARPONE", 3, "2kg"),
        L("EGG-LIQ-YOLK-1L", 6),
        L("EGG-LIQ-WHITE-1L", 4),
        L("MLK-WHL", 6, "4 Pint"),
        L("CRM-FRAICHE-2KG", 2),
    ],
    "French; 29, 35%, 22 and the phone are not quantities; 'beurre doux' is unsalted",
    ["multilingual", "variant", "signature", "number_in_name"],
    day=1,
)
m(
    "tapas-alegria",
    W,
    "ORDER",
    "Hola! Para el miércoles: 3 manchegos, 6 bandejas de huevos grandes camperos, 6 leches semidesnatadas de 2 pintas, 4 natas líquidas 1L, 1 caja mantequilla con sal 250g y 3 yogur griego estilo 1kg. Gracias!",
    [
        L("CHE-MANCHEGO-1KG", 3),
        L("EGG-FR-TRAY", 6, "Large"),
        L("MLK-SEMI", 6, "2 Pint"),
        L("CRM-SGL", 4, "1L"),
        L("BUT-SALTED", 1, "40 x 250g"),
        L("YOG-GREEKSTYLE", 3, "1kg"),
    ],
    "Spanish; huevos camperos = free range, bandeja = tray, nata líquida = single cream",
    ["multilingual", "variant"],
    day=1,
)
m(
    "polska-deli",
    W,
    "ORDER",
    "Czesc, na piatek prosze: 2 serki cottage, 3 smietana kwasna, 6 mleko pelne 2 pinty, 8 maslanki, 2 wytlaczanki jajek medium barn, 1 jogurt naturalny duzy, 6 kefir. Dzieki!",
    [
        L("CHE-COTTAGE-2KG", 2),
        L("CRM-SOURED-2KG", 3),
        L("MLK-WHL", 6, "2 Pint"),
        L("MLK-BUTTERMILK-1L", 8),
        L("EGG-BARN-TRAY", 2, "Medium"),
        L("YOG-NATURAL-5KG", 1),
        L("YOG-KEFIR-1L", 6),
    ],
    "Polish; maślanka = buttermilk, wytłaczanka = tray; 'jogurt naturalny duży' is the 5kg natural set tub",
    ["multilingual", "variant"],
    day=4,
)
m(
    "tapas-alegria",
    W,
    "ORDER",
    "Perdona, añade 2 quesos de cabra en rulo al pedido del miércoles",
    [L("CHE-GOATLOG-1KG", 2)],
    "Spanish; an addition",
    ["multilingual"],
    day=1,
)
m(
    "trattoria-sole",
    W,
    "ORDER",
    "Enzo: aggiungi 2 grana padano per favore",
    [L("CHE-GRANA-1KG", 2)],
    "Italian",
    ["multilingual"],
    day=1,
)
m(
    "petite-patisserie",
    E,
    "ORDER",
    "Bonjour, pouvez-vous ajouter 1 carton de crème de cuisson Elle & Vire à la livraison de jeudi ? Merci, Amélie",
    [L("CRM-EV-COOK-6X1L", 1)],
    "French; 'pouvez-vous ajouter' is an order",
    ["multilingual", "non_order_request"],
    day=2,
)
m(
    "anatolia-grill",
    W,
    "ORDER",
    "Abi 2 kova labne de ekle yarına",
    [L("YOG-LABNEH-1KG", 2)],
    "Turkish; an addition",
    ["multilingual"],
    day=0,
)
m(
    "padaria-lisboa",
    W,
    "ORDER",
    "Pode mandar também 1 caixa de leite evaporado na segunda? Obrigado",
    [L("MLK-EVAP-12X410", 1)],
    "Portuguese; 'pode mandar' is an order",
    ["multilingual", "non_order_request"],
    day=0,
)
m(
    "spice-route",
    W,
    "ORDER",
    "bhai add 2 single cream 2L as well and 1 cottage cheese",
    [L("CRM-SGL", 2, "2L"), L("CHE-COTTAGE-2KG", 1)],
    "",
    ["variant"],
    day=0,
)
m(
    "brunch-club",
    W,
    "ORDER",
    "one more thing - two tubs of feta and a tray of quail eggs... no sorry make that 3 packs of quail eggs",
    [L("CHE-FETA-2KG", 2), L("EGG-QUAIL-12", 3)],
    "self-correction: quail eggs come in packs of 12; the correction replaces the tray",
    ["self_correction", "spoken"],
    day=3,
)
m(
    "st-annes",
    E,
    "ORDER",
    "Hello, could we also have 2 bags of grated cheddar on Monday for the jacket potatoes? Thanks, J Okafor",
    [L("CHE-GRATED-CHED-2KG", 2)],
    "",
    ["non_order_request"],
    day=1,
)
m(
    "bean-there",
    W,
    "ORDER",
    "pls send 1 feta and 2 tubs of the proper greek yoghurt 10% with tmrw thanks x",
    [L("CHE-FETA-2KG", 1), L("YOG-GREEK10-1KG", 2)],
    "10% is in the name",
    ["number_in_name"],
    day=4,
)
m(
    "crumb-co",
    E,
    "ORDER",
    "Hi, a quick extra for Tuesday: 4 x buttermilk 1L and 1 clotted cream 907g tub. Thanks, Marta",
    [L("MLK-BUTTERMILK-1L", 4), L("CRM-CLOTTED-907", 1)],
    "",
    ["number_in_name"],
    day=0,
)
m(
    "oak-hotel",
    E,
    "ORDER",
    "Subject: Afternoon tea Sunday\n\nPlease add to Friday: 2 boxes of clotted cream portions and 2 cases of Anchor squirty cream.\n\nPriya",
    [L("CRM-CLOTTED-PORT", 2), L("CRM-AEROSOL-12X500", 2)],
    "",
    [],
    day=2,
)
m(
    "sunny-side",
    S,
    "ORDER",
    "dave again - top up 2 boxes of the little milk pots + 1 box butter pats",
    [L("MLK-PORTIONS-120", 2), L("BUT-PORT-SALTED-100", 1)],
    "'butter portions' is the salted box (Lurpak carries its brand)",
    [],
    day=2,
)
m(
    "kerb-koffee",
    W,
    "ORDER",
    "Sat went great!! For next Sat can we do 10 x 2 pint whole, 3 x 2 pint semi, 2 cases oatly barista, 1 case alpro almond pls",
    [
        L("MLK-WHL", 10, "2 Pint"),
        L("MLK-SEMI", 3, "2 Pint"),
        L("PLT-OATLY-BAR-6X1L", 2),
        L("PLT-ALPRO-ALMOND-12X1L", 1),
    ],
    "",
    ["new_customer", "variant"],
    day=5,
)
m(
    "chapel-events",
    E,
    "ORDER",
    "Rob again - for the Sunday christening lunch (60 guests), please add 3 authentic greek yoghurt tubs and 2 manchego. Same drop on Friday.",
    [L("YOG-GREEK10-1KG", 3), L("CHE-MANCHEGO-1KG", 2)],
    "60 guests is not a quantity",
    [],
    day=2,
)
m(
    "slice-house",
    S,
    "ORDER",
    "slice house - 2 goats cheese logs thurs pls",
    [L("CHE-GOATLOG-1KG", 2)],
    "",
    [],
    day=1,
)
m(
    "meze-house",
    W,
    "ORDER",
    "pls add 1 cottage cheese and 2 tubs of greek feta",
    [L("CHE-COTTAGE-2KG", 1), L("CHE-FETA-2KG", 2)],
    "",
    [],
    day=3,
)
m(
    "green-fork",
    W,
    "ORDER",
    "Also 2 x 1kg parmigiano reggiano wedges please, we're out",
    [L("CHE-PARM-WEDGE-1KG", 2)],
    "1kg is in the name",
    ["number_in_name"],
    day=4,
)
m(
    "grind-collective",
    W,
    "ORDER",
    "Hey Sam, Dalston site is short. Could you drop 4 oatly barista + 2 crates millbrook whole there today if the van's passing? Happy to pay the usual drop fee",
    [L("PLT-OATLY-BAR-6X1L", 4), L("MLK-BAR-WHL-6X2L", 2)],
    "'the usual drop fee' is not a reference to an order",
    ["non_order_request"],
    day=2,
)
m(
    "burger-yard",
    W,
    "ORDER",
    "Hey can i get 2 more cases of oatly oat drink original for the shakes",
    [L("PLT-OATLY-ORIG-6X1L", 2)],
    "'can i get' opens an order",
    ["non_order_request"],
    day=4,
)
m(
    "piekarnia-ola",
    S,
    "ORDER",
    "Ola: dodatkowo 6 maslanek 1L na srode",
    [L("MLK-BUTTERMILK-1L", 6)],
    "Polish; an addition",
    ["multilingual"],
    day=0,
)
m(
    "caffe-roma",
    W,
    "ORDER",
    "Giulia: aggiungi una cassa di mozzarella di bufala per martedì, grazie",
    [L("CHE-BUFFALO-8X125", 1)],
    "Italian",
    ["multilingual"],
    day=0,
)

# ---------------- chunk 3: orders that need review ----------------
EGGTRAYS = ["EGG-FR-TRAY", "EGG-BARN-TRAY", "EGG-ORG-TRAY-M"]
EGGCASES = ["EGG-FR-CASE", "EGG-BARN-MIXED-180"]
SHELL = ["EGG-FR-TRAY", "EGG-BARN-TRAY", "EGG-ORG-TRAY-M", "EGG-FR-CASE", "EGG-BARN-MIXED-180"]
m(
    "trattoria-sole",
    W,
    "ORDER",
    "Enzo qui. Mozzarella x6 e 2 burrata per domani, grazie",
    [A(6, MOZZ), L("CHE-BURRATA-8X125", 2)],
    "Italian; bare 'mozzarella': block, grated, fior di latte or buffalo",
    ["multilingual", "family"],
    day=2,
)
m(
    "slice-house",
    S,
    "ORDER",
    "need 10 mozzarella for sat, big weekend",
    [A(10, MOZZ)],
    "bare 'mozzarella'",
    ["family"],
    day=3,
)
m(
    "green-fork",
    W,
    "ORDER",
    "2 parmesan and 1 gruyere for tmrw pls",
    [A(2, PARM), L("CHE-GRUYERE-1KG", 1)],
    "'parmesan' is the wedge or the grated bag",
    ["family"],
    day=5,
)
m(
    "meze-house",
    W,
    "ORDER",
    "halloumi x3 pls for friday",
    [A(3, HALL)],
    "halloumi 12 x 250g case or 1kg block",
    ["family"],
    day=1,
)
m(
    "brunch-club",
    W,
    "ORDER",
    "can you send 4 halloumi and 6 buttermilk tomorrow",
    [A(4, HALL), L("MLK-BUTTERMILK-1L", 6)],
    "",
    ["family", "non_order_request"],
    day=0,
)
m(
    "anatolia-grill",
    W,
    "ORDER",
    "Abi 3 hellim ekle lütfen",
    [A(3, HALL)],
    "Turkish; hellim = halloumi, no format",
    ["multilingual", "family"],
    day=2,
)
m(
    "bean-there",
    W,
    "ORDER",
    "and 4 oat milks pls, the barista ones",
    [A(None, ["PLT-OATLY-BAR-6X1L", "PLT-ALPRO-OAT-12X1L", "PLT-MINOR-OAT-6X1L"])],
    "barista oat milk is Oatly, Alpro or Minor Figures; 4 cartons is not a whole number of cases (or 4 cases?): not a whole number",
    ["container", "count"],
    day=1,
    nohist=True,
)
m(
    "grind-collective",
    W,
    "ORDER",
    "extra 10 oatly for the weekend pls",
    [A(10, OATLY)],
    "'oatly' is Barista Edition or Original",
    ["family"],
    day=4,
)
m(
    "oak-hotel",
    E,
    "ORDER",
    "Hi, please add 2 cases of Alpro to Friday's order. Thanks, Priya",
    [A(2, ALPRO)],
    "Alpro oat, soya, almond or coconut",
    ["family", "signature"],
    day=1,
)
m(
    "mill-lane",
    E,
    "ORDER",
    "Hello, clotted cream x 3 please for Wednesday, it's going to be a sunny one! Helen",
    [A(3, CLOT)],
    "the 907g tub or the box of portions",
    ["family", "signature"],
    day=0,
)
m(
    "green-fork",
    W,
    "ORDER",
    "4 double cream and 1 salted butter thx",
    [L("CRM-DBL", 4), L("BUT-SALTED", 1)],
    "double cream 1L/2L/5L and salted butter 250g/2kg not given",
    ["variant"],
    day=2,
)
m(
    "crumb-co",
    E,
    "ORDER",
    "Hi - can you add double cream x2 for Tuesday? Marta",
    [L("CRM-DBL", 2)],
    "size not given",
    ["variant", "non_order_request"],
    day=0,
)
m(
    "trattoria-sole",
    W,
    "ORDER",
    "Per favore altre 6 panna doppia per sabato",
    [L("CRM-DBL", 6)],
    "Italian; size not given",
    ["multilingual", "variant"],
    day=3,
)
m(
    "spice-route",
    W,
    "ORDER",
    "bhai 6 double cream and 4 paneer extra for friday, big party booking",
    [L("CRM-DBL", 6), L("CHE-PANEER-1KG", 4)],
    "size not given; 'big party' is a reason",
    ["variant"],
    day=2,
)
m(
    "oak-hotel",
    E,
    "ORDER",
    "Also 10 whole milk and 2 Brie please, Priya",
    [L("MLK-WHL", 10), L("CHE-BRIE-1KG", 2)],
    "pint size not given",
    ["variant"],
    day=4,
)
m(
    "tapas-alegria",
    W,
    "ORDER",
    "Y 6 leches semidesnatadas más para el viernes por favor",
    [L("MLK-SEMI", 6)],
    "Spanish; size not given",
    ["multilingual", "variant"],
    day=3,
)
m(
    "mill-lane",
    E,
    "ORDER",
    "Could you pop 10 semi skimmed on Wednesday's van as well? Thank you, Helen",
    [L("MLK-SEMI", 10)],
    "pint size not given",
    ["variant", "non_order_request"],
    day=0,
)
m(
    "polska-deli",
    W,
    "ORDER",
    "Prosze jeszcze 6 mleka na piatek",
    [A(6, FRESHMILK)],
    "Polish; bare 'mleko' (milk)",
    ["multilingual", "family"],
    day=3,
)
m("sunny-side", S, "ORDER", "eggs x10 for mon pls dave", [A(10, SHELL)], "bare 'eggs'", ["family"], day=5)
m(
    "piekarnia-ola",
    S,
    "ORDER",
    "Ola: 2 skrzynki jajek na piatek",
    [A(2, EGGCASES)],
    "Polish; 'skrzynki' (cases): free range 180 or barn mixed weight 180",
    ["multilingual", "family"],
    day=2,
)
m(
    "tapas-alegria",
    W,
    "ORDER",
    "6 bandejas de huevos para el sábado",
    [A(6, EGGTRAYS)],
    "Spanish; trays of eggs, kind and size not given",
    ["multilingual", "family"],
    day=4,
)
m(
    "caffe-roma",
    W,
    "ORDER",
    "Giulia: 12 latte per giovedì",
    [A(12, FRESHMILK)],
    "Italian; bare 'latte' (milk)",
    ["multilingual", "family"],
    day=1,
)
m(
    "st-annes",
    E,
    "ORDER",
    "Dear Churnside, please could we have 20 cases of yoghurts for Monday (fruit week!). Regards, J Okafor",
    [A(20, YOGPOTS)],
    "strawberry or vanilla pots",
    ["family", "signature", "non_order_request"],
    day=2,
)
m(
    "oak-hotel",
    E,
    "ORDER",
    "Please include 4 Greek yoghurt with Friday's delivery.",
    [A(4, GREEKY)],
    "Greek style or authentic Greek 10%",
    ["family"],
    day=0,
)
m(
    "tapas-alegria",
    W,
    "ORDER",
    "3 yogur griego también",
    [A(3, GREEKY)],
    "Spanish; Greek style or authentic",
    ["multilingual", "family"],
    day=1,
)
m(
    "anatolia-grill",
    W,
    "ORDER",
    "1 koli tereyağı yarına lütfen",
    [A(1, BUTTER)],
    "Turkish; tereyağı = butter, which butter not given",
    ["multilingual", "family"],
    day=3,
)
m(
    "petite-patisserie",
    E,
    "ORDER",
    "Bonjour, ajoutez 4 cartons de crème Elle & Vire svp. Amélie",
    [A(4, EV)],
    "French; whipping or cooking",
    ["multilingual", "family"],
    day=3,
)
m(
    "burger-yard",
    W,
    "ORDER",
    "1 cheddar block for thurs too",
    [A(1, CHED)],
    "mild, mature or extra mature block",
    ["family"],
    day=1,
)
m(
    "green-fork",
    W,
    "ORDER",
    "1 cheddar pls and a creme fraiche",
    [A(1, CHED), L("CRM-FRAICHE-2KG", 1)],
    "",
    ["family"],
    day=3,
)
m(
    "brunch-club",
    W,
    "ORDER",
    "6 trays free range for sat 🍳",
    [L("EGG-FR-TRAY", 6)],
    "size not given",
    ["variant", "emoji"],
    day=4,
)
m(
    "oak-hotel",
    E,
    "ORDER",
    "Subject: eggs\n\n3 cases of free range for Monday please.\n\nPriya Nair\nThe Oak Hotel, 9 Castle Hill",
    [L("EGG-FR-CASE", 3)],
    "size not given; 9 is a street number",
    ["variant", "signature"],
    day=4,
)
m(
    "kerb-koffee",
    W,
    "ORDER",
    "also 2 oat milk please",
    [A(2, OATM)],
    "which oat milk not given; first-time customer",
    ["family", "new_customer"],
    day=2,
)
m(
    "rise-knead",
    E,
    "ORDER",
    "Hi Sam, could you add milk x6 to Thursday? Nell",
    [A(6, FRESHMILK)],
    "bare milk, first-time customer",
    ["family", "new_customer"],
    day=1,
)
m(
    "bean-there",
    W,
    "ORDER",
    "could i get 2 large double creams with tomorrows",
    [L("CRM-DBL", 2)],
    "'large' fits 2L and 5L: size word does not select a variant",
    ["variant", "non_order_request"],
    day=2,
    nofill=True,
)
m(
    "sunny-side",
    S,
    "ORDER",
    "4 red top milk pls",
    [L("MLK-SKIM", 4)],
    "red top = skimmed; 2pt or 4pt not given",
    ["variant"],
    day=1,
)
m(
    "green-fork",
    W,
    "ORDER",
    "4 trays of eggs large",
    [A(4, ["EGG-FR-TRAY", "EGG-BARN-TRAY"], "Large")],
    "large free range or large barn",
    ["family", "variant"],
    day=0,
)
m(
    "padaria-lisboa",
    W,
    "ORDER",
    "Rui: 2 tabuleiros de ovos médios",
    [A(2, EGGTRAYS, "Medium")],
    "Portuguese; medium trays: free range, barn or organic",
    ["multilingual", "family", "variant"],
    day=3,
)

# not in catalog
m(
    "piekarnia-ola",
    S,
    "ORDER",
    "Ola: na piatek 5kg twarogu poltlustego i 2 smietany kwasne",
    [N(5, "twarog"), L("CRM-SOURED-2KG", 2)],
    "Polish; twaróg (quark) is not in catalog; cottage cheese is a different product",
    ["multilingual", "not_in_catalog"],
    day=2,
)
m(
    "anatolia-grill",
    W,
    "ORDER",
    "Abi kaymak var mı? 2 kutu kaymak ve 2 koli ayran gönder",
    [N(2, "kaymak"), L("YOG-AYRAN-20X250", 2)],
    "Turkish; kaymak is not in catalog (clotted cream is a different product)",
    ["multilingual", "not_in_catalog"],
    day=1,
)
m(
    "brunch-club",
    W,
    "ORDER",
    "Can you add 3 tubs of skyr and 1 more goats cheese log",
    [N(3, "skyr"), L("CHE-GOATLOG-1KG", 1)],
    "skyr not in catalog",
    ["not_in_catalog", "non_order_request"],
    day=1,
)
m(
    "trattoria-sole",
    W,
    "ORDER",
    "2 pecorino romano e 3 scamorza affumicata per venerdì",
    [N(2, "pecorino"), N(3, "scamorza")],
    "Italian; neither is in catalog",
    ["multilingual", "not_in_catalog"],
    day=3,
)
m(
    "grind-collective",
    W,
    "ORDER",
    "add 3 cases rude health almond + 2 cases alpro almond",
    [N(3, "rude health almond"), L("PLT-ALPRO-ALMOND-12X1L", 2)],
    "Rude Health not in catalog",
    ["not_in_catalog"],
    day=1,
)
m(
    "petite-patisserie",
    E,
    "ORDER",
    "Bonjour, pour jeudi 2 kg de beurre de baratte AOP Charentes-Poitou et 4 crème fraîche. Merci",
    [N(2, "beurre AOP"), L("CRM-FRAICHE-2KG", 4)],
    "French; AOP Charentes butter not in catalog (no substitute)",
    ["multilingual", "not_in_catalog"],
    day=4,
)
m(
    "burger-yard",
    W,
    "ORDER",
    "need 4 bags vegan cheese slices and 10 buttermilk",
    [N(4, "vegan slices"), L("MLK-BUTTERMILK-1L", 10)],
    "vegan cheese not in catalog",
    ["not_in_catalog"],
    day=3,
)

# references
m(
    "bean-there",
    W,
    "ORDER",
    "usual for wednesday pls + a box of butter portions extra",
    [L("BUT-PORT-SALTED-100", 1)],
    "reference to the usual basket",
    ["reference"],
    day=0,
    ref=("usual", {"add": [L("BUT-PORT-SALTED-100", 1)]}),
)
m(
    "sunny-side",
    S,
    "ORDER",
    "same as last week dave",
    [],
    "reference to last week's order",
    ["reference"],
    day=6,
    ref=("last", {}),
)
m(
    "green-fork",
    W,
    "ORDER",
    "same as last week but 6 double cream 2L instead of 4 and no stilton",
    [L("CRM-DBL", 6, "2L")],
    "new quantity and a removal",
    ["reference"],
    day=6,
    ref=("last", {"set": [L("CRM-DBL", 6, "2L")], "remove": ["CHE-STILTON-2.2KG"]}),
)
m(
    "crumb-co",
    E,
    "ORDER",
    "Subject: Re: Tuesday\n\nUsual please for Tuesday, but 6 boxes of butter sheets instead of 4 - croissant week.\n\nMarta",
    [L("BUT-SHEET-10X1KG", 6)],
    "",
    ["reference", "signature"],
    day=6,
    ref=("usual", {"set": [L("BUT-SHEET-10X1KG", 6)]}),
)
m(
    "trattoria-sole",
    W,
    "ORDER",
    "Come al solito per lunedì, ma doppia burrata",
    [],
    "Italian; 'double the burrata' gives no line without history",
    ["multilingual", "reference"],
    day=6,
    ref=("usual", {"double": ["CHE-BURRATA-8X125"]}),
)
m(
    "piekarnia-ola",
    S,
    "ORDER",
    "To samo co zawsze na srode, dzieki",
    [],
    "Polish; 'same as always'",
    ["multilingual", "reference"],
    day=6,
    ref=("usual", {}),
)
m(
    "padaria-lisboa",
    W,
    "ORDER",
    "O mesmo da semana passada, mas sem as natas e com mais 2 caixas de manteiga com sal 250g",
    [L("BUT-SALTED", 2, "40 x 250g")],
    "Portuguese; removal and addition",
    ["multilingual", "reference"],
    day=6,
    ref=("last", {"remove": ["CRM-WHIP"], "add": [L("BUT-SALTED", 2, "40 x 250g")]}),
)
m(
    "petite-patisserie",
    E,
    "ORDER",
    "Bonjour, comme d'habitude pour jeudi prochain svp, avec 2 cartons de plaques de beurre en plus. Amélie",
    [L("BUT-SHEET-10X1KG", 2)],
    "French",
    ["multilingual", "reference"],
    day=5,
    ref=("usual", {"add": [L("BUT-SHEET-10X1KG", 2)]}),
)
m(
    "tapas-alegria",
    W,
    "ORDER",
    "Lo de siempre para el miércoles, gracias!",
    [],
    "Spanish",
    ["multilingual", "reference"],
    day=5,
    ref=("usual", {}),
)
m(
    "oak-hotel",
    E,
    "ORDER",
    "Subject: Standing order\n\nSame as last Friday please, but double the lactofree (wedding guests with allergies).\n\nPriya",
    [],
    "",
    ["reference"],
    day=5,
    ref=("last", {"double": ["MLK-LACFREE-1L"]}),
)
m(
    "anatolia-grill",
    W,
    "ORDER",
    "Abi her zamanki gibi, artı 2 kova labne",
    [L("YOG-LABNEH-1KG", 2)],
    "Turkish; 'as always, plus 2 labneh'",
    ["multilingual", "reference"],
    day=6,
    ref=("usual", {"add": [L("YOG-LABNEH-1KG", 2)]}),
)
m(
    "grind-collective",
    W,
    "ORDER",
    "usual for monday + 2 oatly",
    [A(2, OATLY)],
    "the addition is a family word",
    ["reference", "family"],
    day=6,
    ref=("usual", {"add": [A(2, OATLY)]}),
)
m(
    "chapel-events",
    E,
    "ORDER",
    "Hi, can we have our usual event order for the Saturday do? Rob",
    [],
    "an events caterer whose orders never repeat: no usual basket",
    ["reference", "ambiguous_reference"],
    day=3,
    ref=("usual", {}),
)
m(
    "kerb-koffee",
    W,
    "ORDER",
    "Same as my first order again please for Saturday",
    [],
    "first-time customer: messages are not history",
    ["reference", "ambiguous_reference", "new_customer"],
    day=6,
    ref=("last", {}),
)
m(
    "spice-route",
    W,
    "ORDER",
    "same as last tuesday bhai but 12 paneer",
    [L("CHE-PANEER-1KG", 12)],
    "",
    ["reference"],
    day=5,
    ref=("last", {"set": [L("CHE-PANEER-1KG", 12)]}),
)
m("meze-house", W, "ORDER", "Usual please Andreas", [], "", ["reference"], day=4, ref=("usual", {}))

# counts, fractions, ranges, conditionals, outliers, spoken splits
m(
    "oak-hotel",
    E,
    "ORDER",
    "Could we get 6 cans of squirty cream for the weekend?",
    [L("CRM-AEROSOL-12X500", None)],
    "6 cans is half a case of 12: not a whole number",
    ["container", "non_order_request"],
    day=1,
    nohist=True,
)
m(
    "brunch-club",
    W,
    "ORDER",
    "Mia here, we're short!! need 24 large free range eggs asap",
    [L("EGG-FR-TRAY", None, "Large")],
    "24 eggs is 0.8 of a tray of 30: not a whole number",
    ["count"],
    day=5,
    nohist=True,
)
m(
    "bean-there",
    W,
    "ORDER",
    "fri: 90 eggs, large free range pls, quiche day 🥧",
    [L("EGG-FR-TRAY", 3, "Large")],
    "90 eggs = 3 trays of 30 (not a whole number of cases of 180)",
    ["count", "variant"],
    day=3,
)
m(
    "green-fork",
    W,
    "ORDER",
    "360 large free range eggs for the brunch event sunday",
    [A(None, FRTRAY_CASE, "Large")],
    "12 trays or 2 cases of 180: the quantity depends on the candidate, quantities not stated in one selling unit",
    ["count", "family"],
    day=4,
    nohist=True,
)
m(
    "meze-house",
    W,
    "ORDER",
    "half a case of ayran and 2 labneh",
    [L("YOG-AYRAN-20X250", 0.5), L("YOG-LABNEH-1KG", 2)],
    "0.5 of an indivisible case: review",
    ["count"],
    review=True,
    day=2,
    nohist=True,
)
m(
    "st-annes",
    E,
    "ORDER",
    "Please also send 30 strawberry yoghurt pots for Tuesday's trip. J Okafor",
    [L("YOG-STRAW-12X125", None)],
    "30 pots is 2.5 cases: not a whole number",
    ["count"],
    day=0,
    nohist=True,
)
m(
    "spice-route",
    W,
    "ORDER",
    "48 mango lassi for friday",
    [L("YOG-LASSI-12X250", 4)],
    "48 bottles = 4 cases of 12",
    ["count"],
    day=1,
)
m(
    "sunny-side",
    S,
    "ORDER",
    "240 milk portions and 200 butter portions thx",
    [L("MLK-PORTIONS-120", 2), L("BUT-PORT-SALTED-100", 2)],
    "counts = 2 boxes each",
    ["count"],
    day=3,
)
m(
    "tapas-alegria",
    W,
    "ORDER",
    "2 cartones de nata liquida 1L",
    [L("CRM-SGL", 2, "1L")],
    "Spanish; single cream is sold each, so 2 cartons = 2",
    ["multilingual", "variant"],
    day=2,
)
m(
    "burger-yard",
    W,
    "ORDER",
    "3 or 4 trays large free range depending on how we go, will confirm",
    [L("EGG-FR-TRAY", None, "Large")],
    "range: quantities not stated",
    ["range"],
    day=2,
    nohist=True,
)
m(
    "trattoria-sole",
    W,
    "ORDER",
    "Se avete le burrata questa settimana mandatene 3 casse, altrimenti niente",
    [L("CHE-BURRATA-8X125", 3)],
    "Italian; conditional order",
    ["multilingual", "conditional"],
    review=True,
    day=1,
    nohist=True,
)
m(
    "sunny-side",
    S,
    "ORDER",
    "send 50 trays large barn eggs tmrw",
    [L("EGG-BARN-TRAY", 50, "Large")],
    "no reason given; usual is 10",
    ["outlier"],
    day=2,
    outlier=True,
)
m(
    "oak-hotel",
    E,
    "ORDER",
    "Please send 30 cases of vanilla yoghurt pots on Friday.",
    [L("YOG-VAN-12X125", 30)],
    "no reason given; usual is 4",
    ["outlier"],
    day=3,
    outlier=True,
)
m(
    "kerb-koffee",
    W,
    "ORDER",
    "i'd like three cases oatly barista a box of milk portions and two semi two pints",
    [L("PLT-OATLY-BAR-6X1L", 3), L("MLK-PORTIONS-120", 1), L("MLK-SEMI", 2, "2 Pint")],
    "spoken list: 'a' and number words start items; 'i'd like' is an opener",
    ["spoken", "variant", "new_customer"],
    day=4,
)
m(
    "brunch-club",
    W,
    "ORDER",
    "hey its mia voice note sorry two halloumi blocks a creme fraiche six whole four pints and a goats log",
    [L("CHE-HALLOUMI-1KG", 2), L("CRM-FRAICHE-2KG", 1), L("MLK-WHL", 6, "4 Pint"), L("CHE-GOATLOG-1KG", 1)],
    "voice note without commas",
    ["spoken", "variant"],
    day=2,
)
m(
    "spice-route",
    W,
    "ORDER",
    "for friday to ghee for paneer and a natural yoghurt",
    [L("BUT-GHEE-2KG", 2), L("CHE-PANEER-1KG", 4), L("YOG-NATURAL-5KG", 1)],
    "voice-to-text homophones: 'to' = two, 'for' = four; 'natural yoghurt' is the set yoghurt tub (low fat carries its words)",
    ["spoken", "homophone"],
    day=4,
)

# ---------------- chunk 4: more clean orders ----------------
m(
    "bean-there",
    W,
    "ORDER",
    "Jess here 👋 for Monday: 22 blue 4pt, 6 green 4pt, 5 oatly barista, 1 alpro soya, 2 trays large FR. ta",
    [
        L("MLK-WHL", 22, "4 Pint"),
        L("MLK-SEMI", 6, "4 Pint"),
        L("PLT-OATLY-BAR-6X1L", 5),
        L("PLT-ALPRO-SOYA-12X1L", 1),
        L("EGG-FR-TRAY", 2, "Large"),
    ],
    "blue = whole, green = semi-skimmed (bottle-top colours)",
    ["variant", "emoji"],
    day=6,
)
m(
    "slice-house",
    S,
    "ORDER",
    "Slice House order: 14 x grated mozzarella 2kg, 2 x grated cheddar, 1 feta tub, 2 sour cream. Thurs am",
    [L("CHE-MOZZ-GRATED-2KG", 14), L("CHE-GRATED-CHED-2KG", 2), L("CHE-FETA-2KG", 1), L("CRM-SOURED-2KG", 2)],
    "2kg is in the name",
    ["number_in_name"],
    day=5,
)
m(
    "meze-house",
    W,
    "ORDER",
    "Andreas - next Friday similar: halloumi 250g x4 cs, feta x2, labneh x5, greek style 5kg x3, FR large x2 trays, semi 4 pint x4 🙏 thanks my friend",
    [
        L("CHE-HALLOUMI-12X250", 4),
        L("CHE-FETA-2KG", 2),
        L("YOG-LABNEH-1KG", 5),
        L("YOG-GREEKSTYLE", 3, "5kg"),
        L("EGG-FR-TRAY", 2, "Large"),
        L("MLK-SEMI", 4, "4 Pint"),
    ],
    "",
    ["variant", "pack"],
    day=5,
)
m(
    "st-annes",
    E,
    "ORDER",
    "Subject: Order for Monday 10 May\n\nDear Churnside,\n\n120 x semi skimmed 1 pint\n10 cases strawberry pots\n10 cases vanilla pots\n2 x mild cheddar 5kg\n1 case barn eggs mixed weight\n\nMany thanks,\nJ Okafor",
    [
        L("MLK-SEMI", 120, "1 Pint"),
        L("YOG-STRAW-12X125", 10),
        L("YOG-VAN-12X125", 10),
        L("CHE-MILD-5KG", 2),
        L("EGG-BARN-MIXED-180", 1),
    ],
    "10 May is a date",
    ["variant", "signature"],
    day=4,
)
m(
    "caffe-roma",
    W,
    "ORDER",
    "Buongiorno! Per giovedì: 10 intero 4 pinte, 2 mascarpone grandi 2kg, 1 cassa minor figures. Grazie",
    [L("MLK-WHL", 10, "4 Pint"), L("CHE-MASCARPONE", 2, "2kg"), L("PLT-MINOR-OAT-6X1L", 1)],
    "Italian",
    ["multilingual", "variant"],
    day=1,
)
m(
    "petite-patisserie",
    E,
    "ORDER",
    "Bonjour, un petit complément pour samedi : 2 bidons d'oeuf entier liquide 2L et 1 ricotta. Merci !",
    [L("EGG-LIQ-WHOLE", 2, "2L"), L("CHE-RICOTTA-1.5KG", 1)],
    "French",
    ["multilingual", "variant"],
    day=4,
)
m(
    "padaria-lisboa",
    W,
    "ORDER",
    "Rui aqui. Para quinta: 8 leite meio gordo 4 pints e 1 caixa de 180 ovos médios. Obrigado",
    [L("MLK-SEMI", 8, "4 Pint"), L("EGG-FR-CASE", 1, "Medium")],
    "Portuguese; 180 is in the name; the padaria buys free range medium cases, and 'caixa de 180 ovos médios' fits only that case",
    ["multilingual", "variant", "number_in_name"],
    day=3,
)
m(
    "anatolia-grill",
    W,
    "ORDER",
    "Cuma için 2 teneke beyaz peynir, 1 kaşar, 4 koli ayran. Teşekkürler",
    [L("CHE-BEYAZ-2KG", 2), L("CHE-KASAR-1KG", 1), L("YOG-AYRAN-20X250", 4)],
    "Turkish",
    ["multilingual"],
    day=4,
)
m(
    "polska-deli",
    W,
    "ORDER",
    "Na wtorek: 2 kefiry x 6 = 12 szt, 3 smietany kwasne, 1 emmental w plastrach",
    [L("YOG-KEFIR-1L", 12), L("CRM-SOURED-2KG", 3), L("CHE-EMMENTAL-SL-1KG", 1)],
    "Polish; kefir sold each, '2 x 6 = 12'",
    ["multilingual", "pack"],
    day=1,
)
m(
    "grind-collective",
    W,
    "ORDER",
    "Thursday top up: 6 millbrook barista whole, 3 oatly barista, 1 minor figures",
    [L("MLK-BAR-WHL-6X2L", 6), L("PLT-OATLY-BAR-6X1L", 3), L("PLT-MINOR-OAT-6X1L", 1)],
    "",
    [],
    day=3,
)
m(
    "mill-lane",
    E,
    "ORDER",
    "Hi! Could you send 2 x 1% milk 4 pint and 4 Cravendale semi 2L on Wednesday? Some regulars have asked. Thanks, Helen",
    [L("MLK-1PC-4PT", 2), L("MLK-CRAV-SEMI-2L", 4)],
    "1% and 4 pint are in the name",
    ["number_in_name", "non_order_request"],
    day=0,
)
m(
    "crumb-co",
    E,
    "ORDER",
    "Hello, extra for Friday please: 2 x unsalted butter 40 x 250g and 1 x liquid egg white 1L. Marta",
    [L("BUT-UNSALTED", 2, "40 x 250g"), L("EGG-LIQ-WHITE-1L", 1)],
    "",
    ["variant", "pack"],
    day=3,
)
m(
    "chapel-events",
    E,
    "ORDER",
    "Rob here. For a corporate breakfast Thursday (40 people): 1 tub hard boiled peeled eggs, 2 organic egg trays, 3 Greek style 1kg. Cheers",
    [L("EGG-BOILED-60", 1), L("EGG-ORG-TRAY-M", 2), L("YOG-GREEKSTYLE", 3, "1kg")],
    "40 people is not a quantity",
    ["variant"],
    day=1,
)
m(
    "spice-route",
    W,
    "ORDER",
    "bhai 2 cases of evaporated milk and 1 case condensed for the kulfi",
    [L("MLK-EVAP-12X410", 2), L("MLK-CONDENSED-12X397", 1)],
    "",
    [],
    day=3,
)
m(
    "burger-yard",
    W,
    "ORDER",
    "thurs pls: 12 cheddar slices packs, 2 emmental slices, 2 sour cream, 10 buttermilk, 4 trays large FR, 1 box salted butter 2kgs",
    [
        L("CHE-SLICED-CHED", 12),
        L("CHE-EMMENTAL-SL-1KG", 2),
        L("CRM-SOURED-2KG", 2),
        L("MLK-BUTTERMILK-1L", 10),
        L("EGG-FR-TRAY", 4, "Large"),
        L("BUT-SALTED", 1, "5 x 2kg"),
    ],
    "",
    ["variant"],
    day=5,
)
m(
    "kerb-koffee",
    W,
    "ORDER",
    "can we also get 4 bottles of chocolate milk... actually make it a case of the choc milk",
    [L("MLK-CHOC-12X330", 1)],
    "self-correction to one case",
    ["self_correction", "non_order_request"],
    day=3,
)
m(
    "brunch-club",
    W,
    "ORDER",
    "last thing, 2 tubs cream cheese philly please (the big philadelphia ones)",
    [L("CHE-PHILLY-1.65KG", 2)],
    "'philly' names Philadelphia",
    [],
    day=5,
)
m(
    "piekarnia-ola",
    S,
    "ORDER",
    "Ola: 2 kartony masla solonego 250g i 1 baking block na piatek",
    [L("BUT-SALTED", 2, "40 x 250g"), L("BUT-BAKING-2KG", 1)],
    "Polish",
    ["multilingual", "variant"],
    day=3,
)
m(
    "sunny-side",
    S,
    "ORDER",
    "dave: 1 case UHT whole 12x1L for the van pls",
    [L("MLK-UHT-WHL-12X1L", 1)],
    "12x1L is in the name",
    ["pack", "number_in_name"],
    day=4,
)

# ---------------- chunk 5: non-orders ----------------
m(
    "bean-there",
    W,
    "QUESTION",
    "do you do oat milk portions? customers keep asking for them with takeaways",
    [],
    "",
    ["question", "not_in_catalog"],
    day=1,
)
m(
    "crumb-co",
    E,
    "QUESTION",
    "Subject: Butter prices\n\nHi, I would like to know whether the unsalted 5 x 2kg price is going up in May, as we heard from another bakery. Thanks, Marta",
    [],
    "'I would like to know' is a question",
    ["question", "non_order_request"],
    day=2,
)
m(
    "green-fork",
    W,
    "QUESTION",
    "whats the cut off for next day delivery again? 2pm or 4pm?",
    [],
    "",
    ["question"],
    day=1,
)
m(
    "trattoria-sole",
    W,
    "QUESTION",
    "Vorrei sapere se avete la stracciatella, grazie",
    [],
    "Italian; 'vorrei sapere' is a question",
    ["question", "multilingual", "non_order_request", "not_in_catalog"],
    day=2,
)
m(
    "slice-house",
    S,
    "QUESTION",
    "how much for 20 bags grated mozz? not ordering yet just pricing up",
    [],
    "a price request, not an order",
    ["question", "non_order_request"],
    day=0,
)
m(
    "anatolia-grill",
    W,
    "QUESTION",
    "Abi süzme yoğurt 10kg kova var mı? Fiyatı ne kadar?",
    [],
    "Turkish; asks for a 10kg strained yoghurt tub and its price",
    ["question", "multilingual"],
    day=3,
)
m(
    "piekarnia-ola",
    S,
    "QUESTION",
    "Czy mozecie dowozic w sobote rano przed 6?",
    [],
    "Polish; Saturday delivery before 6",
    ["question", "multilingual"],
    day=4,
)
m(
    "padaria-lisboa",
    W,
    "QUESTION",
    "Gostaria de saber se têm natas de soja. Obrigado",
    [],
    "Portuguese; 'gostaria de saber'",
    ["question", "multilingual", "non_order_request", "not_in_catalog"],
    day=2,
)
m(
    "petite-patisserie",
    E,
    "QUESTION",
    "Bonjour, je voudrais savoir si le beurre sec en plaques est à 82% de matière grasse. Pouvez-vous m'envoyer la fiche technique ? Amélie",
    [],
    "French; 82% is not a quantity",
    ["question", "multilingual", "non_order_request"],
    day=1,
)
m(
    "tapas-alegria",
    W,
    "QUESTION",
    "¿Tenéis queso de Mahón o solo manchego?",
    [],
    "Spanish",
    ["question", "multilingual", "not_in_catalog"],
    day=3,
)
m(
    "spice-route",
    W,
    "QUESTION",
    "can I pay by bank transfer from now on instead of card?",
    [],
    "'can I' opens a question",
    ["question", "non_order_request"],
    day=2,
)
m(
    "oak-hotel",
    E,
    "QUESTION",
    "Subject: Allergen information\n\nHello, could you send the allergen sheets for the vanilla yoghurt pots and the Lurpak portions? We have an EHO visit next week.\n\nPriya Nair",
    [],
    "",
    ["question", "signature"],
    day=2,
)
m(
    "mill-lane",
    E,
    "QUESTION",
    "Hello, are your free range eggs RSPCA Assured / Lion stamped? A customer asked. Helen",
    [],
    "",
    ["question"],
    day=3,
)
m(
    "grind-collective",
    W,
    "QUESTION",
    "any chance you'll stock oatly's organic one? ours at the Peckham site sell out",
    [],
    "",
    ["question", "not_in_catalog"],
    day=2,
)
m(
    "burger-yard",
    W,
    "QUESTION",
    "can i get a price list for cheese please",
    [],
    "'can i get' a price list is a question",
    ["question", "non_order_request"],
    day=0,
)
m(
    "st-annes",
    E,
    "QUESTION",
    "Dear Churnside, do the 1 pint semi skimmed bottles come in crates of 20 or loose? We need to plan fridge space. Thanks, J Okafor",
    [],
    "",
    ["question"],
    day=3,
)
m("meze-house", W, "QUESTION", "do u deliver bank holiday monday?", [], "", ["question"], day=4)
m(
    "kerb-koffee",
    W,
    "QUESTION",
    "What's the minimum order for free delivery? We're tiny 😅",
    [],
    "",
    ["question", "new_customer", "emoji"],
    day=1,
)
m(
    "rise-knead",
    E,
    "QUESTION",
    "Hi Sam, I'd like to know if you can do a 30-day account once we've been trading a couple of months? Nell",
    [],
    "'I'd like to know'",
    ["question", "non_order_request", "new_customer"],
    day=3,
)
m(
    "caffe-roma",
    W,
    "QUESTION",
    "Avete il latte di capra? Quanto costa al litro?",
    [],
    "Italian; goat milk is stocked, but this asks",
    ["question", "multilingual"],
    day=3,
)
m(
    "chapel-events",
    E,
    "QUESTION",
    "Subject: Quote\n\nHi, could you quote for 10 x double cream 5L, 6 cases large free range and 8 brie wheels for a July wedding? Not confirmed yet.\n\nRob",
    [],
    "a request for a quote listing quantities is QUESTION",
    ["question", "non_order_request"],
    day=4,
)
m(
    "polska-deli",
    W,
    "QUESTION",
    "Macie smietane 30% w litrach?",
    [],
    "Polish; 30% cream",
    ["question", "multilingual", "not_in_catalog"],
    day=2,
)

m(
    "green-fork",
    W,
    "COMPLAINT",
    "2 of the double creams yesterday were already turned, smelt off when we opened them. Can you credit?",
    [],
    "",
    ["complaint"],
    day=2,
)
m(
    "sunny-side",
    S,
    "COMPLAINT",
    "3 trays eggs smashed on delivery today, driver left them on the step again",
    [],
    "",
    ["complaint"],
    day=1,
)
m(
    "oak-hotel",
    E,
    "COMPLAINT",
    "Subject: Invoice INV-77213\n\nHello, the invoice charges us for 20 semi skimmed 4 pint but only 16 arrived on Friday. Please correct.\n\nPriya Nair",
    [],
    "invoice number and counts are not an order",
    ["complaint", "signature"],
    day=0,
)
m(
    "trattoria-sole",
    W,
    "COMPLAINT",
    "La burrata di ieri scadeva oggi. Non va bene, ci serve almeno 5 giorni",
    [],
    "Italian; short shelf life",
    ["complaint", "multilingual"],
    day=1,
)
m(
    "petite-patisserie",
    E,
    "COMPLAINT",
    "Bonjour, on a reçu du beurre salé à la place du beurre doux jeudi. Merci de reprendre les 2 cartons.",
    [],
    "French; wrong butter",
    ["complaint", "multilingual"],
    day=0,
)
m(
    "brunch-club",
    W,
    "COMPLAINT",
    "delivery came at 11:40 today, we open at 8. 3rd time this month 😤",
    [],
    "times are not quantities",
    ["complaint", "emoji"],
    day=2,
)
m(
    "anatolia-grill",
    W,
    "COMPLAINT",
    "Abi ayranların yarısı patlamış geldi, koli ıslak",
    [],
    "Turkish; burst ayran cups",
    ["complaint", "multilingual"],
    day=5,
)
m(
    "grind-collective",
    W,
    "COMPLAINT",
    "the millbrook at Dalston was 2 days off date when it landed, not great for a coffee shop",
    [],
    "",
    ["complaint"],
    day=3,
)
m(
    "padaria-lisboa",
    W,
    "COMPLAINT",
    "Faltou a caixa de ovos na entrega de segunda",
    [],
    "Portuguese; missing eggs",
    ["complaint", "multilingual"],
    day=1,
)
m(
    "crumb-co",
    E,
    "COMPLAINT",
    "Hi, the butter sheets were soft when they arrived - the van fridge can't have been on. We had to bin a batch of croissants. Marta",
    [],
    "",
    ["complaint", "signature"],
    day=4,
)

m(
    "bean-there",
    W,
    "OTHER",
    "thanks for sorting the delivery yesterday, lifesaver 🙏",
    [],
    "",
    ["other", "emoji"],
    day=1,
)
m(
    "oak-hotel",
    E,
    "OTHER",
    "Subject: Automatic reply: dairy order\n\nI am out of the office until Monday 3 May with limited access to email. For kitchen orders please contact the head chef on 07700 900433.\n\nPriya Nair",
    [],
    "auto-reply",
    ["other"],
    day=3,
)
m(
    "crumb-co",
    E,
    "OTHER",
    "Hi, please add our new head baker Ben (ben@crumbandco.example) to the order confirmation emails. Thanks, Marta",
    [],
    "'please add' a contact is OTHER",
    ["other", "non_order_request"],
    day=2,
)
m(
    "green-fork",
    W,
    "OTHER",
    "from next week please deliver through the back gate on Mill St, code 4471",
    [],
    "a delivery instruction; the gate code is not a quantity",
    ["other"],
    day=4,
)
m(
    "spice-route",
    W,
    "OTHER",
    "I'd like to book a table for 6 on saturday at 8",
    [],
    "sent to the wrong number: a table booking is OTHER",
    ["other", "non_order_request"],
    day=3,
)
m(
    "piekarnia-ola",
    S,
    "OTHER",
    "Przelew za fakture 4412 poszedl dzis",
    [],
    "Polish; payment notice, invoice number",
    ["other", "multilingual"],
    day=2,
)
m(
    "tapas-alegria",
    W,
    "OTHER",
    "Quisiera cambiar el email de facturas a cuentas@alegriatapas.example",
    [],
    "Spanish; 'quisiera' an account change",
    ["other", "multilingual", "non_order_request"],
    day=2,
)
m(
    "meze-house",
    W,
    "OTHER",
    "we're closed 10-17 May for refurb so no deliveries those weeks",
    [],
    "a standing notice, dates are not quantities",
    ["other"],
    day=5,
)

m(
    "oak-hotel",
    E,
    "CHANGE",
    "Hi, can Friday's delivery come on Thursday instead? Same order. Priya",
    [],
    "moved day",
    ["change"],
    day=1,
)
m(
    "green-fork",
    W,
    "CHANGE",
    "for tomorrow's order can you make the double cream 6 x 2L not 4",
    [],
    "changed quantity",
    ["change"],
    day=1,
    change=[L("CRM-DBL", 6, "2L")],
)
m(
    "caffe-roma",
    W,
    "CHANGE",
    "Giulia: per martedì cambia i mascarpone piccoli con 2 grandi da 2kg",
    [],
    "Italian; swap 500g for 2kg",
    ["change", "multilingual", "variant"],
    day=0,
    change=[L("CHE-MASCARPONE", 0, "500g"), L("CHE-MASCARPONE", 2, "2kg")],
)
m(
    "brunch-club",
    W,
    "CHANGE",
    "swap the very large eggs for large this week pls, same number of trays",
    [],
    "variant swap, 6 trays",
    ["change", "variant"],
    day=4,
    change=[L("EGG-FR-TRAY", 0, "Very Large"), L("EGG-FR-TRAY", 6, "Large")],
)
m(
    "sunny-side",
    S,
    "CANCEL",
    "cancel the 50 trays order from earlier, typo sorry, normal order stands",
    [],
    "cancels the outlier",
    ["cancel"],
    day=2,
)
m(
    "chapel-events",
    E,
    "CANCEL",
    "Hi, the Sunday christening has been called off so please cancel the yoghurt and manchego we added. Rob",
    [],
    "",
    ["cancel"],
    day=4,
)
m(
    "trattoria-sole",
    W,
    "CANCEL",
    "Annulla l'ordine di venerdì, chiudiamo per lutto. Enzo",
    [],
    "Italian",
    ["cancel", "multilingual"],
    day=3,
)
m(
    "spice-route",
    W,
    "OTHER",
    "Please cancel our direct debit and we'll pay by transfer from now",
    [],
    "cancelling a direct debit is OTHER, not CANCEL",
    ["other"],
    day=5,
)

# ---------------- chunk 6: more clean orders (coverage) ----------------
m(
    "kerb-koffee",
    W,
    "ORDER",
    "Could you add 2 cases of the unsweetened soya and 2 cases oatly oat cream to Saturday? Vegan menu board going up",
    [L("PLT-SOYA-UNSW-12X1L", 2), L("PLT-OATCREAM-12X250", 2)],
    "",
    ["new_customer", "non_order_request"],
    day=4,
)
m(
    "brunch-club",
    W,
    "ORDER",
    "2 coconut yoghurt tubs + 1 light soft cheese 2kg for the bagels pls",
    [L("YOG-COCONUT-1KG", 2), L("CHE-SOFT-LIGHT-2KG", 1)],
    "'light soft cheese' names one product",
    [],
    day=1,
)
m(
    "mill-lane",
    E,
    "ORDER",
    "Hello again, please include 1 case of the free range large 6-packs for our little shop shelf. Helen",
    [L("EGG-FR-6PK-L", 1)],
    "",
    ["signature"],
    day=1,
)
m(
    "caffe-roma",
    W,
    "ORDER",
    "Giulia: 6 bottiglie di latte di capra da 1 litro per giovedì, per un cliente intollerante",
    [L("MLK-GOAT-1L", 6)],
    "Italian; goat milk is sold each",
    ["multilingual", "number_in_name"],
    day=2,
)
m(
    "green-fork",
    W,
    "ORDER",
    "Tom: 1 case camembert too please, baked camembert is back on",
    [L("CHE-CAMEMBERT-6X250", 1)],
    "",
    [],
    day=2,
)
m(
    "bean-there",
    W,
    "ORDER",
    "and 2 cravendale whole 2L for the staff fridge",
    [L("MLK-CRAV-WHL-2L", 2)],
    "",
    ["number_in_name"],
    day=3,
)
m(
    "oak-hotel",
    E,
    "ORDER",
    "Please add 2 tubs of Lurpak Spreadable 1kg for room service. Thank you, Priya",
    [L("BUT-LURPAK-SPREAD-1KG", 2)],
    "",
    ["number_in_name"],
    day=0,
)
m(
    "spice-route",
    W,
    "ORDER",
    "raita week bhai - 2 low fat natural yoghurt 5kg please",
    [L("YOG-LOWFAT-5KG", 2)],
    "",
    ["number_in_name"],
    day=3,
)
m(
    "slice-house",
    S,
    "ORDER",
    "slice hse: 3 tubs philly for the cheesecakes",
    [L("CHE-PHILLY-1.65KG", 3)],
    "",
    [],
    day=4,
)
