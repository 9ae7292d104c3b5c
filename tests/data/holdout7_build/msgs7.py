# ruff: noqa  (hand-written data generator for the seventh blind set, kept as its writer left it)
"""Hand-written messages of the seventh blind set and their plain labels (no history).
History-dependent labels are derived in build7.py from the generated histories.

L(sku, qty, variant)      a catalog line (variant given exactly for products with variants; None = not said)
A(qty, cand, ...)         ambiguous line: sku null with candidates ("SKU" or "SKU|Variant")
X(qty)                    not in catalog: sku null, no candidates
op="set"                  in a reference: the text gives a new quantity (replaces the basket's)
op="swap"                 in a reference: the new variant of a swap (see ref["swap"])
"""


def L(sku, q, v="-", op="add", fill=True):
    d = {"sku": sku, "quantity": q}
    if v != "-":
        d["variant"] = v
    d["_op"] = op
    if not fill:
        d["_nofill"] = True  # the text names a variant that does not exist: history must not fill it
    return d


def A(q, *cands, op="add"):
    return {"sku": None, "quantity": q, "candidates": list(cands), "_op": op}


def X(q):
    return {"sku": None, "quantity": q, "_op": "add"}


ROWS = []


def M(
    c,
    day,
    lang,
    intent,
    text,
    lines=(),
    notes="",
    tags=(),
    review=None,
    ref=None,
    outlier=False,
    change=None,
    ch=None,
):
    ROWS.append(
        dict(
            customer=c,
            day=day,
            language=lang,
            intent=intent,
            text=text,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            review=review,
            ref=ref,
            outlier=outlier,
            change=change,
            channel=ch,
        )
    )


FLOURS = [
    "FLOUR-T55-25",
    "FLOUR-T65-25",
    "FLOUR-STRONG-16",
    "FLOUR-PLAIN-16",
    "FLOUR-SR-16",
    "FLOUR-00-25",
    "FLOUR-WHOLEMEAL-16",
    "FLOUR-MALTED-16",
]
RYE = ["FLOUR-RYE-DARK-25", "FLOUR-RYE-LIGHT-16"]
BUTTER = ["BUTTER-UNSALTED", "BUTTER-SALTED", "BUTTER-SHEETS"]
CREAM = ["CREAM-DOUBLE-2L", "CREAM-XTHICK-2L", "CREAM-WHIP-35"]
MILK = ["MILK-WHOLE-12", "MILK-SEMI-12"]
EGGS = ["EGGS-LARGE-30", "EGGS-MEDIUM-30"]
DARK = ["CHOC-DARK-70", "CHOC-DARK-54"]
ALMONDS = ["ALMOND-GROUND-1", "ALMOND-FLAKED-1", "ALMOND-WHOLE-1"]
SEEDS = ["SEED-SESAME-1", "SEED-POPPY-1", "SEED-MIX-2"]
YEAST = ["YEAST-FRESH-1", "YEAST-DRIED-20"]
BROWN = ["SUGAR-LIGHTBROWN-3", "SUGAR-DARKBROWN-3"]
SACK_SUGAR = ["SUGAR-CASTER-25", "SUGAR-GOLDCASTER-25", "SUGAR-GRAN-25"]
VANILLA = ["VANILLA-EXTRACT-1", "VANILLA-PASTE-1", "VANILLA-PODS-50"]
GELATINE = ["GELATINE-LEAF-1", "GELATINE-POWDER-1"]
RASP = ["PUREE-RASP-1", "FROZEN-RASP-1", "JAM-RASP-6"]
FONDANT = ["FONDANT-ROLL-5", "FONDANT-POUR-7"]

# ---------------------------------------------------------------- rise-bakery (en, WhatsApp, steady)
c = "rise-bakery"
M(
    c,
    1,
    "en",
    "ORDER",
    "usual for thurs pls 🙏",
    [],
    "reference: the usual; no lines without history",
    ["reference"],
    ref=dict(kind="usual"),
)
M(
    c,
    2,
    "en",
    "ORDER",
    "Morning! 5 sacks T65, 3 strong white, 1 dark rye and 2 seed mix for Thursday. ta",
    [L("FLOUR-T65-25", 5), L("FLOUR-STRONG-16", 3), L("FLOUR-RYE-DARK-25", 1), L("SEED-MIX-2", 2)],
    "T65 is a product name, not a quantity",
    ["clean"],
)
M(
    c,
    4,
    "en",
    "QUESTION",
    "do you do spelt flour at all? customers keep asking for a spelt sourdough",
    [],
    "spelt is not in the catalog (rye and wholemeal are)",
    ["question", "not_in_catalog"],
)
M(
    c,
    5,
    "en",
    "ORDER",
    "50kg of the T65 and 32kg strong white please, plus a pack of large bread bags",
    [L("FLOUR-T65-25", 2), L("FLOUR-STRONG-16", 2), L("BREAD-BAG", 1, "Large")],
    "unit conversion: 50kg = 2 x 25kg sacks, 32kg = 2 x 16kg sacks",
    ["clean", "pack", "variant"],
)
M(
    c,
    6,
    "en",
    "COMPLAINT",
    "2 of the T65 sacks came split this morning, flour all over the van floor and our yard. can you credit them?",
    [],
    "complaint with a product and a quantity",
    ["complaint"],
)
M(
    c,
    7,
    "en",
    "OTHER",
    "Hi, I would like to book a visit to your mill for my 2 apprentices sometime in July if that's possible",
    [],
    "a request that opens like an order; not an order",
    ["other", "non_order_request"],
)

# ---------------------------------------------------------------- petit-four (fr, email, steady)
c = "petit-four"
M(
    c,
    1,
    "fr",
    "ORDER",
    "Objet : Commande semaine 23\n\nBonjour,\nMerci de nous livrer jeudi :\n- 2 sacs de farine T55\n- 3 cartons de beurre de tourage\n- 10 kg de poudre d'amande\n- 1 sac de 10kg Callebaut 70%\n- 6 blancs d'oeuf liquides\n\nCordialement,\nCamille Roux\nLe Petit Four – 14 rue des Tanneurs, 69002 Lyon\nTél. +44 7700 900702",
    [
        L("FLOUR-T55-25", 2),
        L("BUTTER-SHEETS", 3),
        L("ALMOND-GROUND-1", 10),
        L("CHOC-DARK-70", 1, "10kg Bag"),
        L("EGG-WHITE-1", 6),
    ],
    "10 kg ground almonds = 10 x 1kg bags; 'semaine 23', street number, postcode and phone are not quantities",
    ["clean", "multilingual", "variant"],
)
M(
    c,
    2,
    "fr",
    "ORDER",
    "Bonjour, comme d'habitude pour mardi, mais 4 cartons de crème 35% au lieu de 2, et pas de purée de framboise cette fois. Merci, Camille",
    [L("CREAM-WHIP-35", 4, op="set")],
    "reference: the usual with a new quantity (whipping cream 4) and a removal (raspberry purée)",
    ["reference", "multilingual"],
    ref=dict(kind="usual", remove=["PUREE-RASP-1"]),
)
M(
    c,
    3,
    "fr",
    "ORDER",
    "Ajoutez aussi 3 kg d'amandes svp, c'est pour les financiers",
    [A(3, *ALMONDS)],
    "ambiguous: ground, flaked or whole almonds (3 x 1kg bags)",
    ["family", "multilingual"],
)
M(
    c,
    4,
    "fr",
    "QUESTION",
    "Avez-vous du chocolat ruby ? Et quel est le prix du 54% en sac de 10 kg ?",
    [],
    "ruby chocolate is not in the catalog",
    ["question", "multilingual", "not_in_catalog"],
)
M(
    c,
    5,
    "fr",
    "ORDER",
    "Pour vendredi : 2 paquets de boîtes pâtissières moyennes, 1 seau de nappage neutre et 2 purées passion. Bonne journée",
    [L("PASTRY-BOX", 2, "Medium"), L("GLAZE-NEUTRAL-5", 1), L("PUREE-PASSION-1", 2)],
    "moyennes = Medium",
    ["clean", "multilingual", "variant"],
)
M(
    c,
    6,
    "fr",
    "COMPLAINT",
    "Objet : Livraison du 2 juin\n\nLes 4 purées framboise sont arrivées complètement décongelées, impossible de les utiliser. Merci de nous faire un avoir.\n\nCamille Roux",
    [],
    "complaint naming a product and a quantity",
    ["complaint", "multilingual"],
)
M(
    c,
    7,
    "fr",
    "ORDER",
    "Vous pouvez ajouter 2 barquettes de purée de yuzu et 4 framboise ? Merci !",
    [X(2), L("PUREE-RASP-1", 4)],
    "yuzu purée is not in the catalog; '4 framboise' follows 'purée de' and is the raspberry purée",
    ["not_in_catalog", "multilingual"],
)
M(
    c,
    7,
    "fr",
    "OTHER",
    "Merci pour la livraison de ce matin, tout était parfait 👌",
    [],
    "thanks",
    ["other", "multilingual"],
)

