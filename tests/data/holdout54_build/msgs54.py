# ruff: noqa  (hand-written data generator of blind set 54, kept as its writer left it)
"""Every message of set 54 and its plain label, hand-written.
Line notation: ("SKU", q) | ("SKU", q, "variant") | ("SKU", q, None) missing variant |
("?", q, [candidates], candidate_variant or None) family | ("NIC", q, "what") not in catalog."""

SAMBA = ["RICE-SAMBA-W", "RICE-SAMBA-R"]
NADU = ["RICE-NADU-W", "RICE-NADU-R"]
PONNI = ["RICE-PONNI-B", "RICE-PONNI-R"]
BASMATI = ["RICE-BASMATI-T", "RICE-BASMATI-S"]
SHF = ["FLR-SH-W-R", "FLR-SH-R-R", "FLR-SH-W-U", "FLR-SH-R-U"]
SHF_RED = ["FLR-SH-R-R", "FLR-SH-R-U"]
SHF_WHITE = ["FLR-SH-W-R", "FLR-SH-W-U"]
PITTU = ["FLR-PITTU-W", "FLR-PITTU-R"]
CMP = ["COCO-MP-300", "COCO-MP-1KG"]
CMILK = ["COCO-MILK-TIN", "COCO-MP-300", "COCO-MP-1KG"]
SCRAPED = ["COCO-SCRAPED-400", "COCO-GRATED-1KG"]
COIL = ["OIL-COCO-KLF", "OIL-COCO-PARA"]
GHEE = ["GHEE-KTC", "GHEE-VEG", "GHEE-AMUL"]
CURRY = ["CP-ROAST", "CP-UNROAST", "CP-MEAT", "CP-FISH"]
CHILLI = ["CP-CHILLI-HOT", "CP-KASHMIRI"]
MALDIVE = ["DF-MALDIVE-CHIPS", "DF-MALDIVE-WHOLE"]
SPRATS = ["DF-SPRATS-HL", "DF-SPRATS-HO"]
JAGGERY = ["JAG-KITHUL", "JAG-PALM", "JAG-CANE"]
KITHUL = ["JAG-KITHUL", "TREACLE-KITHUL"]
PAPADUM = ["PAP-PLAIN", "PAP-PEPPER", "PAP-KERALA"]
PAROTTA = ["FZ-PAROTTA-5", "FZ-PAROTTA-20"]
CLEAF = ["FR-CURRY-LEAF-B", "FR-CURRY-LEAF-1KG"]
TEABAGS = ["TEA-BAGS-100", "TEA-BAGS-500"]
TEA = ["TEA-BOP", "TEA-BOPF", "TEA-DUST", "TEA-OP1", "TEA-BAGS-100", "TEA-BAGS-500"]
BATTER = ["BATTER-DOSA", "BATTER-IDLI"]

M = []


def m(
    cust,
    day,
    lang,
    intent,
    text,
    lines=(),
    notes="",
    tags="",
    ch=None,
    review=None,
    ref=None,
    change=None,
    outlier=False,
):
    M.append(
        dict(
            cust=cust,
            day=day,
            lang=lang,
            intent=intent,
            text=text,
            lines=list(lines),
            notes=notes,
            tags=tags.split(),
            ch=ch,
            review=review,
            ref=ref,
            change=change,
            outlier=outlier,
        )
    )


# ---------------------------------------------------------------- jaffna-kitchen (Tamil, Tanglish; steady)
m(
    "jaffna-kitchen",
    5,
    "ta",
    "ORDER",
    "Anna vanakkam 🙏 naalaikku: 4 samba 25kg, 10 roasted white string hopper flour 1kg, 6 red pittu flour, 20 curry leaves bunch. nandri",
    [("RICE-SAMBA-W", 4, "25kg"), ("FLR-SH-W-R", 10, "1kg"), ("FLR-PITTU-R", 6), ("FR-CURRY-LEAF-B", 20)],
    tags="emoji",
)
m(
    "jaffna-kitchen",
    6,
    "ta",
    "ORDER",
    "வணக்கம், வழக்கமான ஓடர் வியாழக்கிழமைக்கு அனுப்புங்கள், கூடவே 2 kithul treacle.",
    [("TREACLE-KITHUL", 2)],
    notes="the usual plus an addition",
    ref=dict(kind="usual", add=[("TREACLE-KITHUL", 2)]),
)
m(
    "jaffna-kitchen",
    7,
    "ta",
    "ORDER",
    "string hopper flour 10 packet um chilli powder 2 um venum, friday delivery ok",
    [("?", 10, SHF, None), ("?", 2, CHILLI, None)],
    notes="string hopper flour without colour or roast is ambiguous; chilli powder extra hot or Kashmiri ambiguous",
    tags="spoken",
)
m(
    "jaffna-kitchen",
    8,
    "ta",
    "QUESTION",
    "Anna, Maldive fish whole pieces ippo enna vilai? last invoice la 24 pound nu irunthuchu",
    notes="price question; 24 is a price",
)
m(
    "jaffna-kitchen",
    9,
    "ta",
    "ORDER",
    "5L KLF coconad 2 tin, 10 maldive fish chips 100g, 6 panangkarupatti. Kadaiyil 3 staff leave so saturday varaikkum porum 👍",
    [("OIL-COCO-KLF", 2, "5L"), ("DF-MALDIVE-CHIPS", 10), ("JAG-PALM", 6)],
    notes="3 staff is not a quantity",
    tags="emoji number_in_name",
)
m(
    "jaffna-kitchen",
    10,
    "ta",
    "ORDER",
    "Anna 40 samba 25kg anuppunga thursday ku",
    [("RICE-SAMBA-W", 40, "25kg")],
    notes="outlier: usual is 4 or 5 sacks, no reason given",
    outlier=True,
)
m(
    "jaffna-kitchen",
    11,
    "ta",
    "CANCEL",
    "sorry anna, antha 40 samba order cancel pannunga, thappa type panniten",
    notes="cancels the outlier order",
)
m(
    "jaffna-kitchen",
    11,
    "en",
    "ORDER",
    "Rajan from Jaffna Kitchen. Pls add 2 boxes scraped coconut 400g and 10 catering parotta to tomorrow's drop",
    [("COCO-SCRAPED-400", 2), ("FZ-PAROTTA-20", 10)],
    notes="addition to an order already placed",
    tags="pack",
)

# ---------------------------------------------------------------- ceylon-spice-hut (Sinhala romanised; regular)
m(
    "ceylon-spice-hut",
    5,
    "si",
    "ORDER",
    "Aiye, heta ganna: kothu roti strips 15k, godamba 20 pack, rampe 10 ekak, EGB case 2k. Sthuthi",
    [("FZ-KOTHU-ROTI", 15), ("FZ-GODAMBA", 20), ("FR-PANDAN", 10), ("EGB-330", 2)],
)
m(
    "ceylon-spice-hut",
    6,
    "si",
    "ORDER",
    "Samba 2k 25kg eka, badapu thuna paha 500g packet 3k, chilli flakes 2, haal masso headless 2k evanna",
    [("RICE-SAMBA-W", 2, "25kg"), ("CP-ROAST", 3, "500g"), ("CP-FLAKES", 2), ("DF-SPRATS-HL", 2)],
    tags="number_in_name",
)
m(
    "ceylon-spice-hut",
    7,
    "si",
    "ORDER",
    "kalin sathiye order ekama yawanna, eth EGB 4k danna",
    [("EGB-330", 4)],
    notes="same as last week with a new quantity for EGB",
    ref=dict(kind="last", set={"EGB-330": 4}),
)
m(
    "ceylon-spice-hut",
    8,
    "si",
    "ORDER",
    "coconut milk powder 3k denna aiye, ikmanata",
    [("?", 3, CMP, None)],
    notes="ambiguous between Maggi 300g and the 1kg catering bag",
)
m(
    "ceylon-spice-hut",
    9,
    "si",
    "COMPLAINT",
    "Aiye iye godamba 20 pack ewwa, 5 pack defrost wela awe. Credit ekak denna puluwanda?",
    notes="complaint about thawed packs with a credit request; 20 and 5 are not an order",
)
m(
    "ceylon-spice-hut",
    10,
    "si",
    "ORDER",
    "sprats 3kg one, saturday ta",
    [("?", 3, SPRATS, None)],
    notes="sprats headless or head-on ambiguous; 3kg is 3 bags of 1kg",
)
m(
    "ceylon-spice-hut",
    11,
    "en",
    "QUESTION",
    "I would like to know if you do the Kithul treacle in the 375ml bottle as well? customers asking",
    notes="stock question that opens like an order",
    tags="non_order_request",
)

# ---------------------------------------------------------------- lanka-grocers (Sinhala script; regular)
m(
    "lanka-grocers",
    5,
    "si",
    "ORDER",
    "ආයුබෝවන්! රතු නාඩු 25kg 5ක්, රතු සම්බා 6ක්, කිතුල් හකුරු 12ක් එවන්න.",
    [("RICE-NADU-R", 5), ("RICE-SAMBA-R", 6), ("JAG-KITHUL", 12)],
    notes="25kg is part of the name",
)
m(
    "lanka-grocers",
    6,
    "si",
    "ORDER",
    "සුපුරුදු ඇණවුම සිකුරාදාට. ඒත් cream soda එපා.",
    [],
    notes="the usual without the cream soda; no explicit line",
    ref=dict(kind="usual", remove=["CREAMSODA-330"]),
)
m(
    "lanka-grocers",
    7,
    "si",
    "ORDER",
    "Maggi coconut milk powder 300g 24k, BOPF 1kg packet 6k, Delmege soya meat case 2k",
    [("COCO-MP-300", 24), ("TEA-BOPF", 6), ("SOYA-MEAT", 2)],
    tags="number_in_name",
)
m(
    "lanka-grocers",
    8,
    "si",
    "ORDER",
    "රතු ඉඳිආප්ප පිටි 20ක් සහ සුදු ඉඳිආප්ප පිටි 10ක්",
    [("?", 20, SHF_RED, None), ("?", 10, SHF_WHITE, None)],
    notes="red and white string hopper flour without roasted/unroasted: ambiguous",
)
m(
    "lanka-grocers",
    9,
    "si",
    "ORDER",
    "papadam 10 packet medium 4 inch, umbalakada kali 1kg 2k, kithul pani botal 6",
    [("PAP-PLAIN", 10, "Medium 4 inch"), ("DF-MALDIVE-WHOLE", 2), ("TREACLE-KITHUL", 6)],
    tags="variant number_in_name",
)
m(
    "lanka-grocers",
    10,
    "si",
    "OTHER",
    "අපේ කඩේ ලබන සඳුදා (12) පොසොන් නිසා වහලා. ඒ දවසේ delivery එපා.",
    notes="closure notice for Poson; 12 is a date",
)
m(
    "lanka-grocers",
    11,
    "si",
    "ORDER",
    "jaggery 12 k yawanna plz",
    [("?", 12, JAGGERY, None)],
    notes="jaggery without kind is ambiguous",
    tags="typo",
)

