# ruff: noqa  (hand-written data generator of blind set 63, kept as its writer left it)
"""Messages of the sixty-third blind set and their plain labels, all hand-written.

M(...) is one message.  L(...) is one expected order line.  R(...) describes a reference to history
("the usual" / "same as last week") and the changes the message makes to it; build63.py turns it into
`lines` (the explicit additions and new quantities) and, with history, `lines_with_history`.

Conventions used below (see readme63.md):
- "doos/dozen" is Dutch for box(es): "3 dozen kipcorn" is 3 boxes, never 36.
- A bare family word gets sku None with candidates; a unit word (emmer, zak, fles, krat, tray, doos) or a
  size narrows the candidates and may name one member.
- Product variants: Variant name from catalog63; None when the text does not say and a human must ask.
"""

KEEP = object()  # no variant key (product without variants, or a null-sku line)


def L(sku, qty, var=KEEP, cands=None, cvar=None, nofill=False):
    d = {"sku": sku, "quantity": qty}
    if var is not KEEP:
        d["variant"] = var
    if cands:
        d["candidates"] = list(cands)
    if cvar:
        d["candidate_variant"] = cvar
    if nofill:
        d["nofill"] = True
    return d


def R(base, set=(), remove=(), add=(), double=()):
    return {"base": base, "set": list(set), "remove": list(remove), "add": list(add), "double": list(double)}


def M(
    cust,
    ch,
    lang,
    text,
    intent="ORDER",
    lines=None,
    notes="",
    tags=(),
    review=None,
    ref=None,
    outlier=False,
    change=None,
    expect=None,
    conditional=False,
    credit=False,
    day=None,
):
    """day: 0 (Monday 7 August 2028) .. 6 (Sunday); by default build63 spreads a customer's messages
    over the week in the order they are written here."""
    return dict(
        customer=cust,
        channel=ch,
        language=lang,
        text=text,
        intent=intent,
        lines=lines,
        notes=notes,
        tags=list(tags),
        review=review,
        ref=ref,
        outlier=outlier,
        change=change,
        expect=expect,
        conditional=conditional,
        credit=credit,
        day=day,
    )


# ---- candidate sets (look-alike families)
FRIES_BOX = ["FRI-CLB", "FRI-AVSC", "FRI-LWST", "FRI-FFBS"]
FRK_ALL = ["FRK-MORA", "FRK-GB", "FRK-HALAL", "FRK-XXL"]
KROKET_NL = ["KRK-VD", "KRK-MORA"]
KROKET_BE = ["KRK-VD", "KRK-MORA", "KROK-AARD"]
BITTER = ["BTB-VD", "BTB-MORA"]
SOUF = ["SOUF-KAAS", "SOUF-HAMKAAS"]
LOEMPIA = ["LOEMPIA-KIP", "LOEMPIA-MINI"]
BURGER = ["BICKY-BURGER", "HAMB-RUND"]
BLOKJES = ["VET-PALM", "VET-OSSE", "VET-MENG"]
OSSEWIT = ["VET-OSSE", "VET-OSSE-EMMER"]
FS_EMMER = ["FS-GG25", "FS-GG35"]
MAYO_EMMER = ["MAYO-DL", "MAYO-EI"]
MAYO_ALL = ["MAYO-DL", "MAYO-EI", "MAYO-PORT"]
CURRY_ALL = ["CURRY-GG", "CURRY-REMIA", "CURRY-PORT"]
CURRY_FLES = ["CURRY-REMIA", "CURRY-PORT"]
ANDA = ["ANDA-DL", "ANDA-VLM"]
HB_BROOD = ["BRD-SESAM", "BRD-NATUREL"]
UIEN = ["UI-GESN", "UI-GEBAK", "UI-ZILVER"]
PICKLE_JARS = ["AUG-HEEL", "PICKLES-DL"]
COLA_F = ["COLA", "COLA-ZERO"]
FANTA = ["FANTA-OR", "FANTA-CASSIS"]
ICETEA = ["ICETEA-SPARK", "ICETEA-GREEN"]
STILL_TRAY = ["SPA-REINE", "CHAUD-STILL"]
SPARK_TRAY = ["SPA-INTENSE", "CHAUD-SPARK"]
SPA_CRATE = ["SPA-REINE", "SPA-INTENSE"]
LEFFE = ["LEFFE-BLOND", "LEFFE-BRUIN"]
PINTJES = ["JUPILER", "STELLA", "MAES"]
PILS_NL = ["HEINEKEN", "GROLSCH", "JUPILER"]
AARD = ["AARD-BINTJE", "AARD-AGRIA", "AARD-FONT"]
VET_ALL = ["VET-PALM", "VET-OSSE", "VET-MENG", "VET-OSSE-EMMER", "VET-VLOEI", "OLIE-ZON"]
OLIE = ["VET-VLOEI", "OLIE-ZON"]
ZAKKEN = ["ZAK-FRIET", "PUNTZAK"]

C10, C12, C14, C9 = "10/10 mm", "12/12 mm", "14/14 mm", "9/9 mm"
CAN, PET, GLS = "33cl blik (tray 24)", "50cl PET (tray 24)", "20cl glas (krat 24)"
W25, W50 = "25cl glas (krat 24)", "50cl PET (tray 24)"
J25, J33, J50 = "25cl glas (krat 24)", "33cl glas (krat 24)", "50cl blik (tray 24)"

WA, SMS, EM = "WHATSAPP", "SMS", "EMAIL"

MESSAGES = []
add = MESSAGES.append

# =====================================================================================================
# de-molen -- Cafetaria De Molen, Zwolle (nl, WhatsApp, steady)
add(
    M(
        "de-molen",
        WA,
        "nl",
        "Morgen, Henk van De Molen. Voor donderdag graag:\n8 dozen clarebout 10/10\n3 dozen mora frikandellen\n"
        "2 dozen kipcorn\n2 emmers fritessaus 25% gouda's glorie 10L\n2 bag in box vloeibaar 20L\nGroet Henk",
        lines=[
            L("FRI-CLB", 8, C10),
            L("FRK-MORA", 3),
            L("KIPCORN", 2),
            L("FS-GG25", 2, "Emmer 10L"),
            L("VET-VLOEI", 2, "20L"),
        ],
        notes="'dozen' is Dutch for boxes; 10/10, 25%, 10L and 20L are sizes, not quantities",
        tags=["number_in_name"],
    )
)
add(
    M(
        "de-molen",
        WA,
        "nl",
        "Hoi, zet er nog 4 dozen frites bij en 2 dozen kroketten voor vrijdag 👍",
        lines=[L(None, 4, cands=FRIES_BOX), L(None, 2, cands=KROKET_NL)],
        notes="bare 'frites' by the box: four boxed fries; 'kroketten' in a Dutch snackbar: the two meat croquettes",
        tags=["emoji"],
        expect="resolve",
    )
)
add(
    M(
        "de-molen",
        WA,
        "nl",
        "Goeiemorgen! Voor zaterdag nog 2 dozen bamischijven, 1 doos kaassouffle's en 1 emmer pindasaus. Het wordt 28 "
        "graden dus ook 3 trays spa reine van 50cl 😎",
        lines=[L("BAMI", 2), L("SOUF-KAAS", 1), L("PINDA", 1), L("SPA-REINE", 3, W50)],
        notes="28 graden is the weather; 50cl picks the PET tray",
        tags=["emoji"],
    )
)
add(
    M(
        "de-molen",
        WA,
        "nl",
        "Zelfde als vorige week graag, maar 4 dozen kipcorn ipv 2 en geen bami deze keer",
        ref=R("last", set=[L("KIPCORN", 4)], remove=["BAMI"]),
        notes="reference to last week's order with a new quantity and a removal",
        expect="resolve",
    )
)
add(
    M(
        "de-molen",
        WA,
        "nl",
        "Kun je donderdag ook 48 blikjes fanta cassis en 2 trays cola zero meenemen? Thanks",
        lines=[L("FANTA-CASSIS", 2), L("COLA-ZERO", 2)],
        notes="48 cans = 2 trays of 24; an order phrased as a question",
        tags=["non_order_request", "container", "count"],
    )
)
add(
    M(
        "de-molen",
        WA,
        "nl",
        "Ik wil graag weten of jullie ook glutenvrije kroketten hebben, een klant vraagt ernaar",
        intent="QUESTION",
        tags=["non_order_request"],
    )
)
add(
    M(
        "de-molen",
        WA,
        "nl",
        "Henk hier, 2 dozne van dobben kroketten 100 gr en 1 doos A9 bakjes. Thx",
        lines=[L("KRK-VD", 2, "20 x 100g"), L("BAKJE-SNACK", 1, "A9")],
        notes="typo 'dozne'; 100 gr picks the 20 x 100g box; A9 is the tray size",
        tags=["typo", "number_in_name"],
    )
)
add(
    M(
        "de-molen",
        WA,
        "nl",
        "Frietzakken graag 2 dozen, de middelste maat, en 1 doos goulashkroketten als jullie die hebben",
        lines=[L("ZAK-FRIET", 2, "Middel"), L(None, 1)],
        notes="goulash croquettes are not in catalog (conditional on stock); 'de middelste maat' is Middel",
        tags=["conditional", "size_word"],
        conditional=True,
    )
)
add(
    M(
        "de-molen",
        WA,
        "nl",
        "spraakbericht: twee dozen bitterballen van dobben de kleine een doos bami twee dozen kaassoufflés en een emmer "
        "curry van gouda's glorie",
        lines=[L("BTB-VD", 2, "100 x 20g"), L("BAMI", 1), L("SOUF-KAAS", 2), L("CURRY-GG", 1)],
        notes="voice note without commas; 'de kleine' is the 20g bitterbal; plain kaassoufflé is the cheese one",
        tags=["spoken", "voice", "size_word"],
    )
)

# =====================================================================================================
# t-hoekje -- Snackbar 't Hoekje, Tilburg (nl, SMS, regular)
add(
    M(
        "t-hoekje",
        SMS,
        "nl",
        "6 ds supercrunch 4 ds huismerk frikandel 3 ds palmvet. gr Kees 't Hoekje",
        lines=[L("FRI-AVSC", 6), L("FRK-GB", 4), L("VET-PALM", 3)],
        notes="ds = dozen (boxes); list without commas",
        tags=["abbreviation", "spoken"],
    )
)
add(
    M(
        "t-hoekje",
        SMS,
        "nl",
        "zoals altijd aub, + 2 emmers joppie",
        ref=R("usual", add=[L("JOPPIE-E", 2)]),
        notes="the usual plus two buckets of Joppiesaus (emmers names the 5L bucket)",
        expect="resolve",
    )
)
add(
    M(
        "t-hoekje",
        SMS,
        "nl",
        "ff 30 frikandellen huismerk erbij voor zaterdag",
        lines=[L("FRK-GB", None)],
        notes="30 pieces is not a whole number of boxes of 50",
        tags=["count"],
    )
)
add(
    M(
        "t-hoekje",
        SMS,
        "nl",
        "2 ds viandel 1 ds nasi 1 emmer joppie 5L. Kees",
        lines=[L("VIANDEL", 2), L("NASI", 1), L("JOPPIE-E", 1)],
        tags=["abbreviation", "spoken"],
    )
)
add(
    M(
        "t-hoekje",
        SMS,
        "nl",
        "bestelling van vrijdag graag naar zaterdag verzetten, ben vrijdag dicht",
        intent="CHANGE",
        change=[],
    )
)
add(
    M(
        "t-hoekje",
        SMS,
        "nl",
        "4 curry en 2 ds kroketten mora",
        lines=[L(None, 4, cands=CURRY_ALL), L("KRK-MORA", 2)],
        notes="bare 'curry' could be the bucket, the squeeze bottle or the sachets",
        expect="resolve",
    )
)
add(
    M(
        "t-hoekje",
        SMS,
        "nl",
        "2 trays pepsi max en 1 ds nasi",
        lines=[L(None, 2), L("NASI", 1)],
        notes="Pepsi Max is not in catalog (Coca-Cola Zero is; no substitute)",
    )
)
add(
    M(
        "t-hoekje",
        SMS,
        "nl",
        "morgen 8u: 3 ds mora bitterbal, 6 knijpfl remia curry",
        lines=[L("BTB-MORA", 3), L("CURRY-REMIA", 6)],
        notes="8u is a time",
        tags=["abbreviation"],
    )
)
add(
    M(
        "t-hoekje",
        SMS,
        "nl",
        "Ik wil graag een afspraak maken voor de APK van de bestelbus, dinsdag 9u?",
        intent="OTHER",
        notes="sent to the wrong number (a garage booking)",
        tags=["non_order_request"],
    )
)
add(
    M(
        "t-hoekje",
        SMS,
        "nl",
        "1 tray fristi 1 tray cola zero 1 doos houten vorkjes",
        lines=[L("FRISTI", 1), L("COLA-ZERO", 1), L("VORK-HOUT", 1)],
        notes="Fristi is sold by the crate; 'tray' is taken as the selling unit",
        tags=["spoken"],
    )
)