# ---------------------------------------------------------------- baeckerei-huber (de, SMS, steady)
c = "baeckerei-huber"
M(
    c,
    1,
    "de",
    "ORDER",
    "Wie immer bitte, Lieferung Mo vor 6 Uhr. Huber",
    [],
    "reference: the usual; '6 Uhr' is a time",
    ["reference", "multilingual"],
    ref=dict(kind="usual"),
)
M(
    c,
    2,
    "de",
    "ORDER",
    "3 Sack Roggenmehl 1150, 2 Sack Roggen 997, 4 Sack Strong White, 5 kg Frischhefe. Danke, Huber",
    [L("FLOUR-RYE-DARK-25", 3), L("FLOUR-RYE-LIGHT-16", 2), L("FLOUR-STRONG-16", 4), L("YEAST-FRESH-1", 5)],
    "1150 and 997 are flour types (dark and light rye), not quantities; 5 kg fresh yeast = 5 x 1kg blocks",
    ["clean", "multilingual"],
)
M(
    c,
    3,
    "de",
    "ORDER",
    "Bitte noch 2 Sack Roggen dazu, danke",
    [A(2, *RYE)],
    "ambiguous: dark or light rye",
    ["family", "multilingual"],
)
M(
    c,
    4,
    "de",
    "ORDER",
    "Hefe 10 Stück für Donnerstag",
    [A(10, *YEAST)],
    "ambiguous: fresh or dried yeast",
    ["family", "multilingual"],
)
M(
    c,
    5,
    "de",
    "COMPLAINT",
    "Frischhefe gestern war schon abgelaufen (MHD 28.05.). Bitte Gutschrift für 5 Stück.",
    [],
    "complaint with a quantity; a date",
    ["complaint", "multilingual"],
)
M(
    c,
    6,
    "de",
    "OTHER",
    "Betriebsurlaub vom 15.06. bis 29.06., in der Zeit bitte keine Lieferung. Gruß Huber",
    [],
    "notice, dates only",
    ["other", "multilingual"],
)
M(
    c,
    7,
    "de",
    "ORDER",
    "Mohn 2kg, Sesam 2kg, Hagelzucker 1 und 2 Sack Dinkelmehl falls ihr das habt",
    [L("SEED-POPPY-1", 2), L("SEED-SESAME-1", 2), L("SUGAR-PEARL-1", 1), X(2)],
    "2kg = 2 x 1kg bags; spelt flour (Dinkelmehl) is not in the catalog",
    ["not_in_catalog", "multilingual"],
)
M(
    c,
    7,
    "de",
    "QUESTION",
    "Was kostet der 25kg Sack Roggen 1150 aktuell? Danke",
    [],
    "price question; 25kg and 1150 are not quantities",
    ["question", "multilingual"],
)

# ---------------------------------------------------------------- cupcake-co (en, WhatsApp, steady)
c = "cupcake-co"
M(
    c,
    1,
    "en",
    "ORDER",
    "hiya! 3 trays eggs, 4 cream cheese, 2 icing sugar and 2 pink gels 💕",
    [A(3, *EGGS), L("CREAMCHEESE-FULL", 4), L("SUGAR-ICING-12", 2), L("COLOUR-GEL", 2, "Pink")],
    "eggs ambiguous (large or medium); bare 'cream cheese' is the full-fat one, bare 'icing sugar' the plain one",
    ["family", "variant"],
)
M(
    c,
    1,
    "en",
    "ORDER",
    "oh and 2 packs of cupcake boxes pls",
    [L("CUPCAKE-BOX", 2, None)],
    "cupcake box with no size (4, 6 or 12 hole)",
    ["variant"],
)
M(
    c,
    3,
    "en",
    "ORDER",
    "10 x 6 hole cupcake boxes and 5 x 12 hole ones, big order for a hen party sat 🎉",
    [L("CUPCAKE-BOX", 10, "6 Hole"), L("CUPCAKE-BOX", 5, "12 Hole")],
    "6 and 12 are the box sizes; a large quantity with a reason is not an outlier",
    ["clean", "variant"],
)
M(
    c,
    4,
    "en",
    "ORDER",
    "halloween test batch 🎃 1 box black cases, 1 box gold foil cases, 3 black gels, 2 orange gels and 1 black cocoa",
    [
        L("CUPCAKE-CASES", 1, "Black"),
        L("CUPCAKE-CASES", 1, "Gold Foil"),
        L("COLOUR-GEL", 3, "Black"),
        L("COLOUR-GEL", 2, None, fill=False),
        L("COCOA-BLACK-1", 1),
    ],
    "there is no orange colouring gel: variant null; black cases are only cupcake cases",
    ["variant"],
)
M(
    c,
    5,
    "en",
    "QUESTION",
    "is ur cream cheese halal? and do u have an icing sugar that doesnt melt on warm bakes",
    [],
    "question",
    ["question"],
)
M(
    c,
    6,
    "en",
    "ORDER",
    "two sacks caster and a tub of rainbow sprinkles thanks x",
    [L("SUGAR-CASTER-25", 2), L("SPRINKLES-1", 1, "Rainbow")],
    "number word",
    ["clean", "spoken", "variant"],
)
M(
    c,
    6,
    "en",
    "ORDER",
    "2 creem cheese, 1 vanila extract, 1 box wite cases",
    [L("CREAMCHEESE-FULL", 2), L("VANILLA-EXTRACT-1", 1), A(1, "CUPCAKE-CASES|White", "MUFFIN-WRAPS|White")],
    "typos; 'white cases' fits white cupcake cases and white tulip muffin wraps: ambiguous",
    ["typo", "family"],
)
M(
    c,
    7,
    "en",
    "ORDER",
    "10kg icing sugar pls",
    [L("SUGAR-ICING-12", None)],
    "icing sugar comes in 12.5kg bags: 10kg is not a whole number of bags, quantity null",
    ["pack"],
)

# ---------------------------------------------------------------- nata-lisboa (pt, WhatsApp, steady)
c = "nata-lisboa"
M(
    c,
    1,
    "pt",
    "ORDER",
    "Olá! O habitual para quinta-feira, obrigado 🙏",
    [],
    "reference: the usual",
    ["reference", "multilingual"],
    ref=dict(kind="usual"),
)
M(
    c,
    2,
    "pt",
    "ORDER",
    "Bom dia, precisamos de 20 kg de gemas, 3 caixas de leite gordo e 2 sacos de açúcar",
    [L("EGG-YOLK-1", 20), L("MILK-WHOLE-12", 3), A(2, *SACK_SUGAR)],
    "20 kg egg yolk = 20 x 1kg; 'açúcar' in sacks is ambiguous (caster, golden caster, granulated)",
    ["family", "multilingual"],
)
M(
    c,
    3,
    "pt",
    "ORDER",
    "Mais 24 latas de leite condensado para sábado, por favor",
    [L("CONDENSED-12", 2)],
    "unit conversion: 24 tins = 2 cases of 12",
    ["clean", "container", "multilingual"],
)
M(
    c,
    4,
    "pt",
    "QUESTION",
    "Têm canela em pó? Precisamos para os pastéis de nata",
    [],
    "cinnamon is not in the catalog",
    ["question", "multilingual", "not_in_catalog"],
)
M(
    c,
    5,
    "pt",
    "COMPLAINT",
    "As caixas pequenas vieram amassadas, 2 pacotes inteiros. Podem trocar na próxima entrega?",
    [],
    "complaint with a quantity",
    ["complaint", "multilingual"],
)
M(
    c,
    6,
    "pt",
    "ORDER",
    "Boa tarde, mandem também manteiga x2 e 1 amido de milho (maizena). Obrigada, Inês",
    [A(2, *BUTTER), L("CORNFLOUR-3", 1)],
    "butter ambiguous (unsalted, salted, sheets)",
    ["family", "multilingual"],
)
M(
    c,
    7,
    "pt",
    "ORDER",
    "Queria 2 sacos de farinha e 10 embalagens de gemas",
    [A(2, *FLOURS), L("EGG-YOLK-1", 10)],
    "bare 'farinha' is ambiguous between the wheat flours",
    ["family", "multilingual"],
)

