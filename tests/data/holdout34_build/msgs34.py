# ruff: noqa  (hand-written data generator of blind set 34, kept as its writer left it)
"""Messages of the thirty-fourth blind set and their plain labels, all hand-written.

M(customer, day, intent, text, lines, notes, tags, ...)
  day      0..6 = 2028-05-08 (Mon) .. 2028-05-14 (Sun)
  L(sku, qty, variant)        a line; variant is required (may be None) on products with variants
  A(candidates, qty, cv)      a bare family word: sku null, candidates, optional candidate_variant
  X(qty, what)                not in the catalog: sku null, no candidates
  ref=R(kind, remove, set, add, double)   "the usual" / "same as last week"; lines = set + add
  flags: "cond" (conditional order), "credit" (order on a new 30-day account), "nofill"
  outlier=sku  a quantity far above the customer's usual, no reason given
"""

NOV = object()


def L(sku, qty, variant=NOV):
    d = {"sku": sku}
    if variant is not NOV:
        d["variant"] = variant
    d["quantity"] = qty
    return d


def A(cands, qty, cv=None):
    d = {"sku": None, "quantity": qty, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    return d


def X(qty, what):
    return {"sku": None, "quantity": qty, "_nic": what}


def R(kind, remove=(), set=(), add=(), double=()):
    return {"kind": kind, "remove": list(remove), "set": list(set), "add": list(add), "double": list(double)}


MSGS = []


def M(
    cust,
    day,
    intent,
    text,
    lines=(),
    notes="",
    tags=(),
    ch=None,
    lang=None,
    ref=None,
    flags=(),
    change=None,
    outlier=None,
):
    MSGS.append(
        dict(
            customer=cust,
            day=day,
            intent=intent,
            text=text,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            channel=ch,
            language=lang,
            ref=ref,
            flags=list(flags),
            change=change,
            outlier=outlier,
        )
    )


PEARL_BAGS = ["PRL-BLACK", "PRL-BROWN", "PRL-QUICK", "PRL-GOLDEN", "PRL-WHITE", "PRL-MINI"]
POPPING = ["POP-MANGO", "POP-STRAW", "POP-PASSION", "POP-LYCHEE", "POP-BLUEBERRY", "POP-PEACH", "POP-GAPPLE"]
CREAMER_ALL = ["CRM-NDC-1", "CRM-NDC-25", "CRM-PREMIUM", "CRM-COCONUT"]
CREAMER_BAGS = ["CRM-NDC-1", "CRM-PREMIUM", "CRM-COCONUT"]
MILK_UHT = ["MLK-UHT-WHOLE", "MLK-UHT-SEMI"]
STRAWS = ["STRAW-WIDE", "STRAW-PAPER", "STRAW-THIN"]
BLACK_STRAWS = ["STRAW-WIDE", "STRAW-PAPER"]
CUPS16 = ["CUP-PP", "CUP-PET", "CUP-HOT"]
CUPS24 = ["CUP-PP", "CUP-PET"]
LIDS = ["LID-DOME", "LID-FLAT", "LID-SIP"]
GRASS = ["JLY-GRASS-TIN", "JLY-GRASS-PWD"]
WAFFLE = ["WAFFLE-MIX", "WAFFLE-MIX-5"]
THAI = ["THAI-TEA", "THAI-TEA-CS"]
GREEN = ["TEA-JASMINE", "TEA-SENCHA"]
OOLONG = ["TEA-OOLONG-4S", "TEA-TGY", "TEA-OOLONG-RST"]
COFFEE = ["COFFEE-VN", "COFFEE-ESP"]
MOCHI = ["MOCHI-MANGO", "MOCHI-MATCHA", "MOCHI-SESAME"]
MATCHA = ["MATCHA-CUL", "MATCHA-CER"]
TARO = ["PWD-TARO", "TARO-PASTE", "TARO-CUBES"]
MANGO = ["SYR-MANGO", "JAM-MANGO", "PUREE-MANGO", "PWD-MANGO", "POP-MANGO", "MOCHI-MANGO"]
KATI = ["MLK-COCONUT", "COCO-CREAM"]

# ---------------------------------------------------------------- pearl-lane (en, WhatsApp, steady)
M(
    "pearl-lane",
    0,
    "ORDER",
    "Hiya, for tmrw pls: 6 x 3kg black pearls, 2 tubs mango popping 3.2, 3 fructose jugs, 2 cs 700ml pp cups. Ta, Becky",
    [
        L("PRL-BLACK", 6, "3kg Bag"),
        L("POP-MANGO", 2, "3.2kg Tub"),
        L("SYR-FRUCTOSE", 3, "5kg Jug"),
        L("CUP-PP", 2, "700ml (24oz)"),
    ],
    '"fructose jugs" is the 5kg Jug variant; "3.2" picks the 3.2kg tub; 700ml fits only the PP cup.',
    ["variant", "number_in_name"],
)
M(
    "pearl-lane",
    2,
    "ORDER",
    "can u add 1 box black straws and 4 creamer to thursdays drop? cheers",
    [A(BLACK_STRAWS, 1, "Black"), A(CREAMER_ALL, 4)],
    '"black straws": black exists for the wide plastic and the wide paper straws; "creamer" names four products.',
    ["family", "non_order_request"],
)
M(
    "pearl-lane",
    4,
    "ORDER",
    "usual for monday pls but 4 jasmine instead of 3 😊",
    ref=R("usual", set=[L("TEA-JASMINE", 4, None)]),
    notes='reference to the usual; "4 jasmine" gives no size.',
    tags=["emoji"],
)
M(
    "pearl-lane",
    1,
    "ORDER",
    "need 3000 of the 700ml cups and 2 seal film pink asap pls",
    [L("CUP-PP", 3, "700ml (24oz)"), L("FILM", 2, "Pink Print")],
    "3000 cups are 3 cases of 1000.",
    ["count", "variant"],
)
M(
    "pearl-lane",
    3,
    "QUESTION",
    "do u do crystal boba? the clear chewy ones. customers keep asking for it",
    notes="crystal (agar) boba is not stocked.",
    tags=["not_in_catalog"],
)
M(
    "pearl-lane",
    0,
    "COMPLAINT",
    "2 of the 6 bags of black pearls this morning were split open, pearls all over the van floor. can u credit them",
    notes="numbers are counts of damaged goods, not an order.",
)
M(
    "pearl-lane",
    5,
    "ORDER",
    "send 30 tubs mango popping 3.2kg tmrw",
    [L("POP-MANGO", 30, "3.2kg Tub")],
    "no reason given; usual is 2 tubs.",
    outlier="POP-MANGO",
)
M(
    "pearl-lane",
    5,
    "CHANGE",
    "omg sorry that was meant to be 3 tubs not 30!! please change it before it goes out",
    notes="corrects the 30-tub order to 3.",
    change=[L("POP-MANGO", 3, "3.2kg Tub")],
    tags=["self_correction"],
)
M(
    "pearl-lane",
    1,
    "ORDER",
    "morning, 3 assam 600g and 2 jasmine 600g and 8 bags creamer 1kg pls, ta",
    [L("TEA-ASSAM", 3, "600g"), L("TEA-JASMINE", 2, "600g"), L("CRM-NDC-1", 8)],
    '"creamer 1kg" in bags: the plain non-dairy creamer 1kg (premium and coconut carry their words).',
    ["variant"],
)
M(
    "pearl-lane",
    3,
    "ORDER",
    "4 cs whole uht milk + 1 tub coconut jelly + 1 strawberry popping 3.2 for thurs 👍",
    [L("MLK-UHT-WHOLE", 4), L("JLY-COCO", 1), L("POP-STRAW", 1, "3.2kg Tub")],
    '"coconut jelly" is the plain original (rainbow carries its word).',
    ["emoji", "variant"],
)
M(
    "pearl-lane",
    2,
    "ORDER",
    "5 bags black pearls 3kg, no wait make it 7, and 3 black wide straws",
    [L("PRL-BLACK", 7, "3kg Bag"), L("STRAW-WIDE", 3, "Black")],
    "self-correction: 7 bags, not 5.",
    ["self_correction", "variant"],
    ch="SMS",
)

# ---------------------------------------------------------------- tapioca-tiger (en, SMS, regular)
M(
    "tapioca-tiger",
    0,
    "ORDER",
    "yo 10 quick pearls 2 lychee poppers 1 passion poppers n 3 taro powder for tues cheers",
    [L("PRL-QUICK", 10), L("POP-LYCHEE", 2), L("POP-PASSION", 1), L("PWD-TARO", 3)],
    "spoken list without commas.",
    ["spoken"],
)
M("tapioca-tiger", 1, "ORDER", "same as last week pls", ref=R("last"), notes="reference to the last order.")
M(
    "tapioca-tiger",
    2,
    "ORDER",
    "2 thai tea and 1 sack of creamer for next tues",
    [A(THAI, 2), L("CRM-NDC-25", 1)],
    '"thai tea" is the 400g bag or the case of 20; "sack of creamer" is the 25kg sack, the only creamer sold by the sack.',
    ["unit_word"],
)
M(
    "tapioca-tiger",
    3,
    "ORDER",
    "24oz cups x1 + dome lids 95 x1",
    [A(CUPS24, 1, "24oz"), L("LID-DOME", 1, "95mm")],
    "24oz is the PP 700ml (24oz) and the PET 24oz.",
    ["variant"],
)
M(
    "tapioca-tiger",
    4,
    "QUESTION",
    "wat time u deliver on tues? need some1 there b4 11 if its early",
    notes='"b4 11" is a time.',
)
M(
    "tapioca-tiger",
    5,
    "QUESTION",
    "can i get a price on 5 sacks of creamer? not ordering yet just comparing suppliers",
    notes="price request listing a quantity.",
    tags=["non_order_request"],
)
M(
    "tapioca-tiger",
    2,
    "ORDER",
    "pink straws 2 boxes and 2 packs of the double cup bags",
    [L("STRAW-WIDE", 2, "Pink"), L("CARRY", 2, "2 Cup")],
    'pink exists only for the wide plastic straws; "double cup bags" are the 2 Cup carrier bags.',
    ["variant"],
)
M(
    "tapioca-tiger",
    0,
    "ORDER",
    "4 siam gold 400g bags n 3 brown sugar syrup thx",
    [L("THAI-TEA", 4), L("SYR-BROWN", 3)],
    '"400g bags" is the bag, not the case.',
    ["number_in_name"],
)
M(
    "tapioca-tiger",
    3,
    "ORDER",
    "2 milk tea powder + 1 rainbow jelly + 1 honeydew powder pls",
    [L("PWD-MILKTEA", 2), L("JLY-RAINBOW", 1), L("PWD-HONEYDEW", 1)],
)
M(
    "tapioca-tiger",
    4,
    "ORDER",
    "strawberry jam 2 n 1 case of 4 cup holders",
    [L("JAM-STRAW", 2), L("HOLDER-4", 1)],
    '"4 cup holders" is the cardboard 4-cup holder, 1 case.',
    ["number_in_name"],
)
M(
    "tapioca-tiger",
    0,
    "CHANGE",
    "can u move my order to wed instead of tues, shop shut tues for a stocktake",
    notes="moves the day of a placed order.",
    change=[],
)

# ---------------------------------------------------------------- golden-lotus-tea (zh, WhatsApp, regular)
M(
    "golden-lotus-tea",
    1,
    "ORDER",
    "老板，明天送：黑糖珍珠8包，四季春4包，铁观音2包，果糖5kg 4桶。谢谢",
    [L("PRL-BROWN", 8), L("TEA-OOLONG-4S", 4), L("TEA-TGY", 2), L("SYR-FRUCTOSE", 4, "5kg Jug")],
    "果糖5kg is the 5kg jug.",
    ["variant"],
)
M(
    "golden-lotus-tea",
    2,
    "ORDER",
    "奶盖粉再加3包，芝士那个，跟周三的一起送",
    [L("PWD-CHEESE", 3)],
    "an addition to Wednesday's delivery.",
)
M(
    "golden-lotus-tea",
    0,
    "ORDER",
    "跟上周一样，但是芋泥不要了，茉莉绿茶要2包",
    ref=R("last", remove=["TARO-PASTE"], set=[L("TEA-JASMINE", 2, None)]),
    notes="same as last week without taro paste; jasmine tea 2 with no size.",
)
M(
    "golden-lotus-tea",
    3,
    "ORDER",
    "这周多要点茶：绿茶3包，乌龙2包",
    [A(GREEN, 3), A(OOLONG, 2)],
    "绿茶 (green tea) is jasmine green or sencha; 乌龙 (oolong) is one of three oolongs.",
)
M(
    "golden-lotus-tea",
    4,
    "COMPLAINT",
    "上次的封口膜是粉色的，我们要的是透明的，3卷全错了，请换",
    notes="wrong colour of sealing film delivered.",
)
M(
    "golden-lotus-tea",
    5,
    "QUESTION",
    "请问你们有没有水晶珍珠（寒天那种）？有的话多少钱一包",
    notes="crystal (agar) boba is not stocked.",
    tags=["not_in_catalog"],
)
M(
    "golden-lotus-tea",
    6,
    "QUESTION",
    "明天下午2点前能送到吗？地址是Gerrard Street 27号，后门",
    notes="a time and a street number, not quantities.",
)
M(
    "golden-lotus-tea",
    1,
    "ORDER",
    "牛奶要72盒，周三送",
    [A(MILK_UHT, 6)],
    "72 cartons of 1L are 6 cases of 12 for either UHT milk; 牛奶 alone names neither.",
    ["count"],
)
M(
    "golden-lotus-tea",
    2,
    "ORDER",
    "透明封口膜3卷，透明粗吸管2箱，500ml杯子2箱，仙草粉2包",
    [
        L("FILM", 3, "Clear"),
        L("STRAW-WIDE", 2, "Clear"),
        L("CUP-PP", 2, "500ml (16oz)"),
        L("JLY-GRASS-PWD", 2),
    ],
    "500ml fits only the PP cup; 仙草粉 is the grass jelly powder.",
    ["variant"],
)
M(
    "golden-lotus-tea",
    3,
    "CANCEL",
    "取消明天的订单，店里漏水，这周先不开门了",
    notes="cancels tomorrow's order.",
)

# ---------------------------------------------------------------- hk-sweet-station (zh, Cantonese, steady)
M(
    "hk-sweet-station",
    2,
    "ORDER",
    "唔該聽日送：芒果麻糬3盒、湯圓4包、雞蛋仔粉5kg 2盒、芒果泥6包",
    [L("MOCHI-MANGO", 3), L("TANGYUAN", 4), L("WAFFLE-MIX-5", 2), L("PUREE-MANGO", 6)],
    "雞蛋仔粉5kg is the 5kg box.",
    ["number_in_name"],
)
M(
    "hk-sweet-station",
    0,
    "ORDER",
    "照舊，多兩箱椰奶",
    ref=R("usual", add=[L("MLK-COCONUT", 2)]),
    notes="the usual plus two more cases of coconut milk.",
)
M(
    "hk-sweet-station",
    1,
    "ORDER",
    "雞蛋仔粉 x3 同埋 仙草 2箱",
    [A(WAFFLE, 3), L("JLY-GRASS-TIN", 2)],
    "egg waffle mix comes as 1kg bag and 5kg box; 仙草 by the case (箱) is the tinned grass jelly.",
    ["unit_word"],
)
M(
    "hk-sweet-station",
    3,
    "ORDER",
    "西米 20包，紅豆沙 4包，thx",
    [L("SAGO", 2), L("RB-PASTE", 4)],
    "20 packets of sago are 2 cases of 10 x 400g.",
    ["count"],
)
M(
    "hk-sweet-station",
    4,
    "OTHER",
    "下星期一至三我哋放假，唔使送貨。多謝晒",
    notes="closure notice for next Monday to Wednesday.",
)
M(
    "hk-sweet-station",
    3,
    "COMPLAINT",
    "今日啲麻糬到嘅時候溶咗，成箱都軟晒，要退貨",
    notes="mochi arrived thawed.",
)
M(
    "hk-sweet-station",
    5,
    "ORDER",
    "黑芝麻糊2桶，淡奶1箱，甜品碗1箱，匙羹1盒",
    [L("BLK-SESAME", 2), L("MLK-EVAP", 1), L("CUP-DESSERT", 1), L("SPOON", 1)],
)

# ---------------------------------------------------------------- pho-saigon (vi, WhatsApp, regular)
M(
    "pho-saigon",
    0,
    "ORDER",
    "Chị ơi, mai giao giúp em: 6 gói cà phê phin, 2 thùng sữa đặc, 2 thùng nước cốt dừa, 4 gói trân châu đen 1kg. Cảm ơn chị!",
    [L("COFFEE-VN", 6), L("MLK-CONDENSED", 2), L("MLK-COCONUT", 2), L("PRL-BLACK", 4, "1kg Bag")],
    "thùng = case.",
    ["variant"],
)
M(
    "pho-saigon",
    1,
    "ORDER",
    "Như tuần trước nhé, thêm 1 chai siro chanh dây",
    ref=R("last", add=[L("SYR-PASSION", 1)]),
    notes="same as last week plus a bottle of passion fruit syrup.",
)
M(
    "pho-saigon",
    2,
    "ORDER",
    "trân châu 5 gói giao thứ 2 nha",
    [A(PEARL_BAGS, 5)],
    'trân châu (pearls) names six products sold by the bag; "thứ 2" is Monday.',
)
M(
    "pho-saigon",
    3,
    "ORDER",
    "cho em 24 lon sữa đặc",
    [L("MLK-CONDENSED", None)],
    "24 tins are half a case of 48: not a whole number of cases.",
    ["container"],
)
M(
    "pho-saigon",
    4,
    "QUESTION",
    "Bên mình có bán lá dứa tươi không chị? Em cần khoảng 2kg mỗi tuần",
    notes="fresh pandan leaves are not stocked (only pandan paste).",
    tags=["not_in_catalog"],
)
M(
    "pho-saigon",
    5,
    "CANCEL",
    "Hủy đơn thứ Hai giúp em nha, quán đóng cửa sửa ống nước",
    notes="cancels Monday's order.",
)
M(
    "pho-saigon",
    6,
    "ORDER",
    "ly 16oz 1 thùng, nắp bằng 95 1 thùng",
    [A(CUPS16, 1, "16oz"), L("LID-FLAT", 1, "95mm")],
    "16oz fits the PP, PET and hot cups; nắp bằng is the flat lid.",
    ["variant"],
)
M(
    "pho-saigon",
    2,
    "ORDER",
    "Em đặt thêm 2 gói trà lài 600g với 1 hộp ống hút xanh lá nha chị",
    [L("TEA-JASMINE", 2, "600g"), L("STRAW-WIDE", 1, "Green")],
    "green exists only for the wide plastic straws.",
    ["variant"],
)
M(
    "pho-saigon",
    4,
    "ORDER",
    "2 xấp túi đựng 1 ly + 1 thùng ly pet 16oz",
    [L("CARRY", 2, "1 Cup"), L("CUP-PET", 1, "16oz")],
    "xấp = pack.",
    ["variant"],
)

# ---------------------------------------------------------------- che-house (vi without diacritics, SMS, steady)
M(
    "che-house",
    0,
    "ORDER",
    "a oi e lay 6 goi dau xanh 4 thung nuoc cot dua 2 chai la dua 3 kg duong thot not",
    [L("MUNG", 6), L("MLK-COCONUT", 4), L("PANDAN", 2), L("PALM-SUGAR", 3)],
    'no diacritics, no commas; "chai la dua" (bottles of pandan) is the pandan paste; palm sugar by the kg.',
    ["spoken", "weight"],
)
M(
    "che-house",
    1,
    "ORDER",
    "dau do 1 thung, thach dua 2 hop nha",
    [L("RB-TIN", 1), L("JLY-COCO", 2)],
    "red bean by the case (thung) is the tinned sweetened red beans; thach dua is plain coconut jelly.",
    ["unit_word"],
)
M(
    "che-house",
    2,
    "ORDER",
    "nhu moi khi, them 1 thung bot nang",
    ref=R("usual", add=[L("TAPIOCA-STARCH", 1)]),
    notes="the usual plus a case of tapioca starch.",
)
M(
    "che-house",
    3,
    "ORDER",
    "suong sao 3 goi",
    [A(GRASS, 3)],
    "grass jelly: tinned (case) or powder (bag); goi suggests a bag but tins come loose too.",
)
M("che-house", 4, "OTHER", "cam on a, hang toi roi du het nha", notes="thanks, delivery complete.")
M(
    "che-house",
    5,
    "QUESTION",
    "bot bang co ko a? loai nho nau che",
    notes="asks whether small tapioca pearls for chè are stocked.",
)
M(
    "che-house",
    6,
    "ORDER",
    "3 goi bot suong sao, 2 thung chen che, 2 hop muong",
    [L("JLY-GRASS-PWD", 3), L("CUP-DESSERT", 2), L("SPOON", 2)],
    "bot suong sao is the powder; chen che (dessert bowls) by the case; muong (spoons) by the box.",
)

# ---------------------------------------------------------------- banh-mi-bros (en, e-mail, regular)
M(
    "banh-mi-bros",
    0,
    "ORDER",
    "Subject: Order for Wed 10 May\n\nHi team,\nPlease send:\n- 4 x phin coffee 500g\n- 1 case condensed milk\n"
    "- 2 x Siam Gold thai tea 400g\n- 2 x black pearls 3kg\n\nThanks,\nMinh\nBánh Mì Bros | 14 Kingsland Parade | 020 7946 0514",
    [L("COFFEE-VN", 4), L("MLK-CONDENSED", 1), L("THAI-TEA", 2), L("PRL-BLACK", 2, "3kg Bag")],
    "signature with street number and phone.",
    ["signature", "variant", "number_in_name"],
)
M(
    "banh-mi-bros",
    1,
    "ORDER",
    "Same as last week but 5 coffee instead of 4 and no mango popping. Cheers, Minh",
    ref=R("last", remove=["POP-MANGO"], set=[A(COFFEE, 5)]),
    notes='"coffee" is the phin ground coffee or the espresso beans.',
)
M(
    "banh-mi-bros",
    2,
    "ORDER",
    "Hi, fructose x2 and 1 roll clear film for tomorrow please.\nMinh",
    [L("SYR-FRUCTOSE", 2, None), L("FILM", 1, "Clear")],
    "fructose without a size.",
)
M(
    "banh-mi-bros",
    3,
    "OTHER",
    "Hi, I'd like to add our new manager Linh (linh@banhmibros.example) to the order confirmation emails please. Thanks, Minh",
    notes="contact change.",
    tags=["non_order_request"],
)
M(
    "banh-mi-bros",
    4,
    "COMPLAINT",
    "Hello, invoice INV-30412 charges us for 2 cases of condensed milk but only 1 came on Wednesday. Please correct. Minh",
    notes="invoice number and counts, not an order.",
)
M(
    "banh-mi-bros",
    2,
    "ORDER",
    "Hey can we add 2 cans of condensed milk and 3 bags creamer to tomorrow's delivery? cheers",
    [L("MLK-CONDENSED", 2), A(CREAMER_BAGS, 3)],
    '"2 cans" with N small is 2 cases (trade usage); creamer in bags: 1kg, premium or coconut.',
    ["container", "non_order_request"],
)
M(
    "banh-mi-bros",
    5,
    "ORDER",
    "Hi, quick one for Wednesday: 1 box black wide straws, 1 pack double cup carrier bags, 1 case napkins. Thanks, Minh",
    [L("STRAW-WIDE", 1, "Black"), L("CARRY", 1, "2 Cup"), L("NAPKINS", 1)],
    "",
    ["variant"],
)
M(
    "banh-mi-bros",
    6,
    "ORDER",
    "Thanks, we'll pass on the offer this week. Just add 2 bags phin coffee to Wednesday please.\n\n"
    "> On 12 May, Tidewell Sales wrote:\n> We can do 10% off if you take 3 cases of condensed milk this week.",
    [L("COFFEE-VN", 2)],
    "the 3 cases in the quoted offer were declined.",
    ["quoted"],
)
M(
    "banh-mi-bros",
    3,
    "ORDER",
    "Also 1 pack kraft bags medium and 1 case of the 500ml drink bottles with caps pls",
    [L("PAPER-BAG", 1), L("CUP-BOTTLE", 1)],
    "",
    ["number_in_name"],
)

# ---------------------------------------------------------------- siam-sweet (th, WhatsApp, regular)
M(
    "siam-sweet",
    0,
    "ORDER",
    "สวัสดีค่ะ สั่งของค่ะ ชาไทยถุง 400g 6 ถุง ชาเขียวไทย 3 ถุง นมข้นหวาน 2 ลัง นมข้นจืด 2 ลัง ขอบคุณค่ะ 🙏",
    [L("THAI-TEA", 6), L("THAI-TEA-GRN", 3), L("MLK-CONDENSED", 2), L("MLK-EVAP", 2)],
    "ลัง = case; the 400g bag of Thai tea.",
    ["spoken", "emoji"],
)
M(
    "siam-sweet",
    1,
    "ORDER",
    "เหมือนอาทิตย์ที่แล้วค่ะ แต่ไม่เอาใบเตยนะคะ",
    ref=R("last", remove=["PANDAN"]),
    notes="same as last week without the pandan.",
)
M(
    "siam-sweet",
    2,
    "ORDER",
    "ไข่มุก 3 ถุง แก้ว 20oz 2 ลัง ค่ะ",
    [A(PEARL_BAGS, 3), L("CUP-PET", 2, "20oz")],
    "ไข่มุก (pearls) by the bag names six products; 20oz fits only the PET cup.",
    ["variant"],
)
M(
    "siam-sweet",
    3,
    "QUESTION",
    "มีชาไทยแบบถุงชาไหมคะ ลูกค้าอยากได้แบบชงง่าย",
    notes="Thai tea in tea bags is not stocked.",
    tags=["not_in_catalog"],
)
M(
    "siam-sweet",
    4,
    "COMPLAINT",
    "ครีมเทียมที่ส่งมา 5 ถุงหมดอายุสิ้นเดือนนี้ค่ะ ขอเปลี่ยนได้ไหมคะ",
    notes="short-dated creamer.",
)
M(
    "siam-sweet",
    5,
    "ORDER",
    "หลอดใส 2 กล่อง ฝาโดม 95 2 ลัง",
    [L("STRAW-WIDE", 2, "Clear"), L("LID-DOME", 2, "95mm")],
    "clear exists only for the wide plastic straws.",
    ["variant"],
)
M(
    "siam-sweet",
    6,
    "ORDER",
    "ครีมเทียม 1kg 5 ถุง กับหัวกะทิ 2 ลังค่ะ",
    [L("CRM-NDC-1", 5), L("COCO-CREAM", 2)],
    "ครีมเทียม (non-dairy creamer) 1kg is the plain creamer; หัวกะทิ is coconut cream.",
)
M(
    "siam-sweet",
    3,
    "ORDER",
    "นมข้นหวาน 2-3 ลังค่ะ แล้วแต่ว่ามีของไหม",
    [L("MLK-CONDENSED", None)],
    "a range: quantities not stated.",
    ["range"],
)

# ---------------------------------------------------------------- bangkok-street (th, SMS, steady)
M(
    "bangkok-street",
    0,
    "ORDER",
    "ชาไทย 1 ลัง นมข้นหวาน 1 ลัง นมข้นจืด 1 ลัง หลอดเล็ก 1 กล่อง",
    [L("THAI-TEA-CS", 1), L("MLK-CONDENSED", 1), L("MLK-EVAP", 1), L("STRAW-THIN", 1)],
    "Thai tea by the case (ลัง) is the case of 20; หลอดเล็ก (small straws) are the 6mm pointed straws.",
    ["unit_word", "spoken"],
)
M(
    "bangkok-street",
    1,
    "ORDER",
    "กะทิ 4 ลัง ส่งวันศุกร์",
    [A(KATI, 4)],
    "กะทิ is coconut milk or coconut cream, both by the case.",
)
M("bangkok-street", 2, "ORDER", "เหมือนเดิมค่ะ", ref=R("usual"), notes='"as usual".')
M(
    "bangkok-street",
    3,
    "ORDER",
    "ส่ง cane syrup 12 ขวดพรุ่งนี้",
    [L("SYR-CANE", 12)],
    "no reason given; usual is 2 bottles.",
    outlier="SYR-CANE",
)
M("bangkok-street", 4, "QUESTION", "จ่ายเงินสดตอนส่งของได้ไหมคะ", notes="asks to pay cash on delivery.")
M(
    "bangkok-street",
    5,
    "ORDER",
    "ฝาเรียบ 95 1 ลัง แก้ว pet 16oz 1 ลัง ถุงหิ้วแก้วเดี่ยว 1 แพ็ค",
    [L("LID-FLAT", 1, "95mm"), L("CUP-PET", 1, "16oz"), L("CARRY", 1, "1 Cup")],
    "ฝาเรียบ is the flat lid; ถุงหิ้วแก้วเดี่ยว the single-cup carrier bag.",
    ["variant"],
)
M("bangkok-street", 6, "ORDER", "เมล็ดกาแฟ espresso 1 ถุงค่ะ", [L("COFFEE-ESP", 1)])

# ---------------------------------------------------------------- cha-yen-bar (en, e-mail, steady)
M(
    "cha-yen-bar",
    0,
    "ORDER",
    "Subject: PO 88213\n\nMorning,\n2 cases Siam Gold thai tea\n4 bags thai green tea\n2 cs condensed\n2 cs evap\n"
    "1 sack creamer\n\nThanks, Ploy\nCha Yen Bar, 3 Marlowe Yard",
    [L("THAI-TEA-CS", 2), L("THAI-TEA-GRN", 4), L("MLK-CONDENSED", 2), L("MLK-EVAP", 2), L("CRM-NDC-25", 1)],
    "PO number and street number are not quantities.",
    ["signature", "unit_word"],
)
M(
    "cha-yen-bar",
    1,
    "ORDER",
    "Hi Tidewell,\n24oz cups: 2 x 1000\ndome lids 95mm: 2 x 1000\nThanks, Ploy",
    [A(CUPS24, 2, "24oz"), L("LID-DOME", 2, "95mm")],
    '"2 x 1000" is 2 cases of 1000; 24oz is the PP 700ml (24oz) or the PET 24oz.',
    ["pack", "variant"],
)
M(
    "cha-yen-bar",
    2,
    "ORDER",
    "Please send 3 boxes black straws and gloves medium 2 boxes. Ploy",
    [A(BLACK_STRAWS, 3, "Black"), L("GLOVES", 2, "Medium")],
    "black is a colour of both wide straws.",
    ["variant"],
)
M(
    "cha-yen-bar",
    3,
    "ORDER",
    "Usual please, plus 2 tubs peach popping boba. Deliver before 10am Monday if possible.",
    ref=R("usual", add=[L("POP-PEACH", 2)]),
    notes='"before 10am" is a time.',
)
M(
    "cha-yen-bar",
    4,
    "QUESTION",
    "Could you send the allergen sheet for the Siam Gold thai tea mix? A customer asked about the colouring (E110).",
    notes='"E110" is a colouring code.',
    tags=["non_order_request"],
)
M(
    "cha-yen-bar",
    5,
    "CHANGE",
    "For Monday's delivery please change the evaporated milk from 2 cases to 3. Thanks, Ploy",
    notes="changes a quantity in a placed order.",
    change=[L("MLK-EVAP", 3)],
)
M(
    "cha-yen-bar",
    6,
    "QUESTION",
    "I'd like to know whether your paper straws are home compostable or only industrial. Ploy",
    notes="opens like a request.",
    tags=["non_order_request"],
)
M(
    "cha-yen-bar",
    2,
    "ORDER",
    "Subject: top-up\n\n3 bottles cane syrup, 1 case of black pearls (6x3kg) please.\nPloy",
    [L("SYR-CANE", 3), L("PRL-BLACK-CS", 1)],
    '"case of black pearls (6x3kg)" is the case product.',
    ["unit_word", "pack"],
)
M(
    "cha-yen-bar",
    4,
    "OTHER",
    "From now on please deliver to the side entrance on Nile Street, the front is closed for works until June.",
    notes="delivery instruction.",
)

# ---------------------------------------------------------------- mochi-moon (en, e-mail, regular)
M(
    "mochi-moon",
    0,
    "ORDER",
    "Hi, please send Tuesday: mango mochi x4, matcha mochi x4, black sesame mochi x2, 6 bags egg waffle mix 1kg, "
    "2 culinary matcha. Thanks! Hana",
    [L("MOCHI-MANGO", 4), L("MOCHI-MATCHA", 4), L("MOCHI-SESAME", 2), L("WAFFLE-MIX", 6), L("MATCHA-CUL", 2)],
    "",
    ["number_in_name"],
)
M(
    "mochi-moon",
    1,
    "ORDER",
    "mochi x 6 please, and 1 case 12oz hot cups with 1 of the matching sip lids",
    [A(MOCHI, 6), L("CUP-HOT", 1, "12oz"), L("LID-SIP", 1, "12/16oz")],
    '"mochi" names three flavours; matching lids for 12oz are the 12/16oz sip lids.',
    ["variant"],
)
M(
    "mochi-moon",
    2,
    "ORDER",
    "Same as last Tuesday please but double the waffle mix.\nHana",
    ref=R("last", double=["WAFFLE-MIX"]),
    notes="same as last Tuesday with double the waffle mix.",
)
M(
    "mochi-moon",
    3,
    "QUESTION",
    "Do you have a sakura or yuzu mochi? Thinking of a spring menu, we do ~60 covers a day.",
    notes='not stocked; "60 covers" is not a quantity.',
    tags=["not_in_catalog"],
)
M(
    "mochi-moon",
    4,
    "ORDER",
    "ube x2 and hojicha 1, also 2 boxes dessert spoons",
    [L("PWD-UBE", 2), L("HOJICHA", 1), L("SPOON", 2)],
)
M(
    "mochi-moon",
    5,
    "COMPLAINT",
    "The matcha we got on Tuesday is the 100g ceremonial tin but the invoice says culinary 1kg. Can you swap it?",
    notes="wrong product delivered.",
)
M(
    "mochi-moon",
    6,
    "ORDER",
    "Could we have 2 more boxes of mango mochi and 1 tin ceremonial matcha added to Tuesday? Thanks, Hana",
    [L("MOCHI-MANGO", 2), L("MATCHA-CER", 1)],
    "an addition to a placed order.",
    ["non_order_request"],
)
M(
    "mochi-moon",
    3,
    "ORDER",
    "chocolate powder 2, strawberry powder 1, whipping cream 1 case pls",
    [L("PWD-CHOC", 2), L("PWD-STRAW", 1), L("CRM-WHIP", 1)],
)

# ---------------------------------------------------------------- boba-lab-uni (en, e-mail, regular)
M(
    "boba-lab-uni",
    0,
    "ORDER",
    "Subject: Boba Lab order - week 19\n\nHello,\n\nPlease could you deliver the following on Wednesday 10th:\n"
    "1. Black tapioca pearls, case of 6 x 3kg - 2\n2. Strawberry popping boba 3.2kg - 2\n3. Blueberry popping boba - 2\n"
    "4. Oatly Barista 6x1L - 6 packs\n\nKind regards,\nSam Okafor\nCafé Supervisor, Northgate Students' Union\nTel 020 7946 0877",
    [L("PRL-BLACK-CS", 2), L("POP-STRAW", 2, "3.2kg Tub"), L("POP-BLUEBERRY", 2), L("MLK-OAT", 6)],
    "list numbering, week number, date and phone are not quantities.",
    ["signature", "non_order_request", "number_in_name", "variant"],
)
M(
    "boba-lab-uni",
    1,
    "ORDER",
    "Hi, please add to Wednesday: 36L Oatly Barista and 2000 white paper straws. Sam",
    [L("MLK-OAT", 6), L("STRAW-PAPER", 4, "White")],
    "36 litres are 6 packs of 6 x 1L; 2000 straws are 4 boxes of 500.",
    ["count", "variant"],
)
M(
    "boba-lab-uni",
    2,
    "ORDER",
    "Please repeat last week's order, but with 4 jasmine 3kg instead of 1 - it's the freshers' taster day.\nSam",
    ref=R("last", set=[L("TEA-JASMINE", 4, "3kg")]),
    notes="larger quantity with a reason (taster day).",
)
M(
    "boba-lab-uni",
    3,
    "QUESTION",
    "Can I get a copy of invoice INV-51877? Finance need it by Friday. Thanks, Sam",
    notes="invoice copy request.",
    tags=["non_order_request"],
)
M(
    "boba-lab-uni",
    4,
    "OTHER",
    "Automatic reply: I am out of the office until 15 May with limited access to email. For urgent orders please "
    "call the SU café on 020 7946 0878.",
    notes="auto-reply.",
)
M(
    "boba-lab-uni",
    5,
    "ORDER",
    "Hi, for next week: 4 cs 700ml cups and 4 rolls of film. Thanks, Sam",
    [L("CUP-PP", 4, "700ml (24oz)"), L("FILM", 4, None)],
    "film without a colour.",
    ["variant"],
)
M(
    "boba-lab-uni",
    6,
    "CANCEL",
    "Hello, please cancel next Wednesday's delivery, the café is closed for exam week. Sam",
    notes="cancels an order.",
)
M(
    "boba-lab-uni",
    3,
    "ORDER",
    "Hello, please send 1 sack non-dairy creamer, 1 x assam 3kg, 4 jugs fructose 5kg and 2 packs of 4-cup carrier bags. Sam",
    [L("CRM-NDC-25", 1), L("TEA-ASSAM", 1, "3kg"), L("SYR-FRUCTOSE", 4, "5kg Jug"), L("CARRY", 2, "4 Cup")],
    "",
    ["variant", "unit_word"],
)

# ---------------------------------------------------------------- taro-and-co (en, WhatsApp, regular)
M(
    "taro-and-co",
    0,
    "ORDER",
    "morning! 4 taro powder, 6 taro paste, 2 ube powder, 5kg frozen taro cubes pls 💜",
    [L("PWD-TARO", 4), L("TARO-PASTE", 6), L("PWD-UBE", 2), L("TARO-CUBES", 5)],
    "taro cubes are sold by the kg.",
    ["weight", "emoji"],
)
M(
    "taro-and-co",
    1,
    "ORDER",
    "also 3 taro and 2 golden pearls",
    [A(TARO, 3), L("PRL-GOLDEN", 2)],
    '"taro" is the powder, the paste or the frozen cubes.',
)
M(
    "taro-and-co",
    2,
    "ORDER",
    "usual for thursday + 1 pudding powder",
    ref=R("usual", add=[L("PUD-EGG", 1)]),
    notes="the usual plus a bag of egg pudding powder.",
)
M(
    "taro-and-co",
    3,
    "ORDER",
    "12 cartons of oatly and 3 semi milk",
    [L("MLK-OAT", 2), L("MLK-UHT-SEMI", 3)],
    '12 cartons are 2 packs of 6; "semi milk" is the UHT semi-skimmed (the only semi).',
    ["count"],
)
M(
    "taro-and-co",
    4,
    "ORDER",
    "can i get four brown sugar pearls two golden pearls three ceylon and two brown sugar syrup",
    [L("PRL-BROWN", 4), L("PRL-GOLDEN", 2), L("TEA-CEYLON", 3), L("SYR-BROWN", 2)],
    "spoken list with number words and no commas.",
    ["spoken", "non_order_request"],
)
M(
    "taro-and-co",
    5,
    "COMPLAINT",
    "taro paste came in at 4 packs not 6, and one of them was leaking. pls sort",
    notes="short delivery.",
)
M(
    "taro-and-co",
    6,
    "ORDER",
    "pls add 10kg fresh taro root + 2 more ube to tmrw",
    [X(10, "fresh taro root"), L("PWD-UBE", 2)],
    "fresh taro is not stocked (frozen cubes are).",
)
M(
    "taro-and-co",
    1,
    "ORDER",
    "3 ceylon, 3 uht semi, 2 pet 20oz, 2 dome 95 ty",
    [L("TEA-CEYLON", 3), L("MLK-UHT-SEMI", 3), L("CUP-PET", 2, "20oz"), L("LID-DOME", 2, "95mm")],
    "",
    ["variant"],
)
M(
    "taro-and-co",
    2,
    "ORDER",
    "voice note: hi its kai from taro and co can you send for bags of taro powder and to ube thanks",
    [L("PWD-TARO", 4), L("PWD-UBE", 2)],
    'voice-to-text: "for" = four, "to" = two.',
    ["voice", "homophone"],
    ch="SMS",
)
M(
    "taro-and-co",
    4,
    "CHANGE",
    "change the 6 taro paste to 8 for thursday pls",
    notes="changes a quantity in a placed order.",
    change=[L("TARO-PASTE", 8)],
)

# ---------------------------------------------------------------- lucky-cat-tea (zh, WhatsApp, steady)
M(
    "lucky-cat-tea",
    0,
    "ORDER",
    "你好，周五送货：黑珍珠3kg 5包，阿萨姆600g 5包，冬瓜糖浆2瓶，布丁粉2包，椰果2桶。谢谢！",
    [
        L("PRL-BLACK", 5, "3kg Bag"),
        L("TEA-ASSAM", 5, "600g"),
        L("SYR-WMELON", 2),
        L("PUD-EGG", 2),
        L("JLY-COCO", 2),
    ],
    "椰果 alone is the plain coconut jelly (rainbow is 彩虹椰果).",
    ["variant"],
)
M(
    "lucky-cat-tea",
    1,
    "ORDER",
    "老样子，珍珠多加一包",
    ref=R("usual", add=[A(PEARL_BAGS, 1)]),
    notes="the usual plus one more bag of pearls (which pearls?).",
)
M(
    "lucky-cat-tea",
    2,
    "ORDER",
    "吸管 2箱，700ml杯子 2箱",
    [A(STRAWS, 2), L("CUP-PP", 2, "700ml (24oz)")],
    "吸管 (straws) names three products.",
    ["variant"],
)
M("lucky-cat-tea", 3, "QUESTION", "你们周六送货吗？", notes="asks about Saturday delivery.")
M(
    "lucky-cat-tea",
    4,
    "COMPLAINT",
    "上周的黑珍珠煮了以后很硬，是不是这批有问题？批号 L2804-17",
    notes="batch number is not a quantity.",
)
M(
    "lucky-cat-tea",
    5,
    "ORDER",
    "奶精要12公斤",
    [A(CREAMER_BAGS, 12)],
    "12kg of creamer is 12 bags of 1kg (plain, premium or coconut); not a whole number of 25kg sacks.",
    ["weight"],
)
M(
    "lucky-cat-tea",
    6,
    "ORDER",
    "烘焙乌龙2包，黑糖珍珠3包，粉色封口膜2卷",
    [L("TEA-OOLONG-RST", 2), L("PRL-BROWN", 3), L("FILM", 2, "Pink Print")],
    "烘焙乌龙 is the roasted oolong.",
    ["variant"],
)
M(
    "lucky-cat-tea",
    1,
    "ORDER",
    "果糖5公斤装 3桶 + 奶精1kg 6包",
    [L("SYR-FRUCTOSE", 3, "5kg Jug"), L("CRM-NDC-1", 6)],
    "奶精1kg is the plain non-dairy creamer 1kg.",
    ["variant"],
)
M(
    "lucky-cat-tea",
    2,
    "OTHER",
    "老公，晚上回家记得买牛奶和鸡蛋，还有两包米",
    notes="personal message sent to the wrong chat.",
)

# ---------------------------------------------------------------- jade-dragon (en, e-mail, regular)
M(
    "jade-dragon",
    0,
    "ORDER",
    "Dear Sir,\nPlease kindly arrange below goods for Monday:\nEvaporated milk 2 carton\nCoconut milk 2 carton\n"
    "Sago 2 carton\nTang yuan 3 bag\nThank you.\nBest regards,\nKenny Lau\nJade Dragon Restaurant, 88 Wardour Street\nTel 020 7946 0188",
    [L("MLK-EVAP", 2), L("MLK-COCONUT", 2), L("SAGO", 2), L("TANGYUAN", 3)],
    '"carton" here means case.',
    ["signature"],
)
M(
    "jade-dragon",
    1,
    "ORDER",
    "Dear team, please same as last week order. Mango puree change to 8 bag because we have wedding banquet 300 guests "
    "on Saturday. Regards, Kenny",
    ref=R("last", set=[L("PUREE-MANGO", 8)]),
    notes='"300 guests" is a head count; the increase has a reason.',
)
M(
    "jade-dragon",
    2,
    "ORDER",
    "Dear team, grass jelly 2 please, with Monday delivery. Kenny",
    [A(GRASS, 2)],
    "grass jelly: tins or powder.",
)
M("jade-dragon", 3, "ORDER", "Gloves 2 box please. Kenny", [L("GLOVES", 2, None)], "gloves without a size.")
M(
    "jade-dragon",
    4,
    "QUESTION",
    "May I know the price for durian pulp? We want to make durian pancake for new menu.",
    notes="durian is not stocked.",
    tags=["not_in_catalog"],
)
M(
    "jade-dragon",
    5,
    "CHANGE",
    "Kindly change our Monday delivery to Tuesday morning, the kitchen is close on Monday for repair.",
    notes="moves a placed order.",
    change=[],
)
M(
    "jade-dragon",
    6,
    "ORDER",
    "tieguanyin 3 bag and red bean 1 case pls. Kenny",
    [L("TEA-TGY", 3), L("RB-TIN", 1)],
    "red bean by the case is the tinned sweetened red beans.",
    ["unit_word"],
)
M(
    "jade-dragon",
    2,
    "ORDER",
    "Dear team, please add 1 case sweet red bean tin and 2 box large glove to Monday delivery. Regards Kenny",
    [L("RB-TIN", 1), L("GLOVES", 2, "Large")],
    "",
    ["variant"],
)
M(
    "jade-dragon",
    4,
    "COMPLAINT",
    "The grass jelly tins delivered last Monday, 3 tins are dented and 1 is leaking. Please credit. Kenny",
    notes="damaged goods.",
)

# ---------------------------------------------------------------- sunny-mango (en, SMS, steady)
M(
    "sunny-mango",
    0,
    "ORDER",
    "10 mango puree 3 mango syrup 2 mango jam 3 mango popping big tubs",
    [L("PUREE-MANGO", 10), L("SYR-MANGO", 3), L("JAM-MANGO", 2), L("POP-MANGO", 3, "3.2kg Tub")],
    'spoken list; "big tubs" is the 3.2kg tub.',
    ["spoken", "variant"],
)
M("sunny-mango", 1, "ORDER", "add 5 mango to tmrw pls", [A(MANGO, 5)], '"mango" names six products.')
M("sunny-mango", 2, "ORDER", "usual pls", ref=R("usual"), notes="the usual.")
M(
    "sunny-mango",
    3,
    "QUESTION",
    "u got mango sticky rice frozen?",
    notes="not stocked.",
    tags=["not_in_catalog"],
)
M(
    "sunny-mango",
    4,
    "ORDER",
    "50 mango puree for fri",
    [L("PUREE-MANGO", 50)],
    "no reason given; usual is 10.",
    outlier="PUREE-MANGO",
)
M(
    "sunny-mango",
    5,
    "ORDER",
    "2 cs 16oz cups + 2 cs dome lids",
    [A(CUPS16, 2, "16oz"), L("LID-DOME", 2, None)],
    "16oz fits three cups; dome lids without a size.",
    ["variant"],
)
M(
    "sunny-mango",
    6,
    "ORDER",
    "2 coconut milk 2 sago 3 waffle mix 1kg 1 spoons",
    [L("MLK-COCONUT", 2), L("SAGO", 2), L("WAFFLE-MIX", 3), L("SPOON", 1)],
    "spoken list without commas.",
    ["spoken", "number_in_name"],
)
M("sunny-mango", 2, "ORDER", "mango powder 2 + lychee pulp 3", [L("PWD-MANGO", 2), L("PUREE-LYCHEE", 3)])
M("sunny-mango", 0, "CANCEL", "cancel tues order pls shop shut, boiler broke", notes="cancels an order.")

# ---------------------------------------------------------------- lotus-leaf-events (en, e-mail, never repeats)
M(
    "lotus-leaf-events",
    0,
    "ORDER",
    "Subject: Wedding 20 May - 250 guests\n\nHi,\nFor the Chen/Wright wedding on Saturday 20 May (approx. 250 guests) "
    "please deliver on Friday 19th:\n- Black tapioca pearls 3kg x 4\n- Strawberry popping boba 3.2kg x 3\n"
    "- Fructose 2.5kg x 4\n- 500ml PP cups x 1 case\n- Clear sealing film x 2 rolls\n- White paper straws x 1 box\n\n"
    "Many thanks,\nGrace Wong\nLotus Leaf Events\n07700 900412",
    [
        L("PRL-BLACK", 4, "3kg Bag"),
        L("POP-STRAW", 3, "3.2kg Tub"),
        L("SYR-FRUCTOSE", 4, "2.5kg Bottle"),
        L("CUP-PP", 1, "500ml (16oz)"),
        L("FILM", 2, "Clear"),
        L("STRAW-PAPER", 1, "White"),
    ],
    "dates and a head count are not quantities.",
    ["signature", "variant"],
)
M(
    "lotus-leaf-events",
    1,
    "ORDER",
    "Hi, our usual event order please, for 80 guests on 13 May. Grace",
    ref=R("usual"),
    notes="the caterer never repeats a basket: no usual basket.",
    tags=["ambiguous_reference"],
)
M(
    "lotus-leaf-events",
    2,
    "ORDER",
    "Same as our last order please, delivered Friday. Grace",
    ref=R("last"),
    notes="the last order.",
)
M(
    "lotus-leaf-events",
    3,
    "QUESTION",
    "I would like to know if you can do sale-or-return on unopened popping boba tubs for events?",
    notes="opens like a request.",
    tags=["non_order_request"],
)
M(
    "lotus-leaf-events",
    4,
    "ORDER",
    "mochi 6 boxes for Saturday please. Grace",
    [A(MOCHI, 6)],
    '"mochi" names three flavours.',
)
M(
    "lotus-leaf-events",
    5,
    "QUESTION",
    "Could you quote for 10 cases 500ml cups, 10 boxes paper straws and 20 tubs popping boba for a festival in June? "
    "Not ordering yet.",
    notes="quote request listing quantities.",
    tags=["non_order_request"],
)
M(
    "lotus-leaf-events",
    6,
    "ORDER",
    "Hi, for Saturday's corporate event: 3 boxes mango mochi, 4 bags egg waffle mix 1kg, 2 cases napkins, 3 packs "
    "Oatly Barista. Thanks, Grace",
    [L("MOCHI-MANGO", 3), L("WAFFLE-MIX", 4), L("NAPKINS", 2), L("MLK-OAT", 3)],
    "",
    ["number_in_name"],
)
M(
    "lotus-leaf-events",
    2,
    "CANCEL",
    "The 20 May wedding has been postponed, please cancel the Friday 19th delivery. Grace",
    notes="cancels an order; dates only.",
)

# ---------------------------------------------------------------- brew-bubble (en, WhatsApp, regular)
M(
    "brew-bubble",
    0,
    "ORDER",
    "Aye, for Wednesday: 4 black pearls 3kg, 2 golden pearls, 2 peach poppers, 1 apple poppers, 2 peach syrup cheers",
    [
        L("PRL-BLACK", 4, "3kg Bag"),
        L("PRL-GOLDEN", 2),
        L("POP-PEACH", 2),
        L("POP-GAPPLE", 1),
        L("SYR-PEACH", 2),
    ],
    '"apple poppers" is the green apple popping boba.',
    ["variant"],
)
M(
    "brew-bubble",
    1,
    "ORDER",
    "same as last wk but nae lychee jelly and 3 lychee syrup instead of 2",
    ref=R("last", remove=["JLY-LYCHEE"], set=[L("SYR-LYCHEE", 3)]),
    notes='Scots "nae" = no.',
)
M(
    "brew-bubble",
    2,
    "ORDER",
    "2 earl grey and 2 jasmine",
    [L("TEA-EARL", 2), L("TEA-JASMINE", 2, None)],
    "jasmine without a size.",
)
M(
    "brew-bubble",
    3,
    "ORDER",
    "green straws x2 and large gloves x1",
    [L("STRAW-WIDE", 2, "Green"), L("GLOVES", 1, "Large")],
    "green exists only for the wide plastic straws.",
    ["variant"],
)
M(
    "brew-bubble",
    4,
    "COMPLAINT",
    "Driver left the delivery at the back door in the rain, 4 bags of creamer soaked through. Not happy.",
    notes="damaged goods.",
)
M("brew-bubble", 5, "QUESTION", "whit's yer cut off for next day to Glasgow? 2pm?", notes="a time.")
M(
    "brew-bubble",
    6,
    "ORDER",
    "kiwi popping boba x2 and peach popping x2",
    [X(2, "kiwi popping boba"), L("POP-PEACH", 2)],
    "kiwi popping boba is not stocked.",
)
M(
    "brew-bubble",
    3,
    "ORDER",
    "4 premium creamer 2 earl grey 1 green apple syrup 2 lychee syrup",
    [L("CRM-PREMIUM", 4), L("TEA-EARL", 2), L("SYR-GAPPLE", 1), L("SYR-LYCHEE", 2)],
    "spoken list.",
    ["spoken"],
)
M(
    "brew-bubble",
    5,
    "ORDER",
    "coconut creamer x2 for the vegan menu and 2 mini pearls",
    [L("CRM-COCONUT", 2), L("PRL-MINI", 2)],
)

# ---------------------------------------------------------------- saigon-mart (vi, e-mail, regular)
M(
    "saigon-mart",
    0,
    "ORDER",
    "Tiêu đề: Đơn hàng tuần 19\n\nChào anh chị,\nNhờ giao thứ Năm:\n- Cà phê phin 500g: 10 gói\n- Sữa đặc: 4 thùng\n"
    "- Nước cốt dừa: 6 thùng\n- Bột năng: 3 thùng\nCảm ơn,\nNguyễn Thị Lan\nSaigon Mart, 52 Deptford High Street\nĐT: 020 7946 0352",
    [L("COFFEE-VN", 10), L("MLK-CONDENSED", 4), L("MLK-COCONUT", 6), L("TAPIOCA-STARCH", 3)],
    "week number, street number and phone are not quantities.",
    ["signature", "number_in_name"],
)
M(
    "saigon-mart",
    1,
    "ORDER",
    "Giống tuần trước, nhưng đậu xanh 8 gói thay vì 5 nhé. Lan",
    ref=R("last", set=[L("MUNG", 8)]),
    notes="same as last week, mung beans 8 instead of 5.",
)
M(
    "saigon-mart",
    2,
    "ORDER",
    "Trân châu đen 1kg: 20 gói; popping dâu 1kg: 4 hũ. Lan",
    [L("PRL-BLACK", 20, "1kg Bag"), L("POP-STRAW", 4, "1kg Jar")],
    "popping dâu = strawberry popping boba.",
    ["variant"],
)
M(
    "saigon-mart",
    3,
    "ORDER",
    "sữa đặc 96 lon giao thứ Năm",
    [L("MLK-CONDENSED", 2)],
    "96 tins are 2 cases of 48.",
    ["count", "container"],
)
M(
    "saigon-mart",
    4,
    "ORDER",
    "popping 8 hũ, lá dứa 2 chai",
    [A(POPPING, 8), L("PANDAN", 2)],
    '"popping" names seven flavours; lá dứa in bottles is the pandan paste.',
)
M(
    "saigon-mart",
    5,
    "OTHER",
    "Chúng tôi đã chuyển khoản thanh toán hóa đơn INV-50933, số tiền £1.284,60. Lan",
    notes="payment notice.",
)
M(
    "saigon-mart",
    6,
    "QUESTION",
    "Cho em hỏi giá sỉ nếu lấy 50 thùng sữa đặc mỗi tháng?",
    notes="price request listing a quantity.",
)
M(
    "saigon-mart",
    3,
    "COMPLAINT",
    "3 thùng nước cốt dừa giao hôm qua bị móp hết, nhiều lon phồng. Đề nghị đổi hàng. Lan",
    notes="damaged goods.",
)

# ---------------------------------------------------------------- khanom-thai (th, WhatsApp, steady)
M(
    "khanom-thai",
    0,
    "ORDER",
    "สั่งค่ะ หัวกะทิ 4 ลัง ใบเตยสกัด 2 ขวด แป้งมัน 2 ลัง น้ำตาลปี๊บ 4 กิโล",
    [L("COCO-CREAM", 4), L("PANDAN", 2), L("TAPIOCA-STARCH", 2), L("PALM-SUGAR", 4)],
    "แป้งมัน is tapioca starch; palm sugar by the kg.",
    ["spoken", "weight"],
)
M(
    "khanom-thai",
    1,
    "ORDER",
    "เหมือนเดิม เพิ่มสาคู 1 ลัง",
    ref=R("usual", add=[L("SAGO", 1)]),
    notes="the usual plus a case of sago.",
)
M(
    "khanom-thai",
    2,
    "ORDER",
    "ถั่วดำ 3 ถุง ถั่วเขียว 2 ถุง",
    [X(3, "black beans"), L("MUNG", 2)],
    "black beans are not stocked; ถั่วเขียว is mung beans.",
)
M("khanom-thai", 3, "QUESTION", "ส่งวันเสาร์ได้ไหมคะ", notes="asks about Saturday delivery.")
M(
    "khanom-thai",
    4,
    "ORDER",
    "นมข้นหวาน 2 กระป๋องค่ะ",
    [L("MLK-CONDENSED", 2)],
    '"2 cans" with N small is 2 cases (trade usage).',
    ["container"],
)
M(
    "khanom-thai",
    5,
    "ORDER",
    "ชาไทย 400g 3 ถุง สาคู 1 ลัง ถ้วยขนม 1 ลัง ช้อน 1 กล่อง",
    [L("THAI-TEA", 3), L("SAGO", 1), L("CUP-DESSERT", 1), L("SPOON", 1)],
    "",
    ["number_in_name"],
)

# ---------------------------------------------------------------- tea-ritual (en, WhatsApp, steady)
M(
    "tea-ritual",
    0,
    "ORDER",
    "Hi! Saturday pls: 2 Ruby 18, 2 four seasons oolong, 2 sencha, 2 uji matcha tins, 1 culinary matcha, 2 hojicha. ty",
    [
        L("TEA-RUBY", 2),
        L("TEA-OOLONG-4S", 2),
        L("TEA-SENCHA", 2),
        L("MATCHA-CER", 2),
        L("MATCHA-CUL", 1),
        L("HOJICHA", 2),
    ],
    '"Ruby 18": 18 is part of the name.',
    ["number_in_name"],
)
M("tea-ritual", 1, "ORDER", "matcha x3 too pls", [A(MATCHA, 3)], "culinary or ceremonial.")
M(
    "tea-ritual",
    2,
    "ORDER",
    "Usual on Sat thanks. Oat milk 6 packs this time, not 4 (we're doing an oat latte special)",
    ref=R("usual", set=[L("MLK-OAT", 6)]),
    notes="the usual with 6 packs of oat milk.",
)
M(
    "tea-ritual",
    3,
    "ORDER",
    "8oz cups 1 cs & lids to match 1 cs",
    [L("CUP-HOT", 1, "8oz"), L("LID-SIP", 1, "8oz")],
    "8oz fits only the hot cup and its sip lid.",
    ["variant"],
)
M(
    "tea-ritual",
    4,
    "QUESTION",
    "Is the Ruby 18 from this season's harvest? The last batch tasted a bit flat",
    notes="18 is part of the name.",
)
M(
    "tea-ritual",
    5,
    "OTHER",
    "Thanks for squeezing us in yesterday, saved our weekend 🙏",
    notes="thanks.",
    tags=["emoji"],
)
M(
    "tea-ritual",
    6,
    "ORDER",
    "4 oatly barista, 2 cane syrup, 2 packs filter bags pls",
    [L("MLK-OAT", 4), L("SYR-CANE", 2), L("TEA-FILTER", 2)],
)

# ---------------------------------------------------------------- cloud-nine (zh/en, WhatsApp, regular)
M(
    "cloud-nine",
    0,
    "ORDER",
    "hi 老板 this week: 黑珍珠3kg x4, 白珍珠 x2, 荔枝 popping x2, blueberry popping x1, 四季春 x2 thanks",
    [
        L("PRL-BLACK", 4, "3kg Bag"),
        L("PRL-WHITE", 2),
        L("POP-LYCHEE", 2),
        L("POP-BLUEBERRY", 1),
        L("TEA-OOLONG-4S", 2),
    ],
    "mixed Chinese and English.",
    ["variant"],
)
M(
    "cloud-nine",
    1,
    "ORDER",
    "same as last week 但是 honeydew 加回来 1包",
    ref=R("last", add=[L("PWD-HONEYDEW", 1)]),
    notes="same as last week, honeydew powder back in.",
)
M(
    "cloud-nine",
    2,
    "ORDER",
    "lid 2箱 + 24oz杯 2箱",
    [A(LIDS, 2), A(CUPS24, 2, "24oz")],
    "lid names three lids; 24oz fits PP and PET cups.",
    ["variant"],
)
M(
    "cloud-nine",
    3,
    "ORDER",
    "荔枝糖浆 2瓶 草莓糖浆 2瓶 奶盖粉 2",
    [L("SYR-LYCHEE", 2), L("SYR-STRAW", 2), L("PWD-CHEESE", 2)],
)
M(
    "cloud-nine",
    4,
    "COMPLAINT",
    "the pink straws 是白色的 lol, wrong colour again 😤 2 boxes",
    notes="wrong colour delivered.",
    tags=["emoji"],
)
M(
    "cloud-nine",
    5,
    "QUESTION",
    "你们有没有黑色的 film？封口膜",
    notes="black film does not exist.",
    tags=["not_in_catalog"],
)
M(
    "cloud-nine",
    6,
    "ORDER",
    "白珍珠2包 + 粉色吸管2箱 + flat lid 95 1箱 + dome lid 95 1箱",
    [L("PRL-WHITE", 2), L("STRAW-WIDE", 2, "Pink"), L("LID-FLAT", 1, "95mm"), L("LID-DOME", 1, "95mm")],
    "pink exists only for the wide plastic straws.",
    ["variant"],
)
M("cloud-nine", 2, "ORDER", "咖啡凍 1桶, passion jam 1", [L("JLY-COFFEE", 1), L("JAM-PASSION", 1)])

# ---------------------------------------------------------------- bobamobile (new, en, WhatsApp)
M(
    "bobamobile",
    0,
    "ORDER",
    "Hi! We're Boba Mobile, new van launching Sat 13th 🚐 Could we get: 3 bags quick cook pearls, 1 tub mango popping 1kg, "
    "2 bags milk tea powder, 1 case 500ml PP cups, 2 clear film rolls, 1 box black wide straws. Paying card on delivery. Jas",
    [
        L("PRL-QUICK", 3),
        L("POP-MANGO", 1, "1kg Jar"),
        L("PWD-MILKTEA", 2),
        L("CUP-PP", 1, "500ml (16oz)"),
        L("FILM", 2, "Clear"),
        L("STRAW-WIDE", 1, "Black"),
    ],
    "first order, paid on delivery.",
    ["new_customer", "emoji", "variant", "non_order_request"],
)
M(
    "bobamobile",
    1,
    "ORDER",
    "Can we set up a 30-day account and put this on it: 2 x creamer 1kg, 1 pearl warmer",
    [L("CRM-NDC-1", 2), L("PEARL-WARMER", 1)],
    "an order that depends on opening a 30-day account.",
    ["new_customer", "credit", "non_order_request"],
    flags=["credit"],
)
M(
    "bobamobile",
    3,
    "ORDER",
    "same as my first order again pls 🙂",
    ref=R("last"),
    notes="messages are not history: the first order is not in the history.",
    tags=["new_customer", "ambiguous_reference", "emoji"],
)
M("bobamobile", 2, "QUESTION", "what's the minimum order for free delivery?", notes="", tags=["new_customer"])
M(
    "bobamobile",
    4,
    "ORDER",
    "yeah hi can I get two ladles a shaker and three packs of the single cup bags thanks",
    [L("LADLE", 2), L("SHAKER", 1), L("CARRY", 3, "1 Cup")],
    'spoken; "a" starts an item.',
    ["spoken", "voice", "new_customer", "non_order_request"],
)
M(
    "bobamobile",
    5,
    "ORDER",
    "hey, 2 more bags quick cook pearls and a box of dessert spoons for saturday pls",
    [L("PRL-QUICK", 2), L("SPOON", 1)],
    "",
    ["new_customer"],
)

# ---------------------------------------------------------------- tra-sua-nha (new, vi, SMS)
M(
    "tra-sua-nha",
    0,
    "ORDER",
    "Chào shop, quán mới mở ở Croydon. Cho em đặt: 5 gói trân châu đen 3kg, 2 thùng ly 700ml, 2 thùng nắp cầu 90mm, "
    "3 gói bột kem béo 1kg. Thanh toán khi nhận hàng.",
    [
        L("PRL-BLACK", 5, "3kg Bag"),
        L("CUP-PP", 2, "700ml (24oz)"),
        L("LID-DOME", 2, "90mm"),
        L("CRM-NDC-1", 3),
    ],
    "first order, paid on delivery; nắp cầu = dome lid; bột kem béo 1kg = the plain non-dairy creamer.",
    ["new_customer", "variant"],
)
M(
    "tra-sua-nha",
    1,
    "ORDER",
    "cho em thêm 2 gói trà lài",
    [L("TEA-JASMINE", 2, None)],
    "jasmine tea without a size; a new customer has no history.",
    ["new_customer"],
)
M(
    "tra-sua-nha",
    2,
    "QUESTION",
    "Shop có bán máy dán miệng ly không ạ?",
    notes="a cup sealing machine is not stocked (only the film).",
    tags=["not_in_catalog", "new_customer"],
)
M(
    "tra-sua-nha",
    3,
    "ORDER",
    "nửa thùng sữa đặc nha shop",
    [L("MLK-CONDENSED", 0.5)],
    "half a case: not a whole number of cases; a fraction is never shipped as written.",
    ["fraction", "new_customer"],
)
M(
    "tra-sua-nha",
    4,
    "ORDER",
    "Nếu có thạch nha đam thì gửi em 2 hũ",
    [X(2, "aloe vera jelly")],
    "conditional order on an item that is not stocked.",
    ["conditional", "new_customer"],
    flags=["cond"],
)
M(
    "tra-sua-nha",
    5,
    "ORDER",
    "Cho em 2 thùng ly 700ml với 1 hộp ống hút hồng",
    [L("CUP-PP", 2, "700ml (24oz)"), L("STRAW-WIDE", 1, "Pink")],
    "",
    ["new_customer", "variant"],
)

# ---------------------------------------------------------------- more orders (added in the same writing pass)
M(
    "cloud-nine",
    4,
    "ORDER",
    "芋圆 2包 + 白珍珠 2包",
    [X(2, "taro balls (芋圆)"), L("PRL-WHITE", 2)],
    "taro balls are not stocked (taro paste and powder are).",
)
M(
    "cha-yen-bar",
    3,
    "ORDER",
    "Please add 2 cases coconut water and 1 more case condensed to Monday. Ploy",
    [X(2, "coconut water"), L("MLK-CONDENSED", 1)],
    "coconut water is not stocked (coconut milk and cream are).",
)
M(
    "boba-lab-uni",
    4,
    "ORDER",
    "Hello, 4 cs 32oz cups please for the summer menu. Sam",
    [X(4, "32oz cups")],
    "no cup is sold in 32oz: not in catalog, never a substitute size.",
)
M(
    "pearl-lane",
    6,
    "ORDER",
    "2 boxes yellow wide straws pls for the mango promo 💛",
    [L("STRAW-WIDE", 2, None)],
    "yellow is not a colour of the wide straws: the variant stays open and is never filled from history.",
    ["emoji"],
    flags=["nofill"],
)
M(
    "saigon-mart",
    5,
    "ORDER",
    "Thêm 3 chai siro chanh dây và 2 hũ thạch dừa cho đơn thứ Năm nhé",
    [L("SYR-PASSION", 3), L("JLY-COCO", 2)],
    "thạch dừa is the plain coconut jelly; an addition to Thursday's order.",
)
M(
    "khanom-thai",
    6,
    "ORDER",
    "ถ้วยขนม 2 ลัง ช้อน 2 กล่อง น้ำตาลปี๊บ 5 กิโลค่ะ",
    [L("CUP-DESSERT", 2), L("SPOON", 2), L("PALM-SUGAR", 5)],
    "palm sugar by the kg.",
    ["weight"],
)
M(
    "golden-lotus-tea",
    5,
    "ORDER",
    "黑糖浆4瓶，铁观音2包，全脂牛奶6箱",
    [L("SYR-BROWN", 4), L("TEA-TGY", 2), L("MLK-UHT-WHOLE", 6)],
    "全脂牛奶 (whole milk) is the UHT whole milk.",
)
M("hk-sweet-station", 6, "ORDER", "芒果泥 8包 湯圓 4包 唔該", [L("PUREE-MANGO", 8), L("TANGYUAN", 4)])
M(
    "tea-ritual",
    2,
    "ORDER",
    "2 sencha 2 hojicha 1 uji matcha when you're next round",
    [L("TEA-SENCHA", 2), L("HOJICHA", 2), L("MATCHA-CER", 1)],
)
M(
    "cloud-nine",
    1,
    "ORDER",
    "this week also 24oz pet cups 2 cs, flat lid 95 1cs",
    [L("CUP-PET", 2, "24oz"), L("LID-FLAT", 1, "95mm")],
    '"pet" names the PET cup.',
    ["variant"],
)
M(
    "tapioca-tiger",
    6,
    "OTHER",
    "pls cancel my direct debit, will pay by card from now on",
    notes="cancelling a direct debit is an account request, not an order cancellation.",
)
