"""Polish trade words (`english: polish words`), base forms and the inflections Snowball leaves apart once
accents are folded (genitive plural "-ów"); other inflections are read through the Polish stemmer."""

TABLE = """
milk: mleko mleka mleku mlekiem
cream: śmietana śmietany śmietanę śmietanka śmietanki śmietankę smetana smetany
whipping: kremówka kremówki
butter: masło masła masłem
cheese: ser sera serem sery serów serek serki serka twaróg twarogu
yoghurt: jogurt jogurtu jogurty jogurtów jogurtem
egg: jajko jajka jajek jaja jaj
sour: kwaśna kwaśnej kwaśny kwaśne kwaśnego
buttermilk: maślanka maślanki
kefir: kefiru kefiry
chicken: kurczak kurczaka kurczaki kurczaków kurczakiem drób drobiu kurze kurzy
breast: pierś piersi piersią filet
thigh: udko udka udek udziec
wing: skrzydełko skrzydełka skrzydełek skrzydła
leg: noga nogi
beef: wołowina wołowiny wołowinę wołowe wołowy wołowego
pork: wieprzowina wieprzowiny wieprzowinę wieprzowe wieprzowy wieprzowego
lamb: jagnięcina jagnięciny baranina baraniny jagnięce
veal: cielęcina cielęciny cielęce
turkey: indyk indyka indyki indyków
duck: kaczka kaczki kaczek
mince: mielone mielonego mielonej
meat: mięso mięsa mięsem
sausage: kiełbasa kiełbasy kiełbas kiełbaska kiełbaski parówki parówek parówka
ham: szynka szynki szynek
bacon: boczek boczku
liver: wątróbka wątróbki
steak: stek steki steków
loin: schab schabu polędwica polędwicy
rib: żeberka żeberek żebra
fish: ryba ryby ryb rybny rybne
salmon: łosoś łososia łososie
tuna: tuńczyk tuńczyka tuńczyki
cod: dorsz dorsza dorsze
herring: śledź śledzia śledzie śledzi
mackerel: makrela makreli makrele
trout: pstrąg pstrąga pstrągi
prawn: krewetka krewetki krewetek
squid: kałamarnica kałamarnice kalmary
mussel: małże małży
sardine: sardynka sardynki sardynek
tomato: pomidor pomidory pomidorów pomidorami pomidorowy pomidorowa pomidorowe
potato: ziemniak ziemniaki ziemniaków kartofle kartofli
onion: cebula cebuli cebule cebul
garlic: czosnek czosnku
carrot: marchew marchewka marchewki marchwi
cucumber: ogórek ogórki ogórków
pepper: papryka papryki papryk pieprz pieprzu
lettuce: sałata sałaty
salad: sałatka sałatki
cabbage: kapusta kapusty kapuste
spinach: szpinak szpinaku
mushroom: pieczarka pieczarki pieczarek grzyb grzyby grzybów
pea: groszek groszku groch grochu
bean: fasola fasoli fasolka fasolki
chickpea: ciecierzyca ciecierzycy
lentil: soczewica soczewicy
sweetcorn: kukurydza kukurydzy
corn: kukurydziana kukurydziany
aubergine: bakłażan bakłażany bakłażanów
courgette: cukinia cukinie cukinii
broccoli: brokuł brokuły brokułów
cauliflower: kalafior kalafiora kalafiory
celery: seler selera
leek: por pory
beetroot: burak buraki buraków burakami
radish: rzodkiewka rzodkiewki rzodkiewek
pumpkin: dynia dyni dynie dyniowy
parsley: pietruszka pietruszki natka
dill: koperek koperku koper
basil: bazylia bazylii
coriander: kolendra kolendry
mint: mięta mięty
chive: szczypiorek szczypiorku
thyme: tymianek tymianku
rosemary: rozmaryn rozmarynu
oregano: oregano
vegetable: warzywa warzyw warzywo warzywna warzywny
fruit: owoc owoce owoców owocowy owocowe owocowa
olive: oliwka oliwki oliwek oliwa oliwy
chilli: chili
ginger: imbir imbiru
lemon: cytryna cytryny cytryn cytrynowy cytrynowa
lime: limonka limonki limonek
orange: pomarańcza pomarańcze pomarańczy pomarańczowy pomarańczowa
apple: jabłko jabłka jabłek jabłkowy
banana: banan banany bananów
pear: gruszka gruszki gruszek
grape: winogrono winogrona winogron
strawberry: truskawka truskawki truskawek truskawkowy truskawkowe
raspberry: malina maliny malin malinowy malinowe
cherry: wiśnia wiśnie wiśni czereśnia czereśnie
plum: śliwka śliwki śliwek
peach: brzoskwinia brzoskwinie brzoskwiń
apricot: morela morele moreli
melon: melon melona melony
watermelon: arbuz arbuza arbuzy
pineapple: ananas ananasa ananasy ananasowy
mango: mango
avocado: awokado
coconut: kokos kokosa kokosowy kokosowe kokosowa
date: daktyl daktyle daktyli
fig: figa figi fig
raisin: rodzynki rodzynek
nut: orzech orzechy orzechów orzeszki orzeszków
walnut: włoski włoskie włoskich
hazelnut: laskowy laskowe laskowych
almond: migdał migdały migdałów migdałowy migdałowe
cashew: nerkowiec nerkowca nerkowce nerkowców
peanut: arachidowe arachidowy ziemne ziemnych
pistachio: pistacja pistacje pistacji
seed: nasiona nasion ziarno ziarna pestki
sunflower: słonecznik słonecznika słonecznikowy słonecznikowa słonecznikowe słonecznikowego
sesame: sezam sezamu sezamowy sezamowe
rapeseed: rzepakowy rzepakowa rzepakowe rzepakowego rzepak
flour: mąka mąki mąkę
sugar: cukier cukru
salt: sól soli
rice: ryż ryżu
pasta: makaron makaronu makarony
noodle: kluski klusek
bread: chleb chleba chleby pieczywo pieczywa
roll: bułka bułki bułek
baguette: bagietka bagietki bagietek
oil: olej oleju oleje
vinegar: ocet octu
honey: miód miodu
jam: dżem dżemu dżemy konfitura
sauce: sos sosu sosy
ketchup: keczup keczupu
mayonnaise: majonez majonezu
mustard: musztarda musztardy
spice: przyprawa przyprawy przypraw
cinnamon: cynamon cynamonu
cumin: kmin kminek kminu
turmeric: kurkuma kurkumy
oat: owsiane owsiany owsianych owies
wheat: pszenna pszennej pszenny pszenne
rye: żytnia żytniej żytni żytnie żytniego
starch: skrobia skrobi
yeast: drożdże drożdży
baking: pieczenia
powder: proszek proszku
cocoa: kakao
chocolate: czekolada czekolady czekoladowy czekoladowe czekoladowa
vanilla: wanilia wanilii waniliowy waniliowe waniliowa
caramel: karmel karmelu karmelowy
tea: herbata herbaty herbat
coffee: kawa kawy kawę
water: woda wody wodę wód
juice: sok soku soki soków
beer: piwo piwa piw
wine: wino wina win
lemonade: lemoniada lemoniady
ice: lód lodu lodem
stock: bulion bulionu
soup: zupa zupy
paste: pasta koncentrat koncentratu
puree: przecier przecieru passata
crisps: chipsy chipsów
biscuit: ciastka ciastek herbatniki
cake: ciasto ciasta
still: niegazowana niegazowanej niegazowany niegazowane niegazowanych
sparkling: gazowana gazowanej gazowany gazowane gazowanych musująca
salted: solone solony solona solonego solonej slony
unsalted: niesolone niesolony niesolona niesolonego niesolonej
whole: pełne pełny pełnego pełnej pełnotłuste pelnym
skimmed: odtłuszczone odtłuszczony odtłuszczonego chude chudego
semi: półtłuste półtłustego
smoked: wędzony wędzona wędzone wędzonego wędzonej wędzonych
fresh: świeży świeża świeże świeżego świeżej świeżych
frozen: mrożony mrożona mrożone mrożonego mrożonej mrożonych
dried: suszony suszona suszone suszonych suszonego
chopped: krojone krojony krojona krojonych siekane siekany siekana
sliced: plastry plasterki plastrach plasterkach
grated: tarty tarta tarte tartego startego
ground: mielony mielona
peeled: obrane obrany obrana obranych
cooked: gotowane gotowany gotowana gotowanych
raw: surowy surowe surowa
roasted: pieczony pieczone pieczona prażone prażony
fried: smażone smażony smażona
white: biały biała białe białego białej białych biali
black: czarny czarna czarne czarnego czarnej czarnych
red: czerwony czerwona czerwone czerwonego czerwonej czerwonych
green: zielony zielona zielone zielonego zielonej zielonych
yellow: żółty żółta żółte żółtego żółtej żółtych
brown: brązowy brązowa brązowe brązowego brązowych
blue: niebieski niebieska niebieskie niebieskich
pink: różowy różowa różowe
grey: szary szara szare
purple: fioletowy fioletowa fioletowe
large: duży duża duże dużego dużej dużych
small: mały mała małe małego małej małych
medium: średni średnia średnie średniego
hot: ostry ostra ostre ostrego ostrej
mild: łagodny łagodna łagodne łagodnego
sweet: słodki słodkie słodkiego
natural: naturalny naturalna naturalne naturalnego
wholemeal: pełnoziarnista pełnoziarnisty pełnoziarniste razowy razowa razowe
long: długi długie długiego długoziarnisty długoziarnista długoziarnistego
light: lekki lekkie lekkiego
organic: ekologiczny ekologiczne bio
canned: konserwowy konserwowe konserwowa puszkowane
pitted: drylowane drylowany
mixed: mieszane mieszany mieszanka mieszanki
thick: gęsty gęste gruby grube
thin: cienki cienkie
double: podwójny podwójne
soft: miękki miękkie
strong: mocny mocna mocne
extra: ekstra
virgin: virgin
napkin: serwetka serwetki serwetek
glove: rękawiczki rękawiczek rękawice rękawic
bag: worek worki worków woreczki woreczków torba torby reklamówka reklamówki
bin: śmieci odpady
foil: folia folii
aluminium: aluminiowa aluminiowej aluminiowe aluminiowych aluminiowy
film: spożywcza spożywczej stretch
cup: kubek kubki kubków kubeczki kubeczków
lid: pokrywka pokrywki pokrywek wieczko wieczka
plate: talerz talerze talerzy talerzyk talerzyki
bowl: miska miski misek miseczki
tray: tacka tacki tacek
box: pudełko pudełka pudełek
carton: karton kartonu kartony kartonów
container: pojemnik pojemniki pojemników
straw: słomka słomki słomek
fork: widelec widelce widelców widelczyki
knife: nóż noże noży
spoon: łyżka łyżki łyżek
teaspoon: łyżeczka łyżeczki łyżeczek
cutlery: sztućce sztućców
skewer: szpadki wykałaczki
paper: papier papieru papierowy papierowe papierowa papierowych
towel: ręcznik ręczniki ręczników
toilet: toaletowy toaletowego toaletowe
tissue: chusteczki chusteczek
soap: mydło mydła mydłem
detergent: detergent detergenty
bleach: wybielacz
cleaner: czyszczący czyszczące czyszczenia
sponge: gąbka gąbki gąbek
cloth: ściereczka ściereczki ścierka ścierki ścierek
mop: mopy mopów
bucket: wiadro wiadra
brush: szczotka szczotki
dishwasher: zmywarki zmywarka zmywarek
tablet: tabletki tabletek kapsułki
liquid: płyn płynu płyny
disinfectant: dezynfekujący dezynfekcji
charcoal: węgiel węgla drzewny drzewnego
match: zapałki zapałek
candle: świeca świece świeczki
wooden: drewniany drewniane drewnianych drewnianej
plastic: plastikowy plastikowe plastikowych plastikowa
disposable: jednorazowy jednorazowe jednorazowych
bottle: butelka butelki butelek
can: puszka puszki puszek puszkach puszkami
cola: coli
card: karty karta kart karte
scratching: skwarki skwarek skwarkami
jar: słoik słoiki słoików
sack: wór
case: skrzynka skrzynki skrzynek zgrzewka zgrzewki zgrzewek
pack: opakowanie opakowania opakowań paczka paczki paczek
syrup: syrop syropu syropy
blueberry: borowka borowki jagody
flat: platy
flake: platki
gingerbread: piernik piernikowy
saffron: szafran
apron: fartuch fartuchy fartuchow
scourer: zmywak zmywaki
jelly: galaretka
chip: frytki
shampoo: szampon
vinyl: winylowe winylowych
nitrile: nitrylowe nitrylowych
degreaser: odtluszczacz
mineral: mineralna mineralnej
tulip: tulipan tulipany tulipanów
rose: róża róże
peony: piwonia piwonie
carnation: goździk goździki
lily: lilia lilie lilii
ribbon: wstążka wstążki wstążek
satin: satynowa satynowej
eucalyptus: eukaliptus eukaliptusa
wire: drut drutu druty
cellophane: celofan celofanu
grit: grys grysu
bark: kora kory
moss: mech mchu
pansy: bratek bratków
geranium: pelargonia pelargonii
lavender: lawenda lawendy
orchid: storczyk storczyki
brush: pędzel pędzle pędzli pędzelki
cape: peleryna peleryny peleryn
emulsion: emulsja emulsji
# pet, kennel and cattery supply (session 16, tuning set 59)
rabbit: królik królika króliki
bedding: ściółka ściółki ściółkę ściółek
litter: żwirek żwirku żwirki
conditioner: odżywka odżywki odżywkę odżywek
pad: podkładki podkładka podkładek
pouch: saszetka saszetki saszetek
puppy: szczenię szczeniąt szczeniaki szczeniaka
kitten: kocię kociąt kocięta
dog: pies psa psy psów
cat: kot kota koty kotów
poo: kupa kupy
grey: szary szara szare szarego
# building, plumbing and electrical trade counter (session 19, BUILDING_TRADE_WORDS, tuning set 66)
pipe: rura rury rur rurę rurami
copper: miedziany miedziana miedziane miedzianych miedzianej
elbow: kolano kolanko kolanka kolanek
tee: trójnik trójniki trójników
compression: zaciskowy zaciskowe zaciskowych zaciskowa
coupler: złączka złączki złączek
drum: bęben bębny bębnów bębna
socket: gniazdko gniazdka gniazdek gniazdo gniazda
double: podwójna podwójnych
single: pojedynczy pojedyncza pojedyncze pojedynczych
switch: łącznik łączniki łączników włącznik włączniki włączników
chrome: chrom chromowany chromowane
brushed: szczotkowany szczotkowane szczotkowanych
screw: wkręt wkręty wkrętów wkrętami
nail: gwóźdź gwoździe gwoździ
sand: piasek piasku
reel: szpula szpule szpulę
solder: cyna cyny cynę
cylinder: butla butle butli
glue: klej kleju kleje
glasses: okulary okularów
safety: ochronne ochronny ochronnych
coated: powlekane powlekanych powlekana
helmet: kask kaski kasków
alarm: czujka czujki czujek czujnik czujniki czujników
smoke: dym dymu
heat: ciepła ciepło
waste: kanalizacyjna kanalizacyjne kanalizacyjnych
trap: syfon syfony syfonów
bottle: butelkowy butelkowe butelkowych
board: płyta płyty płyt płytę
moisture: wodoodporna wodoodporne wodoodpornych wodoodporny
clip: klips klipsy klipsów
cable: kabel kabla kable kabli przewód przewodu przewody
mask: maska maski masek
valve: zawór zawory zaworów
tape: taśma taśmy taśm
"""
