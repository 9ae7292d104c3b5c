# ruff: noqa  (hand-written data generator of blind set 52, kept as its writer left it)
# -*- coding: utf-8 -*-
"""Messages of set 52 with their plain labels, hand-written. Day 0 = Monday 2028-09-04 (no messages on Shabbat, day 5)."""

MSGS = []


def F(cands, qty, cv=None):
    return ("F", list(cands), qty, cv)


def N(qty, what):
    return ("N", qty, what)


def m(
    cust,
    ch,
    lang,
    day,
    intent,
    text,
    lines=(),
    notes="",
    tags="",
    review=None,
    ref=None,
    outlier=False,
    hist=True,
    change=None,
):
    MSGS.append(
        dict(
            cust=cust,
            ch=ch,
            lang=lang,
            day=day,
            intent=intent,
            text=text,
            lines=list(lines),
            notes=notes,
            tags=tags.split(),
            review=review,
            ref=ref,
            outlier=outlier,
            hist=hist,
            change=change,
        )
    )


SB = ["SALTBEEF-KG", "SALTBEEF-MEH-KG"]
FLOUR_SACKS = ["FLR-CHALLAH-16", "FLR-BAGEL-16", "FLR-PLAIN-16", "FLR-WHOLEMEAL-16"]
EGGS = ["EGGS-TRAY-30", "EGGS-CASE-180"]
W, S, E = "WHATSAPP", "SMS", "EMAIL"

# ---------------------------------------------------------------- golders-bakehouse (en)
g = "golders-bakehouse"
m(
    g,
    W,
    "en",
    0,
    "ORDER",
    "Morning! For tomorrow please: 8 sacks challah flour, 10 fresh yeast, 2 cases of eggs (the 180s), 4 sesame. Thanks, Dov",
    [("FLR-CHALLAH-16", 8), ("YEAST-FRESH-1KG", 10), ("EGGS-CASE-180", 2), ("SESAME-1KG", 4)],
    "'the 180s' names the case of 180",
    "number_in_name",
)
m(
    g,
    W,
    "en",
    1,
    "ORDER",
    "need 3 tomor + 2 sacks flour asap",
    [F(["TOMOR-BLOCK", "TOMOR-SPREAD-12"], 3), F(FLOUR_SACKS, 2)],
    "tomor: baking block or soft spread; 'sacks flour' any of the four sack flours (spelt comes by the bag)",
    "family",
)
m(
    g,
    W,
    "en",
    2,
    "ORDER",
    "usual for thursday pls + 2 honey",
    [("HONEY-3KG", 2)],
    "the usual is not visible without history; the honey is the explicit addition",
    "reference",
    ref={"kind": "usual"},
)
m(
    g,
    W,
    "en",
    0,
    "QUESTION",
    "Do you have rye flour at all? Customers keep asking for a rye loaf before Yom Tov",
    notes="rye flour not in catalog; a question",
    tags="not_in_catalog",
)
m(
    g,
    W,
    "en",
    3,
    "ORDER",
    "2 x 10 inch cake boxes and 1 x 8 inch, plus 3 poppy seed bags",
    [("CAKE-BOX", 2, "10 inch (case of 100)"), ("CAKE-BOX", 1, "8 inch (case of 100)"), ("POPPY-1KG", 3)],
    "'10 inch' and '8 inch' are sizes, not quantities; two variants of one product",
    "number_in_name pack",
)
m(
    g,
    W,
    "en",
    4,
    "ORDER",
    "360 eggs for the honey cakes pls",
    [F(EGGS, None)],
    "360 is 12 trays of 30 or 2 cases of 180: product and quantity both open, quantities not stated as a selling unit",
    "count",
)
m(
    g,
    E,
    "en",
    1,
    "COMPLAINT",
    "Subject: Monday delivery\n\nTwo of the eight challah flour sacks were split and wet when they came in. Please credit or replace them.\n\nDov Kessler\nGolders Bakehouse, 118 Finchley Parade NW11\n020 7946 0521",
    tags="signature",
)
m(
    g,
    W,
    "en",
    2,
    "ORDER",
    "send 40 sacks challah flour tmrw",
    [("FLR-CHALLAH-16", 40)],
    "usual is 8 a week, no reason given",
    outlier=True,
)
m(
    g,
    W,
    "en",
    2,
    "CANCEL",
    "ignore the 40 sacks message, that was meant for the Manchester branch's miller. cancel it pls",
)
m(
    g,
    W,
    "en",
    4,
    "ORDER",
    "Erev Shabbos top up - 2 granulated sugar and 3 trays eggs, thx",
    [("SUGAR-GRAN-25", 2), ("EGGS-TRAY-30", 3)],
)

# ---------------------------------------------------------------- beigel-corner (en, SMS)
b = "beigel-corner"
m(
    b,
    S,
    "en",
    0,
    "ORDER",
    "10 bagel flour 6 fresh yeast 3 sesame 12kg salt beef ta",
    [("FLR-BAGEL-16", 10), ("YEAST-FRESH-1KG", 6), ("SESAME-1KG", 3), F(SB, 12)],
    "salt beef by the kg is standard or mehadrin; the grade is never assumed",
    "spoken",
)
m(
    b,
    S,
    "en",
    1,
    "ORDER",
    "2 tubs cream cheese 2.5kg, 4 bags salmon trimmings, 2 packs bagel bags",
    [("CHEESE-CREAM-FF", 2, "2.5kg Tub"), ("SALMON-TRIM-1KG", 4), ("BAGEL-BAGS-1000", 2)],
    "only the full fat cream cheese comes in 2.5kg",
    "number_in_name",
)
m(
    b,
    S,
    "en",
    2,
    "ORDER",
    "gloves x2 with the next drop",
    [F(["GLOVES-NITRILE", "GLOVES-VINYL-L"], 2)],
    "nitrile or vinyl, size open",
    "",
)
m(
    b,
    S,
    "en",
    3,
    "ORDER",
    "same as last week pls",
    [],
    "reference to the last order",
    "reference",
    ref={"kind": "last"},
)
m(
    b,
    S,
    "en",
    4,
    "ORDER",
    "2000 bagel bags and 4 salmon trimmings bags pls",
    [("BAGEL-BAGS-1000", 2), ("SALMON-TRIM-1KG", 4)],
    "2000 bags are 2 packs of 1000",
    "count",
)
m(
    b,
    S,
    "en",
    0,
    "QUESTION",
    "can i get a price on 20 sacks bagel flour if i take them monthly? not ordering yet",
    tags="non_order_request",
)
m(
    b,
    S,
    "en",
    6,
    "ORDER",
    "10 bagle flour, 5 fresh yeast, 2 red chrain",
    [("FLR-BAGEL-16", 10), ("YEAST-FRESH-1KG", 5), ("CHRAIN-RED-22", 2)],
    "typo 'bagle'",
    "typo",
)
m(b, S, "en", 2, "OTHER", "new number for orders from now on is 07700 900611, this one is going. Mo")

# ---------------------------------------------------------------- mannys-saltbeef (en)
n = "mannys-saltbeef"
m(
    n,
    W,
    "en",
    0,
    "ORDER",
    "25kg standard salt beef, 10kg whole pastrami, 4kg tongue, 2 tubs new green",
    [("SALTBEEF-KG", 25), ("PASTRAMI-KG", 10), ("TONGUE-KG", 4), ("PICKLES-BRINE-10L", 2)],
    "'standard' names the non-mehadrin salt beef",
    "",
)
m(
    n,
    W,
    "en",
    2,
    "ORDER",
    "Voice note: yeah Manny here can you send twenty five kilo of salt beef ten kilo whole pastrami four kilo of tongue two jars red chrain and a box of the long franks",
    [F(SB, 25), ("PASTRAMI-KG", 10), ("TONGUE-KG", 4), ("CHRAIN-RED-22", 2), ("FRANKS-8IN-40", 1)],
    "grade of the salt beef not given",
    "spoken voice non_order_request",
)
m(
    n,
    W,
    "en",
    1,
    "ORDER",
    "Usual for Wednesday but 30kg salt beef instead of 25 and no tongue",
    [F(SB, 30)],
    "reference; the new salt beef quantity is the only explicit line",
    "reference",
    ref={"kind": "usual", "set": ["SALTBEEF-KG", "SALTBEEF-MEH-KG"], "remove": ["TONGUE-KG"]},
)
m(
    n,
    W,
    "en",
    3,
    "ORDER",
    "3 salami, 2 cases of no.2 foil containers and 1 tub sauerkraut",
    [("SALAMI-1KG", 3), ("FOIL-CONT", 2, "No.2 (case of 500)"), N(1, "sauerkraut")],
    "sauerkraut not in catalog; 'no.2' is the container size",
    "number_in_name",
)
m(
    n,
    E,
    "en",
    1,
    "COMPLAINT",
    "Tongue last week was 3.4kg on the label but you charged us for 4kg. Invoice INV-52817. Please sort.",
)
m(n, W, "en", 0, "QUESTION", "what time's the cut off for Friday delivery? Erev Shabbos we need it in by 11")
m(
    n,
    W,
    "en",
    2,
    "CHANGE",
    "Change to today's order: make the whole pastrami 12kg not 10",
    change=[("PASTRAMI-KG", 12)],
)
m(
    n,
    W,
    "en",
    4,
    "ORDER",
    "1 box long franks + 1 veg oil drum please",
    [("FRANKS-8IN-40", 1), ("OIL-VEG-20L", 1)],
)