# ---------------------------------------------------------------- kerala-kitchen (Malayalam, email; regular)
m(
    "kerala-kitchen",
    5,
    "ml",
    "ORDER",
    "Subject: Order - Kerala Kitchen, Leyton\n\nHi,\nPlease send for Wednesday:\n- Rosematta red raw rice 10kg x 8\n- Kerala pappadam (100) x 6\n- Kodampuli 250g x 4\n- Banana leaves full 1m x 4 bundles\n\nThanks,\nShibu Varghese\nHead Chef, Kerala Kitchen\n41 Grove Parade, London E10\n020 7946 0541",
    [
        ("RICE-REDRAW", 8),
        ("PAP-KERALA", 6),
        ("SP-GORAKA", 4),
        ("FR-BANANA-LEAF", 4, "Full Leaf 1m (bundle of 10)"),
    ],
    notes="10kg, 100, 250g and 1m are in names; 41 is a street number",
    tags="signature variant number_in_name",
)
m(
    "kerala-kitchen",
    6,
    "ml",
    "ORDER",
    "Subject: കഴിഞ്ഞ ആഴ്ചത്തെ പോലെ\n\nകഴിഞ്ഞ ആഴ്ചത്തെ ഓർഡർ തന്നെ അയക്കൂ, പക്ഷേ KLF 15L 2 എണ്ണം മതി.\nShibu",
    [("OIL-COCO-KLF", 2, "15L")],
    notes="same as last week with KLF 15L set to 2",
    ref=dict(kind="last", set={"OIL-COCO-KLF": 2}),
    tags="signature",
)
m(
    "kerala-kitchen",
    7,
    "ml",
    "ORDER",
    "Subject: parotta\n\nparotta 15 packet venam, Thursday. Thanks, Shibu",
    [("?", 15, PAROTTA, None)],
    notes="parotta ambiguous between the retail case and the catering pack",
    tags="signature",
)
m(
    "kerala-kitchen",
    8,
    "ml",
    "QUESTION",
    "Subject: Invoice KK-20931\n\nHi, could you send me a copy of invoice KK-20931? Our accountant needs it by Friday.\nShibu",
    notes="invoice copy request",
    tags="non_order_request signature",
)
m(
    "kerala-kitchen",
    9,
    "ml",
    "ORDER",
    "Subject: Fwd: order from Anil\n\n---------- Forwarded message ---------\nFrom: Anil <anil.kk@keralakitchen.example>\nDate: Thu, 8 Jun 2028 22:14\n\nShibu chetta, please order: kashmiri chilli 2 packet, pittu red 10, loose curry leaves 1kg box 1\n\n----------\nPlease send this Friday. Shibu",
    [("CP-KASHMIRI", 2), ("FLR-PITTU-R", 10), ("FR-CURRY-LEAF-1KG", 1)],
    notes="the order is in the forwarded part; 8 Jun and 22:14 are not quantities",
    tags="forwarded signature",
)
m(
    "kerala-kitchen",
    10,
    "ml",
    "CHANGE",
    "Subject: Friday delivery\n\nFriday delivery Saturday-lekku maattaamo? Kitchen closed for deep clean on Friday.\nShibu",
    change=[],
    notes="move the day of a placed order",
)
m(
    "kerala-kitchen",
    11,
    "ml",
    "ORDER",
    "Subject: Monday\n\nDear team, pls send KLF coconut oil 3 tins and pittu red 10 for Monday. Shibu",
    [("OIL-COCO-KLF", 3, None), ("FLR-PITTU-R", 10)],
    notes="KLF without tin size: ambiguous variant",
)

# ---------------------------------------------------------------- chennai-dosa (Tamil script; steady)
m(
    "chennai-dosa",
    5,
    "ta",
    "ORDER",
    "தோசை மாவு 5kg 12 டப்பா, இட்லி மாவு 20, சாம்பார் பொடி 6, ரசம் பொடி 3. நன்றி",
    [("BATTER-DOSA", 12, "5kg"), ("BATTER-IDLI", 20), ("CP-SAMBAR", 6), ("CP-RASAM", 3)],
    tags="variant",
)
m("chennai-dosa", 6, "ta", "ORDER", "வழக்கம் போல அனுப்புங்க", [], notes="the usual", ref=dict(kind="usual"))
m(
    "chennai-dosa",
    7,
    "ta",
    "ORDER",
    "ponni boiled rice 20kg 3 moottai, thuvaram paruppu 4, KTC ghee 2kg 2 tin, vaazhai ilai cut 3 bundle",
    [
        ("RICE-PONNI-B", 3, "20kg"),
        ("DAL-TOOR", 4),
        ("GHEE-KTC", 2, "2kg"),
        ("FR-BANANA-LEAF", 3, "Cut 30cm (bundle of 50)"),
    ],
    tags="variant number_in_name",
)
m(
    "chennai-dosa",
    8,
    "ta",
    "ORDER",
    "batter 10 tub anuppunga",
    [("?", 10, BATTER, None)],
    notes="batter: dosa or idli ambiguous",
)
m(
    "chennai-dosa",
    9,
    "ta",
    "COMPLAINT",
    "நேத்து வந்த இட்லி மாவு 4 டப்பா புளிச்சு போச்சு. expiry 07/06 போட்டிருந்தது.",
    notes="sour batter complaint; 07/06 is a date",
)
m(
    "chennai-dosa",
    10,
    "ta",
    "ORDER",
    "dosa batter 2kg 15, tea dust 2 packet",
    [("BATTER-DOSA", 15, "2kg"), ("TEA-DUST", 2)],
    tags="variant",
)
m(
    "chennai-dosa",
    11,
    "ta",
    "ORDER",
    "ghee 2 tin venum",
    [("?", 2, GHEE, None)],
    notes="ghee ambiguous between KTC, Amul and vegetable ghee",
)

# ---------------------------------------------------------------- hoppers-house (English email; regular)
m(
    "hoppers-house",
    5,
    "en",
    "ORDER",
    "Subject: Weekly order - The Hoppers House\n\nMorning,\n\n20 x hopper mix 1kg\n2 cases Kara coconut cream 1L\n2 cases Renuka coconut milk\n6 seeni sambol jars\n\nCheers,\nPriya Jayasuriya\nThe Hoppers House, 9 Marchmont St, WC1\nM: 07700 900553",
    [("FLR-APPAM", 20), ("COCO-CREAM-1L", 2), ("COCO-MILK-TIN", 2), ("SEENI-SAMBOL", 6)],
    notes="1kg, 1L are sizes in names; 9 is a street number",
    tags="signature number_in_name",
)
m(
    "hoppers-house",
    6,
    "en",
    "ORDER",
    "Subject: re: order\n\nSame as last week please, but double the seeni sambol.\nPriya",
    [],
    notes="same as last week, seeni sambol doubled",
    ref=dict(kind="last", double=["SEENI-SAMBOL"]),
    tags="signature",
)
m(
    "hoppers-house",
    7,
    "en",
    "QUESTION",
    "Subject: Allergen sheets\n\nHi, I'd like the allergen spec sheet for the hopper mix and the seeni sambol please - EHO visit on the 14th.\nPriya",
    notes="document request; 14th is a date",
    tags="non_order_request signature",
)
m(
    "hoppers-house",
    8,
    "en",
    "ORDER",
    "Subject: Order for Fri\n\nHi team, can we get 12 maldive fish chips, 15 curry leaves bunches and 4 x BOP 1kg for Friday? Thanks! Priya",
    [("DF-MALDIVE-CHIPS", 12), ("FR-CURRY-LEAF-B", 15), ("TEA-BOP", 4, "1kg")],
    tags="non_order_request variant signature",
)
m(
    "hoppers-house",
    9,
    "en",
    "ORDER",
    "Subject: extra\n\n> On 8 Jun 2028 you wrote:\n> Your order SO-66120 (4 lines) is confirmed for Friday.\n\nThanks - could you add 1 sunflower oil 20L and 2 x samba 10kg to that?\nPriya",
    [("OIL-SUNFLOWER", 1), ("RICE-SAMBA-W", 2, "10kg")],
    notes="quoted confirmation; SO-66120 and 4 lines are not quantities",
    tags="quoted non_order_request signature variant",
)
m(
    "hoppers-house",
    10,
    "en",
    "COMPLAINT",
    "Subject: Short delivery DN 40122\n\nHi, the Kara coconut cream came 1 case short (we had 1 of 2) and a jar of seeni sambol was broken. Please credit or send on Monday.\nPriya",
    notes="short delivery complaint; DN 40122 is a delivery note",
    tags="signature",
)
m(
    "hoppers-house",
    11,
    "en",
    "ORDER",
    "Subject: Sunday special\n\nPlease send 3 cases of coconut milk for Sunday, big hopper night. Priya",
    [("?", 3, ["COCO-MILK-TIN", "COCO-CREAM-1L"], None)],
    notes="ambiguous: 'coconut milk' by the case is the Renuka tins or the Kara cream; the customer buys both",
    tags="signature",
)

