# ruff: noqa  (hand-written data generator of blind set 27, kept as its writer left it)
"""messages of set 27 and their plain labels, all hand-written.

L(sku, q, v)      a line of a catalog product (v: the variant name, or None when the text does not say; only on
                  products with variants)
F(cands, q, cv)   a family line: sku null, the candidate skus (cv: a variant named in the text)
X(q, what)        a line the catalog does not have
m(customer, channel, day, language, intent, text, lines, rv=expect_review, n=notes, t=tags,
  ref=("usual"|"last", {"rm": [...], "dbl": [...]}), outlier=True, change=change_lines)
In a reference, lines with set=True are new quantities; the other lines are additions.
day 0 is Monday 2027-06-28.
"""

NA = object()
MSGS = []


def L(sku, q, v=NA, set=False, nofill=False):
    d = {"sku": sku, "quantity": q}
    if v is not NA:
        d["variant"] = v
    d["_set"] = set
    d["_nofill"] = nofill
    return d


def F(cands, q, cv=None, nofill=False):
    return {
        "sku": None,
        "quantity": q,
        "candidates": list(cands),
        "candidate_variant": cv,
        "_set": False,
        "_nofill": nofill,
    }


def X(q, what):
    return {"sku": None, "quantity": q, "_what": what, "_set": False, "_nofill": True}


CH = {"W": "WHATSAPP", "S": "SMS", "E": "EMAIL"}


def m(c, ch, day, lang, intent, text, lines=(), rv=None, n="", t="", ref=None, outlier=False, change=None):
    MSGS.append(
        {
            "customer": c,
            "channel": CH[ch],
            "day": day,
            "language": lang,
            "intent": intent,
            "text": text,
            "lines": list(lines),
            "review": rv,
            "notes": n,
            "tags": t.split(),
            "ref": ref,
            "outlier": outlier,
            "change": change,
        }
    )


VAN = ["ICE-VANILLA", "ICE-CLOTTED-4L"]
PIST = ["PASTE-PIST-PURE", "PASTE-PIST-FLAV"]
CONES = ["CONE-CAKE", "CONE-CAKE-COL", "CONE-SUGAR", "CONE-WAFFLE", "CONE-WAFFLE-CHOC", "CONE-GF"]
LARGE_CONES = ["CONE-CAKE", "CONE-WAFFLE"]
NUTELLA = ["SPREAD-HAZ-3K", "RIP-HAZCOCOA"]
SPRINKLES = ["SPRINK-STRANDS", "SPRINK-HT", "SPRINK-UNICORN"]
SORBETS = ["SORBET-LEMON-5L", "SORBET-MANGO-5L", "SORBET-RASP-5L"]
CHEESECAKES = ["CAKE-NYCHEESE", "CAKE-SCCHEESE", "CAKE-BISCHEESE"]
CREAMS = ["CREAM-DOUBLE-2L", "CREAM-WHIP-1L", "CREAM-AEROSOL"]
SHAKES = ["SHAKE-VAN-2K", "SHAKE-STRAW-2K", "SHAKE-CHOC-2K"]
SLUSH = ["SLUSH-BLUE-5L", "SLUSH-CHERRY-5L", "SLUSH-COLA-5L"]
SOFTSERVE = ["SOFT-VAN-PWD", "SOFT-CHOC-PWD", "SOFT-UHT-1L"]
NAPKINS = ["NAPKIN-2PLY", "NAPKIN-DISP"]
ICECREAMS = [
    "ICE-VANILLA",
    "ICE-CLOTTED-4L",
    "ICE-CHOC-5L",
    "ICE-STRAW-5L",
    "ICE-MINTCHOC-5L",
    "ICE-RUMRAISIN-5L",
]
CARAMEL = ["PASTE-SALTCAR", "RIP-CARAMEL", "SAUCE-CARAMEL"]
BISCOFF = ["PASTE-SPECULOOS", "RIP-SPECULOOS", "CRUMB-BISCUIT", "CAKE-BISCHEESE"]
CHERRIES = ["CHERRY-AMARENA", "CHERRY-MARASCH"]
PIST_1KG = ["PASTE-PIST-PURE", "NUTS-PIST-1K", "SPREAD-PIST-1K"]

# ---------------------------------------------------------------- nonna-lucia (gelateria, Brighton)
m(
    "nonna-lucia",
    "W",
    0,
    "en",
    "ORDER",
    "Morning Marco! Thursday delivery pls:\n8 latte base\n3 sorbet base\n2 x pure pistachio 3kg\n"
    "1 piedmont hazelnut 3kg\n1 stracciatella coating\n1 amarena variegate\n1 case medium cake cones\n"
    "1 case 4oz cups\n1 box pink spades\nthanks, Lucia",
    [
        L("BASE-LATTE-2K", 8),
        L("BASE-FRUTTA-1K5", 3),
        L("PASTE-PIST-PURE", 2, "3kg"),
        L("PASTE-HAZ-PURE", 1, "3kg"),
        L("STRACC-COAT", 1),
        L("RIP-AMARENA", 1),
        L("CONE-CAKE", 1, "Medium"),
        L("CUP-PAPER", 1, "4oz"),
        L("SPOON-SPADE", 1, "Pink"),
    ],
    rv=False,
    t="variant number_in_name",
    n="'3kg' is the pistachio and hazelnut variant, not a quantity; 'sorbet base' is the fruit base",
)
m(
    "nonna-lucia",
    "W",
    2,
    "en",
    "QUESTION",
    "Hi, I'd like to know if the Sicilian pistachio is going up again in August? Customers already moan at "
    "£3.80 a scoop 😅",
    t="non_order_request emoji",
    n="price question; £3.80 is a shop price",
)
m(
    "nonna-lucia",
    "W",
    3,
    "en",
    "ORDER",
    "can u add 2 pistachio paste and a lemon paste to tomorrow's drop",
    [F(PIST, 2), L("PASTE-LEMON", 1)],
    rv=True,
    t="family non_order_request",
    n="ambiguous: 'pistachio paste' is the pure Sicilian or the flavour paste, size not given either",
)
m(
    "nonna-lucia",
    "W",
    4,
    "en",
    "ORDER",
    "need four bags of latte base two tubs of coffee paste and a case of small cake cones for saturday thanks lucia",
    [L("BASE-LATTE-2K", 4), L("PASTE-COFFEE", 2), L("CONE-CAKE", 1, "Small")],
    rv=False,
    t="spoken variant",
    n="spoken list without commas; 'small' picks the cake cone variant",
)
m(
    "nonna-lucia",
    "W",
    5,
    "en",
    "COMPLAINT",
    "The 4oz cups that came Thursday are the wrong ones, they're 6oz. Need the 4oz swapped, 1 case.",
    t="variant",
    n="wrong size delivered; a swap, not a new order",
)
m(
    "nonna-lucia",
    "W",
    6,
    "en",
    "ORDER",
    "Same as last week for Tuesday please but 3 stracciatella instead of 1",
    [L("STRACC-COAT", 3, set=True)],
    rv=True,
    t="reference",
    ref=("last", {}),
    n="reference to the last order with one new quantity",
)
m(
    "nonna-lucia",
    "W",
    1,
    "en",
    "ORDER",
    "Lucia 🍦 can we also get 1 tub green mint paste and 2 small pistachio tubs (the 1kg pure)",
    [L("PASTE-MINT", 1, "Green"), L("PASTE-PIST-PURE", 2, "1kg")],
    rv=False,
    t="variant emoji non_order_request",
    n="'green' picks the mint paste colour; 'the 1kg pure' names the pure pistachio 1kg",
)
m(
    "nonna-lucia",
    "W",
    2,
    "en",
    "OTHER",
    "Thanks Marco, driver was lovely today, left it all in the cold room 👍",
    t="emoji",
    n="thanks",
)
m(
    "nonna-lucia",
    "W",
    3,
    "en",
    "ORDER",
    "Lucia again - 2 boxes of tasting spoons and a tub of pistachio crunch ripple please, the tourists sample "
    "everything 😂",
    [L("SPOON-TASTER", 2), L("RIP-PIST", 1)],
    rv=False,
    t="emoji",
)

# ---------------------------------------------------------------- scoops-prom (kiosk, Blackpool)
m(
    "scoops-prom",
    "S",
    0,
    "en",
    "ORDER",
    "Hi its Gary at Scoops. Heatwave this wk!! 14 vanilla, 6 choc, 6 strawb, 3 mint choc, 3 cs large cones, "
    "4 box flakes, 2 monkey blood",
    [
        F(VAN, 14),
        L("ICE-CHOC-5L", 6),
        L("ICE-STRAW-5L", 6),
        L("ICE-MINTCHOC-5L", 3),
        F(LARGE_CONES, 3, "Large"),
        L("FLAKE-99", 4),
        L("SAUCE-RASP", 2),
    ],
    rv=True,
    t="family variant",
    n="ambiguous: 'vanilla' is dairy vanilla (2L or 5L) or clotted cream vanilla; 'large cones' is the large cake "
    "cone or the large waffle cone. choc, strawb and mint choc in a list of tubs from a kiosk are the 5L ice "
    "creams. Heatwave given as the reason for the higher quantities",
)
m(
    "scoops-prom",
    "S",
    2,
    "en",
    "QUESTION",
    "do u do the flakes in a smaller box? 144 is a lot for us midweek",
    n="144 is the box size",
)
m(
    "scoops-prom",
    "S",
    3,
    "en",
    "ORDER",
    "Gary again. can u add 12 bottles of monkey blood + 2 bags hundreds n thousands to thurs",
    [L("SAUCE-RASP", 2), L("SPRINK-HT", 2)],
    rv=False,
    t="container non_order_request",
    n="12 bottles of monkey blood = 2 cases of 6 x 1kg",
)
m(
    "scoops-prom",
    "S",
    4,
    "en",
    "ORDER",
    "usual for thurs pls mate",
    [],
    rv=True,
    t="reference",
    ref=("usual", {}),
)
m(
    "scoops-prom",
    "S",
    6,
    "en",
    "OTHER",
    "Shop shut Mon 5th for the council works on the prom, dont deliver that day ta",
    n="closure notice",
)
m(
    "scoops-prom",
    "S",
    5,
    "en",
    "ORDER",
    "gary. 2 rum & raisin and 1 dispenser napkins for sat pls",
    [L("ICE-RUMRAISIN-5L", 2), L("NAPKIN-DISP", 1)],
    rv=False,
)
m(
    "scoops-prom",
    "S",
    1,
    "en",
    "COMPLAINT",
    "2 of the 4 choc tubs had ice crystals all through, think they thawed on the way. not happy. gary",
    n="quality complaint",
)
m(
    "scoops-prom",
    "S",
    2,
    "en",
    "ORDER",
    "6 x 5L vanilla dairy and 2 mint choc chip for tmrw pls gary",
    [L("ICE-VANILLA", 6, "5L"), L("ICE-MINTCHOC-5L", 2)],
    rv=False,
    t="variant number_in_name",
    n="'6 x 5L' is six 5L tubs",
)