# =====================================================================================================
# het-dijkje -- Friettent Het Dijkje, Edam (nl, WhatsApp, regular)
add(
    M(
        "het-dijkje",
        WA,
        "nl",
        "Hoi! Voor het weekend: 2 x 4 x 2,5kg stealth, 3 emmers fritessaus 5 liter, 12 flessen joppie. Tourist season 😅 "
        "Marloes",
        lines=[L("FRI-LWST", 2), L("FS-GG25", 3, "Emmer 5L"), L("JOPPIE-F", 12)],
        notes="2 x (4 x 2,5kg) is two boxes; 5 liter picks the 5L bucket; flessen are the squeeze bottles",
        tags=["pack", "number_in_name", "emoji"],
    )
)
add(
    M(
        "het-dijkje",
        WA,
        "nl",
        "24 flessen spa reine 1,5 liter en 1 tray chocomel",
        lines=[L("SPA-REINE-150", 4), L("CHOCOMEL", 1)],
        notes="24 bottles = 4 packs of 6",
        tags=["count"],
    )
)
add(
    M(
        "het-dijkje",
        WA,
        "nl",
        "Hetzelfde als vorige week, maar dubbel de krulfriet (wordt druk met de kermis)",
        ref=R("last", double=["FRI-KRUL"]),
        notes="last week's order with the curly fries doubled",
        expect="resolve",
    )
)
add(
    M(
        "het-dijkje",
        WA,
        "nl",
        "Graag 2 dozen grote frietzakken en 1 doos gele vorkjes (de kartonnen)",
        lines=[L("ZAK-FRIET", 2, "Groot"), L("VORK-KARTON", 1, "Geel")],
        tags=["size_word", "colour"],
    )
)
add(
    M(
        "het-dijkje",
        WA,
        "nl",
        "Morgen! 1 doos van dobben bitterballen de grote (35 gram), 2 dozen mora frikandel en 1 doos fritessaus zakjes. "
        "Groetjes Marloes",
        lines=[L("BTB-VD", 1, "50 x 35g"), L("FRK-MORA", 2), L("FS-PORT", 1)],
        tags=["size_word", "number_in_name"],
    )
)
add(
    M(
        "het-dijkje",
        WA,
        "nl",
        "puntzakken 2 dozen aub",
        lines=[L("PUNTZAK", 2, None)],
        notes="cone size not given",
        expect="resolve",
    )
)
add(
    M(
        "het-dijkje",
        WA,
        "nl",
        "De laatste levering van de Stealth fries was half ontdooid, 2 dozen zaten aan elkaar vastgevroren. Graag "
        "creditnota.",
        intent="COMPLAINT",
    )
)
add(
    M(
        "het-dijkje",
        WA,
        "nl",
        "Vanaf wanneer kunnen we de wintervoorraad bestellen? En geven jullie korting bij 50 dozen?",
        intent="QUESTION",
    )
)

# =====================================================================================================
# snackpoint-zuid -- Snackpoint Zuid, Rotterdam (nl, e-mail, regular)
SIG_SPZ = "\n\nMet vriendelijke groet,\nDennis Verbeek\nInkoop Snackpoint Zuid\nPleinweg 212, 3083 EP Rotterdam\nTel. 020 7946 0418"
add(
    M(
        "snackpoint-zuid",
        EM,
        "nl",
        "Subject: Bestelling week 32 - PO SPZ-4471\n\nGoedemiddag,\n\nGraag leveren op dinsdag 8 augustus vóór 10:00:\n"
        "- 10 dozen Clarebout 12/12\n- 6 dozen frikandel huismerk\n- 3 dozen Mora kroket\n"
        "- 3 emmers Gouda's Glorie fritessaus 25% 10L\n- 3 x vloeibaar frituurvet 20L\n- 4 zakken frikandelbroodjes"
        + SIG_SPZ,
        lines=[
            L("FRI-CLB", 10, C12),
            L("FRK-GB", 6),
            L("KRK-MORA", 3),
            L("FS-GG25", 3, "Emmer 10L"),
            L("VET-VLOEI", 3, "20L"),
            L("BRD-FRIK", 4),
        ],
        notes="week, PO, date, time, street number, postcode and phone are not quantities",
        tags=["signature", "number_in_name"],
    )
)
add(
    M(
        "snackpoint-zuid",
        EM,
        "nl",
        "Subject: RE: Orderbevestiging PO SPZ-4471\n\n> Uw bestelling PO SPZ-4471 is ingepland voor dinsdag 8/8.\n\n"
        "Prima, zet er nog 2 dozen huismerk frikandel bij aub.\n\nDennis",
        lines=[L("FRK-GB", 2)],
        notes="the quoted confirmation is not an order",
        tags=["quoted"],
    )
)
add(
    M(
        "snackpoint-zuid",
        EM,
        "nl",
        "Subject: aanvulling\n\nKunnen jullie aan de levering van dinsdag nog 3 dozen loempia's en 2 dozen soufflés "
        "toevoegen?\n\nDennis",
        lines=[L(None, 3, cands=LOEMPIA), L(None, 2, cands=SOUF)],
        notes="bare 'loempia's' (chicken or mini) and 'soufflés' (cheese or ham-cheese)",
        tags=["non_order_request"],
        expect="resolve",
    )
)
add(
    M(
        "snackpoint-zuid",
        EM,
        "nl",
        "Subject: Factuur F-28-3391\n\nGoedemorgen,\n\nKunnen jullie factuur F-28-3391 opnieuw sturen met ons nieuwe "
        "adres erop? De boekhouding heeft hem nodig voor het kwartaal." + SIG_SPZ,
        intent="QUESTION",
        notes="request for an invoice copy",
        tags=["non_order_request", "signature"],
    )
)
add(
    M(
        "snackpoint-zuid",
        EM,
        "nl",
        "Subject: PO SPZ-4483\n\nGraag voor vrijdag:\n1. Beckers frikandel XXL - 2 dozen\n2. Vegetarische bitterballen - "
        "1 doos\n3. Ham-kaassoufflé - 2 dozen\n4. Menubakjes 750cc - 1 doos\n\nMvg Dennis Verbeek",
        lines=[L("FRK-XXL", 2), L("BTB-VEGA", 1), L("SOUF-HAMKAAS", 2), L("BAKJE-PP", 1)],
        notes="list numbering and 750cc are not quantities",
        tags=["number_in_name"],
    )
)
add(
    M(
        "snackpoint-zuid",
        EM,
        "nl",
        "Subject: sausbakjes\n\nGraag 1000 sausbakjes 50cc en 2 dozen hamburgerdozen erbij.\n\nDennis Verbeek",
        lines=[L("SAUSBAKJE", None), L("HAMB-DOOS", 2)],
        notes="1000 sauce pots is half a box of 2000: not a whole number",
        tags=["count"],
    )
)
add(
    M(
        "snackpoint-zuid",
        EM,
        "nl",
        "Subject: vaste bestelling\n\nGoedemiddag, graag onze standaardbestelling voor vrijdag, plus 2 dozen "
        "handschoenen maat L. Zonder de Ice Tea deze week.\n\nGr. Dennis",
        ref=R("usual", add=[L("HANDSCH", 2, "L")], remove=["ICETEA-SPARK"]),
        notes="the usual plus gloves L, without the ice tea",
        expect="resolve",
    )
)
add(
    M(
        "snackpoint-zuid",
        EM,
        "nl",
        "Subject: drank\n\nGraag 2 trays Coca-Cola 50cl PET en 1 tray Lipton Ice Tea Sparkling meesturen met de levering "
        "van vrijdag.\n\nDennis",
        lines=[L("COLA", 2, PET), L("ICETEA-SPARK", 1)],
        day=3,
    )
)
add(
    M(
        "snackpoint-zuid",
        EM,
        "nl",
        "Subject: snacks\n\nGraag 2 dozen berenhap en 2 dozen satékroketten. Als de satékroket niet leverbaar is, laat "
        "hem dan weg.\n\nDennis",
        lines=[L("BERENHAP", 2), L(None, 2)],
        notes="saté croquettes are not in catalog",
        conditional=True,
        tags=["conditional"],
    )
)
add(
    M(
        "snackpoint-zuid",
        EM,
        "nl",
        "Subject: annulering PO SPZ-4490\n\nGraag PO SPZ-4490 volledig annuleren, we gaan twee weken dicht voor "
        "verbouwing.\n\nDennis Verbeek",
        intent="CANCEL",
    )
)

# =====================================================================================================
# smulhuys -- Cafetaria 't Smulhuys, Apeldoorn (nl, WhatsApp, steady)
add(
    M(
        "smulhuys",
        WA,
        "nl",
        "Ria van 't Smulhuys 👋 12 knijpflessen remia fritessaus, 2 emmers gouda's glorie 5 liter en "
        "2 dozen mengvet graag",
        lines=[L("FS-REMIA", 12), L("FS-GG25", 2, "Emmer 5L"), L("VET-MENG", 2)],
        notes="only the 25% Gouda's Glorie fritessaus comes in a 5 liter bucket",
        tags=["emoji"],
    )
)
add(
    M(
        "smulhuys",
        WA,
        "nl",
        "Stuur morgen 40 dozen kipcorn",
        lines=[L("KIPCORN", 40)],
        notes="outlier: the cafetaria orders 2 boxes a week",
        outlier=True,
    )
)
add(
    M(
        "smulhuys",
        WA,
        "nl",
        "Sorry!! Die 40 kipcorn was een tikfout van mijn zoon, graag die hele bestelling van morgen schrappen",
        intent="CANCEL",
    )
)
add(
    M(
        "smulhuys",
        WA,
        "nl",
        "4 zakken agristo van 10 kilo en 2 zakken van 5 kilo",
        lines=[L("FRI-AGR", 4, "10kg"), L("FRI-AGR", 2, "5kg")],
        notes="two variants of one product",
    )
)
add(
    M(
        "smulhuys",
        WA,
        "nl",
        "Het vaste lijstje weer graag Ria 🙂 maar doe 3 dozen frikandel mora",
        ref=R("usual", set=[L("FRK-MORA", 3)]),
        tags=["emoji"],
        expect="resolve",
    )
)
add(
    M(
        "smulhuys",
        WA,
        "nl",
        "2 dozen blokjes en 1 doos rode servetten",
        lines=[L(None, 2, cands=BLOKJES), L("SERVET", 1, "Rood")],
        notes="'blokjes' could be palm, ossewit or mengvet cubes",
        tags=["colour"],
        expect="resolve",
    )
)
add(
    M(
        "smulhuys",
        WA,
        "nl",
        "Nog 2 blikjes sprite erbij en 3 kratjes heineken voor het terras",
        lines=[L("SPRITE", 2), L("HEINEKEN", 3)],
        notes="'2 blikjes' of a product sold by the tray read as 2 trays (small N)",
        tags=["container"],
    )
)
add(
    M(
        "smulhuys",
        WA,
        "nl",
        "Voor de bingoavond (60 man) extra: 3 dozen mora frikandel en 2 dozen kipcorn, plus 1 zak gesneden uien",
        lines=[L("FRK-MORA", 3), L("KIPCORN", 2), L("UI-GESN", 1)],
        notes="60 man is a head count",
    )
)
add(
    M(
        "smulhuys",
        WA,
        "nl",
        "Kunnen jullie volgende week ook op zondag leveren? Kermis in het dorp",
        intent="QUESTION",
        tags=["non_order_request"],
    )
)

