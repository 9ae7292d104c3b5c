"""The extractor's words, as data (English, Spanish, French, German, Italian, and common misspellings).

Tables are rows of ``key: words``; a key may repeat, and its words are added in order. Word lists are
whitespace-separated. Nothing here is logic: jobs/language/extraction/patterns.py holds the regular
expressions built from these words, and the parser modules read both.
"""

from __future__ import annotations

from decimal import Decimal

from jobs.language.extraction.number_words import MEASURE_NUMBER_WORDS as MEASURE_NUMBER_WORDS
from jobs.language.extraction.number_words import NUMBER_WORDS as NUMBER_WORDS
from jobs.language.extraction.number_words import RISKY_NUMBER_WORDS as RISKY_NUMBER_WORDS
from jobs.language.scripts import fold_scripts
from jobs.language.tables import table_rows
from jobs.language.tables import word_set as word_set

# Pack / count units -> canonical name. Ukrainian and Lithuanian packs are written as the transliteration
# writes them, Greeklish ones as customers type them; Greek "koutaki" (a drinks can or a small carton as
# often as a box) is no unit.
PACK_UNITS: dict[str, str] = {
    word: canonical
    for canonical, words in table_rows("""
    case: case cases cs css ctn ctns carton cartons caja cajas caisse caisses kiste kisten karton kartons
    case: cassa casse cartone cartoni cassetta cassette
    box: box boxes bx bxs boite boites boîte boîtes schachtel scatola scatole doos boxen
    crate: crate crates kasten kästen kaesten harasse harasses cajon cajón cajones
    pack: pack packs pk pks pkt pkts packet packets paquete paquetes paquet paquets packung packungen
    pack: päckchen pacco pacchi confezione confezioni sleeve sleeves
    bottle: bottle bottles btl btls bt bts botella botellas bouteille bouteilles flasche flaschen
    bottle: bottiglia bottiglie
    can: can cans tin tins lata latas canette canettes dose dosen lattina lattine latta bidon bidons bidón
    can: bidones tanica taniche kanister jerrycan jerrycans canister canisters
    dozen: dozen dozens doz dz docena docenas douzaine douzaines dutzend dozzina dozzine
    each: each ea pcs pc piece pieces pz pezzi pezzo stück stk stueck unit units unidad unidades pièce
    each: pièces unites unités
    sack: sack sacks sacco sacchi saco sacos säcke saecke
    bag: bag bags bolsa bolsas sac sacs beutel tüte tüten busta buste
    keg: keg kegs barrel barrels fass fässer fut fût fûts fusto fusti barril barriles
    tray: tray trays bandeja bandejas plateau plateaux vassoio vassoi
    tub: tub tubs tarrina tarrinas pot pots becher vaschetta vaschette
    jar: jar jars bote botes bocal bocaux glas gläser barattolo barattoli vasetto vasetti
    bunch: bunch bunches manojo botte bottes bund mazzo mazzi
    punnet: punnet punnets
    loaf: loaf loaves
    bucket: bucket buckets cubo seau eimer secchio pail pails
    roll: roll rolls rollo rollos rouleau rouleaux rolle rollen rotolo rotoli
    pallet: pallet pallets palet palets palette paletten bancale
    head: head heads
    case: caixa caixas doos colis cx cxs
    tub: bac bacs bakje bakjes terrina terrine
    pack: conf confez pacote
    bag: zak zakken zakje zakjes
    bottle: fles flessen garrafa garrafas
    can: blik blikken
    pack: pakket pakketten pakken pakje pakjes pacote pacotes embalagem embalagens
    bucket: emmer emmers balde baldes secchi secchielli seaux cubos kova kovasi kovası
    crate: krat kratten engradado engradados
    jar: frasco frascos
    case: cse cses caes csae kist kisst cajs caisse's kartonen cartone's
    box: boxs boxe bxes schachteln cajita cajitas scatolone scatoloni
    pack: pck pcks pkg pkgs pakc pakcs paks pak paq paqs pacchetto
    pack: pacchetti packungs packete paket pakete paquetes
    bottle: botle botles bottel bottels bottl btle btles botellin botellines
    can: cann canns tinn cannette cannettes dosens
    each: pce pces pza pzas pieza piezas ud uds unid unids unità unita
    each: stuks stueckchen pièces piéces
    sack: sak saks sakken sakke sacky sacck saccks saccos sac's sacks's
    bag: bagg baggs sacchetto sacchetti tuete tueten bolsita
    keg: kegg keggs faesser faß fäßer futs fûts
    case: skrzynka skrzynki skrzynek kartony kartonow kartonu kasa kasasi kasayi kartong kartonger bax
    case: baxuri kivotio kivotia
    box: pudelko pudelka pudelek koli kolisi lada lador låda lådor cutie cutii kouti koutia caixinha brique
    box: briques
    crate: gajba gajbe gajbi gajbu
    case: kartona kartone
    bag: vreća vreće vreca vrece vrecu vreću
    box: kutija kutije kutiju kardus
    pack: pakiranje pakiranja
    bunch: vezica vezice vezicu ikat
    sack: karung
    each: ekor buah biji
    pack: paczka paczki paczek opakowanie opakowania opakowan paketi forpackning förpackning pachet pachete
    pack: paketo paketa
    bag: worek worki workow torba torby torbe pose poser påse påsar punga pungi sakoula sakoules saquinho
    bag: saquinhos
    bottle: butelka butelki butelek sise siseler flaska flaskor sticla sticle boukali boukalia flacon
    bottle: flacons
    can: puszka puszki puszek kutu kutusu burk burkar doza doze konserva teneke tenekesi
    tray: taca tace tacek tepsi tepsisi bricka brickor tava tavi tapsi
    sack: cuval cuvallar saci çuval çuvallar
    bunch: peczek peczki demet knippe knippar legatura legaturi matso
    each: sztuk sztuki sztuka szt adet styck stycken bucati bucata temaxia tane
    head: glowka glowki glowek
    bunch: peczkow matsakia matsaki matsakia
    bag: sakoulia sakouli
    crate: ladita ladite laditi
    keg: fust fusten vat vaten
    pack: zgrzewka zgrzewki zgrzewek
    can: blikje blikjes
    dozen: dozn dzn dutzende
    tray: trey treys tablett tabletts plateaus vasoio
    tub: tubb tubbs barquette barquettes
    crate: crat crats
    box: dabba dabbe dabbay dabbey dibba dibbe outer outers
    case: cj cjs
    tub: kouva kouvas kouvades
    jar: vazaki vazakia
    pack: paketa
    case: peti petiyan
    case: yashchyk yashchyky yashchykiv yashchik yashchiki yashchikiv iashchyk iashchyky iashchykiv korobka
    can: banka banky banki banok
    bottle: plyashka plyashki plyashok pliashka pliashky pliashok butelis buteliai buteliu butelius mpoukali
    bottle: mpoukalia
    pack: pachka pachki pachky pachok upakovka upakovki upakovky upakovok pakuote pakuotes pakuociu pakelis
    pack: pakeliai pakeliu
    sack: mishok mishki mishky mishkiv
    bag: maiseliu
    can: skardine skardines skardiniu tenekes tenekedes
    jar: stiklainis stiklainiai stiklainiu vazo vaza
    box: kouta koutes
    tray: lotok lotky lotki lotkiv
    case: korobky korobok deze dezes deziu dezute dezutes
    bag: maisas maisai maisu maiselis maiseliai pakety paketiv
    bucket: wiadro wiadra wiader wiaderko wiaderka galeata galeti kibiras kibirai vidro
    keg: beczka beczki beczek butoi butoaie statine
    each: vnt shtuk sht
    sack: bori boriyan
    bag: thaila thaile thaili
    bag: gói goi bịch bich
    pack: xấp xap
    case: thùng thung
    box: hộp hop
    jar: hũ
    crate: két
    each: cái chiếc chiec
    roll: cuộn cuon
    case: cas casys chas arkë arke
    box: bocs focs mocs bocsys focsys kuti kutia kutitë kutite kutinë kutine
    bottle: potel botel photel poteli shishe shishja shishet
    can: tun tuniau kanoçe kanoce kanoçet kanocet
    sack: sach sachau thes thasë thase thasi thasët thaset
    tub: twb dwb
    pack: pecyn becyn pecynnau pako
    bag: qese qeset
    bucket: kovë kove
    bunch: bos bossen bosjes bunde peczków peczkami peczkach
    stem: stem stems stelen steeltjes stiel stiele stielen lodyg lodygi lodyga
    tray: tac tacy
    roll: rol rolka rolki rolke rolek
    bag: worków
    bottle: flesje flesjes
    bag: kise kiseh kisse khalta khaltah
    pack: baste basteh
    box: jabe jabeh jaabe jaabeh
    bucket: satl satle
    tray: sini
    sack: gooni guni bojai
    """)
    for word in words
}
# The same in Greek, written as customers write them and read as the extractor reads them
# (jobs/language/scripts.py); Arabic, Urdu and Persian units are read as these English words before
# transliteration (jobs/language/arabic_words.py). Chinese counters are read with their count
# (scripts.chinese_counts): alone, 包 (bao), 盒 (he) or 桶 (tong) would read as English words.
PACK_UNITS.update(
    (word, canonical)
    for canonical, words in table_rows(
        fold_scripts("""
    bag: σακούλα σακούλες
    box: κούτα κούτες κουτιά
    case: κιβώτιο κιβώτια
    bucket: κουβάς
    each: τεμάχια
    bottle: μπουκάλι μπουκάλια
    sack: σακί σακιά σακκί σακκιά
    sack: sakkia sakki sakia
    """)
    )
    for word in words
)

