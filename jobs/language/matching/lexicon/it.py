"""Italian trade words (`english: italian words`); inflections are read through the Italian stemmer."""

TABLE = """
milk: latte!
cream: panna
butter: burro
cheese: formaggio formaggi
yoghurt: yogurt yoghurt
egg: uovo uova
sour: acida acido
chicken: pollo polli
breast: petto petti
thigh: sovracoscia sovracosce
wing: aletta alette
leg: coscia cosce
beef: manzo bovino
pork: maiale suino
lamb: agnello
veal: vitello
turkey: tacchino
duck: anatra
mince: macinato macinata trita
meat: carne
sausage: salsiccia salsicce
ham: prosciutto
bacon: pancetta
steak: bistecca bistecche
loin: lombo lonza
rib: costina costine
fish: pesce pesci
salmon: salmone
tuna: tonno
cod: merluzzo baccalà
sardine: sardina sardine
anchovy: acciuga acciughe alici
prawn: gambero gamberi gamberetti mazzancolle
squid: calamaro calamari
octopus: polpo
mussel: cozza cozze
tomato: pomodoro pomodori
potato: patata patate
onion: cipolla cipolle
garlic: aglio
carrot: carota carote
cucumber: cetriolo cetrioli
pepper: peperone peperoni pepe
lettuce: lattuga
salad: insalata insalate
cabbage: cavolo cavoli verza
spinach: spinaci
mushroom: fungo funghi champignon
pea: pisello piselli
bean: fagiolo fagioli fagiolini grani chicchi grano
chickpea: cece ceci
lentil: lenticchia lenticchie
aubergine: melanzana melanzane
courgette: zucchina zucchine zucchini
broccoli: broccoli
cauliflower: cavolfiore
celery: sedano
leek: porro porri
beetroot: barbabietola
radish: ravanello ravanelli
pumpkin: zucca
parsley: prezzemolo
coriander: coriandolo
basil: basilico
mint: menta
thyme: timo
rosemary: rosmarino
oregano: origano
vegetable: verdura verdure ortaggi
fruit: frutta
olive: oliva olive
chilli: peperoncino peperoncini
ginger: zenzero
lemon: limone limoni
orange: arancia arance
apple: mela mele
banana: banana banane
pear: pera pere
grape: uva
strawberry: fragola fragole
raspberry: lampone lamponi
cherry: ciliegia ciliegie ciliegino ciliegini
plum: prugna prugne susina
peach: pesca pesche
apricot: albicocca albicocche
melon: melone meloni
watermelon: anguria cocomero
pineapple: ananas
avocado: avocado
coconut: cocco
nut: noce noci
hazelnut: nocciola nocciole
almond: mandorla mandorle
cashew: anacardi
peanut: arachidi
pistachio: pistacchio pistacchi
seed: semi seme
sunflower: girasole
sesame: sesamo
flour: farina farine
sugar: zucchero
salt: sale
rice: riso
bread: pane
oil: olio
vinegar: aceto
honey: miele
jam: marmellata confettura
sauce: salsa sugo
mayonnaise: maionese
mustard: senape
spice: spezie
cinnamon: cannella
oat: avena
wheat: frumento
rye: segale
yeast: lievito
powder: polvere
chocolate: cioccolato cioccolata
vanilla: vaniglia
tea: tè
coffee: caffè
water: acqua
juice: succo succhi
lemonade: limonata limonate
beer: birra birre
wine: vino vini
ice: ghiaccio
stock: brodo
soup: zuppa minestra
puree: passata
biscuit: biscotto biscotti
cake: torta
still: naturale
sparkling: frizzante gassata gasata
salted: salato salata
whole: intero intera integrale
skimmed: scremato scremata
semi: parzialmente
smoked: affumicato affumicata
fresh: fresco fresca freschi fresche
frozen: surgelato surgelata surgelati congelato congelata
dried: secco secca secchi
chopped: tritato tritata tritati tritate
sliced: affettato affettata fette affettati
grated: grattugiato
peeled: sbucciato pelato pelati
cooked: cotto cotta
raw: crudo cruda
roasted: arrosto tostato tostata
fried: fritto fritta
white: bianco bianca bianchi bianche
black: nero nera neri nere
red: rosso rossa rossi rosse
green: verde verdi
yellow: giallo gialla gialli
brown: marrone
blue: blu azzurro
pink: rosa
large: grande grandi
small: piccolo piccola piccoli piccole
medium: medio media
hot: piccante
sweet: dolce dolci
mixed: misto mista misti miste
napkin: tovagliolo tovaglioli
glove: guanto guanti
bag: sacco sacchi sacchetto sacchetti busta buste
bin: spazzatura rifiuti
foil: alluminio
cup: bicchiere bicchieri tazza
cone: cono coni
lid: coperchio coperchi
bowl: ciotola ciotole
tray: vassoio vassoi vaschetta vaschette
box: scatola scatole
container: contenitore contenitori
straw: cannuccia cannucce
fork: forchetta forchette
knife: coltello coltelli
spoon: cucchiaio cucchiai
teaspoon: cucchiaino cucchiaini
paper: carta
towel: asciugamano asciugamani
soap: sapone
detergent: detersivo detersivi
bleach: candeggina
sponge: spugna spugne
cloth: panno panni strofinaccio
bucket: secchio
dishwasher: lavastoviglie
charcoal: carbone carbonella
wooden: legno
plastic: plastica
disposable: monouso
bottle: bottiglia bottiglie
can: lattina lattine
jar: barattolo vasetto barattoli
mozzarella: mozzarelle mozarella
block: blocco blocchi
greek: greco
soy: soia
syrup: sciroppo sciroppi
caramel: caramello
film: pellicola
clear: trasparente trasparenti
glaze: glassa
mirror: specchio
neutral: neutro neutrale
sheet: lastre
pastry: pasticceria
belly: pancia
chop: costoletta costolette
shank: stinco stinchi
fat: grasso
diced: cubetti
hake: nasello
mackerel: sgombro
monkfish: pescatrice
bass: branzino spigola
bream: orata
clam: vongola vongole
scallop: capesante
oyster: ostrica ostriche
lobster: astice aragosta
crab: granchio
fillet: filetto filetti
peppered: pepato pepata
cleaned: pulito puliti
boneless: disossato disossata
blueberry: mirtillo mirtilli
blend: miscela
croissant: cornetto cornetti
aerosol: bomboletta bombolette
flake: scaglie scaglia
pomegranate: melograno melagrana
date: datteri
saffron: zafferano
sumac: sommacco
pitted: denocciolate denocciolata
dill: aneto
grey: grigio
round: rotondi
tarragon: dragoncello
chive: erba cipollina
apron: grembiule
eighth: ottavo ottavi
strong: forte
single: semplice
wall: parete
shredded: grattugiata
bun: panino panini
flat: piatto piatti
cape: mantella mantelle mantellina
foil: stagnola
bleach: decolorante decoloranti
"""
