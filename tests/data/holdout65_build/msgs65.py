# ruff: noqa  (hand-written data generator of blind set 65, kept as its writer left it)
# -*- coding: utf-8 -*-
"""Hand-written messages of the sixty-fifth blind set and their plain labels.

M(customer, text, intent, lines, notes, tags, ...) - one message; lines are L(...) objects.
L(sku, qty, v)                 - a catalog line; v is the variant (short key from cat65.VSHORT or full name),
                                 required to be given (None = not said) for products with variants
L(None, qty, cands=[...], cv=) - a bare family word: sku null, candidates, optional candidate_variant
L(None, qty, nic="...")        - an item the catalog does not have
qnull="not_stated"|"not_whole"|"range" - why a quantity is null
nofill=True                    - a variant named that does not exist: never filled from history
ref=dict(kind="usual"|"last"|"first", remove=[sku], set=[(sku, v, qty)], add=[L], double=[sku])
change=[L]                     - CHANGE rows: the affected lines after the change
credit=True / conditional=True / outlier=True
Every label was decided when the message was written, before anything was run.
"""

MSGS = []
_UNSET = object()


class L(object):
    def __init__(self, sku, q, v=_UNSET, cands=None, cv=None, nic=None, qnull=None, nofill=False):
        self.sku, self.q, self.v, self.cands, self.cv = sku, q, v, cands, cv
        self.nic, self.qnull, self.nofill = nic, qnull, nofill


def M(cust, text, intent="ORDER", lines=(), notes="", tags=(), ch=None, lang=None, **kw):
    MSGS.append(
        dict(
            cust=cust,
            text=text,
            intent=intent,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            ch=ch,
            lang=lang,
            kw=kw,
        )
    )


FLOURS = ["MEHL-405", "MEHL-550", "MEHL-1050", "ROGGEN-997", "ROGGEN-1150", "DINKEL-630", "MEHL-W700"]
ROLLS = ["KAISERSEMMEL-TK", "SCHNITTBROETCHEN-TK"]
GLOVES = ["HANDSCHUHE-NITRIL", "HANDSCHUHE-VINYL"]
SENF_EIMER = ["SENF-HAENDLMAIER", "SENF-DEVELEY"]
KNOEDEL = ["SEMMELKNOEDEL-TK", "KARTOFFELKNOEDEL-TK", "SPECKKNOEDEL-TK"]
SALAMI = ["SALAMI-MILANO-KG", "SALAMI-UNGAR-KG", "SALAMI-PFEFFER-KG"]
CURRY = ["CURRYWURST-SCHWEIN-50", "CURRYWURST-RIND-50"]
SCHNAPS = ["OBSTLER", "WILLIAMS", "KIRSCHWASSER", "MARILLE", "ZIRBE", "ENZIAN"]
NAPKINS = ["SERVIETTEN-3L", "SERVIETTEN-SPENDER"]

# ============================================================ Metzgerei Haller (Swabian butcher, WhatsApp)
C = "metzgerei-haller"
M(
    C,
    "Grüß Gott Herr Maier, für Donnerstag bitte: 3 Karton Brezeln normal (90g), 4 Karton Schnittweckle, "
    "1 Eimer Händlmaier 5kg und 2 Eimer schwäbischer Kartoffelsalat. Gruß Karle",
    lines=[
        L("BREZEL-TK", 3, "std"),
        L("SCHNITTBROETCHEN-TK", 4),
        L("SENF-HAENDLMAIER", 1, "eimer"),
        L("KARTOFFELSALAT-SCHWAEB", 2),
    ],
    notes="'Brezeln normal (90g)' is the Standard 90g box; '5kg' names the Händlmaier bucket; 'Schnittweckle' are the "
    "Schnittbrötchen",
    tags=["number_in_name", "dialect"],
)
M(
    C,
    "Servus, mir bräuchtet bis Freitag 5 Karton Weckle, 2 Boxe Handschuh und an Karton Metzgerpapier. Dankschee!",
    lines=[L(None, 5, cands=ROLLS), L(None, 2, cands=GLOVES), L("METZGERPAPIER", 1)],
    notes="Swabian 'Weckle' is any plain roll (Kaisersemmel or Schnittbrötchen); 'Handschuh' fits nitrile and vinyl "
    "gloves and gives no size; 'an Karton' is one box",
    tags=["dialect"],
)
M(
    C,
    "Bitte no 2 Eimer Kartoffelsalat mit Mayo auf die Lieferung vom Donnerstag druff, für d'Theke.",
    lines=[L("KARTOFFELSALAT-MAYO", 2)],
    notes="addition to Thursday's order",
    tags=["dialect"],
)
M(
    C,
    "Wie immer fürn Donnerstag, aber 3 Karton Brezeln statt 2 und koi Spätzle diesmal.",
    ref=dict(kind="usual", set=[("BREZEL-TK", None, 3)], remove=["SPAETZLE-TK"]),
    notes="the usual with the Brezeln at 3 and no Spätzle",
    tags=["dialect"],
)
M(
    C,
    "Kannsch mir 150 Laugenstangen mitgeben? Brauch se fürs Vereinsfest.",
    lines=[L("LAUGENSTANGE-TK", None, qnull="not_whole")],
    notes="150 Laugenstangen is no whole number of boxes of 70",
    tags=["count", "non_order_request", "dialect"],
)
M(
    C,
    "Was koschtet bei euch der Händlmaier im Glas, wenn ich 48 Gläser nehm? Erscht mal nur Preisanfrage, bstell "
    "no net.",
    intent="QUESTION",
    notes="price request, explicitly not an order",
    tags=["dialect"],
)
M(
    C,
    "Lieferung vom Dienstag: statt 3 Karton Schnittweckle waret bloß 2 drin, und oiner war scho aufgetaut. "
    "Bitte Gutschrift.",
    intent="COMPLAINT",
    tags=["dialect"],
)
M(
    C,
    "Für Samstag, 17.6., bis 6 Uhr: 2 Karton Riesenbrezeln für unser Hoffest und 1 Karton Bäckertüten Größe 3",
    lines=[L("BREZEL-TK", 2, "xl"), L("BAECKERTUETEN", 1, "3")],
    notes="'Größe 3' is the Nr. 3 bag; 17.6., 6 Uhr are not quantities",
    tags=["number_in_name"],
)
M(
    C,
    "Für Dienstag: 2 Karton Laugencroissants, 3 Karton Schnittweckle und 2 Boxe Nitrilhandschuh in L",
    lines=[L("LAUGENCROISSANT-TK", 2), L("SCHNITTBROETCHEN-TK", 3), L("HANDSCHUHE-NITRIL", 2, "L")],
)
M(
    C,
    "Mir brauchet 120 Brezeln à 90g und 200 Schnittweckle",
    lines=[L("BREZEL-TK", 2, "std"), L("SCHNITTBROETCHEN-TK", 2)],
    notes="120 Brezeln are 2 boxes of 60; 200 Schnittweckle are 2 boxes of 100",
    tags=["count", "dialect"],
)
M(
    C,
    "Ich hätt gern ab 1. Juli eine andere Lieferadresse: Filiale Gaildorf, Schlossstraße 3. Bitte im System "
    "ändern.",
    intent="OTHER",
    notes="address change, not an order",
    tags=["non_order_request"],
)

# ============================================================ Gasthaus zum Löwen (Swabian inn, e-mail)
C = "gasthaus-loewen"
M(
    C,
    "Betreff: Bestellung KW 24\n\nGuten Tag,\n\nwir bestellen für Mittwoch:\n- 6 Beutel Maultaschen (2 kg)\n"
    "- 2 Beutel getrocknete Eierspätzle 5 kg\n- 5 Kasten Tannenzäpfle\n- 1 Fass Kaltenrieder Helles 50 Liter\n\n"
    "Mit freundlichen Grüßen\nMonika Kübler\nGasthaus zum Löwen\nHauptstraße 14, 74523 Schwäbisch Hall\n"
    "Tel. +44 7700 900652",
    lines=[
        L("MAULTASCHEN-TK", 6),
        L("SPAETZLE-TROCKEN", 2),
        L("ROTHAUS-PILS", 5),
        L("KALT-HELL-FASS", 1, "50"),
    ],
    notes="KW 24, 2 kg, 5 kg, street number, postcode and phone are not quantities",
    tags=["signature", "number_in_name"],
)
M(
    C,
    "Betreff: Wie letzte Woche\n\nHallo zusammen, bitte wieder das Gleiche wie letzte Woche, nur zusätzlich "
    "2 Kasten Apfelschorle. Danke, M. Kübler",
    ref=dict(kind="last", add=[L("APFELSCHORLE", 2)]),
)
M(
    C,
    "Betreff: Nachtrag Mittwoch\n\nBitte noch 2 Eimer Senf und 3 Kisten Sprudel zur Mittwochslieferung dazu. "
    "Gruß Monika Kübler",
    lines=[L(None, 2, cands=SENF_EIMER, cv="5kg Eimer"), L("GEROLSTEINER-SPRUDEL", 3)],
    notes="'Eimer Senf' narrows the mustards to the two buckets (Händlmaier 5kg Eimer, Develey 5kg); 'Sprudel' is "
    "Gerolsteiner Sprudel",
    tags=["unit_word"],
)
M(
    C,
    "Betreff: Freitag\n\nGuten Morgen, für Freitag bitte 2 Eimer Weinsauerkraut, 3 Karton Trollinger-Lemberger und "
    "1 Karton Servietten bordeaux. Gruß aus der Küche, Monika",
    lines=[L("WEINSAUERKRAUT", 2), L("TROLLINGER", 3), L("SERVIETTEN-3L", 1, "bordeaux")],
    notes="bordeaux exists only for the 3-ply napkins",
)
M(
    C,
    "Betreff: Allergene\n\nSehr geehrte Damen und Herren,\nkönnten Sie uns bitte das Allergenblatt zu den "
    "Schwäbischen Maultaschen und den Schupfnudeln schicken? Die Lebensmittelkontrolle kommt am 20.6.\n\n"
    "Monika Kübler",
    intent="QUESTION",
    notes="allergen sheet request",
    tags=["non_order_request"],
)
M(
    C,
    "Betreff: Änderung Bestellung Mittwoch\n\nBitte bei der Mittwochslieferung das Fass Helles auf 30 Liter statt "
    "50 Liter ändern. Danke!",
    intent="CHANGE",
    change=[L("KALT-HELL-FASS", 1, "30"), L("KALT-HELL-FASS", 0, "50")],
    notes="the Wednesday keg becomes a 30L keg",
    tags=["number_in_name"],
)
M(
    C,
    "Betreff: Nachbestellung\n\nBitte 2 Karton Servietten und 1 Beutel Schupfnudeln zusätzlich liefern.",
    lines=[L(None, 2, cands=NAPKINS), L("SCHUPFNUDELN-TK", 1)],
    notes="'Servietten' fits the 3-ply napkins (four colours) and the dispenser napkins",
)
M(
    C,
    "Betreff: Betriebsferien\n\nLiebes Team, unser Gasthaus ist vom 31.7. bis 14.8. geschlossen. In dieser Zeit "
    "bitte keine Lieferungen. Viele Grüße, Familie Kübler",
    intent="OTHER",
    notes="closure notice",
)
M(
    C,
    "Betreff: Bestellung Freitag\n\nGuten Tag, bitte für Freitag 3 Beutel Käsespätzle, 4 Kisten Gerolsteiner "
    "Sprudel und 2 Eimer Apfelrotkohl.\nFreundliche Grüße\nM. Kübler",
    lines=[L("KAESESPAETZLE-TK", 3), L("GEROLSTEINER-SPRUDEL", 4), L("ROTKOHL", 2)],
)
M(
    C,
    "Betreff: Kuchen fürs Wochenende\n\nHallo, bitte zum Samstag 2 Schwarzwälder Kirschtorten und 3 Apfelstrudel "
    "(TK). Danke!",
    lines=[L("KIRSCHTORTE-TK", 2), L("APFELSTRUDEL-TK", 3)],
    notes="each cake and each strudel is one unit",
)

