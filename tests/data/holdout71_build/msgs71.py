# ruff: noqa  (hand-written data generator of blind set 71, kept as its writer left it)
"""Messages of the seventy-first blind set and their plain labels, all hand-written.

Grouped by customer, in the order each customer sent them (build71.py assigns the dates in that order and the
ids after a fixed-seed shuffle). Labels are fixed from the text and catalog71 alone; build71.py adds the standard
note phrases, the derived tags and the history-dependent fields.
"""

MSGS = []

# ---- variant names (as in catalog71)
IK_CAN, IK_500, IK_15 = "24 x 330ml Can", "12 x 500ml Bottle", "6 x 1.5L Bottle"
COL_CAN, COL_400 = "24 x 330ml Can", "12 x 400ml Glass"
PONY_330, PONY_MINI = "24 x 330ml Bottle", "24 x 200ml Mini Bottle"
MP_CAN, MP_250 = "24 x 355ml Can", "24 x 250ml Bottle"
PIL_330, PIL_630 = "24 x 330ml Bottle", "12 x 630ml Bottle"
TQ_REG, TQ_MINI = "Regular 40g (box of 30)", "Cocktail 20g (box of 100)"
AR_S, AR_L = "Small 8cm (box of 60)", "Large 12cm (box of 30)"

# ---- look-alike families (candidates)
AJI_AMA = ["AJI-AMA-JAR", "AJI-AMA-TUB", "FRZ-AJI-AMA"]
ROCOTO = ["ROCOTO-JAR", "ROCOTO-TUB", "FRZ-ROCOTO"]
CHOCLO = ["CHOCLO-DESG", "CHOCLO-COB"]
QUINOA = ["QUINOA-WHITE", "QUINOA-RED", "QUINOA-BLACK", "QUINOA-TRI"]
CHUNO = ["CHUNO-NEGRO", "CHUNO-BLANCO"]
PAN_BALES = ["PAN-WHITE-BALE", "PAN-YELLOW-BALE"]
QUESOS = ["QUESO-FRESCO", "QUESO-LLANERO", "QUESILLO", "QUESO-COSTENO", "QUESO-DE-MANO", "QUESO-PARIA"]
PANELA = ["PANELA-BLOCK", "PANELA-POLVO"]
SAUCE_POTS = ["SAUCE-POT-1OZ", "SAUCE-POT-2OZ"]
AGUARD = ["AGUARDIENTE-ROJA", "AGUARDIENTE-AZUL", "AGUARDIENTE-NECTAR"]
CLUB = ["CLUB-COL-DORADA", "CLUB-COL-ROJA"]
PISCO = ["PISCO-QUEBRANTA", "PISCO-ACHOLADO", "PISCO-ITALIA"]
CHORIZO = ["CHORIZO-ANTIOQUENO", "CHORIZO-SANTARROSANO", "CHORIZO-PARRILLERO", "CHORIZO-CARUPANERO"]
EMPANADAS = ["EMP-COL-CARNE", "EMP-COL-POLLO", "EMP-ARG-CARNE"]
YERBA = ["YERBA-PLAYADITO", "YERBA-TARAGUI"]
YUCA = ["YUCA-BOX", "YUCA-FRZ"]
TAPAS = ["TAPAS-HORNO", "TAPAS-FREIR"]
PULPS_V = ["PULPA-LULO", "PULPA-MARACUYA", "PULPA-GUANABANA", "PULPA-MORA", "PULPA-TOMATE-ARBOL"]
PLATANO_FAM = ["PLATANO-BOX", "TOSTONES-FRZ", "MADUROS-FRZ"]


def L(sku, qty, var=None, nofill=False):
    d = {"sku": sku, "quantity": qty, "_var": var}
    if nofill:
        d["_nofill"] = True
    return d


def F(cands, qty, cv=None):
    d = {"sku": None, "quantity": qty, "candidates": list(cands)}
    if cv is not None:
        d["candidate_variant"] = cv
    return d


def N(qty, what):
    return {"sku": None, "quantity": qty, "_nic": what}


def M(
    cust, ch, text, intent="ORDER", lines=(), notes="", tags=(), ref=None, flags=(), change=None, lang=None
):
    MSGS.append(
        {
            "customer": cust,
            "channel": {"W": "WHATSAPP", "S": "SMS", "E": "EMAIL"}[ch],
            "text": text,
            "intent": intent,
            "lines": list(lines),
            "notes": notes,
            "tags": list(tags),
            "ref": ref,
            "flags": list(flags),
            "change": change,
            "lang": lang,
        }
    )


def R(kind, *ops):
    """A reference to history: kind is usual / last / first; ops are (op, arg) in text order."""
    return (kind, list(ops))


# =====================================================================================================
# el-chalan: Peruvian cevichería, WhatsApp, Peruvian Spanish
c = "el-chalan"
M(
    c,
    "W",
    "Buenas causa! Para mañana x favor: 6 cajas de limón, 4 bolsas de ají limo, 5 de choclo desgranado y 2 baldes de ají amarillo de 5 kilos 🙏",
    lines=[L("LIMON-BOX", 6), L("FRZ-AJI-LIMO", 4), L("CHOCLO-DESG", 5), L("AJI-AMA-TUB", 2, "5kg")],
    notes="'baldes de ají amarillo de 5 kilos' is the 5kg tub; 'causa' is a greeting (mate), not the potato dish",
    tags=["emoji", "number_in_name", "unit_word"],
)
M(
    c,
    "W",
    "2 latas de inca kola y 1 caja de cusqueña dorada pa hoy día si se puede",
    lines=[L("INCA-KOLA", 2, IK_CAN), L("CUSQUENA-DORADA", 1)],
    notes="'2 latas' of a product sold by the case of 24: 2 cases by the small-N rule (review would also be acceptable, a fraction never)",
    tags=["container"],
)
M(
    c,
    "W",
    "manda 3 ají amarillo y 2 choclo nomás pe, gracias",
    lines=[F(AJI_AMA, 3), F(CHOCLO, 2)],
    notes="bare 'ají amarillo' is jar case, tub or frozen; bare 'choclo' is kernels or cobs",
)
M(
    c,
    "W",
    "oye tienen culantro fresco? y a cuánto está el saco de papa huayro?",
    intent="QUESTION",
    notes="price and stock question; fresh culantro is not stocked",
)
M(
    c,
    "W",
    "[audio] mandame dos cajas de pilsen grande tres de cusqueña dorada un saco de papa amarilla de veinticinco y una caja de salseros de dos onzas",
    lines=[
        L("PILSEN-CALLAO", 2, PIL_630),
        L("CUSQUENA-DORADA", 3),
        L("PAPA-AMARILLA", 1, "25kg"),
        L("SAUCE-POT-2OZ", 1),
    ],
    notes="voice note without commas, number words start items; 'pilsen grande' is the 630ml, 'de veinticinco' the 25kg sack",
    tags=["spoken", "voice"],
)
M(
    c,
    "W",
    "Agrégale al pedido del jueves una caja de rocoto en frasco y 2 bolsas de cancha de 5 kilos, gracias hermano",
    lines=[L("ROCOTO-JAR", 1), L("CANCHA-5KG", 2)],
    notes="an addition to a placed order is ORDER with the added lines",
    tags=["number_in_name"],
)
M(
    c,
    "W",
    "lo mismo de la semana pasada hermano, pero con 8 cajas de limón en vez de 6",
    ref=R("last", ("set", L("LIMON-BOX", 8))),
    notes="same as last week with a new lime quantity",
)
M(
    c,
    "W",
    "1 saco de papa huayro y 2 cajas de cusqueña negra pal sábado, gracias causa",
    lines=[L("PAPA-HUAYRO", 1), L("CUSQUENA-NEGRA", 2)],
)
M(
    c,
    "W",
    "el balde de ají amarillo de 5 kg llegó con la tapa rota y se chorreó en la cámara. me lo pueden cambiar?",
    intent="COMPLAINT",
    notes="damaged tub, asks for a replacement",
)