# ---------------------------------------------------------------- slice-pizza (en, SMS, steady)
c = "slice-pizza"
M(
    c,
    1,
    "en",
    "ORDER",
    "6 x 00, 1 semola, 1 yeast, 1 oil, 2 gloves L, 1 blue roll. Marco @ Slice",
    [
        L("FLOUR-00-25", 6),
        L("SEMOLA-25", 1),
        A(1, *YEAST),
        L("OIL-RAPESEED-20", 1),
        L("GLOVES-NITRILE", 2, "Large"),
        L("BLUE-ROLL-6", 1),
    ],
    "'00' is the flour; yeast ambiguous (fresh or dried); rapeseed is the only oil",
    ["family", "variant"],
)
M(c, 2, "en", "ORDER", "same again pls", [], "reference: last order", ["reference"], ref=dict(kind="last"))
M(
    c,
    3,
    "en",
    "ORDER",
    "need 150kg caputo + 10kg instant yeast asap, busy wknd",
    [L("FLOUR-00-25", 6), L("YEAST-DRIED-20", 1)],
    "unit conversion: 150kg = 6 x 25kg sacks; 10kg dried yeast = 1 case of 20 x 500g",
    ["clean", "pack"],
)
M(
    c,
    4,
    "en",
    "ORDER",
    "40 sacks 00 for monday",
    [L("FLOUR-00-25", 40)],
    "outlier: far above the usual 6 a week with no reason given",
    ["outlier"],
    outlier=True,
)
M(c, 5, "en", "QUESTION", "wat time is the cutoff for tmrw delivery", [], "question", ["question"])
M(
    c,
    6,
    "en",
    "ORDER",
    "2 tins san marzano tomatoes + 1 olive oil 5L + 1 box large gloves",
    [X(2), X(1), L("GLOVES-NITRILE", 1, "Large")],
    "tomatoes and olive oil are not in the catalog (rapeseed oil is); 5L is a size",
    ["not_in_catalog", "variant"],
)
M(
    c,
    7,
    "en",
    "COMPLAINT",
    "invoice says 8 sacks of 00 but we only got 6, 2 missing",
    [],
    "complaint with quantities",
    ["complaint"],
)

# ---------------------------------------------------------------- hotel-aurora (en, email, steady)
c = "hotel-aurora"
M(
    c,
    1,
    "en",
    "ORDER",
    "Subject: Pastry order – PO 88412\n\nGood morning,\nPlease deliver Tuesday:\nT55 x1 sack\nplain flour x1\nunsalted butter x2 cases\ndouble cream 2L x6\nlarge eggs x4 trays\nchocolate batons x1 box\nCallebaut 54.5% 2.5kg x2\napricot glaze x1\n\nKind regards,\nTomasz Nowak\nChef Pâtissier, Hotel Aurora\n1 Quay Street\nTel 020 7946 0731",
    [
        L("FLOUR-T55-25", 1),
        L("FLOUR-PLAIN-16", 1),
        L("BUTTER-UNSALTED", 2),
        L("CREAM-DOUBLE-2L", 6),
        L("EGGS-LARGE-30", 4),
        L("CHOC-BATONS", 1),
        L("CHOC-DARK-54", 2, "2.5kg Bag"),
        L("GLAZE-APRICOT-7", 1),
    ],
    "PO number, street number, phone and pack sizes are not quantities",
    ["clean", "variant"],
)
M(
    c,
    2,
    "en",
    "ORDER",
    "Could you add 4 x cream and 2 dark chocolate to Wednesday's delivery please? Tomasz",
    [A(4, *CREAM), A(2, *DARK)],
    "cream ambiguous (double, extra thick, whipping); dark chocolate ambiguous (70.5% or 54.5%)",
    ["family", "non_order_request"],
)
M(
    c,
    3,
    "en",
    "ORDER",
    "Subject: Henderson wedding\n\nFor the Henderson wedding on 13 June (220 guests) please add 20 trays of large eggs and 24 x double cream to Friday's delivery.\n\nTomasz",
    [L("EGGS-LARGE-30", 20), L("CREAM-DOUBLE-2L", 24)],
    "a large order with a reason is not an outlier; 13 June and 220 guests are not quantities",
    ["clean"],
)
M(
    c,
    4,
    "en",
    "QUESTION",
    "Could you send me the allergen spec sheets for the praline paste and the mirror glaze?",
    [],
    "request for information",
    ["question", "non_order_request"],
)
M(
    c,
    5,
    "en",
    "OTHER",
    "Subject: New invoice address\n\nPlease send invoices from 1 July to Accounts Payable, Hotel Aurora, 1 Quay Street, and copy ap@hotelaurora.example.\n\nThanks, Julia Brandt, Finance",
    [],
    "account notice",
    ["other"],
)
M(
    c,
    6,
    "en",
    "ORDER",
    "1 vanilla and 2 gelatine please, for Thursday",
    [A(1, *VANILLA), A(2, *GELATINE)],
    "vanilla ambiguous (extract, paste, pods); gelatine ambiguous (leaves or powder)",
    ["family"],
)
M(
    c,
    7,
    "en",
    "QUESTION",
    "Can I pay by bank transfer instead of card from next month?",
    [],
    "payment question",
    ["question", "non_order_request"],
)

# ---------------------------------------------------------------- bagel-yard (en, WhatsApp, steady)
c = "bagel-yard"
M(
    c,
    1,
    "en",
    "ORDER",
    "usual + 2 extra cream cheese 👍",
    [L("CREAMCHEESE-FULL", 2)],
    "reference: the usual plus 2 full-fat cream cheese (added to the basket's)",
    ["reference"],
    ref=dict(kind="usual"),
)
M(
    c,
    2,
    "en",
    "ORDER",
    "6 strong, 1 case instant yeast, 2kg sesame, 1kg poppy, 6 cream cheese, 2 light cream cheese, 1k small bread bags",
    [
        L("FLOUR-STRONG-16", 6),
        L("YEAST-DRIED-20", 1),
        L("SEED-SESAME-1", 2),
        L("SEED-POPPY-1", 1),
        L("CREAMCHEESE-FULL", 6),
        L("CREAMCHEESE-LIGHT", 2),
        L("BREAD-BAG", 1, "Small"),
    ],
    "1k small bread bags = 1000 = 1 pack; 2kg sesame = 2 bags",
    ["clean", "pack", "variant"],
)
M(
    c,
    3,
    "en",
    "ORDER",
    "seeds x3 for friday",
    [A(3, *SEEDS)],
    "ambiguous: sesame, poppy or five seed mix",
    ["family"],
)
M(
    c,
    4,
    "en",
    "COMPLAINT",
    "we got light cream cheese instead of full fat last fri, 6 tubs wrong. can u swap on next drop",
    [],
    "complaint with a quantity",
    ["complaint"],
)
M(
    c,
    5,
    "en",
    "ORDER",
    "I'd like 2 more boxes of medium gloves on Friday's drop",
    [L("GLOVES-NITRILE", 2, "Medium")],
    "opens like a request but is an order",
    ["clean", "non_order_request", "variant"],
)
M(
    c,
    6,
    "en",
    "OTHER",
    "I'd like help setting up a direct debit for our account, who do I speak to?",
    [],
    "account request, not an order",
    ["other", "non_order_request"],
)
M(
    c,
    7,
    "en",
    "CANCEL",
    "cancel friday's order pls, oven's broken 😩 will order again when it's fixed",
    [],
    "cancellation",
    ["cancel"],
)