# ---------------------------------------------------------------- simcha-catering (en, email)
c = "simcha-catering"
m(
    c,
    E,
    "en",
    0,
    "ORDER",
    "Subject: Order PO SC-4471 - Levene wedding, Sunday 10th\n\nHi,\nPlease deliver for Sunday 10 Sept (hall access from 7am):\n- 10 sides smoked salmon\n- 4 boxes fried gefilte fish balls\n- 20kg mehadrin salt beef\n- 6 cases plastic plates 26cm\n- 3 cases gold forks\n- 3 cases navy napkins\n- 5 banqueting rolls\n\nThanks,\nRivka Stern\nSimcha Catering Co\n14 Brent Mews, London NW4\n020 7946 0512",
    [
        ("SALMON-SIDE", 10),
        ("GEFILTE-BALLS-50", 4),
        ("SALTBEEF-MEH-KG", 20),
        ("PLATES-PLASTIC", 6, "26cm (case of 300)"),
        ("FORKS-HD", 3, "Gold"),
        ("NAPKINS-3PLY", 3, "Navy"),
        ("TABLECOVER-ROLL", 5),
    ],
    "wedding order; PO, date, time and street number are not quantities; 'gold forks' only the forks come in gold",
    "signature number_in_name",
)
m(
    c,
    E,
    "en",
    1,
    "ORDER",
    "Hi, our usual event order for the 12th please. Rivka",
    [],
    "the caterer has no usual basket",
    "reference ambiguous_reference",
    ref={"kind": "usual"},
)
m(
    c,
    E,
    "en",
    1,
    "QUESTION",
    "I would like to know if the gold forks come with matching gold knives, we have a client asking.",
    tags="non_order_request not_in_catalog",
    notes="gold knives not in catalog",
)
m(
    c,
    E,
    "en",
    2,
    "ORDER",
    "Please add 4 cases of foil trays to Sunday's delivery. Thanks, Rivka",
    [F(["FOIL-TRAY-FULL-50", "FOIL-TRAY-HALF-100"], 4)],
    "addition to a placed order; full or half size open",
    "non_order_request",
)
m(
    c,
    E,
    "en",
    3,
    "ORDER",
    "Order for the Katz bar mitzvah, on our 60-day account please:\n8 boxes cocktail franks\n6 boxes schnitzel\n20 packs kiddush cups",
    [("FRANKS-COCKTAIL-100", 8), ("SCHNITZEL-40", 6), ("KIDDUSH-CUPS-50", 20)],
    "order on a 60-day account: review",
    "credit",
    review=True,
    hist=False,
)
m(
    c,
    E,
    "en",
    0,
    "ORDER",
    "Yes please go ahead, but make it 30 bottles rather than 24.\n\n> On 3 Sep 2028, Shefa Sales wrote:\n> We can offer Barkan Classic Cabernet Sauvignon at 8.90 a bottle, 24 bottles in stock now.",
    [("BARKAN-CAB-75", 30)],
    "only the new line above the quote counts; 24 in the quote is not the quantity",
    "quoted",
)
m(
    c,
    E,
    "en",
    4,
    "COMPLAINT",
    "Three cases of navy napkins were ordered for the Levene wedding and three cases of burgundy arrived. We need navy by Sunday morning.",
)
m(
    c,
    E,
    "en",
    2,
    "ORDER",
    "Fwd from our chef, please action.\n\n---------- Forwarded message ---------\nFrom: Ari <ari@simcha-catering.example>\nfor thurs: 24 bottles kedem concord 64oz, 6 tubs mehadrin chopped liver",
    [("KEDEM-CONCORD", 24, "1.89L"), ("CHOPLIVER-MEH-1KG", 6)],
    "the order is in the forwarded part; 64oz is the 1.89L bottle",
    "forwarded number_in_name",
)

# ---------------------------------------------------------------- yavneh-school (en, email)
y = "yavneh-school"
m(
    y,
    E,
    "en",
    0,
    "ORDER",
    "Subject: PO YV-20931\n\nDear Shefa,\nPlease deliver on Monday 11 September before 8am:\n40 x semi-skimmed milk 2 pint\n3 x mild cheddar blocks\n6 x sliced gouda\n4 x natural yoghurt 5kg\n\nKind regards,\nMrs H. Adler, Catering Manager\nYavneh Primary School, 2 Orchard Lane, NW11\nTel 020 7946 0877",
    [
        ("MILK-CY-SEMI", 40, "2 Pint"),
        ("CHEESE-CHEDDAR-25", 3),
        ("CHEESE-GOUDA-SLICED", 6),
        ("YOG-NATURAL-5KG", 4),
    ],
    "",
    "signature number_in_name",
)
m(
    y,
    E,
    "en",
    1,
    "ORDER",
    "Please send our usual weekly order (PO YV-20944), plus 2 packs of hairnets.\nH. Adler",
    [("HAIRNETS-100", 2)],
    "",
    "reference",
    ref={"kind": "usual"},
)
m(
    y,
    E,
    "en",
    2,
    "ORDER",
    "Could you add 20 milk to Monday's delivery? PO YV-20950",
    [F(["MILK-CY-WHOLE", "MILK-CY-SEMI", "MILK-CY-UHT-12"], 20)],
    "bare milk",
    "non_order_request",
)
m(
    y,
    E,
    "en",
    3,
    "ORDER",
    "PO YV-20957: 4 boxes of gloves medium and 2 blue roll please.",
    [("GLOVES-NITRILE", 4, "Medium"), ("BLUE-ROLL-6", 2)],
    "only the nitrile gloves come in medium",
    "",
)
m(
    y,
    E,
    "en",
    0,
    "QUESTION",
    "Can I get the allergen sheet for the chicken schnitzel? A parent is asking about sesame.",
    tags="non_order_request",
)
m(
    y,
    E,
    "en",
    1,
    "OTHER",
    "The school is closed for staff training on Friday 8th, so no delivery that day please. Next delivery Monday as normal.",
)
m(
    y,
    E,
    "en",
    4,
    "ORDER",
    "PO YV-20961 - 2 x 10kg basmati, 1 case fine lokshen, 3 boxes chicken schnitzel",
    [("RICE-BASMATI-10", 2), ("LOKSHEN-FINE-12", 1), ("SCHNITZEL-40", 3)],
    "'2 x 10kg' is two bags",
    "pack",
)

# ---------------------------------------------------------------- hatzafon-deli (he)
h = "hatzafon-deli"
m(
    h,
    W,
    "he",
    0,
    "ORDER",
    "בוקר טוב, להזמנה למחר: 4 חומוס, 2 טחינה, 3 קרטונים מלפפונים חמוצים 7-9, 10 סלמון מעושן 200 גרם. תודה, אבי",
    [("HUMMUS-3KG", 4), ("TAHINI-3KG", 2), ("PICKLES-7-9-12", 3), ("SALMON-PACK", 10, "200g")],
    "7-9 is the cucumber grade",
    "number_in_name",
)
m(
    h,
    W,
    "he",
    1,
    "ORDER",
    "תשלח 5 גבינה בולגרית ו-4 גבינת שמנת",
    [("CHEESE-FETA-1KG", 5), F(["CHEESE-CREAM-FF", "CHEESE-CREAM-LIGHT-1KG"], 4)],
    "cream cheese: full fat or light",
    "",
)
m(
    h,
    W,
    "he",
    2,
    "ORDER",
    "12 בקבוקי ברקן לשבת",
    [F(["BARKAN-CAB-75", "BARKAN-MERLOT-75"], 12)],
    "Barkan: cabernet or merlot",
    "",
)
m(
    h,
    W,
    "he",
    3,
    "ORDER",
    "כמו בשבוע שעבר, בלי הפתיתים",
    [],
    "",
    "reference",
    ref={"kind": "last", "remove": ["PTITIM-12"]},
)
m(
    h,
    W,
    "he",
    0,
    "QUESTION",
    "יש לכם גבינת עיזים? לקוחות מבקשים",
    notes="goat cheese not in catalog",
    tags="not_in_catalog",
)
m(
    h,
    W,
    "he",
    4,
    "ORDER",
    "2 קרטונים פתיתים, 6 כרמל סוביניון בלאן, 2 קוטג׳ 2 קילו",
    [("PTITIM-12", 2), ("CARMEL-SB-75", 6), ("CHEESE-COTTAGE-2KG", 2)],
    "",
    "number_in_name",
)
m(h, W, "he", 2, "COMPLAINT", "הגיעו 8 סלמון במקום 10, ושניים עם תוקף של מחר. לא בסדר")
m(h, W, "he", 6, "ORDER", "🙏 4 חומוס 2 טחינה 👍", [("HUMMUS-3KG", 4), ("TAHINI-3KG", 2)], "", "emoji")

