# ruff: noqa  (hand-written data generator of blind set 60, kept as its writer left it)
"""Messages of the sixtieth blind set and their plain labels, all hand-written.

Line specs (separated by ';'): 'SKU qty', 'SKU/variant qty', 'SKU/? qty' (variant not given), '?A,B qty' or
'?A,B@variant qty' (family line with candidates and candidate_variant), 'NIC qty' (not in catalog); qty '-' is null.
ref='usual'|'last' marks a reference to history; st = skus whose line is a new quantity, rm = removed skus.
fl: credit, conditional, range, outlier, review (other reasons a clerk would not ship)."""

M = []


def m(c, t, l="", i="ORDER", n="", g="", ref=None, st="", rm="", dbl="", fl="", cl=None, ch=None):
    M.append(
        dict(
            c=c,
            t=t,
            l=l,
            i=i,
            n=n,
            g=g.split(),
            ref=ref,
            st=st.split(),
            rm=rm.split(),
            dbl=dbl.split(),
            fl=fl.split(),
            cl=cl,
            ch=ch,
        )
    )


# ---------------------------------------------------------------- la-espuela (Sevilla, es, WhatsApp)
c = "la-espuela"
m(
    c,
    "Buenas Rafa, pa mañana: 3 latas de gordal, 2 cajas alhambra 1925 y 6 tio pepe. Gracias",
    "ACEIT-GORDAL 3; ALHAMBRA-1925 2; TIO-PEPE 6",
    n="1925 is part of the beer's name",
    g="number_in_name no_accents",
)
m(c, "lo de siempre xfa, y ponme tb 2 tarrinas de alioli", "ALIOLI 2", ref="usual", g="sms_abbrev")
m(
    c,
    "Rafa necesito manzanilla 6 y 4 bolsas de calamares",
    "?LA-GITANA,ACEIT-MANZ-SH,ACEIT-ANCHOA 6; CALAMARES 4",
    n="'manzanilla' is the sherry or the olives",
)
m(
    c,
    "2 barriles de cruzcampo y 10 chorizos dulces de los pequeños",
    "NIC 2; CHOR-SARTA-DUL/250g 10",
    n="Cruzcampo is not stocked; the only sweet chorizo is the sarta dulce, 'pequeños' is the 250g",
)
m(
    c,
    "Buenos dias, una pata de serrano reserva, un manchego curado de 3 kilos y 2 bravas",
    "SER-RES-LEG 1; MAN-CUR/Rueda 3kg 1; SALSA-BRAVA 2",
    n="'de 3 kilos' is the wheel size; '2 bravas' are tubs of salsa brava",
    g="number_in_name no_accents",
)
m(c, "Rafa, ¿el pimentón agridulce lo tenéis en lata pequeña? Es para probarlo", i="QUESTION")
m(
    c,
    "Buenas, 2 cajas de Alhambra, 6 Gitana y 2 tarrinas de brava",
    "ALHAMBRA-1925 2; LA-GITANA 6; SALSA-BRAVA 2",
)
m(c, "Rafa anula el pedido del jueves, cerramos por obras hasta el lunes", i="CANCEL")
m(
    c,
    "media docena de sartas dulces grandes y 1 pata serrano reserva",
    "CHOR-SARTA-DUL/450g 6; SER-RES-LEG 1",
    n="'grandes' is the 450g",
    g="number_words",
)
m(
    c,
    "Rafa ponme 2 cajas de croquetas de jamón y 1 queso de cabra",
    "CROQ-JAMON/? 2; CABRA-RULO 1",
    n="the ham croquetas come in boxes of 40 and of 100",
)

# ---------------------------------------------------------------- el-cuartel (Madrid, es, WhatsApp)
c = "el-cuartel"
m(
    c,
    "Hola! Para el jueves: 3 barriles de mahou, 4 cajas de quintos mahou, 2 cajas de tortilla sin cebolla y 6 bolsas de calamares",
    "MAHOU-KEG 3; MAHOU-BOT/Quinto 25cl (case of 30) 4; TORT-SIN 2; CALAMARES 6",
)
m(
    c,
    "lo mismo que la semana pasada pero con 5 barriles",
    "MAHOU-KEG 5",
    ref="last",
    st="MAHOU-KEG",
    n="Mahou is the only keg this bar has ever had, and the only Mahou keg there is",
)
m(
    c,
    "pon 2 cajas de croquetas y 4 bandejas de boquerones",
    "?CROQ-JAMON,CROQ-BACALAO,CROQ-BOLETUS,CROQ-POLLO,CROQ-CHIPIRON 2; BOQUERONES 4",
)
m(
    c,
    "mándame tres barriles de mahou dos cajas de tercios mahou una caja de croquetas de jamón de las grandes y seis vermús yzaguirre de litro",
    "MAHOU-KEG 3; MAHOU-BOT/Tercio 33cl (case of 24) 2; CROQ-JAMON/Caja 100 uds (3kg) 1; ?YZ-ROJO,YZ-BLANCO@1L 6",
    n="'yzaguirre de litro' is the red or the white; both come in 1L",
    g="spoken voice number_words",
)
m(
    c,
    "mandame 2 quintos de mahou y 1 barril, que vamos justos",
    "MAHOU-BOT/Quinto 25cl (case of 30) 2; MAHOU-KEG 1",
    n="'2 quintos' of a product sold by the case: 2 cases, the usual meaning in the trade; '1 barril' after Mahou is the Mahou keg",
    g="container",
)
m(
    c,
    "Rafa ayer vinieron 4 cajas de quintos y habíamos pedido tercios. Y un barril venía pinchado",
    i="COMPLAINT",
)
m(
    c,
    "Oye Rafa, súbeme también 2 cajas de tercios, y boquerones, 6 bandejas",
    "?ED-BOT,MAHOU-BOT,EG-BOT@Tercio 33cl (case of 24) 2; BOQUERONES 6",
    n="'tercios' without a brand fits three beers",
)
m(
    c,
    "Para el finde: 4 barriles mahou y 2 cajas croquetas jamon grandes",
    "MAHOU-KEG 4; CROQ-JAMON/Caja 100 uds (3kg) 2",
    g="no_accents",
)
m(c, "Rafa el pedido del jueves cambia: 3 barriles en vez de 4, lo demás igual", i="CHANGE", cl="MAHOU-KEG 3")
m(c, "Gracias Rafa, todo perfecto ayer 👍", i="OTHER", g="emoji")

