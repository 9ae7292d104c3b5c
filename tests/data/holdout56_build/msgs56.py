# ruff: noqa  (hand-written data generator of blind set 56, kept as its writer left it)
"""Messages of the fifty-sixth blind set and their plain labels, all hand-written.

Per customer, in the order they arrive (build56.py assigns the dates in this order and the ids after a
fixed-seed shuffle). A line is L(sku, quantity, variant) for a catalog product (variant only and always for a
product with variants; None = the message does not say which), A(candidates, quantity, candidate_variant) for a
bare family word, X(quantity, what) for an item the catalog does not have. R(...) marks a reference to earlier
orders: `add` and `replace` are the explicit lines (they are the row's `lines` without history), `remove` and
`double` only act with history.
"""

NOV = "<no variant>"


def L(sku, q, v=NOV, nofill=False):
    return {"sku": sku, "q": q, "v": v, "nofill": nofill}


def A(cands, q, cv=None):
    return {"sku": None, "q": q, "cands": list(cands), "cv": cv}


def X(q, what):
    return {"sku": None, "q": q, "nic": what}


def R(kind, add=(), replace=(), remove=(), double=()):
    return {
        "kind": kind,
        "add": list(add),
        "replace": list(replace),
        "remove": list(remove),
        "double": list(double),
    }


MSGS = []
CH = {"W": "WHATSAPP", "S": "SMS", "E": "EMAIL"}


def M(
    cust, ch, lang, intent, text, lines=(), notes="", tags=(), rv=None, ref=None, outlier=False, change=None
):
    MSGS.append(
        dict(
            customer=cust,
            channel=CH[ch],
            language=lang,
            intent=intent,
            text=text,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            rv=rv,
            ref=ref,
            outlier=outlier,
            change=change,
        )
    )


SILL = ["SILL-INLAGD", "SILL-SENAP", "SILL-MATJES", "SILL-KRYDD", "SILL-DILL", "SILL-GLAS"]
MB = ["MB-25", "MB-15"]
PRAST = ["PRAST-12", "PRAST-MILD"]
BRUNOST = ["BRUNOST-G35", "BRUNOST-GEIT", "BRUNOST-FLOTE"]
ROMME = ["ROMME-35", "ROMME-18"]
NAPKINS = ["NAPKIN-DINNER", "NAPKIN-COCKTAIL"]
BEERS = [
    "BEER-NL-35",
    "BEER-NL-52",
    "BEER-NL-00",
    "BEER-LAPIN-III",
    "BEER-LAPIN-IVA",
    "BEER-GULL",
    "BEER-RINGNES",
    "BEER-IPA",
]
LOKA = ["LOKA-NAT", "LOKA-CIT"]
DANBO = ["DANBO-MILD", "DANBO-LAGRET"]
LOHI = ["GRAVLAX-SIDE", "GRAVLAX-PACK", "SMOKED-SIDE", "SMOKED-SLICED", "HOTSMOKED"]
RAHKA = ["KVARG-NAT", "KVARG-VAN", "KESELLA"]
CARD = ["CARD-GROUND", "CARD-WHOLE", "CARD-SEEDS"]
COFFEE = [
    "COF-JUHLA",
    "COF-PRESIDENTTI",
    "COF-ZOEGAS",
    "COF-FRIELE",
    "COF-MERRILD",
    "COF-PORT-LIGHT",
    "COF-PORT-DARK",
    "COF-ESPRESSO",
]
CIDER = ["CIDER-FJORD-45", "CIDER-FJORD-00", "CIDER-KOPP-PEAR"]
SKYR = ["SKYR-NAT", "SKYR-VAN", "SKYR-BLA"]
PORTCOF = ["COF-PORT-LIGHT", "COF-PORT-DARK"]
CRISP = ["WASA-HUSMAN", "WASA-SESAM", "LEKSANDS-NORMAL", "LEKSANDS-BRUN", "FINNCRISP", "KNACKE-PORTION"]
SALMIAKKI = ["SALMIAKKI-BULK", "KOSK-SALMIAKKI"]
RYE = ["RYE-FINE", "RYE-COARSE", "RYE-WHOLE"]

# ============================================================ Swedish
c = "sillbaren"
M(
    c,
    "W",
    "sv",
    "ORDER",
    "Hej, beställning till torsdag:\n4 st inlagd sill 1,4 kg\n3 senapssill\n2 matjessill\n3 gravlaxsidor\nTack /Jonna",
    [L("SILL-INLAGD", 4, "1.4kg Jar"), L("SILL-SENAP", 3), L("SILL-MATJES", 2), L("GRAVLAX-SIDE", 3)],
    "1,4 kg is the jar size, not a quantity",
    ["number_in_name"],
)
M(
    c,
    "W",
    "sv",
    "ORDER",
    "Kan ni skicka 6 sill till fredag? Och 2 kryddsill.",
    [A(SILL, 6), L("SILL-KRYDD", 2)],
    "bare 'sill' is any of six herrings; the restaurant buys four of them",
    ["non_order_request"],
)
M(
    c,
    "W",
    "sv",
    "ORDER",
    "Samma som förra veckan men 5 burkar inlagd sill istället för 4 och ingen Skåne denna gång",
    ref=R("last", replace=[L("SILL-INLAGD", 5, None)], remove=["AQ-SKANE"]),
    notes="reference; jar size of the inlagd sill not given",
)
M(
    c,
    "W",
    "sv",
    "ORDER",
    "röstmeddelande: två lådor nordljus fem komma två trettiotre centiliter tre flaskor op anderson och en låda räkor med skal",
    [L("BEER-NL-52", 2, "24 x 33cl Can"), L("AQ-OPA", 3), L("PRAWNS-SHELL", 1)],
    "voice note, number words; 'fem komma två' is the strength, 'trettiotre centiliter' the can",
    ["spoken", "voice"],
)
M(
    c,
    "W",
    "sv",
    "COMPLAINT",
    "Hej, i gårdagens leverans var 2 av gravlaxsidorna utgångna (bäst före 10/6). Vi vill ha en kreditering. Faktura 56-20417.",
)
M(
    c,
    "W",
    "sv",
    "ORDER",
    "48 burkar Nordljus 5,2 33cl och 2 prästost lagrad",
    [L("BEER-NL-52", 2, "24 x 33cl Can"), L("PRAST-12", 2)],
    "48 cans = 2 cases of 24",
    ["count", "container", "number_in_name"],
)
M(
    c,
    "W",
    "sv",
    "ORDER",
    "Har ni surströmming? I så fall 4 burkar. Annars bara 2 hovmästarsås.",
    [X(4, "surströmming"), L("HOVMASTAR", 2)],
    "conditional on an item the catalog does not have",
    ["conditional"],
    rv="conditional",
)
M(c, "W", "sv", "QUESTION", "Vad kostar glasmästarsillen i 1,4 kg? Vi funderar på att byta från kryddsillen.")
M(
    c,
    "W",
    "sv",
    "ORDER",
    "lägg till 2 lådor leksands brungräddat på fredagens leverans tack",
    [L("LEKSANDS-BRUN", 2)],
    "addition to a placed order",
)
M(
    c,
    "W",
    "sv",
    "ORDER",
    "Beställning lördag: 2 dillsill, 2 glasmästarsill, 1 kartong Wasa Sesam & Havssalt och 1 påse kryddpeppar. /Jonna",
    [L("SILL-DILL", 2), L("SILL-GLAS", 2), L("WASA-SESAM", 1), L("ALLSPICE", 1)],
)
M(
    c,
    "W",
    "sv",
    "ORDER",
    "3 kg kallrökt lax skivad i 1 kg-pack, 2 flaskor Skåne och en hink sötstark senap",
    [L("SMOKED-SLICED", 3, "1kg"), L("AQ-SKANE", 2), L("MUSTARD-SWEET", 1)],
    "3 kg in 1 kg packs = 3 packs",
    ["count", "number_in_name"],
)

