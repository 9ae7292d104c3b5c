# ruff: noqa  (hand-written data generator of blind set 36, kept as its writer left it)
"""Messages of the 36th blind set and their plain labels, all hand-written.

Line helpers: L = product without variants, V = product with variants (variant None = not given),
A = ambiguous between catalog products (candidates), X = not in the catalog.
role "set" marks a new quantity in a reference ("... instead of ..."); everything else is an addition.
"""


def L(sku, q, role="add"):
    return {"sku": sku, "quantity": q, "_role": role}


def V(sku, var, q, role="add"):
    return {"sku": sku, "variant": var, "quantity": q, "_role": role}


def A(cands, q, cv=None, role="add"):
    d = {"sku": None, "quantity": q, "candidates": list(cands), "_role": role}
    if cv:
        d["candidate_variant"] = cv
    return d


def X(q, what):
    return {"sku": None, "quantity": q, "_x": what, "_role": "add"}


MESSAGES = []


def M(
    cust,
    day,
    intent,
    text,
    lines=(),
    notes="",
    tags=(),
    ref=None,
    remove=(),
    double=(),
    review=None,
    outlier=None,
    nohist=False,
    nofill=(),
    change=None,
    channel=None,
    lang=None,
):
    MESSAGES.append(
        dict(
            cust=cust,
            day=day,
            intent=intent,
            text=text,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            ref=ref,
            remove=list(remove),
            double=list(double),
            review=review,
            outlier=outlier,
            nohist=nohist,
            nofill=list(nofill),
            change=change,
            channel=channel,
            lang=lang,
        )
    )


P6 = "6oz (box of 32)"
P4 = "4oz (box of 48)"
CAN = "24 x 330ml Can"
B500 = "12 x 500ml Bottle"
BURGERS = ["PAT-STEAK", "PAT-SMASH", "PAT-CHICK", "PAT-VEG", "PAT-BEAN"]
KETCHUPS = ["SACH-KETCHUP", "KETCHUP-BTL", "KETCHUP-BIB"]
FRIES = ["CHIPS-SKINON", "CHIPS-SHOE", "CHIPS-STRAIGHT", "CHIPS-CHUNKY"]
HALLOUMI = ["HALLOUMI-CASE", "HALLOUMI-1KG"]
CUPS = ["HOT-CUP", "COLD-CUP", "PINT-CUP"]
WATER = ["WATER-STILL", "WATER-SPARK"]
GLOVES = ["GLOVES", "VINYL-GLOVES"]
NAPKINS = ["NAPKIN-KRAFT", "NAPKIN-WHITE", "NAPKIN-DISP"]
FORKS = ["FORK-WOOD", "FORK-CHIP", "FORK-CPLA"]

# ---------------------------------------------------------------- big-smoke-burgers (steady, en)
c = "big-smoke-burgers"
M(
    c,
    0,
    "ORDER",
    'Morning! For Thurs pls: 6 boxes 6oz patties, 6 packs 5" brioche, 3 packs orange cheese, '
    "8 cs skin on fries, 2 bottles propane 19kg 🔥 cheers Dan",
    [
        V("PAT-STEAK", P6, 6),
        V("BUN-BRIOCHE", "5 inch", 6),
        V("CHEESE-SLICE", "Orange", 3),
        L("CHIPS-SKINON", 8),
        V("PROPANE", "19kg", 2),
    ],
    '"bottles propane 19kg" are cylinders. 6oz, 5", orange and 19kg pick the variants.',
    ["emoji", "signature"],
)
M(
    c,
    2,
    "ORDER",
    "usual for saturday's drop but 10 cases skin on instead of 8 and no gloves this wk, we're at "
    "brackenfield all weekend",
    [L("CHIPS-SKINON", 10, "set")],
    "Reference to the usual with a new quantity and a removal.",
    ["reference"],
    ref="usual",
    remove=["GLOVES"],
)
M(
    c,
    1,
    "QUESTION",
    "Do u stock 6 inch brioche? trialling 8oz patties and the 5s look lost on them",
    notes="Brioche comes in 4 and 5 inch only; 6 inch is not stocked. Question, no order.",
    tags=["not_in_catalog", "number_in_name"],
)
M(
    c,
    3,
    "ORDER",
    "add 2 boxes of burgers and 1 ketchup to tmrw pls",
    [A(BURGERS, 2), A(KETCHUPS, 1)],
    '"burgers" names none of the five burger products; "ketchup" none of sachets, bottles, bag-in-box.',
    ["family"],
)
M(
    c,
    4,
    "COMPLAINT",
    "2 of the 6 brioche packs came squashed flat yesterday, and the gas was 13kg bottles not "
    "19kg. not happy mate",
    notes="Complaint naming quantities and a size; no order.",
)
M(
    c,
    4,
    "ORDER",
    "send 30 boxes 6oz patties for friday",
    [V("PAT-STEAK", P6, 30)],
    "30 boxes with no reason given; the usual is 6 (outlier).",
    [],
    outlier="PAT-STEAK",
)
M(
    c,
    4,
    "CHANGE",
    "ignore the 30 lol fat thumbs, make it 3 boxes of the 6oz",
    notes="Changes the previous order's quantity to 3.",
    change=[V("PAT-STEAK", P6, 3)],
    tags=["self_correction"],
)
M(
    c,
    5,
    "ORDER",
    "voice note: yeah can you send six boxes of the six ounce patties to cases of burger sauce a "
    "box of ketchup sachets and four propane nineteen kilo",
    [V("PAT-STEAK", P6, 6), L("SQ-BURGER", 2), L("SACH-KETCHUP", 1), V("PROPANE", "19kg", 4)],
    'Voice-to-text: "to cases" = two. Spoken list without commas.',
    ["spoken", "voice", "homophone", "non_order_request"],
)
M(
    c,
    1,
    "ORDER",
    "Dan here. 2 cs burger sauce, 1 case regular burger boxes, 1 cs 33cm kraft napkins, 2 boxes "
    "black gloves large. Ta",
    [
        L("SQ-BURGER", 2),
        V("BOX-BURGER", "Regular (case of 300)", 1),
        V("NAPKIN-KRAFT", "33cm", 1),
        V("GLOVES", "Large", 2),
    ],
    '"black gloves" are the nitrile gloves; "large" picks the size.',
    ["signature"],
)
M(
    c,
    6,
    "ORDER",
    "2 bags crispy onions and 3 cs coke cans for fri 🍔",
    [L("CRISPY-ONION", 2), V("COKE", CAN, 3)],
    '"coke cans" is the can variant.',
    ["emoji"],
)

# ---------------------------------------------------------------- smashd-stall (regular, en)
c = "smashd-stall"
M(
    c,
    0,
    "ORDER",
    "hiya, smash balls x5, 4 inch brioche x5, white american x2, gherkin slices x2, shoestrings x6. "
    "Fri delivery pls 🙏",
    [
        L("PAT-SMASH", 5),
        V("BUN-BRIOCHE", "4 inch", 5),
        V("CHEESE-SLICE", "White", 2),
        L("GHERKIN", 2),
        L("CHIPS-SHOE", 6),
    ],
    "",
    ["emoji"],
)
M(
    c,
    1,
    "ORDER",
    "same as last week + 2 cs coke zero",
    [L("COKE-ZERO", 2)],
    "Reference to the last order plus an addition.",
    ["reference"],
    ref="last",
)
M(
    c,
    2,
    "ORDER",
    "3 packs brioche and 2 cheese slices, quick one for the sat market",
    [V("BUN-BRIOCHE", None, 3), V("CHEESE-SLICE", None, 2)],
    'Brioche size and cheese colour not given: ambiguous variants. "2 cheese slices" read as 2 packs.',
    ["variant"],
)
M(
    c,
    3,
    "ORDER",
    "need 2 coke zero cans & 1 cs still water with tmrw's",
    [L("COKE-ZERO", 2), L("WATER-STILL", 1)],
    '"2 coke zero cans": small N read as 2 cases, the usual meaning in this trade (review would also do, a '
    "fraction never).",
    ["container"],
)
M(
    c,
    1,
    "QUESTION",
    "I'd like to know if you've got wagyu smash balls yet? customers keep asking",
    notes="Wagyu smash balls are not stocked. Opens like a request; question.",
    tags=["non_order_request", "not_in_catalog"],
)
M(
    c,
    4,
    "ORDER",
    "oil - 2 x 20L veg, gas 2 x 13kg, wrap paper 1",
    [V("OIL-VEG", "20L", 2), V("PROPANE", "13kg", 2), L("WRAP-PAPER", 1)],
    '"gas 2 x 13kg": only propane comes in 13kg. The 20L veg is the drum variant.',
    ["pack", "number_in_name"],
)
M(
    c,
    2,
    "OTHER",
    "we're at Meadowlark all weekend 9-11th so nobody at the unit, leave Fri delivery with Gav at "
    "the gatehouse, code 4471",
    notes="Delivery instruction; dates and a gate code are not quantities.",
)
M(
    c,
    5,
    "ORDER",
    "pink onions 1 tub, coke zero 2 cs, medium boat trays 1cs - thx P",
    [L("PINK-ONION", 1), L("COKE-ZERO", 2), V("BOAT-TRAY", "Medium (case of 500)", 1)],
    "",
    ["signature"],
)