# ---------------------------------------------------------------- murugan-stores (Tanglish; steady)
m(
    "murugan-stores",
    5,
    "ta",
    "ORDER",
    "vanakkam. ponni raw 20kg 6 mootai, idli arisi 5, ulundu 10 packet, panangkarupatti 20",
    [("RICE-PONNI-R", 6), ("RICE-IDLI", 5), ("DAL-URAD", 10), ("JAG-PALM", 20)],
)
m(
    "murugan-stores",
    6,
    "ta",
    "ORDER",
    "Idhayam nallennai 1 litre 6 bottle, appalam small 2 inch 12 packet, manjal podi 4",
    [("OIL-SESAME", 6, "1L"), ("PAP-PLAIN", 12, "Small 2 inch"), ("CP-TURMERIC", 4)],
    tags="variant number_in_name",
)
m(
    "murugan-stores",
    7,
    "ta",
    "ORDER",
    "usual order anuppunga + 2 sambar podi",
    [("CP-SAMBAR", 2)],
    notes="the usual plus an addition",
    ref=dict(kind="usual", add=[("CP-SAMBAR", 2)]),
)
m(
    "murugan-stores",
    8,
    "ta",
    "ORDER",
    "dilmah 100 bags 12 box um frozen murungakkai 10 um",
    [("TEA-BAGS-100", 12), ("FZ-DRUMSTICK", 10)],
    tags="number_in_name",
)
m(
    "murugan-stores",
    9,
    "ta",
    "ORDER",
    "Idhayam oil 6 anuppunga",
    [("OIL-SESAME", 6, None)],
    notes="Idhayam without size: ambiguous variant",
)
m(
    "murugan-stores",
    10,
    "ta",
    "QUESTION",
    "anna ungakitta Aachi chicken 65 masala irukka? 50 packet vaangalaam nu irukken",
    notes="asks whether an unstocked item is stocked; 65 is in the name, 50 is a possible future quantity",
)
m(
    "murugan-stores",
    11,
    "ta",
    "ORDER",
    "papadum 12 packet",
    [("?", 12, PAPADUM, None)],
    notes="papadum ambiguous between plain, Lijjat pepper and Kerala pappadam",
)

# ---------------------------------------------------------------- galle-face-cafe (English SMS; regular)
m(
    "galle-face-cafe",
    5,
    "en",
    "ORDER",
    "Hi its Dilani @ Galle Face. 6 x BOP 400g, 2 dilmah catering 500, 4 kithul jaggery pls. Thx",
    [("TEA-BOP", 6, "400g"), ("TEA-BAGS-500", 2), ("JAG-KITHUL", 4)],
    tags="variant number_in_name",
)
m(
    "galle-face-cafe",
    6,
    "en",
    "ORDER",
    "Morning! 3 cases ginger beer + 2 cream soda + 2 desiccated coconut 1kg + 10 frozen string hoppers. Dilani",
    [("EGB-330", 3), ("CREAMSODA-330", 2), ("COCO-DESIC", 2, "1kg"), ("FZ-SH", 10)],
    tags="variant",
)
m(
    "galle-face-cafe",
    7,
    "en",
    "ORDER",
    "same as last time pls x",
    [],
    notes="same as last time",
    ref=dict(kind="last"),
)
m(
    "galle-face-cafe",
    8,
    "en",
    "ORDER",
    "kithul x 4 pls",
    [("?", 4, KITHUL, None)],
    notes="kithul: jaggery or treacle, ambiguous",
)
m(
    "galle-face-cafe",
    9,
    "en",
    "QUESTION",
    "can I pay last month's bill by bank transfer? ref GF-0417",
    notes="payment question",
    tags="non_order_request",
)
m(
    "galle-face-cafe",
    10,
    "en",
    "ORDER",
    "Hi, need tea 6 for tomorrow pls. Dilani",
    [("?", 6, TEA, None)],
    notes="tea: loose grades and tea bags, ambiguous",
)
m(
    "galle-face-cafe",
    11,
    "en",
    "OTHER",
    "Thanks for the quick delivery yesterday, the tea was perfect 😊",
    tags="emoji",
)

# ---------------------------------------------------------------- kottu-corner (Sinhala romanised; regular)
m(
    "kottu-corner",
    5,
    "si",
    "ORDER",
    "machan kothu strips 25 bag, godamba 30 pack, amu miris 3 kilo, rathu lunu 2 bag yawapan",
    [("FZ-KOTHU-ROTI", 25), ("FZ-GODAMBA", 30), ("FR-GREEN-CHILLI", 3), ("FR-SHALLOTS", 2)],
)
m(
    "kottu-corner",
    6,
    "si",
    "ORDER",
    "voice: machan kottu roti strips vissa pahak godamba tis thunak extra hot chilli powder dekak sunflower oil ekak",
    [("FZ-KOTHU-ROTI", 25), ("FZ-GODAMBA", 33), ("CP-CHILLI-HOT", 2), ("OIL-SUNFLOWER", 1)],
    notes="Sinhala number words: vissa paha 25, tis thuna 33, deka 2, eka 1",
    tags="spoken voice",
)
m(
    "kottu-corner",
    7,
    "si",
    "ORDER",
    "kalin sathiye eka wage ma, thums up nathuwa",
    [],
    notes="same as last week without the Thums Up",
    ref=dict(kind="last", remove=["THUMBS-UP-300"]),
)
m(
    "kottu-corner",
    8,
    "si",
    "ORDER",
    "curry powder 2k danna 1kg eka",
    [("?", 2, CURRY, "1kg")],
    notes="curry powder: roasted, unroasted, meat or fish; ambiguous, 1kg named",
)
m(
    "kottu-corner",
    9,
    "si",
    "ORDER",
    "Thums up case 2k, sunflower 2, badapu thuna paha kilo eka 2k",
    [("THUMBS-UP-300", 2), ("OIL-SUNFLOWER", 2), ("CP-ROAST", 2, "1kg")],
    tags="variant",
)
m(
    "kottu-corner",
    10,
    "si",
    "ORDER",
    "godamba 300 pack denna saturday",
    [("FZ-GODAMBA", 300)],
    notes="outlier: usual is 30, no reason",
    outlier=True,
)
m(
    "kottu-corner",
    11,
    "si",
    "CHANGE",
    "sorry machan godamba 300 neme 30 yi, typo",
    change=[("FZ-GODAMBA", 30)],
    notes="corrects the outlier quantity",
)

# ---------------------------------------------------------------- malabar-mess (Manglish / Malayalam; steady)
m(
    "malabar-mess",
    5,
    "ml",
    "ORDER",
    "chetta, matta rice 6 bag, golden sella 2 sack, catering parotta 20 packet, amul ghee 4. naale raavile",
    [("RICE-REDRAW", 6), ("RICE-BASMATI-S", 2), ("FZ-PAROTTA-20", 20), ("GHEE-AMUL", 4)],
)
m(
    "malabar-mess",
    6,
    "ml",
    "ORDER",
    "സാധാരണ ഓർഡർ തന്നെ, കൂടെ 2 ഏലക്ക",
    [("SP-CARDAMOM", 2)],
    notes="the usual plus cardamom; the usual already has 1, so 3 in total",
    ref=dict(kind="usual", add=[("SP-CARDAMOM", 2)]),
)
m(
    "malabar-mess",
    7,
    "ml",
    "ORDER",
    "KLF 5 litre 4 tin, kappa 10 packet, kurumulaku 2, curry leaves 1kg box onnu",
    [("OIL-COCO-KLF", 4, "5L"), ("FZ-CASSAVA", 10), ("SP-PEPPER", 2), ("FR-CURRY-LEAF-1KG", 1)],
    tags="variant",
)
m(
    "malabar-mess",
    8,
    "ml",
    "ORDER",
    "coconut oil 4 venam",
    [("?", 4, COIL, None)],
    notes="coconut oil: KLF tins or Parachute, ambiguous",
)
m(
    "malabar-mess",
    9,
    "ml",
    "ORDER",
    "basmati 2 sack please",
    [("?", 2, BASMATI, None)],
    notes="basmati: Tilda or golden sella, ambiguous",
)
m(
    "malabar-mess",
    10,
    "ml",
    "QUESTION",
    "chetta, Eid-nu special biryani rice (jeerakasala) kittumo? 10kg bag undo?",
    notes="asks about an unstocked rice",
)
m(
    "malabar-mess",
    11,
    "ml",
    "ORDER",
    "രണ്ട് സെല്ല ബസ്മതി ഒരു അമുൽ നെയ്യ് നാല് പൊറോട്ട കാറ്ററിംഗ് പാക്ക്",
    [("RICE-BASMATI-S", 2), ("GHEE-AMUL", 1), ("FZ-PAROTTA-20", 4)],
    notes="spoken list without commas in Malayalam number words",
    tags="spoken voice",
)

# ---------------------------------------------------------------- saravana-cc (English email; irregular)
m(
    "saravana-cc",
    5,
    "en",
    "ORDER",
    "Subject: PO SCC-7781\n\nPlease supply:\n1. Ponni boiled 10kg - 10 bags\n2. Tilda basmati 5kg - 10 bags\n3. Dilmah 100 tea bags - 24 boxes\n4. Lijjat pepper papad - 24\n\nRegards,\nMurali Krishnan\nBuyer, Saravana Cash & Carry\nUnit 4, 220 Ealing Rd, HA0\nTel 020 7946 0554",
    [("RICE-PONNI-B", 10, "10kg"), ("RICE-BASMATI-T", 10, "5kg"), ("TEA-BAGS-100", 24), ("PAP-PEPPER", 24)],
    notes="PO number, list numbering, unit and street numbers are not quantities",
    tags="signature variant number_in_name",
)
m(
    "saravana-cc",
    6,
    "en",
    "ORDER",
    "Subject: PO SCC-7790\n\nour usual please.\nMurali",
    [],
    notes="the usual: this customer never repeats a basket, so it cannot be resolved",
    ref=dict(kind="usual"),
    tags="ambiguous_reference signature",
)
m(
    "saravana-cc",
    7,
    "en",
    "QUESTION",
    "Subject: price list\n\nCould you send the July price list for rice and dals? We are planning 200 bags of ponni for Deepavali.\nMurali",
    notes="price list request; 200 is planning, not an order",
    tags="non_order_request signature",
)
m(
    "saravana-cc",
    8,
    "en",
    "ORDER",
    "Subject: PO SCC-7802\n\nMysore dal 2kg x 10\nBlack kadala 2kg x 6\nMD lime pickle x 12\nRenuka coconut milk 400ml x 144 tins\n\nMurali",
    [("DAL-MYSORE", 10), ("KADALA-BLACK", 6), ("PICKLE-LIME", 12), ("COCO-MILK-TIN", 6)],
    notes="144 tins = 6 cases of 24",
    tags="count signature number_in_name",
)
m(
    "saravana-cc",
    9,
    "en",
    "ORDER",
    "Subject: PO SCC-7811\n\n50 x Thums Up cans 24\n\nMurali",
    [("NIC", 50, "Thums Up cans")],
    notes="not in catalog: only the 300ml glass is stocked",
    tags="signature",
)
m(
    "saravana-cc",
    10,
    "en",
    "ORDER",
    "Subject: PO SCC-7815 on 60 day terms\n\nTilda basmati 20kg x 20, ponni boiled 20kg x 20. Please put this on a 60-day account as agreed with Suresh.\nMurali",
    [("RICE-BASMATI-T", 20, "20kg"), ("RICE-PONNI-B", 20, "20kg")],
    notes="order on credit terms: needs a human",
    review=True,
    tags="credit signature variant",
)
m(
    "saravana-cc",
    11,
    "en",
    "OTHER",
    "Subject: Out of office\n\nI am out of the office until 19 June 2028 with limited access to email. For urgent orders please call 07700 900555.\nMurali Krishnan",
    notes="auto-reply",
)

