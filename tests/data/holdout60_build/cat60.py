# ruff: noqa  (hand-written data generator of blind set 60, kept as its writer left it)
"""Catalog of the sixtieth blind set: an invented Iberian tapas-bar and restaurant supplier.
Brand names are real products as a distributor would list them; prices are invented."""

DISTRIBUTOR = "Bellota Norte Distribuciones S.L."
CURRENCY = "EUR"

CATEGORIES = [
    ("Charcutería", None, ["charcuteria", "embutidos", "cured meats"]),
    ("Quesos", None, ["cheese", "quesos"]),
    ("Despensa", None, ["pantry", "dry goods"]),
    ("Conservas y Pescado", None, ["tinned fish", "conservas"]),
    ("Congelados", None, ["frozen", "congelados"]),
    ("Bebidas", None, ["drinks", "bebidas"]),
    ("Jamón Serrano", "Charcutería", ["serrano ham"]),
    ("Jamón y Paleta Ibérica", "Charcutería", ["iberico ham", "pata negra"]),
    ("Embutidos", "Charcutería", ["chorizo", "salchichon", "fuet"]),
    ("Loncheados", "Charcutería", ["sliced", "sobres"]),
    ("Manchego", "Quesos", ["manchego"]),
    ("Quesos Regionales", "Quesos", ["regional cheese"]),
    ("Aceite de Oliva", "Despensa", ["olive oil", "aove"]),
    ("Aceitunas y Encurtidos", "Despensa", ["olives", "pickles"]),
    ("Arroz y Pasta", "Despensa", ["paella rice", "fideua"]),
    ("Especias y Condimentos", "Despensa", ["saffron", "pimenton"]),
    ("Salsas y Caldos", "Despensa", ["stock", "alioli"]),
    ("Aperitivos", "Despensa", ["crisps", "almonds"]),
    ("Conservas de Pescado", "Conservas y Pescado", ["tinned fish", "latas"]),
    ("Bacalao", "Conservas y Pescado", ["salt cod"]),
    ("Croquetas", "Congelados", ["croquettes"]),
    ("Tapas Congeladas", "Congelados", ["frozen tapas"]),
    ("Marisco Congelado", "Congelados", ["frozen seafood"]),
    ("Cerveza", "Bebidas", ["beer", "cerveza"]),
    ("Vermut y Jerez", "Bebidas", ["vermouth", "sherry"]),
    ("Cava y Vino", "Bebidas", ["cava", "wine"]),
    ("Refrescos", "Bebidas", ["soft drinks"]),
]

# (sku, name, category, unit, price, aliases, keywords, training examples, variants)
# variant: (name, type, sku, price, ai_aliases)
P = []


def p(sku, name, cat, unit, price, aliases, keywords, examples, variants=()):
    P.append(
        dict(
            sku=sku,
            name=name,
            category=cat,
            unit=unit,
            unit_price=price,
            aliases=list(aliases),
            keywords=list(keywords),
            ai_training_examples=list(examples),
            variants=[
                dict(name=v[0], variant_type=v[1], sku=v[2], unit_price=v[3], ai_aliases=list(v[4]))
                for v in variants
            ],
        )
    )