# ============================================================ Bäckerei Brandl (Munich bakery, SMS)
C = "baeckerei-brandl"
M(
    C,
    "Servus, fia Mittwoch: 10 Sack 550er, 3 Sack Roggen 1150, 2 Kanister Lauge und 5 Beutel Brezensalz. "
    "Pfiat di, Sepp",
    lines=[L("MEHL-550", 10), L("ROGGEN-1150", 3), L("BREZELLAUGE-5L", 2), L("BREZELSALZ-1", 5)],
    notes="550 and 1150 are flour types, not quantities",
    tags=["dialect", "number_in_name"],
)
M(
    C,
    "Bitte 4 Sack Roggenmehl und 3 Karton Hefe fia Freitag",
    lines=[L(None, 4, cands=["ROGGEN-997", "ROGGEN-1150"]), L("HEFE-FRISCH", 3)],
    notes="'Roggenmehl' fits Type 997 and Type 1150; 'Karton Hefe' is the fresh yeast (dry yeast comes by the pack)",
    tags=["unit_word"],
)
M(
    C,
    "75 kg vom 405er und 100 kilo Roggen 1150 bittschön",
    lines=[L("MEHL-405", 3, "25"), L("ROGGEN-1150", 4)],
    notes="75 kg of 405 read as 3 sacks of 25kg (no whole number of 10kg sacks; a clerk would not mix sizes); "
    "100 kg of 1150 are 4 sacks of 25kg",
    tags=["weight", "dialect"],
)
M(
    C,
    "Habts ihr a Ruchmehl? Fragt a Schweizer Kundin von uns.",
    intent="QUESTION",
    notes="Ruchmehl is not stocked",
    tags=["dialect"],
)
M(
    C,
    "Fia Sa 17.6. bitte 2 Karton Bäckertüten Nr. 1 und 1 Karton Backpapier 40x60. Merci",
    lines=[L("BAECKERTUETEN", 2, "1"), L("BACKPAPIER", 1)],
    tags=["number_in_name"],
)
M(
    C,
    "Wia imma, aber doppelt Lauge",
    ref=dict(kind="usual", double=["BREZELLAUGE-5L"]),
    notes="the usual with the lye doubled",
    tags=["dialect"],
)
M(
    C,
    "Vo de 10 Sack 550er san 2 feucht okemma, des Mehl is total klumpig. Bitte umtauschen.",
    intent="COMPLAINT",
    tags=["dialect"],
)
M(
    C,
    "Schick ma bitte no 1 Sack Dinkelmehl 25 kilo mit. Danke",
    lines=[L("DINKEL-630", 1, "25")],
    tags=["dialect"],
)
M(
    C,
    "Griaß Gott, morgen bittschön 2 Karton Frischhefe, 3 Sack Roggen 997 und 4 Karton Semmeltüten Nr. 2",
    lines=[L("HEFE-FRISCH", 2), L("ROGGEN-997", 3), L("BAECKERTUETEN", 4, "2")],
    tags=["dialect", "number_in_name"],
)

M(
    C,
    "Fia nächste Woch 3 x 25 kg 550er und 2 x 10 kg vom 405er, bittschön",
    lines=[L("MEHL-550", 3), L("MEHL-405", 2, "10")],
    notes="'3 x 25 kg' are three 25kg sacks; '2 x 10 kg' two 10kg sacks",
    tags=["pack", "number_in_name", "dialect"],
)

# ============================================================ Biergarten am Kaltenriedsee (WhatsApp)
C = "biergarten-see"
M(
    C,
    "Griaß eich, fürn Samstag bräucht i acht Fuchzger Kaltenrieder Hell zwoa Weißbierfassl Fuchzger vier Karton "
    "Riesenbrezn und zehn Packl Weißwürscht",
    lines=[
        L("KALT-HELL-FASS", 8, "50"),
        L("PAULANER-WEISS-FASS", 2, "50"),
        L("BREZEL-TK", 4, "xl"),
        L("WEISSWURST-10", 10),
    ],
    notes="'Fuchzger' is a 50-litre keg; the only Weißbier keg is Paulaner",
    tags=["spoken", "dialect"],
)
M(
    C,
    "Nachbestellung fürs Wochenende: 5 Kasten Radler und 6 Kasten Spezi",
    lines=[L(None, 5, cands=["STIEGL-RADLER", "KALT-RADLER"]), L("PAULANER-SPEZI", 6)],
    notes="'Radler' fits Stiegl Radler and Kaltenrieder Radler, both sold by the case (the Stiegl case holds 24 cans); "
    "'Kasten' does not choose between them",
)
M(
    C,
    "Bitte am Freitag 40 Becher Obatzda",
    lines=[L("OBATZDA", 40)],
    outlier=True,
    notes="outlier: the usual is 3 tubs, no reason given; corrected to 4 by a later message",
)
M(
    C,
    "Sorry, beim Obatzda hab i mi vertippt: 4 Becher, ned 40!",
    intent="CHANGE",
    change=[L("OBATZDA", 4)],
    notes="corrects Friday's Obatzda to 4",
    tags=["dialect"],
)
M(
    C,
    "Für d' Bedienungen no 40 Halbe Tegernseer in Flaschen",
    lines=[L("TEGERNSEER-HELL", 2)],
    notes="40 half-litre bottles are 2 crates of 20",
    tags=["container", "dialect"],
)
M(
    C,
    "I hätt gern gwusst, ob ihr am Sonntag a liefert? Mir ham Sommerfest am 25.",
    intent="QUESTION",
    tags=["non_order_request", "dialect"],
)
M(
    C,
    "24 Glasl Händlmaier und 6 Leberkas, de großen Laib mit 3 Kilo",
    lines=[L("SENF-HAENDLMAIER", 24, "glas"), L("LEBERKAESE", 6, "3")],
    notes="'Glasl' is the 335ml jar; 'de großen Laib mit 3 Kilo' is the 3kg loaf",
    tags=["dialect"],
)
M(
    C,
    "Wie letzte Woch, bloß 2 Fuchzger Helles mehr",
    ref=dict(kind="last", add=[L("KALT-HELL-FASS", 2, "50")]),
    notes="'Fuchzger Helles': the only Helles in kegs is Kaltenrieder",
    tags=["dialect"],
)
M(C, "Danke für die schnelle Lieferung gestern, hat alles passt! 🍺", intent="OTHER", tags=["emoji"])
M(
    C,
    "Fürn Sonntag: 4 Karton Riesenbrezn, 5 Leberkäs-Laib à 3 Kilo, 2 Kartons Bierfilzl",
    lines=[L("BREZEL-TK", 4, "xl"), L("LEBERKAESE", 5, "3"), L("BIERDECKEL", 2)],
    tags=["dialect"],
)
M(
    C,
    "Sprachnachricht: ja servus do is da Wast vom Biergarten mia bräuchadn no drei Fuchzger Helles zwoa Kisten "
    "Spezi und zwanzg Packl Weißwürscht pfiat di",
    lines=[L("KALT-HELL-FASS", 3, "50"), L("PAULANER-SPEZI", 2), L("WEISSWURST-10", 20)],
    notes="voice note transcript; 'Fuchzger Helles' is the Kaltenrieder 50L keg",
    tags=["voice", "spoken", "dialect"],
)
M(
    C,
    "Und no 6 Weißwürscht fürn Stammtisch am Sonntag",
    lines=[L("WEISSWURST-10", None, qnull="not_whole")],
    notes="6 Weißwürste are no whole pack of 10, and reading them as 6 packs would be a guess",
    tags=["count", "pack", "dialect"],
)
M(
    C,
    "Fürs Sommerfest 3 Karton Servietten in blau-weiß und 2 Karton Bierfilzl",
    lines=[L("SERVIETTEN-3L", 3, None, nofill=True), L("BIERDECKEL", 2)],
    notes="coloured napkins are the 3-ply ones, but blue-and-white is not one of their colours: ambiguous, a human "
    "must ask; never filled from history",
    tags=["dialect"],
)

