# ruff: noqa  (hand-written data generator for the ninth blind set, kept as its writer left it)
"""Hand-written messages of holdout9 with their plain labels (no history).

L(sku, qty, v)   a line; v is the variant name (only for products with variants; None = not stated)
A(cands, qty)    a bare family word: sku null with candidates
X(what, qty)     not in catalog: sku null, no candidates
ref / mods       references to history: ("set", sku, qty, v), ("add", sku, qty, v), ("addfam", cands, qty),
                 ("rm", sku), ("mul", sku, factor), ("delta", sku, d).  The plain `lines` of a reference row are
                 derived from its set/add/addfam mods (explicit new quantities and additions).
hold             a reason that keeps the order in review whatever the lines (conditional, ...).
outlier          quantity far above the customer's usual with no reason given.
"""

NOV = object()
MSGS = []


def L(sku, qty, v=NOV, note=""):
    return dict(kind="L", sku=sku, quantity=qty, variant=v, note=note)


def A(cands, qty, note=""):
    return dict(kind="A", sku=None, quantity=qty, candidates=list(cands), note=note)


def X(what, qty, note=""):
    return dict(kind="X", sku=None, quantity=qty, what=what, note=note)


def M(
    cust,
    day,
    intent,
    text,
    lines=(),
    notes="",
    tags=(),
    ch=None,
    lang=None,
    ref=None,
    mods=(),
    hold=None,
    outlier=False,
    change=None,
):
    MSGS.append(
        dict(
            customer=cust,
            date="2026-06-" + day,
            intent=intent,
            text=text,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            channel=ch,
            language=lang,
            ref=ref,
            mods=list(mods),
            hold=hold,
            outlier=outlier,
            change=change,
        )
    )


CHICK = ["CHICKPEA-DRY-5", "CHICKPEA-TIN"]
BULGUR = ["BULGUR-FINE-5", "BULGUR-COARSE-5"]
CUMIN = ["CUMIN-SEED-1", "CUMIN-GROUND-1"]
PAPRIKA = ["PAPRIKA-SWEET-1", "PAPRIKA-SMOKED-1"]
CHILLI = ["CHILLI-KASH-1", "CHILLI-HOT-1"]
OLIVEOIL = ["OLIVE-OIL-EV", "OLIVE-POMACE-5"]
OIL = ["SUNFLOWER-20", "OLIVE-OIL-EV", "OLIVE-POMACE-5"]
GHEE = ["GHEE-BUTTER-2", "GHEE-VEG-2"]
PEPPASTE = ["PEPPER-PASTE-HOT", "PEPPER-PASTE-MILD"]
KALA = ["OLIVE-KALA-WHOLE", "OLIVE-KALA-PITTED"]
YOG = ["YOG-GREEK-5", "YOG-NATURAL-5"]
GAZOZ = ["GAZOZ-GLASS", "GAZOZ-CAN"]
TEA = ["TEA-TURKISH", "TEA-ASSAM-CTC"]
BAKLAVA = ["BAKLAVA-PIST", "BAKLAVA-WALNUT"]
LENTILS = ["LENTIL-RED-5", "LENTIL-GREEN-5"]
DAL = ["LENTIL-RED-5", "CHANA-DAL-5", "TOOR-DAL-5"]
PIST = ["PIST-KERNEL-1", "PIST-SHELL-1"]
DATES = ["DATES-MEDJOOL-5", "DATES-DEGLET-5"]
BASMATI20 = ["BAS-TILDA-20", "BAS-SELLA-20"]

# ---------------------------------------------------------------- anatolia-grill (de/tr, WhatsApp)
M(
    "anatolia-grill",
    "08",
    "ORDER",
    "Hallo, für Donnerstag bitte:\n30 Pack Lavash\n40 Pack Pitta weiß\n2 Beutel Döner Gewürz\n4 Eimer Naturjoghurt\nDanke, Murat",
    [L("LAVASH", 30), L("PITTA-WHITE", 40), L("DONER-SPICE-1", 2), L("YOG-NATURAL-5", 4)],
    "clean; Beutel = the 1kg bag, Eimer = the 5kg tub",
    ["clean", "multilingual"],
)
M(
    "anatolia-grill",
    "09",
    "ORDER",
    "Merhaba abi, 2 koli acı biber salçası, 1 kg pul biber, 5 koli ayran. Cuma teslim olur mu? 🙏",
    [L("PEPPER-PASTE-HOT", 2), L("ALEPPO-PEPPER-1", 1), L("AYRAN-20", 5)],
    "order with a side question (Friday delivery?); 'acı' names the hot paste; 1 kg pul biber = one 1kg bag",
    ["clean", "question", "multilingual"],
    lang="tr",
)
M(
    "anatolia-grill",
    "11",
    "ORDER",
    "Wie immer bitte, aber diesmal 3 Sonnenblumenöl statt 2 und noch 2 Kartons weiße Kebabtüten extra",
    notes="reference to the usual with a new quantity (3 sunflower) and an addition (2 boxes white kebab bags, added "
    "to the basket's 2)",
    tags=["reference", "multilingual"],
    ref="usual",
    mods=[("set", "SUNFLOWER-20", 3, NOV), ("add", "KEBAB-BAGS", 2, "White")],
)
M(
    "anatolia-grill",
    "12",
    "COMPLAINT",
    "Die letzte Lieferung: 5 Packungen Lavash waren schimmelig!! Bitte Gutschrift, Murat",
    notes="complaint naming a product and a count; no order",
    tags=["complaint", "multilingual"],
)
M(
    "anatolia-grill",
    "13",
    "ORDER",
    "Bulgur 2 Sack bitte",
    [A(BULGUR, 2)],
    "bare 'Bulgur' (fine No.1 or coarse No.3); 'Sack' is the customer's word for the 5kg bag",
    ["family", "multilingual"],
)
M(
    "anatolia-grill",
    "10",
    "QUESTION",
    "Habt ihr auch Sucuk? Und was kostet bei euch Isot Biber pro kg?",
    notes="asks about two things not in catalog (sucuk, isot); Aleppo/pul biber is a look-alike",
    tags=["question", "not_in_catalog", "multilingual"],
)
M(
    "anatolia-grill",
    "14",
    "QUESTION",
    "Ich möchte gern wissen, ob ihr auch samstags nach Kreuzberg liefert.",
    notes="'Ich möchte' opener, but a question",
    tags=["question", "non_order_request", "multilingual"],
)

# ---------------------------------------------------------------- beirut-corner (en, email)
M(
    "beirut-corner",
    "08",
    "ORDER",
    "Subject: Order for Tuesday 9 June\n\nHi team,\n\n- tahini 3kg x4\n- dried chickpeas x4 (5kg)\n- 20 packs large lebanese bread\n- 3 toum\n- 2 pink turnips\n\nThanks,\nRania Haddad\nHead Chef, Beirut Corner\n14 Elm Row, London\nT: 020 7946 0911",
    [
        L("TAHINI", 4, "3kg Tub"),
        L("CHICKPEA-DRY-5", 4),
        L("LEB-BREAD", 20, "Large 12 inch"),
        L("TOUM-2", 3),
        L("TURNIP-PINK", 2),
    ],
    "clean; 9 June, 14 (street), 020 7946 0911 and the inline 3kg/5kg are not quantities",
    ["clean", "variant"],
)
M(
    "beirut-corner",
    "09",
    "ORDER",
    "Subject: re: weekly\n\nSame as last week but no molasses, and add 2 x 5L EVOO please.\n\nRania",
    notes="reference to the last order, removing pomegranate molasses, adding 2 x EVOO 5L tin",
    tags=["reference"],
    ref="last",
    mods=[("rm", "POM-MOLASSES"), ("add", "OLIVE-OIL-EV", 2, "5L Tin")],
)
M(
    "beirut-corner",
    "10",
    "QUESTION",
    "Subject: Allergen info\n\nCould you send the allergen sheets for the za'atar and the seven spice? We have an EHO visit on the 18th.\n\nRania Haddad\nBeirut Corner",
    notes="request for documents = QUESTION; 18th is a date",
    tags=["question", "non_order_request"],
)
M(
    "beirut-corner",
    "11",
    "ORDER",
    "Subject: extra\n\nchickpeas x6 please and 4 tahini\n\nR.",
    [A(CHICK, 6), L("TAHINI", 4, None)],
    "bare 'chickpeas' (dried 5kg or tinned); tahini with no size (1kg jar / 3kg tub / 18kg drum)",
    ["family", "variant"],
)
M(
    "beirut-corner",
    "12",
    "COMPLAINT",
    "Subject: Invoice INV-88213\n\nInvoice INV-88213 charges 4 tins of EVOO 5L, we only received 3. Please correct.\n\nRania Haddad\nHead Chef, Beirut Corner",
    notes="billing complaint with a product and quantities",
    tags=["complaint"],
)
M(
    "beirut-corner",
    "13",
    "CANCEL",
    "Subject: Cancel Thursday (PO 5512)\n\nPlease cancel Thursday's order, PO 5512 - the kitchen is shut after a water leak. Will reorder next week.\n\nRania",
    notes="cancellation",
    tags=["cancel"],
)
M(
    "beirut-corner",
    "10",
    "ORDER",
    "Subject: Thursday drop\n\nCould you add 2 cases of rose water to Thursday's delivery please?\n\nThanks, Rania",
    [L("ROSE-WATER", 2)],
    "addition to an existing order = ORDER; 'Could you' opener that is an order",
    ["clean", "non_order_request"],
)
M(
    "beirut-corner",
    "12",
    "ORDER",
    "pls add to tmrw: 2 x 7 spice & 1 bulgur no.1 - Rania",
    [L("BAHARAT", 2), L("BULGUR-FINE-5", 1)],
    "numbers inside names: '7 spice' is baharat, 'no.1' is fine bulgur",
    ["clean"],
    ch="WHATSAPP",
)

