# ruff: noqa  (hand-written data generator of blind set 49, kept as its writer left it)
"""Hand-written messages of blind set 49 and their plain labels.

M(customer, channel, language, intent, text, lines, notes, tags, ...)
 - lines: L(sku, qty, variant) / NF(sku, qty) (variant named but does not exist: null, never filled) /
          F([candidates], qty, candidate_variant) / N(qty) (not in catalog)
 - ref: R("usual"|"last", remove=[(sku, variant)], setq=[L(...)], add=[L/F(...)], double=[(sku, variant)])
   Without history, `lines` of a reference row hold its explicit additions and new quantities.
 - review=True for reasons that are not visible in the lines (credit, conditional, range, fraction...)
 - outlier=True: review false, with history true (checked by validate49.py)
 - change: change_lines of a CHANGE row
"""

from cat49 import PRODUCTS

ANY = "*any*"
MSGS = []


def L(sku, q, v=None):
    d = {"sku": sku}
    if PRODUCTS[sku]["variants"]:
        d["variant"] = v
    d["quantity"] = q
    return d


def NF(sku, q):
    d = L(sku, q, None)
    d["_nofill"] = True
    return d


def F(cands, q, cv=None):
    d = {"sku": None, "quantity": q, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    return d


def N(q):
    return {"sku": None, "quantity": q, "_nic": True}


def R(base, remove=(), setq=(), add=(), double=()):
    return dict(base=base, remove=list(remove), setq=list(setq), add=list(add), double=list(double))


def M(
    c,
    ch,
    lang,
    intent,
    text,
    lines=None,
    notes="",
    tags="",
    ref=None,
    outlier=False,
    change=None,
    review=False,
    day=None,
):
    MSGS.append(
        dict(
            customer=c,
            channel=ch,
            language=lang,
            intent=intent,
            text=text,
            lines=lines or [],
            notes=notes,
            tags=tags.split(),
            ref=ref,
            outlier=outlier,
            change=change,
            review=review,
            day=day,
        )
    )


DEV20 = ["WOX-6", "LOX-20", "IOX-20", "SWD-20"]
DEV30 = ["WOX-9", "LOX-30", "IOX-30", "SWD-30"]
BLEACH_POWDER = ["BLONDOR-800", "BLONDME-450", "LBS-500", "SWB-BLUE"]
BLEACH_ALL = BLEACH_POWDER + ["SWB-CLAY"]
BLADES = ["DERBY-100", "ASTRA-100", "FEATHER-20", "DORCO-100"]
GLOVES_SIZED = ["GLV-BLK", "GLV-BLU"]
COLOUR_LINES = ["KOL-PERF", "MAJ-50", "IGR-60"]
PRORASO = ["PRORASO-GRN", "PRORASO-WHT", "PRORASO-RED"]
REUZEL = ["RZ-PINK", "RZ-BLUE", "RZ-FIBER"]
OLAPLEX = ["OLA-1", "OLA-2", "OLA-3"]
GELS = ["SW-GEL", "SW-SHAVEGEL"]
NECK = ["NECK-STRETCH", "NECK-CREPE"]
TOWELS = ["TOWEL-BS", "TOWEL-DISP"]
CLIPPER_OIL = ["WAHL-OIL", "SW-OIL-200"]
WAXES = ["SW-HOTWAX", "SW-STRIPWAX", "SW-MATTWAX"]
POMADES = ["RZ-BLUE", "RZ-FIBER", "LAYRITE-ORIG", "UPC-DLX"]
CREW = ["ACREW-FIBER", "ACREW-FORM", "ACREW-SH", "ACREW-CO"]
FOILS = ["FOIL-ROLL", "FOIL-COL", "FOIL-POPUP"]
BARBICIDE = ["BARB-CONC", "BARB-JAR", "BARB-WIPES"]
CAPES_BLACK = ["CAPE-CUT", "CAPE-COLOUR"]
COTTON_WOOL = ["COTTON-ROLL", "COTTON-BALLS"]
TONERS = ["WCT-60", "SEQ-60"]
SPECIAL_BLONDE = ["KOL-SB-120", "KOL-SB-121"]

# ---------------------------------------------------------------- fade-district (en, WhatsApp, steady)
C = "fade-district"
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "yo its Dee from Fade District 💈 can u send 2 boxes derby, 3 wahl oil and 6 reuzel pink pigs for thurs",
    [L("DERBY-100", 2), L("WAHL-OIL", 3), L("RZ-PINK", 6, "113g Pig")],
    "'pigs' is Reuzel's name for the 113g tub.",
    "emoji non_order_request",
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "usual pls bro + 2 clippercide",
    notes="the usual plus 2 Clippercide.",
    ref=R("usual", add=[L("CLIPPERCIDE", 2)]),
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "need 4 reuzel blue and 2 boxes gloves medium asap",
    [L("RZ-BLUE", 4, None), F(GLOVES_SIZED, 2, "Medium")],
    "Reuzel Blue without a size (35g/113g/340g); 'gloves medium' fits black and blue nitrile.",
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "send 12 barbicide 1.9L tmrw",
    [L("BARB-CONC", 12, "1.9L")],
    "outlier: the shop takes 1 bottle a week, no reason given.",
    outlier=True,
    day=1,
)
M(
    C,
    "WHATSAPP",
    "en",
    "CANCEL",
    "cancel that barbicide order from earlier pls, autocorrect mess 🙄 we still got plenty",
    notes="cancels the outlier order.",
    tags="emoji",
    day=2,
)
M(
    C,
    "WHATSAPP",
    "en",
    "QUESTION",
    "can I get the 340g reuzel pink by the case? how many in a case and whats the price",
    notes="asks about case size and price.",
    tags="non_order_request number_in_name",
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "voice note: yeah hi it's Dee send us two boxes of the stretchy neck strips a tub of proraso green three wahl oils and a pack of black towels cheers",
    [L("NECK-STRETCH", 2), L("PRORASO-GRN", 1), L("WAHL-OIL", 3), L("TOWEL-BS", 1, "Black")],
    "spoken list without commas; 'a tub' and 'a pack' start items.",
    "spoken voice",
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "2 x 100 derby blades and 1 x 12 black towels pls",
    [L("DERBY-100", 2), L("TOWEL-BS", 1, "Black")],
    "inline packs: 2 boxes of 100 blades, 1 pack of 12 towels.",
    "pack",
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "1 barbicide and 2 boxes derby, also 1 tub clubman talc",
    [F(BARBICIDE, 1), L("DERBY-100", 2), N(1)],
    "bare 'barbicide' is the concentrate, the jar or the wipes; Clubman talc is not in catalog (only the Lilac Vegetal aftershave).",
)

# ---------------------------------------------------------------- velvet-rooms (en, email, regular)
C = "velvet-rooms"
M(
    C,
    "EMAIL",
    "en",
    "ORDER",
    """Subject: Order - Velvet Rooms, PO VR-2291

Hi team,

Please send the following for Wednesday:
- Koleston 6/0 x 4
- Koleston 7/1 x 3
- Koleston 9/03 x 4
- Welloxon 6% 1L x 8
- Blondor 800g x 2

Thanks,
Harriet Cole
Salon Manager, The Velvet Rooms
14 Marlowe Street, London N1 7QP
Tel 020 7946 0812""",
    [
        L("KOL-PERF", 4, "6/0"),
        L("KOL-PERF", 3, "7/1"),
        L("KOL-PERF", 4, "9/03"),
        L("WOX-6", 8),
        L("BLONDOR-800", 2),
    ],
    "shade numbers, 6%, 1L, 800g, PO, street number and phone are not quantities.",
    "signature number_in_name shade",
)
M(
    C,
    "EMAIL",
    "en",
    "ORDER",
    "Hi, please repeat last week's order but with 2 Olaplex No.1 instead of 1, and no grey towels this time. Harriet",
    notes="last week's order with Olaplex No.1 at 2 and the grey towels removed.",
    ref=R("last", remove=[("TOWEL-BS", "Grey")], setq=[L("OLA-1", 2)]),
    tags="number_in_name",
)
M(
    C,
    "EMAIL",
    "en",
    "COMPLAINT",
    """Hi,
Friday's delivery (DN 40917) had 3 tubes of Koleston 7/0 instead of the 7/1 we ordered, and one of the Welloxon 9% bottles had leaked all over the box. Can you swap the tubes and credit the peroxide?
Harriet""",
    notes="wrong shade and a leaking bottle.",
    tags="shade",
)
M(
    C,
    "EMAIL",
    "en",
    "ORDER",
    "Could you add 2 x Koleston 7/43 and 3 x 9/03 to Wednesday's delivery please? Thanks, H",
    [NF("KOL-PERF", 2), L("KOL-PERF", 3, "9/03")],
    "Koleston 7/43 is not a stocked shade: the variant stays null and is never filled from history.",
    "non_order_request shade",
)
M(
    C,
    "EMAIL",
    "en",
    "QUESTION",
    "I would like to know whether you stock Koleston Perfect Innosense - a regular client has a PPD allergy and we need an alternative.",
    notes="asks about an unstocked line.",
    tags="non_order_request",
)
M(
    C,
    "EMAIL",
    "en",
    "ORDER",
    "Please could you send Invigo Color Brilliance shampoo x3 and conditioner x3, plus 4 rolls of 120mm foil. Thanks, Harriet",
    [L("WIV-CB-SH", 3), L("WIV-CB-CO", 3), L("FOIL-ROLL", 4, "120mm")],
    "'conditioner' follows 'Invigo Color Brilliance'.",
    "non_order_request",
)
M(
    C,
    "EMAIL",
    "en",
    "CHANGE",
    "Please change Wednesday's foil to 6 rolls of the 120mm instead of 4. Everything else as ordered. Harriet",
    notes="changes the quantity of a placed line.",
    change=[L("FOIL-ROLL", 6, "120mm")],
)
M(
    C,
    "EMAIL",
    "en",
    "ORDER",
    "Could we also have 2 x Olaplex No.2 with Wednesday's delivery? Harriet",
    [L("OLA-2", 2)],
    "an addition to a placed order; 'No.2' is in the name.",
    "non_order_request number_in_name",
)

