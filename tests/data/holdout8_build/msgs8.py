# ruff: noqa  (hand-written data generator for the eighth blind set, kept as its writer left it)
"""Hand-written messages of holdout8 and their plain labels (without history).
History-dependent labels are derived by build8.py from the generated histories."""

FAM = {
    "steak": ["BF-SIRLOIN", "BF-RIBEYE", "BF-FILLET-6"],
    "mince": ["BF-MINCE-15", "BF-MINCE-5", "LB-MINCE", "PK-MINCE"],
    "ribs": ["PK-RIBS-BB", "PK-RIBS-SP", "BF-SHORTRIB"],
    "chicken": ["PY-BREAST", "PY-THIGH", "PY-WINGS", "PY-WHOLE", "PY-SUPREME"],
    "duck": ["PY-DUCK-BREAST", "PY-DUCK-CONFIT"],
    "bacon": ["BS-BACK-SMK", "BS-BACK-UNSMK", "BS-STREAKY-SMK"],
    "back bacon": ["BS-BACK-SMK", "BS-BACK-UNSMK"],
    "sausages": ["BS-CUMBERLAND", "BS-CHIPOLATA", "BS-TOULOUSE"],
    "ham": ["CH-PARMA", "CH-SERRANO", "CH-COOKED-HAM"],
    "chorizo": ["CH-CHORIZO-COOK", "CH-CHORIZO-SLICED"],
    "cod": ["WF-COD-LOIN", "WF-COD-FILLET"],
    "sea bass": ["WF-BASS-FILLET", "WF-BASS-WHOLE"],
    "salmon": ["SO-SALMON-SIDE", "SO-SALMON-PORTION", "SO-SALMON-WHOLE"],
    "prawns": ["SH-PRAWN-KING", "SH-PRAWN-COOKED", "SH-PRAWN-TIGER"],
    "crab": ["SH-CRAB-WHITE", "SH-CRAB-BROWN"],
    "milk": ["DM-MILK-WHOLE", "DM-MILK-SEMI", "DM-MILK-SKIM", "DM-MILK-LF"],
    "cream": ["DM-CREAM-DOUBLE", "DM-CREAM-SINGLE", "DM-CREAM-WHIP"],
    "butter": ["DB-BUTTER-UNS", "DB-BUTTER-SAL", "DB-BUTTER-5KG"],
    "butter cases": ["DB-BUTTER-UNS", "DB-BUTTER-SAL"],
    "mozzarella": ["DC-MOZZ-BLOCK", "DC-MOZZ-BUFFALO"],
    "cheddar": ["DC-CHEDDAR-MAT", "DC-CHEDDAR-GRATED"],
    "yoghurt": ["DY-GREEK", "DY-NATURAL", "DY-FRUIT-POTS"],
    "eggs": ["DE-EGGS-L", "DE-EGGS-M"],
    "lamb": ["LB-RACK", "LB-SHANK", "LB-LEG", "LB-MINCE", "LB-DICED"],
}


def L(sku, q, v=None):
    """A catalog line; v is the variant name, "?" when the text does not say which."""
    return {"sku": sku, "quantity": q, "v": v}


def A(q, fam, hint=None):
    """A bare family word: sku null with candidates. hint = the variant the text names, used
    only if history resolves the family to a product with variants."""
    return {"sku": None, "quantity": q, "candidates": FAM[fam] if isinstance(fam, str) else fam, "hint": hint}


def X(q, what):
    """Not in the catalog."""
    return {"sku": None, "quantity": q, "nic": what}


MSGS = []


def O(cust, day, ch, lang, text, lines, notes="", tags=(), ref=None, keep=False, outlier=False):
    MSGS.append(
        dict(
            cust=cust,
            day=day,
            ch=ch,
            lang=lang,
            intent="ORDER",
            text=text,
            lines=lines,
            notes=notes,
            tags=list(tags),
            ref=ref,
            keep=keep,
            outlier=outlier,
        )
    )


def N(cust, day, ch, lang, intent, text, notes="", tags=()):
    MSGS.append(
        dict(
            cust=cust,
            day=day,
            ch=ch,
            lang=lang,
            intent=intent,
            text=text,
            lines=[],
            notes=notes,
            tags=list(tags),
        )
    )


def C(cust, day, ch, lang, text, change_lines, notes="", tags=()):
    MSGS.append(
        dict(
            cust=cust,
            day=day,
            ch=ch,
            lang=lang,
            intent="CHANGE",
            text=text,
            lines=[],
            notes=notes,
            tags=list(tags),
            change_lines=change_lines,
        )
    )


def R(kind, remove=(), set=(), add=()):
    return {"kind": kind, "remove": list(remove), "set": list(set), "add": list(add)}


W, S, E = "WHATSAPP", "SMS", "EMAIL"

# ============================================================ harbour-grill (steady, en)
O(
    "harbour-grill",
    8,
    W,
    "en",
    "Morning! For tmrw pls:\n2 boxes salmon portions 180g\n30 whole sea bass\n4 bags king prawns 16/20\n3 bags mussels\nCheers, Dan",
    [
        L("SO-SALMON-PORTION", 2, "180g"),
        L("WF-BASS-WHOLE", 30),
        L("SH-PRAWN-KING", 4, "16/20"),
        L("SH-MUSSELS", 3),
    ],
    "16/20 is the prawn count size (variant), not a quantity; 180g is the portion variant.",
    ["number_in_name"],
)
O(
    "harbour-grill",
    10,
    W,
    "en",
    "usual pls + 2 bags squid \U0001f991",
    [L("SH-SQUID", 2)],
    "Reference to the usual basket plus an addition; without history only the squid is known.",
    ref=R("usual", add=[L("SH-SQUID", 2)]),
)
N(
    "harbour-grill",
    11,
    W,
    "en",
    "QUESTION",
    "Do you ever get turbot in? Had a table ask for it last night. Halibut too?",
    "Asks about products not stocked.",
)
O(
    "harbour-grill",
    12,
    W,
    "en",
    "Can I get 4 cream for Saturday and 2 more mussels. ta",
    [A(4, "cream"), L("SH-MUSSELS", 2)],
    "ambiguous: bare 'cream' (double, single or whipping). 'Can I get' is an order here.",
    ["non_order_request"],
)
N(
    "harbour-grill",
    9,
    W,
    "en",
    "COMPLAINT",
    "Dan from Harbour Grill. Sea bass yesterday - we ordered 30, box only had 26 and 4 of those looked tired. Can you credit at least the 4 missing",
    "Complaint with quantities; no order lines.",
)
O(
    "harbour-grill",
    13,
    W,
    "en",
    "need 50 salmon portions 180g for a wedding sat, plus 4 bags of king prawns 21/25 this time",
    [L("SO-SALMON-PORTION", None, "180g"), L("SH-PRAWN-KING", 4, "21/25")],
    "50 portions is 2.5 boxes of 20: not a whole number of selling units, quantity null. 21/25 is the size.",
    ["container", "number_in_name", "text_over_guide"],
)
O(
    "harbour-grill",
    14,
    W,
    "en",
    "Sat top-up: 2 tubs scallops, 1 case unsalted butter, 4 x 2L double cream \U0001f44d",
    [L("SH-SCALLOPS", 2), L("DB-BUTTER-UNS", 1), L("DM-CREAM-DOUBLE", 4, "2L")],
    "'case' narrows unsalted butter to the 250g case (the 5kg block is sold each). '4 x 2L' is 4 bottles of the 2L variant.",
    ["pack"],
)
O(
    "harbour-grill",
    14,
    W,
    "en",
    "Can you put 6 live lobsters on tomorrow's drop? If you can't get live, cooked ones are fine",
    [L("SH-LOBSTER", 6)],
    "Live lobster is not stocked; the customer accepts cooked ones as the fallback, so the clerk ships 6 cooked lobsters.",
    ["not_in_catalog", "fallback"],
)
N(
    "harbour-grill",
    10,
    W,
    "en",
    "OTHER",
    "I'd like to set up a direct debit for the account instead of paying by card, can you send the form over?",
    "Account request that opens like an order.",
    ["non_order_request"],
)

