"""Swahili (and Kenyan Sheng) trade words (`english: swahili words`), read exactly: Swahili has no Snowball stemmer,
so the table lists the forms orders use. Units, numbers, weekdays, request words and the phrases whose joint a
reading would split ("nyama ya mbuzi") are the reader's (jobs/language/east_african.py)."""

TABLE = """
meat: nyama
goat: mbuzi
leg: mguu
fish: samaki
rice: mchele
bean: maharagwe
oil: mafuta
sugar: sukari
flour: unga
chicken: kuku
liver: maini
cassava: muhogo
milk: maziwa
whole: mzima
smoked: moshi
dried: kavu
fresh: mbichi
"""