# =====================================================================================================
# sabor-limeno: Peruvian restaurant, e-mail, Peruvian Spanish
c = "sabor-limeno"
M(
    c,
    "E",
    "Asunto: Pedido semana 32 - PO SL-2291\n\nEstimados:\nLes hacemos llegar el pedido para el miércoles:\n- 2 cajas de ají amarillo en frasco\n- 1 caja de ají panca en frasco\n- 6 kg de corazón de res\n- 3 kg de queso fresco\n- 4 cajas de Inca Kola personal (500 ml)\n\nSaludos cordiales,\nRosa Quispe\nJefa de cocina - Sabor Limeño\n58 Denmark Hill Parade, London SE5\nTel. 020 7946 0318",
    lines=[
        L("AJI-AMA-JAR", 2),
        L("AJI-PAN-JAR", 1),
        L("CORAZON-RES", 6),
        L("QUESO-FRESCO", 3),
        L("INCA-KOLA", 4, IK_500),
    ],
    notes="week 32, PO number, street number and phone are not quantities; 'personal (500 ml)' is the 12 x 500ml bottle",
    tags=["signature", "number_in_name"],
)
M(
    c,
    "E",
    "Asunto: Inca Kola\n\nBuenas tardes, ¿nos podrían mandar 24 botellas de Inca Kola de medio litro con el reparto del viernes? Gracias.\nRosa",
    lines=[L("INCA-KOLA", 2, IK_500)],
    notes="24 bottles of the 500ml are 2 cases of 12; an order phrased as a question",
    tags=["count", "non_order_request"],
)
M(
    c,
    "E",
    "Asunto: pisco para el fin de semana\n\nHola, por favor añadan 6 botellas de pisco para los sours del sábado. Tenemos reserva de 40 personas.\nGracias, Rosa",
    lines=[F(PISCO, 6)],
    notes="bare 'pisco' is quebranta, acholado or italia; 40 personas is a head count",
)
M(
    c,
    "E",
    "Asunto: Pedido habitual\n\nBuenos días, el pedido de siempre para el jueves, más 2 botellas de pisco Italia. Muchas gracias.\nRosa Quispe - Sabor Limeño",
    ref=R("usual", ("add", L("PISCO-ITALIA", 2))),
    notes="the usual plus an addition",
)
M(
    c,
    "E",
    "Asunto: Consulta\n\nQuisiera saber si tienen ají mirasol seco y a qué precio lo manejan por kilo.\nAtentamente,\nRosa Quispe",
    intent="QUESTION",
    notes="dried ají mirasol is not stocked (amarillo and panca pastes are)",
    tags=["non_order_request"],
)
M(
    c,
    "E",
    "Asunto: Cotización evento\n\nQuisiera pedirles una cotización para 40 kg de corazón de res y 10 cajas de chicha morada para un evento del 16 de septiembre. Todavía no es pedido, solo precio.\nRosa",
    intent="QUESTION",
    notes="a quote request listing quantities is QUESTION",
    tags=["non_order_request"],
)
M(
    c,
    "E",
    "Asunto: cambio de día\n\nEl pedido del jueves pásenlo al viernes por favor, el jueves cerramos por fumigación.\nRosa",
    intent="CHANGE",
    change=[],
    notes="moves the placed order to another day",
)
M(
    c,
    "E",
    "Asunto: pedido extra\n\n¿Nos podrían enviar el viernes 3 cajas de chicha morada y 4 botellas de sillao? Gracias, R.",
    lines=[L("CHICHA-MORADA-DRINK", 3), L("SILLAO", 4)],
    notes="'chicha morada' in cases is the drink (the dried corn comes in bags); sillao is sold by the bottle",
    tags=["non_order_request", "unit_word"],
)
M(
    c,
    "E",
    "Asunto: Pedido sábado\n\nBuenos días, para el sábado 2 sacos de papa amarilla de 10 kg y 1 caja de choclo en mazorca. Gracias, Rosa",
    lines=[L("PAPA-AMARILLA", 2, "10kg"), L("CHOCLO-COB", 1)],
    tags=["number_in_name"],
)

# =====================================================================================================
# inti-pollos: Peruvian pollería, WhatsApp, Peruvian Spanish with Quechua words
c = "inti-pollos"
M(
    c,
    "W",
    "Allillanchu taytay 🙏 para el miércoles: 4 baldes de ají amarillo de kilo, 3 huancaína, 2 rocoto en balde y 6 cajas de inca kola familiar. Sulpayki!",
    lines=[L("AJI-AMA-TUB", 4, "1kg"), L("HUANCAINA-TUB", 3), L("ROCOTO-TUB", 2), L("INCA-KOLA", 6, IK_15)],
    notes="Quechua greeting and thanks; 'familiar' is the 1.5L bottle",
    tags=["quechua", "emoji"],
)
M(
    c,
    "W",
    "causa manda inca kola 5 cajas, 2 baldes de ají amarillo y tapers 2 cajas",
    lines=[L("INCA-KOLA", 5), L("AJI-AMA-TUB", 2), L("PP-CONTAINER", 2)],
    notes="'baldes' narrows ají amarillo to the tub, but no size; inca kola and tapers without a size",
    tags=["unit_word"],
)
M(
    c,
    "W",
    "tienen papas fritas congeladas? si hay mándame 10 bolsas. y 2 cajas de servilletas",
    lines=[N(10, "frozen chips (papas fritas)"), L("NAPKINS", 2)],
    flags=["conditional"],
    notes="conditional order on an item that is not stocked",
    tags=["conditional"],
)
M(
    c,
    "W",
    "2 paquetes de 6 de inca kola de litro y medio porfa",
    lines=[L("INCA-KOLA", 2, IK_15)],
    notes="a pack of 6 x 1.5L is one case: 2 cases",
    tags=["pack"],
)
M(c, "W", "Sulpayki causa, todo llegó completo 👍", intent="OTHER", notes="thanks", tags=["quechua", "emoji"])
M(
    c,
    "W",
    "Atatay, se nos acabó la chicha! 3 cajas de chicha morada y 2 bolsas de comino urgente",
    lines=[L("CHICHA-MORADA-DRINK", 3), L("COMINO", 2)],
    notes="'atatay' is a Quechua interjection; cases of chicha morada are the drink",
    tags=["quechua", "unit_word"],
)
M(
    c,
    "W",
    "media caja de inca kola zero nomás",
    lines=[L("INCA-KOLA-ZERO", 0.5)],
    notes="half a case: a fraction of an indivisible case",
    tags=["fraction"],
)
M(
    c,
    "W",
    "Faltó una caja de chicha morada, en la guía dice 4 y llegaron 3. achachau que cólera",
    intent="COMPLAINT",
    notes="short delivery; quantities in a complaint are not order lines",
    tags=["quechua"],
)
M(
    c,
    "W",
    "Oye causa me mandas 2 cajas de tapers de litro y 2 cajas de potecitos de 1 onza? gracias",
    lines=[L("PP-CONTAINER", 2, "1000ml"), L("SAUCE-POT-1OZ", 2)],
    notes="an order phrased as a question; 'de litro' is the 1000ml container",
    tags=["non_order_request", "diminutive"],
)
M(
    c,
    "W",
    "Manda 4 baldes de ají amarillo de kilo y 3 huancaína, te pago a fin de mes causa, ando corto",
    lines=[L("AJI-AMA-TUB", 4, "1kg"), L("HUANCAINA-TUB", 3)],
    flags=["credit"],
    notes="asks to pay at the end of the month: an order on credit goes to review",
    tags=["credit"],
)

# =====================================================================================================
# tambo-andino: Peruvian and Bolivian bodega, SMS, Andean Spanish with Quechua words
c = "tambo-andino"
M(
    c,
    "S",
    "hola, 10 quinoa blanca de kilo 5 quinoa roja de kilo 4 chuño negro y 3 tunta. gracias",
    lines=[
        L("QUINOA-WHITE", 10, "1kg"),
        L("QUINOA-RED", 5, "1kg"),
        L("CHUNO-NEGRO", 4),
        L("CHUNO-BLANCO", 3),
    ],
    notes="list without commas; tunta is the white chuño",
    tags=["spoken"],
)
M(
    c,
    "S",
    "locoto 2 y quinua 8 pa mañana",
    lines=[F(ROCOTO, 2), F(QUINOA, 8)],
    notes="'locoto' is the Bolivian word for rocoto (jar, tub or frozen); 'quinua' names no colour",
    tags=["regional_word"],
)
M(
    c,
    "S",
    "lo de siempre mamita, mas 2 bolsas de cancha de 5 kilos. pagarapusunki",
    ref=R("usual", ("add", L("CANCHA-5KG", 2))),
    notes="the usual plus an addition; Quechua thanks",
    tags=["quechua"],
)
M(
    c,
    "S",
    "24 kilos de frijol canario x fa",
    lines=[L("FRIJOL-CANARIO", 2)],
    notes="24 kg are 2 cases of 12 x 1kg",
    tags=["count"],
)
M(
    c,
    "S",
    "tienen chicha de jora? o solo maiz morado?",
    intent="QUESTION",
    notes="chicha de jora is not stocked",
)
M(
    c,
    "S",
    "mandame 5 paquetes de api morado en polvo y 4 maiz morado",
    lines=[N(5, "api morado mix"), L("MAIZ-MORADO", 4)],
    notes="api mix is not stocked; maíz morado is the dried corn",
)
M(
    c,
    "S",
    "Añay! 5 kilos de queso paria y 2 cajas de rocoto en frasco pa mañana",
    lines=[L("QUESO-PARIA", 5), L("ROCOTO-JAR", 2)],
    notes="'añay' is Quechua thanks",
    tags=["quechua"],
)
M(
    c,
    "S",
    "3 cajas inca kola lata 2 cajas de cancha de 500 y 6 mote",
    lines=[L("INCA-KOLA", 3, IK_CAN), L("CANCHA-500", 2), L("MOTE", 6)],
    notes="list without commas; 'cajas de cancha de 500' is the case of 12 x 500g",
    tags=["spoken", "number_in_name"],
)
M(
    c,
    "S",
    "cancela lo de mañana porfa, cerramos x el feriado de mi tierra",
    intent="CANCEL",
    notes="cancels the whole next order",
)

