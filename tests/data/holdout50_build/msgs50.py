# ruff: noqa  (hand-written data generator of blind set 50, kept as its writer left it)
# -*- coding: utf-8 -*-
"""Every message of blind set 50 and its plain label, hand-written.

L(sku, q, v)  a line (v: the variant name; leave it out when the text names none)
F(q, cands, cv)  a bare family word: sku null with candidates (cv: a size the text names)
N(q, what)  not in the catalog
M(...)  one message. day: 0 = Monday 2028-07-31 ... 6 = Sunday 2028-08-06.
ref: "usual" / "last" (a reference to history); edits: ("add", line) ("set", sku, q[, v]) ("remove", sku) ("double", sku)
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


def F(q, cands, cv=None):
    d = {"sku": None, "quantity": q, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    return d


def N(q, what):
    return {"sku": None, "quantity": q, "_nic": what}


def M(
    cust,
    day,
    ch,
    lang,
    text,
    intent="ORDER",
    lines=(),
    notes="",
    tags=(),
    review=None,
    ref=None,
    edits=(),
    outlier=False,
    change=None,
):
    MSGS.append(
        dict(
            customer=cust,
            day=day,
            channel=ch,
            language=lang,
            text=text,
            intent=intent,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            review=review,
            ref=ref,
            edits=list(edits),
            outlier=outlier,
            change=change,
        )
    )


W, S, E = "WHATSAPP", "SMS", "EMAIL"
FS = ["FS-SQUID", "FS-3CRABS-682", "FS-TIPAROS-12", "FS-REDBOAT40-500", "FS-REDBOAT50-250", "FS-MEGACHEF-700"]
REDBOAT = ["FS-REDBOAT40-500", "FS-REDBOAT50-250"]
HOISIN = ["SA-LKK-HOISIN", "SA-KOONCHUN-HOISIN"]
SRIRACHA = ["SA-FLYGOOSE-SRIRACHA", "SA-HUYFONG-793"]
OYSTER = ["SA-LKK-OYSTER-510", "SA-MAEKRUA-OYSTER"]
JASMINE = ["RICE-ROYALUMB", "RICE-LF-JASMINE-20"]
RNOODLE = ["ND-RICESTICK", "ND-VERMICELLI", "ND-BUNBO"]
MAMA = ["ND-MAMA-TOMYUM", "ND-MAMA-PORK"]
RP = ["RP-3LADIES", "RP-BLUEDRAGON-22"]
COMILK = ["CO-AROYD-MILK", "CO-CHAOKOH-MILK"]
COCREAM = ["CO-AROYD-CREAM", "CO-KARA-CREAM"]
BASIL = ["HB-THAIBASIL", "HB-HOLYBASIL"]
CORI = ["HB-CORIANDER", "HB-CORIANDER-1K"]
TOFU = ["TF-FIRM", "TF-SILKEN", "TF-PUFFS"]
PRAWNS = ["SF-VANNAMEI", "SF-TIGER-HOSO", "SF-PRAWN-COOKED"]
SQUIDBAG = ["SF-SQUID-SP", "SF-SQUID-BABY"]
SQUID = ["SF-SQUID-TUBES", "SF-SQUID-SP", "SF-SQUID-BABY"]
BELLY = ["MT-PORKBELLY-SKIN", "MT-PORKBELLY-SLICED"]
SPROUTS = ["VG-BEANSPROUT-5K", "VG-BEANSPROUT-1K"]
LEMONGRASS = ["HB-LEMONGRASS", "SP-LEMONGRASS-FRZ"]
SPRING = ["FZ-SPRINGROLL-VEG", "FZ-CHAGIO-PORK"]
CHOP = ["CS-BAMBOO", "CS-TWIN-24"]
FOIL = ["PK-FOIL-NO2", "PK-FOIL-NO6A"]
PASTES = ["CP-MAEPLOY-RED", "CP-MAEPLOY-GREEN", "CP-MAEPLOY-YELLOW", "CP-MAEPLOY-MASSAMAN"]
BEER = ["DR-SINGHA", "DR-CHANG", "DR-SAIGON"]

# ---------------------------------------------------------------- pho-saigon-hackney (Vietnamese, diacritics)
C = "pho-saigon-hackney"
M(
    C,
    0,
    W,
    "vi",
    "Anh ơi, tuần này như mọi khi nha, giao thứ Hai trước 10h. Cảm ơn anh 🙏",
    ref="usual",
    tags=["emoji"],
    notes="'như mọi khi' = the usual; 10h is a time",
)
M(
    C,
    1,
    W,
    "vi",
    "Cho em thêm 2 thùng bánh phở 5mm với 10 bó húng quế vào đơn thứ Hai nhé",
    lines=[L("ND-RICESTICK", 2, "5mm"), L("HB-THAIBASIL", 10)],
    tags=["non_order_request"],
    notes="addition to a placed order is ORDER; 'thùng' = case; húng quế = Thai basil",
)
M(
    C,
    2,
    W,
    "vi",
    "Em đặt nước mắm 3 con cua 2 thùng, với 4 hũ hoisin Lee Kum Kee loại lớn",
    lines=[L("FS-3CRABS-682", None), L("SA-LKK-HOISIN", 4, "2.27kg")],
    tags=["number_in_name"],
    notes="Three Crabs is sold by the bottle; '2 thùng' (cases) is not a selling unit, quantities not stated; 'loại lớn' = the big 2.27kg",
)
M(
    C,
    3,
    W,
    "vi",
    "rau: húng quế 20 bó, ngò gai 10 bó, giá 4 thùng. phở 4 thùng (5 ly). nạm 15 ký, xương bò 3 thùng",
    lines=[
        L("HB-THAIBASIL", 20),
        L("HB-SAWTOOTH", 10),
        L("VG-BEANSPROUT-5K", 4),
        L("ND-RICESTICK", 4, "5mm"),
        L("MT-BEEF-BRISKET", 15),
        L("MT-BEEF-BONES", 3),
    ],
    notes="'giá 4 thùng': the box narrows beansprouts to the 5kg box; '5 ly' = 5mm",
)
M(
    C,
    4,
    W,
    "vi",
    "Anh ơi hôm qua giao thiếu 1 thùng xương bò, em chỉ nhận 2 thùng thôi. Anh kiểm tra giúp em",
    intent="COMPLAINT",
    notes="short delivery",
)
M(
    C,
    4,
    W,
    "vi",
    "tuần này lấy tương ớt sriracha 6 chai với 15 ký nạm nha",
    lines=[F(6, SRIRACHA), L("MT-BEEF-BRISKET", 15)],
    notes="sriracha: Flying Goose or Huy Fong",
)
M(
    C,
    5,
    W,
    "vi",
    "Gói gia vị phở 2 hộp, hộp đựng phở 32oz 1 thùng, tương ớt Huy Fong 6 chai",
    lines=[L("SP-PHO-BAGS", 2), L("PK-SOUP-32", 1), L("SA-HUYFONG-793", 6)],
    tags=["number_in_name"],
)

# ---------------------------------------------------------------- banh-mi-co-ba (Vietnamese SMS, no diacritics)
C = "banh-mi-co-ba"
M(
    C,
    0,
    S,
    "vi",
    "Chi oi cho em nhu tuan truoc nha. Thu 3 giao. Cam on chi",
    ref="last",
    notes="'nhu tuan truoc' = same as last week",
)
M(
    C,
    1,
    S,
    "vi",
    "gio lua 10 cay, thit xay 8 ky, ngo 30 bo",
    lines=[L("MT-CHALUA", 10), L("MT-PORK-MINCE", 8), L("HB-CORIANDER", 30)],
    notes="'cay' = roll (each); 'ngo 30 bo' = 30 bunches of coriander (the bunch, not the box)",
)
M(
    C,
    2,
    S,
    "vi",
    "tuong ot con ngong 6 chai lon, bao tay size L 2 hop",
    lines=[L("SA-FLYGOOSE-SRIRACHA", 6, "730ml"), L("CS-GLOVES", 2, "Large")],
    notes="con ngong = Flying Goose; 'chai lon' = the large 730ml",
)
M(
    C,
    3,
    S,
    "vi",
    "Cho em 48 lon sua dac ong tho",
    lines=[L("TD-CONDMILK", 1)],
    tags=["count", "container"],
    notes="48 tins = 1 case of 48",
)
M(
    C,
    3,
    S,
    "vi",
    "Chi oi ben minh co ban vo banh mi khong? Em can 100 o moi ngay",
    intent="QUESTION",
    tags=["not_in_catalog"],
    notes="baguettes are not in catalog; a question",
)
M(C, 4, S, "vi", "Chi oi huy don thu 3 giup em, tiem dong cua sua may lanh", intent="CANCEL")
M(C, 5, S, "vi", "nhu moi khi nhung them 1 thung sua dac", ref="usual", edits=[("add", L("TD-CONDMILK", 1))])
M(
    C,
    6,
    S,
    "vi",
    "gang tay 2 hop, maggi 6 chai",
    lines=[L("CS-GLOVES", 2), L("SA-GOLDENMTN-600", 6)],
    notes="gloves without a size: variant ambiguous; 'maggi' is the Golden Mountain seasoning in this trade",
)

# ---------------------------------------------------------------- lotus-grocer (Vietnamese grocer)
C = "lotus-grocer"
M(
    C,
    0,
    W,
    "vi",
    "Chị ơi, đơn giống tuần trước, thêm 2 thùng mì Mama tôm yum nhé",
    ref="last",
    edits=[("add", L("ND-MAMA-TOMYUM", 2))],
)
M(
    C,
    1,
    W,
    "vi",
    "gạo thơm 10 bao 5 ký, nếp 6 bao 5 ký",
    lines=[L("RICE-ROYALUMB", 10, "5kg"), L("RICE-LF-STICKY", 6, "5kg")],
    notes="only Royal Umbrella jasmine comes in 5kg bags; 'nếp' = sticky rice",
)
M(
    C,
    1,
    W,
    "vi",
    "bánh tráng 40 gói, cà phê Trung Nguyên 12 gói",
    lines=[L("RP-3LADIES", 40), L("DR-TRUNGNGUYEN", 12)],
    notes="'gói' (packs) narrows rice paper to Three Ladies; its size is ambiguous",
)
M(
    C,
    2,
    W,
    "vi",
    "Nước mắm con mực 24 chai loại 725, Chaokoh 3 thùng",
    lines=[L("FS-SQUID", 24, "725ml"), L("CO-CHAOKOH-MILK", 3)],
    tags=["number_in_name"],
)
M(
    C,
    2,
    W,
    "vi",
    "Cho chị hỏi bánh tráng Ba Cô Gái loại 31cm có không em?",
    intent="QUESTION",
    tags=["not_in_catalog"],
    notes="31cm is not stocked",
)
M(
    C,
    3,
    W,
    "vi",
    "Chị muốn hỏi giá sỉ gạo ST25 bao 25kg bên em bao nhiêu",
    intent="QUESTION",
    tags=["non_order_request", "not_in_catalog"],
    notes="'Chị muốn hỏi' = I would like to ask; a price question",
)
M(
    C,
    4,
    W,
    "vi",
    "cà phê Trung Nguyên 12 gói, sữa đặc 1 thùng, bún khô 3 thùng, miến 1 thùng",
    lines=[L("DR-TRUNGNGUYEN", 12), L("TD-CONDMILK", 1), L("ND-VERMICELLI", 3), L("ND-GLASS", 1)],
    notes="bún khô = dry rice vermicelli; miến = glass noodles",
)
M(
    C,
    5,
    W,
    "vi",
    "Gao thom Royal Umbrella 10 bao 5kg, nep 6 bao, banh trang 22cm 40 goi",
    lines=[L("RICE-ROYALUMB", 10, "5kg"), L("RICE-LF-STICKY", 6), L("RP-3LADIES", 40, "22cm")],
    notes="sticky rice without a size: variant ambiguous",
)

# ---------------------------------------------------------------- com-nha (Vietnamese e-mail)
C = "com-nha"
M(
    C,
    0,
    E,
    "vi",
    "Tiêu đề: Đơn hàng tuần 31 – Cơm Nhà\n\nChào anh Tuấn,\n\nBếp em đặt hàng cho thứ Năm 3/8:\n- Gạo tấm: 3 bao 20kg\n- Ba chỉ có da: 12 kg\n- Đùi gà rút xương: 3 thùng 5kg\n- Nước mắm Red Boat 40 độ đạm: 6 chai\n- Tía tô: 10 bó\n- Rau muống: 5 kg\n\nCảm ơn anh,\nLinh Nguyễn\nBếp trưởng – Cơm Nhà Kitchen\n214 Kingsland Road, London E2 8AX\nĐT: 020 7946 0318",
    lines=[
        L("RICE-BROKEN-20", 3),
        L("MT-PORKBELLY-SKIN", 12),
        L("MT-CHICKEN-THIGH", 3),
        L("FS-REDBOAT40-500", 6),
        L("HB-PERILLA", 10),
        L("VG-MORNINGGLORY", 5),
    ],
    tags=["signature", "number_in_name"],
    notes="week 31, 3/8, 20kg, 5kg, 40 (độ đạm), street number, postcode and phone are not quantities",
)
M(
    C,
    1,
    E,
    "vi",
    "Anh Tuấn ơi, tuần này Red Boat 4 chai, hộp đen 650ml 2 thùng, đường thốt nốt 4 hũ",
    lines=[F(4, REDBOAT), L("PK-BLACKRECT", 2, "650ml"), L("TD-PALMSUGAR", 4)],
    notes="Red Boat: 40°N or 50°N",
)
M(
    C,
    2,
    E,
    "vi",
    "Như tuần trước nhưng không lấy cá basa, và thêm 2 hũ hành phi",
    ref="last",
    edits=[("remove", "SF-BASA-5K"), ("add", L("TD-FRIEDSHALLOT", 2))],
)
M(
    C,
    3,
    E,
    "vi",
    "Anh ơi đơn thứ Năm sửa lại giúp em: ba chỉ 15 kg thay vì 12 kg",
    intent="CHANGE",
    change=[L("MT-PORKBELLY-SKIN", 15)],
    notes="a quantity change to a placed order",
)
M(
    C,
    3,
    E,
    "vi",
    "Anh cho em nợ tuần này, cuối tháng em chuyển khoản hết nhé. Đơn: gạo tấm 3 bao, đường thốt nốt 4 hũ",
    lines=[L("RICE-BROKEN-20", 3), L("TD-PALMSUGAR", 4)],
    review=True,
    tags=["credit"],
    notes="an order on credit goes to a human",
)
M(
    C,
    4,
    E,
    "vi",
    "Fwd: đặt hàng\n\n---------- Forwarded message ---------\nFrom: Hùng <hung@comnha.example>\nDate: Tue, 1 Aug 2028\nSubject: thiếu hàng\n\nChị Linh ơi, chị đặt giùm em 2 thùng cá basa 5kg với 20 bó tía tô cho cuối tuần.\n\n--\nAnh Tuấn, chị chuyển đơn của Hùng nhé. Cảm ơn anh.",
    lines=[L("SF-BASA-5K", 2), L("HB-PERILLA", 20)],
    tags=["forwarded"],
    notes="the order is in the forwarded part",
)
M(
    C,
    5,
    E,
    "vi",
    "Gửi anh: rau muống 6 ký, đùi gà 4 thùng, hộp 650ml 3 thùng. Linh",
    lines=[L("VG-MORNINGGLORY", 6), L("MT-CHICKEN-THIGH", 4), L("PK-BLACKRECT", 3, "650ml")],
)

# ---------------------------------------------------------------- bun-bo-hue-leeds (English with Vietnamese words)
C = "bun-bo-hue-leeds"
M(C, 0, W, "en", "usual for monday pls 🙏", ref="usual", tags=["emoji"])
M(
    C,
    1,
    W,
    "en",
    "3 cs bun bo noodles, 4 boxes marrow bones, 6 bags frozen lemongrass, 8 tia to, 8 rau ram",
    lines=[
        L("ND-BUNBO", 3),
        L("MT-BEEF-BONES", 4),
        L("SP-LEMONGRASS-FRZ", 6),
        L("HB-PERILLA", 8),
        L("HB-VIETMINT", 8),
    ],
)
M(
    C,
    2,
    W,
    "en",
    "lemongrass x 6 and msg x 2 ta",
    lines=[F(6, LEMONGRASS), L("SP-MSG-1K", 2)],
    notes="lemongrass: fresh by the kg or frozen chopped bags",
)
M(
    C,
    2,
    W,
    "en",
    "2 squid brand gallons + 1 case pho soup containers",
    lines=[L("FS-SQUID", 2, "4.5L"), L("PK-SOUP-32", 1)],
    notes="'gallon' is the 4.5L",
)
M(
    C,
    3,
    W,
    "en",
    "the 4.5L fish sauce came with a cracked cap, leaked all over the van floor. can u credit 1",
    intent="COMPLAINT",
    tags=["number_in_name"],
)
M(
    C,
    3,
    W,
    "en",
    "send 20 boxes marrow bones for monday",
    lines=[L("MT-BEEF-BONES", 20)],
    outlier=True,
    notes="usual 4 a week, no reason given",
)
M(
    C,
    4,
    W,
    "en",
    "meant 4 boxes of bones not 20, fat fingers 🙈",
    intent="CHANGE",
    change=[L("MT-BEEF-BONES", 4)],
    tags=["emoji"],
)
M(
    C,
    5,
    W,
    "en",
    "hi could you add a box of beansprouts and 10 packs fresh pho noodles to mondays drop",
    lines=[L("VG-BEANSPROUT-5K", 1), L("ND-PHO-FRESH", 10)],
    tags=["non_order_request"],
    notes="'a box of beansprouts' is the 5kg box",
)

# ---------------------------------------------------------------- siam-orchid (Thai script)
C = "siam-orchid"
M(C, 0, W, "th", "สวัสดีค่ะ สั่งเหมือนเดิมนะคะ ส่งวันอังคาร", ref="usual", notes="'เหมือนเดิม' = as usual")
M(
    C,
    1,
    W,
    "th",
    "พริกแกงเขียวหวานแม่พลอย 1 กิโล 4 กระปุก, พริกแกงแดง 1 กิโล 3 กระปุก, โหระพา 25 กำ, ใบมะกรูด 6 แพ็ค",
    lines=[
        L("CP-MAEPLOY-GREEN", 4, "1kg"),
        L("CP-MAEPLOY-RED", 3, "1kg"),
        L("HB-THAIBASIL", 25),
        L("HB-KAFFIR-100", 6),
    ],
)
M(
    C,
    2,
    W,
    "th",
    "รอบนี้เอากะทิ 3 ลังนะคะ ส่งพร้อมของวันอังคาร",
    lines=[F(3, COMILK)],
    notes="กะทิ = coconut milk: Aroy-D or Chaokoh",
)
M(
    C,
    2,
    W,
    "th",
    "น้ำปลาทิพรส 2 ลัง ข้าวหอมมะลิตราฉัตร 20 โล 4 ถุง กุ้งแวนนาไม 21/25 1 กล่อง พริกขี้หนู 2 โล",
    lines=[
        L("FS-TIPAROS-12", 2),
        L("RICE-ROYALUMB", 4, "20kg"),
        L("SF-VANNAMEI", 1, "21/25"),
        L("VG-BIRDSEYE", 2),
    ],
    tags=["number_in_name"],
    notes="ตราฉัตร = Royal Umbrella; 21/25 is a count size",
)
M(C, 3, W, "th", "กุ้งที่ส่งมาเมื่อวาน ไซส์ 26/30 ไม่ใช่ 21/25 ที่สั่งไว้ค่ะ", intent="COMPLAINT", notes="wrong count size")
M(
    C,
    3,
    W,
    "th",
    "แม่พลอย 1 กิโล 2 กระปุก",
    lines=[F(2, PASTES, "1kg")],
    notes="Mae Ploy 1kg without a colour: one of four pastes",
)
M(
    C,
    4,
    W,
    "th",
    "อยากสอบถามว่ามีใบตองไหมคะ ใช้ห่อข้าวเหนียว",
    intent="QUESTION",
    tags=["non_order_request", "not_in_catalog"],
    notes="'อยากสอบถาม' = I would like to ask; banana leaves not in catalog",
)
M(
    C,
    5,
    W,
    "th",
    "โหระพา 30 กำ พริกแกงมัสมั่น 2 กระปุก",
    lines=[L("HB-THAIBASIL", 30), L("CP-MAEPLOY-MASSAMAN", 2)],
    notes="massaman without a size: variant ambiguous",
)
M(
    C,
    6,
    W,
    "th",
    "กะทิอร่อยดีกล่อง 1 ลิตร 3 ลัง ใบมะกรูด 6 แพ็ค",
    lines=[L("CO-AROYD-MILK", 3, "1L Carton (case of 12)"), L("HB-KAFFIR-100", 6)],
    tags=["number_in_name"],
)

# ---------------------------------------------------------------- baan-thai-brighton (romanised Thai / Thaiglish)
C = "baan-thai-brighton"
M(C, 0, W, "th", "sawasdee krub, same same as always na krub 🙏 for wednesday", ref="usual", tags=["emoji"])
M(
    C,
    1,
    W,
    "th",
    "ao massaman 1kg 2 tub, yellow curry 1kg 1 tub, kati cream aroy d 2 lang, sen yai 3 lang krub",
    lines=[
        L("CP-MAEPLOY-MASSAMAN", 2, "1kg"),
        L("CP-MAEPLOY-YELLOW", 1, "1kg"),
        L("CO-AROYD-CREAM", 2),
        L("ND-RICESTICK", 3, "10mm"),
    ],
    notes="'lang' = case; sen yai = 10mm",
)
M(
    C,
    1,
    W,
    "th",
    "kaprao 15 bunch, nam pla megachef 12 kuad, nam man hoi mae krua 6 kuad",
    lines=[L("HB-HOLYBASIL", 15), L("FS-MEGACHEF-700", 12), L("SA-MAEKRUA-OYSTER", 6)],
    notes="kuad = bottle",
)
M(
    C,
    2,
    W,
    "th",
    "pla muek 1 box U10 and singha 3 lang",
    lines=[L("SF-SQUID-TUBES", 1, "U/10"), L("DR-SINGHA", 3)],
    notes="'box U10' narrows squid to the tubes",
)
M(
    C,
    2,
    W,
    "th",
    "voice note: ok krub this week two tub massaman big one a tub yellow two case coconut cream three case wide noodle fifteen kaprao",
    lines=[
        L("CP-MAEPLOY-MASSAMAN", 2, "1kg"),
        L("CP-MAEPLOY-YELLOW", 1),
        F(2, COCREAM),
        L("ND-RICESTICK", 3, "10mm"),
        L("HB-HOLYBASIL", 15),
    ],
    tags=["spoken", "voice"],
    notes="'big one' = 1kg; yellow size ambiguous; coconut cream: Aroy-D or Kara",
)
M(
    C,
    3,
    W,
    "th",
    "can I pay by bank transfer this week instead of card? krub",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    C,
    4,
    W,
    "th",
    "ao singha 15 lang for sat krub",
    lines=[L("DR-SINGHA", 15)],
    outlier=True,
    notes="usual 3, no reason",
)
M(C, 4, W, "th", "sorry krub cancel the singha order, wrong chat 🙏", intent="CANCEL", tags=["emoji"])
M(
    C,
    5,
    W,
    "th",
    "kati aroy d cream 2 lang + megachef 12 + holy basil 15 bunch",
    lines=[L("CO-AROYD-CREAM", 2), L("FS-MEGACHEF-700", 12), L("HB-HOLYBASIL", 15)],
)

# ---------------------------------------------------------------- krua-khun-mae (Thai grocer, Thai script)
C = "krua-khun-mae"
M(C, 0, W, "th", "เหมือนอาทิตย์ที่แล้วค่ะ ส่งพฤหัส", ref="last", notes="'เหมือนอาทิตย์ที่แล้ว' = same as last week")
M(
    C,
    1,
    W,
    "th",
    "ข้าวเหนียว 20 โล 4 กระสอบ, ข้าวหอมมะลิโลตัสฟิลด์ 6 กระสอบ, มาม่าหมูสับ 5 ลัง, มาม่าต้มยำกุ้ง 5 ลัง",
    lines=[
        L("RICE-LF-STICKY", 4, "20kg"),
        L("RICE-LF-JASMINE-20", 6),
        L("ND-MAMA-PORK", 5),
        L("ND-MAMA-TOMYUM", 5),
    ],
)
M(
    C,
    1,
    W,
    "th",
    "มาม่า 10 ลัง ชาตรามือ 20 ถุง",
    lines=[F(10, MAMA), L("DR-THAITEA", 20)],
    notes="มาม่า without a flavour: pork or tom yum",
)
M(
    C,
    2,
    W,
    "th",
    "กะทิชาวเกาะ 4 ลัง ซีอิ๊วขาวเด็กสมบูรณ์ 12 ขวด พริกแกงเผ็ด 400 กรัม 12 กระปุก",
    lines=[L("CO-CHAOKOH-MILK", 4), L("SA-HEALTHYBOY-SOY", 12), L("CP-MAEPLOY-RED", 12, "400g")],
    notes="ชาวเกาะ = Chaokoh, เด็กสมบูรณ์ = Healthy Boy, พริกแกงเผ็ด = red curry paste",
)
M(C, 3, W, "th", "ขอน้ำจิ้มไก่แม่พลอย 48 ขวดค่ะ", lines=[L("SA-MAEPLOY-CHILLI", 48)], notes="sold by the bottle")
M(
    C,
    3,
    W,
    "th",
    "ร้านปิดวันที่ 10-14 สิงหาคม กลับเมืองไทยค่ะ ช่วงนั้นไม่ต้องส่งของนะคะ",
    intent="OTHER",
    notes="a closure notice; dates are not quantities",
)
M(
    C,
    4,
    W,
    "th",
    "ชาไทยตรามือ 20-30 ถุง แล้วแต่ของมีค่ะ",
    lines=[L("DR-THAITEA", None)],
    tags=["range"],
    notes="a range: quantities not stated",
)
M(
    C,
    5,
    W,
    "th",
    "ข้าวหอมมะลิ 6 กระสอบ ซีอิ๊วเด็กสมบูรณ์ 12",
    lines=[F(6, JASMINE), L("SA-HEALTHYBOY-SOY", 12)],
    notes="jasmine rice: Royal Umbrella or Lotus Field; 'กระสอบ' (sack) does not settle it, Royal Umbrella 20kg is a sack too",
)

# ---------------------------------------------------------------- som-tam-street (romanised Thai SMS)
C = "som-tam-street"
M(
    C,
    0,
    S,
    "th",
    "malakor 10 kilo, prik kee noo 1 kilo, kung haeng 1 bag, nam tan peep 2, tamarind 4 jar",
    lines=[
        L("VG-GREENPAPAYA", 10),
        L("VG-BIRDSEYE", 1),
        L("TD-DRIEDSHRIMP", 1),
        L("TD-PALMSUGAR", 2),
        L("SA-TAMARIND-454", 4),
    ],
)
M(
    C,
    1,
    S,
    "th",
    "same as last week kha + 1 box 500ml containers",
    ref="last",
    edits=[("add", L("PK-BLACKRECT", 1, "500ml"))],
)
M(C, 2, S, "th", "khao niao 2 bag kha", lines=[L("RICE-LF-STICKY", 2)], notes="sticky rice size ambiguous")
M(
    C,
    3,
    S,
    "th",
    "two kilo chilli ten kilo papaya a bag dried shrimp four tamarind two palm sugar",
    lines=[
        L("VG-BIRDSEYE", 2),
        L("VG-GREENPAPAYA", 10),
        L("TD-DRIEDSHRIMP", 1),
        L("SA-TAMARIND-454", 4),
        L("TD-PALMSUGAR", 2),
    ],
    tags=["spoken", "voice"],
)
M(C, 3, S, "th", "u deliver to festival site sat? victoria park gate 4", intent="QUESTION")
M(
    C,
    4,
    S,
    "th",
    "half box black containers 500ml pls",
    lines=[L("PK-BLACKRECT", 0.5, "500ml")],
    tags=["fraction"],
    notes="a fraction of a case is not a whole number of selling units",
)
M(
    C,
    5,
    S,
    "th",
    "tom yum paste 2 jar + malakor 12 kilo",
    lines=[L("CP-PANTAI-TOMYUM", 2), L("VG-GREENPAPAYA", 12)],
)

# ---------------------------------------------------------------- golden-lotus (simplified Chinese)
C = "golden-lotus"
M(C, 0, W, "zh", "老样子，周一送，谢谢", ref="usual", notes="老样子 = the usual")
M(C, 1, W, "zh", "跟上周一样，但是椒盐鱿鱼要8包", ref="last", edits=[("set", "SF-SQUID-SP", 8)])
M(
    C,
    1,
    W,
    "zh",
    "泰国香米 20公斤 5包，李锦记蚝油 12瓶，海鲜酱大桶 2桶",
    lines=[F(5, JASMINE, "20kg"), L("SA-LKK-OYSTER-510", 12), L("SA-LKK-HOISIN", 2, "2.27kg")],
    notes="Thai jasmine 20kg: Royal Umbrella 20kg or Lotus Field 20kg sack; 'big tub' hoisin is only the LKK 2.27kg",
)
M(
    C,
    2,
    W,
    "zh",
    "虾 2箱 26/30，鱿鱼 6包",
    lines=[L("SF-VANNAMEI", 2, "26/30"), F(6, SQUIDBAG)],
    notes="26/30 fits only the vannamei; squid by the bag: salt & pepper or baby squid",
)
M(C, 2, W, "zh", "上周的嫩豆腐有两箱过期了，请退款", intent="COMPLAINT")
M(
    C,
    3,
    W,
    "zh",
    "锡纸盒 2号 2箱，筷子 1箱",
    lines=[L("PK-FOIL-NO2", 2), F(1, CHOP)],
    tags=["number_in_name"],
    notes="2号 = No.2; chopsticks: wrapped or twin",
)
M(C, 4, W, "zh", "周一的单改一下：泰国香米改成6包", intent="CHANGE", change=[L("RICE-ROYALUMB", 6, "20kg")])
M(
    C,
    5,
    W,
    "zh",
    "嫩豆腐 1箱，椒盐鱿鱼 6包，李锦记蚝油 12瓶，6a锡纸盒 1箱",
    lines=[L("TF-SILKEN", 1), L("SF-SQUID-SP", 6), L("SA-LKK-OYSTER-510", 12), L("PK-FOIL-NO6A", 1)],
    tags=["number_in_name"],
)

# ---------------------------------------------------------------- huang-supermarket (Chinese e-mail)
C = "huang-supermarket"
M(
    C,
    0,
    E,
    "zh",
    "主题：8月第一周订货\n\n您好，\n请安排以下货品，周二送到：\n1. 老干妈 2箱\n2. 绿豆粉丝 2箱\n3. Blue Dragon 米纸 2箱\n4. 三蟹鱼露 24瓶\n5. Aroy-D 椰浆 400ml 4箱\n6. 木薯淀粉 1箱\n7. 糯米粉 1箱\n8. Chang 啤酒 2箱\n\n黄伟\n黄氏超市\n88 Station Road, Croydon CR0 2AP\n电话 020 7946 0562",
    lines=[
        L("SA-LGM-CRISP", 2),
        L("ND-GLASS", 2),
        L("RP-BLUEDRAGON-22", 2),
        L("FS-3CRABS-682", 24),
        L("CO-AROYD-MILK", 4, "400ml Can (case of 24)"),
        L("FL-TAPIOCA", 1),
        L("FL-ERAWAN-GLUT", 1),
        L("DR-CHANG", 2),
    ],
    tags=["signature"],
    notes="list numbering, street number, postcode and phone are not quantities",
)
M(C, 1, E, "zh", "照旧，另外加3箱草菇。黄伟", ref="usual", edits=[("add", L("TD-STRAWMUSH", 3))])
M(
    C,
    2,
    E,
    "zh",
    "椰浆 4箱，鱼露 24瓶",
    lines=[F(4, COMILK), F(24, FS)],
    notes="coconut milk and fish sauce without a brand",
)
M(
    C,
    2,
    E,
    "zh",
    "请问你们有没有新鲜河粉？我想了解一下批发价和保质期",
    intent="QUESTION",
    tags=["non_order_request"],
    notes="我想了解 = I would like to know",
)
M(C, 3, E, "zh", "我们的新采购电话是 07700 900418，请更新。谢谢", intent="OTHER")
M(
    C,
    4,
    E,
    "zh",
    "Chang啤酒 48罐，粘米粉 3箱",
    lines=[L("DR-CHANG", 2), L("FL-ERAWAN-RICE", 3)],
    tags=["count", "container"],
    notes="48 cans = 2 cases of 24; 粘米粉 = rice flour",
)
M(
    C,
    5,
    E,
    "zh",
    "老干妈 3箱，米纸 Blue Dragon 3箱，糯米粉 2箱，三蟹鱼露 36瓶",
    lines=[L("SA-LGM-CRISP", 3), L("RP-BLUEDRAGON-22", 3), L("FL-ERAWAN-GLUT", 2), L("FS-3CRABS-682", 36)],
)

# ---------------------------------------------------------------- dragon-wok (Chinese + English)
C = "dragon-wok"
M(C, 0, W, "zh", "老板, same as last week 谢谢", ref="last")
M(
    C,
    1,
    W,
    "zh",
    "6a锡纸盒 2箱, 2号 1箱, sauce pot 1箱, 背心袋 1箱, 蛋面 2箱",
    lines=[
        L("PK-FOIL-NO6A", 2),
        L("PK-FOIL-NO2", 1),
        L("PK-SAUCEPOT-2", 1),
        L("PK-BAGS-VEST", 1),
        L("ND-EGG-THIN", 2),
    ],
    tags=["number_in_name"],
)
M(
    C,
    2,
    W,
    "zh",
    "春卷 3箱 鸡腿肉 4箱",
    lines=[F(3, SPRING), L("MT-CHICKEN-THIGH", 4)],
    notes="spring rolls: veg or cha gio",
)
M(
    C,
    2,
    W,
    "zh",
    "1000个 2号锡纸盒, 甜辣酱 12瓶",
    lines=[L("PK-FOIL-NO2", 2), L("SA-MAEPLOY-CHILLI", 12)],
    tags=["count"],
    notes="1000 = 2 cases of 500",
)
M(
    C,
    3,
    W,
    "zh",
    "要 5箱 sweet and sour sauce 酸甜酱, 还有 2箱 甜辣酱",
    lines=[N(5, "sweet and sour sauce"), L("SA-MAEPLOY-CHILLI", None)],
    notes="sweet and sour sauce not in catalog; sweet chilli is sold by the bottle, so '2 cases' is quantities not stated",
)
M(
    C,
    3,
    W,
    "zh",
    "鸡腿肉 delivered yesterday was 4kg not 5kg per box, 3 boxes short weight",
    intent="COMPLAINT",
)
M(
    C,
    4,
    W,
    "zh",
    "egg noodels 2 case, chiken thigh 4 box, 1000 sauce pots",
    lines=[L("ND-EGG-THIN", 2), L("MT-CHICKEN-THIGH", 4), L("PK-SAUCEPOT-2", 1)],
    tags=["typo", "count"],
)
M(
    C,
    5,
    W,
    "zh",
    "菜春卷 4箱，背心袋 1箱",
    lines=[L("FZ-SPRINGROLL-VEG", 4), L("PK-BAGS-VEST", 1)],
    notes="菜春卷 = veg spring rolls",
)

# ---------------------------------------------------------------- the-noodle-bar (English)
C = "the-noodle-bar"
M(C, 0, W, "en", "Usual please for Weds. Cheers, Dan", ref="usual")
M(
    C,
    1,
    W,
    "en",
    "3 cs thin rice sticks 3mm\n2 cs egg noodles\n2 cs 26oz noodle boxes\n1 cs wrapped chopsticks 21cm\n6 flying goose small\n2 firm tofu\n6 cooked prawns\n2 coriander boxes",
    lines=[
        L("ND-RICESTICK", 3, "3mm"),
        L("ND-EGG-THIN", 2),
        L("PK-NOODLEBOX", 2, "26oz"),
        L("CS-BAMBOO", 1, "21cm"),
        L("SA-FLYGOOSE-SRIRACHA", 6, "455ml"),
        L("TF-FIRM", 2),
        L("SF-PRAWN-COOKED", 6),
        L("HB-CORIANDER-1K", 2),
    ],
    tags=["container"],
    notes="'2 firm tofu' = 2 cases (small N)",
)
M(
    C,
    1,
    W,
    "en",
    "noodle boxes x 4 and msg x 2",
    lines=[L("PK-NOODLEBOX", 4), L("SP-MSG-1K", 2)],
    notes="noodle box size ambiguous",
)
M(C, 2, W, "en", "tofu x 2, sriracha x 6", lines=[F(2, TOFU), F(6, SRIRACHA)])
M(
    C,
    2,
    W,
    "en",
    "I would like to know if the kraft noodle boxes are compostable, council's asking",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    C,
    3,
    W,
    "en",
    "24 firm tofu blocks + 12 cooked prawns 41/50",
    lines=[L("TF-FIRM", 2), L("SF-PRAWN-COOKED", 12)],
    tags=["count", "number_in_name"],
    notes="24 blocks = 2 cases of 12; 41/50 is the count size in the name",
)
M(
    C,
    4,
    W,
    "en",
    "Dan here - can I get 2 extra cs of 3mm rice noodles on tomorrow's drop",
    lines=[L("ND-RICESTICK", 2, "3mm")],
    tags=["non_order_request"],
)
M(
    C,
    5,
    W,
    "en",
    "2 x 500 26oz boxes, 1 cs 21cm chopsticks, fish cakes x1",
    lines=[L("PK-NOODLEBOX", 2, "26oz"), L("CS-BAMBOO", 1, "21cm"), L("FZ-FISHCAKE", 1)],
    tags=["pack"],
    notes="'2 x 500' = 2 cases of 500",
)

# ---------------------------------------------------------------- green-papaya (English e-mail, POs)
C = "green-papaya"
M(
    C,
    0,
    E,
    "en",
    "Subject: PO GP-40218 – Shoreditch site\n\nHi team,\n\nPlease deliver Monday 31 July before 9am:\n\n30 x Three Ladies rice paper 22cm\n4 x rice vermicelli (cases)\n30 x mint\n20 x perilla\n40 x coriander bunches\n2 x black tiger 13/15\n10 x sliced pork belly 3mm\n4 x cha gio boxes\n12 x Red Boat 40N\n4 x nitrile gloves M\n\nKind regards,\nPriya Raman\nPurchasing, Green Papaya Restaurant Group\n12 Curtain Mews, London EC2A 3PT | 020 7946 0744",
    lines=[
        L("RP-3LADIES", 30, "22cm"),
        L("ND-VERMICELLI", 4),
        L("HB-MINT", 30),
        L("HB-PERILLA", 20),
        L("HB-CORIANDER", 40),
        L("SF-TIGER-HOSO", 2, "13/15"),
        L("MT-PORKBELLY-SLICED", 10),
        L("FZ-CHAGIO-PORK", 4),
        L("FS-REDBOAT40-500", 12),
        L("CS-GLOVES", 4, "Medium"),
    ],
    tags=["signature", "number_in_name"],
    notes="PO number, date, time, sizes, street number, postcode and phone are not quantities",
)
M(
    C,
    1,
    E,
    "en",
    "Subject: PO GP-40233\n\nRepeat of last week's PO please, but 8 boxes of cha gio instead of 6 and no gloves this time.\n\nPriya",
    ref="last",
    edits=[("set", "FZ-CHAGIO-PORK", 8), ("remove", "CS-GLOVES")],
)
M(
    C,
    1,
    E,
    "en",
    "rice paper 22cm x 30, vermicelli x 4 cases please",
    lines=[F(30, RP, "22cm"), F(4, ["ND-VERMICELLI", "ND-BUNBO", "ND-GLASS"])],
    notes="rice paper 22cm: Three Ladies or Blue Dragon; vermicelli: rice, bun bo or glass",
)
M(
    C,
    2,
    E,
    "en",
    "Invoice INV-58812 charges 12 Red Boat but only 10 arrived on Monday's delivery (DN 7731). Please credit 2.",
    intent="COMPLAINT",
)
M(
    C,
    2,
    E,
    "en",
    "Could you send the allergen spec sheets for the cha gio and the fish cakes?",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    C,
    3,
    E,
    "en",
    "Subject: Canary Wharf opening – PO GP-40251\n\nFor the new site's soft launch (300 covers) please add to Monday: 10 boxes cha gio, 6 black tiger 13/15, 100 mint.",
    lines=[L("FZ-CHAGIO-PORK", 10), L("SF-TIGER-HOSO", 6, "13/15"), L("HB-MINT", 100)],
    notes="a larger order with a reason is not an outlier; 300 covers is not a quantity",
)
M(
    C,
    4,
    E,
    "en",
    "prawns 2 boxes 13/15 and gloves medium x 4 for Shoreditch pls",
    lines=[L("SF-TIGER-HOSO", 2, "13/15"), L("CS-GLOVES", 4, "Medium")],
    notes="13/15 fits only the tiger prawns",
)
M(
    C,
    5,
    E,
    "en",
    "Can we move to 60-day terms from this PO? PO GP-40260: 40 coriander bunches, 30 mint, 20 perilla.",
    lines=[L("HB-CORIANDER", 40), L("HB-MINT", 30), L("HB-PERILLA", 20)],
    review=True,
    tags=["credit"],
    notes="an order that depends on new credit terms goes to a human",
)

# ---------------------------------------------------------------- rice-spice-canteen (formal English)
C = "rice-spice-canteen"
M(
    C,
    0,
    E,
    "en",
    "Dear Mekong & Chao Phraya team,\n\nPlease send our standard weekly order for Thursday 3 August.\n\nMany thanks,\nGillian Hart\nCatering Manager, Northgate University\nBuilding 4, Northgate Campus, Leeds LS2 9ZZ\nTel 020 7946 0913",
    ref="usual",
    tags=["signature"],
    notes="'standard weekly order' = the usual",
)
M(
    C,
    1,
    E,
    "en",
    "Order for Thursday (PO NU-88120):\n- Jasmine rice 20kg sacks x 8\n- Mae Ploy green curry paste 1kg x 6\n- Mae Ploy red curry paste 1kg x 4\n- Kara coconut cream 1L cases x 4\n- Firm tofu x 6 cases\n- Chicken thigh 5kg x 10\n- 750ml black containers x 6 cases\n- Soup spoons x 1 case",
    lines=[
        F(8, JASMINE, "20kg"),
        L("CP-MAEPLOY-GREEN", 6, "1kg"),
        L("CP-MAEPLOY-RED", 4, "1kg"),
        L("CO-KARA-CREAM", 4),
        L("TF-FIRM", 6),
        L("MT-CHICKEN-THIGH", 10),
        L("PK-BLACKRECT", 6, "750ml"),
        L("CS-SPOONS", 1),
    ],
    notes="jasmine rice 20kg without a brand: Royal Umbrella 20kg or Lotus Field",
)
M(
    C,
    2,
    E,
    "en",
    "Freshers' week (4,000 students expected): please send this Thursday 30 sacks Lotus Field jasmine, 20 x green curry paste 1kg and 40 cases chicken thigh.",
    lines=[L("RICE-LF-JASMINE-20", 30), L("CP-MAEPLOY-GREEN", 20, "1kg"), L("MT-CHICKEN-THIGH", 40)],
    notes="a large order with a reason is not an outlier; 'cases' of chicken = the 5kg boxes",
)
M(
    C,
    2,
    E,
    "en",
    "Could you confirm whether the Kara coconut cream is suitable for our vegan menu and nut-free?",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    C,
    3,
    E,
    "en",
    "Please note the university is closed for the bank holiday on Monday 28 August; no deliveries that day.",
    intent="OTHER",
)
M(
    C,
    3,
    E,
    "en",
    "Curry paste 1kg x 10 please, Thursday",
    lines=[F(10, PASTES, "1kg")],
    notes="colour not stated",
)
M(
    C,
    4,
    E,
    "en",
    "We would like to order 2 additional cases of black soup spoons and 1 case of the 750ml containers for Thursday.",
    lines=[L("CS-SPOONS", 2), L("PK-BLACKRECT", 1, "750ml")],
    tags=["non_order_request"],
)
M(
    C,
    5,
    E,
    "en",
    "Red curry paste 1kg x 4, green curry paste 1kg x 6, Kara x 4. PO NU-88144. Gillian",
    lines=[L("CP-MAEPLOY-RED", 4, "1kg"), L("CP-MAEPLOY-GREEN", 6, "1kg"), L("CO-KARA-CREAM", 4)],
)

# ---------------------------------------------------------------- bangkok-street (English voice notes)
C = "bangkok-street"
M(
    C,
    0,
    W,
    "en",
    "voice: yeah hi its Lek from Bangkok Street can I get four cases of the five mil noodles two cases wide ones twenty holy basil ten kilo pork mince and six golden mountain cheers",
    lines=[
        L("ND-RICESTICK", 4, "5mm"),
        L("ND-RICESTICK", 2, "10mm"),
        L("HB-HOLYBASIL", 20),
        L("MT-PORK-MINCE", 10),
        L("SA-GOLDENMTN-600", 6),
    ],
    tags=["spoken", "voice", "non_order_request"],
)
M(
    C,
    1,
    W,
    "en",
    "same as last week but add back the tofu puffs 10 packs",
    ref="last",
    edits=[("add", L("TF-PUFFS", 10))],
)
M(
    C,
    1,
    W,
    "en",
    "rice noodles 6 cases",
    lines=[F(6, RNOODLE)],
    notes="rice noodles: rice sticks, vermicelli or bun bo",
)
M(
    C,
    2,
    W,
    "en",
    "noodle boxes 32oz x 2, oyster sauce x 6",
    lines=[L("PK-NOODLEBOX", 2, "32oz"), F(6, OYSTER)],
)
M(
    C,
    3,
    W,
    "en",
    "40 kilo pork mince for friday",
    lines=[L("MT-PORK-MINCE", 40)],
    outlier=True,
    notes="usual 10, no reason",
)
M(
    C,
    3,
    W,
    "en",
    "sorry 14 kilo pork mince not 40",
    intent="CHANGE",
    change=[L("MT-PORK-MINCE", 14)],
    tags=["self_correction"],
)
M(
    C,
    4,
    W,
    "en",
    "2 boxes limes and 10 holy basil and 1 case pandan leaves",
    lines=[N(2, "limes"), L("HB-HOLYBASIL", 10), N(1, "pandan leaves")],
    notes="limes and pandan leaves are not in catalog",
)
M(
    C,
    4,
    W,
    "en",
    "mate half the holy basil was black and slimy, 8 bunches straight in the bin",
    intent="COMPLAINT",
)
M(
    C,
    5,
    W,
    "en",
    "6 golden mountain 6 lkk oyster 2 cs 32oz boxes ta",
    lines=[L("SA-GOLDENMTN-600", 6), L("SA-LKK-OYSTER-510", 6), L("PK-NOODLEBOX", 2, "32oz")],
    tags=["spoken"],
)

# ---------------------------------------------------------------- saigon-social (English, emoji)
C = "saigon-social"
M(
    C,
    0,
    W,
    "en",
    "hiya 👋 usual for tuesday pls + 1 box soft shell crab 🦀",
    ref="usual",
    edits=[("add", L("SF-SOFTSHELL", 1))],
    tags=["emoji"],
)
M(
    C,
    1,
    W,
    "en",
    "20 rice paper 16cm 🙏 15 mint 6 rau ram 1 box prawns 16/20",
    lines=[L("RP-3LADIES", 20, "16cm"), L("HB-MINT", 15), L("HB-VIETMINT", 6), L("SF-VANNAMEI", 1, "16/20")],
    tags=["emoji"],
    notes="16cm fits only Three Ladies; 16/20 only the vannamei",
)
M(
    C,
    1,
    W,
    "en",
    "4 cs bia saigon 🍺 and 1 cs ong tho condensed milk ☕",
    lines=[L("DR-SAIGON", 4), L("TD-CONDMILK", 1)],
    tags=["emoji"],
)
M(C, 2, W, "en", "chopsticks x1 case and 6 packs topside", lines=[F(1, CHOP), L("MT-BEEF-TOPSIDE", 6)])
M(
    C,
    2,
    W,
    "en",
    "do u guys do the saigon beer in bottles or just cans? 🤔",
    intent="QUESTION",
    tags=["emoji"],
)
M(
    C,
    3,
    W,
    "en",
    "6 packs sliced topside, 4 trung nguyen... no wait make that 6 trung nguyen",
    lines=[L("MT-BEEF-TOPSIDE", 6), L("DR-TRUNGNGUYEN", 6)],
    tags=["self_correction"],
)
M(
    C,
    4,
    W,
    "en",
    "yo can we do 24 cans of the saigon beer and 2 condensed milk for thurs",
    lines=[L("DR-SAIGON", 1), L("TD-CONDMILK", 2)],
    tags=["count", "container", "non_order_request"],
    notes="24 cans = 1 case; '2 condensed milk' = 2 cases (small N)",
)
M(
    C,
    5,
    W,
    "en",
    "I'd like to book a table for 6 on Saturday at 8pm please, name Jess",
    intent="OTHER",
    tags=["non_order_request"],
    notes="a table booking sent to the wrong number",
)

# ---------------------------------------------------------------- mekong-kitchen (Vietnamese)
C = "mekong-kitchen"
M(C, 0, W, "vi", "Như thường lệ nha anh, thứ Năm giao", ref="usual")
M(
    C,
    1,
    W,
    "vi",
    "mực 5 bịch, cá basa 2 thùng, ba rọi 8 ký",
    lines=[F(5, SQUIDBAG), L("SF-BASA-5K", 2), F(8, BELLY)],
    notes="squid by the bag: salt & pepper or baby; ba rọi: skin-on by the kg or sliced 1kg packs",
)
M(
    C,
    1,
    W,
    "vi",
    "nuoc mam con muc 6 chai 725ml, tia to 10 bo, hung que 10 bo, gia 10 bich 1kg, dau hu chien 2 thung",
    lines=[
        L("FS-SQUID", 6, "725ml"),
        L("HB-PERILLA", 10),
        L("HB-THAIBASIL", 10),
        L("VG-BEANSPROUT-1K", 10),
        L("TF-FIRM", 2),
    ],
)
M(
    C,
    2,
    W,
    "vi",
    "Em muốn hỏi bên anh có bán lá lốt không? Nếu có thì gửi em 10 bó",
    lines=[N(10, "la lot (betel leaves)")],
    review=True,
    tags=["non_order_request", "conditional"],
    notes="a conditional order on an item not in catalog",
)
M(C, 3, W, "vi", "cá basa tuần rồi bị rã đông hết khi tới, 2 thùng luôn", intent="COMPLAINT")
M(C, 4, W, "vi", "đậu hũ 2 thùng, ngò gai 5 bó", lines=[F(2, TOFU), L("HB-SAWTOOTH", 5)])
M(
    C,
    5,
    W,
    "vi",
    "Mực ống nguyên con 5 bịch, ba chỉ có da 8 ký, cá basa 2 thùng",
    lines=[L("SF-SQUID-BABY", 5), L("MT-PORKBELLY-SKIN", 8), L("SF-BASA-5K", 2)],
    notes="mực ống nguyên con = whole baby squid",
)

# ---------------------------------------------------------------- sabai-sabai (Thai e-mail)
C = "sabai-sabai"
M(
    C,
    0,
    E,
    "th",
    "เรื่อง: สั่งของประจำสัปดาห์\n\nสวัสดีค่ะ\nขอสั่งเหมือนเดิมค่ะ แต่เพิ่มชาไทยอีก 2 ถุง\n\nขอบคุณค่ะ\nนิด\nSabai Sabai Thai Café, 5 Market Row, Bristol BS1 4DZ",
    ref="usual",
    edits=[("add", L("DR-THAITEA", 2))],
    tags=["signature"],
)
M(
    C,
    1,
    E,
    "th",
    "พริกแกงกะหรี่ 400g 2 กระปุก พริกแกงเขียวหวาน 400g 2 กระปุก กะทิอร่อยดีกระป๋องเล็ก 2 ลัง",
    lines=[
        L("CP-MAEPLOY-YELLOW", 2, "400g"),
        L("CP-MAEPLOY-GREEN", 2, "400g"),
        L("CO-AROYD-MILK", 2, "165ml Can (case of 48)"),
    ],
    notes="กระป๋องเล็ก = the small 165ml can",
)
M(
    C,
    2,
    E,
    "th",
    "กะทิอร่อยดี 96 กระป๋องเล็กค่ะ",
    lines=[L("CO-AROYD-MILK", 2, "165ml Can (case of 48)")],
    tags=["count", "container"],
    notes="96 small cans = 2 cases of 48",
)
M(
    C,
    2,
    E,
    "th",
    "ทอดมัน 1 กล่อง เส้นเล็ก 2 ลัง โหระพา 10 กำ",
    lines=[L("FZ-FISHCAKE", 1), L("ND-RICESTICK", 2, "3mm"), L("HB-THAIBASIL", 10)],
    notes="เส้นเล็ก = the 3mm",
)
M(C, 3, E, "th", "ขอใบแจ้งหนี้ INV-58790 อีกฉบับได้ไหมคะ", intent="QUESTION", tags=["non_order_request"])
M(C, 4, E, "th", "ยกเลิกออเดอร์วันจันทร์นะคะ ร้านปิดซ่อมท่อน้ำ", intent="CANCEL")
M(
    C,
    5,
    E,
    "th",
    "curry paste yellow x 3, thai tea 8 bags, condensed milk 1 case",
    lines=[L("CP-MAEPLOY-YELLOW", 3), L("DR-THAITEA", 8), L("TD-CONDMILK", 1)],
    notes="yellow paste size ambiguous",
)

# ---------------------------------------------------------------- lantern-events (English caterer, no usual)
C = "lantern-events"
M(
    C,
    0,
    E,
    "en",
    "Subject: our usual event order\n\nHi, could we have our usual event order for Saturday's wedding please?\n\nTom",
    ref="usual",
    tags=["ambiguous_reference", "non_order_request"],
    notes="the caterer never repeats a basket: no usual",
)
M(
    C,
    1,
    E,
    "en",
    "For the Hendricks wedding (180 guests) on Saturday:\n- veg spring rolls x 6 boxes\n- cha gio x 4 boxes\n- Thai fish cakes x 4 boxes\n- cooked prawns 41/50 x 10 bags\n- sweet chilli sauce x 8 bottles\n- 16oz noodle boxes x 2 cases\n- unwrapped twin chopsticks x 1 case",
    lines=[
        L("FZ-SPRINGROLL-VEG", 6),
        L("FZ-CHAGIO-PORK", 4),
        L("FZ-FISHCAKE", 4),
        L("SF-PRAWN-COOKED", 10),
        L("SA-MAEPLOY-CHILLI", 8),
        L("PK-NOODLEBOX", 2, "16oz"),
        L("CS-TWIN-24", 1),
    ],
    tags=["number_in_name"],
)
M(
    C,
    2,
    E,
    "en",
    "Same as our last order but double the cooked prawns please",
    ref="last",
    edits=[("double", "SF-PRAWN-COOKED")],
)
M(
    C,
    3,
    E,
    "en",
    "Could you quote for 3,000 cha gio and 2,000 fish cakes for a corporate event in September? Not ordering yet.",
    intent="QUESTION",
    tags=["non_order_request"],
    notes="a quote request listing quantities",
)
M(
    C,
    4,
    E,
    "en",
    "Auto-reply: I'm out of the office until 7 August with limited access to email. For urgent orders contact Sam on 07700 900871.",
    intent="OTHER",
)
M(
    C,
    5,
    E,
    "en",
    "mint 20 bunches, kara cream 3 cases, 1000 sauce pots - for Sunday's launch",
    lines=[L("HB-MINT", 20), L("CO-KARA-CREAM", 3), L("PK-SAUCEPOT-2", 1)],
    tags=["count"],
)

# ---------------------------------------------------------------- pho-ever (new, Vietnamese)
C = "pho-ever"
M(
    C,
    0,
    W,
    "vi",
    "Chào anh, em là Minh bên Phở Ever, quán mới khai trương thứ Bảy 5/8 ở 31 Walworth Road. Đơn đầu tiên, trả tiền mặt khi giao:\n- bánh phở khô 5 ly 5 thùng\n- xương bò 5 thùng\n- nạm 20 ký\n- gói gia vị phở 3 hộp\n- húng quế 20 bó, ngò gai 10 bó\n- hộp đựng phở 32oz 2 thùng",
    lines=[
        L("ND-RICESTICK", 5, "5mm"),
        L("MT-BEEF-BONES", 5),
        L("MT-BEEF-BRISKET", 20),
        L("SP-PHO-BAGS", 3),
        L("HB-THAIBASIL", 20),
        L("HB-SAWTOOTH", 10),
        L("PK-SOUP-32", 2),
    ],
    tags=["new_customer"],
    notes="first order paid on delivery ships as written; 5/8 and 31 are a date and a street number",
)
M(
    C,
    2,
    W,
    "vi",
    "Anh ơi cho em mở tài khoản công nợ 30 ngày được không? Đơn tuần sau: nạm 20 ký, xương bò 5 thùng",
    lines=[L("MT-BEEF-BRISKET", 20), L("MT-BEEF-BONES", 5)],
    review=True,
    tags=["new_customer", "credit"],
    notes="the order depends on a 30-day account",
)
M(
    C,
    3,
    W,
    "vi",
    "giống đơn đầu tiên của em nha anh",
    ref="usual",
    tags=["new_customer", "ambiguous_reference"],
    notes="a first-time customer's 'same as my first order': messages are not history",
)
M(
    C,
    4,
    W,
    "vi",
    "Anh có bán nồi nấu phở 100 lít không ạ?",
    intent="QUESTION",
    tags=["new_customer", "not_in_catalog"],
)
M(
    C,
    5,
    W,
    "vi",
    "Thêm 2 chai tương đen với 1 thùng bánh phở 5 ly",
    lines=[F(2, HOISIN), L("ND-RICESTICK", 1, "5mm")],
    tags=["new_customer"],
    notes="tương đen = hoisin: Lee Kum Kee or Koon Chun",
)

# ---------------------------------------------------------------- tuk-tuk-thai (new, romanised Thai)
C = "tuk-tuk-thai"
M(
    C,
    0,
    S,
    "th",
    "hello krub new shop Tuk Tuk Thai opening 4 Aug, 1st order pay cash on delivery: 2 tub green curry 1kg, 2 tub red curry 1kg, 3 case aroy d coconut milk 400, 2 bag royal umbrella 20kg, 20 bunch thai basil, 1 case wrapped chopsticks 24cm",
    lines=[
        L("CP-MAEPLOY-GREEN", 2, "1kg"),
        L("CP-MAEPLOY-RED", 2, "1kg"),
        L("CO-AROYD-MILK", 3, "400ml Can (case of 24)"),
        L("RICE-ROYALUMB", 2, "20kg"),
        L("HB-THAIBASIL", 20),
        L("CS-BAMBOO", 1, "24cm"),
    ],
    tags=["new_customer"],
)
M(
    C,
    2,
    S,
    "th",
    "2nd order cash again krub: pad thai noodles 3 case, 6 bottle tiparos",
    lines=[L("ND-RICESTICK", 3), L("FS-TIPAROS-12", None)],
    tags=["new_customer", "count"],
    notes="pad thai noodles: rice sticks, width ambiguous (3mm or 5mm); 6 bottles is half a case of 12: quantities not stated",
)
M(
    C,
    3,
    S,
    "th",
    "can i get a price list pls krub",
    intent="QUESTION",
    tags=["new_customer", "non_order_request"],
)
M(
    C,
    4,
    S,
    "th",
    "kati 2 lang, sen lek 2 lang",
    lines=[F(2, COMILK), L("ND-RICESTICK", 2, "3mm")],
    tags=["new_customer"],
)

# ---------------------------------------------------------------- more orders, across customers
M(
    "pho-saigon-hackney",
    6,
    W,
    "vi",
    "bánh phở khô loại 5mm 4 thùng, giá 4 thùng, hoisin Lee Kum Kee 2.27kg 2 hũ, rau ram 5 bó",
    lines=[
        L("ND-RICESTICK", 4, "5mm"),
        L("VG-BEANSPROUT-5K", 4),
        L("SA-LKK-HOISIN", 2, "2.27kg"),
        L("HB-VIETMINT", 5),
    ],
    tags=["number_in_name"],
)
M(
    "pho-saigon-hackney",
    5,
    W,
    "vi",
    "voice: anh ơi cho em bốn thùng phở năm ly hai mươi bó húng quế mười bó ngò gai ba thùng xương với mười lăm ký nạm",
    lines=[
        L("ND-RICESTICK", 4, "5mm"),
        L("HB-THAIBASIL", 20),
        L("HB-SAWTOOTH", 10),
        L("MT-BEEF-BONES", 3),
        L("MT-BEEF-BRISKET", 15),
    ],
    tags=["spoken", "voice"],
    notes="number words; 'năm ly' = 5mm",
)
M(
    "banh-mi-co-ba",
    2,
    S,
    "vi",
    "cha lua 12 cay, maggi 6 chai, tui xop 1 thung",
    lines=[L("MT-CHALUA", 12), L("SA-GOLDENMTN-600", 6), L("PK-BAGS-VEST", 1)],
    notes="tui xop = carrier bags",
)
M(
    "banh-mi-co-ba",
    4,
    S,
    "vi",
    "bao tay size S 2 hop nha chi",
    lines=[L("CS-GLOVES", 2, None, nofill=True)],
    notes="small is not a stocked glove size: variant ambiguous, never filled from history",
)
M(
    "lotus-grocer",
    3,
    W,
    "vi",
    "Mì Mama tôm yum 4 thùng, Chaokoh loại lon nhỏ 165ml 2 thùng",
    lines=[L("ND-MAMA-TOMYUM", 4), N(2, "Chaokoh 165ml (only the 400ml is stocked)")],
    notes="Chaokoh 165ml is not in catalog; never substituted by the Aroy-D 165ml",
)
M(
    "lotus-grocer",
    6,
    W,
    "vi",
    "Chị lấy nước mắm Ba Con Cua loại 1,4 lít 12 chai, sữa đặc Ông Thọ 1 thùng",
    lines=[N(12, "Three Crabs 1.4L (only 682ml is stocked)"), L("TD-CONDMILK", 1)],
    tags=["number_in_name"],
    notes="Three Crabs 1.4L is not in catalog",
)
M(
    "com-nha",
    6,
    E,
    "vi",
    "Re: Xác nhận đơn SO-60412\n\nAnh thêm giúp em 2 thùng cá basa nhé.\n\n> Đơn SO-60412 đã được xác nhận: 9 dòng, giao thứ Năm.\n> Mekong & Chao Phraya",
    lines=[L("SF-BASA-5K", 2)],
    tags=["quoted"],
    notes="the only new line is above the quote; SO number and 9 lines are not quantities",
)
M(
    "bun-bo-hue-leeds",
    6,
    W,
    "en",
    "4 bun bo cases, 8 perilla 8 vietnamese mint, 2 msg, 1 cs soup tubs 32oz 👍",
    lines=[L("ND-BUNBO", 4), L("HB-PERILLA", 8), L("HB-VIETMINT", 8), L("SP-MSG-1K", 2), L("PK-SOUP-32", 1)],
    tags=["emoji"],
)
M(
    "siam-orchid",
    6,
    W,
    "th",
    "ข้าวหอมมะลิตราฉัตร 20 กิโล 4 ถุง ทิพรส 2 ลัง พริกแกงมัสมั่น 2 กิโล 2 กระปุก",
    lines=[
        L("RICE-ROYALUMB", 4, "20kg"),
        L("FS-TIPAROS-12", 2),
        L("CP-MAEPLOY-MASSAMAN", 2, None, nofill=True),
    ],
    notes="massaman 2kg is not a stocked size: variant ambiguous, never filled from history",
)
M(
    "baan-thai-brighton",
    6,
    W,
    "th",
    "mae krua 6, megachef 12, pla muek U10 1 box, singha 3 case na",
    lines=[
        L("SA-MAEKRUA-OYSTER", 6),
        L("FS-MEGACHEF-700", 12),
        L("SF-SQUID-TUBES", 1, "U/10"),
        L("DR-SINGHA", 3),
    ],
)
M(
    "krua-khun-mae",
    6,
    W,
    "th",
    "ชาตรามือ 30 ถุง มาม่าหมูสับ 5 ลัง ข้าวเหนียว 20 กิโล 4 กระสอบ",
    lines=[L("DR-THAITEA", 30), L("ND-MAMA-PORK", 5), L("RICE-LF-STICKY", 4, "20kg")],
)
M(
    "krua-khun-mae",
    5,
    W,
    "th",
    "ขอกะทิ 4 กล่องค่ะ",
    lines=[F(None, COMILK)],
    notes="4 cartons of coconut milk: brand ambiguous and 4 cartons is no whole case: quantities not stated",
)
M(
    "som-tam-street",
    6,
    S,
    "th",
    "malakor 10kg chilli 1kg palm sugar 2 tub tamarind 4 sticky rice 5kg 2 bag",
    lines=[
        L("VG-GREENPAPAYA", 10),
        L("VG-BIRDSEYE", 1),
        L("TD-PALMSUGAR", 2),
        L("SA-TAMARIND-454", 4),
        L("RICE-LF-STICKY", 2, "5kg"),
    ],
)
M(
    "golden-lotus",
    6,
    W,
    "zh",
    "语音：老板 五包泰国香米二十公斤的 十二瓶李锦记蚝油 两箱二六三零的虾 一箱二号锡纸盒",
    lines=[
        F(5, JASMINE, "20kg"),
        L("SA-LKK-OYSTER-510", 12),
        L("SF-VANNAMEI", 2, "26/30"),
        L("PK-FOIL-NO2", 1),
    ],
    tags=["spoken", "voice"],
    notes="number words; 二六三零 = 26/30; 二号 = No.2",
)
M(
    "huang-supermarket",
    6,
    E,
    "zh",
    "请送 Aroy-D 400ml 椰浆 5箱，绿豆粉丝 2箱，木薯淀粉 2箱。谢谢！黄伟",
    lines=[L("CO-AROYD-MILK", 5, "400ml Can (case of 24)"), L("ND-GLASS", 2), L("FL-TAPIOCA", 2)],
)
M(
    "huang-supermarket",
    4,
    E,
    "zh",
    "我想问一下，三蟹鱼露 24瓶 的价格现在是多少？先不下单。",
    intent="QUESTION",
    tags=["non_order_request"],
    notes="a price question listing a quantity; not an order",
)
M(
    "dragon-wok",
    6,
    W,
    "zh",
    "6a foil 2 case, no.2 foil 1 case, 甜辣酱 12瓶, 背心袋 1箱 thx",
    lines=[L("PK-FOIL-NO6A", 2), L("PK-FOIL-NO2", 1), L("SA-MAEPLOY-CHILLI", 12), L("PK-BAGS-VEST", 1)],
)
M(
    "dragon-wok",
    4,
    W,
    "zh",
    "锡纸盒 3箱",
    lines=[F(3, FOIL)],
    notes="foil containers without a number: No.2 or No.6a",
)
M(
    "the-noodle-bar",
    6,
    W,
    "en",
    "Dan: 3 cs 3mm, 2 egg noodle, 6 flying goose 455, 2 boxes coriander, 6 cooked prawns",
    lines=[
        L("ND-RICESTICK", 3, "3mm"),
        L("ND-EGG-THIN", 2),
        L("SA-FLYGOOSE-SRIRACHA", 6, "455ml"),
        L("HB-CORIANDER-1K", 2),
        L("SF-PRAWN-COOKED", 6),
    ],
)
M(
    "green-papaya",
    6,
    E,
    "en",
    "Subject: PO GP-40266\n\nHi, please add to Monday: 4 boxes cha gio, 10 packs sliced pork belly, 12 Red Boat 40°N. Thanks, Priya",
    lines=[L("FZ-CHAGIO-PORK", 4), L("MT-PORKBELLY-SLICED", 10), L("FS-REDBOAT40-500", 12)],
    tags=["number_in_name"],
)
M(
    "green-papaya",
    3,
    E,
    "en",
    "4 coconut milks and 20 perilla for Shoreditch",
    lines=[F(None, COMILK), L("HB-PERILLA", 20)],
    tags=["pack"],
    notes="'4 coconut milks': cans, cartons or cases? brand ambiguous too: quantities not stated",
)
M(
    "rice-spice-canteen",
    6,
    E,
    "en",
    "Please add to Thursday: 6 cases firm tofu, 10 boxes chicken thigh, 1 case soup spoons. PO NU-88151.",
    lines=[L("TF-FIRM", 6), L("MT-CHICKEN-THIGH", 10), L("CS-SPOONS", 1)],
)
M(
    "bangkok-street",
    6,
    W,
    "en",
    "4 cs 5mm noodles 2 cs 10mm 20 holy basil 10kg mince",
    lines=[
        L("ND-RICESTICK", 4, "5mm"),
        L("ND-RICESTICK", 2, "10mm"),
        L("HB-HOLYBASIL", 20),
        L("MT-PORK-MINCE", 10),
    ],
)
M(
    "bangkok-street",
    2,
    W,
    "en",
    "2 cans chang and 3 cans singha for the staff fridge lol",
    lines=[L("DR-CHANG", 2), L("DR-SINGHA", 3)],
    tags=["container"],
    notes="small N cans of a product sold by the case: N cases",
)
M(
    "saigon-social",
    6,
    W,
    "en",
    "16cm rice paper x20, mint x15, rau ram x6, topside x6 packs, 4 bia saigon ✌️",
    lines=[
        L("RP-3LADIES", 20, "16cm"),
        L("HB-MINT", 15),
        L("HB-VIETMINT", 6),
        L("MT-BEEF-TOPSIDE", 6),
        L("DR-SAIGON", 4),
    ],
    tags=["emoji"],
)
M(
    "mekong-kitchen",
    6,
    W,
    "vi",
    "giá 1kg 10 bịch, húng quế 10 bó, tía tô 10 bó, nước mắm con mực 725ml 6 chai",
    lines=[L("VG-BEANSPROUT-1K", 10), L("HB-THAIBASIL", 10), L("HB-PERILLA", 10), L("FS-SQUID", 6, "725ml")],
)
M(
    "sabai-sabai",
    6,
    E,
    "th",
    "Hi, ขอ sen lek 2 ลัง, green curry 400g 2, yellow curry 400g 2, fish cakes 1 box ค่ะ",
    lines=[
        L("ND-RICESTICK", 2, "3mm"),
        L("CP-MAEPLOY-GREEN", 2, "400g"),
        L("CP-MAEPLOY-YELLOW", 2, "400g"),
        L("FZ-FISHCAKE", 1),
    ],
)
M(
    "tuk-tuk-thai",
    5,
    S,
    "th",
    "3rd order cash krub: kaprao 20 bunch, sen yai 2 case, mae ploy sweet chilli 12",
    lines=[L("HB-HOLYBASIL", 20), L("ND-RICESTICK", 2, "10mm"), L("SA-MAEPLOY-CHILLI", 12)],
    tags=["new_customer"],
)
M(
    "pho-ever",
    6,
    W,
    "vi",
    "Tiền mặt nha anh: húng quế 20 bó, ngò gai 10 bó, giá 3 thùng, nạm 20 ký",
    lines=[L("HB-THAIBASIL", 20), L("HB-SAWTOOTH", 10), L("VG-BEANSPROUT-5K", 3), L("MT-BEEF-BRISKET", 20)],
    tags=["new_customer"],
)
M(
    "lantern-events",
    6,
    E,
    "en",
    "Please send 6 boxes of veg spring rolls and 6 boxes of cha gio for Friday, plus 2 cases Kara.",
    lines=[L("FZ-SPRINGROLL-VEG", 6), L("FZ-CHAGIO-PORK", 6), L("CO-KARA-CREAM", 2)],
)
M(
    "huang-supermarket",
    3,
    E,
    "zh",
    "转发：\n\n---------- 转发的邮件 ----------\n发件人：黄太太\n主题：补货\n\n老干妈 2箱，Chang 啤酒 2箱，糯米粉 1箱\n\n---\n按上面的送，谢谢",
    lines=[L("SA-LGM-CRISP", 2), L("DR-CHANG", 2), L("FL-ERAWAN-GLUT", 1)],
    tags=["forwarded"],
)

# ---------------------------------------------------------------- pho spices, pastes, more non-orders
M(
    "pho-ever",
    1,
    W,
    "vi",
    "Anh ơi em lấy thêm gia vị: hồi 2 ký, quế 1 ký, thảo quả 1 gói, viên phở bò 1 thùng. Tiền mặt như lần trước",
    lines=[L("SP-STARANISE-1K", 2), L("SP-CASSIA-1K", 1), L("SP-CARDAMOM-500", 1), L("SP-PHO-CUBES", 1)],
    tags=["new_customer"],
    notes="star anise and cassia come in 1kg bags: 2 ký = 2 bags; paid on delivery",
)
M(
    "siam-orchid",
    4,
    W,
    "th",
    "พริกแกงพะแนงแม่ศรี 1 ลัง ข่า 2 โล หน่อไม้ดอง 1 ลังค่ะ",
    lines=[L("CP-MAESRI-PANANG", 1), L("VG-GALANGAL", 2), L("TD-BAMBOO", 1)],
    notes="แม่ศรี = Maesri; ข่า = galangal",
)
M(
    "krua-khun-mae",
    2,
    W,
    "th",
    "ลูกชิ้นปลา 2 ลัง พริกแกงป่า 1 กิโล 2 กระปุก",
    lines=[L("SF-FISHBALL", 2), L("CP-LF-JUNGLE-1K", 2)],
    notes="พริกแกงป่า = jungle curry paste",
)
M("krua-khun-mae", 4, W, "th", "ข้าวเหนียวที่ส่งมา 1 กระสอบขาด ข้าวหกเต็มรถเลยค่ะ", intent="COMPLAINT")
M("golden-lotus", 5, W, "zh", "周五的单取消，厨房装修一周", intent="CANCEL")
M(
    "saigon-social",
    3,
    W,
    "en",
    "can we move tuesday's delivery to wednesday pls, kitchen's getting a deep clean",
    intent="CHANGE",
    change=[],
    tags=["non_order_request"],
    notes="moving a placed order's day: change_lines empty",
)
M(
    "mekong-kitchen",
    4,
    W,
    "vi",
    "Em đã chuyển khoản 842 bảng cho hoá đơn INV-58803 rồi nha anh",
    intent="OTHER",
    notes="a payment notice; amount and invoice number are not quantities",
)
M("dragon-wok", 5, W, "zh", "thanks 老板, 今天的货收到了 👍", intent="OTHER", tags=["emoji"])
M(
    "tuk-tuk-thai",
    6,
    S,
    "th",
    "sen yai 2 case krub pay cash same as before",
    lines=[L("ND-RICESTICK", 2, "10mm")],
    tags=["new_customer"],
)