# ---------------------------------------------------------------- spice-garden (en, WhatsApp)
M(
    "spice-garden",
    "08",
    "ORDER",
    "3 sacks tilda 20kg, 2 atta, 2 butter ghee, 6 ginger garlic paste, 8 paneer. Raj",
    [L("BAS-TILDA-20", 3), L("ATTA-10", 2), L("GHEE-BUTTER-2", 2), L("GG-PASTE-1", 6), L("PANEER-1", 8)],
    "clean",
    ["clean"],
)
M(
    "spice-garden",
    "09",
    "ORDER",
    "need 40kg basmati and 2kg kashmiri chilli 🙏",
    [
        A(BASMATI20, 2, "40kg read as 2 x 20kg sacks (8 x Tilda 5kg would also be 40kg)"),
        L("CHILLI-KASH-1", 2),
    ],
    "bare 'basmati' (Tilda or Golden Sella); weights converted to 1kg bags / 20kg sacks",
    ["family", "pack"],
)
M(
    "spice-garden",
    "10",
    "ORDER",
    "Usual order pls + 1 extra lime pickle",
    notes="the usual plus one lime pickle (added to the basket's line)",
    tags=["reference"],
    ref="usual",
    mods=[("add", "LIME-PICKLE", 1, NOV)],
)
M(
    "spice-garden",
    "11",
    "QUESTION",
    "do u do coconut milk?? and whats the price on 5g saffron",
    notes="question; coconut milk not in catalog",
    tags=["question", "not_in_catalog"],
)
M(
    "spice-garden",
    "12",
    "ORDER",
    "naan x 30, garlic naan x 10, 2 mango chutney",
    [L("NAAN-PLAIN", 30), L("NAAN-GARLIC", 10), L("MANGO-CHUTNEY", 2)],
    "bare 'naan' names the plain one: the other member carries a modifier (garlic)",
    ["clean"],
)
M(
    "spice-garden",
    "13",
    "COMPLAINT",
    "paneer came yesterday 2 days before its date, 8 blocks. not happy, want a refund on them",
    notes="complaint with product and count",
    tags=["complaint"],
)
M(
    "spice-garden",
    "14",
    "ORDER",
    "2 x garam masala, 1 turmeric, 1 cumin, fresh coriander 5 bunches",
    [L("GARAM-MASALA-1", 2), L("TURMERIC-1", 1), A(CUMIN, 1), X("fresh coriander", 5)],
    "bare 'cumin' (seeds or ground); fresh coriander not in catalog (coriander seeds/ground are look-alikes)",
    ["family", "not_in_catalog"],
)
M(
    "spice-garden",
    "11",
    "CHANGE",
    "for fridays order make the paneer 10 not 8 pls",
    notes="amendment of a placed order",
    tags=["change"],
    change=[L("PANEER-1", 10)],
)

# ---------------------------------------------------------------- taverna-olympos (en, SMS)
M(
    "taverna-olympos",
    "08",
    "ORDER",
    "4 feta, 2 kalamata whole, 30 pk pitta, 3 greek yog. Nikos Olympos",
    [L("FETA-PDO-2", 4), L("OLIVE-KALA-WHOLE", 2), L("PITTA-WHITE", 30), L("YOG-GREEK-5", 3)],
    "clean; bare 'pitta' is white pitta (wholemeal carries the modifier)",
    ["clean"],
)
M(
    "taverna-olympos",
    "09",
    "ORDER",
    "halloumi x3 and filo 1",
    [L("HALLOUMI", 3, None), L("FILO-12", 1)],
    "halloumi with no pack (12 x 250g or 6 x 1kg)",
    ["variant"],
)
M(
    "taverna-olympos",
    "10",
    "ORDER",
    "usual + 2 dolma",
    notes="the usual plus 2 cases of dolma",
    tags=["reference"],
    ref="usual",
    mods=[("add", "DOLMA-TIN", 2, NOV)],
)
M(
    "taverna-olympos",
    "11",
    "COMPLAINT",
    "feta tin dented and leaking, 1 of the 4. pls replace",
    notes="complaint",
    tags=["complaint"],
)
M(
    "taverna-olympos",
    "12",
    "ORDER",
    "olive oil 3",
    [A(OLIVEOIL, 3)],
    "'olive oil': extra virgin (two sizes) or pomace",
    ["family"],
)
M(
    "taverna-olympos",
    "09",
    "OTHER",
    "Closed Mon 15th to Mon 22nd for a family wedding, no deliveries that week pls",
    notes="notice; dates are not quantities",
    tags=["other"],
)
M(
    "taverna-olympos",
    "13",
    "ORDER",
    "10kg feta pls and 2 filo",
    [L("FETA-PDO-2", 5), L("FILO-12", 2)],
    "10kg feta = 5 x 2kg tins (conversion); filo by the case",
    ["clean", "pack"],
)
M(
    "taverna-olympos",
    "14",
    "QUESTION",
    "Can I pay cash on delivery this week? card machine broken",
    notes="'Can I' opener, a question",
    tags=["question", "non_order_request"],
)

# ---------------------------------------------------------------- casa-marrakech (es, WhatsApp)
M(
    "casa-marrakech",
    "08",
    "ORDER",
    "Hola! Para el jueves: 4 sacos de cuscús de 5kg, 2 ras el hanout, 2 packs de harissa y 1 caja de agua de azahar. Gracias 😊",
    [L("COUSCOUS-5", 4), L("RAS-EL-HANOUT", 2), L("HARISSA-6", 2), L("BLOSSOM-WATER", 1)],
    "clean; 'sacos de 5kg' are the 5kg bags; agua de azahar = orange blossom water, sold by the case",
    ["clean", "multilingual"],
)
M(
    "casa-marrakech",
    "09",
    "ORDER",
    "Lo de siempre pero sin dátiles y con 3 cajas de garbanzos en vez de 2",
    notes="the usual without dates and with 3 cases of chickpeas; 'cajas' narrows to the tinned chickpeas (the dried "
    "ones come in bags), size not stated",
    tags=["reference", "multilingual"],
    ref="usual",
    mods=[("rm", "DATES-MEDJOOL-5"), ("set", "CHICKPEA-TIN", 3, None)],
)
M(
    "casa-marrakech",
    "10",
    "QUESTION",
    "¿Tenéis cuscús grueso o perlado? El mediano ya lo tenemos.",
    notes="question about products not in catalog",
    tags=["question", "not_in_catalog", "multilingual"],
)
M(
    "casa-marrakech",
    "11",
    "ORDER",
    "Pimentón 2 bolsas y comino molido 1",
    [A(PAPRIKA, 2), L("CUMIN-GROUND-1", 1)],
    "bare 'pimentón' (sweet or smoked); 'comino molido' is ground cumin",
    ["family", "multilingual"],
)
M(
    "casa-marrakech",
    "13",
    "ORDER",
    "medjool jumbo 2 cajas porfa",
    [L("DATES-MEDJOOL-5", 2, "Jumbo")],
    "size word picks the variant (the customer usually takes Large)",
    ["clean", "variant", "multilingual"],
)
M(
    "casa-marrakech",
    "10",
    "QUESTION",
    "¿Me podéis enviar la lista de precios de especias actualizada?",
    notes="'¿Me podéis…?' request for a price list = QUESTION",
    tags=["question", "non_order_request", "multilingual"],
)

