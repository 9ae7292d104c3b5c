# ruff: noqa  (hand-written data generator of blind set 41, kept as its writer left it)
"""Messages of the 41st blind set and their plain labels, all hand-written.

m(customer, date, channel, language, intent, text, lines, notes, **extra)
extra: rv (review for a reason other than an open line: reference, credit, conditional, fraction),
       ref (a reference to history: kind usual/last, remove, double, set), outlier, nohist, nofill,
       change (change_lines), tags.
Line helpers: L(sku, qty[, variant]) a catalog line (variant required exactly on products with variants),
A(candidates, qty[, candidate_variant]) a family line, N(qty) a line not in the catalog.
"""

NOV = "__none__"


def L(sku, qty, variant=NOV):
    d = {"sku": sku, "quantity": qty}
    if variant != NOV:
        d["variant"] = variant
    return d


def A(cands, qty, cv=None):
    d = {"sku": None, "quantity": qty, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    return d


def N(qty):
    return {"sku": None, "quantity": qty}


MSGS = []


def m(c, d, ch, lang, intent, text, lines=(), notes="", **kw):
    MSGS.append(
        {
            "customer": c,
            "date": d,
            "channel": ch,
            "language": lang,
            "intent": intent,
            "text": text,
            "lines": list(lines),
            "notes": notes,
            **kw,
        }
    )


# family candidate lists
MOZZ = ["MOZZ-BLOCK", "MOZZ-GRATED", "MOZZ-SHREDDED", "MOZZ-FIOR", "MOZZ-BUFALA"]
MOZZ_BAG = ["MOZZ-GRATED", "MOZZ-SHREDDED"]
FLOUR_00 = ["FLOUR-CAPUTO-PIZZ", "FLOUR-CAPUTO-CUOCO", "FLOUR-5S-NAPO"]
FLOUR_SACK = [
    "FLOUR-CAPUTO-PIZZ",
    "FLOUR-CAPUTO-CUOCO",
    "FLOUR-CAPUTO-NUVOLA",
    "FLOUR-5S-NAPO",
    "FLOUR-5S-SUPER",
    "FLOUR-TIPO1-25",
]
CAPUTO = ["FLOUR-CAPUTO-PIZZ", "FLOUR-CAPUTO-CUOCO", "FLOUR-CAPUTO-NUVOLA", "FLOUR-CAPUTO-GF"]
PEPP = ["PEPPERONI-SLICED", "PEPPERONI-STICK", "PEPPERONI-HALAL"]
HAM = ["HAM-DICED", "HAM-COTTO", "HAM-CRUDO"]
PROSC = ["HAM-COTTO", "HAM-CRUDO"]
SALAMI = ["SALAMI-MILANO", "SALAMI-SPIANATA"]
CHICKEN = ["CHICKEN-TIKKA", "CHICKEN-STRIPS", "CHICKEN-BBQ", "CHICKEN-DONER"]
DONER = ["DONER-CONE", "DONER-SLICED"]
OLIVES = ["OLIVES-BLACK", "OLIVES-GREEN", "OLIVES-KALAMATA"]
MUSH = ["MUSH-TIN", "MUSH-FRESH"]
PEPPERS = ["PEPPERS-ROASTED", "PEPPERS-DICED-FZ"]
TOMS = ["TOM-CHOPPED", "TOM-PELATI"]
OLIVE_OIL = ["EVOO", "OIL-POMACE-5L"]
OIL = ["EVOO", "OIL-POMACE-5L", "OIL-RAPESEED-20L", "OIL-CHILLI-1L"]
BOXES = ["BOX-WHITE", "BOX-KRAFT", "BOX-PRINTED"]
POTS = ["DIP-POT", "DIP-POT-HINGED"]
GLOVES = ["GLOVES-VINYL", "GLOVES-NITRILE"]
COKE = ["COLA-ORIG", "COLA-DIET-CAN", "COLA-ZERO-CAN"]
WATER = ["WATER-STILL-500", "WATER-SPARK-500"]
SUMOL = ["SUMOL-ANANAS", "SUMOL-LARANJA"]
PELL = ["SANPELL-LIMONATA", "SANPELL-ARANCIATA"]
RUBICON = ["RUBICON-MANGO", "RUBICON-GUAVA"]
DIPS = ["DIP-GARLIC", "DIP-BBQ", "DIP-CHILLI"]
GARLIC = ["SAUCE-GARLIC-TUB", "DIP-GARLIC"]
GRANA = ["GRANA-GRATED", "GRANA-WEDGE"]
YEAST = ["YEAST-FRESH", "YEAST-DRIED"]
ENERGY = ["REDBULL-CAN", "REDBULL-SF-CAN", "MONSTER-CAN"]

CAN = "24 x 330ml Can"
W10, W12, W14, W16, W9, W7 = (
    '10" (pack of 100)',
    '12" (pack of 100)',
    '14" (pack of 50)',
    '16" (pack of 50)',
    '9" (pack of 100)',
    '7" (pack of 100)',
)
K9, K10, K12, K14 = W9, W10, W12, W14
TIN = "6 x 2.5kg Tin"
BOT = "12 x 700g Bottle"

WA, SMS, EM = "WHATSAPP", "SMS", "EMAIL"
D = {
    i: f"2028-{'10' if i < 2 else '11'}-{30 + i if i < 2 else i - 1:02d}" for i in range(7)
}  # 0=Mon 30 Oct .. 6=Sun 5 Nov

# ---------------------------------------------------------------- bella-napoli (Neapolitan pizzeria, it/en mix, WA)
m(
    "bella-napoli",
    D[0],
    WA,
    "it",
    "ORDER",
    "Ciao Marco! per domani: 8 sacchi caputo pizzeria, 20 fior di latte, 3 cartoni pelati, 2 grana grattugiato. grazie",
    [L("FLOUR-CAPUTO-PIZZ", 8), L("MOZZ-FIOR", 20), L("TOM-PELATI", 3), L("GRANA-GRATED", 2)],
)
m(
    "bella-napoli",
    D[1],
    WA,
    "it",
    "ORDER",
    "aggiungi per favore 2 nduja e 4 spianata piccante al giro di giovedì 🙏",
    [L("NDUJA", 2), L("SALAMI-SPIANATA", 4)],
    "addition to Thursday's delivery",
    tags=["emoji"],
)
m(
    "bella-napoli",
    D[2],
    WA,
    "it",
    "ORDER",
    "Marco mi servono 6 farina e mozzarella x 20 per venerdì, siamo pieni sabato",
    [A(FLOUR_SACK + ["FLOUR-STRONG-16", "FLOUR-CAPUTO-GF"], 6), A(MOZZ, 20)],
    "farina and mozzarella are bare family words",
)
m(
    "bella-napoli",
    D[3],
    WA,
    "it",
    "ORDER",
    "Il solito per sabato, ma 10 sacchi di farina invece di 8 e niente limonata questa settimana",
    [A(FLOUR_SACK, 10)],
    "the usual with a new flour quantity; 'sacchi' narrows to the sack flours",
    ref={"kind": "usual", "remove": ["SANPELL-LIMONATA"], "set": ["FLOUR-CAPUTO-PIZZ"]},
)
m(
    "bella-napoli",
    D[4],
    WA,
    "it",
    "QUESTION",
    "Ciao, avete la burrata? i clienti la chiedono sempre. e quanto costa il 5L di olio extravergine adesso?",
    notes="burrata not in catalog; a price question",
)
m(
    "bella-napoli",
    D[5],
    WA,
    "it",
    "ORDER",
    "scatole 12 pollici x3 e 2 latte di olio evo. basta così",
    [A(BOXES, 3, W12), L("EVOO", 2, "5L Tin")],
    'boxes by inch size only: white, kraft and printed all come in 12"',
    tags=["unit_word"],
)

# ---------------------------------------------------------------- forno-rosso (Italian pizzeria, email, it)
m(
    "forno-rosso",
    D[0],
    EM,
    "it",
    "ORDER",
    "Oggetto: Ordine settimana 44\n\nBuongiorno,\nvi chiediamo per martedì 31/10:\n- 10 sacchi Le 5 Stagioni "
    "Napoletana\n- 15 fior di latte filone\n- 4 vassoi di bufala\n- 4 cartoni passata in latta da 2,5 kg\n- 3 cotto "
    "affettato\n- 2 crudo\n\nCordiali saluti\nGiulia Ferraro\nForno Rosso, Via Roma 18 (Hackney)\n020 7946 0418",
    [
        L("FLOUR-5S-NAPO", 10),
        L("MOZZ-FIOR", 15),
        L("MOZZ-BUFALA", 4),
        L("PASSATA", 4, TIN),
        L("HAM-COTTO", 3),
        L("HAM-CRUDO", 2),
    ],
    "week 44, 31/10, 2,5 kg, street number and phone are not quantities",
    tags=["signature"],
)
m(
    "forno-rosso",
    D[1],
    EM,
    "it",
    "ORDER",
    "Buongiorno, potete aggiungere all'ordine di giovedì 6 prosciutto e 2 cartoni di passata? Grazie, Giulia",
    [A(PROSC, 6), L("PASSATA", 2, None)],
    "prosciutto is cotto or crudo; passata size not given",
    tags=["non_order_request"],
)
m(
    "forno-rosso",
    D[2],
    EM,
    "it",
    "QUESTION",
    "Buongiorno, vorrei sapere se la Caputo Nuvola è disponibile anche in sacchi da 10 kg. Grazie",
    notes="only the 25kg sack is stocked",
    tags=["non_order_request"],
)
m(
    "forno-rosso",
    D[3],
    EM,
    "it",
    "COMPLAINT",
    "Buongiorno, nella consegna di ieri 2 dei 4 vassoi di bufala erano scaduti (scadenza 28/10). Chiediamo una nota "
    "di credito. Giulia Ferraro",
    notes="dates and counts in a complaint",
)
m(
    "forno-rosso",
    D[4],
    EM,
    "it",
    "ORDER",
    "Come la settimana scorsa per favore, ma con 6 olio extravergine da litro in più.",
    [L("EVOO", 6, "1L Bottle")],
    "reference to last week with an addition",
    ref={"kind": "last"},
)

# ---------------------------------------------------------------- pizza-palace (takeaway, SMS, en)
m(
    "pizza-palace",
    D[0],
    SMS,
    "en",
    "ORDER",
    "10 grated mozz 2 pizza sauce 6 pepperoni 35mm 4 diced ham pls for weds",
    [L("MOZZ-GRATED", 10), L("SAUCE-PIZZA-CLASSIC", 2), L("PEPPERONI-SLICED", 6, "35mm"), L("HAM-DICED", 4)],
    tags=["spoken"],
)
m(
    "pizza-palace",
    D[1],
    SMS,
    "en",
    "ORDER",
    "hi mate need 600 12 inch white boxes and 400 10 inch white boxes asap",
    [L("BOX-WHITE", 6, W12), L("BOX-WHITE", 4, W10)],
    "600 and 400 boxes are 6 and 4 packs of 100",
    tags=["count"],
)
m(
    "pizza-palace",
    D[2],
    SMS,
    "en",
    "ORDER",
    "pepperoni x6 and coke x3 thx",
    [A(PEPP, 6), A(COKE, 3)],
    "bare pepperoni and coke",
)
m(
    "pizza-palace",
    D[3],
    SMS,
    "en",
    "ORDER",
    "same as last week mate but no fanta",
    [],
    "reference only",
    ref={"kind": "last", "remove": ["FANTA-CAN"]},
)
m(
    "pizza-palace",
    D[4],
    SMS,
    "en",
    "OTHER",
    "shop closed sun for refit, dont deliver till mon 6th. cheers Raj",
    notes="closure notice; 6th is a date",
)
m(
    "pizza-palace",
    D[5],
    SMS,
    "en",
    "ORDER",
    "2 chicken tikka 3 pineapple 2 sweetcorn 2 boxes garlic dips",
    [L("CHICKEN-TIKKA", 2), L("PINEAPPLE-TIN", 3), L("SWEETCORN-TIN", 2), L("DIP-GARLIC", 2)],
    tags=["spoken"],
)
m(
    "pizza-palace",
    D[6],
    SMS,
    "en",
    "ORDER",
    "48 coke original cans and 24 fanta pls",
    [L("COLA-ORIG", 2, CAN), L("FANTA-CAN", 1)],
    "48 cans is 2 cases of 24, 24 fanta 1 case",
    tags=["count"],
)

# ---------------------------------------------------------------- mama-mia (Albanian-run takeaway, en mix, WA)
m(
    "mama-mia",
    D[0],
    WA,
    "en",
    "ORDER",
    "Pershendetje vëlla 👋 8 pizza blend, 2 pizza sauce, 5 halal pepperoni, 3 chicken strips, 4 doner slices. "
    "faleminderit",
    [
        L("MOZZ-BLEND", 8),
        L("SAUCE-PIZZA-CLASSIC", 2),
        L("PEPPERONI-HALAL", 5),
        L("CHICKEN-STRIPS", 3),
        L("DONER-SLICED", 4),
    ],
    tags=["emoji", "dialect"],
)
m(
    "mama-mia",
    D[1],
    WA,
    "en",
    "ORDER",
    "bro send pots and lids 1 each and 2 coke",
    [A(POTS, 1), L("DIP-LID", 1, None), A(COKE, 2)],
    "pots: clear or hinged; lid size not given; coke bare",
    tags=["dialect"],
)
m(
    "mama-mia",
    D[2],
    WA,
    "en",
    "ORDER",
    "usual for thursday vëlla + 1 jalapenos extra",
    [L("JALAPENO", 1)],
    "the usual plus one tub of jalapeños",
    ref={"kind": "usual"},
    tags=["dialect"],
)
m(
    "mama-mia",
    D[3],
    WA,
    "en",
    "QUESTION",
    "can i pay cash to the driver this week, card machine broke",
    tags=["non_order_request"],
)
m(
    "mama-mia",
    D[4],
    WA,
    "en",
    "ORDER",
    "3 kuti printed 10 inch and 4 kuti printed 12 inch pls",
    [L("BOX-PRINTED", 3, '10" (pack of 100)'), L("BOX-PRINTED", 4, '12" (pack of 100)')],
    "kuti (Albanian: boxes) counts packs",
    tags=["dialect"],
)
m(
    "mama-mia",
    D[5],
    WA,
    "en",
    "CANCEL",
    "Sorry bro cancel todays order, shop flooded from upstairs. will msg next week",
    notes="cancels the order for the day",
)

# ---------------------------------------------------------------- dardania (Albanian, WA, sq)
m(
    "dardania",
    D[0],
    WA,
    "sq",
    "ORDER",
    "Mirëdita, për të enjten: 6 thasë miell strong white, 8 mozzarella rendë, 3 kuti passata me kanoçe, 3 sucuk.",
    [L("FLOUR-STRONG-16", 6), L("MOZZ-GRATED", 8), L("PASSATA", 3, TIN), L("SUCUK-SLICED", 3)],
    "thasë = bags; kanoçe = tins",
)
m(
    "dardania",
    D[1],
    WA,
    "sq",
    "ORDER",
    "Ju lutem 40 dhallë dhe 2 kuti coca cola kanoçe",
    [L("AYRAN", 2), A(COKE, 2, CAN)],
    "40 ayran is 2 cases of 20; bare 'coca cola' is the cola family (original, diet, zero), cans named",
    tags=["count"],
)
m(
    "dardania",
    D[2],
    WA,
    "sq",
    "ORDER",
    "Si javën e kaluar, por pa kërpudha.",
    [],
    "same as last week without the mushrooms",
    ref={"kind": "last", "remove": ["MUSH-TIN"]},
)
m(
    "dardania",
    D[3],
    WA,
    "sq",
    "QUESTION",
    "A keni djathë halloumi? Dhe sa kushton kutia e peçeteve?",
    notes="halloumi not in catalog; price question",
)
m(
    "dardania",
    D[4],
    WA,
    "sq",
    "ORDER",
    "4 pako kuti të bardha 12 inch, 1 peçeta të bardha, 2 djathë i bardhë",
    [L("BOX-WHITE", 4, W12), L("NAPKINS", 1, "White"), L("FETA-TIN", 2)],
)
m(
    "dardania",
    D[5],
    WA,
    "sq",
    "COMPLAINT",
    "Kutitë e pizzës erdhën të lagura, 2 pako i hodhëm. Ju lutem na i zëvendësoni.",
    notes="two wet packs of pizza boxes",
)

# ---------------------------------------------------------------- kosova-grill (Albanian, SMS, en)
m(
    "kosova-grill",
    D[0],
    SMS,
    "en",
    "ORDER",
    "2 doner cone, 4 chicken doner, 6 shredded mozz, 4 kebab chilli sauce thanks Arben",
    [L("DONER-CONE", 2, None), L("CHICKEN-DONER", 4), L("MOZZ-SHREDDED", 6), L("SAUCE-KEBAB-CHILLI", 4)],
    "cone weight not given",
)
m(
    "kosova-grill",
    D[1],
    SMS,
    "en",
    "ORDER",
    "2 x 15kg cones and 60 litres frying oil",
    [L("DONER-CONE", 2, "15kg"), L("OIL-RAPESEED-20L", 3)],
    "60 litres is 3 drums of 20L",
    tags=["count"],
)
m("kosova-grill", D[2], SMS, "en", "ORDER", "usual pls for wednesday", [], "", ref={"kind": "usual"})
m(
    "kosova-grill",
    D[3],
    SMS,
    "en",
    "ORDER",
    "4 garlic sauce tubs, 3 kraft 10 inch, 2 foil trays boxes, 1 brown paper bags",
    [L("SAUCE-GARLIC-TUB", 4), L("BOX-KRAFT", 3, K10), L("FOIL-CONTAINER", 2), L("PAPER-BAG", 1, "Brown")],
)
m(
    "kosova-grill",
    D[4],
    SMS,
    "en",
    "ORDER",
    "send 20 doner cones 15kg friday",
    [L("DONER-CONE", 20, "15kg")],
    "20 cones for a customer who takes 2 a week, no reason given",
    outlier=True,
)
m(
    "kosova-grill",
    D[5],
    SMS,
    "en",
    "CHANGE",
    "sorry meant 2 cones not 20!! fat fingers",
    notes="corrects the outlier order",
    change=[L("DONER-CONE", 2, "15kg")],
)

# ---------------------------------------------------------------- lisboa-pizza (Portuguese, WA, pt)
m(
    "lisboa-pizza",
    D[0],
    WA,
    "pt",
    "ORDER",
    "Bom dia! Para quarta: 5 sacos Caputo Cuoco, 8 sacos mozzarella shredded, 3 caixas de tomate picado, 4 chouriço. Obrigado",
    [L("FLOUR-CAPUTO-CUOCO", 5), L("MOZZ-SHREDDED", 8), L("TOM-CHOPPED", 3), L("CHORIZO-SLICED", 4)],
    "staff use the English trade word 'shredded'",
)
m(
    "lisboa-pizza",
    D[1],
    WA,
    "pt",
    "ORDER",
    "manda 2 caixas de sumol e 2 latas de azeite por favor",
    [A(SUMOL, 2), A(OLIVE_OIL, 2)],
    "sumol flavour not given; azeite is EVOO or pomace",
)
m(
    "lisboa-pizza",
    D[2],
    WA,
    "pt",
    "ORDER",
    "3 atum, 2 azeitonas pretas, 2 milho e 4 pacotes caixas kraft 12 polegadas",
    [L("TUNA-TIN", 3), L("OLIVES-BLACK", 2), L("SWEETCORN-TIN", 2), L("BOX-KRAFT", 4, K12)],
)
m(
    "lisboa-pizza",
    D[3],
    WA,
    "pt",
    "ORDER",
    "O mesmo da semana passada, mas com 3 sumol ananás em vez de 2",
    [L("SUMOL-ANANAS", 3)],
    "new quantity on a reference",
    ref={"kind": "last", "set": ["SUMOL-ANANAS"]},
)
m(
    "lisboa-pizza",
    D[4],
    WA,
    "pt",
    "QUESTION",
    "Vocês têm farinha Caputo sem glúten em saco de 25kg ou só a caixa?",
    notes="only the 10 x 1kg case is stocked",
)
m(
    "lisboa-pizza",
    D[5],
    WA,
    "pt",
    "ORDER",
    "Se tiverem rúcula fresca mandem 2 kg, e 2 pomace",
    [N(2), L("OIL-POMACE-5L", 2)],
    "rocket not in catalog; conditional",
    rv=True,
    nohist=True,
    tags=["conditional"],
)

# ---------------------------------------------------------------- sabor-pizzaria (Brazilian, email, pt)
m(
    "sabor-pizzaria",
    D[0],
    EM,
    "pt",
    "ORDER",
    "Assunto: Pedido semana 44 - PO 7731\n\nOlá equipe,\nsegue nosso pedido para quinta-feira:\n1. Farinha 5 "
    "Stagioni Superiore - 6 sacos\n2. Mussarela em bloco - 10\n3. Molho de pizza - 3 caixas\n4. Presunto cotto - 4\n"
    "5. Frango BBQ desfiado - 3\n\nAbraço,\nThiago Mendes\nSabor Pizzaria - Unit 4, 112 Stamford Road\n07700 900431",
    [
        L("FLOUR-5S-SUPER", 6),
        L("MOZZ-BLOCK", 10),
        L("SAUCE-PIZZA-CLASSIC", 3),
        L("HAM-COTTO", 4),
        L("CHICKEN-BBQ", 3),
    ],
    "PO 7731, list numbering, unit and street numbers, phone are not quantities",
    tags=["signature"],
)
m(
    "sabor-pizzaria",
    D[1],
    EM,
    "pt",
    "ORDER",
    "Oi! Queria acrescentar 2 caixas de azeitonas e 10 queijo mussarela no pedido de quinta. Valeu",
    [A(OLIVES, 2), A(MOZZ, 10)],
    "azeitonas and mussarela are family words",
    tags=["non_order_request"],
)
m(
    "sabor-pizzaria",
    D[2],
    EM,
    "pt",
    "QUESTION",
    "Bom dia, gostaria de saber se vocês entregam no domingo. Temos evento dia 12/11. Thiago",
    tags=["non_order_request"],
)
m(
    "sabor-pizzaria",
    D[3],
    EM,
    "pt",
    "ORDER",
    "Pessoal, o de sempre para quinta, mais 48 coca zero lata.",
    [L("COLA-ZERO-CAN", 2)],
    "the usual plus 2 cases (48 cans)",
    ref={"kind": "usual"},
    tags=["count"],
)
m(
    "sabor-pizzaria",
    D[4],
    EM,
    "pt",
    "ORDER",
    "4 pacotes de caixa branca de 14 polegadas, 2 orégano e 2 água com gás. Obrigado!",
    [L("BOX-WHITE", 4, W14), L("OREGANO-500", 2), L("WATER-SPARK-500", 2)],
)

# ---------------------------------------------------------------- anatolia (Turkish, WA, tr)
m(
    "anatolia",
    D[0],
    WA,
    "tr",
    "ORDER",
    "Merhaba abi, cuma için 2 tane 20kg döner koni, 6 rendelenmiş mozzarella (grated), 4 sucuk, 3 helal pepperoni",
    [L("DONER-CONE", 2, "20kg"), L("MOZZ-GRATED", 6), L("SUCUK-SLICED", 4), L("PEPPERONI-HALAL", 3)],
)
m(
    "anatolia",
    D[1],
    WA,
    "tr",
    "ORDER",
    "60 ayran 48 uludağ gazoz gönder lütfen",
    [L("AYRAN", 3), L("ULUDAG-GAZOZ", 2)],
    "60 ayran is 3 cases of 20, 48 gazoz 2 cases of 24",
    tags=["count"],
)
m(
    "anatolia",
    D[2],
    WA,
    "tr",
    "ORDER",
    "4 kutu eldiven large ve 2 salça",
    [A(GLOVES, 4, "Large"), L("TOM-PASTE", 2)],
    "eldiven (gloves): vinyl or nitrile, both come in large",
)
m(
    "anatolia",
    D[3],
    WA,
    "tr",
    "ORDER",
    "Her zamanki gibi abi, ama ayran 5 olsun",
    [L("AYRAN", 5)],
    "the usual with 5 ayran",
    ref={"kind": "usual", "set": ["AYRAN"]},
)
m(
    "anatolia",
    D[4],
    WA,
    "tr",
    "QUESTION",
    "Lahmacun hamuru var mı sizde? Haftada 200 tane lazım olur",
    notes="lahmacun dough not in catalog; a count in a question",
)
m(
    "anatolia",
    D[5],
    WA,
    "tr",
    "COMPLAINT",
    "Abi dünkü 20kg döner 17 kilo geldi, tartıda baktık. Faturadan düşer misiniz?",
    notes="weights in a complaint",
)
m(
    "anatolia",
    D[6],
    WA,
    "tr",
    "ORDER",
    "5 paket 12 inç beyaz kutu, 3 acı sos, 2 kolza yağı",
    [L("BOX-WHITE", 5, W12), L("SAUCE-KEBAB-CHILLI", 3), L("OIL-RAPESEED-20L", 2)],
)

# ---------------------------------------------------------------- efes-pizza (Turkish owner, SMS, en)
m(
    "efes-pizza",
    D[0],
    SMS,
    "en",
    "ORDER",
    "6 pizza blend 2 spicy pizza sauce 4 halal pepperoni 3 tikka 2 meatballs",
    [
        L("MOZZ-BLEND", 6),
        L("SAUCE-PIZZA-SPICY", 2),
        L("PEPPERONI-HALAL", 4),
        L("CHICKEN-TIKKA", 3),
        L("MEATBALLS", 2),
    ],
    tags=["spoken"],
)
m(
    "efes-pizza",
    D[1],
    SMS,
    "en",
    "ORDER",
    "400 printed 12inch and 100 printed 14 inch",
    [L("BOX-PRINTED", 4, '12" (pack of 100)'), L("BOX-PRINTED", 2, '14" (pack of 50)')],
    '400 12" is 4 packs of 100; 100 14" is 2 packs of 50',
    tags=["count"],
)
m(
    "efes-pizza",
    D[2],
    SMS,
    "en",
    "ORDER",
    "2 coke 1.5 and 1 fanta and 12 coke cans",
    [L("COLA-ORIG", 2, "6 x 1.5L Bottle"), L("FANTA-CAN", 1), A(COKE, None, CAN)],
    "12 cans is half a case of a bare family word: quantities not stated",
    tags=["container"],
    nohist=True,
)
m(
    "efes-pizza",
    D[3],
    SMS,
    "en",
    "ORDER",
    "abi usual for monday, thanks",
    [],
    "",
    ref={"kind": "usual"},
    tags=["dialect"],
)
m(
    "efes-pizza",
    D[4],
    SMS,
    "en",
    "QUESTION",
    "do u have vegan pepperoni? customers asking",
    notes="vegan pepperoni not in catalog",
)
m(
    "efes-pizza",
    D[5],
    SMS,
    "en",
    "ORDER",
    "2 jalapenos tubs n 1 sweet chilli dips",
    [L("JALAPENO", 2), L("DIP-CHILLI", 1)],
    tags=["typo"],
)

# ---------------------------------------------------------------- istanbul-grill (Turkish, email, tr)
m(
    "istanbul-grill",
    D[0],
    EM,
    "tr",
    "ORDER",
    "Konu: Sipariş - Çarşamba\n\nMerhaba,\n3 adet 10kg döner koni\n2 torba dilimlenmiş döner\n2 beyaz peynir\n4 "
    "çuval strong un 16kg\n\nSaygılarımla,\nMehmet Yıldız\nIstanbul Grill, 77 Green Lanes\n020 7946 0733",
    [L("DONER-CONE", 3, "10kg"), L("DONER-SLICED", 2), L("FETA-TIN", 2), L("FLOUR-STRONG-16", 4)],
    "16kg, street number and phone are not quantities",
    tags=["signature", "number_in_name"],
)
m(
    "istanbul-grill",
    D[1],
    EM,
    "tr",
    "ORDER",
    "Merhaba, 80 ayran ve 3 koli su gönderebilir misiniz? Mehmet",
    [L("AYRAN", 4), A(WATER, 3)],
    "80 ayran is 4 cases; su (water) is still or sparkling",
    tags=["count", "non_order_request"],
)
m(
    "istanbul-grill",
    D[2],
    EM,
    "tr",
    "ORDER",
    "Geçen haftanın aynısı lütfen, ama döner koni 4 olsun.",
    [L("DONER-CONE", 4, None)],
    "last week with 4 cones",
    ref={"kind": "last", "set": ["DONER-CONE"]},
)
m(
    "istanbul-grill",
    D[3],
    EM,
    "tr",
    "OTHER",
    "Merhaba, yeni muhasebe e-postamız hesap@istanbulgrill.example, faturaları oraya gönderin lütfen.",
    notes="account change",
)
m(
    "istanbul-grill",
    D[4],
    EM,
    "tr",
    "ORDER",
    "2 koli calzone kutusu, 2 folyo kap kutusu, 2 mozzarella",
    [L("BOX-CALZONE", 2), L("FOIL-CONTAINER", 2), A(MOZZ, 2)],
    "bare mozzarella",
)

# ---------------------------------------------------------------- slice-union (craft pizza bar, email, en)
m(
    "slice-union",
    D[0],
    EM,
    "en",
    "ORDER",
    "Subject: PO SU-20931 - Tuesday delivery\n\nHi team,\n\nPlease deliver Tuesday 31st before 10am:\n\n"
    "6 x Caputo Nuvola 25kg\n2 x Tipo 1\n24 x fior di latte\n3 x bufala trays\n4 x pelati cases\n3 x nduja\n\n"
    "Many thanks,\nPriya Nair\nHead of Kitchen, Slice Union\n14 Cable Street, London E1\nM: 07700 900582",
    [
        L("FLOUR-CAPUTO-NUVOLA", 6),
        L("FLOUR-TIPO1-25", 2),
        L("MOZZ-FIOR", 24),
        L("MOZZ-BUFALA", 3),
        L("TOM-PELATI", 4),
        L("NDUJA", 3),
    ],
    "PO, date, time, 25kg, address and phone are not quantities",
    tags=["signature"],
)
m(
    "slice-union",
    D[1],
    EM,
    "en",
    "ORDER",
    "Hi, could you add 2 gorgonzola, 2 ricotta and 4 chilli oil to tomorrow's? And one 25kg semola. Thanks, Priya",
    [L("GORGONZOLA", 2), L("RICOTTA", 2), L("OIL-CHILLI-1L", 4), L("SEMOLA-RIM", 1, "25kg")],
    tags=["non_order_request"],
)
m(
    "slice-union",
    D[2],
    EM,
    "en",
    "QUESTION",
    "I would like to know whether your fior di latte is made with Italian milk or UK milk - a guest asked. Priya",
    tags=["non_order_request"],
)
m(
    "slice-union",
    D[3],
    EM,
    "en",
    "ORDER",
    "Hi both,\nFor Friday please repeat last week's order but double the nduja and no tipo 1 this time.\nPriya",
    [],
    "reference with a double and a removal",
    ref={"kind": "last", "double": ["NDUJA"], "remove": ["FLOUR-TIPO1-25"]},
)
m(
    "slice-union",
    D[4],
    EM,
    "en",
    "COMPLAINT",
    "Hi, Tuesday's pelati - 2 of the 4 cases had dented tins, one was leaking all over the van. Photos attached. "
    "Can you credit 2 cases on INV-88213? Priya",
    notes="INV number and counts in a complaint",
)
m(
    "slice-union",
    D[5],
    EM,
    "en",
    "ORDER",
    '500 12" kraft boxes + 2 limonata please, for Saturday',
    [L("BOX-KRAFT", 5, K12), L("SANPELL-LIMONATA", 2)],
    "500 boxes is 5 packs of 100",
    tags=["count"],
)
m(
    "slice-union",
    D[6],
    EM,
    "en",
    "ORDER",
    "Can we get 40 bags of the crudo for Monday's delivery please",
    [L("HAM-CRUDO", 40)],
    "40 packs for a customer who takes 2, no reason given",
    outlier=True,
    tags=["non_order_request"],
)

# ---------------------------------------------------------------- dough-bros (pizza van, SMS, en)
m(
    "dough-bros",
    D[0],
    SMS,
    "en",
    "ORDER",
    "yo 3 boxes dough balls 4 grated mozz 1 pizza sauce for fri market",
    [L("DOUGH-BALLS", 3, None), L("MOZZ-GRATED", 4), L("SAUCE-PIZZA-CLASSIC", 1)],
    "dough ball size not given",
    tags=["spoken"],
)
m(
    "dough-bros",
    D[1],
    SMS,
    "en",
    "ORDER",
    "2 packs 45mm pepperoni n 3 packs kraft 10 inch",
    [L("PEPPERONI-SLICED", 2, "45mm"), L("BOX-KRAFT", 3, K10)],
)
m(
    "dough-bros",
    D[2],
    SMS,
    "en",
    "ORDER",
    "gloves x2 and napkins x1 pls",
    [A(GLOVES, 2), L("NAPKINS", 1, None)],
    "gloves bare; napkin colour not given",
)
m(
    "dough-bros",
    D[3],
    SMS,
    "en",
    "ORDER",
    "120 dough balls 200g + red bull x1",
    [L("DOUGH-BALLS", 2, '10" 200g (box of 60)'), L("REDBULL-CAN", 1)],
    "120 balls is 2 boxes of 60",
    tags=["count"],
)
m(
    "dough-bros",
    D[4],
    SMS,
    "en",
    "QUESTION",
    "whats ur cut off for sat delivery? we r at the food fest in Stratford",
    notes="delivery query",
)
m(
    "dough-bros",
    D[5],
    SMS,
    "en",
    "ORDER",
    "same as last fri but 4 boxes of balls",
    [L("DOUGH-BALLS", 4, None)],
    "reference with a new quantity",
    ref={"kind": "last", "set": ["DOUGH-BALLS"]},
)

# ---------------------------------------------------------------- campus-pizza (university, formal email, en)
m(
    "campus-pizza",
    D[0],
    EM,
    "en",
    "ORDER",
    "Subject: Purchase Order NU-PO-448120\n\nDear Forno & Crust,\n\nPlease supply the following against purchase "
    "order NU-PO-448120 for delivery to the Students' Union loading bay (Bay 3) on Tuesday 31 October 2028:\n\n"
    '  Par-baked 12" bases - 10 boxes\n  Grated mozzarella 2kg - 12 bags\n  Vegan mozzarella - 2 bags\n  Pizza '
    "sauce - 3 cases\n  Sliced pepperoni 35mm - 6 packs\n\nPlease quote the PO number on the delivery note and "
    "invoice.\n\nKind regards,\n\nHelen Okafor\nCatering Purchasing Officer\nNorthgate University Catering Services\n"
    "Tel: 020 7946 0912 | catering.orders@northgate-uni.example",
    [
        L("PIZZA-BASE-PARBAKED", 10),
        L("MOZZ-GRATED", 12),
        L("MOZZ-VEGAN", 2),
        L("SAUCE-PIZZA-CLASSIC", 3),
        L("PEPPERONI-SLICED", 6, "35mm"),
    ],
    'PO, bay, date, 12", 2kg, 35mm and phone are not quantities',
    tags=["signature", "number_in_name"],
)
m(
    "campus-pizza",
    D[1],
    EM,
    "en",
    "ORDER",
    "Dear team,\n\nFurther to PO NU-PO-448120, please add 4 bags of chicken strips, 3 bags of frozen peppers and "
    "600 10-inch white pizza boxes to Tuesday's delivery.\n\nRegards,\nHelen Okafor",
    [L("CHICKEN-STRIPS", 4), L("PEPPERS-DICED-FZ", 3), L("BOX-WHITE", 6, W10)],
    "600 boxes is 6 packs",
    tags=["count", "signature"],
)
m(
    "campus-pizza",
    D[2],
    EM,
    "en",
    "QUESTION",
    "Dear team, could you send us your allergen matrix for the pizza blend and the vegan mozzarella? Our dietitian "
    "needs it by Friday. Kind regards, Helen",
    tags=["non_order_request"],
)
m(
    "campus-pizza",
    D[3],
    EM,
    "en",
    "ORDER",
    "Subject: PO NU-PO-448133 - Freshers' Pizza Night\n\nDear team,\n\nFor our Freshers' Pizza Night on 9 November "
    "(approx. 1,200 students) please supply, in addition to the standing order:\n\n- 30 boxes par-baked bases\n"
    "- 30 bags grated mozzarella\n- 20 cases water (still)\n\nKind regards,\nHelen Okafor",
    [L("PIZZA-BASE-PARBAKED", 30), L("MOZZ-GRATED", 30), L("WATER-STILL-500", 20)],
    "a large order with a reason (event) is not an outlier; 1,200 students is a head count",
    tags=["signature"],
)
m(
    "campus-pizza",
    D[4],
    EM,
    "en",
    "OTHER",
    "Dear Forno & Crust, please note the Students' Union will be closed for reading week 13-17 November; no "
    "deliveries that week. Kind regards, Helen Okafor",
    notes="closure notice with dates",
)
m(
    "campus-pizza",
    D[5],
    EM,
    "en",
    "ORDER",
    "Good morning,\nPlease deliver our standing order as usual this week, with 4 cases of Coke Zero in place of 3.\n"
    "Helen",
    [L("COLA-ZERO-CAN", 4)],
    "the usual with a new quantity",
    ref={"kind": "usual", "set": ["COLA-ZERO-CAN"]},
)

# ---------------------------------------------------------------- crust-co (3-site chain, formal email, en)
m(
    "crust-co",
    D[0],
    EM,
    "en",
    "ORDER",
    "Subject: CC-PO-30418 | Weekly replenishment | Deliver Wed 1 Nov\n\nHello Forno & Crust team,\n\nPlease find "
    "our weekly order below for delivery to the central kitchen (Unit 9, Tannery Yard, SE16) on Wednesday 1 "
    "November between 6 and 8am.\n\nFlour - Caputo Pizzeria 25kg: 20 sacks\nShredded low-moisture mozzarella "
    "2.5kg: 24 bags\nPassata 6 x 2.5kg: 8 cases\nPepperoni 45mm sliced: 10 packs\nSalame Milano: 6 packs\nFresh "
    "mushrooms: 6 boxes\nKalamata olives: 3 tubs\n\nPlease confirm receipt.\n\nBest regards,\nDaniel Achterberg\n"
    "Purchasing Manager | Crust & Co. Pizza Kitchens\nT 020 7946 0355 | M 07700 900618",
    [
        L("FLOUR-CAPUTO-PIZZ", 20),
        L("MOZZ-SHREDDED", 24),
        L("PASSATA", 8, TIN),
        L("PEPPERONI-SLICED", 10, "45mm"),
        L("SALAMI-MILANO", 6),
        L("MUSH-FRESH", 6),
        L("OLIVES-KALAMATA", 3),
    ],
    "PO, unit number, postcode, dates, times, sizes and phones are not quantities",
    tags=["signature"],
)
m(
    "crust-co",
    D[1],
    EM,
    "en",
    "ORDER",
    'Subject: CC-PO-30421 packaging\n\nHi,\n\nPackaging for Wednesday please:\n- 1,000 x 12" white pizza boxes\n'
    '- 200 x 16" white pizza boxes\n- 2 cases hinged dip pots\n- 2 cases white paper carrier bags\n\nThanks,\n'
    "Daniel Achterberg\nCrust & Co.",
    [L("BOX-WHITE", 10, W12), L("BOX-WHITE", 4, W16), L("DIP-POT-HINGED", 2), L("PAPER-BAG", 2, "White")],
    '1,000 12" is 10 packs of 100; 200 16" is 4 packs of 50',
    tags=["count", "signature"],
)
m(
    "crust-co",
    D[2],
    EM,
    "en",
    "ORDER",
    "---------- Forwarded message ---------\nFrom: Kemi Adeyemi <kemi@crustandco.example>\nDate: Wed, 1 Nov 2028 "
    "at 14:12\nSubject: Camden running low\n\nDan - Camden is nearly out of mozz and we need 4 more cases of pelati "
    "for the weekend special. Can you get it on tomorrow's drop?\n\n----\nDaniel Achterberg wrote:\nPlease add to "
    "Thursday: 6 bags shredded mozzarella and 4 cases pelati for Camden. Thanks",
    [L("MOZZ-SHREDDED", 6), L("TOM-PELATI", 4)],
    "forwarded message; the order is Daniel's line",
    tags=["forwarded"],
)
m(
    "crust-co",
    D[3],
    EM,
    "en",
    "QUESTION",
    "Hi, can you confirm whether the price of Caputo Pizzeria is changing in December? We budget per quarter. "
    "Daniel",
    tags=["non_order_request"],
)
m(
    "crust-co",
    D[4],
    EM,
    "en",
    "ORDER",
    "Subject: CC-PO-30427\n\nHello,\nPlease send last week's order again for Friday, except 30 bags of the shredded "
    "mozzarella instead of 24 and no Kalamata olives.\nRegards,\nDaniel",
    [L("MOZZ-SHREDDED", 30)],
    "reference with a new quantity and a removal",
    ref={"kind": "last", "set": ["MOZZ-SHREDDED"], "remove": ["OLIVES-KALAMATA"]},
    tags=["signature"],
)
m(
    "crust-co",
    D[5],
    EM,
    "en",
    "COMPLAINT",
    'Hi, the invoice INV-88412 charges us for 12 packs of 12" boxes but the delivery note shows 10, which is '
    "what arrived. Please correct. Daniel",
    notes="counts in a complaint",
)
m(
    "crust-co",
    D[6],
    EM,
    "en",
    "ORDER",
    "Hi, for the Shoreditch opening we'll need 2 cases of coke and 2 of diet coke on top of Wednesday's. Daniel",
    [A(COKE, 2), L("COLA-DIET-CAN", 2)],
    "bare 'coke' next to diet coke stays a family word",
)

# ---------------------------------------------------------------- hotshot (takeaway, voice notes, WA, en)
m(
    "hotshot",
    D[0],
    WA,
    "en",
    "ORDER",
    "[Voice note transcript] yeah hi its Dean from hotshot can I get ten bags of pizza blend three cases of pizza "
    "sauce eight pepperoni thirty five mil and four diced ham cheers",
    [L("MOZZ-BLEND", 10), L("SAUCE-PIZZA-CLASSIC", 3), L("PEPPERONI-SLICED", 8, "35mm"), L("HAM-DICED", 4)],
    "spoken list with number words",
    tags=["voice", "spoken", "non_order_request"],
)
m(
    "hotshot",
    D[1],
    WA,
    "en",
    "ORDER",
    "[Voice note transcript] also a bbq chicken two pineapple three mushroom tins and a garlic bread",
    [L("CHICKEN-BBQ", 1), L("PINEAPPLE-TIN", 2), L("MUSH-TIN", 3), L("GARLIC-BREAD-FROZEN", 1)],
    "articles start items",
    tags=["voice", "spoken"],
)
m(
    "hotshot",
    D[2],
    WA,
    "en",
    "ORDER",
    "[Voice note transcript] hiya can we do the usual for thursday and for garlic dips instead of three",
    [L("DIP-GARLIC", 4)],
    "homophone: 'for' is four; the usual with a new quantity",
    ref={"kind": "usual", "set": ["DIP-GARLIC"]},
    tags=["voice", "homophone"],
)
m(
    "hotshot",
    D[3],
    WA,
    "en",
    "ORDER",
    "6 printed 12 inch boxes, 4 coke 1.5 and a irn bru 👍",
    [L("BOX-PRINTED", 6, '12" (pack of 100)'), L("COLA-ORIG", 4, "6 x 1.5L Bottle"), L("IRNBRU-CAN", 1)],
    "'coke 1.5' names the original (only the original comes in 1.5L)",
    tags=["emoji"],
)
m(
    "hotshot",
    D[4],
    WA,
    "en",
    "COMPLAINT",
    "mate the bbq dips came without lids again?? 2 boxes of em. not happy",
    notes="complaint naming a product",
)
m(
    "hotshot",
    D[5],
    WA,
    "en",
    "ORDER",
    "[Voice note transcript] two boxes bbq dips a box of pizza savers and two ketchup sachets no sorry make that "
    "three ketchup",
    [L("DIP-BBQ", 2), L("PIZZA-SAVERS", 1), L("KETCHUP-SACHET", 3)],
    "self-correction",
    tags=["voice", "spoken", "self_correction"],
)

# ---------------------------------------------------------------- pizza-shed (pub kitchen, email, en)
m(
    "pizza-shed",
    D[0],
    EM,
    "en",
    "ORDER",
    "Hi, for Weds: 4 Caputo Pizzeria, 8 fior di latte, 2 pelati, pepperoni x2. Cheers, Tom (The Plough)",
    [L("FLOUR-CAPUTO-PIZZ", 4), L("MOZZ-FIOR", 8), L("TOM-PELATI", 2), A(PEPP, 2)],
    "bare pepperoni",
)
m(
    "pizza-shed",
    D[1],
    EM,
    "en",
    "ORDER",
    "Hi, please add a 5L evoo, 1 nduja and 1 crudo to Wednesday. Also do you do fresh basil? If not no worries. Tom",
    [L("EVOO", 1, "5L Tin"), L("NDUJA", 1), L("HAM-CRUDO", 1)],
    "order with a side question (basil not stocked)",
    tags=["side_question"],
)
m(
    "pizza-shed",
    D[2],
    EM,
    "en",
    "OTHER",
    "Thanks for sorting the missing flour so quickly last week, much appreciated. Tom",
    notes="thanks",
)
m(
    "pizza-shed",
    D[3],
    EM,
    "en",
    "ORDER",
    'Hi, same as last week please plus 2 packs of 12" kraft boxes. Tom',
    [L("BOX-KRAFT", 2, K12)],
    "reference plus an addition",
    ref={"kind": "last"},
)
m(
    "pizza-shed",
    D[4],
    EM,
    "en",
    "ORDER",
    'Could we get 4 packs of 12" boxes (the brown ones) and 6 fior di latte for Friday? Tom',
    [L("BOX-KRAFT", 4, K12), L("MOZZ-FIOR", 6)],
    "'the brown ones' are the kraft boxes",
    tags=["non_order_request"],
)

# ---------------------------------------------------------------- golden-chicken (chicken & pizza, WA, en)
m(
    "golden-chicken",
    D[0],
    WA,
    "en",
    "ORDER",
    "salam bro 6 grated mozz 2 pizza sauce 4 chicken 3 halal pepperoni",
    [L("MOZZ-GRATED", 6), L("SAUCE-PIZZA-CLASSIC", 2), A(CHICKEN, 4), L("PEPPERONI-HALAL", 3)],
    "bare chicken",
    tags=["spoken"],
)
m(
    "golden-chicken",
    D[1],
    WA,
    "en",
    "ORDER",
    "2000 4oz pots and 2000 lids for them",
    [L("DIP-POT", 2, "4oz"), L("DIP-LID", 2, "4oz")],
    "2000 is 2 cases of 1000; only the clear pot comes in 4oz",
    tags=["count"],
)
m(
    "golden-chicken",
    D[2],
    WA,
    "en",
    "ORDER",
    "3 wing boxes 4 frying oil 24 monster",
    [L("BOX-WINGS", 3), L("OIL-RAPESEED-20L", 4), L("MONSTER-CAN", 2)],
    "24 monster is 2 cases of 12",
    tags=["count", "spoken"],
)
m(
    "golden-chicken",
    D[3],
    WA,
    "en",
    "QUESTION",
    "I would like to know if u do chicken wings raw? and whats the price per box",
    tags=["non_order_request"],
    notes="raw wings not in catalog",
)
m(
    "golden-chicken",
    D[4],
    WA,
    "en",
    "ORDER",
    "usual for friday bro but 6 chicken tikka not 4",
    [L("CHICKEN-TIKKA", 6)],
    "",
    ref={"kind": "usual", "set": ["CHICKEN-TIKKA"]},
)
m(
    "golden-chicken",
    D[5],
    WA,
    "en",
    "ORDER",
    "500 dip pots 4oz pls",
    [L("DIP-POT", None, "4oz")],
    "500 pots is half a case: not a whole number",
    tags=["count"],
    nohist=True,
)

# ---------------------------------------------------------------- napoli-events (caterer, never repeats, email, en)
m(
    "napoli-events",
    D[0],
    EM,
    "en",
    "ORDER",
    "Hi there,\nWedding on Saturday 4th (220 guests). Please send to our unit on Friday:\n8 x Caputo Pizzeria\n18 x "
    'fior di latte\n4 x pelati\n4 packs 12" kraft boxes\n4 cases still water\n\nThanks,\nLuca Bianchi\nNapoli on '
    "Wheels | 07700 900741",
    [
        L("FLOUR-CAPUTO-PIZZ", 8),
        L("MOZZ-FIOR", 18),
        L("TOM-PELATI", 4),
        L("BOX-KRAFT", 4, K12),
        L("WATER-STILL-500", 4),
    ],
    '220 guests, the 4th, 12" and phone are not quantities',
    tags=["signature"],
)
m(
    "napoli-events",
    D[1],
    EM,
    "en",
    "ORDER",
    "Hi, our usual event order for next Thursday please. Luca",
    [],
    "the caterer never repeats a basket: no usual",
    ref={"kind": "usual"},
    tags=["ambiguous_reference"],
)
m(
    "napoli-events",
    D[2],
    EM,
    "en",
    "QUESTION",
    "Hi, can I get a price for 40 sacks of Caputo Pizzeria for a festival in December? Not ordering yet. Luca",
    notes="a quote request listing a quantity",
    tags=["non_order_request"],
)
m(
    "napoli-events",
    D[2],
    EM,
    "en",
    "ORDER",
    "Luca here - for the corporate lunch: 3 spianata, 2 nduja, 3 limonata, 2 aranciata. Friday please",
    [L("SALAMI-SPIANATA", 3), L("NDUJA", 2), L("SANPELL-LIMONATA", 3), L("SANPELL-ARANCIATA", 2)],
)

# ---------------------------------------------------------------- trattoria-sole (Italian, email, it)
m(
    "trattoria-sole",
    D[0],
    EM,
    "it",
    "ORDER",
    "Buongiorno,\nper venerdì: 4 Caputo Cuoco, 6 vassoi bufala, 6 fior di latte, 4 cartoni passata in bottiglia, "
    "3 grana a pezzo.\nGrazie, Rosa\nTrattoria del Sole",
    [
        L("FLOUR-CAPUTO-CUOCO", 4),
        L("MOZZ-BUFALA", 6),
        L("MOZZ-FIOR", 6),
        L("PASSATA", 4, BOT),
        L("GRANA-WEDGE", 3),
    ],
    tags=["signature"],
)
m(
    "trattoria-sole",
    D[1],
    EM,
    "it",
    "ORDER",
    "Rosa: aggiungete 2 acciughe, 1 kalamata e 2 latte olio extravergine da 5 litri. Grazie",
    [L("ANCHOVY-TIN", 2), L("OLIVES-KALAMATA", 1), L("EVOO", 2, "5L Tin")],
)
m(
    "trattoria-sole",
    D[2],
    EM,
    "it",
    "ORDER",
    "Il solito per venerdì per favore, con 3 crudo in più. Rosa",
    [L("HAM-CRUDO", 3)],
    "the usual plus 3 crudo",
    ref={"kind": "usual"},
)
m(
    "trattoria-sole",
    D[3],
    EM,
    "it",
    "ORDER",
    "Buongiorno, mi servirebbero 24 bottiglie di passata e 36 acqua frizzante. Rosa",
    [L("PASSATA", 2, BOT), L("WATER-SPARK-500", None)],
    "24 bottles of passata is 2 cases of 12; 36 bottles of water is 1.5 cases: not a whole number",
    tags=["count"],
    nohist=True,
)
m(
    "trattoria-sole",
    D[4],
    EM,
    "it",
    "QUESTION",
    "Avete il pecorino romano grattugiato? Quanto costa al kilo?",
    notes="pecorino not in catalog",
)

# ---------------------------------------------------------------- porto-slice (Portuguese owner, SMS, en)
m(
    "porto-slice",
    D[0],
    SMS,
    "en",
    "ORDER",
    "Ola! 6 shredded mozz 2 pizza sauce 3 chouriço 3 pepperoni 45mm obg",
    [
        L("MOZZ-SHREDDED", 6),
        L("SAUCE-PIZZA-CLASSIC", 2),
        L("CHORIZO-SLICED", 3),
        L("PEPPERONI-SLICED", 3, "45mm"),
    ],
    tags=["spoken", "dialect"],
)
m(
    "porto-slice",
    D[1],
    SMS,
    "en",
    "ORDER",
    "4 packs kraft 12 inch, 1 kraft napkins, 2 sumol ananas, 2 still water",
    [L("BOX-KRAFT", 4, K12), L("NAPKINS", 1, "Kraft Brown"), L("SUMOL-ANANAS", 2), L("WATER-STILL-500", 2)],
)
m(
    "porto-slice",
    D[2],
    SMS,
    "en",
    "ORDER",
    "need peppers x2 + the frozen red onion x2 cheers Nuno",
    [A(PEPPERS, 2), L("ONION-DICED-FZ", 2)],
    "bare peppers",
)
m("porto-slice", D[3], SMS, "en", "ORDER", "usual for tues please Nuno", [], "", ref={"kind": "usual"})
m(
    "porto-slice",
    D[4],
    SMS,
    "en",
    "COMPLAINT",
    "the sumol came warm and 3 cans burst in the case. sort it pls",
    notes="complaint",
)

# ---------------------------------------------------------------- fire-and-flour (new pizza van, WA, en)
m(
    "fire-and-flour",
    D[0],
    WA,
    "en",
    "ORDER",
    "Hi! We're Fire & Flour, a new wood-fired pizza van starting Saturday. First order, we'll pay on delivery: "
    "4 sacks Caputo Pizzeria, 10 fior di latte, 2 cases pelati, 2 packs 10 inch kraft boxes. Address Unit 2, Arch 14, "
    "Railway Approach. Thanks! Sam",
    [L("FLOUR-CAPUTO-PIZZ", 4), L("MOZZ-FIOR", 10), L("TOM-PELATI", 2), L("BOX-KRAFT", 2, K10)],
    "first order paid on delivery ships; unit and arch numbers are not quantities",
    tags=["new_customer"],
)
m(
    "fire-and-flour",
    D[2],
    WA,
    "en",
    "ORDER",
    "Hi Sam again - same as my first order again please for next Saturday",
    [],
    "a first-time customer's reference: messages are not history",
    ref={"kind": "last"},
    tags=["new_customer", "ambiguous_reference"],
)
m(
    "fire-and-flour",
    D[3],
    WA,
    "en",
    "QUESTION",
    "Can I open a 30 day account with you or is it card only for new customers?",
    tags=["new_customer", "non_order_request"],
)
m(
    "fire-and-flour",
    D[4],
    WA,
    "en",
    "ORDER",
    "could you also bring 2 boxes of 14 inch dough balls and some olive oil, like 2",
    [L("DOUGH-BALLS", 2, '14" 300g (box of 40)'), A(OLIVE_OIL, 2)],
    "olive oil is EVOO or pomace",
    tags=["new_customer", "non_order_request"],
)

# ---------------------------------------------------------------- pizzeria-tirana (new Albanian, WA, sq)
m(
    "pizzeria-tirana",
    D[1],
    WA,
    "sq",
    "ORDER",
    "Përshëndetje, jemi pizzeri e re në Walthamstow. Porosia e parë, paguajmë me 30 ditë: 5 thasë Caputo Cuoco, "
    "6 mozzarella rendë, 2 pizza sauce.",
    [L("FLOUR-CAPUTO-CUOCO", 5), L("MOZZ-GRATED", 6), L("SAUCE-PIZZA-CLASSIC", 2)],
    "a first order on a 30-day account is in review",
    rv=True,
    nohist=True,
    tags=["new_customer", "credit"],
)
m(
    "pizzeria-tirana",
    D[3],
    WA,
    "sq",
    "QUESTION",
    "A mund të na dërgoni listën e çmimeve? Faleminderit",
    tags=["new_customer"],
)
m(
    "pizzeria-tirana",
    D[4],
    WA,
    "sq",
    "ORDER",
    "Ju lutem 3 kuti 12 inch dhe 1 peçeta",
    [A(BOXES, 3, W12), L("NAPKINS", 1, None)],
    "box colour and napkin colour not given",
    tags=["new_customer"],
)

# ================================================================ second pass: more everyday traffic
m(
    "bella-napoli",
    D[6],
    WA,
    "it",
    "ORDER",
    "Marco domani mattina 2 ricotta e 1 acciughe, e 3 scatole fior di latte... scusa, 30 fior di latte",
    [L("RICOTTA", 2), L("ANCHOVY-TIN", 1), L("MOZZ-FIOR", 30)],
    "self-correction: 30 fior di latte",
    tags=["self_correction"],
)
m(
    "bella-napoli",
    D[1],
    WA,
    "it",
    "OTHER",
    "Grazie Marco, tutto arrivato perfetto stamattina 👌",
    notes="thanks",
    tags=["emoji"],
)
m(
    "forno-rosso",
    D[5],
    EM,
    "it",
    "ORDER",
    "Buongiorno, per sabato ci servono 2 gorgonzola dolce, 1 olive nere e 2 carciofi. Saluti, Giulia",
    [L("GORGONZOLA", 2), L("OLIVES-BLACK", 1), L("ARTICHOKE", 2)],
)
m(
    "forno-rosso",
    D[4],
    EM,
    "it",
    "CANCEL",
    "Buongiorno, per favore annullate l'ordine di sabato, il forno è rotto e restiamo chiusi. Giulia",
    notes="cancels Saturday's order",
)
m(
    "pizza-palace",
    D[2],
    SMS,
    "en",
    "QUESTION",
    "wots the price on 16 inch white boxes now? thinking of doing a family size",
    tags=["typo"],
)
m(
    "pizza-palace",
    D[6],
    SMS,
    "en",
    "ORDER",
    "2 jalapenos and 2 boxes ketchup sachets, same drop as the coke",
    [L("JALAPENO", 2), L("KETCHUP-SACHET", 2)],
    "addition to the day's delivery",
)
m(
    "mama-mia",
    D[6],
    WA,
    "en",
    "ORDER",
    "vëlla also 2 kebab chilli sauce and a box of ayran for monday",
    [L("SAUCE-KEBAB-CHILLI", 2), L("AYRAN", 1)],
    "'a box of ayran' is one case of 20",
    tags=["dialect"],
)
m(
    "mama-mia",
    D[4],
    WA,
    "en",
    "ORDER",
    "2 black olives 1 jalapeno 1 case diet coke",
    [L("OLIVES-BLACK", 2), L("JALAPENO", 1), L("COLA-DIET-CAN", 1)],
    tags=["spoken"],
)
m(
    "dardania",
    D[6],
    WA,
    "sq",
    "ORDER",
    "3 proshutë e prerë në kubikë, 4 kërpudha në kanoçe, 1 piper i grirë (chilli flakes)",
    [L("HAM-DICED", 3), L("MUSH-TIN", 4), L("CHILLI-FLAKES", 1)],
    "diced ham, tinned mushrooms, chilli flakes",
)
m(
    "kosova-grill",
    D[6],
    SMS,
    "en",
    "ORDER",
    "1 mayo bucket 2 frozen onion 2 still water 2 coke zero",
    [L("MAYO-10L", 1), L("ONION-DICED-FZ", 2), L("WATER-STILL-500", 2), L("COLA-ZERO-CAN", 2)],
    tags=["spoken"],
)
m(
    "kosova-grill",
    D[3],
    SMS,
    "en",
    "QUESTION",
    "hi can i get an invoice copy for last month, accountant asking. Arben",
    notes="invoice copy request",
    tags=["non_order_request"],
)
m(
    "lisboa-pizza",
    D[6],
    WA,
    "pt",
    "ORDER",
    "Boa tarde, para segunda: 2 sumol laranja, 2 orégano e 1 pimentos assados",
    [L("SUMOL-LARANJA", 2), L("OREGANO-500", 2), L("PEPPERS-ROASTED", 1)],
)
m(
    "lisboa-pizza",
    D[3],
    WA,
    "pt",
    "COMPLAINT",
    "Faltou uma caixa de tomate picado na entrega de hoje. A fatura diz 3, chegaram 2.",
    notes="short delivery complaint",
)
m(
    "sabor-pizzaria",
    D[5],
    EM,
    "pt",
    "ORDER",
    "Olá, por favor mandem 3 frango BBQ, 3 milho e 2 azeitonas verdes junto com o pedido de segunda. Thiago",
    [L("CHICKEN-BBQ", 3), L("SWEETCORN-TIN", 3), L("OLIVES-GREEN", 2)],
)
m(
    "sabor-pizzaria",
    D[6],
    EM,
    "pt",
    "OTHER",
    "Resposta automática: estou de férias até 13/11. Para pedidos urgentes fale com Carla no 07700 900432.",
    notes="auto-reply with a date and a phone number",
)
m(
    "anatolia",
    D[2],
    WA,
    "tr",
    "ORDER",
    "abi 2 uludağ, 2 beyaz peynir ve 1 pul biber ekle cumaya",
    [L("ULUDAG-GAZOZ", 2), L("FETA-TIN", 2), L("CHILLI-FLAKES", 1)],
    "addition to Friday",
)
m(
    "anatolia",
    D[6],
    WA,
    "tr",
    "OTHER",
    "Abi yeni telefon numaram bu, kayıtlara ekler misin? Kemal",
    notes="contact change",
)
m(
    "efes-pizza",
    D[6],
    SMS,
    "en",
    "ORDER",
    "4 halal pep 2 meatball 1 garlic dip box 1 sweetcorn",
    [L("PEPPERONI-HALAL", 4), L("MEATBALLS", 2), L("DIP-GARLIC", 1), L("SWEETCORN-TIN", 1)],
    tags=["spoken"],
)
m(
    "efes-pizza",
    D[1],
    SMS,
    "en",
    "ORDER",
    "can u send 4 ayrans with tmrws drop",
    [L("AYRAN", None)],
    "4 ayrans is no whole case of 20 (cans or cases?): not a whole number",
    nohist=True,
    tags=["pack", "non_order_request"],
)
m(
    "istanbul-grill",
    D[5],
    EM,
    "tr",
    "ORDER",
    "Merhaba, cumartesi için 2 koli Uludağ ve 4 koli ayran, bir de 2 kutu calzone kutusu. Teşekkürler, Mehmet",
    [L("ULUDAG-GAZOZ", 2), L("AYRAN", 4), L("BOX-CALZONE", 2)],
)
m(
    "istanbul-grill",
    D[6],
    EM,
    "tr",
    "QUESTION",
    "Merhaba, lavaş ekmeği satıyor musunuz? Haftada 300 adet lazım.",
    notes="lavash not in catalog",
)
m(
    "slice-union",
    D[4],
    EM,
    "en",
    "ORDER",
    "Hi, one more for Saturday: 2 artichoke tins and a Grana wedge. Ta, Priya",
    [L("ARTICHOKE", 2), L("GRANA-WEDGE", 1)],
)
m(
    "slice-union",
    D[2],
    EM,
    "en",
    "OTHER",
    "Hi, please add our new sous chef Ollie Brandt (ollie@sliceunion.example) to the delivery confirmation "
    "emails. Thanks, Priya",
    notes="contact addition",
    tags=["non_order_request"],
)
m(
    "dough-bros",
    D[6],
    SMS,
    "en",
    "ORDER",
    "pizza fest sunday!! 8 boxes 10 inch balls 12 grated mozz 4 pizza sauce 6 kraft 10 inch 4 red bull",
    [
        L("DOUGH-BALLS", 8, '10" 200g (box of 60)'),
        L("MOZZ-GRATED", 12),
        L("SAUCE-PIZZA-CLASSIC", 4),
        L("BOX-KRAFT", 6, K10),
        L("REDBULL-CAN", 4),
    ],
    "a large order with a reason (festival) is not an outlier",
    tags=["spoken"],
)
m(
    "dough-bros",
    D[3],
    SMS,
    "en",
    "ORDER",
    "2 large nitrile gloves 1 kraft napkins 1 oregano",
    [L("GLOVES-NITRILE", 2, "Large"), L("NAPKINS", 1, "Kraft Brown"), L("OREGANO-500", 1)],
)
m(
    "campus-pizza",
    D[6],
    EM,
    "en",
    "QUESTION",
    "Dear team, I would like to request a statement of account for October for our finance office. Regards, "
    "Helen Okafor",
    notes="statement request",
    tags=["non_order_request"],
)
m(
    "campus-pizza",
    D[2],
    EM,
    "en",
    "ORDER",
    "Dear team,\nPlease add 2 bags of frozen diced onion, 2 cases of sweetcorn... correction, 2 tins of sweetcorn, "
    "and 1 case of white napkins to Tuesday.\nHelen",
    [L("ONION-DICED-FZ", 2), L("SWEETCORN-TIN", 2), L("NAPKINS", 1, "White")],
    "self-correction: tins",
    tags=["self_correction"],
)
m(
    "crust-co",
    D[3],
    EM,
    "en",
    "ORDER",
    "Subject: CC-PO-30425 sundries\n\nHi,\nPlease add 2 tubs garlic purée and 2 packs blue roll to Friday.\n"
    "Regards, Daniel",
    [L("GARLIC-PUREE", 2), L("BLUE-ROLL", 2)],
    tags=["signature"],
)
m(
    "crust-co",
    D[6],
    EM,
    "en",
    "CHANGE",
    "Hi, please move PO CC-PO-30427 from Friday to Saturday morning, the Camden site is being deep cleaned on "
    "Friday. Daniel",
    notes="moves a placed order",
    change=[],
)
m(
    "hotshot",
    D[6],
    WA,
    "en",
    "ORDER",
    "[Voice note transcript] right can you send a case of irn bru two cases of coke one point five and a pizza blend",
    [L("IRNBRU-CAN", 1), L("COLA-ORIG", 2, "6 x 1.5L Bottle"), L("MOZZ-BLEND", 1)],
    "'coke one point five' is the original 1.5L",
    tags=["voice", "spoken"],
)
m(
    "hotshot",
    D[3],
    WA,
    "en",
    "QUESTION",
    "can i get your opening hours over xmas? need to plan the orders",
    tags=["non_order_request"],
)
m(
    "pizza-shed",
    D[5],
    EM,
    "en",
    "ORDER",
    "Hi, for next Wednesday: 4 Caputo Pizzeria, 8 fior di latte, 1 grana wedge and a chilli oil. Tom",
    [L("FLOUR-CAPUTO-PIZZ", 4), L("MOZZ-FIOR", 8), L("GRANA-WEDGE", 1), L("OIL-CHILLI-1L", 1)],
)
m(
    "golden-chicken",
    D[6],
    WA,
    "en",
    "ORDER",
    "2 cases coke cans 1 monster 3 wing boxes",
    [A(COKE, 2, CAN), L("MONSTER-CAN", 1), L("BOX-WINGS", 3)],
    "bare 'coke' is a family word even with 'cans'",
    tags=["spoken"],
)
m(
    "golden-chicken",
    D[3],
    WA,
    "en",
    "ORDER",
    "2 sweet chilli dips and 2 ketchup boxes and 3 10 inch white",
    [L("DIP-CHILLI", 2), L("KETCHUP-SACHET", 2), L("BOX-WHITE", 3, W10)],
    "'3 10 inch white': 3 packs of 10\"",
    tags=["number_in_name"],
)
m(
    "napoli-events",
    D[5],
    EM,
    "en",
    "ORDER",
    'Hi, birthday party Sunday (80 guests): 3 Caputo Pizzeria, 6 fior di latte, 2 bufala, 2 packs 12" kraft boxes, '
    "2 cases kraft napkins. Luca",
    [
        L("FLOUR-CAPUTO-PIZZ", 3),
        L("MOZZ-FIOR", 6),
        L("MOZZ-BUFALA", 2),
        L("BOX-KRAFT", 2, K12),
        L("NAPKINS", 2, "Kraft Brown"),
    ],
    '80 guests and 12" are not quantities',
)
m(
    "trattoria-sole",
    D[5],
    EM,
    "it",
    "ORDER",
    "Buongiorno, per martedì 2 pomodori secchi e 3 acqua frizzante. Rosa",
    [L("SUNDRIED-TOM", 2), L("WATER-SPARK-500", 3)],
)
m(
    "trattoria-sole",
    D[6],
    EM,
    "it",
    "COMPLAINT",
    "La bufala di venerdì era acida, abbiamo buttato 2 vassoi. Per favore fateci un accredito.",
    notes="complaint",
)
m(
    "porto-slice",
    D[5],
    SMS,
    "en",
    "ORDER",
    "hi Nuno here 3 chouriço 2 roasted peppers 1 jalapeno 1 oregano",
    [L("CHORIZO-SLICED", 3), L("PEPPERS-ROASTED", 2), L("JALAPENO", 1), L("OREGANO-500", 1)],
)
m(
    "porto-slice",
    D[6],
    SMS,
    "en",
    "ORDER",
    "2 coke zero cans and 2 sumol ananas",
    [L("COLA-ZERO-CAN", 2), L("SUMOL-ANANAS", 2)],
    "small-N rule: 2 cans of a case product is 2 cases",
    tags=["container"],
)
m(
    "fire-and-flour",
    D[5],
    WA,
    "en",
    "ORDER",
    "Sam @ Fire & Flour: 2 packs of 35mm pepperoni, 3 grated mozzarella and a box of pizza savers please 🔥",
    [L("PEPPERONI-SLICED", 2, "35mm"), L("MOZZ-GRATED", 3), L("PIZZA-SAVERS", 1)],
    "paid on delivery like the first order",
    tags=["new_customer", "emoji"],
)
m(
    "fire-and-flour",
    D[6],
    WA,
    "en",
    "OTHER",
    "I'd like to book a table for 4 on Saturday at 8pm please, name of Collins",
    notes="misdirected table booking",
    tags=["new_customer", "non_order_request"],
)
m(
    "pizzeria-tirana",
    D[5],
    WA,
    "sq",
    "ORDER",
    "Dëshiroj të porosis 2 thasë Caputo Pizzeria dhe 4 mozzarella rendë, paguajmë kesh në dorëzim.",
    [L("FLOUR-CAPUTO-PIZZ", 2), L("MOZZ-GRATED", 4)],
    "paid on delivery: ships",
    tags=["new_customer", "non_order_request"],
)
m(
    "pizzeria-tirana",
    D[6],
    WA,
    "sq",
    "QUESTION",
    "Dëshiroj të di nëse keni kuti pizza 18 inch. Faleminderit",
    notes='18" boxes not in catalog',
    tags=["new_customer", "non_order_request"],
)
m(
    "bella-napoli",
    D[3],
    WA,
    "it",
    "ORDER",
    "Marco vorrei 2 lievito fresco e 1 lievito secco per sabato",
    [L("YEAST-FRESH", 2), L("YEAST-DRIED", 1)],
    tags=["non_order_request"],
)
m(
    "forno-rosso",
    D[3],
    EM,
    "it",
    "ORDER",
    "Buongiorno, vorrei ordinare 2 scatole di funghi freschi e 4 latte di pelati per venerdì. Giulia",
    [L("MUSH-FRESH", 2), L("TOM-PELATI", None)],
    "4 tins of pelati is no whole case of 6: not a whole number",
    nohist=True,
    tags=["container", "non_order_request"],
)

# ================================================================ third pass: unstocked items, changes, cancellations
m(
    "pizza-palace",
    D[4],
    SMS,
    "en",
    "ORDER",
    "2 cases pepsi max, 3 cans of fanta and 10 grated mozz pls",
    [N(2), L("FANTA-CAN", 3), L("MOZZ-GRATED", 10)],
    "pepsi max not in catalog (coke is no substitute); small-N rule: 3 cans of fanta is 3 cases",
    tags=["container"],
    nohist=True,
)
m(
    "kosova-grill",
    D[2],
    SMS,
    "en",
    "ORDER",
    "also 2 rolls bin bags and 2 garlic sauce tubs",
    [N(2), L("SAUCE-GARLIC-TUB", 2)],
    "bin bags not in catalog (paper carrier bags are no substitute)",
    nohist=True,
)
m(
    "slice-union",
    D[6],
    EM,
    "en",
    "ORDER",
    "Hi, for Monday: 6 burrata, 4 pelati and 2 nduja please. Priya",
    [N(6), L("TOM-PELATI", 4), L("NDUJA", 2)],
    "burrata not in catalog (fior di latte and bufala are stocked)",
    nohist=True,
)
m(
    "crust-co",
    D[5],
    EM,
    "en",
    "ORDER",
    'Hi, please add 2 packs of 18" white pizza boxes and 2 packs of 16" to Saturday\'s delivery. Daniel',
    [L("BOX-WHITE", 2, None), L("BOX-WHITE", 2, W16)],
    '18" does not exist: the variant stays open (nofill)',
    nofill=True,
)
m(
    "dardania",
    D[4],
    WA,
    "sq",
    "ORDER",
    "2 halloumi dhe 2 kuti sucuk ju lutem",
    [N(2), L("SUCUK-SLICED", 2)],
    "halloumi not in catalog (the white cheese is no substitute)",
    nohist=True,
)
m(
    "golden-chicken",
    D[5],
    WA,
    "en",
    "ORDER",
    "30 cans red bull and 2 boxes wing boxes",
    [L("REDBULL-CAN", None), L("BOX-WINGS", 2)],
    "30 cans is 1.25 cases: not a whole number",
    tags=["container"],
    nohist=True,
)
m(
    "efes-pizza",
    D[4],
    SMS,
    "en",
    "ORDER",
    "need 2 boxes mozzarella sticks and 4 printed 12 inch",
    [N(2), L("BOX-PRINTED", 4, '12" (pack of 100)')],
    "mozzarella sticks not in catalog (no mozzarella substitute)",
    nohist=True,
)
m(
    "hotshot",
    D[2],
    WA,
    "en",
    "CHANGE",
    "hiya for tomorrows order can u make the pizza blend 12 not 10 ta",
    notes="changes a quantity on a placed order",
    change=[L("MOZZ-BLEND", 12)],
)
m(
    "trattoria-sole",
    D[2],
    EM,
    "it",
    "CHANGE",
    "Buongiorno, per l'ordine di venerdì: al posto della passata in bottiglia mandate quella in latta, stesse "
    "quantità (4). Rosa",
    notes="swaps the passata variant",
    change=[L("PASSATA", 0, BOT), L("PASSATA", 4, TIN)],
)
m(
    "lisboa-pizza",
    D[5],
    WA,
    "pt",
    "CHANGE",
    "Podem entregar a encomenda de quarta na quinta de manhã? Obrigado",
    notes="moves a placed order",
    change=[],
)
m(
    "efes-pizza",
    D[5],
    SMS,
    "en",
    "CANCEL",
    "cancel the mozz sticks order pls found them elsewhere",
    notes="cancels an earlier order",
)
m(
    "napoli-events",
    D[3],
    EM,
    "en",
    "CANCEL",
    "Hi, the corporate lunch has been called off by the client, please cancel Friday's order. Apologies, Luca",
    notes="cancels Friday's order",
)
m(
    "anatolia",
    D[3],
    WA,
    "tr",
    "ORDER",
    "bir de 3 kutu eldiven large, nitril olanlardan",
    [L("GLOVES-NITRILE", 3, "Large")],
    "nitril names the nitrile gloves",
    tags=["text_over_guide"],
)

# ================================================================ fourth pass: pack notation and the rest of the range
m(
    "hotshot",
    D[4],
    WA,
    "en",
    "ORDER",
    "2 x 24 sprite, 1 x 24 dr pepper and 2 bbq base sauce please",
    [L("SPRITE-CAN", 2), L("DRPEPPER-CAN", 1), L("SAUCE-BBQ-BASE", 2)],
    "'2 x 24' is 2 cases of 24, not 48 cases",
    tags=["pack"],
)
m(
    "golden-chicken",
    D[2],
    WA,
    "en",
    "ORDER",
    "2 cs rubicon mango 1 cs rubicon guava 1 cs red bull sugar free",
    [L("RUBICON-MANGO", 2), L("RUBICON-GUAVA", 1), L("REDBULL-SF-CAN", 1)],
    tags=["spoken"],
)
m(
    "pizza-palace",
    D[5],
    SMS,
    "en",
    "ORDER",
    "grated cheddar x2 and a pizza seasoning ta",
    [L("CHEDDAR-GRATED", 2), L("PIZZA-SEASONING", 1)],
)
m(
    "crust-co",
    D[4],
    EM,
    "en",
    "ORDER",
    "Hi, two more items for Friday please: 2 x (6 x 2.5kg) passata and 2 x 5L oven cleaner for the Camden deck "
    "oven. Thanks, Daniel",
    [L("PASSATA", 2, TIN), L("OVEN-CLEANER", 2)],
    "inline pack notation: 2 cases of 6 tins; 5L is in the name",
    tags=["pack", "number_in_name"],
)
m(
    "porto-slice",
    D[2],
    SMS,
    "en",
    "ORDER",
    "rubicon x2 and 1 kraft napkins",
    [A(RUBICON, 2), L("NAPKINS", 1, "Kraft Brown")],
    "rubicon flavour not given",
)
m(
    "dough-bros",
    D[2],
    SMS,
    "en",
    "ORDER",
    "24 red bull sugarfree cans + 1 grated mozz",
    [L("REDBULL-SF-CAN", 1), L("MOZZ-GRATED", 1)],
    "24 cans is one case",
    tags=["count"],
)