# ---------------------------------------------------------------- dolce-lounge (dessert parlour, Birmingham)
m(
    "dolce-lounge",
    "W",
    0,
    "en",
    "ORDER",
    "Hiya, for Weds: 3 waffle mix 5kg, 2 crepe mix, 4 nutella, 1 cs choc sauce, 1 cs white choc sauce, "
    "2 oreo crumb, 4 frozen strawbs, 2 NY cheesecakes, 2 brownie trays 🙏",
    [
        L("MIX-WAFFLE-BEL", 3, "5kg"),
        L("MIX-CREPE-5K", 2),
        F(NUTELLA, 4),
        L("SAUCE-CHOC", 1),
        L("SAUCE-WHITE", 1),
        L("CRUMB-COOKIE", 2),
        L("FRUIT-STRAW-FZ", 4),
        L("CAKE-NYCHEESE", 2),
        L("BROWNIE-TRAY", 2),
    ],
    rv=True,
    t="family emoji variant",
    n="ambiguous: 'nutella' is the hazelnut cocoa spread tub or the hazelnut cocoa ripple. 'waffle mix 5kg' is "
    "the Belgian 5kg (the bubble mix only comes in 2kg)",
)
m(
    "dolce-lounge",
    "W",
    1,
    "en",
    "QUESTION",
    "do you have a gluten free waffle mix? got a few coeliac customers asking",
    t="not_in_catalog",
)
m(
    "dolce-lounge",
    "W",
    2,
    "en",
    "ORDER",
    "Can I get 2 of the biscoff cheesecakes and a bag of biscuit crumb added to Wednesday's",
    [L("CAKE-BISCHEESE", 2), L("CRUMB-BISCUIT", 1)],
    rv=False,
    t="non_order_request",
    n="an order that opens with 'can I get'; 'biscoff cheesecake' names the caramel biscuit cheesecake",
)
m(
    "dolce-lounge",
    "W",
    3,
    "en",
    "ORDER",
    "Also need milkshake bits: 2000 16oz shake cups, 2 cs dome lids, 500 pink straws",
    [L("CUP-SHAKE", 2, "16oz"), L("LID-DOME", 2), L("STRAW-PAPER", 2, "Pink Stripe")],
    rv=False,
    t="pack count variant",
    n="2000 cups = 2 cases of 1000; 500 straws = 2 boxes of 250",
)
m(
    "dolce-lounge",
    "W",
    5,
    "en",
    "COMPLAINT",
    "2 of the 4 hazelnut spread tubs came with split lids, chocolate everywhere in the van box. Can you credit please",
    n="damaged goods, credit request",
)
m(
    "dolce-lounge",
    "W",
    6,
    "en",
    "ORDER",
    "Usual for Weds + 2 more cases of white choc sauce and no brownies this time",
    [L("SAUCE-WHITE", 2)],
    rv=True,
    t="reference",
    ref=("usual", {"rm": ["BROWNIE-TRAY"]}),
    n="reference with an addition and a removal",
)
m(
    "dolce-lounge",
    "W",
    4,
    "en",
    "ORDER",
    "Hi it's Chloe from Dolce, quick one: 2 cs choc sauce + 48 liège waffles for Sunday brunch",
    [L("SAUCE-CHOC", 2), L("WAFFLE-LIEGE-FZ", 1)],
    rv=False,
    t="count",
    n="48 Liège waffles = 1 case of 48",
)
m(
    "dolce-lounge",
    "W",
    5,
    "en",
    "CANCEL",
    "Chloe: pls cancel the Sunday brunch bits (choc sauce + liège waffles), the event got called off",
    n="cancels the order placed on Thursday",
)

# ---------------------------------------------------------------- frost-fig (artisan gelato, London)
m(
    "frost-fig",
    "E",
    0,
    "en",
    "ORDER",
    "Subject: Order – Frost & Fig – PO FF-2291\n\nHi team,\n\nPlease deliver on Wednesday 30th:\n\n"
    "- Crema egg base x 6\n- Latte neutral base x 4\n- Vegan oat base x 3\n- Pure Sicilian pistachio 3kg x 2\n"
    "- Madagascar vanilla paste x 1\n- Salted caramel paste x 1\n- Espresso coffee paste x 1\n"
    "- Frutti di bosco ripple x 1\n- Mint pastel cups, 1 case\n- 500ml take-home tubs, 1 case\n\nMany thanks,\n"
    "Priya Nair\nHead of Production, Frost & Fig Gelato\n14 Calvert Road, London E2 7QT\n020 7946 0127",
    [
        L("BASE-CREMA-2K", 6),
        L("BASE-LATTE-2K", 4),
        L("BASE-VEGAN-1K6", 3),
        L("PASTE-PIST-PURE", 2, "3kg"),
        L("PASTE-VAN-MAD", 1),
        L("PASTE-SALTCAR", 1),
        L("PASTE-COFFEE", 1),
        L("RIP-BERRY", 1),
        L("CUP-PASTEL", 1, "Mint"),
        L("TUB-TAKEHOME", 1, "500ml"),
    ],
    rv=False,
    t="signature variant number_in_name",
    n="PO, date, street number and phone are not quantities",
)
m(
    "frost-fig",
    "E",
    1,
    "en",
    "QUESTION",
    "Subject: Allergen sheet\n\nHello, could you send me the allergen and nutrition sheet for the Neve vegan oat "
    "base? Environmental health visit on the 6th. Thanks, Priya",
    t="non_order_request",
    n="'could you send' asks for a document",
)
m(
    "frost-fig",
    "E",
    2,
    "en",
    "ORDER",
    "Hi, adding to Wednesday please: 1 tub tiramisu paste, 1 tub black sesame paste and 2 tubs of ube paste if "
    "you've got them. Priya",
    [L("PASTE-TIRAMISU", 1), X(1, "black sesame paste"), X(2, "ube paste")],
    rv=True,
    t="not_in_catalog",
    n="black sesame and ube paste are not in catalog",
)
m(
    "frost-fig",
    "E",
    4,
    "en",
    "ORDER",
    "Hi, could we also get 2 cases of take-home tubs next week? Priya",
    [L("TUB-TAKEHOME", 2, None)],
    rv=True,
    t="variant non_order_request",
    n="ambiguous: take-home tubs come in 500ml, 750ml and 1L, none named",
)
m(
    "frost-fig",
    "E",
    5,
    "en",
    "CHANGE",
    "Subject: Tiramisu\n\nSorry, please take the tiramisu paste off Wednesday's order, chef changed the menu. "
    "Everything else as is. P.",
    change=[L("PASTE-TIRAMISU", 0)],
    n="removes one line of a placed order",
)
m(
    "frost-fig",
    "E",
    3,
    "en",
    "ORDER",
    "Subject: Add-on\n\nHi, please add 1 x 3kg Piedmont hazelnut and 2 x speculoos ripple to Wednesday. "
    "Thanks, Priya",
    [L("PASTE-HAZ-PURE", 1, "3kg"), L("RIP-SPECULOOS", 2)],
    rv=False,
    t="variant",
)
m(
    "frost-fig",
    "E",
    6,
    "en",
    "ORDER",
    "Subject: Order for Wed 7th\n\nHello,\n1. Crema base – 8\n2. Latte base – 4\n3. Yoghurt base – 2\n"
    "4. Trimoline – 1 tub\n5. Dextrose – 1 sack\nPriya",
    [
        L("BASE-CREMA-2K", 8),
        L("BASE-LATTE-2K", 4),
        L("BASE-YOG-1K5", 2),
        L("INVERT-7", 1),
        L("DEXTROSE-25", 1),
    ],
    rv=False,
    n="list numbering 1-5 and the date are not quantities",
)

m(
    "frost-fig",
    "E",
    3,
    "en",
    "ORDER",
    "Subject: Vanilla\n\nHi, 2 vanilla paste on Wednesday's too please. Priya",
    [F(["PASTE-VAN-MAD", "PASTE-VAN-YEL"], 2)],
    rv=True,
    t="family",
    n="ambiguous: vanilla paste is the Madagascar paste or the yellow flavour paste",
)

