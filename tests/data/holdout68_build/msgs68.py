# ruff: noqa  (hand-written data generator of blind set 68, kept as its writer left it)
"""Messages of the sixty-eighth blind set and their plain labels, all hand-written.

m(customer, intent, text, lines, notes, tags, ...) with lines built by
  L(sku, qty, variant)            a catalog line (variant given exactly for products with variants; None = not said)
  F(family, qty, cv=None)         a bare family word: sku null with candidates (FAMILIES in cat68.py)
  N(qty, what)                    an item the catalog does not have: sku null, no candidates
Options of L: nofill=True (a size or colour that does not exist, or a size word that picks no variant: never filled
from history), vfit=[...] (the variants the text still allows), op="set" (a new quantity inside a reference).
ref=dict(kind="usual"|"last"|"first", remove=[sku], double=[sku]) marks a reference to history; hold="credit" or
"conditional" keeps an order in review whatever its lines; change=[L(...)] gives a CHANGE row's change_lines.
Dates, ids, standard note phrases and derived tags are added by build68.py; history labels are derived there.
"""

from cat68 import FAMILIES

NOV = object()  # no variant given in the call (products without variants)


def L(sku, qty, variant=NOV, nofill=False, vfit=None, op="add"):
    return dict(sku=sku, qty=qty, variant=variant, cand=None, cv=None, nofill=nofill, vfit=vfit, op=op)


def F(family, qty, cv=None, op="add"):
    return dict(
        sku=None,
        qty=qty,
        variant=NOV,
        cand=list(FAMILIES[family]),
        cv=cv,
        nofill=False,
        vfit=None,
        op=op,
        family=family,
    )


def N(qty, what):
    return dict(
        sku=None, qty=qty, variant=NOV, cand=None, cv=None, nofill=False, vfit=None, op="add", what=what
    )


MSGS = []


def m(
    cust,
    intent,
    text,
    lines=(),
    notes="",
    tags=(),
    ref=None,
    change=None,
    hold=None,
    outlier=False,
    channel=None,
):
    MSGS.append(
        dict(
            customer=cust,
            intent=intent,
            text=text,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            ref=ref,
            change=change,
            hold=hold,
            outlier=outlier,
            channel=channel,
        )
    )


O, Q, C, X, CH, CA = "ORDER", "QUESTION", "COMPLAINT", "OTHER", "CHANGE", "CANCEL"

# =====================================================================================================
# hollins-dairy: Cheshire dairy, SMS, Rob. Usual: 8t bulk 18% nuts, 2 x iodine 25L, alkaline, large gloves,
# blue roll.
# =====================================================================================================
m(
    "hollins-dairy",
    O,
    "Morning, 8 tonne of the 18% dairy nuts blown into the bin Tues pls + 2 drums iodine dip 25L. Rob",
    [L("VM-DAIRY18-BULK", 8), L("TEATDIP-IODINE", 2, "25L Drum")],
    "'blown' is the bulk 18% sold by the tonne: 8 tonne is 8 units; 25L names the drum size",
    ["number_in_name"],
)
m(
    "hollins-dairy",
    O,
    "Rob here. teat dip x2 + 1 box large milking gloves + a pack of blue roll for thurs",
    [F("teat dip", 2), L("GLOVES-MILK-L", 1), L("PAPER-ROLL", 1)],
    "ambiguous: bare 'teat dip' is the iodine or the barrier dip",
    ["family"],
)
m(
    "hollins-dairy",
    Q,
    "whats the price on the 20% high yield nuts if we went blown instead of bags? thinking of switching "
    "from the 18 for winter, not ordering yet",
    notes="a price question; the 20% is only sold in bags",
    tags=["quote"],
)
m("hollins-dairy", O, "same as last week pls, Rob", ref=dict(kind="last"))
m(
    "hollins-dairy",
    O,
    "For Thursday pls: 8t bulk 18% dairy nuts, 1 alkaline cleaner 25L, 1 acid descaler 25L. "
    "CPH 12/345/0067. Ta",
    [L("VM-DAIRY18-BULK", 8), L("PARLOUR-ALK", 1), L("PARLOUR-ACID", 1)],
    "CPH 12/345/0067 is the holding number, not a quantity",
    ["holding_number", "number_in_name"],
)
m(
    "hollins-dairy",
    C,
    "Driver blew yesterday's nuts into the 20 tonne bin by the clamp instead of the 10t one by the "
    "parlour. Now I've got 2 feeds mixed. Ring me 07700 900683",
    notes="bin sizes and the phone number are not quantities",
)
m(
    "hollins-dairy",
    O,
    "2 x iodine dip 25l and a 20L drum of adblue if you do it",
    [L("TEATDIP-IODINE", 2, "25L Drum"), N(1, "AdBlue")],
    "not in catalog: AdBlue (no substitute)",
    ["conditional", "pack"],
    hold="conditional",
)
m(
    "hollins-dairy",
    O,
    "200 filter socks and 3 packs of blue roll pls",
    [L("MILK-FILTER", 2), L("PAPER-ROLL", 3)],
    "200 filter socks = 2 boxes of 100",
    ["count"],
)
m(
    "hollins-dairy",
    O,
    "2 x 200 litre iodine... no sorry, 2 of the 25 litre drums. and 1 acid descaler",
    [L("TEATDIP-IODINE", 2, "25L Drum"), L("PARLOUR-ACID", 1)],
    "self-correction: the 200 litre drum is withdrawn",
    ["self_correction"],
)
m(
    "hollins-dairy",
    O,
    "Rob - 1 IBC of iodine dip please, the 1000 litre one, for Tues",
    [L("TEATDIP-IODINE", 1, "1000L IBC")],
    "the IBC is a variant of the iodine dip",
    ["number_in_name"],
)

# =====================================================================================================
# ashcombe-farm: Somerset dairy and youngstock, WhatsApp, Jen.
# =====================================================================================================
m(
    "ashcombe-farm",
    O,
    "hiya can we have forty bags of the high yield nuts ten calf rearer a bag of calf milk and two "
    "bicarb for weds ta",
    [L("VM-DAIRY20-BAG", 40), L("VM-CALF-REARER", 10), L("CALF-MILK", 1), L("SODA-BICARB", 2)],
    "spoken list without commas; 'can we have' opens an order",
    ["spoken", "non_order_request"],
)
m(
    "ashcombe-farm",
    O,
    "usual for tues pls but 6 calf milk instead of 4 and no bicarb this time",
    [L("CALF-MILK", 6, op="set")],
    "the usual with a new calf milk quantity and the bicarb removed",
    ref=dict(kind="usual", remove=["SODA-BICARB"]),
)
m(
    "ashcombe-farm",
    Q,
    "I would like to know if you can do the calf milk in 10kg bags? the 20kg is a lot for the "
    "students to lift",
    notes="a question, not an order",
    tags=["non_order_request"],
)
m(
    "ashcombe-farm",
    O,
    "2 bags of minerals and an IBC of molasses please",
    [F("minerals (bags)", 2), L("MOLASSES-IBC", 1)],
    "ambiguous: bags of minerals are the dairy or the beef powdered minerals (buckets and blocks are not bags)",
    ["family", "unit_word"],
)
m(
    "ashcombe-farm",
    O,
    "40 bags of the 20% and a 15kg bag of dog food for the collies if you have it",
    [L("VM-DAIRY20-BAG", 40), N(1, "dog food")],
    "'the 20%' is the only 20% product; not in catalog: working dog food",
    ["conditional"],
    hold="conditional",
)
m(
    "ashcombe-farm",
    C,
    "3 of the 10 calf rearer bags last week were split and soaked through, pellets gone mouldy. "
    "Can you credit them please?",
)
m(
    "ashcombe-farm",
    O,
    "1 box arm length gloves and a box of 20ml syringes pls",
    [L("ARM-GLOVES", 1), L("SYRINGE", 1, "20ml")],
)
m(
    "ashcombe-farm",
    CH,
    "Can you change tomorrow's high yield nuts from 40 to 48 bags? thanks",
    change=[L("VM-DAIRY20-BAG", 48)],
)
m(
    "ashcombe-farm",
    O,
    "Jen @ Ashcombe - could you drop 2 tubs of high mag and 1 box of calving gloves when you're "
    "passing Thurs? cheers",
    [L("HM-HIGH-MAG", 2), L("ARM-GLOVES", 1)],
    "'tubs of high mag' is the high mag bucket (cal mag comes in bags)",
    ["non_order_request"],
)
m(
    "ashcombe-farm",
    O,
    "2 drums of molasses 25L and 10 calf rearer please",
    [L("MOLASSES-DRUM", 2), L("VM-CALF-REARER", 10)],
    "25L names the molasses drum",
)
m(
    "ashcombe-farm",
    O,
    "2 x 100 needles 18g 1 inch and 1 x 100 10ml syringes",
    [L("NEEDLES", 2, '18G 1"'), L("SYRINGE", 1, "10ml")],
    "inline packs: 2 x 100 is 2 boxes, 1 x 100 one box",
    ["pack", "number_in_name"],
)
m(
    "ashcombe-farm",
    X,
    "Hi Sarah, can you come Tuesday to PD the heifers? about 30 of them, the ones in the bottom shed. Jen",
    notes="meant for the vet, sent here by mistake",
    tags=["misdirected"],
)