# ---------------------------------------------------------------- golden-halloumi (regular, en, SMS)
c = "golden-halloumi"
M(
    c,
    0,
    "ORDER",
    "8 cs halloumi fries, 6 halloumi 1kg blocks, 4 tzatziki, 3 sunflower oil. Eleni - Golden Halloumi",
    [L("HALLOUMI-FRIES", 8), L("HALLOUMI-1KG", 6), L("TZATZIKI", 4), L("OIL-SUN", 3)],
    "",
    ["signature"],
)
M(
    c,
    1,
    "ORDER",
    "halloumi x6 and sweet chilli x2 for weds",
    [A(HALLOUMI, 6), L("SQ-SWEETCHILLI", 2)],
    'Bare "halloumi": the 12 x 250g case or the 1kg block (halloumi fries carry their word).',
    ["family"],
)
M(
    c,
    2,
    "ORDER",
    "12 sweet chilli bottles pls",
    [L("SQ-SWEETCHILLI", 2)],
    "12 bottles of a case of 6 = 2 cases.",
    ["count", "container"],
)
M(
    c,
    3,
    "ORDER",
    "tzatziki 30 sorry 3!! and 1 box of wooden forks",
    [L("TZATZIKI", 3), L("FORK-WOOD", 1)],
    "Self-correction: 3 tubs, not 30.",
    ["self_correction"],
)
M(
    c,
    4,
    "ORDER",
    "Pitta x3, 2oz pots x1, small boat trays x1, gas 13kg x1",
    [
        L("PITTA", 3),
        V("POT", "2oz (case of 1000)", 1),
        V("BOAT-TRAY", "Small (case of 1000)", 1),
        V("PROPANE", "13kg", 1),
    ],
    '"gas 13kg": only propane comes in 13kg.',
    ["number_in_name"],
)
M(
    c,
    2,
    "COMPLAINT",
    "Halloumi fries last wk - 3 of the 8 cases were defrosted n refrozen, clumped solid. Want credit",
    notes="Complaint with quantities; no order.",
)
M(c, 5, "QUESTION", "how long does the 1kg halloumi keep once opened? EHO asking", notes="Question.")
M(
    c,
    3,
    "ORDER",
    "can u add 20 halloumi 250g to fri",
    [L("HALLOUMI-CASE", None)],
    "20 packs of 250g is not a whole number of cases of 12: quantities not stated as whole units, a human asks.",
    ["count", "non_order_request", "number_in_name"],
)
M(
    c,
    6,
    "ORDER",
    "Fri: 2 cs sweet chilli + 1 peri peri salt + 2 cs skin on. E",
    [L("SQ-SWEETCHILLI", 2), L("SEAS-PERI", 1), L("CHIPS-SKINON", 2)],
    "",
    ["signature"],
)
M(
    c,
    0,
    "ORDER",
    "Can you bring 3 cs halloumi fries extra on Friday, busy weekend at Meadowlark",
    [L("HALLOUMI-FRIES", 3)],
    "Opens like a request; an addition to Friday's order.",
    ["non_order_request"],
)

# ---------------------------------------------------------------- dirty-fries-co (steady, en)
c = "dirty-fries-co"
M(c, 0, "ORDER", "usual pls", [], "Reference to the usual.", ["reference"], ref="usual")
M(
    c,
    1,
    "ORDER",
    "12 skin on, 4 sweet pot fries, 5 pulled pork, 4 nacho cheese pouches, 2 jalapeños, 3 rapeseed BiB",
    [
        L("CHIPS-SKINON", 12),
        L("CHIPS-SWEET", 4),
        L("PULLED-PORK", 5),
        L("NACHO-CHEESE", 4),
        L("JALAPENO", 2),
        L("OIL-RAPE", 3),
    ],
    "",
)
M(
    c,
    2,
    "ORDER",
    "fries x14 and cheese sauce x4 for the weekend pls",
    [A(FRIES, 14), L("NACHO-CHEESE", 4)],
    'Bare "fries": skin-on, shoestring, straight or chunky (sweet potato and halloumi fries carry their words).',
    ["family"],
)
M(
    c,
    3,
    "ORDER",
    "can u add 3 bags hash browns and 2 boxes of vinegar sachets to thurs?",
    [X(3, "hash browns"), X(2, "vinegar sachets")],
    "Hash browns and vinegar sachets are not in catalog (no substitute).",
    ["non_order_request"],
)
M(
    c,
    4,
    "QUESTION",
    "Is the chipotle mayo gluten free? got a coeliac regular asking, need the allergen sheet",
    notes="Question about an allergen sheet.",
)
M(
    c,
    5,
    "ORDER",
    "2 x cajun seasoning, 2 x 6 chipotle mayo, 2 crispy onions",
    [L("SEAS-CAJUN", 2), L("SQ-CHIPOTLE", 2), L("CRISPY-ONION", 2)],
    '"2 x 6 chipotle mayo" = 2 cases of 6.',
    ["pack"],
)
M(
    c,
    6,
    "CANCEL",
    "Cancel thursday's order pls, Riverbank fest got rained off ☔ gutted",
    notes="Cancellation.",
    tags=["emoji"],
)
M(
    c,
    2,
    "ORDER",
    "need 4 cs sweet potato fries and 2 XL glove boxes for Sat, Brackenfield Fair pitch B12",
    [L("CHIPS-SWEET", 4), V("GLOVES", "X-Large", 2)],
    '"XL glove boxes": X-Large exists only for the nitrile gloves. "pitch B12" is not a quantity.',
    [],
)
M(
    c,
    4,
    "ORDER",
    "2 bags grated mozz + 1 cs garlic mayo + 2 cs large boat trays",
    [L("MOZZ-GRATED", 2), L("SQ-GARLIC", 1), V("BOAT-TRAY", "Large (case of 500)", 2)],
    "",
)

# ---------------------------------------------------------------- top-dog-cart (regular, en, SMS)
c = "top-dog-cart"
M(
    c,
    0,
    "ORDER",
    "4 box jumbo dogs 4 pk brioche dog rolls 2 mustard sachets 2 ketchup sachets 1 butane bottle. Sid",
    [
        L("HOTDOG-JUMBO", 4),
        L("ROLL-HD-BRIOCHE", 4),
        L("SACH-MUSTARD", 2),
        L("SACH-KETCHUP", 2),
        L("BUTANE", 1),
    ],
    'List without commas; "2 mustard sachets" read as 2 boxes like the usual order.',
    ["spoken", "signature"],
)
M(
    c,
    1,
    "ORDER",
    "hot dogs x5 and rolls x5 for sat",
    [A(["HOTDOG-JUMBO", "HOTDOG-FRANK"], 5), A(["ROLL-HD-BRIOCHE", "ROLL-HD-WHITE"], 5)],
    '"hot dogs": jumbo beef or pork frankfurters; "rolls" next to hot dogs: brioche or white hot dog rolls.',
    ["family"],
)
M(
    c,
    2,
    "ORDER",
    "48 cans coke for the weekend",
    [V("COKE", CAN, 2)],
    "48 cans = 2 cases of 24 cans.",
    ["count", "container"],
)
M(
    c,
    3,
    "ORDER",
    "need about 30 cans of coke and some still water",
    [V("COKE", CAN, None), L("WATER-STILL", None)],
    '30 cans is not a whole number of cases (1.25); "some" water: quantities not stated.',
    ["count", "container"],
)
M(
    c,
    4,
    "COMPLAINT",
    "Butane bottle you swapped Sat was half empty, weighed it 8kg. not on",
    notes="Complaint; 8kg is a weight, not an order.",
)
M(
    c,
    5,
    "OTHER",
    "new number for orders from now on is 07700 900417, this one's going",
    notes="Contact change; the phone number is not a quantity.",
)
M(
    c,
    6,
    "ORDER",
    "same as last time but double the jumbo dogs",
    [],
    'Reference to the last order with "double".',
    ["reference"],
    ref="last",
    double=["HOTDOG-JUMBO"],
)
M(
    c,
    1,
    "ORDER",
    "2 pks white hot dog rolls, 2 cs fanta, 1 cs still water - Sid",
    [L("ROLL-HD-WHITE", 2), L("FANTA", 2), L("WATER-STILL", 1)],
    "",
    ["signature"],
)
M(
    c,
    3,
    "ORDER",
    "1 small propane 6kg bottle for the new burner pls",
    [V("PROPANE", None, 1)],
    "Propane comes in 13, 19 and 47kg; 6kg does not exist: ambiguous variant, never filled from history.",
    ["variant", "number_in_name"],
    nofill=["PROPANE"],
)