# ---------------------------------------------------------------- le-petit-levant (fr, email)
M(
    "le-petit-levant",
    "08",
    "ORDER",
    "Objet : Commande mardi\n\nBonjour,\nMerci de livrer mardi :\n- 3 seaux de tahini 3 kg\n- 3 sacs de pois chiches secs\n- 2 boulgour fin\n- 1 sumac\n- 2 feuilles de vigne en saumure\n\nCordialement,\nClaire Nassar\nLe Petit Levant, 27 rue de la Roquette, 75011 Paris\nTél. 020 7946 0927",
    [
        L("TAHINI", 3, "3kg Tub"),
        L("CHICKPEA-DRY-5", 3),
        L("BULGUR-FINE-5", 2),
        L("SUMAC-1", 1),
        L("VINE-LEAVES-2", 2),
    ],
    "clean; street number, postcode and phone are not quantities",
    ["clean", "variant", "multilingual"],
)
M(
    "le-petit-levant",
    "09",
    "ORDER",
    "Objet : commande\n\nComme d'habitude, avec 2 eaux de rose au lieu d'une.\n\nClaire",
    notes="the usual with rose water 2",
    tags=["reference", "multilingual"],
    ref="usual",
    mods=[("set", "ROSE-WATER", 2, NOV)],
)
M(
    "le-petit-levant",
    "10",
    "QUESTION",
    "Objet : mélasse de grenade\n\nAvez-vous la mélasse de grenade en plus petit format (250 ml) ? Et quel est le prix des pignons au kilo ?\n\nC. Nassar",
    notes="question",
    tags=["question", "multilingual"],
)
M(
    "le-petit-levant",
    "11",
    "ORDER",
    "Objet : traiteur samedi\n\nPour le traiteur de samedi (120 couverts) : 6 kg de pignons, 4 labneh, 2 cartons de feuilles de vigne farcies.\n\nMerci, Claire",
    [L("PINE-NUTS-1", 6), L("LABNEH-2", 4), L("DOLMA-TIN", 2)],
    "clean; 120 couverts is a guest count; 6 kg pine nuts = 6 x 1kg bags; a larger order with a reason is not an "
    "outlier",
    ["clean", "pack", "multilingual"],
)
M(
    "le-petit-levant",
    "12",
    "CHANGE",
    "Objet : commande de mardi\n\nPour la commande de mardi, pouvez-vous passer le tahini de 3 à 5 seaux ? Le reste ne change pas.\n\nClaire",
    notes="amendment of a placed order",
    tags=["change", "multilingual"],
    change=[L("TAHINI", 5, "3kg Tub")],
)
M(
    "le-petit-levant",
    "13",
    "OTHER",
    "Bonjour, je voudrais ajouter l'adresse de notre comptable pour les factures : compta@petitlevant.example. Merci !",
    notes="'je voudrais' opener; an account request, not an order",
    tags=["other", "non_order_request", "multilingual"],
)

# ---------------------------------------------------------------- falafel-freddies (en, SMS)
M(
    "falafel-freddies",
    "08",
    "ORDER",
    "six dried chickpeas two fava fifty packs pitta and two tahini 3kg cheers fred",
    [L("CHICKPEA-DRY-5", 6), L("FAVA-SPLIT-5", 2), L("PITTA-WHITE", 50), L("TAHINI", 2, "3kg Tub")],
    "spoken list without commas, number words; 3kg is the tahini size",
    ["clean", "variant", "spoken"],
)
M(
    "falafel-freddies",
    "09",
    "ORDER",
    "same again + 1 more case of the medium kraft boxes",
    notes="the last order plus one case of medium kraft boxes",
    tags=["reference"],
    ref="last",
    mods=[("add", "KRAFT-BOX", 1, "Medium")],
)
M(
    "falafel-freddies",
    "10",
    "ORDER",
    "pitta 300 for sat pls",
    [L("PITTA-WHITE", 50)],
    "300 pittas = 50 packs of 6 (conversion)",
    ["clean", "pack"],
)
M(
    "falafel-freddies",
    "11",
    "QUESTION",
    "do u sell ready made falafel mix? doing a festival on the 20th",
    notes="question; falafel mix not in catalog",
    tags=["question", "not_in_catalog"],
)
M(
    "falafel-freddies",
    "12",
    "ORDER",
    "100 white napkins and 2 cumin",
    [L("NAPKINS", None, "White", "100 napkins is not a whole case of 2000"), A(CUMIN, 2)],
    "quantities not stated in selling units: 100 napkins of a case of 2000; bare 'cumin' (seeds or ground)",
    ["container", "family"],
)
M(
    "falafel-freddies",
    "13",
    "COMPLAINT",
    "tahini 3kg tub split in the van, mess everywhere. 1 of 2",
    notes="complaint",
    tags=["complaint"],
)
M(
    "falafel-freddies",
    "14",
    "QUESTION",
    "can i order 2 tahini drums for next month or do i have to pre order them?",
    notes="'can i order' about the ordering process for next month: a question, not an order",
    tags=["question", "non_order_request"],
)

# ---------------------------------------------------------------- bazaar-noord (nl, WhatsApp)
M(
    "bazaar-noord",
    "08",
    "ORDER",
    "Hoi, graag 10 zakken Turkse thee 1kg, 4 Turkse koffie, 6 dozen lokum en 3 dozen gazoz blik. Groet Emre",
    [L("TEA-TURKISH", 10, "1kg"), L("COFFEE-TURKISH", 4), L("LOKUM-ROSE", 6), L("GAZOZ-CAN", 3)],
    "clean; Dutch 'dozen' means boxes/cartons (not twelve): 6 boxes lokum, 3 cases gazoz cans",
    ["clean", "variant", "multilingual"],
    lang="nl",
)
M(
    "bazaar-noord",
    "09",
    "ORDER",
    "biber salçası 4 dozen aub",
    [A(PEPPASTE, 4)],
    "'biber salçası' without acı/tatlı (hot or mild)",
    ["family", "multilingual"],
    lang="nl",
)
M(
    "bazaar-noord",
    "10",
    "ORDER",
    "Zelfde als vorige week maar 2 extra ayran",
    notes="the last order plus 2 cases of ayran",
    tags=["reference", "multilingual"],
    ref="last",
    mods=[("add", "AYRAN-20", 2, NOV)],
)
M(
    "bazaar-noord",
    "12",
    "ORDER",
    "3 Gemlik, 4 beyaz peynir, bulgur fine 3 and coarse 3 👍",
    [L("OLIVE-GEMLIK", 3), L("BEYAZ-PEYNIR", 4), L("BULGUR-FINE-5", 3), L("BULGUR-COARSE-5", 3)],
    "clean; fine/coarse name the two bulgurs",
    ["clean"],
    lang="en",
)
M(
    "bazaar-noord",
    "13",
    "OTHER",
    "We hebben een nieuw rekeningnummer voor de incasso, NL00 EXMP 0123 4567 89. Kunnen jullie dat aanpassen?",
    notes="account change; numbers are not quantities",
    tags=["other", "multilingual"],
)
M(
    "bazaar-noord",
    "14",
    "ORDER",
    "linzen 4 zakken",
    [A(LENTILS, 4)],
    "bare 'linzen' (red or green lentils)",
    ["family", "multilingual"],
)
M(
    "bazaar-noord",
    "11",
    "COMPLAINT",
    "Ik wil graag 2 dozen gazoz van de factuur af, die zijn nooit geleverd.",
    notes="'Ik wil graag' opener; a billing complaint, not an order",
    tags=["complaint", "non_order_request", "multilingual"],
)