# ============================================================ Curry-Eck Bochum (SMS)
C = "curry-eck"
M(
    C,
    "Tach! 4 Kartons Currywurst Schwein, 2 Kartons Hela und 12 Kilo grobe Bratwurst. Bis Donnerstag, danke",
    lines=[L("CURRYWURST-SCHWEIN-50", 4), L("KETCHUP-HELA", 2), L("BRATWURST-GROB-KG", 12)],
)
M(
    C,
    "Kollege, brauch 3 Karton Currywurst + 1 Karton Schalen",
    lines=[L(None, 3, cands=CURRY), L("PAPPTELLER", 1)],
    notes="'Currywurst' fits the pork and the beef currywurst; 'Schalen' are the Wurstschalen",
)
M(
    C,
    "Brauch noch 25 Bockwürste, geht dat bis morgen?",
    lines=[L("BOCKWURST-10", None, qnull="not_whole")],
    notes="25 Bockwürste is no whole number of packs of 10",
    tags=["count"],
)
M(
    C,
    "Was kostet bei euch Hela im 10-Kilo-Eimer? Hab bisher nur die Flaschen.",
    intent="QUESTION",
    notes="the 10kg bucket is not stocked",
)
M(
    C,
    "40 Bockwurst + 2 Pack Wiener für Freitag",
    lines=[L("BOCKWURST-10", 4), L("WIENER-20", 2)],
    notes="40 Bockwurst are 4 packs of 10",
    tags=["count"],
)
M(
    C,
    "Lieferung heute: 2 Flaschen Hela kaputt, der ganze Karton voll Ketchup. Bitte ersetzen.",
    intent="COMPLAINT",
)
M(
    C,
    "Bestellung für Freitag bitte komplett stornieren, Laden bleibt zu wegen Wasserschaden.",
    intent="CANCEL",
)
M(
    C,
    "Ich hätte gern 3 Kisten Spezi und 2 Karton Senfbeutel für Samstag",
    lines=[L("PAULANER-SPEZI", 3), L("SENF-PORTION", 2)],
    tags=["non_order_request"],
)
M(
    C,
    "Und 2 Kanister Spülmittel bitte mit drauf",
    lines=[L(None, 2, nic="Spülmittel")],
    notes="cleaning products are not stocked",
)

# ============================================================ Betriebskantine Weber (e-mail)
C = "kantine-weber"
M(
    C,
    "Betreff: Bestellung Kantine Weber – Lieferung Montag 19.06.\n\nSehr geehrte Damen und Herren,\n\nfür die "
    "Kalenderwoche 25 bestellen wir:\n1. Kaisersemmeln TK – 4 Kartons\n2. Leberkäse 3 kg – 5 Laibe\n"
    "3. Kartoffelsalat mit Mayonnaise – 2 Eimer\n4. Apfelrotkohl – 1 Eimer\n5. Gerolsteiner Naturell – 12 Kisten\n\n"
    "Anlieferung bitte an Tor 3 ab 6:30 Uhr.\n\nMit freundlichen Grüßen\nJana Roth\nBetriebskantine Weber "
    "Maschinenbau GmbH\nTel. 020 7946 0656",
    lines=[
        L("KAISERSEMMEL-TK", 4),
        L("LEBERKAESE", 5, "3"),
        L("KARTOFFELSALAT-MAYO", 2),
        L("ROTKOHL", 1),
        L("GEROLSTEINER-NATURELL", 12),
    ],
    notes="list numbering, 19.06., KW 25, Tor 3, 6:30 and the phone are not quantities",
    tags=["signature", "number_in_name"],
)
M(
    C,
    "Betreff: Nachtrag Montag\n\nBitte ergänzen Sie die Montagslieferung um 3 Kartons Knödel und 2 Boxen "
    "Einmalhandschuhe Größe M.\n\nJ. Roth",
    lines=[L(None, 3, cands=KNOEDEL), L(None, 2, cands=GLOVES, cv="M")],
    notes="'Knödel' fits Semmel-, Kartoffel- and Speckknödel; 'Einmalhandschuhe Größe M' fits nitrile and vinyl M",
)
M(
    C,
    "Betreff: Bestellung KW 25\n\nBitte wie üblich, jedoch ohne Rotkohl und mit 6 Eimern Sauerkraut statt 2 "
    "(Aktionswoche Schlachtplatte).\n\nMit freundlichen Grüßen\nJana Roth",
    ref=dict(kind="usual", remove=["ROTKOHL"], set=[("SAUERKRAUT", None, 6)]),
    notes="the usual without Rotkohl and with 6 buckets of Sauerkraut; the reason explains the increase",
)
M(
    C,
    "Betreff: Rechnung 2028-4471\n\nKönnten Sie uns bitte eine Kopie der Rechnung 2028-4471 zusenden? Unsere "
    "Buchhaltung findet sie nicht.",
    intent="QUESTION",
    notes="invoice copy request",
    tags=["non_order_request"],
)
M(
    C,
    "Betreff: Zusatzbestellung\n\nKönnten Sie zusätzlich 2 x 40 Semmelknödel (120 g) und 3 Beutel TK-Spätzle "
    "à 2,5 kg mitliefern?",
    lines=[L("SEMMELKNOEDEL-TK", 2, "120"), L("SPAETZLE-TK", 3)],
    notes="'2 x 40' is two boxes of 40; 2,5 kg is the bag size",
    tags=["pack", "non_order_request", "number_in_name"],
)
M(
    C,
    "Betreff: Neue Ansprechpartnerin\n\nAb 1. Juli ist Frau Petra Lindner (petra.lindner@weber-maschinenbau.example, "
    "020 7946 0657) für die Kantinenbestellungen zuständig.",
    intent="OTHER",
    notes="new contact",
)
M(
    C,
    "Betreff: Sommerfest\n\nFür unser Sommerfest am 30.6. (ca. 400 Mitarbeiter) benötigen wir 8-10 Laibe "
    "Leberkäse 3 kg und 6 Kartons Brezeln Standard.",
    lines=[L("LEBERKAESE", None, "3", qnull="range"), L("BREZEL-TK", 6, "std")],
    notes="'8-10 Laibe' is a range; 400 is a head count",
    tags=["range"],
)
M(
    C,
    "Betreff: Handschuhe\n\nBitte liefern Sie mit der nächsten Tour 4 Boxen Nitrilhandschuhe Größe M und 2 Boxen "
    "in Größe L.",
    lines=[L("HANDSCHUHE-NITRIL", 4, "M"), L("HANDSCHUHE-NITRIL", 2, "L")],
)
M(
    C,
    "Betreff: Bestellung Freitag\n\nSehr geehrtes Team,\nbitte liefern Sie am Freitag 6 Beutel Maultaschen à 2 kg, "
    "3 Kartons Kartoffelknödel und 2 Eimer Sauerkraut 10 kg.\n\nFreundliche Grüße\nJana Roth",
    lines=[L("MAULTASCHEN-TK", 6), L("KARTOFFELKNOEDEL-TK", 3), L("SAUERKRAUT", 2, "10")],
)
M(
    C,
    "Betreff: Getränke Betriebsversammlung\n\nFür die Betriebsversammlung (ca. 300 Personen) bitte 120 Flaschen "
    "Apfelschorle (0,5 l) und 10 Kisten Gerolsteiner Medium.",
    lines=[L("APFELSCHORLE", 6), L("GEROLSTEINER-MEDIUM", 10)],
    notes="120 bottles of 0,5 l are 6 crates of 20",
    tags=["container"],
)
M(
    C,
    "Betreff: WG: Bestellung Küche\n\nBitte so liefern, danke. J. Roth\n\n---------- Weitergeleitete Nachricht "
    "----------\nVon: Küchenchef Weber\nBetreff: Bestellung Küche\n\n3 Kartons Kaisersemmeln, 2 Eimer "
    "Kartoffelsalat mit Mayo, 4 Beutel TK-Spätzle",
    lines=[L("KAISERSEMMEL-TK", 3), L("KARTOFFELSALAT-MAYO", 2), L("SPAETZLE-TK", 4)],
    notes="the order is in the forwarded part",
    tags=["forwarded"],
)
M(
    C,
    "Betreff: Stornierung\n\nBitte stornieren Sie unsere Bestellung für Freitag, die Kantine bleibt wegen eines "
    "Stromausfalls geschlossen.",
    intent="CANCEL",
)

# ============================================================ Gasthof Kogler (Tyrol, WhatsApp)
C = "gasthof-kogler"
M(
    C,
    "Griaß di! Für Freitag bitte 7 Tragerl Gösser, 2 Fassl Gösser, 3 Karton Speckknödel und 4 Beutel Kasspatzln. "
    "Danke, Vroni",
    lines=[L("GOESSER-KISTE", 7), L("GOESSER-FASS", 2), L("SPECKKNOEDEL-TK", 3), L("KAESESPAETZLE-TK", 4)],
    notes="'Tragerl' is the crate (Kiste), 'Fassl' the keg: the unit words split the two Gösser products",
    tags=["dialect", "unit_word"],
)
M(
    C,
    "Bitte no 6 Flaschn Schnaps fürs Stüberl, gemischt, und 2 Tragerl Almdudler",
    lines=[L(None, 6, cands=SCHNAPS), L("ALMDUDLER", 2)],
    notes="'Schnaps, gemischt' names no kind: any of the six spirits",
    tags=["dialect"],
)
M(
    C,
    "Wia imma für Freitag, owa 2 Apfelstrudel mehr",
    ref=dict(kind="usual", add=[L("APFELSTRUDEL-TK", 2)]),
    tags=["dialect"],
)
M(
    C,
    "Bitte 4 kg Südtiroler Speck, 3 Karton Veltliner in 0,75 und 6 Flaschn Zirbe",
    lines=[L("SPECK-SUEDTIROL-KG", 4), L("GRUENER-VELTLINER", 3, "075"), L("ZIRBE", 6)],
    tags=["dialect"],
)
M(
    C,
    "Beim Gösser-Fassl vom Dienstag war da Zapfkopf undicht, hat de halbe Nacht tropft. Bitte wen vorbeischicken.",
    intent="COMPLAINT",
    tags=["dialect"],
)
M(
    C,
    "Schick ma 2 Kartons Semmelknödel und 2 Tragerl Almdudler",
    lines=[L("SEMMELKNOEDEL-TK", 2, None), L("ALMDUDLER", 2)],
    notes="Semmelknödel come in 70g and 120g; the size is not given",
    tags=["dialect"],
)
M(
    C,
    "Habts ihr den Veltliner a im Doppler?",
    intent="QUESTION",
    notes="the 2-litre Doppler is not stocked",
    tags=["dialect"],
)
M(
    C,
    "Mia ham ab 1. Juli a neue Handynummer: +44 7700 900690. Liabe Grüße, Vroni Kogler",
    intent="OTHER",
    notes="new phone number",
    tags=["dialect"],
)
M(
    C,
    "Für Mittwoch no 3 Flaschn Enzian – na, mach 4 –, 2 Flaschn Obstler und 4 Apfelstrudel",
    lines=[L("ENZIAN", 4), L("OBSTLER", 2), L("APFELSTRUDEL-TK", 4)],
    notes="self-correction: 4 bottles of Enzian",
    tags=["self_correction", "dialect"],
)