# ---------------------------------------------------------------- donut-lab (en, WhatsApp, steady)
c = "donut-lab"
M(
    c,
    1,
    "en",
    "ORDER",
    "3 strong, 1 yeast case, 2 caster, 2 shortening, 2 jam, 2 icing, 1 milk, 2 eggs, pink sprinkles, 2 large boxes",
    [
        L("FLOUR-STRONG-16", 3),
        L("YEAST-DRIED-20", 1),
        L("SUGAR-CASTER-25", 2),
        L("SHORTENING-12", 2),
        L("JAM-RASP-6", 2),
        L("SUGAR-ICING-12", 2),
        A(1, *MILK),
        A(2, *EGGS),
        L("SPRINKLES-1", None, "Pink"),
        L("PASTRY-BOX", 2, "Large"),
    ],
    "'yeast case' is the dried yeast (fresh comes by the block); milk and eggs ambiguous; sprinkles quantity not stated; "
    "'large boxes' only fits the kraft pastry box",
    ["family", "variant"],
)
M(
    c,
    2,
    "en",
    "ORDER",
    "same as last week but double the jam, we're doing a jam-filled special",
    [],
    "reference: last order with the jam doubled (relative change: no line without history)",
    ["reference"],
    ref=dict(kind="last", mult={"JAM-RASP-6": 2}),
)
M(
    c,
    3,
    "en",
    "ORDER",
    "add 6 litres whole milk and 3 tins of condensed milk",
    [L("MILK-WHOLE-12", None), L("CONDENSED-12", 3)],
    "6 litres is half a case of 12 x 1L: not a whole unit, quantity null; '3 tins' of a case product is 3 cases "
    "(the trade's usual meaning for a small count)",
    ["container"],
)
M(
    c,
    4,
    "en",
    "QUESTION",
    "do you sell doughnut sugar? the fine dusting one that doesnt go wet",
    [],
    "question",
    ["question"],
)
M(
    c,
    5,
    "en",
    "COMPLAINT",
    "raspberry jam tubs had mould on top, both of them 🤢 batch L2214",
    [],
    "complaint; batch code is not a quantity",
    ["complaint"],
)
M(
    c,
    6,
    "en",
    "ORDER",
    "voice note: can we get three strong white for sacks of caster and to tubs of jam",
    [L("FLOUR-STRONG-16", 3), L("SUGAR-CASTER-25", 4), L("JAM-RASP-6", 2)],
    "voice-to-text: 'for sacks' = four sacks, 'to tubs' = two tubs",
    ["clean", "spoken"],
)

# ---------------------------------------------------------------- panaderia-sol (es, WhatsApp, regular)
c = "panaderia-sol"
M(
    c,
    1,
    "es",
    "ORDER",
    "Hola! Lo mismo que la semana pasada por favor",
    [],
    "reference: last order",
    ["reference", "multilingual"],
    ref=dict(kind="last"),
)
M(
    c,
    2,
    "es",
    "ORDER",
    "Lo de siempre pero con 2 sacos más de harina de fuerza",
    [L("FLOUR-STRONG-16", 2)],
    "reference: the usual plus 2 strong white (added)",
    ["reference", "multilingual"],
    ref=dict(kind="usual"),
)
M(
    c,
    3,
    "es",
    "ORDER",
    "Para el lunes: 4 sacos de harina de fuerza, 2 de harina común (plain), 4 kg de levadura fresca y 3 bandejas de huevos medianos",
    [L("FLOUR-STRONG-16", 4), L("FLOUR-PLAIN-16", 2), L("YEAST-FRESH-1", 4), L("EGGS-MEDIUM-30", 3)],
    "4 kg fresh yeast = 4 blocks",
    ["clean", "multilingual"],
)
M(
    c,
    4,
    "es",
    "QUESTION",
    "¿Tenéis harina de espelta? ¿Y a cuánto está el aceite de girasol?",
    [],
    "spelt and sunflower oil are not in the catalog",
    ["question", "multilingual", "not_in_catalog"],
)
M(
    c,
    5,
    "es",
    "COMPLAINT",
    "Nos habéis cobrado 6 kg de levadura y solo llegaron 4.",
    [],
    "billing complaint with quantities",
    ["complaint", "multilingual"],
)
M(
    c,
    6,
    "es",
    "ORDER",
    "Añadid 2 paquetes de bolsas de pan y 1 garrafa de aceite, gracias",
    [L("BREAD-BAG", 2, None), L("OIL-RAPESEED-20", 1)],
    "bread bags with no size",
    ["variant", "multilingual"],
)
M(
    c,
    7,
    "es",
    "ORDER",
    "quiero 3 sacos de harina de fuerza y dos cajas de mantequilla sin sal",
    [L("FLOUR-STRONG-16", 3), L("BUTTER-UNSALTED", 2)],
    "number word",
    ["clean", "multilingual"],
)
M(
    c,
    7,
    "es",
    "OTHER",
    "Buenas, soy Lucía de El Sol. Hemos cambiado de teléfono, el nuevo es 07700 900810",
    [],
    "contact change; a phone number",
    ["other", "multilingual"],
)

# ---------------------------------------------------------------- bakkerij-tulp (nl, email, regular)
c = "bakkerij-tulp"
M(
    c,
    1,
    "nl",
    "ORDER",
    "Onderwerp: bestelling week 23\n\nGoedemorgen,\nGraag voor dinsdag:\n5 zakken strong white bloem\n2 zakken volkoren meel\n2 zakken malted grain\n3 kg verse gist\n2 dozen ongezouten boter\n2 kg parelsuiker\n\nMet vriendelijke groet,\nDaan de Vries\nBakkerij de Tulp, Oudegracht 212, Utrecht\nTel. 07700 900711",
    [
        L("FLOUR-STRONG-16", 5),
        L("FLOUR-WHOLEMEAL-16", 2),
        L("FLOUR-MALTED-16", 2),
        L("YEAST-FRESH-1", 3),
        L("BUTTER-UNSALTED", 2),
        L("SUGAR-PEARL-1", 2),
    ],
    "3 kg fresh yeast = 3 blocks, 2 kg pearl sugar = 2 bags; week number, street number and phone are not quantities",
    ["clean", "multilingual"],
)
M(
    c,
    2,
    "nl",
    "ORDER",
    "Hetzelfde als vorige week graag, maar zonder de zadenmix",
    [],
    "reference: last order without the seed mix",
    ["reference", "multilingual"],
    ref=dict(kind="last", remove=["SEED-MIX-2"]),
)
M(
    c,
    3,
    "nl",
    "ORDER",
    "Graag ook 1 zak bruine suiker erbij",
    [A(1, *BROWN)],
    "brown sugar ambiguous (light or dark)",
    ["family", "multilingual"],
)
M(
    c,
    4,
    "nl",
    "QUESTION",
    "Kunnen jullie ook op zaterdag leveren? We staan op 13 juni op de markt.",
    [],
    "question",
    ["question", "multilingual"],
)
M(c, 5, "nl", "OTHER", "Bedankt voor de snelle levering vandaag!", [], "thanks", ["other", "multilingual"])
M(
    c,
    6,
    "nl",
    "ORDER",
    "60 kg volkoren graag, voor donderdag",
    [L("FLOUR-WHOLEMEAL-16", None)],
    "wholemeal comes in 16kg sacks: 60kg is not a whole number of sacks, quantity null",
    ["pack", "multilingual"],
)
M(
    c,
    7,
    "nl",
    "ORDER",
    "graag twee zakken strong white en drie kilo verse gist",
    [L("FLOUR-STRONG-16", 2), L("YEAST-FRESH-1", 3)],
    "number words",
    ["clean", "spoken", "multilingual"],
)

# ---------------------------------------------------------------- pasticceria-gioia (it, WhatsApp, regular)
c = "pasticceria-gioia"
M(
    c,
    1,
    "it",
    "ORDER",
    "Ciao! Il solito per giovedì, grazie 🙏",
    [],
    "reference: the usual",
    ["reference", "multilingual"],
    ref=dict(kind="usual"),
)
M(
    c,
    2,
    "it",
    "ORDER",
    "Buongiorno, per venerdì: 2 sacchi di farina 00, 3 cartoni di burro, 4 kg di farina di mandorle, 1 secchio di pasta di nocciola, 4 sacchetti di Callebaut 70% da 2,5 kg",
    [
        L("FLOUR-00-25", 2),
        A(3, "BUTTER-UNSALTED", "BUTTER-SALTED"),
        L("ALMOND-GROUND-1", 4),
        L("PRALINE-5", 1),
        L("CHOC-DARK-70", 4, "2.5kg Bag"),
    ],
    "'cartoni di burro': butter by the case is unsalted or salted (sheets come by the box), still ambiguous; "
    "4 kg ground almonds = 4 bags; 70% and 2,5 kg name the product and variant",
    ["family", "multilingual", "variant"],
)
M(
    c,
    3,
    "it",
    "ORDER",
    "aggiungete 2 kg di pistacchi e 1 pasta di pistacchio per favore",
    [L("PISTACHIO-1", 2), X(1)],
    "pistachio paste is not in the catalog (pistachio kernels and hazelnut praline are)",
    ["not_in_catalog", "multilingual"],
)
M(
    c,
    4,
    "it",
    "QUESTION",
    "Avete il mascarpone? Ci servirebbe per il tiramisù del weekend",
    [],
    "mascarpone is not in the catalog",
    ["question", "multilingual", "not_in_catalog"],
)
M(
    c,
    5,
    "it",
    "COMPLAINT",
    "Il cioccolato 70% è arrivato tutto sciolto, 2 sacchetti da buttare.",
    [],
    "complaint with a quantity",
    ["complaint", "multilingual"],
)
M(
    c,
    6,
    "it",
    "ORDER",
    "Come la settimana scorsa ma senza canditi e con 6 tuorli invece di 4",
    [L("EGG-YOLK-1", 6, op="set")],
    "reference: last order without mixed peel, egg yolk 6 instead of 4",
    ["reference", "multilingual"],
    ref=dict(kind="last", remove=["MIXED-PEEL-2"]),
)
M(
    c,
    7,
    "it",
    "CHANGE",
    "Per l'ordine di giovedì: 5 sacchetti di cioccolato 70% invece di 4, grazie",
    [],
    "amendment of a placed order (the usual, whose 70% is the 2.5kg bag)",
    ["change", "multilingual"],
    change=[L("CHOC-DARK-70", 5, "2.5kg Bag")],
)