# ---------------------------------------------------------------- bubble-bliss (bubble waffles, Leicester)
m(
    "bubble-bliss",
    "W",
    0,
    "en",
    "ORDER",
    "yo need 6 bubble mix 3 hazelnut spread 2 rainbow sprinkles 2 marshmallows 2 oreo crumb 4 dairy vanilla 5L n "
    "a case of 8oz cups",
    [
        L("MIX-BUBBLE-2K", 6),
        L("SPREAD-HAZ-3K", 3),
        L("SPRINK-STRANDS", 2, "Rainbow"),
        L("MARSH-MINI", 2),
        L("CRUMB-COOKIE", 2),
        L("ICE-VANILLA", 4, "5L"),
        L("CUP-PAPER", 1, "8oz"),
    ],
    rv=False,
    t="spoken variant",
    n="list without commas; 'rainbow sprinkles' are the rainbow sugar strands",
)
m(
    "bubble-bliss",
    "W",
    2,
    "en",
    "ORDER",
    "can you add sprinkles x3 and 1 white choc sauce pls",
    [F(SPRINKLES, 3), L("SAUCE-WHITE", 1)],
    rv=True,
    t="family non_order_request",
    n="ambiguous: sprinkles are strands, hundreds and thousands or unicorn mix",
)
m(
    "bubble-bliss",
    "W",
    3,
    "en",
    "QUESTION",
    "whats the difference between ur bubble waffle mix and the belgian one, can i use belgian in the bubble iron?",
)
m(
    "bubble-bliss",
    "W",
    4,
    "en",
    "ORDER",
    "6 bottles of white choc sauce and 6 of strawberry sauce for friday pls",
    [L("SAUCE-WHITE", 1), L("SAUCE-STRAW", 1)],
    rv=False,
    t="container",
    n="6 bottles = 1 case of 6 x 1kg, for each sauce",
)
m(
    "bubble-bliss",
    "W",
    6,
    "en",
    "ORDER",
    "same as last week pls 🙏",
    [],
    rv=True,
    t="reference emoji",
    ref=("last", {}),
)
m(
    "bubble-bliss",
    "W",
    1,
    "en",
    "ORDER",
    "also 2 bags mini marshmallows n 1 cs strawberry sauce, ta",
    [L("MARSH-MINI", 2), L("SAUCE-STRAW", 1)],
    rv=False,
)
m(
    "bubble-bliss",
    "W",
    5,
    "en",
    "ORDER",
    "bro need 12 bags bubble mix this week, graduation weekend is mad busy",
    [L("MIX-BUBBLE-2K", 12)],
    rv=False,
    n="twice the usual, with a reason: not an outlier",
)
m(
    "bubble-bliss",
    "W",
    5,
    "en",
    "COMPLAINT",
    "the 8oz cups came as 6oz again 😤 second time this month",
    t="emoji variant",
)

# ---------------------------------------------------------------- ty-breizh (crêperie, French)
m(
    "ty-breizh",
    "E",
    0,
    "fr",
    "ORDER",
    "Objet : Commande mardi\n\nBonjour,\n\nPour mardi merci :\n- 3 sacs de mix crêpes 5kg\n"
    "- 3 sacs de galette sarrasin\n- 2 pots de pâte à tartiner noisette 3kg\n- 1 carton de sauce caramel\n"
    "- 2 sachets de fraises surgelées\n- 2 bacs de glace vanille 5L (la dairy)\n- 1 carton de chantilly en bombe\n"
    "- 1 carton de serviettes blanches\n\nCordialement,\nYann Le Goff\nCrêperie Ty Breizh, 22 Old Compton Street, "
    "London\n07700 900512",
    [
        L("MIX-CREPE-5K", 3),
        L("MIX-GALETTE-5K", 3),
        L("SPREAD-HAZ-3K", 2),
        L("SAUCE-CARAMEL", 1),
        L("FRUIT-STRAW-FZ", 2),
        L("ICE-VANILLA", 2, "5L"),
        L("CREAM-AEROSOL", 1),
        L("NAPKIN-2PLY", 1),
    ],
    rv=False,
    t="signature variant number_in_name",
    n="'pâte à tartiner noisette' is the hazelnut cocoa spread; 'chantilly en bombe' the aerosol cream case",
)
m(
    "ty-breizh",
    "E",
    2,
    "fr",
    "QUESTION",
    "Bonjour, je voudrais savoir si vous livrez le samedi matin ? Merci, Yann",
    t="non_order_request",
)
m(
    "ty-breizh",
    "E",
    3,
    "fr",
    "ORDER",
    "Bonjour, pouvez-vous ajouter 2 cerises pour jeudi ? Merci",
    [F(CHERRIES, 2)],
    rv=True,
    t="family non_order_request",
    n="ambiguous: cherries are the amarena jar or the maraschino cherries",
)
m(
    "ty-breizh",
    "E",
    4,
    "fr",
    "ORDER",
    "Comme d'habitude pour mardi, mais 4 sacs de sarrasin au lieu de 3. Merci !",
    [L("MIX-GALETTE-5K", 4, set=True)],
    rv=True,
    t="reference",
    ref=("usual", {}),
)
m(
    "ty-breizh",
    "E",
    5,
    "fr",
    "ORDER",
    "Re: commande\n\nEt aussi 24 bombes de chantilly svp, la fête du 14 juillet approche ! Yann",
    [L("CREAM-AEROSOL", 2)],
    rv=False,
    t="container",
    n="24 cans = 2 cases of 12; 14 juillet is a date",
)
m(
    "ty-breizh",
    "E",
    6,
    "fr",
    "COMPLAINT",
    "Bonjour, il manquait un sac de galette dans la livraison de mardi : facturé 3, reçu 2. Merci de corriger. Yann",
    n="short delivery",
)
m(
    "ty-breizh",
    "E",
    1,
    "fr",
    "ORDER",
    "Bonjour, pourriez-vous ajouter 40 crêpes prêtes et 2 bocaux de cerises amarena ? Merci, Yann",
    [L("CREPES-READY", 2), L("CHERRY-AMARENA", 2)],
    rv=False,
    t="count non_order_request",
    n="40 ready crêpes = 2 packs of 20",
)

# ---------------------------------------------------------------- il-ponte (gelateria, Italian)
m(
    "il-ponte",
    "W",
    0,
    "it",
    "ORDER",
    "Ciao! Per lunedì: 10 sacchi base latte, 4 base frutta, 1 sacco destrosio, 2 neutro 5, 2 pistacchio puro da 3kg, "
    "1 gianduia, 1 pasta tiramisù, 1 pasta limone, 1 variegato amarena, 2 cartoni coni piccoli, "
    "1 cartone coppette 6oz, 1 scatola palettine bianche. Grazie, Giulia",
    [
        L("BASE-LATTE-2K", 10),
        L("BASE-FRUTTA-1K5", 4),
        L("DEXTROSE-25", 1),
        L("STAB-NEUTRO-1K", 2),
        L("PASTE-PIST-PURE", 2, "3kg"),
        L("PASTE-GIANDUIA", 1),
        L("PASTE-TIRAMISU", 1),
        L("PASTE-LEMON", 1),
        L("RIP-AMARENA", 1),
        L("CONE-CAKE", 2, "Small"),
        L("CUP-PAPER", 1, "6oz"),
        L("SPOON-SPADE", 1, "White"),
    ],
    rv=False,
    t="variant number_in_name",
    n="'neutro 5' is the stabiliser (2 bags); 'coni piccoli' are the small cake cones, the only cones in a small size",
)
m(
    "il-ponte",
    "W",
    1,
    "it",
    "QUESTION",
    "Vorrei sapere se avete la pasta di pistacchio senza coloranti anche da 5kg",
    t="non_order_request",
    n="asks about a 5kg size that is not stocked",
)
m(
    "il-ponte",
    "W",
    2,
    "it",
    "ORDER",
    "Aggiungi per favore 2 granella pistacchio e 3 coni",
    [L("NUTS-PIST-1K", 2), F(CONES, 3)],
    rv=True,
    t="family",
    n="ambiguous: 'coni' names no cone type or size",
)
m(
    "il-ponte",
    "W",
    3,
    "it",
    "ORDER",
    "Come la settimana scorsa, però senza destrosio e con 3 pistacchi puri invece di 2",
    [L("PASTE-PIST-PURE", 3, None, set=True)],
    rv=True,
    t="reference",
    ref=("last", {"rm": ["DEXTROSE-25"]}),
    n="reference with a removal and a new quantity (size not restated)",
)
m(
    "il-ponte",
    "W",
    5,
    "it",
    "CHANGE",
    "Giulia qui: la consegna di lunedì spostatela a martedì per favore, siamo chiusi",
    change=[],
    n="moves the delivery day",
)
m(
    "il-ponte",
    "W",
    6,
    "it",
    "ORDER",
    "mandami due sacchi di base frutta un variegato amarena e tre cartoni di coppette da sei once",
    [L("BASE-FRUTTA-1K5", 2), L("RIP-AMARENA", 1), L("CUP-PAPER", 3, "6oz")],
    rv=False,
    t="spoken variant",
    n="number words; 'sei once' is 6oz",
)
m(
    "il-ponte",
    "W",
    4,
    "it",
    "COMPLAINT",
    "Le palettine arrivate sono rosa, noi usiamo le bianche. Potete cambiarle?",
    t="variant",
    n="wrong colour delivered",
)
m(
    "il-ponte",
    "W",
    4,
    "it",
    "ORDER",
    "Giulia: 2 scatole di cucchiaini assaggio e 1 pacco di vaschette vetrina 5L per favore",
    [L("SPOON-TASTER", 2), L("PAN-GELATO-5L", 1)],
    rv=False,
    t="number_in_name",
)
m(
    "il-ponte",
    "W",
    6,
    "it",
    "ORDER",
    "Giulia: 2 barattoli di crema di pistacchio e 1 pasta di sesamo nero se c'è",
    [L("SPREAD-PIST-1K", 2), X(1, "black sesame paste")],
    rv=True,
    t="not_in_catalog",
    n="black sesame paste is not in catalog; 'crema di pistacchio' is the pistachio cream spread",
)
m(
    "il-ponte",
    "W",
    1,
    "it",
    "ORDER",
    "Per giovedì anche 2 cartoni coni di zucchero, grazie",
    [L("CONE-SUGAR", 2)],
    rv=False,
    n="'coni di zucchero' are the rolled sugar cones",
)