# ============================================================ Beisl Zum Roten Hahn (Vienna, SMS)
C = "beisl-ottakring"
M(
    C,
    "Servas, fürn Donnerstag: 6 Kisterl Stiegl Goldbräu, 1 Fassl Gösser, 3 Kilo Blunzn und 2 Kübel "
    "Grammelschmalz. Baba, Ferdl",
    lines=[L("STIEGL-GOLD", 6), L("GOESSER-FASS", 1), L("BLUTWURST-KG", 3), L("SCHMALZ", 2)],
    notes="'Blunzn' is Blutwurst, 'Grammelschmalz' Griebenschmalz, 'Kübel' the tub",
    tags=["dialect"],
)
M(
    C,
    "Und 5 Karton Rotwein bitte, plus 2 Glasl Kren",
    lines=[L(None, 5, cands=["TROLLINGER", "ZWEIGELT"]), L("KREN", 2)],
    notes="'Rotwein' fits Trollinger and Zweigelt",
    tags=["dialect"],
)
M(
    C,
    "zwa Fassl Gösser drei Kisten Goldbräu a Flaschn Marille und vier Glasl Kren",
    lines=[L("GOESSER-FASS", 2), L("STIEGL-GOLD", 3), L("MARILLE", 1), L("KREN", 4)],
    notes="'a Flaschn' is one bottle",
    tags=["spoken", "dialect"],
)
M(C, "Wie letzte Woch, owa ohne Schmalz", ref=dict(kind="last", remove=["SCHMALZ"]), tags=["dialect"])
M(C, "Is der Obstler no im Angebot oder scho aus?", intent="QUESTION", tags=["dialect"])
M(
    C,
    "Bitte 3 Kartons Veltliner in de Literflaschen und 2 Kartons Zweigelt",
    lines=[L("GRUENER-VELTLINER", 3, "1l"), L("ZWEIGELT", 2)],
    tags=["dialect"],
)
M(
    C,
    "Statt 3 Kilo Blunzn san nur 2 kumma, auf da Rechnung stengan owa 3.",
    intent="COMPLAINT",
    tags=["dialect"],
)
M(
    C,
    "12 Dosen Stiegl Radler bitte, fürn Gastgarten",
    lines=[L("STIEGL-RADLER", None, qnull="not_whole")],
    notes="12 cans are half a case of 24",
    tags=["container"],
)
M(
    C,
    "Brauch bis Freitag 4 Kisterl Gösser und 2 Flaschen Williams",
    lines=[L("GOESSER-KISTE", 4), L("WILLIAMS", 2)],
    notes="'Kisterl Gösser' is the crate",
    tags=["unit_word", "dialect"],
)
M(
    C,
    "Fürn Freitag: 2 Kilo Blunzn, 1,5 Kilo Presswurst und 3 Glasl Kren",
    lines=[L("BLUTWURST-KG", 2), L("PRESSACK-KG", 1.5), L("KREN", 3)],
    notes="sold by the kg, so 1,5 kg is a quantity",
    tags=["weight", "dialect"],
)

# ============================================================ Würstelstand Zum Hansi (Vienna, WhatsApp)
C = "wuerstelstand-hansi"
M(
    C,
    "Servus! 15 Packl Eitrige, 6 Packl Frankfurter und 4 Packl Debreziner für morgen bitte 🌭",
    lines=[L("KAESEKRAINER-10", 15), L("WIENER-20", 6), L("DEBREZINER-10", 4)],
    notes="'Eitrige' is Viennese for Käsekrainer; in Austria 'Frankfurter' are the Wiener Würstchen",
    tags=["dialect", "emoji"],
)
M(
    C,
    "120 Käsekrainer und 40 Frankfurter, bis Mittwoch",
    lines=[L("KAESEKRAINER-10", 12), L("WIENER-20", 2)],
    notes="120 Käsekrainer are 12 packs of 10; 40 Frankfurter are 2 packs of 20",
    tags=["count"],
)
M(
    C,
    "Schick ma übermorgen 60 Packl Debreziner",
    lines=[L("DEBREZINER-10", 60)],
    outlier=True,
    notes="outlier: the usual is 4 packs, no reason given; cancelled by a later message",
    tags=["dialect"],
)
M(
    C,
    "Vergiss de Debreziner-Bestellung von vorhin, war a Tippfehler. Bitte stornieren.",
    intent="CANCEL",
    tags=["dialect"],
)
M(
    C,
    "2 Kübel Senf und 3 Tragerl Almdudler",
    lines=[
        L(None, 2, cands=["SENF-HAENDLMAIER", "SENF-DEVELEY", "SENF-MAUTNER"], cv="5kg Eimer"),
        L("ALMDUDLER", 3),
    ],
    notes="'Kübel Senf' fits the three mustards in buckets (Händlmaier 5kg Eimer, Develey 5kg, Mautner 900g Kübel)",
    tags=["unit_word", "dialect"],
)
M(
    C,
    "Hallo Schatzi, kannst am Heimweg no a Milch und 2 Semmeln mitnehmen? ❤️",
    intent="OTHER",
    notes="private message sent to the wrong chat",
    tags=["misdirected", "emoji"],
)
M(
    C,
    "Des Übliche für Samstag, plus 2 Packl Käsekrainer",
    ref=dict(kind="usual", add=[L("KAESEKRAINER-10", 2)]),
    tags=["dialect"],
)
M(
    C,
    "5 Paar Frankfurter extra bitte",
    lines=[L("WIENER-20", None, qnull="not_whole")],
    notes="5 Paar are 10 sausages, half a pack of 20",
    tags=["count", "dialect"],
)
M(
    C,
    "Für Montag: 10 Packl Eitrige, 5 Packl Debreziner, 3 Tragerl Almdudler, 2 Karton Kaisersemmeln",
    lines=[L("KAESEKRAINER-10", 10), L("DEBREZINER-10", 5), L("ALMDUDLER", 3), L("KAISERSEMMEL-TK", 2)],
    tags=["dialect"],
)

# ============================================================ Konditorei Aigner (Salzburg, e-mail)
C = "konditorei-aigner"
M(
    C,
    "Betreff: Bestellung Konditorei Aigner\n\nGrüß Gott,\nbitte liefern Sie uns am Dienstag:\n4 Sack glattes Mehl "
    "405 (10 kg)\n2 Sack griffiges Mehl\n1 Karton Germwürfel\n5 Karton Faschingskrapfen\n\nMit besten Grüßen\n"
    "Theresa Aigner\nKonditorei Aigner, Mühlbachgasse 7, 5020 Salzburg\nTel. +44 7700 900660",
    lines=[L("MEHL-405", 4, "10"), L("MEHL-W700", 2), L("HEFE-FRISCH", 1), L("BERLINER-TK", 5)],
    notes="'Germwürfel' is fresh yeast; 'Faschingskrapfen' are the Berliner",
    tags=["signature", "number_in_name"],
)
M(
    C,
    "Betreff: Nachbestellung\n\nBitte noch 2 Sack Dinkelmehl und 3 Topfenstrudel dazu.\n\nT. Aigner",
    lines=[L("DINKEL-630", 2, None), L("TOPFENSTRUDEL-TK", 3)],
    notes="Dinkelmehl comes in 10kg and 25kg sacks; the size is not given",
)
M(
    C,
    "Betreff: Wochenbestellung\n\nWie gewohnt, nur bitte 4 Kaiserschmarrn statt 2 und keine Servietten. "
    "Danke!\n\nTheresa Aigner",
    ref=dict(kind="usual", set=[("KAISERSCHMARRN-TK", None, 4)], remove=["SERVIETTEN-3L"]),
)
M(
    C,
    "Betreff: Anfrage Marillen\n\nFühren Sie auch Marillenmarmelade im 3-kg-Kübel? Bitte um Preis.",
    intent="QUESTION",
    notes="apricot jam is not stocked",
)
M(
    C,
    "Betreff: Sommerfest\n\nFür unser Sommerfest am Samstag, 24.6., zusätzlich 10 Strudel und 6 Karton Krapfen.",
    lines=[L(None, 10, cands=["APFELSTRUDEL-TK", "TOPFENSTRUDEL-TK"]), L("BERLINER-TK", 6)],
    notes="'Strudel' fits Apfel- and Topfenstrudel",
)
M(
    C,
    "Betreff: Reklamation Lieferung vom 13.6.\n\nDie Krapfen (2 Kartons) waren angetaut und teilweise zerdrückt. "
    "Wir bitten um Gutschrift.\n\nTheresa Aigner",
    intent="COMPLAINT",
)
M(
    C,
    "Betreff: Germ\n\nBitte 100 Germwürfel und 1 Karton Backpapier zur Dienstagslieferung.",
    lines=[L("HEFE-FRISCH", 2), L("BACKPAPIER", 1)],
    notes="100 yeast cubes are 2 boxes of 50",
    tags=["count"],
)
M(
    C,
    "Betreff: Bestellung Freitag\n\nBitte 3 Topfenstrudel, 3 Apfelstrudel, 2 Beutel Kaiserschmarrn und 2 Kartons "
    "Servietten weiß (3-lagig).",
    lines=[
        L("TOPFENSTRUDEL-TK", 3),
        L("APFELSTRUDEL-TK", 3),
        L("KAISERSCHMARRN-TK", 2),
        L("SERVIETTEN-3L", 2, "weiss"),
    ],
    notes="'3-lagig' names the 3-ply napkins",
)