# ============================================================ kings-arms (regular, en)
O(
    "kings-arms",
    8,
    S,
    "en",
    "Same as last week pls. Kings Arms",
    [],
    "Reference to the last order.",
    ref=R("last"),
)
O(
    "kings-arms",
    10,
    S,
    "en",
    "24 sirloin, 2 boxes burgers, 10kg haddock. Thx Mick",
    [L("BF-SIRLOIN", 24, "?"), L("BF-PATTY", 2, "?"), L("WF-HADDOCK", 10)],
    "Sirloin and patties have sizes and none is named. Bare 'haddock' is the fresh one (smoked carries its modifier).",
)
N(
    "kings-arms",
    11,
    S,
    "en",
    "QUESTION",
    "Wat time u delivering thurs? Need it in before 11 or chef goes mental",
    "Delivery time question; 11 is a time.",
)
O(
    "kings-arms",
    12,
    S,
    "en",
    "Add 12 lamb shanks to fridays please, Mick @ Kings Arms",
    [L("LB-SHANK", 12)],
    "Addition to an existing order is ORDER with the added line.",
)
N(
    "kings-arms",
    13,
    S,
    "en",
    "CANCEL",
    "Mick here - cancel Saturday's delivery, we're shut for a private do. Sorry for short notice",
)
O(
    "kings-arms",
    9,
    S,
    "en",
    "2 x brisket and a 5kg mature cheddar",
    [L("BF-BRISKET", None), L("DC-CHEDDAR-MAT", 1, "5kg Block")],
    "Brisket is sold by the kg; '2 x brisket' counts pieces of unknown weight, quantity null. '5kg' names the cheddar variant, not a quantity.",
    ["weight", "number_in_name"],
)
O(
    "kings-arms",
    9,
    S,
    "en",
    "Mick: 3 trays large eggs + 2 cumberland + 1 x 5kg mature cheddar for thurs",
    [L("DE-EGGS-L", 3), L("BS-CUMBERLAND", 2), L("DC-CHEDDAR-MAT", 1, "5kg Block")],
    "'2 cumberland' is 2 packs.",
)
O(
    "kings-arms",
    14,
    S,
    "en",
    "need 6 kilo of bacon and some ox cheeks if u have them",
    [A(3, "bacon"), X(None, "ox cheeks")],
    "ambiguous: bare 'bacon' (smoked back, unsmoked back, smoked streaky). Every bacon is a 2kg pack, so 6 kilo is 3 packs whatever the member. Ox cheek is not in catalog, no quantity stated.",
    ["weight"],
)
O(
    "kings-arms",
    12,
    S,
    "en",
    "Sunday roast: 20 size 18 chickens please",
    [L("PY-WHOLE", 20, "Size 18 (1.8kg)")],
    "'size 18' names the whole-chicken variant; 18 is not a quantity.",
    ["number_in_name"],
)
N(
    "kings-arms",
    11,
    S,
    "en",
    "QUESTION",
    "Can I get a price for 20kg of brisket for the beer festival next month? Not ordering yet",
    "Request for a quote: QUESTION.",
    ["non_order_request"],
)
C(
    "kings-arms",
    10,
    S,
    "en",
    "Mick: for Thursday make it 30 sirloin not 24",
    [L("BF-SIRLOIN", 30, "10oz")],
    "Amendment of a placed order. The customer only ever buys sirloin 10oz, so the changed line is 10oz.",
)

# ============================================================ grand-esplanade (regular, en, email)
SIG_GE = "\n\nKind regards,\nAlison Marsh | Breakfast Chef\nGrand Esplanade Hotel, 1-4 Marine Parade\nT: 020 7946 0817"
O(
    "grand-esplanade",
    8,
    E,
    "en",
    "Subject: Breakfast order - w/c 8 June (PO 44817)\n\nGood morning,\n\nPlease deliver on Wednesday 10/06:\n\n- Smoked back bacon x 8 packs\n- Cumberland sausages x 6 packs\n- Black pudding x 2\n- Large eggs x 20 trays\n- Semi-skimmed 2L x 40\n- Whole milk 2L x 20\n- Butter portions x 6 boxes"
    + SIG_GE,
    [
        L("BS-BACK-SMK", 8),
        L("BS-CUMBERLAND", 6),
        L("BS-BLACKPUD", 2),
        L("DE-EGGS-L", 20),
        L("DM-MILK-SEMI", 40, "2L"),
        L("DM-MILK-WHOLE", 20, "2L"),
        L("DB-BUTTER-PORTIONS", 6),
    ],
    "PO number, dates, street numbers and phone are not quantities.",
)
O(
    "grand-esplanade",
    11,
    E,
    "en",
    "Subject: Re: Breakfast order\n\nHi, could you add 8 packs of smoked salmon for the Sunday brunch, and 120 fruit yoghurts please. Thanks, Alison",
    [L("SM-SALMON", 8, "?"), L("DY-FRUIT-POTS", 5)],
    "Smoked salmon comes as 500g or 1kg packs, none named. 120 fruit yoghurts = 5 cases of 24.",
    ["container", "non_order_request"],
)
N(
    "grand-esplanade",
    9,
    E,
    "en",
    "QUESTION",
    "Subject: Allergen & provenance sheets\n\nCould you send the spec sheets for the Cumberland sausages and the black pudding? Our auditor is in on the 16th."
    + SIG_GE,
    "Document request is QUESTION.",
    ["non_order_request"],
)
N(
    "grand-esplanade",
    10,
    E,
    "en",
    "OTHER",
    "Subject: Invoice address\n\nFrom 1 July please send invoices to Accounts Payable, Grand Esplanade Hotel, 1-4 Marine Parade (account GE-2231), not to the kitchen."
    + SIG_GE,
    "Account change.",
)
O(
    "grand-esplanade",
    12,
    E,
    "en",
    "Subject: Weekend\n\nUsual breakfast order please, but 50 trays of eggs instead of 20 - we have 300 covers from the conference. Alison",
    [A(50, "eggs")],
    "Reference to the usual with a new quantity for the eggs; the increase has a reason (conference), not an outlier. Bare 'eggs' is ambiguous without the basket.",
    ref=R("usual", set=[A(50, "eggs")]),
)
N(
    "grand-esplanade",
    13,
    E,
    "en",
    "COMPLAINT",
    "Subject: Short delivery 12/06\n\nWe were invoiced for 40 x semi-skimmed 2L but received 34, and six bottles of the whole milk were past their date. Invoice INV-88412. Please credit."
    + SIG_GE,
)
O(
    "grand-esplanade",
    14,
    E,
    "en",
    "Subject: milk\n\nCan we have 10 extra milk with tomorrow's delivery? Alison",
    [A(10, "milk")],
    "ambiguous: bare 'milk' (whole, semi-skimmed, skimmed, lactose-free), and the hotel buys two of them.",
)
O(
    "grand-esplanade",
    9,
    E,
    "en",
    "Subject: Room service menu\n\nPlease add to Thursday's delivery: 4 packs confit duck legs, 2 tubs of feta and 3 x 1kg smoked salmon."
    + SIG_GE,
    [L("PY-DUCK-CONFIT", 4), L("DC-FETA", 2), L("SM-SALMON", 3, "1kg")],
)

# ============================================================ smash-burger (steady, en)
O(
    "smash-burger",
    8,
    W,
    "en",
    "usual \U0001f354\U0001f354 thx",
    [],
    "Reference to the usual basket.",
    ref=R("usual"),
)
O(
    "smash-burger",
    10,
    W,
    "en",
    "4 boxes of the 125g patties no wait make it 5, 4 packs cheese slices, 3 streaky, 5 wings \U0001f525",
    [L("BF-PATTY", 5, "125g (box of 40)"), L("DC-SLICES", 4), L("BS-STREAKY-SMK", 3), L("PY-WINGS", 5)],
    "Self-correction 4 -> 5. '3 streaky' = 3 packs of the only streaky bacon; '5 wings' = 5 packs.",
    ["self_correction"],
)
O(
    "smash-burger",
    11,
    W,
    "en",
    "can u do 240 burgers 170g for a pop up on sat? plus gloves",
    [L("BF-PATTY", 8, "170g (box of 30)"), L("SU-GLOVES", None, "?")],
    "240 patties of 170g = 8 boxes of 30. Gloves: no quantity and no size given.",
    ["container"],
)
N(
    "smash-burger",
    12,
    W,
    "en",
    "QUESTION",
    "yo do u guys do brioche buns or just meat?",
    "Asks about an unstocked line.",
)
O(
    "smash-burger",
    13,
    W,
    "en",
    "Need 2 boxes 200g patties and XL gloves x2",
    [L("BF-PATTY", 2, "200g (box of 24)"), L("SU-GLOVES", 2, "X-Large")],
    "The text names the 200g and X-Large variants, though the customer usually buys others.",
    ["text_over_guide"],
)
N(
    "smash-burger",
    9,
    W,
    "en",
    "COMPLAINT",
    "the cheese slices last wk were stuck together in one block \U0001f624 2 packs binned",
)
N(
    "smash-burger",
    14,
    W,
    "en",
    "OTHER",
    "can I get invoice copies for the last 3 deliveries, accountant wants them by friday",
    "Account request; 'can I get' is not an order here.",
    ["non_order_request"],
)