# ---------------------------------------------------------------- kebab-kral (regular, tr)
c = "kebab-kral"
M(
    c,
    0,
    "ORDER",
    "Selam abi, perşembe için: 2 adet et döner 15kg, 2 tavuk döner, 4 kova sarımsaklı sos, 3 kova "
    "acı sos, 6 koli straight cut chips. Murat",
    [
        V("DONER-CONE", "15kg", 2),
        L("DONER-CHK", 2),
        L("KEBAB-GARLIC", 4),
        L("KEBAB-CHILLI", 3),
        L("CHIPS-STRAIGHT", 6),
    ],
    '"et döner" is the beef & lamb cone, "tavuk döner" the chicken cone; '
    '"sarımsaklı sos"/"acı sos" are the kebab tubs.',
    ["signature"],
)
M(
    c,
    1,
    "ORDER",
    "2 döner koni lazım cuma, bir de 4 marul",
    [A(["DONER-CONE", "DONER-CHK"], 2), L("LETTUCE", 4)],
    '"döner koni": beef & lamb or chicken cone. "marul" (lettuce) is the shredded iceberg.',
    ["family"],
)
M(
    c,
    2,
    "ORDER",
    "3 koli lavash, 2 paket pitta, 2 bidon 20L yağ",
    [L("KHOBEZ", 3), L("PITTA", 2), V("OIL-VEG", "20L", 2)],
    '"bidon 20L yağ": a 20L drum is the vegetable oil (the rapeseed is a bag-in-box); judgement, see limitations.',
    ["unit_word", "number_in_name"],
)
M(
    c,
    3,
    "QUESTION",
    "Abi kuzu döner var mı? sadece kuzu olan",
    notes="Pure lamb doner is not stocked (beef & lamb is). Question.",
    tags=["not_in_catalog"],
)
M(
    c,
    4,
    "ORDER",
    "Geçen haftanın aynısı, ama tavuk döner 3 olsun",
    [L("DONER-CHK", 3, "set")],
    "Reference to last week with a new quantity.",
    ["reference"],
    ref="last",
)
M(
    c,
    5,
    "COMPLAINT",
    "Dünkü 15kg döner 13,4 kg geldi, tarttık. Fatura 15 kg yazıyor",
    notes="Complaint about weight; no order.",
)
M(
    c,
    2,
    "ORDER",
    "20 tane 15kg et döner gönder cumartesi",
    [V("DONER-CONE", "15kg", 20)],
    "20 cones with no reason; the usual is 2 (outlier).",
    ["number_in_name"],
    outlier="DONER-CONE",
)
M(
    c,
    3,
    "CANCEL",
    "cumartesi siparişini iptal et abi, 20 döner yanlış yazdım",
    notes="Cancels the outlier order.",
)
M(
    c,
    6,
    "ORDER",
    "Abi 2 koli kebap poşeti ve 2 rulo folyo ekle yarına",
    [L("KEBAB-BAG", 2), L("FOIL-ROLL", 2)],
    '"rulo folyo" (foil rolls) is the catering foil roll.',
    [],
)
M(
    c,
    4,
    "ORDER",
    "Cumartesi festival için 5 paket doner slices (1kg) ekle, yedek olsun",
    [L("DONER-SLICE", 5)],
    'Five 1kg bags of the pre-cooked doner slices; "1kg" is in the name.',
    ["number_in_name"],
)
M(c, 5, "ORDER", "2 koli Fanta, 1 kutu tavuk şiş", [L("FANTA", 2), L("SHISH-CHK", 1)], "")

# ---------------------------------------------------------------- anadolu-grill (steady, tr)
c = "anadolu-grill"
M(
    c,
    0,
    "ORDER",
    "Her zamanki gibi, cuma teslim. Artı 2 koli hellim",
    [L("HALLOUMI-CASE", 2)],
    'Reference to the usual plus an addition; "koli" (case) narrows halloumi to the 12 x 250g case.',
    ["reference", "unit_word"],
    ref="usual",
)
M(
    c,
    1,
    "ORDER",
    "3 kutu köfte şiş, 3 kutu tavuk şiş, 4 koli lavash, 3 cacık",
    [L("KOFTA", 3), L("SHISH-CHK", 3), L("KHOBEZ", 4), L("TZATZIKI", 3)],
    '"cacık" is the tzatziki tub.',
)
M(
    c,
    2,
    "ORDER",
    "eldiven 2 kutu, 9 inç kutu 1 koli",
    [A(GLOVES, 2), V("CLAM", "9 inch", 1)],
    '"eldiven" (gloves): nitrile or vinyl, no size. "9 inç kutu" is the 9 inch clamshell.',
    ["family"],
)
M(
    c,
    3,
    "QUESTION",
    "Fiyat alabilir miyim, 10 kutu köfte şiş için? Şimdilik sipariş değil",
    notes='Price request with a quantity, "not ordering yet": question.',
    tags=["non_order_request"],
)
M(
    c,
    4,
    "ORDER",
    "iki tüp propan on dokuz kilo bir koli ayçiçek yağı üç marul",
    [V("PROPANE", "19kg", 2), L("OIL-SUN", 1), L("LETTUCE", 3)],
    "Spoken list with number words, no commas.",
    ["spoken"],
)
M(c, 5, "OTHER", "Teşekkürler, dün her şey tam geldi 👍", notes="Thanks.", tags=["emoji"])
M(c, 6, "ORDER", "Cuma için 2 kova humus, 2 kova pembe turşu soğan", [L("HUMMUS", 2), L("PINK-ONION", 2)], "")
M(
    c,
    2,
    "ORDER",
    "Yarın için 3 kutu köfte şiş ve 2 kova acı sos gönderir misiniz?",
    [L("KOFTA", 3), L("KEBAB-CHILLI", 2)],
    "An order phrased as a question.",
    ["non_order_request"],
)

# ---------------------------------------------------------------- zapiekanka-bros (regular, pl)
c = "zapiekanka-bros"
M(
    c,
    0,
    "ORDER",
    "Cześć, na piątek: 4 kartony bagietek, 6 worków mozzarelli tartej, 10 kg kiełbasy grillowej, "
    "2 kartony ketchupu Heinz. Tomek",
    [L("BAGUETTE", 4), L("MOZZ-GRATED", 6), L("KIELBASA", 10), L("KETCHUP-BTL", 2)],
    "",
    ["signature"],
)
M(
    c,
    1,
    "ORDER",
    "ser tarty 8 worków na sobotę",
    [A(["CHEDDAR-GRATED", "MOZZ-GRATED"], 8)],
    '"ser tarty" (grated cheese): cheddar or mozzarella.',
    ["family"],
)
M(
    c,
    2,
    "ORDER",
    "To samo co w zeszłym tygodniu, ale bez parówek i 12 kg kiełbasy",
    [L("KIELBASA", 12, "set")],
    "Reference to last week, a removal and a new quantity.",
    ["reference"],
    ref="last",
    remove=["HOTDOG-FRANK"],
)
M(
    c,
    3,
    "ORDER",
    "24 butelki ketchupu Heinz",
    [L("KETCHUP-BTL", 3)],
    "24 bottles = 3 cases of 8.",
    ["count", "container"],
)
M(
    c,
    4,
    "QUESTION",
    "Macie może ogórki kiszone w wiadrach? nie te plasterki",
    notes="Whole pickled cucumbers in buckets are not stocked (gherkin slices are).",
    tags=["not_in_catalog"],
)
M(
    c,
    5,
    "ORDER",
    "2 butle gazu 13 kg i 1 karton rękawiczek L",
    [V("PROPANE", "13kg", 2), A(GLOVES, 1, "Large")],
    '"butle gazu 13 kg": only propane is 13kg. "rękawiczki L": nitrile Large or the vinyl (Large only).',
    ["family", "number_in_name"],
)
M(
    c,
    6,
    "COMPLAINT",
    "Kiełbasa z wtorku – 2 kg miało uszkodzone opakowanie, musieliśmy wyrzucić",
    notes="Complaint with a weight; no order.",
)
M(
    c,
    1,
    "ORDER",
    "Dodajcie proszę 2 kartony parówek i 1 karton serwetek białych",
    [L("HOTDOG-FRANK", 2), L("NAPKIN-WHITE", 1)],
    '"parówki" are the pork frankfurters.',
    [],
)
M(
    c,
    4,
    "ORDER",
    "Na sobotę 3 kartony bagietek i 2 butle propanu 13 kg",
    [L("BAGUETTE", 3), V("PROPANE", "13kg", 2)],
    "",
    ["number_in_name"],
)

