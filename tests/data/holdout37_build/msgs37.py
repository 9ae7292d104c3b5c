# ruff: noqa  (hand-written data generator of blind set 37, kept as its writer left it)
"""Messages of set 37 and their plain labels, all hand-written.

L(sku, qty, variant)      a line; variant is required (a name or None) on products with variants
A(candidates, qty, cv)    a bare family word: sku null with candidates (cv: a size or colour named in the text)
N(qty, what)              not in the catalog: sku null, no candidates
op="set" on a line of a reference message replaces the basket's quantity; default "add" adds to it.
"""

U = object()


def L(sku, qty, var=U, op="add", nofill=False):
    return {"sku": sku, "qty": qty, "var": var, "op": op, "nofill": nofill}


def A(cands, qty, cv=None, op="add"):
    return {"sku": None, "qty": qty, "cands": list(cands), "cv": cv, "op": op}


def N(qty, what):
    return {"sku": None, "qty": qty, "nic": what, "op": "add"}


MSGS = []


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
    change=None,
    nohist=False,
    ch=None,
):
    MSGS.append(
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
            change=change,
            nohist=nohist,
            ch=ch,
        )
    )


GYOZA = ["GYOZA-PORK", "GYOZA-CHKN", "GYOZA-VEG"]
MANDU = ["MANDU-PORK", "MANDU-KIMCHI"]
MISO = ["MISO-WHITE", "MISO-RED"]
NORI = ["NORI-GOLD", "NORI-SILVER", "NORI-HALF"]
WASABI = ["WASABI-PASTE", "WASABI-POWDER"]
SESAME = ["SESAME-WHITE", "SESAME-BLACK"]
SESOIL = ["SESAME-OIL-KADOYA", "SESAME-OIL-OTTOGI"]
EDAMAME = ["EDAMAME-POD", "EDAMAME-SHELL"]
KIMCHI = ["KIMCHI-MAT", "KIMCHI-POGI"]
TOFU = ["TOFU-SILKEN", "TOFU-FIRM"]
PANKO = ["PANKO-1", "PANKO-10"]
MIRIN = ["MIRIN-HON", "MIRIN-AJI"]
TTEOK = ["TTEOK-CYL", "TTEOK-SLICED"]
DANMUJI = ["DANMUJI-WHOLE", "DANMUJI-STRIP"]
SOJU = ["SOJU-FRESH", "SOJU-ORIG", "SOJU-GRAPEFRUIT", "SOJU-PEACH"]
SHIN = ["SHIN-RAMYUN", "SHIN-CUP"]
UDON = ["UDON-DRIED", "UDON-FROZEN"]
GREENTEA = ["OI-OCHA", "SENCHA-BAGS"]
SAKE = ["SAKE-GEKKEIKAN", "SAKE-DAIGINJO", "SAKE-NIGORI"]
ROE = ["TOBIKO", "MASAGO", "IKURA"]
RAMEN = ["RAMEN-FRESH", "SHIN-RAMYUN", "BULDAK"]
BENTO = ["BENTO-2", "BENTO-5"]
HAECHANDLE = ["GOCHU-CJ", "DOENJANG"]

# ---------------------------------------------------------------- sakura-sushi (WhatsApp, en)
M(
    "sakura-sushi",
    0,
    "ORDER",
    "Morning! for tmrw pls: 2 sacks koshihikari 20kg, 6 packs gold nori, 4 gari pink, 2 tobiko orange. thx Kenji 🍣",
    [L("SR-KOSHI", 2, "20kg"), L("NORI-GOLD", 6), L("GARI", 4, "Pink"), L("TOBIKO", 2, "Orange")],
    "20kg is the variant, not a quantity; 'sacks' of the 20kg bag.",
    ["number_in_name", "emoji"],
)
M(
    "sakura-sushi",
    1,
    "ORDER",
    "can u add 3 soy sauce 5L and 12kg salmon to wednesday's delivery",
    [L("SOY-KIKKO", 3, "5L"), L("SALMON-SIDE", 12)],
    "Addition to a placed order. 'soy sauce 5L': only Kikkoman comes in 5L, so the size settles the family. Salmon is sold by the kg.",
    ["non_order_request", "weight"],
)
M(
    "sakura-sushi",
    1,
    "QUESTION",
    "Hi, is the tuna saku this week from the same supplier? last lot was a bit pale. also do you do hamachi loins at all?",
    [],
    "Question about a product and about hamachi, which is not stocked.",
    ["not_in_catalog"],
)
M(
    "sakura-sushi",
    2,
    "ORDER",
    "salmon side 60kg tmrw pls",
    [L("SALMON-SIDE", 60)],
    "Outlier: about 5 times the usual 12kg with no reason given.",
    [],
)
M(
    "sakura-sushi",
    3,
    "COMPLAINT",
    "the 2 tubs of tobiko that came yesterday were red not orange, chef not happy 😤 can u swap them",
    [],
    "Wrong variant delivered; asks for a swap, not a new order.",
    ["emoji"],
)
M(
    "sakura-sushi",
    3,
    "ORDER",
    "sake 5kg + maguro 3kg for sat, and kizami nori 2 bags if u have it",
    [L("SALMON-SIDE", 5), L("TUNA-SAKU", 3), N(2, "kizami nori")],
    "In a sushi bar 'sake' by the kg is salmon (shake/sake), not the drink, which is sold by the bottle; kizami nori (shredded) is not stocked.",
    ["trade_word", "weight"],
)
M(
    "sakura-sushi",
    4,
    "ORDER",
    "wasabi x2, nori x6, mayo x3",
    [A(WASABI, 2), A(NORI, 6), L("KEWPIE", 3, None)],
    "Bare family words: wasabi (paste tubes or powder), nori (gold, silver, half cut); 'mayo' is Kewpie, size not given.",
    [],
)
M("sakura-sushi", 5, "OTHER", "thanks for squeezing us in yesterday, lifesaver 🙏", [], "Thanks.", ["emoji"])
M(
    "sakura-sushi",
    6,
    "ORDER",
    "sunday prep: maguro 4kg, ikura x1, wasabi tubes 2 packs 👍",
    [L("TUNA-SAKU", 4), L("IKURA", 1), L("WASABI-PASTE", 2)],
    "",
    ["emoji", "weight"],
)

# ---------------------------------------------------------------- umi-izakaya (e-mail, ja)
M(
    "umi-izakaya",
    0,
    "ORDER",
    "件名: 発注 6/1(木)配送分\n\nいつもお世話になっております。Umi Izakayaの佐藤です。\n下記の通りお願いいたします。\n・月桂冠 1.8L 6本\n・アサヒ 633ml 4ケース\n・枝豆(さや付き) 2ケース\n・唐揚げ 6袋\n・梅酒 3本\n\nよろしくお願いいたします。\n佐藤 美咲\nUmi Izakaya 020 7946 0731",
    [
        L("SAKE-GEKKEIKAN", 6, "1.8L"),
        L("ASAHI", 4, "12 x 633ml Bottle"),
        L("EDAMAME-POD", 2),
        L("KARAAGE", 6),
        L("UMESHU", 3),
    ],
    "Date 6/1 and phone are not quantities; 1.8L and 633ml pick variants.",
    ["signature", "number_in_name"],
)
M(
    "umi-izakaya",
    2,
    "ORDER",
    "先週と同じ内容でお願いします。ただし唐揚げは8袋に変更、たこ焼きは今回不要です。",
    [L("KARAAGE", 8, op="set")],
    "Same as last week, karaage 8 instead, no takoyaki.",
    [],
    ref="last",
    remove=["TAKOYAKI"],
)
M(
    "umi-izakaya",
    1,
    "QUESTION",
    "獺祭は取り扱いありますか？ある場合、720mlの価格を教えてください。",
    [],
    "Asks for Dassai, not stocked (the daiginjo stocked is Hakutsuru).",
    ["not_in_catalog"],
)
M(
    "umi-izakaya",
    3,
    "ORDER",
    "お世話になります。追加で 餃子 4箱、お酒 1.8L 6本、味噌 2kg をお願いします。",
    [A(GYOZA, 4), L("SAKE-GEKKEIKAN", 6, "1.8L"), A(MISO, 2)],
    "餃子 is a bare family word; お酒 1.8L is Gekkeikan (the only 1.8L sake); 味噌 2kg is 2 tubs of 1kg, white or red.",
    [],
)
M(
    "umi-izakaya",
    4,
    "CANCEL",
    "本日お送りした注文（6/2配送分）はキャンセルさせてください。設備トラブルのため臨時休業となりました。申し訳ございません。",
    [],
    "Cancels the order for 2 June.",
    [],
)
M(
    "umi-izakaya",
    5,
    "ORDER",
    "アサヒの大瓶を24本、にごり酒 1ケースお願いします。",
    [L("ASAHI", 2, "12 x 633ml Bottle"), L("SAKE-NIGORI", 1)],
    "大瓶 (large bottle) is the 633ml; 24 bottles are 2 cases of 12.",
    ["count"],
)
M(
    "umi-izakaya",
    6,
    "COMPLAINT",
    "請求書 INV-88127 の梅酒が5本で計上されていますが、実際に届いたのは3本でした。ご確認ください。",
    [],
    "Invoice complaint; numbers are not an order.",
    [],
)
M(
    "umi-izakaya",
    1,
    "ORDER",
    "追加でお願いします：ポン酢 2本、本みりん 2本、鰹節 1袋。木曜日の配送に一緒にお願いします。",
    [L("PONZU", 2), L("MIRIN-HON", 2), L("KATSUOBUSHI", 1)],
    "Addition to Thursday's order.",
    [],
)

