# ruff: noqa  (hand-written data generator of blind set 71, kept as its writer left it)
"""Customers of the seventy-first blind set, their hand-written usual baskets and the seeded history generator.

Every customer, business, person and address is invented. Phone numbers are Ofcom drama numbers
(+447700900711 ... +447700900735), e-mail addresses are under `.example`.
"""

import datetime
import random

from cat71 import PRODUCTS

VARIANT_PRODUCTS = {p["sku"] for p in PRODUCTS if p["variants"]}

LAST_MONDAY = datetime.date(2028, 7, 31)  # week of the last history order
FIRST_MESSAGE_DAY = datetime.date(2028, 8, 7)


def C(
    key,
    name,
    kind,
    channel,
    address,
    language,
    profile,
    weeks,
    weekday,
    usual,
    extra=None,
    last=None,
    orders=None,
    note="",
):
    return {
        "customer": key,
        "name": name,
        "kind": kind,
        "channel": channel,
        "address": address,
        "language": language,
        "profile": profile,
        "weeks": weeks,
        "weekday": weekday,
        "usual": usual,
        "extra": extra,
        "last": last,
        "orders": orders,
        "note": note,
    }


CUSTOMERS = [
    C(
        "el-chalan",
        "El Chalán Cevichería",
        "Peruvian cevichería",
        "WHATSAPP",
        "+447700900711",
        "es",
        "regular",
        7,
        1,
        [
            ("LIMON-BOX", 6),
            ("FRZ-AJI-LIMO", 4),
            ("AJI-AMA-TUB", "5kg", 2),
            ("CHOCLO-DESG", 5),
            ("CANCHA-5KG", 2),
            ("PAPA-AMARILLA", "25kg", 1),
            ("INCA-KOLA", "24 x 330ml Can", 3),
            ("CUSQUENA-DORADA", 2),
            ("SAUCE-POT-2OZ", 1),
        ],
        extra=("ROCOTO-JAR", 1),
        last=("drop", "SAUCE-POT-2OZ"),
    ),
    C(
        "sabor-limeno",
        "Sabor Limeño",
        "Peruvian restaurant",
        "EMAIL",
        "pedidos@saborlimeno.example",
        "es",
        "steady",
        8,
        2,
        [
            ("AJI-AMA-JAR", 2),
            ("AJI-PAN-JAR", 1),
            ("ROCOTO-JAR", 1),
            ("HUACATAY-JAR", 1),
            ("PAPA-AMARILLA", "10kg", 2),
            ("CHOCLO-COB", 1),
            ("QUESO-FRESCO", 3),
            ("CORAZON-RES", 6),
            ("INCA-KOLA", "12 x 500ml Bottle", 4),
            ("CHICHA-MORADA-DRINK", 3),
            ("PISCO-QUEBRANTA", 6),
            ("SILLAO", 4),
        ],
        extra=("FRZ-ROCOTO", 1),
    ),
    C(
        "inti-pollos",
        "Inti Pollos a la Brasa",
        "Peruvian rotisserie chicken restaurant",
        "WHATSAPP",
        "+447700900712",
        "es",
        "regular",
        6,
        0,
        [
            ("AJI-AMA-TUB", "1kg", 4),
            ("HUANCAINA-TUB", 3),
            ("ROCOTO-TUB", 2),
            ("AJI-PAN-TUB", 2),
            ("INCA-KOLA", "6 x 1.5L Bottle", 6),
            ("INCA-KOLA-ZERO", 1),
            ("CHICHA-MORADA-DRINK", 4),
            ("PP-CONTAINER", "1000ml", 2),
            ("SAUCE-POT-1OZ", 2),
            ("NAPKINS", 1),
        ],
        extra=("COMINO", 2),
        last=("qty", "HUANCAINA-TUB", 1),
    ),
    C(
        "tambo-andino",
        "Tambo Andino",
        "Peruvian and Bolivian grocery (bodega)",
        "SMS",
        "+447700900713",
        "es",
        "steady",
        6,
        3,
        [
            ("CHUNO-NEGRO", 4),
            ("CHUNO-BLANCO", 3),
            ("QUINOA-WHITE", "1kg", 10),
            ("QUINOA-RED", "1kg", 5),
            ("CANCHA-500", 2),
            ("MAIZ-MORADO", 10),
            ("MOTE", 6),
            ("QUESO-PARIA", 3),
            ("INCA-KOLA", "24 x 330ml Can", 4),
            ("PAPA-HUAYRO", 1),
            ("ROCOTO-JAR", 1),
        ],
        extra=("FRIJOL-CANARIO", 1),
    ),
    C(
        "la-paz-saltenas",
        "Salteñería La Paz",
        "Bolivian salteña bakery",
        "WHATSAPP",
        "+447700900714",
        "es",
        "regular",
        5,
        2,
        [
            ("AJI-PAN-TUB", 3),
            ("COMINO", 2),
            ("QUESO-PARIA", 4),
            ("CHUNO-NEGRO", 2),
            ("TAPAS-HORNO", 10),
            ("PAPA-HUAYRO", 1),
            ("PALILLO", 1),
            ("SALTENA-FRZ", 4),
            ("FRZ-ROCOTO", 2),
        ],
        extra=("CALDO-GALLINA", 1),
        last=("qty", "QUESO-PARIA", 1),
    ),
    C(
        "arepa-y-mas",
        "Arepa y Más",
        "Venezuelan arepera",
        "WHATSAPP",
        "+447700900715",
        "es",
        "regular",
        7,
        0,
        [
            ("PAN-WHITE-BALE", 3),
            ("QUESO-LLANERO", 8),
            ("QUESO-DE-MANO", 4),
            ("CARAOTA-NEGRA", 1),
            ("MALTA-POLAR", "24 x 355ml Can", 3),
            ("FRESCOLITA", 1),
            ("POLAR-PILSEN", 2),
            ("TEQUENO", "Regular 40g (box of 30)", 2),
            ("PLATANO-BOX", "Ripe", 2),
            ("PP-CONTAINER", "500ml", 1),
        ],
        extra=("AREPA-QUESO", 1),
        last=("drop", "FRESCOLITA"),
    ),
    C(
        "la-caraquena",
        "Panadería La Caraqueña",
        "Venezuelan bakery",
        "SMS",
        "+447700900716",
        "es",
        "steady",
        5,
        1,
        [
            ("PANELA-BLOCK", 24),
            ("QUESO-DE-MANO", 3),
            ("QUESO-LLANERO", 2),
            ("CACHAPA-FRZ", 6),
            ("TEQUENO", "Cocktail 20g (box of 100)", 2),
            ("TEQUENO-GUAYABA", 1),
            ("MALTA-POLAR", "24 x 250ml Bottle", 2),
            ("FRESCOLITA", 1),
            ("PAN-YELLOW-1KG", 10),
        ],
        extra=("CHORIZO-CARUPANERO", 2),
    ),
    C(
        "tequenos-express",
        "Tequeños Express",
        "Venezuelan street-food stall",
        "WHATSAPP",
        "+447700900717",
        "es",
        "regular",
        6,
        3,
        [
            ("TEQUENO", "Regular 40g (box of 30)", 3),
            ("TEQUENO-GUAYABA", 1),
            ("QUESO-LLANERO", 2),
            ("MALTA-POLAR", "24 x 355ml Can", 2),
            ("FRESCOLITA", 1),
            ("SAUCE-POT-1OZ", 1),
            ("KRAFT-BOX", 1),
            ("NAPKINS", 1),
        ],
        extra=("PONY-MALTA", "24 x 330ml Bottle", 1),
        last=("extra",),
    ),
    C(
        "el-paisa",
        "Restaurante El Paisa",
        "Colombian restaurant",
        "WHATSAPP",
        "+447700900718",
        "es",
        "regular",
        8,
        4,
        [
            ("FRIJOL-CARGAMANTO", 2),
            ("CHORIZO-ANTIOQUENO", 4),
            ("AREPA-BLANCA", "Large 12cm (box of 30)", 3),
            ("PLATANO-BOX", "Green", 2),
            ("PLATANO-BOX", "Ripe", 1),
            ("MASAREPA-MONT", 1),
            ("AGUARDIENTE-ROJA", "750ml", 6),
            ("CLUB-COL-DORADA", 2),
            ("AGUILA", 2),
            ("PONY-MALTA", "24 x 330ml Bottle", 2),
            ("COLOMBIANA", "24 x 330ml Can", 2),
            ("PULPA-LULO", "1kg", 4),
            ("PULPA-MORA", "1kg", 4),
            ("SUERO-COSTENO", 2),
            ("QUESO-COSTENO", 3),
        ],
        extra=("PAPA-CRIOLLA", 2),
        last=("drop", "SUERO-COSTENO"),
    ),
    C(
        "dona-rosa",
        "Panadería Donde Doña Rosa",
        "Colombian bakery",
        "WHATSAPP",
        "+447700900719",
        "es",
        "steady",
        7,
        0,
        [
            ("ALMIDON-AGRIO", 3),
            ("QUESO-COSTENO", 4),
            ("QUESILLO", 2),
            ("PANDEBONO-FRZ", 2),
            ("BUNUELO-FRZ", 2),
            ("AREQUIPE", 1),
            ("BOCADILLO", 2),
            ("CHOCOLATE-MESA", 10),
            ("PANELA-POLVO", 5),
            ("COLOMBIANA", "12 x 400ml Glass", 1),
        ],
        extra=("PULPA-MORA", "400g", 4),
    ),
    C(
        "la-candelaria",
        "La Candelaria Bodega",
        "Colombian grocery shop",
        "EMAIL",
        "compras@lacandelaria.example",
        "es",
        "regular",
        6,
        2,
        [
            ("PAN-WHITE-1KG", 40),
            ("PAN-YELLOW-1KG", 20),
            ("MASAREPA-MONT", 4),
            ("PANELA-BLOCK", 30),
            ("CHOCOLATE-MESA", 12),
            ("BOCADILLO", 3),
            ("COLOMBIANA", "24 x 330ml Can", 3),
            ("POSTOBON-MANZANA", 2),
            ("PONY-MALTA", "24 x 200ml Mini Bottle", 3),
            ("AGUILA", 2),
            ("FRIJOL-CARGAMANTO", 2),
            ("PULPA-MARACUYA", "400g", 20),
            ("PULPA-GUANABANA", "400g", 10),
        ],
        extra=("QUESO-COSTENO", 2),
        last=("qty", "PAN-WHITE-1KG", 10),
    ),
    C(
        "mitad-del-mundo",
        "Mitad del Mundo",
        "Ecuadorian restaurant",
        "WHATSAPP",
        "+447700900720",
        "es",
        "regular",
        5,
        3,
        [
            ("MOTE", 8),
            ("PLATANO-BOX", "Green", 3),
            ("YUCA-BOX", 1),
            ("CHOCLO-COB", 1),
            ("PULPA-TOMATE-ARBOL", "1kg", 4),
            ("PULPA-MORA", "1kg", 2),
            ("ACHIOTE", 1),
            ("QUESO-FRESCO", 4),
            ("TOSTONES-FRZ", 4),
        ],
        extra=("MADUROS-FRZ", 2),
        last=("qty", "MOTE", 2),
    ),
    C(
        "la-guayaquilena",
        "La Guayaquileña",
        "Ecuadorian café and grocery",
        "SMS",
        "+447700900721",
        "es",
        "steady",
        6,
        4,
        [
            ("PLATANO-BOX", "Green", 4),
            ("TOSTONES-FRZ", 6),
            ("MADUROS-FRZ", 4),
            ("QUESO-FRESCO", 3),
            ("PULPA-MARACUYA", "1kg", 4),
            ("PULPA-GUANABANA", "1kg", 2),
            ("MOTE", 2),
            ("ACHIOTE", 1),
            ("CALDO-GALLINA", 1),
            ("YUCA-FRZ", 2),
        ],
        extra=("PULPA-MORA", "1kg", 2),
    ),
    C(
        "el-gaucho",
        "Parrilla El Gaucho Porteño",
        "Argentine steakhouse",
        "WHATSAPP",
        "+447700900722",
        "es",
        "regular",
        7,
        2,
        [
            ("CHORIZO-PARRILLERO", 8),
            ("MORCILLA", 4),
            ("CHIMICHURRI", 1),
            ("EMP-ARG-CARNE", 3),
            ("DULCE-LECHE", 2),
            ("ALFAJORES", 3),
            ("YERBA-TARAGUI", 1),
            ("PALTA-BOX", 1),
        ],
        extra=("TAPAS-HORNO", 4),
        last=("drop", "PALTA-BOX"),
    ),
    C(
        "del-plata",
        "Empanadas del Plata",
        "Uruguayan and Argentine empanada bar",
        "EMAIL",
        "hola@empanadasdelplata.example",
        "es",
        "steady",
        6,
        0,
        [
            ("TAPAS-HORNO", 20),
            ("TAPAS-FREIR", 10),
            ("DULCE-LECHE", 3),
            ("YERBA-PLAYADITO", 2),
            ("ALFAJORES", 4),
            ("CHORIZO-PARRILLERO", 3),
            ("CHIMICHURRI", 1),
            ("KRAFT-BOX", 2),
            ("NAPKINS", 1),
        ],
        extra=("MORCILLA", 2),
    ),
    C(
        "sabores-do-sul",
        "Sabores do Sul Mercado",
        "Brazilian and Latin grocery",
        "WHATSAPP",
        "+447700900723",
        "pt",
        "regular",
        6,
        1,
        [
            ("ALMIDON-AGRIO", 4),
            ("YUCA-FRZ", 4),
            ("CARAOTA-NEGRA", 2),
            ("PULPA-MARACUYA", "1kg", 6),
            ("PULPA-GUANABANA", "1kg", 2),
            ("PULPA-MANGO", 3),
            ("PALTA-BOX", 1),
            ("QUESO-FRESCO", 2),
            ("INCA-KOLA", "24 x 330ml Can", 1),
        ],
        extra=("CHOCOLATE-MESA", 2),
        last=("qty", "ALMIDON-AGRIO", 1),
    ),
    C(
        "lanchonete-paulista",
        "Lanchonete Paulista",
        "Brazilian snack bar",
        "SMS",
        "+447700900724",
        "pt",
        "steady",
        5,
        3,
        [
            ("PULPA-MARACUYA", "400g", 10),
            ("PULPA-MANGO", 4),
            ("PALTA-BOX", 2),
            ("EMP-COL-POLLO", 2),
            ("PP-CONTAINER", "750ml", 1),
            ("SAUCE-POT-1OZ", 1),
            ("NAPKINS", 2),
            ("CUTLERY-KIT", 1),
            ("QUESO-FRESCO", 2),
        ],
        extra=("PULPA-GUANABANA", "400g", 4),
    ),
    C(
        "andes-kitchen",
        "Andes Kitchen",
        "modern Peruvian restaurant",
        "EMAIL",
        "tom.ferris@andeskitchen.example",
        "en",
        "regular",
        7,
        1,
        [
            ("AJI-AMA-TUB", "5kg", 1),
            ("AJI-PAN-TUB", 2),
            ("ROCOTO-TUB", 1),
            ("HUACATAY-JAR", 1),
            ("FRZ-AJI-LIMO", 3),
            ("QUINOA-BLACK", 2),
            ("QUINOA-RED", "5kg", 1),
            ("CHOCLO-DESG", 4),
            ("CANCHA-5KG", 1),
            ("PAPA-AMARILLA", "25kg", 1),
            ("PULPA-LUCUMA", 3),
            ("PISCO-ACHOLADO", 6),
            ("PISCO-QUEBRANTA", 6),
            ("LIMON-BOX", 4),
            ("CORAZON-RES", 5),
        ],
        extra=("MAIZ-MORADO", 2),
        last=("qty", "AJI-AMA-TUB", 1),
    ),
    C(
        "latin-quarter",
        "Latin Quarter Catering",
        "events caterer",
        "EMAIL",
        "events@latinquarter.example",
        "en",
        "irregular",
        6,
        3,
        [],
        orders=[
            [
                ("EMP-COL-CARNE", 4),
                ("TEQUENO", "Cocktail 20g (box of 100)", 3),
                ("INCA-KOLA", "24 x 330ml Can", 6),
                ("NAPKINS", 2),
                ("CUTLERY-KIT", 2),
            ],
            [
                ("EMP-ARG-CARNE", 5),
                ("PULPA-MARACUYA", "1kg", 10),
                ("CHICHA-MORADA-DRINK", 6),
                ("KRAFT-BOX", 2),
            ],
            [
                ("EMP-COL-POLLO", 3),
                ("PANDEBONO-FRZ", 2),
                ("AREPA-BLANCA", "Small 8cm (box of 60)", 2),
                ("PILSEN-CALLAO", "24 x 330ml Bottle", 8),
                ("SAUCE-POT-1OZ", 1),
            ],
            [
                ("TEQUENO", "Cocktail 20g (box of 100)", 5),
                ("EMP-COL-CARNE", 2),
                ("PISCO-QUEBRANTA", 12),
                ("NAPKINS", 1),
            ],
            [
                ("PULPA-MANGO", 8),
                ("CHICHA-MORADA-DRINK", 4),
                ("PANDEBONO-FRZ", 4),
                ("CUTLERY-KIT", 3),
                ("INCA-KOLA", "24 x 330ml Can", 4),
            ],
            [
                ("EMP-ARG-CARNE", 2),
                ("EMP-COL-POLLO", 2),
                ("TEQUENO", "Cocktail 20g (box of 100)", 2),
                ("KRAFT-BOX", 1),
            ],
        ],
        note="never repeats a basket",
    ),
    C(
        "fonda-nueva",
        "Fonda Nueva Latin Bar",
        "Latin bar",
        "WHATSAPP",
        "+447700900725",
        "es",
        "regular",
        8,
        4,
        [
            ("CLUB-COL-DORADA", 3),
            ("CLUB-COL-ROJA", 2),
            ("AGUILA", 4),
            ("POLAR-PILSEN", 2),
            ("PILSEN-CALLAO", "24 x 330ml Bottle", 2),
            ("AGUARDIENTE-NECTAR", 4),
            ("AGUARDIENTE-ROJA", "1L", 2),
            ("PISCO-ACHOLADO", 3),
            ("PONY-MALTA", "24 x 330ml Bottle", 1),
            ("LIMON-BOX", 2),
            ("TEQUENO", "Cocktail 20g (box of 100)", 2),
            ("NAPKINS", 1),
        ],
        extra=("FRESCOLITA", 1),
        last=("qty", "CLUB-COL-DORADA", 1),
    ),
    C(
        "uni-latin-cafe",
        "Mercado Café (Student Union)",
        "university café",
        "EMAIL",
        "priya.shah@unionmercado.example",
        "en",
        "steady",
        6,
        0,
        [
            ("PANDEBONO-FRZ", 3),
            ("AREPA-QUESO", 2),
            ("EMP-COL-POLLO", 2),
            ("PULPA-MANGO", 6),
            ("PULPA-MORA", "1kg", 3),
            ("CHOCOLATE-MESA", 4),
            ("PP-CONTAINER", "500ml", 2),
            ("CUTLERY-KIT", 1),
            ("NAPKINS", 2),
            ("INCA-KOLA-ZERO", 1),
            ("COLOMBIANA", "24 x 330ml Can", 1),
        ],
        extra=("BUNUELO-FRZ", 1),
    ),
    C(
        "quinoa-co",
        "Quinoa & Co",
        "health bowl café",
        "WHATSAPP",
        "+447700900726",
        "en",
        "regular",
        5,
        2,
        [
            ("QUINOA-WHITE", "5kg", 2),
            ("QUINOA-TRI", 1),
            ("QUINOA-BLACK", 2),
            ("PALTA-BOX", 3),
            ("PULPA-MARACUYA", "1kg", 2),
            ("PULPA-LUCUMA", 2),
            ("CHOCLO-DESG", 2),
            ("PP-CONTAINER", "750ml", 2),
            ("CUTLERY-KIT", 1),
        ],
        extra=("PULPA-MANGO", 2),
        last=("drop", "CUTLERY-KIT"),
    ),
    C(
        "chifa-dragon",
        "Chifa Dragón Dorado",
        "Peruvian-Chinese chifa restaurant",
        "WHATSAPP",
        "+447700900727",
        "es",
        "steady",
        7,
        1,
        [
            ("SILLAO", 12),
            ("INCA-KOLA", "6 x 1.5L Bottle", 4),
            ("INCA-KOLA", "24 x 330ml Can", 2),
            ("ARROZ-25KG", 3),
            ("AJI-AMA-JAR", 1),
            ("KRAFT-BOX", 2),
            ("PP-CONTAINER", "1000ml", 3),
            ("SAUCE-POT-1OZ", 1),
            ("CHICHA-MORADA-DRINK", 2),
            ("PALILLO", 1),
        ],
        extra=("ROCOTO-JAR", 1),
    ),
    C(
        "la-llamita",
        "La Llamita Food Truck",
        "Peruvian food truck (opening 12 August)",
        "WHATSAPP",
        "+447700900728",
        "es",
        "new",
        0,
        0,
        [],
    ),
    C(
        "sol-de-bogota",
        "Sol de Bogotá Café",
        "Colombian café (opening)",
        "EMAIL",
        "hola@soldebogota.example",
        "en",
        "new",
        0,
        0,
        [],
    ),
]