# ---------------------------------------------------------------- la-albufera (València, es, email)
c = "la-albufera"
m(
    c,
    "Asunto: Pedido semana 23\n\nBuenos días,\n\nOs paso el pedido para el martes:\n- Arroz Senia 5kg: 6 sacos\n- Bomba Calasparra 5kg: 2\n- Azafrán lata 4g: 2\n- Caldo de pescado: 4 cajas\n- Gamba pelada 60/80: 5 bolsas\n\nUn saludo,\nAmparo Llopis\nArrocería La Albufera\nCamí del Palmar 14, 46012 València\nTel. 020 7946 0731",
    "ARROZ-SENIA 6; ARROZ-BOMBA/5kg 2; AZAFRAN/4g lata 2; CALDO-PESCADO 4; GAMBA-PELADA 5",
    n="'semana 23', '60/80', the street number, postcode and phone are not quantities; the Senia 5kg bags are called sacos",
    g="signature number_in_name list",
)
m(
    c,
    "Asunto: Re: pedido\n\nHola, añadid por favor 2 sacos más de bomba de 5 kg y 1 lata de azafrán al pedido del martes. Gracias",
    "ARROZ-BOMBA/5kg 2; AZAFRAN/? 1",
    n="addition to a placed order; saffron comes in a 4g and a 28g tin",
)
m(
    c,
    "Buenos días, ¿podríais mandarnos el pedido habitual el martes? Este mes sin fideuá. Gracias, Amparo",
    "",
    ref="usual",
    rm="FIDEUA",
    g="non_order_request",
)
m(
    c,
    "Buenas, quisiera saber si el arroz bomba de 5kg viene con la D.O. Calasparra en el saco y si tenéis el de 25kg. Un saludo",
    i="QUESTION",
    g="non_order_request",
)
m(
    c,
    "Pedido para el viernes: 4 cajas de caldo de pescado, 3 garrafas de Tarsis de 5L, 1 lata grande de pimentón dulce y 3 tarrinas de alioli",
    "CALDO-PESCADO 4; AOVE-CASA/5L PET 3; PIM-DULCE/750g lata 1; ALIOLI 3",
)
m(
    c,
    "Asunto: Pedido\n\nBuenos días: 2 sacos de Bomba 5 kg, 5 bolsas de gamba pelada y 1 caja de fideos de fideuá. Amparo",
    "ARROZ-BOMBA/5kg 2; GAMBA-PELADA 5; FIDEUA 1",
)
m(
    c,
    "Asunto: Incidencia albarán 55120\n\nNos han llegado 4 cajas de caldo de pollo en lugar de caldo de pescado. ¿Cuándo podéis cambiarlas?",
    i="COMPLAINT",
)
m(
    c,
    "Asunto: Pedido martes\n\nQuisiera pedir 2 latas de azafrán de 4 g y 6 sacos de arroz Senia.",
    "AZAFRAN/4g lata 2; ARROZ-SENIA 6",
    g="non_order_request",
)

# ---------------------------------------------------------------- los-arcos (Salamanca, es, SMS)
c = "los-arcos"
m(
    c,
    "Hola soy Julian de Los Arcos. Mandame 2 jamones de cebo y una paleta de cebo, 3 chorizos culares y 2 salchichones culares. Gracias",
    "IB-CEBO-LEG 2; IB-CEBO-PAL 1; CHOR-CULAR 3; SALCH-CULAR 2",
    g="no_accents",
)
m(
    c,
    "2 jamones ibericos y 2 manchegos",
    "?IB-CEBO-LEG,IB-CAMPO-LEG,IB-BELL50-LEG,IB-BELL100-LEG 2; ?MAN-SEMI,MAN-CUR,MAN-VIEJO 2",
    n="bare 'jamones ibericos' fits four legs; 'manchegos' three ages",
    g="no_accents",
)
m(
    c,
    "mandame 12 jamones de cebo para el viernes",
    "IB-CEBO-LEG 12",
    fl="outlier",
    n="outlier: 12 legs for a mesón that takes 2 a week, no reason given",
)
m(c, "perdona lo de los 12 jamones era un error, son 2", i="CHANGE", cl="IB-CEBO-LEG 2")
m(
    c,
    "una caja de rioja crianza, 2 lomos y 1 torta del casar",
    "RIOJA-CRZ 1; ?LOMO-IB,LOMO-IB-LONCH 2; TORTA-CASAR 1",
    n="'lomos' is the half piece or the sliced packs",
)
m(
    c,
    "tienes jamon de bellota 100% de 5J o joselito? precio?",
    i="QUESTION",
    n="5J and Joselito are not stocked",
    g="number_in_name",
)
m(
    c,
    "3 chorizos culares, 2 salchichones culares, 2 ruedas manchego semi y 2 cajas rioja",
    "CHOR-CULAR 3; SALCH-CULAR 2; MAN-SEMI/Rueda 3kg 2; RIOJA-CRZ 2",
)
m(c, "1 paleta de bellota y 2 jamones cebo de campo para probar", "IB-BELL-PAL 1; IB-CAMPO-LEG 2")
m(
    c,
    "2 jamones de bellota y 3 chorizos culares",
    "?IB-BELL50-LEG,IB-BELL100-LEG 2; CHOR-CULAR 3",
    n="bellota legs come as 50% and 100%",
)

# ---------------------------------------------------------------- casa-paco (Madrid, es, SMS)
c = "casa-paco"
m(
    c,
    "Paco aqui. 2 cajas de vermut de grifo, 24 latas de mejillones 8/10 y 12 berberechos",
    "VERMUT-GRIFO 2; MEJILLONES/8/10 piezas 24; BERBERECHOS 12",
    n="'8/10' is the count of mussels in a tin",
    g="number_in_name",
)
m(c, "Paco. Mándame lo de siempre, que el sábado hay partido", "", ref="usual")
m(
    c,
    "24 mejillones y 4 latas de bonilla",
    "MEJILLONES/? 24; PATATAS-BONILLA 4",
    n="mussels come in 8/10 and 13/18 tins",
)
m(c, "3 vermut y 2 botes de gildas", "?YZ-ROJO,YZ-BLANCO,LUSTAU-VERMUT,VERMUT-GRIFO 3; GILDAS 2")
m(
    c,
    "si os llegan ya las anchoas 00 mandame 6, si no nada",
    "ANCH-00 6",
    fl="conditional",
    g="number_in_name",
)
m(c, "6 botellas de yzaguirre blanco y 4 latas de bonilla", "YZ-BLANCO 6; PATATAS-BONILLA 4")
m(
    c,
    "2 vermut de grifo, 24 rellenas de anchoa pequeñas y 3 botes de gildas",
    "VERMUT-GRIFO 2; ACEIT-ANCHOA/350g lata 24; GILDAS 3",
    n="'pequeñas' is the 350g tin",
)

