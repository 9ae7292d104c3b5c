"""Dutch and Flemish trade words (`english: dutch words`); inflections are read through the Dutch
stemmer."""

TABLE = """
milk: melk
cream: slagroom kookroom
butter: boter
cheese: kaas kazen
yoghurt: yoghurt
egg: eieren
sour: zure zuur
chicken: kip kippen kippenvlees
breast: borst kipfilet
thigh: dij dijen
wing: vleugel vleugels vleugeltjes
leg: poot poten
beef: rund rundvlees
pork: varken varkensvlees
lamb: lam lamsvlees
veal: kalf kalfsvlees
turkey: kalkoen
duck: eend
mince: gehakt
meat: vlees
sausage: worst worsten worstjes
ham: ham
bacon: spek
steak: biefstuk
rib: ribben spareribs
fish: vis
salmon: zalm
tuna: tonijn
cod: kabeljauw
herring: haring
mackerel: makreel
trout: forel
prawn: garnaal garnalen
squid: inktvis
mussel: mossel mosselen
tomato: tomaat tomaten
potato: aardappel aardappelen aardappels
onion: ui uien
garlic: knoflook
carrot: wortel wortels wortelen
cucumber: komkommer komkommers
pepper: paprika paprikas peper
lettuce: sla
salad: salade
cabbage: kool
spinach: spinazie
mushroom: champignon champignons paddenstoel zwam zwammen
pea: erwt erwten
bean: boon bonen
chickpea: kikkererwt kikkererwten
lentil: linze linzen
sweetcorn: maïs
aubergine: aubergine
courgette: courgette
cauliflower: bloemkool
celery: selderij
leek: prei
beetroot: biet bieten
pumpkin: pompoen
parsley: peterselie
coriander: koriander
basil: basilicum
mint: munt
chive: bieslook
vegetable: groente groenten
fruit: fruit
olive: olijf olijven
ginger: gember
lemon: citroen citroenen
orange: sinaasappel sinaasappels
apple: appel appels
banana: banaan bananen
pear: peer peren
grape: druif druiven
strawberry: aardbei aardbeien
raspberry: framboos frambozen
cherry: kers kersen
plum: pruim pruimen
peach: perzik perziken
melon: meloen
pineapple: ananas
coconut: kokos
nut: noot noten
walnut: walnoot walnoten
hazelnut: hazelnoot hazelnoten
almond: amandel amandelen
peanut: pinda pindas
seed: zaad zaden
sunflower: zonnebloem
sesame: sesam
flour: meel bloem
sugar: suiker
salt: zout
rice: rijst
bread: brood broden
roll: broodje broodjes
oil: olie
vinegar: azijn
honey: honing
jam: jam
sauce: saus sauzen
mustard: mosterd
spice: kruiden specerijen
cinnamon: kaneel
oat: haver
wheat: tarwe
rye: rogge
yeast: gist
powder: poeder
vanilla: vanille
tea: thee
coffee: koffie
water: water
juice: sap
lemonade: limonade
beer: bier
wine: wijn
ice: ijs ijsblokjes
stock: bouillon
soup: soep
biscuit: koek koekjes
cake: taart cake
sparkling: bruis bruisend
salted: gezouten
unsalted: ongezouten
whole: volle
skimmed: mager magere
semi: halfvolle
smoked: gerookt gerookte
fresh: vers verse
frozen: diepvries bevroren
dried: gedroogd gedroogde droge
chopped: fijngehakt
sliced: gesneden plakjes
grated: geraspt geraspte
ground: gemalen
peeled: geschild geschilde gepeld
cooked: gekookt gekookte
roasted: geroosterd gebrand
fried: gebakken gefrituurd
white: wit witte
black: zwart zwarte
red: rood rode
green: groen groene
yellow: geel gele
brown: bruin bruine
blue: blauw
pink: roze
large: groot grote
small: klein kleine
hot: pittig pittige heet
sweet: zoet zoete
mixed: gemengd gemengde
napkin: servet servetten
glove: handschoen handschoenen
bag: zak zakken zakje zakjes tas
bin: afval vuilniszak vuilniszakken
foil: aluminiumfolie
cup: beker bekers kopje kopjes
lid: deksel deksels
plate: bord borden
bowl: kom kommen
tray: bakje bakjes
box: doos dozen
container: bak bakken
straw: rietje rietjes
fork: vork vorken
knife: mes messen
spoon: lepel lepels
paper: papier papieren
towel: handdoek handdoeken
soap: zeep
detergent: afwasmiddel wasmiddel
sponge: spons sponzen
cloth: doek doeken
bucket: emmer
charcoal: houtskool
wooden: houten hout
plastic: plastiek
disposable: wegwerp
bottle: fles flessen
can: blik blikjes
jar: potten
syrup: siroop
chocolate: chocolade
glaze: glazuur
belly: buik
chop: karbonade karbonades
fat: vet
diced: blokjes
hake: heek
haddock: schelvis
monkfish: zeeduivel
bass: zeebaars
oyster: oester oesters
lobster: kreeft
crab: krab
anchovy: ansjovis
peppered: gepeperde gepeperd
blueberry: bosbes bosbessen blauwe
house: huis
flake: vlokken
single: enkel
wall: wandig
grey: grijze grijs
tulip: tulp tulpen
rose: roos rozen
peony: pioenroos pioenrozen
carnation: anjer anjers
lily: lelie lelies
ribbon: lint linten
satin: satijn
ivory: ivoor
orchid: orchidee orchideeen
wire: draad
cellophane: cellofaan
"""