# ---------------------------------------------------------------- sogno (gelateria, Italian, e-mail)
m(
    "sogno",
    "E",
    0,
    "it",
    "ORDER",
    "Oggetto: Ordine settimana 27\n\nBuongiorno,\nper giovedì 1 luglio vi chiediamo:\n6 base crema\n"
    "1 sacco latte in polvere 25kg\n2 sacchi zucchero semolato 25kg\n1 glucosio DE40\n2 nocciola Piemonte IGP 3kg\n"
    "1 pasta pistacchio aroma\n1 pasta caffè\n1 pasta cocco\n1 variegato nocciolata\n2 cartoni coni cialda\n"
    "1 cartone vaschette 500ml\nCordiali saluti\nAlessandro Ferri\nSogno di Gelato, 41 Oldham Street, Manchester\n"
    "+44 7700 900318",
    [
        L("BASE-CREMA-2K", 6),
        L("SMP-25", 1),
        L("SUGAR-CASTER-25", 2),
        L("GLUCOSE-DE40", 1),
        L("PASTE-HAZ-PURE", 2, "3kg"),
        L("PASTE-PIST-FLAV", 1),
        L("PASTE-COFFEE", 1),
        L("PASTE-COCONUT", 1),
        L("RIP-HAZCOCOA", 1),
        L("CONE-WAFFLE", 2),
        L("TUB-TAKEHOME", 1, "500ml"),
    ],
    rv=False,
    t="signature variant number_in_name",
    n="'settimana 27', the date, 25kg, DE40, street number and phone are not quantities; 'coni cialda' are the "
    "waffle cones; 'pistacchio aroma' the flavour paste",
)
m(
    "sogno",
    "E",
    1,
    "it",
    "ORDER",
    "Buongiorno, aggiungete 2 pasta menta verde e 1 pasta mastica (mastic) se l'avete. Grazie",
    [L("PASTE-MINT", 2, "Green"), X(1, "mastic paste")],
    rv=True,
    t="not_in_catalog variant",
    n="mastic paste is not in catalog",
)
m(
    "sogno",
    "E",
    2,
    "it",
    "QUESTION",
    "Buongiorno, potreste mandarmi il listino prezzi aggiornato di luglio? Grazie, Alessandro",
    t="non_order_request",
    n="asks for the price list",
)
m(
    "sogno",
    "E",
    3,
    "it",
    "ORDER",
    "Per favore 2 caramello e 1 variegato speculoos per giovedì prossimo",
    [F(CARAMEL, 2), L("RIP-SPECULOOS", 1)],
    rv=True,
    t="family",
    n="ambiguous: 'caramello' is the salted caramel paste, the caramel ripple or the caramel sauce",
)
m(
    "sogno",
    "E",
    5,
    "it",
    "CANCEL",
    "Oggetto: annullare ordine\n\nBuongiorno, annullate l'ordine di giovedì per favore, abbiamo un guasto al "
    "mantecatore e chiudiamo una settimana. Alessandro",
    n="cancels the whole order",
)
m(
    "sogno",
    "E",
    4,
    "it",
    "ORDER",
    "Oggetto: integrazione\n\nBuongiorno, aggiungete 2 sacchetti granella nocciola e 1 pasta menta bianca. "
    "Grazie, Alessandro",
    [L("NUTS-HAZ-1K", 2), L("PASTE-MINT", 1, "White")],
    rv=False,
    t="variant",
)
m(
    "sogno",
    "E",
    6,
    "it",
    "ORDER",
    "Oggetto: ordine 8 luglio\n\n4 base crema, 2 base yogurt, 1 destrosio 25kg, 2 cacao 22-24. Grazie",
    [L("BASE-CREMA-2K", 4), L("BASE-YOG-1K5", 2), L("DEXTROSE-25", 1), L("COCOA-2224", 2)],
    rv=False,
    t="number_in_name",
    n="'22-24' is the cocoa fat content",
)

# ---------------------------------------------------------------- dondurma-evi (Turkish dessert shop)
m(
    "dondurma-evi",
    "W",
    0,
    "tr",
    "ORDER",
    "Merhaba, cuma için: 3 kova vanilya dondurma 5L, 2 çikolatalı dondurma, 4 paket dövülmüş fıstık, 4 torba latte "
    "baz, 2 fıstık aroma pasta, 2 waffle karışımı 5kg, 3 kova fındık kreması, 1 koli 6oz kap, 1 kutu yeşil kaşık. "
    "Teşekkürler, Emre",
    [
        L("ICE-VANILLA", 3, "5L"),
        L("ICE-CHOC-5L", 2),
        L("NUTS-PIST-1K", 4),
        L("BASE-LATTE-2K", 4),
        L("PASTE-PIST-FLAV", 2),
        L("MIX-WAFFLE-BEL", 2, "5kg"),
        L("SPREAD-HAZ-3K", 3),
        L("CUP-PAPER", 1, "6oz"),
        L("SPOON-SPADE", 1, "Green"),
    ],
    rv=False,
    t="variant",
    n="'vanilya dondurma 5L' is the dairy vanilla 5L (the clotted cream one is 4L); 'dövülmüş fıstık' the chopped "
    "pistachios; 'fındık kreması' the hazelnut spread; 'yeşil kaşık' the green spades",
)
m(
    "dondurma-evi",
    "W",
    1,
    "tr",
    "QUESTION",
    "Salep ve damla sakızı var mı? Maraş dondurması için lazım",
    t="not_in_catalog",
    n="asks for salep and mastic, not stocked",
)
m(
    "dondurma-evi",
    "W",
    2,
    "tr",
    "ORDER",
    "2 kova fıstık ezmesi ekler misiniz cumaya",
    [F(PIST, 2)],
    rv=True,
    t="family non_order_request",
    n="ambiguous: 'fıstık ezmesi' (pistachio paste) is the pure or the flavour paste",
)
m(
    "dondurma-evi",
    "W",
    3,
    "tr",
    "ORDER",
    "4 kova vanilya 2 kova çikolata 288 çikolata flake ve 1 koli peçete",
    [F(VAN, 4), L("ICE-CHOC-5L", 2), L("FLAKE-99", 2), F(NAPKINS, 1)],
    rv=True,
    t="spoken family count",
    n="ambiguous: 'vanilya' tubs are dairy vanilla or clotted cream vanilla; 'peçete' (napkins) is the 2-ply or the "
    "dispenser napkins. 288 flakes = 2 boxes of 144",
)
m(
    "dondurma-evi",
    "W",
    4,
    "tr",
    "COMPLAINT",
    "Geçen hafta 4 paket fıstık yazılmış faturada ama 3 geldi",
    n="invoiced 4, delivered 3",
)
m(
    "dondurma-evi",
    "W",
    6,
    "tr",
    "ORDER",
    "Her zamanki gibi cuma, artı 2 kova çikolatalı dondurma",
    [L("ICE-CHOC-5L", 2)],
    rv=True,
    t="reference",
    ref=("usual", {}),
)
m(
    "dondurma-evi",
    "W",
    5,
    "tr",
    "ORDER",
    "Emre: 2 kutu 99 flake ve 1 kavanoz maraschino kiraz lütfen",
    [L("FLAKE-99", 2), L("CHERRY-MARASCH", 1)],
    rv=False,
    t="number_in_name",
    n="'99' is part of the name",
)
m(
    "dondurma-evi",
    "W",
    2,
    "tr",
    "ORDER",
    "Emre: 5 paket dövülmüş fıstık daha lütfen, 1kg olanlardan",
    [L("NUTS-PIST-1K", 5)],
    rv=False,
    t="number_in_name",
    n="chopped pistachios by the 1kg bag ('paket'); 1kg is the pack size",
)

# ---------------------------------------------------------------- sorveteria (Portuguese café)
m(
    "sorveteria",
    "W",
    0,
    "pt",
    "ORDER",
    "Bom dia! Para quarta: 2 baldes de gelado de baunilha 5L, 2 de morango, 2 sorvete de manga, 1 sorvete de limão, "
    "1 caixa de cones médios, 2 sacos de mistura waffle 2,5kg, 1 caixa molho de caramelo e 1 caixa copos 4oz. "
    "Obrigada, Fátima",
    [
        L("ICE-VANILLA", 2, "5L"),
        L("ICE-STRAW-5L", 2),
        L("SORBET-MANGO-5L", 2),
        L("SORBET-LEMON-5L", 1),
        L("CONE-CAKE", 1, "Medium"),
        L("MIX-WAFFLE-BEL", 2, "2.5kg"),
        L("SAUCE-CARAMEL", 1),
        L("CUP-PAPER", 1, "4oz"),
    ],
    rv=False,
    t="variant number_in_name",
    n="'2 de morango' after the vanilla tubs is 2 strawberry ice cream tubs; '2,5kg' is the waffle mix size; "
    "'cones médios' are the medium cake cones",
)
m(
    "sorveteria",
    "W",
    2,
    "pt",
    "ORDER",
    "Vocês têm pastéis de nata congelados? Se sim mandem 2 caixas",
    [X(2, "frozen pastéis de nata")],
    rv=True,
    t="not_in_catalog conditional",
    n="conditional order for an item not in catalog",
)
m(
    "sorveteria",
    "W",
    3,
    "pt",
    "QUESTION",
    "Gostaria de saber o preço do sorvete de manga em caixa grande, para o verão",
    t="non_order_request",
)
m(
    "sorveteria",
    "W",
    4,
    "pt",
    "ORDER",
    "O mesmo da semana passada, mas sem o sorvete de limão",
    [],
    rv=True,
    t="reference",
    ref=("last", {"rm": ["SORBET-LEMON-5L"]}),
)
m(
    "sorveteria",
    "W",
    5,
    "pt",
    "ORDER",
    "Pode mandar também 2 kg de café em grão e 12 latas de chantilly?",
    [L("ESPRESSO-1K", 2), L("CREAM-AEROSOL", 1)],
    rv=False,
    t="weight container non_order_request",
    n="2kg of beans = 2 bags of 1kg; 12 cans = 1 case of 12",
)
m(
    "sorveteria",
    "W",
    1,
    "pt",
    "ORDER",
    "Fátima aqui, para sábado: 3 baldes de gelado de morango e 1 caixa de cones grandes",
    [L("ICE-STRAW-5L", 3), F(LARGE_CONES, 1, "Large")],
    rv=True,
    t="family variant",
    n="ambiguous: 'cones grandes' is the large cake cone or the large waffle cone",
)
m(
    "sorveteria",
    "W",
    6,
    "pt",
    "ORDER",
    "Boa tarde! 2 sorvetes de framboesa e 1 caixa de molho de morango para quarta",
    [L("SORBET-RASP-5L", 2), L("SAUCE-STRAW", 1)],
    rv=False,
)

