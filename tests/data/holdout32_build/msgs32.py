# ruff: noqa  (hand-written data generator of blind set 32, kept as its writer left it)
"""Messages of the thirty-second blind set and their plain labels, all hand-written.

Line helpers:
  L(sku, q)            a product without variants
  L(sku, q, v)         a product with variants, variant v named in the text
  V(sku, q)            a product with variants, the text names no variant (variant null)
  F([skus], q, cv)     a bare family word: sku null with candidates (cv: a variant named in the text)
  N(q, what)           not in the catalog
M(...) keywords: ch (channel, default the customer's), lang (default the customer's), review (a reason other than
an open line: reference, conditional, credit, fraction), ref (dict: kind usual/last, remove, set (line indexes that
are new quantities), double), outlier, day (0-6 = 2028-03-06..12), change (change_lines), nofill (variant is never
filled from history).
"""

_N = object()


def L(sku, q, v=_N):
    d = {"sku": sku, "quantity": q}
    if v is not _N:
        d["variant"] = v
    return d


def V(sku, q, nofill=False):
    d = {"sku": sku, "variant": None, "quantity": q}
    if nofill:
        d["_nofill"] = True
    return d


def F(cands, q, cv=None):
    d = {"sku": None, "quantity": q, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    return d


def N(q, what):
    return {"sku": None, "quantity": q, "_nic": what}


MSGS = []


def M(cust, text, intent="ORDER", lines=(), notes="", tags=(), **kw):
    d = {
        "customer": cust,
        "text": text,
        "intent": intent,
        "lines": list(lines),
        "notes": notes,
        "tags": list(tags),
    }
    d.update(kw)
    MSGS.append(d)


# families used below
NATAS = ["NATA-FROZEN", "NATA-BAKED", "NATAS-MIMOSA"]
NATA_TARTS = ["NATA-FROZEN", "NATA-BAKED"]
FEIJAO = ["FEIJAO-PRETO", "FEIJAO-CARIOCA", "FEIJAO-FRADINHO"]
FARINHA = ["FARINHA-CRUA", "FARINHA-TORRADA", "FARINHA-TRIGO"]
ARROZ = ["ARROZ-AGULHA", "ARROZ-CAROLINO", "ARROZ-TIOJOAO"]
AZEITE = ["AZEITE-GALLO", "AZEITE-OLIVEIRA"]
OIL = ["OLEO-SOJA", "AZEITE-GALLO", "AZEITE-OLIVEIRA", "AZEITE-DENDE"]
SARDS_TIN = ["SARD-AZEITE", "SARD-TOMATE", "SARD-PICANTE"]
SARDS_ALL = SARDS_TIN + ["SARDINHA-CONG"]
COFFEE = ["DELTA-PLATINA", "CAFE-PILAO"]
LINGUICA = ["CALABRESA", "LINGUICA-TOSCANA"]
PRESUNTO = ["PRESUNTO-FATIADO", "PRESUNTO-PECA"]
BACALHAU = ["BAC-GRAUDO", "BAC-ESPECIAL", "BAC-LOMBOS", "BAC-DESFIADO", "BAC-POSTAS"]
COALHO = ["COALHO-ESPETO", "COALHO-BARRA"]
WATER = ["AGUA-PEDRAS", "AGUA-LUSO"]
SUMOL = ["SUMOL-LARANJA", "SUMOL-ANANAS"]
COMPAL = ["COMPAL-PESSEGO", "COMPAL-MANGA"]
KEGS = ["SUPERBOCK-KEG", "SAGRES-KEG"]
HOUSE_WINE = ["CASA-TINTO", "CASA-BRANCO", "CASA-TINTO-BIB"]
HOUSE_RED = ["CASA-TINTO", "CASA-TINTO-BIB"]
VERDE = ["CASAL-GARCIA", "GAZELA"]
PORT = ["PORTO-RUBY", "PORTO-TAWNY", "PORTO-10"]
CACHACA = ["CACHACA-51", "YPIOCA"]
DOCE_LEITE = ["DOCE-LEITE", "DOCE-LEITE-BALDE"]
ACAI = ["ACAI-SORBET", "ACAI-PULP"]
PASTEL = ["PASTEL-CARNE", "PASTEL-QUEIJO"]
RISSOIS = ["RISOLES-CAMARAO", "RISSOIS-CARNE"]
FEIJOADA = ["FEIJOADA-LATA", "KIT-FEIJOADA"]
HOT_SAUCE = ["MOLHO-PIMENTA", "PIRI-PIRI"]
FORMINHAS = ["FORMINHAS-4", "FORMINHAS-5"]
POLVILHO = ["POLVILHO-DOCE", "POLVILHO-AZEDO"]

CAN = "24 x 330ml Can"
G2L = "6 x 2L Bottle"
MINI_CX = "Mini 20g (box of 100)"
LARGE_CX = "Large 110g (box of 30)"

# ---------------------------------------------------------------- sabor-minas (Brazilian café, English)
M(
    "sabor-minas",
    "Morning! for tomorrow pls: 4 bags pão de queijo tradicional, 2 recheado, 2 boxes mini coxinhas and "
    "6 queijo minas. obg!",
    lines=[
        L("PDQ-FROZEN", 4, "Traditional 30g"),
        L("PDQ-RECHEADO", 2),
        L("COXINHA", 2, MINI_CX),
        L("QUEIJO-MINAS", 6),
    ],
    notes='"2 recheado" follows the pão de queijo line: the filled pão de queijo.',
    day=0,
)
M(
    "sabor-minas",
    "hi can we get 3 pão de queijo and 2 catupiry, thx",
    lines=[V("PDQ-FROZEN", 3), V("CATUPIRY", 2)],
    notes='Bare "pão de queijo" is the plain frozen one (recheado and mix carry their words), size not given; '
    "Catupiry 400g or 1.5kg not given.",
    tags=["non_order_request"],
    day=2,
)
M(
    "sabor-minas",
    "Camila here. 2 guaraná cans + 1 kibe + 1 pilão pls 🙏",
    lines=[L("GUARANA", 2, CAN), L("KIBE", 1), L("CAFE-PILAO", 1)],
    notes='"2 guaraná cans": small N of cans of a product sold by the case of 24 is 2 cases (trade usage).',
    tags=["container", "emoji"],
    day=4,
)
M(
    "sabor-minas",
    "is the pão de queijo recheado gluten free like the normal one? a customer is coeliac, can u send "
    "the allergen sheet",
    intent="QUESTION",
    day=1,
)
M(
    "sabor-minas",
    "same as last week pls but 6 boxes of coxinha mini instead of 2",
    lines=[L("COXINHA", 6, MINI_CX)],
    review="reference",
    ref={"kind": "last", "set": [0]},
    notes="Reference to last week's order with one new quantity.",
    day=5,
)
M(
    "sabor-minas",
    "one of the 2 catupiry 1.5 that came friday was split open, all over the box. can u credit it pls",
    intent="COMPLAINT",
    day=0,
)
M(
    "sabor-minas",
    "Bom dia! 3 bags pão de queijo tradicional, no sorry make it 5. and a goiabada",
    lines=[L("PDQ-FROZEN", 5, "Traditional 30g"), L("GOIABADA", 1)],
    notes='Self-correction: 5, not 3. "a goiabada" is one case (the selling unit).',
    tags=["self_correction"],
    day=3,
)
M(
    "sabor-minas",
    "Obrigada pela entrega rápida ontem!! 😍 the team loved the new coxinhas",
    intent="OTHER",
    tags=["emoji"],
    day=1,
)
M(
    "sabor-minas",
    "I'd like to add my new manager Luana to the orders whatsapp, her number is 07700 900418. she "
    "might send the orders on mondays",
    intent="OTHER",
    tags=["non_order_request"],
    day=6,
)
M(
    "sabor-minas",
    "pls send 2 x 24 guaraná cans and 6 x 2L guaraná with thursday's delivery",
    lines=[L("GUARANA", 2, CAN), L("GUARANA", 1, G2L)],
    notes='Pack notation: "2 x 24 … cans" is 2 cases, "6 x 2L" is one pack of 6 x 2L.',
    tags=["pack"],
    day=2,
)

# ---------------------------------------------------------------- cafe-lisboa (Portuguese café, Portuguese)
M(
    "cafe-lisboa",
    "Bom dia, para quinta: 3 caixas de pastéis de nata para cozer, 2 de pastéis de bacalhau, 4 kg de "
    "café Delta em grão e 2 grades de Sumol laranja. Obrigado, Manuel",
    lines=[
        L("NATA-FROZEN", 3),
        L("PASTEIS-BACALHAU", 2),
        L("DELTA-PLATINA", 4, "Beans 1kg"),
        L("SUMOL-LARANJA", 2),
    ],
    notes='"para cozer" = unbaked; 4 kg of Delta beans is 4 bags of 1kg; "grades" are crates (cases).',
    tags=["count"],
    day=0,
)
M(
    "cafe-lisboa",
    "Manda 2 caixas de natas e 1 de rissóis sff",
    lines=[F(NATAS, 2), F(RISSOIS, 1)],
    notes='ambiguous: in Portugal "natas" is both the custard tarts (colloquially) and cooking cream; "rissóis" is '
    "camarão or carne.",
    tags=["family"],
    day=1,
)
M(
    "cafe-lisboa",
    "Olá, queria 5 pacotes de presunto fatiado e 4 de flamengo fatiado. E a água das pedras, 3 grades.",
    lines=[L("PRESUNTO-FATIADO", 5), L("FLAMENGO-FATIADO", 4), L("AGUA-PEDRAS", 3)],
    notes='"queria" opens an order here.',
    tags=["non_order_request"],
    day=2,
)
M(
    "cafe-lisboa",
    "O mesmo da semana passada, mas sem a bolacha e com mais 2 caixas de pastéis de bacalhau",
    lines=[L("PASTEIS-BACALHAU", 2)],
    review="reference",
    ref={"kind": "last", "remove": ["BOLACHA-MARIA"]},
    notes="Reference to last week's order: removal of the biscuits, 2 extra boxes of pastéis de bacalhau.",
    day=4,
)
M(
    "cafe-lisboa",
    "Gostaria de saber se já têm Sumol de maracujá. Os clientes perguntam muito.",
    intent="QUESTION",
    tags=["non_order_request", "not_in_catalog"],
    day=3,
)
M(
    "cafe-lisboa",
    "Faltou uma caixa de pastéis de nata na entrega de ontem: a guia diz 3 mas vieram só 2.",
    intent="COMPLAINT",
    day=5,
)
M(
    "cafe-lisboa",
    "Mais 6 broas e 1 caixa de compal pêssego para amanhã, obrigado",
    lines=[L("BROA-MILHO", 6), L("COMPAL-PESSEGO", 1)],
    day=2,
)
M(
    "cafe-lisboa",
    "Anula o pedido de hoje por favor, enganei-me no dia, era para a semana que vem.",
    intent="CANCEL",
    day=3,
)
M(
    "cafe-lisboa",
    "Bom dia, 2 caixas de água para amanhã",
    lines=[F(WATER, 2)],
    notes="ambiguous: Água das Pedras (sparkling) or Luso (still).",
    tags=["family"],
    day=6,
)

# ---------------------------------------------------------------- gaucho-grill (churrascaria, English e-mail)
M(
    "gaucho-grill",
    "Subject: Order for Thursday 9th\n\nHi team,\n\nPlease deliver Thursday before 10am:\n- 3 boxes "
    "linguiça toscana\n- 10 packs coalho espeto\n- 2 cases sal grosso\n- 6 cases Brahma\n- 6 x Cachaça 51 1L\n\nThanks,\n"
    "Bruno Lima\nHead Chef, Gaúcho Grill\n118 Fulham Palace Road\nTel 020 7946 0418",
    lines=[
        L("LINGUICA-TOSCANA", 3),
        L("COALHO-ESPETO", 10),
        L("SAL-GROSSO", 2),
        L("BRAHMA", 6),
        L("CACHACA-51", 6, "1L"),
    ],
    notes="Not quantities: Thursday 9th, 10am, street number 118, phone.",
    tags=["signature"],
    day=0,
)
M(
    "gaucho-grill",
    "Subject: top-up\n\nBruno again - can you add 2 boxes of picanha and 3 cases farofa to Thursday?",
    lines=[N(2, "picanha"), L("FAROFA-YOKI", 3)],
    notes="Picanha is not in catalog (fresh meat is not stocked); an addition to a placed order is an ORDER.",
    tags=["non_order_request"],
    day=1,
)
M(
    "gaucho-grill",
    "Subject: Saturday party\n\nHi, we have a private party of 120 on Saturday 11th. On top of the "
    "normal order please send 4 cases of guaraná cans, 4 cases brahma and 2 x 1L cachaça 51.\n\nRegards\nBruno",
    lines=[L("GUARANA", 4, CAN), L("BRAHMA", 4), L("CACHACA-51", 2, "1L")],
    notes='120 is a guest count. "2 x 1L cachaça 51" is 2 bottles of the 1L.',
    day=2,
)
M(
    "gaucho-grill",
    "Subject: usual + extra\n\nThe usual for Thursday please, plus 2 coalho barras.\n\nBruno",
    lines=[L("COALHO-BARRA", 2)],
    review="reference",
    ref={"kind": "usual"},
    day=3,
)
M(
    "gaucho-grill",
    "Subject: picanha supply\n\nI would like to know if you can supply picanha on a regular basis, "
    "around 40kg a week, and at what price per kg.\n\nBruno Lima",
    intent="QUESTION",
    tags=["non_order_request", "not_in_catalog"],
    day=4,
)
M(
    "gaucho-grill",
    "Subject: kegs?\n\nCan I get a price for 2 Sagres kegs a week from April? Not ordering yet, just "
    "comparing.",
    intent="QUESTION",
    tags=["non_order_request"],
    day=5,
)
M(
    "gaucho-grill",
    "Subject: coalho\n\ncoalho x 20 for Saturday please",
    lines=[F(COALHO, 20)],
    notes="ambiguous: coalho on skewers (pack of 7) or the 1kg bar.",
    tags=["family"],
    day=6,
)
M(
    "gaucho-grill",
    "hi its bruno again voice note can you add four boxes of toscana two cases of farofa and a case "
    "of sal grosso for thursday thanks",
    ch="WHATSAPP",
    lines=[L("LINGUICA-TOSCANA", 4), L("FAROFA-YOKI", 2), L("SAL-GROSSO", 1)],
    notes='Voice note without commas; "a case" starts an item.',
    tags=["spoken", "voice"],
    day=1,
)

# ---------------------------------------------------------------- tasca-ze (Portuguese tasca, Portuguese)
M(
    "tasca-ze",
    "Zé da tasca. Pra sexta: 1 caixa de bacalhau, 4 kg chouriço, 2 kg morcela e 6 kg polvo",
    lines=[V("BAC-GRAUDO", 1), L("CHOURICO", 4), L("MORCELA", 2), L("POLVO", 6)],
    notes='"caixa de bacalhau": only the graúdo comes by the box, 10kg or 25kg not said; bare "chouriço" is the '
    "traditional (picante carries its word).",
    tags=["unit_word"],
    day=0,
)
M(
    "tasca-ze",
    "manda 3 caixas de vinho da casa e 2 de super bock",
    lines=[F(HOUSE_WINE, 3), V("SUPERBOCK", 2)],
    notes="ambiguous: vinho da casa tinto, branco or the tinto bag-in-box; Super Bock by the case is mini or 330ml "
    "(the keg is not a case).",
    tags=["family"],
    day=1,
)
M(
    "tasca-ze",
    "Também preciso de farinheira, 2 kg, se tiverem",
    lines=[N(2, "farinheira")],
    review="conditional",
    notes="Farinheira is not in catalog; conditional on stock.",
    tags=["conditional"],
    day=2,
)
M(
    "tasca-ze",
    "Repete a encomenda da semana passada, mas com 3 caixas de tinto em vez de 4",
    lines=[F(HOUSE_RED, 3)],
    review="reference",
    ref={"kind": "last", "set": [0]},
    notes='Reference with a new quantity; "tinto" is the house red, case or bag-in-box.',
    day=3,
)
M(
    "tasca-ze",
    "Cancela a encomenda de segunda por favor, vamos fechar para obras esta semana.",
    intent="CANCEL",
    day=4,
)
M(
    "tasca-ze",
    "Manda 4 caixas de Super Bock mini e 2 garrafas de Beirão",
    lines=[L("SUPERBOCK", 4, "24 x 250ml Mini"), L("LICOR-BEIRAO", 2)],
    day=5,
)
M(
    "tasca-ze",
    "Boa tarde, queria 3 caixas de tremoços para o fim de semana",
    lines=[N(3, "tremoços")],
    notes="Tremoços (lupin beans) are not in catalog.",
    tags=["non_order_request"],
    day=6,
)

# ---------------------------------------------------------------- acai-republic (açaí bar, English)
M(
    "acai-republic",
    "4 tubs of acai 10L, 6 packs açaí pulp, 3 maracujá and 2 paçoca tubs pls",
    lines=[L("ACAI-SORBET", 4, "10L Tub"), L("ACAI-PULP", 6), L("POLPA-MARACUJA", 3), L("PACOCA", 2)],
    notes='"tubs of acai 10L" is the sorbet (the pulp comes in packs); "3 maracujá" is the passion fruit pulp.',
    day=0,
)
M(
    "acai-republic",
    "need acai x5 asap",
    lines=[F(ACAI, 5)],
    notes="ambiguous: açaí sorbet (tubs) or unsweetened pulp (packs).",
    tags=["family"],
    day=1,
)
M(
    "acai-republic",
    "can i get 2 guaraná zero and a leite moça",
    lines=[L("GUARANA-ZERO", 2), L("LEITE-MOCA", 1)],
    notes='"can i get" opens an order; "a leite moça" is one case.',
    tags=["non_order_request"],
    day=2,
)
M(
    "acai-republic",
    "send 30 tubs acai 10L for tomorrow",
    lines=[L("ACAI-SORBET", 30, "10L Tub")],
    outlier=True,
    notes="Outlier: far above the usual 10L tubs, no reason given.",
    day=3,
)
M(
    "acai-republic",
    "sorry meant 3 not 30!! 3 tubs of the 10L for tomorrow",
    intent="CHANGE",
    change=[L("ACAI-SORBET", 3, "10L Tub")],
    notes="Corrects the order placed just before.",
    day=3,
)
M(
    "acai-republic",
    "i would like to know if the 10L acai is the same recipe as the 5L one, or is it less sweet?",
    intent="QUESTION",
    tags=["non_order_request"],
    day=4,
)
M("acai-republic", "do you do a sugar free acai sorbet? people keep asking", intent="QUESTION", day=5)
M(
    "acai-republic",
    "4 açaí pulps for the weekend pls",
    lines=[L("ACAI-PULP", None)],
    notes="quantities not stated as selling units: 4 sachets or 4 packs of 10 x 100g is a question.",
    tags=["pack"],
    day=6,
)

# ---------------------------------------------------------------- padaria-estrela (Portuguese bakery, English SMS)
M(
    "padaria-estrela",
    "Estrela bakery: 6 sacks flour, 4 boxes nata tarts unbaked, 20 broas. Tue pls",
    lines=[L("FARINHA-TRIGO", 6), L("NATA-FROZEN", 4), L("BROA-MILHO", 20)],
    notes='"sacks flour": only the T65 wheat flour comes by the sack.',
    tags=["unit_word"],
    day=0,
)
M(
    "padaria-estrela",
    "2 cases natas 1L + 2kg delta beans",
    lines=[L("NATAS-MIMOSA", 2, "6 x 1L"), L("DELTA-PLATINA", 2, "Beans 1kg")],
    notes='"natas 1L" in cases is the cooking cream (the 1L size); 2kg of beans is 2 bags.',
    day=1,
)
M(
    "padaria-estrela",
    "pls add 3 boxes natas to tmrw",
    lines=[F(NATAS, 3)],
    notes="ambiguous: nata tarts (unbaked or baked) or natas cream.",
    tags=["family"],
    day=2,
)
M("padaria-estrela", "wat time is the cut off for wed delivery?", intent="QUESTION", day=3)
M(
    "padaria-estrela",
    "flour x 8 this wk, we got a big wedding order",
    lines=[F(FARINHA, 8)],
    notes='ambiguous: bare "flour" could be wheat T65 or cassava flour.',
    tags=["family"],
    day=4,
)
M(
    "padaria-estrela",
    "8 bolacha maria + 1 case leite moça",
    lines=[L("BOLACHA-MARIA", None), L("LEITE-MOCA", 1)],
    notes="quantities not stated: 8 packets is no whole case of 24, and 8 cases against a usual of 1 is a guess.",
    tags=["count"],
    day=5,
)
M("padaria-estrela", "cancel tue order pls, oven broke, will reorder when fixed", intent="CANCEL", day=6)

# ---------------------------------------------------------------- boteco-carioca (Brazilian bar, English)
M(
    "boteco-carioca",
    "yo! 8 cs brahma 4 cs guarana cans six bottles of 51 70cl and 2 ypioca",
    lines=[L("BRAHMA", 8), L("GUARANA", 4, CAN), L("CACHACA-51", 6, "70cl"), L("YPIOCA", 2)],
    notes="List without commas; 70cl is the variant, not a quantity.",
    tags=["spoken"],
    day=0,
)
M(
    "boteco-carioca",
    "hi it's Rafa can you send three boxes of pastel two of bolinha de queijo and a calabresa",
    lines=[F(PASTEL, 3), L("BOLINHA-QUEIJO", 2), L("CALABRESA", 1)],
    notes="ambiguous: pastel de carne or de queijo. Voice note without commas.",
    tags=["spoken", "voice"],
    day=1,
)
M(
    "boteco-carioca",
    "need 2 hot sauce and 3 cachaça for sat",
    lines=[F(HOT_SAUCE, 2), F(CACHACA, 3)],
    notes="ambiguous: malagueta or piri-piri sauce; cachaça 51 or Ypióca.",
    tags=["family"],
    day=2,
)
M(
    "boteco-carioca",
    "we're out of heineken, can u send 5 cases?",
    lines=[N(5, "Heineken")],
    notes="Heineken is not in catalog.",
    day=3,
)
M(
    "boteco-carioca",
    "the 51 bottles came without the pourers lol, and 2 were broken in the box",
    intent="COMPLAINT",
    day=4,
)
M(
    "boteco-carioca",
    "usual for friday pls + 2 boxes coxinha mini",
    lines=[L("COXINHA", 2, MINI_CX)],
    review="reference",
    ref={"kind": "usual"},
    day=5,
)
M(
    "boteco-carioca",
    "two cases of guarana zero a case of brahma and three ypioca",
    lines=[L("GUARANA-ZERO", 2), L("BRAHMA", 1), L("YPIOCA", 3)],
    notes='Spoken list: number words and "a" start items.',
    tags=["spoken"],
    day=6,
)
M(
    "boteco-carioca",
    "i'd like to book a table for 8 on saturday at 9pm, name Rafael",
    intent="OTHER",
    notes="A table booking sent to the distributor by mistake.",
    tags=["non_order_request"],
    day=2,
)
M(
    "boteco-carioca",
    "2 brahma cans and 3 guarana",
    lines=[L("BRAHMA", 2), V("GUARANA", 3)],
    notes='"2 brahma cans" is 2 cases (small N); guaraná cans or 2L not said.',
    tags=["container"],
    day=4,
)

# ---------------------------------------------------------------- mercadinho (Brazilian grocery, Portuguese)
M(
    "mercadinho",
    "Oi! Pedido do Mercadinho: 3 fardos feijão preto, 3 carioca, 10 arroz tio joão 5kg, 10 farinha de "
    "mandioca crua, 6 guaraná lata e 4 guaraná 2 litros. Valeu!",
    lines=[
        L("FEIJAO-PRETO", 3),
        L("FEIJAO-CARIOCA", 3),
        L("ARROZ-TIOJOAO", 10),
        L("FARINHA-CRUA", 10),
        L("GUARANA", 6, CAN),
        L("GUARANA", 4, G2L),
    ],
    notes='"fardos" are cases; 5kg is in the rice name.',
    tags=["number_in_name"],
    day=0,
)
M(
    "mercadinho",
    "manda 20 kg de feijão preto e 24 caixinhas de creme de leite",
    lines=[L("FEIJAO-PRETO", 2), L("CREME-LEITE", 1)],
    notes="20 kg is 2 cases of 10 x 1kg; 24 caixinhas is 1 case of 24.",
    tags=["count"],
    day=1,
)
M(
    "mercadinho",
    "Preciso de feijão, 4 fardos, e 2 de café",
    lines=[F(FEIJAO, 4), F(COFFEE, 2)],
    notes="ambiguous: feijão preto, carioca or fradinho; café Delta or Pilão.",
    tags=["family"],
    day=2,
)
M(
    "mercadinho",
    "tem polpa de cupuaçu? se tiver manda 10 pacotes",
    lines=[N(10, "polpa de cupuaçu")],
    review="conditional",
    notes="Cupuaçu pulp is not in catalog; conditional order.",
    tags=["conditional"],
    day=3,
)
M(
    "mercadinho",
    "Quanto tá a caixa de Leite Moça agora? Se baixar eu pego 10",
    intent="QUESTION",
    notes="A price question; the 10 is hypothetical.",
    day=4,
)
M(
    "mercadinho",
    "o guaraná 2 litros veio com 2 garrafas furadas no fardo, molhou tudo",
    intent="COMPLAINT",
    day=5,
)
M(
    "mercadinho",
    "Manda 12 pacotes de mistura Yoki de pão de queijo e 10 farinha crua",
    lines=[L("PDQ-MIX", 1), L("FARINHA-CRUA", 10)],
    notes="12 packets of 500g is 1 case of 12.",
    tags=["count"],
    day=6,
)
M(
    "mercadinho",
    "O de sempre, mas com 6 fardos de arroz em vez de 10",
    lines=[F(ARROZ, 6)],
    review="reference",
    ref={"kind": "usual", "set": [0]},
    notes="Reference with a new quantity of rice.",
    day=3,
)
M("mercadinho", "Posso pagar por transferência bancária em vez de dinheiro?", intent="QUESTION", day=1)
M(
    "mercadinho",
    "manda seis fardo de guaraná lata quatro de dois litros e um fardo de creme de leite",
    lines=[L("GUARANA", 6, CAN), L("GUARANA", 4, G2L), L("CREME-LEITE", 1)],
    notes="Spoken list without commas, number words.",
    tags=["spoken"],
    day=5,
)

# ---------------------------------------------------------------- fado-bar (Portuguese wine bar, English e-mail)
M(
    "fado-bar",
    "Subject: Order – Fado & Petiscos, w/c 6 March\n\nOlá,\n\nCould you send on Wednesday:\n\n1. Casal Garcia "
    "x 3 cases\n2. Gazela x 2 cases\n3. Mateus Rosé 75cl x 2 cases\n4. Porto Tawny x 4 bottles\n5. Queijo Serra da "
    "Estrela x 2\n\nObrigada,\nInês Carvalho\nFado & Petiscos, 27 Lamb's Conduit Street, London WC1\n07700 900127",
    lines=[
        L("CASAL-GARCIA", 3),
        L("GAZELA", 2),
        L("MATEUS", 2, "6 x 75cl"),
        L("PORTO-TAWNY", 4),
        L("QUEIJO-SERRA", 2),
    ],
    notes="List numbering, street number and phone are not quantities.",
    tags=["signature"],
    day=0,
)
M(
    "fado-bar",
    "Subject: wine\n\nHi, 3 cases vinho verde and 2 bottles of port for Friday please. Inês",
    lines=[F(VERDE, 3), F(PORT, 2)],
    notes="ambiguous: Casal Garcia or Gazela; ruby, tawny or 10-year tawny.",
    tags=["family"],
    day=1,
)
M(
    "fado-bar",
    "Subject: Re: wine\n\nSorry, forgot: 12 bottles of ginjinha and 6 of tawny please.",
    lines=[L("GINJINHA", 12), L("PORTO-TAWNY", 6)],
    notes='Both are sold by the bottle; bare "tawny" is the plain tawny (the 10-year carries its age).',
    day=1,
)
M(
    "fado-bar",
    "Subject: Super Bock Stout\n\nDo you stock Super Bock Stout? If yes, 2 cases with the next delivery.",
    lines=[N(2, "Super Bock Stout")],
    review="conditional",
    notes="Super Bock Stout is not in catalog (only Original); conditional.",
    tags=["conditional"],
    day=2,
)
M(
    "fado-bar",
    "Subject: wine list\n\nI'd like to get your full Portuguese wine list with prices, we're updating our "
    "menu for spring.\n\nThanks, Inês",
    intent="QUESTION",
    tags=["non_order_request"],
    day=3,
)
M(
    "fado-bar",
    "Subject: same again\n\nSame as last Thursday please but double the presunto. Inês",
    review="reference",
    ref={"kind": "last", "double": ["PRESUNTO-PECA"]},
    notes='Reference; "double the presunto" gives no line without history.',
    day=4,
)
M(
    "fado-bar",
    "Subject: Mateus\n\n2 cases of Mateus please, with Wednesday's.",
    lines=[V("MATEUS", 2)],
    notes="Mateus 75cl or half bottles not said.",
    day=2,
)
M(
    "fado-bar",
    "Subject: Friday\n\nPlease cancel Friday's delivery, we have a burst pipe and are closed. Will be in "
    "touch.\nInês",
    intent="CANCEL",
    day=5,
)
M(
    "fado-bar",
    "Subject: Queijo da Serra\n\nThe two Serra da Estrela cheeses we received last week were dry and "
    "overripe, not what we usually get. Could you check the batch?",
    intent="COMPLAINT",
    day=6,
)

# ---------------------------------------------------------------- coxinha-co (street-food stall, English SMS)
M(
    "coxinha-co",
    "4 box large coxinha 2 catupiry coxinha 2 pastel carne 2 oil",
    lines=[L("COXINHA", 4, LARGE_CX), L("COXINHA-CATUPIRY", 2), L("PASTEL-CARNE", 2), F(OIL, 2)],
    notes='List without commas; ambiguous: bare "oil" is soya oil, olive oil or dendê.',
    tags=["spoken", "family"],
    day=0,
)
M(
    "coxinha-co",
    "coxinhas x6 for sat market pls",
    lines=[V("COXINHA", 6)],
    notes="Coxinha de frango, mini or large not said (catupiry carries its word).",
    day=1,
)
M(
    "coxinha-co",
    "60 guarana cans",
    lines=[L("GUARANA", None, CAN)],
    notes="quantities not stated as whole units: 60 cans is 2.5 cases of 24.",
    tags=["count", "container"],
    day=2,
)
M(
    "coxinha-co",
    "72 guarana cans for the festival sunday",
    lines=[L("GUARANA", 3, CAN)],
    notes="72 cans is 3 cases of 24.",
    tags=["count", "container"],
    day=3,
)
M("coxinha-co", "wont be at the market next sat (rain), no delivery needed that week", intent="OTHER", day=4)
M(
    "coxinha-co",
    "can i pay by card next time instead of bank transfer?",
    intent="QUESTION",
    tags=["non_order_request"],
    day=5,
)
M(
    "coxinha-co",
    "12 bottles of soya oil pls",
    lines=[L("OLEO-SOJA", None)],
    notes="quantities not stated as whole units: 12 bottles is no whole case of 20.",
    tags=["count"],
    day=6,
)

# ---------------------------------------------------------------- luso-deli (Portuguese deli, English e-mail)
M(
    "luso-deli",
    "Subject: PO 22871\n\nHello,\n\nPlease send the following for Tuesday:\n\n2 cases Sardinhas em Azeite\n"
    "1 case Sardinhas em Tomate\n3 cases Arroz Agulha\n12 bottles Gallo 750ml\n8 packs alheira\n\nKind regards,\n"
    "Sofia Marques\nLuso Deli Ltd, 4 Stockwell Parade, London SW9\nTel 020 7946 0733",
    lines=[
        L("SARD-AZEITE", 2),
        L("SARD-TOMATE", 1),
        L("ARROZ-AGULHA", 3),
        L("AZEITE-GALLO", 12, "750ml"),
        L("ALHEIRA", 8),
    ],
    notes="PO number, street number and phone are not quantities.",
    tags=["signature"],
    day=0,
)
M(
    "luso-deli",
    "Subject: Sardines\n\nAlso 3 cases of sardines please, the spicy ones this time.",
    lines=[L("SARD-PICANTE", 3)],
    day=1,
)
M(
    "luso-deli",
    "Subject: extra\n\nCould you add 48 tins of sardines in tomato to the order?",
    lines=[L("SARD-TOMATE", 2)],
    notes="48 tins is 2 cases of 24.",
    tags=["count", "container"],
    day=2,
)
M(
    "luso-deli",
    "Subject: olive oil\n\n2 x 5L azeite please",
    lines=[F(AZEITE, 2, "5L")],
    notes="ambiguous: Gallo 5L or Oliveira da Serra 5L.",
    tags=["family"],
    day=3,
)
M(
    "luso-deli",
    "Subject: chouriço\n\nHi, 5kg chouriço and 2 kg of the spicy one, thanks\nSofia",
    lines=[L("CHOURICO", 5), L("CHOURICO-PICANTE", 2)],
    notes='Bare chouriço is the traditional; "the spicy one" the picante.',
    day=4,
)
M(
    "luso-deli",
    "Subject: Invoice INV-50211\n\nWe were charged for 3 bottles of Licor Beirão but only 2 arrived. "
    "Please correct the invoice.",
    intent="COMPLAINT",
    day=5,
)
M(
    "luso-deli",
    "Subject: New email address\n\nFrom next week please send all invoices to accounts@lusodeli.example "
    "instead of this address.",
    intent="OTHER",
    day=6,
)
M(
    "luso-deli",
    "Subject: Port\n\n6 bottles of ruby and 6 of the 10 year tawny please.",
    lines=[L("PORTO-RUBY", 6), L("PORTO-10", 6)],
    notes='"10 year" is part of the name.',
    tags=["number_in_name"],
    day=1,
)
M(
    "luso-deli",
    "Subject: biscuits\n\nPlease send 3 cases Bolacha Maria and 2 cases Compal - peach.",
    lines=[L("BOLACHA-MARIA", 3), L("COMPAL-PESSEGO", 2)],
    day=3,
)
M(
    "luso-deli",
    "Subject: Sumol\n\nHalf a case of Sumol pineapple please, we're trying it in the shop.",
    lines=[L("SUMOL-ANANAS", 0.5)],
    review="fraction",
    notes="Half a case is 0.5: a fraction of an indivisible case is never shipped as written.",
    tags=["fraction"],
    day=5,
)

# ---------------------------------------------------------------- brigadeiro-atelier (brigadeiro maker, English)
M(
    "brigadeiro-atelier",
    "hiii 4 cases leite moça, 6 choc em pó, 5 granulado chocolate, 4 packs forminhas nº4 brown 🍫",
    lines=[L("LEITE-MOCA", 4), L("CHOC-PO", 6), L("GRANULADO", 5, "Chocolate"), L("FORMINHAS-4", 4, "Brown")],
    notes="nº4 is the size in the product name.",
    tags=["emoji", "number_in_name"],
    day=0,
)
M(
    "brigadeiro-atelier",
    "also need forminhas gold x2 and white x3 pls",
    lines=[L("FORMINHAS-4", 2, "Gold"), F(FORMINHAS, 3, "White")],
    notes="Gold exists only in nº4; ambiguous: white exists in nº4 and nº5.",
    tags=["family"],
    day=0,
)
M(
    "brigadeiro-atelier",
    "2 granulado for thursday",
    lines=[V("GRANULADO", 2)],
    notes="Chocolate or colorido not said.",
    day=1,
)
M(
    "brigadeiro-atelier",
    "silver forminhas nº5 x 2 for a wedding",
    lines=[V("FORMINHAS-5", 2, nofill=True)],
    notes="ambiguous: nº5 comes in brown and white only; silver does not exist, so no variant.",
    tags=["number_in_name"],
    day=2,
)
M(
    "brigadeiro-atelier",
    "i'd like 2 kg coco ralado and a box of creme de leite",
    lines=[L("COCO-RALADO", 2), L("CREME-LEITE", 1)],
    notes='2 kg is 2 bags of 1kg; "a box" of creme de leite is the case of 24.',
    tags=["non_order_request"],
    day=3,
)
M("brigadeiro-atelier", "can u do forminhas nº4 in pink? or only those 3 colours", intent="QUESTION", day=4)
M(
    "brigadeiro-atelier",
    "big wedding order this week: 10 cases leite moça, 12 choc em pó",
    lines=[L("LEITE-MOCA", 10), L("CHOC-PO", 12)],
    notes="Larger than usual with a reason (a wedding).",
    day=5,
)
M(
    "brigadeiro-atelier",
    "the gold forminhas came in silver 😩 need them swapped before sat",
    intent="COMPLAINT",
    tags=["emoji"],
    day=6,
)

# ---------------------------------------------------------------- madeira-kitchen (Madeiran restaurant, English)
M(
    "madeira-kitchen",
    "Madeira Kitchen order for thu: 10 packs bolo do caco, 2 super bock kegs, 8kg polvo, 6 lombos",
    lines=[L("BOLO-CACO", 10), L("SUPERBOCK-KEG", 2), L("POLVO", 8), L("BAC-LOMBOS", 6)],
    notes='"lombos" are the desalted cod loins.',
    day=0,
)
M(
    "madeira-kitchen",
    "2 kegs + 3 bag in box red",
    lines=[F(KEGS, 2), L("CASA-TINTO-BIB", 3)],
    notes="ambiguous: Super Bock or Sagres keg.",
    tags=["family"],
    day=1,
)
M(
    "madeira-kitchen",
    "need 1 bacalhau for the sunday special, the big box",
    lines=[L("BAC-GRAUDO", 1, "25kg Box")],
    notes='Only the graúdo comes by the box; "the big box" is the 25kg.',
    tags=["unit_word"],
    day=2,
)
M(
    "madeira-kitchen",
    "usual for thursday but no port this time and 4 kegs",
    lines=[F(KEGS, 4)],
    review="reference",
    ref={"kind": "usual", "remove": ["PORTO-10"], "set": [0]},
    notes="Reference: port removed, kegs set to 4 (Super Bock or Sagres not said).",
    day=3,
)
M(
    "madeira-kitchen",
    "Please use the back entrance on Cable Street from now on, the front is being renovated",
    intent="OTHER",
    day=4,
)
M(
    "madeira-kitchen",
    "3 cases super bock please",
    lines=[V("SUPERBOCK", 3)],
    notes="Mini or 330ml not said (the keg is not a case).",
    day=5,
)
M(
    "madeira-kitchen",
    "do you have espada (black scabbard fish)? for espetada night",
    intent="QUESTION",
    tags=["not_in_catalog"],
    day=6,
)

# ---------------------------------------------------------------- campus-cafe (university café, English e-mail)
M(
    "campus-cafe",
    "Subject: Weekly order – Campus Café\n\nHi,\n\nFor Monday 13th please:\n6 x pão de queijo mini 2kg\n"
    "3 x mini coxinhas\n6 cases Guaraná cans\n4 cases Guaraná Zero\n8 cases Luso 330ml\n4 boxes baked pastéis de nata\n\n"
    "Many thanks,\nTom Reeve\nCatering Manager, Northgate University\nTel 020 7946 0562 (ext 214)",
    lines=[
        L("PDQ-FROZEN", 6, "Mini 15g"),
        L("COXINHA", 3, MINI_CX),
        L("GUARANA", 6, CAN),
        L("GUARANA-ZERO", 4),
        L("AGUA-LUSO", 8, "24 x 330ml"),
        L("NATA-BAKED", 4),
    ],
    notes="2kg and 330ml are sizes; the date and extension are not quantities.",
    tags=["signature", "number_in_name"],
    day=0,
)
M(
    "campus-cafe",
    "Subject: Freshers fair\n\nHi, extra for the fair on Wednesday (approx 900 students): 10 bags pão de "
    "queijo and 10 cases guaraná.\n\nTom",
    lines=[V("PDQ-FROZEN", 10), V("GUARANA", 10)],
    notes="Sizes not said (pão de queijo mini/traditional/lanche; guaraná cans or 2L). 900 is a head count.",
    day=1,
)
M(
    "campus-cafe",
    "Subject: water\n\nCould you also send 24 bottles of water, still.",
    lines=[V("AGUA-LUSO", None)],
    notes="Still water is Luso; quantities not stated: 24 bottles is 1 case of 330ml or 2 packs of 1.5L, size not "
    "said.",
    tags=["count"],
    day=2,
)
M(
    "campus-cafe",
    "Subject: invoice query\n\nCan I get a copy of invoice INV-49920? Finance can't find it.",
    intent="QUESTION",
    tags=["non_order_request"],
    day=3,
)
M(
    "campus-cafe",
    "Subject: Monday delivery\n\nThe university is closed on Monday 13th (strike day), please cancel "
    "that delivery.\n\nTom",
    intent="CANCEL",
    day=4,
)
M(
    "campus-cafe",
    "Subject: Order\n\nHi, please send 3 cases of Sumol orange and 2 boxes of bolinha de queijo with "
    "Monday's order. Tom",
    lines=[L("SUMOL-LARANJA", 3), L("BOLINHA-QUEIJO", 2)],
    day=1,
)
M(
    "campus-cafe",
    "Subject: Automatic reply: Weekly order\n\nI am out of the office until 13 March with limited access "
    "to email. For urgent catering matters please call 020 7946 0563.",
    intent="OTHER",
    day=5,
)
M(
    "campus-cafe",
    "Subject: Allergens\n\nCould you send the allergen info for the mini coxinhas and the pão de queijo? "
    "We need it for the new menu boards.",
    intent="QUESTION",
    tags=["non_order_request"],
    day=6,
)

# ---------------------------------------------------------------- rincon-latino (Latin American café, Spanish)
M(
    "rincon-latino",
    "Hola! Para el jueves: 5 bolsas de pan de queso tradicional, 6 de tapioca, 6 paquetes de pulpa "
    "de maracuyá y 4 de guayaba. Gracias!",
    lines=[
        L("PDQ-FROZEN", 5, "Traditional 30g"),
        L("TAPIOCA-GOMA", 6),
        L("POLPA-MARACUJA", 6),
        L("POLPA-GOIABA", 4),
    ],
    notes='"pan de queso" is pão de queijo; "tapioca" the goma.',
    day=0,
)
M(
    "rincon-latino",
    "Me mandas 3 cajas de guaraná y 4 quesos minas?",
    lines=[V("GUARANA", 3), L("QUEIJO-MINAS", 4)],
    notes="An order phrased as a question; guaraná cans or 2L not said.",
    day=1,
)
M(
    "rincon-latino",
    "quiero 2 dulce de leche",
    lines=[F(DOCE_LEITE, 2)],
    notes="ambiguous: Viçosa jars (case of 12) or the 4.8kg bucket.",
    tags=["family"],
    day=2,
)
M(
    "rincon-latino",
    "Lo de siempre para el martes, pero sin la tapioca",
    review="reference",
    ref={"kind": "usual", "remove": ["TAPIOCA-GOMA"]},
    notes="Reference with a removal; no line without history.",
    day=3,
)
M(
    "rincon-latino",
    "¿Tienen pulpa de lulo o de mora? Nos la piden mucho",
    intent="QUESTION",
    tags=["not_in_catalog"],
    day=4,
)
M(
    "rincon-latino",
    "Necesito 30 paquetes de pulpa: 10 maracuyá, 10 guayaba, 10 mango",
    lines=[L("POLPA-MARACUJA", 10), L("POLPA-GOIABA", 10), N(10, "mango pulp")],
    notes="30 is the total; mango pulp is not in catalog.",
    day=5,
)
M(
    "rincon-latino",
    "Quiero 2 cajas de Sumol para probar",
    lines=[F(SUMOL, 2)],
    notes="ambiguous: Sumol laranja or ananás.",
    tags=["family"],
    day=6,
)
M(
    "rincon-latino",
    "La pulpa de maracuyá llegó descongelada, 2 paquetes. ¿Qué hacemos?",
    intent="COMPLAINT",
    day=2,
)

# ---------------------------------------------------------------- bar-mineiro (Brazilian restaurant, Portuguese)
M(
    "bar-mineiro",
    "Boa tarde! Pro sábado: 3 fardos de feijão carioca, 4 arroz Tio João, 3 calabresa, 6 kg de bacon e "
    "8 queijos minas. Abraço, Toninho",
    lines=[
        L("FEIJAO-CARIOCA", 3),
        L("ARROZ-TIOJOAO", 4),
        L("CALABRESA", 3),
        L("BACON-MANTA", 6),
        L("QUEIJO-MINAS", 8),
    ],
    notes="Bacon is sold by the kg (slab).",
    day=0,
)
M(
    "bar-mineiro",
    "manda 4 cachaça 51 de litro e 3 guaraná 2 litros",
    lines=[L("CACHACA-51", 4, "1L"), L("GUARANA", 3, G2L)],
    day=1,
)
M(
    "bar-mineiro",
    "3 pão de queijo grande pra sexta",
    lines=[L("PDQ-FROZEN", 3, "Lanche 70g")],
    notes='"grande" is the big lanche size.',
    day=2,
)
M(
    "bar-mineiro",
    "Manda 4 linguiça e 2 polvilho",
    lines=[F(LINGUICA, 4), F(POLVILHO, 2)],
    notes="ambiguous: calabresa or toscana; polvilho doce or azedo.",
    tags=["family"],
    day=3,
)
M(
    "bar-mineiro",
    "queria saber se vocês entregam no domingo",
    intent="QUESTION",
    tags=["non_order_request"],
    day=4,
)
M(
    "bar-mineiro",
    "A encomenda de sábado: muda os 8 queijos minas para 12 por favor",
    intent="CHANGE",
    change=[L("QUEIJO-MINAS", 12)],
    day=1,
)
M(
    "bar-mineiro",
    "Manda 2 cachaça e 1 polvilho doce",
    lines=[F(CACHACA, 2), L("POLVILHO-DOCE", 1)],
    notes="ambiguous: cachaça 51 or Ypióca.",
    tags=["family"],
    day=5,
)
M("bar-mineiro", "Valeu pela entrega, tudo certinho 👍", intent="OTHER", tags=["emoji"], day=6)

# ---------------------------------------------------------------- hotel-atlantico (hotel kitchen, English e-mail)
M(
    "hotel-atlantico",
    "Subject: Kitchen order – Friday 10 March\n\nGood morning,\n\nPlease deliver Friday 10/03 between "
    "7 and 9am:\n\n- Lombos de bacalhau x 10\n- Bacalhau desfiado x 4\n- Arroz carolino x 2 cases\n- Azeite Gallo 5L x 3\n"
    "- Natas 1L x 3 cases\n\nRegards,\nChef Ricardo Nunes\nAtlântico Hotel, 61 Harbour Road\n+44 7700 900661",
    lines=[
        L("BAC-LOMBOS", 10),
        L("BAC-DESFIADO", 4),
        L("ARROZ-CAROLINO", 2),
        L("AZEITE-GALLO", 3, "5L"),
        L("NATAS-MIMOSA", 3, "6 x 1L"),
    ],
    notes='"Natas 1L" is the cream; times, dates, street number and phone are not quantities.',
    tags=["signature", "number_in_name"],
    day=0,
)
M(
    "hotel-atlantico",
    "Subject: breakfast\n\nHi, for the breakfast buffet: 6 boxes pastéis de nata, 6 kg Delta beans, "
    "and water - 10 cases.",
    lines=[F(NATA_TARTS, 6), L("DELTA-PLATINA", 6, "Beans 1kg"), F(WATER, 10)],
    notes="ambiguous: nata tarts unbaked or baked; water Luso or Pedras.",
    tags=["family"],
    day=1,
)
M(
    "hotel-atlantico",
    "Subject: Mateus\n\n24 half bottles of Mateus for the terrace please",
    lines=[L("MATEUS", 2, "12 x 37.5cl")],
    notes="24 half bottles is 2 cases of 12 x 37.5cl.",
    tags=["count"],
    day=2,
)
M(
    "hotel-atlantico",
    "Subject: Re: Kitchen order – Friday 10 March\n\nChef here, please also add 4 bags of cod steaks "
    "(postas).\n\n> Please deliver Friday 10/03 between 7 and 9am:\n> - Lombos de bacalhau x 10",
    lines=[L("BAC-POSTAS", 4)],
    notes="Only the line above the quote is new.",
    tags=["quoted"],
    day=1,
)
M(
    "hotel-atlantico",
    "Subject: Delivery 3 March\n\nThe lombos delivered on Friday were partly thawed on arrival. 4 of "
    "the 10 bags had to be thrown away. Please advise.",
    intent="COMPLAINT",
    day=3,
)
M(
    "hotel-atlantico",
    "Subject: Easter menu\n\nCould you send me a quote for 25kg bacalhau graúdo and 10 kg of octopus "
    "for Easter week? Not ordering yet.",
    intent="QUESTION",
    tags=["non_order_request"],
    day=2,
)
M(
    "hotel-atlantico",
    "Subject: Easter order\n\nFurther to your quote, please go ahead: one 25kg box of bacalhau graúdo "
    "and 10kg octopus, delivery Thursday 13th.",
    lines=[L("BAC-GRAUDO", 1, "25kg Box"), L("POLVO", 10)],
    notes="The quote request came first.",
    day=5,
)
M(
    "hotel-atlantico",
    "Subject: Water order\n\n10 cases Luso 1.5 and 4 cases Pedras please, Friday.",
    lines=[L("AGUA-LUSO", 10, "12 x 1.5L"), L("AGUA-PEDRAS", 4)],
    day=4,
)
M(
    "hotel-atlantico",
    "Subject: Compal\n\n2 x 24 Compal mango please, for the minibars.",
    lines=[L("COMPAL-MANGA", 2)],
    notes='"2 x 24" is 2 cases of 24.',
    tags=["pack"],
    day=6,
)

# ---------------------------------------------------------------- feijoada-house (Brazilian restaurant, English SMS)
M(
    "feijoada-house",
    "Feijoada Hse: 4 cs black beans, 8 kit feijoada, 4 carne seca, 5kg bacon, 6 farinha torrada",
    lines=[
        L("FEIJAO-PRETO", 4),
        L("KIT-FEIJOADA", 8),
        L("CARNE-SECA", 4),
        L("BACON-MANTA", 5),
        L("FARINHA-TORRADA", 6),
    ],
    day=0,
)
M(
    "feijoada-house",
    "need 2 feijoada for sat",
    lines=[F(FEIJOADA, 2)],
    notes="ambiguous: tinned feijoada (case) or the salted-pork kit.",
    tags=["family"],
    day=1,
)
M("feijoada-house", "usual pls", review="reference", ref={"kind": "usual"}, day=2)
M(
    "feijoada-house",
    "Usual but double the beans, we have 200 covers for the brazil game night",
    review="reference",
    ref={"kind": "usual", "double": ["FEIJAO-PRETO"]},
    notes='200 is a cover count; "double" gives no line without history.',
    day=5,
)
M(
    "feijoada-house",
    "send 40 kit feijoada",
    lines=[L("KIT-FEIJOADA", 40)],
    outlier=True,
    notes="Outlier: five times the usual, no reason given.",
    day=3,
)
M(
    "feijoada-house",
    "4 cs feijao preto and 6 farinha torrada, + 2 sal grosso",
    lines=[L("FEIJAO-PRETO", 4), L("FARINHA-TORRADA", 6), L("SAL-GROSSO", 2)],
    day=4,
)
M(
    "feijoada-house",
    "do u have couve? kale for the feijoada, shredded if poss",
    intent="QUESTION",
    tags=["not_in_catalog"],
    day=6,
)

# ---------------------------------------------------------------- pastelaria-belem (Portuguese pastry café, Portuguese e-mail)
M(
    "pastelaria-belem",
    "Assunto: Encomenda semana 10\n\nBom dia,\n\nPara segunda-feira, por favor:\n- 6 caixas de "
    "pastéis de nata congelados para cozer\n- 5 kg de café Delta em grão\n- 2 caixas de natas de 200ml\n- 10 broas de "
    "milho\n\nCumprimentos,\nHelena Sousa\nPastelaria Belém do Norte\n93 Golborne Road, London W10\nTel. 020 7946 0219",
    lines=[
        L("NATA-FROZEN", 6),
        L("DELTA-PLATINA", 5, "Beans 1kg"),
        L("NATAS-MIMOSA", 2, "12 x 200ml"),
        L("BROA-MILHO", 10),
    ],
    notes='"natas de 200ml" is the cream; week 10, street number and phone are not quantities.',
    tags=["signature"],
    day=0,
)
M(
    "pastelaria-belem",
    "Assunto: bebidas\n\nPodem juntar 2 caixas de Sumol e 2 de Compal à encomenda de segunda?",
    lines=[F(SUMOL, 2), F(COMPAL, 2)],
    notes="ambiguous: Sumol laranja or ananás; Compal pêssego or manga. An addition to a placed order.",
    tags=["family", "non_order_request"],
    day=1,
)
M(
    "pastelaria-belem",
    "Assunto: natas\n\nPreciso de mais 3 caixas de natas para quarta.",
    lines=[F(NATAS, 3)],
    notes="ambiguous: natas (cream) or pastéis de nata.",
    tags=["family"],
    day=2,
)
M(
    "pastelaria-belem",
    "Assunto: Pastéis de nata partidos\n\nNa última entrega uma caixa de pastéis de nata chegou com "
    "metade partidos. Pedimos crédito, por favor.",
    intent="COMPLAINT",
    day=3,
)
M(
    "pastelaria-belem",
    "Assunto: Férias\n\nInformamos que estaremos fechados de 20 a 27 de março. Não enviem nada "
    "nessa semana.\n\nHelena",
    intent="OTHER",
    day=4,
)
M(
    "pastelaria-belem",
    "Assunto: Ginjinha\n\nBoa tarde, enviem 6 garrafas de ginjinha e 2 caixas de bolacha Maria com "
    "a próxima entrega.",
    lines=[L("GINJINHA", 6), L("BOLACHA-MARIA", 2)],
    day=5,
)

# ---------------------------------------------------------------- saudade-events (events caterer, English e-mail)
M(
    "saudade-events",
    "Subject: Wedding 18 March – 150 guests\n\nHi, please deliver on Friday 17th: 5 boxes salgadinhos "
    "sortidos, 4 boxes mini coxinhas, 3 boxes pastéis de bacalhau, 6 cases Casal Garcia, 4 cases Mateus 75cl, 6 cases "
    "Super Bock minis, 6 cases Luso small.\n\nThanks, Joana",
    lines=[
        L("SALG-SORTIDO", 5),
        L("COXINHA", 4, MINI_CX),
        L("PASTEIS-BACALHAU", 3),
        L("CASAL-GARCIA", 6),
        L("MATEUS", 4, "6 x 75cl"),
        L("SUPERBOCK", 6, "24 x 250ml Mini"),
        L("AGUA-LUSO", 6, "24 x 330ml"),
    ],
    notes='"Luso small" is the 330ml; 150 guests and the dates are not quantities.',
    day=0,
)
M(
    "saudade-events",
    "Subject: christening Sunday\n\nHi, can we have our usual event order for the christening on "
    "Sunday? About 60 people.\n\nJoana",
    review="reference",
    ref={"kind": "usual"},
    notes="The caterer has no usual basket: a human must ask.",
    tags=["ambiguous_reference"],
    day=1,
)
M(
    "saudade-events",
    "Subject: Saturday\n\nSame as our last order please, for Saturday morning.",
    review="reference",
    ref={"kind": "last"},
    day=2,
)
M(
    "saudade-events",
    "Subject: brigadeiros\n\nDo you sell ready-made brigadeiros, or only the ingredients? We'd need "
    "about 300 for a birthday.",
    intent="QUESTION",
    day=3,
)
M(
    "saudade-events",
    "Subject: Guaraná\n\nHi, 120 cans of guaraná please, for the party on Saturday.",
    lines=[L("GUARANA", 5, CAN)],
    notes="120 cans is 5 cases of 24.",
    tags=["count", "container"],
    day=4,
)
M(
    "saudade-events",
    "Subject: Wedding 18 March – change\n\nFor Friday's wedding delivery, please make the Mateus 6 "
    "cases instead of 4 and drop the Luso.",
    intent="CHANGE",
    change=[L("MATEUS", 6, "6 x 75cl"), L("AGUA-LUSO", 0, "24 x 330ml")],
    day=5,
)

# ---------------------------------------------------------------- bahia-kitchen (Bahian restaurant, English)
M(
    "bahia-kitchen",
    "Bahia Kitchen: 3 cs dendê, 4 cs leite de coco, 2 cs feijão fradinho, 4 camarão seco, 6 farinha "
    "de mandioca crua",
    lines=[
        L("AZEITE-DENDE", 3),
        L("LEITE-COCO", 4),
        L("FEIJAO-FRADINHO", 2),
        L("CAMARAO-SECO", 4),
        L("FARINHA-CRUA", 6),
    ],
    day=0,
)
M(
    "bahia-kitchen",
    "need farinha x6 and dende x2",
    lines=[F(FARINHA, 6), L("AZEITE-DENDE", 2)],
    notes="ambiguous: farinha de mandioca crua, torrada or wheat.",
    tags=["family"],
    day=1,
)
M(
    "bahia-kitchen",
    "acarajé night friday!! 6 cs fradinho, 4 dendê, 8 camarão seco",
    lines=[L("FEIJAO-FRADINHO", 6), L("AZEITE-DENDE", 4), L("CAMARAO-SECO", 8)],
    notes="Larger than usual, with a reason.",
    day=2,
)
M(
    "bahia-kitchen",
    "can you send some tempero baiano too? 3 tubs",
    lines=[N(3, "tempero baiano")],
    notes="Tempero baiano is not in catalog.",
    tags=["non_order_request"],
    day=3,
)
M(
    "bahia-kitchen",
    "the leite de coco from last week expires in 2 weeks, thats way too short for us, can u swap it",
    intent="COMPLAINT",
    day=4,
)
M(
    "bahia-kitchen",
    "same as last friday + 2 cases brahma",
    lines=[L("BRAHMA", 2)],
    review="reference",
    ref={"kind": "last"},
    day=5,
)
M(
    "bahia-kitchen",
    "6 cs brahma and 2 guaraná pls",
    lines=[L("BRAHMA", 6), V("GUARANA", 2)],
    notes="Guaraná cans or 2L not said.",
    day=6,
)

# ---------------------------------------------------------------- taberna-iberica (Spanish tapas bar, Spanish)
M(
    "taberna-iberica",
    "Buenas, para el lunes: 6 kg de bacalao especial, 10 kg de pulpo, 3 kg de chouriço picante y 4 "
    "paquetes de presunto loncheado. Gracias, Álvaro",
    lines=[L("BAC-ESPECIAL", 6), L("POLVO", 10), L("CHOURICO-PICANTE", 3), L("PRESUNTO-FATIADO", 4)],
    notes='"loncheado" is sliced.',
    day=0,
)
M(
    "taberna-iberica",
    "Mándame 2 cajas de Casal Garcia y 4 de Super Bock de tercio",
    lines=[L("CASAL-GARCIA", 2), L("SUPERBOCK", 4, "24 x 330ml Bottle")],
    notes='"tercio" is the 33cl bottle.',
    day=1,
)
M(
    "taberna-iberica",
    "Quisiera saber si tenéis Sagres sin alcohol",
    intent="QUESTION",
    tags=["non_order_request", "not_in_catalog"],
    day=2,
)
M(
    "taberna-iberica",
    "bacalao x6 para el jueves",
    lines=[F(BACALHAU, 6)],
    notes="ambiguous: graúdo box, especial by the kg, or the frozen desalted lines.",
    tags=["family"],
    day=3,
)
M(
    "taberna-iberica",
    "3 cajas de sardinas",
    lines=[F(SARDS_ALL, 3)],
    notes="ambiguous: sardines in oil, tomato, spicy, or the frozen box.",
    tags=["family"],
    day=4,
)
M(
    "taberna-iberica",
    "El pedido del lunes mejor pásalo al martes, el lunes cerramos.",
    intent="CHANGE",
    change=[],
    notes="A moved day.",
    day=5,
)
M(
    "taberna-iberica",
    "Hola, ¿me puedes mandar 12 botellas de Casal Garcia?",
    lines=[L("CASAL-GARCIA", 2)],
    notes="12 bottles is 2 cases of 6.",
    tags=["count"],
    day=6,
)
M(
    "taberna-iberica",
    "pulpo 15 kg y presunto 2",
    lines=[L("POLVO", 15), F(PRESUNTO, 2)],
    notes="ambiguous: sliced presunto or the whole leg by the kg.",
    tags=["family"],
    day=2,
)
M(
    "taberna-iberica",
    "Mándame 40 kg de bacalao especial para el viernes",
    lines=[L("BAC-ESPECIAL", 40)],
    outlier=True,
    notes="Outlier: far above the usual, no reason given.",
    day=4,
)

# ---------------------------------------------------------------- pao-quente-cart (new coffee cart, English SMS)
M(
    "pao-quente-cart",
    "Hi, we're Pão Quente, a new coffee cart at Spitalfields. First order, paying cash on delivery: "
    "3 bags mini pão de queijo, 1 bag delta beans, 2 cases guaraná cans. Sat am pls",
    lines=[L("PDQ-FROZEN", 3, "Mini 15g"), L("DELTA-PLATINA", 1, "Beans 1kg"), L("GUARANA", 2, CAN)],
    notes="First order, paid on delivery: ships as written.",
    tags=["new_customer"],
    day=0,
)
M(
    "pao-quente-cart",
    "same as my first order again pls for next sat",
    review="reference",
    ref={"kind": "last"},
    notes="A first-time customer: messages are not history.",
    tags=["new_customer"],
    day=4,
)
M(
    "pao-quente-cart",
    "do u deliver to E1 on saturdays? and whats the min order",
    intent="QUESTION",
    tags=["new_customer"],
    day=1,
)
M(
    "pao-quente-cart",
    "add 2 bags pao de queijo lanche pls",
    lines=[L("PDQ-FROZEN", 2, "Lanche 70g")],
    tags=["new_customer"],
    day=2,
)

# ---------------------------------------------------------------- tropicana-sucos (new juice bar, Portuguese)
M(
    "tropicana-sucos",
    "Oi, somos o Tropicana Sucos, abrimos semana que vem em Brixton. Primeiro pedido: 10 pacotes de "
    "polpa de maracujá, 10 de açaí sem açúcar e 6 caixas de guaraná zero. Pagamento na entrega.",
    lines=[L("POLPA-MARACUJA", 10), L("ACAI-PULP", 10), L("GUARANA-ZERO", 6)],
    notes='"açaí sem açúcar" in packs is the unsweetened pulp; first order paid on delivery.',
    tags=["new_customer"],
    day=0,
)
M(
    "tropicana-sucos",
    "Queremos abrir conta de 30 dias, dá? Se sim, manda também 5 baldes de açaí de 10 litros",
    lines=[L("ACAI-SORBET", 5, "10L Tub")],
    review="credit",
    notes="An order on a 30-day account from a first-time customer, conditional on the account.",
    tags=["new_customer", "credit", "conditional"],
    day=1,
)
M("tropicana-sucos", "Quanto custa o açaí de 5 litros?", intent="QUESTION", tags=["new_customer"], day=2)

# ---------------------------------------------------------------- more orders, mostly shippable as written
M(
    "sabor-minas",
    "for monday: 2 cases requeijão tirolez, 3 mussarela fatiada 1kg and 1 case pilão",
    lines=[L("REQUEIJAO-TIROLEZ", 2), L("MUSSARELA-FATIADA", 3), L("CAFE-PILAO", 1)],
    notes="1kg is in the product name.",
    tags=["number_in_name"],
    day=3,
)
M(
    "sabor-minas",
    "1 requeijão and 2 kibe pls",
    lines=[F(["CATUPIRY", "REQUEIJAO-TIROLEZ"], 1), L("KIBE", 2)],
    notes="ambiguous: Catupiry or Tirolez requeijão.",
    tags=["family"],
    day=5,
)
M(
    "boteco-carioca",
    "5 cases sagres bottles and 2 calabresa for the weekend",
    lines=[L("SAGRES", 5), L("CALABRESA", 2)],
    day=1,
)
M(
    "boteco-carioca",
    "3 cases guarana 2L and 2 ypioca pls",
    lines=[L("GUARANA", 3, G2L), L("YPIOCA", 2)],
    day=3,
)
M(
    "fado-bar",
    "Subject: rosé\n\nCould we add 2 cases of Casal Garcia Rosé for the terrace opening?\n\nThanks, Inês",
    lines=[L("CASAL-GARCIA-ROSE", 2)],
    tags=["non_order_request"],
    day=3,
)
M(
    "fado-bar",
    "Subject: cheese & sardines\n\n3 Serra da Estrela and 2 cases sardines in olive oil, please. Inês",
    lines=[L("QUEIJO-SERRA", 3), L("SARD-AZEITE", 2)],
    day=6,
)
M(
    "cafe-lisboa",
    "Boa tarde Sr. Paulo, para sábado um flamengo bola e 6 pacotes de presunto fatiado",
    lines=[L("FLAMENGO-BOLA", 1), L("PRESUNTO-FATIADO", 6)],
    day=4,
)
M(
    "bar-mineiro",
    "Pra quarta: 2 mussarela barra de 2,5 kg e 4 queijos minas",
    lines=[L("MUSSARELA-BARRA", 2), L("QUEIJO-MINAS", 4)],
    notes='"2,5 kg" is the bar size (decimal comma).',
    tags=["number_in_name"],
    day=2,
)
M(
    "bar-mineiro",
    "manda 3 mussarela tb",
    lines=[F(["MUSSARELA-BARRA", "MUSSARELA-FATIADA"], 3)],
    notes="ambiguous: mussarela bar or sliced.",
    tags=["family"],
    day=4,
)
M(
    "gaucho-grill",
    "Bruno: 12 packs coalho espeto + 4 cases brahma for tmrw",
    ch="SMS",
    lines=[L("COALHO-ESPETO", 12), L("BRAHMA", 4)],
    day=4,
)
M(
    "coxinha-co",
    "3 box mini coxinha 1 kibe 2 oleo soja",
    lines=[L("COXINHA", 3, MINI_CX), L("KIBE", 1), L("OLEO-SOJA", 2)],
    tags=["spoken"],
    day=1,
)
M(
    "padaria-estrela",
    "2 boxes baked natas + 10 broa for sat, thx",
    lines=[L("NATA-BAKED", 2), L("BROA-MILHO", 10)],
    notes='"baked natas" are the thaw-and-serve tarts.',
    day=3,
)
M(
    "feijoada-house",
    "3 packs carne seca 2 calabresa 1 case leite de coco",
    lines=[L("CARNE-SECA", 3), L("CALABRESA", 2), L("LEITE-COCO", 1)],
    tags=["spoken"],
    day=2,
)
M(
    "luso-deli",
    "Subject: Order for Tuesday\n\nPlease send: 10 packs alheira, 4 kg chouriço, 2 cases Sumol ananás, 6 "
    "bottles licor Beirão.\n\nSofia",
    lines=[L("ALHEIRA", 10), L("CHOURICO", 4), L("SUMOL-ANANAS", 2), L("LICOR-BEIRAO", 6)],
    day=6,
)
M(
    "hotel-atlantico",
    "Subject: Pastry & coffee\n\n8 boxes baked pastéis de nata and 12 bags Delta ground 250g for the "
    "rooms, please.",
    lines=[L("NATA-BAKED", 8), L("DELTA-PLATINA", 12, "Ground 250g")],
    day=3,
)
M(
    "hotel-atlantico",
    "Subject: Fish\n\n5 bags desfiado and 3 bags postas please, Thursday.",
    lines=[L("BAC-DESFIADO", 5), L("BAC-POSTAS", 3)],
    day=5,
)
M(
    "taberna-iberica",
    "Para el sábado: 2 cajas de Mateus rosado de 75 y 1 queso de la Serra",
    lines=[L("MATEUS", 2, "6 x 75cl"), L("QUEIJO-SERRA", 1)],
    notes='"de 75" is the 75cl bottle.',
    day=3,
)
M(
    "rincon-latino",
    "Buenos días! 4 bolsas de pan de queso mini y 2 cajas de guaraná en lata",
    lines=[L("PDQ-FROZEN", 4, "Mini 15g"), L("GUARANA", 2, CAN)],
    day=4,
)
M(
    "mercadinho",
    "Bom dia! 5 polvilho azedo, 5 polvilho doce e 2 caixas de goiabada",
    lines=[L("POLVILHO-AZEDO", 5), L("POLVILHO-DOCE", 5), L("GOIABADA", 2)],
    day=2,
)
M(
    "acai-republic",
    "2 tubs acai 5L + 3 packs guava pulp + 1 granulado colorido",
    lines=[L("ACAI-SORBET", 2, "5L Tub"), L("POLPA-GOIABA", 3), L("GRANULADO", 1, "Colorido")],
    day=5,
)
M(
    "brigadeiro-atelier",
    "pls send 1 bucket doce de leite confeiteiro and 3 paçoca tubs",
    lines=[L("DOCE-LEITE-BALDE", 1), L("PACOCA", 3)],
    day=2,
)
M(
    "madeira-kitchen",
    "pls send 12 bolo do caco, 6 lombos and 2 gallo 5L for friday",
    lines=[L("BOLO-CACO", 12), L("BAC-LOMBOS", 6), L("AZEITE-GALLO", 2, "5L")],
    day=3,
)
M(
    "campus-cafe",
    "Subject: Additional\n\nPlease add 2 cases of Luso 1.5L and 1 box kibe to Monday. Tom",
    lines=[L("AGUA-LUSO", 2, "12 x 1.5L"), L("KIBE", 1)],
    day=2,
)
M(
    "bahia-kitchen",
    "2 cs piri piri and 3 cs molho de pimenta please",
    lines=[L("PIRI-PIRI", 2), L("MOLHO-PIMENTA", 3)],
    day=5,
)
M(
    "pastelaria-belem",
    "Assunto: Encomenda sexta\n\nPara sexta: 4 caixas de pastéis de bacalhau, 2 caixas de Sumol "
    "laranja e 3 kg de café Delta em grão. Obrigada, Helena",
    lines=[L("PASTEIS-BACALHAU", 4), L("SUMOL-LARANJA", 2), L("DELTA-PLATINA", 3, "Beans 1kg")],
    day=6,
)
M(
    "saudade-events",
    "Subject: Corporate lunch Tuesday\n\n3 boxes mini coxinhas, 2 boxes risoles de camarão, 2 boxes "
    "kibe and 3 cases guaraná zero please. Joana",
    lines=[L("COXINHA", 3, MINI_CX), L("RISOLES-CAMARAO", 2), L("KIBE", 2), L("GUARANA-ZERO", 3)],
    day=6,
)
M(
    "tasca-ze",
    "Pra amanhã 2 pacotes de alheira e 1 garrafa de ginjinha",
    lines=[L("ALHEIRA", 2), L("GINJINHA", 1)],
    day=2,
)
M(
    "pao-quente-cart",
    "pls add 1 bag delta ground and 2 boxes baked pasteis de nata to sat",
    lines=[L("DELTA-PLATINA", 1, "Ground 250g"), L("NATA-BAKED", 2)],
    tags=["new_customer"],
    day=3,
)
M(
    "tropicana-sucos",
    "Mais 6 pacotes de polpa de goiaba e 2 baldes de açaí de 5 litros, pagamento na entrega como antes",
    lines=[L("POLPA-GOIABA", 6), L("ACAI-SORBET", 2, "5L Tub")],
    tags=["new_customer"],
    day=3,
)
