# ruff: noqa  (hand-written data generator of blind set 43, kept as its writer left it)
# -*- coding: utf-8 -*-
"""Messages of set 43 and their plain labels, all hand-written.

M(customer, day, channel, language, intent, text, lines, notes, tags, ...)
  day: 0..6 = 2028-10-09 .. 2028-10-15
  L(sku, qty, variant)       a line of a product (variant only on products with variants; None = not given)
  F(family, qty, cv=None)    a bare family word: sku null with candidates (cv = variant named in the text)
  NC(qty)                    not in catalog
  ref=dict(kind="last"|"usual", set=[...], add=[...], remove=[...], double=[...])
  flags: conditional, credit, range
"""

from cat43 import FAMILIES

MSGS = []
NOFILL = "_nofill"


def L(sku, q, v=None, nofill=False):
    d = {"sku": sku, "quantity": q, "_v": v}
    if nofill:
        d[NOFILL] = True
    return d


def F(fam, q, cv=None):
    d = {"sku": None, "quantity": q, "candidates": list(FAMILIES[fam]) if isinstance(fam, str) else list(fam)}
    if cv:
        d["candidate_variant"] = cv
    return d


def NC(q):
    return {"sku": None, "quantity": q}


def M(
    cust,
    day,
    ch,
    lang,
    intent,
    text,
    lines=(),
    notes="",
    tags=(),
    ref=None,
    flags=(),
    change=None,
    review=None,
    outlier=False,
):
    MSGS.append(
        dict(
            customer=cust,
            day=day,
            channel=ch,
            language=lang,
            intent=intent,
            text=text,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            ref=ref,
            flags=list(flags),
            change=change,
            review=review,
            outlier=outlier,
        )
    )


W, S, E = "WHATSAPP", "SMS", "EMAIL"
O, Q, C, OT, CA, CH = "ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"
B2, B10, B20 = "2kg", "10kg", "20kg"
G1, G2, G15 = "1kg Jar", "2kg Tin", "15kg Tin"
VS, VL = "Small 7.5cm (pack of 150)", "Large 10cm (pack of 150)"
C200, C400, C1K = "200g (case of 40)", "400g (case of 24)", "1kg (case of 10)"
R1, R5 = "1kg Tin (case of 12)", "500g Tin (case of 24)"
SP250, SP500 = "250g Box (case of 24)", "500g Box (case of 12)"
TS, TM, TL = "Small 250g", "Medium 500g", "Large 1kg"
BGS, BGL = "Small (pack of 500)", "Large (pack of 250)"
P25 = "2.5kg"

# ------------------------------------------------------------------ Mithai Mahal (Leicester, Roman Hindi)
c = "mithai-mahal"
M(
    c,
    0,
    W,
    "hi",
    O,
    "Namaste Ashok bhai 🙏 kal subah tak bhej dena — 4 bag besan 20kg, 2 tin ghee 15kg wala, 6 bori cheeni 25 kilo, 20 kilo khoya. Shukriya",
    [L("BESAN", 4, B20), L("GHEE-PURE", 2, G15), L("SUGAR-SACK", 6), L("KHOYA", 20)],
    "bori = sack; 'cheeni 25 kilo' is the 25kg granulated sack (caster sugar comes in 20kg); 'kal subah' is a time, not a quantity",
    ["emoji", "number_in_name", "unit_word"],
)
M(
    c,
    1,
    W,
    "hi",
    O,
    "Ashok bhai aaj wale order mein add kar do: kaju 5 kg, pista katran 4 packet, paper cups 2 pack",
    [F("cashew", 5), L("PISTA-SLIVERS", 4), L("CUPS-PAPER", 2)],
    "addition to today's order; bare 'kaju' by the kg is whole or pieces (both per kg); paper cups colour not given",
)
M(
    c,
    3,
    W,
    "hi",
    O,
    "bhai pichle hafte wala order repeat kar do, bas ghee 3 tin kar dena is baar",
    ref=dict(kind="last", set=[L("GHEE-PURE", 3)]),
    notes="same as last week with ghee 3 tins; the tin size is not given (2kg or 15kg)",
)
M(c, 2, W, "hi", Q, "Bhai silver vark ka rate kya chal raha hai abhi? Diwali se pehle badhega kya?")
M(
    c,
    4,
    W,
    "hi",
    C,
    "Ashok bhai kal jo khoya aaya 20 kilo, usme se kam se kam 5 kilo khatta tha 😡 smell aa rahi thi. credit note bhejo please",
    tags=["emoji"],
)
M(
    c,
    5,
    W,
    "hi",
    O,
    "gulab jamun tin 2 case aur kaju katli loose 10 kilo bhi bhejna, Diwali ka stock 🪔",
    [L("GJ-TIN", 2), L("KAJU-KATLI", 10)],
    "'tin' and 'loose' pick the members",
    ["emoji"],
)
M(
    c,
    6,
    W,
    "hi",
    O,
    "भाई कल के लिए: बेसन 20 किलो वाले 3 बैग, घी 15 किलो का 1 टिन, जलेबी 8 किलो। धन्यवाद",
    [L("BESAN", 3, B20), L("GHEE-PURE", 1, G15), L("JALEBI", 8)],
    "Devanagari",
    ["script", "number_in_name"],
)
M(
    c,
    2,
    W,
    "hi",
    O,
    "Aur haan, 3 pack vark chhota wala (7.5cm) aur 2 dabba kesari colour powder",
    [L("VARK-SILVER", 3, VS), L("COLOUR-POWDER", 2, "Kesari")],
    "chhota = small; dabba = tub; bare vark is the silver leaf",
)
M(
    c,
    4,
    W,
    "hi",
    O,
    "Bhai 2 pack printed dabba 1 kilo wale aur 4 pack aadha kilo wale, saath mein 2 pack gold paper cups",
    [L("BOX-PRINTED", 2, "1kg"), L("BOX-PRINTED", 4, "500g"), L("CUPS-PAPER", 2, "Gold")],
    "aadha kilo = 500g; two variants of one product",
    ["number_in_name"],
)

# ------------------------------------------------------------------ Sohna Sweet Centre (Southall, Roman Punjabi / Gurmukhi)
c = "sohna-sweets"
M(
    c,
    0,
    W,
    "pa",
    O,
    "Sat sri akal ji! Kal layi bhej deo: 15 kilo motichoor laddu, 10 kilo jalebi, 4 pack window box laal (red), 6 dabbe veg samosa. Dhanvaad ji",
    [L("LADDU-MOTICHOOR", 15), L("JALEBI", 10), L("BOX-WINDOW", 4, "Red"), L("SAMOSA-VEG", 6)],
    "laal = red; dabbe = boxes",
)
M(
    c,
    2,
    W,
    "pa",
    O,
    "ji 12 kilo laddu te 8 kilo barfi bhej deo, naale 3 case bhujia",
    [F("laddoo", 12), F("barfi", 8), F("bhujia", 3)],
    "bare laddu, barfi and bhujia are families",
)
M(
    c,
    4,
    W,
    "pa",
    O,
    "Oh ji usual bhej deo Friday nu, par rasmalai 8 tray kar deo",
    ref=dict(kind="usual", set=[L("RASMALAI-CHILLED", 8)]),
    notes="the usual with the rasmalai set to 8 trays (trays = the chilled rasmalai)",
)
M(
    c,
    1,
    W,
    "pa",
    O,
    "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਕੱਲ੍ਹ ਲਈ 20 ਕਿੱਲੋ ਜਲੇਬੀ ਤੇ 10 ਕਿੱਲੋ ਮੋਤੀਚੂਰ ਲੱਡੂ ਭੇਜ ਦਿਓ ਜੀ",
    [L("JALEBI", 20), L("LADDU-MOTICHOOR", 10)],
    "Gurmukhi",
    ["script"],
)
M(
    c,
    3,
    W,
    "pa",
    CH,
    "Ji kal wala order Saturday nu kar deo, Friday nu dukaan band hai shaadi karke",
    change=[],
    notes="moves the placed order to Saturday",
)
M(
    c,
    5,
    W,
    "pa",
    O,
    "kal 30 tray rasmalai bhej deo ji",
    [L("RASMALAI-CHILLED", 30)],
    "30 trays with no reason, about 5 times the usual 5",
    outlier=True,
)
M(
    c,
    6,
    W,
    "pa",
    O,
    "2 case aloo bhujia 1kg wala te 1 case plastic tray medium, bas",
    [L("ALOO-BHUJIA", 2, C1K), L("TRAY-PLASTIC", 1, TM)],
    "",
    ["number_in_name"],
)
M(
    c,
    3,
    W,
    "pa",
    O,
    "Ji 3 case haldiram bhujia sev 1kg te 8 kilo pista barfi vi",
    [L("BHUJIA-SEV-HAL", 3, C1K), L("BARFI-PISTA", 8)],
    "'haldiram bhujia sev' names the product",
    ["number_in_name"],
)