# ---------------------------------------------------------------- la-tramuntana (Barcelona, ca, WhatsApp)
c = "la-tramuntana"
m(
    c,
    "Bon dia! Per dijous: 4 barrils de Damm de 30, 3 caixes de quintos Damm, 2 paquets de fuet i 3 caixes de pa de vidre. Gràcies!",
    "ED-KEG/30L 4; ED-BOT/Quinto 20cl (case of 24) 3; FUET 2; PAN-CRISTAL 3",
    n="'de 30' is the 30L keg",
)
m(c, "el de sempre però amb 6 barrils de Damm de 30", "ED-KEG/30L 6", ref="usual", st="ED-KEG")
m(c, "Ens falten olives: 2 llaunes d'arbequines i 2 de gordal", "ACEIT-ARBEQ 2; ACEIT-GORDAL 2")
m(
    c,
    "3 caixes de croquetes i 2 bosses de bacallà esqueixat",
    "?CROQ-JAMON,CROQ-BACALAO,CROQ-BOLETUS,CROQ-POLLO,CROQ-CHIPIRON 3; BAC-DESMIG 2",
    n="'esqueixat' is the flaked cod",
)
m(c, "Necessitem 2 barrils per demà", "?ED-KEG,MAHOU-KEG,EG-KEG 2")
m(
    c,
    "hola soc la Montse envia'ns dues caixes de cordon negro tres paquets de fuet una caixa d'oli arbequina i quatre caixes de croquetes de pernil petites",
    "FX-CORDON/? 2; FUET 3; AOVE-ARBEQ 1; CROQ-JAMON/Caja 40 uds (1.2kg) 4",
    n="Cordón Negro comes by the case of 6 x 75cl and of 24 benjamines; 'petites' is the box of 40",
    g="spoken voice number_words",
)
m(
    c,
    "Voldria saber si feu entregues dissabte al matí, que tenim un casament",
    i="QUESTION",
    g="non_order_request",
)
m(
    c,
    "Hola, 2 caixes de Cordon Negro de 75, 2 bosses de bacallà esqueixat i 3 de pa de vidre",
    "FX-CORDON/75cl (case of 6) 2; BAC-DESMIG 2; PAN-CRISTAL 3",
    n="'de 75' is the 75cl",
)
m(c, "Anul·leu la comanda de divendres, si us plau, tenim una avaria a la cuina", i="CANCEL")
m(c, "Quin preu té el barril de 50 de Damm? Potser canviem del de 30", i="QUESTION", g="number_in_name")

# ---------------------------------------------------------------- can-rovira (Girona, ca, SMS)
c = "can-rovira"
m(
    c,
    "Bon dia, 2 garrafes de Yzaguirre vermell, 3 Lustau i 2 caixes de Vichy. Merci",
    "YZ-ROJO/5L garrafa 2; LUSTAU-VERMUT 3; VICHY 2",
    n="'3 Lustau' is the Lustau vermouth, the only Lustau this bar buys and the only one named without PX or oloroso",
)
m(c, "el mateix que la setmana passada, sisplau", "", ref="last")
m(
    c,
    "12 llaunes d'olives farcides d'anxova petites i 24 musclos en escabetx 13/18",
    "ACEIT-ANCHOA/350g lata 12; MEJILLONES/13/18 piezas 24",
    g="number_in_name",
)
m(c, "10 anxoves i 2 sobrassades", "?ORTIZ-ANCH,ANCH-00 10; SOBRASADA 2")
m(c, "Tancat per vacances del 15 al 30 de juliol. No envieu res aquells dies. Gràcies, Jordi", i="OTHER")
m(
    c,
    "3 latas bonilla, 10 anxoves Ortiz i 2 garrafes Yzaguirre",
    "PATATAS-BONILLA 3; ORTIZ-ANCH 10; YZ-ROJO/5L garrafa 2",
    n="only the red Yzaguirre comes in a garrafa",
)
m(
    c,
    "2 caixes de vichy i 24 musclos petits",
    "VICHY 2; MEJILLONES/13/18 piezas 24",
    n="'musclos petits' are the small mussels, 13/18 to the tin",
)
m(c, "2 garrafes yzaguire i 3 lustau vermuth", "YZ-ROJO/5L garrafa 2; LUSTAU-VERMUT 3", g="typo")

# ---------------------------------------------------------------- la-llotja (Tarragona, ca, email)
c = "la-llotja"
m(
    c,
    "Assumpte: Comanda dimarts\n\nBon dia,\n\nUs passem la comanda:\n- 3 sacs d'arròs bomba de 5 kg\n- 6 caixes de brou de peix\n- 8 kg de llom de bacallà\n- 2 caixes de llagostins cuits 30/40\n\nSalutacions,\nMarta Puig\nRestaurant La Llotja\nc/ del Port 22, 43004 Tarragona\n020 7946 0742",
    "ARROZ-BOMBA/5kg 3; CALDO-PESCADO 6; BAC-LOMO 8; LANGOSTINO 2",
    g="signature number_in_name list",
)
m(
    c,
    "Assumpte: Re: Comanda\n\nAfegiu-hi, si us plau, 1 llauna de safrà de 28 g i 4 kg de pop.",
    "AZAFRAN/28g lata 1; PULPO-PATA 4",
    n="'kg de pop' is the octopus legs, the only octopus sold by the kg",
)
m(
    c,
    "Assumpte: Comanda habitual\n\nBon dia, la comanda habitual per dimarts i 2 caixes de Juvé més.",
    "JUVE 2",
    ref="usual",
)
m(
    c,
    "Assumpte: Sopar d'empresa 26/06\n\nTenim un sopar de 120 coberts el dia 26. Necessitem 12 sacs de bomba de 5 kg, 10 caixes de brou de peix i 3 llaunes de safrà de 28 g.",
    "ARROZ-BOMBA/5kg 12; CALDO-PESCADO 10; AZAFRAN/28g lata 3",
    n="a large order with a reason (dinner for 120), not an outlier; 26/06 and 120 are not quantities",
    g="number_in_name",
)
m(
    c,
    "Assumpte: Bacallà\n\nEl bacallà de dimarts (8 kg) venia amb sal, no estava dessalat. Ho hem de tornar.",
    i="COMPLAINT",
)
m(
    c,
    "Assumpte: Al·lèrgens\n\nPodríeu enviar-nos la fitxa d'al·lèrgens de les croquetes de xipiró?",
    i="QUESTION",
    g="non_order_request",
)
m(
    c,
    "Assumpte: comanda\n\n2 caixes de cava Juvé, 6 caixes de brou de peix i 2 tarrines d'allioli.",
    "JUVE 2; CALDO-PESCADO 6; ALIOLI 2",
)
m(
    c,
    "Assumpte: Comanda setmanal\n\nBon dia, voldríem 3 sacs de bomba de 5 kg i 4 kg de pop.",
    "ARROZ-BOMBA/5kg 3; PULPO-PATA 4",
    g="non_order_request",
)