# ---------------------------------------------------------------- shiraz-kitchen (de, email)
M(
    "shiraz-kitchen",
    "08",
    "ORDER",
    "Betreff: Bestellung KW 24\n\nGuten Tag,\nbitte liefern Sie:\n4 Sack Tilda Basmati 20 kg\n2 Dosen Safran 5 g\n2 Eimer Pflanzenghee\n2 Sumach\n\nMit freundlichen Grüßen\nDariush Karimi\nShiraz Kitchen, Lange Reihe 88, 20099 Hamburg\nTel. +447700900909",
    [L("BAS-TILDA-20", 4), L("SAFFRON", 2, "5g Tin"), L("GHEE-VEG-2", 2), L("SUMAC-1", 2)],
    "clean; KW 24, street number, postcode and phone are not quantities",
    ["clean", "variant", "multilingual"],
)
M(
    "shiraz-kitchen",
    "09",
    "ORDER",
    "Betreff: Bestellung\n\nDas Übliche, bitte.\n\nD. Karimi",
    notes="the usual",
    tags=["reference", "multilingual"],
    ref="usual",
)
M(
    "shiraz-kitchen",
    "10",
    "ORDER",
    "Subject: addition\n\nPlease add 3 saffron.\n\nD. Karimi",
    [L("SAFFRON", 3, None)],
    "saffron with no tin size (1g or 5g)",
    ["variant"],
    lang="en",
)
M(
    "shiraz-kitchen",
    "11",
    "QUESTION",
    "Betreff: Rechnung Mai\n\nKönnten Sie uns bitte eine Kopie der Rechnung für Mai schicken?\n\nDanke, D. Karimi",
    notes="request for a document = QUESTION",
    tags=["question", "non_order_request", "multilingual"],
)
M(
    "shiraz-kitchen",
    "12",
    "COMPLAINT",
    "Betreff: Falsche Ware\n\nStatt Tilda 20kg kam 4x Golden Sella. Bitte abholen und richtig liefern.\n\nKarimi",
    notes="wrong goods delivered; no new order",
    tags=["complaint", "multilingual"],
)
M(
    "shiraz-kitchen",
    "13",
    "ORDER",
    "Betreff: Reis\n\n20 Säcke Basmati Tilda 20kg, bitte.\n\nD. Karimi",
    [L("BAS-TILDA-20", 20)],
    "clean as written; 5 times the customer's usual 4 sacks with no reason given",
    ["clean", "outlier", "multilingual"],
    outlier=True,
)
M(
    "shiraz-kitchen",
    "10",
    "ORDER",
    "Betreff: Zusatz\n\n2 Kartons Granatapfelsirup, 1 Karton Rosenwasser und 1 Kiste Deglet Nour Datteln.\n\nGruß D. Karimi",
    [L("POM-MOLASSES", 2), L("ROSE-WATER", 1), L("DATES-DEGLET-5", 1)],
    "clean; 'Granatapfelsirup' is the customer's word for pomegranate molasses (the only pomegranate syrup-like "
    "product besides the juice)",
    ["clean", "multilingual"],
)

# ---------------------------------------------------------------- mezze-milano (it, WhatsApp)
M(
    "mezze-milano",
    "08",
    "ORDER",
    "Ciao! Per venerdì: 3 cartoni halloumi 12x250g, 6 barattoli di tahini da 1kg, 2 labneh. Grazie 🙏",
    [L("HALLOUMI", 3, "12 x 250g"), L("TAHINI", 6, "1kg Jar"), L("LABNEH-2", 2)],
    "clean; inline pack sizes are not quantities",
    ["clean", "variant", "multilingual"],
)
M(
    "mezze-milano",
    "09",
    "ORDER",
    "Come la settimana scorsa ma niente dolma e 2 feta in più",
    notes="the last order without dolma and with 2 more feta",
    tags=["reference", "multilingual"],
    ref="last",
    mods=[("rm", "DOLMA-TIN"), ("add", "FETA-PDO-2", 2, NOV)],
)
M(
    "mezze-milano",
    "10",
    "ORDER",
    "olive kalamata 2 secchi",
    [A(KALA, 2)],
    "kalamata without whole/pitted",
    ["family", "multilingual"],
)
M(
    "mezze-milano",
    "12",
    "ORDER",
    "pita integrale 20 pacchi per domani",
    [L("PITTA-WHOLEMEAL", 20)],
    "clean; integrale = wholemeal",
    ["clean", "multilingual"],
)
M(
    "mezze-milano",
    "13",
    "CANCEL",
    "Annullate l'ordine di domani per favore, si è rotto il frigo 😩",
    notes="cancellation",
    tags=["cancel", "multilingual"],
)
M(
    "mezze-milano",
    "14",
    "ORDER",
    "zaatar 1, melassa di melograno 1 e 2 feta. Ah, avete anche la mozzarella di bufala?",
    [L("ZAATAR-1", 1), L("POM-MOLASSES", 1), L("FETA-PDO-2", 2)],
    "order with a side question about mozzarella (not in catalog, asked, not ordered)",
    ["clean", "question", "multilingual"],
)

# ---------------------------------------------------------------- tandoori-nights (en, SMS)
M(
    "tandoori-nights",
    "08",
    "ORDER",
    "4 sella, 3 veg ghee, 10 gg paste, 2 tandoori masala",
    [L("BAS-SELLA-20", 4), L("GHEE-VEG-2", 3), L("GG-PASTE-1", 10), L("TANDOORI-MASALA-1", 2)],
    "clean",
    ["clean"],
)
M(
    "tandoori-nights",
    "09",
    "ORDER",
    "foil no2 x2 lids x2 and 1 sauce pots 2oz",
    [L("FOIL-CONT", 2, "No.2"), L("FOIL-LIDS", 2, None), L("SAUCE-POTS", 1, "2oz")],
    "lids with no size: probably No.2 next to the No.2 containers, but not written",
    ["variant"],
)
M(
    "tandoori-nights",
    "10",
    "ORDER",
    "chilli powder 2",
    [A(CHILLI, 2)],
    "'chilli powder' (Kashmiri or extra hot)",
    ["family"],
)
M("tandoori-nights", "11", "ORDER", "usual thx", notes="the usual", tags=["reference"], ref="usual")
M(
    "tandoori-nights",
    "12",
    "COMPLAINT",
    "no2 containers came as no1 - 2 cases. need swapping b4 fri",
    notes="complaint; no2/no1 are sizes",
    tags=["complaint"],
)
M(
    "tandoori-nights",
    "13",
    "ORDER",
    "1000 no 6a containers + 1000 no 6a lids",
    [L("FOIL-CONT", 2, "No.6a"), L("FOIL-LIDS", 2, "No.6a")],
    "1000 = 2 cases of 500 (conversion); 6a names the variant",
    ["clean", "pack", "variant"],
)
M(
    "tandoori-nights",
    "14",
    "OTHER",
    "sunny here, new number for deliveries is 07700 900944",
    notes="notice; phone number",
    tags=["other"],
)
M(
    "tandoori-nights",
    "10",
    "QUESTION",
    "can i get a price for 5000 no2 containers",
    notes="'can i get a price' = request for a quote = QUESTION",
    tags=["question", "non_order_request"],
)

# ---------------------------------------------------------------- sabores-de-goa (pt, WhatsApp)
M(
    "sabores-de-goa",
    "08",
    "ORDER",
    "Olá! Para quinta: 6 sacos de basmati Tilda 5kg, 2 sacos toor dal, 1 cardamomo verde, 4 packs de paratha. Obrigada, Anita",
    [L("BAS-TILDA-5", 6), L("TOOR-DAL-5", 2), L("CARDAMOM-GREEN", 1), L("PARATHA-FROZEN", 4)],
    "clean",
    ["clean", "multilingual"],
)
M(
    "sabores-de-goa",
    "09",
    "ORDER",
    "O habitual por favor, mais 1 canela",
    notes="the usual plus 1 cinnamon (added to the basket's line)",
    tags=["reference", "multilingual"],
    ref="usual",
    mods=[("add", "CINNAMON-STICK", 1, NOV)],
)
M(
    "sabores-de-goa",
    "10",
    "QUESTION",
    "Vocês têm leite de coco? E pimenta preta moída?",
    notes="question; both not in catalog",
    tags=["question", "not_in_catalog", "multilingual"],
)
M(
    "sabores-de-goa",
    "11",
    "ORDER",
    "2 caixas de lassi de manga e 1 kg de caril em pó",
    [L("MANGO-LASSI-12", 2), X("curry powder", 1)],
    "curry powder not in catalog (garam and tandoori masala are look-alikes)",
    ["not_in_catalog", "multilingual"],
)
M(
    "sabores-de-goa",
    "12",
    "ORDER",
    "cominhos 1, sementes de coentro 1, açafrão 2",
    [A(CUMIN, 1), L("CORI-SEED-1", 1), A(["SAFFRON", "TURMERIC-1"], 2)],
    "bare 'cominhos' (seeds or ground); in Portugal 'açafrão' is used for saffron and loosely for turmeric",
    ["family", "multilingual"],
)
M(
    "sabores-de-goa",
    "14",
    "ORDER",
    "manda 2 toor dal e 1 canela pf",
    [L("TOOR-DAL-5", 2), L("CINNAMON-STICK", 1)],
    "clean",
    ["clean", "multilingual"],
)