# ---------------------------------------------------------------- maafiat-shira (he, romanised)
s = "maafiat-shira"
m(
    s,
    W,
    "he",
    0,
    "ORDER",
    "Shalom! Le-yom chamishi: 5 sakim kemach challah, 4 sakiot spelt 5 kilo, 2 sakim sukar granulated, 6 margarina rach 2 kilo. Toda raba, Shira",
    [("FLR-CHALLAH-16", 5), ("FLR-SPELT", 4, "5kg"), ("SUGAR-GRAN-25", 2), ("MARG-TUB-2KG", 6)],
    "romanised Hebrew; 5 kilo and 2 kilo are sizes",
    "number_in_name",
)
m(
    s,
    W,
    "he",
    1,
    "ORDER",
    "tishlach 3 spelt bevakasha",
    [("FLR-SPELT", 3, None)],
    "spelt size not given: ambiguous variant",
    "",
)
m(
    s,
    W,
    "he",
    2,
    "ORDER",
    "Kmo tamid, aval 8 magashim beitzim bimkom 6",
    [("EGGS-TRAY-30", 8)],
    "'magashim' are trays",
    "reference",
    ref={"kind": "usual", "set": ["EGGS-TRAY-30"]},
)
m(
    s,
    W,
    "he",
    0,
    "QUESTION",
    "Yesh lachem kemach shifon? ve-kama ze ole?",
    notes="rye flour not in catalog",
    tags="not_in_catalog",
)
m(
    s,
    W,
    "he",
    3,
    "ORDER",
    "2 cocoa, 2 vanil, 2 choco chips parve, 3 sumsum",
    [("COCOA-1KG", 2), ("VANILLA-1L", 2), ("CHOC-CHIPS-PAREV", 2), ("SESAME-1KG", 3)],
)
m(
    s,
    W,
    "he",
    4,
    "ORDER",
    "hodaa koleet: tishlach li chamesh sakim kemach challah shtei arizot shmarim yeveshim shalosh sumsum ve-shnei sakim sukar",
    [
        ("FLR-CHALLAH-16", 5),
        ("YEAST-DRY-20", 2),
        ("SESAME-1KG", 3),
        F(["SUGAR-CASTER-25", "SUGAR-GRAN-25"], 2),
    ],
    "voice note; number words start items; sugar caster or granulated",
    "spoken voice",
)
m(
    s,
    W,
    "he",
    6,
    "ORDER",
    "90 beitzim ve-2 shemen canola",
    [("EGGS-TRAY-30", 3), ("OIL-RAPE-4X5", 2)],
    "90 eggs are 3 trays of 30 (not a whole case); canola is the rapeseed oil",
    "count",
)
m(s, W, "he", 1, "OTHER", "Toda al ha-mishloach ha-yom, hakol higia beseder 🙏", tags="emoji")

# ---------------------------------------------------------------- erez-events (he, mixed)
r = "erez-events"
m(
    r,
    W,
    "he",
    0,
    "ORDER",
    "היי, לאירוע ביום רביעי: 10 ק״ג salt beef mehadrin, 6 כבד קצוץ מהדרין, 4 boxes schnitzel, 2 cases half size foil trays",
    [("SALTBEEF-MEH-KG", 10), ("CHOPLIVER-MEH-1KG", 6), ("SCHNITZEL-40", 4), ("FOIL-TRAY-HALF-100", 2)],
    "Hebrew and English mixed",
    "",
)
m(
    r,
    W,
    "he",
    1,
    "ORDER",
    "3 קרטונים צלחות פלסטיק 23 ס״מ ו-2 קרטונים מזלגות כסף",
    [("PLATES-PLASTIC", 3, "23cm (case of 500)"), ("FORKS-HD", 2, "Silver")],
    "23 cm is the plate size",
    "number_in_name",
)
m(r, W, "he", 2, "ORDER", "צלחות פלסטיק x4 לחמישי", [("PLATES-PLASTIC", 4, None)], "plate size not given", "")
m(
    r,
    W,
    "he",
    3,
    "ORDER",
    "2 מפיות בבקשה",
    [F(["NAPKINS-3PLY", "NAPKINS-COCKTAIL"], 2)],
    "napkins: dinner or cocktail",
    "",
)
m(
    r,
    W,
    "he",
    1,
    "ORDER",
    "תשלח 40 קרטונים קרם פרווה מחר",
    [("CREAM-PAREV-12", 40)],
    "usual 2 cases, no reason given",
    outlier=True,
)
m(
    r,
    W,
    "he",
    1,
    "CHANGE",
    "סליחה, התכוונתי 4 ולא 40 קרטונים של הקרם פרווה",
    change=[("CREAM-PAREV-12", 4)],
    tags="self_correction",
)
m(r, W, "he", 0, "QUESTION", "אפשר לקבל הצעת מחיר לחתונה של 300 איש באוקטובר? עוד לא מזמינים")
m(
    r,
    W,
    "he",
    3,
    "ORDER",
    "Same as last week + 10 ארגזים מים",
    [F(["WATER-STILL-24", "WATER-SPARK-24"], 10)],
    "water still or sparkling",
    "reference",
    ref={"kind": "last"},
)
m(r, W, "he", 4, "CANCEL", "תבטלו את ההזמנה של יום ראשון, האירוע נדחה")

# ---------------------------------------------------------------- shtiebel-bakery (yi, Hebrew script)
t = "shtiebel-bakery"
m(
    t,
    S,
    "yi",
    0,
    "ORDER",
    "שיקט מיר אויף דאנערשטאג: 12 זעק חלה מעל, 12 פרישע הייוון, 4 קעסטלעך מארגארין בלעטער, 3 זעק קאסטער צוקער",
    [("FLR-CHALLAH-16", 12), ("YEAST-FRESH-1KG", 12), ("MARG-PASTRY-10", 4), ("SUGAR-CASTER-25", 3)],
    "",
    "",
)
m(
    t,
    S,
    "yi",
    1,
    "ORDER",
    "4 טאמאר ביטע",
    [F(["TOMOR-BLOCK", "TOMOR-SPREAD-12"], 4)],
    "tomor: block or spread",
    "",
)
m(t, S, "yi", 2, "ORDER", "2 קעסטלעך שבת ליכט", [("CANDLE-SHABBAT", 2, None)], "burn time not given", "")
m(
    t,
    S,
    "yi",
    3,
    "ORDER",
    "ווי געווענליך, און נאך 3 האניק",
    [("HONEY-3KG", 3)],
    "",
    "reference",
    ref={"kind": "usual"},
)
m(
    t,
    S,
    "yi",
    4,
    "ORDER",
    "3 קעסטלעך אייער 180 און 3 זעקל מאן",
    [("EGGS-CASE-180", 3), ("POPPY-1KG", 3)],
    "180 names the egg case",
    "number_in_name",
)
m(
    t,
    S,
    "yi",
    0,
    "QUESTION",
    "צי האט איר שוין האניק לעקאך פאר יום טוב?",
    notes="honey cake not in catalog",
    tags="not_in_catalog",
)
m(t, S, "yi", 1, "COMPLAINT", "די לעצטע 2 זעק מעל זענען אנגעקומען נאס, מען קען זיי נישט ניצן")
m(
    t,
    S,
    "yi",
    6,
    "ORDER",
    "צוועלף זעק חלה מעל צוועלף פרישע הייוון פיר מארגארין בלעטער דריי מאן",
    [("FLR-CHALLAH-16", 12), ("YEAST-FRESH-1KG", 12), ("MARG-PASTRY-10", 4), ("POPPY-1KG", 3)],
    "number words start items",
    "spoken",
)