# =====================================================================================================
# fenwick-arable: Lincolnshire arable, e-mail, Mark Fenwick.
# =====================================================================================================
m(
    "fenwick-arable",
    O,
    "Subject: Seed order w/c 4 Sept\n\nHi,\n\nPlease deliver for Wednesday:\n- 6 x Harbinger C1 big "
    "bags (500kg)\n- 2 x Tamsin winter barley\n- 4 big bags PK 0-20-30\n\nDelivery to the grain store on Low Fen Drove, "
    "not the house please.\n\nRegards\nMark Fenwick\nFenwick Arable Partnership\n07700 900702",
    [L("WW-HARBINGER", 6, "500kg Big Bag"), L("WB-TAMSIN", 2), L("PK-0-20-30", 4)],
    "C1, 500kg and 0-20-30 are not quantities",
    ["signature", "number_in_name"],
)
m(
    "fenwick-arable",
    O,
    "Mark here - can you send 3 tonne of AN 34.5 and 2t of granulated lime for Friday",
    [L("AN-345", 5), L("LIME-GRAN", 4)],
    "3 tonne = 5 big bags of 600kg; 2t = 4 big bags of 500kg",
    ["weight", "non_order_request"],
)
m(
    "fenwick-arable",
    O,
    "We need 2 more big bags of winter wheat seed to finish the 40 acre, same variety as before",
    [F("winter wheat", 2, cv="500kg Big Bag")],
    "ambiguous: winter wheat is Harbinger or Crofter; big bags fit both; 'the 40 acre' is a field name",
    ["family"],
)
m(
    "fenwick-arable",
    O,
    "Please send 1 tonne of Harbinger for the headlands",
    [L("WW-HARBINGER", None, None)],
    "ambiguous: 1 tonne is 2 big bags of 500kg or 40 bags of 25kg, so neither the variant nor the quantity is stated",
    ["weight"],
)
m(
    "fenwick-arable",
    Q,
    "Is Crofter available as C1 this year or only C2? Our agronomist wants C1 for the heavy land. Mark",
)
m(
    "fenwick-arable",
    O,
    "Usual order please for Wednesday, plus 4 big bags of granulated lime. Thanks, Mark",
    [L("LIME-GRAN", 4)],
    ref=dict(kind="usual"),
)
m(
    "fenwick-arable",
    X,
    "Subject: New accounts address\n\nPlease note our accounts email is now "
    "accounts@fenwickarable.example - invoices to go there from 1 September. Thanks, Karen (accounts)",
    notes="an account change",
)
m(
    "fenwick-arable",
    O,
    "Mark: 8 bags of stubble turnip seed and 2 x 2kg kale seed, going in after the barley",
    [L("STUBBLE-TURNIP", 8), L("KALE", 2)],
    "2 x 2kg is 2 packs of kale; 'after the barley' is not a line",
    ["pack"],
)
m(
    "fenwick-arable",
    O,
    "Please add to Wednesday: 4 x 600kg NPK 20-10-10 and 2 bags urea 46 for the oilseed rape. Mark",
    [L("NPK-20-10-10", 4), L("UREA-46", 2)],
    "addition to a placed order",
    ["number_in_name"],
)
m(
    "fenwick-arable",
    O,
    "Can you book us 6 big bags of Larkspur spring barley and 2 of Corrie oats for delivery in "
    "February? Mark",
    [L("SB-LARKSPUR", 6), L("SO-CORRIE", 2)],
    "an order for later delivery",
    ["non_order_request"],
)
m(
    "fenwick-arable",
    O,
    "20 tonne of ground limestone tipped loose at the gate of the 12 acre please",
    [L("LIME-GROUND", 20)],
    "ground limestone is sold by the tonne; 'the 12 acre' is a field",
    ["weight"],
)

# =====================================================================================================
# thornbury-estate: estate farm office, e-mail, Claire Whitlock.
# =====================================================================================================
m(
    "thornbury-estate",
    O,
    "Subject: PO TE-4471 fencing materials\n\nGood morning,\n\nPlease supply against PO TE-4471 "
    "for delivery to Home Farm yard on Thursday 7th:\n\n1. HT stock fencing C8/80/15 - 4 rolls\n2. Round posts 1.8m x "
    "100mm - 60\n3. Strainer posts 2.4m - 4\n4. Barbed staples 40mm - 1 box\n\nMany thanks,\nClaire Whitlock\nEstate "
    "Office, Thornbury Estate\n020 7946 0412",
    [L("STOCK-C8-80-15", 4), L("POST-ROUND", 60, "1.8m x 100mm"), L("STRAINER-POST", 4), L("STAPLES", 1)],
    "PO number, list numbering, C8/80/15, sizes and the date are not quantities",
    ["signature", "number_in_name"],
)
m(
    "thornbury-estate",
    O,
    "Please add two galvanised field gates and 3 coils of barbed wire to this week's order. Claire",
    [L("GATE-GALV", 2, None), F("barbed wire", 3)],
    "ambiguous: gate width not given; barbed wire is high tensile or mild steel",
    ["family"],
)
m(
    "thornbury-estate",
    O,
    "We need a 16ft galvanised gate for the lane entrance and a gate hanging kit, please. Claire",
    [L("GATE-GALV", 1, None, nofill=True), L("GATE-KIT", 1)],
    "ambiguous: 16ft does not exist (8, 10, 12 and 14ft); never filled from history",
)
m(
    "thornbury-estate",
    Q,
    "Could you send a copy of invoice INV-20931? The auditors have asked for it. Thank you, Claire",
    tags=["non_order_request"],
)
m(
    "thornbury-estate",
    O,
    "Please repeat last week's fencing order, but 6 rolls of C8/80/15 instead of 4, and no staples "
    "this time. Claire",
    [L("STOCK-C8-80-15", 6, op="set")],
    ref=dict(kind="last", remove=["STAPLES"]),
)
m(
    "thornbury-estate",
    O,
    "For the new paddock please: 100 round posts 1.65m x 75mm, 10 strainer posts and 500m of light "
    "stock fencing L8/80/15. PO TE-4488",
    [L("POST-ROUND", 100, "1.65m x 75mm"), L("STOCK-L8-80-15", 10), L("STRAINER-POST", 10)],
    "500m of light stock fencing = 10 rolls of 50m",
    ["count", "number_in_name"],
)
m(
    "thornbury-estate",
    CA,
    "Please cancel PO TE-4502, the contractor has postponed the hedge-line fencing until spring. "
    "Apologies, Claire",
)
m(
    "thornbury-estate",
    O,
    "Fwd: gates\n\n---------- Forwarded message ----------\nFrom: Jim Pryce\nClaire, can you get "
    "these on the order - 2 x 12ft wooden gates and 2 gate hanging kits. Cheers, Jim\n\nPlease add as above for "
    "Thursday. Claire",
    [L("GATE-WOOD", 2), L("GATE-KIT", 2)],
    "the order is in the forwarded part; the wooden gate is only 12ft",
    ["forwarded"],
)
m(
    "thornbury-estate",
    O,
    "Claire: 6 sawn rails 3.6m, 12 half round rails and 2 coils of tying wire for the yard "
    "repairs. PO TE-4519",
    [L("RAIL-SAWN", 6), L("RAIL-HALFROUND", 12), L("TIE-WIRE", 2)],
    tags=["number_in_name"],
)
m(
    "thornbury-estate",
    X,
    "The estate office is closed 18-22 September. During that week please send orders to the farm "
    "manager, Jim Pryce, on 07700 900703.",
    notes="a closure notice",
)

# =====================================================================================================
# ridgeway-smallholding: hens and a few sheep, WhatsApp, Sue.
# =====================================================================================================
m(
    "ridgeway-smallholding",
    O,
    "Hi! \U0001f414 could I get 3 bags layers pellets, 2 mixed corn and a bag of oyster "
    "shell grit for Saturday? Thanks so much x",
    [L("VM-LAYERS-PEL", 3), L("MIXED-CORN", 2), L("OYSTER-GRIT", 1)],
    tags=["emoji", "non_order_request"],
)
m(
    "ridgeway-smallholding",
    O,
    "layers x4 pls and 2 sheep nuts",
    [F("layers", 4), L("VM-EWE18", 2)],
    "ambiguous: layers is pellets or mash; 'sheep nuts' is the ewe nuts",
    ["family"],
)
m(
    "ridgeway-smallholding",
    Q,
    "Do you sell hay or straw by the bale? Just need about 20 small bales for the winter",
    notes="hay and straw are not in the catalog",
    tags=["not_in_catalog"],
)
m(
    "ridgeway-smallholding",
    O,
    "Also need wellies for my son, size 6 please, and a pack of welly socks \U0001f60a",
    [L("WELLIES", 1, "UK 6"), L("WELLY-SOCKS", 1)],
    tags=["emoji"],
)
m(
    "ridgeway-smallholding",
    O,
    "two bags of chick crumbs a bag of growers pellets and one salt lick",
    [L("VM-CHICK-CRUMB", 2), L("VM-GROWERS", 1), F("salt lick", 1)],
    "ambiguous: a salt lick is the rock salt on a rope or the salt block",
    ["spoken", "family"],
)
m(
    "ridgeway-smallholding",
    C,
    "The last bag of layers mash had weevils in it \U0001f629 and I didn't even order mash, "
    "I always get pellets!",
    tags=["emoji"],
)
m(
    "ridgeway-smallholding",
    X,
    "Thank you for the lovely driver today, he carried everything round to the hen house for me \U0001f64f",
    tags=["emoji"],
)
m(
    "ridgeway-smallholding",
    O,
    "Could you bring 5 x 20kg layers pelets & 1 growers on Saturday please \U0001f60a",
    [L("VM-LAYERS-PEL", 5), L("VM-GROWERS", 1)],
    "5 x 20kg is 5 bags; typo 'pelets'",
    ["typo", "pack", "emoji", "non_order_request"],
)
m(
    "ridgeway-smallholding",
    O,
    "Sue: 2 bags of mixed corn and a rock salt lick for the sheep field",
    [L("MIXED-CORN", 2), L("ROCK-SALT", 1)],
)
m(
    "ridgeway-smallholding",
    O,
    "2 packs of lamb teats and 1 bag of lamb milk 10kg - getting ready for our first lambs in spring!",
    [L("LAMB-TEATS", 2), L("LAMB-MILK", 1, "10kg")],
    "2 packs of 10 teats is 2, not 20",
    ["pack"],
)

