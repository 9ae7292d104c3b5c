"""Catalan, Basque and Galician read as English words. Bars and kitchens of Catalonia, the Basque Country and Galicia
write their orders with the goods' own names (which catalogs list in Spanish or as the trade says them: "txakoli",
"albariño", "fuet") between their language's joints: units ("2 caixes", "3 llaunes", "4 poltsa", "3 kutxa", "2
caixas"), "i"/"eta"/"e" (and), number words in voice notes ("bi kutxa", "dúas caixas", "tres ampolles"), weekdays
with their "for" ("per dimarts", "ostiralerako", "para o xoves"), greetings, requests and sign-offs ("Bon dia", "Egun
on", "mesedez", "Eskerrik asko", "Un saúdo", "si us plau"). Read as nothing, they were words of the product: "caixes
vichy" and "kutxa sagardo eta" matched nothing, "bon dia" was a line of its own.

So a text that writes one of these languages (one of `_MARKERS`) has its words read through ``TABLE`` (rows
``reading: words``, comma-separated, the longest phrase first; ``_`` reads as nothing) before the other readers see
it, on the message side only. Every phrase is also read as typed without accents. Number words that are other words
too ("set" seven, "nou" nine, "bat" one, "doce" twelve and sweet, "dos" two) are read only before a unit ("doce
caixas", not "pementón doce"); "i" and "e" (and) only before a count. Catalan's "d'" (of) is set apart from its
word ("d'arròs"). Any other text is unchanged.
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

# Units, singular and plural, Catalan, Basque (with its article "-a"/"-ak") and Galician.
UNITS = """
cases: caixes, caixa, kutxa, kutxak, kutxa bat, kaxa, kaxak, caixas, caixiña, caixiñas
boxes: capsa, capses, capsetes
bottles: ampolla, ampolles, botila, botilak, botilla, botellas, botella, botelas
cans: llauna, llaunes, lata, latak, latas, laterío
bags: bossa, bosses, poltsa, poltsak, poltsatxo, bolsas, bolsa
sacks: sac de, sacs de, zaku, zakuak, sacos, saco
kegs: barrils, barril, barrila, barrilak, upel, upelak, barrís
jars: pot de vidre, pots de vidre, pote, poteak, potea, ontzi, ontziak, ontzia, frasco, frascos, bote, botes
tubs: tarrina, tarrines, tarrinak
trays: safata, safates, erretilu, erretiluak, bandexa, bandexas
packs: paquet, paquets, pakete, paketeak, paquete, paquetes
garrafa: garrafes, garrafak
pcs: unitats, unitate, unitateak, unidades
kg: quilos, quilo, kilo, kiloak
l: litres, litro, litroak, litros
"""

# Number words read wherever they stand.
NUMBERS = """
1: una, unha
2: dues, dúas, dous, bi
3: tres, hiru
4: quatre, catro, lau
5: cinc, cinco, bost
6: sis, seis, sei
7: sete, zazpi
8: vuit, oito, zortzi
9: nove, bederatzi
10: deu, dez, hamar
11: onze, once, hamaika
12: dotze, hamabi
15: quinze, quince, hamabost
20: vint, vinte, hogei
24: vint-i-quatre, vinte e catro, hogeita lau
25: vint-i-cinc, vinte e cinco, hogeita bost
30: trenta, trinta, hogeita hamar
40: quaranta, corenta, berrogei
50: cinquanta, cincuenta, berrogeita hamar
100: cent, cen, ehun
"""

# Number words that are other words too: read only before a unit ("doce caixas", "set ampolles", "kutxa bat").
UNIT_NUMBERS = """
1: un, bat
2: dos
7: set
9: nou
12: doce
"""

DAYS = """
monday: dilluns, luns, astelehena, astelehenean
tuesday: dimarts, asteartea, asteartean
wednesday: dimecres, mércores, mercores, asteazkena, asteazkenean
thursday: dijous, xoves, osteguna, ostegunean
friday: divendres, venres, ostirala, ostiralean
saturday: dissabte, larunbata, larunbatean
sunday: diumenge, igandea, igandean
tomorrow: demà, mañá, bihar, biharko
tomorrow morning: demà al matí, mañá pola mañá, bihar goizean
today: avui, hoxe, gaur
"""
# Basque says "for" with an ending: "ostiralerako" (for Friday), "biharko" (tomorrow's)
_FOR_DAY_EU = """
monday: astelehenerako
tuesday: astearterako
wednesday: asteazkenerako
thursday: ostegunerako
friday: ostiralerako
saturday: larunbaterako
sunday: igandeko, igandeerako
tomorrow: biharrerako
"""
_FOR = ("per", "per a", "para o", "para a", "pro", "per al")

TABLE = """
# references to an earlier order (HISTORY_REFERENCE reads their English)
the usual: com sempre, com cada setmana, el de sempre, la de sempre, o de sempre, como sempre
the usual order: ohiko eskaera, ohiko eskaria, betiko eskaera, la comanda de sempre, o pedido de sempre
the usual: ohikoa, betikoa, betiko, ohi bezala
but: baina, però, pero, mais
same as last week: com la setmana passada, igual que la setmana passada, como a semana pasada
same as last week: igual ca semana pasada, aurreko astekoa bezala, aurreko asteko bera, joan den astekoa bezala
same as last time: com l'última vegada, com l'altra vegada, como a última vez, aurrekoan bezala, azkenekoan bezala
# questions, complaints, cancelling: what a message is, not goods
how much is: quant costa, canto custa, zenbat balio du, zenbat da
do you have: teniu, tindríeu, tedes, tendes, ba al duzue, baduzue
price: preu, preus, prezioa, prezioak, prezo, prezos
missing: faltava, faltaven, faltaba, faltaban, falta zen, falta ziren
yesterday: ahir, onte, atzo
broken: trencat, trencada, trencades, trencats, rota, rotas, roto, apurtuta, hautsita
cancel: anul·leu, anulleu, cancel·leu, canceleu, anulade, cancelade, ezeztatu, bertan behera utzi
# requests, greetings and sign-offs
please send: envieu-nos, envieu, ens podeu enviar, porteu-nos, porteu, mandádenos, mándanos, enviádenos
please send: bidali, bidali mesedez, bidal iezaguzue, ekarri
please add: afegiu-hi, afegiu, engadide, engádenos, gehitu, gehitu mesedez
we need: necessitem, precisamos, behar dugu, behar ditugu, behar genituzke
i would like: voldríem, voldria, voldriem, quereriamos, nahi genuke, nahi nuke
we order: us passem la comanda, us passo la comanda, vos pasamos o pedido, eskatzen dugu
please: si us plau, sisplau, siusplau, mesedez, por favor
thanks: gràcies, moltes gràcies, merci, mercès, eskerrik asko, eskerrik asko aurretik, mila esker, eskerrik
thanks: grazas, moitas grazas
hello: bon dia, bona tarda, bon dia a tothom, hola, ei, kaixo, egun on, arratsalde on, bos días, boas tardes
hello: boas, bo día, ola
kind regards: salutacions, una salutació, atentament, agur, besarkada bat, ondo izan, un saúdo, saúdos
kind regards: atentamente, apertas, unha aperta
order: comanda, comandes, eskaera, eskaerak, pedido
subject: assumpte, gaia, asunto
and: eta
also: també, tamén, ere bai
large: handi, handiak, handia
small: pequeno, pequenos, pequena, txiki, txikiak, txikia
"""

# Words only these languages write: one of them makes a text Catalan, Basque or Galician (not Basque "eta", English's
# ETA too; not "comanda", Romanian's and Italian's order too; not "duas", "oito", Portuguese's numbers too).
_MARKERS = word_set(
    """
    caixes ampolles llaunes llauna bosses garrafes tarrines capses kutxa kutxak poltsa poltsak botilak zakuak latak
    dilluns dimarts dimecres dijous divendres dissabte demà dema xoves venres mércores mercores luns mañá hoxe
    astelehena asteartea asteazkena osteguna ostirala larunbata bihar biharko ostiralerako ostegunerako
    astelehenerako astearterako asteazkenerako larunbaterako ohiko ohikoa betiko gràcies gracies mesedez eskerrik kaixo grazas saúdo
    saudo eskaera assumpte necessitem precisamos voldríem voldriem envieu bidali plau
    sisplau siusplau salutacions agur dúas catro unha
    """
)
# "i" (Catalan) and "e" (Galician) are "and" before a count only: both are other words of other languages
_AND_BEFORE_COUNT = re.compile(r"(?<![\w'-])(?:i|e)\s+(?=\d)", re.IGNORECASE)
# Catalan "d'arròs", "d'allioli": "of" joined to its word
_OF_JOINT = re.compile(r"(?<![\w'-])d'(?=[^\W\d_])", re.IGNORECASE)


def _rows(table: str) -> list[tuple[str, list[str]]]:
    return [(key, words) for key, words in table_rows(table, ",")]


def _table() -> list[tuple[str, list[str]]]:
    """The reader's whole table: the rows above, the numbers before units, the weekdays with their "for", every
    phrase also typed without its accents."""
    rows = _rows(TABLE) + _rows(UNITS) + _rows(NUMBERS) + _rows(DAYS)
    rows += [(f"for {day}", ws) for day, ws in _rows(_FOR_DAY_EU)]
    rows += [(f"for {day}", [f"{p} {w}" for w in ws for p in _FOR]) for day, ws in _rows(DAYS)]
    rows += unit_count_rows(_rows(UNIT_NUMBERS), _rows(UNITS))
    return with_folded(rows)


def _of_joined(text: str) -> str:
    return _OF_JOINT.sub("", text)


def _and_before_count(text: str) -> str:
    return _AND_BEFORE_COUNT.sub("and ", text)


# Catalan, Basque and Galician (jobs/language/tables.py `LanguageReader`): a pattern of some 1,200 phrases, made on
# first use or by the preload
READER = LanguageReader(_table, _MARKERS, before=_of_joined, after=_and_before_count)
is_iberian = READER.writes
read_iberian = READER.read