# ---------------------------------------------------------------- amma-catering (Tamil; regular)
m(
    "amma-catering",
    5,
    "ta",
    "ORDER",
    "Vanakkam, wedding 400 perukku: tilda 20kg 3 bag, ponni boiled 20kg 2, KTC ghee 1kg 3 tin, vaazhai ilai cut 6 bundle",
    [
        ("RICE-BASMATI-T", 3, "20kg"),
        ("RICE-PONNI-B", 2, "20kg"),
        ("GHEE-KTC", 3, "1kg"),
        ("FR-BANANA-LEAF", 6, "Cut 30cm (bundle of 50)"),
    ],
    notes="400 guests is not a quantity",
    tags="variant number_in_name",
)
m(
    "amma-catering",
    6,
    "ta",
    "ORDER",
    "போன வாரம் மாதிரியே அனுப்புங்க, ஆனா பாசிப்பருப்பு வேண்டாம்",
    [],
    notes="same as last week without moong dal",
    ref=dict(kind="last", remove=["DAL-MOONG"]),
)
m(
    "amma-catering",
    7,
    "ta",
    "ORDER",
    "malli podi 2, seeragam 2, paasi paruppu 3",
    [("CP-CORIANDER", 2), ("SP-CUMIN", 2), ("DAL-MOONG", 3)],
)
m(
    "amma-catering",
    8,
    "ta",
    "ORDER",
    "banana leaves 10 bundle, ponni 20kg 4",
    [("FR-BANANA-LEAF", 10, None), ("?", 4, PONNI, "20kg")],
    notes="banana leaves without cut or full leaf: variant missing; ponni boiled or raw ambiguous",
)
m(
    "amma-catering",
    9,
    "ta",
    "QUESTION",
    "ungaluku Sunday delivery irukka? Oru kalyanam irukku 18th",
    notes="delivery day question; 18th is a date",
)
m(
    "amma-catering",
    10,
    "ta",
    "ORDER",
    "tilda 20kg 30 bag venum, 1500 per kalyanam adutha vaaram",
    [("RICE-BASMATI-T", 30, "20kg")],
    notes="large order with a reason (1500 guests), not an outlier",
    tags="variant",
)
m(
    "amma-catering",
    11,
    "ta",
    "CANCEL",
    "Anna, kalyanam postpone aayiduchu, tilda 30 bag order cancel pannunga 🙏",
    tags="emoji",
)

# ---------------------------------------------------------------- colombo-canteen (Sinhala SMS; steady)
m(
    "colombo-canteen",
    5,
    "si",
    "ORDER",
    "සුදු නාඩු 25kg 3ක්, මයිසූර් පරිප්පු 6ක්, ගොරකා 2ක්, ගොටුකොළ 10ක්",
    [("RICE-NADU-W", 3, "25kg"), ("DAL-MYSORE", 6), ("SP-GORAKA", 2), ("FR-GOTUKOLA", 10)],
    tags="variant",
)
m("colombo-canteen", 6, "si", "ORDER", "සුපුරුදු ඇණවුම එවන්න. ස්තුතියි", [], notes="the usual", ref=dict(kind="usual"))
m(
    "colombo-canteen",
    7,
    "si",
    "ORDER",
    "amu thuna paha kilo 3k, haal masso oluwa thiyena eka 2k, pol kiri kudu kilo 4k",
    [("CP-UNROAST", 3, "1kg"), ("DF-SPRATS-HO", 2), ("COCO-MP-1KG", 4)],
    notes="pol kiri kudu kilo = 1kg coconut milk powder",
    tags="variant",
)
m(
    "colombo-canteen",
    8,
    "si",
    "ORDER",
    "nadu 3 sack",
    [("?", 3, NADU, None)],
    notes="nadu white or red ambiguous",
)
m(
    "colombo-canteen",
    9,
    "si",
    "ORDER",
    "soya meat 1 case, sudu nadu 5kg 2",
    [("SOYA-MEAT", 1), ("RICE-NADU-W", 2, "5kg")],
    tags="variant",
)
m(
    "colombo-canteen",
    10,
    "si",
    "COMPLAINT",
    "gotu kola bunch 10n 4k kunu wela. aye yawanna epa ehema ewa",
    notes="complaint about wilted gotu kola",
)
m(
    "colombo-canteen",
    11,
    "si",
    "ORDER",
    "maldive fish 2ai",
    [("?", 2, MALDIVE, None)],
    notes="maldive fish chips or whole ambiguous",
)

# ---------------------------------------------------------------- kochi-spice (Malayalam script / Manglish; regular)
m(
    "kochi-spice",
    5,
    "ml",
    "ORDER",
    "മട്ട അരി 10 ചാക്ക്, പുട്ടുപൊടി വെള്ള 12, കേരള പപ്പടം 20 പാക്ക്",
    [("RICE-REDRAW", 10), ("FLR-PITTU-W", 12), ("PAP-KERALA", 20)],
    notes="chakku counted as bags",
)
m(
    "kochi-spice",
    6,
    "ml",
    "ORDER",
    "parachute 24, sharkkara 10, unakka chemmeen 6, idichakka 12 packet",
    [("OIL-COCO-PARA", 24), ("JAG-CANE", 10), ("DF-PRAWNS", 6), ("FZ-JACKFRUIT", 12)],
)
m(
    "kochi-spice",
    7,
    "ml",
    "ORDER",
    "kazhinja aazhchathe pole thanne, perinjeerakam 3 extra",
    [("SP-FENNEL", 3)],
    notes="same as last week plus fennel",
    ref=dict(kind="last", add=[("SP-FENNEL", 3)]),
)
m(
    "kochi-spice",
    8,
    "ml",
    "ORDER",
    "puttu podi 12",
    [("?", 12, PITTU, None)],
    notes="puttu podi white or red ambiguous",
)
m(
    "kochi-spice",
    9,
    "ml",
    "QUESTION",
    "Double Horse puttu podi stock undo? customers chodikkunnu",
    notes="asks for a brand not stocked",
)
m(
    "kochi-spice",
    10,
    "ml",
    "ORDER",
    "Brahmins sambar powder 10, perinjeerakam 3",
    [("NIC", 10, "Brahmins sambar powder"), ("SP-FENNEL", 3)],
    notes="Brahmins brand not in catalog; only own sambar powder is stocked",
)
m(
    "kochi-spice",
    11,
    "ml",
    "OTHER",
    "Puthiya phone number: 07700 900556. Ini ithil vilikkuka. - Kochi Spice",
    notes="new phone number",
)

# ---------------------------------------------------------------- thosai-express (new, English)
m(
    "thosai-express",
    5,
    "en",
    "ORDER",
    "Hello, we are Thosai Express, opening on the 12th at 14 Station Rd. First order please, cash on delivery: 10 x dosa batter 5kg, 10 idli batter, 4 sambar powder, 2 bundles cut banana leaves. Arun 07700 900557",
    [
        ("BATTER-DOSA", 10, "5kg"),
        ("BATTER-IDLI", 10),
        ("CP-SAMBAR", 4),
        ("FR-BANANA-LEAF", 2, "Cut 30cm (bundle of 50)"),
    ],
    notes="first-time order paid on delivery ships; 12th, 14 and the phone are not quantities",
    tags="new_customer variant",
)
m(
    "thosai-express",
    6,
    "en",
    "QUESTION",
    "Could we open a 30 day account with you? What do you need from us? Arun",
    tags="non_order_request new_customer",
)
m(
    "thosai-express",
    8,
    "en",
    "ORDER",
    "Hi Arun again, same as my first order again pls + 2 tea dust",
    [("TEA-DUST", 2)],
    notes="a first-time customer's 'same as my first order': messages are not history",
    ref=dict(kind="first"),
    tags="new_customer ambiguous_reference",
)
m(
    "thosai-express",
    10,
    "en",
    "ORDER",
    "i'd like two tubs of the dosa batter five kilo three packs of the rasam powder and a ghee ktc one kilo",
    [("BATTER-DOSA", 2, "5kg"), ("CP-RASAM", 3), ("GHEE-KTC", 1, "1kg")],
    notes="voice message, number words start items",
    tags="new_customer spoken voice non_order_request variant",
)

# ---------------------------------------------------------------- lakpahana-foods (new, Sinhala email)
m(
    "lakpahana-foods",
    6,
    "si",
    "ORDER",
    "Subject: පළමු ඇණවුම / first order\n\nආයුබෝවන්,\nරතු සම්බා 10kg 4ක්\nකිතුල් හකුරු 10ක්\nMaggi coconut milk powder 300g 12ක්\nගෙවීම delivery එකේදී cash.\n\nසමන් පෙරේරා\nLakpahana Foods, 77 High St, Wembley",
    [("RICE-SAMBA-R", 4), ("JAG-KITHUL", 10), ("COCO-MP-300", 12)],
    notes="first order, cash on delivery; 77 is a street number",
    tags="new_customer signature number_in_name",
)
m(
    "lakpahana-foods",
    8,
    "si",
    "ORDER",
    "Subject: order 2\n\nPlease send 2 x Dilmah, 5 kg curry powder.\nSaman",
    [("?", 2, TEABAGS, None), ("?", 5, ["CP-ROAST", "CP-UNROAST"], "1kg")],
    notes="Dilmah 100 or 500 ambiguous; 5 kg curry powder: roasted or unroasted ambiguous, 5 x 1kg",
    tags="new_customer signature",
)
m(
    "lakpahana-foods",
    10,
    "si",
    "QUESTION",
    "Subject: Suwandel rice\n\nSuwandel saha Kalu Heenati hal thiyenawada? 5kg packet?\nSaman",
    notes="asks for unstocked heritage rices",
    tags="new_customer signature",
)