# Pack words that name a box and a drinks can (Turkish "kutu": "2 kutu beef sausage", "48 kutu kola"): read as a
# can, and as a box of a product that is no can (matching/quantities.py: BOX_OR_CAN).
BOX_OR_CAN_WORDS = word_set("kutu kutusu")

# Measures: token -> (dimension, canonical unit, factor to the base unit ml / g). Rows are
# ``dimension unit factor: words``.
MEASURES: dict[str, tuple[str, str, Decimal]] = {
    word: (dim, unit, Decimal(factor))
    for (dim, unit, factor), words in (
        (key.split(), words)
        for key, words in table_rows(
            fold_scripts("""
    vol ml 1: ml mls millilitre millilitres milliliter milliliters
    vol ml 10: cl cls centilitre centilitres
    vol l 1000: l lt lts ltr ltrs litre litres liter liters litro litros litri liters
    wt g 1: g gr grs gm gms gram grams gramme grammes gramos grammi gramm
    wt kg 1000: kg kgs kilo kilos kilogram kilograms kilogramme kilogrammes kilogramos chili chilo
    wt kg 1000: kilogramm
    vol ml 1: mililitro mililitros millilitro millilitri millilitre's mililitre mililitres
    vol ml 10: centilitro centilitros centilitri centiliter centiliters cls
    vol l 1000: litr litrs litern litere leter leters liiter litres's litro's litry litrow litrów litrai litru litrelik
    wt g 1: gramo grammo gramms grammi grms grm
    wt kg 1000: kilo's kilogramo kilogrammi chilogrammo chilogrammi chilogramo kgr kgrs kilogr kilgs
    wt kg 1000: kilogramms kilograme kilogrammes killo killos kilio kilios kiloes kiloluk kilogramlık
    wt kg 1000: quilo quilos quilograma quilogramas kilogramu kilogramy kilogramow kilogramai kilogramu
    pint pint 1: pint pints pt pts peint beint pheint peintiau
    oz oz 1: oz ounce ounces onzas
    lb lb 1: lb lbs pound pounds
    gal gal 1: gal gallon gallons
    len inch 2.54: inch inches pouce pouces zoll pollici pulgada pulgadas duim polegada polegadas inç
    len mm 0.1: mm millimetre millimetres millimeter millimeters milimetro milimetros millimetri
    len cm 1: cm cms centimetre centimetres centimeter centimeters centimetro centimetros centimetri zentimeter
    wt kg 1000: κιλά κιλό 公斤
    wt kg 1000: ký kí
    wt g 1: γραμμάρια
    vol l 1000: λίτρα λίτρο
    """)
        )
    )
    for word in words
}