# =====================================================================================================
# westmoor-contractors: Devon baling and wrapping contractor, WhatsApp, Dave.
# =====================================================================================================
m(
    "westmoor-contractors",
    O,
    "Dave @ Westmoor - 24 rolls black 750 wrap and 6 net wrap 3000m for monday pls",
    [L("WRAP-750", 24, "Black"), F("net wrap", 6, cv="3000m")],
    "ambiguous: 3000m net wrap is the 1.23m Baleguard 3000m or the 1.30m wide roll",
    ["family"],
)
m(
    "westmoor-contractors",
    O,
    "6 rolls baleguard 1.23 x 3000 and 4 packs of blue big bale twine",
    [L("NETWRAP-123", 6, "3000m"), L("TWINE-BIG", 4, "Blue")],
    tags=["number_in_name"],
)
m(
    "westmoor-contractors",
    O,
    "need 20 wrap asap lads",
    [F("wrap", 20)],
    "ambiguous: wrap is the 750mm or the 500mm silage wrap, colour not given",
    ["family"],
)
m(
    "westmoor-contractors",
    O,
    "same as last week but 8 net wrap not 6",
    [F("net wrap", 8, op="set")],
    "the last order with a new net wrap quantity",
    ref=dict(kind="last"),
)
m(
    "westmoor-contractors",
    Q,
    "whats ur best price on 100 rolls of black 750 wrap if we took them all now? not ordering "
    "yet just pricing up next season",
    notes="a quote request listing a quantity",
    tags=["quote"],
)
m(
    "westmoor-contractors",
    O,
    "Can we get 10 rolls of the pink wrap 750 for the charity bales? plus 2 clamp sheets",
    [L("WRAP-750", 10, None, nofill=True), L("CLAMP-SHEET", 2)],
    "ambiguous: pink is not a colour of the 750 wrap (black, green, white); never filled from history",
    ["non_order_request"],
)
m(
    "westmoor-contractors",
    C,
    "2 of the net wrap rolls from thurs were 2000m not 3000, baler ran out halfway round the "
    "field. sort it pls",
)
m(
    "westmoor-contractors",
    O,
    "10 spools of blue big bale twine",
    [L("TWINE-BIG", 5, "Blue")],
    "10 spools = 5 packs of 2 spools",
    ["container"],
)
m(
    "westmoor-contractors",
    O,
    "dave: 3 x 750 green and 2 x 500 green, + 2 orange big bale twine",
    [L("WRAP-750", 3, "Green"), L("WRAP-500", 2, "Green"), L("TWINE-BIG", 2, "Orange")],
    "750 and 500 name the wrap widths",
    ["pack"],
)
m(
    "westmoor-contractors",
    O,
    "Can you bring out 4 x 3600 metre baleguard & 2 packs small bale twine when you come Weds",
    [L("NETWRAP-123", 4, "3600m"), L("TWINE-SMALL", 2)],
    tags=["number_in_name"],
)
m(
    "westmoor-contractors",
    O,
    "just 3 spools of the blue big bale twine to finish the job",
    [L("TWINE-BIG", None, "Blue")],
    "not a whole number: 3 spools is 1.5 packs of 2",
    ["container"],
)
m(
    "westmoor-contractors",
    CH,
    "change mondays 6 rolls of net wrap to the 3600m ones pls, same baler",
    change=[L("NETWRAP-123", 0, "3000m"), L("NETWRAP-123", 6, "3600m")],
)
m(
    "westmoor-contractors",
    X,
    "Alright lads, order to follow later once I've counted what's left in the shed \U0001f44d",
    notes="a greeting, no order yet",
    tags=["emoji"],
)

# =====================================================================================================
# strathbeg-farm: Aberdeenshire beef and sheep, SMS, Alasdair (Scots).
# =====================================================================================================
m(
    "strathbeg-farm",
    O,
    "Aye, 20 bags suckler cubes an 16 ewe rolls for the morn if ye can. Cheers, Alasdair",
    [L("VM-SUCKLER", 20), L("VM-EWE-ROLLS", 16)],
    tags=["dialect"],
)
m(
    "strathbeg-farm",
    O,
    "twa o the big lickwell cattle tubs an twa rock salts",
    [L("LW-CATTLE-HE", 2, "80kg"), L("ROCK-SALT", 2)],
    "'big' is the 80kg tub; twa = two",
    ["dialect"],
)
m(
    "strathbeg-farm",
    O,
    "4 buckets fur the hill",
    [F("buckets", 4)],
    "ambiguous: any of the five feed buckets",
    ["dialect"],
)
m(
    "strathbeg-farm",
    O,
    "wee order: 2 cattle buckets an 2 sheep mineral tubs",
    [F("cattle buckets", 2), L("HM-SHEEP-MIN", 2)],
    "ambiguous: cattle buckets are the Lickwell high energy or the Hillmin mineral; 'sheep mineral tubs' is the Hillmin "
    "sheep bucket (the sheep block is not a tub)",
    ["dialect", "family"],
)
m(
    "strathbeg-farm",
    Q,
    "Is the hillmin sheep bucket copper free? Got Texels an they're awfy sensitive tae it",
    tags=["dialect"],
)
m("strathbeg-farm", O, "usual fur Tuesday please", ref=dict(kind="usual"), tags=["dialect"])
m(
    "strathbeg-farm",
    O,
    "need 2 boxes o pour-on fur the lice an 20 suckler cubes",
    [N(2, "lice pour-on"), L("VM-SUCKLER", 20)],
    "not in catalog: pour-on",
    ["dialect"],
)
m(
    "strathbeg-farm",
    X,
    "Road's shut at the bridge till Friday, driver'll need tae come round by Mains of Auchter. Gate "
    "code 4417",
    notes="a delivery instruction; the gate code is not a quantity",
    tags=["dialect"],
)
m(
    "strathbeg-farm",
    O,
    "need a 14 fit galv gate an twa hurdles",
    [L("GATE-GALV", 1, "14ft"), L("HURDLE", 2)],
    "'14 fit' is 14ft",
    ["dialect"],
)
m(
    "strathbeg-farm",
    O,
    "3 tubs lickwell cattle 22.5 an a bag o cal mag",
    [L("LW-CATTLE-HE", 3, "22.5kg"), L("CAL-MAG", 1)],
    tags=["dialect", "number_in_name"],
)
m(
    "strathbeg-farm",
    O,
    "if ye hae ony sheep dip back in, 2 drums o it, if no nae bother",
    [N(2, "sheep dip")],
    "conditional order on an item not in catalog (teat dip is not sheep dip)",
    ["dialect", "conditional"],
    hold="conditional",
)
m(
    "strathbeg-farm",
    O,
    "10 bags o barley an a cattle mineral block",
    [F("barley", 10), L("MIN-BLOCK-CATTLE", 1)],
    "ambiguous: barley is the rolled barley (feed) or a barley seed; the farm has bought none of them",
    ["dialect"],
)

# =====================================================================================================
# glenalder-estate: Perthshire hill sheep, e-mail, Morag Fraser (office) and Iain (shepherd).
# =====================================================================================================
m(
    "glenalder-estate",
    O,
    "Subject: sheep order for Friday\n\nHi there,\n\nFor delivery to the steading on Friday "
    "please:\n40 x ewe nuts 18%\n6 x Hillmin sheep buckets\n2 boxes of EID slaughter tags (flock UK 0 581234)\n\nKind "
    "regards,\nMorag Fraser\nGlenalder Estate Office",
    [L("VM-EWE18", 40), L("HM-SHEEP-MIN", 6), L("TAG-SHEEP-EID", 2)],
    "the flock number is not a quantity",
    ["signature", "holding_number"],
)
m(
    "glenalder-estate",
    O,
    "Iain here (shepherd). six red marker sprays two blue and a green",
    [L("MARKER-SPRAY", 6, "Red"), L("MARKER-SPRAY", 2, "Blue"), L("MARKER-SPRAY", 1, "Green")],
    "spoken list: two variants of one product",
    ["spoken"],
)
m(
    "glenalder-estate",
    O,
    "Can you add 4 marker sprays to Friday's order? Morag",
    [L("MARKER-SPRAY", 4, None)],
    "ambiguous: colour not given",
    ["non_order_request"],
)
m(
    "glenalder-estate",
    O,
    "We'll need 300 EID tags for the lamb sales, plus 2 pairs of foot shears. Morag",
    [L("TAG-SHEEP-EID", 3), L("FOOT-SHEARS", 2)],
    "300 tags = 3 boxes of 100",
    ["count"],
)
m(
    "glenalder-estate",
    Q,
    "Could you confirm whether the EID tags come printed with our flock number, or do we need to "
    "send it with each order?",
    tags=["non_order_request"],
)
m(
    "glenalder-estate",
    O,
    "Same as last week please, plus 6 hoof care sprays. Morag",
    [L("HOOF-SPRAY", 6)],
    ref=dict(kind="last"),
)
m(
    "glenalder-estate",
    O,
    "Please add 10 Lickwell ewe buckets to this one too.\n\n> On Mon 4 Sep Morag Fraser wrote:\n> "
    "Please deliver Friday: 40 ewe nuts, 6 Hillmin sheep buckets, 2 boxes EID tags. Thanks",
    [L("LW-EWE", 10)],
    "only the line above the quote is new; the quoted order was placed before",
    ["quoted"],
)
m(
    "glenalder-estate",
    O,
    "150 EID tags for the last of the lambs please",
    [L("TAG-SHEEP-EID", None)],
    "not a whole number: 150 tags is 1.5 boxes of 100",
    ["count"],
)
m(
    "glenalder-estate",
    O,
    "a box of the big syringes and 2 drench guns please",
    [L("SYRINGE", 1, None, nofill=True), L("DRENCH-GUN", 2)],
    "ambiguous: 'big' syringes could be 10ml or 20ml; a size word that picks no variant is never filled from history",
)