# ------------------------------------------------------------------ Gurdwara langar (Smethwick, Gurmukhi / Roman Punjabi, SMS)
c = "gurdwara-langar"
M(
    c,
    0,
    S,
    "pa",
    O,
    "ਵਾਹਿਗੁਰੂ ਜੀ ਕਾ ਖਾਲਸਾ ਵਾਹਿਗੁਰੂ ਜੀ ਕੀ ਫਤਿਹ। ਸ਼ਨੀਵਾਰ ਲਈ: ਆਟਾ 10 ਬੋਰੀਆਂ, ਘਿਓ 15 ਕਿੱਲੋ ਵਾਲੇ 3 ਟੀਨ, ਖੰਡ 25 ਕਿੱਲੋ ਦੀਆਂ 4 ਬੋਰੀਆਂ",
    [L("ATTA", 10), L("GHEE-PURE", 3, G15), L("SUGAR-SACK", 4)],
    "Gurmukhi; khand 25 kilo bori = the 25kg sugar sack",
    ["script", "number_in_name"],
)
M(
    c,
    2,
    S,
    "pa",
    O,
    "Sat sri akal ji. Agle hafte smagam hai, sangat 3000 di expect aa. Please send: 25 bori atta, 8 tin ghee 15kg, 10 bori khand 25kg, 5 drum oil, 4 bag besan 20kg. Bhai Gurmeet Singh 07700 900611",
    [L("ATTA", 25), L("GHEE-PURE", 8, G15), L("SUGAR-SACK", 10), L("OIL-VEG", 5), L("BESAN", 4, B20)],
    "larger than usual for a stated reason (smagam, 3000 sangat): not an outlier; 3000 is a head count, the phone number is not a quantity",
    ["number_in_name", "signature"],
)
M(c, 1, S, "pa", Q, "Ji ki tusi Sunday nu delivery karde ho? Langar layi saman chahida si")
M(
    c,
    4,
    S,
    "pa",
    O,
    "Same as last time ji, te 2 bag suji extra",
    ref=dict(kind="last", add=[L("SOOJI", 2)]),
    notes="same as last order plus 2 bags of sooji",
)
M(
    c,
    3,
    S,
    "pa",
    O,
    "ji 2 milk powder te 3 drum tel bhej deo",
    [F("milk powder", 2), L("OIL-VEG", 3)],
    "milk powder comes as a 25kg sack and as a case of 10 x 1kg; 'drum tel' is the 20L oil drum",
)
M(c, 5, S, "pa", OT, "Dhanvaad ji, kal sab saman time te aa gaya. Waheguru mehar kare 🙏", tags=["emoji"])
M(c, 6, S, "pa", O, "Ji 1 bag elaichi te 2 bori suji bhej deo Friday", [L("CARDAMOM", 1), L("SOOJI", 2)], "")

# ------------------------------------------------------------------ Jalaram Farsan House (Wembley, Roman Gujarati)
c = "jalaram-farsan"
M(
    c,
    0,
    W,
    "gu",
    O,
    "Jai Shree Krishna bhai, kale mokli dejo: 10 kilo nylon sev, 8 bag gathiya, 6 bag besan 20 kilo vadu, 4 drum tel",
    [L("SEV-NYLON", 10), L("GATHIYA", 8), L("BESAN", 6, B20), L("OIL-VEG", 4)],
    "10 kilo of nylon sev (1kg bags) is 10 bags",
    ["count", "number_in_name"],
)
M(
    c,
    2,
    W,
    "gu",
    O,
    "bhai sev 12 bag ane chevdo 4 case mokli do",
    [F("sev", 12), F("chevda", 4)],
    "bare sev (nylon or ratlami) and chevdo (poha or cornflakes)",
)
M(
    c,
    4,
    W,
    "gu",
    O,
    "khakhra 6 case joiye, Saturday pehla",
    [F("khakhra", 6)],
    "flavour not given (methi, masala, jeera)",
)
M(
    c,
    1,
    W,
    "gu",
    Q,
    "Bhai bhakarwadi rakho cho? Chitale jevi, customer puchhe che",
    tags=["not_in_catalog"],
    notes="bhakarwadi is not in catalog",
)
M(c, 5, W, "gu", CA, "Bhai aaje no order cancel karjo, dukan bandh che, ghare besnu che. Next week vaat karu")
M(
    c,
    3,
    W,
    "gu",
    O,
    "[voice note] haan bhai bolo... das kilo ratlami sev chaar case moong dal ek drum tel ane be bag besan vees kilo vadu bas etlu",
    [L("SEV-RATLAMI", 10), L("MOONG-DAL-HAL", 4), L("OIL-VEG", 1), L("BESAN", 2, B20)],
    "Gujarati number words: das 10, chaar 4, ek 1, be 2, vees 20 (the 20kg size)",
    ["spoken", "voice", "count"],
)
M(
    c,
    6,
    W,
    "gu",
    O,
    "2 case chakli, 3 case methi khakhra, 1 pack carrier bag nani (small)",
    [L("CHAKLI", 2), L("KHAKHRA-METHI", 3), L("BAG-CARRIER", 1, BGS)],
    "nani = small",
)
M(
    c,
    5,
    W,
    "gu",
    O,
    "4 case poha chevdo ane 2 case moong dal, kale savare",
    [L("POHA-CHEVDA", 4), L("MOONG-DAL-HAL", 2)],
    "",
)
M(
    c,
    6,
    W,
    "gu",
    OT,
    "Bhai INV-60390 nu payment kari didhu che aaje, check karjo",
    notes="payment notice; the invoice number is not a quantity",
)

# ------------------------------------------------------------------ Ambica Sweets (Leicester, e-mail)
c = "ambica-sweets"
M(
    c,
    0,
    E,
    "en",
    O,
    """Subject: Order PO 31877 – delivery Thursday 12 Oct

Dear Ashok,

Please supply the following for Thursday morning (before 9am):

1. Kaju katli loose – 12 kg
2. Kesar peda – 6 kg
3. Besan laddoo – 10 kg
4. Soan papdi 250g – 2 cases
5. Printed gold foil boxes 250g – 3 packs

Kind regards,
Hetal Mistry
Ambica Sweets, 118 Melton Road, Leicester LE4 6QT
Tel 07700 900371""",
    [
        L("KAJU-KATLI", 12),
        L("PEDA-KESAR", 6),
        L("LADDU-BESAN", 10),
        L("SOAN-PAPDI", 2, SP250),
        L("BOX-PRINTED", 3, "250g"),
    ],
    "PO, date, time, list numbering, street number and phone are not quantities",
    ["signature", "number_in_name"],
)
M(
    c,
    2,
    E,
    "en",
    O,
    "Hi Ashok, pls add 5kg peda and 2 packs vark to Thursday's delivery. Thanks, Hetal",
    [F("peda", 5), L("VARK-SILVER", 2)],
    "addition to a placed order; peda is kesar or mathura; vark size not given",
)
M(
    c,
    3,
    E,
    "en",
    O,
    "usual for Saturday please + 2 extra tins of ghee 2kg. Hetal",
    ref=dict(kind="usual", add=[L("GHEE-PURE", 2, G2)]),
    notes="the usual plus 2 tins of 2kg ghee",
)
M(
    c,
    4,
    E,
    "en",
    C,
    """Subject: Damaged soan papdi

Hi, the soan papdi 500g boxes from Monday's delivery arrived crushed – 3 of the 12 boxes in the case were broken open. Can you replace or credit please?

Hetal""",
)
M(
    c,
    1,
    E,
    "en",
    Q,
    "Could you send me a copy of invoice INV-60412? Our accountant needs it before Friday. Thanks, Hetal",
    tags=["non_order_request"],
)
M(
    c,
    5,
    E,
    "en",
    Q,
    "I would like to know if you'll have sugar-free kaju katli in before Diwali, a few customers have asked.",
    tags=["non_order_request", "not_in_catalog"],
    notes="sugar-free kaju katli is not in catalog",
)
M(
    c,
    6,
    E,
    "en",
    O,
    """Subject: PO 31902

Please send on Monday: plain milk barfi 6 kg, saffron 1 box, elaichi 1 bag, ghee 2kg tins x 4.

Regards
Hetal Mistry | Ambica Sweets""",
    [L("BARFI-MILK", 6), L("SAFFRON", 1), L("CARDAMOM", 1), L("GHEE-PURE", 4, G2)],
    "",
    ["signature"],
)
M(
    c,
    5,
    W,
    "en",
    O,
    "Hetal here – 8kg besan laddoo and 6kg kesar peda for Saturday please 🙏",
    [L("LADDU-BESAN", 8), L("PEDA-KESAR", 6)],
    "",
    ["emoji"],
)