# =====================================================================================================
# la-paz-saltenas: Bolivian salteñería, WhatsApp, Bolivian Spanish
c = "la-paz-saltenas"
M(
    c,
    "W",
    "Buenas don Ricardo, para el jueves: 3 baldes de ají panca, 2 bolsas de comino, 4 kilos de queso paria y 10 paquetes de tapas para horno. Gracias nomás",
    lines=[L("AJI-PAN-TUB", 3), L("COMINO", 2), L("QUESO-PARIA", 4), L("TAPAS-HORNO", 10)],
    notes="'baldes de ají panca' is the panca tub",
    tags=["unit_word"],
)
M(
    c,
    "W",
    "chuño 3 bolsas y locoto congelado 2, gracias",
    lines=[F(CHUNO, 3), L("FRZ-ROCOTO", 2)],
    notes="bare 'chuño' is black or white (tunta); 'locoto congelado' is the frozen rocoto",
    tags=["regional_word"],
)
M(
    c,
    "W",
    "Necesito 40 salteñas congeladas para el sábado",
    lines=[L("SALTENA-FRZ", 2)],
    notes="40 salteñas are 2 boxes of 20",
    tags=["count"],
)
M(
    c,
    "W",
    "mandame 2 cajas de paceña y 10 paquetes de tapas para horno",
    lines=[N(2, "Paceña beer"), L("TAPAS-HORNO", 10)],
    notes="Paceña beer is not stocked",
)
M(
    c,
    "W",
    "igualito que la semana pasada pero sin el palillo",
    ref=R("last", ("remove", "PALILLO")),
    notes="same as last week with a removal",
    tags=["diminutive"],
)
M(
    c,
    "W",
    "4 cajas de salteñas... no, mejor 6 cajas, que viene la fiesta de Alasitas",
    lines=[L("SALTENA-FRZ", 6)],
    notes="self-correction: 6 boxes",
    tags=["self_correction"],
)
M(
    c,
    "W",
    "unas 2 o 3 bolsas de chuño negro, lo que tengas",
    lines=[L("CHUNO-NEGRO", None)],
    notes="a range: quantities not stated exactly",
    tags=["range"],
)
M(
    c,
    "W",
    "Buenas, mándeme 8 kilos de queso paria, 2 cajitas de sazón completo y 1 caja de inca kola personal",
    lines=[L("QUESO-PARIA", 8), L("SAZON-SACHET", 2), L("INCA-KOLA", 1, IK_500)],
    notes="'personal' is the 500ml bottle",
    tags=["diminutive"],
)

# =====================================================================================================
# arepa-y-mas: Venezuelan arepera, WhatsApp, Venezuelan Spanish
c = "arepa-y-mas"
M(
    c,
    "W",
    "Epa chamo, buenas! Pa mañana: 3 bultos de harina pan blanca, 8 kilos de queso llanero, 4 de queso de mano y 2 cajas de plátano maduro. Gracias pana",
    lines=[L("PAN-WHITE-BALE", 3), L("QUESO-LLANERO", 8), L("QUESO-DE-MANO", 4), L("PLATANO-BOX", 2, "Ripe")],
    notes="'bultos' are the 20 x 1kg bales",
    tags=["regional_word", "unit_word"],
)
M(
    c,
    "W",
    "harina pan 2 bultos y queso 5 kilos porfa",
    lines=[F(PAN_BALES, 2), F(QUESOS, 5)],
    notes="'bultos' narrows harina pan to the bales but not the colour; bare 'queso' names no cheese",
    tags=["unit_word", "regional_word"],
)
M(
    c,
    "W",
    "3 cajas de maltín y 2 de tequeños, gracias mi pana",
    lines=[L("MALTA-POLAR", 3), L("TEQUENO", 2)],
    notes="maltín without can or bottle; bare 'tequeños' is the cheese tequeño (guava carries its word) but without box size",
    tags=["plain_member"],
)
M(
    c,
    "W",
    "mándame 30 maltines en lata",
    lines=[L("MALTA-POLAR", None, MP_CAN)],
    notes="30 cans are no whole number of cases of 24",
    tags=["count"],
)
M(
    c,
    "W",
    "lo mismo de siempre mi pana, pero doble el queso llanero que viene el finde largo",
    ref=R("usual", ("double", "QUESO-LLANERO")),
    notes="the usual with the llanero doubled (a reason is given)",
)
M(
    c,
    "W",
    "Chamo una pregunta, tienen harina pan amarilla en bulto? y harina de arroz?",
    intent="QUESTION",
    notes="stock question; rice flour is not stocked",
)
M(
    c,
    "W",
    "Ya les hice la transferencia de la factura INV-71822 por £458,40. Saludos",
    intent="OTHER",
    notes="payment notice; invoice number and amount are not quantities",
)
M(
    c,
    "W",
    "Pana mándame 2 cajas de tequeños regulares, 1 de caraotas y 3 cajas de maltín en lata porfa",
    lines=[L("TEQUENO", 2, TQ_REG), L("CARAOTA-NEGRA", 1), L("MALTA-POLAR", 3, MP_CAN)],
)
M(
    c,
    "W",
    "4 kilos de queso e' mano y 2 bultos de harina pan amarilla pal viernes",
    lines=[L("QUESO-DE-MANO", 4), L("PAN-YELLOW-BALE", 2)],
    tags=["regional_word"],
)

# =====================================================================================================
# la-caraquena: Venezuelan bakery, SMS
c = "la-caraquena"
M(
    c,
    "S",
    "Buen dia. Para el martes 24 panelas redondas 6 paquetes de cachapas y 3 kg queso de mano. Gracias",
    lines=[L("PANELA-BLOCK", 24), L("CACHAPA-FRZ", 6), L("QUESO-DE-MANO", 3)],
    tags=["spoken"],
)
M(
    c,
    "S",
    "papelon 20 x fa",
    lines=[F(PANELA, 20)],
    notes="'papelón' is panela: block or powder",
    tags=["regional_word"],
)
M(
    c,
    "S",
    "2 cajas de tequeños de coctel y 1 de guayaba",
    lines=[L("TEQUENO", 2, TQ_MINI), L("TEQUENO-GUAYABA", 1)],
    notes="'de coctel' is the cocktail box of 100",
)
M(
    c,
    "S",
    "200 tequeñitos mini para el cumple del sabado",
    lines=[L("TEQUENO", 2, TQ_MINI)],
    notes="200 mini tequeños are 2 boxes of 100",
    tags=["count", "diminutive"],
)
M(
    c,
    "S",
    "tienen harina de trigo? necesito 2 sacos",
    lines=[N(2, "wheat flour")],
    flags=["conditional"],
    notes="wheat flour is not stocked",
    tags=["conditional", "side_question"],
)
M(
    c,
    "S",
    "cancelen lo del jueves x favor, se nos daño el horno",
    intent="CANCEL",
    notes="cancels Thursday's order",
)
M(
    c,
    "S",
    "lo de siempre x fa, mas 1 caja maltin botellita",
    ref=R("usual", ("add", L("MALTA-POLAR", 1, MP_250))),
    notes="the usual plus one case of the bottle maltín",
)
M(
    c,
    "S",
    "buenas, 10 harina pan amarilla de kilo y 2 cajas maltin botellita",
    lines=[L("PAN-YELLOW-1KG", 10), L("MALTA-POLAR", 2, MP_250)],
)

# =====================================================================================================
# tequenos-express: Venezuelan street-food stall, WhatsApp, Spanglish
c = "tequenos-express"
M(
    c,
    "W",
    "hey bro, need for saturday: 3 boxes tequeños regular, 1 box de guayaba y 2 cajas maltin lata. thanks!",
    lines=[L("TEQUENO", 3, TQ_REG), L("TEQUENO-GUAYABA", 1), L("MALTA-POLAR", 2, MP_CAN)],
    tags=["spanglish"],
    lang="en",
)
M(
    c,
    "W",
    "send 20 boxes tequeños regulares tmrw pls",
    lines=[L("TEQUENO", 20, TQ_REG)],
    flags=["outlier"],
    notes="about 5 times the usual with no reason given",
    lang="en",
)
M(
    c,
    "W",
    "sorry bro typo 😅 the tequeños for tmrw are 3 boxes not 20",
    intent="CHANGE",
    change=[L("TEQUENO", 3, TQ_REG)],
    notes="corrects the placed order back to 3 boxes",
    tags=["emoji"],
    lang="en",
)
M(
    c,
    "W",
    "do u guys have tequeños de chocolate? customers keep asking por ellos",
    intent="QUESTION",
    notes="chocolate tequeños are not stocked",
    tags=["spanglish"],
    lang="en",
)
M(
    c,
    "W",
    "salseros 2 cajas, kraft boxes 1 y servilletas 2",
    lines=[F(SAUCE_POTS, 2), L("KRAFT-BOX", 1), L("NAPKINS", 2)],
    notes="'salseros' without a size is 1oz or 2oz",
    tags=["spanglish"],
)
M(
    c,
    "W",
    "need 48 frescolitas for the weekend market",
    lines=[L("FRESCOLITA", 2)],
    notes="48 cans are 2 cases of 24",
    tags=["count"],
    lang="en",
)
M(
    c,
    "W",
    "yo the last box of tequeños came half broken, like 10 of them cracked 😤 not cool",
    intent="COMPLAINT",
    tags=["emoji"],
    lang="en",
)
M(
    c,
    "W",
    "can u add 1 box guava tequeños + 1 case frescolita to friday's order",
    lines=[L("TEQUENO-GUAYABA", 1), L("FRESCOLITA", 1)],
    notes="an addition to a placed order",
    tags=["non_order_request"],
    lang="en",
)
M(
    c,
    "W",
    "need 2 boxes mini tequeños y 1 kilo queso llanero para el food market del domingo",
    lines=[L("TEQUENO", 2, TQ_MINI), L("QUESO-LLANERO", 1)],
    tags=["spanglish"],
)