# ============================================================ la-marea (regular, es)
O(
    "la-marea",
    8,
    W,
    "es",
    "Buenos días! Para el miércoles: 4 sacos de mejillones, 6 de almejas, 5 calamar, 8 kg de merluza y 40 doradas. Gracias, Carmen",
    [L("SH-MUSSELS", 4), L("SH-CLAMS", 6), L("SH-SQUID", 5), L("WF-HAKE", 8), L("WF-BREAM-WHOLE", 40)],
    "'sacos' are the bags; '6 de almejas' = 6 bags; squid 5 bags (1kg).",
)
O(
    "la-marea",
    10,
    W,
    "es",
    "Lo de siempre pero sin boquerones y con 2 cajas más de gambas",
    [L("SH-PRAWN-TIGER", 2)],
    "Reference to the usual without boquerones, plus 2 boxes of prawns. 'cajas' narrows prawns to the tiger prawns (the only prawns sold by the box).",
    ref=R("usual", remove=[("SO-BOQUERONES", None)], add=[L("SH-PRAWN-TIGER", 2)]),
)
N(
    "la-marea",
    11,
    W,
    "es",
    "QUESTION",
    "¿Tenéis rodaballo o solo lubina? Y a cuánto está el kilo de rape esta semana?",
    "Turbot not stocked; price question about monkfish.",
)
N(
    "la-marea",
    12,
    W,
    "es",
    "COMPLAINT",
    "Carmen de La Marea. Las almejas de ayer venían con mucha arena y 2 bolsas olían mal. Necesito abono por esas 2.",
)
O(
    "la-marea",
    13,
    W,
    "es",
    "Hola, mándame 10 kilos de gambas y 3 kg de pulpo",
    [A(10, "prawns"), X(3, "octopus (pulpo)")],
    "ambiguous: 'gambas' is any of the three prawns, each sold in 1kg units so 10 kilos is 10. Octopus not in catalog.",
)
O(
    "la-marea",
    9,
    W,
    "es",
    "Carmen: mañana 6 bolsas de almejas, 3 tarrinas de boquerones y 2 cajas de gambas enteras",
    [L("SH-CLAMS", 6), L("SO-BOQUERONES", 3), L("SH-PRAWN-TIGER", 2)],
    "'gambas enteras' = whole shell-on tiger prawns.",
)
O(
    "la-marea",
    12,
    W,
    "es",
    "Necesito anchoas en salazón, 2 latas grandes, y 3 kg de sepia",
    [X(2, "salted anchovies"), X(3, "cuttlefish (sepia)")],
    "Not in catalog: salted anchovies (boquerones are stocked) and cuttlefish (squid is stocked). No substitute.",
)
N(
    "la-marea",
    14,
    W,
    "es",
    "OTHER",
    "¿Me podéis reenviar la factura de mayo? La he perdido, perdona",
    "Wants a document re-sent: account/service request (OTHER).",
    ["non_order_request"],
)
O(
    "la-marea",
    11,
    W,
    "es",
    "Mañana 4 sacos de mejillones y 2 kg de vieiras. Por cierto, ¿cuánto cuesta el bogavante vivo?",
    [L("SH-MUSSELS", 4), L("SH-SCALLOPS", 2)],
    "Order with a side question (labelled ORDER). Scallops come in 1kg tubs, so 2 kg = 2.",
    ["mixed"],
)

# ============================================================ bistrot-lucien (regular, fr)
SIG_BL = "\n\nCordialement,\nLucien Garnier\nBistrot Lucien - 14 rue des Martyrs, 75009 Paris\nTél. +44 7700 900806"
O(
    "bistrot-lucien",
    8,
    E,
    "fr",
    "Objet : Commande jeudi 11/06\n\nBonjour,\n\nMerci de livrer jeudi :\n- 12 paquets de confit de canard\n- 20 magrets\n- 20 entrecôtes 10oz\n- 3 paquets de saucisses de Toulouse\n- 2 pots de crème fraîche"
    + SIG_BL,
    [
        L("PY-DUCK-CONFIT", 12),
        L("PY-DUCK-BREAST", 20),
        L("BF-RIBEYE", 20, "10oz"),
        L("BS-TOULOUSE", 3),
        L("DM-CREME-FRAICHE", 2),
    ],
    "Entrecôte is the catalog's ribeye. Street number, postcode and date are not quantities.",
)
O(
    "bistrot-lucien",
    10,
    E,
    "fr",
    "Objet : Re: commande\n\nComme la semaine dernière, mais 4 boîtes d'huîtres au lieu de 2. Merci. L.G.",
    [L("SH-OYSTERS", 4, "?")],
    "Reference to the last order with a new oyster quantity; the size (No.2/3/4) is not named in the text.",
    ref=R("last", set=[L("SH-OYSTERS", 4, "?")]),
)
N(
    "bistrot-lucien",
    11,
    E,
    "fr",
    "QUESTION",
    "Objet : Veau\n\nBonjour, est-ce que vous avez du veau (quasi ou noix) ? Sinon tant pis.\n\nLucien",
    "Veal not stocked.",
)
O(
    "bistrot-lucien",
    12,
    E,
    "fr",
    "Objet : samedi\n\nBonjour, pour samedi : 2 kg de beurre et 3 fromages de chèvre. Lucien",
    [A(None, "butter"), L("DC-GOATS", 3)],
    "ambiguous: bare butter, and 2 kg is not a whole number of any butter unit (0.2 of a case of 40 x 250g, 0.4 of the 5kg block): quantity null. '3 fromages de chèvre' = 3 logs.",
    ["weight"],
)
N(
    "bistrot-lucien",
    13,
    E,
    "fr",
    "OTHER",
    "Merci pour la livraison de ce matin, tout était parfait. Bon week-end !",
)
O(
    "bistrot-lucien",
    9,
    E,
    "fr",
    "Objet : agneau\n\nPour vendredi : 10 carrés d'agneau et 3 kg de souris d'agneau s'il vous plaît."
    + SIG_BL,
    [L("LB-RACK", 10), L("LB-SHANK", None)],
    "Lamb shanks are sold each (approx 450g); 3 kg is about 6-7 shanks, not a count: quantity null.",
    ["weight"],
)
N(
    "bistrot-lucien",
    14,
    E,
    "fr",
    "CANCEL",
    "Objet : Annulation samedi\n\nAnnulez la commande de samedi svp, fermeture exceptionnelle (dégât des eaux)."
    + SIG_BL,
)

# ============================================================ gasthaus-linde (steady, de)
SIG_GL = "\n\nMit freundlichen Grüßen\nJosef Brandl\nGasthaus zur Linde, Lindenstraße 3, 82031 Grünwald"
O(
    "gasthaus-linde",
    8,
    E,
    "de",
    "Betreff: Bestellung KW 24\n\nGuten Tag,\nbitte wie immer liefern." + SIG_GL,
    [],
    "'wie immer' = the usual basket. KW 24 is a week number.",
    ref=R("usual"),
)
O(
    "gasthaus-linde",
    10,
    E,
    "de",
    "Betreff: Nachbestellung\n\nBitte zusätzlich für Freitag: 20 Schweinekoteletts, 6 Liter Schlagsahne und 2 Packungen Kochschinken. Danke, J. Brandl",
    [L("PK-CHOP", 20), L("DM-CREAM-WHIP", 6), L("CH-COOKED-HAM", 2)],
    "Whipping cream is sold in 1L bottles, so 6 Liter = 6.",
)
O(
    "gasthaus-linde",
    12,
    E,
    "de",
    "Betreff: Grillfest\n\nFür unser Grillfest am Samstag brauchen wir 100 Bratwürste und 15 kg Schweinebauch."
    + SIG_GL,
    [X(100, "Bratwurst"), L("PK-BELLY", 15)],
    "Bratwurst not in catalog (Cumberland, chipolata and Toulouse are).",
)
N(
    "gasthaus-linde",
    11,
    E,
    "de",
    "COMPLAINT",
    "Betreff: Reklamation Lieferung 09.06.\n\nDie Schlagsahne (12 Flaschen) war bei Lieferung warm, 8 Grad gemessen. Bitte um Gutschrift."
    + SIG_GL,
)
N(
    "gasthaus-linde",
    9,
    E,
    "de",
    "QUESTION",
    "Betreff: Samstag 20.06.\n\nLiefern Sie auch am Samstag, den 20.06.? Wir haben eine Hochzeit mit 120 Gästen."
    + SIG_GL,
)
O(
    "gasthaus-linde",
    13,
    E,
    "de",
    "Betreff: Bestellung\n\nBitte liefern: 10 kg Schweinebauch, 40 Koteletts, 4 Pakete Rindergulasch und 4 Trays Eier M.\n\nGruß\nJ. Brandl",
    [L("PK-BELLY", 10), L("PK-CHOP", 40), L("BF-DICED", 4), L("DE-EGGS-M", 4)],
    "'Koteletts' from this customer means the pork loin chops (the only chops in the catalog).",
)