# Every word read as a weight or volume unit (matching strips them from product phrases).
MEASURE_WORDS: tuple[str, ...] = tuple(sorted(MEASURES, key=len, reverse=True))

# Unit name a weight/volume quantity is reported in (``5kg tomatoes`` -> unit "kg").
MEASURE_QTY_UNIT = {
    "ml": "ml",
    "l": "l",
    "g": "g",
    "kg": "kg",
    "pint": "pint",
    "oz": "oz",
    "lb": "lb",
    "gal": "gal",
    "inch": "inch",
}

# Imperial measures as metric, for size comparisons: a 4 pint milk is a 2.272 l milk.
IMPERIAL = {
    "pint": ("vol", Decimal("568.261")),
    "gal": ("vol", Decimal("4546.09")),
    "lb": ("wt", Decimal("453.592")),
}

# Size words -> size class.
SIZE_WORDS: dict[str, str] = {
    word: size
    for size, words in table_rows("""
    large: large big lg lrg grande grandes grand grands grosso grossa grossi grosse grossen großen großer
    large: gros groß gross große
    small: small sm little mini petit petite pequeño pequeno pequeña pequena pequeños pequeñas pequenos
    small: pequenas petits petites piccolo piccola piccoli piccole klein kleine kleinen kleiner kleines
    medium: medium med mediano medianos mediana medianas moyen moyens moyenne moyennes medio medi media
    medium: mittel mittlere mittleren médio médios médias middel middelgroot
    large: büyük buyuk duży duzy duże duze mare madh madhe
    small: küçük kucuk mały maly małe mic mici vogel vogël vogla
    small: chhota chota chhote chote chhoti choti nani nanu nana
    large: bada bade badi
    xl: xl jumbo extra-large
    """)
    for word in words
}
SIZE_CLASSES = frozenset(SIZE_WORDS.values())


