"""Amharic and Tigrinya trade words (`english: words`), read exactly, romanised as customers type them and as
`scripts.fold_scripts` writes Ge'ez ("ጤፍ" -> "tef", Tigrinya "ጣፍ" -> "taf", "ስጋ" -> "sga"). Neither language
has a Snowball stemmer. Units, numbers, weekdays and request words are the reader's (jobs/language/horn.py)."""

TABLE = """
teff: tef taf
red: keyh
frankincense: etan
meat: sga sega siga
cheese: ayb
chickpea: shnbra shimbra
lentil: msr misr misir
goat: fyel fiyel
lamb: begi beggi
shoulder: shamba
tomato: timatim
spaghetti: spageti
sugar: shkor sukar skwar
beer: bira
charcoal: kesel
spice: kmem kemem
butter: kbe kibe
tib: yetbs
kitfo: ktfo
roasted: ztekolwe
peeled: ztekerfe
harar: harer
shiro: shro
sergegna: sergenya
giorgis: giyorgis
"""