# ---------------------------------------------------------------- churros-sol (steady, es)
c = "churros-sol"
M(
    c,
    0,
    "ORDER",
    "Hola! Lo de siempre para el viernes porfa 😊",
    [],
    "Reference to the usual.",
    ["reference", "emoji"],
    ref="usual",
)
M(
    c,
    1,
    "ORDER",
    "6 sacos de churros y 2 botes de azúcar con canela",
    [L("CHURRO-MIX", 6), L("CINNAMON-SUGAR", 2)],
    '"sacos" (bags) narrows churros to the 5kg mix bag; the frozen churros come by the case.',
    ["unit_word"],
)
M(
    c,
    2,
    "ORDER",
    "churros x4 y nutella x2",
    [A(["CHURRO-MIX", "CHURROS-FROZEN"], 4), L("NUTELLA", 2)],
    'Bare "churros": the mix or the frozen churros.',
    ["family"],
)
M(
    c,
    3,
    "ORDER",
    "30 litros de aceite de girasol y 2 bombonas de propano de 19",
    [L("OIL-SUN", 2), V("PROPANE", "19kg", 2)],
    "30 litres = 2 cases of 3 x 5L.",
    ["count"],
)
M(
    c,
    4,
    "QUESTION",
    "Quisiera saber si tenéis dulce de leche en cubo, para rellenar",
    notes="Dulce de leche is not stocked. Opens like a request; question.",
    tags=["non_order_request", "not_in_catalog"],
)
M(
    c,
    5,
    "ORDER",
    "1 caja de vasos de 8oz y 1 de servilletas blancas",
    [V("HOT-CUP", "8oz", 1), L("NAPKIN-WHITE", 1)],
    "Only the hot cups come in 8oz.",
    ["number_in_name"],
)
M(
    c,
    6,
    "OTHER",
    "Este finde estamos en la feria de Harbour Days, puesto 14. Dejad el pedido con el de seguridad",
    notes='Delivery instruction; "puesto 14" is not a quantity.',
)
M(
    c,
    2,
    "ORDER",
    "Para el sábado: 2 botes de Nutella de 3 kg y 1 caja de bandejas pequeñas",
    [L("NUTELLA", 2), V("BOAT-TRAY", "Small (case of 1000)", 1)],
    '"bandejas pequeñas" = small boat trays.',
    ["number_in_name"],
)

# ---------------------------------------------------------------- bifana-on-wheels (regular, pt)
c = "bifana-on-wheels"
M(
    c,
    0,
    "ORDER",
    "Bom dia! Para quinta: 5 packs de papo secos, 12 kg de coxa de frango desossada, 2 caixas de "
    "piri-piri picante, 5 caixas de batata palito 12mm",
    [L("CRUSTY-ROLLS", 5), L("CHK-THIGH", 12), L("SQ-PERI-HOT", 2), L("CHIPS-STRAIGHT", 5)],
    '"piri-piri picante" is the hot sauce; "batata palito 12mm" the straight cut chips.',
    ["number_in_name"],
)
M(
    c,
    1,
    "ORDER",
    "3 caixas de molho piri piri para sábado",
    [A(["SQ-PERI-HOT", "SQ-PERI-MED"], 3)],
    '"molho piri piri": hot or medium.',
    ["family"],
)
M(
    c,
    2,
    "ORDER",
    "Têm bifanas de porco marinadas? Se tiverem mandem 10 kg",
    [X(10, "marinated pork bifanas")],
    "Conditional order on an item not in catalog.",
    ["conditional"],
    review=True,
)
M(
    c,
    3,
    "ORDER",
    "O mesmo da semana passada, mas com 4 caixas de Coca-Cola Zero em vez de 2",
    [L("COKE-ZERO", 4, "set")],
    "Reference to last week with a new quantity.",
    ["reference"],
    ref="last",
)
M(
    c,
    4,
    "ORDER",
    "2 bidões de óleo vegetal e 1 caixa de guardanapos kraft",
    [V("OIL-VEG", None, 2), V("NAPKIN-KRAFT", None, 1)],
    "Drum size and napkin size not given.",
    ["variant"],
)
M(
    c,
    5,
    "CHANGE",
    "A entrega de quinta pode passar para sexta? Obrigado",
    notes="Moves a placed order.",
    change=[],
)
M(c, 6, "QUESTION", "Qual é o prazo de validade do piri-piri depois de aberto?", notes="Question.")
M(
    c,
    1,
    "ORDER",
    "Mais 2 caixas de Limonata e 1 de maionese em saquetas para amanhã",
    [L("LIMONATA", 2), L("SACH-MAYO", 1)],
    "",
)

# ---------------------------------------------------------------- arancina-mia (regular, it, email)
c = "arancina-mia"
M(
    c,
    0,
    "ORDER",
    "Oggetto: ordine settimana 23\n\nBuongiorno,\nvi chiedo per giovedì 8 giugno:\n- 4 sacchi di "
    "mozzarella grattugiata\n- 3 cartoni di olio di semi di girasole\n- 2 casse di Limonata\n- 1 cartone di "
    "vaschette kraft medie\n\nGrazie,\nGiuseppe Lo Cascio\nArancina Mia – Unit 7, Brackenfield Yard\nTel. 020 7946 0731",
    [L("MOZZ-GRATED", 4), L("OIL-SUN", 3), L("LIMONATA", 2), V("BOAT-TRAY", "Medium (case of 500)", 1)],
    '"vaschette kraft medie" = medium boat trays. Week 23, the date, unit 7 and the phone are not quantities.',
    ["signature"],
)
M(
    c,
    1,
    "ORDER",
    "Buongiorno, per sabato 6 casse d'acqua e 2 casse di Limonata. Grazie",
    [A(WATER, 6), L("LIMONATA", 2)],
    '"acqua": still or sparkling.',
    ["family"],
)
M(
    c,
    2,
    "ORDER",
    "Buongiorno,\ncome la settimana scorsa, ma doppia la Nutella.\nCordiali saluti, Giuseppe",
    [],
    'Reference to last week with "double".',
    ["reference"],
    ref="last",
    double=["NUTELLA"],
)
M(
    c,
    3,
    "QUESTION",
    "Vorrei sapere se avete il riso per arancini (Originario o Carnaroli) in sacchi da 10 kg.",
    notes="Rice is not stocked. Opens like a request; question.",
    tags=["non_order_request", "not_in_catalog"],
)
M(
    c,
    4,
    "ORDER",
    "Per venerdì anche 12 bottigliette di Coca-Cola da 500ml, grazie",
    [V("COKE", B500, 1)],
    "12 bottles of 500ml = 1 case of 12 x 500ml.",
    ["count", "number_in_name"],
)
M(
    c,
    5,
    "COMPLAINT",
    "Consegna di giovedì: mancava 1 cartone di olio (ordinati 3, arrivati 2) ma in fattura ce ne "
    "sono 3. Fattura n. 88213",
    notes="Complaint about a short delivery; invoice number is not a quantity.",
)
M(
    c,
    6,
    "ORDER",
    "Un cartone di vaschette a conchiglia da 6 pollici e uno di vaschette per salse da 4oz",
    [V("CLAM", "6 inch", 1), V("POT", "4oz (case of 1000)", 1)],
    '"vaschette per salse" = portion pots.',
    ["number_in_name"],
)
M(
    c,
    3,
    "ORDER",
    "Buongiorno, aggiungete per favore 2 casse di acqua frizzante e 1 bombola di propano da 19 kg. "
    "Saluti, Giuseppe",
    [L("WATER-SPARK", 2), V("PROPANE", "19kg", 1)],
    "",
    ["signature"],
)
M(
    c,
    5,
    "CANCEL",
    "Annullate l'ordine di sabato per favore, il mercato è stato annullato per maltempo.",
    notes="Cancellation.",
)

