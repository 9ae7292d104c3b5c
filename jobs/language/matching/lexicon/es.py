"""Spanish trade words (`english: spanish words`), Spain and Latin America; inflections are read through
the Spanish stemmer."""

TABLE = """
milk: leche leches
cream: nata natas crema
butter: mantequilla manteca
cheese: queso quesos
yoghurt: yogur yogures yogurt
egg: huevo huevos
sour: agria agrio
chicken: pollo pollos gallina
breast: pechuga pechugas
thigh: muslo muslos contramuslo contramuslos
wing: ala alas alitas
leg: pierna piernas
beef: ternera vacuno
pork: cerdo cerdos puerco
lamb: cordero borrego
veal: añojo
turkey: pavo pavos
duck: pato
mince: picada
meat: carne carnes
sausage: salchicha salchichas longaniza
ham: jamón jamones
bacon: beicon tocino panceta
steak: bistec
loin: lomo solomillo
rib: costilla costillas
fish: pescado pescados
salmon: salmón
tuna: atún
cod: bacalao
hake: merluza
sardine: sardina sardinas
mackerel: caballa
anchovy: anchoa anchoas boquerón boquerones
trout: trucha truchas
prawn: gamba gambas langostino langostinos camarón camarones
squid: calamar calamares
octopus: pulpo
mussel: mejillón mejillones
tomato: tomate tomates jitomate
potato: patata patatas papa papas
onion: cebolla cebollas
garlic: ajo ajos
carrot: zanahoria zanahorias
cucumber: pepino pepinos
pepper: pimiento pimientos pimienta
paprika: pimentón
lettuce: lechuga lechugas
salad: ensalada ensaladas
cabbage: col repollo
spinach: espinaca espinacas
mushroom: champiñón champiñones seta setas hongo hongos
pea: guisante guisantes arveja arvejas
bean: alubia alubias judía judías frijol frijoles habichuela habichuelas granos
chickpea: garbanzo garbanzos
lentil: lenteja lentejas
sweetcorn: maíz
aubergine: berenjena berenjenas
courgette: calabacín calabacines
broccoli: brócoli brécol
cauliflower: coliflor
celery: apio
leek: puerro puerros
beetroot: remolacha
radish: rábano rábanos
pumpkin: calabaza calabazas
parsley: perejil
coriander: cilantro
basil: albahaca
mint: menta hierbabuena
thyme: tomillo
rosemary: romero
oregano: orégano
vegetable: verdura verduras hortaliza hortalizas vegetales
fruit: fruta frutas
olive: aceituna aceitunas oliva
chilli: guindilla guindillas chile chiles
ginger: jengibre
lemon: limón limones
lime: lima limas
orange: naranja naranjas
apple: manzana manzanas
banana: banana
pear: pera peras
grape: uva uvas
strawberry: fresa fresas frutilla
raspberry: frambuesa frambuesas
cherry: cereza cerezas
plum: ciruela ciruelas
peach: melocotón melocotones durazno
apricot: albaricoque albaricoques
melon: melón melones
watermelon: sandía sandías
pineapple: piña piñas
avocado: aguacate aguacates palta
coconut: coco!
date: dátil dátiles
raisin: pasas
nut: nuez nueces
hazelnut: avellana avellanas
almond: almendra almendras
cashew: anacardo anacardos
peanut: cacahuete cacahuetes maní
pistachio: pistacho pistachos
seed: semilla semillas pipas
sunflower: girasol
sesame: sésamo ajonjolí
rapeseed: colza
flour: harina harinas
sugar: azúcar
salt: sal!
rice: arroz
pasta: macarrones
bread: pan! panes
roll: bollo bollos
oil: aceite aceites
vinegar: vinagre
honey: miel!
jam: mermelada confitura
sauce: salsa salsas
mayonnaise: mayonesa
mustard: mostaza
spice: especia especias
cinnamon: canela
cumin: comino
turmeric: cúrcuma
oat: avena
wheat: trigo
rye: centeno
yeast: levadura
powder: polvo
vanilla: vainilla
tea: té
coffee: café
water: agua aguas
juice: zumo zumos jugo jugos
lemonade: limonada limonadas
beer: cerveza cervezas
wine: vino vinos
ice: hielo
stock: caldo
soup: sopa
biscuit: galleta galletas
cake: tarta pastel bizcocho
sparkling: gaseosa gasificada
salted: salado salada
whole: entera entero
skimmed: desnatada desnatado
semi: semidesnatada semidesnatado
smoked: ahumado ahumada ahumados ahumadas
fresh: fresco fresca frescos frescas
frozen: congelado congelada congelados congeladas
dried: seco seca secos secas deshidratado
chopped: troceado troceada troceados triturados
sliced: loncheado loncheada lonchas rodajas laminado laminada
ground: molido molida
peeled: pelado pelada pelados peladas
cooked: cocido cocida cocidos
raw: crudo cruda
roasted: asado asada tostado tostada
fried: frito frita fritos
white: blanco blanca blancos blancas
black: negro negra negros negras
red: rojo roja rojos rojas tinto
green: verde verdes
yellow: amarillo amarilla amarillos
brown: marrón moreno morena marrones
blue: azul azules
pink: rosa rosado rosada
large: grande grandes
small: pequeño pequeña pequeños pequeñas
medium: mediano mediana
hot: picante picantes
sweet: dulce dulces
mixed: mixto mixta mixtos mixtas variado variadas surtido
napkin: servilleta servilletas
glove: guante guantes
bag: bolsa bolsas saco sacos
bin: basura
foil: aluminio
cup: vaso vasos taza tazas
cone: cono conos cucurucho cucuruchos
lid: tapa tapas
plate: plato platos
bowl: bol cuenco
tray: bandeja bandejas
box: caja cajas
container: envase envases recipiente recipientes
straw: pajita pajitas popote
fork: tenedor tenedores
knife: cuchillo cuchillos
spoon: cuchara cucharas
teaspoon: cucharilla cucharillas
paper: papel
towel: toalla toallas
toilet: higiénico higienica
soap: jabón jabones
detergent: detergente detergentes
bleach: lejía
sponge: esponja esponjas
cloth: bayeta bayetas trapo trapos
mop: fregona fregonas mopa mopas
bucket: cubo
dishwasher: lavavajillas
charcoal: carbón
wooden: madera
plastic: plástico plásticos
disposable: desechable desechables
bottle: botella botellas botellin botellines
can: lata latas
jar: tarro tarros
wall: pared
single: sencillo
block: bloque bloques
rum: ron
gin: ginebra
greek: griego griega
tonic: tonica
lychee: lichi lichis
soy: soja
syrup: sirope jarabe
caramel: caramelo
pearl: perla perlas
cane: cana
noodle: fideo fideos
strong: fuerza
glaze: glaseado cobertura
mirror: espejo
neutral: neutra
sheet: placas
pastry: pasteleria
chop: chuleta chuletas
shank: garron
fat: grasa
diced: dados cubos
haddock: eglefino
monkfish: tamboril
bass: lubina
bream: dorada
clam: almeja almejas
oyster: ostras ostra
lobster: bogavante langosta
crab: cangrejo
cleaned: limpio limpia limpios limpias
boneless: deshuesado deshuesada
blueberry: arandano arandanos
flat: plano plana planos planas
blend: mezcla
croissant: cruasan cruasanes
saffron: azafran
sumac: zumaque
pitted: deshuesadas
dill: eneldo
grey: gris
round: redondo redondos
tarragon: estragon
chive: cebollino
purple: morado morada
scourer: estropajo estropajos
apron: delantal delantales
jelly: gelatina
spaghetti: espaguetis
shampoo: champu
vinyl: vinilo
nitrile: nitrilo
degreaser: desengrasante
eighth: octavo octavos
shredded: rallado rallada
bun: panecillo panecillos
clear: transparente
fillet: filete filetes
conditioner: acondicionador acondicionadores
shower: ducha
cap: gorro gorros
slipper: zapatilla zapatillas pantufla pantuflas
shaving: afeitar afeitado
dental: dentales
sewing: costura
comb: peine peines
lotion: loción lociones
portion: porción porciones
popcorn: palomitas
"""
