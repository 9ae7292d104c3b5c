"""Greek trade words (`english: words`), read exactly."""

TABLE = """
beetroot: pantzaria
dill: anitho anithos
lemon: lemonia lemoni
onion: kremmydia kremmydi
red: kokkina kokkino
parsley: maintano maidanos
lettuce: marouli
aubergine: melitzanes melitzana
courgette: kolokythakia kolokythaki
cucumber: agouria agouri
pepper: piperies piperia
yellow: kitrines kitrino
olive: elies elia
caper: kappari kapari
mushroom: manitaria
tomato: ntomates ntomata
"""