# ---------------------------------------------------------------- creperie-roulante (steady, fr)
c = "creperie-roulante"
M(
    c,
    0,
    "ORDER",
    "Comme d'hab pour mercredi svp, merci !",
    [],
    "Reference to the usual.",
    ["reference"],
    ref="usual",
)
M(
    c,
    1,
    "ORDER",
    "3 sacs de farine et 3 pots de Nutella",
    [A(["CREPE-MIX", "BUCKWHEAT"], 3), L("NUTELLA", 3)],
    '"farine": the crêpe mix or the buckwheat flour (both 5kg bags).',
    ["family"],
)
M(
    c,
    2,
    "ORDER",
    "4 sacs de mix à crêpes, 3 sacs de farine de sarrasin, 2 bouteilles de propane 13 kg",
    [L("CREPE-MIX", 4), L("BUCKWHEAT", 3), V("PROPANE", "13kg", 2)],
    "",
    ["number_in_name"],
)
M(
    c,
    3,
    "QUESTION",
    "Vous avez du jambon et de l'emmental râpé ? pour les galettes complètes",
    notes="Ham and grated emmental are not stocked. Question.",
    tags=["not_in_catalog"],
)
M(
    c,
    4,
    "ORDER",
    "1 carton de cornets kraft et 1 carton de gobelets 12oz",
    [L("CHIP-CONE", 1), A(["HOT-CUP", "COLD-CUP"], 1, "12oz")],
    '"gobelets 12oz": hot cups and PLA cold cups both come in 12oz.',
    ["family"],
)
M(
    c,
    5,
    "OTHER",
    "Nous serons fermés du 19 au 25 juin (vacances). Pas de livraison ces jours-là",
    notes="Closure notice; dates are not quantities.",
)
M(
    c,
    6,
    "ORDER",
    "Pour samedi : 2 pots de Nutella 3kg, 1 carton de serviettes distributeur et 1 boîte de gants M",
    [L("NUTELLA", 2), L("NAPKIN-DISP", 1), V("GLOVES", "Medium", 1)],
    '"gants M": only the nitrile gloves come in Medium.',
    ["number_in_name"],
)

# ---------------------------------------------------------------- cluck-n-roll (regular, en)
c = "cluck-n-roll"
M(
    c,
    0,
    "ORDER",
    "yo 20kg thighs 15kg wings 4 cs chicken strips 6 cs straight cuts 3 BiB rapeseed",
    [L("CHK-THIGH", 20), L("CHK-WINGS", 15), L("CHK-STRIPS", 4), L("CHIPS-STRAIGHT", 6), L("OIL-RAPE", 3)],
    "List without commas; weights of products sold by the kg are their quantities.",
    ["spoken"],
)
M(
    c,
    1,
    "ORDER",
    "garlic sauce x3, chicken salt x2, buns x3",
    [A(["KEBAB-GARLIC", "SQ-GARLIC"], 3), L("SEAS-CHICKEN", 2), A(["BUN-BRIOCHE", "BUN-SESAME"], 3)],
    '"garlic sauce": kebab garlic tub or garlic mayo; "buns": brioche or sesame burger buns.',
    ["family"],
)
M(
    c,
    2,
    "ORDER",
    "half a case of red bull pls",
    [L("REDBULL", 0.5)],
    "0.5 case: a fraction of an indivisible case, not a whole number; a human must confirm.",
    ["fraction"],
)
M(
    c,
    3,
    "ORDER",
    "80kg wings for sat pls",
    [L("CHK-WINGS", 80)],
    "80kg with no reason; the usual is 15 (outlier).",
    [],
    outlier="CHK-WINGS",
)
M(
    c,
    4,
    "QUESTION",
    "can I pay cash on delivery from now on? card machine's been playing up",
    notes="Payment question.",
    tags=["non_order_request"],
)
M(
    c,
    5,
    "ORDER",
    "6 sriracha and 2 cs bbq",
    [L("SRIRACHA", 6), L("SQ-BBQ", 2)],
    "Sriracha is sold by the bottle.",
)
M(
    c,
    6,
    "COMPLAINT",
    "wings were 2 days off use-by when they landed, 15kg, cant sell that at a 3 day fest",
    notes="Complaint; no order.",
)
M(
    c,
    1,
    "ORDER",
    "3 cs brioche 5 inch + 2 cs bbq + 2 tubs chicken salt + 1 cs 8in clamshells",
    [V("BUN-BRIOCHE", "5 inch", 3), L("SQ-BBQ", 2), L("SEAS-CHICKEN", 2), V("CLAM", "8 inch", 1)],
    '"cs" of brioche read as packs.',
    ["number_in_name"],
)
M(
    c,
    4,
    "ORDER",
    "2-3 cs straight cuts extra for sat, whatever u can spare",
    [L("CHIPS-STRAIGHT", None)],
    "A range: quantities not stated as one number.",
    ["range"],
)
M(
    c,
    5,
    "ORDER",
    "Jay - 4 cs chicken strips and 2 boxes XL gloves thx",
    [L("CHK-STRIPS", 4), V("GLOVES", "X-Large", 2)],
    "",
    ["signature"],
)

# ---------------------------------------------------------------- green-grill (regular, en, email)
c = "green-grill"
M(
    c,
    0,
    "ORDER",
    "Subject: Order for Friday 9th\n\nHi team,\n\nCould we have the following for Friday please:\n"
    "4 boxes plant-based patties\n2 boxes bean burgers\n5 packs sesame buns\n6 cases skin-on fries\n1 case large "
    "burger boxes\n\nThanks,\nFreya Okafor\nGreen Grill | 07700 900482",
    [
        L("PAT-VEG", 4),
        L("PAT-BEAN", 2),
        L("BUN-SESAME", 5),
        L("CHIPS-SKINON", 6),
        V("BOX-BURGER", "Large (case of 200)", 1),
    ],
    "Opens like a request; an order.",
    ["non_order_request", "signature"],
)
M(
    c,
    1,
    "ORDER",
    "Hi, please add 3 boxes of veggie burgers to Friday. Freya",
    [A(["PAT-VEG", "PAT-BEAN"], 3)],
    '"veggie burgers": plant-based or bean burgers.',
    ["family"],
)
M(
    c,
    2,
    "QUESTION",
    "Hi, are your brioche buns vegan? I assume not (egg and butter) but a customer asked. Also, do "
    "you have vegan cheese slices?\nFreya",
    notes="Vegan cheese slices are not stocked. Question.",
    tags=["not_in_catalog"],
)
M(
    c,
    3,
    "ORDER",
    "Hello,\n\nSame as last week please, but no jalapeños and 4 cases of sweet potato fries instead "
    "of 3.\n\nFreya",
    [L("CHIPS-SWEET", 4, "set")],
    "Reference to last week, a removal and a new quantity.",
    ["reference"],
    ref="last",
    remove=["JALAPENO"],
)
M(
    c,
    4,
    "ORDER",
    "Please add 2 boxes of compostable food waste bags and 1 case of kraft napkins 40cm to Friday. Thanks",
    [X(2, "compostable food waste bags"), V("NAPKIN-KRAFT", "40cm", 1)],
    "Compostable food waste bags are not in catalog (black refuse sacks are).",
    [],
)
M(
    c,
    5,
    "OTHER",
    "I'd like to add our new events manager, Tom Reyes (tom@greengrill.example), to the order "
    "confirmation emails please.",
    notes="Contact addition; opens like a request.",
    tags=["non_order_request"],
)
M(
    c,
    6,
    "CANCEL",
    "Please cancel this Friday's order, the council pulled our street-trading permit for the "
    "weekend. Sorry for the short notice. Freya",
    notes="Cancellation.",
)
M(
    c,
    2,
    "ORDER",
    "Hi, for Friday could we also get 2 tubs of pink pickled onions and 1 box of CPLA forks? Thanks, Freya",
    [L("PINK-ONION", 2), L("FORK-CPLA", 1)],
    "An addition phrased as a question.",
    ["non_order_request"],
)

