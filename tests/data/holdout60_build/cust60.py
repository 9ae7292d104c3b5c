# ruff: noqa  (hand-written data generator of blind set 60, kept as its writer left it)
"""Customers of the sixtieth blind set, their hand-written usual baskets and the seeded history generator."""

import random, datetime

# key, name, kind, channel, address, language, pattern, usual (spec strings), extra line, last-order change
# pattern: steady | regular | irregular | new.  last change: ("qty", n) first line gets n; ("drop",) drops the
# last line; ("extra", spec) adds a line.
CUSTOMERS = [
    (
        "la-espuela",
        "Bar La Espuela (Sevilla)",
        "tapas bar",
        "WHATSAPP",
        "+447700900760",
        "es",
        "steady",
        [
            "ACEIT-GORDAL 2",
            "MAN-CUR/Rueda 3kg 1",
            "SER-RES-LEG 1",
            "CHOR-SARTA-DUL/250g 10",
            "ALHAMBRA-1925 3",
            "TIO-PEPE 6",
            "LA-GITANA 6",
            "CALAMARES 4",
            "SALSA-BRAVA 2",
        ],
        "PIM-DULCE/75g lata 4",
        None,
    ),
    (
        "el-cuartel",
        "Taberna El Cuartel (Madrid)",
        "taberna",
        "WHATSAPP",
        "+447700900761",
        "es",
        "regular",
        [
            "MAHOU-KEG 3",
            "MAHOU-BOT/Quinto 25cl (case of 30) 4",
            "CROQ-JAMON/Caja 100 uds (3kg) 1",
            "CALAMARES 6",
            "TORT-SIN 2",
            "YZ-ROJO/1L 6",
            "ACEIT-ANCHOA/2kg lata 2",
            "BOQUERONES 4",
        ],
        "CROQ-BOLETUS 1",
        ("qty", 4),
    ),
    (
        "la-albufera",
        "Arrocería La Albufera (València)",
        "rice restaurant",
        "EMAIL",
        "reservas@laalbufera-arroceria.example",
        "es",
        "regular",
        [
            "ARROZ-SENIA 6",
            "ARROZ-BOMBA/5kg 2",
            "AZAFRAN/4g lata 2",
            "PIM-DULCE/750g lata 1",
            "CALDO-PESCADO 4",
            "GAMBA-PELADA 5",
            "AOVE-CASA/5L PET 3",
            "FIDEUA 1",
            "ALIOLI 3",
        ],
        "BAC-DESMIG 2",
        ("drop",),
    ),
    (
        "los-arcos",
        "Mesón Los Arcos (Salamanca)",
        "mesón",
        "SMS",
        "+447700900763",
        "es",
        "regular",
        [
            "IB-CEBO-LEG 2",
            "IB-CEBO-PAL 1",
            "CHOR-CULAR 3",
            "SALCH-CULAR 2",
            "LOMO-IB 2",
            "MAN-SEMI/Rueda 3kg 2",
            "RIOJA-CRZ 2",
            "MAHOU-BOT/Tercio 33cl (case of 24) 2",
        ],
        "MAN-CUR/Rueda 3kg 1",
        ("extra", "TORTA-CASAR 2"),
    ),
    (
        "casa-paco",
        "Bodega Casa Paco (Madrid)",
        "vermutería",
        "SMS",
        "+447700900764",
        "es",
        "steady",
        [
            "VERMUT-GRIFO 2",
            "YZ-BLANCO 3",
            "ACEIT-ANCHOA/350g lata 24",
            "MEJILLONES/8/10 piezas 24",
            "BERBERECHOS 12",
            "PATATAS-BONILLA 4",
            "GILDAS 3",
            "CASERA 2",
        ],
        "ORTIZ-ANCH 6",
        None,
    ),
    (
        "la-tramuntana",
        "Bar La Tramuntana (Barcelona)",
        "tapas bar",
        "WHATSAPP",
        "+447700900765",
        "ca",
        "regular",
        [
            "ED-KEG/30L 4",
            "ED-BOT/Quinto 20cl (case of 24) 3",
            "FUET 2",
            "PAN-CRISTAL 3",
            "ACEIT-ARBEQ 2",
            "BAC-DESMIG 3",
            "CROQ-JAMON/Caja 40 uds (1.2kg) 4",
            "FX-CORDON/75cl (case of 6) 2",
            "AOVE-ARBEQ 1",
        ],
        "CROQ-BACALAO 2",
        ("qty", 5),
    ),
    (
        "can-rovira",
        "Vermuteria Can Rovira (Girona)",
        "vermouth bar",
        "SMS",
        "+447700900766",
        "ca",
        "steady",
        [
            "YZ-ROJO/5L garrafa 2",
            "LUSTAU-VERMUT 3",
            "ACEIT-ANCHOA/350g lata 12",
            "MEJILLONES/13/18 piezas 24",
            "PATATAS-BONILLA 3",
            "VICHY 2",
            "ORTIZ-ANCH 10",
        ],
        "SOBRASADA 2",
        None,
    ),
    (
        "la-llotja",
        "Restaurant La Llotja (Tarragona)",
        "seafood restaurant",
        "EMAIL",
        "cuina@lallotja-tgn.example",
        "ca",
        "regular",
        [
            "ARROZ-BOMBA/5kg 3",
            "CALDO-PESCADO 6",
            "AZAFRAN/28g lata 1",
            "BAC-LOMO 8",
            "PULPO-PATA 4",
            "AOVE-ARBEQ 2",
            "JUVE 1",
            "LANGOSTINO 2",
            "ALIOLI 2",
        ],
        "CROQ-CHIPIRON 2",
        ("qty", 4),
    ),
    (
        "txoko-zaharra",
        "Txoko Zaharra (Donostia)",
        "pintxos bar",
        "WHATSAPP",
        "+447700900768",
        "eu",
        "regular",
        [
            "GILDAS 4",
            "PIPARRAS 3",
            "IDI-AHU 2",
            "TXAKOLI 4",
            "ANCH-00 6",
            "BAC-TAJADA 4",
            "CROQ-BACALAO 3",
            "EG-KEG 2",
        ],
        "IDI-NAT 1",
        ("extra", "CHISTORRA 2"),
    ),
    (
        "urkiola",
        "Urkiola Sagardotegia (Astigarraga)",
        "cider house",
        "EMAIL",
        "aitziber@urkiola-sagardotegia.example",
        "eu",
        "steady",
        ["SIDRA 20", "BAC-SALADO 12", "BAC-DESMIG 6", "IDI-NAT 3", "PIPARRAS 2", "CHISTORRA 5"],
        "TXAKOLI 1",
        None,
    ),
    (
        "gure-taberna",
        "Gure Taberna (Bilbo)",
        "taberna",
        "SMS",
        "+447700900770",
        "eu",
        "regular",
        [
            "CROQ-JAMON/Caja 40 uds (1.2kg) 3",
            "CROQ-BOLETUS 2",
            "TXAKOLI 2",
            "EG-BOT 3",
            "CHISTORRA 3",
            "IDI-NAT 2",
            "GILDAS 2",
            "TORT-CEBOLLA 2",
        ],
        "KAS-LIM 1",
        ("qty", 4),
    ),
    (
        "o-porto",
        "Pulpería O Porto (Vigo)",
        "pulpería",
        "WHATSAPP",
        "+447700900771",
        "gl",
        "regular",
        [
            "PULPO-PATA 10",
            "PIM-DULCE/750g lata 1",
            "PIM-PICANTE/750g lata 1",
            "AOVE-CASA/5L PET 2",
            "EG-KEG 2",
            "EG-BOT 3",
            "ALBARINO 2",
            "TETILLA 3",
            "EMPANADA 2",
        ],
        "PATATAS-BONILLA 2",
        ("drop",),
    ),
    (
        "a-quintana",
        "Taberna A Quintana (Santiago)",
        "taberna",
        "EMAIL",
        "xiana@tabernaaquintana.example",
        "gl",
        "regular",
        [
            "EG-1906 4",
            "EG-BOT 2",
            "TETILLA 2",
            "ARZUA 2",
            "EMPANADA 3",
            "PATATAS-BONILLA 4",
            "ALBARINO 3",
            "PIQUILLO 1",
            "CROQ-CHIPIRON 2",
        ],
        "MAN-CUNAS 1",
        ("extra", "ORTIZ-BONITO/112g lata 12"),
    ),
    (
        "a-lareira",
        "Bar A Lareira (Lugo)",
        "bar",
        "SMS",
        "+447700900773",
        "gl",
        "steady",
        [
            "EG-KEG 2",
            "EG-BOT 2",
            "CROQ-POLLO 3",
            "TORT-CEBOLLA 2",
            "CHOR-SARTA-PIC 10",
            "PATATAS-BONILLA 2",
            "KAS-NAR 1",
            "KAS-LIM 1",
        ],
        "SALCH-VELA 6",
        None,
    ),
    (
        "pimenton-london",
        "Pimentón Tapas Bar (London)",
        "tapas bar",
        "WHATSAPP",
        "+447700900774",
        "en",
        "regular",
        [
            "CROQ-JAMON/Caja 100 uds (3kg) 2",
            "ED-BOT/Tercio 33cl (case of 24) 5",
            "IB-BELL-LONCH/100g sobres 2",
            "MAN-CUR/Rueda 3kg 2",
            "CHOR-COCINAR 10",
            "GAMBA-PELADA 4",
            "PIQUILLO 2",
            "SALSA-BRAVA 3",
            "ALIOLI 3",
            "TORT-CEBOLLA 3",
        ],
        "PIM-PICANTE/75g lata 6",
        ("qty", 3),
    ),
    (
        "bodeguita-mcr",
        "La Bodeguita (Manchester)",
        "tapas bar",
        "EMAIL",
        "sophie@labodeguita-mcr.example",
        "en",
        "regular",
        [
            "ED-KEG/50L 2",
            "ALHAMBRA-1925 3",
            "SER-LONCH-100 3",
            "IB-CEBO-LONCH 2",
            "MAN-SEMI/Mini 1kg 4",
            "CROQ-BACALAO 2",
            "CROQ-JAMON/Caja 40 uds (1.2kg) 2",
            "CALAMARES 5",
            "CHOR-SARTA-DUL/450g 6",
            "AOVE-CASA/3L lata 2",
            "RIOJA-CRZ 3",
        ],
        "FREE-DAMM 1",
        ("drop",),
    ),
    (
        "olive-tree",
        "The Olive Tree Bar (Marbella)",
        "expat bar",
        "SMS",
        "+447700900776",
        "en",
        "steady",
        [
            "ED-BOT/Tercio 33cl (case of 24) 6",
            "FREE-DAMM 1",
            "SER-LONCH-500 4",
            "MAN-CUNAS 1",
            "ACEIT-GORDAL 1",
            "KAS-NAR 2",
            "CASERA 3",
            "TINTO-CASA 2",
            "BLANCO-CASA 1",
        ],
        "CROQ-POLLO 2",
        None,
    ),
    (
        "bellota-leeds",
        "Bellota & Co (Leeds)",
        "deli and wine bar",
        "EMAIL",
        "priya@bellotaandco.example",
        "en",
        "regular",
        [
            "IB-BELL100-LEG 1",
            "IB-BELL-DESH 1",
            "IB-BELL-LONCH/50g sobres 3",
            "LOMO-IB-LONCH 2",
            "CHOR-IB-LONCH 2",
            "SALCH-IB-LONCH 2",
            "MAN-VIEJO 1",
            "TORTA-CASAR 3",
            "CABRALES 2",
            "ALMENDRA 2",
            "PX-LUSTAU 2",
            "OLOROSO 2",
        ],
        "TIO-PEPE 2",
        ("qty", 2),
    ),
    (
        "hotel-mirador",
        "Hotel Mirador del Sur (Málaga)",
        "hotel restaurant",
        "EMAIL",
        "compras@hotelmiradordelsur.example",
        "es",
        "regular",
        [
            "AOVE-CASA/5L PET 4",
            "SER-DESH 2",
            "MAN-CUR/Media Rueda 1.5kg 3",
            "FX-CORDON/Benjamín 20cl (case of 24) 2",
            "CODORNIU 4",
            "ED-BOT/Tercio 33cl (case of 24) 6",
            "LANGOSTINO 3",
            "CROQ-POLLO 4",
            "MAHON 2",
            "CABRA-RULO 3",
        ],
        "PAN-CRISTAL 2",
        ("drop",),
    ),
    (
        "paella-events",
        "Paellas Gigantes Levante (catering)",
        "paella caterer",
        "WHATSAPP",
        "+447700900779",
        "es",
        "irregular",
        [
            "ARROZ-FALL-25",
            "ARROZ-BOMBA/5kg",
            "PAELLERO",
            "AZAFRAN/1g sobre",
            "CALDO-POLLO",
            "CALDO-PESCADO",
            "GAMBA-PELADA",
            "AOVE-CASA/5L PET",
            "PIM-DULCE/750g lata",
            "ARROZ-FALL-1",
        ],
        None,
        None,
    ),
    (
        "cava-co",
        "Cava & Co (Bristol)",
        "cava bar",
        "WHATSAPP",
        "+447700900780",
        "en",
        "regular",
        [
            "FX-CORDON/75cl (case of 6) 3",
            "CODORNIU 2",
            "JUVE 1",
            "ED-BOT/Tercio 33cl (case of 24) 4",
            "CROQ-BOLETUS 2",
            "CROQ-JAMON/Caja 40 uds (1.2kg) 2",
            "IB-CEBO-LONCH 3",
            "MAN-SEMI/Mini 1kg 3",
            "PATATAS-BONILLA 3",
            "ALMENDRA 1",
        ],
        "VICHY 1",
        ("extra", "TXAKOLI 1"),
    ),
    (
        "el-tendido",
        "Bar El Tendido (Madrid, opening 8 June)",
        "new tapas bar",
        "WHATSAPP",
        "+447700900781",
        "es",
        "new",
        [],
        None,
        None,
    ),
    (
        "rincon-brighton",
        "Rincón Tapas (Brighton, opening 9 June)",
        "new tapas bar",
        "EMAIL",
        "luis@rincontapas-brighton.example",
        "en",
        "new",
        [],
        None,
        None,
    ),
]