# ---------------------------------------------------------------- txoko-zaharra (Donostia, eu, WhatsApp)
c = "txoko-zaharra"
m(
    c,
    "Kaixo! Bihar goizerako: 4 gilda ontzi, 3 piparra pote, 2 kutxa txakoli eta 6 anchoa 00 bandeja. Eskerrik asko",
    "GILDAS 4; PIPARRAS 3; TXAKOLI 2; ANCH-00 6",
    n="'00' is the anchovy grade",
    g="number_in_name",
)
m(c, "Ohiko eskaera ostegunerako, baina 6 kutxa txakoli", "TXAKOLI 6", ref="usual", st="TXAKOLI")
m(
    c,
    "2 idiazabal eta 4 kilo bakailao tajada",
    "?IDI-NAT,IDI-AHU 2; BAC-TAJADA 4",
    n="Idiazabal natural or smoked",
)
m(
    c,
    "bidali bi barril estrella galicia hiru kutxa bakailao kroketa lau gilda eta sei anchoa doble zero",
    "EG-KEG 2; CROQ-BACALAO 3; GILDAS 4; ANCH-00 6",
    n="'doble zero' is the anchovy grade; 'lau gilda' are tubs as always",
    g="spoken voice number_words",
)
m(c, "Atzoko eskaeran 2 ontzi gilda falta ziren. 60418 fakturan kobratu dizkiguzue", i="COMPLAINT")
m(c, "Joan den asteko berdina", "", ref="last")
m(c, "3 kutxa bakailao kroketa eta 4 ontzi gilda bihar", "CROQ-BACALAO 3; GILDAS 4")
m(c, "Kaixo, 2 txakoli kutxa eta 2 idiazabal ketua", "TXAKOLI 2; IDI-AHU 2", n="'ketua' is smoked")
m(c, "Eskerrik asko Iñaki! Gilda guztiak ondo iritsi dira", i="OTHER")

# ---------------------------------------------------------------- urkiola (Astigarraga, eu, email)
c = "urkiola"
m(
    c,
    "Gaia: Eskaera\n\nEgun on,\n\nHurrengo astelehenerako:\n- 20 kutxa sagardo Zapiain\n- 12 kg bakailao gazia (pentzan)\n- 6 poltsa bakailao txikitua\n\nEskerrik asko,\nAitziber Etxeberria\nUrkiola Sagardotegia, Astigarraga\n+447700900769",
    "SIDRA 20; BAC-SALADO 12; BAC-DESMIG 6",
    g="signature list",
)
m(c, "Gaia: Ohikoa\n\nKaixo, ohikoa bidali mesedez, baina txistorrarik gabe", "", ref="usual", rm="CHISTORRA")
m(
    c,
    "Gaia: Eskaera\n\n12 bakailao eta 3 idiazabal",
    "?BAC-LOMO,BAC-TAJADA,BAC-DESMIG,BAC-SALADO 12; ?IDI-NAT,IDI-AHU 3",
    n="'bakailao' fits four cuts; 'idiazabal' natural or smoked",
)
m(
    c,
    "Gaia: Bihar\n\nBidali 100 kutxa sagardo bihar goizean.",
    "SIDRA 100",
    fl="outlier",
    n="outlier: 100 cases for a cider house that takes 20, no reason given",
)
m(c, "Gaia: Barkatu\n\nBarkatu, 100 kutxako eskaera bertan behera utzi, akats bat izan da", i="CANCEL")
m(
    c,
    "Gaia: Galdera\n\nSagardo naturala 70cl-ko botilan bakarrik daukazue edo litrokoa ere bai?",
    i="QUESTION",
    g="number_in_name",
)
m(c, "Gaia: eskaera\n\n5 poltsa txistorra eta 3 idiazabal natural, mesedez", "CHISTORRA 5; IDI-NAT 3")
m(c, "Gaia: Sagardoa\n\n24 kutxa sagardo eta 2 pote piparra", "SIDRA 24; PIPARRAS 2")
m(
    c,
    "Gaia: FW: Eskaera\n\n---------- Forwarded message ---------\nNork: Mikel (sukaldea)\n\nAitziber, bidali hau mesedez: 10 kg bakailao gazia eta 4 poltsa txikitua.\n\n----------\nBidalita. Eskerrik asko",
    "BAC-SALADO 10; BAC-DESMIG 4",
    g="forwarded",
)

# ---------------------------------------------------------------- gure-taberna (Bilbo, eu, SMS)
c = "gure-taberna"
m(
    c,
    "Kaixo Iñaki. 3 kutxa urdaiazpiko kroketa txiki, 2 boletus kroketa, 3 kutxa Estrella Galicia eta 2 txistorra poltsa",
    "CROQ-JAMON/Caja 40 uds (1.2kg) 3; CROQ-BOLETUS 2; EG-BOT 3; CHISTORRA 2",
    n="'txiki' is the box of 40; bare 'Estrella Galicia' by the case is the Especial (1906 carries its number)",
)
m(c, "ohikoa, eta 2 kutxa kas limoi gehiago", "KAS-LIM 2", ref="usual")
m(
    c,
    "Iñaki, bihar arratsalderako: tortilla 2 kutxa, idiazabal 2",
    "?TORT-CEBOLLA,TORT-SIN 2; ?IDI-NAT,IDI-AHU 2",
)
m(c, "Kaixo, helbidea aldatu dugu: Ercilla kalea 12, Bilbo. Hemendik aurrera hara bidali", i="OTHER")
m(
    c,
    "bihar 2 lata kas laranja eta 3 kutxa EG",
    "KAS-NAR 2; EG-BOT 3",
    n="'2 lata' of a product sold by the case of 24: 2 cases, the usual meaning in the trade",
    g="container",
)
m(
    c,
    "3 kutxa EG, 2 txakoli eta 2 tortilla tipuladun kutxa",
    "EG-BOT 3; TXAKOLI 2; TORT-CEBOLLA 2",
    n="'tipuladun' is with onion",
)
m(c, "bihar 4 kutxa kroketa", "?CROQ-JAMON,CROQ-BACALAO,CROQ-BOLETUS,CROQ-POLLO,CROQ-CHIPIRON 4")
m(
    c,
    "bi kutxa kroketa boletus hiru kutxa estrella galicia bi txakoli eta lau poltsa txistorra",
    "CROQ-BOLETUS 2; EG-BOT 3; TXAKOLI 2; CHISTORRA 4",
    g="spoken voice number_words",
)

# ---------------------------------------------------------------- o-porto (Vigo, gl, WhatsApp)
c = "o-porto"
m(
    c,
    "Bos días! Para mañá: 10 quilos de patas de polbo, 2 barrís de Estrella Galicia e 3 caixas de tercios. Grazas",
    "PULPO-PATA 10; EG-KEG 2; EG-BOT 3",
    n="'tercios' right after Estrella Galicia are its tercios",
)
m(c, "2 latas de pementón e 3 tetillas", "?PIM-DULCE,PIM-PICANTE,PIM-AGRIDULCE 2; TETILLA 3")
m(
    c,
    "Pementón: unha lata grande de doce e unha de picante",
    "PIM-DULCE/750g lata 1; PIM-PICANTE/750g lata 1",
    n="'unha de picante' carries 'lata grande' from the first item",
    g="number_words",
)
m(c, "o de sempre", "", ref="usual")
m(
    c,
    "8 quilos de polbo e 2 aceites",
    "PULPO-PATA 8; ?AOVE-CASA,AOVE-ARBEQ,AO-SUAVE,AO-ORUJO 2",
    n="'quilos de polbo' is the octopus legs sold by the kg",
)
m(c, "O polbo de onte chegou desconxelado, 3 quilos tivemos que tiralos", i="COMPLAINT")
m(
    c,
    "mándame dez quilos de polbo dúas caixas de albariño tres tetillas e unha empanada de atún",
    "PULPO-PATA 10; ALBARINO 2; TETILLA 3; EMPANADA 1",
    g="spoken voice number_words",
)
m(c, "Boas, 2 caixas de Albariño e 2 garrafas de aceite Tarsis de 5 litros", "ALBARINO 2; AOVE-CASA/5L PET 2")
m(c, "Tedes polbo enteiro conxelado ou só as patas?", i="QUESTION")

