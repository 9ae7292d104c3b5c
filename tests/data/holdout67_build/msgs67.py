# ruff: noqa  (hand-written data generator of blind set 67, kept as its writer left it)
"""Messages of the sixty-seventh blind set and their plain labels, all hand-written.

Line helpers:
  L(sku, qty[, variant][, nofill=True])  a line of a known product; products with variants must be given a
                                         variant (None = the text does not say which); nofill marks a variant
                                         that does not exist and is never filled from history
  F(qty, candidates[, cv])               a family line (sku null) with its candidates and candidate_variant
  X(qty, what)                           an item the catalog does not have (sku null, no candidates)
References: R(kind, add=[...], set=[...], remove=[...], double=[...]) with kind "usual", "last" or "first"
(a first-time customer's "same as my first order", never resolvable). Without history, `lines` holds the explicit
additions and new quantities (build67 does this); removals and "double" give no line.
flags: credit, conditional (review whatever the lines; no history fields).
"""

MISSING = object()


def L(sku, qty, v=MISSING, nofill=False):
    return {"kind": "L", "sku": sku, "qty": qty, "v": v, "nofill": nofill}


def F(qty, cands, cv=None):
    return {"kind": "F", "qty": qty, "cands": list(cands), "cv": cv}


def X(qty, what):
    return {"kind": "X", "qty": qty, "what": what}


def R(kind, add=(), set=(), remove=(), double=()):
    return {"kind": kind, "add": list(add), "set": list(set), "remove": list(remove), "double": list(double)}


MSGS = []


def m(c, intent, text, lines=(), notes="", tags=(), ref=None, flags=(), change=None, outlier=False, ch=None):
    MSGS.append(
        {
            "customer": c,
            "intent": intent,
            "text": text,
            "lines": list(lines),
            "notes": notes,
            "tags": list(tags),
            "ref": ref,
            "flags": list(flags),
            "change": change,
            "outlier": outlier,
            "channel": ch,
        }
    )


# variant names used often
CAN = "24 x 330ml Can"
BOT15 = "6 x 1.5L Bottle"
S200 = "12 x 200g"
S500 = "6 x 500g"
OB250 = "12 x 250ml"
OB1L = "6 x 1L"
MERGUEZ = ["MERGUEZ-LAMB", "MERGUEZ-BEEF", "MERGUEZ-CHICKEN"]
COUSCOUS = ["COUS-FINE", "COUS-MED", "COUS-COARSE-5", "COUS-SACK-25", "COUS-WHOLE-5"]
COUSCOUS5 = ["COUS-FINE", "COUS-MED", "COUS-COARSE-5", "COUS-WHOLE-5"]
HARISSA_CASES = ["HARISSA-CB", "HARISSA-JAR", "HARISSA-ROSE"]
BOX_TEAS = ["TEA-3505", "TEA-9375", "TEA-CHUNMEE"]
DATES = ["DATE-DEGLET", "DATE-DEGLET-BRANCH", "MEDJOOL-JV", "MEDJOOL-TF", "BOUFEGGOUS-5"]

# ============================================================== atlas-grill (English, WhatsApp)
A = "atlas-grill"
m(
    A,
    "ORDER",
    "Morning guys, for Monday pls: 15kg lamb merguez, 12kg kefta, 20kg chicken thigh, 2 x 10kg medium "
    "couscous and 1 tub chermoula paste. Cheers, Karim",
    [
        L("MERGUEZ-LAMB", 15),
        L("KEFTA", 12),
        L("CHICKEN-THIGH", 20),
        L("COUS-MED", 2, "10kg"),
        L("CHERMOULA-PASTE", 1),
    ],
    "'2 x 10kg medium couscous' is 2 bags of the 10kg variant (inline pack); 'chermoula paste' names the tub (the "
    "spice mix comes in bags).",
    ["pack"],
)
m(
    A,
    "ORDER",
    "need merguez 18kg and 2 buckets of olives asap, grill's rammed this weekend 🔥",
    [F(18, MERGUEZ), F(2, ["OLIVE-CRACKED", "OLIVE-CHERMOULA", "OLIVE-PURPLE", "OLIVE-BELDI"], "5kg Bucket")],
    "Bare 'merguez' is lamb, beef or chicken; 'buckets of olives' fits all four olives sold by the bucket "
    "(candidate_variant 5kg Bucket for the cracked olives). 18kg with a reason is no outlier.",
    ["emoji"],
)
m(
    A,
    "ORDER",
    "usual for monday + 2 extra boxes of fresh mint pls",
    [L("MINT-FRESH", 2)],
    "Reference to the usual basket plus an addition.",
    ref=R("usual", add=[L("MINT-FRESH", 2)]),
)
m(
    A,
    "QUESTION",
    "I would like to know if you can do the lamb shoulder boned and rolled, and what the difference "
    "per kg would be",
    [],
    "A question that opens like an order.",
    ["non_order_request"],
)
m(
    A,
    "ORDER",
    "add 2 cans selecto and 3 cases of oulmes to monday's delivery",
    [L("HB-SELECTO", 2, CAN), L("OULMES", 3)],
    "'2 cans selecto' with N = 2 is 2 cases of cans (small-N rule, never a fraction); an addition to a placed order "
    "is ORDER.",
    ["container"],
)
m(
    A,
    "OTHER",
    "Hi, Sofiane here, new kitchen manager at Atlas Grill. Karim still does the orders but you can call "
    "me on this number about deliveries",
    [],
    "A new contact introducing himself.",
    ["greeting"],
)
m(
    A,
    "COMPLAINT",
    "Chicken thigh on Monday's invoice says 20kg, our scales say 17.4kg. Second time this month "
    "we're short, not happy",
    [],
    "Weights are not order lines.",
)
m(
    A,
    "ORDER",
    "voice note: yeah hi it's Karim from Atlas can I get twenty kilos of kefta four tubs of chermoula "
    "paste a box of sugar lumps and two drums of the frying oil thanks",
    [L("KEFTA", 20), L("CHERMOULA-PASTE", 4), L("SUGAR-LUMP", 1), L("SUNFLOWER-20", 2)],
    "Spoken list without commas; number words and 'a' start items. 'a box of sugar lumps' is one case of 10 x 1kg, "
    "'drums of the frying oil' the 20L sunflower oil.",
    ["spoken", "voice", "non_order_request"],
)
m(
    A,
    "ORDER",
    "pls add 1 x 380g harissa case and 2 tajines 30cm for the new display shelf",
    [L("HARISSA-CB", 1, "12 x 380g Tin"), F(2, ["TAJINE-CLAY", "TAJINE-SERVING"], "30cm")],
    "Only Cap Bon comes in 380g tins, so the harissa line is one case of 12 x 380g. 'tajines 30cm' fits the 30cm "
    "clay tajine and the painted serving tajine (30cm in its name); the grill has bought neither.",
    ["pack", "number_in_name"],
)
m(
    A,
    "ORDER",
    "mint x3 and chermoula x2 for tmrw pls",
    [F(3, ["MINT-FRESH", "MINT-DRIED"]), F(2, ["CHERMOULA-MIX", "CHERMOULA-PASTE"])],
    "'mint' is fresh or dried, 'chermoula' the spice mix or the paste.",
)
m(
    A,
    "ORDER",
    "voice msg: hi its karim again for tomorrow for bags of medium couscous ten kilo to boxes of mint "
    "and a bucket of preserved lemons",
    [L("COUS-MED", 4, "10kg"), L("MINT-FRESH", 2), L("LEMON-BUCKET", 1)],
    "Voice-to-text homophones: 'for bags' is four, 'to boxes' is two ('for tomorrow' is not a quantity). Boxes of "
    "mint are the fresh mint (dried mint comes in bags); 'a bucket of preserved lemons' is the 5kg bucket.",
    ["voice", "homophone", "spoken", "unit_word"],
)
m(
    A,
    "ORDER",
    "Monday also pls: 10 packs khobz dar, 1 bag sweet paprika, 1 bag cumin",
    [L("KHOBZ-ROUND", 10), L("PAPRIKA-SWEET-1", 1), L("CUMIN-1", 1)],
    "'khobz dar' names the round Moroccan khobz.",
)

