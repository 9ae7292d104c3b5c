# ruff: noqa  (hand-written data generator of blind set 22, kept as its writer left it)
"""Messages of set 22 and their plain labels, all hand-written.

m(customer, intent, text, lines, tags, ...). L(sku, qty, variant) is an order line; the variant argument is
required exactly for products with variants (None = not stated). L(None, q, cands=[...]) is an ambiguous line,
L(None, q, item="...") a line for an item the catalog does not have. `why` is a review reason that does not
depend on the lines (reference, credit, condition); `ref` marks a reference to history ("usual", "last",
"none" = cannot be resolved); `mods` are the changes the message makes to the referenced order; `hist`
asks build22.py to resolve family words and missing variants from the customer's history.
"""

NOV = object()
MS = []


def L(sku, q, v=NOV, cands=None, cv=None, item=None, qn=None, nofill=False):
    d = {"sku": sku, "quantity": q}
    if v is not NOV:
        d["variant"] = v
    if cands:
        d["candidates"] = list(cands)
    if cv:
        d["candidate_variant"] = cv
    if item:
        d["_item"] = item
    if qn:
        d["_qn"] = qn
    if nofill:
        d["_nofill"] = True
    return d


def m(
    c,
    intent,
    text,
    lines=(),
    tags=(),
    note="",
    ch=None,
    lang=None,
    why=None,
    ref=None,
    mods=(),
    outlier=False,
    change=None,
    hist=False,
    d=None,
):
    MS.append(
        dict(
            customer=c,
            intent=intent,
            text=text,
            lines=list(lines),
            tags=list(tags),
            note=note,
            channel=ch,
            language=lang,
            why=why,
            ref=ref,
            mods=list(mods),
            outlier=outlier,
            change=change,
            hist=hist,
            day=d,
        )
    )


MILK = ["MLK-SEMI", "MLK-WHL", "MLK-SKM-4P"]
FF = ["FZ-FFC-120", "FZ-FFP-120"]
BEANS = ["TIN-BB-A10", "TIN-BBR-A10", "TIN-KDB-25"]
BAKED = ["TIN-BB-A10", "TIN-BBR-A10"]
CHIPS = ["FZ-CHS-4", "FZ-CHC-4"]
SAUS = ["FZ-SAU-60", "FZ-VSA-60", "FZ-HCS-60"]
GRAVY = ["GRV-BIS-18", "GRV-BIV-18", "GF-GRV-18"]
CREAM = ["CRM-DBL-1", "CRM-SGL-1"]
ICE = ["FZ-ICV-4", "FZ-ICC-48", "DF-ICE-4"]
CHEESE = ["CHS-CHB-5", "CHS-CHG-2", "CHS-MOZ-2", "DF-CHS-1"]
CHEDDAR = ["CHS-CHB-5", "CHS-CHG-2"]
GLOVES = ["GLV-NIT", "GLV-VIN"]
NAPK = ["NAP-L33", "NAP-D40"]
RICE = ["RIC-LG-10", "RIC-EC-10", "RIC-BAS"]
OAT = ["DF-OTB-6", "DF-OTO-6"]
OJ = ["DR-OJ1-12", "DR-OJC-24"]
AJ = ["DR-AJ1-12", "DR-AJC-24"]
CUSTARD = ["DES-CUP-3", "DES-CUI-27", "DES-CUR-12"]
SUGST = ["PP-SGW-1000", "PP-SGB-1000"]
PUREE4 = ["TM-L4C-6", "TM-L4S-6"]
SPONGE = ["FZ-SPC-48", "FZ-SPJ-48"]
HOTCH = ["HD-DCH-2", "HD-HCS-100"]
MAYO = ["SCE-MAY", "PP-MAY-198"]
WATER = ["WA-STL-24", "WA-SPK-24"]
OIL = ["OIL-RAP", "OIL-SUN-20"]
FLOUR = ["FLR-PLN-16", "FLR-SR-16"]
YOG = ["YOG-FRT-12", "YOG-NAT-2"]
COD = ["FZ-FFC-120", "FZ-COD-5"]
PASTA = ["PAS-PEN-3", "PAS-FUS-3", "PAS-SPA-3", "PAS-MAC-3"]
BUTTER = ["BUT-BLK-40", "PP-BUT-100"]
KETCHUP = ["SCE-KET-45", "PP-KET-200"]
TOMS = ["TIN-CHT-25", "TIN-PLT-25"]
SWEETCORN = ["TIN-SWC-21", "FZ-SWC-25"]

# ---------------------------------------------------------------- st-aidans-primary (email, steady)
c = "st-aidans-primary"
m(
    c,
    "ORDER",
    "Subject: Order w/c 14th June\n\nHi,\nOrder for Monday please:\n4 x pollock fish fingers\n3 cases straight cut chips\n"
    "2 x reduced sugar beans\n4 bags garden peas\n2 chocolate sponge traybakes\n\nThanks\nJanet Hollis\nSchool Cook, St Aidan's C of E Primary\n"
    "14 Chapel Lane, Bramley, Leeds LS13 4QT\nTel 0113 496 0412",
    [L("FZ-FFP-120", 4), L("FZ-CHS-4", 3), L("TIN-BBR-A10", 2), L("FZ-PEA-25", 4), L("FZ-SPC-48", 2)],
    ["signature"],
    "14th, 14 Chapel Lane, LS13 and the phone number are not quantities",
)
m(
    c,
    "ORDER",
    "Subject: top up for Thursday\n\nJanet here - can you add fish fingers x3 and beans x2 to Thursday please. "
    "Also 6 milk. Ta",
    [L(None, 3, cands=FF), L(None, 2, cands=BEANS), L(None, 6, cands=MILK)],
    ["family", "non_order_request"],
    "an addition to a placed order is ORDER; cod or pollock fingers, which beans and which milk are not said",
    hist=True,
)
m(
    c,
    "QUESTION",
    "Subject: allergen info\n\nHello, I would like the allergen sheets for the gluten free nuggets and the "
    "pollock fish fingers please, we have a coeliac child starting in September. Could you email them over?\n\nThanks, Janet",
    tags=["non_order_request", "question"],
)
m(
    c,
    "ORDER",
    "Subject: juice\n\nCould we have 96 orange juice cartons added to Monday's delivery please? Thanks J",
    [L("DR-OJC-24", 4)],
    ["container", "non_order_request"],
    "96 cartons = 4 cases of 24",
)
m(
    c,
    "COMPLAINT",
    "Subject: Short delivery Monday 7th\n\nHi, we were invoiced for 3 cases of straight cut chips on INV-22871 but "
    "only 2 arrived, and one bag of peas had split open in the box. Can you credit please.\nJanet Hollis, St Aidan's",
    tags=["complaint"],
)
m(
    c,
    "ORDER",
    "Subject: Order for Weds\n\n3 x penne 3kg\n2 x pasta sauce\n2 bags grated cheddar\n1 tray of eggs (30)\n\nJanet",
    [L("PAS-PEN-3", 3), L("SCE-PAS-2", 2), L("CHS-CHG-2", 2), L(None, 1, item="eggs")],
    ["not_in_catalog", "number_in_name"],
    "fresh eggs are not stocked",
)

# ---------------------------------------------------------------- oakfield-academy (email, regular)
c = "oakfield-academy"
SIG_O = "\n\nGareth Pryce | Catering Manager | Oakfield Academy\nTel 01632 960518"
m(
    c,
    "ORDER",
    "Subject: PO 55120 - weekly order\n\nMorning,\nSame as last week please but 5 boxes chicken breast instead of 3, and "
    "add another 2 boxes of halal sausages." + SIG_O,
    [L("FZ-CHB-5", 5, None), L("FZ-HCS-60", 2)],
    ["reference", "signature"],
    "reference to last week's order; the chicken size is only known from history",
    ref="last",
    mods=[("set", "FZ-CHB-5", 5), ("add", L("FZ-HCS-60", 2))],
)
m(
    c,
    "ORDER",
    "Subject: PO 55187\n\nPlease deliver Tuesday:\n- 6 x penne 3kg\n- 3 x chopped tomatoes 6x2.5kg\n- 20kg beef mince\n"
    "- 3 x grated mozzarella\n- 6 cases white rolls" + SIG_O,
    [L("PAS-PEN-3", 6), L("TIN-CHT-25", 3), L("FZ-MIN-KG", 20), L("CHS-MOZ-2", 3), L("FZ-ROL-48", 6)],
    ["signature", "number_in_name", "weight"],
    "beef mince is sold by the kg",
)
m(
    c,
    "ORDER",
    "Subject: PO 55203 consumables\n\nHi, 1 case napkins and 4 boxes of nitrile gloves medium please, plus 2 boxes "
    "ketchup sachets.\nGareth",
    [L(None, 1, cands=NAPK), L("GLV-NIT", 4, "Medium"), L("PP-KET-200", 2)],
    ["family", "variant"],
    "lunch or dinner napkins, and no colour",
    hist=True,
)
m(
    c,
    "QUESTION",
    "Subject: Prices for September\n\nHi, can I get a price list for September? We're looking at 10 boxes of chicken "
    "breast a week and 40kg of mince, not ordering yet, just budgeting for the new academic year." + SIG_O,
    tags=["non_order_request", "question", "quote"],
)
m(
    c,
    "CHANGE",
    "Subject: RE: PO 55187\n\nSorry, can you change the mince on PO 55187 from 20kg to 15kg? Everything else the same.\nGareth",
    tags=["change"],
    change=[L("FZ-MIN-KG", 15)],
)
m(
    c,
    "ORDER",
    "Subject: water and juice\n\nCan we add 96 bottles of still water and 120 apple juice cartons to tomorrow's delivery. "
    "Exams week, the kids are drinking us dry!\nG",
    [L("WA-STL-24", 4), L("DR-AJC-24", 5)],
    ["container", "non_order_request"],
    "96 = 4 cases of 24, 120 = 5 cases of 24",
)