# Articles that mean "one" when they open a line ("a case of", "una caja de", "eine Kiste").
ARTICLES = word_set("a an one un une una uno uma ein eine einen einem another një nje")

# Vague amounts: what they stand for until a human confirms.
VAGUE: dict[str, Decimal] = {
    word: Decimal(value)
    for value, words in table_rows("""
    3: few several
    1: some any
    2: couple pair
    3: unos unas quelques einige
    2: paar
    3: alcuni alcune qualche
    """)
    for word in words
}

HALF = word_set("half demi demie medio media mezzo mezza halbe halben halb nesf nim")

# Words that carry no product meaning inside a line. "can" is a filler only as a verb; as a container
# it is read before fillers are dropped (see elements.py).
FILLER = (
    word_set("""
    of the some more please pls plz pl plse pleas thanks thx ta x and also plus with for me us our my your
    usual again too de del della delle dei degli di da du des d la le les el los las il lo gli von vom der
    die das den und y et e en per por favor bitte svp merci gracias grazie danke just only to total all
    about around approx approximately ish like other same those these them then as well if possible poss
    cheers kindly ok okay ones one's normal additional extra another a an pls. u can para pour für xx xxx forgot
    lovely hun babe
    forgotten
    fur al au aux zum zur
""")
    | word_set("""
    noch dazu hinzu zusätzlich añade añadir añadid agrega agregar agregad ajoute ajoutez ajouter
    graag alstublieft aub voor van het een mais mai em do dos das favor obrigado por preciso precisamos
    queria queríamos quero queremos
    yao qing xiexie wugai nihao mafan lazim lazım depot
    aggiungi aggiungete aggiungere
    anche manda mande potete potreste faudrait skicka och oraz prosze poprosze lutfen ve rog trimiteti
    tha ithela parakalo efharisto efcharisto tack merhaba selam abi dziekuje pozdrawiam multumesc kalimera
    kalispera hej ni kan instead nog ook kai edo gia tin erbij aloha genoeg enough assez suficiente basta genug
    trimite trimiteți trimiteti mandar pode podem também tambem añadan añada valeu brigadão brigadao
    ir dar prasau prašau aciu ačiū labas uzsakymas užsakymas pryvit dyakuyu dobryi den na pentru va adaugati
    potrzebuje potrzebuję potrzebujemy dodac dodać jeszcze zamowienie zamówienie encomenda siparis sipariş w z
    siparişi siparisi obg obgd gönderin gonderin gönder gonder için icin lütfen bhejna bhejo chahiye
    ekle ekleyin ekler ekleyebilir eklerseniz misiniz misin gönderir gonderir gönderebilir gonderebilir
    teslimat teslimata teslimatına teslimatina
    bhai bhaiya bhaiyya veerji veer paaji paji bro bruv boss brother ji dada anna bhej dio dena dedo dijiye
    aur bhi ko jaan wala wali dein dijiye bhejein bhejen bhijwa bhijwa
    wale vale vala vali valu vadu deo dejo diyo mokli mokaljo moklo mokalsho joiye joie joiae haan aabhar abhar
    dhanyavad dhanyavaad naal ane etlu liye
    dile hobe anuppunga anuppu salam salaam assalam namaste vanakkam adaab bye byee steilte stilte
    mandami mandatemi mandateci inviateci también tambien podéis podeis podrías podrias thelo theloume aimerions
    voudrions voudrais abeg oga una prochain prochaine günaydın gunaydin günaydin sabah lazım lazim gerek acil
    cho em anh đặt dat thêm them lấy lay với voi và va nha nhé nhe ạ chào chao nhờ nho giúp
    giup giao
    plis plîs diolch hefyd ac ychwanegol eto chi ni yr ar gyfer ond wedi wedi'i fer aye pal
    faleminderit dëshiroj deshiroj të te porosis porosit porosi porosia dërgoni dergoni dhe edhe për në
    vëlla vella shumë shume
    bide meesturen mitschicken
    lotfan lotfa bezar bezarid befrestid befrest befresid mikham mikhaym mikhastam baraye lazem darim agha
    aghaye mamnoon mamnun mersi tashakor tashakkor kheyli spas slaw mitoonid mitunid aw
""")
    | word_set(
        # Greek greetings, thanks and request words, as the extractor reads them (Arabic, Urdu and Persian
        # ones are read as English words: jobs/language/arabic_words.py)
        fold_scripts("""
    Καλημέρα Καλησπέρα Ευχαριστώ Παρακαλώ θέλω θα ήθελα για την τη το και στείλε στείλτε βάλε βάλτε μου ακόμα
    efxaristo eyxaristo
""")
    )
)

