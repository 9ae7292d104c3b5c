"""Pack and count units as the extractor reads them (every language it reads, and common misspellings), as data:
each word -> its canonical unit ("cajas" -> case, "bossen" -> bunch, "σακιά" -> sack)."""

from __future__ import annotations

from jobs.language.scripts import fold_scripts
from jobs.language.tables import table_rows, word_set

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
    pack: zgrzewka zgrzewki zgrzewek zgrzewke
    case: skrzynke
    pack: paczke
    bottle: butelke
    can: puszke
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
    bottle: flaschn flaschl flascherl flascherln fläsche fläschli flaschli fläschle fläschla
    jar: glasl glasln glaserl gläsli gläsle gläschen
    pack: packl packln packerl packerln päckli päckle päckla
    case: harass tragerl tragerln kisterl kisterln kistl
    keg: fassl fassln fässli fässle fassel
    bag: säckli säckle sackerl sackerln
    bucket: kübel kübeln kübl kübli kübele
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
    case: chasys gasys
    box: blwch flwch mlwch
    bottle: mhotel boteli photeli mhoteli
    can: nhun duniau nhuniau thuniau
    pack: mhecyn phecyn becynnau mhecynnau phecynnau
    bag: bagiau fagiau
    bucket: bwced fwced mwced bwcedi fwcedi
    bag: qese qeset
    bucket: kovë kove
    bunch: bos bossen bosjes bunde peczków peczkami peczkach
    stem: stem stems stelen steeltjes stiel stiele stielen lodyg lodygi lodyga
    tray: tac tacy
    tub: tina tinas
    pack: fardo fardos
    sack: moottai mootai
    bottle: garrafão garrafões garrafao garrafoes
    roll: rol rolka rolki rolke rolek
    bag: worków
    bottle: flesje flesjes
    bag: kise kiseh kisse khalta khaltah
    pack: baste basteh
    box: jabe jabeh jaabe jaabeh
    bucket: satl satle
    tray: sini
    sack: gooni guni bojai
    box: krabice krabica škatla skatla škatuľa skatula
    case: bedna debna přepravka prepravka zaboj
    sack: pytel zsák zsak
    bag: sáček sacek sáčok sacok vrecko zacskó zacsko
    bottle: láhev lahev fľaša flasa steklenica palack
    can: plechovka pločevinka plocevinka doboz
    keg: sud sudy hordó hordo
    bucket: kbelík kbelik vědro vedro vödör vodor
    tub: vanička vanicka kelímek kelimek
    jar: sklenice sklenica kozarec
    pack: balení baleni balenie balík balik csomag
    bag: fag
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

# Pack words that name a box and a drinks can (Turkish "kutu": "2 kutu beef sausage", "48 kutu kola"; Hungarian
# "doboz"): read as a
# can, and as a box of a product that is no can (matching/quantities.py: BOX_OR_CAN).
BOX_OR_CAN_WORDS = word_set("kutu kutusu doboz dobozt")  # Hungarian "doboz" too: "12 doboz Dreher"