# ---------------------------------------------------------------- a-quintana (Santiago, gl, email)
c = "a-quintana"
m(
    c,
    "Asunto: Pedido xoves\n\nBoas tardes,\n\nPara o xoves precisamos:\n4 caixas de 1906\n2 caixas de Estrella Galicia Especial\n2 queixos Arzúa-Ulloa\n3 empanadas de atún\n\nUn saúdo,\nXiana Rial\nTaberna A Quintana\nRúa da Conga 7, Santiago\n07700 900773",
    "EG-1906 4; EG-BOT 2; ARZUA 2; EMPANADA 3",
    n="'1906' is the beer's name",
    g="signature number_in_name list",
)
m(
    c,
    "Asunto: Engadir\n\nBoas, engadide ao pedido 4 caixas de 1906 máis e 12 latas de bonito",
    "EG-1906 4; ORTIZ-BONITO/? 12",
    n="Ortiz bonito comes in a 112g and a 1.8kg tin",
    g="number_in_name",
)
m(c, "Asunto: Pedido\n\nComo a semana pasada, pero sen bonito", "", ref="last", rm="ORTIZ-BONITO")
m(
    c,
    "Asunto: Pedido venres\n\n2 caixas de croquetas de chipirón e 4 latas de Bonilla",
    "CROQ-CHIPIRON 2; PATATAS-BONILLA 4",
)
m(
    c,
    "Asunto: Consulta\n\nGustaríanos saber se tedes queixo San Simón da Costa e a que prezo.",
    i="QUESTION",
    n="San Simón is not stocked",
    g="non_order_request",
)
m(
    c,
    "Asunto: Queixos\n\nBoa tarde, mandade 3 queixos galegos e 2 caixas de albariño para o sábado.",
    "?TETILLA,ARZUA 3; ALBARINO 2",
    n="'queixos galegos' is the Tetilla or the Arzúa-Ulloa",
)
m(
    c,
    "Asunto: pedido\n\n3 caixas de Estrella Galicia Especial, 2 tetillas e 2 latas de piquillo",
    "EG-BOT 3; TETILLA 2; PIQUILLO 2",
)
m(
    c,
    "Asunto: Anular pedido\n\nAnulade o pedido do xoves, por favor; pechamos por un asunto familiar.",
    i="CANCEL",
)
m(
    c,
    "Asunto: Pedido\n\nQueremos 6 caixas de tercios",
    "?ED-BOT,MAHOU-BOT,EG-BOT@Tercio 33cl (case of 24) 6",
    n="'tercios' without a brand fits three beers",
)

# ---------------------------------------------------------------- a-lareira (Lugo, gl, SMS)
c = "a-lareira"
m(
    c,
    "Ola, manda 2 barris de estrella, 2 caixas tercios estrella e 3 de croquetas de polo. Grazas",
    "?ED-KEG,EG-KEG 2; ?ED-BOT,EG-BOT@Tercio 33cl (case of 24) 2; CROQ-POLLO 3",
    n="'estrella' is Estrella Damm or Estrella Galicia",
)
m(c, "Manda o pedido de sempre pro venres, grazas", "", ref="usual")
m(
    c,
    "10 chorizos picantes e 2 latas bonilla",
    "CHOR-SARTA-PIC 10; PATATAS-BONILLA 2",
    n="the only hot chorizo is the sarta picante",
)
m(c, "2 kas e 1 caixa de tortillas con cebola", "?KAS-NAR,KAS-LIM 2; TORT-CEBOLLA 1")
m(c, "Dende o 1 de xullo pechamos os luns, non mandedes nada ese día", i="OTHER")
m(c, "2 barris EG e 2 caixas tercios EG", "EG-KEG 2; EG-BOT 2")
m(
    c,
    "3 caixas croquetas de polo, 2 caixas de tortilla con cebola e 1 kas laranxa",
    "CROQ-POLLO 3; TORT-CEBOLLA 2; KAS-NAR 1",
)
m(
    c,
    "2 caixas de Estrella Galicia sen glute e 1 de 1906",
    "NIC 2; EG-1906 1",
    n="gluten-free Estrella Galicia is not stocked",
    g="number_in_name",
)

# ---------------------------------------------------------------- pimenton-london (en, WhatsApp)
c = "pimenton-london"
m(
    c,
    "Hi Rafa, for Thursday pls: 2 boxes of the big ham croquetas (100), 5 cases Damm tercios, 10 packs cooking chorizo and 4 bags peeled prawns 60/80. Cheers, Dan",
    "CROQ-JAMON/Caja 100 uds (3kg) 2; ED-BOT/Tercio 33cl (case of 24) 5; CHOR-COCINAR 10; GAMBA-PELADA 4",
    n="'(100)' is the box size, '60/80' the prawn count",
    g="number_in_name",
)
m(
    c,
    "Can I get 2 manchego and 3 boxes of tortilla",
    "?MAN-SEMI,MAN-CUR,MAN-VIEJO 2; ?TORT-CEBOLLA,TORT-SIN 3",
    g="non_order_request",
)
m(
    c,
    "i would like three tortilla boxes a tub of brava two tubs alioli and twelve cooking chorizos",
    "?TORT-CEBOLLA,TORT-SIN 3; SALSA-BRAVA 1; ALIOLI 2; CHOR-COCINAR 2",
    n="twelve cooking chorizos are 2 packs of 6",
    g="spoken non_order_request count number_words",
)
m(
    c,
    "same as last week but no prawns pls, and add 6 small tins hot pimenton",
    "PIM-PICANTE/75g lata 6",
    ref="last",
    rm="GAMBA-PELADA",
)
m(
    c,
    "I'd like to know if your croquetas are gluten free? got a coeliac booking sat",
    i="QUESTION",
    g="non_order_request",
)
m(
    c,
    "Could you add 3 bottles of Damm tercio to tomorrow, we're nearly dry",
    "ED-BOT/Tercio 33cl (case of 24) 3",
    n="'3 bottles' of a product sold by the case: 3 cases, the usual meaning in the trade",
    g="container non_order_request",
)
m(
    c,
    "Also need 2kg padron peppers and 1 box of croquetas de cocido if u have them",
    "NIC 2; NIC 1",
    n="Padrón peppers and cocido croquetas are not stocked",
    fl="conditional",
)
m(
    c,
    "Hi! 2 wheels cured manchego, 3 packs of the 100g bellota sobres and 2 tins piquillo",
    "MAN-CUR/Rueda 3kg 2; IB-BELL-LONCH/100g sobres 3; PIQUILLO 2",
)
m(
    c,
    "Dan here. 5 cs damm tercios, 3 tubs alioli, 3 brava",
    "ED-BOT/Tercio 33cl (case of 24) 5; ALIOLI 3; SALSA-BRAVA 3",
)
m(
    c,
    "voice note: uh send four boxes of the big ham croquetas two boxes of morcilla and ten packs cooking chorizo",
    "CROQ-JAMON/Caja 100 uds (3kg) 4; NIC 2; CHOR-COCINAR 10",
    n="morcilla is not stocked",
    g="spoken voice number_words",
)