# ---------------------------------------------------------------- kaito-ramen (WhatsApp, en)
M(
    "kaito-ramen",
    0,
    "ORDER",
    "yo need 8 boxes thin ramen 3 boxes thick 2 kombu and a case of asahi bottles",
    [L("RAMEN-FRESH", 8, "Thin Straight"), L("RAMEN-FRESH", 3, "Thick"), L("KOMBU", 2), L("ASAHI", 1, None)],
    "Spoken list. 'asahi bottles' fits two variants (24 x 330ml and 12 x 633ml bottles).",
    ["spoken"],
)
M(
    "kaito-ramen",
    1,
    "ORDER",
    "ramen noodles x10 for thursday pls",
    [L("RAMEN-FRESH", 10, None)],
    "Fresh ramen named without its noodle type.",
    [],
)
M(
    "kaito-ramen",
    2,
    "ORDER",
    "Add to Fri: 6 boxes pork gyoza, 2 kadoya, 4 white miso",
    [L("GYOZA-PORK", 6), L("SESAME-OIL-KADOYA", 2), L("MISO-WHITE", 4)],
    "",
    [],
)
M(
    "kaito-ramen",
    2,
    "COMPLAINT",
    "3 of the 8 boxes of noodles yesterday were already past their use-by (30/05) 😡 need a credit",
    [],
    "Date is not a quantity.",
    ["emoji"],
)
M(
    "kaito-ramen",
    3,
    "ORDER",
    "1 drum kikkoman + 2 hon mirin, cheers",
    [L("SOY-KIKKO", 1, "18L"), L("MIRIN-HON", 2)],
    "'drum' is the 18L Kikkoman.",
    ["unit_word"],
)
M(
    "kaito-ramen",
    4,
    "ORDER",
    "usual for mon + 1 case soup containers",
    [L("SOUP-32", 1)],
    "The usual plus one case of soup containers.",
    [],
    ref="usual",
)
M(
    "kaito-ramen",
    5,
    "QUESTION",
    "u got black garlic oil (mayu)? or only the kadoya",
    [],
    "Mayu is not stocked.",
    ["not_in_catalog"],
)
M(
    "kaito-ramen",
    6,
    "ORDER",
    "2 katsuobushi and 3 msg no wait make the msg 1",
    [L("KATSUOBUSHI", 2), L("MSG", 1)],
    "Self-correction: MSG 1.",
    ["self_correction"],
)
M(
    "kaito-ramen",
    3,
    "ORDER",
    "4 boxes hosomen + 2 futomen for tmrw, and 1 cs soup containers",
    [L("RAMEN-FRESH", 4, "Thin Straight"), L("RAMEN-FRESH", 2, "Thick"), L("SOUP-32", 1)],
    "hosomen = thin straight, futomen = thick.",
    [],
)
M(
    "kaito-ramen",
    5,
    "ORDER",
    "6 boxes pork gyoza + 3 cases asahi small bottles for monday",
    [L("GYOZA-PORK", 6), L("ASAHI", 3, "24 x 330ml Bottle")],
    "'small bottles' is the 330ml bottle.",
    [],
)

# ---------------------------------------------------------------- tonkotsu-lab (SMS, en)
M(
    "tonkotsu-lab",
    0,
    "ORDER",
    "Hi its Priya @ Tonkotsu Lab. 6 box wavy ramen, 2 kikkoman 5L, 4 chicken gyoza, 2 cs kirin. Thx",
    [L("RAMEN-FRESH", 6, "Medium Wavy"), L("SOY-KIKKO", 2, "5L"), L("GYOZA-CHKN", 4), L("KIRIN", 2)],
    "",
    [],
)
M(
    "tonkotsu-lab",
    1,
    "ORDER",
    "red miso x3 sesame seeds x1 edamame x4",
    [L("MISO-RED", 3), A(SESAME, 1), A(EDAMAME, 4)],
    "Spoken list; sesame seeds (white/black) and edamame (pods/shelled) are families.",
    ["spoken"],
)
M(
    "tonkotsu-lab",
    2,
    "QUESTION",
    "do u deliver on sundays? we're doing a pop up 4th june 6-11pm, ~80 covers",
    [],
    "Date, time and covers are not quantities.",
    [],
)
M(
    "tonkotsu-lab",
    3,
    "OTHER",
    "Hi pls note new kitchen number 07700 900743 for delivery calls. Priya",
    [],
    "Contact change.",
    [],
)
M(
    "tonkotsu-lab",
    4,
    "ORDER",
    "2 kirin bottles and 24 chicken gyoza",
    [L("KIRIN", 2), L("GYOZA-CHKN", None)],
    "'2 kirin bottles' is 2 cases by the small-N rule; 24 gyoza is not a whole box of 50.",
    ["container", "count"],
)
M(
    "tonkotsu-lab",
    5,
    "ORDER",
    "hondashi x1 + 2 cs soup tubs + 4 bags shelled edamame",
    [L("HONDASHI", 1), L("SOUP-32", 2), L("EDAMAME-SHELL", 4)],
    "",
    [],
)
M(
    "tonkotsu-lab",
    1,
    "ORDER",
    "Priya again - forgot: 1 bag white sesame and 2 hondashi pls x",
    [L("SESAME-WHITE", 1), L("HONDASHI", 2)],
    "",
    [],
)
M(
    "tonkotsu-lab",
    6,
    "ORDER",
    "6 box medium wavy noodles and 2 cs kirin for thurs",
    [L("RAMEN-FRESH", 6, "Medium Wavy"), L("KIRIN", 2)],
    "",
    [],
)