c = "skolmat-lund"
M(
    c,
    "E",
    "sv",
    "ORDER",
    "Ämne: Beställning v.24\n\nHej,\nVi beställer till måndag 12/6 (leverans före kl 7):\n- Köttbullar 25g: 30 kg\n"
    "- Fiskbullar frysta: 15 kg\n- Filmjölk 3% 5L bag-in-box: 20 st\n- Lingonsylt 5 kg hink: 3 st\n\n"
    "Med vänlig hälsning\nAnnika Berg\nKökschef, Kulparkens skola\nSkolgatan 14, 222 41 Lund\nTel 020 7946 0561",
    [
        L("MB-25", 30),
        L("FISHBALL", 15),
        L("FILMJOLK-3", 20, "5L Bag-in-Box"),
        L("LINGON-JAM", 3, "5kg Bucket"),
    ],
    "v.24, 12/6, kl 7, street number, postcode and phone are not quantities; 25g, 3%, 5L, 5 kg are sizes",
    ["signature", "number_in_name"],
)
M(
    c,
    "E",
    "sv",
    "ORDER",
    "Hej! Den vanliga beställningen till onsdag, men 40 kg köttbullar i stället för 30 – vi har temadag. /Annika",
    ref=R("usual", replace=[A(MB, 40)]),
    notes="reference; bare 'köttbullar' is 25g or cocktail 15g",
)
M(
    c,
    "E",
    "sv",
    "ORDER",
    "Hej, Annika här igen. Kan ni lägga till 800 portionsknäcke och 2 säckar havregryn på torsdagens leverans? Tack!",
    [L("KNACKE-PORTION", 4), L("OATS", 2)],
    "800 portions = 4 boxes of 200",
    ["count", "non_order_request"],
)
M(
    c,
    "E",
    "sv",
    "QUESTION",
    "Hej,\nJag skulle vilja veta om era vegobullar är fria från soja och ägg – vi har tre elever med allergi. "
    "Kan ni skicka innehållsförteckningen?\n/Annika Berg",
    tags=["non_order_request"],
)
M(
    c,
    "E",
    "sv",
    "ORDER",
    "Hej, vi behöver 4 prästost till måndag och 12 matlagningsgrädde.",
    [A(PRAST, 4), L("CREAM-COOK", 12)],
    "bare 'prästost' is lagrad or mild",
)
M(
    c,
    "E",
    "sv",
    "OTHER",
    "Skolan har sommarlov från 19 juni till 14 augusti. Inga leveranser under den perioden. Första leveransen efter "
    "lovet blir 15/8. /Annika",
)
M(
    c,
    "E",
    "sv",
    "ORDER",
    "Till fredag: 10 filmjölk och 6 lätt filmjölk 1 liter",
    [L("FILMJOLK-3", 10, None), L("FILMJOLK-LATT", 6)],
    "plain 'filmjölk' is the 3% (lätt carries its word); its size (1L or 5L) is not given",
)
M(
    c,
    "E",
    "sv",
    "ORDER",
    "Hej! Till tisdag: 3 hinkar lingonsylt 5 kg, 2 kartonger smör, 4 prästost mild och 2 herrgård. Annika",
    [L("LINGON-JAM", 3, "5kg Bucket"), L("BUTTER", 2), L("PRAST-MILD", 4), L("HERRGARD", 2)],
)
M(
    c,
    "E",
    "sv",
    "ORDER",
    "Hej, vi tar 4 Västerbottensost och 4 prästost mild till nästa vecka.",
    [X(4, "Västerbottensost"), L("PRAST-MILD", 4)],
    "Västerbottensost: not in catalog",
)

c = "fika-hornet"
M(
    c,
    "S",
    "sv",
    "ORDER",
    "hej! 3 kartonger kanelbullar 2 kardemummabullar 6 zoegas tack",
    [L("BULLE-KANEL", 3), L("BULLE-KARD", 2), L("COF-ZOEGAS", 6)],
    "list without commas",
    ["spoken"],
)
M(
    c,
    "S",
    "sv",
    "ORDER",
    "kan ni skicka 2 kardemumma ocksa? den malda",
    [L("CARD-GROUND", 2)],
    "'den malda' names the ground cardamom",
    ["non_order_request", "romanised"],
)
M(
    c,
    "S",
    "sv",
    "ORDER",
    "hej vi behover muggar 1 kartong till fredag",
    [L("CUPS-HOT", 1, None)],
    "cup size not given",
    ["romanised"],
)
M(
    c,
    "S",
    "sv",
    "ORDER",
    "samma som vanligt men dubbelt med vispgradde, vi har tartdag lordag",
    ref=R("usual", double=["CREAM-40"]),
    tags=["romanised"],
)
M(
    c,
    "S",
    "sv",
    "COMPLAINT",
    "fick 2 kartonger kardemummabullar igar men det var kanelbullar i bada. vill byta",
    tags=["romanised"],
)
M(
    c,
    "S",
    "sv",
    "ORDER",
    "hej kan jag fa 12 loka citron burkar",
    [L("LOKA-CIT", None)],
    "12 cans is half a case of 24: not a whole number of cases",
    ["container", "romanised", "non_order_request"],
)
M(
    c,
    "S",
    "sv",
    "CANCEL",
    "hej, avboka fredagens leverans, vi har stangt pga vattenlacka. aterkommer",
    tags=["romanised"],
)
M(
    c,
    "S",
    "sv",
    "ORDER",
    "2 kvarg vanilj och 1 parlsocker tack",
    [L("KVARG-VAN", 2), L("PEARL-SUGAR", 1)],
    tags=["romanised"],
)
M(
    c,
    "S",
    "sv",
    "ORDER",
    "1 sack vetemjol + 2 pase kardemummafron",
    [L("WHEAT-FLOUR", 1), L("CARD-SEEDS", 2)],
    tags=["romanised"],
)

c = "are-fjallhotell"
M(
    c,
    "E",
    "sv",
    "ORDER",
    "Ämne: Inköpsorder PO ÅF-2281\n\nHej,\nVänligen leverera till Åre Fjällhotell, varumottagningen, tisdag 13/6:\n\n"
    "1. Kallrökt laxsida förskivad – 4 st\n2. Gravlax 200 g – 20 pkt\n3. Inlagd sill 3 kg hink – 2 st\n"
    "4. Hjortronsylt 2 kg – 2 hinkar\n5. Skyr naturell 5 kg – 3 st\n\nMvh\nPer Ekström, inköp\n"
    "Åre Fjällhotell, Fjällvägen 3, 837 52 Åre\n+44 7700 900563",
    [
        L("SMOKED-SIDE", 4),
        L("GRAVLAX-PACK", 20),
        L("SILL-INLAGD", 2, "3kg Bucket"),
        L("CLOUDBERRY-JAM", 2, "2kg Bucket"),
        L("SKYR-NAT", 3, "5kg Bucket"),
    ],
    "PO number, date, list numbering, street number, postcode and phone are not quantities",
    ["signature", "number_in_name"],
)
M(
    c,
    "E",
    "sv",
    "ORDER",
    "Hej,\nInför midsommarbuffén (280 gäster) behöver vi utöver ordinarie order: 12 hinkar inlagd sill 3 kg, "
    "8 kallrökta laxsidor, 30 kg köttbullar och 10 askar värmeljus.\nMvh Per",
    [L("SILL-INLAGD", 12, "3kg Bucket"), L("SMOKED-SIDE", 8), A(MB, 30), L("TEALIGHTS", 10)],
    "large order with a reason (midsummer buffet), not an outlier; bare 'köttbullar' is 25g or cocktail 15g",
    ["number_in_name"],
)
M(
    c,
    "E",
    "sv",
    "ORDER",
    "Vi behöver 3 kartonger middagsservetter i rött till midsommar samt 4 askar kronljus, vita.",
    [L("NAPKIN-DINNER", 3, None, nofill=True), L("CANDLE-DINNER", 4, "White")],
    "dinner napkins come in white, black and dark green: red does not exist (ambiguous, never filled from history)",
)
M(
    c,
    "E",
    "sv",
    "QUESTION",
    "Hej, kan ni ge ett pris på 40 kg cocktailköttbullar och 10 hinkar rårörda lingon till ett bröllop i augusti? "
    "Vi beställer inte ännu.",
    tags=["non_order_request"],
)
M(
    c,
    "E",
    "sv",
    "CHANGE",
    "Hej, kan vi flytta tisdagens leverans (PO ÅF-2281) till onsdag 14/6? Allt annat oförändrat. /Per",
    change=[],
)
M(
    c,
    "E",
    "sv",
    "ORDER",
    "Lägg till på onsdagens order: 6 kartonger Nordljus 5,2 50 cl burk och 3 kartonger Kopparberg päron. Tack, Per",
    [L("BEER-NL-52", 6, "24 x 50cl Can"), L("CIDER-KOPP-PEAR", 3)],
    "addition to a placed order",
    ["number_in_name"],
)
M(
    c,
    "E",
    "sv",
    "ORDER",
    "Vanliga ordern till fredag tack, plus 2 kartonger lingonportioner extra.",
    ref=R("usual", add=[L("LINGON-PORTION", 2)]),
)
M(
    c,
    "E",
    "sv",
    "ORDER",
    "Hej, 6 hinkar skyr naturell 5 kg och 40 paket gravlax 200 g till torsdag. Per",
    [L("SKYR-NAT", 6, "5kg Bucket"), L("GRAVLAX-PACK", 40)],
)
M(
    c,
    "E",
    "sv",
    "ORDER",
    "Till hotellbutiken: 4 stora burkar lingonsylt och 10 små burkar hjortronsylt.",
    [L("LINGON-JAM", 4, "1.2kg Jar"), L("CLOUDBERRY-JAM", 10, "400g Jar")],
    "size words: the big lingon jar is 1.2kg (the 5kg is a bucket), the small cloudberry jar 400g",
)