# =====================================================================================================
# el-paisa: Colombian restaurant, WhatsApp, Colombian Spanish
c = "el-paisa"
M(
    c,
    "W",
    "Buenas, me regala para mañana 2 cajas de fríjol cargamanto, 4 paquetes de chorizo antioqueño, 3 cajas de arepas blancas grandes y 6 botellas de tapa roja de 750, porfa",
    lines=[
        L("FRIJOL-CARGAMANTO", 2),
        L("CHORIZO-ANTIOQUENO", 4),
        L("AREPA-BLANCA", 3, AR_L),
        L("AGUARDIENTE-ROJA", 6, "750ml"),
    ],
    notes="'me regala' means 'please sell me' in Colombia; 'grandes' is the large arepa",
    tags=["regional_word"],
)
M(
    c,
    "W",
    "2 cajitas de plátano y 4 pulpas de lulo, gracias",
    lines=[L("PLATANO-BOX", 2), L("PULPA-LULO", 4)],
    notes="plantain without green or ripe; lulo without a weight",
    tags=["diminutive"],
)
M(
    c,
    "W",
    "aguardiente 6 y cerveza club 3 cajas",
    lines=[F(AGUARD, 6), F(CLUB, 3)],
    notes="bare 'aguardiente' names no brand or cap; 'club' is dorada or roja",
)
M(
    c,
    "W",
    "lo mismo del sábado pasado pero sin el aguardiente y con 3 cajas de águila en vez de 2",
    ref=R("last", ("remove", "AGUARDIENTE-ROJA"), ("set", L("AGUILA", 3))),
    notes="same as last order with a removal and a new quantity",
)
M(
    c,
    "W",
    "2 x 24 pony malta personal porfa",
    lines=[L("PONY-MALTA", 2, PONY_330)],
    notes="2 x 24 is 2 cases; 'personal' is the 330ml",
    tags=["pack"],
)
M(
    c,
    "W",
    "¿A cómo está la media de tapa roja? ¿y ustedes manejan aguardiente Cristal?",
    intent="QUESTION",
    notes="price question ('media' is the 375ml); Aguardiente Cristal is not stocked",
)
M(
    c,
    "W",
    "mándeme también 3 frascos de hogao y 2 bolsas de papa criolla",
    lines=[N(3, "hogao"), L("PAPA-CRIOLLA", 2)],
    notes="hogao is not stocked",
)
M(
    c,
    "W",
    "Me regala 3 cajas de Colombiana en lata y 2 de Pony Malta personal, mil gracias",
    lines=[L("COLOMBIANA", 3, COL_CAN), L("PONY-MALTA", 2, PONY_330)],
    tags=["regional_word"],
)
M(
    c,
    "W",
    "porfa 3 baldes de suero costeño y 4 libras de quesillo para mañanita",
    lines=[L("SUERO-COSTENO", 3), L("QUESILLO", 2)],
    notes="a Colombian libra is 500g: 4 libras are 2 kg (author's judgement)",
    tags=["regional_word", "diminutive"],
)
M(
    c,
    "W",
    "Me regala 2 cajas de ají picante colombiano y 3 cajas de arepas de choclo pa'l domingo",
    lines=[L("AJI-COLOMBIANO", 2), L("AREPA-CHOCLO", 3)],
    tags=["regional_word"],
)

# =====================================================================================================
# dona-rosa: Colombian bakery, WhatsApp, Colombian Spanish (Boyacá, sumercé)
c = "dona-rosa"
M(
    c,
    "W",
    "Buenos días mijo, sumercé me hace el favor y me manda 3 paquetes de almidón agrio, 4 kilos de queso costeño y 2 cajitas de bocadillo. Dios le pague",
    lines=[L("ALMIDON-AGRIO", 3), L("QUESO-COSTENO", 4), L("BOCADILLO", 2)],
    tags=["diminutive", "regional_word"],
)
M(
    c,
    "W",
    "24 arequipes por favor mijo",
    lines=[L("AREQUIPE", 2)],
    notes="24 jars are 2 cases of 12",
    tags=["count"],
)
M(
    c,
    "W",
    "quesito 3 kilos pa mañana",
    lines=[F(QUESOS, 3)],
    notes="'quesito' names no cheese",
    tags=["diminutive"],
)
M(
    c,
    "W",
    "Mijo lo de siempre, pero con 4 cajitas de pandebono en vez de 2",
    ref=R("usual", ("set", L("PANDEBONO-FRZ", 4))),
    notes="the usual with a new quantity",
    tags=["diminutive"],
)
M(
    c,
    "W",
    "Quisiera saber si ustedes traen natilla en polvo para la novena de diciembre",
    intent="QUESTION",
    notes="natilla mix is not stocked",
    tags=["non_order_request"],
)
M(c, "W", "Gracias mijo todo llegó bien, que mi Dios me lo bendiga", intent="OTHER", notes="thanks")
M(
    c,
    "W",
    "[nota de voz] tres paquetes de almidón agrio dos kilos de quesillo una caja de buñuelos y diez chocolates de mesa",
    lines=[L("ALMIDON-AGRIO", 3), L("QUESILLO", 2), L("BUNUELO-FRZ", 1), L("CHOCOLATE-MESA", 10)],
    notes="voice note without commas, number words start items",
    tags=["spoken", "voice"],
)
M(
    c,
    "W",
    "Mijo me manda 5 bolsitas de panela en polvo y 1 cajita de arequipe. Mil gracias",
    lines=[L("PANELA-POLVO", 5), L("AREQUIPE", 1)],
    tags=["diminutive"],
)
M(
    c,
    "W",
    "media arroba de queso costeño pal sábado mijo",
    lines=[L("QUESO-COSTENO", None)],
    notes="an arroba is 11.5 or 12.5 kg depending on the region: quantities not stated in kg",
    tags=["regional_word"],
)

# =====================================================================================================
# la-candelaria: Colombian grocery shop, e-mail
c = "la-candelaria"
M(
    c,
    "E",
    "Asunto: Pedido tienda - semana 32\n\nBuenos días,\nPor favor enviar el miércoles:\n40 harina PAN blanca de 1kg\n20 harina PAN amarilla de 1kg\n30 panelas redondas\n12 chocolates de mesa\n3 cajas de bocadillo\n\nPedido No. LC-4471\nAtentamente,\nMarta Lucía Ríos\nLa Candelaria Bodega\n212 Seven Sisters Road, London N4\n020 7946 0562",
    lines=[
        L("PAN-WHITE-1KG", 40),
        L("PAN-YELLOW-1KG", 20),
        L("PANELA-BLOCK", 30),
        L("CHOCOLATE-MESA", 12),
        L("BOCADILLO", 3),
    ],
    notes="'de 1kg' picks the single packs (sold each); week, order number, street number and phone are not quantities",
    tags=["signature", "number_in_name"],
)
M(
    c,
    "E",
    "Asunto: pulpas\n\nBuenas tardes, necesitamos 20 pulpas de guanábana de las pequeñas (400 g). Gracias, Marta",
    lines=[L("PULPA-GUANABANA", 20, "400g")],
    notes="'las pequeñas (400 g)' is the 400g pack",
)
M(
    c,
    "E",
    "Asunto: pulpas surtidas\n\nMarta aquí: mándennos 30 pulpas de 400g por favor, las que tengan.",
    lines=[F(PULPS_V, 30, "400g")],
    notes="a weight with no fruit: every 400g pulp fits",
)
M(
    c,
    "E",
    "Asunto: Repetir pedido\n\nPor favor repetir el pedido de la semana pasada, sin la Águila, y agregar 2 cajas de Colombiana en lata.\nGracias,\nMarta Lucía",
    ref=R("last", ("remove", "AGUILA"), ("add", L("COLOMBIANA", 2, COL_CAN))),
    notes="same as last week with a removal and an addition",
)
M(
    c,
    "E",
    "Asunto: Pony\n\nBuenos días, 3 cajas de Pony Malta para el jueves por favor.",
    lines=[L("PONY-MALTA", 3)],
    notes="Pony Malta without 330ml or mini",
)
M(
    c,
    "E",
    "Asunto: Lista de precios\n\n¿Me pueden enviar la lista de precios actualizada de agosto? Gracias.",
    intent="QUESTION",
    notes="price list request",
)
M(
    c,
    "E",
    "Asunto: Factura INV-71640\n\nEn la factura INV-71640 nos cobraron 4 cajas de Postobón Manzana y solo llegaron 2. Favor revisar y enviar nota crédito.",
    intent="COMPLAINT",
    notes="billing complaint naming products and quantities",
)
M(
    c,
    "E",
    "Asunto: Fwd: pedido\n\n---------- Forwarded message ----------\nDe: Andrés Ríos <andres@lacandelaria.example>\nPara: Marta\n\nMarta, pide 2 cajas de Pony Malta mini y 10 pulpas de mora de 400 para el viernes.\n\n--\nMarta Lucía Ríos",
    lines=[L("PONY-MALTA", 2, PONY_MINI), L("PULPA-MORA", 10, "400g")],
    notes="the order is in the forwarded part",
    tags=["forwarded"],
)
M(
    c,
    "E",
    "Asunto: pedido jueves\n\nBuenas tardes, para el jueves: 2 cajas de Postobón Manzana y 4 cajas de La Montañera. Gracias, Marta",
    lines=[L("POSTOBON-MANZANA", 2), L("MASAREPA-MONT", 4)],
)

