# ruff: noqa  (hand-written data generator of blind set 42, kept as its writer left it)
"""Messages of the 42nd blind set and their plain labels, all hand-written.

m(customer, day, channel, intent, text, lines, notes, tags, **kw)
  day: 0..6 = 2028-05-01 (Mon) .. 2028-05-07 (Sun)
  L(sku, qty, variant)  a line; pass the variant (or None when the text names none) for products with variants
  F([skus], qty, cv)    a bare family word: null sku with candidates (cv = candidate_variant named in the text)
  N(qty, what)          an item the catalog does not have
  kw: ref=dict(kind="usual"|"last", remove=[sku | (sku, variant)], set=[sku], double=[sku])
      outlier=sku, change=[lines], lang="en"|"ko", review=True (a reason other than the lines)
"""

MSGS = []
_NOVAR = object()


def L(sku, qty, variant=_NOVAR, nofill=False):
    d = {"sku": sku, "quantity": qty}
    if variant is not _NOVAR:
        d["variant"] = variant
    if nofill:
        d["_nofill"] = True
    return d


def F(cands, qty, cv=None):
    d = {"sku": None, "quantity": qty, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    return d


def N(qty, what):
    return {"sku": None, "quantity": qty, "_nic": what}


def m(cust, day, ch, intent, text, lines=(), notes="", tags=(), **kw):
    MSGS.append(
        dict(
            customer=cust,
            day=day,
            channel=ch,
            intent=intent,
            text=text,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            **kw,
        )
    )


WA, SMS, EM = "WHATSAPP", "SMS", "EMAIL"
KIMCHI_NAPA = ["KC-POGI", "KC-MAT", "KC-VEGAN"]
SOJU = ["SJ-CHAM-FRESH", "SJ-CHAM-ORIG", "SJ-CHUM", "SJ-ISBACK"]
FRUIT_SOJU = ["SJ-GRAPEFRUIT", "SJ-GREENGRAPE", "SJ-PLUM", "SJ-PEACH"]
MAKGEOLLI = ["MK-KOOK", "MK-JANGSU"]

# ---------------------------------------------------------------- seoul-smoke (KBBQ, Soho, English, WhatsApp)
m(
    "seoul-smoke",
    0,
    WA,
    "ORDER",
    "morning! for tmrw pls:\n- thick cut samgyeopsal 25kg\n- moksal 12kg\n- chadol 8kg\n- galbisal 10kg\n- 6 cs chamisul fresh\ncheers MJ",
    [
        L("PK-SAMG", 25, "Thick Cut 2cm"),
        L("PK-MOKSAL", 12),
        L("BF-CHADOL", 8),
        L("BF-GALBISAL", 10),
        L("SJ-CHAM-FRESH", 6),
    ],
    "'thick cut' picks the 2cm variant",
)
m(
    "seoul-smoke",
    1,
    WA,
    "ORDER",
    "[voice note, auto-transcribed] hey it's MJ from seoul smoke uh can you add to tomorrow's drop for boxes of binchotan and um two bags of the marinated bulgogi and a tub of ssamjang the three kilo one thanks",
    [L("CH-BINCHO", 4), L("MR-BULGOGI", 2), L("JG-SSAMJANG", 1, "3kg")],
    "voice-to-text 'for boxes' = four; addition to tomorrow's delivery is ORDER",
    ["voice", "spoken", "homophone"],
)
m(
    "seoul-smoke",
    2,
    WA,
    "ORDER",
    "can we get 3 cases of cass and 2 boxes of aprons",
    [L("BR-CASS", 3, None), L("PA-APRON", 2, None)],
    "cass: can 355, can 500 or bottle not said; apron colour not said",
    ["non_order_request"],
)
m(
    "seoul-smoke",
    3,
    WA,
    "QUESTION",
    "do u guys do wagyu? customer asking for wagyu chadol, like A5 grade. if not np",
    notes="wagyu is not stocked (chadol is)",
    tags=["not_in_catalog"],
)
m(
    "seoul-smoke",
    3,
    WA,
    "OTHER",
    "Hi I'd like to book a table for 6 tonight at 8pm under Kim please",
    notes="a table booking sent to the supplier by mistake",
    tags=["non_order_request"],
)
m(
    "seoul-smoke",
    4,
    WA,
    "ORDER",
    "usual for sat pls + 10 tongs",
    [L("CH-TONGS", 10)],
    "reference to the usual basket plus an addition",
    ref=dict(kind="usual"),
)
m(
    "seoul-smoke",
    4,
    WA,
    "ORDER",
    "need 2 tubs mat kimchi 10kg + 3 cs cass cans (355) + 2 boxes black aprons pls 🙏",
    [L("KC-MAT", 2, "10kg Tub"), L("BR-CASS", 3, "24 x 355ml Can"), L("PA-APRON", 2, "Black")],
    "",
    ["emoji"],
)
m(
    "seoul-smoke",
    5,
    WA,
    "COMPLAINT",
    "the galbisal yesterday was like 30% fat mate. 10kg and I reckon 3kg of it is trimming. not happy",
)
m(
    "seoul-smoke",
    5,
    WA,
    "CHANGE",
    "for tmrw can u switch the samgyeopsal to the 1cm sliced instead of thick, same 25kg",
    notes="variant swap on a placed order",
    change=[L("PK-SAMG", 0, "Thick Cut 2cm"), L("PK-SAMG", 25, "Sliced 1cm")],
)
m(
    "seoul-smoke",
    6,
    WA,
    "ORDER",
    "sunday emergency lol, we ran out of chadol. 5kg chadolbagi + 2 cs chamisul fresh if someone's about today, else first thing mon",
    [L("BF-CHADOL", 5), L("SJ-CHAM-FRESH", 2)],
    "'if someone's about today' is about the delivery time, not a condition on the order",
)

# ---------------------------------------------------------------- hanok-house (Korean restaurant, Korean, WhatsApp)
m(
    "hanok-house",
    0,
    WA,
    "ORDER",
    "사장님 안녕하세요. 내일 오전 배송 부탁드립니다.\nLA갈비 15키로\n돼지갈비 6봉\n포기김치 10kg 2통\n깍두기 5kg 1통\n참기름 1.8L 4병\n감사합니다 - 한옥집 박실장",
    [
        L("BF-LAGALBI", 15),
        L("MR-DWGALBI", 6),
        L("KC-POGI", 2, "10kg Tub"),
        L("KC-KKAK", 1, "5kg Tub"),
        L("OL-SESAME", 4, "1.8L"),
    ],
    "키로 = kg, 봉 = bag, 통 = tub, 병 = bottle",
)
m(
    "hanok-house",
    1,
    WA,
    "ORDER",
    "김치 10키로짜리 3통이랑 해찬들 고추장 14키로 하나 더 보내주세요",
    [F(["KC-POGI", "KC-MAT"], 3, "10kg Tub"), L("JG-GOCHU-HC", 1, "14kg")],
    "bare 김치 (kimchi): whole or sliced napa, both come in 10kg tubs (vegan only 5kg)",
)
m(
    "hanok-house",
    2,
    WA,
    "ORDER",
    "지난주랑 똑같이 주세요. 근데 참이슬 빨간뚜껑은 6짝으로요",
    [L("SJ-CHAM-ORIG", 6)],
    "same as last week with Chamisul Original (red cap) set to 6 cases; 짝 = crate/case",
    ref=dict(kind="last", set=["SJ-CHAM-ORIG"]),
)
m(
    "hanok-house",
    3,
    WA,
    "QUESTION",
    "혹시 한우 들어오나요? 손님들이 자꾸 찾으셔서요. 가격 좀 알려주세요",
    notes="hanwoo beef is not stocked",
    tags=["not_in_catalog"],
)
m(
    "hanok-house",
    3,
    WA,
    "COMPLAINT",
    "어제 받은 LA갈비 뼈가 너무 많아요. 15키로 중에 반이 뼈네요. 확인 좀 해주세요",
)
m(
    "hanok-house",
    4,
    WA,
    "CHANGE",
    "목요일 주문한거 금요일로 바꿔주실 수 있나요? 가게 수도공사 때문에요",
    notes="move Thursday's order to Friday",
    change=[],
)
m(
    "hanok-house",
    5,
    WA,
    "ORDER",
    "진간장 15리터 1통, 당면 4봉, 쌀 20키로 3포대 부탁드려요~",
    [L("SC-JINSOY", 1, "15L"), L("ND-DANGMYEON", 4), L("RC-SHORT", 3, "20kg")],
    "쌀 20키로: only the short grain rice comes in 20kg sacks (포대 = sack)",
    ["number_in_name", "unit_word"],
)
m(
    "hanok-house",
    5,
    WA,
    "ORDER",
    "[음성메시지] 네 사장님 한옥집인데요 어 내일 돼지갈비 여섯 봉하고 어 LA갈비 열다섯 키로 그리고 깍두기 큰 통 하나요",
    [L("MR-DWGALBI", 6), L("BF-LAGALBI", 15), L("KC-KKAK", 1, "5kg Tub")],
    "voice note; number words; 큰 통 (big tub) is the 5kg tub (the small one is a jar)",
    ["voice", "spoken"],
)
m(
    "hanok-house",
    6,
    WA,
    "ORDER",
    "일요일인데 죄송해요 ㅠㅠ 내일 아침에 장수막걸리 3박스, 참이슬 오리지널 4박스 같이 보내주세요",
    [L("MK-JANGSU", 3), L("SJ-CHAM-ORIG", 4)],
)

# ---------------------------------------------------------------- gangnam-grill (KBBQ Manchester, formal e-mail)
m(
    "gangnam-grill",
    0,
    EM,
    "ORDER",
    "Subject: PO GG-30418 – delivery Wed 3 May\n\nHi team,\n\nPlease find our order below for Wednesday 3rd May (before 11am please, loading bay at rear):\n\n1. Samgyeopsal sliced 1cm – 30kg\n2. Hangjeongsal – 6kg\n3. Deungsim – 8kg\n4. LA galbi – 12kg\n5. Oak lump charcoal – 6 bags\n6. Grill mesh – 4 packs\n\nKind regards,\n\nDaniel Cho\nPurchasing Manager | Gangnam Grill Ltd\n41 Portland Street, Manchester M1 4QX\nT: 020 7946 0412 | M: 07700 900412",
    [
        L("PK-SAMG", 30, "Sliced 1cm"),
        L("PK-HANGJ", 6),
        L("BF-DEUNGSIM", 8),
        L("BF-LAGALBI", 12),
        L("CH-LUMP", 6),
        L("GR-MESH", 4),
    ],
    "PO number, date, time, list numbering, street number and phones are not quantities",
    ["signature"],
)
m(
    "gangnam-grill",
    1,
    EM,
    "ORDER",
    "Subject: PO GG-30425\n\nHi, please repeat last week's order for Thursday, but 40kg of the sliced samgyeopsal instead of 30 and no Terra this time.\n\nThanks,\nDaniel",
    [L("PK-SAMG", 40, "Sliced 1cm")],
    "same as last week with a new quantity and a removal",
    ref=dict(kind="last", set=["PK-SAMG"], remove=["BR-TERRA"]),
)
m(
    "gangnam-grill",
    2,
    EM,
    "ORDER",
    "Subject: PO GG-30431\n\nHello,\n\nCould you please add to Friday's delivery: 2 cases of soju, 3 galbi marinade and 1 case of napkins.\n\nThank you,\nDaniel",
    [F(SOJU, 2), L("SC-GALBI", 3), L("PA-NAPKIN", 1, None)],
    "bare soju; napkin colour not said",
    ["non_order_request"],
)
m(
    "gangnam-grill",
    3,
    EM,
    "QUESTION",
    "Subject: Invoice INV-88213 query\n\nHi, could you send a copy of invoice INV-88213 please? Our accounts team can't find it.\n\nBest,\nDaniel Cho",
    tags=["non_order_request"],
)
m(
    "gangnam-grill",
    4,
    EM,
    "ORDER",
    "---------- Forwarded message ---------\nFrom: Head Chef <chef@gangnamgrill.example>\nDate: Thu, 4 May 2028 at 22:14\nSubject: weekend prep\nTo: Daniel Cho <orders@gangnamgrill.example>\n\nDan can you order for sat: 4 tubs ssamjang 3kg, 2 tubs whole cabbage kimchi 10kg, 5 cs terra. ta\n\n---\nPlease process the above, PO GG-30447. Daniel",
    [L("JG-SSAMJANG", 4, "3kg"), L("KC-POGI", 2, "10kg Tub"), L("BR-TERRA", 5)],
    "forwarded chef's note; the order lines are in the quoted part",
    ["forwarded"],
)
m(
    "gangnam-grill",
    5,
    EM,
    "COMPLAINT",
    "Subject: Short delivery PO GG-30418\n\nHi,\n\nWe were invoiced for 6 bags of oak charcoal on Wednesday but only 4 were delivered. Please credit the difference.\n\nRegards,\nDaniel Cho\nGangnam Grill Ltd",
)
m(
    "gangnam-grill",
    5,
    EM,
    "ORDER",
    "Subject: PO GG-30450\n\nHi, for Saturday: 2 cases of Hite Extra Cold and 3 tubs of ssamjang 3kg please.\nDaniel",
    [N(2, "Hite Extra Cold"), L("JG-SSAMJANG", 3, "3kg")],
    "Hite Extra Cold is not stocked (Hite Terra is); no substitute",
)
m(
    "gangnam-grill",
    6,
    EM,
    "ORDER",
    "Subject: PO GG-30452\n\nHi,\nMonday delivery please: 5 cases Chum Churum, 3 bottles galbi marinade, 2 packs grill mesh.\nThanks,\nDaniel Cho | Gangnam Grill",
    [L("SJ-CHUM", 5), L("SC-GALBI", 3), L("GR-MESH", 2)],
)

# ---------------------------------------------------------------- pocha-night (Korean pub, mixed Korean-English)
m(
    "pocha-night",
    0,
    WA,
    "ORDER",
    "사장님~ 참이슬 후레쉬 10짝, 자몽에이슬 4짝, 청포도 소주 3짝 plz 🙏 + 꼬치어묵 3팩",
    [L("SJ-CHAM-FRESH", 10), L("SJ-GRAPEFRUIT", 4), L("SJ-GREENGRAPE", 3), L("FZ-EOMUK-SK", 3)],
    "짝 = crate (case of 20)",
    ["emoji", "mixed"],
)
m(
    "pocha-night",
    1,
    WA,
    "ORDER",
    "fruit soju 6 cases pls, mix whatever flavours u have",
    [F(FRUIT_SOJU, 6)],
    "flavour left to the supplier: a human must split it",
    lang="en",
)
m(
    "pocha-night",
    2,
    WA,
    "ORDER",
    "막걸리 3박스 + cass 큰캔 4박스",
    [F(MAKGEOLLI, 3), L("BR-CASS", 4, "24 x 500ml Can")],
    "bare 막걸리 (peach carries its word); 큰캔 (big can) is the 500ml can",
    ["mixed"],
)
m(
    "pocha-night",
    3,
    WA,
    "QUESTION",
    "혹시 소주잔 (shot glasses) 파세요? 로고 들어간걸로요",
    notes="soju glasses are not stocked",
    tags=["not_in_catalog", "mixed"],
)
m(
    "pocha-night",
    3,
    WA,
    "ORDER",
    "tteok 떡볶이용 쌀떡 regular 6봉, 사리면 1박스, corn dogs 2 box, milkis 2 cs",
    [L("TK-RICE", 6, "Regular"), L("RM-SARI", 1), L("FZ-CORNDOG", 2), L("SD-MILKIS", 2)],
    "",
    ["mixed"],
)
m(
    "pocha-night",
    4,
    WA,
    "ORDER",
    "same as usual for fri 🙏 근데 corn dog 는 빼주세요",
    [],
    "the usual without the corn dogs",
    ["emoji", "mixed"],
    ref=dict(kind="usual", remove=["FZ-CORNDOG"]),
)
m(
    "pocha-night",
    4,
    WA,
    "ORDER",
    "반 박스 밀키스 가능?",
    [L("SD-MILKIS", 0.5)],
    "half a case of Milkis: a fraction of a case is never shipped as written",
    ["fraction"],
)
m("pocha-night", 5, WA, "OTHER", "오늘 배송 감사해요!! 기사님 너무 친절하셨어요 👍", tags=["emoji"])
m(
    "pocha-night",
    6,
    WA,
    "ORDER",
    "40병 참이슬 후레쉬 추가요 for tonight event",
    [L("SJ-CHAM-FRESH", 2)],
    "40 bottles = 2 cases of 20",
    ["count", "mixed"],
)
m(
    "pocha-night",
    6,
    WA,
    "ORDER",
    "자두에이슬 2짝 + peach soju 2짝",
    [L("SJ-PLUM", 2), L("SJ-PEACH", 2)],
    "",
    ["mixed"],
)

# ---------------------------------------------------------------- crispy-dak (Korean fried chicken, English, WhatsApp)
m(
    "crispy-dak",
    0,
    WA,
    "ORDER",
    "yo 8 box wings 4 box boneless thigh 10 bags frying mix 3 drums oil pls",
    [L("CK-WINGS", 8), L("CK-THIGH", 4), L("PW-FRYMIX", 10), L("OL-FRYING", 3)],
    "'drums oil': only the frying oil comes in a drum",
    ["spoken", "unit_word"],
)
m(
    "crispy-dak",
    1,
    WA,
    "ORDER",
    "need 6 boxes chicken asap for tmrw, big catering job",
    [F(["CK-THIGH", "CK-WINGS", "CK-POUSSIN"], 6)],
    "bare chicken by the box: thigh, wings or poussin",
)
m(
    "crispy-dak",
    2,
    WA,
    "ORDER",
    "12 cans milkis & 2 chilsung cider cans",
    [L("SD-MILKIS", None), L("SD-CIDER", 2)],
    "12 cans is half a case of 24: not a whole number of cases; '2 chilsung cider cans' is 2 cases by the small-N rule",
    ["container"],
)
m(
    "crispy-dak",
    2,
    WA,
    "ORDER",
    "2 tubs gochujang 3kg haechandle, 6 chicken mu, 2 corn syrup, 3 cs chilsung",
    [L("JG-GOCHU-HC", 2, "3kg"), L("PC-CHICKENMU", 6), L("SY-CORN", 2), L("SD-CIDER", 3)],
)
m("crispy-dak", 3, WA, "COMPLAINT", "chicken mu tubs leaking again, 2 out of 6 split in the van. can u sort")
m(
    "crispy-dak",
    4,
    WA,
    "ORDER",
    "send 45 box wings tmrw",
    [L("CK-WINGS", 45)],
    "about five times the usual 8, no reason given",
    outlier="CK-WINGS",
)
m(
    "crispy-dak",
    5,
    WA,
    "CANCEL",
    "ignore the 45 box msg lol typo. actually cancel that whole order, we'll do the usual on monday",
)
m(
    "crispy-dak",
    5,
    WA,
    "ORDER",
    "cass cans 355 x2cs, white napkins x1, 32oz soup pots x2 cases",
    [L("BR-CASS", 2, "24 x 355ml Can"), L("PA-NAPKIN", 1, "White"), L("PA-SOUP", 2)],
    "'32oz' is part of the name",
    ["number_in_name"],
)
m(
    "crispy-dak",
    6,
    WA,
    "QUESTION",
    "u do gluten free frying mix?",
    notes="gluten-free frying mix is not stocked",
    tags=["not_in_catalog"],
)
m(
    "crispy-dak",
    6,
    WA,
    "QUESTION",
    "can I get ur bank details again, we changed banks and need to set u up as payee",
    tags=["non_order_request"],
)

# ---------------------------------------------------------------- mr-tteok (street-food stall, SMS)
m(
    "mr-tteok",
    0,
    SMS,
    "ORDER",
    "hi its jay @ mr tteok. 10 bags tteok thin, 6 miltteok, 5 fishcake sheets, 4 cheese tteok. for fri b4 9am ta",
    [L("TK-RICE", 10, "Thin"), L("TK-WHEAT", 6), L("FZ-EOMUK-SQ", 5), L("TK-CHEESE", 4)],
    "'thin' exists only as a rice tteok variant; 'b4 9am' is a time",
)
m(
    "mr-tteok",
    0,
    SMS,
    "COMPLAINT",
    "thin tteok from last fri was all stuck together in one block, 3 bags unusable",
)
m(
    "mr-tteok",
    1,
    SMS,
    "ORDER",
    "[voice memo] ok so two tubs of the three kilo haechandle three oligo two fine gochugaru and uh two cases soup pots",
    [L("JG-GOCHU-HC", 2, "3kg"), L("SY-OLIGO", 3), L("PW-GOCHUGARU-F", 2), L("PA-SOUP", 2)],
    "",
    ["voice", "spoken"],
)
m(
    "mr-tteok",
    2,
    SMS,
    "ORDER",
    "5 bags square fishcake + 6 bags wheat tteok + 1 box gas pls. ta jay",
    [L("FZ-EOMUK-SQ", 5), L("TK-WHEAT", 6), L("CH-GAS", 1)],
)
m(
    "mr-tteok",
    3,
    SMS,
    "ORDER",
    "usual for fri pls but double the cheese tteok",
    [],
    "the usual with the cheese tteok doubled",
    ref=dict(kind="usual", double=["TK-CHEESE"]),
)
m("mr-tteok", 4, SMS, "QUESTION", "r u open bank hol monday the 29th? need to know for deliveries")
m(
    "mr-tteok",
    5,
    SMS,
    "ORDER",
    "3 or 4 bags fishcake sheets, whatever u got",
    [L("FZ-EOMUK-SQ", None)],
    "a range: quantities not stated exactly",
    ["range"],
)
m(
    "mr-tteok",
    6,
    SMS,
    "ORDER",
    "sun: 4 cheese tteok 10 thin rice tteok",
    [L("TK-CHEESE", 4), L("TK-RICE", 10, "Thin")],
    "",
    ["spoken"],
)

# ---------------------------------------------------------------- arirang-mart (Korean grocery, Korean e-mail)
m(
    "arirang-mart",
    0,
    EM,
    "ORDER",
    "제목: 5월 첫째주 발주서 (PO AM-2028-118)\n\n안녕하세요, 아리랑마트 이현수입니다.\n아래와 같이 발주 드립니다.\n\n1. 신라면 10박스\n2. 짜파게티 5박스\n3. 햇반 6박스\n4. 바나나우유 8박스\n5. 식혜 4박스\n6. 김밥김 10팩\n\n수요일 오전 입고 부탁드립니다.\n감사합니다.\n\n이현수 부장 | 아리랑마트\n020 7946 0518",
    [
        L("RM-SHIN", 10),
        L("RM-CHAPA", 5),
        L("RC-HETBAHN", 6),
        L("SD-BANANA", 8),
        L("SD-SIKHYE", 4),
        L("SW-GIM", 10),
    ],
    "PO number, list numbering and phone are not quantities",
    ["signature"],
)
m(
    "arirang-mart",
    1,
    EM,
    "ORDER",
    "제목: 정기 발주\n\n평소대로 부탁드립니다. 옥수수수염차 3박스만 추가해주세요.\n\n이현수 드림",
    [L("SD-CORNTEA", 3)],
    "the usual plus an addition",
    ref=dict(kind="usual"),
)
m(
    "arirang-mart",
    2,
    EM,
    "ORDER",
    "제목: 추가 발주\n\n포기김치 1.2kg 병 12개, 깍두기 병 8개, 해찬들 고추장 500g 12개, 쌈장 500g 12개 추가 부탁드립니다.\n이현수 드림",
    [
        L("KC-POGI", 12, "1.2kg Jar"),
        L("KC-KKAK", 8, "1.2kg Jar"),
        L("JG-GOCHU-HC", 12, "500g"),
        L("JG-SSAMJANG", 12, "500g"),
    ],
    "병 (jar) picks the 1.2kg jar",
)
m(
    "arirang-mart",
    3,
    EM,
    "ORDER",
    "제목: 라면/만두\n\n라면 15박스 (종류 상관없이 섞어서), 만두 10봉 부탁드립니다.",
    [
        F(["RM-SHIN", "RM-JINSP", "RM-JINMILD"], 15),
        F(["FZ-MANDU-PORK", "FZ-MANDU-KIMCHI", "FZ-MANDU-VEG"], 10),
    ],
    "mixed ramyeon of any kind and bare 만두: a human must split them",
)
m(
    "arirang-mart",
    4,
    EM,
    "QUESTION",
    "제목: 가격 문의\n\n진라면 순한맛 박스 가격이 얼마인가요? 20박스 정도 생각 중인데 할인 가능한지 알려주세요. 아직 주문은 아닙니다.",
    notes="a quote request with a quantity, not an order",
)
m(
    "arirang-mart",
    5,
    EM,
    "COMPLAINT",
    "제목: 파손 건\n\n화요일 입고된 밀키스 6박스 중 2박스가 캔이 찌그러져서 왔습니다. 사진 첨부합니다. 교환 부탁드려요.",
)
m(
    "arirang-mart",
    5,
    EM,
    "ORDER",
    "제목: 냉동 추가\n\n고기만두 10봉, 김치만두 8봉, 미역 6봉 추가 발주합니다. 목요일 입고 가능할까요?\n이현수",
    [L("FZ-MANDU-PORK", 10), L("FZ-MANDU-KIMCHI", 8), L("SW-MIYEOK", 6)],
    "order with a delivery-day question",
    ["side_question"],
)
m(
    "arirang-mart",
    6,
    EM,
    "ORDER",
    "제목: 음료\n\n바나나우유 192개, 밀키스 144캔 부탁드립니다.",
    [L("SD-BANANA", 8), L("SD-MILKIS", 6)],
    "192 = 8 cases of 24; 144 cans = 6 cases of 24",
    ["count"],
)
m(
    "arirang-mart",
    6,
    EM,
    "ORDER",
    "제목: 햇반\n\n햇반 50개 보내주세요.",
    [L("RC-HETBAHN", None)],
    "50 pots is not a whole number of cases of 36",
    ["count"],
)
m(
    "arirang-mart",
    6,
    EM,
    "OTHER",
    "제목: 대금 입금 완료\n\n4월분 대금 £8,412.60 입금했습니다. 인보이스 INV-88102~88109 확인 부탁드립니다.",
    notes="payment notice",
)

# ---------------------------------------------------------------- bibim-bowl (café, English, WhatsApp)
m(
    "bibim-bowl",
    0,
    WA,
    "ORDER",
    "Hi! Wednesday order please 😊\n4 x 10kg rice (short grain)\n2 sunchang gochujang 3kg\n2 big sesame oil 1.8L\n6kg sliced ribeye for bulgogi\n2 vegan kimchi\nThanks! Sun",
    [
        L("RC-SHORT", 4, "10kg"),
        L("JG-GOCHU-CJO", 2),
        L("OL-SESAME", 2, "1.8L"),
        L("BF-BULGOGI", 6),
        L("KC-VEGAN", 2),
    ],
    "'4 x 10kg' is 4 sacks",
    ["emoji", "pack", "number_in_name"],
)
m(
    "bibim-bowl",
    1,
    WA,
    "ORDER",
    "could we also get bulgogi x3 for tomorrow? thx",
    [F(["BF-BULGOGI", "MR-BULGOGI"], 3)],
    "bare bulgogi: plain sliced beef or the marinated bag",
    ["non_order_request"],
)
m(
    "bibim-bowl",
    2,
    WA,
    "QUESTION",
    "Do you have the allergen sheet for the vegan kimchi? a customer asked if it has any shellfish in it",
)
m(
    "bibim-bowl",
    3,
    WA,
    "ORDER",
    "need banchan tubs 250ml x1 case and bento boxes x2 and a case of chopsticks pls",
    [L("PA-BANCHAN-RND", 1, "250ml (case of 1000)"), L("PA-BENTO", 2), L("PA-CHOPSTICKS", 1)],
    "250ml exists only in the round banchan containers",
)
m(
    "bibim-bowl",
    4,
    WA,
    "ORDER",
    "Same as last week please! 🙏",
    [],
    "reference to the last order",
    ["emoji"],
    ref=dict(kind="last"),
)
m(
    "bibim-bowl",
    5,
    WA,
    "OTHER",
    "We're closed next Mon-Tue for staff holiday, so no delivery on the 8th/9th please. Back Wed!",
)
m(
    "bibim-bowl",
    5,
    WA,
    "OTHER",
    "Thanks for the extra gim last week, the kids at the school fair loved the kimbap 😄",
    tags=["emoji"],
)
m(
    "bibim-bowl",
    6,
    WA,
    "ORDER",
    "Morning! 2 bags sesame seeds + 4 packs kimbap gim + 2 sunchang gochujang please 😊",
    [L("PW-SESAME", 2), L("SW-GIM", 4), L("JG-GOCHU-CJO", 2)],
    "",
    ["emoji"],
)

# ---------------------------------------------------------------- jangdok-banchan (banchan maker, Korean, WhatsApp)
m(
    "jangdok-banchan",
    0,
    WA,
    "ORDER",
    "안녕하세요 장독반찬입니다~\n김치용 고춧가루 10키로\n멸치액젓 6병\n새우젓 4통\n물엿 2개\n통깨 3키로\n목요일까지 부탁해요",
    [L("PW-GOCHUGARU-C", 10), L("SC-FISH", 6), L("SC-SAEUJEOT", 4), L("SY-CORN", 2), L("PW-SESAME", 3)],
    "10kg of gochugaru = 10 bags of 1kg; 3kg sesame = 3 bags",
    ["count"],
)
m(
    "jangdok-banchan",
    1,
    WA,
    "ORDER",
    "고춧가루 5키로 더 필요해요 급해요!!",
    [F(["PW-GOCHUGARU-C", "PW-GOCHUGARU-F"], 5)],
    "bare 고춧가루: coarse or fine (5 x 1kg bags either way)",
)
m(
    "jangdok-banchan",
    2,
    WA,
    "ORDER",
    "반찬용기 150ml 2박스, 사각 반찬용기 1박스",
    [L("PA-BANCHAN-RND", 2, "150ml (case of 1000)"), L("PA-BANCHAN-SQ", 1)],
    "150ml exists only in the round containers",
)
m(
    "jangdok-banchan",
    3,
    WA,
    "QUESTION",
    "혹시 절임배추도 파시나요? 20kg 박스로요",
    notes="brined napa cabbage is not stocked",
    tags=["not_in_catalog"],
)
m(
    "jangdok-banchan",
    4,
    WA,
    "ORDER",
    "원형 반찬용기 1000ml 1박스",
    [L("PA-BANCHAN-RND", 1, None, nofill=True)],
    "ambiguous: there is no 1000ml round container (1000 is the case count of the 150ml and 250ml)",
    ["number_in_name"],
)
m("jangdok-banchan", 5, WA, "CANCEL", "목요일 고춧가루 추가 주문 취소할게요. 다른데서 구했어요 죄송해요")
m(
    "jangdok-banchan",
    5,
    WA,
    "ORDER",
    "국간장 4병 식초 4병 참기름 1.8리터 2병",
    [L("SC-GUKSOY", 4), L("VN-RICE", 4), L("OL-SESAME", 2, "1.8L")],
    "",
    ["spoken"],
)
m(
    "jangdok-banchan",
    6,
    WA,
    "ORDER",
    "지난주처럼 보내주세요 근데 액젓은 8병으로",
    [L("SC-FISH", 8)],
    "same as last week with the fish sauce set to 8",
    ref=dict(kind="last", set=["SC-FISH"]),
)
m(
    "jangdok-banchan",
    6,
    WA,
    "QUESTION",
    "새우젓 육젓 있어요? 추젓 말고요",
    notes="a grade of saeujeot that is not listed",
    tags=["not_in_catalog"],
)

# ---------------------------------------------------------------- okryu-naengmyeon (cold noodles, SMS, Korean)
m(
    "okryu-naengmyeon",
    0,
    SMS,
    "ORDER",
    "옥류냉면. 냉면사리 12팩 육수 4박스 사골 3박스 맛김치 5kg 2통 식초 4병",
    [L("ND-NAENG", 12), L("ND-NAENGBROTH", 4), L("BF-BONES", 3), L("KC-MAT", 2, "5kg Tub"), L("VN-RICE", 4)],
    "list without commas",
    ["spoken"],
)
m(
    "okryu-naengmyeon",
    2,
    SMS,
    "ORDER",
    "날씨 더워져서 냉면 많이 나가요. 이번주 냉면사리 30팩, 육수 10박스 부탁합니다",
    [L("ND-NAENG", 30), L("ND-NAENGBROTH", 10)],
    "a larger order with a reason (hot weather): not an outlier",
)
m(
    "okryu-naengmyeon",
    3,
    SMS,
    "QUESTION",
    "Is the buckwheat noodle 100% buckwheat? customer with wheat allergy asking",
    lang="en",
)
m(
    "okryu-naengmyeon",
    4,
    SMS,
    "ORDER",
    "단무지 3팩",
    [F(["PC-DANMUJI-W", "PC-DANMUJI-S"], 3)],
    "bare 단무지: whole or sliced",
)
m(
    "okryu-naengmyeon",
    4,
    SMS,
    "COMPLAINT",
    "육수 박스 하나 유통기한 지난거 왔어요. 5월 3일까지라고 써있는데 오늘 4일이에요",
)
m(
    "okryu-naengmyeon",
    5,
    SMS,
    "OTHER",
    "Payment sent today £1,240.50 ref OKRYU-APR. 확인 부탁드려요",
    notes="payment notice",
    tags=["mixed"],
)
m(
    "okryu-naengmyeon",
    5,
    SMS,
    "ORDER",
    "냉면 그릇 스텐 20개도 되나요? 있으면 같이 보내주세요",
    [N(20, "stainless naengmyeon bowls")],
    "bowls are not stocked; conditional on stock",
    ["conditional"],
)
m(
    "okryu-naengmyeon",
    6,
    SMS,
    "ORDER",
    "냉면사리 10팩, 고기만두 4봉 월요일에요",
    [L("ND-NAENG", 10), L("FZ-MANDU-PORK", 4)],
)

# ---------------------------------------------------------------- budae-bar (army stew, English, WhatsApp)
m(
    "budae-bar",
    0,
    WA,
    "ORDER",
    "alright! 3 cs ramen sari, 3 bags fishcake sheets, 1 big tub mat kimchi (10kg), 4 bags reg rice tteok. cheers kev",
    [L("RM-SARI", 3), L("FZ-EOMUK-SQ", 3), L("KC-MAT", 1, "10kg Tub"), L("TK-RICE", 4, "Regular")],
)
m(
    "budae-bar",
    1,
    WA,
    "ORDER",
    "chuck in 2 bags odeng too",
    [L("FZ-EOMUK-SQ", 2)],
    "'bags' narrows odeng to the square sheets (the skewers come by the pack)",
    ["unit_word"],
)
m(
    "budae-bar",
    2,
    WA,
    "ORDER",
    "a box of gas two cases of chamisul fresh and a bag of dasida",
    [L("CH-GAS", 1), L("SJ-CHAM-FRESH", 2), L("PW-DASIDA", 1)],
    "articles and number words start items",
    ["spoken"],
)
m(
    "budae-bar",
    2,
    WA,
    "CHANGE",
    "can u move wed delivery to thurs morning, we're shut wed for a private do",
    notes="moved day",
    change=[],
)
m(
    "budae-bar",
    3,
    WA,
    "QUESTION",
    "do u sell spam? like the big tins. and american cheese slices",
    notes="spam and cheese slices are not stocked",
    tags=["not_in_catalog"],
)
m("budae-bar", 3, WA, "QUESTION", "how much is a case of sari now? heard prices going up")
m(
    "budae-bar",
    4,
    WA,
    "ORDER",
    "usual for wed mate + 2 portable stoves, one of ours died",
    [L("CH-STOVE", 2)],
    "the usual plus an addition",
    ref=dict(kind="usual"),
)
m(
    "budae-bar",
    5,
    WA,
    "COMPLAINT",
    "driver left the kimchi outside in the sun for like 2 hours, tub was warm. not cool",
)
m(
    "budae-bar",
    5,
    WA,
    "ORDER",
    "4 cs chamisul fresh + 2 boxes butane + 1 tub haechandle 3kg",
    [L("SJ-CHAM-FRESH", 4), L("CH-GAS", 2), L("JG-GOCHU-HC", 1, "3kg")],
)
m(
    "budae-bar",
    6,
    WA,
    "ORDER",
    "2 cs chilsung, and baked beans x6 tins if u have them",
    [L("SD-CIDER", 2), N(6, "baked beans")],
    "baked beans are not stocked; conditional on stock",
    ["conditional"],
)

# ---------------------------------------------------------------- mokpo-table (seafood and pancakes, Korean e-mail)
m(
    "mokpo-table",
    0,
    EM,
    "ORDER",
    "제목: 목포식탁 주문 (5/2 화요일)\n\n안녕하세요,\n오징어 8키로, 차돌박이 5키로, 부침가루 6봉, 포기김치 5kg 2통, 초고추장 3병 부탁드립니다.\n\n정하나 드림\n목포식탁 | 07700 900 561",
    [
        L("FZ-SQUID", 8),
        L("BF-CHADOL", 5),
        L("PW-PANCAKE", 6),
        L("KC-POGI", 2, "5kg Tub"),
        L("JG-CHOGOCHU", 3),
    ],
    "8kg of squid = 8 bags of 1kg; '5/2' is a date",
    ["count", "signature"],
)
m(
    "mokpo-table",
    2,
    EM,
    "ORDER",
    "제목: 주류\n\n막걸리 4박스, 소주 5박스 부탁드려요.\n정하나",
    [F(MAKGEOLLI, 4), F(SOJU, 5)],
    "bare 막걸리 and 소주",
)
m(
    "mokpo-table",
    3,
    EM,
    "QUESTION",
    "제목: 문의\n\n홍어 취급하시나요? 손님 중에 찾는 분이 계셔서요.",
    notes="skate (hongeo) is not stocked",
    tags=["not_in_catalog"],
)
m(
    "mokpo-table",
    3,
    EM,
    "ORDER",
    "제목: 추가\n\n부침가루 6봉, 다시다 2봉, 포기김치 5kg 2통 추가로 부탁드립니다.",
    [L("PW-PANCAKE", 6), L("PW-DASIDA", 2), L("KC-POGI", 2, "5kg Tub")],
)
m(
    "mokpo-table",
    4,
    EM,
    "ORDER",
    "제목: 건어물\n\n다시마 2봉, 다시다 3봉 아 아니다 2봉이요",
    [L("SW-DASHIMA", 2), L("PW-DASIDA", 2)],
    "self-correction: dasida 3 then 2",
    ["self_correction"],
)
m(
    "mokpo-table",
    5,
    EM,
    "ORDER",
    "제목: 오징어\n\n오징어 45키로 보내주세요.",
    [L("FZ-SQUID", 45)],
    "far above the usual 8 with no reason",
    outlier="FZ-SQUID",
)
m(
    "mokpo-table",
    6,
    EM,
    "CHANGE",
    "제목: 수정\n\n내일 주문에서 오징어 45키로 말고 9키로로 바꿔주세요. 오타였어요.",
    notes="quantity change on the placed order",
    change=[L("FZ-SQUID", 9)],
)
m(
    "mokpo-table",
    6,
    EM,
    "ORDER",
    "제목: 막걸리\n\n장수막걸리 4박스 보내주세요. 그리고 다음주부터 화요일 배송 가능한가요?",
    [L("MK-JANGSU", 4)],
    "order with a side question",
    ["side_question"],
)

# ---------------------------------------------------------------- aster-hotel (hotel, formal e-mail)
m(
    "aster-hotel",
    0,
    EM,
    "ORDER",
    "Subject: Purchase Order AH-77120\n\nDear Onggi & Ember team,\n\nPlease supply the following for delivery on Thursday 4 May 2028, between 6am and 8am via the goods-in entrance (Gate 3):\n\n- Beef ribeye bulgogi cut, plain: 10 kg\n- Marinated dak galbi: 4 x 2kg bags\n- Haechandle gochujang 1kg: 6 tubs\n- Sempio Jin S soy sauce 1.7L: 6 bottles\n- Ottogi sesame oil 320ml: 12 bottles\n\nPlease quote the PO number on your invoice.\n\nKind regards,\nOlivia Grant\nPurchasing Officer, The Aster Hotel\n12 Harbour Quay, London E14 9GE\nTel: 020 7946 0733",
    [
        L("BF-BULGOGI", 10),
        L("MR-DAKGALBI", 4),
        L("JG-GOCHU-HC", 6, "1kg"),
        L("SC-JINSOY", 6, "1.7L"),
        L("OL-SESAME", 12, "320ml"),
    ],
    "'4 x 2kg bags' is 4 bags; dates, times, gate and street numbers are not quantities",
    ["signature", "pack"],
)
m(
    "aster-hotel",
    1,
    EM,
    "OTHER",
    "Subject: Automatic reply: Delivery note DN-44102\n\nThank you for your email. I am out of the office until Monday 8 May 2028 with limited access to email. For urgent purchasing matters please contact purchasing@asterhotel.example or call 020 7946 0734.\n\nOlivia Grant",
    notes="auto-reply",
)
m(
    "aster-hotel",
    2,
    EM,
    "ORDER",
    "Subject: PO AH-77134 – kimchi and dumplings\n\nHello,\nFurther to our PO AH-77120, please add 2 tubs of mat kimchi, 6 bags of vegetable mandu and 2 cases of Hetbahn.\nKind regards, Olivia",
    [L("KC-MAT", 2, None), L("FZ-MANDU-VEG", 6), L("RC-HETBAHN", 2)],
    "mat kimchi 'tubs': 5kg or 10kg not said",
)
m(
    "aster-hotel",
    3,
    EM,
    "QUESTION",
    "Subject: Supplier accreditation\n\nDear team, as part of our annual supplier review could you please send your current food safety certificate and public liability insurance? Many thanks, Olivia Grant",
    tags=["non_order_request"],
)
m(
    "aster-hotel",
    4,
    EM,
    "ORDER",
    "Subject: PO AH-77151 – Korean week banquet (220 guests)\n\nDear team,\n\nFor our Korean week banquet on Saturday 13 May please deliver on Friday 12 May:\n25kg bulgogi cut ribeye\n10 bags marinated dak galbi\n6 tubs mat kimchi 10kg\n4 cases Chamisul Fresh\n2 cases Kooksoondang makgeolli cans\n\nKind regards,\nOlivia Grant\nThe Aster Hotel",
    [
        L("BF-BULGOGI", 25),
        L("MR-DAKGALBI", 10),
        L("KC-MAT", 6, "10kg Tub"),
        L("SJ-CHAM-FRESH", 4),
        L("MK-KOOK", 2, "24 x 350ml Can"),
    ],
    "a banquet gives the reason for the large quantities; 220 guests is not a quantity",
    ["signature"],
)
m(
    "aster-hotel",
    5,
    EM,
    "CANCEL",
    "Subject: Cancel PO AH-77151\n\nDear team, unfortunately the Korean week banquet has been postponed by the client. Please cancel PO AH-77151 in full. Apologies for the inconvenience. Olivia",
)
m(
    "aster-hotel",
    6,
    EM,
    "ORDER",
    "Subject: PO AH-77166\n\nDear team,\nPlease deliver on Tuesday 9 May: 3 bags tteokguk rice cake slices, 6 bags vegetable mandu, 2 cases Hetbahn.\nKind regards,\nOlivia Grant\nPurchasing Officer",
    [L("TK-SLICED", 3), L("FZ-MANDU-VEG", 6), L("RC-HETBAHN", 2)],
)

# ---------------------------------------------------------------- kingsgate-uni (university catering, formal e-mail)
m(
    "kingsgate-uni",
    0,
    EM,
    "ORDER",
    "Subject: Kingsgate Univ. – Order ref KU-PO-5521\n\nGood morning,\n\nOrder for the K-Street counter, delivery Tuesday 2 May:\n  Short grain rice 20kg sacks x 6\n  Jeyuk (spicy pork) x 10 bags\n  Marinated bulgogi x 10 bags\n  Pork mandu x 8\n  Vegetable mandu x 8\n  Vegan kimchi 5kg x 6\n\nRegards\nMarcus Bell\nCatering Procurement, Kingsgate University\nEstates Building, Room 2.14\nT 020 7946 0855",
    [
        L("RC-SHORT", 6, "20kg"),
        L("MR-JEYUK", 10),
        L("MR-BULGOGI", 10),
        L("FZ-MANDU-PORK", 8),
        L("FZ-MANDU-VEG", 8),
        L("KC-VEGAN", 6),
    ],
    "",
    ["signature"],
)
m(
    "kingsgate-uni",
    2,
    EM,
    "ORDER",
    "Subject: KU-PO-5534\n\nPlease repeat our usual order for Tuesday 9 May, plus 4 cases of Milkis for the Korean Society event (approx 150 students).\n\nThanks,\nMarcus",
    [L("SD-MILKIS", 4)],
    "the usual plus an addition",
    ref=dict(kind="usual"),
)
m(
    "kingsgate-uni",
    3,
    EM,
    "QUESTION",
    "Subject: Halal certification\n\nHello, I would like to know whether your marinated bulgogi and dak galbi are halal certified, as our students have asked.\n\nKind regards,\nMarcus Bell",
    tags=["non_order_request"],
)
m(
    "kingsgate-uni",
    3,
    EM,
    "COMPLAINT",
    "Subject: Delivery KU-PO-5521\n\nThe 6 sacks of rice were delivered to the wrong building (Library loading bay). Could your drivers please use the Estates goods-in as agreed? This is the second time.\n\nMarcus Bell",
)
m(
    "kingsgate-uni",
    4,
    EM,
    "OTHER",
    "Subject: New contact for orders\n\nPlease add my colleague Aisha Rahman (a.rahman@kingsgate.example) to your order confirmation emails from next week.\n\nThanks, Marcus",
    tags=["non_order_request"],
)
m(
    "kingsgate-uni",
    5,
    EM,
    "ORDER",
    "Subject: KU-PO-5540 urgent top-up\n\nCould we add 2 cases of bento boxes and 1 case of white napkins to Tuesday?\nMarcus",
    [L("PA-BENTO", 2), L("PA-NAPKIN", 1, "White")],
    "addition to a placed order",
    ["non_order_request"],
)
m(
    "kingsgate-uni",
    5,
    EM,
    "ORDER",
    "Subject: KU-PO-5542\n\nI would like to order 4 cases of Hetbahn for the exam period, delivered with Tuesday's order please.\nMarcus Bell",
    [L("RC-HETBAHN", 4)],
    "",
    ["non_order_request"],
)
m(
    "kingsgate-uni",
    6,
    EM,
    "ORDER",
    "Subject: KU-PO-5547\n\nPlease deliver Tuesday: 10 bags jeyuk, 10 bags marinated bulgogi, 6 tubs vegan kimchi.\nMarcus Bell",
    [L("MR-JEYUK", 10), L("MR-BULGOGI", 10), L("KC-VEGAN", 6)],
)

# ---------------------------------------------------------------- seoul-food-truck (SMS)
m(
    "seoul-food-truck",
    0,
    SMS,
    "ORDER",
    "3 bulgogi marinated, 3 dak galbi, 4 box corn dogs, 3 cheese tteok. pickup fri 7am. dani",
    [L("MR-BULGOGI", 3), L("MR-DAKGALBI", 3), L("FZ-CORNDOG", 4), L("TK-CHEESE", 3)],
)
m(
    "seoul-food-truck",
    1,
    SMS,
    "ORDER",
    "100 corn dogs pls for the festival sat",
    [L("FZ-CORNDOG", 2)],
    "100 corn dogs = 2 boxes of 50",
    ["count"],
)
m(
    "seoul-food-truck",
    2,
    SMS,
    "ORDER",
    "1 sack rice",
    [F(["RC-SHORT", "RC-GLUT"], 1)],
    "bare rice by the sack: short grain or glutinous",
)
m(
    "seoul-food-truck",
    2,
    SMS,
    "OTHER",
    "I'd like to change my MOT booking to Thursday please",
    notes="a message meant for a garage",
    tags=["non_order_request"],
)
m("seoul-food-truck", 3, SMS, "QUESTION", "wat time is cutoff for sat delivery?")
m("seoul-food-truck", 4, SMS, "COMPLAINT", "corn dogs came half defrosted. box was soft. had to bin 12")
m(
    "seoul-food-truck",
    5,
    SMS,
    "ORDER",
    "if u can do sunday delivery then 2 box corn dogs + 1 case gas, otherwise leave it",
    [L("FZ-CORNDOG", 2), L("CH-GAS", 1)],
    "conditional order",
    ["conditional"],
)
m(
    "seoul-food-truck",
    6,
    SMS,
    "ORDER",
    "2 x 24 milkis 1 box gas 2 cs bento",
    [L("SD-MILKIS", 2), L("CH-GAS", 1), L("PA-BENTO", 2)],
    "'2 x 24' is 2 cases of 24",
    ["pack", "spoken"],
)

# ---------------------------------------------------------------- galbi-jip (KBBQ Edinburgh, mixed Korean-English)
m(
    "galbi-jip",
    0,
    WA,
    "ORDER",
    "Hi 사장님! 이번주 order: LA갈비 10kg, 갈비살 6kg, 오겹살 8kg, 쌈장 1kg x6. Thx!",
    [L("BF-LAGALBI", 10), L("BF-GALBISAL", 6), L("PK-OGYEOP", 8), L("JG-SSAMJANG", 6, "1kg")],
    "",
    ["mixed"],
)
m(
    "galbi-jip",
    1,
    WA,
    "ORDER",
    "갈비 10키로 추가요",
    [F(["BF-LAGALBI", "BF-GALBISAL"], 10)],
    "bare 갈비 by the kg: LA galbi or galbisal (the marinated pork galbi comes by the bag)",
)
m(
    "galbi-jip",
    2,
    WA,
    "ORDER",
    "불판 34cm 4개 + briquettes 8 bags",
    [L("GR-PLATE-CI", 4, "34cm"), L("CH-BRIQ", 8)],
    "34cm exists only for the cast iron plate",
    ["mixed"],
)
m(
    "galbi-jip",
    3,
    WA,
    "ORDER",
    "참이슬 5짝 이즈백 3짝 + red apron 1 box",
    [F(["SJ-CHAM-FRESH", "SJ-CHAM-ORIG"], 5), L("SJ-ISBACK", 3), L("PA-APRON", 1, "Red")],
    "bare 참이슬: Fresh or Original",
    ["mixed"],
)
m(
    "galbi-jip",
    4,
    WA,
    "QUESTION",
    "do you have gas grill plates for the new tables? the ones for gas burners, 36cm",
    notes="gas grill plates are not stocked",
    tags=["not_in_catalog"],
    lang="en",
)
m(
    "galbi-jip",
    4,
    WA,
    "ORDER",
    "이번주 오겹살 45kg 보내주세요",
    [L("PK-OGYEOP", 45)],
    "far above the usual 8 with no reason",
    outlier="PK-OGYEOP",
)
m(
    "galbi-jip",
    5,
    WA,
    "ORDER",
    "usual 부탁해요 but 쌈장 3kg x2 instead of the 1kg ones",
    [L("JG-SSAMJANG", 2, "3kg")],
    "the usual with the 1kg ssamjang swapped for 2 x 3kg",
    ["mixed"],
    ref=dict(kind="usual", remove=[("JG-SSAMJANG", "1kg")]),
)
m(
    "galbi-jip",
    5,
    WA,
    "ORDER",
    "돼지갈비 5봉 + 갈비살 6kg + 성형탄 8 bags. 감사!",
    [L("MR-DWGALBI", 5), L("BF-GALBISAL", 6), L("CH-BRIQ", 8)],
    "",
    ["mixed"],
)
m("galbi-jip", 6, WA, "QUESTION", "사장님 배송 기사님 번호 좀 알려주실래요? 07700 900617 이 번호 맞나요?")

# ---------------------------------------------------------------- hansik-dining (fine dining, e-mail)
m(
    "hansik-dining",
    0,
    EM,
    "ORDER",
    "Subject: Order for Tuesday\n\nHello,\n\nFor Tuesday please: sirloin (deungsim) 6kg, beef tongue 3kg, hangjeongsal 4kg, 2 tubs of Haechandle doenjang 3kg, 4 bottles of perilla oil.\n\nThank you,\nSeo-yeon Yoon\nHead Chef, Hansik Dining Room\n07700 900389",
    [
        L("BF-DEUNGSIM", 6),
        L("BF-TONGUE", 3),
        L("PK-HANGJ", 4),
        L("JG-DOENJANG", 2, "3kg"),
        L("OL-PERILLA", 4),
    ],
    "",
    ["signature"],
)
m(
    "hansik-dining",
    1,
    EM,
    "ORDER",
    "Could you also send 2 doenjang? The 3kg ones.",
    [L("JG-DOENJANG", 2, "3kg")],
    "doenjang 3kg: only the Haechandle comes in 3kg (Sempio is 2kg)",
    ["non_order_request"],
)
m(
    "hansik-dining",
    2,
    EM,
    "QUESTION",
    "Subject: Jeju black pork\n\nWe are planning a new tasting menu and would like to know if you can source Jeju black pork belly, about 10kg a week. Not ordering yet.\n\nSeo-yeon",
    notes="Jeju black pork is not stocked",
    tags=["not_in_catalog", "non_order_request"],
)
m(
    "hansik-dining",
    3,
    EM,
    "ORDER",
    "Please add 1 case peach makgeolli and 2 cases plum soju to Tuesday, and 2 sacks of sticky rice.",
    [L("MK-PEACH", 1), L("SJ-PLUM", 2), L("RC-GLUT", 2)],
)
m(
    "hansik-dining",
    4,
    EM,
    "CHANGE",
    "Subject: Tuesday order – change\n\nHi, please change the beef tongue on Tuesday's order from 3kg to 5kg. Many thanks, Seo-yeon",
    notes="quantity change on the placed order",
    change=[L("BF-TONGUE", 5)],
)
m(
    "hansik-dining",
    5,
    EM,
    "ORDER",
    "Same as last week please, but no cucumber kimchi and 3 bottles of soup soy sauce instead of 2.",
    [L("SC-GUKSOY", 3)],
    "same as last week with a removal and a new quantity",
    ref=dict(kind="last", remove=["KC-OI"], set=["SC-GUKSOY"]),
)
m(
    "hansik-dining",
    6,
    EM,
    "ORDER",
    "Hello, for Wednesday: 1 tub chonggak kimchi, 2 tubs oi sobagi, 2 bags miyeok. Thanks, Seo-yeon",
    [L("KC-CHONG", 1), L("KC-OI", 2), L("SW-MIYEOK", 2)],
)

# ---------------------------------------------------------------- dosirak-co (lunchbox kitchen, WhatsApp)
m(
    "dosirak-co",
    0,
    WA,
    "ORDER",
    "Morning! Thu order:\n2 sacks short grain 20kg\n4 jeyuk\n4 bulgogi (marinated)\n6 whole danmuji\n6 packs kimbap gim\nthanks, Tom @ Dosirak & Co",
    [L("RC-SHORT", 2, "20kg"), L("MR-JEYUK", 4), L("MR-BULGOGI", 4), L("PC-DANMUJI-W", 6), L("SW-GIM", 6)],
)
m(
    "dosirak-co",
    1,
    WA,
    "ORDER",
    "Also 2 tubs of kimchi pls",
    [F(KIMCHI_NAPA, 2)],
    "bare kimchi in tubs: whole, sliced or vegan",
)
m("dosirak-co", 2, WA, "QUESTION", "hey what's the shelf life on the kongjaban once opened?")
m(
    "dosirak-co",
    3,
    WA,
    "ORDER",
    "400 bento boxes + 3000 chopsticks",
    [L("PA-BENTO", 2), L("PA-CHOPSTICKS", 1)],
    "400 = 2 cases of 200; 3000 = 1 case",
    ["count"],
)
m(
    "dosirak-co",
    4,
    WA,
    "OTHER",
    "Tom here – new delivery instructions from next week: please use the side door on Red Lion Street, buzzer 4. Thanks",
)
m(
    "dosirak-co",
    4,
    WA,
    "ORDER",
    "Fwd from chef:\n> we need 6 packs gim and 4 tubs kongjaban for thurs\ncan u add pls - Tom",
    [L("SW-GIM", 6), L("BC-KONGJABAN", 4)],
    "forwarded note",
    ["forwarded", "quoted"],
)
m(
    "dosirak-co",
    5,
    WA,
    "ORDER",
    "usual for thu 👍",
    [],
    "reference to the usual basket",
    ["emoji"],
    ref=dict(kind="usual"),
)
m(
    "dosirak-co",
    6,
    WA,
    "ORDER",
    "4 kongjaban + 2 cs square banchan tubs + 1 cs chopsticks pls",
    [L("BC-KONGJABAN", 4), L("PA-BANCHAN-SQ", 2), L("PA-CHOPSTICKS", 1)],
)

# ---------------------------------------------------------------- chimaek-pub (fried chicken and beer, SMS)
m(
    "chimaek-pub",
    0,
    SMS,
    "ORDER",
    "Chimaek pub order fri: wings 6 box, fry mix 6, chicken mu 4 tubs, terra 4cs, cass bottles 4cs. 고마워요",
    [
        L("CK-WINGS", 6),
        L("PW-FRYMIX", 6),
        L("PC-CHICKENMU", 4),
        L("BR-TERRA", 4),
        L("BR-CASS", 4, "20 x 330ml Bottle"),
    ],
    "",
    ["mixed"],
)
m(
    "chimaek-pub",
    1,
    SMS,
    "ORDER",
    "beer 5 cases pls",
    [F(["BR-CASS", "BR-TERRA"], 5)],
    "bare beer: Cass or Terra",
)
m(
    "chimaek-pub",
    2,
    SMS,
    "ORDER",
    "2 bottles peach soju",
    [L("SJ-PEACH", 2)],
    "2 bottles of a case product: 2 cases by the small-N rule",
    ["container"],
)
m(
    "chimaek-pub",
    2,
    SMS,
    "ORDER",
    "[voice note] yeah hiya it's hyun uh could I get ten bags of fry mix and uh for tubs of chicken mu and two cases of terra cheers",
    [L("PW-FRYMIX", 10), L("PC-CHICKENMU", 4), L("BR-TERRA", 2)],
    "'for tubs' = four",
    ["voice", "spoken", "homophone", "non_order_request"],
)
m("chimaek-pub", 3, SMS, "COMPLAINT", "napkins came white not black. we ordered black. 1 case")
m("chimaek-pub", 4, SMS, "ORDER", "1 case napkins", [L("PA-NAPKIN", 1, None)], "napkin colour not said")
m(
    "chimaek-pub",
    5,
    SMS,
    "CANCEL",
    "cancel tmrw's delivery pls, kitchen flooded 😩 will order again next wk",
    tags=["emoji"],
)
m(
    "chimaek-pub",
    6,
    SMS,
    "ORDER",
    "3cs chamisul fresh 2 drums frying oil 6 fry mix",
    [L("SJ-CHAM-FRESH", 3), L("OL-FRYING", 2), L("PW-FRYMIX", 6)],
    "",
    ["spoken"],
)

# ---------------------------------------------------------------- han-river-events (caterer, never repeats a basket)
m(
    "han-river-events",
    0,
    EM,
    "ORDER",
    "Subject: Wedding 13 May – 180 guests – PO HRE-0913\n\nHi,\n\nFor the Park/Evans wedding on Saturday 13 May (180 guests) please deliver on Friday 12th:\n- 15 bags marinated bulgogi\n- 10 bags jeyuk\n- 8 bags pork mandu\n- 8 bags vegetable mandu\n- 4 tubs mat kimchi 5kg\n- 3 cases Chamisul Fresh\n- 2 cases bento boxes\n\nThanks,\nGrace Lim\nHan River Events\n07700 900731",
    [
        L("MR-BULGOGI", 15),
        L("MR-JEYUK", 10),
        L("FZ-MANDU-PORK", 8),
        L("FZ-MANDU-VEG", 8),
        L("KC-MAT", 4, "5kg Tub"),
        L("SJ-CHAM-FRESH", 3),
        L("PA-BENTO", 2),
    ],
    "a wedding gives the reason; guest count and dates are not quantities",
    ["signature"],
)
m(
    "han-river-events",
    2,
    EM,
    "ORDER",
    "Subject: Corporate lunch\n\nHi, could you send our usual event order for next Thursday? Same as always.\n\nGrace",
    [],
    "the caterer has no usual basket",
    ["ambiguous_reference", "non_order_request"],
    ref=dict(kind="usual"),
)
m(
    "han-river-events",
    3,
    EM,
    "QUESTION",
    "Subject: Quote request\n\nCould you quote for 30 bags of dak galbi, 20 bags of jeyuk and 10 cases of makgeolli cans for a festival in June (approx 600 covers)? Not ordering yet, just pricing it up.\n\nGrace Lim",
    notes="a quote request listing quantities",
)
m(
    "han-river-events",
    4,
    EM,
    "ORDER",
    "Subject: New account?\n\nHi, for the festival can we put 10 bags dak galbi and 6 cases of makgeolli cans on a 30-day account? We normally pay by card.\n\nGrace",
    [L("MR-DAKGALBI", 10), L("MK-KOOK", 6, "24 x 350ml Can")],
    "order on credit: review",
    ["credit", "non_order_request"],
)
m(
    "han-river-events",
    5,
    EM,
    "ORDER",
    "Subject: PO HRE-0921 – office party 60 ppl\n\nHi team, for Thursday 11 May please: 6 bags marinated bulgogi, 4 bags dak galbi, 2 cases Milkis, 1 case wooden chopsticks, 1 case white napkins.\n\nGrace Lim",
    [
        L("MR-BULGOGI", 6),
        L("MR-DAKGALBI", 4),
        L("SD-MILKIS", 2),
        L("PA-CHOPSTICKS", 1),
        L("PA-NAPKIN", 1, "White"),
    ],
)
m(
    "han-river-events",
    6,
    EM,
    "OTHER",
    "Subject: Re: booking\n\nHello, I'd like to book the function room for 40 people on Saturday 20 May, buffet style. Please confirm availability.\n\nGrace Lim",
    notes="a venue booking sent to the supplier by mistake",
    tags=["non_order_request"],
)

# ---------------------------------------------------------------- bapsang (new customer, Korean)
m(
    "bapsang",
    0,
    WA,
    "ORDER",
    "안녕하세요! 해머스미스에 새로 오픈하는 밥상입니다. 첫 주문이에요. 결제는 배송 때 카드로 할게요.\n쌀 20kg 2포대\n해찬들 고추장 3kg 1통\n해찬들 된장 3kg 1통\n진간장 1.7L 2병\n참기름 320ml 6병\n포기김치 5kg 2통\n감사합니다!",
    [
        L("RC-SHORT", 2, "20kg"),
        L("JG-GOCHU-HC", 1, "3kg"),
        L("JG-DOENJANG", 1, "3kg"),
        L("SC-JINSOY", 2, "1.7L"),
        L("OL-SESAME", 6, "320ml"),
        L("KC-POGI", 2, "5kg Tub"),
    ],
    "first order, paid on delivery: ships as written",
    ["new_customer"],
)
m(
    "bapsang",
    3,
    WA,
    "ORDER",
    "첫 주문이랑 똑같이 한번 더 보내주세요",
    [],
    "a first-time customer's 'same as my first order': messages are not history",
    ["new_customer"],
    ref=dict(kind="last"),
)
m("bapsang", 4, WA, "QUESTION", "혹시 카카오톡으로도 주문 받으시나요?")
m(
    "bapsang",
    5,
    WA,
    "ORDER",
    "당면 2봉, 부침가루 4봉, 다시마 2봉 추가요~ 카드결제할게요",
    [L("ND-DANGMYEON", 2), L("PW-PANCAKE", 4), L("SW-DASHIMA", 2)],
    "",
    ["new_customer"],
)

# ---------------------------------------------------------------- ssam-shack (new customer, English)
m(
    "ssam-shack",
    1,
    WA,
    "ORDER",
    "Hey! We're Ssam Shack, new KBBQ pop-up in Peckham opening 12 May. First order, can we set up a 30 day account? 20kg pork belly thick cut, 10kg moksal, 5 boxes binchotan, 2 cast iron plates 30cm, 1 box red aprons",
    [
        L("PK-SAMG", 20, "Thick Cut 2cm"),
        L("PK-MOKSAL", 10),
        L("CH-BINCHO", 5),
        L("GR-PLATE-CI", 2, "30cm"),
        L("PA-APRON", 1, "Red"),
    ],
    "a first order on a 30-day account: review",
    ["new_customer", "credit"],
)
m(
    "ssam-shack",
    3,
    WA,
    "QUESTION",
    "do u deliver to SE15 on saturdays? and whats the minimum order",
    tags=["new_customer"],
)
m(
    "ssam-shack",
    5,
    WA,
    "ORDER",
    "ok going card on delivery for now. same list as before pls but 4 boxes binchotan not 5",
    [L("CH-BINCHO", 4)],
    "a first-time customer's reference to an earlier message: unresolved",
    ["new_customer"],
    ref=dict(kind="last", set=["CH-BINCHO"]),
)
m(
    "ssam-shack",
    6,
    WA,
    "ORDER",
    "card on delivery: 3 packs grill mesh + 2 cs cass tall cans (500) + 10 tongs",
    [L("GR-MESH", 3), L("BR-CASS", 2, "24 x 500ml Can"), L("CH-TONGS", 10)],
    "",
    ["new_customer"],
)

# ---------------------------------------------------------------- more orders (same customers)
m(
    "budae-bar",
    6,
    WA,
    "ORDER",
    "6 packs udon sari + 1 pack somyeon 3kg pls",
    [L("ND-UDON", 6), L("ND-SOMYEON", 1)],
    "'3kg' is part of the name",
    ["number_in_name"],
)
m(
    "seoul-smoke",
    1,
    WA,
    "ORDER",
    "charcoal x2 and a case of napkins on tmrw pls",
    [F(["CH-BINCHO", "CH-LUMP", "CH-BRIQ"], 2), L("PA-NAPKIN", 1, None)],
    "bare charcoal (binchotan, oak lump or briquettes); napkin colour not said",
)
m(
    "hansik-dining",
    3,
    EM,
    "ORDER",
    "Subject: Sundries\n\nPlease also send 1 tub of Sempio doenjang and 6 meat scissors with the next delivery.\n\nSeo-yeon",
    [L("JG-DOEN-SEMPIO", 1), L("CH-SCISSORS", 6)],
)
m(
    "galbi-jip",
    6,
    WA,
    "ORDER",
    "불판 4개 더요 + 고기가위 4개",
    [F(["GR-PLATE-CI", "GR-PLATE-SLOT"], 4), L("CH-SCISSORS", 4)],
    "bare 불판 (grill plate): cast iron or slotted",
)
m(
    "gangnam-grill",
    3,
    EM,
    "ORDER",
    "Subject: PO GG-30440\n\nHi, please add 4 slotted grill plates and 2 boxes of nitrile gloves to Friday.\n\nDaniel",
    [L("GR-PLATE-SLOT", 4), L("PA-GLOVES", 2)],
)
m(
    "crispy-dak",
    3,
    WA,
    "ORDER",
    "gloves x4 boxes pls, the black ones",
    [L("PA-GLOVES", 4)],
    "only one glove product (black, large)",
)
m(
    "pocha-night",
    5,
    WA,
    "ORDER",
    "대패 10키로 + 불고기양념 2병 내일 같이요",
    [L("PK-DAEPAE", 10), L("SC-BULGOGI", 2)],
)
m(
    "mokpo-table",
    1,
    EM,
    "ORDER",
    "제목: 국물 재료\n\n국물용 멸치 1박스, 다시마 2봉 부탁드려요.\n정하나",
    [L("SW-ANCHOVY", 1), L("SW-DASHIMA", 2)],
)
m(
    "aster-hotel",
    5,
    EM,
    "ORDER",
    "Subject: PO AH-77160\n\nDear team,\nPlease add 4 bottles of Beksul marinade to Thursday's delivery.\nKind regards,\nOlivia Grant",
    [F(["SC-GALBI", "SC-BULGOGI"], 4)],
    "Beksul marinade: galbi or bulgogi",
)