# =====================================================================================================
# sint-anna -- Frituur Sint-Anna, Gent (nl-BE, Gents dialect, WhatsApp, regular)
add(
    M(
        "sint-anna",
        WA,
        "nl-BE",
        "Ier is Bart van Sint-Anna. Mag't ier zijn vo morgen: 8 zakken verse frieten, 4 dozen ossewit blokskes, 2 dozen "
        "curryworsten en nen emmer stoofvlees. Merci!",
        lines=[L("FRI-VERS", 8), L("VET-OSSE", 4), L("CURRYWORST", 2), L("STOOFVLEES", 1)],
        notes="Ghent dialect; 'blokskes' are the ossewit cubes",
        tags=["dialect"],
    )
)
add(
    M(
        "sint-anna",
        WA,
        "nl-BE",
        "2 emmers mayo van 10 liter en 1 emmer andalouse asjeblief",
        lines=[L("MAYO-DL", 2, "Emmer 10L"), L(None, 1, cands=ANDA)],
        notes="only the Devos mayonaise comes in a 10L bucket; andalouse in a bucket is Devos 3L or Vleminckx 10L",
        tags=["dialect"],
        expect="resolve",
    )
)
add(
    M(
        "sint-anna",
        WA,
        "nl-BE",
        "Bart: 10 zakskes verse frieten en 1 emmer tartaar, tis ier rap op deze week",
        lines=[L("FRI-VERS", 10), L("TARTAAR", 1)],
        tags=["dialect"],
    )
)
add(
    M(
        "sint-anna",
        WA,
        "nl-BE",
        "Gelijk vorige weke mo zonder de pickles en mé 2 bakskes Jupiler extra",
        ref=R("last", remove=["PICKLES-DL"], add=[L("JUPILER", 2, None)]),
        notes="Jupiler crates come as 25cl and 33cl glass; the size is not given",
        tags=["dialect"],
        expect="resolve",
    )
)
add(
    M(
        "sint-anna",
        WA,
        "nl-BE",
        "Doe mo 3 bakken pintjes vo de kermis",
        lines=[L(None, 3, cands=PINTJES, cvar="25cl glas (krat 24)")],
        notes="'pintjes' are 25cl pils; Jupiler, Stella and Maes are all crates of 25cl",
        tags=["dialect", "idiom"],
        expect="resolve",
    )
)
add(
    M(
        "sint-anna",
        WA,
        "nl-BE",
        "Ebt ge nog Lindemans kriek? Zet er 2 bakken bij",
        lines=[L(None, 2)],
        notes="Lindemans kriek is not in catalog (Belle-Vue kriek is; no substitute)",
        tags=["dialect"],
    )
)
add(
    M(
        "sint-anna",
        WA,
        "nl-BE",
        "De leste levering was der nen emmer samurai opengesprongen in de camionette, alles vol saus. Kunde da "
        "crediteren?",
        intent="COMPLAINT",
        tags=["dialect"],
    )
)
add(
    M(
        "sint-anna",
        WA,
        "nl-BE",
        "Puntzakken van 500 gram 1 doos en rode kartonnen vorkskes 2 dozen",
        lines=[L("PUNTZAK", 1, "500g"), L("VORK-KARTON", 2, "Rood")],
        tags=["dialect", "colour", "number_in_name"],
    )
)
add(
    M(
        "sint-anna",
        WA,
        "nl-BE",
        "spraakmemo: twee dozen kaaskroketten één doos garnaalkroketten drie dozen boulets en twee dozen bicky broodjes",
        lines=[L("KRK-KAAS", 2), L("KRK-GARN", 1), L("BOULET", 3), L("BRD-BICKY", 2)],
        tags=["spoken", "voice"],
    )
)
add(
    M(
        "sint-anna",
        WA,
        "nl-BE",
        "Merci vo de rappe levering zaterdag, tis in orde gekomen 👍",
        intent="OTHER",
        tags=["dialect", "emoji"],
        day=6,
    )
)

# =====================================================================================================
# bij-rita -- Frituur Bij Rita, Aalst (nl-BE, SMS, steady)
add(
    M(
        "bij-rita",
        SMS,
        "nl-BE",
        "Rita hier. 6 zakken bintjes, 2 emmers ossewit, 3 dozen curryworst en 4 flessen bicky dressing aub. Tot donderdag",
        lines=[L("AARD-BINTJE", 6), L("VET-OSSE-EMMER", 2), L("CURRYWORST", 3), L("BICKY-DRESS", 4)],
        notes="'emmers ossewit' names the 15kg bucket",
    )
)
add(
    M(
        "bij-rita",
        SMS,
        "nl-BE",
        "Rita: nog 3 ossewit en 2 kroketten erbij",
        lines=[L(None, 3, cands=OSSEWIT), L(None, 2, cands=KROKET_BE)],
        notes="bare 'ossewit' (cubes or bucket); Flemish 'kroketten' could be meat or potato croquettes",
        expect="keep",
    )
)
add(
    M(
        "bij-rita",
        SMS,
        "nl-BE",
        "Rita hier, mag ge mij gewoon tzelfde sturen as verleden week?",
        ref=R("last"),
        tags=["dialect"],
        expect="resolve",
    )
)
add(
    M(
        "bij-rita",
        SMS,
        "nl-BE",
        "Rita: 40 viandelles en 500 puntzakken 125 gram",
        lines=[L("VIANDEL", 2), L("PUNTZAK", None, "125g")],
        notes="40 viandels = 2 boxes of 20; 500 cones is half a box of 1000: not a whole number",
        tags=["count"],
    )
)
add(M("bij-rita", SMS, "nl-BE", "Rita: hoeveel kost ne zak agria tegenwoordig?", intent="QUESTION"))
add(
    M(
        "bij-rita",
        SMS,
        "nl-BE",
        "Rita: 4 zakken bintjes... nee 5 zakken, en 1 doos aardappelkroketjes",
        lines=[L("AARD-BINTJE", 5), L("KROK-AARD", 1)],
        tags=["self_correction"],
    )
)
add(
    M(
        "bij-rita",
        SMS,
        "nl-BE",
        "Rita: drie emmers tartaar en twee dozen witte servetten",
        lines=[L("TARTAAR", 3), L("SERVET", 2, "Wit")],
        tags=["colour"],
    )
)
add(
    M(
        "bij-rita",
        SMS,
        "nl-BE",
        "Rita: 1 doos kroketten van dobben 100gr en 2 zakken aardappelkroketjes en 1 emmer vleminckx andalouse",
        lines=[L("KRK-VD", 1, "20 x 100g"), L("KROK-AARD", 2), L("ANDA-VLM", 1)],
        tags=["number_in_name"],
    )
)

# =====================================================================================================
# de-kerk -- Frietkot De Kerk, Roeselare (nl-BE, West-Flemish, WhatsApp, regular)
add(
    M(
        "de-kerk",
        WA,
        "nl-BE",
        "Kristof van De Kerk. Vo vrijdag: 8 zakken agria, 3 dozen blokjes ossewit, 2 dozen boulets, 3 emmers mayo devos "
        "van 3 liter. Merci e",
        lines=[L("AARD-AGRIA", 8), L("VET-OSSE", 3), L("BOULET", 2), L("MAYO-DL", 3, "Emmer 3L")],
        tags=["dialect"],
    )
)
add(
    M(
        "de-kerk",
        WA,
        "nl-BE",
        "Zet er e kè 2 dozen blokjes bie",
        lines=[L(None, 2, cands=BLOKJES)],
        notes="bare 'blokjes'; the frietkot buys both ossewit and mengvet cubes",
        tags=["dialect"],
        expect="same",
    )
)
add(
    M(
        "de-kerk",
        WA,
        "nl-BE",
        "Kristof: 1 doos hamburgers rund, 1 doos sesambroodjes en 1 pak filterpapier vo de frietketel",
        lines=[L("HAMB-RUND", 1), L("BRD-SESAM", 1), L("FILTER", 1)],
        tags=["dialect"],
    )
)
add(
    M(
        "de-kerk",
        WA,
        "nl-BE",
        "4 samurai en 4 andalouse, zjust lik anders",
        lines=[L("SAMURAI", 4, None), L(None, 4, cands=ANDA)],
        notes="samurai size not given; bare andalouse",
        tags=["dialect"],
        expect="resolve",
    )
)
add(
    M(
        "de-kerk",
        WA,
        "nl-BE",
        "Lik gewoonlijk mor 10 zakken agria in plekke van 8",
        ref=R("usual", set=[L("AARD-AGRIA", 10)]),
        tags=["dialect"],
        expect="resolve",
    )
)
add(
    M(
        "de-kerk",
        WA,
        "nl-BE",
        "Ebt gie brazilsaus? 'k Zoe der 3 emmers van willen",
        lines=[L(None, 3)],
        notes="Brazil sauce is not in catalog",
        tags=["dialect"],
    )
)
add(
    M(
        "de-kerk",
        WA,
        "nl-BE",
        "De bestellienge van vrijdag: zet der mo 2 dozen boulets ip in plekke van 3",
        intent="CHANGE",
        change=[L("BOULET", 2)],
        tags=["dialect"],
        day=3,
    )
)
add(
    M(
        "de-kerk",
        WA,
        "nl-BE",
        "4 flesjes samurai, 4 flesjes andalouse devos, 1 emmer stoofvlees en 1 doos houten vorkskes. Merci e Kristof",
        lines=[
            L("SAMURAI", 4, "Fles 900ml"),
            L("ANDA-DL", 4, "Fles 900ml"),
            L("STOOFVLEES", 1),
            L("VORK-HOUT", 1),
        ],
        notes="'flesjes' picks the 900ml bottle",
        tags=["dialect", "size_word"],
    )
)
add(
    M(
        "de-kerk",
        WA,
        "nl-BE",
        "Vo 't weekend nog 2 bakken stella en ne bak maes, 't is kermis in Roeselare",
        lines=[L("STELLA", 2), L("MAES", 1)],
        tags=["dialect"],
        day=4,
    )
)

