"""Swedish, Norwegian, Danish, Finnish and Icelandic read as English words. Nordic kitchens write their orders with
the goods' own names (which catalogs list as aliases: "kjøttkaker", "lingonsylt", "skyr") between their language's
joints: units ("2 kasser", "3 esker", "4 laatikkoa", "2 kassar", "6 flöskur", "12 stk", "20 pss"), "og"/"och"/"ja"
(and), number words ("tolv poser", "kolme ämpäriä", "tveir kassar"), weekdays with their "for" ("til fredag",
"perjantaiksi", "fyrir föstudag"), greetings, requests and sign-offs ("Kan ni skicka", "vi trenger", "Lähettäkää",
"Mvh", "Kveðja"). Read as nothing, they were words of the product: "kasser ringnes" matched nothing, "moi" was a
line of its own.

So a text that writes one of these languages (one of `_MARKERS`) has its words read through ``TABLE`` (rows
``reading: words``, comma-separated, the longest phrase first; ``_`` reads as nothing) before the other readers see
it, on the message side only (goods words stay the catalog's). Every phrase is also read as it is typed without the
languages' letters ("lordag", "sma", "flaskur", "thurfum"): SMS and voice notes drop them. Number words that are
other words too ("to" two, "en"/"ett"/"ein" one, "ni" nine, "ti" ten, "fire" four) are read only before a unit
("to esker", "en hink"); "en" alone is also Icelandic for "but". Any other text is unchanged.
"""

from __future__ import annotations

import re

from jobs.language.tables import (
    LanguageReader,
    table_rows,
    unit_count_rows,
    with_folded,
    word_set,
)

# Units, in every form an order uses (singular, plural, partitive, abbreviated).
UNITS = """
cases: kasse, kasser, kassen, kasserne, kassar, kassi, kassa, kössum, ks, kss, kartong, kartonger, kartongen
cases: kartonger, karton, kartoner, kori, koria, korit
boxes: eske, esker, esken, æske, æsker, æsken, låda, lådor, lådan, laatikko, laatikkoa, laatikot, laatikkoja, ltk
boxes: askja, öskjur, rasia, rasiaa, rasiat
bags: pose, poser, posen, påse, påsar, påsen, pussi, pussia, pussit, pss, poki, poka, pokar, pokum
sacks: säck, säckar, säcken, sekk, sekker, sæk, sække, sækken, säkki, säkkiä, säkit, saakki, saakkia, sekkur
sacks: sekki, sekkir
bottles: flaske, flasker, flasken, flaska, flaskor, flaskan, flöskur, flösku, pullo, pulloa, pullot, pulloja, plo
cans: dåse, dåser, boks, bokser, tölkki, tölkkiä, tölkit, dós, dósir, dósum
buckets: hink, hinkar, hinken, spand, spande, spanden, bøtte, bøtter, bøtta, ämpäri, ämpäriä, ämpärit, fata
buckets: fötur, fötu, sanko, sankoa
jars: krukke, krukker, krukka, krukkur, purkki, purkkia, purkit
packs: pakke, pakker, pakka, pakkar, pakki, paketti, pakettia, paketit, förpackningar
pcs: stk, st, styck, stycken, stykk, stykker, stykke, kpl
trays: brett, bakke, bakker, bricka, brickor, bakki, bakkar
rolls: rull, ruller, rulle, rullar, rulla, rullaa
kg: kiloa, kíló
"""

# Number words read wherever they stand.
NUMBERS = """
1: yksi, einn, eitt
2: två, kaksi, tveir, tvær, tvö
3: tre, kolme, þrír, þrjár, þrjú
4: fyra, neljä, fjórir, fjórar, fjögur
5: fem, viisi, fimm
6: sex, seks, kuusi
7: sju, syv, seitsemän, sjö
8: åtta, åtte, otte, kahdeksan, átta
9: nio, yhdeksän, níu
10: tio, kymmenen, tíu
11: elva, elleve, yksitoista, ellefu
12: tolv, kaksitoista, tólf
15: femton, femten, viisitoista, fimmtán
20: tjugo, tjue, tyve, kaksikymmentä, tuttugu
30: trettio, tretti, tredive, kolmekymmentä, þrjátíu
40: fyrtio, førti, fyrre, neljäkymmentä, fjörutíu
50: femtio, femti, halvtreds, viisikymmentä, fimmtíu
100: hundra, hundre, hundrede, sata, hundrað
"""

# Number words that are other words too: read only before a unit ("to esker", "en hink", "ei kassi").
UNIT_NUMBERS = """
1: en, ett, et, ei, ein, eina
2: to
4: fire
9: ni
10: ti
"""

