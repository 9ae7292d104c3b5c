# ruff: noqa  (hand-written data generator of blind set 64, kept as its writer left it)
"""Hand-written messages of the sixty-fourth blind set and their plain labels.

Each message is written by hand with its label. `build64.py` adds the standard note phrases, the derived tags,
the dates, the ids and the history-dependent fields (never by running the system).

Label helpers:
  L(sku, qty, v=...)        a catalog line; `v` must be given exactly for products with variants (None = not said)
  F([skus], qty, cv=None)   a bare family word: sku null with candidates (cv = candidate_variant named in the text)
  N(qty, what)              an item the catalog does not have (sku null, no candidates)
  role="set"                on a reference row: a new quantity that replaces the basket's (default: an addition)
  nofill=True               a variant the text names but the catalog does not have; history never fills it
"""

_UNSET = object()


def L(sku, qty, v=_UNSET, role="add", nofill=False):
    return dict(kind="sku", sku=sku, qty=qty, v=v, role=role, nofill=nofill)


def F(cands, qty, cv=None, role="add"):
    return dict(kind="family", cands=list(cands), qty=qty, cv=cv, role=role)


def N(qty, what):
    return dict(kind="nic", qty=qty, what=what)


def M(
    cust,
    text,
    intent="ORDER",
    lines=(),
    notes="",
    tags=(),
    review=False,
    ref=None,
    remove=(),
    double=(),
    lang=None,
    change=None,
    outlier=False,
    nohist=False,
    ch=None,
):
    return dict(
        cust=cust,
        text=text,
        intent=intent,
        lines=list(lines),
        notes=notes,
        tags=list(tags),
        review=review,
        ref=ref,
        remove=list(remove),
        double=list(double),
        lang=lang,
        change=change,
        outlier=outlier,
        nohist=nohist,
        ch=ch,
    )


OYSTER = ["OYS-PANDA", "OYS-PREMIUM"]
LIGHT_SOY = ["SOY-PRB-LIGHT", "SOY-LKK-PREMIUM"]
LGM = ["CHILLI-LGM-CRISPY", "CHILLI-LGM-BLACKBEAN"]
DEMAE = ["NDL-NISSIN-SESAME", "NDL-NISSIN-CHICKEN"]
RICE = ["RICE-GP-JASMINE", "RICE-RU-JASMINE", "RICE-BROKEN", "RICE-LONGGRAIN", "RICE-GLUTINOUS"]
JASMINE = ["RICE-GP-JASMINE", "RICE-RU-JASMINE"]
CSB = ["BUN-CHARSIU-STEAMED", "BUN-CHARSIU-BAKED"]
VINEGAR = ["VIN-CHINKIANG", "VIN-RED", "VIN-WHITE"]
WRAPPERS = ["WRAP-WONTON", "WRAP-DUMPLING", "WRAP-SIUMAI", "WRAP-SPRINGROLL"]
DUMPLINGS = ["DS-PORKCHIVE", "DS-VEGDUMP"]
TOFU = ["TOFU-FIRM", "TOFU-SILKEN"]
FILLINGS = ["FILL-REDBEAN", "FILL-LOTUS"]
CONT16 = ["PKG-NOODLEBOX", "PKG-SOUP"]
SACK_RICE = ["RICE-GP-JASMINE", "RICE-RU-JASMINE", "RICE-BROKEN", "RICE-LONGGRAIN"]
CHILLI_BEAN = ["PASTE-TOBAN", "PASTE-PIXIAN"]
SOY_ALL = ["SOY-PRB-LIGHT", "SOY-PRB-DARK", "SOY-LKK-PREMIUM", "SOY-MUSHROOM", "SOY-KIKKOMAN"]
GLASS = ["NDL-MUNGBEAN", "NDL-SWEETPOTATO"]