# ---------------------------------------------------------------- el-sol (heladería, Spanish)
m(
    "el-sol",
    "W",
    0,
    "es",
    "ORDER",
    "Hola! Para el jueves: 5 bolsas base latte, 3 base de fruta, 1 pasta de fresa, 1 pasta de mango, 1 pasta de "
    "caramelo salado, 3 sacos de mezcla de churros, 1 caja de salsa de chocolate, 1 caja de conos de barquillo y "
    "1 caja de tarrinas 4oz. Gracias! Javi",
    [
        L("BASE-LATTE-2K", 5),
        L("BASE-FRUTTA-1K5", 3),
        L("PASTE-STRAW", 1),
        L("PASTE-MANGO", 1),
        L("PASTE-SALTCAR", 1),
        L("MIX-CHURRO-5K", 3),
        L("SAUCE-CHOC", 1),
        L("CONE-WAFFLE", 1),
        L("CUP-PAPER", 1, "4oz"),
    ],
    rv=False,
    t="variant",
    n="'conos de barquillo' are the waffle cones; 'tarrinas 4oz' the 4oz paper cups",
)
m(
    "el-sol",
    "W",
    1,
    "es",
    "ORDER",
    "Añade 2 botes de dulce de leche y 1 pasta de limón porfa",
    [X(2, "dulce de leche"), L("PASTE-LEMON", 1)],
    rv=True,
    t="not_in_catalog",
    n="dulce de leche is not in catalog (the caramel products are not a substitute)",
)
m(
    "el-sol",
    "W",
    2,
    "es",
    "QUESTION",
    "Quisiera saber si la base de fruta lleva gluten, tengo un cliente celíaco",
    t="non_order_request",
)
m(
    "el-sol",
    "W",
    3,
    "es",
    "ORDER",
    "Para el sábado necesito 2 o 3 cajas de churros congelados, depende del tiempo. Y 1 caja de salsa chocolate",
    [L("CHURROS-FZ", None), L("SAUCE-CHOC", 1)],
    rv=True,
    t="range",
    n="range '2 o 3 cajas': quantities not stated",
)
m(
    "el-sol",
    "W",
    4,
    "es",
    "ORDER",
    "Lo de siempre para el jueves pero con 4 sacos de churros en vez de 3",
    [L("MIX-CHURRO-5K", 4, set=True)],
    rv=True,
    t="reference",
    ref=("usual", {}),
)
m(
    "el-sol",
    "W",
    6,
    "es",
    "OTHER",
    "Gracias por el cambio rápido de las tarrinas, todo perfecto 👍",
    t="emoji",
)
m(
    "el-sol",
    "W",
    5,
    "es",
    "ORDER",
    "Javi: mándame 1 caja de churros congelados y 2 bolsas de virutas de chocolate, gracias",
    [L("CHURROS-FZ", 1), L("SPRINK-STRANDS", 2, "Chocolate")],
    rv=False,
    t="variant",
    n="'virutas de chocolate' are the chocolate sugar strands",
)
m(
    "el-sol",
    "W",
    6,
    "es",
    "OTHER",
    "Javi: pagada por transferencia la factura 20931 👍",
    t="emoji",
    n="payment notice; 20931 is an invoice number",
)
m(
    "el-sol",
    "W",
    2,
    "es",
    "ORDER",
    "También 2 cajas de salsa de caramelo, por favor",
    [L("SAUCE-CARAMEL", 2)],
    rv=False,
)

# ---------------------------------------------------------------- thick-creamy (shake bar, Leeds)
m(
    "thick-creamy",
    "W",
    0,
    "en",
    "ORDER",
    "Tues order: vanilla shake powder x3, strawberry shake powder x2, choc shake powder x3, 6 x 5L dairy vanilla, "
    "2 cs 16oz shake cups, 2 cs dome lids, 1 box blue straws, 2 cs squirty cream, 1 cs choc sauce, 2 oreo crumb. "
    "Cheers Dan",
    [
        L("SHAKE-VAN-2K", 3),
        L("SHAKE-STRAW-2K", 2),
        L("SHAKE-CHOC-2K", 3),
        L("ICE-VANILLA", 6, "5L"),
        L("CUP-SHAKE", 2, "16oz"),
        L("LID-DOME", 2),
        L("STRAW-PAPER", 1, "Blue Stripe"),
        L("CREAM-AEROSOL", 2),
        L("SAUCE-CHOC", 1),
        L("CRUMB-COOKIE", 2),
    ],
    rv=False,
    t="variant",
)
m(
    "thick-creamy",
    "W",
    1,
    "en",
    "ORDER",
    "Dan here - add 2 milkshake powder and a couple boxes of straws pls",
    [F(SHAKES, 2), L("STRAW-PAPER", 2, None)],
    rv=True,
    t="family variant",
    n="ambiguous: milkshake powder names no flavour; straws name no colour",
)
m(
    "thick-creamy",
    "W",
    2,
    "en",
    "QUESTION",
    "can I get a price on 10 cases of 12oz shake cups? not ordering yet, just comparing",
    t="non_order_request",
    n="quote request with a quantity",
)
m(
    "thick-creamy",
    "W",
    3,
    "en",
    "ORDER",
    "need 30 cans of squirty cream for the weekend rush",
    [L("CREAM-AEROSOL", None)],
    rv=True,
    t="container",
    n="30 cans is not a whole number of cases of 12 (2.5): quantities not stated",
)
m(
    "thick-creamy",
    "W",
    4,
    "en",
    "ORDER",
    "i'd like three bags of chocolate shake powder a case of choc sauce and two cases of sixteen ounce cups",
    [L("SHAKE-CHOC-2K", 3), L("SAUCE-CHOC", 1), L("CUP-SHAKE", 2, "16oz")],
    rv=False,
    t="spoken variant non_order_request",
    n="'i'd like' opens an order; 'sixteen ounce cups' are the 16oz shake cups, the only 16oz cup",
)
m(
    "thick-creamy",
    "W",
    6,
    "en",
    "CANCEL",
    "Dan - cancel next Tuesday's order pls, freezer's packed in, we're closed till it's fixed",
)
m(
    "thick-creamy",
    "W",
    5,
    "en",
    "ORDER",
    "dan: 1000 12oz shake cups and a case of dome lids, the 12s are for the kids menu",
    [L("CUP-SHAKE", 1, "12oz"), L("LID-DOME", 1)],
    rv=False,
    t="count variant",
    n="1000 cups = 1 case",
)
m(
    "thick-creamy",
    "W",
    2,
    "en",
    "ORDER",
    "can i get two tubs of vanilla three bags of strawberry shake powder and a box of straws",
    [F(VAN, 2), L("SHAKE-STRAW-2K", 3), L("STRAW-PAPER", 1, None)],
    rv=True,
    t="spoken family variant non_order_request",
    n="ambiguous: 'tubs of vanilla' is dairy vanilla (2L or 5L) or clotted cream vanilla; straws name no colour",
)

m(
    "thick-creamy",
    "W",
    1,
    "en",
    "ORDER",
    "dan: 4 squirty creams and 2 cs dome lids",
    [L("CREAM-AEROSOL", None), L("LID-DOME", 2)],
    rv=True,
    t="pack",
    n="'4 squirty creams' is 4 cans (a third of a case) or 4 cases of 12: quantities not stated",
)

# ---------------------------------------------------------------- pier-kiosk (Southend)
m(
    "pier-kiosk",
    "S",
    0,
    "en",
    "ORDER",
    "Pier kiosk order fri: 2 cs whippy powder vanilla, 3 cs large cake cones, 4 box 99 flakes, 1 monkey blood, "
    "1 strawberry sauce, 1 rainbow strands, 1 dispenser napkins, 2 blue slush 2 cherry slush. Bev",
    [
        L("SOFT-VAN-PWD", 2),
        L("CONE-CAKE", 3, "Large"),
        L("FLAKE-99", 4),
        L("SAUCE-RASP", 1),
        L("SAUCE-STRAW", 1),
        L("SPRINK-STRANDS", 1, "Rainbow"),
        L("NAPKIN-DISP", 1),
        L("SLUSH-BLUE-5L", 2),
        L("SLUSH-CHERRY-5L", 2),
    ],
    rv=False,
    t="variant number_in_name",
    n="'99' is part of the flake name",
)
m(
    "pier-kiosk",
    "S",
    1,
    "en",
    "ORDER",
    "Bev: send 40 boxes of flakes fri",
    [L("FLAKE-99", 40)],
    rv=False,
    outlier=True,
    t="outlier",
    n="10 times the usual 4 boxes, no reason given",
)
m(
    "pier-kiosk",
    "S",
    2,
    "en",
    "CHANGE",
    "sorry that was meant to be 4 boxes not 40!! fat fingers",
    change=[L("FLAKE-99", 4)],
    t="self_correction",
    n="corrects the quantity of the order sent the day before",
)
m(
    "pier-kiosk",
    "S",
    3,
    "en",
    "ORDER",
    "add 2 bottles of cherry slush + 3 bottles strawberry sauce",
    [L("SLUSH-CHERRY-5L", 2), L("SAUCE-STRAW", 3)],
    rv=False,
    t="container",
    n="slush is sold by the 5L bottle; 3 bottles of strawberry sauce (sold by the case of 6) is 3 cases by the "
    "small-N rule (review would also be acceptable, a fraction never)",
)
m(
    "pier-kiosk",
    "S",
    4,
    "en",
    "QUESTION",
    "do u sell the wooden lolly sticks? want to try making our own lollies",
    t="not_in_catalog",
)
m(
    "pier-kiosk",
    "S",
    5,
    "en",
    "ORDER",
    "2 bags of strands pls",
    [L("SPRINK-STRANDS", 2, None)],
    rv=True,
    t="variant",
    n="ambiguous: strands come in rainbow, chocolate and pink",
)
m(
    "pier-kiosk",
    "S",
    6,
    "en",
    "ORDER",
    "bev. 1 cola slush 1 machine sanitiser 2 cs large cake cones",
    [L("SLUSH-COLA-5L", 1), L("SANITISER-5L", 1), L("CONE-CAKE", 2, "Large")],
    rv=False,
    t="spoken variant",
)
m(
    "pier-kiosk",
    "S",
    2,
    "en",
    "ORDER",
    "4 bottles of monkey blood pls",
    [L("SAUCE-RASP", None)],
    rv=True,
    t="container",
    n="4 bottles is not a whole number of cases of 6: quantities not stated",
)

