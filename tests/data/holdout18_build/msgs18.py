# ruff: noqa  (hand-written data generator of blind set 18, kept as its writer left it)
# -*- coding: utf-8 -*-
"""holdout18 messages and their plain labels, all hand-written.

M(customer, day, text, intent, lines, notes, tags, ...):
  day       0..6 = 2027-05-31 .. 2027-06-06
  lines     L(sku, qty, v=variant) | A([candidates], qty, cv=variant named) | X(qty, "item not stocked")
  ref       ("usual"|"last", [mods]) : a reference to history; lines are derived from the mods
            mods: ("drop", sku) ("qty", sku, q[, variant]) ("add", line) ("double", sku)
  review    True forces review (credit, conditional, first order on account...)
  nohist    True: review does not depend on the product, no history fields
  outlier   True: ships as written, review with history
  change    change_lines of a CHANGE row
"""

NOV = object()


def L(sku, q, v=NOV, nofill=False):
    d = {"sku": sku, "quantity": q}
    if v is not NOV:
        d["variant"] = v
    if nofill:
        d["_nofill"] = True
    return d


def A(cands, q, cv=None):
    d = {"sku": None, "quantity": q, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    return d


def X(q, item):
    return {"sku": None, "quantity": q, "_item": item}


MSGS = []


def M(
    c,
    day,
    text,
    intent="ORDER",
    lines=(),
    notes="",
    tags=(),
    ch=None,
    lang=None,
    review=None,
    ref=None,
    nohist=False,
    outlier=False,
    change=None,
):
    MSGS.append(
        dict(
            customer=c,
            day=day,
            text=text,
            intent=intent,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            channel=ch,
            language=lang,
            review=review,
            ref=ref,
            nohist=nohist,
            outlier=outlier,
            change=change,
        )
    )


SIG_UMI = "\n\nThanks,\nDan Hughes\nOperations Manager, Umi Kaiten Sushi\n14 Portland Street, Manchester\nMob 07700 900312"
SIG_BAAN = "\n\nThanks\nPloy Srisuk\nHead Chef, Baan Thai Kitchen\n22 Mill Road, Cambridge\n07700 900531"
SIG_NN = "\n\nRegards,\nPriya Nair\nSite Manager - Noodle Nation Kirkgate\n07700 900644"
SIG_UNI = (
    "\n\nKind regards,\nMaria Okafor\nCatering Purchasing Officer\nNorthgate University, Estates Building, Level 2\n"
    "Tel: 07700 900733"
)
SIG_EAST = (
    "\n\nWei Zhang\nBuyer, East Market Oriental Grocery\nUnit 5, Attercliffe Road, Sheffield\n020 7946 0587"
)

# ------------------------------------------------------------------ sakura-sushi (WhatsApp, en)
M(
    "sakura-sushi",
    0,
    "Morning! for tmrw pls: 3 x 20kg nishiki, 4 packs full nori, 2 half nori, salmon 15kg, tuna 4kg. cheers Ken",
    lines=[
        L("RICE-NISHIKI", 3, "20kg"),
        L("SUSHI-NORI-FULL", 4),
        L("SUSHI-NORI-HALF", 2),
        L("SEA-SALMON", 15),
        L("SEA-TUNA", 4),
    ],
    notes="20kg is the rice size; 'tmrw' is a day",
    tags=["number_in_name", "variant"],
)
M(
    "sakura-sushi",
    1,
    "Can I get 2 tubs of tobiko and 3 gari for thursday",
    lines=[L("SEA-TOBIKO", 2, None), L("SUSHI-GARI", 3, None)],
    notes="ambiguous: tobiko and gari without colour; the bar only ever buys orange tobiko and pink gari",
    tags=["variant", "non_order_request"],
)
M(
    "sakura-sushi",
    2,
    "need wasabi x2 and 1 unagi box pls",
    lines=[A(["SUSHI-WASABI-PASTE", "SUSHI-WASABI-POWDER"], 2), L("SEA-UNAGI", 1)],
    notes="ambiguous: wasabi paste or powder",
    tags=["family"],
)
M(
    "sakura-sushi",
    3,
    "Same as last week but make the salmon 18kg and add 2 boxes of ebi fry 🙏",
    ref=("last", [("qty", "SEA-SALMON", 18), ("add", L("SEA-EBIFRY", 2))]),
    notes="reference to last week's order; new salmon quantity and an addition",
    tags=["reference", "emoji"],
)
M(
    "sakura-sushi",
    4,
    "Do you have ikura (salmon roe)? A customer asked for it. How much per 500g?",
    intent="QUESTION",
    notes="ikura is not stocked",
    tags=["question", "not_in_catalog"],
)
M(
    "sakura-sushi",
    0,
    "Hi Ken here. 2 bags black sesame, and sushi trays large x 1 please",
    lines=[L("SUSHI-SESAME", 2, "Black"), L("PACK-SUSHITRAY", 1, "Large (20 piece)")],
    tags=["variant"],
)
M(
    "sakura-sushi",
    5,
    "The salmon yesterday came in at 13.2kg not 15, and one side had freezer burn on the belly. Can you credit it please",
    intent="COMPLAINT",
    tags=["complaint"],
)
M(
    "sakura-sushi",
    1,
    "Ken: 2 x 5L kikkoman, 3 x big kewpie, 2 tubs wasabi paste 👍",
    lines=[L("SOY-KIKKOMAN", 2, "5L"), L("PASTE-KEWPIE-1KG", 3), L("SUSHI-WASABI-PASTE", 2)],
    tags=["variant", "emoji"],
)
M(
    "sakura-sushi",
    2,
    "Hi guys, could we get a case of the medium sushi trays and 2 tubs orange tobiko with tomorrow's delivery",
    lines=[L("PACK-SUSHITRAY", 1, "Medium (12 piece)"), L("SEA-TOBIKO", 2, "Orange")],
    tags=["variant", "non_order_request"],
)
M(
    "sakura-sushi",
    3,
    "hi its ken can you send a box of unagi two tubs of red tobiko and three packs of full nori thanks",
    lines=[L("SEA-UNAGI", 1), L("SEA-TOBIKO", 2, "Red"), L("SUSHI-NORI-FULL", 3)],
    notes="voice note, no commas",
    tags=["spoken", "variant"],
)
M(
    "sakura-sushi",
    6,
    "Thanks guys, all arrived and the tuna is lovely 👌",
    intent="OTHER",
    tags=["other", "emoji"],
)

# ------------------------------------------------------------------ umi-kaiten (email, en)
M(
    "umi-kaiten",
    0,
    "Subject: Order - Tue 1st June\n\nHi team,\n\nPlease deliver Tuesday:\n- Nishiki 20kg x 6\n- Full sheet nori x 6 packs\n"
    "- Sushi su 5L x 4\n- Salmon 30kg\n- Tuna saku 8kg\n- Ebi fry x 4 boxes" + SIG_UMI,
    lines=[
        L("RICE-NISHIKI", 6, "20kg"),
        L("SUSHI-NORI-FULL", 6),
        L("VIN-SUSHISU", 4),
        L("SEA-SALMON", 30),
        L("SEA-TUNA", 8),
        L("SEA-EBIFRY", 4),
    ],
    notes="street number and phone in the signature are not quantities",
    tags=["signature", "number_in_name", "variant"],
)
M(
    "umi-kaiten",
    1,
    "Hi, add-on for Thursday: 3 tubs of tobiko, 2 cases oi ocha, 1 box unagi.\nDan",
    lines=[L("SEA-TOBIKO", 3, None), L("SOFT-OIOCHA", 2), L("SEA-UNAGI", 1)],
    notes="ambiguous: tobiko colour not given, and the restaurant buys both orange and black",
    tags=["variant"],
)
M(
    "umi-kaiten",
    2,
    "Subject: Monday\n\nUsual order for Monday please, but 40kg salmon instead of 30." + SIG_UMI,
    ref=("usual", [("qty", "SEA-SALMON", 40)]),
    notes="reference to the usual with a new salmon quantity",
    tags=["reference", "signature"],
)
M(
    "umi-kaiten",
    3,
    "Subject: salmon origin\n\nHello,\n\nI would like to know whether your salmon is farmed in Norway or Scotland - our menu "
    "says Norwegian. Is it ASC certified as well?" + SIG_UMI,
    intent="QUESTION",
    tags=["question", "non_order_request", "signature"],
)
M(
    "umi-kaiten",
    4,
    "Quick one - 48 Asahi bottles and 1000 soy sachets on tomorrow's van please. Dan",
    lines=[L("BEER-ASAHI", 2, "24 x 330ml Bottle"), L("SOY-SACHETS", 2)],
    notes="48 bottles = 2 cases of 24; 1000 sachets = 2 boxes of 500",
    tags=["count", "container", "variant"],
)
M(
    "umi-kaiten",
    5,
    "Subject: Re: Order - Tue 1st June\n\nCan you change the salmon on tomorrow's order to 25kg please, we've had a big "
    "party cancel on us.\n\nDan\n\n> Please deliver Tuesday:\n> - Salmon 30kg",
    intent="CHANGE",
    change=[L("SEA-SALMON", 25)],
    notes="quoted reply; only the salmon changes",
    tags=["change", "quoted"],
)
M(
    "umi-kaiten",
    2,
    "Please add to Monday: 2 boxes soy sachets, 3 cases Asahi 330ml bottles, 1 sack tempura batter mix. Rgds Dan",
    lines=[L("SOY-SACHETS", 2), L("BEER-ASAHI", 3, "24 x 330ml Bottle"), L("FLOUR-TEMPURA-20", 1)],
    tags=["variant"],
)
M(
    "umi-kaiten",
    6,
    "Hi, could you send an extra 10kg salmon and 2 tubs of black tobiko with the standing order tomorrow? Dan",
    lines=[L("SEA-SALMON", 10), L("SEA-TOBIKO", 2, "Black")],
    tags=["variant", "non_order_request"],
)
M(
    "umi-kaiten",
    4,
    "Can you add 6 bottles of sake for a private party on Friday? Thanks, Dan",
    lines=[L("SAKE-GEKKEIKAN", 6, None)],
    notes="ambiguous: sake 750ml or 1.8L not given; never bought before",
    tags=["variant", "non_order_request"],
)

# ------------------------------------------------------------------ tanuki-ramen (WhatsApp, en)
M(
    "tanuki-ramen",
    0,
    "yo need 6 cases straight ramen noodles 4 tonkotsu base 2 shoyu base and 12 kilo chashu pork for wed",
    lines=[L("NOOD-RAMEN-STR", 6), L("BASE-TONKOTSU", 4), L("BASE-SHOYU", 2), L("MEAT-CHASHU", 12)],
    notes="run-on list",
    tags=["spoken"],
)
M(
    "tanuki-ramen",
    1,
    "gyoza x6 pls + 2 miso",
    lines=[A(["DS-GYOZA-PORK", "DS-GYOZA-VEG"], 6), A(["PASTE-MISO-WHITE", "PASTE-MISO-RED"], 2)],
    notes="ambiguous: gyoza pork or veg (the shop has bought both); miso white or red",
    tags=["family"],
)
M(
    "tanuki-ramen",
    2,
    "ramen noodles 8 cases, beansprouts 2 bags",
    lines=[A(["NOOD-RAMEN-STR", "NOOD-RAMEN-WAVY"], 8), L("VEG-BEANSPROUT", 2)],
    notes="ambiguous: straight or wavy noodles",
    tags=["family"],
)
M(
    "tanuki-ramen",
    3,
    "oh and 2 asahi cans + 1 soup containers",
    lines=[L("BEER-ASAHI", 2, "24 x 500ml Can"), L("PACK-SOUPCUP", 1)],
    notes="2 cans of a product sold by the case = 2 cases (small-N rule)",
    tags=["container", "variant"],
)
M(
    "tanuki-ramen",
    4,
    "Hiya, we're closed Mon-Tue next week for a refit so no deliveries those days pls, back to normal Weds 9th",
    intent="OTHER",
    tags=["other"],
)
M(
    "tanuki-ramen",
    5,
    "same as last wk pls",
    ref=("last", []),
    notes="reference to last week",
    tags=["reference"],
)
M(
    "tanuki-ramen",
    6,
    "Do you do menma? if so 2 tins, plus 3 cases wavy ramen noodles",
    lines=[X(2, "menma (bamboo shoots)"), L("NOOD-RAMEN-WAVY", 3)],
    review=True,
    nohist=True,
    notes="menma not in catalog; conditional on stock",
    tags=["not_in_catalog", "conditional", "side_question"],
)
M(
    "tanuki-ramen",
    2,
    "2 mirin (the takara one) n 2 kadoya pls",
    lines=[L("SOY-MIRIN-HON", 2), L("OIL-SESAME-KADOYA", 2)],
    notes="'the takara one' picks the hon mirin",
    tags=[],
)
M(
    "tanuki-ramen",
    3,
    "I'd like to know if your chashu pork belly is outdoor bred? customers keep asking",
    intent="QUESTION",
    tags=["question", "non_order_request"],
)
M(
    "tanuki-ramen",
    1,
    "2 rolls bin bags and 1 box blue gloves L",
    lines=[X(2, "bin bags"), L("PACK-GLOVES", 1, "Large")],
    nohist=True,
    notes="bin bags not in catalog",
    tags=["not_in_catalog", "variant"],
)

# ------------------------------------------------------------------ hakata-ya (email, ja)
M(
    "hakata-ya",
    0,
    "件名：6月1日（火）納品分\n\nいつもお世話になっております。\n以下お願いします。\n・ストレート麺 8ケース\n・豚骨スープ 6個\n"
    "・チャーシュー用豚バラ 15kg\n・アサヒ樽 2本\n・キリン瓶 2ケース\n\nハカタ家　田中",
    lines=[
        L("NOOD-RAMEN-STR", 8),
        L("BASE-TONKOTSU", 6),
        L("MEAT-CHASHU", 15),
        L("BEER-ASAHI-KEG", 2),
        L("BEER-KIRIN", 2),
    ],
    notes="date in the subject is not a quantity; アサヒ樽 is the Asahi keg",
    tags=["multilingual"],
)
M(
    "hakata-ya",
    1,
    "田中です。月桂冠 6本と、本みりん 3本お願いします。",
    lines=[L("SAKE-GEKKEIKAN", 6, None), L("SOY-MIRIN-HON", 3)],
    notes="ambiguous: Gekkeikan size not given (the shop only ever buys 1.8L)",
    tags=["multilingual", "variant"],
)
M(
    "hakata-ya",
    2,
    "件名：来週分\n\nいつもの注文でお願いします。ただしチャーシューは20kgに変更してください。\n\n田中",
    ref=("usual", [("qty", "MEAT-CHASHU", 20)]),
    notes="reference to the usual, chashu 20kg",
    tags=["multilingual", "reference"],
)
M(
    "hakata-ya",
    3,
    "来月から営業時間が変わるため、配達を午前10時より前にしていただくことは可能でしょうか？",
    intent="QUESTION",
    notes="a delivery-time question; 10 is a time",
    tags=["multilingual", "question"],
)
M(
    "hakata-ya",
    4,
    "キッコーマン醤油 20L 1本、キユーピーマヨネーズ 500g 6本 追加でお願いします。",
    lines=[L("SOY-KIKKOMAN", 1, "20L"), L("PASTE-KEWPIE-500", 6)],
    tags=["multilingual", "variant", "number_in_name"],
)
M(
    "hakata-ya",
    5,
    "ガリ（白）2個、白ごま 1袋、ハーフの海苔 2パックお願いします",
    lines=[L("SUSHI-GARI", 2, "White"), L("SUSHI-SESAME", 1, "White"), L("SUSHI-NORI-HALF", 2)],
    tags=["multilingual", "variant"],
)
M(
    "hakata-ya",
    6,
    "ラーメン麺 10ケース、もやし 2袋",
    lines=[A(["NOOD-RAMEN-STR", "NOOD-RAMEN-WAVY"], 10), L("VEG-BEANSPROUT", 2)],
    notes="ambiguous: ramen noodles straight or wavy",
    tags=["multilingual", "family"],
)
M(
    "hakata-ya",
    3,
    "キリンの樽生はありますか？あれば価格を教えてください。",
    intent="QUESTION",
    notes="Kirin keg is not stocked (bottles only)",
    tags=["multilingual", "question", "not_in_catalog"],
)
M(
    "hakata-ya",
    4,
    "件名：豚バラの件\n\n昨日届いたチャーシュー用の豚バラですが、15kgの注文に対して12kgしか入っていませんでした。ご確認ください。",
    intent="COMPLAINT",
    tags=["multilingual", "complaint"],
)

# ------------------------------------------------------------------ golden-dragon (SMS, en)
M(
    "golden-dragon",
    0,
    "4 cs thigh 2 cs breast 4 rice 20kg 3 oyster 2 hoisin thurs. chen",
    lines=[
        L("MEAT-CHX-THIGH", 4),
        L("MEAT-CHX-BREAST", 2),
        A(["RICE-JASMINE", "RICE-NISHIKI"], 4, cv="20kg"),
        L("SOY-OYSTER", 3),
        L("SOY-HOISIN", 2),
    ],
    notes="ambiguous: rice 20kg is jasmine or Nishiki sushi rice",
    tags=["family", "number_in_name"],
)
M(
    "golden-dragon",
    1,
    "Chen. Sat: 5 veg oil, 2 duck box, 4 spring roll large, 3 egg noodle medium, 4 beansprout. ta",
    lines=[
        L("OIL-FRYING-20", 5),
        L("MEAT-DUCK", 2),
        L("DS-SPRINGROLL-LARGE", 4),
        L("NOOD-EGG-MED", 3),
        L("VEG-BEANSPROUT", 4),
    ],
    tags=[],
)
M(
    "golden-dragon",
    2,
    "pls add 1 case king prawns 31/40 n 2 msg to thurs",
    lines=[L("SEA-VANNAMEI", 1, "31/40"), L("BASE-MSG", 2)],
    notes="31/40 is the prawn count size",
    tags=["variant", "number_in_name"],
)
M(
    "golden-dragon",
    3,
    "foils x3 urgent pls, ran out",
    lines=[A(["PACK-FOIL-2", "PACK-FOIL-6A"], 3)],
    notes="ambiguous: No.2 or No.6A foils; the takeaway buys both",
    tags=["family"],
)
M("golden-dragon", 4, "how much 20L kikkoman now?", intent="QUESTION", tags=["question"])
M(
    "golden-dragon",
    5,
    "20 cs thigh for thurs",
    lines=[L("MEAT-CHX-THIGH", 20)],
    outlier=True,
    notes="outlier: usual is 4 cases, no reason given",
    tags=["outlier"],
)
M(
    "golden-dragon",
    6,
    "pls cancel thurs order, kitchen flooded. will txt when open again. chen",
    intent="CANCEL",
    tags=["cancel"],
)
M(
    "golden-dragon",
    2,
    "chen: 2 hoisin 2 dark soy 1 light soy, fri",
    lines=[L("SOY-HOISIN", 2), L("SOY-PRB-DARK", 2), L("SOY-PRB-LIGHT", 1)],
    tags=[],
)
M(
    "golden-dragon",
    3,
    "send for cases thigh and to cases breast friday thanks chen",
    lines=[L("MEAT-CHX-THIGH", 4), L("MEAT-CHX-BREAST", 2)],
    notes="voice to text: 'for' = four, 'to' = two",
    tags=["homophone", "spoken"],
)
M(
    "golden-dragon",
    1,
    "2x diet coke cans n 1 no2 foil",
    lines=[X(2, "Diet Coke"), L("PACK-FOIL-2", 1)],
    nohist=True,
    notes="Diet Coke is not in catalog (regular and zero are)",
    tags=["not_in_catalog", "container"],
)
M("golden-dragon", 5, "yday duck box had 8 not 10!! want credit", intent="COMPLAINT", tags=["complaint"])

# ------------------------------------------------------------------ lucky-star (WhatsApp, zh)
M(
    "lucky-star",
    0,
    "你好，明天送：鸡胸肉 3箱，生抽 2箱，老抽 1箱，蚝油 2桶，味精 1包。谢谢",
    lines=[
        L("MEAT-CHX-BREAST", 3),
        L("SOY-PRB-LIGHT", 2),
        L("SOY-PRB-DARK", 1),
        L("SOY-OYSTER", 2),
        L("BASE-MSG", 1),
    ],
    tags=["multilingual"],
)
M(
    "lucky-star",
    1,
    "和上次一样，另外加两箱春卷皮（8.5寸）",
    ref=("last", [("add", L("WRAP-TYJ", 2, '8.5" (215mm)'))]),
    notes="reference to last order plus spring roll pastry 8.5 inch",
    tags=["multilingual", "reference", "variant"],
)
M(
    "lucky-star",
    2,
    "虾 21/25 一箱，可乐48罐",
    lines=[L("SEA-VANNAMEI", 1, "21/25"), A(["SOFT-COKE", "SOFT-COKEZERO"], 2)],
    notes="ambiguous: cola regular or zero; 48 cans = 2 cases",
    tags=["multilingual", "container", "family", "number_in_name"],
)
M(
    "lucky-star",
    3,
    "我想问一下，你们周日送货吗？",
    intent="QUESTION",
    tags=["multilingual", "question", "non_order_request"],
)
M(
    "lucky-star",
    4,
    "细蛋面2箱，芽菜3包，白菜仔5公斤",
    lines=[L("NOOD-EGG-FINE", 2), L("VEG-BEANSPROUT", 3), L("VEG-PAKCHOI", 5)],
    tags=["multilingual", "weight"],
)
M(
    "lucky-star",
    5,
    "昨天的椒盐鱿鱼少了一箱，发票上写的是两箱",
    intent="COMPLAINT",
    tags=["multilingual", "complaint"],
)
M(
    "lucky-star",
    2,
    "椒盐鱿鱼 1箱，迷你春卷 2盒，6A锡纸盒 2箱",
    lines=[L("SEA-SQUID-SP", 1), L("DS-SPRINGROLL-MINI", 2), L("PACK-FOIL-6A", 2)],
    tags=["multilingual", "number_in_name"],
)
M(
    "lucky-star",
    6,
    "老样子，周一送，谢谢",
    ref=("usual", []),
    notes="the usual",
    tags=["multilingual", "reference"],
)
M("lucky-star", 4, "春卷皮 5寸 2箱", lines=[L("WRAP-TYJ", 2, '5" (125mm)')], tags=["multilingual", "variant"])

# ------------------------------------------------------------------ jade-garden (WhatsApp, zh-Hant / Cantonese)
M(
    "jade-garden",
    0,
    "唔該聽日送：蝦餃 6盒，燒賣 6盒，香酥鴨 3盒，河粉 3箱。",
    lines=[L("DS-HARGOW", 6), L("DS-SIUMAI", 6), L("MEAT-DUCK", 3), L("NOOD-HOFUN", 3)],
    tags=["multilingual"],
)
M(
    "jade-garden",
    1,
    "上海青 8公斤、薑 5公斤、冬菇 1包",
    lines=[L("VEG-PAKCHOI-SH", 8), L("VEG-GINGER", 5), L("DRY-SHIITAKE", 1)],
    notes="5kg of ginger is fresh ginger by the kg (5kg is no whole number of 1.5kg gari tubs)",
    tags=["multilingual", "weight"],
)
M(
    "jade-garden",
    2,
    "青島啤酒 3箱，蠔油 4桶，海鮮醬 2桶，唔該",
    lines=[L("BEER-TSINGTAO", 3), L("SOY-OYSTER", 4), L("SOY-HOISIN", 2)],
    tags=["multilingual"],
)
M("jade-garden", 3, "下星期一我哋休息，唔使送貨。多謝", intent="OTHER", tags=["multilingual", "other"])
M(
    "jade-garden",
    4,
    "要兩箱豉油",
    lines=[A(["SOY-KIKKOMAN", "SOY-KIKKOMAN-LS", "SOY-PRB-LIGHT", "SOY-PRB-DARK"], 2)],
    notes="ambiguous: soy sauce (the restaurant buys light and dark)",
    tags=["multilingual", "family"],
)

# ------------------------------------------------------------------ wok-n-go (SMS, en)
M(
    "wok-n-go",
    0,
    "noodle boxes x3, udon x2",
    lines=[L("PACK-NOODLEBOX", 3, None), L("NOOD-UDON", 2)],
    notes="ambiguous: noodle box size not given (the takeaway buys 16oz and 26oz)",
    tags=["variant"],
)
M(
    "wok-n-go",
    1,
    "Wok n Go: 2 cs 16oz, 4 med egg noodle, 5 thigh. fri am",
    lines=[A(["PACK-NOODLEBOX", "PACK-SOUPCUP"], 2, cv="16oz"), L("NOOD-EGG-MED", 4), L("MEAT-CHX-THIGH", 5)],
    notes="ambiguous: 16oz fits the noodle box and the soup container",
    tags=["family", "number_in_name"],
)
M(
    "wok-n-go",
    2,
    "katsu chicken 2 box, golden curry x3, sweet chilli 1 case, kikkoman 5L x2",
    lines=[L("MEAT-KATSU", 2), L("PASTE-JPCURRY", 3), L("PASTE-SWEETCHILLI", 1), L("SOY-KIKKOMAN", 2, "5L")],
    tags=["variant"],
)
M(
    "wok-n-go",
    3,
    "can u add 4 katsu sauce to fri pls",
    lines=[A(["SOY-TONKATSU", "PASTE-JPCURRY"], 4)],
    notes="ambiguous: 'katsu sauce' in the UK is often the curry sauce; could be Bulldog tonkatsu",
    tags=["family", "non_order_request"],
)
M(
    "wok-n-go",
    4,
    "12 coke zero n 1 wrapped chopsticks",
    lines=[L("SOFT-COKEZERO", None), L("PACK-CHOP-WRAPPED", 1)],
    nohist=True,
    notes="12 cans is half a case: not a whole number, quantities not stated",
    tags=["count"],
)
M(
    "wok-n-go",
    5,
    "change fri order: udon 3 not 2",
    intent="CHANGE",
    change=[L("NOOD-UDON", 3)],
    tags=["change"],
)
M(
    "wok-n-go",
    0,
    "5 cs thigh, 3 beansprouts, 1 cs coke (red one), 1 wrapped chopsticks",
    lines=[L("MEAT-CHX-THIGH", 5), L("VEG-BEANSPROUT", 3), L("SOFT-COKE", 1), L("PACK-CHOP-WRAPPED", 1)],
    notes="'red one' is regular Coca-Cola",
    tags=[],
)
M(
    "wok-n-go",
    2,
    "2 x 24 coke zero + 1 case rice sticks 5mm",
    lines=[L("SOFT-COKEZERO", 2), L("NOOD-RICESTICK", 1, "5mm")],
    notes="2 x 24 = 2 cases",
    tags=["pack", "variant"],
)
M(
    "wok-n-go",
    3,
    "and 4 sweet chillis pls, the dipping one",
    lines=[L("PASTE-SWEETCHILLI", None)],
    nohist=True,
    notes="4 bottles or 4 cases of 12? quantities not stated",
    tags=["pack"],
)
M("wok-n-go", 6, "price for 26oz boxes now?", intent="QUESTION", tags=["question"])

# ------------------------------------------------------------------ pho-saigon (WhatsApp, vi)
M(
    "pho-saigon",
    0,
    "Chào anh, mai giao giúp em: bánh phở 3mm 3 thùng, bún 2 thùng, giá 4 bao, rau quế 2kg, sả 2kg. Cảm ơn anh",
    lines=[
        L("NOOD-RICESTICK", 3, "3mm"),
        L("NOOD-VERMI-RICE", 2),
        L("VEG-BEANSPROUT", 4),
        L("VEG-THAIBASIL", 2),
        L("VEG-LEMONGRASS", 2),
    ],
    tags=["multilingual", "variant", "weight"],
)
M(
    "pho-saigon",
    1,
    "Anh ơi cho em thêm bánh phở 4 thùng với nước mắm 3 Crabs 2 thùng nha",
    lines=[L("NOOD-RICESTICK", 4, None), L("SOY-FISH-3CRABS", 2)],
    notes="ambiguous: rice stick width not given; '3 Crabs' is a brand",
    tags=["multilingual", "variant", "number_in_name"],
)
M(
    "pho-saigon",
    2,
    "Như tuần trước nhé anh, nhưng thêm 1 thùng tôm 31/40",
    ref=("last", [("add", L("SEA-VANNAMEI", 1, "31/40"))]),
    notes="same as last week plus prawns",
    tags=["multilingual", "reference"],
)
M(
    "pho-saigon",
    3,
    "Em cần ớt hiểm 2kg, thịt ba chỉ 8 ký, giao thứ 5.",
    lines=[L("VEG-CHILLI", 2, None), L("MEAT-PORKBELLY", 8)],
    notes="ambiguous: chilli colour not given (the restaurant only buys red)",
    tags=["multilingual", "variant", "weight"],
)
M(
    "pho-saigon",
    4,
    "Anh có bán bò tái cắt lát không ạ? Giá bao nhiêu 1kg?",
    intent="QUESTION",
    notes="sliced beef is not stocked",
    tags=["multilingual", "question", "not_in_catalog"],
)
M(
    "pho-saigon",
    5,
    "Bánh tráng hôm qua bị vỡ gần hết 1 thùng, anh đổi giúp em nhé",
    intent="COMPLAINT",
    tags=["multilingual", "complaint"],
)
M(
    "pho-saigon",
    1,
    "Cho em 2 thùng bánh tráng, 2 chai tương đen Lee Kum Kee, 1 thùng tương ớt Mae Ploy",
    lines=[L("WRAP-RICEPAPER", 2), L("SOY-HOISIN", 2), L("PASTE-SWEETCHILLI", 1)],
    notes="tương đen Lee Kum Kee is the hoisin; tương ớt Mae Ploy the sweet chilli sauce",
    tags=["multilingual"],
)
M(
    "pho-saigon",
    4,
    "Thêm 2 thùng tôm nữa nha anh",
    lines=[L("SEA-VANNAMEI", 2, None)],
    notes="ambiguous: prawn size not given",
    tags=["multilingual", "variant"],
)
M(
    "pho-saigon",
    6,
    "Anh ơi hủy đơn thứ 5 giúp em nhé, quán đóng cửa sửa chữa",
    intent="CANCEL",
    tags=["multilingual", "cancel"],
)

# ------------------------------------------------------------------ banh-mi-co (WhatsApp, en)
M(
    "banh-mi-co",
    0,
    "hey! tues pls: 10kg pork belly (skin on), 4 big kewpie, 6 x kikkoman 1L, 2 firm tofu",
    lines=[
        L("MEAT-PORKBELLY", 10),
        L("PASTE-KEWPIE-1KG", 4),
        L("SOY-KIKKOMAN", 6, "1L"),
        L("CHL-TOFU-FIRM", 2),
    ],
    tags=["variant", "weight"],
)
M(
    "banh-mi-co",
    1,
    "also napkins x1 and a fish sauce pls 🙏",
    lines=[L("PACK-NAPKINS", 1, None), A(["SOY-FISH-SQUID", "SOY-FISH-3CRABS"], 1)],
    notes="ambiguous: napkin colour; fish sauce brand",
    tags=["variant", "family", "emoji"],
)
M(
    "banh-mi-co",
    2,
    "can we get 24 coke zeros and a bag of msg on tuesday's drop",
    lines=[L("SOFT-COKEZERO", 1), L("BASE-MSG", 1)],
    notes="24 cans = 1 case",
    tags=["count", "non_order_request"],
)
M(
    "banh-mi-co",
    3,
    "new number for deliveries is Linh on 07700 900418, she'll be receiving from now on",
    intent="OTHER",
    tags=["other"],
)
M(
    "banh-mi-co",
    4,
    "8 kewpies pls, busy weekend coming",
    lines=[A(["PASTE-KEWPIE-500", "PASTE-KEWPIE-1KG"], 8)],
    notes="ambiguous: Kewpie 500g or 1kg",
    tags=["family"],
)
M(
    "banh-mi-co",
    5,
    "Tues: 2 cases rice vermicelli, 1 rice paper, 1 kg lemongrass",
    lines=[L("NOOD-VERMI-RICE", 2), L("WRAP-RICEPAPER", 1), L("VEG-LEMONGRASS", 1)],
    tags=[],
)
M(
    "banh-mi-co",
    6,
    "2 bottles maggi seasoning + 6 kikkoman 1L",
    lines=[X(2, "Maggi seasoning"), L("SOY-KIKKOMAN", 6, "1L")],
    nohist=True,
    notes="Maggi seasoning not in catalog",
    tags=["not_in_catalog", "variant"],
)
M(
    "banh-mi-co",
    4,
    "the rice paper was cracked again, 3rd time this month. not happy",
    intent="COMPLAINT",
    tags=["complaint"],
)

# ------------------------------------------------------------------ baan-thai (email, en)
M(
    "baan-thai",
    0,
    "Subject: order for Wed 2 June\n\nHi,\n\nRed curry paste x3\nGreen curry paste x4\nCoconut milk tins x3 cases\n"
    "Coconut cream x1 case\nSquid fish sauce x2\nJasmine rice 20kg x3" + SIG_BAAN,
    lines=[
        L("PASTE-RED", 3),
        L("PASTE-GREEN", 4),
        L("PASTE-COCOMILK", 3, "24 x 400ml"),
        L("PASTE-COCOCREAM", 1),
        L("SOY-FISH-SQUID", 2),
        L("RICE-JASMINE", 3, "20kg"),
    ],
    tags=["signature", "variant"],
)
M(
    "baan-thai",
    1,
    "Subject: top up\n\nCurry paste x6 and coconut milk x4 please." + SIG_BAAN,
    lines=[A(["PASTE-RED", "PASTE-GREEN"], 6), L("PASTE-COCOMILK", 4, None)],
    notes="ambiguous: red or green curry paste (both bought); coconut milk format not given",
    tags=["family", "variant", "signature"],
)
M(
    "baan-thai",
    2,
    "Morning, please add 2 cases of pad thai noodles and 2 bags sticky rice to tomorrow. Ploy",
    lines=[L("NOOD-RICESTICK", 2, "5mm"), L("RICE-GLUTINOUS-5", 2)],
    notes="pad thai noodles are the 5mm rice sticks",
    tags=["variant"],
)
M(
    "baan-thai",
    3,
    "Also 2kg birds eye chillies and 6 packs lime leaves",
    lines=[L("VEG-CHILLI", 2, None), L("VEG-KAFFIR", 6)],
    notes="ambiguous: chilli colour not given (the restaurant buys red and green)",
    tags=["variant", "weight"],
)
M(
    "baan-thai",
    4,
    "Subject: allergen sheet\n\nCould you send me the allergen spec for the Mae Ploy green curry paste? A guest is "
    "asking about shrimp paste." + SIG_BAAN,
    intent="QUESTION",
    tags=["question", "non_order_request", "signature"],
)
M("baan-thai", 5, "Hi, usual order for Wednesday please. Thanks, Ploy", ref=("usual", []), tags=["reference"])
M(
    "baan-thai",
    6,
    "Hi - only need 6 cans of coconut cream this week (dessert special), plus lime leaves x6",
    lines=[L("PASTE-COCOCREAM", None), L("VEG-KAFFIR", 6)],
    nohist=True,
    notes="6 cans is a quarter of a case of 24: not a whole number, quantities not stated",
    tags=["container"],
)
M(
    "baan-thai",
    1,
    "Could you please add 3kg lemongrass and 2kg Thai basil to Wednesday's delivery? Many thanks, Ploy",
    lines=[L("VEG-LEMONGRASS", 3), L("VEG-THAIBASIL", 2)],
    tags=["non_order_request", "weight"],
)
M(
    "baan-thai",
    3,
    "Could we also have 2 cases of the 12 x 1L coconut milk cartons? Ploy",
    lines=[L("PASTE-COCOMILK", 2, "12 x 1L")],
    notes="12 x 1L is the pack, 2 is the quantity",
    tags=["pack", "variant"],
)

# ------------------------------------------------------------------ siam-orchid (WhatsApp, th)
M(
    "siam-orchid",
    0,
    "สวัสดีค่ะ พรุ่งนี้ขอ พริกแกงเขียวหวาน 3 กระปุก พริกแกงเผ็ด 2 กระปุก น้ำปลาตราปลาหมึก 3 ลัง ข้าวหอมมะลิ 10 กิโล 5 ถุง ค่ะ",
    lines=[L("PASTE-GREEN", 3), L("PASTE-RED", 2), L("SOY-FISH-SQUID", 3), L("RICE-JASMINE", 5, "10kg")],
    notes="10 กิโล is the bag size",
    tags=["multilingual", "variant", "number_in_name"],
)
M(
    "siam-orchid",
    1,
    "กะทิกล่อง 1 ลิตร 4 ลัง, ใบโหระพา 3 กิโล, ตะไคร้ 2 กิโล",
    lines=[L("PASTE-COCOMILK", 4, "12 x 1L"), L("VEG-THAIBASIL", 3), L("VEG-LEMONGRASS", 2)],
    notes="กะทิกล่อง 1 ลิตร = coconut milk 1L cartons",
    tags=["multilingual", "variant", "weight"],
)
M(
    "siam-orchid",
    2,
    "น้ำปลา 2 ลัง พริกขี้หนู 2 กิโลค่ะ",
    lines=[A(["SOY-FISH-SQUID", "SOY-FISH-3CRABS"], 2), L("VEG-CHILLI", 2, None)],
    notes="ambiguous: fish sauce brand; chilli colour",
    tags=["multilingual", "family", "variant"],
)
M("siam-orchid", 3, "ขอบคุณมากค่ะ ของมาครบแล้ว", intent="OTHER", tags=["multilingual", "other"])
M(
    "siam-orchid",
    4,
    "มีใบกะเพราไหมคะ ราคาเท่าไหร่",
    intent="QUESTION",
    notes="holy basil is not stocked (Thai sweet basil is)",
    tags=["multilingual", "question", "not_in_catalog"],
)
M(
    "siam-orchid",
    1,
    "ขอวุ้นเส้น 1 ลัง กับซอสหอยนางรม 2 ขวด ค่ะ",
    lines=[L("NOOD-GLASS", 1), L("SOY-OYSTER", 2)],
    tags=["multilingual"],
)
M(
    "siam-orchid",
    5,
    "ข้าวเหนียว 5 กิโล 2 ถุงค่ะ",
    lines=[L("RICE-GLUTINOUS-5", 2)],
    notes="5 กิโล is the bag size",
    tags=["multilingual", "number_in_name"],
)
M(
    "siam-orchid",
    2,
    "เปลี่ยนออเดอร์พรุ่งนี้ พริกแกงเขียวหวานเป็น 5 กระปุกค่ะ",
    intent="CHANGE",
    change=[L("PASTE-GREEN", 5)],
    tags=["multilingual", "change"],
)
M(
    "siam-orchid",
    6,
    "ขอกะทิ 3 ลังค่ะ",
    lines=[L("PASTE-COCOMILK", 3, None)],
    notes="ambiguous: coconut milk format not given",
    tags=["multilingual", "variant"],
)

# ------------------------------------------------------------------ seoul-kitchen (WhatsApp, ko)
M(
    "seoul-kitchen",
    0,
    "안녕하세요. 내일 고추장 2통, 김치 4통, 참이슬 3박스, 순두부 3박스 부탁드립니다.",
    lines=[L("PASTE-GOCHUJANG", 2), L("CHL-KIMCHI", 4), L("SOJU-FRESH", 3), L("CHL-TOFU-SILKEN", 3)],
    notes="순두부 is the silken tofu",
    tags=["multilingual"],
)
M(
    "seoul-kitchen",
    1,
    "소주 4박스, 삼겹살 12kg 보내주세요",
    lines=[A(["SOJU-FRESH", "SOJU-GRAPEFRUIT"], 4), A(["MEAT-PORKBELLY", "MEAT-CHASHU"], 12)],
    notes="ambiguous: soju fresh or grapefruit (both bought); pork belly skin-on or rolled",
    tags=["multilingual", "family", "weight"],
)
M("seoul-kitchen", 2, "지난주랑 똑같이 보내주세요", ref=("last", []), tags=["multilingual", "reference"])
M(
    "seoul-kitchen",
    3,
    "혹시 다음 주부터 금요일에도 배달 가능할까요?",
    intent="QUESTION",
    tags=["multilingual", "question"],
)
M(
    "seoul-kitchen",
    4,
    "참이슬 40병, 참기름 2개",
    lines=[L("SOJU-FRESH", 2), A(["OIL-SESAME-KADOYA", "OIL-SESAME-BLEND"], 2)],
    notes="40 bottles = 2 cases of 20; ambiguous: sesame oil Kadoya or blended",
    tags=["multilingual", "count", "family"],
)
M(
    "seoul-kitchen",
    5,
    "카도야 참기름 2병, 흰 참깨 1봉지, 제로콜라 1박스",
    lines=[L("OIL-SESAME-KADOYA", 2), L("SUSHI-SESAME", 1, "White"), L("SOFT-COKEZERO", 1)],
    tags=["multilingual", "variant"],
)
M(
    "seoul-kitchen",
    6,
    "콩나물 3봉지랑 떡볶이 떡 2박스 주세요",
    lines=[X(3, "soybean sprouts"), X(2, "tteokbokki rice cakes")],
    nohist=True,
    notes="soybean sprouts (not mung beansprouts) and rice cakes are not in catalog",
    tags=["multilingual", "not_in_catalog"],
)
M(
    "seoul-kitchen",
    3,
    "참이슬 3박스, 칠성사이다 2박스",
    lines=[L("SOJU-FRESH", 3), X(2, "Chilsung Cider")],
    nohist=True,
    notes="Chilsung Cider not in catalog",
    tags=["multilingual", "not_in_catalog"],
)

# ------------------------------------------------------------------ noodle-nation (email, en)
M(
    "noodle-nation",
    0,
    "Subject: PO NN-4471 Kirkgate\n\nHi,\nPO NN-4471 for Monday 7th:\nUdon 4 cs\nMedium egg noodles 4 cs\nHo fun 2 cs\n"
    "Chicken thigh 4 cs\n21/25 prawns 1 cs\nFirm tofu 3 cs" + SIG_NN,
    lines=[
        L("NOOD-UDON", 4),
        L("NOOD-EGG-MED", 4),
        L("NOOD-HOFUN", 2),
        L("MEAT-CHX-THIGH", 4),
        L("SEA-VANNAMEI", 1, "21/25"),
        L("CHL-TOFU-FIRM", 3),
    ],
    notes="PO number and date are not quantities; 21/25 names the raw prawns",
    tags=["signature", "variant", "number_in_name"],
)
M(
    "noodle-nation",
    1,
    "Gloves L x 6, black napkins x1, chopsticks x1 please. Priya",
    lines=[
        L("PACK-GLOVES", 6, "Large"),
        L("PACK-NAPKINS", 1, "Black"),
        A(["PACK-CHOP-WRAPPED", "PACK-CHOP-UNWRAPPED"], 1),
    ],
    notes="ambiguous: chopsticks wrapped or unwrapped",
    tags=["variant", "family"],
)
M(
    "noodle-nation",
    2,
    "Subject: PO NN-4478\n\nAs per last week's PO but no prawns this time please." + SIG_NN,
    ref=("last", [("drop", "SEA-VANNAMEI")]),
    notes="reference to last week minus the prawns",
    tags=["reference", "signature"],
)
M(
    "noodle-nation",
    3,
    "Priya here - could you add 2 cases of 10mm rice sticks and a case of Lao Gan Ma crispy chilli oil to "
    "Monday's PO NN-4471? Thanks",
    lines=[L("NOOD-RICESTICK", 2, "10mm"), L("PASTE-LGM-CRISPY", 1)],
    tags=["variant", "non_order_request"],
)
M(
    "noodle-nation",
    4,
    "Subject: INV-88213\n\nHi, invoice INV-88213 charges us for 6 boxes of gloves but only 4 arrived. "
    "Please correct and reissue." + SIG_NN,
    intent="COMPLAINT",
    tags=["complaint", "signature"],
)
M(
    "noodle-nation",
    5,
    "Subject: summer pricing\n\nCan I get a quote for 10 cases of Asahi 330ml bottles a week over the summer? "
    "Not ordering yet, head office needs figures." + SIG_NN,
    intent="QUESTION",
    notes="a quote, not an order",
    tags=["question", "non_order_request", "signature"],
)
M(
    "noodle-nation",
    6,
    "Subject: PO NN-4490\n\nHi, extra for Thursday please: sweet chilli 2 cases, 32oz noodle boxes 2 cases, "
    "Asahi bottles 2 cases. Priya",
    lines=[
        L("PASTE-SWEETCHILLI", 2),
        L("PACK-NOODLEBOX", 2, "32oz"),
        L("BEER-ASAHI", 2, "24 x 330ml Bottle"),
    ],
    tags=["variant"],
)
M(
    "noodle-nation",
    2,
    "Please add 3 cases udon - sorry, make that 4 - to PO NN-4490",
    lines=[L("NOOD-UDON", 4)],
    notes="self-correction: 4",
    tags=["self_correction"],
)
M(
    "noodle-nation",
    4,
    "Hi, 2-3 cases of 21/25 prawns depending on your price this week? Priya",
    lines=[L("SEA-VANNAMEI", None, "21/25")],
    nohist=True,
    notes="range: quantities not stated",
    tags=["range", "variant"],
)
M(
    "noodle-nation",
    5,
    "Please note our delivery window is 7-9am from next week, goods-in at the back on Vicar Lane." + SIG_NN,
    intent="OTHER",
    tags=["other", "signature"],
)

# ------------------------------------------------------------------ bento-box (SMS, en)
M(
    "bento-box",
    0,
    "Bento Box: 2 x 10kg nishiki, 3 half nori, 6kg salmon, fri",
    lines=[L("RICE-NISHIKI", 2, "10kg"), L("SUSHI-NORI-HALF", 3), L("SEA-SALMON", 6)],
    tags=["variant", "number_in_name"],
)
M(
    "bento-box",
    1,
    "sushi trays x2 + gari 1",
    lines=[L("PACK-SUSHITRAY", 2, None), L("SUSHI-GARI", 1, None)],
    notes="ambiguous: tray size and gari colour not given",
    tags=["variant"],
)
M(
    "bento-box",
    2,
    "4 kewpie pls",
    lines=[A(["PASTE-KEWPIE-500", "PASTE-KEWPIE-1KG"], 4)],
    notes="ambiguous: Kewpie size",
    tags=["family"],
)
M(
    "bento-box",
    3,
    "+ sesame seeds x1 n chicken katsu 1",
    lines=[L("SUSHI-SESAME", 1, None), L("MEAT-KATSU", 1)],
    notes="ambiguous: sesame colour not given",
    tags=["variant"],
)
M(
    "bento-box",
    5,
    "Running late today, can driver come after 2pm? back door code 4471",
    intent="OTHER",
    notes="a delivery instruction; 2pm and 4471 are not quantities",
    tags=["other"],
)
M(
    "bento-box",
    4,
    "pls add 1 golden curry + 2 soy sachet boxes to fri. bento",
    lines=[L("PASTE-JPCURRY", 1), L("SOY-SACHETS", 2)],
    tags=[],
)

# ------------------------------------------------------------------ kaizen-izakaya (email, en)
M(
    "kaizen-izakaya",
    0,
    "Hi Koi & Lantern,\n\nFor Weds please:\n8kg salmon\n3kg tuna saku\n1 case squid tubes\n2 boxes ebi fry\n"
    "12 bottles Gekkeikan 750ml\n2 Asahi kegs\n\nAlasdair\nKaizen Izakaya, 3 Rose Street Lane, Edinburgh",
    lines=[
        L("SEA-SALMON", 8),
        L("SEA-TUNA", 3),
        L("SEA-SQUID-TUBES", 1),
        L("SEA-EBIFRY", 2),
        L("SAKE-GEKKEIKAN", 12, "750ml"),
        L("BEER-ASAHI-KEG", 2),
    ],
    tags=["signature", "variant"],
)
M(
    "kaizen-izakaya",
    1,
    "Panko x4 and tempura flour x6 for Wednesday, cheers",
    lines=[A(["FLOUR-PANKO-1", "FLOUR-PANKO-10"], 4), A(["FLOUR-TEMPURA-1", "FLOUR-TEMPURA-20"], 6)],
    notes="ambiguous: panko 1kg or 10kg; tempura 1kg bag or 20kg sack",
    tags=["family"],
)
M(
    "kaizen-izakaya",
    2,
    "Subject: sake night\n\n2 x 1.8L Gekkeikan for the sake tasting on Friday please, 40 guests booked.\n\nAlasdair",
    lines=[L("SAKE-GEKKEIKAN", 2, "1.8L")],
    notes="40 guests is not a quantity; 1.8L is the size",
    tags=["variant", "number_in_name"],
)
M(
    "kaizen-izakaya",
    3,
    "Is the tuna saku sashimi-grade for raw service, and what's the catch area? Our EHO visit is on the 10th.",
    intent="QUESTION",
    tags=["question"],
)
M(
    "kaizen-izakaya",
    4,
    "Can we move Weds delivery to Thursday please? Same order.",
    intent="CHANGE",
    change=[],
    notes="moved day",
    tags=["change"],
)
M(
    "kaizen-izakaya",
    5,
    "20 Asahi kegs for Weds please",
    lines=[L("BEER-ASAHI-KEG", 20)],
    outlier=True,
    notes="outlier: usual is 2 kegs, no reason given",
    tags=["outlier"],
)
M(
    "kaizen-izakaya",
    6,
    "Sorry - please cancel the 20 kegs, that was meant for another form. Ignore it.",
    intent="CANCEL",
    tags=["cancel"],
)
M(
    "kaizen-izakaya",
    1,
    "Could you add 1 bag katsuobushi, 1 hondashi and 1 tub of red miso to Wednesday? Cheers, Alasdair",
    lines=[L("SUSHI-KATSUOBUSHI", 1), L("BASE-HONDASHI", 1), L("PASTE-MISO-RED", 1)],
    tags=["non_order_request"],
)
M(
    "kaizen-izakaya",
    2,
    "And 48 Oi Ocha for the fridge please",
    lines=[L("SOFT-OIOCHA", 2)],
    notes="48 bottles = 2 cases of 24",
    tags=["count"],
)
M(
    "kaizen-izakaya",
    3,
    "2 bottles of unagi sauce and 1 Bulldog please",
    lines=[X(2, "unagi sauce"), L("SOY-TONKATSU", 1)],
    nohist=True,
    notes="unagi sauce not in catalog",
    tags=["not_in_catalog"],
)
M(
    "kaizen-izakaya",
    4,
    "The Asahi keg we got on Weds was flat - coupler issue or the beer? Can you collect and replace?",
    intent="COMPLAINT",
    tags=["complaint"],
)

# ------------------------------------------------------------------ tiger-wok (WhatsApp, en)
M(
    "tiger-wok",
    0,
    "awright, thurs pls: 4 cs asahi cans, 3 tsingtao, 2 kirin, 1 chamisul",
    lines=[
        L("BEER-ASAHI", 4, "24 x 500ml Can"),
        L("BEER-TSINGTAO", 3),
        L("BEER-KIRIN", 2),
        L("SOJU-FRESH", 1),
    ],
    tags=["variant"],
)
M(
    "tiger-wok",
    1,
    "asahi x4 n 2 sweet chilli",
    lines=[A(["BEER-ASAHI", "BEER-ASAHI-KEG"], 4), L("PASTE-SWEETCHILLI", 2)],
    notes="ambiguous: Asahi cases or kegs",
    tags=["family"],
)
M(
    "tiger-wok",
    2,
    "can i get three bags of veg gyoza two mini spring rolls a case of salt and pepper squid and two ebi fry",
    lines=[L("DS-GYOZA-VEG", 3), L("DS-SPRINGROLL-MINI", 2), L("SEA-SQUID-SP", 1), L("SEA-EBIFRY", 2)],
    notes="spoken list, number words and 'a' start items",
    tags=["spoken", "non_order_request"],
)
M(
    "tiger-wok",
    3,
    "2 of the asahi can cases were dented n leaking, binned them. sort a credit pls",
    intent="COMPLAINT",
    tags=["complaint"],
)
M(
    "tiger-wok",
    6,
    "cancel thursday's drop mate, we're shut for the council inspection",
    intent="CANCEL",
    tags=["cancel"],
)
M(
    "tiger-wok",
    4,
    "napkins x2 + 2 lao gan ma crispy",
    lines=[L("PACK-NAPKINS", 2, None), L("PASTE-LGM-CRISPY", 2)],
    notes="ambiguous: napkin colour not given",
    tags=["variant"],
)
M(
    "tiger-wok",
    5,
    "just a dozen asahi cans for the staff party pls",
    lines=[L("BEER-ASAHI", None, "24 x 500ml Can")],
    nohist=True,
    notes="12 cans is half a case: not a whole number, quantities not stated",
    tags=["container", "variant"],
)
M(
    "tiger-wok",
    1,
    "3 bags veg gyoza, 2 boxes mini spring rolls, 1 lao gan ma crispy pls",
    lines=[L("DS-GYOZA-VEG", 3), L("DS-SPRINGROLL-MINI", 2), L("PASTE-LGM-CRISPY", 1)],
    tags=[],
)
M(
    "tiger-wok",
    3,
    "the usual pls + 2 more asahi",
    ref=("usual", [("add", A(["BEER-ASAHI", "BEER-ASAHI-KEG"], 2))]),
    notes="the usual plus 2 Asahi (ambiguous: cases or kegs)",
    tags=["reference", "family"],
)

# ------------------------------------------------------------------ northgate-uni (email, en)
M(
    "northgate-uni",
    0,
    "Subject: Purchase Order 55190 - Wok Street\n\nDear Koi & Lantern,\n\nPlease supply the following for delivery on "
    "Monday 7 June (term ends 18 June):\n\n1. Jasmine rice 20kg - 4 bags\n2. Medium egg noodles - 6 cases\n3. Udon - 3 cases\n"
    "4. Chicken katsu - 5 boxes\n5. Golden curry - 6 boxes" + SIG_UNI,
    lines=[
        L("RICE-JASMINE", 4, "20kg"),
        L("NOOD-EGG-MED", 6),
        L("NOOD-UDON", 3),
        L("MEAT-KATSU", 5),
        L("PASTE-JPCURRY", 6),
    ],
    notes="list numbering, PO number and dates are not quantities",
    tags=["signature", "variant", "number_in_name"],
)
M(
    "northgate-uni",
    1,
    "Please add to PO 55190: nitrile gloves medium x10 and large x2.\n\nThanks,\nMaria (Catering Purchasing, Northgate Uni)",
    lines=[L("PACK-GLOVES", 10, "Medium"), L("PACK-GLOVES", 2, "Large")],
    notes="two variants of one product",
    tags=["variant"],
)
M(
    "northgate-uni",
    2,
    "Subject: w/c 7 June\n\nPlease repeat our standard weekly order for w/c 7 June, but double the katsu.\n\nBest,\nMaria Okafor, Northgate University Catering",
    ref=("usual", [("double", "MEAT-KATSU")]),
    notes="the usual with the katsu doubled",
    tags=["reference", "signature"],
)
M(
    "northgate-uni",
    3,
    "Subject: new delivery point\n\nI would like to set up a second delivery point for our Sports Centre cafe from "
    "September - could you tell me what information you need?" + SIG_UNI,
    intent="QUESTION",
    tags=["question", "non_order_request", "signature"],
)
M(
    "northgate-uni",
    4,
    "Also tofu x4 please, for the vegan special. Maria",
    lines=[A(["CHL-TOFU-FIRM", "CHL-TOFU-SILKEN"], 4)],
    notes="ambiguous: firm or silken tofu",
    tags=["family"],
)
M(
    "northgate-uni",
    5,
    "Automatic reply: I am out of the office until 14 June with limited access to email. For urgent catering "
    "orders please contact the Estates helpdesk on 020 7946 0321.",
    intent="OTHER",
    tags=["other"],
)
M(
    "northgate-uni",
    6,
    "Hi Tom, are you still on for five-a-side Thursday? Bring the bibs. M",
    intent="OTHER",
    notes="personal message sent by mistake",
    tags=["other"],
)
M(
    "northgate-uni",
    1,
    "Further to PO 55190, please add 4 cases of firm tofu and 2 cases of sweet chilli sauce. Thanks, Maria",
    lines=[L("CHL-TOFU-FIRM", 4), L("PASTE-SWEETCHILLI", 2)],
    tags=[],
)

# ------------------------------------------------------------------ mama-lin (WhatsApp, en)
M(
    "mama-lin",
    0,
    "Hi it's Amy from Mama Lin's! Fri please: 4 har gow, 4 siu mai, 10 packs gua bao, 1 wonton wrappers and 1 gyoza skins xx",
    lines=[L("DS-HARGOW", 4), L("DS-SIUMAI", 4), L("DS-GUABAO", 10), L("WRAP-WONTON", 1), L("WRAP-GYOZA", 1)],
    tags=[],
)
M(
    "mama-lin",
    1,
    "pork belly 10kg, pak choi 6kg, root ginger 3kg pls",
    lines=[A(["MEAT-PORKBELLY", "MEAT-CHASHU"], 10), L("VEG-PAKCHOI", 6), L("VEG-GINGER", 3)],
    notes="ambiguous: pork belly skin-on or rolled for chashu; 'pak choi' is the plain pak choi",
    tags=["family", "weight"],
)
M(
    "mama-lin",
    2,
    "do u have char siu bao? need 5 boxes if u do",
    lines=[X(5, "char siu bao")],
    review=True,
    nohist=True,
    notes="char siu bao not in catalog (gua bao is); conditional",
    tags=["not_in_catalog", "conditional"],
)
M(
    "mama-lin",
    3,
    "same as usual for Friday but add 2 boxes mini spring rolls",
    ref=("usual", [("add", L("DS-SPRINGROLL-MINI", 2))]),
    tags=["reference"],
)
M(
    "mama-lin",
    4,
    "what time will the van be here friday? mum needs to be in for it",
    intent="QUESTION",
    tags=["question"],
)
M(
    "mama-lin",
    5,
    "can u also do spring rolls x3 and a black bean chilli oil",
    lines=[A(["DS-SPRINGROLL-MINI", "DS-SPRINGROLL-LARGE"], 3), L("PASTE-LGM-BLACKBEAN", 1)],
    notes="ambiguous: mini or large spring rolls",
    tags=["family", "non_order_request"],
)
M(
    "mama-lin",
    6,
    "Amy again 🙈 forgot 2 bags of dried shiitake and 1 case light soy",
    lines=[L("DRY-SHIITAKE", 2), L("SOY-PRB-LIGHT", 1)],
    tags=["emoji"],
)
M(
    "mama-lin",
    2,
    "wrappers x2 for sat",
    lines=[A(["WRAP-GYOZA", "WRAP-WONTON", "WRAP-RICEPAPER", "WRAP-TYJ"], 2)],
    notes="ambiguous: which wrappers (the restaurant buys gyoza and wonton)",
    tags=["family"],
)

# ------------------------------------------------------------------ east-market (email, en)
M(
    "east-market",
    0,
    "Subject: restock Tue\n\nHi,\n\nRestock for Tuesday please:\nKikkoman 1L x 12\nKikkoman Less Salt 1L x 6\nPRB light soy x 2 cs\n"
    "Aroy-D coconut milk 400ml x 4 cs\nKewpie 500g x 12\nSushi nori full sheets x 3\nGlutinous rice 5kg x 4\nJasmine rice 10kg x 6"
    + SIG_EAST,
    lines=[
        L("SOY-KIKKOMAN", 12, "1L"),
        L("SOY-KIKKOMAN-LS", 6),
        L("SOY-PRB-LIGHT", 2),
        L("PASTE-COCOMILK", 4, "24 x 400ml"),
        L("PASTE-KEWPIE-500", 12),
        L("SUSHI-NORI-FULL", 3),
        L("RICE-GLUTINOUS-5", 4),
        L("RICE-JASMINE", 6, "10kg"),
    ],
    tags=["signature", "variant", "number_in_name"],
)
M(
    "east-market",
    1,
    "Lao Gan Ma please: 48 jars crispy chilli, 48 jars black bean. Wei",
    lines=[L("PASTE-LGM-CRISPY", 2), L("PASTE-LGM-BLACKBEAN", 2)],
    notes="48 jars = 2 cases of 24",
    tags=["count"],
)
M(
    "east-market",
    2,
    "Also 36 jars of the crispy chilli oil for the new shelf, thanks",
    lines=[L("PASTE-LGM-CRISPY", None)],
    nohist=True,
    notes="36 jars = 1.5 cases: not a whole number, quantities not stated",
    tags=["count"],
)
M(
    "east-market",
    3,
    "Subject: retail soy\n\nAre you able to supply retail-size 150ml Kikkoman bottles for the shop shelves? We get asked "
    "a lot." + SIG_EAST,
    intent="QUESTION",
    notes="150ml bottles are not stocked",
    tags=["question", "not_in_catalog", "signature"],
)
M(
    "east-market",
    4,
    "Glass noodles 2 cs, rice vermicelli 2 cs please",
    lines=[L("NOOD-GLASS", 2), L("NOOD-VERMI-RICE", 2)],
    tags=[],
)
M(
    "east-market",
    5,
    "Subject: Kewpie damage\n\n3 of the 12 Kewpie bottles arrived split, and the best before on the rest is 02/07 - "
    "too short for retail. Please advise." + SIG_EAST,
    intent="COMPLAINT",
    tags=["complaint", "signature"],
)
M(
    "east-market",
    6,
    "If the Kewpie 1kg is back in stock send 12, otherwise nothing this week.",
    lines=[L("PASTE-KEWPIE-1KG", 12)],
    review=True,
    nohist=True,
    notes="conditional order",
    tags=["conditional"],
)
M(
    "east-market",
    2,
    "Please add: Tsingtao 2 cs, Oi Ocha 2 cs, Genmaicha tea bags 3 boxes. Wei",
    lines=[L("BEER-TSINGTAO", 2), L("SOFT-OIOCHA", 2), L("SOFT-GENMAICHA", 3)],
    tags=[],
)
M(
    "east-market",
    5,
    "Please cancel Tuesday's restock - burst pipe, the shop is closed until further notice." + SIG_EAST,
    intent="CANCEL",
    tags=["cancel", "signature"],
)

# ------------------------------------------------------------------ hotpot-house (WhatsApp, zh)
M(
    "hotpot-house",
    0,
    "老板好，周三送：五花肉 10公斤，老豆腐 4箱，粉丝 2箱，上海青 6公斤，青岛啤酒 6箱",
    lines=[
        L("MEAT-PORKBELLY", 10),
        L("CHL-TOFU-FIRM", 4),
        L("NOOD-GLASS", 2),
        L("VEG-PAKCHOI-SH", 6),
        L("BEER-TSINGTAO", 6),
    ],
    notes="五花肉 is the skin-on pork belly; 老豆腐 firm tofu",
    tags=["multilingual", "weight"],
)
M(
    "hotpot-house",
    1,
    "香菇 3公斤，鱿鱼 1箱",
    lines=[A(["VEG-SHIITAKE", "DRY-SHIITAKE"], 3), A(["SEA-SQUID-TUBES", "SEA-SQUID-SP"], 1)],
    notes="ambiguous: shiitake fresh (3kg) or dried (3 x 1kg bags), both bought; squid tubes or salt & pepper",
    tags=["multilingual", "family", "weight"],
)
M(
    "hotpot-house",
    2,
    "跟平时一样，啤酒多加两箱",
    ref=("usual", [("add", A(["BEER-ASAHI", "BEER-ASAHI-KEG", "BEER-KIRIN", "BEER-TSINGTAO"], 2))]),
    notes="the usual plus 2 cases of beer (ambiguous without history)",
    tags=["multilingual", "reference", "family"],
)
M(
    "hotpot-house",
    3,
    "周三的单子，虾改成两箱",
    intent="CHANGE",
    change=[L("SEA-VANNAMEI", 2, "21/25")],
    notes="the prawns on the placed order are 21/25",
    tags=["multilingual", "change"],
)
M(
    "hotpot-house",
    4,
    "你们有没有牛百叶？",
    intent="QUESTION",
    notes="beef tripe not stocked",
    tags=["multilingual", "question", "not_in_catalog"],
)
M(
    "hotpot-house",
    5,
    "五花肉 60公斤 周三送",
    lines=[L("MEAT-PORKBELLY", 60)],
    outlier=True,
    notes="outlier: usual is 10kg, no reason given",
    tags=["multilingual", "outlier", "weight"],
)
M(
    "hotpot-house",
    6,
    "味精 2包，冬菇 1包，老干妈香辣脆 1箱",
    lines=[L("BASE-MSG", 2), L("DRY-SHIITAKE", 1), L("PASTE-LGM-CRISPY", 1)],
    tags=["multilingual"],
)
M(
    "hotpot-house",
    2,
    "发票请开给新公司名：重庆火锅餐饮有限公司，地址不变",
    intent="OTHER",
    tags=["multilingual", "other"],
)
M(
    "hotpot-house",
    4,
    "上次的虾解冻后缩水很厉害，一箱不到8公斤",
    intent="COMPLAINT",
    tags=["multilingual", "complaint"],
)

# ------------------------------------------------------------------ street-feast (email, en; never repeats a basket)
M(
    "street-feast",
    0,
    "Subject: Saturday\n\nHi, our usual event order for Saturday's food market please - 600 covers expected.\n\nSam\nStreet Feast Events",
    ref=("usual", []),
    notes="no usual basket: every event order differs",
    tags=["reference", "ambiguous_reference"],
)
M(
    "street-feast",
    1,
    "For the Leeds night market on 12 June please send: 20 packs gua bao, 15kg pork belly (skin on), 4 big kewpie, "
    "3 cases of 26oz noodle boxes, 2 cases white napkins.\n\nSam",
    lines=[
        L("DS-GUABAO", 20),
        L("MEAT-PORKBELLY", 15),
        L("PASTE-KEWPIE-1KG", 4),
        L("PACK-NOODLEBOX", 3, "26oz"),
        L("PACK-NAPKINS", 2, "White"),
    ],
    notes="12 June is a date",
    tags=["variant", "weight"],
)
M(
    "street-feast",
    2,
    "Pork gyoza - 5 or 6 bags, and katsu chicken 2 boxes",
    lines=[L("DS-GYOZA-PORK", None), L("MEAT-KATSU", 2)],
    nohist=True,
    notes="range: quantities not stated",
    tags=["range"],
)
M(
    "street-feast",
    3,
    "Can we put this one on a 30 day account? 4 cases chicken thigh, 2 golden curry. Sam",
    lines=[L("MEAT-CHX-THIGH", 4), L("PASTE-JPCURRY", 2)],
    review=True,
    nohist=True,
    notes="order on credit: a human must approve the account",
    tags=["credit"],
)
M(
    "street-feast",
    4,
    "What's your minimum order for a one-off delivery to an event site near Harewood (LS17)?",
    intent="QUESTION",
    tags=["question"],
)
M(
    "street-feast",
    5,
    "Quick add for Saturday: 2 x 20L frying oil and 2 cases sweet chilli. Sam",
    lines=[L("OIL-FRYING-20", 2), L("PASTE-SWEETCHILLI", 2)],
    notes="20L is the drum size",
    tags=["number_in_name"],
)
M(
    "street-feast",
    6,
    "same as last time but double the bao please",
    ref=("last", [("double", "DS-GUABAO")]),
    tags=["reference"],
)
M(
    "street-feast",
    3,
    "Can I pay by card over the phone for Saturday's order?",
    intent="QUESTION",
    tags=["question", "non_order_request"],
)

# ------------------------------------------------------------------ ramen-lab (new, WhatsApp)
M(
    "ramen-lab",
    0,
    "Hi! We're Ramen Lab, opening on Division St next Friday. First order, we'll pay cash on delivery: 4 cases wavy ramen "
    "noodles, 3 tonkotsu base, 2 shoyu base, 10kg chashu pork, 2 kadoya sesame oil",
    lines=[
        L("NOOD-RAMEN-WAVY", 4),
        L("BASE-TONKOTSU", 3),
        L("BASE-SHOYU", 2),
        L("MEAT-CHASHU", 10),
        L("OIL-SESAME-KADOYA", 2),
    ],
    notes="first order paid on delivery ships as written",
    tags=["new_customer"],
)
M(
    "ramen-lab",
    4,
    "same as my first order again pls",
    ref=("last", []),
    notes="a first-time customer: messages are not history",
    tags=["new_customer", "reference", "ambiguous_reference"],
)
M(
    "ramen-lab",
    1,
    "Do you deliver to S1 on Saturdays? and do you need a deposit for new accounts?",
    intent="QUESTION",
    tags=["question", "new_customer"],
)
M(
    "ramen-lab",
    2,
    "forgot - 2 boxes of gloves and a pack of half nori pls",
    lines=[L("PACK-GLOVES", 2, None), L("SUSHI-NORI-HALF", 1)],
    notes="ambiguous: glove size not given",
    tags=["variant", "new_customer"],
)

# ------------------------------------------------------------------ zen-poke (new, email)
M(
    "zen-poke",
    0,
    "Subject: First order - Zen Poke, Cardiff\n\nHello,\n\nWe'd like to place our first order on a 30-day account please:\n"
    "sushi rice 10kg x 3\nsalmon 10kg\ntuna saku 5kg\norange tobiko x2\nedamame 1 case\n\nMany thanks,\nLeila Hart\nZen Poke, 8 Castle Arcade",
    lines=[
        L("RICE-NISHIKI", 3, "10kg"),
        L("SEA-SALMON", 10),
        L("SEA-TUNA", 5),
        L("SEA-TOBIKO", 2, "Orange"),
        X(1, "edamame"),
    ],
    review=True,
    nohist=True,
    notes="first order on a 30-day account; edamame not in catalog",
    tags=["new_customer", "credit", "not_in_catalog", "signature", "variant"],
)
M(
    "zen-poke",
    1,
    "Could you send over your price list and the account application form?",
    intent="QUESTION",
    tags=["question", "new_customer", "non_order_request"],
)
M(
    "zen-poke",
    2,
    "Please add 2 tubs of orange roe to the first order",
    lines=[A(["SEA-TOBIKO", "SEA-MASAGO"], 2, cv="Orange")],
    notes="ambiguous: orange tobiko or masago",
    tags=["family", "new_customer"],
)

# ------------------------------------------------------------------ more everyday orders (all customers)
M(
    "sakura-sushi",
    4,
    "Ken again, 2 sushi su and a case of medium trays. no wait make the trays 2",
    lines=[L("VIN-SUSHISU", 2), L("PACK-SUSHITRAY", 2, "Medium (12 piece)")],
    notes="self-correction: 2 cases of trays",
    tags=["self_correction", "variant"],
)
M(
    "umi-kaiten",
    3,
    "Subject: Friday top-up\n\nHi,\n\nCould you bring 1 box of unagi, 2 tubs of wasabi paste and 4 packs of full nori "
    "on Friday's run?\n\nDan",
    lines=[L("SEA-UNAGI", 1), L("SUSHI-WASABI-PASTE", 2), L("SUSHI-NORI-FULL", 4)],
    tags=["non_order_request"],
)
M(
    "tanuki-ramen",
    6,
    "yo - 3 tonkotsu, 1 shoyu, 2 cases soup containers, cheers",
    lines=[L("BASE-TONKOTSU", 3), L("BASE-SHOYU", 1), L("PACK-SOUPCUP", 2)],
    tags=[],
)
M(
    "hakata-ya",
    6,
    "月桂冠 1.8L を6本、それとアサヒの樽を2本お願いできますか。",
    lines=[L("SAKE-GEKKEIKAN", 6, "1.8L"), L("BEER-ASAHI-KEG", 2)],
    tags=["multilingual", "variant", "number_in_name"],
)
M(
    "golden-dragon",
    4,
    "need 6A foils 2 cs and no.2 foils 1 cs, plus 4 bags beansprouts. chen",
    lines=[L("PACK-FOIL-6A", 2), L("PACK-FOIL-2", 1), L("VEG-BEANSPROUT", 4)],
    tags=["number_in_name"],
)
M(
    "lucky-star",
    6,
    "大虾 21/25 两箱，鸡胸肉 四箱，周五送",
    lines=[L("SEA-VANNAMEI", 2, "21/25"), L("MEAT-CHX-BREAST", 4)],
    tags=["multilingual", "variant", "number_in_name"],
)
M(
    "jade-garden",
    5,
    "蝦餃 8盒同燒賣 8盒，唔該晒",
    lines=[L("DS-HARGOW", 8), L("DS-SIUMAI", 8)],
    tags=["multilingual"],
)
M(
    "wok-n-go",
    6,
    "3 cs medium egg noodles + 2 udon + 1 cs 26oz boxes",
    lines=[L("NOOD-EGG-MED", 3), L("NOOD-UDON", 2), L("PACK-NOODLEBOX", 1, "26oz")],
    tags=["variant"],
)
M(
    "pho-saigon",
    6,
    "Cho em 2 thùng bún với 1 thùng bánh tráng, cảm ơn anh",
    lines=[L("NOOD-VERMI-RICE", 2), L("WRAP-RICEPAPER", 1)],
    tags=["multilingual"],
)
M(
    "banh-mi-co",
    3,
    "morning! 2 cases firm tofu and 12kg pork belly skin on for thurs please",
    lines=[L("CHL-TOFU-FIRM", 2), L("MEAT-PORKBELLY", 12)],
    tags=["weight"],
)
M(
    "baan-thai",
    4,
    "Subject: Friday\n\nHello, for Friday: green curry paste 5 tubs, jasmine rice 20kg x 2, sweet chilli sauce 2 cases.\n\nKind regards,\nPloy",
    lines=[L("PASTE-GREEN", 5), L("RICE-JASMINE", 2, "20kg"), L("PASTE-SWEETCHILLI", 2)],
    tags=["variant"],
)
M(
    "siam-orchid",
    4,
    "พรุ่งนี้ขอเส้นจันท์ 5 มิล 3 ลัง กับใบมะกรูด 4 ห่อค่ะ",
    lines=[L("NOOD-RICESTICK", 3, "5mm"), L("VEG-KAFFIR", 4)],
    notes="เส้นจันท์ is the Chantaboon rice stick; 5 มิล is the width",
    tags=["multilingual", "variant", "number_in_name"],
)
M(
    "seoul-kitchen",
    6,
    "김치 4통이랑 고추장 1통 보내주세요",
    lines=[L("CHL-KIMCHI", 4), L("PASTE-GOCHUJANG", 1)],
    tags=["multilingual"],
)
M(
    "noodle-nation",
    3,
    "Subject: PO NN-4502\n\nFor Monday: ho fun 3 cs, firm tofu 2 cs, wrapped chopsticks 1 cs." + SIG_NN,
    lines=[L("NOOD-HOFUN", 3), L("CHL-TOFU-FIRM", 2), L("PACK-CHOP-WRAPPED", 1)],
    tags=["signature"],
)
M(
    "bento-box",
    6,
    "bento here - 6kg salmon n 2kg tuna pls, fri am",
    lines=[L("SEA-SALMON", 6), L("SEA-TUNA", 2)],
    tags=["weight"],
)
M(
    "kaizen-izakaya",
    5,
    "Could you add 2 kg fresh shiitake and a case of silken tofu to Thursday? A.",
    lines=[L("VEG-SHIITAKE", 2), L("CHL-TOFU-SILKEN", 1)],
    tags=["non_order_request", "weight"],
)
M(
    "tiger-wok",
    2,
    "2 cs kirin, 2 cs tsingtao, 1 salt n pepper squid, 1 box ebi fry - cheers",
    lines=[L("BEER-KIRIN", 2), L("BEER-TSINGTAO", 2), L("SEA-SQUID-SP", 1), L("SEA-EBIFRY", 1)],
    tags=[],
)
M(
    "northgate-uni",
    3,
    "Subject: PO 55207\n\nPlease deliver Thursday 10 June: 3 cases udon, 4 cases chicken thigh, 6 bags vegetable gyoza."
    + SIG_UNI,
    lines=[L("NOOD-UDON", 3), L("MEAT-CHX-THIGH", 4), L("DS-GYOZA-VEG", 6)],
    tags=["signature"],
)
M(
    "mama-lin",
    4,
    "hiya, can we have 20 packs gua bao and 2 cases ho fun for saturday? thanks Amy x",
    lines=[L("DS-GUABAO", 20), L("NOOD-HOFUN", 2)],
    tags=["non_order_request"],
)
M(
    "east-market",
    4,
    "Please send 4 cases Tsingtao and 6 bags jasmine rice 10kg with Tuesday's delivery. Wei",
    lines=[L("BEER-TSINGTAO", 4), L("RICE-JASMINE", 6, "10kg")],
    tags=["variant", "number_in_name"],
)
M(
    "hotpot-house",
    5,
    "周五加：老豆腐 3箱，粉丝 1箱，上海青 5公斤",
    lines=[L("CHL-TOFU-FIRM", 3), L("NOOD-GLASS", 1), L("VEG-PAKCHOI-SH", 5)],
    tags=["multilingual", "weight"],
)
M(
    "sakura-sushi",
    5,
    "mirin x3 and a rice vinegar pls",
    lines=[A(["SOY-MIRIN-HON", "SOY-MIRIN-STYLE"], 3), A(["VIN-SUSHISU", "VIN-RICE"], 1)],
    notes="ambiguous: hon mirin or mirin-style seasoning; rice vinegar seasoned (sushi su) or plain",
    tags=["family"],
)
M(
    "east-market",
    3,
    "Hi, two things for Tuesday: Mizkan plain rice vinegar 5L x 2 and Honteri x 4. Thanks, Wei",
    lines=[L("VIN-RICE", 2), L("SOY-MIRIN-STYLE", 4)],
    notes="5L is the bottle size",
    tags=["number_in_name"],
)