# Counts followed by these nouns are not order quantities ("150 guests", "40 mins", "3 hours late").
NON_ITEM_NOUNS = word_set("""
    guest guests people persons person pax covers cover min mins minute minutes hour hours hr hrs day days
    week weeks month months year years time times deliveries delivery tables staff seats rooms nights
    semaine woche settimana semana personnes personen persone personas pupils pupil students children kids
    residents delegates attendees diners patients din
""")

# Words that turn a segment into a report about the past, not a request ("8 eggs broke"), then what
# went wrong with goods already received ("4 packs unusable", "binned 4kg").
NARRATIVE_WORDS = word_set("""
    broke broken smashed cracked missing arrived delivered charged received damaged leaking was were
    aya aaya ayi aayi
    fehlen fehlt manquent manque mancano manca faltan falta llegó llego étaient etaient waren erano
    fehlten fehlte manquait manquaient mancava mancavano faltaba faltaban faltó falto faltaron llegaron
    llegaba llegaban venían venian cobrado cobrasteis facturado facturé factures berechnet kam kamen
    arrivé arrivée arrivés arrivees arrivato arrivati arrivata arrivate received
""") | word_set("""
    binned threw thrown unusable inedible stale rotten mouldy moldy expired spoiled spoilt smelt smelled
    split torn burst squashed crushed melted defrosted leaked ruined
""")