# =====================================================================================================
# kirkton-eggs: Fife free-range eggs, e-mail, Fiona Kirk. Buys both layers pellets and mash.
# =====================================================================================================
m(
    "kirkton-eggs",
    O,
    "Hi, order for Wednesday: 40 layers pellets, 20 layers mash, 10 mixed corn, 4 oyster shell. "
    "Thanks, Fiona",
    [L("VM-LAYERS-PEL", 40), L("VM-LAYERS-MASH", 20), L("MIXED-CORN", 10), L("OYSTER-GRIT", 4)],
)
m(
    "kirkton-eggs",
    O,
    "Could you add 10 more layers to Wednesday's delivery? ta, Fiona",
    [F("layers", 10)],
    "ambiguous: layers pellets or mash (the farm buys both)",
    ["non_order_request"],
)
m(
    "kirkton-eggs",
    O,
    "Please send a tonne of layers pellets in bags (we're low after the heatwave) and 2 bags of growers",
    [L("VM-LAYERS-PEL", 50), L("VM-GROWERS", 2)],
    "a tonne = 50 bags of 20kg (poultry feed is 20kg)",
    ["weight"],
)
m(
    "kirkton-eggs",
    C,
    "Last week's mash came in 20kg bags but invoice INV-88213 charges it at the 25kg price. Please can "
    "you correct it.",
)
m(
    "kirkton-eggs",
    O,
    "2 tubs of red mite powder and 4 bags chick crumbs please",
    [N(2, "red mite powder"), L("VM-CHICK-CRUMB", 4)],
    "not in catalog: red mite powder",
)
m(
    "kirkton-eggs",
    X,
    "Auto-reply: Thank you for your email. I am out of the office until Monday 11 September with "
    "limited access to email. For urgent egg collection queries please call 07700 900704. Fiona Kirk",
    notes="an auto-reply",
    tags=["auto_reply"],
)
m(
    "kirkton-eggs",
    O,
    "6 bags of growers pellets and 4 chick crumbs please, we've 300 point-of-lay pullets arriving on "
    "the 15th. Fiona",
    [L("VM-GROWERS", 6), L("VM-CHICK-CRUMB", 4)],
    "300 pullets and the 15th are not quantities",
)
m(
    "kirkton-eggs",
    O,
    "10 bags mixed corn and 4 boxes of disposable coveralls for the vet visit on Friday, thanks",
    [L("MIXED-CORN", 10), L("COVERALLS", 4)],
)
m(
    "kirkton-eggs",
    O,
    "Same as last week please Fiona here, and 10 extra bags of layers on top",
    [F("layers", 10)],
    "the last order plus an addition that stays open: layers pellets or mash (the farm buys both)",
    ref=dict(kind="last"),
)
m(
    "kirkton-eggs",
    O,
    "I would like to order 20 bags of layers mash for delivery on Wednesday, thank you. Fiona Kirk",
    [L("VM-LAYERS-MASH", 20)],
    "an order that opens like a request",
    ["non_order_request"],
)

# =====================================================================================================
# ballyrea-farms: Co. Armagh dairy and tillage, e-mail, Seamus McAleer.
# =====================================================================================================
m(
    "ballyrea-farms",
    O,
    "Hi lads, send out 2 bags of 10-10-20 and 4 bags of CAN for Monday, grand job. Seamus",
    [L("NPK-10-10-20", 2, None), L("CAN-27", 4)],
    "ambiguous: 10-10-20 comes in 50kg bags and 600kg big bags; 10-10-20 is a grade, not a quantity",
    ["number_in_name", "dialect"],
)
m(
    "ballyrea-farms",
    O,
    "We'll need 3.6 tonne of nitrogen for the ground after second cut. Seamus",
    [F("nitrogen", 6)],
    "ambiguous: nitrogen is AN, CAN or urea; 3.6 tonne is 6 big bags of 600kg for every candidate",
    ["weight"],
)
m(
    "ballyrea-farms",
    O,
    "Please deliver on Monday: 80 bags 18% dairy nuts, 1 x 200L iodine dip, 1 acid descaler.\n\n"
    "Thanks,\nSeamus McAleer\nBallyrea Farms Ltd\n07700 900705",
    [L("VM-DAIRY18-BAG", 80), L("TEATDIP-IODINE", 1, "200L Drum"), L("PARLOUR-ACID", 1)],
    "bags of 18% dairy nuts are the bagged 18%",
    ["signature"],
)
m(
    "ballyrea-farms",
    Q,
    "Is the protected urea ok to go on grass this late in September, or what would you put on for "
    "the last round?",
)
m(
    "ballyrea-farms",
    O,
    "Usual order for Monday but double the acid please, we're descaling the bulk tank",
    ref=dict(kind="usual", double=["PARLOUR-ACID"]),
    notes="double gives no line without history; a reason is given",
)
m(
    "ballyrea-farms",
    CH,
    "Could you move Monday's delivery to Tuesday morning? The yard is being concreted on Monday.",
    change=[],
)
m(
    "ballyrea-farms",
    O,
    "4 acre packs of grass seed and 2 bags of red clover for the reseed",
    [F("grass seed (acre packs)", 4), L("CLOVER-RED", 2)],
    "ambiguous: four grass mixtures come in acre packs (the overseeding mix is a 10kg bag)",
    ["family", "unit_word"],
)
m(
    "ballyrea-farms",
    O,
    "4 x 600kg CAN and 2 x 50kg 10-10-20 for the wee paddock",
    [L("CAN-27", 4), L("NPK-10-10-20", 2, "50kg Bag")],
    "inline bag sizes pick the 10-10-20 variant",
    ["pack", "number_in_name", "dialect"],
)
m(
    "ballyrea-farms",
    X,
    "I'd like to add my son Cian to the account so he can order too, his mobile is 07700 900708.",
    notes="an account change that opens like a request",
    tags=["non_order_request"],
)
m(
    "ballyrea-farms",
    O,
    "3 tonne of 18% dairy nuts for Monday please",
    [dict(F("18% dairy nuts", None))],
    "ambiguous: bagged (120 x 25kg) or bulk blown (3 tonne); quantities not stated in one selling unit",
    ["weight"],
)
m(
    "ballyrea-farms",
    O,
    "Send 20 bags of beet pulp and 1 cattle mineral block with Monday's delivery",
    [L("BEET-SHREDS", 20), L("MIN-BLOCK-CATTLE", 1)],
    "beet pulp is the molassed sugar beet shreds",
)

# =====================================================================================================
# drumlin-contracting: Co. Fermanagh contractor, WhatsApp, Conor. Buys both twines.
# =====================================================================================================
m(
    "drumlin-contracting",
    O,
    "Conor here, 30 green wrap 750 and 8 rolls of the wide net 1.30 for thurs",
    [L("WRAP-750", 30, "Green"), L("NETWRAP-130", 8)],
    tags=["number_in_name"],
)
m(
    "drumlin-contracting",
    O,
    "need 6 net wrap and 5 twine",
    [F("net wrap", 6), F("twine", 5)],
    "ambiguous: two net wraps, two twines",
    ["family"],
)
m(
    "drumlin-contracting",
    O,
    "Conor - need 20 spools of the orange twine for the big baler",
    [L("TWINE-BIG", 10, "Orange")],
    "'for the big baler' makes the orange twine the big bale twine; 20 spools = 10 packs of 2",
    ["container"],
)
m(
    "drumlin-contracting",
    O,
    "voice note: for rolls of green wrap to packs of small bale twine",
    [F("wrap", 4, cv="Green"), L("TWINE-SMALL", 2)],
    "voice-to-text: 'for' = four, 'to' = two; ambiguous: green wrap is 750mm or 500mm",
    ["voice", "homophone"],
)
m(
    "drumlin-contracting",
    Q,
    "can I get the net wrap dropped on a pallet at the yard on Clogher Road or do yous only "
    "deliver to the depot?",
    tags=["non_order_request", "dialect"],
)
m(
    "drumlin-contracting",
    CA,
    "Cancel the wrap for Thursday, the weather's broke, no more baling this year. Conor",
)
m(
    "drumlin-contracting",
    O,
    "24 pair rigger gloves for the lads",
    [L("RIGGER-GLOVES", 2)],
    "24 pairs = 2 packs of 12 pairs",
    ["count"],
)
m(
    "drumlin-contracting",
    O,
    "2 clamp sheets 12x15 and a box of staples",
    [L("CLAMP-SHEET", 2), L("STAPLES", 1)],
    "12x15 is the sheet size",
    ["number_in_name"],
)
m("drumlin-contracting", O, "4 rolls of white 750 wrap for the hay bales", [L("WRAP-750", 4, "White")])