# ============================================================== medina-bakery (English, e-mail)
MB = "medina-bakery"
m(
    MB,
    "ORDER",
    "Subject: Order for Thursday 10 Aug\n\nHi team,\nPlease send:\n- 2 x 25kg fine semolina sacks\n"
    "- 4 bags extra fine semolina (finot)\n- 10 x 1kg ground almonds\n- 3 blocks date paste\n\nThanks,\nAmina Rahmouni\n"
    "Medina Bakery & Patisserie, 41 Hoe Street, London E17\nTel 020 7946 0672",
    [L("SEMO-FINE-25", 2), L("SEMO-XFINE-5", 4), L("ALMOND-GROUND-1", 10), L("DATE-PASTE-5", 3)],
    "'2 x 25kg fine semolina sacks' is 2 sacks (the 25kg fine semolina is its own product); '10 x 1kg' is 10 bags. "
    "The date, street number, postcode and phone are not quantities.",
    ["signature", "pack"],
)
m(
    MB,
    "ORDER",
    "Hi, can you add 6kg almonds and 2 tins of smen to tomorrow's delivery? Amina",
    [F(6, ["ALMOND-BLANCHED-1", "ALMOND-GROUND-1"]), L("SMEN-1", 2)],
    "'almonds' is blanched or ground (both 1kg bags, so 6kg is 6 bags either way); the bakery buys both.",
    ["non_order_request"],
)
m(
    MB,
    "ORDER",
    "Usual order for Thursday please, but 4 sacks of T45 instead of 3, and no nigella this week. Amina",
    [L("FLOUR-T45", 4)],
    "Reference with a new quantity and a removal.",
    ref=R("usual", set=[L("FLOUR-T45", 4)], remove=["NIGELLA-500"]),
)
m(
    MB,
    "QUESTION",
    "Subject: pearl sugar?\nHello, do you stock pearl sugar or only granulated? And is the T45 still "
    "from the same mill as in June? Thanks, Amina",
    [],
    "",
)
m(
    MB,
    "ORDER",
    "Subject: shop counter\nPlease send 12 bottles of orange blossom water, the 1 litre ones, and 24 jars "
    "of amlou. Thank you. Amina",
    [L("ORANGE-BLOSSOM", 2, OB1L), L("AMLOU-250", 2)],
    "12 one-litre bottles are 2 cases of 6 x 1L; 24 jars of amlou are 2 cases of 12.",
    ["count"],
)
m(
    MB,
    "COMPLAINT",
    "Subject: split bags\nTwo of the four extra fine semolina bags last Thursday were split at the "
    "seam and about half spilled in the van. Could you credit them please? Amina",
    [],
    "",
)
m(
    MB,
    "ORDER",
    "Subject: extra for Saturday\nHi, for a wedding cake order on Saturday: 3 sacks of T55, 2 cases of "
    "the small orange blossom bottles (12 x 250ml) and 5kg sesame. Amina",
    [L("FLOUR-T55", 3), L("ORANGE-BLOSSOM", 2, OB250), L("SESAME-1", 5)],
    "'5kg sesame' is 5 bags of 1kg; '(12 x 250ml)' picks the small-bottle case.",
    ["count", "number_in_name"],
)
m(
    MB,
    "ORDER",
    "Subject: addition\nCould you add 2 blocks of date paste and 4 semolina sacks (25kg) to Thursday's "
    "drop? Thx, A.",
    [L("DATE-PASTE-5", 2), L("SEMO-FINE-25", 4)],
    "'semolina sacks (25kg)': only the fine semolina comes in a 25kg sack.",
    ["non_order_request"],
)

# ============================================================== sahara-cafe (English, WhatsApp)
SC = "sahara-cafe"
m(
    SC,
    "ORDER",
    "salam! for saturday: 1 case sultan 500g, 1 box gunpowder 9375, 3 boxes fresh mint, 1 box sugar "
    "cones, 2 cs sugar lumps, 3 trays chebakia, 2 trays cornes de gazelle 🙏",
    [
        L("TEA-SULTAN", 1, S500),
        L("TEA-9375", 1),
        L("MINT-FRESH", 3),
        L("SUGAR-CONE", 1),
        L("SUGAR-LUMP", 2),
        L("CHEBAKIA", 3),
        L("GAZELLE", 2),
    ],
    "'sultan 500g' is the 6 x 500g case; 9375 is part of a tea's name.",
    ["emoji", "number_in_name"],
)
m(
    SC,
    "ORDER",
    "hey can we get 2 boxes of green tea + 4 trays pastries for the weekend",
    [F(2, BOX_TEAS), F(4, ["CHEBAKIA", "MAKROUT", "GAZELLE"])],
    "'boxes of green tea' narrows the family to the three teas sold by the 1kg box (Sultan comes by the case); "
    "'pastries' is chebakia, makrout or cornes de gazelle.",
    ["non_order_request", "unit_word"],
)
m(
    SC,
    "ORDER",
    "6 boxes of the gold tea glasses and 2 boxes of blue ones pls, we lost a whole shelf 😩",
    [L("TEA-GLASS-DECO", 6, "Gold"), L("TEA-GLASS-DECO", 2, None, nofill=True)],
    "Colours exist only on the decorated glasses (Gold, Silver, Red & Gold); blue does not exist, so the second line "
    "keeps a null variant and is never filled from history.",
    ["emoji"],
)
m(
    SC,
    "ORDER",
    "same as last week pls but double the mint",
    [],
    "Reference to the last order with the fresh mint doubled; no explicit line.",
    ref=R("last", double=["MINT-FRESH"]),
)
m(
    SC,
    "QUESTION",
    "do u do the big brass trays for serving tea? like 50cm or more",
    [],
    "Tea trays are not stocked.",
)
m(
    SC,
    "ORDER",
    "120 msemen small and 36 harcha pls",
    [L("MSEMEN", 12, "Small 12cm"), L("HARCHA", 3)],
    "120 small msemen are 12 packs of 10; 36 harcha are 3 packs of 12.",
    ["count"],
)
m(
    SC,
    "OTHER",
    "Thanks for sorting yesterday's delivery so quickly, the team loved the new chebakia 👌",
    [],
    "",
    ["emoji"],
)
m(
    SC,
    "ORDER",
    "add 24 bottles of oulmes to saturday",
    [L("OULMES", 1)],
    "24 bottles are one case of 24 x 330ml.",
    ["container"],
)
m(
    SC,
    "COMPLAINT",
    "Fresh mint that came yesterday was all yellow, we binned half the bunches 😡",
    [],
    "",
    ["emoji"],
)
m(
    SC,
    "QUESTION",
    "can I pay by card on delivery from now on? the driver only had the cash book",
    [],
    "",
    ["non_order_request"],
)
m(
    SC,
    "CHANGE",
    "can you change the 6 boxes of gold glasses on saturday's order to silver? same number of boxes",
    [],
    "Swaps the colour on a placed order: Gold goes to 0, Silver to 6.",
    change=[L("TEA-GLASS-DECO", 0, "Gold"), L("TEA-GLASS-DECO", 6, "Silver")],
)

# ============================================================== casbah-deli (English, SMS)
CD = "casbah-deli"
m(
    CD,
    "ORDER",
    "hi its Rashid casbah deli. 20 bags couscous 1kg, 2 cs harissa small tins, 4 medjool pls",
    [
        F(20, ["COUS-FINE", "COUS-MED"], "1kg"),
        L("HARISSA-CB", 2, "24 x 135g Tin"),
        F(4, ["MEDJOOL-JV", "MEDJOOL-TF"]),
    ],
    "'couscous 1kg' is fine or medium (both come in 1kg); tins of harissa are only Cap Bon, and 'small tins' the "
    "135g; 'medjool' (also spelt mejhoul) is the Jordan Valley 5kg box or the Tafilalet 1kg box.",
)
m(
    CD,
    "ORDER",
    "6 boxes deglet nour 1kg, 6 jars cracked olives 1kg, 2 cs selecto cans, 1 cs amlou. thx",
    [
        L("DATE-DEGLET", 6, "1kg"),
        L("OLIVE-CRACKED", 6, "1kg Jar"),
        L("HB-SELECTO", 2, CAN),
        L("AMLOU-250", 1),
    ],
    "'deglet nour 1kg' is the loose box (the branch dates come in 500g packs).",
)
m(
    CD,
    "ORDER",
    "2 x 24 tuna in olive oil + 1 x 24 chickpeas",
    [L("TUNA-OLIVE", 2), L("CHICKPEA-TIN", 1)],
    "Inline packs: 2 cases and 1 case of 24 tins (only the tinned chickpeas come in 24s).",
    ["pack"],
)
m(
    CD,
    "ORDER",
    "usual for tues but no rose water and 3 cs sultan 200g instead of 2",
    [L("TEA-SULTAN", 3, S200)],
    "Reference with a removal and a new quantity.",
    ref=R("usual", set=[L("TEA-SULTAN", 3, S200)], remove=["ROSE-WATER"]),
)
m(CD, "QUESTION", "do you have poms? customers keep asking for it", [], "Poms (apple soda) is not stocked.")
m(
    CD,
    "ORDER",
    "can u send 30 cans of selecto and 10 sugar cones",
    [L("HB-SELECTO", None, CAN), L("SUGAR-CONE", None)],
    "30 cans is not a whole number of cases of 24 and 10 cones not a whole number of boxes of 6: quantities null.",
    ["container", "count", "non_order_request"],
)
m(
    CD,
    "COMPLAINT",
    "2 of the medjool boxes from tues had mould on top, pics on whatsapp. need a credit",
    [],
    "",
)
m(
    CD,
    "ORDER",
    "3-4 cases of hamoud lemonade for the weekend",
    [L("HB-LEMONADE", None)],
    "A range: quantity null (quantities not stated as one number).",
    ["range"],
)
m(
    CD,
    "ORDER",
    "1 cs rose harissa, 1 cs souk royal harissa and 2 cs cap bon tubes",
    [L("HARISSA-ROSE", 1), L("HARISSA-JAR", 1), L("HARISSA-CB", 2, "24 x 70g Tube")],
    "A brand or modifier names each harissa.",
)
m(
    CD,
    "OTHER",
    "I'd like to book a table for 6 at 8pm on Saturday please, name of Rashid",
    [],
    "A table booking sent to the wrong number.",
    ["non_order_request"],
)
m(
    CD,
    "ORDER",
    "2 cs sultan 200g, 1 cs mazhar 250ml, 1 cs rose water",
    [L("TEA-SULTAN", 2, S200), L("ORANGE-BLOSSOM", 1, OB250), L("ROSE-WATER", 1)],
    "",
)

