"""Greek trade words (`english: greek words`): in Greek script, read through the same transliteration as
messages (jobs/language/scripts.py: "ντομάτες" is "ntomates" on both sides), and in Greeklish, the Latin
spellings customers type ("ou" for "ου", "b" and "d" for "μπ" and "ντ", "x" or "h" for "χ", "i" for "υ"
and "η"). Read exactly: Snowball's Greek stemmer reads Greek letters, and words are Latin letters by the time
they are read, so the table lists singular and plural. Words English catalogs use as names stay English
("γάλα" is gala apples, "φέτα" feta, "μήλο" Milo), as does "νερό" (Italian "nero", black)."""

TABLE = """
milk: γάλακτος
cream: κρέμα κρέμες
butter: βούτυρο voutyro voutiro
cheese: τυρί τυριά tiri
yoghurt: γιαούρτι γιαούρτια giaourti yiaourti giaourtia
egg: αυγά αυγό avga auga avgo
chicken: κοτόπουλο κοτόπουλα kotopoulo kotopoula
breast: στήθος
wing: φτερούγες φτερούγα fterouges
beef: μοσχάρι μοσχαρίσιο μοσχαρίσιος mosxari
pork: χοιρινό χοιρινή xoirino hirino xirino
lamb: αρνί αρνίσιο αρνάκι
mince: κιμάς κιμά
meat: κρέας κρέατα
sausage: λουκάνικο λουκάνικα loukaniko loukanika
ham: ζαμπόν
fish: ψάρι ψάρια
salmon: σολομός σολομό
tuna: τόνος τόνο
cod: μπακαλιάρος μπακαλιάρο μπακαλιάρους bakaliaros bakaliaro
prawn: γαρίδα γαρίδες
squid: καλαμάρι καλαμάρια καλαμαράκια
mussel: μύδια
octopus: χταπόδι χταπόδια xtapodi htapodi
tomato: ντομάτα ντομάτες ντοματίνια domata domates
potato: πατάτα πατάτες
onion: κρεμμύδι κρεμμύδια kremidi kremidia
garlic: σκόρδο σκόρδα
carrot: καρότο καρότα
cucumber: αγγούρι αγγούρια agouri agouria aggouri aggouria
pepper: πιπεριά πιπεριές
lettuce: μαρούλι μαρούλια marouli maroulia
cabbage: λάχανο lahano laxano
spinach: σπανάκι
mushroom: μανιτάρι μανιτάρια
pea: αρακάς αρακά
bean: φασόλια φασολάκια
lentil: φακές
chickpea: ρεβίθια
sweetcorn: καλαμπόκι kalamboki
aubergine: μελιτζάνα μελιτζάνες
courgette: κολοκυθάκι κολοκυθάκια kolokithakia
broccoli: μπρόκολο brokolo
cauliflower: κουνουπίδι kounoupidi
celery: σέλινο
leek: πράσο πράσα
beetroot: παντζάρι παντζάρια
parsley: μαϊντανός μαϊντανό maidanos
dill: άνηθος άνηθο
basil: βασιλικός βασιλικό
mint: δυόσμος δυόσμο diosmos
oregano: ρίγανη
olive: ελιά ελιές
caper: κάπαρη kappari
lemon: λεμόνι λεμόνια
orange: πορτοκάλι πορτοκάλια
apple: μήλα
banana: μπανάνα μπανάνες
pear: αχλάδι αχλάδια ahladi
grape: σταφύλι σταφύλια stafilia
strawberry: φράουλα φράουλες fraoula fraoules
cherry: κεράσι κεράσια
peach: ροδάκινο ροδάκινα
melon: πεπόνι πεπόνια
watermelon: καρπούζι καρπούζια karpouzi
pineapple: ανανάς ανανά
walnut: καρύδια karidia
almond: αμύγδαλο αμύγδαλα amigdala
pistachio: φιστίκια
flour: αλεύρι αλεύρια alevri aleuri
sugar: ζάχαρη zaxari zahari
salt: αλάτι
rice: ρύζι rizi
pasta: ζυμαρικά μακαρόνια
bread: ψωμί ψωμιά
roll: ψωμάκια ψωμάκι
oil: λάδι λάδια
olive: ελαιόλαδο eleolado
vinegar: ξύδι xidi ksidi
honey: μέλι
jam: μαρμελάδα
sauce: σάλτσα σάλτσες
mustard: μουστάρδα moustarda
mayonnaise: μαγιονέζα mayoneza
cinnamon: κανέλα
yeast: μαγιά
chocolate: σοκολάτα σοκολάτες
tea: τσάι
coffee: καφές καφέ
juice: χυμός χυμοί χυμό xymos himos
beer: μπύρα μπύρες bira mpira
wine: κρασί κρασιά
ice: πάγος πάγο
soup: σούπα soupa
biscuit: μπισκότα μπισκότο biskota
cake: κέικ τούρτα τούρτες
sparkling: ανθρακούχο ανθρακούχα anthrakouho anthrakoucho
mineral: μεταλλικό
salted: αλατισμένο αλατισμένα
unsalted: ανάλατο ανάλατα
smoked: καπνιστό καπνιστός καπνιστή καπνιστά
fresh: φρέσκο φρέσκα φρέσκος φρέσκια
frozen: κατεψυγμένο κατεψυγμένα κατεψυγμένος κατεψυγμένη katepsigmena katepsigmeno
dried: αποξηραμένο αποξηραμένα
chopped: ψιλοκομμένο ψιλοκομμένα ψιλοκομμένες ψιλοκομμένη psilokomena
grated: τριμμένο τριμμένη τριμμένα
white: λευκό λευκά λευκή άσπρο άσπρα lefko
black: μαύρο μαύρα μαύρη mavro mavra
red: κόκκινο κόκκινα κόκκινη
green: πράσινο πράσινα πράσινη prasino prasina
yellow: κίτρινο κίτρινα κίτρινη kitrines
large: μεγάλο μεγάλα μεγάλη megala megalo
small: μικρό μικρά μικρή mikra mikro
medium: μεσαίο μεσαία μεσαίες mesaio mesaia
hot: καυτερό καυτερά kautero
sweet: γλυκό γλυκά gliko
whole: πλήρες
skimmed: άπαχο άπαχα apaxo
napkin: χαρτοπετσέτες χαρτοπετσέτα xartopetsetes
glove: γάντια γάντι
bag: σακούλα σακούλες σακκούλα σακκούλες σακουλάκια σακκουλάκια sakoula sakoules sakoulakia sakkoulakia
chip: τσιπς tsips
foil: αλουμινόχαρτο alouminoxarto alouminocharto
film: μεμβράνη
cup: ποτήρια ποτηράκια
lid: καπάκι καπάκια
plate: πιάτα πιάτο
straw: καλαμάκια καλαμάκι
fork: πιρούνια πιρούνι πιρουνάκια pirounia pirounakia
wooden: ξύλινα ξύλινο ξύλινες xylina xylino ksylina
knife: μαχαίρια μαχαίρι maxairia
spoon: κουτάλια κουτάλι koutalia
paper: χαρτί χαρτιά xarti
towel: πετσέτες πετσέτα
soap: σαπούνι σαπούνια sapouni
sponge: σφουγγάρι σφουγγάρια sfouggari
bucket: κουβάς κουβάδες kouvas
bottle: μπουκάλι μπουκάλια boukali boukalia mpoukali mpoukalia
can: κονσέρβα κονσέρβες κουτάκια κουτάκι koutakia koutaki
jar: βάζο βάζα
box: κούτα κούτες κουτί κουτιά kouta koutes kouti koutia
case: κιβώτιο κιβώτια kibotio kibotia
pack: πακέτο πακέτα
halloumi: χαλλούμι χαλούμι challoumi xalloumi
souvlaki: σουβλάκι σουβλάκια souvlakia
gyros: γύρος γύρο giros yiros
ouzo: ούζο
bacon: μπέικον
croissant: κρουασάν kroisan
rusk: παξιμάδι παξιμάδια
"""
