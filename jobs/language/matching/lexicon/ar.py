"""Arabic trade words in the Latin spellings UK customers use (`english: words`), read exactly. Words in
Arabic script are read before transliteration, in jobs/language/arabic_words.py."""

TABLE = """
milk: halib haleeb laban
yoghurt: zabadi
cheese: jibna jebna
butter: zibda zebda
egg: bayd beid
chicken: djaj dajaj
meat: lahm lahem
mince: mafrum mafroom
lamb: kharoof ghanam
beef: baqar
fish: samak
rice: ruz aruz roz
flour: tahin taheen
sugar: sukkar sokar
salt: milh malh
oil: zeit zayt
olive: zaytun zaitoon
tea: shai shay
coffee: qahwa gahwa
bread: khubz khobz
tomato: tamatem banadora
potato: batata batates
onion: basal
garlic: thoum toum
lemon: laymun
cucumber: khiyar
pepper: filfil felfel
lentil: adas
bean: fasoulia
date: tamr tamer
parsley: baqdunis
mint: naana
thyme: zaatar zatar
sesame: simsim
juice: aseer asir
orange: burtuqal
apple: tuffah
banana: mouz
bag: kees
large: kabir kbir
small: saghir
white: abyad
black: aswad
red: ahmar
green: akhdar
fresh: tazej
frozen: mujammad
"""