# =====================================================================================================
# t-pleintje -- Frituur 't Pleintje, Antwerpen (nl-BE, Antwerp dialect, WhatsApp, regular)
add(
    M(
        "t-pleintje",
        WA,
        "nl-BE",
        "Awel, ier is Sven van 't Pleintje. Ge meugt morgen brengen: 6 dozen clarebout 14/14, 4 dozen ossewit blokskes, "
        "2 dozen garnaalkroketten en 2 dozen puntzakken van 250. Merci manneke",
        lines=[L("FRI-CLB", 6, C14), L("VET-OSSE", 4), L("KRK-GARN", 2), L("PUNTZAK", 2, "250g")],
        tags=["dialect", "number_in_name"],
    )
)
add(
    M(
        "t-pleintje",
        WA,
        "nl-BE",
        "Allei, ne bak leffe en ne emmer mayo erbij",
        lines=[L(None, 1, cands=LEFFE), L(None, 1, cands=MAYO_EMMER)],
        notes="bare 'leffe' (blond or bruin); 'emmer mayo' is the Devos bucket or the mayo met ei",
        tags=["dialect"],
        expect="keep",
    )
)
add(
    M(
        "t-pleintje",
        WA,
        "nl-BE",
        "Zelfde as verleden week mer dubbel stoofvlees, 't is braderie",
        ref=R("last", double=["STOOFVLEES"]),
        tags=["dialect"],
        expect="resolve",
    )
)
add(
    M(
        "t-pleintje",
        WA,
        "nl-BE",
        "2 bakken jupiler 50cl glas en 1 bak duvel",
        lines=[L("JUPILER", 2, None, nofill=True), L("DUVEL", 1)],
        notes="there is no 50cl glass Jupiler (the 50cl is a can tray): variant ambiguous",
        tags=["dialect"],
        expect="same",
    )
)
add(
    M(
        "t-pleintje",
        WA,
        "nl-BE",
        "Sven: 2 dozen mini loempiakes, 1 emmer mayo met eieren en 2 bakken jupiler 33",
        lines=[L("LOEMPIA-MINI", 2), L("MAYO-EI", 1), L("JUPILER", 2, J33)],
        tags=["dialect"],
    )
)
add(
    M(
        "t-pleintje",
        WA,
        "nl-BE",
        "Wa kost ne bak Duvel bij ulle? Bij de Makro is't goedkoper",
        intent="QUESTION",
        tags=["dialect"],
    )
)
add(
    M(
        "t-pleintje",
        WA,
        "nl-BE",
        "Vur 't terras: 24 duvels, 48 kriekskes en 1 bak Spa rood in glas",
        lines=[L("DUVEL", 1), L("KRIEK-BV", 2), L("SPA-INTENSE", 1, W25)],
        notes="24 and 48 bottles are whole crates; 'Spa rood' is Spa Intense, in glass the 25cl crate",
        tags=["dialect", "count", "idiom", "colour"],
    )
)
add(
    M(
        "t-pleintje",
        WA,
        "nl-BE",
        "Volgende week zen we dicht van maandag tot en me woensdag, jaarlijks verlof",
        intent="OTHER",
        tags=["dialect"],
    )
)

# =====================================================================================================
# bellekes-events -- Frietkar Bellekes Events, Leuven (nl-BE, e-mail, irregular)
SIG_BEL = "\n\nMet vriendelijke groeten\nLotte Claes\nFrietkar Bellekes Events\nTiensesteenweg 188, 3010 Kessel-Lo\n+447700900642"
add(
    M(
        "bellekes-events",
        EM,
        "nl-BE",
        "Onderwerp: bestelling\n\nHallo, graag ons gewoonlijke pakket voor het event van zaterdag." + SIG_BEL,
        ref=R("usual"),
        notes="the frietkar has no usual basket: every event is different",
        tags=["signature", "ambiguous_reference"],
        expect="same",
    )
)
add(
    M(
        "bellekes-events",
        EM,
        "nl-BE",
        "Onderwerp: Jeugdfeest Kessel-Lo\n\nDag, hetzelfde als vorige keer maar met 4 zakken verse frieten extra.\n\nLotte",
        ref=R("last", add=[L("FRI-VERS", 4)]),
        expect="resolve",
    )
)
add(
    M(
        "bellekes-events",
        EM,
        "nl-BE",
        "Onderwerp: Bestelling Rock Kessel festival (2.000 bezoekers)\n\nGraag voor vrijdag 11/08:\n"
        "- 40 zakken verse frieten\n- 6 emmers ossewit\n- 10 dozen curryworst\n- 4 dozen mayo zakjes\n"
        "- 4 dozen ketchup zakjes\n- 6 dozen puntzakken 250g\n- 3 dozen houten vorkjes\n- 10 trays jupiler blik 50cl"
        + SIG_BEL,
        lines=[
            L("FRI-VERS", 40),
            L("VET-OSSE-EMMER", 6),
            L("CURRYWORST", 10),
            L("MAYO-PORT", 4),
            L("KETCHUP-PORT", 4),
            L("PUNTZAK", 6, "250g"),
            L("VORK-HOUT", 3),
            L("JUPILER", 10, J50),
        ],
        notes="a large festival order with its reason, not an outlier",
        tags=["signature", "number_in_name"],
    )
)
add(
    M(
        "bellekes-events",
        EM,
        "nl-BE",
        "Onderwerp: offerte\n\nWij willen graag een offerte voor een bedrijfsfeest in september: ongeveer 600 porties "
        "friet, 300 curryworsten en 20 bakken pils. Nog geen bestelling, eerst de prijs aub.\n\nLotte",
        intent="QUESTION",
        notes="a request for a quote",
        tags=["non_order_request"],
    )
)
add(
    M(
        "bellekes-events",
        EM,
        "nl-BE",
        "Onderwerp: aanvulling\n\nMag er nog 3 dozen handschoenen XL en 2 dozen rode servetten bij?\n\nLotte Claes",
        lines=[L("HANDSCH", 3, "XL"), L("SERVET", 2, "Rood")],
        tags=["non_order_request", "colour", "size_word"],
    )
)
add(
    M(
        "bellekes-events",
        EM,
        "nl-BE",
        "Onderwerp: Communiefeest Heverlee 20/08\n\nDag, graag voor 19/08: 8 zakken verse frieten, 2 emmers ossewit, "
        "4 dozen bicky burgers, 4 dozen bicky broodjes en 2 dozen ketchup zakjes.\n\nGroeten, Lotte",
        lines=[
            L("FRI-VERS", 8),
            L("VET-OSSE-EMMER", 2),
            L("BICKY-BURGER", 4),
            L("BRD-BICKY", 4),
            L("KETCHUP-PORT", 2),
        ],
    )
)
add(
    M(
        "bellekes-events",
        EM,
        "nl-BE",
        "Onderwerp: annulatie\n\nHet event van zondag 13/08 is afgelast wegens het weer. Gelieve de bestelling voor "
        "zondag te annuleren." + SIG_BEL,
        intent="CANCEL",
        tags=["signature"],
        day=5,
    )
)

# =====================================================================================================
# gare-namur -- Friterie de la Gare, Namur (fr, WhatsApp, regular)
add(
    M(
        "gare-namur",
        WA,
        "fr",
        "Bonjour, c'est Fabrice de la Friterie de la Gare. Pour jeudi svp : 5 sacs de bintjes, 3 cartons de blanc de "
        "boeuf en blocs, 2 cartons de fricadelles et 2 seaux d'andalouse Devos 3L. Merci !",
        lines=[L("AARD-BINTJE", 5), L("VET-OSSE", 3), L("CURRYWORST", 2), L("ANDA-DL", 2, "Emmer 3L")],
        notes="'blanc de boeuf en blocs' by the carton is the ossewit cubes; fricadelle is the Belgian curryworst",
    )
)
add(
    M(
        "gare-namur",
        WA,
        "fr",
        "Ajoute 2 seaux de mayo et 1 carton de croquettes stp",
        lines=[L(None, 2, cands=MAYO_EMMER), L(None, 1, cands=KROKET_BE)],
        notes="'seaux de mayo' (Devos or mayo met ei); bare 'croquettes' (meat or potato)",
        expect="keep",
    )
)
add(
    M(
        "gare-namur",
        WA,
        "fr",
        "Comme d'habitude pour samedi, mais 3 casiers de Jupiler au lieu de 2",
        ref=R("usual", set=[L("JUPILER", 3, None)]),
        notes="new quantity for the usual Jupiler line; the crate size is not in the text",
        expect="resolve",
    )
)
add(
    M(
        "gare-namur",
        WA,
        "fr",
        "Fabrice : 2 cartons de croquettes au fromage + 1 carton de gants M + 2 casiers de Jupiler 25 cl",
        lines=[L("KRK-KAAS", 2), L("HANDSCH", 1, "M"), L("JUPILER", 2, J25)],
        tags=["size_word"],
    )
)
add(
    M(
        "gare-namur",
        WA,
        "fr",
        "Je voudrais savoir si vous livrez le mardi 15 août, c'est férié chez nous",
        intent="QUESTION",
        tags=["non_order_request"],
    )
)
add(
    M(
        "gare-namur",
        WA,
        "fr",
        "Et 2 cartons de serviettes noires, 1 carton de cornets de 250g",
        lines=[L("SERVET", 2, None, nofill=True), L("PUNTZAK", 1, "250g")],
        notes="napkins come in white, red and yellow: black does not exist, variant ambiguous",
        tags=["colour"],
        expect="same",
    )
)
add(
    M(
        "gare-namur",
        WA,
        "fr",
        "message vocal : trois cartons de boulets deux cartons de mexicanos un seau de tartare et deux casiers de spa en "
        "verre",
        lines=[L("BOULET", 3), L("MEXICANO", 2), L("TARTAAR", 1), L(None, 2, cands=SPA_CRATE, cvar=W25)],
        notes="voice note; 'spa en verre' by the crate: Spa Reine or Spa Intense 25cl",
        tags=["spoken", "voice"],
        expect="resolve",
    )
)
add(
    M(
        "gare-namur",
        WA,
        "fr",
        "Il manquait 1 carton de fricadelles dans la livraison de mardi, facturé quand même. Bon de livraison BL 77120.",
        intent="COMPLAINT",
    )
)
add(
    M(
        "gare-namur",
        WA,
        "fr",
        "Pour vendredi : 1 seau de samouraï 3 litres, 1 pot de piccalilly et 2 seaux de carbonnades",
        lines=[L("SAMURAI", 1, "Emmer 3L"), L("PICKLES-DL", 1), L("STOOFVLEES", 2)],
        notes="carbonnades is the stoofvlees bucket",
        day=3,
    )
)

# =====================================================================================================
# chez-momo -- Friterie Chez Momo, Charleroi (fr, SMS, steady)
add(
    M(
        "chez-momo",
        SMS,
        "fr",
        "bjr 6 ctn farm frites 12/12 + 2 ctn graisse de palme + 6 samourai bouteilles mrc",
        lines=[L("FRI-FFBS", 6), L("VET-PALM", 2), L("SAMURAI", 6, "Fles 900ml")],
        tags=["abbreviation", "number_in_name"],
    )
)
add(
    M(
        "chez-momo",
        SMS,
        "fr",
        "bjr c momo, 20 ctn fricadelles pr dmain stp",
        lines=[L("CURRYWORST", 20)],
        notes="outlier: the friterie orders 2 cartons a week",
        outlier=True,
        tags=["abbreviation"],
    )
)
add(
    M(
        "chez-momo",
        SMS,
        "fr",
        "dsl erreur c 2 ctn fricadelles pas 20!!",
        intent="CHANGE",
        change=[L("CURRYWORST", 2)],
        tags=["abbreviation"],
    )
)
add(
    M(
        "chez-momo",
        SMS,
        "fr",
        "2 ctn burgers et 2 ctn pains bicky",
        lines=[L(None, 2, cands=BURGER), L("BRD-BICKY", 2)],
        notes="bare 'burgers' (Bicky or beef); the friterie buys both",
        expect="same",
        tags=["abbreviation"],
    )
)
add(
    M(
        "chez-momo",
        SMS,
        "fr",
        "bjr 2 ctn bicky burger 2 ctn pains bicky 3 bouteilles bicky dressing mrc momo",
        lines=[L("BICKY-BURGER", 2), L("BRD-BICKY", 2), L("BICKY-DRESS", 3)],
        tags=["abbreviation", "spoken"],
    )
)
add(
    M(
        "chez-momo",
        SMS,
        "fr",
        "48 canettes coca + 1 ctn red bull",
        lines=[L(None, 2, cands=COLA_F, cvar=CAN), L("REDBULL", 1)],
        notes="48 cans = 2 trays; bare 'coca' (regular or zero)",
        tags=["container", "count"],
        expect="resolve",
    )
)
add(
    M(
        "chez-momo",
        SMS,
        "fr",
        "pr samedi: 2 seaux mayo devos 3L + 1 ctn boites hamburger + 2 plateaux red bull",
        lines=[L("MAYO-DL", 2, "Emmer 3L"), L("HAMB-DOOS", 1), L("REDBULL", 2)],
        tags=["abbreviation"],
    )
)
add(
    M(
        "chez-momo",
        SMS,
        "fr",
        "comme d'hab stp mais sans les red bull",
        ref=R("usual", remove=["REDBULL"]),
        expect="resolve",
    )
)
add(M("chez-momo", SMS, "fr", "vous avez des sauces en sachets? prix svp", intent="QUESTION"))

