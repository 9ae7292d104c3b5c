"""German trade words (`english: german words`); inflections are read through the German stemmer, and
compounds of two known words ("Sonnenblumenöl") through their parts (tokens.py)."""

TABLE = """
milk: milch
cream: sahne rahm
whipping: schlagsahne
butter: butter
cheese: käse kaese
yoghurt: joghurt jogurt
egg: ei! eier
sour: sauer saure sauerrahm
chicken: hähnchen huhn hühner hühnchen geflügel
breast: brust brustfilet
thigh: schenkel oberschenkel
wing: flügel
leg: keule keulen
beef: rind rinder rindfleisch
pork: schwein schweine schweinefleisch
lamb: lamm lammfleisch
veal: kalb kalbfleisch
turkey: pute puten truthahn
duck: ente enten
mince: hackfleisch gehacktes hack
meat: fleisch
sausage: wurst würste würstchen bratwurst
ham: schinken
bacon: speck
steak: steaks
loin: lende lenden
rib: rippe rippen rippchen
fish: fisch fische
salmon: lachs
tuna: thunfisch
cod: kabeljau dorsch
herring: hering heringe
mackerel: makrele makrelen
trout: forelle forellen
prawn: garnele garnelen krabben
squid: tintenfisch
mussel: muschel muscheln miesmuschel miesmuscheln
tomato: tomate tomaten
potato: kartoffel kartoffeln
onion: zwiebel zwiebeln
garlic: knoblauch
carrot: karotte karotten möhre möhren
cucumber: gurke gurken
pepper: paprika pfeffer
lettuce: salat kopfsalat eisbergsalat
cabbage: kohl weißkohl kraut
spinach: spinat
mushroom: pilz pilze champignons
pea: erbse erbsen
bean: bohne bohnen
chickpea: kichererbse kichererbsen
lentil: linse linsen
sweetcorn: zuckermais
aubergine: aubergine auberginen
courgette: zucchini
cauliflower: blumenkohl
celery: sellerie
leek: lauch porree
beetroot: bete
radish: radieschen rettich
pumpkin: kürbis
parsley: petersilie
coriander: koriander
basil: basilikum
mint: minze
chive: schnittlauch
thyme: thymian
rosemary: rosmarin
vegetable: gemüse
fruit: obst frucht früchte
olive: olive oliven
chilli: chili chilis
ginger: ingwer
lemon: zitrone zitronen
lime: limette limetten
orange: orange orangen apfelsine
apple: apfel
banana: banane bananen
pear: birne birnen
grape: traube trauben
strawberry: erdbeere erdbeeren
raspberry: himbeere himbeeren
cherry: kirsche kirschen kirsch
plum: pflaume pflaumen
peach: pfirsich pfirsiche
apricot: aprikose aprikosen
melon: melone melonen
watermelon: wassermelone
pineapple: ananas
coconut: kokosnuss
date: dattel datteln
nut: nuss nüsse
walnut: walnuss walnüsse
hazelnut: haselnuss haselnüsse
almond: mandel mandeln
cashew: cashewkerne cashewnüsse
peanut: erdnuss erdnüsse
pistachio: pistazie pistazien
seed: samen
sunflower: sonnenblume sonnenblumen
sesame: sesam
rapeseed: raps rapsöl
flour: mehl
sugar: zucker
salt: salz
rice: reis
pasta: nudeln teigwaren
bread: brot brote
roll: semmel semmeln
oil: öl! oel
vinegar: essig
honey: honig
jam: marmelade konfitüre
sauce: soße sossen
mayonnaise: mayo
mustard: senf
spice: gewürz gewürze
cinnamon: zimt
cumin: kreuzkümmel
oat: hafer
wheat: weizen
rye: roggen
yeast: hefe
powder: pulver
cocoa: kakao
chocolate: schokolade
vanilla: vanille
tea: tee
coffee: kaffee
water: wasser
juice: saft säfte
lemonade: limonade limonaden
beer: bier biere
wine: wein weine
ice: eis eiswürfel
stock: brühe
soup: suppe
biscuit: kekse keks
cake: kuchen torte
still: still stilles
sparkling: sprudel spritzig
salted: gesalzen gesalzene gesalzener
unsalted: ungesalzen ungesalzene
whole: voll vollmilch
skimmed: mager entrahmt
smoked: geräuchert geräucherte geräucherter
fresh: frisch frische frischer
frozen: tiefgekühlt tiefgefroren gefroren
dried: getrocknet getrocknete trocken
chopped: gehackt gehackte
sliced: geschnitten scheiben
grated: geriebener geriebene
ground: gemahlen gemahlener
peeled: geschält geschälte
cooked: gekocht gekochte
raw: roh rohe
roasted: geröstet gebraten
fried: frittiert
white: weiß weiße weißer weissen
black: schwarz schwarze schwarzer
red: rot rote roter roten
green: grün grüne grüner grunen
yellow: gelb gelbe
brown: braun braune
blue: blau blaue blauen blauer
pink: rosa
large: groß große großer
small: klein kleine kleiner
medium: mittel mittlere
hot: scharf scharfe
mild: mild milde
sweet: süß süße
mixed: gemischt gemischte
napkin: serviette servietten
glove: handschuh handschuhe
bag: beutel tüte tüten
sack: säcke
bin: müll müllbeutel
foil: alufolie
cup: becher tasse tassen
lid: deckel
plate: teller
bowl: schüssel schale schalen
tray: tablett
box: schachtel kiste
container: behälter
straw: strohhalm strohhalme
fork: gabel gabeln
knife: messer
spoon: löffel
paper: papier
towel: handtuch handtücher
toilet: toilette
soap: seife seifen
detergent: spülmittel waschmittel
bleach: bleiche
sponge: schwamm schwämme
cloth: tuch lappen tucher
mop: wischmopp
bucket: eimer
charcoal: holzkohle
wooden: holz
plastic: kunststoff plastik
disposable: einweg
bottle: flasche flaschen
can: dose dosen
glass: glas gläser
monkfish: seeteufel
block: blocke bloecke
greek: griechisch griechischer
lychee: litschi litschis
syrup: sirup
caramel: karamell
clear: klar klare
pearl: perlen
tapioca: tapioka
cane: rohr
glaze: glasur
mirror: spiegel
sheet: platten
belly: bauch
chop: kotelett koteletts
shank: haxe
fat: fett
diced: wurfel gewurfelt
hake: seehecht
haddock: schellfisch
bass: wolfsbarsch
clam: venusmuschel
scallop: jakobsmuschel jakobsmuscheln
oyster: auster austern
lobster: hummer
crab: krabbe
anchovy: sardelle
peppered: gepfeffert
cleaned: gereinigt
boneless: entbeint
blueberry: heidelbeere heidelbeeren blaubeere blaubeeren
flat: flach flache flachen
house: haus
blend: mischung
flake: flocken
gingerbread: lebkuchen
single: einfach einwandig
wall: wand
rose: rosen
kernel: kerne kern
pomegranate: granatapfel
sumac: sumach
pitted: entsteint entsteinte
grey: grau graue
round: runde rund
purple: lila
apron: schurze schurzen
degreaser: entfetter
dishwasher: spulmaschine
shredded: gerieben
bun: brotchen
film: folie
tulip: tulpe tulpen
peony: pfingstrose pfingstrosen
carnation: nelke nelken
lily: lilie lilien
hydrangea: hortensie hortensien
eucalyptus: eukalyptus
ranunculus: ranunkel ranunkeln
begonia: begonie begonien
succulent: sukkulente sukkulenten
wire: draht
silver: silber
foam: steckschaum
ring: ringe
spathiphyllum: einblatt
orchid: orchidee orchideen
"""