# ---------------------------------------------------------------- seoul-bbq (WhatsApp, ko)
M(
    "seoul-bbq",
    0,
    "ORDER",
    "안녕하세요 서울가든입니다\n한빛쌀 20kg 2포\n해찬들 고추장 14kg 1통\n참이슬 후레쉬 6박스\n카스 4박스\n감사합니다",
    [L("KR-RICE", 2), L("GOCHU-CJ", 1, "14kg"), L("SOJU-FRESH", 6), L("CASS", 4)],
    "20kg and 14kg are sizes, not quantities.",
    ["number_in_name"],
)
M(
    "seoul-bbq",
    1,
    "ORDER",
    "김치 2통 고춧가루 3봉 두부 2박스",
    [A(KIMCHI, 2), L("GOCHUGARU", 3, None), A(TOFU, 2)],
    "Spoken list: kimchi (mat or pogi) and tofu (silken or firm) are families; gochugaru without coarse/fine.",
    ["spoken"],
)
M(
    "seoul-bbq",
    1,
    "QUESTION",
    "삼겹살도 파시나요? 냉동 대패삼겹살 있으면 가격 알려주세요",
    [],
    "Pork belly is not stocked.",
    ["not_in_catalog"],
)
M(
    "seoul-bbq",
    2,
    "ORDER",
    "지난주랑 똑같이 보내주세요. 소주는 10박스로요",
    [A(SOJU, 10, op="set")],
    "Same as last week, soju 10 cases instead.",
    [],
    ref="last",
)
M(
    "seoul-bbq",
    3,
    "COMPLAINT",
    "어제 온 참기름 6병 중에 2병이 깨져서 왔어요. 사진 보낼게요",
    [],
    "Breakage complaint.",
    [],
)
M(
    "seoul-bbq",
    4,
    "ORDER",
    "카스 24박스 내일까지 부탁해요",
    [L("CASS", 24)],
    "Outlier: 24 cases against a usual 4, no reason.",
    [],
)
M(
    "seoul-bbq",
    5,
    "ORDER",
    "테라 3박스, 카스 2박스, 당면 3봉 주세요",
    [N(3, "Terra lager"), L("CASS", 2), L("DANGMYEON", 3)],
    "Terra is not stocked (Cass is).",
    [],
)
M(
    "seoul-bbq",
    6,
    "ORDER",
    "된장 3kg 2통, 샘표 진간장 1.8L 4병, 쇠젓가락 2팩",
    [L("DOENJANG", 2, "3kg"), L("SOY-SEMPIO", 4, "1.8L"), L("CHOP-STEEL", 2)],
    "",
    ["number_in_name"],
)
M(
    "seoul-bbq",
    3,
    "ORDER",
    "고운 고춧가루 말고 굵은 걸로 3봉이요. 그리고 순두부 1박스",
    [L("GOCHUGARU", 3, "Coarse 1kg"), L("TOFU-SILKEN", 1)],
    "'not the fine one, the coarse one'; 순두부 is the silken tofu.",
    ["self_correction"],
)
M(
    "seoul-bbq",
    6,
    "CANCEL",
    "사장님 내일 배송 취소 부탁드려요. 가게 수도 공사 때문에 하루 쉽니다",
    [],
    "Cancels tomorrow's delivery.",
    [],
)

# ---------------------------------------------------------------- hanok-kitchen (e-mail, ko)
M(
    "hanok-kitchen",
    0,
    "ORDER",
    "제목: 6월 첫째주 주문 (PO 3318)\n\n안녕하세요, 한옥키친 이지은입니다.\n1. 해찬들 고추장 3kg × 3\n2. 된장 1kg × 4\n3. 포기김치 10kg × 2\n4. 깍두기 × 3\n5. 샘표 진간장 930ml × 6\n\n목요일 오전 10시 전에 배송 부탁드립니다.\n이지은 드림\n020 7946 0736",
    [
        L("GOCHU-CJ", 3, "3kg"),
        L("DOENJANG", 4, "1kg"),
        L("KIMCHI-POGI", 2),
        L("KKAKDUGI", 3),
        L("SOY-SEMPIO", 6, "930ml"),
    ],
    "PO number, list numbering, time and phone are not quantities.",
    ["signature", "number_in_name"],
)
M(
    "hanok-kitchen",
    1,
    "ORDER",
    "막걸리 2박스, 참이슬 오리지널 3박스, 떡국떡 3봉, 찹쌀 1포 추가 부탁드려요",
    [L("MAKGEOLLI", 2), L("SOJU-ORIG", 3), L("TTEOK-SLICED", 3), L("KR-CHAPSSAL", 1)],
    "Addition to the week's order.",
    [],
)
M(
    "hanok-kitchen",
    2,
    "QUESTION",
    "혹시 고추장이랑 된장 알레르기 성분표를 이메일로 보내주실 수 있을까요?",
    [],
    "Asks for the allergen sheet: QUESTION.",
    ["non_order_request"],
)
M(
    "hanok-kitchen",
    2,
    "CHANGE",
    "목요일 배송을 금요일 오전으로 변경 가능할까요? 주문 내용은 그대로입니다.",
    [],
    "Moves the delivery day; lines unchanged.",
    [],
    change=[],
)
M(
    "hanok-kitchen",
    3,
    "ORDER",
    "물엿 2통, 만두 1박스, 당면 2봉 부탁드립니다",
    [N(2, "mulyeot corn syrup"), A(MANDU, 1), L("DANGMYEON", 2)],
    "Corn syrup is not stocked; 만두 is pork or kimchi mandu.",
    [],
)
M(
    "hanok-kitchen",
    4,
    "ORDER",
    "늘 하던 대로 주문 부탁드립니다. 다만 이번 주는 찹쌀 빼고, 깍두기는 5통으로 해주세요.",
    [L("KKAKDUGI", 5, op="set")],
    "The usual, without glutinous rice, kkakdugi 5.",
    [],
    ref="usual",
    remove=["KR-CHAPSSAL"],
)
M(
    "hanok-kitchen",
    5,
    "OTHER",
    "이번 달 거래명세서 잘 받았습니다. 월말에 일괄 이체하겠습니다. 감사합니다.",
    [],
    "Payment notice.",
    [],
)
M(
    "hanok-kitchen",
    3,
    "ORDER",
    "깍두기 2통, 포기김치 1통 급하게 추가 부탁드려요. 오늘 저녁 단체 예약(45명)이 있어서요.",
    [L("KKAKDUGI", 2), L("KIMCHI-POGI", 1)],
    "45 is a head count.",
    [],
)

# ---------------------------------------------------------------- kimbap-corner (WhatsApp, ko)
M(
    "kimbap-corner",
    0,
    "ORDER",
    "사장님 안녕하세요~ 김밥김 4박스 김밥단무지 10팩 한빛쌀 3포 부탁드려요 🙏",
    [L("GIM-KIMBAP", 4), L("DANMUJI-STRIP", 10), L("KR-RICE", 3)],
    "Spoken list.",
    ["spoken", "emoji"],
)
M(
    "kimbap-corner",
    1,
    "ORDER",
    "pls send 6 tteok and 4 fish cake, also 2 gochujang 3kg",
    [A(TTEOK, 6), L("EOMUK", 4), L("GOCHU-CJ", 2, "3kg")],
    "tteok is a family (cylinder or sliced); gochujang 3kg is the Haechandle (Chung Jung One only 1kg).",
    [],
)
M(
    "kimbap-corner",
    2,
    "ORDER",
    "2칸 도시락 빨간색 1박스요",
    [L("BENTO-2", 1, "Red")],
    "2-compartment bento, red.",
    [],
)
M("kimbap-corner", 3, "OTHER", "감사합니다 잘 받았어요 👍", [], "Thanks.", ["emoji"])
M(
    "kimbap-corner",
    4,
    "ORDER",
    "통단무지 2개랑 참기름 3병",
    [L("DANMUJI-WHOLE", 2), A(SESOIL, 3)],
    "참기름 is a family (Kadoya, Ottogi).",
    [],
)
M(
    "kimbap-corner",
    5,
    "ORDER",
    "평소대로 주세요~ 신라면 1박스 추가요",
    [L("SHIN-RAMYUN", 1)],
    "The usual plus one case of Shin Ramyun.",
    [],
    ref="usual",
)
M("kimbap-corner", 6, "QUESTION", "혹시 일요일에도 배달 되나요?", [], "", [])
M(
    "kimbap-corner",
    2,
    "ORDER",
    "떡볶이떡 6봉 어묵 4봉 흰깨 2봉 밀키스 2박스",
    [L("TTEOK-CYL", 6), L("EOMUK", 4), L("SESAME-WHITE", 2), L("MILKIS", 2)],
    "Spoken list.",
    ["spoken"],
)
M(
    "kimbap-corner",
    4,
    "CHANGE",
    "내일 배송 건 김밥김 4박스를 6박스로 바꿔주실 수 있나요?",
    [],
    "Changes a placed order: kimbap gim 6.",
    [],
    change=[L("GIM-KIMBAP", 6)],
)