# ---------------------------------------------------------------- crown-clipper (en, SMS, steady)
C = "crown-clipper"
M(
    C,
    "SMS",
    "en",
    "ORDER",
    "2 bx astra, 4 salonwise oil, 3 andis cool care, 6 layrite original. Gaz @ Crown & Clipper",
    [L("ASTRA-100", 2), L("SW-OIL-200", 4), L("ANDIS-COOL", 3), L("LAYRITE-ORIG", 6)],
)
M(C, "SMS", "en", "ORDER", "Same as last wk pls. Gaz", notes="last week's order.", ref=R("last"))
M(
    C,
    "SMS",
    "en",
    "ORDER",
    "blades x3 boxes n 3 crepe neck strips",
    [F(BLADES, 3), L("NECK-CREPE", 3)],
    "'blades' fits Derby, Astra, Feather and Dorco.",
)
M(
    C,
    "SMS",
    "en",
    "ORDER",
    "10 rolls crepe neck strips and 200 astra blades pls",
    [L("NECK-CREPE", 2), L("ASTRA-100", 2)],
    "10 rolls = 2 boxes of 5 rolls; 200 blades = 2 boxes of 100.",
    "count",
)
M(
    C,
    "SMS",
    "en",
    "QUESTION",
    "do u do the wahl magic clip cordless? how much",
    notes="clippers are not stocked.",
)
M(
    C,
    "SMS",
    "en",
    "OTHER",
    "Gaz here - new number for the shop is 07700 900447, pls update ur system. cheers",
    notes="contact change; the phone number is not a quantity.",
)
M(
    C,
    "SMS",
    "en",
    "ORDER",
    "4 crew fiber + 2 shave gel + 2 tubs barbicide wipes",
    [L("ACREW-FIBER", 4), L("SW-SHAVEGEL", 2), L("BARB-WIPES", 2)],
    "'shave gel' is the clear shave gel.",
)
M(
    C,
    "SMS",
    "en",
    "COMPLAINT",
    "2 of the andis cool care cans came dented and 1 is leaking. Gaz",
    notes="damaged cans.",
)

# ---------------------------------------------------------------- mobile-jess (en, WhatsApp, regular)
C = "mobile-jess"
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "Hiya! Could I get 3 igora royal 6-0, 2 of 7-1 and 2 igora 20 vol developer please 😊 x",
    [L("IGR-60", 3, "6-0"), L("IGR-60", 2, "7-1"), L("IOX-20", 2)],
    "'igora 20 vol' is the Igora oil developer 6%.",
    "emoji non_order_request shade",
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "need 2 colour touch 10/6 and 2 of the 9/16, plus a box of pop up foils x",
    [L("WCT-60", 2, "10/6"), L("WCT-60", 2, "9/16"), L("FOIL-POPUP", 1)],
    tags="shade",
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "1000 pop up foils and 200 blue gloves medium pls",
    [L("FOIL-POPUP", 2), L("GLV-BLU", 2, "Medium")],
    "1000 sheets = 2 boxes of 500; 200 gloves = 2 boxes.",
    "count",
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "usual order for friday pls hun but no cotton wool this time",
    notes="the usual without the cotton wool roll.",
    ref=R("usual", remove=[("COTTON-ROLL", ANY)]),
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "can u add a tub of the salonwise blue bleach to fridays",
    [L("SWB-BLUE", 1, None)],
    "blue bleach comes as 500g or 2kg.",
    "non_order_request",
)
M(
    C,
    "WHATSAPP",
    "en",
    "QUESTION",
    "I'd like to try the Shades EQ - do you do a starter kit or is it just single tubes?",
    notes="asks about a kit.",
    tags="non_order_request",
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "could I get half a box of the disposable capes? only need like 50 for a wedding party",
    [L("CAPE-DISP", 0.5)],
    "half a box of 100: a fraction of the selling unit, in review.",
    "fraction non_order_request",
    review=True,
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "3 tubes igora 7-1 and a cotton wool x",
    [L("IGR-60", 3, "7-1"), F(COTTON_WOOL, 1)],
    "'cotton wool' is the roll or the balls.",
    "shade",
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "can I get 6 black bleach safe towels? just for me not the salon",
    [L("TOWEL-BS", None, "Black")],
    "6 towels is half a pack of 12: not a whole number of packs, quantities not stated.",
    "count non_order_request",
)

# ---------------------------------------------------------------- lush-locks (en, email, steady)
C = "lush-locks"
M(
    C,
    "EMAIL",
    "en",
    "ORDER",
    """Subject: Weekly order - Lush Locks

Morning,

1. Majirel 5.0 x3
2. Majirel 6.0 x4
3. Majirel 7.1 x3
4. Oxydant 20 vol x6
5. Oxydant 30 vol x3
6. Blond Studio x2
7. Shades EQ 09V x3

Delivery before 10am Thursday please, we open at 9:30.

Many thanks,
Priya Sandhu | Lush Locks Salon | 3 Abbey Parade, Leeds LS6 2AF | 07700 900634""",
    [
        L("MAJ-50", 3, "5.0"),
        L("MAJ-50", 4, "6.0"),
        L("MAJ-50", 3, "7.1"),
        L("LOX-20", 6),
        L("LOX-30", 3),
        L("LBS-500", 2),
        L("SEQ-60", 3, "09V"),
    ],
    "list numbering, shades, vol, times and the signature are not quantities.",
    "signature shade number_in_name",
)
M(
    C,
    "EMAIL",
    "en",
    "ORDER",
    "Hi, our usual order for Thursday please, plus 2 purple toning masks. Priya",
    notes="the usual plus 2 purple masks.",
    ref=R("usual", add=[L("SW-PURPLE-MASK", 2)]),
)
M(
    C,
    "EMAIL",
    "en",
    "COMPLAINT",
    "The foil that came on Thursday was blue, not rose gold (2 rolls). The stylists have used one already, can you send the rose gold and collect the other? Priya",
    notes="wrong colour delivered.",
)
M(
    C,
    "EMAIL",
    "en",
    "QUESTION",
    "Can I get a copy of invoice INV-73310? Our accountant can't find it. Thanks, Priya",
    notes="invoice copy.",
    tags="non_order_request",
)
M(
    C,
    "EMAIL",
    "en",
    "ORDER",
    "Please add 3 Shades EQ to this week's order.",
    [L("SEQ-60", 3, None)],
    "no shade given.",
)
M(
    C,
    "EMAIL",
    "en",
    "ORDER",
    "2 x majirel 6/0 and 2 x 9/1 please, running low",
    [L("MAJ-50", 2, "6.0"), L("MAJ-50", 2, "9.1")],
    "slash notation for Majirel 6.0 and 9.1.",
    "shade",
)
M(
    C,
    "EMAIL",
    "en",
    "ORDER",
    "toner x3 please with the next delivery",
    [F(TONERS, 3)],
    "'toner' is Color Touch or Shades EQ.",
)
M(
    C,
    "EMAIL",
    "en",
    "ORDER",
    """Can you add 2 x Vitamino conditioner to the next one please. Priya

> From: Foilcraft Dispatch
> Your order SO-55821 (14 lines) has been dispatched and will arrive on Thursday 18 May.
> Questions? Call 020 7946 0100.""",
    [L("LSE-VIT-CO", 2)],
    "quoted dispatch note: SO number, line count, date and phone are not quantities.",
    "quoted",
)
M(
    C,
    "EMAIL",
    "en",
    "CHANGE",
    "Could you move Thursday's delivery to Friday please? Same order, we're closed Thursday for training.",
    notes="moves a placed order.",
    change=[],
    tags="non_order_request",
)