TABLE = """
# questions, quotes, complaints, cancelling and changing: what a message is, not goods
how much is: vad kostar, hvad koster, hva koster, paljonko maksaa, mitä maksaa, hvað kostar
a price on: ett pris på, et pris på, en pris på, ett pris för
not ordering yet: vi beställer inte ännu, vi bestiller ikke endnu, vi bestiller ikke ennå, emme tilaa vielä
not ordering yet: det er ikke en bestilling endnu, det er ikke en bestilling ennå, det är ingen beställning än
missing: manglede, mangler, manglet, saknades, saknas, fattades, puuttui, puuttuu, vantaði, vantar
expired: utgångna, utgången, utgått, udløbet, udløbne, utgått, utgåtte, vanhentunut, vanhentuneita, útrunninn
expired: útrunnin, útrunnið
mouldy: mugget, muggent, möglig, mögliga, homeessa, homeinen, myglað
broken: trasig, trasiga, trasigt, ødelagt, ødelagte, rikki, rikkinäinen, ónýt, brotin, knust, knuste
thawed: tint, tinet, sulanut, þiðnað
wrong: fel, feil, forkert, forkerte, väärä, vääriä, vitlaus, vitlausa
credit: kreditering, krediteras, kreditnota, kreditere, kreditera, hyvitys, hyvityksen, hyvittää, inneign
received: fick, fikk, fik, saimme, fengum, vi fik
yesterday: i går, igår, igar, i gåre, eilen, í gær
exchange: byta, bytte, vaihtaa, vaihtaa ne, skipta
cancel: avboka, avbeställ, avbestill, annullér, annuller, afbestil, perukaa, peruuttaa, peruutus, hætta við
cancel: aflyst, afbud
move: flytta, flytte, siirtää, siirtäkää, færa
it should be: det skulle være, det skulle vara, det skulle vært, sen piti olla, það átti að vera
# references to an earlier order (HISTORY_REFERENCE reads their English)
the usual order: den vanliga beställningen, vanliga beställningen, vanliga ordern, den vanliga ordern
the usual order: vår vanliga beställning, vanlig beställning, vanlig bestilling, den vanlige bestillingen
the usual order: vår vanlige bestilling, vanlige bestillingen, den sædvanlige bestilling, sædvanlig bestilling
the usual order: vores sædvanlige ordre, vores sædvanlige bestilling, sædvanlige ordre, tavallinen tilaus
the usual order: tavallisen tilauksen, venjuleg pöntun, venjulega pöntun, venjulegu pöntunina
the usual: det vanlige, det sædvanlige, vores sædvanlige, det vanliga
as usual: som vanligt, som vanlig, som sædvanlig, som sædvanligt, kuten tavallisesti, kuten aina, eins og venjulega
as usual: sama pöntun og venjulega, sama og venjulega, samma som vanligt, samme som vanlig, samme som sædvanlig
same as last week: samma som förra veckan, samme som forrige uke, samme som sidste uge, samme som i sidste uge
same as last week: sama kuin viime viikolla, sama kuin viime viikkona, sama og í síðustu viku, eins og í síðustu viku
same as last time: samma som förra gången, samma som sist, samme som sist, samme som forrige gang, samme som sidst
same as last time: samme som sidste gang, det samme som sidst, det samme som sist, sama kuin viimeksi
same as last time: sama kuin viime kerralla, sama og síðast, eins og síðast, sama og seinast
same as last order: samme som sidste ordre, samma som förra beställningen, samme som forrige bestilling
same as last order: samme som sidste bestilling, sama kuin edellinen tilaus, sama og síðasta pöntun
same as my first order: samma som första beställningen, samme som første bestilling, samme som første ordre
same as my first order: sama kuin ensimmäinen tilaus
double: dubbelt, dobbelt, dobbelt opp, tvöfalt, tuplasti
point: komma, pilkku
g: gram, gramm, grömm, grammaa
cl: centiliter, senttilitraa, sentilítra
l: liter, litra, litraa, lítra, lítrar
and: og, och, ja, samt, sekä
but: men, mutta
also: också, også, myös, líka, lisäksi
for: till, til, fyrir, för
of: af, av
without: utan, uten, uden, ilman
no: ingen, inget, ikke noe, intet
instead of: i stället för, istället för, i stedet for, í stað, sijaan
extra: ekstra
extra for: i tillegg til, i tillæg til, lisäksi toimitukseen
no wait: nej vent, nei vent, nej vänta, nej förresten, ei kun, ei vaan, nei bíddu, nei annars
please: venligst, vänligen, vennligst, ystävällisesti, vinsamlegast
thanks: tack, tak, takk, kiitos, takk fyrir, tack på förhand, på forhånd takk, kiitoksia, takker, tusind tak
hello: hej, hei, moi, moikka, halló, hallo, góðan daginn, góðan dag, goddag, god morgen, god morgon, hæ, hallå
kind regards: mvh, med vänlig hälsning, vänliga hälsningar, venlig hilsen, vennlig hilsen, med vennlig hilsen
kind regards: hilsen, hälsningar, ystävällisin terveisin, terveisin, kveðja, bestu kveðjur, vh
please send: kan ni skicka, kan dere sende, kan i sende, kan du sende, kan du skicka, lähettäkää, sendið, skicka
please send: sende, send os, send oss, toimittakaa
can we get: kan vi få, saisimmeko, getum við fengið
we need: vi behöver, vi trenger, vi skal bruge, vi skal ha, vi vil gerne have, vi vill ha, vi ska ha, við þurfum
we need: tarvitsemme, tarvitaan
we order: vi beställer, vi bestiller, tilaamme, við pöntum, tilaan
can you add: kan ni lägga till, kan du lägga till, kan dere legge til, kan du legge til, kan i tilføje
can you add: kan du tilføje, voitteko lisätä
please add: lägg till, legg til, tilføj venligst, tilføj, lisätkää, lisää, bætið við, tillegg til, tillegg
i would like to know: jag skulle vilja veta, haluaisin tietää, jeg vil gerne vide, jeg lurer på
do you have: har ni, har dere, har i, onko teillä, eigið þið, áttu
price: pris, priset, prisen, hinta, hinnan, verð, verðið
quote: offert, tilbud, tilbudet, tarjous, tarjouksen, tilboð
order: beställning, beställningen, bestilling, bestillingen, ordre, ordren, ordern, tilaus, tilauksen, pöntun
order: pöntunin, pöntunina
delivery: leverans, leveransen, levering, leveringen, toimitus, toimitukseen, toimituksen, afhending
subject: ämne, emne, aihe, efni
the following: följande, følgende, seuraavat, seuraavaa, eftirfarandi
tel: puh, sími
frozen: frost
january: januari, januar, tammikuu, tammikuuta, janúar
february: februari, februar, helmikuu, helmikuuta, febrúar
april: huhtikuu, huhtikuuta, apríl
may: maj, mai, toukokuu, toukokuuta, maí
june: juni, kesäkuu, kesäkuuta, júní
july: juli, heinäkuu, heinäkuuta, júlí
august: augusti, elokuu, elokuuta, ágúst
september: syyskuu, syyskuuta
october: oktober, lokakuu, lokakuuta, október
november: marraskuu, marraskuuta, nóvember
december: desember, joulukuu, joulukuuta, desember
week: vecka, veckan, uke, uka, uge, ugen, viikko, viikolla, vika, vk, viku
next week: nästa vecka, neste uke, næste uge, ensi viikolla, ensi viikko, næstu viku
tomorrow: i morgon, imorgon, i morgen, imorgen, huomenna, á morgun
today: i dag, idag, tänään, í dag
monday: måndag, mandag, maanantai, maanantaina, maanantaiksi, mánudag, mánudagur, mánudags
tuesday: tisdag, tirsdag, tiistai, tiistaina, tiistaiksi, þriðjudag, þriðjudagur, þriðjudags
wednesday: onsdag, keskiviikko, keskiviikkona, keskiviikoksi, miðvikudag, miðvikudagur, miðvikudags
thursday: torsdag, torstai, torstaina, torstaiksi, fimmtudag, fimmtudagur, fimmtudags
friday: fredag, perjantai, perjantaina, perjantaiksi, föstudag, föstudagur, föstudags
saturday: lördag, lørdag, lauantai, lauantaina, lauantaiksi, laugardag, laugardagur, laugardags
sunday: söndag, søndag, sunnuntai, sunnuntaina, sunnuntaiksi, sunnudag, sunnudagur, sunnudags
monday's: måndagens, mandagens, maanantain
tuesday's: tisdagens, tirsdagens, tiistain
wednesday's: onsdagens, keskiviikon
thursday's: torsdagens, torstain
friday's: fredagens, perjantain
saturday's: lördagens, lørdagens, lauantain
friday's delivery: fredagens leverans, fredagens levering
thursday's delivery: torsdagens leverans, torsdagens levering, torstain toimitukseen
large: stora, stor, store, stort, iso, isot, isoja, stór, stórar, stóra
small: små, lille, lilla, pieni, pienet, pieniä, lítil, litlar, litla
white: vit, vita, vitt, hvit, hvite, hvitt, hvid, hvide, valkoinen, valkoisia, valkoiset, hvítar, hvít, hvítt
black: svart, svarta, svarte, sort, sorte, musta, mustia, mustat, svartar, svört
red: röd, röda, rött, rød, røde, rødt, punainen, punaisia, rauðar, rauð, rautt
green: grön, gröna, grønn, grønne, grøn, vihreä, vihreitä, grænar, græn
"""