# ---------------------------------------------------------------- brambleton-primary (sms, regular)
c = "brambleton-primary"
m(
    c,
    "ORDER",
    "usual for weds pls + 2 boxes ice cream cups. Sue @ Brambleton",
    [L("FZ-ICC-48", 2)],
    ["reference"],
    "the usual with 2 more boxes of ice cream cups",
    ref="usual",
    mods=[("add", L("FZ-ICC-48", 2))],
)
m(
    c,
    "ORDER",
    "hi its sue brambleton pri, chips x2 and 1 cod fish fingers for tmrw pls",
    [L(None, 2, cands=CHIPS), L("FZ-FFC-120", 1)],
    ["family"],
    "straight or crinkle cut chips",
    hist=True,
)
m(
    c,
    "ORDER",
    "can u add 12 cartons of orange juice to fridays order",
    [L("DR-OJC-24", None, qn="not a whole number")],
    ["container"],
    "12 cartons is half a case of 24",
)
m(
    c,
    "CANCEL",
    "Sue here. pls cancel fridays delivery, school is closed for the election (polling station). sorry for short notice",
    tags=["cancel"],
)
m(
    c,
    "ORDER",
    "20 pints semi skimmed and 2 boxes medium vinyl gloves thx",
    [L("MLK-SEMI", 20, "1 Pint"), L("GLV-VIN", 2, "Medium")],
    ["variant"],
    "pints are the 1 Pint variant",
)
m(
    c,
    "QUESTION",
    "do u do halal chicken nuggets? got 3 new children starting in sept",
    tags=["question", "not_in_catalog"],
)

# ---------------------------------------------------------------- ysgol-bryn-derw (email, Welsh, steady)
c = "ysgol-bryn-derw"
SIG_Y = "\n\nDiolch,\nCeri Morgan\nCegin Ysgol Gynradd Bryn Derw\n029 2018 0457"
m(
    c,
    "ORDER",
    "Pwnc: Archeb wythnos nesaf\n\nBore da,\nYr arferol os gwelwch yn dda, ond 4 bocs o selsig porc yn lle 2."
    + SIG_Y,
    [L("FZ-SAU-60", 4)],
    ["reference", "multilingual", "signature"],
    "the usual, with 4 boxes of pork sausages instead of 2",
    ref="usual",
    mods=[("set", "FZ-SAU-60", 4)],
)
m(
    c,
    "ORDER",
    "Pwnc: selsig\n\nA allwch chi anfon 2 focs o selsig ddydd Llun? Diolch, Ceri",
    [L(None, 2, cands=SAUS)],
    ["family", "multilingual", "non_order_request"],
    "pork, vegetarian or halal sausages; the school buys both pork and vegetarian",
    hist=True,
)
m(
    c,
    "ORDER",
    "Pwnc: Archeb dydd Mercher\n\n3 x macaroni 3kg\n3 bag caws cheddar wedi'i gratio\n12 x llaeth hanner sgim 2 beint\n"
    "3 cas sudd afal bocsys bach (24)" + SIG_Y,
    [L("PAS-MAC-3", 3), L("CHS-CHG-2", 3), L("MLK-SEMI", 12, "2 Pint"), L("DR-AJC-24", 3)],
    ["multilingual", "variant", "number_in_name", "signature"],
    "sudd afal bocsys bach = apple juice cartons",
)
m(
    c,
    "QUESTION",
    "Subject: Welsh cakes?\n\nHi, do you stock Welsh cakes or bara brith at all? Would like some for our "
    "Eisteddfod day on the 25th. Ceri",
    tags=["question", "not_in_catalog"],
    lang="en",
)
m(
    c,
    "ORDER",
    "Pwnc: pwdin\n\n2 x sbwng jam a choconyt ac 1 twb cwstard sydyn. Diolch",
    [L("FZ-SPJ-48", 2), L("DES-CUI-27", 1)],
    ["multilingual"],
    "cwstard sydyn = instant custard",
)
m(
    c,
    "OTHER",
    "Pwnc: Gwyliau'r haf\n\nNodyn i ddweud bod y gegin ar gau o 23 Gorffennaf tan 2 Medi. Dim danfoniadau os gwelwch yn dda."
    + SIG_Y,
    tags=["other", "multilingual"],
)

# ---------------------------------------------------------------- northgate-hospital (email, regular)
c = "northgate-hospital"
SIG_N = (
    "\n\nRegards\nPriya Natarajan\nCatering Services Supervisor, Northgate General Hospital\nEstates & Facilities, Block C, "
    "Northgate Road\nTel 020 7946 0381"
)
m(
    c,
    "ORDER",
    "Subject: PO NGH-77410 Ward provisions\n\nPlease supply for delivery Wednesday 9th:\n\n40 x semi skimmed 4 pint\n"
    "10 x whole milk 4 pint\n4 boxes UHT milk portions\n3 boxes Yorkshire tea 1200\n6 boxes butter portions\n3 boxes jam portions"
    + SIG_N,
    [
        L("MLK-SEMI", 40, "4 Pint"),
        L("MLK-WHL", 10, "4 Pint"),
        L("PP-MLK-120", 4),
        L("HD-YT-1200", 3),
        L("PP-BUT-100", 6),
        L("PP-JAM-100", 3),
    ],
    ["signature", "variant", "number_in_name"],
)
m(
    c,
    "ORDER",
    "Subject: PO NGH-77433 dysphagia\n\nHi, could you send 12 Nutilis and 6 packs of the level 4 puree meals please.\nPriya",
    [L("TM-NUT", 12, None), L(None, 6, cands=PUREE4)],
    ["variant", "family", "non_order_request"],
    "tins or sticks not said; chicken dinner or shepherd's pie not said (the hospital buys both)",
    hist=True,
)
m(
    c,
    "ORDER",
    "Subject: PO NGH-77450 extra milk\n\nWard 7 short again, please add 30 x 4 pint milk to tomorrow's drop.\nPriya",
    [L(None, 30, cands=MILK, cv="4 Pint")],
    ["family", "pack"],
    "semi-skimmed, whole or skimmed; the hospital buys semi and whole",
)
m(
    c,
    "COMPLAINT",
    "Subject: Out of date yoghurts\n\nOf the 10 cases of fruit yoghurts delivered on 1st June, 2 were past their "
    "use-by (31/05). Please collect and credit against PO NGH-77391." + SIG_N,
    tags=["complaint"],
)
m(
    c,
    "QUESTION",
    "Subject: IDDSI level 5\n\nDo you supply IDDSI level 5 minced & moist meals? We currently take level 4 and level 6 "
    "from you. Could you send a list with prices?\nThanks, Priya",
    tags=["question", "not_in_catalog", "non_order_request"],
)
m(
    c,
    "ORDER",
    "Subject: PO NGH-77466\n\n120 fruit yoghurts (125g), 2 x soya 8x1L, 2 boxes Weetabix 96, 4 boxes cereal variety packs.\nP.N.",
    [L("YOG-FRT-12", 10), L("DF-SOY-8", 2), L("CER-WEE-96", 2), L("CER-VAR-40", 4)],
    ["count", "pack", "number_in_name"],
    "120 yoghurts = 10 cases of 12",
)
m(
    c,
    "ORDER",
    "Subject: PO NGH-77480\n\nPlease send 60 boxes of decaf tea bags with Tuesday's delivery.\nPriya",
    [L("HD-YTD-500", 60)],
    ["outlier"],
    "usual is 1 box; no reason given",
    outlier=True,
)

# ---------------------------------------------------------------- riverside-community-hospital (whatsapp, steady)
c = "riverside-community-hospital"
m(
    c,
    "ORDER",
    "Morning! Can I get 2 boxes battered cod and 2 rolls of aprons for Thursday please 👍",
    [L("FZ-COD-5", 2, None), L("APR-PE", 2, None)],
    ["variant", "non_order_request", "emoji"],
    "cod fillet size and apron colour not said",
    hist=True,
)
m(
    c,
    "ORDER",
    "gravy granules x2, nescafe x2, 3 boxes large nitrile gloves. Thanks, Tom (Riverside kitchen)",
    [L(None, 2, cands=GRAVY), L("HD-NES-750", 2), L("GLV-NIT", 3, "Large")],
    ["family", "variant"],
    "original, vegetable or gluten free gravy",
    hist=True,
)
m(
    c,
    "ORDER",
    "Tom @ Riverside: 20 x 2 pint semi, 2 boxes milk pots, 1 yorkshire tea, 4 bags mixed veg, 2 cases ambrosia custard",
    [
        L("MLK-SEMI", 20, "2 Pint"),
        L("PP-MLK-120", 2),
        L("HD-YT-1200", 1),
        L("FZ-MXV-25", 4),
        L("DES-CUR-12", 2),
    ],
    ["variant", "pack"],
)
m(
    c,
    "COMPLAINT",
    "Hi, the chicken breast fillets that came Thursday were 6-8oz not 4-6oz, too big for our portion control. "
    "Can someone swap them? Tom",
    tags=["complaint", "number_in_name"],
)
m(
    c,
    "OTHER",
    "Just so you know, from Monday deliveries need to come to goods-in at the back (Gate 3), the main entrance is "
    "shut for building works. Cheers, Tom",
    tags=["other"],
)