# ---------------------------------------------------------------- northside-cuts (en, WhatsApp, regular)
C = "northside-cuts"
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "morning mate, 3 dorco, 6 uppercut pomade, 4 uppercut clay and 2 reuzel blue hogs. cheers Kyle",
    [L("DORCO-100", 3), L("UPC-DLX", 6), L("UPC-CLAY", 4), L("RZ-BLUE", 2, "340g Hog")],
    "'hogs' is the 340g tub.",
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "same as last week but double the uppercut clay",
    notes="last order with the clay doubled.",
    ref=R("last", double=[("UPC-CLAY", ANY)]),
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "2 proraso and 2 boxes large black gloves",
    [F(PRORASO, 2), L("GLV-BLK", 2, "Large")],
    "bare 'proraso' is green, white or red.",
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "need a new cutting cape in red, ours got bleached",
    [NF("CAPE-CUT", 1)],
    "red does not exist (black or navy): variant null, never filled.",
)
M(
    C,
    "WHATSAPP",
    "en",
    "QUESTION",
    "can I pay the last invoice by card over the phone?",
    tags="non_order_request",
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "add 2 packs of feather blades and 2 blade wash to the order pls",
    [L("FEATHER-20", 2), L("SW-BLADEWASH", 2)],
    "'packs' of Feather are the boxes of 20.",
    "count",
)
M(
    C,
    "WHATSAPP",
    "en",
    "OTHER",
    "I'd like to book a skin fade for Saturday 11am if Tommo has space",
    notes="a table-booking style message sent to the wrong number.",
    tags="non_order_request",
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "feather x2, dorco x3 and 2 proraso white",
    [L("FEATHER-20", 2), L("DORCO-100", 3), L("PRORASO-WHT", 2)],
)

# ---------------------------------------------------------------- glow-beauty (en, WhatsApp, regular)
C = "glow-beauty"
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "hi hun can we get 4 wax and 3 packs of strips",
    [F(WAXES, 4), L("SW-WAXSTRIPS", 3)],
    "bare 'wax' is hot film wax, strip wax or styling wax.",
    "non_order_request",
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "4 tins of warm strip wax, 2 bags hot film wax beads and a pack of couch roll pls",
    [L("SW-STRIPWAX", 4), L("SW-HOTWAX", 2), L("COUCH-ROLL", 1)],
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "1 x 5L everyday shampoo and 1 x 5L conditioner x",
    [L("SW-SHAMP", 1, "5L"), L("SW-COND", 1, "5L")],
    "5L exists only in the Salonwise everyday lines.",
    "number_in_name",
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "can u send 150 wax strips and 400 cotton wool balls",
    [L("SW-WAXSTRIPS", None), L("COTTON-BALLS", 2)],
    "150 strips is no whole pack of 100 (quantities not stated); 400 balls = 2 bags of 200.",
    "count non_order_request",
)
M(
    C,
    "WHATSAPP",
    "en",
    "QUESTION",
    "I'd like to know if the hot film wax is ok for intimate waxing? client asked 🙈",
    tags="non_order_request emoji",
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "same as last week but 3 x 20 vol 1L instead of 4",
    notes="last order with the 20 vol at 3.",
    ref=R("last", setq=[L("SWD-20", 3, "1L")]),
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "4 x 20 vol peroxide 1 litre pls",
    [F(DEV20, 4, "1L")],
    "'20 vol peroxide' fits four developers; '1 litre' is the bottle size.",
    "number_in_name",
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "3 tubs of sugar paste and 2 bags of cotton wool balls",
    [N(3), L("COTTON-BALLS", 2)],
    "sugaring paste is not in catalog (strip and film wax are).",
)
M(
    C,
    "WHATSAPP",
    "en",
    "COMPLAINT",
    "the 2kg blue bleach tub came with a cracked lid, powder all over the box 😤",
    notes="damaged tub.",
    tags="emoji number_in_name",
)
M(
    C,
    "WHATSAPP",
    "en",
    "OTHER",
    "I'd like to change the delivery address to our new unit from next week: 5 Mill Lane, Bradford BD1 4RT",
    notes="address change.",
    tags="non_order_request",
)
M(
    C,
    "WHATSAPP",
    "en",
    "CANCEL",
    "pls cancel tomorrow's order, salon flooded 😩 will reorder next week",
    tags="emoji",
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "2 x 5L hand sanitiser and 2 surface sprays",
    [L("SW-HANDSAN", 2), L("SW-SURFACE", 2)],
    "'2 x 5L' is two 5L bottles.",
    "pack number_in_name",
)

# ---------------------------------------------------------------- academy-hair (en, email, irregular)
C = "academy-hair"
M(
    C,
    "EMAIL",
    "en",
    "ORDER",
    "Hello, please send our usual term order for the Level 2 room. Regards, Marcus",
    notes="the academy never repeats a basket, so 'the usual' cannot be resolved.",
    tags="ambiguous_reference",
    ref=R("usual"),
)
M(
    C,
    "EMAIL",
    "en",
    "ORDER",
    """Subject: Level 2 assessment week - PO KHA-5514

Hello,

We have 48 students in for colour assessments next week (22-26 May), so please send:
- 30 x Koleston Perfect 6/0
- 30 x Koleston Perfect 8/0
- 20 x Welloxon 20 vol 1L
- 10 x Blondor 800g
- 20 boxes clear vinyl gloves
- 8 x 100mm foil rolls

Regards,
Marcus Feld
Stores & Resources, Kingsgate Hair Academy
Unit 7, Kingsgate Trading Estate, Reading RG2 0LW
Tel: 020 7946 0551""",
    [
        L("KOL-PERF", 30, "6/0"),
        L("KOL-PERF", 30, "8/0"),
        L("WOX-6", 20),
        L("BLONDOR-800", 10),
        L("GLV-VINYL", 20),
        L("FOIL-ROLL", 8, "100mm"),
    ],
    "large but with a reason (assessment week): not an outlier. Student count, dates, PO, unit number and phone are not quantities.",
    "signature number_in_name shade",
)
M(
    C,
    "EMAIL",
    "en",
    "QUESTION",
    "Could you quote for 200 tint bowls and 50 packs of tint brushes for the September intake? Not ordering yet, just budgeting. Marcus",
    notes="a quote request listing quantities.",
    tags="non_order_request",
)
M(
    C,
    "EMAIL",
    "en",
    "OTHER",
    "Automatic reply: I am out of the office until Monday 22 May with limited access to email. For urgent stores requests please call 020 7946 0552. Marcus Feld",
    notes="auto-reply.",
)
M(
    C,
    "EMAIL",
    "en",
    "ORDER",
    "Please send 10 packs of carbon cutting combs and 10 tint bowls, invoiced on our 60-day account as agreed with Sunil. Marcus",
    [L("COMB-CARBON", 10), L("TINT-BOWL", 10)],
    "order on a 60-day account not yet set up: review.",
    "credit",
    review=True,
)
M(
    C,
    "EMAIL",
    "en",
    "ORDER",
    "Please send 12 Denman D3 brushes and 6 water spray bottles for the new intake. Marcus",
    [L("DENMAN-D3", 12), L("SPRAY-BOTTLE", 6)],
    "'D3' is in the name.",
    "number_in_name",
)
M(
    C,
    "EMAIL",
    "en",
    "ORDER",
    "PO KHA-5530: 48 carbon cutting combs and 20 tint bowls please.",
    [L("COMB-CARBON", 4), L("TINT-BOWL", 20)],
    "48 combs = 4 packs of 12; PO number is not a quantity.",
    "count",
)
M(
    C,
    "EMAIL",
    "en",
    "CANCEL",
    "Please cancel PO KHA-5514 - the assessment week has been postponed to June. Marcus",
    notes="cancels a whole order.",
)