c = "strandkiosken"
M(
    c,
    "W",
    "sv",
    "ORDER",
    "Hej! Vi öppnar Strandkiosken i Varberg på lördag 🌞 Första beställningen, vi betalar vid leverans: "
    "4 kartonger Loka naturell, 4 Loka citron, 2 kartonger djungelvrål, 2 tyrkisk peber, 2 kartonger tunnbröd "
    "och 1 kartong pappersmuggar 20 cl. Mvh Sanna",
    [
        L("LOKA-NAT", 4),
        L("LOKA-CIT", 4),
        L("DJUNGELVRAL", 2),
        L("TYRKISK", 2),
        L("TUNNBROD", 2),
        L("CUPS-HOT", 1, "20cl"),
    ],
    "first order, paid on delivery",
    ["new_customer", "emoji"],
)
M(
    c,
    "W",
    "sv",
    "ORDER",
    "Kan vi öppna ett konto med 30 dagars betalning? Då vill vi ha 3 kartonger kanelbullar till nästa vecka.",
    [L("BULLE-KANEL", 3)],
    "depends on a 30-day account being opened",
    ["new_customer", "credit"],
    rv="credit",
)
M(
    c,
    "W",
    "sv",
    "ORDER",
    "samma som första beställningen igen tack!",
    ref=R("last"),
    notes="a first-time customer: messages are not history",
    tags=["new_customer", "ambiguous_reference"],
)
M(c, "W", "sv", "QUESTION", "Har ni glass? Typ pinnglass i kartong?", tags=["new_customer", "not_in_catalog"])
M(
    c,
    "W",
    "sv",
    "ORDER",
    "Kan ni skicka 2 kartonger loka citron och 1 påse söt lakrits till lördag? Vi betalar kontant vid leverans som förra gången.",
    [L("LOKA-CIT", 2), L("LAKRITS-SWEET", 1)],
    "paid on delivery",
    ["new_customer", "non_order_request"],
)

c = "bageriet-umea"
M(
    c,
    "W",
    "sv",
    "ORDER",
    "Hej! Till måndag: 3 säckar fint rågmjöl 25 kg, 2 säckar grovt rågmjöl 25 kg, 1 fullkornsrågmjöl och 4 vetemjöl. /Björn",
    [L("RYE-FINE", 3, "25kg"), L("RYE-COARSE", 2, "25kg"), L("RYE-WHOLE", 1), L("WHEAT-FLOUR", 4)],
    tags=["number_in_name"],
)
M(
    c,
    "W",
    "sv",
    "ORDER",
    "behöver 2 säckar rågmjöl till",
    [A(RYE, 2, "25kg")],
    "bare 'rågmjöl' is fine, coarse or wholegrain; all three come in sacks",
    ["unit_word"],
)
M(
    c,
    "W",
    "sv",
    "ORDER",
    "3 grovt rågmjöl till onsdag tack",
    [L("RYE-COARSE", 3, None)],
    "bag size (2kg or 25kg) not given",
)
M(
    c,
    "W",
    "sv",
    "ORDER",
    "Har ni mellangrovt rågmjöl? Då tar vi 2 säckar.",
    [X(2, "medium rye flour")],
    "only fine, coarse and wholegrain rye are stocked",
    ["conditional"],
    rv="conditional",
)
M(
    c,
    "W",
    "sv",
    "ORDER",
    "50 kg fint rågmjöl och 2 kg hel kardemumma",
    [L("RYE-FINE", 2, "25kg"), L("CARD-WHOLE", 2)],
    "50 kg = 2 sacks of 25kg; 2 kg = 2 bags of 1kg",
    ["count", "weight"],
)
M(
    c,
    "W",
    "sv",
    "ORDER",
    "1 säck krossade rågkärnor också, till samma leverans",
    [L("RYE-KROSS", 1)],
    "the cracked rye comes in a 10kg bag; 'säck' is the customer's word",
)
M(
    c,
    "W",
    "sv",
    "QUESTION",
    "Vad kostar fint rågmjöl i 2 kg-påsar om vi tar 50 st? Vi funderar på att sälja i butiken.",
)

# ============================================================ Norwegian (Bokmål)
c = "fjordkroa"
M(
    c,
    "W",
    "no",
    "ORDER",
    "Hei! Bestilling til fredag:\n3 røkt laks side\n15 kg kjøttkaker\n10 seterrømme\n8 kasser Ringnes\nMvh Eirik",
    [L("SMOKED-SIDE", 3), L("KJOTTKAKER", 15), L("ROMME-35", 10), L("BEER-RINGNES", 8)],
)
M(
    c,
    "W",
    "no",
    "ORDER",
    "Trenger 3 brunost og 2 rømme til i morgen",
    [A(BRUNOST, 3), A(ROMME, 2)],
    "bare 'brunost' and 'rømme' are families",
)
M(
    c,
    "W",
    "no",
    "ORDER",
    "Samme som forrige uke, men 10 flasker Linie 70 cl i stedet for 6 og ikke noe flatbrød",
    ref=R("last", replace=[L("AQ-LINIE", 10, "70cl")], remove=["FLATBROD"]),
)
M(
    c,
    "W",
    "no",
    "ORDER",
    "Kan dere sende 48 bokser Ringnes til lørdag?",
    [L("BEER-RINGNES", 2)],
    "48 cans = 2 cases of 24",
    ["count", "container", "non_order_request"],
)
M(
    c,
    "W",
    "no",
    "COMPLAINT",
    "Torskeloinsene som kom på tirsdag hadde vært tint og frosset igjen. Gjelder 2 esker. Vi vil ha kreditnota.",
)
M(
    c,
    "W",
    "no",
    "ORDER",
    "Hei, 4 kg pinnekjøtt og 2 esker torskeloins takk",
    [X(4, "pinnekjøtt"), L("COD-LOINS", 2)],
)
M(
    c,
    "W",
    "no",
    "ORDER",
    "2 kasser fiskeboller på boks og 4 Linie",
    [L("FISHBALL-TIN", 2), L("AQ-LINIE", 4, None)],
    "Linie bottle size not given",
)
M(
    c,
    "W",
    "no",
    "OTHER",
    "Takk for raskt svar i går! Ny kokk hos oss heter Lars, han sender bestillingene fra nå av fra 07700 900574.",
)
M(
    c,
    "W",
    "no",
    "ORDER",
    "2 bøtter rørte tyttebær og 2 esker torskeloins til onsdag",
    [L("LINGON-RAROR", 2), L("COD-LOINS", 2)],
)
M(
    c,
    "W",
    "no",
    "ORDER",
    "Hei, 20 kg kjøttkaker, 3 flatbrød og 1 kasse lutefisk til torsdag. Eirik",
    [L("KJOTTKAKER", 20), L("FLATBROD", 3), L("LUTEFISK", 1)],
)

