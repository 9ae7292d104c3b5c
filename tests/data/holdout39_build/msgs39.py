# ruff: noqa  (hand-written data generator of blind set 39, kept as its writer left it)
# -*- coding: utf-8 -*-
"""Messages of set 39 and their plain labels, all hand-written.

L(sku, q, variant)      a catalog line (variant only matters for products with variants; omitted = not given)
F(q, [cands], cv)       a bare family word: sku null with candidates (cv = candidate_variant named in the text)
X(q, what)              an item the catalog does not have
M(customer, day, channel, text, intent, lines, notes, tags, ...)
  day: 0 = Mon 2028-05-29 ... 6 = Sun 2028-06-04
  ref = (kind, {"remove": [...], "replace": [...], "double": [...]}) for "the usual" / "same as last week"
  change = change_lines for CHANGE rows; outlier=True; nohist=True where history must not be applied
"""

NOTGIVEN = object()
MSGS = []


def L(sku, q, v=NOTGIVEN):
    return {"sku": sku, "quantity": q, "_v": v}


def F(q, cands, cv=None):
    d = {"sku": None, "quantity": q, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    return d


def X(q, what):
    return {"sku": None, "quantity": q, "_nic": what}


def M(
    c,
    day,
    ch,
    text,
    intent="ORDER",
    lines=(),
    notes="",
    tags=(),
    ref=None,
    change=None,
    outlier=False,
    nohist=False,
    review=None,
    lang=None,
):
    MSGS.append(
        dict(
            customer=c,
            day=day,
            channel=ch,
            text=text,
            intent=intent,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            ref=ref,
            change=change,
            outlier=outlier,
            nohist=nohist,
            review=review,
            lang=lang,
        )
    )


W, S, E = "WHATSAPP", "SMS", "EMAIL"
SALGAM = ["SALGAM-HOT", "SALGAM-MILD"]
DONER = ["DONER-LB", "DONER-CHK", "DONER-BEEF-PREM"]
GHEE = ["GHEE-VEG", "GHEE-BUTTER"]
NAANS = ["NAAN", "NAAN-GARLIC", "NAAN-PESHWARI"]
SEEKH = ["SEEKH-LAMB", "SEEKH-CHK"]
COLA = ["COLA-CAN", "COLA-ZERO-CAN"]
KETCHUP = ["KETCHUP-SACHET", "KETCHUP-BOTTLE"]
WRAPS = ["WRAP", "LAVASH"]
LIVER = ["LAMB-LIVER", "CHK-LIVER"]
CHOPS = ["LAMB-CHOPS", "MUTTON-CHOPS", "MAR-TANDOORI-CHOPS"]
CHARCOAL = ["CHARCOAL-LUMP", "CHARCOAL-BRIQ"]
WINGS = ["CHK-WINGS", "MAR-PERI-WINGS"]
BULGUR = ["BULGUR-COARSE", "BULGUR-FINE"]
DAL = ["DAL-MASOOR", "DAL-CHANA"]
CHICKPEAS = ["CHANA-DRIED", "DAL-CHANA"]
OIL = ["OIL-FRYING", "OIL-SUNFLOWER"]
BASMATI20 = ["RICE-BASMATI", "RICE-SELLA"]
MINCE = ["LAMB-MINCE", "BEEF-MINCE"]

# ---------------------------------------------------------------- anatolia-grill (Turkish, WhatsApp)
M(
    "anatolia-grill",
    0,
    W,
    "Merhaba Qamar, yarın için: 15 kg kemiksiz kuzu kol, 10 kg kuzu şiş, 15 kg tavuk şiş, 4 koli adana, 12 çuval mangal kömürü. Teşekkürler, Mehmet",
    lines=[
        L("LAMB-SHLD-BI", 15),
        L("MAR-LAMB-SHISH", 10),
        L("MAR-CHK-SHISH", 15),
        L("ADANA", 4),
        L("CHARCOAL-LUMP", 12),
    ],
    notes="kuzu kol = lamb shoulder; mangal kömürü = lumpwood charcoal; çuval (sack) = the 12kg bag",
)
M(
    "anatolia-grill",
    1,
    W,
    "Her zamanki sipariş lütfen Salı için, ama kömür 15 çuval olsun ve 2 koli acılı şalgam ekle",
    lines=[L("CHARCOAL-LUMP", 15), L("SALGAM-HOT", 2)],
    ref=("usual", {"replace": ["CHARCOAL-LUMP"]}),
    notes="the usual with charcoal set to 15 and 2 cases of hot şalgam added",
)
M(
    "anatolia-grill",
    2,
    W,
    "3 koli şalgam, 20 paket lavaş, 2 koli ayran",
    lines=[F(3, SALGAM), L("LAVASH", 20), L("AYRAN", 2)],
    notes="şalgam without acılı/acısız is ambiguous; ayran without cups or 1L names no variant",
)
M(
    "anatolia-grill",
    3,
    W,
    "Kuzu pirzolanın kg fiyatı ne kadar oldu? Faturada 14.20 gördüm ama listenizde 13.50 yazıyor.",
    intent="QUESTION",
    notes="price question; numbers are prices",
)
M(
    "anatolia-grill",
    4,
    W,
    "Mehmet bey, dünkü teslimatta tavuk şiş 15 kg yerine 12 kg geldi, 3 kg eksik. Faturayı düzeltir misiniz?",
    intent="COMPLAINT",
    notes="short delivery; quantities are not an order",
)
M(
    "anatolia-grill",
    5,
    W,
    "Salı teslimatına 2 paket sumak ve 1 paket pul biber ekleyebilir misiniz?",
    lines=[L("SP-SUMAC", 2), L("SP-PULBIBER", 1)],
    tags=["non_order_request"],
    notes="an addition to a placed order phrased as a question is ORDER",
)
M(
    "anatolia-grill",
    0,
    W,
    "[sesli mesaj] abi yarına on beş kilo kuzu şiş sekiz kilo pirzola bir de iki koli adana gönder",
    lines=[L("MAR-LAMB-SHISH", 15), L("LAMB-CHOPS", 8), L("ADANA", 2)],
    tags=["spoken", "voice"],
    notes="voice note, number words, no commas; pirzola at a Turkish grill is the lamb loin chop",
)
M(
    "anatolia-grill",
    2,
    W,
    'İletilen mesaj:\n"Abi yarın için 4 koli ayran bardak, 2 koli acılı şalgam, 2 paket pilavlık bulgur. Mehmet"',
    lines=[L("AYRAN", 4, "20 x 250ml Cups"), L("SALGAM-HOT", 2), L("BULGUR-COARSE", 2)],
    tags=["forwarded"],
    notes="forwarded by a staff member; ayran bardak = the 250ml cups",
)
M(
    "anatolia-grill",
    3,
    W,
    "Cuma günkü ek kömür siparişini iptal et abi, başka yerden bulduk",
    intent="CANCEL",
    notes="cancels the extra charcoal order",
)

# ---------------------------------------------------------------- sultan-kebab (English, Turkish owner)
M(
    "sultan-kebab",
    0,
    W,
    "Morning abi, for thursday: 3 x 20kg lamb doner, 2 x 15kg chicken doner, 6 packs large pitta, 4 tubs garlic sauce 5L. cheers Hakan",
    lines=[
        L("DONER-LB", 3, "20kg"),
        L("DONER-CHK", 2, "15kg"),
        L("PITTA", 6, "Large 22cm"),
        L("SAUCE-GARLIC", 4, "5L Tub"),
    ],
    tags=["number_in_name"],
    notes="20kg/15kg/5L are sizes, not quantities",
)
M(
    "sultan-kebab",
    1,
    W,
    "need 2 doner for tmrw urgent, running low",
    lines=[F(2, DONER)],
    notes="bare doner: lamb & beef, chicken or premium beef, and no weight",
)
M(
    "sultan-kebab",
    1,
    W,
    "48 cans of coke and 1 case coke zero pls",
    lines=[L("COLA-CAN", 2), L("COLA-ZERO-CAN", 1)],
    tags=["count", "container"],
    notes="48 cans = 2 cases of 24",
)
M(
    "sultan-kebab",
    2,
    W,
    "2 boxes gloves + 3 packs pitta + 2 red chilli sauce",
    lines=[L("GLOVES", 2), L("PITTA", 3), L("SAUCE-CHILLI", 2, "Red")],
    notes="gloves and pitta without a size",
)
M(
    "sultan-kebab",
    2,
    W,
    "do u do turkey doner? customer asking for it",
    intent="QUESTION",
    tags=["not_in_catalog"],
    notes="turkey doner is not stocked",
)
M("sultan-kebab", 3, W, "Thanks bro all good today, driver was early 👍", intent="OTHER", tags=["emoji"])
M(
    "sultan-kebab",
    4,
    W,
    "send 15 large kebab boxes thursday",
    lines=[L("KEBAB-BOX-L", 15)],
    outlier=True,
    notes="usual is 1 case a week; no reason given",
)
M(
    "sultan-kebab",
    4,
    W,
    "Hakan: 2 box small kebab box 1 large, 2 packs greaseproof, 2 box chicken wings",
    lines=[L("KEBAB-BOX-S", 2), L("KEBAB-BOX-L", 1), L("GREASEPROOF", 2), L("CHK-WINGS", 2)],
    notes="kebab boxes come by the case of 250: 'box' here counts cases",
)
M(
    "sultan-kebab",
    5,
    W,
    "tmrw order abi: make the 15kg chicken doner 3 not 2 pls",
    intent="CHANGE",
    change=[L("DONER-CHK", 3, "15kg")],
    notes="changes a quantity on the placed order",
)

# ---------------------------------------------------------------- bosphorus-doner (Turkish)
M(
    "bosphorus-doner",
    0,
    W,
    "Pazartesi için 2 adet 25 kg et döner, 2 adet 20 kg tavuk döner, 12 paket lavaş lütfen",
    lines=[L("DONER-LB", 2, "25kg"), L("DONER-CHK", 2, "20kg"), L("LAVASH", 12)],
    tags=["number_in_name"],
    notes="et döner = the lamb & beef cone",
)
M(
    "bosphorus-doner",
    1,
    W,
    "Geçen haftaki siparişin aynısı, sadece turşu biber olmasın",
    ref=("last", {"remove": ["PICKLED-CHILLI"]}),
    notes="same as last week without the pickled chillies",
)
M(
    "bosphorus-doner",
    1,
    W,
    "40 kilo tavuk döner lazım bu hafta",
    lines=[L("DONER-CHK", None)],
    nohist=True,
    notes="40kg of chicken doner is 2 x 20kg or 4 x 10kg cones: ambiguous, not a whole number of one cone size",
)
M(
    "bosphorus-doner",
    2,
    W,
    "Dünkü 25'lik et dönerin biri çözülmüş geldi, altından kırmızı su akıyordu. Geri almanızı istiyorum.",
    intent="COMPLAINT",
    notes="25'lik = the 25kg cone; a complaint, not an order",
)
M(
    "bosphorus-doner",
    3,
    W,
    "Yarınki siparişi iptal edin lütfen, dükkan tadilat için 2 gün kapalı",
    intent="CANCEL",
)
M(
    "bosphorus-doner",
    4,
    W,
    "10 tane yeşil acı sos, 4 koli ayran küçük bardak",
    lines=[L("SAUCE-CHILLI", 10, "Green"), L("AYRAN", 4, "20 x 250ml Cups")],
    notes="yeşil = green; küçük bardak = the 250ml cups",
)
M(
    "bosphorus-doner",
    5,
    W,
    "1 döner bıçağı 100mm, 2 koli gazoz, 3 koli küçük kebap kutusu",
    lines=[L("DONER-BLADE", 1), L("GAZOZ", 2), L("KEBAB-BOX-S", 3)],
    tags=["number_in_name"],
    notes="100mm is the blade size",
)
M(
    "bosphorus-doner",
    6,
    W,
    "Selam, 6 tane 1 litrelik sarımsaklı sos, 3 teneke turşu biber, 2 koli küçük kebap kutusu",
    lines=[L("SAUCE-GARLIC", 6, "1L Squeezy"), L("PICKLED-CHILLI", 3), L("KEBAB-BOX-S", 2)],
)

# ---------------------------------------------------------------- lahore-karahi (Roman Urdu)
M(
    "lahore-karahi",
    0,
    W,
    "Assalam o alaikum bhai, kal ke liye 25 kg mutton curry cut, 30 kg chicken curry cut, 6 kg lamb chops aur 10 kg chicken tikka bhej dein. JazakAllah",
    lines=[L("MUTTON-CURRY", 25), L("CHK-CURRY", 30), L("LAMB-CHOPS", 6), L("MAR-CHK-TIKKA", 10)],
)
M(
    "lahore-karahi",
    1,
    W,
    "4 tin ghee aur 2 bori sella chawal bhi",
    lines=[F(4, GHEE), L("RICE-SELLA", 2)],
    notes="ghee without desi/banaspati is ambiguous; bori = sack",
)
M(
    "lahore-karahi",
    2,
    W,
    "bhai usual bhej do Wednesday ko, bas naan 8 packet kar dena",
    lines=[F(8, NAANS)],
    ref=("usual", {"replace": ["NAAN"]}),
    notes="the usual with naan set to 8 packs; bare naan is a family",
)
M(
    "lahore-karahi",
    2,
    W,
    "Bhai kya aap ke paas bakre ka maghaz milta hai? Customer maang rahe hain brain masala ke liye",
    intent="QUESTION",
    tags=["not_in_catalog"],
    notes="goat brain is not stocked",
)
M(
    "lahore-karahi",
    3,
    W,
    "3 kg lamb chops aur 2 dabbe colour bhi daal dena",
    lines=[L("LAMB-CHOPS", 3), L("FOOD-COLOUR", 2)],
    notes="food colour without a colour",
)
M(
    "lahore-karahi",
    4,
    W,
    "Kal jo mutton aya tha usmein haddi bohat zyada thi, 25 kg mein se 6-7 kg sirf haddi. Yeh theek nahi hai bhai",
    intent="COMPLAINT",
)
M(
    "lahore-karahi",
    5,
    W,
    "[voice note] bhai das kilo chicken tikka paanch kilo lamb chops aur teen dabbe seekh kebab lamb wale",
    lines=[L("MAR-CHK-TIKKA", 10), L("LAMB-CHOPS", 5), L("SEEKH-LAMB", 3)],
    tags=["spoken", "voice"],
    notes="Urdu number words: das 10, paanch 5, teen 3; dabbe = boxes",
)
M(
    "lahore-karahi",
    6,
    W,
    "Bhai 2 tin desi ghee, 1 bag garam masala, 4 tub adrak lehsan paste",
    lines=[L("GHEE-BUTTER", 2), L("SP-GARAM", 1), L("GINGER-GARLIC", 4)],
    notes="desi ghee = pure butter ghee",
)

# ---------------------------------------------------------------- karachi-bbq (Roman Urdu, SMS)
M(
    "karachi-bbq",
    0,
    S,
    "Salam. Friday: 20kg chicken curry cut, 8kg tikka chicken, 4 box chicken seekh, 2 box lamb seekh. Shukriya - Asif",
    lines=[L("CHK-CURRY", 20), L("MAR-CHK-TIKKA", 8), L("SEEKH-CHK", 4), L("SEEKH-LAMB", 2)],
)
M(
    "karachi-bbq",
    1,
    S,
    "5 dabba seekh kebab bhejna kal",
    lines=[F(5, SEEKH)],
    notes="seekh kebab without lamb or chicken",
)
M("karachi-bbq", 2, S, "same as last week bhai", ref=("last", {}))
M(
    "karachi-bbq",
    2,
    S,
    "Can I pay cash to driver this week? card machine kharab hai",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    "karachi-bbq",
    3,
    S,
    "3 bottle green chilli sauce, 3 mint sauce, 5 pack mini naan",
    lines=[L("SAUCE-CHILLI", 3, "Green"), L("SAUCE-MINT", 3), L("NAAN", 5, "Mini (pack of 40)")],
)
M(
    "karachi-bbq",
    4,
    S,
    "frying oil 2 drum aur 1 orange colour",
    lines=[L("OIL-FRYING", 2), L("FOOD-COLOUR", 1, "Orange")],
    notes="drum = the 20L frying oil",
)
M(
    "karachi-bbq",
    5,
    S,
    "Bhai Eid ki wajah se hum Saturday aur Sunday band hain, Monday se normal order",
    intent="OTHER",
    notes="closure notice",
)
M(
    "karachi-bbq",
    6,
    S,
    "4 box chicken seekh... nahi 5 box, aur 2 box lamb seekh",
    lines=[L("SEEKH-CHK", 5), L("SEEKH-LAMB", 2)],
    tags=["self_correction"],
)

# ---------------------------------------------------------------- shahi-tandoor (English e-mail)
M(
    "shahi-tandoor",
    0,
    E,
    "Subject: Order PO-7731 - delivery Tue 30 May\n\nDear Qamar team,\n\nPlease deliver the following on Tuesday 30 May before 11am:\n\n1. Lamb leg boneless - 10 kg\n2. Diced lamb - 12 kg\n3. Tandoori lamb chops - 6 kg\n4. Chicken thigh boneless - 4 boxes\n5. Garlic naan - 6 packs\n\nKind regards,\nFarhan Qureshi\nHead Chef, Shahi Tandoor\n58 Stockport Road\nTel: 07700 900448",
    lines=[
        L("LAMB-LEG-BI", 10),
        L("LAMB-DICED", 12),
        L("MAR-TANDOORI-CHOPS", 6),
        L("CHK-THIGH-BL", 4),
        L("NAAN-GARLIC", 6),
    ],
    tags=["signature"],
    notes="PO number, date, time, list numbering, street number and phone are not quantities",
)
M(
    "shahi-tandoor",
    1,
    E,
    "Subject: naan\n\nHi, could you add 8 packs of naan to tomorrow's order? Thanks, Farhan",
    lines=[F(8, NAANS)],
    tags=["non_order_request"],
    notes="bare naan: plain, garlic or peshwari",
)
M(
    "shahi-tandoor",
    2,
    E,
    "Subject: Short delivery INV-20877\n\nThe invoice charges us for 4 boxes of chicken breast but only 3 were delivered on Tuesday. Please credit one box.\n\nFarhan",
    intent="COMPLAINT",
)
M(
    "shahi-tandoor",
    2,
    E,
    "Subject: Dry store top-up\n\nPlease send 3 x 20kg basmati, 2 bags red lentils and 2 tubs of natural yoghurt with the next delivery.\n\nRegards, Farhan",
    lines=[F(3, BASMATI20, "20kg"), L("DAL-MASOOR", 2), L("YOGHURT", 2)],
    tags=["number_in_name"],
    notes="20kg basmati is the 20kg extra long grain bag or the golden sella 20kg sack",
)
M(
    "shahi-tandoor",
    3,
    E,
    "Subject: Halal and allergen certificates\n\nI would like a copy of your current halal certificate and the allergen sheet for the marinated range, for our EHO visit on 6 June.\n\nThanks, Farhan",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    "shahi-tandoor",
    4,
    E,
    "Subject: Standing order\n\nUsual order for Tuesday please, plus 2 bags of turmeric.\n\nFarhan",
    lines=[L("SP-TURMERIC", 2)],
    ref=("usual", {}),
)
M(
    "shahi-tandoor",
    5,
    E,
    "Subject: RE: Delivery confirmation Tue\n\nYes that's fine. Please also add 2 packs peshwari naan.\n\n> On 29 May, Qamar Orders wrote:\n> Your order PO-7731 (10kg lamb leg boneless, 12kg diced lamb, 6kg tandoori chops) is confirmed for Tuesday.",
    lines=[L("NAAN-PESHWARI", 2)],
    tags=["quoted"],
    notes="only the line above the quote is new",
)

# ---------------------------------------------------------------- al-noor-shawarma (Arabic)
M(
    "al-noor-shawarma",
    0,
    W,
    "السلام عليكم، بدي للسبت: ٤ أسياخ شاورما دجاج ١٥ كيلو، ٦ كراتين فخذ دجاج بدون عظم، ٤٠ ربطة خبز عربي. شكراً، خالد",
    lines=[L("DONER-CHK", 4, "15kg"), L("CHK-THIGH-BL", 6), L("KHUBZ", 40)],
    tags=["number_in_name"],
    notes="Eastern Arabic digits; سيخ شاورما = the cone",
)
M(
    "al-noor-shawarma",
    1,
    W,
    "زيدو على طلبية السبت ٣ علب حمص و ٢ طحينة",
    lines=[L("HUMMUS", 3), L("TAHINI", 2)],
    notes="addition to Saturday's order",
)
M(
    "al-noor-shawarma",
    2,
    W,
    "نفس طلبية الأسبوع الماضي بس زيدوا ٢ كيس سماق",
    lines=[L("SP-SUMAC", 2)],
    ref=("last", {}),
)
M(
    "al-noor-shawarma",
    2,
    W,
    "عندكم لحم جمل؟ في زبون عم يسأل",
    intent="QUESTION",
    tags=["not_in_catalog"],
    notes="camel meat is not stocked",
)
M("al-noor-shawarma", 3, W, "الخبز اللي وصل اليوم كان ناشف ومكسر، ١٠ ربطات رميناهم", intent="COMPLAINT")
M(
    "al-noor-shawarma",
    4,
    W,
    "بدي ٣ شاورما لحمة و ٢ شاورما دجاج",
    lines=[F(3, ["DONER-LB", "DONER-BEEF-PREM"]), L("DONER-CHK", 2)],
    notes="meat shawarma cone: lamb & beef or premium beef, no weight; chicken cone without a weight",
)
M(
    "al-noor-shawarma",
    5,
    W,
    "٢ كيس بهارات شاورما و ٣ باكيت ورق تغليف",
    lines=[L("SP-SHAWARMA", 2), L("GREASEPROOF", 3)],
)
M(
    "al-noor-shawarma",
    6,
    W,
    "٦ كرتون فخذ دجاج بدون عظم و ٢ تنكة مخلل فليفلة",
    lines=[L("CHK-THIGH-BL", 6), L("PICKLED-CHILLI", 2)],
)
M(
    "al-noor-shawarma",
    1,
    W,
    "٣ باكيت ورق تغليف و ٢ غالون صوص ثوم ٥ لتر",
    lines=[L("GREASEPROOF", 3), L("SAUCE-GARLIC", 2, "5L Tub")],
)

# ---------------------------------------------------------------- bab-al-yemen (Arabic)
M(
    "bab-al-yemen",
    0,
    W,
    "السلام عليكم. طلبية الخميس: ٢ خروف كامل، ٢٠ كيلو كتف غنم بالعظم، ٣ كراتين دجاج كامل حجم ١٢. جزاكم الله خير",
    lines=[L("LAMB-WHOLE", 2), L("LAMB-SHLD-BONE", 20), L("CHK-WHOLE", 3, "Size 12 (1.2kg)")],
    tags=["number_in_name"],
)
M(
    "bab-al-yemen",
    1,
    W,
    "٤ أكياس رز بسمتي ٢٠ كيلو",
    lines=[F(4, BASMATI20, "20kg")],
    tags=["number_in_name"],
    notes="20kg basmati: the extra long grain 20kg bag or the golden sella 20kg sack",
)
M("bab-al-yemen", 2, W, "الطلبية المعتادة يوم الخميس إن شاء الله", ref=("usual", {}))
M(
    "bab-al-yemen",
    2,
    W,
    "كم سعر الخروف الكامل هالأسبوع؟ وهل تقدرون توصلون الجمعة قبل الظهر؟",
    intent="QUESTION",
)
M(
    "bab-al-yemen",
    3,
    W,
    "ارسلوا ٢٥ خروف كامل يوم الخميس",
    lines=[L("LAMB-WHOLE", 25)],
    outlier=True,
    notes="usual is 2 whole lambs; no reason given",
)
M(
    "bab-al-yemen",
    4,
    W,
    "بطلبية الخميس: بدل ٣ كراتين دجاج حجم ١٢ خلوها ٣ كراتين حجم ١٤",
    intent="CHANGE",
    change=[L("CHK-WHOLE", 0, "Size 12 (1.2kg)"), L("CHK-WHOLE", 3, "Size 14 (1.4kg)")],
    notes="swaps the whole-chicken size on the placed order",
)
M("bab-al-yemen", 5, W, "جزاكم الله خير، وصلت الطلبية كاملة", intent="OTHER")
M(
    "bab-al-yemen",
    6,
    W,
    "١٠ صناديق قصدير رقم ٩ و ٢ علبة سمنة بقري",
    lines=[L("FOIL-CONT", 10, "No.9 Large"), L("GHEE-BUTTER", 2)],
    notes="سمنة بقري = butter ghee",
)
M("bab-al-yemen", 1, W, "٥ كراتين مي", lines=[L("WATER", 5)])

# ---------------------------------------------------------------- baghdad-grill (Arabic/English SMS)
M(
    "baghdad-grill",
    0,
    S,
    "Haider here. Wed pls: 12kg lamb leg bone in, 10kg lamb ribs, 6kg lamb tikka, 6 bags coconut charcoal",
    lines=[L("LAMB-LEG-BONE", 12), L("MAR-LAMB-TIKKA", 6), L("LAMB-RIBS", 10), L("CHARCOAL-BRIQ", 6)],
)
M(
    "baghdad-grill",
    1,
    S,
    "اريد ٣٠ ربطة خبز عربي و ٢ كرتون دجاج size 10",
    lines=[L("KHUBZ", 30), L("CHK-WHOLE", 2, "Size 10 (1.0kg)")],
    notes="mixed Arabic and English; دجاج size 10 = whole chicken size 10",
)
M("baghdad-grill", 2, S, "charcoal 8 bags", lines=[F(8, CHARCOAL)], notes="lumpwood or briquettes")
M("baghdad-grill", 2, S, "cancel today order pls, power cut in shop, freezers off", intent="CANCEL")
M("baghdad-grill", 3, S, "u got lamb heads? for pacha", intent="QUESTION", tags=["not_in_catalog"])
M(
    "baghdad-grill",
    4,
    S,
    "same as last wk but 15 kg ribs",
    lines=[L("LAMB-RIBS", 15)],
    ref=("last", {"replace": ["LAMB-RIBS"]}),
)
M(
    "baghdad-grill",
    5,
    S,
    "5 kg chops and 2kg kidneys",
    lines=[F(5, CHOPS), X(2, "lamb kidneys")],
    notes="chops: lamb loin, mutton or tandoori; kidneys are not stocked",
)
M(
    "baghdad-grill",
    6,
    S,
    "2 bags red lentils, 5 kg lamb tikka, 2 x 10kg basmati",
    lines=[L("DAL-MASOOR", 2), L("MAR-LAMB-TIKKA", 5), L("RICE-BASMATI", 2, "10kg")],
    tags=["number_in_name"],
    notes="only the extra long grain basmati comes in 10kg",
)

# ---------------------------------------------------------------- kabul-nights (English, Afghan)
M(
    "kabul-nights",
    0,
    W,
    "salam brother, friday: 14kg lamb shanks, 6kg lamb chops, 3 packs lamb mince 5kg, 2 sacks sella. thanks Wais",
    lines=[L("LAMB-SHANK", 14), L("LAMB-CHOPS", 6), L("LAMB-MINCE", 3, "5kg Pack"), L("RICE-SELLA", 2)],
)
M(
    "kabul-nights",
    1,
    W,
    "need 10kg lamb mince extra for the weekend",
    lines=[L("LAMB-MINCE", None)],
    nohist=True,
    notes="10kg is 2 x 5kg or 5 x 2kg packs: ambiguous pack size, not a whole number of one pack",
)
M(
    "kabul-nights",
    2,
    W,
    "usual for friday but double the shanks pls, we got a big party saturday",
    ref=("usual", {"double": ["LAMB-SHANK"]}),
    notes="doubling with a reason is not an outlier",
)
M(
    "kabul-nights",
    2,
    W,
    "Do you sell the rice for qabuli palaw? or is the sella best for it",
    intent="QUESTION",
)
M(
    "kabul-nights",
    3,
    W,
    "2 sacks rice and 1 bag chickpeas",
    lines=[L("RICE-SELLA", 2), F(1, CHICKPEAS)],
    tags=["unit_word"],
    notes="only the golden sella comes by the sack; 'chickpeas' is dried chickpeas or chana dal",
)
M(
    "kabul-nights",
    4,
    W,
    "the shanks today were tiny, like 250g each, we sell them as 500g portions. not happy",
    intent="COMPLAINT",
)
M(
    "kabul-nights",
    5,
    W,
    "[voice message] wais here can you send two boxes of yoghurt i mean tubs two tubs yoghurt and four big naan packs",
    lines=[L("YOGHURT", 2), L("NAAN", 4, "Large Tandoori (pack of 10)")],
    tags=["spoken", "voice", "self_correction", "non_order_request"],
    notes="big naan = the large tandoori naan",
)
M(
    "kabul-nights",
    6,
    W,
    "salam, 2 boxes sunflower oil 4x5L and 1 bag whole cumin",
    lines=[L("OIL-SUNFLOWER", 2), L("SP-CUMIN-SEED", 1)],
    tags=["number_in_name"],
    notes="4x5L is the case",
)
M(
    "kabul-nights",
    3,
    W,
    "Thank you brother, the lamb was excellent this week, customers loved it",
    intent="OTHER",
)

# ---------------------------------------------------------------- peri-palace (English SMS)
M(
    "peri-palace",
    0,
    S,
    "Jamal @ Peri Palace. Mon: 20kg peri thighs, 4 box peri wings, 4 box whole chicken size 10, 3 box chicken fillet burgers",
    lines=[
        L("MAR-PERI-THIGH", 20),
        L("MAR-PERI-WINGS", 4),
        L("CHK-WHOLE", 4, "Size 10 (1.0kg)"),
        L("BURGER-CHK", 3),
    ],
)
M("peri-palace", 1, S, "wraps x 6 pls", lines=[F(6, WRAPS)], notes="flour tortilla or lavash")
M(
    "peri-palace",
    1,
    S,
    "2 coke + 3 ketchup",
    lines=[F(2, COLA), F(3, KETCHUP)],
    notes="coke: regular or zero cans; ketchup: sachets or squeezy",
)
M("peri-palace", 2, S, "same as last mon pls", ref=("last", {}))
M("peri-palace", 2, S, "new number for orders from now on is 07700 900452, old phone broke", intent="OTHER")
M(
    "peri-palace",
    3,
    S,
    "3 cans coke zero and 2 packs buns",
    lines=[L("COLA-ZERO-CAN", 3), L("BURGER-BUNS", 2)],
    tags=["container"],
    notes="'3 cans' of a case product with N small is 3 cases",
)
M("peri-palace", 4, S, "wat time is cutoff for next day? 4pm or 5?", intent="QUESTION")
M(
    "peri-palace",
    5,
    S,
    "Jamal: 8 peri sauce, 6 packs 12 inch wraps, 3 drums oil, 2 box ketchup sachets",
    lines=[
        L("SAUCE-PERI", 8),
        L("WRAP", 6, "12 inch (pack of 12)"),
        L("OIL-FRYING", 3),
        L("KETCHUP-SACHET", 2),
    ],
    notes="drums of oil = the 20L frying oil",
)
M(
    "peri-palace",
    6,
    S,
    "10 bags halloumi fries and 4 box peri wings",
    lines=[X(10, "halloumi fries"), L("MAR-PERI-WINGS", 4)],
    notes="halloumi fries are not stocked",
)

# ---------------------------------------------------------------- crescent-butchers (English e-mail)
M(
    "crescent-butchers",
    0,
    E,
    "Subject: Order for Tuesday 30/05 - PO 4471\n\nHi team,\n\nPlease can we have:\n- 4 whole lambs\n- 20kg lamb leg bone-in\n- 30kg mutton curry cut\n- 25kg goat curry cut\n- 25kg beef mince\n\nDelivery to the back door, 112 Belgrave Road. Any problems call me on 07700 900442.\n\nYusuf Patel\nCrescent Halal Butchers",
    lines=[
        L("LAMB-WHOLE", 4),
        L("LAMB-LEG-BONE", 20),
        L("MUTTON-CURRY", 30),
        L("GOAT-CURRY", 25),
        L("BEEF-MINCE", 25),
    ],
    tags=["signature"],
)
M(
    "crescent-butchers",
    1,
    E,
    "Subject: Add to Tuesday\n\nPlease add 6kg liver and 8kg paya to Tuesday.\n\nYusuf",
    lines=[F(6, LIVER), L("LAMB-PAYA", 8)],
    notes="liver: lamb liver by the kg or chicken livers in 1kg tubs (6 either way)",
)
M(
    "crescent-butchers",
    2,
    E,
    "Subject: chickens\n\n5 boxes whole chickens for Friday please.\n\nYusuf",
    lines=[L("CHK-WHOLE", 5)],
    notes="whole chickens without a size",
)
M(
    "crescent-butchers",
    3,
    E,
    "Subject: Re: this week\n\nUsual order please but no nalli bones this week and 20kg beef mince instead of 25.\n\nYusuf",
    lines=[L("BEEF-MINCE", 20)],
    ref=("usual", {"remove": ["BEEF-NALLI"], "replace": ["BEEF-MINCE"]}),
)
M(
    "crescent-butchers",
    3,
    E,
    "Subject: Lamb weights\n\nTwo of the four lambs on Tuesday weighed 16.4kg and 16.9kg, below your 18-22kg spec. Please adjust invoice INV-33105.\n\nYusuf",
    intent="COMPLAINT",
)
M(
    "crescent-butchers",
    4,
    E,
    "Subject: Price for 20 lambs\n\nCan I get a price for 20 whole lambs delivered the week of 12 June? Not ordering yet, need to check with my brother.\n\nYusuf",
    intent="QUESTION",
    tags=["non_order_request"],
    notes="a quote request, not an order",
)
M(
    "crescent-butchers",
    4,
    E,
    "Subject: PO 4471\n\nPlease change the goat curry cut on PO 4471 from 25kg to 15kg, sorry, trade is slow this week.",
    intent="CHANGE",
    change=[L("GOAT-CURRY", 15)],
)
M(
    "crescent-butchers",
    5,
    E,
    "Subject: Top up Friday\n\nHi, 15kg diced beef, 6 boxes chicken breast, 5kg lamb liver for Friday please.\n\nYusuf",
    lines=[L("BEEF-DICED", 15), L("CHK-BREAST", 6), L("LAMB-LIVER", 5)],
)
M(
    "crescent-butchers",
    6,
    E,
    "Subject: Nalli & paya\n\n10kg nalli and 8kg paya for Tuesday please.\n\nYusuf",
    lines=[L("BEEF-NALLI", 10), L("LAMB-PAYA", 8)],
)

# ---------------------------------------------------------------- madina-meat (Urdu script and Roman Urdu)
M(
    "madina-meat",
    0,
    W,
    "السلام علیکم۔ ہفتے کے لیے: ۲۰ کلو مٹن کری کٹ، ۱۵ کلو بکرا کری کٹ، ۴۰ کلو چکن کری کٹ۔ شکریہ، بشیر",
    lines=[L("MUTTON-CURRY", 20), L("GOAT-CURRY", 15), L("CHK-CURRY", 40)],
    notes="Urdu script with Urdu digits",
)
M(
    "madina-meat",
    1,
    W,
    "قیمہ ۱۰ کلو بھی بھیج دیں",
    lines=[F(None, MINCE)],
    nohist=True,
    notes="keema: lamb mince (2kg or 5kg packs) or beef mince by the kg; 10kg reads differently per candidate, so quantities not stated as units",
)
M(
    "madina-meat",
    2,
    W,
    "Bhai jaan hamesha wala order Saturday ko, aur 2 tub chicken kaleji extra",
    lines=[L("CHK-LIVER", 2)],
    ref=("usual", {}),
    notes="hamesha wala = the usual; chicken kaleji = chicken livers",
)
M(
    "madina-meat",
    3,
    W,
    "پچھلی دفعہ اوجڑی صاف نہیں تھی، ساری واپس کرنی پڑی",
    intent="COMPLAINT",
    notes="ojri = tripe",
)
M(
    "madina-meat",
    3,
    W,
    "15 kg beef curry cut, 6 kg paya, 5 kg ojri, 6 kg nalli",
    lines=[L("BEEF-CURRY", 15), L("LAMB-PAYA", 6), L("BEEF-TRIPE", 5), L("BEEF-NALLI", 6)],
)
M("madina-meat", 4, W, "Bhai Eid ul Adha ke liye bakre ki booking kab se shuru hai?", intent="QUESTION")
M("madina-meat", 5, W, "lamb keema 2kg wale 6 packet", lines=[L("LAMB-MINCE", 6, "2kg Pack")])
M(
    "madina-meat",
    6,
    W,
    "Bashir bhai: 10 kg beef keema, 4 packet lamb keema 2kg",
    lines=[L("BEEF-MINCE", 10), L("LAMB-MINCE", 4, "2kg Pack")],
)
M(
    "madina-meat",
    4,
    W,
    "Bhai aaj ka order cancel kar dein, dukaan band hai janaze ki wajah se",
    intent="CANCEL",
)

# ---------------------------------------------------------------- uni-halal-kitchen (formal e-mail)
M(
    "uni-halal-kitchen",
    0,
    E,
    "Subject: Purchase Order NUC-PO-58210\n\nGood morning,\n\nPlease find our order for delivery on Wednesday 31 May (Loading Bay 3, between 7 and 9am):\n\n8 x Chicken Breast Fillets (5kg box)\n6 x Chicken Thigh Boneless (5kg box)\n20 kg Beef Mince\n10 kg Diced Lamb\n\nPlease quote the PO number on the invoice.\n\nKind regards,\nSarah Okafor\nCatering Manager, Northgate University Catering\nT: 020 7946 0438",
    lines=[L("CHK-BREAST", 8), L("CHK-THIGH-BL", 6), L("BEEF-MINCE", 20), L("LAMB-DICED", 10)],
    tags=["signature"],
)
M(
    "uni-halal-kitchen",
    1,
    E,
    "Subject: PO NUC-PO-58244 addition\n\nCould you add 3 boxes of beef burgers and 8 packs of wraps to PO NUC-PO-58244?\n\nThanks, Sarah",
    lines=[L("BURGER-BEEF", 3), F(8, WRAPS)],
    tags=["non_order_request"],
    notes="burgers without 4oz/6oz; wraps: tortilla or lavash",
)
M(
    "uni-halal-kitchen",
    1,
    E,
    "Subject: Gloves & napkins\n\n600 medium vinyl gloves and 4000 napkins please, same delivery.\n\nSarah",
    lines=[L("GLOVES", 6, "Medium"), L("NAPKINS", 2)],
    tags=["count"],
    notes="600 gloves = 6 boxes of 100; 4000 napkins = 2 cases of 2000",
)
M(
    "uni-halal-kitchen",
    2,
    E,
    "Subject: Freshers week menu\n\nI would like to know whether you can supply halal-certified turkey breast for a freshers week menu (about 900 students). Please advise.\n\nSarah Okafor",
    intent="QUESTION",
    tags=["non_order_request", "not_in_catalog"],
)
M(
    "uni-halal-kitchen",
    3,
    E,
    "Subject: Automatic reply: Order query\n\nThank you for your email. I am out of the office until Monday 5 June with limited access to email. For urgent catering matters please contact the Catering Office on 020 7946 0439.",
    intent="OTHER",
    notes="auto-reply",
)
M(
    "uni-halal-kitchen",
    3,
    E,
    "Subject: Standing order w/c 5 June\n\nPlease deliver our standard weekly order as usual next Monday. PO NUC-PO-58301.\n\nSarah",
    ref=("usual", {}),
)
M(
    "uni-halal-kitchen",
    4,
    E,
    "Subject: Rice\n\n4 x 10kg bags of basmati for Thursday please - PO NUC-PO-58330.",
    lines=[L("RICE-BASMATI", 4, "10kg")],
    tags=["number_in_name"],
)
M(
    "uni-halal-kitchen",
    5,
    E,
    "Subject: FW: Kitchen request\n\n---------- Forwarded message ---------\nFrom: Head Cook\nTo: Sarah Okafor\n\nSarah, we'll need 4 boxes of medium gloves and 6 bottles of garlic sauce (1L) for Wednesday, can you order?\n\n----\nPlease process for Wednesday, PO NUC-PO-58262.",
    lines=[L("GLOVES", 4, "Medium"), L("SAUCE-GARLIC", 6, "1L Squeezy")],
    tags=["forwarded"],
)
M(
    "uni-halal-kitchen",
    6,
    E,
    "Subject: PO NUC-PO-58277\n\n2 cases of white napkins and 3 boxes of 4oz beef burgers for Friday 2 June.",
    lines=[L("NAPKINS", 2), L("BURGER-BEEF", 3, "4oz (box of 48)")],
)

# ---------------------------------------------------------------- flame-skewer (English WhatsApp)
M(
    "flame-skewer",
    0,
    W,
    "yo, thurs pls: 4 box 6oz burgers, 4 packs buns, 6kg ribeye, 10kg chicken shish, 3 box chicken wings",
    lines=[
        L("BURGER-BEEF", 4, "6oz (box of 32)"),
        L("BURGER-BUNS", 4),
        L("BEEF-RIBEYE", 6),
        L("MAR-CHK-SHISH", 10),
        L("CHK-WINGS", 3),
    ],
)
M(
    "flame-skewer",
    1,
    W,
    "[voice note] alright mate can I get six boxes of burgers the six ounce ones a tub of mayo and two garlic sauce tubs cheers",
    lines=[L("BURGER-BEEF", 6, "6oz (box of 32)"), L("MAYO", 1), L("SAUCE-GARLIC", 2, "5L Tub")],
    tags=["spoken", "voice", "non_order_request"],
    notes="'a tub' starts an item",
)
M("flame-skewer", 2, W, "wings x4 and 8 bags charcoal", lines=[F(4, WINGS), F(8, CHARCOAL)])
M("flame-skewer", 2, W, "same as last thurs but add sucuk 6", lines=[L("SUCUK", 6)], ref=("last", {}))
M("flame-skewer", 3, W, "u guys do brioche buns?", intent="QUESTION", tags=["not_in_catalog"])
M("flame-skewer", 3, W, "ribeye yesterday was all gristle mate, 2 steaks binned. sort it", intent="COMPLAINT")
M(
    "flame-skewer",
    4,
    W,
    "if u got wagyu burgers send 2 box, if not leave it",
    lines=[X(2, "wagyu burgers")],
    nohist=True,
    tags=["conditional"],
    notes="conditional order on an item that is not stocked",
)
M(
    "flame-skewer",
    5,
    W,
    "6 ketchup squeezy, 2 frying oil, 5 sucuk",
    lines=[L("KETCHUP-BOTTLE", 6), L("OIL-FRYING", 2), L("SUCUK", 5)],
)
M(
    "flame-skewer",
    6,
    W,
    "move thurs order to fri pls, chef off",
    intent="CHANGE",
    change=[],
    notes="moved day",
)

# ---------------------------------------------------------------- damascus-rose (Arabic e-mail)
M(
    "damascus-rose",
    0,
    E,
    "الموضوع: طلبية يوم الجمعة\n\nمرحباً،\nنرجو تجهيز الطلبية التالية ليوم الجمعة ٢ حزيران:\n- ١٢ كغ فخذ غنم بدون عظم\n- ١٢ كغ شيش طاووق متبل\n- ٥٠ ربطة خبز عربي\n- ٨ علب حمص\n\nمع الشكر،\nرامي حداد\nمطعم وردة دمشق\nهاتف: 020 7946 0446",
    lines=[L("LAMB-LEG-BI", 12), L("MAR-CHK-SHISH", 12), L("KHUBZ", 50), L("HUMMUS", 8)],
    tags=["signature"],
    notes="the date and phone are not quantities",
)
M(
    "damascus-rose",
    1,
    E,
    "الموضوع: إضافة\n\nيرجى إضافة ٣ أكياس برغل و ٢ كرتونة زيت دوار الشمس لطلبية الجمعة.\nرامي",
    lines=[F(3, BULGUR), L("OIL-SUNFLOWER", 2)],
    notes="bulgur without coarse/fine",
)
M(
    "damascus-rose",
    2,
    E,
    "الموضوع: الطلبية الأسبوعية\n\nنفس الطلبية المعتادة لو سمحتم، بس الخبز ٤٠ ربطة.\nرامي",
    lines=[L("KHUBZ", 40)],
    ref=("usual", {"replace": ["KHUBZ"]}),
)
M(
    "damascus-rose",
    2,
    E,
    "الموضوع: دبس رمان\n\nهل يتوفر لديكم دبس الرمان بعبوات كبيرة؟ وما السعر؟",
    intent="QUESTION",
    tags=["not_in_catalog"],
)
M(
    "damascus-rose",
    3,
    E,
    "الموضوع: التوصيل\n\nابتداءً من الأسبوع القادم نرجو التسليم من الباب الخلفي في الشارع الجانبي، الباب الأمامي مغلق للصيانة.",
    intent="OTHER",
    notes="delivery instruction",
)
M(
    "damascus-rose",
    4,
    E,
    "الموضوع: شاورما\n\n٣ أسياخ شاورما دجاج لو سمحتم مع طلبية الجمعة.",
    lines=[L("DONER-CHK", 3)],
    notes="chicken cone without a weight",
)
M(
    "damascus-rose",
    5,
    E,
    "الموضوع: إلغاء\n\nنرجو إلغاء طلبية الجمعة، المطعم مغلق لمناسبة عائلية.",
    intent="CANCEL",
)
M(
    "damascus-rose",
    6,
    E,
    "الموضوع: إضافة بهارات\n\n٢ كيس بهارات شاورما و ٢ كيس سماق و ٤ برطمان طحينة",
    lines=[L("SP-SHAWARMA", 2), L("SP-SUMAC", 2), L("TAHINI", 4)],
)

# ---------------------------------------------------------------- efes-meze (Turkish e-mail)
M(
    "efes-meze",
    0,
    E,
    "Konu: Çarşamba siparişi\n\nMerhaba,\nÇarşamba için:\n- 6 kg kuzu pirzola fransız kesim\n- 8 kg kuzu kuşbaşı\n- 12 kg tavuk şiş\n- 3 koli Adana\n\nSaygılarımla,\nAyşe Demir\nEfes Meze Restaurant",
    lines=[L("LAMB-CUTLETS", 6), L("LAMB-DICED", 8), L("MAR-CHK-SHISH", 12), L("ADANA", 3)],
    tags=["signature"],
    notes="fransız kesim = French trimmed cutlets",
)
M(
    "efes-meze",
    1,
    E,
    "Konu: ek\n\n2 koli şalgam ve 3 paket pide ekler misiniz?\nAyşe",
    lines=[F(2, SALGAM), L("PIDE", 3)],
    tags=["non_order_request"],
)
M(
    "efes-meze",
    2,
    E,
    "Konu: Haftalık\n\nHer zamanki gibi lütfen, ama sucuk bu hafta olmasın.\nAyşe",
    ref=("usual", {"remove": ["SUCUK"]}),
)
M(
    "efes-meze",
    3,
    E,
    "Konu: Kasap köfte\n\nDünkü kasap köfte kolisinin son kullanma tarihine 2 gün kalmıştı. Lütfen daha taze gönderin.",
    intent="COMPLAINT",
)
M(
    "efes-meze",
    3,
    E,
    "Konu: Kuzu ciğer\n\nKuzu ciğeriniz taze mi donuk mu? Kilosu kaç para?",
    intent="QUESTION",
)
M(
    "efes-meze",
    4,
    E,
    "Konu: kuru gıda\n\n3 paket baldo pirinç, 2 paket pilavlık bulgur, 1 paket pul biber lütfen.",
    lines=[L("RICE-BALDO", 3), L("BULGUR-COARSE", 2), L("SP-PULBIBER", 1)],
)
M(
    "efes-meze",
    5,
    E,
    "Konu: Perşembe\n\n2 koli kasap köfte, 4 adet sucuk, 6 kova cacık",
    lines=[L("KASAP-KOFTE", 2), L("SUCUK", 4), L("CACIK", 6)],
)
M(
    "efes-meze",
    6,
    E,
    "Konu: İçecek\n\n3 koli acısız şalgam ve 5 paket pilavlık bulgur gönderir misiniz?",
    lines=[L("SALGAM-MILD", 3), L("BULGUR-COARSE", 5)],
    tags=["non_order_request"],
)

# ---------------------------------------------------------------- golden-wings (English SMS)
M(
    "golden-wings",
    0,
    S,
    "Tariq GW: 6 box wings 3 joint, 5 box drumsticks, 4 box fillet burgers, 4 oil",
    lines=[L("CHK-WINGS", 6), L("CHK-DRUM", 5), L("BURGER-CHK", 4), F(4, OIL)],
    notes="oil: frying oil drum or sunflower case",
)
M(
    "golden-wings",
    1,
    S,
    "can i get 2 box breast 3 box drums and a box of ketchup sachets",
    lines=[L("CHK-BREAST", 2), L("CHK-DRUM", 3), L("KETCHUP-SACHET", 1)],
    tags=["spoken", "non_order_request"],
)
M("golden-wings", 2, S, "usual sat + 2 cs mango nectar", lines=[L("MANGO-CAN", 2)], ref=("usual", {}))
M("golden-wings", 2, S, "oil drum leaking in van, floor all greasy. 1 drum short too", intent="COMPLAINT")
M(
    "golden-wings",
    3,
    S,
    "30 box drumsticks sat",
    lines=[L("CHK-DRUM", 30)],
    outlier=True,
    notes="usual is 5; no reason given",
)
M("golden-wings", 3, S, "sorry meant 3 not 30 drumsticks", intent="CHANGE", change=[L("CHK-DRUM", 3)])
M("golden-wings", 4, S, "u open bank hol monday?", intent="QUESTION")
M(
    "golden-wings",
    5,
    S,
    "tariq: 2 cs coca cola cans, 2 box small kebab boxes, 1 tub mayo",
    lines=[L("COLA-CAN", 2), L("KEBAB-BOX-S", 2), L("MAYO", 1)],
)
M("golden-wings", 6, S, "ignore last msg wrong chat lol", intent="OTHER")

# ---------------------------------------------------------------- saffron-court (hotel e-mail)
M(
    "saffron-court",
    0,
    E,
    "Subject: Order - Saffron Court - Mon 29 May\n\nHello,\n\nPlease send 5kg lamb cutlets (French trimmed), 8kg ribeye and 5 boxes chicken breast fillets for Monday.\n\nMany thanks,\nMarco Bellini\nExecutive Chef, Saffron Court Hotel\n+44 20 7946 0449",
    lines=[L("LAMB-CUTLETS", 5), L("BEEF-RIBEYE", 8), L("CHK-BREAST", 5)],
    tags=["signature"],
)
M(
    "saffron-court",
    1,
    E,
    "Subject: Wedding 3 June - 220 guests\n\nFor the Khan wedding on Saturday we need in addition: 30kg lamb shanks, 4 premium beef doner cones and 6 x 5kg basmati.\n\nMarco",
    lines=[L("LAMB-SHANK", 30), L("DONER-BEEF-PREM", 4), L("RICE-BASMATI", 6, "5kg")],
    notes="a larger order with a reason (wedding) is not an outlier; 220 guests is not a quantity",
)
M(
    "saffron-court",
    2,
    E,
    "Subject: Halal certification\n\nCould you confirm which certification body covers your lamb and chicken? Our guests ask.\n\nMarco",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    "saffron-court",
    3,
    E,
    "Subject: Weekly order\n\nOur standard order for Monday please.\n\nChef Marco",
    ref=("usual", {}),
)
M(
    "saffron-court",
    4,
    E,
    "Subject: Water & yoghurt\n\n24 bottles of still water and 2 tubs yoghurt please.",
    lines=[L("WATER", 1), L("YOGHURT", 2)],
    tags=["count"],
    notes="24 bottles = 1 case of 24",
)
M(
    "saffron-court",
    5,
    E,
    "Subject: Invoice paid\n\nPayment for INV-33190 (£1,284.60) was made by BACS today.\n\nAccounts, Saffron Court Hotel",
    intent="OTHER",
    notes="payment notice",
)
M(
    "saffron-court",
    6,
    E,
    "Subject: Mon delivery additions\n\n10kg lamb shanks and 1 case 4x5L sunflower oil, please.\n\nMarco",
    lines=[L("LAMB-SHANK", 10), L("OIL-SUNFLOWER", 1)],
)

# ---------------------------------------------------------------- dera-dhaba (Roman Urdu SMS)
M(
    "dera-dhaba",
    0,
    S,
    "Naveed Dera: Jumeraat ko 25 kg chicken curry cut, 8 kg mutton chops, 10 kg goat curry cut, 10 packet paratha",
    lines=[L("CHK-CURRY", 25), L("MUTTON-CHOPS", 8), L("GOAT-CURRY", 10), L("PARATHA", 10)],
)
M(
    "dera-dhaba",
    1,
    S,
    "2 bag dal aur 1 dabba achar",
    lines=[F(2, DAL), L("ACHAR", 1)],
    notes="dal: masoor or chana",
)
M("dera-dhaba", 2, S, "pichle hafte wala order hi bhej do", ref=("last", {}))
M("dera-dhaba", 2, S, "lal mirch 2 bag", lines=[L("SP-CHILLI", 2)], notes="chilli powder without a bag size")
M(
    "dera-dhaba",
    3,
    S,
    "[voice note] naveed bol raha hoon char packet naan aur do tin ghee",
    lines=[F(4, NAANS), F(2, GHEE)],
    tags=["spoken", "voice"],
    notes="char 4, do 2",
)
M("dera-dhaba", 4, S, "Bhai credit 30 din ka ho sakta hai? ab cash mushkil hai", intent="QUESTION")
M(
    "dera-dhaba",
    4,
    S,
    "Bhai 20 kg chicken curry cut bhej do, payment agle hafte karunga udhaar pe",
    lines=[L("CHK-CURRY", 20)],
    nohist=True,
    review=True,
    tags=["credit"],
    notes="order on credit: review",
)
M(
    "dera-dhaba",
    5,
    S,
    "Naveed: 2 bag masoor daal, 1 bag chana daal, 2 cs mango",
    lines=[L("DAL-MASOOR", 2), L("DAL-CHANA", 1), L("MANGO-CAN", 2)],
)
M("dera-dhaba", 6, S, "6 packet paratha aur 2 tin banaspati ghee", lines=[L("PARATHA", 6), L("GHEE-VEG", 2)])

# ---------------------------------------------------------------- mehfil-events (caterer, no usual)
M(
    "mehfil-events",
    0,
    E,
    "Subject: Mehndi 3 June - 350 guests\n\nAssalam o alaikum,\n\nFor the mehndi on 3 June please deliver on 2 June:\n- 60kg mutton curry cut\n- 80kg chicken curry cut\n- 6 sacks golden sella\n- 10 tins pure butter ghee\n- 4 tubs orange food colour\n\nShabana Mirza\nMehfil Caterers\n07700 900450",
    lines=[
        L("MUTTON-CURRY", 60),
        L("CHK-CURRY", 80),
        L("RICE-SELLA", 6),
        L("GHEE-BUTTER", 10),
        L("FOOD-COLOUR", 4, "Orange"),
    ],
    tags=["signature"],
)
M(
    "mehfil-events",
    1,
    E,
    "Subject: Walima 10 June\n\nSame as our usual event order please, for 250.\n\nShabana",
    ref=("usual", {}),
    tags=["ambiguous_reference"],
    notes="the caterer has no usual basket",
)
M(
    "mehfil-events",
    2,
    E,
    "Subject: Biryani for 500\n\nHow much sella would you suggest for 500 guests, and can you deliver on a Sunday?\n\nShabana",
    intent="QUESTION",
)
M(
    "mehfil-events",
    3,
    E,
    "Subject: Naan\n\n400 mini naans and 200 garlic naan please for Saturday.\n\nShabana",
    lines=[L("NAAN", 10, "Mini (pack of 40)"), L("NAAN-GARLIC", 10)],
    tags=["count"],
    notes="400 mini = 10 packs of 40; 200 garlic = 10 packs of 20",
)
M(
    "mehfil-events",
    4,
    E,
    "Subject: repeat\n\nCan you repeat the order from our last event but with 100kg chicken curry cut instead?\n\nShabana",
    lines=[L("CHK-CURRY", 100)],
    ref=("last", {"replace": ["CHK-CURRY"]}),
    tags=["non_order_request"],
)
M(
    "mehfil-events",
    5,
    E,
    "Subject: drinks for mehndi\n\n200 cans mango nectar please",
    lines=[L("MANGO-CAN", None)],
    nohist=True,
    tags=["count"],
    notes="200 cans is not a whole number of cases of 24",
)

# ---------------------------------------------------------------- kervan-kebab (new, Turkish)
M(
    "kervan-kebab",
    0,
    W,
    "Merhaba, ben Emre, Kervan Kebap (Croydon), yeni açılıyoruz. İlk siparişimiz: 2 adet 15 kg et döner, 1 adet 15 kg tavuk döner, 10 paket lavaş, 4 tane 5 litrelik sarımsaklı sos. Ödemeyi kapıda nakit yapacağız.",
    lines=[
        L("DONER-LB", 2, "15kg"),
        L("DONER-CHK", 1, "15kg"),
        L("LAVASH", 10),
        L("SAUCE-GARLIC", 4, "5L Tub"),
    ],
    tags=["new_customer"],
    notes="first order, paid on delivery: ships as written",
)
M(
    "kervan-kebab",
    2,
    W,
    "İlk siparişin aynısından bir tane daha lütfen",
    ref=("last", {}),
    tags=["new_customer", "ambiguous_reference"],
    notes="messages are not history: the first order message is not an order in the history",
)
M(
    "kervan-kebab",
    3,
    W,
    "Hesap açabilir miyiz? 30 gün vadeli çalışıyor musunuz?",
    intent="QUESTION",
    tags=["new_customer"],
)
M(
    "kervan-kebab",
    4,
    W,
    "Hesap açılınca 2 koli 1 litrelik ayran ve 3 paket pide gönderin, 30 gün vadeli",
    lines=[L("AYRAN", 2, "12 x 1L Bottles"), L("PIDE", 3)],
    nohist=True,
    review=True,
    tags=["new_customer", "credit"],
    notes="order on a 30-day account not yet opened: review",
)
M(
    "kervan-kebab",
    5,
    W,
    "2 koli acılı şalgam, 1 paket pul biber, 12 şişe 1 litre ayran, 10 paket lavaş daha lütfen, kapıda ödeme",
    lines=[L("SALGAM-HOT", 2), L("SP-PULBIBER", 1), L("AYRAN", 1, "12 x 1L Bottles"), L("LAVASH", 10)],
    tags=["new_customer", "count"],
    notes="12 bottles of 1L ayran = 1 case of 12",
)

# ---------------------------------------------------------------- zaatar-corner (new, Arabic)
M(
    "zaatar-corner",
    0,
    W,
    "مرحبا، نحن محل جديد اسمه زعتر كورنر. بدنا أول طلبية: ٢ سيخ شاورما دجاج ١٠ كيلو، ٢٠ ربطة خبز عربي، ٢ علبة صوص ثوم ٥ لتر. الدفع كاش عند الاستلام",
    lines=[L("DONER-CHK", 2, "10kg"), L("KHUBZ", 20), L("SAUCE-GARLIC", 2, "5L Tub")],
    tags=["new_customer"],
    notes="first order, cash on delivery",
)
M(
    "zaatar-corner",
    2,
    W,
    "عندكم زعتر ومناقيش جاهزة؟",
    intent="QUESTION",
    tags=["new_customer", "not_in_catalog"],
)
M(
    "zaatar-corner",
    3,
    W,
    "بدي احجز طاولة لـ٦ اشخاص الساعة ٨ الليلة",
    intent="OTHER",
    tags=["non_order_request"],
    notes="a table booking sent to the wrong number",
)
M(
    "zaatar-corner",
    5,
    W,
    "بدنا كمان ١٠ علب حمص و ٢ كيس سماق",
    lines=[L("HUMMUS", 10), L("SP-SUMAC", 2)],
    tags=["new_customer"],
)

# ---------------------------------------------------------------- extra rows (coverage of the rest of the catalog)
M(
    "sultan-kebab",
    6,
    W,
    "abi also 2 packs wholemeal pitta, 1 box 6a lids and 2 box cooked doner slices for the van",
    lines=[L("PITTA-WM", 2), L("FOIL-LID-6A", 1), L("DONER-SLICES", 2)],
    notes="6a lids = board lids for No.6A containers",
)
M(
    "anatolia-grill",
    6,
    W,
    "60'lık şiş demiri 2 paket, bir de 1 paket bambu şiş",
    lines=[L("SKEWERS-STEEL", 2, "60cm"), L("SKEWERS-BAMBOO", 1)],
    tags=["number_in_name"],
    notes="60'lık = the 60cm skewers",
)
M(
    "bosphorus-doner",
    2,
    W,
    "2 paket döner baharatı ve 3 tane sweet chilli sos",
    lines=[L("SP-DONER", 2), L("SAUCE-SWEETCHILLI", 3)],
)
M(
    "bab-al-yemen",
    5,
    W,
    "٢ كيس كمون",
    lines=[F(2, ["SP-CUMIN-SEED", "SP-CUMIN-GROUND"])],
    notes="cumin: whole seeds or ground",
)
M("golden-wings", 1, S, "5 box leg quarters for sat", lines=[L("CHK-LEGQ", 5)])
M(
    "peri-palace",
    4,
    S,
    "lids for the no2 foil trays x 2 boxes and 3 sweet chilli",
    lines=[X(2, "lids for No.2 foil containers"), L("SAUCE-SWEETCHILLI", 3)],
    notes="only No.6A lids are stocked",
)
M(
    "uni-halal-kitchen",
    4,
    E,
    "Subject: Pitta\n\n5 packs of pitta for Friday please, PO NUC-PO-58341.\n\nSarah",
    lines=[F(5, ["PITTA", "PITTA-WM"])],
    notes="white or wholemeal pitta; the kitchen has never bought either",
)
M(
    "madina-meat",
    2,
    W,
    "2 tub lehsan paste aur 1 bag haldi bhi",
    lines=[L("GARLIC-PASTE", 2), L("SP-TURMERIC", 1)],
    notes="lehsan = garlic; haldi = turmeric",
)
M(
    "saffron-court",
    4,
    E,
    "Subject: Doner\n\n2 premium beef doner cones for the terrace BBQ on Friday, please.\n\nMarco",
    lines=[L("DONER-BEEF-PREM", 2)],
)