# ---------------------------------------------------------------- istanbul-markt (tr, email)
M(
    "istanbul-markt",
    "08",
    "ORDER",
    "Konu: Sipariş\n\nMerhaba,\n3 kg'lık Rize çayından 8 paket\n1 kg'lık Rize çayından 10 paket\n6 paket Türk kahvesi\nfıstıklı baklava 2 tepsi\ncevizli baklava 2 tepsi\n\nSaygılar,\nHakan Yıldız\nIstanbul Markt, Rotterdam\n+447700900913",
    [
        L("TEA-TURKISH", 8, "3kg"),
        L("TEA-TURKISH", 10, "1kg"),
        L("COFFEE-TURKISH", 6),
        L("BAKLAVA-PIST", 2),
        L("BAKLAVA-WALNUT", 2),
    ],
    "clean; Rize çayı is the Turkish black tea, in its two sizes",
    ["clean", "variant", "multilingual"],
)
M(
    "istanbul-markt",
    "09",
    "ORDER",
    "Konu: ek\n\nÇay 10 paket lütfen.\n\nHakan",
    [A(TEA, 10)],
    "'çay' alone: Turkish tea or Assam; and if Turkish, which size",
    ["family", "multilingual"],
)
M(
    "istanbul-markt",
    "10",
    "ORDER",
    "baklava 4 trays and gazoz 6 cases pls",
    [A(BAKLAVA, 4), A(GAZOZ, 6)],
    "baklava without pistachio/walnut; gazoz without glass/can",
    ["family"],
    lang="en",
)
M(
    "istanbul-markt",
    "11",
    "ORDER",
    "Subject: walnuts\n\npls send 2 trays walnut baklava and 10 kg walnut kernels if you have them\n\nHakan",
    [L("BAKLAVA-WALNUT", 2), X("walnut kernels", 10, "10 kg; only walnut baklava is stocked")],
    "walnut kernels are not in catalog and must not become walnut baklava",
    ["not_in_catalog"],
    lang="en",
)
M(
    "istanbul-markt",
    "12",
    "ORDER",
    "Konu: sipariş\n\nHer zamanki sipariş, sadece lokum 4 koli eksik olsun.\n\nHakan",
    notes="the usual with 4 fewer boxes of lokum (a relative change: no line without history)",
    tags=["reference", "multilingual"],
    ref="usual",
    mods=[("delta", "LOKUM-ROSE", -4)],
)
M(
    "istanbul-markt",
    "13",
    "CHANGE",
    "Subject: delivery\n\nCan we move our Thursday order to Friday?\n\nHakan",
    notes="move the delivery day of a placed order = CHANGE; no line changes",
    tags=["change"],
    change=[],
    lang="en",
)
M(
    "istanbul-markt",
    "14",
    "ORDER",
    "Konu: gazoz\n\n2 kasa Uludağ gazoz cam şişe, 3 kasa kutu.\n\nHakan",
    [L("GAZOZ-GLASS", 2), L("GAZOZ-CAN", 3)],
    "clean; cam şişe = glass bottle, kutu = can",
    ["clean", "multilingual"],
)

# ---------------------------------------------------------------- dosa-express (en, WhatsApp)
M(
    "dosa-express",
    "08",
    "ORDER",
    "hi can we get three toor dal two chana dal four tilda five kilo and three assam thanks",
    [L("TOOR-DAL-5", 3), L("CHANA-DAL-5", 2), L("BAS-TILDA-5", 4), L("TEA-ASSAM-CTC", 3)],
    "spoken list without commas; 'five kilo' is the Tilda 5kg size, not a quantity",
    ["clean", "spoken"],
)
M(
    "dosa-express",
    "09",
    "ORDER",
    "Same as last week but double the lassi",
    notes="the last order with mango lassi doubled (relative change: no line without history)",
    tags=["reference"],
    ref="last",
    mods=[("mul", "MANGO-LASSI-12", 2)],
)
M(
    "dosa-express",
    "10",
    "QUESTION",
    "Is your ghee halal certified? customer asking 🙏",
    notes="question",
    tags=["question"],
)
M(
    "dosa-express",
    "11",
    "ORDER",
    "2 dal please and 1 ghee",
    [A(DAL, 2), A(GHEE, 1)],
    "bare 'dal' (masoor, chana or toor); bare 'ghee' (butter or vegetable)",
    ["family"],
)
M(
    "dosa-express",
    "12",
    "ORDER",
    "4oz pots x 1000",
    [L("SAUCE-POTS", 1, "4oz")],
    "1000 pots = 1 case of 1000",
    ["clean", "pack", "variant"],
)
M("dosa-express", "12", "OTHER", "Thanks Omar, invoice all sorted 👍", notes="thanks", tags=["other"])
M(
    "dosa-express",
    "13",
    "ORDER",
    "3 assam ctc and 1 butter ghee pls",
    [L("TEA-ASSAM-CTC", 3), L("GHEE-BUTTER-2", 1)],
    "clean",
    ["clean"],
)
M(
    "dosa-express",
    "14",
    "ORDER",
    "18 mango lassi bottles pls",
    [L("MANGO-LASSI-12", None, note="18 bottles is 1.5 cases of 12")],
    "quantities not stated in selling units: 18 bottles of a case of 12",
    ["container"],
)
M(
    "dosa-express",
    "10",
    "CANCEL",
    "pls cancel tmrw's delivery, we're shut for a private event",
    notes="cancellation",
    tags=["cancel"],
)

# ---------------------------------------------------------------- hummus-house (es, email)
M(
    "hummus-house",
    "08",
    "ORDER",
    "Asunto: Pedido semana 24\n\nHola,\n8 sacos de garbanzo seco 5kg\n1 bidón de tahina de 18kg\n3 latas de AOVE 5L\n40 paquetes de pan de pita\n\nSaludos,\nMarc Puig\nHummus House, Carrer de Blai 12, Barcelona",
    [
        L("CHICKPEA-DRY-5", 8),
        L("TAHINI", 1, "18kg Drum"),
        L("OLIVE-OIL-EV", 3, "5L Tin"),
        L("PITTA-WHITE", 40),
    ],
    "clean; AOVE = extra virgin olive oil; bare 'pan de pita' is white pitta",
    ["clean", "variant", "multilingual"],
)
M(
    "hummus-house",
    "09",
    "ORDER",
    "Asunto: pedido\n\nLo mismo que la última vez, gracias.\n\nMarc",
    notes="the last order",
    tags=["reference", "multilingual"],
    ref="last",
)
M(
    "hummus-house",
    "10",
    "QUESTION",
    "Asunto: presupuesto tahina\n\n¿Cuánto nos costaría el bidón de tahina de 18 kg si cogemos 4 al mes? Queremos un presupuesto.\n\nMarc Puig",
    notes="request for a quote = QUESTION",
    tags=["question", "non_order_request", "multilingual"],
)
M(
    "hummus-house",
    "11",
    "ORDER",
    "Subject: packaging\n\n500 small kraft boxes and 2000 2oz sauce pots\n\nMarc",
    [L("KRAFT-BOX", None, "Small", "500 boxes is 2.5 cases of 200"), L("SAUCE-POTS", 2, "2oz")],
    "quantities not stated in selling units for the boxes; 2000 pots = 2 cases of 1000",
    ["pack", "variant"],
    lang="en",
)
M(
    "hummus-house",
    "13",
    "ORDER",
    "Subject: extra\n\nready made hummus 10kg and pine nuts 2\n\nMarc",
    [X("ready-made hummus", 10), L("PINE-NUTS-1", 2)],
    "ready-made hummus not in catalog (tahini and chickpeas are look-alikes)",
    ["not_in_catalog"],
    lang="en",
)
M(
    "hummus-house",
    "10",
    "CHANGE",
    "Asunto: pedido del martes\n\nDel pedido del martes, cambiad el pan de pita blanco por integral, mismas cantidades (40).\n\nMarc",
    notes="swap a product in a placed order",
    tags=["change", "multilingual"],
    change=[L("PITTA-WHOLEMEAL", 40)],
)
M(
    "hummus-house",
    "14",
    "OTHER",
    "Asunto: bidones vacíos\n\nQuisiera devolver 2 bidones vacíos de tahina de 18kg, ¿cuándo puede pasar el conductor?\n\nMarc",
    notes="'Quisiera' opener; returns of empties, not an order",
    tags=["other", "non_order_request", "multilingual"],
)