# ---------------------------------------------------------------- crumb-cafe (en, WhatsApp, regular)
c = "crumb-cafe"
M(
    c,
    1,
    "en",
    "ORDER",
    "same as last wk thx",
    [],
    "reference: last order",
    ["reference"],
    ref=dict(kind="last"),
)
M(
    c,
    2,
    "en",
    "ORDER",
    "the usual but swap the brown tulips for white this time",
    [L("MUFFIN-WRAPS", None, "White", op="swap")],
    "reference: the usual with the brown tulip wraps swapped for white; quantity comes from the usual",
    ["reference", "variant"],
    ref=dict(kind="usual", swap=[("MUFFIN-WRAPS", "Brown", "White")]),
)
M(
    c,
    4,
    "en",
    "ORDER",
    "could you send 2 boxes of muffin cases with tomorrow's?",
    [L("MUFFIN-WRAPS", 2, None)],
    "opens like a request but is an order; muffin wraps with no colour",
    ["variant", "non_order_request"],
)
M(
    c,
    5,
    "en",
    "OTHER",
    "I'd like help booking a delivery slot for next Tuesday, is there a form or something?",
    [],
    "service request, not an order",
    ["other", "non_order_request"],
)
M(
    c,
    6,
    "en",
    "QUESTION",
    "how much is the golden syrup these days? and do u have maple",
    [],
    "maple syrup is not in the catalog",
    ["question", "not_in_catalog"],
)

# ---------------------------------------------------------------- school-kitchen (en, email, regular)
c = "school-kitchen"
M(
    c,
    1,
    "en",
    "ORDER",
    "Subject: Weekly order\n\nHi, please repeat last week's order but only 2 cases of milk this time.\n\nThanks,\nJanet Holloway\nKitchen Manager, Greenfield Primary School\n44 Orchard Lane\nTel 07700 900714",
    [A(2, *MILK, op="set")],
    "reference: last order with milk set to 2 cases; milk ambiguous without history",
    ["reference", "family"],
    ref=dict(kind="last"),
)
M(
    c,
    2,
    "en",
    "ORDER",
    "Subject: Order for Thursday\n\n2 x plain flour 16kg\n1 x self raising 16kg\n2 tubs cake margarine\n1 sack caster\n2 cases semi skimmed\n2 trays medium eggs\n1 bag sultanas\n1 cocoa powder\n1 rainbow sprinkles\n\nJanet Holloway\nGreenfield Primary School",
    [
        L("FLOUR-PLAIN-16", 2),
        L("FLOUR-SR-16", 1),
        L("MARG-CAKE-12", 2),
        L("SUGAR-CASTER-25", 1),
        L("MILK-SEMI-12", 2),
        L("EGGS-MEDIUM-30", 2),
        L("SULTANAS-3", 1),
        L("COCOA-POWDER-1", 1),
        L("SPRINKLES-1", 1, "Rainbow"),
    ],
    "16kg is a pack size",
    ["clean", "variant"],
)
M(
    c,
    3,
    "en",
    "QUESTION",
    "Can you confirm whether your sprinkles are made in a nut-free factory? We are a nut-free school.",
    [],
    "question",
    ["question"],
)
M(
    c,
    4,
    "en",
    "OTHER",
    "Please note we break up for summer on 17 July; our last delivery will be 16 July. Thanks, Janet",
    [],
    "notice with dates",
    ["other"],
)
M(
    c,
    5,
    "en",
    "ORDER",
    "Please add 200 gloves, medium, to Thursday's order.",
    [L("GLOVES-NITRILE", 2, "Medium")],
    "unit conversion: 200 gloves = 2 boxes of 100",
    ["clean", "pack", "variant"],
)
M(
    c,
    6,
    "en",
    "COMPLAINT",
    "Eggs delivered Thursday: 2 trays had 9 broken eggs between them. Please credit.",
    [],
    "complaint with quantities",
    ["complaint"],
)

# ---------------------------------------------------------------- wedding-cakes (en, email, regular)
c = "wedding-cakes"
M(
    c,
    1,
    "en",
    "ORDER",
    'Subject: order for Monday\n\nHi, could I have 3 boxes of ivory sugarpaste, 2 white, 1 black, plus 2 packs of 12 inch drums and 2 packs of 12" cake boxes.\n\nThanks, Ana\nCakes by Ana Ferreira\nTel 07700 900715',
    [
        L("FONDANT-ROLL-5", 3, "Ivory"),
        L("FONDANT-ROLL-5", 2, "White"),
        L("FONDANT-ROLL-5", 1, "Black"),
        L("CAKE-DRUM", 2, "12 inch"),
        L("CAKE-BOX", 2, "12 inch"),
    ],
    "12 inch names the variant of drums and of boxes, each with its noun",
    ["clean", "variant", "non_order_request"],
)
M(
    c,
    2,
    "en",
    "ORDER",
    "Also 2 packs of 14 inch drums please",
    [L("CAKE-DRUM", 2, None, fill=False)],
    "there is no 14 inch drum: variant null",
    ["variant"],
)
M(
    c,
    3,
    "en",
    "ORDER",
    "and fondant x2 – forgot that one",
    [A(2, *FONDANT)],
    "fondant ambiguous (ready-to-roll or pouring)",
    ["family"],
)
M(
    c,
    4,
    "en",
    "QUESTION",
    "Do you stock edible gold leaf or lustre dust? A bride wants gold details on a 5 tier.",
    [],
    "gold leaf and lustre dust are not in the catalog",
    ["question", "not_in_catalog"],
)
M(
    c,
    5,
    "en",
    "ORDER",
    "Same as my last order but add the marzipan back in please – 2 boxes",
    [L("MARZIPAN-5", 2)],
    "reference: last order plus 2 marzipan",
    ["reference"],
    ref=dict(kind="last"),
)
M(
    c,
    6,
    "en",
    "COMPLAINT",
    "Subject: Ivory sugarpaste\n\nThe ivory is cracking as soon as I roll it, same batch as the last two deliveries. 3 boxes unusable.\n\nAna",
    [],
    "complaint with a quantity",
    ["complaint"],
)
M(
    c,
    7,
    "en",
    "CHANGE",
    "Could you change Monday's sugarpaste to 3 ivory instead of 1? Everything else the same.",
    [],
    "amendment of a placed order",
    ["change", "variant"],
    change=[L("FONDANT-ROLL-5", 3, "Ivory")],
)

# ---------------------------------------------------------------- choc-atelier (en, email, regular)
c = "choc-atelier"
M(
    c,
    1,
    "en",
    "ORDER",
    "Subject: Order\n\nPlease send: 2 x 10kg 70.5% callets, 3 x milk callets, 2 x white callets, 1 x trimoline, 1 x glucose, 4 x double cream.\n\nBest,\nÉlise Martin\nAtelier Cacao, 9 Mill Yard\n020 7946 0716",
    [
        L("CHOC-DARK-70", 2, "10kg Bag"),
        L("CHOC-MILK-33", 3),
        L("CHOC-WHITE-28", 2),
        L("INVERT-7", 1),
        L("GLUCOSE-7", 1),
        L("CREAM-DOUBLE-2L", 4),
    ],
    "10kg and 70.5% name the product and variant",
    ["clean", "variant"],
)
M(
    c,
    2,
    "en",
    "ORDER",
    "Add 2 bags of dark callets please",
    [A(2, *DARK)],
    "dark callets ambiguous (70.5% or 54.5%), and no bag size",
    ["family", "variant"],
)
M(
    c,
    4,
    "en",
    "QUESTION",
    "Is the 50% praline made with Piedmont hazelnuts? Also what's the minimum for free delivery?",
    [],
    "question",
    ["question"],
)
M(
    c,
    5,
    "en",
    "CANCEL",
    "Please cancel our order for Friday 5 June, the shop is closed for a family emergency.",
    [],
    "cancellation",
    ["cancel"],
)
M(
    c,
    6,
    "en",
    "ORDER",
    "2 passion fruit purée, 1 mango purée, 1 raspberry",
    [L("PUREE-PASSION-1", 2), L("PUREE-MANGO-1", 1), A(1, *RASP)],
    "'1 raspberry' could be the purée, the frozen fruit or the jam: ambiguous",
    ["family"],
)