# =====================================================================================================
# mitad-del-mundo: Ecuadorian restaurant, WhatsApp, Ecuadorian Spanish (Sierra)
c = "mitad-del-mundo"
M(
    c,
    "W",
    "Buenas ñaño, para el viernes 8 bolsas de mote pelado, 3 cajas de plátano verde, 1 caja de yuca fresca y 4 pulpas de tomate de árbol de kilo. Diosle pague",
    lines=[L("MOTE", 8), L("PLATANO-BOX", 3, "Green"), L("YUCA-BOX", 1), L("PULPA-TOMATE-ARBOL", 4, "1kg")],
    tags=["regional_word"],
)
M(
    c,
    "W",
    "2 de yuca y 4 fundas de tostones",
    lines=[F(YUCA, 2), L("TOSTONES-FRZ", 4)],
    notes="bare 'yuca' is the fresh box or the frozen bag; 'funda' is a bag",
    tags=["regional_word"],
)
M(
    c,
    "W",
    "chuta ñaño, tiene cerveza Pilsener de Ecuador? o Club verde?",
    intent="QUESTION",
    notes="Ecuadorian Pilsener and Club are not stocked",
)
M(
    c,
    "W",
    "lo de siempre no más, pero sin la yuca",
    ref=R("usual", ("remove", "YUCA-BOX")),
    notes="the usual with a removal",
)
M(
    c,
    "W",
    "4 pulpas de mora de 400 y 2 de tomate de árbol de 400",
    lines=[L("PULPA-MORA", 4, "400g"), L("PULPA-TOMATE-ARBOL", 2, "400g")],
)
M(
    c,
    "W",
    "Mande, el pedido de mañana cámbieme los 3 de plátano verde por 2 no más",
    intent="CHANGE",
    change=[L("PLATANO-BOX", 2, "Green")],
    notes="new quantity for a placed order",
)
M(
    c,
    "W",
    "Achachay qué frío que hace en Londres jaja. Mándeme 2 kilos de queso fresco y 1 caja de achiote porfa",
    lines=[L("QUESO-FRESCO", 2), L("ACHIOTE", 1)],
    notes="'achachay' (Quechua: how cold)",
    tags=["quechua"],
)
M(
    c,
    "W",
    "Ñaño mándeme 4 cajas de choclo en mazorca y 2 paquetes de caldo de gallina",
    lines=[L("CHOCLO-COB", 4), L("CALDO-GALLINA", 2)],
    notes="'paquetes' of stock cubes are the boxes of 96",
)

# =====================================================================================================
# la-guayaquilena: Ecuadorian café and grocery, SMS, coastal Ecuadorian Spanish
c = "la-guayaquilena"
M(
    c,
    "S",
    "buenas, 4 cajas platano verde 6 tostones y 4 maduros congelados. gracias",
    lines=[L("PLATANO-BOX", 4, "Green"), L("TOSTONES-FRZ", 6), L("MADUROS-FRZ", 4)],
    tags=["spoken"],
)
M(
    c,
    "S",
    "platano 3 para el sabado",
    lines=[F(PLATANO_FAM, 3)],
    notes="bare 'platano' is the box, frozen tostones or frozen maduros",
)
M(c, "S", "pulpa de maracuya 5 de kilo", lines=[L("PULPA-MARACUYA", 5, "1kg")])
M(c, "S", "repite el pedido anterior x fa, gracias", ref=R("last"), notes="repeat of the last order")
M(
    c,
    "S",
    "a q hora llega el camion el sabado? no hay nadie antes de las 10",
    intent="QUESTION",
    notes="delivery time question; 10 is a time",
)
M(
    c,
    "S",
    "4 cajas de platno verde y 2 yuca congelda",
    lines=[L("PLATANO-BOX", 4, "Green"), L("YUCA-FRZ", 2)],
    notes="typos",
    tags=["typo"],
)
M(
    c,
    "S",
    "3 cajas de platano pinton",
    lines=[L("PLATANO-BOX", 3, None, nofill=True)],
    notes="'pintón' (half-ripe) is neither the Green nor the Ripe variant: ambiguous, never filled from history",
)
M(
    c,
    "S",
    "2 fundas de maduros congelados y 3 pulpas de guanabana de kilo",
    lines=[L("MADUROS-FRZ", 2), L("PULPA-GUANABANA", 3, "1kg")],
    tags=["regional_word"],
)
M(
    c,
    "S",
    "3 pulpas de guanabana de kilo llegaron vencidas, me las reponen?",
    intent="COMPLAINT",
    notes="expired goods, asks for replacement",
)

# =====================================================================================================
# el-gaucho: Argentine steakhouse, WhatsApp, Rioplatense Spanish (voseo)
c = "el-gaucho"
M(
    c,
    "W",
    "Che, ¿cómo andás? Mandame para el jueves 8 kilos de chorizo parrillero, 4 de morcilla y 1 caja de chimichurri. Abrazo",
    lines=[L("CHORIZO-PARRILLERO", 8), L("MORCILLA", 4), L("CHIMICHURRI", 1)],
    tags=["voseo"],
)
M(
    c,
    "W",
    "Mandame 40 kilos de chorizo parrillero para mañana",
    lines=[L("CHORIZO-PARRILLERO", 40)],
    flags=["outlier"],
    notes="5 times the usual with no reason given",
    tags=["voseo"],
)
M(
    c,
    "W",
    "Perdoná, cancelá lo de los 40 kilos, fue un error del pibe que escribe los pedidos",
    intent="CANCEL",
    notes="cancels the outlier order",
    tags=["voseo"],
)
M(
    c,
    "W",
    "chori 10 kilos y empanadas 3 cajas",
    lines=[F(CHORIZO, 10), F(EMPANADAS, 3)],
    notes="'chori' names no chorizo; 'empanadas' names no kind (Colombian beef or chicken, Argentine)",
)
M(
    c,
    "W",
    "lo mismo que la semana pasada pero doble morcilla, dale?",
    ref=R("last", ("double", "MORCILLA")),
    notes="same as last week with the morcilla doubled",
)
M(
    c,
    "W",
    "¿Tenés Fernet? Si hay mandame 6 botellas, y 2 cajas de alfajores igual",
    lines=[N(6, "Fernet"), L("ALFAJORES", 2)],
    flags=["conditional"],
    notes="conditional on an item that is not stocked",
    tags=["conditional", "voseo"],
)
M(
    c,
    "W",
    "¿Vos sabés si van a traer Quilmes? Los clientes la piden todo el tiempo",
    intent="QUESTION",
    notes="Quilmes is not stocked",
    tags=["voseo"],
)
M(
    c,
    "W",
    "2 kilos de yerba para los mozos",
    lines=[F(YERBA, 2)],
    notes="bare 'yerba' is Playadito or Taragüí (both 1kg)",
)
M(
    c,
    "W",
    "Che, sumame 2 cajas de palta y 3 de alfajores para el finde",
    lines=[L("PALTA-BOX", 2), L("ALFAJORES", 3)],
    notes="'sumame' adds to the order; palta is avocado",
    tags=["voseo", "regional_word"],
)
M(
    c,
    "W",
    "mandame 6 potes de dulce de leche y 1 kilo de Taragüí",
    lines=[L("DULCE-LECHE", 6), L("YERBA-TARAGUI", 1)],
    tags=["voseo"],
)
M(
    c,
    "W",
    "Che, la morcilla del martes vino sin cadena de frío, tuve que tirar 2 kilos",
    intent="COMPLAINT",
    tags=["voseo"],
)
M(
    c,
    "W",
    "mandame 3 cajas de empanadas argentinas y 4 kilos de morcilla",
    lines=[L("EMP-ARG-CARNE", 3), L("MORCILLA", 4)],
    tags=["voseo"],
)