# ---------------------------------------------------------------- bento-box-co (e-mail, en)
M(
    "bento-box-co",
    0,
    "ORDER",
    "Subject: PO 44172 – delivery Wed 31 May\n\nHi team,\nPlease deliver:\n- 10 x karaage 1kg\n- 4 x golden curry 1kg\n- 3 cases black 5-compartment bento\n- 2 cases red 2-compartment bento\n- 6 x teriyaki\nThanks,\nRachel Moore\nOperations, The Bento Co.\nUnit 7, 22 Canal St\n020 7946 0738",
    [
        L("KARAAGE", 10),
        L("CURRY-ROUX", 4),
        L("BENTO-5", 3, "Black"),
        L("BENTO-2", 2, "Red"),
        L("TERIYAKI", 6),
    ],
    "PO, date, street numbers and phone are not quantities.",
    ["signature", "number_in_name"],
)
M(
    "bento-box-co",
    0,
    "ORDER",
    "Could we also get 2000 bamboo chopsticks and 1000 soy sachets with that?",
    [L("CHOP-BAMBOO", 1), L("SOY-SACHET", 2)],
    "2000 pairs is 1 case; 1000 sachets are 2 boxes of 500.",
    ["count", "non_order_request"],
)
M(
    "bento-box-co",
    1,
    "ORDER",
    "Hi, mayo x4, panko x1, gloves medium x4 please. R.",
    [L("KEWPIE", 4, None), A(PANKO, 1), L("GLOVES", 4, "Medium")],
    "'mayo' is Kewpie without a size; panko 1kg bag or 10kg sack.",
    [],
)
M(
    "bento-box-co",
    2,
    "QUESTION",
    "I'd like to know whether the 5-compartment boxes are microwave safe – a client is asking. Also, are the lids vented?",
    [],
    "Opens like an order but asks for information.",
    ["non_order_request"],
)
M(
    "bento-box-co",
    2,
    "CHANGE",
    "Re PO 44172: can you change the karaage from 10 to 14 bags? Everything else stays the same.",
    [],
    "Changes a placed order.",
    [],
    change=[L("KARAAGE", 14)],
)
M(
    "bento-box-co",
    4,
    "ORDER",
    "Same as last week please, but no tempura mix and double the edamame.",
    [],
    "Reference: last week's order without tempura batter, edamame doubled.",
    [],
    ref="last",
    remove=["TEMPURA-FLOUR"],
    double=["EDAMAME-SHELL"],
)
M(
    "bento-box-co",
    3,
    "ORDER",
    "Add 2 cases of the black 3-compartment bento boxes and 2 packs of ebi tempura to Tuesday's drop, thanks",
    [N(2, "3-compartment bento box"), L("EBI-TEMPURA", 2)],
    "Only 2- and 5-compartment bentos are stocked.",
    [],
)
M(
    "bento-box-co",
    5,
    "OTHER",
    "Automatic reply: I'm out of the office until Monday 5 June. For urgent orders please contact Tom on 020 7946 0381.",
    [],
    "Auto-reply.",
    [],
)
M(
    "bento-box-co",
    1,
    "ORDER",
    "Hi, could you add 3 x 1kg Kewpie and 2 boxes of medium gloves to tomorrow's order? Thanks, Rachel",
    [L("KEWPIE", 3, "1kg"), L("GLOVES", 2, "Medium")],
    "",
    ["non_order_request"],
)

# ---------------------------------------------------------------- nori-and-co (WhatsApp, en)
M(
    "nori-and-co",
    0,
    "ORDER",
    "hey! 8 silver nori, 4 packs wasabi tubes, 3 cs sushi trays, 20kg salmon side 🍣",
    [L("NORI-SILVER", 8), L("WASABI-PASTE", 4), L("SUSHI-TRAY", 3), L("SALMON-SIDE", 20)],
    "",
    ["emoji", "weight"],
)
M(
    "nori-and-co",
    1,
    "ORDER",
    "drum of sushi vinegar + 3 gari",
    [L("VIN-SUSHI", 1, "20L"), L("GARI", 3, None)],
    "'drum' is the 20L; gari without colour.",
    ["unit_word"],
)
M(
    "nori-and-co",
    2,
    "ORDER",
    "gloves large x3, masago x2, butterfly prawns x4",
    [L("GLOVES", 3, "Large"), L("MASAGO", 2), L("EBI-SUSHI", 4)],
    "",
    [],
)
M(
    "nori-and-co",
    3,
    "QUESTION",
    "what's your cutoff for next day? we're at 9 Quay Rd, unit 3",
    [],
    "Address numbers.",
    [],
)
M(
    "nori-and-co",
    4,
    "COMPLAINT",
    "salmon side this morning says 18.6kg on the label but we were invoiced for 20 😕 pls fix INV-88213",
    [],
    "Weight and invoice numbers are not an order.",
    ["emoji"],
)
M(
    "nori-and-co",
    5,
    "ORDER",
    "need 12 kewpie small and 3 cs trays",
    [L("KEWPIE", 12, "500g"), L("SUSHI-TRAY", 3)],
    "Kewpie is sold each; 'small' is the 500g.",
    [],
)
M(
    "nori-and-co",
    6,
    "ORDER",
    "could you send 2 inari and 60 sushi ebi?",
    [L("INARI", 2), L("EBI-SUSHI", 2)],
    "60 ebi are 2 packs of 30.",
    ["count", "non_order_request"],
)
M(
    "nori-and-co",
    2,
    "ORDER",
    "8 packs silver nori + 1 calrose sack pls 🙏",
    [L("NORI-SILVER", 8), L("SR-CALROSE", 1)],
    "",
    ["emoji"],
)
M(
    "nori-and-co",
    4,
    "CHANGE",
    "can we move friday's delivery to saturday morning? same stuff",
    [],
    "Moves the delivery day.",
    [],
    change=[],
)

# ---------------------------------------------------------------- yoshida-kaiseki (e-mail, ja)
M(
    "yoshida-kaiseki",
    0,
    "ORDER",
    "件名：ご注文\n\n吉田です。いつもありがとうございます。\nあきたこまち10kg 3袋\n金海苔 2パック\n昆布 2袋\n鰹節 2袋\n大吟醸 12本\n以上、金曜日の午前中にお願いします。\n\n吉田 健一\nYoshida  020 7946 0740",
    [L("SR-AKITA", 3), L("NORI-GOLD", 2), L("KOMBU", 2), L("KATSUOBUSHI", 2), L("SAKE-DAIGINJO", 12)],
    "",
    ["signature", "number_in_name"],
)
M(
    "yoshida-kaiseki",
    1,
    "ORDER",
    "月桂冠 720ml 6本、煎茶ティーバッグ 2箱お願いします。",
    [L("SAKE-GEKKEIKAN", 6, "750ml"), L("SENCHA-BAGS", 2)],
    "Judgement: 720ml is the usual Japanese bottle size; the catalog's small Gekkeikan is 750ml, so a clerk reads it as the 750ml.",
    ["variant_judgement"],
)
M(
    "yoshida-kaiseki",
    2,
    "ORDER",
    "いくら 1、うなぎ 1ケース、うなぎのたれ 1本、鮪 3kg",
    [L("IKURA", 1), L("UNAGI", 1), L("UNAGI-SAUCE", 1), L("TUNA-SAKU", 3)],
    "うなぎ by the case is the eel; うなぎのたれ is the sauce.",
    ["weight"],
)
M("yoshida-kaiseki", 3, "QUESTION", "煎茶のティーバッグについて、有機栽培のものはございますか？", [], "", [])
M(
    "yoshida-kaiseki",
    4,
    "OTHER",
    "6月5日から10日まで店休日となります。その間の配送は不要です。",
    [],
    "Closure notice; dates are not quantities.",
    [],
)
M(
    "yoshida-kaiseki",
    5,
    "ORDER",
    "柚子胡椒 3個と、わさび 1袋お願いします。",
    [N(3, "yuzu kosho"), L("WASABI-POWDER", 1)],
    "Yuzu kosho is not stocked; わさび by the bag (袋) is the powder (paste comes in packs of tubes).",
    ["unit_word"],
)
M(
    "yoshida-kaiseki",
    6,
    "ORDER",
    "蕎麦 2ケース、白味噌 2個、本みりん 3本を月曜日にお願いします。",
    [L("SOBA", 2), L("MISO-WHITE", 2), L("MIRIN-HON", 3)],
    "",
    [],
)

