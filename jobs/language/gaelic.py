"""Irish and Scottish Gaelic read as English words. Shops and kennels in Ireland and the Highlands write their orders
with the goods' own brand names between their language's joints: units with the lenition a number puts on them ("2
phaca", "trí mhála", "dhá chás", "1 bhosca", "8 pocannan", "4 cèisean", "6 bèilichean", "2 phasgan"), "agus" (and),
"airson" (for), number words ("trì sacan", "dà bhogsa", "dhá chás"), greetings, thanks and sign-offs ("Feasgar math",
"Tapadh leibh", "Go raibh maith agat", "Le meas"). Read as nothing, they were words of the product: "phaca frontline"
matched nothing, "trí mhála pedigree" was no order at all.

So a text that writes one of these languages (one of `_MARKERS`) has its words read through ``TABLE`` (rows
``reading: words``, comma-separated, the longest phrase first; ``_`` reads as nothing) before the other readers see
it, on the message side only. A lenited word (an "h" after its first consonant: "phaca" of "paca", "mhála" of
"mála", "chèis" of "cèis") is listed with its plain form as data, as the Welsh lexicon lists its mutations. Every
phrase is also read as typed without accents. Any other text is unchanged.
"""

from __future__ import annotations

from jobs.language.tables import LanguageReader, table_rows, with_folded, word_set

# Units, plain and lenited, singular and plural; Irish first, then Scottish Gaelic.
UNITS = """
packs: paca, phaca, pacaí, phacaí, pacanna, pacáiste, phacáiste, pacáistí, pasgan, phasgan, pasganan, phasganan
bags: mála, mhála, málaí, mhálaí, poca, phoca, pocannan, phocannan, pocan, baga, bhaga, bagaichean
boxes: bosca, bhosca, boscaí, bhoscaí, bogsa, bhogsa, bogsaichean, bhogsaichean
cases: cás, chás, cásanna, chásanna, cèis, chèis, cèisean, chèisean, ceis, cheis, ceisean
bottles: buidéal, bhuidéal, buidéil, bhuidéil, botal, bhotal, botail, bhotail, botalan
cans: canna, channa, cannaí, channaí, canastair, chanastair, canastairean, tiona, thiona, tionaichean
sacks: sac, shac, sacanna, shacanna, sacan, shacan
bales: bèile, bhèile, bèilichean, bhèilichean, báil, bháil, báileanna, bhéil
tubs: tobán, thobán, tobáin, tuba, tubaichean
rolls: rolla, rollaí, rola, rolaichean
"""

NUMBERS = """
1: aon
2: dhá, dà, dá, dhà
3: trí, trì
4: ceithre, ceithir
5: cúig, còig
6: sé, sia
7: seacht, seachd
8: ocht, ochd
9: naoi
10: deich
12: dó dhéag, dhá dhéag, dà dheug, dà-dheug
20: fiche
"""

TABLE = """
# references, questions, complaints: what a message is, not goods
the usual: an gnáthordú, an gnáth-ordú, mar is gnách, an t-òrdugh àbhaisteach, mar as àbhaist
same as last week: mar an tseachtain seo caite, mar an t-seachdain sa chaidh, an aon rud ris an t-seachdain sa chaidh
how much is: cé mhéad atá, cia mheud a tha
price: praghas, phraghas
missing: ar iarraidh, a dhìth, in easnamh
yesterday: inné, an-dè
broken: briste, bhriste
# requests, greetings and sign-offs
please: le do thoil, le bhur dtoil, más é do thoil é, ma 's e do thoil e, mas e ur toil e, thoil
thanks: go raibh maith agat, go raibh maith agaibh, go raibh míle maith agat, tapadh leibh, tapadh leat, mòran taing
thanks: taing, míle buíochas, buíochas
hello: dia duit, dia dhuit, dia dhaoibh, dia daoibh, haigh, halò, feasgar math, madainn mhath, tráthnóna maith
hello: maidin mhaith, a chairde, a charaid
kind regards: le meas, le dùrachd, slán, slàn, beannachd
order: ordú, òrdugh, ordu, ordugh, órdú, ordú na seachtaine, òrdugh na seachdain, òrdugh seachdaineil
subject: ábhar, cuspair
please send: seol chugainn, seol, cuir thugainn, cuiribh thugainn, cuir
we need: teastaíonn uainn, feumaidh sinn
and: agus, ⁊
for: airson
also: freisin, cuideachd
week: seachtain, seachtaine, seachdain
tomorrow: amárach, a-màireach
monday: dé luain, diluain
tuesday: dé máirt, dimàirt
wednesday: dé céadaoin, diciadain
thursday: déardaoin, diardaoin
friday: dé haoine, dihaoine, aoine
saturday: dé sathairn, disathairne
large: mór, mhór, mòr, mhòr, móra, mòra
# the animals a pet shop's goods are for, too short for the lexicon (two letters): read here, in these texts only
dog: cù, chù, coin, choin, madra, mhadra
cat: cait, chait
small: beag, bheag, beaga, beaga
"""

# Words only these languages write: one of them makes a text Irish or Scottish Gaelic.
_MARKERS = word_set(
    """
    agus phaca mhála mhala chás bhosca bhogsa pocannan phoca phasgan pasganan cèisean ceisean bèilichean
    beilichean sacanna sacan trí trì dhá dà ceithre ceithir cúig còig tapadh taing feasgar madainn dhuit
    thoil airson ordú òrdugh ábhar cuspair seachtaine seachdain amárach màireach dihaoine déardaoin diardaoin
    meas dùrachd buíochas
    """
)


def _rows(table: str) -> list[tuple[str, list[str]]]:
    return [(key, words) for key, words in table_rows(table, ",")]


def _table() -> list[tuple[str, list[str]]]:
    """The reader's whole table, every phrase also typed without its accents."""
    rows = _rows(TABLE) + _rows(UNITS) + _rows(NUMBERS)
    return with_folded([(key, [w for w in words if "..." not in w]) for key, words in rows])


# Irish and Scottish Gaelic (jobs/language/tables.py `LanguageReader`): a pattern of some 300 phrases, made on
# first use or by the preload
READER = LanguageReader(_table, _MARKERS)
is_gaelic = READER.writes
read_gaelic = READER.read