# ---------------------------------------------------------------- kebab-king (en, WhatsApp)
M(
    "kebab-king",
    "08",
    "ORDER",
    "20 packs white pitta, 3 sunflower oil, 2 boxes brown kebab bags, 2 cases large kraft boxes",
    [L("PITTA-WHITE", 20), L("SUNFLOWER-20", 3), L("KEBAB-BAGS", 2, "Brown"), L("KRAFT-BOX", 2, "Large")],
    "clean",
    ["clean", "variant"],
)
M(
    "kebab-king",
    "09",
    "ORDER",
    "usual mate + 2 garlic sauce",
    notes="the usual plus 2 toum (added to the basket's line)",
    tags=["reference"],
    ref="usual",
    mods=[("add", "TOUM-2", 2, NOV)],
)
M(
    "kebab-king",
    "10",
    "ORDER",
    "kebab bags x2",
    [L("KEBAB-BAGS", 2, None)],
    "kebab bags without a colour (white or brown)",
    ["variant"],
)
M(
    "kebab-king",
    "11",
    "ORDER",
    "3x 20L sunflower and 12 gazoz",
    [L("SUNFLOWER-20", 3), A(GAZOZ, None, "12 is half a case of 24")],
    "20L is the pack size; gazoz without glass/can, and 12 is not a whole case: quantities not stated",
    ["family", "container"],
)
M(
    "kebab-king",
    "12",
    "COMPLAINT",
    "pitta last week was stale, 5 packs binned",
    notes="complaint",
    tags=["complaint"],
)
M(
    "kebab-king",
    "12",
    "QUESTION",
    "what time is the cutoff for sat delivery",
    notes="question",
    tags=["question"],
)
M(
    "kebab-king",
    "13",
    "ORDER",
    "two doner spice one shawarma spice and a case of white napkins",
    [L("DONER-SPICE-1", 2), L("SHAWARMA-SPICE-1", 1), L("NAPKINS", 1, "White")],
    "spoken list without commas; 'a case' = 1",
    ["clean", "spoken", "variant"],
)
M(
    "kebab-king",
    "14",
    "ORDER",
    "can i get four cases of gazoz cans and a garlic sauce",
    [L("GAZOZ-CAN", 4), L("TOUM-2", 1)],
    "'can i get' opener that is an order; 'a' starts an item (1)",
    ["clean", "spoken", "non_order_request"],
)
M(
    "kebab-king",
    "10",
    "CHANGE",
    "Can you change the 3 sunflower on tomorrow's order to 4?",
    notes="amendment of a placed order",
    tags=["change", "non_order_request"],
    change=[L("SUNFLOWER-20", 4)],
)
M(
    "kebab-king",
    "13",
    "ORDER",
    "if you can get it to us before 11 on sat, 2 cases gazoz cans. if not dont bother",
    [L("GAZOZ-CAN", 2)],
    "conditional order: a human must confirm the delivery slot before it is placed",
    ["conditional"],
    hold="conditional",
)
M(
    "kebab-king",
    "11",
    "COMPLAINT",
    "You charged us for 3 sunflower oil but only 2 came. Invoice 55120",
    notes="billing complaint",
    tags=["complaint"],
)

# ---------------------------------------------------------------- patisserie-bekaa (fr, WhatsApp)
M(
    "patisserie-bekaa",
    "08",
    "ORDER",
    "Bonjour, 3 cartons de filo, 2 cartons de kadaïf, 4 kg pistaches décortiquées, 3 ghee pur beurre. Merci, Samir",
    [L("FILO-12", 3), L("KATAIFI-12", 2), L("PIST-KERNEL-1", 4), L("GHEE-BUTTER-2", 3)],
    "clean; 4 kg kernels = 4 x 1kg bags; décortiquées = shelled",
    ["clean", "multilingual"],
)
M(
    "patisserie-bekaa",
    "09",
    "ORDER",
    "Pistaches 5 sachets svp",
    [A(PIST, 5)],
    "bare 'pistaches' (kernels or in shell)",
    ["family", "multilingual"],
)
M(
    "patisserie-bekaa",
    "10",
    "ORDER",
    "comme d'hab + 1 carton d'eau de fleur d'oranger",
    notes="the usual plus 1 case of orange blossom water",
    tags=["reference", "multilingual"],
    ref="usual",
    mods=[("add", "BLOSSOM-WATER", 1, NOV)],
)
M(
    "patisserie-bekaa",
    "11",
    "QUESTION",
    "Vous avez de la pâte de pistache ? Pour nos éclairs",
    notes="question; pistachio paste not in catalog",
    tags=["question", "not_in_catalog", "multilingual"],
)
M(
    "patisserie-bekaa",
    "12",
    "COMPLAINT",
    "Les cartons de kataïfi sont arrivés écrasés, 2 sur 2 😡",
    notes="complaint",
    tags=["complaint", "multilingual"],
)
M(
    "patisserie-bekaa",
    "13",
    "ORDER",
    "24 kg de noix de cajou w320",
    [L("CASHEW-W320-2", 12)],
    "24 kg = 12 bags of 2kg (conversion); W320 is a grade; 12 times the usual 1 bag with no reason",
    ["clean", "pack", "outlier", "multilingual"],
    outlier=True,
)
M(
    "patisserie-bekaa",
    "14",
    "ORDER",
    "24 flacons d'eau de rose et 1 kg d'amandes effilées",
    [L("ROSE-WATER", 2), L("ALMOND-FLAKED-1", 1)],
    "24 bottles = 2 cases of 12 (conversion)",
    ["clean", "container", "multilingual"],
)

# ---------------------------------------------------------------- feinkost-athena (de, WhatsApp)
M(
    "feinkost-athena",
    "08",
    "ORDER",
    "5 Feta, 3 Kalamata mit Stein, 2 Kalamata entsteint, 12 Flaschen Olivenöl 1L",
    [
        L("FETA-PDO-2", 5),
        L("OLIVE-KALA-WHOLE", 3),
        L("OLIVE-KALA-PITTED", 2),
        L("OLIVE-OIL-EV", 12, "1L Bottle"),
    ],
    "clean; the 1L bottle exists only for the extra virgin oil (pomace is a 5L tin)",
    ["clean", "variant", "multilingual"],
)
M(
    "feinkost-athena",
    "09",
    "ORDER",
    "Kalamata 4 Eimer",
    [A(KALA, 4)],
    "kalamata without whole/pitted",
    ["family", "multilingual"],
)
M(
    "feinkost-athena",
    "10",
    "ORDER",
    "Wie letzte Woche, aber nur 1 Dolma",
    notes="the last order with dolma 1",
    tags=["reference", "multilingual"],
    ref="last",
    mods=[("set", "DOLMA-TIN", 1, NOV)],
)
M(
    "feinkost-athena",
    "12",
    "ORDER",
    "Halloumi 2 Kartons und Joghurt 2",
    [L("HALLOUMI", 2, None), A(YOG, 2)],
    "halloumi without pack size; bare 'Joghurt' (Greek or natural)",
    ["variant", "family", "multilingual"],
)
M(
    "feinkost-athena",
    "13",
    "OTHER",
    "Wir sind vom 20.7. bis 3.8. im Urlaub, bitte keine Lieferungen.",
    notes="notice; dates",
    tags=["other", "multilingual"],
)
M(
    "feinkost-athena",
    "09",
    "CHANGE",
    "Bitte bei der Bestellung für Mittwoch statt Olivenöl 1L die 5L Kanister nehmen, 3 Stück.",
    notes="amendment: variant swap in a placed order",
    tags=["change", "variant", "multilingual"],
    change=[L("OLIVE-OIL-EV", 3, "5L Tin")],
)

