# ruff: noqa  (hand-written data generator of blind set 16, kept as its writer left it)
# -*- coding: utf-8 -*-
"""Messages of the sixteenth blind set and their plain labels, all hand-written.

M(customer, day, channel, language, intent, text, lines, review, notes, tags, hist=..., change=...)
  day      0..6 = 2027-03-01 (Mon) .. 03-07 (Sun)
  channel  W = WHATSAPP, S = SMS, E = EMAIL
  lines    L(sku, qty[, variant]) / F([candidates], qty, cv=candidate_variant, qby={sku: qty}) / X(qty) (not in catalog)
  review   expect_review without history (ORDER rows only)
  hist     None (history cannot change the answer; build16 checks that it does not),
           "resolve" (family words / missing variants resolved from the customer's history),
           "outlier" (a quantity far above the customer's usual, no reason given),
           {"ref": "usual"|"last", "ops": [...]} (a reference; ops are applied to the basket in order:
             ("set", line) new quantity, ("add", line) addition, ("remove", sku), ("double", sku),
             ("swap", sku, from_variant, to_variant))
  sticky   True when the row needs review for a reason history cannot remove (credit, conditional, range...)
"""

NOV = object()


def L(sku, q, v=NOV):
    d = {"sku": sku, "quantity": q}
    if v is not NOV:
        d["variant"] = v
    return d