# ---------------------------------------------------------------- gyros-brothers (steady, en)
c = "gyros-brothers"
M(
    c,
    0,
    "ORDER",
    "Kalimera! 3 gyros cones, 5 packs pitta, 6 tzatziki, 5 cs straight cut. Efharisto, Nikos",
    [L("GYROS", 3), L("PITTA", 5), L("TZATZIKI", 6), L("CHIPS-STRAIGHT", 5)],
    "",
    ["signature"],
)
M(
    c,
    1,
    "ORDER",
    "Nikos here - repeat last week's order re, and add 2 cases of still water",
    [L("WATER-STILL", 2)],
    "Reference to last week plus an addition.",
    ["reference"],
    ref="last",
)
M(
    c,
    2,
    "ORDER",
    "foil x2, flatbreads x5, halloumi x1",
    [A(["FOIL-ROLL", "FOIL-SHEETS"], 2), A(["PITTA", "KHOBEZ"], 5), A(HALLOUMI, 1)],
    '"foil": roll or pre-cut sheets (foil containers carry their word); "flatbreads": pitta or khobez; '
    '"halloumi": case or block.',
    ["family"],
)
M(
    c,
    3,
    "QUESTION",
    "Do you stock feta? the big tins. Need it for the greek fries",
    notes="Feta is not stocked.",
    tags=["not_in_catalog"],
)
M(
    c,
    4,
    "ORDER",
    "120 pittas for Saturday",
    [L("PITTA", None)],
    "120 pittas is not a whole number of packs of 50 (2.4).",
    ["count"],
)
M(
    c,
    5,
    "COMPLAINT",
    "Gyros cone from Tuesday smelled off when we cut into it, binned the lot. 8kg. need a "
    "replacement or credit",
    notes="Complaint.",
)
M(
    c,
    6,
    "ORDER",
    "Nikos: 2 propane 19 + 1 box nitrile gloves L + 1 pack burger paper for tmrw 🙏",
    [V("PROPANE", "19kg", 2), V("GLOVES", "Large", 1), L("WRAP-PAPER", 1)],
    '"propane 19" is the 19kg cylinder.',
    ["emoji", "number_in_name"],
)
M(
    c,
    3,
    "OTHER",
    "I would like to change the card you have on file, can someone from accounts call me? Nikos",
    notes="Account request; opens like a request.",
    tags=["non_order_request"],
)
M(
    c,
    2,
    "ORDER",
    "Efharisto re! For Sat: 4 gyros cones and 8 tzatziki, big weekend at Harbour Days",
    [L("GYROS", 4), L("TZATZIKI", 8)],
    "",
)

# ---------------------------------------------------------------- burrito-bandit (regular, en, SMS)
c = "burrito-bandit"
M(
    c,
    0,
    "ORDER",
    "2 cs 12in wraps, 10kg thigh, 3 pulled pork, 3 grated cheddar, 3 sour cream. Carla @ Burrito Bandit",
    [
        V("WRAPS", "12 inch (case of 108)", 2),
        L("CHK-THIGH", 10),
        L("PULLED-PORK", 3),
        L("CHEDDAR-GRATED", 3),
        L("SOUR-CREAM", 3),
    ],
    "",
    ["signature"],
)
M(
    c,
    1,
    "ORDER",
    "wraps x3 and salsa x2",
    [V("WRAPS", None, 3), L("SALSA", 2)],
    "Wrap size not given.",
    ["variant"],
)
M(
    c,
    2,
    "ORDER",
    "also 2 cases corn tortillas 6 inch and 1 tub guac",
    [X(2, "corn tortillas"), X(1, "guacamole")],
    "Corn tortillas and guacamole are not in catalog (flour wraps and salsa are).",
    ["number_in_name"],
)
M(
    c,
    3,
    "ORDER",
    "usual for weds + 2 boxes foil sheets",
    [L("FOIL-SHEETS", 2)],
    "Reference to the usual plus an addition.",
    ["reference"],
    ref="usual",
)
M(c, 4, "QUESTION", "whats ur cut off for next day delivery? 2pm still?", notes="Question; 2pm is a time.")
M(
    c,
    5,
    "ORDER",
    "can u send 2 sour cream 2 salsa 1 chipotle mayo 2 jalapeno ta",
    [L("SOUR-CREAM", 2), L("SALSA", 2), L("SQ-CHIPOTLE", 1), L("JALAPENO", 2)],
    "List without commas.",
    ["spoken", "non_order_request"],
)
M(
    c,
    6,
    "ORDER",
    "1 box butane cartridges, 1 cs dispenser napkins, 2 boxes gloves medium",
    [L("BUTANE-CART", 1), L("NAPKIN-DISP", 1), V("GLOVES", "Medium", 2)],
    '"gloves medium": only the nitrile gloves come in Medium.',
    [],
)
M(
    c,
    3,
    "OTHER",
    "I'd like to book a table for 4 at 8pm Saturday please, name of Carla",
    notes="A table booking sent to the wrong number; opens like a request.",
    tags=["non_order_request"],
)

# ---------------------------------------------------------------- fieldhouse-bars (steady, en, email)
c = "fieldhouse-bars"
M(
    c,
    0,
    "ORDER",
    "Subject: PO 55120 – Meadowlark bars\n\nHi,\n\nPlease deliver to Meadowlark Festival, Gate C "
    "(site contact 07700 900611) on Thursday 8 June before 10am:\n\n1. Pint cups – 8 cases\n2. Still water 24 x "
    "500ml – 30 cases\n3. Coke cans – 12 cases\n4. Red Bull – 6 cases\n\nExpected footfall 12,000 a day so we've "
    "upped it.\n\nOwen Pritchard\nBar Operations, Fieldhouse Festival Bars\n020 7946 0588",
    [L("PINT-CUP", 8), L("WATER-STILL", 30), V("COKE", CAN, 12), L("REDBULL", 6)],
    "PO, gate, phone, date, time, footfall and list numbers are not quantities; larger order with a reason.",
    ["signature", "number_in_name"],
)
M(
    c,
    1,
    "ORDER",
    "Hi,\nPlease add 10 cases of water and 6 cases of cups to Thursday's PO 55120.\nOwen",
    [A(WATER, 10), A(CUPS, 6)],
    '"water": still or sparkling; "cups": hot, PLA cold or pint cups.',
    ["family"],
)
M(
    c,
    2,
    "ORDER",
    "We also need 480 cans of Coke Zero for the VIP bar please. Owen",
    [L("COKE-ZERO", 20)],
    "480 cans = 20 cases of 24.",
    ["count", "container"],
)
M(
    c,
    3,
    "QUESTION",
    "Can I get a quote for 40 cases of pint cups and 20 of the 16oz PLA for August? Not ordering yet.",
    notes="Quote request listing quantities: question.",
    tags=["non_order_request"],
)
M(
    c,
    4,
    "COMPLAINT",
    "Hi,\n\nInvoice INV-30412 charges us for 12 cases of Red Bull; 10 were delivered (signed DN "
    "attached). Please credit 2.\n\nOwen",
    notes="Complaint about an invoice.",
)
M(
    c,
    5,
    "ORDER",
    "Please add 4 cases of half pint cups and 3 cases Monster to the Riverbank drop",
    [X(4, "half pint cups"), X(3, "Monster energy")],
    "Half pint cups (only pint cups are stocked) and Monster (Red Bull is) are not in catalog.",
    [],
)
M(
    c,
    4,
    "ORDER",
    "Owen again, 3 cases of Diet Coke on top of PO 55187 please, the Riverbank crowd drinks the stuff",
    [L("DIET-COKE", 3)],
    "PO number is not a quantity.",
    [],
)
M(
    c,
    6,
    "ORDER",
    "1 case 12oz clear cups, 2 boxes refuse sacks",
    [V("COLD-CUP", "12oz", 1), L("REFUSE", 2)],
    '"clear cups" are the PLA cold cups.',
    ["number_in_name"],
)
M(
    c,
    2,
    "ORDER",
    "Subject: Riverbank Food Fest – bar top-up\n\nOwen here. Riverbank bars need by Friday: 6 cases "
    "Limonata, 4 cases Fanta, 3 cases 12oz PLA cups. PO 55187.\n\nThanks",
    [L("LIMONATA", 6), L("FANTA", 4), V("COLD-CUP", "12oz", 3)],
    "PO number is not a quantity.",
    ["number_in_name"],
)
M(
    c,
    3,
    "CHANGE",
    "Yes fine, swap the 2 missing cases for sparkling.\n\nOwen\n\n> From: Pitchside Trade Desk\n> "
    "We're short on still water 24 x 500ml this week and can do 28 of the 30 cases on PO 55120. Would you like "
    "2 cases of sparkling instead?",
    notes="Quoted reply: the change is above the quote. Still water 28, sparkling 2.",
    change=[L("WATER-STILL", 28), L("WATER-SPARK", 2)],
    tags=["quoted"],
)