# ---------------------------------------------------------------- campus-world-kitchen (nl/en, email)
M(
    "campus-world-kitchen",
    "08",
    "ORDER",
    "Subject: PO 2026-118\n\nHello,\nPlease deliver Monday 15 June:\n3 x Golden Sella 20kg\n3 x red lentils\n2 x green lentils\n6 x chopped tomatoes 6x2.5kg\n4 cases chickpeas 12 x 800g\n\nKind regards,\nSanne de Vries\nCatering Manager, Campus World Kitchen, Utrecht\nT: +447700900919",
    [
        L("BAS-SELLA-20", 3),
        L("LENTIL-RED-5", 3),
        L("LENTIL-GREEN-5", 2),
        L("TOMATO-CHOPPED", 6),
        L("CHICKPEA-TIN", 4, "12 x 800g"),
    ],
    "clean; PO number, date and inline pack sizes are not quantities; '12 x 800g' names the tinned chickpeas and "
    "their variant",
    ["clean", "variant"],
    lang="en",
)
M(
    "campus-world-kitchen",
    "09",
    "ORDER",
    "Onderwerp: bestelling\n\nGraag hetzelfde als vorige week, plus 10 extra pakken volkoren pita voor het eindfeest.\n\nGroet, Sanne",
    notes="the last order plus 10 packs of wholemeal pitta",
    tags=["reference", "multilingual"],
    ref="last",
    mods=[("add", "PITTA-WHOLEMEAL", 10, NOV)],
)
M(
    "campus-world-kitchen",
    "10",
    "QUESTION",
    "Onderwerp: offerte\n\nKunnen jullie een offerte sturen voor 40 zakken couscous per maand vanaf september?\n\nSanne de Vries",
    notes="request for a quote = QUESTION",
    tags=["question", "non_order_request", "multilingual"],
)
M(
    "campus-world-kitchen",
    "11",
    "ORDER",
    "Subject: top-up\n\ncouscous 3, garam masala 1, oil 2\n\nSanne",
    [L("COUSCOUS-5", 3), L("GARAM-MASALA-1", 1), A(OIL, 2)],
    "bare 'oil' (sunflower, extra virgin or pomace)",
    ["family"],
    lang="en",
)
M(
    "campus-world-kitchen",
    "12",
    "OTHER",
    "Automatisch antwoord: ik ben afwezig tot en met 22 juni. Voor dringende bestellingen: keuken@campusworldkitchen.example",
    notes="auto-reply",
    tags=["other", "multilingual"],
)
M(
    "campus-world-kitchen",
    "13",
    "COMPLAINT",
    "Subject: blown tins\n\nWe received 6 cases of chopped tomatoes, 2 tins were blown. Please credit.\n\nSanne",
    notes="complaint",
    tags=["complaint"],
    lang="en",
)
M(
    "campus-world-kitchen",
    "14",
    "QUESTION",
    "Subject: spec sheet\n\nCould you send the spec sheet for the chickpeas 6 x 2.5kg (allergens and country of origin)?\n\nSanne",
    notes="request for a document = QUESTION",
    tags=["question", "non_order_request"],
    lang="en",
)

# ---------------------------------------------------------------- baeckerei-aleppo (de, WhatsApp)
M(
    "baeckerei-aleppo",
    "08",
    "ORDER",
    "Hallo, 2 Karton Kataifi, 1 Karton Filo, 3 kg Pistazienkerne, 2 Butterschmalz Ghee. Ahmad",
    [L("KATAIFI-12", 2), L("FILO-12", 1), L("PIST-KERNEL-1", 3), L("GHEE-BUTTER-2", 2)],
    "clean; Butterschmalz = butter ghee; 3 kg kernels = 3 bags",
    ["clean", "multilingual"],
)
M(
    "baeckerei-aleppo",
    "09",
    "ORDER",
    "Wie immer 👍",
    notes="the usual",
    tags=["reference", "multilingual"],
    ref="usual",
)
M(
    "baeckerei-aleppo",
    "10",
    "ORDER",
    "zaatar 2, labneh 2, aleppo pepper 1",
    [L("ZAATAR-1", 2), L("LABNEH-2", 2), L("ALEPPO-PEPPER-1", 1)],
    "clean",
    ["clean"],
    lang="en",
)
M(
    "baeckerei-aleppo",
    "11",
    "QUESTION",
    "Can you also deliver sesame seeds? We would need 10 kg",
    notes="question; sesame seeds not in catalog (tahini is a look-alike)",
    tags=["question", "not_in_catalog"],
    lang="en",
)
M(
    "baeckerei-aleppo",
    "12",
    "ORDER",
    "Bitte 2 Rosenwasser und falls ihr Mahlab habt auch 1 kg",
    [L("ROSE-WATER", 2), X("mahlab", 1)],
    "mahlab not in catalog (conditional on stock)",
    ["not_in_catalog", "multilingual"],
)

# ---------------------------------------------------------------- meze-do-porto (pt, email)
M(
    "meze-do-porto",
    "08",
    "ORDER",
    "Assunto: encomenda terça\n\nBom dia,\n2 caixas halloumi 6x1kg\n2 latas de feta\n10 packs pão libanês médio 10''\n\nCumprimentos,\nRui Costa\nMeze do Porto",
    [L("HALLOUMI", 2, "6 x 1kg"), L("FETA-PDO-2", 2), L("LEB-BREAD", 10, "Medium 10 inch")],
    "clean",
    ["clean", "variant", "multilingual"],
)
M(
    "meze-do-porto",
    "09",
    "ORDER",
    "Assunto: encomenda\n\nO mesmo da semana passada sem o sumagre.\n\nRui",
    notes="the last order without sumac",
    tags=["reference", "multilingual"],
    ref="last",
    mods=[("rm", "SUMAC-1")],
)
M(
    "meze-do-porto",
    "10",
    "ORDER",
    "Subject: bread\n\nlebanese bread 10 packs\n\nRui",
    [L("LEB-BREAD", 10, None)],
    "Lebanese bread without size",
    ["variant"],
    lang="en",
)
M(
    "meze-do-porto",
    "11",
    "COMPLAINT",
    "Assunto: fatura 4471\n\nFaltou 1 caixa de azeitonas verdes fatiadas na entrega de ontem (fatura 4471).\n\nRui Costa",
    notes="complaint; invoice number",
    tags=["complaint", "multilingual"],
)
M(
    "meze-do-porto",
    "12",
    "CANCEL",
    "Assunto: cancelar\n\nPor favor cancelem a encomenda de terça. Obrigado.\n\nRui",
    notes="cancellation",
    tags=["cancel", "multilingual"],
)
M(
    "meze-do-porto",
    "13",
    "ORDER",
    "Assunto: melaço\n\n2 garrafas de melaço de romã, por favor.\n\nRui",
    [L("POM-MOLASSES", 2)],
    "'2 bottles' of a product sold by the case of 12, N small: 2 cases (trade usage)",
    ["clean", "container", "multilingual"],
)
M(
    "meze-do-porto",
    "14",
    "OTHER",
    "Assunto: visita\n\nGostaria de marcar uma visita do vosso comercial para a próxima semana.\n\nRui Costa",
    notes="'Gostaria' opener; a meeting request",
    tags=["other", "non_order_request", "multilingual"],
)

# ---------------------------------------------------------------- kebab-u-ahmeda (pl, SMS)
M(
    "kebab-u-ahmeda",
    "08",
    "ORDER",
    "Dzień dobry, 20 paczek lawasz, 30 paczek pity, 2 przyprawy do kebaba, 2 oleje słonecznikowe 20L. Dziękuję",
    [L("LAVASH", 20), L("PITTA-WHITE", 30), L("DONER-SPICE-1", 2), L("SUNFLOWER-20", 2)],
    "clean; bare 'pita' is white pitta; 'przyprawa do kebaba' = doner seasoning",
    ["clean", "multilingual"],
)
M(
    "kebab-u-ahmeda",
    "09",
    "ORDER",
    "To samo co zawsze",
    notes="the usual",
    tags=["reference", "multilingual"],
    ref="usual",
)
M(
    "kebab-u-ahmeda",
    "10",
    "ORDER",
    "jogurt 3 wiadra i ajran 3 kartony",
    [A(YOG, 3), L("AYRAN-20", 3)],
    "bare 'jogurt' (Greek or natural)",
    ["family", "multilingual"],
)
M(
    "kebab-u-ahmeda",
    "12",
    "ORDER",
    "torebki na kebab 2 kartony",
    [L("KEBAB-BAGS", 2, None)],
    "kebab bags without colour",
    ["variant", "multilingual"],
)
M(
    "kebab-u-ahmeda",
    "13",
    "CANCEL",
    "Proszę anulować zamówienie na piątek.",
    notes="cancellation",
    tags=["cancel", "multilingual"],
)

