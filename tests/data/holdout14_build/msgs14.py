# ruff: noqa  (hand-written data generator of blind set 14, kept as its writer left it)
"""holdout14 messages and their plain labels, all hand-written.

M(customer, channel, language, intent, text, lines, ...):
  L(sku, qty, variant)           a line; `variant` is required on products with variants (None = not stated)
  F(candidates, qty, cv=, word=) a bare family word: sku null, `candidates`, optional `candidate_variant`
  X(qty, what)                   an item the catalog does not have
  ref=("usual"|"last", ops)      a reference to history; ops: ("add", line) ("set", line) ("drop", sku|[skus])
                                 ("double", sku); the plain `lines` are the explicit additions and new quantities
  d=                             day of the message week (0 = Mon 2027-03-08 ... 6 = Sun 03-14)
  credit / conditional           first order on credit / conditional order: review whatever the lines
  outlier=True                   quantity far above the customer's usual with no reason (review only with history)
  change=[lines]                 CHANGE rows: the affected lines after the change (quantity 0 = removed)
"""

UNSET = object()
MSGS = []


def L(sku, q, v=UNSET, nofill=False):
    d = {"sku": sku, "quantity": q}
    if v is not UNSET:
        d["variant"] = v
    if nofill:
        d["_nofill"] = True
    return d