# ============================================================ Metzgerei Brunner (St. Gallen, e-mail)
C = "metzgerei-brunner"
M(
    C,
    "Betreff: Bestellung Metzgerei Brunner\n\nGrüezi miteinander\n\nFür Donnerstag bestellen wir:\n- 10 Pack "
    "St. Galler Kalbsbratwürste\n- 12 Pack Cervelats\n- 3 Kartons Landjäger\n- 2 Kartons Thomy Senf\n\n"
    "Freundliche Grüsse\nUrs Brunner\nMetzgerei Brunner AG, Multergasse 9, 9000 St. Gallen",
    lines=[L("KALBSBRAT-10", 10), L("CERVELAT-10", 12), L("LANDJAEGER-20", 3), L("SENF-THOMY", 2)],
    tags=["signature"],
)
M(
    C,
    "Betreff: Nachtrag\n\nBitte noch 40 Paar Landjäger und 1 Karton Züpfe.\n\nU. Brunner",
    lines=[L("LANDJAEGER-20", 2), L("ZOPF-TK", 1)],
    notes="40 pairs are 2 boxes of 20 pairs; 'Züpfe' is the Bernese word for the Butterzopf",
    tags=["count"],
)
M(
    C,
    "Betreff: Anfrage und Bestellung\n\nHabt ihr Bürli (TK)? Falls ja, 3 Kartons. Sonst nur die 2 Kartons "
    "Metzgerpapier.",
    lines=[L(None, 3, nic="Bürli"), L("METZGERPAPIER", 2)],
    conditional=True,
    notes="conditional order on an item that is not stocked",
)
M(
    C,
    "Betreff: Bestellung KW 25\n\nGleich wie letzte Woche, aber ohne Raclette und zusätzlich 2 Boxen Handschuhe XL.",
    ref=dict(kind="last", remove=["RACLETTE-KG"], add=[L("HANDSCHUHE-NITRIL", 2, "XL")]),
    notes="'Handschuhe XL' can only be the nitrile gloves (vinyl comes in M and L)",
)
M(
    C,
    "Betreff: Lieferung Samstag\n\nIch möchte gerne wissen, ob Sie am Samstag, 1. Juli, auch nach St. Gallen "
    "liefern.\n\nFreundliche Grüsse, U. Brunner",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    C,
    "Betreff: Raclette\n\n7,5 kg Raclettekäse und 4 kg Emmentaler für Freitag, bitte.",
    lines=[L("RACLETTE-KG", 7.5), L("EMMENTALER-KG", 4)],
    notes="cheese is sold by the kg",
    tags=["weight"],
)
M(
    C,
    "Betreff: Zahlung Rechnung 58812\n\nGuten Tag, die Rechnung 58812 über EUR 1'284.50 haben wir heute "
    "überwiesen. Freundliche Grüsse, U. Brunner",
    intent="OTHER",
    notes="payment notice",
)
M(
    C,
    "Betreff: Bestellung Samstag\n\n5 kg Bauchspeck, 3 kg Kochschinken und 6 Pack Cervelat. Besten Dank.",
    lines=[L("BAUCHSPECK-KG", 5), L("KOCHSCHINKEN-KG", 3), L("CERVELAT-10", 6)],
)

# ============================================================ Beiz zum Sternen (Appenzell, WhatsApp)
C = "beiz-sternen"
M(
    C,
    "Hoi zäme, für Friitig bruuched mir 7 Harass Quöllfrisch, 3 Harass Rivella rot und 4 Fläsche Chriesi. "
    "Merci vielmal, Ruedi",
    lines=[L("QUOELLFRISCH", 7), L("RIVELLA", 3, "rot"), L("KIRSCHWASSER", 4)],
    notes="'Harass' is the Swiss crate; 'Chriesi' is Kirschwasser",
    tags=["dialect", "unit_word"],
)
M(
    C,
    "Chönnted ihr no 2 Harass Rivella mitnäh?",
    lines=[L("RIVELLA", 2, None)],
    notes="Rivella comes in red, blue and green; the colour is not given",
    tags=["non_order_request", "dialect"],
)
M(
    C,
    "sechs Harass Quöllfrisch zwei Harass Rivella blau drü Kilo Emmentaler und zwöi Säckli Chnöpfli",
    lines=[L("QUOELLFRISCH", 6), L("RIVELLA", 2, "blau"), L("EMMENTALER-KG", 3), L("KNOEPFLE-TK", 2)],
    notes="number words in Swiss German ('drü', 'zwöi')",
    tags=["spoken", "dialect"],
)
M(
    C,
    "'s gliiche wie letscht Wuche bitte, eifach en Harass Quöllfrisch meh",
    ref=dict(kind="last", add=[L("QUOELLFRISCH", 1)]),
    tags=["dialect"],
)
M(C, "Händ ihr au Appenzeller Alpenbitter?", intent="QUESTION", notes="not stocked", tags=["dialect"])
M(
    C,
    "Bitte no 12 Fläschli Rivella rot",
    lines=[L("RIVELLA", None, "rot", qnull="not_whole")],
    notes="12 bottles are half a case of 24",
    tags=["container", "dialect"],
)
M(C, "Bim letschte Harass Quöllfrisch sind 3 Fläsche kaputt gsi.", intent="COMPLAINT", tags=["dialect"])
M(
    C,
    "1 Karton Bierdeckeli und 2 Karton Landjäger, merci",
    lines=[L("BIERDECKEL", 1), L("LANDJAEGER-20", 2)],
    tags=["dialect"],
)
M(
    C,
    "Für Samschtig: 2 Fläsche Enzian, 3 Kilo Bergchäs und 5 Harass Quöllfrisch",
    lines=[L("ENZIAN", 2), L("BERGKAESE-KG", 3), L("QUOELLFRISCH", 5)],
    tags=["dialect"],
)
M(
    C,
    "Bitte 4 Fläsche Kirsch und 2 Harass Rivella grüen",
    lines=[L("KIRSCHWASSER", 4), L("RIVELLA", 2, "gruen")],
    tags=["dialect"],
)

# ============================================================ Beck Meier (Winterthur, SMS)
C = "beck-meier"
M(
    C,
    "Grüezi, bitte 3 Sack Dinkel 630 à 25kg, 5 Sack Weissmehl 550, 2 Karton Frischhefe. Gruess Beat",
    lines=[L("DINKEL-630", 3, "25"), L("MEHL-550", 5), L("HEFE-FRISCH", 2)],
    notes="630 and 550 are flour types",
    tags=["number_in_name"],
)
M(
    C,
    "Händ ihr Ruchmehl? Denn 4 Sack bitte, susch nüt",
    lines=[L(None, 4, nic="Ruchmehl")],
    conditional=True,
    notes="conditional order; Ruchmehl is not stocked",
    tags=["dialect"],
)
M(
    C,
    "6 Sack Mehl und 1 Kanister Lauge bis Mittwoch",
    lines=[L(None, 6, cands=FLOURS), L("BREZELLAUGE-5L", 1)],
    notes="bare 'Mehl' fits every flour",
)
M(
    C,
    "20 kg Dinkelmehl für de Zopfkurs am Samstig",
    lines=[L("DINKEL-630", 2, "10")],
    notes="20 kg are 2 sacks of 10kg (no whole number of 25kg sacks)",
    tags=["weight", "dialect"],
)
M(C, "Lieferschein 44017: 1 Beutel Sesam fehlt, isch aber verrechnet.", intent="COMPLAINT", tags=["dialect"])
M(
    C,
    "Bitte Papiersäckli Grösse 3, zwei Karton, und es Karton Backpapier",
    lines=[L("BAECKERTUETEN", 2, "3"), L("BACKPAPIER", 1)],
    notes="'Papiersäckli' are the paper bags; 'es Karton' is one box",
    tags=["dialect"],
)
M(
    C,
    "Bitte 2 Kanister Brezellauge und 3 Beutel Hagelsalz für morn",
    lines=[L("BREZELLAUGE-5L", 2), L("BREZELSALZ-1", 3)],
    tags=["dialect"],
)

# ============================================================ Yıldız Backstube (Turkish bakery, WhatsApp)
C = "yildiz-backstube"
M(
    C,
    "Merhaba abi, perşembeye 12 çuval 550 un, 3 koli yaş maya, 6 paket susam gönderir misin? Teşekkürler, Murat",
    lines=[L("MEHL-550", 12), L("HEFE-FRISCH", 3), L("SESAM-1", 6)],
    notes="'550 un' is Type 550; 'yaş maya' is fresh yeast; 'paket susam' the 1kg bag",
    tags=["non_order_request"],
)
M(
    C,
    "Abi 4 çuval un daha lazım, acil",
    lines=[L(None, 4, cands=FLOURS)],
    notes="bare 'un' (flour) fits every flour",
)
M(
    C,
    "Her zamanki siparişi cumaya gönder, artı 2 koli Brezel",
    ref=dict(kind="usual", add=[L("BREZEL-TK", 2, None)]),
    notes="the usual plus 2 boxes of Brezel, size not given",
)
M(
    C,
    "Cumartesi için 50 kilo 550 un ve 1 çuval tuz lütfen",
    lines=[L("MEHL-550", 2), L("SPEISESALZ-25", 1)],
    notes="50 kg are 2 sacks of 25kg; a sack of salt ('çuval tuz') is the 25kg table salt (Brezelsalz comes by the bag)",
    tags=["weight", "unit_word"],
)
M(
    C,
    "Abi tip 00 un var mı? Pizza için soruyorum, fiyatı ne kadar?",
    intent="QUESTION",
    notes="Tipo 00 is not stocked",
)
M(
    C,
    "2 kutu eldiven M beden ve 1 koli 2 numara kese kağıdı ekle lütfen",
    lines=[L(None, 2, cands=GLOVES, cv="M"), L("BAECKERTUETEN", 1, "2")],
    notes="'eldiven M' fits nitrile and vinyl gloves in M; '2 numara kese kağıdı' is the Nr. 2 bag",
)
M(C, "Dünkü teslimatta 2 çuval un yırtık geldi, her yer un oldu. Ne yapacağız?", intent="COMPLAINT")
M(
    C,
    "100 tane yaş maya küpü ve 2 koli pişirme kağıdı",
    lines=[L("HEFE-FRISCH", 2), L("BACKPAPIER", 2)],
    notes="100 yeast cubes are 2 boxes of 50",
    tags=["count"],
)
M(
    C,
    "Tadilat nedeniyle 26-28 Haziran arası kapalıyız, o günlerde teslimat olmasın.",
    intent="OTHER",
    notes="closure notice",
)
M(
    C,
    "Pazartesi: 8 çuval 550, 2 çuval 405 (25 kilo), 3 koli maya",
    lines=[L("MEHL-550", 8), L("MEHL-405", 2, "25"), L("HEFE-FRISCH", 3)],
    notes="yeast by the box ('koli maya') is the fresh yeast",
    tags=["unit_word", "number_in_name"],
)