# =====================================================================================================
# kilbride-fencing: Co. Down fencing contractor, WhatsApp, Paddy. Buys per job (no usual basket).
# =====================================================================================================
m(
    "kilbride-fencing",
    O,
    "Same as our usual fencing order for Tuesday, cheers",
    ref=dict(kind="usual"),
    notes="ambiguous: the contractor never repeats a basket",
    tags=["ambiguous_reference"],
)
m(
    "kilbride-fencing",
    O,
    "Job at the 40 acre: 12 rolls C8/80/30, 200 half rounds, 15 strainer posts, 30 struts, 4 boxes "
    "barbed staples",
    [
        L("STOCK-C8-80-30", 12),
        L("POST-HALFROUND", 200),
        L("STRAINER-POST", 15),
        L("STRUT", 30),
        L("STAPLES", 4),
    ],
    "'the 40 acre' is a field",
    ["number_in_name"],
)
m(
    "kilbride-fencing",
    O,
    "10 strainers and 100 posts for the job at Dromara",
    [F("strainers", 10), F("posts", 100)],
    "ambiguous: strainers are strainer posts or in-line wire strainers; posts are round, half round or sawn",
    ["family"],
)
m(
    "kilbride-fencing",
    O,
    "2 rolls of polytape 40mm and an energiser, and 4 boxes of staples",
    [N(2, "electric fence polytape"), N(1, "fence energiser"), L("STAPLES", 4)],
    "not in catalog: electric fencing",
)
m(
    "kilbride-fencing",
    Q,
    "Would ye have 2.7m strainers or only the 2.4? Got a job on soft ground",
    tags=["dialect"],
)
m(
    "kilbride-fencing",
    O,
    "Need 8-10 rolls of C8/80/15 for friday, whatever ye can do",
    [L("STOCK-C8-80-15", None)],
    "quantities not stated: a range",
    ["range", "dialect"],
)
m(
    "kilbride-fencing",
    O,
    "6 rolls mild steel barb, 4 coils tying wire, 2 packs in-line strainers and a pack of joiners",
    [L("BARB-MS", 6), L("TIE-WIRE", 4), L("STRAINER-INLINE", 2), L("WIRE-JOINER", 1)],
)
m(
    "kilbride-fencing",
    O,
    "2 coils HT line wire 2.5 and 4 rolls of rabbit netting, same site",
    [L("LINE-WIRE", 2), L("RABBIT-NET", 4)],
    tags=["number_in_name"],
)

# =====================================================================================================
# crossways-farm: new entrant, first orders this week, WhatsApp, Tom Ashworth.
# =====================================================================================================
m(
    "crossways-farm",
    O,
    "Hi, first order from us at Crossways Farm - just taken on 60 ewes. Could you deliver Friday: 10 "
    "bags ewe nuts, 2 Lickwell ewe buckets, 1 sheep mineral block and a bag of rubber rings. I'll pay the driver by card "
    "on delivery. Tom Ashworth 07700 900693",
    [L("VM-EWE18", 10), L("LW-EWE", 2), L("MIN-BLOCK-SHEEP", 1), L("RUBBER-RINGS", 1)],
    "first order paid on delivery ships as written; 60 ewes is not a quantity",
    ["signature"],
)
m(
    "crossways-farm",
    Q,
    "Do I need to open an account with you or can I keep paying on delivery? And is there a minimum "
    "order for delivery out here?",
)
m(
    "crossways-farm",
    O,
    "Second order: 20 round posts 1.8m x 100mm, 2 rolls C8/80/15 and a 10ft galv gate. Can we put "
    "this one on a 30 day account please?",
    [L("POST-ROUND", 20, "1.8m x 100mm"), L("STOCK-C8-80-15", 2), L("GATE-GALV", 1, "10ft")],
    "an order on a 30-day account that is not open yet goes to review",
    ["credit"],
    hold="credit",
)
m(
    "crossways-farm",
    O,
    "Same as my first order again please",
    ref=dict(kind="first"),
    notes="ambiguous: a first-time customer; messages are not history",
    tags=["ambiguous_reference"],
)
m(
    "crossways-farm",
    O,
    "i'd like two bags of sheep feed and a tag applicator",
    [F("sheep feed", 2), L("TAG-APPLICATOR", 1)],
    "ambiguous: sheep feed is ewe nuts, ewe rolls or lamb creep; 'i'd like' is an opener, not a line",
    ["non_order_request"],
)
m(
    "crossways-farm",
    O,
    "Tom again, can you add 1 tag applicator and a box of EID tags to Friday? paying on delivery again",
    [L("TAG-APPLICATOR", 1), L("TAG-SHEEP-EID", 1)],
    "paid on delivery: ships",
    ["non_order_request"],
)
m(
    "crossways-farm",
    O,
    "i'd like three bags ewe nuts a box of eid tags and two purple sprays for friday, pay on delivery",
    [L("VM-EWE18", 3), L("TAG-SHEEP-EID", 1), L("PURPLE-SPRAY", 2)],
    "spoken list; number words and 'a' start items",
    ["spoken", "non_order_request"],
)

# =====================================================================================================
# pennant-farm: Ceredigion sheep and beef, WhatsApp, Dafydd (Welsh).
# =====================================================================================================
m(
    "pennant-farm",
    O,
    "Bore da, 30 bag cnau defaid a 20 bag beef finisher ar gyfer dydd Llun plis. Diolch, Dafydd",
    [L("VM-EWE18", 30), L("VM-BEEF16-BAG", 20)],
    "cnau defaid = sheep nuts (ewe nuts); bags of beef finisher are the bagged one (the bulk comes by the tonne)",
)
m(
    "pennant-farm",
    O,
    "pedwar bwced mwynau defaid hillmin dau sbrê marcio gwyrdd a bag o gylchoedd rwber",
    [L("HM-SHEEP-MIN", 4), L("MARKER-SPRAY", 2, "Green"), L("RUBBER-RINGS", 1)],
    "spoken list: four Hillmin sheep buckets, two green marker sprays, a bag of rubber rings",
    ["spoken"],
)
m(
    "pennant-farm",
    O,
    "Yr un peth â'r wythnos diwethaf plis, ond dim sbrê marcio tro 'ma",
    ref=dict(kind="last", remove=["MARKER-SPRAY"]),
    notes="same as last week without the marker spray",
)
m(
    "pennant-farm",
    O,
    "2 focs o dagiau clust plis",
    [F("tags (boxes)", 2)],
    "ambiguous: boxes of ear tags are cattle 1-100, cattle 101-200 or sheep EID (blank sheep tags come by the pack)",
    ["unit_word"],
)
m(
    "pennant-farm",
    Q,
    "Hoffwn i wybod os ydych chi'n gwerthu dip defaid? Mae'r cneifiwr yn dod wythnos nesa",
    notes="'I'd like to know' whether sheep dip is sold: a question; sheep dip is not in the catalog",
    tags=["non_order_request", "not_in_catalog"],
)
m(
    "pennant-farm",
    O,
    "Anfonwch 2 gan o'r chwistrell las a 4 sbrê marcio gwyrdd plis",
    [N(2, "blue antibiotic spray"), L("MARKER-SPRAY", 4, "Green")],
    "not in catalog: 'chwistrell las' is the blue (antibiotic) spray, not stocked; never the purple or hoof spray",
)
m(
    "pennant-farm",
    O,
    "Tunnell o gnau defaid erbyn dydd Iau os gwelwch yn dda",
    [L("VM-EWE18", 40)],
    "a tonne of sheep nuts = 40 bags of 25kg",
    ["weight"],
)
m(
    "pennant-farm",
    C,
    "Daeth 18 bag yn lle 20 o'r beef finisher ddoe, ac roedd dau wedi rhwygo",
    notes="18 bags came instead of 20, two torn",
)
m(
    "pennant-farm",
    O,
    "Dafydd: 2 rolyn o weiren bigog HT 400m a 30 polyn crwn 1.8m",
    [L("BARB-HT", 2, "400m"), L("POST-ROUND", 30, "1.8m x 100mm")],
    "HT barbed wire 400m; round post 1.8m is the 1.8m x 100mm",
    ["number_in_name"],
)
m(
    "pennant-farm",
    O,
    "4 bag llaeth ŵyn plis, mae gennym ni ŵyn swci",
    [L("LAMB-MILK", 4, None)],
    "ambiguous: lamb milk comes in 5, 10 and 20kg bags",
    ["pack"],
)
m(
    "pennant-farm",
    O,
    "Dafydd: beef finisher x 20 erbyn dydd Llun",
    [F("beef finisher", 20)],
    "ambiguous: 20 bags of beef finisher or 20 tonnes of the bulk",
)

