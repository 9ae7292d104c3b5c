"""Words of the talk around an order, as data: fillers that carry no product meaning inside a line, nouns that make
a count no order quantity ("150 guests"), reports of the past, delivery and billing instructions, labels, words
that tie a remark to an earlier order, the talk words that are also goods words, and the labels and sign-offs of a
message's header and signature."""

from __future__ import annotations

from jobs.language.scripts import fold_scripts
from jobs.language.tables import phrase_list, word_set

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

# FOOD_STATES: words of a food's state that are also words of damage: said before a noun they name the product
# ("cracked olives", "crushed ice", "split peas", "broken rice"), after it they report what happened ("4 packs
# crushed"). The reader keeps such a part an item (items.py), the intent counts no complaint in a line's product
# (intent.py). "smashed" is none: "2 smashed bottles" reports; "smoked" is no word of damage.
# The label of an e-mail's subject line ("Subject:", "Asunto:", "Onderwerp:"), and the marks a reply's subject opens
# with ("Re:", "AW:", "RV:")
SUBJECT_LABELS = word_set("subject objet oggetto asunto betreff onderwerp")
REPLY_MARKS = word_set("re aw rv")
# ... and every header label and mark an e-mail's own lines may open with (HEADER_RE): Portuguese, Polish, Turkish,
# German, Swedish, Romanian and Norwegian subjects, forwards, and the reply and forward marks (the Spanish "RV:",
# reenviado, with them)
HEADER_LABELS = SUBJECT_LABELS | word_set("assunto temat konu thema tema ämne amne subiect")
HEADER_LABELS |= word_set("re aw fw fwd tr odp sv vs pwnc rv")
# Greek and Ukrainian thanks that sign a message off, in their script and in Latin letters ("Ευχαριστώ, Μαρία",
# "Efcharisto poli", "Дякую, Олена", "Dyakuyu"): an alternation of spellings, read by the sign-off patterns
# (extraction/patterns.py SIGNOFF_RE, SIGNOFF_LINE_RE) and the names after a sign-off (personal.py).
GREEK_UKRAINIAN_THANKS = (
    r"ευχαριστ[ώω](?:\s+πολ[ύυ])?|e[fuy](?:ch|kh|x|h)aristo(?:\s+pol[yi])?|дякую(?:\s+дуже)?|"
    r"d(?:y|i)akuyu|dyakuiu|diakuiu"
)
FOOD_STATES = word_set("cracked crushed split squashed melted broken")

# Words naming a document whose figures a message may quote ("our invoice INV-55120 shows 9 ..."): a count
# after them is what the document says, not what is asked (DOCUMENT_COUNT, matching/rematch.py).
DOCUMENT_WORDS = word_set("""
    invoice invoices inv bill receipt statement docket facture factura rechnung fattura fatura faktura
    فاتورة الفاتورة
""")