# ---------------------------------------------------------------- reb-mottel (yi, romanised)
o = "reb-mottel"
m(
    o,
    W,
    "yi",
    0,
    "ORDER",
    "Sholem aleichem, shik mir far donershtik: 3 kestlach gefilte fish peppered di kleine glezer, 2 chrain vays, 4 kestlach Rakusens matzos, 24 flashen Palwin numer 10. A dank, Mottel",
    [
        ("GEFILTE-PEPPER", 3, "680g Jar (case of 12)"),
        ("CHRAIN-WHITE-22", 2),
        ("MATZO-RAK-12", 4),
        ("PALWIN-10", 24),
    ],
    "'kleine glezer' are the small jars; 'numer 10' is the wine name",
    "number_in_name",
)
m(o, W, "yi", 1, "ORDER", "24 palwin", [F(["PALWIN-4", "PALWIN-10"], 24)], "No.4 or No.10", "")
m(
    o,
    W,
    "yi",
    2,
    "ORDER",
    "vi shtendik, ober 36 palwin anshtot 24",
    [F(["PALWIN-4", "PALWIN-10"], 36)],
    "",
    "reference",
    ref={"kind": "usual", "set": ["PALWIN-4", "PALWIN-10"]},
)
m(
    o,
    W,
    "yi",
    3,
    "ORDER",
    "6 kestlach licht far shabbes 3 sho un 1 kestl yahrzeit licht",
    [("CANDLE-SHABBAT", 6, "3 Hour (box of 72)"), ("YAHRZEIT-24", 1)],
    "'3 sho' (3 hour) is the burn time",
    "number_in_name",
)
m(
    o,
    W,
    "yi",
    4,
    "ORDER",
    "12 kedem",
    [F(["KEDEM-CONCORD", "KEDEM-LIGHT-189", "KEDEM-WHITE-189"], 12)],
    "grape juice: concord, light or white",
    "",
)
m(
    o,
    W,
    "yi",
    0,
    "QUESTION",
    "Hot ir a havdole besomim bichse?",
    notes="spice box not in catalog",
    tags="not_in_catalog",
)
m(o, W, "yi", 1, "OTHER", "A gut yor! Mir zenen farmacht fun montik biz mitvoch, nisht shikn.")
m(
    o,
    W,
    "yi",
    6,
    "ORDER",
    "6 kishke un 1 tub schmaltz herring",
    [("KISHKE-1KG", 6), ("HERRING-SCHMALTZ-2KG", 1)],
)

# ---------------------------------------------------------------- odessa-deli (ru)
d = "odessa-deli"
m(
    d,
    W,
    "ru",
    0,
    "ORDER",
    "Добрый день! На понедельник: 3 ведра селёдки schmaltz, 4 форшмака, 8 сметаны, 6 салями. Спасибо, Ирина",
    [("HERRING-SCHMALTZ-2KG", 3), ("HERRING-CHOPPED-1KG", 4), ("SOUR-CREAM-1KG", 8), ("SALAMI-1KG", 6)],
    "forshmak is the chopped herring",
    "",
)
m(
    d,
    W,
    "ru",
    1,
    "ORDER",
    "2 селёдки пожалуйста",
    [F(["HERRING-SCHMALTZ-2KG", "HERRING-WINE-15"], 2)],
    "herring: schmaltz or in wine sauce (chopped carries its word)",
    "",
)
m(
    d,
    W,
    "ru",
    2,
    "ORDER",
    "6 упаковок копчёного лосося",
    [("SALMON-PACK", 6, None)],
    "packs of smoked salmon, size not given",
    "",
)
m(
    d,
    W,
    "ru",
    3,
    "ORDER",
    "Как на прошлой неделе, но без языка",
    [],
    "",
    "reference",
    ref={"kind": "last", "remove": ["TONGUE-KG"]},
)
m(
    d,
    W,
    "ru",
    4,
    "ORDER",
    "1 ящик фаршированной рыбы, большие банки",
    [F(["GEFILTE-SWEET", "GEFILTE-PEPPER"], 1, "1.7kg Jar (case of 6)")],
    "gefilte: sweet or peppered, big jars",
    "",
)
m(d, W, "ru", 1, "COMPLAINT", "Сметана пришла с датой до завтра, все 8 штук. Так нельзя.")
m(
    d,
    W,
    "ru",
    2,
    "ORDER",
    "2 кг гравлакса и 4 лосося 500г",
    [N(2, "gravlax"), ("SALMON-PACK", 4, "500g")],
    "gravlax not in catalog",
    "number_in_name",
)
m(
    d,
    W,
    "ru",
    0,
    "QUESTION",
    "Хотела бы узнать, есть ли у вас творог (не коттедж)?",
    notes="tvorog not in catalog",
    tags="non_order_request not_in_catalog",
)
m(
    d,
    W,
    "ru",
    6,
    "ORDER",
    "3 кг языка и 1 бочка малосольных огурцов 10л",
    [("TONGUE-KG", 3), ("PICKLES-BRINE-10L", 1)],
    "10л is the tub size",
    "number_in_name",
)

# ---------------------------------------------------------------- kishinev-kitchen (ru, romanised)
k = "kishinev-kitchen"
m(
    k,
    S,
    "ru",
    0,
    "ORDER",
    "Privet, na pyatnitsu: 8 kishke, 3 shmalts kurinyi, 2 kontsentrat bulyona, 2 yashchika lapshi tonkoi",
    [("KISHKE-1KG", 8), ("SCHMALTZ-1KG", 3), ("CHICKEN-SOUP-CONC", 2), ("LOKSHEN-FINE-12", 2)],
    "romanised Russian",
    "",
)
m(
    k,
    S,
    "ru",
    1,
    "ORDER",
    "1 korobka folgi konteinery",
    [("FOIL-CONT", 1, None)],
    "foil container size not given",
    "",
)
m(k, S, "ru", 2, "ORDER", "2 lapsha", [F(["LOKSHEN-FINE-12", "LOKSHEN-WIDE-12"], 2)], "fine or wide", "")
m(
    k,
    S,
    "ru",
    3,
    "ORDER",
    "vse kak obychno, plyus 2 kg yazyka",
    [("TONGUE-KG", 2)],
    "",
    "reference",
    ref={"kind": "usual"},
)
m(
    k,
    S,
    "ru",
    4,
    "ORDER",
    "golosovoe: vosem kishke tri shmaltsa dva chreina krasnyh i odin baraban masla",
    [("KISHKE-1KG", 8), ("SCHMALTZ-1KG", 3), ("CHRAIN-RED-22", 2), ("OIL-VEG-20L", 1)],
    "'baraban masla' is the oil drum",
    "spoken voice",
)
m(k, S, "ru", 6, "CANCEL", "Otmenite zakaz na pyatnitsu pozhaluista, restoran zakryt na remont")
m(k, S, "ru", 0, "QUESTION", "Skolko stoit yashchik cholent mix?")
m(
    k,
    S,
    "ru",
    2,
    "ORDER",
    "3 yashchika cholent... net, 4",
    [("CHOLENT-MIX-10", 4)],
    "self-correction to 4",
    "self_correction",
)

# ---------------------------------------------------------------- traiteur-levy (fr, email)
l = "traiteur-levy"
m(
    l,
    E,
    "fr",
    0,
    "ORDER",
    "Objet : Commande semaine 36\n\nBonjour,\nPour mercredi 6 septembre :\n- 6 côtés de saumon fumé\n- 2 cartons de gefilte en pain surgelé\n- 10 paquets de pastrami tranché\n- 12 bouteilles de Barkan Merlot\n\nCordialement,\nÉlodie Lévy\nTraiteur Lévy, 7 Acacia Road, London NW3\n020 7946 0413",
    [("SALMON-SIDE", 6), ("GEFILTE-LOAF-12", 2), ("PASTRAMI-SLICED-500", 10), ("BARKAN-MERLOT-75", 12)],
    "week number, date and street number are not quantities",
    "signature",
)
m(
    l,
    E,
    "fr",
    1,
    "ORDER",
    "Bonjour, foie haché x2 pour vendredi svp. Élodie",
    [F(["CHOPLIVER", "CHOPLIVER-MEH-1KG"], 2)],
    "standard or mehadrin; the grade is never assumed",
    "",
)
m(
    l,
    E,
    "fr",
    2,
    "ORDER",
    "Merci d'ajouter 12 bouteilles de vin rouge à la livraison de mercredi.",
    [F(["BARKAN-CAB-75", "BARKAN-MERLOT-75", "YARDEN-MHR-75"], 12)],
    "red wine: three reds",
    "",
)
m(
    l,
    E,
    "fr",
    3,
    "ORDER",
    "2 cartons de serviettes bordeaux et 1 carton de barquettes alu demi-format",
    [("NAPKINS-3PLY", 2, "Burgundy"), ("FOIL-TRAY-HALF-100", 1)],
    "bordeaux is the burgundy colour",
    "",
)
m(
    l,
    E,
    "fr",
    4,
    "ORDER",
    "Comme d'habitude pour mercredi, mais 8 côtés de saumon au lieu de 6 et sans le merlot.",
    [("SALMON-SIDE", 8)],
    "",
    "reference",
    ref={"kind": "usual", "set": ["SALMON-SIDE"], "remove": ["BARKAN-MERLOT-75"]},
)
m(
    l,
    E,
    "fr",
    0,
    "QUESTION",
    "Je voudrais savoir si vos assiettes de 26 cm passent au micro-ondes.",
    tags="non_order_request",
)
m(l, E, "fr", 1, "CHANGE", "Pouvez-vous décaler la livraison de mercredi à jeudi matin ? Merci.", change=[])
m(
    l,
    E,
    "fr",
    6,
    "ORDER",
    "900 assiettes plastique 26 cm pour dimanche",
    [("PLATES-PLASTIC", 3, "26cm (case of 300)")],
    "900 plates are 3 cases of 300",
    "count",
)