# ---------------------------------------------------------------- istanbul-barbers (tr, WhatsApp, steady)
C = "istanbul-barbers"
M(
    C,
    "WHATSAPP",
    "tr",
    "ORDER",
    "Selam abi, yarına 3 kutu derby jilet, 4 wahl yağ, 2 reuzel pembe büyük (340) gönderir misin? Sağol",
    [L("DERBY-100", 3), L("WAHL-OIL", 4), L("RZ-PINK", 2, "340g Hog")],
    "'büyük (340)' is the 340g tub.",
    "non_order_request",
)
M(
    C,
    "WHATSAPP",
    "tr",
    "ORDER",
    "Abi her zamanki siparişi perşembeye gönder, artı 2 tane clippercide",
    notes="the usual plus 2 Clippercide.",
    ref=R("usual", add=[L("CLIPPERCIDE", 2)]),
)
M(
    C,
    "WHATSAPP",
    "tr",
    "ORDER",
    "limon kolonyası var mı? varsa 2 koli, bir de 3 paket siyah havlu",
    [N(2), L("TOWEL-BS", 3, "Black")],
    "lemon cologne is not in catalog; conditional on it being stocked.",
    "conditional",
    review=True,
)
M(
    C,
    "WHATSAPP",
    "tr",
    "ORDER",
    "24 siyah havlu, 10 rulo krepe ense kağıdı",
    [L("TOWEL-BS", 2, "Black"), L("NECK-CREPE", 2)],
    "24 towels = 2 packs of 12; 10 rolls = 2 boxes of 5.",
    "count",
)
M(
    C,
    "WHATSAPP",
    "tr",
    "ORDER",
    "eldiven M 3 kutu",
    [F(GLOVES_SIZED, 3, "Medium")],
    "black or blue nitrile, medium.",
)
M(
    C,
    "WHATSAPP",
    "tr",
    "COMPLAINT",
    "Abi dün gelen kolide 3 kutu derby yerine 2 kutu çıktı, faturada 3 yazıyor. Fatura no 80512",
    notes="short delivery.",
)
M(C, "WHATSAPP", "tr", "QUESTION", "abi andis cool care kaç para şimdi? fiyat artmış mı")
M(
    C,
    "WHATSAPP",
    "tr",
    "ORDER",
    "2 proraso yeşil, 2 şap taşı",
    [L("PRORASO-GRN", 2), L("OSMA-ALUM", 2)],
    "'şap taşı' is the alum block.",
)
M(
    C,
    "WHATSAPP",
    "tr",
    "ORDER",
    "Abi 4 kutu siyah eldiven M, 3 paket siyah havlu",
    [L("GLV-BLK", 4, "Medium"), L("TOWEL-BS", 3, "Black")],
)

# ---------------------------------------------------------------- anatolia-gents (tr, SMS, regular)
C = "anatolia-gents"
M(
    C,
    "SMS",
    "tr",
    "ORDER",
    "3 kutu astra, 3 layrite cement, 2 saç jölesi 1 lt, 3 tıraş jeli. Murat - Anatolia",
    [L("ASTRA-100", 3), L("LAYRITE-CEM", 3), L("SW-GEL", 2), L("SW-SHAVEGEL", 3)],
    "'saç jölesi' is hair gel, 'tıraş jeli' shave gel.",
)
M(C, "SMS", "tr", "ORDER", "geçen haftanın aynısı lütfen", notes="last week's order.", ref=R("last"))
M(
    C,
    "SMS",
    "tr",
    "ORDER",
    "barbicide 2 şişe, eldiven siyah L 2 kutu",
    [L("BARB-CONC", 2, None), L("GLV-BLK", 2, "Large")],
    "Barbicide concentrate without a size (480ml or 1.9L).",
)
M(
    C,
    "SMS",
    "tr",
    "ORDER",
    "jel lazım 4 tane, bir de tek kullanımlık havlu 2 paket",
    [F(GELS, 4), L("TOWEL-DISP", 2)],
    "bare 'jel' is hair gel or shave gel.",
)
M(
    C,
    "SMS",
    "tr",
    "CHANGE",
    "Perşembe siparişine 2 kutu astra yazmıştım, 4 yapalım lütfen",
    notes="changes a placed quantity.",
    change=[L("ASTRA-100", 4)],
)
M(C, "SMS", "tr", "OTHER", "Bu hafta cuma bayram, dükkan kapalı olacak. Bilginize.", notes="closure notice.")
M(
    C,
    "SMS",
    "tr",
    "ORDER",
    "3 kutu ense kağıdı ve 2 barbicide 480ml",
    [F(NECK, 3), L("BARB-CONC", 2, "480ml")],
    "'ense kağıdı' is stretch or crepe neck strips.",
)
M(
    C,
    "SMS",
    "tr",
    "ORDER",
    "Large siyah eldivenden 4 kutu + 3 layrite cement + kağıt havlu siyah 2 pk. Murat",
    [L("GLV-BLK", 4, "Large"), L("LAYRITE-CEM", 3), L("TOWEL-DISP", 2)],
    "'siyah kağıt havlu' are the black disposable towels.",
)

# ---------------------------------------------------------------- sultan-kuafor (tr, WhatsApp, regular)
C = "sultan-kuafor"
M(
    C,
    "WHATSAPP",
    "tr",
    "ORDER",
    "Merhaba, Igora Royal 5-0 3 adet, 7-1 3 adet, 9-1 2 adet, Igora oksidan %6 4 adet, %9 2 adet. Teşekkürler, Sultan Kuaför",
    [L("IGR-60", 3, "5-0"), L("IGR-60", 3, "7-1"), L("IGR-60", 2, "9-1"), L("IOX-20", 4), L("IOX-30", 2)],
    "shade numbers and percentages are not quantities.",
    "shade number_in_name",
)
M(
    C,
    "WHATSAPP",
    "tr",
    "ORDER",
    "2 kutu toz açıcı, 3 rulo folyo 10 cm",
    [F(BLEACH_POWDER, 2), L("FOIL-ROLL", 3, "100mm")],
    "'toz açıcı' is bleach powder (four powders); '10 cm' is the 100mm roll.",
)
M(
    C,
    "WHATSAPP",
    "tr",
    "ORDER",
    "Her zamankinin aynısı, ama Elnett 12 tane olsun",
    notes="the usual with Elnett at 12.",
    ref=R("usual", setq=[L("ELNETT-400", 12)]),
)
M(
    C,
    "WHATSAPP",
    "tr",
    "ORDER",
    "sesli mesaj: merhaba iki kutu mavi eldiven small üç tane bonacure şampuan iki tane elnett bir de bordo havlu iki paket",
    [L("GLV-BLU", 2, "Small"), L("BON-CF-SH", 3), L("ELNETT-400", 2), L("TOWEL-BS", 2, "Burgundy")],
    "voice note without commas; number words start items.",
    "spoken voice",
)
M(
    C,
    "WHATSAPP",
    "tr",
    "QUESTION",
    "Olaplex No.4 şampuan var mı sizde?",
    notes="No.4 is not stocked.",
    tags="number_in_name",
)
M(
    C,
    "WHATSAPP",
    "tr",
    "ORDER",
    "oksidan 20 vol 6 şişe lazım",
    [F(DEV20, 6)],
    "'20 vol' fits four developers.",
)
M(
    C,
    "WHATSAPP",
    "tr",
    "ORDER",
    "Bonacure Color Freeze şampuan 2, saç kremi 2, heat protect 3",
    [L("BON-CF-SH", 2), L("BON-CF-CO", 2), L("SW-HEAT-250", 3)],
    "'saç kremi' after Bonacure Color Freeze is its conditioner.",
)
M(
    C,
    "WHATSAPP",
    "tr",
    "ORDER",
    "2 adet Igora Vibrance 9,5-1 ve 2 adet Igora Royal 9-1",
    [N(2), L("IGR-60", 2, "9-1")],
    "Igora Vibrance is not in catalog (only Igora Royal).",
    "shade",
)
M(
    C,
    "WHATSAPP",
    "tr",
    "COMPLAINT",
    "Gelen Blondme kutularından biri açılmış, toz her yere dökülmüş. Değişim istiyoruz.",
    notes="damaged tub.",
)