# Delivery, access and billing words: instructions around an order, never goods.
DELIVERY_WORDS = word_set("""
    deliver delivery delivered driver door entrance gate leave invoice bill account pay payment paid
    receipt collect collection call ring phone email address closed open arrive lieferung liefern
    livraison livrer entrega consegna factura facture rechnung fattura
""")
# A line without a number that mentions any of these is an instruction or remark, not a product.
INSTRUCTION_WORDS = (
    DELIVERY_WORDS
    | word_set("""
    deliveries pick text arrives arriving usual thanks thank cheers regards sorry hope know let think
    guess reply confirm confirmation asap urgent back tomorrow tmrw today wait ready busy weekend same
    last week time was were is are will did does have has had been got i we you it that this there they he
    she him her them what when how why where which who do if would should could order orders not mix
    running out quote event guests manager team love mate thursday friday booked booking brunch lol party
    wedding function tonight service re refund credit discount word chat look favour favor problem issue
    question minute moment sec second callback bit
""")
    | word_set("""
    yes yeah yep yup ahead coming here engineer technician station platform stp svp sounds perfect lovely
    agreed that's thats it's cierto proposito übrigens ubrigens parfait perfecto perfetto perfeito prima
    genial super gate code keycode kiosk market stall
    arferol arfer diwethaf wythnos kaluar zakonisht
    diwali smagam shaadi puja navratri dhanteras eid
""")
)
# Talk words that are also goods words: each is a word of a product's name, alias or keyword in a catalog of the
# trades we cover ("custard mix", "triple sec", "coffee-mate", "onion ring", "cocktail pick", "ready to eat", "room
# service napkins", "super noodles", "5 minute pearls", "back bacon", "party mix", "delivery fries", "closed toe
# slippers", "open up glass", "wedding" favours, "micro market", "friday" day dots; tests/test_talk_goods.py checks
# every catalog in tests/data). A line with an article holding one is never dropped as talk silently: it is a line,
# or, beside a goods noun, a person reads it ("a back bacon").
TALK_GOODS_WORDS = word_set("""
    mix sec mate ring pick ready service super minute
    back party delivery closed open wedding market friday thursday
""")
# Of those, the words an order line uses for goods more often than as talk: beside another word that is no talk
# they are the line's words ("a custard mix", "a triple sec", "a coffee mate"); the others are talk more often ("a
# hen party", "the old one back", "a one-off delivery").
GOODS_FIRST_TALK = word_set("mix sec mate ring pick ready service super minute")
# Delivery, payment and contact words: a part holding one (and no number) is a note to the driver or
# the office.
LOGISTICS = DELIVERY_WORDS | word_set("reception parking porte puerta tür porta")

# Words that say nothing about goods in a part of a message the extractor could not read.
NOTE_STOP = word_set("""
    ideally preferably still just also really very much more less even yet already soon later now any
    anything something everything else lot lots good great nice fine hi hello hey yes no so but or can get
    go going make sure need want like see tell ask send am be in on at by up off from into over its it's
    i'm we're you're that's there's don't didn't can't won't isn't a an
""")

# A list's label before its first count ("sunday order 6 cs ...", "mon top up 3 cs coke", "weekly restock: ...").
# (day words are `patterns.DAY_WORD_RE`)
LABEL_WORDS = word_set("""
    order orders prep top up topup restock extras weekly week weeks this next usual today tomorrow tmrw
    morning afternoon evening weekend
""")

# Words that tie a remark to an earlier order or to terms of trade ("bhai wohi usual bhej do", "jak w zeszłym
# tygodniu", "RE: First order"): a part holding one is never set aside as a remark (NO_GOODS_REMARK), even when it
# names no goods, because a person must read what it refers to.
ORDER_CONTEXT_WORDS = word_set("""
    usual same last again previous before regular standing account credit terms tab first repeat double
    siempre mismo misma pasada pasado anterior habitual igual cuenta credito crédito primer primera
    sempre mesmo mesma passada passado anterior habitual conta primeiro primeira
    habitude même meme dernière derniere dernier précédente precedente compte premier première premiere
    solito solita stesso stessa scorsa scorso precedente conto primo prima
    immer gleiche gleichen letzte letzten letzter vorige vorigen konto erste ersten
    zawsze samo same zeszłym zeszlym zeszły zeszly ostatnio ostatnie poprzednie konto pierwsze
    aynı ayni geçen gecen hep önceki onceki hesap ilk
    fel trecută trecuta trecut ultima cont prima
    wohi wahi pichli pichla pehle jaisa hamesha
    mesle hamishe hamishegi hamishegie
    arfer arferol diwethaf
    ίδια ιδια συνηθισμένα συνηθισμενα προηγούμενη προηγουμενη
""")