# ---------------------------------------------------------------- patisserie-benhamou (fr)
p = "patisserie-benhamou"
m(
    p,
    W,
    "fr",
    0,
    "ORDER",
    "Bonjour, pour demain : 4 sacs de farine pâtissière, 2 cartons de beurre, 10 crème double 2L. Merci !",
    [("FLR-PLAIN-16", 4), ("BUTTER-CY-40", 2), ("CREAM-CY-DOUBLE", 10, "2L")],
    "'farine pâtissière' is the plain cake flour",
    "",
)
m(
    p,
    W,
    "fr",
    1,
    "ORDER",
    "8 crème stp",
    [F(["CREAM-CY-DOUBLE", "CREAM-CY-SINGLE-1L", "CREAM-PAREV-12"], 8)],
    "cream: double, single or parev",
    "",
)
m(p, W, "fr", 2, "ORDER", "2 cartons boîtes à gâteaux", [("CAKE-BOX", 2, None)], "box size not given", "")
m(p, W, "fr", 3, "ORDER", "Comme d'hab 🙏", [], "", "reference emoji", ref={"kind": "usual"})
m(
    p,
    W,
    "fr",
    4,
    "ORDER",
    "6 plateaux d'œufs... non pardon, 8",
    [("EGGS-TRAY-30", 8)],
    "self-correction",
    "self_correction",
)
m(
    p,
    W,
    "fr",
    0,
    "QUESTION",
    "Vous avez du fromage frais type Saint Môret chalav Israël ?",
    notes="not in catalog",
    tags="not_in_catalog",
)
m(
    p,
    W,
    "fr",
    6,
    "ORDER",
    "2 sacs cacao, 1 vanille, 2 rouleaux papier cuisson",
    [("COCOA-1KG", 2), ("VANILLA-1L", 1), ("PARCHMENT-450", 2)],
)
m(
    p,
    W,
    "fr",
    2,
    "ORDER",
    "une demi-caisse de beurre en plus svp",
    [("BUTTER-CY-40", 0.5)],
    "half a case is a fraction of the selling unit",
    "fraction",
    review=True,
    hist=False,
)

# ---------------------------------------------------------------- beit-shalom-care (en, email)
a = "beit-shalom-care"
m(
    a,
    E,
    "en",
    0,
    "ORDER",
    "Dear Shefa team,\nOrder for Monday please:\n30 x whole milk 2 pint\n2 x UHT milk cases\n2 x cottage cheese\n3 x blue roll packs\nMany thanks,\nGila Brenner\nHead of Catering, Beit Shalom Care Home\n35 Cedar Avenue, Edgware HA8\n07700 900388",
    [("MILK-CY-WHOLE", 30, "2 Pint"), ("MILK-CY-UHT-12", 2), ("CHEESE-COTTAGE-2KG", 2), ("BLUE-ROLL-6", 3)],
    "",
    "signature",
)
m(
    a,
    E,
    "en",
    1,
    "ORDER",
    "2 cases of gefilte fish please, for the residents' Shabbos lunch.",
    [F(["GEFILTE-SWEET", "GEFILTE-PEPPER", "GEFILTE-LOAF-12"], 2)],
    "gefilte by the case: sweet, peppered or frozen loaf",
    "",
)
m(
    a,
    E,
    "en",
    2,
    "ORDER",
    "Please send 6 boxes of vinyl gloves and 200 hairnets.",
    [("GLOVES-VINYL-L", 6), ("HAIRNETS-100", 2)],
    "200 hairnets are 2 packs",
    "count",
)
m(
    a,
    E,
    "en",
    3,
    "ORDER",
    "Our usual standing order please, and could you add one extra case of UHT.",
    [("MILK-CY-UHT-12", 1)],
    "",
    "reference",
    ref={"kind": "usual"},
)
m(
    a,
    E,
    "en",
    0,
    "QUESTION",
    "Could you send me the kashrut certificates for the dairy lines? Our inspection is on the 20th.",
    tags="non_order_request",
)
m(
    a,
    E,
    "en",
    4,
    "OTHER",
    "Please note our new delivery entrance is via Cedar Close from Monday. Thank you, Gila",
)
m(
    a,
    E,
    "en",
    2,
    "ORDER",
    "Please send 15 cases of UHT milk for Monday.",
    [("MILK-CY-UHT-12", 15)],
    "usual 2 cases, no reason",
    outlier=True,
)

# ---------------------------------------------------------------- shalom-grill (en)
q = "shalom-grill"
m(
    q,
    W,
    "en",
    0,
    "ORDER",
    "6 boxes schnitzel 3 boxes 8 inch franks 10kg mehadrin salt beef 3 hummus",
    [("SCHNITZEL-40", 6), ("FRANKS-8IN-40", 3), ("SALTBEEF-MEH-KG", 10), ("HUMMUS-3KG", 3)],
    "8 inch is the frankfurter length",
    "spoken number_in_name",
)
m(q, W, "en", 1, "ORDER", "salt beef 10 kilo for tmrw", [F(SB, 10)], "grade not given", "")
m(
    q,
    W,
    "en",
    2,
    "ORDER",
    "3 boxes franks",
    [F(["FRANKS-8IN-40", "FRANKS-COCKTAIL-100"], 3)],
    "long or cocktail",
    "",
)
m(q, W, "en", 3, "ORDER", "2 cases foil containers", [("FOIL-CONT", 2, None)], "container size not given", "")
m(
    q,
    W,
    "en",
    4,
    "ORDER",
    "same as last week but double the hummus",
    [],
    "",
    "reference",
    ref={"kind": "last", "double": ["HUMMUS-3KG"]},
)
m(
    q,
    W,
    "en",
    2,
    "ORDER",
    "can u send 2 cans sparkling water and 1 tahini with tomorrow's drop",
    [("WATER-SPARK-24", 2), ("TAHINI-3KG", 1)],
    "2 cans of a product sold by the case: 2 cases (small-N rule)",
    "container non_order_request",
)
m(
    q,
    W,
    "en",
    6,
    "ORDER",
    "pitta bread 10 packs and 2 veg oil drums",
    [N(10, "pitta bread"), ("OIL-VEG-20L", 2)],
    "pitta not in catalog",
    "",
)
m(
    q,
    W,
    "en",
    1,
    "COMPLAINT",
    "Franks came defrosted yesterday, whole box was soft. Not happy 😡",
    tags="emoji",
)
m(
    q,
    W,
    "en",
    0,
    "QUESTION",
    "I'd like to know if you do mehadrin pastrami sliced?",
    notes="mehadrin pastrami not in catalog",
    tags="non_order_request not_in_catalog",
)