# ---------------------------------------------------------------- zagros-barbers (ku, WhatsApp, steady)
C = "zagros-barbers"
M(
    C,
    "WHATSAPP",
    "ku",
    "ORDER",
    "Silav bira, ji kerema xwe 2 qutî dorco, 3 rûnê wahl û 3 uppercut pomade bişîne. Spas, Rêbîn",
    [L("DORCO-100", 2), L("WAHL-OIL", 3), L("UPC-DLX", 3)],
)
M(
    C,
    "WHATSAPP",
    "ku",
    "ORDER",
    "Wek her car ji bo pêncşemê, lê bêyî proraso",
    notes="the usual without the Proraso.",
    ref=R("usual", remove=[("PRORASO-RED", ANY)]),
)
M(
    C,
    "WHATSAPP",
    "ku",
    "ORDER",
    "6 reuzel şîn û 2 pakêt destmal",
    [L("RZ-BLUE", 6, None), F(TOWELS, 2)],
    "Reuzel Blue without a size; 'destmal' is bleach-safe or disposable towels.",
)
M(
    C,
    "WHATSAPP",
    "ku",
    "ORDER",
    "200 lepikên reş medium û 10 rolên kaxezê stûyê krep",
    [L("GLV-BLK", 2, "Medium"), L("NECK-CREPE", 2)],
    "200 gloves = 2 boxes; 10 rolls = 2 boxes.",
    "count",
)
M(
    C,
    "WHATSAPP",
    "ku",
    "COMPLAINT",
    "Bira, qutiyek reuzel şikestî hat, 2 heb şikestî bûn. Wêne şand.",
    notes="broken tubs.",
)
M(C, "WHATSAPP", "ku", "OTHER", "Spas bira, her tişt gihîşt 👍", tags="emoji")
M(
    C,
    "WHATSAPP",
    "ku",
    "ORDER",
    "dengê: silav heval du qutî dorco sê qutî kaxezê stû krep şeş reuzel şîn pig û du proraso sor",
    [L("DORCO-100", 2), L("NECK-CREPE", 3), L("RZ-BLUE", 6, "113g Pig"), L("PRORASO-RED", 2)],
    "voice note without commas; Kurmanji number words start items.",
    "spoken voice",
)
M(
    C,
    "WHATSAPP",
    "ku",
    "ORDER",
    "2 proraso sor û 1 çenteyê wax beads",
    [L("PRORASO-RED", 2), L("SW-HOTWAX", 1)],
)
M(
    C,
    "WHATSAPP",
    "ku",
    "ORDER",
    "3 uppercut pomade û 2 qutî kaxezê stûyê krep",
    [L("UPC-DLX", 3), L("NECK-CREPE", 2)],
)

# ---------------------------------------------------------------- newroz-cuts (ku, SMS, regular)
C = "newroz-cuts"
M(
    C,
    "SMS",
    "ku",
    "ORDER",
    "Silav, 2 qutî derby, 3 american crew fiber, 2 forming cream, 2 kolonya salonwise. Newroz Cuts",
    [L("DERBY-100", 2), L("ACREW-FIBER", 3), L("ACREW-FORM", 2), L("SW-COLOGNE", 2)],
)
M(
    C,
    "SMS",
    "ku",
    "ORDER",
    "wek hefteya borî û 1 tub barbicide wipes zêde",
    notes="last week's order plus 1 tub of wipes.",
    ref=R("last", add=[L("BARB-WIPES", 1)]),
)
M(
    C,
    "SMS",
    "ku",
    "ORDER",
    "4 american crew",
    [F(CREW, 4)],
    "bare 'american crew' is fiber, forming cream, shampoo or conditioner.",
)
M(C, "SMS", "ku", "QUESTION", "Hûn Andis T-Outliner difiroşin? Çend e?", notes="clippers not stocked.")
M(C, "SMS", "ku", "CANCEL", "Siparîşa îniyê betal bike ji kerema xwe, dikan girtî ye")
M(
    C,
    "SMS",
    "ku",
    "ORDER",
    "3 rûnê makîneyê û 2 clippercide",
    [F(CLIPPER_OIL, 3), L("CLIPPERCIDE", 2)],
    "'clipper oil' is Wahl or Salonwise.",
)
M(C, "SMS", "ku", "ORDER", "4 crew fiber 2 clippercide", [L("ACREW-FIBER", 4), L("CLIPPERCIDE", 2)])

# ---------------------------------------------------------------- amed-barber (ku, WhatsApp, regular)
C = "amed-barber"
M(
    C,
    "WHATSAPP",
    "ku",
    "ORDER",
    "3 qutî astra, 2 proraso, 2 wax beads",
    [L("ASTRA-100", 3), F(PRORASO, 2), L("SW-HOTWAX", 2)],
    "bare 'proraso'.",
)
M(
    C,
    "WHATSAPP",
    "ku",
    "ORDER",
    "4 reuzel pink pig, 3 layrite original, 2 qutî lepikên reş XL",
    [L("RZ-PINK", 4, "113g Pig"), L("LAYRITE-ORIG", 3), L("GLV-BLK", 2, "X-Large")],
)
M(
    C,
    "WHATSAPP",
    "ku",
    "ORDER",
    "Wek hefteya borî lê astra du caran",
    notes="last week's order with the Astra doubled.",
    ref=R("last", double=[("ASTRA-100", ANY)]),
)
M(
    C,
    "WHATSAPP",
    "ku",
    "ORDER",
    "hot wax beeds 2 çente û 1 qutî gilêtên Gillette",
    [L("SW-HOTWAX", 2), N(1)],
    "typo 'beeds'; Gillette blades are not in catalog.",
    "typo",
)
M(
    C,
    "WHATSAPP",
    "ku",
    "QUESTION",
    "Ez dixwazim bizanim ka hûn roja şemiyê jî tînin?",
    notes="asks about Saturday delivery.",
    tags="non_order_request",
)
M(C, "WHATSAPP", "ku", "ORDER", "2 qutî astra û 2 wahl", [L("ASTRA-100", 2), L("WAHL-OIL", 2)])

# ---------------------------------------------------------------- tirana-barbers (sq, WhatsApp, steady)
C = "tirana-barbers"
M(
    C,
    "WHATSAPP",
    "sq",
    "ORDER",
    "Pershendetje, me dergo 4 kuti derby, 3 vaj wahl dhe 2 andis cool care per te enjten. Flm, Arben",
    [L("DERBY-100", 4), L("WAHL-OIL", 3), L("ANDIS-COOL", 2)],
)
M(C, "WHATSAPP", "sq", "ORDER", "6 reuzel", [F(REUZEL, 6)], "bare 'reuzel' is pink, blue or fiber.")
M(
    C,
    "WHATSAPP",
    "sq",
    "ORDER",
    "Si zakonisht, por 6 reuzel roz ne vend te 4",
    notes="the usual with Reuzel Pink at 6.",
    ref=R("usual", setq=[L("RZ-PINK", 6, None)]),
)
M(
    C,
    "WHATSAPP",
    "sq",
    "ORDER",
    "500 brisqe derby dhe 1 barbicide te madh",
    [L("DERBY-100", 5), L("BARB-CONC", 1, "1.9L")],
    "500 blades = 5 boxes of 100; 'i madh' (big) is the 1.9L.",
    "count",
)
M(C, "WHATSAPP", "sq", "QUESTION", "A keni Layrite Superhold? Sa kushton?", notes="not stocked.")
M(
    C,
    "WHATSAPP",
    "sq",
    "ORDER",
    "Me dergo 20 reuzel fiber neser",
    [L("RZ-FIBER", 20)],
    "outlier: usual 2 a week, no reason.",
    outlier=True,
    day=2,
)
M(
    C,
    "WHATSAPP",
    "sq",
    "CHANGE",
    "Me fal, 2 reuzel fiber jo 20, gabim 🙏",
    notes="corrects the quantity of the previous order.",
    change=[L("RZ-FIBER", 2)],
    tags="emoji",
    day=2,
)
M(
    C,
    "WHATSAPP",
    "sq",
    "ORDER",
    "4 reuzel roz 113g, 4 reuzel blu 113g, 2 reuzel fiber",
    [L("RZ-PINK", 4, "113g Pig"), L("RZ-BLUE", 4, "113g Pig"), L("RZ-FIBER", 2)],
    tags="number_in_name",
)
M(
    C,
    "WHATSAPP",
    "sq",
    "ORDER",
    "3 kuti dorashka te zeza L dhe 2 pako peshqira te zeza",
    [L("GLV-BLK", 3, "Large"), L("TOWEL-BS", 2, "Black")],
    "'peshqira te zeza' are the black bleach-safe towels.",
)

# ---------------------------------------------------------------- shqiponja-salon (sq, SMS, regular)
C = "shqiponja-salon"
M(
    C,
    "SMS",
    "sq",
    "ORDER",
    "Koleston 6/0 x3, 8/0 x2, 10/1 x2, oksidant wella 6% 4 shishe. Faleminderit - Shqiponja",
    [L("KOL-PERF", 3, "6/0"), L("KOL-PERF", 2, "8/0"), L("KOL-PERF", 2, "10/1"), L("WOX-6", 4)],
    "'oksidant wella 6%' is Welloxon 6%.",
    "shade",
)
M(
    C,
    "SMS",
    "sq",
    "ORDER",
    "Me dergoni 4 shishe oksidant 20 vol per te henen ju lutem",
    [F(DEV20, 4)],
    "'20 vol' fits four developers.",
)
M(C, "SMS", "sq", "ORDER", "si javen e kaluar ju lutem", notes="last week's order.", ref=R("last"))
M(
    C,
    "SMS",
    "sq",
    "ORDER",
    "2 olaplex 3 dhe 1 blondor",
    [L("OLA-3", 2), L("BLONDOR-800", 1)],
    "'olaplex 3' is Olaplex No.3: the 3 is in the name.",
    "number_in_name",
)
M(
    C,
    "SMS",
    "sq",
    "ORDER",
    "Koleston 8/43 2 cope dhe 6/0 2 cope",
    [NF("KOL-PERF", 2), L("KOL-PERF", 2, "6/0")],
    "8/43 is not a stocked shade: variant null, never filled.",
    "shade",
)
M(C, "SMS", "sq", "QUESTION", "A mund te paguaj me transfer bankar kete jave?")
M(
    C,
    "SMS",
    "sq",
    "ORDER",
    "folie 3 rrotulla",
    [F(FOILS, 3)],
    "'folie' is the embossed roll, coloured roll or pop-up sheets.",
)
M(
    C,
    "SMS",
    "sq",
    "ORDER",
    "2 shampo salonwise colour care, 2 balsam colour care, 1 blondor",
    [L("SW-COLSHAMP", 2), L("SW-COLCOND", 2), L("BLONDOR-800", 1)],
)
M(
    C,
    "SMS",
    "sq",
    "ORDER",
    "Koleston special blonde 12/0 x2",
    [L("KOL-SB-120", 2)],
    "12/0 is in the name.",
    "number_in_name",
)