# ---------------------------------------------------------------- harbour-chip-kiosk (regular, en, SMS)
c = "harbour-chip-kiosk"
M(
    c,
    0,
    "ORDER",
    "10 chunky, 4 solid fat, 2 curry, 3 ketchup sachets, 2 cones. Bev Harbour kiosk",
    [L("CHIPS-CHUNKY", 10), L("FAT-SOLID", 4), L("CURRY-SAUCE", 2), L("SACH-KETCHUP", 3), L("CHIP-CONE", 2)],
    '"cones" are the chip cones, "curry" the curry sauce mix (the only ones).',
    ["signature"],
)
M(
    c,
    1,
    "ORDER",
    "2 tubs gravy and a box salt sachets pls",
    [X(2, "gravy"), X(1, "salt sachets")],
    "Gravy and salt sachets are not in catalog.",
    [],
)
M(
    c,
    2,
    "ORDER",
    "chips x12 forks x2",
    [A(FRIES, 12), A(FORKS, 2)],
    '"chips": the four potato cuts; "forks": wooden, chip or CPLA forks.',
    ["family"],
)
M(
    c,
    3,
    "ORDER",
    "beef dripping 2 boxes if youve got it, if not 2 more solid fat",
    [L("FAT-SOLID", 2)],
    "Beef dripping is not in catalog; the customer gives the fallback, 2 more boxes of "
    "solid fat, which ships.",
    ["conditional", "not_in_catalog"],
)
M(
    c,
    4,
    "ORDER",
    "same as last wk but 12 chunky not 10",
    [L("CHIPS-CHUNKY", 12, "set")],
    "Reference to last week with a new quantity.",
    ["reference"],
    ref="last",
)
M(
    c,
    5,
    "OTHER",
    "Kiosk shut Mon-Tue for the harbour works, no deliveries those days",
    notes="Closure notice.",
)
M(
    c,
    6,
    "CHANGE",
    "Make tomorrow's chunky 8 not 10 pls, quiet week",
    notes="Changes a placed order's quantity.",
    change=[L("CHIPS-CHUNKY", 8)],
)
M(
    c,
    1,
    "ORDER",
    "2 cs onion rings + 2 boxes chip forks + 1 brown sauce. Bev",
    [L("ONION-RINGS", 2), L("FORK-CHIP", 2), L("SACH-BROWN", 1)],
    "",
    ["signature"],
)
M(
    c,
    5,
    "ORDER",
    "mayo x2 and a case of sweet chilli for the weekend pls Bev",
    [A(["SACH-MAYO", "MAYO-TUB"], 2), L("SQ-SWEETCHILLI", 1)],
    '"mayo": the sachets or the catering tub (garlic and chipotle mayo carry their words).',
    ["family", "signature"],
)
M(
    c,
    3,
    "ORDER",
    "napkins x2 and 1 x 47kg gas",
    [A(NAPKINS, 2), V("PROPANE", "47kg", 1)],
    '"napkins": kraft, white or dispenser. 47kg is only propane.',
    ["family", "number_in_name"],
)

# ---------------------------------------------------------------- brew-van (steady, en)
c = "brew-van"
M(
    c,
    0,
    "ORDER",
    "morning ☕ 6 bags espresso beans, 4 cs barista oat, 2 cs 12oz cups + 2 cs 12/16 lids",
    [L("COFFEE", 6), L("OAT", 4), A(["HOT-CUP", "COLD-CUP"], 2, "12oz"), L("LID-1216", 2)],
    '"12oz cups": hot or PLA cold cups (pint cups have no 12oz).',
    ["family", "emoji"],
)
M(
    c,
    1,
    "ORDER",
    "cups x3 lids x3",
    [A(CUPS, 3), A(["LID-8", "LID-1216"], 3)],
    '"cups": hot, cold or pint cups; "lids": 8oz or 12/16oz sip lids.',
    ["family"],
)
M(
    c,
    2,
    "ORDER",
    "can u stick 12 oat milks on the friday drop",
    [L("OAT", 2)],
    "12 cartons = 2 cases of 6 x 1L.",
    ["count", "pack"],
)
M(
    c,
    3,
    "ORDER",
    "1 case 8oz cups and 1 of the 8oz lids, plus a 13kg propane",
    [V("HOT-CUP", "8oz", 1), L("LID-8", 1), V("PROPANE", "13kg", 1)],
    "Only the hot cups come in 8oz.",
    ["number_in_name"],
)
M(
    c,
    4,
    "QUESTION",
    "do you do paper straws? and any chance of an oat milk that isnt barista",
    notes="Paper straws and non-barista oat milk are not stocked.",
    tags=["not_in_catalog"],
)
M(
    c,
    5,
    "OTHER",
    "Auto-reply: Abi is at Meadowlark Festival until 12 June with patchy signal. For anything urgent "
    "ring 07700 900233.",
    notes="Auto-reply.",
)
M(
    c,
    6,
    "ORDER",
    "abi: 2 bags coffee beans & 1 cs dispenser napkins & 1 case still water thanks",
    [L("COFFEE", 2), L("NAPKIN-DISP", 1), L("WATER-STILL", 1)],
    "",
    ["signature"],
)
M(
    c,
    3,
    "ORDER",
    "4 oat milks with tomorrow's pls",
    [L("OAT", None)],
    '"4 oat milks": 4 cartons is not a whole case of 6 and 4 cases is a guess; quantities not stated.',
    ["count", "pack"],
)

# ---------------------------------------------------------------- eastgate-market (regular, en, email)
c = "eastgate-market"
M(
    c,
    0,
    "ORDER",
    "Subject: Eastgate Market Hall – weekly packaging order\n\nHello,\n\nFor Tuesday please:\n- "
    'Bagasse clamshells 8": 4 cases\n- Bagasse clamshells 9": 2 cases\n- Medium boat trays: 3 cases\n- CPLA '
    "forks: 3 boxes\n- Refuse sacks: 6 boxes\n\nKind regards,\nSunita Rao\nFacilities Manager, Eastgate Market "
    "Hall\n14-16 Eastgate Street\n020 7946 0214",
    [
        V("CLAM", "8 inch", 4),
        V("CLAM", "9 inch", 2),
        V("BOAT-TRAY", "Medium (case of 500)", 3),
        L("FORK-CPLA", 3),
        L("REFUSE", 6),
    ],
    "Street numbers and phone in the signature are not quantities.",
    ["signature"],
)
M(
    c,
    1,
    "ORDER",
    "Please add 3 boxes of nitrile gloves to Tuesday's order.\nSunita",
    [V("GLOVES", None, 3)],
    "Glove size not given.",
    ["variant"],
)
M(
    c,
    2,
    "ORDER",
    'Hello,\nplease repeat our usual order for next Tuesday, with 6 cases of 8" clamshells instead '
    "of 4.\nRegards, Sunita Rao",
    [V("CLAM", "8 inch", 6, "set")],
    "Reference to the usual with a new quantity.",
    ["reference"],
    ref="usual",
)
M(
    c,
    3,
    "ORDER",
    "Could you add 2 cases of clamshells and 2 of dip pots to Tuesday?\nSunita",
    [V("CLAM", None, 2), V("POT", None, 2)],
    "Clamshell and pot sizes not given.",
    ["variant", "non_order_request"],
)
M(
    c,
    4,
    "QUESTION",
    "Could you send the compostability certificates (EN 13432) for the bagasse range? Our "
    "council inspection is on 20 June.\n\nSunita Rao, Facilities",
    notes="Question; EN 13432 and the date are not quantities.",
    tags=["non_order_request"],
)
M(
    c,
    5,
    "COMPLAINT",
    "Two of the six refuse sack boxes delivered on 30 May were split and the sacks torn. Please "
    "replace.\nSunita",
    notes="Complaint.",
)
M(
    c,
    6,
    "ORDER",
    "We need 3000 wooden forks for the food festival weekend, please add to Tuesday.",
    [L("FORK-WOOD", 3)],
    "3000 forks = 3 boxes of 1000.",
    ["count"],
)
M(
    c,
    1,
    "ORDER",
    "Please add 2 rolls of cling film and 2 catering foil rolls to Tuesday's delivery. Sunita",
    [L("CLING", 2), L("FOIL-ROLL", 2)],
    "",
)
M(
    c,
    2,
    "ORDER",
    "Please send 4 boxes of large nitrile gloves and 2 cases of 16oz PLA cups on Tuesday. Sunita Rao",
    [V("GLOVES", "Large", 4), V("COLD-CUP", "16oz", 2)],
    "",
    ["number_in_name"],
)
M(
    c,
    4,
    "ORDER",
    "Please add 2 boxes of small nitrile gloves, the new Saturday staff have tiny hands! Sunita",
    [V("GLOVES", None, 2)],
    "Small nitrile gloves do not exist (Medium, Large, X-Large): ambiguous variant, "
    "never filled from history.",
    ["variant"],
    nofill=["GLOVES"],
)