# ============================================================ Anadolu Imbiss (Berlin, WhatsApp)
C = "anadolu-imbiss"
M(
    C,
    "Selam, yarın için 5 koli dana currywurst, 3 koli Hela ketçap ve 2 koli Schrippe",
    lines=[L("CURRYWURST-RIND-50", 5), L("KETCHUP-HELA", 3), L("SCHNITTBROETCHEN-TK", 2)],
    notes="'dana' (beef) names the beef currywurst; 'Schrippe' is the Schnittbrötchen",
)
M(
    C,
    "4 koli currywurst lazım abi",
    lines=[L(None, 4, cands=CURRY)],
    notes="'currywurst' without 'dana' fits the pork and the beef currywurst",
)
M(
    C,
    "2 koli sucuk ve 3 kasa ayran da ekle",
    lines=[L(None, 2, nic="Sucuk"), L(None, 3, nic="Ayran")],
    notes="sucuk and ayran are not stocked",
)
M(
    C,
    "Geçen haftaki siparişin aynısı, ama ketçap 4 koli olsun",
    ref=dict(kind="last", set=[("KETCHUP-HELA", None, 4)]),
)
M(C, "Abi bir şey soracağım, faturayı nakit ödeyebilir miyim?", intent="QUESTION", tags=["non_order_request"])
M(
    C,
    "30 tane dana currywurst yeter bu hafta",
    lines=[L("CURRYWURST-RIND-50", None, qnull="not_whole")],
    notes="30 pieces are no whole number of boxes of 50",
    tags=["count"],
)
M(
    C,
    "Cuma teslimatını cumartesiye alabilir miyiz? Sipariş aynı kalsın.",
    intent="CHANGE",
    change=[],
    notes="moves the delivery day only",
    tags=["non_order_request"],
)
M(
    C,
    "2 koli karton tabak ve 1 koli dispenser peçetesi",
    lines=[L("PAPPTELLER", 2), L("SERVIETTEN-SPENDER", 1)],
    notes="'karton tabak' are the Wurstschalen; 'dispenser peçetesi' the dispenser napkins",
)
M(
    C,
    "Cumartesi için 4 koli rindercurrywurst, 3 kasa maden suyu ve 1 kutu nitril eldiven M",
    lines=[L("CURRYWURST-RIND-50", 4), L("GEROLSTEINER-SPRUDEL", 3), L("HANDSCHUHE-NITRIL", 1, "M")],
    notes="'maden suyu' is sparkling mineral water",
)

# ============================================================ Altın Fırın (Berlin-Neukölln bakery, SMS)
C = "altin-firin"
M(
    C,
    "Salı günü: 6 çuval 550, 2 çuval 1050, 2 çuval çavdar 997",
    lines=[L("MEHL-550", 6), L("MEHL-1050", 2), L("ROGGEN-997", 2)],
    notes="the numbers after the sacks are flour types; 'çavdar' is rye",
    tags=["number_in_name"],
)
M(
    C,
    "4 koli Brezel, 2 koli Laugenbrötchen",
    lines=[L("BREZEL-TK", 4, None), L("LAUGENBROETCHEN-TK", 2)],
    notes="Brezel size not given",
)
M(
    C,
    "altı çuval 550 dört paket kuru maya üç koli brezel standart iki paket susam",
    lines=[L("MEHL-550", 6), L("HEFE-TROCKEN", 4), L("BREZEL-TK", 3, "std"), L("SESAM-1", 2)],
    notes="Turkish number words start the items",
    tags=["spoken"],
)
M(
    C,
    "Yarın 40 tane Laugenbrötchen lazım",
    lines=[L("LAUGENBROETCHEN-TK", None, qnull="not_whole")],
    notes="40 pieces are half a box of 80",
    tags=["count"],
)
M(C, "Her zamanki gibi, ama susam yok", ref=dict(kind="usual", remove=["SESAM-1"]))
M(C, "Brezel 90 gramlık mı? Daha büyüğü var mı?", intent="QUESTION")
M(C, "Yarınki siparişi iptal et lütfen, fırın arızalı.", intent="CANCEL")
M(
    C,
    "Perşembe: 3 koli Brezel 90 gram, 2 koli Laugenbrötchen, 4 paket susam",
    lines=[L("BREZEL-TK", 3, "std"), L("LAUGENBROETCHEN-TK", 2), L("SESAM-1", 4)],
    tags=["number_in_name"],
)

# ============================================================ Pizzeria da Enzo (Munich, WhatsApp)
C = "pizzeria-da-enzo"
M(
    C,
    "Ciao! Per giovedì: 6 sacchi di farina 550, 1 cartone di lievito fresco, 5 casse di Augustiner e 4 kg di "
    "salame milano. Grazie, Enzo",
    lines=[L("MEHL-550", 6), L("HEFE-FRISCH", 1), L("AUGUSTINER-HELL", 5), L("SALAMI-MILANO-KG", 4)],
    tags=["number_in_name"],
)
M(
    C,
    "Avete farina tipo 00? Se sì mandatemi 5 sacchi, altrimenti niente",
    lines=[L(None, 5, nic="farina tipo 00")],
    conditional=True,
    notes="conditional order; Tipo 00 is not stocked and no substitute is given",
)
M(
    C,
    "2 casse di Weißbier e 3 kg di prosciutto cotto per venerdì",
    lines=[L("PAULANER-WEISS-KASTEN", 2), L("KOCHSCHINKEN-KG", 3)],
    notes="'casse' rules out the keg; the alcohol-free Weißbier carries its word, so the crate is the Hefe-Weißbier",
    tags=["unit_word"],
)
M(
    C,
    "3 kg di salame e 2 casse di acqua frizzante",
    lines=[L(None, 3, cands=SALAMI), L("GEROLSTEINER-SPRUDEL", 2)],
    notes="'salame' fits the three salamis; 'acqua frizzante' is the Gerolsteiner Sprudel",
)
M(
    C,
    "Come la settimana scorsa, ma 3 casse di Weißbier invece di 2",
    ref=dict(kind="last", set=[("PAULANER-WEISS-KASTEN", None, 3)]),
)
M(
    C,
    "Mi servono anche 48 bottiglie di Tannenzäpfle per la festa di sabato",
    lines=[L("ROTHAUS-PILS", 2)],
    notes="48 bottles are 2 crates of 24",
    tags=["container"],
)
M(C, "Vorrei sapere se consegnate anche la domenica mattina", intent="QUESTION", tags=["non_order_request"])
M(C, "Grazie mille per la consegna veloce di ieri 🙏", intent="OTHER", tags=["emoji"])
M(
    C,
    "Per sabato: 3 kg di prosciutto cotto, 2 kg di salame ungherese e 4 casse di acqua frizzante Gerolsteiner",
    lines=[L("KOCHSCHINKEN-KG", 3), L("SALAMI-UNGAR-KG", 2), L("GEROLSTEINER-SPRUDEL", 4)],
)

# ============================================================ Albergo Rosengarten (South Tyrol, e-mail)
C = "albergo-rosengarten"
M(
    C,
    "Oggetto: Ordine Albergo Rosengarten\n\nBuongiorno,\nvi preghiamo di consegnare venerdì:\n- 6 kg di speck "
    "dell'Alto Adige\n- 4 cartoni di canederli allo speck\n- 2 secchi di crauti da 5 kg\n- 3 strudel di mele\n\n"
    "Cordiali saluti\nLisa Pichler\nAlbergo Rosengarten, Via dei Larici 8, 39050 Tires (BZ)",
    lines=[
        L("SPECK-SUEDTIROL-KG", 6),
        L("SPECKKNOEDEL-TK", 4),
        L("SAUERKRAUT", 2, "5"),
        L("APFELSTRUDEL-TK", 3),
    ],
    tags=["signature", "number_in_name"],
)
M(
    C,
    "Oggetto: aggiunta\n\nAggiungete per favore 2 cartoni di canederli di pane e 1 fusto di Zwickl. Grazie",
    lines=[L("SEMMELKNOEDEL-TK", 2, None), L("KALT-ZWICKL-FASS", 1)],
    notes="'canederli di pane' are Semmelknödel, size not given",
)
M(
    C,
    "Oggetto: birra Forst\n\nAvete anche la birra Forst in fusti da 30 litri? Quanto costa?",
    intent="QUESTION",
    notes="Forst is not stocked",
)
M(
    C,
    "Oggetto: ordine settimanale\n\nCome al solito, ma senza crauti e con 8 kg di speck invece di 6.\n\nLisa Pichler",
    ref=dict(kind="usual", remove=["SAUERKRAUT"], set=[("SPECK-SUEDTIROL-KG", None, 8)]),
)
M(
    C,
    "Oggetto: formaggio\n\n5 kg di Bergkäse e 2 cartoni di Grüner Veltliner da 0,75, grazie.",
    lines=[L("BERGKAESE-KG", 5), L("GRUENER-VELTLINER", 2, "075")],
)
M(
    C,
    "Oggetto: reclamo\n\nNella consegna di martedì mancava un cartone di canederli allo speck, che però è in "
    "fattura.",
    intent="COMPLAINT",
)
M(
    C,
    "Oggetto: modifica ordine di venerdì\n\nPer l'ordine di venerdì: 5 strudel di mele invece di 3, per favore.",
    intent="CHANGE",
    change=[L("APFELSTRUDEL-TK", 5)],
    notes="Friday's Apfelstrudel goes from 3 to 5",
)
M(
    C,
    "Oggetto: ordine martedì\n\n1 fusto di Zwickl da 30 litri, 4 kg di Bergkäse e 2 bottiglie di Zirbe.",
    lines=[L("KALT-ZWICKL-FASS", 1), L("BERGKAESE-KG", 4), L("ZIRBE", 2)],
)

# ============================================================ Grotto del Sole (Ticino, WhatsApp)
C = "grotto-sole"
M(
    C,
    "Ciao! Per sabato 4 casse di Rivella rossa, 3 casse Quöllfrisch e 5 kg di raclette. Grazie, Gianni",
    lines=[L("RIVELLA", 4, "rot"), L("QUOELLFRISCH", 3), L("RACLETTE-KG", 5)],
)
M(
    C,
    "Mandatemi anche 2 casse di Rivella, per favore",
    lines=[L("RIVELLA", 2, None)],
    notes="colour not given",
)
M(
    C,
    "Aggiungete 3 bottiglie di grappa nostrana e 2 pacchi di cervelat",
    lines=[L(None, 3, nic="grappa nostrana"), L("CERVELAT-10", 2)],
    notes="grappa is not stocked",
)
M(
    C,
    "30 cervelat per la grigliata di domenica",
    lines=[L("CERVELAT-10", 3)],
    notes="30 cervelats are 3 packs of 10",
    tags=["count"],
)
M(C, "Come sempre per venerdì", ref=dict(kind="usual"))
M(C, "Avete il formaggio d'alpe ticinese?", intent="QUESTION", notes="not stocked")
M(
    C,
    "Per giovedì 2 cartoni di Zopf e 4 pacchi di cervelat, grazie mille",
    lines=[L("ZOPF-TK", 2), L("CERVELAT-10", 4)],
)
M(
    C,
    "due casse di quöllfrisch tre casse di rivella rossa un pacco di cervelat e quattro chili di raclette",
    lines=[L("QUOELLFRISCH", 2), L("RIVELLA", 3, "rot"), L("CERVELAT-10", 1), L("RACLETTE-KG", 4)],
    notes="Italian number words and 'un' start the items",
    tags=["spoken"],
)
M(
    C,
    "2 cartoni di tovaglioli verdi, grazie",
    lines=[L("SERVIETTEN-3L", 2, "gruen")],
    notes="green exists only for the 3-ply napkins (Tannengrün); the dispenser napkins are white",
)