# ---------------------------------------------------------------- bodeguita-mcr (Manchester, en, email)
c = "bodeguita-mcr"
m(
    c,
    "Subject: Order for Friday – PO 7731\n\nHi team,\n\nPlease send:\n2 x 50L Estrella Damm kegs\n3 cases Alhambra 1925\n4 mini semicurado manchegos\n5 bags calamari\n\nThanks,\nSophie Hart\nLa Bodeguita, 18 Tib Street, Manchester M4 1LS\n07700 900776",
    "ED-KEG/50L 2; ALHAMBRA-1925 3; MAN-SEMI/Mini 1kg 4; CALAMARES 5",
    g="signature number_in_name pack list",
)
m(
    c,
    "Subject: add on\n\nCould you add 30 sliced serrano packs (the 100g ones) and 12 sarta chorizos to Friday?",
    "SER-LONCH-100 3; ?CHOR-SARTA-DUL,CHOR-SARTA-PIC 12",
    n="30 single 100g sobres are 3 packs of 10; 'sarta' is sweet or hot",
    g="count non_order_request",
)
m(
    c,
    "Subject: usual\n\nUsual order please for Friday, plus 2 boxes of ham croquetas. Thanks, Sophie",
    "CROQ-JAMON/? 2",
    ref="usual",
)
m(
    c,
    "Subject: keg\n\nWe need an extra keg of Damm for the match on Saturday, the 30L this time as the 50s don't fit the new cellar cooler.",
    "ED-KEG/30L 1",
    n="'the 50s' is not a quantity",
)
m(
    c,
    "Subject: Damaged delivery\n\nTwo of the 3L oil tins arrived dented and one leaked all over the croqueta boxes. Please credit.",
    i="COMPLAINT",
)
m(
    c,
    "Subject: Order\n\nHi, 3 cases Rioja, 2 cases free damm and 6 of the manchego minis. Sophie",
    "RIOJA-CRZ 3; FREE-DAMM 2; ?MAN-SEMI,MAN-CUR@Mini 1kg 6",
    n="a mini manchego is semicurado or curado",
)
m(
    c,
    "Subject: Friday\n\n2 x 50L Damm, 6 sarta chorizo 450g and 2 tins of the 3L oil.",
    "ED-KEG/50L 2; CHOR-SARTA-DUL/450g 6; AOVE-CASA/3L lata 2",
    n="only the sweet sarta comes in 450g; only the house oil comes in a 3L tin",
    g="pack number_in_name",
)
m(
    c,
    "Subject: Croquetas\n\n2 boxes cod croquetas and 2 boxes of the 40 ham ones.",
    "CROQ-BACALAO 2; CROQ-JAMON/Caja 40 uds (1.2kg) 2",
)
m(
    c,
    "Subject: Statement\n\nI would like a statement of our account for May please, our accountant is asking.",
    i="QUESTION",
    g="non_order_request",
)

# ---------------------------------------------------------------- olive-tree (Marbella, en, SMS)
c = "olive-tree"
m(
    c,
    "Hiya, 6 cs damm tercios, 4 serrano trays 500g, 2 bag in box red & 1 white. Ta, Kev",
    "ED-BOT/Tercio 33cl (case of 24) 6; SER-LONCH-500 4; TINTO-CASA 2; BLANCO-CASA 1",
    g="sms_abbrev",
)
m(c, "usual pls kev", "", ref="usual")
m(c, "2 house wine and 3 casera", "?TINTO-CASA,BLANCO-CASA 2; CASERA 3")
m(
    c,
    "24 kas orange and 48 damm tercios",
    "KAS-NAR 1; ED-BOT/Tercio 33cl (case of 24) 2",
    n="24 cans are 1 case; 48 bottles are 2 cases of 24",
    g="count",
)
m(
    c,
    "Cd u send 1 box manchego wedges n 1 tin gordal tmrw",
    "MAN-CUNAS 1; ACEIT-GORDAL 1",
    g="sms_abbrev non_order_request",
)
m(
    c,
    "Kev here, cash is tight till the 20th, can u send the usual on account n I'll pay end of month",
    "",
    ref="usual",
    fl="credit",
    g="non_order_request",
)
m(
    c,
    "6 tercios damm n 1 free damm",
    "ED-BOT/Tercio 33cl (case of 24) -; FREE-DAMM 1",
    n="6 bottles is not a whole number of cases of 24 (not a whole number); 6 cases is what the bar usually means, but a clerk must ask",
    g="container",
)
m(c, "4 serrano trays n 3 casera, ta", "SER-LONCH-500 4; CASERA 3")
m(
    c,
    "I'd like to book a table for 6 on Sat, 9pm, name of Kev",
    i="OTHER",
    n="sent to the wrong number",
    g="non_order_request",
)
m(c, "2 bags of ice and 4 serrano trays pls", "NIC 2; SER-LONCH-500 4", n="ice is not stocked")

# ---------------------------------------------------------------- bellota-leeds (Leeds, en, email)
c = "bellota-leeds"
m(
    c,
    "Subject: Weekly order\n\nHello,\n\nOne 100% ibérico de bellota leg (pata negra), one boneless bellota, 3 packs of the 50g hand-carved sobres and 2 each of sliced lomo, chorizo and salchichón.\n\nKind regards,\nPriya Nair\nBellota & Co\n41 Call Lane, Leeds LS1 7BT\n+447700900778",
    "IB-BELL100-LEG 1; IB-BELL-DESH 1; IB-BELL-LONCH/50g sobres 3; LOMO-IB-LONCH 2; CHOR-IB-LONCH 2; SALCH-IB-LONCH 2",
    n="'100%' is part of the name",
    g="signature number_in_name number_words",
)
m(
    c,
    "Subject: sherry\n\nPlease add 6 bottles of sherry to this week's order.",
    "?TIO-PEPE,LA-GITANA,PX-LUSTAU,OLOROSO 6",
)
m(
    c,
    "Subject: cheese\n\n3 Torta del Casar, 2 Cabrales and an aged Manchego wheel please.",
    "TORTA-CASAR 3; CABRALES 2; MAN-VIEJO 1",
)
m(
    c,
    "Subject: Christmas pre-order\n\nWe'd like to pre-order 6 pata negra legs for delivery on 1 December, for our Christmas hampers. Can you hold them?",
    "IB-BELL100-LEG 6",
    n="large with a reason (hampers) and a delivery date, not an outlier",
    g="non_order_request",
)
m(
    c,
    "Subject: Re: Weekly order\n\nSame as last week but 2 bottles of PX instead of... actually make it 4 PX, and no Cabrales this time.",
    "PX-LUSTAU 4",
    ref="last",
    st="PX-LUSTAU",
    rm="CABRALES",
    g="self_correction",
)
m(
    c,
    "Subject: Jamón holder\n\nCould you tell me whether you sell jamoneros (ham stands) or ham knives? Ours broke.",
    i="QUESTION",
    g="non_order_request",
)
m(
    c,
    "Subject: order\n\n2 bags marcona almonds, 2 PX, 2 oloroso and 3 packs of 50g bellota sobres",
    "ALMENDRA 2; PX-LUSTAU 2; OLOROSO 2; IB-BELL-LONCH/50g sobres 3",
)
m(
    c,
    "Subject: Paleta\n\nWe'd like 2 bellota shoulders and a cebo de campo leg added to Thursday's delivery please.",
    "IB-BELL-PAL 2; IB-CAMPO-LEG 1",
    g="non_order_request",
)