# ---------------------------------------------------------------- vegan-bakes (en, WhatsApp, regular)
c = "vegan-bakes"
M(
    c,
    1,
    "en",
    "ORDER",
    "2 plain, 2 caster, 1 shortening, 1 gf flour, 1 gf baking powder, 1 cocoa, 1 golden syrup, walnuts + pecans 1kg each, brown cases 1 box 🌱",
    [
        L("FLOUR-PLAIN-16", 2),
        L("SUGAR-CASTER-25", 2),
        L("SHORTENING-12", 1),
        L("FLOUR-GF-10", 1),
        L("BAKING-POWDER-GF-1", 1),
        L("COCOA-POWDER-1", 1),
        L("GOLDEN-SYRUP-7", 1),
        L("WALNUT-1", 1),
        L("PECAN-1", 1),
        A(1, "CUPCAKE-CASES|Brown", "MUFFIN-WRAPS|Brown"),
    ],
    "'brown cases' fits brown cupcake cases and brown tulip muffin wraps: ambiguous",
    ["family"],
)
M(
    c,
    2,
    "en",
    "ORDER",
    "1 baking powder and 2 bicarb pls",
    [L("BAKING-POWDER-5", 1), L("BICARB-1", 2)],
    "bare 'baking powder' names the plain one (the gluten-free one carries a modifier), by the set's rule",
    ["clean"],
)
M(
    c,
    3,
    "en",
    "QUESTION",
    "do u have aquafaba or any egg replacer? also oat milk?",
    [],
    "none of these is in the catalog",
    ["question", "not_in_catalog"],
)
M(
    c,
    4,
    "en",
    "ORDER",
    "usual pls but no pecans this wk",
    [],
    "reference: the usual without pecans",
    ["reference"],
    ref=dict(kind="usual", remove=["PECAN-1"]),
)
M(
    c,
    5,
    "en",
    "COMPLAINT",
    "walnuts were rancid, smelled off straight out of the bag 😕",
    [],
    "complaint",
    ["complaint"],
)

# ---------------------------------------------------------------- konditorei-lindner (de, email, regular)
c = "konditorei-lindner"
M(
    c,
    1,
    "de",
    "ORDER",
    "Betreff: Bestellung KW 23\n\nSehr geehrte Damen und Herren,\nbitte liefern Sie am Mittwoch:\n- 2 Sack Plain Flour\n- 3 Kartons Butter ungesalzen\n- 4 Trays Eier groß\n- 1 Sack 10 kg Callebaut 54,5%\n- 2 Eimer Aprikotur\n- 3 Kartons Schlagsahne\n\nMit freundlichen Grüßen\nLena Brandstätter\nKonditorei Lindner, Graben 17, 1010 Wien",
    [
        L("FLOUR-PLAIN-16", 2),
        L("BUTTER-UNSALTED", 3),
        L("EGGS-LARGE-30", 4),
        L("CHOC-DARK-54", 1, "10kg Bag"),
        L("GLAZE-APRICOT-7", 2),
        L("CREAM-WHIP-35", 3),
    ],
    "KW 23, street number and postcode are not quantities; 10 kg and 54,5% name the product and variant",
    ["clean", "multilingual", "variant"],
)
M(
    c,
    2,
    "de",
    "ORDER",
    "Wie letzte Woche, aber nur 3 Kartons Sahne",
    [L("CREAM-WHIP-35", 3, op="set")],
    "reference: last order with cream set to 3; 'Kartons' narrows cream to the whipping cream (the only cream by the case)",
    ["reference", "multilingual"],
    ref=dict(kind="last"),
)
M(
    c,
    4,
    "de",
    "QUESTION",
    "Haben Sie auch Blattgelatine in Silber? Und was kostet Pistazienpaste?",
    [],
    "silver gelatine and pistachio paste are not in the catalog",
    ["question", "multilingual", "not_in_catalog"],
)
M(
    c,
    5,
    "de",
    "COMPLAINT",
    "Die Eier waren bei der Lieferung nicht gekühlt und 1 Tray war komplett zerbrochen.",
    [],
    "complaint with a quantity",
    ["complaint", "multilingual"],
)
M(
    c,
    6,
    "de",
    "CHANGE",
    "Bitte die Lieferung von Mittwoch auf Donnerstag verschieben, die Mengen bleiben gleich.",
    [],
    "amendment: the day moves, no line changes",
    ["change", "multilingual"],
    change=[],
)

# ---------------------------------------------------------------- brezel-bros (en, SMS, regular)
c = "brezel-bros"
M(
    c,
    2,
    "en",
    "ORDER",
    "4 strong 1 malted 2 fresh yeast 1 salted butter 1 sesame",
    [
        L("FLOUR-STRONG-16", 4),
        L("FLOUR-MALTED-16", 1),
        L("YEAST-FRESH-1", 2),
        L("BUTTER-SALTED", 1),
        L("SEED-SESAME-1", 1),
    ],
    "list without commas",
    ["clean", "spoken"],
)
M(
    c,
    3,
    "en",
    "ORDER",
    "also 5L food grade lye if u have it, and a box of large gloves",
    [X(1), L("GLOVES-NITRILE", 1, "Large")],
    "lye is not in the catalog",
    ["not_in_catalog", "variant"],
)
M(c, 4, "en", "QUESTION", "u open bank holiday monday?", [], "question", ["question"])
# ---------------------------------------------------------------- cookie-post (en, WhatsApp, regular)
c = "cookie-post"
M(
    c,
    1,
    "en",
    "ORDER",
    "hey! 3 plain, 3 brown sugar, 1 caster, 3 salted butter, 2 eggs large, 3 choc chunks, 1 bicarb",
    [
        L("FLOUR-PLAIN-16", 3),
        A(3, *BROWN),
        L("SUGAR-CASTER-25", 1),
        L("BUTTER-SALTED", 3),
        L("EGGS-LARGE-30", 2),
        L("CHOC-CHUNKS-5", 3),
        L("BICARB-1", 1),
    ],
    "brown sugar ambiguous (light or dark)",
    ["family"],
)
M(
    c,
    2,
    "en",
    "ORDER",
    "the usual, but 4 boxes of chunks instead of 2 – new double choc cookie 🍪",
    [L("CHOC-CHUNKS-5", 4, op="set")],
    "reference: the usual with chocolate chunks 4",
    ["reference"],
    ref=dict(kind="usual"),
)
M(
    c,
    3,
    "en",
    "ORDER",
    "20 cases salted butter for next tuesday",
    [L("BUTTER-SALTED", 20)],
    "outlier: far above the usual 3 a week with no reason given",
    ["outlier"],
    outlier=True,
)
M(
    c,
    4,
    "en",
    "ORDER",
    "600 medium kraft boxes pls",
    [L("PASTRY-BOX", 6, "Medium")],
    "unit conversion: 600 boxes = 6 packs of 100",
    ["clean", "pack", "variant"],
)
M(
    c,
    5,
    "en",
    "COMPLAINT",
    "bicarb tub arrived open and half of it spilled in the box",
    [],
    "complaint",
    ["complaint"],
)
M(c, 6, "en", "OTHER", "thx for sorting the credit, all good now 👌", [], "thanks", ["other"])

# ---------------------------------------------------------------- campus-cafe (en, email, regular)
c = "campus-cafe"
M(
    c,
    1,
    "en",
    "ORDER",
    "Subject: Thursday order\n\nHi team, for Thursday please: 1 plain flour, 1 self raising, 1 caster, 2 trays medium eggs, 3 cases semi-skimmed, 1 unsalted butter, 2kg frozen blueberries, 1 box white tulip wraps, 1 cling film.\n\nMany thanks,\nPriya Shah\nCatering Supervisor, Campus Café, Building 7\nExt. 4471",
    [
        L("FLOUR-PLAIN-16", 1),
        L("FLOUR-SR-16", 1),
        L("SUGAR-CASTER-25", 1),
        L("EGGS-MEDIUM-30", 2),
        L("MILK-SEMI-12", 3),
        L("BUTTER-UNSALTED", 1),
        L("FROZEN-BLUEB-1", 2),
        L("MUFFIN-WRAPS", 1, "White"),
        L("CLING-FILM", 1),
    ],
    "2kg blueberries = 2 bags; building and extension numbers are not quantities",
    ["clean", "variant"],
)
M(
    c,
    2,
    "en",
    "ORDER",
    "Could you repeat our usual order for next week? Thanks, Priya",
    [],
    "reference: the usual; opens like a request",
    ["reference", "non_order_request"],
    ref=dict(kind="usual"),
)
M(
    c,
    3,
    "en",
    "QUESTION",
    "Could you send us your price list for the new term? We're budgeting for September.",
    [],
    "request for information",
    ["question", "non_order_request"],
)
M(
    c,
    4,
    "en",
    "OTHER",
    "I would like help updating the delivery contact on our account – Tom has left, please use Priya from now on.",
    [],
    "account request",
    ["other", "non_order_request"],
)
M(
    c,
    5,
    "en",
    "ORDER",
    "please add 2 lemon curd and 12 litres of milk",
    [L("LEMON-CURD-5", 2), A(1, *MILK)],
    "12 litres = 1 case of 12 x 1L; milk ambiguous (whole or semi-skimmed)",
    ["family", "container"],
)

