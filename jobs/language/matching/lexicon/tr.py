"""Turkish trade words (`english: turkish words`), with the possessive forms compounds take ("ayçiçek
yağı", "biber salçası"); other suffixes are read through the Turkish stemmer."""

TABLE = """
milk: süt sütü
cream: krema kaymak
butter: tereyağı tereyağ
cheese: peynir peyniri kaşar
yoghurt: yoğurt yoğurdu
egg: yumurta yumurtası
chicken: tavuk piliç
breast: göğüs göğsü
thigh: butu
wing: kanat kanadı kanatlari
beef: dana sığır
lamb: kuzu
mince: kıyma
meat: eti
sausage: sucuk sosis
fish: balık
cod: morina
skinless: derisiz
salmon: somon
prawn: karides
tomato: domates
potato: patates
onion: soğan
garlic: sarımsak
carrot: havuç
cucumber: salatalık hıyar
pepper: biber
lettuce: marul
salad: salata
cabbage: lahana
spinach: ıspanak
mushroom: mantar
pea: bezelye
bean: fasulye
chickpea: nohut
lentil: mercimek
sweetcorn: mısır
aubergine: patlıcan
courgette: kabak
cauliflower: karnabahar
leek: pırasa
parsley: maydanoz
dill: dereotu
mint: nane
vegetable: sebze sebzeler
fruit: meyve meyveler
olive: zeytin zeytinyağı
lemon: limon
orange: portakal
apple: elma
banana: muz
pear: armut
grape: üzüm
strawberry: çilek
cherry: kiraz vişne
peach: şeftali
apricot: kayısı
melon: kavun
watermelon: karpuz
hazelnut: fındık
walnut: ceviz
almond: badem
pistachio: fıstık
peanut: yerfıstığı
seed: çekirdek
sunflower: ayçiçek ayçiçeği
sesame: susam
flour: unu
sugar: şeker
salt: tuz
rice: pirinç
pasta: makarna
bread: ekmek
oil: yağ yağı
vinegar: sirke
honey: bal
jam: reçel
sauce: sos
ketchup: ketçap ketcap
sachet: saşe saşeler
paste: salça salçası
spice: baharat
cumin: kimyon
flake: pul
yeast: maya
cocoa: kakao
chocolate: çikolata
tea: çay
lemonade: limonata
coffee: kahve
water: su suyu
beer: bira
wine: şarap
ice: buz
soup: çorba
biscuit: bisküvi
cake: kek
plain: sade
sparkling: maden
salted: tuzlu
unsalted: tuzsuz
whole: tam
skimmed: yağsız
smoked: füme
fresh: taze
frozen: dondurulmuş
dried: kuru kurutulmuş
sliced: dilim dilimlenmiş
grated: rendelenmiş
ground: çekilmiş
white: beyaz
black: siyah kara
red: kırmızı
green: yeşil
yellow: sarı
blue: mavi
large: büyük
small: küçük
hot: acı
sweet: tatlı
napkin: peçete
glove: eldiven
bag: poşet torba çanta posetler
bin: çöp
foil: folyo
cup: bardak bardaklar
lid: kapak kapagi kapaklar
plate: tabak tabaklar
tray: tepsi
box: kutu koli
straw: pipet pipetler
fork: çatal catallar
knife: bıçak bicaklar
spoon: kaşık kasigi kasiklar
paper: kağıt
towel: havlu
soap: sabun
cleaner: temizlik
fryer: fritöz
detergent: deterjan
sponge: sünger
cloth: bezi
charcoal: kömür
wooden: tahta
plastic: plastik
disposable: kullanımlık
bottle: şişe
can: teneke
jar: kavanoz
boneless: kemiksiz
sumac: sumak
spicy: acili
thin: ince
base: taban tabani
halal: helal
pink: pembe
blade: jilet jileti
shampoo: şampuan şampuanı
gel: jöle jölesi jel jeli
shave: tıraş
spray: sprey spreyi
hair: saç
crepe: krepe
developer: oksidan oksidanı
cologne: kolonya kolonyası
burgundy: bordo
"""
