"""Romanian trade words (`english: romanian words`), definite forms included ("laptele"); other
inflections are read through the Romanian stemmer."""

TABLE = """
milk: lapte laptele
cream: smântână frișcă
butter: unt untul
cheese: brânză brânzeturi cașcaval telemea
yoghurt: iaurt iaurturi iaurtul
egg: ouă ouăle
sour: acru acră
chicken: pui puiul găină
breast: piept pieptul
thigh: pulpă pulpe
wing: aripă aripi aripioare
beef: vită
pork: porc porcului
lamb: miel mielul
veal: vițel
turkey: curcan
duck: rață
mince: tocată tocat
meat: carne carnea
sausage: cârnați cârnat crenvurști
ham: șuncă
bacon: costiță slănină
steak: friptură
fish: pește pesti
salmon: somon
cod: cod
mackerel: macrou
trout: păstrăv
prawn: creveți
squid: calamar
mussel: midii
tomato: roșii tomate
potato: cartof cartofi
onion: ceapă cepe
garlic: usturoi
carrot: morcov morcovi
cucumber: castravete castraveți
pepper: ardei piper
lettuce: salată
cabbage: varză
spinach: spanac
mushroom: ciupercă ciuperci
pea: mazăre
bean: fasole
chickpea: năut
lentil: linte
sweetcorn: porumb
aubergine: vinete vânătă
courgette: dovlecel dovlecei
cauliflower: conopidă
celery: țelină
leek: praz
beetroot: sfeclă
pumpkin: dovleac
parsley: pătrunjel
dill: mărar mararit
basil: busuioc
coriander: coriandru
mint: mentă
vegetable: legume
fruit: fructe fruct
olive: măsline măslină
ginger: ghimbir
lemon: lămâie lămâi
orange: portocală portocale
apple: măr mere
banana: banană banane
pear: pară pere
grape: struguri
strawberry: căpșuni căpșună
raspberry: zmeură
cherry: cireșe cireașă vișine
plum: prune prună
peach: piersici piersică
apricot: caise caisă
melon: pepene
watermelon: harbuz
pineapple: ananas
nut: nucă nuci
hazelnut: alune
almond: migdale migdală
peanut: arahide
seed: semințe
sunflower: floarea
flour: făină
sugar: zahăr
salt: sare
rice: orez
pasta: paste
bread: pâine
bun: chifle chiflă
oil: ulei uleiul
vinegar: oțet
honey: miere
jam: gem dulceață
sauce: sos
mustard: muștar
spice: condimente
cinnamon: scorțișoară
yeast: drojdie
powder: praf
chocolate: ciocolată
vanilla: vanilie
tea: ceai
coffee: cafea
water: apă
juice: suc sucuri
lemonade: limonadă
beer: bere
wine: vin
ice: gheață
soup: supă ciorbă
biscuit: biscuiți
cake: prăjitură tort
still: plată
sparkling: carbogazoasă gazoasă
salted: sărat sărată
unsalted: nesărat nesărată
whole: integral
skimmed: degresat degresată
smoked: afumat afumată
fresh: proaspăt proaspătă proaspete
frozen: congelat congelată congelate
dried: uscat uscată
chopped: tăiat tocate
sliced: feliat feliată felii
grated: ras rasă
ground: măcinat măcinată
peeled: decojit curățat
cooked: fiert fiartă
roasted: prăjit copt
white: alb albă albe albi
black: negru neagră negre
red: roșu roșie
green: verde verzi
yellow: galben galbenă galbene
brown: maro
blue: albastru albastră albastre
large: mare mari
small: mic mică mici
medium: mediu medie
hot: iute picant
sweet: dulce
mixed: mixt mixte amestec
napkin: șervețel șervețele
glove: mănuși mănușă
bag: pungă pungi sac saci
bin: gunoi
foil: folie
cup: pahar pahare
lid: capac capace
plate: farfurie farfurii
bowl: castron
tray: tavă tăvi
box: cutie cutii
straw: pai paie
fork: furculiță furculițe
knife: cuțit cuțite
spoon: lingură linguri
paper: hârtie
towel: prosop prosoape
toilet: igienică
soap: săpun
detergent: detergent
sponge: burete bureți
cloth: lavetă lavete cârpă
bucket: găleată
charcoal: cărbune mangal
wooden: lemn
plastic: plastic
disposable: unică
bottle: sticlă sticle
can: doză doze
jar: borcan borcane
syrup: siropuri
blueberry: afine
flake: fulgi
round: rotunde rotund
teaspoon: lingurita lingurite
mineral: minerala
shampoo: șampon sampon șamponul
conditioner: balsam balsamul
shower: duș dus
lotion: loțiune lotiune loțiuni
slipper: papuci papuc
shaving: bărbierit barbierit
dental: dentar dentare dentară
sewing: cusut
comb: pieptene piepteni
cap: bonetă bonete
tonic: tonică tonica
# building, plumbing and electrical trade counter (session 19, BUILDING_TRADE_WORDS, tuning set 66)
drum: tambur tamburi tamburul
cable: cablu cabluri cablul
pipe: țeavă țevi țeava
waste: scurgere
tee: teu teuri
insert: inserturi
clip: bridă bride
flexible: flexibil flexibile
tie: colier coliere
board: placă plăci
plasterboard: rigips
resistant: rezistent rezistentă rezistente
fire: foc
screw: șurub șuruburi
tape: bandă benzi
roll: rolă role
mask: mască măști
valve: robinet robinete robineți
machine: mașină mașini
washing: spălat
ptfe: teflon
nitrile: nitril
socket: priză prize
double: dublă duble dublu
nickel: nichel
switch: întrerupător întrerupătoare
coil: colac colaci
elbow: coturi
coupler: mufă mufe
cement: ciment
metal: metalic metalică metalice
single: simplu simplă
"""