# ------------------------------------------------------------------ Royal Bengal Sweets (Brick Lane)
c = "royal-bengal"
M(
    c,
    0,
    W,
    "en",
    O,
    "Salam bhai. For tmrw: 3 cs rasgulla 1kg tins, 6kg cham cham, 10kg chhena, 3 sacks sugar 25kg. Thx - Rafiq",
    [L("RASGULLA-TIN", 3, R1), L("CHAM-CHAM", 6), L("CHHENA", 10), L("SUGAR-SACK", 3)],
    "",
    ["number_in_name"],
)
M(
    c,
    2,
    W,
    "en",
    O,
    "2 case rasmalai and rasgulla 4 cases pls",
    [L("RASMALAI-TIN", 2), L("RASGULLA-TIN", 4)],
    "'case' narrows rasmalai to the tins (the chilled one is sold by the tray); rasgulla tin size not given",
    ["unit_word"],
)
M(
    c,
    1,
    W,
    "en",
    Q,
    "Bhai do u have sandesh? customers keep asking, Kolkata style",
    tags=["not_in_catalog"],
    notes="sandesh is not in catalog",
)
M(
    c,
    3,
    W,
    "en",
    O,
    "need 10kg chhena, 2 sacks sugar 25kg, and 3kg sandesh if u got it",
    [L("CHHENA", 10), L("SUGAR-SACK", 2), NC(3)],
    "sandesh is not in catalog",
    ["number_in_name"],
)
M(
    c,
    4,
    W,
    "en",
    OT,
    "Shop closed Friday for Jummah till 2pm, pls deliver after 2. Thanks",
    notes="delivery instruction",
)
M(
    c,
    5,
    W,
    "en",
    O,
    "send 2 tins rasgulla 500g with the next drop",
    [L("RASGULLA-TIN", 2, R5)],
    "2 tins of a product sold by the case of 24: read as 2 cases (small-N rule; review would also be acceptable, a fraction never)",
    ["container", "number_in_name"],
)
M(
    c,
    6,
    W,
    "en",
    O,
    "khoya 5kg, paper cups white 2 packs, small plastic trays 2 cases. ty",
    [L("KHOYA", 5), L("CUPS-PAPER", 2, "White"), L("TRAY-PLASTIC", 2, TS)],
    "",
)
M(
    c,
    3,
    W,
    "en",
    O,
    "bhai 8kg cham cham + 2 cs rasmalai tins for sat",
    [L("CHAM-CHAM", 8), L("RASMALAI-TIN", 2)],
    "",
)
M(
    c,
    6,
    W,
    "en",
    Q,
    "where is my delivery?? driver said 11am its 1pm now",
    notes="delivery query; times are not quantities",
)

# ------------------------------------------------------------------ Raja Cash & Carry (Bradford, formal e-mail)
c = "raja-cash-carry"
M(
    c,
    0,
    E,
    "en",
    O,
    """Subject: Purchase Order RCC-40217

Good morning,

Please find below our order for delivery on Wednesday 11/10/2028 to our Leeds Road warehouse (Gate 3, bay 2).

Haldiram's Aloo Bhujia 200g – 10 cases
Haldiram's Aloo Bhujia 400g – 4 cases
Bikaji Bikaneri Bhujia 1kg – 4 cases
Haldiram's Moong Dal 200g – 6 cases
Navrattan 200g – 6 cases
Khatta Meetha 200g – 4 cases
Gulab Jamun 1kg tins – 8 cases
Rooh Afza 750ml – 5 cases

Please confirm by return.

Kind regards,
Imtiaz Raja
Purchasing Manager
Raja Cash & Carry Ltd
Unit 14, Leeds Road Trading Estate, Bradford BD3 9LF
T: 020 7946 0217 | M: 07700 900217
purchasing@raja-cashcarry.example""",
    [
        L("ALOO-BHUJIA", 10, C200),
        L("ALOO-BHUJIA", 4, C400),
        L("BIKANERI-BHUJIA", 4),
        L("MOONG-DAL-HAL", 6),
        L("NAVRATTAN", 6, C200),
        L("KHATTA-MEETHA", 4),
        L("GJ-TIN", 8),
        L("ROOH-AFZA", 5),
    ],
    "PO, date, gate, bay, unit number, postcode and phones are not quantities",
    ["signature", "number_in_name"],
)
M(
    c,
    2,
    E,
    "en",
    O,
    """Subject: PO RCC-40225 – top-up

Please add a top-up delivery for Friday:
- 120 x Aloo Bhujia 200g packs
- 48 tins Gulab Jamun 1kg
- 36 bottles Rooh Afza

Thanks, Imtiaz""",
    [L("ALOO-BHUJIA", 3, C200), L("GJ-TIN", 4), L("ROOH-AFZA", 3)],
    "counts converted: 120 packs = 3 cases of 40, 48 tins = 4 cases of 12, 36 bottles = 3 cases of 12",
    ["count", "number_in_name"],
)
M(
    c,
    3,
    E,
    "en",
    O,
    """Subject: PO RCC-40231

Hi, can you send 30 tins of Rasgulla 1kg and 6 cases of Soan Papdi 500g on Saturday's van.

Imtiaz""",
    [L("RASGULLA-TIN", None, R1), L("SOAN-PAPDI", 6, SP500)],
    "30 tins is 2.5 cases of 12: not a whole number of selling units, quantities not stated as whole units",
    ["count", "non_order_request"],
)
M(
    c,
    1,
    E,
    "en",
    Q,
    """Subject: Price list

Could you send the updated price list for the Haldiram's range and any Diwali promotions? We are planning a big display.

Regards, Imtiaz Raja""",
    tags=["non_order_request"],
)
M(
    c,
    4,
    E,
    "en",
    CH,
    """Subject: RE: PO RCC-40217

Please amend the Rooh Afza on PO RCC-40217 from 5 to 8 cases. Everything else as ordered.

Imtiaz""",
    change=[L("ROOH-AFZA", 8)],
)
M(
    c,
    5,
    E,
    "en",
    O,
    """Subject: PO RCC-40240

Please deliver Tuesday: Alphonso mango pulp 6x850g – 60 cases.

Imtiaz Raja
Raja Cash & Carry""",
    [L("MANGO-PULP-ALPH", 60)],
    "60 cases with no reason given, six times the usual 10",
    ["number_in_name"],
    outlier=True,
)
M(
    c,
    6,
    E,
    "en",
    O,
    """Subject: Repeat order

Please repeat last week's order (PO RCC-40190) with 2 extra cases of Khatta Meetha. Delivery Wednesday as usual.

Regards, Imtiaz""",
    ref=dict(kind="last", add=[L("KHATTA-MEETHA", 2)]),
    notes="last week's order plus 2 cases of khatta meetha",
)
M(
    c,
    2,
    E,
    "en",
    O,
    """Subject: PO RCC-40229

Makhana 250g – 3 cases
Condensed milk (Milkmaid) – 4 cases
Bhujia sev 200g – 6 cases
Soan papdi 500g – 6 cases

Imtiaz""",
    [L("MAKHANA", 3), L("CONDENSED-MILK", 4), L("BHUJIA-SEV-HAL", 6, C200), L("SOAN-PAPDI", 6, SP500)],
    "'bhujia sev 200g' names the Haldiram's bhujia sev (Bikaji is only 1kg)",
    ["number_in_name"],
)
M(
    c,
    5,
    E,
    "en",
    OT,
    """Subject: Automatic reply: Delivery note DN-88120

Thank you for your email. I am out of the office until 16 October with limited access to email. For urgent purchasing matters please call 020 7946 0218.

Imtiaz Raja""",
    notes="auto-reply",
)