# =====================================================================================================
# cornet-dor -- Friterie Le Cornet d'Or, Liège (fr, e-mail, regular)
SIG_COR = "\n\nBien cordialement,\nNathalie Lejeune\nLe Cornet d'Or\nRue Saint-Léonard 74, 4000 Liège\n+447700900648"
add(
    M(
        "cornet-dor",
        EM,
        "fr",
        "Objet : Commande semaine 32\n\nBonjour,\n\nPourriez-vous nous livrer mercredi 9 août, avant 11h :\n"
        "- 6 sacs de frites fraîches 13/13\n- 2 seaux de blanc de boeuf 15 kg\n- 3 cartons de boulets liégeois\n"
        "- 2 seaux de mayonnaise Devos Lemmens 10 L\n- 1 seau d'andalouse Vleminckx" + SIG_COR,
        lines=[
            L("FRI-VERS", 6),
            L("VET-OSSE-EMMER", 2),
            L("BOULET", 3),
            L("MAYO-DL", 2, "Emmer 10L"),
            L("ANDA-VLM", 1),
        ],
        tags=["signature", "non_order_request", "number_in_name"],
    )
)
add(
    M(
        "cornet-dor",
        EM,
        "fr",
        "Objet : cornets\n\nBonjour, merci d'ajouter 3 cartons de cornets à la commande de mercredi.\n\nNathalie",
        lines=[L("PUNTZAK", 3, None)],
        notes="cone size not given; the friterie buys 250g and 500g",
        expect="same",
    )
)
add(
    M(
        "cornet-dor",
        EM,
        "fr",
        "Objet : Commande\n\nBonjour, la même commande que la semaine dernière, avec en plus 2 cartons de croquettes aux "
        "crevettes.\n\nCordialement, N. Lejeune",
        ref=R("last", add=[L("KRK-GARN", 2)]),
        expect="resolve",
    )
)
add(
    M(
        "cornet-dor",
        EM,
        "fr",
        "Objet : demi-carton\n\nEst-il possible d'avoir un demi-carton de soufflés jambon-fromage ? Nous n'avons plus "
        "de place au congélateur.\n\nNathalie Lejeune",
        lines=[L("SOUF-HAMKAAS", 0.5)],
        notes="half a box: a fraction of an indivisible unit",
        tags=["fraction", "non_order_request"],
        review=True,
    )
)
add(
    M(
        "cornet-dor",
        EM,
        "fr",
        "Objet : fiche allergènes\n\nBonjour, pourriez-vous m'envoyer la fiche allergènes des boulets liégeois et du "
        "stoofvlees ? Un client est allergique au céleri." + SIG_COR,
        intent="QUESTION",
        tags=["non_order_request", "signature"],
    )
)
add(
    M(
        "cornet-dor",
        EM,
        "fr",
        "Objet : Réclamation livraison du 4 août\n\nBonjour, deux seaux de blanc de boeuf étaient fendus et la graisse a "
        "coulé dans le camion. Merci de les remplacer ou de nous créditer. Bon de livraison 55031.\n\nN. Lejeune",
        intent="COMPLAINT",
    )
)
add(
    M(
        "cornet-dor",
        EM,
        "fr",
        "Objet : boissons\n\nPour mercredi aussi : 2 plateaux d'eau plate et 1 casier de Leffe brune.\n\nNathalie",
        lines=[L(None, 2, cands=STILL_TRAY, cvar=PET), L("LEFFE-BRUIN", 1)],
        notes="'eau plate' by the tray: Spa Reine 50cl or Chaudfontaine still",
        expect="resolve",
        day=1,
    )
)
add(
    M(
        "cornet-dor",
        EM,
        "fr",
        "Objet : commande vendredi\n\nBonjour,\nPour vendredi 11/08 : 4 cartons de boulets, 1 seau de sauce tartare, "
        "1 bidon de dégraissant pour friteuse.\n\nCordialement,\nNathalie Lejeune",
        lines=[L("BOULET", 4), L("TARTAAR", 1), L("REINIGER", 1)],
        day=2,
    )
)
add(
    M(
        "cornet-dor",
        EM,
        "fr",
        "Objet : nouveau numéro\n\nNotre nouveau numéro de téléphone est le 07700 900649. Merci de mettre à jour vos "
        "fichiers.\n\nLe Cornet d'Or",
        intent="OTHER",
    )
)

# =====================================================================================================
# beffroi-lille -- Friterie du Beffroi, Lille (fr, WhatsApp, regular)
add(
    M(
        "beffroi-lille",
        WA,
        "fr",
        "Salut ! Pour demain : 5 cartons de frites Clarebout 10 mm, 3 bag-in-box de graisse liquide 10 litres, 3 sacs "
        "de nuggets. Bonne journée 😊",
        lines=[L("FRI-CLB", 5, C10), L("VET-VLOEI", 3, "10L"), L("NUGGETS", 3)],
        tags=["emoji", "number_in_name"],
    )
)
add(
    M(
        "beffroi-lille",
        WA,
        "fr",
        "2 cartons de sacs à frites taille moyenne et 1 carton de fourchettes rouges en carton",
        lines=[L("ZAK-FRIET", 2, "Middel"), L("VORK-KARTON", 1, "Rood")],
        tags=["size_word", "colour"],
    )
)
add(
    M(
        "beffroi-lille",
        WA,
        "fr",
        "3 plateaux de Capri-Sun et 2 plateaux de coca zéro",
        lines=[L(None, 3), L("COLA-ZERO", 2)],
        notes="Capri-Sun is not in catalog",
    )
)
add(M("beffroi-lille", WA, "fr", "Pareil que la semaine dernière svp", ref=R("last"), expect="resolve"))
add(
    M(
        "beffroi-lille",
        WA,
        "fr",
        "Coucou, 2 cartons de fricadelles et 1 carton de kipcorn pour jeudi, merci ! Julie",
        lines=[L("CURRYWORST", 2), L("KIPCORN", 1)],
        day=1,
    )
)
add(
    M(
        "beffroi-lille",
        WA,
        "fr",
        "Et 2 plateaux d'ice tea stp",
        lines=[L(None, 2, cands=ICETEA)],
        notes="bare 'ice tea' (sparkling or green)",
        expect="resolve",
    )
)
add(
    M(
        "beffroi-lille",
        WA,
        "fr",
        "36 canettes de coca zéro et 1 sac de nuggets",
        lines=[L("COLA-ZERO", None), L("NUGGETS", 1)],
        notes="36 cans is a tray and a half: not a whole number",
        tags=["container"],
    )
)
add(
    M(
        "beffroi-lille",
        WA,
        "fr",
        "Je voudrais commander pour samedi : 1 carton de sachets mayo, 1 carton de sachets ketchup et 1 seau de samouraï",
        lines=[L("MAYO-PORT", 1), L("KETCHUP-PORT", 1), L("SAMURAI", 1, "Emmer 3L")],
        notes="'seau' picks the only bucket size of samurai",
        tags=["non_order_request"],
        day=4,
    )
)
add(M("beffroi-lille", WA, "fr", "Est-ce que l'andalouse Devos contient du gluten ?", intent="QUESTION"))

# =====================================================================================================
# zur-fritte -- Imbiss Zur Fritte, Eupen (de, WhatsApp, regular)
add(
    M(
        "zur-fritte",
        WA,
        "de",
        "Hallo, hier Jürgen vom Imbiss Zur Fritte. Bitte für Donnerstag: 4 Kartons Clarebout 9/9, 2 Kartons Palmfett "
        "Würfel, 3 Kartons Currywurst (die belgischen) und 6 Flaschen Heinz Ketchup. Danke!",
        lines=[L("FRI-CLB", 4, C9), L("VET-PALM", 2), L("CURRYWORST", 3), L("KETCHUP-HEINZ", 6)],
        notes="'Currywurst (die belgischen)' is the Belgian curryworst",
        tags=["number_in_name"],
    )
)
add(
    M(
        "zur-fritte",
        WA,
        "de",
        "Noch 1 Eimer Mayo und 2 Eimer Currysauce bitte",
        lines=[L(None, 1, cands=MAYO_EMMER), L("CURRY-GG", 2)],
        notes="'Eimer Mayo' (Devos or mayo met ei); the only curry bucket is Gouda's Glorie",
        expect="resolve",
    )
)
add(
    M(
        "zur-fritte",
        WA,
        "de",
        "Wie immer, aber 5 Kartons Clarebout statt 4",
        ref=R("usual", set=[L("FRI-CLB", 5, None)]),
        notes="the cut is not in the text",
        expect="resolve",
    )
)
add(
    M(
        "zur-fritte",
        WA,
        "de",
        "Ich möchte fragen, ob ihr auch Pommesschalen aus Holz habt, wegen der neuen Verpackungsregeln",
        intent="QUESTION",
        tags=["non_order_request"],
    )
)
add(
    M(
        "zur-fritte",
        WA,
        "de",
        "Sprachnachricht: zwei Kartons Boulets drei Kartons Frikandel Mora ein Eimer Samurai und zwei Kisten Jupiler",
        lines=[L("BOULET", 2), L("FRK-MORA", 3), L("SAMURAI", 1, "Emmer 3L"), L("JUPILER", 2, None)],
        notes="voice note; 'Eimer' picks the samurai bucket; Jupiler crates come as 25cl and 33cl",
        tags=["spoken", "voice"],
        expect="resolve",
    )
)
add(
    M(
        "zur-fritte",
        WA,
        "de",
        "2 Kartons Handschuhe Größe L und 1 Paket Filterpapier für die Fritteuse",
        lines=[L("HANDSCH", 2, "L"), L("FILTER", 1)],
        tags=["size_word"],
    )
)
add(
    M(
        "zur-fritte",
        WA,
        "de",
        "Für Samstag bitte 1 Karton Snackschalen A12, 1 Karton Holzgabeln und 1 Tray Spa Intense 0,5 L",
        lines=[L("BAKJE-SNACK", 1, "A12"), L("VORK-HOUT", 1), L("SPA-INTENSE", 1, W50)],
        notes="0,5 L picks the 50cl PET tray",
        tags=["number_in_name"],
    )
)
add(
    M(
        "zur-fritte",
        WA,
        "de",
        "Die Jupiler-Kisten von letzter Woche hatten 3 kaputte Flaschen. Bitte gutschreiben.",
        intent="COMPLAINT",
    )
)
add(
    M(
        "zur-fritte",
        WA,
        "de",
        "Und 2 Trays Wasser mit Kohlensäure",
        lines=[L(None, 2, cands=SPARK_TRAY, cvar=W50)],
        notes="sparkling water by the tray: Spa Intense 50cl or Chaudfontaine sparkling",
        expect="resolve",
    )
)

