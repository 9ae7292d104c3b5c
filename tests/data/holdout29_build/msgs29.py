# ruff: noqa  (hand-written data generator of blind set 29, kept as its writer left it)
"""Messages of the 29th blind set and their plain labels, all hand-written.

m(customer, day, channel, language, intent, text, lines, notes, tags, **extra)
  day: 0..6 = 2027-06-07 (Mon) .. 2027-06-13 (Sun)
  L(sku, q): a line of a product without variants; V(sku, q, variant): a product with variants (variant may be
  None = the message does not say; nofill=True = never filled from history); A(q, candidates, cv): a bare family
  word (null sku); X(q): not in the catalog.
  extra: review=True (a reason other than an open line: credit, conditional, range), ref=dict(kind="usual"|"last",
  remove=[sku], set=[line], add=[line], double=[sku]) for references to history, outlier=True, change=[lines].
"""

import datetime

MSGS = []
DAY0 = datetime.date(2027, 6, 7)


def L(sku, q):
    return {"sku": sku, "quantity": q}


def V(sku, q, v, nofill=False):
    d = {"sku": sku, "quantity": q, "variant": v}
    if nofill:
        d["_nofill"] = True
    return d


def A(q, cands, cv=None):
    d = {"sku": None, "quantity": q, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    return d


def X(q):
    return {"sku": None, "quantity": q}


def m(cust, day, ch, lang, intent, text, lines=(), notes="", tags=(), **extra):
    MSGS.append(
        {
            "customer": cust,
            "date": (DAY0 + datetime.timedelta(days=day)).isoformat(),
            "channel": ch,
            "language": lang,
            "intent": intent,
            "text": text,
            "lines": list(lines),
            "notes": notes,
            "tags": list(tags),
            "extra": extra,
        }
    )


JAMS = ["JAM-STR-P", "JAM-RAS-P", "JAM-APR-P", "JAM-BLC-P"]
JAMS_ALL = JAMS + ["JAM-STR-TUB"]
CS, CM, CL = "Standard 60g x 60", "Mini 25g x 180", "Large 90g x 40"
PS, PM = "Standard 75g x 60", "Mini 25g x 180"
OJ1, OJG = "12 x 1L Carton", "24 x 200ml Glass"
W33, W75 = "24 x 330ml", "12 x 750ml"

# ------------------------------------------------------------------ clean orders, English
m(
    "harbour-view",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "Morning! Wednesday delivery pls:\n4 boxes standard croissants\n3 boxes pain au choc standard\n"
    "2 boxes strawberry jam portions\n1 box marmalade portions\n1 box honey portions\nThanks, Jess 🙂",
    [V("CROIS-BUT", 4, CS), V("PAC", 3, PS), L("JAM-STR-P", 2), L("MARM-P", 1), L("HONEY-P", 1)],
    "croissants is the all-butter croissant (the almond one carries its word)",
    ["variant", "emoji"],
)
m(
    "harbour-view",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "hi, can we add to friday: 4 cases OJ 1 litre cartons and 2 cases apple juice litre cartons, plus 2 bags "
    "honey almond granola. ta",
    [V("OJ", 4, OJ1), V("AJ", 2, OJ1), L("GRAN-HON", 2)],
    "1 litre cartons names the Valley Grove case (fresh OJ is a 2L bottle, concentrate a 3L bag); an addition to a "
    "placed order is ORDER",
    ["variant", "non_order_request"],
)
m(
    "kings-arms",
    1,
    "SMS",
    "en",
    "ORDER",
    "Dave @ Kings Arms. 10 thick sliced white, 1 cs catering cornflakes, 1 tub strawberry jam, 1 tub marmalade, "
    "2 box salted butter portions. cheers",
    [
        V("BREAD-WHT", 10, "Thick Sliced"),
        L("CF-BULK", 1),
        L("JAM-STR-TUB", 1),
        L("MARM-TUB", 1),
        L("BUT-SAL-P", 2),
    ],
    "the unit word tub names the 3kg catering tubs",
    ["variant"],
)
m(
    "mapleton-bnb",
    2,
    "WHATSAPP",
    "en",
    "ORDER",
    "Hi it's Sue at Mapleton. Could you send 4 granary, 4 medium white sliced, a box of raspberry jam portions and "
    "6 bottles of fresh orange for Thursday? Many thanks x",
    [L("BREAD-GRAN", 4), V("BREAD-WHT", 4, "Medium Sliced"), L("JAM-RAS-P", 1), L("OJ-FRESH", 6)],
    "fresh orange by the bottle is the freshly squeezed 2L bottle, sold by the bottle",
    ["variant", "non_order_request"],
)
m(
    "regent-suites",
    0,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Order – Regent Suites – PO 30418\n\nHello,\n\nPlease deliver on Tuesday 8 June:\n- Dental kits x 2 boxes\n"
    "- Vanity kits x 1 box\n- Shampoo 50ml x 2 boxes\n- Shower gel 50ml x 2 boxes\n- Body lotion x 1 box\n"
    "- Shower caps x 1 box\n\nKind regards,\nTom Beale\nPurchasing, Regent Suites Aparthotel\n14 Canal Street, "
    "Manchester M1 3HB\nT: 020 7946 0412",
    [
        L("KIT-DENTAL", 2),
        L("KIT-VANITY", 1),
        V("SHAMP", 2, "50ml x 200"),
        V("SHGEL", 2, "50ml x 200"),
        L("LOTION", 1),
        L("SHOWERCAP", 1),
    ],
    "50ml exists only for the guest bottles (dispensers are 300ml); PO 30418, 8 June, 14 and the phone are not "
    "quantities",
    ["variant", "signature", "number_in_name"],
)
m(
    "northgate-hotel",
    1,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Breakfast order wk 23\n\nHi team,\n\nFor Thursday's drop please:\n2 boxes mini croissants\n"
    "2 boxes mini pain au chocolat\n1 box blueberry muffins\n1 box double choc muffins\n2 cases corn flakes portion "
    "packs\n1 case rice krispies portions\n1 case coco pops portions\n\nThanks,\nPriya Nair\nF&B Manager, Northgate "
    "Hotel\n020 7946 0235",
    [
        V("CROIS-BUT", 2, CM),
        V("PAC", 2, PM),
        L("MUF-BLU", 1),
        L("MUF-CHOC", 1),
        L("CF-PORT", 2),
        L("RK-PORT", 1),
        L("CP-PORT", 1),
    ],
    "wk 23 and the phone number are not quantities",
    ["variant", "signature"],
)
m(
    "lakeside-lodge",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Martin here, kitchen at Lakeside Lodge. Order for Friday: 12 sourdough bloomers, 2 boxes of the large "
    "croissants, 1 box pain aux raisins, 1 tub of honey (3kg), 2 bags porridge oats, 6 bags espresso beans.\n"
    "Thanks, Martin Ashby, Head Chef. 020 7946 0533",
    [
        L("BREAD-SOUR", 12),
        V("CROIS-BUT", 2, CL),
        L("PAR", 1),
        L("HONEY-TUB", 1),
        L("OATS-3KG", 2),
        L("COF-BEAN", 6),
    ],
    "tub of honey is the 3kg tub; 3kg is part of the name",
    ["variant", "number_in_name", "signature"],
)
m(
    "station-inn",
    0,
    "SMS",
    "en",
    "ORDER",
    "3 cs variety packs, 2 cs porridge pots original, 2 box strawberry jam portions, 1 box marmalade portions. kev "
    "station inn",
    [L("VAR-PORT", 3), L("PORR-POT-ORI", 2), L("JAM-STR-P", 2), L("MARM-P", 1)],
    "",
    [],
)
m(
    "station-inn",
    4,
    "SMS",
    "en",
    "ORDER",
    "kev again. 2 box olive spread portions 2 boxes white sugar sticks 3 dispenser orange concentrate. thx",
    [L("SPRD-OLV-P", 2), V("SUGAR-STK", 2, "White"), L("OJ-CONC", 3)],
    "a list without commas",
    ["spoken", "variant"],
)
m(
    "seaview-guesthouse",
    1,
    "WHATSAPP",
    "en",
    "ORDER",
    "Hello dear, Maureen from Seaview. Could I have 6 medium sliced white and 3 wholemeal for Thursday please, and a "
    "box of Marmite portions. Thank you",
    [V("BREAD-WHT", 6, "Medium Sliced"), L("BREAD-WM", 3), L("MARMITE-P", 1)],
    "",
    ["variant", "non_order_request"],
)
m(
    "brickyard-hostel",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "yo its Luca at brickyard. 12 medium white loaves, 2 tubs nutella 3kg, 2 boxes peanut butter portions, 2 cs "
    "catering rice krispies please 🙏",
    [V("BREAD-WHT", 12, "Medium Sliced"), L("NUT-TUB", 2), L("PB-P", 2), L("RK-BULK", 2)],
    "tubs of nutella are the 3kg tub",
    ["variant", "emoji", "number_in_name"],
)
m(
    "airport-hub",
    0,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: PO AH-77120 – breakfast & amenities\n\nHi,\n\nPlease book the following for Wednesday 9th, delivery to "
    "goods-in, Bay 3:\n\n1. Standard butter croissants – 10 boxes\n2. Pain au chocolat standard – 6 boxes\n"
    "3. Blueberry muffins – 4 boxes\n4. Mini Danish selection – 3 boxes\n5. Orange juice 12x1L – 12 cases\n"
    "6. Apple juice 12x1L – 6 cases\n7. Filter coffee jug packs 70g – 10 cases\n8. Dental kits – 10 boxes\n\n"
    "Regards\nGareth Lloyd\nProcurement, Airport Hub Hotel\nTel 020 7946 0088",
    [
        V("CROIS-BUT", 10, CS),
        V("PAC", 6, PS),
        L("MUF-BLU", 4),
        L("DAN-MINI", 3),
        V("OJ", 12, OJ1),
        V("AJ", 6, OJ1),
        V("COF-FILT", 10, "70g"),
        L("KIT-DENTAL", 10),
    ],
    "list numbering, PO, 9th, Bay 3 and the phone are not quantities; filter coffee is the hotel blend (decaf "
    "carries its word)",
    ["variant", "signature", "pack"],
)
m(
    "bramble-cafe",
    1,
    "WHATSAPP",
    "en",
    "ORDER",
    "morning! 10 sourdough, 2 cases bagels, 2 cases english muffins, 8 bags espresso beans and 1 tin hot choc powder "
    "pls. Kim x",
    [L("BREAD-SOUR", 10), L("BAGEL-PLAIN", 2), L("ENG-MUF", 2), L("COF-BEAN", 8), L("HOTCHOC-TIN", 1)],
    "tin of powder is the 2kg hot chocolate tin",
    [],
)
m(
    "fairway-resort",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Hi, Owen at Fairway. For Friday please: 6 waffle robes L/XL, 2 cases of 2-in-1 shampoo dispensers, 2 cases shower "
    "gel dispensers, 2 cases hand wash dispensers, 1 box shaving kits.\nRegards, Owen Pryce, Rooms Division Manager, "
    "Fairway Golf Resort",
    [V("ROBE", 6, "L/XL"), L("SHAMP-DISP", 2), L("SHGEL-DISP", 2), L("HANDWASH-DISP", 2), L("KIT-SHAVE", 1)],
    "2-in-1 is part of the name",
    ["variant", "number_in_name"],
)
m(
    "nest-pods",
    1,
    "WHATSAPP",
    "en",
    "ORDER",
    "Hi! We're Nest Pods, new pod hotel opening on Dock Road next week 😊 First order please, we'll pay on "
    "delivery: 2 boxes dental kits, 1 box shower caps, 2 cases shower gel dispensers, 2 cases hand wash dispensers, "
    "4 boxes instant coffee sticks. Thanks! Ravi",
    [L("KIT-DENTAL", 2), L("SHOWERCAP", 1), L("SHGEL-DISP", 2), L("HANDWASH-DISP", 2), L("COF-INST-STK", 4)],
    "first order of a new customer, paid on delivery: ships as written",
    ["new_customer", "emoji"],
)
m(
    "orchard-glamping",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: First order – Orchard Glamping\n\nHello,\nWe've just filled in the account form with your rep, Amy. "
    "Could we place our first order, paid by card on delivery:\n2 boxes enveloped English breakfast tea\n1 box hot "
    "chocolate sachets\n2 boxes UHT semi-skimmed milk portions\n1 box brown sugar sticks\n2 boxes caramelised "
    "biscuits\n\nBest wishes,\nBeth Harlow\nOrchard Glamping, Wyeford",
    [
        L("TEA-EB-ENV", 2),
        L("HOTCHOC-SACH", 1),
        L("MILK-SEMI-P", 2),
        V("SUGAR-STK", 1, "Brown"),
        L("BISC-CARAMEL", 2),
    ],
    "first order of a new customer, paid on delivery: ships as written",
    ["new_customer", "variant", "signature", "non_order_request"],
)
m(
    "airport-hub",
    3,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: PO AH-77145 top-up\n\nAdditional for Friday please: 600 strawberry jam portions, 240 semi skimmed milk "
    "portions and 160 corn flakes portion packs.\n\nGareth",
    [L("JAM-STR-P", 6), L("MILK-SEMI-P", 2), L("CF-PORT", 4)],
    "counts converted: 600 portions = 6 boxes of 100, 240 milk portions = 2 boxes of 120, 160 packs = 4 cases of 40",
    ["count"],
)
m(
    "northgate-hotel",
    4,
    "EMAIL",
    "en",
    "ORDER",
    "Hi, please add to Saturday: 2 x 12x1L cranberry, 6 x 12x1L orange, 1 x 12x1L pink grapefruit. Priya",
    [L("CRAN-1L", 2), V("OJ", 6, OJ1), L("GRAPEF-1L", 1)],
    "a pack written inline is one case: 2 x 12x1L = 2 cases",
    ["pack", "variant"],
)
m(
    "lakeside-lodge",
    4,
    "EMAIL",
    "en",
    "ORDER",
    "Could you also send 72 mini tomato juices (the 200ml glass) and 3 cases of orange 200ml glass for Saturday's "
    "brunch.\nM. Ashby",
    [L("TOMATO-200", 3), V("OJ", 3, OJG)],
    "72 bottles = 3 cases of 24",
    ["count", "variant", "non_order_request"],
)
m(
    "bramble-cafe",
    5,
    "WHATSAPP",
    "en",
    "ORDER",
    "kim: 2 cases 12oz hot cups + 1 case white tray napkins pls",
    [V("CUP-HOT", 2, "12oz"), V("NAP-TRAY", 1, "White")],
    "",
    ["variant"],
)
m(
    "kings-arms",
    5,
    "SMS",
    "en",
    "ORDER",
    "dave. 2 bottles of tomato juice and 1 box earl grey envelopes",
    [L("TOMATO-200", 2), L("TEA-EG-ENV", 1)],
    "tomato juice is sold by the case of 24; 2 bottles read as 2 cases (small-N rule; review would also be "
    "acceptable, a fraction never)",
    ["container"],
)
m(
    "station-inn",
    2,
    "SMS",
    "en",
    "ORDER",
    "kev here three boxes of coffee sticks two boxes of sugar sticks white and a case of 8oz cups",
    [L("COF-INST-STK", 3), V("SUGAR-STK", 2, "White"), V("CUP-HOT", 1, "8oz")],
    "spoken list without commas; coffee sticks are the regular instant sticks (decaf carries its word)",
    ["spoken", "variant"],
)
m(
    "seaview-guesthouse",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "maureen here sorry for the voice message thing. a box of salted butter portions two cases of orange juice litre "
    "cartons and a box of whole milk pots thank you dear",
    [L("BUT-SAL-P", 1), V("OJ", 2, OJ1), L("MILK-WH-P", 1)],
    "voice-to-text list without commas; litre cartons names the Valley Grove case",
    ["spoken", "voice", "variant"],
)
m(
    "harbour-view",
    5,
    "WHATSAPP",
    "en",
    "ORDER",
    "🥐 x4 boxes standard croissants for Sunday pls + 2 boxes salted butter portions 🧈 thanks!",
    [V("CROIS-BUT", 4, CS), L("BUT-SAL-P", 2)],
    "",
    ["emoji", "variant"],
)
m(
    "regent-suites",
    3,
    "EMAIL",
    "en",
    "ORDER",
    "Hello, please add to Friday's delivery: 3 boxes of shortbread twin packs, 2 boxes of non-dairy creamer, 3 cases "
    "of still water 330ml glass.\nTom",
    [L("BISC-SHORT", 3), L("CREAMER-P", 2), V("WATER-STILL", 3, W33)],
    "still 330ml glass is the Hillspring glass (the PET is 500ml)",
    ["variant"],
)
m(
    "fairway-resort",
    5,
    "EMAIL",
    "en",
    "ORDER",
    "Owen again – 4 cases sparkling 330ml and 4 cases still 330ml glass for the spa fridges please.",
    [V("WATER-SPARK", 4, W33), V("WATER-STILL", 4, W33)],
    "",
    ["variant"],
)
m(
    "mapleton-bnb",
    5,
    "WHATSAPP",
    "en",
    "ORDER",
    "Sue: 2 boxes 25g soaps and 1 box of the 30ml shampoos please, guests keep nicking them 😂",
    [V("SOAP", 2, "25g x 300"), V("SHAMP", 1, "30ml x 250")],
    "",
    ["variant", "emoji"],
)
m(
    "regent-suites",
    5,
    "EMAIL",
    "en",
    "ORDER",
    "pls add 2 cases terry slippers standard size to Monday. Tom",
    [V("SLIP-TERRY", 2, "Standard")],
    "",
    ["variant"],
)
m(
    "station-inn",
    6,
    "SMS",
    "en",
    "ORDER",
    "kev: 1 case 8oz cups 1 box stirrers 2 cs variety",
    [V("CUP-HOT", 1, "8oz"), L("STIR", 1), L("VAR-PORT", 2)],
    "list without commas",
    ["spoken", "variant"],
)
m(
    "lakeside-lodge",
    6,
    "EMAIL",
    "en",
    "ORDER",
    "For Sunday: 1 box peppermint envelopes, 2 boxes english breakfast envelopes, 1 case white dinner napkins. "
    "Martin",
    [L("TEA-PEP-ENV", 1), L("TEA-EB-ENV", 2), V("NAP-DIN", 1, "White")],
    "",
    ["variant"],
)
m(
    "kings-arms",
    3,
    "SMS",
    "en",
    "ORDER",
    "2 cs burgundy tray napkins and 1 box of the 1100 tea bags. dave",
    [V("NAP-TRAY", 2, "Burgundy"), L("TEA-EB-1100", 1)],
    "1100 is part of the name (box of 1100)",
    ["variant", "number_in_name"],
)
m(
    "westfield-conf",
    0,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Conference 10 June – refreshments\n\nHi,\n\nFor Thursday's conference (180 delegates) please deliver on "
    "Wednesday:\n- 3 boxes mini Danish selection\n- 2 boxes lemon & poppy seed muffins\n- 4 cases filter coffee jug "
    "packs 70g\n- 2 boxes peppermint tea (enveloped)\n- 3 boxes shortbread twin packs\n- 6 cases sparkling water "
    "750ml\n\nThanks,\nHelen Marsh\nEvents Coordinator, Westfield Conference Centre",
    [
        L("DAN-MINI", 3),
        L("MUF-LEM", 2),
        V("COF-FILT", 4, "70g"),
        L("TEA-PEP-ENV", 2),
        L("BISC-SHORT", 3),
        V("WATER-SPARK", 6, W75),
    ],
    "180 delegates and 10 June are not quantities",
    ["variant", "signature"],
)
m(
    "westfield-conf",
    4,
    "EMAIL",
    "en",
    "ORDER",
    "Helen: for the Saturday wedding breakfast (90 guests): 2 boxes mini croissants, 1 box mini pain au chocolat, "
    "3 cases orange juice 200ml glass, 2 cases navy tray napkins.",
    [V("CROIS-BUT", 2, CM), V("PAC", 1, PM), V("OJ", 3, OJG), V("NAP-TRAY", 2, "Navy")],
    "90 guests is not a quantity; navy tray napkins names one product",
    ["variant"],
)
m(
    "airport-hub",
    1,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: PO AH-77131\n\nCereals for Thursday: Frosties portions 2 cs, Coco Pops portions 2 cs, Special K "
    "portions 1 cs, Crunchy Nut portions 1 cs.\n\nGareth",
    [L("FR-PORT", 2), L("CP-PORT", 2), L("SK-PORT", 1), L("CN-PORT", 1)],
    "",
    [],
)
m(
    "airport-hub",
    5,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Amenities PO AH-77160\n\nPlease deliver Monday 14th: 6 boxes wrapped soap 25g, 8 boxes shampoo 30ml, "
    "4 boxes conditioner, 4 boxes body lotion.\n\nGareth Lloyd",
    [V("SOAP", 6, "25g x 300"), V("SHAMP", 8, "30ml x 250"), L("COND", 4), L("LOTION", 4)],
    "14th is a date",
    ["variant"],
)
m(
    "northgate-hotel",
    6,
    "EMAIL",
    "en",
    "ORDER",
    "Priya: please send 1 box Nutella portions + 2 boxes apricot jam portions + 4 boxes salted butter portions on "
    "Monday",
    [L("NUT-P", 1), L("JAM-APR-P", 2), L("BUT-SAL-P", 4)],
    "",
    [],
)
m(
    "bramble-cafe",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "kim: 1 tub clear honey 3kg, 1 box PB portions, 1 bag red berry granola",
    [L("HONEY-TUB", 1), L("PB-P", 1), L("GRAN-BER", 1)],
    "",
    ["number_in_name"],
)
m(
    "fairway-resort",
    3,
    "EMAIL",
    "en",
    "ORDER",
    "Owen: please add 1 box sewing kits and 2 cases of the open toe waffle slippers to Friday",
    [L("KIT-SEW", 1), L("SLIP-WAFFLE", 2)],
    "",
    [],
)
m(
    "regent-suites",
    1,
    "EMAIL",
    "en",
    "ORDER",
    "Hi, Tom. Quick one: two boxes of hot chocolate sachets, a box of decaf instant sticks and three boxes of "
    "shortbread. Thanks",
    [L("HOTCHOC-SACH", 2), L("COF-INST-DEC", 1), L("BISC-SHORT", 3)],
    "number words",
    ["spoken"],
)
m(
    "orchard-glamping",
    5,
    "EMAIL",
    "en",
    "ORDER",
    "Beth here – could you add 1 box shower caps and 2 boxes of the 25g wrapped soaps to our delivery? Paid on "
    "delivery as before.",
    [L("SHOWERCAP", 1), V("SOAP", 2, "25g x 300")],
    "new customer, paid on delivery: ships as written",
    ["new_customer", "variant", "non_order_request"],
)
m(
    "nest-pods",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "Ravi @ Nest Pods: 1 case 12oz cups, 1 box stirrers, 2 boxes semi skimmed milk portions please, card on delivery "
    "again",
    [V("CUP-HOT", 1, "12oz"), L("STIR", 1), L("MILK-SEMI-P", 2)],
    "new customer, paid on delivery",
    ["new_customer", "variant"],
)
m(
    "westfield-conf",
    6,
    "EMAIL",
    "en",
    "ORDER",
    "Helen: Monday's board meeting, 14 people – 1 box green tea envelopes, 1 box caramel biscuits, 2 cases still water "
    "750ml.",
    [L("TEA-GRN-ENV", 1), L("BISC-CARAMEL", 1), V("WATER-STILL", 2, W75)],
    "14 people is not a quantity; still 750ml is the Hillspring glass",
    ["variant"],
)
m(
    "harbour-view",
    6,
    "WHATSAPP",
    "en",
    "ORDER",
    "Jess: 2 cases filter coffee 70g jug packs and 2 boxes EB envelopes",
    [V("COF-FILT", 2, "70g"), L("TEA-EB-ENV", 2)],
    "",
    ["variant"],
)
m(
    "lakeside-lodge",
    0,
    "EMAIL",
    "en",
    "ORDER",
    "Chef Ashby – 2 cases pink grapefruit 1L and 1 case pineapple juice. Delivery Tuesday before 7am please, side door.",
    [L("GRAPEF-1L", 2), L("PINE-1L", 1)],
    "before 7am is a time",
    [],
)
m(
    "brickyard-hostel",
    5,
    "WHATSAPP",
    "en",
    "ORDER",
    "luca: 3 boxes white sugar cubes, 4 tins instant coffee granules 🙏",
    [L("SUGAR-CUBE", 3), L("COF-INST-TIN", 4)],
    "",
    ["emoji"],
)
m(
    "brickyard-hostel",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "luca: 4 apple concentrate bag in box for the dispenser + 2 cases 12oz cups + 1 box wooden stirrers",
    [L("AJ-CONC", 4), V("CUP-HOT", 2, "12oz"), L("STIR", 1)],
    "",
    ["variant"],
)
m(
    "kings-arms",
    6,
    "SMS",
    "en",
    "ORDER",
    "dave. 8 thick sliced white + 2 medium sliced for sunday",
    [V("BREAD-WHT", 8, "Thick Sliced"), V("BREAD-WHT", 2, "Medium Sliced")],
    "two variants of one product",
    ["variant"],
)
m(
    "mapleton-bnb",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "Sue: decaf coffee jug packs 1 case and 1 box chamomile envelopes please",
    [L("COF-FILT-DEC", 1), L("TEA-CHAM-ENV", 1)],
    "",
    [],
)
m(
    "seaview-guesthouse",
    6,
    "WHATSAPP",
    "en",
    "ORDER",
    "maureen: 2 boxes earl grey envelopes. and a box of the apricot danish please",
    [L("TEA-EG-ENV", 2), L("DAN-APR", 1)],
    "",
    [],
)
m(
    "millpond-inn",
    2,
    "SMS",
    "en",
    "ORDER",
    "gary millpond inn. 6 thick white, 1 cs cornflake portions, 1 cs rice krispie portions, 1 box jam portions "
    "strawberry, 1 tin instant coffee",
    [
        V("BREAD-WHT", 6, "Thick Sliced"),
        L("CF-PORT", 1),
        L("RK-PORT", 1),
        L("JAM-STR-P", 1),
        L("COF-INST-TIN", 1),
    ],
    "a tin of instant coffee is the 750g tin",
    ["variant"],
)
m(
    "millpond-inn",
    5,
    "SMS",
    "en",
    "ORDER",
    "gary. 2 box salted butter portions + 1 box semi skimmed milk pots + 1 box white sugar cubes",
    [L("BUT-SAL-P", 2), L("MILK-SEMI-P", 1), L("SUGAR-CUBE", 1)],
    "",
    [],
)
m(
    "millpond-inn",
    0,
    "SMS",
    "en",
    "ORDER",
    "gary: 1 dispenser orange concentrate + 1 box english breakfast 1100",
    [L("OJ-CONC", 1), L("TEA-EB-1100", 1)],
    "1100 is part of the name",
    ["number_in_name"],
)
m(
    "harbour-view",
    2,
    "WHATSAPP",
    "en",
    "ORDER",
    "Jess: 3 boxes of mini pain au choc, no sorry, the standard ones, 3 boxes. And 1 case corn flakes portions",
    [V("PAC", 3, PS), L("CF-PORT", 1)],
    "self-correction: standard, not mini",
    ["self_correction", "variant"],
)
m(
    "northgate-hotel",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Yes please go ahead with 3 cases of apple juice 200ml glass as well.\n\n> On Mon 7 Jun, Northgate Hotel "
    "wrote:\n> For Thursday please: 6 cases OJ 1L, 2 cases cranberry\n> Thanks, Priya",
    [V("AJ", 3, OJG)],
    "the quoted lines are an earlier message, not new lines; only the apple juice is added",
    ["quoted", "variant"],
)

# ------------------------------------------------------------------ clean orders, other languages
m(
    "grand-pier",
    0,
    "WHATSAPP",
    "pl",
    "ORDER",
    "Dzień dobry, Paweł z Grand Pier. Na środę proszę: 3 kartony croissantów standard, 2 kartony pain au chocolat "
    "standard, 1 karton cinnamon swirl, 6 chlebów pełnoziarnistych (wholemeal), 6 białych krojonych grubo. Dziękuję",
    [
        V("CROIS-BUT", 3, CS),
        V("PAC", 2, PS),
        L("CINN", 1),
        L("BREAD-WM", 6),
        V("BREAD-WHT", 6, "Thick Sliced"),
    ],
    "karton = box; białe krojone grubo = thick sliced white",
    ["multilingual", "variant"],
)
m(
    "grand-pier",
    3,
    "WHATSAPP",
    "pl",
    "ORDER",
    "Paweł: 4 zgrzewki soku pomarańczowego 1L, 2 zgrzewki jabłkowego 1L, 1 zgrzewka ananasowego. I 3 kartony kawy "
    "filtrowanej 50g. Dzięki!",
    [V("OJ", 4, OJ1), V("AJ", 2, OJ1), L("PINE-1L", 1), V("COF-FILT", 3, "50g")],
    "zgrzewka = case; sok 1L names the Valley Grove 12 x 1L",
    ["multilingual", "variant"],
)
m(
    "grand-pier",
    5,
    "WHATSAPP",
    "pl",
    "ORDER",
    "Paweł: 2 kartony porcji dżemu truskawkowego, 1 karton porcji miodu, 3 kartony masła solonego w porcjach. Dzięki",
    [L("JAM-STR-P", 2), L("HONEY-P", 1), L("BUT-SAL-P", 3)],
    "porcje = portions",
    ["multilingual"],
)
m(
    "grand-pier",
    4,
    "WHATSAPP",
    "pl",
    "ORDER",
    "Paweł: na sobotę 240 porcji mleka półtłustego i 80 porcji płatków kukurydzianych Kellogg's",
    [L("MILK-SEMI-P", 2), L("CF-PORT", 2)],
    "counts converted: 240 milk portions = 2 boxes of 120, 80 corn flakes portions = 2 cases of 40",
    ["multilingual", "count"],
)
m(
    "riverside-premier",
    0,
    "WHATSAPP",
    "ro",
    "ORDER",
    "Bună ziua, sunt Ioana de la Riverside Premier. Pentru joi vă rog: 3 cutii șampon 30ml, 3 cutii gel de duș 30ml, "
    "2 cutii săpun 15g, 1 cutie bonete de duș. Mulțumesc!",
    [V("SHAMP", 3, "30ml x 250"), V("SHGEL", 3, "30ml x 250"), V("SOAP", 2, "15g x 500"), L("SHOWERCAP", 1)],
    "cutie = box",
    ["multilingual", "variant"],
)
m(
    "riverside-premier",
    4,
    "WHATSAPP",
    "ro",
    "ORDER",
    "Ioana: 2 cutii kituri dentare, 1 cutie kit vanity, 2 cutii biscuiți shortbread. Și 1 cutie de sticks zahăr alb. "
    "Mersi",
    [L("KIT-DENTAL", 2), L("KIT-VANITY", 1), L("BISC-SHORT", 2), V("SUGAR-STK", 1, "White")],
    "",
    ["multilingual", "variant"],
)
m(
    "riverside-premier",
    2,
    "WHATSAPP",
    "ro",
    "ORDER",
    "Ioana: 1 bax papuci terry mărime standard, 2 cutii cafea instant la plic, 1 cutie creamer porții",
    [V("SLIP-TERRY", 1, "Standard"), L("COF-INST-STK", 2), L("CREAMER-P", 1)],
    "bax = case; cafea instant la plic = instant coffee sticks",
    ["multilingual", "variant"],
)
m(
    "casa-lucia",
    1,
    "WHATSAPP",
    "it",
    "ORDER",
    "Ciao! Lucia di Casa Lucia. Per venerdì: 2 scatole di cornetti standard, 1 scatola di cornetti alle mandorle, "
    "1 scatola di Nutella monoporzione, 3 sacchetti di caffè in grani. Grazie mille!",
    [V("CROIS-BUT", 2, CS), L("CROIS-ALM", 1), L("NUT-P", 1), L("COF-BEAN", 3)],
    "cornetti = croissants; monoporzione = portions",
    ["multilingual", "variant"],
)
m(
    "casa-lucia",
    4,
    "WHATSAPP",
    "it",
    "ORDER",
    "Lucia: 4 bottiglie di spremuta d'arancia fresca, 1 sacco di muesli svizzero, 1 scatola di burro senza sale in "
    "porzioni. Grazie!",
    [L("OJ-FRESH", 4), L("MUES-SWS", 1), L("BUT-UNS-P", 1)],
    "spremuta fresca = freshly squeezed, by the bottle",
    ["multilingual"],
)
m(
    "casa-lucia",
    6,
    "WHATSAPP",
    "it",
    "ORDER",
    "Lucia: 1 scatola di zucchero di canna in stick e 1 scatola di porzioni di latte intero",
    [V("SUGAR-STK", 1, "Brown"), L("MILK-WH-P", 1)],
    "zucchero di canna = brown",
    ["multilingual", "variant"],
)
m(
    "hostal-sol",
    0,
    "SMS",
    "es",
    "ORDER",
    "Hola, soy Carmen del Hostal Sol. Para el jueves: 5 panes blancos de molde medianos, 1 caja de mermelada de fresa "
    "en porciones, 1 caja de mantequilla con sal en porciones, 1 caja de sobres de chocolate caliente. Gracias",
    [V("BREAD-WHT", 5, "Medium Sliced"), L("JAM-STR-P", 1), L("BUT-SAL-P", 1), L("HOTCHOC-SACH", 1)],
    "pan de molde mediano = medium sliced white",
    ["multilingual", "variant"],
)
m(
    "hostal-sol",
    4,
    "SMS",
    "es",
    "ORDER",
    "Carmen: 2 cajas de zumo de naranja en botellitas de 200ml y 1 caja de zumo de tomate. Gracias!",
    [V("OJ", 2, OJG), L("TOMATO-200", 1)],
    "",
    ["multilingual", "variant"],
)
m(
    "hostal-sol",
    6,
    "SMS",
    "es",
    "ORDER",
    "Carmen: 1 caja de Coco Pops en porciones y 1 caja de muffins de chocolate",
    [L("CP-PORT", 1), L("MUF-CHOC", 1)],
    "the chocolate muffin is the double chocolate (only one)",
    ["multilingual"],
)
m(
    "jersey-bay",
    1,
    "EMAIL",
    "pt",
    "ORDER",
    "Assunto: Encomenda Jersey Bay Hotel\n\nBom dia,\n\nPara quinta-feira, por favor:\n- 2 caixas de champô 50ml\n"
    "- 2 caixas de condicionador\n- 2 caixas de gel de banho 50ml\n- 2 caixas de sabonetes 40g\n- 4 roupões S/M\n\n"
    "Obrigada,\nSandra Sousa\nGovernanta, Jersey Bay Hotel\nTel. 07700 900518",
    [
        V("SHAMP", 2, "50ml x 200"),
        L("COND", 2),
        V("SHGEL", 2, "50ml x 200"),
        V("SOAP", 2, "40g x 200"),
        V("ROBE", 4, "S/M"),
    ],
    "",
    ["multilingual", "variant", "signature"],
)
m(
    "jersey-bay",
    4,
    "EMAIL",
    "pt",
    "ORDER",
    "Bom dia, acrescentem por favor à entrega de sábado: 1 caixa de kits de barbear e 1 caixa de kits dentários. "
    "Obrigada, Sandra",
    [L("KIT-SHAVE", 1), L("KIT-DENTAL", 1)],
    "an addition to a placed order is ORDER",
    ["multilingual"],
)
m(
    "jersey-bay",
    2,
    "EMAIL",
    "pt",
    "ORDER",
    "Sandra: 2 grades de água sem gás 750ml (vidro) e 1 caixa de chinelos terry tamanho grande.",
    [V("WATER-STILL", 2, W75), V("SLIP-TERRY", 1, "Large")],
    "grade = case; tamanho grande = the Large size",
    ["multilingual", "variant"],
)
m(
    "hotel-belleville",
    0,
    "EMAIL",
    "fr",
    "ORDER",
    "Objet : Commande Hôtel Belleville\n\nBonjour,\n\nPour mercredi, merci de livrer :\n- 3 cartons de croissants "
    "standard\n- 2 cartons de pains au chocolat standard\n- 1 carton de pains aux raisins\n- 6 pains au levain\n"
    "- 6 bouteilles de jus d'orange pressé\n\nCordialement,\nCamille Roux\nHôtel Belleville, 22 Hoxton Square, "
    "London N1 6NT",
    [V("CROIS-BUT", 3, CS), V("PAC", 2, PS), L("PAR", 1), L("BREAD-SOUR", 6), L("OJ-FRESH", 6)],
    "pain au levain = sourdough; jus d'orange pressé = freshly squeezed; 22 and the postcode are an address",
    ["multilingual", "variant", "signature"],
)
m(
    "hotel-belleville",
    3,
    "EMAIL",
    "fr",
    "ORDER",
    "Bonjour, pour samedi : 2 cartons de beurre doux en portions, 1 carton de miel en portions, 4 sachets de café en "
    "grains 1kg. Merci, Camille",
    [L("BUT-UNS-P", 2), L("HONEY-P", 1), L("COF-BEAN", 4)],
    "beurre doux = unsalted",
    ["multilingual", "number_in_name"],
)
m(
    "hotel-belleville",
    5,
    "EMAIL",
    "fr",
    "ORDER",
    "Camille : 1 carton de thé Earl Grey en sachets enveloppés et 1 carton de chocolat chaud en sachets. Merci !",
    [L("TEA-EG-ENV", 1), L("HOTCHOC-SACH", 1)],
    "",
    ["multilingual"],
)
m(
    "hotel-belleville",
    1,
    "EMAIL",
    "fr",
    "ORDER",
    "Camille : 2 cartons de confiture d'abricot en portions et 1 carton de framboise. Merci",
    [L("JAM-APR-P", 2), L("JAM-RAS-P", 1)],
    "",
    ["multilingual"],
)
m(
    "seaview-guesthouse",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "Maureen: a case of weetabix portions and a box of 15g soaps please",
    [L("WBX-PORT", 1), V("SOAP", 1, "15g x 500")],
    "",
    ["variant"],
)
m(
    "grand-pier",
    2,
    "WHATSAPP",
    "pl",
    "ORDER",
    "Paweł: 2 kartony herbaty English Breakfast w kopertach i 3 kartony porcji mleka półtłustego",
    [L("TEA-EB-ENV", 2), L("MILK-SEMI-P", 3)],
    "w kopertach = enveloped",
    ["multilingual"],
)
m(
    "riverside-premier",
    5,
    "WHATSAPP",
    "ro",
    "ORDER",
    "Ioana: două cutii de gel de duș 30ml și o cutie de bonete de duș, vă rog",
    [V("SHGEL", 2, "30ml x 250"), L("SHOWERCAP", 1)],
    "number words (două, o)",
    ["multilingual", "variant", "spoken"],
)
m(
    "airport-hub",
    6,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: PO AH-77171\n\nSunday top-up: 2 x 24 apple juice 200ml glass, 1 x 24 tomato juice. Thanks, Gareth",
    [V("AJ", 2, OJG), L("TOMATO-200", 1)],
    "a pack written inline: 2 x 24 = 2 cases",
    ["pack", "variant"],
)
m(
    "bramble-cafe",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "hey it's kim, can i get two cases of bagels a case of crumpets and four bags of beans for tuesday",
    [L("BAGEL-PLAIN", 2), L("CRUMPET", 1), L("COF-BEAN", 4)],
    "spoken list; beans at a café buying espresso beans are the only beans in the catalog",
    ["spoken", "non_order_request"],
)
m(
    "northgate-hotel",
    3,
    "EMAIL",
    "en",
    "ORDER",
    "Hi, I'd like two boxes of blueberry muffins, a box of lemon and poppy seed muffins and one case of special k "
    "portions for Friday please. Priya",
    [L("MUF-BLU", 2), L("MUF-LEM", 1), L("SK-PORT", 1)],
    "opens with I'd like but is an order",
    ["spoken", "non_order_request"],
)
m(
    "regent-suites",
    6,
    "EMAIL",
    "en",
    "ORDER",
    "Tom: 1 box of gluten free loaves? no – sorry, those are sold singly. 4 gluten free white loaves then, and 2 boxes "
    "of 40g soap.",
    [L("BREAD-GF", 4), V("SOAP", 2, "40g x 200")],
    "self-correction to 4 loaves",
    ["self_correction", "variant"],
)
m(
    "lakeside-lodge",
    1,
    "EMAIL",
    "en",
    "ORDER",
    "Martin: 2 boxes cinnamon swirls and 1 box belgian waffles for the weekend brunch, 60 covers.",
    [L("CINN", 2), L("WAFFLE", 1)],
    "60 covers is not a quantity",
    [],
)
m(
    "station-inn",
    5,
    "SMS",
    "en",
    "ORDER",
    "kev: 2 cs golden syrup porridge pots + 1 box sweetener sticks",
    [L("PORR-POT-SYR", 2), L("SWEET-STK", 1)],
    "",
    [],
)
m(
    "brickyard-hostel",
    1,
    "WHATSAPP",
    "en",
    "ORDER",
    "luca: 2 boxes part baked rolls and 1 box porridge sachets pls",
    [L("ROLL-CRUSTY", 2), L("PORR-SACH", 1)],
    "",
    [],
)

# ------------------------------------------------------------------ more clean orders (containers, counts)
m(
    "fairway-resort",
    1,
    "EMAIL",
    "en",
    "ORDER",
    "Owen: 24 bottles of large sparkling for the restaurant please, Thursday is fine.",
    [V("WATER-SPARK", 2, W75)],
    "large picks the 750ml; 24 bottles = 2 cases of 12",
    ["container", "count", "variant"],
)
m(
    "mapleton-bnb",
    6,
    "WHATSAPP",
    "en",
    "ORDER",
    "Sue: 1 box lemon curd portions and a box of unsalted butter pats for Friday, ta",
    [L("LEMCURD-P", 1), L("BUT-UNS-P", 1)],
    "",
    [],
)
m(
    "hostal-sol",
    1,
    "SMS",
    "es",
    "ORDER",
    "Carmen: 48 botellitas de zumo de naranja (las de 200ml) para el viernes",
    [V("OJ", 2, OJG)],
    "48 bottles = 2 cases of 24",
    ["multilingual", "count", "container", "variant"],
)
m(
    "jersey-bay",
    5,
    "EMAIL",
    "pt",
    "ORDER",
    "Sandra: por favor 1 caixa de toucas de banho e 1 caixa de loção corporal para sexta-feira.",
    [L("SHOWERCAP", 1), L("LOTION", 1)],
    "",
    ["multilingual"],
)
m(
    "riverside-premier",
    4,
    "WHATSAPP",
    "ro",
    "ORDER",
    "Ioana: avem nevoie de 500 bonete de duș și 100 kituri dentare până vineri",
    [L("SHOWERCAP", 1), L("KIT-DENTAL", 1)],
    "counts converted: 500 caps = 1 box of 500, 100 kits = 1 box of 100",
    ["multilingual", "count"],
)
m(
    "kings-arms",
    4,
    "SMS",
    "en",
    "ORDER",
    "dave: 3 cs crumpets and 2 cs english muffins for the weekend",
    [L("CRUMPET", 3), L("ENG-MUF", 2)],
    "",
    [],
)
m(
    "seaview-guesthouse",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "maureen: two granary loaves and a box of lemon curd portions dear, for the weekend",
    [L("BREAD-GRAN", 2), L("LEMCURD-P", 1)],
    "number word",
    ["spoken"],
)
m(
    "regent-suites",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Tom: 12 bottles of still water 330ml for the penthouse fridge please",
    [V("WATER-STILL", None, W33)],
    "not a whole number: 12 bottles is half a case of 24",
    ["container", "variant"],
)
m(
    "brickyard-hostel",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "luca: 6 oj 200ml bottles for the staff fridge",
    [V("OJ", None, OJG)],
    "not a whole number: 6 bottles is a quarter case of 24",
    ["container", "variant"],
)

m(
    "lakeside-lodge",
    6,
    "EMAIL",
    "en",
    "ORDER",
    "Sent from my phone (dictated): hi it's martin i'd like two boxes of large croissants a tub of honey and three "
    "cases of the little tomato juices for tuesday",
    [V("CROIS-BUT", 2, CL), L("HONEY-TUB", 1), L("TOMATO-200", 3)],
    "dictated list without commas; i'd like is an opener, not a line; a tub of honey is the 3kg tub",
    ["spoken", "voice", "variant", "non_order_request"],
)
m(
    "fairway-resort",
    0,
    "EMAIL",
    "en",
    "ORDER",
    "can i get four cases of large sparkling a case of small sparkling and a box of sewing kits. Owen (voice note)",
    [V("WATER-SPARK", 4, W75), V("WATER-SPARK", 1, W33), L("KIT-SEW", 1)],
    "size words pick the variants: large = 12 x 750ml, small = 24 x 330ml",
    ["spoken", "variant", "non_order_request"],
)

# ------------------------------------------------------------------ orders that need a human
# bare family words among look-alikes
m(
    "harbour-view",
    1,
    "WHATSAPP",
    "en",
    "ORDER",
    "Jess: can you add marmalade x2 and 1 box honey portions to Weds",
    [A(2, ["MARM-P", "MARM-TUB"]), L("HONEY-P", 1)],
    "ambiguous: marmalade comes as portions and as a 3kg tub",
    ["family", "non_order_request"],
)
m(
    "kings-arms",
    2,
    "SMS",
    "en",
    "ORDER",
    "dave. 2 strawberry jam and 1 marmalade tub",
    [A(2, ["JAM-STR-P", "JAM-STR-TUB"]), L("MARM-TUB", 1)],
    "ambiguous: strawberry jam comes as portions and as a 3kg tub",
    ["family"],
)
m(
    "mapleton-bnb",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "Sue: 2 boxes of jam portions please, running low",
    [A(2, JAMS)],
    "ambiguous: four flavours of jam portions",
    ["family"],
)
m(
    "northgate-hotel",
    5,
    "EMAIL",
    "en",
    "ORDER",
    "Priya: muffins x2 boxes for Sunday please",
    [A(2, ["MUF-BLU", "MUF-CHOC", "MUF-LEM"])],
    "ambiguous: three American muffins by the box (English muffins come by the case)",
    ["family"],
)
m(
    "lakeside-lodge",
    3,
    "EMAIL",
    "en",
    "ORDER",
    "Martin: granola x1 and 2 boxes large croissants please",
    [A(1, ["GRAN-HON", "GRAN-BER"]), V("CROIS-BUT", 2, CL)],
    "ambiguous: honey & almond or red berry granola",
    ["family", "variant"],
)
m(
    "station-inn",
    3,
    "SMS",
    "en",
    "ORDER",
    "kev: porridge pots x2",
    [A(2, ["PORR-POT-ORI", "PORR-POT-SYR"])],
    "ambiguous: original or golden syrup pots",
    ["family"],
)
m(
    "seaview-guesthouse",
    2,
    "WHATSAPP",
    "en",
    "ORDER",
    "maureen: cornflakes x1 and 1 box marmite portions please",
    [A(1, ["CF-PORT", "CF-BULK"]), L("MARMITE-P", 1)],
    "ambiguous: portion packs or the catering pack",
    ["family"],
)
m(
    "brickyard-hostel",
    2,
    "WHATSAPP",
    "en",
    "ORDER",
    "luca: 3 orange juice + 2 nutella tubs",
    [A(3, ["OJ", "OJ-FRESH", "OJ-CONC"]), L("NUT-TUB", 2)],
    "ambiguous: Valley Grove cases, fresh 2L bottles or dispenser concentrate",
    ["family"],
)
m(
    "hostal-sol",
    2,
    "SMS",
    "es",
    "ORDER",
    "Carmen: 2 cajas de mantequilla en porciones por favor",
    [A(2, ["BUT-SAL-P", "BUT-UNS-P"])],
    "ambiguous: salted or unsalted butter portions",
    ["family", "multilingual"],
)
m(
    "millpond-inn",
    1,
    "SMS",
    "en",
    "ORDER",
    "gary: 2 milk pots boxes",
    [A(2, ["MILK-SEMI-P", "MILK-WH-P"])],
    "ambiguous: semi-skimmed or whole milk portions",
    ["family"],
)
m(
    "casa-lucia",
    2,
    "WHATSAPP",
    "it",
    "ORDER",
    "Lucia: aggiungete anche 1 miele per favore, e 2 scatole di Nutella porzioni",
    [A(1, ["HONEY-P", "HONEY-TUB"]), L("NUT-P", 2)],
    "ambiguous: honey portions or the 3kg tub; the customer has bought neither",
    ["family", "multilingual"],
)
m(
    "hotel-belleville",
    2,
    "EMAIL",
    "fr",
    "ORDER",
    "Camille : 3 confitures svp, et 2 cartons de beurre doux portions",
    [A(3, JAMS_ALL), L("BUT-UNS-P", 2)],
    "ambiguous: confiture names no flavour or format; the hotel buys both apricot and raspberry",
    ["family", "multilingual"],
)
m(
    "jersey-bay",
    3,
    "EMAIL",
    "pt",
    "ORDER",
    "Sandra: 3 caixas de gel de banho, por favor",
    [A(3, ["SHGEL", "SHGEL-DISP"])],
    "ambiguous: guest bottles or wall dispensers (caixa is box or case)",
    ["family", "multilingual"],
)
m(
    "riverside-premier",
    3,
    "WHATSAPP",
    "ro",
    "ORDER",
    "Ioana: 3 cutii zahăr, vă rog",
    [A(3, ["SUGAR-STK", "SUGAR-CUBE"])],
    "ambiguous: sugar sticks or sugar cubes",
    ["family", "multilingual"],
)
m(
    "fairway-resort",
    1,
    "EMAIL",
    "en",
    "ORDER",
    "Owen: water x 4 cases for the lounge",
    [A(4, ["WATER-STILL", "WATER-SPARK", "WATER-PET"])],
    "ambiguous: still or sparkling, glass or PET; the resort buys both still and sparkling",
    ["family"],
)
m(
    "regent-suites",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Tom: hot chocolate x 2 and 2 cases of slippers please",
    [A(2, ["HOTCHOC-SACH", "HOTCHOC-TIN"]), A(2, ["SLIP-TERRY", "SLIP-WAFFLE"])],
    "ambiguous: sachets or tin; terry or waffle slippers",
    ["family"],
)
m(
    "millpond-inn",
    3,
    "SMS",
    "en",
    "ORDER",
    "gary: 2 instant coffee",
    [A(2, ["COF-INST-STK", "COF-INST-TIN"])],
    "ambiguous: sticks or the 750g tin",
    ["family"],
)
m(
    "harbour-view",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "Jess: tea bags x2 and 1 box apricot jam portions",
    [A(2, ["TEA-EB-1100", "TEA-EB-ENV"]), L("JAM-APR-P", 1)],
    "ambiguous: the 1100 catering box or the enveloped 250",
    ["family"],
)
m(
    "westfield-conf",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Helen: napkins x 2 cases, navy please, for Friday's lunch",
    [A(2, ["NAP-TRAY", "NAP-DIN"], "Navy")],
    "ambiguous: navy comes in tray and dinner napkins",
    ["family", "variant"],
)
m(
    "seaview-guesthouse",
    5,
    "WHATSAPP",
    "en",
    "ORDER",
    "maureen: a box of decaf please, guest asked",
    [A(1, ["TEA-DEC-ENV", "COF-INST-DEC"])],
    "ambiguous: decaf tea envelopes or decaf instant sticks (both by the box; decaf filter is a case)",
    ["family"],
)
m(
    "bramble-cafe",
    6,
    "WHATSAPP",
    "en",
    "ORDER",
    "kim: a danish box and 1 tin hot choc pls",
    [A(1, ["DAN-MINI", "DAN-APR"]), L("HOTCHOC-TIN", 1)],
    "ambiguous: mini danish selection or apricot crowns",
    ["family"],
)
# a product with variants, no variant named
m(
    "regent-suites",
    4,
    "EMAIL",
    "en",
    "ORDER",
    "Tom: 3 boxes of shampoo and 2 boxes of conditioner for Monday please",
    [V("SHAMP", 3, None), L("COND", 2)],
    "ambiguous: shampoo by the box is the guest bottle (dispensers come by the case); 30ml or 50ml not given",
    ["variant"],
)
m(
    "northgate-hotel",
    0,
    "EMAIL",
    "en",
    "ORDER",
    "Priya: 2 boxes croissants for Saturday",
    [V("CROIS-BUT", 2, None)],
    "ambiguous: mini, standard or large not given",
    ["variant"],
)
m(
    "airport-hub",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: PO AH-77139\n\n8 boxes shampoo for Friday please.\n\nGareth",
    [V("SHAMP", 8, None)],
    "ambiguous: 30ml or 50ml not given",
    ["variant"],
)
m(
    "bramble-cafe",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "kim: croissants x1 pls",
    [V("CROIS-BUT", 1, None)],
    "ambiguous: size not given",
    ["variant"],
)
m(
    "fairway-resort",
    6,
    "EMAIL",
    "en",
    "ORDER",
    "Owen: robes x 6 for the spa please",
    [V("ROBE", 6, None)],
    "ambiguous: S/M or L/XL not given",
    ["variant"],
)
m(
    "grand-pier",
    6,
    "WHATSAPP",
    "pl",
    "ORDER",
    "Paweł: 6 chlebów białych krojonych na poniedziałek",
    [V("BREAD-WHT", 6, None)],
    "ambiguous: medium or thick sliced not given",
    ["variant", "multilingual"],
)
m(
    "riverside-premier",
    6,
    "WHATSAPP",
    "ro",
    "ORDER",
    "Ioana: 2 cutii de săpun pentru camere",
    [V("SOAP", 2, None)],
    "ambiguous: soap by the box is the wrapped bar (hand wash is a case); 15g, 25g or 40g not given",
    ["variant", "multilingual"],
)
m(
    "lakeside-lodge",
    5,
    "EMAIL",
    "en",
    "ORDER",
    "Martin: 1 case red dinner napkins please",
    [V("NAP-DIN", 1, None, nofill=True)],
    "ambiguous: dinner napkins come in white and navy; red is not a colour (burgundy is a tray napkin)",
    ["variant"],
)
# not in the catalog
m(
    "harbour-view",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "Jess: also 2 cases greek yoghurt pots and 1 box strawberry jam portions pls",
    [X(2), L("JAM-STR-P", 1)],
    "greek yoghurt is not in catalog",
    ["not_in_catalog"],
)
m(
    "lakeside-lodge",
    5,
    "EMAIL",
    "en",
    "ORDER",
    "Martin: 3 bottles of maple syrup for the pancakes and 1 box pain aux raisins",
    [X(3), L("PAR", 1)],
    "maple syrup is not in catalog",
    ["not_in_catalog"],
)
m(
    "regent-suites",
    0,
    "EMAIL",
    "en",
    "ORDER",
    "Tom: 5 boxes of toothpaste tubes and 2 boxes shower caps",
    [X(5), L("SHOWERCAP", 2)],
    "toothpaste on its own is not in catalog (the dental kit holds a brush and 3g paste); no substitute",
    ["not_in_catalog"],
)
m(
    "brickyard-hostel",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "luca: 2 cases oat milk for the coffee + 1 box wooden stirrers",
    [X(2), L("STIR", 1)],
    "oat milk is not in catalog",
    ["not_in_catalog"],
)
m(
    "grand-pier",
    1,
    "WHATSAPP",
    "pl",
    "ORDER",
    "Paweł: 10 wytłaczanek jajek i 1 karton mini croissantów",
    [X(10), V("CROIS-BUT", 1, CM)],
    "eggs (wytłaczanki = trays) are not in catalog",
    ["not_in_catalog", "multilingual", "variant"],
)
m(
    "station-inn",
    1,
    "SMS",
    "en",
    "ORDER",
    "kev: 2 box bin liners and 1 cs variety",
    [X(2), L("VAR-PORT", 1)],
    "bin liners are not in catalog",
    ["not_in_catalog"],
)
m(
    "fairway-resort",
    4,
    "EMAIL",
    "en",
    "ORDER",
    "Owen: 1 box of fruit tea envelopes (berry if you have it) and 2 boxes green tea",
    [X(1), L("TEA-GRN-ENV", 2)],
    "fruit tea is not in catalog (peppermint and chamomile are)",
    ["not_in_catalog"],
)
m(
    "casa-lucia",
    3,
    "WHATSAPP",
    "it",
    "ORDER",
    "Lucia: avete il pecorino? No? Allora solo 2 scatole di cornetti standard e 1 scatola di marmellata di albicocca "
    "in porzioni",
    [V("CROIS-BUT", 2, CS), L("JAM-APR-P", 1)],
    "the customer answers her own pecorino question; marmellata di albicocca in porzioni is the apricot jam portions",
    ["multilingual", "side_question", "variant"],
)
# references to earlier orders
m(
    "harbour-view",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "usual for Saturday please, Jess",
    [],
    "a reference to the usual basket",
    ["reference"],
    ref=dict(kind="usual"),
)
m(
    "kings-arms",
    4,
    "SMS",
    "en",
    "ORDER",
    "same as last week dave but 12 thick white instead of 10",
    [V("BREAD-WHT", 12, "Thick Sliced")],
    "a reference to last week's order with one new quantity",
    ["reference", "variant"],
    ref=dict(kind="last", set=[V("BREAD-WHT", 12, "Thick Sliced")]),
)
m(
    "seaview-guesthouse",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "Maureen: same as last week please dear, but no wholemeal this time",
    [],
    "a reference with a removal",
    ["reference"],
    ref=dict(kind="last", remove=["BREAD-WM"]),
)
m(
    "brickyard-hostel",
    6,
    "WHATSAPP",
    "en",
    "ORDER",
    "usual pls + 2 nutella tubs",
    [L("NUT-TUB", 2)],
    "a reference with an addition",
    ["reference"],
    ref=dict(kind="usual", add=[L("NUT-TUB", 2)]),
)
m(
    "grand-pier",
    5,
    "WHATSAPP",
    "pl",
    "ORDER",
    "To samo co zwykle na wtorek, ale podwójnie sok jabłkowy",
    [],
    "a reference with the apple juice doubled",
    ["reference", "multilingual"],
    ref=dict(kind="usual", double=["AJ"]),
)
m(
    "casa-lucia",
    5,
    "WHATSAPP",
    "it",
    "ORDER",
    "Come al solito per venerdì, più 1 scatola di cornetti alle mandorle. Grazie Lucia",
    [L("CROIS-ALM", 1)],
    "a reference with an addition",
    ["reference", "multilingual"],
    ref=dict(kind="usual", add=[L("CROIS-ALM", 1)]),
)
m(
    "jersey-bay",
    6,
    "EMAIL",
    "pt",
    "ORDER",
    "Bom dia, o mesmo da semana passada, mas sem os roupões. Obrigada, Sandra",
    [],
    "a reference with a removal",
    ["reference", "multilingual"],
    ref=dict(kind="last", remove=["ROBE"]),
)
m(
    "millpond-inn",
    6,
    "SMS",
    "en",
    "ORDER",
    "usual thx gary",
    [],
    "a reference to the usual basket",
    ["reference"],
    ref=dict(kind="usual"),
)
m(
    "westfield-conf",
    5,
    "EMAIL",
    "en",
    "ORDER",
    "Helen: can we have our usual conference order for Tuesday? Thanks",
    [],
    "ambiguous: the centre never orders the same basket twice, so there is no usual",
    ["reference", "ambiguous_reference", "non_order_request"],
    ref=dict(kind="usual"),
)
m(
    "nest-pods",
    6,
    "WHATSAPP",
    "en",
    "ORDER",
    "Ravi: same as my first order again please 👍",
    [],
    "ambiguous: a first-time customer; earlier messages are not order history",
    ["reference", "ambiguous_reference", "new_customer", "emoji"],
    ref=dict(kind="last"),
)
m(
    "hostal-sol",
    5,
    "SMS",
    "es",
    "ORDER",
    "Lo de siempre para el martes, gracias. Carmen",
    [],
    "a reference to the usual basket",
    ["reference", "multilingual"],
    ref=dict(kind="usual"),
)
m(
    "hotel-belleville",
    6,
    "EMAIL",
    "fr",
    "ORDER",
    "Comme d'habitude pour mardi, avec 2 cartons de croissants standard en plus. Camille",
    [V("CROIS-BUT", 2, CS)],
    "a reference with an addition",
    ["reference", "multilingual", "variant"],
    ref=dict(kind="usual", add=[V("CROIS-BUT", 2, CS)]),
)
m(
    "lakeside-lodge",
    4,
    "EMAIL",
    "en",
    "ORDER",
    "Same as last Wednesday please, but 8 bags of espresso beans instead of 6. Martin",
    [L("COF-BEAN", 8)],
    "a reference with a new quantity",
    ["reference"],
    ref=dict(kind="last", set=[L("COF-BEAN", 8)]),
)
m(
    "regent-suites",
    6,
    "EMAIL",
    "en",
    "ORDER",
    "Hello, please repeat last week's order, plus 2 extra boxes of dental kits. Tom Beale",
    [L("KIT-DENTAL", 2)],
    "a reference with an addition to a line of the basket",
    ["reference"],
    ref=dict(kind="last", add=[L("KIT-DENTAL", 2)]),
)
m(
    "airport-hub",
    4,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: PO AH-77152\n\nSame as our usual weekly order, but no dental kits this week and 14 cases of orange "
    "juice 1L instead of 12.\n\nGareth",
    [V("OJ", 14, OJ1)],
    "a reference with a removal and a new quantity; PO AH-77152 is not a quantity",
    ["reference", "variant"],
    ref=dict(kind="usual", remove=["KIT-DENTAL"], set=[V("OJ", 14, OJ1)]),
)
# counts that are not whole selling units, fractions, ranges
m(
    "northgate-hotel",
    5,
    "EMAIL",
    "en",
    "ORDER",
    "Priya: 30 bottles of sparkling 330ml for the meeting rooms please",
    [V("WATER-SPARK", None, W33)],
    "not a whole number: 30 bottles is 1.25 cases of 24; a human must ask",
    ["container", "variant"],
)
m(
    "mapleton-bnb",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "Sue: 4 orange juice cartons (1L) please and a box of earl grey",
    [V("OJ", None, OJ1), L("TEA-EG-ENV", 1)],
    "not a whole number: 4 cartons is a third of a case of 12, and 4 cases is a guess",
    ["pack", "variant"],
)
m(
    "airport-hub",
    5,
    "EMAIL",
    "en",
    "ORDER",
    "Gareth: 150 honey portions and 2 boxes marmalade portions for Monday",
    [L("HONEY-P", None), L("MARM-P", 2)],
    "not a whole number: 150 portions is 1.5 boxes of 100",
    ["count"],
)
m(
    "station-inn",
    4,
    "SMS",
    "en",
    "ORDER",
    "kev: half a box of white sugar sticks",
    [V("SUGAR-STK", 0.5, "White")],
    "half a box is 0.5; a fraction of a box is never shipped as written",
    ["fraction", "variant"],
)
m(
    "airport-hub",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Gareth: 3-4 boxes of mini danish for Thursday, whatever you can spare",
    [L("DAN-MINI", None)],
    "quantities not stated exactly: a range",
    ["range"],
)
m(
    "riverside-premier",
    1,
    "WHATSAPP",
    "ro",
    "ORDER",
    "Ioana: vă rog niște pungi de rufe pentru camere, cât aveți",
    [X(None)],
    "laundry bags are not in catalog; quantities not stated",
    ["not_in_catalog", "multilingual"],
)
m(
    "harbour-view",
    2,
    "WHATSAPP",
    "en",
    "ORDER",
    "Jess: send some extra honey portions with tomorrow's drop pls",
    [L("HONEY-P", None)],
    "quantities not stated",
    [],
)
# credit, conditional
m(
    "orchard-glamping",
    4,
    "EMAIL",
    "en",
    "ORDER",
    "Beth: could this one go on a 30-day account rather than card? 1 box sewing kits, 2 boxes vanity kits.",
    [L("KIT-SEW", 1), L("KIT-VANITY", 2)],
    "a first-time customer asks for credit: a human must approve",
    ["credit", "new_customer", "non_order_request"],
    review=True,
)
m(
    "northgate-hotel",
    4,
    "EMAIL",
    "en",
    "ORDER",
    "Priya: if the mini croissants are back in stock, send 3 boxes with Thursday's drop, otherwise skip",
    [V("CROIS-BUT", 3, CM)],
    "a conditional order",
    ["conditional", "variant"],
    review=True,
)
# spoken list with family words and a missing variant
m(
    "station-inn",
    1,
    "SMS",
    "en",
    "ORDER",
    "kev two boxes jam portions a case of cornflakes and three boxes sugar sticks",
    [A(2, JAMS), A(1, ["CF-PORT", "CF-BULK"]), V("SUGAR-STK", 3, None)],
    "spoken list; ambiguous: jam flavour, corn flakes format, sugar colour",
    ["spoken", "family", "variant"],
)
# outliers
m(
    "station-inn",
    5,
    "SMS",
    "en",
    "ORDER",
    "kev: 30 cs variety packs for tues",
    [L("VAR-PORT", 30)],
    "about ten times the usual 3 cases, no reason given",
    ["outlier"],
    outlier=True,
)
m(
    "fairway-resort",
    4,
    "EMAIL",
    "en",
    "ORDER",
    "Owen: please send 40 cases of shower gel dispensers on Friday.",
    [L("SHGEL-DISP", 40)],
    "twenty times the usual 2 cases, no reason given; a cancellation follows",
    ["outlier"],
    outlier=True,
)

# ------------------------------------------------------------------ questions
m(
    "lakeside-lodge",
    1,
    "EMAIL",
    "en",
    "QUESTION",
    "Hello, I would like to know if you stock a gluten free granola, we have a coeliac couple in all next week. "
    "Martin",
    [],
    "gluten free granola is not in catalog",
    ["question", "non_order_request", "not_in_catalog"],
)
m(
    "brickyard-hostel",
    2,
    "WHATSAPP",
    "en",
    "QUESTION",
    "can I pay by bank transfer instead of card from now on?",
    [],
    "",
    ["question", "non_order_request"],
)
m(
    "northgate-hotel",
    0,
    "EMAIL",
    "en",
    "QUESTION",
    "Hi, could you send the allergen sheet for the blueberry muffins? A guest is asking about nuts. Priya",
    [],
    "a request for information is QUESTION",
    ["question", "non_order_request"],
)
m(
    "airport-hub",
    1,
    "EMAIL",
    "en",
    "QUESTION",
    "Subject: pricing\n\nHow much would 40 cases of orange juice 1L be per case? Not ordering yet, just budgeting for "
    "July when we're at 95% occupancy.\n\nGareth",
    [],
    "a price request listing a quantity is QUESTION",
    ["question", "quote"],
)
m(
    "mapleton-bnb",
    1,
    "WHATSAPP",
    "en",
    "QUESTION",
    "Sue: do you do the croissants in a smaller box? 180 minis is far too many for us, they go stale",
    [],
    "",
    ["question"],
)
m(
    "grand-pier",
    4,
    "WHATSAPP",
    "pl",
    "QUESTION",
    "Paweł: czy macie porcje masła orzechowego chrupiącego? Goście pytają",
    [],
    "crunchy peanut butter portions are not in catalog (smooth is)",
    ["question", "multilingual", "not_in_catalog"],
)
m(
    "riverside-premier",
    5,
    "WHATSAPP",
    "ro",
    "QUESTION",
    "Ioana: aveți papuci pentru copii? Avem multe familii în weekend",
    [],
    "children's slippers are not in catalog",
    ["question", "multilingual", "not_in_catalog"],
)
m(
    "casa-lucia",
    0,
    "WHATSAPP",
    "it",
    "QUESTION",
    "Vorrei sapere se il caffè in grani è 100% arabica e da dove viene. Grazie, Lucia",
    [],
    "",
    ["question", "multilingual", "non_order_request"],
)
m(
    "hostal-sol",
    1,
    "SMS",
    "es",
    "QUESTION",
    "Quisiera saber a qué hora llega el camión el jueves, tengo que salir a las 10",
    [],
    "10 is a time",
    ["question", "multilingual", "non_order_request"],
)
m(
    "hotel-belleville",
    4,
    "EMAIL",
    "fr",
    "QUESTION",
    "Bonjour, je voudrais savoir si vous livrez le dimanche matin. Cordialement, Camille",
    [],
    "",
    ["question", "multilingual", "non_order_request"],
)
m(
    "jersey-bay",
    0,
    "EMAIL",
    "pt",
    "QUESTION",
    "Bom dia, gostaria de saber o preço dos roupões L/XL se encomendarmos 50. Obrigada, Sandra",
    [],
    "a price request with a quantity is QUESTION",
    ["question", "multilingual", "non_order_request", "quote"],
)
m(
    "kings-arms",
    0,
    "SMS",
    "en",
    "QUESTION",
    "whats ur cut off for a friday delivery? dave",
    [],
    "",
    ["question"],
)
m(
    "fairway-resort",
    0,
    "EMAIL",
    "en",
    "QUESTION",
    "Hi, can I get a price list for the amenities range, including the dispensers? Owen",
    [],
    "a request for a price list is QUESTION",
    ["question", "non_order_request"],
)
m(
    "bramble-cafe",
    2,
    "WHATSAPP",
    "en",
    "QUESTION",
    "kim: what's the shelf life on the nutella 3kg tub once it's opened?",
    [],
    "3kg is part of a name",
    ["question"],
)
m(
    "harbour-view",
    0,
    "WHATSAPP",
    "en",
    "QUESTION",
    "Jess: do the 70g jug packs make a full 2 pint jug or do we need two?",
    [],
    "70g and 2 pint are not quantities",
    ["question"],
)
m(
    "regent-suites",
    1,
    "EMAIL",
    "en",
    "QUESTION",
    "Hi, is the hot chocolate powder tin suitable for vegans? Tom",
    [],
    "",
    ["question"],
)
m(
    "station-inn",
    0,
    "SMS",
    "en",
    "QUESTION",
    "kev: what's the min order for free delivery these days",
    [],
    "",
    ["question"],
)
m(
    "westfield-conf",
    1,
    "EMAIL",
    "en",
    "QUESTION",
    "Subject: quote – July summit\n\nHi, we need a quote for 12 cases of still water 750ml, 10 boxes of mini Danish and "
    "8 cases of filter coffee 70g for a summit on 14 July (400 delegates). Can you do a better price at that volume? "
    "Helen",
    [],
    "a request for a quote listing quantities is QUESTION",
    ["question", "quote"],
)
m(
    "seaview-guesthouse",
    1,
    "WHATSAPP",
    "en",
    "QUESTION",
    "Maureen: do you sell eggs dear? my egg man has retired",
    [],
    "eggs are not in catalog",
    ["question", "not_in_catalog"],
)
m(
    "fairway-resort",
    2,
    "EMAIL",
    "en",
    "QUESTION",
    "Quick question – which is thicker, the terry slippers or the waffle ones? Guests in the suites complain about thin "
    "soles. Owen",
    [],
    "",
    ["question"],
)
m(
    "nest-pods",
    2,
    "WHATSAPP",
    "en",
    "QUESTION",
    "can i order on a website or is it only whatsapp with you guys?",
    [],
    "",
    ["question", "non_order_request"],
)

# ------------------------------------------------------------------ complaints
m(
    "harbour-view",
    1,
    "WHATSAPP",
    "en",
    "COMPLAINT",
    "Jess: the croissants that came Monday were the mini ones, we ordered 4 boxes of standard 😩 can someone sort it",
    [],
    "a complaint naming products and quantities",
    ["complaint", "emoji"],
)
m(
    "northgate-hotel",
    3,
    "EMAIL",
    "en",
    "COMPLAINT",
    "Hi, 2 of the 6 cases of orange juice came with split cartons and juice all over the other boxes. Photos "
    "attached. Priya",
    [],
    "",
    ["complaint"],
)
m(
    "airport-hub",
    3,
    "EMAIL",
    "en",
    "COMPLAINT",
    "Subject: INV-20931\n\nYour invoice INV-20931 charges us for 8 boxes of shampoo 30ml but only 6 were delivered. "
    "Please credit 2.\n\nGareth",
    [],
    "invoice number and counts are not order lines",
    ["complaint"],
)
m(
    "kings-arms",
    1,
    "SMS",
    "en",
    "COMPLAINT",
    "driver left the bread outside in the rain again. 10 loaves soaked. not happy. dave",
    [],
    "",
    ["complaint"],
)
m(
    "grand-pier",
    3,
    "WHATSAPP",
    "pl",
    "COMPLAINT",
    "Paweł: dżem truskawkowy w porcjach przyszedł z datą ważności do przyszłego tygodnia. To za krótko.",
    [],
    "",
    ["complaint", "multilingual"],
)
m(
    "riverside-premier",
    1,
    "WHATSAPP",
    "ro",
    "COMPLAINT",
    "Ioana: am primit gel de duș 50ml în loc de 30ml, și factura e mai mare",
    [],
    "",
    ["complaint", "multilingual"],
)
m(
    "casa-lucia",
    5,
    "WHATSAPP",
    "it",
    "COMPLAINT",
    "Lucia: il pane a lievito madre di ieri era secco e bruciato sotto, non posso servirlo agli ospiti",
    [],
    "",
    ["complaint", "multilingual"],
)
m(
    "hotel-belleville",
    2,
    "EMAIL",
    "fr",
    "COMPLAINT",
    "Bonjour, les pains au chocolat sont arrivés décongelés hier, le carton était mou. Merci de nous les remplacer. "
    "Camille",
    [],
    "a complaint asking for a replacement",
    ["complaint", "multilingual"],
)
m(
    "jersey-bay",
    5,
    "EMAIL",
    "pt",
    "COMPLAINT",
    "Faltaram 2 caixas de sabonetes 40g na entrega de ontem. A guia de remessa diz 2 caixas, mas não veio nenhuma. Sandra",
    [],
    "",
    ["complaint", "multilingual"],
)
m(
    "hostal-sol",
    3,
    "SMS",
    "es",
    "COMPLAINT",
    "El pedido llegó con una hora de retraso y el desayuno empieza a las 7. Por favor que no se repita. Carmen",
    [],
    "7 is a time",
    ["complaint", "multilingual"],
)
m(
    "millpond-inn",
    4,
    "SMS",
    "en",
    "COMPLAINT",
    "gary: milk pots were leaking, whole box ruined",
    [],
    "",
    ["complaint"],
)
m(
    "kings-arms",
    5,
    "SMS",
    "en",
    "COMPLAINT",
    "you've sent navy napkins again, we have burgundy. every time. dave",
    [],
    "",
    ["complaint"],
)

# ------------------------------------------------------------------ other
m(
    "mapleton-bnb",
    2,
    "WHATSAPP",
    "en",
    "OTHER",
    "Thanks, all received 👍 lovely driver today",
    [],
    "",
    ["other", "emoji"],
)
m(
    "harbour-view",
    3,
    "WHATSAPP",
    "en",
    "OTHER",
    "please add our new breakfast supervisor Anita (anita@harbourview.example) to the order confirmation emails",
    [],
    "an account request that opens like an order is OTHER",
    ["other", "non_order_request"],
)
m(
    "regent-suites",
    3,
    "EMAIL",
    "en",
    "OTHER",
    "Hi, I'd like to change our delivery day to Tuesdays from now on, starting the week of the 14th. Tom",
    [],
    "a standing change of delivery day is OTHER, not CHANGE",
    ["other", "non_order_request"],
)
m(
    "northgate-hotel",
    1,
    "EMAIL",
    "en",
    "OTHER",
    "Auto-reply: I am out of the office until Monday 14 June with limited access to email. For urgent breakfast "
    "orders please contact the duty manager on 020 7946 0236.",
    [],
    "an auto-reply",
    ["other", "signature"],
)
m(
    "seaview-guesthouse",
    4,
    "WHATSAPP",
    "en",
    "OTHER",
    "Maureen: paid £284.60 by bank transfer this morning for invoice 4471, thank you",
    [],
    "a payment notice",
    ["other"],
)
m(
    "lakeside-lodge",
    0,
    "EMAIL",
    "en",
    "OTHER",
    "Hello, I'd like to book a double room for 2 nights from the 18th please, with breakfast. Regards, P. Whitcombe",
    [],
    "a room booking sent to the wrong address",
    ["other", "non_order_request", "misdirected"],
)
m(
    "fairway-resort",
    6,
    "EMAIL",
    "en",
    "OTHER",
    "FYI we're closed 21-28 June for the spa refurbishment, so no deliveries that week please. Owen",
    [],
    "a closure notice",
    ["other"],
)
m(
    "bramble-cafe",
    4,
    "WHATSAPP",
    "en",
    "OTHER",
    "Could you cancel our direct debit please, we're moving to paying by card",
    [],
    "cancelling a direct debit is OTHER, not CANCEL",
    ["other", "non_order_request"],
)
m(
    "brickyard-hostel",
    5,
    "WHATSAPP",
    "en",
    "OTHER",
    "luca: can ur driver take the empty juice boxes back next time? they're piling up in the yard",
    [],
    "a service request",
    ["other", "non_order_request"],
)
m(
    "grand-pier",
    0,
    "WHATSAPP",
    "pl",
    "OTHER",
    "Dziękuję, wszystko dotarło w komplecie 🙂",
    [],
    "thanks",
    ["other", "multilingual", "emoji"],
)
m(
    "station-inn",
    3,
    "SMS",
    "en",
    "OTHER",
    "kev: new gate code for deliveries is 4172#",
    [],
    "a delivery instruction; 4172 is a code",
    ["other"],
)
m(
    "hotel-belleville",
    1,
    "EMAIL",
    "fr",
    "OTHER",
    "Bonjour, merci de ne plus envoyer la facture papier, l'e-mail suffit. Camille",
    [],
    "an account request",
    ["other", "multilingual"],
)

# ------------------------------------------------------------------ changes and cancellations
m(
    "harbour-view",
    1,
    "WHATSAPP",
    "en",
    "CHANGE",
    "Jess: can we move Wednesday's delivery to Thursday instead?",
    [],
    "a moved delivery day",
    ["change"],
    change=[],
)
m(
    "northgate-hotel",
    2,
    "EMAIL",
    "en",
    "CHANGE",
    "Priya: for Thursday's order, make the mini croissants 3 boxes instead of 2 please",
    [],
    "a changed quantity of a placed order",
    ["change", "variant"],
    change=[V("CROIS-BUT", 3, CM)],
)
m(
    "jersey-bay",
    2,
    "EMAIL",
    "pt",
    "CHANGE",
    "Na encomenda de quinta-feira, troquem os 4 roupões S/M por L/XL, por favor. Sandra",
    [],
    "a variant swap on a placed order",
    ["change", "multilingual", "variant"],
    change=[V("ROBE", 0, "S/M"), V("ROBE", 4, "L/XL")],
)
m(
    "kings-arms",
    2,
    "SMS",
    "en",
    "CHANGE",
    "dave. change tmrw's bread to 12 thick instead of 10",
    [],
    "a changed quantity",
    ["change", "variant"],
    change=[V("BREAD-WHT", 12, "Thick Sliced")],
)
m(
    "airport-hub",
    1,
    "EMAIL",
    "en",
    "CHANGE",
    "Subject: PO AH-77120 amendment\n\nPlease reduce the orange juice on PO AH-77120 from 12 to 10 cases.\n\nGareth",
    [],
    "a changed quantity of a placed order",
    ["change", "variant"],
    change=[V("OJ", 10, OJ1)],
)
m(
    "brickyard-hostel",
    4,
    "WHATSAPP",
    "en",
    "CHANGE",
    "luca: take the 12oz cups off tuesday's order, found a case in the cellar",
    [],
    "a line removed from a placed order",
    ["change", "variant"],
    change=[V("CUP-HOT", 0, "12oz")],
)
m(
    "fairway-resort",
    4,
    "EMAIL",
    "en",
    "CANCEL",
    "Owen: sorry, ignore my last email about the shower gel dispensers – please cancel that order entirely, I'll "
    "resend it properly tomorrow.",
    [],
    "cancels the outlier order",
    ["cancel"],
)
m(
    "lakeside-lodge",
    3,
    "EMAIL",
    "en",
    "CANCEL",
    "Please cancel Friday's order, we've had a power cut in the kitchen and breakfast is suspended until further "
    "notice. Martin",
    [],
    "",
    ["cancel"],
)
m(
    "hostal-sol",
    3,
    "SMS",
    "es",
    "CANCEL",
    "Cancela el pedido del jueves por favor, tenemos el hostal cerrado por obras. Carmen",
    [],
    "",
    ["cancel", "multilingual"],
)
m("station-inn", 6, "SMS", "en", "CANCEL", "kev: cancel sat order pls, we're overstocked", [], "", ["cancel"])