# ============================================================== harbour-couscous (English, WhatsApp)
HC = "harbour-couscous"
m(
    HC,
    "ORDER",
    "4 bags medium couscous 5kg 8 kilo beef merguez 10 kilo chicken thigh one tub catering harissa and "
    "ten packs sidi ali",
    [
        L("COUS-MED", 4, "5kg"),
        L("MERGUEZ-BEEF", 8),
        L("CHICKEN-THIGH", 10),
        L("HARISSA-TUB-4", 1),
        L("SIDI-ALI", 10),
    ],
    "List without commas; 'one' and 'ten' start items.",
    ["spoken"],
)
m(
    HC,
    "ORDER",
    "Send 40 bags medium couscous 5kg for Friday",
    [L("COUS-MED", 40, "5kg")],
    "Ten times the usual 4 bags with no reason given; followed by a correction.",
    outlier=True,
)
m(
    HC,
    "CHANGE",
    "sorry!! meant 4 bags of couscous not 40, autocorrect 🙈",
    [],
    "Corrects the quantity of the order just placed.",
    ["emoji"],
    change=[L("COUS-MED", 4, "5kg")],
)
m(
    HC,
    "ORDER",
    "same as last week + 1 case 16oz soup pots",
    [L("SOUP-POT", 1, "16oz")],
    "Reference plus an addition.",
    ref=R("last", add=[L("SOUP-POT", 1, "16oz")]),
)
m(
    HC,
    "ORDER",
    "2 cases soup pots and 3 boxes foil trays",
    [L("SOUP-POT", 2, None), L("FOIL-TRAY", 3)],
    "Soup pots come in 12oz and 16oz; no size given.",
)
m(HC, "QUESTION", "Are you delivering on the bank holiday Monday 28th?", [], "")
m(
    HC,
    "ORDER",
    "1kg ras el hanout + 2 bags raisins",
    [L("RAS-MA", 1, "1kg"), L("RAISIN-1", 2)],
    "Only the Moroccan blend comes in 1kg (the Tunisian one is 500g), so '1kg ras el hanout' is one 1kg bag of it.",
    ["number_in_name"],
)
m(
    HC,
    "ORDER",
    "Fri: 10 packs sidi ali, 2 bags dried chickpeas, 12kg beef merguez",
    [L("SIDI-ALI", 10), L("CHICKPEA-DRY-5", 2), L("MERGUEZ-BEEF", 12)],
    "",
)
m(
    HC,
    "ORDER",
    "for friday could we grab 12kg chicken thigh, 1kg ras el hanout moroccan and 2 boxes of foil trays",
    [L("CHICKEN-THIGH", 12), L("RAS-MA", 1, "1kg"), L("FOIL-TRAY", 2)],
    "",
    ["non_order_request"],
)

# ============================================================== riad-events (English, e-mail)
RE = "riad-events"
m(
    RE,
    "ORDER",
    "Subject: Hassani wedding - 300 guests\n\nHello,\nFor the Hassani wedding please deliver on Friday "
    "18th:\n1. Couscous medium 25kg sacks x 4\n2. Lamb shoulder 60kg\n3. Chicken pastilla x 15 boxes\n4. Medjool jumbo "
    "5kg x 6\n5. Cornes de gazelle 20 trays\n6. Fresh mint 10 boxes\n\nKind regards,\nLayla Benali\nRiad Events "
    "Catering, Unit 9, Canal Way, London N1\n020 7946 0676",
    [
        L("COUS-SACK-25", 4),
        L("LAMB-SHOULDER", 60),
        L("PASTILLA-CHICKEN", 15),
        L("MEDJOOL-JV", 6, "Jumbo"),
        L("GAZELLE", 20),
        L("MINT-FRESH", 10),
    ],
    "A large order with a reason (a 300-guest wedding), not an outlier. 'Couscous medium 25kg sacks' is the catering "
    "sack; 'Medjool jumbo 5kg' the Jordan Valley box (Jumbo exists only there). List numbering, the date, guest "
    "count, unit number, postcode and phone are not quantities.",
    ["signature", "number_in_name"],
)
m(
    RE,
    "ORDER",
    "Subject: Saturday\nHi, our usual event order for Saturday please, about 120 guests this time. Layla",
    [],
    "The caterer never repeats a basket: 'our usual event order' cannot be resolved, even with history.",
    ["ambiguous_reference"],
    ref=R("usual"),
)
m(
    RE,
    "QUESTION",
    "Subject: Quote request - 400 guests\nCould you quote for 8 couscous sacks, 100kg lamb shoulder "
    "and 30 trays of mixed pastries? Not ordering yet, the client is still deciding. Layla",
    [],
    "A quote request listing quantities is QUESTION.",
    ["non_order_request"],
)
m(
    RE,
    "ORDER",
    "Subject: repeat\nPlease repeat our last order exactly, same venue, Sunday delivery. Thanks, Layla",
    [],
    "Reference to the last order, which history resolves.",
    ref=R("last"),
)
m(
    RE,
    "COMPLAINT",
    "Subject: cracked tajines\nThree of the 12 serving tajines delivered last week arrived cracked. "
    "Photos attached. Please replace or credit. Layla",
    [],
    "",
)
m(
    RE,
    "ORDER",
    "Yes please go ahead with the serving tajines as quoted.\n\n> On 8 Aug 2028, Kasbah Lane Sales "
    "wrote:\n> Painted Serving Tajine 30cm x 12 at £18.50 = £222.00\n> Delivery Friday 11 Aug, free over £150.",
    [L("TAJINE-SERVING", 12)],
    "The order is the quoted line: 12 painted serving tajines. Prices, the date and the size are not quantities.",
    ["quoted", "number_in_name"],
)
m(
    RE,
    "ORDER",
    "Subject: Top-up for Sunday\nHi, 10 boxes of foil couscous trays and 4 cases of 16oz soup pots "
    "please. Layla",
    [L("FOIL-TRAY", 10), L("SOUP-POT", 4, "16oz")],
    "",
)
m(
    RE,
    "ORDER",
    "Subject: Henna night Friday\nHi, for a henna night (80 guests): 4 trays chebakia, 4 trays makrout, "
    "2 cases of orange blossom 12 x 250ml and 1 box of the Tafilalet medjool. Thanks, Layla",
    [L("CHEBAKIA", 4), L("MAKROUT", 4), L("ORANGE-BLOSSOM", 2, OB250), L("MEDJOOL-TF", 1)],
    "'Tafilalet medjool' names the Moroccan 1kg gift box; 80 guests is not a quantity.",
    ["number_in_name"],
)
m(
    RE,
    "OTHER",
    "Subject: Automatic reply: Delivery confirmation\nThank you for your email. I am out of the office "
    "until Monday 14 August with limited access to email. For urgent event orders please call 020 7946 0677. "
    "Layla Benali",
    [],
    "An auto-reply.",
)

# ============================================================== chez-yamina (French, WhatsApp)
CY = "chez-yamina"
m(
    CY,
    "ORDER",
    "Bonjour, pour mercredi svp : 3 sacs de couscous fin 5kg, 8 kg de collier d'agneau, 6 kg de merguez "
    "d'agneau, 4 kg de merguez volaille et 3 cartons de Selecto canettes. Merci, Yamina",
    [
        L("COUS-FINE", 3, "5kg"),
        L("LAMB-NECK", 8),
        L("MERGUEZ-LAMB", 6),
        L("MERGUEZ-CHICKEN", 4),
        L("HB-SELECTO", 3, CAN),
    ],
    "",
)
m(
    CY,
    "ORDER",
    "Rajoute 10 kilos de merguez et 2 kg de paprika stp",
    [F(10, MERGUEZ), F(2, ["PAPRIKA-SWEET-1", "PAPRIKA-HOT-1"])],
    "'merguez' and 'paprika' are families (2 kg is 2 bags of either paprika); the restaurant buys lamb and chicken "
    "merguez and both paprikas, so history leaves both open.",
)
m(
    CY,
    "ORDER",
    "Comme d'hab pour mercredi, mais sans la cachir et avec 2 cartons de limonade Hamoud en plus",
    [L("HB-LEMONADE", 2)],
    "Reference with a removal and an addition.",
    ref=R("usual", add=[L("HB-LEMONADE", 2)], remove=["CACHIR"]),
)
m(
    CY,
    "ORDER",
    "50 feuilles de brick et 12 matlou svp",
    [L("BRICK", 5), L("MATLOU", 2)],
    "50 sheets are 5 packs of 10; 12 matlou are 2 packs of 6.",
    ["count"],
)
m(
    CY,
    "QUESTION",
    "Je voudrais savoir si vous faites le frik en sac de 5 kg, le carton de 10 x 1kg c'est pas pratique",
    [],
    "",
    ["non_order_request"],
)
m(
    CY,
    "ORDER",
    "Il me faut aussi 2 sacs de couscous 5 kg pour jeudi",
    [F(2, COUSCOUS5, "5kg")],
    "'couscous 5 kg' fits the fine and medium 5kg bags, the coarse and the whole wheat couscous.",
)
m(
    CY,
    "ORDER",
    "Pour jeudi : 3 sacs de lentilles, 2 sacs de fèves cassées et 1 kg de cannelle en bâtons",
    [L("LENTIL-BROWN-5", 3), L("FAVA-SPLIT-5", 2), L("CINNAMON-STICK-500", 2)],
    "1 kg of cinnamon sticks is 2 bags of 500g.",
    ["count"],
)
m(
    CY,
    "ORDER",
    "Pour vendredi : 6 paquets de matlou, 4 cachir, 1 seau d'olives violettes et 1 sac de carvi",
    [L("MATLOU", 6), L("CACHIR", 4), L("OLIVE-PURPLE", 1), L("CARAWAY-500", 1)],
    "",
)
m(CY, "CANCEL", "Annulez la commande de mercredi svp, on ferme pour travaux jusqu'au 21", [], "")

