# ruff: noqa  (hand-written data generator of blind set 23, kept as its writer left it)
# chunk C: references, changes, cancellations, non-orders, and more clean orders
from msgs23_head import L, A, N, M

# --- references to history (always review without history)
M(
    "red-lion",
    "ORDER",
    "same as last week but no white zin and 3 cs pinot grigio instead of 2. cheers Dave",
    [L("HR-PG", 3)],
    "reference: last order, minus white zin, pinot grigio 3",
    ["reference"],
    review=True,
    ref=dict(kind="last", remove=["HR-WHITE-ZIN"], set=[L("HR-PG", 3)]),
)
M(
    "quai-brasserie",
    "ORDER",
    "Bonjour,\n\nComme d'habitude pour jeudi, mais 4 caisses de Jardin rouge (les 12) au lieu de 3.\n\nAmélie",
    [L("HR-HOUSE-RED", 4, "12 x 75cl")],
    "reference: the usual with house red 4",
    ["reference", "variant"],
    review=True,
    ref=dict(kind="usual", set=[L("HR-HOUSE-RED", 4, "12 x 75cl")]),
)
M(
    "bar-el-sol",
    "ORDER",
    "Lo de siempre para el miércoles, y añade una caja de rioja reserva porfa",
    [L("HR-RIOJA-RES", 1)],
    "reference: the usual plus 1 Reserva",
    ["reference"],
    review=True,
    ref=dict(kind="usual", add=[L("HR-RIOJA-RES", 1)]),
)
M(
    "nonna-pia",
    "ORDER",
    "Come la settimana scorsa, ma senza il gavi. Grazie!",
    [],
    "reference: last order without the Gavi",
    ["reference"],
    review=True,
    ref=dict(kind="last", remove=["HR-GAVI"]),
)
M(
    "grand-esplanade",
    "ORDER",
    "Subject: Weekly order\n\nHi,\n\nPlease repeat our usual weekly order for Monday, but double the Moët 75cl.\n\nKind regards,\nPriya Nair",
    [],
    "reference: the usual with the Moët 75cl doubled",
    ["reference"],
    review=True,
    ref=dict(kind="usual", double=[("HR-MOET", "75cl")]),
)
M(
    "undercroft",
    "ORDER",
    "usual pls + 6 chablis premier cru 👍",
    [L("HR-CHABLIS-1ER", 6)],
    "reference: the usual plus 6 bottles of the premier cru",
    ["reference", "emoji"],
    review=True,
    ref=dict(kind="usual", add=[L("HR-CHABLIS-1ER", 6)]),
)
M(
    "forge-steak",
    "ORDER",
    "Same as last Tuesday please. Marcus",
    [],
    "reference: last order",
    ["reference"],
    review=True,
    ref=dict(kind="last"),
)
M(
    "spice-bengal",
    "ORDER",
    "usual for monday bhai plus 2 extra house rose",
    [L("HR-HOUSE-ROSE", 2)],
    "reference: the usual with 2 more house rosé",
    ["reference"],
    review=True,
    ref=dict(kind="usual", add=[L("HR-HOUSE-ROSE", 2)]),
)
M(
    "bramble-events",
    "ORDER",
    "Subject: Saturday\n\nHi, could we have our usual event order for the Pembury wedding (100 guests)? Annie",
    [],
    'reference: the caterer never repeats a basket, so "usual" cannot be resolved; 100 guests is a head count',
    ["reference", "ambiguous_reference"],
    review=True,
    ref=dict(kind="usual"),
)
M(
    "linen-rooms",
    "ORDER",
    "Subject: Re-order\n\nSame as our first order again please, for Wednesday.\n\nHelena",
    [],
    "reference: a first-time customer's first order is a message, not history: unresolved",
    ["reference", "ambiguous_reference", "new_customer"],
    review=True,
    ref=dict(kind="last"),
)
M(
    "bar-wisla",
    "ORDER",
    "To samo co w zeszłym tygodniu, ale bez natureo. Dzięki!",
    [],
    "reference: last order without the Natureo",
    ["reference"],
    review=True,
    ref=dict(kind="last", remove=["HR-NATUREO-RED"]),
)
M(
    "tasca-porto",
    "ORDER",
    "O habitual para terça, e mais 2 garrafas de tawny 20 anos da Taylor's",
    [L("HR-TAY-20", 2)],
    "reference: the usual plus 2 bottles of 20 year tawny",
    ["reference", "number_in_name"],
    review=True,
    ref=dict(kind="usual", add=[L("HR-TAY-20", 2)]),
)
M(
    "ashcombe-manor",
    "ORDER",
    "Subject: Tuesday\n\nSame as last week please, but 6 Bollinger rather than 12.\n\nJulian Marsh",
    [L("HR-BOLLY", 6)],
    "reference: last order with Bollinger 6",
    ["reference"],
    review=True,
    ref=dict(kind="last", set=[L("HR-BOLLY", 6)]),
)
M(
    "skyline-roof",
    "ORDER",
    "usual for thurs + 2 cases prosecco pls",
    [A(["HR-LAMARCA", "HR-BISOL"], 2)],
    "reference: the usual plus 2 cases of prosecco; ambiguous: La Marca or Bisol",
    ["reference", "family"],
    review=True,
    ref=dict(kind="usual", add=[A(["HR-LAMARCA", "HR-BISOL"], 2)]),
)
M(
    "kings-arms",
    "ORDER",
    "same again as last week but make the white bib 3",
    [L("HR-HOUSE-BIB", 3, "White")],
    "reference: last order with the white bag-in-box at 3",
    ["reference", "variant"],
    review=True,
    ref=dict(kind="last", set=[L("HR-HOUSE-BIB", 3, "White")]),
)
# --- changes and cancellations
M(
    "grand-esplanade",
    "CHANGE",
    "Subject: Re: PO 88412\n\nHi, could you change the Moët magnums on PO 88412 from 2 to 4? Everything else as is.\n\nPriya",
    change=[L("HR-MOET", 4, "150cl Magnum")],
    notes="change of a placed order",
    tags=["change"],
)
M(
    "quai-brasserie",
    "CHANGE",
    "Bonjour, est-il possible de livrer notre commande vendredi au lieu de jeudi ? Merci, Amélie",
    change=[],
    notes="moved delivery day",
    tags=["change"],
)
M(
    "forge-steak",
    "CHANGE",
    "Change to Tuesday's order please: 5 cases of Catena instead of 3, and take the Cahors off. Marcus",
    change=[L("HR-MALBEC-CAT", 5), L("HR-CAHORS", 0)],
    notes="change of a placed order; Cahors removed (0)",
    tags=["change"],
)
M(
    "velvet-room",
    "CHANGE",
    "can u move fridays delivery to sat morning, we've got an event fri",
    change=[],
    notes="moved delivery day",
    tags=["change"],
)
M(
    "nonna-pia",
    "CHANGE",
    "Per l'ordine di martedì: le 6 bottiglie di amarone diventano 12, grazie",
    change=[L("HR-AMARONE", 12)],
    notes="change of a placed order",
    tags=["change"],
)
M(
    "red-lion",
    "CANCEL",
    "hi pls cancel thursdays order, we're shut for the refurb. back next week. Dave",
    notes="",
    tags=["cancel"],
)
M(
    "undercroft",
    "CANCEL",
    "sorry ignore the gruner msg - fat fingers - cancel that order altogether pls",
    notes="cancels the outlier",
    tags=["cancel"],
)
M(
    "bar-el-sol",
    "CANCEL",
    "Cancelad el pedido del miércoles por favor, cerramos por obras hasta el lunes",
    notes="",
    tags=["cancel"],
)
M(
    "skyline-roof",
    "CANCEL",
    "cancel tomorrow's delivery pls, forecast is awful and the terrace is shut ☔",
    notes="",
    tags=["cancel", "emoji"],
)
# --- questions
M(
    "velvet-room",
    "QUESTION",
    "I would like to know if you can get Cloudy Bay sauvignon, a guest keeps asking",
    notes="Cloudy Bay not in catalog",
    tags=["question", "non_order_request", "not_in_catalog"],
)
M(
    "grand-esplanade",
    "QUESTION",
    "Subject: Quote\n\nHi, can I get a price for 10 cases of Jardin house red 12 x 75cl and 10 of the white for the Christmas season? Not ordering yet, just budgeting.\n\nPriya",
    notes="quote request listing quantities",
    tags=["question", "non_order_request"],
)
M(
    "ashcombe-manor",
    "QUESTION",
    "Subject: Batailley 2019\n\nDo you have, or can you get, Château Batailley 2019? We are down to our last 2016s.\n\nJulian",
    notes="Batailley 2019 not in catalog",
    tags=["question", "not_in_catalog"],
)
M(
    "nonna-pia",
    "QUESTION",
    "Vorrei sapere se avete anche il Lambrusco secco",
    notes="",
    tags=["question", "non_order_request", "not_in_catalog"],
)
M(
    "quai-brasserie",
    "QUESTION",
    "Bonjour, je voudrais savoir si vous livrez le samedi matin pendant l'été ?",
    notes="",
    tags=["question", "non_order_request"],
)
M(
    "bar-el-sol",
    "QUESTION",
    "Quisiera saber cuánto cuesta la caja de albariño Martín Códax ahora",
    notes="",
    tags=["question", "non_order_request"],
)
M(
    "tasca-porto",
    "QUESTION",
    "Gostaria de saber se têm Porto Vintage 2000 ou só LBV",
    notes="",
    tags=["question", "non_order_request", "not_in_catalog"],
)
M(
    "bar-wisla",
    "QUESTION",
    "Czy macie różowe wino bezalkoholowe? Klienci pytają",
    notes="",
    tags=["question", "not_in_catalog"],
)
M(
    "kings-arms",
    "QUESTION",
    "can I pay by bank transfer instead of card from now on?",
    notes="",
    tags=["question", "non_order_request"],
)
M(
    "linen-rooms",
    "QUESTION",
    "Subject: Allergens\n\nCould you send the allergen and sulphite information for the Jardin house wines and whether the Noughty is vegan?\n\nHelena",
    notes="",
    tags=["question", "non_order_request"],
)
M(
    "skyline-roof",
    "QUESTION",
    "are the WA magnums in stock for next week? might need loads for the launch",
    notes="",
    tags=["question"],
)
M("oyster-shed", "QUESTION", "whats the cut off for next day delivery?", notes="", tags=["question"])
M(
    "bramble-events",
    "QUESTION",
    "Subject: Sale or return?\n\nHi, do you do sale or return on the Jardin Brut for weddings? We never know how much fizz they'll drink.\n\nAnnie",
    notes="",
    tags=["question"],
)
M("red-lion", "QUESTION", "how many in a case of the piccolos? 12 or 24", notes="", tags=["question"])
M(
    "undercroft",
    "QUESTION",
    "what vintage is the ducale classico you're shipping atm?",
    notes="",
    tags=["question"],
)
M(
    "corkage-new",
    "QUESTION",
    "could we arrange a tasting of your Loire and Rhône whites before we do our list?",
    notes="",
    tags=["question", "non_order_request", "new_customer"],
)
M(
    "fairway-golf",
    "QUESTION",
    "Subject: Glass hire\n\nDo you hire out glasses for our summer ball or is it purchase only?\n\nGeoff",
    notes="",
    tags=["question"],
)
M("forno-nero", "QUESTION", "avete un listino prezzi aggiornato in pdf?", notes="", tags=["question"])
M(
    "harbourside",
    "QUESTION",
    "Subject: minimum order\n\nWhat's the minimum order for free delivery to Falmouth these days?\n\nTom",
    notes="",
    tags=["question"],
)
M(
    "spice-bengal",
    "QUESTION",
    "can I get the white zin in bag in box? customers love it",
    notes="white zinfandel bag-in-box: not in catalog",
    tags=["question", "non_order_request", "not_in_catalog"],
)
# --- complaints
M(
    "quai-brasserie",
    "COMPLAINT",
    "Bonjour, il manquait une caisse de Muscadet dans la livraison de jeudi (bon BL-20744). Merci de la rajouter ou de nous créditer.",
    notes="BL number not a quantity",
    tags=["complaint"],
)
M(
    "forge-steak",
    "COMPLAINT",
    "Subject: INV-22817\n\nInvoice INV-22817 charges us for 4 cases of Catena but only 3 arrived. Please credit one.\n\nMarcus",
    notes="quantities in a complaint are not order lines",
    tags=["complaint"],
)
M(
    "ashcombe-manor",
    "COMPLAINT",
    "Subject: corked\n\nTwo bottles of the Batailley 2016 from last week's delivery were corked. Could you collect and replace them?\n\nJulian",
    notes="",
    tags=["complaint"],
)
M(
    "kings-arms",
    "COMPLAINT",
    "case of picpoul came with 2 smashed bottles, box soaked. photo attached",
    notes="",
    tags=["complaint"],
)
M(
    "harbourside",
    "COMPLAINT",
    "Subject: leaking bag-in-box\n\nThe tap on one of the white BIBs is leaking all over the cellar. Please replace.\n\nTom",
    notes="",
    tags=["complaint"],
)
M(
    "nonna-pia",
    "COMPLAINT",
    "Il corriere è arrivato alle 15, troppo tardi per il servizio di pranzo. Non di nuovo per favore",
    notes="",
    tags=["complaint"],
)
M(
    "bar-el-sol",
    "COMPLAINT",
    "El cava llegó caliente otra vez, así no lo podemos servir",
    notes="",
    tags=["complaint"],
)
M(
    "bramble-events",
    "COMPLAINT",
    "Subject: flutes\n\nOf the 2 boxes of flutes for the Hartley party, 7 glasses were chipped. Can you credit them?\n\nAnnie",
    notes="",
    tags=["complaint"],
)
M("undercroft", "COMPLAINT", "you sent the 2019 barolo not the 2018 we ordered", notes="", tags=["complaint"])
M("bar-wisla", "COMPLAINT", "Brakowało jednego kartonu rieslinga w środę", notes="", tags=["complaint"])
M(
    "vine-fig",
    "COMPLAINT",
    "driver left our wine outside in the rain again, labels ruined",
    notes="",
    tags=["complaint"],
)
# --- other
M("undercroft", "OTHER", "thanks for sorting the swap yesterday, legend", notes="", tags=["other"])
M(
    "grand-esplanade",
    "OTHER",
    "Subject: New contact\n\nI'd like to add our new bar manager, Tomasz Bielski (tomasz@grandesplanade.example), to the order confirmation emails.\n\nPriya",
    notes="account change",
    tags=["other", "non_order_request"],
)
M(
    "vine-fig",
    "OTHER",
    "from next week can we move our regular delivery day to wednesdays pls",
    notes="standing change of delivery day, not a placed order",
    tags=["other"],
)
M(
    "harbourside",
    "OTHER",
    "Subject: Out of office\n\nThank you for your email. I am on leave until 14 June. For urgent bar matters call 020 7946 0623.\n\nTom Brewer",
    notes="auto-reply",
    tags=["other"],
)
M(
    "oyster-shed",
    "OTHER",
    "I'd like to book a table for 4 at 8 on saturday pls",
    notes="a table booking sent to the wrong number",
    tags=["other", "non_order_request"],
)
M(
    "forge-steak",
    "OTHER",
    "Subject: Remittance\n\nPayment of £1,284.60 sent today for INV-22790.\n\nAccounts, Forge Steakhouse",
    notes="payment notice",
    tags=["other"],
)
M(
    "fairway-golf",
    "OTHER",
    "Subject: Empties\n\nCould your driver take away the empty bag-in-box cartons on Friday? There are about 15.\n\nGeoff",
    notes="empties collection",
    tags=["other", "non_order_request"],
)
M(
    "quai-brasserie",
    "OTHER",
    "Bonjour, nous serons fermés du 12 au 19 juillet pour congés. Pas de livraison ces semaines-là. Amélie",
    notes="closure notice",
    tags=["other"],
)
M(
    "bar-el-sol",
    "OTHER",
    "Quisiera cambiar la dirección de facturación a 22 Calle Mayor... perdón, 22 Market Street, Bristol BS1 3JP",
    notes="account change",
    tags=["other", "non_order_request"],
)
M(
    "velvet-room",
    "OTHER",
    "happy birthday mum!! 🎉 see you sunday x",
    notes="personal message sent by mistake",
    tags=["other", "emoji"],
)
# --- more clean orders
M(
    "oyster-shed",
    "ORDER",
    "can we have 1 albariño and 1 sancerre rosé vacheron added for wed. ta",
    [L("HR-ALBARINO", 1), L("HR-SANCERRE-ROSE", 1)],
    "",
    ["non_order_request"],
)
M(
    "harbourside",
    "ORDER",
    "Subject: Weekend\n\nPlease add 6 half bottles of Tio Pepe and 2 bottles of Taylor's 10 Year Old to Thursday.\n\nTom",
    [L("HR-TIO-PEPE", 6, "37.5cl Half"), L("HR-TAY-10", 2)],
    "",
    ["variant", "number_in_name"],
)
M(
    "skyline-roof",
    "ORDER",
    "6 rapid ice sleeves and 4 wine buckets pls, heatwave incoming 🥵",
    [L("HR-WINE-SLEEVE", 6), L("HR-ICE-BUCKET", 4)],
    "",
    ["emoji"],
)
M(
    "velvet-room",
    "ORDER",
    "3 cs la marca 75cl, 1 cs la marca rosé, 1 noughty, 1 chapel down",
    [L("HR-LAMARCA", 3, "6 x 75cl"), L("HR-PROS-ROSE", 1), L("HR-NOUGHTY", 1), L("HR-CHAPEL-DOWN", 1)],
    "",
    ["variant"],
)
M(
    "forno-nero",
    "ORDER",
    "Gino: 2 cartoni montepulciano citra e 12 sessantanni per lunedì",
    [L("HR-MONTEPULCIANO", 2), L("HR-PRIMITIVO", 12)],
    "",
    [],
)
M(
    "bar-el-sol",
    "ORDER",
    "Para el miércoles: 6 botellas de tio pepe de 37,5 y 2 cajas de rioja crianza. ¡Gracias!",
    [L("HR-TIO-PEPE", 6, "37.5cl Half"), L("HR-RIOJA-CRZ", 2)],
    '"37,5" with a decimal comma picks the half bottle',
    ["variant"],
)
M(
    "ashcombe-manor",
    "ORDER",
    "Subject: Cellar\n\nJulian: please add a Crystal Decanter 1.5L, two Vacu Vin pumps and a box of copitas to Tuesday.\n\nJ.M.",
    [L("HR-DECANTER", 1), L("HR-VACUVIN-PUMP", 2), L("HR-PORT-GLASS", 1)],
    "1.5L is part of the decanter's name",
    ["number_in_name"],
)
M(
    "vine-fig",
    "ORDER",
    "sara: 6 25cl carafes and 6 50cl carafes pls plus 1 pack drip stops",
    [L("HR-CARAFE-25", 6), L("HR-CARAFE-50", 6), L("HR-POURERS", 1)],
    "25cl/50cl are part of the names",
    ["number_in_name"],
)
M(
    "undercroft",
    "ORDER",
    "Ines: 5 packs vacu vin stoppers + 4 foil cutters + 2 silver pulltaps",
    [L("HR-VACUVIN-STOP", 5), L("HR-FOIL-CUTTER", 4), L("HR-CORKSCREW", 2, "Silver")],
    "",
    ["variant"],
)
M(
    "kings-arms",
    "ORDER",
    "two cases catena a case of villa maria pinot noir and a white cooking wine box",
    [L("HR-MALBEC-CAT", 2), L("HR-VM-PN", 1), L("HR-COOK-WHITE", 1)],
    "spoken list, articles start items",
    ["spoken"],
)
M(
    "fairway-golf",
    "ORDER",
    "Subject: Friday\n\n1 x Le Jardin bag-in-box rosé, 1 x Koonunga Hill, 3 x Six Grapes (bottles), 2 x Harveys.\n\nGeoff",
    [L("HR-HOUSE-BIB", 1, "Rosé"), L("HR-SHIRAZ", 1), L("HR-SIX-GRAPES", 3), L("HR-BRISTOL", 2)],
    "",
    ["variant"],
)
M(
    "spice-bengal",
    "ORDER",
    "6 bottles casillero merlot + 12 bottles house red in the 12 case. monday",
    [L("HR-CASI-MERLOT", 1), L("HR-HOUSE-RED", 1, "12 x 75cl")],
    "6 bottles is 1 case of 6; 12 bottles in the 12 case is 1 case",
    ["count", "variant"],
)
M(
    "grand-esplanade",
    "ORDER",
    "Subject: PO 88501\n\nPlease deliver Monday: 2 x Jardin Brut, 6 x Veuve Clicquot Yellow Label, 2 x Moët 150cl.\n\nPriya Nair\nThe Grand Esplanade Hotel",
    [L("HR-HOUSE-FIZZ", 2), L("HR-VEUVE", 6), L("HR-MOET", 2, "150cl Magnum")],
    "150cl picks the magnum",
    ["variant", "signature"],
)
M(
    "nonna-pia",
    "ORDER",
    "Per martedì: 4 cartoni pinot grigio borgo sereno, 1 di ripasso. Ciao!",
    [L("HR-PG", 4), L("HR-RIPASSO", 1)],
    "",
    [],
)
M(
    "red-lion",
    "ORDER",
    "Dave: 1 cs pinot grigio blush + 1 cs gallo white zin + 2 house rose thx",
    [L("HR-PG-BLUSH", 1), L("HR-WHITE-ZIN", 1), L("HR-HOUSE-ROSE", 2)],
    "",
    [],
)
M(
    "bramble-events",
    "ORDER",
    "Subject: Pembury wedding - order\n\nHi, for Saturday (paid on account as usual):\n- Jardin Brut x 5 cases\n- Codorníu cava x 3 cases\n- Open Up 35cl x 3 boxes\n- Jardin rosé x 2 cases\n\nAnnie Frost, Bramble Events",
    [L("HR-HOUSE-FIZZ", 5), L("HR-CAVA", 3), L("HR-WINE-GLASS", 3, "35cl"), L("HR-HOUSE-ROSE", 2)],
    'an existing account customer; "on account as usual" is no new credit',
    ["variant", "signature"],
)
M(
    "tasca-porto",
    "ORDER",
    "Boa tarde! 1 caixa de verdejo, 2 de albariño e 1 caixa de 12 de vinho tinto da casa. Obrigado, Rui",
    [L("HR-VERDEJO", 1), L("HR-ALBARINO", 2), L("HR-HOUSE-RED", 1, "12 x 75cl")],
    "",
    ["variant"],
)
M(
    "oyster-shed",
    "ORDER",
    "6 magnums chablis st martin for the weekend pls + 2 muscadet",
    [L("HR-CHABLIS", 6, "150cl Magnum"), L("HR-MUSCADET", 2)],
    "",
    ["variant"],
)
M(
    "linen-rooms",
    "ORDER",
    "Subject: Wednesday\n\nHelena: 6 x Glass Wine Carafe 50cl, 2 x Stainless Steel Wine Bucket, 1 x Wine Bucket Floor Stand, 2 packs Drip-Stop pourers.\n\nThanks",
    [L("HR-CARAFE-50", 6), L("HR-ICE-BUCKET", 2), L("HR-BUCKET-STAND", 1), L("HR-POURERS", 2)],
    "paid on delivery like the first order",
    ["new_customer", "number_in_name"],
)