CUSTOMER_BY_KEY = {c["customer"]: c for c in CUSTOMERS}


def _line(t):
    if len(t) == 3:
        sku, var, qty = t
    else:
        (sku, qty), var = t, None
    d = {"sku": sku, "quantity": qty}
    if sku in VARIANT_PRODUCTS:
        assert var is not None, t
        d["variant"] = var
    else:
        assert var is None, t
    return d


def _basket(lines):
    return [_line(t) for t in lines]


def _apply(basket, op, extra):
    b = [dict(l) for l in basket]
    if op[0] == "qty":
        for l in b:
            if l["sku"] == op[1]:
                l["quantity"] += op[2]
                break
        else:
            raise ValueError(op)
    elif op[0] == "drop":
        n = len(b)
        b = [l for l in b if l["sku"] != op[1]]
        assert len(b) == n - 1, op
    elif op[0] == "extra":
        b.append(_line(extra))
    return b


def history_of(c, index):
    """The customer's orders, oldest first (deterministic: integer seed per customer)."""
    rng = random.Random(71000 + index)
    if c["profile"] == "new":
        return []
    n = c["weeks"] if c["profile"] != "irregular" else len(c["orders"])
    last = LAST_MONDAY + datetime.timedelta(days=c["weekday"])
    dates = [(last - datetime.timedelta(days=7 * (n - 1 - i))).isoformat() for i in range(n)]
    if c["profile"] == "irregular":
        baskets = [_basket(o) for o in c["orders"]]
    else:
        usual = _basket(c["usual"])
        baskets = [usual for _ in range(n)]
        if c["profile"] == "steady":
            i_qty, i_extra = rng.sample(range(n - 1), 2)
            j = rng.randrange(len(usual))
            baskets[i_qty] = _apply(usual, ("qty", usual[j]["sku"], 1), None)
            baskets[i_extra] = _apply(usual, ("extra",), c["extra"])
        else:
            i_extra = rng.randrange(n - 1)
            baskets[i_extra] = _apply(usual, ("extra",), c["extra"])
            baskets[-1] = _apply(usual, c["last"], c["extra"])
    return [{"date": d, "lines": [dict(l) for l in b]} for d, b in zip(dates, baskets)]


def all_histories():
    out = []
    for i, c in enumerate(CUSTOMERS):
        out.append(
            {
                "customer": c["customer"],
                "name": c["name"],
                "kind": c["kind"],
                "channel": c["channel"],
                "address": c["address"],
                "language": c["language"],
                "orders": history_of(c, i),
            }
        )
    return out