# ------------------------------------------------------------------ Shree Krishna Mithai (Harrow, Devanagari)
c = "shree-krishna"
M(
    c,
    0,
    W,
    "hi",
    O,
    "नमस्ते जी, कल के लिए भेज दीजिए: खोया 15 किलो, बूरा 4 बैग, मोटा बेसन 3 बैग, घी 15 किलो वाला 2 टिन",
    [L("KHOYA", 15), L("BURA", 4), L("BESAN-COARSE", 3), L("GHEE-PURE", 2, G15)],
    "Devanagari; mota besan = coarse besan",
    ["script", "number_in_name"],
)
M(
    c,
    2,
    W,
    "hi",
    O,
    "पिस्ता 2 और केवड़ा 1 भी डाल देना",
    [F("pista", 2), F("kewra", 1)],
    "Devanagari; pista (kernels or slivers) and kewra (essence or kewra water)",
    ["script"],
)
M(
    c,
    4,
    W,
    "hi",
    O,
    "पिछले हफ्ते वाला ऑर्डर फिर से भेज दो, बस खोया 20 किलो कर देना",
    ref=dict(kind="last", set=[L("KHOYA", 20)]),
    notes="Devanagari; last week's order with khoya 20 kg",
    tags=["script"],
)
M(c, 1, W, "hi", C, "चांदी वर्क इस बार बहुत पतला था, आधे पन्ने फटे हुए निकले। ये ठीक नहीं है भाई", tags=["script"])
M(c, 5, W, "hi", CA, "Sir kal ka order cancel kar do please, ghar mein shaadi hai, dukaan 2 din band rahegi")
M(
    c,
    3,
    W,
    "hi",
    O,
    "khoya 10 kilo aur window box 4 pack bhi bhej dena",
    [L("KHOYA", 10), L("BOX-WINDOW", 4)],
    "window box colour not given",
)
M(
    c,
    6,
    W,
    "hi",
    O,
    "भैया 2 पैकेट बादाम कतरन, 2 किलो पिस्ता गिरी और छोटा वर्क 2 पैक",
    [L("ALMOND-SLIVERS", 2), L("PISTA-KERNEL", 2), L("VARK-SILVER", 2, VS)],
    "Devanagari; chhota vark = small",
    ["script"],
)

# ------------------------------------------------------------------ Punjab Da Dhaba (Birmingham, voice notes)
c = "punjab-dhaba"
M(
    c,
    0,
    W,
    "pa",
    O,
    "[voice note] haan ji paaji six paneer block dhai kilo wale three tin ghee do kilo wala four box malai kulfi and three tub gajar halwa bas",
    [L("PANEER", 6, P25), L("GHEE-PURE", 3, G2), L("KULFI-MALAI", 4), L("GAJAR-HALWA", 3)],
    "spoken list without commas; dhai kilo = 2.5kg, do kilo = 2kg",
    ["spoken", "voice"],
)
M(
    c,
    2,
    W,
    "pa",
    O,
    "paaji 5 paneer, 4 kulfi box, 2 halwa tub bhej deo kal",
    [F("paneer", 5), F("kulfi", 4), F("halwa", 2)],
    "bare paneer, kulfi and halwa are families",
)
M(
    c,
    4,
    W,
    "en",
    O,
    "[voice note] send for boxes of mango kulfi and to tubs moong dal halwa for the weekend",
    [L("KULFI-MANGO", 4), L("MOONG-HALWA", 2)],
    "voice-to-text: 'for' = four, 'to' = two",
    ["voice", "homophone"],
)
M(c, 1, W, "pa", Q, "Paaji paneer da rate vadh gaya? Pichle invoice te 2.5 wala £21 laga si")
M(
    c,
    5,
    W,
    "pa",
    OT,
    "Paaji is hafte Diwali mela ch stall laa rahe aan, agle hafte gall karange order di 👍",
    tags=["emoji"],
)
M(
    c,
    3,
    W,
    "pa",
    O,
    "30 box malai kulfi bhejo kal",
    [L("KULFI-MALAI", 30)],
    "30 boxes with no reason, the usual is 4",
    outlier=True,
)
M(
    c,
    6,
    W,
    "pa",
    O,
    "5 kilo gulab jamun loose, 2 box paneer samosa te 1 case rooh afza",
    [L("GULAB-JAMUN-LOOSE", 5), L("SAMOSA-PANEER", 2), L("ROOH-AFZA", 1)],
    "",
)
M(
    c,
    5,
    W,
    "pa",
    O,
    "Paaji 1 bag besan 10kg te 2 drum tel vi",
    [L("BESAN", 1, B10), L("OIL-VEG", 2)],
    "",
    ["number_in_name"],
)

# ------------------------------------------------------------------ Spice Village Grocers (Manchester, SMS)
c = "spice-village"
M(
    c,
    0,
    S,
    "en",
    O,
    "4cs aloo bhujia 200g, 3cs moong dal, 2 bags bombay mix. tmrw pls. Imran",
    [L("ALOO-BHUJIA", 4, C200), L("MOONG-DAL-HAL", 3), L("BOMBAY-MIX", 2)],
    "",
    ["number_in_name"],
)
M(c, 2, S, "en", O, "6 cs mango pulp pls", [F("mango pulp", 6)], "alphonso or kesar pulp")
M(
    c,
    1,
    S,
    "en",
    O,
    "3 tins condensed milk + 2 cs jeera khakhra",
    [L("CONDENSED-MILK", 3), L("KHAKHRA-JEERA", 2)],
    "3 tins of a product sold by the case of 24: read as 3 cases (small-N rule)",
    ["container"],
)
M(
    c,
    3,
    S,
    "en",
    O,
    "10 rooh afza, 4 navrattan 400g and 2 makhana",
    [L("ROOH-AFZA", None), L("NAVRATTAN", None, C400), L("MAKHANA", 2)],
    "10 bottles is no whole case of 12; '4 navrattan' could be 4 packets or 4 cases: quantities not stated as whole units",
    ["count", "pack"],
)
M(c, 4, S, "en", Q, "wat time u deliver sat? shop opens 9")
M(
    c,
    5,
    S,
    "en",
    OT,
    "can u add my brother Zain 07700 900517 to the account so he can order when im away",
    tags=["non_order_request"],
    notes="account change; the phone number is not a quantity",
)
M(
    c,
    6,
    S,
    "en",
    O,
    "2 boxes saffron, 1 case rose water, 4 cs kesar pulp. cheers",
    [L("SAFFRON", 2), L("ROSE-WATER", 1), L("MANGO-PULP-KESAR", 4)],
    "",
)
M(
    c,
    4,
    S,
    "en",
    O,
    "pls add 1 cs navrattan 200g and 2 cs khatta meetha to fri drop. Imran",
    [L("NAVRATTAN", 1, C200), L("KHATTA-MEETHA", 2)],
    "addition to Friday's order",
    ["number_in_name"],
)
M(c, 2, S, "en", OT, "happy diwali to u and ur team bro 🪔 thanks for this year", tags=["emoji"])

# ------------------------------------------------------------------ Lakshmi Stores (Tooting)
c = "lakshmi-stores"
M(
    c,
    0,
    W,
    "en",
    O,
    "Vanakkam anna 🙏 tmrw pls: mysore pak 5kg, 4 cs murukku, 12 jars ghee 1kg, 3kg jangiri",
    [L("MYSORE-PAK", 5), L("CHAKLI", 4), L("GHEE-PURE", 12, G1), L("IMARTI", 3)],
    "murukku = chakli; jangiri = imarti; 'jars' picks the 1kg jar",
    ["emoji"],
)
M(
    c,
    2,
    W,
    "en",
    O,
    "anna kaju 3kg, kishmish 2 bags, elaichi 1kg also",
    [F("cashew", 3), F("kishmish", 2), L("CARDAMOM", 1)],
    "bare kaju by the kg and bare kishmish are families; elaichi 1kg is one 1kg bag",
)
M(
    c,
    4,
    W,
    "en",
    C,
    "anna last delivery mysore pak was hard like stone, 2kg we threw away. pls check with kitchen",
)
M(
    c,
    3,
    W,
    "en",
    O,
    "need 4kg mysore pak and 5kg jaggery (gur) for Deepavali",
    [L("MYSORE-PAK", 4), NC(5)],
    "jaggery is not in catalog",
)
M(
    c,
    5,
    W,
    "en",
    O,
    "4kg boondi laddu and 2 bags sooji please, for Saturday",
    [L("LADDU-BOONDI", 4), L("SOOJI", 2)],
    "",
)
M(
    c,
    6,
    W,
    "en",
    Q,
    "anna do u have cashew W240? the bigger ones. W320 is bit small for my kaju burfi",
    tags=["not_in_catalog"],
    notes="W240 cashews are not in catalog (only W320)",
)
M(
    c,
    1,
    W,
    "en",
    O,
    "anna 3kg whole cashew, 2 bags golden raisins and 5kg mysore pak for Sat",
    [L("CASHEW-WHOLE", 3), L("RAISIN-GOLDEN", 2), L("MYSORE-PAK", 5)],
    "",
)