def F(cands, q, cv=None, qby=None):
    d = {"sku": None, "quantity": q, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    if qby:
        d["_qby"] = dict(qby)
    return d


def X(q):
    return {"sku": None, "quantity": q}


def NOFILL(line):
    """a variant word the catalog does not have: never filled from history"""
    line["_nofill"] = True
    return line


MESSAGES = []


def M(
    c,
    d,
    ch,
    lang,
    intent,
    text,
    lines=(),
    review=None,
    notes="",
    tags=(),
    hist=None,
    change=None,
    sticky=False,
):
    MESSAGES.append(
        dict(
            customer=c,
            day=d,
            channel={"W": "WHATSAPP", "S": "SMS", "E": "EMAIL"}[ch],
            language=lang,
            intent=intent,
            text=text,
            lines=list(lines),
            review=review,
            notes=notes,
            tags=list(tags),
            hist=hist,
            change=change,
            sticky=sticky,
        )
    )


COKE_ALL = ["COKE-CAN24", "COKE-500-PMP12", "COKE-500-24", "COKE-175-PMP6"]
COKE_500 = ["COKE-500-PMP12", "COKE-500-24"]
RB = ["RB-250-24", "RB-250-PMP24"]
MON = ["MONG-500-12", "MONG-500-PMP12"]
LUC = ["LUCE-380-PMP12", "LUCS-500-PMP12"]
WATER = ["HS-STILL-500", "HS-SPARK-500", "HS-STILL-1500"]
WATER_CASE = ["HS-STILL-500", "HS-SPARK-500"]
RIZLA = ["RIZLA-REG", "RIZLA-KSS"]
TIPS = ["SWAN-XSLIM-TIPS", "RIZLA-USLIM-TIPS"]
EXTRA = ["EXTRA-PEP", "EXTRA-SPEAR"]
HARIBO = ["HARIBO-STAR-140", "HARIBO-TANG-140"]
TEA = ["PGTIPS-80", "YORKS-80"]
POTN = ["PN-CHKMUSH", "PN-BEEFTOM"]
MILK = ["MILK-WHOLE", "MILK-SEMI", "MILK-SKIM"]
MILK4 = ["MILK-WHOLE", "MILK-SEMI"]
BATT = ["DURACELL-PLUS4", "ENERGIZER-MAX4"]
BLEACH = ["DOMESTOS-750", "BRIGHTWAY-BLEACH"]
CATFOOD = ["FELIX-AGAIL", "WHISKAS-1PLUS"]
DOGFOOD = ["PEDIGREE-CHUNKS", "BUTCHERS-TRIPE"]
CARLING = ["CARLING-CAN24", "CARLING-4PK-PMP"]
ECHO = ["ECHO-RED-6", "ECHO-ROSE-6"]
KP = ["KP-SALTED-50", "KP-DRY-50"]
PNM = ["PNM-COLA", "PNM-JBABY", "PNM-FOAMB", "PNM-MILKB"]
WALK_CO = ["WALK-CO-25", "WALK-CO-GB"]

CDM45 = "45g (outer of 48)"
CDM110 = "110g PMP £1.85 (outer of 18)"
P40 = "40g (case of 12)"
P165 = "165g (case of 6)"
A4 = "4 Roll (case of 10)"
A9 = "9 Roll (case of 5)"

# =====================================================================================================
# singh-superstore: Punjabi (romanised) convenience store, WhatsApp, steady, orders Mondays
# =====================================================================================================
M(
    "singh-superstore",
    0,
    "W",
    "pa",
    "ORDER",
    "Sat sri akal veerji. Kal lai order:\n3 case coke cans\n2 case red bull pmp\n2 box walkers cheese onion 25g\n"
    "12 semi 4 pint\n10 toastie\nDhanvaad",
    [
        L("COKE-CAN24", 3),
        L("RB-250-PMP24", 2),
        L("WALK-CO-25", 2),
        L("MILK-SEMI", 12, "4 Pint"),
        L("WB-TOASTIE-800", 10),
    ],
    False,
    "'semi 4 pint' is 12 x semi-skimmed 4 pint (milk is sold each); 'toastie' is the Warburtons Toastie",
    ["clean", "multilingual", "pmp"],
)
M(
    "singh-superstore",
    2,
    "W",
    "pa",
    "ORDER",
    "veerji 2 box rizla te 1 box tips bhej dena, thursday nu. te 2 monster vi",
    [F(RIZLA, 2), F(TIPS, 1), F(MON, 2)],
    True,
    "ambiguous: 'rizla' (regular or king size slim, and no colour), 'tips' (Swan or Rizla), 'monster' (plain or PMP). "
    "History: the shop only buys Rizla regular Green, Swan tips and Monster PMP",
    ["family", "multilingual", "pmp"],
    hist="resolve",
)
M(
    "singh-superstore",
    4,
    "W",
    "pa",
    "ORDER",
    "Veerji usual hi bhej do, bas carling pmp 6 kar dena 4 di jagah. Match ae weekend te",
    [L("CARLING-4PK-PMP", 6)],
    True,
    "reference to the usual; without history only the new quantity (Carling PMP 6 instead of 4) is a line. "
    "The match is the reason for the increase, so not an outlier",
    ["reference", "multilingual"],
    hist={"ref": "usual", "ops": [("set", L("CARLING-4PK-PMP", 6))]},
)
M(
    "singh-superstore",
    5,
    "W",
    "pa",
    "QUESTION",
    "veerji Prime wali drink aa gayi stock ch? customer bahut puchde ne. kinne da case?",
    notes="Prime Hydration is not in the catalog; a stock and price question",
    tags=["question", "not_in_catalog", "multilingual"],
)
M(
    "singh-superstore",
    1,
    "W",
    "pa",
    "ORDER",
    "2 case coke zero can, 1 case fanta te 5 outer amber leaf 30g je mil jave",
    [L("ZERO-CAN24", 2), L("FANTA-CAN24", 1), X(5)],
    True,
    "Amber Leaf tobacco is not in catalog (no tobacco is sold); '30g' is a pack size, not a quantity",
    ["not_in_catalog", "multilingual"],
)
M(
    "singh-superstore",
    3,
    "W",
    "pa",
    "COMPLAINT",
    "veerji kal di delivery ch 2 bottle 4 pint semi phatiyan hoyian si, te toastie 10 di jagah 8 aayi. credit kar dena",
    notes="damaged milk and a short delivery of bread",
    tags=["complaint", "multilingual"],
)
M(
    "singh-superstore",
    6,
    "W",
    "pa",
    "ORDER",
    "Veerji kal 30 case red bull pmp bhej do te 2 case coke can",
    [L("RB-250-PMP24", 30), L("COKE-CAN24", 2)],
    False,
    "outlier: 30 cases of Red Bull PMP against a usual 2 a week, no reason given",
    ["outlier", "multilingual", "pmp"],
    hist="outlier",
)
M(
    "singh-superstore",
    1,
    "W",
    "en",
    "ORDER",
    "bro add 1 tray clippers to tmrw pls",
    [L("CLIPPER-LG", 1)],
    False,
    "addition to tomorrow's order; 'clippers' is the plain Clipper (Classic Large), the micro carries its modifier",
    ["clean"],
)
M(
    "singh-superstore",
    2,
    "W",
    "pa",
    "ORDER",
    "Veerji 2 case pepsi max can te 1 case irn bru can bhej dio. Te 6 whole 4 pint vi",
    [L("PMAX-CAN24", 2), L("IRN-CAN24", 1), L("MILK-WHOLE", 6, "4 Pint")],
    False,
    "",
    ["clean", "multilingual"],
)
M(
    "singh-superstore",
    3,
    "W",
    "en",
    "ORDER",
    "add 1 box duracell AA and 2 trays micro clippers for thurs",
    [L("DURACELL-PLUS4", 1, "AA"), L("CLIPPER-MICRO", 2)],
    False,
    "",
    ["clean", "variant"],
)

# =====================================================================================================
# raja-news: Urdu (romanised) newsagent, WhatsApp, regular, orders Tuesdays
# =====================================================================================================
M(
    "raja-news",
    1,
    "W",
    "ur",
    "ORDER",
    "Assalam o alaikum bhai. Kal ke liye:\n1 outer mars\n1 outer snickers\n1 outer twix\n1 box rizla blue regular\n"
    "1 box rizla silver king size\n2 case coke 500 pmp\nShukriya",
    [
        L("MARS-51", 1),
        L("SNICKERS-48", 1),
        L("TWIX-50", 1),
        L("RIZLA-REG", 1, "Blue"),
        L("RIZLA-KSS", 1, "Silver"),
        L("COKE-500-PMP12", 2),
    ],
    False,
    "",
    ["clean", "multilingual", "variant", "pmp"],
)
M(
    "raja-news",
    3,
    "W",
    "ur",
    "ORDER",
    "bhai pichle hafte wala order dobara bhej dein, lekin galaxy nahi chahiye aur maltesers 2 outer kar dein",
    [L("MALTESERS-37", 2)],
    True,
    "reference to last week's order; without history only the new quantity (Maltesers 2) is a line; "
    "Galaxy removed",
    ["reference", "multilingual"],
    hist={"ref": "last", "ops": [("remove", "GALAXY-42"), ("set", L("MALTESERS-37", 2))]},
)
M(
    "raja-news",
    4,
    "W",
    "ur",
    "QUESTION",
    "bhai kya aap log Sunday ko bhi delivery karte hain? aur order ka cut off time kya hai",
    notes="",
    tags=["question", "multilingual"],
)
M(
    "raja-news",
    0,
    "W",
    "en",
    "ORDER",
    "2 box blue rizla, 1 tray bic, 3 box extra",
    [F(RIZLA, 2, cv="Blue"), L("BIC-J26", 1), F(EXTRA, 3)],
    True,
    "ambiguous: 'blue rizla' is a colour of both the regular and the king size slim papers; 'extra' is peppermint "
    "or spearmint gum. History: the shop buys both Rizla products (regular Blue, king size Silver), so the papers stay "
    "open; it only buys Extra Peppermint",
    ["family", "variant"],
    hist="resolve",
)
M(
    "raja-news",
    2,
    "W",
    "ur",
    "COMPLAINT",
    "bhai invoice 55102 mein 2 outer kitkat charge hue hain lekin aaya sirf 1. please check karein",
    notes="invoice number is not a quantity",
    tags=["complaint", "multilingual"],
)
M(
    "raja-news",
    5,
    "W",
    "ur",
    "ORDER",
    "bhai 48 dairy milk 45g aur 24 lucozade bhej dein kal",
    [L("CDM", 1, CDM45), F(LUC, 2)],
    True,
    "48 bars of the 45g Dairy Milk is one outer of 48; '24 lucozade' is 2 cases whichever Lucozade it is (both come in "
    "12s) but Energy or Sport is ambiguous. History: the shop only buys Lucozade Energy",
    ["count", "family", "multilingual"],
    hist="resolve",
)
M(
    "raja-news",
    1,
    "W",
    "ur",
    "CANCEL",
    "bhai aaj wala order cancel kar dein, family mein fotgi ho gayi hai, dukaan 3 din band rahegi",
    notes="'3 din' (three days) is not a quantity",
    tags=["cancel", "multilingual"],
)
M(
    "raja-news",
    3,
    "W",
    "ur",
    "ORDER",
    "Bhai 1 outer galaxy, 1 outer maltesers, 1 card KP salted aur 1 box extra spearmint bhej dein",
    [L("GALAXY-42", 1), L("MALTESERS-37", 1), L("KP-SALTED-50", 1), L("EXTRA-SPEAR", 1)],
    False,
    "",
    ["clean", "multilingual"],
)
M(
    "raja-news",
    6,
    "W",
    "en",
    "ORDER",
    "1 box rizla ultra slim tips 1 tray bic 1 pack swan vestas",
    [L("RIZLA-USLIM-TIPS", 1), L("BIC-J26", 1), L("SWAN-VESTAS", 1)],
    False,
    "spoken list without commas",
    ["clean", "spoken"],
)
M(
    "raja-news",
    4,
    "W",
    "ur",
    "CHANGE",
    "bhai kal wale order mein rizla blue regular ki jagah green bhej dena, 1 box hi",
    notes="placed order: regular Rizla Blue swapped for Green",
    tags=["change", "multilingual", "variant"],
    change=[L("RIZLA-REG", 1, "Green"), L("RIZLA-REG", 0, "Blue")],
)
M(
    "raja-news",
    6,
    "W",
    "ur",
    "OTHER",
    "Happy birthday beta!! 🎂 Allah khush rakhe. Sunday ko nani ke ghar milte hain",
    notes="a family birthday message sent to the supplier by mistake",
    tags=["other", "multilingual", "misdirected"],
)

# =====================================================================================================
# khan-convenience: English texting with some Urdu, WhatsApp, steady, orders Wednesdays
# =====================================================================================================
M(
    "khan-convenience",
    2,
    "W",
    "en",
    "ORDER",
    "2 cs pepsi max 500 pm, 1 cs pepsi max cans, 2 cs monster pm, 1 cs white monster, 2 cs rubicon mango",
    [
        L("PMAX-500-PMP24", 2),
        L("PMAX-CAN24", 1),
        L("MONG-500-PMP12", 2),
        L("MONUW-500-PMP12", 1),
        L("RUBICON-MANGO24", 2),
    ],
    False,
    "'pm' = price marked",
    ["clean", "pmp"],
)
M(
    "khan-convenience",
    4,
    "W",
    "en",
    "ORDER",
    "bro need 40 AA duracell and 2 boxes of carrier bags",
    [L("DURACELL-PLUS4", 1, "AA"), L("CARRIER-VEST", 2, None)],
    True,
    "40 AA batteries are 10 four-packs, one box of 10; carrier bag size not stated (variant ambiguous). "
    "History: the shop only buys medium carriers",
    ["count", "variant"],
    hist="resolve",
)
M(
    "khan-convenience",
    0,
    "W",
    "ur",
    "ORDER",
    "bhai wohi usual bhej do aur 2 box haribo tangfastics extra",
    [L("HARIBO-TANG-140", 2)],
    True,
    "reference to the usual plus 2 extra boxes of Tangfastics (added to the usual's 1); 'extra' here means more, "
    "not the chewing gum",
    ["reference", "multilingual"],
    hist={"ref": "usual", "ops": [("add", L("HARIBO-TANG-140", 2))]},
)
M(
    "khan-convenience",
    3,
    "W",
    "en",
    "QUESTION",
    "do u do monster mango loco? if yes price per case pls",
    notes="Monster Mango Loco is not in the catalog",
    tags=["question", "not_in_catalog"],
)
M(
    "khan-convenience",
    5,
    "W",
    "en",
    "ORDER",
    "can I get 12 4 pint semi and 8 warburtons medium white 800g for monday",
    [L("MILK-SEMI", 12, "4 Pint"), L("WB-MEDWHITE", 8, "800g")],
    False,
    "an order that opens like a request; '4 pint' and '800g' are sizes",
    ["clean", "non_order_request", "variant"],
)
M(
    "khan-convenience",
    1,
    "W",
    "en",
    "OTHER",
    "Salam, plz note from next week shop opens 7am so driver can come early. thanks",
    notes="a standing delivery instruction",
    tags=["other"],
)
M(
    "khan-convenience",
    6,
    "W",
    "en",
    "ORDER",
    "voice note: yeah bro send two cases of coke cans a case of diet coke cans three boxes of starmix and a box of "
    "pringles original the big ones",
    [L("COKE-CAN24", 2), L("DIET-CAN24", 1), L("HARIBO-STAR-140", 3), L("PRINGLES-ORIG", 1, P165)],
    False,
    "voice-note transcript, a spoken list with number words and 'a' starting items; 'the big ones' is the 165g tube. "
    "'box' of a product sold by the case is read as one case",
    ["clean", "spoken", "voice", "variant"],
)
M(
    "khan-convenience",
    1,
    "W",
    "ur",
    "ORDER",
    "bhai 3 case coke can aur 2 case diet coke can kal subah",
    [L("COKE-CAN24", 3), L("DIET-CAN24", 2)],
    False,
    "",
    ["clean", "multilingual"],
)
M(
    "khan-convenience",
    3,
    "W",
    "en",
    "ORDER",
    "pls send 2 cs pringles original 40g and 1 case capri sun",
    [L("PRINGLES-ORIG", 2, P40), L("CAPRI-ORANGE40", 1)],
    False,
    "'40g' picks the variant",
    ["clean", "variant"],
)

# =====================================================================================================
# patel-corner: English, SMS, regular, orders Thursdays
# =====================================================================================================
M(
    "patel-corner",
    3,
    "S",
    "en",
    "ORDER",
    "Morning. 12 x 2pt semi, 6 x 4pt semi, 6 x 2pt whole, 6 x 1pt skimmed, 6 medium white 800, 4 hovis wholemeal 800, "
    "6 crumpets. Thanks Raj",
    [
        L("MILK-SEMI", 12, "2 Pint"),
        L("MILK-SEMI", 6, "4 Pint"),
        L("MILK-WHOLE", 6, "2 Pint"),
        L("MILK-SKIM", 6, "1 Pint"),
        L("WB-MEDWHITE", 6, "800g"),
        L("HOVIS-WM", 4, "800g"),
        L("WB-CRUMPETS6", 6),
    ],
    False,
    "two variants of one product (semi 2pt and 4pt)",
    ["clean", "variant"],
)
M(
    "patel-corner",
    0,
    "S",
    "en",
    "ORDER",
    "same as last thurs pls but 8 crumpets not 6 and no lurpak",
    [L("WB-CRUMPETS6", 8)],
    True,
    "reference to last Thursday's order; without history only the new quantity is a line; Lurpak removed",
    ["reference"],
    hist={"ref": "last", "ops": [("set", L("WB-CRUMPETS6", 8)), ("remove", "LURPAK-500")]},
)
M(
    "patel-corner",
    2,
    "S",
    "en",
    "ORDER",
    "Raj here, pls add 6 more semi to tomorrow's, forgot",
    [L("MILK-SEMI", 6, None)],
    True,
    "ambiguous: semi-skimmed size not stated; the shop buys both 2 pint and 4 pint, so history does not settle it",
    ["variant"],
)
M(
    "patel-corner",
    1,
    "S",
    "en",
    "QUESTION",
    "Hi is the warburtons price going up? rep said 10p a loaf from april",
    notes="'10p' is a price",
    tags=["question"],
)
M(
    "patel-corner",
    4,
    "S",
    "en",
    "ORDER",
    "2 cs coke cans 1 cs diet coke cans 1 box ready salted 25g 1 box salt n vinegar 25g 1 case sugar 1 case pg tips 80",
    [
        L("COKE-CAN24", 2),
        L("DIET-CAN24", 1),
        L("WALK-RS-25", 1),
        L("WALK-SV-25", 1),
        L("SUGAR-1KG", 1),
        L("PGTIPS-80", 1),
    ],
    False,
    "spoken list without commas; '25g' and '80' are sizes",
    ["clean", "spoken", "number_in_name"],
)
M(
    "patel-corner",
    5,
    "S",
    "en",
    "COMPLAINT",
    "Crumpets today were out of date 2moro, 6 packs. Not happy, third time",
    notes="",
    tags=["complaint"],
)
M(
    "patel-corner",
    6,
    "S",
    "en",
    "ORDER",
    "Raj: for monday 3 x 4pt whole, 2 lurpak, and 2 cans of pepsi max pls",
    [L("MILK-WHOLE", 3, "4 Pint"), L("LURPAK-500", 2), L("PMAX-CAN24", 2)],
    False,
    "'2 cans of pepsi max' is 2 cases by the small-N rule",
    ["clean", "container"],
)
M(
    "patel-corner",
    1,
    "S",
    "en",
    "CHANGE",
    "Hi can u change thurs order to 10 x 2pt semi instead of 12. ta",
    notes="",
    tags=["change", "variant"],
    change=[L("MILK-SEMI", 10, "2 Pint")],
)
M(
    "patel-corner",
    5,
    "S",
    "en",
    "ORDER",
    "Raj - 2 lurpak 1 heinz beans 1 heinz tomato soup 1 case pot noodle chicken mushroom",
    [L("LURPAK-500", 2), L("HEINZ-BEANS", 1), L("HEINZ-TOMSOUP", 1), L("PN-CHKMUSH", 1)],
    False,
    "a bare count of a product sold by the case counts cases",
    ["clean", "spoken"],
)

# =====================================================================================================
# sylhet-mini: Bengali (romanised), WhatsApp, regular, orders Mondays
# =====================================================================================================
M(
    "sylhet-mini",
    0,
    "W",
    "bn",
    "ORDER",
    "Salam bhai, kalke ei gula pathaben:\n2 case coke can\n3 case rubicon mango\n4 pack highland spring 1.5\n"
    "1 case capri sun\n6 toastie\nDhonnobad",
    [
        L("COKE-CAN24", 2),
        L("RUBICON-MANGO24", 3),
        L("HS-STILL-1500", 4),
        L("CAPRI-ORANGE40", 1),
        L("WB-TOASTIE-800", 6),
    ],
    False,
    "'1.5' is the 1.5L size, only sold as still water packs of 6",
    ["clean", "multilingual"],
)
M(
    "sylhet-mini",
    2,
    "W",
    "bn",
    "ORDER",
    "bhai amar usual order ta diben, kintu felix lagbe na ar pg tips 3 case",
    [L("PGTIPS-80", 3)],
    True,
    "reference to the usual; without history only the new quantity (PG Tips 3) is a line; Felix removed",
    ["reference", "multilingual"],
    hist={"ref": "usual", "ops": [("remove", "FELIX-AGAIL"), ("set", L("PGTIPS-80", 3))]},
)
M(
    "sylhet-mini",
    3,
    "W",
    "bn",
    "ORDER",
    "2 case tea bag ar 1 case cheeni, 1 case nescafe",
    [F(TEA, 2), L("SUGAR-1KG", 1), L("NESCAFE-100", 1)],
    True,
    "ambiguous: 'tea bag' is PG Tips or Yorkshire; 'cheeni' is sugar. History: the shop only buys PG Tips",
    ["family", "multilingual"],
    hist="resolve",
)
M(
    "sylhet-mini",
    4,
    "W",
    "bn",
    "QUESTION",
    "bhai apnara ki halal haribo rakhen? customer ra onek jiggesh kore",
    notes="halal Haribo is not in the catalog",
    tags=["question", "not_in_catalog", "multilingual"],
)
M(
    "sylhet-mini",
    5,
    "W",
    "bn",
    "COMPLAINT",
    "bhai aajke 4 pack pani ashe nai, invoice e ache kintu van e chilo na",
    notes="'pani' is water; a short delivery",
    tags=["complaint", "multilingual"],
)
M(
    "sylhet-mini",
    6,
    "W",
    "bn",
    "ORDER",
    "bhai 8 ta 4 pint whole milk ar 2 case heinz beans pathaben",
    [L("MILK-WHOLE", 8, "4 Pint"), L("HEINZ-BEANS", 2)],
    False,
    "",
    ["clean", "multilingual"],
)
M(
    "sylhet-mini",
    1,
    "W",
    "en",
    "OTHER",
    "Bhai new number for shop now 07700 900190, old one not working. Rahim",
    notes="a contact change; the phone number is not a quantity",
    tags=["other"],
)
M(
    "sylhet-mini",
    1,
    "W",
    "bn",
    "ORDER",
    "bhai 2 case coke can, 1 case pepsi max can ar 2 box walkers prawn cocktail",
    [L("COKE-CAN24", 2), L("PMAX-CAN24", 1), L("WALK-PC-25", 2)],
    False,
    "",
    ["clean", "multilingual"],
)
M(
    "sylhet-mini",
    4,
    "W",
    "en",
    "ORDER",
    "1 case felix 1 case andrex 9 roll 2 box hula hoops",
    [L("FELIX-AGAIL", 1), L("ANDREX-CC", 1, A9), L("HULA-ORIG", 2)],
    False,
    "spoken list",
    ["clean", "spoken", "variant"],
)

# =====================================================================================================
# bismillah-fw: Bengali/English off-licence, WhatsApp, steady, orders Fridays
# =====================================================================================================
M(
    "bismillah-fw",
    4,
    "W",
    "en",
    "ORDER",
    "3 cs carling cans 24, 2 cs stella, 2 cs strongbow, 2 cs echo falls rose, 6 smirnoff 70cl",
    [
        L("CARLING-CAN24", 3),
        L("STELLA-CAN24", 2),
        L("STRONGBOW-CAN24", 2),
        L("ECHO-ROSE-6", 2),
        L("SMIRNOFF-RED", 6, "70cl"),
    ],
    False,
    "'carling cans 24' is the 24-can case; Smirnoff is sold by the bottle",
    ["clean", "variant"],
)
M(
    "bismillah-fw",
    2,
    "W",
    "bn",
    "ORDER",
    "bhai 12 ta smirnoff ar 3 case carling 4 pack pmp",
    [L("SMIRNOFF-RED", 12, None), L("CARLING-4PK-PMP", 3)],
    True,
    "ambiguous: Smirnoff size not stated; the shop buys both 35cl and 70cl",
    ["variant", "multilingual", "pmp"],
)
M(
    "bismillah-fw",
    3,
    "W",
    "bn",
    "QUESTION",
    "apnader kache ki Elf Bar ba kono vape ache? na thakle thik ache",
    notes="vapes are not in the catalog",
    tags=["question", "not_in_catalog", "multilingual"],
)
M(
    "bismillah-fw",
    5,
    "W",
    "bn",
    "ORDER",
    "bhai same as last week, plus 1 case echo falls red",
    [L("ECHO-RED-6", 1)],
    True,
    "reference to last week's order plus one line the shop has never bought",
    ["reference", "multilingual"],
    hist={"ref": "last", "ops": [("add", L("ECHO-RED-6", 1))]},
)
M(
    "bismillah-fw",
    0,
    "W",
    "en",
    "COMPLAINT",
    "2 bottles of smirnoff 70 came smashed in the case, driver said report it. Photos sent",
    notes="",
    tags=["complaint"],
)
M(
    "bismillah-fw",
    1,
    "W",
    "bn",
    "ORDER",
    "salam bhai, 1 case pringles sour cream, 2 box mccoys steak, 1 tray micro clippers. thursday dile hobe",
    [L("PRINGLES-SCO-165", 1), L("MCCOYS-FGS", 2), L("CLIPPER-MICRO", 1)],
    False,
    "",
    ["clean", "multilingual"],
)
M(
    "bismillah-fw",
    6,
    "W",
    "bn",
    "ORDER",
    "bhai 4 case carling 24 can ar 2 case strongbow, shukrobar dile hobe",
    [L("CARLING-CAN24", 4), L("STRONGBOW-CAN24", 2)],
    False,
    "'shukrobar' is Friday",
    ["clean", "multilingual"],
)
M(
    "bismillah-fw",
    3,
    "W",
    "en",
    "ORDER",
    "bhai 2 cs red bull normal 2 cs coke cans 1 box mccoys",
    [L("RB-250-24", 2), L("COKE-CAN24", 2), L("MCCOYS-FGS", 1)],
    False,
    "'red bull normal' is the plain (not price-marked) Red Bull",
    ["clean", "pmp", "spoken"],
)

# =====================================================================================================
# orzel-sklep: Polish shop, WhatsApp, regular, orders Tuesdays
# =====================================================================================================
M(
    "orzel-sklep",
    1,
    "W",
    "pl",
    "ORDER",
    "Dzień dobry, na czwartek poproszę:\n2 zgrzewki pepsi max puszki\n2 zgrzewki red bull bez ceny\n"
    "3 zgrzewki highland spring gazowana 500ml\n4 kartony carling puszki 24\nPozdrawiam, Marek",
    [L("PMAX-CAN24", 2), L("RB-250-24", 2), L("HS-SPARK-500", 3), L("CARLING-CAN24", 4)],
    False,
    "'bez ceny' (without a price) is the plain Red Bull; 'zgrzewka' is the shrink-wrapped case",
    ["clean", "multilingual", "pmp"],
)
M(
    "orzel-sklep",
    3,
    "W",
    "pl",
    "ORDER",
    "To samo co w zeszłym tygodniu, ale bez strongbow i 6 butelek smirnoff 70cl zamiast 5",
    [L("SMIRNOFF-RED", 6, "70cl")],
    True,
    "reference to last week's order; without history only the new quantity (Smirnoff 70cl 6) is a line; Strongbow removed",
    ["reference", "multilingual"],
    hist={"ref": "last", "ops": [("remove", "STRONGBOW-CAN24"), ("set", L("SMIRNOFF-RED", 6, "70cl"))]},
)
M(
    "orzel-sklep",
    4,
    "W",
    "pl",
    "ORDER",
    "Proszę 3 zgrzewki wody i 2 pudełka kitkat",
    [F(WATER, 3), L("KITKAT-4F", 2)],
    True,
    "ambiguous: 'woda' (water) in shrink packs fits still 500ml, sparkling 500ml and the 1.5L packs; the shop buys "
    "sparkling 500ml and still 1.5L, so history does not settle it. 'kitkat' is the plain 4 finger",
    ["family", "multilingual"],
)
M(
    "orzel-sklep",
    5,
    "W",
    "pl",
    "QUESTION",
    "Czy macie Tymbark albo Kubusia? Klienci pytają",
    notes="Polish juice brands not in the catalog",
    tags=["question", "not_in_catalog", "multilingual"],
)
M(
    "orzel-sklep",
    0,
    "W",
    "pl",
    "ORDER",
    "Poproszę 48 puszek red bull i 12 puszek monster",
    [F(RB, 2), F(MON, 1)],
    True,
    "48 cans are 2 cases of 24 and 12 cans 1 case of 12 whichever format; plain or PMP is ambiguous. "
    "History: the shop only buys plain Red Bull and plain Monster",
    ["container", "family", "multilingual", "pmp"],
    hist="resolve",
)
M(
    "orzel-sklep",
    2,
    "W",
    "pl",
    "CANCEL",
    "Proszę anulować zamówienie na czwartek, zamawiamy w przyszłym tygodniu. Marek",
    notes="",
    tags=["cancel", "multilingual"],
)
M(
    "orzel-sklep",
    6,
    "W",
    "pl",
    "ORDER",
    "3 zgrzewki pepsi max puszki, 1 zgrzewka coca cola puszki, 2 opakowania worków na śmieci czarne",
    [L("PMAX-CAN24", 3), L("COKE-CAN24", 1), L("REFUSE-10R", 2, "Black")],
    False,
    "'worki na śmieci czarne' are black refuse sacks",
    ["clean", "multilingual", "variant"],
)
M(
    "orzel-sklep",
    2,
    "W",
    "pl",
    "ORDER",
    "Poproszę 2 zgrzewki monster zielony bez ceny i 1 karton capri sun",
    [L("MONG-500-12", 2), L("CAPRI-ORANGE40", 1)],
    False,
    "'bez ceny' is the plain Monster",
    ["clean", "multilingual", "pmp"],
)

# =====================================================================================================
# delikatesy-ania: Polish deli, e-mail, steady, orders Thursdays
# =====================================================================================================
M(
    "delikatesy-ania",
    3,
    "E",
    "pl",
    "ORDER",
    "Temat: Zamówienie na czwartek\n\nDzień dobry,\nproszę o dostawę:\n- Highland Spring niegazowana 500ml – 2 zgrzewki\n"
    "- Highland Spring gazowana 500ml – 2 zgrzewki\n- Fanta puszki – 1 zgrzewka\n- Lucozade Sport – 1 karton\n"
    "- Hovis wholemeal 800g – 6 szt.\n- mleko półtłuste 1 pint – 12 szt.\n\nZ poważaniem\nAnna Wiśniewska\n"
    "Delikatesy Ania\n14 Carlton Parade, Northbridge NB4 2LX\ntel. 020 7946 0518",
    [
        L("HS-STILL-500", 2),
        L("HS-SPARK-500", 2),
        L("FANTA-CAN24", 1),
        L("LUCS-500-PMP12", 1),
        L("HOVIS-WM", 6, "800g"),
        L("MILK-SEMI", 12, "1 Pint"),
    ],
    False,
    "'mleko półtłuste' is semi-skimmed milk; street number, postcode and phone are not quantities",
    ["clean", "multilingual", "signature", "variant"],
)
M(
    "delikatesy-ania",
    0,
    "E",
    "pl",
    "ORDER",
    "Temat: zamówienie\n\nDzień dobry, proszę to samo co zawsze, ale dodatkowo 2 kartony Pot Noodle chicken & mushroom.\n"
    "Pozdrawiam, Anna",
    [L("PN-CHKMUSH", 2)],
    True,
    "reference to the usual plus an addition",
    ["reference", "multilingual"],
    hist={"ref": "usual", "ops": [("add", L("PN-CHKMUSH", 2))]},
)
M(
    "delikatesy-ania",
    1,
    "E",
    "pl",
    "QUESTION",
    "Temat: płatność\n\nDzień dobry, czy mogę płacić przelewem zamiast gotówką przy dostawie? Proszę o numer konta.\n"
    "Anna Wiśniewska",
    notes="opens like a request ('czy mogę') but asks about payment",
    tags=["question", "non_order_request", "multilingual"],
)
M(
    "delikatesy-ania",
    2,
    "E",
    "pl",
    "COMPLAINT",
    "Temat: Reklamacja FV 30217\n\nW ostatniej dostawie Domestos – 2 butelki przeciekały, cały karton mokry. "
    "Proszę o korektę faktury.\nAnna",
    notes="the invoice number is not a quantity",
    tags=["complaint", "multilingual"],
)
M(
    "delikatesy-ania",
    4,
    "E",
    "pl",
    "ORDER",
    "Temat: dopisać do czwartku\n\nProszę dorzucić do czwartkowej dostawy 1 opakowanie rękawic Marigold rozmiar L "
    "i 1 karton Fairy.\nDziękuję, Anna",
    [L("MARIGOLD", 1, "Large"), L("FAIRY-383-PMP", 1)],
    False,
    "addition to Thursday's order; 'rozmiar L' picks the large gloves",
    ["clean", "multilingual", "variant"],
)
M(
    "delikatesy-ania",
    5,
    "E",
    "pl",
    "OTHER",
    "Temat: dostawa\n\nDziękuję za szybką dostawę, wszystko się zgadza. Miłego weekendu!\nAnna",
    notes="thanks",
    tags=["other", "multilingual"],
)
M(
    "delikatesy-ania",
    1,
    "E",
    "pl",
    "ORDER",
    "Temat: kawa i herbata\n\nDzień dobry, proszę o 1 karton Nescafé Original, 1 karton Yorkshire Tea 80 "
    "i 1 karton cukru Tate & Lyle.\nPozdrawiam, Anna Wiśniewska",
    [L("NESCAFE-100", 1), L("YORKS-80", 1), L("SUGAR-1KG", 1)],
    False,
    "",
    ["clean", "multilingual"],
)

# =====================================================================================================
# jaffna-stores: Tamil (romanised), WhatsApp, regular, orders Wednesdays
# =====================================================================================================
M(
    "jaffna-stores",
    2,
    "W",
    "ta",
    "ORDER",
    "Vanakkam anna, naalaikku:\n2 case coke can\n1 case fanta\n2 case rubicon mango\n1 case red bull price marked\n"
    "6 whole milk 4 pint\n6 semi 4 pint\nNandri",
    [
        L("COKE-CAN24", 2),
        L("FANTA-CAN24", 1),
        L("RUBICON-MANGO24", 2),
        L("RB-250-PMP24", 1),
        L("MILK-WHOLE", 6, "4 Pint"),
        L("MILK-SEMI", 6, "4 Pint"),
    ],
    False,
    "",
    ["clean", "multilingual", "pmp", "variant"],
)
M(
    "jaffna-stores",
    4,
    "W",
    "ta",
    "ORDER",
    "anna 12 milk 4 pint venum, vera onnum illai",
    [F(MILK4, 12, cv="4 Pint")],
    True,
    "ambiguous: 'milk 4 pint' is whole or semi-skimmed (skimmed has no 4 pint); the shop buys both",
    ["family", "multilingual"],
)
M(
    "jaffna-stores",
    0,
    "W",
    "ta",
    "ORDER",
    "anna last week maathiri anuppunga, aana white monster vendaam, AAA batteries 2 box",
    [F(BATT, 2, cv="AAA")],
    True,
    "reference to last week's order without the Ultra White; 'AAA batteries' is ambiguous, Duracell or Energizer "
    "(the new quantity 2). History: the shop only buys Duracell AAA",
    ["reference", "family", "multilingual"],
    hist={"ref": "last", "ops": [("remove", "MONUW-500-PMP12"), ("set", F(BATT, 2, cv="AAA"))]},
)
M(
    "jaffna-stores",
    1,
    "W",
    "ta",
    "QUESTION",
    "anna, unga kitta Kinder Bueno irukka? outer evvalavu?",
    notes="Kinder Bueno is not in the catalog",
    tags=["question", "not_in_catalog", "multilingual"],
)
M(
    "jaffna-stores",
    3,
    "W",
    "ta",
    "COMPLAINT",
    "Anna yesterday delivery la 1 case coke can missing, invoice la 2 irukku but 1 dhaan vandhuchu",
    notes="",
    tags=["complaint", "multilingual"],
)
M(
    "jaffna-stores",
    5,
    "W",
    "en",
    "ORDER",
    "bro 2 box kitkat chunky, 1 box maltesers, 2 outer marlboro gold",
    [L("KITKAT-CHUNKY", 2), L("MALTESERS-37", 1), X(2)],
    True,
    "cigarettes are not in catalog",
    ["not_in_catalog"],
)
M(
    "jaffna-stores",
    1,
    "W",
    "ta",
    "CHANGE",
    "anna naalaikku order la coke can 2 case illa, 3 case podunga",
    notes="tomorrow's order: Coke cans 3 instead of 2",
    tags=["change", "multilingual"],
    change=[L("COKE-CAN24", 3)],
)
M(
    "jaffna-stores",
    6,
    "W",
    "ta",
    "ORDER",
    "anna 2 box walkers cheese onion 25g um 1 box salt vinegar 25g um, naalaikku",
    [L("WALK-CO-25", 2), L("WALK-SV-25", 1)],
    False,
    "",
    ["clean", "multilingual"],
)
M(
    "jaffna-stores",
    3,
    "W",
    "en",
    "ORDER",
    "1 box kitkat chunky 1 outer dairy milk 45g 1 case nescafe",
    [L("KITKAT-CHUNKY", 1), L("CDM", 1, CDM45), L("NESCAFE-100", 1)],
    False,
    "",
    ["clean", "spoken", "variant"],
)
M(
    "jaffna-stores",
    5,
    "W",
    "ta",
    "ORDER",
    "anna 2 case monster pmp, 1 case lucozade energy, 1 case red bull 1.55 anuppunga",
    [L("MONG-500-PMP12", 2), L("LUCE-380-PMP12", 1), L("RB-250-PMP24", 1)],
    False,
    "'red bull 1.55' is the £1.55 price-marked case; the price is not a quantity",
    ["clean", "multilingual", "pmp"],
)

# =====================================================================================================
# lanka-fw: Tamil (romanised) off-licence, SMS, steady, orders Fridays
# =====================================================================================================
M(
    "lanka-fw",
    4,
    "S",
    "en",
    "ORDER",
    "anna fri ku: carling 4 pack pmp x3, stella x2, strongbow x1, echo falls red x2, smirnoff 35 x 6 bottles. nandri",
    [
        L("CARLING-4PK-PMP", 3),
        L("STELLA-CAN24", 2),
        L("STRONGBOW-CAN24", 1),
        L("ECHO-RED-6", 2),
        L("SMIRNOFF-RED", 6, "35cl"),
    ],
    False,
    "'x3' after the product is the quantity; 'smirnoff 35' is the 35cl",
    ["clean", "variant", "pmp"],
)
M(
    "lanka-fw",
    0,
    "S",
    "ta",
    "ORDER",
    "anna 2 case echo falls um 2 pack coke 1.75 um anuppunga",
    [F(ECHO, 2), L("COKE-175-PMP6", 2)],
    True,
    "ambiguous: 'echo falls' is red or rosé. History: the shop only buys the red",
    ["family", "multilingual"],
    hist="resolve",
)
M(
    "lanka-fw",
    2,
    "S",
    "ta",
    "ORDER",
    "usual anuppunga anna, vodka mattum 12 bottle",
    [L("SMIRNOFF-RED", 12, None)],
    True,
    "reference to the usual with a new quantity for the vodka (Smirnoff, the only vodka; size not stated, ambiguous). "
    "History: the shop only buys the 35cl",
    ["reference", "variant", "multilingual"],
    hist={"ref": "usual", "ops": [("set", L("SMIRNOFF-RED", 12, None))]},
)
M(
    "lanka-fw",
    3,
    "S",
    "en",
    "QUESTION",
    "how much is a case of echo falls rose now? and any deal on carling this month",
    notes="",
    tags=["question"],
)
M(
    "lanka-fw",
    5,
    "S",
    "ta",
    "CANCEL",
    "anna inniku order cancel pannunga, shop la current illa",
    notes="",
    tags=["cancel", "multilingual"],
)
M(
    "lanka-fw",
    1,
    "S",
    "ta",
    "ORDER",
    "anna 3 case stella um 2 case strongbow um",
    [L("STELLA-CAN24", 3), L("STRONGBOW-CAN24", 2)],
    False,
    "",
    ["clean", "multilingual"],
)

# =====================================================================================================
# dacia-magazin: Romanian shop, WhatsApp, regular, orders Thursdays
# =====================================================================================================
M(
    "dacia-magazin",
    3,
    "W",
    "ro",
    "ORDER",
    "Bună ziua! Pentru mâine vă rog:\n3 baxuri Highland Spring minerală 500ml\n1 bax Pepsi Max doze\n1 bax Fanta doze\n"
    "6 lapte integral 2 pint\n4 Warburtons medium white 800g\nMulțumesc, Ionel",
    [
        L("HS-SPARK-500", 3),
        L("PMAX-CAN24", 1),
        L("FANTA-CAN24", 1),
        L("MILK-WHOLE", 6, "2 Pint"),
        L("WB-MEDWHITE", 4, "800g"),
    ],
    False,
    "'apă minerală' in Romanian is the sparkling water; 'lapte integral' is whole milk; 'doze' are cans",
    ["clean", "multilingual", "variant"],
)
M(
    "dacia-magazin",
    5,
    "W",
    "ro",
    "ORDER",
    "Ca de obicei vă rog, dar fără Carling și cu 2 baxuri de Red Bull în loc de unul",
    [F(RB, 2)],
    True,
    "reference to the usual without Carling; Red Bull 2 instead of 1, ambiguous between plain and PMP. "
    "History: the shop only buys plain",
    ["reference", "family", "multilingual", "pmp"],
    hist={"ref": "usual", "ops": [("remove", "CARLING-CAN24"), ("set", F(RB, 2))]},
)
M(
    "dacia-magazin",
    0,
    "W",
    "ro",
    "ORDER",
    "Vă rog 2 baxuri de apă și 3 sticle de Smirnoff 70cl",
    [F(WATER, 2), L("SMIRNOFF-RED", 3, "70cl")],
    True,
    "ambiguous: 'apă' (water) fits still and sparkling 500ml and the 1.5L packs; the shop buys still and sparkling 500ml",
    ["family", "multilingual"],
)
M(
    "dacia-magazin",
    1,
    "W",
    "ro",
    "QUESTION",
    "Aveți bere Ursus sau Timișoreana? Mulți clienți români întreabă.",
    notes="Romanian beers not in the catalog",
    tags=["question", "not_in_catalog", "multilingual"],
)
M(
    "dacia-magazin",
    2,
    "W",
    "ro",
    "COMPLAINT",
    "Factura 55871: ne-ați taxat 2 baxuri de Fanta dar am primit doar unul.",
    notes="",
    tags=["complaint", "multilingual"],
)
M(
    "dacia-magazin",
    4,
    "W",
    "ro",
    "ORDER",
    "Vă rog și 2 cutii de pungi mari și 1 bax saci menajeri negri",
    [L("CARRIER-VEST", 2, "Large"), L("REFUSE-10R", 1, "Black")],
    False,
    "'pungi mari' are large carrier bags; 'saci menajeri negri' black refuse sacks",
    ["clean", "multilingual", "variant"],
)
M(
    "dacia-magazin",
    6,
    "W",
    "ro",
    "ORDER",
    "Bună, vă rog 2 baxuri Red Bull fără preț, 1 bax Monster verde fără preț și 3 sticle Smirnoff 70cl",
    [L("RB-250-24", 2), L("MONG-500-12", 1), L("SMIRNOFF-RED", 3, "70cl")],
    False,
    "'fără preț' (without a price) is the plain pack",
    ["clean", "multilingual", "pmp"],
)

# =====================================================================================================
# fairfield-services: petrol station shop, e-mail with PO numbers, regular, orders Mondays
# =====================================================================================================
SIG_FF = "\n\nThanks,\nDeb Walsh\nShop Manager, Fairfield Road Service Station\n212 Fairfield Road, Easthaven EV3 7PT\nTel 020 7946 0412"
M(
    "fairfield-services",
    0,
    "E",
    "en",
    "ORDER",
    "Subject: Order PO 60412 - Fairfield Road\n\nHi team,\n\nPlease deliver Tuesday:\n\nCoca-Cola 500ml PMP x 3 cs\n"
    "Diet Coke 500ml PMP x 2 cs\nCoke Zero 500ml PMP x 2 cs\nRed Bull PMP x 3 cs\nRed Bull Sugarfree x 1 cs\n"
    "Monster Green PMP x 3 cs\nMonster Ultra White x 2 cs\nLucozade Energy Original x 2 cs" + SIG_FF,
    [
        L("COKE-500-PMP12", 3),
        L("DIET-500-PMP12", 2),
        L("ZERO-500-PMP12", 2),
        L("RB-250-PMP24", 3),
        L("RBSF-250-24", 1),
        L("MONG-500-PMP12", 3),
        L("MONUW-500-PMP12", 2),
        L("LUCE-380-PMP12", 2),
    ],
    False,
    "PO, street number, postcode and phone are not quantities",
    ["clean", "signature", "pmp"],
)
M(
    "fairfield-services",
    2,
    "E",
    "en",
    "ORDER",
    "Subject: PO 60431\n\nHi, please repeat last Monday's order but double the Red Bull PMP, we have the football on "
    "Saturday. Rest as is.\nDeb",
    [],
    True,
    "reference to last Monday's order with a relative change (double the Red Bull PMP); without history there is no "
    "line. The football is the reason, so not an outlier",
    ["reference"],
    hist={"ref": "last", "ops": [("double", "RB-250-PMP24")]},
)
M(
    "fairfield-services",
    3,
    "E",
    "en",
    "ORDER",
    "Subject: add to tomorrow\n\nHi, can you add to tomorrow's: 36 Lucozade Sport, 64 cheese & onion grab bags, 96 Snickers. "
    "Also is the Coke Zero PMP going up to £1.85?\nDeb",
    [L("LUCS-500-PMP12", 3), L("WALK-CO-GB", 2), L("SNICKERS-48", 2)],
    False,
    "counts of contents: 36 bottles = 3 cases of 12, 64 bags = 2 boxes of 32, 96 bars = 2 outers of 48; "
    "an order with a side question about a price",
    ["clean", "count", "side_question"],
)
M(
    "fairfield-services",
    4,
    "E",
    "en",
    "QUESTION",
    "Subject: Price marked Red Bull\n\nHi, are the new PMP £1.65 Red Bull cases in yet? Our £1.55 stock is nearly gone "
    "and we'd like to know before we order.\nThanks, Deb",
    notes="",
    tags=["question", "pmp"],
)
M(
    "fairfield-services",
    1,
    "E",
    "en",
    "ORDER",
    "Subject: RE: Order confirmation PO 60412\n\nPlease add 2 cases of Highland Spring still 500ml to this.\n\nDeb\n\n"
    "> On Mon 1 Mar, Brickfield Orders wrote:\n> Order confirmed for Tue 2 Mar (PO 60412):\n"
    "> 3 x Coca-Cola Original 12 x 500ml PMP £1.75\n> 2 x Diet Coke 12 x 500ml PMP £1.75\n"
    "> 2 x Coca-Cola Zero Sugar 12 x 500ml PMP £1.75\n> 3 x Red Bull Energy Drink 24 x 250ml PMP £1.55\n"
    "> 1 x Red Bull Sugarfree 24 x 250ml\n> 3 x Monster Energy Green 12 x 500ml PMP £1.65\n"
    "> 2 x Monster Ultra White 12 x 500ml PMP £1.65\n> 2 x Lucozade Energy Original 12 x 380ml PMP £1.39",
    [L("HS-STILL-500", 2)],
    False,
    "reply quoting the confirmation; only the new line above the quote is ordered",
    ["clean", "quoted"],
)
M(
    "fairfield-services",
    5,
    "E",
    "en",
    "COMPLAINT",
    "Subject: Short delivery PO 60412\n\nTuesday's drop was short 1 case of Monster Ultra White and the Coke Zero came as "
    "the plain 500ml, not price marked. Can you credit or swap?\nDeb",
    notes="",
    tags=["complaint", "pmp"],
)
M(
    "fairfield-services",
    6,
    "E",
    "en",
    "OTHER",
    "Subject: Automatic reply: Your invoice INV-88213\n\nThank you for your email. I am out of the office until Monday "
    "8 March with limited access to email. For urgent orders please call the shop on 020 7946 0412.\nDeb Walsh",
    notes="an out-of-office auto-reply",
    tags=["other"],
)
M(
    "fairfield-services",
    3,
    "E",
    "en",
    "ORDER",
    "Subject: Friday top-up?\n\nHi, if you can get it to us before 11 on Friday, we'll take 4 cs Monster Green PMP and "
    "2 cs Red Bull Sugarfree. If not, leave it till Monday's drop.\nDeb",
    [L("MONG-500-PMP12", 4), L("RBSF-250-24", 2)],
    True,
    "a conditional order (delivery before 11 on Friday)",
    ["conditional", "pmp"],
    sticky=True,
)
M(
    "fairfield-services",
    4,
    "E",
    "en",
    "ORDER",
    "Subject: PO 60455\n\nHi, please send Monday: 2 cs Walkers Cheese & Onion grab bags PMP, 2 cs McCoy's Flame Grilled "
    "Steak, 1 outer Mars, 1 outer Maltesers, 1 outer Extra Peppermint, 1 outer Extra Spearmint.\nDeb",
    [
        L("WALK-CO-GB", 2),
        L("MCCOYS-FGS", 2),
        L("MARS-51", 1),
        L("MALTESERS-37", 1),
        L("EXTRA-PEP", 1),
        L("EXTRA-SPEAR", 1),
    ],
    False,
    "",
    ["clean", "pmp"],
)
M(
    "fairfield-services",
    5,
    "E",
    "en",
    "CHANGE",
    "Subject: RE: PO 60455\n\nSorry, can you make the McCoy's 3 cases not 2 on PO 60455. Everything else the same.\nDeb",
    notes="",
    tags=["change"],
    change=[L("MCCOYS-FGS", 3)],
)

# =====================================================================================================
# hilltop-services: petrol station shop, e-mail, steady, orders Wednesdays
# =====================================================================================================
M(
    "hilltop-services",
    2,
    "E",
    "en",
    "ORDER",
    "Subject: Hilltop order 3/3 PO HS-2207\n\nMorning,\n\n2 cs Coke 500 PMP\n1 cs Coke Zero 500 PMP\n2 cs Irn Bru 500 PMP\n"
    "2 cs Red Bull 250 plain\n2 cs Monster plain (not PM)\n3 cs Highland Spring still 500\n1 box Snickers\n"
    "1 box KitKat Chunky\n\nRegards\nGary Pitt\nHilltop Service Station, A62 Hilltop Road, Marsdale MD7 1QE\n07700 900188",
    [
        L("COKE-500-PMP12", 2),
        L("ZERO-500-PMP12", 1),
        L("IRN-500-PMP24", 2),
        L("RB-250-24", 2),
        L("MONG-500-12", 2),
        L("HS-STILL-500", 3),
        L("SNICKERS-48", 1),
        L("KITKAT-CHUNKY", 1),
    ],
    False,
    "'3/3' is a date, 'A62' a road, '250'/'500' sizes",
    ["clean", "signature", "pmp"],
)
M(
    "hilltop-services",
    4,
    "E",
    "en",
    "ORDER",
    "Subject: batteries\n\nGary here - 2 boxes of AA batteries and 1 box 9V please, with Monday's delivery.",
    [F(BATT, 2, cv="AA"), L("DURACELL-9V", 1)],
    True,
    "ambiguous: AA batteries are Duracell Plus or Energizer Max. History: the shop only buys Duracell AA",
    ["family", "variant"],
    hist="resolve",
)
M(
    "hilltop-services",
    0,
    "E",
    "en",
    "ORDER",
    "Subject: Usual please\n\nUsual for Wednesday please. Thanks, Gary",
    [],
    True,
    "reference to the usual; no explicit lines",
    ["reference"],
    hist={"ref": "usual", "ops": []},
)
M(
    "hilltop-services",
    1,
    "E",
    "en",
    "QUESTION",
    "Subject: price list\n\nHi, I'd like a current price list for the confectionery outers as a PDF or spreadsheet, to "
    "compare against the symbol group. Gary",
    notes="opens like a request ('I'd like') but asks for a price list",
    tags=["question", "non_order_request"],
)
M(
    "hilltop-services",
    3,
    "E",
    "en",
    "OTHER",
    "Subject: order emails\n\nHi, please add my assistant manager Kerry (kerry@hilltopservices.example) to the order "
    "confirmation emails. Thanks, Gary",
    notes="an account request that opens with 'please add'",
    tags=["other", "non_order_request"],
)
M(
    "hilltop-services",
    5,
    "E",
    "en",
    "ORDER",
    "Subject: PO HS-2231\n\nPlease send 20 cs Irn Bru 500 PMP with Wednesday's delivery and 1 cs Coke Zero 500 PMP. Gary",
    [L("IRN-500-PMP24", 20), L("ZERO-500-PMP12", 1)],
    False,
    "outlier: 20 cases of Irn-Bru 500 PMP against a usual 2, no reason given",
    ["outlier", "pmp"],
    hist="outlier",
)
M(
    "hilltop-services",
    6,
    "E",
    "en",
    "ORDER",
    "Subject: Weds\n\nGary - for Weds: 2 cs Lucozade Sport, 1 cs Irn Bru cans, 1 tray BIC lighters, 1 outer Polo. Cheers",
    [L("LUCS-500-PMP12", 2), L("IRN-CAN24", 1), L("BIC-J26", 1), L("POLO-34", 1)],
    False,
    "",
    ["clean"],
)

# =====================================================================================================
# brook-lane-garage: petrol station shop, SMS, regular, orders Fridays
# =====================================================================================================
M(
    "brook-lane-garage",
    4,
    "S",
    "en",
    "ORDER",
    "brook lane garage: 2 cs red bull pm, 2 cs boost, 1 cs pepsi max 500 pm, 1 box monster munch pickled onion",
    [L("RB-250-PMP24", 2), L("BOOST-250-PMP24", 2), L("PMAX-500-PMP24", 1), L("MMUNCH-PO", 1)],
    False,
    "'monster munch' is the crisps, not the energy drink",
    ["clean", "pmp"],
)
M(
    "brook-lane-garage",
    0,
    "S",
    "en",
    "ORDER",
    "need 2 monster 1 snickers 1 mars for tmrw",
    [F(MON, 2), L("SNICKERS-48", 1), L("MARS-51", 1)],
    True,
    "ambiguous: 'monster' is plain or PMP Monster Green; a bare count of chocolate counts outers. "
    "History: the garage only buys Monster PMP",
    ["family", "spoken", "pmp"],
    hist="resolve",
)
M(
    "brook-lane-garage",
    2,
    "S",
    "en",
    "QUESTION",
    "wat time u delivering fri? need to be here to sign",
    notes="",
    tags=["question"],
)
M(
    "brook-lane-garage",
    3,
    "S",
    "en",
    "ORDER",
    "2 cans boost and 6 x 2pt semi pls",
    [L("BOOST-250-PMP24", 2), L("MILK-SEMI", 6, "2 Pint")],
    False,
    "'2 cans boost' is 2 cases by the small-N rule",
    ["clean", "container"],
)
M(
    "brook-lane-garage",
    5,
    "S",
    "en",
    "ORDER",
    "3-4 cs red bull pm depending what u have, + 1 box macoys",
    [L("RB-250-PMP24", None), L("MCCOYS-FGS", 1)],
    True,
    "quantities not stated: a range (3-4 cases); 'macoys' is a typo for McCoy's",
    ["range", "typo", "pmp"],
    sticky=True,
)
M(
    "brook-lane-garage",
    1,
    "S",
    "en",
    "CANCEL",
    "cancel fri order mate, closing for refit till 15th",
    notes="'15th' is a date",
    tags=["cancel"],
)
M(
    "brook-lane-garage",
    6,
    "S",
    "en",
    "ORDER",
    "1 cs coke 500 pm 1 cs highland still 500 1 box grab bag c&o",
    [L("COKE-500-PMP12", 1), L("HS-STILL-500", 1), L("WALK-CO-GB", 1)],
    False,
    "spoken list",
    ["clean", "spoken", "pmp"],
)

# =====================================================================================================
# daily-stop: convenience store, WhatsApp, steady, orders Tuesdays
# =====================================================================================================
M(
    "daily-stop",
    1,
    "W",
    "en",
    "ORDER",
    "Daily Stop order for Wed 👇\n2 cs coke cans\n1 cs diet coke cans\n1 cs coke zero cans\n1 cs pepsi max cans\n"
    "1 cs fanta\n2 cs red bull pmp\n2 cs monster pmp\n1 box quavers\n1 box hula hoops\n10 x 4pt semi\n10 x 2pt semi\n"
    "4 x 4pt whole\n8 toasties\n6 warburtons medium white 800g\n4 hovis wholemeal 800g\nCheers, Sunil",
    [
        L("COKE-CAN24", 2),
        L("DIET-CAN24", 1),
        L("ZERO-CAN24", 1),
        L("PMAX-CAN24", 1),
        L("FANTA-CAN24", 1),
        L("RB-250-PMP24", 2),
        L("MONG-500-PMP12", 2),
        L("QUAVERS-16", 1),
        L("HULA-ORIG", 1),
        L("MILK-SEMI", 10, "4 Pint"),
        L("MILK-SEMI", 10, "2 Pint"),
        L("MILK-WHOLE", 4, "4 Pint"),
        L("WB-TOASTIE-800", 8),
        L("WB-MEDWHITE", 6, "800g"),
        L("HOVIS-WM", 4, "800g"),
    ],
    False,
    "",
    ["clean", "emoji", "pmp", "variant"],
)
M(
    "daily-stop",
    3,
    "W",
    "en",
    "ORDER",
    "Sunil: 3kg cola bottles 2kg jelly babies and 1 kilo foam bananas for the pick n mix pls",
    [L("PNM-COLA", 3), L("PNM-JBABY", 2), L("PNM-FOAMB", 1)],
    False,
    "pick & mix is sold by the kg; spoken list",
    ["clean", "weight", "spoken"],
)
M(
    "daily-stop",
    4,
    "W",
    "en",
    "ORDER",
    "usual for tues pls but only 6 toasties and add 2 box walkers prawn cocktail",
    [L("WB-TOASTIE-800", 6), L("WALK-PC-25", 2)],
    True,
    "reference to the usual with a new quantity (Toastie 6) and an addition (prawn cocktail +2, added to the usual's 1)",
    ["reference"],
    hist={"ref": "usual", "ops": [("set", L("WB-TOASTIE-800", 6)), ("add", L("WALK-PC-25", 2))]},
)
M(
    "daily-stop",
    5,
    "W",
    "en",
    "COMPLAINT",
    "2 of the 4 pint semi were leaking in the crate, milk all over the floor apparently. can u credit 2",
    notes="",
    tags=["complaint"],
)
M(
    "daily-stop",
    6,
    "W",
    "en",
    "ORDER",
    "also send 2 cs lucozade sport and 1 cs prime if u have it",
    [L("LUCS-500-PMP12", 2), X(1)],
    True,
    "Prime Hydration is not in catalog",
    ["not_in_catalog"],
)
M(
    "daily-stop",
    0,
    "W",
    "en",
    "OTHER",
    "can I get a copy of last months statement? accountant needs it",
    notes="an account request that opens with 'can I get'",
    tags=["other", "non_order_request"],
)
M(
    "daily-stop",
    2,
    "W",
    "en",
    "ORDER",
    "add 1 box medium carrier bags and 1 case bleach to tmrw",
    [L("CARRIER-VEST", 1, "Medium"), F(BLEACH, 1)],
    True,
    "ambiguous: 'bleach' is Domestos or Brightway. History: the shop only buys Brightway",
    ["family", "variant"],
    hist="resolve",
)
M(
    "daily-stop",
    1,
    "W",
    "en",
    "ORDER",
    "1 case andrex 4 roll, 1 case fairy, 1 box AA duracell, and a dozen 4pt semi",
    [
        L("ANDREX-CC", 1, A4),
        L("FAIRY-383-PMP", 1),
        L("DURACELL-PLUS4", 1, "AA"),
        L("MILK-SEMI", 12, "4 Pint"),
    ],
    False,
    "'a dozen' is 12 (milk is sold each)",
    ["clean", "variant"],
)
M(
    "daily-stop",
    3,
    "W",
    "en",
    "ORDER",
    "Sunil - 2 cs coke cans, 2 cs red bull pmp, 1 box walkers cheese & onion 25g, 1 box walkers ready salted 25g 👍",
    [L("COKE-CAN24", 2), L("RB-250-PMP24", 2), L("WALK-CO-25", 1), L("WALK-RS-25", 1)],
    False,
    "",
    ["clean", "emoji", "pmp"],
)
M(
    "daily-stop",
    5,
    "W",
    "en",
    "ORDER",
    "1 case domestos and 1 case plenty kitchen roll pls",
    [L("DOMESTOS-750", 1), L("PLENTY-2R", 1)],
    False,
    "",
    ["clean"],
)

# =====================================================================================================
# corner-cabin: newsagent, SMS, regular, orders Saturdays
# =====================================================================================================
M(
    "corner-cabin",
    5,
    "S",
    "en",
    "ORDER",
    "Corner Cabin. 1 outer twirl 1 outer galaxy 1 outer skittles 1 outer fruit pastilles 1 outer polo 2 box rizla green "
    "1 box swan tips. Bev",
    [
        L("TWIRL-43", 1),
        L("GALAXY-42", 1),
        L("SKITTLES-45", 1),
        L("PASTILLES-TUBE", 1),
        L("POLO-34", 1),
        L("RIZLA-REG", 2, "Green"),
        L("SWAN-XSLIM-TIPS", 1),
    ],
    False,
    "spoken list; 'rizla green' is the regular Green",
    ["clean", "spoken", "variant"],
)
M(
    "corner-cabin",
    0,
    "S",
    "en",
    "ORDER",
    "1 outer dairy milk and 1 outer maltesers pls",
    [L("CDM", 1, None), L("MALTESERS-37", 1)],
    True,
    "ambiguous: Dairy Milk 45g or 110g PMP not stated; the shop buys both",
    ["variant"],
)
M(
    "corner-cabin",
    1,
    "S",
    "en",
    "ORDER",
    "2 box haribo and 1 box extra peppermint",
    [F(HARIBO, 2), L("EXTRA-PEP", 1)],
    True,
    "ambiguous: 'haribo' is Starmix or Tangfastics; the shop buys both",
    ["family"],
)
M(
    "corner-cabin",
    2,
    "S",
    "en",
    "ORDER",
    "same as last sat pls, but swap the rizla silver for the blue king size",
    [],
    True,
    "reference to last Saturday's order with a variant swap (king size Silver to Blue); without history there is no line",
    ["reference", "variant"],
    hist={"ref": "last", "ops": [("swap", "RIZLA-KSS", "Silver", "Blue")]},
)
M(
    "corner-cabin",
    4,
    "S",
    "en",
    "CHANGE",
    "can u make tomorrow 2 outers of galaxy instead of 1. Bev",
    notes="",
    tags=["change"],
    change=[L("GALAXY-42", 2)],
)
M(
    "corner-cabin",
    6,
    "S",
    "en",
    "ORDER",
    "2 box red king size rizla and 1 pack swan vestas",
    [NOFILL(L("RIZLA-KSS", 2, None)), L("SWAN-VESTAS", 1)],
    True,
    "ambiguous: king size slim comes in Silver or Blue, not red (red is a regular paper); the variant stays open and is "
    "not filled from history",
    ["variant"],
)
M(
    "corner-cabin",
    3,
    "S",
    "en",
    "ORDER",
    "2 outer mars 1 outer snickers 1 outer twix 1 box haribo starmix",
    [L("MARS-51", 2), L("SNICKERS-48", 1), L("TWIX-50", 1), L("HARIBO-STAR-140", 1)],
    False,
    "",
    ["clean", "spoken"],
)
M(
    "corner-cabin",
    2,
    "S",
    "en",
    "ORDER",
    "1 box rizla green 1 box rizla silver king size 1 tray clipper micro. Bev",
    [L("RIZLA-REG", 1, "Green"), L("RIZLA-KSS", 1, "Silver"), L("CLIPPER-MICRO", 1)],
    False,
    "",
    ["clean", "spoken", "variant"],
)

# =====================================================================================================
# hillside-offy: off-licence, WhatsApp, regular, orders Thursdays
# =====================================================================================================
M(
    "hillside-offy",
    3,
    "W",
    "en",
    "ORDER",
    "Hillside Off Licence order:\n4 cs carling 24 cans\n3 cs stella\n2 cs strongbow\n2 cs echo falls red\n"
    "2 cs echo falls rosé\n3 packs coke 1.75\nThanks Dave",
    [
        L("CARLING-CAN24", 4),
        L("STELLA-CAN24", 3),
        L("STRONGBOW-CAN24", 2),
        L("ECHO-RED-6", 2),
        L("ECHO-ROSE-6", 2),
        L("COKE-175-PMP6", 3),
    ],
    False,
    "",
    ["clean"],
)
M(
    "hillside-offy",
    5,
    "W",
    "en",
    "ORDER",
    "6 x smirnoff 70 and 12 x smirnoff 35 plus 2 kp nuts",
    [L("SMIRNOFF-RED", 6, "70cl"), L("SMIRNOFF-RED", 12, "35cl"), F(KP, 2)],
    True,
    "two variants of one product; 'kp nuts' is ambiguous, salted or dry roasted, and the shop buys both",
    ["variant", "family"],
)
M(
    "hillside-offy",
    0,
    "W",
    "en",
    "ORDER",
    "Same as last Thursday please mate, and throw in 2 cases of pringles sour cream",
    [L("PRINGLES-SCO-165", 2)],
    True,
    "reference to last Thursday's order plus an addition",
    ["reference"],
    hist={"ref": "last", "ops": [("add", L("PRINGLES-SCO-165", 2))]},
)
M(
    "hillside-offy",
    1,
    "W",
    "en",
    "QUESTION",
    "What's the cheapest vodka you do? Only see smirnoff on the list. Any own brand?",
    notes="",
    tags=["question"],
)
M(
    "hillside-offy",
    2,
    "W",
    "en",
    "COMPLAINT",
    "the echo falls red were old stock and two bottles corked, customers brought them back. not good enough",
    notes="",
    tags=["complaint"],
)
M(
    "hillside-offy",
    4,
    "W",
    "en",
    "ORDER",
    "1 x 24 carling and 2 x 24 stella",
    [F(CARLING, 1), L("STELLA-CAN24", 2)],
    True,
    "'1 x 24 carling' is 24 cans, one case either way, but the 24-can case and the case of six PMP 4-packs are both "
    "24 cans (ambiguous). History: the shop only buys the 24-can case",
    ["family", "pack", "pmp"],
    hist="resolve",
)
M(
    "hillside-offy",
    6,
    "W",
    "en",
    "OTHER",
    "you left 6 empty milk crates here last week, can the driver take them back thursday",
    notes="crate collection",
    tags=["other"],
)
M(
    "hillside-offy",
    2,
    "W",
    "en",
    "ORDER",
    "3 cs carling 24s 2 cs stela and 6 x smirnof 70cl",
    [L("CARLING-CAN24", 3), L("STELLA-CAN24", 2), L("SMIRNOFF-RED", 6, "70cl")],
    False,
    "typos 'stela', 'smirnof'",
    ["clean", "typo"],
)

# =====================================================================================================
# late-shop: late-night convenience store, WhatsApp, steady, orders Saturdays
# =====================================================================================================
M(
    "late-shop",
    5,
    "W",
    "en",
    "ORDER",
    "Late Shop 🌙 for Monday:\n2 cs coke cans\n2 cs red bull pmp\n2 cs monster pmp\n2 cases pringles original 165g\n"
    "1 case pringles sour cream\n1 box starmix\n1 outer maltesers\n8 x 2pt semi\n4 toasties",
    [
        L("COKE-CAN24", 2),
        L("RB-250-PMP24", 2),
        L("MONG-500-PMP12", 2),
        L("PRINGLES-ORIG", 2, P165),
        L("PRINGLES-SCO-165", 1),
        L("HARIBO-STAR-140", 1),
        L("MALTESERS-37", 1),
        L("MILK-SEMI", 8, "2 Pint"),
        L("WB-TOASTIE-800", 4),
    ],
    False,
    "",
    ["clean", "emoji", "pmp", "variant"],
)
M(
    "late-shop",
    0,
    "W",
    "en",
    "ORDER",
    "2 cases pot noodle and 2 box rizla king size silver and 1 box tips",
    [F(POTN, 2), L("RIZLA-KSS", 2, "Silver"), F(TIPS, 1)],
    True,
    "ambiguous: 'pot noodle' (chicken & mushroom or beef & tomato; the shop buys both, so it stays open) and 'tips' "
    "(the shop only buys Rizla tips)",
    ["family", "variant"],
    hist="resolve",
)
M(
    "late-shop",
    1,
    "W",
    "en",
    "ORDER",
    "2 kilo milk bottles 1 kilo cola bottles and a pack of small sweet bags",
    [L("PNM-MILKB", 2), L("PNM-COLA", 1), L("SWEET-BAGS", 1, "Small 5 x 7in")],
    False,
    "'milk bottles' are the pick & mix sweets (sold by the kg), not milk; 'small' picks the sweet-bag size",
    ["clean", "weight", "variant", "spoken"],
)
M(
    "late-shop",
    2,
    "W",
    "en",
    "ORDER",
    "same as last week pls",
    [],
    True,
    "reference to last week's order",
    ["reference"],
    hist={"ref": "last", "ops": []},
)
M(
    "late-shop",
    4,
    "W",
    "en",
    "ORDER",
    "1 outer dairy milk 110g pmp and 2 cs lucozade energy",
    [L("CDM", 1, CDM110), L("LUCE-380-PMP12", 2)],
    False,
    "'110g pmp' picks the variant",
    ["clean", "variant", "pmp"],
)
M(
    "late-shop",
    6,
    "W",
    "en",
    "ORDER",
    "voice msg: send for cases of monster pm and too boxes of starmix thanks",
    [L("MONG-500-PMP12", 4), L("HARIBO-STAR-140", 2)],
    False,
    "voice-to-text homophones: 'for' = four, 'too' = two",
    ["clean", "voice", "homophone", "pmp"],
)
M(
    "late-shop",
    3,
    "W",
    "en",
    "ORDER",
    "2 cs monster pmp no make that 3, 1 cs white monster, 2 cs boost",
    [L("MONG-500-PMP12", 3), L("MONUW-500-PMP12", 1), L("BOOST-250-PMP24", 2)],
    False,
    "self-correction: 3 cases of Monster PMP",
    ["clean", "self_correction", "pmp"],
)
M(
    "late-shop",
    4,
    "W",
    "en",
    "ORDER",
    "1 case pot noodle beef & tomato 1 case chicken & mushroom pot noodle",
    [L("PN-BEEFTOM", 1), L("PN-CHKMUSH", 1)],
    False,
    "",
    ["clean", "spoken"],
)

# =====================================================================================================
# greenway-conv: convenience store, e-mail, regular, orders Wednesdays
# =====================================================================================================
SIG_GW = "\n\nMany thanks\nHelen Marsh\nGreenway Convenience\n3 Greenway Parade, Ashcombe AC2 9LW\nTel: 020 7946 0733"
M(
    "greenway-conv",
    2,
    "E",
    "en",
    "ORDER",
    "Subject: Greenway order w/c 1 March\n\nHello,\n\nPlease could we have the following for Thursday:\n\n"
    "2 x Coca-Cola cans 24\n2 x Diet Coke cans 24\n1 x Robinsons Orange squash\n1 x Robinsons Summer Fruits\n"
    "1 x Capri-Sun Orange 40 pack\n2 x Heinz Beans\n1 x Heinz Tomato Soup\n1 x Andrex 9 roll case\n1 x Bacofoil"
    + SIG_GW,
    [
        L("COKE-CAN24", 2),
        L("DIET-CAN24", 2),
        L("ROB-ORANGE-1L", 1),
        L("ROB-SUMMER-1L", 1),
        L("CAPRI-ORANGE40", 1),
        L("HEINZ-BEANS", 2),
        L("HEINZ-TOMSOUP", 1),
        L("ANDREX-CC", 1, A9),
        L("BACOFOIL-30", 1),
    ],
    False,
    "an order that opens like a request ('Please could we have'); '24', '40 pack' and '9 roll' are pack sizes",
    ["clean", "signature", "non_order_request", "variant"],
)
M(
    "greenway-conv",
    4,
    "E",
    "en",
    "ORDER",
    "Subject: add-on\n\nCould you add 2 cases of cat pouches and 1 case of dog food to Thursday's order? Helen",
    [F(CATFOOD, 2), F(DOGFOOD, 1)],
    True,
    "ambiguous: 'cat pouches' (Felix or Whiskas; the shop buys both, so it stays open) and 'dog food' (Pedigree or "
    "Butcher's; the shop only buys Pedigree)",
    ["family", "non_order_request"],
    hist="resolve",
)
M(
    "greenway-conv",
    0,
    "E",
    "en",
    "QUESTION",
    "Subject: Calor gas\n\nHello, I would like to know whether you can supply Calor gas bottles, as we've had requests.\nHelen",
    notes="Calor gas is not in the catalog; opens with 'I would like'",
    tags=["question", "non_order_request", "not_in_catalog"],
)
M(
    "greenway-conv",
    1,
    "E",
    "en",
    "ORDER",
    "Subject: Usual please\n\nThe usual for Thursday, please, but no Bacofoil this week and only 1 case of Heinz beans."
    + SIG_GW,
    [L("HEINZ-BEANS", 1)],
    True,
    "reference to the usual; without history only the new quantity (beans 1) is a line; Bacofoil removed",
    ["reference", "signature"],
    hist={"ref": "usual", "ops": [("remove", "BACOFOIL-30"), ("set", L("HEINZ-BEANS", 1))]},
)
M(
    "greenway-conv",
    3,
    "E",
    "en",
    "COMPLAINT",
    "Subject: wrong Whiskas\n\nHello, the Whiskas pouches delivered on Thursday were the 7+ senior ones, not 1+. "
    "Please collect and replace (2 cases).\nHelen",
    notes="'7+' and '1+' are life stages",
    tags=["complaint"],
)
M(
    "greenway-conv",
    5,
    "E",
    "en",
    "ORDER",
    "Subject: milk and bread\n\nFor Thursday: 12 semi-skimmed 2 pint, 6 whole 2 pint, 6 Hovis wholemeal 800g, "
    "4 Kingsmill 50/50.\nHelen",
    [
        L("MILK-SEMI", 12, "2 Pint"),
        L("MILK-WHOLE", 6, "2 Pint"),
        L("HOVIS-WM", 6, "800g"),
        L("KM-5050-800", 4),
    ],
    False,
    "'50/50' is in the product name",
    ["clean", "variant", "number_in_name"],
)
M(
    "greenway-conv",
    6,
    "E",
    "en",
    "OTHER",
    "Subject: Refit\n\nDear all, Greenway will be closed 15-17 March for a refit, so please skip the Wednesday delivery "
    "that week. Back to normal from the 24th.\nHelen",
    notes="a closure notice; dates are not quantities",
    tags=["other"],
)
M(
    "greenway-conv",
    3,
    "E",
    "en",
    "ORDER",
    "Subject: Thursday\n\nHello, please add 1 case of Domestos, 1 case of Plenty kitchen roll and 1 case of Whiskas "
    "pouches to Thursday.\nHelen",
    [L("DOMESTOS-750", 1), L("PLENTY-2R", 1), L("WHISKAS-1PLUS", 1)],
    False,
    "",
    ["clean"],
)

# =====================================================================================================
# station-kiosk: railway station kiosk, e-mail, steady, orders Mondays
# =====================================================================================================
SIG_SK = "\n\nThanks\nTom\nPlatform 2 Kiosk, Easthaven Station, Station Approach EV1 1AA"
M(
    "station-kiosk",
    0,
    "E",
    "en",
    "ORDER",
    "Subject: Platform 2 Kiosk - order\n\nHi,\n2 cs Coke 500ml PMP\n2 cs Diet Coke 500ml PMP\n"
    "4 cs Highland Spring still 500ml\n1 outer KitKat 4 finger\n1 outer Twix\n12 x 1 pint semi" + SIG_SK,
    [
        L("COKE-500-PMP12", 2),
        L("DIET-500-PMP12", 2),
        L("HS-STILL-500", 4),
        L("KITKAT-4F", 1),
        L("TWIX-50", 1),
        L("MILK-SEMI", 12, "1 Pint"),
    ],
    False,
    "'Platform 2' and '4 finger' are names, not quantities",
    ["clean", "signature", "number_in_name", "pmp"],
)
M(
    "station-kiosk",
    2,
    "E",
    "en",
    "ORDER",
    "Subject: Weds\n\nSame again as Monday please, plus an extra case of Highland Spring sparkling.\nTom",
    [L("HS-SPARK-500", 1)],
    True,
    "reference to Monday's order plus one more case of sparkling water (added to the 1 in the basket); 'extra' is not "
    "the gum",
    ["reference"],
    hist={"ref": "last", "ops": [("add", L("HS-SPARK-500", 1))]},
)
M(
    "station-kiosk",
    3,
    "E",
    "en",
    "ORDER",
    "Subject: running low\n\nHi, could you send 3 cases of water and 1 outer of Polo with tomorrow's drop? Tom",
    [F(WATER_CASE, 3), L("POLO-34", 1)],
    True,
    "ambiguous: 'cases of water' is still or sparkling 500ml (the 1.5L comes in packs); the kiosk buys both",
    ["family", "non_order_request"],
)
M(
    "station-kiosk",
    4,
    "E",
    "en",
    "QUESTION",
    "Subject: Monday delivery window\n\nCould you confirm the delivery window for Monday? We need it before 6:30 as the "
    "first train is at 6:40.\nTom",
    notes="times are not quantities",
    tags=["question", "non_order_request"],
)
M(
    "station-kiosk",
    5,
    "E",
    "en",
    "CHANGE",
    "Subject: Monday's order\n\nPlease move Monday's delivery to Tuesday, same time - engineering works close the station "
    "car park.\nTom",
    notes="a placed order moved to another day",
    tags=["change"],
    change=[],
)
M(
    "station-kiosk",
    6,
    "E",
    "en",
    "ORDER",
    "Subject: add to Monday\n\nPlease add 2 outers of Extra and 1 outer of Maltesers to Monday.\nTom",
    [F(EXTRA, 2), L("MALTESERS-37", 1)],
    True,
    "ambiguous: 'Extra' is peppermint or spearmint gum. History: the kiosk only buys peppermint",
    ["family"],
    hist="resolve",
)
M(
    "station-kiosk",
    1,
    "E",
    "en",
    "ORDER",
    "Subject: Monday\n\nTom - Monday please: 1 cs Lucozade Sport, 1 cs Red Bull (not PM), 1 card KP salted, "
    "1 outer Extra Peppermint.",
    [L("LUCS-500-PMP12", 1), L("RB-250-24", 1), L("KP-SALTED-50", 1), L("EXTRA-PEP", 1)],
    False,
    "'not PM' is the plain Red Bull",
    ["clean", "pmp"],
)

# =====================================================================================================
# campus-mart: university shop, WhatsApp, regular, orders Tuesdays
# =====================================================================================================
M(
    "campus-mart",
    1,
    "W",
    "en",
    "ORDER",
    "hey it's Priya @ Campus Mini Mart, for thurs: 2 cs coke zero cans, 2 cs pepsi max cans, 2 cs red bull (normal not "
    "pm), 1 cs red bull sugarfree, 2 cs pot noodle chicken & mushroom, 2 cs pot noodle beef & tomato, 10 x 2pt semi",
    [
        L("ZERO-CAN24", 2),
        L("PMAX-CAN24", 2),
        L("RB-250-24", 2),
        L("RBSF-250-24", 1),
        L("PN-CHKMUSH", 2),
        L("PN-BEEFTOM", 2),
        L("MILK-SEMI", 10, "2 Pint"),
    ],
    False,
    "",
    ["clean", "pmp", "variant"],
)
M(
    "campus-mart",
    3,
    "W",
    "en",
    "ORDER",
    "Freshers re-welcome week next week so big one: 10 cs red bull normal, 8 cs monster green normal (not PM), "
    "6 cases pringles original 165g",
    [L("RB-250-24", 10), L("MONG-500-12", 8), L("PRINGLES-ORIG", 6, P165)],
    False,
    "a large order with a reason (re-welcome week), so not an outlier",
    ["clean", "pmp", "variant"],
)
M(
    "campus-mart",
    4,
    "W",
    "en",
    "ORDER",
    "2 cs pringles original and 1 cs white monster",
    [L("PRINGLES-ORIG", 2, None), L("MONUW-500-PMP12", 1)],
    True,
    "ambiguous: Pringles Original size not stated (40g or 165g). History: the shop only buys the 165g",
    ["variant"],
    hist="resolve",
)
M(
    "campus-mart",
    5,
    "W",
    "en",
    "QUESTION",
    "can we pay on card on delivery or does it have to be bank transfer?",
    notes="",
    tags=["question"],
)
M(
    "campus-mart",
    0,
    "W",
    "en",
    "ORDER",
    "need 1 box AA batteries as well pls",
    [F(BATT, 1, cv="AA")],
    True,
    "ambiguous: AA batteries are Duracell Plus or Energizer Max. History: the shop only buys Energizer AA",
    ["family", "variant"],
    hist="resolve",
)
M(
    "campus-mart",
    2,
    "W",
    "en",
    "CANCEL",
    "Hi sorry we need to cancel Thursday's order - uni shut for strike days, will reorder next week. Priya",
    notes="",
    tags=["cancel"],
)
M(
    "campus-mart",
    6,
    "W",
    "en",
    "ORDER",
    "2 cs oatly and 2 cs coke zero cans for thurs",
    [X(2), L("ZERO-CAN24", 2)],
    True,
    "Oatly (oat milk) is not in catalog",
    ["not_in_catalog"],
)
M(
    "campus-mart",
    5,
    "W",
    "en",
    "ORDER",
    "hey, 3 cs highland spring still 500ml and 2 cs lucozde sport orange for thurs pls",
    [L("HS-STILL-500", 3), L("LUCS-500-PMP12", 2)],
    False,
    "typo 'lucozde'",
    ["clean", "typo"],
)

# =====================================================================================================
# bayview-stores: seaside convenience store, WhatsApp, regular, orders Saturdays
# =====================================================================================================
M(
    "bayview-stores",
    5,
    "W",
    "en",
    "ORDER",
    "Bay View Stores - 3 cs highland spring still 500, 2 packs highland spring 1.5L, 2 cs capri sun, 2 boxes starmix, "
    "1 pack large sweet bags, 1 case bacofoil. Thanks! Jo",
    [
        L("HS-STILL-500", 3),
        L("HS-STILL-1500", 2),
        L("CAPRI-ORANGE40", 2),
        L("HARIBO-STAR-140", 2),
        L("SWEET-BAGS", 1, "Large 7 x 9in"),
        L("BACOFOIL-30", 1),
    ],
    False,
    "",
    ["clean", "variant"],
)
M(
    "bayview-stores",
    0,
    "W",
    "en",
    "ORDER",
    "5kg pick n mix pls, whatever u have",
    [F(PNM, None)],
    True,
    "ambiguous: 'pick n mix' names four loose sweets sold by the kg; 5kg is a total to split, so the quantity is not "
    "stated per product (quantities not stated). The shop buys three of them",
    ["family", "weight"],
)
M(
    "bayview-stores",
    2,
    "W",
    "en",
    "ORDER",
    "Same as last Saturday please but 4 cs still water 500 instead of 2 - half term next week",
    [L("HS-STILL-500", 4)],
    True,
    "reference to last Saturday's order with a new quantity; half term is the reason",
    ["reference"],
    hist={"ref": "last", "ops": [("set", L("HS-STILL-500", 4))]},
)
M(
    "bayview-stores",
    3,
    "W",
    "en",
    "QUESTION",
    "Do you do 99 flakes or cones? Getting the ice cream freezer going for Easter",
    notes="'99' is part of a product name, not stocked",
    tags=["question", "not_in_catalog"],
)
M(
    "bayview-stores",
    4,
    "W",
    "en",
    "ORDER",
    "12 bottles of coke 500 and 1 case of fanta cans",
    [F(COKE_500, None, qby={"COKE-500-PMP12": 1, "COKE-500-24": None}), L("FANTA-CAN24", 1)],
    True,
    "ambiguous: coke 500ml is the PMP case of 12 (12 bottles = 1 case) or the plain case of 24 (half a case), so "
    "neither product nor quantity is settled (quantities not stated); the shop has bought neither",
    ["container", "family", "pmp"],
)
M(
    "bayview-stores",
    6,
    "W",
    "en",
    "COMPLAINT",
    "Half the foam bananas were stuck together in one lump, 1kg basically unsellable",
    notes="",
    tags=["complaint"],
)
M(
    "bayview-stores",
    1,
    "W",
    "en",
    "ORDER",
    "Jo here - 2 cs coke cans, 2 cs fanta cans, 3 packs coke 1.75L, 2 box walkers salt & vinegar 25g",
    [L("COKE-CAN24", 2), L("FANTA-CAN24", 2), L("COKE-175-PMP6", 3), L("WALK-SV-25", 2)],
    False,
    "",
    ["clean"],
)

# =====================================================================================================
# harbour-kiosk: seasonal kiosk, SMS, irregular (no usual basket), orders Sundays
# =====================================================================================================
M(
    "harbour-kiosk",
    5,
    "S",
    "en",
    "ORDER",
    "usual for sat pls",
    [],
    True,
    "ambiguous: the kiosk has no usual basket (it never orders the same twice)",
    ["reference", "ambiguous_reference"],
    sticky=True,
)
M(
    "harbour-kiosk",
    0,
    "S",
    "en",
    "ORDER",
    "same as last wk pls + 2 cs capri sun",
    [L("CAPRI-ORANGE40", 2)],
    True,
    "reference to last week's order plus an addition",
    ["reference"],
    hist={"ref": "last", "ops": [("add", L("CAPRI-ORANGE40", 2))]},
)
M(
    "harbour-kiosk",
    2,
    "S",
    "en",
    "ORDER",
    "2 cs coke cans 3 cs still water 500 2 box walkers ready salted 25g 1 tray micro clippers",
    [L("COKE-CAN24", 2), L("HS-STILL-500", 3), L("WALK-RS-25", 2), L("CLIPPER-MICRO", 1)],
    False,
    "spoken list",
    ["clean", "spoken"],
)
M(
    "harbour-kiosk",
    3,
    "S",
    "en",
    "OTHER",
    "kiosk shut till easter now, weather rubbish. will txt when reopening",
    notes="a closure notice",
    tags=["other"],
)
M(
    "harbour-kiosk",
    4,
    "S",
    "en",
    "QUESTION",
    "do u have ice? bags of ice for the cool box",
    notes="ice is not in the catalog",
    tags=["question", "not_in_catalog"],
)
M(
    "harbour-kiosk",
    6,
    "S",
    "en",
    "ORDER",
    "2 cs capri sun 2 box starmix 1 kg cola bottles 1 pack small sweet bags",
    [L("CAPRI-ORANGE40", 2), L("HARIBO-STAR-140", 2), L("PNM-COLA", 1), L("SWEET-BAGS", 1, "Small 5 x 7in")],
    False,
    "spoken list",
    ["clean", "spoken", "weight", "variant"],
)

# =====================================================================================================
# westmoor-leisure: leisure centre kiosk, e-mail, irregular, orders Thursdays
# =====================================================================================================
SIG_WL = "\n\nKind regards,\nMarcus Bell\nDuty Manager, Westmoor Leisure Centre\nUnit 4, Westmoor Park, Ashcombe AC4 6TT\n020 7946 0871"
M(
    "westmoor-leisure",
    3,
    "E",
    "en",
    "ORDER",
    "Subject: Westmoor Leisure Centre - kiosk order\n\nHello,\n\nPlease supply for Tuesday:\n"
    "4 cases Highland Spring still 500ml\n3 cases Lucozade Sport Orange\n2 cases Red Bull Sugarfree\n"
    "1 card KP salted peanuts" + SIG_WL,
    [L("HS-STILL-500", 4), L("LUCS-500-PMP12", 3), L("RBSF-250-24", 2), L("KP-SALTED-50", 1)],
    False,
    "'Unit 4' is an address",
    ["clean", "signature"],
)
M(
    "westmoor-leisure",
    0,
    "E",
    "en",
    "ORDER",
    "Subject: kiosk\n\nSame as our usual order please.\nMarcus",
    [],
    True,
    "ambiguous: the kiosk has no usual basket",
    ["reference", "ambiguous_reference"],
    sticky=True,
)
M(
    "westmoor-leisure",
    1,
    "E",
    "en",
    "QUESTION",
    "Subject: quote for swim gala\n\nI'd like to get a quote for 30 cases of Lucozade Sport and 20 cases of Highland Spring "
    "still for our summer swim gala - not ordering yet, just need figures for the budget." + SIG_WL,
    notes="a request for a quote is QUESTION",
    tags=["question", "non_order_request", "signature"],
)
M(
    "westmoor-leisure",
    2,
    "E",
    "en",
    "COMPLAINT",
    "Subject: short dated stock\n\nThe Red Bull Sugarfree delivered last week has a best before of this month. We were "
    "charged for 2 cases. Please advise.\nMarcus",
    notes="",
    tags=["complaint"],
)
M(
    "westmoor-leisure",
    4,
    "E",
    "en",
    "ORDER",
    "Subject: add to Tuesday\n\nPlease add 24 bottles of Lucozade Sport and 40 bottles of still water (500ml) to "
    "Tuesday's order.\nMarcus",
    [L("LUCS-500-PMP12", 2), L("HS-STILL-500", None)],
    True,
    "24 bottles of Lucozade Sport are 2 cases of 12; 40 bottles of still water is not a whole number of cases of 24 "
    "(quantities not stated)",
    ["container", "count"],
    sticky=True,
)
M(
    "westmoor-leisure",
    5,
    "E",
    "en",
    "ORDER",
    "Subject: Thursday\n\nHi, for Thursday please: 2 cases Highland Spring sparkling 500ml, 2 cases Lucozade Sport Orange, "
    "1 outer KitKat 4 finger. Thanks, Marcus",
    [L("HS-SPARK-500", 2), L("LUCS-500-PMP12", 2), L("KITKAT-4F", 1)],
    False,
    "",
    ["clean"],
)

# =====================================================================================================
# quickstop-express: first-time customer, WhatsApp
# =====================================================================================================
M(
    "quickstop-express",
    0,
    "W",
    "en",
    "ORDER",
    "Hi, new shop opening Quick Stop Express on Bridge St. First order please, we'll pay cash on delivery:\n"
    "3 cs coke cans\n2 cs red bull pmp\n2 cs monster pmp\n2 box walkers cheese & onion 25g\n1 box walkers ready salted 25g\n"
    "1 outer dairy milk 45g\n1 outer mars\n10 toasties\n12 x 4 pint semi\nThanks, Amir",
    [
        L("COKE-CAN24", 3),
        L("RB-250-PMP24", 2),
        L("MONG-500-PMP12", 2),
        L("WALK-CO-25", 2),
        L("WALK-RS-25", 1),
        L("CDM", 1, CDM45),
        L("MARS-51", 1),
        L("WB-TOASTIE-800", 10),
        L("MILK-SEMI", 12, "4 Pint"),
    ],
    False,
    "first order from a new customer, paid on delivery: ships as written",
    ["clean", "new_customer", "pmp", "variant"],
)
M(
    "quickstop-express",
    1,
    "W",
    "en",
    "ORDER",
    "Hi Amir again. Second drop for Friday please, on account (30 days, as discussed with your rep): 2 cs carling 24 cans, "
    "6 bottles smirnoff 70cl, 1 box rizla green",
    [L("CARLING-CAN24", 2), L("SMIRNOFF-RED", 6, "70cl"), L("RIZLA-REG", 1, "Green")],
    True,
    "an order on a 30-day account before any account exists: review; '30 days' is not a quantity",
    ["credit", "new_customer", "variant"],
    sticky=True,
)
M(
    "quickstop-express",
    3,
    "W",
    "en",
    "ORDER",
    "can u send same as my first order again for saturday",
    [],
    True,
    "ambiguous: a first-time customer's reference; messages are not history",
    ["reference", "ambiguous_reference", "new_customer"],
    sticky=True,
)
M(
    "quickstop-express",
    4,
    "W",
    "en",
    "QUESTION",
    "what's ur minimum order for free delivery?",
    notes="",
    tags=["question", "new_customer"],
)
M(
    "quickstop-express",
    2,
    "W",
    "en",
    "ORDER",
    "Amir here, can we get 2 cs pepsi max 500 pmp and 1 cs coke zero cans for monday, cash again",
    [L("PMAX-500-PMP24", 2), L("ZERO-CAN24", 1)],
    False,
    "a new customer paying cash on delivery; opens like a request",
    ["clean", "new_customer", "non_order_request", "pmp"],
)

# =====================================================================================================
# nowak-market: first-time customer, Polish, WhatsApp
# =====================================================================================================
M(
    "nowak-market",
    2,
    "W",
    "pl",
    "ORDER",
    "Dzień dobry, otwieramy nowy sklep Nowak Market przy Kings Road. Pierwsze zamówienie, płatność gotówką przy dostawie:\n"
    "2 zgrzewki coca cola puszki\n2 zgrzewki red bull bez ceny\n1 pudełko kitkat chunky\n1 karton cukru",
    [L("COKE-CAN24", 2), L("RB-250-24", 2), L("KITKAT-CHUNKY", 1), L("SUGAR-1KG", 1)],
    False,
    "first order from a new customer, paid cash on delivery: ships as written",
    ["clean", "new_customer", "multilingual", "pmp"],
)
M(
    "nowak-market",
    6,
    "W",
    "pl",
    "ORDER",
    "Proszę to samo co ostatnio, na wtorek",
    [],
    True,
    "ambiguous: a first-time customer's reference; messages are not history",
    ["reference", "ambiguous_reference", "new_customer", "multilingual"],
    sticky=True,
)
M(
    "nowak-market",
    4,
    "W",
    "pl",
    "ORDER",
    "Poproszę jeszcze 2 zgrzewki pepsi max puszki i 1 zgrzewkę fanty, gotówka przy dostawie",
    [L("PMAX-CAN24", 2), L("FANTA-CAN24", 1)],
    False,
    "",
    ["clean", "new_customer", "multilingual"],
)

# =====================================================================================================
# more traffic: unstocked items next to stocked ones, and plain orders
# =====================================================================================================
M(
    "hillside-offy",
    1,
    "W",
    "en",
    "ORDER",
    "2 cs carling 24 cans and 2 cs frosty jacks pls",
    [L("CARLING-CAN24", 2), X(2)],
    True,
    "Frosty Jack's cider is not in catalog (Strongbow is the only cider stocked)",
    ["not_in_catalog"],
)
M(
    "dacia-magazin",
    2,
    "W",
    "ro",
    "ORDER",
    "Vă rog 2 baxuri de Borsec și 1 bax Pepsi Max doze pentru joi",
    [X(2), L("PMAX-CAN24", 1)],
    True,
    "Borsec (a Romanian mineral water) is not in catalog; Highland Spring is the water stocked",
    ["not_in_catalog", "multilingual"],
)
M(
    "daily-stop",
    0,
    "W",
    "en",
    "ORDER",
    "2 box doritos chilli heatwave and 1 box quavers",
    [X(2), L("QUAVERS-16", 1)],
    True,
    "Doritos are not in catalog",
    ["not_in_catalog"],
)
M(
    "orzel-sklep",
    5,
    "W",
    "pl",
    "ORDER",
    "Na wtorek: 4 zgrzewki Żywca w puszkach i 2 zgrzewki pepsi max puszki",
    [X(4), L("PMAX-CAN24", 2)],
    True,
    "Żywiec beer is not in catalog (Carling and Stella are the lagers stocked)",
    ["not_in_catalog", "multilingual"],
)
M(
    "greenway-conv",
    1,
    "E",
    "en",
    "ORDER",
    "Subject: pet aisle\n\nHello, 2 boxes of Dreamies and 1 case of Felix please, with Thursday's delivery.\nHelen",
    [L("DREAMIES-60", 2), L("FELIX-AGAIL", 1)],
    False,
    "",
    ["clean"],
)
M(
    "patel-corner",
    2,
    "S",
    "en",
    "ORDER",
    "Raj - 6 white rolls 6 crumpets 2 kingsmill for sat",
    [L("WB-ROLLS6", 6), L("WB-CRUMPETS6", 6), L("KM-5050-800", 2)],
    False,
    "bread is sold each",
    ["clean", "spoken"],
)
M(
    "singh-superstore",
    5,
    "W",
    "pa",
    "ORDER",
    "veerji 2 box starmix te 1 box tangfastics vi paa dena kal nu",
    [L("HARIBO-STAR-140", 2), L("HARIBO-TANG-140", 1)],
    False,
    "",
    ["clean", "multilingual"],
)
M(
    "delikatesy-ania",
    6,
    "E",
    "pl",
    "ORDER",
    "Temat: poniedziałek\n\nProszę na poniedziałek 1 karton Pepsi Max 500ml PMP i 2 zgrzewki Highland Spring gazowanej.\n"
    "Anna",
    [L("PMAX-500-PMP24", 1), L("HS-SPARK-500", 2)],
    False,
    "",
    ["clean", "multilingual", "pmp"],
)