def parse_hist_line(spec, variants_of):
    """'SKU 3', 'SKU/variant name 3' or (irregular pool) without quantity."""
    parts = spec.rsplit(" ", 1)
    qty = None
    if len(parts) == 2 and parts[1].replace(".", "").isdigit():
        spec, qty = parts[0], float(parts[1]) if "." in parts[1] else int(parts[1])
    if "/" in spec and spec.split("/", 1)[0] in variants_of:
        sku, var = spec.split("/", 1)
    else:
        sku, var = spec, None
    line = {"sku": sku}
    if variants_of.get(sku):
        assert var in variants_of[sku], (spec, variants_of[sku])
        line["variant"] = var
    else:
        assert var is None, spec
    line["quantity"] = qty
    return line


def histories(variants_of, seed=60):
    rng = random.Random(seed)
    out = []
    for idx, (key, name, kind, ch, addr, lang, pattern, usual, extra, change) in enumerate(CUSTOMERS):
        orders = []
        if pattern != "new":
            n = rng.randint(5, 8)
            last = datetime.date(2028, 5, 29) + datetime.timedelta(days=idx % 4)
            dates = [(last - datetime.timedelta(weeks=n - 1 - k)).isoformat() for k in range(n)]
            if pattern == "irregular":
                pool = [parse_hist_line(s, variants_of) for s in usual]
                seen = set()
                for d in dates:
                    while True:
                        pick = sorted(rng.sample(range(len(pool)), rng.randint(4, 6)))
                        lines = [dict(pool[i], quantity=rng.randint(1, 6)) for i in pick]
                        sig = repr(lines)
                        if sig not in seen:
                            seen.add(sig)
                            break
                    orders.append({"date": d, "lines": lines})
            else:
                base = [parse_hist_line(s, variants_of) for s in usual]
                ex = parse_hist_line(extra, variants_of)
                weeks = [[dict(l) for l in base] for _ in range(n)]
                if pattern == "steady":
                    a, b = rng.sample(range(n - 1), 2)
                    j = rng.randrange(len(base))
                    weeks[a][j]["quantity"] += 1
                    weeks[b].append(dict(ex))
                else:
                    a = rng.randrange(n - 1)
                    weeks[a].append(dict(ex))
                    if change[0] == "qty":
                        weeks[-1][0]["quantity"] = change[1]
                    elif change[0] == "drop":
                        weeks[-1].pop()
                    else:
                        weeks[-1].append(parse_hist_line(change[1], variants_of))
                orders = [{"date": d, "lines": w} for d, w in zip(dates, weeks)]
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