# Words only these languages write: one of them makes a text Nordic.
_MARKERS = word_set(
    """
    og och tack takk kiitos mvh kpl pss kasser kassar kassi esker æsker eske æske lådor låda laatikkoa laatikko
    pussia pulloa flasker flaskor flöskur poser påse påsar säckar sekker sække säkkiä saakkia hinkar spande bøtter
    ämpäriä tölkkiä dåser bokser krukker purkkia styck stykk fyrir perjantaiksi torstaiksi maanantaiksi
    tiistaiksi keskiviikoksi lauantaiksi torstain perjantain fredag torsdag lördag lørdag måndag mandag tisdag
    tirsdag onsdag söndag søndag föstudag fimmtudag laugardag þriðjudag mánudag miðvikudag skicka behöver trenger
    tilaamme lähettäkää tilaus beställning bestilling pöntun leverans toimitukseen hei kveðja också også myös
    lordag sondag floskur kassarnir tolkkia pusseja
    """
)
_FOLD = str.maketrans(
    {"å": "a", "ä": "a", "ö": "o", "ø": "o", "æ": "ae", "þ": "th", "ð": "d", "á": "a", "é": "e", "í": "i"}
    | {"ó": "o", "ú": "u", "ý": "y"}
)


def fold_nordic(text: str) -> str:
    """``text`` as it is typed without the Nordic letters ("lørdag" -> "lordag", "þurfum" -> "thurfum")."""
    return text.translate(_FOLD)


