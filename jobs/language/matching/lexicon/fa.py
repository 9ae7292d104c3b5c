"""Persian (Iranian and Dari) trade words as customers write them in Latin letters ("Finglish"), with the few
Pashto and Sorani ones of the trade (`english: words`), read exactly (no stemmer: spellings vary more than
endings do, so the common spellings are listed, an ezafe "-e" or plural "-ha" form included where orders use
it). Words in Arabic script are read before transliteration, in jobs/language/persian_words.py."""

TABLE = """
rice: berenj berenjh
raisin: keshmesh keshmeshe
golden: talayi talaei talaee tellaei
almond: badoom badoomi badam badami
slivered: khalali khalal
pistachio: pesteh pesteye
walnut: gerdoo gerdu gerdoe
yoghurt: mast maast maste
cheese: panir
tea: chaay
green: sabz
black: siah siyah
red: ghermez germez qermez
white: sefid safid sepid
yellow: zard
date: khorma khorama
chickpea: nokhod nakhod
bean: loobia lubia loubia
saffron: zafaran zaferan
barberry: zereshk
sticks: chubi choobi
electric: barghi
teapot: ghoori ghouri
cardamom: hel
lamb: gousfand gusfand gousfandi
beef: gousaleh gusale gousale
bone: ostokhan ostekhan
"""