# ---------------------------------------------------------------- willow-court-care (whatsapp, regular)
c = "willow-court-care"
m(
    c,
    "ORDER",
    "Hi it's Linda at Willow Court, 2 cream and 3 ice cream for Monday please x",
    [L(None, 2, cands=CREAM), L(None, 3, cands=ICE)],
    ["family"],
    "double or single cream; tub, cups or dairy free ice",
    hist=True,
)
m(
    c,
    "ORDER",
    "Linda here - 40kg diced beef for Friday please",
    [L("FZ-DCB-KG", 40)],
    ["outlier", "weight"],
    "usual is 8kg; no reason given",
    outlier=True,
)
m(
    c,
    "ORDER",
    "Same as last week please, Linda. Double the yorkshire puddings, it's the summer fete lunch on Sunday",
    [],
    ["reference"],
    "reference to last week's order with the yorkshire puddings doubled (a reason is given)",
    ref="last",
    mods=[("double", "FZ-YPD-60")],
)
m(
    c,
    "ORDER",
    "Morning, 2 boxes nutilis sticks, 3 packs pureed shepherd's pie and 1 tub custard powder please. Thank you! Linda",
    [L("TM-NUT", 2, "Sticks 24 x 1.4g"), L("TM-L4S-6", 3), L("DES-CUP-3", 1)],
    ["variant"],
)
m(
    c,
    "QUESTION",
    "I would like to know if your puréed meals are ok for a resident who has just been diagnosed coeliac? Thanks Linda",
    tags=["question", "non_order_request"],
)

# ---------------------------------------------------------------- lavender-house (whatsapp, Polish, steady)
c = "lavender-house"
m(
    c,
    "ORDER",
    "Dzień dobry, na środę proszę: olej rzepakowy 1, mleko 8, masło 1 karton, 2 worki brokułów. Dziękuję, Marta",
    [L("OIL-RAP", 1, None), L(None, 8, cands=MILK), L("BUT-BLK-40", 1), L("FZ-BRO-25", 2)],
    ["variant", "family", "multilingual"],
    "oil size and which milk not said; a karton of butter is the case of blocks",
    hist=True,
)
m(
    c,
    "ORDER",
    "Marta z Lavender House: to co zwykle na piątek, ale 12 kg mielonej wołowiny zamiast 10 i bez spaghetti",
    [L("FZ-MIN-KG", 12)],
    ["reference", "multilingual", "weight"],
    "the usual with 12kg mince instead of 10 and no spaghetti",
    ref="usual",
    mods=[("set", "FZ-MIN-KG", 12), ("remove", "PAS-SPA-3")],
)
m(
    c,
    "ORDER",
    "Proszę dodać do czwartkowej dostawy: 2 worki ryżu długoziarnistego 10kg, 3 kartony pomidorów krojonych, "
    "4 wiaderka jogurtu naturalnego",
    [L("RIC-LG-10", 2), L("TIN-CHT-25", 3), L("YOG-NAT-2", 4)],
    ["multilingual", "number_in_name"],
)
m(
    c,
    "QUESTION",
    "Czy macie jajka? Potrzebujemy około 60 tygodniowo",
    tags=["question", "not_in_catalog", "multilingual"],
)
m(
    c,
    "COMPLAINT",
    "Dzisiaj brakowało 2 pudełek kiełbasek, a na fakturze są. Proszę o korektę. Marta",
    tags=["complaint", "multilingual"],
)
m(
    c,
    "ORDER",
    "Na poniedziałek: 2 pudełka kiełbasek wieprzowych i 5 kg pierogów ruskich jeśli macie",
    [L("FZ-SAU-60", 2), L(None, 5, item="pierogi ruskie")],
    ["not_in_catalog", "multilingual"],
    "pierogi are not stocked",
)

# ---------------------------------------------------------------- st-brigids-nursing (whatsapp, Portuguese, regular)
c = "st-brigids-nursing"
m(
    c,
    "ORDER",
    "Bom dia, para terça: arroz 1 saco, 2 caixas de salmão, 1 bidão de óleo de girassol. Obrigado, João",
    [L(None, 1, cands=RICE), L("FZ-SAL-20", 2), L("OIL-SUN-20", 1)],
    ["family", "multilingual"],
    "long grain, easy cook or basmati rice not said",
    hist=True,
)
m(
    c,
    "ORDER",
    "O mesmo da semana passada, mas sem a gelatina e com 3 caixas de luvas de vinil L em vez de 2",
    [L("GLV-VIN", 3, "Large")],
    ["reference", "multilingual", "variant"],
    "last week's order without the jelly and with 3 boxes of large vinyl gloves",
    ref="last",
    mods=[("remove", "DES-JEL-12"), ("set", "GLV-VIN", 3)],
)
m(
    c,
    "ORDER",
    "João aqui. Quinta-feira: 10 leites meio-gordo 2 pints, 2 caixas de peito de frango 4-6oz, 1 caixa de tomate pelado",
    [L("MLK-SEMI", 10, "2 Pint"), L("FZ-CHB-5", 2, "4-6oz"), L("TIN-PLT-25", 1)],
    ["multilingual", "variant", "number_in_name"],
    "tomate pelado = plum tomatoes",
)
m(c, "OTHER", "Obrigado pela entrega de hoje, estava tudo certo 👍", tags=["other", "multilingual", "emoji"])
m(
    c,
    "QUESTION",
    "Vocês têm bacalhau salgado? Gostaria de saber o preço por kg",
    tags=["question", "not_in_catalog", "multilingual", "non_order_request"],
)
m(
    c,
    "ORDER",
    "Para sexta: 3 sacos de legumes mistos, 2 embalagens de papel azul e 2 tabuleiros de ovos",
    [L("FZ-MXV-25", 3), L("HYG-BLR-6", 2), L(None, 2, item="eggs")],
    ["multilingual", "not_in_catalog"],
    "eggs are not stocked",
)

# ---------------------------------------------------------------- meadowbank-care (whatsapp, Romanian, steady)
c = "meadowbank-care"
m(
    c,
    "ORDER",
    "Bună ziua, pentru joi: brânză 1, mănuși 2 cutii, 16 lapte semidegresat 2 pinte. Mulțumesc, Ionela",
    [L(None, 1, cands=CHEESE), L(None, 2, cands=GLOVES), L("MLK-SEMI", 16, "2 Pint")],
    ["family", "multilingual", "variant"],
    "which cheese and which gloves (and size) not said",
    hist=True,
)
m(
    c,
    "ORDER",
    "Ca de obicei pentru joi, plus 2 saci de fusilli",
    [L("PAS-FUS-3", 2)],
    ["reference", "multilingual"],
    "the usual plus 2 bags of fusilli",
    ref="usual",
    mods=[("add", L("PAS-FUS-3", 2))],
)
m(
    c,
    "ORDER",
    "Vă rog pentru luni: 3 cutii piept de pui 4-6oz, 6 kg carne tocată de vită, 1 sac orez bob lung",
    [L("FZ-CHB-5", 3, "4-6oz"), L("FZ-MIN-KG", 6), L("RIC-LG-10", 1)],
    ["multilingual", "variant", "weight"],
)
m(
    c,
    "COMPLAINT",
    "Iaurtul natural a venit expirat, 3 găleți. Vă rog să le înlocuiți.",
    tags=["complaint", "multilingual"],
)
m(c, "CHANGE", "Puteți muta livrarea de joi pe vineri? Mulțumesc", tags=["change", "multilingual"], change=[])
m(
    c,
    "ORDER",
    "pentru vineri 2 pungi mazăre și un bax de cola",
    [L("FZ-PEA-25", 2), L("DR-COK-24", 1)],
    ["multilingual"],
    "bax = case; cola is the Coca-Cola case, the only cola",
)

# ---------------------------------------------------------------- kestrel-logistics (whatsapp, regular)
c = "kestrel-logistics"
m(
    c,
    "ORDER",
    "can I get four cases of straight cut chips three boxes of pork sausages two cases of beans a tub of hellmanns 5 "
    "litre and a case of coke",
    [L("FZ-CHS-4", 4), L("FZ-SAU-60", 3), L(None, 2, cands=BEANS), L("SCE-MAY", 1, "5L"), L("DR-COK-24", 1)],
    ["spoken", "voice", "family", "variant", "non_order_request"],
    "voice note, no commas; which beans not said",
    hist=True,
)
m(c, "ORDER", "same as last week pls dev", [], ["reference"], "reference to last week's order", ref="last")
m(
    c,
    "ORDER",
    "add 2 cans of coke and 3 bottles still water pls",
    [L("DR-COK-24", 2), L("WA-STL-24", 3)],
    ["container"],
    "small-N rule: 2 cans = 2 cases, 3 bottles = 3 cases (review would also be acceptable, a fraction never)",
)
m(
    c,
    "ORDER",
    "1 case hot cups, 4 packs sliced ham, 1 cheddar block. ta",
    [L("CUP-HOT", 1, None), L("MT-HAM-1", 4), L("CHS-CHB-5", 1)],
    ["variant"],
    "hot cup size not said",
    hist=True,
)
m(c, "QUESTION", "can I pay by BACS instead of card from next month?", tags=["question", "non_order_request"])
m(
    c,
    "COMPLAINT",
    "mate the coke came in 2 squashed cases, cans leaking all over the van bay. want them replaced pls",
    tags=["complaint"],
)
m(
    c,
    "ORDER",
    "need 30 cans of coke for the fridge tmrw",
    [L("DR-COK-24", None, qn="not a whole number")],
    ["container"],
    "30 cans is 1.25 cases",
)

