# ruff: noqa  (hand-written data generator of blind set 28, kept as its writer left it)
"""The messages of holdout28 and their plain labels, all hand-written.

L(sku, qty, variant)          a catalog line (variant given exactly for products with variants)
F([candidates], qty, cv)      a bare family word: sku null with candidates (cv: a variant named in the text)
X(qty, what)                  an item the catalog does not have: sku null, no candidates
M(...)                        one message; `ref` marks a reference to history:
                              ref=dict(kind="usual"|"last", remove=[sku], double=[sku], set=[line indexes])
                              (lines not listed in `set` are additions)
"""

NOV = object()


def L(sku, q, v=NOV):
    d = {"sku": sku, "quantity": q}
    if v is not NOV:
        d["variant"] = v
    return d


def F(cands, q, cv=None):
    d = {"sku": None, "quantity": q, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    return d


def X(q, what):
    return {"sku": None, "quantity": q, "_item": what}


MESSAGES = []


def M(
    cust,
    day,
    intent,
    text,
    lines=(),
    notes="",
    tags=(),
    review=None,
    ref=None,
    outlier=False,
    nohist=False,
    nofill=False,
    change=None,
    lang=None,
    channel=None,
):
    MESSAGES.append(
        dict(
            customer=cust,
            date="2027-06-%02d" % day,
            intent=intent,
            text=text,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            review=review,
            ref=ref,
            outlier=outlier,
            nohist=nohist,
            nofill=nofill,
            change=change,
            lang=lang,
            channel=channel,
        )
    )


CAN, BTL = "24 x 500ml Can", "20 x 500ml Bottle"
CLASSIC, XXL = "Classic 35g (box of 28)", "XXL 50g (box of 24)"
KIEL = [
    "KIEL-KRAK-SUCHA",
    "KIEL-SLASKA",
    "KIEL-PODWAWELSKA",
    "KIEL-ZWYCZAJNA",
    "KIEL-MYSLIWSKA",
    "KIEL-BIALA",
    "KIEL-WIEJSKA",
]
BEERS = [
    "TYSKIE",
    "ZYWIEC-BEER",
    "LECH-PREMIUM",
    "LECH-FREE",
    "PERLA",
    "URSUS",
    "TIMISOREANA",
    "SVYTURYS",
    "OBOLON",
]

# ---------------------------------------------------------------- polski-sklep (Polish, WhatsApp)
M(
    "polski-sklep",
    7,
    "ORDER",
    "Dzień dobry, na środę prosimy: 8 kg śląskiej, 4 kg krakowskiej suchej, 3 kartony kabanosów wieprzowych, "
    "20 chlebów żytnich 800g, 5 zgrzewek tyskie puszka. Dziękuję, Ewa",
    [
        L("KIEL-SLASKA", 8),
        L("KIEL-KRAK-SUCHA", 4),
        L("KABANOS-PORK", 3),
        L("CHLEB-ZYTNI", 20, "800g"),
        L("TYSKIE", 5, CAN),
    ],
    notes="zgrzewka tyskie puszka = case of cans; 800g is the loaf variant",
)
M(
    "polski-sklep",
    8,
    "ORDER",
    "Ewa z Polskiego Sklepu. Dorzućcie do środy 2 śmietany i 3 twarogi, i jeszcze 4 skrzynki ogórków kiszonych",
    [
        F(["SMIETANA-18", "SMIETANA-12"], 2),
        F(["TWAROG-POLTLUSTY", "TWAROG-TLUSTY", "TWAROG-SERNIK"], 3),
        L("KISZONE-JAR", 4),
    ],
    notes="addition to Wednesday's order; śmietana and twaróg are bare family words; skrzynki (crates) of "
    "ogórki kiszone rules out the 5kg tub, so the jars",
)
M(
    "polski-sklep",
    9,
    "QUESTION",
    "Czy macie już ogórki małosolne w tym sezonie? Klienci pytają codziennie",
    tags=["not_in_catalog"],
    notes="ogórki małosolne (half-sour) not in catalog",
)
M(
    "polski-sklep",
    10,
    "ORDER",
    "To co zawsze na piątek, ale tyskie 7 zamiast 5 i bez żurku 🙏",
    [L("TYSKIE", 7, None)],
    ref=dict(kind="usual", remove=["ZUREK"], set=[0]),
    tags=["emoji"],
    notes="the usual with Tyskie 7 instead of 5 and no żurek; the text does not say cans or bottles",
)
M(
    "polski-sklep",
    11,
    "COMPLAINT",
    "W ostatniej dostawie 2 słoiki ogórków były rozbite, a kefir miał datę do wczoraj. Proszę o korektę faktury "
    "FV/2027/06/118.",
)
M(
    "polski-sklep",
    12,
    "ORDER",
    "Na poniedziałek: 3 kartony pierogów ruskich 450g, 2 zgrzewki kefiru 400ml, 2 pudełka prince polo classic",
    [L("PIEROGI-RUSKIE", 3, "10 x 450g"), L("KEFIR", 2, "12 x 400ml"), L("PRINCE-POLO", 2, CLASSIC)],
)
M(
    "polski-sklep",
    13,
    "ORDER",
    "24 puszki żywca i 48 puszek lecha proszę na poniedziałek",
    [L("ZYWIEC-BEER", 1), L("LECH-PREMIUM", 2)],
    tags=["container", "count"],
    notes="24 cans = 1 case, 48 cans = 2 cases; cans of Żywiec can only be the beer (Żywiec Zdrój comes in "
    "bottles); Lech is Lech Premium (Lech Free carries its word)",
)
M(
    "polski-sklep",
    9,
    "ORDER",
    "Ewa here: for Thursday 2 bags krówki 1kg and 3 boxes prince polo xxl",
    [L("KROWKI", 2, "1kg"), L("PRINCE-POLO", 3, XXL)],
    lang="en",
)
M(
    "polski-sklep",
    11,
    "ORDER",
    "Ewa: 4 kg krakowska and 2 kg podwawelska for Saturday thx",
    [L("KIEL-KRAK-SUCHA", 4), L("KIEL-PODWAWELSKA", 2)],
    lang="en",
)
M(
    "polski-sklep",
    12,
    "ORDER",
    "For Friday: 3 cases of Warka and 2 boxes pork kabanos",
    [X(3, "Warka beer"), L("KABANOS-PORK", 2)],
    notes="Warka not in catalog",
    lang="en",
)
M(
    "polski-sklep",
    13,
    "ORDER",
    "poproszę dwa kartony kabanosów wieprzowych trzy skrzynki kefiru litrowego i jedną zgrzewkę perły",
    [L("KABANOS-PORK", 2), L("KEFIR", 3, "6 x 1L"), L("PERLA", 1)],
    tags=["spoken"],
    notes="voice note without commas; number words start the items",
)
M(
    "polski-sklep",
    10,
    "OTHER",
    "Chciałabym zarezerwować stolik dla 6 osób na sobotę na 19:00, na nazwisko Zielińska",
    tags=["non_order_request"],
    notes="a table booking sent to the wholesaler by mistake",
)
M(
    "polski-sklep",
    8,
    "ORDER",
    "i 3 zgrzewki tyskie, zapomniałam",
    [L("TYSKIE", 3, None)],
    notes="ambiguous: Tyskie with no can or bottle; the shop only buys cans",
)

# ---------------------------------------------------------------- delikatesy-wisla (Polish, e-mail)
M(
    "delikatesy-wisla",
    7,
    "ORDER",
    "Temat: Zamówienie tydz. 23\n\nDzień dobry,\nproszę o dostawę na czwartek 10.06:\n- kiełbasa myśliwska 3 kg\n"
    "- szynka wiejska 4 kg\n- boczek wędzony 3 kg\n- makrela wędzona 4 kg\n- matjas 2 wiadra\n"
    "- twaróg sernikowy 3 szt\n\nPozdrawiam\nKrzysztof Nowicki\nDelikatesy Wisła\n214 Kirkstall Road, Leeds LS4 2AZ\n"
    "tel. 07700 900282",
    [
        L("KIEL-MYSLIWSKA", 3),
        L("SZYNKA-WIEJSKA", 4),
        L("BOCZEK", 3),
        L("MAKRELA", 4),
        L("SLEDZ-MATJAS", 2),
        L("TWAROG-SERNIK", 3),
    ],
    tags=["signature"],
    notes="tydz. 23, 10.06, street number and phone are not quantities; wiadra = the 2.5kg tubs",
)
M(
    "delikatesy-wisla",
    8,
    "ORDER",
    "Proszę dołożyć 2 kartony kabanosów i 6 kg goudy do zamówienia na czwartek. K. Nowicki",
    [F(["KABANOS-PORK", "KABANOS-CHICKEN"], 2), L("GOUDA", 6)],
    notes="kabanosy without pork or chicken is a family word",
)
M(
    "delikatesy-wisla",
    9,
    "QUESTION",
    "Dzień dobry, jaka będzie cena za kg krakowskiej suchej od lipca? Słyszałem o podwyżce u producenta.",
)
M(
    "delikatesy-wisla",
    10,
    "ORDER",
    "Temat: powtórka\n\nProszę to samo co w zeszłym tygodniu, plus 2 pudełka pączków. Dziękuję, Krzysztof",
    [L("PACZKI", 2)],
    ref=dict(kind="last"),
)
M(
    "delikatesy-wisla",
    11,
    "COMPLAINT",
    "Temat: Reklamacja FV 58817\n\nW dostawie z wtorku brakowało szynki wiejskiej: zamówione 4 kg, przyszło 2 kg. "
    "Proszę o korektę.\n\nKrzysztof Nowicki",
)
M(
    "delikatesy-wisla",
    12,
    "ORDER",
    "Na sobotę jeszcze 30 pudełek ptasiego mleczka waniliowego i 2 kartony wedla mlecznego",
    [L("PTASIE-VAN", 3), L("WEDEL-MLECZNA", 2)],
    tags=["count"],
    notes="30 boxes of Ptasie Mleczko = 3 cases of 10",
)
M(
    "delikatesy-wisla",
    13,
    "CHANGE",
    "Dzień dobry, w zamówieniu na czwartek proszę zmienić makrelę z 4 kg na 6 kg. Reszta bez zmian.",
    change=[L("MAKRELA", 6)],
)
M(
    "delikatesy-wisla",
    9,
    "ORDER",
    "Please add 2 tubs herring in oil and 4 kg boczek to Thursday. KN",
    [L("SLEDZ-OLEJ", 2), L("BOCZEK", 4)],
    lang="en",
)
M(
    "delikatesy-wisla",
    11,
    "ORDER",
    "Temat: wtorek 15.06\n\nNa przyszły wtorek: ser królewski 5 kg, gouda 5 kg, masło extra 2 kartony.\n\nK. Nowicki",
    [L("KROLEWSKI", 5), L("GOUDA", 5), L("BUTTER", 2)],
)
M(
    "delikatesy-wisla",
    12,
    "ORDER",
    "For Saturday's delivery: 4 kg of pork kabanos. KN",
    [L("KABANOS-PORK", 2)],
    tags=["weight", "count"],
    notes="4 kg of pork kabanosy = 2 boxes of 20 x 100g",
    lang="en",
)

# ---------------------------------------------------------------- baltic-deli (Lithuanian, WhatsApp)
M(
    "baltic-deli",
    7,
    "ORDER",
    "Labas, užsakymas trečiadieniui: skilandis 3 kg, Bočių duona 15 vnt, kefyras 1L 3 dėžės, šprotai 2 dėžės. Ačiū! Rasa",
    [L("SKILANDIS", 3), L("CHLEB-BOCIU", 15), L("KEFIR", 3, "6 x 1L"), L("SPROT-RIGA", 2)],
)
M(
    "baltic-deli",
    8,
    "ORDER",
    "Rasa čia. Dar 4 dėžės giros ir 2 maišus cepelinų",
    [L("KWAS", 4, None), L("CEPELINAI", 2)],
    notes="ambiguous: gira (kvass) with no bottle size",
)
M(
    "baltic-deli",
    9,
    "QUESTION",
    "Ar turite šakotį? Prieš Jonines norėtume užsisakyti kelis.",
    tags=["not_in_catalog"],
    notes="šakotis (tree cake) not in catalog",
)
M(
    "baltic-deli",
    10,
    "ORDER",
    "Kaip visada penktadieniui, tik dvigubai Švyturio",
    ref=dict(kind="usual", double=["SVYTURYS"]),
    notes="the usual with double Švyturys",
)
M(
    "baltic-deli",
    11,
    "ORDER",
    "hi its Rasa from baltic deli, can u add 2 grietinė and 4 boxes glazed curd bars to friday pls",
    [F(["SMIETANA-18", "SMIETANA-12"], 2), L("GLAZED-CURD", 4)],
    lang="en",
    tags=["non_order_request"],
    notes="grietinė (sour cream) is a family word: 18% or 12%",
)
M(
    "baltic-deli",
    12,
    "ORDER",
    "Šeštadieniui 40 dėžių kefyro 1L",
    [L("KEFIR", 40, "6 x 1L")],
    outlier=True,
    notes="about 13 times the usual 3 cases, no reason given",
)
M("baltic-deli", 12, "CANCEL", "Atsiprašau, tie 40 dėžių kefyro buvo klaida. Atšaukite tą užsakymą, prašau.")
M(
    "baltic-deli",
    9,
    "ORDER",
    "Penktadieniui: 5 maišai cepelinų, 4 dėžės glaistytų sūrelių, 2 dėžės grikių",
    [L("CEPELINAI", 5), L("GLAZED-CURD", 4), L("KASZA-GRYCZANA", 2)],
)
M(
    "baltic-deli",
    11,
    "ORDER",
    "Rasa again - 6 boxes of Svyturys and 3 kg smoked mackerel for Friday thanks",
    [L("SVYTURYS", 6), L("MAKRELA", 3)],
    lang="en",
)
M(
    "baltic-deli",
    13,
    "ORDER",
    "Jei turite šakotį, atsiųskite 2 vnt su penktadienio užsakymu, jei ne - nieko.",
    [X(2, "šakotis")],
    review=True,
    nohist=True,
    tags=["conditional"],
    notes="conditional order on an item not in catalog",
)
M(
    "baltic-deli",
    10,
    "OTHER",
    "Automatinis atsakymas: esu atostogose iki birželio 21 d. Skubiais klausimais skambinkite 07700 900283.",
    notes="auto-reply",
)

# ---------------------------------------------------------------- magazin-dacia (Romanian, WhatsApp)
M(
    "magazin-dacia",
    7,
    "ORDER",
    "Bună ziua! Pentru miercuri vă rog: 6 kg telemea de vacă, 4 kg slănină afumată, 6 cutii mici, 10 cozonaci, "
    "3 baxuri zacuscă. Mulțumesc, Mihaela",
    [L("TELEMEA-VACA", 6), L("SLANINA", 4), L("MICI", 6), L("COZONAC", 10), L("ZACUSCA", 3)],
)
M(
    "magazin-dacia",
    8,
    "ORDER",
    "Mai adăugați vă rog 5 baxuri de bere românească la comanda de miercuri",
    [F(["URSUS", "TIMISOREANA"], 5)],
    notes="bere românească: Ursus or Timișoreana",
)
M(
    "magazin-dacia",
    9,
    "ORDER",
    "Și 3 kg telemea și 4 baxuri Borsec pentru vineri",
    [F(["TELEMEA-VACA", "TELEMEA-OAIE"], 3), L("BORSEC", 4)],
    notes="telemea with no cow or sheep",
)
M(
    "magazin-dacia",
    10,
    "QUESTION",
    "Aveți pufuleți? Și cât costă baxul de mălai acum?",
    tags=["not_in_catalog"],
    notes="pufuleți not in catalog",
)
M(
    "magazin-dacia",
    11,
    "ORDER",
    "Ca de obicei pentru marți, dar fără gogonele și cu 2 baxuri de ROM în plus",
    [L("ROM", 2)],
    ref=dict(kind="usual", remove=["GOGONELE"]),
)
M(
    "magazin-dacia",
    12,
    "COMPLAINT",
    "Mici-urile de săptămâna trecută au venit decongelate, 2 cutii. Nu le pot vinde așa.",
)
M(
    "magazin-dacia",
    13,
    "ORDER",
    "Pentru sâmbătă: 30 de cozonaci și 18 doze de Ursus",
    [L("COZONAC", 30), L("URSUS", None)],
    tags=["container"],
    nohist=True,
    notes="18 cans is not a whole number of cases of 24",
)
M(
    "magazin-dacia",
    10,
    "ORDER",
    "Pentru sâmbătă: 3 baxuri Eugenia, 3 cutii ROM, 2 baxuri gogonele",
    [L("EUGENIA", 3), L("ROM", 3), L("GOGONELE", 2)],
)
M(
    "magazin-dacia",
    12,
    "ORDER",
    "Vă rog 6 baxuri Ursus la doză și 4 baxuri Timișoreana",
    [L("URSUS", 6), L("TIMISOREANA", 4)],
)
M(
    "magazin-dacia",
    8,
    "ORDER",
    "hello it's mihaela from dacia i want four boxes mici two cases ursus cans and ten cozonac",
    [L("MICI", 4), L("URSUS", 2), L("COZONAC", 10)],
    lang="en",
    tags=["spoken"],
    notes="voice note without commas",
)
M(
    "magazin-dacia",
    13,
    "OTHER",
    "Aș vrea să vorbesc cu cineva despre prețurile pentru Crăciun, mă puteți suna?",
    tags=["non_order_request"],
    notes="asks for a call back; not an order",
)

# ---------------------------------------------------------------- kyiv-corner (Ukrainian, WhatsApp)
M(
    "kyiv-corner",
    7,
    "ORDER",
    "Добрий день! На середу: сало 4 кг, бородинський 20 шт, пельмені зі свининою 8 пакетів, оболонь 6 ящиків. Дякую, Оксана",
    [L("SALO", 4), L("CHLEB-BOROD", 20), L("PELMENI-PORK", 8), L("OBOLON", 6)],
)
M(
    "kyiv-corner",
    8,
    "ORDER",
    "Ще 3 ящики кефіру і 2 ящики квасу, будь ласка",
    [L("KEFIR", 3, None), L("KWAS", 2, None)],
    notes="ambiguous: kefir and kvass with no size",
)
M(
    "kyiv-corner",
    10,
    "ORDER",
    "Як завжди на п'ятницю, плюс 2 ящики вареників з картоплею та сиром 450г",
    [L("PIEROGI-RUSKIE", 2, "10 x 450g")],
    ref=dict(kind="usual"),
    notes="vareniki with potato and cheese are pierogi ruskie",
)
M("kyiv-corner", 11, "COMPLAINT", "Оксана. Сьогодні привезли 5 ящиків оболоні замість 6, а в рахунку 6.")
M(
    "kyiv-corner",
    12,
    "ORDER",
    "hi its oksana kyiv corner i need two bags of chicken pelmeni three cases kvass small bottles and a box of syrok",
    [L("PELMENI-CHICKEN", 2), L("KWAS", 3, "20 x 500ml"), L("GLAZED-CURD", 1)],
    lang="en",
    tags=["spoken"],
    notes="voice note; small bottles of kvass are the 500ml; syrok are the glazed curd bars",
)
M(
    "kyiv-corner",
    13,
    "OTHER",
    "Дякую за швидку доставку! Наступного понеділка магазин зачинено, не привозьте нічого.",
)
M(
    "kyiv-corner",
    9,
    "ORDER",
    "На суботу: рошен корівка 3 пакети, халва 2 ящики, шпроти 2 ящики",
    [L("ROSHEN", 3), L("HALVA", 2), L("SPROT-RIGA", 2)],
)
M(
    "kyiv-corner",
    11,
    "ORDER",
    "2 ящики майонезу Winiary 400 мл і 4 ящики сметани 18%",
    [L("MAJONEZ", 2, "12 x 400ml"), L("SMIETANA-18", 4)],
)
M(
    "kyiv-corner",
    12,
    "ORDER",
    "Оксана: 10 бородинського і 4 кг сала на понеділок",
    [L("CHLEB-BOROD", 10), L("SALO", 4)],
)
M(
    "kyiv-corner",
    13,
    "ORDER",
    "2 x 12 кефір 400мл на понеділок",
    [L("KEFIR", 2, "12 x 400ml")],
    tags=["pack"],
    notes="2 x 12 is 2 cases of 12 x 400ml",
)
M(
    "kyiv-corner",
    10,
    "QUESTION",
    "Я хотіла б дізнатися, чи можна з наступного тижня привозити на іншу адресу, у нас новий магазин",
    tags=["non_order_request"],
)

# ---------------------------------------------------------------- euro-corner (English, SMS)
M(
    "euro-corner",
    7,
    "ORDER",
    "Hi Raj at Euro Corner. 3 cs tyskie cans, 2 cs lech, 3 boxes prince polo, 2 cases tymbark apple mint. Thurs pls",
    [L("TYSKIE", 3, CAN), L("LECH-PREMIUM", 2), L("PRINCE-POLO", 3, None), L("TYMBARK-MINT", 2)],
    notes="ambiguous: prince polo with no classic or XXL",
)
M(
    "euro-corner",
    8,
    "ORDER",
    "also 2 kubus bottles and 2 grzeski",
    [L("KUBUS", 2), L("GRZESKI", 2)],
    tags=["container"],
    notes="2 bottles of Kubuś read as 2 cases (small count of a product sold by the case); "
    "2 grzeski likewise 2 boxes",
)
M(
    "euro-corner",
    9,
    "ORDER",
    "3 cs zywiec pls for thurs",
    [L("ZYWIEC-BEER", 3)],
    tags=["unit_word"],
    notes="cases narrow Żywiec to the beer: Żywiec Zdrój water is sold by the pack",
)
M(
    "euro-corner",
    10,
    "QUESTION",
    "can I get a price list for the polish beers? thinking of adding ksiazece",
    tags=["non_order_request", "not_in_catalog"],
    notes="Książęce not in catalog",
)
M(
    "euro-corner",
    11,
    "ORDER",
    "same as last week pls + 1 box red candles 24h",
    [L("ZNICZ-24H", 1, "Red")],
    ref=dict(kind="last"),
)
M(
    "euro-corner",
    12,
    "COMPLAINT",
    "the pierogi ruskie came in 2kg bags, I ordered the small 450g ones. need swapping",
)
M(
    "euro-corner",
    13,
    "ORDER",
    "2 x 24 tyskie cans and 1 x 12 zywiec still 500ml for monday",
    [L("TYSKIE", 2, CAN), L("ZDROJ-STILL", 1, "12 x 500ml")],
    tags=["pack"],
    notes="2 x 24 = 2 cases; 1 x 12 = 1 pack of 12 x 500ml",
)
M(
    "euro-corner",
    9,
    "ORDER",
    "raj: 2 cs grzeski 2 cs paluszki 1 cs kubus tues",
    [L("GRZESKI", 2), L("PALUSZKI", 2), L("KUBUS", 1)],
    tags=["spoken"],
)
M(
    "euro-corner",
    10,
    "ORDER",
    "need 112 prince polo classic bars for the weekend",
    [L("PRINCE-POLO", 4, CLASSIC)],
    tags=["count"],
    notes="112 bars = 4 boxes of 28",
)
M(
    "euro-corner",
    12,
    "ORDER",
    "can i get two cases lech a box of grzeski and three tymbark",
    [L("LECH-PREMIUM", 2), L("GRZESKI", 1), F(["TYMBARK-MINT", "TYMBARK-PEACH"], 3)],
    tags=["spoken", "non_order_request"],
    notes="voice note without commas; tymbark with no flavour is a family word",
)
M(
    "euro-corner",
    8,
    "OTHER",
    "I would like to open a proper account so we can pay monthly, what do you need from me?",
    tags=["non_order_request"],
    notes="account request",
)

# ---------------------------------------------------------------- bar-mleczny (English, e-mail)
M(
    "bar-mleczny",
    7,
    "ORDER",
    "Subject: Order for Wednesday\n\nHi team,\n\nPlease send:\n1. Pierogi ruskie 2kg catering - 4 cases\n"
    "2. Pierogi z mięsem 2kg - 3 cases\n3. Kopytka - 3 cases\n4. Żurek concentrate - 3 cases\n5. Biała kiełbasa - 4 kg\n\n"
    "Delivery before 9am please, back door on Mill Lane.\n\nThanks,\nAgata Wróbel\nBar Mleczny Pod Orłem\n020 7946 0213",
    [
        L("PIEROGI-RUSKIE", 4, "4 x 2kg"),
        L("PIEROGI-MIESO", 3, "4 x 2kg"),
        L("KOPYTKA", 3),
        L("ZUREK", 3),
        L("KIEL-BIALA", 4),
    ],
    tags=["signature"],
    notes="list numbering, 9am and the phone are not quantities",
)
M(
    "bar-mleczny",
    8,
    "ORDER",
    "Hi, could we add 2 cases of pierogi to tomorrow? The cabbage ones are running low too, so 1 case of those. Agata",
    [F(["PIEROGI-RUSKIE", "PIEROGI-MIESO", "PIEROGI-KAPUSTA"], 2), L("PIEROGI-KAPUSTA", 1)],
    tags=["non_order_request"],
    notes="pierogi with no filling is a family word",
)
M(
    "bar-mleczny",
    9,
    "QUESTION",
    "Hi, do you do bigos in catering tubs? We'd need about 10kg a week.",
    tags=["not_in_catalog"],
    notes="bigos not in catalog",
)
M(
    "bar-mleczny",
    10,
    "ORDER",
    "Please add 2 cases of oil and 1 case of majonez, the big jars, to Friday.",
    [F(["KUJAWSKI", "FLORIOL"], 2), L("MAJONEZ", 1, "6 x 700ml")],
    notes="oil is a family word (Kujawski rapeseed or Floriol sunflower); the big jars are the 700ml",
)
M(
    "bar-mleczny",
    11,
    "ORDER",
    "Subject: Monday\n\nUsual for Monday please, but 6 cases of ruskie instead of 4 and no gołąbki this week.\n\nAgata",
    [L("PIEROGI-RUSKIE", 6, None)],
    ref=dict(kind="usual", remove=["GOLABKI"], set=[0]),
    notes="the usual with 6 ruskie and no gołąbki; the text names no bag size",
)
M(
    "bar-mleczny",
    12,
    "COMPLAINT",
    "Subject: żurek\n\nThe last żurek delivery (3 cases) had 4 bottles leaking. Can you credit them please?\n\nAgata",
)
M(
    "bar-mleczny",
    13,
    "CHANGE",
    "Hi, can Monday's order come on Tuesday instead? Same items. Thanks, Agata",
    change=[],
)
M(
    "bar-mleczny",
    9,
    "ORDER",
    "Subject: Top-up\n\nCould you also send 2 cases of uszka and 2 cases of barszcz czerwony with Friday's delivery?\n\n"
    "Thanks, Agata",
    [L("USZKA", 2), L("BARSZCZ-CZERWONY", 2)],
    tags=["non_order_request"],
)
M(
    "bar-mleczny",
    12,
    "ORDER",
    "Subject: barley & flour\n\nHi, 3 cases of pęczak and 2 cases of flour please for Monday. Agata",
    [L("KASZA-JECZMIENNA", 3), F(["MAKA-TORTOWA", "MAKA-PSZENNA"], 2)],
    notes="flour is a family word",
)

# ---------------------------------------------------------------- hilltop-news (English, SMS)
M(
    "hilltop-news",
    7,
    "ORDER",
    "2 tyskie cans 2 lech 2 prince polo classic. ta - Dev, Hilltop",
    [L("TYSKIE", 2, CAN), L("LECH-PREMIUM", 2), L("PRINCE-POLO", 2, CLASSIC)],
    tags=["container", "spoken"],
    notes="2 tyskie cans read as 2 cases (small count); list without commas",
)
M("hilltop-news", 8, "QUESTION", "can I pay by card on delivery from now on?", tags=["non_order_request"])
M(
    "hilltop-news",
    9,
    "ORDER",
    "need 1 tymbark peach 1 kubus 1 paluszki for fri",
    [L("TYMBARK-PEACH", 1), L("KUBUS", 1), L("PALUSZKI", 1)],
)
M("hilltop-news", 10, "ORDER", "usual pls", ref=dict(kind="usual"))
M(
    "hilltop-news",
    11,
    "ORDER",
    "1 cs tyskie cans and 2 boxes of kinder bueno",
    [L("TYSKIE", 1, CAN), X(2, "Kinder Bueno")],
    notes="Kinder Bueno not in catalog",
)
M("hilltop-news", 12, "OTHER", "Dev here, shop shut mon 14th for a family wedding, no delivery that day pls")
M(
    "hilltop-news",
    13,
    "ORDER",
    "sat pls: one case tyskie in cans + a box grzeski",
    [L("TYSKIE", 1, CAN), L("GRZESKI", 1)],
)

# ---------------------------------------------------------------- corner-mart (English, WhatsApp)
M(
    "corner-mart",
    7,
    "ORDER",
    "Morning! For Wednesday: 3 cases perla, 3 zywiec beer, 2 cs obolon, 2 ursus, 3 berlinki, 2 bags krowki 1kg 👍",
    [
        L("PERLA", 3),
        L("ZYWIEC-BEER", 3),
        L("OBOLON", 2),
        L("URSUS", 2),
        L("BERLINKI", 3),
        L("KROWKI", 2, "1kg"),
    ],
    tags=["emoji"],
    notes="berlinki is the classic (the cheese one carries its word)",
)
M(
    "corner-mart",
    8,
    "ORDER",
    "add 2 ketchup and 2 mustard pls",
    [L("KETCHUP-LAG", 2), F(["SAREPSKA", "KREMSKA"], 2)],
    notes="ketchup is the mild Pudliszki (the hot one carries its word); mustard is a family word",
)
M(
    "corner-mart",
    9,
    "ORDER",
    "send 30 bottles of tyskie with fridays order",
    [L("TYSKIE", None, BTL)],
    tags=["container"],
    nohist=True,
    notes="30 bottles is not a whole number of crates of 20",
)
M(
    "corner-mart",
    10,
    "QUESTION",
    "do u have żubrówka or any vodka? customers keep asking",
    tags=["not_in_catalog"],
    notes="spirits not in catalog",
)
M(
    "corner-mart",
    11,
    "ORDER",
    "same as last week but 2 perla instead of 4",
    [L("PERLA", 2)],
    ref=dict(kind="last", set=[0]),
)
M(
    "corner-mart",
    12,
    "ORDER",
    "can we get 2 boxes of blue candles for the window display",
    [F(["ZNICZ-24H", "ZNICZ-3DAY"], 2)],
    nofill=True,
    tags=["non_order_request"],
    notes="candles are a family word, and no candle comes in blue: the colour stays open",
)
M(
    "corner-mart",
    13,
    "COMPLAINT",
    "2 jars of konserwowe came smashed in yesterdays delivery, photos sent. pls credit",
)
M(
    "corner-mart",
    8,
    "ORDER",
    "pls add 1 case chrzan and 1 majonez 400 to weds",
    [L("CHRZAN", 1), L("MAJONEZ", 1, "12 x 400ml")],
)
M(
    "corner-mart",
    10,
    "ORDER",
    "Luton order for sat: 2 kabanos chicken boxes, 2 ptasie mleczko chocolate, 1 box clear candles 24h",
    [L("KABANOS-CHICKEN", 2), L("PTASIE-CHOC", 2), L("ZNICZ-24H", 1, "Clear")],
)
M(
    "corner-mart",
    12,
    "ORDER",
    "2 cs obolon for sat, also is the price of perla going up?",
    [L("OBOLON", 2)],
    tags=["side_question"],
    notes="order with a side question",
)
M(
    "corner-mart",
    9,
    "OTHER",
    "please add my brother Imran to the account, he'll be sending orders from 07700 900247",
    tags=["non_order_request"],
)

# ---------------------------------------------------------------- east-euro (English, e-mail)
M(
    "east-euro",
    7,
    "ORDER",
    "Subject: order\n\nHello,\n\nFor Thursday please:\n5 kg slaska\n4 kg podwawelska\n3 cases sliced ham\n"
    "2 cases pasztet podlaski\n24 small rye bread 400g\n\nBest regards,\nStoyan Petrov\nEast Euro Mini Market\n"
    "47 Farnham Road, Slough SL1 3TJ\nMob: 07700 900290",
    [
        L("KIEL-SLASKA", 5),
        L("KIEL-PODWAWELSKA", 4),
        L("SZYNKA-SLICED", 3),
        L("PASZTET", 2),
        L("CHLEB-ZYTNI", 24, "400g"),
    ],
    tags=["signature"],
    notes="street number, postcode and phone are not quantities",
)
M(
    "east-euro",
    8,
    "ORDER",
    "Hello, please add 2 cases kefir 1 litre and 4 packs of sparkling Zywiec Zdroj big bottles. Stoyan",
    [L("KEFIR", 2, "6 x 1L"), L("ZDROJ-SPARK", 4, "6 x 1.5L")],
    notes="big bottles are the 1.5L",
)
M(
    "east-euro",
    9,
    "QUESTION",
    "Hello, what is the minimum order for free delivery? And do you deliver on Saturdays to Slough?",
)
M(
    "east-euro",
    10,
    "ORDER",
    "Subject: repeat\n\nSame as last Thursday please, without the Vegeta.\n\nStoyan",
    ref=dict(kind="last", remove=["VEGETA"]),
)
M(
    "east-euro",
    11,
    "ORDER",
    "Please add 3 cases maślanka and 2 cases butter to Thursday. Thanks",
    [L("MASLANKA", 3), L("BUTTER", 2)],
)
M(
    "east-euro",
    12,
    "OTHER",
    "Hello, our new email for invoices is accounts@easteuro-slough.example - please update your records. Stoyan",
)
M(
    "east-euro",
    13,
    "ORDER",
    "4 cases of ham for Monday please",
    [F(["SZYNKA-KONSERWOWA", "SZYNKA-SLICED"], 4)],
    notes="ham is a family word; cases rule out the country ham sold by the kg",
)
M(
    "east-euro",
    9,
    "ORDER",
    "Please send Monday: 2 cases smalec, 1 case Vegeta 200g, 1 box Wedel dark, 1 case fasolka po bretonsku. Stoyan",
    [L("SMALEC", 2), L("VEGETA", 1, "20 x 200g"), L("WEDEL-GORZKA", 1), L("FASOLKA", 1)],
)
M(
    "east-euro",
    11,
    "ORDER",
    "Stoyan: 3 cases Riga sprats and 2 boxes pączki for Thursday",
    [L("SPROT-RIGA", 3), L("PACZKI", 2)],
)
M(
    "east-euro",
    12,
    "ORDER",
    "Sorry, forgot - and 4 kefirs please",
    [L("KEFIR", None, None)],
    tags=["pack"],
    nohist=True,
    notes="4 kefirs: cartons or cases? quantities not stated in a selling unit; the size is ambiguous too",
)
M(
    "east-euro",
    13,
    "COMPLAINT",
    "Hello, the kefir on Thursday arrived warm, the van fridge was off. 2 cases went in the bin. Please credit. Stoyan",
)

# ---------------------------------------------------------------- sklep-orzel (Polish, WhatsApp)
M(
    "sklep-orzel",
    7,
    "ORDER",
    "Cześć, na wtorek: zwyczajna 6 kg, śląska 4 kg, parówki berlinki 4 kartony, berlinki z serem 2, "
    "lech 4 zgrzewki, lech free 1 zgrzewka. Marek",
    [
        L("KIEL-ZWYCZAJNA", 6),
        L("KIEL-SLASKA", 4),
        L("BERLINKI", 4),
        L("BERLINKI-SER", 2),
        L("LECH-PREMIUM", 4),
        L("LECH-FREE", 1),
    ],
)
M(
    "sklep-orzel",
    8,
    "ORDER",
    "Marek z Orła: dorzuć 3 kartony ogórków i 1 musztardę sarepską",
    [F(["KISZONE-JAR", "KONSERWOWE"], 3), L("SAREPSKA", 1)],
    notes="ogórki is a family word; kartony rules out the barrel tub",
)
M(
    "sklep-orzel",
    9,
    "ORDER",
    "2 ketchupy łagodne i 2 pikantne proszę na wtorek",
    [L("KETCHUP-LAG", 2), L("KETCHUP-PIK", 2)],
)
M(
    "sklep-orzel",
    10,
    "QUESTION",
    "Macie kaszankę? Jak tak to ile za kg",
    tags=["not_in_catalog"],
    notes="kaszanka not in catalog",
)
M(
    "sklep-orzel",
    11,
    "ORDER",
    "Jak zwykle na wtorek, ale dwa razy więcej lecha",
    ref=dict(kind="usual", double=["LECH-PREMIUM"]),
    notes="the usual with double Lech (Premium)",
)
M(
    "sklep-orzel",
    12,
    "ORDER",
    "Do 1 listopada jeszcze daleko, ale potrzebuję już 2 kartony zniczy czerwonych",
    [F(["ZNICZ-24H", "ZNICZ-3DAY"], 2, "Red")],
    notes="red znicze: both candles come in red; 1 listopada is a date",
)
M(
    "sklep-orzel",
    13,
    "CANCEL",
    "Anuluj proszę zamówienie na wtorek, mamy awarię lodówki, dam znać kiedy naprawią",
)
M(
    "sklep-orzel",
    9,
    "ORDER",
    "Jeszcze 2 kartony dżemu truskawkowego łowicz i 1 powidła",
    [L("DZEM-TRUSKAWKA", 2), L("POWIDLA", 1)],
)
M(
    "sklep-orzel",
    10,
    "ORDER",
    "Marek: for Friday 1 case tinned ham and 4 makowiec",
    [L("SZYNKA-KONSERWOWA", 1), L("MAKOWIEC", 4)],
    lang="en",
)
M(
    "sklep-orzel",
    12,
    "ORDER",
    "3 kg kaszanka and 2 kg zwyczajna for tuesday",
    [X(3, "kaszanka"), L("KIEL-ZWYCZAJNA", 2)],
    notes="kaszanka not in catalog",
    lang="en",
)
M(
    "sklep-orzel",
    8,
    "ORDER",
    "i 2 kartony dżemu łowicz do tego",
    [F(["DZEM-TRUSKAWKA", "DZEM-WISNIA"], 2)],
    notes="Łowicz jam with no fruit is a family word",
)

# ---------------------------------------------------------------- amber-deli (Lithuanian, SMS)
M(
    "amber-deli",
    7,
    "ORDER",
    "Sveiki, ketvirtadieniui: juodos duonos 16, skilandis 2 kg, šprotų 1 dėžė",
    [F(["CHLEB-BOROD", "CHLEB-BOCIU"], 16), L("SKILANDIS", 2), L("SPROT-RIGA", 1)],
    notes="juoda duona (black bread): Borodinsky or Bočių",
)
M(
    "amber-deli",
    8,
    "ORDER",
    "Dar: Švyturys 4 dėžės, cepelinai 3 maišai, vištienos pelmeniai 3 maišai",
    [L("SVYTURYS", 4), L("CEPELINAI", 3), L("PELMENI-CHICKEN", 3)],
)
M("amber-deli", 10, "ORDER", "Tas pats kaip praeitą savaitę, ačiū", ref=dict(kind="last"))
M(
    "amber-deli",
    11,
    "ORDER",
    "2 dėžės giros 2L ir 2 dėžės kefyro",
    [L("KWAS", 2, "6 x 2L"), L("KEFIR", 2, None)],
    notes="kefyras with no size is ambiguous",
)
M(
    "amber-deli",
    12,
    "COMPLAINT",
    "Vakar atvežtas skilandis buvo supelijęs, apie 1 kg. Prašau kreditinės sąskaitos.",
)
M(
    "amber-deli",
    13,
    "ORDER",
    "Šeštadieniui 10 Bočių duonos ir 2 kg skilandžio",
    [L("CHLEB-BOCIU", 10), L("SKILANDIS", 2)],
)
M(
    "amber-deli",
    9,
    "ORDER",
    "2 dėžės Borjomi ir 3 dėžės Švyturio",
    [X(2, "Borjomi"), L("SVYTURYS", 3)],
    notes="Borjomi not in catalog",
)

# ---------------------------------------------------------------- carpati-shop (Romanian, e-mail)
M(
    "carpati-shop",
    7,
    "ORDER",
    "Subiect: Comanda joi\n\nBună ziua,\n\nVă rog pentru joi:\n- telemea 5 kg\n- mici 8 cutii\n- sarmale 4 baxuri\n"
    "- mălai 5 baxuri\n\nMulțumesc,\nIoana Dumitrescu\nCarpați Shop, 112 Soho Road, Birmingham\n07700 900293",
    [F(["TELEMEA-VACA", "TELEMEA-OAIE"], 5), L("MICI", 8), L("SARMALE", 4), L("MALAI", 5)],
    tags=["signature"],
    notes="telemea with no cow or sheep is a family word",
)
M(
    "carpati-shop",
    8,
    "ORDER",
    "Bună, mai adăugați: 6 baxuri Timișoreana la doză, 6 baxuri Borsec, 12 cozonaci. Ioana",
    [L("TIMISOREANA", 6), L("BORSEC", 6), L("COZONAC", 12)],
)
M(
    "carpati-shop",
    9,
    "QUESTION",
    "Aș dori să știu dacă aveți bere Ciuc la doză și la ce preț.",
    tags=["non_order_request", "not_in_catalog"],
    notes="Ciuc not in catalog",
)
M(
    "carpati-shop",
    10,
    "ORDER",
    "Subiect: comanda\n\nCa săptămâna trecută, dar dublu zacuscă și fără gogonele.\n\nIoana",
    ref=dict(kind="last", remove=["GOGONELE"], double=["ZACUSCA"]),
)
M(
    "carpati-shop",
    11,
    "ORDER",
    "Vă rog 3 baxuri ulei de floarea soarelui Floriol și 2 cutii de batoane ROM",
    [L("FLORIOL", 3), L("ROM", 2)],
)
M(
    "carpati-shop",
    12,
    "OTHER",
    "Vă anunțăm că magazinul va fi închis pe 15 iunie pentru inventar. Vă rugăm să nu livrați în acea zi.",
)
M(
    "carpati-shop",
    13,
    "ORDER",
    "încă 2 baxuri de ulei pentru luni",
    [F(["KUJAWSKI", "FLORIOL"], 2)],
    notes="ulei (oil) is a family word",
)
M(
    "carpati-shop",
    10,
    "ORDER",
    "Bună ziua, pentru marți vă rog 4 baxuri sarmale și 3 kg slănină. Ioana",
    [L("SARMALE", 4), L("SLANINA", 3)],
)
M(
    "carpati-shop",
    12,
    "OTHER",
    "Doresc să anulez debitul direct, de acum plătim prin transfer bancar.",
    tags=["non_order_request"],
    notes="cancelling a direct debit is not a CANCEL of an order",
)

# ---------------------------------------------------------------- dnipro-deli (Ukrainian, WhatsApp)
M(
    "dnipro-deli",
    7,
    "ORDER",
    "Привіт! На четвер: пельмені 8 пакетів, гречка 4 ящики, сало 3 кг",
    [F(["PELMENI-PORK", "PELMENI-CHICKEN"], 8), L("KASZA-GRYCZANA", 4), L("SALO", 3)],
    notes="pelmeni with no filling is a family word",
)
M(
    "dnipro-deli",
    8,
    "ORDER",
    "Taras: also obolon 4 cases, borodinsky 12, sprats 3 cases",
    [L("OBOLON", 4), L("CHLEB-BOROD", 12), L("SPROT-RIGA", 3)],
    lang="en",
)
M(
    "dnipro-deli",
    9,
    "ORDER",
    "60 bags of semki please",
    [L("SEMKI", 2)],
    tags=["count"],
    notes="60 bags of seeds = 2 cases of 30",
    lang="en",
)
M(
    "dnipro-deli",
    10,
    "QUESTION",
    "Чи буде знижка, якщо брати 20 ящиків оболоні? Поки не замовляю, просто питаю.",
    tags=["non_order_request"],
    notes="price question listing a quantity, not an order",
)
M(
    "dnipro-deli",
    11,
    "ORDER",
    "Як минулого тижня, але без халви і плюс 2 ящики майонезу 700",
    [L("MAJONEZ", 2, "6 x 700ml")],
    ref=dict(kind="last", remove=["HALVA"]),
)
M(
    "dnipro-deli",
    12,
    "CHANGE",
    "Тарас: у четвер замість 3 ящиків шпрот привезіть 5, будь ласка",
    change=[L("SPROT-RIGA", 5)],
)
M(
    "dnipro-deli",
    13,
    "ORDER",
    "Pryvit, 2 yashchyky kvasu 2 litry i 3 kg makreli",
    [L("KWAS", 2, "6 x 2L"), L("MAKRELA", 3)],
    notes="Ukrainian in Latin letters",
)
M(
    "dnipro-deli",
    9,
    "ORDER",
    "Taras: 3 cases smetana 12% and 2 cases kefir 1 litre",
    [L("SMIETANA-12", 3), L("KEFIR", 2, "6 x 1L")],
    lang="en",
)
M(
    "dnipro-deli",
    10,
    "ORDER",
    "5 boxes of Mivina and 2 cases obolon",
    [X(5, "Mivina noodles"), L("OBOLON", 2)],
    notes="Mivina not in catalog",
    lang="en",
)
M(
    "dnipro-deli",
    12,
    "ORDER",
    "І ще пів ящика халви до четверга",
    [L("HALVA", 0.5)],
    review=True,
    nohist=True,
    tags=["fraction"],
    notes="half a case: a fraction of a selling unit is never shipped as written",
)

# ---------------------------------------------------------------- station-stores (English, WhatsApp)
M(
    "station-stores",
    7,
    "ORDER",
    "Hiya, for Wednesday: 4 cs tyskie cans, 3 cs zywiec beer, 3 cs lech premium, 2 perla, 2 svyturys, "
    "3 packs zywiec still 1.5L. Cheers, Gary",
    [
        L("TYSKIE", 4, CAN),
        L("ZYWIEC-BEER", 3),
        L("LECH-PREMIUM", 3),
        L("PERLA", 2),
        L("SVYTURYS", 2),
        L("ZDROJ-STILL", 3, "6 x 1.5L"),
    ],
)
M(
    "station-stores",
    8,
    "ORDER",
    "add 4 cases tymbark pls",
    [F(["TYMBARK-MINT", "TYMBARK-PEACH"], 4)],
    notes="tymbark with no flavour",
)
M(
    "station-stores",
    9,
    "ORDER",
    "yeah can you send two cases of perla three boxes of the big prince polo and a bag of krowki the big one",
    [L("PERLA", 2), L("PRINCE-POLO", 3, XXL), L("KROWKI", 1, "2.5kg")],
    tags=["spoken", "non_order_request"],
    notes="voice note; big prince polo = XXL, the big bag of krówki = 2.5kg",
)
M(
    "station-stores",
    10,
    "QUESTION",
    "what time does the driver usually get to us on weds? need to make sure someones in",
)
M(
    "station-stores",
    11,
    "ORDER",
    "usual for weds mate plus 2 cases semki",
    [L("SEMKI", 2)],
    ref=dict(kind="usual"),
)
M(
    "station-stores",
    12,
    "ORDER",
    "send 20 cases of svyturys wednesday",
    [L("SVYTURYS", 20)],
    outlier=True,
    notes="10 times the usual 2, no reason given",
)
M(
    "station-stores",
    13,
    "ORDER",
    "also 6 zywiec for weds ta",
    [F(["ZYWIEC-BEER", "ZDROJ-STILL", "ZDROJ-SPARK"], 6)],
    notes="żywiec with no unit: the beer or Żywiec Zdrój water",
)
M(
    "station-stores",
    10,
    "COMPLAINT",
    "driver left 2 cases of lech free instead of lech premium, we dont sell the 0.0 much",
)
M(
    "station-stores",
    12,
    "ORDER",
    "gary - 2 cs lech free and 2 cs tyskie bottles for fri",
    [L("LECH-FREE", 2), L("TYSKIE", 2, BTL)],
)
M(
    "station-stores",
    8,
    "ORDER",
    "3 packs zywiec zdroj 1.5 too",
    [F(["ZDROJ-STILL", "ZDROJ-SPARK"], 3, "6 x 1.5L")],
    notes="Żywiec Zdrój with no still or sparkling",
)
M(
    "station-stores",
    11,
    "QUESTION",
    "can I get a quote for 40 cases of tyskie for the summer fete? not ordering yet, just need a price",
    tags=["non_order_request"],
    notes="a quote request listing a quantity",
)

# ---------------------------------------------------------------- sunrise-convenience (English, SMS)
M(
    "sunrise-convenience",
    7,
    "ORDER",
    "pls send 2 cs tyskie cans 1 cs lech free 2 boxes prince polo classic fri",
    [L("TYSKIE", 2, CAN), L("LECH-FREE", 1), L("PRINCE-POLO", 2, CLASSIC)],
    tags=["spoken"],
)
M(
    "sunrise-convenience",
    8,
    "ORDER",
    "add 3 tymbark apple peach bottles",
    [L("TYMBARK-PEACH", 3)],
    tags=["container"],
    notes="3 bottles read as 3 cases (small count of a product sold by the case)",
)
M(
    "sunrise-convenience",
    9,
    "ORDER",
    "4 boxes of candles red 24h, and 1 box clear",
    [L("ZNICZ-24H", 4, "Red"), L("ZNICZ-24H", 1, "Clear")],
    notes="two colours of the 24h znicz",
)
M(
    "sunrise-convenience",
    10,
    "QUESTION",
    "i would like to know if you deliver to Langley on fridays too, opening a second shop",
    tags=["non_order_request"],
)
M(
    "sunrise-convenience",
    11,
    "ORDER",
    "2 cs pierogi ruskie",
    [L("PIEROGI-RUSKIE", 2, None)],
    notes="ambiguous: ruskie with no bag size",
)
M("sunrise-convenience", 12, "ORDER", "same again as last friday", ref=dict(kind="last"))
M(
    "sunrise-convenience",
    13,
    "ORDER",
    "send to boxes prince polo classic and for cases tyskie cans",
    [L("PRINCE-POLO", 2, CLASSIC), L("TYSKIE", 4, CAN)],
    tags=["homophone"],
    notes="voice-to-text: to = two, for = four",
)
M(
    "sunrise-convenience",
    9,
    "ORDER",
    "50 prince polo xxl",
    [L("PRINCE-POLO", None, XXL)],
    nohist=True,
    tags=["count"],
    notes="50 bars is not a whole number of boxes of 24",
)
M(
    "sunrise-convenience",
    10,
    "CHANGE",
    "change fridays 2 cs tyskie cans to bottles pls",
    change=[L("TYSKIE", 0, CAN), L("TYSKIE", 2, BTL)],
)
M(
    "sunrise-convenience",
    12,
    "ORDER",
    "2 cs berlinki and 1 box kabanos pork sat pls",
    [L("BERLINKI", 2), L("KABANOS-PORK", 1)],
)

# ---------------------------------------------------------------- pierogi-kitchen (English, WhatsApp)
M(
    "pierogi-kitchen",
    7,
    "ORDER",
    "Hi, Tomek from Pierogi Kitchen. Tuesday please: 3 cases ruskie 2kg, 2 cases meat pierogi 2kg, "
    "2 cases cabbage & mushroom, 3 cases sour cream 18%",
    [
        L("PIEROGI-RUSKIE", 3, "4 x 2kg"),
        L("PIEROGI-MIESO", 2, "4 x 2kg"),
        L("PIEROGI-KAPUSTA", 2),
        L("SMIETANA-18", 3),
    ],
)
M(
    "pierogi-kitchen",
    8,
    "ORDER",
    "can we get 2 sauerkraut and 2kg boczek added",
    [F(["KAPUSTA-JAR", "KAPUSTA-TUB"], 2), L("BOCZEK", 2)],
    tags=["non_order_request"],
    notes="sauerkraut with no jar or tub",
)
M(
    "pierogi-kitchen",
    9,
    "ORDER",
    "hi its tomek can i get four cases of the big ruskie bags two white sausage and a case of zurek",
    [L("PIEROGI-RUSKIE", 4, "4 x 2kg"), L("KIEL-BIALA", 2), L("ZUREK", 1)],
    tags=["spoken", "non_order_request"],
    notes="voice note; big ruskie bags = 2kg; white sausage is sold by the kg",
)
M(
    "pierogi-kitchen",
    10,
    "QUESTION",
    "Do you have pierogi with strawberries for the summer menu? Price per case?",
    tags=["not_in_catalog"],
    notes="strawberry pierogi not in catalog",
)
M(
    "pierogi-kitchen",
    11,
    "ORDER",
    "Same as usual for Tuesday but 3 cases of the meat ones instead of 2",
    [L("PIEROGI-MIESO", 3, None)],
    ref=dict(kind="usual", set=[0]),
)
M(
    "pierogi-kitchen",
    12,
    "ORDER",
    "2 cases smietana 18, sorry no make that 4, and 1 kujawski 3L",
    [L("SMIETANA-18", 4), L("KUJAWSKI", 1, "4 x 3L")],
    tags=["self_correction"],
)
M("pierogi-kitchen", 13, "OTHER", "Thanks for sorting the credit last week, all good now 👍", tags=["emoji"])
M(
    "pierogi-kitchen",
    10,
    "ORDER",
    "Tomek: 2 cases of kopytka and 1 box marjoram pls",
    [L("KOPYTKA", 2), L("MAJERANEK", 1)],
)
M(
    "pierogi-kitchen",
    12,
    "ORDER",
    "2 cases breadcrumbs and 2 cases sour cream 18 for tuesday",
    [X(2, "breadcrumbs"), L("SMIETANA-18", 2)],
    notes="breadcrumbs (bułka tarta) not in catalog",
)

# ---------------------------------------------------------------- kasztan-bar (Polish bar, writes English, e-mail)
M(
    "kasztan-bar",
    7,
    "ORDER",
    "Subject: Friday order\n\nHi,\nfor Friday: tyskie bottles 4 crates, zywiec cans 3 cases, perla 2, "
    "pork kabanos 2 boxes, paluszki 3 cases.\n\nThanks,\nPaweł\nBar Kasztan\n020 7946 0218",
    [L("TYSKIE", 4, BTL), L("ZYWIEC-BEER", 3), L("PERLA", 2), L("KABANOS-PORK", 2), L("PALUSZKI", 3)],
    tags=["signature"],
)
M(
    "kasztan-bar",
    8,
    "ORDER",
    "For Friday also 3 herring and 6 small żytni loaves",
    [F(["SLEDZ-OLEJ", "SLEDZ-MATJAS"], 3), L("CHLEB-ZYTNI", 6, "400g")],
    notes="herring with no kind is a family word; small żytni = the 400g loaf",
)
M(
    "kasztan-bar",
    9,
    "QUESTION",
    "Could we pay by bank transfer 30 days from invoice instead of on delivery?",
    tags=["non_order_request"],
)
M(
    "kasztan-bar",
    10,
    "ORDER",
    "Subject: Friday\n\nSame as last week please, only tyskie 5 crates.\n\nPaweł",
    [L("TYSKIE", 5, BTL)],
    ref=dict(kind="last", set=[0]),
    notes="crates are the bottles",
)
M(
    "kasztan-bar",
    11,
    "ORDER",
    "Subject: smalec\n\n20 jars of smalec for Friday please.\n\nPaweł",
    [L("SMALEC", 2)],
    tags=["count"],
    notes="20 jars = 2 cases of 10",
)
M("kasztan-bar", 12, "COMPLAINT", "We got 3 crates of tyskie instead of 4 but the invoice says 4. Paweł")
M(
    "kasztan-bar",
    13,
    "CHANGE",
    "Hi, please take the extra herring in oil off Friday's order, we still have stock.",
    change=[L("SLEDZ-OLEJ", 0)],
)
M(
    "kasztan-bar",
    9,
    "ORDER",
    "Paweł: 2 cases kwas chlebowy 0,5, 1 tub barrel pickles and a bag of michałki",
    [L("KWAS", 2, "20 x 500ml"), L("KISZONE-TUB", 1), L("MICHALKI", 1)],
    notes="0,5 is the 500ml bottle",
)
M(
    "kasztan-bar",
    10,
    "ORDER",
    "2-3 crates of tyskie bottles for the match on Saturday, whatever you can do",
    [L("TYSKIE", None, BTL)],
    nohist=True,
    tags=["range"],
    notes="a range: quantities not stated exactly",
)
M(
    "kasztan-bar",
    12,
    "OTHER",
    "Please send a copy of invoice 61230, our accountant needs it by the end of the month.",
    tags=["non_order_request"],
)
M(
    "kasztan-bar",
    11,
    "ORDER",
    "Paweł: ogórki kiszone 2 and paluszki 2 cases for Friday",
    [F(["KISZONE-JAR", "KISZONE-TUB"], 2), L("PALUSZKI", 2)],
    notes="ogórki kiszone: jars or the barrel tub",
)

# ---------------------------------------------------------------- millfield-news (English, SMS)
M(
    "millfield-news",
    7,
    "ORDER",
    "Millfield News: 2 lech, 2 tyskie cans, 1 zywiec beer, 1 prince polo classic for thurs",
    [L("LECH-PREMIUM", 2), L("TYSKIE", 2, CAN), L("ZYWIEC-BEER", 1), L("PRINCE-POLO", 1, CLASSIC)],
    tags=["container"],
    notes="2 tyskie cans read as 2 cases",
)
M(
    "millfield-news",
    9,
    "ORDER",
    "1 kabanos and 1 box candles",
    [F(["KABANOS-PORK", "KABANOS-CHICKEN"], 1), F(["ZNICZ-24H", "ZNICZ-3DAY"], 1)],
)
M("millfield-news", 10, "QUESTION", "whats the price of a case of lech free now?")
M("millfield-news", 11, "ORDER", "the usual for thursday thanks", ref=dict(kind="usual"))
M(
    "millfield-news",
    12,
    "ORDER",
    "15 cs lech premium thurs pls",
    [L("LECH-PREMIUM", 15)],
    outlier=True,
    notes="7 times the usual 2, no reason given",
)
M("millfield-news", 8, "ORDER", "2 cs tyskie cans pls fri. cheers", [L("TYSKIE", 2, CAN)])
M("millfield-news", 13, "CANCEL", "cancel thursday pls, shop shut for repairs till further notice")
M(
    "bar-mleczny",
    13,
    "ORDER",
    "Hi, 2 cases of barszcz for Wednesday please, we're out. Agata",
    [F(["BARSZCZ-CZERWONY", "BARSZCZ-BIALY"], 2)],
    notes="barszcz with no red or white",
)

# ---------------------------------------------------------------- wesele-catering (Polish, e-mail; never repeats)
M(
    "wesele-catering",
    7,
    "ORDER",
    "Temat: wesele 19.06\n\nDzień dobry,\nproszę o nasze zwykłe zamówienie weselne na sobotę 19 czerwca, 140 gości.\n\n"
    "Pozdrawiam,\nJolanta Kowalczyk\nWesele Catering\n07700 900300",
    ref=dict(kind="usual"),
    tags=["ambiguous_reference", "signature"],
    notes="the caterer never repeats a basket: there is no usual wedding order; 140 guests is not a quantity",
)
M(
    "wesele-catering",
    8,
    "ORDER",
    "Temat: Wesele Kowalski – 26.06\n\nProszę o:\n- kiełbasa wiejska 15 kg\n- szynka wiejska 10 kg\n"
    "- kabanosy wieprzowe 6 kartonów\n- ogórki kiszone z beczki 4 wiadra\n- chleb żytni 800g 30 szt\n- sernik 8 szt\n"
    "- bułki kajzerki 10 paczek\n\n180 gości. Dziękuję, Jolanta",
    [
        L("KIEL-WIEJSKA", 15),
        L("SZYNKA-WIEJSKA", 10),
        L("KABANOS-PORK", 6),
        L("KISZONE-TUB", 4),
        L("CHLEB-ZYTNI", 30, "800g"),
        L("SERNIK", 8),
        L("BULKI", 10),
    ],
    notes="a wedding order; 26.06 and 180 guests are not quantities",
)
M(
    "wesele-catering",
    9,
    "QUESTION",
    "Czy możecie dostarczyć w sobotę 19.06 przed 8 rano bezpośrednio na salę w Hemel Hempstead?",
)
M(
    "wesele-catering",
    10,
    "ORDER",
    "Temat: piwo na wesele\n\nProszę o 20 skrzynek tyskie w butelkach na wesele 26.06, płatność przelewem w ciągu 30 dni "
    "od faktury.\n\nJolanta Kowalczyk",
    [L("TYSKIE", 20, BTL)],
    review=True,
    nohist=True,
    tags=["credit"],
    notes="an order on 30-day credit",
)
M(
    "wesele-catering",
    12,
    "ORDER",
    "I jeszcze pierogi 6 kartonów na to samo wesele. J.K.",
    [F(["PIEROGI-RUSKIE", "PIEROGI-MIESO", "PIEROGI-KAPUSTA"], 6)],
    notes="pierogi with no filling",
)
M(
    "wesele-catering",
    11,
    "ORDER",
    "Temat: dodatek 26.06\n\nDo wesela Kowalski dołóżcie 10 kg myśliwskiej, 4 wiadra matjasów i 12 oscypków.\n\nJ.K.",
    [L("KIEL-MYSLIWSKA", 10), L("SLEDZ-MATJAS", 4), L("OSCYPEK", 12)],
)

# ---------------------------------------------------------------- casa-romana (Romanian, WhatsApp)
M(
    "casa-romana",
    7,
    "ORDER",
    "Salut! Pentru marți: mici 10 cutii, sarmale 6 baxuri, telemea de oaie 3 kg, mălai 6 baxuri. Mersi, Andrei",
    [L("MICI", 10), L("SARMALE", 6), L("TELEMEA-OAIE", 3), L("MALAI", 6)],
)
M(
    "casa-romana",
    8,
    "ORDER",
    "add 2 cases cabbage rolls please, Andrei",
    [F(["GOLABKI", "SARMALE"], 2)],
    lang="en",
    notes="cabbage rolls: gołąbki or sarmale",
)
M(
    "casa-romana",
    9,
    "QUESTION",
    "Aveți și smântână de 30%? Pentru ciorbă ne trebuie mai grasă.",
    tags=["not_in_catalog"],
    notes="30% sour cream not in catalog",
)
M(
    "casa-romana",
    10,
    "ORDER",
    "3 cases smantana and 4 cases Ursus cans",
    [F(["SMIETANA-18", "SMIETANA-12"], 3), L("URSUS", 4)],
    notes="smântână with no fat content",
    lang="en",
)
M(
    "casa-romana",
    11,
    "ORDER",
    "Usual for Tuesday but 12 boxes of mici instead of 10",
    [L("MICI", 12)],
    ref=dict(kind="usual", set=[0]),
    lang="en",
)
M(
    "casa-romana",
    12,
    "CANCEL",
    "Anulați comanda de marți vă rog, restaurantul e închis pentru renovare o săptămână.",
)
M(
    "casa-romana",
    9,
    "ORDER",
    "Andrei: 4 packs Borsec and 2 cases Floriol oil for Friday",
    [L("BORSEC", 4), L("FLORIOL", 2)],
    lang="en",
)
M(
    "casa-romana",
    10,
    "ORDER",
    "2 cases of Ciuc beer and 3 boxes mici",
    [X(2, "Ciuc beer"), L("MICI", 3)],
    notes="Ciuc not in catalog",
    lang="en",
)
M(
    "casa-romana",
    13,
    "COMPLAINT",
    "La sarmale ne-au venit 4 baxuri în loc de 6, dar factura e pe 6. Vă rog verificați.",
)

# ---------------------------------------------------------------- sklep-bociek (Polish, WhatsApp; first-time)
M(
    "sklep-bociek",
    7,
    "ORDER",
    "Dzień dobry, otwieramy sklep Bociek w Swindon w przyszłym tygodniu. Pierwsze zamówienie, płacimy gotówką przy "
    "dostawie: śląska 5 kg, zwyczajna 5 kg, tyskie puszki 3 zgrzewki, lech 3 zgrzewki, chleb żytni 800g 10 szt, "
    "chleb razowy 5 szt, kabanosy wieprzowe 2 kartony.",
    [
        L("KIEL-SLASKA", 5),
        L("KIEL-ZWYCZAJNA", 5),
        L("TYSKIE", 3, CAN),
        L("LECH-PREMIUM", 3),
        L("CHLEB-ZYTNI", 10, "800g"),
        L("CHLEB-RAZOWY", 5),
        L("KABANOS-PORK", 2),
    ],
    notes="a first order paid on delivery ships as written",
)
M("sklep-bociek", 9, "QUESTION", "Do której godziny trzeba złożyć zamówienie, żeby przyszło następnego dnia?")
M(
    "sklep-bociek",
    11,
    "ORDER",
    "To samo co pierwsze zamówienie, plus 2 kartony ptasiego mleczka czekoladowego",
    [L("PTASIE-CHOC", 2)],
    ref=dict(kind="last"),
    tags=["ambiguous_reference"],
    notes="a first-time customer's 'same as the first order': messages are not history",
)
M(
    "sklep-bociek",
    12,
    "ORDER",
    "I jeszcze 6 kg kiełbasy na sobotę",
    [F(KIEL, 6)],
    notes="kiełbasa with no kind",
)

# ---------------------------------------------------------------- green-lane (English, e-mail; first-time)
M(
    "green-lane",
    8,
    "ORDER",
    "Subject: First order - Green Lane Stores\n\nHello,\n\nWe've just opened a Polish aisle. Please send on our 30-day "
    "account:\n- 2 cases Tyskie cans\n- 2 cases Lech Premium\n- 2 boxes Prince Polo Classic\n- 1 case Pudliszki ketchup\n\n"
    "Many thanks,\nHelen Carter\nGreen Lane Stores, 9 Green Lane, Derby DE1 1RT\n020 7946 0224",
    [L("TYSKIE", 2, CAN), L("LECH-PREMIUM", 2), L("PRINCE-POLO", 2, CLASSIC), L("KETCHUP-LAG", 1)],
    review=True,
    nohist=True,
    tags=["credit", "signature"],
    notes="a first order on a 30-day account goes to review",
)
M(
    "green-lane",
    10,
    "QUESTION",
    "Hello, I would like to know which of your products are suitable for vegetarians - could you send an allergen sheet?",
    tags=["non_order_request"],
)
M(
    "green-lane",
    12,
    "ORDER",
    "Hello again, please add 1 pack of Zywiec Zdroj still 500ml and 2 bags of krowki 1kg. We'll pay the driver by card. Helen",
    [L("ZDROJ-STILL", 1, "12 x 500ml"), L("KROWKI", 2, "1kg")],
)

# ---------------------------------------------------------------- more plain orders, one or two per customer
M(
    "polski-sklep",
    11,
    "ORDER",
    "wednesday pls 2 cases chrzan and 6 oscypki",
    [L("CHRZAN", 2), L("OSCYPEK", 6)],
    lang="en",
)
M(
    "delikatesy-wisla",
    13,
    "ORDER",
    "Temat: piątek 18.06\n\nNa piątek proszę: 3 kg podwawelskiej, 2 kartony pasztetu podlaskiego i 1 karton fasolki "
    "po bretońsku.\n\nK. Nowicki",
    [L("KIEL-PODWAWELSKA", 3), L("PASZTET", 2), L("FASOLKA", 1)],
)
M(
    "baltic-deli",
    13,
    "ORDER",
    "Trečiadieniui 3 dėžės kefyro 400ml ir 2 dėžės Rygos šprotų",
    [L("KEFIR", 3, "12 x 400ml"), L("SPROT-RIGA", 2)],
)
M(
    "magazin-dacia",
    9,
    "ORDER",
    "Mihaela: 2 baxuri Floriol și 4 kg telemea de vacă pentru joi",
    [L("FLORIOL", 2), L("TELEMEA-VACA", 4)],
)
M(
    "kyiv-corner",
    13,
    "ORDER",
    "Оксана: 3 ящики гречки і 2 пакети пельменів зі свининою на середу",
    [L("KASZA-GRYCZANA", 3), L("PELMENI-PORK", 2)],
)
M(
    "euro-corner",
    11,
    "ORDER",
    "raj here - 2 cs zywiec beer and 1 pk zywiec still 500ml for thurs",
    [L("ZYWIEC-BEER", 2), L("ZDROJ-STILL", 1, "12 x 500ml")],
)
M(
    "corner-mart",
    11,
    "ORDER",
    "sat: 2 cs ursus 2 cs obolon 1 case hot ketchup",
    [L("URSUS", 2), L("OBOLON", 2), L("KETCHUP-PIK", 1)],
    tags=["spoken"],
)
M(
    "sklep-orzel",
    11,
    "ORDER",
    "Marek: 2 cases cheese berlinki and 1 case kremska mustard",
    [L("BERLINKI-SER", 2), L("KREMSKA", 1)],
    lang="en",
)
M(
    "carpati-shop",
    9,
    "ORDER",
    "Subiect: completare\n\nVă rog adăugați 2 baxuri gogonele și 3 cutii Eugenia la comanda de joi.\n\nIoana",
    [L("GOGONELE", 2), L("EUGENIA", 3)],
)
M(
    "dnipro-deli",
    11,
    "ORDER",
    "Taras: 4 bags chicken pelmeni and 2 bags korivka",
    [L("PELMENI-CHICKEN", 4), L("ROSHEN", 2)],
    lang="en",
)
M(
    "station-stores",
    13,
    "ORDER",
    "gary: 2 cs tymbark mint, 1 cs tymbark peach, 2 cs paluszki for weds",
    [L("TYMBARK-MINT", 2), L("TYMBARK-PEACH", 1), L("PALUSZKI", 2)],
)
M(
    "kasztan-bar",
    8,
    "ORDER",
    "Subject: extra\n\nFor Friday 2 cases lech free and 3 tubs herring in oil.\n\nPaweł",
    [L("LECH-FREE", 2), L("SLEDZ-OLEJ", 3)],
)
M(
    "casa-romana",
    12,
    "ORDER",
    "Andrei: 5 kg slanina and 4 cases zacusca for tuesday",
    [L("SLANINA", 5), L("ZACUSCA", 4)],
    lang="en",
)
M(
    "pierogi-kitchen",
    13,
    "ORDER",
    "Tomek: 3 cases ruskie 2kg and 2 tubs sauerkraut for Tuesday",
    [L("PIEROGI-RUSKIE", 3, "4 x 2kg"), L("KAPUSTA-TUB", 2)],
)
M(
    "amber-deli",
    12,
    "ORDER",
    "Ketvirtadieniui 2 dėžės giros 0,5 ir 3 maišai vištienos pelmenių",
    [L("KWAS", 2, "20 x 500ml"), L("PELMENI-CHICKEN", 3)],
    notes="0,5 is the 500ml bottle",
)
M(
    "millfield-news",
    9,
    "ORDER",
    "millfield: 1 cs zywiec beer + 1 cs paluszki thurs",
    [L("ZYWIEC-BEER", 1), L("PALUSZKI", 1)],
)