# =====================================================================================================
# glyn-ddu: Carmarthenshire dairy, SMS, Eleri (Welsh).
# =====================================================================================================
m(
    "glyn-ddu",
    O,
    "60 bag high yield 20% a 3 drwm iodine 25L plis. Eleri, Glyn Ddu",
    [L("VM-DAIRY20-BAG", 60), L("TEATDIP-IODINE", 3, "25L Drum")],
)
m(
    "glyn-ddu",
    O,
    "Anfonwch 60 drwm dip iodine 25L fory",
    [L("TEATDIP-IODINE", 60, "25L Drum")],
    "about 20 times the usual 3 drums, no reason given",
    outlier=True,
)
m(
    "glyn-ddu",
    CH,
    "Sori! 6 drwm o'r dip iodine oedd i fod, dim 60",
    change=[L("TEATDIP-IODINE", 6, "25L Drum")],
    notes="corrects the outlier to 6 drums",
    tags=["self_correction"],
)
m(
    "glyn-ddu",
    O,
    "Yr arferol plis, a 2 fag llaeth lloi ychwanegol",
    [L("CALF-MILK", 2)],
    "the usual plus 2 extra bags of calf milk",
    ref=dict(kind="usual"),
)
m(
    "glyn-ddu",
    O,
    "2 focs menig a 2 becyn papur glas",
    [F("gloves (boxes)", 2), L("PAPER-ROLL", 2)],
    "ambiguous: boxes of gloves are milking gloves M or L or arm-length gloves (rigger gloves come by the pack); "
    "papur glas = blue roll",
    ["unit_word"],
)
m(
    "glyn-ddu",
    Q,
    "Ydych chi'n gwneud y barrier dip mewn drwm 25L?",
    notes="the barrier dip is only sold in 200L",
)
m("glyn-ddu", X, "Diolch am ddod allan mor gynnar bore 'ma \U0001f44d", notes="thanks", tags=["emoji"])
m(
    "glyn-ddu",
    O,
    "Eleri: 2 fag llaeth lloi, 1 bocs hidlwyr llaeth a 2 alkaline cleaner",
    [L("CALF-MILK", 2), L("MILK-FILTER", 1), L("PARLOUR-ALK", 2)],
    "hidlwyr llaeth = milk filter socks",
)
m("glyn-ddu", O, "60 bag high yield i ddydd Mercher, diolch", [L("VM-DAIRY20-BAG", 60)])
m(
    "glyn-ddu",
    O,
    "10 tunnell o galch plis",
    [F("lime", None)],
    "ambiguous: granulated lime in 500kg big bags (20) or ground limestone by the tonne (10); quantities not stated "
    "in one selling unit",
    ["weight"],
)

# =====================================================================================================
# tyddyn-uchaf: Gwynedd hill sheep, WhatsApp, Gwion (Welsh).
# =====================================================================================================
m(
    "tyddyn-uchaf",
    O,
    "20 bag ewe rolls, 6 bwced lickwell ewe a bocs o dagiau EID plis. Gwion",
    [L("VM-EWE-ROLLS", 20), L("LW-EWE", 6), L("TAG-SHEEP-EID", 1)],
)
m(
    "tyddyn-uchaf",
    O,
    "Gwion: bocs o nodwyddau 18G a 2 fwced mwynau hillmin defaid",
    [L("NEEDLES", 1, None, vfit=['18G 1"', '18G 1.5"']), L("HM-SHEEP-MIN", 2)],
    "ambiguous: 18G needles come in 1 inch and 1.5 inch",
    ["number_in_name"],
)
m(
    "tyddyn-uchaf",
    O,
    "deg bag ewe rolls pedwar bwced lickwell a bag o sinc",
    [L("VM-EWE-ROLLS", 10), F("lickwell", 4), L("ZINC-SULPHATE", 1)],
    "ambiguous: Lickwell buckets are the cattle high energy or the ewe bucket; sinc = zinc sulphate",
    ["spoken"],
)
m(
    "tyddyn-uchaf",
    Q,
    "Hoffwn i gael pris am 5 giât galfanedig 12 troedfedd, dim archebu eto",
    notes="a quote request: 'not ordering yet'",
    tags=["non_order_request", "quote"],
)
m(
    "tyddyn-uchaf",
    O,
    "Yr arferol i ddydd Gwener os gwelwch yn dda, ond 30 bag ewe rolls yn lle 20",
    [L("VM-EWE-ROLLS", 30, op="set")],
    ref=dict(kind="usual"),
)
m("tyddyn-uchaf", CA, "Canslwch yr archeb dydd Gwener plis, mae'r ffordd ar gau efo'r llifogydd")
m(
    "tyddyn-uchaf",
    O,
    "pâr o welis seis 10 a dau bâr seis 8",
    [L("WELLIES", 1, "UK 10"), L("WELLIES", 2, "UK 8")],
    "wellies are sold by the pair",
)
m(
    "tyddyn-uchaf",
    O,
    "Gwion: vaccinator 5ml a bocs o chwistrellau 5ml",
    [L("VACCINATOR", 1), L("SYRINGE", 1, "5ml")],
    "chwistrellau = syringes (a box)",
)
m(
    "tyddyn-uchaf",
    O,
    "pecyn o dagiau defaid plaen a 2 ben marcio tagiau",
    [L("TAG-SHEEP-MGMT", 1), L("TAG-PEN", 2)],
    "plain sheep tags are the blank management tags; pen marcio = marker pen",
)

# =====================================================================================================
# maes-newydd: new council tenancy, first orders this week, WhatsApp, Elin (Welsh).
# =====================================================================================================
m(
    "maes-newydd",
    O,
    "Helo, Elin o Maes Newydd ydw i, newydd ddechrau'r denantiaeth. Archeb gyntaf: 15 bag cnau defaid, "
    "2 floc halen a 50 polyn crwn 1.65m. Talu ar y diwrnod. Diolch!",
    [L("VM-EWE18", 15), L("SALT-BLOCK", 2), L("POST-ROUND", 50, "1.65m x 75mm")],
    "first order paid on delivery; bloc halen is the salt block (the rock salt is a lick on a rope)",
)
m("maes-newydd", Q, "Ydych chi'n danfon i Gwm Nant-yr-Eira ar ddydd Sadwrn?")
m(
    "maes-newydd",
    O,
    "Yr un fath â'r archeb gyntaf eto plis",
    ref=dict(kind="first"),
    notes="ambiguous: a first-time customer; messages are not history",
    tags=["ambiguous_reference"],
)
m(
    "maes-newydd",
    O,
    "Giât galfanedig a 4 rholyn o weiren bigog plis",
    [L("GATE-GALV", 1, None), F("barbed wire", 4)],
    "ambiguous: gate width not given; barbed wire is high tensile or mild steel",
    ["family"],
)
m(
    "maes-newydd",
    O,
    "Elin: talu wrth ddanfon eto. 10 bag cnau defaid a 2 fwced lickwell ewe",
    [L("VM-EWE18", 10), L("LW-EWE", 2)],
    "paid on delivery again: ships",
)

# =====================================================================================================
# cnoc-ard: Co. Tyrone suckler farm, WhatsApp, Pádraig (Irish).
# =====================================================================================================
m(
    "cnoc-ard",
    O,
    "Dia duit, 30 mála suckler cubes agus 20 mála beef finisher don Déardaoin, más é do thoil é. Pádraig",
    [L("VM-SUCKLER", 30), L("VM-BEEF16-BAG", 20)],
    "mála (bags) of beef finisher are the bagged one",
)
m(
    "cnoc-ard",
    O,
    "Bosca clibeanna buí 101-200 agus dhá rolla sreang dheilgneach 400m",
    [L("TAG-CAT-101", 1, "Yellow"), L("BARB-HT", 2, "400m")],
    "yellow tags numbered 101-200; 400m exists only in the high tensile barbed wire",
    ["number_in_name"],
)
m(
    "cnoc-ard",
    O,
    "Cuir chugam dhá bhosca clibeanna buí, le do thoil",
    [F("cattle tags", 2, cv="Yellow")],
    "ambiguous: yellow tags 1-100 or 101-200",
)
m(
    "cnoc-ard",
    O,
    "An rud céanna leis an tseachtain seo caite, ach gan an tsreang dheilgneach",
    ref=dict(kind="last", remove=["BARB-HT"]),
    notes="same as last week without the barbed wire",
)
m(
    "cnoc-ard",
    Q,
    "Ba mhaith liom a fháil amach an bhfuil geataí 16 troigh agaibh",
    notes="'I'd like to find out' whether 16ft gates are stocked: a question",
    tags=["non_order_request"],
)
m(
    "cnoc-ard",
    O,
    "Cuir 4 mag isteach leis an ordú, tá na ba ag dul amach ar an athfhás",
    [F("mag", 4)],
    "ambiguous: mag is the high mag bucket or calcined magnesite",
)
m(
    "cnoc-ard",
    C,
    "Tháinig geata 10 troigh in áit geata 12 troigh inné, níl sé maith go leor",
    notes="a 10ft gate came instead of a 12ft one",
)
m(
    "cnoc-ard",
    O,
    "deich mála beef finisher dhá bhuicéad hillmin cattle agus bosca clibeanna buí 1-100",
    [L("VM-BEEF16-BAG", 10), L("HM-CATTLE-MIN", 2), L("TAG-CAT-001", 1, "Yellow")],
    "spoken list",
    ["spoken"],
)
m(
    "cnoc-ard",
    O,
    "Pádraig: geata galbhánaithe 12 troigh agus trealamh crochta geata amháin",
    [L("GATE-GALV", 1, "12ft"), L("GATE-KIT", 1)],
)
m(
    "cnoc-ard",
    O,
    "4 bhosca clibeanna gorma 1-100 le do thoil",
    [L("TAG-CAT-001", 4, "Blue")],
    tags=["number_in_name"],
)
m(
    "cnoc-ard",
    X,
    "Dia duit a chairde! Seolfaidh mé an t-ordú níos déanaí inniu tar éis dom na ba a chomhaireamh.",
    notes="a greeting; the order comes later",
)
m(
    "cnoc-ard",
    O,
    "Cuir 5 thonna beef finisher bulk chugainn Dé hAoine",
    [L("VM-BEEF16-BULK", 5)],
    "bulk beef finisher is sold by the tonne",
    ["number_in_name"],
)
m(
    "cnoc-ard",
    O,
    "Geata 10 troigh eile don pháirc thíos, le do thoil",
    [F("10ft gate", 1, cv="10ft")],
    "ambiguous: a 10ft gate is the galvanised 5-bar (10ft) or the half-mesh gate",
)