c = "kantine-nydalen"
M(
    c,
    "E",
    "no",
    "ORDER",
    "Emne: Bestilling uke 24 – Kantine Nydalen\n\nHei,\nVi bestiller følgende til mandag 12. juni:\n"
    "• Fiskeboller frosne: 20 kg\n• Kjøttkaker: 25 kg\n• Vegetarboller: 10 kg\n• Norvegia: 6 stk\n• Jarlsberg: 4 stk\n\n"
    "Vennlig hilsen\nKari Holm\nKantinesjef\nNydalsveien 33, 0484 Oslo\nTlf. 020 7946 0575",
    [L("FISHBALL", 20), L("KJOTTKAKER", 25), L("MB-VEG", 10), L("NORVEGIA", 6), L("JARLSBERG", 4)],
    "plain 'Norvegia' is the 26% (vellagret carries its word); uke 24, date, street number, postcode and phone "
    "are not quantities",
    ["signature"],
)
M(c, "E", "no", "ORDER", "Hei, vanlig bestilling til onsdag, takk. Kari", ref=R("usual"))
M(
    c,
    "E",
    "no",
    "ORDER",
    "Diktert: tolv poser friele tolv lettrømme to esker tregafler og to esker trekniver",
    [L("COF-FRIELE", 12), L("ROMME-18", 12), L("CUTLERY-FORK", 2), L("CUTLERY-KNIFE", 2)],
    "dictated, number words, no commas",
    ["spoken", "voice"],
)
M(
    c,
    "E",
    "no",
    "ORDER",
    "Kan vi få 3 brunost 4 kg i tillegg til fredag?",
    [L("BRUNOST-G35", 3, "4kg Block")],
    "only the Gudbrandsdalsost comes as a 4kg block",
    ["number_in_name", "non_order_request"],
)
M(
    c,
    "E",
    "no",
    "QUESTION",
    "Jeg lurer på om dere har laktosefri seterrømme? Flere av de ansatte spør.",
    tags=["non_order_request", "not_in_catalog"],
)
M(
    c,
    "E",
    "no",
    "CHANGE",
    "Endring på ordren til mandag: 30 kg kjøttkaker i stedet for 25. Resten som før.",
    change=[L("KJOTTKAKER", 30)],
)
M(
    c,
    "E",
    "no",
    "ORDER",
    "Send 60 stk Jarlsberg til torsdag.",
    [L("JARLSBERG", 60)],
    "60 blocks against a usual 4, no reason given",
    outlier=True,
)
M(
    c,
    "E",
    "no",
    "CHANGE",
    "Beklager, feil i forrige melding – det skulle være 6 Jarlsberg, ikke 60.",
    change=[L("JARLSBERG", 6)],
    tags=["self_correction"],
)
M(
    c,
    "E",
    "no",
    "ORDER",
    "Tillegg til fredag: 3 esker trekniver, 3 esker tregafler og 2 kartonger hvite middagsservietter.",
    [L("CUTLERY-KNIFE", 3), L("CUTLERY-FORK", 3), L("NAPKIN-DINNER", 2, "White")],
)
M(
    c,
    "E",
    "no",
    "ORDER",
    "Til tirsdag: 4 Gudbrandsdalsost 4 kg, 8 Norvegia, 2 Norvegia vellagret og 12 poser Friele.",
    [L("BRUNOST-G35", 4, "4kg Block"), L("NORVEGIA", 8), L("NORVEGIA-AGED", 2), L("COF-FRIELE", 12)],
    tags=["number_in_name"],
)

c = "bryggebaren"
M(
    c,
    "S",
    "no",
    "ORDER",
    "hei 10 kasser ringnes 4 skerry ipa 4 fjord cider 4,5 til fre",
    [L("BEER-RINGNES", 10), L("BEER-IPA", 4), L("CIDER-FJORD-45", 4)],
    "'4,5' is the strength",
    ["spoken"],
)
M(
    c,
    "S",
    "no",
    "ORDER",
    "trenger servietter svarte 2 kartonger",
    [A(NAPKINS, 2, "Black")],
    "black exists for dinner and cocktail napkins",
)
M(c, "S", "no", "ORDER", "samme som sist men dobbelt opp med cider", ref=R("last", double=["CIDER-FJORD-45"]))
M(c, "S", "no", "QUESTION", "har dere aperol? og hva koster linie 1 liter", tags=["not_in_catalog"])
M(
    c,
    "S",
    "no",
    "ORDER",
    "3 flasker linie 1L og 2 kasser fjord 0,0 takk",
    [L("AQ-LINIE", 3, "1L"), L("CIDER-FJORD-00", 2)],
    tags=["number_in_name"],
)
M(
    c,
    "S",
    "no",
    "ORDER",
    "2-3 kasser lonkero til helga",
    [L("LONKERO", None)],
    "a range: quantities not stated exactly",
    ["range"],
)
M(
    c,
    "S",
    "no",
    "ORDER",
    "send 4 kasser ol og 2 loka",
    [A(BEERS, 4), A(LOKA, 2)],
    "'ol' (øl) is any beer; 'loka' naturell or citron",
    ["romanised"],
)
M(c, "S", "no", "OTHER", "nytt nr til baren: 07700 900576. slett det gamle")
M(
    c,
    "S",
    "no",
    "ORDER",
    "1 kartong djungelvral og 2 kasser loka naturell",
    [L("DJUNGELVRAL", 1), L("LOKA-NAT", 2)],
    tags=["romanised"],
)
M(
    c,
    "S",
    "no",
    "ORDER",
    "skerry 4 kasser + linie 70 x3 til lordag",
    [L("AQ-LINIE", 3, "70cl"), L("BEER-IPA", 4)],
)
M(
    c,
    "S",
    "no",
    "ORDER",
    "2 store linie og 3 sma",
    [L("AQ-LINIE", 2, "1L"), L("AQ-LINIE", 3, "50cl")],
    "size words: big = 1L, small = 50cl",
    ["romanised"],
)
M(c, "S", "no", "COMPLAINT", "fikk 4 kasser fjord 0,0 i stedet for 4,5. vil ha riktige")

# ============================================================ Danish
c = "smorrebrodshuset"
M(
    c,
    "W",
    "da",
    "ORDER",
    "Hej! Til torsdag:\n5 marinerede sild 1,4 kg\n3 krydret sild\n6 kasser rugbrød\n8 kg frikadeller\nTak, Mette",
    [L("SILL-INLAGD", 5, "1.4kg Jar"), L("SILL-KRYDD", 3), L("RUGBROD", 6), L("FRIKADELLER", 8)],
    tags=["number_in_name"],
)
M(
    c,
    "W",
    "da",
    "ORDER",
    "2 kasser stenbiderrogn",
    [L("ROE-LUMP", 2, None)],
    "colour (black or red) not given",
)
M(
    c,
    "W",
    "da",
    "ORDER",
    "Samme som sidste uge, men 8 kg pillede rejer i stedet for 6 og uden havarti",
    ref=R("last", replace=[L("PRAWNS-COLD", 8)], remove=["HAVARTI"]),
    notes="8 kg = 8 bags of 1kg",
)
M(
    c,
    "W",
    "da",
    "ORDER",
    "Kan I sende 4 sild mere til i morgen?",
    [A(SILL, 4)],
    "bare 'sild'; the restaurant buys marinated and spiced",
    ["non_order_request"],
)
M(c, "W", "da", "ORDER", "6 flasker Aalborg til fredag", [L("AQ-AALBORG", 6, None)], "bottle size not given")
M(c, "W", "da", "QUESTION", "Hvad koster Aalborg Taffel i 1 liter, og kan man få den i kasser af 6?")
M(
    c,
    "W",
    "da",
    "COMPLAINT",
    "Rugbrødet i går var mugget i 2 af kasserne. Kan I sende nyt med næste levering og kreditere?",
)
M(
    c,
    "W",
    "da",
    "ORDER",
    "3 dåser remoulade, nej vent, 2 spande remoulade og 1 havarti",
    [L("REMOULADE", 2), L("HAVARTI", 1)],
    "self-correction: 2",
    ["self_correction"],
)
M(
    c,
    "W",
    "da",
    "ORDER",
    "Til fredag: 2 kasser rødt stenbiderrogn, 6 kg pillede rejer og 2 røget laks sider 🙏",
    [L("ROE-LUMP", 2, "Red"), L("PRAWNS-COLD", 6), L("SMOKED-SIDE", 2)],
    tags=["emoji"],
)
M(
    c,
    "W",
    "da",
    "ORDER",
    "6 flasker Aalborg Taffel 70 cl og 3 kasser Skerry IPA til lørdag",
    [L("AQ-AALBORG", 6, "70cl"), L("BEER-IPA", 3)],
)
M(
    c,
    "W",
    "da",
    "CHANGE",
    "Kan vi ændre torsdagens ordre: 4 kasser rugbrød i stedet for 6?",
    change=[L("RUGBROD", 4)],
)