# ============================================================ nonna-pia (regular, it)
O(
    "nonna-pia",
    8,
    W,
    "it",
    "Ciao! Il solito per giovedì, grazie \U0001f64f Pia",
    [],
    "'il solito' = the usual.",
    ref=R("usual"),
)
O(
    "nonna-pia",
    10,
    W,
    "it",
    "Buongiorno, mi servono mozzarella x6, burrata x3 e 5 kg di macinato di manzo",
    [A(6, "mozzarella"), L("DC-BURRATA", 3), L("BF-MINCE-15", 2)],
    "ambiguous: bare mozzarella (pizza block or buffalo). 'macinato di manzo' is plain beef mince (the lean one carries 'magro'/'lean'); 5 kg = 2 packs of 2.5kg.",
    ["weight"],
)
N("nonna-pia", 11, W, "it", "QUESTION", "Avete la ricotta? E il mascarpone? Grazie", "Both not stocked.")
O(
    "nonna-pia",
    12,
    W,
    "it",
    "Per sabato: 4 conf. prosciutto crudo di Parma, 3 pancetta cubetti, 4 parmigiano 24 mesi",
    [L("CH-PARMA", 4), L("CH-PANCETTA", 3), L("DC-PARMIGIANO", 4)],
    "'24 mesi' is the ageing, not a quantity.",
    ["number_in_name"],
)
C(
    "nonna-pia",
    13,
    W,
    "it",
    "Scusa, per l'ordine di giovedì metti 5 burrata invece di 3",
    [L("DC-BURRATA", 5)],
    "Amendment of a placed order.",
)
N(
    "nonna-pia",
    14,
    W,
    "it",
    "COMPLAINT",
    "La bufala di ieri era acida, 2 confezioni da buttare. Potete sostituirle?",
)
O(
    "nonna-pia",
    9,
    W,
    "it",
    "Buonasera, per venerdì: 2 kg di vongole, 3 kg di calamari e 5 kg di filetti di branzino",
    [L("SH-CLAMS", 2), L("SH-SQUID", 3), L("WF-BASS-FILLET", 5)],
    "Clams and squid come in 1kg bags; sea bass fillets by the kg.",
    ["weight"],
)
# ============================================================ gouden-vis (regular, nl)
O(
    "gouden-vis",
    8,
    W,
    "nl",
    "Goedemorgen! Voor woensdag graag: 12 kg zalmzijde, 10 kg kabeljauwfilet, 6 zakken mosselen en 3 zakken gepelde garnalen. Groet, Pieter",
    [L("SO-SALMON-SIDE", 12), L("WF-COD-FILLET", 10), L("SH-MUSSELS", 6), L("SH-PRAWN-COOKED", 3)],
    "'gepelde garnalen' = cooked & peeled prawns (catalog alias).",
)
O(
    "gouden-vis",
    10,
    W,
    "nl",
    "Zelfde als vorige week graag, plus 2 kilo tonijn",
    [L("SO-TUNA", 2)],
    "Reference to the last order plus 2 kg tuna loin.",
    ref=R("last", add=[L("SO-TUNA", 2)]),
)
O(
    "gouden-vis",
    11,
    W,
    "nl",
    "Kunnen jullie 4 dozen oesters en 2 flessen room meesturen?",
    [L("SH-OYSTERS", 4, "?"), A(2, "cream")],
    "An order phrased as a question. Oyster size not named; 'room' is any cream (double, single, whipping).",
    ["non_order_request"],
)
N(
    "gouden-vis",
    12,
    W,
    "nl",
    "COMPLAINT",
    "De mosselen van gisteren: 2 van de 6 zakken waren voor de helft dood. Graag een creditnota.",
)
N("gouden-vis", 13, W, "nl", "QUESTION", "Hoe laat is de deadline voor levering op zaterdag?")
O(
    "gouden-vis",
    9,
    W,
    "nl",
    "Graag voor vrijdag: 6 flessen slagroom, 4 pakken gerookte zalm van 500 gram en 2 bakjes sint-jakobsschelpen",
    [L("DM-CREAM-WHIP", 6), L("SM-SALMON", 4, "500g"), L("SH-SCALLOPS", 2)],
    "'slagroom' is whipping cream; '500 gram' picks the smoked salmon variant.",
)
O(
    "gouden-vis",
    14,
    W,
    "nl",
    "Hebben jullie nog Hollandse nieuwe haring? Zo ja, 50 stuks. En 3 kilo garnalen graag",
    [X(50, "Dutch new herring"), A(3, "prawns")],
    "Herring not in catalog and asked conditionally. ambiguous: 'garnalen' is any of the prawns (each sold per 1kg).",
)
N(
    "gouden-vis",
    11,
    W,
    "nl",
    "QUESTION",
    "Wat kost de tonijn per kilo deze week? En is hij sashimi kwaliteit?",
)

# ============================================================ tasca-do-porto (steady, pt)
O(
    "tasca-do-porto",
    8,
    W,
    "pt",
    "Bom dia! O habitual para quinta, obrigado. Rui",
    [],
    "'o habitual' = the usual.",
    ref=R("usual"),
)
O(
    "tasca-do-porto",
    10,
    W,
    "pt",
    "Olá, preciso de 6 kg de pescada, 4 sacos de amêijoas e 20 chouriços para assar",
    [L("WF-HAKE", 6), L("SH-CLAMS", 4), L("CH-CHORIZO-COOK", 20)],
    "'chouriços para assar' = cooking chorizo rings (each).",
)
N(
    "tasca-do-porto",
    11,
    W,
    "pt",
    "QUESTION",
    "Vocês têm bacalhau salgado? Ou só pescada fresca?",
    "Salt cod not stocked.",
)
O(
    "tasca-do-porto",
    12,
    W,
    "pt",
    "Manda 5 kg de camarão e 4 kg de lombinho",
    [A(5, "prawns"), L("PK-TENDERLOIN", 4)],
    "ambiguous: 'camarão' is any of the prawns. 'lombinho' = pork tenderloin, sold by the kg.",
)
N(
    "tasca-do-porto",
    13,
    W,
    "pt",
    "CANCEL",
    "Rui da Tasca: cancelem a encomenda de sábado por favor, vamos fechar para obras.",
)
O(
    "tasca-do-porto",
    9,
    W,
    "pt",
    "Bom dia! 4 kg de lulas limpas, 3 caixas de camarão tigre e 8 kg de barriga de porco",
    [L("SH-SQUID", 4), L("SH-PRAWN-TIGER", 3), L("PK-BELLY", 8)],
    "Squid tubes in 1kg bags: 4.",
)

