"""Greek trade words (`english: greek words`): in Greek script, read through the same transliteration as
messages (jobs/language/scripts.py: "ντομάτες" is "ntomates" on both sides), and in Greeklish, the Latin
spellings customers type ("ou" for "ου", "b" and "d" for "μπ" and "ντ", "x" or "h" for "χ", "i" for "υ"
and "η"). Read exactly: Snowball's Greek stemmer reads Greek letters, and words are Latin letters by the time
they are read, so the table lists singular and plural. Words English catalogs use as names stay English
("γάλα" is gala apples, "φέτα" feta, "μήλο" Milo), as does "νερό" (Italian "nero", black)."""

TABLE = """
milk: γάλακτος galaktos
cream: κρέμα κρέμες
butter: βούτυρο voutyro voutiro
cheese: τυρί τυριά tiri tyria
yoghurt: γιαούρτι γιαούρτια giaourti yiaourti giaourtia
egg: αυγά αυγό avga auga avgo
chicken: κοτόπουλο κοτόπουλα kotopoulo kotopoula
breast: στήθος stithos
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
cod: μπακαλιάρος μπακαλιάρο bakaliaros
prawn: γαρίδα γαρίδες
squid: καλαμάρι καλαμάρια καλαμαράκια kalamari kalamarakia
mussel: μύδια
octopus: χταπόδι χταπόδια xtapodi htapodi
tomato: ντομάτα ντομάτες ντοματίνια domata domates ntomata ntomates
potato: πατάτα πατάτες patata
onion: κρεμμύδι κρεμμύδια kremmydi kremmydia kremidi kremidia
garlic: σκόρδο σκόρδα skordo
carrot: καρότο καρότα karoto karota
cucumber: αγγούρι αγγούρια agouri agouria aggouri aggouria
pepper: πιπεριά πιπεριές piperia piperies
lettuce: μαρούλι μαρούλια marouli maroulia
cabbage: λάχανο lahano laxano
spinach: σπανάκι spanaki
mushroom: μανιτάρι μανιτάρια manitari manitaria
pea: αρακάς αρακά arakas araka
bean: φασόλια φασολάκια fasolia fasolakia
lentil: φακές
chickpea: ρεβίθια revithia
sweetcorn: καλαμπόκι kalampoki kalamboki
aubergine: μελιτζάνα μελιτζάνες melitzana melitzanes
courgette: κολοκυθάκι κολοκυθάκια kolokithakia kolokythaki kolokythakia
broccoli: μπρόκολο brokolo
cauliflower: κουνουπίδι kounoupidi
celery: σέλινο selino
leek: πράσο πράσα
beetroot: παντζάρι παντζάρια pantzari pantzaria
parsley: μαϊντανός μαϊντανό maintanos maintano maidanos
dill: άνηθος άνηθο anitho anithos
basil: βασιλικός βασιλικό vasilikos
mint: δυόσμος δυόσμο diosmos
oregano: ρίγανη rigani
olive: ελιά ελιές elia elies
caper: κάπαρη kapari kappari
lemon: λεμόνι λεμόνια lemoni lemonia
orange: πορτοκάλι πορτοκάλια portokali portokalia
apple: μήλα
banana: μπανάνα μπανάνες mpanana mpananes
pear: αχλάδι αχλάδια ahladi
grape: σταφύλι σταφύλια stafylia stafilia
strawberry: φράουλα φράουλες fraoula fraoules
cherry: κεράσι κεράσια kerasia
peach: ροδάκινο ροδάκινα rodakina
melon: πεπόνι πεπόνια peponi
watermelon: καρπούζι καρπούζια karpouzi
pineapple: ανανάς ανανά
walnut: καρύδια karydia karidia
almond: αμύγδαλο αμύγδαλα amygdala amigdala
pistachio: φιστίκια fistikia
flour: αλεύρι αλεύρια alevri aleuri
sugar: ζάχαρη zachari zaxari zahari
salt: αλάτι alati
rice: ρύζι ryzi rizi
pasta: ζυμαρικά μακαρόνια zymarika makaronia
bread: ψωμί ψωμιά psomi
roll: ψωμάκια ψωμάκι psomakia
oil: λάδι λάδια ladi
olive: ελαιόλαδο elaiolado eleolado
vinegar: ξύδι xidi ksidi
honey: μέλι meli
jam: μαρμελάδα marmelada
sauce: σάλτσα σάλτσες saltsa
mustard: μουστάρδα moustarda
mayonnaise: μαγιονέζα magioneza mayoneza
cinnamon: κανέλα kanela
yeast: μαγιά
chocolate: σοκολάτα σοκολάτες sokolata
tea: τσάι tsai
coffee: καφές καφέ kafes
juice: χυμός χυμοί χυμό xymos himos chymos
beer: μπύρα μπύρες bira mpira mpyra
wine: κρασί κρασιά krasi
ice: πάγος πάγο pagos
soup: σούπα soupa
biscuit: μπισκότα μπισκότο biskota
cake: κέικ τούρτα τούρτες
sparkling: ανθρακούχο ανθρακούχα anthrakouho anthrakoucho
mineral: μεταλλικό metalliko
salted: αλατισμένο αλατισμένα
unsalted: ανάλατο ανάλατα analato
smoked: καπνιστό καπνιστός καπνιστή καπνιστά kapnisto
fresh: φρέσκο φρέσκα φρέσκος φρέσκια fresko freska
frozen: κατεψυγμένο κατεψυγμένα κατεψυγμένος κατεψυγμένη κατεψυγμένος katepsygmeno katepsigmena katepsigmeno
dried: αποξηραμένο αποξηραμένα
chopped: ψιλοκομμένο ψιλοκομμένα ψιλοκομμένες ψιλοκομμένη psilokommenes psilokomena
grated: τριμμένο τριμμένη τριμμένα trimmeno trimmeni
white: λευκό λευκά λευκή άσπρο άσπρα lefko aspro
black: μαύρο μαύρα μαύρη mavro mavra
red: κόκκινο κόκκινα κόκκινη kokkino kokkina kokkini
green: πράσινο πράσινα πράσινη prasino prasina
yellow: κίτρινο κίτρινα κίτρινη kitrino kitrina kitrines
large: μεγάλο μεγάλα μεγάλη megalo megala
small: μικρό μικρά μικρή
hot: καυτερό καυτερά kautero
sweet: γλυκό γλυκά glyko gliko
whole: πλήρες plires
skimmed: άπαχο άπαχα apaxo
napkin: χαρτοπετσέτες χαρτοπετσέτα xartopetsetes chartopetsetes
glove: γάντια γάντι gantia
bag: σακούλα σακούλες sakoula sakoules
foil: αλουμινόχαρτο alouminoxarto alouminocharto
film: μεμβράνη memvrani
cup: ποτήρια ποτηράκια potiria potirakia
lid: καπάκι καπάκια kapakia
plate: πιάτα πιάτο piata
straw: καλαμάκια καλαμάκι kalamakia
fork: πιρούνια πιρούνι pirounia
knife: μαχαίρια μαχαίρι maxairia
spoon: κουτάλια κουτάλι koutalia
paper: χαρτί χαρτιά xarti
towel: πετσέτες πετσέτα petsetes
soap: σαπούνι σαπούνια sapouni
sponge: σφουγγάρι σφουγγάρια sfouggari
bucket: κουβάς κουβάδες kouvas
bottle: μπουκάλι μπουκάλια boukali boukalia mpoukali mpoukalia
can: κονσέρβα κονσέρβες konserva konserves
jar: βάζο βάζα vazo vaza
box: κούτα κούτες κουτί κουτιά kouta koutes kouti koutia
case: κιβώτιο κιβώτια kivotio kivotia kibotio kibotia
pack: πακέτο πακέτα paketo paketa
"""