# ------------------------------------------------------------------ Shaadi Events Catering (Hounslow, e-mail; never repeats a basket)
c = "shaadi-caterers"
M(
    c,
    0,
    E,
    "en",
    O,
    """Subject: Wedding order – Saturday 14 October (PO SEC-7781)

Hi team,

We have the Sharma–Kapoor wedding on Saturday (450 guests). Please deliver Friday 13th between 2 and 4pm to our unit:

- Motichoor laddoo 25kg
- Jalebi 20kg
- Kaju katli loose 15kg
- Rasmalai chilled 12 trays
- Malai kulfi 10 boxes
- Printed boxes 500g – 5 packs

Many thanks,
Sunita Arora
Events Manager, Shaadi Events Catering
Unit 6, Bath Road Business Park, Hounslow TW4 7EF
Mob 07700 900781""",
    [
        L("LADDU-MOTICHOOR", 25),
        L("JALEBI", 20),
        L("KAJU-KATLI", 15),
        L("RASMALAI-CHILLED", 12),
        L("KULFI-MALAI", 10),
        L("BOX-PRINTED", 5, "500g"),
    ],
    "guest count, dates, times, unit number and phone are not quantities",
    ["signature", "number_in_name"],
)
M(
    c,
    3,
    E,
    "en",
    O,
    "Hi, can you send our usual wedding order for Sunday 22nd? Sunita",
    ref=dict(kind="usual"),
    notes="the caterer never repeats a basket: there is no usual to resolve",
    tags=["ambiguous_reference", "non_order_request"],
)
M(
    c,
    1,
    E,
    "en",
    Q,
    """Subject: Quote please

Can I get a price for 60kg assorted mithai and 20 packs of printed boxes 500g for a wedding on 4 November? Not ordering yet, the client is still deciding.

Sunita""",
    tags=["non_order_request"],
    notes="a quote request listing quantities is QUESTION",
)
M(
    c,
    2,
    E,
    "en",
    O,
    """Subject: Rabri

Do you stock rabri in tubs? If you do, please send 10 tubs with Friday's delivery.

Sunita""",
    [NC(10)],
    "conditional order on an item that is not in catalog",
    ["conditional"],
    flags=["conditional"],
)
M(
    c,
    4,
    E,
    "en",
    O,
    """Subject: Mehndi night 20 Oct

We'll need 2-3 cases of rasmalai tins and 10 boxes veg samosa for the mehndi night. I'll confirm the rasmalai by Wednesday.

Sunita""",
    [L("RASMALAI-TIN", None), L("SAMOSA-VEG", 10)],
    "a range (2-3 cases): quantities not stated",
    ["range"],
    flags=["range"],
)
M(
    c,
    5,
    E,
    "en",
    O,
    """Subject: Order on account

Please put this on our 30-day account: 8 paneer blocks 2.5kg, 6 tubs gajar halwa, 3 cases rooh afza. Delivery Thursday 19th.

Thanks, Sunita""",
    [L("PANEER", 8, P25), L("GAJAR-HALWA", 6), L("ROOH-AFZA", 3)],
    "an order on credit goes to review",
    ["credit", "number_in_name"],
    flags=["credit"],
)

# ------------------------------------------------------------------ Chai Corner Cafe (Glasgow)
c = "chai-corner"
M(
    c,
    0,
    W,
    "en",
    O,
    "Hiya, can we get 4 boxes veg samosa, 2 paneer samosa, 2 pista kulfi and a box of mango kulfi for Fri? Cheers, Fiona",
    [L("SAMOSA-VEG", 4), L("SAMOSA-PANEER", 2), L("KULFI-PISTA", 2), L("KULFI-MANGO", 1)],
    "'a box' is 1",
    ["non_order_request"],
)
M(c, 2, W, "en", O, "samosas x 6 pls, same delivery slot", [F("samosa", 6)], "veg or paneer samosa")
M(
    c,
    3,
    W,
    "en",
    O,
    "Could you also add 2 packs of carrier bags and 1 case rooh afza to Friday's order?",
    [L("BAG-CARRIER", 2), L("ROOH-AFZA", 1)],
    "addition to a placed order; bag size not given",
    ["non_order_request"],
)
M(
    c,
    5,
    W,
    "en",
    OT,
    "Thanks for the quick delivery yesterday, the customers loved the pista kulfi 😍",
    tags=["emoji"],
)
M(
    c,
    1,
    W,
    "en",
    Q,
    "I would like to know whether your veg samosas are suitable for vegans? Is there ghee in the pastry?",
    tags=["non_order_request"],
)
M(
    c,
    4,
    W,
    "en",
    OT,
    "I'd like to book a table for 4 at 7pm on Saturday please",
    tags=["non_order_request"],
    notes="a table booking sent to the wrong number",
)
M(
    c,
    6,
    W,
    "en",
    O,
    "1 case gulab jamun tins, 1 case milk powder packets and 1 bag elaichi pls",
    [L("GJ-TIN", 1), L("MILK-POWDER-1KG", 1), L("CARDAMOM", 1)],
    "'milk powder packets' is the case of 10 x 1kg",
)
M(
    c,
    4,
    W,
    "en",
    O,
    "Morning! 3 boxes veg samosa and 2 boxes mango kulfi please, usual Friday slot is fine 👍",
    [L("SAMOSA-VEG", 3), L("KULFI-MANGO", 2)],
    "'usual Friday slot' is the delivery time, not a reference to an order",
    ["emoji"],
)

# ------------------------------------------------------------------ Anand Bhavan Sweets (Leicester, Roman Hindi)
c = "anand-bhavan"
M(
    c,
    0,
    W,
    "hi",
    O,
    "Bhaiya ji kal ke liye 6 kg milk cake, 5 kg kalakand, 10 kilo mix mithai aur 2 case plastic tray bade wale (1kg)",
    [L("MILK-CAKE", 6), L("KALAKAND", 5), L("MITHAI-ASSORTED", 10), L("TRAY-PLASTIC", 2, TL)],
    "bade wale = the large ones",
)
M(
    c,
    2,
    W,
    "hi",
    O,
    "tray 3 case bhi daal dena",
    [L("TRAY-PLASTIC", 3)],
    "'case' narrows tray to the plastic trays (card trays come by the pack); size not given",
    ["unit_word"],
)
M(
    c,
    1,
    W,
    "hi",
    O,
    "red colour 2 bottle aur 4 kilo imarti",
    [L("COLOUR-LIQUID", 2, "Red"), L("IMARTI", 4)],
    "red exists only as a liquid colour",
)
M(c, 3, W, "hi", Q, "क्या आप रविवार को भी डिलीवरी करते हैं? दिवाली से पहले वाले रविवार को चाहिए", tags=["script"])
M(
    c,
    4,
    W,
    "hi",
    O,
    "kal 60 kilo kaju roll bhej do",
    [L("KAJU-ROLL", 60)],
    "60 kg with no reason, the usual is 3 (corrected later)",
    outlier=True,
)
M(
    c,
    4,
    W,
    "hi",
    CH,
    "sorry bhaiya galti se 60 likh diya, kaju roll 6 kilo hi chahiye",
    change=[L("KAJU-ROLL", 6)],
    tags=["self_correction"],
)
M(
    c,
    5,
    W,
    "hi",
    O,
    "usual bhej do Wednesday ko, par cham cham mat bhejna is baar",
    ref=dict(kind="usual", remove=["CHAM-CHAM"]),
    notes="the usual without the cham cham",
)
M(
    c,
    6,
    W,
    "hi",
    O,
    "4 kilo cham cham aur 3 kilo kaju roll, 2 case soan papdi 500g",
    [L("CHAM-CHAM", 4), L("KAJU-ROLL", 3), L("SOAN-PAPDI", 2, SP500)],
    "",
    ["number_in_name"],
)
M(
    c,
    3,
    W,
    "hi",
    O,
    "Bhaiya 10 kilo mix mithai aur 3 pack printed box 1 kilo wala Diwali ke liye",
    [L("MITHAI-ASSORTED", 10), L("BOX-PRINTED", 3, "1kg")],
    "",
)