# ---------------------------------------------------------------- marlowe-hotel (pastry kitchen, Bath)
m(
    "marlowe-hotel",
    "E",
    0,
    "en",
    "ORDER",
    "Subject: Pastry order – Monday 5 July\n\nGood morning,\n\nFor Monday please:\n2 x clotted cream vanilla 4L\n"
    "2 x raspberry sorbet\n2 x lemon sorbet\n1 x tiramisu tray\n1 x NY cheesecake\n120 profiteroles\n"
    "12 x whipping cream 1L\n3 x frozen mixed berries\n1 box wafer rolls\n\nKind regards,\nSophie Blake\n"
    "Pastry Chef, The Marlowe Hotel\n3 Gay Street, Bath BA1 2PH\n020 7946 0884",
    [
        L("ICE-CLOTTED-4L", 2),
        L("SORBET-RASP-5L", 2),
        L("SORBET-LEMON-5L", 2),
        L("CAKE-TIRAMISU", 1),
        L("CAKE-NYCHEESE", 1),
        L("PROFITEROLES", 2),
        L("CREAM-WHIP-1L", 12),
        L("FRUIT-BERRY-FZ", 3),
        L("WAFER-ROLL", 1),
    ],
    rv=False,
    t="signature count number_in_name",
    n="120 profiteroles = 2 bags of 60",
)
m(
    "marlowe-hotel",
    "E",
    1,
    "en",
    "ORDER",
    "Subject: Wedding Saturday\n\nHi, we have a wedding for 140 guests on Saturday 3rd. Could you add 4 sorbet and "
    "3 cheesecakes to Thursday's delivery? Sophie",
    [F(SORBETS, 4), F(CHEESECAKES, 3)],
    rv=True,
    t="family non_order_request",
    n="ambiguous: no sorbet flavour and no cheesecake named; 140 guests is not a quantity",
)
m(
    "marlowe-hotel",
    "E",
    2,
    "en",
    "QUESTION",
    "Subject: Dietary\n\nHi, is the lemon sorbet vegan and nut-free? Sophie",
)
m(
    "marlowe-hotel",
    "E",
    3,
    "en",
    "ORDER",
    "Subject: Next week\n\nSame as last Monday please, with 6 extra whipping creams. Sophie",
    [L("CREAM-WHIP-1L", 6)],
    rv=True,
    t="reference",
    ref=("last", {}),
)
m(
    "marlowe-hotel",
    "E",
    5,
    "en",
    "COMPLAINT",
    "Subject: Damaged delivery\n\nThe tiramisu tray arrived crushed on one corner and the raspberry sorbet was soft, "
    "I think the van freezer was off. Please credit both. Sophie Blake",
)
m(
    "marlowe-hotel",
    "E",
    6,
    "en",
    "ORDER",
    "Subject: Sunday top-up\n\nCould we get cream x6 on Monday too? Thanks",
    [F(CREAMS, 6)],
    rv=True,
    t="family non_order_request",
    n="ambiguous: cream is double, whipping or aerosol",
)
m(
    "marlowe-hotel",
    "E",
    4,
    "en",
    "ORDER",
    "Subject: Afternoon tea\n\nHello, for the afternoon tea launch please add 2 jars of maraschino cherries, "
    "1 chocolate fudge cake and 4 x double cream 2L. Sophie",
    [L("CHERRY-MARASCH", 2), L("CAKE-CHOCFUDGE", 1), L("CREAM-DOUBLE-2L", 4)],
    rv=False,
    t="number_in_name",
)
m(
    "marlowe-hotel",
    "E",
    2,
    "en",
    "OTHER",
    "Subject: New contact\n\nPlease add our new sous chef, Tomasz Nowak (tomasz.nowak@marlowehotel.example), to the "
    "order confirmation e-mails. Sophie",
    t="non_order_request",
    n="'please add' a contact, not a product",
)

# ---------------------------------------------------------------- funland (family centre café, Skegness)
m(
    "funland",
    "S",
    0,
    "en",
    "ORDER",
    "Funland cafe: 36L liquid soft serve, 1 cs rainbow cones, 2 unicorn sprinkles, 1 strawb sauce 1 choc sauce, "
    "1 cs pink pastel cups, 1 box pink spades, 3 blue slush",
    [
        L("SOFT-UHT-1L", 3),
        L("CONE-CAKE-COL", 1, "Rainbow Mix"),
        L("SPRINK-UNICORN", 2),
        L("SAUCE-STRAW", 1),
        L("SAUCE-CHOC", 1),
        L("CUP-PASTEL", 1, "Pink"),
        L("SPOON-SPADE", 1, "Pink"),
        L("SLUSH-BLUE-5L", 3),
    ],
    rv=False,
    t="count variant",
    n="36L of liquid soft serve = 3 cases of 12 x 1L",
)
m(
    "funland",
    "S",
    2,
    "en",
    "ORDER",
    "add 4 slush pls",
    [F(SLUSH, 4)],
    rv=True,
    t="family",
    n="ambiguous: slush syrup comes in blue raspberry, cherry and cola",
)
m(
    "funland",
    "S",
    3,
    "en",
    "ORDER",
    "need 2 box pink spoons and 1 box green",
    [L("SPOON-SPADE", 2, "Pink"), L("SPOON-SPADE", 1, "Green")],
    rv=False,
    t="variant",
    n="the gelato spades are the only coloured spoons; two variants of one product",
)
m("funland", "S", 4, "en", "QUESTION", "what time is the driver coming today? we shut at 6")
m(
    "funland",
    "S",
    6,
    "en",
    "ORDER",
    "can we have 600 rainbow cones for the kids party sunday",
    [L("CONE-CAKE-COL", None, "Rainbow Mix")],
    rv=True,
    t="count non_order_request",
    n="600 cones is not a whole number of cases of 500: quantities not stated",
)
m(
    "funland",
    "S",
    1,
    "en",
    "ORDER",
    "funland: 2 cola slush n 1 blue slush extra pls",
    [L("SLUSH-COLA-5L", 2), L("SLUSH-BLUE-5L", 1)],
    rv=False,
)
m(
    "funland",
    "S",
    5,
    "en",
    "ORDER",
    "two cases rainbow cones a tub of unicorn sprinkles and one case of pink cups",
    [L("CONE-CAKE-COL", 2, "Rainbow Mix"), L("SPRINK-UNICORN", 1), L("CUP-PASTEL", 1, "Pink")],
    rv=False,
    t="spoken variant",
    n="'pink cups' are the pink pastel cups, the only pink cup",
)

m(
    "funland",
    "S",
    4,
    "en",
    "ORDER",
    "funland: 1 x 12x1L liquid soft serve extra for sat",
    [L("SOFT-UHT-1L", 1)],
    rv=False,
    t="pack",
    n="'1 x 12x1L' is one case of 12 x 1L",
)

# ---------------------------------------------------------------- plant-scoop (vegan gelato, Brighton)
m(
    "plant-scoop",
    "W",
    0,
    "en",
    "ORDER",
    "hey! thurs: 8 vegan base, 4 sorbet base, 2 coconut paste, 2 x 1kg pure pistachio, 1 mango paste, 2 cs gf cones, "
    "1 cs mint cups, 1 box green spades, 1 cs 750ml tubs 🌱",
    [
        L("BASE-VEGAN-1K6", 8),
        L("BASE-FRUTTA-1K5", 4),
        L("PASTE-COCONUT", 2),
        L("PASTE-PIST-PURE", 2, "1kg"),
        L("PASTE-MANGO", 1),
        L("CONE-GF", 2),
        L("CUP-PASTEL", 1, "Mint"),
        L("SPOON-SPADE", 1, "Green"),
        L("TUB-TAKEHOME", 1, "750ml"),
    ],
    rv=False,
    t="variant emoji",
    n="'mint cups' are the mint pastel cups",
)
m(
    "plant-scoop",
    "W",
    1,
    "en",
    "ORDER",
    "40 bags vegan base for next thurs please",
    [L("BASE-VEGAN-1K6", 40)],
    rv=False,
    outlier=True,
    t="outlier",
    n="five times the usual 8 bags, no reason given",
)
m(
    "plant-scoop",
    "W",
    2,
    "en",
    "QUESTION",
    "is the vegan base ok for soft serve machines or only the batch freezer?",
)
m(
    "plant-scoop",
    "W",
    3,
    "en",
    "ORDER",
    "I'd like 1 tub of matcha paste and 1 berry ripple with thursday's please",
    [X(1, "matcha paste"), L("RIP-BERRY", 1)],
    rv=True,
    t="not_in_catalog non_order_request",
    n="matcha paste is not in catalog",
)
m(
    "plant-scoop",
    "W",
    5,
    "en",
    "ORDER",
    "+ 2 pistachio 1kg pls",
    [F(PIST_1KG, 2, "1kg")],
    rv=True,
    t="family",
    n="ambiguous: '1kg pistachio' is the pure paste 1kg, the chopped kernels 1kg or the pistachio cream 1kg",
)
m(
    "plant-scoop",
    "W",
    6,
    "en",
    "ORDER",
    "usual for thurs + 1 berry ripple",
    [L("RIP-BERRY", 1)],
    rv=True,
    t="reference",
    ref=("usual", {}),
)
m(
    "plant-scoop",
    "W",
    4,
    "en",
    "ORDER",
    "could you pop 2 cs waffle bowls and 3 bags frozen berries on thursday's? ta",
    [L("WAFFLE-BOWL", 2), L("FRUIT-BERRY-FZ", 3)],
    rv=False,
    t="non_order_request",
)
m(
    "plant-scoop",
    "W",
    3,
    "en",
    "ORDER",
    "Plant Scoop: 6 x 1.6kg vegan base and 2 x 1.5kg fruit base extra for the weekend",
    [L("BASE-VEGAN-1K6", 6), L("BASE-FRUTTA-1K5", 2)],
    rv=False,
    t="number_in_name",
    n="1.6kg and 1.5kg are the bag sizes",
)

