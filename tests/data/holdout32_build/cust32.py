# ruff: noqa  (hand-written data generator of blind set 32, kept as its writer left it)
"""Customers of the thirty-second blind set, their hand-written usual baskets and the seeded history generator."""

import datetime
import random

FIRST_MONDAY = datetime.date(2028, 1, 10)  # history weeks: 2028-01-10 .. 2028-03-03
WEEKS = 8

# key, name, kind, channel, address, language, style, n_weeks, weekday, usual, extras
# usual lines: (sku, variant_or_None, qty)
CUSTOMERS = [
    (
        "sabor-minas",
        "Sabor de Minas Café",
        "Brazilian café",
        "WHATSAPP",
        "+447700900951",
        "en",
        "steady",
        7,
        0,
        [
            ("PDQ-FROZEN", "Traditional 30g", 4),
            ("PDQ-RECHEADO", None, 2),
            ("COXINHA", "Mini 20g (box of 100)", 2),
            ("KIBE", None, 1),
            ("GUARANA", "24 x 330ml Can", 3),
            ("CATUPIRY", "Bisnaga 1.5kg", 2),
            ("CAFE-PILAO", None, 1),
            ("QUEIJO-MINAS", None, 6),
        ],
        [("BOLINHA-QUEIJO", None, 1), ("GOIABADA", None, 1)],
    ),
    (
        "cafe-lisboa",
        "Café Lisboa",
        "Portuguese café-pastelaria",
        "WHATSAPP",
        "+447700900952",
        "pt",
        "regular",
        8,
        1,
        [
            ("NATA-FROZEN", None, 3),
            ("PASTEIS-BACALHAU", None, 2),
            ("RISSOIS-CARNE", None, 2),
            ("DELTA-PLATINA", "Beans 1kg", 4),
            ("SUMOL-LARANJA", None, 2),
            ("AGUA-PEDRAS", None, 2),
            ("BOLACHA-MARIA", None, 1),
            ("FLAMENGO-FATIADO", None, 4),
            ("PRESUNTO-FATIADO", None, 3),
        ],
        [("BROA-MILHO", None, 6), ("COMPAL-PESSEGO", None, 1)],
    ),
    (
        "gaucho-grill",
        "Gaúcho Grill Churrascaria",
        "churrascaria",
        "EMAIL",
        "bruno.lima@gauchogrill.example",
        "en",
        "regular",
        6,
        2,
        [
            ("LINGUICA-TOSCANA", None, 3),
            ("COALHO-ESPETO", None, 10),
            ("SAL-GROSSO", None, 2),
            ("FAROFA-YOKI", None, 2),
            ("FEIJAO-PRETO", None, 2),
            ("ARROZ-TIOJOAO", None, 4),
            ("GUARANA", "24 x 330ml Can", 5),
            ("BRAHMA", None, 6),
            ("CACHACA-51", "1L", 6),
            ("MOLHO-PIMENTA", None, 1),
        ],
        [("COALHO-BARRA", None, 2), ("PIRI-PIRI", None, 1)],
    ),
    (
        "tasca-ze",
        "Tasca do Zé",
        "Portuguese tasca",
        "WHATSAPP",
        "+447700900954",
        "pt",
        "steady",
        6,
        3,
        [
            ("BAC-GRAUDO", "10kg Box", 1),
            ("CHOURICO", None, 4),
            ("MORCELA", None, 2),
            ("CASA-TINTO", None, 4),
            ("CASA-BRANCO", None, 2),
            ("SUPERBOCK", "24 x 330ml Bottle", 3),
            ("ARROZ-CAROLINO", None, 1),
            ("AZEITE-OLIVEIRA", None, 2),
            ("POLVO", None, 6),
        ],
        [("ALHEIRA", None, 3), ("LICOR-BEIRAO", None, 1)],
    ),
    (
        "acai-republic",
        "Açaí Republic",
        "açaí bar",
        "WHATSAPP",
        "+447700900955",
        "en",
        "regular",
        7,
        0,
        [
            ("ACAI-SORBET", "10L Tub", 4),
            ("ACAI-PULP", None, 6),
            ("POLPA-MARACUJA", None, 3),
            ("PACOCA", None, 2),
            ("LEITE-MOCA", None, 1),
            ("GUARANA-ZERO", None, 2),
            ("COCO-RALADO", None, 1),
        ],
        [("POLPA-GOIABA", None, 2), ("GRANULADO", "Colorido", 1)],
    ),
    (
        "padaria-estrela",
        "Padaria Estrela",
        "Portuguese bakery",
        "SMS",
        "+447700900956",
        "en",
        "steady",
        8,
        1,
        [
            ("FARINHA-TRIGO", None, 6),
            ("NATA-FROZEN", None, 4),
            ("BROA-MILHO", None, 20),
            ("NATAS-MIMOSA", "6 x 1L", 2),
            ("DELTA-PLATINA", "Beans 1kg", 2),
            ("BOLACHA-MARIA", None, 1),
        ],
        [("LEITE-MOCA", None, 1), ("COCO-RALADO", None, 1)],
    ),
    (
        "boteco-carioca",
        "Boteco Carioca",
        "Brazilian bar",
        "WHATSAPP",
        "+447700900957",
        "en",
        "regular",
        6,
        4,
        [
            ("BRAHMA", None, 8),
            ("GUARANA", "24 x 330ml Can", 4),
            ("CACHACA-51", "70cl", 6),
            ("YPIOCA", None, 2),
            ("BOLINHA-QUEIJO", None, 2),
            ("PASTEL-CARNE", None, 3),
            ("PASTEL-QUEIJO", None, 3),
            ("CALABRESA", None, 2),
            ("MOLHO-PIMENTA", None, 1),
        ],
        [("COXINHA", "Mini 20g (box of 100)", 1), ("GUARANA-ZERO", None, 1)],
    ),
    (
        "mercadinho",
        "Mercadinho Brasil",
        "Brazilian grocery shop",
        "WHATSAPP",
        "+447700900958",
        "pt",
        "regular",
        8,
        2,
        [
            ("FEIJAO-PRETO", None, 3),
            ("FEIJAO-CARIOCA", None, 3),
            ("ARROZ-TIOJOAO", None, 10),
            ("FARINHA-CRUA", None, 10),
            ("FAROFA-YOKI", None, 2),
            ("PDQ-MIX", None, 2),
            ("GUARANA", "24 x 330ml Can", 6),
            ("GUARANA", "6 x 2L Bottle", 4),
            ("LEITE-MOCA", None, 2),
            ("CREME-LEITE", None, 2),
            ("GOIABADA", None, 1),
            ("CAFE-PILAO", None, 2),
        ],
        [("POLVILHO-AZEDO", None, 5), ("DOCE-LEITE", None, 1)],
    ),
    (
        "fado-bar",
        "Fado & Petiscos",
        "Portuguese wine bar",
        "EMAIL",
        "ines@fadopetiscos.example",
        "en",
        "regular",
        7,
        3,
        [
            ("CASAL-GARCIA", None, 3),
            ("GAZELA", None, 2),
            ("MATEUS", "6 x 75cl", 2),
            ("PORTO-TAWNY", None, 4),
            ("PORTO-RUBY", None, 2),
            ("QUEIJO-SERRA", None, 2),
            ("PRESUNTO-PECA", None, 5),
            ("SARD-AZEITE", None, 1),
            ("GINJINHA", None, 2),
            ("AGUA-PEDRAS", None, 3),
        ],
        [("PORTO-10", None, 2), ("CASAL-GARCIA-ROSE", None, 1)],
    ),
    (
        "coxinha-co",
        "Coxinha & Co",
        "street-food stall",
        "SMS",
        "+447700900960",
        "en",
        "steady",
        6,
        4,
        [
            ("COXINHA", "Large 110g (box of 30)", 4),
            ("COXINHA-CATUPIRY", None, 2),
            ("PASTEL-CARNE", None, 2),
            ("OLEO-SOJA", None, 2),
            ("GUARANA", "24 x 330ml Can", 3),
        ],
        [("KIBE", None, 1), ("GUARANA-ZERO", None, 1)],
    ),
    (
        "luso-deli",
        "Luso Deli",
        "Portuguese deli shop",
        "EMAIL",
        "orders@lusodeli.example",
        "en",
        "regular",
        7,
        1,
        [
            ("SARD-AZEITE", None, 2),
            ("SARD-TOMATE", None, 1),
            ("ARROZ-AGULHA", None, 3),
            ("AZEITE-GALLO", "750ml", 12),
            ("BOLACHA-MARIA", None, 2),
            ("CHOURICO", None, 5),
            ("ALHEIRA", None, 8),
            ("COMPAL-PESSEGO", None, 2),
            ("SUMOL-ANANAS", None, 1),
            ("LICOR-BEIRAO", None, 3),
        ],
        [("GINJINHA", None, 2), ("PORTO-RUBY", None, 3)],
    ),
    (
        "brigadeiro-atelier",
        "Atelier do Brigadeiro",
        "brigadeiro maker",
        "WHATSAPP",
        "+447700900962",
        "en",
        "steady",
        6,
        2,
        [
            ("LEITE-MOCA", None, 4),
            ("CHOC-PO", None, 6),
            ("GRANULADO", "Chocolate", 5),
            ("FORMINHAS-4", "Brown", 4),
            ("FORMINHAS-4", "Gold", 1),
            ("COCO-RALADO", None, 2),
            ("CREME-LEITE", None, 1),
        ],
        [("PACOCA", None, 1), ("DOCE-LEITE-BALDE", None, 1)],
    ),
    (
        "madeira-kitchen",
        "Madeira Kitchen",
        "Madeiran restaurant",
        "WHATSAPP",
        "+447700900963",
        "en",
        "regular",
        6,
        3,
        [
            ("BOLO-CACO", None, 10),
            ("SUPERBOCK-KEG", None, 2),
            ("POLVO", None, 8),
            ("BAC-LOMBOS", None, 6),
            ("AZEITE-GALLO", "5L", 2),
            ("CASA-TINTO-BIB", None, 3),
            ("PORTO-10", None, 1),
        ],
        [("SUPERBOCK", "24 x 250ml Mini", 1), ("PIRI-PIRI", None, 1)],
    ),
    (
        "campus-cafe",
        "Campus Café, Northgate University",
        "university café",
        "EMAIL",
        "cafe.catering@northgate-uni.example",
        "en",
        "steady",
        7,
        0,
        [
            ("PDQ-FROZEN", "Mini 15g", 6),
            ("COXINHA", "Mini 20g (box of 100)", 3),
            ("GUARANA", "24 x 330ml Can", 6),
            ("GUARANA-ZERO", None, 4),
            ("AGUA-LUSO", "24 x 330ml", 8),
            ("NATA-BAKED", None, 4),
        ],
        [("BOLINHA-QUEIJO", None, 2), ("SUMOL-LARANJA", None, 2)],
    ),
    (
        "rincon-latino",
        "El Rincón Latino",
        "Latin American café",
        "WHATSAPP",
        "+447700900965",
        "es",
        "regular",
        7,
        1,
        [
            ("PDQ-FROZEN", "Traditional 30g", 5),
            ("TAPIOCA-GOMA", None, 6),
            ("GUARANA", "24 x 330ml Can", 3),
            ("POLPA-MARACUJA", None, 6),
            ("POLPA-GOIABA", None, 4),
            ("DOCE-LEITE", None, 1),
            ("QUEIJO-MINAS", None, 4),
        ],
        [("ACAI-PULP", None, 2), ("GOIABADA", None, 1)],
    ),
    (
        "bar-mineiro",
        "Bar do Mineiro",
        "Brazilian restaurant",
        "WHATSAPP",
        "+447700900966",
        "pt",
        "steady",
        6,
        2,
        [
            ("FEIJAO-CARIOCA", None, 3),
            ("ARROZ-TIOJOAO", None, 4),
            ("CALABRESA", None, 3),
            ("BACON-MANTA", None, 6),
            ("QUEIJO-MINAS", None, 8),
            ("PDQ-FROZEN", "Lanche 70g", 3),
            ("CACHACA-51", "1L", 4),
            ("GUARANA", "6 x 2L Bottle", 3),
        ],
        [("POLVILHO-DOCE", None, 4), ("GOIABADA", None, 1)],
    ),
    (
        "hotel-atlantico",
        "Atlântico Hotel Kitchen",
        "hotel restaurant",
        "EMAIL",
        "kitchen@atlanticohotel.example",
        "en",
        "regular",
        7,
        4,
        [
            ("BAC-LOMBOS", None, 10),
            ("BAC-DESFIADO", None, 4),
            ("ARROZ-CAROLINO", None, 2),
            ("AZEITE-GALLO", "5L", 3),
            ("NATAS-MIMOSA", "6 x 1L", 3),
            ("NATA-BAKED", None, 6),
            ("DELTA-PLATINA", "Beans 1kg", 6),
            ("AGUA-LUSO", "12 x 1.5L", 10),
            ("AGUA-PEDRAS", None, 4),
            ("MATEUS", "12 x 37.5cl", 2),
        ],
        [("QUEIJO-SERRA", None, 1), ("BAC-POSTAS", None, 4)],
    ),
    (
        "feijoada-house",
        "Feijoada House",
        "Brazilian restaurant",
        "SMS",
        "+447700900968",
        "en",
        "steady",
        7,
        3,
        [
            ("FEIJAO-PRETO", None, 4),
            ("KIT-FEIJOADA", None, 8),
            ("CARNE-SECA", None, 4),
            ("CALABRESA", None, 2),
            ("BACON-MANTA", None, 5),
            ("FARINHA-TORRADA", None, 6),
            ("ARROZ-TIOJOAO", None, 6),
        ],
        [("FAROFA-YOKI", None, 1), ("LEITE-COCO", None, 1)],
    ),
    (
        "pastelaria-belem",
        "Pastelaria Belém do Norte",
        "Portuguese pastry café",
        "EMAIL",
        "encomendas@belemdonorte.example",
        "pt",
        "regular",
        8,
        0,
        [
            ("NATA-FROZEN", None, 6),
            ("DELTA-PLATINA", "Beans 1kg", 5),
            ("NATAS-MIMOSA", "12 x 200ml", 2),
            ("SUMOL-LARANJA", None, 2),
            ("COMPAL-MANGA", None, 2),
            ("BROA-MILHO", None, 10),
            ("GINJINHA", None, 1),
        ],
        [("BOLACHA-MARIA", None, 1), ("PASTEIS-BACALHAU", None, 1)],
    ),
    (
        "saudade-events",
        "Saudade Events",
        "events caterer",
        "EMAIL",
        "hello@saudade-events.example",
        "en",
        "varied",
        5,
        1,
        [
            ("SALG-SORTIDO", None, 4),
            ("COXINHA", "Mini 20g (box of 100)", 3),
            ("PASTEIS-BACALHAU", None, 3),
            ("NATA-BAKED", None, 4),
            ("GUARANA", "24 x 330ml Can", 4),
            ("CASAL-GARCIA", None, 4),
            ("MATEUS", "6 x 75cl", 3),
            ("SUPERBOCK", "24 x 250ml Mini", 4),
            ("AGUA-LUSO", "24 x 330ml", 5),
        ],
        [],
    ),
    (
        "bahia-kitchen",
        "Bahia Kitchen",
        "Bahian restaurant",
        "WHATSAPP",
        "+447700900970",
        "en",
        "regular",
        6,
        4,
        [
            ("AZEITE-DENDE", None, 3),
            ("LEITE-COCO", None, 4),
            ("FEIJAO-FRADINHO", None, 2),
            ("CAMARAO-SECO", None, 4),
            ("FARINHA-CRUA", None, 6),
            ("GUARANA", "24 x 330ml Can", 3),
            ("BRAHMA", None, 3),
        ],
        [("MOLHO-PIMENTA", None, 1), ("CACHACA-51", "70cl", 2)],
    ),
    (
        "taberna-iberica",
        "La Taberna Ibérica",
        "Spanish tapas bar",
        "WHATSAPP",
        "+447700900971",
        "es",
        "steady",
        6,
        0,
        [
            ("BAC-ESPECIAL", None, 6),
            ("POLVO", None, 10),
            ("CHOURICO-PICANTE", None, 3),
            ("PRESUNTO-FATIADO", None, 4),
            ("CASAL-GARCIA", None, 2),
            ("SUPERBOCK", "24 x 330ml Bottle", 4),
            ("QUEIJO-SERRA", None, 1),
            ("SARD-PICANTE", None, 1),
        ],
        [("PIRI-PIRI", None, 1), ("MATEUS", "6 x 75cl", 1)],
    ),
    (
        "pao-quente-cart",
        "Pão Quente Coffee Cart",
        "coffee cart (new)",
        "SMS",
        "+447700900972",
        "en",
        "new",
        0,
        0,
        [],
        [],
    ),
    (
        "tropicana-sucos",
        "Tropicana Sucos",
        "juice bar (new)",
        "WHATSAPP",
        "+447700900973",
        "pt",
        "new",
        0,
        0,
        [],
        [],
    ),
]


