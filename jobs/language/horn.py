"""Somali, Amharic and Tigrinya read as English words. Horn of Africa restaurants and grocers write orders in
Somali (Latin letters), in Amharic and Tigrinya in Ge'ez script (which `scripts.fold_scripts` transliterates:
"ጆንያ" is "jonya", "ላኩልን" "lakuln") or romanised ("lakulin", "bejakhum"), with their own joints: units ("jawaan"
and "ጆንያ" a sack, "kartoon" a carton, "qasacad" a tin, "ገንዳ" a tub), "iyo" and "እና" (and), request and polite
words ("fadlan noo soo dir", "ላኩልን", "ስደዱልና", "amesegnalehu"), weekdays with their "for" ("Khamiista",
"ለሐሙስ", "ንዓርቢ"), number words ("laba jawaan", "toban kilo"), references ("sidii caadiga ahayd", "እንደ
ባለፈው ሳምንት", "kem wetru") and the bone words of meat ("aan laf lahayn", "laf leh"). Read as nothing, they
were words of the product: "jawaan bariis tilda" matched nothing. What came, broke or was wrong ("yimid", "jaban",
"ተቀድዶ"), cancelling ("iska jooji", "ሰርዙልን") and changing ("ka dhig") are read too, so a complaint about goods is
no order of them. Words other languages write too are left out ("gin" but, the spirit; "asr" ten, the prayer).

So a text that writes one of these languages (Ge'ez letters, or one of `_MARKERS`) has its words read through
``TABLE`` (rows ``reading: words``, comma-separated, the longest phrase first; ``_`` reads as nothing) after its
letters are folded to Latin, on the message side only (catalogs name goods in English; goods words are the
lexicon's: `matching/lexicon/so.py` and `am.py`). Any other text is unchanged.
"""

from __future__ import annotations

import re

from jobs.language.tables import PhraseReader, word_set
from jobs.language.word_patterns import ASCII_WORD_RE

