# ruff: noqa  (hand-written data generator of blind set 58, kept as its writer left it)
"""Messages of the fifty-eighth blind set and their plain labels, all hand-written.

m(customer, text, intent, lines, notes, tags, **kw)
  lines     : expected order lines without history (for a reference: the explicit additions and new
              quantities only)
  ch        : channel, defaults to the customer's
  lang      : language, defaults to the customer's
  ref       : "usual" or "last" (the message refers to the customer's history)
  setq      : lines whose new quantity replaces the basket's (also part of `lines`)
  remove    : skus the message removes from the referenced basket
  review    : True forces expect_review (credit, 30-day account, conditional)
  nohist    : no history fields (conditional, credit, null quantity, not in catalog)
  outlier   : a quantity far above the customer's usual, with no reason
  change_lines : on CHANGE rows
"""

from cust58 import line as l

MSGS = []


def fam(cands, q, cv=None):
    d = {"sku": None, "quantity": q, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    return d


def nic(q):
    return {"sku": None, "quantity": q}


def m(cust, text, intent="ORDER", lines=(), notes="", tags=(), **kw):
    d = {
        "customer": cust,
        "text": text,
        "intent": intent,
        "lines": list(lines),
        "notes": notes,
        "tags": list(tags),
    }
    d.update(kw)
    if "setq" in d:
        d["lines"] = d["lines"] + list(d["setq"])
    MSGS.append(d)


TIL = ["TILAPIA-WHOLE", "TILAPIA-FILLET"]
GHEE = ["KTC-GHEE", "VEG-GHEE"]
OMENA_KG = ["OMENA-DRIED", "DAGAA-KIGOMA"]
SWEETPOT = ["SWEETPOT-WHITE", "SWEETPOT-ORANGE"]
MATOKE = ["MATOKE-BUNCH", "MATOKE-BOX"]
GOAT_KG = ["GOAT-LEG", "GOAT-SHOULDER", "GOAT-MIXED", "GOAT-RIBS"]
TUSKER_ALL = ["TUSKER", "TUSKER-CAN", "TUSKER-MALT", "TUSKER-CIDER"]
MOGO_BOX = ["CASSAVA-FROZEN", "MOGO-CHIPS"]
BEANS = ["ROSECOCO", "NYAYO", "YELLOW-BEANS", "NJAHI"]
FANTA = ["FANTA-PASSION", "FANTA-ORANGE"]
PICKLE = ["PATAKS-LIME", "PATAKS-MANGO", "KERI-PICKLE", "GARLIC-PICKLE"]
ELEPHANT = ["ELEPHANT-MED", "ELEPHANT-WHOLE"]
BASMATI = ["TILDA-BASMATI", "EASTEND-BASMATI"]
PASTRY = ["SAMOSA-PASTRY", "SPRING-ROLL"]
CHAI_M = ["CHAI-MASALA", "TROPICAL-CHAI"]
OIL = ["FRESHFRI", "MUKWANO"]
PEMBE = ["PEMBE-BALE", "PEMBE-10"]
RWENZORI = ["RWENZORI-BAGS", "RWENZORI-LOOSE"]
RICE_BAG = ["PISHORI", "TILDA-BASMATI", "EASTEND-BASMATI"]

# ------------------------------------------------------------------ savannah-grill (en, WhatsApp)
C = "savannah-grill"
m(
    C,
    "Morning! For Thursday pls: 4 bags jogoo 10kg, 2 exe 10kg, 1 pishori 25kg, 15kg goat cubes, 10kg "
    "boneless beef. Thanks, Wanjiru",
    lines=[
        l("JOGOO-MM", 4, "10kg"),
        l("EXE-CHAPATI", 2, "10kg"),
        l("PISHORI", 1, "25kg"),
        l("GOAT-MIXED", 15),
        l("BEEF-STEW", 10),
    ],
    tags=["number_in_name"],
)
m(
    C,
    "Same as last week but only 4 jogoo this time and add 2 boxes managu",
    ref="last",
    setq=[l("JOGOO-MM", 4, "10kg")],
    lines=[l("MANAGU", 2)],
    notes="'4 jogoo' is the 10kg bag the customer always buys; the new quantity is a line without history.",
)
m(
    C,
    "need tilapia x2 boxes and 3 crates tusker 500ml asap 🙏",
    lines=[fam(TIL, 2), l("TUSKER", 3, "12 x 500ml")],
    tags=["emoji"],
    notes="'tilapia' by the box: whole or fillets (smoked is sold by the kg).",
)
m(
    C,
    "Can u add 2 stoney to tomorrow's order. glass ones",
    lines=[l("STONEY", 2, "24 x 300ml Glass")],
    tags=["non_order_request", "container"],
    notes="2 stoney (small N) is 2 cases of the glass 24 x 300ml.",
)
m(
    C,
    "Do you have Tusker Lite? A few customers asking for it. If so what's the price per crate",
    "QUESTION",
    notes="Tusker Lite is not stocked; a question, no order.",
)
m(
    C,
    "Hi team, order for Sat (we've got 80 covers for a birthday): 3 boxes medium tilapia, 20kg goat cubes, 1 ktc "
    "ghee 2kg, 1 mvule chai masala 1kg, 2 stoney glass crates",
    lines=[
        l("TILAPIA-WHOLE", 3, "500-800g"),
        l("GOAT-MIXED", 20),
        l("KTC-GHEE", 1, "2kg"),
        l("CHAI-MASALA", 1, "1kg"),
        l("STONEY", 2, "24 x 300ml Glass"),
    ],
    notes="'medium tilapia' is the whole fish 500-800g grade; 80 covers is not a quantity.",
)
m(
    C,
    "voice note: can we get four bags of jogoo ten kilo two sukuma boxes the four hundred gram ones a box of "
    "managu and ten kilos of boneless beef thanks",
    lines=[l("JOGOO-MM", 4, "10kg"), l("SUKUMA", 2, "20 x 400g"), l("MANAGU", 1), l("BEEF-STEW", 10)],
    tags=["spoken", "voice"],
)
m(
    C,
    "The pishori sack that came Tuesday was split at the bottom, we lost maybe 3kg. Can you credit us?",
    "COMPLAINT",
)
m(
    C,
    "Add 2 crates Guinness Foreign Extra and 1 box nile perch pls",
    lines=[nic(2), l("NILE-PERCH", 1)],
    notes="Guinness is not in catalog.",
)
m(
    C,
    "Quick one - 2 boxes sukuma 1kg packs and 5kg mince, on tomorrow's run if poss 👍",
    lines=[l("SUKUMA", 2, "10 x 1kg"), l("BEEF-MINCE", 5)],
    tags=["emoji"],
    notes="'1kg packs' picks the 10 x 1kg box.",
)

# ------------------------------------------------------------------ nile-kitchen (en, email)
C = "nile-kitchen"
m(
    C,
    "Subject: Order for Friday\n\nGood morning,\n\nPlease deliver on Friday:\n- 6 boxes matoke\n- 1 sack Nile Mills "
    "posho 25kg\n- 12kg goat shoulder\n- 10kg bone-in beef\n- 3 cases Nile Special\n- 2 cases Bell\n\nKind "
    "regards,\nGrace Nansubuga\nThe Nile Kitchen, 41 Tottenham High Road, N15\nTel 020 7946 0581",
    lines=[
        l("MATOKE-BOX", 6),
        l("POSHO-25", 1),
        l("GOAT-SHOULDER", 12),
        l("BEEF-BONE", 10),
        l("NILE-SPECIAL", 3),
        l("BELL", 2),
    ],
    tags=["signature"],
    notes="'boxes matoke' is the 18kg box; street number and phone are not quantities.",
)
m(
    C,
    "Subject: Weekly order\n\nHello, our usual order please for Thursday, but without the Nile perch this week "
    "and with 2 boxes of nakati added.\n\nThanks,\nGrace",
    ref="usual",
    remove=["NILE-PERCH"],
    lines=[l("NAKATI", 2)],
)
m(
    C,
    "Please send 10kg sweet potatoes and 8kg cassava with Friday's delivery (add to the order already placed).",
    lines=[fam(SWEETPOT, 10), l("CASSAVA-FRESH", 8)],
    notes="cassava by the kg is the fresh cassava (the frozen lines come in boxes); sweet potatoes white or orange.",
)
m(
    C,
    "Subject: Price list\n\nCould you send us your updated price list for July? We'd like to compare the matoke "
    "box and bunch prices.\n\nGrace",
    "QUESTION",
    tags=["non_order_request"],
)
m(
    C,
    "Subject: PO NK-2291\n\nPlease supply: 2 x 5kg boxes Nile perch fillets, 1 box terere (frozen amaranth), 2 "
    "packs Rwenzori loose tea 1kg. Invoice to account NK-0043.\n\nRegards,\nDaniel Ssemakula, Head Chef",
    lines=[l("NILE-PERCH", 2), l("TERERE", 1), l("RWENZORI-LOOSE", 2)],
    tags=["number_in_name", "signature"],
    notes="'2 x 5kg boxes' is 2 boxes; PO and account numbers are not quantities.",
)
m(
    C,
    "Subject: Additional items\n\nPlease add one box of gonja plantain and 8kg fresh cassava to Friday.\n\nDaniel",
    lines=[l("GONJA", 1), l("CASSAVA-FRESH", 8)],
)
m(
    C,
    "Subject: Delivery day\n\nCould you move our Friday delivery to Saturday morning please? Nothing else "
    "changes.\n\nGrace",
    "CHANGE",
    change_lines=[],
    tags=["non_order_request"],
)
m(
    C,
    "Subject: Order\n\nPlease send 20 cases of Nile Special and 2 cases of Bell tomorrow.\n\nGrace",
    lines=[l("NILE-SPECIAL", 20), l("BELL", 2)],
    outlier=True,
    notes="20 cases of Nile Special against a usual 3, no reason given.",
)
m(
    C,
    "Subject: Re: Order\n\nApologies, typo in my last email: it should be 3 cases of Nile Special, not 20.\n\n"
    "Grace",
    "CHANGE",
    change_lines=[l("NILE-SPECIAL", 3), l("BELL", 2)],
)
m(C, "Thank you for the quick delivery yesterday, the matoke was excellent. See you next week.", "OTHER")

# ------------------------------------------------------------------ jambo-grocers (en, SMS)
C = "jambo-grocers"
m(
    C,
    "4 jogoo bales 3 pembe bales 10 exe 2kg 10 ajab. Thurs. Jambo",
    lines=[l("JOGOO-BALE", 4), l("PEMBE-BALE", 3), l("EXE-CHAPATI", 10, "2kg"), l("AJAB-2KG", 10)],
    tags=["spoken"],
)
m(
    C,
    "pls send 24 packets jogoo 2kg and 20 pkts mumias 2kg sugar",
    lines=[l("JOGOO-BALE", 2), l("MUMIAS-BALE", 2)],
    tags=["count"],
    notes="Jogoo 2kg is only sold as the bale of 12 (24 packets = 2 bales); Mumias by the bale of 10 (2 bales).",
)
m(C, "5 pembe pls", lines=[fam(PEMBE, 5)], notes="'pembe' is the 2kg bale or the 10kg bag.")
m(C, "usual + 6 nyayo", ref="usual", lines=[l("NYAYO", 6)])
m(
    C,
    "pembe 5kg x 4 and 12 peptang small",
    lines=[nic(4), l("PEPTANG", 12, "400g")],
    notes="Pembe comes as the 2kg bale and the 10kg bag; a 5kg Pembe is not in catalog. 'small' peptang is 400g.",
)
m(C, "hi whats ur price for ndengu 25kg sack now? thx", "QUESTION")
m(
    C,
    "Order: ketepa bags x12, kericho bags x6, royco beef x4, tropical heat chai x2 - Jambo Grocers, 118 Green St",
    lines=[l("KETEPA-BAGS", 12), l("KERICHO-BAGS", 6), l("ROYCO-BEEF", 4), l("TROPICAL-CHAI", 2)],
    notes="118 is a street number.",
)
m(C, "2 of the ajab bags were wet n mouldy. not happy", "COMPLAINT")
m(
    C,
    "send 30 pkts pembe 2kg",
    lines=[l("PEMBE-BALE", None)],
    nohist=True,
    tags=["count"],
    notes="30 packets is 2.5 bales of 12: not a whole number of bales, a human must ask.",
)
m(C, "10 ndengu 2kg 8 rosecoco pls", lines=[l("NDENGU-2KG", 10), l("ROSECOCO", 8)], tags=["spoken"])

# ------------------------------------------------------------------ baobab-catering (en, email)
C = "baobab-catering"
m(
    C,
    "Subject: Kamau wedding – 250 guests\n\nHi,\n\nFor the Kamau wedding please deliver by 9am on the day before:"
    "\n\n8 x pishori 25kg\n60kg boneless stewing beef\n40kg goat leg\n4 tins KTC pure ghee 2kg\n20 packs samosa "
    "sheets 8 inch\n\nThanks,\nAmina Odhiambo\nBaobab Catering Ltd | 07700 900584",
    lines=[
        l("PISHORI", 8, "25kg"),
        l("BEEF-STEW", 60),
        l("GOAT-LEG", 40),
        l("KTC-GHEE", 4, "2kg"),
        l("SAMOSA-PASTRY", 20, "8 inch"),
    ],
    tags=["signature", "number_in_name"],
    notes="Large, but the wedding (250 guests) is the reason: not an outlier.",
)
m(
    C,
    "Subject: Standing order\n\nPlease send our usual weekly order, plus 10 Kienyeji chickens.\n\nThank you, Amina",
    ref="usual",
    lines=[l("KIENYEJI-CHICKEN", 10)],
)
m(
    C,
    "Please add 3 tins ghee to Thursday's delivery.",
    lines=[fam(GHEE, 3)],
    notes="'ghee' is KTC pure butter ghee or KTC vegetable ghee.",
)
m(
    C,
    "Could you add 4 bags mandazi mix and 2 cases coconut milk to this week's order?",
    lines=[l("MANDAZI-MIX", 4, None), l("COCONUT-MILK", 2)],
    tags=["non_order_request"],
    notes="mandazi mix comes in 1kg and 5kg: no size given.",
)
m(
    C,
    "I would like to know if your goat meat is halal certified, we have a client asking. Could you send the "
    "certificate?",
    "QUESTION",
    tags=["non_order_request"],
)
m(
    C,
    "Subject: Order – corporate lunch\n\nPlease deliver Wednesday:\n3 x Fresh Fri 20L\n2 x Tropical Heat pilau "
    "masala 500g\n4 bags Mvule mandazi mix 5kg\n1 bag Mvule chai masala 1kg\n4 packs Ketepa loose 1kg\n\nAmina",
    lines=[
        l("FRESHFRI", 3, "20L"),
        l("PILAU-MASALA", 2),
        l("MANDAZI-MIX", 4, "5kg"),
        l("CHAI-MASALA", 1, "1kg"),
        l("KETEPA-LOOSE", 4, "1kg"),
    ],
    tags=["number_in_name"],
)
m(
    C,
    "Subject: Cancel order\n\nThe Kamau wedding has been postponed, please cancel that order in full. "
    "Apologies.\nAmina",
    "CANCEL",
)
m(
    C,
    "Please send 48 tins coconut milk and 100 samosa sheets 8 inch.",
    lines=[l("COCONUT-MILK", 2), l("SAMOSA-PASTRY", 2, "8 inch")],
    tags=["count"],
    notes="48 tins = 2 cases of 24; 100 sheets = 2 packs of 50.",
)

# ------------------------------------------------------------------ maasai-bar (en, WhatsApp)
C = "maasai-bar"
m(
    C,
    "6 crates tusker small, 4 crates tusker 500ml, 3 tusker cans, 4 white cap. Friday pls",
    lines=[l("TUSKER", 6, "24 x 330ml"), l("TUSKER", 4, "12 x 500ml"), l("TUSKER-CAN", 3), l("WHITECAP", 4)],
    notes="'tusker small' is the 24 x 330ml bottle; '3 tusker cans' is 3 cases (the bar buys cans by the case).",
)
m(
    C,
    "5 crates tusker bottles and 2 krest",
    lines=[l("TUSKER", 5, None), l("KREST", 2)],
    notes="Tusker bottles come as 24 x 330ml and 12 x 500ml: no size given.",
)
m(
    C,
    "tusker x 6 for the weekend",
    lines=[fam(TUSKER_ALL, 6)],
    notes="'tusker' is the lager bottles, cans, malt or cider.",
)
m(
    C,
    "add 3 bottles of cider pls",
    lines=[l("TUSKER-CIDER", 3)],
    tags=["container"],
    notes="3 bottles (small N) of a case product is 3 cases.",
)
m(
    C,
    "yo can you send two crates of nile special three stoney glass crates a case of fanta passion and two chevdo "
    "thanks",
    lines=[l("NILE-SPECIAL", 2), l("STONEY", 3, "24 x 300ml Glass"), l("FANTA-PASSION", 1), l("CHEVDO", 2)],
    tags=["spoken", "non_order_request"],
)
m(
    C,
    "do u do uganda waragi? if yes send 2 cases with the order",
    lines=[nic(2)],
    review=True,
    nohist=True,
    tags=["conditional"],
    notes="Uganda Waragi is not in catalog; conditional order.",
)
m(
    C,
    "48 fanta passion cans and 24 bottles krest",
    lines=[l("FANTA-PASSION", 2), l("KREST", 1)],
    tags=["count"],
    notes="48 cans = 2 cases of 24; 24 bottles = 1 case.",
)
m(C, "we're closed Mon-Tue next week for a refurb, no deliveries those days pls", "OTHER")
m(
    C,
    "need 30 tusker 500s for the match",
    lines=[l("TUSKER", None, "12 x 500ml")],
    nohist=True,
    tags=["count"],
    notes="30 bottles is 2.5 cases of 12: not a whole number of cases.",
)
m(
    C,
    "Could we get 2 crates tusker malt and 3 of keringet water for Sat? Cheers, Ochieng",
    lines=[l("TUSKER-MALT", 2), l("KERINGET", 3)],
    tags=["non_order_request"],
)

# ------------------------------------------------------------------ mama-njeri (sw, WhatsApp)
C = "mama-njeri"
m(
    C,
    "Habari za asubuhi. Tafadhali tuletee kesho: jogoo 10kg mifuko 3, exe 2kg mifuko 10, sukuma boksi 3 (za "
    "400g), managu boksi 2. Asante sana, Mama Njeri",
    lines=[
        l("JOGOO-MM", 3, "10kg"),
        l("EXE-CHAPATI", 10, "2kg"),
        l("SUKUMA", 3, "20 x 400g"),
        l("MANAGU", 2),
    ],
)
m(C, "Kama kawaida tafadhali, lakini ongeza matumbo kilo 5", ref="usual", lines=[l("MATUMBO", 5)])
m(
    C,
    "Naomba omena kilo 3 na kunde boksi 1",
    lines=[fam(OMENA_KG, 3), l("KUNDE", 1)],
    notes="omena by the kilo: dried Lake Victoria omena or Kigoma dagaa.",
)
m(
    C,
    "Ketepa pakiti 4 tafadhali",
    lines=[l("KETEPA-LOOSE", 4, None)],
    notes="'pakiti' of Ketepa is the loose tea (tea bags come by the box); 250g, 500g or 1kg not given.",
)
m(C, "Samahani, mna managu fresh (si frozen)? Wateja wanauliza sana", "QUESTION")
m(
    C,
    "Tuletee nyama ya mifupa kilo 8, matumbo kilo 5, royco beef pakiti 2 na fresh fri 10L moja",
    lines=[l("BEEF-BONE", 8), l("MATUMBO", 5), l("ROYCO-BEEF", 2), l("FRESHFRI", 1, "10L")],
)
m(C, "Boksi moja ya sukuma ilikuja imeyeyuka kabisa (defrosted). Tafadhali mtuletee nyingine", "COMPLAINT")
m(
    C,
    "tuletee mifuko mitatu ya jogoo kumi kilo boksi mbili za managu na boksi moja ya saga asante",
    lines=[l("JOGOO-MM", 3, "10kg"), l("MANAGU", 2), l("SAGA", 1)],
    tags=["spoken"],
)
m(
    C,
    "Tafadhali mrenda boksi 1 na omena frozen boksi 1, pamoja na order ya Alhamisi",
    lines=[l("MRENDA", 1), l("OMENA-FROZEN", 1)],
)
m(C, "Naomba nduma kilo 4 na saga boksi 1 kwa order ya kesho", lines=[l("NDUMA", 4), l("SAGA", 1)])

# ------------------------------------------------------------------ kibanda-choma (sw/Sheng, SMS)
C = "kibanda-choma"
m(
    C,
    "Niaje boss, leta mbavu kilo 20, mguu wa mbuzi kilo 15 na topside kilo 10 kesho. Poa",
    lines=[l("GOAT-RIBS", 20), l("GOAT-LEG", 15), l("BEEF-TOPSIDE", 10)],
    tags=["sheng"],
)
m(
    C,
    "kreti 5 za tusker kubwa na 2 za white cap",
    lines=[l("TUSKER", 5, "12 x 500ml"), l("WHITECAP", 2)],
    tags=["sheng"],
    notes="'tusker kubwa' (big) in crates is the 12 x 500ml bottle.",
)
m(
    C,
    "form ni ile ya wiki iliyopita bana, ila mbavu ziwe kilo 30",
    ref="last",
    setq=[l("GOAT-RIBS", 30)],
    tags=["sheng"],
)
m(
    C,
    "maze leta nyama ya mbuzi kilo 25",
    lines=[fam(GOAT_KG, 25)],
    tags=["sheng"],
    notes="'nyama ya mbuzi' by the kilo: leg, shoulder, cubes or ribs.",
)
m(
    C,
    "leta peptang kubwa 60 kesho",
    lines=[l("PEPTANG", 60, "700g")],
    outlier=True,
    tags=["sheng"],
    notes="'kubwa' is the 700g; 60 against a usual 6, no reason.",
)
m(C, "sorry boss ile order ya peptang 60 cancel, nilikosea", "CANCEL", tags=["sheng"])
m(
    C,
    "una mutura? leta kilo 5 pia na pilipili hoho kilo 2",
    lines=[nic(5), l("GREEN-CHILLI", 2)],
    nohist=True,
    tags=["sheng"],
    notes="mutura is not in catalog.",
)
m(C, "Mnaleta Jumapili? Tuko na event", "QUESTION", tags=["sheng"])
m(C, "leta matumbo kilo 4 na krest kreti 1", lines=[l("MATUMBO", 4), l("KREST", 1)], tags=["sheng"])
m(
    C,
    "ongeza white cap chupa 3 kwa ile order ya leo",
    lines=[l("WHITECAP", 3)],
    tags=["sheng", "container"],
    notes="3 bottles (small N) of a product sold by the case of 12 is 3 cases.",
)

# ------------------------------------------------------------------ pwani-bites (sw, WhatsApp)
C = "pwani-bites"
m(
    C,
    "Salaam. Naomba mahamri mix mifuko 10, tui la nazi katoni 3, pishori 10kg mifuko 3 na pilau masala 2. Shukran",
    lines=[l("MAHAMRI-MIX", 10), l("COCONUT-MILK", 3), l("PISHORI", 3, "10kg"), l("PILAU-MASALA", 2)],
    notes="'katoni' of coconut milk is the case of 24.",
)
m(
    C,
    "Tuletee mogo boksi 4",
    lines=[fam(MOGO_BOX, 4)],
    notes="mogo by the box: frozen chunks or frozen chips.",
)
m(
    C,
    "Mvule chai masala 4 na ghee ya KTC 2 tafadhali",
    lines=[l("CHAI-MASALA", 4, None), fam(GHEE, 2)],
    notes="Mvule chai masala 250g or 1kg not given; 'ghee ya KTC' is the pure butter or the vegetable ghee.",
)
m(C, "Kama wiki iliyopita tafadhali, bila tilapia", ref="last", remove=["TILAPIA-FILLET"])
m(
    C,
    "Tuletee samaki: tilapia fillet kilo 10",
    lines=[l("TILAPIA-FILLET", 2)],
    tags=["count"],
    notes="10kg of fillets = 2 boxes of 5kg.",
)
m(C, "Je, mna iliki nzima au ni ya kusaga tu? Bei gani kwa kilo?", "QUESTION")
m(
    C,
    "goat cubes kilo 10, frozen cassava chunks boksi 2, mogo chips boksi 2 tafadhali kwa Ijumaa",
    lines=[l("GOAT-MIXED", 10), l("CASSAVA-FROZEN", 2), l("MOGO-CHIPS", 2)],
)
m(C, "Asanteni, malipo ya invoice 4471 yametumwa leo kwa bank transfer", "OTHER")
m(
    C,
    "Tilapia fillet boksi 1 na zanzibar pili pili katoni 1",
    lines=[l("TILAPIA-FILLET", 1), l("ZANZIBAR-PILI", 1)],
)

# ------------------------------------------------------------------ tausi-grocers (sw, SMS)
C = "tausi-grocers"
m(
    C,
    "Bale 3 jogoo, dona 10, wimbi 6, uji power pakiti 2",
    lines=[l("JOGOO-BALE", 3), l("DOLA-DONA", 10), l("WIMBI-2KG", 6), l("UJI-MIX", 2)],
    notes="'pakiti' of Uji Power is the pack of 10.",
)
m(C, "maharagwe mifuko 10", lines=[fam(BEANS, 10)], notes="'maharagwe' is any of four beans.")
m(C, "kama kawaida", ref="usual")
m(
    C,
    "fahari pakiti 10, kericho loose 6, kimbo 6, royco kuku pakiti 3",
    lines=[l("FAHARI", 10), l("KERICHO-LOOSE", 6), l("KIMBO", 6), l("ROYCO-CHICKEN", 3)],
)
m(
    C,
    "uji power 1kg pakiti 15",
    lines=[l("UJI-MIX", None)],
    nohist=True,
    tags=["count"],
    notes="15 packets of 1kg is 1.5 packs of 10: not a whole number of packs.",
)
m(C, "Mko na Blue Band 1kg? Bei?", "QUESTION", notes="Blue Band is not stocked.")
m(
    C,
    "njahi 5 nyayo 6 yellow beans 5 tafadhali",
    lines=[l("NJAHI", 5), l("NYAYO", 6), l("YELLOW-BEANS", 5)],
    tags=["spoken"],
)
m(C, "Ndengu 2kg mifuko 4, rosecoco 4. Asante", lines=[l("NDENGU-2KG", 4), l("ROSECOCO", 4)])

# ------------------------------------------------------------------ nakawa-foods (lg, WhatsApp)
C = "nakawa-foods"
m(
    C,
    "Ssebo, tusaba otuweereze posho ensawo bbiri eza 25kg, enkota z'amatooke munaana ne gonja bokisi bbiri. "
    "Webale",
    lines=[l("POSHO-25", 2), l("MATOKE-BUNCH", 8), l("GONJA", 2)],
    notes="posho in 25kg sacks names the Nile Mills sack; 'enkota' is a bunch.",
)
m(
    C,
    "Tuweereze amatooke 10 ku Lwokuna",
    lines=[fam(MATOKE, 10)],
    notes="'amatooke' is the bunch or the 18kg box.",
)
m(
    C,
    "Nga wiiki ewedde, naye mukene kilo 6",
    ref="last",
    setq=[fam(OMENA_KG, 6)],
    notes="'mukene' by the kilo: dried omena or Kigoma dagaa; the new quantity is a line without history.",
)
m(
    C,
    "lumonde kilo 15, kawunga ka muwogo ensawo 6 (2kg), rwenzori tea bags bokisi 10",
    lines=[fam(SWEETPOT, 15), l("CASSAVA-FLOUR", 6), l("RWENZORI-BAGS", 10)],
    tags=["number_in_name"],
    notes="'lumonde' is white or orange sweet potatoes.",
)
m(C, "Nile Special kkeesi 3 ne Bell kkeesi 3", lines=[l("NILE-SPECIAL", 3), l("BELL", 3)])
m(C, "Amatooke ge mwaleese jjo gaali mengevu nnyo, tegasobola kutundibwa. Mutuyambe.", "COMPLAINT")
m(
    C,
    "Mukwano 20L bbiri ne Kakira sukaali 50kg emu, ne Uganda Waragi kkeesi emu",
    lines=[l("MUKWANO", 2), l("KAKIRA-50", 1), nic(1)],
    nohist=True,
    notes="Uganda Waragi is not in catalog.",
)
m(C, "Mulina ngege enfumbe? Bbeeyi ki ku kilo?", "QUESTION")
m(C, "Musazeemu order ya Lwokuna yonna, tetukyagyetaaga. Webale", "CANCEL")
m(
    C,
    "Tuweereze posho sack 3, gonja bokisi 2 ne rwenzori loose tea pakiti 2",
    lines=[l("POSHO-25", 3), l("GONJA", 2), l("RWENZORI-LOOSE", 2)],
)
m(C, "Ngege enfumbe kilo 3 ne nakati bokisi 2", lines=[l("TILAPIA-SMOKED", 3), l("NAKATI", 2)])

# ------------------------------------------------------------------ kampala-corner (lg, SMS)
C = "kampala-corner"
m(
    C,
    "Matooke bokisi 4, embuzi cubes kilo 12, ente n'amagumba kilo 10. Enkya ku makya",
    lines=[l("MATOKE-BOX", 4), l("GOAT-MIXED", 12), l("BEEF-BONE", 10)],
    notes="'bokisi' narrows matooke to the box; 'ente n'amagumba' is bone-in beef.",
)
m(C, "Nga bulijjo, naye mputa bokisi 3 mu kifo kya 2", ref="usual", setq=[l("NILE-PERCH", 3)])
m(
    C,
    "dodo bokisi 2 ne nakati bokisi 2",
    lines=[l("TERERE", 2), l("NAKATI", 2)],
    notes="'dodo' is amaranth (terere).",
)
m(
    C,
    "lumonde kilo kkumi muwogo kilo kkumi mputa bokisi bbiri ne rwenzori emu",
    lines=[fam(SWEETPOT, 10), l("CASSAVA-FRESH", 10), l("NILE-PERCH", 2), fam(RWENZORI, 1)],
    tags=["spoken"],
    notes="muwogo by the kilo is fresh cassava; 'rwenzori' is the tea bags or the loose tea.",
)
m(C, "Order ya leero: Bell kkeesi 4 si 2", "CHANGE", change_lines=[l("BELL", 4)])
m(C, "Webale nnyo ku delivery ya leero", "OTHER")
m(
    C,
    "Embuzi enzima 2 ku Lwomukaaga, tulina omukolo gw'abantu 120. Ne Bell kkeesi 6",
    lines=[l("GOAT-WHOLE", 2), l("BELL", 6)],
    notes="'embuzi enzima' is the whole goat carcass; the event (120 guests) explains the 6 cases of Bell.",
)
m(C, "Ox liver kilo 4 ne posho sack emu ku order ya Lwakutaano", lines=[l("OX-LIVER", 4), l("POSHO-25", 1)])

# ------------------------------------------------------------------ inzozi-restaurant (rw, WhatsApp)
C = "inzozi-restaurant"
m(
    C,
    "Mwaramutse! Mutwoherereze ejo: amakesi 5 ya Primus, amakesi 3 ya Mützig, ibiro 10 by'inyama y'ihene "
    "(goat leg), ibiro 10 by'inyama y'inka idafite amagufa. Murakoze",
    lines=[l("PRIMUS", 5), l("MUTZIG", 3), l("GOAT-LEG", 10), l("BEEF-STEW", 10)],
    notes="'inyama y'inka idafite amagufa' is boneless beef.",
)
m(
    C,
    "ibitoke 3 n'ibijumba ibiro 8",
    lines=[fam(MATOKE, 3), fam(SWEETPOT, 8)],
    notes="'ibitoke' bunch or box; 'ibijumba' white or orange.",
)
m(
    C,
    "Nk'icyumweru gishize, ariko mwongeremo indagara ibiro 2",
    ref="last",
    lines=[fam(OMENA_KG, 2)],
    notes="'indagara' by the kilo: Kigoma dagaa or dried omena.",
)
m(
    C,
    "tilapia nto udusanduku 2",
    lines=[l("TILAPIA-WHOLE", 2, "300-500g")],
    notes="'nto' (small) is a size grade, and only the whole tilapia has grades.",
)
m(C, "Ndashaka kumenya niba mufite amata ya Inyange, n'igiciro cyayo", "QUESTION", tags=["non_order_request"])
m(
    C,
    "ifu y'imyumbati imifuka 4, ibishyimbo rosecoco 5, nduma ibiro 6",
    lines=[l("CASSAVA-FLOUR", 4), l("ROSECOCO", 5), l("NDUMA", 6)],
)
m(
    C,
    "Fanta orange 48 (cans) ku wa Gatanu",
    lines=[l("FANTA-ORANGE", 2)],
    tags=["count"],
    notes="48 cans = 2 cases of 24.",
)
m(C, "Amakesi 2 ya Primus yaje afite amacupa 4 yamenetse", "COMPLAINT")
m(
    C,
    "voice: mutwoherereze amakesi atanu ya primus amakesi atatu ya mutzig ibiro icumi bya nduma n'imifuka ine "
    "y'ifu y'imyumbati",
    lines=[l("PRIMUS", 5), l("MUTZIG", 3), l("NDUMA", 10), l("CASSAVA-FLOUR", 4)],
    tags=["spoken", "voice"],
)
m(C, "Dagaa kigoma ibiro 2 na Keringet amakesi 2", lines=[l("DAGAA-KIGOMA", 2), l("KERINGET", 2)])

# ------------------------------------------------------------------ kigali-shop (rw, SMS)
C = "kigali-shop"
m(
    C,
    "Primus 4, Mutzig 4, Fanta orange 3, Fanta passion 2. Murakoze",
    lines=[l("PRIMUS", 4), l("MUTZIG", 4), l("FANTA-ORANGE", 3), l("FANTA-PASSION", 2)],
)
m(
    C,
    "fanta amakesi 5 n'umuceri imifuka 2",
    lines=[fam(FANTA, 5), fam(RICE_BAG, 2)],
    notes="'fanta' is passion or orange; 'umuceri' (rice) in bags is pishori, Tilda or East End (Sindano is a sack).",
)
m(C, "nk'ibisanzwe", ref="usual")
m(
    C,
    "umuceri Tilda 10kg imifuka 2 n'amavuta fresh fri 5L 4",
    lines=[l("TILDA-BASMATI", 2, "10kg"), l("FRESHFRI", 4, "5L")],
)
m(C, "indagara ibiro 3", lines=[fam(OMENA_KG, 3)])
m(C, "Ese muzana ku cyumweru?", "QUESTION")
m(C, "Nimero nshya ya telefone: 07700 900735. Murakoze", "OTHER")
m(
    C,
    "Ndashaka Ketepa tea bags udusanduku 4, ifu y'imyumbati imifuka 8, uji power amapaki 2",
    lines=[l("KETEPA-BAGS", 4), l("CASSAVA-FLOUR", 8), l("UJI-MIX", 2)],
    tags=["non_order_request"],
)

# ------------------------------------------------------------------ umuganda-caterers (rw, email)
C = "umuganda-caterers"
m(
    C,
    "Subject: Komande y'ubukwe\n\nMwiriwe,\n\nTuzakenera ku wa Gatanu (ubukwe bw'abantu 300):\n- Tilda basmati "
    "20kg: imifuka 6\n- inyama y'inka idafite amagufa: ibiro 50\n- goat cubes: ibiro 40\n- inkoko 30\n- Primus: "
    "amakesi 20\n\nMurakoze,\nJeanne Uwase\nUmuganda Caterers Ltd",
    lines=[
        l("TILDA-BASMATI", 6, "20kg"),
        l("BEEF-STEW", 50),
        l("GOAT-MIXED", 40),
        l("KIENYEJI-CHICKEN", 30),
        l("PRIMUS", 20),
    ],
    tags=["signature"],
    notes="A wedding of 300 is the reason for the size: not an outlier. 'inkoko' is the only chicken stocked.",
)
m(
    C,
    "Subject: Komande\n\nNk'ibisanzwe, ariko Primus amakesi 12 aho kuba 10.\n\nJeanne",
    ref="usual",
    setq=[l("PRIMUS", 12)],
)
m(
    C,
    "Mwongereho samosa pastry amapaki 6 kuri komande y'uyu munsi",
    lines=[l("SAMOSA-PASTRY", 6, None)],
    notes="samosa sheets 5, 8 or 10 inch not given.",
)
m(
    C,
    "Subject: Quote\n\nNdashaka igiciro (quote) cya: Tilda 20kg imifuka 10, ibiro 100 by'inyama y'ihene. Ntabwo ari "
    "komande.\n\nJeanne",
    "QUESTION",
    tags=["non_order_request"],
    notes="A quote request listing quantities; 'Ntabwo ari komande' = this is not an order.",
)
m(
    C,
    "Subject: Guhagarika komande\n\nMuhagarike komande yo ku wa Kane, ubukwe bwimuriwe ukwezi gutaha.\n\nJeanne",
    "CANCEL",
)
m(
    C,
    "Subject: Order\n\nSweet potatoes orange ibiro 20, matoke box 5, Fresh Fri 20L 2, Fanta orange amakesi 5."
    "\n\nJeanne Uwase | +447700900594",
    lines=[l("SWEETPOT-ORANGE", 20), l("MATOKE-BOX", 5), l("FRESHFRI", 2, "20L"), l("FANTA-ORANGE", 5)],
    tags=["signature"],
)
m(
    C,
    "Subject: Inyongera\n\nMwongereho Keringet amakesi 6 n'ibiro 5 bya nduma kuri komande yo ku wa Gatanu.\n\n"
    "Jeanne",
    lines=[l("KERINGET", 6), l("NDUMA", 5)],
)

# ------------------------------------------------------------------ patel-cash-carry (gu, Gujarati script)
C = "patel-cash-carry"
m(
    C,
    "જય શ્રી કૃષ્ણ. કાલે મોકલજો: એલિફન્ટ આટા મીડિયમ 20kg - ૬ બેગ, એલિફન્ટ વ્હોલમીલ ૪ બેગ, બેસન ૧૦ બેગ, "
    "તુવેર દાળ ૧૦ બેગ. આભાર, કિરીટભાઈ",
    lines=[l("ELEPHANT-MED", 6, "20kg"), l("ELEPHANT-WHOLE", 4), l("BESAN", 10), l("TOOR-DAL", 10)],
    tags=["gujarati_script"],
)
m(
    C,
    "KTC ઘી ૧ કિલો ના ૧૨ ડબ્બા અને વેજિટેબલ ઘી ૪ ડબ્બા",
    lines=[l("KTC-GHEE", 12, "1kg"), l("VEG-GHEE", 4)],
    tags=["gujarati_script"],
    notes="'KTC ઘી ૧ કિલો' is the pure butter ghee 1kg (the vegetable ghee is named separately).",
)
m(C, "હંમેશ મુજબ ઓર્ડર મોકલજો, પણ ચેવડો ૬ કેસ", ref="usual", setq=[l("CHEVDO", 6)], tags=["gujarati_script"])
m(
    C,
    "અથાણું ૪ મોકલજો",
    lines=[fam(PICKLE, 4)],
    tags=["gujarati_script"],
    notes="'અથાણું' (pickle) is any of the four pickles.",
)
m(
    C,
    "એલિફન્ટ આટો ૧૦ કિલો ૩ બેગ",
    lines=[fam(ELEPHANT, 3, "10kg")],
    tags=["gujarati_script"],
    notes="Elephant atta 10kg is the medium or the wholemeal.",
)
m(C, "શું તમારી પાસે ઊંધિયું નો મસાલો છે? ભાવ શું છે?", "QUESTION", tags=["gujarati_script"])
m(
    C,
    "પટાક લાઈમ અથાણું ૨ બરણી અને કેરીનું અથાણું ૨ ટબ",
    lines=[l("PATAKS-LIME", 2), l("KERI-PICKLE", 2)],
    tags=["gujarati_script"],
    notes="a jar of Patak's lime is one (sold each).",
)
m(
    C,
    "બાસમતી ચોખા ૪ બેગ",
    lines=[fam(BASMATI, 4)],
    tags=["gujarati_script"],
    notes="basmati is Tilda or East End.",
)
m(C, "ગુરુવારે દુકાન બંધ છે, એ દિવસે ડિલિવરી ના કરશો.", "OTHER", tags=["gujarati_script"])
m(
    C,
    "ગાર્લિક અથાણું ૩ જાર અને ઈસ્ટ એન્ડ બાસમતી ૨ બેગ",
    lines=[l("GARLIC-PICKLE", 3), l("EASTEND-BASMATI", 2)],
    tags=["gujarati_script"],
)

# ------------------------------------------------------------------ shree-ganesh-farsan (gu, romanised)
C = "shree-ganesh-farsan"
m(
    C,
    "Jai shree krishna bhai, kale mokaljo: besan 20 bag, fresh fri 20 litre na 3, samosa patti 5 inch 12 pack, "
    "spring roll patti 6 pack. Aabhar",
    lines=[l("BESAN", 20), l("FRESHFRI", 3, "20L"), l("SAMOSA-PASTRY", 12, "5 inch"), l("SPRING-ROLL", 6)],
    tags=["romanised"],
)
m(
    C,
    "patti 10 pack mokalo",
    lines=[fam(PASTRY, 10)],
    tags=["romanised"],
    notes="'patti' is samosa or spring-roll pastry.",
)
m(
    C,
    "ghee na 3 dabba 2 kilo vala",
    lines=[l("KTC-GHEE", 3, "2kg")],
    tags=["romanised"],
    notes="2kg tins exist only in the KTC pure butter ghee (the vegetable ghee is 4kg).",
)
m(C, "gaya athvadiya jevu j, pan mogo chips 6 box", ref="last", setq=[l("MOGO-CHIPS", 6)], tags=["romanised"])
m(
    C,
    "samosa patti 5 inch 600 sheet",
    lines=[l("SAMOSA-PASTRY", 12, "5 inch")],
    tags=["romanised", "count"],
    notes="600 sheets = 12 packs of 50.",
)
m(C, "mogo 8 box", lines=[fam(MOGO_BOX, 8)], tags=["romanised"])
m(
    C,
    "be bag besan tran pack spring roll patti ane ek dabbo ghee be kilo vado",
    lines=[l("BESAN", 2), l("SPRING-ROLL", 3), l("KTC-GHEE", 1, "2kg")],
    tags=["romanised", "spoken"],
    notes="number words start each item; a 2kg tin of ghee is only the KTC pure butter ghee.",
)
m(C, "bhai, frozen chapati ma ghee nakhel che ke vegan che?", "QUESTION", tags=["romanised"])
m(
    C,
    "marcha 5 kilo, lasan athanu 2 jar, pataks mango 2 case",
    lines=[l("GREEN-CHILLI", 5), l("GARLIC-PICKLE", 2), l("PATAKS-MANGO", 2)],
    tags=["romanised"],
)
m(C, "kale ni delivery ma besan ni 2 bag ochi aavi, 18 j aavi", "COMPLAINT", tags=["romanised"])
m(
    C,
    "toor dal 3 bag ane dhana jiru 2 kilo mokalo",
    lines=[l("TOOR-DAL", 3), l("DHANA-JIRU", 2)],
    tags=["romanised", "count"],
    notes="2 kilo of dhana jiru = 2 bags of 1kg.",
)

# ------------------------------------------------------------------ nairobi-sweet-mart (gu romanised + English, SMS)
C = "nairobi-sweet-mart"
m(
    C,
    "KTC ghee 2kg x4, KTC ghee 1kg x6, mandazi mix 5kg x2. Thx, Sweet Mart",
    lines=[l("KTC-GHEE", 4, "2kg"), l("KTC-GHEE", 6, "1kg"), l("MANDAZI-MIX", 2, "5kg")],
    lang="en",
    notes="'KTC ghee' with a 1kg or 2kg size is the pure butter ghee.",
)
m(
    C,
    "ktc pure ghee 5 dabba mokalo",
    lines=[l("KTC-GHEE", 5, None)],
    tags=["romanised"],
    notes="500g, 1kg or 2kg not given.",
)
m(C, "roj jevu order, pan elchi 3 kilo", ref="usual", setq=[l("CARDAMOM", 3)], tags=["romanised"])
m(
    C,
    "chai masala 4 ane mandazi mix 2 bag",
    lines=[fam(CHAI_M, 4), l("MANDAZI-MIX", 2, None)],
    tags=["romanised"],
    notes="'chai masala' is the Mvule bag or the Tropical Heat pack; mandazi mix 1kg or 5kg not given.",
)
m(
    C,
    "tropical heat chai 24 packet",
    lines=[l("TROPICAL-CHAI", 2)],
    tags=["count", "romanised"],
    notes="24 packets of 100g = 2 packs of 12.",
)
m(
    C,
    "I'd like to know if you stock jaggery (gol)? 5kg blocks",
    "QUESTION",
    tags=["non_order_request"],
    lang="en",
)
m(
    C,
    "besan 6 bag, ketepa 1kg 3 pkt, mumias 4 bale, coconut milk 1 case",
    lines=[l("BESAN", 6), l("KETEPA-LOOSE", 3, "1kg"), l("MUMIAS-BALE", 4), l("COCONUT-MILK", 1)],
    lang="en",
)
m(
    C,
    "aaje na order ma mandazi mix 5kg 3 karo, 2 nahi",
    "CHANGE",
    change_lines=[l("MANDAZI-MIX", 3, "5kg")],
    tags=["romanised"],
)
m(
    C,
    "samosa patti 5 inch 4 pack ane chevdo 2 case, kal savare",
    lines=[l("SAMOSA-PASTRY", 4, "5 inch"), l("CHEVDO", 2)],
    tags=["romanised"],
)

# ------------------------------------------------------------------ kutch-kitchen (gu script, email)
C = "kutch-kitchen"
m(
    C,
    "Subject: ઓર્ડર - શુક્રવાર\n\nનમસ્તે,\nએલિફન્ટ આટા મીડિયમ ૧૦ કિલો: ૪ બેગ\nતુવેર દાળ: ૬ બેગ\nટિલ્ડા બાસમતી ૧૦ "
    "કિલો: ૩ બેગ\nમોગો ચિપ્સ: ૬ બોક્સ\n\nહિતેશ શાહ\nKutch Kitchen, 9 Belgrave Road, Leicester",
    lines=[l("ELEPHANT-MED", 4, "10kg"), l("TOOR-DAL", 6), l("TILDA-BASMATI", 3, "10kg"), l("MOGO-CHIPS", 6)],
    tags=["gujarati_script", "signature"],
)
m(
    C,
    "Subject: વધારાનું\n\nમોગો ૬ બોક્સ શુક્રવારના ઓર્ડરમાં ઉમેરજો.\n\nહિતેશ",
    lines=[fam(MOGO_BOX, 6)],
    tags=["gujarati_script"],
    notes="mogo by the box: frozen chunks or frozen chips.",
)
m(
    C,
    "Subject: ઓર્ડર\n\nગયા અઠવાડિયા જેવું જ, પણ લીલા મરચાં ૫ કિલો.\n\nહિતેશ",
    ref="last",
    setq=[l("GREEN-CHILLI", 5)],
    tags=["gujarati_script"],
)
m(
    C,
    "Subject: Peptang\n\nPeptang chilli sauce 6 bottles please, with Friday's delivery.\n\nHitesh",
    lines=[l("PEPTANG", 6, None)],
    lang="en",
    notes="400g or 700g not given.",
)
m(
    C,
    "Subject: Stoney\n\nStoney 2 plastic crates please.\n\nHitesh",
    lines=[l("STONEY", 2, "12 x 500ml PET")],
    lang="en",
    notes="'plastic' is the 12 x 500ml PET.",
)
m(C, "Subject: શનિવાર\n\nશું તમે શનિવારે ડિલિવરી કરો છો?", "QUESTION", tags=["gujarati_script"])
m(
    C,
    "Subject: Automatic reply: Invoice INV-58213\n\nThank you for your email. Hitesh is out of the office until 22 "
    "June. For urgent orders please call 020 7946 0598.",
    "OTHER",
    lang="en",
)
m(
    C,
    "Subject: ઓર્ડર\n\nકેરીનું અથાણું ૧ ટબ, પટાક લાઈમ ૧, KTC ઘી ૨ કિલો ૨ ડબ્બા, ધાણા જીરુ ૨ કિલો\n\nહિતેશ",
    lines=[l("KERI-PICKLE", 1), l("PATAKS-LIME", 1), l("KTC-GHEE", 2, "2kg"), l("DHANA-JIRU", 2)],
    tags=["gujarati_script", "count"],
    notes="2 kilo of dhana jiru = 2 bags of 1kg.",
)
m(
    C,
    "Subject: Add-on\n\nPlease add 4 bags besan and 1 case chevdo to Friday's order. Thanks, Hitesh",
    lines=[l("BESAN", 4), l("CHEVDO", 1)],
    lang="en",
)

# ------------------------------------------------------------------ mtaani-eats (sw/Sheng, WhatsApp)
C = "mtaani-eats"
m(
    C,
    "Sasa boss! Leta samosa sheets 8 inch pakiti 6, mince kilo 10, smokies pakiti 10 na mogo chips boksi 3",
    lines=[l("SAMOSA-PASTRY", 6, "8 inch"), l("BEEF-MINCE", 10), l("SMOKIES", 10), l("MOGO-CHIPS", 3)],
    tags=["sheng"],
)
m(
    C,
    "smokies 60 pcs za kesho",
    lines=[l("SMOKIES", 3)],
    tags=["sheng", "count"],
    notes="60 smokies = 3 packs of 20.",
)
m(
    C,
    "mafuta 20L moja",
    lines=[fam(OIL, 1, "20L")],
    tags=["sheng"],
    notes="20L of oil is Fresh Fri 20L or Mukwano 20L.",
)
m(
    C,
    "same kama last week bana, ila mince iwe kilo 15",
    ref="last",
    setq=[l("BEEF-MINCE", 15)],
    tags=["sheng"],
)
m(
    C,
    "leta peptang ndogo kumi na mbili stoney kreti mbili na exe ya kilo kumi mbili",
    lines=[l("PEPTANG", 12, "400g"), l("STONEY", 2, None), l("EXE-CHAPATI", 2, "10kg")],
    tags=["sheng", "spoken"],
    notes="'peptang ndogo' (small) is 400g; stoney crates glass or PET not given.",
)
m(
    C,
    "mko na samosa ready made frozen? nataka 200 kama ziko",
    lines=[nic(200)],
    review=True,
    nohist=True,
    tags=["sheng", "conditional"],
    notes="Ready-made samosas are not in catalog (only the pastry); conditional.",
)
m(
    C,
    "nipe fanta passion cans 6 tu, na smokies pakiti 5",
    lines=[l("FANTA-PASSION", None), l("SMOKIES", 5)],
    nohist=True,
    tags=["sheng", "container"],
    notes="6 cans is a quarter of a case of 24: not a whole number of cases, a human must ask.",
)
m(C, "boss tumefunga wiki hii, tunarenovate. tutawacheki wiki ijayo", "OTHER", tags=["sheng"])
m(
    C,
    "chapati za freezer boksi 2 na krest 1 kreti",
    lines=[l("CHAPATI-FROZEN", 2), l("KREST", 1)],
    tags=["sheng"],
)
m(
    C,
    "Niaje, exe 10kg mbili na stoney glass kreti 2 fasta",
    lines=[l("EXE-CHAPATI", 2, "10kg"), l("STONEY", 2, "24 x 300ml Glass")],
    tags=["sheng"],
)

# ------------------------------------------------------------------ afro-superstore (en, email, irregular)
C = "afro-superstore"
m(
    C,
    "Subject: PO AS-7781\n\nHi Mvule,\n\nPlease supply:\n- 10 x Jogoo 5kg\n- 6 x Pembe 10kg\n- 4 x Sindano rice "
    "25kg sacks\n- 8 x East End basmati 10kg\n- 12 boxes Ketepa tea bags\n\nDelivery to 220 Rye Lane, SE15. Goods "
    "in 7am-11am.\n\nBest,\nOluwaseun Adebayo\nBuying Manager",
    lines=[
        l("JOGOO-MM", 10, "5kg"),
        l("PEMBE-10", 6),
        l("SINDANO-25", 4),
        l("EASTEND-BASMATI", 8),
        l("KETEPA-BAGS", 12),
    ],
    tags=["signature", "number_in_name"],
)
m(
    C,
    "Subject: Re: weekly\n\nJust our usual please.\n\nOluwaseun",
    ref="usual",
    tags=["ambiguous_reference"],
    notes="The store never orders the same basket twice: there is no usual to repeat.",
)
m(
    C,
    "Subject: repeat\n\nCan you repeat last week's PO exactly, plus 5 cases Afia mango.\n\nOluwaseun",
    ref="last",
    lines=[l("AFIA-MANGO", 5)],
    tags=["non_order_request"],
)
m(
    C,
    "Subject: Fish\n\n3 boxes large tilapia whole and 6 kg dagaa kigoma please.\n\nOluwaseun",
    lines=[l("TILAPIA-WHOLE", 3, "800-1200g"), l("DAGAA-KIGOMA", 6)],
)
m(
    C,
    "Subject: Order on account\n\nPlease send 10 Kimbo 2kg tubs and 8 Mumias bales on 60-day terms, we'll "
    "settle end of August.\n\nOluwaseun",
    lines=[l("KIMBO", 10), l("MUMIAS-BALE", 8)],
    review=True,
    nohist=True,
    tags=["credit"],
    notes="An order on 60-day credit terms needs a human.",
)
m(
    C,
    "Subject: Drinks\n\nAlso 5 cases Coca-Cola 330ml and 4 cases Fanta orange please.",
    lines=[nic(5), l("FANTA-ORANGE", 4)],
    nohist=True,
    notes="Coca-Cola is not in catalog.",
)
m(
    C,
    "Subject: Statement\n\nCould you send a statement of account for May? Our accounts team needs it by Friday.",
    "QUESTION",
    tags=["non_order_request"],
)
m(
    C,
    "Subject: Short delivery PO AS-7781\n\nWe were invoiced for 8 East End basmati but only 6 arrived. Please "
    "credit 2.",
    "COMPLAINT",
)
m(
    C,
    "Subject: Sauces\n\nHalf a case of zanzibar pili pili please (6 bottles) and 2 cases Afia mango.",
    lines=[l("ZANZIBAR-PILI", 0.5), l("AFIA-MANGO", 2)],
    nohist=True,
    tags=["fraction"],
    notes="Half a case is a fraction of an indivisible case: review.",
)
m(
    C,
    "Subject: PO AS-7795\n\n6 x Kericho Gold loose 500g, 10 x Rosecoco 2kg, 4 x Ndengu 25kg sack, 3 boxes mogo "
    "chips.\n\nOluwaseun",
    lines=[l("KERICHO-LOOSE", 6), l("ROSECOCO", 10), l("NDENGU-25", 4), l("MOGO-CHIPS", 3)],
    tags=["number_in_name"],
)

# ------------------------------------------------------------------ rolex-republic (new, lg/en, WhatsApp)
C = "rolex-republic"
m(
    C,
    "Hi, we're Rolex Republic, a new Ugandan street food truck opening Saturday at the market. First order, we pay "
    "cash on delivery: 4 bags EXE chapati flour 10kg, 2 Fresh Fri 20L, 2 crates stoney plastic",
    lines=[l("EXE-CHAPATI", 4, "10kg"), l("FRESHFRI", 2, "20L"), l("STONEY", 2, "12 x 500ml PET")],
    lang="en",
    tags=["new_customer"],
    notes="A first order paid on delivery ships as written.",
)
m(
    C,
    "Mulina amagi? Bwe gabaawo mutuweereze trays 10",
    lines=[nic(10)],
    review=True,
    nohist=True,
    tags=["new_customer", "conditional"],
    notes="Eggs are not in catalog; conditional order.",
)
m(
    C,
    "Same as my first order pls",
    ref="last",
    lang="en",
    tags=["new_customer", "ambiguous_reference"],
    notes="Messages are not history: the first-time customer has no earlier order.",
)
m(
    C,
    "Can we open a 30-day account? Then send 6 bags exe 10kg on it",
    lines=[l("EXE-CHAPATI", 6, "10kg")],
    review=True,
    nohist=True,
    lang="en",
    tags=["new_customer", "credit", "non_order_request"],
    notes="Depends on an account that does not exist yet: review.",
)
m(
    C,
    "Tusaba EXE 10kg ensawo 3 ne Fresh Fri 20L emu, tujja kusasula cash",
    lines=[l("EXE-CHAPATI", 3, "10kg"), l("FRESHFRI", 1, "20L")],
    tags=["new_customer"],
    notes="Paid cash on delivery: ships.",
)
m(C, "Do you deliver to Brixton on Saturdays before 8am?", "QUESTION", lang="en", tags=["new_customer"])

# ------------------------------------------------------------------ chai-corner (new, gu/en, WhatsApp)
C = "chai-corner"
m(
    C,
    "Namaste! I'd like to place our first order, Chai Corner Leicester, opening on the 20th. Cash on delivery: "
    "Ketepa 1kg 4 packet, Mvule chai masala 1kg 2, Mumias 2 bale, KTC ghee 500g 6 tin",
    lines=[
        l("KETEPA-LOOSE", 4, "1kg"),
        l("CHAI-MASALA", 2, "1kg"),
        l("MUMIAS-BALE", 2),
        l("KTC-GHEE", 6, "500g"),
    ],
    lang="en",
    tags=["new_customer", "non_order_request"],
    notes="A first order paid on delivery ships.",
)
m(
    C,
    "ચા મસાલો ૩ પેકેટ",
    lines=[fam(CHAI_M, 3)],
    tags=["new_customer", "gujarati_script"],
    notes="chai masala: Mvule or Tropical Heat.",
)
m(
    C,
    "pehla order jevu j pachhu mokalo",
    ref="last",
    tags=["new_customer", "romanised", "ambiguous_reference"],
    notes="Messages are not history: the first-time customer has no earlier order.",
)
m(
    C,
    "chevdo 24 packet, samosa patti 5 inch 4 pack, cash ma",
    lines=[l("CHEVDO", 2), l("SAMOSA-PASTRY", 4, "5 inch")],
    tags=["new_customer", "romanised", "count"],
    notes="24 packets = 2 cases of 12; paid cash: ships.",
)
m(
    C,
    "I would like to know your minimum order for free delivery to LE4",
    "QUESTION",
    lang="en",
    tags=["new_customer", "non_order_request"],
)
m(
    C,
    "Kericho gold tea bags 250 bags joie che",
    lines=[l("KERICHO-BAGS", None)],
    nohist=True,
    tags=["new_customer", "romanised", "count"],
    notes="250 bags is 2.5 boxes of 100: not a whole number of boxes.",
)