def _rows(table: str) -> list[tuple[str, list[str]]]:
    return table_rows(table, ",")


def _table() -> list[tuple[str, list[str]]]:
    """The reader's whole table, as rows: the rows above, the numbers before units, the compound numbers of 21-99
    ("tjugofem", "trettiotre", "kaksikymmentäviisi"), every phrase also typed without its letters."""
    rows = _rows(TABLE) + _rows(UNITS) + _rows(NUMBERS)
    rows += unit_count_rows(_rows(UNIT_NUMBERS), _rows(UNITS))
    rows += _compounds()
    # "på fredag", "på fredagens leverans": on the day, never a word of the line before ("på" is in catalog aliases:
    # "fiskeboller på boks", so it is read only before a day or a delivery)
    rows += [(f"on {day}", [f"på {w}" for w in ws]) for day, ws in _rows(TABLE) if day in _DAYS]
    return with_folded(rows, fold_nordic)


_DAYS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday delivery tomorrow monday's tuesday's wednesday's "
    "thursday's friday's saturday's"
)


def _compounds() -> list[tuple[str, list[str]]]:
    """21-99 said as one word, Swedish, Norwegian and Finnish: tens then ones."""
    ones = {
        1: ("en", "en", "yksi"),
        2: ("två", "to", "kaksi"),
        3: ("tre", "tre", "kolme"),
        4: ("fyra", "fire", "neljä"),
        5: ("fem", "fem", "viisi"),
        6: ("sex", "seks", "kuusi"),
        7: ("sju", "sju", "seitsemän"),
        8: ("åtta", "åtte", "kahdeksan"),
        9: ("nio", "ni", "yhdeksän"),
    }
    tens = {
        20: ("tjugo", "tjue", "kaksikymmentä"),
        30: ("trettio", "tretti", "kolmekymmentä"),
        40: ("fyrtio", "førti", "neljäkymmentä"),
        50: ("femtio", "femti", "viisikymmentä"),
        60: ("sextio", "seksti", "kuusikymmentä"),
        70: ("sjuttio", "sytti", "seitsemänkymmentä"),
        80: ("åttio", "åtti", "kahdeksankymmentä"),
        90: ("nittio", "nitti", "yhdeksänkymmentä"),
    }
    rows = [(str(t), list(dict.fromkeys(tw))) for t, tw in tens.items() if t > 50]
    for t, tw in tens.items():
        for o, ow in ones.items():
            rows.append((str(t + o), list(dict.fromkeys(a + b for a, b in zip(tw, ow, strict=True)))))
    return rows


# "mandag 12. juni": the day of the month is written with a full stop, which English dates do not have
_DAY_OF_MONTH = re.compile(
    r"\b(\d{1,2})\.\s*(?=(?:january|february|april|may|june|july|august|september|october|november|december)\b)"
)


def _dates(text: str) -> str:
    return _DAY_OF_MONTH.sub(r"\1 ", text)


# Swedish, Norwegian, Danish, Finnish and Icelandic (jobs/language/tables.py `LanguageReader`): a pattern of some
# 3,400 phrases, about 0.06 s of CPU to make (more under load), made on first use or by the preload
READER = LanguageReader(_table, _MARKERS, after=_dates)
is_nordic = READER.writes
read_nordic = READER.read