# ---------------------------------------------------------------- harbourside-council (email, steady)
c = "harbourside-council"
SIG_H = (
    "\n\nMany thanks\nHelen Okafor\nRestaurant Manager, Harbourside Civic Centre\n1 Quay Street, Harbourside\n"
    "Tel: 020 7946 0722"
)
m(
    c,
    "ORDER",
    "Subject: Order - Civic Centre Restaurant\n\nHi,\nPlease send on Wednesday:\nsugar sticks x2\nbasmati x1\noat milk x3\n"
    "3 boxes milk portions" + SIG_H,
    [L(None, 2, cands=SUGST), L("RIC-BAS", 1, None), L(None, 3, cands=OAT), L("PP-MLK-120", 3)],
    ["family", "variant", "signature"],
    "white or brown sugar sticks (both bought); basmati size not said; barista or original oat",
    hist=True,
)
m(
    c,
    "ORDER",
    "Subject: Wednesday order\n\n1 x Yorkshire tea 1200, 1 x Nescafe 750g, 1 case 12oz hot cups, 2 cases sparkling "
    "water, 2 cases still water, 1 case white dinner napkins.\nHelen",
    [
        L("HD-YT-1200", 1),
        L("HD-NES-750", 1),
        L("CUP-HOT", 1, "12oz"),
        L("WA-SPK-24", 2),
        L("WA-STL-24", 2),
        L("NAP-D40", 1, "White"),
    ],
    ["variant", "number_in_name"],
)
m(
    c,
    "OTHER",
    "Subject: new contact\n\nHi, I'd like to add our new chef, Marcus Bell (marcus.bell@harbourside-council.example), "
    "to the order confirmation emails please.\nHelen",
    tags=["other", "non_order_request"],
)
m(
    c,
    "QUESTION",
    "Subject: Quote - Mayor's reception 2 July\n\nCould you quote for 4 boxes of salmon portions, 2 cases still water "
    "and 3 cases navy dinner napkins? It's a reception for 180 guests, not confirmed yet." + SIG_H,
    tags=["question", "quote", "non_order_request"],
)
m(
    c,
    "ORDER",
    "Subject: napkins\n\nCan you add 2 cases of navy napkins to Wednesday? Helen",
    [L(None, 2, cands=NAPK, cv="Navy")],
    ["family", "variant", "non_order_request"],
    "lunch or dinner napkins, both come in navy",
    hist=True,
)
m(
    c,
    "ORDER",
    "Subject: coffee etc\n\n1 Nescafe, 1 decaf coffee and 2 single cream please.\nH",
    [L("HD-NES-750", 1), L(None, 1, item="decaf instant coffee"), L("CRM-SGL-1", 2)],
    ["not_in_catalog"],
    "no decaf coffee is stocked",
)

# ---------------------------------------------------------------- vantage-contract (email, regular)
c = "vantage-contract"
SIG_V = "\n\nKind regards\nSanjay Mehta\nPurchasing, Vantage Contract Catering\n020 7946 0954"
m(
    c,
    "ORDER",
    "Subject: PO VCC-30982 - Meridian Park site\n\nPlease deliver Monday 14/06 to Meridian Park, Unit 4:\n\n"
    "2 x Tilda basmati 20kg\n4 x chicken breast fillets 4-6oz\n15kg diced beef\n4 x chopped tomatoes\n2 x rapeseed oil 20L\n"
    "2 x Knorr chicken stock\n6 x straight cut chips" + SIG_V,
    [
        L("RIC-BAS", 2, "20kg"),
        L("FZ-CHB-5", 4, "4-6oz"),
        L("FZ-DCB-KG", 15),
        L("TIN-CHT-25", 4),
        L("OIL-RAP", 2, "20L"),
        L("STK-CHK-11", 2),
        L("FZ-CHS-4", 6),
    ],
    ["variant", "signature", "number_in_name", "weight"],
    "14/06, Unit 4 and the PO are not quantities",
)
m(
    c,
    "ORDER",
    "Subject: PO VCC-31004 consumables\n\n3 x cling film, 2 x foil 45cm, 6 boxes blue nitrile L, 2 cases sanitiser spray.\nSanjay",
    [L("WRP-CLG", 3, None), L("WRP-FOI", 2, "45cm x 75m"), L("GLV-NIT", 6, "Large"), L("HYG-SAN-6", 2)],
    ["variant"],
    "cling film width not said",
    hist=True,
)
m(
    c,
    "ORDER",
    "Subject: PO VCC-31022\n\nUsual order for Meridian Park please, but no kidney beans this week and 8 cases of chips "
    "instead of 6." + SIG_V,
    [L(None, 8, cands=CHIPS)],
    ["reference", "family", "signature"],
    "the usual without kidney beans and with 8 cases of chips",
    ref="usual",
    mods=[("remove", "TIN-KDB-25"), ("set", "FZ-CHS-4", 8)],
)
m(
    c,
    "ORDER",
    "Subject: PO VCC-31040 Riverside Park site\n\n24 x 1L orange juice and 2 x 6 x 2.5kg plum tomatoes.\nSanjay",
    [L("DR-OJ1-12", 2), L("TIN-PLT-25", 2)],
    ["pack", "count", "number_in_name"],
    "24 x 1L = 2 cases of 12; 2 x (6 x 2.5kg) = 2 cases",
)
m(
    c,
    "COMPLAINT",
    "Subject: Invoice INV-40391 pricing\n\nThe 20kg basmati has been charged at £39.50 a bag, our agreed price is "
    "£36.50. Please issue a credit note for the 2 bags." + SIG_V,
    tags=["complaint"],
)
m(
    c,
    "ORDER",
    "Subject: New site - Harlow Gate\n\nWe open a new canteen at Harlow Gate on 21 June. Please set it up on 30-day "
    "terms like our other sites and send 2 x chicken breast 6-8oz, 3 x penne and 2 cases chopped tomatoes for the first "
    "delivery." + SIG_V,
    [L("FZ-CHB-5", 2, "6-8oz"), L("PAS-PEN-3", 3), L("TIN-CHT-25", 2)],
    ["credit", "variant"],
    "a new delivery site on 30-day terms must be set up by a human",
    why="new site on account terms",
)
m(
    c,
    "CANCEL",
    "Subject: Cancel PO VCC-31040\n\nPlease cancel PO VCC-31040 in full, the Riverside Park client has closed the canteen "
    "for refurbishment." + SIG_V,
    tags=["cancel"],
)

# ---------------------------------------------------------------- pennine-mills (sms, steady)
c = "pennine-mills"
m(
    c,
    "ORDER",
    "bev pennine mills. chips 3, cod 2 box, 2 bags peas, 1 yorkshires for thurs ta",
    [L(None, 3, cands=CHIPS), L(None, 2, cands=COD), L("FZ-PEA-25", 2), L("FZ-YPD-60", 1)],
    ["family"],
    "which chips; cod could be fish fingers or battered fillets",
    hist=True,
)
m(
    c,
    "ORDER",
    "to boxes of pork sausages for cases of straight cut chips and a tub of gravy granules",
    [L("FZ-SAU-60", 2), L("FZ-CHS-4", 4), L(None, 1, cands=GRAVY)],
    ["homophone", "spoken", "voice", "family"],
    "voice-to-text: to = two, for = four; which gravy not said",
    hist=True,
)
m(
    c,
    "ORDER",
    "2 cs coke, 1 box salt sachets, 1 box ketchup sachets, 1 choc sponge. Bev",
    [L("DR-COK-24", 2), L("PP-SLT-2000", 1), L("PP-KET-200", 1), L("FZ-SPC-48", 1)],
    [],
)
m(
    c,
    "QUESTION",
    "what time is delivery thurs? need to know if someone has to stay on late",
    tags=["question"],
)
m(
    c,
    "ORDER",
    "1 box brown sauce sachets and 2 box ketchup sachets pls",
    [L(None, 1, item="brown sauce sachets"), L("PP-KET-200", 2)],
    ["not_in_catalog"],
    "brown sauce sachets are not stocked",
)
m(
    c,
    "ORDER",
    "need 2-3 boxes of the 6-7oz battered cod for fri",
    [L("FZ-COD-5", None, "6-7oz", qn="quantities not stated")],
    ["range", "variant", "number_in_name"],
    "a range: quantities not stated",
)