# Delivery, access and billing words: instructions around an order, never goods.
DELIVERY_WORDS = word_set("""
    deliver delivery delivered driver door entrance gate leave invoice bill account pay payment paid
    receipt collect collection call ring phone email address closed open arrive lieferung liefern
    livraison livrer entrega consegna factura facture rechnung fattura
""")
# PAYMENT_AND_OPENING (session 19): payment words of the trades' languages ("pago al repartidor como siempre",
# "paiement CB", "cash ma") and a new shop's opening ("yeni açılıyoruz", "otevíráme", "apriamo"): a part holding one
# and no number is a note (INSTRUCTION_WORDS, LOGISTICS), not a product without its count
PAYMENT_AND_OPENING = word_set("""
    pago pagamos pagamento paiement zahlung betaling platba platbu ödeme odeme cash repartidor
    açılıyoruz açiliyoruz aciliyoruz otevíráme oteviráme apriamo ouvrons abrimos eröffnen
""")
# A line without a number that mentions any of these is an instruction or remark, not a product.
INSTRUCTION_WORDS = (
    DELIVERY_WORDS
    | PAYMENT_AND_OPENING
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
    # CONDITIONAL_FALLBACK: what to do if the goods are not there ("otherwise nothing", "sinon rien", "altrimenti
    # niente", "if not, don't worry"): no goods of its own
    | word_set("""
    otherwise nothing worry worries sinon rien altrimenti niente sonst nichts senão senao nada nieko
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
    back party delivery closed open wedding market friday thursday door bill address gate eid
""")
# Of those, the words an order line uses for goods more often than as talk: beside another word that is no talk
# they are the line's words ("a custard mix", "a triple sec", "a coffee mate"); the others are talk more often ("a
# hen party", "the old one back", "a one-off delivery").
GOODS_FIRST_TALK = word_set("mix sec mate ring pick ready service super minute")
# Delivery, payment and contact words: a part holding one (and no number) is a note to the driver or
# the office.
LOGISTICS = DELIVERY_WORDS | word_set("reception parking porte puerta tür porta")
LOGISTICS |= PAYMENT_AND_OPENING

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

# Words that refer to an earlier order ("bhai wohi usual bhej do", "jak w zeszłym tygodniu", "Comme d'habitude pour
# mardi", "To co zwykle"), and words of terms of trade ("RE: First order", "30 day account"). A part holding one is
# never set aside as a remark (NO_GOODS_REMARK), even when it names no goods, because a person must read what it
# refers to; a part without a count holding a REFERENCE_WORDS word and no goods is no order line either, but a part
# a person reads (REFERENCE_PART, extraction/lines.py): the order it refers to is not in the message.
REFERENCE_WORDS = word_set("""
    usual
    siempre mismo misma pasada pasado anterior habitual igual
    sempre mesmo mesma passada passado anterior habitual
    habitude même meme dernière derniere dernier précédente precedente
    solito solita stesso stessa scorsa scorso precedente
    immer gleiche gleichen letzte letzten letzter vorige vorigen gewohnt übliche uebliche
    zawsze samo same zeszłym zeszlym zeszły zeszly ostatnio ostatnie poprzednie zwykle zwykłe zwykle zwykle
    aynı ayni geçen gecen hep önceki onceki zamanki
    fel trecută trecuta trecut obicei obiceiul
    wohi wahi pichli pichla pichhle pichhli pehle jaisa hamesha
    mesle hamishe hamishegi hamishegie
    arfer arferol diwethaf àbhaist abhaist céanna ceanna caite
    ίδια ιδια συνηθισμένα συνηθισμενα προηγούμενη προηγουμενη proigoumeni proigoymeni synithismena sinithismena
    idia perasmeni perasmenh
    förra forra vanliga vanlige vanlig forrige sidste sædvanlige saedvanlige viimeksi tavallinen
    minule minulý minuly minulého minuleho obvyklé obvykle szokásos szokasos szokásosat szokasosat
""")
# Payment words: "cash on delivery like before", "som förra gången" said of how to pay is no reference to an order.
PAYMENT_WORDS = LOGISTICS | word_set("""
    cash card kontant kontanter betalar betala betaler contant contanti efectivo dinheiro gotówka gotowka gotówką
    espèces especes barzahlung nakit numerar pago paiement zahlung pagamento płatność platnosc leverans levering
""")
# (English "same", "last", "before", "again" say too much else: "last thing", "like before"; English references are
# read whole by the intent's HISTORY_REFERENCE_RX)
ORDER_CONTEXT_WORDS = REFERENCE_WORDS | word_set("""
    same last again previous before regular standing repeat
    account credit terms tab first double cuenta credito crédito primer primera conta primeiro primeira compte
    premier première premiere conto primo prima konto erste ersten pierwsze hesap ilk cont
""")

# FORWARDED_SEPARATOR (segments.py: drop_signature): the verb of the line that opens a forwarded or quoted mail
# ("Daniel Achterberg wrote:", "Am 1. Nov. schrieb Kemi <...>:", "Le 1 nov., Kemi a écrit :"), in the languages the
# sign-off lines are read in: after a dash line, it says the dashes separate a mail, not a signature.
WROTE_WORDS = phrase_list("""
    wrote, has written, schrieb, hat geschrieben, a écrit/ecrit, escribió/escribio, ha escrito, ha scritto,
    scrisse, schreef, heeft geschreven, napisał/napisal, napisała/napisala, escreveu, a scris, skrev,
    yazdı/yazdi, έγραψε, egrapse, написав/написала/написал
""")