# ---------------------------------------------------------------- rosebud-tea (en, SMS, regular)
c = "rosebud-tea"
M(
    c,
    2,
    "en",
    "ORDER",
    "2 SR no sorry 3 SR, 6 extra thick cream, 2 large eggs, 1 jam, 1 lemon curd",
    [
        L("FLOUR-SR-16", 3),
        L("CREAM-XTHICK-2L", 6),
        L("EGGS-LARGE-30", 2),
        L("JAM-RASP-6", 1),
        L("LEMON-CURD-5", 1),
    ],
    "self-correction: 3 SR; '2 large eggs' from a tea room is 2 trays (the selling unit)",
    ["clean", "self_correction"],
)
M(
    c,
    4,
    "en",
    "QUESTION",
    "whats the best before on clotted cream if u do it?",
    [],
    "clotted cream is not in the catalog",
    ["question", "not_in_catalog"],
)
M(
    c,
    5,
    "en",
    "OTHER",
    "Closed Mon and Tue next week for refurb, no delivery those days pls",
    [],
    "notice",
    ["other"],
)
M(
    c,
    6,
    "en",
    "ORDER",
    "1 caster and 2 double cream",
    [L("SUGAR-CASTER-25", 1), L("CREAM-DOUBLE-2L", 2)],
    "'double cream' names the plain double cream (extra thick carries a modifier)",
    ["clean"],
)

# ---------------------------------------------------------------- freshway-bakery (en, email, regular)
c = "freshway-bakery"
M(
    c,
    1,
    "en",
    "ORDER",
    "Subject: Store 14 bakery order PO-55120\n\nPlease deliver Monday 8 June:\n8 x Strong White Bread Flour 16kg\n2 x Plain Flour 16kg\n1 x Bread Improver 10kg\n2 x Instant Dried Yeast 20 x 500g\n1 x Caster Sugar 25kg\n2 x Paper Bread Bags Large\n1 x Nitrile Gloves Large\n\nRegards\nDeepak Rao\nBakery Manager, FreshWay Store 14\nUnit 3, Riverside Retail Park\nTel: 020 7946 0714",
    [
        L("FLOUR-STRONG-16", 8),
        L("FLOUR-PLAIN-16", 2),
        L("IMPROVER-10", 1),
        L("YEAST-DRIED-20", 2),
        L("SUGAR-CASTER-25", 1),
        L("BREAD-BAG", 2, "Large"),
        L("GLOVES-NITRILE", 1, "Large"),
    ],
    "PO, store, unit and phone numbers and pack sizes are not quantities",
    ["clean", "variant"],
)
M(
    c,
    2,
    "en",
    "ORDER",
    "Please repeat last week's order, plus 1 x sanitiser. Deepak",
    [L("SANITISER-5L", 1)],
    "reference: last order plus 1 sanitiser (added to the basket's)",
    ["reference"],
    ref=dict(kind="last"),
)
M(
    c,
    4,
    "en",
    "COMPLAINT",
    "We were invoiced for 10 sacks of strong flour on INV-20931 but only 8 were delivered.",
    [],
    "billing complaint; invoice number",
    ["complaint"],
)
M(
    c,
    5,
    "en",
    "QUESTION",
    "Do you have a recyclable alternative to the large bread bags? Head office is asking.",
    [],
    "question",
    ["question"],
)

# ---------------------------------------------------------------- harbour-events (en, email, never repeats)
c = "harbour-events"
M(
    c,
    1,
    "en",
    "ORDER",
    "Hi, could we have the usual for the Saturday event? Thanks, Olu",
    [],
    "reference: the usual, but this customer never repeats a basket",
    ["reference", "ambiguous_reference"],
    ref=dict(kind="usual"),
)
M(
    c,
    2,
    "en",
    "ORDER",
    "Same as last order please, but 3 packs of 12 inch cake boxes on top.",
    [L("CAKE-BOX", 3, "12 inch")],
    "reference: last order plus 3 x 12 inch cake boxes",
    ["reference", "variant"],
    ref=dict(kind="last"),
)
M(
    c,
    3,
    "en",
    "ORDER",
    "Subject: Hartley wedding 13/06\n\nFor the Hartley wedding (180 covers): 4 plain flour, 3 cases unsalted butter, 10 trays large eggs, 12 double cream, 4 x 2.5kg 54% callets, 3 packs large pastry boxes, 6 passion fruit purée.\n\nOlu Adeyemi\nHead Chef, Harbourside Events\n020 7946 0723",
    [
        L("FLOUR-PLAIN-16", 4),
        L("BUTTER-UNSALTED", 3),
        L("EGGS-LARGE-30", 10),
        L("CREAM-DOUBLE-2L", 12),
        L("CHOC-DARK-54", 4, "2.5kg Bag"),
        L("PASTRY-BOX", 3, "Large"),
        L("PUREE-PASSION-1", 6),
    ],
    "180 covers and the date are not quantities",
    ["clean", "variant"],
)
M(
    c,
    4,
    "en",
    "ORDER",
    "If you can deliver Saturday before 8am, we'd like 6 trays large eggs and 8 double cream; otherwise we'll source locally.",
    [L("EGGS-LARGE-30", 6), L("CREAM-DOUBLE-2L", 8)],
    "conditional order: review",
    ["conditional"],
    review=True,
)
M(
    c,
    5,
    "en",
    "QUESTION",
    "Could you quote for 40 cases of whipping cream for a 3-day festival in July?",
    [],
    "request for a quote is a question",
    ["question", "non_order_request"],
)

# ---------------------------------------------------------------- saturday-stall (en, WhatsApp, never repeats)
c = "saturday-stall"
M(
    c,
    1,
    "en",
    "ORDER",
    "usual for sat pls maggie x",
    [],
    "reference: the usual; this customer never repeats a basket",
    ["reference", "ambiguous_reference"],
    ref=dict(kind="usual"),
)
M(
    c,
    2,
    "en",
    "ORDER",
    "2 SR, 1 caster, 1 marg, 2 eggs, small boxes x2",
    [
        L("FLOUR-SR-16", 2),
        L("SUGAR-CASTER-25", 1),
        L("MARG-CAKE-12", 1),
        A(2, *EGGS),
        L("PASTRY-BOX", 2, "Small"),
    ],
    "eggs ambiguous; 'small boxes' only fits the kraft pastry box",
    ["family", "variant"],
)
M(
    c,
    3,
    "en",
    "OTHER",
    "Sorry I missed the driver today!! I'll be in from 7 tomorrow",
    [],
    "notice",
    ["other"],
)
M(
    c,
    4,
    "en",
    "ORDER",
    "can i get 3 jam and 2 lemon curd with sat's",
    [L("JAM-RASP-6", 3), L("LEMON-CURD-5", 2)],
    "opens like a question but is an order",
    ["clean", "non_order_request"],
)