# =====================================================================================================
# del-plata: Uruguayan/Argentine empanada bar, e-mail, Rioplatense Spanish
c = "del-plata"
M(
    c,
    "E",
    "Asunto: Pedido martes\n\nHola, les paso el pedido para el martes: 20 paquetes de tapas para horno, 3 potes de dulce de leche repostero, 2 kilos de yerba Playadito y 2 cajas kraft.\nSaludos,\nValentina Pereyra\nEmpanadas del Plata - 14 Exmouth Market, London EC1\n020 7946 0733",
    lines=[L("TAPAS-HORNO", 20), L("DULCE-LECHE", 3), L("YERBA-PLAYADITO", 2), L("KRAFT-BOX", 2)],
    notes="2 kilos of a 1kg bag are 2 bags",
    tags=["signature"],
)
M(
    c,
    "E",
    "Asunto: tapas\n\nNecesitamos 30 paquetes de tapas para el finde, ¿llegan el viernes?\nVale",
    lines=[F(TAPAS, 30)],
    notes="'tapas' without horno or freír; side question about the day",
    tags=["side_question"],
)
M(
    c,
    "E",
    "Asunto: pedido a cuenta\n\n¿Me lo pueden dejar a cuenta hasta el 15? 20 paquetes de tapas para horno y 10 para freír. Gracias, Valentina",
    lines=[L("TAPAS-HORNO", 20), L("TAPAS-FREIR", 10)],
    flags=["credit"],
    notes="asks for credit until the 15th: review",
    tags=["credit", "voseo"],
)
M(
    c,
    "E",
    "Asunto: Lo de siempre\n\nLo de siempre para el martes, gracias!\nV.",
    ref=R("usual"),
    notes="the usual",
)
M(
    c,
    "E",
    "Asunto: consulta\n\nQuería consultarles si hacen entregas los domingos, estamos pensando abrir al mediodía.",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    c,
    "E",
    "Asunto: Nueva encargada\n\nLes aviso que a partir del lunes la encargada de compras es Luciana Ferro, su celular es 07700 900744 y su mail luciana@empanadasdelplata.example.\nSaludos",
    intent="OTHER",
    notes="new contact",
)
M(
    c,
    "E",
    "Asunto: Re: Confirmación pedido CYC-30411\n\nSumale 2 cajas de alfajores, porfa.\nV.\n\n> El 08/08/2028, Cóndor y Ceiba escribió:\n> Confirmamos su pedido CYC-30411 para el martes: 20 paquetes tapas para horno,\n> 10 paquetes tapas para freír, 3 dulce de leche repostero.",
    lines=[L("ALFAJORES", 2)],
    notes="only the line above the quote is new; the quoted confirmation is not an order",
    tags=["quoted", "voseo"],
)
M(
    c,
    "E",
    "Asunto: Pedido viernes\n\nNecesitamos para el viernes 2 kilos de yerba Playadito, 4 cajas de alfajores y 3 kilos de chorizo parrillero. Gracias, Valentina",
    lines=[L("YERBA-PLAYADITO", 2), L("ALFAJORES", 4), L("CHORIZO-PARRILLERO", 3)],
)

# =====================================================================================================
# sabores-do-sul: Brazilian and Latin grocery, WhatsApp, Brazilian Portuguese
c = "sabores-do-sul"
M(
    c,
    "W",
    "Oi, boa tarde! Me manda pra quinta: 4 pacotes de polvilho azedo, 6 polpas de maracujá de 1kg e 2 caixas de feijão preto. Obrigada!",
    lines=[L("ALMIDON-AGRIO", 4), L("PULPA-MARACUYA", 6, "1kg"), L("CARAOTA-NEGRA", 2)],
    notes="polvilho azedo is the sour cassava starch; feijão preto the black beans",
)
M(
    c,
    "W",
    "Vocês têm Guaraná Antarctica? Se tiver manda 3 caixas",
    lines=[N(3, "Guaraná Antarctica")],
    flags=["conditional"],
    tags=["conditional"],
)
M(
    c,
    "W",
    "mandioca 3 e polpa de graviola 2, valeu",
    lines=[F(YUCA, 3), L("PULPA-GUANABANA", 2)],
    notes="bare 'mandioca' is the fresh box or the frozen bag; graviola (soursop) without a weight",
)
M(
    c,
    "W",
    "O mesmo da semana passada, mas com 3 pacotes de polpa de manga a mais",
    ref=R("last", ("add", L("PULPA-MANGO", 3))),
    notes="same as last week plus 3 mango packs",
)
M(
    c,
    "W",
    "Gostaria de saber se vocês entregam em Harlesden no sábado de manhã",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    c,
    "W",
    "As polpas de maracujá chegaram descongeladas, 6 pacotes. Não dá pra vender assim 😡",
    intent="COMPLAINT",
    tags=["emoji"],
)
M(
    c,
    "W",
    "24 latinhas de Inca Kola pra loja",
    lines=[L("INCA-KOLA", 1, IK_CAN)],
    notes="24 cans are one case of the can",
    tags=["count", "diminutive"],
)
M(
    c,
    "W",
    "Me manda 3 caixas de abacate e 2 kg de queijo fresco por favor",
    lines=[L("PALTA-BOX", 3), L("QUESO-FRESCO", 2)],
)
M(
    c,
    "W",
    "4 pacotes de mandioca congelada e 2 polpas de graviola de 1kg",
    lines=[L("YUCA-FRZ", 4), L("PULPA-GUANABANA", 2, "1kg")],
)

# =====================================================================================================
# lanchonete-paulista: Brazilian snack bar, SMS, Brazilian Portuguese
c = "lanchonete-paulista"
M(
    c,
    "S",
    "bom dia, 10 polpa maracuja 400g 4 polpa manga 2 caixa abacate e 1 caixa talher de madeira. obg",
    lines=[L("PULPA-MARACUYA", 10, "400g"), L("PULPA-MANGO", 4), L("PALTA-BOX", 2), L("CUTLERY-KIT", 1)],
    tags=["spoken"],
)
M(c, "S", "vcs tem pão de queijo congelado? e coxinha?", intent="QUESTION", notes="neither is stocked")
M(
    c,
    "S",
    "2 caixas de marmitex de plastico pra sexta",
    lines=[L("PP-CONTAINER", 2)],
    notes="marmitex are the PP containers, no size given",
)
M(
    c,
    "S",
    "100 empanadas de frango colombianas",
    lines=[L("EMP-COL-POLLO", 2)],
    notes="100 are 2 boxes of 50",
    tags=["count"],
)
M(c, "S", "o de sempre pra sexta", ref=R("usual"), notes="the usual")
M(c, "S", "faltou 1 caixa de abacate na entrega de ontem", intent="COMPLAINT", notes="short delivery")
M(c, "S", "cancela o pedido de sexta por favor, vamos fechar pra reforma", intent="CANCEL")
M(
    c,
    "S",
    "manda 5 polpas de maracujá de 1kg e 1 caixa de guardanapo",
    lines=[L("PULPA-MARACUYA", 5, "1kg"), L("NAPKINS", 1)],
)

# =====================================================================================================
# andes-kitchen: modern Peruvian restaurant, e-mail, English
c = "andes-kitchen"
M(
    c,
    "E",
    "Subject: Order for Thursday\n\nHi team,\nFor Thursday please:\n- 1 x 5kg aji amarillo tub\n- 2 aji panca tubs\n- 3 bags frozen aji limo\n- 4 bags choclo desgranado\n- 3 lucuma\nThanks,\nTom Ferris\nHead Chef, Andes Kitchen\n7 Bermondsey Wall, London SE16\n020 7946 0915",
    lines=[
        L("AJI-AMA-TUB", 1, "5kg"),
        L("AJI-PAN-TUB", 2),
        L("FRZ-AJI-LIMO", 3),
        L("CHOCLO-DESG", 4),
        L("PULPA-LUCUMA", 3),
    ],
    notes="'1 x 5kg' is one 5kg tub; '3 lucuma' are 3 packs of the pulp",
    tags=["signature", "number_in_name"],
)
M(
    c,
    "E",
    "Subject: extras\n\nCould we also get 6 pisco and 2 quinoa red with the Thursday drop? Tom",
    lines=[F(PISCO, 6), L("QUINOA-RED", 2)],
    notes="bare 'pisco'; red quinoa without a bag size",
    tags=["non_order_request"],
)
M(
    c,
    "E",
    "Subject: lucuma pulp\n\nI'd like to know whether your lucuma pulp is sweetened or 100% fruit - we're reworking the dessert menu. Tom",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    c,
    "E",
    "Subject: Re: weekly\n\nSame as last week please, but 6 cases of limes instead of 4 and no beef heart this time. Tom",
    ref=R("last", ("set", L("LIMON-BOX", 6)), ("remove", "CORAZON-RES")),
    notes="same as last week with a new quantity and a removal; the limes come by the box",
)
M(
    c,
    "E",
    "Subject: voice note\n\n(transcribed) two tubs of rocoto three cases of limes a bag of cancha five kilo and two boxes of choclo cobs",
    lines=[L("ROCOTO-TUB", 2), L("LIMON-BOX", 3), L("CANCHA-5KG", 1), L("CHOCLO-COB", 2)],
    notes="voice note without commas; 'tubs' narrows rocoto to the tub, 'a bag' starts an item",
    tags=["spoken", "voice", "unit_word"],
)
M(
    c,
    "E",
    "Subject: papa amarilla\n\nThe 25kg sack of papa amarilla that came on Tuesday had about 4kg of rotten potatoes at the bottom. Photos attached. Can you credit us? Tom",
    intent="COMPLAINT",
)
M(
    c,
    "E",
    "Subject: allergens\n\nCould you send me the allergen sheets for the huancaina and the aji amarillo paste? EHO visit on the 21st. Thanks",
    intent="QUESTION",
    notes="a request for documents is QUESTION",
    tags=["non_order_request"],
)
M(
    c,
    "E",
    "Subject: add to Thursday\n\nHi, could you add 2 bags of red quinoa 5kg and 1 case of huacatay paste to Thursday? Cheers, Tom",
    lines=[L("QUINOA-RED", 2, "5kg"), L("HUACATAY-JAR", 1)],
    notes="an addition to a placed order",
    tags=["non_order_request"],
)

