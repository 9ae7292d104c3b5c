"""Lithuanian trade words (`english: lithuanian words`); inflections are read through the Lithuanian
stemmer, which reads the words with their accents folded as well ("pieno", "sūrio" -> "surio")."""

TABLE = """
milk: pienas pieno pienu pieniškas
cream: grietinėlė grietinėlės grietinė grietinės
butter: sviestas sviesto sviestu
cheese: sūris sūrio sūriai sūrių varškė varškės
yoghurt: jogurtas jogurto jogurtai jogurtų
egg: kiaušinis kiaušiniai kiaušinių
kefir: kefyras kefyro
chicken: vištiena vištienos višta vištos viščiukas viščiuko viščiukų
breast: krūtinėlė krūtinėlės krūtinėlių
thigh: šlaunelė šlaunelės šlaunelių
wing: sparnelis sparneliai sparnelių
beef: jautiena jautienos
pork: kiauliena kiaulienos
lamb: aviena avienos ėriena ėrienos
veal: veršiena veršienos
turkey: kalakutiena kalakutienos kalakutas
duck: antiena antienos
mince: faršas faršo
meat: mėsos
sausage: dešra dešros dešrelės dešrelių dešrainiai
ham: kumpis kumpio
bacon: šoninė šoninės
liver: kepenėlės kepenėlių
fish: žuvis žuvies žuvys žuvų
salmon: lašiša lašišos lašišų
tuna: tunas tuno tunų
cod: menkė menkės menkių
herring: silkė silkės silkių
mackerel: skumbrė skumbrės skumbrių
trout: upėtakis upėtakio upėtakiai
prawn: krevetės krevečių krevetė
squid: kalmarai kalmarų
mussel: midijos midijų
tomato: pomidoras pomidorai pomidorų
potato: bulvė bulvės bulvių
onion: svogūnas svogūnai svogūnų
garlic: česnakas česnako česnakai česnakų
carrot: morka morkos morkų
cucumber: agurkas agurkai agurkų
pepper: pipirai pipirų paprikos
lettuce: salotos salotų
cabbage: kopūstas kopūstai kopūstų
spinach: špinatai špinatų
mushroom: grybai grybų pievagrybiai pievagrybių
pea: žirneliai žirnelių žirniai žirnių
bean: pupelės pupelių pupos
lentil: lęšiai lęšių
sweetcorn: kukurūzai kukurūzų
aubergine: baklažanas baklažanai baklažanų
courgette: cukinija cukinijos cukinijų
broccoli: brokoliai brokolių
beetroot: burokėliai burokėlių burokai burokų
radish: ridikėliai ridikėlių
pumpkin: moliūgas moliūgai moliūgų
parsley: petražolės petražolių
dill: krapai krapų
basil: bazilikas baziliko
olive: alyvuogės alyvuogių
lemon: citrina citrinos citrinų
orange: apelsinas apelsinai apelsinų
apple: obuolys obuoliai obuolių
banana: bananas bananai bananų
pear: kriaušė kriaušės kriaušių
grape: vynuogės vynuogių
strawberry: braškės braškių
cherry: vyšnios vyšnių
raspberry: avietės avietių
blueberry: mėlynės mėlynių
nut: riešutai riešutų
almond: migdolai migdolų
sunflower: saulėgrąžos saulėgrąžų
flour: miltai miltų
sugar: cukrus cukraus
salt: druska druskos
rice: ryžiai ryžių
buckwheat: grikiai grikių
pasta: makaronai makaronų
bread: duona duonos
roll: bandelės bandelių
oil: aliejus aliejaus
vinegar: actas acto
honey: medus medaus
jam: uogienė uogienės
sauce: padažas padažo padažai
mustard: garstyčios garstyčių
spice: prieskoniai prieskonių
cinnamon: cinamonas cinamono
oat: avižiniai avižinių avižos
yeast: mielės mielių
chocolate: šokoladas šokolado
tea: arbata arbatos
coffee: kava kavos
water: vanduo vandens
juice: sultys sulčių
beer: alus alaus
wine: vynas vyno
ice: ledas ledo ledukai
soup: sriuba sriubos
biscuit: sausainiai sausainių
cake: tortas torto pyragas pyrago
still: negazuotas negazuoto negazuota negazuoti
sparkling: gazuotas gazuoto gazuota gazuoti
salted: sūdytas sūdyta sūdyti
unsalted: nesūdytas nesūdyta nesūdyti
smoked: rūkytas rūkyta rūkyti rūkyto
fresh: šviežias šviežia švieži šviežių
frozen: šaldytas šaldyta šaldyti šaldytų
dried: džiovintas džiovinti džiovintų
chopped: smulkintas smulkinti
sliced: pjaustytas pjaustyti
grated: tarkuotas tarkuoti
ground: maltas malti maltos
peeled: luptas lupti
white: baltas balta balti baltų
black: juodas juoda juodi
red: raudonas raudona raudoni
green: žalias žalia žali
yellow: geltonas geltona geltoni
large: didelis didelė dideli
small: mažas maža maži
hot: aštrus aštri
sweet: saldus saldi
whole: nenugriebtas nenugriebto
skimmed: nugriebtas nugriebto liesas
napkin: servetėlės servetėlių servetėlė
glove: pirštinės pirštinių
bag: maišelis maišeliai maišelių
foil: folija folijos
film: plėvelė plėvelės
cup: puodeliai puodelių puodelis stiklinės
lid: dangteliai dangtelių dangtelis
plate: lėkštės lėkščių lėkštė
straw: šiaudeliai šiaudelių
fork: šakutės šakučių
knife: peiliai peilių
spoon: šaukštai šaukštų šaukštas
paper: popierius popieriaus popierinės
towel: rankšluosčiai rankšluosčių
toilet: tualetinis tualetinio
soap: muilas muilo
sponge: kempinės kempinių
bucket: kibiras kibirai
bottle: butelis buteliai butelių butelio
can: skardinė skardinės skardinių
jar: stiklainis stiklainiai stiklainių
pack: pakuotė pakuotės pakelis pakeliai pakelių
# building, plumbing and electrical trade counter (session 19, BUILDING_TRADE_WORDS, tuning set 66)
nail: vinis vinys vinių
galvanised: cinkuotas cinkuotų cinkuoti cinkuotos
olive: olyva olyvos olyvų
mcb: automatas automatai automatų
box: dėžė dėžės dėžių dėžutė dėžutės dėžučių
metal: metalinis metalinė metalinių metaliniai
double: dvigubas dviguba dvigubi dvigubų dvigubos
single: viengubas viengubi viengubų vienguba
plasterboard: gipso
drywall: gipsui
board: plokštė plokštės plokščių
screw: varžtas varžtai varžtų
helmet: šalmas šalmai šalmų
vest: liemenė liemenės liemenių
pipe: vamzdis vamzdžiai vamzdžių
copper: varinis variniai varinių
elbow: alkūnė alkūnės alkūnių
compression: suspaudžiama suspaudžiamos suspaudžiamų suspaudžiami
coupler: mova movos movų
drum: būgnas būgnai būgnų
socket: lizdas lizdai lizdų
switch: jungiklis jungikliai jungiklių
brass: žalvarinis žalvariniai žalvarinių
valve: ventilis ventiliai ventilių
waste: kanalizacijos kanalizacinis kanalizaciniai
trap: sifonas sifonai sifonų
cable: kabelis kabeliai kabelių
"""