# ============================================================ O'Dwyer's Irish Pub (Munich, WhatsApp)
C = "odwyers-pub"
M(
    C,
    "hey lads, for friday pls: 10 crates of augustiner, 4 x 30L kaltenrieder helles, 2 kegs paulaner weissbier "
    "30 litre and 6 bottles of jager 1L. cheers, Declan",
    lines=[
        L("AUGUSTINER-HELL", 10),
        L("KALT-HELL-FASS", 4, "30"),
        L("PAULANER-WEISS-FASS", 2, "30"),
        L("JAEGERMEISTER", 6, "1l"),
    ],
    notes="'4 x 30L' is four 30-litre kegs",
    tags=["pack"],
)
M(
    C,
    "can we get 3 kegs of helles for the match on saturday",
    lines=[L("KALT-HELL-FASS", 3, None)],
    notes="kegs of Helles can only be Kaltenrieder; 30L or 50L is not said",
    tags=["unit_word", "non_order_request"],
)
M(
    C,
    "6 jager pls + 2 boxes of pretzels",
    lines=[L("JAEGERMEISTER", 6, None), L("BREZEL-TK", 2, None)],
    notes="Jägermeister size and pretzel size not given",
)
M(
    C,
    "yeah hi its declan from o'dwyers uh we need eight crates of augustiner two kegs of the weissbier a box of "
    "pretzels and four packs of weisswurst thanks",
    lines=[
        L("AUGUSTINER-HELL", 8),
        L("PAULANER-WEISS-FASS", 2, None),
        L("BREZEL-TK", 1, None),
        L("WEISSWURST-10", 4),
    ],
    notes="voice note transcript; the only Weißbier keg is Paulaner, size not said; pretzel size not said",
    tags=["voice", "spoken"],
)
M(
    C,
    "I'd like to book a table for 8 on Saturday at 7pm please",
    intent="OTHER",
    notes="table booking sent to the wrong number",
    tags=["non_order_request", "misdirected"],
)
M(
    C,
    "same as last week but no weisswurst and double the pretzels",
    ref=dict(kind="last", remove=["WEISSWURST-10"], double=["BREZEL-TK"]),
)
M(
    C,
    "do you guys do Guinness kegs? got a few irish lads asking",
    intent="QUESTION",
    notes="Guinness is not stocked",
)
M(
    C,
    "40 bottles of augustiner + 12 jars of händlmaier + 2 crates alcohol free weissbier",
    lines=[L("AUGUSTINER-HELL", 2), L("SENF-HAENDLMAIER", 12, "glas"), L("PAULANER-WEISS-AF", 2)],
    notes="40 bottles are 2 crates of 20; jars of Händlmaier are the 335ml Glas",
    tags=["container"],
)
M(
    C,
    "can you make friday's helles kegs 50L instead of the 30s? same number",
    intent="CHANGE",
    change=[L("KALT-HELL-FASS", 4, "50"), L("KALT-HELL-FASS", 0, "30")],
    notes="Friday's four Helles kegs become 50L",
    tags=["non_order_request"],
)
M(
    C,
    "pls add 3 boxes of riesen pretzels and 4 packs of weisswurst to fridays order",
    lines=[L("BREZEL-TK", 3, "xl"), L("WEISSWURST-10", 4)],
    notes="addition to Friday's order",
)
M(C, "cancel saturday's kegs pls, the match got moved to next week", intent="CANCEL")

# ============================================================ Danube Backpackers Hostel (Vienna, e-mail)
C = "danube-hostel"
M(
    C,
    "Subject: Weekly order – Danube Backpackers\n\nHi there,\n\nPlease deliver on Tuesday:\n- 5 boxes Kaisersemmel\n"
    "- 2 boxes farmhouse bread (Bauernbrot)\n- 3 kg cooked ham\n- 3 kg Emmentaler\n- 6 crates Stiegl Goldbräu\n\n"
    "Thanks!\nMia Novak\nDanube Backpackers Hostel, Reception\n+44 20 7946 0671",
    lines=[
        L("KAISERSEMMEL-TK", 5),
        L("BAUERNBROT-TK", 2),
        L("KOCHSCHINKEN-KG", 3),
        L("EMMENTALER-KG", 3),
        L("STIEGL-GOLD", 6),
    ],
    tags=["signature"],
)
M(
    C,
    "Subject: Extra for Saturday\n\nCould you add 3 boxes of bread rolls and 2 kg of salami to Saturday's delivery? "
    "We have a school group of 40 in.\n\nMia",
    lines=[L(None, 3, cands=ROLLS), L(None, 2, cands=SALAMI)],
    notes="'bread rolls' fits the Kaisersemmel and the Schnittbrötchen; 'salami' fits three salamis; 40 is a head count",
    tags=["non_order_request"],
)
M(
    C,
    "Subject: Order\n\nSame as last week please, plus one more crate of Almdudler.\n\nMia Novak",
    ref=dict(kind="last", add=[L("ALMDUDLER", 1)]),
)
M(
    C,
    "Subject: Early delivery\n\nI would like to know if you can deliver before 7am on weekdays, our breakfast "
    "starts at 7.",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    C,
    "Subject: rolls for Sunday\n\nWe'll need 150 Kaisersemmel for the Sunday brunch.",
    lines=[L("KAISERSEMMEL-TK", None, qnull="not_whole")],
    notes="150 rolls are 1.5 boxes of 100",
    tags=["count"],
)
M(
    C,
    "Subject: Automatic reply: Delivery confirmation\n\nThank you for your email. I am out of the office until "
    "26 June. For urgent matters please call reception on +44 20 7946 0672.",
    intent="OTHER",
    notes="auto-reply",
)
M(
    C,
    "Subject: deli\n\nPlease send 2 kg of Extrawurst and 2 crates of Almdudler with the next delivery.",
    lines=[L("LYONER-KG", 2), L("ALMDUDLER", 2)],
    notes="'Extrawurst' is the Austrian name of the Lyoner",
)
M(
    C,
    "Subject: breakfast top-up\n\nPlease add 4 kg of Emmentaler and 3 kg of cooked ham to Tuesday's delivery.",
    lines=[L("EMMENTALER-KG", 4), L("KOCHSCHINKEN-KG", 3)],
    notes="addition to Tuesday's order",
)
M(
    C,
    "Subject: Re: Order confirmation 55217\n\nThanks – and please add 2 boxes of rye rolls.\n\n> Your order 55217 "
    "for Tuesday 20 June:\n> 4 x Kaisersemmel TK (Karton 100)\n> 3 x Kochschinken kg\n> 6 x Stiegl Goldbräu "
    "20 x 0,5L",
    lines=[L("ROGGENBROETCHEN-TK", 2)],
    notes="only the line above the quote is new",
    tags=["quoted"],
)

# ============================================================ Lakeside International School Zurich (e-mail)
C = "lakeside-school"
M(
    C,
    "Subject: Canteen order week 25\n\nDear team,\n\nPlease deliver on Monday 19 June:\n• 4 boxes of Zopf (butter "
    "plait)\n• 5 packs of Cervelat\n• 3 bags of Knöpfli\n• 8 cases of still water\n\nKind regards,\nOliver Grant\n"
    "Catering Manager, Lakeside International School Zurich",
    lines=[L("ZOPF-TK", 4), L("CERVELAT-10", 5), L("KNOEPFLE-TK", 3), L("GEROLSTEINER-NATURELL", 8)],
    notes="'still water' is the Gerolsteiner Naturell",
    tags=["signature"],
)
M(
    C,
    "Subject: gloves\n\nCould you please send 3 boxes of disposable gloves size L with Monday's order?",
    lines=[L(None, 3, cands=GLOVES, cv="L")],
    notes="'disposable gloves size L' fits nitrile and vinyl L",
    tags=["non_order_request"],
)
M(
    C,
    "Subject: Sports day\n\nFor sports day on 28 June (about 600 pupils and parents) we need 600 Cervelat, i.e. "
    "60 packs, and 20 cases of apple spritzer.",
    lines=[L("CERVELAT-10", 60), L("APFELSCHORLE", 20)],
    notes="a large order with a reason, not an outlier; 600 pieces are 60 packs",
    tags=["count"],
)
M(
    C,
    "Subject: Allergens\n\nCould you send us the allergen information for the Zopf and the Knöpfli? Several "
    "pupils have egg allergies.",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    C,
    "Subject: Repeat order\n\nPlease repeat our usual order but without the Raclette cheese (exam week).",
    ref=dict(kind="usual", remove=["RACLETTE-KG"]),
)
M(
    C,
    "Subject: Summer holidays\n\nThe school closes on 7 July. Please pause all deliveries until 21 August.",
    intent="OTHER",
    notes="delivery pause",
)
M(
    C,
    "Subject: Week 26\n\nPlease deliver 3 boxes of Zopf, 4 packs of Cervelat and 6 cases of Naturell water on "
    "Monday 26 June.",
    lines=[L("ZOPF-TK", 3), L("CERVELAT-10", 4), L("GEROLSTEINER-NATURELL", 6)],
)