# ---------------------------------------------------------------- greenway-college (email, regular)
c = "greenway-college"
SIG_G = "\n\nCheers\nCraig Dunn\nRefectory Supervisor, Greenway College\nGreenway Road, Thornbury\nTel 0117 496 0233"
m(
    c,
    "ORDER",
    "Subject: Refectory order Tuesday\n\nHi there,\n\n2 x chicken breast 6-8oz\n2 x long grain rice 10kg\n4 x penne\n"
    "3 x chopped toms\n2 x grated mozzarella\n4 x crinkle cut chips" + SIG_G,
    [
        L("FZ-CHB-5", 2, "6-8oz"),
        L("RIC-LG-10", 2),
        L("PAS-PEN-3", 4),
        L("TIN-CHT-25", 3),
        L("CHS-MOZ-2", 2),
        L("FZ-CHC-4", 4),
    ],
    ["variant", "signature", "number_in_name"],
)
m(
    c,
    "ORDER",
    "Subject: Re: order\n\nSame as last week but swap the crinkle chips for 4 cases of straight cut.\nCraig",
    [L("FZ-CHS-4", 4)],
    ["reference"],
    "last week's order with straight cut instead of crinkle cut chips",
    ref="last",
    mods=[("remove", "FZ-CHC-4"), ("add", L("FZ-CHS-4", 4))],
)
m(
    c,
    "QUESTION",
    "Subject: Vegan options\n\nI would like to know which vegan desserts you stock, we're adding a plant-based counter "
    "in September." + SIG_G,
    tags=["question", "non_order_request"],
)
m(
    c,
    "ORDER",
    "Subject: add-on\n\nCould you add 72 cans of coke and 2000 white lunch napkins to Tuesday's order please.\nCraig",
    [L("DR-COK-24", 3), L("NAP-L33", 1, "White")],
    ["container", "count", "variant", "non_order_request"],
    "72 cans = 3 cases; 2000 napkins = 1 case",
)
m(
    c,
    "COMPLAINT",
    "Subject: Missing items\n\nTuesday's delivery was missing the 2 boxes of vegetarian sausages, and we got grated "
    "cheddar instead of the mozzarella.\nCraig",
    tags=["complaint"],
)
m(
    c,
    "ORDER",
    "Subject: desserts\n\n3 sponges and 2 custard for tuesday pls\nC",
    [L(None, 3, cands=SPONGE), L(None, 2, cands=CUSTARD)],
    ["family"],
    "chocolate or jam sponge; custard powder, instant or ready to serve (never bought, history does not help)",
)

# ---------------------------------------------------------------- little-acorns (whatsapp, steady)
c = "little-acorns"
m(
    c,
    "ORDER",
    "Hi it's Kerry at Little Acorns 🌰 can we have oat milk x2 and milk x10 for Friday? thanks!",
    [L(None, 2, cands=OAT), L(None, 10, cands=MILK)],
    ["family", "emoji", "non_order_request"],
    "which oat drink and which milk",
    hist=True,
)
m(
    c,
    "ORDER",
    "4 oat milks please",
    [L(None, None, cands=OAT, qn="quantities not stated")],
    ["pack", "family"],
    "4 cartons or 4 cases, and barista or original, not said",
    hist=True,
)
m(
    c,
    "ORDER",
    "Friday please: 1 case gf bread, 1 case gluten free penne, 1 tub pure spread, 1 bag violife, 1 box cod fish fingers, "
    "1 bag macaroni",
    [
        L("GF-BRD-8", 1),
        L("GF-PEN-12", 1),
        L("SPR-PUR-2", 1),
        L("DF-CHS-1", 1),
        L("FZ-FFC-120", 1),
        L("PAS-MAC-3", 1),
    ],
    [],
)
m(
    c,
    "QUESTION",
    "Do your cod fish fingers have milk in them? One of our toddlers has a milk allergy",
    tags=["question"],
)
m(
    c,
    "ORDER",
    "could we add 2 packs of soya yoghurts and 1 box of rice cakes to friday",
    [L(None, 2, item="soya yoghurt"), L(None, 1, item="rice cakes")],
    ["not_in_catalog", "non_order_request"],
    "neither is stocked",
)
m(
    c,
    "OTHER",
    "Hi, our opening hours change from July to 7.30-6, deliveries any time after 7.30 are fine 😊",
    tags=["other", "emoji"],
)

# ---------------------------------------------------------------- st-lukes-hospice (email, regular)
c = "st-lukes-hospice"
SIG_L = "\n\nWith thanks,\nRachel Penhaligon\nCatering Lead, St Luke's Hospice\n7 Orchard Rise\n020 7946 0615"
m(
    c,
    "ORDER",
    "Subject: Weekly order\n\nHello, the usual please for Wednesday, plus 2 extra tubs of vanilla ice cream - one of our "
    "families is holding a small tea on Saturday." + SIG_L,
    [L("FZ-ICV-4", 2)],
    ["reference", "signature"],
    "the usual plus 2 tubs of vanilla ice cream (a reason is given)",
    ref="usual",
    mods=[("add", L("FZ-ICV-4", 2))],
)
m(
    c,
    "ORDER",
    "Subject: Order\n\n12 x semi skimmed 2 pint\n2 x double cream\n1 case peach slices\n1 case ambrosia custard\n"
    "4 tins Nutilis clear\n\nRachel",
    [
        L("MLK-SEMI", 12, "2 Pint"),
        L("CRM-DBL-1", 2),
        L("TIN-PCH-3", 1),
        L("DES-CUR-12", 1),
        L("TM-NUT", 4, "175g Tin"),
    ],
    ["variant"],
    "tins = the 175g tin",
)
m(
    c,
    "ORDER",
    "Subject: strawberries?\n\nIf you can get fresh strawberries this week, 2 trays please for the garden party. And 1 box "
    "of butter portions either way." + SIG_L,
    [L(None, 2, item="fresh strawberries"), L("PP-BUT-100", 1)],
    ["conditional", "not_in_catalog"],
    "conditional on an unstocked item",
    why="conditional order",
)
m(
    c,
    "QUESTION",
    "Subject: Thickener query\n\nIs Nutilis Clear fine for level 2 mildly thick drinks or do we need a different "
    "product? Our speech and language team asked.\nRachel",
    tags=["question"],
)
m(
    c,
    "OTHER",
    "Subject: Automatic reply: Order confirmation 48812\n\nThank you for your email. I am on annual leave until Monday 21st "
    "June with limited access to email. For urgent kitchen matters please call 020 7946 0616.",
    tags=["other", "auto_reply"],
)
m(
    c,
    "ORDER",
    "Subject: purees\n\n6 packs of the pureed meals please, for Friday.\nR",
    [L(None, 6, cands=PUREE4)],
    ["family"],
    "chicken dinner or shepherd's pie not said",
    hist=True,
)

# ---------------------------------------------------------------- brindle-park-care (whatsapp, Spanish, regular)
c = "brindle-park-care"
m(
    c,
    "ORDER",
    "Hola, para el lunes: aceite 1, guantes talla M 2 cajas, 10 leche semidesnatada 4 pintas. Gracias, Javier",
    [L(None, 1, cands=OIL), L(None, 2, cands=GLOVES, cv="Medium"), L("MLK-SEMI", 10, "4 Pint")],
    ["family", "variant", "multilingual"],
    "which oil and which gloves not said",
    hist=True,
)
m(
    c,
    "ORDER",
    "Lo mismo que la semana pasada pero sin yogures y con 3 cajas de pechugas de pollo en vez de 2",
    [L("FZ-CHB-5", 3, None)],
    ["reference", "multilingual"],
    "last week's order without the yoghurts and with 3 boxes of chicken breast",
    ref="last",
    mods=[("remove", "YOG-FRT-12"), ("set", "FZ-CHB-5", 3)],
)
m(
    c,
    "ORDER",
    "Para el jueves por favor: 2 sacos de espaguetis, 2 cajas de tomate triturado, 8 kg de carne picada",
    [L("PAS-SPA-3", 2), L("TIN-CHT-25", 2), L("FZ-MIN-KG", 8)],
    ["multilingual", "weight"],
)
m(
    c,
    "QUESTION",
    "¿Tenéis aceite de oliva? Quisiera saber el precio de la garrafa de 5 litros",
    tags=["question", "not_in_catalog", "multilingual", "non_order_request"],
)
m(
    c,
    "COMPLAINT",
    "Buenas, la mantequilla llegó caliente, la caja estaba blanda. No la podemos usar. ¿Podéis cambiarla?",
    tags=["complaint", "multilingual"],
)
m(
    c,
    "ORDER",
    "Por favor añadid 36 yogures de frutas al pedido del lunes",
    [L("YOG-FRT-12", 3)],
    ["count", "multilingual"],
    "36 yoghurts = 3 cases of 12",
)

# ---------------------------------------------------------------- nordale-distribution (sms, Polish, regular)
c = "nordale-distribution"
m(
    c,
    "ORDER",
    "Tomasz, Nordale: jak w zeszłym tygodniu plus 2 opakowania szynki",
    [L("MT-HAM-1", 2)],
    ["reference", "multilingual"],
    "last week's order plus 2 packs of ham",
    ref="last",
    mods=[("add", L("MT-HAM-1", 2))],
)
m(
    c,
    "ORDER",
    "Na piątek: 3 pudełka kiełbasek wieprzowych, 3 kartony frytek prostych, 2 kartony fasolki Heinz zwykłej, "
    "10 kg wołowiny w kostkę",
    [L("FZ-SAU-60", 3), L("FZ-CHS-4", 3), L("TIN-BB-A10", 2), L("FZ-DCB-KG", 10)],
    ["multilingual", "weight"],
    "fasolka Heinz zwykła = the regular Heinz baked beans",
)
m(
    c,
    "ORDER",
    "48 puszek coli i 1 karton kubków 8oz",
    [L("DR-COK-24", 2), L("CUP-HOT", 1, "8oz")],
    ["container", "count", "variant", "multilingual"],
    "48 cans = 2 cases",
)
m(
    c,
    "ORDER",
    "potrzebuję 100 bułek na jutro",
    [L("FZ-ROL-48", None, qn="not a whole number")],
    ["count", "multilingual"],
    "100 rolls is no whole number of cases of 48",
)
m(c, "QUESTION", "Czy dostawa w sobotę jest możliwa? Mamy inwentaryzację", tags=["question", "multilingual"])
m(
    c,
    "CHANGE",
    "Zmiana: w piątkowym zamówieniu zamiast 3 pudełek kiełbasek proszę 5",
    tags=["change", "multilingual"],
    change=[L("FZ-SAU-60", 5)],
)