# ============================================================== boulangerie-tlemcen (French, e-mail)
BT_ = "boulangerie-tlemcen"
m(
    BT_,
    "ORDER",
    "Objet : Commande lundi 7 août\n\nBonjour,\nMerci de livrer : 4 sacs de semoule grosse, 4 sacs de "
    "semoule fine 5 kg, 4 sacs de farine T55, 2 blocs de pâte de dattes et 3 boîtes de smen.\n\nCordialement,\nNadia "
    "Belkacem\nBoulangerie-Pâtisserie Tlemcen, 212 High Road, London N17\nTél. 020 7946 0678",
    [L("SEMO-COARSE-5", 4), L("SEMO-FINE-5", 4), L("FLOUR-T55", 4), L("DATE-PASTE-5", 2), L("SMEN-1", 3)],
    "'semoule fine 5 kg' is the 5kg bag (the 25kg sack is another product); T55 is part of a name.",
    ["signature", "number_in_name"],
)
m(
    BT_,
    "ORDER",
    "Objet : ajout\nBonjour, ajoutez 6 sacs de semoule svp à la commande de lundi. Nadia",
    [F(6, ["SEMO-FINE-5", "SEMO-XFINE-5", "SEMO-COARSE-5", "SEMO-FINE-25"])],
    "Bare 'semoule' is a family; the bakery buys the coarse and the fine, so history leaves it open.",
)
m(
    BT_,
    "ORDER",
    "Objet : eaux florales\nBonjour, 2 cartons d'eau de fleur d'oranger 6 x 1L et 2 cartons d'eau de "
    "rose. Merci. Nadia",
    [L("ORANGE-BLOSSOM", 2, OB1L), L("ROSE-WATER", 2)],
    "",
)
m(
    BT_,
    "ORDER",
    "Objet : commande de la semaine\nMême commande que la semaine dernière, mais doublez la pâte de "
    "dattes. Nadia",
    [],
    "Reference to the last order with the date paste doubled.",
    ref=R("last", double=["DATE-PASTE-5"]),
)
m(
    BT_,
    "QUESTION",
    "Objet : allergènes\nPouvez-vous m'envoyer la fiche allergènes de la pâte de dattes ? Un client "
    "demande si elle contient des fruits à coque. Nadia",
    [],
    "",
    ["non_order_request"],
)
m(
    BT_,
    "ORDER",
    "Objet : mazhar\nEt 12 bouteilles de mazhar svp. Nadia",
    [L("ORANGE-BLOSSOM", None, None)],
    "12 bottles are one case of 12 x 250ml or two cases of 6 x 1L, so the variant is ambiguous and the quantity is "
    "not a whole number of a known selling unit; a null quantity stays null with history.",
    ["count"],
)
m(
    BT_,
    "COMPLAINT",
    "Objet : facture F-88213\nBonjour, la facture F-88213 compte 4 sacs de T55 mais nous n'en "
    "avons reçu que 3. Merci de corriger. Nadia",
    [],
    "",
)
m(
    BT_,
    "ORDER",
    "Objet : sucre\nBonjour, 2 sacs de sucre semoule 25 kg et 2 kg de nigelle svp. Nadia",
    [L("SUGAR-GRAN-25", 2), L("NIGELLA-500", 4)],
    "'sucre semoule' is granulated sugar (not semolina); 2 kg of nigella is 4 bags of 500g.",
    ["count"],
)
m(
    BT_,
    "ORDER",
    "TR: commande vendredi\n\n---------- Message transféré ----------\nDe : Karim (chef pâtissier)\n"
    "Nadia, il nous faut 3 sacs de farine T45 et 2 kg de sésame pour vendredi.\n\nMerci de livrer ça svp. Nadia",
    [L("FLOUR-T45", 3), L("SESAME-1", 2)],
    "The order is in the forwarded part.",
    ["forwarded"],
)

# ============================================================== le-jasmin (French, SMS)
LJ = "le-jasmin"
m(
    LJ,
    "ORDER",
    "Bonjour c'est Sami du Jasmin. Pour jeudi : 2 cartons harissa Cap Bon 760g, 3 cartons de thon à "
    "l'huile d'olive, 6 paquets de brick, 4 bidons d'huile d'olive tunisienne 3L. Merci",
    [L("HARISSA-CB", 2, "6 x 760g Tin"), L("TUNA-OLIVE", 3), L("BRICK", 6), L("EVOO-TN-3", 4)],
    "",
    ["number_in_name"],
)
m(
    LJ,
    "ORDER",
    "2 cartons de grosses boîtes de harissa Cap Bon svp",
    [L("HARISSA-CB", 2, None)],
    "'grosses boîtes' fits the 380g and the 760g tins.",
)
m(
    LJ,
    "ORDER",
    "3 cartons de thon svp, livraison jeudi",
    [F(3, ["TUNA-OLIVE", "TUNA-SUN"])],
    "'thon' is in olive or sunflower oil.",
)
m(
    LJ,
    "ORDER",
    "Comme la semaine dernière mais 8 kg de merguez boeuf au lieu de 5",
    [L("MERGUEZ-BEEF", 8)],
    "Reference with a new quantity.",
    ref=R("last", set=[L("MERGUEZ-BEEF", 8)]),
)
m(LJ, "QUESTION", "Vous livrez le dimanche ? On aurait besoin d'une livraison le 13", [], "")
m(
    LJ,
    "ORDER",
    "Un demi carton de thon à l'huile de tournesol svp",
    [L("TUNA-SUN", 0.5)],
    "Half a case is 0.5, a fraction of an indivisible unit: review.",
    ["fraction"],
)
m(LJ, "ORDER", "2 cartons de dattes branchées pour le week-end", [L("DATE-DEGLET-BRANCH", 2)], "")
m(
    LJ,
    "ORDER",
    "Pour jeudi aussi : 1 sac de ras el hanout tunisien, 2 kg de carvi, 1 kg de tabel et 1 carton de "
    "concentré de tomate 6 x 2,2kg",
    [L("RAS-TN-500", 1), L("CARAWAY-500", 4), L("CORIANDER-1", 1), L("TOMATO-PASTE", 1)],
    "2 kg of caraway is 4 bags of 500g; '6 x 2,2kg' (decimal comma) is the case itself.",
    ["count", "pack", "number_in_name"],
)
m(
    LJ,
    "OTHER",
    "Bonjour, le restaurant sera fermé du 14 au 20 août pour congés, pas de livraison ces jours-là. Sami",
    [],
    "A closure notice.",
)
m(
    LJ,
    "ORDER",
    "Bonjour, 6 kg d'épaule d'agneau et 5 kg de merguez boeuf pour jeudi. Sami",
    [L("LAMB-SHOULDER", 6), L("MERGUEZ-BEEF", 5)],
    "",
)

# ============================================================== epicerie-oasis (French, WhatsApp)
EO = "epicerie-oasis"
m(
    EO,
    "ORDER",
    "Salam, pour samedi : 12 paquets de couscous moyen 1kg, 2 sacs de couscous gros grain, 3 cartons "
    "Sultan 200g, 2 cartons de pain de sucre et 12 bouteilles d'huile d'olive marocaine 1L 👍",
    [
        L("COUS-MED", 12, "1kg"),
        L("COUS-COARSE-5", 2),
        L("TEA-SULTAN", 3, S200),
        L("SUGAR-CONE", 2),
        L("EVOO-MA", 12, "1L Bottle"),
    ],
    "",
    ["emoji"],
)
m(
    EO,
    "ORDER",
    "huile d'argan x6 stp",
    [F(6, ["ARGAN-CUL", "ARGAN-COS"])],
    "'huile d'argan' is the culinary or the cosmetic oil; the shop buys both, so history leaves it open.",
)
m(
    EO,
    "ORDER",
    "2 packs d'eau et 3 cartons de dattes deglet 5kg",
    [L("SIDI-ALI", 2), L("DATE-DEGLET", 3, "5kg")],
    "Only Sidi Ali is sold by the pack (Oulmès by the case), so 'packs d'eau' names it; 'deglet 5kg' is the loose "
    "5kg box.",
    ["unit_word"],
)
m(
    EO,
    "ORDER",
    "Comme d'habitude pour samedi + 1 seau d'olives violettes en plus",
    [L("OLIVE-PURPLE", 1)],
    "Reference plus an addition.",
    ref=R("usual", add=[L("OLIVE-PURPLE", 1)]),
)
m(
    EO,
    "QUESTION",
    "Je voudrais savoir le prix du carton de Mejhoul Jumbo, et s'il y a une promo à partir de 10 cartons",
    [],
    "",
    ["non_order_request"],
)
m(
    EO,
    "ORDER",
    "3 cartons de thé Sultan 500g... non pardon, 200g. 3 cartons",
    [L("TEA-SULTAN", 3, S200)],
    "Self-correction: the 12 x 200g case.",
    ["self_correction"],
)
m(
    EO,
    "OTHER",
    "Nouveau numéro pour les livraisons : 07700 900695, c'est mon fils Yassine qui réceptionne maintenant",
    [],
    "A new contact number.",
)
m(
    EO,
    "ORDER",
    "4 packs sidi ali et 2 cartons de Poms",
    [L("SIDI-ALI", 4), X(2, "Poms")],
    "Poms (apple soda) is not in catalog.",
)
m(
    EO,
    "ORDER",
    "Message vocal : alors pour samedi il me faut douze paquets de couscous moyen d'un kilo deux cartons "
    "de Sultan deux cents grammes un carton de boufeggous et six bouteilles d'argan alimentaire d'un litre",
    [L("COUS-MED", 12, "1kg"), L("TEA-SULTAN", 2, S200), L("BOUFEGGOUS-5", 1), L("ARGAN-CUL", 6, "1L")],
    "Voice note without commas; number words start items.",
    ["spoken", "voice"],
)
m(
    EO,
    "ORDER",
    "4 cartons de deglet nour stp, pour samedi",
    [F(4, ["DATE-DEGLET", "DATE-DEGLET-BRANCH"])],
    "'deglet nour' is the loose box or the branch dates.",
)
m(EO, "CANCEL", "Annulez la commande de samedi svp, on part au bled demain 🙏", [], "", ["emoji"])