# ---------------------------------------------------------------- matsu-shokudo (WhatsApp, ja)
M(
    "matsu-shokudo",
    0,
    "ORDER",
    "おはようございます！ニシキ米10kg 4袋、味噌汁の素 3箱、ヤマサ醤油 4本、冷凍うどん 3ケースお願いします🙇",
    [L("SR-NISHIKI", 4), L("MISO-SOUP", 3), L("SOY-YAMASA", 4), L("UDON-FROZEN", 3)],
    "",
    ["emoji"],
)
M(
    "matsu-shokudo",
    1,
    "ORDER",
    "唐揚げ8 パン粉6 カレールー3 豆腐2",
    [L("KARAAGE", 8), A(PANKO, 6), L("CURRY-ROUX", 3), A(TOFU, 2)],
    "Spoken list; panko and tofu are families.",
    ["spoken"],
)
M(
    "matsu-shokudo",
    2,
    "ORDER",
    "サッポロ48本と味醂3本",
    [L("SAPPORO", 2), A(MIRIN, 3)],
    "48 cans are 2 cases of 24; 味醂 is hon mirin or aji-mirin.",
    ["count"],
)
M(
    "matsu-shokudo",
    3,
    "COMPLAINT",
    "昨日の冷凍うどん、1ケース溶けてました。交換お願いできますか？",
    [],
    "",
    [],
)
M(
    "matsu-shokudo",
    4,
    "ORDER",
    "いつもの注文お願いします。あとトンカツソース1本追加で",
    [L("TONKATSU", 1)],
    "The usual plus one tonkatsu sauce.",
    [],
    ref="usual",
)
M(
    "matsu-shokudo",
    5,
    "ORDER",
    "七味 2袋、木綿豆腐 1ケース",
    [N(2, "shichimi togarashi"), L("TOFU-FIRM", 1)],
    "Shichimi is not stocked.",
    [],
)
M("matsu-shokudo", 6, "QUESTION", "来週の月曜日もいつも通り配達ありますか？", [], "", [])
M(
    "matsu-shokudo",
    2,
    "ORDER",
    "カレールー 3箱、絹豆腐 2ケース、サッポロ 2ケースお願いします🙏",
    [L("CURRY-ROUX", 3), L("TOFU-SILKEN", 2), L("SAPPORO", 2)],
    "",
    ["emoji"],
)
M("matsu-shokudo", 4, "ORDER", "唐揚げ 8袋だけ追加でお願いします", [L("KARAAGE", 8)], "Addition.", [])

# ---------------------------------------------------------------- chimac-house (SMS, en)
M(
    "chimac-house",
    0,
    "ORDER",
    "Joon @ Chimac: 10 bags tempura mix, 10 cs cass, 4 cs chamisul fresh, 3 cs milkis. cheers",
    [L("TEMPURA-FLOUR", 10), L("CASS", 10), L("SOJU-FRESH", 4), L("MILKIS", 3)],
    "",
    [],
)
M(
    "chimac-house",
    1,
    "ORDER",
    "gochugaru fine x2 + danmuji x4 + gloves L x5",
    [L("GOCHUGARU", 2, "Fine 1kg"), A(DANMUJI, 4), L("GLOVES", 5, "Large")],
    "danmuji: whole or kimbap strips.",
    [],
)
M(
    "chimac-house",
    2,
    "ORDER",
    "Can I get 3 cans of milkis and 30 cass",
    [L("MILKIS", 3), L("CASS", None)],
    "'3 cans of milkis' is 3 cases by the small-N rule; 30 cass is not a whole case of 24.",
    ["container", "count", "non_order_request"],
)
M("chimac-house", 3, "CANCEL", "cancel tmrw's order pls, power cut at the shop. will reorder", [], "", [])
M(
    "chimac-house",
    4,
    "QUESTION",
    "do u have soju in the big 640ml bottles?",
    [],
    "640ml soju is not stocked.",
    ["not_in_catalog"],
)
M(
    "chimac-house",
    5,
    "ORDER",
    "1 tub haechandle 14kg, 2 x 5L kikkoman, 2 white sesame",
    [L("GOCHU-CJ", 1, "14kg"), L("SOY-KIKKO", 2, "5L"), L("SESAME-WHITE", 2)],
    "Haechandle 14kg can only be the gochujang (doenjang has no 14kg).",
    ["pack"],
)
M(
    "chimac-house",
    6,
    "ORDER",
    "4 or 5 cs soju fresh for the match tonight",
    [L("SOJU-FRESH", None)],
    "Range: quantity open.",
    ["range"],
)
M(
    "chimac-house",
    2,
    "ORDER",
    "10 bags tempura batter + 4 whole danmuji, ta",
    [L("TEMPURA-FLOUR", 10), L("DANMUJI-WHOLE", 4)],
    "",
    [],
)
M(
    "chimac-house",
    4,
    "ORDER",
    "cass 10 and chamisul fresh 4, cases",
    [L("CASS", 10), L("SOJU-FRESH", 4)],
    "",
    [],
)

# ---------------------------------------------------------------- pocha-88 (WhatsApp, ko)
M(
    "pocha-88",
    0,
    "ORDER",
    "포차88입니다! 참이슬 후레쉬 8박스, 자몽 소주 4박스, 복숭아 소주 3박스, 막걸리 3박스요",
    [L("SOJU-FRESH", 8), L("SOJU-GRAPEFRUIT", 4), L("SOJU-PEACH", 3), L("MAKGEOLLI", 3)],
    "88 is part of the name.",
    ["number_in_name"],
)
M(
    "pocha-88",
    1,
    "ORDER",
    "청포도 소주 3박스, 떡볶이떡 8봉, 오뎅 6봉",
    [N(3, "green grape soju"), L("TTEOK-CYL", 8), L("EOMUK", 6)],
    "Green grape soju is not stocked (grapefruit and peach are).",
    [],
)
M(
    "pocha-88",
    2,
    "ORDER",
    "soju 10 cases and 2 shin for the bar snacks",
    [A(SOJU, 10), A(SHIN, 2)],
    "Bare soju; 'shin' is Shin Ramyun or Shin Cup.",
    [],
    ch="WHATSAPP",
)
M(
    "pocha-88",
    3,
    "OTHER",
    "Wrong chat sorry!! 🙈 ignore the last msg – was meant for my sister",
    [],
    "",
    ["emoji"],
)
M(
    "pocha-88",
    4,
    "ORDER",
    "[voice message] can you send four cases of cass too boxes of buldak and a kimchi 5 kilo",
    [L("CASS", 4), L("BULDAK", 2), L("KIMCHI-MAT", 1, "5kg")],
    "Voice-to-text: 'too' = two; bare 'buldak' is the original (carbonara carries its word); kimchi 5 kilo is the mat kimchi (pogi is 10kg only).",
    ["voice", "homophone", "spoken"],
)
M(
    "pocha-88",
    5,
    "ORDER",
    "막걸리 24병 보내주세요",
    [L("MAKGEOLLI", None)],
    "24 bottles is not a whole case of 20.",
    ["count"],
)
M("pocha-88", 6, "QUESTION", "다음주부터 조미김 가격 오르나요?", [], "", [])
M(
    "pocha-88",
    1,
    "ORDER",
    "조미김 2박스, 신라면 2박스, 불닭 1박스 보내주세요 🍜",
    [L("GIM-SNACK", 2), L("SHIN-RAMYUN", 2), L("BULDAK", 1)],
    "불닭 bare is the original.",
    ["emoji"],
)
M("pocha-88", 5, "ORDER", "카스 6박스 막걸리 3박스", [L("CASS", 6), L("MAKGEOLLI", 3)], "", ["spoken"])