# ---------------------------------------------------------------- milchig-cafe (en)
f = "milchig-cafe"
m(
    f,
    W,
    "en",
    0,
    "ORDER",
    "hiya, for monday: 24 whole milk 4pt, 4 double cream 1L, 3 bags grated mozz, 2 lox 🙂",
    [
        ("MILK-CY-WHOLE", 24, "4 Pint"),
        ("CREAM-CY-DOUBLE", 4, "1L"),
        ("CHEESE-MOZZ-GRATED-2KG", 3),
        ("LOX-500", 2),
    ],
    "",
    "emoji",
)
m(
    f,
    W,
    "en",
    1,
    "ORDER",
    "8 smoked salmon pls",
    [F(["SALMON-SIDE", "SALMON-PACK", "SALMON-TRIM-1KG"], 8)],
    "side, pack or trimmings",
    "",
)
m(
    f,
    W,
    "en",
    2,
    "ORDER",
    "mozzarella x3",
    [F(["CHEESE-MOZZ-GRATED-2KG", "CHEESE-MOZZ-BLOCK"], 3)],
    "grated or block",
    "",
)
m(
    f,
    W,
    "en",
    3,
    "ORDER",
    "24 whole milk for the weekend",
    [("MILK-CY-WHOLE", 24, None)],
    "bottle size not given",
    "",
)
m(
    f,
    W,
    "en",
    4,
    "ORDER",
    "i'd like two bags grated mozzarella a tray of eggs four double creams one litre and a case of hot cups",
    [
        ("CHEESE-MOZZ-GRATED-2KG", 2),
        ("EGGS-TRAY-30", 1),
        ("CREAM-CY-DOUBLE", 4, "1L"),
        ("HOT-CUPS-8OZ-1000", 1),
    ],
    "spoken list; 'i'd like' opens an order",
    "spoken non_order_request",
)
m(
    f,
    W,
    "en",
    6,
    "ORDER",
    "20 eggs pls",
    [F(EGGS, None)],
    "20 eggs are no whole tray or case: quantities not stated in a selling unit",
    "count",
)
m(
    f,
    W,
    "en",
    2,
    "ORDER",
    "usual pls + 2 feta",
    [("CHEESE-FETA-1KG", 2)],
    "",
    "reference",
    ref={"kind": "usual"},
)
m(
    f,
    W,
    "en",
    0,
    "OTHER",
    "I would like to book a table for 4 on Sunday at 1pm please",
    notes="misdirected booking",
    tags="non_order_request",
)
m(
    f,
    W,
    "en",
    1,
    "ORDER",
    "4 cream cheese 1kg tubs full fat and 2 single cream",
    [("CHEESE-CREAM-FF", 4, "1kg Tub"), ("CREAM-CY-SINGLE-1L", 2)],
    "",
    "number_in_name",
)

# ---------------------------------------------------------------- finchley-kiddush (en, email)
x = "finchley-kiddush"
m(
    x,
    E,
    "en",
    0,
    "ORDER",
    "Kiddush this Shabbos (approx 150 people). Please deliver Friday by 11am:\n2 tubs herring in wine sauce\n2 boxes fried gefilte balls\n300 kiddush cups\n6 bottles Palwin No.4\nThank you,\nMichael Rose (Kiddush Committee)\nFinchley Road Synagogue",
    [("HERRING-WINE-15", 2), ("GEFILTE-BALLS-50", 2), ("KIDDUSH-CUPS-50", 6), ("PALWIN-4", 6)],
    "300 cups are 6 packs of 50; 150 people and 11am are not quantities",
    "count signature number_in_name",
)
m(
    x,
    E,
    "en",
    1,
    "ORDER",
    "Could we have 6 bottles of kiddush wine with Friday's delivery?",
    [F(["PALWIN-4", "PALWIN-10"], 6)],
    "Palwin No.4 or No.10",
    "non_order_request",
)
m(x, E, "en", 2, "ORDER", "1 case plastic spoons please", [("SPOONS-HD", 1, None)], "colour not given", "")
m(
    x,
    E,
    "en",
    3,
    "ORDER",
    "Same as last week's kiddush please, plus 6 Bartenura.",
    [("BARTENURA-MOSCATO-75", 6)],
    "",
    "reference",
    ref={"kind": "last"},
)
m(
    x,
    E,
    "en",
    4,
    "ORDER",
    "For the Rosh Hashanah kiddush we need 2 tubs of honey and 12 bottles of Bartenura.",
    [("HONEY-3KG", 2), ("BARTENURA-MOSCATO-75", 12)],
)
m(
    x,
    E,
    "en",
    0,
    "QUESTION",
    "Could you tell us which hechsher the herring in wine sauce is under? A member asked.",
    tags="non_order_request",
)
m(x, E, "en", 6, "CANCEL", "Please cancel Friday's kiddush order, the simcha has been postponed. Michael")
m(
    x,
    E,
    "en",
    1,
    "ORDER",
    "3-4 cases of still water for Friday please",
    [("WATER-STILL-24", None)],
    "a range: quantities not stated",
    "range",
    hist=False,
)

# ---------------------------------------------------------------- campus-kosher (en, email)
u = "campus-kosher"
m(
    u,
    E,
    "en",
    0,
    "ORDER",
    "Hi, for Wednesday: 2 boxes chicken schnitzel, 2 x 10kg basmati, 1 case ptitim, 2 hummus, 1 case paper plates, 1 case white forks, 4 cases still water. Thanks, Josh (Campus Kosher Kitchen)",
    [
        ("SCHNITZEL-40", 2),
        ("RICE-BASMATI-10", 2),
        ("PTITIM-12", 1),
        ("HUMMUS-3KG", 2),
        ("PLATES-PAPER-23", 1),
        ("FORKS-HD", 1, "White"),
        ("WATER-STILL-24", 4),
    ],
    "",
    "pack",
)
m(
    u,
    E,
    "en",
    1,
    "ORDER",
    "Could you also send 1 case of plastic forks?",
    [("FORKS-HD", 1, None)],
    "colour not given",
    "non_order_request",
)
m(
    u,
    E,
    "en",
    2,
    "ORDER",
    "1 case cups as well please",
    [F(["TUMBLERS-7OZ-1000", "HOT-CUPS-8OZ-1000"], 1)],
    "by the case: tumblers or hot cups (kiddush cups come by the pack)",
    "",
)
m(
    u,
    E,
    "en",
    3,
    "ORDER",
    "Usual for Wednesday please, but no ptitim this week.",
    [],
    "",
    "reference",
    ref={"kind": "usual", "remove": ["PTITIM-12"]},
)
m(
    u,
    E,
    "en",
    4,
    "ORDER",
    "Freshers' fair on Thursday, we're expecting about 400 students, so please send 8 boxes schnitzel and 4 cases paper plates.",
    [("SCHNITZEL-40", 8), ("PLATES-PAPER-23", 4)],
    "large order with a reason: not an outlier; 400 students is not a quantity",
    "",
)
m(u, E, "en", 0, "QUESTION", "can I pay the July invoice by card over the phone?", tags="non_order_request")
m(
    u,
    E,
    "en",
    6,
    "ORDER",
    "6 white grape juice and 1 case of the 7oz tumblers",
    [("KEDEM-WHITE-189", 6), ("TUMBLERS-7OZ-1000", 1)],
    "7oz is the tumbler size",
    "number_in_name",
)

# ---------------------------------------------------------------- prestwich-deli (en, SMS)
w = "prestwich-deli"
m(
    w,
    S,
    "en",
    0,
    "ORDER",
    "10 sliced salt beef 8 sliced pastrami 12 smoked salmon 200g ta",
    [("SALTBEEF-SLICED-500", 10), ("PASTRAMI-SLICED-500", 8), ("SALMON-PACK", 12, "200g")],
    "200g names the pack",
    "spoken number_in_name",
)
m(
    w,
    S,
    "en",
    1,
    "ORDER",
    "8 pastrami pls love",
    [F(["PASTRAMI-KG", "PASTRAMI-SLICED-500"], 8)],
    "whole by the kg or sliced packs",
    "",
)
m(
    w,
    S,
    "en",
    2,
    "ORDER",
    "12 kedem for friday",
    [F(["KEDEM-CONCORD", "KEDEM-LIGHT-189", "KEDEM-WHITE-189"], 12)],
    "",
    "",
)
m(
    w,
    S,
    "en",
    3,
    "ORDER",
    "Usual for Friday luv but 14 salmon instead of 12",
    [F(["SALMON-SIDE", "SALMON-PACK", "SALMON-TRIM-1KG"], 14)],
    "",
    "reference",
    ref={"kind": "usual", "set": ["SALMON-SIDE", "SALMON-PACK", "SALMON-TRIM-1KG"]},
)
m(
    w,
    S,
    "en",
    4,
    "ORDER",
    "2 cases matzos",
    [F(["MATZO-RAK-12", "MATZO-RAK-WM-12"], 2)],
    "original or wholemeal (shmurah comes by the box)",
    "",
)
m(w, S, "en", 0, "QUESTION", "Do you have the Kedem in the small bottles too?")
m(
    w,
    S,
    "en",
    6,
    "ORDER",
    "2 cses gefilty fish sweet small jars",
    [("GEFILTE-SWEET", 2, "680g Jar (case of 12)")],
    "typos",
    "typo",
)
m(
    w,
    S,
    "en",
    1,
    "ORDER",
    "if you've got rugelach in, 3 trays. if not dont worry",
    [N(3, "rugelach")],
    "conditional order on an unstocked item",
    "conditional",
    review=True,
    hist=False,
)
m(w, S, "en", 2, "COMPLAINT", "2 packs of the sliced pastrami were blown, gave them back to your driver")

