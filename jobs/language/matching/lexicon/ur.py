"""Urdu and Hindi trade words as UK wholesale customers write them in Latin letters (`english: words`), read
exactly (no stemmer: spellings vary more than endings do, so the common spellings are listed)."""

TABLE = """
potato: aloo alu aaloo
onion: pyaz pyaaz piyaz piaz
tomato: tamatar tamater
garlic: lehsun lahsun lasan
ginger: adrak adrakh
chilli: mirch mirchi
coriander: dhania dhaniya dhanya
fenugreek: methi
spinach: palak
cauliflower: gobi gobhi
cabbage: bandh
pea: matar mattar
chickpea: chana channa chanay chole
lentil: masoor
dal: daal dhal dhaal
rice: chawal chaawal
flour: atta aata maida
gram: besan
semolina: sooji suji
sugar: cheeni chini khand
salt: namak
milk: doodh dudh
yoghurt: dahi dahee
butter: makhan makkhan
chicken: murgh murg murgi murghi
meat: gosht
mince: keema qeema kheema
liver: kaleji kalegi kaleja
fish: machli machhi macchi
egg: anda ande anday
oil: tael
mustard: sarson rai
turmeric: haldi
cumin: jeera zeera
cardamom: elaichi ilaichi
cinnamon: dalchini
clove: laung long
green: hari hara
red: lal laal
white: safed
black: kala kaali kali
tea: chai
water: pani paani
mango: aam
banana: kela kele
apple: seb
lemon: nimbu limbu
date: khajoor khajur
almond: badam badaam
cashew: kaju
pistachio: pista
raisin: kishmish
tamarind: imli
jaggery: gur
aubergine: baingan baigan
okra: bhindi
radish: mooli
carrot: gajar
cucumber: kheera khira
pumpkin: kaddu
bag: thaili thaila
sack: bori
box: dabba dibba
prawn: jhinga
"""
