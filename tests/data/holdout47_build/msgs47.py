# ruff: noqa  (hand-written data generator of blind set 47, kept as its writer left it)
"""Hand-written messages of blind set 47 and their plain labels.

M(customer, day_in_june_2028, intent, language, text, lines, ...). Lines:
  L(sku, qty, variant)           a catalog line (variant only for products with variants; missing -> null)
  F([candidates], qty, cv=...)   a family word: sku null with candidates (cv = candidate_variant)
  N(qty, what)                   not in the catalog: sku null, no candidates
op="set" marks a new quantity in a reference ("... instead of ..."); other lines of a reference are additions.
"""

KOOB = ["MEAT-KOOB-LB", "MEAT-KOOB-BEEF"]
MINCE = ["MEAT-KOOB-LB", "MEAT-KOOB-BEEF", "MEAT-LAMB-MINCE"]
JOOJEH = ["MEAT-JOOJEH-BL", "MEAT-JOOJEH-BI"]
BARG = ["MEAT-BARG-LAMB", "MEAT-BARG-BEEF"]
CHOPS = ["MEAT-SHISHLIK", "MEAT-LAMB-LOIN"]
DOOGH = ["DRK-DOOGH-ABALI", "DRK-DOOGH-KALLEH"]
SAFFRON = ["SAF-SARGOL", "SAF-NEGIN", "SAF-GROUND"]
DLIME = ["DRY-LIME-WHOLE", "DRY-LIME-POWDER"]
AHMAD = ["TEA-AHMAD-EG", "TEA-AHMAD-CARD", "TEA-AHMAD-NO1"]
ALOK = ["TEA-ALOKOZAY-GREEN", "TEA-ALOKOZAY-BLACK"]
GAZ = ["SWT-GAZ", "SWT-GAZ-ALMOND"]
SOHAN = ["SWT-SOHAN", "SWT-SOHAN-QOM"]
NABAT = ["SWT-NABAT-STICK", "SWT-NABAT-CRYSTAL"]
DATES = ["DATE-MAZAFATI", "DATE-PIAROM", "DATE-MEDJOOL"]
PIST = ["NUT-PIST-AKBARI", "NUT-PIST-SLIVERED"]
GHEE = ["PAN-GHEE-VEG", "PAN-GHEE-BUTTER"]
ROGHAN = ["PAN-GHEE-VEG", "PAN-GHEE-BUTTER", "PAN-OIL"]
TORSHI = ["TOR-MAKHLOOT-JAR", "TOR-MAKHLOOT-TUB", "TOR-LITEH", "TOR-SEER"]
SELLA = ["RICE-SELLA-GOLD", "RICE-SELLA-WHITE"]
ADVIEH = ["SPC-ADVIEH-POLO", "SPC-ADVIEH-KHORESH"]
FETA = ["DAI-UF-FETA", "DAI-BULGAR-FETA"]
ZAMZAM = ["DRK-ZAMZAM", "DRK-ZAMZAM-ORANGE"]
SHARBAT = ["DRK-SEKANJABIN", "DRK-SHARBAT-ALBALOO"]
BAGCOAL = ["CHR-LUMP-10", "CHR-BIGK-15"]
CONTAINERS = ["PKG-FOIL", "PKG-MICRO"]
KASHK = ["PAN-KASHK-LIQ", "PAN-KASHK-DRY"]
TEAGLASS = None

MESG = "4.6g Tin (1 Mesghal)"
TAH = "Tahdig Thin (20 sheets)"
REG = "Regular (10 sheets)"
AB330 = "12 x 330ml Bottle"
ABCAN = "24 x 250ml Can"
B15 = "6 x 1.5L Bottle"
F6A = "No.6a (case of 500)"
F9 = "No.9 (case of 250)"
F2 = "No.2 (case of 1000)"
WIDE = "Koobideh 2.5cm Wide"
NARROW = "Joojeh 1cm Narrow"

MSGS = []
_UNSET = object()


def L(sku, q, v=_UNSET, op=None, nofill=False):
    d = {"sku": sku, "quantity": q}
    if v is not _UNSET:
        d["variant"] = v
    if op:
        d["op"] = op
    if nofill:
        d["nofill"] = True
    return d