c = "kantinen-aarhus"
M(
    c,
    "E",
    "da",
    "ORDER",
    "Emne: Ordre PO 7713-K\n\nHej,\nVi bestiller til levering mandag:\n- Frikadeller frost 25 kg\n- Rugbrød skiver 12 kasser\n"
    "- Merrild 103 mellemristet 15 poser\n- Madlavningsfløde 1 l: 10 stk\n\nVenlig hilsen\nJonas Madsen\n"
    "Kantineleder, Kantinen Aarhus Havn\nHavnegade 21, 8000 Aarhus C\nTlf. +44 20 7946 0579",
    [L("FRIKADELLER", 25), L("RUGBROD", 12), L("COF-MERRILD", 15), L("CREAM-COOK", 10)],
    "103 is part of the coffee's name",
    ["signature", "number_in_name"],
)
M(
    c,
    "E",
    "da",
    "ORDER",
    "Hej, det sædvanlige til onsdag, tak. Plus 2 kasser trætallerkener 26 cm.",
    ref=R("usual", add=[L("PLATES", 2, "26cm")]),
)
M(
    c,
    "E",
    "da",
    "ORDER",
    "Vi skal bruge 2000 trægafler og 2000 trækniver til næste uge.",
    [L("CUTLERY-FORK", 2), L("CUTLERY-KNIFE", 2)],
    "2000 = 2 boxes of 1000",
    ["count"],
)
M(c, "E", "da", "OTHER", "Kantinen holder lukket i uge 29-31. Vi genoptager bestillingerne 7. august.")
M(c, "E", "da", "ORDER", "5 danbo til fredag, tak", [A(DANBO, 5)], "bare 'danbo' is mild or extra lagret")
M(
    c,
    "E",
    "da",
    "ORDER",
    "Kan I sende en halv kasse smør med torsdagens levering?",
    [L("BUTTER", 0.5)],
    "half a case: a fraction of the selling unit",
    ["fraction", "non_order_request"],
)
M(
    c,
    "E",
    "da",
    "QUESTION",
    "Kan I oplyse allergenerne i jeres frikadeller? Vi skal bruge en liste til skiltningen.",
    tags=["non_order_request"],
)
M(
    c,
    "E",
    "da",
    "ORDER",
    "Hej igen – 12 kasser rugbrød og 3 danbo lagret til torsdag. Mvh Jonas",
    [L("RUGBROD", 12), L("DANBO-LAGRET", 3)],
)
M(
    c,
    "E",
    "da",
    "ORDER",
    "2 kasser trætallerkener 23 cm og 5 kasser smør, tak.",
    [L("PLATES", 2, "23cm"), L("BUTTER", 5)],
)
M(
    c,
    "E",
    "da",
    "COMPLAINT",
    "Der manglede frikadeller i mandagens levering – følgesedlen siger 25 kg, men vi vejede 22 kg.",
)

c = "cafe-norrebro"
M(
    c,
    "S",
    "da",
    "ORDER",
    "hej 4 espressobonner 2 spandauer 8 piskeflode",
    [L("COF-ESPRESSO", 4), L("WIENERBROD", 2), L("CREAM-40", 8)],
    tags=["spoken", "romanised"],
)
M(
    c,
    "S",
    "da",
    "ORDER",
    "2 ks kopper 40 cl + 2 ks laag",
    [L("CUPS-HOT", 2, "40cl"), L("CUP-LIDS", 2)],
    "'laag' is låg, lids",
    ["romanised"],
)
M(c, "S", "da", "ORDER", "kopper x3", [L("CUPS-HOT", 3, None)], "cup size not given")
M(c, "S", "da", "ORDER", "det samme som sidst tak 😊", ref=R("last"), tags=["emoji"])
M(c, "S", "da", "QUESTION", "har i havremælk?", tags=["not_in_catalog"])
M(
    c,
    "S",
    "da",
    "ORDER",
    "30 dåser loka naturell",
    [L("LOKA-NAT", None)],
    "30 cans is 1.25 cases: not a whole number",
    ["container"],
)
M(
    c,
    "S",
    "da",
    "ORDER",
    "kanelsnegle 2 kasser og kardemommeboller 1",
    [L("BULLE-KANEL", 2), L("BULLE-KARD", 1)],
)
M(
    c,
    "S",
    "da",
    "ORDER",
    "3 kasser wienerbrød spandauer og 2 poser merrild",
    [L("WIENERBROD", 3), L("COF-MERRILD", 2)],
)
M(
    c,
    "S",
    "da",
    "ORDER",
    "2 kasser havredrik barista og 4 poser merrild",
    [X(2, "oat drink"), L("COF-MERRILD", 4)],
)

c = "festsalen"
M(
    c,
    "E",
    "da",
    "ORDER",
    "Emne: Bryllup lørdag 17/6 – 140 kuverter\n\nHej,\nTil brylluppet bestiller vi:\n- 6 røget laks sider\n"
    "- 4 gravlaks sider\n- 3 spande marinerede sild 3 kg\n- 10 kg pillede rejer 90/250\n- 6 flasker Aalborg Taffel 1 liter\n"
    "- 3 kasser middagsservietter hvide\n- 4 æsker kronelys hvide\n\nVh\nLine Friis\n"
    "Festsalen Catering, Vestergade 5, 5000 Odense C\n07700 900580",
    [
        L("SMOKED-SIDE", 6),
        L("GRAVLAX-SIDE", 4),
        L("SILL-INLAGD", 3, "3kg Bucket"),
        L("PRAWNS-COLD", 10),
        L("AQ-AALBORG", 6, "1L"),
        L("NAPKIN-DINNER", 3, "White"),
        L("CANDLE-DINNER", 4, "White"),
    ],
    "a wedding for 140: a reason, not an outlier; 10 kg = 10 bags of 1kg; 90/250 is the prawn size",
    ["signature", "count", "number_in_name"],
)
M(
    c,
    "E",
    "da",
    "ORDER",
    "Hej, vores sædvanlige event-ordre til konfirmationen, tak.",
    ref=R("usual"),
    notes="the caterer never repeats a basket: no usual order",
    tags=["ambiguous_reference"],
)
M(
    c,
    "E",
    "da",
    "ORDER",
    "Samme som sidste ordre, men med 8 røget laks sider. Levering fredag.",
    ref=R("last", replace=[L("SMOKED-SIDE", 8)]),
)
M(
    c,
    "E",
    "da",
    "QUESTION",
    "Kan vi få et tilbud på 300 trætallerkener 26 cm og 20 flasker brennivín til et islandsk firmaarrangement? "
    "Det er ikke en bestilling endnu.",
    tags=["non_order_request"],
)
M(
    c,
    "E",
    "da",
    "ORDER",
    "2 æsker kronelys i guld og 2 æsker fyrfadslys til fredag",
    [L("CANDLE-DINNER", 2, None, nofill=True), L("TEALIGHTS", 2)],
    "gold candles do not exist (white, ivory, red): ambiguous, never filled from history",
)
M(c, "E", "da", "CANCEL", "Konfirmationen den 24/6 er aflyst – annullér venligst ordren. Beklager.")
M(
    c,
    "E",
    "da",
    "ORDER",
    "Til receptionen fredag (60 gæster): 4 kasser sorte cocktailservietter og 3 æsker fyrfadslys.",
    [L("NAPKIN-COCKTAIL", 4, "Black"), L("TEALIGHTS", 3)],
)
M(
    c,
    "E",
    "da",
    "ORDER",
    "Tak! Tilføj venligst 2 kasser hvide middagsservietter til fredagens levering.\n\n"
    "> Den 13. jun. skrev ordre@hafgard.example:\n> Vi bekræfter jeres ordre: 6 røget laks sider, 4 gravlaks sider, 10 kg rejer.",
    [L("NAPKIN-DINNER", 2, "White")],
    "only the line above the quote is new",
    ["quoted"],
)