def F(cands, q, cv=None, word=""):
    d = {"sku": None, "quantity": q, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    d["_word"] = word
    return d


def X(q, what):
    return {"sku": None, "quantity": q, "_nic": what}


def M(
    cust,
    ch,
    lang,
    intent,
    text,
    lines=(),
    ref=None,
    d=None,
    tags=(),
    notes="",
    credit=False,
    conditional=False,
    outlier=False,
    change=None,
    review=None,
):
    MSGS.append(
        dict(
            customer=cust,
            channel={"W": "WHATSAPP", "S": "SMS", "E": "EMAIL"}[ch],
            language=lang,
            intent=intent,
            text=text.strip("\n"),
            lines=list(lines),
            ref=ref,
            day=d,
            tags=list(tags),
            notes=notes,
            credit=credit,
            conditional=conditional,
            outlier=outlier,
            change=change,
            force_review=review,
        )
    )


CHIPS = ["CHP-STR-38", "CHP-CHUNKY-18", "CHP-SKINNY-7", "CHP-SKINON-9", "CHP-CRINKLE", "CHP-COATED-10"]
HADDOCK = ["FSH-HAD-FAS", "CFS-BRDHAD"]
COD = ["FSH-COD-FAS", "CFS-BATCOD"]
FAS = ["FSH-HAD-FAS", "FSH-COD-FAS"]
BURGERS = ["BRG-BEEF", "BRG-HALAL", "BRG-BEAN", "CHK-FILLETBURGER"]
BUNS = ["BRD-BRIOCHE", "BRD-SEEDED"]
MOZZ = ["CHS-MOZZ-GRATED", "CHS-MOZZ-BLOCK"]
CHEESE = ["CHS-MOZZ-GRATED", "CHS-MOZZ-BLOCK", "CHS-PIZZATOP", "CHS-CHEDDAR", "CHS-SLICES"]
GRATED = ["CHS-CHEDDAR", "CHS-MOZZ-GRATED", "CHS-PIZZATOP"]
ONIONRINGS = ["SNK-ONION-BAT", "SNK-ONION-BRD"]
SAMOSAS = ["IND-SAMOSA-VEG", "IND-SAMOSA-LAMB", "IND-SAMOSA-CHK"]
KULFI = ["ICE-KULFI-PIST", "ICE-KULFI-MANGO"]
ICECREAM = ["ICE-VAN", "ICE-STRAW", "ICE-CHOC", "ICE-MINT", "ICE-CARAMEL", "ICE-VEGANVAN"]
CHEESECAKE = ["DES-CHZ-NY", "DES-CHZ-STRAW", "DES-CHZ-BISCUIT"]
PIES = ["PST-STEAKPIE", "PST-CHKPIE", "DES-APPLEPIE"]
SAVOURY_PIES = ["PST-STEAKPIE", "PST-CHKPIE"]
GARLICBREAD = ["BRD-GARLICBAG", "BRD-GARLICPIZZA"]
DOUGH = ["PZB-DOUGH-170", "PZB-DOUGH-280"]
PEAS = ["VEG-GARDENPEAS", "VEG-PETITPOIS", "SUP-MARROWFAT", "SUP-MUSHYPEAS"]
BAGPEAS = ["VEG-GARDENPEAS", "VEG-PETITPOIS"]
WINGS = ["CHK-COATEDWINGS", "CHK-RAWWINGS"]
SAUSAGES = ["SAU-PORK", "SAU-HALAL", "SAU-JUMBO", "SAU-SAVELOY"]
WAFFLES = ["POT-WAFFLE", "DES-WAFFLES"]
CONES = ["ICE-CONES", "KEB-DONER", "KEB-CHKDONER"]
DONERCONES = ["KEB-DONER", "KEB-CHKDONER"]
OIL = ["SUP-RAPESEED", "SUP-PALM"]
SROLLS = ["PST-SROLL-JUMBO", "PST-SROLL-MINI"]
BASES = ["PZB-STONE", "PZB-DEEP"]

# =====================================================================================================
# The Golden Haddock, Whitby (fish and chip shop, WhatsApp, Gary)
# =====================================================================================================
M(
    "golden-haddock",
    "W",
    "en",
    "ORDER",
    """
Morning, for Friday pls: 3 x haddock 6-8, 1 cod 8-10, 4 dripping, 2 batter, 1 marrowfat peas. Cheers Gary
""",
    [
        L("FSH-HAD-FAS", 3, "6-8oz"),
        L("FSH-COD-FAS", 1, "8-10oz"),
        L("SUP-DRIPPING", 4),
        L("SUP-BATTER", 2),
        L("SUP-MARROWFAT", 1),
    ],
    d=0,
    tags=["number_in_name"],
    notes="'haddock 6-8' and 'cod 8-10' name sizes that only the FAS fillets come in, so the family word is settled",
)
M(
    "golden-haddock",
    "W",
    "en",
    "ORDER",
    """
usual for fri mate plus an extra box of the 6-8 haddock
""",
    ref=("usual", [("add", L("FSH-HAD-FAS", 1, "6-8oz"))]),
    d=2,
)
M(
    "golden-haddock",
    "W",
    "en",
    "QUESTION",
    """
Have you got any 4-6 haddock in at the moment? Lad at the Hull market reckons theres a shortage. Might switch some of ours over if the price is right
""",
    d=1,
    tags=["number_in_name"],
)
M(
    "golden-haddock",
    "W",
    "en",
    "COMPLAINT",
    """
Gary here. Box of cod 8-10 came in yesterday half thawed, fillets all stuck together. Not happy. Can someone come and look at it or credit it please
""",
    d=5,
)
M(
    "golden-haddock",
    "W",
    "en",
    "ORDER",
    """
yeah hiya its gary at the golden haddock can i have three boxes of the six to eight haddock two boxes of dripping a sack of batter and er a tub of curry sauce thanks
""",
    [L("FSH-HAD-FAS", 3, "6-8oz"), L("SUP-DRIPPING", 2), L("SUP-BATTER", 1), L("SUP-CURRY", 1)],
    d=3,
    tags=["spoken", "voice"],
    notes="voice-note transcript; 'six to eight' is the 6-8oz size",
)
M(
    "golden-haddock",
    "W",
    "en",
    "ORDER",
    """
2 stone of 8-10 haddock and a stone of cod 6-8 for thurs pls
""",
    [L("FSH-HAD-FAS", 2, "8-10oz"), L("FSH-COD-FAS", 1, "6-8oz")],
    d=1,
    tags=["weight", "number_in_name"],
    notes="a stone is 14lb, which is the 6.35kg FAS box: 2 stone = 2 boxes, a stone = 1 box",
)
M(
    "golden-haddock",
    "W",
    "en",
    "ORDER",
    """
Add 2 large fish boxes and 1 nbc to fridays order ta
""",
    [L("PKG-FISHBOX", 2, "Large"), L("SUP-NBC", 1)],
    d=2,
    notes="an addition to a placed order is ORDER",
)
M(
    "golden-haddock",
    "W",
    "en",
    "CHANGE",
    """
Take the jumbos off this weeks order please, still got loads in the freezer
""",
    change=[L("SAU-JUMBO", 0)],
    d=3,
)
M(
    "golden-haddock",
    "W",
    "en",
    "ORDER",
    """
Fri: 4 x 6-8 haddock, 4 dripping, 1 batter, 1 curry, 1 box jumbos
""",
    [
        L("FSH-HAD-FAS", 4, "6-8oz"),
        L("SUP-DRIPPING", 4),
        L("SUP-BATTER", 1),
        L("SUP-CURRY", 1),
        L("SAU-JUMBO", 1),
    ],
    d=4,
    tags=["number_in_name"],
)
M(
    "golden-haddock",
    "W",
    "en",
    "ORDER",
    """
can you drop 2 bottles of the vinegar in with tomorrows delivery
""",
    [L("SUP-NBC", 2)],
    d=3,
    tags=["container"],
    notes="the only vinegar is the non-brewed condiment, sold by the case of 4 x 5L; '2 bottles' (N = 2) is 2 cases by the trade rule",
)

# =====================================================================================================
# Captain's Catch, Grimsby (fish and chip shop, SMS, Sue)
# =====================================================================================================
M(
    "captains-catch",
    "S",
    "en",
    "ORDER",
    """
Hi its Sue at Captains Catch. 2 haddock 8-10, 2 cod 6-8, 5 palm, 2 batter, 1 mushy peas. Thurs pls
""",
    [
        L("FSH-HAD-FAS", 2, "8-10oz"),
        L("FSH-COD-FAS", 2, "6-8oz"),
        L("SUP-PALM", 5),
        L("SUP-BATTER", 2),
        L("SUP-MUSHYPEAS", 1),
    ],
    d=0,
    tags=["number_in_name"],
)
M(
    "captains-catch",
    "S",
    "en",
    "ORDER",
    """
4 x 3/8 chips 2 x nuggets 2 boxes 6-8
""",
    [L("CHP-STR-38", 4, None), L("CHK-NUGGETS", 2), F(FAS, 2, cv="6-8oz", word="2 boxes 6-8")],
    d=1,
    tags=["number_in_name"],
    notes="3/8 chips come as 4 x 2.5kg or 2 x 5kg: variant not stated; '6-8' fits both the haddock and the cod FAS fillets: ambiguous",
)
M(
    "captains-catch",
    "S",
    "en",
    "ORDER",
    """
same as last wk pls Sue
""",
    ref=("last", []),
    d=2,
)
M(
    "captains-catch",
    "S",
    "en",
    "QUESTION",
    """
Do u do saveloys in 24s? 48 is a lot for us midweek
""",
    d=3,
)
M(
    "captains-catch",
    "S",
    "en",
    "OTHER",
    """
Shop shut mon-wed next week for the refit so no delivery till thurs 18th
""",
    d=4,
)
M(
    "captains-catch",
    "S",
    "en",
    "ORDER",
    """
Need fish boxes 400 medium and 200 small pls
""",
    [L("PKG-FISHBOX", 2, "Medium"), L("PKG-FISHBOX", 1, "Small")],
    d=1,
    tags=["count", "pack"],
    notes="fish & chip boxes come 200 to a box: 400 medium = 2, 200 small = 1",
)
M(
    "captains-catch",
    "S",
    "en",
    "COMPLAINT",
    """
Invoice 55218 has 6 palm on it, we only had 5 delivered
""",
    d=0,
)
M(
    "captains-catch",
    "S",
    "en",
    "ORDER",
    """
Sue: 3 haddock 8-10, 2 cod 6-8, 5 palm, 2 tins mushy peas, 1 savs. ta
""",
    [
        L("FSH-HAD-FAS", 3, "8-10oz"),
        L("FSH-COD-FAS", 2, "6-8oz"),
        L("SUP-PALM", 5),
        L("SUP-MUSHYPEAS", 2),
        L("SAU-SAVELOY", 1),
    ],
    d=3,
    tags=["container", "number_in_name"],
    notes="mushy peas are sold by the case of 6 A10 tins; '2 tins' (N = 2) is 2 cases by the trade rule",
)
M(
    "captains-catch",
    "S",
    "en",
    "ORDER",
    """
2 boxes chip forks and 1 medium fish boxes
""",
    [X(2, "chip forks"), L("PKG-FISHBOX", 1, "Medium")],
    d=5,
    notes="chip forks: not in catalog",
)

# =====================================================================================================
# Sea Spray Chippy, Blackpool (WhatsApp, Dean)
# =====================================================================================================
M(
    "sea-spray",
    "W",
    "en",
    "ORDER",
    """
Dean @ Sea Spray. Wed delivery:
2 x haddock 10-12
6kg plaice
3 rapeseed drums
3 scampi
5 chunky chips
2 small fish boxes
""",
    [
        L("FSH-HAD-FAS", 2, "10-12oz"),
        L("FSH-PLAICE", 6),
        L("SUP-RAPESEED", 3),
        L("CFS-SCAMPI", 3),
        L("CHP-CHUNKY-18", 5),
        L("PKG-FISHBOX", 2, "Small"),
    ],
    d=0,
    tags=["number_in_name"],
)
M(
    "sea-spray",
    "W",
    "en",
    "ORDER",
    """
5 chips, 2 jumbos, 1 curry, 1 batter
""",
    [F(CHIPS, 5, word="chips"), L("SAU-JUMBO", 2), L("SUP-CURRY", 1), L("SUP-BATTER", 1)],
    d=1,
    notes="'chips' alone is ambiguous between the six plain cuts (sweet potato carries its word)",
)
M(
    "sea-spray",
    "W",
    "en",
    "ORDER",
    """
can i get two bags of scampi a box of jumbos three sacks of batter and four drums of oil
""",
    [L("CFS-SCAMPI", 2), L("SAU-JUMBO", 1), L("SUP-BATTER", 3), L("SUP-RAPESEED", 4)],
    d=2,
    tags=["spoken"],
    notes="'drums of oil': only the rapeseed oil comes in a drum (palm fat and dripping come by the box)",
)
M(
    "sea-spray",
    "W",
    "en",
    "ORDER",
    """
3 scampi, 1 box fishcakes, and do you do battered sausages? if so a box
""",
    [L("CFS-SCAMPI", 3), L("CFS-FISHCAKE", 1), X(1, "pre-battered sausages")],
    d=3,
    tags=["side_question"],
    notes="pre-battered sausages: not in catalog (the jumbo sausages are sold raw for battering in the shop); kept for a human",
)
M(
    "sea-spray",
    "W",
    "en",
    "COMPLAINT",
    """
Plaice was 5.4kg not 6, weighed it twice. Can you adjust the invoice
""",
    d=4,
)
M(
    "sea-spray",
    "W",
    "en",
    "ORDER",
    """
gloves x2 large + 2 x large fish boxes
""",
    [L("PKG-GLOVES", 2, "Large"), L("PKG-FISHBOX", 2, "Large")],
    d=5,
)
M(
    "sea-spray",
    "W",
    "en",
    "ORDER",
    """
Same as last week but no fishcakes and 3 haddock instead of 2
""",
    ref=("last", [("drop", "CFS-FISHCAKE"), ("set", F(HADDOCK, 3, word="haddock"))]),
    d=1,
    notes="'haddock' alone: FAS fillets or breaded haddock, ambiguous without history",
)
M(
    "sea-spray",
    "W",
    "en",
    "ORDER",
    """
4 oil and 2 curry pls Dean
""",
    [F(OIL, 4, word="oil"), L("SUP-CURRY", 2)],
    d=2,
    notes="'oil' is ambiguous between the rapeseed drum and the palm frying fat (often called palm oil)",
)
M(
    "sea-spray",
    "W",
    "en",
    "ORDER",
    """
Plaice 8kg, scampi 2, batter 2, curry 1 👍
""",
    [L("FSH-PLAICE", 8), L("CFS-SCAMPI", 2), L("SUP-BATTER", 2), L("SUP-CURRY", 1)],
    d=4,
    tags=["emoji"],
)

# =====================================================================================================
# Anatolia Kebab & Pizza, Bradford (WhatsApp, Turkish, Mehmet)
# =====================================================================================================
M(
    "anatolia-kebab",
    "W",
    "tr",
    "ORDER",
    """
Merhaba abi, pazartesi için sipariş: 2 adet döner 20 kg, 1 adet tavuk döner 15 kg, 2 kutu pitta, 6 koli 3/8 patates (4x2.5), 3 torba rendelenmiş mozzarella. Teşekkürler, Mehmet
""",
    [
        L("KEB-DONER", 2, "20kg"),
        L("KEB-CHKDONER", 1, "15kg"),
        L("BRD-PITTA", 2),
        L("CHP-STR-38", 6, "4 x 2.5kg"),
        L("CHS-MOZZ-GRATED", 3),
    ],
    d=0,
    tags=["number_in_name"],
    notes="'döner' is the lamb & beef cone (chicken carries 'tavuk'); 'rendelenmiş' = grated",
)
M(
    "anatolia-kebab",
    "W",
    "tr",
    "ORDER",
    """
Her zamanki sipariş abi, ama bu sefer 3 tane 20'lik döner olsun
""",
    ref=("usual", [("set", L("KEB-DONER", 3, "20kg"))]),
    d=6,
)
M(
    "anatolia-kebab",
    "W",
    "tr",
    "ORDER",
    """
Acil 2 tane 15'lik lazım, yarın sabah gelebilir mi?
""",
    [F(DONERCONES, 2, cv="15kg", word="15'lik")],
    d=2,
    tags=["side_question"],
    notes="'15'lik' (the 15 kg ones) with no product word: lamb & beef or chicken doner cone, ambiguous",
)
M(
    "anatolia-kebab",
    "W",
    "tr",
    "QUESTION",
    """
Künefe var mı sizde? Dondurulmuş künefe arıyoruz, fiyatı ne kadar?
""",
    d=1,
    tags=["not_in_catalog"],
)
M(
    "anatolia-kebab",
    "W",
    "tr",
    "ORDER",
    """
12 inç pizza tabanı 2 kutu, 12 inç pizza kutusu 2 koli, acılı kanat 2 paket
""",
    [L("PZB-STONE", 2, "12 inch"), L("PKG-PIZZABOX", 2, "12 inch"), L("CHK-COATEDWINGS", 2)],
    d=3,
    notes="12 inch bases exist only as stone baked; 'acılı kanat' = hot & spicy wings",
)
M(
    "anatolia-kebab",
    "W",
    "tr",
    "COMPLAINT",
    """
Dünkü tavuk döner erimiş geldi abi, soğuk zincir bozulmuş. İade istiyoruz.
""",
    d=4,
)
M(
    "anatolia-kebab",
    "W",
    "tr",
    "CHANGE",
    """
Yarınki siparişte döneri 2 yerine 3 yap lütfen
""",
    change=[L("KEB-DONER", 3, "20kg")],
    d=6,
    notes="the placed order's doner is the 20kg cone",
)
M(
    "anatolia-kebab",
    "W",
    "tr",
    "ORDER",
    """
3 kutu pitta, 2 paket acılı kanat, 1 kutu helal burger gönder abi
""",
    [L("BRD-PITTA", 3), L("CHK-COATEDWINGS", 2), L("BRG-HALAL", 1)],
    d=3,
)

# =====================================================================================================
# Bosphorus Grill, London (WhatsApp, Turkish, Serkan)
# =====================================================================================================
M(
    "bosphorus-grill",
    "W",
    "tr",
    "ORDER",
    """
Salı teslimat:
2 döner 15 kg
1 tavuk döner 10 kg
dürüm için 12 inç wrap 4 paket
1 kutu pitta
4 koli ince patates 7mm
10 kilo kemiksiz tavuk but
""",
    [
        L("KEB-DONER", 2, "15kg"),
        L("KEB-CHKDONER", 1, "10kg"),
        L("BRD-WRAPS", 4, "12 inch"),
        L("BRD-PITTA", 1),
        L("CHP-SKINNY-7", 4),
        L("CHK-THIGH", 10),
    ],
    d=0,
    notes="'ince patates 7mm' = skinny fries; 'kemiksiz tavuk but' = boneless chicken thigh",
)
M(
    "bosphorus-grill",
    "W",
    "tr",
    "ORDER",
    """
Her zamanki gibi, artı 2 paket hellim kızartması
""",
    ref=("usual", [("add", L("SNK-HALLOUMI", 2))]),
    d=1,
    notes="'hellim kızartması' = halloumi fries",
)
M(
    "bosphorus-grill",
    "W",
    "tr",
    "QUESTION",
    """
Sucuk var mı? Bir de ayran satıyor musunuz?
""",
    d=2,
    tags=["not_in_catalog"],
)
M(
    "bosphorus-grill",
    "W",
    "tr",
    "ORDER",
    """
siyah peçete 1 koli, eldiven M 2 kutu
""",
    [L("PKG-NAPKINS", 1, "Black"), L("PKG-GLOVES", 2, "Medium")],
    d=3,
    notes="'siyah peçete' = black napkins",
)
M(
    "bosphorus-grill",
    "W",
    "tr",
    "OTHER",
    """
Yeni numaram bu, eskisini silin lütfen. Serkan - Bosphorus Grill
""",
    d=4,
)
M(
    "bosphorus-grill",
    "W",
    "tr",
    "ORDER",
    """
Bu hafta 15 tane 15 kiloluk döner gönderin
""",
    [L("KEB-DONER", 15, "15kg")],
    d=5,
    outlier=True,
    notes="15 cones against a usual 2 a week, with no reason given",
)
M(
    "bosphorus-grill",
    "W",
    "tr",
    "ORDER",
    """
2 döner 15'lik, 1 tavuk döner 10'luk, 2 paket hellim kızartması
""",
    [L("KEB-DONER", 2, "15kg"), L("KEB-CHKDONER", 1, "10kg"), L("SNK-HALLOUMI", 2)],
    d=1,
)

# =====================================================================================================
# Efes Kebab House, Sheffield (SMS, Ali)
# =====================================================================================================
M(
    "efes-kebab",
    "S",
    "en",
    "ORDER",
    """
Ali Efes kebab. 1 doner 25kg, 2 box pitta, 5 case chips 3/8 2x5kg, 2 battered onion ring. thursday
""",
    [L("KEB-DONER", 1, "25kg"), L("BRD-PITTA", 2), L("CHP-STR-38", 5, "2 x 5kg"), L("SNK-ONION-BAT", 2)],
    d=0,
    tags=["number_in_name"],
)
M(
    "efes-kebab",
    "S",
    "en",
    "ORDER",
    """
same like last week brother
""",
    ref=("last", []),
    d=2,
)
M(
    "efes-kebab",
    "S",
    "en",
    "QUESTION",
    """
how much for 25kg doner now? price gone up again?
""",
    d=3,
    tags=["number_in_name"],
)
M(
    "efes-kebab",
    "S",
    "en",
    "ORDER",
    """
1 doner 25, 2 pitta, chilli sauce 2 bottle, garlic sauce 2 bottle
""",
    [L("KEB-DONER", 1, "25kg"), L("BRD-PITTA", 2), X(2, "chilli sauce"), X(2, "garlic sauce")],
    d=4,
    notes="chilli and garlic kebab sauces: not in catalog",
)
M(
    "efes-kebab",
    "S",
    "en",
    "CANCEL",
    """
cancel order for thursday please, shop close family emergency, sorry
""",
    d=2,
)
M(
    "efes-kebab",
    "S",
    "en",
    "ORDER",
    """
burgers x2, nuggets 1, cheese slices 1
""",
    [F(BURGERS, 2, word="burgers"), L("CHK-NUGGETS", 1), L("CHS-SLICES", 1)],
    d=5,
    notes="'burgers' alone: beef, halal beef, bean or chicken fillet burgers, ambiguous",
)
M(
    "efes-kebab",
    "S",
    "en",
    "ORDER",
    """
2 box pitta 1 doner 25 kg 1 halal sausage 1 cheese slice
""",
    [L("BRD-PITTA", 2), L("KEB-DONER", 1, "25kg"), L("SAU-HALAL", 1), L("CHS-SLICES", 1)],
    d=3,
    tags=["spoken"],
    notes="'1 halal sausage' and '1 cheese slice' are one box and one pack",
)
M(
    "efes-kebab",
    "S",
    "en",
    "OTHER",
    """
I would like to set up direct debit for the invoices, what form i need to fill
""",
    d=1,
    tags=["non_order_request"],
    notes="account request, not an order",
)

# =====================================================================================================
# Pizzeria Da Gennaro, Glasgow (WhatsApp, Italian)
# =====================================================================================================
M(
    "da-gennaro",
    "W",
    "it",
    "ORDER",
    """
Ciao! Per martedì: 4 scatole di panetti da 280g, 6 blocchi di mozzarella, 2 buste di funghi, 1 busta di spinaci. Grazie, Gennaro
""",
    [L("PZB-DOUGH-280", 4), L("CHS-MOZZ-BLOCK", 6), L("VEG-MUSHROOM", 2), L("VEG-SPINACH", 1)],
    d=0,
    tags=["number_in_name"],
    notes="'blocchi di mozzarella' names the block",
)
M(
    "da-gennaro",
    "W",
    "it",
    "ORDER",
    """
2 buste di peperoni misti e 2 di pepperoni a fette
""",
    [L("VEG-PEPPERS", 2, "Mixed"), L("PZB-PEPPERONI", 2)],
    d=1,
    notes="Italian 'peperoni misti' are the mixed sliced peppers; 'pepperoni a fette' the sliced pepperoni",
)
M(
    "da-gennaro",
    "W",
    "it",
    "ORDER",
    """
Il solito per martedì, ma senza gelato questa settimana
""",
    ref=("usual", [("drop", "ICE-VAN")]),
    d=5,
)
M(
    "da-gennaro",
    "W",
    "it",
    "ORDER",
    """
mozzarella x4 e 2 casse di cartoni pizza 12 pollici
""",
    [F(MOZZ, 4, word="mozzarella"), L("PKG-PIZZABOX", 2, "12 inch")],
    d=2,
    notes="'mozzarella' alone: grated or block, ambiguous; 'cartoni pizza' are pizza boxes",
)
M(
    "da-gennaro",
    "W",
    "it",
    "QUESTION",
    """
Avete la fior di latte? Quella vera, non il blocco. Quanto costa al kg?
""",
    d=3,
    tags=["not_in_catalog"],
)
M(
    "da-gennaro",
    "W",
    "it",
    "COMPLAINT",
    """
I panetti di ieri erano tutti attaccati e metà aperti, non si possono usare. Una scatola intera da buttare
""",
    d=4,
)
M(
    "da-gennaro",
    "W",
    "it",
    "ORDER",
    """
mi servono due scatole di panetti una cheesecake new york e un secchio di gelato alla vaniglia da quattro litri
""",
    [F(DOUGH, 2, word="panetti"), L("DES-CHZ-NY", 1), L("ICE-VAN", 1, "4L")],
    d=3,
    tags=["spoken"],
    notes="'panetti' (dough balls) with no weight: 170g or 280g, ambiguous",
)
M(
    "da-gennaro",
    "W",
    "it",
    "ORDER",
    """
3 scatole panetti 280, 4 mozzarella a blocco, 1 busta spinaci, 1 cheesecake
""",
    [L("PZB-DOUGH-280", 3), L("CHS-MOZZ-BLOCK", 4), L("VEG-SPINACH", 1), F(CHEESECAKE, 1, word="cheesecake")],
    d=1,
    notes="'cheesecake' alone: New York, strawberry or caramel biscuit, ambiguous",
)

# =====================================================================================================
# Bella Napoli Takeaway, Cardiff (e-mail, Italian, Francesca)
# =====================================================================================================
M(
    "bella-napoli",
    "E",
    "it",
    "ORDER",
    """
Oggetto: Ordine settimanale

Buongiorno,
vi chiedo per lunedì:
- 3 scatole basi pizza 10 pollici
- 6 buste formaggio pizza 50/50
- 2 buste pollo tikka
- 3 scatole cartoni pizza 10"

Grazie
Francesca Russo
Bella Napoli Takeaway
14 Clifton Street, Cardiff CF24 1LS
Tel. 07700 900581
""",
    [L("PZB-STONE", 3, "10 inch"), L("CHS-PIZZATOP", 6), L("CHK-TIKKA", 2), L("PKG-PIZZABOX", 3, "10 inch")],
    d=0,
    tags=["signature", "number_in_name"],
    notes="10 inch bases exist only as stone baked (deep pan is 9 inch); street number and phone are not quantities",
)
M(
    "bella-napoli",
    "E",
    "it",
    "ORDER",
    """
Oggetto: ordine

Come la settimana scorsa, ma doppio pollo tikka per favore.

Francesca
""",
    ref=("last", [("double", "CHK-TIKKA")]),
    d=6,
)
M(
    "bella-napoli",
    "E",
    "it",
    "QUESTION",
    """
Oggetto: schede allergeni

Buongiorno, potreste mandarmi la scheda allergeni delle basi pizza e del formaggio 50/50? Un cliente ha chiesto.
Grazie, Francesca
""",
    d=1,
    tags=["non_order_request"],
)
M(
    "bella-napoli",
    "E",
    "it",
    "ORDER",
    """
Oggetto: aggiunta

Per lunedì aggiungete 2 scatole di pane all'aglio, grazie.
Francesca
""",
    [F(GARLICBREAD, 2, word="pane all'aglio")],
    d=2,
    notes="'pane all'aglio' (garlic bread): baguettes or 10 inch pizza bread, ambiguous",
)
M(
    "bella-napoli",
    "E",
    "it",
    "ORDER",
    """
Oggetto: Re: Conferma ordine 40211

Aggiungete anche 1 torta fudge al cioccolato per favore.

Francesca

> Ordine 40211 confermato per lunedì 15/03: 3 x Stone Baked Pizza Bases 10 inch, 6 x Pizza Topping Cheese 50/50, 2 x Cooked Chicken Tikka Pieces 1kg, 3 x White Pizza Boxes 10 inch.
> Totale £175.80
""",
    [L("DES-FUDGECAKE", 1)],
    d=3,
    tags=["quoted"],
    notes="only the line above the quoted confirmation is new",
)
M(
    "bella-napoli",
    "E",
    "it",
    "OTHER",
    """
Oggetto: giorno di consegna

Vi informo che dal 22 marzo chiudiamo il lunedì, quindi d'ora in poi le consegne passano al martedì.
Cordiali saluti, Francesca Russo
""",
    d=4,
    notes="a standing change of delivery day is OTHER",
)
M(
    "bella-napoli",
    "E",
    "it",
    "COMPLAINT",
    """
Oggetto: consegna incompleta

Nella consegna di lunedì mancavano 2 buste di peperoni rossi, però in fattura ci sono. Potete stornarle?
Francesca
""",
    d=0,
)
M(
    "bella-napoli",
    "E",
    "it",
    "ORDER",
    """
Oggetto: ordine extra

Buongiorno, per martedì: 2 buste di pepperoni, 1 busta di mais, 2 scatole di garlic pizza bread.
Grazie, Francesca
""",
    [L("PZB-PEPPERONI", 2), L("VEG-SWEETCORN", 1), L("BRD-GARLICPIZZA", 2)],
    d=5,
    notes="'mais' = sweetcorn",
)

# =====================================================================================================
# Luigi's Pizza Bar, Nottingham (WhatsApp, Marco)
# =====================================================================================================
M(
    "luigis",
    "W",
    "en",
    "ORDER",
    """
Marco @ Luigi's - wed pls: 3 x 170g dough balls, 4 x 50/50 cheese, 2 mozz sticks, 2 garlic baguettes, 2 x 9 inch pizza boxes, 3kg doner slices
""",
    [
        L("PZB-DOUGH-170", 3),
        L("CHS-PIZZATOP", 4),
        L("SNK-MOZZSTICK", 2),
        L("BRD-GARLICBAG", 2),
        L("PKG-PIZZABOX", 2, "9 inch"),
        L("KEB-SLICES", 3),
    ],
    d=0,
    tags=["number_in_name"],
)
M(
    "luigis",
    "W",
    "en",
    "ORDER",
    """
dough balls x3, pizza boxes x2
""",
    [F(DOUGH, 3, word="dough balls"), L("PKG-PIZZABOX", 2, None)],
    d=1,
    notes="'dough balls': 170g or 280g, ambiguous; pizza box size: variant not stated",
)
M(
    "luigis",
    "W",
    "en",
    "ORDER",
    """
2 pepperoni, 1 green peppers, 1 fudge cake
""",
    [L("PZB-PEPPERONI", 2), L("VEG-PEPPERS", 1, "Green"), L("DES-FUDGECAKE", 1)],
    d=2,
)
M(
    "luigis",
    "W",
    "en",
    "QUESTION",
    """
Do you sell 16 inch pizza boxes? Doing a family size pizza from next month
""",
    d=3,
)
M(
    "luigis",
    "W",
    "en",
    "ORDER",
    """
usual + 2 extra cheese pls
""",
    ref=("usual", [("add", F(CHEESE, 2, word="cheese"))]),
    d=5,
    notes="'cheese' alone is ambiguous between the five cheeses",
)
M(
    "luigis",
    "W",
    "en",
    "ORDER",
    """
400 9 inch boxes and 120 dough balls 170g
""",
    [L("PKG-PIZZABOX", 4, "9 inch"), L("PZB-DOUGH-170", 2)],
    d=4,
    tags=["count", "pack"],
    notes="pizza boxes come 100 to a box, 170g dough balls 60 to a box",
)
M(
    "luigis",
    "W",
    "en",
    "CANCEL",
    """
Marco here - scrap this weeks order, we're closed wed and thurs, boiler's gone. Will order again next week
""",
    d=1,
)
M(
    "luigis",
    "W",
    "en",
    "ORDER",
    """
3 x crinkle, 2 mozz sticks, 1 fudge cake, 2 pepperoni
""",
    [L("CHP-CRINKLE", 3), L("SNK-MOZZSTICK", 2), L("DES-FUDGECAKE", 1), L("PZB-PEPPERONI", 2)],
    d=6,
)
M(
    "luigis",
    "W",
    "en",
    "OTHER",
    """
cheers for getting that out so quick yesterday, saved us 🙏
""",
    d=5,
    tags=["emoji"],
)

# =====================================================================================================
# Lahori Grill & Pizza, Birmingham (WhatsApp, romanised Urdu, Imran)
# =====================================================================================================
M(
    "lahori-grill",
    "W",
    "ur",
    "ORDER",
    """
Assalam o alaikum bhai, Monday ke liye: 10 kilo chicken breast, 3 packet chicken tikka, 2 dabbe seekh kebab, 2 dabbe naan. Shukriya, Imran
""",
    [L("CHK-BREAST", 10), L("CHK-TIKKA", 3), L("KEB-SEEKH", 2), L("BRD-NAAN", 2)],
    d=0,
    notes="'dabbe' = boxes; 'naan' alone is the plain naan (garlic carries its word)",
)
M(
    "lahori-grill",
    "W",
    "ur",
    "ORDER",
    """
samose 2 dabbe aur 4 carton chips 3/8 bhej dena
""",
    [F(SAMOSAS, 2, word="samose"), L("CHP-STR-38", 4, None)],
    d=1,
    notes="'samose' alone: veg, lamb or chicken samosas, ambiguous; 3/8 chips: variant not stated",
)
M(
    "lahori-grill",
    "W",
    "ur",
    "COMPLAINT",
    """
Kal jo tikka aya tha uski date expire hone wali thi, 2 packet wapas le jao please
""",
    d=3,
)
M(
    "lahori-grill",
    "W",
    "ur",
    "ORDER",
    """
do dabbe naan teen packet tikka aur ek carton nuggets
""",
    [L("BRD-NAAN", 2), L("CHK-TIKKA", 3), L("CHK-NUGGETS", 1)],
    d=4,
    tags=["spoken"],
    notes="number words: do = 2, teen = 3, ek = 1",
)
M(
    "lahori-grill",
    "W",
    "ur",
    "ORDER",
    """
chicken breast 2 box aur mozzarella 3 bag
""",
    [L("CHK-BREAST", 10), L("CHS-MOZZ-GRATED", 3)],
    d=2,
    tags=["weight"],
    notes="breast fillets are priced per kg and packed in 5kg boxes: 2 box = 10 kg; of the mozzarellas only the grated comes in bags",
)
M(
    "lahori-grill",
    "W",
    "ur",
    "ORDER",
    """
10 kilo breast, 2 dabbe seekh, 3 bag grated mozzarella, 2 dabbe pizza base 10 inch
""",
    [L("CHK-BREAST", 10), L("KEB-SEEKH", 2), L("CHS-MOZZ-GRATED", 3), L("PZB-STONE", 2, "10 inch")],
    d=5,
)

# =====================================================================================================
# Karahi Corner, Bradford (SMS, romanised Urdu, Tariq)
# =====================================================================================================
M(
    "karahi-corner",
    "S",
    "ur",
    "ORDER",
    """
Tariq Karahi Corner. 15 kg thigh, 2 box chicken samose, 2 box bhaji, 2 pakora, 2 box garlic naan. Jumma ko deliver karna
""",
    [
        L("CHK-THIGH", 15),
        L("IND-SAMOSA-CHK", 2),
        L("IND-BHAJI", 2),
        L("IND-PAKORA", 2),
        L("BRD-GARLICNAAN", 2),
    ],
    d=0,
    notes="'Jumma' = Friday",
)
M(
    "karahi-corner",
    "S",
    "ur",
    "ORDER",
    """
kulfi 2 dabbe bhi add kar do
""",
    [F(KULFI, 2, word="kulfi")],
    d=1,
    notes="'kulfi' alone: pistachio or mango, ambiguous",
)
M(
    "karahi-corner",
    "S",
    "ur",
    "ORDER",
    """
har hafte wala order bhej do bhai
""",
    ref=("usual", []),
    d=2,
)
M(
    "karahi-corner",
    "S",
    "ur",
    "OTHER",
    """
Bhai agle hafte se Saturday ko delivery chahiye, Friday nahi. Har hafte
""",
    d=3,
    notes="a standing change of delivery day is OTHER",
)
M(
    "karahi-corner",
    "S",
    "ur",
    "ORDER",
    """
120 bhaji chahiye aur 60 samose chicken wale
""",
    [L("IND-BHAJI", None), L("IND-SAMOSA-CHK", 1)],
    d=4,
    tags=["count"],
    notes="bhajis come 50 to a box: 120 is not a whole number of boxes, quantity not stated; 60 chicken samosas = 1 box",
)
M(
    "karahi-corner",
    "S",
    "ur",
    "CANCEL",
    """
is hafte ka order cancel kar do bhai, dukaan band hai shaadi ki wajah se
""",
    d=2,
)
M(
    "karahi-corner",
    "S",
    "ur",
    "ORDER",
    """
3 carton skinny fries aur 2 packet pakora
""",
    [L("CHP-SKINNY-7", 3), L("IND-PAKORA", 2)],
    d=6,
)

# =====================================================================================================
# Shahi Tandoori, Leicester (WhatsApp, romanised Hindi, Rakesh)
# =====================================================================================================
M(
    "shahi-tandoori",
    "W",
    "hi",
    "ORDER",
    """
Namaste ji, Tuesday ke liye order: 8 kilo chicken breast, 3 box plain naan, 1 box garlic naan, 2 box veg samosa, 2 packet garden peas, 2 packet palak
""",
    [
        L("CHK-BREAST", 8),
        L("BRD-NAAN", 3),
        L("BRD-GARLICNAAN", 1),
        L("IND-SAMOSA-VEG", 2),
        L("VEG-GARDENPEAS", 2),
        L("VEG-SPINACH", 2),
    ],
    d=0,
    notes="'palak' = spinach",
)
M(
    "shahi-tandoori",
    "W",
    "hi",
    "ORDER",
    """
matar 3 packet aur mixed veg 1 chahiye
""",
    [F(BAGPEAS, 3, word="matar"), L("VEG-MIXED", 1)],
    d=1,
    notes="'matar' = peas; 'packet' (a bag) leaves garden peas and petits pois, ambiguous",
)
M(
    "shahi-tandoori",
    "W",
    "hi",
    "ORDER",
    """
pichhle hafte jaisa hi bhej dijiye, kulfi 1 box extra
""",
    ref=("last", [("add", F(KULFI, 1, word="kulfi"))]),
    d=6,
)
M(
    "shahi-tandoori",
    "W",
    "hi",
    "COMPLAINT",
    """
Naan ke 3 box mein se ek box poora toota hua tha, sab pieces mein. Credit kar dijiye
""",
    d=2,
)
M(
    "shahi-tandoori",
    "W",
    "hi",
    "QUESTION",
    """
Paneer milta hai aapke paas? frozen paneer 1kg wala
""",
    d=3,
    tags=["not_in_catalog"],
)
M(
    "shahi-tandoori",
    "W",
    "hi",
    "ORDER",
    """
ek box seekh kebab do box bhaji aur char kilo chicken breast
""",
    [L("KEB-SEEKH", 1), L("IND-BHAJI", 2), L("CHK-BREAST", 4)],
    d=4,
    tags=["spoken"],
    notes="number words: ek = 1, do = 2, char = 4",
)
M(
    "shahi-tandoori",
    "W",
    "hi",
    "ORDER",
    """
3 box naan, 2 box bhaji, 2 box veg samosa bhejna ji
""",
    [L("BRD-NAAN", 3), L("IND-BHAJI", 2), L("IND-SAMOSA-VEG", 2)],
    d=5,
)

# =====================================================================================================
# The Fox & Hounds, Harrogate (e-mail, Tom Ashby)
# =====================================================================================================
M(
    "fox-hounds",
    "E",
    "en",
    "ORDER",
    """
Subject: Order for Thursday

Hi team,

Could we have the following for Thursday please:

4 x skin-on fries
2 x beer battered cod
1 x salmon portions
2 x 6oz burgers
2 x brioche buns
2 x steak & ale pies
2 x petits pois

Thanks,
Tom

Tom Ashby | Head Chef
The Fox & Hounds, 7 Kirkgate, Harrogate HG1 4PL
07700 900561
""",
    [
        L("CHP-SKINON-9", 4),
        L("CFS-BATCOD", 2),
        L("FSH-SALMON", 1),
        L("BRG-BEEF", 2, "6oz (box of 32)"),
        L("BRD-BRIOCHE", 2),
        L("PST-STEAKPIE", 2),
        L("VEG-PETITPOIS", 2),
    ],
    d=0,
    tags=["signature", "non_order_request"],
    notes="'6oz burgers': only the 80% beef burgers come in 6oz; opens like a request but is an order",
)
M(
    "fox-hounds",
    "E",
    "en",
    "ORDER",
    """
Subject: Thursday

Usual for Thursday please, but make it 3 sticky toffee and no onion rings this week.

Tom
""",
    ref=("usual", [("set", L("DES-STP", 3)), ("drop", "SNK-ONION-BAT")]),
    d=1,
)
M(
    "fox-hounds",
    "E",
    "en",
    "QUESTION",
    """
Subject: GF fish?

Hi, do you have a gluten free battered fish? We've had a few requests from customers. Tom
""",
    d=2,
    tags=["not_in_catalog"],
)
M(
    "fox-hounds",
    "E",
    "en",
    "ORDER",
    """
Subject: Extras

onion rings x3, vanilla x2 please - Tom
""",
    [F(ONIONRINGS, 3, word="onion rings"), L("ICE-VAN", 2, None)],
    d=3,
    notes="'onion rings': battered or breaded, ambiguous; 'vanilla' is the plain vanilla (vegan carries its word), tub size: variant not stated",
)
M(
    "fox-hounds",
    "E",
    "en",
    "COMPLAINT",
    """
Subject: Wrong burgers

Hi, the burgers delivered Thursday were 4oz not 6oz - 2 boxes. Can you swap them on the next drop?
Tom
""",
    d=4,
)
M(
    "fox-hounds",
    "E",
    "en",
    "ORDER",
    """
Subject: Add to Thursday

Can you add 1 x cheese slices and 1 x petits pois to Thursday's order. Also what's the price on the sweet potato fries at the moment?

Thanks, Tom
""",
    [L("CHS-SLICES", 1), L("VEG-PETITPOIS", 1)],
    d=1,
    tags=["side_question", "non_order_request"],
)
M(
    "fox-hounds",
    "E",
    "en",
    "OTHER",
    """
Subject: Automatic reply: Order for next week

I'm out of the office until Monday 15th March. For urgent kitchen orders please contact Jess on 07700 900562.

Tom Ashby
""",
    d=5,
    tags=["auto_reply"],
)
M(
    "fox-hounds",
    "E",
    "en",
    "ORDER",
    """
Subject: RE: Your order 88120 is confirmed

Thanks - please add 2 x apple pie to this.

Tom

> Order 88120 for Thu 11 Mar: 4 x Skin-On Fries 9mm 4 x 2.5kg, 2 x Beer Battered Cod Fillets 170-200g (box of 18), 2 x Sticky Toffee Pudding (tray of 12 portions), 2 x Vanilla Soft Scoop Ice Cream 4L
> Total £412.60
""",
    [L("DES-APPLEPIE", 2)],
    d=2,
    tags=["quoted"],
    notes="only the line above the quoted confirmation is new",
)
M(
    "fox-hounds",
    "E",
    "en",
    "CHANGE",
    """
Subject: Change to Thursday

Hi, can we change the battered cod on Thursday's order from 2 boxes to 3? Big party booked in.
Tom
""",
    change=[L("CFS-BATCOD", 3)],
    d=2,
    tags=["non_order_request"],
)
M(
    "fox-hounds",
    "E",
    "en",
    "ORDER",
    """
Subject: order

2 x battered cod, 2 x battered onion rings, 1 x salmon portions for Thursday. Ta, Tom
""",
    [L("CFS-BATCOD", 2), L("SNK-ONION-BAT", 2), L("FSH-SALMON", 1)],
    d=5,
)

# =====================================================================================================
# The Red Kite Inn, Oxfordshire (WhatsApp, Becky)
# =====================================================================================================
M(
    "red-kite",
    "W",
    "en",
    "ORDER",
    """
Hi it's Becky at the Red Kite, can we get 3 chunky chips, 2 skinny fries, 2 breaded haddock, 2 scampi, 3 garden peas and 2 x 2L vanilla for Wed? ta
""",
    [
        L("CHP-CHUNKY-18", 3),
        L("CHP-SKINNY-7", 2),
        L("CFS-BRDHAD", 2),
        L("CFS-SCAMPI", 2),
        L("VEG-GARDENPEAS", 3),
        L("ICE-VAN", 2, "2L"),
    ],
    d=0,
    tags=["non_order_request"],
)
M(
    "red-kite",
    "W",
    "en",
    "ORDER",
    """
3 chips, 2 pies, 1 fudge cake
""",
    [F(CHIPS, 3, word="chips"), F(PIES, 2, word="pies"), L("DES-FUDGECAKE", 1)],
    d=1,
    notes="'chips' and 'pies' alone are ambiguous (steak, chicken or apple pie)",
)
M(
    "red-kite",
    "W",
    "en",
    "ORDER",
    """
2 boxes haddock and 1 apple pie pls
""",
    [F(HADDOCK, 2, word="haddock"), L("DES-APPLEPIE", 1)],
    d=2,
    notes="'haddock' alone: FAS fillets or breaded haddock, ambiguous",
)
M(
    "red-kite",
    "W",
    "en",
    "COMPLAINT",
    """
Scampi bags were split open this week and freezer burnt, 2 of them. Need a credit pls
""",
    d=3,
)
M(
    "red-kite",
    "W",
    "en",
    "CHANGE",
    """
Can you change the 3 chunky chips on Wednesday's order to 5? Busy weekend with the rugby on
""",
    change=[L("CHP-CHUNKY-18", 5)],
    d=0,
    tags=["non_order_request"],
)
M(
    "red-kite",
    "W",
    "en",
    "ORDER",
    """
2 boxes 6oz burgers + 1 seeded baps please
""",
    [L("BRG-BEEF", 2, "6oz (box of 32)"), L("BRD-SEEDED", 1)],
    d=5,
    tags=["text_over_guide"],
    notes="the pub usually buys the 4oz burgers; the text says 6oz",
)

# =====================================================================================================
# The Plough at Alder End (e-mail, Hannah Lewis)
# =====================================================================================================
M(
    "plough-alder",
    "E",
    "en",
    "ORDER",
    """
Subject: Tuesday order

Hi,
1 sweet potato fries
3 skin on fries
2 halloumi fries
3kg smoked haddock
2 bags prawns 90/120
2 roasties
2 green beans
Thanks, Hannah
""",
    [
        L("CHP-SWEETPOT", 1),
        L("CHP-SKINON-9", 3),
        L("SNK-HALLOUMI", 2),
        L("FSH-SMKHAD", 3),
        L("FSH-PRAWNS", 2, "90/120"),
        L("POT-ROAST", 2),
        L("VEG-GREENBEANS", 2),
    ],
    d=0,
    tags=["number_in_name"],
)
M(
    "plough-alder",
    "E",
    "en",
    "ORDER",
    """
Subject: desserts + samphire

Hi, can you add 1 cheesecake, 1 salted caramel, 1 vegan vanilla, and 2kg of fresh samphire if you can get it?
Hannah
""",
    [F(CHEESECAKE, 1, word="cheesecake"), L("ICE-CARAMEL", 1), L("ICE-VEGANVAN", 1), X(2, "fresh samphire")],
    d=1,
    tags=["non_order_request"],
    notes="'cheesecake' alone is ambiguous; fresh samphire: not in catalog",
)
M(
    "plough-alder",
    "E",
    "en",
    "ORDER",
    """
Subject: extras

prawns x2 and 1 battered cod please
""",
    [L("FSH-PRAWNS", 2, None), L("CFS-BATCOD", 1)],
    d=2,
    notes="prawn size (90/120 or 200/300): variant not stated",
)
M(
    "plough-alder",
    "E",
    "en",
    "QUESTION",
    """
Subject: Halloumi fries spec

Could you send over the spec sheet for the halloumi fries? Need the allergen info for the new spring menu.
Hannah Lewis, Sous Chef
""",
    d=3,
    tags=["non_order_request"],
)
M(
    "plough-alder",
    "E",
    "en",
    "ORDER",
    """
Subject: Order

Usual please, but 2 cheesecakes instead of 1.
H
""",
    ref=("usual", [("set", F(CHEESECAKE, 2, word="cheesecakes"))]),
    d=5,
)
M(
    "plough-alder",
    "E",
    "en",
    "OTHER",
    """
Subject: Thanks

Thanks for sorting the delivery yesterday, much appreciated. H
""",
    d=4,
)
M(
    "plough-alder",
    "E",
    "en",
    "CANCEL",
    """
Subject: Cancel Tuesday

Please cancel Tuesday's order - we've had a flood in the cellar and the kitchen is shut until further notice. Sorry!
Hannah
""",
    d=6,
)
M(
    "plough-alder",
    "E",
    "en",
    "ORDER",
    """
Subject: Tues

2 x skin on fries, 1 x sweet potato fries, 2 x halloumi fries, 1 x salted caramel ice cream. Thanks
""",
    [L("CHP-SKINON-9", 2), L("CHP-SWEETPOT", 1), L("SNK-HALLOUMI", 2), L("ICE-CARAMEL", 1)],
    d=3,
)

# =====================================================================================================
# Oakfield Primary School (e-mail, Karen Holt)
# =====================================================================================================
M(
    "oakfield-primary",
    "E",
    "en",
    "ORDER",
    """
Subject: PO 30418 - Oakfield Primary kitchen

Dear Polar Pantry,

Please deliver the following on Monday 15th March:

4 x Cod Fish Fingers (box of 120)
3 x Chicken Nuggets 4 x 1kg
2 x Potato Waffles
4 x Crinkle Cut Chips
4 x Garden Peas 2.5kg
3 x Sweetcorn

Delivery to the rear kitchen door before 9am please (210 pupils on hot dinners).

Kind regards,
Karen Holt
Cook Manager, Oakfield Primary School
Oakfield Lane, Wetherby LS22 6QT
Tel: 020 7946 0583
""",
    [
        L("CFS-FISHFINGER", 4),
        L("CHK-NUGGETS", 3),
        L("POT-WAFFLE", 2),
        L("CHP-CRINKLE", 4),
        L("VEG-GARDENPEAS", 4),
        L("VEG-SWEETCORN", 3),
    ],
    d=0,
    tags=["signature"],
    notes="PO number, date, time, pupil count, postcode and phone are not quantities",
)
M(
    "oakfield-primary",
    "E",
    "en",
    "ORDER",
    """
Subject: World Book Day lunch

Hi, for the themed lunch we need 480 fish fingers and 96 potato waffles please, with the normal Monday delivery.
Karen
""",
    [L("CFS-FISHFINGER", 4), L("POT-WAFFLE", None)],
    d=1,
    tags=["count"],
    notes="480 fish fingers = 4 boxes of 120; 96 potato waffles is not a whole box of 100, quantity not stated",
)
M(
    "oakfield-primary",
    "E",
    "en",
    "ORDER",
    """
Subject: PO 30431

3 x mixed veg
2 x broccoli
2 x grated cheese
2 x sausages

Karen Holt, Cook Manager
""",
    [
        L("VEG-MIXED", 3),
        L("VEG-BROCCOLI", 2),
        F(GRATED, 2, word="grated cheese"),
        F(SAUSAGES, 2, word="sausages"),
    ],
    d=2,
    notes="'grated cheese': cheddar, mozzarella or the 50/50 mix, ambiguous; 'sausages': pork, halal beef, jumbo or saveloys, ambiguous",
)
M(
    "oakfield-primary",
    "E",
    "en",
    "QUESTION",
    """
Subject: Certification

Could you confirm whether your fish fingers are MSC certified and the nuggets Red Tractor? Our catering audit is next week.
Karen Holt
""",
    d=3,
    tags=["non_order_request"],
)
M(
    "oakfield-primary",
    "E",
    "en",
    "OTHER",
    """
Subject: Easter closure

Please note the school is closed for Easter from 1st to 16th April - no deliveries during that period.
Karen
""",
    d=4,
)
M(
    "oakfield-primary",
    "E",
    "en",
    "ORDER",
    """
Subject: Add to Monday

Please add 3 x vanilla ice cream 4 litre and 1 x bean burgers to Monday's order. Thanks, Karen
""",
    [L("ICE-VAN", 3, "4L"), L("BRG-BEAN", 1)],
    d=2,
)
M(
    "oakfield-primary",
    "E",
    "en",
    "COMPLAINT",
    """
Subject: Wrong peas

The peas delivered on Monday were petits pois, not garden peas as ordered (4 bags). Please exchange them.
Karen Holt
""",
    d=1,
)
M(
    "oakfield-primary",
    "E",
    "en",
    "ORDER",
    """
Subject: PO 30440

4 x crinkle cut chips
3 x nuggets
2 x deep pan bases
2 x grated cheddar

Thank you
Karen Holt
Cook Manager
""",
    [L("CHP-CRINKLE", 4), L("CHK-NUGGETS", 3), L("PZB-DEEP", 2), L("CHS-CHEDDAR", 2)],
    d=4,
    tags=["signature"],
)

# =====================================================================================================
# St Aidan's Academy, Durham (e-mail, Darren Pike)
# =====================================================================================================
M(
    "st-aidans",
    "E",
    "en",
    "ORDER",
    """
Subject: Wednesday order - PO SA-2291

Hi,

Order for Wednesday:
6 x southern fried chicken strips
2 x chicken fillet burgers
2 x quarter pounders
4 x potato wedges
3 x deep pan bases
6 x 10 inch wraps

Darren Pike
Catering Manager, St Aidan's Academy
""",
    [
        L("CHK-STRIPS", 6),
        L("CHK-FILLETBURGER", 2),
        L("BRG-BEEF", 2, "4oz (box of 48)"),
        L("POT-WEDGE", 4),
        L("PZB-DEEP", 3),
        L("BRD-WRAPS", 6, "10 inch"),
    ],
    d=0,
    tags=["signature"],
    notes="'quarter pounders' are the 4oz beef burgers",
)
M(
    "st-aidans",
    "E",
    "en",
    "ORDER",
    """
Subject: Order

Same as last week please plus 2 more bags of churros.
Darren
""",
    ref=("last", [("add", L("DES-CHURROS", 2))]),
    d=6,
)
M(
    "st-aidans",
    "E",
    "en",
    "ORDER",
    """
Subject: wrap day

Can we get 1000 wraps (12 inch) for the wrap day next Friday?
Darren
""",
    [L("BRD-WRAPS", None, "12 inch")],
    d=1,
    tags=["count", "non_order_request"],
    notes="wraps come 18 to a pack: 1000 is not a whole number of packs, quantity not stated",
)
M(
    "st-aidans",
    "E",
    "en",
    "CANCEL",
    """
Subject: Cancel Wednesday delivery

Please cancel Wednesday's delivery - the school is closed due to a heating failure. We'll reorder for next week.
Darren Pike
""",
    d=2,
)
M(
    "st-aidans",
    "E",
    "en",
    "ORDER",
    """
Subject: Wednesday

Hi, 30 x chicken strips for Wednesday please.
Darren
""",
    [L("CHK-STRIPS", 30)],
    d=3,
    outlier=True,
    notes="30 bags against a usual 6, with no reason given",
)
M(
    "st-aidans",
    "E",
    "en",
    "ORDER",
    """
Subject: Order for Wed

4 x wedges
3 x grated cheddar
2 x chocolate ice cream
2 x seeded baps
Darren
""",
    [L("POT-WEDGE", 4), L("CHS-CHEDDAR", 3), L("ICE-CHOC", 2), L("BRD-SEEDED", 2)],
    d=5,
)

# =====================================================================================================
# Harbour View Hotel, Scarborough (e-mail, Paul Renshaw)
# =====================================================================================================
M(
    "harbour-view",
    "E",
    "en",
    "ORDER",
    """
Subject: Breakfast stock Monday

Morning,

We're full this weekend (68 rooms), so for Monday please:
3 hash browns
3 pork sausages
2 croissants
2 pain au chocolat
4kg smoked haddock
2 salmon portions

Thanks
Paul Renshaw, Head Chef
Harbour View Hotel, 3 Marine Parade, Scarborough YO11 2AB
""",
    [
        L("POT-HASHTRI", 3),
        L("SAU-PORK", 3),
        L("PST-CROISSANT", 2),
        L("PST-PAINCHOC", 2),
        L("FSH-SMKHAD", 4),
        L("FSH-SALMON", 2),
    ],
    d=0,
    tags=["signature"],
    notes="room count and street number are not quantities",
)
M(
    "harbour-view",
    "E",
    "en",
    "ORDER",
    """
Subject: desserts

ice cream x3 and 2 cheesecakes please. Paul
""",
    [F(ICECREAM, 3, word="ice cream"), F(CHEESECAKE, 2, word="cheesecakes")],
    d=1,
    notes="'ice cream' alone names no flavour, 'cheesecakes' no kind: both ambiguous",
)
M(
    "harbour-view",
    "E",
    "en",
    "ORDER",
    """
Subject: add

Could you add 2 tubs of strawberry and 3 chocolate to Monday's delivery?
""",
    [L("ICE-STRAW", 2), L("ICE-CHOC", 3)],
    d=2,
    tags=["non_order_request"],
    notes="strawberry and chocolate tubs are the ice creams (the hotel buys them; the strawberry cheesecake is not sold by the tub)",
)
M(
    "harbour-view",
    "E",
    "en",
    "COMPLAINT",
    """
Subject: Smoked haddock

The smoked haddock delivered was the dyed yellow one, we order the natural undyed. 4kg to go back please.
Paul
""",
    d=3,
)
M(
    "harbour-view",
    "E",
    "en",
    "CHANGE",
    """
Subject: Delivery day

Please move Monday's delivery to Tuesday morning, we have a wedding setup all day Monday.
Paul
""",
    change=[],
    d=4,
    notes="a moved delivery day of a placed order is CHANGE with no lines",
)
M(
    "harbour-view",
    "E",
    "en",
    "QUESTION",
    """
Subject: Function on the 27th

What's the lead time on 200 cocktail sausage rolls for a function on the 27th? Not ordering yet, just checking.
Paul
""",
    d=5,
)
M(
    "harbour-view",
    "E",
    "en",
    "ORDER",
    """
Subject: Monday order

2 x petits pois, 2 x broccoli, 3 x roast potatoes, 2 x sticky toffee pudding, 2 x NY cheesecake
Paul
""",
    [L("VEG-PETITPOIS", 2), L("VEG-BROCCOLI", 2), L("POT-ROAST", 3), L("DES-STP", 2), L("DES-CHZ-NY", 2)],
    d=3,
)
M(
    "harbour-view",
    "E",
    "en",
    "OTHER",
    """
Subject: Invoices

Please send all invoices to accounts@harbourview-hotel.example from now on rather than to me.
Paul
""",
    d=2,
)

# =====================================================================================================
# Le Comptoir du Marché, London (e-mail, French, Julien Marchand)
# =====================================================================================================
M(
    "comptoir-marche",
    "E",
    "fr",
    "ORDER",
    """
Objet : Commande mardi

Bonjour,
Pour mardi merci de livrer :
- 3 cartons de frites allumettes 7mm
- 1 carton de cabillaud 10-12oz
- 3 cartons de croissants
- 3 cartons de pains au chocolat
- 3 sacs de haricots verts

Cordialement,
Julien Marchand
Le Comptoir du Marché, 22 Exmouth Market, London EC1R 4QE
020 7946 0591
""",
    [
        L("CHP-SKINNY-7", 3),
        L("FSH-COD-FAS", 1, "10-12oz"),
        L("PST-CROISSANT", 3),
        L("PST-PAINCHOC", 3),
        L("VEG-GREENBEANS", 3),
    ],
    d=0,
    tags=["signature", "number_in_name"],
    notes="'frites allumettes 7mm' = skinny fries; 'cabillaud 10-12oz' = cod, a size only the FAS fillets come in",
)
M(
    "comptoir-marche",
    "E",
    "fr",
    "ORDER",
    """
Objet : Commande

Comme la semaine dernière, mais avec 2 cartons de croissants au lieu de 4.
Julien
""",
    ref=("last", [("set", L("PST-CROISSANT", 2))]),
    d=6,
)
M(
    "comptoir-marche",
    "E",
    "fr",
    "QUESTION",
    """
Objet : escargots

Bonjour, est-ce que vous avez des escargots surgelés ? Merci, Julien
""",
    d=2,
    tags=["not_in_catalog"],
)
M(
    "comptoir-marche",
    "E",
    "fr",
    "COMPLAINT",
    """
Objet : erreur livraison

Le carton de cabillaud livré mardi contenait des filets 6-8oz au lieu de 10-12oz. Merci de le reprendre.
Julien Marchand
""",
    d=3,
    tags=["number_in_name"],
)
M(
    "comptoir-marche",
    "E",
    "fr",
    "ORDER",
    """
Objet : commande vendredi

4 cartons de frites et 1 tarte aux pommes, merci.
""",
    [F(CHIPS, 4, word="frites"), L("DES-APPLEPIE", 1)],
    d=4,
    notes="'frites' alone is ambiguous between the plain cuts",
)
M(
    "comptoir-marche",
    "E",
    "fr",
    "CHANGE",
    """
Objet : livraison

Est-il possible de décaler la livraison de mardi à mercredi matin ? Merci.
Julien
""",
    change=[],
    d=5,
    notes="moving a placed order's delivery day is CHANGE with no lines",
)
M(
    "comptoir-marche",
    "E",
    "fr",
    "ORDER",
    """
Objet : commande

Pour mardi : 2 cartons de pains au chocolat, 1 carton de portions de saumon, 2 sacs de haricots verts.
Cordialement, Julien
""",
    [L("PST-PAINCHOC", 2), L("FSH-SALMON", 1), L("VEG-GREENBEANS", 2)],
    d=2,
)

# =====================================================================================================
# Carolina Fried Chicken, London (SMS, Kwame)
# =====================================================================================================
M(
    "carolina-chicken",
    "S",
    "en",
    "ORDER",
    """
3 spicy fillets 2 popcorn 4 hot wings 6 coated fries sat am
""",
    [L("CHK-SPICYFILLET", 3), L("CHK-POPCORN", 2), L("CHK-COATEDWINGS", 4), L("CHP-COATED-10", 6)],
    d=0,
    tags=["spoken"],
    notes="a list without commas",
)
M(
    "carolina-chicken",
    "S",
    "en",
    "ORDER",
    """
wings x 5 and burger buns 2
""",
    [F(WINGS, 5, word="wings"), F(BUNS, 2, word="burger buns")],
    d=1,
    notes="'wings': coated or raw, ambiguous; 'burger buns': brioche or seeded, ambiguous",
)
M(
    "carolina-chicken",
    "S",
    "en",
    "ORDER",
    """
usual pls bro + 1 red napkins
""",
    ref=("usual", [("add", L("PKG-NAPKINS", 1, "Red"))]),
    d=2,
)
M(
    "carolina-chicken",
    "S",
    "en",
    "COMPLAINT",
    """
wings was short 1 bag last sat, paid for 4 got 3
""",
    d=3,
)
M(
    "carolina-chicken",
    "S",
    "en",
    "ORDER",
    """
2 boxes chicken burgers 1 cheese slices
""",
    [L("CHK-FILLETBURGER", 2), L("CHS-SLICES", 1)],
    d=4,
    notes="'chicken burgers' are the breaded fillet burgers",
)
M(
    "carolina-chicken",
    "S",
    "en",
    "QUESTION",
    """
u got peri peri wings?
""",
    d=5,
    tags=["not_in_catalog"],
)
M(
    "carolina-chicken",
    "S",
    "en",
    "ORDER",
    """
need 2 coleslaw tubs and 3 spicy fillets
""",
    [X(2, "coleslaw"), L("CHK-SPICYFILLET", 3)],
    d=2,
    notes="coleslaw: not in catalog",
)
M(
    "carolina-chicken",
    "S",
    "en",
    "ORDER",
    """
4 hot wings, 3 spicy fillets, 2 popcorn chicken for sat
""",
    [L("CHK-COATEDWINGS", 4), L("CHK-SPICYFILLET", 3), L("CHK-POPCORN", 2)],
    d=3,
)
M(
    "carolina-chicken",
    "S",
    "en",
    "ORDER",
    """
red x2 and 4kg nuggets
""",
    [F(["VEG-PEPPERS", "PKG-NAPKINS"], 2, cv="Red", word="red"), L("CHK-NUGGETS", 1)],
    d=5,
    tags=["pack"],
    notes="'red' alone fits the red sliced peppers and the red napkins: ambiguous; nuggets come 4 x 1kg to a case, 4kg = 1 case",
)

# =====================================================================================================
# Scoops & Swirls Dessert Lounge, Luton (WhatsApp, Aisha)
# =====================================================================================================
M(
    "scoops-swirls",
    "W",
    "en",
    "ORDER",
    """
Hiya, Thursday please: 4 x vanilla 4L, 2 strawberry, 3 chocolate, 2 salted caramel, 2 belgian waffles, 3 churros 😊
""",
    [
        L("ICE-VAN", 4, "4L"),
        L("ICE-STRAW", 2),
        L("ICE-CHOC", 3),
        L("ICE-CARAMEL", 2),
        L("DES-WAFFLES", 2),
        L("DES-CHURROS", 3),
    ],
    d=0,
    tags=["emoji"],
    notes="from a dessert parlour the flavours are the ice-cream tubs",
)
M(
    "scoops-swirls",
    "W",
    "en",
    "ORDER",
    """
waffles x3 and cones x1
""",
    [F(WAFFLES, 3, word="waffles"), F(CONES, 1, word="cones")],
    d=1,
    notes="'waffles': potato or Belgian, ambiguous; 'cones': wafer cones or a doner cone, ambiguous on the catalog",
)
M(
    "scoops-swirls",
    "W",
    "en",
    "ORDER",
    """
Same as last week but add mint choc chip x2
""",
    ref=("last", [("add", L("ICE-MINT", 2))]),
    d=6,
)
M(
    "scoops-swirls",
    "W",
    "en",
    "ORDER",
    """
can i get four vanilla three chocolate two mint choc chip and a fudge cake
""",
    [L("ICE-VAN", 4, None), L("ICE-CHOC", 3), L("ICE-MINT", 2), L("DES-FUDGECAKE", 1)],
    d=2,
    tags=["spoken"],
    notes="vanilla tub size: variant not stated; 'can i get' is not a line",
)
M(
    "scoops-swirls",
    "W",
    "en",
    "QUESTION",
    """
Do you do pistachio gelato or just the kulfi? Customers keep asking for pistachio
""",
    d=3,
    tags=["not_in_catalog"],
)
M(
    "scoops-swirls",
    "W",
    "en",
    "COMPLAINT",
    """
2 tubs of the salted caramel came with the lids cracked and ice crystals all over, can you credit x2
""",
    d=4,
)
M(
    "scoops-swirls",
    "W",
    "en",
    "ORDER",
    """
20 x vanilla 4L for thursday
""",
    [L("ICE-VAN", 20, "4L")],
    d=5,
    outlier=True,
    notes="20 tubs against a usual 4, with no reason given",
)
M(
    "scoops-swirls",
    "W",
    "en",
    "OTHER",
    """
Hi, please add our new manager Zara to the account, her number is 07700 900574 for delivery calls
""",
    d=1,
    tags=["non_order_request"],
)
M(
    "scoops-swirls",
    "W",
    "en",
    "ORDER",
    """
2 mint choc chip, 2 strawberry, 1 box wafer cones pls x
""",
    [L("ICE-MINT", 2), L("ICE-STRAW", 2), L("ICE-CONES", 1)],
    d=3,
)

# =====================================================================================================
# Big Dave's Burger Van, Doncaster (SMS, Dave)
# =====================================================================================================
M(
    "big-daves",
    "S",
    "en",
    "ORDER",
    """
Dave burger van. 2 boxes quarter pounders, 2 boxes seeded baps, 1 cheese slices, 2 bags battered onion rings. fri
""",
    [L("BRG-BEEF", 2, "4oz (box of 48)"), L("BRD-SEEDED", 2), L("CHS-SLICES", 1), L("SNK-ONION-BAT", 2)],
    d=0,
)
M(
    "big-daves",
    "S",
    "en",
    "ORDER",
    """
usual for the weekend pls
""",
    ref=("usual", []),
    d=1,
    tags=["ambiguous_reference"],
    notes="the van never orders the same basket twice: 'usual' cannot be resolved, even with history",
)
M(
    "big-daves",
    "S",
    "en",
    "ORDER",
    """
same as last friday mate
""",
    ref=("last", []),
    d=2,
)
M(
    "big-daves",
    "S",
    "en",
    "ORDER",
    """
burgers 6oz x3 jumbo sausages x1
""",
    [L("BRG-BEEF", 3, "6oz (box of 32)"), L("SAU-JUMBO", 1)],
    d=3,
    notes="'burgers 6oz': only the 80% beef burgers come in 6oz",
)
M(
    "big-daves",
    "S",
    "en",
    "ORDER",
    """
2 x 3/8 chips 5kg bags, no wait make it 3
""",
    [L("CHP-STR-38", 3, "2 x 5kg")],
    d=4,
    tags=["self_correction"],
    notes="'5kg bags' is the 2 x 5kg case; the corrected quantity is 3",
)
M(
    "big-daves",
    "S",
    "en",
    "ORDER",
    """
3 box qps, 2 box brioche, 2 diced onion
""",
    [L("BRG-BEEF", 3, "4oz (box of 48)"), L("BRD-BRIOCHE", 2), L("VEG-ONION", 2)],
    d=2,
    notes="'qps' = quarter pounders, the 4oz beef burgers",
)

# =====================================================================================================
# Silver Tray Events, Leeds (e-mail, Priya Shah)
# =====================================================================================================
M(
    "silver-tray",
    "E",
    "en",
    "ORDER",
    """
Subject: Saturday event

Hi,

For our event on Saturday (150 guests) please send Wednesday:
- 3 boxes cocktail sausage rolls
- 3 boxes veg samosas
- 2 boxes mini spring rolls
- 3 boxes onion bhajis
- 4 strawberry cheesecakes

Thanks
Priya Shah
Silver Tray Events
07700 900580
""",
    [
        L("PST-SROLL-MINI", 3),
        L("IND-SAMOSA-VEG", 3),
        L("SNK-SPRINGROLL", 2),
        L("IND-BHAJI", 3),
        L("DES-CHZ-STRAW", 4),
    ],
    d=0,
    tags=["signature"],
    notes="guest count and phone are not quantities",
)
M(
    "silver-tray",
    "E",
    "en",
    "ORDER",
    """
Subject: repeat

Hi, can you repeat our last order please? Same delivery day.
Priya
""",
    ref=("last", []),
    d=1,
    tags=["non_order_request"],
)
M(
    "silver-tray",
    "E",
    "en",
    "ORDER",
    """
Subject: Friday

Our usual event pack please for Friday.
Priya
""",
    ref=("usual", []),
    d=2,
    tags=["ambiguous_reference"],
    notes="the caterer never repeats a basket: 'usual' cannot be resolved, even with history",
)
M(
    "silver-tray",
    "E",
    "en",
    "ORDER",
    """
Subject: canapés

300 cocktail sausage rolls, 180 veg samosas, 240 spring rolls please.
Priya
""",
    [L("PST-SROLL-MINI", 2), L("IND-SAMOSA-VEG", 3), L("SNK-SPRINGROLL", 2)],
    d=3,
    tags=["count"],
    notes="150 cocktail sausage rolls, 60 samosas and 120 mini spring rolls to a box",
)
M(
    "silver-tray",
    "E",
    "en",
    "ORDER",
    """
Subject: Friday early?

If you can deliver Friday before 7am we'll take 4 bags of prawns 200/300 and 3 bags of mozzarella sticks.
Priya
""",
    [L("FSH-PRAWNS", 4, "200/300"), L("SNK-MOZZSTICK", 3)],
    d=4,
    conditional=True,
    tags=["conditional"],
    notes="conditional on an early delivery: review",
)
M(
    "silver-tray",
    "E",
    "en",
    "QUESTION",
    """
Subject: Quote - May wedding

I'd like a quote for 20 boxes of samosas and 15 boxes of bhajis for a wedding on 22nd May, 400 guests. Not confirmed yet.
Priya
""",
    d=5,
    tags=["non_order_request"],
    notes="a request for a quote is QUESTION",
)

# =====================================================================================================
# Meadowbank Care Home, York (e-mail, Linda Marsh)
# =====================================================================================================
M(
    "meadowbank",
    "E",
    "en",
    "ORDER",
    """
Subject: Monday order

Dear all,
Monday order please: 2 chicken & mushroom pies, 1 steak & ale pies, 1 breaded haddock, 2 mixed veg, 3 vanilla ice cream 2 litre.
Thank you,
Linda Marsh
Catering Lead, Meadowbank Care Home
""",
    [L("PST-CHKPIE", 2), L("PST-STEAKPIE", 1), L("CFS-BRDHAD", 1), L("VEG-MIXED", 2), L("ICE-VAN", 3, "2L")],
    d=0,
    tags=["signature"],
)
M(
    "meadowbank",
    "E",
    "en",
    "ORDER",
    """
Subject: Order

Usual please and an extra apple pie.
Linda
""",
    ref=("usual", [("add", L("DES-APPLEPIE", 1))]),
    d=6,
)
M(
    "meadowbank",
    "E",
    "en",
    "QUESTION",
    """
Subject: Soft diet meals

Do you stock any texture-modified or pureed meals for residents on soft diets?
Linda Marsh
""",
    d=1,
    tags=["not_in_catalog"],
)
M(
    "meadowbank",
    "E",
    "en",
    "ORDER",
    """
Subject: extras

2 sticky toffee, 2kg smoked haddock, 2 trays of frozen yorkshire puddings please.
Linda
""",
    [L("DES-STP", 2), L("FSH-SMKHAD", 2), X(2, "yorkshire puddings")],
    d=2,
    notes="yorkshire puddings: not in catalog",
)
M(
    "meadowbank",
    "E",
    "en",
    "ORDER",
    """
Subject: order

2 x apple pie, 1 x roast potatoes, 1 x petits pois, 3 x 2L vanilla ice cream
Linda
""",
    [L("DES-APPLEPIE", 2), L("POT-ROAST", 1), L("VEG-PETITPOIS", 1), L("ICE-VAN", 3, "2L")],
    d=4,
)

# =====================================================================================================
# Kapadokya Kebab, Wakefield (new; WhatsApp, Turkish, Hakan)
# =====================================================================================================
M(
    "kapadokya",
    "W",
    "tr",
    "QUESTION",
    """
Merhaba, Wakefield'da yeni dükkan açıyoruz, sizinle hesap açmak istiyoruz. Ne gerekiyor?
""",
    d=0,
    tags=["new_customer", "non_order_request"],
)
M(
    "kapadokya",
    "W",
    "tr",
    "ORDER",
    """
İlk siparişimiz: 2 döner 20 kg, 2 kutu pitta, 4 koli 3/8 patates 4x2.5, 2 kutu eldiven L. 30 günlük hesaba yazın lütfen. Hakan
""",
    [
        L("KEB-DONER", 2, "20kg"),
        L("BRD-PITTA", 2),
        L("CHP-STR-38", 4, "4 x 2.5kg"),
        L("PKG-GLOVES", 2, "Large"),
    ],
    d=1,
    credit=True,
    tags=["new_customer", "credit"],
    notes="a first order on a 30-day account: review",
)
M(
    "kapadokya",
    "W",
    "tr",
    "ORDER",
    """
Geçen seferki siparişin aynısı lütfen
""",
    ref=("last", []),
    d=5,
    tags=["new_customer"],
    notes="a first-time customer's reference: messages are not history, so it stays open",
)
M(
    "kapadokya",
    "W",
    "tr",
    "ORDER",
    """
1 tavuk döner 15 kg, 2 paket pane soğan halkası. Teslimatta nakit ödeyeceğiz
""",
    [L("KEB-CHKDONER", 1, "15kg"), L("SNK-ONION-BRD", 2)],
    d=3,
    tags=["new_customer"],
    notes="'pane soğan halkası' = breaded onion rings; paid cash on delivery, so it ships as written",
)
# =====================================================================================================
# Sweet Nawab Desserts, Slough (new; WhatsApp, Bilal)
# =====================================================================================================
M(
    "sweet-nawab",
    "W",
    "en",
    "QUESTION",
    """
Hi, we're opening a dessert parlour in Slough next month. Can I get your price list for ice cream and waffles?
""",
    d=0,
    tags=["new_customer", "non_order_request"],
)
M(
    "sweet-nawab",
    "W",
    "en",
    "ORDER",
    """
First order please: 6 x vanilla 4L, 2 mango kulfi, 2 pistachio kulfi, 2 belgian waffles, 1 box wafer cones. Will pay cash on delivery
""",
    [
        L("ICE-VAN", 6, "4L"),
        L("ICE-KULFI-MANGO", 2),
        L("ICE-KULFI-PIST", 2),
        L("DES-WAFFLES", 2),
        L("ICE-CONES", 1),
    ],
    d=2,
    tags=["new_customer"],
    notes="a first order paid on delivery ships as written",
)
M(
    "sweet-nawab",
    "W",
    "en",
    "ORDER",
    """
Same again as last time pls
""",
    ref=("last", []),
    d=5,
    tags=["new_customer"],
    notes="a first-time customer's reference: messages are not history, so it stays open",
)
M(
    "sweet-nawab",
    "W",
    "en",
    "OTHER",
    """
I'd like to book a table for 6 on Saturday at 8pm please
""",
    d=4,
    tags=["non_order_request", "misdirected"],
    notes="a table booking sent to the supplier by mistake",
)


# =====================================================================================================
# More plain orders (the bulk of real traffic)
# =====================================================================================================
M(
    "golden-haddock",
    "W",
    "en",
    "ORDER",
    """
Thurs pls - 2 x 8-10 haddock, 1 x 10-12 cod, 2 batter, 3 dripping
""",
    [L("FSH-HAD-FAS", 2, "8-10oz"), L("FSH-COD-FAS", 1, "10-12oz"), L("SUP-BATTER", 2), L("SUP-DRIPPING", 3)],
    d=1,
    tags=["number_in_name"],
)
M(
    "sea-spray",
    "W",
    "en",
    "ORDER",
    """
3 chunky chips, 2 scampi, 1 box jumbos, 2 rapeseed, 10kg pollock. Dean
""",
    [
        L("CHP-CHUNKY-18", 3),
        L("CFS-SCAMPI", 2),
        L("SAU-JUMBO", 1),
        L("SUP-RAPESEED", 2),
        L("FSH-POLLOCK", 10),
    ],
    d=5,
    notes="pollock is sold by the kg",
)
M(
    "anatolia-kebab",
    "W",
    "tr",
    "ORDER",
    """
Pazartesi için 2 döner 20'lik, 2 kutu pitta, 2 kutu 12 inç pizza tabanı lütfen
""",
    [L("KEB-DONER", 2, "20kg"), L("BRD-PITTA", 2), L("PZB-STONE", 2, "12 inch")],
    d=5,
)
M(
    "da-gennaro",
    "W",
    "it",
    "ORDER",
    """
Per martedì 2 buste di funghi e 1 scatola di cartoni pizza 10 pollici, grazie
""",
    [L("VEG-MUSHROOM", 2), L("PKG-PIZZABOX", 1, "10 inch")],
    d=6,
)
M(
    "karahi-corner",
    "S",
    "ur",
    "ORDER",
    """
15 kilo thigh aur 2 dabbe garlic naan, jumma ko
""",
    [L("CHK-THIGH", 15), L("BRD-GARLICNAAN", 2)],
    d=3,
)
M(
    "oakfield-primary",
    "E",
    "en",
    "ORDER",
    """
Subject: Monday addition

Please add 2 x fish fingers and 1 x deep pan bases to Monday's order.
Karen
""",
    [L("CFS-FISHFINGER", 2), L("PZB-DEEP", 1)],
    d=3,
)
M(
    "carolina-chicken",
    "S",
    "en",
    "ORDER",
    """
6 coated fries, 3 spicy fillets, 1 red napkins pls Kwame
""",
    [L("CHP-COATED-10", 6), L("CHK-SPICYFILLET", 3), L("PKG-NAPKINS", 1, "Red")],
    d=1,
    tags=["spoken"],
)
M(
    "scoops-swirls",
    "W",
    "en",
    "ORDER",
    """
3 x churros, 2 x belgian waffles, 1 x biscuit cheesecake, 1 black napkins
""",
    [L("DES-CHURROS", 3), L("DES-WAFFLES", 2), L("DES-CHZ-BISCUIT", 1), L("PKG-NAPKINS", 1, "Black")],
    d=0,
)
M(
    "st-aidans",
    "E",
    "en",
    "ORDER",
    """
Subject: Order for next Wednesday

3 x chicken fillet burgers
6 x 10 inch wraps
4 x 3/8 chips 4 x 2.5kg

Darren Pike
Catering Manager
""",
    [L("CHK-FILLETBURGER", 3), L("BRD-WRAPS", 6, "10 inch"), L("CHP-STR-38", 4, "4 x 2.5kg")],
    d=4,
    tags=["signature", "number_in_name"],
)
M(
    "meadowbank",
    "E",
    "en",
    "ORDER",
    """
Subject: Thursday top-up

1 x breaded haddock, 2 x chicken & mushroom pies, 2 x mixed veg, 1 x cornish pasties, 1 x jumbo sausage rolls please.
Linda
""",
    [L("CFS-BRDHAD", 1), L("PST-CHKPIE", 2), L("VEG-MIXED", 2), L("PST-PASTY", 1), L("PST-SROLL-JUMBO", 1)],
    d=1,
)
M(
    "harbour-view",
    "E",
    "en",
    "ORDER",
    """
Subject: breakfast top up

2 x hash browns, 2 x pork sausages, 1 x croissants please - Paul
""",
    [L("POT-HASHTRI", 2), L("SAU-PORK", 2), L("PST-CROISSANT", 1)],
    d=4,
)
M(
    "efes-kebab",
    "S",
    "en",
    "ORDER",
    """
doner 25kg 1, pitta 2 box, onion rings battered 2
""",
    [L("KEB-DONER", 1, "25kg"), L("BRD-PITTA", 2), L("SNK-ONION-BAT", 2)],
    d=6,
)

# ---- a product with variants, its variant not given
M(
    "bosphorus-grill",
    "W",
    "tr",
    "ORDER",
    """
eldiven 2 kutu, peçete 1 koli de ekle
""",
    [L("PKG-GLOVES", 2, None), L("PKG-NAPKINS", 1, None)],
    d=6,
    notes="'eldiven' (gloves) with no size and 'peçete' (napkins) with no colour",
)
M(
    "golden-haddock",
    "W",
    "en",
    "ORDER",
    """
fish boxes x3 on fridays as well pls
""",
    [L("PKG-FISHBOX", 3, None)],
    d=3,
    notes="fish & chip box size not given",
)
M(
    "captains-catch",
    "S",
    "en",
    "ORDER",
    """
fish boxes x3 and 2 batter
""",
    [L("PKG-FISHBOX", 3, None), L("SUP-BATTER", 2)],
    d=4,
    notes="fish & chip box size not given",
)
M(
    "efes-kebab",
    "S",
    "en",
    "ORDER",
    """
2 doner this week and 1 box nuggets
""",
    [L("KEB-DONER", 2, None), L("CHK-NUGGETS", 1)],
    d=4,
    notes="doner cone weight not given",
)
M(
    "karahi-corner",
    "S",
    "ur",
    "ORDER",
    """
napkins 2 carton aur gloves nahi chahiye is baar
""",
    [L("PKG-NAPKINS", 2, None)],
    d=1,
    notes="napkin colour not given; 'gloves nahi chahiye' = no gloves this time, not a line",
)
M(
    "bella-napoli",
    "E",
    "it",
    "ORDER",
    """
Oggetto: peperoni gialli

Con la consegna di martedì mettete anche 2 buste di peperoni gialli a strisce. Grazie mille, F.
""",
    [L("VEG-PEPPERS", 2, None, nofill=True)],
    d=2,
    notes="yellow ('gialli') is not a colour the sliced peppers come in: the variant stays open, never filled from history",
)
M(
    "plough-alder",
    "E",
    "en",
    "ORDER",
    """
Subject: top up

2 x halloumi fries and 1 x vegan vanilla for Tuesday please.
Hannah
""",
    [L("SNK-HALLOUMI", 2), L("ICE-VEGANVAN", 1)],
    d=4,
)
M(
    "comptoir-marche",
    "E",
    "fr",
    "ORDER",
    """
Objet : complément

Bonjour, 3 cartons de frites allumettes et 2 sacs d'épinards pour mardi. Merci, Julien
""",
    [L("CHP-SKINNY-7", 3), L("VEG-SPINACH", 2)],
    d=3,
    notes="'frites allumettes' = skinny fries",
)

# ---- requests that open like orders but are not, and a few more plain orders
M(
    "luigis",
    "W",
    "en",
    "QUESTION",
    """
Can I get a copy of last month's statement? Accountant's chasing me for it
""",
    d=2,
    tags=["non_order_request"],
    notes="a request for documents is QUESTION",
)
M(
    "golden-haddock",
    "W",
    "en",
    "OTHER",
    """
I'd like to change the delivery address to our new unit from next week - Unit 4, Church Street, Whitby YO22 4AE. Same days
""",
    d=4,
    tags=["non_order_request"],
    notes="an account change, not an order; the unit and street numbers are not quantities",
)
M(
    "carolina-chicken",
    "S",
    "en",
    "QUESTION",
    """
can i pay cash to the driver sat?
""",
    d=4,
    tags=["non_order_request"],
)
M(
    "red-kite",
    "W",
    "en",
    "QUESTION",
    """
Could you send last week's invoice again? Can't find it anywhere. Becky
""",
    d=3,
    tags=["non_order_request"],
    notes="a request for documents is QUESTION",
)
M(
    "harbour-view",
    "E",
    "en",
    "OTHER",
    """
Subject: Rep visit

I would like to arrange a visit from your rep to go through the Easter dessert range - any morning next week works.
Paul Renshaw
""",
    d=1,
    tags=["non_order_request"],
)
M(
    "lahori-grill",
    "W",
    "ur",
    "ORDER",
    """
Monday ke liye 3 packet tikka, 1 dabba samose veg wale aur 1 dabba keema wale
""",
    [L("CHK-TIKKA", 3), L("IND-SAMOSA-VEG", 1), L("IND-SAMOSA-LAMB", 1)],
    d=3,
    notes="'keema wale' are the lamb keema samosas",
)
M(
    "red-kite",
    "W",
    "en",
    "ORDER",
    """
2 breaded haddock, 1 chicken pies, 1 breaded onion rings, 2 x 2L vanilla pls Becky
""",
    [L("CFS-BRDHAD", 2), L("PST-CHKPIE", 1), L("SNK-ONION-BRD", 1), L("ICE-VAN", 2, "2L")],
    d=6,
)
M(
    "shahi-tandoori",
    "W",
    "hi",
    "ORDER",
    """
Tuesday: 2 box kulfi pista wali, 2 packet palak, 1 box seekh
""",
    [L("ICE-KULFI-PIST", 2), L("VEG-SPINACH", 2), L("KEB-SEEKH", 1)],
    d=2,
    notes="'pista wali' = pistachio kulfi; 'palak' = spinach",
)
M(
    "sea-spray",
    "W",
    "en",
    "ORDER",
    """
10 bags chunky chips and 2 batter for wed
""",
    [L("CHP-CHUNKY-18", None), L("SUP-BATTER", 2)],
    d=0,
    tags=["container"],
    notes="chunky chips come 4 x 2.5kg bags to a case: 10 bags is 2.5 cases, quantity not stated",
)
M(
    "big-daves",
    "S",
    "en",
    "ORDER",
    """
for boxes quarter pounders to boxes of seeded baps and won cheese slices ta dave
""",
    [L("BRG-BEEF", 4, "4oz (box of 48)"), L("BRD-SEEDED", 2), L("CHS-SLICES", 1)],
    d=3,
    tags=["voice", "homophone", "spoken"],
    notes="voice-to-text homophones: 'for' = four, 'to' = two, 'won' = one",
)