# =====================================================================================================
# kaiserplatz -- Pommesbude Kaiserplatz, Aachen (de, e-mail, steady)
SIG_KAI = "\n\nMit freundlichen Grüßen\nSabine Krämer\nPommesbude Kaiserplatz\nKaiserplatz 9, 52062 Aachen\nTel. 07700 900650"
add(
    M(
        "kaiserplatz",
        EM,
        "de",
        "Betreff: Bestellung KW 32\n\nGuten Tag,\n\nwir bestellen für Dienstag, 8.8.:\n- 6 Kartons Aviko SuperCrunch 8/8\n"
        "- 2 Kartons Boerenfrites mit Schale\n- 2 x Flüssigfett Bag-in-Box 20 L\n- 6 Flaschen Remia Curry Gewürzketchup"
        + SIG_KAI,
        lines=[L("FRI-AVSC", 6), L("FRI-BOER", 2), L("VET-VLOEI", 2, "20L"), L("CURRY-REMIA", 6)],
        tags=["signature", "number_in_name"],
    )
)
add(
    M(
        "kaiserplatz",
        EM,
        "de",
        "Betreff: Nachbestellung\n\nBitte noch 2 x 24 Dosen Fanta Orange und 4000 Saucenbecher mit Deckel.\n\nS. Krämer",
        lines=[L("FANTA-OR", 2), L("SAUSBAKJE", 2)],
        notes="2 x 24 cans = 2 trays; 4000 pots = 2 boxes of 2000",
        tags=["pack", "count"],
    )
)
add(
    M(
        "kaiserplatz",
        EM,
        "de",
        "Betreff: Wochenbestellung\n\nWie letzte Woche, bitte zusätzlich 1 Karton Handschuhe XL.\n\nMfG S. Krämer",
        ref=R("last", add=[L("HANDSCH", 1, "XL")]),
        expect="resolve",
    )
)
add(
    M(
        "kaiserplatz",
        EM,
        "de",
        "Betreff: Snackschalen\n\nBitte 2 Kartons Snackschalen.\n\nS. Krämer",
        lines=[L("BAKJE-SNACK", 2, None)],
        notes="tray size not given",
        expect="resolve",
    )
)
add(
    M(
        "kaiserplatz",
        EM,
        "de",
        "Betreff: Automatische Antwort: Lieferschein 88213\n\nVielen Dank für Ihre Nachricht. Ich bin bis 21.08. nicht im "
        "Büro. In dringenden Fällen wenden Sie sich bitte an bestellung@kaiserplatz-aachen.example.",
        intent="OTHER",
        notes="auto-reply",
    )
)
add(
    M(
        "kaiserplatz",
        EM,
        "de",
        "Betreff: Zahlungsziel\n\nKönnen wir künftig auf 30 Tage Rechnung bezahlen statt per Lastschrift?"
        + SIG_KAI,
        intent="QUESTION",
        tags=["signature"],
    )
)
add(
    M(
        "kaiserplatz",
        EM,
        "de",
        "Betreff: Getränke\n\nFür Dienstag noch 2 Trays Coca-Cola 0,5 L PET und 1 Karton rote Pommesgabeln aus Karton.\n\n"
        "S. Krämer",
        lines=[L("COLA", 2, PET), L("VORK-KARTON", 1, "Rood")],
        tags=["colour"],
        day=0,
    )
)
add(
    M(
        "kaiserplatz",
        EM,
        "de",
        "Betreff: Bestellung Freitag\n\nBitte liefern: 2 Kartons Frikandel XXL, 2 Säcke Chicken Nuggets à 1 kg, 1 Karton "
        "Mayo-Portionsbeutel und 1 Karton Ketchup-Portionsbeutel.\n\nGruß S. Krämer",
        lines=[L("FRK-XXL", 2), L("NUGGETS", 2), L("MAYO-PORT", 1), L("KETCHUP-PORT", 1)],
        day=3,
    )
)

# =====================================================================================================
# anadolu -- Snackbar Anadolu, Amsterdam (tr, WhatsApp, regular)
add(
    M(
        "anadolu",
        WA,
        "tr",
        "Selam abi, yarın için: 6 koli stealth friet, 4 koli helal frikandel, 4 paket tavuk shoarma, 6 paket pita "
        "ekmeği. Sağol",
        lines=[L("FRI-LWST", 6), L("FRK-HALAL", 4), L("SHOARMA-KIP", 4), L("BRD-PITA", 6)],
        notes="koli = box; paket = the 2,5kg bag of shoarma and the bag of 20 pitas",
    )
)
add(
    M(
        "anadolu",
        WA,
        "tr",
        "2 kova fritessaus ve 3 bidon ayçiçek yağı",
        lines=[L(None, 2, cands=FS_EMMER), L("OLIE-ZON", 3)],
        notes="'kova fritessaus': 25% (5L or 10L) or 35%; the snackbar buys both 25% buckets",
        expect="keep",
    )
)
add(
    M(
        "anadolu",
        WA,
        "tr",
        "Her zamanki gibi abi, ama 4 yerine 8 paket shoarma",
        ref=R("usual", set=[L("SHOARMA-KIP", 8)]),
        expect="resolve",
    )
)
add(
    M(
        "anadolu",
        WA,
        "tr",
        "Ayran var mı? 2 koli ayran + 2 koli red bull",
        lines=[L(None, 2), L("REDBULL", 2)],
        notes="ayran is not in catalog",
    )
)
add(
    M(
        "anadolu",
        WA,
        "tr",
        "sesli mesaj: iki koli kipcorn üç paket nuggets bir kova pindasaus ve iki koli kola kutu",
        lines=[L("KIPCORN", 2), L("NUGGETS", 3), L("PINDA", 1), L(None, 2, cands=COLA_F, cvar=CAN)],
        notes="voice note; 'kola kutu' is cola in cans (regular or zero)",
        tags=["spoken", "voice"],
        expect="resolve",
    )
)
add(
    M(
        "anadolu",
        WA,
        "tr",
        "Abi bu haftaki siparişi veresiye yazar mısın, ay sonu öderim: 4 koli helal frikandel, 2 koli kipcorn",
        lines=[L("FRK-HALAL", 4), L("KIPCORN", 2)],
        notes="an order on credit ('veresiye') needs approval",
        credit=True,
        review=True,
        tags=["credit", "non_order_request"],
    )
)
add(
    M(
        "anadolu",
        WA,
        "tr",
        "Dün gelen frikandellerin 1 kolisi helal değildi, normal Mora geldi! Müşterilerim helal istiyor, lütfen değiştirin",
        intent="COMPLAINT",
    )
)
add(
    M(
        "anadolu",
        WA,
        "tr",
        "40 helal frikandel daha lazım, bir de 12 şişe remia curry",
        lines=[L("FRK-HALAL", 1), L("CURRY-REMIA", 12)],
        notes="40 halal frikandellen = 1 box of 40",
        tags=["count"],
    )
)
add(
    M(
        "anadolu",
        WA,
        "tr",
        "Abi 2 kova pindasaus, 1 koli menü bakje, 1 koli sos kabı ve 2 koli fanta portakal lütfen",
        lines=[L("PINDA", 2), L("BAKJE-PP", 1), L("SAUSBAKJE", 1), L("FANTA-OR", 2)],
        notes="'fanta portakal' is Fanta Orange; 'sos kabı' the sauce pots",
    )
)
add(
    M(
        "anadolu",
        WA,
        "tr",
        "Perşembe siparişine shoarma 4 değil 6 paket olsun",
        intent="CHANGE",
        change=[L("SHOARMA-KIP", 6)],
        day=2,
    )
)

# =====================================================================================================
# bosporus -- Grillroom Bosporus, Den Haag (tr, SMS without diacritics, regular)
add(
    M(
        "bosporus",
        SMS,
        "tr",
        "5 koli supercrunch 3 koli helal frikandel 8 paket pita 4 bidon aycicek yagi tsk",
        lines=[L("FRI-AVSC", 5), L("FRK-HALAL", 3), L("BRD-PITA", 8), L("OLIE-ZON", 4)],
        notes="list without commas, no diacritics",
        tags=["spoken", "abbreviation"],
    )
)
add(M("bosporus", SMS, "tr", "gecen haftaki gibi abi", ref=R("last"), expect="resolve"))
add(
    M(
        "bosporus",
        SMS,
        "tr",
        "4 koli kola ve 1 koli sprite",
        lines=[L(None, 4, cands=COLA_F), L("SPRITE", 1)],
        notes="bare 'kola'; the grillroom buys regular and zero",
        expect="same",
    )
)
add(
    M(
        "bosporus",
        SMS,
        "tr",
        "yarin 6 paket kip shoarma 2 koli hamburger kutusu tsk",
        lines=[L("SHOARMA-KIP", 6), L("HAMB-DOOS", 2)],
        tags=["abbreviation"],
    )
)
add(
    M(
        "bosporus",
        SMS,
        "tr",
        "2 koli buyuk friet zak, 3 koli menubakje",
        lines=[L("ZAK-FRIET", 2, "Groot"), L("BAKJE-PP", 3)],
        notes="'buyuk' (large) picks the Groot bag",
        tags=["size_word"],
    )
)
add(
    M(
        "bosporus",
        SMS,
        "tr",
        "sarimsakli sos var mi abi? knoflooksaus. varsa 2 kova gonder",
        lines=[L(None, 2)],
        notes="garlic sauce is not in catalog; conditional on stock",
        conditional=True,
        tags=["conditional"],
    )
)
add(M("bosporus", SMS, "tr", "eldiven 2 kutu M lutfen", lines=[L("HANDSCH", 2, "M")], tags=["size_word"]))
add(
    M(
        "bosporus",
        SMS,
        "tr",
        "pazar gunu acik misiniz? depoya gelip kendim almak istiyorum",
        intent="QUESTION",
        tags=["non_order_request"],
    )
)
add(
    M(
        "bosporus",
        SMS,
        "tr",
        "yarina 2 koli loempia",
        lines=[L(None, 2, cands=LOEMPIA)],
        notes="bare 'loempia' (chicken or mini)",
        expect="resolve",
    )
)

# =====================================================================================================
# kapadokya -- Snackbar Kapadokya, Gent (tr with Flemish words, WhatsApp, steady)
add(
    M(
        "kapadokya",
        WA,
        "tr",
        "Merhaba, Kapadokya Gent. Woensdag için: 5 doos clarebout 10/10, 2 bag-in-box vloeibaar vet 20 liter, 2 doos "
        "curryworst, 1 emmer samurai 3L. Teşekkürler",
        lines=[
            L("FRI-CLB", 5, C10),
            L("VET-VLOEI", 2, "20L"),
            L("CURRYWORST", 2),
            L("SAMURAI", 1, "Emmer 3L"),
        ],
        tags=["number_in_name"],
    )
)
add(
    M(
        "kapadokya",
        WA,
        "tr",
        "Her zamanki sipariş + 1 doos bicky burger extra",
        ref=R("usual", add=[L("BICKY-BURGER", 1)]),
        expect="resolve",
    )
)
add(
    M(
        "kapadokya",
        WA,
        "tr",
        "2 kova andalouse ve 1 kova mayonez",
        lines=[L(None, 2, cands=ANDA), L(None, 1, cands=MAYO_EMMER)],
        notes="bare andalouse and mayonnaise by the bucket",
        expect="resolve",
    )
)
add(M("kapadokya", WA, "tr", "Geçen hafta 1 doos pita eksikti ama faturada var", intent="COMPLAINT"))
add(
    M(
        "kapadokya",
        WA,
        "tr",
        "48 bicky ekmeği ve 80 curryworst lazım",
        lines=[L("BRD-BICKY", 2), L("CURRYWORST", 2)],
        notes="48 buns = 2 boxes of 24; 80 curryworst = 2 boxes of 40",
        tags=["count"],
    )
)
add(
    M(
        "kapadokya",
        WA,
        "tr",
        "Cuma için 3 paket tavuk shoarma, 4 paket pita ve 1 doos puntzak 250 gram lütfen",
        lines=[L("SHOARMA-KIP", 3), L("BRD-PITA", 4), L("PUNTZAK", 1, "250g")],
        day=3,
    )
)
add(
    M(
        "kapadokya",
        WA,
        "tr",
        "Abi yarın dükkan kapalı, cenazemiz var. Perşembe teslimatını cumaya alabilir misiniz?",
        intent="CHANGE",
        change=[],
        tags=["non_order_request"],
        day=2,
    )
)
add(M("kapadokya", WA, "tr", "Helal curryworst var mı sizde?", intent="QUESTION"))