# ============================================================ steakhouse-1887 (regular, en, email)
SIG_SH = "\n\nThanks,\nMarco Reyes | Head Chef | Steakhouse 1887\n18 Canal Street\n020 7946 0187"
O(
    "steakhouse-1887",
    8,
    E,
    "en",
    "Subject: Steakhouse 1887 - order for Tue 9/6\n\nHi team,\n\n40 x sirloin 12oz\n40 x ribeye 12oz\n30 x fillet steak 6oz\n8kg short rib\n10 cooked lobsters"
    + SIG_SH,
    [
        L("BF-SIRLOIN", 40, "12oz"),
        L("BF-RIBEYE", 40, "12oz"),
        L("BF-FILLET-6", 30),
        L("BF-SHORTRIB", 8),
        L("SH-LOBSTER", 10),
    ],
    "1887 is the restaurant's name; 6oz is in the fillet steak's name.",
    ["number_in_name"],
)
O(
    "steakhouse-1887",
    10,
    E,
    "en",
    "Subject: Re: order\n\nSame as last week but 20 ribeye in 10oz instead of the 12s. Marco",
    [L("BF-RIBEYE", 20, "10oz")],
    "Reference to the last order with a swap: the 12oz ribeye line is removed and 20 x 10oz added.",
    ref=R("last", remove=[("BF-RIBEYE", "12oz")], add=[L("BF-RIBEYE", 20, "10oz")]),
)
O(
    "steakhouse-1887",
    12,
    E,
    "en",
    "Subject: order\n\nPlease send 200 fillet steaks 6oz for Friday. Marco",
    [L("BF-FILLET-6", 200)],
    "Outlier: about 6 times the customer's usual 30-36 with no reason given.",
    ["outlier"],
    outlier=True,
)
N(
    "steakhouse-1887",
    11,
    E,
    "en",
    "QUESTION",
    "Subject: Wagyu?\n\nAre you able to source Wagyu striploin, A5 or similar? Price per kg please.\n\nMarco",
)
O(
    "steakhouse-1887",
    13,
    E,
    "en",
    "Subject: extra for Saturday\n\nCan you add 12 steaks and 2 more cases of butter please" + SIG_SH,
    [A(12, "steak"), A(2, "butter cases")],
    "ambiguous: 'steaks' (sirloin, ribeye, fillet). 'cases' narrows butter to the salted and unsalted cases, still two.",
    ["non_order_request"],
)
N(
    "steakhouse-1887",
    9,
    E,
    "en",
    "COMPLAINT",
    "Subject: Lobsters\n\n3 of the 10 lobsters delivered on the 5th were watery and soft-shelled. Not acceptable at our price point."
    + SIG_SH,
)
O(
    "steakhouse-1887",
    11,
    E,
    "en",
    "Subject: Sat top up\n\n10kg short ribs, 4 x 16/20 king prawns, 12 lobsters. Marco",
    [L("BF-SHORTRIB", 10), L("SH-PRAWN-KING", 4, "16/20"), L("SH-LOBSTER", 12)],
    "'4 x 16/20' is 4 bags of the 16/20 size. 'lobsters' is the cooked lobster (the only lobster stocked).",
    ["number_in_name"],
)
O(
    "steakhouse-1887",
    14,
    E,
    "en",
    "Subject: Veal\n\nIf you can get veal chops, 20 for Friday. Otherwise 2 whole beef fillets instead."
    + SIG_SH,
    [X(20, "veal chops"), L("BF-FILLET-WHOLE", None)],
    "Conditional: veal is not stocked, so the fallback applies; whole fillet is sold by the kg and '2 fillets' gives no weight: quantity null. A human must confirm.",
    ["not_in_catalog", "conditional", "weight"],
    keep=True,
)
N(
    "steakhouse-1887",
    12,
    E,
    "en",
    "OTHER",
    "Subject: Confirmations\n\nPlease add our sous chef Tom Ilves (tom@steakhouse1887.example) to the order confirmation emails."
    + SIG_SH,
    "'Please add' that is not an order.",
    ["non_order_request"],
)

# ============================================================ ocean-sushi (regular, en)
O(
    "ocean-sushi",
    8,
    W,
    "en",
    "same as last time pls but salmon 20kg",
    [A(20, "salmon")],
    "Reference to the last order with a new salmon quantity. ambiguous without the basket: salmon side (kg), portions or whole fish.",
    ref=R("last", set=[A(20, "salmon")]),
)
O(
    "ocean-sushi",
    10,
    W,
    "en",
    "6kg yellowfin loin, 2 tubs scallops, 3 bags king prawns 26/30 \U0001f363",
    [L("SO-TUNA", 6), L("SH-SCALLOPS", 2), L("SH-PRAWN-KING", 3, "26/30")],
    "",
    ["number_in_name"],
)
N("ocean-sushi", 11, W, "en", "QUESTION", "is the tuna sashimi grade or just for cooking? customer asked")
O(
    "ocean-sushi",
    12,
    W,
    "en",
    "can I get 2 crab and 1 squid",
    [A(2, "crab"), L("SH-SQUID", 1)],
    "ambiguous: white or brown crab meat. 'can I get' is an order.",
    ["non_order_request"],
)
N(
    "ocean-sushi",
    13,
    W,
    "en",
    "COMPLAINT",
    "tuna yesterday was brown on one side, 2kg of it unusable. pls sort",
)
O(
    "ocean-sushi",
    9,
    W,
    "en",
    "15kg salmon side + 2 white crab + 2kg squid tubes",
    [L("SO-SALMON-SIDE", 15), L("SH-CRAB-WHITE", 2), L("SH-SQUID", 2)],
    "Squid in 1kg bags.",
)
N(
    "ocean-sushi",
    14,
    W,
    "en",
    "CANCEL",
    "pls cancel tomorrow's order, power cut at the restaurant, fridges are down \U0001f62d",
)

# ============================================================ vesuvio (steady, en, SMS)
O("vesuvio", 8, S, "en", "Usual please - Gino, Vesuvio", [], "", ref=R("usual"))
O(
    "vesuvio",
    10,
    S,
    "en",
    "12 x pizza mozzarella blocks, 4 salami milano, 2 sliced chorizo, 2 grana",
    [L("DC-MOZZ-BLOCK", 12), L("CH-SALAMI", 4), L("CH-CHORIZO-SLICED", 2), L("DC-GRANA-GRATED", 2)],
)
O(
    "vesuvio",
    11,
    S,
    "en",
    "24kg pizza mozzarella + 2 boxes of gloves",
    [L("DC-MOZZ-BLOCK", 12), L("SU-GLOVES", 2, "?")],
    "Pizza mozzarella is a 2kg block: 24kg = 12. Glove size not given.",
    ["weight"],
)
O(
    "vesuvio",
    13,
    S,
    "en",
    "mozzarella x 14 for sat pls",
    [A(14, "mozzarella")],
    "ambiguous: pizza block or buffalo; this customer buys both.",
)
N(
    "vesuvio",
    12,
    S,
    "en",
    "OTHER",
    "Gino here, new number for deliveries is 07700 900883, driver can ring that from now on",
)
O(
    "vesuvio",
    9,
    S,
    "en",
    "3 x buffalo mozz, 2 parma ham, 4 salami, 2 grana pls. Gino",
    [L("DC-MOZZ-BUFFALO", 3), L("CH-PARMA", 2), L("CH-SALAMI", 4), L("DC-GRANA-GRATED", 2)],
)

# ============================================================ greenlane-care (regular, en, email)
SIG_GC = (
    "\n\nWith thanks,\nJanet Obi\nCatering Manager\nGreen Lane Care Home, 27 Green Lane\nTel 020 7946 0274"
)
O(
    "greenlane-care",
    8,
    E,
    "en",
    "Subject: Weekly order - Green Lane Care Home\n\nDear Sir/Madam,\n\nPlease could we have the following for Wednesday:\n\n1. Lean mince - 4 packs\n2. Chicken breast fillets - 10kg\n3. Semi-skimmed milk 2 litre - 30\n4. Grated cheddar - 3 bags\n5. Medium eggs - 6 trays"
    + SIG_GC,
    [
        L("BF-MINCE-5", 4),
        L("PY-BREAST", 5),
        L("DM-MILK-SEMI", 30, "2L"),
        L("DC-CHEDDAR-GRATED", 3),
        L("DE-EGGS-M", 6),
    ],
    "List numbering is not quantities. 10kg chicken breast = 5 packs of 2kg.",
    ["weight"],
)
O(
    "greenlane-care",
    10,
    E,
    "en",
    "Subject: Additional items\n\nHi, please add 4 mince and 2 cream to Friday. Janet",
    [A(4, "mince"), A(2, "cream")],
    "ambiguous: bare mince (beef, lean beef, lamb, pork) and bare cream.",
)
N(
    "greenlane-care",
    11,
    E,
    "en",
    "QUESTION",
    "Subject: Texture-modified diets\n\nDo you supply pre-minced or puréed fish suitable for residents on IDDSI level 4 diets?"
    + SIG_GC,
)
O(
    "greenlane-care",
    12,
    E,
    "en",
    "Subject: Order\n\nCould we have 9kg of chicken breast and 60 yoghurt pots please" + SIG_GC,
    [L("PY-BREAST", None), L("DY-FRUIT-POTS", None)],
    "9kg is 4.5 packs of 2kg and 60 pots is 2.5 cases of 24: neither is a whole number of selling units, quantities null.",
    ["weight", "container"],
)
N(
    "greenlane-care",
    13,
    E,
    "en",
    "OTHER",
    "Subject: Automatic reply: Order\n\nThank you for your email. I am on annual leave until 22 June. For urgent kitchen matters please contact Sam Pike on 07700 900274.",
    "Auto-reply.",
)
C(
    "greenlane-care",
    9,
    E,
    "en",
    "Subject: Wednesday's order\n\nPlease change the semi-skimmed on Wednesday's order from 30 to 36 bottles. Janet",
    [L("DM-MILK-SEMI", 36, "2L")],
    "Amendment; the order being changed is the 2L semi-skimmed (only variant this customer buys).",
)
O(
    "greenlane-care",
    14,
    E,
    "en",
    "Subject: Fish Friday\n\nPlease send 4 packs of fish pie mix, 3 boxes of cod loin portions 140g and 10 packs of 5% mince for next week."
    + SIG_GC,
    [L("WF-FISHPIE", 4), L("WF-COD-LOIN", 3, "140g"), L("BF-MINCE-5", 10)],
    "'5% mince' is the lean beef mince.",
    ["number_in_name"],
)