# ---------------------------------------------------------------- illyria-gents (sq, WhatsApp, regular)
C = "illyria-gents"
M(
    C,
    "WHATSAPP",
    "sq",
    "ORDER",
    "2 kuti feather, 4 uppercut pomade, 2 layrite original, 3 pako peshqira njeperdorimshe",
    [L("FEATHER-20", 2), L("UPC-DLX", 4), L("LAYRITE-ORIG", 2), L("TOWEL-DISP", 3)],
    "'peshqira njëpërdorimshe' are the disposable towels.",
)
M(
    C,
    "WHATSAPP",
    "sq",
    "ORDER",
    "Njesoj si heren e kaluar, plus 2 kuti dorashka blu L",
    notes="last order plus 2 boxes of blue gloves L.",
    ref=R("last", add=[L("GLV-BLU", 2, "Large")]),
)
M(C, "WHATSAPP", "sq", "ORDER", "4 pomade", [F(POMADES, 4)], "bare 'pomade'.")
M(
    C,
    "WHATSAPP",
    "sq",
    "COMPLAINT",
    "Porosia e djeshme erdhi pa vajin e makinave, 3 shishe mungojne. Ju lutem i dergoni.",
    notes="missing clipper oil.",
)
M(
    C,
    "WHATSAPP",
    "sq",
    "OTHER",
    "Dua te shtoj numrin e ri te menaxherit per konfirmimet e porosive: 07700 900518, Dritan",
    notes="adds a contact; the number is not a quantity.",
    tags="non_order_request",
)
M(
    C,
    "WHATSAPP",
    "sq",
    "ORDER",
    "3 shishe xhel flokesh 1L dhe 2 proraso te kuq",
    [L("SW-GEL", 3), L("PRORASO-RED", 2)],
    "'xhel flokësh' is hair gel; 'proraso i kuq' is red.",
)
M(C, "WHATSAPP", "sq", "ORDER", "4 uppercut pomade dhe 2 kuti feather", [L("UPC-DLX", 4), L("FEATHER-20", 2)])

# ---------------------------------------------------------------- salon-kasia (pl, WhatsApp, steady)
C = "salon-kasia"
M(
    C,
    "WHATSAPP",
    "pl",
    "ORDER",
    "Dzień dobry, poproszę: Majirel 6.0 x4, 7.1 x2, 8.3 x2, 5.35 x2, oxydant 6% 20 vol 4 szt. Pozdrawiam, Kasia",
    [
        L("MAJ-50", 4, "6.0"),
        L("MAJ-50", 2, "7.1"),
        L("MAJ-50", 2, "8.3"),
        L("MAJ-50", 2, "5.35"),
        L("LOX-20", 4),
    ],
    "shades and vol are not quantities.",
    "shade",
)
M(
    C,
    "WHATSAPP",
    "pl",
    "ORDER",
    "Jak zwykle na czwartek i dodatkowo 2 kremy ochronne",
    notes="the usual plus 2 barrier creams.",
    ref=R("usual", add=[L("SW-BARRIER", 2)]),
)
M(C, "WHATSAPP", "pl", "ORDER", "rozjaśniacz 1 szt", [F(BLEACH_ALL, 1)], "bare 'rozjaśniacz' (lightener).")
M(
    C,
    "WHATSAPP",
    "pl",
    "ORDER",
    "I jeszcze te czarne rękawiczki nitrylowe, 3 pudełka poproszę",
    [L("GLV-BLK", 3, None)],
    "black nitrile, size not given.",
)
M(
    C,
    "WHATSAPP",
    "pl",
    "ORDER",
    "Proszę jeszcze szampon 5 litrów 1 szt i folia 100mm 2 rolki",
    [L("SW-SHAMP", 1, "5L"), L("FOIL-ROLL", 2, "100mm")],
    "only the everyday shampoo comes in 5L.",
)
M(
    C,
    "WHATSAPP",
    "pl",
    "QUESTION",
    "Czy macie Majirel 7.13? Klientka pyta.",
    notes="unstocked shade.",
    tags="shade",
)
M(
    C,
    "WHATSAPP",
    "pl",
    "ORDER",
    "wiadomość głosowa: dzień dobry poproszę cztery majirel sześć zero dwa oxydant trzydzieści wolumenów i jedno blond studio dziękuję",
    [L("MAJ-50", 4, "6.0"), L("LOX-30", 2), L("LBS-500", 1)],
    "voice note; 'sześć zero' is shade 6.0.",
    "spoken voice shade",
)
M(
    C,
    "WHATSAPP",
    "pl",
    "ORDER",
    "Poproszę 3 opakowania ręczników czarnych i 2 oxydant 40 vol",
    [L("TOWEL-BS", 3, "Black"), N(2)],
    "L'Oréal Oxydant 40 vol is not in catalog (only 20 and 30 vol).",
)
M(
    C,
    "WHATSAPP",
    "pl",
    "COMPLAINT",
    "Brakowało 2 tubek Majirel 8.3 w ostatniej dostawie, a na fakturze są.",
    notes="short delivery.",
    tags="shade",
)
M(C, "WHATSAPP", "pl", "ORDER", "Blond Studio 2 szt i oxydant 9% 2 szt", [L("LBS-500", 2), L("LOX-30", 2)])

# ---------------------------------------------------------------- studio-magda (pl, email, regular)
C = "studio-magda"
M(
    C,
    "EMAIL",
    "pl",
    "ORDER",
    """Temat: Zamówienie - Studio Magda

Dzień dobry,
proszę o dostawę na środę:
- Koleston Perfect 7/0 - 4 szt.
- Koleston Perfect 5/0 - 3 szt.
- Color Touch 8/81 - 2 szt.
- Color Touch emulsja 1,9% - 2 szt.
- Welloxon 6% 1L - 4 szt.

Pozdrawiam
Magdalena Wójcik
Studio Magda, Unit 4, 88 Ealing Road, London W5 4QT
tel. 07700 900271""",
    [
        L("KOL-PERF", 4, "7/0"),
        L("KOL-PERF", 3, "5/0"),
        L("WCT-60", 2, "8/81"),
        L("WCT-EM-19", 2),
        L("WOX-6", 4),
    ],
    "'1,9%' is in the emulsion name.",
    "signature shade number_in_name",
)
M(
    C,
    "EMAIL",
    "pl",
    "ORDER",
    "To samo co w zeszłym tygodniu, ale bez Olaplex No.2 i 3 Blondor zamiast 1. Magda",
    notes="last week's order without Olaplex No.2 and with 3 Blondor.",
    ref=R("last", remove=[("OLA-2", ANY)], setq=[L("BLONDOR-800", 3)]),
    tags="number_in_name",
)
M(
    C,
    "EMAIL",
    "pl",
    "ORDER",
    "Proszę dodać folię kolorową 4 rolki do środowej dostawy.",
    [L("FOIL-COL", 4, None)],
    "coloured foil without a colour.",
)
M(
    C,
    "EMAIL",
    "pl",
    "COMPLAINT",
    "Zamówiłyśmy 2 rolki złotej folii, przyszły niebieskie. Proszę o wymianę. Magda",
    notes="wrong colour.",
)
M(
    C,
    "EMAIL",
    "pl",
    "QUESTION",
    "Chciałabym zapytać, czy Olaplex No.1 i No.2 są dostępne w mniejszych butelkach?",
    tags="non_order_request number_in_name",
)
M(C, "EMAIL", "pl", "ORDER", "Color Touch 4 szt. proszę", [L("WCT-60", 4, None)], "no shade given.")
M(
    C,
    "EMAIL",
    "pl",
    "ORDER",
    "Proszę dopisać do środowej dostawy 2 maski fioletowe. Magda",
    [L("SW-PURPLE-MASK", 2)],
    "an addition to a placed order.",
)
M(
    C,
    "EMAIL",
    "pl",
    "ORDER",
    "Koleston 9/03 - 3 szt., 5/0 - 2 szt. Dziękuję",
    [L("KOL-PERF", 3, "9/03"), L("KOL-PERF", 2, "5/0")],
    tags="shade",
)