# ---------------------------------------------------------------- gangnam-mart (e-mail, en)
M(
    "gangnam-mart",
    0,
    "ORDER",
    "Subject: Order – Gangnam Mart (acct GM-2207)\n\nHello,\n\nPlease send:\nShin Ramyun 10 cases\nShin Cup 8 cases\nBuldak carbonara 6 cases\nBuldak original 6 cases\nMilkis 8 cases\n\nRegards,\nS. Park\nGangnam Mart, 41 Coldharbour Lane\n07700 900744",
    [L("SHIN-RAMYUN", 10), L("SHIN-CUP", 8), L("BULDAK-CARBO", 6), L("BULDAK", 6), L("MILKIS", 8)],
    "Account number, address, phone.",
    ["signature"],
)
M(
    "gangnam-mart",
    1,
    "ORDER",
    "We need 480 packs of shin ramyun for a promo weekend, and 120 seaweed snacks please.",
    [L("SHIN-RAMYUN", 12), L("GIM-SNACK", None)],
    "480 packets are 12 cases of 40; 120 snacks are not whole cases of 72.",
    ["count"],
)
M(
    "gangnam-mart",
    2,
    "ORDER",
    "gochujang 500g x 24, mat kimchi 1kg x 20, glass noodles x 12",
    [L("GOCHU-CJ", 24, "500g"), L("KIMCHI-MAT", 20, "1kg"), L("DANGMYEON", 12)],
    "500g fits only the Haechandle gochujang.",
    [],
)
M(
    "gangnam-mart",
    3,
    "QUESTION",
    "Could you quote for 30 cases of Buldak and 30 of Shin Ramyun a month on a standing order? Not ordering yet, just comparing suppliers.",
    [],
    "Quote request with quantities.",
    ["non_order_request"],
)
M(
    "gangnam-mart",
    3,
    "COMPLAINT",
    "Invoice INV-88050 charges 3 cases of kimchi mandu but we received 2. Please correct.",
    [],
    "",
    [],
)
M(
    "gangnam-mart",
    4,
    "ORDER",
    "mandu 6 cases pls, also steel chopsticks x6",
    [A(MANDU, 6), L("CHOP-STEEL", 6)],
    "Bare mandu.",
    [],
)
M(
    "gangnam-mart",
    5,
    "ORDER",
    "Yes please, go ahead with 6 tubs of the Chung Jung One as well.\n\nS. Park\n\n> On 31 May 2028, Kaede & Hanbit Trading wrote:\n> We can offer Chung Jung One Gochujang 1kg at £7.40 per tub (12 tubs for £84).\n> Let us know if you'd like us to add it.",
    [L("GOCHU-CJO", 6)],
    "Quoted offer: the 12 and the prices are not quantities.",
    ["quoted"],
)
M(
    "gangnam-mart",
    6,
    "ORDER",
    "Please send 10 bags tteokbokki tteok and 3 cases each of pork mandu and kimchi mandu.",
    [L("TTEOK-CYL", 10), L("MANDU-PORK", 3), L("MANDU-KIMCHI", 3)],
    "'3 cases each' applies to both.",
    [],
)
M(
    "gangnam-mart",
    2,
    "ORDER",
    "Order for Tuesday: Buldak carbonara x6, Shin cup x8, Milkis x8 (cases). Thanks S. Park",
    [L("BULDAK-CARBO", 6), L("SHIN-CUP", 8), L("MILKIS", 8)],
    "",
    [],
)

# ---------------------------------------------------------------- tokyo-deli (e-mail, en)
M(
    "tokyo-deli",
    0,
    "ORDER",
    "Hi, order for Tokyo Deli Manchester:\n10 bags Nishiki\n24 Kikkoman 1L\n24 Kewpie 500g\n6 white miso\n8 boxes instant miso soup\nBest, Aiko",
    [
        L("SR-NISHIKI", 10),
        L("SOY-KIKKO", 24, "1L"),
        L("KEWPIE", 24, "500g"),
        L("MISO-WHITE", 6),
        L("MISO-SOUP", 8),
    ],
    "",
    [],
)
M(
    "tokyo-deli",
    1,
    "ORDER",
    "ramune 90 bottles, oi ocha 2 cases, wakame x6",
    [L("RAMUNE", 3), L("OI-OCHA", 2), L("WAKAME", 6)],
    "90 bottles are 3 cases of 30.",
    ["count"],
)
M(
    "tokyo-deli",
    2,
    "ORDER",
    "36 bottles of ramune and 10 golden curry please",
    [L("RAMUNE", None), L("CURRY-ROUX", 10)],
    "36 bottles are not a whole case of 30.",
    ["count"],
)
M(
    "tokyo-deli",
    3,
    "QUESTION",
    "I'd like to stock Yakult – do you carry it, or could you get it in?",
    [],
    "Not stocked.",
    ["non_order_request", "not_in_catalog"],
)
M(
    "tokyo-deli",
    4,
    "OTHER",
    "Please update our delivery address from 6 June: Unit 2, 18 Oldham Rd, Manchester. Aiko",
    [],
    "Address change.",
    [],
)
M(
    "tokyo-deli",
    5,
    "ORDER",
    "furikake x4, green tea x4, soba x2",
    [N(4, "furikake"), A(GREENTEA, 4), L("SOBA", 2)],
    "Furikake is not stocked; green tea is bottled Oi Ocha or sencha bags.",
    [],
)
M(
    "tokyo-deli",
    6,
    "ORDER",
    "Please could you deliver 12 bags of small panko and 3 cases of dried udon on Monday?",
    [L("PANKO-1", 12), L("UDON-DRIED", 3)],
    "'small panko' is the 1kg bag.",
    ["non_order_request"],
)
M(
    "tokyo-deli",
    3,
    "ORDER",
    "Hello Kaede team, 4 cases Oi Ocha, 6 bags wakame and 4 hondashi please. Aiko",
    [L("OI-OCHA", 4), L("WAKAME", 6), L("HONDASHI", 4)],
    "",
    [],
)

# ---------------------------------------------------------------- harbourside-uni (e-mail, en)
M(
    "harbourside-uni",
    0,
    "ORDER",
    "Hello,\nWeek 23 order for Harbourside Uni Asian Kitchen:\n4 x Calrose 20kg\n12 x Golden Curry 1kg\n20 x karaage\n10 boxes veg gyoza\n6 cases black 2 compartment bento\nDelivery Monday 5 June before 8am, Gate B.\nGareth Lloyd\nCatering Manager",
    [L("SR-CALROSE", 4), L("CURRY-ROUX", 12), L("KARAAGE", 20), L("GYOZA-VEG", 10), L("BENTO-2", 6, "Black")],
    "Week number, date and time are not quantities.",
    ["signature", "number_in_name"],
)
M(
    "harbourside-uni",
    1,
    "ORDER",
    "For the freshers' welcome lunch (600 students) please add 40 bags of karaage and 20 boxes of veg gyoza on top of Monday's order.",
    [L("KARAAGE", 40), L("GYOZA-VEG", 20)],
    "Addition with a reason (600 students): not an outlier.",
    [],
)
M(
    "harbourside-uni",
    2,
    "QUESTION",
    "Can I get the allergen matrix for the gyoza range and the teriyaki? Our dietitian needs it by Friday.",
    [],
    "Document request: QUESTION.",
    ["non_order_request"],
)
M(
    "harbourside-uni",
    3,
    "ORDER",
    "udon x6 teriyaki x8 edamame x10",
    [A(UDON, 6), L("TERIYAKI", 8), A(EDAMAME, 10)],
    "udon and edamame are families.",
    ["spoken"],
)
M(
    "harbourside-uni",
    4,
    "ORDER",
    "For the vegan night next week: 15 boxes veg gyoza, 10 cases firm tofu and, if you have them, 5 boxes of prawn gyoza for the non-vegan option.",
    [L("GYOZA-VEG", 15), L("TOFU-FIRM", 10), N(5, "prawn gyoza")],
    "Prawn gyoza is not stocked; reason given for the quantities.",
    [],
)
M(
    "harbourside-uni",
    5,
    "OTHER",
    "Term ends 16 June – the last delivery of term will be Monday 12 June. We'll resume on 18 September.",
    [],
    "Notice.",
    [],
)
M(
    "harbourside-uni",
    3,
    "ORDER",
    "Top-up for Thursday: 6 cases frozen udon, 2 sacks panko, 3 cases bamboo chopsticks.",
    [L("UDON-FROZEN", 6), L("PANKO-10", 2), L("CHOP-BAMBOO", 3)],
    "'sacks panko' is the 10kg sack.",
    ["unit_word"],
)

