# ruff: noqa  (hand-written data generator of blind set 57, kept as its writer left it)
# -*- coding: utf-8 -*-
"""Messages of the fifty-seventh blind set and their plain labels, all hand-written.

Line helpers:
  L(sku, q)          a line of a product without variants
  L(sku, q, v)       a line of a product with variants; v is the variant name, or None when the text does not say
  F(family, q, cv)   a bare family word: sku null with candidates (family key of cat57.FAMILIES or a list)
  N(q, what)         not in the catalog
Reference rows carry ref="usual"|"last" and mods, applied to the history basket by build57.py:
  ("set", sku, variant, q)  new quantity      ("add", line)  addition (resolved first)
  ("remove", sku)           removal           ("double", sku)
Without history, `lines` holds the explicit additions and new quantities, written by hand.
"""

from cat57 import FAMILIES, P

HAS_VAR = {p[0]: bool(p[6]) for p in P}
_MISSING = object()
MSGS = []


def L(sku, q, v=_MISSING):
    if HAS_VAR[sku]:
        if v is _MISSING:
            raise ValueError("variant missing for " + sku)
        return {"sku": sku, "variant": v, "quantity": q}
    if v is not _MISSING:
        raise ValueError("variant given for " + sku)
    return {"sku": sku, "quantity": q}