# ============================================================ Finnish
c = "ravintola-kuu"
M(
    c,
    "W",
    "fi",
    "ORDER",
    "Moi! Perjantaiksi:\n2 sinappisilliä\n2 matjessilliä\n3 muikunmätiä\n3 kpl viipaloitu kylmäsavulohi 1 kg\nKiitos, Aino",
    [L("SILL-SENAP", 2), L("SILL-MATJES", 2), L("ROE-LOJROM", 3), L("SMOKED-SLICED", 3, "1kg")],
    tags=["number_in_name"],
)
M(c, "W", "fi", "ORDER", "tarvitaan 2 lohta lisää huomiseksi", [A(LOHI, 2)], "bare 'lohi' is any salmon")
M(
    c,
    "W",
    "fi",
    "ORDER",
    "Sama kuin viime viikolla, mutta 6 lakkahilloa 4:n sijaan",
    ref=R("last", replace=[L("CLOUDBERRY-JAM", 6, None)]),
    notes="jar size not given",
)
M(
    c,
    "W",
    "fi",
    "ORDER",
    "48 tölkkiä Lapin Kultaa IV A",
    [L("BEER-LAPIN-IVA", 2)],
    "48 cans = 2 cases of 24",
    ["count", "container"],
)
M(
    c,
    "W",
    "fi",
    "QUESTION",
    "Haluaisin tietää, onko teillä poronlihaa tai poronkäristystä? Tarvitsisimme noin 10 kg viikossa.",
    tags=["non_order_request", "not_in_catalog"],
)
M(
    c,
    "W",
    "fi",
    "ORDER",
    "3 puolukkahilloa ja 2 pulloa salmiakkikossua",
    [L("LINGON-JAM", 3, None), L("KOSK-SALMIAKKI", 2)],
    "jam size not given",
)
M(c, "W", "fi", "COMPLAINT", "Lämminsavulohilaatikossa oli vain 8 annosta, pitäisi olla 10. Lasku 40917.")
M(
    c,
    "W",
    "fi",
    "ORDER",
    "lisätkää torstain toimitukseen 2 laatikkoa lämminsavulohta ja 3 ruisreikäleipää",
    [L("HOTSMOKED", 2), L("RUISREIKA", 3)],
    "addition to a placed order",
)
M(
    c,
    "W",
    "fi",
    "ORDER",
    "2 pulloa Koskenkorva Salmiakkia ja 4 laatikkoa Lapin Kulta IVA",
    [L("KOSK-SALMIAKKI", 2), L("BEER-LAPIN-IVA", 4)],
)
M(
    c,
    "W",
    "fi",
    "ORDER",
    "Lakkahilloa 2 kg ämpäri x2 ja 2 lappia",
    [L("CLOUDBERRY-JAM", 2, "2kg Bucket"), L("LAPPI", 2)],
    tags=["number_in_name"],
)

c = "pajakulma"
M(
    c,
    "E",
    "fi",
    "ORDER",
    "Aihe: Tilaus vk 24\n\nHei,\nTilaamme maanantaiksi:\n- lihapullat 25 g: 20 kg\n- kasvispullat: 8 kg\n"
    "- ruisreikäleipä: 6 laatikkoa\n- Paulig Juhla Mokka 500 g: 20 pss\n\nYstävällisin terveisin\nMatti Lehtonen\n"
    "Lounasravintola Pajakulma\nHatanpäänkatu 8, 33100 Tampere\npuh. 07700 900585",
    [L("MB-25", 20), L("MB-VEG", 8), L("RUISREIKA", 6), L("COF-JUHLA", 20)],
    "vk 24, street number, postcode and phone are not quantities",
    ["signature", "number_in_name"],
)
M(
    c,
    "E",
    "fi",
    "ORDER",
    "Hei, tavallinen tilaus keskiviikoksi, mutta ei kaurahiutaleita tällä kertaa. -Matti",
    ref=R("usual", remove=["OATS"]),
)
M(
    c,
    "E",
    "fi",
    "ORDER",
    "10 rahkaa ja 12 ruokakermaa perjantaiksi",
    [A(RAHKA, 10), L("CREAM-COOK", 12)],
    "bare 'rahka' is natural, vanilla or Kesella 10%",
)
M(
    c,
    "E",
    "fi",
    "ORDER",
    "kolme ämpäriä puolukkasurvosta kaksi lappia ja kaksi säkkiä kaurahiutaleita",
    [L("LINGON-RAROR", 3), L("LAPPI", 2), L("OATS", 2)],
    "number words, no commas",
    ["spoken"],
)
M(c, "E", "fi", "OTHER", "Maksoimme laskun 40533 tänään, summa 1 284,60 €.")
M(
    c,
    "E",
    "fi",
    "ORDER",
    "Lähettäkää 120 kg kasvispullia torstaiksi.",
    [L("MB-VEG", 120)],
    "120 kg against a usual 8, no reason given",
    outlier=True,
)
M(c, "E", "fi", "CANCEL", "Edellinen viesti oli virhe, perukaa torstain tilaus kokonaan.")
M(c, "E", "fi", "QUESTION", "Voinko maksaa laskut jatkossa e-laskuna?", tags=["non_order_request"])
M(
    c,
    "E",
    "fi",
    "ORDER",
    "Perjantaiksi 12 rahka maustamaton ja 3 pussia jauhettua kardemummaa.",
    [L("KVARG-NAT", 12), L("CARD-GROUND", 3)],
)

c = "kahvila-sininen"
M(
    c,
    "S",
    "fi",
    "ORDER",
    "moi 3 laatikkoa kardemummapullia 6 juhla mokkaa ja 2 presidentti tummaa",
    [L("BULLE-KARD", 3), L("COF-JUHLA", 6), L("COF-PRESIDENTTI", 2)],
    tags=["spoken"],
)
M(c, "S", "fi", "ORDER", "2 pussia kardemummaa", [A(CARD, 2)], "ground, whole or seeds")
M(
    c,
    "S",
    "fi",
    "ORDER",
    "sama kuin viimeksi + 1 saakki vehnajauhoja",
    ref=R("last", add=[L("WHEAT-FLOUR", 1)]),
    tags=["romanised"],
)
M(c, "S", "fi", "ORDER", "kahvi 4 pussia", [A(COFFEE, 4)], "bare 'kahvi'")
M(
    c,
    "S",
    "fi",
    "ORDER",
    "2 tolkkia loka sitruuna",
    [L("LOKA-CIT", 2)],
    "2 cans of a product sold by the case of 24: 2 cases (small-N rule)",
    ["container", "romanised"],
)
M(
    c,
    "S",
    "fi",
    "COMPLAINT",
    "tilasin 1 laatikon 30cl kuppeja mutta tuli 20cl. voitteko vaihtaa",
    tags=["romanised"],
)
M(c, "S", "fi", "QUESTION", "onko teilla gluteenittomia pullia?", tags=["romanised", "not_in_catalog"])
M(
    c,
    "S",
    "fi",
    "ORDER",
    "3 rahka vanilja ja 1 salmiakki irtomyynti",
    [L("KVARG-VAN", 3), L("SALMIAKKI-BULK", 1)],
)
M(
    c,
    "S",
    "fi",
    "ORDER",
    "2 saakkia vehnajauhoja, 2 pussia raesokeria ja 1 pakastepuolukka",
    [L("WHEAT-FLOUR", 2), L("PEARL-SUGAR", 2), L("LINGON-FROZEN", 1)],
    tags=["romanised"],
)