# ---------------------------------------------------------------- sugar-bloom (en, WhatsApp, first-time)
c = "sugar-bloom"
M(
    c,
    1,
    "en",
    "ORDER",
    "Hi! We're a new cake studio in Hove, just opened an account 😊 First order: 2 sacks plain flour, 1 sack caster, 2 cases unsalted butter, 3 trays large eggs, 2 boxes white sugarpaste, 1 pack 8 inch cake boxes, 1 pack 8 inch drums and 1 alcohol-free vanilla extract (we're halal)",
    [
        L("FLOUR-PLAIN-16", 2),
        L("SUGAR-CASTER-25", 1),
        L("BUTTER-UNSALTED", 2),
        L("EGGS-LARGE-30", 3),
        L("FONDANT-ROLL-5", 2, "White"),
        L("CAKE-BOX", 1, "8 inch"),
        L("CAKE-DRUM", 1, "8 inch"),
        L("VANILLA-EXTRACT-AF-1", 1),
    ],
    "first order of a new customer",
    ["clean", "new_customer", "variant"],
)
M(
    c,
    3,
    "en",
    "ORDER",
    "same again as my last order please!",
    [],
    "reference from a first-time customer: their earlier message is not history",
    ["reference", "new_customer"],
    ref=dict(kind="last"),
)
M(
    c,
    2,
    "en",
    "QUESTION",
    "What's your minimum order and which days do you deliver to Hove (BN3)?",
    [],
    "question; postcode",
    ["question", "new_customer"],
)
M(
    c,
    2,
    "en",
    "ORDER",
    "Can I add black cases? 2 boxes",
    [L("CUPCAKE-CASES", 2, "Black")],
    "black cases are only cupcake cases; opens like a question but is an order",
    ["clean", "variant", "non_order_request", "new_customer"],
)
M(
    c,
    4,
    "en",
    "ORDER",
    "also 2 pink please",
    [A(2, "COLOUR-GEL|Pink", "SPRINKLES-1|Pink")],
    "pink fits the colouring gel and the sprinkles: ambiguous",
    ["family", "new_customer"],
)

# ================================================================ second pass: more clean orders and non-orders
M(
    "crumb-cafe",
    4,
    "en",
    "ORDER",
    "morning! 2 golden caster, 1 SR, 1 plain + 3kg frozen blueberrys pls",
    [L("SUGAR-GOLDCASTER-25", 2), L("FLOUR-SR-16", 1), L("FLOUR-PLAIN-16", 1), L("FROZEN-BLUEB-1", 3)],
    "golden caster is the special member, named; 3kg = 3 bags; typo",
    ["clean", "typo"],
)
M(
    "rise-bakery",
    3,
    "en",
    "ORDER",
    "Can we get 2 sakcs of malted grain and 1 of the light rye on Thursday",
    [L("FLOUR-MALTED-16", 2), L("FLOUR-RYE-LIGHT-16", 1)],
    "light rye is named, although this bakery usually buys dark rye; typo",
    ["clean", "typo", "non_order_request"],
)
M(
    "baeckerei-huber",
    4,
    "de",
    "ORDER",
    "Zwei Sack Strong White und ein Karton Trockenhefe bitte",
    [L("FLOUR-STRONG-16", 2), L("YEAST-DRIED-20", 1)],
    "number words; Trockenhefe = dried yeast",
    ["clean", "spoken", "multilingual"],
)
M(
    "pasticceria-gioia",
    5,
    "it",
    "ORDER",
    "Mi servono 3 kg di nocciole tritate e 2 secchi di glassa a specchio neutra",
    [L("HAZELNUT-CHOP-1", 3), L("GLAZE-NEUTRAL-5", 2)],
    "3 kg = 3 bags",
    ["clean", "multilingual"],
)
M(
    "konditorei-lindner",
    4,
    "de",
    "ORDER",
    "Betreff: Nachbestellung\n\nBitte für Freitag zusätzlich 2 Eimer Invertzucker und 1 Karton Blattgelatine.\n\nMfG\nLena Brandstätter",
    [L("INVERT-7", 2), L("GELATINE-LEAF-1", 1)],
    "an addition is ORDER",
    ["clean", "multilingual"],
)
M(
    "school-kitchen",
    4,
    "en",
    "ORDER",
    "Please add to Thursday: one tub of cornflour and a 7kg tub of golden syrup. Janet",
    [L("CORNFLOUR-3", 1), L("GOLDEN-SYRUP-7", 1)],
    "number word; 7kg is the tub size, not a quantity",
    ["clean", "spoken"],
)
M(
    "choc-atelier",
    3,
    "en",
    "ORDER",
    "2 x 1kg cocoa nibs and 1 pack of small kraft pastry boxes please",
    [L("COCOA-NIBS-1", 2), L("PASTRY-BOX", 1, "Small")],
    "1kg is the bag size",
    ["clean", "variant"],
)
M(
    "wedding-cakes",
    4,
    "en",
    "ORDER",
    "Could you pop 1 box of red sugarpaste and 2 packs of 10 inch cake boxes on Monday's?",
    [L("FONDANT-ROLL-5", 1, "Red"), L("CAKE-BOX", 2, "10 inch")],
    "an addition opening like a request",
    ["clean", "variant", "non_order_request"],
)
M(
    "nata-lisboa",
    4,
    "pt",
    "ORDER",
    "Para sexta: 4 caixas de leite gordo e 2 caixas de manteiga em placas",
    [L("MILK-WHOLE-12", 4), L("BUTTER-SHEETS", 2)],
    "manteiga em placas = butter sheets",
    ["clean", "multilingual"],
)
M(
    "saturday-stall",
    5,
    "en",
    "ORDER",
    "3 sultanas, 1 cocoa, 1 SR thx",
    [L("SULTANAS-3", 3), L("COCOA-POWDER-1", 1), L("FLOUR-SR-16", 1)],
    "bare 'cocoa' is the plain cocoa powder (black cocoa carries a modifier)",
    ["clean"],
)

M(
    "rosebud-tea",
    3,
    "en",
    "OTHER",
    "Please leave deliveries by the back gate from now on, the code is 4471. Margaret",
    [],
    "delivery instruction; a gate code",
    ["other"],
)
M(
    "brezel-bros",
    3,
    "en",
    "COMPLAINT",
    "driver came at 11 not 7, pretzels were late for the morning rush. not happy",
    [],
    "complaint; times",
    ["complaint"],
)
M(
    "freshway-bakery",
    3,
    "en",
    "QUESTION",
    "Can you send the certificate of analysis for the improver, batch B-5521?",
    [],
    "request for a document",
    ["question", "non_order_request"],
)
M(
    "konditorei-lindner",
    7,
    "de",
    "OTHER",
    "Vielen Dank für die schnelle Lieferung heute, alles bestens.",
    [],
    "thanks",
    ["other", "multilingual"],
)
M(
    "rise-bakery",
    6,
    "en",
    "QUESTION",
    "what's the protein % on the T65? trying a longer ferment",
    [],
    "question",
    ["question"],
)
M(
    "choc-atelier",
    4,
    "en",
    "OTHER",
    "I'd like to open a second account for our new shop in Brighton – could someone call me on 07700 900816?",
    [],
    "account request; a phone number",
    ["other", "non_order_request"],
)
M(
    "bakkerij-tulp",
    4,
    "nl",
    "COMPLAINT",
    "De zakken volkoren waren vochtig bij aankomst, 2 zakken zijn helemaal klonterig.",
    [],
    "complaint with a quantity",
    ["complaint", "multilingual"],
)
M(
    "pasticceria-gioia",
    3,
    "it",
    "QUESTION",
    "Fate consegne anche il sabato mattina?",
    [],
    "question",
    ["question", "multilingual"],
)
M(
    "sugar-bloom",
    3,
    "en",
    "OTHER",
    "I want to change the email on our invoices to hello@sugarbloom.example please",
    [],
    "account request",
    ["other", "non_order_request", "new_customer"],
)
M(
    "panaderia-sol",
    3,
    "es",
    "QUESTION",
    "¿Me podéis mandar la ficha técnica de la harina de fuerza?",
    [],
    "request for a document",
    ["question", "multilingual"],
)
M(
    "petit-four",
    3,
    "fr",
    "ORDER",
    "Et 2 boîtes de poches à douille 21 pouces s'il vous plaît",
    [L("PIPING-BAGS", 2, "21 inch")],
    "21 pouces = 21 inch",
    ["clean", "variant", "multilingual"],
)
M(
    "cupcake-co",
    5,
    "en",
    "ORDER",
    "12 inch x3 as well pls",
    [A(3, "CAKE-BOX|12 inch", "CAKE-DRUM|12 inch", "PIPING-BAGS|12 inch")],
    "'12 inch' alone fits cake boxes, cake drums and piping bags: ambiguous",
    ["family", "variant"],
)
M(
    "freshway-bakery",
    4,
    "en",
    "ORDER",
    "Please add 2 boxes of baking paper sheets 40x60 to Monday. Deepak",
    [L("BAKING-PAPER-500", 2)],
    "40x60 is the sheet size",
    ["clean"],
)
M(
    "donut-lab",
    4,
    "en",
    "ORDER",
    "ok we'll take 2 bags of the snow sugar then 👍",
    [L("SUGAR-SNOW-1", 2)],
    "follows the customer's question about dusting sugar",
    ["clean"],
)
