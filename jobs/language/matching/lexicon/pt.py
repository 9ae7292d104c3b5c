"""Portuguese trade words (`english: portuguese words`), Portugal and Brazil; inflections are read through
the Portuguese stemmer."""

TABLE = """
milk: leite leites
cream: natas nata creme
whipping: chantilly
butter: manteiga manteigas
cheese: queijo queijos requeijão
yoghurt: iogurte iogurtes
egg: ovo ovos
sour: azedo azeda
chicken: frango frangos galinha
breast: peito peitos
thigh: coxa coxas sobrecoxa sobrecoxas
wing: asa asas
leg: perna pernas
beef: vaca novilho bovino bovina
pork: porco suíno suína
lamb: borrego cordeiro carneiro
veal: vitela
turkey: peru perus
duck: pato patos
mince: picada
meat: carne carnes
sausage: salsicha salsichas linguiça linguiças
chorizo: chouriço chouriços
ham: fiambre presunto
bacon: toucinho
steak: bife bifes
loin: lombo
rib: costela costelas entrecosto
fish: peixe peixes
salmon: salmão
tuna: atum
cod: bacalhau
hake: pescada
sardine: sardinha sardinhas
mackerel: cavala carapau
prawn: camarão camarões gamba gambas
squid: lula lulas
octopus: polvo
mussel: mexilhão mexilhões
tomato: tomate tomates
potato: batata batatas
onion: cebola cebolas
garlic: alho alhos
carrot: cenoura cenouras
cucumber: pepino pepinos
pepper: pimento pimentos pimentão pimenta
lettuce: alface alfaces
salad: salada saladas
cabbage: couve couves repolho
spinach: espinafre espinafres
mushroom: cogumelo cogumelos
pea: ervilha ervilhas
bean: feijão feijões
lentil: lentilha lentilhas
sweetcorn: milho
aubergine: beringela beringelas berinjela
courgette: curgete curgetes abobrinha
broccoli: brócolos brócolis
celery: aipo
beetroot: beterraba beterrabas
pumpkin: abóbora abóboras
parsley: salsinha
coriander: coentros coentro
basil: manjericão
mint: hortelã
thyme: tomilho
rosemary: alecrim
oregano: orégãos orégano
vegetable: legume legumes hortaliças vegetais verduras
fruit: fruta frutas
olive: azeitona azeitonas azeite
chilli: malagueta malaguetas
ginger: gengibre
lemon: limão limões
orange: laranja laranjas
apple: maçã maçãs
banana: banana bananas
pear: pera peras
grape: uva uvas
strawberry: morango morangos
raspberry: framboesa framboesas
cherry: cereja cerejas
plum: ameixa ameixas
peach: pêssego pêssegos
apricot: alperce damasco
melon: meloa melão
watermelon: melancia
pineapple: ananás abacaxi
avocado: abacate abacates
coconut: coco
date: tâmara tâmaras
raisin: passas
nut: noz nozes
walnut: nogueira
hazelnut: avelã avelãs
almond: amêndoa amêndoas
cashew: caju
peanut: amendoim amendoins
pistachio: pistácio pistácios
seed: semente sementes
sunflower: girassol
sesame: sésamo gergelim
rapeseed: colza
flour: farinha farinhas
sugar: açúcar
salt: sal
rice: arroz
pasta: massa massas
bread: pão pães
roll: carcaça carcaças
oil: óleo óleos
vinegar: vinagre
honey: mel
jam: compota compotas
sauce: molho molhos
mayonnaise: maionese
mustard: mostarda
spice: especiaria especiarias tempero
cinnamon: canela
cumin: cominhos cominho
oat: aveia
wheat: trigo
rye: centeio
yeast: fermento levedura
powder: pó
chocolate: chocolate
vanilla: baunilha
tea: chá
coffee: café
water: água águas
juice: sumo sumos suco sucos
lemonade: limonada limonadas
beer: cerveja cervejas
wine: vinho vinhos
ice: gelo
stock: caldo
soup: sopa
puree: polpa
biscuit: bolacha bolachas biscoito biscoitos
cake: bolo bolos
still: lisa
sparkling: gaseificada gaseificadas gasosa
salted: salgado salgada
whole: gordo gorda integral inteiro inteira
skimmed: magro magra desnatado desnatada
smoked: fumado fumada defumado defumada
fresh: fresco fresca frescos frescas
frozen: congelado congelada congelados congeladas
dried: seco seca secos secas
chopped: triturado triturada
sliced: fatiado fatiada fatias laminado
grated: ralado ralada
ground: moído moída
peeled: pelado pelada pelados peladas descascado descascada descascados
cooked: cozido cozida cozidos
raw: cru crua
roasted: assado assada torrado torrada
fried: frito frita
white: branco branca brancos brancas
black: preto preta pretos pretas negro
red: vermelho vermelha vermelhos vermelhas tinto
green: verde verdes
yellow: amarelo amarela amarelos amarelas
brown: castanho castanha
blue: azul azuis
pink: rosa
large: grande grandes
small: pequeno pequena pequenos pequenas
medium: médio média
hot: picante
sweet: doce
natural: natural naturais
long: longo agulha
mixed: misto mista mistos mistas variado variados
napkin: guardanapo guardanapos
glove: luva luvas
bag: saco sacos saca sacola sacolas
bin: lixo
foil: alumínio
film: aderente
cup: copo copos
lid: tampa tampas
plate: prato pratos
bowl: taça tigela
tray: tabuleiro bandeja bandejas
box: caixa caixas
container: recipiente recipientes embalagem
straw: palhinha palhinhas canudo canudos
fork: garfo garfos
knife: faca facas
spoon: colher colheres
paper: papel
towel: toalha toalhas
toilet: higiénico
soap: sabão sabonete sabonetes
detergent: detergente detergentes
bleach: lixívia
sponge: esponja esponjas
cloth: pano panos
mop: esfregona
bucket: balde
machine: máquina máquinas
charcoal: carvão
wooden: madeira
plastic: plástico plásticos
disposable: descartável descartáveis
bottle: garrafa garrafas
can: lata latas
jar: frasco frascos
tarragon: estragao
syrup: xarope xaropes
mozzarella: mozarela mozzarela
belly: barriga
fat: gordura
chop: costeleta costeletas
haddock: arinca
bass: robalo robalos
bream: dourada douradas
clam: ameijoa ameijoas
scallop: vieira vieiras
lobster: lavagante lagosta
crab: caranguejo
anchovy: anchova
peppered: apimentado
cleaned: limpo limpa limpos limpas
boneless: desossado desossada desossadas
blueberry: mirtilo mirtilos
flake: flocos
single: simples
wall: parede
pomegranate: roma roman
saffron: acafrao
pitted: descarocadas
grey: cinza
purple: roxo roxa
scourer: esfregao esfregoes
apron: avental aventais
degreaser: desengordurante
vinyl: vinil
mirror: espelho
blend: mistura
conditioner: condicionador condicionadores amaciador
shower: banho duche
cap: touca toucas
slipper: chinelo chinelos
closed: fechado fechados fechada
shaving: barbear
dental: dentário dentários dentária dentais
sewing: costura
comb: pente pentes
lotion: loção loções
portion: porção porções
# building, plumbing and electrical trade counter (session 19, BUILDING_TRADE_WORDS, tuning set 66)
tube: tubo tubos
pipe: cano canos
copper: cobre
elbow: cotovelo cotovelos joelho joelhos
solder: solda soldar estanho
socket: tomada tomadas
double: dupla duplas duplo duplos
switch: interruptor interruptores
cable: cabo cabos
mcb: disjuntor disjuntores
lamp: lâmpada lâmpadas
reel: bobine bobines bobina bobinas
insulation: isolamento isolamentos
soil: esgoto esgotos
screw: parafuso parafusos
sheet: placa placas chapa chapas
board: quadro
resistant: resistente resistentes
moisture: umidade humidade
brown: marrom
helmet: capacete capacetes
nitrile: nitrilo
ballast: brita
way: vias
"""
