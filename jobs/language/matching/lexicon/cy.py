"""Welsh trade words (`english: welsh words`). Welsh has no Snowball stemmer: the table lists the forms
orders use, with the soft, nasal and aspirate mutations a word takes after a number or an article as data
("bocs", "focs"; "bara", "fara"; "cacen", "gacen"; "torth", "dorth"). Short words ("te", "wy") are left out:
they are English letters or another language's words."""

TABLE = """
milk: llaeth laeth llefrith lefrith
cream: hufen
butter: menyn fenyn
cheese: caws gaws chaws
yoghurt: iogwrt iogyrt
egg: wyau
bread: bara fara
loaf: torth dorth thorth torthau
sausage: selsig selsigen
vegetarian: llysieuol
vegetable: llysiau
mixed: cymysg gymysg
mince: briwgig
beef: eidion
pork: porc borc
lamb: oen
meat: cig gig
chicken: cyw ieir
bacon: bacwn facwn
fish: pysgod bysgod physgod
finger: bysedd
chip: sglodion sglods
straight: syth
pea: pys
potato: tatws datws thatws
onion: nionyn nionod winwns wynwns
carrot: moron foron
mushroom: madarch fadarch
cabbage: bresych fresych
lettuce: letys
tomato: tomatos domatos
apple: afal afalau
pear: gellyg
orange: oren orennau
banana: fanana fananas
strawberry: mefus fefus
raspberry: mafon fafon
grape: grawnwin
lemon: lemwn
juice: sudd
water: dwr
beer: cwrw gwrw chwrw
wine: gwin
cider: seidr
coffee: coffi goffi
sugar: siwgr
flour: blawd flawd
salt: halen
sea: mor
pepper: pupur bupur
oil: olew
vinegar: finegr
sauce: saws
soup: cawl gawl
cake: cacen gacen chacen cacennau
biscuit: bisged bisgedi fisgedi misgedi
sponge: sbwng
coconut: coconyt choconyt
custard: cwstard gwstard
instant: sydyn
pudding: pwdin bwdin
chocolate: siocled
rice: reis
pasta: basta
crisp: creision greision
nut: cnau
pink: pinc binc
white: gwyn wyn wen
brown: frown
green: gwyrdd wyrdd
yellow: melyn felyn
red: coch goch
purple: porffor borffor
whole: cyflawn gyflawn
grated: gratio gratiedig
fresh: ffres
frozen: rhewedig
sweet: melys felys
salted: hallt
still: llonydd
sparkling: pefriog byrlymog
small: bach fach
large: mawr fawr
napkin: napcyn napcynnau
glove: menig fenig
apron: ffedog ffedogau
bib: bibiau
wipe: cadach cadachau gadachau
baby: babi fabi
cup: cwpan gwpan cwpanau
plate: platiau blatiau
fork: fforc ffyrc
knife: cyllell gyllell cyllyll
spoon: llwy lwy llwyau
paper: papur bapur
towel: tywel dywel tywelion
soap: sebon
bleach: cannydd gannydd channydd
bottle: potel botel photel poteli
box: bocs focs mocs bocsys focsys
case: cas chas casys
can: tun dun thun tuniau
sack: sach sachau
tub: twb dwb
pack: pecyn becyn pecynnau
# pet, kennel and cattery supply (session 16, tuning set 59), with their mutations
cat: cath gath chath cathod
dog: cwn cŵn gwn chwn chŵn
adult: oedolyn oedolion
duck: hwyaden hwyaid
shampoo: siampŵ siampw
lead: tennyn dennyn thennyn
collar: coler goler
mat: matiau
fleece: fflîs fflis
seed: hadau
bird: aderyn adar
wild: gwyllt wyllt
straw: gwellt wellt
shavings: naddion
mouse: llygoden llygod
rabbit: cwningen cwningod
dry: sych
wet: gwlyb
"""