MESSAGES = [
    # ======================================================= golden-dragon (SMS, English, Leeds takeaway)
    M(
        "golden-dragon",
        "Hi its Kenny golden dragon. 3 sacks golden phoenix 20kg, 2 drums veg oil, 4 bags beansprouts. thurs pls",
        lines=[L("RICE-GP-JASMINE", 3, "20kg"), L("OIL-VEG", 2), L("VEG-BEANSPROUTS", 4)],
        notes="20kg picks the Golden Phoenix sack size; a drum is the 20L vegetable oil.",
        tags=["number_in_name"],
    ),
    M(
        "golden-dragon",
        "same as last week pls + 1 box of the 1000cc tubs",
        lines=[L("PKG-PLASTIC", 1, "1000cc")],
        ref="last",
        notes="Reference to last week's order; the explicit addition is the only line without history.",
        tags=[],
    ),
    M(
        "golden-dragon",
        "2 cs oyster sauce (the big 2.27 ones) + 5 bags prawn crackers pls",
        lines=[F(OYSTER, 2, cv="6 x 2.27kg"), L("SNACK-PRAWNCRACKER", 5)],
        notes="Bare 'oyster sauce' fits Panda and Premium; 2.27 names the size (candidate_variant).",
        tags=["number_in_name"],
    ),
    M(
        "golden-dragon",
        "need 48 cans tsingtao for the weekend and 1 case sweet chilli",
        lines=[L("DRK-TSINGTAO", 2, "24 x 330ml Can"), L("SAUCE-SWEETCHILLI", 1)],
        notes="48 cans = 2 cases of 24 x 330ml Can.",
        tags=["container", "count"],
    ),
    M(
        "golden-dragon",
        "do u do a 26oz noodle box?? customers say the 16 is too small n 32 too big",
        "QUESTION",
        tags=["not_in_catalog"],
    ),
    M(
        "golden-dragon",
        "1 case koon chun hoisin and 2 boxes 650 containers",
        lines=[N(1, "Koon Chun hoisin"), L("PKG-PLASTIC", 2, "650cc")],
        notes="Koon Chun hoisin is not in catalog (only Lee Kum Kee hoisin is stocked); no substitute.",
        tags=[],
    ),
    M(
        "golden-dragon",
        "kenny again - thursdays rice make it 4 sacks not 3 thx",
        "CHANGE",
        change=[L("RICE-GP-JASMINE", 4, "20kg")],
        notes="Changes the rice of the placed order (Golden Phoenix 20kg, from the first message).",
    ),
    M(
        "golden-dragon",
        "send two cases of p r b light soy the big bottles one case of dark soy and three boxes of six fifty containers",
        lines=[L("SOY-PRB-LIGHT", 2, "6 x 1.8L"), L("PKG-PLASTIC", 1 * 3, "650cc"), L("SOY-PRB-DARK", 1)],
        notes="Voice note without commas; 'big bottles' is the 6 x 1.8L case; 'six fifty' is 650cc.",
        tags=["spoken", "voice"],
    ),
    M(
        "golden-dragon",
        "pls send 1 cs bambo shoots, 1 bag msg and 4 bags fresh egg noodles medium. cheers Kenny",
        lines=[L("TIN-BAMBOO", 1), L("SEAS-MSG", 1), L("NDL-EGG-FRESH", 4, "Medium")],
        notes="'bambo' is a typo for bamboo shoots.",
        tags=["typo"],
    ),
    # ======================================================= jade-garden (WhatsApp, Cantonese, traditional)
    M(
        "jade-garden",
        "早晨！聽日送：菜心 3件、芥蘭 2件、白菜仔 2件、嫩豆腐 1箱。唔該",
        lines=[L("VEG-CHOYSUM", 3), L("VEG-GAILAN", 2), L("VEG-BOKCHOY", 2, "Baby"), L("TOFU-SILKEN", 1)],
        notes="件 is a case in the Cantonese trade; 白菜仔 is baby bok choy.",
        tags=["traditional"],
    ),
    M(
        "jade-garden",
        "照舊，另外加多兩包瑤柱",
        lines=[L("SEA-CONPOY", 2)],
        ref="usual",
        notes="照舊 = the usual; the conpoy is an addition.",
        tags=["traditional"],
    ),
    M(
        "jade-garden",
        "蠔油兩箱，要大支裝",
        lines=[F(OYSTER, 2, cv="6 x 2.27kg")],
        notes="Bare 蠔油 fits Panda and Premium; 大支裝 (big bottles) is the 6 x 2.27kg case.",
        tags=["traditional"],
    ),
    M(
        "jade-garden",
        "五花腩 12公斤，凍蝦 21/25 六包",
        lines=[L("MEAT-PORKBELLY", 12), L("FZ-KINGPRAWN", 6, "21/25")],
        notes="21/25 is the prawn count size, not a quantity.",
        tags=["traditional", "weight", "number_in_name"],
    ),
    M(
        "jade-garden",
        "有冇XO醬？有就要一箱。另外紹興酒一箱",
        lines=[N(1, "XO sauce"), L("WINE-SHAOXING", 1)],
        review=True,
        nohist=True,
        notes="Conditional order on XO sauce, which is not in catalog.",
        tags=["traditional", "conditional"],
    ),
    M("jade-garden", "想問下你哋星期日有冇送貨？", "QUESTION", tags=["traditional", "non_order_request"]),
    M("jade-garden", "琴日送嚟嘅菜心有兩件黃晒，唔收得，麻煩你哋換過", "COMPLAINT", tags=["traditional"]),
    M(
        "jade-garden",
        "聽日要豬腩肉二十斤，粟粉兩罐",
        lines=[L("MEAT-PORKBELLY", None), L("STARCH-CORN", 2)],
        notes="斤 from a Hong Kong kitchen is a catty (about 605g) or a 500g jin: ambiguous quantity, ask.",
        tags=["traditional", "jin"],
    ),
    M(
        "jade-garden",
        "花菇一包，蝦米一包 1kg 裝，紹興酒一箱",
        lines=[L("MUSH-FLOWER", 1), L("SEA-DRIEDSHRIMP", 1, "1kg"), L("WINE-SHAOXING", 1)],
        tags=["traditional", "number_in_name"],
    ),
    M(
        "jade-garden",
        "明日要：上海青 2件、黃芽白 1件、生薑 3公斤、豆豉 2包",
        lines=[L("VEG-SHANGHAI", 2), L("VEG-NAPA", 1), L("VEG-GINGER", 3), L("BEANS-PRESERVED", 2)],
        notes="黃芽白 is napa cabbage; 豆豉 the preserved black beans.",
        tags=["traditional"],
    ),
    M(
        "jade-garden",
        "星期五要腩肉十五公斤凍蝦兩包二十一至二十五粟粉兩罐",
        lines=[L("MEAT-PORKBELLY", 15), L("FZ-KINGPRAWN", 2, "21/25"), L("STARCH-CORN", 2)],
        notes="Spoken list without separators; 二十一至二十五 is the 21/25 size, not a quantity.",
        tags=["traditional", "spoken", "number_in_name"],
    ),
    M("jade-garden", "上個禮拜嗰箱紹興酒爛咗兩支，成個雪房都係酒味", "COMPLAINT", tags=["traditional"]),
    # ======================================================= lucky-star (WhatsApp, Cantonese romanised)
    M(
        "lucky-star",
        "Jo san! m goi sung 8 pun har gau, 8 pun siu mai (regular), 4 pun cheung fun, tung 5 pun jing char siu bao",
        lines=[
            L("DS-HARGOW", 8),
            L("DS-SIUMAI", 8, "Regular 25g (tray of 50)"),
            L("DS-CHEUNGFUN", 4),
            L("BUN-CHARSIU-STEAMED", 5),
        ],
        notes="pun (盤) is a tray; jing (蒸) char siu bao is the steamed bun.",
        tags=["cantonese_romanised"],
    ),
    M(
        "lucky-star",
        "Ah Wing here. 6 pun char siu bao + 3 pun lau sa bao, Fri sung",
        lines=[F(CSB, 6), L("BUN-LAUSA", 3)],
        notes="Bare char siu bao fits the steamed and the baked bun.",
        tags=["cantonese_romanised", "code_mixed"],
    ),
    M(
        "lucky-star",
        "Tung seung go lai baai yat yeung, but 10 pun har gau instead of 8",
        lines=[L("DS-HARGOW", 10, role="set")],
        ref="last",
        notes="Same as last week with a new har gow quantity.",
        tags=["cantonese_romanised", "code_mixed"],
    ),
    M(
        "lucky-star",
        "m goi 90 粒 jumbo siu mai, 2 bau bo lei",
        lines=[L("DS-SIUMAI", 3, "Jumbo 40g (tray of 30)"), L("TEA-PUERH", 2)],
        notes="90 pieces = 3 trays of 30 jumbo; bo lei is pu-erh tea.",
        tags=["cantonese_romanised", "code_mixed", "count"],
    ),
    M(
        "lucky-star",
        "4 pun dan tat, 6 go lo bak go, 1 box fung jau",
        lines=[L("DS-EGGTART", 4), L("DS-TURNIPCAKE", 6), L("POUL-CHICKENFEET", 1)],
        tags=["cantonese_romanised"],
    ),
    M(
        "lucky-star",
        "siu mai 10 pun ah, tung埋 steamer paper 2 pack",
        lines=[L("DS-SIUMAI", 10, None), L("PKG-STEAMPAPER", 2)],
        notes="Siu mai without its size (regular or jumbo).",
        tags=["cantonese_romanised", "code_mixed"],
    ),
    M(
        "lucky-star",
        "sorry ah, the msg about staff rota was for the kitchen group, pls ignore 🙏",
        "OTHER",
        lang="en",
        tags=["emoji"],
    ),
    M(
        "lucky-star",
        "send 40 pun lo mai gai tmr",
        lines=[L("DS-LOMAIGAI", 40)],
        outlier=True,
        lang="en",
        notes="40 trays with no reason given; the dim sum house takes 3 a week (followed by a cancellation).",
        tags=["code_mixed"],
    ),
    M(
        "lucky-star",
        "Ah Wing: pls cancel the 40 lo mai gai, typed wrong, ignore that order",
        "CANCEL",
        lang="en",
    ),
    M(
        "lucky-star",
        "m goi 3 pun wu gok tung 2 pun nai wong bao, sik di sung",
        lines=[L("DS-TARO", 3), L("BUN-CUSTARD", 2)],
        tags=["cantonese_romanised"],
    ),
    M(
        "lucky-star",
        "voice note: ok send four tray har gau three tray cheung fun two bag jasmine tea and one box chicken feet",
        lines=[L("DS-HARGOW", 4), L("DS-CHEUNGFUN", 3), L("TEA-JASMINE", 2), L("POUL-CHICKENFEET", 1)],
        lang="en",
        notes="Voice note in English without commas; number words start the items.",
        tags=["spoken", "voice"],
    ),
    # ======================================================= red-lantern (WhatsApp, Mandarin, simplified)
    M(
        "red-lantern",
        "你好，明天送：郫县豆瓣 6包，花椒 4包，镇江香醋 1箱，嫩豆腐 2箱。谢谢",
        lines=[L("PASTE-PIXIAN", 6), L("SPICE-SICHUAN", 4), L("VIN-CHINKIANG", 1), L("TOFU-SILKEN", 2)],
        tags=["simplified"],
    ),
    M(
        "red-lantern",
        "五花肉 40斤，肉末 12公斤，周四上午送到",
        lines=[L("MEAT-PORKBELLY", 20), L("MEAT-PORKMINCE", 12)],
        notes="40斤 from a mainland kitchen is 40 jin of 500g = 20kg; 周四 is a day, not a quantity.",
        tags=["simplified", "weight", "jin"],
    ),
    M(
        "red-lantern",
        "老干妈 2箱，豆瓣酱 6包",
        lines=[F(LGM, 2), L("PASTE-PIXIAN", 6)],
        notes="老干妈 fits both Lao Gan Ma products; 豆瓣酱 by the 包 (bag) is the Pixian 1kg bag (LKK comes by the case).",
        tags=["simplified", "unit_word"],
    ),
    M(
        "red-lantern",
        "跟上周一样，再加两包木耳",
        lines=[L("MUSH-WOODEAR", 2)],
        ref="last",
        notes="Same as last week plus 2 bags of wood ear.",
        tags=["simplified"],
    ),
    M(
        "red-lantern",
        "我想问一下，你们有没有土豆淀粉？多少钱一箱",
        "QUESTION",
        tags=["simplified", "non_order_request", "not_in_catalog"],
    ),
    M(
        "red-lantern",
        "红薯粉要30包，香米20公斤的两包",
        lines=[L("NDL-SWEETPOTATO", None), F(JASMINE, 2, cv="20kg")],
        notes="30 packs of sweet potato noodles is 1.5 cases of 20: not a whole number. 香米 fits Golden Phoenix and Royal Umbrella (20kg fits both).",
        tags=["simplified", "count"],
    ),
    M("red-lantern", "上次的花椒少了一包，发票上写4包，只收到3包", "COMPLAINT", tags=["simplified"]),
    M(
        "red-lantern",
        "青岛啤酒 大瓶 2箱，菜油 3桶，大白菜 1箱",
        lines=[L("DRK-TSINGTAO", 2, "12 x 640ml Bottle"), L("OIL-VEG", 3), L("VEG-NAPA", 1)],
        notes="大瓶 (big bottles) is the 640ml Tsingtao.",
        tags=["simplified"],
    ),
    M(
        "red-lantern",
        "大虾16/20 两包，八角 1包，木耳 1包",
        lines=[L("FZ-KINGPRAWN", 2, "16/20"), L("SPICE-STARANISE", 1), L("MUSH-WOODEAR", 1)],
        tags=["simplified", "number_in_name"],
    ),
    M("red-lantern", "以后收货请联系新的厨师长小陈，电话 07700 900657，谢谢", "OTHER", tags=["simplified"]),
    M(
        "red-lantern",
        "青岛啤酒大瓶一打，红薯粉两箱",
        lines=[L("DRK-TSINGTAO", 1, "12 x 640ml Bottle"), L("NDL-SWEETPOTATO", 2)],
        notes="一打 (a dozen) big bottles = 1 case of 12 x 640ml.",
        tags=["simplified", "count"],
    ),
    # ======================================================= happy-panda (SMS, English, Glasgow)
    M(
        "happy-panda",
        "Usual for friday please. Mrs Lau, Happy Panda",
        ref="usual",
        notes="Reference to the usual order; no lines without history.",
    ),
    M(
        "happy-panda",
        "4 sacks long grain, 1 cs black bean sauce, 1 cs char siu sauce, 6 boxes mini spring rolls",
        lines=[
            L("RICE-LONGGRAIN", 4),
            L("SAUCE-BLACKBEAN", 1),
            L("SAUCE-CHARSIU", 1),
            L("DS-SPRINGROLL", 6, "Mini 20g (box of 60)"),
        ],
    ),
    M(
        "happy-panda",
        "spring rolls x6 boxes and noodle boxes x2",
        lines=[L("DS-SPRINGROLL", 6, None), L("PKG-NOODLEBOX", 2, None)],
        notes="Spring rolls (mini or large) and noodle boxes (8, 16 or 32oz) without a size.",
    ),
    M(
        "happy-panda",
        "750 x 650cc containers and 2000 pairs of wrapped chopsticks",
        lines=[L("PKG-PLASTIC", 3, "650cc"), L("PKG-CHOP-BAMBOO", 1)],
        notes="750 containers = 3 boxes of 250; 2000 pairs = 1 case of wrapped bamboo chopsticks.",
        tags=["count", "pack"],
    ),
    M(
        "happy-panda",
        "could you add 2 bags xiao long bao and a case of fortune cookies to fridays delivery",
        lines=[N(2, "xiao long bao"), L("SNACK-FORTUNE", 1)],
        notes="Addition to Friday's order. Xiao long bao are not in catalog.",
        tags=["non_order_request"],
    ),
    M(
        "happy-panda",
        "Please cancel Friday's order, we are closed for a family funeral. Sorry. Mrs Lau",
        "CANCEL",
    ),
    M(
        "happy-panda",
        "2 bags of bean sprouts, 3 bags prawn crackers and a case of LKK chilli bean sauce for tomorrow thanks",
        lines=[L("VEG-BEANSPROUTS", 2), L("SNACK-PRAWNCRACKER", 3), L("PASTE-TOBAN", 1)],
    ),
    M(
        "happy-panda",
        "Mrs Lau: 1 cs fortune cookies, 1 box foil containers no.2, 2 cs dark soy",
        lines=[L("SNACK-FORTUNE", 1), L("PKG-FOIL", 1), L("SOY-PRB-DARK", 2)],
        notes="no.2 is the foil container size in the name; dark soy is the plain PRB dark (mushroom soy carries its word).",
        tags=["number_in_name"],
    ),
    M(
        "happy-panda",
        "12 bottles prb light soy 500ml and 6 big bottles of dark soy",
        lines=[L("SOY-PRB-LIGHT", 1, "12 x 500ml"), L("SOY-PRB-DARK", 1)],
        notes="12 bottles of 500ml = 1 case of 12; 6 big bottles = 1 case of 6 x 1.8L.",
        tags=["container", "count"],
    ),
    M(
        "happy-panda",
        "Hi, I'd like to book a table for 6 at 7pm tonight please, name Wong",
        "OTHER",
        notes="A table booking sent to the wrong number.",
        tags=["non_order_request"],
    ),
    # ======================================================= dragon-pearl (email, English, supermarket)
    M(
        "dragon-pearl",
        "Subject: PO DP-40781\n\nHello,\n\nPlease deliver on Wednesday:\n- Nissin Demae sesame x 10 cs\n"
        "- Nissin Demae chicken x 6 cs\n- Golden Phoenix 5kg x 20\n- Glutinous rice 5kg x 10 bags\n\nRegards,\n"
        "Priya Chen\nBuying, Dragon Pearl Oriental Supermarket\nUnit 4, 118 Ladypool Road, Birmingham\nTel 020 7946 0731",
        lines=[
            L("NDL-NISSIN-SESAME", 10),
            L("NDL-NISSIN-CHICKEN", 6),
            L("RICE-GP-JASMINE", 20, "5kg"),
            L("RICE-GLUTINOUS", 10),
        ],
        notes="PO number, unit and street numbers and the phone are not quantities.",
        tags=["signature", "number_in_name"],
    ),
    M(
        "dragon-pearl",
        "Subject: top-up\n\nHi, could we get 6 cases of Lao Gan Ma and 4 cases of demae please? Thursday is fine.\n\nPriya",
        lines=[F(LGM, 6), F(DEMAE, 4)],
        notes="Lao Gan Ma (crispy chilli or black bean) and demae (sesame or chicken) are both open.",
        tags=["non_order_request"],
    ),
    M(
        "dragon-pearl",
        "Subject: drinks\n\nPlease send 288 cans of Wong Lo Kat and 144 Tsingtao cans with Thursday's delivery.\n\nThanks, Priya",
        lines=[L("DRK-WLK", 12), L("DRK-TSINGTAO", 6, "24 x 330ml Can")],
        notes="288 cans = 12 cases of 24; 144 cans = 6 cases of 24.",
        tags=["count", "container"],
    ),
    M(
        "dragon-pearl",
        "Subject: Mid-Autumn\n\nHi, are you taking orders for mooncakes this year? We'd want lotus seed with yolk, "
        "around 40 boxes, but need prices first - not ordering yet.\n\nPriya",
        "QUESTION",
        tags=["not_in_catalog"],
    ),
    M(
        "dragon-pearl",
        "Subject: repeat order\n\nHi, please repeat last week's order but with 8 cases of Kikkoman instead of 3, and no "
        "water chestnuts.\n\nBest,\nPriya Chen\n07700 900658",
        lines=[L("SOY-KIKKOMAN", 8, role="set")],
        ref="last",
        remove=["TIN-WATERCHESTNUT"],
        notes="Last week's order with a new Kikkoman quantity and without the water chestnuts.",
        tags=["signature"],
    ),
    M(
        "dragon-pearl",
        "Subject: INV-58213 short delivery\n\nHi, invoice INV-58213 charges us for 10 bags of glutinous rice but only "
        "8 arrived. Please credit 2 bags.\n\nPriya",
        "COMPLAINT",
    ),
    M(
        "dragon-pearl",
        "Subject: PO DP-40812\n\n1. Jasmine tea 500g - 5 bags\n2. Longkou vermicelli - 2 cases\n3. Bamboo shoots - 2 "
        "cases\n4. Glutinous rice flour - 3 cases\n\nDelivery Friday before 11am please.\nPriya",
        lines=[L("TEA-JASMINE", 5), L("NDL-MUNGBEAN", 2), L("TIN-BAMBOO", 2), L("FLOUR-GLUTRICE", 3)],
        notes="List numbering, 500g and 11am are not quantities.",
        tags=["number_in_name"],
    ),
    M(
        "dragon-pearl",
        "Subject: coconut milk\n\nHi, can you add 60 tins of Chaokoh coconut milk to Friday?\n\nPriya",
        lines=[L("TIN-COCONUT", None)],
        notes="60 tins is 2.5 cases of 24: not a whole number.",
        tags=["count", "container", "non_order_request"],
    ),
    M(
        "dragon-pearl",
        "Subject: PO DP-40839\n\nPlease send 4 cases Lao Gan Ma black bean chilli oil, 8 cases of the crispy chilli oil, "
        "3 cases Kikkoman 1L and 2 cases water chestnuts.\n\nPriya Chen",
        lines=[
            L("CHILLI-LGM-BLACKBEAN", 4),
            L("CHILLI-LGM-CRISPY", 8),
            L("SOY-KIKKOMAN", 3),
            L("TIN-WATERCHESTNUT", 2),
        ],
        notes="1L is the Kikkoman bottle size in the name.",
        tags=["number_in_name"],
    ),
    M(
        "dragon-pearl",
        "Subject: drinks top-up\n\n2 x 24 Tsingtao cans and 3 x 24 Wong Lo Kat please.\n\nPriya",
        lines=[L("DRK-TSINGTAO", 2, "24 x 330ml Can"), L("DRK-WLK", 3)],
        notes="2 x 24 and 3 x 24 are inline cases.",
        tags=["pack"],
    ),
    # ======================================================= fook-hing (email, Cantonese, traditional)
    M(
        "fook-hing",
        "主題：訂貨 8月1日\n\n你好，\n請於星期三送貨：\n皇傘牌香米 20公斤 10包\n金鳳凰香米 10公斤 15包\n冬菇 1公斤裝 6包\n\n"
        "黃生\n福興東方超市\n電話 020 7946 0652",
        lines=[L("RICE-RU-JASMINE", 10), L("RICE-GP-JASMINE", 15, "10kg"), L("MUSH-SHIITAKE", 6, "1kg")],
        notes="8月1日, the sack weights and the phone are not quantities; 包 is the sack or bag.",
        tags=["traditional", "signature", "number_in_name"],
    ),
    M(
        "fook-hing",
        "主題：補貨\n\n蠔油 4箱 (細樽)\n生抽 6箱 細樽\n蝦米 20包\n\n黃生",
        lines=[
            F(OYSTER, 4, cv="12 x 510g"),
            F(LIGHT_SOY, 6, cv="12 x 500ml"),
            L("SEA-DRIEDSHRIMP", 20, None),
        ],
        notes="蠔油 (Panda or Premium) and 生抽 (PRB or LKK light soy) are family words; 細樽 names the small bottles; 蝦米 without its bag size.",
        tags=["traditional"],
    ),
    M(
        "fook-hing",
        "主題：茶同飲品\n\n普洱 4包\n鐵觀音 6包\n王老吉 192罐\n\n唔該",
        lines=[L("TEA-PUERH", 4), L("TEA-TIEGUANYIN", 6), L("DRK-WLK", 8)],
        notes="192 cans = 8 cases of 24.",
        tags=["traditional", "count", "container"],
    ),
    M(
        "fook-hing",
        "主題：乾貨\n\n冬菇 10公斤\n瑤柱 3包\n\n黃生",
        lines=[L("MUSH-SHIITAKE", None, None), L("SEA-CONPOY", 3)],
        notes="10公斤 of shiitake is 10 bags of 1kg or 2 cartons of 5kg: ambiguous variant and quantity.",
        tags=["traditional", "weight"],
    ),
    M(
        "fook-hing",
        "主題：價目表\n\n你好，想要一份最新價目表，特別係乾貨同米。唔該。\n黃生",
        "QUESTION",
        tags=["traditional"],
    ),
    M(
        "fook-hing",
        "主題：新送貨地址\n\n由下個月起，我哋嘅送貨地址改為 Unit 9, 40 Hyde Road, Manchester。請更新記錄。\n\n黃生",
        "OTHER",
        tags=["traditional"],
    ),
    M(
        "fook-hing",
        "主題：訂單 PO FH-2231\n\n蓮蓉 2箱\n米粉 4箱\n草菇罐頭 2箱\n\n多謝",
        lines=[L("FILL-LOTUS", 2), L("NDL-VERMICELLI", 4), L("TIN-STRAWMUSH", 2)],
        tags=["traditional"],
    ),
    M(
        "fook-hing",
        "主題：加單\n\n半箱王老吉同埋半箱維他奶，星期五一齊送",
        lines=[L("DRK-WLK", 0.5), L("DRK-VITASOY", 0.5)],
        notes="Half cases: a fraction of an indivisible case is never shipped as written.",
        tags=["traditional", "fraction"],
    ),
    M(
        "fook-hing",
        "主題：補貨 PO FH-2240\n\n草菇老抽 3箱\n維他奶 2箱\n紅豆沙 1箱\n\n黃生",
        lines=[L("SOY-MUSHROOM", 3), L("DRK-VITASOY", 2), L("FILL-REDBEAN", 1)],
        tags=["traditional"],
    ),
    # ======================================================= xian-noodle (WhatsApp, Mandarin, simplified + pinyin)
    M(
        "xian-noodle",
        "饺子皮大的 6箱，韭菜 3公斤，肉末 8公斤，明天中午前",
        lines=[L("WRAP-DUMPLING", 6, "Large 10cm"), L("VEG-CHIVES", 3), L("MEAT-PORKMINCE", 8)],
        notes="大的 picks the large dumpling wrappers.",
        tags=["simplified"],
    ),
    M(
        "xian-noodle",
        "jiaozi pi 6 xiang, cu mian 6 bao",
        lines=[L("WRAP-DUMPLING", 6, None), L("NDL-SHANGHAI", 6)],
        notes="Dumpling wrappers without a size.",
        tags=["pinyin"],
    ),
    M(
        "xian-noodle",
        "醋 2箱，辣椒油 3箱",
        lines=[F(VINEGAR, 2), F(LGM, 3)],
        notes="醋 fits three vinegars; 辣椒油 fits both Lao Gan Ma oils.",
        tags=["simplified"],
    ),
    M(
        "xian-noodle",
        "xiang cu 2 xiang, ma you 1 xiang, hua jiao 1 bao, xie xie",
        lines=[L("VIN-CHINKIANG", 2), L("OIL-SESAME", 1), L("SPICE-SICHUAN", 1)],
        tags=["pinyin"],
    ),
    M("xian-noodle", "你们的饺子皮是冷冻的还是冷藏的？能放几天？", "QUESTION", tags=["simplified"]),
    M(
        "xian-noodle",
        "明天送莲藕五公斤生姜两公斤大白菜两箱",
        lines=[N(5, "fresh lotus root"), L("VEG-GINGER", 2), L("VEG-NAPA", 2)],
        notes="Spoken list without separators. Fresh lotus root is not in catalog.",
        tags=["simplified", "spoken"],
    ),
    M(
        "xian-noodle",
        "zhe zhou yao san bao cu mian liang gong jin jiucai yi xiang da baicai",
        lines=[L("NDL-SHANGHAI", 3), L("VEG-CHIVES", 2), L("VEG-NAPA", 1)],
        notes="Pinyin voice note without separators; da baicai is napa cabbage.",
        tags=["pinyin", "spoken", "voice"],
    ),
    M(
        "xian-noodle",
        "周四的订单改到周五送，谢谢",
        "CHANGE",
        change=[],
        notes="Moves the day of a placed order.",
        tags=["simplified"],
    ),
    M(
        "xian-noodle",
        "wonton pi hou de 2 xiang, wuxiangfen 1 bao, sheng jiang 2 gongjin",
        lines=[L("WRAP-WONTON", 2, "Thick (Shanghai Style)"), L("SPICE-FIVESPICE", 1), L("VEG-GINGER", 2)],
        notes="hou de (厚的, thick) picks the Shanghai-style wrappers.",
        tags=["pinyin", "code_mixed"],
    ),
    # ======================================================= bamboo-house (email, English, Cardiff)
    M(
        "bamboo-house",
        "Subject: order for Tuesday\n\nHi,\n\n12 frozen ducks, 4 bags king prawns 16/20 and 2 cases of bok choy "
        "(regular, not baby).\n\nThanks,\nDavid Ng\nBamboo House, 27 Caroline Street, Cardiff\n020 7946 0418",
        lines=[L("POUL-DUCK", 2), L("FZ-KINGPRAWN", 4, "16/20"), L("VEG-BOKCHOY", 2, "Regular")],
        notes="12 ducks = 2 boxes of 6.",
        tags=["count", "signature", "number_in_name"],
    ),
    M(
        "bamboo-house",
        "Subject: usual\n\nHello, our usual order for Tuesday please, plus 2 cases of straw mushrooms.\n\nDavid",
        lines=[L("TIN-STRAWMUSH", 2)],
        ref="usual",
        notes="The usual plus an addition.",
    ),
    M(
        "bamboo-house",
        "Subject: Re: order\n\nSorry, forgot - 4 bags of prawns as well please, same delivery.\nDavid",
        lines=[L("FZ-KINGPRAWN", 4, None)],
        notes="'prawns' are the frozen king prawns (dried shrimp, wontons and har gow carry their words); size not given.",
    ),
    M(
        "bamboo-house",
        "Subject: allergen info\n\nCould you send the allergen sheet for the Panda oyster sauce and the hoisin? An "
        "inspector is visiting on 9 August.\n\nDavid",
        "QUESTION",
        tags=["non_order_request"],
    ),
    M(
        "bamboo-house",
        "Subject: Friday\n\n3 cases spring roll pastry 8.5 inch, 2 cases baby corn, 1 bag MSG\n\nDavid",
        lines=[L("WRAP-SPRINGROLL", 3, "215mm"), L("TIN-BABYCORN", 2), L("SEAS-MSG", 1)],
        notes="8.5 inch is the 215mm sheet.",
        tags=["number_in_name"],
    ),
    M(
        "bamboo-house",
        "Subject: damaged drum\n\nHi, one of the two veg oil drums delivered yesterday was split at the seam and leaked "
        "over the cold room floor. Please replace it with the next delivery.\n\nDavid",
        "COMPLAINT",
    ),
    M(
        "bamboo-house",
        "Subject: order\n\nHi, 2 cases oyster sauce Panda 2.27kg, 1 case hoisin, 1 case PRB dark soy. Thanks, David",
        lines=[L("OYS-PANDA", 2, "6 x 2.27kg"), L("SAUCE-HOISIN", 1), L("SOY-PRB-DARK", 1)],
        tags=["number_in_name"],
    ),
    M(
        "bamboo-house",
        "Subject: Re: order for Tuesday\n\nAlso 1 case water chestnuts and 1 case sesame oil please, same delivery.\n\n"
        "David\n\n> 12 frozen ducks, 4 bags king prawns 16/20 and 2 cases of bok choy (regular, not baby).",
        lines=[L("TIN-WATERCHESTNUT", 1), L("OIL-SESAME", 1)],
        notes="The quoted lines belong to the earlier order; only the new lines count.",
        tags=["quoted"],
    ),
    # ======================================================= imperial-roast (SMS, Cantonese romanised)
    M(
        "imperial-roast",
        "Tam sifu: 8 box ngaap, 25 kg naam yuk, 20 kg mui tau, m goi",
        lines=[L("POUL-DUCK", 8), L("MEAT-PORKBELLY", 25), L("MEAT-PORKSHOULDER", 20)],
        tags=["cantonese_romanised", "weight"],
    ),
    M(
        "imperial-roast",
        "jiu gau ah, tung mai 2 box fung jau",
        lines=[L("POUL-CHICKENFEET", 2)],
        ref="usual",
        notes="jiu gau (照舊) = the usual, plus 2 boxes of chicken feet.",
        tags=["cantonese_romanised"],
    ),
    M(
        "imperial-roast",
        "sung 60 box ngaap tmr",
        lines=[L("POUL-DUCK", 60)],
        outlier=True,
        notes="60 boxes of ducks with no reason given; the roast house takes about 8 (followed by a correction).",
        tags=["cantonese_romanised"],
    ),
    M(
        "imperial-roast",
        "sorry typo, ngaap 6 box m hai 60",
        "CHANGE",
        change=[L("POUL-DUCK", 6)],
        notes="Corrects the duck quantity of the order just placed.",
        tags=["cantonese_romanised"],
    ),
    M(
        "imperial-roast",
        "20 zek ngaap, 2 seung char siu jeung",
        lines=[L("POUL-DUCK", None), L("SAUCE-CHARSIU", 2)],
        notes="20 ducks is 3.33 boxes of 6: not a whole number.",
        tags=["cantonese_romanised", "count"],
    ),
    M(
        "imperial-roast",
        "mui tau ge ga chin gam go lai baai yau mou bin?",
        "QUESTION",
        tags=["cantonese_romanised"],
    ),
    M(
        "imperial-roast",
        "2 seung char siu jeung, 1 seung hoi sin, 2 bau ng heung fan, 1 bau baat gok",
        lines=[L("SAUCE-CHARSIU", 2), L("SAUCE-HOISIN", 1), L("SPICE-FIVESPICE", 2), L("SPICE-STARANISE", 1)],
        tags=["cantonese_romanised"],
    ),
    M(
        "imperial-roast",
        "3 box 1000cc hap, 2 gin choi sum",
        lines=[L("PKG-PLASTIC", 3, "1000cc"), L("VEG-CHOYSUM", 2)],
        notes="1000cc is the container size; gin (件) is a case.",
        tags=["cantonese_romanised", "number_in_name"],
    ),
    M(
        "imperial-roast",
        "2 bau mei jing, saang geung 5kg, 1 seung gau jong ho yau daai jeun",
        lines=[L("SEAS-MSG", 2), L("VEG-GINGER", 5), L("OYS-PREMIUM", 1, "6 x 2.27kg")],
        notes="gau jong (舊庄) is the Premium oyster sauce; daai jeun (大樽) the big bottles.",
        tags=["cantonese_romanised"],
    ),
    # ======================================================= dumpling-lab (WhatsApp, English, Bristol)
    M(
        "dumpling-lab",
        "hiya! 8 cases small dumpling wrappers, 3 cases HK style wonton wrappers, 10kg pork mince pls 🥟",
        lines=[
            L("WRAP-DUMPLING", 8, "Small 8cm"),
            L("WRAP-WONTON", 3, "Thin (HK Style)"),
            L("MEAT-PORKMINCE", 10),
        ],
        tags=["emoji"],
    ),
    M(
        "dumpling-lab",
        "can we get 5 cases of wrappers and 4kg chives for tomorrow?",
        lines=[F(WRAPPERS, 5), L("VEG-CHIVES", 4)],
        notes="'wrappers' fits wonton, dumpling, siu mai and spring roll wrappers.",
        tags=["non_order_request"],
    ),
    M(
        "dumpling-lab",
        "10 packs gold melamine chopsticks for the new tables + 2 packs red",
        lines=[L("PKG-CHOP-MELAMINE", 10, None, nofill=True), L("PKG-CHOP-MELAMINE", 2, "Red")],
        notes="Gold is not a colour of the melamine chopsticks (black, red, ivory): ambiguous, never filled from history.",
    ),
    M(
        "dumpling-lab",
        "i'd like two cases of small dumpling wrappers a bag of prawns 31 40 and a case of black vinegar",
        lines=[L("WRAP-DUMPLING", 2, "Small 8cm"), L("FZ-KINGPRAWN", 1, "31/40"), L("VIN-CHINKIANG", 1)],
        notes="Spoken list without commas; 'i'd like' opens the order; 31 40 is the prawn size.",
        tags=["spoken", "non_order_request", "number_in_name"],
    ),
    M(
        "dumpling-lab",
        "I'd like to add our new sous chef Tom to this chat so he can order when I'm off - his number is 07700 900659",
        "OTHER",
        tags=["non_order_request"],
    ),
    M(
        "dumpling-lab",
        "3 packs black melamine chopsticks + 2 cases 16oz noodle boxes",
        lines=[L("PKG-CHOP-MELAMINE", 3, "Black"), L("PKG-NOODLEBOX", 2, "16oz")],
    ),
    M(
        "dumpling-lab",
        "same as last wk but double the prawns",
        ref="last",
        double=["FZ-KINGPRAWN"],
        notes="Last week's order with the prawns doubled; no lines without history.",
    ),
    M(
        "dumpling-lab",
        "send 2 x 16oz containers pls",
        lines=[F(CONT16, 2, cv="16oz")],
        notes="16oz fits the noodle boxes and the soup containers (16oz in the name).",
        tags=["number_in_name"],
    ),
    M(
        "dumpling-lab",
        "Mia here 👋 1 case tapioca starch, 1 case sesame oil and 5 bags of 31-40 prawns please",
        lines=[L("STARCH-TAPIOCA", 1), L("OIL-SESAME", 1), L("FZ-KINGPRAWN", 5, "31/40")],
        tags=["emoji", "number_in_name"],
    ),
    M(
        "dumpling-lab",
        "chilli bean paste x2 and 3 cases wonton wrappers thx",
        lines=[F(CHILLI_BEAN, 2), L("WRAP-WONTON", 3, None)],
        notes="Chilli bean paste fits the LKK toban djan and the Pixian bag; wonton wrappers without thin or thick.",
    ),
    M(
        "dumpling-lab",
        "the 3 cases of dumpling wrappers yesterday were the large ones, we ordered small. can you swap?",
        "COMPLAINT",
    ),
    # ======================================================= dongbei-kitchen (WhatsApp, Mandarin, simplified)
    M(
        "dongbei-kitchen",
        "张姐：猪肉韭菜饺 6包，素饺 4包，馒头 6包，老豆腐 2箱",
        lines=[L("DS-PORKCHIVE", 6), L("DS-VEGDUMP", 4), L("BUN-MANTOU", 6), L("TOFU-FIRM", 2)],
        tags=["simplified"],
    ),
    M(
        "dongbei-kitchen",
        "饺子 10包，豆腐也要2箱，明天送",
        lines=[F(DUMPLINGS, 10), F(TOFU, 2)],
        notes="饺子 fits the pork & chive and the vegetable dumplings; 豆腐 fits firm and silken tofu.",
        tags=["simplified"],
    ),
    M(
        "dongbei-kitchen",
        "豆腐 3箱，腐皮 2箱",
        lines=[F(TOFU, 3), L("TOFU-SKIN", 2)],
        notes="豆腐 fits firm and silken tofu; 腐皮 is the beancurd sheets.",
        tags=["simplified"],
    ),
    M(
        "dongbei-kitchen",
        "老样子，这周不要馒头",
        ref="usual",
        remove=["BUN-MANTOU"],
        notes="The usual without the mantou; no lines without history.",
        tags=["simplified"],
    ),
    M(
        "dongbei-kitchen",
        "土豆淀粉 2箱，大白菜 3箱",
        lines=[N(2, "potato starch"), L("VEG-NAPA", 3)],
        notes="Potato starch is not in catalog (corn, tapioca and wheat starch are).",
        tags=["simplified"],
    ),
    M("dongbei-kitchen", "请问8月14号那周你们照常送货吗？", "QUESTION", tags=["simplified"]),
    M(
        "dongbei-kitchen",
        "粉条2箱 五花肉8公斤 老抽1箱 长粒米2包",
        lines=[L("NDL-SWEETPOTATO", 2), L("MEAT-PORKBELLY", 8), L("SOY-PRB-DARK", 1), L("RICE-LONGGRAIN", 2)],
        notes="粉条 is the sweet potato noodle; 包 of rice is the sack.",
        tags=["simplified", "spoken"],
    ),
    M("dongbei-kitchen", "昨天的馒头有一包发霉了，麻烦下次补一包", "COMPLAINT", tags=["simplified"]),
    M(
        "dongbei-kitchen",
        "镇江香醋两箱，八角一包，龙口粉丝一箱",
        lines=[L("VIN-CHINKIANG", 2), L("SPICE-STARANISE", 1), L("NDL-MUNGBEAN", 1)],
        tags=["simplified"],
    ),
    M(
        "dongbei-kitchen",
        "我想订周六晚上两桌，十个人一桌",
        "OTHER",
        notes="A restaurant booking sent to the supplier by mistake.",
        tags=["simplified", "non_order_request"],
    ),
    # ======================================================= hotpot-city (WhatsApp, Mandarin, simplified)
    M(
        "hotpot-city",
        "刘经理订货：郫县豆瓣8包 花椒5包 八角2包 豆腐泡3箱 腐皮3箱",
        lines=[
            L("PASTE-PIXIAN", 8),
            L("SPICE-SICHUAN", 5),
            L("SPICE-STARANISE", 2),
            L("TOFU-PUFFS", 3),
            L("TOFU-SKIN", 3),
        ],
        tags=["simplified", "spoken"],
    ),
    M(
        "hotpot-city",
        "跟上次一样，另外加虾2包",
        lines=[L("FZ-KINGPRAWN", 2, None)],
        ref="last",
        notes="Same as last time plus 2 bags of prawns (虾 is the frozen king prawn; size not given).",
        tags=["simplified"],
    ),
    M(
        "hotpot-city",
        "粉丝2箱 粉条4箱 木耳2包",
        lines=[L("NDL-MUNGBEAN", 2), L("NDL-SWEETPOTATO", 4), L("MUSH-WOODEAR", 2)],
        tags=["simplified", "spoken"],
    ),
    M(
        "hotpot-city",
        "香菇 3包，金针菇 5箱",
        lines=[L("MUSH-SHIITAKE", 3, None), N(5, "enoki mushrooms")],
        notes="香菇 is the whole dried shiitake, bag size not given; enoki is not in catalog.",
        tags=["simplified"],
    ),
    M(
        "hotpot-city",
        "你们有没有牛油火锅底料？想要10箱，先问价格",
        "QUESTION",
        notes="A price question about an unstocked hotpot base; not an order.",
        tags=["simplified", "not_in_catalog"],
    ),
    M(
        "hotpot-city",
        "麻油 2到3箱，大虾 21/25 三包",
        lines=[L("OIL-SESAME", None), L("FZ-KINGPRAWN", 3, "21/25")],
        notes="2到3箱 is a range: quantities not stated.",
        tags=["simplified", "range", "number_in_name"],
    ),
    M("hotpot-city", "今天的单取消，厨房水管坏了，这两天停业", "CANCEL", tags=["simplified"]),
    M(
        "hotpot-city",
        "老豆腐3箱 大白菜4箱 五花肉6公斤 明早十点前到",
        lines=[L("TOFU-FIRM", 3), L("VEG-NAPA", 4), L("MEAT-PORKBELLY", 6)],
        notes="十点 is a time.",
        tags=["simplified", "spoken"],
    ),
    M(
        "hotpot-city",
        "冬菇片 2包 草菇 2箱 味精 1包",
        lines=[L("MUSH-SLICED", 2), L("TIN-STRAWMUSH", 2), L("SEAS-MSG", 1)],
        tags=["simplified", "spoken"],
    ),
    M("hotpot-city", "下周开始我们周二也营业，送货时间不变", "OTHER", tags=["simplified"]),
    # ======================================================= mei-wah (WhatsApp, Cantonese, traditional)
    M(
        "mei-wah",
        "包點粉 12包，蓮蓉 3箱，豆沙 3箱，包底紙 4包",
        lines=[L("FLOUR-BAO", 12), L("FILL-LOTUS", 3), L("FILL-REDBEAN", 3), L("PKG-BAOPAPER", 4)],
        tags=["traditional"],
    ),
    M(
        "mei-wah",
        "餡料 6箱，糯米粉 2箱",
        lines=[F(FILLINGS, 6), L("FLOUR-GLUTRICE", 2)],
        notes="餡料 (fillings) fits the red bean and the lotus paste.",
        tags=["traditional"],
    ),
    M(
        "mei-wah",
        "同上個禮拜一樣，但係包點粉要 15 包",
        lines=[L("FLOUR-BAO", 15, role="set")],
        ref="last",
        notes="Same as last week with a new bao flour quantity.",
        tags=["traditional"],
    ),
    M(
        "mei-wah",
        "澄麵 1箱、椰漿 2箱、煎堆 2包",
        lines=[L("STARCH-WHEAT", 1), L("TIN-COCONUT", 2), L("DS-SESAMEBALL", 2)],
        tags=["traditional"],
    ),
    M("mei-wah", "多謝上次幫我哋換咗啲紙，師傅話好用 👍", "OTHER", tags=["traditional", "emoji"]),
    M(
        "mei-wah",
        "有冇咸蛋黃？有嘅話要 5盒",
        lines=[N(5, "salted egg yolks")],
        review=True,
        nohist=True,
        notes="Conditional order on salted egg yolks, which are not in catalog.",
        tags=["traditional", "conditional"],
    ),
    M(
        "mei-wah",
        "蓮蓉 48罐，包底紙 2000張",
        lines=[L("FILL-LOTUS", 2), L("PKG-BAOPAPER", 2)],
        notes="48 tins = 2 cases of 24; 2000 sheets = 2 packs of 1000.",
        tags=["traditional", "count"],
    ),
    M(
        "mei-wah",
        "粘米粉 1箱，糯米粉 2箱，蒸籠紙 1包",
        lines=[L("FLOUR-RICE", 1), L("FLOUR-GLUTRICE", 2), L("PKG-STEAMPAPER", 1)],
        tags=["traditional"],
    ),
    M(
        "mei-wah",
        "星期五嗰張單，蓮蓉改做 4箱，唔該",
        "CHANGE",
        change=[L("FILL-LOTUS", 4)],
        notes="Changes the lotus paste quantity of Friday's placed order.",
        tags=["traditional"],
    ),
    # ======================================================= lotus-tea-house (email, English, Bristol)
    M(
        "lotus-tea-house",
        "Subject: Weekend dim sum order\n\nHi team,\n\nFor Friday please:\n5 trays har gow\n4 trays jumbo siu mai\n"
        "3 trays baked char siu bao\n3 trays custard buns\n\nMany thanks,\nGrace Leung\nLotus Tea House, 9 Park Row, "
        "Bristol\n07700 900660",
        lines=[
            L("DS-HARGOW", 5),
            L("DS-SIUMAI", 4, "Jumbo 40g (tray of 30)"),
            L("BUN-CHARSIU-BAKED", 3),
            L("BUN-CUSTARD", 3),
        ],
        notes="'custard buns' are the nai wong bao (the salted egg lau sa bao carries its words).",
        tags=["signature"],
    ),
    M(
        "lotus-tea-house",
        "Subject: extra for Sunday\n\nCould you add 2 trays of char siu bao and 60 spring rolls (large) to Sunday's "
        "delivery?\n\nGrace",
        lines=[F(CSB, 2), L("DS-SPRINGROLL", 2, "Large 50g (box of 30)")],
        notes="Bare char siu bao fits steamed and baked; 60 large spring rolls = 2 boxes of 30.",
        tags=["count", "non_order_request"],
    ),
    M(
        "lotus-tea-house",
        "Subject: usual\n\nUsual order please, but 6 trays of har gow instead of 5 and no taro dumplings this time.\n\n"
        "Grace",
        lines=[L("DS-HARGOW", 6, role="set")],
        ref="usual",
        remove=["DS-TARO"],
        notes="The usual with a new har gow quantity and without the taro dumplings.",
    ),
    M(
        "lotus-tea-house",
        "Subject: tea\n\nHello, do you stock Longjing (Dragon Well) tea? We'd like to offer it alongside the jasmine and "
        "chrysanthemum.\n\nGrace",
        "QUESTION",
        tags=["not_in_catalog"],
    ),
    M(
        "lotus-tea-house",
        "Subject: tea restock\n\n2 bags jasmine, 2 bags chrysanthemum, 2 bags bo lei please.\nGrace",
        lines=[L("TEA-JASMINE", 2), L("TEA-CHRYSANTHEMUM", 2), L("TEA-PUERH", 2)],
        notes="In a tea restock, 'jasmine' by the bag is the jasmine tea (the rice comes by the sack).",
    ),
    M(
        "lotus-tea-house",
        "Subject: har gow\n\nThe last two trays of har gow had a lot of split skins after steaming - about a third of "
        "them. Can someone look into the batch?\n\nGrace",
        "COMPLAINT",
    ),
    M(
        "lotus-tea-house",
        "Subject: wontons\n\n150 prawn wontons and 2 packs of steamer paper for Thursday please.\n\nGrace",
        lines=[L("DS-WONTON", 3), L("PKG-STEAMPAPER", 2)],
        notes="150 wontons = 3 bags of 50.",
        tags=["count"],
    ),
    M(
        "lotus-tea-house",
        "Subject: Sunday top-up\n\nPlease add 2 trays lo mai gai and 2 trays lau sa bao to Sunday's order.\n\nGrace",
        lines=[L("DS-LOMAIGAI", 2), L("BUN-LAUSA", 2)],
    ),
    # ======================================================= campus-wok (email, English, university)
    M(
        "campus-wok",
        "Subject: PO CW-11872 - Freshers week\n\nHello,\n\nAhead of freshers week (approx. 2,400 students on site) please "
        "deliver on Monday 7 August:\n- 12 sacks long grain rice\n- 8 cases dried egg noodles\n- 6 cases noodle boxes "
        "32oz\n- 2 cases twin chopsticks\n\nKind regards,\nJoe Bright\nCatering Manager, Campus Wok\n020 7946 0877",
        lines=[
            L("RICE-LONGGRAIN", 12),
            L("NDL-EGG-DRIED", 8),
            L("PKG-NOODLEBOX", 6, "32oz"),
            L("PKG-CHOP-TWIN", 2),
        ],
        notes="A larger order with a reason (freshers week), not an outlier; 2,400 students and the date are not quantities.",
        tags=["signature"],
    ),
    M(
        "campus-wok",
        "Subject: noodles\n\nPlease add 3 cases of rice sticks to Thursday.\nJoe",
        lines=[L("NDL-RICESTICK", 3, None)],
        notes="Rice sticks without a width.",
    ),
    M(
        "campus-wok",
        "Subject: tofu\n\nCan you add 30 packs of firm tofu please?\nJoe",
        lines=[L("TOFU-FIRM", None)],
        notes="30 packs is 1.5 cases of 20: not a whole number.",
        tags=["count", "non_order_request"],
    ),
    M(
        "campus-wok",
        "Subject: invoice copy\n\nCould I get a copy of invoice INV-58177? Finance can't find it.\n\nJoe",
        "QUESTION",
        tags=["non_order_request"],
    ),
    M(
        "campus-wok",
        "Subject: Thursday\n\n4 drums vegetable oil, 4 bags bean sprouts, 2 cases Kikkoman, 2 cases sweet chilli.\n\nThanks",
        lines=[L("OIL-VEG", 4), L("VEG-BEANSPROUTS", 4), L("SOY-KIKKOMAN", 2), L("SAUCE-SWEETCHILLI", 2)],
    ),
    M(
        "campus-wok",
        "Subject: Order on account\n\nPlease send 6 sacks of long grain and 4 cases of dried egg noodles, and put it on "
        "our 60-day account as agreed with Finance (PO to follow).\n\nJoe",
        lines=[L("RICE-LONGGRAIN", 6), L("NDL-EGG-DRIED", 4)],
        review=True,
        nohist=True,
        notes="Order on a 60-day account: needs a human to approve the credit.",
        tags=["credit"],
    ),
    M(
        "campus-wok",
        "Subject: Automatic reply: Delivery note DN-30911\n\nThank you for your email. I am out of the office until "
        "Monday 14 August with limited access to email. For urgent catering matters please call 020 7946 0878.\n\n"
        "Joe Bright",
        "OTHER",
    ),
    M(
        "campus-wok",
        "Subject: vegan station\n\nFor the new vegan counter: 2 cases vegetarian oyster sauce and 2 cases silken tofu, "
        "Monday delivery please.\n\nJoe",
        lines=[L("OYS-VEG", 2), L("TOFU-SILKEN", 2)],
    ),
    M(
        "campus-wok",
        "Subject: spring rolls\n\nPlease could you send 4 boxes of mini spring rolls and 1 case of baby corn on "
        "Thursday?\n\nJoe",
        lines=[L("DS-SPRINGROLL", 4, "Mini 20g (box of 60)"), L("TIN-BABYCORN", 1)],
        tags=["non_order_request"],
    ),
    # ======================================================= min-jiang (SMS, Mandarin in pinyin)
    M(
        "min-jiang",
        "lin: suimi 4 dai, mifen 3 xiang, douya 3 bao, xiapian 2 bao",
        lines=[
            L("RICE-BROKEN", 4),
            L("NDL-VERMICELLI", 3),
            L("VEG-BEANSPROUTS", 3),
            L("SNACK-PRAWNCRACKER", 2),
        ],
        notes="dai (袋) is the sack.",
        tags=["pinyin"],
    ),
    M(
        "min-jiang",
        "haoyou 1 xiang da ping",
        lines=[F(OYSTER, 1, cv="6 x 2.27kg")],
        notes="haoyou fits Panda and Premium; da ping (big bottles) is the 6 x 2.27kg case.",
        tags=["pinyin"],
    ),
    M(
        "min-jiang",
        "he shang zhou yiyang, dan mi yao 5 dai",
        lines=[F(RICE, 5, role="set")],
        ref="last",
        notes="Same as last week but 5 sacks of rice; 'mi' alone fits every rice.",
        tags=["pinyin"],
    ),
    M(
        "min-jiang",
        "liang xiang zhujiangqiao shengchou da ping, xiongmao haoyou yi xiang da de, 650 he san xiang",
        lines=[
            L("SOY-PRB-LIGHT", 2, "6 x 1.8L"),
            L("OYS-PANDA", 1, "6 x 2.27kg"),
            L("PKG-PLASTIC", 3, "650cc"),
        ],
        notes="zhujiangqiao shengchou is PRB light soy, xiongmao haoyou the Panda oyster sauce; 650 he are the 650cc containers.",
        tags=["pinyin"],
    ),
    M("min-jiang", "zuotian de daxia shao le yi bao, fapiao shang shi 4 bao", "COMPLAINT", tags=["pinyin"]),
    M(
        "min-jiang",
        "daxia 31/40 4 bao, xi mian 3 bao",
        lines=[L("FZ-KINGPRAWN", 4, "31/40"), L("NDL-EGG-FRESH", 3, "Thin")],
        notes="xi mian (细面) is the thin fresh egg noodle.",
        tags=["pinyin", "number_in_name"],
    ),
    M("min-jiang", "qingwen zhe zhou jiage you bian ma? mifen he suimi", "QUESTION", tags=["pinyin"]),
    M(
        "min-jiang",
        "pidan 2 xiang, xiandan 1 xiang, caiyou 2 tong",
        lines=[N(2, "century eggs"), N(1, "salted duck eggs"), L("OIL-VEG", 2)],
        notes="Century eggs and salted duck eggs are not in catalog; tong (桶) is the drum.",
        tags=["pinyin"],
    ),
    M(
        "min-jiang",
        "foil he 1 xiang, weijing 1 bao, tianlajiang 1 xiang",
        lines=[L("PKG-FOIL", 1), L("SEAS-MSG", 1), L("SAUCE-SWEETCHILLI", 1)],
        notes="foil he (foil boxes) is the No.2 foil container, sold by the box.",
        tags=["pinyin", "code_mixed"],
    ),
    M("min-jiang", "jintian de dan quxiao, che huai le", "CANCEL", tags=["pinyin"]),
    # ======================================================= kowloon-cafe (WhatsApp, Cantonese romanised / Kongish)
    M(
        "kowloon-cafe",
        "Bobby from Kowloon Cafe ah. 4 seung chut chin yat ding ma yau mei, 6 pun wide ho fun, 4 bau yau min",
        lines=[L("NDL-NISSIN-SESAME", 4), L("NDL-HOFUN", 6, "Wide 12mm"), L("NDL-EGG-FRESH", 4, "Thin")],
        notes="chut chin yat ding ma yau mei is Demae sesame; yau min (幼麵) the thin fresh egg noodle.",
        tags=["cantonese_romanised", "code_mixed"],
    ),
    M(
        "kowloon-cafe",
        "ho fun 8 pun pls, tung mai 3 pun dan tat",
        lines=[L("NDL-HOFUN", 8, None), L("DS-EGGTART", 3)],
        notes="Ho fun without its width.",
        tags=["cantonese_romanised", "code_mixed"],
    ),
    M(
        "kowloon-cafe",
        "hak bak naai 2 seung + vitasoy 2 seung",
        lines=[N(2, "Black & White evaporated milk"), L("DRK-VITASOY", 2)],
        notes="hak bak naai (黑白淡奶) evaporated milk is not in catalog.",
        tags=["cantonese_romanised"],
    ),
    M(
        "kowloon-cafe",
        "Hi ah, can I pay cash on delivery from now on? accountant on sick leave lol",
        "QUESTION",
        lang="en",
        tags=["non_order_request"],
    ),
    M(
        "kowloon-cafe",
        "mui tau 6kg, 2 box 500cc hap, 1 seung lo chau",
        lines=[L("MEAT-PORKSHOULDER", 6), L("PKG-PLASTIC", 2, "500cc"), L("SOY-PRB-DARK", 1)],
        tags=["cantonese_romanised", "code_mixed"],
    ),
    M(
        "kowloon-cafe",
        "same as last week ah but no dan tat, thx",
        ref="last",
        remove=["DS-EGGTART"],
        lang="en",
        notes="Last week's order without the egg tarts; no lines without history.",
        tags=["code_mixed"],
    ),
    M(
        "kowloon-cafe",
        "add 2 cans wong lo kat and 1 bau bo lei to tmr order pls",
        lines=[L("DRK-WLK", 2), L("TEA-PUERH", 1)],
        lang="en",
        notes="'2 cans' of a product sold by the case, N small: 2 cases (the usual meaning in the trade).",
        tags=["container", "code_mixed"],
    ),
    M(
        "kowloon-cafe",
        "Thx for sending the rice early today, life saver 🙏🙏",
        "OTHER",
        lang="en",
        tags=["emoji"],
    ),
    M(
        "kowloon-cafe",
        "2 pun dan tat, 2 bau heung mai Royal Umbrella, 1 seung panda ho yau sai jeun",
        lines=[L("DS-EGGTART", 2), L("RICE-RU-JASMINE", 2), L("OYS-PANDA", 1, "12 x 510g")],
        notes="heung mai with the brand is Royal Umbrella; sai jeun (細樽) is the small bottle case.",
        tags=["cantonese_romanised", "code_mixed"],
    ),
    M(
        "kowloon-cafe",
        "the ho fun yesterday all stuck together ah, 2 trays cannot use",
        "COMPLAINT",
        lang="en",
        tags=["code_mixed"],
    ),
    # ======================================================= lucky-wok (WhatsApp, English, Southampton)
    M(
        "lucky-wok",
        "morning! 4 x 10kg golden phoenix, 3 cs dried egg noodles, 2 cs tsingtao bottles (small ones) thx",
        lines=[
            L("RICE-GP-JASMINE", 4, "10kg"),
            L("NDL-EGG-DRIED", 3),
            L("DRK-TSINGTAO", 2, "24 x 330ml Bottle"),
        ],
        notes="4 x 10kg is 4 sacks of the 10kg; small bottles are the 330ml.",
        tags=["pack"],
    ),
    M(
        "lucky-wok",
        "rice x4 and tsingtao x2 for fri",
        lines=[F(RICE, 4), L("DRK-TSINGTAO", 2, None)],
        notes="'rice' fits every rice; Tsingtao without bottle or can size.",
    ),
    M(
        "lucky-wok",
        "2 cases of 26oz noodle boxes + 2 sacks of rice pls",
        lines=[L("PKG-NOODLEBOX", 2, None, nofill=True), F(SACK_RICE, 2)],
        notes="26oz is not a size of the noodle boxes (8, 16, 32oz): ambiguous, never filled from history. 'sacks of rice' fits the four rices sold by the sack (glutinous comes by the bag).",
        tags=["number_in_name"],
    ),
    M(
        "lucky-wok",
        "can i get 48 bottles of tsingtao 330 - no wait, make that 72 - and 1 case fortune cookies",
        lines=[L("DRK-TSINGTAO", 3, "24 x 330ml Bottle"), L("SNACK-FORTUNE", 1)],
        notes="Self-correction: 72 bottles = 3 cases of 24.",
        tags=["count", "self_correction", "non_order_request"],
    ),
    M(
        "lucky-wok",
        "30 cans tsingtao pls + 1 box carrier bags",
        lines=[L("DRK-TSINGTAO", None, "24 x 330ml Can"), L("PKG-CARRIER", 1)],
        notes="30 cans is 1.25 cases of 24: not a whole number.",
        tags=["container", "count"],
    ),
    M(
        "lucky-wok",
        "I'd like to know what the tsingtao 640s cost at the moment, thinking of switching",
        "QUESTION",
        tags=["non_order_request"],
    ),
    M(
        "lucky-wok",
        "need three boxes of large spring rolls two cases of black bean sauce and a box of carrier bags",
        lines=[L("DS-SPRINGROLL", 3, "Large 50g (box of 30)"), L("SAUCE-BLACKBEAN", 2), L("PKG-CARRIER", 1)],
        notes="Spoken list without commas.",
        tags=["spoken"],
    ),
    M(
        "lucky-wok",
        "for fridays order can u swap the 8oz noodle boxes for 16oz pls, same qty (2)",
        "CHANGE",
        change=[L("PKG-NOODLEBOX", 0, "8oz"), L("PKG-NOODLEBOX", 2, "16oz")],
        notes="Swaps the noodle-box size of a placed order.",
    ),
    M(
        "lucky-wok",
        "2 cs sweet chili + 1 cs black bean sauce + 2 bags prawn crackers",
        lines=[L("SAUCE-SWEETCHILLI", 2), L("SAUCE-BLACKBEAN", 1), L("SNACK-PRAWNCRACKER", 2)],
    ),
    M("lucky-wok", "cancel fridays delivery pls, shop shut for refit till the 10th", "CANCEL"),
    # ======================================================= golden-bowl (email, English, caterer)
    M(
        "golden-bowl",
        "Subject: Chan-Lee wedding banquet, Sat 5 Aug (380 guests)\n\nHi,\n\nFor the wedding banquet please deliver on "
        "Friday 4 August by 2pm:\n- 20 trays har gow\n- 15 trays regular siu mai\n- 10 boxes whole ducks\n- 12 bags king "
        "prawns 16/20\n\nBest wishes,\nAnnie Ho\nGolden Bowl Catering\n07700 900661",
        lines=[
            L("DS-HARGOW", 20),
            L("DS-SIUMAI", 15, "Regular 25g (tray of 50)"),
            L("POUL-DUCK", 10),
            L("FZ-KINGPRAWN", 12, "16/20"),
        ],
        notes="A large order with a reason (380 guests), not an outlier; dates, guests and times are not quantities.",
        tags=["signature", "number_in_name"],
    ),
    M(
        "golden-bowl",
        "Subject: corporate lunch\n\nHi, can you do our usual event order for the corporate lunch on the 9th? Thanks, Annie",
        ref="usual",
        notes="The caterer has no usual basket: the reference cannot be resolved.",
        tags=["ambiguous_reference", "non_order_request"],
    ),
    M(
        "golden-bowl",
        "Subject: quote please\n\nHi, could you quote for 30 trays of lo mai gai and 40 trays of custard buns for a "
        "September event? Not ordering yet, just budgeting.\n\nAnnie",
        "QUESTION",
        tags=["non_order_request"],
    ),
    M(
        "golden-bowl",
        "Subject: extras\n\nAdd 4-5 boxes of mini spring rolls to Friday please, depending on what you have.\nAnnie",
        lines=[L("DS-SPRINGROLL", None, "Mini 20g (box of 60)")],
        notes="4-5 boxes is a range: quantities not stated.",
        tags=["range"],
    ),
    M(
        "golden-bowl",
        "Subject: tea and chopsticks\n\n3 bags jasmine tea, 2 cases wrapped bamboo chopsticks and 4 boxes of the 1000cc "
        "containers for Friday.\nAnnie",
        lines=[L("TEA-JASMINE", 3), L("PKG-CHOP-BAMBOO", 2), L("PKG-PLASTIC", 4, "1000cc")],
    ),
    M(
        "golden-bowl",
        "Subject: Re: Chan-Lee wedding banquet\n\nThe couple added guests - please make the har gow 24 trays instead of "
        "20. Everything else as before.\nAnnie",
        "CHANGE",
        change=[L("DS-HARGOW", 24)],
        notes="New har gow quantity for the placed wedding order.",
    ),
    M(
        "golden-bowl",
        "Subject: Mid-week buffet\n\nPlease send on Wednesday: 6 trays steamed char siu bao, 4 bags sesame balls, 3 "
        "cases gai lan and 2 sacks Royal Umbrella.\nAnnie",
        lines=[
            L("BUN-CHARSIU-STEAMED", 6),
            L("DS-SESAMEBALL", 4),
            L("VEG-GAILAN", 3),
            L("RICE-RU-JASMINE", 2),
        ],
    ),
    # ======================================================= xiao-mian-guan (new, WhatsApp, Mandarin)
    M(
        "xiao-mian-guan",
        "你好，我们是新开的小面馆，8月10号开业。第一单：上海粗面 10包，郫县豆瓣 4包，花椒 2包，菜油 2桶。货到付款可以吗？",
        lines=[L("NDL-SHANGHAI", 10), L("PASTE-PIXIAN", 4), L("SPICE-SICHUAN", 2), L("OIL-VEG", 2)],
        notes="A first order paid on delivery ships as written; 8月10号 is the opening date.",
        tags=["simplified", "new_customer"],
    ),
    M(
        "xiao-mian-guan",
        "第二单请挂月结账户（30天），申请表已经交了：镇江香醋 2箱，老干妈油辣椒 2箱",
        lines=[L("VIN-CHINKIANG", 2), L("CHILLI-LGM-CRISPY", 2)],
        review=True,
        nohist=True,
        notes="Order on a 30-day account that is not yet approved: review. 老干妈油辣椒 names the crispy chilli oil.",
        tags=["simplified", "new_customer", "credit"],
    ),
    M(
        "xiao-mian-guan",
        "跟我第一单一样再来一份",
        ref="first",
        notes="Same as my first order: messages are not history, so it stays unresolved.",
        tags=["simplified", "new_customer", "ambiguous_reference"],
    ),
    M("xiao-mian-guan", "请问最低起送金额是多少？", "QUESTION", tags=["simplified", "new_customer"]),
    M(
        "xiao-mian-guan",
        "货到付款：肉末 5公斤，小白菜 2箱（普通的），鸡粉 1桶",
        lines=[L("MEAT-PORKMINCE", 5), L("VEG-BOKCHOY", 2, "Regular"), L("SEAS-CHICKENPOWDER", 1)],
        notes="小白菜 is bok choy, 普通的 the regular size; paid on delivery.",
        tags=["simplified", "new_customer"],
    ),
    M(
        "xiao-mian-guan",
        "补货，还是货到付款：出前一丁麻油味 2箱，镇江香醋 1箱，花椒 1包",
        lines=[L("NDL-NISSIN-SESAME", 2), L("VIN-CHINKIANG", 1), L("SPICE-SICHUAN", 1)],
        tags=["simplified", "new_customer"],
    ),
    # ======================================================= bao-bros (new, SMS, English)
    M(
        "bao-bros",
        "hey its Jake from Bao Bros (new food truck). first order, cash on delivery: 6 packs gua bao, 5kg pork belly, "
        "1 case hoisin",
        lines=[L("BUN-GUABAO", 6), L("MEAT-PORKBELLY", 5), L("SAUCE-HOISIN", 1)],
        notes="A first order paid on delivery ships as written.",
        tags=["new_customer"],
    ),
    M(
        "bao-bros",
        "can i get 10 packs bao buns for sat",
        lines=[L("BUN-GUABAO", 10)],
        notes="'bao buns' by the pack are the gua bao (mantou come by the bag of 20).",
        tags=["new_customer", "unit_word", "non_order_request"],
    ),
    M(
        "bao-bros",
        "same as my first order again pls, friday",
        ref="first",
        notes="Same as my first order: messages are not history, so it stays unresolved.",
        tags=["new_customer", "ambiguous_reference"],
    ),
    M(
        "bao-bros",
        "do u deliver to markets on sat mornings? we trade at Digbeth",
        "QUESTION",
        tags=["new_customer"],
    ),
    M(
        "bao-bros",
        "payment sent for inv 58240 by bank transfer just now 👍",
        "OTHER",
        tags=["new_customer", "emoji"],
    ),
    M(
        "bao-bros",
        "Jake again - 2 cases sweet chilli, 1 bag garlic, 2 pack gua bao, paying cash again",
        lines=[L("SAUCE-SWEETCHILLI", 2), L("VEG-GARLIC", 1), L("BUN-GUABAO", 2)],
        tags=["new_customer"],
    ),
]
