"""Somali trade words (`english: somali words`), read exactly: Somali has no Snowball stemmer, so the table lists
the forms orders use, bare and with the definite ending ("bariis", "bariiska"). Units, numbers, weekdays and request
words are the reader's (jobs/language/horn.py), and so is "geel" (camel), which Dutch reads as yellow."""

TABLE = """
rice: bariis bariiska
meat: hilib hilibka hilbo
goat: ari ariga
leg: lugta lugaha
chicken: digaag digaagga
thigh: bowdo bowdada
sugar: sonkor sonkorta
tea: shaah shaaha shaahana
cup: koob koobab koobka
date: timir timirta
ghee: subag subagga
oil: saliid saliidda
milk: caano
onion: basal basasha
ginger: sinjibiil
spaghetti: baasto baastada
water: biyo
frankincense: lubaan lubaanka
tomato: yaanyo
honey: malab
"""
