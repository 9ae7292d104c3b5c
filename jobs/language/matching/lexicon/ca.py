"""Catalan trade words (`english: catalan words`); inflections are read through the Catalan stemmer."""

TABLE = """
mussel: musclo musclos
octopus: polp
cod: bacallà
fish: peix peixos
stock: brou
rice: arròs
loin: llom
prawn: gamba gambes llagostí llagostins
croquette: croqueta croquetes
ham: pernil
shredded: esqueixat esqueixada
salted: salat salada
smoked: fumat fumada fumats
stuffed: farcit farcida farcides farcits
anchovy: anxova anxoves seitó seitons
olive: oliva olives
tuna: tonyina
squid: calamar calamars
onion: ceba
potato: patata patates
cheese: formatge formatges
chicken: pollastre
red: vermell vermella vermells
black: negre negra
white: blanc blanca blancs
sweet: dolç dolça
wine: vins
beer: cervesa cerveses
water: aigua
oil: oli
saffron: safrà
paprika: pebre roig

mushroom: bolet bolets
"""
