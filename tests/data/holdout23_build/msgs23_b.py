# ruff: noqa  (hand-written data generator of blind set 23, kept as its writer left it)
# chunk B: orders that need review (families, variants, units, not in catalog, references, conditions)
from msgs23_head import L, A, N, M


# --- bare family words
M(
    "red-lion",
    "ORDER",
    "2 cs house wine and 1 prosecco for thurs",
    [A(["HR-HOUSE-RED", "HR-HOUSE-WHITE", "HR-HOUSE-ROSE"], 2), A(["HR-LAMARCA", "HR-BISOL"], 1)],
    'ambiguous: "house wine" is red, white or rosé; "prosecco" is La Marca or Bisol',
    ["family"],
)
M(
    "kings-arms",
    "ORDER",
    "2 malbec and 1 sauvignon please for tues, Rob",
    [
        A(["HR-MALBEC-TRIV", "HR-MALBEC-CAT", "HR-CAHORS"], 2),
        A(["HR-VM-SB", "HR-SR120-SB", "HR-CASI-SB", "HR-HOUSE-WHITE", "HR-SANCERRE"], 1),
    ],
    "ambiguous: malbec (Trivento, Catena, Cahors) and sauvignon (several)",
    ["family"],
)
M(
    "forge-steak",
    "ORDER",
    "Hi, please send 2 cases of rioja and 1 case of Catena for Tuesday. Marcus",
    [A(["HR-RIOJA-CRZ", "HR-RIOJA-RES", "HR-RIOJA-BLANCO"], 2), L("HR-MALBEC-CAT", 1)],
    "ambiguous: rioja is crianza, reserva or blanco",
    ["family"],
)
M(
    "ashcombe-manor",
    "ORDER",
    "Subject: champagne\n\nPlease add 12 bottles of champagne to Tuesday's delivery - for the Whitcombe wedding toast (90 guests).\n\nJulian",
    [A(["HR-LP-BRUT", "HR-MOET", "HR-BOLLY", "HR-VEUVE", "HR-LP-ROSE"], 12)],
    'ambiguous: "champagne" names five champagnes sold by the bottle (Delacourt, sold by the case, is left out: "12 bottles" reads as bottles); 90 guests is a head count',
    ["family"],
)
M(
    "undercroft",
    "ORDER",
    "need 6 batailley + 6 chablis for weds pls",
    [A(["HR-BATAILLEY-15", "HR-BATAILLEY-16"], 6), L("HR-CHABLIS", 6, None)],
    'ambiguous: Batailley 2015 or 2016; "chablis" is the village Chablis (plain member) but with no size (75cl, half or magnum)',
    ["family", "variant"],
)
M(
    "velvet-room",
    "ORDER",
    "1 case rosé and 2 cava pls",
    [
        A(
            [
                "HR-HOUSE-ROSE",
                "HR-MIRABEAU",
                "HR-WHITE-ZIN",
                "HR-SANCERRE-ROSE",
                "HR-PG-BLUSH",
                "HR-PROS-ROSE",
            ],
            1,
        ),
        L("HR-CAVA", 2),
    ],
    'ambiguous: "rosé" by the case fits six cased rosés',
    ["family"],
)
M(
    "vine-fig",
    "ORDER",
    "2 pinot noir, 1 cotes du rhone pls",
    [A(["HR-BOURG-PN", "HR-VM-PN"], 2), A(["HR-CDR-RED", "HR-CDR-BLANC"], 1)],
    "ambiguous: Latour or Villa Maria pinot noir; Côtes du Rhône rouge or blanc",
    ["family"],
)
M(
    "fairway-golf",
    "ORDER",
    "Hello, please add 2 bottles of tawny and a bottle of sherry to Friday's wine. Geoff",
    [A(["HR-TAY-10", "HR-TAY-20"], 2), A(["HR-TIO-PEPE", "HR-MANZANILLA", "HR-PX", "HR-BRISTOL"], 1)],
    "ambiguous: 10 or 20 year tawny; sherry names four products",
    ["family"],
)
M(
    "nonna-pia",
    "ORDER",
    "Ciao, 2 cartoni di chianti e 6 bottiglie di barolo per martedì",
    [A(["HR-CHIANTI", "HR-CHIANTI-CL"], 2), A(["HR-BAROLO-18", "HR-BAROLO-19"], 6)],
    "ambiguous: Chianti DOCG or Classico; Barolo 2018 or 2019",
    ["family"],
)
M(
    "grand-esplanade",
    "ORDER",
    "Subject: dessert wine\n\nPriya here - please add 6 bottles of dessert wine to Monday's delivery.\n\nThanks",
    [A(["HR-SAUTERNES", "HR-TOKAJI", "HR-BDV"], 6)],
    "ambiguous: Sauternes, Tokaji or Beaumes de Venise",
    ["family"],
)
M(
    "harbourside",
    "ORDER",
    "Subject: kitchen\n\nHi, chef needs 2 x 10L red for the kitchen and 1 case natureo please. Tom",
    [A(["HR-HOUSE-BIB", "HR-COOK-RED"], 2, "Red"), A(["HR-NATUREO-RED", "HR-NATUREO-WHITE"], 1)],
    'ambiguous: a 10L red is the house or the cooking bag-in-box ("for the kitchen" is not "cooking wine"); natureo red or muscat',
    ["family"],
)
M(
    "bar-wisla",
    "ORDER",
    "Poproszę 3 kartony prosecco i 1 karton wina domowego na środę",
    [A(["HR-LAMARCA", "HR-BISOL"], 3), A(["HR-HOUSE-RED", "HR-HOUSE-WHITE", "HR-HOUSE-ROSE"], 1)],
    'ambiguous: prosecco (La Marca or Bisol); "wino domowe" is house wine with no colour',
    ["family"],
)
M(
    "skyline-roof",
    "ORDER",
    "can we get 2 x casillero and 1 x villa maria for thurs",
    [A(["HR-CASI-MERLOT", "HR-CASI-CAB", "HR-CASI-SB"], 2), A(["HR-VM-SB", "HR-VM-PN"], 1)],
    "ambiguous: Casillero merlot, cabernet or sauvignon; Villa Maria sauvignon or pinot noir",
    ["family", "non_order_request"],
)
M(
    "quai-brasserie",
    "ORDER",
    "Bonjour, 2 caisses de Guigal et 6 bouteilles de Châteauneuf Janasse pour jeudi svp. Amélie",
    [A(["HR-CDR-RED", "HR-CDR-BLANC"], 2), A(["HR-CNDP-RED", "HR-CNDP-BLANC"], 6)],
    "ambiguous: Guigal rouge or blanc; Janasse rouge or blanc",
    ["family"],
)
M(
    "tasca-porto",
    "ORDER",
    "Olá, 3 garrafas de porto tawny da Taylor's e 2 caixas de vinho branco da casa",
    [A(["HR-TAY-10", "HR-TAY-20"], 3), L("HR-HOUSE-WHITE", 2, None)],
    "ambiguous: 10 or 20 year tawny; house white with no case size (6 or 12)",
    ["family", "variant"],
)
M(
    "spice-bengal",
    "ORDER",
    "bhai 3 cases casillero and 2 white please",
    [
        A(["HR-CASI-MERLOT", "HR-CASI-CAB", "HR-CASI-SB"], 3),
        A(["HR-HOUSE-WHITE", "HR-CASI-SB", "HR-VM-SB", "HR-SR120-SB"], 2),
    ],
    'ambiguous: casillero (three); "2 white" with no product',
    ["family"],
)
M(
    "oyster-shed",
    "ORDER",
    "3 cs sancerre + 2 picpoul for wed",
    [A(["HR-SANCERRE", "HR-SANCERRE-ROSE"], 3), L("HR-PICPOUL", 2)],
    "ambiguous: Sancerre blanc or rosé",
    ["family"],
)
# --- missing variants
M(
    "red-lion",
    "ORDER",
    "3 house red 2 house white please thurs",
    [L("HR-HOUSE-RED", 3, None), L("HR-HOUSE-WHITE", 2, None)],
    "ambiguous: house red and white cases come as 6 or 12 and no size is given",
    ["variant", "spoken"],
)
M(
    "grand-esplanade",
    "ORDER",
    "Subject: Moët\n\nPlease add 12 Moët to Monday's order. Thank you, Priya",
    [L("HR-MOET", 12, None)],
    "ambiguous: Moët 75cl or magnum not stated",
    ["variant"],
)
M(
    "kings-arms",
    "ORDER",
    "3 x jardin bag in box for tues pls",
    [L("HR-HOUSE-BIB", 3, None)],
    "ambiguous: the house bag-in-box colour (red, white or rosé) is not given",
    ["variant"],
)
M(
    "quai-brasserie",
    "ORDER",
    "Bonjour, 12 Chablis Saint Martin et 6 Laurent-Perrier pour jeudi. Merci",
    [L("HR-CHABLIS", 12, None), L("HR-LP-BRUT", 6, None)],
    "ambiguous: no bottle size for Chablis (75cl, half, magnum) or Laurent-Perrier (75cl, half, magnum)",
    ["variant"],
)
M(
    "fairway-golf",
    "ORDER",
    "Geoff: 6 Pulltap corkscrews please, whichever colour",
    [L("HR-CORKSCREW", 6, None)],
    'ambiguous: "whichever colour" names no variant; a human picks one',
    ["variant"],
)
M(
    "bramble-events",
    "ORDER",
    "Subject: glasses for Saturday\n\nHi, can we add 4 boxes of wine glasses and 2 boxes of flutes please. Annie",
    [L("HR-WINE-GLASS", 4, None), L("HR-FLUTE", 2, None)],
    "ambiguous: Open Up glass size (25/35/47cl) and flute size (17/21cl) not given",
    ["variant", "non_order_request"],
)
M(
    "velvet-room",
    "ORDER",
    "3 large flutes boxes + 2 cs crémant de bourgogne",
    [L("HR-FLUTE", 3, "21cl"), L("HR-CREMANT", 2, None)],
    '"large" flutes are the 21cl; ambiguous: crémant blanc or rosé not given',
    ["variant"],
)
M(
    "harbourside",
    "ORDER",
    "Subject: port\n\nHi, 6 LBV please with Thursday's delivery. Tom",
    [L("HR-TAY-LBV", 6, None)],
    "ambiguous: LBV 75cl or half bottle not given",
    ["variant"],
)
M(
    "undercroft",
    "ORDER",
    "can i get 10 corkscrews in red pls",
    [L("HR-CORKSCREW", 10, None)],
    'ambiguous: corkscrews come in black, burgundy or silver; "red" is no colour of it (burgundy is not red to a clerk)',
    ["variant", "non_order_request"],
)
# --- unit traps: bottles vs cases, fractions
M(
    "vine-fig",
    "ORDER",
    "hi can we get 3 bottles of gavi and 2 bottles of macon for tonight's table",
    [L("HR-GAVI", None), L("HR-MACON", None)],
    "not a whole number of cases: Gavi and Mâcon are sold by the case of 6 and bottles in wine mean bottles; a human must ask",
    ["container", "non_order_request"],
)
M(
    "kings-arms",
    "ORDER",
    "Rob - need 8 bottles of picpoul and 2 cases catena",
    [L("HR-PICPOUL", None), L("HR-MALBEC-CAT", 2)],
    "not a whole number: 8 bottles is 1⅓ cases of 6",
    ["container"],
)
M(
    "bar-el-sol",
    "ORDER",
    "Hola, necesito 4 botellas de rioja reserva y 2 cajas de crianza",
    [L("HR-RIOJA-RES", None), L("HR-RIOJA-CRZ", 2)],
    'not a whole number: 4 bottles of a case of 6; "crianza" is the Cáceres Crianza',
    ["container"],
)
M(
    "red-lion",
    "ORDER",
    "10 piccolos and 2 bottles of white zin pls",
    [L("HR-LAMARCA", None, "24 x 20cl Piccolo"), L("HR-WHITE-ZIN", None)],
    "not a whole number: 10 piccolos of a case of 24; 2 bottles of a case of 6",
    ["container", "count", "variant"],
)
M(
    "bramble-events",
    "ORDER",
    "Subject: Re: Hartley 40th\n\nAlso 30 bottles of house red please (the 12-bottle cases).\n\nAnnie",
    [L("HR-HOUSE-RED", None, "12 x 75cl")],
    "not a whole number: 30 bottles is 2.5 cases of 12",
    ["count", "variant"],
)
M(
    "linen-rooms",
    "ORDER",
    "Subject: Top-up\n\nHi, 24 bottles of house white please, delivery Wednesday.\n\nHelena",
    [L("HR-HOUSE-WHITE", None, None)],
    "ambiguous and not a whole number until the case size is chosen: 24 bottles are 4 cases of 6 or 2 of 12",
    ["count", "variant", "new_customer"],
)
M(
    "nonna-pia",
    "ORDER",
    "Ciao, per favore 20 bottiglie di pinot grigio per martedì",
    [L("HR-PG", None)],
    "not a whole number: 20 bottles of a case of 6",
    ["count"],
)
M(
    "oyster-shed",
    "ORDER",
    "half case muscadet + 1 picpoul",
    [L("HR-MUSCADET", 0.5), L("HR-PICPOUL", 1)],
    "half a case is 0.5 as written, but a fraction of a selling unit is never auto-confirmed: review (quantities: not a whole number)",
    ["container"],
    review=True,
)
# --- not in catalog
M(
    "red-lion",
    "ORDER",
    "2 cs house red 6s and 1 case of guinness pls",
    [L("HR-HOUSE-RED", 2, "6 x 75cl"), N(1)],
    "guinness: not in catalog (a wine merchant)",
    ["not_in_catalog", "variant"],
)
M(
    "velvet-room",
    "ORDER",
    "2 bottles aperol + 1 cs la marca rosé + 1 cs lambrusco",
    [N(2), L("HR-PROS-ROSE", 1), N(1)],
    "aperol and lambrusco: not in catalog",
    ["not_in_catalog"],
)
M(
    "undercroft",
    "ORDER",
    "1 cs cloudy bay sauv + 1 orange wine case + 1 gruner",
    [N(1), N(1), L("HR-GRUNER", 1)],
    "cloudy bay and orange wine: not in catalog (Villa Maria is the stocked Marlborough; no substitute)",
    ["not_in_catalog"],
)
M(
    "ashcombe-manor",
    "ORDER",
    "Subject: Dom Pérignon\n\nPlease add 6 Dom Pérignon 2013 and 6 Bollinger to Tuesday.\n\nJulian",
    [N(6), L("HR-BOLLY", 6)],
    "Dom Pérignon: not in catalog; 2013 is a vintage, not a quantity",
    ["not_in_catalog"],
)
M(
    "skyline-roof",
    "ORDER",
    "2 cs whispering angel magnums?? and 20 bags of ice",
    [L("HR-WA", None, "150cl Magnum"), N(20)],
    "Whispering Angel magnums are sold by the bottle and a case size is not known (not a whole number); ice: not in catalog",
    ["not_in_catalog", "variant"],
)
M(
    "grand-esplanade",
    "ORDER",
    "Subject: PO 88490\n\n2 cases Chablis Grand Cru Les Clos, 2 cases Mâcon-Villages.\n\nPriya",
    [N(2), L("HR-MACON", 2)],
    "Chablis Grand Cru: not in catalog (village and premier cru are stocked)",
    ["not_in_catalog"],
)
M(
    "fairway-golf",
    "ORDER",
    "Please send 2 cases of mulled wine and 1 box of rosé house bag-in-box for Friday.",
    [N(2), L("HR-HOUSE-BIB", 1, "Rosé")],
    "mulled wine: not in catalog",
    ["not_in_catalog", "variant"],
)
M(
    "tasca-porto",
    "ORDER",
    "Olá! 2 caixas de vinho verde e 4 garrafas de six grapes, por favor",
    [N(2), L("HR-SIX-GRAPES", 4)],
    "vinho verde: not in catalog",
    ["not_in_catalog"],
)
# --- conditional, credit, range, self-correction, spoken
M(
    "bar-el-sol",
    "ORDER",
    "Si os queda Rioja Gran Reserva mandadme 2 cajas, y si no nada. Gracias",
    [N(2)],
    "Gran Reserva: not in catalog; conditional order",
    ["not_in_catalog", "conditional"],
    nohist=True,
)
M(
    "forge-steak",
    "ORDER",
    "If the Catena is still at the old price, send 5 cases on Tuesday, otherwise stick to 3. Marcus",
    [L("HR-MALBEC-CAT", None)],
    "quantities not stated: conditional on price (5 or 3)",
    ["conditional", "range"],
    nohist=True,
)
M(
    "corkage-new",
    "ORDER",
    "Hi Leon from Corkage again - can we open a 30 day account and have 2 cs chapel down + 1 cs gavi on it?",
    [L("HR-CHAPEL-DOWN", 2), L("HR-GAVI", 1)],
    "first-time customer on a 30-day account: credit, review",
    ["credit", "new_customer", "non_order_request"],
    review=True,
    nohist=True,
)
M(
    "kings-arms",
    "ORDER",
    "2-3 cases of la marca 75s for the bank holiday",
    [L("HR-LAMARCA", None, "6 x 75cl")],
    "quantities not stated: a range (2-3)",
    ["range", "variant"],
)
M(
    "spice-bengal",
    "ORDER",
    "3 house rosé no sorry make it 4, and 2 white zin",
    [L("HR-HOUSE-ROSE", 4), L("HR-WHITE-ZIN", 2)],
    "self-correction: 4",
    ["self_correction"],
)
M(
    "vine-fig",
    "ORDER",
    "voice note: hi its sara can i get too cases of the macon and for cases house red the sixes thanks",
    [L("HR-MACON", 2), L("HR-HOUSE-RED", 4, "6 x 75cl")],
    "voice-to-text homophones: too = two, for = four",
    ["homophone", "spoken", "variant"],
)
M(
    "red-lion",
    "ORDER",
    "can i get two cases of house white sixes a case of trivento and three santa rita",
    [L("HR-HOUSE-WHITE", 2, "6 x 75cl"), L("HR-MALBEC-TRIV", 1), L("HR-SR120-SB", 3)],
    'spoken list: "a case" and number words start items',
    ["spoken", "variant", "non_order_request"],
)
M(
    "bar-wisla",
    "ORDER",
    "2 kartony natureo czerwone i jeden karton la marca duże butelki",
    [L("HR-NATUREO-RED", 2), L("HR-LAMARCA", 1, "6 x 75cl")],
    '"duże butelki" (big bottles) picks the 75cl against the piccolo',
    ["variant"],
)
# --- outliers
M(
    "undercroft",
    "ORDER",
    "send 36 cs gruner for weds",
    [L("HR-GRUNER", 36)],
    "outlier: usual 1 case, no reason given",
    ["outlier"],
    outlier=True,
)
M(
    "tasca-porto",
    "ORDER",
    "Olá, 40 garrafas de six grapes para terça",
    [L("HR-SIX-GRAPES", 40)],
    "outlier: usual 4 bottles, no reason given",
    ["outlier"],
    outlier=True,
)
