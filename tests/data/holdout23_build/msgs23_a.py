# ruff: noqa  (hand-written data generator of blind set 23, kept as its writer left it)
# chunk A: mostly clean orders
from msgs23_head import L, A, N, M

M(
    "red-lion",
    "ORDER",
    "Hi its Dave at the Lion. 2 cs house red sixes, 2 cs house white sixes, 1 house rose and 2 santa rita 120 pls. Thurs delivery",
    [
        L("HR-HOUSE-RED", 2, "6 x 75cl"),
        L("HR-HOUSE-WHITE", 2, "6 x 75cl"),
        L("HR-HOUSE-ROSE", 1),
        L("HR-SR120-SB", 2),
    ],
    '"sixes" picks the 6 x 75cl case; Thurs is a day, not a quantity',
    ["variant"],
)
M(
    "quai-brasserie",
    "ORDER",
    "Subject: Commande semaine 22\n\nBonjour,\n\nPour jeudi merci :\n- 3 caisses de Jardin rouge en 12\n- 2 caisses de Muscadet sur lie\n- 12 bouteilles de Chablis Saint Martin 75cl\n- 1 caisse de Fleurie\n\nCordialement,\nAmélie Garnier\nBrasserie du Quai, 14 quai des Tanneurs, Bristol BS1 4QA\nTél. 07700 900612",
    [L("HR-HOUSE-RED", 3, "12 x 75cl"), L("HR-MUSCADET", 2), L("HR-CHABLIS", 12, "75cl"), L("HR-FLEURIE", 1)],
    "semaine 22, street number, postcode and phone are not quantities; Chablis is sold by the bottle",
    ["signature", "variant", "number_in_name"],
)
M(
    "bar-el-sol",
    "ORDER",
    "Hola! Para el miércoles: 4 cajas rioja crianza, 2 de albariño, 3 cajas de cava y 6 botellas de tio pepe de 75. Gracias 🙏",
    [L("HR-RIOJA-CRZ", 4), L("HR-ALBARINO", 2), L("HR-CAVA", 3), L("HR-TIO-PEPE", 6, "75cl")],
    '"de 75" picks the 75cl Tio Pepe',
    ["variant", "emoji"],
)
M(
    "kings-arms",
    "ORDER",
    "morning! can we get 2 red bib and 2 white bib (the jardin ones), 2 cs villa maria sauv and 1 catena. ta, Rob",
    [L("HR-HOUSE-BIB", 2, "Red"), L("HR-HOUSE-BIB", 2, "White"), L("HR-VM-SB", 2), L("HR-MALBEC-CAT", 1)],
    '"the jardin ones" names the house bag-in-box, not the cooking wine',
    ["variant", "non_order_request"],
)
M(
    "grand-esplanade",
    "ORDER",
    "Subject: PO 88412 - wine order\n\nGood morning,\n\nPlease deliver on Monday:\n\n1. Le Jardin House Red 12 x 75cl - 4 cases\n2. Le Jardin House White 12 x 75cl - 4 cases\n3. Moët Brut Impérial 75cl - 12 bottles\n4. Moët magnums - 2\n5. Mâcon-Villages - 2 cases\n\nKind regards,\nPriya Nair\nBeverage Manager, The Grand Esplanade Hotel\n020 7946 0318",
    [
        L("HR-HOUSE-RED", 4, "12 x 75cl"),
        L("HR-HOUSE-WHITE", 4, "12 x 75cl"),
        L("HR-MOET", 12, "75cl"),
        L("HR-MOET", 2, "150cl Magnum"),
        L("HR-MACON", 2),
    ],
    "PO number and list numbering are not quantities",
    ["signature", "variant"],
)
M(
    "spice-bengal",
    "ORDER",
    "Salaam bhai, 3 cases house red 6 bottle case, 3 house white same, 2 white zin, 2 casillero merlot. Monday pls",
    [
        L("HR-HOUSE-RED", 3, "6 x 75cl"),
        L("HR-HOUSE-WHITE", 3, "6 x 75cl"),
        L("HR-WHITE-ZIN", 2),
        L("HR-CASI-MERLOT", 2),
    ],
    '"same" carries the 6-bottle case to the white',
    ["variant"],
)
M(
    "oyster-shed",
    "ORDER",
    "3 muscadet 3 picpoul 1 albarino 1 sancerre rose. wed. Oyster Shed",
    [L("HR-MUSCADET", 3), L("HR-PICPOUL", 3), L("HR-ALBARINO", 1), L("HR-SANCERRE-ROSE", 1)],
    "",
    ["spoken"],
)
M(
    "velvet-room",
    "ORDER",
    "yo need 2 cases la marca piccolos + 3 cs la marca 75cl, 2 cava, 1 chapel down for fri 🍾",
    [
        L("HR-LAMARCA", 2, "24 x 20cl Piccolo"),
        L("HR-LAMARCA", 3, "6 x 75cl"),
        L("HR-CAVA", 2),
        L("HR-CHAPEL-DOWN", 1),
    ],
    "",
    ["variant", "emoji"],
)
M(
    "forge-steak",
    "ORDER",
    "Hi team,\n\nOrder for Tuesday please: Catena Malbec x3 cases, Trivento Reserve x2, Koonunga Hill x2, Cáceres Reserva x2 and 3 bottles of Taylor's LBV (full size).\n\nThanks\nMarcus Hale\nForge Steakhouse\n07700 900719",
    [
        L("HR-MALBEC-CAT", 3),
        L("HR-MALBEC-TRIV", 2),
        L("HR-SHIRAZ", 2),
        L("HR-RIOJA-RES", 2),
        L("HR-TAY-LBV", 3, "75cl"),
    ],
    'LBV is sold by the bottle; "full size" is the 75cl',
    ["signature", "variant"],
)
M(
    "nonna-pia",
    "ORDER",
    "Ciao! Per martedì: 3 cartoni chianti ruffino docg, 4 montepulciano, 4 pinot grigio, 6 bottiglie di amarone tommasi. Grazie, Pia",
    [L("HR-CHIANTI", 3), L("HR-MONTEPULCIANO", 4), L("HR-PG", 4), L("HR-AMARONE", 6)],
    "Amarone is sold by the bottle; cartoni are cases",
    [],
)
M(
    "tasca-porto",
    "ORDER",
    "Bom dia! Para terça: 4 garrafas Six Grapes, 2 garrafas tawny 10 anos da Taylor's e 2 caixas de albariño. Obrigado",
    [L("HR-SIX-GRAPES", 4), L("HR-TAY-10", 2), L("HR-ALBARINO", 2)],
    'port sold by the bottle; "10 anos" is part of the name',
    ["number_in_name"],
)
M(
    "bar-wisla",
    "ORDER",
    "Dzień dobry, poproszę na środę: 2 kartony la marca 75cl, 1 karton dr loosen riesling i 2 kartony montepulciano. Dzięki, Kasia",
    [L("HR-LAMARCA", 2, "6 x 75cl"), L("HR-RIESLING", 1), L("HR-MONTEPULCIANO", 2)],
    "",
    ["variant"],
)
M(
    "skyline-roof",
    "ORDER",
    "Hiya, for Thursday: 12 whispering angel bottles, 4 WA magnums, 2 cs mirabeau and 2 prosecco rosé. Sun's out ☀️",
    [L("HR-WA", 12, "75cl"), L("HR-WA", 4, "150cl Magnum"), L("HR-MIRABEAU", 2), L("HR-PROS-ROSE", 2)],
    "Whispering Angel is sold by the bottle",
    ["variant", "emoji"],
)
M(
    "harbourside",
    "ORDER",
    "Subject: Bar order\n\nHi,\n\nCould we have for Thursday: 3 white bag-in-box (house), 2 red bag-in-box (house), 12 half bottles of Laurent-Perrier and 2 cases Kleine Zalze chenin.\n\nMany thanks,\nTom Brewer\nBar Supervisor, Harbourside Hotel\nQuay Road, Falmouth TR11 3XX",
    [
        L("HR-HOUSE-BIB", 3, "White"),
        L("HR-HOUSE-BIB", 2, "Red"),
        L("HR-LP-BRUT", 12, "37.5cl Half"),
        L("HR-CHENIN", 2),
    ],
    '"house" rules out the cooking wine boxes',
    ["signature", "variant", "non_order_request"],
)
M(
    "undercroft",
    "ORDER",
    "Evening! For Weds pls: 1 cs vacheron sancerre blanc, 1 latour bourgogne PN, 1 gruner, 1 viognier, 6 janasse rouge and 6 barolo 2018. cheers, Ines",
    [
        L("HR-SANCERRE", 1),
        L("HR-BOURG-PN", 1),
        L("HR-GRUNER", 1),
        L("HR-VIOGNIER", 1),
        L("HR-CNDP-RED", 6),
        L("HR-BAROLO-18", 6),
    ],
    "2018 names the Barolo vintage",
    ["number_in_name"],
)
M(
    "fairway-golf",
    "ORDER",
    "Hello,\n\nFor Friday's delivery: one red, one white and one rosé house bag-in-box, two cases of Bin 65 and three bottles of Six Grapes.\n\nRegards,\nGeoff Ambler\nBar Steward, Fairway Golf Club",
    [
        L("HR-HOUSE-BIB", 1, "Red"),
        L("HR-HOUSE-BIB", 1, "White"),
        L("HR-HOUSE-BIB", 1, "Rosé"),
        L("HR-BIN65", 2),
        L("HR-SIX-GRAPES", 3),
    ],
    '"Bin 65" is part of the name',
    ["variant", "number_in_name", "signature"],
)
M(
    "vine-fig",
    "ORDER",
    "Hi its Sara @ Vine&Fig. 2 cs house white 6s, 2 house red 6s, 1 jadot macon, 1 gavi pls. Thx",
    [L("HR-HOUSE-WHITE", 2, "6 x 75cl"), L("HR-HOUSE-RED", 2, "6 x 75cl"), L("HR-MACON", 1), L("HR-GAVI", 1)],
    "",
    ["variant"],
)
M(
    "ashcombe-manor",
    "ORDER",
    "Dear Hartwell & Rye,\n\nPlease send on Tuesday six bottles each of the Chablis Premier Cru Vaudevey, Batailley 2016 and Barolo 2019, and two bottles of Royal Tokaji.\n\nWith thanks,\nJulian Marsh\nHead Sommelier, Ashcombe Manor Hotel\nAshcombe, Somerset",
    [L("HR-CHABLIS-1ER", 6), L("HR-BATAILLEY-16", 6), L("HR-BAROLO-19", 6), L("HR-TOKAJI", 2)],
    "vintages name the product; all sold by the bottle",
    ["signature", "number_in_name"],
)
M(
    "forno-nero",
    "ORDER",
    "ciao sono Gino di Forno Nero. 3 montepulciano 3 pinot grigio e 12 bottiglie primitivo sessantanni. lunedì",
    [L("HR-MONTEPULCIANO", 3), L("HR-PG", 3), L("HR-PRIMITIVO", 12)],
    "Primitivo is sold by the bottle",
    ["spoken"],
)
M(
    "red-lion",
    "ORDER",
    "Dave again. add 1 case la marca piccolos and 1 trivento to thursdays pls",
    [L("HR-LAMARCA", 1, "24 x 20cl Piccolo"), L("HR-MALBEC-TRIV", 1)],
    "an addition to a placed order is ORDER",
    ["variant"],
)
M(
    "quai-brasserie",
    "ORDER",
    "Bonjour, pouvez-vous ajouter 6 bouteilles de Laurent-Perrier Brut 75cl et 1 caisse de Picpoul à la livraison de jeudi ? Merci, Amélie",
    [L("HR-LP-BRUT", 6, "75cl"), L("HR-PICPOUL", 1)],
    "addition to a placed order; question form but an order",
    ["variant", "non_order_request"],
)
M(
    "bar-el-sol",
    "ORDER",
    "Buenas, me mandas 6 botellas de manzanilla papirusa y 2 de PX san emilio? Es para el jueves",
    [L("HR-MANZANILLA", 6), L("HR-PX", 2)],
    "sherry sold by the bottle",
    ["non_order_request"],
)
M(
    "spice-bengal",
    "ORDER",
    "2 casillero sauv blanc and 2 house rose add pls for monday delivery. thank you",
    [L("HR-CASI-SB", 2), L("HR-HOUSE-ROSE", 2)],
    "",
    [],
)
M(
    "grand-esplanade",
    "ORDER",
    "Subject: Additional - Saturday wedding\n\nHi,\n\nFor the Fontaine wedding (180 guests) please add 3 cases of Jardin Brut sparkling and 6 bottles of Sauternes to Monday.\n\nPriya",
    [L("HR-HOUSE-FIZZ", 3), L("HR-SAUTERNES", 6)],
    "180 guests is a head count; Sauternes is a 37.5cl bottle sold by the bottle",
    [],
)
M(
    "oyster-shed",
    "ORDER",
    "hi, 12 chablis st martin bottles (75) and 6 nyetimber 75s for wed pls",
    [L("HR-CHABLIS", 12, "75cl"), L("HR-NYETIMBER", 6, "75cl")],
    '"75s" picks the 75cl Nyetimber; both sold by the bottle',
    ["variant"],
)
M(
    "kings-arms",
    "ORDER",
    "Rob here - 2 picpoul, 1 white zin, 1 red cooking wine box and a case of la marca 75s pls",
    [L("HR-PICPOUL", 2), L("HR-WHITE-ZIN", 1), L("HR-COOK-RED", 1), L("HR-LAMARCA", 1, "6 x 75cl")],
    '"a case" starts an item',
    ["spoken", "variant"],
)
M(
    "velvet-room",
    "ORDER",
    "need 6 btl whispering angel and 1 noughty asap for tonight if poss",
    [L("HR-WA", 6, "75cl"), L("HR-NOUGHTY", 1)],
    '"btl" is the 75cl bottle',
    ["variant"],
)
M(
    "forge-steak",
    "ORDER",
    "Can you add 3 cases Casillero cab sauv & 1 Cahors du Cedre to Tuesday. Marcus",
    [L("HR-CASI-CAB", 3), L("HR-CAHORS", 1)],
    "",
    ["non_order_request"],
)
M(
    "tasca-porto",
    "ORDER",
    "Olá, mandem 1 caixa de 12 de vinho da casa tinto e 1 caixa de casillero cabernet, por favor. Terça-feira.",
    [L("HR-HOUSE-RED", 1, "12 x 75cl"), L("HR-CASI-CAB", 1)],
    '"caixa de 12 de vinho da casa tinto" is the house red case of 12',
    ["variant"],
)
M(
    "skyline-roof",
    "ORDER",
    "2 cs la marca 75cl + 2 house rosé for thurs x",
    [L("HR-LAMARCA", 2, "6 x 75cl"), L("HR-HOUSE-ROSE", 2)],
    "",
    ["variant"],
)
M(
    "nonna-pia",
    "ORDER",
    "Buongiorno, aggiungete per favore 2 cartoni di la marca da 75 e 1 cartone di ripasso tommasi. Grazie mille",
    [L("HR-LAMARCA", 2, "6 x 75cl"), L("HR-RIPASSO", 1)],
    "",
    ["variant"],
)
M(
    "ashcombe-manor",
    "ORDER",
    "Julian here: could you send 6 Bollinger Special Cuvée and 6 Veuve Yellow Label with Tuesday's wines, plus two Lustau PX. Many thanks.",
    [L("HR-BOLLY", 6), L("HR-VEUVE", 6), L("HR-PX", 2)],
    "",
    ["non_order_request"],
)
M(
    "fairway-golf",
    "ORDER",
    "Please add 2 Harveys Bristol Cream and 1 case of Pinot Grigio Blush to Friday. Geoff",
    [L("HR-BRISTOL", 2), L("HR-PG-BLUSH", 1)],
    "",
    [],
)
M(
    "harbourside",
    "ORDER",
    "Hi, pls add 2 bottles Taylor's 10 year tawny, 1 case Delacourt brut and 1 case La Marca Prosecco Rosé. Tom",
    [L("HR-TAY-10", 2), L("HR-DELACOURT", 1), L("HR-PROS-ROSE", 1)],
    '"10 year" is part of the name',
    ["number_in_name"],
)
M(
    "undercroft",
    "ORDER",
    "hey can i get 1 riesling dr L, 1 ravenswood zin and 6 batailley 2015 for weds",
    [L("HR-RIESLING", 1), L("HR-ZIN", 1), L("HR-BATAILLEY-15", 6)],
    "",
    ["number_in_name", "non_order_request"],
)
M(
    "bar-wisla",
    "ORDER",
    "Hej, jeszcze 1 karton wina domowego czerwonego po 6 butelek i 1 karton białego po 6. Na środę",
    [L("HR-HOUSE-RED", 1, "6 x 75cl"), L("HR-HOUSE-WHITE", 1, "6 x 75cl")],
    '"po 6 butelek" picks the case of 6',
    ["variant"],
)
M(
    "vine-fig",
    "ORDER",
    "morning, 6 beaumes de venise + 1 guigal cdr rouge pls. Sara",
    [L("HR-BDV", 6), L("HR-CDR-RED", 1)],
    "",
    [],
)
M(
    "forno-nero",
    "ORDER",
    "1 bag in box jardin rosso e 1 cartone la marca 75cl. grazie",
    [L("HR-HOUSE-BIB", 1, "Red"), L("HR-LAMARCA", 1, "6 x 75cl")],
    "",
    ["variant"],
)
M(
    "corkage-new",
    "ORDER",
    "Hi! We're Corkage, the new wine bar on Mill Lane, opening next Friday. First order, paying on delivery: 2 cases Picpoul, 2 Albariño, 1 Gavi, 1 Grüner, 12 bottles of Whispering Angel, 6 Nyetimber 75cl and 1 box of the 35cl Open Up glasses. Delivery Thursday please. Thanks, Leon (07700 900884)",
    [
        L("HR-PICPOUL", 2),
        L("HR-ALBARINO", 2),
        L("HR-GAVI", 1),
        L("HR-GRUNER", 1),
        L("HR-WA", 12, "75cl"),
        L("HR-NYETIMBER", 6, "75cl"),
        L("HR-WINE-GLASS", 1, "35cl"),
    ],
    "first order paid on delivery ships as written; phone number not a quantity",
    ["new_customer", "variant"],
)
M(
    "bramble-events",
    "ORDER",
    "Subject: Order - Hartley 40th, Sat 5th\n\nHi,\n\nFor the Hartley party (120 guests):\n- 4 cases Jardin Brut\n- 2 cases Jardin red, 12 bottle cases\n- 2 cases Jardin white, 12 bottle cases\n- 2 boxes 17cl flutes\n- 1 case Noughty\n\nDelivery Friday by 10am please.\n\nAnnie Frost\nBramble Events\n020 7946 0551",
    [
        L("HR-HOUSE-FIZZ", 4),
        L("HR-HOUSE-RED", 2, "12 x 75cl"),
        L("HR-HOUSE-WHITE", 2, "12 x 75cl"),
        L("HR-FLUTE", 2, "17cl"),
        L("HR-NOUGHTY", 1),
    ],
    "40th, Sat 5th, 120 guests, 10am and phone are not quantities",
    ["signature", "variant"],
)
M(
    "spice-bengal",
    "ORDER",
    "salaam, Monday: 3 house red sixes, 3 house white sixes, 2 house rosé, 2 white zinfandel, 2 casillero merlot, 2 casillero sauvignon. shukriya",
    [
        L("HR-HOUSE-RED", 3, "6 x 75cl"),
        L("HR-HOUSE-WHITE", 3, "6 x 75cl"),
        L("HR-HOUSE-ROSE", 2),
        L("HR-WHITE-ZIN", 2),
        L("HR-CASI-MERLOT", 2),
        L("HR-CASI-SB", 2),
    ],
    "",
    ["variant"],
)
M(
    "grand-esplanade",
    "ORDER",
    "Subject: PO 88467\n\nPlease deliver Monday: 2 cases Tour de Mirambeau, 6 bottles Taylor's LBV 75cl, 6 Castelnau de Suduiraut, 1 box of 21cl flutes, 2 packs polishing cloths.\n\nPriya Nair, The Grand Esplanade Hotel",
    [
        L("HR-BORD-SUP", 2),
        L("HR-TAY-LBV", 6, "75cl"),
        L("HR-SAUTERNES", 6),
        L("HR-FLUTE", 1, "21cl"),
        L("HR-POLISH-CLOTH", 2),
    ],
    "",
    ["variant", "signature"],
)
M(
    "oyster-shed",
    "ORDER",
    "2 x 6 muscadet and 2 x 6 picpoul pls, wed",
    [L("HR-MUSCADET", 2), L("HR-PICPOUL", 2)],
    '"2 x 6" is two cases of 6',
    ["pack"],
)
M(
    "velvet-room",
    "ORDER",
    "48 la marca piccolos and 18 bottles of cava for friday pls",
    [L("HR-LAMARCA", 2, "24 x 20cl Piccolo"), L("HR-CAVA", 3)],
    "48 piccolos are 2 cases of 24; 18 bottles of cava are 3 cases of 6",
    ["count", "variant"],
)
M(
    "kings-arms",
    "ORDER",
    "24 bottles villa maria sauvignon and 12 picpoul please, tues",
    [L("HR-VM-SB", 4), L("HR-PICPOUL", 2)],
    "24 bottles are 4 cases of 6; 12 bottles 2 cases",
    ["count"],
)
M(
    "red-lion",
    "ORDER",
    "12 bottles pinot grigio + 6 bottles trivento malbec for thurs",
    [L("HR-PG", 2), L("HR-MALBEC-TRIV", 1)],
    "counts that come to whole cases of 6",
    ["count"],
)
M(
    "bar-el-sol",
    "ORDER",
    "Hola, 2 cajas de verdejo de riscal, 2 cajas de rioja blanco y 3 de cava para el miércoles",
    [L("HR-VERDEJO", 2), L("HR-RIOJA-BLANCO", 2), L("HR-CAVA", 3)],
    "",
    [],
)
M(
    "linen-rooms",
    "ORDER",
    "Subject: First order - The Linen Rooms\n\nHello,\n\nWe open on the 14th. Our first order, to be paid by card on delivery:\n\n- 2 x Le Jardin House Red 6 x 75cl\n- 2 x Le Jardin House White 6 x 75cl\n- 2 x La Marca Prosecco 6 x 75cl\n- 12 x Laurent-Perrier La Cuvée 75cl\n- 2 x Open Up 47cl glasses (box of 24)\n- 2 x Champagne flutes 21cl (box of 24)\n- 10 x Pulltap's corkscrew, black\n\nDelivery on Wednesday, goods in via Loading Bay 2.\n\nBest,\nHelena Voss\nOperations, The Linen Rooms\n3 Weaver Street, Manchester M4 6AB",
    [
        L("HR-HOUSE-RED", 2, "6 x 75cl"),
        L("HR-HOUSE-WHITE", 2, "6 x 75cl"),
        L("HR-LAMARCA", 2, "6 x 75cl"),
        L("HR-LP-BRUT", 12, "75cl"),
        L("HR-WINE-GLASS", 2, "47cl"),
        L("HR-FLUTE", 2, "21cl"),
        L("HR-CORKSCREW", 10, "Black"),
    ],
    "first order paid on delivery ships; 14th, Loading Bay 2 and street number are not quantities",
    ["new_customer", "variant", "signature", "pack"],
)
M(
    "undercroft",
    "ORDER",
    "morning Ines here 1 case sancerre vacheron blanc 1 grüner 1 viognier and twelve whispering angel",
    [L("HR-SANCERRE", 1), L("HR-GRUNER", 1), L("HR-VIOGNIER", 1), L("HR-WA", 12, None)],
    "ambiguous: Whispering Angel with no size (75cl or 150cl Magnum), sold by the bottle",
    ["spoken", "variant"],
)
M(
    "tasca-porto",
    "ORDER",
    "Bom dia, 2 caixas de verdejo rueda e 1 garrafa de tawny 20 anos. Obrigado!",
    [L("HR-VERDEJO", 2), L("HR-TAY-20", 1)],
    '"20 anos" is part of the name',
    ["number_in_name"],
)
M(
    "nonna-pia",
    "ORDER",
    "Pia: 1 cartone gavi di gavi la scolca e 1 bag in box di vino bianco da cucina. Martedì grazie",
    [L("HR-GAVI", 1), L("HR-COOK-WHITE", 1)],
    '"vino bianco da cucina" is the white cooking wine',
    [],
)
M(
    "fairway-golf",
    "ORDER",
    "Geoff: 1 case Koonunga Hill shiraz and 2 cases Bin 65 please for Friday.",
    [L("HR-SHIRAZ", 1), L("HR-BIN65", 2)],
    "",
    ["number_in_name"],
)
M(
    "vine-fig",
    "ORDER",
    "can u do 1 guigal blanc + 1 gavi + 2 house white (6s) for weds",
    [L("HR-CDR-BLANC", 1), L("HR-GAVI", 1), L("HR-HOUSE-WHITE", 2, "6 x 75cl")],
    "",
    ["variant", "non_order_request"],
)
M(
    "ashcombe-manor",
    "ORDER",
    "Subject: Tuesday\n\nJulian: 1 bottle Taylor's 20 Year Old Tawny and one white house bag-in-box for the banqueting bar, please.\n\nJ. Marsh",
    [L("HR-TAY-20", 1), L("HR-HOUSE-BIB", 1, "White")],
    "",
    ["variant", "number_in_name"],
)
M(
    "harbourside",
    "ORDER",
    "Subject: Thursday\n\n2 x Beyerskloof Pinotage, 2 x Kleine Zalze, 2 x Taylor's ten year tawny (bottles).\n\nTom",
    [L("HR-PINOTAGE", 2), L("HR-CHENIN", 2), L("HR-TAY-10", 2)],
    "",
    [],
)
