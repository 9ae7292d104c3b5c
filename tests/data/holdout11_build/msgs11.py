# ruff: noqa  (hand-written data generator for the eleventh blind set, kept as its writer left it)
"""holdout11 messages and their plain labels, all hand-written.

Helpers:
  L(sku, qty, variant)   a line; `variant` is given exactly for products with variants (None = not stated)
  F(qty, candidates)     a null-sku line ambiguous between catalog products (family word)
                         cv= a variant named in the text that the candidates share
                         qty_by= {sku: qty} where the quantity depends on which candidate it is (qty is then None)
                         nohist=True: history must not resolve it (the text names something that does not exist)
  X(qty)                 a null-sku line for something not in the catalog
  M(...)                 a message. ref= a reference to history, applied by build11 to the customer's history:
                         {"kind": "usual"|"last", "remove": [(sku, var)], "set": [(sku, var, qty)],
                          "add": [(sku, var, qty)], "mult": [(sku, var, factor)], "swap": [(sku, from, to)]}
                         why= a review reason that history does not remove (credit, conditional)
"""

import datetime

NO = object()
START = datetime.date(2026, 8, 31)


def L(sku, qty, variant=NO):
    d = {"sku": sku}
    if variant is not NO:
        d["variant"] = variant
    d["quantity"] = qty
    return d


