"""Irish and Scottish Gaelic trade words (`english: words`), one table: the two languages share most of them.
Neither is read through a stemmer: the table lists the forms orders use, lenited ones ("mhadra", "chù", "dhubh")
as data, as the Welsh table lists its mutations. Their joints (units, numbers, "agus"): jobs/language/gaelic.py."""

TABLE = """
dog: madra mhadra madraí chù coin choin
cat: chat cait
fish: iasc éisc iasg èisg
dry: tirim tioram
wet: fliuch
collar: coiléar coilear
lead: iall
black: dubh dhubh
white: bán bhán geal gheal
red: dearg dhearg
medium: meánach meanach meadhanach
puppy: coileán coileáin cuilean
kitten: piscín piseag
straw: tuí connlach
shavings: sliseagan slisneacha
wood: adhmad fiodha fiodh
barley: eòrna eorna
bird: éan éin eun eòin
seed: síol sìol
food: bia biadh
chicken: sicín cearc
beef: mairteoil
lamb: uaineoil
salmon: bradán
"""