# ---------------------------------------------------------------- ashby-university (email, steady)
c = "ashby-university"
SIG_A = "\n\nThanks\nNadia Hussain\nHalls Catering Manager, Ashby University\nRefectory Building, Ashby Campus\n01632 960233"
m(
    c,
    "ORDER",
    "Subject: Halls breakfast order\n\nHello,\nFor Tuesday: orange juice x4, apple juice x2, 30 x semi skimmed 4 pint, "
    "3 x Oatly barista." + SIG_A,
    [L(None, 4, cands=OJ), L(None, 2, cands=AJ), L("MLK-SEMI", 30, "4 Pint"), L("DF-OTB-6", 3)],
    ["family", "variant", "signature"],
    "1L or carton juices not said",
    hist=True,
)
m(
    c,
    "ORDER",
    "Subject: Tuesday add\n\n6 x corn flakes 4x500g, 2 x Weetabix 96, 4 boxes butter portions, 2 boxes jam portions.\nNadia",
    [L("CER-CFL-4", 6), L("CER-WEE-96", 2), L("PP-BUT-100", 4), L("PP-JAM-100", 2)],
    ["number_in_name"],
)
m(
    c,
    "OTHER",
    "Subject: Summer vacation\n\nHalls close for the summer on 25 June; please pause our standing order from 28 June to "
    "13 September. Conference catering will order separately." + SIG_A,
    tags=["other"],
)
m(
    c,
    "OTHER",
    "Subject: Conference catering\n\nCan I open a second account for our conference team, with its own invoices? They "
    "will order for events over the summer.\nNadia",
    tags=["other", "non_order_request"],
)
m(
    c,
    "ORDER",
    "Subject: Tuesday\n\n4 cases of the regular baked beans... no sorry, make that 5. And 3 cases white rolls.\nNadia",
    [L("TIN-BB-A10", 5), L("FZ-ROL-48", 3)],
    ["self_correction"],
    "regular = not the reduced sugar beans",
)
m(
    c,
    "COMPLAINT",
    "Subject: Oatly short-dated\n\nThe Oatly barista delivered last week has a best-before of this Friday, far "
    "too short for us. Please don't send stock with less than 4 weeks' life." + SIG_A,
    tags=["complaint"],
)

# ---------------------------------------------------------------- hartwell-hospital (whatsapp, Portuguese, steady)
c = "hartwell-hospital"
m(
    c,
    "ORDER",
    "Olá, o habitual para quarta-feira por favor, mas com 4 caixas de brócolos em vez de 3. Ana",
    [L("FZ-BRO-25", 4)],
    ["reference", "multilingual"],
    "the usual with 4 bags of broccoli instead of 3",
    ref="usual",
    mods=[("set", "FZ-BRO-25", 4)],
)
m(
    c,
    "ORDER",
    "Ana do Hartwell: 2 caixas de bacalhau panado pequeno, 2 sacos arroz easy cook e 4 garrafões de óleo de colza 5L",
    [L("FZ-COD-5", 2, "4-5oz"), L("RIC-EC-10", 2), L("OIL-RAP", 4, "5L")],
    ["multilingual", "variant"],
    "pequeno = the small 4-5oz fillets",
)
m(
    c,
    "ORDER",
    "luvas azuis S 3 caixas e 2 gelatina de morango, obrigada",
    [L("GLV-NIT", 3, "Small"), L("DES-JEL-12", 2)],
    ["multilingual", "variant"],
    "blue gloves are the nitrile ones",
)
m(
    c,
    "COMPLAINT",
    "O salmão veio descongelado, 2 caixas. Não podemos aceitar.",
    tags=["complaint", "multilingual"],
)
m(
    c,
    "QUESTION",
    "Gostaria de saber se vocês têm água com gás em garrafa de vidro",
    tags=["question", "multilingual", "not_in_catalog", "non_order_request"],
)
m(
    c,
    "ORDER",
    "preciso de 30 garrafas de água sem gás para amanhã",
    [L("WA-STL-24", None, qn="not a whole number")],
    ["container", "multilingual"],
    "30 bottles is 1.25 cases",
)

# ---------------------------------------------------------------- summit-camps (email, irregular)
c = "summit-camps"
SIG_S = "\n\nJordan Reeve\nSummit Sports Holiday Camps\n07700 900614"
m(
    c,
    "ORDER",
    "Subject: Camp week 1\n\nHi, can you send our usual camp order for Monday 14th, plus 4 cases of fruit shoots? "
    "120 kids this week.\nJordan",
    [L("DR-FSH-24", 4)],
    ["reference", "non_order_request"],
    "the camps never order the same basket twice: no usual",
    ref="none",
)
m(
    c,
    "ORDER",
    "Subject: Camp week 2 order\n\n3 cases chicken nuggets (4x1kg)\n4 cases straight cut chips\n4 cases white rolls\n"
    "6 cases fruit shoots\n8 cases still water\n2 boxes ice cream cups" + SIG_S,
    [
        L("FZ-NUG-4", 3),
        L("FZ-CHS-4", 4),
        L("FZ-ROL-48", 4),
        L("DR-FSH-24", 6),
        L("WA-STL-24", 8),
        L("FZ-ICC-48", 2),
    ],
    ["signature", "number_in_name"],
    "chicken nuggets are the plain breaded nuggets",
)
m(
    c,
    "QUESTION",
    "Subject: Allergen matrix\n\nCould you send an allergen matrix for everything we ordered last summer? We have "
    "14 children with allergies on camp." + SIG_S,
    tags=["question", "non_order_request"],
)
m(
    c,
    "ORDER",
    "Subject: extra drinks\n\n60 fruit shoots and 2 packs of squash for Wednesday please\nJ",
    [L("DR-FSH-24", None, qn="not a whole number"), L("DR-SQO-2", 2)],
    ["count"],
    "60 fruit shoots is 2.5 cases",
)
m(
    c,
    "ORDER",
    "Subject: ice lollies\n\nIf you've got ice lollies in stock send 3 boxes for Friday, otherwise nothing.\nJordan",
    [L(None, 3, item="ice lollies")],
    ["conditional", "not_in_catalog"],
    "conditional on an unstocked item",
    why="conditional order",
)

# ---------------------------------------------------------------- new-horizons-school (email, first-time)
c = "new-horizons-school"
SIG_NH = "\n\nDaniel Asante\nSchool Business Manager, New Horizons Free School\n020 7946 0188"
m(
    c,
    "ORDER",
    "Subject: First order - New Horizons Free School\n\nHello,\nWe've just set up our 30-day account with your sales team "
    "(ref NH-0042). First delivery for Monday please:\n4 cases crinkle cut chips\n2 boxes cod fish fingers\n3 bags garden peas\n"
    "2 cases reduced sugar beans\n4 cases apple juice cartons" + SIG_NH,
    [L("FZ-CHC-4", 4), L("FZ-FFC-120", 2), L("FZ-PEA-25", 3), L("TIN-BBR-A10", 2), L("DR-AJC-24", 4)],
    ["credit", "new_customer", "signature"],
    "first order on a 30-day account",
    why="first order on a 30-day account",
)
m(
    c,
    "ORDER",
    "Subject: repeat\n\nCould you send the same as our first order again for next Monday? Thanks, Daniel",
    [],
    ["reference", "new_customer", "non_order_request"],
    "a first-time customer: messages are not history",
    ref="none",
)
m(
    c,
    "QUESTION",
    "Subject: Delivery windows\n\nWhat delivery slots do you have on a Monday? The kitchen opens at 7am and the 2.30pm "
    "school run blocks the gate." + SIG_NH,
    tags=["question", "new_customer"],
)
m(
    c,
    "ORDER",
    "Subject: consumables\n\n2 cases of green lunch napkins and 3 boxes of small vinyl gloves please.\nDaniel",
    [L("NAP-L33", 2, None, nofill=True), L("GLV-VIN", 3, "Small")],
    ["variant", "new_customer"],
    "green is not a napkin colour: variant not stated, never filled from history",
)

# ---------------------------------------------------------------- elm-tree-lodge (whatsapp, first-time)
c = "elm-tree-lodge"
m(
    c,
    "ORDER",
    "Hi, this is Grace, the new cook at Elm Tree Lodge care home. First order, we'll pay on delivery: 10 x whole milk "
    "4 pint, 1 case salted butter, 2 boxes yorkshire tea bags, 2 packs pureed roast chicken dinner, 2 tins nutilis clear",
    [
        L("MLK-WHL", 10, "4 Pint"),
        L("BUT-BLK-40", 1),
        L("HD-YT-1200", 2),
        L("TM-L4C-6", 2),
        L("TM-NUT", 2, "175g Tin"),
    ],
    ["new_customer", "variant"],
    "a first order paid on delivery ships as written",
)
m(
    c,
    "ORDER",
    "and 4 boxes of large gloves please",
    [L(None, 4, cands=GLOVES, cv="Large")],
    ["family", "variant", "new_customer"],
    "nitrile or vinyl, both come in large",
)
m(
    c,
    "ORDER",
    "Grace @ Elm Tree: 2 boxes of battered cod for Friday please",
    [L("FZ-COD-5", 2, None)],
    ["variant", "new_customer"],
    "fillet size not said",
)
m(
    c,
    "QUESTION",
    "What's your minimum order for free delivery? Grace, Elm Tree Lodge",
    tags=["question", "new_customer"],
)

