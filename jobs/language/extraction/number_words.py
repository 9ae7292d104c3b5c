"""Words that say how many, in the languages the extractor reads, as data: number words (one to twenty in each
language, the tens, and the words read as a count only before a unit or a measure), articles that mean one, vague
amounts ("a few"), halves and vulgar fractions."""

from __future__ import annotations

from decimal import Decimal

from jobs.language.scripts import fold_scripts
from jobs.language.tables import table_rows, word_set

# Number words: one to twenty in each language, then the tens and spellings without umlauts.
_ONE_TO_TWENTY = (
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty""",
    """uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis
    diecisiete dieciocho diecinueve veinte""",
    """un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept
    dix-huit dix-neuf vingt""",
    """eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn
    siebzehn achtzehn neunzehn zwanzig""",
    """uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici
    diciassette diciotto diciannove venti""",
    # Dutch and Portuguese ("een" and "um" are left out: an article, and English "um")
    """_ twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien
    zeventien achttien negentien twintig""",
    """_ dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezasseis dezassete
    dezoito dezanove vinte""",
)
NUMBER_WORDS: dict[str, int] = {
    **{word: n for text in _ONE_TO_TWENTY for n, word in enumerate(text.split(), start=1) if word != "_"},
    **{
        word: int(value)
        for value, words in table_rows("""
    30: thirty
    40: forty
    50: fifty
    60: sixty
    100: hundred
    30: treinta
    40: cuarenta
    50: cincuenta
    30: trente
    40: quarante
    50: cinquante
    30: dreißig dreissig
    40: vierzig
    50: fünfzig
    30: trenta
    40: quaranta
    50: cinquanta
    5: fuenf
    12: zwoelf
    5: funf
    12: zwolf
    16: dieciséis
    1: ek bir jeden jedna unu
    2: dwa dwie doi doua două två tva duas
    3: trzy trei
    4: cztery patru fyra
    5: pięć cinci fem
    6: sześć szesc sase șase
    7: siedem sapte șapte sju
    8: osiem opt
    9: dziewięć dziewiec noua nouă nio
    10: dziesięć dziesiec zece tio das
    2: iki
    3: teen uc üç
    4: char chaar dort dört
    5: paanch panch bes beş
    6: chhe chhah alti altı
    7: yedi
    8: aath sekiz
    9: nau dokuz
    10: dus
    12: barah
    20: bees yirmi
    1: ikk
    3: tinn tran
    5: panj
    6: chha
    15: pandrah pandra
    20: vees vih
    25: pachees pachis pachchis
    2: do
    7: saat
    2: dau dwy
    3: tri tair
    4: pedwar pedair
    5: pump pum
    6: chwech chwe
    7: saith
    8: wyth
    9: naw
    10: deg
    12: deuddeg
    15: pymtheg
    20: ugain
    1: një nje
    2: dy
    4: katër kater
    5: pesë pese
    6: gjashtë gjashte
    7: shtatë shtate
    8: tetë tete
    9: nëntë nente
    10: dhjetë dhjete
    12: dymbëdhjetë dymbedhjete
    20: njëzet njezet
    1: yek yeki yaw ye
    4: chahar chahaar
    5: panj
    6: shesh
    7: haft
    8: hasht
    10: dah
    12: davazdah
    20: bist
    """)
        for word in words
    },
    # Greek, in Greek script (folded as the extractor reads it) and Greeklish
    **{
        word: int(value)
        for value, words in table_rows(
            fold_scripts("""
    1: ένα μία μια
    2: δύο δυο dyo dio
    3: τρία τρεις tria
    4: τέσσερα τέσσερις tessera
    5: πέντε pente
    6: έξι eksi
    7: επτά εφτά
    8: οκτώ οχτώ oxto ohto
    9: εννιά εννέα
    10: δέκα
    12: δώδεκα dodeka
    20: είκοσι ikosi
    """)
        )
        for word in words
    },
}
# Romanian "sase" (6) is Turkish "saşe" (a sachet) with its accent folded.
# "once" (es 11), "elf" (de 11), Hindi/Urdu "do" (2), "saat" (7), "char" (4: "char siu") collide with other words;
# accept them only before a unit. Hindi/Urdu "das" (10) only before a weight or volume ("das kilo"): German "das
# Fass" is no ten kegs. Turkish "on" (10) is left out. Welsh "pump" (5), "naw" (9), "deg" (10) and Albanian "dy"
# (2), "tete" (8) are English or other words too.
# Persian "ye" (1), "haft" (7), "dah" (10), "bist" (20; German "du bist") and Pashto "yaw" (1) are other words too;
# Persian "se" (3, a Romance pronoun) and "shish" (6, a kebab) are left out.
RISKY_NUMBER_WORDS = word_set(
    "once elf sei tre due do saat bees char chaar opt fem das pump naw deg dy tete be chha vih dus sase șase ye yaw dah haft bist"
) | word_set(
    # Greek number words are names and words of other languages too ("mia" Italian, "deka" a prefix, "okto deka"
    # a fish grade): read only before a unit ("dyo koutes", "tria kivotia")
    fold_scripts(
        "ένα μία μια δύο δυο dio τρία τρεις τέσσερα τέσσερις πέντε έξι eksi επτά εφτά οκτώ οχτώ oxto ohto εννιά εννέα δέκα δώδεκα είκοσι ikosi"
    )
)
MEASURE_NUMBER_WORDS = word_set("das")


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

# Vulgar fractions, spelled out before tokenising.
FRACTIONS = {"½": " 1/2 ", "¼": " 1/4 ", "¾": " 3/4 ", "⅓": " 1/3 ", "⅔": " 2/3 "}