def F(qty, cands, cv=None, qty_by=None, nohist=False):
    d = {"sku": None, "quantity": qty, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    if qty_by:
        d["_qty_by"] = qty_by
    if nohist:
        d["_nohist"] = True
    return d


def X(qty):
    return {"sku": None, "quantity": qty}


MESSAGES = []


def M(
    c,
    d,
    lang,
    intent,
    text,
    lines=(),
    notes="",
    tags=(),
    ch=None,
    ref=None,
    why=None,
    outlier=False,
    change=None,
):
    MESSAGES.append(
        dict(
            customer=c,
            date=(START + datetime.timedelta(days=d)).isoformat(),
            language=lang,
            intent=intent,
            text=text,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            channel=ch,
            ref=ref,
            why=why,
            outlier=outlier,
            change_lines=change,
        )
    )


# candidate lists used more than once
TOMS_BOX = ["TOM-VINE-3", "TOM-CHERRY-L", "TOM-PLUM-6", "TOM-BEEF-5", "TOM-ROUND-6", "TOM-HERIT-3"]
TOMS_ALL = [
    "TOM-VINE-3",
    "TOM-CHERRY-P",
    "TOM-CHERRY-L",
    "TOM-PLUM-6",
    "TOM-BEEF-5",
    "TOM-ROUND-6",
    "TOM-HERIT-3",
]
POTS_ALL = ["POT-MP-25", "POT-MP-10", "POT-KE-25", "POT-BABY-5", "POT-CHAR-10", "POT-BAKE-15"]
POTS_SACK = ["POT-MP-25", "POT-KE-25"]
ONIONS = ["ONI-BRN-25", "ONI-BRN-10", "ONI-RED-10", "ONI-WHT-10"]
MUSH_BOX = [
    "MUSH-BUTTON",
    "MUSH-CHEST",
    "MUSH-PORTO",
    "MUSH-OYSTER",
    "MUSH-KINGOYS",
    "MUSH-SHIITAKE",
    "MUSH-WILD",
]
EGGS = ["EGG-FR-L", "EGG-FR-M"]
PARSLEY = ["HERB-PARS-FLAT", "HERB-PARS-CURLY"]
AVOS = ["AVO-HASS-4", "AVO-RIPE-20"]
CABBAGE = ["GRN-CAB-WHT", "GRN-CAB-SAV", "GRN-CAB-RED"]
LETTUCE_BOX = ["LET-ICEBERG", "LET-COS", "LET-GEM"]
ORANGES = ["CIT-ORG-JUICE", "CIT-ORG-NAVEL"]
APPLES_BOX = ["APL-GALA", "APL-GRANNY"]
APPLES = ["APL-GALA", "APL-GRANNY", "APL-BRAMLEY"]
CHILLIES = ["CHI-FRESH", "CHI-BIRDSEYE", "CHI-SCOTCH"]
SPINACH = ["GRN-SPIN-BABY", "GRN-SPIN-LEAF"]
MILK = ["MILK-WHOLE", "MILK-SEMI"]
BEET = ["ROOT-BEET-RAW", "ROOT-BEET-CKD"]
BLUE = ["BER-BLUE-P", "BER-BLUE-2"]

# ======================================================================= olive-tree (Greek, Greeklish, WhatsApp)
M(
    "olive-tree",
    0,
    "el",
    "ORDER",
    "Kalimera! Olive Tree edo. Gia tin Triti: 3 koutia ntomates salatas, 2 koutia agouria, 2 sakoulia kokkina "
    "kremmydia, 10 matsakia maintano platy kai 6 matsakia anitho. Efxaristo poly",
    [
        L("TOM-ROUND-6", 3),
        L("MED-CUC-12", 2),
        L("ONI-RED-10", 2),
        L("HERB-PARS-FLAT", 10, "Bunch"),
        L("HERB-DILL", 6),
    ],
    "Greek in Latin script. 'ntomates salatas' = salad (round) tomatoes; 'maintano platy' = flat-leaf parsley, "
    "'matsakia' = bunches; 'Triti' (Tuesday) is not a number.",
    ["variant"],
)
M(
    "olive-tree",
    2,
    "el",
    "ORDER",
    "Nikos pali. Steile mou 4 koutia ntomates kai 160 lemonia, ta theloume gia to savvatokyriako. Kai 5 dyosmo",
    [F(4, TOMS_BOX), L("CIT-LEMON-80", 2), L("HERB-MINT", 5)],
    "'4 koutia ntomates' (4 boxes of tomatoes): bare family word, ambiguous between the boxed tomatoes (the punnet "
    "trays are excluded by 'koutia'). 160 lemons = 2 boxes of 80. 'dyosmo' = mint (bunch).",
    ["family", "count"],
)
M(
    "olive-tree",
    4,
    "el",
    "COMPLAINT",
    "Ta 2 koutia kolokythakia tis Defteras itan ola malaka kai kitrina, den ta xrisimopoioume. Mporeite na ta "
    "pistosete?",
    [],
    "Soft courgettes, asks for a credit.",
    [],
)
M(
    "olive-tree",
    1,
    "el",
    "OTHER",
    "Efxaristo gia to grigoro delivery simera 👍 o odigos itan poly kalos",
    [],
    "Thanks.",
    [],
)
M(
    "olive-tree",
    5,
    "el",
    "ORDER",
    "Ta idia me tin perasmeni Deftera, alla 3 sakia patates anti gia 2.",
    [F(3, POTS_SACK)],
    "Reference to history ('same as last Monday'), ambiguous without it; '3 sakia patates' (3 sacks of potatoes) "
    "is a new quantity for a bare family word narrowed to the 25kg sacks.",
    ["reference", "family"],
    ref={"kind": "last", "set": [("POT-MP-25", None, 3)]},
)
M(
    "olive-tree",
    3,
    "el",
    "ORDER",
    "Prosthese stin avriani paraggelia 2 koutia melitzanes kai 1 kolokythakia. Poso kanei to kouti me tis "
    "kitrines piperies?",
    [L("MED-AUB-5", 2), L("MED-COURG-5", 1)],
    "Addition to tomorrow's order (ORDER) plus a separate price question about yellow peppers, which is not a "
    "line.",
    ["side_question"],
)
M(
    "olive-tree",
    6,
    "el",
    "CANCEL",
    "Akyrose tin paraggelia tis Defteras parakalo, kleinoume gia episkeves mia evdomada.",
    [],
    "Cancels Monday's order (closed for repairs).",
    [],
)

# ======================================================================= casa-lisboa (Portuguese, WhatsApp)
M(
    "casa-lisboa",
    0,
    "pt",
    "ORDER",
    "Bom dia! Para quarta: 2 sacos de cebola castanha de 10kg, 2 kg de alho, 2 caixas de tomate pera, 10 molhos "
    "de coentros, 1 saco de batata Maris Piper 25kg. Obrigada, Fernanda",
    [
        L("ONI-BRN-10", 2),
        L("GAR-BULB", 2),
        L("TOM-PLUM-6", 2),
        L("HERB-CORI", 10, "Bunch"),
        L("POT-MP-25", 1),
    ],
    "'cebola castanha' = brown onion, 10kg and 25kg are pack sizes; 'molhos' = bunches.",
    ["variant"],
)
M(
    "casa-lisboa",
    2,
    "pt",
    "ORDER",
    "Fernanda aqui 🙋‍♀️ preciso de 90 ovos e 1 caixa de pimentos vermelhos para amanhã",
    [F(3, EGGS), L("PEP-BELL-5", 1, "Red")],
    "90 eggs = 3 trays of 30 whatever the size, but 'ovos' does not say large or medium: ambiguous. "
    "'pimentos vermelhos' = red bell peppers.",
    ["family", "count", "variant"],
)
M(
    "casa-lisboa",
    3,
    "pt",
    "QUESTION",
    "Gostaria de abrir uma segunda conta para o nosso novo café em Brixton. Como faço? Precisam do NIF?",
    [],
    "Opens like a request; asks how to open a second account.",
    ["non_order_request"],
)
M(
    "casa-lisboa",
    4,
    "pt",
    "ORDER",
    "O mesmo da semana passada mas sem a alface e mais 2 caixas de limões",
    [L("CIT-LEMON-80", 2)],
    "Reference to history ('same as last week'), ambiguous without it; removes the iceberg, adds 2 boxes of "
    "lemons.",
    ["reference"],
    ref={"kind": "last", "remove": [("LET-ICEBERG", None)], "add": [("CIT-LEMON-80", None, 2)]},
)
M(
    "casa-lisboa",
    5,
    "pt",
    "COMPLAINT",
    "Os coentros de ontem vieram todos amarelos, 10 molhos para o lixo. Podem creditar?",
    [],
    "Yellow coriander, asks for a credit.",
    [],
)
M(
    "casa-lisboa",
    6,
    "pt",
    "ORDER",
    "Para segunda: 3 caixas tomate pera, 2 kg de alho, 2 caixas de alface e 1 caixa de grelos se tiverem",
    [L("TOM-PLUM-6", 3), L("GAR-BULB", 2), F(2, LETTUCE_BOX), X(1)],
    "'alface' (lettuce) by the box: ambiguous between iceberg, cos and little gem. 'grelos' (turnip tops) not in "
    "catalog.",
    ["family", "not_in_catalog"],
)

# ======================================================================= pod-lipa (Polish, SMS)
M(
    "pod-lipa",
    0,
    "pl",
    "ORDER",
    "Dzień dobry, zamówienie na wtorek: 3 worki ziemniaków Maris Piper 25kg, 10 kg surowych buraków, 6 główek "
    "białej kapusty, 10 pęczków koperku, 2 skrzynki pieczarek. Marta, Pod Lipą",
    [L("POT-MP-25", 3), L("ROOT-BEET-RAW", 10), L("GRN-CAB-WHT", 6), L("HERB-DILL", 10), L("MUSH-BUTTON", 2)],
    "'pieczarki' are button mushrooms; 'surowe buraki' raw beetroot; 25kg is the sack size.",
    [],
)
M(
    "pod-lipa",
    2,
    "pl",
    "ORDER",
    "Prosze jeszcze 50 kg ziemniakow i 60 jajek na czwartek",
    [
        F(
            None,
            POTS_ALL,
            qty_by={"POT-MP-25": 2, "POT-KE-25": 2, "POT-MP-10": 5, "POT-CHAR-10": 5, "POT-BABY-5": 10},
        ),
        F(2, EGGS),
    ],
    "50kg of potatoes: bare family word, and the quantity depends on the product (2 sacks of 25kg or 5 bags of "
    "10kg): ambiguous, quantity not stated in selling units. 60 eggs = 2 trays, size ambiguous.",
    ["family", "weight", "count"],
)
M(
    "pod-lipa",
    3,
    "pl",
    "ORDER",
    "To samo co zawsze, plus 2 tacki jajek",
    [F(2, EGGS)],
    "Reference to history ('the usual'), ambiguous without it; plus 2 trays of eggs (size ambiguous).",
    ["reference", "family"],
    ref={"kind": "usual", "add": [("EGG-FR-M", None, 2)]},
)
M(
    "pod-lipa",
    4,
    "pl",
    "QUESTION",
    "Czy macie kwaśną śmietanę 18%? Potrzebujemy ok. 10 litrów tygodniowo.",
    [],
    "Asks about sour cream (not stocked); 18% and 10 litres are not an order.",
    [],
)
M(
    "pod-lipa",
    5,
    "pl",
    "ORDER",
    "Na wtorek: 2 worki cebuli 25kg, 2 skrzynki ogórków, 2 skrzynki ziemniaków do pieczenia 80 i 5 pęczków "
    "rzodkiewki",
    [L("ONI-BRN-25", 2), L("MED-CUC-12", 2), L("POT-BAKE-15", 2, "80 Count"), X(5)],
    "'cebula' in 25kg sacks: only brown onions come in 25kg. 'ziemniaki do pieczenia 80' = baking potatoes 80 "
    "count (80 is the count size, not a quantity). Radishes not in catalog.",
    ["not_in_catalog", "number_in_name", "variant"],
)
M(
    "pod-lipa",
    0,
    "pl",
    "CHANGE",
    "Zmiana: na jutro 4 worki ziemniaków zamiast 3.",
    [],
    "Changes the placed order for tomorrow (Maris Piper 25kg, 3 sacks) to 4.",
    [],
    change=[L("POT-MP-25", 4)],
)
M(
    "pod-lipa",
    6,
    "pl",
    "CANCEL",
    "Proszę anulować dostawę na piątek, mamy zamknięte z powodu awarii prądu.",
    [],
    "Cancels Friday's delivery.",
    [],
)

# ======================================================================= la-tasca (Spanish, WhatsApp)
M(
    "la-tasca",
    0,
    "es",
    "ORDER",
    "Hola! Para el jueves porfa: 4 bolsas de pimientos de padrón, 2 cajas de tomate pera, 2 sacos de cebolla "
    "blanca, 3 kg de ajo y 1 caja de limones. Gracias, Javi",
    [L("PEP-PADRON", 4), L("TOM-PLUM-6", 2), L("ONI-WHT-10", 2), L("GAR-BULB", 3), L("CIT-LEMON-80", 1)],
    "'sacos de cebolla blanca' = the 10kg bags of white onions (the only white onion).",
    [],
)
M(
    "la-tasca",
    2,
    "es",
    "ORDER",
    "Javi otra vez. Añade 2 cajas de setas, 3 kilos de padrón y 1 caja de pimientos, los amarillos no los rojos",
    [F(2, MUSH_BOX), L("PEP-PADRON", 3), L("PEP-BELL-5", 1, "Yellow")],
    "'setas' = mushrooms in general: ambiguous. 3 kg padrón = 3 bags of 1kg. 'caja de pimientos' narrows to bell "
    "peppers (the only peppers by the box), 'los amarillos' picks Yellow.",
    ["family", "weight", "variant"],
)
M(
    "la-tasca",
    3,
    "es",
    "QUESTION",
    "Quisiera saber a qué hora llega el reparto del sábado, tenemos 2 bodas y necesitamos todo antes de las 10",
    [],
    "Opens like a request; asks the delivery time.",
    ["non_order_request"],
)
M(
    "la-tasca",
    4,
    "es",
    "ORDER",
    "Lo de siempre pero sin huevos y con 6 bolsas de padrón en vez de 4",
    [L("PEP-PADRON", 6)],
    "Reference to history ('the usual'), ambiguous without it; no eggs, padrón 6 instead of 4.",
    ["reference"],
    ref={"kind": "usual", "remove": [("EGG-FR-L", None)], "set": [("PEP-PADRON", None, 6)]},
)
M(
    "la-tasca",
    5,
    "es",
    "ORDER",
    "Para mañana media caja de limones y media de limas, y 12 manojos de perejil",
    [L("CIT-LEMON-80", 0.5), L("CIT-LIME-60", 0.5), F(12, PARSLEY)],
    "Half boxes as written (0.5). 'perejil' (parsley) by the bunch: flat or curly, ambiguous.",
    ["half", "family"],
)
M(
    "la-tasca",
    6,
    "es",
    "COMPLAINT",
    "Las 4 bolsas de padrón del jueves venían casi todos picantes 😅 los clientes se quejaron",
    [],
    "Padrón peppers too hot.",
    [],
)
M(
    "la-tasca",
    1,
    "es",
    "OTHER",
    "Este viernes cerramos por la fiesta del barrio, no mandéis nada. Volvemos el lunes.",
    [],
    "Closure notice; no order is placed for Friday.",
    [],
)
M(
    "la-tasca",
    2,
    "es",
    "CHANGE",
    "El pedido del jueves: cambiad los 2 sacos de cebolla blanca por 2 de cebolla roja, por favor",
    [],
    "Changes the placed Thursday order: white onions out, 2 bags of red onions in (quantity 0 marks the "
    "removed line).",
    ["variant"],
    change=[L("ONI-WHT-10", 0), L("ONI-RED-10", 2)],
)

# ======================================================================= bistro-margaux (French, e-mail)
M(
    "bistro-margaux",
    0,
    "fr",
    "ORDER",
    "Objet : commande mardi 1er septembre\n\nBonjour,\n\nPour demain merci de livrer :\n- 2 sacs d'échalotes "
    "banane (5kg)\n- 2 caisses de pommes de terre Charlotte\n- 3 kg de haricots verts fins\n- 4 sachets "
    "d'estragon\n- 4 sachets de ciboulette\n- 4 pots de crème double 2L\n\nBonne journée,\nClaire Dubois\nChef "
    "de cuisine, Bistro Margaux\n27 Upper Street, London N1 0PN\nTél. 020 7946 0311",
    [
        L("ONI-SHAL-5", 2),
        L("POT-CHAR-10", 2),
        L("GRN-FINEBEAN", 3),
        L("HERB-TARRAGON", 4),
        L("HERB-CHIVES", 4),
        L("CREAM-DOUBLE", 4),
    ],
    "Signature with street number, postcode and phone; '1er septembre', 5kg and 2L are not quantities.",
    ["signature"],
)
M(
    "bistro-margaux",
    2,
    "fr",
    "ORDER",
    "Bonjour, pour jeudi : 2 caisses de champignons, 1 kg de girolles si vous en avez, sinon rien. Et 2 plateaux "
    "d'œufs. Claire",
    [F(2, MUSH_BOX), X(1), F(2, EGGS)],
    "'champignons' alone is ambiguous between the mushrooms sold by the box; girolles not in catalog (the mixed "
    "wild box is a look-alike, no substitute); eggs size ambiguous.",
    ["family", "not_in_catalog"],
)
M(
    "bistro-margaux",
    3,
    "fr",
    "QUESTION",
    "Je voudrais recevoir vos fiches techniques (allergènes, origine) pour les herbes fraîches, c'est pour notre "
    "contrôle d'hygiène du 10 septembre.",
    [],
    "Opens like a request; asks for spec sheets.",
    ["non_order_request"],
)
M(
    "bistro-margaux",
    4,
    "fr",
    "ORDER",
    "Objet : RE: Confirmation commande n° 58213\n\nParfait, et ajoutez 1 caisse de laitue little gem et 2 kg de "
    "haricots verts svp.\n\nClaire\n\n> Le 3 sept. 2026 à 16:02, Commandes a écrit :\n> Votre commande n° 58213 : "
    "2 x Échalotes banane 5kg, 2 x Pommes de terre Charlotte 10kg, 4 x Crème double 2L. Livraison le 04/09.",
    [L("LET-GEM", 1), L("GRN-FINEBEAN", 2)],
    "Only the new text is an order; the quoted confirmation (order number, quantities, date) is not.",
    ["quoted"],
)
M(
    "bistro-margaux",
    5,
    "fr",
    "COMPLAINT",
    "Les 4 sachets de ciboulette de mardi étaient noirs et gluants à l'ouverture. Merci de les créditer sur la "
    "facture F-20931.",
    [],
    "Bad chives, credit on invoice.",
    [],
)
M(
    "bistro-margaux",
    6,
    "fr",
    "ORDER",
    "Comme la semaine dernière, mais sans les champignons sauvages et avec 3 pots de crème au lieu de 4.",
    [L("CREAM-DOUBLE", 3)],
    "Reference to history ('as last week'), ambiguous without it; no wild mushrooms, cream 3 instead of 4 "
    "(double cream is the only cream).",
    ["reference"],
    ref={"kind": "last", "remove": [("MUSH-WILD", None)], "set": [("CREAM-DOUBLE", None, 3)]},
)
M(
    "bistro-margaux",
    4,
    "fr",
    "ORDER",
    "Pour vendredi : 3 kg de carottes multicolores, 1 caisse de céleri branche, 4 kg de fenouil et 2 céleris-raves.",
    [L("ROOT-RAINBOW", 3), L("GRN-CELERY", 1), L("MED-FENNEL", 4), L("ROOT-CELERIAC", 2)],
    "'céleri branche' = celery (box of 12 heads), 'céleri-rave' = celeriac (each).",
    [],
)

# ======================================================================= nonna-rosa (Italian, WhatsApp)
M(
    "nonna-rosa",
    0,
    "it",
    "ORDER",
    "Ciao! Per mercoledì: 3 cassette di pomodori perini, 2 vassoi di pomodorini rossi in vaschetta, 10 buste di "
    "basilico, 2 buste di rucola e 2 kg di cavolo nero. Grazie, Giulia",
    [
        L("TOM-PLUM-6", 3),
        L("TOM-CHERRY-P", 2, "Red"),
        L("HERB-BASIL", 10),
        L("LET-ROCKET", 2),
        L("GRN-CAVOLO", 2),
    ],
    "'pomodorini rossi in vaschetta' = red cherry tomato punnets, by the tray.",
    ["variant"],
)
M(
    "nonna-rosa",
    2,
    "it",
    "ORDER",
    "Giulia: mi servono anche 18 vaschette di pomodorini e 1 cassa di zucchine",
    [L("TOM-CHERRY-P", 2, None), L("MED-COURG-5", 1)],
    "18 punnets = 2 trays of 9 (only the punnet product comes in punnets); the colour is not stated: variant "
    "ambiguous.",
    ["pack", "variant"],
)
M(
    "nonna-rosa",
    3,
    "it",
    "QUESTION",
    "Avete fiori di zucca questa settimana? E a che prezzo la cassetta?",
    [],
    "Courgette flowers (not stocked): a question.",
    [],
)
M(
    "nonna-rosa",
    4,
    "it",
    "ORDER",
    "Il solito per sabato, grazie. Ma niente cavolo nero questa volta",
    [],
    "Reference to history ('the usual'), ambiguous without it; without cavolo nero.",
    ["reference"],
    ref={"kind": "usual", "remove": [("GRN-CAVOLO", None)]},
)
M(
    "nonna-rosa",
    5,
    "it",
    "ORDER",
    "messaggio vocale: allora ci servono tre cassette di melanzane due di zucchine una rete di cipolle rosse e "
    "dieci mazzi di prezzemolo",
    [L("MED-AUB-5", 3), L("MED-COURG-5", 2), L("ONI-RED-10", 1), F(10, PARSLEY)],
    "Voice transcript without commas; number words start items ('due di zucchine' = 2 boxes). 'prezzemolo' by "
    "the bunch: flat or curly, ambiguous.",
    ["spoken", "family"],
)
M(
    "nonna-rosa",
    6,
    "it",
    "COMPLAINT",
    "Il basilico di ieri era tutto annerito, 10 buste. Ce lo sostituite con la consegna di lunedì?",
    [],
    "Blackened basil, asks for replacement.",
    [],
)
M(
    "nonna-rosa",
    1,
    "it",
    "ORDER",
    "Per domani 2 casse di pomodori San Marzano DOP e 4 buste di rucola",
    [X(2), L("LET-ROCKET", 4)],
    "San Marzano DOP not in catalog (plum tomatoes are a look-alike; no substitute).",
    ["not_in_catalog"],
)
M(
    "nonna-rosa",
    5,
    "it",
    "OTHER",
    "Grazie mille ragazzi, la frutta per il matrimonio era perfetta 🙏",
    [],
    "Thanks.",
    [],
)

# ======================================================================= zum-hirsch (German, e-mail)
M(
    "zum-hirsch",
    0,
    "de",
    "ORDER",
    "Betreff: Bestellung KW 36\n\nHallo,\n\nbitte für Donnerstag:\n4 Säcke Maris Piper 25kg\n2 Säcke braune "
    "Zwiebeln 25kg\n10 Rotkohl\n6 Weißkohl\n5 kg Bramley Kochäpfel\n\nDanke und Gruß\nJürgen Brandt\nZum "
    "Goldenen Hirsch\n112 Brick Lane, London E1 6RL\n020 7946 0427",
    [L("POT-MP-25", 4), L("ONI-BRN-25", 2), L("GRN-CAB-RED", 10), L("GRN-CAB-WHT", 6), L("APL-BRAMLEY", 5)],
    "KW 36, street number, postcode and phone are not quantities; 25kg is the sack size.",
    ["signature"],
)
M(
    "zum-hirsch",
    2,
    "de",
    "ORDER",
    "Hallo, noch 30 kg Pommes und 12 Bund Petersilie bitte. Gruß J. Brandt",
    [L("PREP-CHIPS", 3, None), F(12, PARSLEY)],
    "30 kg of fresh chips = 3 bags of 10kg, but the cut (10mm/12mm/18mm) is not stated: variant ambiguous. "
    "'Petersilie' by the bunch: flat or curly, ambiguous.",
    ["weight", "variant", "family"],
)
M(
    "zum-hirsch",
    3,
    "de",
    "QUESTION",
    "Ich möchte gern wissen, ob Sie auch sonntags liefern – wir haben am 13.09. einen Oktoberfest-Vorabend mit "
    "200 Gästen.",
    [],
    "Opens like a request; asks about Sunday delivery. Date and guest count are not quantities.",
    ["non_order_request"],
)
M(
    "zum-hirsch",
    4,
    "de",
    "ORDER",
    "Wie letzte Woche bitte, aber 10 Beutel Pommes statt 4.",
    [L("PREP-CHIPS", 10, None)],
    "Reference to history ('as last week'), ambiguous without it; chips 10 instead of 4, cut not stated.",
    ["reference", "variant"],
    ref={"kind": "last", "set": [("PREP-CHIPS", "12mm", 10)]},
)
M(
    "zum-hirsch",
    5,
    "de",
    "ORDER",
    "Bitte Freitag: 40 Säcke Maris Piper 25kg.",
    [L("POT-MP-25", 40)],
    "Outlier: ten times the usual 4 sacks, no reason given.",
    ["outlier"],
    outlier=True,
)
M(
    "zum-hirsch",
    6,
    "de",
    "CHANGE",
    "Bitte die Bestellung für Freitag ändern: 4 Säcke Maris Piper, nicht 40 – das war ein Tippfehler.",
    [],
    "Corrects the placed Friday order to 4 sacks.",
    [],
    change=[L("POT-MP-25", 4)],
)
M(
    "zum-hirsch",
    1,
    "de",
    "COMPLAINT",
    "Der Rotkohl letzte Woche: von 10 Köpfen waren 3 innen braun. Bitte um Gutschrift.",
    [],
    "Bad red cabbage.",
    [],
)
M(
    "zum-hirsch",
    3,
    "de",
    "ORDER",
    "Bitte zusätzlich für Donnerstag 3 Beutel Baby-Kartoffeln, 1 Kiste Portobello und 2 Kisten Backkartoffeln 60er.",
    [L("POT-BABY-5", 3), L("MUSH-PORTO", 1), L("POT-BAKE-15", 2, "60 Count")],
    "'Backkartoffeln 60er' = baking potatoes 60 count (a size, not a quantity).",
    ["variant", "number_in_name"],
)

# ======================================================================= groene-vork (Dutch, e-mail)
M(
    "groene-vork",
    0,
    "nl",
    "ORDER",
    "Hoi! Bestelling voor dinsdag:\n3 zakken babyspinazie\n2 dozen grijze oesterzwammen\n10 kg flespompoen\n"
    "2 dozen tenderstem\n1 zak rode uien\nGroetjes, Sanne – De Groene Vork",
    [
        L("GRN-SPIN-BABY", 3),
        L("MUSH-OYSTER", 2, "Grey"),
        L("MED-BUTTERNUT", 10),
        L("GRN-TSTEM", 2),
        L("ONI-RED-10", 1),
    ],
    "Dutch 'dozen' means boxes, not dozens.",
    ["variant"],
)
M(
    "groene-vork",
    2,
    "nl",
    "ORDER",
    "Kunnen jullie morgen 2 dozen oesterzwammen en 3 zakken spinazie meesturen?",
    [L("MUSH-OYSTER", 2, None), L("GRN-SPIN-BABY", 3)],
    "An order phrased as a question. Oyster mushrooms (plain, not king oyster), colour not stated: variant "
    "ambiguous. 'zakken spinazie' narrows to baby spinach, the only spinach by the bag.",
    ["variant", "non_order_request"],
)
M(
    "groene-vork",
    3,
    "nl",
    "QUESTION",
    "Ik wil graag weten of de avocado's maat 20 uit Peru of uit Spanje komen, voor onze menukaart.",
    [],
    "Opens like a request; asks the origin.",
    ["non_order_request"],
)
M(
    "groene-vork",
    4,
    "nl",
    "ORDER",
    "Voor maandag 40 avocado's maat 20 en 5 kg bieten",
    [L("AVO-HASS-4", 2, "Size 20"), F(None, BEET, qty_by={"ROOT-BEET-RAW": 5})],
    "'maat 20' is the Hass count size: 40 avocados = 2 boxes of size 20. 'bieten' alone is raw or cooked "
    "beetroot: ambiguous, and 5 kg is 5 (raw, by the kg) but no whole number of cooked 2kg packs.",
    ["count", "number_in_name", "family", "weight"],
)
M(
    "groene-vork",
    5,
    "nl",
    "ORDER",
    "Zelfde als vorige week graag, plus 2 zakken gemengde sla",
    [L("LET-MIXED", 2)],
    "Reference to history ('same as last week'), ambiguous without it; plus 2 bags of mixed leaves.",
    ["reference"],
    ref={"kind": "last", "add": [("LET-MIXED", None, 2)]},
)
M(
    "groene-vork",
    6,
    "nl",
    "OTHER",
    "Vanaf oktober willen we graag op woensdag geleverd worden in plaats van maandag.",
    [],
    "Standing change of delivery day for the account.",
    [],
)

# ======================================================================= carpati (Romanian, WhatsApp)
M(
    "carpati",
    0,
    "ro",
    "ORDER",
    "Bună ziua! Pentru vineri: 3 saci cartofi King Edward, 2 saci ceapă galbenă 25kg, 3 cutii ardei gras roșu, "
    "2 cutii ardei gras verde, 4 lădițe roșii rotunde clasa 1. Mulțumesc, Ionela",
    [
        L("POT-KE-25", 3),
        L("ONI-BRN-25", 2),
        L("PEP-BELL-5", 3, "Red"),
        L("PEP-BELL-5", 2, "Green"),
        L("TOM-ROUND-6", 4),
    ],
    "'ceapă galbenă' (yellow onion) = brown onion; 'clasa 1' is a grade, not a quantity.",
    ["variant", "number_in_name"],
)
M(
    "carpati",
    2,
    "ro",
    "ORDER",
    "Ionela: încă 2 cutii ardei gras și 36 castraveți",
    [L("PEP-BELL-5", 2, None), L("MED-CUC-12", 3)],
    "Bell peppers, colour not stated: variant ambiguous. 36 cucumbers = 3 boxes of 12.",
    ["variant", "count"],
)
M(
    "carpati",
    3,
    "ro",
    "ORDER",
    "Aveți ardei portocalii? Dacă da, 1 cutie. Și 2 cutii de struguri negri și 3 de pere",
    [L("PEP-BELL-5", 1, None), L("GRAPE-SEEDLESS", 2, "Black"), L("PEAR-CONF", 3)],
    "No orange variant of the bell peppers: variant ambiguous (and conditional on 'if yes'). Black grapes; "
    "'3 de pere' = 3 boxes of pears.",
    ["variant", "conditional"],
    why="conditional",
)
M(
    "carpati",
    4,
    "ro",
    "QUESTION",
    "Cât costă acum o cutie de avocado mărimea 16? Și cele coapte, tava de 20?",
    [],
    "Price question; 16 and 20 are sizes.",
    [],
)
M(
    "carpati",
    5,
    "ro",
    "ORDER",
    "Ca de obicei, dar fără struguri și cu 20 legături de mărar în loc de 12",
    [L("HERB-DILL", 20)],
    "Reference to history ('as usual'), ambiguous without it; no grapes, dill 20 instead of 12.",
    ["reference"],
    ref={"kind": "usual", "remove": [("GRAPE-SEEDLESS", "White")], "set": [("HERB-DILL", None, 20)]},
)
M(
    "carpati",
    6,
    "ro",
    "COMPLAINT",
    "Am comandat ardei roșii și au venit verzi, 3 cutii. Vă rog să le schimbați.",
    [],
    "Wrong colour delivered.",
    [],
)
M(
    "carpati",
    1,
    "ro",
    "OTHER",
    "Mulțumim pentru marfă, totul a fost perfect săptămâna asta 🙏",
    [],
    "Thanks.",
    [],
)

# ======================================================================= squeeze (juice bar, WhatsApp)
M(
    "squeeze",
    0,
    "en",
    "ORDER",
    "morning! for tmrw pls: 4 boxes juicing oranges, 2 granny smith boxes, 3kg ginger, 3 bags carrots, 10 mint. "
    "cheers Dom 🍊",
    [L("CIT-ORG-JUICE", 4), L("APL-GRANNY", 2), L("GINGER", 3), L("ROOT-CARROT-10", 3), L("HERB-MINT", 10)],
    "'carrots' is the plain 10kg bag (Chantenay and rainbow carry their modifier).",
    [],
)
M(
    "squeeze",
    1,
    "en",
    "ORDER",
    "Dom again - need 30kg juicing oranges + 10kg lemons for the weekend pop up",
    [L("CIT-ORG-JUICE", 2), L("CIT-LEMON-80", None)],
    "30kg juicing oranges = 2 boxes of 15kg. Lemons are sold by the box of 80, so 10kg is no whole number of "
    "boxes: quantity ambiguous.",
    ["weight"],
)
M(
    "squeeze",
    2,
    "en",
    "ORDER",
    "voice note: yeah can we get two boxes of oranges a box of pineapples three bags of spinach and a box of "
    "bananas cheers",
    [F(2, ORANGES), L("PINE-8", 1), L("GRN-SPIN-BABY", 3), L("BAN-18", 1)],
    "Voice transcript without commas; 'a' and number words start items, 'can we get' is no line. 'oranges' is "
    "ambiguous (juicing or navel); 'bags of spinach' narrows to baby spinach.",
    ["spoken", "family"],
)
M(
    "squeeze",
    3,
    "en",
    "QUESTION",
    "what's the price on a box of pink grapefruit this week? thinking of a new juice",
    [],
    "Price question.",
    [],
)
M(
    "squeeze",
    4,
    "en",
    "ORDER",
    "usual for monday pls + 1 extra box of limes and 2 x 6 fresh OJ",
    [L("CIT-LIME-60", 1), L("JUICE-OJ", 2)],
    "Reference to history ('the usual'), ambiguous without it; plus 1 box of limes and '2 x 6' orange juice = 2 "
    "cases of 6 x 1L.",
    ["reference", "pack"],
    ref={"kind": "usual", "add": [("CIT-LIME-60", None, 1), ("JUICE-OJ", None, 2)]},
)
M(
    "squeeze",
    5,
    "en",
    "COMPLAINT",
    "2 of the 4 orange boxes today were mouldy at the bottom, pics attached 📸",
    [],
    "Mouldy oranges.",
    [],
)
M(
    "squeeze",
    6,
    "en",
    "ORDER",
    "add 2 kilo ginger to tomorrow... no wait make it 4, and 160 limes",
    [L("GINGER", 4), L("CIT-LIME-60", None)],
    "Self-correction: ginger 4 kg. Limes come in boxes of 60, so 160 limes is no whole number of boxes: quantity "
    "ambiguous.",
    ["self_correction", "count"],
)

# ======================================================================= green-bowl (smoothie bar, SMS)
M(
    "green-bowl",
    0,
    "en",
    "ORDER",
    "Hi its Priya @ Green Bowl. 2 boxes bananas, 2 trays strawberries, 2 boxes mango, 1 tray ripe & ready avos pls",
    [L("BAN-18", 2), L("BER-STRAW", 2), L("MANGO-10", 2), L("AVO-RIPE-20", 1)],
    "",
    [],
)
M(
    "green-bowl",
    2,
    "en",
    "ORDER",
    "need blueberries x3 and 16 pineapples thx",
    [F(3, BLUE), L("PINE-8", 2)],
    "'blueberries' alone: punnet tray or 2kg catering box, ambiguous. 16 pineapples = 2 boxes of 8.",
    ["family", "count"],
)
M(
    "green-bowl",
    3,
    "en",
    "ORDER",
    "same as last week pls but only 1 box of mango",
    [L("MANGO-10", 1)],
    "Reference to history ('same as last week'), ambiguous without it; mango 1.",
    ["reference"],
    ref={"kind": "last", "set": [("MANGO-10", None, 1)]},
)
M(
    "green-bowl",
    4,
    "en",
    "OTHER",
    "can i change the delivery address to our new unit? its Unit 4, 19 Cremer Street E2 8HD from the 14th",
    [],
    "Opens like a request; an account change. Unit and street numbers are not quantities.",
    ["non_order_request"],
)
M(
    "green-bowl",
    5,
    "en",
    "ORDER",
    "pls send 72 passion fruit and 2 boxes of ripe mangoes",
    [L("PASSION-36", 2), L("MANGO-10", 2)],
    "72 passion fruit = 2 boxes of 36.",
    ["count"],
)
M(
    "green-bowl",
    6,
    "en",
    "CANCEL",
    "pls cancel tomorrows delivery, shop closed for a family thing. sorry!",
    [],
    "",
    [],
)
M(
    "green-bowl",
    1,
    "en",
    "QUESTION",
    "do u deliver to Richmond? we r opening a second shop in oct",
    [],
    "",
    [],
)

# ======================================================================= harbour-hotel (e-mail)
M(
    "harbour-hotel",
    0,
    "en",
    "ORDER",
    "Subject: PO 77412 – Harbour Hotel – delivery Thu 3 Sep\n\nHi team,\n\nPlease deliver on Thursday:\n\n"
    "1. Maris Piper 25kg sacks x 4\n2. Baby new potatoes 5kg x 3\n3. Vine tomatoes 3kg x 3\n4. Chestnut mushrooms "
    "x 2\n5. Free range large eggs x 10 trays\n6. Semi skimmed milk 6x2L x 4\n\nDelivery to the goods-in bay, gate "
    "code 4471.\n\nKind regards,\nRebecca Lowe\nPurchasing, The Harbour Hotel\n1 Quay Parade, Brighton BN2 1TW\n"
    "T: 020 7946 0518",
    [
        L("POT-MP-25", 4),
        L("POT-BABY-5", 3),
        L("TOM-VINE-3", 3),
        L("MUSH-CHEST", 2),
        L("EGG-FR-L", 10),
        L("MILK-SEMI", 4),
    ],
    "PO number, list numbering, pack sizes, gate code, street number and phone are not quantities.",
    ["signature", "number_in_name"],
)
M(
    "harbour-hotel",
    2,
    "en",
    "ORDER",
    "Subject: add-on for Thursday\n\nHi, could you add 24 bottles of fresh orange juice and 2 boxes of lemons to "
    "Thursday's delivery (PO 77412)? Thanks, Rebecca",
    [L("JUICE-OJ", 4), L("CIT-LEMON-80", 2)],
    "An order phrased as a request; 24 bottles of 1L = 4 cases of 6.",
    ["container", "non_order_request"],
)
M(
    "harbour-hotel",
    2,
    "en",
    "QUESTION",
    "Subject: Quote request – wedding 19 Sept\n\nHi, we have a wedding for 180 guests on 19 September. Could you "
    "quote for 6 trays raspberries, 10 trays strawberries, 4 boxes jumbo asparagus and 12 trays of large eggs? Not "
    "an order yet, just pricing.\n\nThanks,\nMartin Hale, Executive Chef",
    [],
    "A request for a quote is QUESTION.",
    ["non_order_request"],
)
M(
    "harbour-hotel",
    3,
    "en",
    "ORDER",
    "Subject: Friday top-up\n\nHi,\n\nFor Friday please: mushrooms x 3 boxes, 2 boxes little gem, 1 box jumbo "
    "asparagus, 3 x chives.\n\nRebecca",
    [F(3, MUSH_BOX), L("LET-GEM", 2), L("GRN-ASPAR", 1, "Jumbo"), L("HERB-CHIVES", 3)],
    "'mushrooms' alone is ambiguous.",
    ["family", "variant"],
)
M(
    "harbour-hotel",
    4,
    "en",
    "ORDER",
    "Subject: Weekly order\n\nSame as last week please, but double the strawberries and no dill this time.\n\n"
    "Rebecca Lowe | Purchasing",
    [],
    "Reference to history ('same as last week'), ambiguous without it; strawberries doubled, no dill.",
    ["reference"],
    ref={"kind": "last", "mult": [("BER-STRAW", None, 2)], "remove": [("HERB-DILL", None)]},
)
M(
    "harbour-hotel",
    5,
    "en",
    "COMPLAINT",
    "Subject: Short delivery 3 Sep\n\nHi, we were invoiced for 10 trays of large eggs but only 8 arrived (delivery "
    "note DN-66120). Please credit 2 trays.\n\nRebecca",
    [],
    "Short delivery.",
    [],
)
M(
    "harbour-hotel",
    1,
    "en",
    "CHANGE",
    "Subject: Change to Thursday order (PO 77412)\n\nHi, please change the baby new potatoes on Thursday's order "
    "from 3 to 5 bags. Everything else the same.\n\nRebecca",
    [],
    "",
    [],
    change=[L("POT-BABY-5", 5)],
)
M(
    "harbour-hotel",
    4,
    "en",
    "ORDER",
    "Subject: brunch pop-up Sunday\n\nHi, for Saturday we need 60 avocados size 18 and half a box of limes.\n\n"
    "Martin",
    [F(None, AVOS, nohist=True), L("CIT-LIME-60", 0.5)],
    "There is no size 18: Hass boxes come as size 16/20/24 and ripe & ready in trays of 20, so product and "
    "quantity are ambiguous. Half a box of limes as written.",
    ["count", "family", "variant", "half"],
)
M(
    "harbour-hotel",
    3,
    "en",
    "ORDER",
    "Subject: RE: Out of stock – figs\n\nThat's fine, send 2 boxes of cantaloupe instead and 1 box of black grapes."
    "\n\nRebecca\n\n-----Original Message-----\nFrom: Orders\nSent: 02 September 2026 15:10\nSubject: Out of stock "
    "– figs\n\nHi Rebecca, the 3 trays of figs on PO 77415 are unavailable this week.",
    [L("MELON-CANT", 2), L("GRAPE-SEEDLESS", 1, "Black")],
    "Only the reply is an order; the quoted figs (3 trays, PO 77415) are not a line.",
    ["quoted", "variant"],
)
M(
    "harbour-hotel",
    5,
    "en",
    "ORDER",
    "Subject: Room service fruit\n\nPlease add to Thursday: 22 bundles asparagus, 6 lollo, 1 tray blackberries and "
    "cherry tomatoes x 3.\n\nRebecca",
    [
        L("GRN-ASPAR", 2, None),
        L("LET-LOLLO", 6, None),
        L("BER-BLACK", 1),
        F(3, ["TOM-CHERRY-P", "TOM-CHERRY-L"]),
    ],
    "22 bundles = 2 boxes of 11, but standard or jumbo is not stated; lollo rosso or biondo not stated: variants "
    "ambiguous. 'cherry tomatoes' = punnet tray or loose box, ambiguous.",
    ["pack", "variant", "family"],
)

# ======================================================================= kings-arms (gastropub, SMS)
M(
    "kings-arms",
    0,
    "en",
    "ORDER",
    "Gaz @ Kings Arms. 4 sacks maris piper 2 bags peeled spuds 5kg parsnips 6 savoy 2 rosemary 2 thyme ta",
    [
        L("POT-MP-25", 4),
        L("PREP-PEELED-POT", 2),
        L("ROOT-PARSNIP", 5),
        L("GRN-CAB-SAV", 6),
        L("HERB-ROSEMARY", 2),
        L("HERB-THYME", 2),
    ],
    "A list without commas; each number starts a new item.",
    ["spoken"],
)
M(
    "kings-arms",
    1,
    "en",
    "ORDER",
    "voice msg: hi its gaz can I get for sacks of King Edwards to boxes of vine toms and a tray of eggs large",
    [L("POT-KE-25", 4), L("TOM-VINE-3", 2), L("EGG-FR-L", 1)],
    "Voice-to-text homophones: 'for sacks' = four, 'to boxes' = two; 'a tray' = 1.",
    ["spoken", "homophone", "non_order_request"],
)
M(
    "kings-arms",
    2,
    "en",
    "ORDER",
    "same as last friday pls but no cauli",
    [],
    "Reference to history ('same as last Friday'), ambiguous without it; without the cauliflower.",
    ["reference"],
    ref={"kind": "last", "remove": [("GRN-CAULI", "Large")]},
)
M(
    "kings-arms",
    3,
    "en",
    "QUESTION",
    "can I pay the last 2 invoices by card over the phone? ring me 07700 900654",
    [],
    "Opens like a request; a payment question. Phone number is not a quantity.",
    ["non_order_request"],
)
M(
    "kings-arms",
    4,
    "en",
    "ORDER",
    "need 6 cabbage and 4 cauli for sunday roast",
    [F(6, CABBAGE), L("GRN-CAULI", 4, None)],
    "'cabbage' alone: white, savoy or red, ambiguous. Cauliflower size not stated: variant ambiguous.",
    ["family", "variant"],
)
M("kings-arms", 5, "en", "COMPLAINT", "the brocoli friday was yellow mate, 4kg binned", [], "", ["typo"])
M(
    "kings-arms",
    6,
    "en",
    "OTHER",
    "we r shut next monday for a private do, no drop pls",
    [],
    "Notice; no placed order is cancelled.",
    [],
)
M(
    "kings-arms",
    3,
    "en",
    "ORDER",
    "can i get 2 bags chantenay carrots, 2 celeriac and 3kg fennel for the new menu",
    [L("ROOT-CHANT-5", 2), L("ROOT-CELERIAC", 2), L("MED-FENNEL", 3)],
    "An order that opens with 'can i get'.",
    ["non_order_request"],
)
M(
    "kings-arms",
    5,
    "en",
    "OTHER",
    "can I drop 12 empty crates back with your driver on friday?",
    [],
    "Opens like a request; about returning crates.",
    ["non_order_request"],
)

# ======================================================================= spice-route (Indian restaurant, WhatsApp)
M(
    "spice-route",
    0,
    "en",
    "ORDER",
    "Ravi - Spice Route. For tomorrow: 6 bags red onions, 2 sacks brown onions, 5kg garlic, 5kg ginger, 2 x 1kg "
    "coriander, 3kg green chillies. Thanks",
    [
        L("ONI-RED-10", 6),
        L("ONI-BRN-25", 2),
        L("GAR-BULB", 5),
        L("GINGER", 5),
        L("HERB-CORI", 2, "1kg Bag"),
        L("CHI-FRESH", 3, "Green"),
    ],
    "'sacks brown onions' = the 25kg sack; '2 x 1kg coriander' = 2 of the 1kg bag.",
    ["variant"],
)
M(
    "spice-route",
    1,
    "en",
    "ORDER",
    "also need 5 kilo coriander and spinach x 4",
    [L("HERB-CORI", 5, "1kg Bag"), F(4, SPINACH)],
    "5 kilo of coriander = 5 x 1kg bags. 'spinach' alone: baby or leaf, ambiguous.",
    ["weight", "variant", "family"],
)
M(
    "spice-route",
    2,
    "en",
    "ORDER",
    "pls add chillies 2kg and okra 3kg",
    [F(None, CHILLIES, qty_by={"CHI-FRESH": 2, "CHI-SCOTCH": 2, "CHI-BIRDSEYE": 20}), L("OKRA", 3)],
    "'chillies' alone is ambiguous, and 2kg reads differently per product (2 kg fresh, 2 boxes of scotch bonnet, "
    "20 bags of bird's eye): quantity ambiguous too.",
    ["family", "weight"],
)
M(
    "spice-route",
    3,
    "en",
    "ORDER",
    "30 bags red onions for tuesday pls",
    [L("ONI-RED-10", 30)],
    "Outlier: five times the usual 6 bags, no reason given.",
    ["outlier"],
    outlier=True,
)
M("spice-route", 4, "en", "QUESTION", "do u do curry leaves? need about 500g a week", [], "", [])
M(
    "spice-route",
    5,
    "en",
    "ORDER",
    "I would like for tuesday: lemons 80s x2, 1 box limes, 4kg curry leaves if you can get them, 6 large "
    "cauliflowers",
    [L("CIT-LEMON-80", 2), L("CIT-LIME-60", 1), X(4), L("GRN-CAULI", 6, "Large")],
    "Opens with 'I would like' and is an order. 'lemons 80s' = boxes of 80 (a count size). Curry leaves not in "
    "catalog.",
    ["non_order_request", "not_in_catalog", "variant", "number_in_name"],
)
M("spice-route", 6, "en", "COMPLAINT", "the 6 caulis today were tiny, you charged us for large", [], "", [])

# ======================================================================= jerk-shack (Caribbean takeaway, WhatsApp)
M(
    "jerk-shack",
    0,
    "en",
    "ORDER",
    "Yo! Marcia from the Shack 🇯🇲🔥 thursday pls: 10kg plantain, 2 box scotch bonnet, 2 boxes spring onion, 4 "
    "thyme, 2 box sweet potato. bless",
    [L("PLANTAIN", 10), L("CHI-SCOTCH", 2), L("ONI-SPRING-20", 2), L("HERB-THYME", 4), L("POT-SWEET-6", 2)],
    "",
    [],
)
M(
    "jerk-shack",
    1,
    "en",
    "ORDER",
    "Marcia again, add 30 bunches spring onion and 12kg sweet potato",
    [L("ONI-SPRING-20", None), L("POT-SWEET-6", 2)],
    "Spring onions come in boxes of 20 bunches: 30 bunches is no whole number of boxes, quantity ambiguous. 12kg "
    "sweet potato = 2 boxes of 6kg.",
    ["count", "weight"],
)
M(
    "jerk-shack",
    3,
    "en",
    "OTHER",
    "Big up the driver this morning, came early and helped carry everything in 🙌",
    [],
    "",
    [],
)
M(
    "jerk-shack",
    4,
    "en",
    "ORDER",
    "need 1 box of the traffic light peppers, 100 scotch bonnets and a watermelon",
    [L("PEP-BELL-5", 1, "Mixed"), L("CHI-SCOTCH", None), L("WMELON", 1, None)],
    "'traffic light' = the mixed bell pepper box. Scotch bonnets come in 1kg boxes: 100 pieces is no whole "
    "number of boxes, quantity ambiguous. Watermelon size not stated: variant ambiguous.",
    ["variant", "count"],
)
M("jerk-shack", 5, "en", "QUESTION", "Do you ever get ackee or callaloo fresh?", [], "", [])

# ======================================================================= pho-saigon (Vietnamese, SMS)
M(
    "pho-saigon",
    0,
    "en",
    "ORDER",
    "Hi this Linh Pho Saigon. 20 bunch coriander, 15 mint, 6 bag thai basil, 3kg lemongrass, 4 bag birds eye "
    "chilli. thank you",
    [
        L("HERB-CORI", 20, "Bunch"),
        L("HERB-MINT", 15),
        L("HERB-THAIBASIL", 6),
        L("LEMONGRASS", 3),
        L("CHI-BIRDSEYE", 4),
    ],
    "",
    ["variant"],
)
M(
    "pho-saigon",
    1,
    "en",
    "ORDER",
    "also 2kg bean sprouts, 1kg kaffir lime leaf, 2 box lime",
    [X(2), X(1), L("CIT-LIME-60", 2)],
    "Bean sprouts and kaffir lime leaves not in catalog (limes are a look-alike; no substitute).",
    ["not_in_catalog"],
)
M(
    "pho-saigon",
    2,
    "en",
    "ORDER",
    "tmrw need corriander 25 and basil 4",
    [L("HERB-CORI", 25, None), L("HERB-BASIL", 4)],
    "Coriander: bunch or 1kg bag not stated, variant ambiguous. 'basil' is the plain basil (Thai basil carries "
    "its modifier), even from a Thai-basil buyer.",
    ["variant", "typo", "text_over_guide"],
)
M("pho-saigon", 3, "en", "QUESTION", "wat time u deliver mon? we open 11", [], "", [])
M("pho-saigon", 5, "en", "COMPLAINT", "lemongrass very dry this week, 3kg not good", [], "", [])

# ======================================================================= burger-yard (WhatsApp)
M(
    "burger-yard",
    0,
    "en",
    "ORDER",
    "Tom @ Burger Yard 🍔 6 bags of 12mm chips, 2 iceberg boxes, 3 boxes beef tomatoes, 2 bags red onions, 3 "
    "coleslaw mix. ta",
    [
        L("PREP-CHIPS", 6, "12mm"),
        L("LET-ICEBERG", 2),
        L("TOM-BEEF-5", 3),
        L("ONI-RED-10", 2),
        L("PREP-COLESLAW", 3),
    ],
    "'12mm' names the chip cut, not a quantity.",
    ["variant", "number_in_name"],
)
M(
    "burger-yard",
    1,
    "en",
    "ORDER",
    "also 10mm x 3 bags pls and 2 shredded lettuce",
    [F(3, ["PREP-DICED-ONION", "PREP-CHIPS"], cv="10mm"), L("PREP-SHRED-ICE", 2)],
    "'10mm' is a variant of both diced onion and chips: ambiguous.",
    ["variant", "family", "number_in_name"],
)
M(
    "burger-yard",
    2,
    "en",
    "ORDER",
    "need 80kg chips for the festival weekend, 12mm",
    [L("PREP-CHIPS", 8, "12mm")],
    "80kg = 8 bags of 10kg; a reason is given, not an outlier.",
    ["weight", "variant"],
)
M(
    "burger-yard",
    3,
    "en",
    "ORDER",
    "and 48 avocados for the guac special",
    [F(None, AVOS)],
    "'avocados' alone: Hass box (count size not given) or ripe & ready tray of 20; 48 is no whole number of either "
    "without a size. Product and quantity ambiguous.",
    ["count", "family"],
)
M(
    "burger-yard",
    4,
    "en",
    "QUESTION",
    "I would like to know if you can do 7mm skinny fries, thinking of switching",
    [],
    "Opens with 'I would like'; a question.",
    ["non_order_request"],
)
M(
    "burger-yard",
    5,
    "en",
    "ORDER",
    "same as last wk but diced onion 10mm instead of the 6mm",
    [L("PREP-DICED-ONION", None, "10mm")],
    "Reference to history ('same as last week'), ambiguous without it; the diced onion is swapped to 10mm, its "
    "quantity is not stated in the text (quantities not stated).",
    ["reference", "variant"],
    ref={"kind": "last", "swap": [("PREP-DICED-ONION", "6mm", "10mm")]},
)
M("burger-yard", 6, "en", "CANCEL", "cancel wednesday's order pls, kitchen flood 😩", [], "", [])

# ======================================================================= fieldfare (greengrocer, e-mail)
M(
    "fieldfare",
    0,
    "en",
    "ORDER",
    "Subject: Order for Tuesday 1/9\n\nMorning,\n\n2 x Gala 13kg\n1 x Granny Smith\n1 x Conference pears\n2 x "
    "bananas\n2 x navel oranges\n1 x red seedless grapes\n1 x white seedless grapes\n2 x strawberries (trays)\n4 x "
    "medium watermelons\n\nCheers,\nAlan\nFieldfare Greengrocers, 58 Northcote Road, SW11 1PA\n07700 900618",
    [
        L("APL-GALA", 2),
        L("APL-GRANNY", 1),
        L("PEAR-CONF", 1),
        L("BAN-18", 2),
        L("CIT-ORG-NAVEL", 2),
        L("GRAPE-SEEDLESS", 1, "Red"),
        L("GRAPE-SEEDLESS", 1, "White"),
        L("BER-STRAW", 2),
        L("WMELON", 4, "Medium"),
    ],
    "Two variants of one product (red and white grapes). Date, 13kg, street number and phone are not quantities.",
    ["variant", "signature"],
)
M(
    "fieldfare",
    1,
    "en",
    "ORDER",
    "Subject: extras\n\nAlan here, 2 boxes green grapes, 2 boxes of apples and 1 box of oranges please.\nAlan",
    [L("GRAPE-SEEDLESS", 2, "White"), F(2, APPLES_BOX), F(1, ORANGES)],
    "'green grapes' = white seedless. 'apples' by the box: Gala or Granny Smith, ambiguous; 'oranges': juicing or "
    "navel, ambiguous.",
    ["variant", "family"],
)
M(
    "fieldfare",
    2,
    "en",
    "QUESTION",
    "Subject: Jersey Royals?\n\nAny chance of Jersey Royals or is the season over? And what size are your baby new, "
    "25/35mm?\n\nAlan",
    [],
    "",
    [],
)
M(
    "fieldfare",
    3,
    "en",
    "ORDER",
    "Subject: Monday\n\nSame as last Monday please, plus a box of pink grapefruit. Also what's your price on red "
    "grapes this week, seemed high last time?\n\nAlan",
    [L("CIT-GRAPEF", 1)],
    "Reference to history ('same as last Monday'), ambiguous without it; plus 1 box of pink grapefruit; a separate "
    "price question.",
    ["reference", "side_question"],
    ref={"kind": "last", "add": [("CIT-GRAPEF", None, 1)]},
)
M(
    "fieldfare",
    4,
    "en",
    "COMPLAINT",
    "Subject: Strawberries\n\nOf the 2 trays on Tuesday 5 punnets were mushy. Can you credit half a tray?\n\nAlan",
    [],
    "",
    [],
)
M(
    "fieldfare",
    5,
    "en",
    "ORDER",
    "Subject: weekend\n\n6 large watermelons and 3 small ones please, plus 2 trays of raspberries.\nAlan",
    [L("WMELON", 6, "Large"), L("WMELON", 3, "Small"), L("BER-RASP", 2)],
    "Size words pick the watermelon variants.",
    ["variant"],
)
M(
    "fieldfare",
    6,
    "en",
    "ORDER",
    "Subject: top up\n\n1 box red peppers, 1 box yellow peppers, 2 trays yellow cherry tomatoes and 1 tray of the "
    "mixed colour ones.\n\nAlan",
    [
        L("PEP-BELL-5", 1, "Red"),
        L("PEP-BELL-5", 1, "Yellow"),
        L("TOM-CHERRY-P", 2, "Yellow"),
        L("TOM-CHERRY-P", 1, "Mixed Colour"),
    ],
    "Colours pick the variants; 'the mixed colour ones' follows the cherry tomatoes.",
    ["variant"],
)
M(
    "fieldfare",
    1,
    "en",
    "QUESTION",
    "Subject: Saturday cut-off\n\nWhat's the latest I can order for a Saturday morning delivery?\nAlan",
    [],
    "",
    [],
)

# ======================================================================= st-marys (school, e-mail)
M(
    "st-marys",
    0,
    "en",
    "ORDER",
    "Subject: School kitchen order – w/c 31 August\n\nDear Sir/Madam,\n\nPlease could we have for Thursday 3rd "
    "September:\n4 sacks Maris Piper (25kg)\n3 bags carrots\n6kg broccoli\n2 boxes cucumbers\n6 cases "
    "semi-skimmed milk\n\nWe have 240 pupils back on the 3rd.\n\nMany thanks,\nJoan Okafor\nCatering Manager, St "
    "Mary's CE Primary School\n12 Church Lane, Lewisham SE13 5QP\nTel 020 7946 0733",
    [L("POT-MP-25", 4), L("ROOT-CARROT-10", 3), L("GRN-BROC", 6), L("MED-CUC-12", 2), L("MILK-SEMI", 6)],
    "Dates, pupil count, street number and phone are not quantities.",
    ["signature", "non_order_request"],
)
M(
    "st-marys",
    1,
    "en",
    "ORDER",
    "Subject: Fruit for break time\n\nHello, we also need 240 apples and 2 boxes of bananas for the children's fruit "
    "tuck shop this week. Thank you, Joan Okafor",
    [F(None, APPLES), L("BAN-18", 2)],
    "'apples' alone is ambiguous, and the apple boxes are sold by weight (13kg), so 240 apples is no stated number "
    "of boxes: quantity ambiguous.",
    ["family", "count"],
)
M(
    "st-marys",
    2,
    "en",
    "OTHER",
    "Subject: Invoices\n\nI would like our invoices to go to the school business manager, "
    "accounts@stmarys-lewisham.example, from this month please.",
    [],
    "Opens with 'I would like'; an account request.",
    ["non_order_request"],
)
M(
    "st-marys",
    3,
    "en",
    "ORDER",
    "Subject: order\n\nHello, the usual for next Thursday please, with 8 cauliflowers instead of 6.\nJoan",
    [L("GRN-CAULI", 8, None)],
    "Reference to history ('the usual'), ambiguous without it; 8 cauliflowers instead of 6, size not stated.",
    ["reference", "variant"],
    ref={"kind": "usual", "set": [("GRN-CAULI", "Medium", 8)]},
)
M(
    "st-marys",
    4,
    "en",
    "QUESTION",
    "Subject: Country of origin\n\nCould you send the country of origin for the bananas and apples? Our governors "
    "have asked. Thanks",
    [],
    "A request for information is QUESTION.",
    ["non_order_request"],
)
M(
    "st-marys",
    5,
    "en",
    "CANCEL",
    "Subject: Cancel delivery 10 September\n\nPlease cancel the delivery for Thursday 10 September, the school is "
    "closed for an INSET day. Apologies for the short notice.",
    [],
    "",
    [],
)
M(
    "st-marys",
    6,
    "en",
    "QUESTION",
    "Subject: Red Tractor\n\nI would like to know whether your potatoes are Red Tractor assured, for our audit.\n"
    "Joan",
    [],
    "Opens with 'I would like'; a question.",
    ["non_order_request"],
)

# ======================================================================= sunrise-care (care home, e-mail)
M(
    "sunrise-care",
    0,
    "en",
    "ORDER",
    "Subject: Sunrise Care Home order\n\nHi,\n\n3 bags Maris Piper 10kg\n2 bags peeled potatoes\n2 bags carrots\n"
    "4kg parsnips\n3kg leeks\n4 cases whole milk\n\nThanks,\nBrenda (cook)\nSunrise Care Home, 3 Beech Avenue, "
    "Croydon CR0 2LR",
    [
        L("POT-MP-10", 3),
        L("PREP-PEELED-POT", 2),
        L("ROOT-CARROT-10", 2),
        L("ROOT-PARSNIP", 4),
        L("GRN-LEEK", 3),
        L("MILK-WHOLE", 4),
    ],
    "",
    ["signature"],
)
M(
    "sunrise-care",
    1,
    "en",
    "ORDER",
    "Subject: Extra\n\nCould you add 2 milk and 4 trays of eggs to Wednesday please. Brenda",
    [F(2, MILK), F(4, EGGS)],
    "'milk' (whole or semi-skimmed) and 'eggs' (large or medium) are ambiguous.",
    ["family", "non_order_request"],
)
M(
    "sunrise-care",
    2,
    "en",
    "QUESTION",
    "Subject: Fruit pots for residents\n\nI'd like to ask whether you can supply pre-cut fruit pots for our "
    "residents, about 40 a day?\nBrenda",
    [],
    "Opens with 'I'd like'; a question.",
    ["non_order_request"],
)
M(
    "sunrise-care",
    5,
    "en",
    "COMPLAINT",
    "Subject: Eggs\n\n2 of the 4 trays of eggs on Wednesday had several cracked. Please credit.",
    [],
    "",
    [],
)

# ======================================================================= avocado-club (brunch café, WhatsApp)
M(
    "avocado-club",
    0,
    "en",
    "ORDER",
    "hiya! Jess @ the Avocado Club 🥑 friday pls: 3 trays ripe&ready avos, 2 boxes hass size 20, 8 trays large "
    "eggs, 2 bags baby spinach, 1kg red chillies 💛",
    [
        L("AVO-RIPE-20", 3),
        L("AVO-HASS-4", 2, "Size 20"),
        L("EGG-FR-L", 8),
        L("GRN-SPIN-BABY", 2),
        L("CHI-FRESH", 1, "Red"),
    ],
    "'size 20' is the Hass count size, not a quantity.",
    ["variant", "number_in_name"],
)
M(
    "avocado-club",
    1,
    "en",
    "ORDER",
    "add avos x 2 pls, 1 tub pom seeds and 4 OJs",
    [F(2, AVOS), L("POMEG-SEEDS", 1), L("JUICE-OJ", None)],
    "'avos' alone: Hass box or ripe & ready tray, ambiguous. '4 OJs': 4 bottles (no whole case of 6) or 4 cases, "
    "quantity ambiguous.",
    ["family", "pack"],
)
M(
    "avocado-club",
    2,
    "en",
    "ORDER",
    "voice note: hey it's Jess can we get too boxes of limes and for trays of eggs large and won box of chestnut "
    "mushrooms thanks",
    [L("CIT-LIME-60", 2), L("EGG-FR-L", 4), L("MUSH-CHEST", 1)],
    "Voice-to-text homophones: 'too' = two, 'for' = four, 'won' = one.",
    ["spoken", "homophone"],
)
M(
    "avocado-club",
    3,
    "en",
    "OTHER",
    "we've got a new chef starting monday, Ollie, his number is 07700 900742 if the driver needs anything",
    [],
    "",
    [],
)
M(
    "avocado-club",
    4,
    "en",
    "ORDER",
    "usual for fri 🙏 but 12 trays of eggs this time, big brunch booking",
    [F(12, EGGS)],
    "Reference to history ('the usual'), ambiguous without it; eggs 12 trays (size ambiguous), with a reason.",
    ["reference", "family"],
    ref={"kind": "usual", "set": [("EGG-FR-L", None, 12)]},
)
M(
    "avocado-club",
    5,
    "en",
    "COMPLAINT",
    "the hass box yesterday was rock hard, none ripe for the weekend 😭",
    [],
    "",
    [],
)
M(
    "avocado-club",
    6,
    "en",
    "ORDER",
    "need 60 hass size 20 and 20 ripe avos for sunday brunch",
    [L("AVO-HASS-4", 3, "Size 20"), L("AVO-RIPE-20", 1)],
    "60 Hass size 20 = 3 boxes of 20; 20 ripe avos = 1 tray of 20.",
    ["count", "variant", "number_in_name"],
)
M(
    "avocado-club",
    2,
    "en",
    "OTHER",
    "hi can I book a table for 6 this saturday at 8pm? it's mum's 70th x",
    [],
    "Sent to the supplier by mistake; opens with 'can I' and is not an order.",
    ["non_order_request"],
)

# ======================================================================= golden-wok (Chinese takeaway, SMS)
M(
    "golden-wok",
    0,
    "en",
    "ORDER",
    "Golden Wok order: 2 sack brown onion 3 box spring onion 4kg ginger 3kg garlic 2 box green pepper 1 box red "
    "pepper. Wei",
    [
        L("ONI-BRN-25", 2),
        L("ONI-SPRING-20", 3),
        L("GINGER", 4),
        L("GAR-BULB", 3),
        L("PEP-BELL-5", 2, "Green"),
        L("PEP-BELL-5", 1, "Red"),
    ],
    "A list without commas; 'sack' narrows brown onions to the 25kg sack.",
    ["spoken", "variant"],
)
M(
    "golden-wok",
    1,
    "en",
    "ORDER",
    "need 2 box pak choi 1 box chinese leaf 2kg shiitake",
    [X(2), X(1), L("MUSH-SHIITAKE", 2)],
    "Pak choi and Chinese leaf not in catalog (cabbages are look-alikes; no substitute). 2kg shiitake = 2 boxes "
    "of 1kg.",
    ["not_in_catalog", "weight", "spoken"],
)
M("golden-wok", 3, "en", "QUESTION", "how much 1 sack brown onion now? price go up?", [], "", [])
M(
    "golden-wok",
    4,
    "en",
    "ORDER",
    "same as last tuesday order thx",
    [],
    "Reference to history ('same as last Tuesday'), ambiguous without it.",
    ["reference"],
    ref={"kind": "last"},
)
M(
    "golden-wok",
    5,
    "en",
    "CHANGE",
    "tuesday order change ginger 4kg to 6kg pls",
    [],
    "",
    [],
    change=[L("GINGER", 6)],
)
M("golden-wok", 6, "en", "COMPLAINT", "spring onion 3 box order only 2 box come", [], "Short delivery.", [])

# ======================================================================= fig-thistle (events caterer, e-mail)
M(
    "fig-thistle",
    0,
    "en",
    "ORDER",
    "Subject: Event 4417 – Hartley wedding, Sat 5 Sept (150 guests)\n\nHi,\n\nFor delivery Friday 4th please:\n- "
    "Heritage tomatoes x 3 boxes\n- Mixed salad leaves x 4 bags\n- Jumbo asparagus x 2 boxes\n- Raspberries x 3 "
    "trays\n- Quail eggs x 6 packs\n\nThanks,\nHarriet Gale\nEvents Manager, Fig & Thistle Events\nStudio 2, 41 "
    "Tanner Street, SE1 3LE\nM: +44 7700 900951",
    [L("TOM-HERIT-3", 3), L("LET-MIXED", 4), L("GRN-ASPAR", 2, "Jumbo"), L("BER-RASP", 3), L("EGG-QUAIL", 6)],
    "Event number, dates, guest count, studio and street numbers and phone are not quantities.",
    ["signature", "variant"],
)
M(
    "fig-thistle",
    1,
    "en",
    "ORDER",
    "Subject: Usual event pack\n\nHi, can we have our usual event order for Wednesday please? Plus 2 boxes lemons.\n"
    "Harriet",
    [L("CIT-LEMON-80", 2)],
    "Reference to 'the usual', ambiguous: this caterer never orders the same basket twice, so history cannot "
    "settle it either.",
    ["reference", "ambiguous_reference"],
    ref={"kind": "usual", "add": [("CIT-LEMON-80", None, 2)]},
)
M(
    "fig-thistle",
    2,
    "en",
    "ORDER",
    "Subject: Repeat\n\nSame as last week's order please, but only 2 large watermelons.\nHarriet",
    [L("WMELON", 2, "Large")],
    "Reference to history ('same as last week'), ambiguous without it; watermelons 2 (large).",
    ["reference", "variant"],
    ref={"kind": "last", "set": [("WMELON", "Large", 2)]},
)
M(
    "fig-thistle",
    3,
    "en",
    "QUESTION",
    "Subject: Edible flowers\n\nDo you supply edible flowers or micro herbs? We'd need 10 punnets for a launch on "
    "the 18th.",
    [],
    "",
    [],
)
M(
    "fig-thistle",
    4,
    "en",
    "ORDER",
    "Subject: If possible\n\nIf you can deliver by 7am on Saturday, we'd like 4 trays strawberries and 2 large "
    "watermelons. If not, don't worry.\nHarriet",
    [L("BER-STRAW", 4), L("WMELON", 2, "Large")],
    "Conditional order: needs a human to confirm the delivery time.",
    ["conditional", "variant"],
    why="conditional",
)
M(
    "fig-thistle",
    5,
    "en",
    "OTHER",
    "Subject: Visit\n\nI would like to book a visit to your warehouse with our new head chef, sometime next week?\n"
    "Harriet",
    [],
    "Opens with 'I would like'; not an order.",
    ["non_order_request"],
)
M(
    "fig-thistle",
    6,
    "en",
    "ORDER",
    "Subject: Canapés\n\nCould you add 4 x lollo rosso, 4 x lollo biondo and 3 punnets of redcurrants to Friday?",
    [L("LET-LOLLO", 4, "Rosso"), L("LET-LOLLO", 4, "Biondo"), X(3)],
    "Two variants of one product; redcurrants not in catalog (other berries are look-alikes).",
    ["variant", "not_in_catalog", "non_order_request"],
)

# ======================================================================= nells-stall (market stall, SMS)
M(
    "nells-stall",
    0,
    "en",
    "ORDER",
    "usual for sat pls nell",
    [],
    "Reference to 'the usual', ambiguous: the stall never orders the same basket twice.",
    ["reference", "ambiguous_reference"],
    ref={"kind": "usual"},
)
M(
    "nells-stall",
    1,
    "en",
    "ORDER",
    "same as last sat but 4 sacks king eds",
    [L("POT-KE-25", 4)],
    "Reference to history ('same as last Saturday' = the last order, for Saturday's market), ambiguous without "
    "it; King Edward 4 sacks.",
    ["reference"],
    ref={"kind": "last", "set": [("POT-KE-25", None, 4)]},
)
M(
    "nells-stall",
    2,
    "en",
    "ORDER",
    "3 sacks king edward 2 bags carrots 3 boxes round toms 2 boxes gala 1 box bananas",
    [L("POT-KE-25", 3), L("ROOT-CARROT-10", 2), L("TOM-ROUND-6", 3), L("APL-GALA", 2), L("BAN-18", 1)],
    "A list without commas.",
    ["spoken"],
)
M(
    "nells-stall",
    3,
    "en",
    "ORDER",
    "need 2 more toms and 1 onions",
    [F(2, TOMS_ALL), F(1, ONIONS)],
    "'toms' and 'onions' alone are ambiguous.",
    ["family"],
)
M("nells-stall", 4, "en", "QUESTION", "u got any english cobnuts or damsons yet", [], "", [])
M(
    "nells-stall",
    5,
    "en",
    "ORDER",
    "also 2 box of yellow and 1 box of red pls",
    [F(2, ["PEP-BELL-5", "MUSH-OYSTER"], cv="Yellow"), F(1, ["PEP-BELL-5", "GRAPE-SEEDLESS"], cv="Red")],
    "A colour alone: yellow fits bell peppers and oyster mushrooms, red fits bell peppers and grapes (the boxed "
    "products with that colour): ambiguous.",
    ["variant", "family"],
)

# ======================================================================= root-and-rye (first-time, e-mail)
M(
    "root-and-rye",
    0,
    "en",
    "ORDER",
    "Subject: First order – Root & Rye (opening 7 Sept)\n\nHello,\n\nWe're a new vegan kitchen at 88 Mare Street, "
    "E8 4RT, opening on the 7th. We'd like to place our first order on a 30-day account if that's possible:\n\n- 2 "
    "boxes oyster mushrooms (yellow)\n- 1 box king oyster mushrooms\n- 2kg cavolo nero\n- 2 bags curly kale\n- 1 "
    "box tenderstem\n\nBest,\nSam Okoye\nRoot & Rye\n07700 900865",
    [
        L("MUSH-OYSTER", 2, "Yellow"),
        L("MUSH-KINGOYS", 1),
        L("GRN-CAVOLO", 2),
        L("GRN-KALE", 2),
        L("GRN-TSTEM", 1),
    ],
    "First order from a new customer on credit (30-day account) before an account exists: a human must approve.",
    ["new_customer", "credit", "variant", "signature"],
    why="credit",
)
M(
    "root-and-rye",
    3,
    "en",
    "OTHER",
    "Subject: Direct debit\n\nI'd like to set up a direct debit for our account, please send the mandate form.\nSam",
    [],
    "Opens with 'I'd like'; an account request.",
    ["non_order_request", "new_customer"],
)
M(
    "nova-juice",
    1,
    "en",
    "ORDER",
    "hi! new juice kiosk at Spitalfields market, Bruno here. first order pls: 2 boxes juicing oranges, 1 box "
    "lemons, 3kg ginger, 2 boxes pineapples. pay on delivery by card ok?",
    [L("CIT-ORG-JUICE", 2), L("CIT-LEMON-80", 1), L("GINGER", 3), L("PINE-8", 2)],
    "First order paid on delivery, not on credit; a payment question on the side.",
    ["new_customer", "side_question"],
)
M(
    "nova-juice",
    3,
    "en",
    "ORDER",
    "Bruno again 🍋 160 lemons and 120 limes for saturday",
    [L("CIT-LEMON-80", 2), L("CIT-LIME-60", 2)],
    "160 lemons = 2 boxes of 80; 120 limes = 2 boxes of 60.",
    ["count", "new_customer"],
)
M(
    "nova-juice",
    4,
    "en",
    "ORDER",
    "same as tuesday pls",
    [],
    "Reference from a first-time customer to their message of Tuesday: messages are not history; ambiguous.",
    ["reference", "new_customer"],
    ref={"kind": "last"},
)
M(
    "nova-juice",
    5,
    "en",
    "QUESTION",
    "can I get a price list for exotic fruit? dragon fruit, lychees, passion fruit",
    [],
    "Opens with 'can I get'; a request for a price list.",
    ["non_order_request", "new_customer"],
)


# ======================================================================= added for balance (clean orders, non-orders)
M(
    "la-tasca",
    4,
    "es",
    "ORDER",
    "Buenas! Para el sábado: 2 kg de pimientos romanos, 1 tarrina de ajo pelado y 3 cajas de tomate pera 🍅",
    [L("PEP-ROMANO", 2), L("PREP-GARLIC", 1), L("TOM-PLUM-6", 3)],
    "'pimientos romanos' = Romano pointed peppers (kg); 'tarrina de ajo pelado' = the 1kg tub of peeled garlic.",
    [],
)
M(
    "jerk-shack",
    2,
    "en",
    "ORDER",
    "morning fam, 2 box limes, 3kg okra and 6 white cabbage for thurs pls 🙏",
    [L("CIT-LIME-60", 2), L("OKRA", 3), L("GRN-CAB-WHT", 6)],
    "",
    [],
)
M(
    "olive-tree",
    3,
    "el",
    "ORDER",
    "Kalimera, gia tin Paraskevi: 2 koutia marouli cos, 1 kouti lemonia kai 2 koutia melitzanes. Nikos",
    [L("LET-COS", 2), L("CIT-LEMON-80", 1), L("MED-AUB-5", 2)],
    "'marouli cos' = cos lettuce; 'Paraskevi' (Friday) is not a number.",
    [],
)
M(
    "avocado-club",
    3,
    "en",
    "ORDER",
    "2 trays red cherry tomatos + 1 bag rocket + 2 tubs pom seeds for fri ta x",
    [L("TOM-CHERRY-P", 2, "Red"), L("LET-ROCKET", 1), L("POMEG-SEEDS", 2)],
    "'tomatos' is a typo; 'red cherry tomatoes' by the tray = the red punnets.",
    ["typo", "variant"],
)
M(
    "st-marys",
    2,
    "en",
    "ORDER",
    "Subject: Harvest lunch\n\nPlease add 15kg butternut squash and 3 boxes of Gala apples to Thursday's delivery."
    "\nJoan",
    [L("MED-BUTTERNUT", 15), L("APL-GALA", 3)],
    "",
    [],
)
M(
    "groene-vork",
    3,
    "nl",
    "ORDER",
    "Graag nog 4 kg cavolo nero en 3 dozen gele oesterzwammen voor vrijdag.",
    [L("GRN-CAVOLO", 4), L("MUSH-OYSTER", 3, "Yellow")],
    "'dozen' = boxes; 'gele' = yellow.",
    ["variant"],
)

M(
    "groene-vork",
    1,
    "nl",
    "QUESTION",
    "Hebben jullie ook biologische wortels? En wat kost dan een zak van 10 kg?",
    [],
    "Organic carrots: a question.",
    [],
)
M(
    "casa-lisboa",
    1,
    "pt",
    "OTHER",
    "Obrigada pela entrega de hoje, o motorista foi muito simpático 😊",
    [],
    "Thanks.",
    [],
)
M(
    "bistro-margaux",
    1,
    "fr",
    "OTHER",
    "Objet : fermeture\n\nBonjour, nous serons fermés du 14 au 21 septembre pour congés annuels, merci de ne rien "
    "livrer pendant cette période.\n\nClaire",
    [],
    "Closure notice; the dates are not quantities.",
    [],
)
M(
    "zum-hirsch",
    2,
    "de",
    "QUESTION",
    "Haben Sie Pfifferlinge? Wir bräuchten ab KW 38 ca. 3 kg pro Woche.",
    [],
    "Chanterelles (not stocked): a question, not an order.",
    [],
)
M(
    "nonna-rosa",
    3,
    "it",
    "QUESTION",
    "Vorrei sapere se potete consegnare anche la domenica mattina, prima delle 9",
    [],
    "Opens like a request ('vorrei'); a question.",
    ["non_order_request"],
)
M(
    "burger-yard",
    3,
    "en",
    "COMPLAINT",
    "chips were grey n soggy today, 2 of the 6 bags, not happy",
    [],
    "",
    [],
)
M(
    "golden-wok",
    2,
    "en",
    "OTHER",
    "can i have invoice copy for august pls, accountant ask",
    [],
    "Opens with 'can i have'; a service request, not an order.",
    ["non_order_request"],
)
M(
    "olive-tree",
    5,
    "el",
    "QUESTION",
    "Ehete feta i mono frouta kai lahanika?",
    [],
    "Asks about feta (not stocked).",
    [],
)