# ============================================================ st-aidans (steady, en, email)
SIG_SA = "\n\nMany thanks,\nMrs P. Adeyemi\nSchool Business Manager, St Aidan's Primary School"
O(
    "st-aidans",
    8,
    E,
    "en",
    "Subject: Order for w/c 8th June\n\nHello, our normal order please." + SIG_SA,
    [],
    "'our normal order' = the usual.",
    ref=R("usual"),
)
O(
    "st-aidans",
    10,
    E,
    "en",
    "Subject: Sports day BBQ (Friday)\n\nHello,\nIn addition to what is already booked for Friday, please add 3 packs of chipolatas and 2 boxes of 125g burger patties. We have 240 pupils."
    + SIG_SA,
    [L("BS-CHIPOLATA", 3), L("BF-PATTY", 2, "125g (box of 40)")],
    "240 pupils is a head count, not a quantity.",
)
N(
    "st-aidans",
    11,
    E,
    "en",
    "QUESTION",
    "Subject: Halal\n\nAre your chicken breast fillets halal certified? A parent has asked.\n\nThanks,\nPatience (SBM)",
)
N(
    "st-aidans",
    12,
    E,
    "en",
    "CANCEL",
    "Subject: Cancel Friday 19 June delivery\n\nSchool is closed for an INSET day on Friday 19 June, so please cancel that week's Friday delivery."
    + SIG_SA,
)
O(
    "st-aidans",
    14,
    E,
    "en",
    "Subject: aprons\n\nPlease send 4 packs of aprons with Monday's delivery.\n\nPA",
    [L("SU-APRONS", 4, "?")],
    "Apron colour (white or blue) not given.",
)
O(
    "st-aidans",
    13,
    E,
    "en",
    "Subject: Order 15 June\n\nPlease deliver Monday 15 June:\n6 packs chicken breast fillets\n5 packs beef mince (standard)\n3 boxes cod loin 140g\n4 bags grated cheddar\n25 x semi skimmed 2L\n2 tubs natural yoghurt"
    + SIG_SA,
    [
        L("PY-BREAST", 6),
        L("BF-MINCE-15", 5),
        L("WF-COD-LOIN", 3, "140g"),
        L("DC-CHEDDAR-GRATED", 4),
        L("DM-MILK-SEMI", 25, "2L"),
        L("DY-NATURAL", 2),
    ],
    "'standard' beef mince is the 15%.",
)
N(
    "st-aidans",
    9,
    E,
    "en",
    "QUESTION",
    "Subject: Certificates\n\nCould you send 2 copies of your food safety certificate for our Ofsted file?"
    + SIG_SA,
    "Document request with a number: QUESTION.",
    ["non_order_request"],
)

# ============================================================ oyster-shack (regular, en)
O(
    "oyster-shack",
    8,
    W,
    "en",
    "oysters x10 and 4 bags mussels pls \U0001f9aa",
    [L("SH-OYSTERS", 10, "?"), L("SH-MUSSELS", 4)],
    "Oyster size (No.2/3/4) not given.",
)
O(
    "oyster-shack",
    10,
    W,
    "en",
    "6 boxes no.2 rock oysters, 10 boxes no.3, 3 white crab, 2 brown crab",
    [L("SH-OYSTERS", 6, "No.2"), L("SH-OYSTERS", 10, "No.3"), L("SH-CRAB-WHITE", 3), L("SH-CRAB-BROWN", 2)],
    "Two variants of one product on two lines; no.2/no.3 are sizes.",
    ["number_in_name"],
)
O(
    "oyster-shack",
    11,
    W,
    "en",
    "same again + 4 more no 3s",
    [L("SH-OYSTERS", 4, "No.3")],
    "'same again' = last order, plus 4 boxes of No.3.",
    ref=R("last", add=[L("SH-OYSTERS", 4, "No.3")]),
)
N("oyster-shack", 12, W, "en", "QUESTION", "do u do natives when they're in season (Sept)? or only rocks")
O(
    "oyster-shack",
    13,
    W,
    "en",
    "need 100 oysters No.3 for a private party",
    [L("SH-OYSTERS", None, "No.3")],
    "100 oysters is 8.3 boxes of 12: quantity null.",
    ["container"],
)
N("oyster-shack", 9, W, "en", "OTHER", "\U0001f44d got it all thanks")
O(
    "oyster-shack",
    14,
    W,
    "en",
    "any chance of brown shrimp? 2kg if so. and 8 lobsters",
    [X(2, "brown shrimp"), L("SH-LOBSTER", 8)],
    "Brown shrimp not in catalog (prawns are). Lobsters = the cooked lobster.",
    ["conditional"],
)
C(
    "oyster-shack",
    12,
    W,
    "en",
    "tomorrow's order: change the 6 boxes of no.2 to no.3 please",
    [L("SH-OYSTERS", 6, "No.3")],
    "Amendment: variant swap on a placed order.",
)

# ============================================================ copper-kettle (regular, en)
O(
    "copper-kettle",
    8,
    W,
    "en",
    "hiya! usual + extra 2 trays eggs pls x",
    [A(2, "eggs")],
    "Reference to the usual plus 2 trays of eggs (size not named).",
    ref=R("usual", add=[A(2, "eggs")]),
)
O(
    "copper-kettle",
    10,
    W,
    "en",
    "3 bacon, 90 eggs, 3 smoked salmon, 24 milk",
    [A(3, "bacon"), A(3, "eggs"), L("SM-SALMON", 3, "?"), A(24, "milk")],
    "ambiguous: bacon, eggs and milk are bare family words; 90 eggs = 3 trays of 30. Smoked salmon size not given.",
    ["container", "spoken"],
)
N("copper-kettle", 11, W, "en", "QUESTION", "do you do oat milk?? customers keep asking \U0001f648")
O(
    "copper-kettle",
    12,
    W,
    "en",
    "Morning! 4 packs smoked back bacon, 2 x 500g smoked salmon and 6 x 2L semi skimmed pls",
    [L("BS-BACK-SMK", 4), L("SM-SALMON", 2, "500g"), L("DM-MILK-SEMI", 6, "2L")],
    "",
    ["pack"],
)
N(
    "copper-kettle",
    13,
    W,
    "en",
    "COMPLAINT",
    "both greek yoghurt tubs had split lids, leaked all over the crate \U0001f629 can u replace the 2",
)
O(
    "copper-kettle",
    14,
    W,
    "en",
    "could we get 2 packs of unsmoked streaky too",
    [X(2, "unsmoked streaky bacon")],
    "Not in catalog: only smoked streaky is stocked.",
    ["non_order_request"],
)
O(
    "copper-kettle",
    9,
    W,
    "en",
    "could you do 2 tubs of greek yoghurt with tomorrow's drop? ta",
    [L("DY-GREEK", 2)],
    "An order phrased as a request.",
    ["non_order_request"],
)
N(
    "copper-kettle",
    13,
    W,
    "en",
    "OTHER",
    "can u resend the invoice for may, accountant lost it \U0001f644",
    "",
    ["non_order_request"],
)

# ============================================================ seaview-bnb (steady, en, SMS)
O(
    "seaview-bnb",
    8,
    S,
    "en",
    "Hello it's Brenda at Seaview, the usual for Thurs please. Thank you",
    [],
    "",
    ref=R("usual"),
)
O(
    "seaview-bnb",
    10,
    S,
    "en",
    "Brenda Seaview: 1 unsmoked back bacon, 1 cumberland, 2 trays large eggs, 12 semi skimmed 1 litre. Thanks",
    [L("BS-BACK-UNSMK", 1), L("BS-CUMBERLAND", 1), L("DE-EGGS-L", 2), L("DM-MILK-SEMI", 12, "1L")],
)
N("seaview-bnb", 13, S, "en", "QUESTION", "Do you deliver on the bank holiday Monday 31 Aug? Brenda")
O(
    "seaview-bnb",
    14,
    S,
    "en",
    "Brenda: half a case of salted butter and 1 box butter portions please, thanks",
    [L("DB-BUTTER-SAL", 0.5), L("DB-BUTTER-PORTIONS", 1)],
    "'half a case' = 0.5.",
)

