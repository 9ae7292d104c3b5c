"""Czech, Slovak, Slovenian and Hungarian read as English words. Central European kitchens, delis and pubs write
their orders with the goods' own names (which catalogs list as aliases: "kofola", "tvaroh", "finomliszt") between
their language's joints: units in every case ("2 bedny", "8 prepraviek", "3 zaboje", "2 zsák", "4 krabice"),
"a"/"és"/"in" (and), number words in voice notes ("dva kbelíky", "osem prepraviek", "deset paketov", "két zsák"),
weekdays with their "for" ("na sobotu", "za petek", "do četrtka", "péntekre"), greetings, requests and sign-offs
("Dobrý den", "prosíme", "Kérek", "Lep pozdrav", "Díky"). Read as nothing, they were words of the product:
"sobotu prosíme" was a line of its own and "sudy plzne bedny budvaru" matched nothing.

So a text that writes one of these languages (one of `_MARKERS`) has its words read through ``TABLE`` (rows
``reading: words``, comma-separated, the longest phrase first; ``_`` reads as nothing) before the other readers see
it, on the message side only (goods words stay the catalog's). Every phrase is also read as it is typed without
the languages' accents ("fl'ase", "stvrtok", "csutortokre"): SMS and voice notes drop them. Number words that are
other words too ("pet" five, "hat" six, "hét" seven, "en" one) are read only before a unit ("pet zabojev").
Any other text is unchanged.
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

# Units, in every case an order uses them (nominative, accusative, genitive plural after a number).
UNITS = """
boxes: krabice, krabic, krabici, krabicu, krabica, krabíc, krabička, krabičky, krabiček, krabičku, škatla, škatle
boxes: škatli, škatel, škatlo, škatuľa, škatule, škatúľ, škatuľu
cases: bedna, bedny, bednu, beden, debna, debny, debnu, debien, basa, basy, basu, přepravka, přepravky, přepravku
cases: přepravek, prepravka, prepravky, prepravku, prepraviek, zaboj, zaboja, zaboje, zaboji, zabojev, zabojih
cases: gajb, gajbo, kartonů, kartónov, kartóny, kartón, kartónu, kartonov, kartont, rekesz, rekeszt, láda, ládát
sacks: pytel, pytle, pytlů, pytlu, pytlem, vrece, vrecia, vriec, vrecie, vreča, vreče, vreč, vrečo, zsák, zsákot
sacks: zsákkal
bags: pytlík, pytlíky, pytlíků, pytlíku, sáček, sáčky, sáčků, sáčku, sáčok, sáčkov, vrecko, vrecká, vreciek
bags: vrecúško, vrecúška, vrečka, vrečke, vrečki, vrečk, vrečko, zacskó, zacskót, zacskóban, tasak, tasakot
bottles: láhev, lahev, lahve, lahví, lahvi, láhve, flaška, flašky, flašek, flašku, fľaša, fľaše, fliaš, fľašu
bottles: fľašiek, fľašky, steklenica, steklenice, steklenic, steklenici, steklenico, üveg, üveget, palack
bottles: palackot
cans: plechovka, plechovky, plechovek, plechovku, plechoviek, pločevinka, pločevinke, pločevink, pločevinko
cans: konzerva, konzervy, konzerv, konzervu, konzerve, dobozt, dobozzal
kegs: sud, sudy, sudů, sudu, sudov, sode, sodov, sodček, sodčke, hordó, hordót
buckets: kbelík, kbelíky, kbelíků, kbelíku, vědro, vědra, vedro, vedrá, vedra, vedier, veder, vedrov, kýbel, kýble
buckets: vödör, vödröt, vödörrel
tubs: vanička, vaničky, vaniček, vaničku, vaničiek, kelímek, kelímky, kelímků, kad, kadi, kadmi, tégely, tégelyt
jars: sklenice, sklenic, sklenici, sklenica, sklenicu, pohár, poháre, pohárov, kozarec, kozarca, kozarce
jars: kozarci, kozarcev, befőttesüveg
packs: balení, balenie, balenia, balík, balíky, balíků, balíku, balíkov, balíček, balíčky, balíčků, balíčků
packs: balíčkov, bal, paketov, paketu, zavitek, zavitka, zavitki, zavitkov, csomag, csomagot, csomaggal
trays: tác, tácy, tácu, podnos, plato, plata, tálca, tálcát
rolls: role, rolí, rolku, rolky, rolo, tekercs, tekercset
pcs: ks, kusů, kusy, kus, kusov, kosov, kom, db, darab, darabot
kg: kil, kila, kilo, kiló, kilót, kilóval, kilogramů, kilogramov, kilogramov, kilogramm, kilós, kilósat, kilósból
l: litr, litrů, litry, litru, liter, litrov, litre, litra, liter, literes, literest
"""

# Number words read wherever they stand.
NUMBERS = """
1: jeden, jedna, jedno, jednu, jedného, jednej, ena, eno, egy
2: dva, dvě, dve, dvoch, dvou, kettő, két
3: tři, tri, troch, tří, három
4: čtyři, štyri, štiri, négy
5: pět, päť, öt
6: šest, šesť
7: sedm, sedem
8: osm, osem, nyolc
9: devět, deväť, devet, kilenc
10: deset, desať, tíz
11: jedenáct, jedenásť, enajst, tizenegy
12: dvanáct, dvanásť, dvanajst, tizenkét, tizenkettő
15: patnáct, pätnásť, petnajst, tizenöt
20: dvacet, dvadsať, dvajset, húsz
30: třicet, tridsať, trideset, harminc
40: čtyřicet, štyridsať, štirideset, negyven
50: padesát, päťdesiat, petdeset, ötven
100: sto, száz
0.5: půl, pol, fél
"""

# Number words that are other words too: read only before a unit ("pet zabojev", "hat doboz").
UNIT_NUMBERS = """
1: en
5: pet
6: hat
7: hét
"""

_HU_NUMBERS = word_set(
    "egy két három négy öt hat hét nyolc kilenc tíz tizenkét tizenöt húsz harminc negyven ötven fél"
)
_HU_SIZES = {"kg": ("kilós", "kilósat", "kilóst", "kilósból"), "l": ("literes", "literest", "literesből")}

# Weekdays, as "for <day>" when a preposition or an ending says so ("na sobotu", "za petek", "péntekre").
DAYS = """
monday: pondělí, pondeli, pondelok, ponedeljek, ponedeljka, hétfő, hétfőn
tuesday: úterý, utorok, torek, torka, kedd, kedden
wednesday: středa, středu, streda, stredu, sreda, sredo, srede, szerda, szerdán
thursday: čtvrtek, čtvrtku, štvrtok, četrtek, četrtka, csütörtök, csütörtökön
friday: pátek, pátku, piatok, petek, petka, péntek, pénteken
saturday: sobota, sobotu, soboto, sobote, soboty, szombat, szombaton
sunday: neděle, neděli, nedeľa, nedeľu, nedelja, nedeljo, vasárnap
tomorrow: zítra, zajtra, jutri, holnap
today: dnes, danes
"""
_FOR_DAY_HU = """
monday: hétfőre
tuesday: keddre
wednesday: szerdára
thursday: csütörtökre
friday: péntekre
saturday: szombatra
sunday: vasárnapra
tomorrow: holnapra
"""
_FOR = ("na", "za", "do", "k", "ku", "pro", "v", "vo", "ve")

TABLE = """
# a bottle's litres said as an adjective ("2 litrové becherovky", "6 kartonov kofoly pollitrovej") or a "seven" (a
# 0.7 l bottle: "2 sedmičky slivovice"): its size
1l: litrové, litrová, litrový, litrovou, litrových, litrovej, litrovú, litrovky, litrovka
0.5l: půllitrové, půllitrová, půllitrový, půllitrovou, půllitrových, pollitrové, pollitrová, pollitrový
0.5l: pollitrovej, pollitrovú, pollitrových, pollitrovky, pollitrovka
0.7l: sedmička, sedmičky, sedmičku, sedmiček, sedmičiek
# references to an earlier order (HISTORY_REFERENCE reads their English), and what is paid how, which is none
pay bacs: platba převodem, platba prevodom, plačilo z nakazilom, platíme převodem, átutalással fizetünk
pay cash: platba hotově, platíme hotově, platba v hotovosti, plačilo z gotovino, készpénzzel fizetünk
pay cash: fizetés készpénz, fizetés készpénzzel
_: předem, vopred, vnaprej, előre, jöhet, jönne, jöjjön, jöjjenek
invoice to account: faktura na účet, fakturu na účet, faktúra na účet, faktúru na účet, račun na račun
order no: objednávka č., objednávka č, objednávky č., číslo objednávky, číslo objednávky:, naročilo št., rendelésszám
the usual: jako obvykle, jako vždy, jako vzdy, jak obvykle, ako vždy, ako obvykle, kot ponavadi, kot vedno
the usual: a szokásosat, a szokásos, szokás szerint, mint mindig
same as last time: jako minule, to samé co minule, totéž co minule, to isté čo minule, to iste co minule
same as last time: ako minule, kot zadnjič, kot zadnjic, mint múltkor, ugyanazt mint múltkor, mint legutóbb
same as last week: jako minulý týden, stejně jako minulý týden, ako minulý týždeň, kot prejšnji teden
same as last week: isto kot prejšnji teden, mint a múlt héten, ugyanaz mint a múlt héten
same as last week: ugyanazt mint a múlt héten, ugyanaz, mint a múlt héten
instead of: místo, namiesto, namesto, helyett
double: dvojnásobek, dvojnásobok, dvakrat toliko, kétszer annyi
but: ale, ampak, toda
only: jen, jenom, len, samo, csak
# questions, quotes, complaints, cancelling and changing: what a message is, not goods
how much is: kolik stojí, koľko stojí, koliko stane, koliko stanejo, mennyibe kerül
do you have: máte, máte i, imate, van önöknek
price: cena, ceny, ceník, ceníku, cenník, cenníka, cenik, árlista, árat
quote: nabídka, nabídku, ponuka, ponuku, ponudba, ponudbo, ajánlat, ajánlatot
invoice: faktura, fakturu, faktúra, faktúru, račun, računu, számla, számlát, számlán
missing: chyběl, chyběla, chybělo, chyběly, chybí, chýbal, chýbala, chýbalo, chýbali, chýba, manjkal, manjkala
missing: manjkalo, manjkali, manjka, hiányzott, hiányzik
broken: rozbité, rozbitá, rozbitý, rozbitých, poškozené, poškozená, poškodené, poškodená, razbit, razbita
broken: razbitih, poškodovan, poškodovana, törött, összetört, sérült
expired: prošlé, prošlá, prošlý, prošlou, po záruce, po spotrebe, pretečen, pretečeno, lejárt
wrong: špatné, špatný, špatná, špatně, nesprávne, nesprávny, zlé, napačen, napačno, napačne, rossz
credit: dobropis, dobropisu, dobropisom, jóváírás, jóváírást
received: dostali jsme, dostali sme, prejeli smo, kaptunk, megkaptuk
yesterday: včera, včeraj, tegnap
cancel: zrušte, zrušit, zrušiť, zrušte prosím, stornujte, stornirajte, prekličite, lemondjuk, töröljék
move: přesunout, přesuňte, presunúť, presuňte, prestavite, prestaviti, áthelyezni, tegyék át
# requests, greetings and sign-offs
please send: pošlete, pošlite, pošljite, pošljete, pošlete nám, pošlite nám, dodejte, doručte, přivezte
please send: privezte, dovezite, küldjetek, küldjenek, küldjék, hozzatok, prosíme dodat, prosím dodat
please send: prosíme poslat, prosím poslat, prosíme o, prosím o, prosimo za, kérek szépen
please add: přidejte, pridajte, pridajte nám, dodajte še, kérek még, még kérek
we need: potřebujeme, potrebujeme, potrebujemo, potreboval bi, szükségünk van, kellene
we order: objednáváme, objednávame, objednávám, objednávam, naročamo, naročam, naročava, rendelünk, rendelnék
we order: rendelnénk, rendelek
i would like: chtěl bych, chtěla bych, chtěli bychom, chcel by som, chcela by som, chceli by sme, rad bi
i would like: rada bi, radi bi, kérnék, kérnénk, szeretnék, szeretnénk
i would like to know: chtěl bych se zeptat, chcel by som sa opýtať, rad bi vprašal, szeretném megkérdezni
please: prosím, prosíme, prosim, prosimo, prosiva, kérem, kérjük, kérek, legyen szíves
thanks: děkuji, děkujeme, díky, dík, ďakujem, ďakujeme, vďaka, hvala, hvala lepa, najlepša hvala, köszönöm
thanks: köszönjük, köszi, kösz, předem děkuji, vopred ďakujem, vnaprej hvala
hello: dobrý den, dobrý deň, dober dan, dobré ráno, dobro jutro, dobrý večer, ahoj, ahojte, čau, zdravím
hello: zdravíme, zdravo, živjo, pozdravljeni, jó reggelt, jó napot, jó napot kívánok, szia, sziasztok
hello: szervusz, szervusztok, üdv
kind regards: s pozdravem, s pozdravom, s přáním pěkného dne, lep pozdrav, lp, lepo pozdravljeni
kind regards: üdvözlettel, tisztelettel, mnoho pozdravů
order: objednávka, objednávku, objednávky, objednávce, naročilo, naročila, naročilu, rendelés, rendelést
order: rendelésünk
delivery: dodávka, dodávku, dodávky, závoz, rozvoz, dostava, dostavo, dostavi, szállítás, szállítást
subject: předmět, predmet, zadeva, tárgy
also: také, taky, též, tiež, tudi, ještě, ešte, še, még
and: és
large: velké, velký, velká, veľké, veľký, veľká, velike, veliki, nagy, nagyobb
small: malé, malý, malá, malých, malé, majhne, majhen, kis, kicsi, kisebb
extra: navíc, navyše, dodatno, pluszban
"""

# Words only these languages write, with and without their accents (not "dobry", Polish too): one of them makes a
# text Czech, Slovak, Slovenian or Hungarian.
_MARKERS = word_set(
    """
    prosím prosíme prosimo děkuji děkujeme díky ďakujem ďakujeme hvala köszönöm köszönjük köszi kérek kérnék
    kérjük krabice krabic krabica krabíc bedny beden bednu prepravky prepraviek přepravky pytle pytel zaboja
    zabojev zaboje steklenic steklenice fľaše fliaš lahve lahví kbelík kbelíky vödör vödröt zsák zsákot doboz
    sobotu pátek piatok petek četrtek čtvrtek štvrtok středu stredu sredo pondělí pondelok ponedeljek úterý
    utorok torek péntekre csütörtökre szombatra holnapra keddre szerdára hétfőre zítra zajtra jutri holnap
    pozdravem pozdravom pozdrav objednávka objednávku naročilo naročamo rendelés dobrý pošlete pošlite pošljite
    vreča vreče vrečke škatle škatli sudy plechovky pločevink csomag üveg
    zaboj vceraj včeraj manjkal manjkala chyběl chybělo chyběly chýbal chýbalo hiányzott
    dekuji dekujeme diky dakujem dakujeme koszonom koszonjuk koszi kernek kerjuk flase flias lahvi kbelik
    kbeliky vodor vodrot zsak zsakot patek cetrtek ctvrtek stvrtok pondeli utery pentekre csutortokre szerdara
    hetfore pozdravem pozdravom objednavka objednavku narocilo narocamo rendeles zitra posljite poslete poslite
    """
)
# "a" (Czech, Slovak), "in", "ter" (Slovenian) and "meg" (Hungarian) are "and" before a count only: "a" is also the
# Hungarian article and English's, "in" English's
_AND_BEFORE_COUNT = re.compile(r"(?<![\w'-])(?:a|in|ter|meg)\s+(?=\d)", re.IGNORECASE)
# "2 kadi zelja po 5 kg": each of 5 kg, the size of the unit, no "of"
_PER = re.compile(r"(?<![\w'-])po\s+(?=\d)", re.IGNORECASE)


def _rows(table: str) -> list[tuple[str, list[str]]]:
    return [(key, words) for key, words in table_rows(table, ",")]


def _days() -> list[tuple[str, list[str]]]:
    """The weekdays, and "for <day>" said with a preposition or the Hungarian "-ra/-re"."""
    rows = _rows(DAYS)
    rows += [(f"for {day}", [f"{p} {w}" for w in ws for p in _FOR]) for day, ws in _rows(DAYS)]
    return rows + [(f"for {day}", ws) for day, ws in _rows(_FOR_DAY_HU)]


def _compounds() -> list[tuple[str, list[str]]]:
    """21-99 said in words: Czech "dvacet pět" and "pětadvacet", Slovak "dvadsaťpäť", Slovenian "petindvajset",
    Hungarian "huszonöt"."""
    ones = {
        1: ("jedna", "jeden", "ena", "egy"),
        2: ("dva", "dva", "dva", "kettő"),
        3: ("tři", "tri", "tri", "három"),
        4: ("čtyři", "štyri", "štiri", "négy"),
        5: ("pět", "päť", "pet", "öt"),
        6: ("šest", "šesť", "šest", "hat"),
        7: ("sedm", "sedem", "sedem", "hét"),
        8: ("osm", "osem", "osem", "nyolc"),
        9: ("devět", "deväť", "devet", "kilenc"),
    }
    tens = {
        20: ("dvacet", "dvadsať", "dvajset", "huszon"),
        30: ("třicet", "tridsať", "trideset", "harminc"),
        40: ("čtyřicet", "štyridsať", "štirideset", "negyven"),
        50: ("padesát", "päťdesiat", "petdeset", "ötven"),
    }
    rows = []
    for t, (cs, sk, sl, hu) in tens.items():
        for o, (ocs, osk, osl, ohu) in ones.items():
            rows.append(
                (
                    str(t + o),
                    [f"{cs} {ocs}", f"{ocs}a{cs}", f"{sk}{osk}", f"{sk} {osk}", f"{osl}in{sl}", hu + ohu],
                )
            )
    return rows


def _table() -> list[tuple[str, list[str]]]:
    """The reader's whole table: the rows above, the numbers before units, every phrase also typed without its
    accents."""
    rows = _rows(TABLE) + _rows(UNITS) + _rows(NUMBERS) + _days() + _compounds()
    # Hungarian sizes join their number: "ötkilós" (of 5 kg), "kétliteres"
    hu = {n: [w for w in ws if w in _HU_NUMBERS] for n, ws in _rows(NUMBERS)}
    rows += [
        (f"{n} {unit}", [w + s for w in hu[n] for s in _HU_SIZES[unit]])
        for n in hu
        if hu[n]
        for unit in _HU_SIZES
    ]
    rows += unit_count_rows(_rows(UNIT_NUMBERS), _rows(UNITS))
    return with_folded(rows)


def _joints(text: str) -> str:
    return _AND_BEFORE_COUNT.sub("and ", _PER.sub("", text))


# Czech, Slovak, Slovenian and Hungarian (jobs/language/tables.py `LanguageReader`): a pattern of some 4,000
# phrases, made on first use or by the preload
READER = LanguageReader(_table, _MARKERS, after=_joints)
is_central_european = READER.writes
read_central_european = READER.read