# ---------------------------------------------------------------- fryzjer-ola (pl, SMS, regular)
C = "fryzjer-ola"
M(
    C,
    "SMS",
    "pl",
    "ORDER",
    "Igora 6-0 2 szt, 8-0 2 szt, 6-68 1 szt, woda utleniona salonwise 20 vol 1L 2 szt. Ola",
    [L("IGR-60", 2, "6-0"), L("IGR-60", 2, "8-0"), L("IGR-60", 1, "6-68"), L("SWD-20", 2, "1L")],
    "a shade after 'Igora' names the Royal colour.",
    "shade",
)
M(C, "SMS", "pl", "ORDER", "jak zwykle prosze", notes="the usual.", ref=R("usual"))
M(
    C,
    "SMS",
    "pl",
    "ORDER",
    "1000 folii pop-up i 100 peleryn jednorazowych",
    [L("FOIL-POPUP", 2), L("CAPE-DISP", 1)],
    "1000 sheets = 2 boxes; 100 capes = 1 box.",
    "count",
)
M(
    C,
    "SMS",
    "pl",
    "ORDER",
    "2 x salonwise 20 vol 4L i rozjasniacz niebieski 2kg 1 szt",
    [L("SWD-20", 2, "4L"), L("SWB-BLUE", 1, "2kg")],
    "two 4L bottles.",
    "pack",
)
M(
    C,
    "SMS",
    "pl",
    "ORDER",
    "rekawiczki niebieskie M 2-3 opakowania",
    [L("GLV-BLU", None, "Medium")],
    "a range: quantities not stated.",
    "range",
    review=True,
)
M(C, "SMS", "pl", "QUESTION", "Ile kosztuje teraz Igora 6-68? cena sie zmienila?", tags="shade")
M(
    C,
    "SMS",
    "pl",
    "ORDER",
    "6-68 x2 i 8-0 x2 igora, pedzle 1 op",
    [L("IGR-60", 2, "6-68"), L("IGR-60", 2, "8-0"), L("TINT-BRUSH", 1)],
    tags="shade",
)

# ---------------------------------------------------------------- bella-capelli (it, email, steady)
C = "bella-capelli"
M(
    C,
    "EMAIL",
    "it",
    "ORDER",
    """Oggetto: Ordine settimanale Bella Capelli

Buongiorno,
vorrei ordinare:
- Koleston 6/0 n. 3
- Koleston 7/1 n. 2
- Koleston 6/35 n. 2
- Welloxon 6% 20 vol 1 litro n. 6
- Blondor 800g n. 2

Grazie mille,
Giulia Ferraro
Bella Capelli Parrucchieri - 27 Camden High Street, London NW1 7JE - tel. 020 7946 0388""",
    [
        L("KOL-PERF", 3, "6/0"),
        L("KOL-PERF", 2, "7/1"),
        L("KOL-PERF", 2, "6/35"),
        L("WOX-6", 6),
        L("BLONDOR-800", 2),
    ],
    "'n.' is the count; shades, %, vol and 1 litro are not quantities.",
    "signature shade non_order_request",
)
M(
    C,
    "EMAIL",
    "it",
    "ORDER",
    "Come al solito per giovedì, ma senza shampoo e con 4 ossigeno 9% invece di 3. Giulia",
    notes="the usual without the shampoo and with Welloxon 9% at 4.",
    ref=R("usual", remove=[("SW-SHAMP", ANY)], setq=[F(DEV30, 4)]),
)
M(
    C,
    "EMAIL",
    "it",
    "ORDER",
    "Per favore: 6 ossigeno 20 volumi, 2 Shades EQ e 6/0 x 4",
    [F(DEV20, 6), L("SEQ-60", 2, None), F(COLOUR_LINES, 4, "6/0")],
    "'ossigeno 20 volumi' fits four developers; Shades EQ without a shade; '6/0' without a brand fits Koleston, Majirel and Igora.",
    "shade",
)
M(
    C,
    "EMAIL",
    "it",
    "QUESTION",
    "Vorrei sapere se fate consegne anche il sabato mattina.",
    tags="non_order_request",
)
M(
    C,
    "EMAIL",
    "it",
    "OTHER",
    "Vi informiamo che il salone sarà chiuso dal 29 maggio al 2 giugno per ristrutturazione. Giulia",
    notes="closure notice; dates are not quantities.",
)
M(
    C,
    "EMAIL",
    "it",
    "ORDER",
    "24 asciugamani neri e 2 rotoli di carta stagnola 120",
    [L("TOWEL-BS", 2, "Black"), L("FOIL-ROLL", 2, "120mm")],
    "24 towels = 2 packs of 12; 'stagnola 120' is the 120mm roll.",
    "count",
)
M(
    C,
    "EMAIL",
    "it",
    "ORDER",
    "Shades EQ 09P x3, 010NB x2, processing solution x1",
    [L("SEQ-60", 3, "09P"), L("SEQ-60", 2, "010NB"), L("SEQ-PROC", 1)],
    tags="shade",
)
M(
    C,
    "EMAIL",
    "it",
    "CHANGE",
    "Per l'ordine di giovedì: al posto di 2 Shades EQ 09P mettete 2 Shades EQ 09V, grazie.",
    notes="swaps one shade for another in a placed order.",
    change=[L("SEQ-60", 0, "09P"), L("SEQ-60", 2, "09V")],
    tags="shade",
)
M(
    C,
    "EMAIL",
    "it",
    "ORDER",
    "Per venerdì: 3 Welloxon 9% e 2 Olaplex No.4 shampoo",
    [L("WOX-9", 3), N(2)],
    "Olaplex No.4 is not in catalog (No.1, No.2, No.3 are).",
    "number_in_name",
)

# ---------------------------------------------------------------- forbici-doro (it, WhatsApp, regular)
C = "forbici-doro"
M(
    C,
    "WHATSAPP",
    "it",
    "ORDER",
    "Ciao! 2 scatole derby, 2 olio wahl, 3 reuzel rosa 113g e 2 proraso verde. Grazie 🙏",
    [L("DERBY-100", 2), L("WAHL-OIL", 2), L("RZ-PINK", 3, "113g Pig"), L("PRORASO-GRN", 2)],
    tags="emoji",
)
M(C, "WHATSAPP", "it", "ORDER", "come la settimana scorsa grazie", notes="last week's order.", ref=R("last"))
M(
    C,
    "WHATSAPP",
    "it",
    "ORDER",
    "1 ossigeno salonwise 20 volumi",
    [L("SWD-20", 1, None)],
    "1L or 4L not given.",
)
M(
    C,
    "WHATSAPP",
    "it",
    "ORDER",
    "2 mantelle nere",
    [F(CAPES_BLACK, 2, "Black")],
    "black cutting cape or the black colour cape.",
)
M(
    C,
    "WHATSAPP",
    "it",
    "CANCEL",
    "Annulla l'ordine di venerdì per favore, chiudiamo per un lutto in famiglia.",
)
M(
    C,
    "WHATSAPP",
    "it",
    "ORDER",
    "3 scatole di derby... no scusa 4. E 2 wahl",
    [L("DERBY-100", 4), L("WAHL-OIL", 2)],
    "self-correction: 4 boxes.",
    "self_correction",
)
M(
    C,
    "WHATSAPP",
    "it",
    "ORDER",
    "2 Majirel 6.0, 2 Majirel 7.1, 1 decolorante blu 500g",
    [L("MAJ-50", 2, "6.0"), L("MAJ-50", 2, "7.1"), L("SWB-BLUE", 1, "500g")],
    tags="shade",
)