S, W, V, C = "SIZE", "WEIGHT", "VOLUME", "COLOR"
# --- Jamón serrano
p(
    "SER-RES-LEG",
    "Jamón Serrano Reserva 12 Meses Pieza con Hueso (7-8kg)",
    "Jamón Serrano",
    "each",
    "89.00",
    ["serrano reserva pieza", "pata de serrano reserva"],
    ["jamon", "serrano", "pieza"],
    ["kindly add one bone-in serrano reserva leg to Friday's drop"],
)
p(
    "SER-GR-LEG",
    "Jamón Serrano Gran Reserva 18 Meses Pieza con Hueso (8-9kg)",
    "Jamón Serrano",
    "each",
    "124.00",
    ["serrano gran reserva", "gran reserva 18 meses"],
    ["jamon", "serrano"],
    ["one gran reserva leg for the carving station, ta"],
)
p(
    "SER-DESH",
    "Jamón Serrano Reserva Deshuesado Media Pieza (approx 2.5kg)",
    "Jamón Serrano",
    "each",
    "38.50",
    ["serrano deshuesado", "boneless serrano"],
    ["jamon", "serrano", "boneless"],
    ["a boneless half-piece of serrano for the slicer please"],
)
p(
    "SER-LONCH-100",
    "Jamón Serrano Reserva Loncheado 100g (pack of 10 sobres)",
    "Loncheados",
    "pack",
    "19.90",
    ["sobres de serrano", "serrano sliced 100g"],
    ["jamon", "serrano", "sliced"],
    ["pack of the serrano 100 gram envelopes x1"],
)
p(
    "SER-LONCH-500",
    "Jamón Serrano Reserva Loncheado Bandeja 500g",
    "Loncheados",
    "each",
    "11.20",
    ["bandeja serrano 500", "serrano tray 500g"],
    ["jamon", "serrano", "sliced"],
    ["half-kilo serrano interleaved tray, three of them"],
)
# --- Ibérico
p(
    "IB-CEBO-LEG",
    "Jamón Ibérico de Cebo 50% Raza Ibérica Pieza (8-9kg)",
    "Jamón y Paleta Ibérica",
    "each",
    "195.00",
    ["iberico de cebo pieza", "jamon cebo"],
    ["jamon", "iberico", "cebo"],
    ["whole cebo ibérico ham leg, single unit"],
)
p(
    "IB-CAMPO-LEG",
    "Jamón Ibérico de Cebo de Campo 50% Pieza (8-9kg)",
    "Jamón y Paleta Ibérica",
    "each",
    "245.00",
    ["cebo de campo", "jamon cebo de campo"],
    ["jamon", "iberico", "campo"],
    ["leg of field-fed cebo de campo x 1 por favor"],
)
p(
    "IB-BELL50-LEG",
    "Jamón Ibérico de Bellota 50% Pieza (7-8kg)",
    "Jamón y Paleta Ibérica",
    "each",
    "310.00",
    ["bellota 50", "jamon bellota 50%"],
    ["jamon", "iberico", "bellota"],
    ["acorn-fed 50 percent leg, one"],
)
p(
    "IB-BELL100-LEG",
    "Jamón 100% Ibérico de Bellota Pata Negra Pieza (7-8kg)",
    "Jamón y Paleta Ibérica",
    "each",
    "435.00",
    ["pata negra", "bellota 100%", "100% iberico"],
    ["jamon", "iberico", "bellota"],
    ["black label hundred percent acorn leg for xmas display"],
)
p(
    "IB-CEBO-PAL",
    "Paleta Ibérica de Cebo 50% (5-6kg)",
    "Jamón y Paleta Ibérica",
    "each",
    "98.00",
    ["paleta de cebo", "paleta iberica cebo"],
    ["paleta", "iberico", "shoulder"],
    ["cebo shoulder (paleta) qty one"],
)
p(
    "IB-BELL-PAL",
    "Paleta Ibérica de Bellota 50% (5-5.5kg)",
    "Jamón y Paleta Ibérica",
    "each",
    "149.00",
    ["paleta de bellota", "paleta iberica bellota"],
    ["paleta", "iberico", "shoulder"],
    ["acorn shoulder paleta, one piece only"],
)
p(
    "IB-CEBO-DESH",
    "Jamón Ibérico de Cebo Deshuesado (approx 4.5kg)",
    "Jamón y Paleta Ibérica",
    "each",
    "142.00",
    ["cebo deshuesado", "boneless cebo"],
    ["iberico", "deshuesado", "boneless"],
    ["deboned cebo ham block for the machine"],
)
p(
    "IB-BELL-DESH",
    "Jamón Ibérico de Bellota 50% Deshuesado (approx 4kg)",
    "Jamón y Paleta Ibérica",
    "each",
    "215.00",
    ["bellota deshuesado", "boneless bellota"],
    ["iberico", "deshuesado", "boneless"],
    ["deboned acorn-fed ham block qty 1"],
)
# --- Loncheados
p(
    "IB-CEBO-LONCH",
    "Jamón Ibérico de Cebo Loncheado 80g (pack of 10 sobres)",
    "Loncheados",
    "pack",
    "34.00",
    ["sobres de cebo", "cebo loncheado"],
    ["iberico", "sliced", "sobres"],
    ["ten-envelope pack of sliced cebo"],
)
p(
    "IB-BELL-LONCH",
    "Jamón Ibérico de Bellota Loncheado a Cuchillo (pack of 10 sobres)",
    "Loncheados",
    "pack",
    "42.00",
    ["bellota loncheado", "sobres de bellota", "hand carved bellota"],
    ["iberico", "sliced", "bellota"],
    ["knife-cut acorn ham envelopes, pack"],
    [
        ("50g sobres", W, "IB-BELL-LONCH-50", "42.00", ["sobres de 50"]),
        ("100g sobres", W, "IB-BELL-LONCH-100", "79.00", ["sobres de 100"]),
    ],
)
p(
    "CHOR-IB-LONCH",
    "Chorizo Ibérico de Bellota Loncheado 100g (pack of 10)",
    "Loncheados",
    "pack",
    "21.00",
    ["chorizo loncheado", "sliced chorizo"],
    ["chorizo", "sliced"],
    ["pre-sliced acorn chorizo envelopes"],
)
p(
    "SALCH-IB-LONCH",
    "Salchichón Ibérico de Bellota Loncheado 100g (pack of 10)",
    "Loncheados",
    "pack",
    "22.00",
    ["salchichon loncheado", "sliced salchichon"],
    ["salchichon", "sliced"],
    ["pre-sliced salchichón envelopes, ten per pack"],
)
p(
    "LOMO-IB-LONCH",
    "Lomo Ibérico de Bellota Loncheado 80g (pack of 10)",
    "Loncheados",
    "pack",
    "36.00",
    ["lomo loncheado", "sliced lomo"],
    ["lomo", "sliced"],
    ["cured loin slices in 80 gram envelopes"],
)
# --- Embutidos
p(
    "CHOR-CULAR",
    "Chorizo Cular Ibérico de Bellota (approx 1.2kg)",
    "Embutidos",
    "each",
    "24.00",
    ["chorizo cular", "cular de bellota"],
    ["chorizo", "iberico"],
    ["a thick cular chorizo of acorn pig"],
)
p(
    "CHOR-SARTA-DUL",
    "Chorizo Sarta Dulce",
    "Embutidos",
    "each",
    "2.90",
    ["sarta dulce", "chorizo sarta dulce", "sweet horseshoe chorizo"],
    ["chorizo", "sarta"],
    ["mild horseshoe ring chorizo, few of them"],
    [
        ("250g", W, "CHOR-SARTA-DUL-250", "2.90", ["sarta pequeña"]),
        ("450g", W, "CHOR-SARTA-DUL-450", "4.80", ["sarta grande"]),
    ],
)
p(
    "CHOR-SARTA-PIC",
    "Chorizo Sarta Picante 250g",
    "Embutidos",
    "each",
    "2.95",
    ["sarta picante", "spicy horseshoe chorizo"],
    ["chorizo", "sarta"],
    ["hot horseshoe ring chorizo"],
)
p(
    "CHOR-COCINAR",
    "Chorizo Fresco para Cocinar (pack of 6 x 80g)",
    "Embutidos",
    "pack",
    "4.20",
    ["chorizo para cocinar", "cooking chorizo", "chorizo fresco"],
    ["chorizo", "fresh"],
    ["the fresh chorizitos for grilling, packs"],
)
p(
    "SALCH-CULAR",
    "Salchichón Cular Ibérico de Bellota (approx 1.2kg)",
    "Embutidos",
    "each",
    "22.50",
    ["salchichon cular", "salchichon de bellota"],
    ["salchichon", "iberico"],
    ["acorn cular salchichón piece"],
)
p(
    "SALCH-VELA",
    "Salchichón Extra Vela 250g",
    "Embutidos",
    "each",
    "3.10",
    ["salchichon vela", "vela extra"],
    ["salchichon"],
    ["thin candle salchichón sticks"],
)
p(
    "LOMO-IB",
    "Lomo Ibérico de Bellota Media Pieza (approx 700g)",
    "Embutidos",
    "each",
    "29.00",
    ["lomo embuchado", "caña de lomo"],
    ["lomo", "iberico"],
    ["half cured pork loin piece, bellota"],
)
p(
    "FUET",
    "Fuet Extra 160g (pack of 10)",
    "Embutidos",
    "pack",
    "16.50",
    ["fuet", "fuets", "espetec"],
    ["fuet", "catalan"],
    ["thin catalan dry sausage, packs of ten"],
)
p(
    "SOBRASADA",
    "Sobrasada de Mallorca IGP 400g",
    "Embutidos",
    "each",
    "6.40",
    ["sobrasada", "sobrassada"],
    ["mallorca", "spread"],
    ["mallorcan spreadable sausage pot"],
)
p(
    "CHISTORRA",
    "Chistorra de Navarra (bag of 1kg)",
    "Embutidos",
    "bag",
    "9.80",
    ["chistorra", "txistorra"],
    ["navarra", "sausage"],
    ["thin navarre sausage in kilo bags"],
)
# --- Manchego
p(
    "MAN-SEMI",
    "Queso Manchego D.O.P. Semicurado 3 Meses",
    "Manchego",
    "each",
    "13.50",
    ["manchego semicurado", "semi cured manchego", "manchego semi"],
    ["manchego", "queso"],
    ["young three-month sheep cheese"],
    [
        ("Mini 1kg", W, "MAN-SEMI-1", "13.50", ["mini semicurado"]),
        ("Rueda 3kg", W, "MAN-SEMI-3", "36.00", ["rueda semicurado"]),
    ],
)
p(
    "MAN-CUR",
    "Queso Manchego D.O.P. Curado 6 Meses",
    "Manchego",
    "each",
    "15.20",
    ["manchego curado", "cured manchego"],
    ["manchego", "queso"],
    ["six-month sheep cheese wheel"],
    [
        ("Mini 1kg", W, "MAN-CUR-1", "15.20", ["mini curado"]),
        ("Media Rueda 1.5kg", W, "MAN-CUR-15", "22.00", ["media rueda curado"]),
        ("Rueda 3kg", W, "MAN-CUR-3", "41.50", ["rueda curado"]),
    ],
)
p(
    "MAN-VIEJO",
    "Queso Manchego D.O.P. Viejo 12 Meses Rueda 3kg",
    "Manchego",
    "each",
    "49.00",
    ["manchego viejo", "aged manchego", "manchego añejo"],
    ["manchego", "queso"],
    ["year-old sheep cheese whole"],
)
p(
    "MAN-CUNAS",
    "Queso Manchego Curado en Cuñas 250g (box of 12)",
    "Manchego",
    "box",
    "38.00",
    ["cuñas de manchego", "manchego wedges"],
    ["manchego", "wedges"],
    ["retail wedges of cured manchego by the box"],
)
# --- Quesos regionales
p(
    "IDI-NAT",
    "Queso Idiazabal D.O. Natural (approx 1kg)",
    "Quesos Regionales",
    "each",
    "18.50",
    ["idiazabal natural", "idiazabal sin ahumar"],
    ["idiazabal", "basque"],
    ["unsmoked basque sheep cheese"],
)
p(
    "IDI-AHU",
    "Queso Idiazabal D.O. Ahumado (approx 1kg)",
    "Quesos Regionales",
    "each",
    "19.50",
    ["idiazabal ahumado", "smoked idiazabal", "idiazabal keztatua"],
    ["idiazabal", "basque"],
    ["smoky basque sheep cheese"],
)
p(
    "TETILLA",
    "Queso Tetilla Gallega D.O.P. (approx 1kg)",
    "Quesos Regionales",
    "each",
    "11.80",
    ["tetilla", "queixo tetilla"],
    ["galicia", "cow"],
    ["cone-shaped galician cow cheese"],
)
p(
    "ARZUA",
    "Queso Arzúa-Ulloa D.O.P. (approx 1kg)",
    "Quesos Regionales",
    "each",
    "12.40",
    ["arzua", "arzua-ulloa", "queixo arzua"],
    ["galicia", "cow"],
    ["round galician soft cow cheese"],
)
p(
    "TORTA-CASAR",
    "Torta del Casar D.O.P. 500g",
    "Quesos Regionales",
    "each",
    "17.90",
    ["torta del casar", "torta casar"],
    ["extremadura", "torta"],
    ["runny extremadura torta cheese"],
)
p(
    "CABRALES",
    "Queso Cabrales D.O.P. 500g",
    "Quesos Regionales",
    "each",
    "16.20",
    ["cabrales", "asturian blue"],
    ["blue", "asturias"],
    ["asturian blue cheese half kilo"],
)
p(
    "MAHON",
    "Queso Mahón-Menorca Semicurado (approx 2.5kg)",
    "Quesos Regionales",
    "each",
    "27.00",
    ["mahon", "queso mahon", "menorca cheese"],
    ["menorca"],
    ["square menorcan cheese"],
)
p(
    "CABRA-RULO",
    "Rulo de Cabra 1kg",
    "Quesos Regionales",
    "each",
    "10.90",
    ["rulo de cabra", "goats cheese log", "queso de cabra"],
    ["cabra", "goat"],
    ["goat log for grilling"],
)
# --- Aceite
p(
    "AOVE-CASA",
    "Aceite de Oliva Virgen Extra Hojiblanca Olivar de Tarsis",
    "Aceite de Oliva",
    "each",
    "5.90",
    ["olivar de tarsis", "aove hojiblanca", "hojiblanca"],
    ["aceite", "aove", "evoo"],
    ["the house hojiblanca extra virgin"],
    [
        ("750ml", V, "AOVE-CASA-075", "5.90", ["botella 750"]),
        ("3L lata", V, "AOVE-CASA-3L", "22.50", ["lata 3 litros"]),
        ("5L PET", V, "AOVE-CASA-5L", "34.00", ["garrafa 5l"]),
    ],
)
p(
    "AOVE-ARBEQ",
    "Aceite de Oliva Virgen Extra Arbequina D.O. Les Garrigues 500ml (case of 6)",
    "Aceite de Oliva",
    "case",
    "42.00",
    ["arbequina oil", "oli arbequina", "les garrigues"],
    ["aceite", "aove", "arbequina"],
    ["premium catalan arbequina oil for tables"],
)
p(
    "AO-SUAVE",
    "Aceite de Oliva Suave 0,4º Carbonell",
    "Aceite de Oliva",
    "each",
    "4.60",
    ["carbonell suave", "aceite suave", "mild olive oil"],
    ["aceite", "carbonell"],
    ["mild refined olive oil by carbonell"],
    [
        ("1L", V, "AO-SUAVE-1L", "4.60", ["botella litro"]),
        ("5L", V, "AO-SUAVE-5L", "21.50", ["garrafa carbonell"]),
    ],
)
p(
    "AO-ORUJO",
    "Aceite de Orujo de Oliva 5L",
    "Aceite de Oliva",
    "each",
    "14.80",
    ["aceite de orujo", "orujo oil", "pomace oil"],
    ["aceite", "fritura", "frying"],
    ["pomace for the fryer 5 litre"],
)
# --- Aceitunas
p(
    "ACEIT-ANCHOA",
    "Aceitunas Manzanilla Rellenas de Anchoa La Española",
    "Aceitunas y Encurtidos",
    "each",
    "1.95",
    ["rellenas de anchoa", "anchovy stuffed olives", "la española rellenas"],
    ["aceitunas", "olives"],
    ["anchovy-filled green olives tins"],
    [
        ("350g lata", W, "ACEIT-ANCHOA-350", "1.95", ["lata pequeña rellenas"]),
        ("2kg lata", W, "ACEIT-ANCHOA-2K", "9.40", ["lata grande rellenas"]),
    ],
)
p(
    "ACEIT-GORDAL",
    "Aceitunas Gordal Sevillanas Aliñadas Lata 2kg",
    "Aceitunas y Encurtidos",
    "each",
    "11.50",
    ["gordal", "gordales", "queen olives"],
    ["aceitunas", "olives"],
    ["big seville dressed olives"],
)
p(
    "ACEIT-MANZ-SH",
    "Aceitunas Manzanilla Sin Hueso Lata 5kg",
    "Aceitunas y Encurtidos",
    "each",
    "16.80",
    ["manzanilla sin hueso", "pitted manzanilla"],
    ["aceitunas", "olives"],
    ["stoned green olives big tin"],
)
p(
    "ACEIT-ARBEQ",
    "Aceitunas Arbequinas Lata 2kg",
    "Aceitunas y Encurtidos",
    "each",
    "12.90",
    ["olivas arbequinas", "arbequina olives", "aceitunas arbequinas"],
    ["aceitunas", "olives"],
    ["little catalan olives in a tin"],
)
p(
    "ACEIT-CAZ",
    "Aceitunas Negras Cacereñas Lata 2kg",
    "Aceitunas y Encurtidos",
    "each",
    "10.80",
    ["cacereñas", "aceitunas negras", "black olives"],
    ["aceitunas", "olives"],
    ["dark caceres olives tin"],
)
p(
    "GILDAS",
    "Gildas Tradicionales (tub of 30)",
    "Aceitunas y Encurtidos",
    "tub",
    "15.60",
    ["gildas", "banderillas gilda"],
    ["pintxo", "skewer"],
    ["olive-anchovy-pepper skewers tub"],
)
p(
    "PIQUILLO",
    "Pimientos del Piquillo de Lodosa D.O.P. Lata 3kg",
    "Aceitunas y Encurtidos",
    "each",
    "24.00",
    ["piquillo", "piquillos", "pimientos del piquillo"],
    ["pimientos", "peppers"],
    ["roasted lodosa red peppers catering tin"],
)
p(
    "PIPARRAS",
    "Piparras de Ibarra (tarro 1kg)",
    "Aceitunas y Encurtidos",
    "each",
    "6.90",
    ["piparras", "guindillas de ibarra", "guindillas"],
    ["basque", "peppers"],
    ["pickled ibarra chilli peppers jar"],
)
p(
    "ALCACHOFA",
    "Corazones de Alcachofa 12/16 Lata 3kg",
    "Aceitunas y Encurtidos",
    "each",
    "13.90",
    ["alcachofas", "corazones de alcachofa", "artichoke hearts"],
    ["vegetables"],
    ["artichoke hearts catering can"],
)
# --- Conservas de pescado
p(
    "ORTIZ-BONITO",
    "Bonito del Norte en Aceite de Oliva Ortiz",
    "Conservas de Pescado",
    "each",
    "4.90",
    ["bonito ortiz", "bonito del norte"],
    ["conservas", "bonito"],
    ["ortiz white tuna in olive oil"],
    [
        ("112g lata", W, "ORTIZ-BONITO-112", "4.90", ["lata pequeña bonito"]),
        ("250g tarro", W, "ORTIZ-BONITO-250", "11.20", ["tarro bonito"]),
        ("1.8kg lata", W, "ORTIZ-BONITO-1800", "52.00", ["lata hosteleria bonito"]),
    ],
)
p(
    "ORTIZ-ANCH",
    "Anchoas del Cantábrico en Aceite de Oliva Ortiz 47.5g (8-10 filetes)",
    "Conservas de Pescado",
    "each",
    "6.80",
    ["anchoas ortiz", "ortiz anchovies"],
    ["anchoas", "conservas"],
    ["cantabrian anchovy fillets small tin ortiz"],
)
p(
    "ANCH-00",
    "Anchoas del Cantábrico Serie 00 Bandeja 20 filetes",
    "Conservas de Pescado",
    "each",
    "14.50",
    ["anchoas 00", "serie 00", "doble cero"],
    ["anchoas", "premium"],
    ["premium double-zero anchovy tray"],
)
p(
    "BOQUERONES",
    "Boquerones en Vinagre Bandeja 500g",
    "Conservas de Pescado",
    "each",
    "7.20",
    ["boquerones", "boquerones en vinagre", "white anchovies"],
    ["anchoas", "vinagre"],
    ["marinated white anchovies tray"],
)
p(
    "MEJILLONES",
    "Mejillones en Escabeche Cuca",
    "Conservas de Pescado",
    "each",
    "3.10",
    ["mejillones", "mejillones en escabeche", "mussels in escabeche"],
    ["conservas", "mejillones"],
    ["pickled mussels tins by cuca"],
    [
        ("8/10 piezas", S, "MEJILLONES-8-10", "3.10", ["mejillon grande"]),
        ("13/18 piezas", S, "MEJILLONES-13-18", "2.80", ["mejillon pequeño"]),
    ],
)
p(
    "BERBERECHOS",
    "Berberechos al Natural 35/45 Cuca",
    "Conservas de Pescado",
    "each",
    "5.60",
    ["berberechos", "cockles"],
    ["conservas"],
    ["cockles in brine tin"],
)
p(
    "VENTRESCA",
    "Ventresca de Atún Claro en Aceite de Oliva Albo 110g",
    "Conservas de Pescado",
    "each",
    "7.80",
    ["ventresca", "ventresca albo", "tuna belly"],
    ["atun", "conservas"],
    ["yellowfin belly fillets albo"],
)
p(
    "ATUN-1800",
    "Atún Claro en Aceite de Oliva Lata 1.8kg",
    "Conservas de Pescado",
    "each",
    "19.50",
    ["atun claro lata grande", "catering tuna"],
    ["atun", "conservas"],
    ["big catering can of light tuna"],
)
p(
    "PULPO-ALBO",
    "Pulpo en Aceite de Oliva Albo 111g",
    "Conservas de Pescado",
    "each",
    "6.90",
    ["pulpo albo", "pulpo en aceite", "tinned octopus"],
    ["pulpo", "conservas"],
    ["octopus chunks in oil small tin"],
)
# --- Bacalao
p(
    "BAC-LOMO",
    "Lomo de Bacalao Desalado Congelado (kg)",
    "Bacalao",
    "kg",
    "23.50",
    ["lomo de bacalao", "cod loin", "lomos de bacalao"],
    ["bacalao", "desalado"],
    ["desalted thick cod loins by weight"],
)
p(
    "BAC-TAJADA",
    "Tajadas de Bacalao Desalado Congelado (kg)",
    "Bacalao",
    "kg",
    "15.80",
    ["tajadas de bacalao", "tajadas"],
    ["bacalao", "desalado"],
    ["desalted cod portions for frying"],
)
p(
    "BAC-DESMIG",
    "Bacalao Desmigado Desalado (bag 1kg)",
    "Bacalao",
    "bag",
    "11.20",
    ["bacalao desmigado", "migas de bacalao", "shredded cod"],
    ["bacalao", "desalado"],
    ["flaked desalted cod for esqueixada"],
)
p(
    "BAC-SALADO",
    "Bacalao Salado en Penca (kg)",
    "Bacalao",
    "kg",
    "17.90",
    ["bacalao salado", "bacalao en penca", "salt cod whole"],
    ["bacalao", "salado"],
    ["whole dried salted cod side"],
)
# --- Arroz y pasta
p(
    "ARROZ-BOMBA",
    "Arroz Bomba D.O. Calasparra",
    "Arroz y Pasta",
    "bag",
    "4.20",
    ["arroz bomba", "bomba rice", "calasparra"],
    ["arroz", "paella"],
    ["calasparra bomba grain"],
    [
        ("1kg", W, "ARROZ-BOMBA-1", "4.20", ["bomba kilo"]),
        ("5kg", W, "ARROZ-BOMBA-5", "19.00", ["bomba cinco kilos"]),
    ],
)
p(
    "ARROZ-FALL-25",
    "Arroz Redondo La Fallera Saco 25kg",
    "Arroz y Pasta",
    "sack",
    "31.00",
    ["saco fallera", "la fallera 25kg"],
    ["arroz", "paella"],
    ["fallera round grain big sack"],
)
p(
    "ARROZ-FALL-1",
    "Arroz Redondo La Fallera 1kg (case of 10)",
    "Arroz y Pasta",
    "case",
    "15.50",
    ["fallera 1kg", "la fallera kilo"],
    ["arroz", "paella"],
    ["ten one-kilo fallera packets in a carton"],
)
p(
    "ARROZ-SENIA",
    "Arroz Senia D.O. Valencia 5kg",
    "Arroz y Pasta",
    "bag",
    "13.40",
    ["arroz senia", "senia", "arros senia"],
    ["arroz", "valencia"],
    ["senia variety for valencian paella"],
)
p(
    "FIDEUA",
    "Fideos para Fideuá Nº2 500g (case of 20)",
    "Arroz y Pasta",
    "case",
    "17.00",
    ["fideos fideua", "fideua noodles", "fideus"],
    ["pasta", "fideua"],
    ["short noodles number two for fideuá"],
)
# --- Especias
p(
    "AZAFRAN",
    "Azafrán en Hebra La Mancha D.O.P.",
    "Especias y Condimentos",
    "each",
    "6.50",
    ["azafran", "saffron", "safrà", "azafrán en hebra"],
    ["saffron", "la mancha"],
    ["la mancha saffron threads"],
    [
        ("1g sobre", W, "AZAFRAN-1", "6.50", ["sobre de un gramo"]),
        ("4g lata", W, "AZAFRAN-4", "24.00", ["latita 4 gramos"]),
        ("28g lata", W, "AZAFRAN-28", "158.00", ["lata onza"]),
    ],
)
p(
    "PIM-DULCE",
    "Pimentón de la Vera D.O.P. Dulce",
    "Especias y Condimentos",
    "each",
    "2.40",
    ["pimenton dulce", "sweet paprika", "pebre roig dolç"],
    ["pimenton", "paprika"],
    ["mild smoked vera paprika"],
    [
        ("75g lata", W, "PIM-DULCE-75", "2.40", ["latita dulce"]),
        ("750g lata", W, "PIM-DULCE-750", "14.50", ["lata grande dulce"]),
    ],
)
p(
    "PIM-PICANTE",
    "Pimentón de la Vera D.O.P. Picante",
    "Especias y Condimentos",
    "each",
    "2.50",
    ["pimenton picante", "hot paprika", "hot smoked paprika"],
    ["pimenton", "paprika"],
    ["spicy smoked vera paprika"],
    [
        ("75g lata", W, "PIM-PICANTE-75", "2.50", ["latita picante"]),
        ("750g lata", W, "PIM-PICANTE-750", "15.20", ["lata grande picante"]),
    ],
)
p(
    "PIM-AGRIDULCE",
    "Pimentón de la Vera D.O.P. Agridulce Lata 750g",
    "Especias y Condimentos",
    "each",
    "14.90",
    ["pimenton agridulce", "bittersweet paprika"],
    ["pimenton", "paprika"],
    ["half-sweet vera paprika big tin"],
)
p(
    "PAELLERO",
    "Sazonador Paellero Carmencita (bote 1kg)",
    "Especias y Condimentos",
    "each",
    "9.60",
    ["paellero", "sazonador paellero", "carmencita paellero"],
    ["seasoning", "paella"],
    ["yellow paella seasoning tub"],
)
# --- Salsas y caldos
p(
    "ALIOLI",
    "Allioli (tarrina 1kg)",
    "Salsas y Caldos",
    "tub",
    "5.80",
    ["alioli", "allioli", "aioli"],
    ["garlic", "salsa"],
    ["garlic mayo kilo pot"],
)
p(
    "SALSA-BRAVA",
    "Salsa Brava (tarrina 1kg)",
    "Salsas y Caldos",
    "tub",
    "6.40",
    ["salsa brava", "brava sauce", "salsa bravas"],
    ["salsa", "patatas bravas"],
    ["spicy sauce for potatoes kilo pot"],
)
p(
    "CALDO-PESCADO",
    "Caldo de Pescado para Paella 1L (case of 6)",
    "Salsas y Caldos",
    "case",
    "13.20",
    ["caldo de pescado", "fish stock", "fumet"],
    ["caldo", "paella"],
    ["fish stock cartons for rice"],
)
p(
    "CALDO-POLLO",
    "Caldo de Pollo 1L (case of 6)",
    "Salsas y Caldos",
    "case",
    "10.80",
    ["caldo de pollo", "chicken stock", "brou de pollastre"],
    ["caldo"],
    ["chicken broth litre cartons"],
)
p(
    "VINAGRE-JEREZ",
    "Vinagre de Jerez Reserva D.O.P. 750ml",
    "Salsas y Caldos",
    "bottle",
    "5.20",
    ["vinagre de jerez", "sherry vinegar"],
    ["vinagre", "vinegar"],
    ["aged sherry vinegar bottle"],
)
# --- Aperitivos
p(
    "PATATAS-BONILLA",
    "Patatas Fritas Bonilla a la Vista Lata 500g",
    "Aperitivos",
    "each",
    "8.40",
    ["bonilla", "patatas bonilla", "bonilla a la vista"],
    ["crisps", "patatas"],
    ["galician crisps in the tin"],
)
p(
    "ALMENDRA",
    "Almendras Marcona Fritas con Sal (bag 1kg)",
    "Aperitivos",
    "bag",
    "16.90",
    ["almendras marcona", "marcona almonds", "marconas"],
    ["almonds", "snack"],
    ["fried salted marcona nuts kilo"],
)
# --- Croquetas
p(
    "CROQ-JAMON",
    "Croquetas de Jamón Ibérico Congeladas",
    "Croquetas",
    "box",
    "14.90",
    ["croquetas de jamon", "ham croquetas", "croquetes de pernil"],
    ["croquetas", "frozen"],
    ["ibérico ham croquettes frozen box"],
    [
        ("Caja 40 uds (1.2kg)", S, "CROQ-JAMON-40", "14.90", ["caja de 40 jamon"]),
        ("Caja 100 uds (3kg)", S, "CROQ-JAMON-100", "34.50", ["caja de 100 jamon"]),
    ],
)
p(
    "CROQ-BACALAO",
    "Croquetas de Bacalao Congeladas (box of 40)",
    "Croquetas",
    "box",
    "15.50",
    ["croquetas de bacalao", "cod croquetas", "croquetes de bacallà"],
    ["croquetas", "frozen"],
    ["salt cod croquettes forty per box"],
)
p(
    "CROQ-BOLETUS",
    "Croquetas de Boletus Congeladas (box of 40)",
    "Croquetas",
    "box",
    "16.20",
    ["croquetas de boletus", "mushroom croquetas", "croquetas de setas"],
    ["croquetas", "frozen"],
    ["porcini croquettes frozen"],
)
p(
    "CROQ-POLLO",
    "Croquetas de Pollo Asado Congeladas (box of 40)",
    "Croquetas",
    "box",
    "12.90",
    ["croquetas de pollo", "chicken croquetas"],
    ["croquetas", "frozen"],
    ["roast chicken croquettes carton"],
)
p(
    "CROQ-CHIPIRON",
    "Croquetas de Chipirón en su Tinta Congeladas (box of 40)",
    "Croquetas",
    "box",
    "15.90",
    ["croquetas de chipiron", "croquetas negras", "squid ink croquetas"],
    ["croquetas", "frozen"],
    ["black squid-ink croquettes"],
)
# --- Tapas congeladas
p(
    "TORT-CEBOLLA",
    "Tortilla de Patata con Cebolla 600g (box of 6)",
    "Tapas Congeladas",
    "box",
    "21.00",
    ["tortilla con cebolla", "tortilla with onion"],
    ["tortilla", "frozen"],
    ["onion spanish omelette six per carton"],
)
p(
    "TORT-SIN",
    "Tortilla de Patata sin Cebolla 600g (box of 6)",
    "Tapas Congeladas",
    "box",
    "20.50",
    ["tortilla sin cebolla", "tortilla no onion"],
    ["tortilla", "frozen"],
    ["onionless spanish omelette carton"],
)
p(
    "CALAMARES",
    "Calamares a la Romana Congelados (bag 1kg)",
    "Tapas Congeladas",
    "bag",
    "8.90",
    ["calamares a la romana", "calamari rings", "rabas"],
    ["calamares", "frozen"],
    ["battered squid rings kilo bag"],
)
p(
    "EMPANADA",
    "Empanada Gallega de Atún 1.5kg Congelada",
    "Tapas Congeladas",
    "each",
    "16.80",
    ["empanada gallega", "empanada de atun", "tuna empanada"],
    ["empanada", "galicia"],
    ["big galician tuna pie frozen"],
)
p(
    "PAN-CRISTAL",
    "Pan de Cristal Precocido Congelado (box of 30)",
    "Tapas Congeladas",
    "box",
    "19.80",
    ["pan de cristal", "glass bread", "pa de vidre"],
    ["pan", "bread"],
    ["crystal bread part-baked thirty per box"],
)
p(
    "PULPO-PATA",
    "Patas de Pulpo Cocido Congeladas (kg)",
    "Tapas Congeladas",
    "kg",
    "32.00",
    ["patas de pulpo", "pulpo cocido", "octopus legs"],
    ["pulpo", "frozen"],
    ["boiled octopus tentacles per kilo"],
)
# --- Marisco
p(
    "LANGOSTINO",
    "Langostino Cocido 30/40 Congelado (box 2kg)",
    "Marisco Congelado",
    "box",
    "27.00",
    ["langostino cocido", "langostinos", "cooked king prawns"],
    ["marisco", "prawns"],
    ["cooked prawns two kilo carton"],
)
p(
    "GAMBA-PELADA",
    "Gamba Pelada Cruda 60/80 Congelada (bag 1kg)",
    "Marisco Congelado",
    "bag",
    "13.60",
    ["gamba pelada", "peeled prawns", "gambas peladas"],
    ["marisco", "prawns", "al ajillo"],
    ["raw peeled shrimp for garlic prawns"],
)
# --- Cerveza
p(
    "ED-KEG",
    "Estrella Damm Barril",
    "Cerveza",
    "keg",
    "64.00",
    ["barril estrella damm", "estrella damm keg", "barril damm"],
    ["cerveza", "barril", "caña"],
    ["damm draught barrel for the tap"],
    [
        ("20L", V, "ED-KEG-20", "64.00", ["barril 20"]),
        ("30L", V, "ED-KEG-30", "92.00", ["barril 30"]),
        ("50L", V, "ED-KEG-50", "148.00", ["barril 50"]),
    ],
)
p(
    "ED-BOT",
    "Estrella Damm Botella",
    "Cerveza",
    "case",
    "14.90",
    ["estrella damm botella", "botellines damm", "damm bottles"],
    ["cerveza", "botella"],
    ["damm lager bottled crates"],
    [
        ("Quinto 20cl (case of 24)", S, "ED-BOT-20", "14.90", ["quintos damm"]),
        ("Tercio 33cl (case of 24)", S, "ED-BOT-33", "19.80", ["tercios damm"]),
    ],
)
p(
    "MAHOU-KEG",
    "Mahou Cinco Estrellas Barril 30L",
    "Cerveza",
    "keg",
    "95.00",
    ["barril mahou", "mahou keg", "mahou de barril"],
    ["cerveza", "barril"],
    ["madrid lager draught barrel"],
)
p(
    "MAHOU-BOT",
    "Mahou Cinco Estrellas Botella",
    "Cerveza",
    "case",
    "19.50",
    ["mahou botella", "botellines mahou", "mahou bottles"],
    ["cerveza", "botella"],
    ["five star madrid lager crates"],
    [
        ("Quinto 25cl (case of 30)", S, "MAHOU-BOT-25", "19.50", ["quintos mahou"]),
        ("Tercio 33cl (case of 24)", S, "MAHOU-BOT-33", "20.40", ["tercios mahou"]),
    ],
)
p(
    "EG-BOT",
    "Estrella Galicia Especial Tercio 33cl (case of 24)",
    "Cerveza",
    "case",
    "21.00",
    ["estrella galicia botella", "tercios galicia", "estrella galicia especial"],
    ["cerveza", "galicia"],
    ["galician lager third-litre crate"],
)
p(
    "EG-KEG",
    "Estrella Galicia Especial Barril 30L",
    "Cerveza",
    "keg",
    "98.00",
    ["barril estrella galicia", "estrella galicia keg", "barril galicia"],
    ["cerveza", "barril", "galicia"],
    ["galician lager draught barrel"],
)
p(
    "EG-1906",
    "Estrella Galicia 1906 Reserva Especial 33cl (case of 24)",
    "Cerveza",
    "case",
    "26.40",
    ["1906", "1906 reserva especial", "mil novecientos seis"],
    ["cerveza", "galicia"],
    ["nineteen-oh-six red vintage crate"],
)
p(
    "ALHAMBRA-1925",
    "Alhambra Reserva 1925 33cl (case of 24)",
    "Cerveza",
    "case",
    "27.60",
    ["alhambra reserva", "alhambra 1925", "reserva 1925"],
    ["cerveza", "granada"],
    ["granada green-bottle reserve crate"],
)
p(
    "FREE-DAMM",
    "Free Damm 0,0 33cl (case of 24)",
    "Cerveza",
    "case",
    "16.80",
    ["free damm", "damm sin alcohol"],
    ["cerveza", "sin alcohol"],
    ["alcohol-free damm crate"],
)
# --- Vermut y jerez
p(
    "YZ-ROJO",
    "Vermut Yzaguirre Rojo Clásico",
    "Vermut y Jerez",
    "bottle",
    "9.80",
    ["yzaguirre rojo", "yzaguirre red"],
    ["vermut", "vermouth"],
    ["reus red vermouth yzaguirre"],
    [
        ("1L", V, "YZ-ROJO-1L", "9.80", ["litro yzaguirre"]),
        ("5L garrafa", V, "YZ-ROJO-5L", "41.00", ["garrafa yzaguirre"]),
    ],
)
p(
    "YZ-BLANCO",
    "Vermut Yzaguirre Blanco Reserva 1L",
    "Vermut y Jerez",
    "bottle",
    "11.90",
    ["yzaguirre blanco", "vermut blanco", "white vermouth"],
    ["vermut", "vermouth"],
    ["reus white reserve vermouth"],
)
p(
    "LUSTAU-VERMUT",
    "Vermut Lustau Rojo 75cl",
    "Vermut y Jerez",
    "bottle",
    "14.20",
    ["vermut lustau", "lustau vermouth"],
    ["vermut", "vermouth"],
    ["jerez-based red vermouth lustau"],
)
p(
    "VERMUT-GRIFO",
    "Vermut Rojo de Grifo Bag-in-Box 15L",
    "Vermut y Jerez",
    "box",
    "79.00",
    ["vermut de grifo", "vermouth on tap", "vermut de barril"],
    ["vermut", "grifo"],
    ["draught red vermouth fifteen litre bag"],
)
p(
    "TIO-PEPE",
    "Tío Pepe Fino Muy Seco 75cl",
    "Vermut y Jerez",
    "bottle",
    "9.20",
    ["tio pepe", "fino tio pepe"],
    ["jerez", "sherry", "fino"],
    ["very dry palomino fino bottle"],
)
p(
    "LA-GITANA",
    "Manzanilla La Gitana 75cl",
    "Vermut y Jerez",
    "bottle",
    "8.60",
    ["la gitana", "manzanilla la gitana", "manzanilla sherry"],
    ["jerez", "sherry"],
    ["sanlucar dry sherry bottle"],
)
p(
    "PX-LUSTAU",
    "Pedro Ximénez Lustau San Emilio 75cl",
    "Vermut y Jerez",
    "bottle",
    "16.80",
    ["pedro ximenez", "px", "san emilio"],
    ["jerez", "sherry", "dulce"],
    ["sticky raisin sherry for desserts"],
)
p(
    "OLOROSO",
    "Oloroso Lustau Don Nuño 75cl",
    "Vermut y Jerez",
    "bottle",
    "17.50",
    ["oloroso", "don nuño"],
    ["jerez", "sherry"],
    ["nutty dry oloroso bottle"],
)
# --- Cava y vino
p(
    "FX-CORDON",
    "Freixenet Cordón Negro Brut",
    "Cava y Vino",
    "case",
    "39.00",
    ["cordon negro", "freixenet", "cordó negre"],
    ["cava", "brut"],
    ["black bottle freixenet brut"],
    [
        ("75cl (case of 6)", S, "FX-CORDON-75", "39.00", ["caja de 6 cordon"]),
        ("Benjamín 20cl (case of 24)", S, "FX-CORDON-20", "62.00", ["benjamines", "benjamin"]),
    ],
)
p(
    "CODORNIU",
    "Codorníu Clásico Seco 75cl (case of 6)",
    "Cava y Vino",
    "case",
    "33.00",
    ["codorniu", "codorníu clasico"],
    ["cava"],
    ["codorniu classic semi-dry six"],
)
p(
    "JUVE",
    "Juvé & Camps Reserva de la Familia Brut Nature 75cl (case of 6)",
    "Cava y Vino",
    "case",
    "96.00",
    ["juve", "juvé & camps", "reserva de la familia"],
    ["cava", "brut nature"],
    ["family reserve brut nature six bottles"],
)
p(
    "TXAKOLI",
    "Txakoli Txomin Etxaniz 75cl (case of 6)",
    "Cava y Vino",
    "case",
    "68.00",
    ["txakoli", "txomin etxaniz", "chacoli"],
    ["wine", "basque"],
    ["getaria white txakoli six"],
)
p(
    "SIDRA",
    "Sidra Natural Zapiain 70cl (case of 12)",
    "Cava y Vino",
    "case",
    "30.00",
    ["sidra", "zapiain", "sagardoa"],
    ["cider", "basque"],
    ["natural basque cider twelve bottles"],
)
p(
    "ALBARINO",
    "Albariño Martín Códax 75cl (case of 6)",
    "Cava y Vino",
    "case",
    "58.00",
    ["albariño", "albarino", "martin codax"],
    ["wine", "galicia"],
    ["rias baixas white six"],
)
p(
    "RIOJA-CRZ",
    "Rioja Crianza Marqués de Cáceres 75cl (case of 6)",
    "Cava y Vino",
    "case",
    "54.00",
    ["rioja crianza", "marques de caceres"],
    ["wine", "rioja"],
    ["crianza red from cáceres marquis"],
)
p(
    "TINTO-CASA",
    "Vino Tinto de la Casa Tempranillo Bag-in-Box 15L",
    "Cava y Vino",
    "box",
    "38.00",
    ["tinto de la casa", "house red", "vi negre de la casa"],
    ["vino de la casa", "house wine"],
    ["tempranillo bag in box for tinto de verano"],
)
p(
    "BLANCO-CASA",
    "Vino Blanco de la Casa Airén Bag-in-Box 15L",
    "Cava y Vino",
    "box",
    "34.00",
    ["blanco de la casa", "house white", "vi blanc de la casa"],
    ["vino de la casa", "house wine"],
    ["airen white bag in box"],
)
# --- Refrescos
p(
    "CASERA",
    "Gaseosa La Casera 1.5L (pack of 6)",
    "Refrescos",
    "pack",
    "7.90",
    ["la casera", "gaseosa", "casera"],
    ["refresco", "tinto de verano"],
    ["lemonade soda for summer red"],
)
p(
    "KAS-NAR",
    "Kas Naranja Lata 33cl (case of 24)",
    "Refrescos",
    "case",
    "13.80",
    ["kas naranja", "kas orange"],
    ["refresco", "kas"],
    ["orange kas tins crate"],
)
p(
    "KAS-LIM",
    "Kas Limón Lata 33cl (case of 24)",
    "Refrescos",
    "case",
    "13.80",
    ["kas limon", "kas lemon"],
    ["refresco", "kas"],
    ["lemon kas tins crate"],
)
p(
    "VICHY",
    "Vichy Catalán 30cl Vidrio (case of 24)",
    "Refrescos",
    "case",
    "17.90",
    ["vichy catalan", "vichy"],
    ["agua con gas", "sparkling water"],
    ["catalan sparkling mineral water glass"],
)