# ---------------------------------------------------------------- sugar-rush (dessert parlour, Bradford)
m(
    "sugar-rush",
    "W",
    0,
    "en",
    "ORDER",
    "Salaam bro, friday order: 4 belgian waffle mix 5kg, 2 pancake mix, 4 hazelnut spread, 2 cs white choc sauce, "
    "1 cs toffee sauce, 2 biscuit crumb, 2 salted caramel cheesecake, 2 fudge cakes, 6 vanilla dairy 5L, "
    "3 frozen strawberries, 1 cs 12oz shake cups, 2 box large gloves. JazakAllah, Imran",
    [
        L("MIX-WAFFLE-BEL", 4, "5kg"),
        L("MIX-PANCAKE-3K5", 2),
        L("SPREAD-HAZ-3K", 4),
        L("SAUCE-WHITE", 2),
        L("SAUCE-TOFFEE", 1),
        L("CRUMB-BISCUIT", 2),
        L("CAKE-SCCHEESE", 2),
        L("CAKE-CHOCFUDGE", 2),
        L("ICE-VANILLA", 6, "5L"),
        L("FRUIT-STRAW-FZ", 3),
        L("CUP-SHAKE", 1, "12oz"),
        L("GLOVES-NITRILE", 2, "Large"),
    ],
    rv=False,
    t="variant",
)
m(
    "sugar-rush",
    "W",
    1,
    "en",
    "ORDER",
    "add 3 biscoff pls bro",
    [F(BISCOFF, 3)],
    rv=True,
    t="family",
    n="ambiguous: biscoff is the speculoos paste, ripple, biscuit crumb or the biscuit cheesecake",
)
m(
    "sugar-rush",
    "W",
    2,
    "en",
    "OTHER",
    "I would like to open a second account for our new Halifax branch, what do you need from me?",
    t="non_order_request",
    n="account request",
)
m(
    "sugar-rush",
    "W",
    3,
    "en",
    "ORDER",
    "gloves x 3 and 2 toffee sauce",
    [L("GLOVES-NITRILE", 3, None), L("SAUCE-TOFFEE", 2)],
    rv=True,
    t="variant",
    n="ambiguous: glove size not given",
)
m(
    "sugar-rush",
    "W",
    4,
    "en",
    "ORDER",
    "3 cs white choc sauce no sorry make it 4",
    [L("SAUCE-WHITE", 4)],
    rv=False,
    t="self_correction",
)
m("sugar-rush", "W", 5, "en", "COMPLAINT", "bro the fudge cakes came defrosted, both of them. not happy")
m(
    "sugar-rush",
    "W",
    6,
    "en",
    "ORDER",
    "Imran: 2 cs chocolate lined cones, 1 bag dark choc chips 2.5kg, 2 pancake mix. shukriya",
    [L("CONE-WAFFLE-CHOC", 2), L("CHOC-CHIPS", 1), L("MIX-PANCAKE-3K5", 2)],
    rv=False,
    t="number_in_name",
)
m(
    "sugar-rush",
    "W",
    2,
    "en",
    "ORDER",
    "Imran: 2 cs waffle bowls + 1 bag mini marshmallows for fri",
    [L("WAFFLE-BOWL", 2), L("MARSH-MINI", 1)],
    rv=False,
)

m(
    "sugar-rush",
    "W",
    3,
    "en",
    "ORDER",
    "Imran: 2 x (6x1kg) toffee sauce and 2 x 3.5kg pancake mix",
    [L("SAUCE-TOFFEE", 2), L("MIX-PANCAKE-3K5", 2)],
    rv=False,
    t="pack number_in_name",
    n="'2 x (6x1kg)' is 2 cases of 6 x 1kg; '2 x 3.5kg' is 2 bags",
)

# ---------------------------------------------------------------- cafe-rosa (café, Cardiff)
m(
    "cafe-rosa",
    "E",
    0,
    "en",
    "ORDER",
    "Subject: Café Rosa order\n\nHi,\nCould you send on Tuesday: 6 x 2L dairy vanilla, 2 chocolate ice cream, "
    "2 strawberry ice cream, 1 raspberry sorbet, 1 case small cake cones, 1 box fan wafers, 24 litres of UHT milk "
    "and 2kg espresso beans.\nThanks,\nRosa Evans\nCafé Rosa, 8 Wind Street, Cardiff\n07700 900655",
    [
        L("ICE-VANILLA", 6, "2L"),
        L("ICE-CHOC-5L", 2),
        L("ICE-STRAW-5L", 2),
        L("SORBET-RASP-5L", 1),
        L("CONE-CAKE", 1, "Small"),
        L("WAFER-FAN", 1),
        L("MILK-UHT-12", 2),
        L("ESPRESSO-1K", 2),
    ],
    rv=False,
    t="count weight signature variant non_order_request",
    n="24 litres of UHT milk = 2 cases of 12 x 1L; 2kg beans = 2 bags",
)
m(
    "cafe-rosa",
    "E",
    2,
    "en",
    "ORDER",
    "Subject: extra\n\nHi, could you add 3 dairy vanilla please? Rosa",
    [L("ICE-VANILLA", 3, None)],
    rv=True,
    t="variant non_order_request",
    n="ambiguous: dairy vanilla comes in 2L and 5L",
)
m(
    "cafe-rosa",
    "E",
    3,
    "en",
    "QUESTION",
    "Subject: Affogato\n\nHi, do you have a decaf espresso bean as well? Rosa",
    t="not_in_catalog",
)
m(
    "cafe-rosa",
    "E",
    4,
    "en",
    "OTHER",
    "Subject: Holiday\n\nWe're closed 19–26 July for holidays, so no deliveries that week please. Rosa",
    n="closure notice",
)
m(
    "cafe-rosa",
    "E",
    6,
    "en",
    "ORDER",
    "Subject: Order\n\nUsual please for Tuesday. Rosa",
    [],
    rv=True,
    t="reference",
    ref=("usual", {}),
)
m(
    "cafe-rosa",
    "E",
    1,
    "en",
    "ORDER",
    "Subject: Re: Café Rosa order\n\nSorry, forgot: 1 box of chocolate wafer rolls as well. Rosa\n\n"
    "> Could you send on Tuesday: 6 x 2L dairy vanilla, 2 chocolate ice cream...",
    [L("WAFER-ROLL", 1)],
    rv=False,
    t="quoted",
    n="only the line above the quote is new",
)
m(
    "cafe-rosa",
    "E",
    5,
    "en",
    "ORDER",
    "Subject: Toffee\n\nHi, one case of toffee fudge sauce and a case of white napkins please, with Tuesday's. Rosa",
    [L("SAUCE-TOFFEE", 1), L("NAPKIN-2PLY", 1)],
    rv=False,
)

# ---------------------------------------------------------------- durham-uni (university catering)
m(
    "durham-uni",
    "E",
    0,
    "en",
    "ORDER",
    "Subject: PO 58820 – Summer School desserts\n\nPlease supply for Monday 5th July, Kitchen 2, Loading Bay B:\n"
    "8 x Dairy Vanilla 5L\n4 x Dairy Chocolate 5L\n3 x New York cheesecake\n3 x brownie tray\n"
    "2 x chocolate fudge cake\n2 x lemon sorbet 5L\n2000 4oz paper cups\n\nRegards\nMark Hollis, Catering Manager\n"
    "Durham College Catering, 07700 900733",
    [
        L("ICE-VANILLA", 8, "5L"),
        L("ICE-CHOC-5L", 4),
        L("CAKE-NYCHEESE", 3),
        L("BROWNIE-TRAY", 3),
        L("CAKE-CHOCFUDGE", 2),
        L("SORBET-LEMON-5L", 2),
        L("CUP-PAPER", 2, "4oz"),
    ],
    rv=False,
    t="signature count variant number_in_name",
    n="2000 cups = 2 cases of 1000; PO, kitchen number not quantities",
)
m(
    "durham-uni",
    "E",
    1,
    "en",
    "ORDER",
    "Subject: Open day\n\nFor the open day on Saturday 10th (about 600 visitors) we'd like an extra 10 ice cream and "
    "4 cheesecakes. Thanks, Mark",
    [F(ICECREAMS, 10), F(CHEESECAKES, 4)],
    rv=True,
    t="family non_order_request",
    n="ambiguous: 'ice cream' names no flavour, 'cheesecakes' no kind; 600 visitors is not a quantity",
)
m(
    "durham-uni",
    "E",
    2,
    "en",
    "COMPLAINT",
    "Subject: Invoice query\n\nHi, invoice INV-30418 shows 3 brownie trays at £24 each, the price list says £21. "
    "Could you check? Mark",
    n="billing complaint",
)
m(
    "durham-uni",
    "E",
    3,
    "en",
    "CHANGE",
    "Subject: PO 58820 amendment\n\nPlease change Monday's order: 6 dairy vanilla instead of 8, the rest the same. Mark",
    change=[L("ICE-VANILLA", 6, "5L")],
    n="quantity change to a placed order",
)
m(
    "durham-uni",
    "E",
    5,
    "en",
    "OTHER",
    "Subject: Out of office\n\nI am out of the office until 12 July. For urgent catering matters contact "
    "catering.team@durhamcollege.example. Mark Hollis",
    n="auto-reply",
)
m(
    "durham-uni",
    "E",
    6,
    "en",
    "ORDER",
    "Subject: PO 58841\n\nPlease add for Monday: 2 x rum & raisin 5L, 2 x mint choc chip 5L. Regards, Mark",
    [L("ICE-RUMRAISIN-5L", 2), L("ICE-MINTCHOC-5L", 2)],
    rv=False,
)
m(
    "durham-uni",
    "E",
    4,
    "en",
    "ORDER",
    "Subject: PO 58833\n\nFor Monday also: 1 case 8oz hot cups and 2 cases of 8oz paper ice cream cups. Mark",
    [L("CUP-HOT-8", 1), L("CUP-PAPER", 2, "8oz")],
    rv=False,
    t="variant",
    n="'8oz' fits the hot cups and a paper cup size; the text names both",
)

