"""Albanian trade words (`english: albanian words`). Albanian has no Snowball stemmer: the table lists the
forms orders use, indefinite and definite, singular and plural ("djathë", "djathi"; "kërpudha",
"kërpudhat"), accents folded when read ("peçeta" -> "peceta")."""

TABLE = """
milk: qumesht qumeshti qumeshte
cream: ajke ajka
butter: gjalpe gjalpi
cheese: djathe djathi djathin djathera
yoghurt: kos kosi
ayran: dhalle dhalla
egg: veze vezet
bread: buke buka
flour: miell mielli
sugar: sheqer sheqeri
salt: kripe kripa
pepper: piper piperi speca specat
oil: vaj vaji
vinegar: uthull uthulla
rice: oriz orizi
pasta: makarona makaronat
tomato: domate domatet domatja
potato: patate patatet
onion: qepe qepet
garlic: hudher hudhra
carrot: karrota karrotat
mushroom: kerpudha kerpudhat kerpudhe
spinach: spinaq spinaqi
olive: ulli ullinj ullinjte
lemon: limon limoni limona
orange: portokall portokalle
apple: molle mollet
chicken: pule pula pules
meat: mish mishi
beef: vici viqi
pork: derri derrit
lamb: qengji qengj
ham: proshute proshuta
sausage: salsiqe salsice
fish: peshk peshku
sauce: salce
water: uje uji
juice: leng lengu
beer: birre birra
wine: vere
coffee: kafeja
tea: caj caji
ice: akull akulli
yeast: maja maje
cake: torte torta embelsire
napkin: peceta pecetat peceteve pecete
glove: doreza dorezat dorashka
paper: leter letra
plate: pjata pjate pjatat
cup: gota gotat filxhan
spoon: luge lugat
fork: pirun piruna
knife: thike thika
soap: sapun sapuni
bag: qese qeset
white: bardha bardhe bardhi
black: zeza
red: kuqe kuq
green: gjelber jeshile
yellow: verdhe verdha
large: madh madhe medha
small: vogel vogla
sliced: prere prera
diced: kubike kubik
grated: rende grire grira
fresh: fresket freskete
frozen: ngrire ngrira
smoked: tymosur
hot: djeges djegese
sweet: embel embla
salted: kripur
box: kuti kutia kutite kutine
can: kanoce kanocet
sack: thes thase thasi thaset
case: arke
bottle: shishe shishja shishet
pack: pako paketa
bucket: kove kova
tray: tabaka
towel: peshqir peshqiri peshqira peshqiret
blade: brisqe brisk
gel: xhel xheli
hair: flokesh floke
disposable: njeperdorimshe njeperdorimsh
pink: roz roze
blue: blu
developer: oksidant oksidanti
"""