# ------------------------------------------------------------------ Noor Sweets & Bakery (Bradford, Roman Urdu)
c = "noor-sweets"
M(
    c,
    0,
    W,
    "ur",
    O,
    "Assalam o alaikum bhai jan, kal k liye 5 bori cheeni 25kg, 4 maida, 2 dalda tins, 3 bags desiccated coconut. JazakAllah",
    [L("SUGAR-SACK", 5), L("MAIDA", 4), L("GHEE-VEG", 2), L("DESICCATED", 3)],
    "dalda = vegetable ghee; maida comes only as the 25kg sack",
    ["number_in_name"],
)
M(c, 2, W, "ur", O, "8 kilo barfi bhi chahiye Thursday tak", [F("barfi", 8)], "bare barfi")
M(
    c,
    1,
    W,
    "ur",
    O,
    "orange colour powder 2 tubs aur window box purple 3 pack",
    [L("COLOUR-POWDER", 2, "Sunset Orange"), L("BOX-WINDOW", 3, "Purple")],
    "orange exists only as the sunset orange powder",
)
M(
    c,
    3,
    W,
    "ur",
    C,
    "Bhai jan pichli dafa ke gulab jamun bohat sakht thay, customers ne wapas kar diye. 6 kilo mein se 2 kilo waste",
)
M(c, 5, W, "ur", CA, "Bhai please kal ka order cancel kar dein, family emergency hai, next week InshaAllah")
M(
    c,
    4,
    W,
    "ur",
    O,
    "kesari colour 2 bhi daal dena",
    [F("food colour", 2, cv="Kesari")],
    "kesari exists as powder and as liquid",
)
M(
    c,
    6,
    W,
    "ur",
    O,
    "8kg jalebi, 6kg fresh gulab jamun, 2 drums veg oil",
    [L("JALEBI", 8), L("GULAB-JAMUN-LOOSE", 6), L("OIL-VEG", 2)],
    "",
)
M(
    c,
    2,
    W,
    "ur",
    O,
    "3 bags icing sugar aur 2 bags desiccated coconut, cake orders hain weekend pe",
    [L("ICING-SUGAR", 3), L("DESICCATED", 2)],
    "",
)

# ------------------------------------------------------------------ Kesar Sweet Mart (Wembley, e-mail and Roman Gujarati)
c = "kesar-sweet-mart"
M(
    c,
    0,
    E,
    "en",
    O,
    """Subject: PO KSM-2291

Kem cho Ashokbhai,

Please send for Friday:
Kesar kaju katli – 6 kg
Kaju katli gift box 400g – 4 cases
Shakarpara – 3 cases
Namak para – 3 cases
Methi khakhra – 4 cases
Printed boxes 500g – 5 packs
Red paper cups – 2 packs

Aabhar,
Nilesh Thakkar
Kesar Sweet Mart, 201 Ealing Road, Wembley HA0 4LW
07700 900229""",
    [
        L("KESAR-KAJU-KATLI", 6),
        L("KAJU-KATLI-BOX", 4),
        L("SHAKARPARA", 3),
        L("NAMAK-PARA", 3),
        L("KHAKHRA-METHI", 4),
        L("BOX-PRINTED", 5, "500g"),
        L("CUPS-PAPER", 2, "Red"),
    ],
    "",
    ["signature", "number_in_name"],
)
M(
    c,
    2,
    W,
    "gu",
    O,
    "Nileshbhai here – kaju katli 6 pan mokaljo Friday na order ma",
    [F("kaju katli", 6)],
    "addition; bare kaju katli is loose (kg) or the gift box (case)",
)
M(
    c,
    3,
    W,
    "gu",
    O,
    "vark 3 pack pan joiye",
    [L("VARK-SILVER", 3)],
    "bare vark is the silver leaf; size not given",
)
M(c, 1, W, "gu", Q, "Diwali ma tame Sunday e pan delivery karsho? Amne 15 tarikh e joiye")
M(
    c,
    4,
    E,
    "en",
    CH,
    """Subject: RE: PO KSM-2291

Please change the red paper cups to gold – same quantity, 2 packs. Thanks, Nilesh""",
    change=[L("CUPS-PAPER", 0, "Red"), L("CUPS-PAPER", 2, "Gold")],
)
M(
    c,
    5,
    E,
    "en",
    O,
    """Subject: PO KSM-2298

Kesar mango pulp 3 cases, gold vark 1, mathri 2 cases.
Nilesh""",
    [L("MANGO-PULP-KESAR", 3), L("VARK-GOLD", 1), L("MATHRI", 2)],
    "",
)
M(
    c,
    6,
    W,
    "gu",
    O,
    "Ashokbhai, 3 case shakarpara ane 3 case namak para mokaljo, aabhar",
    [L("SHAKARPARA", 3), L("NAMAK-PARA", 3)],
    "",
)

# ------------------------------------------------------------------ Shri Ram Mandir Kitchen (Leicester, SMS)
c = "ram-mandir"
M(
    c,
    0,
    S,
    "hi",
    O,
    "Jai Shri Ram. Dhanteras puja prasad ke liye: 10 kilo boondi laddoo, 5 kilo besan laddoo, 3 kilo mathura peda. Saturday subah. Pandit Sharma",
    [L("LADDU-BOONDI", 10), L("LADDU-BESAN", 5), L("PEDA-MATHURA", 3)],
    "",
)
M(c, 2, S, "hi", O, "15 kilo laddoo chahiye Sunday ke liye, bhog ke liye", [F("laddoo", 15)], "bare laddoo")
M(c, 3, S, "hi", O, "peda 4 kilo aur makhana 2 case", [F("peda", 4), L("MAKHANA", 2)], "bare peda")
M(c, 1, S, "hi", Q, "क्या आप मंदिर के ऑर्डर पर कोई छूट देते हैं? हर हफ्ते ऑर्डर करते हैं", tags=["script"])
M(
    c,
    5,
    S,
    "hi",
    O,
    "pichhli baar jaisa hi saman bhej dena, koi badlav nahi",
    ref=dict(kind="last"),
    notes="same as last order, no changes",
)
M(
    c,
    6,
    S,
    "hi",
    O,
    "घी 15 किलो का 1 टिन और चीनी की 2 बोरी 25 किलो वाली",
    [L("GHEE-PURE", 1, G15), L("SUGAR-SACK", 2)],
    "Devanagari; cheeni 25 kilo bori = the 25kg sugar sack",
    ["script", "number_in_name"],
)

# ------------------------------------------------------------------ Halwai Express (Slough, SMS abbreviations)
c = "halwai-express"
M(
    c,
    0,
    S,
    "en",
    O,
    "3x besan 10kg, 2 suji, 4 ghee 2kg tins, 2 caster sugar. asap thx",
    [L("BESAN", 3, B10), L("SOOJI", 2), L("GHEE-PURE", 4, G2), L("SUGAR-CASTER", 2)],
    "",
    ["number_in_name"],
)
M(c, 2, S, "en", O, "2 almonds + 2 pista pls", [F("almonds", 2), F("pista", 2)], "bare almonds and pista")
M(
    c,
    3,
    S,
    "en",
    O,
    "essence x1 n window box red x2",
    [F("essence", 1), L("BOX-WINDOW", 2, "Red")],
    "essence flavour not given",
)
M(
    c,
    1,
    S,
    "en",
    O,
    "4 bags besan 10kg no sorry 5, and 1 kesari powder",
    [L("BESAN", 5, B10), L("COLOUR-POWDER", 1, "Kesari")],
    "self-correction: 5 bags",
    ["self_correction", "number_in_name"],
)
M(c, 4, S, "en", Q, "hw much is delivery if order under £150?")
M(
    c,
    5,
    S,
    "en",
    Q,
    "u guys do chikki? the peanut one, need for shop",
    tags=["not_in_catalog"],
    notes="chikki is not in catalog",
)
M(
    c,
    6,
    S,
    "en",
    O,
    "large bags 1 pack, flaked almonds 2, pista slivers 2",
    [L("BAG-CARRIER", 1, BGL), L("ALMOND-FLAKED", 2), L("PISTA-SLIVERS", 2)],
    "",
)
M(
    c,
    3,
    S,
    "en",
    Q,
    "can i pay by card on delivery? driver didnt have the machine last time",
    tags=["non_order_request"],
)
M(
    c,
    5,
    S,
    "en",
    O,
    "2 rose essence, 2 caster sugar, 2 sooji. thx",
    [L("ESSENCE-ROSE", 2), L("SUGAR-CASTER", 2), L("SOOJI", 2)],
    "",
)