# ================================================================ second pass: more everyday traffic
# jaffna-kitchen
m(
    "jaffna-kitchen",
    5,
    "ta",
    "ORDER",
    "anna 2 extra hot chilli powder, 4 roasted curry powder 1kg, 6 rampe bunch",
    [("CP-CHILLI-HOT", 2), ("CP-ROAST", 4, "1kg"), ("FR-PANDAN", 6)],
    tags="variant",
)
m(
    "jaffna-kitchen",
    6,
    "ta",
    "ORDER",
    "ஒடியல் மா 5 kg வேணும், இருக்கா? இல்லாட்டி விடுங்க. கூட 10 இடியப்ப மா வெள்ளை வறுத்தது 1kg",
    [("NIC", 5, "odiyal flour"), ("FLR-SH-W-R", 10, "1kg")],
    notes="odiyal flour is not in catalog; the second line is clear",
    tags="variant",
)
m(
    "jaffna-kitchen",
    7,
    "ta",
    "QUESTION",
    "I'd like to know when the next palmyra jaggery shipment lands, the last one was a bit soft",
    notes="question opening like an order",
    tags="non_order_request",
)
m(
    "jaffna-kitchen",
    8,
    "ta",
    "ORDER",
    "kariveppilai 20 kattu, thengai poo box 2 (400g), KLF 5L 2",
    [("FR-CURRY-LEAF-B", 20), ("COCO-SCRAPED-400", 2), ("OIL-COCO-KLF", 2, "5L")],
    notes="kattu = bunch; thengai poo 400g = the scraped coconut box",
    tags="variant number_in_name",
)
# ceylon-spice-hut
m(
    "ceylon-spice-hut",
    5,
    "si",
    "ORDER",
    "Aiye 3k pol kiri kudu 1kg catering, rampe 10, kothu strips 15, ok? 👍",
    [("COCO-MP-1KG", 3), ("FR-PANDAN", 10), ("FZ-KOTHU-ROTI", 15)],
    tags="emoji",
)
m(
    "ceylon-spice-hut",
    7,
    "si",
    "ORDER",
    "samba 25kg 2k... ne ne 3k ewanna. godamba 20",
    [("RICE-SAMBA-W", 3, "25kg"), ("FZ-GODAMBA", 20)],
    notes="self-correction from 2 to 3",
    tags="self_correction variant",
)
m(
    "ceylon-spice-hut",
    9,
    "si",
    "ORDER",
    "48 EGB cans denna",
    [("EGB-330", 2)],
    notes="48 cans = 2 cases of 24",
    tags="count container",
)
m(
    "ceylon-spice-hut",
    10,
    "si",
    "ORDER",
    "cream soda 10 cans",
    [("CREAMSODA-330", None)],
    notes="10 cans is not a whole number of cases of 24: quantities not stated",
    tags="count container",
)
# lanka-grocers
m(
    "lanka-grocers",
    5,
    "si",
    "ORDER",
    "Treacle 6, soya meat 2 case, cream soda 3 case. Sunil - Lanka Grocers",
    [("TREACLE-KITHUL", 6), ("SOYA-MEAT", 2), ("CREAMSODA-330", 3)],
    tags="signature",
)
m(
    "lanka-grocers",
    7,
    "si",
    "ORDER",
    "රතු සම්බා 6ක් සහ රතු නාඩු 5ක්. ඉක්මනින් 🙏",
    [("RICE-SAMBA-R", 6), ("RICE-NADU-R", 5)],
    tags="emoji",
)
m(
    "lanka-grocers",
    9,
    "si",
    "ORDER",
    "Rathu roasted indiappa piti 20, sudu unroasted 10, umbalakada chips 20",
    [("FLR-SH-R-R", 20), ("FLR-SH-W-U", 10), ("DF-MALDIVE-CHIPS", 20)],
)
m(
    "lanka-grocers",
    11,
    "si",
    "ORDER",
    "Kalu Heenati hal 10k thiyenawa nam ewanna",
    [("NIC", 10, "Kalu Heenati rice")],
    notes="conditional order on an unstocked rice: not in catalog",
    review=True,
    tags="conditional",
)
# kerala-kitchen
m(
    "kerala-kitchen",
    6,
    "ml",
    "ORDER",
    "Subject: Top up\n\nHi, 2 cases Thums Up and 6 Kerala pappadam please. Shibu",
    [("THUMBS-UP-300", 2), ("PAP-KERALA", 6)],
    tags="signature",
)
m(
    "kerala-kitchen",
    9,
    "ml",
    "ORDER",
    "Subject: kodampuli\n\nകുടംപുളി 4, കാശ്മീരി മുളകുപൊടി 2, ഫുൾ വാഴയില 4 കെട്ട്.\nShibu",
    [("SP-GORAKA", 4), ("CP-KASHMIRI", 2), ("FR-BANANA-LEAF", 4, "Full Leaf 1m (bundle of 10)")],
    tags="signature variant",
)
# chennai-dosa
m(
    "chennai-dosa",
    5,
    "ta",
    "ORDER",
    "idli maavu 20 tub, ponni puzhungal 20kg 3, rasam podi 3 📦",
    [("BATTER-IDLI", 20), ("RICE-PONNI-B", 3, "20kg"), ("CP-RASAM", 3)],
    tags="emoji variant",
)
m(
    "chennai-dosa",
    7,
    "ta",
    "ORDER",
    "dosa batter 5kg 12 tub, 1kg 6 tub",
    [("BATTER-DOSA", 12, "5kg"), ("BATTER-DOSA", 6, "1kg")],
    notes="two variants of one product",
    tags="variant",
)
m(
    "chennai-dosa",
    9,
    "ta",
    "ORDER",
    "இன்னைக்கு ஈவினிங் டெலிவரிக்கு 4 துவரம் பருப்பு, 2 டீ டஸ்ட், 2 KTC நெய் 2kg",
    [("DAL-TOOR", 4), ("TEA-DUST", 2), ("GHEE-KTC", 2, "2kg")],
    tags="variant",
)
m(
    "chennai-dosa",
    11,
    "ta",
    "ORDER",
    "dosa batter 6 tub",
    [("BATTER-DOSA", 6, None)],
    notes="dosa batter without tub size: ambiguous variant",
)
# hoppers-house
m(
    "hoppers-house",
    6,
    "en",
    "ORDER",
    "Subject: Tuesday\n\n12 jars seeni sambol, 2 cases Renuka, 4 x BOP 1kg\nPriya",
    [("SEENI-SAMBOL", 12), ("COCO-MILK-TIN", 2), ("TEA-BOP", 4, "1kg")],
    tags="signature variant",
)
m(
    "hoppers-house",
    8,
    "en",
    "ORDER",
    "Subject: hoppers\n\nHi - 40 hopper mix please, we're doing the Hopper Festival on Sat and Sun (expect 600 covers).\nPriya",
    [("FLR-APPAM", 40)],
    notes="large but explained (festival), not an outlier; 600 covers is not a quantity",
    tags="signature",
)
m(
    "hoppers-house",
    9,
    "en",
    "ORDER",
    "Subject: curry leaves\n\n12 curry leaves please for tomorrow\nPriya",
    [("?", 12, CLEAF, None)],
    notes="curry leaves: bunch or 1kg box, ambiguous",
    tags="signature",
)
m(
    "hoppers-house",
    11,
    "en",
    "ORDER",
    "Subject: tins\n\n6 tins of Renuka coconut milk please, just to tide us over.\nPriya",
    [("COCO-MILK-TIN", None)],
    notes="6 tins is not a whole case of 24: quantities not stated",
    tags="count container signature",
)
# murugan-stores
m(
    "murugan-stores",
    5,
    "ta",
    "ORDER",
    "turmeric 4, dilmah 100 12 box, murungakkai frozen 10 🙏",
    [("CP-TURMERIC", 4), ("TEA-BAGS-100", 12), ("FZ-DRUMSTICK", 10)],
    tags="emoji number_in_name",
)
m(
    "murugan-stores",
    7,
    "ta",
    "ORDER",
    "ஐந்து இட்லி அரிசி பத்து உளுந்து இருபது பனங்கருப்பட்டி",
    [("RICE-IDLI", 5), ("DAL-URAD", 10), ("JAG-PALM", 20)],
    notes="spoken list, Tamil number words",
    tags="spoken voice",
)
m(
    "murugan-stores",
    9,
    "ta",
    "ORDER",
    "ponni 6 mootai",
    [("?", 6, PONNI, None)],
    notes="ponni boiled or raw ambiguous",
)
m(
    "murugan-stores",
    10,
    "ta",
    "ORDER",
    "appalam 2 inch 12, nallennai 1L 6",
    [("PAP-PLAIN", 12, "Small 2 inch"), ("OIL-SESAME", 6, "1L")],
    tags="variant number_in_name",
)
# galle-face-cafe
m(
    "galle-face-cafe",
    6,
    "en",
    "ORDER",
    "2 dilmah 500 and 6 BOP 400g pls",
    [("TEA-BAGS-500", 2), ("TEA-BOP", 6, "400g")],
    tags="variant number_in_name",
)
m(
    "galle-face-cafe",
    8,
    "en",
    "ORDER",
    "need 10 string hoppers frozen + 4 kithul hakuru. ta",
    [("FZ-SH", 10), ("JAG-KITHUL", 4)],
)
m(
    "galle-face-cafe",
    10,
    "en",
    "ORDER",
    "desiccated coconut 2 bags pls",
    [("COCO-DESIC", 2, None)],
    notes="desiccated coconut without bag size: ambiguous variant",
)
m(
    "galle-face-cafe",
    11,
    "en",
    "ORDER",
    "half a case of EGB? if not 1 is fine",
    [("EGB-330", 0.5)],
    notes="half a case is a fraction: review",
    tags="fraction",
)
# kottu-corner
m(
    "kottu-corner",
    5,
    "si",
    "ORDER",
    "thums up 2 case, amu miris 3kg, shallots 2 bag",
    [("THUMBS-UP-300", 2), ("FR-GREEN-CHILLI", 3), ("FR-SHALLOTS", 2)],
)
m(
    "kottu-corner",
    7,
    "si",
    "ORDER",
    "කොත්තු රොටි strips 25ක්, ගෝදම්බ 30ක්, sunflower oil 20L 2ක්",
    [("FZ-KOTHU-ROTI", 25), ("FZ-GODAMBA", 30), ("OIL-SUNFLOWER", 2)],
    tags="number_in_name",
)
m(
    "kottu-corner",
    9,
    "si",
    "QUESTION",
    "machan kottu roti strips wala gluten free ekak thiyenawada?",
    notes="product question",
)
m(
    "kottu-corner",
    10,
    "si",
    "ORDER",
    "roti 30 pack",
    [("?", 30, ["FZ-GODAMBA", "FZ-KOTHU-ROTI"], None)],
    notes="roti: godamba or kothu strips, ambiguous",
)
# malabar-mess
m(
    "malabar-mess",
    6,
    "ml",
    "ORDER",
    "cardamom 1, pepper 2, cassava 10, curry leaves loose 1kg 1",
    [("SP-CARDAMOM", 1), ("SP-PEPPER", 2), ("FZ-CASSAVA", 10), ("FR-CURRY-LEAF-1KG", 1)],
)
m(
    "malabar-mess",
    8,
    "ml",
    "ORDER",
    "മട്ട 6 ചാക്ക് 😊 സെല്ല 2",
    [("RICE-REDRAW", 6), ("RICE-BASMATI-S", 2)],
    tags="emoji",
)
m(
    "malabar-mess",
    10,
    "ml",
    "COMPLAINT",
    "chetta last week KLF 5L tin onnu leak aayirunnu, floor muzhuvan enna. replace cheyyane",
    notes="leaking tin complaint with a replacement request",
)
# saravana-cc
m(
    "saravana-cc",
    6,
    "en",
    "ORDER",
    "Subject: PO SCC-7795\n\nGolden sella 20kg x 8\nBlack pepper whole 1kg x 5\nCloves 250g x 10\n\nMurali",
    [("RICE-BASMATI-S", 8), ("SP-PEPPER", 5), ("SP-CLOVES", 10)],
    tags="signature number_in_name",
)
m(
    "saravana-cc",
    9,
    "en",
    "ORDER",
    "Subject: PO SCC-7813\n\nTilda 10kg x 12\nRenuka coconut milk x 2 x 24\n\nMurali",
    [("RICE-BASMATI-T", 12, "10kg"), ("COCO-MILK-TIN", 2)],
    notes="2 x 24 is 2 cases",
    tags="pack signature variant",
)
m(
    "saravana-cc",
    10,
    "en",
    "COMPLAINT",
    "Subject: INV-55120 pricing\n\nInvoice INV-55120 charged the Tilda 20kg at 56.00 instead of 52.00. Please issue a credit note.\nMurali",
    notes="pricing complaint; numbers are prices and an invoice number",
    tags="signature",
)
# amma-catering
m(
    "amma-catering",
    6,
    "ta",
    "ORDER",
    "KTC nei 1kg 3, jeera 2, banana leaves cut 6 kattu",
    [("GHEE-KTC", 3, "1kg"), ("SP-CUMIN", 2), ("FR-BANANA-LEAF", 6, "Cut 30cm (bundle of 50)")],
    tags="variant",
)
m(
    "amma-catering",
    8,
    "ta",
    "ORDER",
    "Tilda 20kg 3, puzhungal ponni 20kg 2, coriander powder 2",
    [("RICE-BASMATI-T", 3, "20kg"), ("RICE-PONNI-B", 2, "20kg"), ("CP-CORIANDER", 2)],
    tags="variant",
)
m(
    "amma-catering",
    10,
    "ta",
    "ORDER",
    "ghee 1kg 5 tin",
    [("?", 5, GHEE, "1kg")],
    notes="ghee: KTC, Amul or vegetable ghee, ambiguous; 1kg named",
)
# colombo-canteen
m(
    "colombo-canteen",
    6,
    "si",
    "ORDER",
    "goraka 2, gotukola 10, soya 1 case. Nimal",
    [("SP-GORAKA", 2), ("FR-GOTUKOLA", 10), ("SOYA-MEAT", 1)],
    tags="signature",
)
m(
    "colombo-canteen",
    8,
    "si",
    "ORDER",
    "sudu nadu 25 kilo 3 mysore dhal 6 amu thuna paha kilo 3",
    [("RICE-NADU-W", 3, "25kg"), ("DAL-MYSORE", 6), ("CP-UNROAST", 3, "1kg")],
    notes="no commas; 25 kilo and kilo are sizes",
    tags="spoken variant",
)
m(
    "colombo-canteen",
    10,
    "si",
    "ORDER",
    "thuna paha 250g 6k",
    [("?", 6, ["CP-ROAST", "CP-UNROAST"], "250g")],
    notes="thuna paha (curry powder) roasted or unroasted ambiguous; 250g named",
)
# kochi-spice
m(
    "kochi-spice",
    6,
    "ml",
    "ORDER",
    "വെള്ള പുട്ടുപൊടി 12, പാരച്യൂട്ട് 24, ശർക്കര 10",
    [("FLR-PITTU-W", 12), ("OIL-COCO-PARA", 24), ("JAG-CANE", 10)],
)
m(
    "kochi-spice",
    8,
    "ml",
    "ORDER",
    "matta 10 bag, pappadam 100 20 packet, chemmeen unakka 6",
    [("RICE-REDRAW", 10), ("PAP-KERALA", 20), ("DF-PRAWNS", 6)],
    tags="number_in_name",
)
m(
    "kochi-spice",
    10,
    "ml",
    "ORDER",
    "200 pappadam",
    [("PAP-KERALA", 2)],
    notes="200 pieces of Kerala pappadam = 2 packs of 100 (pappadam in Kerala usage names the Kerala pack)",
    tags="count",
)

