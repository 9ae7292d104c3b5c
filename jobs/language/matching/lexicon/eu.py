"""Basque trade words (`english: basque words`); inflections (the article "-a"/"-ak" and the cases) are read through
the Basque stemmer."""

TABLE = """
cod: bakailao bakailaoa
croquette: kroketa kroketak
ham: urdaiazpiko urdaiazpikoa
shredded: txikitua txikituta
salted: gazia gatzatua
smoked: ketua keztatua
onion: tipula tipuladuna tipuladun
potato: patata patatak
cheese: gazta gazta
chicken: oilasko oilaskoa
cider: sagardo sagardoa
wine: ardo ardoa
beer: garagardo garagardoa
water: ur ura
oil: olio olioa
anchovy: antxoa antxoak
tuna: hegaluze hegaluzea
squid: txipiroi txipiroiak
octopus: olagarro olagarroa
red: gorri gorria
white: zuri zuria
black: beltz beltza
sweet: gozo gozoa
bread: ogi ogia
rice: arroz arroza
mushroom: perretxiko perretxikoak
"""