# ---------------------------------------------------------------- hotel-mirador (Málaga, es, email)
c = "hotel-mirador"
m(
    c,
    "Asunto: Pedido PO-MS-2291\n\nEstimados señores:\n\nLes rogamos nos envíen el lunes 12 de junio:\n- 4 garrafas AOVE Tarsis 5L\n- 2 jamones serranos deshuesados\n- 3 medias ruedas de manchego curado\n- 2 cajas de benjamines Cordón Negro\n\nAtentamente,\nDepartamento de Compras\nHotel Mirador del Sur\nPaseo Marítimo 118, 29016 Málaga\nTel. 020 7946 0779",
    "AOVE-CASA/5L PET 4; SER-DESH 2; MAN-CUR/Media Rueda 1.5kg 3; FX-CORDON/Benjamín 20cl (case of 24) 2",
    n="PO number, date, street number and phone are not quantities",
    g="signature list",
)
m(
    c,
    "Asunto: PO-MS-2297\n\nEstimados señores, les rogamos añadan al pedido del lunes 6 cajas de cava.",
    "?FX-CORDON,CODORNIU,JUVE 6",
)
m(
    c,
    "Asunto: Pedido habitual PO-MS-2302\n\nBuenos días, les rogamos el pedido habitual para el lunes, pero con 6 cajas de langostino en lugar de 3.",
    "LANGOSTINO 6",
    ref="usual",
    st="LANGOSTINO",
)
m(
    c,
    "Asunto: Evento boda 17/06 – PO-MS-2305\n\nPara una boda de 180 invitados necesitaremos 20 cajas de benjamines Cordón Negro, 12 cajas de langostino cocido y 10 cajas de croquetas de pollo.",
    "FX-CORDON/Benjamín 20cl (case of 24) 20; LANGOSTINO 12; CROQ-POLLO 10",
    n="a large order with a reason (wedding, 180 guests), not an outlier",
)
m(
    c,
    "Asunto: Certificados\n\nQuisiéramos recibir el certificado D.O.P. del manchego y la ficha técnica del langostino 30/40.",
    i="QUESTION",
    g="non_order_request",
)
m(
    c,
    "Asunto: PO-MS-2310\n\n1 rueda de manchego curado y 2 quesos Mahón. Atentamente,",
    "MAN-CUR/Rueda 3kg 1; MAHON 2",
)
m(
    c,
    "Asunto: Modificación PO-MS-2310\n\nLes rogamos que la rueda de manchego curado sea media rueda (1,5 kg) en lugar de la rueda entera.",
    i="CHANGE",
    cl="MAN-CUR/Rueda 3kg 0; MAN-CUR/Media Rueda 1.5kg 1",
)
m(
    c,
    "Asunto: RE: Confirmación pedido PO-MS-2302\n\nConforme. Añadan 2 quesos Mahón, por favor.\n\n> Pedido PO-MS-2302 confirmado: 14 líneas, entrega lunes 12/06\n> Bellota Norte Distribuciones",
    "MAHON 2",
    n="the quoted confirmation's '14 líneas' and date are not quantities",
    g="quoted",
)

# ---------------------------------------------------------------- paella-events (es, WhatsApp, irregular)
c = "paella-events"
m(
    c,
    "lo de siempre para el sabado, paella para 300",
    "",
    ref="usual",
    g="ambiguous_reference",
    n="this caterer has no usual basket; '300' is guests",
)
m(
    c,
    "Para el evento del domingo: 4 sacos de fallera de 25, 2 botes de paellero, 30 sobres de azafran y 6 cajas de caldo de pollo",
    "ARROZ-FALL-25 4; PAELLERO 2; AZAFRAN/1g sobre 30; CALDO-POLLO 6",
    n="'de 25' is the 25kg sack",
    g="number_in_name",
)
m(c, "igual que la ultima vez", "", ref="last")
m(
    c,
    "4 sacos de arroz y 3 de caldo",
    "ARROZ-FALL-25 4; ?CALDO-PESCADO,CALDO-POLLO 3",
    n="'sacos' narrows rice to the only rice sold by the sack; 'caldo' is fish or chicken",
)
m(
    c,
    "Hola, ¿me podéis hacer las facturas a nombre de la empresa nueva? Paellas Gigantes Levante SL, calle Mayor 3, Sueca",
    i="OTHER",
    g="non_order_request",
)
m(
    c,
    "Domingo boda en Sueca: 6 sacos fallera de 25, 2 cajas de caldo de pescado y 5 garrafas de AOVE de 5 litros",
    "ARROZ-FALL-25 6; CALDO-PESCADO 2; AOVE-CASA/5L PET 5",
    n="only the house oil comes in 5L",
)
m(
    c,
    "pon 4 bolsas de gamba pelada y 2 latas grandes de pimenton dulce",
    "GAMBA-PELADA 4; PIM-DULCE/750g lata 2",
)
m(
    c,
    "para el sabado 3 o 4 sacos de fallera, ya te confirmo",
    "ARROZ-FALL-25 -",
    fl="range",
    n="a range, quantities not stated exactly",
)

# ---------------------------------------------------------------- cava-co (Bristol, en, WhatsApp)
c = "cava-co"
m(
    c,
    "Morning! 3 cases cordon negro 75cl, 2 codorniu, 1 juvé and 4 damm tercios pls 🥂",
    "FX-CORDON/75cl (case of 6) 3; CODORNIU 2; JUVE 1; ED-BOT/Tercio 33cl (case of 24) 4",
    g="emoji",
)
m(
    c,
    "18 bottles of cordon negro 75cl for the weekend",
    "FX-CORDON/75cl (case of 6) 3",
    n="18 bottles are 3 cases of 6",
    g="count",
)
m(
    c,
    "2 boxes croquetas and some crisps",
    "?CROQ-JAMON,CROQ-BACALAO,CROQ-BOLETUS,CROQ-POLLO,CROQ-CHIPIRON 2; PATATAS-BONILLA -",
    n="'some crisps': quantities not stated",
)
m(c, "same again pls 🙏", "", ref="last", g="emoji")
m(
    c,
    "can we get 6 manchego minis and 6 bags marcona almonds",
    "?MAN-SEMI,MAN-CUR@Mini 1kg 6; ALMENDRA 6",
    g="non_order_request",
)
m(c, "do u have Inedit? if so 2 cases", "NIC 2", fl="conditional", n="Estrella Damm Inedit is not stocked")
m(c, "Can we move Thursday's delivery to Friday? Same order", i="CHANGE", cl="")
m(
    c,
    "2 boxes boletus croquetas, 2 of the ham ones (40) n 3 packs cebo sobres",
    "CROQ-BOLETUS 2; CROQ-JAMON/Caja 40 uds (1.2kg) 2; IB-CEBO-LONCH 3",
)
m(
    c,
    "half a case of juvé pls, it's for a tasting",
    "JUVE 0.5",
    n="half a case is a fraction of the selling unit",
)

