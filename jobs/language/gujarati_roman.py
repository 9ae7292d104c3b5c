"""Gujarati read as English words, typed in Latin letters or folded from Gujarati script (`scripts.fold_scripts`:
"મોકલજો" is "moklajo", "બેગ" "beg"). Gujarati cash-and-carries, farsan shops and sweet marts write orders with
Gujarati joints around English and brand names: request and polite words ("kale mokaljo", "aabhar"), "ane" (and),
"na"/"ni"/"nu" (of), number words ("be bag besan tran pack", two bags and three packs), units and English loanwords
as the script spells them ("beg", "kes", "boks", "barni", "tab", "vejitebal", "eliphant ata midiyam"), the size
marker "vado" ("be kilo vado", the 2 kilo one) and references ("gaya athvadiya jevu j", like last week; "roj jevu
order", the usual order; "હંમેશ મુજબ", as always; "pehla order jevu j", like my first order). Read as nothing they
were words of the product, and a reference to last week's order was confirmed as only its extras.

So a text that writes Gujarati (a Gujarati letter, or one of `_MARKERS`) has its words read through ``TABLE`` (rows
``reading: words``, comma-separated, the longest phrase first; ``_`` reads as nothing) after its letters are folded
to Latin, on the message side only. Any other text is unchanged: "be", "char" and "das" are English and German, and
"vado" and "joie" (Gujarati's "the one" and "need") are Italian and French too: no markers.
"""

from __future__ import annotations

import re

from jobs.language.tables import PhraseReader, word_set
from jobs.language.word_patterns import ASCII_WORD_RE

TABLE = """
same as last week: gaya athvadiya jevu j, gaya athvadiya jevun ja, gaya athvadiya jevu, gaya athvadiya jevun
same as last week: gaya athvadiye jevu, gaya vakhat jevu j, gaya vakhat jevu, chhella order jevu
the usual: roj jevu order, roj jevu, hanmesh mujab, hamesh mujab, hammesha mujab, hamesha mujab, kayam mujab
same as my first order: pehla order jevu j, pehla order jevu, pahela order jevu j, pahela order jevu
but: pan
and: ane
please send: mokalo, moklo, mokaljo, moklajo, mokalsho, mokli aapo, pachhu mokalo
tomorrow morning: kal savare, kale savare
tomorrow: kale, kal
thanks: aabhar, abhar, dhanyavad
hello: jay shri krishn, jai shree krishna, jay shree krishna, jai shri krishna, kem cho
_: bhai, na, ma, ni, no, nu, j, joie che, joiye chhe, joie
1: ek
2: be
3: tran, tren
4: char
5: panch
6: chha
10: das
12: bar
20: vis
bag: beg
case: kes
box: boks, dabbo, dabba, dabbu
jar: barni
tub: tab
wala: vado, valo, vala, vali
# English and trade words as the script spells them
vegetable: vejitebal
elephant: eliphant
atta: ata, ato
medium: midiyam
wholemeal: vholmil
lime: laim
garlic: garlik
east end: ist end
pataks: patak
keri nu athanu: kerinun athanun, kerinu athanu
athanu: athanun
delivery: dilivri
# talk around an order: a change, a complaint, a closure, a question
today: aaje, aaj
not: nahi, nathi
make it: karo, kari do
arrived short: ochi aavi, ochhi aavi, ochu aavyu
arrived: aavi, aavyu, aavya
thursday: guruvare, guruvar
saturday: shanivare, shanivar
friday: shukravare, shukravar
closed: bandh
shop: dukan
please do not: na karsho, na karta
do you have: shun tamari pase, tamari pase
price: bhav
what: shun
"""

# Words only Gujarati writes: one of them (or a Gujarati letter) makes a text Gujarati.
_MARKERS = word_set(
    """
    mokalo moklo mokaljo moklajo mokalsho ane jevu jevun athvadiya pachhu aabhar abhar joiye dabbo dabba
    barni athanun
    """
)
_GUJARATI = re.compile(r"[\u0a80-\u0aff]")
_READER = PhraseReader(TABLE)  # jobs/language/tables.py


def is_gujarati(text: str) -> bool:
    """Whether ``text`` (as written, before its letters are folded) writes Gujarati."""
    return _GUJARATI.search(text) is not None or any(
        w.lower() in _MARKERS for w in ASCII_WORD_RE.findall(text)
    )


def read_gujarati(written: str, folded: str) -> str:
    """``folded`` (the text ``written`` with its letters folded to Latin) with its Gujarati words as English when
    ``written`` writes Gujarati; any other text unchanged."""
    return _READER.read(folded) if is_gujarati(written) else folded