# Ge'ez words are written here as `fold_scripts` transliterates them ("እና" -> "na", "ለሐሙስ" -> "lehamus").
TABLE = """
the usual: sidii caadiga ahayd, sida caadiga ah, sidii caadiga ah, sidii caadiga, sida caadiga
the usual: ende hulgizew, nde hulgizew, endehulgizew, kem wetru, kem wetru ntu
same as last week: sidii todobaadkii hore, sida todobaadkii hore, sida usbuucii hore, sidii usbuucii hore
same as last week: ende balefew samint, ende balefew samnt, nde balefew samnt, kem nay zhalefe semun
same as last week: kem zhalefe semun
instead of: halkii, ab kndi, ab kindi
but: laakiin, lakin, gn
# a goods word another language reads otherwise (Dutch "geel" is yellow): read here, in Somali text only
camel: geel, geela, geelka
# goods named in two words a letter-by-letter reading splits or shortens
red split lentils: key msr kk, keyh msr kk
misir kik: msr kk, mesr kek
tomato paste: timatim pasta, timatim paste
white: netch
boneless: aan laf lahayn, laf la'aan, aan lafo lahayn
bone-in: laf leh, lafta leh
sack: jawaan, jawaano, jonya, jonyoch
carton: kartoon, kartoono, kartoonno
bag: kiish, kiishash, keretit
box: sanduuq, sanduuqa, sanduuqyo, saten, satn
can: qasacad, qasacado, qasacadood, tanika
pack: baakad, baakado
bottle: dhalo, dhalooyin
tub: genda
kilo: kiilo, kiiloo, kiilooyin
1: kow
2: laba, hulet
3: saddex, sost
4: afar, arat
5: shan, amst, amist
6: lix, sdst, sidist
7: toddoba, sebat
8: siddeed, smnt, smint
9: sagaal, zeteny
10: toban, asir
20: labaatan
30: soddon
40: afartan
50: konton
thursday: khamiista, khamiis, lehamus, nhamus, hamus
friday: jimcaha, jimce, lerob, learb, narbi, learbi, arbi
saturday: sabtida, sabti, lekidame, lekdame, kidame, kdame, nkedam
sunday: axada, axad
monday: isniinta, isniin, lesegno, lesenyo, nsenuy
tuesday: talaadada, talaado, lemaksegno
wednesday: arbacada, arbaco, lerebu, nrebu
please send: fadlan noo soo dir, noo soo dir, soo dir, noo keen, lakulin, lakuln, lakulign, lakulny, laku
please send: sdedulna, sdedulena
please: fadlan, ebakachu, ebakachihu, bakachhu, ebakih, bejakhum, bejakum, bejahum, bejaxum
thanks: mahadsanid, mahadsantahay, amesegnalehu, ameseginalehu, amesegina, amesegnalew, yekenyeley, yekenyelay
do you have: ma jiraa, ma haysaan, ma haysataan
price: qiimaha, qiimo, qiime
days: maalmood, maalin
we are: waxaan nahay, waan nahay
new: cusub
hello: asc walaal, asc, tena yistilign, tenayistilign
sorry: ykrta, yikirta, yiqirta
small: tinishu, tnsh, ntsuh, ntsh
large: tilik, tlk, abiy
medium: midum, mekakelenya, mekakelegna
add: chemru, chemrulin, wesku
pay cash: lacag caddaan ah, lacag caddaan
asap: waa degdeg, degdeg
and: iyo, ena, na, n, kemu, kemuwn, kemuwun
# complaints, cancellations and changes: what came, broke or was wrong, and the orders they are about
arrived: yimid, yimaadday, yemetaw, yemetut, zmetse, zemetse
broken: jaban, jabnaa, tesebrewal, tesebrew, tesebro
torn: jeexnaa, jeexan, tekeddo, tekedo
was: neber, neyru
yesterday: shalay, tnant, tilant, tmali
wrong: khalad, qalad, sihitet, shtet
was a mistake: waa qalad, waa khalad, khalad ayuu ahaa, sihitet new
cancel: iska jooji, iska joojiya, serzuln, serizu, serzu, serzulin, serzwo
make it: ka dhig, ka dhiga, gberwo, adrgut, adrgulin
we ordered: azizna, azzna
poor quality: waa liitaa, liitaa
replaced: la beddelo, beddelo
order: dalabkii, dalabka, dalabkan, dalab, tzaz, tezaz, tzazachnn, tzazna, tzazachn
_: walaal, bicha, bcha
"""

# Words only these languages write: one of them (or a Ge'ez letter) makes a text Somali, Amharic or Tigrinya
# ("geel" is Dutch too: no marker).
_MARKERS = word_set(
    """
    iyo asc fadlan walaal mahadsanid mahadsantahay jawaan kartoon kiilo qasacad qasacadood sanduuq baakado
    kiish hilib lahayn bariis digaag sonkor shaah subag saliid timir sidii sida laakiin halkii todobaadkii
    usbuucii caadiga khamiista jimcaha sabtida arbacada lacag
    lakulin lakuln laku bejakhum bejakum amesegnalehu ameseginalehu yekenyeley ebakachu jonya hulgizew
    balefew wetru sdedulna tinishu ntsuh yistilign lekidame lerob lesegno waxaan yimid serizu yikirta
    yemetut yemetaw tesebrewal tilant dalabkii dalabka
    """
)
_GEEZ = re.compile(r"[\u1200-\u137f]")


_READER = PhraseReader(TABLE)  # jobs/language/tables.py


def is_horn(text: str) -> bool:
    """Whether ``text`` (as written, before its letters are folded) writes Somali, Amharic or Tigrinya."""
    if _GEEZ.search(text):
        return True
    # an acronym is no marker: "ASC certified" is the aquaculture label, not the Somali greeting "Asc"
    return any(w.lower() in _MARKERS for w in ASCII_WORD_RE.findall(text) if not w.isupper())


def read_horn(written: str, folded: str) -> str:
    """``folded`` (the text ``written`` with its letters folded to Latin) with its Somali, Amharic and Tigrinya
    words as English when ``written`` writes one of them; any other text unchanged."""
    if not is_horn(written):
        return folded
    return _READER.read(folded)