# ============================================================ brasserie-nord (regular, fr, SMS)
O(
    "brasserie-nord",
    8,
    S,
    "fr",
    "Bonjour, comme d'hab pour mardi svp. Brasserie du Nord",
    [],
    "",
    ref=R("usual"),
)
O(
    "brasserie-nord",
    10,
    S,
    "fr",
    "10 sacs de moules, 4 colis de boeuf en dés, 2 boîtes de cabillaud 180g. Merci",
    [L("SH-MUSSELS", 10), L("BF-DICED", 4), L("WF-COD-LOIN", 2, "180g")],
    "'boîtes de cabillaud 180g' = boxes of cod loin portions (the cod fillet is sold by the kg).",
)
O(
    "brasserie-nord",
    11,
    S,
    "fr",
    "Rajoutez 6 bouteilles de crème svp",
    [A(6, "cream")],
    "ambiguous: 'crème' (double, single, whipping).",
)
N(
    "brasserie-nord",
    12,
    S,
    "fr",
    "COMPLAINT",
    "Les moules de ce matin : 3 sacs sur 10 pleins de sable. On ne peut pas servir ça.",
)
N("brasserie-nord", 13, S, "fr", "QUESTION", "Vous livrez le dimanche ? On a la braderie ce dimanche 14.")
O(
    "brasserie-nord",
    14,
    S,
    "fr",
    "Pour vendredi : 2 cartons de beurre demi-sel, 2 pots de crème fraîche, 12 sacs de moules",
    [L("DB-BUTTER-SAL", 2), L("DM-CREME-FRAICHE", 2), L("SH-MUSSELS", 12)],
    "'cartons' = cases.",
)

# ============================================================ hotel-alpenblick (regular, de)
SIG_HA = "\n\nMit freundlichen Grüßen\nKatharina Huber\nEinkauf, Hotel Alpenblick\nDorfstraße 12, 6370 Kitzbühel\nTel. +44 7700 900820"
O(
    "hotel-alpenblick",
    8,
    E,
    "de",
    "Betreff: Bestellung Hotel Alpenblick - Lieferung Mi 10.06.\n\nSehr geehrte Damen und Herren,\n\nwir bestellen:\n• 4 kg Hirschrücken\n• 6 Packungen Hähnchenbrustfilet\n• 40 Flaschen Vollmilch 1 Liter\n• 20 Flaschen Schlagsahne\n• 12 Trays Eier M"
    + SIG_HA,
    [
        L("GM-VENISON", 4),
        L("PY-BREAST", 6),
        L("DM-MILK-WHOLE", 40, "1L"),
        L("DM-CREAM-WHIP", 20),
        L("DE-EGGS-M", 12),
    ],
)
O(
    "hotel-alpenblick",
    10,
    E,
    "de",
    "Betreff: Wie letzte Woche\n\nBitte wie letzte Woche, aber ohne Wild und mit 10 statt 6 Schinken. Danke, K. Huber",
    [A(10, "ham")],
    "Reference to the last order without the venison, ham quantity 10. Bare 'Schinken' is ambiguous without the basket.",
    ref=R("last", remove=[("GM-VENISON", None)], set=[A(10, "ham")]),
)
N(
    "hotel-alpenblick",
    11,
    E,
    "de",
    "QUESTION",
    "Betreff: Laktosefrei\n\nWelche laktosefreien Produkte führen Sie außer der Milch? Gibt es auch laktosefreie Sahne?"
    + SIG_HA,
)
O(
    "hotel-alpenblick",
    12,
    E,
    "de",
    "Betreff: Frühstück Wochenende\n\nFür das Wochenende zusätzlich 3 Joghurt und 2 Packungen Räucherlachs."
    + SIG_HA,
    [A(3, "yoghurt"), L("SM-SALMON", 2, "?")],
    "ambiguous: 'Joghurt' (greek, natural, fruit pots). Smoked salmon size not given.",
)
N(
    "hotel-alpenblick",
    13,
    E,
    "de",
    "OTHER",
    "Betreff: Neue Anlieferzeiten\n\nAb 1. Juli ist unsere Warenannahme nur noch von 7 bis 10 Uhr besetzt. Bitte an die Fahrer weitergeben."
    + SIG_HA,
)
C(
    "hotel-alpenblick",
    9,
    E,
    "de",
    "Betreff: Änderung Lieferung Mittwoch\n\nBitte die Lieferung von Mittwoch auf Donnerstag verschieben, gleiche Mengen."
    + SIG_HA,
    [],
    "Moves the day; no line changes.",
)
O(
    "hotel-alpenblick",
    11,
    E,
    "de",
    "Betreff: Nachlieferung\n\nBitte noch 4 Packungen Räucherlachs 1 kg, 3 Eimer Naturjoghurt und 4 Kartons Butterportionen."
    + SIG_HA,
    [L("SM-SALMON", 4, "1kg"), L("DY-NATURAL", 3), L("DB-BUTTER-PORTIONS", 4)],
    "'Kartons' of butter portions = boxes.",
)
O(
    "hotel-alpenblick",
    14,
    E,
    "de",
    "Betreff: Wildwoche\n\nFür unsere Wildwoche: 8 kg Hirschrücken, 10 Wachteln und 2 Wildschweinkeulen.\n\nK. Huber",
    [L("GM-VENISON", 8), L("GM-QUAIL", None), X(2, "wild boar leg")],
    "Quail comes in packs of 4: 10 birds is 2.5 packs, quantity null. Wild boar not in catalog.",
    ["container"],
)

# ============================================================ riverside-golf (norepeat, en)
SIG_RG = "\n\nRob Fenwick\nClubhouse Manager\nRiverside Golf Club, Mill Lane\n07700 900821"
O(
    "riverside-golf",
    9,
    E,
    "en",
    "Subject: Order\n\nOur usual please for Saturday's medal day. Rob",
    [],
    "'Our usual' from a customer who never repeats a basket: cannot be resolved even with history.",
    ["ambiguous_reference"],
    ref=R("usual"),
)
O(
    "riverside-golf",
    11,
    E,
    "en",
    "Subject: Re: Order\n\nSorry - I mean the same as last week's order. Rob",
    [],
    "Reference to the last order, resolvable with history.",
    ref=R("last"),
)
O(
    "riverside-golf",
    12,
    E,
    "en",
    "Subject: Captain's Day 20 June\n\nHi,\nFor Captain's Day we need:\n- 120 chicken supremes\n- 6 boxes salmon portions 140g\n- 4 trays large eggs\n\nDelivery Friday 19th please."
    + SIG_RG,
    [L("PY-SUPREME", 120), L("SO-SALMON-PORTION", 6, "140g"), L("DE-EGGS-L", 4)],
    "Dates are not quantities.",
)
N(
    "riverside-golf",
    8,
    E,
    "en",
    "QUESTION",
    "Subject: Quote for 150 covers\n\nCould you quote for 150 x 8oz sirloin and 150 lamb rumps for a dinner on 27 June? Not confirmed yet."
    + SIG_RG,
    "Request for a quote: QUESTION.",
    ["non_order_request"],
)

# ============================================================ silver-spoon (norepeat, en)
SIG_SS = "\n\nThanks,\nPriya Shah\nSilver Spoon Events\n07700 900822"
O(
    "silver-spoon",
    8,
    E,
    "en",
    "Subject: Order - Hartley wedding, Sat 13 June (SSE-0613)\n\nPlease deliver Friday 12th before 2pm:\n20 x French-trimmed lamb racks\n10kg salmon side\n80 chicken supremes\n2 x 1kg smoked salmon"
    + SIG_SS,
    [L("LB-RACK", 20), L("SO-SALMON-SIDE", 10), L("PY-SUPREME", 80), L("SM-SALMON", 2, "1kg")],
)
O(
    "silver-spoon",
    10,
    E,
    "en",
    "Subject: Smith/Okafor wedding\n\nHi, for the 27th we'll need 3 whole salmon (about 5kg each) and 200 prawns for canapés. Priya",
    [L("SO-SALMON-WHOLE", 3), A(None, "prawns")],
    "'about 5kg each' describes the fish. ambiguous: prawns, and 200 prawns is a count of pieces, not bags: quantity null.",
)
O(
    "silver-spoon",
    12,
    E,
    "en",
    "Subject: Tasting\n\nCan you add a couple of goats cheese logs and some double cream to Friday? Priya",
    [L("DC-GOATS", 2), L("DM-CREAM-DOUBLE", None, "?")],
    "'a couple' = 2. Double cream: no quantity ('some') and no size.",
)
N(
    "silver-spoon",
    13,
    E,
    "en",
    "COMPLAINT",
    "Subject: Hartley wedding delivery\n\nThe lamb racks arrived at 3.40pm, well after our 2pm cut-off, and two were not French-trimmed. The chef had to trim them on site. Please note this on our account."
    + SIG_SS,
)
C(
    "silver-spoon",
    11,
    E,
    "en",
    "Subject: SSE-0613 amendment\n\nPlease reduce the chicken supremes on the Hartley order from 80 to 70."
    + SIG_SS,
    [L("PY-SUPREME", 70)],
)