# ============================================================== dar-lhana (Darija, Arabic script, WhatsApp)
DL = "dar-lhana"
m(
    DL,
    "ORDER",
    "السلام عليكم، بغيت لنهار الثلاثاء: ١٢ كيلو ديال الكتف ديال الغنمي، ٣ كراطن ديال الدجاج كامل، ٢ كيلو "
    "برقوق، ٢ كيلو لوز مقشر و ٢ كراطن ديال الحامض المرقد فالبوقالات. الله يخليك",
    [
        L("LAMB-SHOULDER", 12),
        L("CHICKEN-WHOLE", 3),
        L("PRUNE-1", 2),
        L("ALMOND-BLANCHED-1", 2),
        L("LEMON-JAR", 2),
    ],
    "Lamb shoulder; boxes of whole chicken; prunes and blanched (peeled) almonds by the 1kg bag; preserved lemons "
    "'in jars' are the jar case. Arabic-Indic digits.",
)
m(
    DL,
    "ORDER",
    "زيد ١٠ كيلو ديال لحم الغنمي وشوية ديال الكمون",
    [F(10, ["LAMB-SHOULDER", "LAMB-LEG", "LAMB-NECK", "LAMB-MINCE"]), L("CUMIN-1", None)],
    "'لحم الغنمي' (lamb meat) is a family; 'شوية' (a bit) of cumin gives no quantity (quantities not stated).",
)
m(
    DL,
    "ORDER",
    "بحال العادة ديال الثلاثاء، ولكن بلا البسطيلة وزيد جوج علب ديال الزعفران الحر",
    [L("SAFFRON-4G", 2)],
    "Reference with a removal and an addition; 'الزعفران الحر' (pure saffron) is the saffron threads, not the "
    "colouring; 'جوج' is two.",
    ref=R("usual", add=[L("SAFFRON-4G", 2)], remove=["PASTILLA-CHICKEN"]),
)
m(
    DL,
    "ORDER",
    "بغيت ٤ طواجن ديال الطين ديال ٢٦",
    [L("TAJINE-CLAY", 4, "26cm")],
    "Clay tajines, size 26: the 26cm variant.",
)
m(
    DL,
    "QUESTION",
    "واش عندكم الكرعين ديال الغنم؟ بغينا نديرو الكرعين بالحمص",
    [],
    "Sheep trotters are not stocked.",
)
m(
    DL,
    "ORDER",
    "صيفطو ليا ١٠٠ ورقة ديال البسطيلة",
    [L("WARQA", 4)],
    "100 pastilla sheets are 4 packs of 25.",
    ["count"],
)
m(DL, "COMPLAINT", "الدجاج اللي جا البارح ريحتو ماشي مزيانة، رجعت ٢ كراطن مع الشيفور", [], "")
m(
    DL,
    "ORDER",
    "زيد ٢ كراطن ديال البسطيلة ديال الحوت للجمعة",
    [L("PASTILLA-SEAFOOD", 2)],
    "Fish pastilla is the seafood pastilla.",
)
m(
    DL,
    "CHANGE",
    "بدلو ليا الكتف فالطلبية ديال الثلاثاء: ١٥ كيلو بلاصة ١٢",
    [],
    "New quantity for the lamb shoulder of Tuesday's order.",
    change=[L("LAMB-SHOULDER", 15)],
)
m(
    DL,
    "ORDER",
    "بغيت ٢ سطولة ديال الزيتون بالشرمولة و ٣ علب ديال الزعفران الحر",
    [L("OLIVE-CHERMOULA", 2), L("SAFFRON-4G", 3)],
    "Olives in chermoula by the bucket; pure saffron threads.",
)

# ============================================================== hanout-baraka (Darija, Arabic script, WhatsApp)
HB = "hanout-baraka"
m(
    HB,
    "ORDER",
    "سلام، ١٠ باكيات كسكس رقيق ١ كيلو، ٤ شكاير كسكس متوسط ٥ كيلو، ٤ كراطن أتاي سلطان ٢٠٠ غرام و ٣ كراطن "
    "ديال قالب السكر",
    [L("COUS-FINE", 10, "1kg"), L("COUS-MED", 4, "5kg"), L("TEA-SULTAN", 4, S200), L("SUGAR-CONE", 3)],
    "'كسكس رقيق' is fine couscous, 'متوسط' medium; 'قالب السكر' sugar cones, by the box.",
)
m(
    HB,
    "ORDER",
    "عافاك زيد جوج ديال الزعفران و ٢ كراطن ديال الشعرية ديال الشربة",
    [F(2, ["SAFFRON-4G", "SAFFRON-COLOUR"]), L("VERMI-SOUP", 2)],
    "Bare 'الزعفران' is the saffron threads or the saffron-yellow colouring; 'الشعرية ديال الشربة' (soup vermicelli) "
    "names one product.",
)
m(
    HB,
    "ORDER",
    "نفس الطلبية ديال السيمانة اللي فاتت ولكن ٦ كراطن ديال دقلة نور ١ كيلو بلاصة ٨",
    [L("DATE-DEGLET", 6, "1kg")],
    "Reference to last week with a new quantity; 'دقلة نور ١ كيلو' is the loose 1kg box.",
    ref=R("last", set=[L("DATE-DEGLET", 6, "1kg")]),
)
m(HB, "QUESTION", "شحال ثمن الشكارة ديال الكسكس ديال ٢٥ كيلو؟", [], "")
m(
    HB,
    "ORDER",
    "٤٨ علبة ديال الحمص المصبر",
    [L("CHICKPEA-TIN", 2)],
    "48 tins of chickpeas (tinned) are 2 cases of 24.",
    ["container"],
)
m(
    HB,
    "ORDER",
    "إلا كان عندكم اللبن، صيفطو ليا ٣ كراطن",
    [X(3, "lben")],
    "Conditional order on lben (fermented milk), which is not in catalog.",
    ["conditional"],
    flags=["conditional"],
)
m(
    HB,
    "ORDER",
    "٢ كيلو ديال النعناع اليابس و ٤ باكيات ديال اللويزة",
    [L("MINT-DRIED", 8), L("LOUIZA-250", 4)],
    "'النعناع اليابس' is the dried mint: 2 kg is 8 bags of 250g; 'اللويزة' lemon verbena.",
    ["count"],
)
m(
    HB,
    "ORDER",
    "بغيت ٥ ديال السمن و ٣ سطولة ديال الزيتون الكحل",
    [L("SMEN-1", 5), L("OLIVE-BELDI", 3)],
    "'الزيتون الكحل' (black olives) names the black beldi olives, the only black ones; 'سطولة' buckets.",
)
m(
    HB,
    "ORDER",
    "عافاك ٤ كراطن ديال شعرية السفة مع الطلبية ديال الاثنين",
    [L("CHARIYA-SEFFA", 4)],
    "'شعرية السفة' is the steamed vermicelli for seffa; an addition to Monday's order.",
)
m(
    HB,
    "ORDER",
    "زيد ٣ كراطن ديال التمر المجهول",
    [F(3, ["MEDJOOL-JV", "MEDJOOL-TF"])],
    "'المجهول' (mejhoul/medjool) is the Jordan Valley or the Tafilalet box.",
)

# ============================================================== halwa-fes (Darija, Arabic script, WhatsApp)
HF = "halwa-fes"
m(
    HF,
    "ORDER",
    "السلام، بغيت ١٠ كيلو لوز مقشر، ٦ كيلو لوز مطحون، ٥ كيلو جنجلان و ٣ كراطن ماء الزهر ديال اللتر",
    [L("ALMOND-BLANCHED-1", 10), L("ALMOND-GROUND-1", 6), L("SESAME-1", 5), L("ORANGE-BLOSSOM", 3, OB1L)],
    "Weights in 1kg bags; orange blossom water 'of the litre' is the 6 x 1L case.",
)
m(
    HF,
    "ORDER",
    "بحال ديما ديال الأربعاء، وزيد ٤ باكيات ديال الورقة",
    [L("WARQA", 4)],
    "Reference plus an addition.",
    ref=R("usual", add=[L("WARQA", 4)]),
)
m(
    HF,
    "ORDER",
    "بغيت ٣ كيلو ديال الفقاص و ٢ صواني ديال كعب غزال",
    [X(3, "fekkas"), L("GAZELLE", 2)],
    "Fekkas is not in catalog; 'كعب غزال' is cornes de gazelle, 2 trays.",
)
m(
    HF,
    "OTHER",
    "صيفطت ليكم الفلوس ديال الفاتورة ٤٥٠٩١ اليوم بالتحويل",
    [],
    "A payment notice; the invoice number is not a quantity.",
)
m(
    HF,
    "ORDER",
    "صيفط ليا جوج شكاير ديال الفارينة T45 ربعة ديال السمن جوج كيلو قرفة مطحونة وكرطونة ديال ماء الورد",
    [L("FLOUR-T45", 2), L("SMEN-1", 4), L("CINNAMON-GROUND-1", 2), L("ROSE-WATER", 1)],
    "List without commas, number words start items.",
    ["spoken"],
)
m(
    HF,
    "ORDER",
    "عافاك ٢ بلوك ديال معجون التمر و ٣ شكاير ديال السكر ٢٥ كيلو",
    [L("DATE-PASTE-5", 2), L("SUGAR-GRAN-25", 3)],
    "'معجون التمر' is the date paste; only the granulated sugar comes in 25kg sacks.",
)