# =====================================================================================================
# gort-na-mona: Co. Fermanagh dairy, SMS, Siobhán (Irish).
# =====================================================================================================
m(
    "gort-na-mona",
    O,
    "60 mála dairy nuts 18% agus 2 dhruma iodine 25L don Luan. Go raibh maith agat, Siobhán",
    [L("VM-DAIRY18-BAG", 60), L("TEATDIP-IODINE", 2, "25L Drum")],
    "bags of 18% dairy nuts are the bagged 18%",
)
m("gort-na-mona", O, "An gnáthordú don Luan le do thoil", ref=dict(kind="usual"))
m(
    "gort-na-mona",
    O,
    "20 mála eile dairy nuts",
    [F("dairy nuts (bags)", 20)],
    "ambiguous: bags of dairy nuts are the 18% or the 20% (bulk is not in bags)",
)
m(
    "gort-na-mona",
    O,
    "100 steallaire 10ml agus 2 bhosca snáthaidí 16G",
    [L("SYRINGE", 1, "10ml"), L("NEEDLES", 2, '16G 1"')],
    "100 syringes = 1 box; 16G exists only as 16G 1 inch",
    ["count"],
)
m("gort-na-mona", Q, "An mbeidh sibh oscailte Dé Sathairn?")
m("gort-na-mona", X, "D'íoc mé sonrasc INV-88410 inniu trí aistriú bainc", notes="a payment notice")
m("gort-na-mona", O, "trí thonna CAN don Luan", [L("CAN-27", 5)], "3 tonne = 5 big bags of 600kg", ["weight"])
m(
    "gort-na-mona",
    O,
    "Siobhán anseo: bosca lámhainní M agus 40 mála dairy nuts 18% don Déardaoin",
    [L("GLOVES-MILK-M", 1), L("VM-DAIRY18-BAG", 40)],
    "lámhainní M: only the milking gloves come in M",
)

# =====================================================================================================
# van-dijk-melkvee: Dutch-run dairy in Staffordshire, SMS, Henk (Dutch).
# =====================================================================================================
m(
    "van-dijk-melkvee",
    O,
    "Goedemorgen, graag 10 ton melkveebrok 18% los gestort en 1 vat barrier speendip 200L voor "
    "dinsdag. Groet Henk",
    [L("VM-DAIRY18-BULK", 10), L("TEATDIP-BARRIER", 1)],
    "'los gestort' = blown bulk",
)
m(
    "van-dijk-melkvee",
    O,
    "2 vaten speendip graag",
    [F("teat dip", 2)],
    "ambiguous: speendip is the iodine or the barrier dip",
)
m(
    "van-dijk-melkvee",
    O,
    "Hetzelfde als vorige week, maar 3 dozen handschoenen L erbij",
    [L("GLOVES-MILK-L", 3)],
    "the last order plus 3 boxes of large milking gloves (Dutch 'dozen' = boxes, not twelve)",
    ["false_friend"],
    ref=dict(kind="last"),
)
m(
    "van-dijk-melkvee",
    Q,
    "Ik wil graag weten of jullie ook kalveremmers met speen verkopen",
    notes="calf feeding buckets are not in the catalog",
    tags=["non_order_request", "not_in_catalog"],
)
m(
    "van-dijk-melkvee",
    O,
    "twee jerrycans alkalische reiniger een jerrycan zuur en drie dozen melkhandschoenen large",
    [L("PARLOUR-ALK", 2), L("PARLOUR-ACID", 1), L("GLOVES-MILK-L", 3)],
    "spoken list",
    ["spoken"],
)
m(
    "van-dijk-melkvee",
    O,
    "100 gele oormerken 1-100, 100 gele 101-200 en een oormerktang",
    [L("TAG-CAT-001", 1, "Yellow"), L("TAG-CAT-101", 1, "Yellow"), L("TAG-APPLICATOR", 1)],
    "100 tags = 1 box; 1-100 and 101-200 are number ranges",
    ["count", "number_in_name"],
)
m(
    "van-dijk-melkvee",
    C,
    "Het vat barrier dip was lek bij levering, ongeveer 40 liter kwijt. Graag een creditnota.",
)
m(
    "van-dijk-melkvee",
    O,
    "5 ton melkveebrok 16% los graag",
    [N(5, "16% dairy nuts")],
    "not in catalog: 16% dairy nuts (only 18% and 20%; the 16% is the beef finisher)",
)
m(
    "van-dijk-melkvee",
    O,
    "Henk: 10 ton melkveebrok 18% los en 2 dozen armlange handschoenen",
    [L("VM-DAIRY18-BULK", 10), L("ARM-GLOVES", 2)],
    "'los' = bulk; Dutch 'dozen' = boxes, not twelve",
    ["false_friend"],
)
m(
    "van-dijk-melkvee",
    O,
    "2 dozen filterkousen en 2 pakken blauwe papierrollen voor de melkstal",
    [L("MILK-FILTER", 2), L("PAPER-ROLL", 2)],
    "Dutch 'dozen' = boxes (2 boxes of filter socks, not 24)",
    ["false_friend"],
)

# =====================================================================================================
# hoeve-bosch: Dutch-run dairy and grassland in Cumbria, WhatsApp, Marieke (Dutch).
# =====================================================================================================
m(
    "hoeve-bosch",
    O,
    "Hoi, voor vrijdag graag 50 zakken high yield brok 20%, 1 IBC melasse en 4 zakken hybride "
    "raaigras (kortdurend). Groetjes Marieke",
    [L("VM-DAIRY20-BAG", 50), L("MOLASSES-IBC", 1), L("GS-SHORT-LEY", 4)],
)
m(
    "hoeve-bosch",
    O,
    "3 big bags kunstmest 27-5-5 en nog 1 IBC melasse",
    [L("NPK-27-5-5", 3), L("MOLASSES-IBC", 1)],
    tags=["number_in_name"],
)
m(
    "hoeve-bosch",
    O,
    "Zoals gewoonlijk voor vrijdag, maar geen graszaad deze keer",
    ref=dict(kind="usual", remove=["GS-SHORT-LEY"]),
)
m(
    "hoeve-bosch",
    O,
    "4 zakken graszaad erbij aub",
    [F("grass seed", 4)],
    "ambiguous: five grass seed mixtures",
)
m(
    "hoeve-bosch",
    CH,
    "Kunnen jullie de melasse van vrijdag veranderen naar 2 vaten van 25 liter in plaats van de IBC? "
    "De tank is nog halfvol.",
    change=[L("MOLASSES-IBC", 0), L("MOLASSES-DRUM", 2)],
    tags=["non_order_request"],
)
m("hoeve-bosch", Q, "Wat kost de ureum 46% per big bag?")
m(
    "hoeve-bosch",
    O,
    "2 overalls maat XL en 1 maat L voor de nieuwe melkers",
    [L("BOILER-SUIT", 2, "XL"), L("BOILER-SUIT", 1, "L")],
    "an overall with a size is the boiler suit (the disposable coveralls come one size in a box)",
)
m(
    "hoeve-bosch",
    O,
    "Marieke: 2 zakken natriumbicarbonaat en 1 vat chloorhexidine pre spray",
    [L("SODA-BICARB", 2), L("TEATSPRAY-CHX", 1)],
)
m(
    "hoeve-bosch",
    O,
    "Graag alvast 12 eenheden Falstaff maiszaad reserveren voor april",
    [L("MAIZE-FALSTAFF", 12)],
    "12 units of 50,000 seeds; an order for April delivery",
)