# ---------------------------------------------------------------- bubbes-bagels (new, en)
z = "bubbes-bagels"
m(
    z,
    W,
    "en",
    0,
    "ORDER",
    "Hi! We're Bubbe's Bagels, opening Sunday 10th at 12 Mill Parade, Hendon. First order please, we'll pay the driver by card on delivery: 6 sacks bagel flour, 4 fresh yeast, 2 tubs cream cheese 2.5kg, 2 packs bagel bags. Thanks! Naomi, 07700 900614",
    [
        ("FLR-BAGEL-16", 6),
        ("YEAST-FRESH-1KG", 4),
        ("CHEESE-CREAM-FF", 2, "2.5kg Tub"),
        ("BAGEL-BAGS-1000", 2),
    ],
    "first order paid on delivery ships",
    "new_customer signature",
)
m(
    z,
    W,
    "en",
    1,
    "ORDER",
    "Could we set up a 30-day account and put this on it: 10 sacks bagel flour, 3 sesame",
    [("FLR-BAGEL-16", 10), ("SESAME-1KG", 3)],
    "depends on a 30-day account being opened: review",
    "new_customer credit non_order_request",
    review=True,
    hist=False,
)
m(
    z,
    W,
    "en",
    3,
    "ORDER",
    "same as my first order again pls",
    [],
    "messages are not history",
    "reference new_customer ambiguous_reference",
    ref={"kind": "last"},
)
m(
    z,
    W,
    "en",
    0,
    "QUESTION",
    "I'd like to know what your delivery days are for Hendon",
    tags="new_customer non_order_request",
)
m(
    z,
    W,
    "en",
    2,
    "ORDER",
    "2nd order, card on delivery again: 4 sacks bagel flour, 3 sesame, 1 poppy",
    [("FLR-BAGEL-16", 4), ("SESAME-1KG", 3), ("POPPY-1KG", 1)],
    "paid on delivery ships",
    "new_customer",
)
m(
    z,
    W,
    "en",
    4,
    "ORDER",
    "smoked salmon x 3 and 1 cream cheese",
    [
        F(["SALMON-SIDE", "SALMON-PACK", "SALMON-TRIM-1KG"], 3),
        F(["CHEESE-CREAM-FF", "CHEESE-CREAM-LIGHT-1KG"], 1),
    ],
    "no history to resolve the families",
    "new_customer",
)

# ---------------------------------------------------------------- cafe-levana (new, he)
v = "cafe-levana"
m(
    v,
    W,
    "he",
    0,
    "ORDER",
    "שלום, אנחנו קפה לבנה, נפתחים בשבוע הבא. הזמנה ראשונה, תשלום במזומן לנהג: 12 חלב מלא 4 פיינט, 3 גבינה צהובה פרוסה, 2 פטה",
    [("MILK-CY-WHOLE", 12, "4 Pint"), ("CHEESE-GOUDA-SLICED", 3), ("CHEESE-FETA-1KG", 2)],
    "first order paid cash on delivery ships",
    "new_customer",
)
m(
    v,
    W,
    "he",
    1,
    "QUESTION",
    "יש לכם גלידה חלב ישראל?",
    notes="ice cream not in catalog",
    tags="new_customer not_in_catalog",
)
m(
    v,
    W,
    "he",
    2,
    "ORDER",
    "6 שמנת למחר",
    [F(["CREAM-CY-DOUBLE", "CREAM-CY-SINGLE-1L", "CREAM-PAREV-12"], 6)],
    "cream: double, single or parev",
    "new_customer",
)
m(
    v,
    W,
    "he",
    3,
    "OTHER",
    "אני רוצה לעדכן את כתובת המייל לחשבוניות: levana@cafe-levana.example",
    tags="new_customer non_order_request",
)