# ============================================================== tajine-house (Darija, Arabizi, WhatsApp)
TH = "tajine-house"
m(
    TH,
    "ORDER",
    "salam khoya, bghit l jem3a: 2 chkayr kesksou mtwsset 10kg, 10 kilo r9ba dyal l7awli, 15 kilo "
    "cuisses dyal djaj, 8 kilo kefta w 2 kilo barkouk. lah ykhlik",
    [L("COUS-MED", 2, "10kg"), L("LAMB-NECK", 10), L("CHICKEN-LEG", 15), L("KEFTA", 8), L("PRUNE-1", 2)],
    "'kesksou mtwsset' is medium couscous, 'r9ba dyal l7awli' lamb neck, 'cuisses dyal djaj' the chicken legs (the "
    "thigh fillet is 'haut de cuisse'), 'barkouk' prunes.",
)
m(
    TH,
    "ORDER",
    "zid 10 kilo djaj 3afak",
    [F(10, ["CHICKEN-THIGH", "CHICKEN-LEG"])],
    "'djaj' by the kilo is the thigh fillet or the legs (whole chickens come by the box of 10, which a weight does "
    "not fit).",
    ["weight"],
)
m(
    TH,
    "ORDER",
    "kif l3ada dyal jem3a walakin bla l7amd w zid 2 cartons oulmes",
    [L("OULMES", 2)],
    "Reference with a removal ('l7amd', the preserved lemons of the usual basket) and an addition.",
    ref=R("usual", add=[L("OULMES", 2)], remove=["LEMON-BUCKET"]),
)
m(
    TH,
    "ORDER",
    "3tini 6 paquets batbout sghir",
    [L("BATBOUT", 6, "Mini 8cm (pack of 20)")],
    "'sghir' (small) is the mini batbout.",
)
m(
    TH,
    "QUESTION",
    "bghit n3ref wach kayn tajine dyal 35 cm? chi clients bghawh l dar",
    [],
    "A 35cm tajine is not stocked.",
    ["non_order_request"],
)
m(
    TH,
    "ORDER",
    "jouj cartons foil trays wa7ed carton pots 12oz tlata kilo kamoun",
    [L("FOIL-TRAY", 2), L("SOUP-POT", 1, "12oz"), L("CUMIN-1", 3)],
    "List without commas; Darija number words start items.",
    ["spoken"],
)
m(TH, "CANCEL", "lghi la commande dyal ghedda 3afak, kayn mochkil f cuisine", [], "")
m(
    TH,
    "OTHER",
    "Salam alikoum khoya, jem3a mobaraka 3likom kamlin 🤲",
    [],
    "A Friday greeting, nothing to do.",
    ["greeting", "emoji"],
)
m(
    TH,
    "ORDER",
    "zid 2 seaux dyal zitoun mherres 5 kilo",
    [L("OLIVE-CRACKED", 2, "5kg Bucket")],
    "'zitoun mherres' are the cracked olives, in the 5kg bucket.",
)
m(
    TH,
    "ORDER",
    "bghit 4 cartons pots 12oz w 3 kilo felfla hlowa",
    [L("SOUP-POT", 4, "12oz"), L("PAPRIKA-SWEET-1", 3)],
    "",
)

# ============================================================== boucherie-nour (Darija, Arabizi, SMS)
BN = "boucherie-nour"
m(
    BN,
    "ORDER",
    "Salam, boucherie Nour. bghit 20 kilo merguez ghanmi, 20 kilo merguez bagri, 15 kilo gigot, 10 kilo "
    "kefta w 15 kilo l7em bagri m9atta3",
    [L("MERGUEZ-LAMB", 20), L("MERGUEZ-BEEF", 20), L("LAMB-LEG", 15), L("KEFTA", 10), L("BEEF-DICED", 15)],
    "'ghanmi' is lamb, 'bagri' beef, 'l7em bagri m9atta3' diced beef.",
)
m(
    BN,
    "ORDER",
    "3tini 100 kilo kefta ghedda",
    [L("KEFTA", 100)],
    "Ten times the usual 10 kg with no reason given; followed by a cancellation.",
    outlier=True,
)
m(BN, "CANCEL", "ssm7li, lghi dik l commande dyal 100 kilo kefta, ghalta", [], "Cancels the outlier order.")
m(
    BN,
    "ORDER",
    "b7al simana li fatet walakin zid 5 kilo khlii",
    [L("KHLII-1", 5)],
    "Reference plus an addition; khlii comes in 1kg tubs, so 5 kilo is 5 tubs.",
    ref=R("last", add=[L("KHLII-1", 5)]),
)
m(
    BN,
    "ORDER",
    "30 djaja kamla l ghedda",
    [L("CHICKEN-WHOLE", 3)],
    "30 whole chickens are 3 boxes of 10.",
    ["count"],
)
m(
    BN,
    "ORDER",
    "wach momkin tzidli 25 djaja kamla w 10 kilo haché dyal l7awli",
    [L("CHICKEN-WHOLE", None), L("LAMB-MINCE", 10)],
    "25 chickens are not a whole number of boxes of 10 (quantity null); 'haché dyal l7awli' is lamb mince.",
    ["count", "non_order_request"],
)
m(BN, "COMPLAINT", "lgigot li jani lbare7 fih bzaf dyal ch7em, machi b7al dima", [], "")
m(BN, "ORDER", "bghit 10 kilo merguez djaj w 2 khlii", [L("MERGUEZ-CHICKEN", 10), L("KHLII-1", 2)], "")

# ============================================================== snack-marrakech (Darija, Arabizi, WhatsApp)
SN = "snack-marrakech"
m(
    SN,
    "ORDER",
    "slm, bghit 10 paquets msemen kbar, 4 paquets msemen m3amer, 6 dyal 7archa w 1 carton amlou",
    [L("MSEMEN", 10, "Large 20cm"), L("MSEMEN-STUFFED", 4), L("HARCHA", 6), L("AMLOU-250", 1)],
    "'kbar' (large) picks Large 20cm; 'm3amer' (stuffed) names the stuffed msemen.",
)
m(
    SN,
    "ORDER",
    "zid 5 paquets dyal msemen",
    [L("MSEMEN", 5, None)],
    "Plain 'msemen' is the plain msemen (the stuffed one carries 'm3amer'/'farci'); no size given.",
)
m(
    SN,
    "ORDER",
    "b7al dima dyal sebt, walakin 6 batbout kbir f blast 4",
    [L("BATBOUT", 6, "Large 15cm (pack of 10)")],
    "Reference with a new quantity.",
    ref=R("usual", set=[L("BATBOUT", 6, "Large 15cm (pack of 10)")]),
)
m(
    SN,
    "ORDER",
    "200 msemen sghar l had simana",
    [L("MSEMEN", 20, "Small 12cm")],
    "200 small msemen are 20 packs of 10.",
    ["count"],
)
m(SN, "QUESTION", "chhal taman l carton dyal selecto 1.5L?", [], "")
m(
    SN,
    "ORDER",
    "3 boxes dyal kisan",
    [F(3, ["TEA-GLASS-DECO", "TEA-GLASS-PLAIN"])],
    "'kisan' (tea glasses) are decorated or plain; the snack bar has never bought glasses.",
)
m(
    SN,
    "ORDER",
    "3tini 2 cartons selecto kbar w 1 khlii",
    [L("HB-SELECTO", 2, BOT15), L("KHLII-1", 1)],
    "'selecto kbar' (big) is the 1.5L bottle case.",
)
m(
    SN,
    "OTHER",
    "khouya jib m3ak lkhobz mn 3and mol l7anout ila dazt",
    [],
    "A personal message sent to the supplier by mistake; 'lkhobz' is not an order here.",
)
m(
    SN,
    "ORDER",
    "bghit 6 paquets batbout kbar w 2 boxes na3na3 fresh",
    [L("BATBOUT", 6, "Large 15cm (pack of 10)"), L("MINT-FRESH", 2)],
    "",
)