# ---------------------------------------------------------------- hotel-mizu (e-mail, en)
M(
    "hotel-mizu",
    0,
    "ORDER",
    "Chef Bell here. For Thursday:\n3 x koshihikari 10kg\n4 x half cut nori\n6 x less salt kikkoman\n4 x rice vinegar\n1 x black tobiko\nThanks\nLucas Bell, Head Chef, Hotel Mizu\nT: 020 7946 0747",
    [
        L("SR-KOSHI", 3, "10kg"),
        L("NORI-HALF", 4),
        L("SOY-KIKKO-LS", 6),
        L("VIN-RICE", 4),
        L("TOBIKO", 1, "Black"),
    ],
    "",
    ["signature", "number_in_name"],
)
M(
    "hotel-mizu",
    1,
    "ORDER",
    "Please add 2 tubs of yellow tobiko and 6 daiginjo. Lucas",
    [L("TOBIKO", 2, None, nofill=True), L("SAKE-DAIGINJO", 6)],
    "Yellow tobiko does not exist: variant open, never filled from history.",
    ["colour_missing"],
)
M(
    "hotel-mizu",
    2,
    "ORDER",
    "green tea x4, ponzu x4, sake x6 – thanks",
    [A(GREENTEA, 4), L("PONZU", 4), A(SAKE, 6)],
    "green tea and sake are families.",
    [],
)
M(
    "hotel-mizu",
    3,
    "COMPLAINT",
    "The Kirin delivered on Tuesday was 2 cases short (ordered 4, got 2). Please send the rest or credit us.",
    [],
    "",
    [],
)
M(
    "hotel-mizu",
    3,
    "ORDER",
    "Usual for Thursday please, but 2 boxes of sencha instead of 6, and add 1 case of asahi cans.",
    [L("SENCHA-BAGS", 2, op="set"), L("ASAHI", 1, "24 x 330ml Can")],
    "The usual with sencha 2 and one case of Asahi cans.",
    [],
    ref="usual",
)
M(
    "hotel-mizu",
    4,
    "ORDER",
    "6 umeshu, 2 cases Kirin, 4 packs half nori – for Friday's omakase (40 covers). Lucas",
    [L("UMESHU", 6), L("KIRIN", 2), L("NORI-HALF", 4)],
    "40 covers is not a quantity.",
    [],
)
M(
    "hotel-mizu",
    6,
    "QUESTION",
    "Do you have any Japanese whisky? Guests keep asking for Hibiki.",
    [],
    "Not stocked.",
    ["not_in_catalog"],
)
M(
    "hotel-mizu",
    5,
    "ORDER",
    "2 bags of koshihikari 10kg and 2 white gari for tomorrow please",
    [L("SR-KOSHI", 2, "10kg"), L("GARI", 2, "White")],
    "",
    [],
)

# ---------------------------------------------------------------- dosirak-truck (SMS, en)
M(
    "dosirak-truck",
    0,
    "ORDER",
    "Mina @ Dosirak – 1 korean rice, 1 haechandle 3kg, 2 glass noodles, 2 cs red bento 2 compartment pls",
    [L("KR-RICE", 1), A(HAECHANDLE, 1, cv="3kg"), L("DANGMYEON", 2), L("BENTO-2", 2, "Red")],
    "'haechandle 3kg' is the brand: gochujang or doenjang, both come in 3kg.",
    ["brand_word"],
)
M(
    "dosirak-truck",
    1,
    "ORDER",
    "red bento x3 and mandu x2",
    [A(BENTO, 3, cv="Red"), A(MANDU, 2)],
    "Red fits both bento products.",
    [],
)
M(
    "dosirak-truck",
    2,
    "QUESTION",
    "can u do deliveries to the market on sat morning? we have pitch 22",
    [],
    "Pitch number.",
    [],
)
M(
    "dosirak-truck",
    3,
    "ORDER",
    "need 2-3 mat kimchi 5kg for the weekend festival",
    [L("KIMCHI-MAT", None, "5kg")],
    "Range.",
    ["range"],
)
M(
    "dosirak-truck",
    4,
    "OTHER",
    "paid inv 88101 by bank transfer this morning £312.40 👍",
    [],
    "Payment notice.",
    ["emoji"],
)
M(
    "dosirak-truck",
    5,
    "ORDER",
    "2 sempio big bottles + 2 ottogi sesame oil + 2 cs milkis",
    [L("SOY-SEMPIO", 2, "1.8L"), L("SESAME-OIL-OTTOGI", 2), L("MILKIS", 2)],
    "'big bottles' is the 1.8L.",
    [],
)
M(
    "dosirak-truck",
    2,
    "ORDER",
    "2 bags glass noodles, 1 sack korean rice, 2 cs pork mandu",
    [L("DANGMYEON", 2), L("KR-RICE", 1), L("MANDU-PORK", 2)],
    "",
    [],
)

# ---------------------------------------------------------------- mr-gyoza (WhatsApp, en)
M(
    "mr-gyoza",
    0,
    "ORDER",
    "morning boss 20 pork gyoza boxes 8 veg gyoza 6 ponzu 2 gloves M",
    [L("GYOZA-PORK", 20), L("GYOZA-VEG", 8), L("PONZU", 6), L("GLOVES", 2, "Medium")],
    "Spoken list.",
    ["spoken"],
)
M("mr-gyoza", 1, "ORDER", "gyoza x 25 for saturday, big market day", [A(GYOZA, 25)], "Bare gyoza.", [])
M(
    "mr-gyoza",
    2,
    "ORDER",
    "send 100 boxes veg gyoza for fri",
    [L("GYOZA-VEG", 100)],
    "Outlier: usual 8, no reason.",
    [],
)
M(
    "mr-gyoza",
    2,
    "CHANGE",
    "sorry meant 10 not 100 🤦 veg gyoza 10 boxes",
    [],
    "Corrects the order just placed.",
    ["emoji"],
    change=[L("GYOZA-VEG", 10)],
)
M(
    "mr-gyoza",
    3,
    "QUESTION",
    "do you do prawn gyoza? customers keep asking",
    [],
    "Not stocked.",
    ["not_in_catalog"],
)
M(
    "mr-gyoza",
    4,
    "ORDER",
    "Ponzu 6, sesame oil kadoya 2, 3 box of soy sachets. Pay cash as always",
    [L("PONZU", 6), L("SESAME-OIL-KADOYA", 2), L("SOY-SACHET", 3)],
    "",
    [],
)
M(
    "mr-gyoza",
    5,
    "ORDER",
    "pork gyoza 22 boxes + veg gyoza 8 for sat, medium gloves 2",
    [L("GYOZA-PORK", 22), L("GYOZA-VEG", 8), L("GLOVES", 2, "Medium")],
    "",
    [],
)

# ---------------------------------------------------------------- kura-sake-bar (WhatsApp, en)
M(
    "kura-sake-bar",
    0,
    "ORDER",
    "Hi, Haruka from Kura. 8 isshobin Gekkeikan, 12 daiginjo, 3 cs nigori, 6 choya. Thanks!",
    [L("SAKE-GEKKEIKAN", 8, "1.8L"), L("SAKE-DAIGINJO", 12), L("SAKE-NIGORI", 3), L("UMESHU", 6)],
    "isshobin is the 1.8L bottle.",
    [],
)
M(
    "kura-sake-bar",
    1,
    "ORDER",
    "2 kegs asahi and 18 bottles of nigori",
    [L("ASAHI-KEG", 2), L("SAKE-NIGORI", None)],
    "18 bottles are 1.5 cases of 12.",
    ["count"],
)
M(
    "kura-sake-bar",
    2,
    "ORDER",
    "If you can get Dassai 45 by Friday, 6 bottles. Otherwise just 2 more cases of nigori.",
    [N(6, "Dassai 45"), L("SAKE-NIGORI", 2)],
    "Conditional order: Dassai is not stocked, so the fallback (2 nigori) applies; a human must confirm.",
    ["conditional"],
    review=True,
    nohist=True,
)
M(
    "kura-sake-bar",
    3,
    "OTHER",
    "お疲れ様です。来週から発注担当がHarukaからRenに変わります。Renの番号：+447700900762",
    [],
    "Contact change, in Japanese.",
    [],
)
M(
    "kura-sake-bar",
    4,
    "ORDER",
    "same as last time but takoyaki 6 instead of 4",
    [L("TAKOYAKI", 6, op="set")],
    "",
    [],
    ref="last",
)
M(
    "kura-sake-bar",
    5,
    "ORDER",
    "asahi 0.0 x2 cases and kirin x2",
    [N(2, "Asahi 0.0"), L("KIRIN", 2)],
    "Alcohol-free Asahi is not stocked.",
    [],
)
M(
    "kura-sake-bar",
    6,
    "COMPLAINT",
    "One of the daiginjo bottles arrived with a cracked cap, the sake had leaked all over the box.",
    [],
    "",
    [],
)
M(
    "kura-sake-bar",
    3,
    "ORDER",
    "6 bottles of choya and 2 cases sayuri pls 🍶",
    [L("UMESHU", 6), L("SAKE-NIGORI", 2)],
    "",
    ["emoji"],
)