# Bare family words: none of these may be an alias; each names more than one product.
FAMILY_WORDS = [
    "jamon",
    "jamón",
    "serrano",
    "jamon serrano",
    "iberico",
    "ibérico",
    "jamon iberico",
    "bellota",
    "cebo",
    "paleta",
    "deshuesado",
    "loncheado",
    "sliced ham",
    "chorizo",
    "sarta",
    "salchichon",
    "salchichón",
    "lomo",
    "manchego",
    "queso manchego",
    "queso",
    "cheese",
    "idiazabal",
    "aceite",
    "aceite de oliva",
    "olive oil",
    "aove",
    "evoo",
    "aceitunas",
    "olives",
    "olivas",
    "manzanilla",
    "anchoas",
    "anchovies",
    "bonito",
    "atun",
    "atún",
    "tuna",
    "pulpo",
    "octopus",
    "bacalao",
    "cod",
    "arroz",
    "rice",
    "paella rice",
    "pimenton",
    "pimentón",
    "paprika",
    "croquetas",
    "croquettes",
    "tortilla",
    "tortillas",
    "estrella",
    "mahou",
    "cerveza",
    "beer",
    "barril",
    "keg",
    "vermut",
    "vermouth",
    "vermut rojo",
    "jerez",
    "sherry",
    "cava",
    "vino de la casa",
    "house wine",
    "kas",
    "caldo",
    "stock",
    "langostinos y gambas",
    "gambas",
    "prawns",
    "croquetes",
    "pernil",
    "formatge",
    "gazta",
    "urdaiazpikoa",
    "queixo",
    "viño da casa",
]
