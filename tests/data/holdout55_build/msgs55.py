# ruff: noqa  (hand-written data generator of blind set 55, kept as its writer left it)
# -*- coding: utf-8 -*-
"""Every message of blind set 55 with its plain label, hand-written. Dates and ids are assigned in build55.py."""

M = []


def m(cust, lang, text, intent="ORDER", lines=(), **kw):
    M.append(dict(cust=cust, lang=lang, text=text, intent=intent, lines=list(lines), **kw))


def l(sku, q, *v):
    d = {"sku": sku}
    if v:
        d["variant"] = v[0]
    d["quantity"] = q
    return d


def f(q, cands, cv=None):
    d = {"sku": None, "quantity": q, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    return d


def n(q):
    return {"sku": None, "quantity": q}


TAHINI = ["TAHINI-WADI", "TAHINI-CORTAS-454", "TAHINI-DURRA-18KG"]
HALAWA = ["HALAWA-PLAIN-700", "HALAWA-PIST-700", "HALAWA-2KG"]
CHTIN = ["CHICK-TIN-400", "CHICK-TIN-2500"]
BULGUR = ["BULGUR-FINE", "BULGUR-COARSE"]
ZAATAR = ["ZAATAR-LEB", "ZAATAR-GREEN-1KG", "ZAATAR-ALEPPO-1KG"]
POMMOL = ["POMMOL-CORTAS-300", "POMMOL-WADI-500", "POMMOL-2L"]
TURNIP = ["TURNIP-JAR-1KG", "TURNIP-TUB-10KG"]
CUCUMBER = ["CUCUMBER-JAR-1KG", "CUCUMBER-TUB-10KG"]
OLIVES = ["OLIVE-GREEN-2KG", "OLIVE-BLACK-2KG"]
VINE = ["VINE-JAR-908", "VINE-STUFFED-2KG"]
HALLOUMI = ["HALLOUMI-250", "HALLOUMI-1KG"]
AKKAWI = ["AKKAWI-TIN-2KG", "AKKAWI-VAC-1KG"]
LABNEH = ["LABNEH", "LABNEH-BALLS-1KG"]
SHAWCHK = ["SHAW-CHK-THIGH", "SHAW-CHK-BREAST"]
SHAW = ["SHAW-CHK-THIGH", "SHAW-CHK-BREAST", "SHAW-LAMB", "SHAW-BEEF"]
CHARCOAL = ["CHARCOAL-LUMP", "CHARCOAL-BRIQ-10KG"]
SKEWERS = ["SKEWER-FLAT", "SKEWER-BAMBOO-25"]
FOIL = ["FOIL-TRAY", "FOIL-LID"]
FREEKEH = ["FREEKEH-CRACKED-1KG", "FREEKEH-SMOKED-1KG"]
LENTILS = ["LENTIL-RED-5KG", "LENTIL-BROWN-5KG"]
FAVA = ["FAVA-DRY-5KG", "FAVA-SPLIT-5KG"]
OO = ["OO-EV", "OO-POMACE", "OO-PURE-4L"]
BREAD = ["ARB-WHITE", "ARB-BROWN-22"]
CHEESE = [
    "HALLOUMI-250",
    "HALLOUMI-1KG",
    "AKKAWI-TIN-2KG",
    "AKKAWI-VAC-1KG",
    "NABULSI-TIN-2KG",
    "WHITE-CHEESE-4KG",
    "SHANKLISH-500",
    "KASHKAVAL-1KG",
]

# ---------------- beirut-oven (en, bakery) ----------------
m(
    "beirut-oven",
    "en",
    "Morning! 20 packs white arabic bread 22cm, 4 bags lebanese zaatar 1kg, 3 sesame seeds and 10 kaak please 🙏",
    lines=[l("ARB-WHITE", 20, "22cm"), l("ZAATAR-LEB", 4, "1kg"), l("SESAME-1KG", 3), l("KAAK-6", 10)],
)
m(
    "beirut-oven",
    "en",
    "usual for thursday pls + 2 nigella",
    lines=[l("NIGELLA-500", 2)],
    ref="usual",
    tags=["reference"],
)
m(
    "beirut-oven",
    "en",
    "need zaatar x5 and labneh x4 asap",
    lines=[f(5, ZAATAR), f(4, LABNEH)],
    tags=["family"],
)
m(
    "beirut-oven",
    "en",
    "Can you send 6 trays of the manakish dough balls and 3 akkawi tins for tomorrow",
    lines=[l("MANAKISH-DOUGH", 6), l("AKKAWI-TIN-2KG", 3)],
    tags=["non_order_request", "number_in_name"],
)
m(
    "beirut-oven",
    "en",
    "I would like to know if your za'atar has sumac already mixed in or do we add it ourselves",
    intent="QUESTION",
    tags=["non_order_request"],
)
m(
    "beirut-oven",
    "en",
    "2 x 4L extra virgin olive oil and 60 kaak rings",
    lines=[l("OO-EV", 2, "4L"), l("KAAK-6", 10)],
    tags=["pack", "count", "number_in_name"],
    notes="60 rings are 10 packs of 6",
)
m(
    "beirut-oven",
    "en",
    "Last delivery the labneh 2kg tubs were leaking, 2 of 4 had split lids. Please credit",
    intent="COMPLAINT",
)
# ---------------- cedar-grill (en) ----------------
m(
    "cedar-grill",
    "en",
    "Hi guys order for Friday: 30kg chicken shawarma thigh, 15kg lamb shawarma, 12 kg tawook, 10kg kafta, 6 bags lumpwood 15kg, 3 toum buckets",
    lines=[
        l("SHAW-CHK-THIGH", 30),
        l("SHAW-LAMB", 15),
        l("TAWOOK", 12),
        l("KAFTA", 10),
        l("CHARCOAL-LUMP", 6, "15kg"),
        l("TOUM", 3, "5kg"),
    ],
    tags=["variant", "number_in_name"],
)
m(
    "cedar-grill",
    "en",
    "same as last week but no turnips and add 4 shatta",
    lines=[l("SHATTA-500", 4)],
    ref="last",
    remove=["TURNIP-TUB-10KG"],
    tags=["reference"],
)
m(
    "cedar-grill",
    "en",
    "30 kilo shawarma please and 20 packs wraps",
    lines=[f(30, SHAW), l("SHAW-WRAP-30", 20)],
    tags=["family"],
)
m(
    "cedar-grill",
    "en",
    "send 2 boxes foil No.6a and 1 box lids",
    lines=[l("FOIL-TRAY", 2, "No.6a"), l("FOIL-LID", 1, None)],
    tags=["variant", "number_in_name"],
    notes="lids size not stated",
)
m(
    "cedar-grill",
    "en",
    "charcoal x6 for saturday, big bags",
    lines=[f(6, CHARCOAL, "15kg")],
    tags=["family", "variant"],
    notes="big bags fits the 15kg lumpwood only but charcoal is a family word",
)
m(
    "cedar-grill",
    "en",
    "Guys the lamb shawarma on Tuesday was mostly fat. Not happy. 15kg paid for",
    intent="COMPLAINT",
)
m(
    "cedar-grill",
    "en",
    "Send 150kg chicken shawarma thigh tomorrow",
    lines=[l("SHAW-CHK-THIGH", 150)],
    outlier=True,
    tags=["outlier"],
)
m("cedar-grill", "en", "sorry that 150kg was a typo!! cancel it, i'll resend", intent="CANCEL")
# ---------------- mezze-house (en, email) ----------------
m(
    "mezze-house",
    "en",
    "Subject: Order - Mezze House - w/c 5 June\n\nHi team,\n\nPlease deliver Wednesday:\n- 6 x Al Wadi tahini 900g\n- 2 x dried chickpeas 5kg\n- 2 x fine bulgur 5kg\n- 4 x Al Wadi pomegranate molasses\n- 6 x vine leaves jar\n\nThanks,\nRana Haddad\nThe Mezze House, 14 Kestrel Road, London N7 2XY\n020 7946 0512",
    lines=[
        l("TAHINI-WADI", 6, "900g"),
        l("CHICK-DRIED", 2, "5kg"),
        l("BULGUR-FINE", 2, "5kg"),
        l("POMMOL-WADI-500", 4),
        l("VINE-JAR-908", 6),
    ],
    tags=["signature", "variant", "number_in_name"],
)
m(
    "mezze-house",
    "en",
    "Hi, could you please repeat last week's order but with 3 halloumi cases instead of 2? Rana",
    lines=[l("HALLOUMI-250", 3)],
    ref="last",
    rep=["HALLOUMI-250"],
    tags=["reference"],
)
m(
    "mezze-house",
    "en",
    "Subject: top up\n\nAdd to Wednesday please: 2 bulgur, 1 tahini. Thanks R.",
    lines=[f(2, BULGUR), f(1, TAHINI)],
    tags=["family"],
)
m(
    "mezze-house",
    "en",
    "Hi, please send 2 pomegranate molasses, 3 sumac 1kg and 4 labneh 1kg tubs",
    lines=[f(2, POMMOL), l("SUMAC", 3, "1kg"), l("LABNEH", 4, "1kg")],
    tags=["family", "variant"],
)
m(
    "mezze-house",
    "en",
    "Could you send over the allergen sheet for the tinned hummus and the halawa? Environmental health visit next week",
    intent="QUESTION",
    tags=["non_order_request"],
)
m(
    "mezze-house",
    "en",
    "---------- Forwarded message ---------\nFrom: Chef Karim <karim@mezzehouse.example>\nTo: orders@mezzehouse.example\n\nRana can you order: 1 x 16L extra virgin, 2 x freekeh cracked, 3 x halloumi 250g cases. cheers\n\n-----\nRana: please process the above, thanks",
    lines=[l("OO-EV", 1, "16L"), l("FREEKEH-CRACKED-1KG", 2), l("HALLOUMI-250", 3)],
    tags=["forwarded", "variant", "number_in_name"],
)
m(
    "mezze-house",
    "en",
    "Our invoice INV-55120 shows 9 vine leaves jars, we only ordered and got 6. Please amend.",
    intent="COMPLAINT",
)
# ---------------- aleppo-kitchen (ar script) ----------------
m(
    "aleppo-kitchen",
    "ar",
    "مرحبا، بدنا سطل طحينة دُرّة ١٨ كيلو، ٣ أكياس برغل خشن ٥ كيلو، وكرتونة فول مدمس",
    lines=[l("TAHINI-DURRA-18KG", 1), l("BULGUR-COARSE", 3, "5kg"), l("FOUL-TIN-400", 1)],
    tags=["multilingual", "variant", "number_in_name"],
)
m(
    "aleppo-kitchen",
    "ar",
    "نفس طلبية الأسبوع الماضي بس زيدوا ٢ دبس رمان كبير ٢ لتر",
    lines=[l("POMMOL-2L", 2)],
    ref="last",
    tags=["reference", "multilingual"],
)
m(
    "aleppo-kitchen",
    "ar",
    "ابعتولي ٤ مكدوس و ٣ فليفلة حلبية و ٢ زعتر حلبي",
    lines=[l("MAKDOUS-1KG", 4), l("ALEPPO-PEPPER-500", 3), l("ZAATAR-ALEPPO-1KG", 2)],
    tags=["multilingual"],
)
m(
    "aleppo-kitchen",
    "ar",
    "بدي ٢ طحينة و ٣ برغل",
    lines=[f(2, TAHINI), f(3, BULGUR)],
    tags=["multilingual", "family"],
)
m(
    "aleppo-kitchen",
    "ar",
    "شيش كباب الكفتة ٨ كيلو وكيس حمص حب ٢٥ كيلو، الله يعطيكم العافية",
    lines=[l("KAFTA", 8), l("CHICK-DRIED", 1, "25kg")],
    tags=["multilingual", "variant"],
)
m(
    "aleppo-kitchen",
    "ar",
    "هل عندكم كشك بلدي؟ إذا موجود ابعتوا ٥ كيلو",
    lines=[n(5)],
    review=True,
    nohist=True,
    tags=["multilingual", "not_in_catalog", "conditional"],
    notes="kishk is not in catalog; conditional",
)
m(
    "aleppo-kitchen",
    "ar",
    "الفاتورة الأخيرة فيها خطأ بالسعر، الدبس محسوب ١٤ جنيه بدل ١١.٥٠",
    intent="COMPLAINT",
    tags=["multilingual"],
)
# ---------------- damascus-rose (arabizi) ----------------
m(
    "damascus-rose",
    "ar",
    "marhaba, baddi 20 kataifi w 4 smeed w 6 mawared w 6 mazaher please",
    lines=[l("KATAIFI-400", 20), l("SEMOLINA-FINE", 4), l("ROSEWATER-300", 6), l("BLOSSOM-300", 6)],
    tags=["multilingual", "arabizi"],
)
m(
    "damascus-rose",
    "ar",
    "mitl el 3ade ya 7abibi la yom el 5amis",
    ref="usual",
    tags=["reference", "multilingual", "arabizi"],
)
m(
    "damascus-rose",
    "ar",
    "3tini 6 akkawi w 2 7alawe",
    lines=[f(6, AKKAWI), f(2, HALAWA)],
    tags=["multilingual", "arabizi", "family"],
)
m(
    "damascus-rose",
    "ar",
    "ba3ed fi 3andkon kunafa jahze? kam se3r el tray",
    intent="QUESTION",
    tags=["multilingual", "arabizi"],
)
m(
    "damascus-rose",
    "ar",
    "12 filo w 3 ma7lab w 2 halawa 2kg plz",
    lines=[l("FILO-450", 12), l("MAHLAB-100", 3), l("HALAWA-2KG", 2)],
    tags=["multilingual", "arabizi", "number_in_name"],
)
m(
    "damascus-rose",
    "ar",
    "el akkawi block kenet mal7a ktir hal marra, 6 blocks kellon",
    intent="COMPLAINT",
    tags=["multilingual", "arabizi"],
)
# ---------------- zaytoun-cafe ----------------
m(
    "zaytoun-cafe",
    "ar",
    "Hi! 10 packs small white bread 18cm, 1 case hummus tins, 2 labneh balls, 2 green olives 😊",
    lines=[
        l("ARB-WHITE", 10, "18cm"),
        l("HUMMUS-TIN-400", 1),
        l("LABNEH-BALLS-1KG", 2),
        l("OLIVE-GREEN-2KG", 2),
    ],
    tags=["emoji", "variant", "multilingual", "arabizi"],
)
m(
    "zaytoun-cafe",
    "ar",
    "yalla same as last time bas zid 2 ayran",
    lines=[l("AYRAN-250", 2)],
    ref="last",
    tags=["reference", "multilingual", "arabizi"],
)
m(
    "zaytoun-cafe",
    "ar",
    "3 halloumi w 1 zaatar akhdar w 10 khubz",
    lines=[f(3, HALLOUMI), l("ZAATAR-GREEN-1KG", 1), f(10, BREAD)],
    tags=["family", "multilingual", "arabizi"],
)
m(
    "zaytoun-cafe",
    "ar",
    "48 ayran please",
    lines=[l("AYRAN-250", 2)],
    tags=["count", "multilingual"],
    notes="48 bottles are 2 cases of 24",
)
m(
    "zaytoun-cafe",
    "ar",
    "can u tell me when ur open on eid? we r closed 2 days",
    intent="QUESTION",
    tags=["non_order_request", "multilingual"],
)
m(
    "zaytoun-cafe",
    "ar",
    "6 ayran cans for the fridge",
    lines=[l("AYRAN-250", None)],
    tags=["count", "multilingual"],
    notes="6 is not a whole case of 24; quantities not stated",
)
# ---------------- abu-samir-grill (ar script, SMS) ----------------
m(
    "abu-samir-grill",
    "ar",
    "٢٥ كيلو شاورما صدر دجاج، ١٥ كيلو جوانح، ٦ كيلو ريش غنم",
    lines=[l("SHAW-CHK-BREAST", 25), l("CHICKEN-WINGS", 15), l("LAMB-CHOPS", 6)],
    tags=["multilingual"],
)
m("abu-samir-grill", "ar", "الطلبية المعتادة يوم الجمعة", ref="usual", tags=["reference", "multilingual"])
m(
    "abu-samir-grill",
    "ar",
    "٨ فحم جوز الهند و ٢ اسياخ ٦٠ سم و ٤ ثوم كيلو",
    lines=[l("CHARCOAL-BRIQ-10KG", 8), l("SKEWER-FLAT", 2, "60cm"), l("TOUM", 4, "1kg")],
    tags=["multilingual", "variant", "number_in_name"],
)
m(
    "abu-samir-grill",
    "ar",
    "بدي ٣ اسياخ ٨٠ سم",
    lines=[l("SKEWER-FLAT", 3, None)],
    tags=["multilingual", "variant"],
    notes="80cm skewers do not exist; variant ambiguous",
    keepnull=True,
)
m("abu-samir-grill", "ar", "٢٥ شاورما دجاج", lines=[f(25, SHAWCHK)], tags=["multilingual", "family"])
m(
    "abu-samir-grill",
    "ar",
    "علبة صوصات ٢ اونصة و سطل خيار ١٠ كيلو",
    lines=[l("SAUCE-POT", 1, "2oz"), l("CUCUMBER-TUB-10KG", 1)],
    tags=["multilingual", "variant", "number_in_name"],
)
m("abu-samir-grill", "ar", "شكرا على التوصيل السريع اليوم 👍", intent="OTHER", tags=["multilingual", "emoji"])
# ---------------- le-petit-liban (fr) ----------------
m(
    "le-petit-liban",
    "fr",
    "Bonjour, pour jeudi svp : 8 tahini Cortas, 2 cartons pois chiches 2,5kg, 4 huile d'olive extra vierge 1L, 6 mélasse de grenade Cortas",
    lines=[l("TAHINI-CORTAS-454", 8), l("CHICK-TIN-2500", 2), l("OO-EV", 4, "1L"), l("POMMOL-CORTAS-300", 6)],
    tags=["multilingual", "variant", "number_in_name"],
)
m(
    "le-petit-liban",
    "fr",
    "Comme d'habitude mais sans le nabulsi et avec 2 eau de rose",
    lines=[l("ROSEWATER-300", 2)],
    ref="usual",
    remove=["NABULSI-TIN-2KG"],
    tags=["reference", "multilingual"],
)
m(
    "le-petit-liban",
    "fr",
    "12 paquets pain libanais grand 30cm + 3 boulgour fin 1kg merci",
    lines=[l("ARB-WHITE", 12, "30cm"), l("BULGUR-FINE", 3, "1kg")],
    tags=["multilingual", "variant"],
)
m(
    "le-petit-liban",
    "fr",
    "il me faut du halloumi x2 et de l'huile d'olive x3",
    lines=[f(2, HALLOUMI), f(3, OO)],
    tags=["multilingual", "family"],
)
m(
    "le-petit-liban",
    "fr",
    "Je voudrais savoir si vous livrez le samedi matin à partir de juillet",
    intent="QUESTION",
    tags=["multilingual", "non_order_request"],
)
m(
    "le-petit-liban",
    "fr",
    "annulez la commande de jeudi svp, le resto est fermé pour travaux",
    intent="CANCEL",
    tags=["multilingual"],
)
# ---------------- cafe-phenicia (fr SMS) ----------------
m(
    "cafe-phenicia",
    "fr",
    "6 markouk, 2 labneh 1kg, 2 zaatar 500g, 1 olives noires, 4 concombres bocal, 3 halawa nature",
    lines=[
        l("MARKOUK-60", 6),
        l("LABNEH", 2, "1kg"),
        l("ZAATAR-LEB", 2, "500g"),
        l("OLIVE-BLACK-2KG", 1),
        l("CUCUMBER-JAR-1KG", 4),
        l("HALAWA-PLAIN-700", 3),
    ],
    tags=["multilingual", "variant"],
)
m(
    "cafe-phenicia",
    "fr",
    "la même chose que la semaine dernière stp",
    ref="last",
    tags=["reference", "multilingual"],
)
m(
    "cafe-phenicia",
    "fr",
    "2 zaatar et 3 labneh pour demain",
    lines=[f(2, ZAATAR), f(3, LABNEH)],
    tags=["multilingual", "family"],
)
m(
    "cafe-phenicia",
    "fr",
    "Pourriez-vous ajouter 4 ka'ak à la livraison de mercredi ?",
    lines=[l("KAAK-6", 4)],
    tags=["multilingual", "non_order_request"],
)
m("cafe-phenicia", "fr", "combien coûte le zaatar vert au kilo ?", intent="QUESTION", tags=["multilingual"])
# ---------------- byblos-traiteur (fr email) ----------------
m(
    "byblos-traiteur",
    "fr",
    "Objet : Commande mariage samedi\n\nBonjour,\n\nPour le mariage Khoury (220 couverts) merci de livrer vendredi :\n- 12 plateaux alu 14 pouces\n- 6 boîtes feuilles de vigne farcies 2kg\n- 30 kg agneau haché\n- 2 huile pomace 17L\n\nCordialement,\nNadia Sfeir\nByblos Traiteur\nTél. 020 7946 0733",
    lines=[
        l("FOIL-PLATTER-14", 12),
        l("VINE-STUFFED-2KG", 6),
        l("LAMB-MINCE-20", 30),
        l("OO-POMACE", 2, "17L"),
    ],
    tags=["multilingual", "signature", "variant", "number_in_name"],
    notes="large order with a stated reason (wedding), not an outlier",
)
m(
    "byblos-traiteur",
    "fr",
    "Bonjour, comme la semaine dernière mais double freekeh. Merci, Nadia",
    ref="last",
    double=["FREEKEH-CRACKED-1KG"],
    tags=["reference", "multilingual"],
)
m(
    "byblos-traiteur",
    "fr",
    "Ajoutez 5 freekeh et 4 navets svp",
    lines=[f(5, FREEKEH), f(4, TURNIP)],
    tags=["multilingual", "family"],
)
m(
    "byblos-traiteur",
    "fr",
    "Bonjour, 4 shanklish, 2 épices 7 baharat, 6 navets roses en bocal. Nadia",
    lines=[l("SHANKLISH-500", 4), l("SEVEN-SPICE-500", 2), l("TURNIP-JAR-1KG", 6)],
    tags=["multilingual", "number_in_name"],
)
m(
    "byblos-traiteur",
    "fr",
    "Bonjour, pouvez-vous nous ouvrir un compte à 60 jours ? Et dans ce cas livrer 10 plateaux alu. Nadia",
    lines=[l("FOIL-PLATTER-14", 10)],
    review=True,
    nohist=True,
    tags=["multilingual", "credit"],
    notes="order depends on a credit account",
)
m(
    "byblos-traiteur",
    "fr",
    "Bonjour, pour la commande de vendredi merci de changer l'agneau haché : 20 kg au lieu de 30.",
    intent="CHANGE",
    change=[l("LAMB-MINCE-20", 20)],
    tags=["multilingual", "change"],
)
# ---------------- ararat-bakery (hy script) ----------------
m(
    "ararat-bakery",
    "hy",
    "Բարև ձեզ, 25 տուփ լավաշ, 6 բաստուրմա, 5 սուջուխ, 4 քաշքավալ",
    lines=[l("LAVASH-LARGE", 25), l("BASTURMA-500", 6), l("SUJUK-1KG", 5), l("KASHKAVAL-1KG", 4)],
    tags=["multilingual"],
)
m(
    "ararat-bakery",
    "hy",
    "Սովորականի պես, բայց 2 ձիթապտղի յուղ էլ ավելացրեք",
    lines=[f(2, OO)],
    ref="usual",
    tags=["reference", "multilingual", "family"],
)
m(
    "ararat-bakery",
    "hy",
    "10 տուփ թխավուն արաբական հաց և 2 քունջութ",
    lines=[l("ARB-BROWN-22", 10), l("SESAME-1KG", 2)],
    tags=["multilingual"],
)
m(
    "ararat-bakery",
    "hy",
    "3 պանիր ուղարկեք",
    lines=[f(3, CHEESE)],
    tags=["multilingual", "family"],
    notes="cheese is a family word over the whole cheese range",
)
m(
    "ararat-bakery",
    "hy",
    "Երեկվա լավաշը չոր էր, 5 տուփ վերադարձնում ենք",
    intent="COMPLAINT",
    tags=["multilingual"],
)
m("ararat-bakery", "hy", "Ունե՞ք չամիչով լավաշ", intent="QUESTION", tags=["multilingual"])
# ---------------- sevan-grill (hy romanised SMS) ----------------
m(
    "sevan-grill",
    "hy",
    "barev, 14 kilo lamb shish, 10 kilo beef shawarma, 5 lumpwood 10kg, 15 lavash",
    lines=[l("LAMB-CUBES", 14), l("SHAW-BEEF", 10), l("CHARCOAL-LUMP", 5, "10kg"), l("LAVASH-LARGE", 15)],
    tags=["multilingual", "romanised", "variant"],
)
m("sevan-grill", "hy", "inchpes misht, urbat", ref="usual", tags=["reference", "multilingual", "romanised"])
m(
    "sevan-grill",
    "hy",
    "mi hat shish 70cm u 2 sumac poqr",
    lines=[l("SKEWER-FLAT", 1, "70cm"), l("SUMAC", 2, "250g")],
    tags=["multilingual", "romanised", "variant", "number_in_name"],
)
m(
    "sevan-grill",
    "hy",
    "ereq tuf ayran u 2 shatta",
    lines=[l("AYRAN-250", 3), l("SHATTA-500", 2)],
    tags=["multilingual", "romanised"],
)
m(
    "sevan-grill",
    "hy",
    "5 charcoal u skewers 2",
    lines=[f(5, CHARCOAL), f(2, SKEWERS)],
    tags=["multilingual", "romanised", "family"],
)
m(
    "sevan-grill",
    "hy",
    "70 kilo lamb shish vaghy",
    lines=[l("LAMB-CUBES", 70)],
    outlier=True,
    tags=["multilingual", "romanised", "outlier"],
)
m(
    "sevan-grill",
    "hy",
    "sxal er, lamb shish 14 kilo, voch te 70",
    intent="CHANGE",
    change=[l("LAMB-CUBES", 14)],
    tags=["multilingual", "romanised", "change", "self_correction"],
)
# ---------------- anjar-deli (hy romanised + en) ----------------
m(
    "anjar-deli",
    "hy",
    "Barev Aram jan, 4 basturma, 4 sujuk, 6 makdous, 6 mixed pickles, 4 grape molasses please",
    lines=[
        l("BASTURMA-500", 4),
        l("SUJUK-1KG", 4),
        l("MAKDOUS-1KG", 6),
        l("MIXED-PICKLE-1KG", 6),
        l("GRAPE-MOL-700", 4),
    ],
    tags=["multilingual", "romanised"],
)
m(
    "anjar-deli",
    "hy",
    "antsyal shabatva nuyny, bayts 6 vardajur avelacreq",
    lines=[l("ROSEWATER-300", 6)],
    ref="last",
    tags=["reference", "multilingual", "romanised"],
)
m(
    "anjar-deli",
    "hy",
    "6 tahini 450g u 4 halawa pistachio",
    lines=[l("TAHINI-WADI", 6, "450g"), l("HALAWA-PIST-700", 4)],
    tags=["multilingual", "romanised", "variant", "number_in_name"],
)
m(
    "anjar-deli",
    "hy",
    "3 olives u 2 tahini",
    lines=[f(3, OLIVES), f(2, TAHINI)],
    tags=["multilingual", "romanised", "family"],
)
m(
    "anjar-deli",
    "hy",
    "Vortegh e im patvery? Aysor ekogh er",
    intent="QUESTION",
    tags=["multilingual", "romanised"],
)
m(
    "anjar-deli",
    "hy",
    "ktsanq 2 tup chor lavash? ete ka, ugharkeq",
    lines=[n(2)],
    review=True,
    nohist=True,
    tags=["multilingual", "romanised", "not_in_catalog", "conditional"],
    notes="dry lavash not in catalog; conditional",
)
# ---------------- shawarma-king (en SMS) ----------------
m(
    "shawarma-king",
    "en",
    "40kg chicken thigh shawarma 30 packs wraps 4 buckets toum 2 turnip tubs 2 boxes 1oz pots",
    lines=[
        l("SHAW-CHK-THIGH", 40),
        l("SHAW-WRAP-30", 30),
        l("TOUM", 4, "5kg"),
        l("TURNIP-TUB-10KG", 2),
        l("SAUCE-POT", 2, "1oz"),
    ],
    tags=["variant", "number_in_name"],
)
m(
    "shawarma-king",
    "en",
    "usual bro and 1 carrier bags",
    lines=[l("CARRIER-BAG", 1)],
    ref="usual",
    tags=["reference"],
)
m(
    "shawarma-king",
    "en",
    "2 veg oil 2 shawarma spice 2 greaseproof",
    lines=[l("VEG-OIL-20L", 2), l("SHAWARMA-SPICE-1KG", 2), l("GREASEPROOF-30", 2)],
    tags=["spoken"],
)
m(
    "shawarma-king",
    "en",
    "2000 sauce pots 1oz",
    lines=[l("SAUCE-POT", 2, "1oz")],
    tags=["count", "variant"],
    notes="2000 pots are 2 boxes of 1000",
)
m(
    "shawarma-king",
    "en",
    "toum x 4 and pots x 2",
    lines=[l("TOUM", 4, None), l("SAUCE-POT", 2, None)],
    tags=["variant"],
)
m(
    "shawarma-king",
    "en",
    "also need like 500 of the little 1oz dip pots for the weekend",
    lines=[l("SAUCE-POT", None, "1oz")],
    tags=["count", "variant"],
    notes="500 is half a box; quantities not stated (not a whole number)",
)
m(
    "shawarma-king",
    "en",
    "can i pay cash on delivery this week card machine down",
    intent="QUESTION",
    tags=["non_order_request"],
)
# ---------------- yalla-wraps (arabizi + en) ----------------
m(
    "yalla-wraps",
    "ar",
    "yalla habibi 20 kilo thigh shawarma, 10 kilo tawook, 15 wraps, 2 small toum, 3 pickled chillies",
    lines=[
        l("SHAW-CHK-THIGH", 20),
        l("TAWOOK", 10),
        l("SHAW-WRAP-30", 15),
        l("TOUM", 2, "1kg"),
        l("CHILLI-PICKLE-1KG", 3),
    ],
    tags=["multilingual", "arabizi", "variant"],
)
m(
    "yalla-wraps",
    "ar",
    "kif el 3ade bas 2 napkins kaman",
    lines=[l("NAPKINS-2PLY", 2)],
    ref="usual",
    tags=["reference", "multilingual", "arabizi"],
)
m(
    "yalla-wraps",
    "ar",
    "1 kraft boxes w 1 foil No.2 w 1 lids No.2",
    lines=[l("KRAFT-BOX-L", 1), l("FOIL-TRAY", 1, "No.2"), l("FOIL-LID", 1, "No.2")],
    tags=["multilingual", "arabizi", "variant", "number_in_name"],
)
m(
    "yalla-wraps",
    "ar",
    "bde 2 foil No.2",
    lines=[f(2, FOIL, "No.2")],
    tags=["multilingual", "arabizi", "family", "number_in_name"],
)
m("yalla-wraps", "ar", "10 toum", lines=[l("TOUM", 10, None)], tags=["multilingual", "variant"])
m(
    "yalla-wraps",
    "ar",
    "el tawook kan fi 3adam, mish ma2boul. 2 kilo rmayneh",
    intent="COMPLAINT",
    tags=["multilingual", "arabizi"],
)
# ---------------- souk-market (en email, irregular) ----------------
m(
    "souk-market",
    "en",
    "Subject: PO SM-4471\n\nPlease supply:\n2 cs Cortas chickpeas 400g\n2 cs Cortas foul\n5 x Egyptian rice 5kg\n3 x red lentils 5kg\n12 x Cortas tahini\n\nRegards\nJoseph Nassar, Buyer\nSouk Market Grocery, 77 Canal St\n07700 900577",
    lines=[
        l("CHICK-TIN-400", 2),
        l("FOUL-TIN-400", 2),
        l("RICE-EGYPT-5KG", 5),
        l("LENTIL-RED-5KG", 3),
        l("TAHINI-CORTAS-454", 12),
    ],
    tags=["signature", "number_in_name"],
)
m(
    "souk-market",
    "en",
    "Subject: PO SM-4480\n\nOur usual order please, Joseph",
    ref="usual",
    tags=["reference"],
    notes="no unique usual basket for this customer",
)
m(
    "souk-market",
    "en",
    "Subject: PO SM-4485\n\n6 halawa, 12 rose water, 2 lentils, 2 fava",
    lines=[f(6, HALAWA), l("ROSEWATER-300", 12), f(2, LENTILS), f(2, FAVA)],
    tags=["family"],
)
m(
    "souk-market",
    "en",
    "Subject: PO SM-4490\n\n24 tins Cortas hummus, 1 case vermicelli, 2 dried fava 5kg. Joseph",
    lines=[l("HUMMUS-TIN-400", 1), l("VERMICELLI-500", 1), l("FAVA-DRY-5KG", 2)],
    tags=["count", "number_in_name"],
)
m(
    "souk-market",
    "en",
    "Subject: price list\n\nI would like to receive your updated price list for July including the new Cortas lines.",
    intent="QUESTION",
    tags=["non_order_request"],
)
m(
    "souk-market",
    "en",
    "Subject: Re: PO SM-4471\n\nDelivered today, thank you.\n\n> 2 cs Cortas chickpeas 400g\n> 5 x Egyptian rice 5kg\n\nAlso please send 10 Al Wadi halawa pistachio.",
    lines=[l("HALAWA-PIST-700", 10)],
    tags=["quoted"],
)
m(
    "souk-market",
    "en",
    "Subject: PO SM-4492\n\n18 jars Cortas rose water please",
    lines=[l("ROSEWATER-300", 18)],
    tags=["count"],
)
# ---------------- tripoli-sweets (ar script) ----------------
m(
    "tripoli-sweets",
    "ar",
    "صباح الخير، ٣٠ كنافة شعر، ٤ تنكات جبنة عكاوي، ٦ سميد ناعم، ١٠ ماء زهر",
    lines=[l("KATAIFI-400", 30), l("AKKAWI-TIN-2KG", 4), l("SEMOLINA-FINE", 6), l("BLOSSOM-300", 10)],
    tags=["multilingual"],
)
m(
    "tripoli-sweets",
    "ar",
    "متل كل أسبوع بس بلا سمسم",
    ref="usual",
    remove=["SESAME-1KG"],
    tags=["reference", "multilingual"],
)
m(
    "tripoli-sweets",
    "ar",
    "٢٠ عجينة فيلو و ١٥ ربطة خبز وسط ٢٢",
    lines=[l("FILO-450", 20), l("ARB-WHITE", 15, "22cm")],
    tags=["multilingual", "variant", "number_in_name"],
)
m("tripoli-sweets", "ar", "٤ جبنة عكاوي", lines=[f(4, AKKAWI)], tags=["multilingual", "family"])
m(
    "tripoli-sweets",
    "ar",
    "ممكن تبعتولنا كشف حساب الشهر الماضي؟",
    intent="QUESTION",
    tags=["multilingual", "non_order_request"],
)
m("tripoli-sweets", "ar", "بدنا ٢ حلاوة", lines=[f(2, HALAWA)], tags=["multilingual", "family"])
# ---------------- homs-grill (arabizi) ----------------
m(
    "homs-grill",
    "ar",
    "12 kilo lahm meshwi 12 kilo kafta 10 kilo jawaneh 8 charcoal 10kg",
    lines=[l("LAMB-CUBES", 12), l("KAFTA", 12), l("CHICKEN-WINGS", 10), l("CHARCOAL-LUMP", 8, "10kg")],
    tags=["multilingual", "arabizi", "spoken", "variant"],
)
m(
    "homs-grill",
    "ar",
    "mitl el esbou3 el madi bas el kafta 15",
    lines=[l("KAFTA", 15)],
    ref="last",
    rep=["KAFTA"],
    tags=["reference", "multilingual", "arabizi"],
)
m(
    "homs-grill",
    "ar",
    "2 sikh 40 w 4 firelighters w 20 khubz kbir",
    lines=[l("SKEWER-FLAT", 2, "40cm"), l("FIRELIGHTER-28", 4), f(20, BREAD)],
    tags=["multilingual", "arabizi", "family", "variant"],
    notes="khubz kbir: large fits the white 30cm but bread is a family word",
)
m(
    "homs-grill",
    "ar",
    "3 flat skewers w 2 charcoal",
    lines=[l("SKEWER-FLAT", 3, None), f(2, CHARCOAL)],
    tags=["multilingual", "arabizi", "family", "variant"],
)
m("homs-grill", "ar", "fi 3andkon fa7em 20 kilo?", intent="QUESTION", tags=["multilingual", "arabizi"])
m(
    "homs-grill",
    "ar",
    "2 mkhallal 7arr w 20 khubz abyad 30",
    lines=[l("CHILLI-PICKLE-1KG", 2), l("ARB-WHITE", 20, "30cm")],
    tags=["multilingual", "arabizi", "variant"],
)
# ---------------- jounieh-table (fr email) ----------------
m(
    "jounieh-table",
    "fr",
    "Objet : commande\n\nBonjour,\nMerci de nous livrer mardi : 2 labneh 2kg, 4 freekeh fumé, 2 huile extra vierge 4L, 3 mélasse Al Wadi, 4 feuilles de vigne en bocal.\nBien à vous,\nChef Élie Gemayel\nLa Table de Jounieh",
    lines=[
        l("LABNEH", 2, "2kg"),
        l("FREEKEH-SMOKED-1KG", 4),
        l("OO-EV", 2, "4L"),
        l("POMMOL-WADI-500", 3),
        l("VINE-JAR-908", 4),
    ],
    tags=["multilingual", "signature", "variant", "number_in_name"],
)
m(
    "jounieh-table",
    "fr",
    "Bonjour, comme d'habitude pour mardi, mais 6 halloumi au lieu de 4. Élie",
    lines=[f(6, HALLOUMI)],
    ref="usual",
    rep=["HALLOUMI-1KG"],
    tags=["reference", "multilingual", "family"],
)
m(
    "jounieh-table",
    "fr",
    "Bonjour, 2 feuilles de vigne et 1 fèves svp",
    lines=[f(2, VINE), f(1, FAVA)],
    tags=["multilingual", "family"],
)
m(
    "jounieh-table",
    "fr",
    "Bonjour, 8 kg taouk et 4 halloumi en bloc d'un kilo. Merci",
    lines=[l("TAWOOK", 8), l("HALLOUMI-1KG", 4)],
    tags=["multilingual"],
)
m(
    "jounieh-table",
    "fr",
    "Bonjour, la commande de mardi peut-elle passer à mercredi ? Même contenu.",
    intent="CHANGE",
    change=[],
    tags=["multilingual", "change"],
)
m(
    "jounieh-table",
    "fr",
    "Réponse automatique : je suis absent jusqu'au 19 juin. Pour les urgences contactez la cuisine au 020 7946 0741.",
    intent="OTHER",
    tags=["multilingual"],
)
# ---------------- gyumri-lahmajo (hy script/romanised) ----------------
m(
    "gyumri-lahmajo",
    "hy",
    "12 կգ գառան աղացած միս, 8 սկուտեղ խմոր, 2 հալեպյան պղպեղ, 1 քիմիոն",
    lines=[l("LAMB-MINCE-20", 12), l("MANAKISH-DOUGH", 8), l("ALEPPO-PEPPER-500", 2), l("CUMIN-1KG", 1)],
    tags=["multilingual"],
)
m(
    "gyumri-lahmajo",
    "hy",
    "nuyny inch antsyal angam",
    ref="last",
    tags=["reference", "multilingual", "romanised"],
)
m(
    "gyumri-lahmajo",
    "hy",
    "3 kashkaval, 2 pure olive oil, 2 bulgur 5kg",
    lines=[l("KASHKAVAL-1KG", 3), l("OO-PURE-4L", 2), f(2, BULGUR, "5kg")],
    tags=["multilingual", "romanised", "family"],
)
m(
    "gyumri-lahmajo",
    "hy",
    "yerku tup bulgur manr 5kg u mek tup kunjut",
    lines=[l("BULGUR-FINE", 2, "5kg"), l("SESAME-1KG", 1)],
    tags=["multilingual", "romanised", "variant"],
)
m(
    "gyumri-lahmajo",
    "hy",
    "Vaghy mer khanuty pak e, mi ekeq",
    intent="OTHER",
    tags=["multilingual", "romanised"],
)
# ---------------- falafel-fleet (new, en) ----------------
m(
    "falafel-fleet",
    "en",
    "Hi, we're a new food truck (Falafel Fleet) starting Saturday, first order, pay on delivery: 2 tahini Durra 18kg, 1 dried chickpeas 25kg, 10 packs shawarma wraps, 2 boxes 2oz sauce pots. Sami 07700 900621",
    lines=[
        l("TAHINI-DURRA-18KG", 2),
        l("CHICK-DRIED", 1, "25kg"),
        l("SHAW-WRAP-30", 10),
        l("SAUCE-POT", 2, "2oz"),
    ],
    tags=["new_customer", "variant", "number_in_name", "signature"],
)
m(
    "falafel-fleet",
    "en",
    "same as my first order again pls",
    ref="usual",
    tags=["reference", "new_customer"],
    notes="messages are not history; first-time customer",
)
m(
    "falafel-fleet",
    "en",
    "do you sell falafel mix? need 10kg, if yes send it",
    lines=[n(None)],
    review=True,
    nohist=True,
    tags=["new_customer", "not_in_catalog", "conditional"],
    notes="falafel mix not in catalog; quantities not stated in catalog units",
)
m(
    "falafel-fleet",
    "en",
    "i'd like three packs of wraps a tub of toum 5kg two bags of cumin and a case of ayran",
    lines=[l("SHAW-WRAP-30", 3), l("TOUM", 1, "5kg"), l("CUMIN-1KG", 2), l("AYRAN-250", 1)],
    tags=["new_customer", "spoken", "voice", "variant"],
)
m(
    "falafel-fleet",
    "en",
    "I'd like to set up a 30 day account, what do you need from us?",
    intent="QUESTION",
    tags=["new_customer", "non_order_request", "credit"],
)
# ---------------- maison-zaatar (new, fr) ----------------
m(
    "maison-zaatar",
    "fr",
    "Objet : première commande\n\nBonjour, nous ouvrons une boulangerie libanaise le 12 juin. Première commande, paiement à la livraison : 5 zaatar libanais 1kg, 2 sumac 1kg, 10 plateaux de pâtons manakish, 3 sésame. Lina Abi Nader, Maison Zaatar, 3 rue des Cèdres",
    lines=[l("ZAATAR-LEB", 5, "1kg"), l("SUMAC", 2, "1kg"), l("MANAKISH-DOUGH", 10), l("SESAME-1KG", 3)],
    tags=["new_customer", "multilingual", "variant", "signature"],
)
m(
    "maison-zaatar",
    "fr",
    "Bonjour, pourriez-vous nous envoyer aussi 4 akkawi et 2 huile d'olive ?",
    lines=[f(4, AKKAWI), f(2, OO)],
    tags=["new_customer", "multilingual", "family", "non_order_request"],
)
m(
    "maison-zaatar",
    "fr",
    "Est-ce que vous faites le kishk et le mahlab ?",
    intent="QUESTION",
    tags=["new_customer", "multilingual"],
)
# ---------------- more traffic ----------------
m(
    "beirut-oven",
    "en",
    "hey its Maya from beirut oven 👋 can we get four tins of akkawi and six trays of dough balls for saturday",
    lines=[l("AKKAWI-TIN-2KG", 4), l("MANAKISH-DOUGH", 6)],
    tags=["emoji", "non_order_request", "spoken"],
)
m(
    "beirut-oven",
    "en",
    "voice note: ok so twenty packs of the medium white bread three bags sesame a tin of akkawi and two labneh two kilo",
    lines=[l("ARB-WHITE", 20, "22cm"), l("SESAME-1KG", 3), l("AKKAWI-TIN-2KG", 1), l("LABNEH", 2, "2kg")],
    tags=["spoken", "voice", "variant"],
)
m(
    "beirut-oven",
    "en",
    "2 extra virgin 4L, 1 nigella seeds, 12 kaak. oh wait make the kaak 15",
    lines=[l("OO-EV", 2, "4L"), l("NIGELLA-500", 1), l("KAAK-6", 15)],
    tags=["self_correction", "variant"],
)
m(
    "cedar-grill",
    "en",
    "Morning. 12 kilos shish taouk, 10 kilos kafta and 1 turnip tub 10kg for tmrw pls",
    lines=[l("TAWOOK", 12), l("KAFTA", 10), l("TURNIP-TUB-10KG", 1)],
    tags=["number_in_name"],
)
m(
    "cedar-grill",
    "en",
    "4 x 15kg lumpwood + 1 box 6a foil containers + 2 shatta",
    lines=[l("CHARCOAL-LUMP", 4, "15kg"), l("FOIL-TRAY", 1, "No.6a"), l("SHATTA-500", 2)],
    tags=["variant", "number_in_name", "pack"],
)
m("cedar-grill", "en", "what time is the driver coming today? we close the back gate at 3", intent="QUESTION")
m(
    "mezze-house",
    "en",
    "Hi team, please send 2 x 1kg sumac, 3 x 1kg labneh and 6 vine leaf jars for Thursday. Many thanks, Rana",
    lines=[l("SUMAC", 2, "1kg"), l("LABNEH", 3, "1kg"), l("VINE-JAR-908", 6)],
    tags=["variant", "pack"],
)
m(
    "mezze-house",
    "en",
    "Hi, I'd like to order 4 packs of the markouk and 2 green zaatar please. Rana",
    lines=[l("MARKOUK-60", 4), l("ZAATAR-GREEN-1KG", 2)],
    tags=["non_order_request"],
)
m(
    "mezze-house",
    "en",
    "Please note our new delivery contact is Omar on 07700 900588 from Monday.",
    intent="OTHER",
)
m(
    "aleppo-kitchen",
    "ar",
    "صباح الخير، ٢ زعتر حلبي كيلو، ٣ فليفلة حلبية، ١ سطل طحينة دُرّة",
    lines=[l("ZAATAR-ALEPPO-1KG", 2), l("ALEPPO-PEPPER-500", 3), l("TAHINI-DURRA-18KG", 1)],
    tags=["multilingual"],
)
m(
    "aleppo-kitchen",
    "ar",
    "Sabah el 5er, 8 kilo kafta w 2 dibs remman 2 litre w 4 makdous",
    lines=[l("KAFTA", 8), l("POMMOL-2L", 2), l("MAKDOUS-1KG", 4)],
    tags=["multilingual", "arabizi", "number_in_name"],
)
m("aleppo-kitchen", "ar", "ألغوا طلبية الخميس لو سمحتوا، في عطلة", intent="CANCEL", tags=["multilingual"])
m(
    "damascus-rose",
    "ar",
    "sabah el noor 🌹 3ayzin 30 kataifi w 8 mazaher w 6 akkawi block",
    lines=[l("KATAIFI-400", 30), l("BLOSSOM-300", 8), l("AKKAWI-VAC-1KG", 6)],
    tags=["multilingual", "arabizi", "emoji"],
)
m(
    "damascus-rose",
    "ar",
    "عشرين كنافة وأربع سميد وست ماورد",
    lines=[l("KATAIFI-400", 20), l("SEMOLINA-FINE", 4), l("ROSEWATER-300", 6)],
    tags=["multilingual", "spoken"],
)
m(
    "zaytoun-cafe",
    "ar",
    "Morning ☀️ 2 green olives, 2 labneh balls, 3 halloumi blocks 1kg, 1 green zaatar",
    lines=[l("OLIVE-GREEN-2KG", 2), l("LABNEH-BALLS-1KG", 2), l("HALLOUMI-1KG", 3), l("ZAATAR-GREEN-1KG", 1)],
    tags=["emoji", "multilingual"],
)
m(
    "zaytoun-cafe",
    "ar",
    "bukra el sob7: 10 khubz abyad saghir 18 w 2 ayran cases",
    lines=[l("ARB-WHITE", 10, "18cm"), l("AYRAN-250", 2)],
    tags=["multilingual", "arabizi", "variant"],
)
m(
    "abu-samir-grill",
    "ar",
    "١٥ كيلو جوانح و ٨ كيس فحم قشر جوز الهند و ٢ علبة ولاعات",
    lines=[l("CHICKEN-WINGS", 15), l("CHARCOAL-BRIQ-10KG", 8), l("FIRELIGHTER-28", 2)],
    tags=["multilingual"],
)
m(
    "abu-samir-grill",
    "ar",
    "مين بيحكي معي بخصوص الحساب؟ بدي أعرف قديش علينا",
    intent="QUESTION",
    tags=["multilingual"],
)
m(
    "le-petit-liban",
    "fr",
    "Bonjour Karim, 2 nabulsi en boîte et 1 carton halloumi 12x250g pour vendredi. Merci !",
    lines=[l("NABULSI-TIN-2KG", 2), l("HALLOUMI-250", 1)],
    tags=["multilingual", "pack"],
)
m(
    "le-petit-liban",
    "fr",
    "slt, 6 melasse cortas + 8 tahini cortas + 4 huile EV 1L stp",
    lines=[l("POMMOL-CORTAS-300", 6), l("TAHINI-CORTAS-454", 8), l("OO-EV", 4, "1L")],
    tags=["multilingual", "variant", "typo"],
)
m(
    "cafe-phenicia",
    "fr",
    "stp quatre markouk une boite olives noires deux bocaux de concombres et deux halawa nature",
    lines=[l("MARKOUK-60", 4), l("OLIVE-BLACK-2KG", 1), l("CUCUMBER-JAR-1KG", 2), l("HALAWA-PLAIN-700", 2)],
    tags=["multilingual", "spoken"],
)
m(
    "cafe-phenicia",
    "fr",
    "Bonjour, 2 labneh d'un kilo et 3 zaatar libanais 500g",
    lines=[l("LABNEH", 2, "1kg"), l("ZAATAR-LEB", 3, "500g")],
    tags=["multilingual", "variant"],
)
m(
    "byblos-traiteur",
    "fr",
    "Bonjour, 10 kg agneau haché, 2 sept épices, 1 pomace 17L et 2 rouleaux alu. Nadia",
    lines=[
        l("LAMB-MINCE-20", 10),
        l("SEVEN-SPICE-500", 2),
        l("OO-POMACE", 1, "17L"),
        l("CATERING-FOIL-45", 2),
    ],
    tags=["multilingual", "variant", "number_in_name"],
)
m(
    "byblos-traiteur",
    "fr",
    "Bonjour, je voudrais un devis pour 40 plateaux 14 pouces et 20 boîtes de yalanji, pas de commande pour l'instant",
    intent="QUESTION",
    tags=["multilingual", "non_order_request"],
)
m(
    "ararat-bakery",
    "hy",
    "Barev, 30 lavash, 6 basturma u 2 nigella. Shnorhakalutyun",
    lines=[l("LAVASH-LARGE", 30), l("BASTURMA-500", 6), l("NIGELLA-500", 2)],
    tags=["multilingual", "romanised"],
)
m(
    "ararat-bakery",
    "hy",
    "1 սպիտակ պանիր թիթեղով 4 կգ և 5 սուջուխ",
    lines=[l("WHITE-CHEESE-4KG", 1), l("SUJUK-1KG", 5)],
    tags=["multilingual", "number_in_name"],
)
m(
    "sevan-grill",
    "hy",
    "10 kilo beef shawarma, 3 tuf ayran, 5 lumpwood 10kg",
    lines=[l("SHAW-BEEF", 10), l("AYRAN-250", 3), l("CHARCOAL-LUMP", 5, "10kg")],
    tags=["multilingual", "romanised", "variant"],
)
m(
    "sevan-grill",
    "hy",
    "Բարև, 20 լավաշ և 2 սումախ 250գ",
    lines=[l("LAVASH-LARGE", 20), l("SUMAC", 2, "250g")],
    tags=["multilingual", "variant"],
)
m(
    "anjar-deli",
    "hy",
    "4 sujuk, 6 makdous, 3 green olives u 2 grape molasses, merci",
    lines=[l("SUJUK-1KG", 4), l("MAKDOUS-1KG", 6), l("OLIVE-GREEN-2KG", 3), l("GRAPE-MOL-700", 2)],
    tags=["multilingual", "romanised"],
)
m(
    "anjar-deli",
    "hy",
    "hishecum em, vaghy chenq ashkhatum, tonn e",
    intent="OTHER",
    tags=["multilingual", "romanised"],
)
m(
    "shawarma-king",
    "en",
    "40 kilo thigh 30 wraps 2 greaseproof",
    lines=[l("SHAW-CHK-THIGH", 40), l("SHAW-WRAP-30", 30), l("GREASEPROOF-30", 2)],
    tags=["spoken"],
)
m(
    "shawarma-king",
    "en",
    "2 x 5kg toum, 2 turnip tubs, 2 veg oil 20L",
    lines=[l("TOUM", 2, "5kg"), l("TURNIP-TUB-10KG", 2), l("VEG-OIL-20L", 2)],
    tags=["variant", "pack", "number_in_name"],
)
m("shawarma-king", "en", "order cancelled for tomorrow, shop shut for the bank holiday", intent="CANCEL")
m(
    "yalla-wraps",
    "ar",
    "20 kilo thigh w 15 wraps w 3 mkhallal 7arr 🌶️",
    lines=[l("SHAW-CHK-THIGH", 20), l("SHAW-WRAP-30", 15), l("CHILLI-PICKLE-1KG", 3)],
    tags=["multilingual", "arabizi", "emoji"],
)
m("yalla-wraps", "ar", "Sorry wrong chat 😅 ignore", intent="OTHER", tags=["multilingual", "emoji"])
m(
    "souk-market",
    "en",
    "Subject: PO SM-4497\n\n6 x plain halawa 700g\n4 x brown lentils 5kg\n2 x dried fava 5kg\n1 x vermicelli case\nJoseph",
    lines=[l("HALAWA-PLAIN-700", 6), l("LENTIL-BROWN-5KG", 4), l("FAVA-DRY-5KG", 2), l("VERMICELLI-500", 1)],
    tags=["number_in_name", "pack"],
)
m(
    "souk-market",
    "en",
    "Subject: PO SM-4499\n\nPlease add 20 Cortas orange blossom water and 5 grape molasses to Friday. Joseph Nassar",
    lines=[l("BLOSSOM-300", 20), l("GRAPE-MOL-700", 5)],
)
m(
    "souk-market",
    "en",
    "Subject: payment\n\nWe have paid INV-55088 (£1,240.60) by BACS today. Joseph",
    intent="OTHER",
)
m(
    "tripoli-sweets",
    "ar",
    "كنافة ٣٠ وزهر ١٠ وفيلو ٢٠",
    lines=[l("KATAIFI-400", 30), l("BLOSSOM-300", 10), l("FILO-450", 20)],
    tags=["multilingual"],
)
m(
    "tripoli-sweets",
    "ar",
    "ba3atna 2 ma7lab w 4 sesame w 4 tanakat akkawi",
    lines=[l("MAHLAB-100", 2), l("SESAME-1KG", 4), l("AKKAWI-TIN-2KG", 4)],
    tags=["multilingual", "arabizi"],
)
m(
    "tripoli-sweets",
    "ar",
    "بدنا ٥ صواني بقلاوة جاهزة",
    lines=[n(5)],
    review=True,
    nohist=True,
    tags=["multilingual", "not_in_catalog"],
    notes="ready baklava trays are not in catalog",
)
m(
    "homs-grill",
    "ar",
    "8 charcoal 10 kilo w 4 firelighters w napkins 1",
    lines=[l("CHARCOAL-LUMP", 8, "10kg"), l("FIRELIGHTER-28", 4), l("NAPKINS-2PLY", 1)],
    tags=["multilingual", "arabizi", "variant"],
)
m(
    "homs-grill",
    "ar",
    "12 kilo lamb shish w 10 kilo wings pls",
    lines=[l("LAMB-CUBES", 12), l("CHICKEN-WINGS", 10)],
    tags=["multilingual", "arabizi"],
)
m(
    "jounieh-table",
    "fr",
    "Bonjour, 1 fèves pelées 5kg, 4 halloumi bloc 1kg et 2 labneh 2kg. Élie",
    lines=[l("FAVA-SPLIT-5KG", 1), l("HALLOUMI-1KG", 4), l("LABNEH", 2, "2kg")],
    tags=["multilingual", "variant", "number_in_name"],
)
m(
    "jounieh-table",
    "fr",
    "Bonjour, nous voudrions 4 bocaux de feuilles de vigne et 3 mélasse de grenade Al Wadi. Élie",
    lines=[l("VINE-JAR-908", 4), l("POMMOL-WADI-500", 3)],
    tags=["multilingual", "non_order_request"],
)
m(
    "gyumri-lahmajo",
    "hy",
    "Barev dzez, 12 kilo lamb mince, 8 tray dough u 1 cumin",
    lines=[l("LAMB-MINCE-20", 12), l("MANAKISH-DOUGH", 8), l("CUMIN-1KG", 1)],
    tags=["multilingual", "romanised"],
)
m(
    "gyumri-lahmajo",
    "hy",
    "2 ձիթայուղ մաքուր 4լ և 3 քաշքավալ",
    lines=[l("OO-PURE-4L", 2), l("KASHKAVAL-1KG", 3)],
    tags=["multilingual", "number_in_name"],
)
m(
    "falafel-fleet",
    "en",
    "Hi Sami again 🙂 pay on delivery as before: 1 dried chickpeas 25kg, 1 tahini bucket, 20 wraps",
    lines=[l("CHICK-DRIED", 1, "25kg"), l("TAHINI-DURRA-18KG", 1), l("SHAW-WRAP-30", 20)],
    tags=["new_customer", "emoji", "variant"],
)
m(
    "maison-zaatar",
    "fr",
    "Bonjour, deuxième commande, paiement à la livraison : 20 paquets de pain blanc 30cm et 2 kaak. Lina",
    lines=[l("ARB-WHITE", 20, "30cm"), l("KAAK-6", 2)],
    tags=["new_customer", "multilingual", "variant"],
)
m(
    "maison-zaatar",
    "fr",
    "Bonjour, vous pouvez nous livrer 5 zaatar et mettre ça sur un compte 30 jours ?",
    lines=[f(5, ZAATAR)],
    review=True,
    nohist=True,
    tags=["new_customer", "multilingual", "family", "credit"],
)