# ---------------------------------------------------------------- more customers' everyday orders (clean)
m(
    "jaffna-kitchen",
    9,
    "en",
    "ORDER",
    "Rajan here. 6 red pittu, 10 catering parotta 20 pcs, 10 maldive fish chips",
    [("FLR-PITTU-R", 6), ("FZ-PAROTTA-20", 10), ("DF-MALDIVE-CHIPS", 10)],
    tags="number_in_name",
)
m(
    "ceylon-spice-hut",
    6,
    "en",
    "ORDER",
    "Hi, chilli flakes 2 pk, headless sprats 2, EGB 2 cs",
    [("CP-FLAKES", 2), ("DF-SPRATS-HL", 2), ("EGB-330", 2)],
)
m(
    "lanka-grocers",
    8,
    "si",
    "ORDER",
    "BOPF 6, Maggi 300g 24, Kithul jaggery 12",
    [("TEA-BOPF", 6), ("COCO-MP-300", 24), ("JAG-KITHUL", 12)],
    tags="number_in_name",
)
m(
    "kerala-kitchen",
    7,
    "ml",
    "ORDER",
    "Subject: Wed\n\nmatta rice 8, red puttu podi 10, catering parotta 15. Shibu",
    [("RICE-REDRAW", 8), ("FLR-PITTU-R", 10), ("FZ-PAROTTA-20", 15)],
    tags="signature",
)
m(
    "chennai-dosa",
    6,
    "ta",
    "ORDER",
    "cut banana leaf 3 bundle, sambar podi 6, toor dal 4",
    [("FR-BANANA-LEAF", 3, "Cut 30cm (bundle of 50)"), ("CP-SAMBAR", 6), ("DAL-TOOR", 4)],
    tags="variant",
)
m(
    "hoppers-house",
    7,
    "en",
    "ORDER",
    "Subject: dry store\n\n1 x sunflower oil 20L\n2 x keeri samba 10kg\n2 x Kara cream\nPriya",
    [("OIL-SUNFLOWER", 1), ("RICE-SAMBA-W", 2, "10kg"), ("COCO-CREAM-1L", 2)],
    tags="signature variant number_in_name",
)
m(
    "murugan-stores",
    8,
    "ta",
    "ORDER",
    "ponni pachai arisi 6, urad dal 10, palm jaggery 20 👍",
    [("RICE-PONNI-R", 6), ("DAL-URAD", 10), ("JAG-PALM", 20)],
    tags="emoji",
)
m(
    "galle-face-cafe",
    7,
    "en",
    "ORDER",
    "3 EGB, 2 cream soda, 10 frozen string hoppers. Dilani",
    [("EGB-330", 3), ("CREAMSODA-330", 2), ("FZ-SH", 10)],
    notes="3 EGB: cases, the selling unit",
    tags="signature",
)
m(
    "kottu-corner",
    6,
    "si",
    "ORDER",
    "badapu thuna paha 1kg 2k saha extra hot chilli 2k",
    [("CP-ROAST", 2, "1kg"), ("CP-CHILLI-HOT", 2)],
    tags="variant",
)
m(
    "malabar-mess",
    9,
    "ml",
    "ORDER",
    "amul ghee 4, KLF 5L 4 tin, catering parotta 20",
    [("GHEE-AMUL", 4), ("OIL-COCO-KLF", 4, "5L"), ("FZ-PAROTTA-20", 20)],
    tags="variant",
)
m(
    "saravana-cc",
    7,
    "en",
    "ORDER",
    "Subject: PO SCC-7799\n\nMD lime pickle 400g x 24\nSeeni sambol x 12\nKithul treacle 750ml x 12\n\nMurali",
    [("PICKLE-LIME", 24), ("SEENI-SAMBOL", 12), ("TREACLE-KITHUL", 12)],
    tags="signature number_in_name",
)
m(
    "amma-catering",
    7,
    "ta",
    "ORDER",
    "moong dal 3, malli podi 2, jeera 2 - Lakshmi, Amma Catering",
    [("DAL-MOONG", 3), ("CP-CORIANDER", 2), ("SP-CUMIN", 2)],
    tags="signature",
)
m(
    "colombo-canteen",
    7,
    "si",
    "ORDER",
    "mysore parippu 6 sudu nadu 25kg 3",
    [("DAL-MYSORE", 6), ("RICE-NADU-W", 3, "25kg")],
    tags="spoken variant",
)
m(
    "kochi-spice",
    7,
    "ml",
    "ORDER",
    "idichakka 12, perinjeerakam 3, unakka chemmeen 6",
    [("FZ-JACKFRUIT", 12), ("SP-FENNEL", 3), ("DF-PRAWNS", 6)],
)
m(
    "jaffna-kitchen",
    10,
    "ta",
    "ORDER",
    "வறுத்த கறித்தூள் 1kg 4, காரமான மிளகாய்த்தூள் 2",
    [("CP-ROAST", 4, "1kg"), ("CP-CHILLI-HOT", 2)],
    tags="variant",
)
m(
    "ceylon-spice-hut",
    8,
    "si",
    "ORDER",
    "කොත්තු strips 15ක්, ගෝදම්බ 20ක්, රම්පෙ 10ක්",
    [("FZ-KOTHU-ROTI", 15), ("FZ-GODAMBA", 20), ("FR-PANDAN", 10)],
)
m(
    "lanka-grocers",
    10,
    "si",
    "ORDER",
    "Papadam small 2 inch 10k, large 8 inch 10k",
    [("PAP-PLAIN", 10, "Small 2 inch"), ("PAP-PLAIN", 10, "Large 8 inch")],
    notes="two variants of one product",
    tags="variant number_in_name",
)
m(
    "kerala-kitchen",
    8,
    "ml",
    "ORDER",
    "Subject: oil\n\nKLF 15 litre 3 tins please. Shibu",
    [("OIL-COCO-KLF", 3, "15L")],
    tags="signature variant",
)
m(
    "chennai-dosa",
    8,
    "ta",
    "ORDER",
    "ponni boiled 20kg 3, tea dust 2, ktc ghee 2kg 2",
    [("RICE-PONNI-B", 3, "20kg"), ("TEA-DUST", 2), ("GHEE-KTC", 2, "2kg")],
    tags="variant",
)
m(
    "hoppers-house",
    10,
    "en",
    "ORDER",
    "Subject: fri\n\n20 hopper mix, 12 maldive chips, 15 bunches curry leaves\nPriya",
    [("FLR-APPAM", 20), ("DF-MALDIVE-CHIPS", 12), ("FR-CURRY-LEAF-B", 15)],
    tags="signature",
)
m(
    "murugan-stores",
    11,
    "ta",
    "ORDER",
    "Dilmah 100 tea bags 12, frozen drumstick 10, sambar podi 2",
    [("TEA-BAGS-100", 12), ("FZ-DRUMSTICK", 10), ("CP-SAMBAR", 2)],
    tags="number_in_name",
)
m(
    "galle-face-cafe",
    9,
    "en",
    "ORDER",
    "2 desiccated 1kg, 4 kithul jaggery, 2 catering dilmah",
    [("COCO-DESIC", 2, "1kg"), ("JAG-KITHUL", 4), ("TEA-BAGS-500", 2)],
    tags="variant",
)
m(
    "kottu-corner",
    8,
    "si",
    "ORDER",
    "sunflower 20L 2k, thums up 2k, rathu lunu 2",
    [("OIL-SUNFLOWER", 2), ("THUMBS-UP-300", 2), ("FR-SHALLOTS", 2)],
    tags="number_in_name",
)
m(
    "malabar-mess",
    7,
    "ml",
    "ORDER",
    "ഏലക്ക 1, കുരുമുളക് 2, കപ്പ 10 പാക്കറ്റ്",
    [("SP-CARDAMOM", 1), ("SP-PEPPER", 2), ("FZ-CASSAVA", 10)],
)
m(
    "amma-catering",
    9,
    "ta",
    "ORDER",
    "வாழை இலை கட் 6 கட்டு, KTC நெய் 1kg 3",
    [("FR-BANANA-LEAF", 6, "Cut 30cm (bundle of 50)"), ("GHEE-KTC", 3, "1kg")],
    tags="variant",
)
m(
    "colombo-canteen",
    9,
    "si",
    "ORDER",
    "pol kiri kudu 1kg 4, haal masso oluwa ekka 2",
    [("COCO-MP-1KG", 4), ("DF-SPRATS-HO", 2)],
)
m(
    "kochi-spice",
    9,
    "ml",
    "ORDER",
    "sharkkara 10, parachute 500ml 24",
    [("JAG-CANE", 10), ("OIL-COCO-PARA", 24)],
    tags="number_in_name",
)
m(
    "saravana-cc",
    8,
    "en",
    "ORDER",
    "Subject: PO SCC-7806\n\nBlack chickpeas 2kg x 8\nToor dal 2kg x 8\nMoong dal 2kg x 8\nMurali",
    [("KADALA-BLACK", 8), ("DAL-TOOR", 8), ("DAL-MOONG", 8)],
    tags="signature number_in_name",
)
m(
    "lakpahana-foods",
    9,
    "si",
    "ORDER",
    "Subject: order 3\n\nකිතුල් පැණි 6ක්, රතු සම්බා 4ක්, Delmege soya meat case 1. cash on delivery.\nSaman",
    [("TREACLE-KITHUL", 6), ("RICE-SAMBA-R", 4), ("SOYA-MEAT", 1)],
    notes="second order of a new customer, paid on delivery",
    tags="new_customer signature",
)
m(
    "thosai-express",
    7,
    "en",
    "ORDER",
    "Arun - Thosai Express. 10 idli batter, 4 sambar powder, cash again",
    [("BATTER-IDLI", 10), ("CP-SAMBAR", 4)],
    tags="new_customer signature",
)
m(
    "thosai-express",
    9,
    "en",
    "ORDER",
    "pls send 2 bundles full banana leaves and 12 frozen string hoppers",
    [("FR-BANANA-LEAF", 2, "Full Leaf 1m (bundle of 10)"), ("FZ-SH", 12)],
    tags="new_customer variant",
)