# ---------------------------------------------------------------- el-tendido (new, Madrid, es, WhatsApp)
c = "el-tendido"
m(
    c,
    "Hola! Somos el Bar El Tendido, abrimos el jueves en Lavapiés. Primer pedido, pago a la entrega: 2 barriles de Mahou, 3 cajas de tercios Mahou, 1 jamón serrano gran reserva, 2 cajas de croquetas de boletus y 4 latas de gordal",
    "MAHOU-KEG 2; MAHOU-BOT/Tercio 33cl (case of 24) 3; SER-GR-LEG 1; CROQ-BOLETUS 2; ACEIT-GORDAL 4",
    n="a first order paid on delivery ships",
    g="new_customer",
)
m(
    c,
    "lo mismo que el primer pedido pero sin el jamón",
    "",
    ref="last",
    rm="SER-GR-LEG",
    g="new_customer",
    n="messages are not history: the first order is a message, not a history order",
)
m(
    c,
    "¿Nos podéis abrir cuenta a 30 días? Y mandad 6 cajas de quintos mahou a cuenta",
    "MAHOU-BOT/Quinto 25cl (case of 30) 6",
    fl="credit",
    g="new_customer non_order_request",
)
m(
    c,
    "2 cajas de quintos mahou y 1 caja de vermut de grifo, pago al repartidor como siempre",
    "MAHOU-BOT/Quinto 25cl (case of 30) 2; VERMUT-GRIFO 1",
    g="new_customer",
)
m(c, "¿Tenéis Cruzcampo? Los clientes la piden", i="QUESTION", g="new_customer")
m(
    c,
    "ponme dos barriles de mahou tres cajas de tercios mahou y una caja de croquetas de boletus que pagamos al repartidor",
    "MAHOU-KEG 2; MAHOU-BOT/Tercio 33cl (case of 24) 3; CROQ-BOLETUS 1",
    g="new_customer spoken number_words",
)

# ---------------------------------------------------------------- rincon-brighton (new, en, email)
c = "rincon-brighton"
m(
    c,
    "Subject: First order – Rincón Tapas, Brighton\n\nHi,\n\nWe open on Friday. Our first order, to be paid on delivery:\n- 2 x 30L Estrella Damm\n- 4 cases Estrella Damm tercios\n- 1 serrano reserva leg\n- 2 boxes ham croquetas (40)\n- 1 tin of saffron 4g\n\nMany thanks,\nLuis Ortega\nRincón Tapas, 9 Gardner Street, Brighton BN1 1UP\n07700 900783",
    "ED-KEG/30L 2; ED-BOT/Tercio 33cl (case of 24) 4; SER-RES-LEG 1; CROQ-JAMON/Caja 40 uds (1.2kg) 2; AZAFRAN/4g lata 1",
    g="new_customer signature pack list",
)
m(
    c,
    "Subject: more\n\nCould you also send 2 jamón?",
    "?SER-RES-LEG,SER-GR-LEG,IB-CEBO-LEG,IB-CAMPO-LEG,IB-BELL50-LEG,IB-BELL100-LEG 2",
    g="new_customer non_order_request",
    n="'jamón' fits six legs",
)
m(
    c,
    "Subject: Delivery times\n\nCan I ask what time the van usually arrives on Fridays? We open at 12.",
    i="QUESTION",
    g="new_customer non_order_request",
)
m(c, "Subject: usual?\n\nSame as the first order again please", "", ref="last", g="new_customer")
m(
    c,
    "Subject: Order 2\n\nPlease send 2 cases Estrella Damm tercios and 1 box of ham croquetas (100), paying the driver again.",
    "ED-BOT/Tercio 33cl (case of 24) 2; CROQ-JAMON/Caja 100 uds (3kg) 1",
    g="new_customer",
)
m(
    c,
    "Subject: Friday\n\nI would like 2 more boxes of the 40 ham croquetas for Friday please.",
    "CROQ-JAMON/Caja 40 uds (1.2kg) 2",
    g="new_customer non_order_request",
)

# ---------------------------------------------------------------- later additions (coverage, thin intents)
m(
    "hotel-mirador",
    "Asunto: PO-MS-2314\n\n1 jamón ibérico de cebo deshuesado, 2 latas de atún claro de 1,8 kg y 1 lata de corazones de alcachofa 12/16. Atentamente,",
    "IB-CEBO-DESH 1; ATUN-1800 2; ALCACHOFA 1",
    n="'1,8 kg' and '12/16' are part of the names",
    g="number_in_name",
)
m(
    "a-lareira",
    "6 salchichons vela e 2 latas de olivas negras",
    "SALCH-VELA 6; ACEIT-CAZ 2",
    n="'olivas negras' names the only black olives",
)
m(
    "casa-paco",
    "12 ventrescas albo, 12 latitas de pulpo albo y 4 atun",
    "VENTRESCA 12; PULPO-ALBO 12; ?VENTRESCA,ATUN-1800,ORTIZ-BONITO 4",
    n="'atun' after the ventresca is another tuna: ventresca, the catering tin or the bonito",
)
m(
    "paella-events",
    "3 cajas de fallera de kilo y 2 botellas de vinagre de jerez",
    "ARROZ-FALL-1 3; VINAGRE-JEREZ 2",
    n="'de kilo' is the case of 10 x 1kg; 'vinagre de jerez' is not sherry",
)
m(
    "bellota-leeds",
    "Subject: Pata negra leg\n\nThe 100% bellota leg delivered on Thursday weighed 6.2kg, not 7-8kg as listed. Please check and advise.",
    i="COMPLAINT",
    g="number_in_name",
)
m("can-rovira", "Ahir van arribar 12 llaunes de musclos 8/10 i n'havíem demanat 24 de 13/18", i="COMPLAINT")
m(
    "la-llotja",
    "Assumpte: Resposta automàtica\n\nEstem de vacances fins al 19 de juny. Per a comandes urgents truqueu al 020 7946 0742.",
    i="OTHER",
    g="auto_reply",
)
m("cava-co", "Thanks guys, the Juvé went down a storm at the tasting 🙌", i="OTHER", g="emoji")