# ---------------------------------------------------------------- sumi-events (e-mail, en)
M(
    "sumi-events",
    0,
    "ORDER",
    "Subject: Corporate dinner 8 June – 220 guests\n\nHi,\nFor our event on the 8th please deliver on 7 June:\n- 5 x Koshihikari 10kg\n- 10 packs gold nori\n- 3 x sushi vinegar 1.8L\n- 6 cases of Asahi cans\n- 2 cases black 5-compartment bento\nOlivia Grant\nSumi Events\n07700 900751",
    [
        L("SR-KOSHI", 5, "10kg"),
        L("NORI-GOLD", 10),
        L("VIN-SUSHI", 3, "1.8L"),
        L("ASAHI", 6, "24 x 330ml Can"),
        L("BENTO-5", 2, "Black"),
    ],
    "Guest count and dates are not quantities.",
    ["signature", "number_in_name"],
)
M(
    "sumi-events",
    1,
    "ORDER",
    "Our usual event order please for Friday, plus 4 cases of chamisul fresh.",
    [L("SOJU-FRESH", 4)],
    "The caterer has no usual basket: unresolved.",
    ["ambiguous_reference"],
    ref="usual",
)
M(
    "sumi-events",
    2,
    "QUESTION",
    "Could you send your price list for sake and soju? We're quoting a wedding for 150 in July.",
    [],
    "",
    ["non_order_request"],
)
M(
    "sumi-events",
    3,
    "ORDER",
    "Please deliver 6 cases of Sapporo and 4 tubs of ikura for the gala – on 60-day terms this time, please.",
    [L("SAPPORO", 6), L("IKURA", 4)],
    "On credit (60-day terms): review.",
    ["credit"],
    review=True,
    nohist=True,
)
M(
    "sumi-events",
    4,
    "ORDER",
    "For the Friday canapé job: 8 boxes gyoza, 6 packs ebi tempura, 12 bottles gekkeikan 750ml",
    [A(GYOZA, 8), L("EBI-TEMPURA", 6), L("SAKE-GEKKEIKAN", 12, "750ml")],
    "Bare gyoza.",
    [],
)
M(
    "sumi-events",
    5,
    "CANCEL",
    "Please cancel the delivery for the 8 June event – the client has postponed. The order from Tuesday (Sapporo and ikura) still stands.",
    [],
    "Cancels one delivery.",
    [],
)
M(
    "sumi-events",
    1,
    "ORDER",
    "Subject: Tasting lunch Tue 6 June\n\nHi, for a 30-cover tasting please deliver Monday: 1 x Koshihikari 10kg, 2 packs gold nori, 1 x 1.8L sushi vinegar, 1 case of Asahi cans.\nOlivia",
    [L("SR-KOSHI", 1, "10kg"), L("NORI-GOLD", 2), L("VIN-SUSHI", 1, "1.8L"), L("ASAHI", 1, "24 x 330ml Can")],
    "",
    [],
)

# ---------------------------------------------------------------- hana-poke (WhatsApp, en, new)
M(
    "hana-poke",
    0,
    "ORDER",
    "Hi! We're Hana Poke, opening in Hackney next week. First order, we'll pay by card on delivery: 2 sacks calrose, 3 orange masago, 2 packs wasabi tubes, 1 case sushi trays, 4 kewpie 1kg",
    [L("SR-CALROSE", 2), L("MASAGO", 3), L("WASABI-PASTE", 2), L("SUSHI-TRAY", 1), L("KEWPIE", 4, "1kg")],
    "First order, paid on delivery: ships as written.",
    ["new_customer"],
)
M(
    "hana-poke",
    3,
    "ORDER",
    "same as my first order again pls + 2kg tuna saku",
    [L("TUNA-SAKU", 2)],
    "First-time customer: messages are not history.",
    ["new_customer", "ambiguous_reference"],
    ref="last",
)
M(
    "hana-poke",
    1,
    "QUESTION",
    "Do you stock poke bowls? the kraft ones with lids",
    [],
    "Not stocked.",
    ["new_customer", "not_in_catalog"],
)
M(
    "hana-poke",
    2,
    "ORDER",
    "roe x2 and edamame x3",
    [A(ROE, 2), A(EDAMAME, 3)],
    "Bare roe and edamame.",
    ["new_customer"],
)
M(
    "hana-poke",
    4,
    "ORDER",
    "Hi again! 2 packs ebi tempura.. no sorry, 2 packs of the butterfly sushi ebi, and 3 orange tobiko",
    [L("EBI-SUSHI", 2), L("TOBIKO", 3, "Orange")],
    "Self-correction.",
    ["new_customer", "self_correction"],
)
M(
    "hana-poke",
    5,
    "ORDER",
    "Can we get 2 sacks of calrose and 4 bottles of kewpie 1kg for Thursday? Paying on delivery again",
    [L("SR-CALROSE", 2), L("KEWPIE", 4, "1kg")],
    "",
    ["new_customer", "non_order_request"],
)

# ---------------------------------------------------------------- minji-bunsik (SMS, ko, new)
M(
    "minji-bunsik",
    0,
    "ORDER",
    "안녕하세요 새로 오픈하는 민지분식입니다. 떡볶이떡 10봉, 어묵 5봉, 고추장 3kg 2통, 김밥김 2박스 주문할게요. 현금 결제요",
    [L("TTEOK-CYL", 10), L("EOMUK", 5), L("GOCHU-CJ", 2, "3kg"), L("GIM-KIMBAP", 2)],
    "First order paid cash; 고추장 3kg is the Haechandle.",
    ["new_customer"],
)
M(
    "minji-bunsik",
    2,
    "ORDER",
    "다음 주문부터 30일 외상 가능할까요? 가능하면 신라면 3박스 같이 보내주세요",
    [L("SHIN-RAMYUN", 3)],
    "Depends on opening a 30-day account: review.",
    ["new_customer", "credit", "conditional"],
    review=True,
    nohist=True,
)
M(
    "minji-bunsik",
    1,
    "QUESTION",
    "순대도 파세요?",
    [],
    "Sundae is not stocked.",
    ["new_customer", "not_in_catalog"],
)
M(
    "minji-bunsik",
    4,
    "ORDER",
    "김밥김 1박스랑 단무지 5개 더요",
    [L("GIM-KIMBAP", 1), A(DANMUJI, 5)],
    "Bare danmuji.",
    ["new_customer"],
)
M(
    "minji-bunsik",
    5,
    "ORDER",
    "어묵 5봉 더 보내주세요. 현금으로 드릴게요",
    [L("EOMUK", 5)],
    "",
    ["new_customer"],
)

# ---------------------------------------------------------------- oishii-ya (WhatsApp, en)
M(
    "oishii-ya",
    0,
    "ORDER",
    "Hiya from Oishii-ya Leeds 🙂 1 sack koshi 20kg, 4 silver nori, 4 boxes wavy ramen, 4 chicken gyoza, 3 cs sapporo",
    [
        L("SR-KOSHI", 1, "20kg"),
        L("NORI-SILVER", 4),
        L("RAMEN-FRESH", 4, "Medium Wavy"),
        L("GYOZA-CHKN", 4),
        L("SAPPORO", 3),
    ],
    "",
    ["emoji", "number_in_name"],
)
M(
    "oishii-ya",
    1,
    "ORDER",
    "nori x4 ramen x4 gari x2",
    [A(NORI, 4), A(RAMEN, 4), L("GARI", 2, None)],
    "Families; gari without colour.",
    ["spoken"],
)
M(
    "oishii-ya",
    2,
    "COMPLAINT",
    "Sapporo cans came dented again, 5 of them across the 3 cases. Not the first time.",
    [],
    "",
    [],
)
M(
    "oishii-ya",
    3,
    "ORDER",
    "tensoge x1 and red tobiko x1, thanks",
    [L("CHOP-TENSOGE", 1), L("TOBIKO", 1, "Red")],
    "",
    [],
)
M(
    "oishii-ya",
    4,
    "ORDER",
    "Same as last Tuesday please + 2 more boxes of chicken gyoza",
    [L("GYOZA-CHKN", 2)],
    "",
    [],
    ref="last",
)
M(
    "oishii-ya",
    5,
    "QUESTION",
    "what's the actual difference between your gold and silver nori? thinking of switching for hand rolls",
    [],
    "",
    [],
)
M(
    "oishii-ya",
    5,
    "ORDER",
    "4 boxes chijiremen + 1 kikkoman 5L + 2 tobiko red",
    [L("RAMEN-FRESH", 4, "Medium Wavy"), L("SOY-KIKKO", 1, "5L"), L("TOBIKO", 2, "Red")],
    "chijiremen is the wavy ramen.",
    [],
)
M(
    "oishii-ya",
    6,
    "CANCEL",
    "pls cancel tuesday's delivery, we're closed for a private event. sorry!",
    [],
    "",
    [],
)