# ---------------------------------------------------------------- non-orders that read like orders, and other traffic
m(
    "jaffna-kitchen",
    6,
    "en",
    "OTHER",
    "I would like to book a table for 6 on Saturday at 8pm please",
    notes="misdirected booking",
    tags="non_order_request",
)
m(
    "ceylon-spice-hut",
    7,
    "en",
    "OTHER",
    "can you change our delivery address to 18 Kings Parade from next week? Same shop, we moved next door",
    notes="address change",
    tags="non_order_request",
)
m(
    "lanka-grocers",
    6,
    "en",
    "QUESTION",
    "Could you tell me the price of 25kg red nadu vs 10kg red samba? Thinking of switching",
    notes="price question with sizes",
    tags="non_order_request",
)
m(
    "kerala-kitchen",
    11,
    "en",
    "QUESTION",
    "Subject: Quote\n\nCould you quote for 50 x KLF 15L and 30 x matta rice for Onam (early Sept)? Not ordering yet.\nShibu",
    notes="a quote request is a question even with quantities",
    tags="non_order_request signature",
)
m(
    "chennai-dosa",
    10,
    "en",
    "OTHER",
    "Payment of 1,240.50 sent today by BACS for INV-55087. Thanks",
    notes="payment notice",
)
m(
    "murugan-stores",
    6,
    "en",
    "QUESTION",
    "can I get the idhayam 5L cheaper if i take 10? price pls",
    notes="price question",
    tags="non_order_request",
)
m(
    "galle-face-cafe",
    5,
    "en",
    "COMPLAINT",
    "The BOP 400g packs from Tuesday were open at the top, 2 of 6. Not happy",
    notes="damaged packs complaint",
)
m(
    "kottu-corner",
    11,
    "en",
    "OTHER",
    "machan we r closed for Vesak lantern fest 10-11 June, no delivery pls",
    notes="closure notice; dates not quantities",
)
m(
    "malabar-mess",
    5,
    "en",
    "QUESTION",
    "I want to know if your curry leaves are from Kenya or India? customer asked",
    notes="product origin question",
    tags="non_order_request",
)
m(
    "amma-catering",
    5,
    "en",
    "QUESTION",
    "Could I get a sample of the sella basmati before we order 20 sacks?",
    notes="sample request before a possible order",
    tags="non_order_request",
)
m(
    "colombo-canteen",
    11,
    "si",
    "OTHER",
    "Nimal leave, ikman ta Kamala thamai order danne. Kamala number 07700 900558",
    notes="new contact person",
)
m(
    "kochi-spice",
    5,
    "ml",
    "QUESTION",
    "Vishu kit pole onam kit undaakumo ee varsham? price ethra?",
    notes="seasonal kit question",
)
m(
    "saravana-cc",
    9,
    "en",
    "OTHER",
    "Subject: Credit account\n\nPlease increase our credit limit to 8,000 GBP from July. Regards, Murali",
    notes="account request",
    tags="credit signature",
)
m(
    "hoppers-house",
    5,
    "en",
    "OTHER",
    "Subject: Thank you\n\nThe banana leaves last week were beautiful, thank you! Priya",
    notes="thanks",
    tags="signature",
)
m(
    "lakpahana-foods",
    7,
    "en",
    "QUESTION",
    "Subject: delivery area\n\nDo you deliver to HA9 on Saturdays? We are a new shop.\nSaman",
    notes="delivery area question",
    tags="new_customer signature",
)
m(
    "thosai-express",
    11,
    "en",
    "CANCEL",
    "Hi cancel tomorrow's order pls, fridge broke down 😩",
    tags="new_customer emoji",
)
m(
    "murugan-stores",
    9,
    "ta",
    "CANCEL",
    "anna indha vaaram order vendaam, cancel pannunga. kadai renovation",
    notes="cancels this week's order",
)
m(
    "chennai-dosa",
    9,
    "ta",
    "CHANGE",
    "naalaiku dosa batter 5kg 12 illa 15 tub pannunga",
    change=[("BATTER-DOSA", 15, "5kg")],
    notes="changes a quantity of a placed order",
)
m(
    "lanka-grocers",
    9,
    "si",
    "CHANGE",
    "heta delivery eka sikurada ta maru karanna puluwanda?",
    change=[],
    notes="moves the day",
)
m(
    "galle-face-cafe",
    8,
    "en",
    "CHANGE",
    "on tomorrows order can u swap the BOP 400g for 1kg packs, same 6",
    change=[("TEA-BOP", 0, "400g"), ("TEA-BOP", 6, "1kg")],
    notes="swap of a variant on a placed order",
    tags="variant",
)