# ---------------------------------------------------------------- more clean orders (all customers)
m(
    g,
    W,
    "en",
    6,
    "ORDER",
    "Sunday bake: 3 plain flour, 2 caster sugar and 2 packs challah bags please",
    [("FLR-PLAIN-16", 3), ("SUGAR-CASTER-25", 2), ("CHALLAH-BAGS-500", 2)],
)
m(
    g,
    W,
    "en",
    1,
    "ORDER",
    "3 cases tomor 2kg blocks + 2 wholemeal sacks",
    [("TOMOR-BLOCK", 3, "5 x 2kg"), ("FLR-WHOLEMEAL-16", 2)],
    "2kg names the block size",
    "number_in_name",
)
m(
    b,
    S,
    "en",
    3,
    "ORDER",
    "2 boxes large gloves, 1 tub new green pickles",
    [("GLOVES-NITRILE", 2, "Large"), ("PICKLES-BRINE-10L", 1)],
)
m(
    n,
    W,
    "en",
    1,
    "ORDER",
    "3 tubs chopped liver 1kg (the normal not mehadrin) and 4kg tongue",
    [("CHOPLIVER", 3, "1kg Tub"), ("TONGUE-KG", 4)],
    "'not mehadrin' names the standard chopped liver",
    "",
)
m(
    c,
    E,
    "en",
    4,
    "ORDER",
    "Hi team, for Thursday's sheva brachos: 6 tubs mehadrin chopped liver, 3 boxes cocktail franks, 2 banqueting rolls. Rivka",
    [("CHOPLIVER-MEH-1KG", 6), ("FRANKS-COCKTAIL-100", 3), ("TABLECOVER-ROLL", 2)],
)
m(
    y,
    E,
    "en",
    2,
    "ORDER",
    "PO YV-20955 - 2 tubs of parev consomme powder and 1 pack hairnets, with Monday's milk.",
    [("CONSOMME-PAREV", 2), ("HAIRNETS-100", 1)],
)
m(
    h,
    W,
    "he",
    3,
    "ORDER",
    "תוסיף בבקשה 2 קרטונים חמוצים ו-4 גבינת שמנת לייט",
    [("PICKLES-7-9-12", 2), ("CHEESE-CREAM-LIGHT-1KG", 4)],
    "",
    "",
)
m(
    s,
    W,
    "he",
    2,
    "ORDER",
    "Boker tov, 6 magashim beitzim ve-arizat shmarim yeveshim achat",
    [("EGGS-TRAY-30", 6), ("YEAST-DRY-20", 1)],
)
m(
    r,
    W,
    "he",
    2,
    "ORDER",
    "להוסיף לרביעי: 1 tumblers שקופים ו-3 consomme parev",
    [("TUMBLERS-7OZ-1000", 1), ("CONSOMME-PAREV", 3)],
)
m(t, S, "yi", 2, "ORDER", "3 קעסטלעך האניק און 2 פעק חלה זעקלעך", [("HONEY-3KG", 3), ("CHALLAH-BAGS-500", 2)])
m(
    o,
    W,
    "yi",
    2,
    "ORDER",
    "shik 3 kestlach lokshen breyte un 3 cholent mix",
    [("LOKSHEN-WIDE-12", 3), ("CHOLENT-MIX-10", 3)],
)
m(
    o,
    W,
    "yi",
    4,
    "ORDER",
    "12 flashen kedem concord di groyse",
    [("KEDEM-CONCORD", 12, "1.89L")],
    "'di groyse' the big bottle",
    "",
)
m(
    d,
    W,
    "ru",
    2,
    "ORDER",
    "Ещё 4 упаковки локса и 3 ведра творога коттедж",
    [("LOX-500", 4), ("CHEESE-COTTAGE-2KG", 3)],
    "'творог коттедж' is the cottage cheese",
    "",
)
m(k, S, "ru", 3, "ORDER", "1 yashchik shnitsel i 2 baraban masla", [("SCHNITZEL-40", 1), ("OIL-VEG-20L", 2)])
m(
    l,
    E,
    "fr",
    2,
    "ORDER",
    "Bonjour, 6 bouteilles de Yarden Mount Hermon rouge et 4 paquets de gobelets kiddouch. Élodie",
    [("YARDEN-MHR-75", 6), ("KIDDUSH-CUPS-50", 4)],
)
m(
    p,
    W,
    "fr",
    3,
    "ORDER",
    "2 pots de cream cheese 1kg entier et 2 sacs de sucre semoule",
    [("CHEESE-CREAM-FF", 2, "1kg Tub"), ("SUGAR-CASTER-25", 2)],
    "sucre semoule is caster sugar",
    "",
)
m(
    a,
    E,
    "en",
    3,
    "ORDER",
    "Please add 2 tubs natural yoghurt and 1 case fine lokshen to Monday's order. Gila",
    [("YOG-NATURAL-5KG", 2), ("LOKSHEN-FINE-12", 1)],
)
m(
    q,
    W,
    "en",
    3,
    "ORDER",
    "2 cases israeli pickles and 3 cases fizzy water",
    [("PICKLES-7-9-12", 2), ("WATER-SPARK-24", 3)],
)
m(
    f,
    W,
    "en",
    3,
    "ORDER",
    "morning! 4 trays eggs, 2 feta, 1 case hot cups x",
    [("EGGS-TRAY-30", 4), ("CHEESE-FETA-1KG", 2), ("HOT-CUPS-8OZ-1000", 1)],
)
m(
    x,
    E,
    "en",
    2,
    "ORDER",
    "Please could you deliver 2 cases cocktail napkins and 2 banqueting rolls on Friday morning?",
    [("NAPKINS-COCKTAIL", 2), ("TABLECOVER-ROLL", 2)],
    "",
    "non_order_request",
)
m(
    u,
    E,
    "en",
    2,
    "ORDER",
    "Josh here - 2 cases still water and 2 hummus tubs for tomorrow please",
    [("WATER-STILL-24", 2), ("HUMMUS-3KG", 2)],
)
m(
    w,
    S,
    "en",
    3,
    "ORDER",
    "1 medium matzo meal and 1 cholent mix case",
    [("MATZOMEAL-MED-5", 1), ("CHOLENT-MIX-10", 1)],
)
m(
    w,
    S,
    "en",
    4,
    "ORDER",
    "6 light kedem + 2 wine herring tubs",
    [("KEDEM-LIGHT-189", 6), ("HERRING-WINE-15", 2)],
)
m(
    z,
    W,
    "en",
    6,
    "ORDER",
    "card on delivery as before pls: 1 red chrain, 2 boxes large nitrile gloves",
    [("CHRAIN-RED-22", 1), ("GLOVES-NITRILE", 2, "Large")],
    "",
    "new_customer",
)
m(
    v,
    W,
    "he",
    4,
    "ORDER",
    "עוד הזמנה, שוב מזומן: 3 שמנת מתוקה 1 ליטר ו-2 קוטג׳",
    [("CREAM-CY-DOUBLE", 3, "1L"), ("CHEESE-COTTAGE-2KG", 2)],
    "'שמנת מתוקה' is double cream; 1 litre picks the variant",
    "new_customer",
)
m(
    r,
    W,
    "he",
    6,
    "ORDER",
    "שני קרטונים מים מינרליים ו-2 קרטונים מפיות לבנות גדולות",
    [("WATER-STILL-24", 2), ("NAPKINS-3PLY", 2, "White")],
    "mineral water is the still water; large white napkins are the dinner napkins",
    "",
)
m(
    h,
    W,
    "he",
    4,
    "ORDER",
    "Shalom, 10 smoked salmon 200g + 4 hummus, toda",
    [("SALMON-PACK", 10, "200g"), ("HUMMUS-3KG", 4)],
    "romanised and English",
    "number_in_name",
)
m(
    n,
    W,
    "en",
    6,
    "ORDER",
    "2 salami + 1 case of the no 9 containers",
    [("SALAMI-1KG", 2), ("FOIL-CONT", 1, "No.9 (case of 250)")],
    "'no 9' is the container size",
    "number_in_name",
)
m(
    c,
    E,
    "en",
    6,
    "ORDER",
    "Subject: PO SC-4490\n\n12 cases still water, 2 cases 7oz tumblers, 40 packs kiddush cups. Thanks",
    [("WATER-STILL-24", 12), ("TUMBLERS-7OZ-1000", 2), ("KIDDUSH-CUPS-50", 40)],
    "PO number is not a quantity",
    "number_in_name",
)
m(
    t,
    S,
    "yi",
    4,
    "ORDER",
    "שיקט 2 פעקלעך ליכט פאר שבת, די 4 שעה'דיקע",
    [("CANDLE-SHABBAT", 2, "4 Hour (box of 72)")],
    "4 hour is the burn time",
    "number_in_name",
)
m(
    k,
    S,
    "ru",
    1,
    "ORDER",
    "2 kontsentrata bulyona kurinogo i 1 krasnyi chrein",
    [("CHICKEN-SOUP-CONC", 2), ("CHRAIN-RED-22", 1)],
)
m(
    l,
    E,
    "fr",
    3,
    "ORDER",
    "Pour vendredi : 2 cartons de gefilte en pain et 10 paquets de pastrami tranché. Merci.",
    [("GEFILTE-LOAF-12", 2), ("PASTRAMI-SLICED-500", 10)],
)
m(
    y,
    E,
    "en",
    4,
    "ORDER",
    "PO YV-20966: 40 semi-skimmed 2 pint and 6 sliced gouda for Wednesday",
    [("MILK-CY-SEMI", 40, "2 Pint"), ("CHEESE-GOUDA-SLICED", 6)],
    "",
    "number_in_name",
)
m(
    a,
    E,
    "en",
    6,
    "ORDER",
    "Sunday top-up: 10 whole milk 2 pint and 1 sweet gefilte small jars case. Thanks, Gila",
    [("MILK-CY-WHOLE", 10, "2 Pint"), ("GEFILTE-SWEET", 1, "680g Jar (case of 12)")],
)
m(
    s,
    W,
    "he",
    4,
    "ORDER",
    "2 spelt 12.5 kilo ve-2 kakao",
    [("FLR-SPELT", 2, "12.5kg"), ("COCOA-1KG", 2)],
    "12.5 kilo is the bag size",
    "number_in_name",
)
m(
    o,
    W,
    "yi",
    6,
    "ORDER",
    "1 kestl shmurah matzos far a kunde un 2 kestlach matzo meal fine",
    [("MATZO-SHMURAH", 1), ("MATZOMEAL-FINE-5", 2)],
    "'kestl' of shmurah is the box; matzo meal fine by the bag",
    "",
)
m(
    f,
    W,
    "en",
    4,
    "ORDER",
    "hey can we get 2 lox and 2 packs 1kg smoked salmon for sunday brunch",
    [("LOX-500", 2), ("SALMON-PACK", 2, "1kg")],
    "1kg names the pack",
    "non_order_request number_in_name",
)
m(
    d,
    W,
    "ru",
    3,
    "ORDER",
    "Добавьте, пожалуйста, 2 ведра селёдки в винном соусе",
    [("HERRING-WINE-15", 2)],
    "",
    "",
)

# ---------------------------------------------------------------- extra: thin intents, remaining products
m(
    o,
    W,
    "yi",
    3,
    "ORDER",
    "a pekl tealights un 10 havdole licht far di kunden",
    [("TEALIGHT-100", 1), ("HAVDALAH-EACH", 10)],
    "'a pekl' is one pack of 100 tealights; havdalah candles sold each",
    "",
)
m(
    r,
    W,
    "he",
    1,
    "ORDER",
    "Tzarich 3 foil rolls ve-2 candles",
    [("FOIL-ROLL-450", 3), F(["CANDLE-SHABBAT", "TEALIGHT-100", "HAVDALAH-EACH", "YAHRZEIT-24"], 2)],
    "'candles' is a family word",
    "",
)
m(
    q,
    W,
    "en",
    4,
    "CHANGE",
    "for tomorrow's order can you swap the no.9 containers for 2 cases of no.6a instead",
    change=[("FOIL-CONT", 0, "No.9 (case of 250)"), ("FOIL-CONT", 2, "No.6a (case of 500)")],
    tags="number_in_name",
)
m(
    a,
    E,
    "en",
    1,
    "CHANGE",
    "Could Monday's milk be 36 whole milk 2 pint rather than 30? A few new residents this week.",
    change=[("MILK-CY-WHOLE", 36, "2 Pint")],
    tags="non_order_request",
)
m(w, S, "en", 6, "CANCEL", "cancel fridays order pls hun, shop shut for a family simcha")
m(
    f,
    W,
    "en",
    2,
    "COMPLAINT",
    "the double creams on monday were all dated today, 4 of them, had to bin 2. can you credit?",
)
m(k, S, "ru", 4, "COMPLAINT", "Kishke prishli razmorozhennye, 8 shtuk. Pozhaluista zamenite.")
m(u, E, "en", 3, "OTHER", "Thanks for the quick delivery today, the freshers' menu went down well. Josh")
m(d, W, "ru", 4, "OTHER", "Автоответ: Ирина в отпуске до 18 сентября. По заказам пишите Марку.")
m(
    l,
    E,
    "fr",
    4,
    "QUESTION",
    "Pourriez-vous m'envoyer une copie de la facture INV-53102 ? Merci.",
    tags="non_order_request",
)