# ============================================================== tifawin-cafe (Tashelhit, Latin, WhatsApp)
TF = "tifawin-cafe"
m(
    TF,
    "ORDER",
    "Azul! Ttxil riɣ i lxmis: 2 boxes atay 3505, 3 boxes menthe fraîche, 2 boxes n qaleb sukkar d 2 "
    "cartons amlou. Tanmmirt 🙏",
    [L("TEA-3505", 2), L("MINT-FRESH", 3), L("SUGAR-CONE", 2), L("AMLOU-250", 2)],
    "'atay 3505' names the 3505 gunpowder; 'qaleb sukkar' sugar cones.",
    ["emoji", "number_in_name"],
)
m(TF, "ORDER", "Azul, riɣ 3 sacs n seksu i azkka", [F(3, COUSCOUS)], "'seksu' (couscous) is a family.")
m(
    TF,
    "ORDER",
    "Azul, zund ssimana lli izrin ttxil, d zayd 2 argan n 1L",
    [L("ARGAN-CUL", 2, "1L")],
    "Reference to last week plus an addition; only the culinary argan comes in 1L.",
    ref=R("last", add=[L("ARGAN-CUL", 2, "1L")]),
)
m(
    TF,
    "ORDER",
    "riɣ 4 paquets n msemen imẓẓiyn",
    [L("MSEMEN", 4, "Small 12cm")],
    "'imẓẓiyn' (small) picks Small 12cm.",
)
m(
    TF,
    "ORDER",
    "sin packs n aman d yan carton n tiyni boufeggous",
    [L("SIDI-ALI", 2), L("BOUFEGGOUS-5", 1)],
    "'aman' (water) by the pack is Sidi Ali; 'tiyni boufeggous' names the Boufeggous dates. Tashelhit number words.",
    ["unit_word"],
)
m(
    TF,
    "QUESTION",
    "Riɣ ad ssnɣ is tlla chiba ɣurun? Mnck atig?",
    [],
    "Chiba (wormwood) is not stocked.",
    ["non_order_request"],
)
m(TF, "OTHER", "Tanmmirt bahra ɣef livraison n ass-a, kullu iga mzyan 👍", [], "Thanks.", ["emoji"])
m(
    TF,
    "ORDER",
    "Azul, sin boxes n atay d kraḍ boxes n nnaɛnaɛ, ttxil",
    [F(2, BOX_TEAS), L("MINT-FRESH", 3)],
    "'atay' by the box is one of the three 1kg box teas; 'nnaɛnaɛ' by the box is the fresh mint (dried mint comes in "
    "bags).",
    ["unit_word"],
)
m(
    TF,
    "ORDER",
    "Azul! 2 cartons n amlou d 3 packs n harcha i lxmis, tanmmirt",
    [L("AMLOU-250", 2), L("HARCHA", 3)],
    "",
)

# ============================================================== tazart-grocery (Kabyle, Latin, SMS)
TZ = "tazart-grocery"
m(
    TZ,
    "ORDER",
    "Azul, ttxil-k i azekka: 4 sacs n seksu fin 5kg, 3 bidons n zzit marocaine 5L, 5 kg n tazart d 2 "
    "cartons n Hamoud limonade",
    [L("COUS-FINE", 4, "5kg"), L("EVOO-MA", 3, "5L Tin"), L("FIG-1", 5), L("HB-LEMONADE", 2)],
    "'seksu fin' is fine couscous; 'zzit marocaine 5L' the Moroccan olive oil tin; 'tazart' dried figs (5 kg is 5 "
    "bags); 'Hamoud limonade' the lemonade.",
)
m(
    TZ,
    "ORDER",
    "Bɣiɣ 2 bidons n zzit, tanemmirt",
    [F(2, ["EVOO-MA", "EVOO-TN-3", "POMACE-5"])],
    "Kabyle 'zzit' is olive oil: Moroccan, Tunisian or pomace.",
)
m(
    TZ,
    "ORDER",
    "Am yimalas yezrin ttxil-k, maca s 6 cachir deg wemkan n 4",
    [L("CACHIR", 6)],
    "Reference to last week with a new quantity.",
    ref=R("last", set=[L("CACHIR", 6)]),
)
m(
    TZ,
    "ORDER",
    "Ttxil-k, rnu-yi kraḍ n sacs n seksu i lexmis",
    [F(3, COUSCOUS)],
    "'seksu' is a family; the grocery buys fine and whole wheat couscous, so history leaves it open.",
)
m(
    TZ,
    "CHANGE",
    "Ttxil-k, di tcommandit n larbeɛ, 3 cartons n Hamoud deg wemkan n 2",
    [],
    "New quantity for the lemonade of Wednesday's order.",
    change=[L("HB-LEMONADE", 3)],
)
m(TZ, "QUESTION", "Tesɛam lben? Acḥal i carton?", [], "Lben is not stocked.")
m(TZ, "ORDER", "Azul, 2 cartons n belboula d 2 kg n tazart", [L("BELBOULA-1", 2), L("FIG-1", 2)], "")
m(TZ, "ORDER", "Azul, ttxil-k: 2 sacs n semoule fine 5kg d 1 smen", [L("SEMO-FINE-5", 2), L("SMEN-1", 1)], "")

# ============================================================== brik-tunis (Tunisian, Arabizi, WhatsApp)
BK = "brik-tunis"
m(
    BK,
    "ORDER",
    "3aslema, n7eb 10 paquets brick, 4 cartons thon bel zit zitoun, 3 cartons harissa cap bon 3lab "
    "sghar w zouz bidonet zit tunsi 3 litres. 3aychek",
    [L("BRICK", 10), L("TUNA-OLIVE", 4), L("HARISSA-CB", 3, "24 x 135g Tin"), L("EVOO-TN-3", 2)],
    "'thon bel zit zitoun' is tuna in olive oil; '3lab sghar' (small tins) the 135g; 'zit tunsi 3 litres' the "
    "Tunisian olive oil.",
)
m(
    BK,
    "ORDER",
    "zid zouz cartons harissa brabi",
    [F(2, HARISSA_CASES)],
    "'cartons' rule out the 4kg tub: Cap Bon, Souk Royal jars or rose harissa.",
    ["unit_word"],
)
m(
    BK,
    "ORDER",
    "kif el 3ada mta3 ethnin, ama blech el citron w zid 5 kilo merguez 3allouch",
    [L("MERGUEZ-LAMB", 5)],
    "Reference with a removal ('el citron', the preserved lemon jars of the usual) and an addition; 'merguez "
    "3allouch' is lamb merguez.",
    ref=R("usual", add=[L("MERGUEZ-LAMB", 5)], remove=["LEMON-JAR"]),
)
m(
    BK,
    "ORDER",
    "n7eb 60 feuille brick w 48 3olba thon",
    [L("BRICK", 6), F(2, ["TUNA-OLIVE", "TUNA-SUN"])],
    "60 sheets are 6 packs of 10; 48 tins of tuna are 2 cases of 24, in olive or sunflower oil.",
    ["count", "container"],
)
m(BK, "QUESTION", "9adeh soum el carton mta3 harissa 760g?", [], "")
m(BK, "OTHER", "Yatik essaha 3al livraison, el chauffeur ejdid behi barcha", [], "Thanks.")
m(
    BK,
    "ORDER",
    "ab3ath 12 paquets brick w 3 cartons thon zit zitoun, nkhallsek akher echhar",
    [L("BRICK", 12), L("TUNA-OLIVE", 3)],
    "To be paid at the end of the month: an order on credit, in review.",
    ["credit"],
    flags=["credit"],
)
m(
    BK,
    "ORDER",
    "n7eb zouz cartons thon bel zit zitoun tletha paquets brick w bidon zit tournesol",
    [L("TUNA-OLIVE", 2), L("BRICK", 3), L("SUNFLOWER-20", 1)],
    "List without commas; Tunisian number words start items.",
    ["spoken"],
)
m(BK, "COMPLAINT", "el brick elli jani lbareh mkasser lkol, 4 paquets ma nejemch nesta3melhom", [], "")
m(
    BK,
    "ORDER",
    "n7eb 2 cartons 7ommos en boîte w kilo karwiya",
    [L("CHICKPEA-TIN", 2), L("CARAWAY-500", 2)],
    "'7ommos en boîte' is the tinned chickpeas; a kilo of caraway is 2 bags of 500g.",
    ["count"],
)

# ============================================================== patisserie-sfax (Tunisian and French, WhatsApp)
PS = "patisserie-sfax"
m(
    PS,
    "ORDER",
    "Bonjour, n7eb pour vendredi: 5 sacs semoule fine 5kg, 3 sacs finot, 4 blocs pâte de dattes w 3 "
    "cartons dattes branchées. Merci barcha",
    [L("SEMO-FINE-5", 5), L("SEMO-XFINE-5", 3), L("DATE-PASTE-5", 4), L("DATE-DEGLET-BRANCH", 3)],
    "",
)
m(
    PS,
    "ORDER",
    "Sbe7 el khir, zidli 3 cartons mazhar m3a commande el jem3a",
    [L("ORANGE-BLOSSOM", 3, None)],
    "Orange blossom water comes in 12 x 250ml and 6 x 1L cases; no size given.",
)
m(
    PS,
    "ORDER",
    "kif el jem3a elli fetet, ama double el louz",
    [],
    "Reference to last week with the almonds doubled (the ground almonds, the only almonds it buys).",
    ref=R("last", double=["ALMOND-GROUND-1"]),
)
m(
    PS,
    "ORDER",
    "famma zgougou? ken famma n7eb 10 kilo",
    [X(10, "zgougou")],
    "Conditional order on zgougou (Aleppo pine seeds), not in catalog.",
    ["conditional"],
    flags=["conditional"],
)
m(
    PS,
    "QUESTION",
    "n7eb na3ref ken famma remise ki nekhdhou 20 sac semoule fine",
    [],
    "",
    ["non_order_request"],
)
m(PS, "ORDER", "n7eb zouz cartons tmar lel vitrine, brabi", [F(2, DATES)], "'tmar' (dates) is a family.")
m(
    PS,
    "ORDER",
    "zouz cartons ma ward w 3 kilo jeljlan",
    [L("ROSE-WATER", 2), L("SESAME-1", 3)],
    "'ma ward' is rose water; 'jeljlan' sesame, 3 bags of 1kg.",
)
m(
    PS,
    "ORDER",
    "Bonjour, 4 sacs finot w 2 bidons zit tournesol pour vendredi",
    [L("SEMO-XFINE-5", 4), L("SUNFLOWER-20", 2)],
    "",
)