c = "saunabaari"
M(
    c,
    "W",
    "fi",
    "ORDER",
    "Hei! Avaamme Saunabaari Löylyn Kalliossa ensi viikolla. Ensimmäinen tilaus, maksu toimituksen yhteydessä: "
    "5 laatikkoa lonkeroa, 4 laatikkoa Lapin Kulta III, 3 pulloa salmiakkikossua ja 1 laatikko Tyrkisk Peber. T. Ville",
    [L("LONKERO", 5), L("BEER-LAPIN-III", 4), L("KOSK-SALMIAKKI", 3), L("TYRKISK", 1)],
    "first order, paid on delivery",
    ["new_customer"],
)
M(
    c,
    "W",
    "fi",
    "ORDER",
    "laittakaa myös 2 laatikkoa siideriä",
    [A(CIDER, 2)],
    "bare 'siideri'",
    ["new_customer"],
)
M(c, "W", "fi", "OTHER", "Kiitos nopeasta toimituksesta! 👍", tags=["new_customer", "emoji"])
M(c, "W", "fi", "QUESTION", "toimitatteko lauantaisin?", tags=["new_customer"])
M(
    c,
    "W",
    "fi",
    "ORDER",
    "Toinen tilaus, maksu taas toimituksessa: 6 laatikkoa lonkeroa ja 2 laatikkoa Loka Naturell",
    [L("LONKERO", 6), L("LOKA-NAT", 2)],
    "paid on delivery",
    ["new_customer"],
)

# ============================================================ Icelandic
c = "kaffi-hofn"
M(
    c,
    "W",
    "is",
    "ORDER",
    "Halló! Fyrir fimmtudag:\n10 skyr hreint 1 kg\n4 kassar bláberjaskyr\n5 kg espressobaunir\nTakk, Sigrún",
    [L("SKYR-NAT", 10, "1kg Tub"), L("SKYR-BLA", 4), L("COF-ESPRESSO", 5)],
    "5 kg = 5 bags of 1kg",
    ["count", "number_in_name"],
)
M(c, "W", "is", "ORDER", "vantar 6 skyr í viðbót", [A(SKYR, 6)], "bare 'skyr'")
M(
    c,
    "W",
    "is",
    "ORDER",
    "sama og sidast takk, en tvofalt af rjoma",
    ref=R("last", double=["CREAM-40"]),
    tags=["romanised"],
)
M(
    c,
    "W",
    "is",
    "ORDER",
    "tveir kassar kanilsnúðar tíu reyktur lax hundrað grömm og tveir kassar pappamál þrjátíu cl",
    [L("BULLE-KANEL", 2), L("SMOKED-SLICED", 10, "100g"), L("CUPS-HOT", 2, "30cl")],
    "voice note with number words; 'hundrað grömm' and 'þrjátíu cl' are sizes",
    ["spoken", "voice"],
)
M(
    c,
    "W",
    "is",
    "QUESTION",
    "Eruð þið með hákarl? Ferðamennirnir spyrja alltaf um hann.",
    tags=["not_in_catalog"],
)
M(c, "W", "is", "ORDER", "8 skyr hreint fyrir morgundaginn", [L("SKYR-NAT", 8, None)], "tub size not given")
M(c, "W", "is", "COMPLAINT", "Rjóminn sem kom í gær var útrunninn, 6 fernur. Viljum fá nýjan.")
M(
    c,
    "W",
    "is",
    "ORDER",
    "Góðan daginn! 6 kassar vanilluskyr og 2 kassar af kanilsnúðum fyrir föstudag 😊",
    [L("SKYR-VAN", 6), L("BULLE-KANEL", 2)],
    tags=["emoji"],
)
M(
    c,
    "W",
    "is",
    "ORDER",
    "og 6 bláberjaskyr takk",
    [L("SKYR-BLA", None)],
    "6 pots or 6 cases of 12? not a whole number of cases, quantities not stated",
    ["pack"],
)

c = "hotel-vik"
M(
    c,
    "E",
    "is",
    "ORDER",
    "Efni: Pöntun vika 24\n\nGóðan dag,\nVið pöntum fyrir þriðjudag:\n- Skyr hreint 5 kg fata: 4 stk\n"
    "- Reyktur lax flak, sneitt: 3 stk\n- Grafinn lax flak: 2 stk\n- Þorskhnakkar 5 kg: 3 kassar\n\nKveðja\n"
    "Guðrún Ólafsdóttir\nInnkaupastjóri, Hótel Vík\nVíkurbraut 9, 870 Vík\nSími 07700 900588",
    [L("SKYR-NAT", 4, "5kg Bucket"), L("SMOKED-SIDE", 3), L("GRAVLAX-SIDE", 2), L("COD-LOINS", 3)],
    "'flak' is a whole side",
    ["signature", "number_in_name"],
)
M(
    c,
    "E",
    "is",
    "ORDER",
    "Sama pöntun og venjulega fyrir föstudag, en 10 kassa af Gull í stað 6.",
    ref=R("usual", replace=[L("BEER-GULL", 10)]),
)
M(
    c,
    "E",
    "is",
    "ORDER",
    "4 brúnostur 500 g og 2 kassar Finn Crisp",
    [A(["BRUNOST-G35", "BRUNOST-GEIT"], 4, "500g"), L("FINNCRISP", 2)],
    "500 g fits the Gudbrandsdalsost 500g and the Ekte Geitost 500g",
)
M(
    c,
    "E",
    "is",
    "QUESTION",
    "Mig langar að fá verðlista fyrir sumarið. Getið þið sent hann? Takk.",
    tags=["non_order_request"],
)
M(
    c,
    "E",
    "is",
    "OTHER",
    "Sjálfvirkt svar: Ég er í sumarfríi til 26. júní. Vinsamlegast hafið samband við eldhus@hotelvik.example.",
)
M(
    c,
    "E",
    "is",
    "ORDER",
    "Vid thurfum 2 kassa af sprittkertum og 4 flöskur brennivin fyrir laugardag",
    [L("TEALIGHTS", 2), L("BRENNIVIN", 4)],
    tags=["romanised"],
)
M(
    c,
    "E",
    "is",
    "ORDER",
    "Bætið við pöntun þriðjudags: 3 kassar Finn Crisp og 2 kassar hvítar servíettur 40x40.",
    [L("FINNCRISP", 3), L("NAPKIN-DINNER", 2, "White")],
    "40x40 is the dinner napkin",
    ["number_in_name"],
)

c = "grill-akureyri"
M(
    c,
    "S",
    "is",
    "ORDER",
    "4 kassar thorskhnakkar 3 poka raekjur og 6 kassar gull",
    [L("COD-LOINS", 4), L("PRAWNS-COLD", 3), L("BEER-GULL", 6)],
    "'poka' (bags): only the peeled prawns come in a bag",
    ["romanised", "spoken", "unit_word"],
)
M(c, "S", "is", "ORDER", "sama og sidast", ref=R("last"), tags=["romanised"])
M(
    c,
    "S",
    "is",
    "ORDER",
    "6 matreidslurjomi og 1 kassi smjor",
    [L("CREAM-COOK", 6), L("BUTTER", 1)],
    tags=["romanised"],
)
M(
    c,
    "S",
    "is",
    "ORDER",
    "brennivin 3 floskur og 2 kassar gull",
    [L("BRENNIVIN", 3), L("BEER-GULL", 2)],
    tags=["romanised"],
)
M(
    c,
    "S",
    "is",
    "CHANGE",
    "getid thid fært sendinguna til fimmtudags? sama innihald",
    change=[],
    tags=["romanised"],
)
M(c, "S", "is", "QUESTION", "hvad kostar lúða hjá ykkur?", tags=["not_in_catalog"])
M(
    c,
    "S",
    "is",
    "ORDER",
    "2 kassar thorskhnakkar og 6 skyr 1 kg",
    [L("COD-LOINS", 2), L("SKYR-NAT", 6, "1kg Tub")],
    tags=["romanised"],
)