# ---------------------------------------------------------------- wildflower-events (erratic, en, email)
c = "wildflower-events"
M(
    c,
    0,
    "ORDER",
    "Subject: Harvey wedding, 10 June – 220 guests\n\nHi,\n\nFor the Harvey wedding on Saturday 10 "
    'June (220 guests, street-food style):\n\n- 6 boxes 4oz steak patties\n- 5 packs 4" brioche buns\n- 3 packs '
    'orange burger cheese\n- 4 cases skin-on fries\n- 2 cases 6" bagasse clamshells\n- 1 case 40cm kraft '
    "napkins\n\nDelivery Friday 9 June to Hollins Barn, Ashby Lane. Gate code 2580.\n\nHattie Vaughan\nWildflower "
    "Events Catering\n07700 900754",
    [
        V("PAT-STEAK", P4, 6),
        V("BUN-BRIOCHE", "4 inch", 5),
        V("CHEESE-SLICE", "Orange", 3),
        L("CHIPS-SKINON", 4),
        V("CLAM", "6 inch", 2),
        V("NAPKIN-KRAFT", "40cm", 1),
    ],
    "Guest count, dates and gate code are not quantities.",
    ["signature"],
)
M(
    c,
    1,
    "ORDER",
    "Hi both, could you send our usual event order for the Saturday? Thanks, Hattie",
    [],
    'Reference to "our usual": the caterer never repeats a basket, so there is no usual.',
    ["reference", "ambiguous_reference", "non_order_request"],
    ref="usual",
)
M(
    c,
    2,
    "ORDER",
    "Please add 2 gas bottles and 3 boxes of gloves to Friday. H",
    [A(["PROPANE", "BUTANE"], 2), A(GLOVES, 3)],
    '"gas bottles": propane or butane cylinders (cartridges are not bottles); "gloves": nitrile or vinyl.',
    ["family"],
)
M(
    c,
    3,
    "QUESTION",
    "Do you hire out gas regulators or griddles? We have a festival job with no kit on site.",
    notes="Equipment hire is not offered. Question.",
    tags=["not_in_catalog"],
)
M(
    c,
    4,
    "ORDER",
    "For Sunday's garden party: 300 brioche buns please",
    [V("BUN-BRIOCHE", None, None)],
    "300 buns is not a whole number of packs of 48, and no size given.",
    ["count", "variant"],
)
M(
    c,
    5,
    "CHANGE",
    "For Saturday's wedding order, please change the 4oz patties to 6oz, same number of boxes (6).",
    notes="Swaps the variant on a placed order.",
    change=[V("PAT-STEAK", P4, 0), V("PAT-STEAK", P6, 6)],
)
M(
    c,
    6,
    "ORDER",
    "Subject: Corporate picnic 16 June, 90 covers\n\nHi, for the Brennan & Co picnic (90 covers) on "
    "16 June: 2 boxes jumbo beef hot dogs, 2 packs brioche hot dog rolls, 1 box American mustard sachets, 1 box "
    "ketchup sachets. Deliver Thursday 15th.\nHattie",
    [L("HOTDOG-JUMBO", 2), L("ROLL-HD-BRIOCHE", 2), L("SACH-MUSTARD", 1), L("SACH-KETCHUP", 1)],
    "Covers and dates are not quantities.",
    ["signature"],
)

# ---------------------------------------------------------------- seoul-street (regular, en)
c = "seoul-street"
M(
    c,
    0,
    "ORDER",
    "annyeong! 20kg wings, 10kg thigh, 6 sriracha, 2 cs sweet chilli, 4 cs shoestring",
    [L("CHK-WINGS", 20), L("CHK-THIGH", 10), L("SRIRACHA", 6), L("SQ-SWEETCHILLI", 2), L("CHIPS-SHOE", 4)],
    "",
)
M(
    c,
    1,
    "QUESTION",
    "do you have gochujang in the 14kg tubs? and kimchi",
    notes="Gochujang and kimchi are not stocked.",
    tags=["not_in_catalog"],
)
M(
    c,
    2,
    "ORDER",
    "chilli sauce x4 and trays x2",
    [A(["KEBAB-CHILLI", "SQ-SWEETCHILLI", "SRIRACHA"], 4), A(["BOAT-TRAY", "FOIL-TRAY"], 2)],
    '"chilli sauce": kebab chilli, sweet chilli or sriracha; "trays": boat trays or foil containers.',
    ["family"],
)
M(
    c,
    3,
    "ORDER",
    "usual for fri but 30kg wings instead of 20, doing a wing night",
    [L("CHK-WINGS", 30, "set")],
    "Reference to the usual with a new quantity (reason given).",
    ["reference"],
    ref="usual",
)
M(
    c,
    4,
    "ORDER",
    "yeah so twenty kilo wings a case of coke zero two sweet chilli and a box of gloves medium",
    [L("CHK-WINGS", 20), L("COKE-ZERO", 1), L("SQ-SWEETCHILLI", 2), V("GLOVES", "Medium", 1)],
    'Voice note without commas; "a" starts an item. Medium is only the nitrile gloves.',
    ["spoken", "voice"],
)
M(
    c,
    5,
    "COMPLAINT",
    "2 cs sriracha smashed in transit, sticky mess all over the wings box. pics attached",
    notes="Complaint.",
)
M(
    c,
    6,
    "ORDER",
    "2 cs coke zero, 1 cs 2oz sauce pots, 3 rapeseed oil 🙏",
    [L("COKE-ZERO", 2), V("POT", "2oz (case of 1000)", 1), L("OIL-RAPE", 3)],
    "",
    ["emoji"],
)
M(
    c,
    1,
    "ORDER",
    "a dozen sriracha and two cases of shoestring",
    [L("SRIRACHA", 12), L("CHIPS-SHOE", 2)],
    '"a dozen" sriracha = 12 bottles.',
    ["spoken"],
)
M(
    c,
    5,
    "ORDER",
    "3 cs small trays + 1 red bull case for the weekend",
    [V("BOAT-TRAY", "Small (case of 1000)", 3), L("REDBULL", 1)],
    '"small trays": only the boat trays come in Small.',
    [],
)
M(
    c,
    2,
    "CANCEL",
    "cancel fri order pls, van broke down 😩 will rebook",
    notes="Cancellation.",
    tags=["emoji"],
)

# ---------------------------------------------------------------- flame-and-bun (new, en)
c = "flame-and-bun"
M(
    c,
    0,
    "ORDER",
    "Hi, new trailer starting this weekend, Lydia gave me your number. First order, paying card on "
    "delivery: 4 boxes 6oz steak patties, 4 packs 5 inch brioche, 2 packs orange cheese slices, 6 cases skin on "
    "fries, 2 propane 13kg. Kyle",
    [
        V("PAT-STEAK", P6, 4),
        V("BUN-BRIOCHE", "5 inch", 4),
        V("CHEESE-SLICE", "Orange", 2),
        L("CHIPS-SKINON", 6),
        V("PROPANE", "13kg", 2),
    ],
    "First order, paid on delivery: ships as written.",
    ["signature"],
)
M(
    c,
    3,
    "ORDER",
    "same as my first order again pls for next sat",
    [],
    "A first-time customer's reference: messages are not history, unresolved.",
    ["reference"],
    ref="last",
)
M(
    c,
    1,
    "QUESTION",
    "what days do you deliver to Northfield? and is there a minimum order?",
    notes="Question.",
)
M(
    c,
    2,
    "ORDER",
    "Can we open a 30 day account? If so add 2 cs burger sauce and a case of regular burger boxes to "
    "the next drop",
    [L("SQ-BURGER", 2), V("BOX-BURGER", "Regular (case of 300)", 1)],
    "Order conditional on opening a 30-day account: review.",
    ["credit", "conditional", "non_order_request"],
    review=True,
)
M(
    c,
    1,
    "ORDER",
    "Kyle again - can you add 2 boxes of ketchup sachets and 1 box of mayo sachets to saturday's?",
    [L("SACH-KETCHUP", 2), L("SACH-MAYO", 1)],
    "",
    ["non_order_request"],
)

# ---------------------------------------------------------------- la-lupita (new, es)
c = "la-lupita"
M(
    c,
    0,
    "ORDER",
    "Hola, somos La Lupita, food truck de tacos nuevo. Primer pedido, pago al recibir: 10 kg de "
    "muslo de pollo deshuesado, 2 cubos de jalapeños y 2 cajas de tortillas de maíz",
    [L("CHK-THIGH", 10), L("JALAPENO", 2), X(2, "corn tortillas")],
    'Corn tortillas are not in catalog (flour wraps are). "muslo de pollo deshuesado" = thigh fillets.',
    [],
)
M(
    c,
    2,
    "ORDER",
    "3 cajas de tortillas de harina de 10 pulgadas y 2 de salsa",
    [V("WRAPS", "10 inch (case of 144)", 3), L("SALSA", 2)],
    "",
    ["number_in_name"],
)
M(
    c,
    4,
    "QUESTION",
    "¿Tenéis queso Oaxaca o algo parecido para quesadillas?",
    notes="Oaxaca cheese is not stocked.",
    tags=["not_in_catalog"],
)
M(
    c,
    5,
    "ORDER",
    "Añade por favor 2 cubos de crema agria y 1 caja de servilletas de dispensador",
    [L("SOUR-CREAM", 2), L("NAPKIN-DISP", 1)],
    "",
)