# ============================================================ Big Brat Truck (Frankfurt, SMS)
C = "big-brat-truck"
M(
    C,
    "yo 10 packs thuringer brats 5 packs nurnberger 2 tubs sauerkraut 5kg and 1 box löwensenf. truck at the "
    "Mainkai lot by 10",
    lines=[L("THUERINGER-10", 10), L("NUERNBERGER-24", 5), L("SAUERKRAUT", 2, "5"), L("SENF-LOEWEN", 1)],
    notes="'by 10' is a time",
    tags=["spoken"],
)
M(
    C,
    "need 12 packs of brats for saturday",
    lines=[L(None, 12, cands=["NUERNBERGER-24", "THUERINGER-10", "KALBSBRAT-10"])],
    notes="'brats' by the pack fits the three packed bratwursts (the coarse one is sold by the kg)",
)
M(
    C,
    "3 boxes of the big pretzels + 2 boxes pretzel buns",
    lines=[L("BREZEL-TK", 3, "xl"), L("LAUGENBROETCHEN-TK", 2)],
    notes="'the big pretzels' are the Riesen 250g",
)
M(
    C,
    "add 35 thuringers pls, big catering gig",
    lines=[L("THUERINGER-10", None, qnull="not_whole")],
    notes="35 sausages are no whole number of packs of 10",
    tags=["count"],
)
M(C, "same as last week + 1 box hela", ref=dict(kind="last", add=[L("KETCHUP-HELA", 1)]))
M(C, "can i pay cash on delivery from now on?", intent="QUESTION", tags=["non_order_request"])
M(
    C,
    "also half a box of the löwensenf tubes pls",
    lines=[L("SENF-LOEWEN", 0.5)],
    notes="half a box is a fraction of a selling unit",
    tags=["fraction"],
)
M(
    C,
    "2 boxes of pretzel buns + 6 packs nurnberger for tmrw",
    lines=[L("LAUGENBROETCHEN-TK", 2), L("NUERNBERGER-24", 6)],
)

M(
    C,
    "hey its mike i'd like two boxes of the big pretzels three tubs of sauerkraut 5kg a box of löwensenf and eight "
    "packs of thuringers",
    lines=[L("BREZEL-TK", 2, "xl"), L("SAUERKRAUT", 3, "5"), L("SENF-LOEWEN", 1), L("THUERINGER-10", 8)],
    notes="voice-to-text without commas; 'i'd like' is an opener, not an item",
    tags=["spoken", "voice"],
)

# ============================================================ Festwirtschaft Huber (irregular, e-mail)
C = "festwirt-huber"
M(
    C,
    "Betreff: Festzelt Kirchweih\n\nServus, bitte wieder unsere übliche Festbestellung für den 24.6. Danke, "
    "Alois Huber",
    ref=dict(kind="usual"),
    notes="the caterer never repeats a basket: there is no usual order to look up",
    tags=["ambiguous_reference"],
)
M(
    C,
    "Betreff: Bestellung Johannifeuer 23.6.\n\nFür das Johannifeuer (ca. 1.500 Besucher) brauchen wir:\n12 Fass "
    "Kaltenrieder Helles 50 l\n4 Fass Paulaner Weißbier 50 l\n20 Karton Riesenbrezen\n8 Karton Bierdeckel\n\nGruß\n"
    "Alois Huber\nFestwirtschaft Huber, Tel. 07700 900674",
    lines=[
        L("KALT-HELL-FASS", 12, "50"),
        L("PAULANER-WEISS-FASS", 4, "50"),
        L("BREZEL-TK", 20, "xl"),
        L("BIERDECKEL", 8),
    ],
    notes="a festival order with a reason; 1.500 is a head count",
    tags=["signature", "number_in_name"],
)
M(
    C,
    "Betreff: Bestellung auf Rechnung\n\nBitte liefern Sie 30 Kasten Augustiner und 10 Laib Leberkäse 3 kg. "
    "Zahlung wie besprochen 60 Tage nach dem Fest.",
    lines=[L("AUGUSTINER-HELL", 30), L("LEBERKAESE", 10, "3")],
    credit=True,
    notes="order on 60 days' credit: a human must approve",
)
M(
    C,
    "Betreff: Angebot Herbstfest\n\nIch bräuchte ein Angebot für 40 Fass Helles (50 l), 60 Karton Brezn und "
    "400 Pack Weißwürste für die Zeit vom 16.9. bis 3.10. Noch keine Bestellung!",
    intent="QUESTION",
    notes="quote request listing quantities, explicitly not an order",
    tags=["non_order_request"],
)
M(
    C,
    "Betreff: Nachtrag\n\nNoch 6 Eimer Senf und 4 Kartons Servietten weiß dazu. Gruß A. Huber",
    lines=[L(None, 6, cands=SENF_EIMER, cv="5kg Eimer"), L(None, 4, cands=NAPKINS, cv="Weiß")],
    notes="'Eimer Senf' fits the Händlmaier and the Develey bucket; 'Servietten weiß' fits the white 3-ply napkins and "
    "the (white) dispenser napkins",
    tags=["unit_word"],
)
M(
    C,
    "Betreff: Sommerfest Feuerwehr\n\nBitte liefern Sie zum 1.7.: 6 Fass Kaltenrieder Helles à 30 Liter, 10 Kasten "
    "Spezi, 6 Karton Brezen 90 g.\n\nGruß A. Huber",
    lines=[L("KALT-HELL-FASS", 6, "30"), L("PAULANER-SPEZI", 10), L("BREZEL-TK", 6, "std")],
)

# ============================================================ Die Brezelei (first-time customer, WhatsApp)
C = "die-brezelei"
M(
    C,
    "Hallo, wir eröffnen am 15.6. unseren Brezelstand im Bahnhof Kaltenried (Die Brezelei, Inh. Lena Vogt). Erste "
    "Bestellung, wir zahlen bar bei Lieferung: 5 Karton Laugenbrezeln 90g, 2 Karton Laugenstangen, 2 Karton "
    "Bäckertüten Nr. 1",
    lines=[L("BREZEL-TK", 5, "std"), L("LAUGENSTANGE-TK", 2), L("BAECKERTUETEN", 2, "1")],
    notes="first order paid on delivery: ships as written",
)
M(
    C,
    "Können wir ab jetzt auf Rechnung mit 30 Tagen Zahlungsziel bestellen? Dann bitte 6 Karton Brezeln 90g und "
    "2 Karton Laugencroissants",
    lines=[L("BREZEL-TK", 6, "std"), L("LAUGENCROISSANT-TK", 2)],
    credit=True,
    notes="depends on opening a 30-day account",
    tags=["non_order_request"],
)
M(
    C,
    "Bitte nochmal genau das gleiche wie bei der ersten Bestellung",
    ref=dict(kind="first"),
    notes="a first-time customer: messages are not history, so the first order cannot be looked up",
)
M(
    C,
    "4 Karton Mini-Brezeln und 3 Karton Laugenstangen, Barzahlung wie beim letzten Mal",
    lines=[L("BREZEL-TK", 4, "mini"), L("LAUGENSTANGE-TK", 3)],
    notes="paid on delivery: ships",
)

# ============================================================ Bar Alpino (first-time customer, WhatsApp)
C = "bar-alpino"
M(
    C,
    "Buongiorno, siamo il nuovo Bar Alpino a Sölden. Primo ordine, pagamento alla consegna: 5 casse di Stiegl "
    "Goldbräu, 3 bottiglie di Jägermeister da 1 litro e 2 casse di Almdudler",
    lines=[L("STIEGL-GOLD", 5), L("JAEGERMEISTER", 3, "1l"), L("ALMDUDLER", 2)],
    notes="first order paid on delivery: ships as written",
)
M(
    C,
    "Aggiungete 2 cartoni di canederli, per favore",
    lines=[L(None, 2, cands=KNOEDEL)],
    notes="'canederli' fits Semmel-, Kartoffel- and Speckknödel",
)
M(
    C,
    "Lo stesso del primo ordine, grazie",
    ref=dict(kind="first"),
    notes="a first-time customer: messages are not history",
)
M(C, "Quanto costa il fusto di Gösser da 50 litri?", intent="QUESTION")

# ============================================================ Partyservice Schmid (Franconia, WhatsApp)
C = "partyservice-schmid"
M(
    C,
    "Grüß Gott, für die Hochzeit am Samstag (120 Gäste): 5 kg Bierschinken, 4 kg Gelbwurst, 4 kg Jagdwurst, "
    "3 Eimer Krautsalat und 3 Karton Mehrkornbrötchen",
    lines=[
        L("BIERSCHINKEN-KG", 5),
        L("GELBWURST-KG", 4),
        L("JAGDWURST-KG", 4),
        L("KRAUTSALAT", 3),
        L("MEHRKORN-TK", 3),
    ],
    notes="120 is a guest count",
)
M(
    C,
    "Bitte 6 kg Aufschnitt gemischt und 1 Eimer Gurken",
    lines=[
        L(None, 6, cands=["LYONER-KG", "BIERSCHINKEN-KG", "GELBWURST-KG", "JAGDWURST-KG"]),
        L("GURKEN-EIMER", 1),
    ],
    notes="'Aufschnitt gemischt' names no sausage (and no split); 'Eimer Gurken' is the Gewürzgurken bucket "
    "(Cornichons come by the jar)",
    tags=["unit_word"],
)
M(
    C,
    "2 kg feine Leberwurst, 2 kg Pressack und 2 Gläser Cornichons",
    lines=[L("LEBERWURST-KG", 2), L("PRESSACK-KG", 2), L("CORNICHONS", 2)],
)
M(
    C,
    "Wie letzte Woche, aber 2 Eimer Wurstsalat statt einem",
    ref=dict(kind="last", set=[("WURSTSALAT", None, 2)]),
)
M(
    C,
    "Für Freitag 2 kg Pfeffersalami, 1 Beutel Speckwürfel und 3 kg Kochschinken",
    lines=[L("SALAMI-PFEFFER-KG", 2), L("SPECKWUERFEL-1", 1), L("KOCHSCHINKEN-KG", 3)],
)
M(C, "Habt ihr auch vegane Aufschnitt-Alternativen? Wurde für eine Firmenfeier angefragt.", intent="QUESTION")
M(
    C,
    "2 Käseleberkäse und 2 Eimer Krautsalat, danke",
    lines=[L("LEBERKAESE-KAESE", 2), L("KRAUTSALAT", 2)],
    notes="'Käseleberkäse' is its own product, not the plain Leberkäse",
)
M(
    C,
    "Und 3 kg Schwarzwälder für die Brotzeitplatten",
    lines=[L("SCHWARZWAELDER-KG", 3)],
    notes="'Schwarzwälder' alone could also be the Kirschtorte; by the kilo it can only be the ham",
    tags=["unit_word"],
)
M(
    C,
    "6 kg Leberkäs für Sonntag",
    lines=[L("LEBERKAESE", None, None, qnull="not_stated")],
    notes="6 kg are two 3kg loaves or four 1,5kg loaves: loaf size and number of loaves must be asked",
)