# =====================================================================================================
# latin-quarter: events caterer, e-mail, English (never repeats a basket)
c = "latin-quarter"
M(
    c,
    "E",
    "Subject: Wedding 19 August - 220 guests\n\nHello,\nFor a wedding of 220 guests on Saturday 19 August we need:\n6 boxes of cocktail tequeños\n4 boxes Colombian beef empanadas\n4 boxes Colombian chicken empanadas\n10 cases Inca Kola cans\n24 bottles of pisco quebranta\n3 boxes wooden cutlery\nPO LQ-7712\nBest,\nNadia Brennan\nLatin Quarter Catering\n07700 900389",
    lines=[
        L("TEQUENO", 6, TQ_MINI),
        L("EMP-COL-CARNE", 4),
        L("EMP-COL-POLLO", 4),
        L("INCA-KOLA", 10, IK_CAN),
        L("PISCO-QUEBRANTA", 24),
        L("CUTLERY-KIT", 3),
    ],
    notes="a large order with a reason (220 guests) is not an outlier; pisco is sold by the bottle",
    tags=["signature"],
)
M(
    c,
    "E",
    "Subject: Friday gala\n\nPlease send our usual event order for the Friday gala. Thanks, Nadia",
    ref=R("usual"),
    notes="the caterer never repeats a basket: no usual order exists",
    tags=["ambiguous_reference"],
)
M(
    c,
    "E",
    "Subject: canapés\n\nHi, we need 300 mini tequeños and 150 chicken empanadas (the Colombian ones) for Thursday. Nadia",
    lines=[L("TEQUENO", 3, TQ_MINI), L("EMP-COL-POLLO", 3)],
    notes="300 minis are 3 boxes of 100; 150 empanadas 3 boxes of 50",
    tags=["count"],
)
M(
    c,
    "E",
    "Subject: quote\n\nCan I get a price for 20 boxes of empanadas and 15 cases of Pilsen for an event in October? Not ordering yet. Nadia",
    intent="QUESTION",
    notes="a quote request listing quantities",
    tags=["non_order_request"],
)
M(
    c,
    "E",
    "Subject: empanadas\n\nempanadas x 6 boxes for Saturday please, and 2 cases of kraft boxes",
    lines=[F(EMPANADAS, 6), L("KRAFT-BOX", 2)],
    notes="'empanadas' names no kind",
)
M(
    c,
    "E",
    "Subject: Corporate lunch PO LQ-7730\n\nFor Friday's corporate lunch (80 covers): 2 boxes pandebonos, 1 box small white arepas, 6 packs maracuya pulp 1kg, 4 cases chicha morada. Thanks, Nadia",
    lines=[
        L("PANDEBONO-FRZ", 2),
        L("AREPA-BLANCA", 1, AR_S),
        L("PULPA-MARACUYA", 6, "1kg"),
        L("CHICHA-MORADA-DRINK", 4),
    ],
    notes="80 covers and the PO are not quantities",
)

# =====================================================================================================
# fonda-nueva: Latin bar, WhatsApp, Spanglish (Colombian-American manager)
c = "fonda-nueva"
M(
    c,
    "W",
    "Hey! Para el viernes porfa: 4 cases de Aguila, 2 de Polar pilsen, 3 de Club dorada y 2 litros de tapa roja. Gracias bro",
    lines=[L("AGUILA", 4), L("POLAR-PILSEN", 2), L("CLUB-COL-DORADA", 3), L("AGUARDIENTE-ROJA", 2, "1L")],
    notes="'2 litros de tapa roja' are 2 bottles of the 1L",
    tags=["spanglish"],
)
M(
    c,
    "W",
    "3 cajas club colombia + 2 de aguardiente",
    lines=[F(CLUB, 3), F(AGUARD, 2)],
    notes="'club colombia' is dorada or roja; bare 'aguardiente'",
)
M(
    c,
    "W",
    "Hi, I'd like to book a table for 8 this Saturday at 9pm, birthday dinner 🎉",
    intent="OTHER",
    notes="a table booking sent to the wrong number",
    tags=["non_order_request", "emoji"],
    lang="en",
)
M(
    c,
    "W",
    "need 3 cans of polar light, running low",
    lines=[L("POLAR-LIGHT", 3)],
    notes="'3 cans' of a product sold by the case: 3 cases by the small-N rule",
    tags=["container"],
    lang="en",
)
M(
    c,
    "W",
    "and 12 bottles of club roja for the bar tonight",
    lines=[L("CLUB-COL-ROJA", None)],
    notes="12 bottles are half a case of 24: not a whole number of selling units, the clerk must ask",
    tags=["container"],
    lang="en",
)
M(
    c,
    "W",
    "half case of cusqueña negra pls",
    lines=[L("CUSQUENA-NEGRA", 0.5)],
    notes="a fraction of a case",
    tags=["fraction"],
    lang="en",
)
M(
    c,
    "W",
    "same as last week pero add 2 cases de pilsen callao chica",
    ref=R("last", ("add", L("PILSEN-CALLAO", 2, PIL_330))),
    notes="'chica' is the 330ml",
    tags=["spanglish"],
    lang="en",
)
M(
    c,
    "W",
    "2 botellas de nectar llegaron rotas yesterday, pls credit them",
    intent="COMPLAINT",
    tags=["spanglish"],
)
M(
    c,
    "W",
    "voice: for cases of aguila and to cases of polar pilsen",
    lines=[L("AGUILA", 4), L("POLAR-PILSEN", 2)],
    notes="voice-to-text homophones: 'for' is four, 'to' is two",
    tags=["voice", "homophone"],
    lang="en",
)
M(
    c,
    "W",
    "Bro send 6 bottles pisco acholado + 2 boxes mini tequeños",
    lines=[L("PISCO-ACHOLADO", 6), L("TEQUENO", 2, TQ_MINI)],
    tags=["spanglish"],
    lang="en",
)

# =====================================================================================================
# uni-latin-cafe: university café, e-mail, English
c = "uni-latin-cafe"
M(
    c,
    "E",
    "Subject: Order for Monday\n\nHello,\nOrder for Monday please: 3 boxes pandebonos, 2 boxes arepas de queso, 6 packs of mango pulp and 2 cases of 500ml containers.\nKind regards,\nPriya Shah\nCatering Manager, Mercado Café\nStudent Union Building, Room 1.14\n020 7946 0487 ext 214",
    lines=[L("PANDEBONO-FRZ", 3), L("AREPA-QUESO", 2), L("PULPA-MANGO", 6), L("PP-CONTAINER", 2, "500ml")],
    notes="room number and extension are not quantities",
    tags=["signature"],
)
M(
    c,
    "E",
    "Subject: add to Monday\n\nPlease add 2 boxes of chicken empanadas and 5 packs of açaí to Monday's delivery. Priya",
    lines=[L("EMP-COL-POLLO", 2), N(5, "açaí pulp")],
    notes="açaí is not stocked",
)
M(
    c,
    "E",
    "Subject: order confirmations\n\nI would like to add our new supervisor, Daniel Okafor, to the order confirmation emails: daniel.okafor@unionmercado.example. Thanks",
    intent="OTHER",
    notes="contact change",
    tags=["non_order_request"],
)
M(
    c,
    "E",
    "Subject: tequeños\n\nHi, can we get 2 boxes of tequeños for the Latin week stall? Priya",
    lines=[L("TEQUENO", 2)],
    notes="cheese tequeños without the box size; an order phrased as a question",
    tags=["non_order_request", "plain_member"],
)
M(
    c,
    "E",
    "Subject: Monday\n\nUsual for Monday please, plus 2 packs of mora pulp. Thanks, Priya",
    ref=R("usual", ("add", L("PULPA-MORA", 2))),
    notes="the usual plus mora pulp without a weight",
)
M(
    c,
    "E",
    "Subject: invoice\n\nCan I pay the July invoice by card? Our finance system has changed. Priya",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    c,
    "E",
    "Subject: Wednesday\n\nHi, for Wednesday: 2 cases Inca Kola Zero, 1 case Colombiana cans, 4 boxes wooden cutlery. Thanks, Priya",
    lines=[L("INCA-KOLA-ZERO", 2), L("COLOMBIANA", 1, COL_CAN), L("CUTLERY-KIT", 4)],
)
M(
    c,
    "E",
    "Subject: Friday top-up\n\nCould you send 3 boxes of buñuelos and 2 cases of Inca Kola Zero on Friday? Thanks, Priya",
    lines=[L("BUNUELO-FRZ", 3), L("INCA-KOLA-ZERO", 2)],
    tags=["non_order_request"],
)