# ---------------------------------------------------------------- polar-vans (van fleet, Glasgow)
m(
    "polar-vans",
    "S",
    0,
    "en",
    "ORDER",
    "polar vans wed: six cases liquid mix to cases vanilla powder for boxes flakes 4 cs large cake cones "
    "2 monkey blood 2 hundreds n thousands 1 sanitiser 1 dispenser napkins",
    [
        L("SOFT-UHT-1L", 6),
        L("SOFT-VAN-PWD", 2),
        L("FLAKE-99", 4),
        L("CONE-CAKE", 4, "Large"),
        L("SAUCE-RASP", 2),
        L("SPRINK-HT", 2),
        L("SANITISER-5L", 1),
        L("NAPKIN-DISP", 1),
    ],
    rv=False,
    t="spoken homophone variant",
    n="voice-to-text: 'to cases' = two, 'for boxes' = four; 'cases vanilla powder' is the soft serve powder (shake "
    "powder comes by the bag); 'liquid mix' the UHT soft serve",
)
m(
    "polar-vans",
    "S",
    2,
    "en",
    "ORDER",
    "need 3 soft serve mix extra for the gala",
    [F(SOFTSERVE, 3)],
    rv=True,
    t="family",
    n="ambiguous: vanilla powder, chocolate powder or liquid soft serve",
)
m("polar-vans", "S", 3, "en", "QUESTION", "whats ur cut off for next day delivery to Paisley?")
m(
    "polar-vans",
    "S",
    4,
    "en",
    "ORDER",
    "same as last wk + 1 cs rainbow strands",
    [L("SPRINK-STRANDS", 1, "Rainbow")],
    rv=True,
    t="reference",
    ref=("last", {}),
)
m(
    "polar-vans",
    "S",
    5,
    "en",
    "COMPLAINT",
    "van 3 got 2 boxes of flakes all melted together. want them replaced",
)
m(
    "polar-vans",
    "S",
    1,
    "en",
    "ORDER",
    "van 5 needs a 70mm scoop and 2 boxes xl gloves, drop at depot",
    [L("SCOOP-PORTION", 1, "70mm"), L("GLOVES-NITRILE", 2, "X-Large")],
    rv=False,
    t="variant",
    n="'van 5' is not a quantity",
)
m(
    "polar-vans",
    "S",
    6,
    "en",
    "ORDER",
    "polar: 12 litres of liquid soft serve and 144 flakes to the depot sat",
    [L("SOFT-UHT-1L", 1), L("FLAKE-99", 1)],
    rv=False,
    t="count",
    n="12 litres = 1 case of 12 x 1L; 144 flakes = 1 box",
)

# ---------------------------------------------------------------- sprinkle-co (events, no usual basket)
m(
    "sprinkle-co",
    "E",
    0,
    "en",
    "ORDER",
    "Subject: Usual event kit\n\nHi, can we have our usual event order for the Harrogate show on Friday 2nd? "
    "Thanks, Lottie",
    [],
    rv=True,
    t="reference ambiguous_reference non_order_request",
    ref=("usual", {}),
    n="the caterer has no usual basket",
)
m(
    "sprinkle-co",
    "E",
    1,
    "en",
    "ORDER",
    "Subject: Wedding 10th July\n\nHi, for a 180-guest wedding on the 10th please send on Friday 9th:\n"
    "- 8 x vanilla dairy 5L\n- 4 x dairy chocolate 5L\n- 2 cases pink coloured cake cones\n- 3 tubs unicorn sprinkles\n"
    "- 2 cases Liège waffles\n- 2 cases pink pastel cups\n- 2000 pink spades\nThanks, Lottie Crane, Sprinkle & Co "
    "Events, 07700 900841",
    [
        L("ICE-VANILLA", 8, "5L"),
        L("ICE-CHOC-5L", 4),
        L("CONE-CAKE-COL", 2, "Pink"),
        L("SPRINK-UNICORN", 3),
        L("WAFFLE-LIEGE-FZ", 2),
        L("CUP-PASTEL", 2, "Pink"),
        L("SPOON-SPADE", 2, "Pink"),
    ],
    rv=False,
    t="count variant signature",
    n="2000 spades = 2 boxes of 1000; 180 guests is not a quantity",
)
m(
    "sprinkle-co",
    "E",
    2,
    "en",
    "QUESTION",
    "Subject: Quote please\n\nCould you quote for 20 tubs vanilla 5L, 10 chocolate, 4 cases waffle cones and 5 boxes "
    "flakes for a festival in August? Not ordering yet. Lottie",
    t="non_order_request",
    n="quote request",
)
m(
    "sprinkle-co",
    "E",
    4,
    "en",
    "ORDER",
    "Subject: Top up\n\nPlease add 2 boxes of pink straws and 3 bags of pink sprinkles. Lottie",
    [L("STRAW-PAPER", 2, "Pink Stripe"), L("SPRINK-STRANDS", 3, "Pink")],
    rv=False,
    t="variant",
    n="'pink straws' are the pink stripe paper straws; 'pink sprinkles' the pink strands",
)
m(
    "sprinkle-co",
    "E",
    5,
    "en",
    "ORDER",
    "Subject: churros\n\n10kg frozen churros too please",
    [L("CHURROS-FZ", None)],
    rv=True,
    t="weight",
    n="10kg is not a whole number of 4 x 1kg cases: quantities not stated",
)
m(
    "sprinkle-co",
    "E",
    3,
    "en",
    "ORDER",
    "Subject: Extra for Harrogate\n\nPlease add 3 cases of frozen churros and 2 bags of mini marshmallows. Lottie",
    [L("CHURROS-FZ", 3), L("MARSH-MINI", 2)],
    rv=False,
)
m(
    "sprinkle-co",
    "E",
    6,
    "en",
    "ORDER",
    "Subject: Garden party Sat 17th\n\nHi, 4 x Cornish clotted cream ice cream, 2 x strawberry ice cream 5L, 1 case "
    "blue coloured cones and 2 boxes blue stripe straws please, for Friday 16th. Lottie",
    [
        L("ICE-CLOTTED-4L", 4),
        L("ICE-STRAW-5L", 2),
        L("CONE-CAKE-COL", 1, "Blue"),
        L("STRAW-PAPER", 2, "Blue Stripe"),
    ],
    rv=False,
    t="variant",
)

# ---------------------------------------------------------------- gelato-wheels (first-time customer)
m(
    "gelato-wheels",
    "W",
    0,
    "en",
    "ORDER",
    "Hi! We're Gelato on Wheels, just starting out with a trike in Hove. First order, will pay the driver on "
    "delivery: 1 case small cake cones, 1 box white spades, 1 case 4oz cups, 2 tubs dairy vanilla 5L and 1 tub "
    "lemon sorbet. Address is 5 Kingsway Arches, Hove. Thanks, Tom",
    [
        L("CONE-CAKE", 1, "Small"),
        L("SPOON-SPADE", 1, "White"),
        L("CUP-PAPER", 1, "4oz"),
        L("ICE-VANILLA", 2, "5L"),
        L("SORBET-LEMON-5L", 1),
    ],
    rv=False,
    t="new_customer variant",
    n="first order paid on delivery ships as written; 5 is a street number",
)
m("gelato-wheels", "W", 2, "en", "QUESTION", "do you deliver to Hove on weekends?", t="new_customer")
m(
    "gelato-wheels",
    "W",
    4,
    "en",
    "ORDER",
    "same as my first order again please, busy weekend!",
    [],
    rv=True,
    t="reference ambiguous_reference new_customer",
    ref=("last", {}),
    n="a first-time customer: messages are not history",
)
m(
    "gelato-wheels",
    "W",
    5,
    "en",
    "ORDER",
    "can I get a 60mm scoop and a box of gloves medium",
    [L("SCOOP-PORTION", 1, "60mm"), L("GLOVES-NITRILE", 1, "Medium")],
    rv=False,
    t="variant non_order_request new_customer",
)
m(
    "gelato-wheels",
    "W",
    6,
    "en",
    "ORDER",
    "Tom again - 3 tubs mango sorbet and 2 tubs strawberry ice cream for sat, cash on delivery like before",
    [L("SORBET-MANGO-5L", 3), L("ICE-STRAW-5L", 2)],
    rv=False,
    t="new_customer",
)
m(
    "gelato-wheels",
    "W",
    3,
    "en",
    "ORDER",
    "Tom: 1 case of sugar cones and 500 wooden spoons",
    [L("CONE-SUGAR", 1), L("SPOON-WOOD", None)],
    rv=True,
    t="count new_customer",
    n="500 spoons is half a box of 1000: quantities not stated",
)

# ---------------------------------------------------------------- scoop-studio (first-time customer)
m(
    "scoop-studio",
    "E",
    0,
    "en",
    "OTHER",
    "Subject: New account\n\nHello, we're opening Scoop Studio in Leeds on 12 July. I'd like to set up a 30-day "
    "trade account. Company no. 14820077. Best, Hana Okafor",
    t="non_order_request new_customer",
    n="account request",
)
m(
    "scoop-studio",
    "E",
    1,
    "en",
    "ORDER",
    "Subject: Opening order\n\nHi, please send for Friday, on our 30-day account:\n4 x latte base\n"
    "2 x fruit sorbet base\n2 x pure pistachio 3kg\n1 x gianduia paste\n2 cases medium cake cones\n1 case 6oz cups\n"
    "2 packs gelato display pans\nHana",
    [
        L("BASE-LATTE-2K", 4),
        L("BASE-FRUTTA-1K5", 2),
        L("PASTE-PIST-PURE", 2, "3kg"),
        L("PASTE-GIANDUIA", 1),
        L("CONE-CAKE", 2, "Medium"),
        L("CUP-PAPER", 1, "6oz"),
        L("PAN-GELATO-5L", 2),
    ],
    rv=True,
    t="credit new_customer variant",
    n="a first order on a 30-day account that is not open yet: review",
)
m(
    "scoop-studio",
    "E",
    3,
    "en",
    "ORDER",
    "Subject: Cups\n\nAlso 2 cases of 10oz paper cups please. Hana",
    [L("CUP-PAPER", 2, None, nofill=True)],
    rv=True,
    t="variant new_customer credit",
    n="ambiguous: there is no 10oz paper cup (4oz, 6oz, 8oz); goes on the same 30-day account",
)
m(
    "scoop-studio",
    "E",
    4,
    "en",
    "QUESTION",
    "Subject: Training\n\nDo you offer any gelato-making training for new staff? Hana",
    t="new_customer",
)