# ============================================================== dz-saveurs (Algerian, Arabizi, WhatsApp)
DZ = "dz-saveurs"
m(
    DZ,
    "ORDER",
    "Salam khouya, ab3athli l lkhemis: 2 sachiyat t3am fin 5kg, 2 frik, 8 kilo épaule d'agneau, 10 kilo "
    "cuisses poulet, 6 kilo merguez poulet w 2 cartons selecto 1.5L. Sahit",
    [
        L("COUS-FINE", 2, "5kg"),
        L("FRIK-1", 2),
        L("LAMB-SHOULDER", 8),
        L("CHICKEN-LEG", 10),
        L("MERGUEZ-CHICKEN", 6),
        L("HB-SELECTO", 2, BOT15),
    ],
    "'t3am' is couscous in Algeria, 't3am fin 5kg' the fine 5kg bag; '2 frik' is 2 cases of 10 x 1kg.",
)
m(
    DZ,
    "ORDER",
    "kima l3ada ya kho, bla vermicelle w zid 4 mhadjeb",
    [L("MHADJEB", 4)],
    "Reference with a removal (the soup vermicelli of the usual) and an addition.",
    ref=R("usual", add=[L("MHADJEB", 4)], remove=["VERMI-SOUP"]),
)
m(
    DZ,
    "ORDER",
    "3andi 3ers nhar sebt, 250 invité. nheb 60 kilo épaule d'agneau, 6 sachiyat t3am moyen 10kg w 20 "
    "cartons selecto canette",
    [L("LAMB-SHOULDER", 60), L("COUS-MED", 6, "10kg"), L("HB-SELECTO", 20, CAN)],
    "A wedding for 250 guests: a large order with a reason, not an outlier.",
)
m(
    DZ,
    "QUESTION",
    "nheb na3ref wach 3andkom la viande de veau, les clients ysa9sou",
    [],
    "Veal is not stocked.",
    ["non_order_request"],
)
m(
    DZ,
    "ORDER",
    "zidni 4 paquets khobz",
    [F(4, ["KHOBZ-ROUND", "MATLOU"])],
    "'khobz' (bread) is the round khobz or the matlou.",
)
m(DZ, "COMPLAINT", "les selecto li jawni lbare7 kamel skhoun w carton wa7ed mfar9e3", [], "")
m(
    DZ,
    "ORDER",
    "ab3athli zouj cartons hamoud limonade tlata paquets matlou3 wa7ed kilo karwiya w setta kilo merguez "
    "poulet",
    [L("HB-LEMONADE", 2), L("MATLOU", 3), L("CARAWAY-500", 2), L("MERGUEZ-CHICKEN", 6)],
    "List without commas, number words start items; one kilo of caraway is 2 bags of 500g.",
    ["spoken", "count"],
)
m(
    DZ,
    "ORDER",
    "jibli rab3a sachiyat fin 5 kilo",
    [F(4, ["COUS-FINE", "SEMO-FINE-5"], "5kg")],
    "'fin 5 kilo' without a product word fits the fine couscous 5kg and the fine semolina 5kg.",
)
m(DZ, "CANCEL", "lghi la commande ta3 lkhemis ya kho, rana msakrin had simana", [], "")

# ============================================================== karantita-corner (Algerian, Arabizi, SMS)
KC = "karantita-corner"
m(
    KC,
    "ORDER",
    "Salam, 4 sacs hmes yabes 5kg, 3 cartons harissa souk royal, 8 paquets matlou3 w 6 mhadjeb. Saha",
    [L("CHICKPEA-DRY-5", 4), L("HARISSA-JAR", 3), L("MATLOU", 8), L("MHADJEB", 6)],
    "'hmes yabes' is dried chickpeas.",
)
m(
    KC,
    "ORDER",
    "3andkom farine de pois chiche? nheb 10 kilo l karantita, w zid 2 sacs hmes",
    [X(10, "chickpea flour"), L("CHICKPEA-DRY-5", 2)],
    "Chickpea flour is not in catalog (asked and ordered, with no condition); 'sacs hmes' is the dried 5kg bag "
    "(tinned chickpeas come by the case).",
    ["unit_word"],
)
m(
    KC,
    "ORDER",
    "kima simana li fatet, bark zid 1 carton selecto",
    [L("HB-SELECTO", 1, None)],
    "Reference plus an addition; 'selecto' without can or bottle has no variant.",
    ref=R("last", add=[L("HB-SELECTO", 1, None)]),
)
m(
    KC,
    "ORDER",
    "zidli 3 cartons harissa w 2 kilo kamoun ya kho",
    [F(3, HARISSA_CASES), L("CUMIN-1", 2)],
    "'cartons' of harissa rule out the 4kg tub.",
    ["unit_word"],
)
m(
    KC,
    "CHANGE",
    "la commande ta3 sebt, dirouha nhar el had",
    [],
    "Moves Saturday's delivery to Sunday.",
    change=[],
)
m(
    KC,
    "ORDER",
    "zidli 2 mélange chermoula w 1 sac lentilles",
    [L("CHERMOULA-MIX", 2), L("LENTIL-BROWN-5", 1)],
    "'mélange chermoula' is the spice mix.",
)
m(
    KC,
    "ORDER",
    "Salam, 2 cartons selecto canette w 1 carton pots 12oz",
    [L("HB-SELECTO", 2, CAN), L("SOUP-POT", 1, "12oz")],
    "",
)

# ============================================================== atay-lounge (English, WhatsApp, first-time customer)
AL = "atay-lounge"
m(
    AL,
    "ORDER",
    "Hi! We're Atay Lounge, opening 10 Aug in Hackney. First order, cash on delivery please: 2 teapots "
    "1L, 4 teapots 0.6L, 6 boxes gold tea glasses, 2 boxes chunmee, 2 boxes fresh mint and 1 box sugar cones",
    [
        L("TEAPOT", 2, "1L"),
        L("TEAPOT", 4, "0.6L"),
        L("TEA-GLASS-DECO", 6, "Gold"),
        L("TEA-CHUNMEE", 2),
        L("MINT-FRESH", 2),
        L("SUGAR-CONE", 1),
    ],
    "A first order paid on delivery ships as written.",
)
m(
    AL,
    "ORDER",
    "I'd like to order again, cash on delivery like last time: 4 boxes of the small plain glasses, a "
    "1.5 litre teapot and 3 trays of makrout",
    [L("TEA-GLASS-PLAIN", 4, "Small 100ml"), L("TEAPOT", 1, "1.5L"), L("MAKROUT", 3)],
    "'like last time' is about the payment, not the basket; a second order paid on delivery ships.",
    ["non_order_request"],
)
m(
    AL,
    "ORDER",
    "can we switch to a 30 day account from now? if that's ok send 3 boxes chunmee and 2 boxes mint on "
    "account",
    [L("TEA-CHUNMEE", 3), L("MINT-FRESH", 2)],
    "Depends on a 30-day account being opened: review. Boxes of mint are the fresh mint.",
    ["credit", "non_order_request"],
    flags=["credit"],
)
m(
    AL,
    "ORDER",
    "same as my first order again pls, for Saturday",
    [],
    "A first-time customer's reference: messages are not history, so it stays unresolved.",
    ["ambiguous_reference"],
    ref=R("first"),
)
m(AL, "QUESTION", "what's the minimum order for free delivery to Hackney?", [], "")

# ============================================================== le-petit-maghreb (French, e-mail, first-time customer)
PM = "le-petit-maghreb"
m(
    PM,
    "ORDER",
    "Objet : Première commande - Le Petit Maghreb\n\nBonjour,\nNous ouvrons le 12 août à Camden. "
    "Paiement à la livraison.\n- 2 couscoussiers 20L\n- 1 couscoussier 12L\n- 4 tajines en terre 30cm\n- 3 sacs de "
    "couscous moyen 10 kg\n- 2 seaux de citrons confits 5kg\n\nCordialement,\nOmar Tazi\n07700 900694",
    [
        L("COUSCOUSSIER", 2, "20L"),
        L("COUSCOUSSIER", 1, "12L"),
        L("TAJINE-CLAY", 4, "30cm"),
        L("COUS-MED", 3, "10kg"),
        L("LEMON-BUCKET", 2),
    ],
    "A first order paid on delivery. 'tajines en terre 30cm' are the clay cooking tajines (the serving tajine is "
    "painted); preserved lemons in 5kg buckets are the bucket.",
    ["signature"],
)
m(
    PM,
    "ORDER",
    "Objet : commande\nBonjour, pareil que ma première commande mais sans les couscoussiers. Omar",
    [],
    "A first-time customer's reference: unresolved.",
    ["ambiguous_reference"],
    ref=R("first"),
)
m(
    PM,
    "QUESTION",
    "Objet : compte\nJe voudrais ouvrir un compte à 30 jours, quels documents faut-il vous envoyer ? Omar",
    [],
    "",
    ["non_order_request"],
)
m(
    PM,
    "ORDER",
    "Objet : ajout\nPourriez-vous ajouter 2 couscoussiers de 30 litres à notre commande ? Omar",
    [L("COUSCOUSSIER", 2, None, nofill=True)],
    "30 litres does not exist (6, 12 and 20L): the variant stays null and is never filled.",
    ["non_order_request"],
)
m(
    PM,
    "ORDER",
    "Objet : deuxième commande\nBonjour, deuxième commande, toujours paiement à la livraison : 10 kg "
    "d'épaule d'agneau, 3 sacs de ras el hanout marocain 1kg et 2 cartons d'Oulmès. Omar",
    [L("LAMB-SHOULDER", 10), L("RAS-MA", 3, "1kg"), L("OULMES", 2)],
    "A second order paid on delivery ships.",
)