# Food, drink and catering-supply nouns, singular stems: a part of a message naming one asks for goods
# even when the catalog does not sell it ("do you do oat milk?", "• kombucha x 6").
GOODS_WORDS = word_set("""
    milk cream butter cheese yoghurt yogurt egg eggs bread roll bun baguette croissant flour sugar salt
    pepper rice pasta noodle oil vinegar tomato potato onion garlic carrot lettuce salad cucumber lemon
    lime orange apple banana berry strawberry raspberry blueberry grape melon avocado mushroom herb
    basil parsley mint coriander spinach cabbage broccoli pea bean chickpea lentil corn chicken beef pork
    lamb mince bacon ham sausage steak burger patty fish salmon tuna cod prawn shrimp mussel meat turkey
    duck coffee tea cocoa chocolate juice water soda cola coke lemonade tonic beer lager ale cider wine
    prosecco champagne vodka gin rum whisky whiskey tequila brandy liqueur syrup cordial keg bottle can
    cup lid straw napkin glove foil film bag box container tray cutlery fork knife spoon plate towel
    detergent soap bleach ice honey jam sauce ketchup mayo mayonnaise mustard olive nut almond oat soya
    soy coconut stock spice cinnamon vanilla yeast cake biscuit cookie pastry pie pizza mozzarella
    cheddar parmesan feta halloumi tofu drink smoothie espresso decaf energy crisp chip fries tortilla
    wrap pita naan
    leche nata mantequilla queso huevo pan harina azucar sal pimienta arroz aceite tomate patata cebolla
    ajo zanahoria lechuga limon naranja manzana pollo ternera cerdo cordero carne pescado zumo
    agua cerveza vino ginebra ron refresco hielo servilleta vaso
    lait creme beurre fromage oeuf pain farine sucre sel poivre riz huile tomate pomme oignon ail carotte
    laitue citron poulet boeuf porc agneau viande poisson jus eau biere vin glace serviette gobelet
    milch sahne butter kase ei brot mehl zucker salz pfeffer reis ol tomate kartoffel zwiebel knoblauch
    zitrone apfel hahnchen rind schwein fleisch fisch kaffee saft wasser bier wein eis serviette becher
    latte panna burro formaggio uovo uova pane farina zucchero sale riso olio pomodoro patata cipolla
    aglio limone mela pollo manzo maiale carne pesce succo acqua birra vino ghiaccio tovagliolo
    pitta saffron date medjool tahini hummus falafel halva baklava lokum bulgur couscous harissa sumac
    zaatar pistachio cashew walnut hazelnut raisin fig apricot pomegranate molasses ghee paneer dal dhal
    lentils basmati semolina filo phyllo kataifi labneh olive oregano cumin turmeric paprika chilli chili
    matcha chai frappe muffin scone brownie flapjack panini sandwich bagel doughnut donut sleeve stirrer
    prawns scallop oyster lobster crab squid clam salmon haddock hake brisket fillet chop rib wing thigh
    pepper aubergine courgette zucchini leek celery asparagus beetroot radish kale chard rocket herbs
    punnet pear plum peach nectarine cherry kiwi mango pineapple papaya passion lychee satsuma clementine
    slipper shampoo conditioner lotion razor comb earplug toothbrush toothpaste bathrobe robe amenity amenities
    miniature minis
    mithai namkeen bhujia sev laddoo ladoo barfi burfi jalebi samosa khoya besan atta maida sooji
""")

# Vulgar fractions, spelled out before tokenising.
FRACTIONS = {"½": " 1/2 ", "¼": " 1/4 ", "¾": " 3/4 ", "⅓": " 1/3 ", "⅔": " 2/3 "}
