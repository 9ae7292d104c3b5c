# ruff: noqa  (hand-written data generator of blind set 59, kept as its writer left it)
"""Messages of the fifty-ninth blind set and their plain labels, all hand-written.

Each entry names its customer; dates are assigned by build59.py in the order written here (per customer).
Lines in reference messages carry _op "add" (an addition) or "set" (a new quantity).
"""

MSGS = []


def L(sku, qty, *var, op=None, nofill=False):
    d = {"sku": sku, "quantity": qty}
    if var:
        d["variant"] = var[0]
    if op:
        d["_op"] = op
    if nofill:
        d["_nofill"] = True
    return d


def A(cands, qty, cv=None, op=None):
    d = {"sku": None, "quantity": qty, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    if op:
        d["_op"] = op
    return d


def N(qty, what, op=None):
    d = {"sku": None, "quantity": qty, "_what": what}
    if op:
        d["_op"] = op
    return d


def R(kind, remove=(), double=()):
    return {"kind": kind, "remove": list(remove), "double": list(double)}


def _m(
    c, intent, text, lines=(), notes="", tags=(), ch=None, review=None, outlier=False, ref=None, change=None
):
    MSGS.append(
        dict(
            customer=c,
            intent=intent,
            text=text,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            channel=ch,
            review=review,
            outlier=outlier,
            ref=ref,
            change=change,
        )
    )


def O(c, text, lines, notes="", tags=(), **kw):
    _m(c, "ORDER", text, lines, notes, tags, **kw)


def Q(c, text, notes="", tags=(), **kw):
    _m(c, "QUESTION", text, (), notes, tags, **kw)


def C(c, text, notes="", tags=(), **kw):
    _m(c, "COMPLAINT", text, (), notes, tags, **kw)


def X(c, text, notes="", tags=(), **kw):
    _m(c, "OTHER", text, (), notes, tags, **kw)


def CAN(c, text, notes="", tags=(), **kw):
    _m(c, "CANCEL", text, (), notes, tags, **kw)


def CH(c, text, change_lines, notes="", tags=(), **kw):
    _m(c, "CHANGE", text, (), notes, tags, change=change_lines, **kw)


FELIX = ["FELIX-MEATY-JELLY-48X100", "FELIX-FISH-JELLY-48X100", "FELIX-SENIOR-48X100"]
RC_ALL = [
    "RC-MINI-ADULT-8",
    "RC-MAXI-ADULT-15",
    "RC-MINI-PUPPY-8",
    "RC-INDOOR-27-4",
    "RC-KITTEN-36-4",
    "RC-SENSIBLE-33-4",
]
WHISKAS = ["WHISKAS-DRY-1PLUS-3.8", "WHISKAS-POUCH-1PLUS-80X85", "WHISKAS-KITTEN-POUCH-40X85"]
WHISKAS_CASE = ["WHISKAS-POUCH-1PLUS-80X85", "WHISKAS-KITTEN-POUCH-40X85"]
TETRA = ["TETRAMIN-FLAKES", "TETRA-GOLDFISH-250"]
SUNF = ["SUNFLOWER-HEARTS-20", "SUNFLOWER-HEARTS-2.5"]
POND = ["POND-STICKS-10L", "POND-STICKS-50L"]
FATB = ["FAT-BALLS-TUB-50", "FAT-BALLS-BOX-150"]
DRONTAL = ["DRONTAL-DOG-24", "DRONTAL-DOG-XL-2", "DRONTAL-CAT-24"]
SKIN = ["SKINNERS-WORKING-23-15", "SKINNERS-DUCK-RICE-15"]
BUTCH = ["BUTCHERS-TRIPE-18X400", "BUTCHERS-CHICKEN-18X400"]
AG = ["AG-ADULT-CHICKEN-12", "AG-SENIOR-12"]
HARR = ["HARR-ADULT-TURKEY-15", "HARR-ADULT-LAMB-15"]
CATSAN = ["CATSAN-HYGIENE", "CATSAN-ULTRA-10"]
SHAMPOO5 = ["BB-OATMEAL-SHAMPOO", "BB-WHITE-COAT-5L"]
LEAD = ["NYLON-LEAD-1M", "SLIP-LEAD-10"]
RABBIT = ["BURGESS-RABBIT-ADULT", "SCIENCE-SELECTIVE-RABBIT-3"]
LITTER = [
    "CATSAN-HYGIENE",
    "CATSAN-ULTRA-10",
    "CATS-BEST-ORIGINAL",
    "BREEDER-CELECT-30",
    "SILICA-CRYSTALS-5",
    "CLAY-NONCLUMP-20",
    "CLAY-CLUMP-10KG",
]
YAK = ["YAK-CHEW-SMALL-20", "YAK-CHEW-LARGE-10"]
RAWHIDE = ["RAWHIDE-BONE-10", "RAWHIDE-ROLL-5IN-50"]
KONG = ["KONG-CLASSIC", "KONG-PUPPY-M"]
HAY = ["TIMOTHY-HAY-6X1", "MEADOW-HAY-BALE"]
FLEAS4 = ["4FLEAS-SMALL", "4FLEAS-LARGE"]
PEDIGREE_CASE = ["PEDIGREE-POUCH-40X100", "DENTASTIX-10PK"]
FLEECE = ["VETFLEECE-ROLL", "VETFLEECE-MAT-100X75-5"]
DREAMIES_8 = ["DREAMIES-CHEESE-8X60", "DREAMIES-CHICKEN-8X60"]

# ------------------------------------------------------------------ barking-mad (en, WhatsApp, Swansea pet shop)
c = "barking-mad"
O(
    c,
    "Morning! For Thurs pls:\n3 x RC mini adult\n2 wellbeloved lamb 15kg\n2 cs felix meaty\n6 catsan hygiene 20L\nta, Gareth",
    [
        L("RC-MINI-ADULT-8", 3),
        L("JW-DOG-ADULT-LAMB", 2, "15kg"),
        L("FELIX-MEATY-JELLY-48X100", 2),
        L("CATSAN-HYGIENE", 6, "20L"),
    ],
    "15kg and 20L are sizes that pick the variants",
    ["number_in_name"],
)
O(
    c,
    "can u add 2 felix and 3 fat balls to tomorrow's drop",
    [A(FELIX, 2), A(FATB, 3)],
    "bare felix (meaty, fish, senior) and fat balls (tub of 50, box of 150)",
    ["non_order_request"],
)
O(
    c,
    "2 cases dentastix and a box of pressed rawhide bones pls 👍",
    [L("DENTASTIX-10PK", 2, None), L("RAWHIDE-BONE-10", 1, None)],
    "no size given for dentastix or the bones",
    ["emoji"],
)
O(
    c,
    "usual for thurs pls + 2 cs dreamies cheese",
    [L("DREAMIES-CHEESE-8X60", 2, op="add")],
    "the usual plus an addition",
    ref=R("usual"),
)
Q(
    c,
    "do you do the Royal Canin Medium Adult? got a customer asking for the 15kg",
    "Royal Canin Medium is not stocked (Mini and Maxi are)",
    ["not_in_catalog"],
)
C(c, "Gareth here. 2 of the 6 catsan bags came split open, litter all over the van floor. can you credit?")
O(
    c,
    "three bags of the royal canin mini adult two cases of felix meaty and a box of the medium pressed bones",
    [L("RC-MINI-ADULT-8", 3), L("FELIX-MEATY-JELLY-48X100", 2), L("RAWHIDE-BONE-10", 1, "M 15cm")],
    "voice note, no commas; medium picks M 15cm",
    ["spoken", "voice"],
)
O(
    c,
    "send 30 bags wellbeloved lamb 15kg tmrw",
    [L("JW-DOG-ADULT-LAMB", 30, "15kg")],
    "usual is 2 bags a week, no reason given",
    outlier=True,
)
CAN(c, "ignore the 30 bags msg, fat fingers 🙈 cancel that one", "cancels the outlier order", ["emoji"])
O(
    c,
    "2 boxes compostable poo bags + 1 case dentastix large pls",
    [L("POOBAGS-120-ROLLS", 2), L("DENTASTIX-10PK", 1, "Large 25kg+")],
    "large picks the Large 25kg+ variant",
)
O(
    c,
    "240 rolls of the compostable poo bags and 2 jw puppy 2kg",
    [L("POOBAGS-120-ROLLS", 2), L("JW-DOG-PUPPY-TURKEY", 2, "2kg")],
    "240 rolls = 2 boxes of 120 rolls",
    ["count", "number_in_name"],
)
O(
    c,
    "2-3 cs felix meaty depending what u have",
    [L("FELIX-MEATY-JELLY-48X100", None)],
    "a range: quantities not stated exactly",
    ["range"],
)
X(
    c,
    "I'd like to change our delivery day to Wednesdays from now on please, Thursdays are chaos",
    "a standing change of delivery day",
    ["non_order_request"],
)

# ------------------------------------------------------------------ muddy-paws (en, SMS, Cardiff groomer)
c = "muddy-paws"
O(
    c,
    "Hi its Kelly @ Muddy Paws. 2 x oatmeal shampoo 5L, 1 detangling conditioner 5L, 4 tubs grooming wipes pls. Thx",
    [L("BB-OATMEAL-SHAMPOO", 2, "5L"), L("BB-CONDITIONER-5L", 1), L("GROOMING-WIPES-100", 4)],
)
O(
    c,
    "need 2 shampoo 5L and a white coat one pls",
    [A(SHAMPOO5, 2, cv="5L"), L("BB-WHITE-COAT-5L", 1)],
    "bare shampoo 5L is oatmeal or white coat; the salon buys both",
)
O(
    c,
    "1 x F10SC 1L and 1 pack slip leads pls, by fri if poss",
    [L("F10SC-DISINFECTANT", 1, "1L"), L("SLIP-LEAD-10", 1)],
    "F10 is part of the name",
    ["number_in_name"],
)
O(
    c,
    "same as last week pls but no conditioner",
    [],
    "removal only",
    ref=R("last", remove=["BB-CONDITIONER-5L"]),
)
Q(
    c,
    "how long does the F10 last once its diluted? 1:250 for the grooming tables is it?",
    "dilution ratio is not a quantity",
    ["number_in_name"],
)
O(
    c,
    "10 fox poo shampoos pls",
    [L("ANIMOLOGY-FOX-POO-6X250", None)],
    "sold by the case of 6: 10 bottles is not a whole number of cases",
    ["count"],
)
O(
    c,
    "2 oatmeal shampoo 1 litre & 2 puppy tearless",
    [L("BB-OATMEAL-SHAMPOO", 2, "1L"), L("BB-PUPPY-SHAMPOO-1L", 2)],
    "1 litre picks the 1L variant",
)
X(c, "Kelly here, new mobile for the salon is 07700 900418, pls update ur records. ta", "contact change")
O(c, "3 tubs wipes + 1 white coat 5L pls", [L("GROOMING-WIPES-100", 3), L("BB-WHITE-COAT-5L", 1)])

# ------------------------------------------------------------------ hillcrest-kennels (en, e-mail)
c = "hillcrest-kennels"
O(
    c,
    "Subject: Order – Hillcrest PO 33184\n\nHello,\n\nPlease deliver on Wednesday 14th:\n\n- Skinner's Working 23 15kg x 6\n"
    "- Harringtons Turkey & Veg 15kg x 4\n- Butcher's Tripe Mix 18 x 400g x 3 cases\n- Grey clay litter 20L x 8\n"
    "- Shavings bales 20kg x 6\n\nKind regards,\nJenny Hollis\nHillcrest Boarding Kennels & Cattery\n"
    "14 Mill Lane, Winterbourne\n020 7946 0331",
    [
        L("SKINNERS-WORKING-23-15", 6),
        L("HARR-ADULT-TURKEY-15", 4),
        L("BUTCHERS-TRIPE-18X400", 3),
        L("CLAY-NONCLUMP-20", 8),
        L("SHAVINGS-BALE-20KG", 6),
    ],
    "PO, date, 23, 18 x 400g, 20L, 20kg, street number and phone are not quantities",
    ["signature", "number_in_name"],
)
O(
    c,
    "Subject: top-up\n\nCould you add 2 bags of whiskas and 4 bales of straw to Wednesday's delivery please.\n\nJenny",
    [L("WHISKAS-DRY-1PLUS-3.8", 2), L("BARLEY-STRAW-BALE", 4)],
    "bags of whiskas: only the dry Whiskas is sold by the bag",
    ["unit_word", "non_order_request"],
)
O(
    c,
    "Subject: cattery\n\nAlso need whiskas x 3 for the cattery side and F10 x1 please.\n\nJenny",
    [A(WHISKAS, 3), L("F10SC-DISINFECTANT", 1, None)],
    "bare whiskas; F10 without its size",
)
O(
    c,
    "Subject: Weekly order\n\nOur usual order please, but 8 bales of shavings instead of 6 and no kennel wash this week.\n\nThanks,\nJenny",
    [L("SHAVINGS-BALE-20KG", 8, op="set")],
    "new quantity and a removal",
    ref=R("usual", remove=["KENNEL-WASH-5L"]),
)
O(
    c,
    "Subject: extra\n\nPlease send 36 tins of Butcher's tripe and 2 boxes of tie handle poo bags.\n\nJenny",
    [L("BUTCHERS-TRIPE-18X400", 2), L("POOBAGS-TIE-300", 2)],
    "36 tins = 2 cases of 18",
    ["count", "container"],
)
C(
    c,
    "Subject: Invoice INV-58213\n\nHi, we were charged for 8 bags of clay litter but only 6 arrived on Wednesday. Please adjust.\n\nJenny",
)
Q(
    c,
    "Subject: prices\n\nI would like to know whether your Skinner's price is going up in July – we use about 24 bags a month.\n\nJenny Hollis",
    "price question with a usage figure",
    ["non_order_request"],
)
O(
    c,
    "hi its Tom at hillcrest, jenny says add 2 packs slip leads and a straw bale to weds thanks",
    [L("SLIP-LEAD-10", 2), L("BARLEY-STRAW-BALE", 1)],
    ch="SMS",
)
O(
    c,
    "Subject: Re: Your order\n\nYes please go ahead, and add 2 boxes of tie handle bags as well.\n\nJenny\n\n"
    "> On 12 June, Pawprint & Perch wrote:\n> Hi Jenny, we are out of Harringtons Turkey this week. We can send 4 x "
    "Harringtons Lamb & Rice 15kg instead - shall we?",
    [L("HARR-ADULT-LAMB-15", 4), L("POOBAGS-TIE-300", 2)],
    "the reply accepts the quoted substitution (4 lamb) and adds 2 boxes",
    ["quoted"],
)
O(
    c,
    "Subject: Hygiene\n\nPlease add 1 x F10SC 5L and 2 x kennel wash lemon 5L.\n\nJenny",
    [L("F10SC-DISINFECTANT", 1, "5L"), L("KENNEL-WASH-5L", 2)],
)
O(
    c,
    "Subject: bedding\n\nCould you send 10 bales of hemp bedding with the next delivery? We're trialling it in the cattery.\n\nJenny",
    [N(10, "hemp bedding")],
    "hemp bedding is not stocked (wood shavings and straw are)",
    ["non_order_request"],
)

# ------------------------------------------------------------------ purrfect-stay (en, WhatsApp cattery)
c = "purrfect-stay"
O(
    c,
    "Hi hun, order for Fri: 2 RC Indoor 27, 1 Hills 7+, 2 cs felix fish, 2 cs sheba 😊",
    [
        L("RC-INDOOR-27-4", 2),
        L("HILLS-CAT-MATURE-7PLUS-3", 1),
        L("FELIX-FISH-JELLY-48X100", 2),
        L("SHEBA-FINE-FLAKES-28X85", 2),
    ],
    "27 and 7+ are names",
    ["emoji", "number_in_name"],
)
O(
    c,
    "4 cats best pls and 1 royal canin",
    [L("CATS-BEST-ORIGINAL", 4, None), A(RC_ALL, 1)],
    "no litre size; bare royal canin",
)
O(
    c,
    "2 x frontline plus cat packs and a box of feather wands pls",
    [L("FRONTLINE-PLUS-CAT", 2), L("FEATHER-WAND-12", 1)],
)
O(c, "the usual pls Lynne x", [], "the usual", ref=R("usual"))
O(
    c,
    "could I get 96 felix fish pouches please",
    [L("FELIX-FISH-JELLY-48X100", 2)],
    "96 pouches = 2 cases of 48",
    ["count", "non_order_request"],
)
Q(c, "do you sell cat scratching posts? the big floor to ceiling ones", "not in catalog", ["not_in_catalog"])
O(
    c,
    "1 case dreamies chicken, 1 box catnip mice, 1 case applaws tuna",
    [L("DREAMIES-CHICKEN-8X60", 1), L("CATNIP-MICE-24", 1), L("APPLAWS-TUNA-24X70", 1)],
)
X(c, "We're closed 20-27 June for our holiday so no delivery that week thanks! Lynne", "closure notice")
O(
    c,
    "6 applaws pls",
    [L("APPLAWS-TUNA-24X70", None)],
    "6 tins or 6 cases? quantities not stated in the selling unit",
    ["pack"],
)
O(
    c,
    "1 Hills mature 7+ and 1 Hills adult cat chicken 7kg pls, and 1 case dreamies mega tubs",
    [L("HILLS-CAT-MATURE-7PLUS-3", 1), L("HILLS-CAT-ADULT-CHICKEN-7", 1), L("DREAMIES-MEGA-4X350", 1)],
    "",
    ["number_in_name"],
)

# ------------------------------------------------------------------ second-chance (en, e-mail rescue)
c = "second-chance"
O(
    c,
    "Subject: Rescue order w/c 12 June\n\nHi team,\n\n5 x Harringtons Lamb & Rice 15kg\n3 x Pedigree Complete 12kg\n"
    "6 x grey clay litter\n2 x packs vet fleece mats\n\nThanks so much,\nMarie Evans\nSecond Chance Animal Rescue "
    "(Reg. charity 1187342)\n07700 900562",
    [
        L("HARR-ADULT-LAMB-15", 5),
        L("PEDIGREE-ADULT-CHICKEN-12", 3),
        L("CLAY-NONCLUMP-20", 6),
        L("VETFLEECE-MAT-100X75-5", 2),
    ],
    "charity number and phone are not quantities",
    ["signature"],
)
O(
    c,
    "Subject: intake\n\nCould we also get 2 cases of pedigree and 3 whiskas please, for the new intake?\n\nMarie",
    [A(PEDIGREE_CASE, 2), A(WHISKAS, 3)],
    "cases of pedigree: the pouches or Pedigree Dentastix; bare whiskas",
    ["non_order_request"],
)
O(
    c,
    "Subject: Order on account\n\nPlease send 4 x 4fleas over 11kg and 1 Drontal Dog Tasty Bone box of 24, and put "
    "it on a 30-day account - our trustees approved it last week.\n\nMarie",
    [L("4FLEAS-LARGE", 4), L("DRONTAL-DOG-24", 1)],
    "order on a 30-day account that is not yet open",
    ["credit", "number_in_name"],
    review=True,
)
O(
    c,
    "Subject: Same again\n\nSame as last week please, plus 2 packs of 60x60 puppy pads - we've had a litter of 7 pups in!\n\nMarie",
    [L("PUPPY-PADS-60X60-100", 2, op="add")],
    "litter of 7 pups is not a quantity (and not cat litter)",
    ["number_in_name"],
    ref=R("last"),
)
Q(c, "Subject: Drontal\n\nIs the Drontal Dog okay for puppies under 2kg? We have some tiny ones in.\n\nMarie")
O(
    c,
    "Hi, 2 packs of slip leads and 2 boxes of tie-handle poo bags please. Marie",
    [L("SLIP-LEAD-10", 2), L("POOBAGS-TIE-300", 2)],
)
X(
    c,
    "Subject: Thank you!\n\nThank you so much for the donated bags of food last month, the dogs loved it!\n\nMarie & all at Second Chance",
    "thanks",
)
O(
    c,
    "Subject: collars\n\nWe need Seresto collars for 3 big dogs, and a fleece roll in grey please.\n\nMarie",
    [N(3, "Seresto collar"), L("VETFLEECE-ROLL", 1, "Grey")],
    "Seresto is not in catalog",
    ["not_in_catalog"],
)
O(
    c,
    "Subject: Cats\n\nCould you send 3 bags of Whiskas 1+ dry and 2 cases of Whiskas kitten pouches on Friday?\n\nMarie",
    [L("WHISKAS-DRY-1PLUS-3.8", 3), L("WHISKAS-KITTEN-POUCH-40X85", 2)],
    "1+ is a name",
    ["non_order_request"],
)
O(
    c,
    "Subject: dog food\n\nPlease add 2 tins of Lily's dog casserole to Friday - donor request.\n\nMarie",
    [L("LILYS-DOG-CASSEROLE-6X400", 2)],
    "2 tins of a product sold by the case: 2 cases by the small-N rule",
    ["container"],
)

# ------------------------------------------------------------------ towy-vets (en, e-mail vet)
c = "towy-vets"
O(
    c,
    "Subject: PO TVV-20417\n\nPlease supply:\n1. Frontline Plus Dog 10-20kg – 4 packs\n2. Frontline Plus Dog 20-40kg – 3 packs\n"
    "3. Frontline Plus Cat – 4 packs\n4. Milbemax Dog 5-25kg – 3 packs\n\nRegards,\nDr Rhian Pryce BVSc MRCVS\n"
    "Towy Valley Veterinary Centre\n020 7946 0144",
    [
        L("FRONTLINE-PLUS-DOG", 4, "M 10-20kg"),
        L("FRONTLINE-PLUS-DOG", 3, "L 20-40kg"),
        L("FRONTLINE-PLUS-CAT", 4),
        L("MILBEMAX-DOG", 3, "Dog 5-25kg"),
    ],
    "weight bands pick variants; list numbering and PO are not quantities",
    ["signature", "weight_band", "number_in_name"],
)
O(
    c,
    "Subject: PO TVV-20422\n\n2 x Drontal, 6 x Frontline dog, 1 x fleece roll.\n\nRhian",
    [A(DRONTAL, 2), L("FRONTLINE-PLUS-DOG", 6, None), L("VETFLEECE-ROLL", 1, None)],
    "bare Drontal; Frontline dog without a weight band; fleece roll without a colour",
    ["weight_band"],
)
O(
    c,
    "Subject: PO TVV-20430\n\nCould you send 3 packs of Frontline for a 35kg dog and 2 packs for dogs around 15kg. Thanks, Rhian",
    [L("FRONTLINE-PLUS-DOG", 3, "L 20-40kg"), L("FRONTLINE-PLUS-DOG", 2, "M 10-20kg")],
    "the animal's weight picks the band: 35kg is L, 15kg is M",
    ["weight_band", "non_order_request"],
)
O(
    c,
    "Subject: PO TVV-20433\n\n4 x Frontline Plus for 10kg dogs please.",
    [L("FRONTLINE-PLUS-DOG", 4, None, nofill=True)],
    "10kg is the edge of S 2-10kg and M 10-20kg: ambiguous, never filled from history",
    ["weight_band"],
)
Q(
    c,
    "Subject: Bravecto\n\nI'd like to know whether you can supply Bravecto chews - clients keep asking.\n\nRhian",
    "not in catalog",
    ["non_order_request", "not_in_catalog"],
)
O(
    c,
    "Subject: PO TVV-20441\n\nDrontal Cat box of 24 x 2\nDrontal Dog Tasty Bone box of 24 x 2\nF10SC 5L x 1\n\nRhian",
    [L("DRONTAL-CAT-24", 2), L("DRONTAL-DOG-24", 2), L("F10SC-DISINFECTANT", 1, "5L")],
    "box of 24 is the unit",
    ["number_in_name"],
)
CH(
    c,
    "Subject: Re: PO TVV-20441\n\nPlease change the Drontal Dog on PO TVV-20441 to 3 boxes, not 2.\n\nRhian",
    [L("DRONTAL-DOG-24", 3)],
    "new quantity on a placed order",
)
O(
    c,
    "Subject: PO TVV-20448\n\n48 Milbemax tablets for medium dogs (5-25kg) please.\n\nRhian",
    [L("MILBEMAX-DOG", 12, "Dog 5-25kg")],
    "48 tablets = 12 packs of 4",
    ["count", "weight_band"],
)
Q(
    c,
    "Subject: invoice\n\nCan I get a copy of invoice INV-58877? Our accountant needs it.\n\nThanks, Rhian",
    "invoice copy",
    ["non_order_request"],
)
O(
    c,
    "Subject: Fwd: order from Llandeilo branch\n\nCan you add this to our Monday delivery.\n\n---------- Forwarded message ---------\n"
    "From: Llandeilo Reception\nPlease can we have 2 x Frontline Plus Cat and 1 x Indorex for the branch. Thanks!",
    [L("FRONTLINE-PLUS-CAT", 2), L("INDOREX-500", 1)],
    "the order is in the forwarded part",
    ["forwarded"],
)

# ------------------------------------------------------------------ feathers-fins (en, WhatsApp)
c = "feathers-fins"
O(
    c,
    "Dev @ Feathers & Fins: 4 wild bird mix, 2 sunflower hearts 20kg, 1 niger, 2 boxes fat balls",
    [L("WILD-BIRD-MIX-20", 4), L("SUNFLOWER-HEARTS-20", 2), L("NIGER-SEED-20", 1), L("FAT-BALLS-BOX-150", 2)],
    "boxes of fat balls: only the 150 is a box",
    ["unit_word"],
)
O(
    c,
    "6 tetra flakes, 2 sunflower hearts, 3 pond sticks, 2 hay pls",
    [A(TETRA, 6), A(SUNF, 2), A(POND, 3), A(HAY, 2)],
    "four family words",
)
O(
    c,
    "4 burgess rabbit and 6 tetramin",
    [L("BURGESS-RABBIT-ADULT", 4, None), L("TETRAMIN-FLAKES", 6, None)],
    "no bag size, no tub size",
)
O(
    c,
    "usual for tues pls but double the mealworms",
    [],
    "the usual with double mealworms",
    ref=R("usual", double=["MEALWORMS-DRIED-1KG"]),
)
O(
    c,
    "300 fat balls please",
    [A(FATB, None)],
    "6 tubs of 50 or 2 boxes of 150: quantities not stated in a unit",
    ["count"],
)
Q(c, "do you do millet sprays? budgie customers asking", "not in catalog", ["not_in_catalog"])
O(
    c,
    "two sacks wild bird mix a tub of mealworms and six goldfish flakes",
    [L("WILD-BIRD-MIX-20", 2), L("MEALWORMS-DRIED-1KG", 1), L("TETRA-GOLDFISH-250", 6)],
    "spoken list",
    ["spoken"],
)
C(c, "the niger seed sack last week had moths in it 🤢 can't sell that, want it collected", "", ["emoji"])
O(
    c,
    "1 x timothy hay case + 2 x 4kg burgess rabbit + 1 hikari algae wafers",
    [L("TIMOTHY-HAY-6X1", 1), L("BURGESS-RABBIT-ADULT", 2, "4kg"), L("ALGAE-WAFERS-250G", 1)],
    "",
    ["number_in_name"],
)
O(
    c,
    "2 x 20kg budgie seed + 1 parrot mix 15kg + 2 bags burgess guinea pig",
    [L("BUDGIE-SEED-20", 2), L("PARROT-MIX-15", 1), L("BURGESS-GUINEA-10", 2)],
    "2 x 20kg is 2 sacks",
    ["number_in_name", "pack"],
)
O(
    c,
    "sunflour harts 20kg x2 and 24 mini shavings bales",
    [L("SUNFLOWER-HEARTS-20", 2), L("SHAVINGS-MINI-12X1", 2)],
    "typos; 24 mini bales = 2 packs of 12",
    ["typo", "count"],
)

# ------------------------------------------------------------------ pet-pantry-market (en, market stall, irregular)
c = "pet-pantry-market"
O(
    c,
    "our usual market order for sat pls",
    [],
    "the stall never repeats a basket: no usual",
    ref=R("none"),
    tags=["ambiguous_reference"],
)
O(
    c,
    "100 pig ears + 25 bully sticks + 2kg chicken feet",
    [L("PIG-EARS-50", 2), L("BULLY-STICKS-15CM-25", 1), L("CHICKEN-FEET-1KG", 2)],
    "100 ears = 2 boxes, 25 sticks = 1 pack, 2kg = 2 bags",
    ["count"],
)
O(c, "2 boxes yak chews and 3 boxes of rawhide", [A(YAK, 2), A(RAWHIDE, 3)], "bare yak and rawhide")
O(
    c,
    "2 x 12 tennis balls, 1 box rope tugs, 1 box buffalo horns",
    [L("TENNIS-BALLS-12", 2), L("ROPE-TUG-12", 1), L("BUFFALO-HORN-10", 1)],
    "2 x 12 = 2 packs",
    ["pack"],
)
Q(c, "what's ur price on pig ears if I take 10 boxes? not ordering yet just asking", "quote request")
O(
    c,
    "got any whimzees? if so 2 boxes",
    [N(2, "Whimzees")],
    "conditional on an item not in catalog",
    ["conditional", "not_in_catalog"],
    review=True,
)
O(
    c,
    "1 case dreamies cheese 2 boxes small yak chews 1 case good boy chicken twists",
    [L("DREAMIES-CHEESE-8X60", 1), L("YAK-CHEW-SMALL-20", 2), L("GOOD-BOY-TWISTS-10X90", 1)],
    "",
    ["spoken"],
)
X(
    c,
    "running late to the market today, can the driver leave it with the café next door? ta",
    "delivery instruction",
    ["non_order_request"],
)
Q(c, "can I get a price list emailed over? shaz@petpantry.example", "price list", ["non_order_request"])

# ------------------------------------------------------------------ siop-teifi (cy, WhatsApp)
c = "siop-teifi"
O(
    c,
    "Bore da! Archeb i ddydd Iau plîs:\n3 bag Burns 12kg\n4 bag Burns 2kg\n2 fag Wellbeloved cath pysgod\n6 bag sunflower hearts 2.5kg\nDiolch, Non",
    [
        L("BURNS-ADULT-CHICKEN", 3, "12kg"),
        L("BURNS-ADULT-CHICKEN", 4, "2kg"),
        L("JW-CAT-ADULT-FISH-4", 2),
        L("SUNFLOWER-HEARTS-2.5", 6),
    ],
    "two variants of one product",
    ["number_in_name"],
)
O(
    c,
    "Allwch chi anfon 2 fag o Burns hefyd? a 3 cas o dentastix",
    [L("BURNS-ADULT-CHICKEN", 2, None), L("DENTASTIX-10PK", 3, None)],
    "Burns and Dentastix without a size",
    ["non_order_request"],
)
O(
    c,
    "Yr arferol plîs, ond heb y Bonio a 4 sach had adar gwyllt yn lle 2",
    [L("WILD-BIRD-MIX-20", 4, op="set")],
    "the usual without Bonio and 4 wild bird instead of 2",
    ref=R("usual", remove=["BONIO-5X1.2"]),
)
O(
    c,
    "tri bag burns deuddeg kilo pedwar twb fat balls a dau gas whiskas pouches",
    [L("BURNS-ADULT-CHICKEN", 3, "12kg"), L("FAT-BALLS-TUB-50", 4), L("WHISKAS-POUCH-1PLUS-80X85", 2)],
    "Welsh number words, no commas; twb picks the tub; whiskas pouches is the adult 1+ (kitten carries its word)",
    ["spoken", "unit_word"],
)
Q(c, "Oes gennych chi fwyd cwningen Science Selective yn y bag 10kg?", "only the 3kg is stocked")
O(
    c,
    "2 fwyd cwningen a 6 o hadau blodyn haul plîs",
    [A(RABBIT, 2), A(SUNF, 6)],
    "bwyd cwningen (rabbit food) and hadau blodyn haul (sunflower hearts) without a size",
)
C(c, "Roedd un bag Burns 12kg wedi rhwygo, bwyd ar hyd llawr y siop. Allwch chi roi credyd plîs?")
O(c, "2 gas Bonio a 2 becyn tennis balls", [L("BONIO-5X1.2", 2), L("TENNIS-BALLS-12", 2)])
O(
    c,
    "2 sach had adar gwyllt a 4 twb fat balls plîs",
    [L("WILD-BIRD-MIX-20", 2), L("FAT-BALLS-TUB-50", 4)],
    "twb picks the tub of 50",
    ["unit_word"],
)
O(
    c,
    "4 sach had adar gwyllt a 2 fag o gnau mwnci i adar plîs",
    [L("WILD-BIRD-MIX-20", 4), N(2, "peanuts for birds")],
    "cnau mwnci (peanuts) are not stocked",
)

# ------------------------------------------------------------------ bannau-kennels (cy, SMS, no diacritics)
c = "bannau-kennels"
O(
    c,
    "Dafydd Bannau: 5 bag skinners duck, 10 bel gwellt, 4 bel naddion 20kg, diolch",
    [L("SKINNERS-DUCK-RICE-15", 5), L("BARLEY-STRAW-BALE", 10), L("SHAVINGS-BALE-20KG", 4)],
    "gwellt = straw, naddion = shavings",
    ["no_diacritics"],
)
O(
    c,
    "3 skinners a 2 cas butchers plis",
    [A(SKIN, 3), A(BUTCH, 2)],
    "bare skinners and butchers",
    ["no_diacritics"],
)
O(c, "yr un fath a wythnos diwetha plis", [], "same as last week", ref=R("last"), tags=["no_diacritics"])
O(
    c,
    "pum bag skinners hwyaden tri cas butchers cyw iar",
    [L("SKINNERS-DUCK-RICE-15", 5), L("BUTCHERS-CHICKEN-18X400", 3)],
    "Welsh number words; hwyaden = duck, cyw iar = chicken",
    ["spoken", "no_diacritics"],
)
O(
    c,
    "45 bel gwellt erbyn dydd gwener",
    [L("BARLEY-STRAW-BALE", 45)],
    "usual is 10 a week, no reason given",
    ["no_diacritics"],
    outlier=True,
)
CH(c, "symud archeb dydd iau i ddydd gwener plis", [], "move the day of a placed order", ["no_diacritics"])
Q(c, "faint yw F10 5L nawr?", "price question", ["no_diacritics", "number_in_name"])
O(
    c,
    "2 fag arden grange oedolyn cyw iar a 3 bocs tie handle poo bags",
    [L("AG-ADULT-CHICKEN-12", 2), L("POOBAGS-TIE-300", 3)],
    "oedolyn = adult",
    ["no_diacritics"],
)
O(
    c,
    "3 bocs buffalo horn a 1 F10 1L",
    [L("BUFFALO-HORN-10", 3), L("F10SC-DISINFECTANT", 1, "1L")],
    "",
    ["no_diacritics", "number_in_name"],
)

# ------------------------------------------------------------------ trin-a-thwtio (cy, WhatsApp groomer)
c = "trin-a-thwtio"
O(
    c,
    "Haia! 4 potel siampŵ blawd ceirch 1L, 2 siampŵ cŵn bach, 3 twb wipes plîs 🐾",
    [L("BB-OATMEAL-SHAMPOO", 4, "1L"), L("BB-PUPPY-SHAMPOO-1L", 2), L("GROOMING-WIPES-100", 3)],
    "blawd ceirch = oatmeal, siampŵ cŵn bach = puppy shampoo",
    ["emoji"],
)
O(
    c,
    "4 tennyn a 4 coler bach coch",
    [A(LEAD, 4), L("NYLON-COLLAR", 4, "Small Red")],
    "tennyn (lead) is nylon or slip lead; coler bach coch = small red collar",
)
O(
    c,
    "2 dennyn porffor plîs",
    [L("NYLON-LEAD-1M", 2, None, nofill=True)],
    "purple does not exist (black, red, blue): ambiguous, never filled from history",
)
O(
    c,
    "Yr arferol ar gyfer dydd Mawrth, a 2 goler canolig du",
    [L("NYLON-COLLAR", 2, "Medium Black", op="add")],
    "the usual plus 2 medium black collars",
    ref=R("usual"),
)
O(c, "3 oatmeal shampoo plîs", [L("BB-OATMEAL-SHAMPOO", 3, None)], "no size")
X(c, "Diolch am y danfoniad cyflym ddoe! 😊", "thanks", ["emoji"])
Q(
    c,
    "Hoffwn i wybod os ydych chi'n gwerthu clipwyr Wahl?",
    "I would like to know...; not in catalog",
    ["non_order_request", "not_in_catalog"],
)
O(c, "1 cas fox poo shampoo ac 1 white coat 5L", [L("ANIMOLOGY-FOX-POO-6X250", 1), L("BB-WHITE-COAT-5L", 1)])
O(
    c,
    "4 tennyn coch a 2 becyn slip leads",
    [L("NYLON-LEAD-1M", 4, "Red"), L("SLIP-LEAD-10", 2)],
    "a coloured lead is the nylon lead",
)

# ------------------------------------------------------------------ milfeddygon-menai (cy, e-mail vet)
c = "milfeddygon-menai"
O(
    c,
    "Pwnc: Archeb PO MM-7781\n\nPnawn da,\n\nFrontline Plus Ci 2-10kg x 3\nFrontline Plus Cath x 3\n"
    "Milbemax cŵn bach a chŵn ifanc 0.5-5kg x 2\nMilbemax 5-25kg x 2\n\nCofion,\nGwenllian Roberts\nMilfeddygon Menai\n020 7946 0788",
    [
        L("FRONTLINE-PLUS-DOG", 3, "S 2-10kg"),
        L("FRONTLINE-PLUS-CAT", 3),
        L("MILBEMAX-DOG", 2, "Small Dog & Puppy 0.5-5kg"),
        L("MILBEMAX-DOG", 2, "Dog 5-25kg"),
    ],
    "weight bands pick the variants",
    ["signature", "weight_band", "number_in_name"],
)
O(
    c,
    "Pwnc: PO MM-7790\n\n4 x Milbemax ac 1 x F10SC 1L os gwelwch yn dda.",
    [L("MILBEMAX-DOG", 4, None), L("F10SC-DISINFECTANT", 1, "1L")],
    "Milbemax without a weight band",
    ["weight_band"],
)
O(
    c,
    "Pwnc: PO MM-7795\n\n2 x Drontal cath, 3 x Frontline ci.\n\nGwenllian",
    [L("DRONTAL-CAT-24", 2), L("FRONTLINE-PLUS-DOG", 3, None)],
    "Frontline dog without a weight band",
    ["weight_band"],
)
O(
    c,
    "Pwnc: PO MM-7802\n\n12 pibed Frontline Cath os gwelwch yn dda.",
    [L("FRONTLINE-PLUS-CAT", 4)],
    "12 pipettes = 4 packs of 3",
    ["count"],
)
Q(c, "Pwnc: Cwestiwn\n\nA ydy'r Drontal Cath yn addas i gathod bach 8 wythnos oed?\n\nGwenllian")
O(
    c,
    "Pwnc: PO MM-7810\n\nAdvocate i gŵn 10-25kg x 3 a Frontline Spray 250ml x 1.",
    [N(3, "Advocate spot-on"), L("FRONTLINE-SPRAY-250", 1)],
    "Advocate is not in catalog",
    ["not_in_catalog"],
)
CAN(
    c,
    "Pwnc: Canslo PO MM-7810\n\nCanslwch PO MM-7810 os gwelwch yn dda, rydym wedi cael y stoc o rywle arall.\n\nGwenllian",
)
O(
    c,
    "Pwnc: PO MM-7815\n\nRoyal Canin Sensible 33 x 1, F10SC 1L x 2, matiau fflîs x 2 becyn.",
    [L("RC-SENSIBLE-33-4", 1), L("F10SC-DISINFECTANT", 2, "1L"), L("VETFLEECE-MAT-100X75-5", 2)],
    "matiau fflîs = fleece mats",
    ["number_in_name"],
)

# ------------------------------------------------------------------ siopa-daingean (ga, WhatsApp)
c = "siopa-daingean"
O(
    c,
    "Dia duit! Ordú don Déardaoin:\n3 mhála Pedigree Complete 12kg\n2 chás Cesar\n5 mhála Catsan Ultra\n2 chás Dreamies cáis\nGRMA, Siobhán",
    [
        L("PEDIGREE-ADULT-CHICKEN-12", 3),
        L("CESAR-LOAF-24X150", 2),
        L("CATSAN-ULTRA-10", 5),
        L("DREAMIES-CHEESE-8X60", 2),
    ],
    "cáis = cheese",
)
O(c, "2 chás Felix agus 4 mhála catsan le do thoil", [A(FELIX, 2), A(CATSAN, 4)], "bare Felix and Catsan")
O(
    c,
    "Mar is gnách don Déardaoin, le do thoil, ach gan an síol éan an tseachtain seo",
    [],
    "the usual without the bird seed",
    ref=R("usual", remove=["WILD-BIRD-MIX-20"]),
)
O(
    c,
    "trí mhála pedigree complete dhá chás felix éisc agus dhá chás poo bags",
    [L("PEDIGREE-ADULT-CHICKEN-12", 3), L("FELIX-FISH-JELLY-48X100", 2), L("POOBAGS-DISPENSER-12X8", 2)],
    "Irish number words; cases of poo bags: only the dispenser packs come by the case",
    ["spoken", "unit_word"],
)
Q(c, "An bhfuil bia coinín Burgess sa mhála 10kg agaibh?", "asks about a stocked size")
O(c, "leath chás Cesar le do thoil", [L("CESAR-LOAF-24X150", 0.5)], "half a case: a fraction", ["fraction"])
O(c, "2 phaca tennis balls agus 2 Kong Puppy", [L("TENNIS-BALLS-12", 2), L("KONG-PUPPY-M", 2)])
C(c, "Tháinig 3 chás Felix feola in áit Felix éisc inné. Níl mé sásta.", "wrong flavour delivered")
O(
    c,
    "2 sac wild bird mix, 2 tub fat balls, 2 chás Felix feola agus 2 mhála Pro Plan puppy",
    [
        L("WILD-BIRD-MIX-20", 2),
        L("FAT-BALLS-TUB-50", 2),
        L("FELIX-MEATY-JELLY-48X100", 2),
        L("PPP-LARGE-PUPPY-12", 2),
    ],
    "feola = meaty",
)
O(c, "4 mhála silica crystals le do thoil", [L("SILICA-CRYSTALS-5", 4)])
O(
    c,
    "3 mhála Royal Canin Medium Adult agus 2 chás Cesar",
    [N(3, "Royal Canin Medium Adult"), L("CESAR-LOAF-24X150", 2)],
    "Royal Canin Medium is not stocked (Mini and Maxi are): no substitute",
)

# ------------------------------------------------------------------ teach-na-gcat (ga, e-mail cattery)
c = "teach-na-gcat"
O(
    c,
    "Ábhar: Ordú seachtaine\n\nA chairde,\n\nRoyal Canin Kitten 36 – 1 mhála\nRoyal Canin Indoor 27 – 2 mhála\n"
    "Lily's Kitchen cat casserole – 2 chás\nApplaws tuna – 2 chás\nBreeder Celect – 6 mhála\n\nLe meas,\n"
    "Máirtín Ó Conghaile\nTeach na gCat, Ros Muc\n+447700900744",
    [
        L("RC-KITTEN-36-4", 1),
        L("RC-INDOOR-27-4", 2),
        L("LILYS-CAT-CASSEROLE-19X85", 2),
        L("APPLAWS-TUNA-24X70", 2),
        L("BREEDER-CELECT-30", 6),
    ],
    "36 and 27 are names",
    ["signature", "number_in_name"],
)
O(
    c,
    "Ábhar: Breis\n\n2 mhála Royal Canin agus 1 mhála Wellbeloved kitten, le do thoil.\n\nMáirtín",
    [A(RC_ALL, 2), L("JW-CAT-KITTEN-TURKEY", 1, None)],
    "bare Royal Canin; Wellbeloved kitten without a size",
)
O(
    c,
    "Ábhar: Gaineamh\n\n6 mhála gainimh cait, le do thoil.\n\nMáirtín",
    [A(LITTER, 6)],
    "gaineamh cait = cat litter, a family word",
)
O(
    c,
    "Ábhar: Ordú\n\nAn rud céanna leis an tseachtain seo caite, ach 3 chás Applaws in áit 2.\n\nMáirtín",
    [L("APPLAWS-TUNA-24X70", 3, op="set")],
    "same as last week with a new quantity",
    ref=R("last"),
)
Q(
    c,
    "Ábhar: Seachadadh\n\nBa mhaith liom a fháil amach an ndéanann sibh seachadadh ar an Satharn?\n\nMáirtín",
    "I would like to find out...",
    ["non_order_request"],
)
O(
    c,
    "Ábhar: Applaws\n\n48 stán Applaws tuna, le do thoil.\n\nMáirtín",
    [L("APPLAWS-TUNA-24X70", 2)],
    "48 tins = 2 cases of 24",
    ["count", "container"],
)
X(
    c,
    "Ábhar: Uimhir nua\n\nTá uimhir nua againn don chattery: 07700 900745. Go raibh maith agaibh.\n\nMáirtín",
    "new number",
)
O(
    c,
    "Ábhar: Breis\n\n2 phaca Frontline Plus Cat agus 1 bhosca Drontal Cat.\n\nMáirtín",
    [L("FRONTLINE-PLUS-CAT", 2), L("DRONTAL-CAT-24", 1)],
)
C(
    c,
    "Ábhar: Breeder Celect\n\nBhí 2 mhála Breeder Celect fliuch nuair a tháinig siad inné. Ní féidir iad a úsáid.\n\nMáirtín",
)

# ------------------------------------------------------------------ bearradh-bf (ga, SMS groomer, no diacritics)
c = "bearradh-bf"
O(
    c,
    "Caoimhe anseo. 1 white coat 5L, 2 conditioner 5L, 2 tub wipes. GRMA",
    [L("BB-WHITE-COAT-5L", 1), L("BB-CONDITIONER-5L", 2), L("GROOMING-WIPES-100", 2)],
    "",
    ["no_diacritics"],
)
O(
    c,
    "2 shampoo 5L le do thoil",
    [A(SHAMPOO5, 2, cv="5L")],
    "bare shampoo; the salon buys both",
    ["no_diacritics"],
)
O(
    c,
    "6 coilear meanach dubh",
    [L("NYLON-COLLAR", 6, "Medium Black")],
    "medium black collar",
    ["no_diacritics"],
)
O(c, "mar is gnach don Aoine", [], "the usual", ref=R("usual"), tags=["no_diacritics"])
O(
    c,
    "20 slip leads le do thoil",
    [L("SLIP-LEAD-10", 2)],
    "20 leads = 2 packs of 10",
    ["count", "no_diacritics"],
)
CAN(c, "cealaigh ordu na hAoine le do thoil, ta an siopa duinte", "", ["no_diacritics"])
O(
    c,
    "4 coilear dearg",
    [L("NYLON-COLLAR", 4, None, nofill=True)],
    "red collars, size not given (Small, Medium or Large Red); never filled from history",
    ["no_diacritics"],
)
O(
    c,
    "1 oatmeal 5L, 1 puppy shampoo 1L, 1 phaca slip leads",
    [L("BB-OATMEAL-SHAMPOO", 1, "5L"), L("BB-PUPPY-SHAMPOO-1L", 1), L("SLIP-LEAD-10", 1)],
    "",
    ["no_diacritics"],
)

# ------------------------------------------------------------------ buth-steornabhagh (gd, WhatsApp)
c = "buth-steornabhagh"
O(
    c,
    "Madainn mhath! Òrdugh airson Diardaoin:\n2 phoca Arden Grange Adult\n1 phoca Arden Grange Senior\n2 chèis Felix Senior\n6 poca clumping bentonite\nTapadh leibh, Mòrag",
    [L("AG-ADULT-CHICKEN-12", 2), L("AG-SENIOR-12", 1), L("FELIX-SENIOR-48X100", 2), L("CLAY-CLUMP-10KG", 6)],
)
O(c, "2 phoca Arden Grange agus 2 chèis Felix", [A(AG, 2), A(FELIX, 2)], "bare Arden Grange and Felix")
O(
    c,
    "Mar as àbhaist airson Diardaoin, ach 5 sacan de wild bird mix an àite 3",
    [L("WILD-BIRD-MIX-20", 5, op="set")],
    "the usual with a new quantity",
    ref=R("usual"),
)
O(
    c,
    "trì sacan wild bird mix aon sac niger agus dà bhogsa fat balls",
    [L("WILD-BIRD-MIX-20", 3), L("NIGER-SEED-20", 1), L("FAT-BALLS-BOX-150", 2)],
    "Gaelic number words; bogsa picks the box of 150",
    ["spoken", "unit_word"],
)
O(c, "2 sunflower hearts cuideachd", [A(SUNF, 2)], "no size")
Q(c, "A bheil biadh èisg agaibh airson pond? Dè na meudan a th' ann?", "asks about pond sticks sizes")
C(c, "Fhuair sinn 4 poca bentonite an àite 6 an-dè. Nota lìbhrigidh DN-60214.", "short delivery")
O(c, "1 chèis Harry Hamster agus 1 tub mealworms", [L("HARRY-HAMSTER-6X700", 1), L("MEALWORMS-DRIED-1KG", 1)])
O(
    c,
    "1 phoca Wellbeloved Senior agus 2 phoca Whiskas tioram",
    [L("JW-DOG-SENIOR-TURKEY-15", 1), L("WHISKAS-DRY-1PLUS-3.8", 2)],
    "tioram = dry",
)

# ------------------------------------------------------------------ taigh-nan-con (gd, e-mail kennels)
c = "taigh-nan-con"
O(
    c,
    "Cuspair: Òrdugh na seachdain\n\nFeasgar math,\n\nSkinner's Working 23 – 8 pocannan\nRoyal Canin Maxi Adult – 2 phoca\n"
    "Butcher's Tripe – 4 cèisean\nSliseagan fiodha 20kg – 8 bèilichean\nConnlach eòrna – 6 bèilichean\n\nLe taing,\n"
    "Ruairidh MacIllEathain\nTaigh nan Con, Loch Baghasdail\n07700 900866",
    [
        L("SKINNERS-WORKING-23-15", 8),
        L("RC-MAXI-ADULT-15", 2),
        L("BUTCHERS-TRIPE-18X400", 4),
        L("SHAVINGS-BALE-20KG", 8),
        L("BARLEY-STRAW-BALE", 6),
    ],
    "sliseagan fiodha = wood shavings, connlach eòrna = barley straw",
    ["signature", "number_in_name"],
)
O(
    c,
    "Cuspair: Barrachd\n\n3 pocannan Royal Canin agus 2 Drontal, mas e ur toil e.\n\nRuairidh",
    [A(RC_ALL, 3), A(DRONTAL, 2)],
    "bare Royal Canin and Drontal",
)
O(
    c,
    "Cuspair: Mar as àbhaist\n\nMar as àbhaist, ach às aonais an kennel wash, agus 2 phasgan Frontline airson coin 20-40kg a bharrachd.\n\nRuairidh",
    [L("FRONTLINE-PLUS-DOG", 2, "L 20-40kg", op="add")],
    "the usual without kennel wash plus Frontline L",
    ["weight_band"],
    ref=R("usual", remove=["KENNEL-WASH-5L"]),
)
O(
    c,
    "Cuspair: Òrdugh\n\nMas urrainn dhuibh a chur air an aiseag 0930 Diciadain: Skinner's Working 23 x 10, sliseagan 20kg x 8. Tapadh leibh.",
    [L("SKINNERS-WORKING-23-15", 10), L("SHAVINGS-BALE-20KG", 8)],
    "0930 is the ferry time",
    ["number_in_name"],
)
Q(
    c,
    "Cuspair: Prìs\n\nDè a' phrìs airson 20 poca Skinner's Working 23? Chan eil sinn ag òrdachadh fhathast.\n\nRuairidh",
    "quote request, not ordering yet",
)
O(
    c,
    "Cuspair: Connlach\n\n4 bèilichean connlach agus 2 kennel wash 5L.\n\nRuairidh",
    [L("BARLEY-STRAW-BALE", 4), L("KENNEL-WASH-5L", 2)],
)
O(
    c,
    "Cuspair: Tripe\n\n30 canastairean tripe Butcher's, mas e ur toil e.\n\nRuairidh",
    [L("BUTCHERS-TRIPE-18X400", None)],
    "30 tins is not a whole number of cases of 18",
    ["count", "container"],
)
O(
    c,
    "Cuspair: Drontal\n\n2 bhogsa Drontal Dog Tasty Bone agus 1 phasgan slip leads.\n\nRuairidh",
    [L("DRONTAL-DOG-24", 2), L("SLIP-LEAD-10", 1)],
)

# ------------------------------------------------------------------ lighiche-portrigh (gd, e-mail vet)
c = "lighiche-portrigh"
O(
    c,
    "Cuspair: PO LPR-3310\n\nFrontline Plus Dog 20-40kg x 2\nFrontline Plus Dog 40-60kg x 1\nDrontal Dog XL x 3\nFrontline Spray 250ml x 2\n\n"
    "Iseabail NicLeòid\nLighiche-sprèidh Phort Rìgh",
    [
        L("FRONTLINE-PLUS-DOG", 2, "L 20-40kg"),
        L("FRONTLINE-PLUS-DOG", 1, "XL 40-60kg"),
        L("DRONTAL-DOG-XL-2", 3),
        L("FRONTLINE-SPRAY-250", 2),
    ],
    "weight bands pick variants",
    ["signature", "weight_band", "number_in_name"],
)
O(
    c,
    "Cuspair: PO LPR-3318\n\nMilbemax x 2, rolla fleece x 1, F10SC x 1.\n\nIseabail",
    [L("MILBEMAX-DOG", 2, None), L("VETFLEECE-ROLL", 1, None), L("F10SC-DISINFECTANT", 1, None)],
    "three products without their variant",
    ["weight_band"],
)
O(
    c,
    "Cuspair: PO LPR-3325\n\nFrontline airson cù 45kg - 2 phasgan; 4fleas airson coin os cionn 11kg - 3 pasganan.\n\nIseabail",
    [L("FRONTLINE-PLUS-DOG", 2, "XL 40-60kg"), L("4FLEAS-LARGE", 3)],
    "a 45kg dog is the XL band; os cionn 11kg = over 11kg",
    ["weight_band"],
)
O(
    c,
    "Cuspair: PO LPR-3329\n\nFrontline Plus Dog XXL x 2.\n\nIseabail",
    [L("FRONTLINE-PLUS-DOG", 2, None, nofill=True)],
    "XXL does not exist: ambiguous, never filled from history",
    ["weight_band"],
)
CH(
    c,
    "Cuspair: PO LPR-3325\n\nAtharraich am Frontline gu 3 pasganan an àite 2, mas e ur toil e.\n\nIseabail",
    [L("FRONTLINE-PLUS-DOG", 3, "XL 40-60kg")],
    "new quantity on a placed order",
)
X(
    c,
    "Cuspair: Auto-reply\n\nTha mi às an oifis gu 19 Ògmhios. / I am out of the office until 19 June. "
    "Airson cùisean èiginneach / for urgent matters: 020 7946 0917.",
    "auto-reply",
)
O(
    c,
    "Cuspair: PO LPR-3331\n\nIndorex 500ml x 4, kennel wash 5L x 2.\n\nIseabail",
    [L("INDOREX-500", 4), L("KENNEL-WASH-5L", 2)],
    "",
    ["number_in_name"],
)
O(
    c,
    "Cuspair: PO LPR-3336\n\nNexGard Spectra x 3 agus F10SC 5L x 1.\n\nIseabail",
    [N(3, "NexGard Spectra"), L("F10SC-DISINFECTANT", 1, "5L")],
    "NexGard is not stocked",
)

# ------------------------------------------------------------------ zoo-sklep-reading (pl, WhatsApp)
c = "zoo-sklep-reading"
O(
    c,
    "Dzień dobry, zamówienie na środę:\n2 worki Royal Canin Mini Adult\n1 worek Royal Canin Mini Puppy\n6 worków Catsan Hygiene 10L\n2 Cat's Best 20L\nPozdrawiam, Tomasz",
    [
        L("RC-MINI-ADULT-8", 2),
        L("RC-MINI-PUPPY-8", 1),
        L("CATSAN-HYGIENE", 6, "10L"),
        L("CATS-BEST-ORIGINAL", 2, "20L"),
    ],
    "10L and 20L pick the variants",
    ["number_in_name"],
)
O(
    c,
    "3 kartony whiskas i 2 kongi",
    [A(WHISKAS_CASE, 3), A(KONG, 2)],
    "cartons of whiskas: the adult or kitten pouches; bare kong",
    ["unit_word"],
)
O(
    c,
    "To co zwykle, ale 4 worki Catsan 10L zamiast 6 i bez Konga",
    [L("CATSAN-HYGIENE", 4, "10L", op="set")],
    "the usual with a new quantity and a removal",
    ref=R("usual", remove=["KONG-CLASSIC"]),
)
O(
    c,
    "dwa worki royal canin mini adult trzy kartony saszetek whiskas kitten i sześć tetramin sto mililitrów",
    [L("RC-MINI-ADULT-8", 2), L("WHISKAS-KITTEN-POUCH-40X85", 3), L("TETRAMIN-FLAKES", 6, "100ml")],
    "Polish number words, no commas",
    ["spoken"],
)
O(
    c,
    "160 saszetek Whiskas 1+ poproszę",
    [L("WHISKAS-POUCH-1PLUS-80X85", 2)],
    "160 pouches = 2 cases of 80",
    ["count", "number_in_name"],
)
Q(c, "Czy macie Brit Care? Klienci pytają", "not in catalog", ["not_in_catalog"])
O(
    c,
    "3 worki Burgess królik 1,5kg i 2 worki papierowej ściółki",
    [L("BURGESS-RABBIT-ADULT", 3, "1.5kg"), L("PAPER-BEDDING-2KG", 2)],
    "decimal comma",
    ["number_in_name"],
)
C(c, "Panie, przyszły 2 kartony Pedigree saszetki a na fakturze FV/2028/06/118 są 3. Proszę o korektę.")
CH(
    c,
    "Zmiana w zamówieniu na środę: Catsan 20L zamiast 10L, te same 6 worków",
    [L("CATSAN-HYGIENE", 0, "10L"), L("CATSAN-HYGIENE", 6, "20L")],
    "swap of variant on a placed order",
)
O(
    c,
    "2 kongi S, 1 karton harry hamster, 2 worki ściółki papierowej",
    [L("KONG-CLASSIC", 2, "S"), L("HARRY-HAMSTER-6X700", 1), L("PAPER-BEDDING-2KG", 2)],
    "kong with a size is the classic (the puppy kong comes in medium only)",
)

# ------------------------------------------------------------------ psi-fryzjer (pl, SMS, no diacritics)
c = "psi-fryzjer"
O(
    c,
    "Czesc, tu Kasia. 1 szampon owsiany 5L, 2 szampony dla szczeniat, 4 chusteczki wipes. Dzieki",
    [L("BB-OATMEAL-SHAMPOO", 1, "5L"), L("BB-PUPPY-SHAMPOO-1L", 2), L("GROOMING-WIPES-100", 4)],
    "owsiany = oatmeal; chusteczki wipes = tubs of wipes",
    ["no_diacritics"],
)
O(
    c,
    "2 podkladki 60x90 i 1 odzywka",
    [L("PUPPY-PADS-60X90-50", 2), L("BB-CONDITIONER-5L", 1)],
    "60x90 is a size; odżywka = conditioner",
    ["no_diacritics", "number_in_name"],
)
O(c, "to samo co w zeszlym tyg", [], "same as last week", ref=R("last"), tags=["no_diacritics"])
O(
    c,
    "12 szamponow fox poo",
    [L("ANIMOLOGY-FOX-POO-6X250", 2)],
    "12 bottles = 2 cases of 6",
    ["count", "no_diacritics"],
)
O(
    c,
    "3 szampony owsiane 5L... nie, sorry, 2",
    [L("BB-OATMEAL-SHAMPOO", 2, "5L")],
    "self-correction to 2",
    ["self_correction", "no_diacritics"],
)
Q(
    c,
    "Chcialabym zapytac czy macie szampon z chlorheksydyna?",
    "I'd like to ask...; not in catalog",
    ["non_order_request", "not_in_catalog", "no_diacritics"],
)
CAN(c, "Anuluje zamowienie na piatek, choroba w salonie. Przepraszam", "", ["no_diacritics"])
O(
    c,
    "1 odzywka 5L i 3 chusteczki",
    [L("BB-CONDITIONER-5L", 1), L("GROOMING-WIPES-100", 3)],
    "",
    ["no_diacritics"],
)

# ------------------------------------------------------------------ fundacja-lapa (pl, e-mail rescue)
c = "fundacja-lapa"
O(
    c,
    "Temat: Zamówienie – Fundacja Łapa\n\nDzień dobry,\n\nproszę o:\n– Harringtons Turkey & Veg 15kg – 4 worki\n"
    "– Harringtons Lamb & Rice 15kg – 2 worki\n– żwirek szary 20L – 6 worków\n– podkłady 60x60 – 3 paczki\n\n"
    "Pozdrawiam serdecznie,\nAgnieszka Nowak\nFundacja Łapa UK, Luton\ntel. 07700 900983",
    [
        L("HARR-ADULT-TURKEY-15", 4),
        L("HARR-ADULT-LAMB-15", 2),
        L("CLAY-NONCLUMP-20", 6),
        L("PUPPY-PADS-60X60-100", 3),
    ],
    "żwirek szary = grey litter; 60x60 is a size",
    ["signature", "number_in_name"],
)
O(
    c,
    "Temat: dodatkowo\n\n3 kartony felix i 4 opakowania 4fleas.\n\nAgnieszka",
    [A(FELIX, 3), A(FLEAS4, 4)],
    "bare Felix and 4fleas (small or large dogs)",
    ["weight_band"],
)
O(
    c,
    "Temat: zamówienie\n\nTo samo co w zeszłym tygodniu, ale podwójnie podkłady i bez Drontalu.\n\nAgnieszka",
    [],
    "same as last week, double the pads, no Drontal",
    ref=R("last", remove=["DRONTAL-CAT-24"], double=["PUPPY-PADS-60X60-100"]),
)
O(
    c,
    "Temat: koty\n\nProsimy o 2 worki whiskas na piątek.\n\nAgnieszka",
    [L("WHISKAS-DRY-1PLUS-3.8", 2)],
    "worki (bags) of whiskas: only the dry",
    ["unit_word"],
)
O(
    c,
    "Temat: Dodatek\n\nMożecie dodać do piątku 5 metalowych misek i 2 paczki slip leads?\n\nAgnieszka",
    [N(5, "steel bowls"), L("SLIP-LEAD-10", 2)],
    "bowls are not in catalog",
    ["not_in_catalog", "non_order_request"],
)
X(
    c,
    "Temat: Podziękowanie\n\nDziękujemy za szybką dostawę i rabat dla fundacji! Psy i koty są najedzone.\n\nAgnieszka",
    "thanks",
)
O(
    c,
    "Temat: Zamówienie na kredyt\n\nProsimy o 4 worki Harringtons Turkey 15kg na fakturę 30-dniową, zapłacimy po zbiórce.\n\nAgnieszka",
    [L("HARR-ADULT-TURKEY-15", 4)],
    "order on 30-day credit",
    ["credit"],
    review=True,
)
O(
    c,
    "Temat: Koty\n\n2 kartony Felix mięsny, 1 pudełko Drontal Cat, 3 pudełka worków na kupy z uchwytem.\n\nAgnieszka",
    [L("FELIX-MEATY-JELLY-48X100", 2), L("DRONTAL-CAT-24", 1), L("POOBAGS-TIE-300", 3)],
    "mięsny = meaty; worki na kupy z uchwytem = tie-handle poo bags",
)
C(
    c,
    "Temat: Reklamacja\n\nW dostawie z wtorku 2 worki Harringtons były rozerwane. Prosimy o korektę faktury.\n\nAgnieszka",
)

# ------------------------------------------------------------------ waggy-tails (en, new customer)
c = "waggy-tails"
O(
    c,
    "Hi! New customer here, Becca from Waggy Tails Doggy Daycare (opening Mon 19th 🐶). Can we get 4 bags Arden Grange "
    "Adult Chicken 12kg, 2 packs puppy pads 60x90, 1 box compostable poo bags and 12 tennis balls. Paying on delivery 👍",
    [
        L("AG-ADULT-CHICKEN-12", 4),
        L("PUPPY-PADS-60X90-50", 2),
        L("POOBAGS-120-ROLLS", 1),
        L("TENNIS-BALLS-12", 1),
    ],
    "first order paid on delivery; 12 balls = 1 pack",
    ["new_customer", "emoji", "count"],
)
O(
    c,
    "same as my first order again pls, Becca",
    [],
    "first-time customer: messages are not history",
    ref=R("none"),
    tags=["new_customer", "ambiguous_reference"],
)
Q(c, "can I pay by bank transfer instead of cash on delivery?", "", ["non_order_request", "new_customer"])
O(
    c,
    "can we go on a 30 day account? if so pls send 6 bags arden grange adult",
    [L("AG-ADULT-CHICKEN-12", 6)],
    "depends on a 30-day account",
    ["credit", "new_customer", "conditional"],
    review=True,
)
O(
    c,
    "hiya, for the big lads: 2 KONG classic large + 2 boxes L pressed bones 🦴",
    [L("KONG-CLASSIC", 2, "L"), L("RAWHIDE-BONE-10", 2, "L 20cm")],
    "large and L pick the variants",
    ["new_customer", "emoji"],
)
O(
    c,
    "3 packs square puppy pads + 2 KONG puppy + 2 cases good boy mini training treats, cash on delivery",
    [L("PUPPY-PADS-60X60-100", 3), L("KONG-PUPPY-M", 2), L("GOOD-BOY-TRAINING-10X70", 2)],
    "square pads are the 60 x 60",
    ["new_customer"],
)
C(c, "the tennis balls pack only had 10 in it not 12 🙄", "", ["emoji", "new_customer"])

# ------------------------------------------------------------------ pawennau-aber (cy, new customer, e-mail)
c = "pawennau-aber"
O(
    c,
    "Pwnc: Archeb gyntaf – Pawennau, Aberystwyth\n\nHelo,\n\nRydyn ni'n agor ar 24 Mehefin. Hoffem archebu:\n"
    "- 4 bag Royal Canin Indoor 27\n- 2 gas Dreamies caws\n- 6 bag Catsan Hygiene 20L\n- 1 bocs llygod catnip\n\n"
    "Byddwn yn talu wrth ddanfon.\n\nDiolch,\nLlinos Prys\nPawennau\n07700 900995",
    [
        L("RC-INDOOR-27-4", 4),
        L("DREAMIES-CHEESE-8X60", 2),
        L("CATSAN-HYGIENE", 6, "20L"),
        L("CATNIP-MICE-24", 1),
    ],
    "first order paid on delivery; llygod catnip = catnip mice",
    ["new_customer", "signature", "number_in_name"],
)
O(
    c,
    "Pwnc: Archeb\n\nYr un fath â'n harcheb gyntaf eto plîs.\n\nLlinos",
    [],
    "first-time customer: messages are not history",
    ref=R("none"),
    tags=["new_customer", "ambiguous_reference"],
)
Q(
    c,
    "Pwnc: Cyfrif\n\nHoffwn i agor cyfrif masnach 30 diwrnod. Beth sydd ei angen?\n\nLlinos",
    "I would like to open an account: a question",
    ["non_order_request", "new_customer"],
)
O(
    c,
    "Pwnc: Archeb 2\n\n2 gas Felix pysgod a 3 bag Wellbeloved cath pysgod 4kg. Talu wrth ddanfon.\n\nLlinos",
    [L("FELIX-FISH-JELLY-48X100", 2), L("JW-CAT-ADULT-FISH-4", 3)],
    "pysgod = fish",
    ["new_customer"],
)
X(
    c,
    "Pwnc: Oriau\n\nNodyn: byddwn ar gau ddydd Sul a dydd Llun, felly dim danfon bryd hynny.\n\nLlinos",
    "opening hours notice",
    ["new_customer"],
)