# ------------------------------------------------------------------ Desi Delights (Southall market stall)
c = "desi-delights"
M(
    c,
    0,
    W,
    "en",
    O,
    "[Voice message] bhaji send me a bag bombay mix two bags chana dal five kilo jalebi and a box of veg samosa thanks ji",
    [L("BOMBAY-MIX", 1), L("CHANA-DAL-NAMKEEN", 2), L("JALEBI", 5), L("SAMOSA-VEG", 1)],
    "spoken list without commas; 'a' starts an item",
    ["spoken", "voice"],
)
M(
    c,
    2,
    W,
    "pa",
    O,
    """---------- Forwarded message ----------
From: Harpreet
"Supplier nu keh deyo: 2 case khatta meetha, 2 case namak para, te 1 pack white paper cups" """,
    [L("KHATTA-MEETHA", 2), L("NAMAK-PARA", 2), L("CUPS-PAPER", 1, "White")],
    "forwarded message",
    ["forwarded"],
)
M(
    c,
    3,
    W,
    "pa",
    O,
    "2 bottles rooh afza te 1 drum oil bhaji",
    [L("ROOH-AFZA", 2), L("OIL-VEG", 1)],
    "2 bottles of a product sold by the case: 2 cases (small-N rule)",
    ["container"],
)
M(
    c,
    1,
    W,
    "pa",
    OT,
    "Bhaji stall da pitch number badal gaya, hun pitch 22 te aa, Broadway wale gate kol",
    notes="delivery instruction; the pitch number is not a quantity",
)
M(c, 4, W, "pa", O, "same as last week bhaji", ref=dict(kind="last"), notes="same as last week")
M(
    c,
    5,
    W,
    "pa",
    O,
    "Bhaji 10 kilo jalebi te 3 dabbe veg samosa, mela aa weekend",
    [L("JALEBI", 10), L("SAMOSA-VEG", 3)],
    "more than usual for a stated reason (mela)",
)

# ------------------------------------------------------------------ Patel & Sons Grocers (Leeds, e-mail)
c = "patel-sons"
M(
    c,
    0,
    E,
    "en",
    O,
    """Subject: Weekly order – Patel & Sons PO 5521

Hello,

Please deliver Wednesday:
Aloo bhujia 400g x 3 cs
Cornflakes chevda x 3 cs
Poha chevda x 2 cs
Masala khakhra x 2 cs
Jeera khakhra x 2 cs
Alphonso pulp x 6 cs

Thanks
Dinesh Patel
Patel & Sons Grocers, 44 Harehills Lane, Leeds LS8 5HE
Tel: 07700 900552""",
    [
        L("ALOO-BHUJIA", 3, C400),
        L("CORNFLAKES-MIX", 3),
        L("POHA-CHEVDA", 2),
        L("KHAKHRA-MASALA", 2),
        L("KHAKHRA-JEERA", 2),
        L("MANGO-PULP-ALPH", 6),
    ],
    "",
    ["signature", "number_in_name"],
)
M(
    c,
    2,
    E,
    "en",
    O,
    """Subject: Extra

Please add Navrattan 3 cases to Wednesday's delivery. Dinesh""",
    [L("NAVRATTAN", 3)],
    "pack size not given (200g or 400g)",
)
M(
    c,
    3,
    E,
    "en",
    O,
    """Subject: Top up

Chevda x 4 cases for Friday please.
Dinesh""",
    [F("chevda", 4)],
    "bare chevda",
)
M(
    c,
    4,
    E,
    "en",
    C,
    """Subject: INV-60377 short delivery

Invoice INV-60377 charges us for 6 cases of Alphonso pulp but only 4 arrived. Please credit 2 cases.

Dinesh Patel""",
)
M(
    c,
    5,
    E,
    "en",
    O,
    """Subject: PO 5534

2 cs rose water, 2 cs makhana, 4 cs soan papdi 250g, 2 cs condensed milk.

Dinesh""",
    [L("ROSE-WATER", 2), L("MAKHANA", 2), L("SOAN-PAPDI", 4, SP250), L("CONDENSED-MILK", 2)],
    "",
    ["number_in_name"],
)
M(
    c,
    6,
    E,
    "en",
    OT,
    """Subject: Payment

Hi, payment of £1,284.60 for INV-60377 (less the 2 missing cases) sent today by BACS.
Dinesh""",
    notes="payment notice",
)
M(
    c,
    1,
    E,
    "en",
    O,
    """Subject: PO 5540

2 x 24 aloo bhujia 400g, 3 x 20 cornflakes chevda.
Dinesh""",
    [L("ALOO-BHUJIA", 2, C400), L("CORNFLAKES-MIX", 3)],
    "inline pack notation: 2 x 24 is 2 cases of 24, 3 x 20 is 3 cases of 20",
    ["pack", "number_in_name"],
)
M(
    c,
    3,
    E,
    "en",
    O,
    """Subject: Re: Weekly order

Sorry, forgot: 2 cases masala khakhra and 2 cases jeera khakhra on top. Dinesh""",
    [L("KHAKHRA-MASALA", 2), L("KHAKHRA-JEERA", 2)],
    "addition to a placed order",
)

# ------------------------------------------------------------------ Amritsari Sweet House (Gravesend, Gurmukhi / Roman Punjabi)
c = "amritsari-sweets"
M(
    c,
    0,
    W,
    "pa",
    O,
    "ਪਾਜੀ ਕੱਲ੍ਹ ਲਈ ਖੋਆ 10 ਕਿੱਲੋ, ਮਿਲਕ ਕੇਕ 4 ਕਿੱਲੋ, ਗਾਜਰ ਹਲਵਾ 2 ਟੱਬ ਭੇਜ ਦਿਓ",
    [L("KHOYA", 10), L("MILK-CAKE", 4), L("GAJAR-HALWA", 2)],
    "Gurmukhi",
    ["script"],
)
M(
    c,
    2,
    W,
    "pa",
    O,
    "badam 3 kilo te khoya 10 kilo hor",
    [F("almonds", 3), L("KHOYA", 10)],
    "bare badam: 3 kilo reads as 3 of each candidate (per kg or 1kg bags)",
)
M(
    c,
    4,
    W,
    "pa",
    O,
    "ਪਿਛਲੇ ਹਫ਼ਤੇ ਵਾਲਾ ਆਰਡਰ ਦੁਬਾਰਾ ਭੇਜ ਦਿਓ ਜੀ",
    ref=dict(kind="last"),
    notes="Gurmukhi; same as last week",
    tags=["script"],
)
M(c, 3, W, "pa", C, "Paaji gajar halwa de 2 tub leak si, saara dabba gila ho gaya. Replace karo please")
M(c, 5, W, "pa", CH, "kal wale order ch khoya 10 di jagah 15 kar deo ji", change=[L("KHOYA", 15)])
M(
    c,
    6,
    W,
    "pa",
    O,
    "5 kilo gulab jamun fresh, 3 bori khand 25kg, 3 pack printed dabba 500g",
    [L("GULAB-JAMUN-LOOSE", 5), L("SUGAR-SACK", 3), L("BOX-PRINTED", 3, "500g")],
    "",
    ["number_in_name"],
)
M(
    c,
    1,
    W,
    "pa",
    O,
    "ਪਾਜੀ 2 ਬੈਗ ਮੋਟਾ ਬੇਸਨ ਤੇ ਇੱਕ ਟੀਨ ਘਿਓ 15 ਕਿੱਲੋ",
    [L("BESAN-COARSE", 2), L("GHEE-PURE", 1, G15)],
    "Gurmukhi; mota besan = coarse besan; ikk = one",
    ["script", "number_in_name"],
)

