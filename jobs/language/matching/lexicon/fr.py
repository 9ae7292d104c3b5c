"""French trade words (`english: french words`); inflections are read through the French stemmer."""

TABLE = """
milk: lait laits
cream: crème crèmes
whipping: fouetter chantilly
butter: beurre beurres
cheese: fromage fromages
yoghurt: yaourt yaourts yoghourt
egg: oeuf oeufs
sour: aigre acidulé
chicken: poulet poulets volaille
thigh: cuisse cuisses
wing: aile ailes aileron ailerons
leg: pilon pilons gigot
beef: boeuf
pork: porc
lamb: agneau
veal: veau
turkey: dinde
duck: canard
mince: haché hachée hachés
meat: viande viandes
sausage: saucisse saucisses saucisson merguez
ham: jambon
bacon: lardons
steak: bifteck
loin: longe
rib: côte côtes travers
fish: poisson poissons
salmon: saumon
tuna: thon
cod: cabillaud morue
hake: merlu
sardine: sardine sardines
anchovy: anchois
mackerel: maquereau
trout: truite
prawn: crevette crevettes gambas
squid: calamar encornet calmar
octopus: poulpe
mussel: moule moules
tomato: tomate tomates
potato: patate patates
onion: oignon oignons
garlic: ail
carrot: carotte carottes
cucumber: concombre concombres
pepper: poivron poivrons poivre
lettuce: laitue
salad: salade salades
cabbage: chou choux
spinach: épinard épinards
mushroom: champignon champignons
pea: pois
bean: haricot haricots fève fèves grains
chickpea: chiche
lentil: lentille lentilles
sweetcorn: maïs
aubergine: aubergine aubergines
courgette: courgette courgettes
broccoli: brocoli brocolis
celery: céleri
leek: poireau poireaux
beetroot: betterave betteraves
radish: radis
pumpkin: potiron citrouille courge
parsley: persil
coriander: coriandre
basil: basilic
mint: menthe
thyme: thym
rosemary: romarin
vegetable: légume légumes
fruit: fruits
olive: olive olives
chilli: piment piments
ginger: gingembre
lemon: citron citrons
orange: orange oranges
apple: pomme pommes
banana: banane bananes
pear: poire poires
strawberry: fraise fraises
raspberry: framboise framboises
cherry: cerise cerises
plum: prune prunes
peach: pêche pêches
apricot: abricot abricots
melon: melon melons
watermelon: pastèque
pineapple: ananas
avocado: avocat avocats
coconut: coco
date: datte dattes
nut: noix
hazelnut: noisette noisettes
almond: amande amandes
cashew: cajou
peanut: cacahuète cacahuètes arachide arachides
pistachio: pistache pistaches
seed: graine graines
sunflower: tournesol
sesame: sésame
rapeseed: colza
flour: farine farines
sugar: sucre
salt: sel
rice: riz
pasta: pâtes
noodle: nouilles nouille
bread: pain! pains
oil: huile huiles
vinegar: vinaigre
honey: miel
jam: confiture confitures
sauce: sauce sauces
mayonnaise: mayonnaise mayo
mustard: moutarde
spice: épice épices
cinnamon: cannelle
cumin: cumin
turmeric: curcuma
oat: avoine
wheat: blé
rye: seigle
yeast: levure
powder: poudre
chocolate: chocolat
vanilla: vanille
coffee: café
water: eau eaux
juice: jus
lemonade: limonade limonades
beer: bière bières
wine: vin vins
ice: glaçon glaçons glace
stock: bouillon
soup: soupe potage
biscuit: biscuits sablés
cake: gâteau gâteaux
sparkling: gazeuse pétillante gazeux
salted: salé salée
unsalted: doux
whole: entier entière
skimmed: écrémé écrémée
smoked: fumé fumée fumés
fresh: frais fraîche fraîches
frozen: surgelé surgelée surgelés congelé congelée
dried: sec sèche séchée
chopped: concassé concassée concassees
sliced: tranché tranchée tranches
ground: moulu moulue
peeled: pelé pelée pelées épluché epluchees
cooked: cuit cuite
roasted: rôti grillé torréfié
fried: frit frite
chip: frites
white: blanc blanche blancs blanches
black: noir noire noirs noires
red: rouge rouges
green: vert verte verts vertes
yellow: jaune jaunes
brown: brun brune roux
blue: bleu bleue bleus bleues
large: grand grande grands grandes gros grosse
small: petit petite petits petites
medium: moyen moyenne
hot: piquant piquante
sweet: sucrée sucrées
mixed: mélangés assortis varié
napkin: serviette serviettes
glove: gant gants
bag: sac sacs sachet sachets
bin: poubelle poubelles
foil: aluminium
film: étirable
cup: gobelet gobelets tasse tasses
glass: verre verres
lid: couvercle couvercles
plate: assiette assiettes
bowl: bol bols saladier
tray: plateau plateaux barquette barquettes
box: boîte boîtes
container: récipient contenant
straw: paille pailles
fork: fourchette fourchettes
knife: couteau couteaux
spoon: cuillère cuillères
paper: papier
toilet: toilette
soap: savon savons
detergent: lessive détergent
bleach: javel
sponge: éponge éponges
cloth: chiffon chiffons lavette lavettes
mop: serpillière balai
bucket: seau seaux
charcoal: charbon
wooden: bois
plastic: plastique plastiques
disposable: jetable jetables
bottle: bouteille bouteilles
can: canette canettes
jar: bocal bocaux
wall: paroi
lime: citronvert
block: bloc blocs
greek: grec grecque
lychee: litchi litchis
mango: mangue mangues
syrup: sirop sirops
clear: transparent transparents
pearl: perle perles
cane: canne
glaze: nappage
mirror: miroir
neutral: neutre
sheet: plaques
pastry: patissiere patissieres
belly: ventre
chop: cotelette cotelettes
shank: jarret
fat: graisse
haddock: eglefin
monkfish: lotte
bream: daurade dorade
clam: palourde palourdes
oyster: huitre huitres
lobster: homard
crab: crabe
peppered: poivree
cleaned: nettoye nettoyes
boneless: desosse desossee
blueberry: myrtille myrtilles
flat: plat plats
house: maison
flake: flocons
rum: rhum
saffron: safran
pitted: denoyautees denoyautee
dill: aneth
round: rond ronde
chive: ciboulette
purple: violet violette
shredded: rapee rape
blend: mélange
"""