# ---------------------------------------------------------------- saffron-events (en, email; irregular)
M(
    "saffron-events",
    "08",
    "ORDER",
    "Subject: Patel wedding Sat 13 June (350 guests)\n\nHi,\n\n1. 10 sacks Tilda 20kg\n2. 6 tubs butter ghee\n3. 4 x 5g saffron\n4. 4 kg green cardamom\n5. gulab jamun 6 tins\n\nMeera Shah\nSaffron Events Catering\n07700 900923",
    [
        L("BAS-TILDA-20", 10),
        L("GHEE-BUTTER-2", 6),
        L("SAFFRON", 4, "5g Tin"),
        L("CARDAMOM-GREEN", 8),
        X("gulab jamun", 6),
    ],
    "numbered list; 350 guests, 13 June and phone are not quantities; 4 kg cardamom = 8 x 500g bags; gulab jamun not "
    "in catalog",
    ["not_in_catalog", "pack", "variant"],
)
M(
    "saffron-events",
    "09",
    "ORDER",
    "Subject: Khan event 20th\n\nSame as our last order please, for the Khan event on the 20th.\n\nMeera",
    notes="the last order (this customer never repeats a basket, but the last order is known)",
    tags=["reference"],
    ref="last",
)
M(
    "saffron-events",
    "10",
    "ORDER",
    "Subject: corporate lunch\n\nCan we do our usual for the corporate lunch on Friday?\n\nMeera",
    notes="'the usual' from a customer with no usual basket: cannot be resolved even with history",
    tags=["reference", "ambiguous_reference"],
    ref="usual",
)
M(
    "saffron-events",
    "11",
    "QUESTION",
    "Subject: basmati pricing\n\nCould you quote for 40 x 20kg basmati a month? Sella or Tilda, whichever is better value.\n\nMeera Shah",
    notes="request for a quote = QUESTION",
    tags=["question", "non_order_request"],
)
M(
    "saffron-events",
    "12",
    "ORDER",
    "Subject: following our call\n\nFollowing on from our call: 3 cases No.6a foil containers with lids for all of them, and 2 cases red napkins.\n\nMeera",
    [L("FOIL-CONT", 3, "No.6a"), L("FOIL-LIDS", 3, "No.6a"), L("NAPKINS", 2, "Red")],
    "lids 'for all of them' = 3 cases of No.6a lids",
    ["clean", "variant"],
)

# ---------------------------------------------------------------- yalla-street-food (en, WhatsApp; irregular)
M(
    "yalla-street-food",
    "08",
    "ORDER",
    "yo need 2 halloumi 1 za'atar 20 lebanese bread large and 200 skewers 25cm",
    [L("HALLOUMI", 2, None), L("ZAATAR-1", 1), L("LEB-BREAD", 20, "Large 12 inch"), L("SKEWERS", 2, "25cm")],
    "spoken list; halloumi without pack size; 200 skewers = 2 packs of 100; 25cm is a size",
    ["spoken", "variant", "pack"],
)
M(
    "yalla-street-food",
    "09",
    "ORDER",
    "same as last week pls 🙏",
    notes="the last order",
    tags=["reference"],
    ref="last",
)
M(
    "yalla-street-food",
    "11",
    "ORDER",
    "the usual for sat",
    notes="'the usual' from a customer with no usual basket",
    tags=["reference", "ambiguous_reference"],
    ref="usual",
)
M("yalla-street-food", "10", "QUESTION", "r u open bank holiday monday?", notes="question", tags=["question"])
M(
    "yalla-street-food",
    "12",
    "ORDER",
    "2 packs of skewers",
    [L("SKEWERS", 2, None)],
    "skewers without length",
    ["variant"],
)
M(
    "yalla-street-food",
    "13",
    "OTHER",
    "I'd like to cancel my direct debit and pay by card from now on",
    notes="'I'd like to cancel' a payment method: an account request, not a CANCEL of an order",
    tags=["other", "non_order_request"],
)

# ---------------------------------------------------------------- olive-and-fig (en, WhatsApp)
M(
    "olive-and-fig",
    "08",
    "ORDER",
    "Hi! 3 jars tahini 1kg, 2 cases chickpeas 800g, 1 feta, 6 bottles EVOO 1L please x",
    [
        L("TAHINI", 3, "1kg Jar"),
        L("CHICKPEA-TIN", 2, "12 x 800g"),
        L("FETA-PDO-2", 1),
        L("OLIVE-OIL-EV", 6, "1L Bottle"),
    ],
    "clean; '800g' names the tinned chickpeas' variant",
    ["clean", "variant"],
)
M(
    "olive-and-fig",
    "09",
    "ORDER",
    "usual + dates 1 box",
    notes="the usual plus one box of dates (Medjool or Deglet Nour)",
    tags=["reference", "family"],
    ref="usual",
    mods=[("addfam", DATES, 1)],
)
M(
    "olive-and-fig",
    "10",
    "QUESTION",
    "Do you have any oat milk? customers keep asking for it in the lattes",
    notes="question; not in catalog",
    tags=["question", "not_in_catalog"],
)
M(
    "olive-and-fig",
    "11",
    "ORDER",
    "I'd like 2 medjool please",
    [L("DATES-MEDJOOL-5", 2, None)],
    "'I'd like' opener that is an order; Medjool without size (Large or Jumbo)",
    ["variant", "non_order_request"],
)
M(
    "olive-and-fig",
    "12",
    "OTHER",
    "I would like to update our delivery address to Unit 4, 27 Harbour Road, Dublin",
    notes="'I would like' opener; address change",
    tags=["other", "non_order_request"],
)
M(
    "olive-and-fig",
    "13",
    "QUESTION",
    "Could you tell me if the halloumi 250g uses animal rennet? vegetarian customer",
    notes="question",
    tags=["question", "non_order_request"],
)

# ---------------------------------------------------------------- mama-ganoush (first-time, WhatsApp)
M(
    "mama-ganoush",
    "08",
    "ORDER",
    "Hi, we're opening next week in Antwerp! First order: 2 x tahini 3kg, 4 bags dried chickpeas, 2 labneh, 1 case pomegranate molasses, 20 packs white pitta. Joris",
    [
        L("TAHINI", 2, "3kg Tub"),
        L("CHICKPEA-DRY-5", 4),
        L("LABNEH-2", 2),
        L("POM-MOLASSES", 1),
        L("PITTA-WHITE", 20),
    ],
    "clean; first-time customer with an explicit order",
    ["clean", "variant", "new_customer"],
)
M(
    "mama-ganoush",
    "11",
    "ORDER",
    "same as last time but add 1 sumac",
    notes="first-time customer: 'last time' is a message, not an order in the history; stays for review",
    tags=["reference", "new_customer"],
    ref="last",
    mods=[("add", "SUMAC-1", 1, NOV)],
)
M(
    "mama-ganoush",
    "09",
    "QUESTION",
    "What are your delivery days for Antwerp, and is there a minimum order?",
    notes="question",
    tags=["question", "new_customer"],
)
M(
    "mama-ganoush",
    "10",
    "OTHER",
    "I would like to set up a credit account with you, can you email me the form?",
    notes="'I would like' opener; account request",
    tags=["other", "non_order_request", "new_customer"],
)

# ---------------------------------------------------------------- more non-orders that open like orders
M(
    "spice-garden",
    "12",
    "COMPLAINT",
    "I want to return 2 tubs of ghee, you sent veg ghee not butter ghee",
    notes="'I want to return': a complaint about wrong goods, not an order",
    tags=["complaint", "non_order_request"],
)
M(
    "olive-and-fig",
    "14",
    "OTHER",
    "can I change our delivery day to Wednesdays from now on?",
    notes="a standing schedule change for the account, not an amendment of a placed order: OTHER",
    tags=["other", "non_order_request"],
)
M(
    "beirut-corner",
    "14",
    "QUESTION",
    "Subject: prices\n\nCould you send me current prices for the 18kg tahini drum and the 3kg tub? Thinking of switching.\n\nRania",
    notes="request for prices = QUESTION",
    tags=["question", "non_order_request"],
)
M(
    "dosa-express",
    "13",
    "OTHER",
    "please add my colleague's number 07700 900915 to our account for order updates",
    notes="'please add' a phone number: an account request; the number is not a quantity",
    tags=["other", "non_order_request"],
)
M(
    "tandoori-nights",
    "13",
    "COMPLAINT",
    "Id like 2 cases of no2 containers credited, they came crushed",
    notes="'Id like … credited': a complaint",
    tags=["complaint", "non_order_request"],
)
M(
    "kebab-king",
    "12",
    "OTHER",
    "Can you text me when the driver leaves tomorrow? cheers Baz",
    notes="'Can you' service request",
    tags=["other", "non_order_request"],
)
M(
    "taverna-olympos",
    "12",
    "QUESTION",
    "how much is the 5L EVOO now? invoice looked higher",
    notes="price question",
    tags=["question"],
)
