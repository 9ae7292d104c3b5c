"""Weights, volumes, lengths and size words as the extractor reads them, as data: each measure word -> (dimension,
canonical unit, factor to the base unit), the unit a measured quantity is reported in, imperial measures as metric,
and size words -> size class ("grande" -> large)."""

from __future__ import annotations

from decimal import Decimal

from jobs.language.scripts import fold_scripts
from jobs.language.tables import table_rows

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
    pint pint 1: pint pints pt pts peint beint pheint peintiau pinta pintas pinte pinty pintow pintów
    oz oz 1: oz ounce ounces onzas
    lb lb 1: lb lbs pound pounds
    gal gal 1: gal gallon gallons
    len inch 2.54: inch inches pouce pouces zoll pollici pulgada pulgadas duim polegada polegadas inç
    len mm 0.1: mm millimetre millimetres millimeter millimeters milimetro milimetros millimetri
    len cm 1: cm cms centimetre centimetres centimeter centimeters centimetro centimetros centimetri zentimeter
    wt kg 1000: κιλά κιλό 公斤
    wt kg 1000: ky ký kí
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