# ================================================================ more traffic: everyday orders and notices
c = "st-aidans-primary"
m(
    c,
    "ORDER",
    "Subject: Friday\n\nHello, for Friday could we have 2 x GF chicken nuggets, 3 x sweetcorn (frozen), 1 x custard "
    "powder and 2 x pasta sauce.\n\nKind regards, Janet",
    [L("GF-NUG-2", 2), L("FZ-SWC-25", 3), L("DES-CUP-3", 1), L("SCE-PAS-2", 2)],
    [],
    "frozen names the frozen sweetcorn",
)
m(
    c,
    "ORDER",
    "Subject: order\n\n2 cses chiken nugets, 3 straigt cut chips, 6 x 4pt semi skimed. Thanks Janet",
    [L("FZ-NUG-4", 2), L("FZ-CHS-4", 3), L("MLK-SEMI", 6, "4 Pint")],
    ["typo", "variant"],
    "chicken nuggets are the plain breaded nuggets (the gluten free ones carry their word)",
)
m(
    c,
    "OTHER",
    "Subject: invoice address\n\nPlease note our invoices should now go to finance@staidans-primary.example "
    "instead of the school office. Thank you, Janet",
    tags=["other"],
)
c = "oakfield-academy"
m(
    c,
    "ORDER",
    "Subject: PO 55231\n\nAdd to Thursday: 4 boxes large chicken fillets, 2 bags broccoli, 1 box mayo sachets.\nGareth",
    [L("FZ-CHB-5", 4, "6-8oz"), L("FZ-BRO-25", 2), L("PP-MAY-198", 1)],
    ["variant"],
    "large fillets = 6-8oz",
)
m(
    c,
    "ORDER",
    "Subject: PO 55244 drinks\n\n8 x still water 24pk\n5 x apple juice cartons 24pk" + SIG_O,
    [L("WA-STL-24", 8), L("DR-AJC-24", 5)],
    ["number_in_name", "signature"],
)
m(
    c,
    "ORDER",
    "Subject: PO 55260\n\n3 x halal chicken sausages 60s and 2 x ketchup sachets 200s.\nGareth",
    [L("FZ-HCS-60", 3), L("PP-KET-200", 2)],
    ["number_in_name"],
)
c = "brambleton-primary"
m(
    c,
    "ORDER",
    "sue brambleton - 3 bags mixed veg 2 crinkle chips 1 box cod fingers for weds ta",
    [L("FZ-MXV-25", 3), L("FZ-CHC-4", 2), L("FZ-FFC-120", 1)],
    ["spoken"],
)
m(
    c,
    "ORDER",
    "pls add 1 box variety cereal packs + 2 bags frozen peas",
    [L("CER-VAR-40", 1), L("FZ-PEA-25", 2)],
    [],
)
c = "ysgol-bryn-derw"
m(
    c,
    "ORDER",
    "Pwnc: archeb\n\n2 focs selsig llysieuol, 2 gas sglodion syth, 3 bag pys. Diolch! Ceri",
    [L("FZ-VSA-60", 2), L("FZ-CHS-4", 2), L("FZ-PEA-25", 3)],
    [],
    "selsig llysieuol = vegetarian sausages; sglodion syth = straight cut chips",
)
m(
    c,
    "ORDER",
    "Subject: ice cream\n\nHi, 2 tubs of vanilla ice cream 4L for Friday's sports day please. Ceri",
    [L("FZ-ICV-4", 2)],
    ["number_in_name"],
    lang="en",
)
c = "northgate-hospital"
m(
    c,
    "ORDER",
    "Subject: PO NGH-77502\n\n2 x GF bread (case of 8)\n3 x ice cream cups 48\n1 x hot chocolate sachets 100\n"
    "2 x ambrosia custard 12s" + SIG_N,
    [L("GF-BRD-8", 2), L("FZ-ICC-48", 3), L("HD-HCS-100", 1), L("DES-CUR-12", 2)],
    ["number_in_name", "signature"],
)
m(
    c,
    "ORDER",
    "Subject: PO NGH-77519\n\nDysphagia stock: 24 tins of Nutilis Clear and 4 packs each of the Level 4 roast chicken "
    "and Level 4 shepherd's pie.\nPriya",
    [L("TM-NUT", 24, "175g Tin"), L("TM-L4C-6", 4), L("TM-L4S-6", 4)],
    ["variant", "number_in_name"],
)
c = "riverside-community-hospital"
m(
    c,
    "ORDER",
    "Tom here, 2 boxes small chicken fillets and 2 level 6 fish pie packs for Thursday, ta",
    [L("FZ-CHB-5", 2, "4-6oz"), L("TM-L6F-6", 2)],
    ["variant", "number_in_name"],
    "small fillets = 4-6oz",
)
m(
    c,
    "ORDER",
    "Could you add 2 cases of ambrosia custard and a roll of blue aprons to tomorrow? Cheers",
    [L("DES-CUR-12", 2), L("APR-PE", 1, "Blue")],
    ["variant", "non_order_request"],
)
m(c, "ORDER", "2 x jar nescafe and 3 boxes milk pots pls", [L("HD-NES-750", 2), L("PP-MLK-120", 3)], [])
c = "willow-court-care"
m(
    c,
    "ORDER",
    "morning! 14 x 2 pint whole milk, 3 double cream, 1 case salted butter please Linda",
    [L("MLK-WHL", 14, "2 Pint"), L("CRM-DBL-1", 3), L("BUT-BLK-40", 1)],
    ["variant"],
)
m(
    c,
    "ORDER",
    "Linda again, sorry forgot: 1 drinking chocolate and 1 case of peach slices 😊",
    [L("HD-DCH-2", 1), L("TIN-PCH-3", 1)],
    ["emoji"],
)
c = "lavender-house"
m(
    c,
    "ORDER",
    "Na piątek: 2 worki spaghetti, 3 wiaderka jogurtu naturalnego, 2 paczki puree z kurczakiem (poziom 4). Marta",
    [L("PAS-SPA-3", 2), L("YOG-NAT-2", 3), L("TM-L4C-6", 2)],
    [],
)
m(
    c,
    "ORDER",
    "Proszę 1 worek mąki zwykłej 16kg i 2 worki cukru drobnego",
    [L("FLR-PLN-16", 1), L("SUG-CAS-3", 2)],
    ["number_in_name"],
    "mąka zwykła = plain flour; cukier drobny = caster sugar",
)
c = "st-brigids-nursing"
m(
    c,
    "ORDER",
    "Para quarta: 2 caixas de luvas de vinil L, 2 potes de Flora, 1 queijo cheddar em bloco",
    [L("GLV-VIN", 2, "Large"), L("SPR-FLR-2", 2), L("CHS-CHB-5", 1)],
    ["variant"],
    "potes (tubs) of Flora = the 2kg tub",
)
m(
    c,
    "ORDER",
    "João: 3 sacos legumes mistos e 1 gelatina morango para amanhã",
    [L("FZ-MXV-25", 3), L("DES-JEL-12", 1)],
    [],
)
c = "meadowbank-care"
m(
    c,
    "ORDER",
    "Pentru marți: 2 pungi de mazăre, 3 găleți iaurt natural, 1 bloc cheddar 5kg. Mulțumesc",
    [L("FZ-PEA-25", 2), L("YOG-NAT-2", 3), L("CHS-CHB-5", 1)],
    ["number_in_name"],
)
m(
    c,
    "ORDER",
    "2 cutii mănuși nitril M și 1 cutie ceai Yorkshire",
    [L("GLV-NIT", 2, "Medium"), L("HD-YT-1200", 1)],
    ["variant"],
)
c = "kestrel-logistics"
m(
    c,
    "ORDER",
    "yeah can we have two cases of coke a case of still water and four packs of ham for tomorrow cheers",
    [L("DR-COK-24", 2), L("WA-STL-24", 1), L("MT-HAM-1", 4)],
    ["spoken", "voice", "non_order_request"],
)
m(
    c,
    "ORDER",
    "4 cs white rolls + 2 boxes ketchup sachets + 2 nescafe",
    [L("FZ-ROL-48", 4), L("PP-KET-200", 2), L("HD-NES-750", 2)],
    [],
)
m(c, "OTHER", "cheers for sorting the coke, all good now 👍", tags=["other", "emoji"])
c = "harbourside-council"
m(
    c,
    "ORDER",
    "Subject: Re: Wednesday delivery\n\nYes please, and could you also add 1 box of salmon portions and 2 single cream.\n\n"
    "> On 8 Jun, Larder & Ladle wrote:\n> Your order 48890 is confirmed for Wednesday 9 June.\n\nHelen",
    [L("FZ-SAL-20", 1), L("CRM-SGL-1", 2)],
    ["quoted", "non_order_request"],
    "order number and dates in the quote are not quantities",
)
m(
    c,
    "ORDER",
    "Subject: order\n\n2 x Oatly barista, 1 x brown sugar sticks, 1 x white sugar sticks, 3 x milk portions.\nH",
    [L("DF-OTB-6", 2), L("PP-SGB-1000", 1), L("PP-SGW-1000", 1), L("PP-MLK-120", 3)],
    [],
)
m(
    c,
    "CHANGE",
    "Subject: Move delivery\n\nCould Wednesday's delivery come on Thursday instead? The building is closed for a fire "
    "drill." + SIG_H,
    tags=["change"],
    change=[],
)
c = "vantage-contract"
m(
    c,
    "ORDER",
    "Subject: PO VCC-31058 Meridian Park\n\n2 x rapeseed oil 20 litre\n2 x ketchup jugs\n4 x kidney beans\n"
    "3 x cling film 45cm\n\nthanks, Sanjay",
    [L("OIL-RAP", 2, "20L"), L("SCE-KET-45", 2), L("TIN-KDB-25", 4), L("WRP-CLG", 3, "45cm x 300m")],
    ["variant", "signature", "number_in_name"],
    "45cm with cling film names the 45cm roll",
)
m(
    c,
    "ORDER",
    "Subject: PO VCC-31061 Riverside Park\n\n1 x the big basmati (20kg), 6 boxes XL nitrile gloves and 12kg diced beef."
    "\nSanjay",
    [L("RIC-BAS", 1, "20kg"), L("GLV-NIT", 6, "X-Large"), L("FZ-DCB-KG", 12)],
    ["variant", "weight"],
)
c = "pennine-mills"
m(
    c,
    "ORDER",
    "2 box battred cod 6/7, 2 peas, 1 gravy granuals bisto original, 1 choc spunge. bev",
    [L("FZ-COD-5", 2, "6-7oz"), L("FZ-PEA-25", 2), L("GRV-BIS-18", 1), L("FZ-SPC-48", 1)],
    ["variant", "typo"],
    "6/7 = the 6-7oz fillets",
)
m(
    c,
    "ORDER",
    "Bev: 3 cs straight chips 2 box pork bangers 1 box yorkies",
    [L("FZ-CHS-4", 3), L("FZ-SAU-60", 2), L("FZ-YPD-60", 1)],
    ["spoken"],
)
m(c, "CANCEL", "cancel thurs order pls, works shut for a burst water main. bev", tags=["cancel"])
c = "greenway-college"
m(
    c,
    "ORDER",
    "Subject: Tuesday order\n\nHi, I'd like to order 2 boxes of veggie sausages, 2 cases of chicken nuggets and 6 cases "
    "of coke for Tuesday please.\nCraig",
    [L("FZ-VSA-60", 2), L("FZ-NUG-4", 2), L("DR-COK-24", 6)],
    ["non_order_request"],
)
m(
    c,
    "ORDER",
    "Subject: cups\n\n2 cases 12oz hot cups and 1 case sanitiser. Is the 16oz size coming back at all?\nCraig",
    [L("CUP-HOT", 2, "12oz"), L("HYG-SAN-6", 1)],
    ["variant", "side_question"],
    "an order with a side question is ORDER",
)
m(
    c,
    "CHANGE",
    "Subject: Tuesday add-on\n\nPlease take the coke and the napkins I added off Tuesday's order, the event has been "
    "called off.\nCraig",
    tags=["change"],
    change=[L("DR-COK-24", 0), L("NAP-L33", 0, "White")],
)
c = "little-acorns"
m(
    c,
    "ORDER",
    "Kerry: 10 x 4 pint whole milk, 4 cases fruit yoghurts, 1 pack squash for Friday 🙂",
    [L("MLK-WHL", 10, "4 Pint"), L("YOG-FRT-12", 4), L("DR-SQO-2", 1)],
    ["variant", "emoji"],
)
m(
    c,
    "ORDER",
    "Friday pls - 2 x Oatly original, 1 x Alpro soya, 1 blue roll",
    [L("DF-OTO-6", 2), L("DF-SOY-8", 1), L("HYG-BLR-6", 1)],
    [],
)
c = "st-lukes-hospice"
m(
    c,
    "ORDER",
    "Subject: Friday top-up\n\n1 box decaf tea bags, 2 packs roast chicken puree, 1 tub natural yoghurt.\nRachel",
    [L("HD-YTD-500", 1), L("TM-L4C-6", 2), L("YOG-NAT-2", 1)],
    [],
)
c = "brindle-park-care"
m(
    c,
    "ORDER",
    "Para el miércoles: 2 cajas de pechugas de pollo 6-8oz, 1 saco de arroz largo, 2 bolsas de verduras mixtas",
    [L("FZ-CHB-5", 2, "6-8oz"), L("RIC-LG-10", 1), L("FZ-MXV-25", 2)],
    ["variant", "number_in_name"],
)
m(
    c,
    "ORDER",
    "Javier: 1 garrafa aceite de girasol 20L y 2 cajas guantes vinilo M",
    [L("OIL-SUN-20", 1), L("GLV-VIN", 2, "Medium")],
    ["variant", "number_in_name"],
)
c = "nordale-distribution"
m(
    c,
    "ORDER",
    "2 kartony coli, 2 kartony wody niegazowanej, 1 pudełko saszetek ketchupu",
    [L("DR-COK-24", 2), L("WA-STL-24", 2), L("PP-KET-200", 1)],
    [],
)
m(
    c,
    "ORDER",
    "Na poniedziałek 12 kg wołowiny w kostkę i 3 kartony bułek",
    [L("FZ-DCB-KG", 12), L("FZ-ROL-48", 3)],
    ["weight"],
)
c = "ashby-university"
m(
    c,
    "ORDER",
    "Subject: Weekend\n\n3 boxes pork sausages, 2 boxes veggie sausages, 4 cases Heinz baked beans original, 3 cases "
    "white rolls.\nNadia",
    [L("FZ-SAU-60", 3), L("FZ-VSA-60", 2), L("TIN-BB-A10", 4), L("FZ-ROL-48", 3)],
    [],
)
m(
    c,
    "ORDER",
    "Subject: juice\n\n48 x 1L orange juice and 24 x 1L apple juice please, for Tuesday's breakfast.\nNadia",
    [L("DR-OJ1-12", 4), L("DR-AJ1-12", 2)],
    ["count", "pack"],
    "48 litre cartons = 4 cases of 12; 24 = 2 cases",
)
m(
    c,
    "QUESTION",
    "Subject: Statement\n\nI would like a copy of our May statement please, our finance team can't find it."
    + SIG_A,
    tags=["question", "non_order_request"],
)
c = "hartwell-hospital"
m(
    c,
    "ORDER",
    "Ana: 20 leites meio-gordo 2 pints e 2 caixas de porções de leite UHT",
    [L("MLK-SEMI", 20, "2 Pint"), L("PP-MLK-120", 2)],
    ["variant"],
)
m(
    c,
    "ORDER",
    "2 caixas de salmão e 4 embalagens de água sem gás (24)",
    [L("FZ-SAL-20", 2), L("WA-STL-24", 4)],
    [],
)
c = "summit-camps"
m(
    c,
    "ORDER",
    "Subject: Camp week 3\n\nHi, for Monday: 4 cases chips straight cut, 3 packs ham, 2 bags grated cheddar, 6 cases "
    "fruit shoots, 3 packs pasta sauce and 3 bags penne.\nJordan",
    [
        L("FZ-CHS-4", 4),
        L("MT-HAM-1", 3),
        L("CHS-CHG-2", 2),
        L("DR-FSH-24", 6),
        L("SCE-PAS-2", 3),
        L("PAS-PEN-3", 3),
    ],
    [],
)
c = "elm-tree-lodge"
m(
    c,
    "ORDER",
    "Grace: 2 boxes pork sausages, 1 box yorkshire puddings and a tub of bisto vegetable gravy, paying on delivery again",
    [L("FZ-SAU-60", 2), L("FZ-YPD-60", 1), L("GRV-BIV-18", 1)],
    ["new_customer"],
)