# =====================================================================================================
# quinoa-co: health bowl café, WhatsApp, English
c = "quinoa-co"
M(
    c,
    "W",
    "hiya, for tmrw: 2 x 5kg white quinoa, 2 bags black quinoa, 3 boxes avocados, 2 lucuma pls",
    lines=[L("QUINOA-WHITE", 2, "5kg"), L("QUINOA-BLACK", 2), L("PALTA-BOX", 3), L("PULPA-LUCUMA", 2)],
    notes="'2 x 5kg' are two 5kg bags",
    tags=["pack", "number_in_name"],
)
M(
    c,
    "W",
    "white quinoa x4 and 2 cases containers pls",
    lines=[L("QUINOA-WHITE", 4), L("PP-CONTAINER", 2)],
    notes="no bag size and no container size",
)
M(
    c,
    "W",
    "10kg white quinoa for friday",
    lines=[L("QUINOA-WHITE", None)],
    notes="10 kg are ten 1kg bags or two 5kg bags: the quantity is not stated in bags and the size is ambiguous",
    tags=["count"],
)
M(
    c,
    "W",
    "can I get a price for the 25kg white quinoa sacks? thinking of switching, not ordering yet",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    c,
    "W",
    "hey can u change tomorrow's avocados from 3 boxes to 5 pls",
    intent="CHANGE",
    change=[L("PALTA-BOX", 5)],
    notes="new quantity for a placed order",
)
M(
    c,
    "W",
    "Heads up: we're closed 14-18 Aug for a refit, no deliveries that week please 🙏",
    intent="OTHER",
    notes="closure notice",
    tags=["emoji"],
)
M(
    c,
    "W",
    "also 2 bags of chia seeds and 2 tri colour quinoa",
    lines=[N(2, "chia seeds"), L("QUINOA-TRI", 2)],
    notes="chia is not stocked",
)
M(
    c,
    "W",
    "morning! 2 cases 750ml containers + 2 boxes avocados + 2 maracuya 1kg",
    lines=[L("PP-CONTAINER", 2, "750ml"), L("PALTA-BOX", 2), L("PULPA-MARACUYA", 2, "1kg")],
)
M(
    c,
    "W",
    "yo can we get 3 boxes avocados and 2 packs lucuma for thurs",
    lines=[L("PALTA-BOX", 3), L("PULPA-LUCUMA", 2)],
    tags=["non_order_request"],
)

# =====================================================================================================
# chifa-dragon: Peruvian-Chinese chifa, WhatsApp, Peruvian Spanish with some English
c = "chifa-dragon"
M(
    c,
    "W",
    "Hola amigo, para mañana 12 sillao, 3 sacos de arroz, 4 cajas inca kola litro y medio y 3 cajas de tapers de litro",
    lines=[L("SILLAO", 12), L("ARROZ-25KG", 3), L("INCA-KOLA", 4, IK_15), L("PP-CONTAINER", 3, "1000ml")],
)
M(
    c,
    "W",
    "3 paquetes de inca kola familiar para hoy, urgente",
    lines=[L("INCA-KOLA", 3, IK_15)],
    notes="a 'paquete' of familiar bottles is the pack of 6 x 1.5L, the selling case: 3 cases",
    tags=["pack", "unit_word"],
)
M(
    c,
    "W",
    "48 latas de inca kola",
    lines=[L("INCA-KOLA", 2, IK_CAN)],
    notes="48 cans are 2 cases of the can",
    tags=["count"],
)
M(
    c,
    "W",
    "lo de siempre amigo, pero 4 sacos de arroz",
    ref=R("usual", ("set", L("ARROZ-25KG", 4))),
    notes="the usual with a new rice quantity",
)
M(
    c,
    "W",
    "ustedes venden fideos para tallarín saltado? the thick ones",
    intent="QUESTION",
    notes="noodles are not stocked",
    tags=["spanglish"],
)
M(
    c,
    "W",
    "mándame 2 cajas de kion fresco y 12 sillao",
    lines=[N(2, "kion (fresh ginger)"), L("SILLAO", 12)],
    notes="kion (ginger) is not stocked",
)
M(
    c,
    "W",
    "amigo 2 cajas de kraft box, 1 de potecitos de 1 onza y 2 cajas de chicha morada pa mañana",
    lines=[L("KRAFT-BOX", 2), L("SAUCE-POT-1OZ", 1), L("CHICHA-MORADA-DRINK", 2)],
    tags=["diminutive"],
)
M(
    c,
    "W",
    "3 cajas de inca kola de 2 litros y 2 sacos de arroz",
    lines=[L("INCA-KOLA", 3, None, nofill=True), L("ARROZ-25KG", 2)],
    notes="Inca Kola has no 2L format: ambiguous, never filled from history",
)
M(
    c,
    "W",
    "hermano mándame 4 paquetes de salchicha huachana y 2 bolsas de palillo, es pa un menú especial del domingo",
    lines=[L("SALCHICHA-HUACHANA", 4), L("PALILLO", 2)],
)

# =====================================================================================================
# la-llamita: new Peruvian food truck, WhatsApp (no history)
c = "la-llamita"
M(
    c,
    "W",
    "Hola! Somos La Llamita, food truck peruano, abrimos el sábado 12 en Camden. Primer pedido, pagamos contra entrega: 2 baldes de ají amarillo de 1 kilo, 1 caja de salseros de 1oz, 2 cajas de inca kola en lata y 1 caja de kraft box",
    lines=[L("AJI-AMA-TUB", 2, "1kg"), L("SAUCE-POT-1OZ", 1), L("INCA-KOLA", 2, IK_CAN), L("KRAFT-BOX", 1)],
    notes="a first order paid on delivery ships as written; the 12th is a date",
    tags=["new_customer"],
)
M(c, "W", "¿Cuál es el pedido mínimo para delivery a Camden?", intent="QUESTION", tags=["new_customer"])
M(
    c,
    "W",
    "2 de rocoto y 3 choclo porfa",
    lines=[F(ROCOTO, 2), F(CHOCLO, 3)],
    notes="bare 'rocoto' and 'choclo'",
    tags=["new_customer"],
)
M(
    c,
    "W",
    "Segundo pedido, pago contra entrega igual: 1 caja de ají amarillo en frasco y 2 cajas de chicha morada",
    lines=[L("AJI-AMA-JAR", 1), L("CHICHA-MORADA-DRINK", 2)],
    notes="paid on delivery: ships",
    tags=["new_customer"],
)
M(
    c,
    "W",
    "lo mismo que el primer pedido otra vez porfa 🙏",
    ref=R("first"),
    notes="messages are not history: the first order cannot be looked up",
    tags=["new_customer", "ambiguous_reference", "emoji"],
)

# =====================================================================================================
# sol-de-bogota: new Colombian café, e-mail, English (no history)
c = "sol-de-bogota"
M(
    c,
    "E",
    "Subject: First order - Sol de Bogotá\n\nHello, we're opening on 19 August. We'd like to place our first order on a 30-day account if that's approved: 3 boxes pandebonos, 2 boxes buñuelos, 10 chocolate de mesa and 2 cases Colombiana cans.\nBest, Camila Rojas",
    lines=[L("PANDEBONO-FRZ", 3), L("BUNUELO-FRZ", 2), L("CHOCOLATE-MESA", 10), L("COLOMBIANA", 2, COL_CAN)],
    flags=["credit"],
    notes="depends on a 30-day account being approved: review",
    tags=["new_customer", "credit"],
)
M(
    c,
    "E",
    "Subject: Could you send your price list?\n\nCould you send us your full price list and the allergen info for the buñuelos? Thanks, Camila",
    intent="QUESTION",
    tags=["non_order_request", "new_customer"],
)
M(
    c,
    "E",
    "Subject: order - pay on delivery\n\nAccount still pending so we'll pay on delivery this time: 2 boxes pandebonos and 1 case arequipe. Camila",
    lines=[L("PANDEBONO-FRZ", 2), L("AREQUIPE", 1)],
    notes="paid on delivery: ships",
    tags=["new_customer"],
)
M(
    c,
    "E",
    "Subject: Automatic reply: Out of office\n\nThanks for your email. I'm away until 14 August with limited access to email. For urgent matters call 07700 900412. Camila Rojas, Sol de Bogotá",
    intent="OTHER",
    notes="auto-reply",
    tags=["new_customer"],
)