# =====================================================================================================
# frites-co -- Frites & Co, Amsterdam (en, e-mail, regular)
SIG_FCO = "\n\nCheers,\nTom Whitaker\nFrites & Co\nHaarlemmerstraat 61, 1013 EK Amsterdam\n+447700900653"
add(
    M(
        "frites-co",
        EM,
        "en",
        "Subject: Order for Thursday\n\nHi team,\n\nCould you send the following for Thursday 10 Aug:\n"
        "- 10 bags fresh-cut fries (the 13mm chilled ones)\n- 3 boxes beef dripping cubes (ossewit)\n"
        "- 2 tubs mayo with egg 5L\n- 2 boxes of 250g cones" + SIG_FCO,
        lines=[L("FRI-VERS", 10), L("VET-OSSE", 3), L("MAYO-EI", 2), L("PUNTZAK", 2, "250g")],
        tags=["signature", "non_order_request", "number_in_name"],
    )
)
add(
    M(
        "frites-co",
        EM,
        "en",
        "Subject: add-on\n\nPlease add 2 jars of pickles and a tub of crispy onions to this week's delivery.\n\nTom",
        lines=[L(None, 2, cands=PICKLE_JARS), L("UI-GEBAK", 1)],
        notes="'jars of pickles': whole gherkins or Devos piccalilly (the sliced gherkins come in a tub)",
        expect="resolve",
    )
)
add(
    M(
        "frites-co",
        EM,
        "en",
        "Subject: usual\n\nUsual order please, but swap the yellow napkins for 1 box of red this week.\n\nTom",
        ref=R("usual", remove=[("SERVET", "Geel")], add=[L("SERVET", 1, "Rood")]),
        tags=["colour"],
        expect="resolve",
    )
)
add(
    M(
        "frites-co",
        EM,
        "en",
        "Subject: Halal question\n\nHi, I'd like to know whether your ossewit is suitable for halal customers - we've had "
        "a few ask." + SIG_FCO,
        intent="QUESTION",
        tags=["non_order_request", "signature"],
    )
)
add(
    M(
        "frites-co",
        EM,
        "en",
        "Subject: Friday\n\nHi, for Friday: 1 tub Vleminckx andalouse, 1 tub tartare, 2 boxes wooden forks and 1 jar of "
        "piccalilli. Ta, Tom",
        lines=[L("ANDA-VLM", 1), L("TARTAAR", 1), L("VORK-HOUT", 2), L("PICKLES-DL", 1)],
    )
)
add(
    M(
        "frites-co",
        EM,
        "en",
        "Subject: Vegan mayo?\n\nAlso 2 tubs of vegan mayo and 1 box of wooden forks please.\n\nTom",
        lines=[L(None, 2), L("VORK-HOUT", 1)],
        notes="vegan mayo is not in catalog",
    )
)
add(
    M(
        "frites-co",
        EM,
        "en",
        "Subject: Short delivery\n\nHi, Monday's delivery was short: we got 8 bags of fresh fries, not 10, and invoice "
        "INV 63044 charges for 10. Please credit 2 bags." + SIG_FCO,
        intent="COMPLAINT",
        tags=["signature"],
    )
)
add(
    M(
        "frites-co",
        EM,
        "en",
        "Subject: water\n\nPlease add 2 x 24 Spa Reine 50cl and 1 crate of Fristi.\n\nTom",
        lines=[L("SPA-REINE", 2, W50), L("FRISTI", 1)],
        notes="2 x 24 = 2 trays",
        tags=["pack"],
    )
)
add(
    M(
        "frites-co",
        WA,
        "en",
        "Voice note: two bags of fresh fries three boxes of ossewit a tub of samurai and one box of yellow napkins",
        lines=[L("FRI-VERS", 2), L("VET-OSSE", 3), L("SAMURAI", 1, "Emmer 3L"), L("SERVET", 1, "Geel")],
        notes="'boxes of ossewit' are the cubes (the bucket is a tub); 'a tub of samurai' is the 3L bucket",
        tags=["spoken", "voice", "colour"],
    )
)

# =====================================================================================================
# frying-dutchman -- The Frying Dutchman, Utrecht food truck (en, WhatsApp, regular)
add(
    M(
        "frying-dutchman",
        WA,
        "en",
        "hey it's Jess from the Frying Dutchman 🚚 for Fri pls: 4 boxes stealth fries, 1 box sweet potato fries, 2 boxes "
        "mora frikandel, 4 joppie squeeze bottles. ta!",
        lines=[L("FRI-LWST", 4), L("FRI-ZOET", 1), L("FRK-MORA", 2), L("JOPPIE-F", 4)],
        tags=["emoji"],
    )
)
add(
    M(
        "frying-dutchman",
        WA,
        "en",
        "+ 2 boxes bitterballen and 1 box of the veggie ones",
        lines=[L(None, 2, cands=BITTER), L("BTB-VEGA", 1)],
        notes="bare 'bitterballen' (Van Dobben or Mora)",
        expect="resolve",
    )
)
add(
    M(
        "frying-dutchman",
        WA,
        "en",
        "same as last week but 2 trays cola zero instead of 1",
        ref=R("last", set=[L("COLA-ZERO", 2)]),
        expect="resolve",
    )
)
add(
    M(
        "frying-dutchman",
        WA,
        "en",
        "fwd from Pieter: 'Jess can you order 3 boxes kroketten van dobben 100g and 2 packs of spa 1.5L for the Utrecht "
        "market' - yes please do that",
        lines=[L("KRK-VD", 3, "20 x 100g"), L("SPA-REINE-150", 2)],
        tags=["forwarded", "number_in_name"],
    )
)
add(
    M(
        "frying-dutchman",
        WA,
        "en",
        "need 3 boxes of chip bags, medium, and a box of green cardboard forks",
        lines=[L("ZAK-FRIET", 3, "Middel"), L("VORK-KARTON", 1, "Groen")],
        tags=["size_word", "colour"],
    )
)
add(
    M(
        "frying-dutchman",
        WA,
        "en",
        "market day tmrw!! 2 boxes mora frikandel 1 box van dobben bitterballen (the 20g ones) and 2 boxes of fritessaus "
        "sachets pls",
        lines=[L("FRK-MORA", 2), L("BTB-VD", 1, "100 x 20g"), L("FS-PORT", 2)],
        tags=["spoken", "number_in_name"],
    )
)
add(
    M(
        "frying-dutchman",
        WA,
        "en",
        "can I get an invoice copy for the festival order? accountant needs it",
        intent="QUESTION",
        tags=["non_order_request"],
    )
)
add(
    M(
        "frying-dutchman",
        WA,
        "en",
        "2-3 boxes of curry sachets depending on what you have",
        lines=[L("CURRY-PORT", None)],
        notes="a range: quantities not stated exactly",
        tags=["range"],
    )
)
add(
    M(
        "frying-dutchman",
        WA,
        "en",
        "thanks for squeezing us in yesterday, lifesaver 🙏",
        intent="OTHER",
        tags=["emoji"],
    )
)

# =====================================================================================================
# fries-corner -- Belgian Fries Corner, Brussels (en, WhatsApp, steady)
add(
    M(
        "fries-corner",
        WA,
        "en",
        "Hi, Belgian Fries Corner here (Rue du Marché 37). Tomorrow please: 6 boxes Clarebout 12/12, 2 boxes ossewit "
        "cubes, 1 bucket Devos mayo 10L, 2 boxes of cones 250g. Thanks, Ana",
        lines=[L("FRI-CLB", 6, C12), L("VET-OSSE", 2), L("MAYO-DL", 1, "Emmer 10L"), L("PUNTZAK", 2, "250g")],
        tags=["number_in_name"],
    )
)
add(
    M(
        "fries-corner",
        WA,
        "en",
        "can you add 2 more boxes of fries to tomorrow's order",
        lines=[L(None, 2, cands=FRIES_BOX)],
        notes="bare 'fries' by the box",
        tags=["non_order_request"],
        expect="resolve",
    )
)
add(
    M(
        "fries-corner",
        WA,
        "en",
        "and 1 crate of Stella + 1 crate Hoegaarden, 24 Leffe blond",
        lines=[L("STELLA", 1), L("HOEGAARDEN", 1), L("LEFFE-BLOND", 1)],
        notes="24 bottles of Leffe = 1 crate",
        tags=["count"],
    )
)
add(
    M(
        "fries-corner",
        WA,
        "en",
        "I would like to know if you deliver in Brussels on Saturdays? Our manager asks",
        intent="QUESTION",
        tags=["non_order_request"],
    )
)
add(
    M(
        "fries-corner",
        WA,
        "en",
        "usual for Wednesday pls 🙂",
        ref=R("usual"),
        tags=["emoji"],
        expect="resolve",
        day=1,
    )
)
add(
    M(
        "fries-corner",
        WA,
        "en",
        "3 bottles of samurai and 2 buckets of andalouse",
        lines=[L("SAMURAI", 3, "Fles 900ml"), L(None, 2, cands=ANDA)],
        notes="'bottles' picks the samurai 900ml; bare andalouse by the bucket",
        expect="resolve",
    )
)
add(
    M(
        "fries-corner",
        WA,
        "en",
        "Ana again - 1 box cheese croquettes and 1 box curryworst for tomorrow, plus 2 packs of frying filter paper",
        lines=[L("KRK-KAAS", 1), L("CURRYWORST", 1), L("FILTER", 2)],
    )
)
add(M("fries-corner", WA, "en", "do you do vol-au-vent in buckets? how much?", intent="QUESTION"))

# =====================================================================================================
# den-hoek -- Frituur Den Hoek, Genk (nl-BE, Limburg dialect, SMS, regular)
add(
    M(
        "den-hoek",
        SMS,
        "nl-BE",
        "Ich bin 't Marleen van Frituur Den Hoek. Vur vrijdag gaer: 5 dozen farm frites, 3 dozen mengvet, 2 dozen "
        "curryworst en 4 flesjes andalouse van Devos. Merci",
        lines=[L("FRI-FFBS", 5), L("VET-MENG", 3), L("CURRYWORST", 2), L("ANDA-DL", 4, "Fles 900ml")],
        tags=["dialect"],
    )
)
add(
    M(
        "den-hoek",
        SMS,
        "nl-BE",
        "Wie gewoonlijk mer 1 doos viandel extra",
        ref=R("usual", add=[L("VIANDEL", 1)]),
        tags=["dialect"],
        expect="resolve",
    )
)
add(
    M(
        "den-hoek",
        SMS,
        "nl-BE",
        "3 emmerkes devos mayo",
        lines=[L("MAYO-DL", 3, None)],
        notes="bucket size (3L or 10L) not given",
        tags=["dialect"],
        expect="resolve",
    )
)
add(
    M(
        "den-hoek",
        SMS,
        "nl-BE",
        "Hej gilleh auch frietzout in zakke van 25 kilo?",
        intent="QUESTION",
        tags=["dialect"],
    )
)
add(
    M(
        "den-hoek",
        SMS,
        "nl-BE",
        "12 pintjes jupiler en 2 bakskes spa blauw",
        lines=[L("JUPILER", None, J25), L("SPA-REINE", 2, W25)],
        notes="12 bottles of 25cl Jupiler is half a crate: not a whole number; 'bakskes spa blauw' are crates of Spa "
        "Reine 25cl glass",
        tags=["dialect", "idiom", "container", "colour"],
    )
)
add(
    M(
        "den-hoek",
        SMS,
        "nl-BE",
        "Marleen: 2 dozen viandel, 1 zak aardappelkroketjes, 2 flesjes bicky dressing",
        lines=[L("VIANDEL", 2), L("KROK-AARD", 1), L("BICKY-DRESS", 2)],
    )
)
add(
    M(
        "den-hoek",
        SMS,
        "nl-BE",
        "Marleen: de bestelling van zaterdag mag weg, we zen gesloten door de kermis",
        intent="CANCEL",
        tags=["dialect"],
    )
)
add(
    M(
        "den-hoek",
        SMS,
        "nl-BE",
        "2 emmers frietzout en 1 doos gele servetten",
        lines=[L("ZOUT-FRIET", 2), L("SERVET", 1, "Geel")],
        tags=["colour"],
    )
)