# ---------------------------------------------------------------- blade-bone (en, WhatsApp, new)
C = "blade-bone"
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "Hi, we're Blade & Bone, new barbers opening 20 May at 61 Kingsland Rd. First order, we'll pay on delivery: 4 boxes derby, 6 wahl oil, 4 clippercide, 3 boxes stretch neck strips, 2 barbicide big bottles, 2 barbicide jars, 6 reuzel blue pigs, 4 black cutting capes, 3 packs black towels, 4 boxes black nitrile L. Thanks, Jordan",
    [
        L("DERBY-100", 4),
        L("WAHL-OIL", 6),
        L("CLIPPERCIDE", 4),
        L("NECK-STRETCH", 3),
        L("BARB-CONC", 2, "1.9L"),
        L("BARB-JAR", 2),
        L("RZ-BLUE", 6, "113g Pig"),
        L("CAPE-CUT", 4, "Black"),
        L("TOWEL-BS", 3, "Black"),
        L("GLV-BLK", 4, "Large"),
    ],
    "first order paid on delivery ships as written; date and street number are not quantities.",
    "new_customer",
    day=0,
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "Can we set up a 30-day account? If it's approved we'd like 6 layrite cement and 6 uppercut clay on it",
    [L("LAYRITE-CEM", 6), L("UPC-CLAY", 6)],
    "depends on a 30-day account being approved: review.",
    "new_customer credit non_order_request",
    review=True,
    day=1,
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "same as my first order again pls, for next fri",
    notes="first-time customer: messages are not history, unresolved.",
    tags="new_customer ambiguous_reference",
    ref=R("last"),
    day=5,
)
M(
    C,
    "WHATSAPP",
    "en",
    "QUESTION",
    "what time is ur cut-off for next day delivery?",
    tags="new_customer",
    day=0,
)
M(
    C,
    "WHATSAPP",
    "en",
    "ORDER",
    "can we also get 2 alum blocks and 1 feather ss razor on the same delivery, cash on delivery again",
    [L("OSMA-ALUM", 2), L("FEATHER-SS", 1)],
    "paid on delivery; 'ss' is in the name.",
    "new_customer non_order_request",
    day=1,
)

# ---------------------------------------------------------------- parrucchiere-luna (it, email, new)
C = "parrucchiere-luna"
M(
    C,
    "EMAIL",
    "it",
    "ORDER",
    """Oggetto: Primo ordine - Parrucchiere Luna

Buongiorno, apriamo il 18 maggio al 9 di Broadway Market. Vorremmo fare il primo ordine, pagamento alla consegna:
- Majirel 5.0 x 4
- Majirel 6.0 x 4
- Majirel 7.1 x 3
- L'Oréal Oxydant 20 vol x 6
- Blond Studio x 2
- guanti neri nitrile M x 3 scatole
- 2 mantelle colore

Cordiali saluti,
Elena Rinaldi
tel. 07700 900655""",
    [
        L("MAJ-50", 4, "5.0"),
        L("MAJ-50", 4, "6.0"),
        L("MAJ-50", 3, "7.1"),
        L("LOX-20", 6),
        L("LBS-500", 2),
        L("GLV-BLK", 3, "Medium"),
        L("CAPE-COLOUR", 2),
    ],
    "first order paid on delivery; 'mantelle colore' are the colour capes.",
    "new_customer signature shade",
    day=0,
)
M(
    C,
    "EMAIL",
    "it",
    "QUESTION",
    "Vorrei sapere se avete la cartella colori Majirel da esporre in salone.",
    tags="new_customer non_order_request",
    day=1,
)
M(
    C,
    "EMAIL",
    "it",
    "ORDER",
    """Fwd: vedi sotto, grazie! Sara

---------- Forwarded message ---------
Da: Elena Rinaldi
A: Sara
Oggetto: ordine

Sara, manda a Foilcraft: 4 Olaplex No.3 e 2 Elnett. Grazie""",
    [L("OLA-3", 4), L("ELNETT-400", 2)],
    "the order is in the forwarded part.",
    "new_customer forwarded number_in_name",
    day=3,
)

# ---------------------------------------------------------------- more plain orders and notices
M(
    "crown-clipper",
    "SMS",
    "en",
    "ORDER",
    "6 layrite original n 2 layrite cement pls",
    [L("LAYRITE-ORIG", 6), L("LAYRITE-CEM", 2)],
)
M(
    "newroz-cuts",
    "SMS",
    "ku",
    "ORDER",
    "2 qutî derby û 2 pakêt destmalên reş",
    [L("DERBY-100", 2), L("TOWEL-BS", 2, "Black")],
    "'destmalên reş' (black towels) are the black bleach-safe towels.",
)
M(
    "shqiponja-salon",
    "SMS",
    "sq",
    "ORDER",
    "Koleston 9/03 x2 dhe welloxon 9% 2 shishe",
    [L("KOL-PERF", 2, "9/03"), L("WOX-9", 2)],
    tags="shade",
)
M(
    "illyria-gents",
    "WHATSAPP",
    "sq",
    "ORDER",
    "2 kuti dorashka blu L, 1 barbicide jar",
    [L("GLV-BLU", 2, "Large"), L("BARB-JAR", 1)],
)
M(
    "parrucchiere-luna",
    "EMAIL",
    "it",
    "ORDER",
    "Buongiorno, per sabato 2 Blond Studio e 3 Majirel 8.3, pagamento alla consegna come la volta scorsa. Elena",
    [L("LBS-500", 2), L("MAJ-50", 3, "8.3")],
    "paid on delivery; the second order of a first-time customer ships.",
    "new_customer shade",
    day=4,
)
M(
    "academy-hair",
    "EMAIL",
    "en",
    "ORDER",
    "Please send 6 packs of tint brushes and 2 boxes of disposable capes. PO KHA-5541. Marcus",
    [L("TINT-BRUSH", 6), L("CAPE-DISP", 2)],
)
M(
    "amed-barber",
    "WHATSAPP",
    "ku",
    "ORDER",
    "dengê: silav sê qutî astra du wahl çar reuzel pink pig û yek layrite original",
    [L("ASTRA-100", 3), L("WAHL-OIL", 2), L("RZ-PINK", 4, "113g Pig"), L("LAYRITE-ORIG", 1)],
    "voice note without commas; 'yek' (one) starts an item.",
    "spoken voice",
)
M(
    "sultan-kuafor",
    "WHATSAPP",
    "tr",
    "OTHER",
    "Ödemeyi bugün havale ile yaptık, 450 sterlin, fatura 80377. Bilginize.",
    notes="payment notice; amount and invoice number are not quantities.",
)
M(
    "fade-district",
    "WHATSAPP",
    "en",
    "ORDER",
    "bro chuck 3 wahl oils in with 2 cans of clippercide 👍",
    [L("WAHL-OIL", 3), L("CLIPPERCIDE", 2)],
    tags="emoji",
)
M(
    "forbici-doro",
    "WHATSAPP",
    "it",
    "ORDER",
    "1 clubman lilac e 2 proraso verde",
    [L("CLUBMAN-LILAC", 1), L("PRORASO-GRN", 2)],
)

# ---------------------------------------------------------------- lines that cover the rest of the catalog
M(
    "velvet-rooms",
    "EMAIL",
    "en",
    "ORDER",
    "Please add 2 Special Blonde and 2 colour stain removers to Wednesday's order. Harriet",
    [F(SPECIAL_BLONDE, 2), L("SW-STAIN", 2)],
    "'Special Blonde' is 12/0 or 12/1.",
)
M(
    "studio-magda",
    "EMAIL",
    "pl",
    "ORDER",
    "Dzień dobry, proszę dodatkowo: Color Touch emulsja 4% - 2 szt., Welloxon 3% 10 vol - 2 szt. Magda",
    [L("WCT-EM-4", 2), L("WOX-3", 2)],
    "4%, 3% and 10 vol are in the names.",
    "number_in_name",
)
M(
    "glow-beauty",
    "WHATSAPP",
    "en",
    "ORDER",
    "2 x salonwise 40 vol and 2 silver shampoo pls x",
    [L("SWD-40", 2), L("SW-SILVER", 2)],
    "'40 vol' is in the name.",
    "number_in_name",
)
M(
    "academy-hair",
    "EMAIL",
    "en",
    "ORDER",
    """Subject: Salon floor refit - PO KHA-5547

Hi, for the refit of salon 3 please send 6 packs of sectioning clips, 10 client kimono gowns and 4 bags of cotton coil.
Thanks, Marcus Feld, Kingsgate Hair Academy""",
    [L("SECT-CLIPS", 6), L("GOWN-KIMONO", 10), L("COTTON-COIL", 4)],
    "PO and 'salon 3' are not quantities.",
)
M(
    "fade-district",
    "WHATSAPP",
    "en",
    "ORDER",
    "2 shavettes and a box of disposable razors for the new lad",
    [L("SHAVETTE", 2), L("DISP-RAZOR", 1)],
    "'a box' starts an item.",
)
M(
    "sultan-kuafor",
    "WHATSAPP",
    "tr",
    "ORDER",
    "Fibreplex No.1 1 şişe ve 6 adet salonwise saç spreyi",
    [L("FIBREPLEX-1", 1), L("SW-SPRAY-500", 6)],
    "'No.1' is in the name; 'saç spreyi' is the hairspray.",
    "number_in_name",
)
M(
    "lush-locks",
    "EMAIL",
    "en",
    "ORDER",
    "Hi, could you send 3 Tea Tree shampoos and 2 deep repair masks with Thursday's delivery? Priya",
    [L("PM-TT-SH", 3), L("SW-MASK", 2)],
    "an addition to a placed order.",
    "non_order_request",
)