def F(fam, q, cv=None):
    cands = FAMILIES[fam] if isinstance(fam, str) else list(fam)
    d = {"sku": None, "quantity": q, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    d["_family"] = fam if isinstance(fam, str) else "/".join(fam)
    return d


def N(q, what):
    return {"sku": None, "quantity": q, "_item": what}


def M(
    cust,
    ch,
    lang,
    text,
    intent="ORDER",
    lines=(),
    notes="",
    tags=(),
    ref=None,
    mods=(),
    review=None,
    outlier=False,
    nohist=False,
    change=None,
):
    MSGS.append(
        dict(
            customer=cust,
            channel=ch,
            language=lang,
            text=text,
            intent=intent,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            ref=ref,
            mods=list(mods),
            review=review,
            outlier=outlier,
            nohist=nohist,
            change=change,
        )
    )


WA, SMS, EM = "WHATSAPP", "SMS", "EMAIL"

# ====================================================================== Paprika Csárda (hu, WhatsApp, steady)
c = "paprika-csarda"
M(
    c,
    WA,
    "hu",
    "Jó reggelt! Holnapra kérnék: 3 zsák finomliszt 25 kg, 4 kg gyulai, 3 kg csabai, 2 vödör tejföl 20% "
    "5 kilós. Köszi, Gábor",
    lines=[L("FL-BL55", 3, "25kg"), L("SA-GYULAI", 4), L("SA-CSABAI", 3), L("DA-TEJF20", 2, "5kg Bucket")],
    notes="zsák 25 kg picks the 25kg bag; a 5 kilós vödör of 20% is the 5kg Bucket",
    tags=["number_in_name"],
)
M(
    c,
    WA,
    "hu",
    "Szia! Jövő hétre: 3 kiló édes paprika (kilós zacskó), 2 karton Dreher, 6 üveg Egri Bikavér. Kösz!",
    lines=[F("sweet paprika", 3, "1kg"), L("BR-DREHER", 2), L("WN-BIKAVER", 6)],
    notes="édes paprika: special grade, delicate grade or Kalocsai; kilós zacskó gives candidate_variant 1kg",
)
M(
    c,
    WA,
    "hu",
    "A szokásosat kérem csütörtökre, de tejfölből csak 1 vödör legyen, és kérek még 2 karton csalamádét "
    "a nagy üvegesből.",
    lines=[L("DA-TEJF20", 1, "5kg Bucket"), L("PK-CSALAM", 2, "2 x 3.6L Catering Jar")],
    ref="usual",
    mods=[("set", "DA-TEJF20", "5kg Bucket", 1), ("add", L("PK-CSALAM", 2, "2 x 3.6L Catering Jar"))],
    notes="the usual with sour cream down to 1 bucket plus 2 cases of the catering-jar csalamádé",
)
M(
    c,
    WA,
    "hu",
    "Kérek szombatra 24 kg gyulait",
    lines=[L("SA-GYULAI", 24)],
    outlier=True,
    notes="about six times the usual 4 kg with no reason given; corrected in the next message",
)
M(
    c,
    WA,
    "hu",
    "Bocsánat, elírtam: a gyulai 4 kiló, nem 24! A többi marad.",
    intent="CHANGE",
    change=[L("SA-GYULAI", 4)],
    notes="corrects the 24 kg order to 4 kg",
    tags=["self_correction"],
)
M(
    c,
    WA,
    "hu",
    "Szeretném megkérdezni, hogy van-e mangalica kolbászotok? Ha igen, mennyi kilója?",
    intent="QUESTION",
    tags=["non_order_request"],
    notes="asks about a product that is not stocked; no order",
)
M(
    c,
    WA,
    "hu",
    "kérek két zsák finomlisztet huszonöt kilósat három vödör zsírt ötkilósat egy karton tarhonyát és két "
    "karton nokedlit",
    lines=[L("FL-BL55", 2, "25kg"), L("LD-LARD", 3, "5kg Bucket"), L("PA-TARH", 1), L("PA-NOKEDLI", 2)],
    notes="voice note without commas; number words start the items",
    tags=["spoken", "voice"],
)
M(
    c,
    WA,
    "hu",
    "Holnapra 4 kg csabai, 12 doboz Dreher és 2 üveg Szatmári szilva",
    lines=[L("SA-CSABAI", 4), L("BR-DREHER", None), L("SPR-SZILVA", 2)],
    notes="12 cans of Dreher is half a case of 24: not a whole number of cases, a human must ask",
    tags=["container"],
)
M(
    c,
    WA,
    "hu",
    "Holnapra kérek 2 kiló csemege paprikát kilós zacskóban, 1 karton tarhonyát és 6 üveg Bikavért",
    lines=[L("PAP-SZ-CSE", 2, "1kg"), L("PA-TARH", 1), L("WN-BIKAVER", 6)],
    notes="csemege paprika is the delicate grade; 2 kg in 1kg bags is 2 bags",
)
M(
    c,
    WA,
    "hu",
    "Hétfőre: 3 vödör zsír (5 kg), 2 vödör savanyú káposzta 5 kilós, 2 üveg szilvapálinka",
    lines=[L("LD-LARD", 3, "5kg Bucket"), L("PK-KRAUT-5K", 2), L("SPR-SZILVA", 2)],
    notes="a 5 kg bucket names the lard bucket (goose fat is a jar) and the 5kg sauerkraut tub",
)

# ====================================================================== Buda Deli (hu without accents, SMS, regular)
c = "buda-deli"
M(
    c,
    SMS,
    "hu",
    "Szia, holnapra: 6 db Pick teliszalami 800g, 4 Herz, 3 kg sertes tepertot, 20 kis kulonleges "
    "paprika 100g",
    lines=[L("SL-PICK", 6, "800g"), L("SL-HERZ", 4), L("LD-TEPERTO", 3), L("PAP-SZ-KUL", 20, "100g")],
    tags=["no_diacritics", "number_in_name"],
)
M(
    c,
    SMS,
    "hu",
    "80 turo rudi kene meg 2 karton piros arany csipos",
    lines=[L("DA-RUDI", 4), L("PAP-PA-HOT", 2)],
    notes="80 bars of Túró Rudi are 4 cases of 20",
    tags=["no_diacritics", "count"],
)
M(
    c,
    SMS,
    "hu",
    "hello! kellene 4 kilo teperto, 2 karton tepertokrem, 5 kilo trappista",
    lines=[F("tepertő", 4), L("LD-TEPKREM", 2), F("trappista", 5)],
    notes="tepertő: pork or goose crackling; trappista: plain or smoked",
    tags=["no_diacritics"],
)
M(
    c,
    SMS,
    "hu",
    "ugyanazt mint multkor csak a Pickbol 4 legyen",
    lines=[L("SL-PICK", 4, None)],
    ref="last",
    mods=[("set", "SL-PICK", "800g", 4)],
    notes="last order with the Pick salami at 4; the size is the one in that order",
    tags=["no_diacritics"],
)
M(
    c,
    SMS,
    "hu",
    "holnapra 2 karton piros arany csemege, 2 karton eros pista es 1 karton Univer mustar",
    lines=[L("PAP-PA-MILD", 2), L("PAP-PISTA", 2), N(1, "Univer mustard")],
    notes="mustard is not stocked",
    tags=["no_diacritics"],
)
M(
    c,
    SMS,
    "hu",
    "mennyi most a tokaji aszu 6 puttonyos? ha van akcio szoljatok",
    intent="QUESTION",
    tags=["no_diacritics", "number_in_name"],
)
M(
    c,
    SMS,
    "hu",
    "piros arany 2 karton, balaton 2 doboz, 2 karton kis uveges uborka",
    lines=[F("piros arany", 2), F("balaton", 2), L("PK-GHERK", 2, "8 x 670g Jar")],
    notes="piros arany without mild/hot; balaton without milk/dark; kis üveges uborka is the small-jar gherkins "
    "(the half-sour cucumbers only come in a 3.4kg jar)",
    tags=["no_diacritics"],
)
M(
    c,
    SMS,
    "hu",
    "Jovo heten hetfon zarva vagyunk, kedden mar nyitunk. Kedden hozzatok!",
    intent="OTHER",
    tags=["no_diacritics"],
)
M(
    c,
    SMS,
    "hu",
    "holnapra 2 karton eros pista, 5 kg trappista tomb, 3 karton pick szeletelt",
    lines=[L("PAP-PISTA", 2), L("DA-TRAP", 5), L("SL-PICK-SL", 3)],
    notes="trappista tömb is the plain block",
    tags=["no_diacritics"],
)
M(
    c,
    SMS,
    "hu",
    "kerek 10 db kis Pick 400g-ost es 6 doboz Balaton tejeset",
    lines=[L("SL-PICK", 10, "400g"), L("SW-BALATON-M", 6)],
    tags=["no_diacritics"],
)

# ====================================================================== Kiskakas Pékség (hu, WhatsApp, steady)
c = "kiskakas-pekseg"
M(
    c,
    WA,
    "hu",
    "Kedves Pannonia! Pénteki szállításra: 6 zsák BL 55 finomliszt (25 kg), 4 zsák rétesliszt, 3 zsák "
    "BL 80 kenyérliszt. Üdv, Kiskakas Pékség",
    lines=[L("FL-BL55", 6, "25kg"), L("FL-RETES", 4), L("FL-BL80", 3)],
    notes="BL 55 finomliszt names the fine flour (the strudel flour is also BL 55)",
    tags=["number_in_name"],
)
M(
    c,
    WA,
    "hu",
    "5 zacskó mák kellene meg 2 doboz élesztő holnapra",
    lines=[F("mák", 5), L("BK-YEAST", 2)],
    notes="mák: whole or ground poppy seed",
)
M(
    c,
    WA,
    "hu",
    "100 élesztő és 4 kg dió jöhet csütörtökön",
    lines=[L("BK-YEAST", 2), L("BK-WALNUT", 4)],
    notes="100 yeast cubes are 2 boxes of 50; walnuts by the 1kg bag",
    tags=["count"],
)
M(
    c,
    WA,
    "hu",
    "Ugyanaz mint a múlt héten, plusz 2 vödör máktöltelék.",
    lines=[L("BK-POPPY-FILL", 2)],
    ref="last",
    mods=[("add", L("BK-POPPY-FILL", 2))],
)
M(
    c,
    WA,
    "hu",
    "Szeretnék érdeklődni, hogy tudtok-e küldeni másolatot a május 19-i számláról, mert elveszett.",
    intent="QUESTION",
    tags=["non_order_request"],
    notes="a request for an invoice copy",
)
M(
    c,
    WA,
    "hu",
    "2 vödör túró és 1 zsír kellene péntekre",
    lines=[L("DA-TURO", 2, None), F("zsír", 1)],
    notes="túró without 1kg/5kg; zsír: lard or goose fat",
)
M(
    c,
    WA,
    "hu",
    "négy zsák rétesliszt két doboz élesztő egy csomag vaníliás cukor és öt kiló darált mák",
    lines=[L("FL-RETES", 4), L("BK-YEAST", 2), L("BK-VANSUG", 1), L("BK-POPPY-GR", 5)],
    notes="spoken list; 5 kilo of ground poppy is 5 bags of 1kg",
    tags=["spoken", "voice"],
)
M(
    c,
    WA,
    "hu",
    "A tegnapi szállításból hiányzott 2 zsák kenyérliszt, a számlán viszont rajta van.",
    intent="COMPLAINT",
)
M(
    c,
    WA,
    "hu",
    "Csütörtökre 2 vödör túró 5 kg, 1 vödör tejföl 5 kg (20%), 4 kg dió.",
    lines=[L("DA-TURO", 2, "5kg"), L("DA-TEJF20", 1, "5kg Bucket"), L("BK-WALNUT", 4)],
)
M(
    c,
    WA,
    "hu",
    "Jövő szerdára: 5 kg darált mák, 3 zsák kenyérliszt BL 80, 2 doboz élesztő",
    lines=[L("BK-POPPY-GR", 5), L("FL-BL80", 3), L("BK-YEAST", 2)],
    tags=["number_in_name"],
)

# ====================================================================== Tisza Bistro (en, e-mail, regular)
c = "tisza-bistro"
M(
    c,
    EM,
    "en",
    "Subject: Order for Thursday 8 June\n\nHi team,\n\nPlease deliver Thursday before 11am:\n- 5kg Debreceni\n"
    "- 3kg csemege szalonna\n- 6 x sour cream 12% tubs\n- 12 bottles Tokaji Furmint\n\nThanks,\nEszter Halász\n"
    "Head Chef, Tisza Bistro\n14 Wharf Road, London N1 7GR\n020 7946 0713",
    lines=[L("SA-DEBR", 5), L("LD-SZAL-CSEM", 3), L("DA-TEJF12", 6), L("WN-FURMINT", 12)],
    notes="csemege szalonna is the smoked bacon, not the paprika bacon",
    tags=["signature", "number_in_name"],
)
M(
    c,
    EM,
    "en",
    "Subject: wine top-up\n\nHi, could you add 6 bottles of the aszú and 2 Unicum 70cl to Thursday's "
    "delivery? Cheers, Eszter",
    lines=[F("aszú", 6), L("SPR-UNICUM", 2, "0.7L")],
    notes="aszú: 5 or 6 puttonyos; 70cl is the 0.7L Unicum; an addition to a placed order is ORDER",
    tags=["non_order_request"],
)
M(
    c,
    EM,
    "en",
    "Subject: usual order\n\nHi, the usual for next Thursday please, but no Unicum this week and 4 kg of "
    "the sweet paprika instead of 2.\n\nEszter",
    lines=[F("sweet paprika", 4, "1kg")],
    ref="usual",
    mods=[("remove", "SPR-UNICUM"), ("set", "PAP-SZ-KUL", "1kg", 4)],
    notes="without history the sweet paprika is open (4 kg as 1kg bags)",
)
M(
    c,
    EM,
    "en",
    "Subject: dessert wine\n\nDo you stock Tokaji Aszú 3 puttonyos? If not, please send 6 bottles of the "
    "5 puttonyos instead with Thursday's order.",
    lines=[L("WN-ASZU5", 6)],
    notes="3 puttonyos is not stocked, so the customer's own fallback applies: 6 bottles of the 5 puttonyos",
    tags=["fallback", "number_in_name"],
)
M(
    c,
    EM,
    "en",
    "Subject: wrong paprika\n\nThe 2 bags delivered as smoked paprika on Thursday were hot paprika (Erős). "
    "Please collect them and credit us.",
    intent="COMPLAINT",
)
M(
    c,
    EM,
    "en",
    "Subject: order\n\n12 jars of csalamádé (the small 720ml ones), 3kg szalonna, 2 x Unicum 1 litre.\n\n"
    "Thanks",
    lines=[L("PK-CSALAM", 2, "6 x 720ml Jar"), F("szalonna", 3), L("SPR-UNICUM", 2, "1L")],
    notes="12 small jars are 2 cases of 6; szalonna: smoked or paprika bacon",
    tags=["count"],
)
M(
    c,
    EM,
    "en",
    "Subject: Debreceni question\n\nI would like to know whether your Debreceni is smoked or fresh, and "
    "whether it contains gluten.",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    c,
    EM,
    "en",
    "Subject: Saturday\n\nFor Saturday: 2 x 6 jar cases csalamádé 720ml, 5kg debreceni, 2kg smoked "
    "paprika in 500g bags (so 4 bags).",
    lines=[L("PK-CSALAM", 2, "6 x 720ml Jar"), L("SA-DEBR", 5), L("PAP-SMOKED", 4)],
    notes="2 x 6 jars is 2 cases; 2kg of 500g bags is 4 bags",
    tags=["pack"],
)
M(
    c,
    EM,
    "en",
    "Subject: Friday\n\nHi, for Friday please: 2 x 1kg Szegedi special grade paprika, 6 x 12% sour "
    "cream, 2 bottles Unicum 0.7L.\n\nBest, Eszter",
    lines=[L("PAP-SZ-KUL", 2, "1kg"), L("DA-TEJF12", 6), L("SPR-UNICUM", 2, "0.7L")],
    tags=["number_in_name"],
)

# ====================================================================== U Zlatého Lva (cs, WhatsApp, steady)
c = "u-zlateho-lva"
M(
    c,
    WA,
    "cs",
    "Dobrý den, na pondělí prosím: 4 sudy Plzně 30l, 5 beden Kozel 10, 6 kg domácí klobásy, 3 pytle "
    "houskového knedlíku. Díky, Pavel",
    lines=[L("BR-PU-KEG", 4), L("BR-KOZEL10", 5), L("SA-DOMACI", 6), L("DM-HOUSK", 3)],
    notes="sudy (kegs) narrow Plzeň to the keg; pytle of houskový knedlík are the 5kg mix bags",
    tags=["number_in_name", "degree"],
)
M(
    c,
    WA,
    "cs",
    "3 bedny kozla a 2 sudy plzně na středu",
    lines=[F("kozel", 3), L("BR-PU-KEG", 2)],
    notes="kozel: 10°, 11° or dark",
)
M(
    c,
    WA,
    "cs",
    "dva kbelíky zelí tři krabice hermelínu dvě krabice tvarůžků a jednu bednu perlivé mattonky",
    lines=[L("PK-KRAUT-5K", 2), L("DA-HERMELIN", 3), L("DA-TVARUZ", 2), L("WA-MAT-SP", 1)],
    notes="voice note; a kbelík of sauerkraut is the 5kg tub",
    tags=["spoken", "voice"],
)
M(
    c,
    WA,
    "cs",
    "jako minule ale o jeden sud plzně víc",
    lines=[L("BR-PU-KEG", 1)],
    ref="last",
    mods=[("add", L("BR-PU-KEG", 1))],
)
M(
    c,
    WA,
    "cs",
    "pošlete 2 flašky slivovice, tu sedmičku, a 10 lahví Mattoni perlivé",
    lines=[L("SPR-SLIVO", 2, "0.7L"), L("WA-MAT-SP", None)],
    notes="sedmička is the 0.7L; 10 bottles of Mattoni is not a whole number of 6-bottle cases",
    tags=["container"],
)
M(c, WA, "cs", "Zrušte prosím pondělní objednávku, máme zavřeno kvůli poruše chlazení.", intent="CANCEL")
M(
    c,
    WA,
    "cs",
    "K pondělní objednávce přidejte prosím 2 krabice feferonek a 1 sud Staropramenu 10.",
    lines=[L("PK-FEFER", 2), N(1, "Staropramen 10° keg")],
    notes="Staropramen is not stocked",
)
M(
    c,
    WA,
    "cs",
    "Chtěl bych se zeptat, jestli můžete dovážet i v sobotu dopoledne?",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    c,
    WA,
    "cs",
    "Dobrý den, na čtvrtek 2 litrové becherovky, 2 sedmičky slivovice a 5 beden perlivé Mattonky",
    lines=[L("SPR-BECHER", 2, "1L"), L("SPR-SLIVO", 2, "0.7L"), L("WA-MAT-SP", 5)],
)

# ====================================================================== Praha Deli (cs without accents, SMS, regular)
c = "praha-deli"
M(
    c,
    SMS,
    "cs",
    "Dobry den, na zitra 6 bal. spisskych parku, 4 bal. videnskych, 3 lovecky salam, 2 krabice studentske",
    lines=[L("SA-SPIS", 6), L("SA-VIDEN", 4), L("SL-LOVEC", 3), L("SW-STUD", 2)],
    tags=["no_diacritics"],
)
M(
    c,
    SMS,
    "cs",
    "parky 5 baliku a kofola 2l 4 basy",
    lines=[F("párky", 5), L("SD-KOFOLA", 4, "6 x 2L PET")],
    notes="párky: Spišské, Vídeňské or the catering box",
    tags=["no_diacritics"],
)
M(
    c,
    SMS,
    "cs",
    "3 kofoly a 2 becherovky prosim",
    lines=[L("SD-KOFOLA", 3, None), L("SPR-BECHER", 2, None)],
    notes="3 kofoly is 3 cases (small count of a case product); neither size is stated",
    tags=["no_diacritics", "container"],
)
M(
    c,
    SMS,
    "cs",
    "jako vzdy + 2 krabice horalek",
    lines=[L("SW-HORALKY", 2)],
    ref="usual",
    mods=[("add", L("SW-HORALKY", 2))],
    tags=["no_diacritics"],
)
M(
    c,
    SMS,
    "cs",
    "poslete 30 becherovek 0,5",
    lines=[L("SPR-BECHER", 30, "0.5L")],
    outlier=True,
    notes="five times the usual 6 with no reason; corrected in the next message",
    tags=["no_diacritics"],
)
M(
    c,
    SMS,
    "cs",
    "pardon, becherovky jen 6 ne 30",
    intent="CHANGE",
    change=[L("SPR-BECHER", 6, "0.5L")],
    tags=["no_diacritics", "self_correction"],
)
M(
    c,
    SMS,
    "cs",
    "mate kofolu citrus? kdyz ano tak taky, jinak jen 2 basy mattoni neperliva",
    lines=[N(None, "Kofola Citrus"), L("WA-MAT-ST", 2)],
    notes="Kofola Citrus is not stocked and no quantity is given for it; conditional order",
    tags=["no_diacritics", "conditional"],
    nohist=True,
)
M(
    c,
    SMS,
    "cs",
    "vcera chybely 2 baliky videnskych parku, na dodacim listu jsou",
    intent="COMPLAINT",
    tags=["no_diacritics"],
)
M(
    c,
    SMS,
    "cs",
    "na patek 3 bal spisskych, 2 krabice hermelinu, 6 becherovek 0,5 l",
    lines=[L("SA-SPIS", 3), L("DA-HERMELIN", 2), L("SPR-BECHER", 6, "0.5L")],
    tags=["no_diacritics"],
)
M(
    c,
    SMS,
    "cs",
    "2 krabice mekkeho tvarohu a 4 basy kofoly 2l",
    lines=[L("DA-TVAR-MEK", 2), L("SD-KOFOLA", 4, "6 x 2L PET")],
    tags=["no_diacritics"],
)

# ====================================================================== Vltava Kitchen (cs, e-mail, regular)
c = "vltava-kitchen"
M(
    c,
    EM,
    "cs",
    "Předmět: Objednávka na středu 7. 6.\n\nDobrý den,\nprosíme na středu:\n- hladká mouka T-650, 2 pytle "
    "po 25 kg\n- polohrubá mouka 2 pytle\n- houskový knedlík směs 4 pytle\n- smetana na vaření 31 % 3 kartony\n\n"
    "S pozdravem\nJana Dvořáková\nVltava Kitchen\n22 Cable Street, London E1 8LT\ntel. 020 7946 0722",
    lines=[L("FL-HLAD", 2, "25kg"), L("FL-POLO", 2), L("DM-HOUSK", 4), L("DA-SMET31", 3)],
    tags=["signature", "number_in_name"],
)
M(
    c,
    EM,
    "cs",
    "Dobrý den, na pátek ještě mouku T-400 3 pytle a zakysanou smetanu 2 kbelíky. Děkuji, Dvořáková",
    lines=[F("t-400", 3), L("DA-TEJF20", 2, "5kg Bucket")],
    notes="T-400 is both the semi-coarse and the coarse flour; a kbelík (bucket) of sour cream can only be the "
    "20% 5kg Bucket",
    tags=["number_in_name"],
)
M(
    c,
    EM,
    "cs",
    "Dobrý den, jako obvykle na středu, ale místo 6 beden Budvaru jen 4 a přidejte 1 pytlík majoránky.",
    lines=[L("BR-BUDVAR", 4), L("SP-MARJ", 1)],
    ref="usual",
    mods=[("set", "BR-BUDVAR", None, 4), ("add", L("SP-MARJ", 1))],
)
M(
    c,
    EM,
    "cs",
    "Dobrý den, chtěli bychom požádat o aktuální ceník na červenec a o alergenové listy k houskovému "
    "knedlíku.",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    c,
    EM,
    "cs",
    "Předmět: PO 4471\n\nProsíme dodat do 10:00: 5 kg domácí klobásy, 4 kg anglické slaniny, 4 kbelíky "
    "zelí 5 kg. Objednávka č. 4471, faktura na účet 2219.",
    lines=[L("SA-DOMACI", 5), L("LD-SZAL-CSEM", 4), L("PK-KRAUT-5K", 4)],
    notes="4471 and 2219 are order and account numbers",
)
M(
    c,
    EM,
    "cs",
    "Dobrý den, prosím 12 beden kofoly a 2 krabice tvarohu na pátek.",
    lines=[L("SD-KOFOLA", 12, None), F("tvaroh", 2)],
    notes="kofola without a bottle size; tvaroh: soft or full-fat",
)
M(
    c,
    EM,
    "cs",
    "Dobrý den, u středeční objednávky prosím změňte bramborový knedlík na 3 pytle místo 2.",
    intent="CHANGE",
    change=[L("DM-BRAMB", 3)],
)
M(
    c,
    EM,
    "cs",
    "Na pátek navíc: 2 pytle bramborové knedlíkové směsi a 5 kg domácí klobásy. Děkuji",
    lines=[L("DM-BRAMB", 2), L("SA-DOMACI", 5)],
)
M(
    c,
    EM,
    "cs",
    "Dobrý den, na pátek prosíme 2 pytle polohrubé mouky, 3 kartony smetany na vaření a 2 krabice "
    "tučného tvarohu. Děkuji, J. Dvořáková",
    lines=[L("FL-POLO", 2), L("DA-SMET31", 3), L("DA-TVAR-TUC", 2)],
)
M(
    c,
    WA,
    "cs",
    "dva pytle hladké mouky pětadvacet kilo tři kartony smetany na vaření a pět kilo domácí klobásy",
    lines=[L("FL-HLAD", 2, "25kg"), L("DA-SMET31", 3), L("SA-DOMACI", 5)],
    notes="voice note from the chef's phone",
    tags=["spoken", "voice"],
)

# ====================================================================== Pekárna Koláč (cs, WhatsApp, steady)
c = "pekarna-kolac"
M(
    c,
    WA,
    "cs",
    "Dobrý den, na čtvrtek 4 pytle hrubé mouky, 3 pytle hladké 25kg, 6 kbelíků makové náplně",
    lines=[L("FL-HRUBA", 4), L("FL-HLAD", 3, "25kg"), L("BK-POPPY-FILL", 6)],
)
M(c, WA, "cs", "2 pytle máku prosím", lines=[F("mák", 2)], notes="mák: whole or ground")
M(
    c,
    WA,
    "cs",
    "150 droždí, 4 kg vlašských ořechů a 2 balíky vanilkového cukru",
    lines=[L("BK-YEAST", 3), L("BK-WALNUT", 4), L("BK-VANSUG", 2)],
    notes="150 yeast cubes are 3 boxes of 50",
    tags=["count"],
)
M(
    c,
    WA,
    "cs",
    "Jako obvykle, ale tvarohu o 2 krabice víc",
    lines=[F("tvaroh", 2)],
    ref="usual",
    mods=[("add", F("tvaroh", 2))],
)
M(
    c,
    WA,
    "cs",
    "🥐 Dobrý den! Prosím 2 krabice droždí, 3 pytle hladké mouky 25 kg a 1 kbelík sádla 5kg 👍",
    lines=[L("BK-YEAST", 2), L("FL-HLAD", 3, "25kg"), L("LD-LARD", 1, "5kg Bucket")],
    notes="a 5kg bucket of sádlo is the lard bucket",
    tags=["emoji"],
)
M(c, WA, "cs", "Děkujeme za rychlé vyřízení reklamace, vše v pořádku.", intent="OTHER")
M(
    c,
    WA,
    "cs",
    "2 pytle žitné mouky a 1 pytel celozrnné špaldové",
    lines=[L("FL-RYE", 2), N(1, "wholemeal spelt flour")],
    notes="spelt flour is not stocked",
)
M(
    c,
    WA,
    "cs",
    "Na sobotu 2 pytle hrubé mouky a 4 krabice měkkého tvarohu, díky",
    lines=[L("FL-HRUBA", 2), L("DA-TVAR-MEK", 4)],
    notes="hrubá, not polohrubá",
)

# ====================================================================== Salaš Tatry (sk, WhatsApp, steady)
c = "salas-tatry"
M(
    c,
    WA,
    "sk",
    "Dobrý deň, na utorok prosím 10 vaničiek bryndze 1kg, 3 kartóny haluškovej zmesi, 6 veľkých oštiepkov.",
    lines=[L("DA-BRYN-1K", 10), L("DM-HALUS", 3), L("DA-OSTIEP", 6, "Large 700g")],
)
M(
    c,
    WA,
    "sk",
    "bryndza 10 a 6 oštiepkov na piatok",
    lines=[F("bryndza", 10), L("DA-OSTIEP", 6, None)],
    notes="bryndza: 125g cups or 1kg tub; oštiepok size missing",
)
M(
    c,
    WA,
    "sk",
    "šesť prepraviek bažanta štyri šariša štyri fľaše borovičky a dva kartóny kyslej kapusty v sáčkoch",
    lines=[L("BR-BAZANT", 6), L("BR-SARIS", 4), L("SPR-BOROV", 4), L("PK-KRAUT-1K", 2)],
    notes="voice note; sauerkraut in bags is the 1kg bag case",
    tags=["spoken", "voice"],
)
M(
    c,
    WA,
    "sk",
    "Ako vždy, ale bez šariša a pridajte 2 fľaše Tatratea 52.",
    lines=[L("SPR-TATRA52", 2)],
    ref="usual",
    mods=[("remove", "BR-SARIS"), ("add", L("SPR-TATRA52", 2))],
    tags=["number_in_name"],
)
M(
    c,
    WA,
    "sk",
    "40 fliaš Zlatého Bažanta a 3 fľaše borovičky na stredu",
    lines=[L("BR-BAZANT", 2), L("SPR-BOROV", 3)],
    notes="40 bottles are 2 cases of 20; borovička is sold by the bottle",
    tags=["count"],
)
M(
    c,
    WA,
    "sk",
    "Máte hotové bryndzové halušky mrazené? Ak áno, 2 kartóny.",
    lines=[N(2, "frozen ready bryndzové halušky")],
    notes="a ready meal that is not stocked (only the mix is)",
    tags=["conditional"],
    nohist=True,
)
M(
    c,
    WA,
    "sk",
    "Chcel by som sa opýtať, či máte aj parenicu neúdenú.",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(c, WA, "sk", "Oštiepky z piatku boli plesnivé, 2 kusy vyhadzujeme. Prosím dobropis.", intent="COMPLAINT")
M(
    c,
    WA,
    "sk",
    "Na piatok prosím 2 kartóny korbáčikov, 2 kartóny parenice a 3 kg anglickej slaniny",
    lines=[L("DA-KORB", 2), L("DA-PAREN", 2), L("LD-SZAL-CSEM", 3)],
)

# ====================================================================== Bratislava Bistro (sk without accents, SMS)
c = "bratislava-bistro"
M(
    c,
    SMS,
    "sk",
    "Dobry den, na stredu 3 kartony bryndze 125g, 2 kartony halusiek, 4 balenia spisskych parkov",
    lines=[L("DA-BRYN-125", 3), L("DM-HALUS", 2), L("SA-SPIS", 4)],
    tags=["no_diacritics", "number_in_name"],
)
M(
    c,
    SMS,
    "sk",
    "72 kofol 0,5 a 24 vinea",
    lines=[L("SD-KOFOLA", 6, "12 x 0.5L PET"), L("SD-VINEA", 4)],
    notes="72 half-litre bottles are 6 cases of 12; 24 Vinea are 4 cases of 6",
    tags=["no_diacritics", "count"],
)
M(
    c,
    SMS,
    "sk",
    "tatranky 3 krabice a horalky 2",
    lines=[F("tatranky", 3), L("SW-HORALKY", 2)],
    notes="tatranky: hazelnut or cocoa",
    tags=["no_diacritics"],
)
M(c, SMS, "sk", "to iste co minule prosim", ref="last", tags=["no_diacritics"])
M(
    c,
    SMS,
    "sk",
    "2 slivovice a 3 kartony saris",
    lines=[L("SPR-SLIVO", 2, None), L("BR-SARIS", 3)],
    notes="slivovice without a bottle size",
    tags=["no_diacritics"],
)
M(
    c,
    SMS,
    "sk",
    "Dobry den, od pondelka mame nove cislo: 07700 900716. Dakujem, Miro",
    intent="OTHER",
    tags=["no_diacritics"],
)
M(
    c,
    SMS,
    "sk",
    "Zrusit objednavku na piatok prosim, mame rekonstrukciu",
    intent="CANCEL",
    tags=["no_diacritics"],
)
M(
    c,
    SMS,
    "sk",
    "😊 na piatok: 2 kartony sarisa, 3 krabice horaliek, 6 kartonov kofoly pollitrovej",
    lines=[L("BR-SARIS", 2), L("SW-HORALKY", 3), L("SD-KOFOLA", 6, "12 x 0.5L PET")],
    tags=["no_diacritics", "emoji"],
)
M(
    c,
    SMS,
    "sk",
    "na pondelok 4 kartony vinea a 2 krabice tatranky lieskovoorieskove",
    lines=[L("SD-VINEA", 4), L("SW-TAT-HAZ", 2)],
    tags=["no_diacritics"],
)

# ====================================================================== Slovenský Obchod (sk, e-mail, regular)
c = "slovensky-obchod"
M(
    c,
    EM,
    "sk",
    "Predmet: Objednávka 23/2028\n\nDobrý deň,\nobjednávame:\n- Tatranky lieskovoorieškové 3 krabice\n"
    "- Tatranky kakaové 3 krabice\n- Horalky 4 krabice\n- Kofola 2 l, 6 kartónov\n- Vinea 3 kartóny\n\nĎakujeme,\n"
    "Zuzana Kováčová\nSlovenský Obchod, 9 High Street, Luton LU1 2BH\n+44 7700 900717",
    lines=[
        L("SW-TAT-HAZ", 3),
        L("SW-TAT-COC", 3),
        L("SW-HORALKY", 4),
        L("SD-KOFOLA", 6, "6 x 2L PET"),
        L("SD-VINEA", 3),
    ],
    tags=["signature"],
)
M(
    c,
    EM,
    "sk",
    "Dobrý deň, prosíme Tatranky 6 krabíc, Tatratea 4 fľaše a Kofolu bez cukru 3 kartóny. Z. Kováčová",
    lines=[F("tatranky", 6), F("tatratea", 4), L("SD-KOFOLA-BC", 3)],
    notes="Tatranky without a flavour; Tatratea without 52% or 72%",
)
M(
    c,
    EM,
    "sk",
    "Dobrý deň, ako minulý týždeň, len Tatratea 72 tentoraz nie, a pridajte 2 kartóny piškót.",
    lines=[L("SW-PISKOTY", 2)],
    ref="last",
    mods=[("remove", "SPR-TATRA72"), ("add", L("SW-PISKOTY", 2))],
    tags=["number_in_name"],
)
M(
    c,
    EM,
    "sk",
    "Dobrý deň, prosíme 40 ks Horaliek a 2 kartóny Zlatých oplatiek.",
    lines=[L("SW-HORALKY", None), L("SW-OPLATKY", 2)],
    notes="40 wafers is not a whole number of boxes of 34",
    tags=["count"],
)
M(
    c,
    EM,
    "sk",
    "Dobrý deň, chceli by sme vedieť, či máte Kofolu v 1 l sklenených fľašiach a za akú cenu.",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    c,
    EM,
    "sk",
    "Objednávka: bryndza 125 g 4 kartóny, korbáčiky 3 kartóny, parenica 2 kartóny, borovička 3 fľaše, "
    "Tatratea 52 % 3 fľaše.",
    lines=[L("DA-BRYN-125", 4), L("DA-KORB", 3), L("DA-PAREN", 2), L("SPR-BOROV", 3), L("SPR-TATRA52", 3)],
    tags=["number_in_name"],
)
M(
    c,
    EM,
    "sk",
    "V dodávke z 26.5. chýbali 2 kartóny Kofoly bez cukru, boli nám však fakturované (faktúra 88102).",
    intent="COMPLAINT",
)
M(
    c,
    EM,
    "sk",
    "Dobrý deň, na pondelok údeného syra 3 kartóny a piškóty 2 kartóny.",
    lines=[F("smoked cheese", 3), L("SW-PISKOTY", 2)],
    notes="údený syr: oštiepok, korbáčiky, parenica or smoked trappista",
)
M(
    c,
    EM,
    "sk",
    "Dobrý deň, objednávame 3 kartóny Kofoly bez cukru a 6 kartónov Kofoly 2 l. Ďakujeme",
    lines=[L("SD-KOFOLA-BC", 3), L("SD-KOFOLA", 6, "6 x 2L PET")],
)
M(
    c,
    EM,
    "sk",
    "Objednávka na štvrtok: 2 kartóny piškót, 4 krabice Horaliek, 1 fľaša Tatratea 72 %",
    lines=[L("SW-PISKOTY", 2), L("SW-HORALKY", 4), L("SPR-TATRA72", 1)],
    tags=["number_in_name"],
)

# ====================================================================== Gostilna Lipa (sl, WhatsApp, steady)
c = "gostilna-lipa"
M(
    c,
    WA,
    "sl",
    "Dober dan! Za petek prosim: 10 paketov kranjskih, 2 kadi kislega zelja po 5 kg, 4 kg tolminca, "
    "8 gajb Laškega.",
    lines=[L("SA-KRANJ", 10), L("PK-KRAUT-5K", 2), L("DA-TOLMINC", 4), L("BR-LASKO", 8)],
    notes="kad po 5 kg names the 5kg sauerkraut tub",
)
M(
    c,
    WA,
    "sl",
    "ajvar 2 zaboja in bela moka 3 vreče",
    lines=[F("ajvar", 2), L("FL-BELA", 3)],
    notes="ajvar: mild or hot",
)
M(
    c,
    WA,
    "sl",
    "deset paketov kranjske dve gajbi radenske dvanajst litrov cvička in dve viljamovke",
    lines=[L("SA-KRANJ", 10), L("WA-RADENSKA", 2), L("WN-CVICEK", 12), L("SPR-KORTE", 2)],
    notes="voice note; Cviček is sold in 1L bottles; viljamovka is the Williams pear pálinka",
    tags=["spoken", "voice"],
)
M(
    c,
    WA,
    "sl",
    "Kot ponavadi za petek, samo Laškega 10 namesto 8.",
    lines=[L("BR-LASKO", 10)],
    ref="usual",
    mods=[("set", "BR-LASKO", None, 10)],
)
M(
    c,
    WA,
    "sl",
    "Prosim še 12 steklenic radenske in 2 zaboja hrena do četrtka.",
    lines=[L("WA-RADENSKA", 2), L("PK-HREN", 2)],
    notes="12 bottles are 2 cases of 6",
    tags=["count"],
)
M(
    c,
    WA,
    "sl",
    "Rad bi vprašal, ali imate tudi prekmursko gibanico, zamrznjeno?",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    c,
    WA,
    "sl",
    "2 kg ocvirkov in 3 kg pršuta za soboto",
    lines=[L("LD-TEPERTO", 2), N(3, "pršut")],
    notes="ocvirki are pork crackling; pršut is not stocked",
)
M(c, WA, "sl", "Hvala za hitro dostavo včeraj! Lep pozdrav, Mojca", intent="OTHER")
M(
    c,
    WA,
    "sl",
    "Za sredo: 2 zaboja blagega ajvarja, 2 paketa ajdove moke in 12 litrov cvička",
    lines=[L("PK-AJVAR-M", 2), L("FL-AJDOVA", 2), L("WN-CVICEK", 12)],
)
M(
    c,
    WA,
    "sl",
    "Za petek 8 gajb laškega, 6 gajb radenske, 2 steklenici viljamovke",
    lines=[L("BR-LASKO", 8), L("WA-RADENSKA", 6), L("SPR-KORTE", 2)],
)

# ====================================================================== Kranjska Deli (sl without accents, SMS)
c = "kranjska-deli"
M(
    c,
    SMS,
    "sl",
    "Zivjo, za jutri 6 paketov kranjske, 3 vrecke vegete, 2 zaboja hrena",
    lines=[L("SA-KRANJ", 6), L("SP-VEGETA", 3), L("PK-HREN", 2)],
    tags=["no_diacritics"],
)
M(
    c,
    SMS,
    "sl",
    "ajvar 3 zaboje pa tolminc 3 kg",
    lines=[F("ajvar", 3), L("DA-TOLMINC", 3)],
    notes="ajvar: mild or hot",
    tags=["no_diacritics"],
)
M(c, SMS, "sl", "isto kot prejsnji teden prosim", ref="last", tags=["no_diacritics"])
M(
    c,
    SMS,
    "sl",
    "rabim 30 zabojev laskega za jutri",
    lines=[L("BR-LASKO", 30)],
    outlier=True,
    notes="about seven times the usual 4 cases with no reason; cancelled in the next message",
    tags=["no_diacritics"],
)
M(c, SMS, "sl", "pozabite na danasnje narocilo, preklicujem", intent="CANCEL", tags=["no_diacritics"])
M(
    c,
    SMS,
    "sl",
    "2 x 12 ajvar blagi in 1 x 6 radenska",
    lines=[L("PK-AJVAR-M", 2), L("WA-RADENSKA", 1)],
    notes="inline packs: 2 cases of 12 jars and 1 case of 6 bottles",
    tags=["no_diacritics", "pack"],
)
M(
    c,
    SMS,
    "sl",
    "imate kislo mleko? ce ja 10 litrov",
    lines=[N(10, "kislo mleko (soured milk), litres")],
    notes="not stocked; conditional",
    tags=["no_diacritics", "conditional"],
    nohist=True,
)
M(
    c,
    SMS,
    "sl",
    "4 gajbe vode in 2 kartona ocvirkove masti",
    lines=[F("water", 4), L("LD-TEPKREM", 2)],
    notes="voda: Mattoni sparkling, still or Radenska",
    tags=["no_diacritics"],
)
M(
    c,
    SMS,
    "sl",
    "za cetrtek 4 gajbe laskega, 4 gajbe radenske, 3 kg tolminca",
    lines=[L("BR-LASKO", 4), L("WA-RADENSKA", 4), L("DA-TOLMINC", 3)],
    tags=["no_diacritics"],
)

# ====================================================================== Pekarna Potica (sl, e-mail, regular)
c = "pekarna-potica"
M(
    c,
    EM,
    "sl",
    "Zadeva: naročilo za sredo\n\nPozdravljeni,\nza sredo naročamo:\n- bela moka T-500, 6 vreč\n"
    "- orehi 5 kg\n- kvas 2 škatli\n- vanilin sladkor 2 paketa\n\nLep pozdrav,\nPetra Novak\nPekarna Potica\n"
    "71 Market Row, Croydon CR0 1PQ",
    lines=[L("FL-BELA", 6), L("BK-WALNUT", 5), L("BK-YEAST", 2), L("BK-VANSUG", 2)],
    tags=["signature", "number_in_name"],
)
M(
    c,
    EM,
    "sl",
    "Pozdravljeni, za petek mak 4 vrečke in kisla smetana 1 vedro. Petra",
    lines=[F("mák", 4), L("DA-TEJF20", 1, "5kg Bucket")],
    notes="mak: whole or ground; a vedro (bucket) of sour cream is the 20% 5kg Bucket",
)
M(
    c,
    EM,
    "sl",
    "Pozdravljeni, prosimo 100 kvasov in 2 kadi makovega nadeva. Hvala",
    lines=[L("BK-YEAST", 2), L("BK-POPPY-FILL", 2)],
    notes="100 yeast cubes are 2 boxes of 50",
    tags=["count"],
)
M(c, EM, "sl", "Kot prejšnji teden, samo orehov dvakrat toliko.", ref="last", mods=[("double", "BK-WALNUT")])
M(
    c,
    EM,
    "sl",
    "Ali bi nam lahko poslali ceno za 25 kg ajdove moke? Ne naročamo še, samo primerjamo.",
    intent="QUESTION",
    notes="a quote request, not an order",
)
M(
    c,
    EM,
    "sl",
    "Za ponedeljek 2 vreči pirine moke in 1 vreča bele moke.",
    lines=[N(2, "spelt flour (pirina moka)"), L("FL-BELA", 1)],
    notes="spelt flour is not stocked",
)
M(
    c,
    EM,
    "sl",
    "Pri naročilu za sredo prosim spremenite orehe na 8 kg namesto 5.",
    intent="CHANGE",
    change=[L("BK-WALNUT", 8)],
)
M(
    c,
    EM,
    "sl",
    "Za petek: 1 vedro kisle smetane 20 %, 1 paket ajdove moke, 2 kadi makovega nadeva",
    lines=[L("DA-TEJF20", 1, "5kg Bucket"), L("FL-AJDOVA", 1), L("BK-POPPY-FILL", 2)],
)
M(
    c,
    EM,
    "sl",
    "Pozdravljeni, za ponedeljek 4 vrečke celega maka po 1 kg in 2 škatli kvasa.",
    lines=[L("BK-POPPY", 4, "1kg"), L("BK-YEAST", 2)],
)

# ====================================================================== Danube Café (en, WhatsApp, regular)
c = "danube-cafe"
M(
    c,
    WA,
    "en",
    "morning! can we get 3 cases of turo rudi, 2 boxes balaton dark and 4 tubs of turo 1kg for tmrw pls",
    lines=[L("DA-RUDI", 3), L("SW-BALATON-D", 2), L("DA-TURO", 4, "1kg")],
    notes="Túró Rudi bars and túró quark are different products",
    tags=["non_order_request"],
)
M(
    c,
    WA,
    "en",
    "hi can i get two boxes of the brown paper bags a case of kofola half litre and three tubs of sour "
    "cream twelve percent",
    lines=[L("PKG-BAGS", 2, "Brown Kraft"), L("SD-KOFOLA", 1, "12 x 0.5L PET"), L("DA-TEJF12", 3)],
    notes="spoken list; 'a case' and number words start items",
    tags=["spoken", "non_order_request"],
)
M(
    c,
    WA,
    "en",
    "2 boxes of deli bags and sour cream x4 please",
    lines=[L("PKG-BAGS", 2, None), F("sour cream", 4)],
    notes="bag colour not given; sour cream 12% or 20%",
)
M(
    c,
    WA,
    "en",
    "can you add 2 kofolas and 3 mattoni sparkling to tomorrow?",
    lines=[L("SD-KOFOLA", 2, None), L("WA-MAT-SP", 3)],
    notes="2 kofolas read as 2 cases (small count); bottle size not given",
    tags=["container", "non_order_request"],
)
M(
    c,
    WA,
    "en",
    "I'd like to know if you do gluten free piškoty?",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    c,
    WA,
    "en",
    "Could you send 2 cases of piškoty and 1kg sweet paprika in 500g bags (so 2 bags) with Friday's "
    "delivery?",
    lines=[L("SW-PISKOTY", 2), F("sweet paprika", 2, "500g")],
    notes="sweet paprika: special or delicate grade (Kalocsai has no 500g)",
    tags=["non_order_request"],
)
M(c, WA, "en", "usual for friday pls 🙏", ref="usual", tags=["emoji"])
M(c, WA, "en", "thanks for sorting the invoice, all good now 👍", intent="OTHER", tags=["emoji"])
M(
    c,
    WA,
    "en",
    "60 turo rudi + 24 mattoni sparkling bottles for thursday",
    lines=[L("DA-RUDI", 3), L("WA-MAT-SP", 4)],
    notes="60 bars are 3 cases of 20; 24 bottles are 4 cases of 6",
    tags=["count"],
)
M(
    c,
    WA,
    "en",
    "hiya, 2 cases piskoty + 2 boxes balaton dark + 2 bags szeged special paprika 500g pls x",
    lines=[L("SW-PISKOTY", 2), L("SW-BALATON-D", 2), L("PAP-SZ-KUL", 2, "500g")],
)

# ====================================================================== The Bohemian Tap (en, SMS, steady)
c = "bohemian-tap"
M(
    c,
    SMS,
    "en",
    "3 kegs urquell, 3 cases kozel dark, 2 cases budvar for thurs pls. Tom @ Bohemian Tap",
    lines=[L("BR-PU-KEG", 3), L("BR-KOZEL-CR", 3), L("BR-BUDVAR", 2)],
    notes="kegs narrow urquell to the keg",
)
M(
    c,
    SMS,
    "en",
    "need 2 more pilsner urquell for tonight",
    lines=[F("pilsner urquell", 2)],
    notes="keg or cases of bottles/cans",
)
M(
    c,
    SMS,
    "en",
    "2 becherovka + 1 unicum pls",
    lines=[L("SPR-BECHER", 2, None), L("SPR-UNICUM", 1, None)],
    notes="bottle sizes not given",
)
M(
    c,
    SMS,
    "en",
    "two cases of kozel dark a keg of urquell and three bottles of becherovka the litre ones",
    lines=[L("BR-KOZEL-CR", 2), L("BR-PU-KEG", 1), L("SPR-BECHER", 3, "1L")],
    tags=["spoken"],
)
M(
    c,
    SMS,
    "en",
    "6 cans of pilsner urquell for the staff fridge lol",
    lines=[L("BR-PU", None, "24 x 0.5L Can")],
    notes="6 cans are a quarter of a case of 24: a human must ask",
    tags=["container"],
)
M(
    c,
    SMS,
    "en",
    "same again as last week pls + 1 borovicka",
    lines=[L("SPR-BOROV", 1)],
    ref="last",
    mods=[("add", L("SPR-BOROV", 1))],
)
M(c, SMS, "en", "can I pay by card on delivery from now on?", intent="QUESTION", tags=["non_order_request"])
M(
    c,
    SMS,
    "en",
    "2 cases Kozel 11 and 1 case Kozel 10 to try pls",
    lines=[L("BR-KOZEL11", 2), L("BR-KOZEL10", 1)],
    tags=["number_in_name"],
)
M(
    c,
    SMS,
    "en",
    "1 keg urquell + 2 cs budvar + 2 tatratea 52 pls",
    lines=[L("BR-PU-KEG", 1), L("BR-BUDVAR", 2), L("SPR-TATRA52", 2)],
    tags=["number_in_name"],
)

# ====================================================================== Central Europa Market (en, e-mail, irregular)
c = "central-market"
M(
    c,
    EM,
    "en",
    "Subject: PO CEM-3318\n\nHello,\n\nPlease supply against PO CEM-3318:\n\n1. Horalky x 3 boxes\n"
    "2. Studentská Pečeť x 2 boxes\n3. Vegeta 1kg x 4\n4. Szegedi special grade paprika 100g x 20\n"
    "5. Tarhonya x 2 cases\n\nDelivery to Unit 4, 18 Mill Lane, Wembley HA9 0XT.\n\nRegards,\nAnita Sharma\n"
    "Buyer, Central Europa Market",
    lines=[
        L("SW-HORALKY", 3),
        L("SW-STUD", 2),
        L("SP-VEGETA", 4),
        L("PAP-SZ-KUL", 20, "100g"),
        L("PA-TARH", 2),
    ],
    notes="list numbering, PO, unit and street numbers are not quantities",
    tags=["signature"],
)
M(
    c,
    EM,
    "en",
    "Subject: Wednesday\n\nPlease send our usual order for Wednesday.\n\nAnita",
    ref="usual",
    notes="this grocery never repeats a basket, so there is no usual order",
    tags=["ambiguous_reference"],
)
M(
    c,
    EM,
    "en",
    "Subject: repeat\n\nSame as last week please, but add 2 cases of Dreher.",
    lines=[L("BR-DREHER", 2)],
    ref="last",
    mods=[("add", L("BR-DREHER", 2))],
)
M(
    c,
    EM,
    "en",
    "Subject: top-up\n\nHi, 4 cases of water and 2 cases of ajvar please, for Friday.",
    lines=[F("water", 4), F("ajvar", 2)],
    notes="water: Mattoni sparkling, still or Radenska; ajvar: mild or hot",
)
M(
    c,
    EM,
    "en",
    "Subject: price list\n\nCould you send us your updated price list and the shelf life of the Túró Rudi?",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    c,
    EM,
    "en",
    "Subject: add to Wednesday\n\nPlease add 3 cases of Kofola Citrus and 2 cases of Kofola 2L to Wednesday.",
    lines=[N(3, "Kofola Citrus"), L("SD-KOFOLA", 2, "6 x 2L PET")],
    notes="Kofola Citrus is not stocked",
)
M(
    c,
    EM,
    "en",
    "Subject: order\n\nPlease deliver 2 x 6 x 2L Kofola, 1 x 6 Mattoni still 1.5L, 2 x 24 Dreher cans.",
    lines=[L("SD-KOFOLA", 2, "6 x 2L PET"), L("WA-MAT-ST", 1), L("BR-DREHER", 2)],
    notes="inline packs are one case each",
    tags=["pack"],
)
M(
    c,
    EM,
    "en",
    "Subject: breakages\n\nTwo jars of the stuffed peppers in Monday's delivery were broken (delivery "
    "note DN 77120).",
    intent="COMPLAINT",
)
M(
    c,
    EM,
    "en",
    "Subject: Order for Friday\n\nHi, please send: Spišské párky 4 packs, PICK sliced 70g 3 cases, "
    "Mattoni sparkling 4 cases, Becherovka 0.5L 4 bottles.\n\nThanks, Anita",
    lines=[L("SA-SPIS", 4), L("SL-PICK-SL", 3), L("WA-MAT-SP", 4), L("SPR-BECHER", 4, "0.5L")],
)

# ====================================================================== Goulash & Go (en, WhatsApp, regular)
c = "goulash-go"
M(
    c,
    WA,
    "en",
    "yo! for fri: 4kg debreceni, 2kg csabai, 6 tubs 20% sour cream (the 850g), 2 cases lecso 🔥",
    lines=[L("SA-DEBR", 4), L("SA-CSABAI", 2), L("DA-TEJF20", 6, "850g Tub"), L("PK-LECSO", 2)],
    tags=["emoji"],
)
M(
    c,
    WA,
    "en",
    "need 2 bags paprika and 3kg kolbász asap",
    lines=[F("paprika", 2), F("kolbász", 3)],
    notes="paprika: five powders; kolbász: four sausages",
)
M(
    c,
    WA,
    "en",
    "can i get three kilos of debreceni two cases of nokedli a box of the kraft bags and a case of vinea",
    lines=[L("SA-DEBR", 3), L("PA-NOKEDLI", 2), L("PKG-BAGS", 1, "Brown Kraft"), L("SD-VINEA", 1)],
    tags=["spoken", "non_order_request"],
)
M(c, WA, "en", "same as last week but double the debreceni", ref="last", mods=[("double", "SA-DEBR")])
M(
    c,
    WA,
    "en",
    "half a case of kofola half litres",
    lines=[L("SD-KOFOLA", 0.5, "12 x 0.5L PET")],
    notes="a fraction of a case can never be shipped as written",
    tags=["fraction"],
)
M(c, WA, "en", "heads up we're at the Camden food festival all weekend, back on monday", intent="OTHER")
M(
    c,
    WA,
    "en",
    "can you send 2 bags smoked paprika and 3 cases of vinea with tomorrow's drop?",
    lines=[L("PAP-SMOKED", 2), L("SD-VINEA", 3)],
    tags=["non_order_request"],
)
M(
    c,
    WA,
    "en",
    "do u do lángos flour mix? need 2 bags. and 2kg csabai",
    lines=[N(2, "lángos flour mix"), L("SA-CSABAI", 2)],
    notes="lángos mix is not stocked",
)
M(
    c,
    WA,
    "en",
    "morning 🙂 2 cases nokedli, 2 cases lecso, 3 cases kofola 0.5 for sat",
    lines=[L("PA-NOKEDLI", 2), L("PK-LECSO", 2), L("SD-KOFOLA", 3, "12 x 0.5L PET")],
    tags=["emoji"],
)

# ====================================================================== Carpathia Hotel (en, e-mail, steady)
c = "carpathia-hotel"
M(
    c,
    EM,
    "en",
    "Subject: Purchase Order PO-88231 - Carpathia Hotel\n\nDear Pannonia team,\n\nPlease find below our "
    "order for delivery on Tuesday 6 June (goods-in 07:00-10:00, loading bay 2):\n\n- Herz Classic Salami 1kg - 2\n"
    "- PICK winter salami whole 1.5kg - 2\n- Eidam 45% block - 5 kg\n- Trappista block - 4 kg\n"
    "- Mattoni still 6 x 1.5L - 8 cases\n\nKind regards,\nLaura Whitfield\nPurchasing Manager, Carpathia Hotel\n"
    "1 Embankment Place, London WC2N 6NN\nTel: 020 7946 0731",
    lines=[
        L("SL-HERZ", 2),
        L("SL-PICK", 2, "1.5kg Whole"),
        L("DA-EIDAM45", 5),
        L("DA-TRAP", 4),
        L("WA-MAT-ST", 8),
    ],
    tags=["signature", "number_in_name"],
)
M(
    c,
    EM,
    "en",
    "Subject: PO-88245\n\nPlease add to Tuesday: eidam 5kg, sour cream 5kg buckets x2.\n\nLaura",
    lines=[F("eidam", 5), L("DA-TEJF20", 2, "5kg Bucket")],
    notes="eidam: 30% or 45%; a 5kg bucket of sour cream is the 20% bucket",
)
M(
    c,
    EM,
    "en",
    "Subject: PO-88260\n\nPlease repeat our standard weekly order (PO-88260) with one change: Tokaji Aszú "
    "6 Puttonyos 12 bottles instead of 6 (wine dinner on Friday, 60 covers).\n\nLaura Whitfield",
    lines=[L("WN-ASZU6", 12)],
    ref="usual",
    mods=[("set", "WN-ASZU6", None, 12)],
    notes="twice the usual with a reason given: not an outlier",
    tags=["number_in_name"],
)
M(
    c,
    EM,
    "en",
    "Subject: invoice copy\n\nI would like to request a copy of invoice INV-55107 for our accounts "
    "department.",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    c,
    EM,
    "en",
    "Subject: Thursday order\n\nOrder for Thursday on our 60-day account please: 3 x BL 55 flour 10kg, "
    "2 cases of gherkins in the catering jars (3 x 3.4kg).",
    lines=[F("bl 55", 3, "10kg"), L("PK-GHERK", 2, "3 x 3.4kg Jar")],
    notes="BL 55 is both the fine flour and the strudel flour, and both come as 10kg; an order on a 60-day account",
    tags=["credit", "number_in_name"],
    review=True,
    nohist=True,
)
M(
    c,
    EM,
    "en",
    "Subject: PO-88231 delivery day\n\nPlease move PO-88231 from Tuesday to Wednesday, same time window.",
    intent="CHANGE",
    change=[],
)
M(
    c,
    EM,
    "en",
    "Subject: PO-88274\n\nPlease deliver Friday: Unicum 1L x 2, Tokaji Aszú 6 Puttonyos x 6, piškoty "
    "sponge fingers x 2 cases, túró 5kg x 1.",
    lines=[L("SPR-UNICUM", 2, "1L"), L("WN-ASZU6", 6), L("SW-PISKOTY", 2), L("DA-TURO", 1, "5kg")],
    tags=["number_in_name"],
)
M(
    c,
    EM,
    "en",
    "Subject: FW: kitchen requisition\n\nPlease process the below.\n\n---------- Forwarded message "
    "----------\nFrom: Sous Chef <sous.chef@carpathia-hotel.example>\nDate: 7 June 2028\nSubject: kitchen "
    "requisition\n\nCan purchasing order: gherkins catering jars x2 cases, BL55 fine flour 10kg x3 bags, 20% sour "
    "cream buckets x2. Thanks, Dan",
    lines=[L("PK-GHERK", 2, "3 x 3.4kg Jar"), L("FL-BL55", 3, "10kg"), L("DA-TEJF20", 2, "5kg Bucket")],
    notes="the order is in the forwarded part; BL55 fine flour is the finomliszt",
    tags=["forwarded"],
)
M(
    c,
    EM,
    "en",
    "Subject: PO-88291\n\nMonday delivery please: Eidam 45% 5kg, Trappista block 4kg, 2 x PICK winter "
    "salami 1.5kg.\n\nRegards, L. Whitfield",
    lines=[L("DA-EIDAM45", 5), L("DA-TRAP", 4), L("SL-PICK", 2, "1.5kg Whole")],
    tags=["number_in_name"],
)

# ====================================================================== Pivnica Bystrica (sk, WhatsApp, steady)
c = "pivnica-bystrica"
M(
    c,
    WA,
    "sk",
    "Ahoj, na stredu 8 prepraviek Bažanta, 6 Šariša, 4 Kozel 10",
    lines=[L("BR-BAZANT", 8), L("BR-SARIS", 6), L("BR-KOZEL10", 4)],
    tags=["degree"],
)
M(
    c,
    WA,
    "sk",
    "a 5 prepraviek dvanástky + 10 malých oštiepkov",
    lines=[F("12°", 5), L("DA-OSTIEP", 10, "Small 250g")],
    notes="dvanástka: any 12° beer",
    tags=["degree"],
)
M(
    c,
    WA,
    "sk",
    "desiatky 6 prepraviek na piatok",
    lines=[F("10°", 6)],
    notes="desiatka: Kozel 10° or Šariš 10°",
    tags=["degree"],
)
M(
    c,
    WA,
    "sk",
    "osem prepraviek bažanta šesť šariša tri fľaše borovičky dve tatratea päťdesiatdvojky a desať "
    "malých oštiepkov",
    lines=[
        L("BR-BAZANT", 8),
        L("BR-SARIS", 6),
        L("SPR-BOROV", 3),
        L("SPR-TATRA52", 2),
        L("DA-OSTIEP", 10, "Small 250g"),
    ],
    notes="voice note; päťdesiatdvojka is the 52% Tatratea",
    tags=["spoken", "voice"],
)
M(
    c,
    WA,
    "sk",
    "Ako minule, plus 2 kartóny parenice",
    lines=[L("DA-PAREN", 2)],
    ref="last",
    mods=[("add", L("DA-PAREN", 2))],
)
M(
    c,
    WA,
    "sk",
    "2 tatratea a korbáčiky 2 kartóny",
    lines=[F("tatratea", 2), L("DA-KORB", 2)],
    notes="Tatratea without its strength",
)
M(
    c,
    WA,
    "sk",
    "Máte aj Zlatý Bažant 73 v plechovkách? Koľko stojí kartón?",
    intent="QUESTION",
    tags=["number_in_name"],
)
M(
    c,
    WA,
    "sk",
    "3 fľaše šariša do baru prosím",
    lines=[L("BR-SARIS", 3)],
    notes="3 bottles of a beer sold by the case is read as 3 cases, the usual meaning in the trade",
    tags=["container"],
)
M(
    c,
    WA,
    "sk",
    "Ahoj, na piatok 3 fľaše borovičky, 2 kartóny bryndze 125 g a 2 kartóny korbáčikov",
    lines=[L("SPR-BOROV", 3), L("DA-BRYN-125", 2), L("DA-KORB", 2)],
)

# ====================================================================== Lángos Lab (hu, WhatsApp, first-time)
c = "langos-lab"
M(
    c,
    WA,
    "hu",
    "Sziasztok! Új lángosos food truck vagyunk, ez az első rendelésünk (átvételkor készpénzzel "
    "fizetünk): 4 zsák BL 55 finomliszt 25 kg, 2 vödör tejföl 20% 5 kg, 2 vödör zsír 5 kg, 5 kg trappista tömb.",
    lines=[
        L("FL-BL55", 4, "25kg"),
        L("DA-TEJF20", 2, "5kg Bucket"),
        L("LD-LARD", 2, "5kg Bucket"),
        L("DA-TRAP", 5),
    ],
    notes="a first order paid on delivery ships as written",
    tags=["new_customer", "number_in_name"],
)
M(
    c,
    WA,
    "hu",
    "Megint mi, Lángos Lab 🙂 péntekre: 3 zsák finomliszt 25 kg, 3 vödör tejföl 5 kilós, 10 kg füstölt "
    "trappista. Fizetés megint készpénz.",
    lines=[L("FL-BL55", 3, "25kg"), L("DA-TEJF20", 3, "5kg Bucket"), L("DA-TRAP-SM", 10)],
    notes="a 5 kilós bucket of tejföl can only be the 20% bucket",
    tags=["new_customer", "emoji"],
)
M(
    c,
    WA,
    "hu",
    "Ugyanazt kérjük, mint az első rendelésünk, szombatra",
    ref="last",
    notes="messages are not history: the first order is not in the history file",
    tags=["new_customer"],
)
M(
    c,
    WA,
    "hu",
    "Lehetne 30 napos fizetési határidővel? Akkor kérnénk 4 zsák finomlisztet 25 kg.",
    lines=[L("FL-BL55", 4, "25kg")],
    review=True,
    nohist=True,
    notes="an order that depends on a 30-day account",
    tags=["new_customer", "credit"],
)
M(
    c,
    WA,
    "hu",
    "Szeretnénk érdeklődni, hogy vasárnap is szállítotok-e a Kingston piacra?",
    intent="QUESTION",
    tags=["new_customer", "non_order_request"],
)
M(
    c,
    WA,
    "hu",
    "2 zacskó paprikát is kérünk a péntekihez",
    lines=[F("paprika", 2)],
    notes="paprika: five powders",
    tags=["new_customer"],
)
M(
    c,
    WA,
    "hu",
    "Szia! Kedden jönne 2 zsák finomliszt 25 kg meg 2 vödör tejföl 20% 5 kilós, készpénzzel fizetünk 🙂",
    lines=[L("FL-BL55", 2, "25kg"), L("DA-TEJF20", 2, "5kg Bucket")],
    tags=["new_customer", "emoji"],
)

# ====================================================================== Pivnice Nová Vlna (cs, e-mail, first-time)
c = "pivnice-nova-vlna"
M(
    c,
    EM,
    "cs",
    "Předmět: První objednávka - Pivnice Nová Vlna\n\nDobrý den,\notevíráme 10. června na adrese 5 Brick "
    "Lane, London E1 6PU. Prosíme o první dodávku (platba předem převodem):\n- Pilsner Urquell sud 30 l - 6 ks\n"
    "- Kozel Černý - 4 bedny\n- Budvar 12° - 4 bedny\n- Becherovka 1 l - 3 lahve\n- Olomoucké tvarůžky - 2 krabice\n\n"
    "Děkujeme,\nOndřej Malý\nprovozní\ntel. 07700 900724",
    lines=[
        L("BR-PU-KEG", 6),
        L("BR-KOZEL-CR", 4),
        L("BR-BUDVAR", 4),
        L("SPR-BECHER", 3, "1L"),
        L("DA-TVARUZ", 2),
    ],
    notes="paid in advance; a first order ships as written",
    tags=["new_customer", "signature", "degree"],
)
M(
    c,
    EM,
    "cs",
    "Dobrý den, chtěli bychom vědět, zda půjčujete výčepní zařízení a chlazení k sudům.",
    intent="QUESTION",
    tags=["new_customer", "non_order_request"],
)
M(
    c,
    EM,
    "cs",
    "Dobrý den, prosíme ještě 2 sudy plzně a 3 bedny desítky.",
    lines=[L("BR-PU-KEG", 2), F("10°", 3)],
    notes="desítka: Kozel 10° or Šariš 10°",
    tags=["new_customer", "degree"],
)
M(
    c,
    EM,
    "cs",
    "Na pátek prosím totéž co v první objednávce.",
    ref="last",
    notes="messages are not history",
    tags=["new_customer"],
)
M(
    c,
    EM,
    "cs",
    "Dobrý den, posíláme fakturační údaje: Nová Vlna s.r.o., IČO 11223344, 5 Brick Lane, London E1 6PU.",
    intent="OTHER",
    tags=["new_customer"],
)
M(
    c,
    EM,
    "cs",
    "Dobrý den, na sobotu prosíme 3 sudy Plzně 30 l a 2 bedny Budvaru. Platba převodem předem jako minule.",
    lines=[L("BR-PU-KEG", 3), L("BR-BUDVAR", 2)],
    notes="'jako minule' is about the payment, not a reference to an earlier order",
    tags=["new_customer"],
)

# ====================================================================== later messages (appended per customer)
M(
    "paprika-csarda",
    WA,
    "hu",
    "Kérnék még 3 üveg pálinkát és 2 karton cseresznyepaprikát a csütörtökihez.",
    lines=[F("pálinka", 3), L("PK-CHERRY", 2)],
    notes="pálinka: apricot, plum or pear",
)
M(
    "u-zlateho-lva",
    WA,
    "cs",
    "Na úterý 3 pytle knedlíků a 2 krabice plněných paprik, díky",
    lines=[F("knedlík", 3), L("PK-FILLPEP", 2)],
    notes="knedlíky: bread-dumpling mix, potato-dumpling mix or the ready loaves",
)
M(
    "tisza-bistro",
    EM,
    "en",
    "Subject: more Tokaji\n\nPlease add 6 bottles of Tokaji Szamorodni and 6 of the Furmint "
    "to Friday.\n\nEszter",
    lines=[L("WN-SZAMOR", 6), L("WN-FURMINT", 6)],
)
M(
    "central-market",
    EM,
    "en",
    "Subject: pickles\n\nHello, 3 cases of uborka and 2 cases of pickled peppers please. Anita",
    lines=[F("uborka", 3), F("pickled peppers", 2)],
    notes="uborka: gherkins or half-sour cucumbers; pickled peppers: stuffed, cherry or feferonky",
)
M(
    "bohemian-tap",
    SMS,
    "en",
    "plum brandy x2 for the weekend pls",
    lines=[F("plum brandy", 2)],
    notes="plum brandy: Jelínek slivovice or Szatmári szilva pálinka",
)
M(
    "praha-deli",
    SMS,
    "cs",
    "na utery 3 polican a 2 lovecky",
    lines=[L("SL-POLIC", 3), L("SL-LOVEC", 2)],
    tags=["no_diacritics"],
)
M(
    "pekarna-kolac",
    WA,
    "cs",
    "Přidejte prosím 1 pytel kmínu a 2 balíky krupice k čtvrtku.",
    lines=[L("SP-CARAWAY", 1), L("SP-SEMOL", 2)],
)
M(
    "goulash-go",
    WA,
    "en",
    "also 1 jar kovászos uborka and 2 cases of the ready-made houskový knedlík pls",
    lines=[L("PK-KOVASZ", 1), L("DM-READY", 2)],
    notes="the ready loaves, not the mix",
)
M(
    "pivnica-bystrica",
    WA,
    "sk",
    "Na sobotu 2 fľaše marhuľovice a 4 prepravky Kozla 10",
    lines=[L("SPR-BARACK", 2), L("BR-KOZEL10", 4)],
    notes="marhuľovica is the apricot pálinka",
    tags=["degree"],
)
M(
    "kranjska-deli",
    SMS,
    "sl",
    "vceraj je manjkal 1 zaboj hrena, na racunu pa je",
    intent="COMPLAINT",
    tags=["no_diacritics"],
)
M(
    "danube-cafe",
    WA,
    "en",
    "the túró came with a use-by of tomorrow, no good for us - can you swap the 4 tubs?",
    intent="COMPLAINT",
)
M(
    "pivnica-bystrica",
    WA,
    "sk",
    "Dovolenka: od 20. do 27. júna máme zatvorené, objednávky posielame až potom.",
    intent="OTHER",
)