# =====================================================================================================
# longmeadow-dairy: Gloucestershire dairy with a Romanian herd team, WhatsApp, Ionuț (Romanian).
# =====================================================================================================
m(
    "longmeadow-dairy",
    O,
    "Bună ziua, pentru luni vă rog: 100 saci dairy nuts 18%, 1 butoi iodine 200L și 4 cutii "
    "mănuși nitril M. Mulțumesc, Ionuț",
    [L("VM-DAIRY18-BAG", 100), L("TEATDIP-IODINE", 1, "200L Drum"), L("GLOVES-MILK-M", 4)],
)
m(
    "longmeadow-dairy",
    O,
    "Trimiteți 20 cutii mănuși lungi mâine",
    [L("ARM-GLOVES", 20)],
    "ten times the usual 2 boxes of arm-length gloves, no reason given",
    outlier=True,
)
m("longmeadow-dairy", CA, "Scuze, anulați comanda de mănuși lungi de azi, am greșit")
m(
    "longmeadow-dairy",
    O,
    "Ca de obicei pentru luni, plus 2 salopete mărimea L",
    [L("BOILER-SUIT", 2, "L")],
    "salopete with a size are the boiler suits",
    ref=dict(kind="usual"),
)
m(
    "longmeadow-dairy",
    O,
    "200 seringi de 10ml și 100 ace 16G",
    [L("SYRINGE", 2, "10ml"), L("NEEDLES", 1, '16G 1"')],
    "200 syringes = 2 boxes; 100 needles = 1 box",
    ["count"],
)
m(
    "longmeadow-dairy",
    Q,
    "Aș vrea să știu dacă aveți cizme de cauciuc mărimea 13",
    notes="size 13 wellies do not exist",
    tags=["non_order_request"],
)
m(
    "longmeadow-dairy",
    O,
    "2 perechi cizme mărimea 9 și 2 salopete",
    [L("WELLIES", 2, "UK 9"), F("overalls", 2)],
    "ambiguous: salopete without a size: boiler suit or coveralls",
)
m("longmeadow-dairy", C, "Ieri au venit 80 de saci în loc de 100, dar factura e pentru 100")
m(
    "longmeadow-dairy",
    O,
    "o cutie ace 18G și 3 cutii mănuși M",
    [L("NEEDLES", 1, None, vfit=['18G 1"', '18G 1.5"']), L("GLOVES-MILK-M", 3)],
    "ambiguous: 18G needles come in 1 inch and 1.5 inch (the farm has only bought 16G)",
)
m(
    "longmeadow-dairy",
    O,
    "Ionuț: 2 cutii seringi 20ml, o cutie ace 21G și un pistol de vaccinare 5ml",
    [L("SYRINGE", 2, "20ml"), L("NEEDLES", 1, '21G 5/8"'), L("VACCINATOR", 1)],
    "21G exists only as 21G 5/8 inch",
)
m(
    "longmeadow-dairy",
    O,
    "3 salopete mărimea XXL și 2 perechi cizme 11 pentru băieții noi",
    [L("BOILER-SUIT", 3, "XXL"), L("WELLIES", 2, "UK 11")],
)
m(
    "longmeadow-dairy",
    O,
    "o sută de saci dairy nuts 18% patru cutii mănuși M două cutii mănuși lungi și o cutie de seringi 10ml",
    [L("VM-DAIRY18-BAG", 100), L("GLOVES-MILK-M", 4), L("ARM-GLOVES", 2), L("SYRINGE", 1, "10ml")],
    "spoken list",
    ["spoken"],
)

m(
    "longmeadow-dairy",
    O,
    "2 saci de sulfat de cupru pentru baia de copite",
    [L("COPPER-SULPHATE", 2)],
    "copper sulphate for the footbath",
)

# =====================================================================================================
# brookside-poultry: Lincolnshire laying hens, SMS, Mihai (Romanian, no diacritics).
# =====================================================================================================
m(
    "brookside-poultry",
    O,
    "Buna ziua, pt joi: 50 saci layers mash, 8 saci porumb amestecat si 6 saci oyster grit. Multumesc, Mihai",
    [L("VM-LAYERS-MASH", 50), L("MIXED-CORN", 8), L("OYSTER-GRIT", 6)],
    "porumb amestecat = mixed corn",
)
m(
    "brookside-poultry",
    O,
    "inca 10 saci de layers va rog",
    [F("layers", 10)],
    "ambiguous: layers pellets or mash",
)
m(
    "brookside-poultry",
    O,
    "o tona de layers mash pt luni",
    [L("VM-LAYERS-MASH", 50)],
    "a tonne = 50 bags of 20kg",
    ["weight"],
)
m(
    "brookside-poultry",
    O,
    "La fel ca saptamana trecuta, dar fara combinezoane",
    ref=dict(kind="last", remove=["COVERALLS"]),
)
m(
    "brookside-poultry",
    Q,
    "Aveti pelete pentru rate? Avem 200 de rate noi",
    notes="duck pellets are not in the catalog",
    tags=["not_in_catalog"],
)
m(
    "brookside-poultry",
    O,
    "20 saci layers mash si 2 bidoane de dezinfectant pentru hala",
    [L("VM-LAYERS-MASH", 20), N(2, "shed disinfectant")],
    "not in catalog: disinfectant",
)
m(
    "brookside-poultry",
    X,
    "Numarul meu nou de telefon e 07700 900707, va rog folositi-l pentru livrari. Mihai",
    notes="a new contact number",
)
m(
    "brookside-poultry",
    O,
    "10 saci growers si 8 saci chick crumbs pt puii noi",
    [L("VM-GROWERS", 10), L("VM-CHICK-CRUMB", 8)],
)

# =====================================================================================================
# oakfield-farm: Shropshire dairy, WhatsApp, Krzysztof (Polish).
# =====================================================================================================
m(
    "oakfield-farm",
    O,
    "Dzień dobry, na środę proszę: 40 worków high yield 20%, 2 kanistry jodyny do dipu 25L i 1 pre "
    "spray chlorheksydyna. Krzysztof",
    [L("VM-DAIRY20-BAG", 40), L("TEATDIP-IODINE", 2, "25L Drum"), L("TEATSPRAY-CHX", 1)],
)
m(
    "oakfield-farm",
    O,
    "3 worki mleka w proszku proszę",
    [F("milk replacer", 3)],
    "ambiguous: milk powder is the calf or the lamb milk replacer",
)
m(
    "oakfield-farm",
    O,
    "Jak zwykle na środę, ale 4 worki mleka dla cieląt zamiast 3",
    [L("CALF-MILK", 4, op="set")],
    ref=dict(kind="usual"),
)
m(
    "oakfield-farm",
    O,
    "czterdzieści worków high yield dwa kanistry jodyny 25 litrów jeden kwasowy i trzy worki mleka dla "
    "cieląt",
    [L("VM-DAIRY20-BAG", 40), L("TEATDIP-IODINE", 2, "25L Drum"), L("PARLOUR-ACID", 1), L("CALF-MILK", 3)],
    "spoken list; 'jeden kwasowy' = one acid descaler",
    ["spoken"],
)
m(
    "oakfield-farm",
    Q,
    "Chciałbym zapytać, czy macie kalosze z metalowym noskiem?",
    notes="steel toe wellies are not in the catalog",
    tags=["non_order_request", "not_in_catalog"],
)
m(
    "oakfield-farm",
    O,
    "kalosze rozmiar 10 x2 i kombinezon XL",
    [L("WELLIES", 2, "UK 10"), L("BOILER-SUIT", 1, "XL")],
    "kombinezon with a size is the boiler suit",
)
m("oakfield-farm", C, "Jodyna przyszła w kanistrze 25L bez nakrętki, połowa wylała się w busie")
m(
    "oakfield-farm",
    O,
    "Poproszę pół IBC melasy, resztę weźmie sąsiad",
    [L("MOLASSES-IBC", 0.5)],
    "not a whole number: half of an indivisible IBC (0.5), review",
    ["fraction"],
)
m(
    "oakfield-farm",
    O,
    "2 kanistry kwasu i 2 kanistry alkalicznego do mycia dojarki",
    [L("PARLOUR-ACID", 2), L("PARLOUR-ALK", 2)],
)
m(
    "oakfield-farm",
    O,
    "3 kombinezony granatowe dla nowych pracowników",
    [L("BOILER-SUIT", 3, None)],
    "ambiguous: navy boiler suits, size not given",
)

# =====================================================================================================
# greenhill-farms: Worcestershire mixed farm, SMS, Marek (Polish).
# =====================================================================================================
m(
    "greenhill-farms",
    O,
    "20 rolek folii 500 czarnej, 4 siatki baleguard 2000m, 2 paczki sznurka big bale zielony. Marek",
    [L("WRAP-500", 20, "Black"), L("NETWRAP-123", 4, "2000m"), L("TWINE-BIG", 2, "Green")],
)
m(
    "greenhill-farms",
    O,
    "10 rolek folii czarnej",
    [F("wrap", 10, cv="Black")],
    "ambiguous: black wrap is the 750mm or the 500mm",
)
m(
    "greenhill-farms",
    O,
    "To samo co w zeszłym tygodniu, ale bez drutu kolczastego",
    ref=dict(kind="last", remove=["BARB-MS"]),
)
m(
    "greenhill-farms",
    O,
    "6 siatek do owijania baleguard",
    [L("NETWRAP-123", 6, None)],
    "ambiguous: Baleguard 1.23m comes in 2000, 3000 and 3600m",
)
m("greenhill-farms", Q, "Ile kosztuje brama ocynkowana 14 stóp?")
m(
    "greenhill-farms",
    O,
    "3 rolki taśmy do pastucha, 2 paczki izolatorów i 40 słupków półokrągłych",
    [N(3, "electric fence tape"), N(2, "electric fence insulators"), L("POST-HALFROUND", 40)],
    "not in catalog: electric fencing",
)
m(
    "greenhill-farms",
    O,
    "sznurek big bale zielony 3 x 2 szpule i 2 pudełka zszywek",
    [L("TWINE-BIG", 3, "Green"), L("STAPLES", 2)],
    "3 x 2 spools = 3 packs of 2, not 6",
    ["pack"],
)
m("greenhill-farms", CA, "Anuluję zamówienie na piątek, prasa się zepsuła. Marek")
m("greenhill-farms", O, "60 słupków półokrągłych i 10 zastrzałów", [L("POST-HALFROUND", 60), L("STRUT", 10)])
m(
    "greenhill-farms",
    O,
    "4 rolki siatki C8/80/15 i 20 słupków okrągłych 2.1m",
    [L("STOCK-C8-80-15", 4), L("POST-ROUND", 20, "2.1m x 125mm")],
    tags=["number_in_name"],
)
m(
    "greenhill-farms",
    O,
    "2 worki nasion rzepaku pastewnego i 1 paczka koniczyny białej",
    [L("FORAGE-RAPE", 2), L("CLOVER-WHITE", 1)],
    "forage rape seed and white clover",
)