# =====================================================================================================
# nieuw-leven -- Frituur Nieuw Leven, Kortrijk (nl-BE, WhatsApp, first-time customer, opens Wed 9 Aug)
add(
    M(
        "nieuw-leven",
        WA,
        "nl-BE",
        "Dag, wij zijn Frituur Nieuw Leven in Kortrijk, we openen woensdag 9 augustus. Eerste bestelling, we betalen "
        "cash bij levering: 6 zakken verse frieten, 3 dozen ossewit blokjes, 2 dozen curryworsten, 2 emmers devos mayo "
        "10 liter, 2 dozen puntzakken 250 gram. Stijn Vandamme",
        lines=[
            L("FRI-VERS", 6),
            L("VET-OSSE", 3),
            L("CURRYWORST", 2),
            L("MAYO-DL", 2, "Emmer 10L"),
            L("PUNTZAK", 2, "250g"),
        ],
        notes="a first order paid on delivery ships as written",
        tags=["new_customer"],
    )
)
add(
    M(
        "nieuw-leven",
        WA,
        "nl-BE",
        "Kunnen we een rekening openen met betaling op 30 dagen? Onze boekhouder vraagt het.",
        intent="QUESTION",
        tags=["new_customer", "non_order_request"],
    )
)
add(
    M(
        "nieuw-leven",
        WA,
        "nl-BE",
        "Voor zaterdag: 4 zakken verse frieten en 2 dozen boulets, op rekening 30 dagen zoals besproken",
        lines=[L("FRI-VERS", 4), L("BOULET", 2)],
        notes="an order on a 30-day account that is not open yet",
        credit=True,
        review=True,
        tags=["credit", "new_customer"],
    )
)
add(
    M(
        "nieuw-leven",
        WA,
        "nl-BE",
        "Stijn: cash bij levering zoals vorige keer, 1 doos garnaalkroketten en 1 emmer stoofvlees",
        lines=[L("KRK-GARN", 1), L("STOOFVLEES", 1)],
        notes="'zoals vorige keer' is about payment, not the order",
        tags=["new_customer"],
    )
)
add(
    M(
        "nieuw-leven",
        WA,
        "nl-BE",
        "Zelfde als onze eerste bestelling aub",
        ref=R("last"),
        notes="messages are not history: the new frituur has no orders on file",
        tags=["new_customer"],
        expect="same",
    )
)
add(
    M(
        "nieuw-leven",
        WA,
        "nl-BE",
        "Nog eens cash bij levering: 1 doos kaaskroketten en 2 bakken Jupiler 25cl",
        lines=[L("KRK-KAAS", 1), L("JUPILER", 2, J25)],
        tags=["new_customer"],
    )
)

# =====================================================================================================
# snack-express -- Snack Express Almere (nl, SMS, first-time customer)
add(
    M(
        "snack-express",
        SMS,
        "nl",
        "Hallo, Snack Express Almere, nieuwe klant. Ik wil graag bestellen, betaal bij levering: 5 dozen supercrunch, "
        "3 dozen mora frikandel, 2 dozen kipcorn, 2 emmers gouda fritessaus 25% van 10 liter",
        lines=[L("FRI-AVSC", 5), L("FRK-MORA", 3), L("KIPCORN", 2), L("FS-GG25", 2, "Emmer 10L")],
        tags=["new_customer", "non_order_request"],
    )
)
add(
    M(
        "snack-express",
        SMS,
        "nl",
        "Burak: ook nog 2 dozen bitterballen graag",
        lines=[L(None, 2, cands=BITTER)],
        notes="bare 'bitterballen'; no history to settle it",
        tags=["new_customer"],
        expect="same",
    )
)
add(
    M(
        "snack-express",
        SMS,
        "nl",
        "Ik wil graag weten wat de minimale bestelling is voor gratis levering",
        intent="QUESTION",
        tags=["new_customer", "non_order_request"],
    )
)
add(
    M(
        "snack-express",
        SMS,
        "nl",
        "Burak Snack Express: tweede bestelling, weer contant bij levering. 2 dozen bamischijf, 2 dozen kaassoufflé, "
        "1 zak frikandelbroodjes",
        lines=[L("BAMI", 2), L("SOUF-KAAS", 2), L("BRD-FRIK", 1)],
        tags=["new_customer"],
    )
)
add(
    M(
        "snack-express",
        SMS,
        "nl",
        "hetzelfde als vorige keer",
        ref=R("last"),
        notes="no earlier order on file",
        tags=["new_customer"],
        expect="same",
    )
)
add(
    M(
        "snack-express",
        SMS,
        "nl",
        "Wij zijn vanaf nu ook op zondag open, jullie mogen ons nummer 07700 900656 gebruiken voor bestellingen",
        intent="OTHER",
        tags=["new_customer"],
    )
)

# =====================================================================================================
# More everyday orders and a few more non-orders, later in the week
add(
    M(
        "de-molen",
        WA,
        "nl",
        "Patatje oorlog loopt hard 😂 2 emmers pindasaus en 1 zak gesneden uien extra graag",
        lines=[L("PINDA", 2), L("UI-GESN", 1)],
        notes="'patatje oorlog' is a dish, not an item",
        tags=["emoji", "idiom"],
    )
)
add(
    M(
        "t-hoekje",
        SMS,
        "nl",
        "3 ds berenhap 2 ds frikandel xxl",
        lines=[L("BERENHAP", 3), L("FRK-XXL", 2)],
        tags=["abbreviation", "spoken"],
    )
)
add(
    M(
        "het-dijkje",
        WA,
        "nl",
        "Voor de braderie zondag: 2 dozen frites zoete aardappel, 1 doos krulfriet en 2 trays chocomel",
        lines=[L("FRI-ZOET", 2), L("FRI-KRUL", 1), L("CHOCOMEL", 2)],
        day=3,
    )
)
add(
    M(
        "snackpoint-zuid",
        EM,
        "nl",
        "Subject: zuur\n\nGraag 2 emmers augurkenschijfjes en 1 pot hele augurken bij de volgende levering.\n\nDennis",
        lines=[L("AUG-SCHIJF", 2), L("AUG-HEEL", 1)],
    )
)
add(
    M(
        "sint-anna",
        WA,
        "nl-BE",
        "Bart: 1 doos mexicano's, 1 doos bicky burgers en 2 potten piccalilly",
        lines=[L("MEXICANO", 1), L("BICKY-BURGER", 1), L("PICKLES-DL", 2)],
    )
)
add(
    M(
        "gare-namur",
        WA,
        "fr",
        "Fabrice : 2 casiers de Maes et 1 casier de Jupiler 0,0 pour la terrasse",
        lines=[L("MAES", 2), L("JUPILER-00", 1)],
        notes="Jupiler 0,0 is the alcohol-free crate",
        tags=["number_in_name"],
    )
)
add(
    M(
        "chez-momo",
        SMS,
        "fr",
        "bjr momo: 1 ctn sacs kraft + 2 ctn fourchettes en bois mrc",
        lines=[L("DRAAGTAS", 1), L("VORK-HOUT", 2)],
        tags=["abbreviation"],
    )
)
add(
    M(
        "cornet-dor",
        EM,
        "fr",
        "Objet : pains\n\nBonjour, pour samedi : 2 cartons de pistolets à cuire et 1 carton de pains hamburger au "
        "sésame.\n\nNathalie",
        lines=[L("BRD-PISTOLET", 2), L("BRD-SESAM", 1)],
        day=3,
    )
)
add(
    M(
        "zur-fritte",
        WA,
        "de",
        "Bitte 2 Kartons Garnelenkroketten und 1 Kiste Duvel für Freitag",
        lines=[L("KRK-GARN", 2), L("DUVEL", 1)],
        day=2,
    )
)
add(
    M(
        "kaiserplatz",
        EM,
        "de",
        "Betreff: Falsche Lieferung\n\nStatt 6 Kartons SuperCrunch kamen am Dienstag 6 Kartons Stealth Fries. Bitte "
        "umtauschen.\n\nS. Krämer",
        intent="COMPLAINT",
    )
)
add(
    M(
        "kaiserplatz",
        EM,
        "de",
        "Betreff: Zwiebeln\n\nBitte 2 Eimer Röstzwiebeln und 1 Glas Silberzwiebeln mitliefern." + SIG_KAI,
        lines=[L("UI-GEBAK", 2), L("UI-ZILVER", 1)],
        notes="Röstzwiebeln are the crispy fried onions",
        tags=["signature"],
    )
)
add(
    M(
        "anadolu",
        WA,
        "tr",
        "abi 1 koli nasischijf 1 koli bamischijf ekle lütfen",
        lines=[L("NASI", 1), L("BAMI", 1)],
    )
)
add(
    M(
        "bosporus",
        SMS,
        "tr",
        "2 koli ice tea green 1 koli red bull",
        lines=[L("ICETEA-GREEN", 2), L("REDBULL", 1)],
    )
)
add(
    M(
        "bosporus",
        SMS,
        "tr",
        "odeme yapildi abi, 412 euro havale ettim",
        intent="OTHER",
        notes="payment notice; 412 is an amount",
    )
)
add(
    M(
        "frying-dutchman",
        WA,
        "en",
        "hiya, 1 box of krulfriet and 1 box boerenfriet for the Sunday market, also 1 box blue gloves size S",
        lines=[L("FRI-KRUL", 1), L("FRI-BOER", 1), L("HANDSCH", 1, "S")],
        tags=["size_word"],
        day=4,
    )
)
add(
    M(
        "fries-corner",
        WA,
        "en",
        "Hi it's Ana. 2 crates of Jupiler 33cl and 1 crate of Kriek Belle-Vue please, it's going to be hot",
        lines=[L("JUPILER", 2, J33), L("KRIEK-BV", 1)],
        tags=["number_in_name"],
    )
)
add(
    M(
        "den-hoek",
        SMS,
        "nl-BE",
        "Marleen: 2 zakke fontane en 2 zakskes kipnuggets",
        lines=[L("AARD-FONT", 2), L("NUGGETS", 2)],
        tags=["dialect"],
    )
)

add(
    M(
        "chez-momo",
        SMS,
        "fr",
        "et 2 ctn pains hamburger stp",
        lines=[L(None, 2, cands=HB_BROOD)],
        notes="bare 'pains hamburger' (sesame or plain)",
        tags=["abbreviation"],
        expect="resolve",
    )
)
add(
    M(
        "snack-express",
        SMS,
        "nl",
        "Burak: 1 doos hamburgerbroodjes zonder sesam en 2 dozen hamburgerdozen",
        lines=[L("BRD-NATUREL", 1), L("HAMB-DOOS", 2)],
        notes="'zonder sesam' names the plain buns",
        tags=["new_customer"],
    )
)
add(
    M(
        "smulhuys",
        WA,
        "nl",
        "Ria: 2 kratten grolsch beugels voor zaterdag, er is voetbal",
        lines=[L("GROLSCH", 2)],
        day=3,
    )
)
add(
    M(
        "smulhuys",
        WA,
        "nl",
        "Voor het terras nog 3 kratten pils, de gewone",
        lines=[L(None, 3, cands=PILS_NL)],
        notes="bare 'pils' by the crate: Heineken, Grolsch or Jupiler",
        expect="resolve",
    )
)
add(
    M(
        "frites-co",
        EM,
        "en",
        "Subject: seasoning\n\nHi, could you put 1 jar of Verstegen fry seasoning in with Monday's delivery? Tom",
        lines=[L("KRUID-PATAT", 1)],
        notes="Verstegen patatkruiden, sold by the 1kg pot",
        tags=["non_order_request"],
    )
)