def _key(lines):
    return tuple(sorted((l[0], l[1] or "", l[2]) for l in lines))


def _vary(rng, usual, extras, kind):
    """One modification of the usual basket: a quantity, a dropped line or an extra line."""
    b = [list(l) for l in usual]
    if kind == "qty":
        i = rng.randrange(len(b))
        b[i][2] = b[i][2] + rng.choice([1, 2]) if b[i][2] < 5 or rng.random() < 0.5 else b[i][2] - 1
    elif kind == "drop":
        del b[rng.randrange(len(b))]
    else:
        e = extras[rng.randrange(len(extras))]
        b.append(list(e))
    return [tuple(l) for l in b]


def histories():
    rng = random.Random(3232)
    out = []
    for key, name, kind, ch, addr, lang, style, n, wd, usual, extras in CUSTOMERS:
        orders = []
        if style != "new":
            weeks = list(range(WEEKS - n, WEEKS))
            baskets = []
            if style == "varied":
                seen = set()
                for w in weeks:
                    while True:
                        k = rng.randint(3, 6)
                        idx = sorted(rng.sample(range(len(usual)), k))
                        b = [
                            (usual[i][0], usual[i][1], max(1, usual[i][2] + rng.randint(-2, 3))) for i in idx
                        ]
                        if _key(b) not in seen:
                            seen.add(_key(b))
                            break
                    baskets.append(b)
            else:
                baskets = [list(usual) for _ in weeks]
                kinds = ["qty", "drop", "extra"]
                if style == "steady":
                    pos = rng.sample(range(0, n - 1), 2)
                    used = set()
                    for p in pos:
                        while True:
                            b = _vary(rng, usual, extras, rng.choice(kinds))
                            if _key(b) != _key(usual) and _key(b) not in used:
                                used.add(_key(b))
                                break
                        baskets[p] = b
                else:  # regular: one earlier week varies, and the last order differs from the usual
                    p = rng.randrange(0, n - 1)
                    used = set()
                    for q in (p, n - 1):
                        while True:
                            b = _vary(rng, usual, extras, rng.choice(kinds))
                            if _key(b) != _key(usual) and _key(b) not in used:
                                used.add(_key(b))
                                break
                        baskets[q] = b
            for w, b in zip(weeks, baskets):
                d = FIRST_MONDAY + datetime.timedelta(days=7 * w + wd)
                lines = []
                for sku, var, q in b:
                    ln = {"sku": sku}
                    if var is not None or sku in VARIANT_SKUS:
                        ln["variant"] = var
                    ln["quantity"] = q
                    lines.append(ln)
                orders.append({"date": d.isoformat(), "lines": lines})
        out.append(
            {
                "customer": key,
                "name": name,
                "kind": kind,
                "channel": ch,
                "address": addr,
                "language": lang,
                "orders": orders,
            }
        )
    return out


VARIANT_SKUS = set()  # filled by build32 from the catalog