# ------------------------------------------------------------------ Ganesh Sweets & Farsan (Leicester)
c = "ganesh-sweets"
M(
    c,
    0,
    W,
    "en",
    O,
    "Morning Ashok! For Friday pls: 8kg kaju katli loose, 6kg motichoor, 6kg jalebi, 4 bags gathiya. Thanks, Vipul",
    [L("KAJU-KATLI", 8), L("LADDU-MOTICHOOR", 6), L("JALEBI", 6), L("GATHIYA", 4)],
    "",
)
M(
    c,
    2,
    W,
    "en",
    O,
    "2 kg badam, 2 kg kaju, 3 box mango kulfi",
    [F("almonds", 2), F("cashew", 2), L("KULFI-MANGO", 3)],
    "bare badam and kaju by the kg",
)
M(
    c,
    3,
    W,
    "en",
    O,
    "window boxes 2 packs + 1 pack gold cups",
    [L("BOX-WINDOW", 2), L("CUPS-PAPER", 1, "Gold")],
    "window box colour not given",
)
M(c, 1, W, "en", Q, "Ashok, are the kaju katli gift boxes in yet? customers asking for Diwali hampers")
M(
    c,
    4,
    W,
    "en",
    O,
    "usual for Fri pls but double the jalebi",
    ref=dict(kind="usual", double=["JALEBI"]),
    notes="the usual with the jalebi doubled",
)
M(
    c,
    5,
    W,
    "en",
    O,
    "blue window boxes x 3 packs and 4kg ratlami sev",
    [L("BOX-WINDOW", 3, None, nofill=True), L("SEV-RATLAMI", 4)],
    "blue is not a window box colour (red, gold, purple): the variant stays open and is not filled from history",
)
M(
    c,
    6,
    W,
    "en",
    O,
    "2 bags desiccated coconut + 1 case namak para + 6kg jalebi",
    [L("DESICCATED", 2), L("NAMAK-PARA", 1), L("JALEBI", 6)],
    "",
)

# ------------------------------------------------------------------ Mithai Corner Coventry (first-time customer)
c = "mithai-corner"
M(
    c,
    0,
    W,
    "en",
    O,
    "Hi, this is Raj from Mithai Corner – we're opening on Foleshill Road, Coventry next Saturday 🎉 First order, cash on delivery please: 10 kg kaju katli loose, 10 kg motichoor laddoo, 2 packs printed boxes 500g, 1 pack small vark. Raj 07700 900653",
    [L("KAJU-KATLI", 10), L("LADDU-MOTICHOOR", 10), L("BOX-PRINTED", 2, "500g"), L("VARK-SILVER", 1, VS)],
    "first order paid on delivery ships as written",
    ["new_customer", "emoji", "signature"],
)
M(
    c,
    3,
    W,
    "en",
    Q,
    "Do you need a deposit to open a trade account? And what's the minimum order for free delivery?",
    tags=["new_customer"],
)
M(
    c,
    5,
    W,
    "en",
    O,
    "Same as my first order again please, for Thursday",
    ref=dict(kind="last"),
    notes="a first-time customer: messages are not history, so there is nothing to repeat",
    tags=["new_customer", "ambiguous_reference"],
)
M(
    c,
    2,
    W,
    "en",
    O,
    "Can we open a 30-day account and put this one on it: 4 bags besan 20kg, 2 tins ghee 15kg, 6 kg kalakand",
    [L("BESAN", 4, B20), L("GHEE-PURE", 2, G15), L("KALAKAND", 6)],
    "a first order on a 30-day account goes to review",
    ["new_customer", "credit", "non_order_request", "number_in_name"],
    flags=["credit"],
)
M(
    c,
    4,
    W,
    "en",
    O,
    "Raj here again – can you add 5 kg jalebi and 1 case gulab jamun tins to Thursday? 👍",
    [L("JALEBI", 5), L("GJ-TIN", 1)],
    "addition to a placed order, paid on delivery",
    ["new_customer", "non_order_request", "emoji"],
)

# ------------------------------------------------------------------ Rangoli Kitchen (first-time customer, e-mail)
c = "rangoli-kitchen"
M(
    c,
    1,
    E,
    "en",
    O,
    """Subject: First order – Rangoli Kitchen

Hello,

We are a new restaurant in Walthamstow opening on 16 October. Could you deliver on Friday, payment on delivery:

- Paneer x 6
- Gulab jamun 5kg
- Kulfi 3 boxes
- Samosa 4 boxes

Best wishes,
Priya Nair
Rangoli Kitchen, 12 Hoe Street, London E17 4QR
020 7946 0512""",
    [F("paneer", 6), L("GULAB-JAMUN-LOOSE", 5), F("kulfi", 3), F("samosa", 4)],
    "5kg rules out the tins (cases of 12 x 1kg), so gulab jamun is the loose one; paneer, kulfi and samosa are families and there is no history",
    ["new_customer", "signature", "non_order_request"],
)
M(
    c,
    4,
    E,
    "en",
    Q,
    """Subject: Allergen sheet

Could you send the allergen information for the paneer samosas and the malai kulfi? Thanks, Priya""",
    tags=["new_customer", "non_order_request"],
)
M(
    c,
    6,
    E,
    "en",
    O,
    """Subject: Order for Tuesday

Please send 4 paneer blocks 2.5kg, 2 boxes pista kulfi and 3 boxes veg samosa. Cash on delivery as before.
Priya""",
    [L("PANEER", 4, P25), L("KULFI-PISTA", 2), L("SAMOSA-VEG", 3)],
    "",
    ["new_customer", "number_in_name"],
)

# ------------------------------------------------------------------ more complaints and a cancellation
M(
    "raja-cash-carry",
    3,
    E,
    "en",
    C,
    """Subject: Damaged delivery DN-88102

Two cases of Gulab Jamun tins were dented and one tin had leaked syrup over the Soan Papdi. Photos attached. Please arrange collection and credit.

Imtiaz Raja""",
    notes="the delivery-note number is not a quantity",
)
M("halwai-express", 2, S, "en", C, "besan last wk had weevils in 1 bag!! not happy. need replacement asap")
M(
    "chai-corner",
    6,
    W,
    "en",
    C,
    "Hi, the mango kulfi arrived half melted on Thursday, the van clearly wasn't cold. 2 boxes had to go in the bin.",
)
M(
    "halwai-express",
    6,
    S,
    "en",
    CA,
    "cancel my order for mon pls, got stock from the cash n carry already. sorry bro",
)

# ------------------------------------------------------------------ more orders: unstocked items, open lines next to resolved ones
M(
    "halwai-express",
    4,
    S,
    "en",
    O,
    "2 sugar + 1 butter paper pls",
    [F("sugar", 2), L("BUTTER-PAPER", 1)],
    "bare sugar: the 25kg sack, the case of 10 x 1kg or caster sugar",
)
M(
    "ganesh-sweets",
    2,
    W,
    "en",
    O,
    "3kg petha and 2kg kalakand, also 1 pack gold card trays",
    [NC(3), L("KALAKAND", 2), L("TRAY-CARD", 1)],
    "petha is not in catalog; 'gold card trays' names the card tray",
)
M(
    "spice-village",
    5,
    S,
    "en",
    O,
    "5 cs sugar 1kg packs + 2 cs khasta kachori",
    [L("SUGAR-1KG", 5), L("KACHORI-KHASTA", 2)],
    "",
)
M(
    "chai-corner",
    1,
    W,
    "en",
    O,
    "samosas x 4 + carrier bags 2 packs",
    [F("samosa", 4), L("BAG-CARRIER", 2)],
    "the cafe buys both samosas, so that line stays open with history; bag size not given",
)
M(
    "jalaram-farsan",
    1,
    W,
    "gu",
    O,
    "khakhra 5 case ane sev 10 bag",
    [F("khakhra", 5), F("sev", 10)],
    "bare khakhra and sev",
)
M(
    "kesar-sweet-mart",
    6,
    E,
    "en",
    O,
    """Subject: PO KSM-2301

Walnut kernels 3 kg, kesar kaju katli 4 kg, 1 pack butter paper.
Nilesh""",
    [NC(3), L("KESAR-KAJU-KATLI", 4), L("BUTTER-PAPER", 1)],
    "walnut kernels are not in catalog",
)
M(
    "sohna-sweets",
    6,
    W,
    "pa",
    O,
    "ji 5 kilo ghevar te 10 kilo jalebi vi bhejna",
    [NC(5), L("JALEBI", 10)],
    "ghevar is not in catalog",
)
M(
    "amritsari-sweets",
    3,
    W,
    "pa",
    O,
    "3 kilo milk cake te 2 tub gajar halwa, naal 2 pack printed dabba 500g",
    [L("MILK-CAKE", 3), L("GAJAR-HALWA", 2), L("BOX-PRINTED", 2, "500g")],
    "",
    ["number_in_name"],
)
M(
    "royal-bengal",
    1,
    W,
    "en",
    O,
    "4kg cham cham, 6kg chhena and 1 case kewra water",
    [L("CHAM-CHAM", 4), L("CHHENA", 6), L("KEWRA-WATER", 1)],
    "",
)
M(
    "ambica-sweets",
    4,
    W,
    "en",
    O,
    "Ashok – 4 tins ghee 2kg and 12kg loose kaju katli for Monday pls",
    [L("GHEE-PURE", 4, G2), L("KAJU-KATLI", 12)],
    "",
    ["number_in_name"],
)
