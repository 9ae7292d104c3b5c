"""Food and drink words of the languages customers write in, as the English stem the catalog most likely
uses: the per-language lexicon (lexicon/), and below the rows that came first, mixed languages and English
shorthand ("toms", "cauli"), which win over the lexicon where both have a word. Rows of ``english: foreign
words``; a key may repeat, its words are added in order."""

from __future__ import annotations

from jobs.language.matching.lexicon import COMPOUND_WORDS, LEXICON, fold
from jobs.language.matching.vocabulary import table_rows

# es / fr / de / it / pl / ro / tr words and English shorthand -> the English stem the catalog most likely uses
_FIRST_ROWS: dict[str, str] = {
    fold(word): target
    for target, words in table_rows("""
    tomato: tomate tomates pomodoro pomodori tomaten
    onion: cebolla cebollas oignon oignons zwiebel zwiebeln cipolla cipolle
    potato: patata patatas patate kartoffel kartoffeln papa papas
    lemon: limon limones citron citrons zitrone zitronen limone limoni
    lime: lima limas limette limetten citronvert lime
    egg: huevo huevos oeuf oeufs ei eier uovo uova
    milk: leche lait milch latte
    cheese: queso fromage kase kaese formaggio
    flour: harina farine mehl farina
    sugar: azucar sucre zucker zucchero
    rice: arroz riz reis riso
    oil: aceite huile ol oel olio
    olive: oliva oliven
    water: agua eau wasser acqua
    sparkling: gazeuse gazeux frizzante sprudel petillante gasata gassata
    still: naturale stilles
    beer: cerveza biere bier birra
    wine: vino vin wein
    red: tinto rouge rot rosso
    white: blanco blanc weiss bianco
    juice: zumo jugo jus saft succo
    orange: naranja arancia orangen
    apple: manzana pomme apfel mela
    chicken: pollo poulet hahnchen huhn
    breast: pechuga brust petto
    beef: ternera boeuf rind rindfleisch manzo
    mince: picada hache hackfleisch macinato macinata
    butter: mantequilla beurre burro
    cream: nata creme sahne panna
    bread: pan pain brot pane
    napkin: servilleta servilletas serviette servietten tovagliolo tovaglioli
    bottle: botellin botellines botella botellas bouteille bouteilles flasche flaschen bottiglia bottiglie
    shredded: rapee rape grattugiata gerieben rallado rallada
    chopped: concassee concassees triturado triturados gehackt
    mozzarella: mozzarelle mozarela mozarella mozzarela
    block: blocco blocchi bloque bloques bloc blocs block blocke bloecke
    coffee: cafe kaffee caffe
    bean: grano granos grani grains bohne bohnen chicchi
    cherry: cereza cerezas cerise cerises ciliegia ciliegie ciliegino ciliegini kirsch
    rum: ron rhum
    gin: ginebra
    whole: entera entero entier entiere voll vollmilch intero intera
    skimmed: desnatada desnatado ecreme entrahmt scremato scremata
    semi: semidesnatada demi-ecreme parzialmente
    lettuce: lechuga laitue salat kopfsalat lattuga
    avocado: aguacate aguacates avocat avocats avocados
    sunflower: girasol tournesol sonnenblumen sonnenblume girasole
    yoghurt: yogur yaourt joghurt yogurt
    greek: griego griega grec grecque griechisch griechischer greco
    pasta: pates nudeln
    cup: vaso vasos gobelet gobelets tazza bicchiere bicchieri
    bun: panecillo panecillos brotchen panino panini
    juice: succhi
    potato: kartoffel
    tonic: tonica
    strawberry: fresa fresas fraise fraises erdbeere erdbeeren fragola fragole
    lychee: lichi lichis litchi litchis litschi litschis
    mango: mangue mangues
    pineapple: pina ananas
    oat: avena avoine hafer
    soy: soja soia
    almond: almendra almendras amande amandes mandel mandeln mandorla mandorle
    coconut: coco kokos cocco
    syrup: sirope jarabe sirop sirops sirup sciroppo sciroppi
    hazelnut: avellana avellanas noisette noisettes haselnuss nocciola nocciole
    vanilla: vainilla vanille vaniglia
    caramel: caramelo karamell caramello
    chocolate: chocolat schokolade cioccolato cioccolata
    powder: polvo poudre pulver polvere
    green: verde vert verts verte gruner grune
    black: negro negra negros negras noir noirs noire noires schwarz schwarze schwarzer nero nera neri nere
    straw: pajita pajitas paille pailles strohhalm strohhalme cannuccia cannucce
    film: folie pellicola
    clear: transparente transparent transparents klar klare trasparente trasparenti
    cup: becher
    lid: tapa tapas couvercle couvercles deckel coperchio coperchi
    jar: tarro tarros bocal bocaux barattolo barattoli
    sauce: salsa sossen sosse
    pearl: perla perlas perle perles perlen
    tapioca: tapioka
    cane: cana canne rohr
    ice: hielo glace ghiaccio
    glove: guante guantes gant gants handschuh handschuhe guanto guanti
    mint: menthe menta minze
    ginger: jengibre gingembre ingwer zenzero
    honey: miel honig miele
    salt: sal sel salz
    pepper: pimienta poivre pfeffer
    vinegar: vinagre vinaigre essig aceto
    sesame: sesamo sesam
    peanut: cacahuete cacahuetes arachide arachides erdnuss erdnusse arachidi
    mushroom: champinon champinones champignon champignons pilz pilze funghi
    prawn: gamba gambas crevette crevettes garnele garnelen gambero gamberi
    pork: cerdo porc schwein schweinefleisch maiale
    fish: pescado poisson fisch pesce
    noodle: fideo fideos nouille nouilles
    flour: bloem meel farinha
    strong: fuerza forte
    butter: boter manteiga
    unsalted: ongezouten ungesalzen ungesalzene doux
    egg: eieren ovos
    milk: melk leite
    whole: gordo volle
    yeast: levadura levure hefe lievito gist fermento
    fresh: fresca fresco frescos frescas frais fraiche frisch frische vers verse
    dried: sec seche trocken secco droge
    rye: centeno seigle roggen segale rogge centeio
    chopped: tritate tritati tritato tritata
    glaze: glassa nappage glaseado glasur glazuur cobertura
    mirror: specchio miroir espejo spiegel espelho
    neutral: neutra neutre neutro neutrale
    sugar: suiker acucar
    sheet: placas plaques platten lastre
    pastry: patissiere patissieres pasticceria pasteleria
    cream: slagroom natas
    chocolate: chocolade
    pork: varken porco
    belly: barriga buik bauch ventre pancia
    chop: kotelett koteletts chuleta chuletas cotelette cotelettes costoletta costolette karbonade
    chop: karbonades costeleta costeletas
    rib: costilla costillas costela costelas rippchen costina costine ribben
    lamb: cordero agneau lamm agnello lam borrego cordeiro
    shank: jarret haxe stinco stinchi garron
    chicken: kip frango
    thigh: muslo muslos cuisse cuisses oberschenkel sovracoscia sovracosce dij dijen coxa coxas
    wing: ala alas aile ailes flugel vleugel vleugels asa asas
    duck: pato canard ente anatra eend
    fat: grasa graisse fett grasso vet gordura
    beef: rund rundvlees vaca novilho
    diced: dados wurfel gewurfelt cubetti blokjes cubos
    sausage: salchicha salchichas saucisse saucisses wurst wurstchen salsiccia salsicce worst worstjes
    sausage: salsicha salsichas
    ham: jamon jambon schinken fiambre
    cooked: cocido cocida cuit cuite gekocht cotto gekookt cozido cozida
    smoked: ahumado ahumada fume fumee geraucherter geraucherte affumicato affumicata gerookt gerookte
    smoked: fumado fumada defumado defumada
    salmon: salmon saumon lachs salmone zalm salmao
    cod: bacalao cabillaud kabeljau kabeljauw bacalhau
    hake: merluza merlu seehecht nasello heek pescada
    haddock: eglefino eglefin schellfisch schelvis arinca
    mackerel: caballa maquereau makrele sgombro makreel cavala
    tuna: atun thon thunfisch tonno tonijn atum
    monkfish: lotte seeteufel pescatrice zeeduivel tamboril
    bass: lubina wolfsbarsch branzino spigola zeebaars robalo robalos
    bream: dorada daurade dorade orata dourada douradas
    squid: calamar calamares calmar tintenfisch calamaro calamari inktvis lula lulas
    prawn: garnaal garnalen camarao camaroes gamberetti
    mussel: mejillon mejillones moule moules miesmuschel miesmuscheln cozza cozze mossel mosselen
    mussel: mexilhao mexilhoes
    clam: almeja almejas palourde palourdes venusmuschel vongola vongole ameijoa ameijoas
    scallop: vieira vieiras jakobsmuschel jakobsmuscheln capesante
    oyster: ostra ostras huitre huitres auster austern ostrica ostriche oester oesters
    lobster: bogavante langosta homard hummer astice aragosta kreeft lavagante lagosta
    crab: cangrejo crabe krabbe granchio krab caranguejo
    anchovy: boqueron boquerones anchois sardelle acciuga acciughe alici ansjovis anchova
    sliced: loncheado loncheada geschnitten affettato affettata gesneden fatiado fatiada
    fillet: filete filetes filetto filetti
    leg: pierna keule coscia poot perna
    peppered: gepeperde gepeperd poivree pepato pepata gepfeffert apimentado
    cleaned: limpio limpia limpios limpias limpo limpa limpos limpas nettoye nettoyes pulito puliti gereinigt
    boneless: deshuesado deshuesada desossado desossada desossadas desosse desossee entbeint disossato
    boneless: disossata
    blueberry: arandano arandanos myrtille myrtilles heidelbeere heidelbeeren blaubeere blaubeeren mirtillo
    blueberry: mirtilli bosbes bosbessen blauwe mirtilo mirtilos borowka borowki jagody afine
    flat: plano plana planos planas piatto piatti flach flache flachen plat plats
    house: maison haus huis
    blend: mezcla melange mischung miscela mistura melange
    carrot: zanahoria zanahorias carotte carottes karotte karotten mohre mohren carota carote wortel wortels
    carrot: cenoura cenouras marchew marchewka morcov morcovi
    cake: pastel tarta gateau gateaux kuchen torta torte taart bolo ciasto prajitura
    cinnamon: canela cannelle zimt cannella kaneel cynamon scortisoara
    croissant: cornetto cornetti cruasan cruasanes croissants
    aerosol: bomboletta bombolette
    flake: scaglie scaglia copos flocons flocken vlokken flocos platki fulgi
    white: branco branca brancos brancas vita vitt vit witte wit bialy biala biale biali alb alba albe
    whole: pelne pelnego pelnym helmjolk
    milk: mleko mleka mlekiem mjolk lapte
    syrup: syrop syropu syropy sirop siropuri xarope xaropes siroop
    salted: slony solony salado salada salato gesalzen gezouten salgado salgada sarat
    gingerbread: piernik piernikowy lebkuchen pepparkaka
    pumpkin: dynia dyniowy calabaza citrouille potiron kurbis zucca pompoen abobora dovleac
    napkin: servetter servett servetten serwetki serwetka servetel servetele serwetek
    cup: muggar mugg kubki kubek kubkow copo copos pahar pahare
    single: enkel einfach einwandig sencillo semplice simples
    wall: vagg wand wandig pared parete paroi parede
    strawberry: truskawka truskawki capsuni
    lemon: cytryna cytryny lamaie lamai citroen citroenen limao limoes
    tomato: pomidor pomidory rosii tomates tomate
    potato: ziemniak ziemniaki cartof cartofi aardappel aardappelen batata batatas
    onion: cebula cebule ceapa uien cebola cebolas
    apple: jablko jablka mere appel appels maca macas
    orange: pomarancza pomarancze portocala portocale sinaasappel sinaasappels laranja laranjas
    banana: banan banany banane
    cucumber: ogorek ogorki castravete castraveti komkommer komkommers pepino pepinos concombre gurke gurken
    cucumber: cetriolo cetrioli
    pepper: papryka ardei peperone peperoni pimiento pimientos poivron poivrons pimento pimentos
    garlic: czosnek usturoi knoflook alho ajo ail knoblauch aglio
    mushroom: pieczarka pieczarki grzyby ciuperci ciuperca cogumelo cogumelos
    cabbage: kapusta varza kool repolho chou kohl cavolo
    carrot: wortelen
    spinach: szpinak spanac spinazie espinafre espinaca espinacas epinard epinards spinat spinaci
    parsley: pietruszka patrunjel peterselie perejil persil petersilie prezzemolo
    basil: bazylia busuioc basilicum manjericao albahaca basilic basilikum basilico
    coriander: kolendra coriandru koriander coentro cilantro coriandre coriandolo
    lettuce: salata sla alface
    cherry: czeresnia czeresnie cirese kers kersen
    grape: winogrono winogrona struguri druif druiven uva uvas traube trauben
    pear: gruszka gruszki pere peer peren pera peras poire poires birne birnen
    avocado: awokado
    melon: melony pepene meloen meloa
    yoghurt: yog yogs yoghurts yogurts
    mozzarella: mozz mozza
    chocolate: choc chocs
    tomato: toms tomms
    parmesan: parm parmo
    avocado: avo avos
    cauliflower: cauli caulis
    broccoli: brocc brocoli
    potato: spuds
    mushroom: shrooms mushies
    coriander: corri
    rose: rosen
    pistachio: pistazien pistazie pistacchi pistacchio pistache pistaches pistacho pistachos pistacje
    kernel: kerne kern
    pomegranate: granatapfel melograno melagrana roma roman
    spice: gewurz gewurze especia especias epice epices spezie
    date: datteln dattel datiles dattes datteri
    saffron: safran zafferano azafran acafrao szafran
    sumac: sumach sumak sommacco zumaque
    chickpea: garbanzo garbanzos ceci kichererbsen kichererbse ciecierzyca nohut
    pitted: entsteint entsteinte denocciolate denocciolata denoyautees denoyautee deshuesadas descarocadas
    cashew: cajou caju anacardi anacardo anacardos cashewkerne
    potato: ziemniakow
    beetroot: buraki burakow burak burakami remolacha betterave rote rode sfecla pantzaria
    cabbage: kapusty kapuste
    dill: koperek koperku koper eneldo aneth anitho anithos aneto mararit
    mushroom: pieczarek zwam zwammen manitaria
    lemon: lemonia lemoni
    onion: kremmydia kremmydi
    red: kokkina kokkino czerwony czerwone rosu rosie rode
    parsley: maintano maidanos
    flat: platy
    lettuce: marouli
    aubergine: melitzanes melitzana berenjena aubergines melanzane bakłażan baklazan vinete
    courgette: kolokythakia kolokythaki calabacin courgettes zucchine cukinia dovlecel dovlecei
    cucumber: agouria agouri
    tomato: ntomates ntomata
    pepper: piperies piperia
    yellow: gele geel amarillo amarilla amarillos jaune jaunes gelb gelbe giallo gialli amarelo galben
    yellow: galbena galbene zolta zolte kitrines kitrino
    grey: grijze grijs gris grau graue grigio cinza
    brown: braun braune bruin bruine marron marrones
    round: rotunde rotund redondo redondos rond ronde rund runde rotondi
    peeled: pelado pelados pelada peladas pelati epluche epluchees geschalt geschalte descascado descascados
    tarragon: estragon estragao dragoncello
    chive: ciboulette schnittlauch cebollino erba cipollina bieslook szczypiorek
    chicken: tavuk pilic murgh murg murgi
    wing: kanat kanadi kanatlari
    spicy: acili
    thin: ince
    boneless: kemiksiz
    potato: patates aloo alu
    cheese: peynir
    milk: sut doodh dudh
    bread: ekmek
    sugar: seker cheeni chini
    rice: pirinc chawal
    tomato: domates tamatar
    onion: sogan pyaz pyaaz
    pepper: biber
    mince: kiyma
    beef: dana
    lamb: kuzu
    fish: balik machli machhi
    prawn: karides jhinga
    egg: yumurta anda ande
    butter: tereyagi
    coffee: kahve
    napkin: pecete
    black: siyah
    white: beyaz
    red: kirmizi
    glove: eldiven
    base: taban tabani
    yoghurt: dahi
    spinach: palak
    cauliflower: gobi gobhi
    pea: matar mattar
    chilli: mirch mirchi
    ginger: adrak
    garlic: lehsun lahsun
    salt: namak
    halal: helal
    blue: azul azuis azules bleu bleus bleue bleues blau blaue blauen blauer blu niebieski niebieskie niebieskich
    blue: niebieska albastru albastra albastre mavi
    red: rojo roja rojos rojas rouges rote roten roter rossi rosse vermelho vermelha vermelhos vermelhas
    red: czerwonych czerwona rood
    green: verdes grun grüne grünen groen groene zielony zielone zielonych zielona yesil
    yellow: amarela amarelos amarelas zolty zoltych
    black: preto preta pretos pretas czarny czarne czarnych czarna zwart zwarte negru negre
    white: blancos blanca blancas blancs blanche blanches weisse weissen weisser bianchi bianche bialych
    purple: morado morada violet violette lila roxo roxa fioletowy fioletowe
    pink: rozowy rozowe pembe
    glove: luvas luva rekawiczki rekawiczek rekawice
    towel: toalla toallas toalha toalhas reczniki recznikow recznik handtuch handtucher
    soap: jabon jabones sabao sabonete sabonetes mydlo mydla seife seifen sapone
    sponge: esponja esponjas gabka gabki schwamm schwamme spugna
    scourer: estropajo estropajos esfregao esfregoes zmywak zmywaki
    cloth: bayeta bayetas pano panos scierka scierki scierek tuch tucher panno panni
    apron: delantal delantales avental aventais fartuch fartuchy fartuchow schurze schurzen grembiule
    lid: kapak kapagi kapaklar pokrywka pokrywki pokrywek wieczko wieczka capac capace
    spoon: kasik kasigi kasiklar lyzka lyzki lyzek lingura linguri
    teaspoon: lyzeczka lyzeczki lyzeczek lingurita lingurite
    fork: catal catallar widelec widelce widelcow furculita furculite
    knife: bicak bicaklar noz noze nozy cutit cutite
    cup: bardak bardaklar kubeczki kubeczkow pahar
    straw: pipet pipetler slomka slomki slomek
    plate: tabak tabaklar talerz talerze talerzy talerzyki farfurie farfurii
    foil: folyo
    bag: poset posetler reklamowka reklamowki
    wooden: tahta drewniany drewniane drewnianych drewnianej lemn
    oil: yag yagi olej oleju
    sauce: sos sosu
    flour: maka faina
    rice: ryz ryzu orez
    yoghurt: jogurt jogurtu jogurty iaurt
    cheese: ser queijo branza
    butter: maslo masla unt
    egg: jajka jajek oua
    tomato: pomidorow
    chicken: kurczak kurczaka kurczakiem pui
    beef: wolowina wolowiny wolowine vita
    bread: chleb chleba
    roll: bulki bulek
    juice: sok soku soki
    coffee: kawa kawy
    tea: herbata herbaty ceai
    breast: peito piept
    oil: oleo olej
    strawberry: morango morangos truskawka truskawkowy
    jelly: gelatina galaretka
    vegetable: verduras warzywa
    spaghetti: espaguetis
    sugar: zahar
    pea: mazare groszek
    glove: manusi
    mince: tocata mielona mielonego mielone
    pasta: makaron
    bean: fasola fasoli fasolka
    chip: frytki
    shampoo: champu szampon
    mop: mopa mopas fregona fregonas mopy mopow
    vinyl: vinilo vinil winylowe winylowych
    nitrile: nitrilo nitrylowe nitrylowych
    disposable: desechable desechables descartavel descartaveis jednorazowe jednorazowych einweg
    degreaser: desengrasante desengordurante entfetter odtluszczacz
    dishwasher: lavavajillas zmywarki zmywarka spulmaschine lavastoviglie
    toilet: higienico higienica toaletowy toaletowego toaletowe
    paper: papel papier papieru
    detergent: detergente detergentes waschmittel
    olive: elies elia
    caper: kappari kapari
    eighth: ottavo ottavi octavo octavos eighths
    sparkling: gazowana gazowanej gazowany gazowane carbogazoasa
    still: niegazowana niegazowanej niegazowany niegazowane plata
    mineral: minerala mineralna mineralnej
    whole: integral integrale
    semi: poltluste poltlustego
    sugar: cukru cukier
    ground: molido molida moulu moulue gemahlen gemahlener moido moida mielona mielony
    sliced: affettato affettata affettati tranche tranché tranchee loncheado loncheada fatiado geschnitten
    """)
    for word in words
}
SYNONYMS: dict[str, str] = {**LEXICON, **_FIRST_ROWS}
# the words a long token may be split into (German and Dutch compounds): not every language's short words
COMPOUND_SYNONYMS: dict[str, str] = {w: SYNONYMS[w] for w in (*_FIRST_ROWS, *COMPOUND_WORDS) if w in SYNONYMS}