# ============================================================ English
c = "nordic-stays"
M(
    c,
    "E",
    "en",
    "ORDER",
    "Subject: PO NS-40218 – breakfast restock, Stockholm Central\n\nHi team,\nPlease deliver on Tuesday 13 June before 6am:\n"
    "1. Lingonberry jam portions 20g – 6 boxes\n2. Crispbread portion packs – 6 boxes\n3. Vanilla skyr 170g – 6 cases\n"
    "4. Blueberry skyr 170g – 6 cases\n\nKind regards,\nEmma Lindqvist\nGroup Purchasing, Nordic Stays Hotels\n"
    "Kungsgatan 40, Stockholm\n+44 7700 900590",
    [L("LINGON-PORTION", 6), L("KNACKE-PORTION", 6), L("SKYR-VAN", 6), L("SKYR-BLA", 6)],
    "PO number, date, time, list numbering and signature are not quantities",
    ["signature", "number_in_name"],
)
M(
    c,
    "E",
    "en",
    "OTHER",
    "Hi, I would like to add our new breakfast manager, Oskar Nilsson (oskar@nordicstays.example), to your order "
    "confirmation e-mails. Thanks, Emma",
    tags=["non_order_request"],
)
M(
    c,
    "E",
    "en",
    "ORDER",
    "Could you also send 8 boxes of portion coffee with Thursday's delivery?",
    [A(PORTCOF, 8)],
    "light or dark roast not given",
    ["non_order_request"],
)
M(
    c,
    "E",
    "en",
    "ORDER",
    "Please repeat last week's order for Friday, but 8 cases of the blueberry skyr instead of 6 and no tealights this time.",
    ref=R("last", replace=[L("SKYR-BLA", 8)], remove=["TEALIGHTS"]),
)
M(
    c,
    "E",
    "en",
    "ORDER",
    "For the Bergen hotel: 400 tealights and 600 crispbread portions, please.",
    [L("TEALIGHTS", 4), L("KNACKE-PORTION", 3)],
    "400 = 4 boxes of 100; 600 = 3 boxes of 200",
    ["count"],
)
M(
    c,
    "E",
    "en",
    "QUESTION",
    "Can I get a price for 30 cases of vanilla skyr a week over the summer? Not ordering yet, just budgeting.",
    tags=["non_order_request"],
)
M(
    c,
    "E",
    "en",
    "ORDER",
    "Hi, for Thursday: 4 boxes of dinner candles and 2 buckets of pickled herring please. Emma",
    [L("CANDLE-DINNER", 4, None), L("SILL-INLAGD", 2, "3kg Bucket")],
    "candle colour not given; only the classic inlagd sill comes in a bucket",
    ["unit_word"],
)
M(
    c,
    "E",
    "en",
    "COMPLAINT",
    "Invoice INV-77120 charges us for 20 packs of gravlax, but only 16 arrived at the Göteborg hotel.",
)
M(
    c,
    "E",
    "en",
    "ORDER",
    "Fwd from our Malmö hotel – please process.\n\n---------- Forwarded message ----------\nFrom: Malmö breakfast team\n"
    "We're short: 2 cases Finn Crisp, 3 boxes of light roast portion coffee, 1 bag-in-box filmjölk 3%.\n----------\n"
    "Thanks, Emma",
    [L("FINNCRISP", 2), L("COF-PORT-LIGHT", 3), L("FILMJOLK-3", 1, "5L Bag-in-Box")],
    "the order is in the forwarded part",
    ["forwarded"],
)
M(
    c,
    "E",
    "en",
    "ORDER",
    "Hi, please add to Friday: 10 boxes of tealights, 4 boxes ivory dinner candles, 20 packs of gravlax 200g and "
    "2 cases of Kalles. Thanks, Emma",
    [L("TEALIGHTS", 10), L("CANDLE-DINNER", 4, "Ivory"), L("GRAVLAX-PACK", 20), L("KALLES", 2)],
)
M(
    c,
    "E",
    "en",
    "ORDER",
    "Subject: PO NS-40233 Oslo Opera\n\nPlease send Wednesday: 12 cases vanilla skyr, 2 buckets of classic pickled "
    "herring 3kg, 6 x 500g sliced cold-smoked salmon.\n\nRegards, Emma Lindqvist",
    [L("SKYR-VAN", 12), L("SILL-INLAGD", 2, "3kg Bucket"), L("SMOKED-SLICED", 6, "500g")],
    "6 x 500g = 6 packs",
    ["pack", "number_in_name"],
)

c = "fjord-lodge"
M(
    c,
    "W",
    "en",
    "ORDER",
    "hi guys for friday pls: 6 cases ringnes 3 cases fjord cider 4.5 two smoked salmon sides and 10kg kjøttkaker",
    [L("BEER-RINGNES", 6), L("CIDER-FJORD-45", 3), L("SMOKED-SIDE", 2), L("KJOTTKAKER", 10)],
    tags=["spoken"],
)
M(c, "W", "en", "ORDER", "usual for tuesday pls 👍", ref=R("usual"), tags=["emoji"])
M(
    c,
    "W",
    "en",
    "ORDER",
    "can we get 2 brown cheese and 2 cases of crispbread",
    [A(BRUNOST, 2), A(CRISP, 2)],
    "bare 'brown cheese' and 'crispbread'",
    ["non_order_request"],
)
M(
    c,
    "W",
    "en",
    "ORDER",
    "for bottles of linie 1 litre and to cases of loka",
    [L("AQ-LINIE", 4, "1L"), A(LOKA, 2)],
    "voice-to-text: 'for' = four, 'to' = two; loka naturell or citron",
    ["voice", "homophone"],
)
M(c, "W", "en", "QUESTION", "do you sell reindeer? guests keep asking for finnbiff", tags=["not_in_catalog"])
M(
    c,
    "W",
    "en",
    "ORDER",
    "2 boxes tealights and 1 case dark green napkins pls",
    [L("TEALIGHTS", 2), L("NAPKIN-DINNER", 1, "Dark Green")],
    "dark green exists only for dinner napkins",
)
M(c, "W", "en", "ORDER", "3 bottels of linnie 70cl", [L("AQ-LINIE", 3, "70cl")], tags=["typo"])
M(
    c,
    "W",
    "en",
    "ORDER",
    "2 cases wasa husman + 2 flatbrød + 10 kg kjottkaker cheers",
    [L("WASA-HUSMAN", 2), L("FLATBROD", 2), L("KJOTTKAKER", 10)],
)
M(
    c,
    "W",
    "en",
    "ORDER",
    "10 kg reindeer meat and 2 cases ringnes",
    [X(10, "reindeer meat"), L("BEER-RINGNES", 2)],
)

c = "aurora-skybar"
M(
    c,
    "S",
    "en",
    "ORDER",
    "10 cs gull 6 brennivin 4 salmiakki koskenkorva",
    [L("BEER-GULL", 10), L("BRENNIVIN", 6), L("KOSK-SALMIAKKI", 4)],
    tags=["spoken"],
)
M(c, "S", "en", "ORDER", "2 salmiakki pls", [A(SALMIAKKI, 2)], "the bulk lozenges or the Koskenkorva liqueur")
M(
    c,
    "S",
    "en",
    "ORDER",
    "same as last week but no lonkero, and add 2 cs black cocktail napkins",
    ref=R("last", add=[L("NAPKIN-COCKTAIL", 2, "Black")], remove=["LONKERO"]),
)
M(
    c,
    "S",
    "en",
    "ORDER",
    "2 cans skerry ipa, 3 cans lonkero pls",
    [L("BEER-IPA", 2), L("LONKERO", 3)],
    "small-N rule: 2 and 3 cans of products sold by the case of 24 are 2 and 3 cases",
    ["container"],
)
M(c, "S", "en", "QUESTION", "do u guys do kegs? need gull on tap", tags=["not_in_catalog"])
M(c, "S", "en", "ORDER", "napkins x2", [A(NAPKINS, 2)], "dinner or cocktail napkins, colour not given")
M(c, "S", "en", "CANCEL", "cancel tmrw's order pls, we're closed for a private event")
M(
    c,
    "S",
    "en",
    "ORDER",
    "2 bottles aalborg 1L 1 cs tyrkisk peber 2 cs loka citron",
    [L("AQ-AALBORG", 2, "1L"), L("TYRKISK", 1), L("LOKA-CIT", 2)],
    tags=["spoken"],
)
M(
    c,
    "S",
    "en",
    "ORDER",
    "48 cans gull for sat",
    [L("BEER-GULL", 2)],
    "48 cans = 2 cases of 24",
    ["count", "container"],
)
M(
    c,
    "S",
    "en",
    "ORDER",
    "3 cs lonkero, 2 cs carlsberg, 1 btl brennivin",
    [L("LONKERO", 3), X(2, "Carlsberg"), L("BRENNIVIN", 1)],
)
M(
    c,
    "S",
    "en",
    "OTHER",
    "hi I'd like to book a table for 4 tonight at 8, name is Jón",
    notes="a table booking sent to the wrong number",
    tags=["non_order_request"],
)