# ---------------------------------------------------------------- harder orders
m(
    "jaffna-kitchen",
    7,
    "en",
    "ORDER",
    "anna rasam powder 3 and can you also tell me if the odiyal flour is back?",
    [("CP-RASAM", 3)],
    notes="order with a side question",
)
m(
    "ceylon-spice-hut",
    9,
    "si",
    "ORDER",
    "Lion lager case 2k, EGB 2",
    [("NIC", 2, "Lion lager"), ("EGB-330", 2)],
    notes="Lion lager is not in catalog",
)
m(
    "lanka-grocers",
    8,
    "si",
    "ORDER",
    "tea dust 2-3 packet",
    [("TEA-DUST", None)],
    notes="a range: quantities not stated",
    tags="range",
)
m(
    "kerala-kitchen",
    10,
    "ml",
    "ORDER",
    "Subject: banana leaf\n\n25 banana leaves full please. Shibu",
    [("FR-BANANA-LEAF", None, "Full Leaf 1m (bundle of 10)")],
    notes="25 leaves is not a whole number of bundles of 10: quantities not stated",
    tags="count signature variant",
)
m(
    "chennai-dosa",
    11,
    "ta",
    "ORDER",
    "banana leaf cut 100 leaves",
    [("FR-BANANA-LEAF", 2, "Cut 30cm (bundle of 50)")],
    notes="100 cut leaves = 2 bundles of 50",
    tags="count variant",
)
m(
    "hoppers-house",
    9,
    "en",
    "ORDER",
    "Subject: scraped coconut\n\n4 scraped coconut please\nPriya",
    [("?", 4, SCRAPED, None)],
    notes="scraped coconut: box of 20 x 400g or 1kg grated, ambiguous",
    tags="signature",
)
m(
    "murugan-stores",
    7,
    "en",
    "ORDER",
    "5 x 10kg idli rice and 2 x 5L idhayam",
    [("RICE-IDLI", 5), ("OIL-SESAME", 2, "5L")],
    notes="inline pack sizes",
    tags="pack variant",
)
m(
    "galle-face-cafe",
    6,
    "en",
    "ORDER",
    "Hi! can we have 10 frozen SH + 1 dilmah 500 + kithul jaggery x4 for Wed 🙂",
    [("FZ-SH", 10), ("TEA-BAGS-500", 1), ("JAG-KITHUL", 4)],
    tags="emoji non_order_request number_in_name",
)
m(
    "kottu-corner",
    6,
    "si",
    "ORDER",
    "machan green chilli 3, kochchi 4 packet",
    [("FR-GREEN-CHILLI", 3), ("FR-KOCHCHI", 4)],
)
m(
    "malabar-mess",
    11,
    "ml",
    "ORDER",
    "parotta 20 pcs pack 20, chicken 65 masala 5",
    [("FZ-PAROTTA-20", 20), ("NIC", 5, "chicken 65 masala")],
    notes="chicken 65 masala is not in catalog",
    tags="number_in_name",
)
m(
    "saravana-cc",
    11,
    "en",
    "ORDER",
    "Subject: PO SCC-7820\n\nTilda basmati x 20\nMurali",
    [("RICE-BASMATI-T", 20, None)],
    notes="Tilda without bag size: variant missing",
    tags="signature",
)
m(
    "amma-catering",
    11,
    "ta",
    "ORDER",
    "basmati 10 bag, idhayam 5 litre 2",
    [("?", 10, BASMATI, None), ("OIL-SESAME", 2, "5L")],
    notes="basmati: Tilda or sella, ambiguous",
    tags="variant",
)
m(
    "colombo-canteen",
    5,
    "si",
    "ORDER",
    "Pol thel 5 litre 2k",
    [("OIL-COCO-KLF", 2, "5L")],
    notes="pol thel (coconut oil) 5 litre: only the KLF tin comes in 5L",
    tags="variant",
)
m(
    "kochi-spice",
    11,
    "ml",
    "ORDER",
    "കൊടംപുളി 5, ഏലക്ക 2, ചെമ്മീൻ ഉണക്ക 6",
    [("SP-GORAKA", 5), ("SP-CARDAMOM", 2), ("DF-PRAWNS", 6)],
)
m(
    "lakpahana-foods",
    11,
    "si",
    "ORDER",
    "Subject: order\n\nMaldive fish chips 20, kithul jaggery 10, red samba 4\nSaman",
    [("DF-MALDIVE-CHIPS", 20), ("JAG-KITHUL", 10), ("RICE-SAMBA-R", 4)],
    tags="new_customer signature",
)
m(
    "thosai-express",
    10,
    "en",
    "ORDER",
    "pls also 2 x 5 kg dosa batter and 1 amul ghee",
    [("BATTER-DOSA", 2, "5kg"), ("GHEE-AMUL", 1)],
    tags="new_customer pack variant",
)

# ---------------------------------------------------------------- third pass: remaining products and cases
m(
    "murugan-stores",
    5,
    "ta",
    "ORDER",
    "kadugu 3 packet, vendayam 2, pattai C5 1, puli box 1 (20 block)",
    [("SP-MUSTARD", 3), ("SP-FENUGREEK", 2), ("SP-CINNAMON", 1), ("SP-TAMARIND", 1)],
    notes="C5 is a cinnamon grade; 20 block is what the box holds",
    tags="number_in_name",
)
m(
    "amma-catering",
    8,
    "ta",
    "ORDER",
    "chakki atta 10kg 4 moottai, rava 6, jeera powder 2, vara milagai 3",
    [("FLR-ATTA", 4), ("FLR-RAVA", 6), ("CP-CUMIN", 2), ("SP-DRYCHILLI", 3)],
    tags="number_in_name",
)
m(
    "colombo-canteen",
    6,
    "si",
    "ORDER",
    "thora karawala 500g 4k, murunga kola 5 packet, murunga karal kilo 3",
    [("DF-SEER", 4), ("FR-MURUNGA-LEAF", 5), ("FR-DRUMSTICK", 3)],
    notes="thora karawala names the seer fish; kilo 3 = 3 kg fresh drumsticks",
    tags="number_in_name",
)
m(
    "kottu-corner",
    9,
    "si",
    "ORDER",
    "machan curry powder 1kg 2k ekka roti 30 pack",
    [("?", 2, CURRY, "1kg"), ("?", 30, ["FZ-GODAMBA", "FZ-KOTHU-ROTI"], None)],
    notes="curry powder and roti are family words; with history the curry powder is the roasted 1kg, the roti stays open (they buy both)",
)
m(
    "ceylon-spice-hut",
    11,
    "si",
    "ORDER",
    "2 EGB cans + 1 cream soda can for the staff fridge",
    [("EGB-330", 2), ("CREAMSODA-330", 1)],
    notes="N cans of a product sold by the case with N small: N cases, the trade's usual reading",
    tags="container",
)
m(
    "lanka-grocers",
    7,
    "si",
    "ORDER",
    "Suwandel hal 5kg 4k, kithul hakuru 12",
    [("NIC", 4, "Suwandel rice 5kg"), ("JAG-KITHUL", 12)],
    notes="Suwandel rice not in catalog (red and white samba and nadu are stocked)",
)
m(
    "kerala-kitchen",
    5,
    "ml",
    "ORDER",
    "Subject: vinegar\n\ncoconut vinegar 6 bottles and KLF 15L 3 please. Shibu",
    [("NIC", 6, "coconut vinegar"), ("OIL-COCO-KLF", 3, "15L")],
    notes="coconut vinegar not in catalog, not the coconut oil",
    tags="signature variant",
)
m(
    "saravana-cc",
    5,
    "en",
    "ORDER",
    "Subject: PO SCC-7784 - I would like to order\n\nI would like to order 12 x Kara coconut cream 1L cases, 10 x rasam powder, 10 x sambar powder.\nMurali",
    [("COCO-CREAM-1L", 12), ("CP-RASAM", 10), ("CP-SAMBAR", 10)],
    notes="an 'I would like' message that is an order",
    tags="non_order_request signature number_in_name",
)
m(
    "jaffna-kitchen",
    11,
    "en",
    "ORDER",
    "anna, I'd like 2 more KLF 5L and 10 kithul jaggery for the weekend",
    [("OIL-COCO-KLF", 2, "5L"), ("JAG-KITHUL", 10)],
    tags="non_order_request variant",
)
m(
    "hoppers-house",
    6,
    "en",
    "QUESTION",
    "Subject: pandan\n\nCan I order the pandan leaves for delivery the same day if I message before 7am?\nPriya",
    notes="a question about ordering, not an order; 7am is a time",
    tags="non_order_request signature",
)
m(
    "galle-face-cafe",
    11,
    "en",
    "ORDER",
    "six BOP 400g two catering dilmah four kithul jaggery",
    [("TEA-BOP", 6, "400g"), ("TEA-BAGS-500", 2), ("JAG-KITHUL", 4)],
    notes="voice-to-text list without commas",
    tags="spoken voice variant number_in_name",
)
m(
    "malabar-mess",
    6,
    "ml",
    "COMPLAINT",
    "chetta inale vanna sella basmati 2 chakkil onnu keeri poyi, ari muzhuvan purathu. credit venam",
    notes="torn sack complaint with a credit request",
)
m(
    "kochi-spice",
    8,
    "ml",
    "ORDER",
    "ullli 2 bag, gotu kola 10, pandan 5",
    [("FR-SHALLOTS", 2), ("FR-GOTUKOLA", 10), ("FR-PANDAN", 5)],
    notes="'ullli' is a typo for ulli (shallots)",
    tags="typo",
)