def F(cands, q, cv=None, op=None):
    d = {"sku": None, "quantity": q, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    if op:
        d["op"] = op
    return d


def N(q, what):
    return {"sku": None, "quantity": q, "nic": what}


def M(
    cust,
    day,
    intent,
    lang,
    text,
    lines=(),
    notes="",
    tags=(),
    ch=None,
    ref=None,
    remove=(),
    double=(),
    review=None,
    outlier=False,
    change=None,
):
    MSGS.append(
        dict(
            customer=cust,
            day=day,
            intent=intent,
            language=lang,
            text=text,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            channel=ch,
            ref=ref,
            remove=list(remove),
            double=list(double),
            review=review,
            outlier=outlier,
            change=change,
        )
    )


# ----------------------------------------------------------------------------------------------- shiraz-grill (en)
M(
    "shiraz-grill",
    5,
    "ORDER",
    "en",
    "Morning! for tomorrow pls:\n4 sacks tilda 20kg\n25kg koobideh lamb & beef\n20kg boneless joojeh\n8kg shishlik\n"
    "2 x sargol mesghal tins\n6 packs tahdig lavash\ncheers Reza",
    [
        L("RICE-TILDA-PURE", 4, "20kg"),
        L("MEAT-KOOB-LB", 25),
        L("MEAT-JOOJEH-BL", 20),
        L("MEAT-SHISHLIK", 8),
        L("SAF-SARGOL", 2, MESG),
        L("BRD-LAVASH", 6, TAH),
    ],
    '"mesghal" is the 4.6g tin; "tahdig lavash" the Tahdig Thin variant.',
    ["unit_word"],
)
M(
    "shiraz-grill",
    6,
    "ORDER",
    "en",
    "need 30 kilo koobideh and 15 joojeh asap, running low on both 🔥",
    [F(KOOB, 30), F(JOOJEH, 15)],
    "Bare koobideh and joojeh are families (lamb & beef / beef; boneless / bone-in).",
    ["emoji"],
)
M(
    "shiraz-grill",
    7,
    "ORDER",
    "en",
    "same as last week pls but no barberries and 3 doogh cases instead of 4",
    [F(DOOGH, 3, op="set")],
    "Reference; the doogh is a family word until history shows the grill buys only Abali 330ml bottles.",
    remove=["DRY-BARBERRY-1K"],
    ref="last",
)
M(
    "shiraz-grill",
    8,
    "ORDER",
    "en",
    "2 abali cans + 1 big k for thurs",
    [L("DRK-DOOGH-ABALI", 2, ABCAN), L("CHR-BIGK-15", 1)],
    '"2 abali cans" (N = 2) is 2 cases of the 24 x 250ml can, the usual meaning in this trade.',
    ["container"],
)
M(
    "shiraz-grill",
    9,
    "QUESTION",
    "en",
    "I would like to know if the koobideh mix is HMC certified or just halal? council inspector is coming Monday",
    [],
    "",
    ["non_order_request"],
)
M(
    "shiraz-grill",
    8,
    "COMPLAINT",
    "en",
    "Reza here. The 6a foil lids you sent tuesday dont fit, half the box is No.2 lids. Need swapping before friday",
    [],
    "Numbers are foil sizes, not quantities.",
    ["number_in_name"],
)
M(
    "shiraz-grill",
    7,
    "ORDER",
    "en",
    "send 20 big k tmrw",
    [L("CHR-BIGK-15", 20)],
    "Outlier: usual is 4 bags a week, no reason given.",
    outlier=True,
)
M(
    "shiraz-grill",
    7,
    "CHANGE",
    "en",
    "sorry typo on the big k - 2 bags not 20!!",
    [],
    "Changes the order just placed.",
    change=[L("CHR-BIGK-15", 2)],
)
M(
    "shiraz-grill",
    10,
    "ORDER",
    "en",
    "Reza again, 2 more bags barberries and a tub of makhloot for tonight pls, busy sat",
    [L("DRY-BARBERRY-1K", 2), L("TOR-MAKHLOOT-TUB", 1)],
    '"bags" of barberries is the 1kg bag (the 250g packs come by the box); a tub of makhloot is the 5kg tub.',
    ["unit_word"],
)
M(
    "shiraz-grill",
    11,
    "ORDER",
    "en",
    "i'd like three big k bags two 10kg mast buckets and a case of 6a foils",
    [L("CHR-BIGK-15", 3), L("DAI-MAST", 2, "10kg"), L("PKG-FOIL", 1, F6A)],
    'Spoken list; "mast" is the set yoghurt.',
    ["spoken", "non_order_request"],
)
M(
    "shiraz-grill",
    6,
    "ORDER",
    "en",
    "voice note: for sacks of tilda twenty kilo and to tubs of mast ten kilo thanks bro",
    [L("RICE-TILDA-PURE", 4, "20kg"), L("DAI-MAST", 2, "10kg")],
    'Voice-to-text: "for" = four, "to" = two.',
    ["voice", "homophone", "spoken"],
)

# ------------------------------------------------------------------------------------------ darband-kitchen (fa)
M(
    "darband-kitchen",
    5,
    "ORDER",
    "fa",
    "سلام آقای رضایی\nبرای سه‌شنبه لطفا:\n۶ کیسه برنج طارم هاشمی\n۲ کیسه سلا طلایی ۲۰ کیلویی\n۲۰ کیلو کوبیده گوساله\n"
    "۱۵ کیلو جوجه با استخوان\n۱۰ بسته نان سنگک\nممنون",
    [
        L("RICE-TAROM", 6),
        L("RICE-SELLA-GOLD", 2, "20kg"),
        L("MEAT-KOOB-BEEF", 20),
        L("MEAT-JOOJEH-BI", 15),
        L("BRD-SANGAK", 10),
    ],
    "",
    ["persian_digits"],
)
M(
    "darband-kitchen",
    6,
    "ORDER",
    "fa",
    "زعفران ۳ تا بفرستید لطفا با ۲ بسته لیمو عمانی",
    [F(SAFFRON, 3), F(DLIME, 2)],
    "Bare saffron (زعفران) and dried limes (لیمو عمانی) are families.",
    ["persian_digits"],
)
M(
    "darband-kitchen",
    8,
    "ORDER",
    "fa",
    "مثل همیشه برای دوشنبه، فقط دوغ رو ۵ تا کن",
    [F(DOOGH, 5, op="set")],
    "Reference to the usual with a new doogh quantity; doogh is a family word.",
    ["persian_digits"],
    ref="usual",
)
M(
    "darband-kitchen",
    7,
    "QUESTION",
    "fa",
    "ببخشید، رشته آش دارید؟ اگه دارید قیمت کارتنش چنده؟",
    [],
    "Ash noodles (reshteh) are not stocked.",
    ["not_in_catalog"],
)
M(
    "darband-kitchen",
    9,
    "ORDER",
    "fa",
    "ویس: دو کیسه لپه سه بسته سبزی قورمه یک کارتن کشک کاله و چهار سطل ماست دو و نیم کیلویی",
    [L("PULSE-LAPEH", 2), L("SPC-HERB-GHORMEH", 3), L("PAN-KASHK-LIQ", 1), L("DAI-MAST", 4, "2.5kg")],
    'Voice note, spoken list with number words; "کشک کاله" is the Kalleh liquid kashk.',
    ["spoken", "voice"],
)
M(
    "darband-kitchen",
    6,
    "COMPLAINT",
    "fa",
    "جوجه‌ای که دیروز اومد بو میداد، ۱۵ کیلو بود همشو برگردوندیم. لطفا از فاکتور INV-47218 کم کنید",
    [],
    "Quantity and invoice number in a complaint.",
    ["persian_digits"],
)
M(
    "darband-kitchen",
    10,
    "ORDER",
    "fa",
    "۴ بسته سبزی کوکو و ۳ کیسه لوبیا قرمز",
    [N(4, "kuku sabzi herb mix"), L("PULSE-KIDNEY", 3)],
    "Kuku sabzi herbs are not stocked (only the ghormeh mix, a look-alike).",
    ["persian_digits"],
)
M(
    "darband-kitchen",
    11,
    "CANCEL",
    "fa",
    "سفارش پنجشنبه رو کنسل کنید لطفا، آشپزخونه برای تعمیرات بسته‌ست",
    [],
    "",
)
M(
    "darband-kitchen",
    8,
    "ORDER",
    "fa",
    "میخواستم سفارش بدم: ۴ کیسه سلا طلایی ۱۰ کیلویی و ۶ سطل ماست ۱ کیلویی، تا ظهر برسه ممنون میشم",
    [L("RICE-SELLA-GOLD", 4, "10kg"), L("DAI-MAST", 6, "1kg")],
    'Opens like a request ("I wanted to order").',
    ["non_order_request", "persian_digits"],
)
M(
    "darband-kitchen",
    10,
    "ORDER",
    "fa",
    "سه بسته شنبلیله و دو بسته زردچوبه هم اضافه کنید به سفارش",
    [L("SPC-HERB-FENUGREEK", 3), L("SPC-TURMERIC", 2)],
    "Number words.",
    [],
)

# ------------------------------------------------------------------------------------ narenj-cafe (fa, Finglish)
M(
    "narenj-cafe",
    5,
    "ORDER",
    "fa",
    "salam, lotfan baraye chaharshanbe: 3 ta jabe nabat chubi, 10 ta gaz 250, 4 sini baghlava, 2 karton mazafati. merci 🌸",
    [L("SWT-NABAT-STICK", 3), L("SWT-GAZ", 10, "250g Box"), L("SWT-BAGHLAVA", 4), L("DATE-MAZAFATI", 2)],
    '"nabat chubi" (stick nabat) names the sticks; "gaz 250" only fits the pistachio gaz 250g box.',
    ["finglish", "emoji"],
)
M(
    "narenj-cafe",
    6,
    "ORDER",
    "fa",
    "ye karton chai ahmad ham bezar lotfan",
    [F(AHMAD, 1)],
    '"chai ahmad" is open between the three Ahmad loose teas.',
    ["finglish"],
)
M(
    "narenj-cafe",
    9,
    "ORDER",
    "fa",
    "mesle hamishe baraye chaharshanbe, faghat gaz ro 15 ta kon",
    [F(GAZ, 15, op="set")],
    "Reference; bare gaz is open between pistachio and almond.",
    ["finglish"],
    ref="usual",
)
M(
    "narenj-cafe",
    7,
    "QUESTION",
    "fa",
    "mikhastam bepursam samovar barghi 10 litri darid? gheymatesh chande?",
    [],
    'Price question opening with "I wanted to ask".',
    ["finglish", "non_order_request"],
)
M(
    "narenj-cafe",
    8,
    "ORDER",
    "fa",
    "2 ta samovar barghi 5 litri mikham baraye salon jadid 🙏",
    [L("SAM-ELECTRIC", 2, "5L")],
    "",
    ["finglish", "emoji"],
)
M(
    "narenj-cafe",
    10,
    "ORDER",
    "fa",
    "24 ta estekan va 6 ta ghoori lazem darim",
    [L("SAM-ESTEKAN", 2), L("SAM-TEAPOT", 6)],
    "24 tea glasses are 2 boxes of 12; teapots are sold each.",
    ["finglish", "count"],
)
M(
    "narenj-cafe",
    6,
    "COMPLAINT",
    "fa",
    "nabat haye hafte pish hame shekaste boodan, 2 ta jabe kamel khord shode bood 😕",
    [],
    "",
    ["finglish", "emoji"],
)
M(
    "narenj-cafe",
    11,
    "OTHER",
    "fa",
    "merci baraye tahvil emrooz, ranandatoon kheili khosh akhlagh bood 🙏",
    [],
    "Thanks.",
    ["finglish", "emoji"],
)
M(
    "narenj-cafe",
    7,
    "ORDER",
    "fa",
    "salam, 2 karton do ghazal va 3 karton sekanjabin",
    [L("TEA-DOGHAZAL", 2), L("DRK-SEKANJABIN", 3)],
    "",
    ["finglish"],
)
M(
    "narenj-cafe",
    9,
    "ORDER",
    "fa",
    "8 baste barbari, 3 ta panir lighvan, 2 kilo gerdoo. ghabl az 10 sobh age mishe",
    [L("BRD-BARBARI", 8), L("DAI-LIGHVAN", 3), L("NUT-WALNUT", 2)],
    '2 kilo walnuts = 2 bags of 1kg; "10 sobh" is a time.',
    ["finglish", "weight"],
)
M(
    "narenj-cafe",
    10,
    "ORDER",
    "fa",
    "nesf karton sekanjabin ham mitoonid befrestid?",
    [L("DRK-SEKANJABIN", 0.5)],
    "Half a case: a fraction of an indivisible case is never shipped as written.",
    ["finglish", "fraction"],
)
M(
    "narenj-cafe",
    8,
    "CHANGE",
    "fa",
    "sefaresh chaharshanbe: gaz ro 12 ta kon be jaye 10 lotfan",
    [],
    "Changes the pistachio gaz 250g line of Wednesday's order.",
    ["finglish"],
    change=[L("SWT-GAZ", 12, "250g Box")],
)

# --------------------------------------------------------------------------------------------- pars-market (en)
M(
    "pars-market",
    5,
    "ORDER",
    "en",
    "Subject: Weekly order - Pars Market PO PM-2291\n\nHi Golbahar team,\n\nPlease deliver Thursday 8 June:\n"
    "- Tilda Pure Basmati 10kg x 10\n- Tarom Hashemi 10kg x 8\n- Domsiah 10kg x 4\n- Sargol saffron 1g tins x 20\n"
    "- Cortas pomegranate molasses x 3 cases\n- Seer torshi x 2 cases\n- Sohan asali x 6\n\nKind regards,\n"
    "Parisa Ahmadi\nPurchasing, Pars Market\n212 Kilburn High Road, London NW6 4JH\nTel 020 7946 0471",
    [
        L("RICE-TILDA-PURE", 10, "10kg"),
        L("RICE-TAROM", 8),
        L("RICE-DOMSIAH", 4),
        L("SAF-SARGOL", 20, "1g Tin"),
        L("PAN-POMMOL-300", 3),
        L("TOR-SEER", 2),
        L("SWT-SOHAN", 6),
    ],
    "PO number, date, street number and phone are not quantities.",
    ["signature"],
)
M(
    "pars-market",
    6,
    "ORDER",
    "en",
    "Hi,\nPlease repeat last week's order but add 2 cases of Ahmad Earl Grey, and no carrier bags this time.\n"
    "Thanks, Parisa",
    [L("TEA-AHMAD-EG", 2)],
    "Reference to the last order with an addition and a removal.",
    ref="last",
    remove=["PKG-CARRIER"],
)
M(
    "pars-market",
    7,
    "QUESTION",
    "en",
    "Could you send me your price list for Nowruz gift boxes and ajil trays? Not ordering yet, planning for next March.",
    [],
    "",
    ["non_order_request", "not_in_catalog"],
)
M(
    "pars-market",
    8,
    "ORDER",
    "en",
    "Top-up please: 120 sachets of ground saffron and 48 packs of zereshk 250g. Parisa",
    [L("SAF-GROUND", 12), L("DRY-BARBERRY-250", 4)],
    "120 sachets = 12 boxes of 10; 48 packs = 4 boxes of 12.",
    ["count"],
)
M(
    "pars-market",
    9,
    "ORDER",
    "en",
    "Could you add 5 cases of Ahmad tea to Thursday's delivery?",
    [F(AHMAD, 5)],
    'Addition to a placed order; "Ahmad tea" is open between Earl Grey, Cardamom and No.1.',
    ["non_order_request"],
)
M(
    "pars-market",
    6,
    "COMPLAINT",
    "en",
    "Hello, invoice INV-47190 charges us for 6 cases of UF cheese but only 4 were delivered on 1 June. Please credit 2.",
    [],
    "",
)
M(
    "pars-market",
    10,
    "OTHER",
    "en",
    "Thank you for your email. I am out of the office until 12 June 2028 with limited access to email. For urgent "
    "orders please call the shop on 020 7946 0472.\nParisa Ahmadi",
    [],
    "Auto-reply.",
)
M(
    "pars-market",
    11,
    "ORDER",
    "en",
    "torshi x 4, tokhmeh x 5 for thursday pls",
    [F(TORSHI, 4), L("NUT-TOKHMEH", 5)],
    "Bare torshi is open between the mixed, liteh and garlic pickles.",
    [],
)
M(
    "pars-market",
    7,
    "ORDER",
    "en",
    "Hi, small top-up for Friday: 6 bags dried lime powder, 5 x tokhmeh 1kg, 4 cases UF white cheese and "
    "2 x Tilda broken basmati 10kg.\nParisa",
    [L("DRY-LIME-POWDER", 6), L("NUT-TOKHMEH", 5), L("DAI-UF-FETA", 4), L("RICE-BROKEN", 2)],
    "",
    [],
)
M(
    "pars-market",
    9,
    "ORDER",
    "en",
    "Yes please go ahead with the 2 extra cases.\n\n> On 8 Jun 2028, Golbahar Sales <sales@golbahar.example> wrote:\n"
    "> Hi Parisa, we can do Ahmad Earl Grey at £49.00 a case this week. Would you like 2 extra cases on Thursday's "
    "order? We also have 30 cases of Do Ghazal on offer.",
    [L("TEA-AHMAD-EG", 2)],
    "Only the reply above the quote is the order; the quote names the product.",
    ["quoted"],
)

# --------------------------------------------------------------------------------------------- kabul-palace (prs)
M(
    "kabul-palace",
    5,
    "ORDER",
    "prs",
    "سلام برادر، برای فردا روان کنید:\n۶ بوری برنج سیله طلایی ۲۰ کیلویی\n۱۵ کیلو ماهیچه\n۱۰ کیلو گوشت چنجه\n"
    "۲۰ بسته نان افغانی\nتشکر",
    [L("RICE-SELLA-GOLD", 6, "20kg"), L("MEAT-SHANK", 15), L("MEAT-CHENJEH", 10), L("BRD-AFGHAN", 20)],
    '"بوری" is a sack.',
    ["persian_digits", "unit_word"],
)
M(
    "kabul-palace",
    6,
    "ORDER",
    "prs",
    "دو سیر قیمه گوسفند و ۵ کیلو کشمش زرد",
    [L("MEAT-LAMB-MINCE", None), L("DRY-RAISIN-GOLD", 5)],
    '"سیر" (ser) is an Afghan weight that differs by region (about 7kg in Kabul), so the mince quantity is not '
    "stated in kg and a human must ask; 5 kilo raisins are 5 bags of 1kg.",
    ["unit_word", "persian_digits"],
)
M(
    "kabul-palace",
    9,
    "ORDER",
    "prs",
    "مثل هفته گذشته، مگر روغن را سه قطی کنید",
    [F(GHEE, 3, op="set")],
    'Reference; "روغن" in tins is open between vegetable and butter ghee.',
    ref="last",
)
M(
    "kabul-palace",
    7,
    "QUESTION",
    "prs",
    "می‌خواستم بپرسم که قروت خشک دارید یا نه؟",
    [],
    "Qurut is not stocked.",
    ["non_order_request", "not_in_catalog"],
)
M(
    "kabul-palace",
    8,
    "ORDER",
    "prs",
    "پسته ۲ بسته و بادام ۲ بسته هم علاوه کنید",
    [F(PIST, 2), L("NUT-ALMOND-SLIVERED", 2)],
    "Bare pistachio is a family; the slivered almonds are the only almonds stocked.",
    ["persian_digits"],
)
M(
    "kabul-palace",
    6,
    "COMPLAINT",
    "prs",
    "برنج هفته گذشته ۲ بوری اش پاره بود، نصف برنج روی زمین ریخته بود. لطفاً عوض کنید",
    [],
    "",
    ["persian_digits"],
)
M(
    "kabul-palace",
    10,
    "ORDER",
    "prs",
    "٤ کارتن چای سبز الکوزی و ٢ قطی روغن نباتی",
    [L("TEA-ALOKOZAY-GREEN", 4), L("PAN-GHEE-VEG", 2)],
    "Arabic-Indic digits.",
    ["persian_digits"],
)
M(
    "kabul-palace",
    11,
    "CHANGE",
    "prs",
    "سفارش سه‌شنبه را به چهارشنبه بندازید لطفاً، مهمانی داریم",
    [],
    "Moves the day of a placed order.",
    change=[],
)
M(
    "kabul-palace",
    9,
    "ORDER",
    "prs",
    "برادر جان، یک کارتن چای سبز با دو خریطه هیل و سه قطی روغن نباتی هم بیارید",
    [L("TEA-ALOKOZAY-GREEN", 1), L("PAN-GHEE-VEG", 3), L("SPC-CARDAMOM", 2)],
    '"چای سبز" (green tea) is the Alokozay green, the only green tea; "خریطه" is a bag; "هیل" cardamom.',
    ["unit_word"],
)
M(
    "kabul-palace",
    8,
    "ORDER",
    "prs",
    "۲ کارتن فویل نمبر ۹ روان کنید",
    [L("PKG-FOIL", 2, F9)],
    '"نمبر ۹" is the No.9 foil size, not a quantity.',
    ["number_in_name", "persian_digits"],
)

# ------------------------------------------------------------------------------------------- ariana-grocery (prs)
M(
    "ariana-grocery",
    5,
    "ORDER",
    "prs",
    "سلام. ۵ بوری سیله سفید. ۵ بوری محمود ۱۱۲۱ ده کیلویی. ۳ بوری ماش. تشکر فرید",
    [L("RICE-SELLA-WHITE", 5), L("RICE-MAHMOOD-1121", 5, "10kg"), L("PULSE-MUNG", 3)],
    "1121 is part of the name.",
    ["number_in_name", "persian_digits"],
)
M(
    "ariana-grocery",
    6,
    "ORDER",
    "prs",
    "۴ کارتن چای الکوزی",
    [F(ALOK, 4)],
    "Alokozay comes as green and black.",
    ["persian_digits"],
)
M("ariana-grocery", 8, "ORDER", "prs", "همان سفارش همیشگی، لطفاً", [], "Reference to the usual.", ref="usual")
M(
    "ariana-grocery",
    7,
    "ORDER",
    "prs",
    "خرما ۲ کارتن",
    [F(DATES, 2)],
    "Bare dates (خرما) are a family.",
    ["persian_digits"],
)
M(
    "ariana-grocery",
    9,
    "QUESTION",
    "prs",
    "روغن حیوانی ۴ کیلویی دارید؟ قیمت؟",
    [],
    "Butter ghee is stocked only as the 2kg tin.",
    ["persian_digits"],
)
M(
    "ariana-grocery",
    10,
    "ORDER",
    "prs",
    "۳ قطی روغن زرد، ۴ بسته نبات",
    [L("PAN-GHEE-BUTTER", 3), F(NABAT, 4)],
    '"روغن زرد" is the butter ghee; bare nabat is open between sticks and crystals.',
    ["persian_digits"],
)
M(
    "ariana-grocery",
    11,
    "OTHER",
    "prs",
    "شماره جدید ما 07700 900733 است، لطفاً از این به بعد پیام ها را به این شماره بفرستید",
    [],
    "New contact number.",
)
M(
    "ariana-grocery",
    7,
    "ORDER",
    "prs",
    "۴ بوری محمود ۴.۵ کیلویی، ۲ کارتن چای الکوزی سیاه",
    [L("RICE-MAHMOOD-1121", 4, "4.5kg"), L("TEA-ALOKOZAY-BLACK", 2)],
    "",
    ["persian_digits"],
)

# --------------------------------------------------------------------------------------------- khyber-kebab (ps)
M(
    "khyber-kebab",
    5,
    "ORDER",
    "ps",
    "سلام ورور، سبا ته دا راولیږئ:\n۲۰ کیلو چنجه\n۱۰ کیلو شیشلیک\n۴ بوجۍ سیله طلایي ۲۰ کیلو\n۳۰ پاکټه افغاني ډوډۍ\nمننه",
    [L("MEAT-CHENJEH", 20), L("MEAT-SHISHLIK", 10), L("RICE-SELLA-GOLD", 4, "20kg"), L("BRD-AFGHAN", 30)],
    "",
    ["persian_digits"],
)
M(
    "khyber-kebab",
    6,
    "ORDER",
    "ps",
    "۱۲ بوجۍ سکاره",
    [F(BAGCOAL, 12)],
    "Charcoal by the bag is open between lumpwood and Big K (briquettes come by the box).",
    ["unit_word", "persian_digits"],
)
M(
    "khyber-kebab",
    8,
    "ORDER",
    "ps",
    "لکه تېره اونۍ، خو کوبیده ۲۰ کیلو کړه",
    [F(KOOB, 20, op="set")],
    "Reference to last week with a new koobideh quantity.",
    ["persian_digits"],
    ref="last",
)
M(
    "khyber-kebab",
    7,
    "ORDER",
    "ps",
    "۴۸ قطۍ ابعلي دوغ",
    [L("DRK-DOOGH-ABALI", 2, ABCAN)],
    "48 cans = 2 cases of 24 cans.",
    ["container", "persian_digits"],
)
M(
    "khyber-kebab",
    9,
    "QUESTION",
    "ps",
    "غواړم پوه شم چې د شنبې په ورځ تحویلي لرئ که نه؟",
    [],
    'Opens with "I want to know".',
    ["non_order_request"],
)
M(
    "khyber-kebab",
    10,
    "ORDER",
    "ps",
    "۲ پاکټه سیخونه، پلن والا",
    [L("KIT-SKEWER", 2, WIDE)],
    '"پلن" (wide) picks the 2.5cm koobideh skewer.',
    ["persian_digits"],
)
M(
    "khyber-kebab",
    6,
    "COMPLAINT",
    "ps",
    "په شیشلیک کې ډېر غوړي وو، ۱۰ کیلو مو واخیستل خو نیمه برخه یې ضایع شوه",
    [],
    "",
    ["persian_digits"],
)
M(
    "khyber-kebab",
    11,
    "ORDER",
    "ps",
    "salam, yaw bori chawal golden sella 20 kilo aw dwa bori lumpwood",
    [L("RICE-SELLA-GOLD", 1, "20kg"), L("CHR-LUMP-10", 2)],
    "Pashto in Latin letters.",
    ["romanized"],
)
M(
    "khyber-kebab",
    9,
    "ORDER",
    "ps",
    "۳ کارټنه ابعلي قطۍ او ۲ کارټنه کباب بکس",
    [L("DRK-DOOGH-ABALI", 3, ABCAN), L("PKG-KEBAB-BOX", 2)],
    "",
    ["persian_digits"],
)
M(
    "khyber-kebab",
    10,
    "ORDER",
    "ps",
    "۲-۳ بوجۍ بیګ کې هم که کېدای شي",
    [L("CHR-BIGK-15", None)],
    "A range (2-3 bags) gives a null quantity.",
    ["range", "persian_digits"],
)

# ------------------------------------------------------------------------------------------------ spin-ghar (ps)
M(
    "spin-ghar",
    5,
    "ORDER",
    "ps",
    "۱۰ بوجۍ محمود ۴.۵ کیلو، ۴ بوجۍ سپینه سیله، ۳ کارټنه زمزم",
    [L("RICE-MAHMOOD-1121", 10, "4.5kg"), L("RICE-SELLA-WHITE", 4), F(ZAMZAM, 3)],
    "Bare Zamzam is open between cola and orange.",
    ["persian_digits"],
)
M(
    "spin-ghar",
    8,
    "ORDER",
    "ps",
    "هماغه معمول سفارش، او ۲ بوجۍ نخود اضافه",
    [L("PULSE-CHICKPEA", 2)],
    "Reference to the usual plus 2 bags of chickpeas.",
    ["persian_digits"],
    ref="usual",
)
M(
    "spin-ghar",
    6,
    "ORDER",
    "ps",
    "۱۲ قطۍ زمزم کولا",
    [L("DRK-ZAMZAM", None)],
    "12 cans is half a case of 24: not a whole number of cases.",
    ["container", "persian_digits"],
)
M("spin-ghar", 7, "QUESTION", "ps", "د زرد کشمش بیه څو ده؟", [], "Price question.")
M(
    "spin-ghar",
    9,
    "ORDER",
    "ps",
    "۳ کارټنه الکوزی تور چای، ۲ کیلو نبات",
    [L("TEA-ALOKOZAY-BLACK", 3), L("SWT-NABAT-CRYSTAL", 2)],
    '"تور" (black) picks the black tea; a weight of nabat rules out the sticks (sold by the box): 2 bags of 1kg.',
    ["weight", "persian_digits"],
)
M(
    "spin-ghar",
    10,
    "OTHER",
    "ps",
    "بخښنه غواړم، تېر پیغام په غلطۍ ولیږل شو، هغه زما د ورور لپاره و",
    [],
    "Message sent by mistake.",
)
M(
    "spin-ghar",
    11,
    "ORDER",
    "ps",
    "۳ خلطې عدس، ۲ خلطې سره لوبیا",
    [L("PULSE-LENTIL", 3), L("PULSE-KIDNEY", 2)],
    '"سره لوبیا" (red beans) is the red kidney beans.',
    ["persian_digits"],
)
M(
    "spin-ghar",
    6,
    "ORDER",
    "ps",
    "دوه ټینه نباتي غوړي او یو بکس میډجول خرما",
    [L("PAN-GHEE-VEG", 2), L("DATE-MEDJOOL", 1)],
    "Number words.",
    [],
)

# ----------------------------------------------------------------------------------------------- hawler-grill (ckb)
M(
    "hawler-grill",
    5,
    "ORDER",
    "ckb",
    "سڵاو کاک ئاراس، بۆ سبەینێ بنێرن:\n٣ گۆنی برنجی تیلدا ٢٠ کیلۆیی\n٢٠ کیلۆ کوبیدەی مەڕ و مانگا\n"
    "١٥ کیلۆ جوجەی بێ ئێسک\n١٥ پاکەت نانی تافتون\nسوپاس",
    [L("RICE-TILDA-PURE", 3, "20kg"), L("MEAT-KOOB-LB", 20), L("MEAT-JOOJEH-BL", 15), L("BRD-TAFTOON", 15)],
    "Arabic-Indic digits.",
    ["persian_digits"],
)
M(
    "hawler-grill",
    6,
    "ORDER",
    "ckb",
    "٨ کیلۆ چۆپی مەڕ",
    [F(CHOPS, 8)],
    "Lamb chops are open between shishlik and loin chops.",
    ["persian_digits"],
)
M(
    "hawler-grill",
    8,
    "ORDER",
    "ckb",
    "وەک هەفتەی پێشوو، بەڵام دوو گۆنی تیلدای زیاتر",
    [L("RICE-TILDA-PURE", 2)],
    "Reference to last week plus 2 sacks of Tilda, size not given.",
    ref="last",
)
M(
    "hawler-grill",
    7,
    "ORDER",
    "ckb",
    "٢ کارتۆن ڕۆبی تەماتە",
    [L("PAN-TOMPASTE", 2)],
    "Tomato paste without the tin size.",
    ["persian_digits"],
)
M(
    "hawler-grill",
    9,
    "QUESTION",
    "ckb",
    "ئەمەوێت بزانم جگەری مەڕتان هەیە؟",
    [],
    "Lamb liver is not stocked.",
    ["non_order_request", "not_in_catalog"],
)
M(
    "hawler-grill",
    9,
    "ORDER",
    "ckb",
    "٢٥ گۆنی بیگ کەی بنێرن بۆ پێنجشەممە",
    [L("CHR-BIGK-15", 25)],
    "Outlier: usual is 5 bags, no reason given.",
    ["persian_digits"],
    outlier=True,
)
M(
    "hawler-grill",
    9,
    "CANCEL",
    "ckb",
    "ببورن ئەو داواکارییەی بیگ کەی هەڵە بوو، تکایە هەڵیبوەشێننەوە",
    [],
    "Cancels the outlier order.",
)
M(
    "hawler-grill",
    10,
    "COMPLAINT",
    "ckb",
    "ماستەکان بەسەرچوو بوون، بەرواری ٢/٦ی لەسەر بوو",
    [],
    "A date on the label, not a quantity.",
    ["persian_digits"],
)
M(
    "hawler-grill",
    11,
    "ORDER",
    "ckb",
    "٢ کارتۆن دۆی کاڵەی بچووک",
    [L("DRK-DOOGH-KALLEH", 2, AB330)],
    '"بچووک" (small) picks the 330ml bottles.',
    ["persian_digits"],
)
M(
    "hawler-grill",
    7,
    "ORDER",
    "ckb",
    "یەک کارتۆن قوتووی مایکرۆوەیڤی ٦٥٠",
    [L("PKG-MICRO", 1, "650cc")],
    "",
    ["persian_digits"],
)

# -------------------------------------------------------------------------------------------- slemani-market (ckb)
M(
    "slemani-market",
    5,
    "ORDER",
    "ckb",
    "slaw, 8 tilda 5kg, 4 golden sella 10kg, 3 lapeh, 2 pinto. spas Dilan",
    [
        L("RICE-TILDA-PURE", 8, "5kg"),
        L("RICE-SELLA-GOLD", 4, "10kg"),
        L("PULSE-LAPEH", 3),
        L("PULSE-PINTO", 2),
    ],
    "Kurdish greeting and sign-off in Latin letters around English product names.",
    ["romanized"],
)
M(
    "slemani-market",
    6,
    "ORDER",
    "ckb",
    "پەنیری فێتا ٢ دانە بنێرن",
    [F(FETA, 2)],
    "Feta is open between the UF white cheese and the Bulgarian feta.",
    ["persian_digits"],
)
M(
    "slemani-market",
    8,
    "ORDER",
    "ckb",
    "وەک هەمیشە، تەنها ٣ کارتۆن زەمزەمی پرتەقاڵ لەبری ٢",
    [L("DRK-ZAMZAM-ORANGE", 3, op="set")],
    "Reference to the usual with a new quantity.",
    ["persian_digits"],
    ref="usual",
)
M(
    "slemani-market",
    7,
    "ORDER",
    "ckb",
    "٢ کارتۆن خیار شۆری قوتوو",
    [L("TOR-KHIAR", 2, "4 x 2.5kg Tin")],
    '"قوتوو" (tins) picks the tin variant.',
    ["persian_digits"],
)
M("slemani-market", 9, "QUESTION", "ckb", "sumac shaker price? chand a karton?", [], "", ["romanized"])
M(
    "slemani-market",
    10,
    "ORDER",
    "ckb",
    "pepsi 3 cases w 2 zamzam orange",
    [N(3, "Pepsi"), L("DRK-ZAMZAM-ORANGE", 2)],
    "Pepsi is not stocked (Zamzam Cola is).",
    ["romanized"],
)
M(
    "slemani-market",
    11,
    "ORDER",
    "ckb",
    "2 cs do ghazal, 2 cs sumac shakers, 2 tubs rob anar 2kg",
    [L("TEA-DOGHAZAL", 2), L("SPC-SUMAC-SHK", 2), L("PAN-POMMOL-2K", 2)],
    '"rob anar" in 2kg tubs is the pomegranate paste tub.',
    ["romanized", "unit_word"],
)

# --------------------------------------------------------------------------------------- cypress-banqueting (en)
M(
    "cypress-banqueting",
    5,
    "ORDER",
    "en",
    "Subject: Wedding Sat 10 June - 320 guests\n\nHi,\nFor the Karimi wedding (320 guests) please deliver Friday 9 June "
    "by 10am:\n- 10 x Tilda Pure 20kg\n- 60kg koobideh lamb & beef\n- 60kg boneless joojeh\n- 4 x 10g Sargol saffron\n"
    "- 6kg barberries (1kg bags)\n- 12 trays Yazdi baghlava\n- 6 rolls white sofreh\n- 3 cases burgundy napkins\n\n"
    "Laleh Nouri\nEvents Manager, Cypress Hall\n14-16 Station Parade, Ilford IG1 4DJ\n020 7946 0483",
    [
        L("RICE-TILDA-PURE", 10, "20kg"),
        L("MEAT-KOOB-LB", 60),
        L("MEAT-JOOJEH-BL", 60),
        L("SAF-SARGOL", 4, "10g Tin"),
        L("DRY-BARBERRY-1K", 6),
        L("SWT-BAGHLAVA", 12),
        L("PKG-SOFREH", 6, "White"),
        L("PKG-NAPKIN", 3, "Burgundy"),
    ],
    "A large order with a reason (a wedding); guest count, date, time and address are not quantities.",
    ["signature"],
)
M(
    "cypress-banqueting",
    8,
    "ORDER",
    "en",
    "Please send our usual event order for Wednesday 14th. Laleh",
    [],
    "The venue has no usual basket: every event differs.",
    ref="usual",
)
M(
    "cypress-banqueting",
    6,
    "QUESTION",
    "en",
    "Can I get a quote for 15 sacks of Tilda 20kg and 80kg joojeh for a corporate dinner in July? Not ordering yet, "
    "just need prices for the client.",
    [],
    "A quote request is QUESTION even with quantities.",
    ["non_order_request"],
)
M(
    "cypress-banqueting",
    7,
    "ORDER",
    "en",
    "Please add 2 cases of gold napkins and 2 rolls of the flower sofreh to Friday's delivery.",
    [L("PKG-NAPKIN", 2, None, nofill=True), L("PKG-SOFREH", 2, "Floral Print")],
    'Gold is no napkin colour: the variant stays open and is never filled from history. "flower" is the floral '
    "print.",
    [],
)
M(
    "cypress-banqueting",
    9,
    "OTHER",
    "en",
    "Please add our new head chef, Babak Sohrabi (babak@cypresshall.example, 07700 900736), to your order "
    "confirmation emails.",
    [],
    "Contact change.",
    ["non_order_request"],
)
M(
    "cypress-banqueting",
    10,
    "ORDER",
    "en",
    "doogh x 8 cases of the large bottles for the henna night on sunday please",
    [F(DOOGH, 8, cv=B15)],
    'Bare doogh is a family; "large bottles" fits the 1.5L variant of both; 8 cases, not bottles.',
    [],
)
M(
    "cypress-banqueting",
    6,
    "ORDER",
    "en",
    "---------- Forwarded message ---------\nFrom: Babak Sohrabi <babak@cypresshall.example>\n"
    "Date: Tue, 6 Jun 2028 at 08:14\nSubject: mehmooni Thursday\n\nLaleh can you order from Golbahar for Thursday: "
    "8 cases Abali 1.5L, 1 case of the 4L rose water, 3 bags slivered pistachios, 3 bags slivered almonds. thx B\n\n"
    "Laleh Nouri\nEvents Manager, Cypress Hall",
    [
        L("DRK-DOOGH-ABALI", 8, B15),
        L("PAN-ROSEWATER", 1, "4 x 4L"),
        L("NUT-PIST-SLIVERED", 3),
        L("NUT-ALMOND-SLIVERED", 3),
    ],
    "The order is in the forwarded part.",
    ["forwarded"],
)

# --------------------------------------------------------------------------------------------- hotel-alborz (en)
M(
    "hotel-alborz",
    5,
    "ORDER",
    "en",
    "Subject: Breakfast order Thurs 8th\n\nDear Golbahar,\nPlease send on Thursday:\n10 packs barbari\n6 packs sangak\n"
    "4 tins lighvan\n2 cases kalleh white cheese\n1 box medjool\n6 cases spring water\n\nMany thanks,\nSam Rahimi\n"
    "F&B Manager, Hotel Alborz\n48 Cromwell Road, London SW7 5BU\nT: 020 7946 0489 | M: 07700 900489",
    [
        L("BRD-BARBARI", 10),
        L("BRD-SANGAK", 6),
        L("DAI-LIGHVAN", 4),
        L("DAI-UF-FETA", 2),
        L("DATE-MEDJOOL", 1),
        L("DRK-WATER", 6),
    ],
    "",
    ["signature"],
)
M(
    "hotel-alborz",
    6,
    "ORDER",
    "en",
    "Hello, could we also have three cases of the Ahmad tea on Thursday, please? Breakfast is busier than usual.\nSam",
    [F(AHMAD, 3)],
    "Addition; the hotel buys both Earl Grey and Cardamom.",
    ["non_order_request"],
)
M(
    "hotel-alborz",
    9,
    "ORDER",
    "en",
    "Same as last Thursday please, plus 2 tubs of mast chekide.\nSam",
    [L("DAI-MAST-CHEKIDE", 2)],
    "Reference plus an addition.",
    ref="last",
)
M(
    "hotel-alborz",
    7,
    "QUESTION",
    "en",
    "I'd like to know whether the Lighvan is made with pasteurised milk - a guest is pregnant and asked at breakfast.",
    [],
    "",
    ["non_order_request"],
)
M(
    "hotel-alborz",
    8,
    "ORDER",
    "en",
    "Please add 24 bottles of rose water (500ml) for the spa kitchen.",
    [L("PAN-ROSEWATER", 2, "12 x 500ml")],
    "24 bottles = 2 cases of 12 x 500ml.",
    ["count"],
)
M(
    "hotel-alborz",
    10,
    "ORDER",
    "en",
    "We'd like to order one 10 litre electric samovar for the breakfast room, delivered with the next order.",
    [L("SAM-ELECTRIC", 1, "10L")],
    "",
    ["non_order_request"],
)
M(
    "hotel-alborz",
    11,
    "OTHER",
    "en",
    "Please note our delivery entrance moves to 2 Gloucester Mews (loading bay 3) from Monday 12 June.",
    [],
    "Delivery instruction.",
)
M(
    "hotel-alborz",
    9,
    "CANCEL",
    "en",
    "Please cancel Sunday's top-up order, we over-ordered last week. Thanks, Sam",
    [],
    "",
)
M(
    "hotel-alborz",
    7,
    "ORDER",
    "en",
    "Please send 2 tins of sohan qom and 1 case of the 500ml rose water with Thursday's delivery.",
    [L("SWT-SOHAN-QOM", 2), L("PAN-ROSEWATER", 1, "12 x 500ml")],
    "",
    [],
)

# ---------------------------------------------------------------------------------------------- anar-lounge (en)
M(
    "anar-lounge",
    5,
    "ORDER",
    "en",
    "yo golbahar 10 boxes coco briquettes 2 firelighters 4 nabat sticks boxes and 4 cs zamzam cola pls for fri",
    [L("CHR-BRIQ", 10), L("CHR-FIRELIGHT", 2), L("SWT-NABAT-STICK", 4), L("DRK-ZAMZAM", 4)],
    "List without commas.",
    ["spoken"],
)
M(
    "anar-lounge",
    6,
    "ORDER",
    "en",
    "also got any quick light shisha coals? 3 boxes if u have",
    [N(3, "quick-light shisha charcoal discs")],
    "Conditional order on an item not stocked.",
    ["conditional"],
    review="conditional",
)
M(
    "anar-lounge",
    8,
    "ORDER",
    "en",
    "usual for friday pls + 1 box estekan",
    [L("SAM-ESTEKAN", 1)],
    "Reference to the usual plus one box.",
    ref="usual",
)
M(
    "anar-lounge",
    7,
    "ORDER",
    "en",
    "6 bottles of albaloo syrup",
    [L("DRK-SHARBAT-ALBALOO", None)],
    "6 bottles is half a case of 12: not a whole number.",
    ["count"],
)
M(
    "anar-lounge",
    9,
    "QUESTION",
    "en",
    "can I pay cash on delivery this week, card machine is down",
    [],
    "",
    ["non_order_request"],
)
M(
    "anar-lounge",
    10,
    "ORDER",
    "en",
    "3kg tokhmeh n 2kg akbari",
    [L("NUT-TOKHMEH", 3), L("NUT-PIST-AKBARI", 2)],
    "Weights of 1kg bags.",
    ["weight"],
)
M(
    "anar-lounge",
    6,
    "COMPLAINT",
    "en",
    "half the abali cans were dented again, 2 leaked all over the box 😤",
    [],
    "",
    ["emoji"],
)
M(
    "anar-lounge",
    11,
    "ORDER",
    "en",
    "2 cs sour cherry sharbat + 1 cs ahmad no.1 + 3 bags tokhmeh",
    [L("DRK-SHARBAT-ALBALOO", 2), L("TEA-AHMAD-NO1", 1), L("NUT-TOKHMEH", 3)],
    '"no.1" is part of the name.',
    ["number_in_name"],
)
M(
    "anar-lounge",
    9,
    "ORDER",
    "en",
    "can u drop 2 ghoori teapots n 1 box of estekans tonight",
    [L("SAM-TEAPOT", 2), L("SAM-ESTEKAN", 1)],
    "An order phrased as a question.",
    ["non_order_request"],
)
M(
    "anar-lounge",
    7,
    "ORDER",
    "en",
    "2 or 3 boxes of coco briquettes whatever u got",
    [L("CHR-BRIQ", None)],
    "A range gives a null quantity.",
    ["range"],
)

# -------------------------------------------------------------------------------------------- tehran-bazaar (fa)
M(
    "tehran-bazaar",
    5,
    "ORDER",
    "fa",
    "موضوع: سفارش هفتگی - فروشگاه تهران بازار\n\nبا سلام و احترام\nلطفاً اقلام زیر را روز دوشنبه ارسال فرمایید:\n"
    "۱۰ کیسه برنج دم‌سیاه\n۵ کیسه برنج تیلدا ۲۰ کیلویی\n۱۰ قوطی زعفران سرگل یک مثقالی\n۶ جعبه زرشک ۲۵۰ گرمی\n"
    "۴ کارتن خرما مضافتی\n\nبا تشکر\nمهسا رستمی\nفروشگاه تهران بازار\nتلفن: ۰۲۰ ۷۹۴۶ ۰۴۹۵",
    [
        L("RICE-DOMSIAH", 10),
        L("RICE-TILDA-PURE", 5, "20kg"),
        L("SAF-SARGOL", 10, MESG),
        L("DRY-BARBERRY-250", 6),
        L("DATE-MAZAFATI", 4),
    ],
    "Phone number in Persian digits in the signature.",
    ["signature", "persian_digits"],
)
M(
    "tehran-bazaar",
    6,
    "ORDER",
    "fa",
    "۶ بسته ادویه و ۲ بسته گلپر",
    [F(ADVIEH, 6), L("SPC-GOLPAR", 2)],
    "Bare advieh is open between the rice and the stew mix.",
    ["persian_digits"],
)
M(
    "tehran-bazaar",
    8,
    "ORDER",
    "fa",
    "مثل هفته قبل، ولی سوهان قم نفرستید و گز بادامی رو ۱۰ تا کنید",
    [L("SWT-GAZ-ALMOND", 10, op="set")],
    "Reference with a removal and a new quantity.",
    ["persian_digits"],
    ref="last",
    remove=["SWT-SOHAN-QOM"],
)
M(
    "tehran-bazaar",
    7,
    "QUESTION",
    "fa",
    "آیا برنج طارم محلی هم موجود دارید؟ مشتری‌ها سراغش رو می‌گیرن",
    [],
    "Tarom mahali is not stocked (Tarom Hashemi is).",
    ["not_in_catalog"],
)
M(
    "tehran-bazaar",
    9,
    "ORDER",
    "fa",
    "۵ کیسه طارم محلی و ۳ کیسه لوبیا چیتی",
    [N(5, "Tarom mahali rice"), L("PULSE-PINTO", 3)],
    "Tarom mahali is a different rice from the Tarom Hashemi stocked.",
    ["persian_digits"],
)
M(
    "tehran-bazaar",
    10,
    "ORDER",
    "fa",
    "۲۰ مثقال زعفران سرگل لطفاً",
    [L("SAF-SARGOL", 20, MESG)],
    "20 mesghal = 20 tins of 4.6g (one mesghal each).",
    ["unit_word", "persian_digits"],
)
M(
    "tehran-bazaar",
    6,
    "COMPLAINT",
    "fa",
    "در فاکتور ۴۷۲۳۰ کشک خشک ۳ کیسه حساب شده ولی فقط ۲ کیسه رسید",
    [],
    "",
    ["persian_digits"],
)
M(
    "tehran-bazaar",
    9,
    "CHANGE",
    "fa",
    "لطفاً در سفارش دوشنبه، برنج دم‌سیاه را به ۶ کیسه تغییر دهید",
    [],
    "",
    ["persian_digits"],
    change=[L("RICE-DOMSIAH", 6)],
)
M(
    "tehran-bazaar",
    11,
    "ORDER",
    "fa",
    "لطفاً ۳ کیسه کشک خشک و ۲ کارتن ترشی لیته و ۱ سطل ترشی مخلوط ۵ کیلویی هم بفرستید",
    [L("PAN-KASHK-DRY", 3), L("TOR-LITEH", 2), L("TOR-MAKHLOOT-TUB", 1)],
    "",
    ["persian_digits"],
)
M(
    "tehran-bazaar",
    7,
    "ORDER",
    "fa",
    "۶ جعبه گز بادامی و ۴ قوطی سوهان قم",
    [L("SWT-GAZ-ALMOND", 6), L("SWT-SOHAN-QOM", 4)],
    "",
    ["persian_digits"],
)

# --------------------------------------------------------------------------------------- yas-bakery (fa, Finglish)
M(
    "yas-bakery",
    5,
    "ORDER",
    "fa",
    "salam agha Ali, baraye farda: 4 ta pesteh khalali, 3 ta badoom khalali, 1 karton golab 4 litri, 2 kise hel",
    [
        L("NUT-PIST-SLIVERED", 4),
        L("NUT-ALMOND-SLIVERED", 3),
        L("PAN-ROSEWATER", 1, "4 x 4L"),
        L("SPC-CARDAMOM", 2),
    ],
    '"khalali" is slivered; "golab 4 litri" the 4 x 4L case.',
    ["finglish"],
)
M(
    "yas-bakery",
    6,
    "ORDER",
    "fa",
    "3 ta zafaran mikham",
    [F(SAFFRON, 3)],
    "Bare saffron is a family.",
    ["finglish"],
)
M(
    "yas-bakery",
    7,
    "ORDER",
    "fa",
    "2 ta roghan bezar tu sefaresh",
    [F(ROGHAN, 2)],
    "Bare roghan is open between the two ghees and the frying oil.",
    ["finglish"],
)
M(
    "yas-bakery",
    9,
    "ORDER",
    "fa",
    "mesle hafte pish faghat gerdoo nemikham",
    [],
    "Reference to last week minus the walnuts.",
    ["finglish"],
    ref="last",
    remove=["NUT-WALNUT"],
)
M(
    "yas-bakery",
    8,
    "QUESTION",
    "fa",
    "faloodeh shirazi ham darid? baraye tabestoon mikhaym",
    [],
    "Faloodeh is not stocked.",
    ["finglish", "not_in_catalog"],
)
M(
    "yas-bakery",
    10,
    "ORDER",
    "fa",
    "6 ta shishe ardeh",
    [L("PAN-TAHINI", 1)],
    "6 jars = 1 case of 6.",
    ["finglish", "count"],
)
M(
    "yas-bakery",
    11,
    "OTHER",
    "fa",
    "ma az 15 June ta 30 June baste im, safar iran 🇮🇷 sefaresh nadarim",
    [],
    "Closure notice.",
    ["finglish", "emoji"],
)
M(
    "yas-bakery",
    6,
    "ORDER",
    "fa",
    "2 baste gol mohammadi, 1 karton ardeh, 2 ta roghan heyvani",
    [L("SPC-ROSE", 2), L("PAN-TAHINI", 1), L("PAN-GHEE-BUTTER", 2)],
    '"roghan heyvani" names the butter ghee.',
    ["finglish"],
)
M(
    "yas-bakery",
    10,
    "ORDER",
    "fa",
    "3 kilo keshmesh talayi va 2 satl maste 2.5",
    [L("DRY-RAISIN-GOLD", 3), L("DAI-MAST", 2, "2.5kg")],
    "3 kilo of 1kg bags = 3 bags.",
    ["finglish", "weight"],
)

# ------------------------------------------------------------------------------------------ caspian-takeaway (en)
M(
    "caspian-takeaway",
    5,
    "ORDER",
    "en",
    "mo from caspian. 3 golden sella 20kg 15kg koobideh lamb n beef 12kg boneless joojeh 2 cs 6a foils",
    [L("RICE-SELLA-GOLD", 3, "20kg"), L("MEAT-KOOB-LB", 15), L("MEAT-JOOJEH-BL", 12), L("PKG-FOIL", 2, F6A)],
    "List without commas; sizes inside names.",
    ["spoken", "number_in_name"],
)
M(
    "caspian-takeaway",
    6,
    "ORDER",
    "en",
    "2 cs containers pls",
    [F(CONTAINERS, 2)],
    "Containers are open between foil and microwave containers.",
    [],
)
M("caspian-takeaway", 7, "ORDER", "en", "1 case sauce pots", [L("PKG-SAUCEPOT", 1)], "Size not given.", [])
M("caspian-takeaway", 9, "ORDER", "en", "same as last wk", [], "", ref="last")
M(
    "caspian-takeaway",
    8,
    "ORDER",
    "en",
    "2 zamzam cans",
    [F(ZAMZAM, 2)],
    "N = 2 cans is 2 cases; Zamzam is open between cola and orange.",
    ["container"],
)
M(
    "caspian-takeaway",
    6,
    "QUESTION",
    "en",
    "do u do chicken wings? marinated ones?",
    [],
    "",
    ["not_in_catalog"],
)
M(
    "caspian-takeaway",
    10,
    "ORDER",
    "en",
    "4 cs 1000cc tubs no sorry 3",
    [L("PKG-MICRO", 3, "1000cc")],
    "Self-correction.",
    ["self_correction"],
)
M(
    "caspian-takeaway",
    7,
    "COMPLAINT",
    "en",
    "driver left the joojeh outside the back door in the sun for 2 hrs, not happy",
    [],
    "",
)
M(
    "caspian-takeaway",
    11,
    "ORDER",
    "en",
    "2 drums oil + 1 box vest bags",
    [L("PAN-OIL", 2), L("PKG-CARRIER", 1)],
    '"drums" of oil is the 20L frying oil drum.',
    ["unit_word"],
)
M(
    "caspian-takeaway",
    8,
    "ORDER",
    "en",
    "1 box carrier bags 2 boxes gloves 2 sumac 1kg",
    [L("PKG-CARRIER", 1), L("PKG-GLOVES", 2), L("SPC-SUMAC-1K", 2)],
    "",
    ["spoken"],
)
M("caspian-takeaway", 9, "CANCEL", "en", "cancel tmrw order pls shop shut, pipe burst", [], "")
M(
    "caspian-takeaway",
    5,
    "ORDER",
    "en",
    "2 cs zamzam cola n 2 cs abali cans",
    [L("DRK-ZAMZAM", 2), L("DRK-DOOGH-ABALI", 2, ABCAN)],
    "",
    [],
)

# ------------------------------------------------------------------------------------------ persepolis-deli (en)
M(
    "persepolis-deli",
    5,
    "ORDER",
    "en",
    "Hi all,\nOrder for Wednesday 7th please:\n2 x Lighvan tins\n1 x Bulgarian feta 4kg\n2 tubs zeytoon parvardeh\n"
    "1 case seer torshi\n4 tubs mast chekide\n3 cases mast-o-khiar\n6 boxes pistachio gaz 450g\n10 packs regular lavash\n"
    "Thanks,\nShirin Farahani\nPersepolis Deli, 9 Church Road, Barnes SW13 9HE\n07700 900729",
    [
        L("DAI-LIGHVAN", 2),
        L("DAI-BULGAR-FETA", 1),
        L("TOR-OLIVE", 2),
        L("TOR-SEER", 1),
        L("DAI-MAST-CHEKIDE", 4),
        L("DAI-MASTOKHIAR", 3),
        L("SWT-GAZ", 6, "450g Box"),
        L("BRD-LAVASH", 10, REG),
    ],
    "",
    ["signature"],
)
M(
    "persepolis-deli",
    6,
    "ORDER",
    "en",
    "could you add 4 boxes of gaz 450g to tomorrow's order",
    [F(GAZ, 4, cv="450g Box")],
    "Both gaz products come in a 450g box.",
    ["non_order_request"],
)
M(
    "persepolis-deli",
    9,
    "ORDER",
    "en",
    "Our usual order for Wednesday, but double the mast-o-khiar please.",
    [],
    'Reference; "double" gives no line without history.',
    ref="usual",
    double=["DAI-MASTOKHIAR"],
)
M(
    "persepolis-deli",
    7,
    "QUESTION",
    "en",
    "Do you have the 7-year garlic in smaller jars? The 500g is too big for some of our customers.",
    [],
    "",
    ["number_in_name"],
)
M(
    "persepolis-deli",
    8,
    "ORDER",
    "en",
    "8 packs lavash + 2 kg dried mint",
    [L("BRD-LAVASH", 8), L("SPC-HERB-MINT", 4)],
    "Lavash without the kind; 2kg of 500g dried mint = 4 bags.",
    ["weight"],
)
M(
    "persepolis-deli",
    6,
    "COMPLAINT",
    "en",
    "The Bulgarian feta tin was dented and brine leaked over the other boxes. Photos attached.",
    [],
    "",
)
M(
    "persepolis-deli",
    10,
    "OTHER",
    "en",
    "Thanks for the samples of the new torshi, our customers loved the liteh! Shirin",
    [],
    "Thanks.",
)
M(
    "persepolis-deli",
    11,
    "ORDER",
    "en",
    "Please add 2 cases of pickled cucumbers in jars and 1 case of Cortas to Wednesday's order.",
    [L("TOR-KHIAR", 2, "12 x 680g Jar"), L("PAN-POMMOL-300", 1)],
    "",
    [],
)
M(
    "persepolis-deli",
    7,
    "CHANGE",
    "en",
    "Could you change Wednesday's lavash from regular to the tahdig thin ones? Same 10 packs.",
    [],
    "Swap of variant: the regular line goes to 0.",
    ["non_order_request"],
    change=[L("BRD-LAVASH", 0, REG), L("BRD-LAVASH", 10, TAH)],
)

# ---------------------------------------------------------------------------------------- herat-restaurant (prs)
M(
    "herat-restaurant",
    5,
    "ORDER",
    "prs",
    "موضوع: فرمایش هفته وار رستورانت هرات\n\nسلام علیکم،\nلطفاً برای روز دوشنبه این اجناس را بفرستید:\n"
    "- ۵ بوری برنج سیله طلایی ۲۰ کیلویی\n- ۱۲ کیلو ماهیچه گوسفند\n- ۱۰ کیلو کوبیده گوساله\n- ۲۵ بسته نان افغانی\n"
    "- ۲ سطل ماست ۱۰ کیلویی\n\nبا احترام\nوحید نوری\nرستورانت هرات، 77 Green Street, London E7 8JF\n"
    "تیلفون: 020 7946 0497",
    [
        L("RICE-SELLA-GOLD", 5, "20kg"),
        L("MEAT-SHANK", 12),
        L("MEAT-KOOB-BEEF", 10),
        L("BRD-AFGHAN", 25),
        L("DAI-MAST", 2, "10kg"),
    ],
    "",
    ["signature", "persian_digits"],
)
M(
    "herat-restaurant",
    6,
    "ORDER",
    "prs",
    "۳ بوری سیله و ۲ سطل ماست هم روان کنید",
    [F(SELLA, 3), L("DAI-MAST", 2)],
    "Sella is open between golden and white; the yoghurt tub size is not given.",
    ["persian_digits"],
)
M(
    "herat-restaurant",
    8,
    "ORDER",
    "prs",
    "فرمایش هفته گذشته را دوباره بفرستید، علاوه ۲ قطی روغن نباتی",
    [L("PAN-GHEE-VEG", 2)],
    "Reference plus an addition.",
    ["persian_digits"],
    ref="last",
)
M(
    "herat-restaurant",
    7,
    "QUESTION",
    "prs",
    "آیا بولانی منجمد دارید؟",
    [],
    "Bolani is not stocked.",
    ["not_in_catalog"],
)
M(
    "herat-restaurant",
    9,
    "ORDER",
    "prs",
    "۲ خریطه زردچوبه و ۳ خریطه نخود",
    [L("SPC-TURMERIC", 2), L("PULSE-CHICKPEA", 3)],
    '"خریطه" is a bag.',
    ["unit_word", "persian_digits"],
)
M(
    "herat-restaurant",
    10,
    "OTHER",
    "prs",
    "از همکاری شما تشکر، بل ماه می را پرداخت کردیم، مبلغ £2,418.60",
    [],
    "Payment notice.",
)
M(
    "herat-restaurant",
    11,
    "ORDER",
    "prs",
    "یک خریطه ماش و ۲ خریطه کشمش زرد",
    [L("PULSE-MUNG", 1), L("DRY-RAISIN-GOLD", 2)],
    "",
    ["persian_digits"],
)

# ------------------------------------------------------------------------------------------ kandahar-grill (ps)
M(
    "kandahar-grill",
    5,
    "ORDER",
    "ps",
    "salam. 12 kg chenjeh, 6 kg beef barg, 10 kg bone-in joojeh, 4 mahmood 10kg. manana",
    [
        L("MEAT-CHENJEH", 12),
        L("MEAT-BARG-BEEF", 6),
        L("MEAT-JOOJEH-BI", 10),
        L("RICE-MAHMOOD-1121", 4, "10kg"),
    ],
    "Pashto greeting and thanks in Latin letters.",
    ["romanized"],
)
M(
    "kandahar-grill",
    6,
    "ORDER",
    "ps",
    "۶ کیلو برګ",
    [F(BARG, 6)],
    "Barg is open between lamb and beef.",
    ["persian_digits"],
)
M(
    "kandahar-grill",
    7,
    "ORDER",
    "ps",
    "2 packs skewers",
    [L("KIT-SKEWER", 2)],
    "Skewer width not given.",
    ["romanized"],
)
M(
    "kandahar-grill",
    8,
    "ORDER",
    "ps",
    "معمول سفارش د پنجشنبې لپاره، خو سکاره مه راولئ",
    [],
    "Reference to the usual minus the charcoal.",
    ref="usual",
    remove=["CHR-LUMP-10"],
)
M(
    "kandahar-grill",
    9,
    "QUESTION",
    "ps",
    "sta sara kebab box kochnai size shta?",
    [],
    "Asks for a small kebab box (only the large is stocked).",
    ["romanized"],
)
M(
    "kandahar-grill",
    10,
    "ORDER",
    "ps",
    "2 carton doogh loy botal",
    [F(DOOGH, 2, cv=B15)],
    '"loy botal" (big bottle) fits the 1.5L of both doughs.',
    ["romanized"],
)
M(
    "kandahar-grill",
    11,
    "ORDER",
    "ps",
    "1 cs 4oz sauce pots, 1 cs kebab boxes, 6 lumpwood",
    [L("PKG-SAUCEPOT", 1, "4oz"), L("PKG-KEBAB-BOX", 1), L("CHR-LUMP-10", 6)],
    "",
    ["romanized"],
)
M(
    "kandahar-grill",
    7,
    "ORDER",
    "ps",
    "۲ کارټنه کالې دوغ لوی بوتل",
    [L("DRK-DOOGH-KALLEH", 2, B15)],
    "Kalleh doogh, the big (1.5L) bottle.",
    ["persian_digits"],
)
M("kandahar-grill", 9, "OTHER", "ps", "ډېره مننه ورور، نن سهار ډېر ژر راورسېد", [], "Thanks.")

# ----------------------------------------------------------------------------------------- zagros-kitchen (ckb)
M(
    "zagros-kitchen",
    5,
    "ORDER",
    "ckb",
    "بابەت: داواکاری هەفتانە - چێشتخانەی زاگرۆس\n\nسڵاو،\nتکایە ئەمانە بۆ ڕۆژی سێشەممە بنێرن:\n"
    "٤ گۆنی تیلدای ١٠ کیلۆیی\n٨ کیلۆ ماهیچە\n٢ کارتۆن ڕۆبی تەماتەی ٨٠٠ گرامی\n١٠ پاکەت نانی تافتون\n"
    "١ ڕۆڵ سفرەی سوور\n\nسوپاس\nشیلان عەزیز\n020 7946 0499",
    [
        L("RICE-TILDA-PURE", 4, "10kg"),
        L("MEAT-SHANK", 8),
        L("PAN-TOMPASTE", 2, "12 x 800g"),
        L("BRD-TAFTOON", 10),
        L("PKG-SOFREH", 1, "Red"),
    ],
    "",
    ["signature", "persian_digits"],
)
M(
    "zagros-kitchen",
    6,
    "ORDER",
    "ckb",
    "١٠ کیلۆ قیمە",
    [F(MINCE, 10)],
    "Bare mince is open between the two koobideh minces and plain lamb mince.",
    ["persian_digits"],
)
M(
    "zagros-kitchen",
    8,
    "ORDER",
    "ckb",
    "وەک هەفتەی ڕابردوو بەڵام بێ نیسک",
    [],
    "Reference to last week minus the lentils.",
    ref="last",
    remove=["PULSE-LENTIL"],
)
M(
    "zagros-kitchen",
    7,
    "QUESTION",
    "ckb",
    "ئایا سفرەی شینتان هەیە؟ بۆ ئاهەنگێکی نەورۆز",
    [],
    "Blue is no sofreh colour.",
    ["not_in_catalog"],
)
M(
    "zagros-kitchen",
    9,
    "ORDER",
    "ckb",
    "دوو کیسە نیسک سێ کیسە لەپە و یەک کیسە سماقی یەک کیلۆیی",
    [L("PULSE-LENTIL", 2), L("PULSE-LAPEH", 3), L("SPC-SUMAC-1K", 1)],
    "Spoken list with number words.",
    ["spoken"],
)
M("zagros-kitchen", 10, "CANCEL", "ckb", "تکایە داواکاری سێشەممە هەڵبوەشێننەوە، کارەبامان نییە", [], "")
M(
    "zagros-kitchen",
    11,
    "ORDER",
    "ckb",
    "بۆ هەینی ٣ کارتۆن لەو ڕۆبە تەماتە قوتوو گەورانە بنێرن تکایە",
    [L("PAN-TOMPASTE", 3, "6 x 4.5kg")],
    '"the big tins" picks the 4.5kg tins.',
    ["persian_digits"],
)

# ------------------------------------------------------------------------------------------ rumi-tea-house (en)
M(
    "rumi-tea-house",
    5,
    "ORDER",
    "en",
    "hi its Leyla @ Rumi. 3 trays baghlava, 2 tins sohan asali, 1 cs mazafati, 2 cs water pls x",
    [L("SWT-BAGHLAVA", 3), L("SWT-SOHAN", 2), L("DATE-MAZAFATI", 1), L("DRK-WATER", 2)],
    "",
    [],
)
M(
    "rumi-tea-house",
    6,
    "ORDER",
    "en",
    "4 sohan pls",
    [F(SOHAN, 4)],
    "Sohan is open between asali and Qom.",
    [],
)
M(
    "rumi-tea-house",
    8,
    "ORDER",
    "en",
    "usual for fri but 5 baghlava",
    [L("SWT-BAGHLAVA", 5, op="set")],
    "",
    ref="usual",
)
M(
    "rumi-tea-house",
    7,
    "QUESTION",
    "en",
    "do u sell the saffron ice cream? bastani? customers keep asking",
    [],
    "",
    ["not_in_catalog"],
)
M(
    "rumi-tea-house",
    9,
    "ORDER",
    "en",
    "2 sharbat for tmrw",
    [F(SHARBAT, 2)],
    "Sharbat is open between sekanjabin and sour cherry.",
    [],
)
M(
    "rumi-tea-house",
    10,
    "ORDER",
    "en",
    "3 ghoori teapots & 2 boxes of tea glasses",
    [L("SAM-TEAPOT", 3), L("SAM-ESTEKAN", 2)],
    "",
    [],
)
M(
    "rumi-tea-house",
    11,
    "ORDER",
    "en",
    "send 12 cs ahmad earl grey",
    [L("TEA-AHMAD-EG", 12)],
    "Outlier: usual is 1 case, no reason given.",
    outlier=True,
)
M(
    "rumi-tea-house",
    6,
    "ORDER",
    "en",
    "2 cs sekanjabin & 1 cs albaloo, 2 tubs chekide, 4 packs barbari",
    [L("DRK-SEKANJABIN", 2), L("DRK-SHARBAT-ALBALOO", 1), L("DAI-MAST-CHEKIDE", 2), L("BRD-BARBARI", 4)],
    "",
    [],
)

# ------------------------------------------------------------------------------------------ nowruz-kitchen (new)
M(
    "nowruz-kitchen",
    5,
    "ORDER",
    "en",
    "Subject: First order - Nowruz Kitchen (opening 12 June)\n\nHello,\nWe open on Monday 12 June and would like our "
    "first delivery on Saturday 10th. We have applied for a 30-day account (form sent on 2 June) - please put this on "
    "the account once it is approved:\n- 6 sacks Tilda Pure 20kg\n- 30kg koobideh lamb & beef\n- 20kg boneless joojeh\n"
    "- 4 x Negin saffron\n- 2 packs of the wide koobideh skewers\n- 1 x 5L electric samovar\n\nBest,\nArash Tehrani\n"
    "Head Chef, Nowruz Kitchen\n31 Upper Street, London N1 0PN\n07700 900731",
    [
        L("RICE-TILDA-PURE", 6, "20kg"),
        L("MEAT-KOOB-LB", 30),
        L("MEAT-JOOJEH-BL", 20),
        L("SAF-NEGIN", 4),
        L("KIT-SKEWER", 2, WIDE),
        L("SAM-ELECTRIC", 1, "5L"),
    ],
    "First order on a 30-day account not yet approved: review.",
    ["new_customer", "credit", "signature"],
    review="credit",
)
M(
    "nowruz-kitchen",
    7,
    "ORDER",
    "en",
    "Following up - the account isn't approved yet, so we'll pay on delivery for this one: 5 cases Abali doogh cans, "
    "4 cases Zamzam orange and 2 cases of No.9 foil containers. Saturday before 9am please.\nArash",
    [L("DRK-DOOGH-ABALI", 5, ABCAN), L("DRK-ZAMZAM-ORANGE", 4), L("PKG-FOIL", 2, F9)],
    "Paid on delivery: ships as written.",
    ["new_customer", "number_in_name"],
)
M(
    "nowruz-kitchen",
    10,
    "ORDER",
    "en",
    "Can we get the same as our first order again for next Saturday? Arash",
    [],
    "A first-time customer: messages are not history.",
    ["new_customer", "non_order_request"],
    ref="last",
)
M(
    "nowruz-kitchen",
    6,
    "QUESTION",
    "en",
    "I would like to ask whether you can deliver on Sundays, as we will be open 7 days a week.",
    [],
    "",
    ["new_customer", "non_order_request"],
)

# --------------------------------------------------------------------------------------- bamiyan-cafe (new, prs)
M(
    "bamiyan-cafe",
    6,
    "ORDER",
    "prs",
    "سلام، ما یک کافه تازه باز می‌کنیم. برای پنجشنبه: ۲ کارتن چای سبز الکوزی، ۱ سماوار برقی ۱۰ لیتره، ۳ جعبه استکان. "
    "پول را نقد می‌دهیم",
    [L("TEA-ALOKOZAY-GREEN", 2), L("SAM-ELECTRIC", 1, "10L"), L("SAM-ESTEKAN", 3)],
    "First order paid in cash on delivery: ships as written.",
    ["new_customer", "persian_digits"],
)
M(
    "bamiyan-cafe",
    8,
    "ORDER",
    "prs",
    "۲ کارتن خرما هم بفرستید، برای مهمان‌ها",
    [F(DATES, 2)],
    "Dates are a family; a first-time customer has no history.",
    ["new_customer", "persian_digits"],
)
M(
    "bamiyan-cafe",
    7,
    "QUESTION",
    "prs",
    "آیا شیرپیره یا جلبی دارید؟",
    [],
    "Sheerpira and jalebi are not stocked.",
    ["new_customer", "not_in_catalog"],
)
M(
    "bamiyan-cafe",
    9,
    "ORDER",
    "prs",
    "۲ بسته نان لواش نازک برای تهدیگ",
    [L("BRD-LAVASH", 2, TAH)],
    '"نازک برای تهدیگ" (thin, for tahdig) picks the Tahdig Thin variant.',
    ["new_customer", "persian_digits"],
)

# ------------------------------------------------------------------------------------------ more orders
M(
    "shiraz-grill",
    9,
    "ORDER",
    "en",
    "can we get 4kg lamb barg + 8kg shishlik for tonight, big party booked",
    [L("MEAT-BARG-LAMB", 4), L("MEAT-SHISHLIK", 8)],
    "An order phrased as a question.",
    ["non_order_request"],
)
M(
    "darband-kitchen",
    7,
    "ORDER",
    "fa",
    "یک کیسه برنج شکسته تیلدا و دو کیسه نخود",
    [L("RICE-BROKEN", 1), L("PULSE-CHICKPEA", 2)],
    'Number words; "شکسته" (broken) names the broken basmati.',
    [],
)
M(
    "pars-market",
    10,
    "ORDER",
    "en",
    "I would like to order 2 cases of seer torshi and 3 cases of makhloot jars for Thursday please.\nParisa",
    [L("TOR-SEER", 2), L("TOR-MAKHLOOT-JAR", 3)],
    "",
    ["non_order_request"],
)
M(
    "hotel-alborz",
    6,
    "ORDER",
    "en",
    "Please add 6 cases of mast-o-khiar and 2 cases of white napkins to this week's order.\nSam Rahimi, F&B",
    [L("DAI-MASTOKHIAR", 6), L("PKG-NAPKIN", 2, "White")],
    "",
    [],
)
M(
    "hotel-alborz",
    8,
    "ORDER",
    "en",
    "also 4 rose waters for the pastry chef please",
    [L("PAN-ROSEWATER", None)],
    '"4 rose waters": bottles or cases, and which size? Not a whole number of cases as bottles; a human asks.',
    ["pack"],
)
M(
    "anar-lounge",
    8,
    "ORDER",
    "en",
    "1 cs abali cans 1 cs zamzam orange thx",
    [L("DRK-DOOGH-ABALI", 1, ABCAN), L("DRK-ZAMZAM-ORANGE", 1)],
    "",
    [],
)
M(
    "cypress-banqueting",
    11,
    "ORDER",
    "en",
    "Subject: Mehmooni 15 June (180 guests)\n\nHi team,\nPlease deliver Thursday 15 June before 11am:\n"
    "5 x Tilda 20kg\n4 floral sofreh rolls\n6 x 10kg mast\n3kg slivered pistachio\n\nThanks,\nLaleh",
    [
        L("RICE-TILDA-PURE", 5, "20kg"),
        L("PKG-SOFREH", 4, "Floral Print"),
        L("DAI-MAST", 6, "10kg"),
        L("NUT-PIST-SLIVERED", 6),
    ],
    "3kg of 500g slivered pistachio bags = 6 bags; guest count and date are not quantities.",
    ["weight"],
)
M(
    "herat-restaurant",
    7,
    "ORDER",
    "prs",
    "۱۰ کیلو قیمه گوسفند ساده و ۸ کیلو چنجه",
    [L("MEAT-LAMB-MINCE", 10), L("MEAT-CHENJEH", 8)],
    '"قیمه گوسفند ساده" is the plain lamb mince.',
    ["persian_digits"],
)
M(
    "zagros-kitchen",
    7,
    "ORDER",
    "ckb",
    "٢ کارتۆن دۆی ئابەلی قوتوو و ١ کارتۆن زەمزەم کۆلا",
    [L("DRK-DOOGH-ABALI", 2, ABCAN), L("DRK-ZAMZAM", 1)],
    "",
    ["persian_digits"],
)
M(
    "spin-ghar",
    10,
    "ORDER",
    "ps",
    "یو کارټن زمزم نارنج او دوه بوجۍ سپینه سیله",
    [L("DRK-ZAMZAM-ORANGE", 1), L("RICE-SELLA-WHITE", 2)],
    "Number words.",
    [],
)
M(
    "slemani-market",
    9,
    "ORDER",
    "ckb",
    "3 cs khiar shoor jars w 2 cs tomato paste 800g",
    [L("TOR-KHIAR", 3, "12 x 680g Jar"), L("PAN-TOMPASTE", 2, "12 x 800g")],
    "",
    ["romanized"],
)
M(
    "kandahar-grill",
    8,
    "ORDER",
    "ps",
    "4 kg shishlik aw 10 afghani naan packs",
    [L("MEAT-SHISHLIK", 4), L("BRD-AFGHAN", 10)],
    "",
    ["romanized"],
)
