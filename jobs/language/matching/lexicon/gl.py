"""Galician trade words (`english: galician words`). Galician has no Snowball stemmer: the table lists the forms
orders use."""

TABLE = """
octopus: polbo polbos
cod: bacallau
cheese: queixo queixos
ham: xamón xamóns
orange: laranxa laranxas
onion: cebola cebolas
chicken: polo polos
croquette: croqueta croquetas
mussel: mexillón mexillóns
prawn: langostino langostinos
water: auga
beer: cervexa cervexas
wine: viño viños
sweet: doce
white: branco branca
red: vermello vermella
oil: aceite
bread: pan
"""