c = "st-aidans-primary"
m(
    c,
    "ORDER",
    "Subject: baking\n\nFor next week's bake sale: 1 sack self raising flour, 1 sack sponge mix and 2 bags caster "
    "sugar please.\nJanet",
    [L("FLR-SR-16", 1), L("BAK-SPG-12", 1), L("SUG-CAS-3", 2)],
    [],
)
c = "vantage-contract"
m(
    c,
    "ORDER",
    "Subject: PO VCC-31077\n\n2 x sweetcorn, 1 x pepper sachets, 1 x salt sachets\nSanjay",
    [L(None, 2, cands=SWEETCORN), L("PP-PEP-2000", 1), L("PP-SLT-2000", 1)],
    ["family"],
    "tinned or frozen sweetcorn (never bought, history does not help)",
)
c = "riverside-community-hospital"
m(
    c,
    "ORDER",
    "Can we get 2 red and 2 blue chopping boards please, and a box of flora portions. Tom",
    [L("CHB-CC", 2, "Red"), L("CHB-CC", 2, "Blue"), L("PP-FLR-100", 1)],
    ["variant", "non_order_request"],
    "two variants of one product",
)
m(
    c,
    "ORDER",
    "2 rolls of yellow aprons for the new starters pls",
    [L("APR-PE", 2, None, nofill=True)],
    ["variant"],
    "yellow is not an apron colour: variant not stated, never filled from history",
)
c = "elm-tree-lodge"
m(
    c,
    "ORDER",
    "Grace again - could you add a set of the colour coded chopping boards, one of each colour (6)?",
    [
        L("CHB-CC", 1, "Red"),
        L("CHB-CC", 1, "Blue"),
        L("CHB-CC", 1, "Yellow"),
        L("CHB-CC", 1, "Green"),
        L("CHB-CC", 1, "Brown"),
        L("CHB-CC", 1, "White"),
    ],
    ["variant", "new_customer", "non_order_request"],
    "one board of each of the six colours",
)