# ============================================================ golden-fry (steady, en, SMS)
O("golden-fry", 8, S, "en", "usual fri ta - Golden Fry", [], "", ref=R("usual"))
O(
    "golden-fry",
    10,
    S,
    "en",
    "40kg cod fillet 25kg haddock 1 cumberland",
    [L("WF-COD-FILLET", 40), L("WF-HADDOCK", 25), L("BS-CUMBERLAND", 1)],
    "List without commas.",
    ["spoken"],
)
O(
    "golden-fry",
    12,
    S,
    "en",
    "can u send 30 kilo of cod and 2 boxes of gloves",
    [L("WF-COD-FILLET", 30), L("SU-GLOVES", 2, "?")],
    "'kilo' narrows cod to the fillet, the only cod sold by the kg (the loin portions come in boxes of 20, and 30 kg is no whole number of them). Glove size not given.",
)
N("golden-fry", 11, S, "en", "COMPLAINT", "haddock was 3kg short on tuesday, invoice says 25 we weighed 22")
N("golden-fry", 13, S, "en", "QUESTION", "whats ur price on scampi")
O(
    "golden-fry",
    14,
    S,
    "en",
    "for boxes large gloves and one pack of cumberlands",
    [L("SU-GLOVES", 4, "Large"), L("BS-CUMBERLAND", 1)],
    "Voice-to-text: 'for boxes' = four boxes.",
    ["spoken"],
)

# ============================================================ casa-lusa (regular, pt)
O(
    "casa-lusa",
    8,
    W,
    "pt",
    "Boa tarde! Para amanhã: 24 robalos inteiros, 24 douradas, 4 sacos de amêijoa e 30 chouriços para assar. Obrigada, Fátima",
    [L("WF-BASS-WHOLE", 24), L("WF-BREAM-WHOLE", 24), L("SH-CLAMS", 4), L("CH-CHORIZO-COOK", 30)],
)
O(
    "casa-lusa",
    10,
    W,
    "pt",
    "O mesmo da semana passada mas com 10 kg de barriga de porco",
    [L("PK-BELLY", 10)],
    "Reference to the last order with a new pork belly quantity.",
    ref=R("last", set=[L("PK-BELLY", 10)]),
)
O(
    "casa-lusa",
    11,
    W,
    "pt",
    "Preciso de 12 costelas e 10 robalos",
    [A(12, "ribs"), L("WF-BASS-WHOLE", 10)],
    "ambiguous: 'costelas' (baby back, spare ribs or beef short rib). '10 robalos' counts fish, so whole sea bass.",
)
N("casa-lusa", 12, W, "pt", "QUESTION", "Têm polvo? E lulas grandes, inteiras?")
N(
    "casa-lusa",
    13,
    W,
    "pt",
    "COMPLAINT",
    "As douradas de ontem vieram sem gelo, 6 estavam quentes. Quero crédito dessas 6.",
)
O(
    "casa-lusa",
    9,
    W,
    "pt",
    "Olá! 10 costelas St Louis, 4 pacotes de coxas de frango desossadas e 5 kg de barriga de porco",
    [L("PK-RIBS-SP", 10), L("PY-THIGH", 4), L("PK-BELLY", 5)],
    "",
)

# ============================================================ yakitori-ken (regular, en)
O(
    "yakitori-ken",
    8,
    W,
    "en",
    "10 packs boneless thighs, 6 wings, 10 duck breasts, 6kg pork belly",
    [L("PY-THIGH", 10), L("PY-WINGS", 6), L("PY-DUCK-BREAST", 10), L("PK-BELLY", 6)],
    "'6 wings' = 6 packs.",
)
O(
    "yakitori-ken",
    10,
    W,
    "en",
    "usual but 12 thighs pls \U0001f64f",
    [L("PY-THIGH", 12)],
    "Reference to the usual with a new thigh quantity.",
    ref=R("usual", set=[L("PY-THIGH", 12)]),
)
O(
    "yakitori-ken",
    11,
    W,
    "en",
    "20kg chicken and 6 duck",
    [A(None, "chicken"), A(6, "duck")],
    "ambiguous: bare chicken; 20kg is 10 packs of breast, thigh or wings but no count of whole birds or supremes: quantity null. Bare duck (breast or confit).",
    ["weight"],
)
N("yakitori-ken", 12, W, "en", "QUESTION", "do u have chicken hearts or chicken skin? for the yakitori")
O(
    "yakitori-ken",
    13,
    W,
    "en",
    "60 packs thighs for friday pls",
    [L("PY-THIGH", 60)],
    "Outlier: 5-6 times the usual 10-12 packs, no reason given.",
    ["outlier"],
    outlier=True,
)
# ============================================================ new-moon (first time, en)
O(
    "new-moon",
    9,
    W,
    "en",
    "Hi, we're a new restaurant opening on the 15th, Ken gave me this number. Can we order 4 packs chicken thighs, 2 bags mussels and 2 tubs crème fraîche for Friday? Our manager is setting up the account, we'll pay on the first invoice",
    [L("PY-THIGH", 4), L("SH-MUSSELS", 2), L("DM-CREME-FRAICHE", 2)],
    "First-time customer ordering on credit before the account exists: a human must approve (review).",
    ["new_customer"],
    keep=True,
)
O(
    "new-moon",
    12,
    W,
    "en",
    "Same as last time please + 2 kg scallops",
    [L("SH-SCALLOPS", 2)],
    "First-time customer: the earlier message is not order history, so 'same as last time' stays for review.",
    ["new_customer"],
    ref=R("last", add=[L("SH-SCALLOPS", 2)]),
)
N(
    "new-moon",
    8,
    W,
    "en",
    "QUESTION",
    "Hello, do you have a price list and a minimum order? We're opening a small Asian-fusion place in Hove",
    "",
    ["new_customer"],
)

# ============================================================ added complaints and others
N(
    "greenlane-care",
    11,
    E,
    "en",
    "COMPLAINT",
    "Subject: Complaint - chicken breast\n\nThe 5 packs of chicken breast delivered on Wednesday weighed 1.6-1.7kg each, not the 2kg on the invoice. Please check and credit the difference."
    + SIG_GC,
)
N(
    "vesuvio",
    11,
    S,
    "en",
    "COMPLAINT",
    "the 12 mozz blocks came frozen solid, cant use them till tomorrow. not happy",
)
N("kings-arms", 13, S, "en", "COMPLAINT", "2 of the 24 sirloins were 8oz not 10oz, chef not impressed. Mick")
N(
    "hotel-alpenblick",
    12,
    E,
    "de",
    "COMPLAINT",
    "Betreff: Reklamation Eier\n\nVon den 12 Trays Eier M waren 2 Trays mit vielen zerbrochenen Eiern. Bitte Gutschrift für 2 Trays."
    + SIG_HA,
)
N(
    "nonna-pia",
    12,
    W,
    "it",
    "OTHER",
    "Da lunedì prossimo gli ordini li fa il nostro nuovo chef, Marco: 07700 900858. Grazie!",
    "Contact change.",
)
N(
    "ocean-sushi",
    12,
    W,
    "en",
    "QUESTION",
    "whats the price difference between the 16/20 and 21/25 king prawns per bag?",
    "Price question; the sizes are not quantities.",
)

# ============================================================ added clean orders (catalog coverage)
O(
    "nonna-pia",
    11,
    W,
    "it",
    "Per venerdì aggiungete 4 kg di coda di rospo e 1 cartone di halloumi, grazie",
    [L("WF-MONK", 4), L("DC-HALLOUMI", 1)],
    "'cartone' = the case of 16.",
)
O(
    "la-marea",
    14,
    W,
    "es",
    "Para el sábado: 3 kg de tamboril, 2 botellas de claras de huevo y 2 tarrinas de helado de vainilla",
    [L("WF-MONK", 3), L("DE-LIQ-WHITE", 2), L("DY-ICE-VAN", 2)],
    "",
)
O(
    "gouden-vis",
    13,
    W,
    "nl",
    "Voor zaterdag graag 5 kg gerookte schelvis en 2 pakken gepeperde makreel",
    [L("SM-HADDOCK", 5), L("SM-MACKEREL-PEP", 2)],
    "'gerookte schelvis' = smoked haddock (by the kg).",
)
O(
    "bistrot-lucien",
    11,
    E,
    "fr",
    "Objet : complément jeudi\n\nAjoutez 2 pots de graisse de canard et 2 bacs de glace au chocolat svp. L.G.",
    [L("DB-DUCK-FAT", 2), L("DY-ICE-CHOC", 2)],
    "'bacs' = the 5L tubs.",
)
O(
    "riverside-golf",
    10,
    E,
    "en",
    "Subject: Sunday carvery\n\nPlease add to Saturday's delivery: 8kg boneless leg of lamb, 2 packs diced lamb and 4 bottles of liquid egg. Rob",
    [L("LB-LEG", 8), L("LB-DICED", 2), L("DE-LIQ-WHOLE", 4)],
    "'liquid egg' is the whole liquid egg (egg white carries its modifier).",
)
